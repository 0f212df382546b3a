"""Texture-weight shaders (weights as data, issue 12) against the float64 reference, borders included.

Our runtime (Mesa llvmpipe) and real libplacebo (FFmpeg on lavapipe). Bounds (issue 12): fp32
≤ 2.5·F + 1e-3 in both; fp16 in libplacebo ≤ 3·F + 4e-3. The wide shapes: R2F64 and C4F64 (the
shared fixtures), R2F96 (R16F96's layer width, with its prefetch), R1F128 with SiLU (the widest),
C2F40 (10 groups, an uneven slice split) and C1F40 with 7x7 kernels (weights staged a kernel row at
a time), built in tests/texture_accuracy_cases.py. R8F64 and R16F96 are measured by that script
(tests/results/texture_accuracy.md).
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from texture_accuracy_cases import LARGE_DIR, measure, network

from shadergen.codegen.generate import generate_from_file
from shadergen.mpv.parse import parse_shader
from shadergen.verification.luma_accuracy import run_luma_shader, storage_floor

RUNTIME_CASES = [("r2f64", "compute", "fp32"), ("r2f64", "fragment", "fp32"), ("r2f64", "compute", "fp16"),
                 ("c4f64", "compute", "fp32"), ("c4f64", "fragment", "fp32"),
                 ("r2f96", "compute", "fp32"), ("r2f96", "fragment", "fp32"),
                 ("r1f128_silu", "compute", "fp32"), ("r1f128_silu", "fragment", "fp32"),
                 ("c2f40", "compute", "fp32"),
                 ("c1f40k7", "compute", "fp32"), ("c1f40k7", "fragment", "fp32")]
LIBPLACEBO_CASES = [("r2f64", "compute", "fp32"), ("r2f64", "fragment", "fp32"), ("r2f64", "compute", "fp16"),
                    ("c4f64", "fragment", "fp32"), ("r2f96", "compute", "fp16")]


def check(m: dict) -> None:
    assert m["max_abs"] <= m["bound"], f"max {m['max_abs']:.3e} > {m['bound']:.3e} (F = {m['floor']:.3e})"


@pytest.mark.parametrize(("model", "variant", "precision"), RUNTIME_CASES)
def test_texture_shader_matches_reference_in_runtime(model, variant, precision):
    check(measure(model, variant, precision, "runtime"))


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg with libplacebo is missing")
@pytest.mark.parametrize(("model", "variant", "precision"), LIBPLACEBO_CASES)
def test_texture_shader_matches_reference_in_libplacebo(model, variant, precision):
    check(measure(model, variant, precision, "libplacebo"))


def test_r2f64_shader_matches_keras_own_prediction():
    """The whole chain (Keras file → texture shader → runtime) against Keras 3's model.predict."""
    expected = np.load(LARGE_DIR / "r2f64.expected.npz")
    luma = expected["input"][0, :, :, 0].astype(np.float64)
    text = generate_from_file(LARGE_DIR / "r2f64.keras", variant="compute").text
    output = run_luma_shader(parse_shader(text, "r2f64.glsl"), luma)
    _, floor = storage_floor(network("r2f64"), luma)
    error = np.abs(output - expected["output"][0, :, :, 0]).max()
    assert error <= 2.5 * floor + 1e-3, f"{error:.3e} (F = {floor:.3e})"


@pytest.mark.parametrize(("model", "layout", "variant"), [("ycbcr_c2f8", "rgb", "compute"),
                                                          ("chroma_c2f8", "chroma", "fragment")])
def test_colour_and_chroma_models_with_texture_weights(model, layout, variant):
    """The other plane layouts' inputs and stores, with the weights forced into textures."""
    from colour_accuracy_cases import measure as measure_colour

    m = measure_colour(model, layout, variant, "fp32", "cel 61x47 4:2:0", "runtime", weights_in="texture")
    assert m.passed, f"{m.planes} > {m.tolerance:.3e}"
