"""Every pass of the colour shaders compiles for every lint target (Vulkan 1.1/1.2, OpenGL 4.5,
GLES, HLSL, MSL) with no finding: the chroma shader's network_input() and the 3-plane stores.
Every variant of the chroma model; the Y'CbCr/R'G'B' shaders share their code apart from the first
layer's input, so two variants each (≈ 12 s on the 2-core CI machine)."""

from __future__ import annotations

import pytest
from colour_accuracy_cases import shader_text

from shadergen.lint.linter import lint_shader
from shadergen.mpv.parse import parse_shader

VARIANTS = (("fragment", "fp32"), ("fragment", "fp16"), ("compute", "fp32"), ("compute", "fp16"))
CASES = [("chroma_c2f8", "chroma", variant, precision) for variant, precision in VARIANTS]
CASES += [("ycbcr_c2f8", layout, variant, precision) for layout in ("ycbcr", "rgb")
          for variant, precision in (("fragment", "fp32"), ("compute", "fp16"))]


@pytest.mark.parametrize(("model", "layout", "variant", "precision"), CASES)
def test_every_colour_pass_compiles_for_every_lint_target(model, layout, variant, precision):
    report = lint_shader(parse_shader(shader_text(model, layout, variant, precision), f"{model}.glsl"))
    assert report.errors == 0 and report.warnings == 0, [f.message for f in report.findings]
    assert report.passes and all(cell.ok for result in report.passes for cell in result.targets.values())
