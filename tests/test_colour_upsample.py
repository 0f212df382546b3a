"""4:2:0 chroma to luma resolution: the reference (chroma_upsample.py) and the shader agree exactly.

A chroma "network" that only picks Cb and Cr (a 3x3 conv whose centre tap is the identity) turns
the generated chroma shader into its own upsampling step, so its output is that step alone.
"""

from __future__ import annotations

import numpy as np
import pytest
from colour_accuracy_cases import pick_chroma_network

from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.planes import CHROMA
from shadergen.verification.chroma_upsample import LEFT_SITING_OFFSET, chroma_model_input, upsample_chroma
from shadergen.verification.colour_accuracy import run_colour_shader, stored_half
from shadergen.verification.colour_frames import frame_from_rgb

# What the runtime's own output path (a float32 resample of the rgba16f chroma) adds at most.
OUTPUT_PATH_NOISE = 1e-6


def test_left_siting_weights_are_exact():
    # Chroma 2x2 for 4x4 luma. Columns: luma 2j reads chroma j, 2j+1 the mean of j and j+1 (clamped).
    # Rows: 3:1 mixes, luma row 0 clamps to chroma row 0 (offset (0.25, 0): MPEG-2 left siting).
    chroma = np.array([[0.0, 0.4], [0.8, 0.2]])
    up = upsample_chroma(chroma, (4, 4))
    row0 = np.array([0.0, 0.2, 0.4, 0.4])  # chroma row 0 alone (clamped above)
    row1 = 0.75 * row0 + 0.25 * np.array([0.8, 0.5, 0.2, 0.2])
    row2 = 0.25 * row0 + 0.75 * np.array([0.8, 0.5, 0.2, 0.2])
    np.testing.assert_array_equal(up[0], row0)
    np.testing.assert_allclose(up[1], row1, rtol=0, atol=1e-15)
    np.testing.assert_allclose(up[2], row2, rtol=0, atol=1e-15)
    np.testing.assert_array_equal(up[3], [0.8, 0.5, 0.2, 0.2])


def test_centre_siting_and_odd_sizes():
    # Offset (0, 0) (MPEG-1/JPEG centre siting): every luma pixel mixes 3:1 in both directions.
    chroma = np.array([[0.0, 1.0]])
    up = upsample_chroma(chroma, (1, 4), offset=(0.0, 0.0))
    np.testing.assert_allclose(up[0], [0.0, 0.25, 0.75, 1.0], rtol=0, atol=1e-15)
    # 5 luma columns have 3 chroma columns; the last luma column reads the last chroma sample alone.
    up = upsample_chroma(np.array([[0.0, 0.5, 1.0]]), (1, 5))
    np.testing.assert_allclose(up[0], [0.0, 0.25, 0.5, 0.75, 1.0], rtol=0, atol=1e-15)
    with pytest.raises(ValueError, match="4:2:0 chroma plane of 5x1 luma is 3x1"):
        upsample_chroma(np.zeros((1, 2)), (1, 5))


def test_model_input_stacks_luma_and_upsampled_chroma():
    rng = np.random.default_rng(0)
    y, cb, cr = rng.uniform(size=(5, 7)), rng.uniform(size=(3, 4)), rng.uniform(size=(3, 4))
    x = chroma_model_input(y, cb, cr)
    assert x.shape == (5, 7, 3)
    np.testing.assert_array_equal(x[..., 0], y)
    np.testing.assert_array_equal(x[..., 2], upsample_chroma(cr, (5, 7), LEFT_SITING_OFFSET))


@pytest.mark.parametrize("variant", ["compute", "fragment"])
@pytest.mark.parametrize("size", [(61, 47), (64, 48)])
def test_shader_upsampling_equals_the_reference_in_runtime(gl_context, variant, size):
    width, height = size
    frame = frame_from_rgb(np.random.default_rng(width).uniform(size=(height, width, 3)))
    text = render_shader(plan_shader(pick_chroma_network(), variant, "fp32"), HeaderInfo("pick"))
    from shadergen.mpv.parse import parse_shader

    output = run_colour_shader(parse_shader(text, "pick.glsl"), CHROMA, frame, ctx=gl_context)
    assert output.shape == (height, width, 2)
    for index, plane in enumerate((frame.cb, frame.cr)):
        # The shader stores rgba16f rounded to nearest: exactly the reference rounded to float16.
        expected = stored_half(upsample_chroma(plane, (height, width)))
        assert np.abs(output[..., index] - expected).max() <= OUTPUT_PATH_NOISE
