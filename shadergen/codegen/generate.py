"""Weights file → shader text: load, plan, render. What ``build`` and ``release`` share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ShadergenError
from ..model.catalog import CatalogEntry, catalog_entry_for, weights_digest
from ..model.ir import Network
from ..model.load import load_model
from ..mpv.limits import MAX_PASSES
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
        return len(self.plan.passes) + self.plan.planes.copies_luma

    @property
    def size_bytes(self) -> int:
        return len(self.text.encode("utf-8"))


def shader_file_name(network_name: str, variant: str, precision: str, planes: str | None = None) -> str:
    """``ArtCNN_C4F16_compute_fp16.glsl``: the model, then the variant and precision; a shader on
    MAIN (``planes="rgb"``) gets ``_rgb`` after the model name."""
    model = sanitize_identifier(network_name) + ("_rgb" if planes == "rgb" else "")
    return f"{model}_{variant}_{precision}.glsl"


def header_for(weights_path: Path, network: Network, entry: CatalogEntry | None = None) -> HeaderInfo:
    """Header facts for ``network`` read from ``weights_path``. Weights of the catalog (matched by
    content, whatever the file is called) get its description and licence; any other file a neutral
    line naming the file and the architecture, and no licence claim."""
    file_name = Path(weights_path).name
    if entry is not None and entry.weights_sha256 != weights_digest(network):
        raise ShadergenError(f"{weights_path}: the weights differ from the catalog's weights_sha256 "
                             f"of {entry.name}")
    entry = entry if entry is not None else catalog_entry_for(network)
    if entry is None:
        return HeaderInfo(weights_file=file_name, description=_neutral_description(file_name, network))
    return HeaderInfo(weights_file=file_name, description=entry.description,
                      licence=entry.licence, licence_text=entry.licence_text)


def _neutral_description(file_name: str, network: Network) -> str:
    convolutions = network.convolutions
    kernels = sorted({conv.kernel_size for conv in convolutions})
    filters = max(conv.out_channels for conv in convolutions[:-1]) if len(convolutions) > 1 else None
    parts = [f"{len(convolutions)} convolutions ({', '.join(f'{k}x{k}' for k in kernels)})"]
    if filters is not None:
        parts.append(f"up to {filters} filters")
    parts.append(f"{network.params:,} parameters")
    return (f"Weights from {file_name}: not a shipped model, licence not stated.\n"
            f"Architecture: {network.in_channels} -> {network.out_channels} channels, {', '.join(parts)}.")


def generate_shader(network: Network, variant: str, precision: str, header: HeaderInfo,
                    source: str | None = None, planes: str | None = None,
                    weights_in: str | None = None) -> GeneratedShader:
    plan = plan_shader(network, variant, precision, source=source, planes=planes, weights_in=weights_in)
    _check_pass_count(plan, source or network.name)
    return GeneratedShader(render_shader(plan, header), plan)


def _check_pass_count(plan: ShaderPlan, where: str) -> None:
    """Refuse a plan beyond the pass limit before rendering it (megabytes of GLSL for a deep net)."""
    count = len(plan.passes) + plan.planes.copies_luma
    if count > MAX_PASSES:
        raise ShadergenError(f"{where}: the shader would have {count} passes, more than shadergen's limit of "
                             f"{MAX_PASSES} ({len(plan.layers)} layers)")


def generate_from_file(weights_path, arch: str | None = None, act: str = "relu",
                       variant: str = DEFAULT_VARIANT, precision: str = DEFAULT_PRECISION,
                       entry: CatalogEntry | None = None, planes: str | None = None,
                       weights_in: str | None = None) -> GeneratedShader:
    weights_path = Path(weights_path)
    network = load_model(weights_path, arch=arch, act=act).network
    header = header_for(weights_path, network, entry)
    return generate_shader(network, variant, precision, header, str(weights_path), planes=planes,
                           weights_in=weights_in)
