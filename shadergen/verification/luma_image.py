"""8-bit luma planes from image files: the inputs of ``verify`` and of the accuracy tests.

A gray image is used as it is. A colour image becomes BT.709 luma computed on its 8-bit R'G'B'
values and rounded back to 8 bits (the issue's definition of the "cel" crops), which is what a
video decoder would hand mpv as the Y plane of that picture.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..resources import data_dir

# ITU-R BT.709-6 item 3.2: Y' = 0.2126 R' + 0.7152 G' + 0.0722 B'.
BT709_WEIGHTS = (0.2126, 0.7152, 0.0722)
CODE_MAX = 255.0
DEFAULT_INPUT = "cel_luma_128x96.png"


def default_input_path() -> Path:
    return data_dir() / DEFAULT_INPUT


def luma_codes(pixels: np.ndarray) -> np.ndarray:
    """(H, W) gray or (H, W, 3|4) RGB(A) 8-bit values → (H, W) uint8 luma codes."""
    pixels = np.asarray(pixels)
    if pixels.ndim == 2:
        return pixels.astype(np.uint8)
    rgb = pixels[..., :3].astype(np.float64)
    return np.round(rgb @ np.array(BT709_WEIGHTS)).clip(0, CODE_MAX).astype(np.uint8)


def load_luma(path) -> np.ndarray:
    """The 8-bit luma plane of an image file as float64 code/255, shape (H, W)."""
    from ..engines.frame import opened_image

    with opened_image(path) as image:
        if image.mode not in ("L", "RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.mode else "RGB")
        pixels = np.asarray(image)
    return luma_codes(pixels).astype(np.float64) / CODE_MAX
