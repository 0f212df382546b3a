"""PSNR and SSIM of a panel against the ground truth, from scikit-image (the ``compare`` extra).

Both are computed on the 8-bit pixels as shown, over the whole frame (borders included):
luma is Y' = 0.2126 R' + 0.7152 G' + 0.0722 B' (BT.709) of the 8-bit R'G'B' values, unrounded, in
0…255; PSNR = 10 log10(255² / MSE); SSIM is Wang et al.'s (Gaussian window σ = 1.5, population
covariances, data range 255: ``structural_similarity(gaussian_weights=True, sigma=1.5,
use_sample_covariance=False)``), and on R'G'B' the mean of the three channels' SSIM.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from ..engines.frame import KB, KG, KR
from ..errors import ShadergenError

DATA_RANGE = 255.0
SSIM_SIGMA = 1.5
INSTALL_HINT = "pip install 'shadergen[compare]' (scikit-image)"


def require_scikit_image() -> None:
    """A one-line error (exit 2) when the ``compare`` extra is not installed."""
    try:
        import skimage.metrics  # noqa: F401
    except ImportError:
        raise ShadergenError(f"shadergen compare needs scikit-image: {INSTALL_HINT}") from None


def luma(pixels: np.ndarray) -> np.ndarray:
    """BT.709 Y' (float64, 0…255) of (H, W, 3) 8-bit R'G'B' pixels."""
    rgb = pixels.astype(np.float64)
    return KR * rgb[..., 0] + KG * rgb[..., 1] + KB * rgb[..., 2]


@dataclass(frozen=True)
class Scores:
    psnr_y: float
    ssim_y: float
    psnr_rgb: float | None = None  # R'G'B' scores: only for colour comparisons
    ssim_rgb: float | None = None

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def _psnr(truth: np.ndarray, test: np.ndarray) -> float:
    from skimage.metrics import peak_signal_noise_ratio

    if np.array_equal(truth, test):
        return float("inf")
    return float(peak_signal_noise_ratio(truth, test, data_range=DATA_RANGE))


def _ssim(truth: np.ndarray, test: np.ndarray, channel_axis: int | None) -> float:
    from skimage.metrics import structural_similarity

    return float(
        structural_similarity(
            truth,
            test,
            data_range=DATA_RANGE,
            gaussian_weights=True,
            sigma=SSIM_SIGMA,
            use_sample_covariance=False,
            channel_axis=channel_axis,
        )
    )


def score(truth: np.ndarray, panel: np.ndarray, colour: bool) -> Scores:
    """Scores of ``panel`` against ``truth``, both (H, W, 3) uint8; R'G'B' ones when ``colour``."""
    truth_y, panel_y = luma(truth), luma(panel)
    scores = Scores(_psnr(truth_y, panel_y), _ssim(truth_y, panel_y, None))
    if not colour:
        return scores
    truth_rgb, panel_rgb = truth.astype(np.float64), panel.astype(np.float64)
    return Scores(scores.psnr_y, scores.ssim_y, _psnr(truth_rgb, panel_rgb), _ssim(truth_rgb, panel_rgb, 2))
