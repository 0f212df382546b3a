"""Generated shaders in real libplacebo (FFmpeg's libplacebo filter on Mesa lavapipe, Vulkan).

There the fp16 shaders really compute in float16. Bounds (issue 4): fp32 ≤ 2.5·F + 1e-3; fp16
of the ArtCNN models ≤ the official v1.6.2 fp16 shaders' max and mean on the same crop; fp16 of
other models ≤ 3·F + 4e-3. Every crop for C4F16 and for the fp16 table; one crop per fixture
(≈ 2 minutes on the 2-core CI machine with a cold Mesa shader cache, 20 s warm).
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from codegen_accuracy_cases import ARTCNN_MODELS, CROPS, VARIANTS, measure

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg with libplacebo is missing")

CASES = [("ArtCNN_C4F16", variant, precision, crop) for variant, precision in VARIANTS for crop in CROPS]
CASES += [(model, "compute", "fp16", crop) for model in ARTCNN_MODELS[1:] for crop in CROPS]
# compute fp32 shares its arithmetic with fragment fp32 (same sums, same order), so the fixtures
# run the fragment fp32 and compute fp16 shaders only.
CASES += [(model, variant, precision, "camera 61x47")
          for model in ("c2f8", "r2f8", "r1f8_silu", "c3f6")
          for variant, precision in (("fragment", "fp32"), ("compute", "fp16"))]


@pytest.mark.parametrize(("model", "variant", "precision", "crop"), CASES)
def test_shader_matches_reference_in_libplacebo(tmp_path, model, variant, precision, crop):
    m = measure(model, variant, precision, crop, "libplacebo", folder=tmp_path)
    assert m.max_abs <= m.tolerance, f"max {m.max_abs:.3e} > {m.tolerance:.3e} (F = {m.floor:.3e})"
    if m.mean_tolerance is not None:
        assert m.mean_abs <= m.mean_tolerance, f"mean {m.mean_abs:.3e} > official {m.mean_tolerance:.3e}"


def test_float16_tiles_read_as_float16_give_the_same_output(tmp_path, monkeypatch):
    """The fp16 files read their packed-half tiles with unpackFloat2x16 where float16 arithmetic is
    compiled (render.HALF_TILE_BITCAST): lavapipe compiles that branch, and the values are those
    unpackHalf2x16 gives through float, so every output texel is the same."""
    from codegen_accuracy_cases import luma_crop, run_in_libplacebo, shader_text

    from shadergen.codegen import render

    outputs = {}
    for bitcast in (True, False):
        monkeypatch.setattr(render, "HALF_TILE_BITCAST", bitcast)
        text = shader_text.__wrapped__("ArtCNN_C4F16", "compute", "fp16")  # not the cached text
        assert ("unpackFloat2x16" in text) == bitcast
        folder = tmp_path / str(bitcast)
        folder.mkdir()
        outputs[bitcast] = run_in_libplacebo(text, luma_crop("cel 61x47"), folder)
    assert outputs[True].shape == (94, 122)
    assert np.array_equal(outputs[True], outputs[False])
