"""Colour shaders in real libplacebo 4.208 (FFmpeg's libplacebo filter on Mesa lavapipe, Vulkan).

Bounds (issue 5): fp32 ≤ 2.5·F + 1.5e-3 per plane; fp16 ≤ 3·F + 4e-3 (there it computes in float16).
The input is tagged BT.709 limited range, the output read back as yuv444p16le. Also: the chroma
shader's own upsampling lands where libplacebo puts 4:2:0 chroma (left siting), odd size included.
≈ 15 s on the 2-core CI machine.
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from colour_accuracy_cases import MODELS, frame, measure, pick_chroma_network

from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.verification.chroma_upsample import upsample_chroma

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg with libplacebo is missing")

# Every model in both fp32 variants on the odd-sized crops (4:2:0, and 4:4:4 where it applies); the
# fp16 compute shaders on 4:2:0.
CASES = [(model, layout, variant, "fp32", input_name)
         for model, layout in MODELS for variant in ("fragment", "compute")
         for input_name in ("cel 61x47 4:2:0", "cel 61x47 4:4:4")
         if layout != "chroma" or input_name.endswith("4:2:0")]
CASES += [(model, layout, "compute", "fp16", "cel 61x47 4:2:0") for model, layout in MODELS]
# libplacebo's 16-bit output of a plane it only copies (rgba16f chroma → its colour round trip).
LIBPLACEBO_COPY_NOISE = 6e-4


@pytest.mark.parametrize(("model", "layout", "variant", "precision", "input_name"), CASES)
def test_colour_shader_matches_reference_in_libplacebo(tmp_path, model, layout, variant, precision,
                                                       input_name):
    m = measure(model, layout, variant, precision, input_name, "libplacebo", folder=tmp_path)
    for name, (max_abs, _) in m.planes.items():
        assert max_abs <= m.tolerance, f"{name}: max {max_abs:.3e} > {m.tolerance:.3e} (F = {m.floor:.3e})"


@pytest.mark.parametrize("variant", ["compute", "fragment"])
def test_chroma_siting_in_libplacebo(tmp_path, variant):
    from shadergen.engines.ffmpeg_oracle import run_libplacebo

    path = tmp_path / "pick.glsl"
    path.write_text(render_shader(plan_shader(pick_chroma_network(), variant, "fp32"), HeaderInfo("pick")))
    source = frame("cel 61x47 4:2:0")
    result = run_libplacebo([path], source, source.size)
    for plane, output in ((source.cb, result.cb), (source.cr, result.cr)):
        assert np.abs(output - upsample_chroma(plane, source.y.shape)).max() <= LIBPLACEBO_COPY_NOISE
    # Luma passes through untouched (16-bit output of 8-bit codes).
    assert np.abs(result.y - source.y).max() <= 2e-5
