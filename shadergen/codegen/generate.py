"""Weights file → shader text: load, plan, render. What ``build`` and ``release`` share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model.catalog import CatalogEntry, catalog_entry_for
from ..model.ir import Network
from ..model.load import load_model
from .identifiers import sanitize_identifier
from .plan import ShaderPlan, plan_shader
from .render import HeaderInfo, render_shader

DEFAULT_VARIANT = "compute"
DEFAULT_PRECISION = "fp32"


@dataclass(frozen=True)
class GeneratedShader:
    text: str
    plan: ShaderPlan

    @property
    def pass_count(self) -> int:
        return len(self.plan.passes)

    @property
    def size_bytes(self) -> int:
        return len(self.text.encode("utf-8"))


def shader_file_name(network_name: str, variant: str, precision: str, planes: str | None = None) -> str:
    """``ArtCNN_C4F16_compute_fp16.glsl``: the model, then the variant and precision; a 3-channel
    model built for RGB (``planes="rgb"``) gets ``_rgb`` after the model name."""
    model = sanitize_identifier(network_name) + ("_rgb" if planes == "rgb" else "")
    return f"{model}_{variant}_{precision}.glsl"


def header_for(weights_path: Path, entry: CatalogEntry | None = None) -> HeaderInfo:
    """Header facts for ``weights_path``; the licence and description come from the catalog entry."""
    entry = entry if entry is not None else catalog_entry_for(weights_path)
    if entry is None:
        return HeaderInfo(weights_file=Path(weights_path).name)
    return HeaderInfo(weights_file=Path(weights_path).name, description=entry.description,
                      licence=entry.licence, licence_text=entry.licence_text)


def generate_shader(network: Network, variant: str, precision: str, header: HeaderInfo,
                    source: str | None = None, planes: str | None = None,
                    weights_in: str | None = None) -> GeneratedShader:
    plan = plan_shader(network, variant, precision, source=source, planes=planes, weights_in=weights_in)
    return GeneratedShader(render_shader(plan, header), plan)


def generate_from_file(weights_path, arch: str | None = None, act: str = "relu",
                       variant: str = DEFAULT_VARIANT, precision: str = DEFAULT_PRECISION,
                       entry: CatalogEntry | None = None, planes: str | None = None,
                       weights_in: str | None = None) -> GeneratedShader:
    weights_path = Path(weights_path)
    network = load_model(weights_path, arch=arch, act=act).network
    return generate_shader(network, variant, precision, header_for(weights_path, entry), str(weights_path),
                           planes=planes, weights_in=weights_in)
