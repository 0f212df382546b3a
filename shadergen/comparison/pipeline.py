"""One comparison: ground truth → low-resolution input → every upscaler's panel, each scored.

Panels, in this order: the input enlarged by nearest neighbour, the classic scalers (bilinear,
Catmull-Rom, Lanczos3), each shader, the ground truth. All are (H, W, 3) 8-bit R'G'B' at the ground
truth's size (a gray picture has its value in the three channels).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..engines.frame import frame_from_rgb8
from ..errors import ShadergenError
from .metrics import Scores, score
from .upscalers import CLASSIC_SCALERS, DEFAULT_DOWNSCALE, as_rgb, classic_upscale, downscale, enlarge_nearest

MIN_SIDE = 16  # pixels of the ground truth: SSIM's Gaussian window is 11 wide


@dataclass
class Panel:
    label: str
    kind: str  # "input", "scaler", "shader" or "truth"
    pixels: np.ndarray  # (H, W, 3) uint8
    source: str | None = None  # the shader file
    scores: Scores | None = None  # None for the ground truth


@dataclass
class Comparison:
    truth: np.ndarray  # (H, W, 3) uint8
    scale: int
    downscale: str
    input_size: tuple[int, int]  # (width, height) of the low-resolution input
    colour: bool  # panels carry R'G'B' scores too
    panels: list[Panel] = field(default_factory=list)

    @property
    def size(self) -> tuple[int, int]:
        return self.truth.shape[1], self.truth.shape[0]


def read_ground_truth(path: str | Path) -> np.ndarray:
    """An image file as 8-bit pixels: (H, W) when gray, else (H, W, 3) R'G'B'. It is downscaled (by 2 at
    least) before anything runs, so it may have 4 times an input frame's pixels (a 24-megapixel photo)."""
    from ..engines.frame import GRAY_MODES, MAX_FRAME_PIXELS, SIXTEEN_BIT_GRAY, opened_image, sixteen_bit_gray

    with opened_image(path, max_pixels=4 * MAX_FRAME_PIXELS) as image:
        if image.mode in SIXTEEN_BIT_GRAY:  # scaled to 8 bits, not clipped (convert("L") clips)
            return np.rint(sixteen_bit_gray(image) * 255.0).astype(np.uint8)
        return np.asarray(image.convert("L" if image.mode in GRAY_MODES else "RGB"))


def trim_to_scale(truth: np.ndarray, scale: int, name: str) -> np.ndarray:
    """Drop the right and bottom pixels beyond a multiple of ``scale``; refuse pictures too small."""
    height, width = truth.shape[:2]
    trimmed = truth[: height - height % scale, : width - width % scale]
    if min(trimmed.shape[:2]) < max(MIN_SIDE, 2 * scale):
        raise ShadergenError(
            f"{name}: the {width}x{height} image is too small to compare at {scale}x "
            f"(needs at least {max(MIN_SIDE, 2 * scale)} pixels each way)"
        )
    return trimmed


def compare(
    truth: np.ndarray,
    shader_upscalers: Sequence,
    scale: int = 2,
    downscale_method: str = DEFAULT_DOWNSCALE,
) -> Comparison:
    """Downscale ``truth`` (8-bit, sides multiples of ``scale``), upscale it every way, score every panel.

    ``shader_upscalers`` come from :func:`upscalers.shader_upscalers`. R'G'B' scores are added when the
    picture has colour and a shader hooks a stage other than LUMA (a colour model).
    """
    low = downscale(truth, scale, downscale_method)
    frame = frame_from_rgb8(low)
    height, width = truth.shape[:2]
    target = (width, height)
    truth_rgb = as_rgb(truth)
    colour = truth.ndim == 3 and any(set(up.hooks) - {"LUMA"} for up in shader_upscalers)
    panels = [Panel("input (nearest)", "input", as_rgb(enlarge_nearest(low, scale)))]
    panels += [Panel(s.label, "scaler", as_rgb(classic_upscale(frame, target, s))) for s in CLASSIC_SCALERS]
    panels += [
        Panel(up.path.stem, "shader", as_rgb(up.upscale(frame, target)), source=str(up.path))
        for up in shader_upscalers
    ]
    for panel in panels:
        panel.scores = score(truth_rgb, panel.pixels, colour)
    panels.append(Panel("ground truth", "truth", truth_rgb))
    return Comparison(truth_rgb, scale, downscale_method, (low.shape[1], low.shape[0]), colour, panels)
