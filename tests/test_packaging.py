"""pyproject.toml lists every folder of the package, so ``pip install .`` ships all of it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = {
        ".".join(path.relative_to(ROOT).parts)
        for path in [ROOT / "shadergen", *(ROOT / "shadergen").rglob("*")]
        if path.is_dir() and path.name != "__pycache__"
    }
    mapped = set(config["package-dir"])
    assert mapped == {"shadergen.templates", "shadergen.weights"}
    assert set(config["packages"]) == folders | mapped


def test_license_is_an_spdx_string_with_its_files():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert all((ROOT / name).is_file() for name in project["license-files"])
