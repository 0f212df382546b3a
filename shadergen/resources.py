"""Where the data that ships with shadergen lives: templates, weights and the default test image.

In a source checkout (and ``pip install -e .``) ``templates/`` and ``weights/`` are top-level
folders beside the package; a plain ``pip install .`` copies them into the package itself.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The installed ``shadergen/<name>`` folder, else the checkout's top-level ``<name>``."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shadergen data folder {name!r} is missing from the installation")


def templates_dir() -> Path:
    return resource_dir("templates")


def weights_dir() -> Path:
    return resource_dir("weights")


def data_dir() -> Path:
    """Small files inside the package itself (the default test image of ``verify``)."""
    return PACKAGE_DIR / "data"
