"""Y'CbCr frames for the colour shaders: 4:2:0 subsampling, BT.709 limited-range codes, .npz reading."""

from __future__ import annotations

import numpy as np
import pytest

from shadergen.errors import ShadergenError
from shadergen.verification.colour_frames import (
    describe_frame,
    frame_from_rgb,
    load_colour_frame,
    subsample_420,
)


def test_subsample_420_means_2x2_blocks_and_repeats_an_odd_edge():
    plane = np.arange(9, dtype=np.float64).reshape(3, 3)
    np.testing.assert_array_equal(subsample_420(plane), [[2.0, 3.5], [6.5, 8.0]])


def test_frame_from_rgb_gives_limited_range_codes():
    rgb = np.zeros((3, 5, 3))
    rgb[:, :2] = 1.0  # white | black
    frame = frame_from_rgb(rgb)
    assert frame.size == (5, 3) and frame.chroma_size == (3, 2) and not frame.full_range
    codes = np.round(frame.y * 255)
    assert codes[0, 0] == 235 and codes[0, 4] == 16  # BT.709 limited range: white 235, black 16
    np.testing.assert_array_equal(np.round(frame.cb * 255), 128)  # gray levels: neutral chroma
    assert np.all(np.round(frame.y * 255) == frame.y * 255)  # 8-bit codes
    assert frame_from_rgb(rgb, subsample=False).chroma_size == (5, 3)
    assert describe_frame(frame) == "5x3, 4:2:0, 8-bit limited range"


def test_npz_frames_and_their_errors(tmp_path):
    planes = {
        "y": np.full((4, 6), 100, np.uint8),
        "cb": np.full((2, 3), 90, np.uint8),
        "cr": np.full((2, 3), 160, np.uint8),
    }
    np.savez(tmp_path / "f.npz", range=np.array("limited"), **planes)
    frame = load_colour_frame(tmp_path / "f.npz")
    assert describe_frame(frame) == "6x4, 4:2:0, 8-bit limited range"
    assert frame.cr[0, 0] == pytest.approx(160 / 255)
    np.savez(tmp_path / "odd.npz", y=planes["y"], cb=planes["cb"][:1], cr=planes["cr"][:1])
    with pytest.raises(ShadergenError, match="odd.npz: chroma planes"):
        load_colour_frame(tmp_path / "odd.npz")
