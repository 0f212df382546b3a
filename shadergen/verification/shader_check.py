"""One check for every shader: run it and its network's reference on a frame, compare plane by plane.

Luma is one plane layout among four (``shadergen/planes.py``): the layout comes from the shader's
header, else from its HOOK lines; the precision (and so the tolerance) from the header, else fp32.
"""

from __future__ import annotations

from ..engines.frame import Frame
from ..errors import ShadergenError
from ..model.ir import Network
from ..planes import LAYOUTS, PlaneLayout, plane_layout
from ..precision import UNSTATED
from ..shader_header import read_header
from .colour_accuracy import (
    PlanesReport,
    capture_stage_image,
    compare_planes,
    reference_planes,
    run_colour_shader,
)
from .luma_accuracy import shader_precision

# The layout each hook stage implies for a 3-channel 2x model (the shader says where it runs).
HOOK_LAYOUTS = {"NATIVE": "ycbcr", "MAIN": "rgb", "MAINPRESUB": "rgb"}
# Layouts whose reference starts from a stage image captured in the same engine (colour_accuracy).
CAPTURED_LAYOUTS = ("ycbcr", "rgb")


def shader_layout(shader_text: str, shader, network: Network, where: str) -> PlaneLayout:
    """The layout ``shader`` implements for ``network``: from the header, else from its HOOK lines."""
    header = read_header(shader_text)
    hooks = {hook for hook_pass in shader.passes for hook in hook_pass.hooks}
    if header is not None and header.planes in LAYOUTS and header.planes != "luma":
        planes = header.planes
    else:
        planes = next((HOOK_LAYOUTS[hook] for hook in sorted(hooks) if hook in HOOK_LAYOUTS), None)
    colour_2x = (network.in_channels, network.out_channels, network.scale) == (3, 3, 2)
    layout = plane_layout(network, planes if colour_2x and planes in CAPTURED_LAYOUTS else None, where)
    chroma_shader = layout.name == "luma" and "CHROMA" in hooks  # it hooks LUMA too (its luma copy)
    if chroma_shader or (layout.hook not in hooks and not (layout.hook == "MAIN" and "MAINPRESUB" in hooks)):
        raise ShadergenError(f"{where}: a {layout.name} model's shader hooks {layout.hook}; this shader "
                             f"hooks {', '.join(sorted(hooks)) or 'nothing'}")
    return layout


def check_shader(shader_text: str, shader, network: Network, frame: Frame, where: str,
                 ctx=None) -> PlanesReport:
    """Run ``shader`` (parsed from ``shader_text``) and ``network`` on ``frame``; compare every
    output plane. A Y'CbCr/R'G'B' model's reference starts from the stage image captured in the
    same runtime."""
    layout = shader_layout(shader_text, shader, network, where)
    stated = shader_precision(shader_text, where)
    stage_image = capture_stage_image(layout, frame, ctx=ctx) if layout.name in CAPTURED_LAYOUTS else None
    reference, floor = reference_planes(network, layout, frame, stage_image)
    output = run_colour_shader(shader, layout, frame, ctx=ctx)
    return compare_planes(output, reference, floor, stated or UNSTATED, layout, stated is not None)
