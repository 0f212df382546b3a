"""Y'CbCr video frames for the colour shaders: the inputs of ``verify`` and of the colour tests.

A colour model sees what a video decoder hands mpv: 8-bit BT.709 limited-range Y'CbCr, chroma
subsampled 4:2:0. An RGB image becomes such a frame by the BT.709 matrix on its 8-bit R'G'B' values
and a 2x2 mean of each chroma plane (an odd last row or column is repeated first), everything
rounded to 8-bit codes; ``subsample=False`` keeps 4:4:4. ``.npz`` files (keys ``y``, ``cb``,
``cr``, optional ``range``) are read as the runtime reads them (shadergen.engines.frame).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..engines.frame import NEUTRAL_CHROMA_8BIT, Frame, opened_image, read_frame, rgb_to_ycbcr
from ..resources import data_dir

CODE_MAX = 255.0
DEFAULT_COLOUR_INPUT = "cel_ycbcr420_128x96.npz"


def default_colour_input_path() -> Path:
    return data_dir() / DEFAULT_COLOUR_INPUT


def subsample_420(plane: np.ndarray) -> np.ndarray:
    """2x2 means (MPEG-style 4:2:0 without a filter); odd sizes repeat the last row/column."""
    height, width = plane.shape
    padded = np.pad(plane, ((0, height % 2), (0, width % 2)), mode="edge")
    return padded.reshape(padded.shape[0] // 2, 2, padded.shape[1] // 2, 2).mean(axis=(1, 3))


def frame_from_rgb(rgb: np.ndarray, subsample: bool = True) -> Frame:
    """(H, W, 3) R'G'B' in [0, 1] → an 8-bit BT.709 limited-range frame (4:2:0 unless told)."""
    y, cb, cr = rgb_to_ycbcr(np.asarray(rgb, dtype=np.float64), full_range=False)
    if subsample:
        cb, cr = subsample_420(cb), subsample_420(cr)
    return Frame(y, cb, cr, bit_depth=8, full_range=False).quantized()


def frame_from_gray(luma: np.ndarray, subsample: bool = True) -> Frame:
    """A gray picture: its codes as limited-range luma, neutral chroma."""
    y = np.asarray(luma, dtype=np.float64)
    shape = ((y.shape[0] + 1) // 2, (y.shape[1] + 1) // 2) if subsample else y.shape
    chroma = np.full(shape, NEUTRAL_CHROMA_8BIT)
    return Frame(y, chroma, chroma.copy(), bit_depth=8, full_range=False).quantized()


def load_colour_frame(path) -> Frame:
    """A frame from ``.npz`` (planes as stored) or an image (→ 8-bit limited-range 4:2:0)."""
    path = Path(path)
    if path.suffix.lower() == ".npz":
        return read_frame(path).quantized()
    with opened_image(path) as image:
        gray = image.mode in ("L", "I;16", "I", "1", "LA")
        pixels = np.asarray(image.convert("L" if gray else "RGB"), dtype=np.float64) / CODE_MAX
    return frame_from_gray(pixels) if gray else frame_from_rgb(pixels)


def describe_frame(frame: Frame) -> str:
    """``128x96, 4:2:0, 8-bit limited range``."""
    sampling = "4:4:4" if frame.chroma_size == frame.size else "4:2:0"
    colour_range = "full" if frame.full_range else "limited"
    return f"{frame.size[0]}x{frame.size[1]}, {sampling}, {frame.bit_depth}-bit {colour_range} range"
