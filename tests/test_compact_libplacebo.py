"""Compact-model shaders in real libplacebo 4.208 (FFmpeg's libplacebo filter on Mesa lavapipe).

Bounds (issue 15): fp32 within 2.5·F + 1e-3, fp16 within 3·F + 4e-3, borders included (the odd
61x47 crop). The networks' outputs are not clamped; libplacebo's stages keep them (rgba16f), and
only the oracle's yuv444p16le output clips each plane to [0, 65535/65280], so the reference is
clipped the same way (compact_cases.oracle_clipped_rgb); our runtime compares them unclamped.
"""

from __future__ import annotations

import shutil

import pytest
from compact_cases import COMPACT_DIR, PAIRED, WIDE_CONVS, WIDE_FEATURES, measure, synthetic_path

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg with libplacebo is missing")

CASES = [(name, variant, precision) for name in PAIRED
         for variant, precision in (("fragment", "fp32"), ("compute", "fp32"), ("compute", "fp16"))]


@pytest.mark.parametrize(("name", "variant", "precision"), CASES)
def test_fixture_shaders_match_reference_in_libplacebo(tmp_path, name, variant, precision):
    path = COMPACT_DIR / f"{name}.safetensors"
    max_abs, floor, tolerance = measure(path, variant, precision, "libplacebo", folder=tmp_path)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


@pytest.mark.parametrize(("channels", "scale", "variant"), [(3, 1, "compute"), (1, 3, "compute"),
                                                             (3, 4, "fragment")])
def test_other_scale_factors_match_reference_in_libplacebo(tmp_path, channels, scale, variant):
    path = synthetic_path(tmp_path, channels, scale)
    max_abs, floor, tolerance = measure(path, variant, "fp32", "libplacebo", folder=tmp_path)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


@pytest.mark.parametrize(("channels", "scale", "variant"), [(3, 2, "compute"), (1, 3, "fragment")])
def test_64_feature_models_match_reference_in_libplacebo(tmp_path, channels, scale, variant):
    """Weights in textures (64 features), PReLU slopes and the residual in the texture kernels."""
    path = synthetic_path(tmp_path, channels, scale, WIDE_FEATURES, WIDE_CONVS)
    max_abs, floor, tolerance = measure(path, variant, "fp32", "libplacebo", folder=tmp_path)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"
