"""Frames: BT.709 conversions and the .png/.jpg/.npy/.npz readers and writers."""

import numpy as np
import pytest
from PIL import Image

from shadergen.engines.frame import Frame, read_frame, rgb_to_ycbcr, write_frame, ycbcr_to_rgb
from shadergen.errors import ShadergenError


@pytest.mark.parametrize("full_range", [True, False])
def test_ycbcr_round_trip(full_range):
    rgb = np.random.default_rng(1).random((5, 7, 3))
    back = ycbcr_to_rgb(*rgb_to_ycbcr(rgb, full_range), full_range)
    np.testing.assert_allclose(back, rgb, atol=1e-12)


def test_bt709_reference_values():
    # White, black and pure red in limited range: Y 235/16/63, Cb 128/128/102.3, Cr 128/128/240 (8-bit).
    rgb = np.array([[[1.0, 1.0, 1.0], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]]])
    y, cb, cr = (np.round(p * 255, 1) for p in rgb_to_ycbcr(rgb, full_range=False))
    assert y.tolist() == [[235.0, 16.0, 62.6]]
    assert cb.tolist() == [[128.0, 128.0, 102.3]]
    assert cr.tolist() == [[128.0, 128.0, 240.0]]


def test_png_rgb_round_trip_within_one_code(tmp_path):
    rgb = np.random.default_rng(2).integers(0, 256, (12, 10, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(tmp_path / "in.png")
    frame = read_frame(tmp_path / "in.png")
    assert (frame.size, frame.chroma_size, frame.bit_depth, frame.full_range) == ((10, 12), (10, 12), 8, True)
    write_frame(frame, tmp_path / "out.png")
    back = np.asarray(Image.open(tmp_path / "out.png"))
    # 8-bit Y'CbCr quantisation costs at most a couple of codes per channel.
    assert np.abs(back.astype(int) - rgb).max() <= 2


def test_gray_png_stays_gray(tmp_path):
    gray = np.arange(48, dtype=np.uint8).reshape(6, 8) * 5
    Image.fromarray(gray).save(tmp_path / "gray.png")
    frame = read_frame(tmp_path / "gray.png")
    assert frame.gray and np.array_equal(np.round(frame.y * 255), gray)
    write_frame(frame, tmp_path / "back.png")
    assert np.array_equal(np.asarray(Image.open(tmp_path / "back.png")), gray)


def test_npy_is_a_16_bit_luma_plane_with_neutral_chroma(tmp_path):
    plane = np.linspace(0, 1, 20, dtype=np.float32).reshape(4, 5)
    np.save(tmp_path / "in.npy", plane)
    frame = read_frame(tmp_path / "in.npy")
    assert frame.bit_depth == 16 and np.array_equal(frame.y, plane)
    assert np.all(frame.cb == np.float32(32768 / 65535))
    write_frame(frame, tmp_path / "out.npy")
    assert np.array_equal(np.load(tmp_path / "out.npy"), plane)


def test_npz_420_uint8_planes(tmp_path):
    y = np.full((6, 7), 100, np.uint8)
    cb = np.full((3, 4), 90, np.uint8)
    cr = np.full((3, 4), 160, np.uint8)
    np.savez(tmp_path / "in.npz", y=y, cb=cb, cr=cr, range="limited")
    frame = read_frame(tmp_path / "in.npz")
    assert (frame.bit_depth, frame.full_range, frame.chroma_size) == (8, False, (4, 3))
    assert np.all(frame.cr == np.float32(160 / 255))
    write_frame(frame, tmp_path / "out.npz")
    with np.load(tmp_path / "out.npz") as saved:
        assert str(saved["range"]) == "limited" and np.array_equal(saved["cb"], frame.cb)


@pytest.mark.parametrize(
    ("planes", "message"),
    [
        ({"y": np.zeros((4, 4)), "cb": np.zeros((2, 2))}, r"missing plane\(s\) cr"),
        ({"y": np.zeros((4, 4)), "cb": np.zeros((3, 3)), "cr": np.zeros((3, 3))}, "must equal the luma size"),
        ({"y": np.zeros((4, 4)), "cb": np.zeros((2, 2)), "cr": np.full((2, 2), np.nan)}, "NaN or infinity"),
        (
            {"y": np.zeros((4, 4)), "cb": np.zeros((2, 2)), "cr": np.zeros((2, 2)), "range": "tv"},
            "'range' must be",
        ),
    ],
)
def test_bad_npz_files(tmp_path, planes, message):
    np.savez(tmp_path / "bad.npz", **planes)
    with pytest.raises(ShadergenError, match=message):
        read_frame(tmp_path / "bad.npz")


def test_unknown_extensions_and_missing_files(tmp_path):
    with pytest.raises(ShadergenError, match="cannot read the input file: no such file"):
        read_frame(tmp_path / "missing.png")
    (tmp_path / "x.tiff").write_bytes(b"0")
    with pytest.raises(ShadergenError, match="unknown input type '.tiff'"):
        read_frame(tmp_path / "x.tiff")
    frame = Frame.from_luma(np.zeros((2, 2)))
    with pytest.raises(ShadergenError, match="unknown output type '.bmp'"):
        write_frame(frame, tmp_path / "out.bmp")
    with pytest.raises(ShadergenError, match="output folder .* does not exist"):
        write_frame(frame, tmp_path / "nowhere" / "out.png")


def test_a_corrupt_image_is_a_user_error(tmp_path):
    (tmp_path / "broken.png").write_bytes(b"\x89PNG not really")
    with pytest.raises(ShadergenError, match="cannot read the image"):
        read_frame(tmp_path / "broken.png")
