"""The release set in ``dist/``: every catalog model in every shipped variant, generated from weights.

``dist/`` is committed; CI regenerates it in memory and fails on any byte of drift, so the shaders
users download are exactly what the code and weights of the same commit produce.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..atomic_files import write_text_atomically
from ..model.catalog import load_catalog
from ..resources import PACKAGE_DIR
from .generate import generate_from_file, shader_file_name

# What users pick from (README "Shaders in dist/"): fragment fp32 runs on every renderer, compute
# fp32 is the fast exact one, compute fp16 the fastest on GPUs with fast float16 arithmetic, tensor
# fp16 the fastest of all on NVIDIA GPUs in libplacebo on Vulkan (and nowhere else).
RELEASE_VARIANTS = (("fragment", "fp32"), ("compute", "fp32"), ("compute", "fp16"), ("tensor", "fp16"))
RELEASE_SUFFIX = ".glsl"


def default_dist_dir() -> Path:
    """``dist/`` beside the package in a source checkout."""
    return PACKAGE_DIR.parent / "dist"


@dataclass(frozen=True)
class Drift:
    name: str
    problem: str  # "missing", "differs" or "not in the catalog"


def release_shaders(weights_folder: Path | None = None) -> dict[str, str]:
    """File name → shader text for the whole release, in catalog order."""
    shaders: dict[str, str] = {}
    for entry in load_catalog(weights_folder):
        for variant, precision in RELEASE_VARIANTS:
            shader = generate_from_file(entry.path, variant=variant, precision=precision, entry=entry)
            shaders[shader_file_name(entry.name, variant, precision)] = shader.text
    return shaders


def check_release(dist_dir: Path, shaders: dict[str, str]) -> list[Drift]:
    """Every difference between ``dist_dir`` and the regenerated ``shaders``."""
    drift = []
    for name, text in shaders.items():
        path = dist_dir / name
        if not path.is_file():
            drift.append(Drift(name, "missing"))
        elif path.read_bytes() != text.encode("utf-8"):
            drift.append(Drift(name, "differs"))
    for path in sorted(dist_dir.glob(f"*{RELEASE_SUFFIX}")):
        if path.name not in shaders:
            drift.append(Drift(path.name, "not in the catalog"))
    return drift


def write_release(dist_dir: Path, shaders: dict[str, str]) -> list[Drift]:
    """Make ``dist_dir`` hold exactly ``shaders``; returns what changed."""
    dist_dir.mkdir(parents=True, exist_ok=True)
    changes = check_release(dist_dir, shaders)
    for change in changes:
        path = dist_dir / change.name
        if change.name in shaders:
            write_text_atomically(path, shaders[change.name])
        else:
            path.unlink()
    return changes
