"""4:2:0 chroma brought to luma resolution the way the chroma shaders do it: bilinear, mpv's siting.

ArtCNN's chroma models take (Y, Cb, Cr) at luma resolution with Cb/Cr upsampled bilinearly. The
generated chroma shader does that upsampling itself (templates/network_input.glsl.j2), so this module
is both the reference of that step and its specification; the two must agree to float rounding.

Geometry (libplacebo, verified on 4.208 through FFmpeg): the CHROMA plane's content rect starts at
``offset`` chroma texels (its ``HOOKED_off``) and spans exactly half the luma width and height, so
the centre of luma pixel ``i`` sits at chroma texel coordinate ``offset + (i + 0.5) / 2``. Texel
``j`` has its centre at ``j + 0.5``; the bilinear weights come from the distance to the two
neighbouring centres, and indices outside the plane are clamped (CLAMP_TO_EDGE), as mpv's own
bilinear chroma scaler does. (A cropped video adds half the crop origin to ``HOOKED_off``; the
shader takes ``tex_offset / 2`` off again, as OFFSET ALIGN does, so ``offset`` here is uncropped.)

MPEG-2/H.264/HEVC 4:2:0 ("left" siting, FFmpeg's and mpv's default for untagged video) puts chroma
sample ``j`` on luma column ``2j`` and halfway between luma rows ``2k`` and ``2k + 1``: libplacebo
shifts the plane by a quarter chroma texel horizontally, ``offset = (0.25, 0)``. Luma pixel ``2j``
then reads chroma ``j`` alone, ``2j + 1`` the mean of ``j`` and ``j + 1``; vertically every row mixes
two chroma rows 3:1. All weights are exact binary fractions.
"""

from __future__ import annotations

import numpy as np

# libplacebo's HOOKED_off of the CHROMA plane for left-sited (MPEG-2) 4:2:0, in chroma texels
# (measured on the oracle; the runtime uses the same value, runtime.LEFT_SITING_CHROMA_OFFSET).
LEFT_SITING_OFFSET = (0.25, 0.0)
SUBSAMPLING = 2  # 4:2:0: chroma has half the luma width and height (rounded up)


def _axis_weights(luma_length: int, chroma_length: int, offset: float):
    """(first index, second index, weight of the second) for every luma position on one axis."""
    coordinate = offset + (np.arange(luma_length) + 0.5) / SUBSAMPLING - 0.5
    floor = np.floor(coordinate)
    weight = coordinate - floor
    first = np.clip(floor.astype(np.int64), 0, chroma_length - 1)
    second = np.clip(floor.astype(np.int64) + 1, 0, chroma_length - 1)
    return first, second, weight


def upsample_chroma(plane: np.ndarray, luma_shape: tuple[int, int],
                    offset: tuple[float, float] = LEFT_SITING_OFFSET) -> np.ndarray:
    """A (ceil(H/2), ceil(W/2)) chroma plane bilinearly upsampled to ``luma_shape`` (H, W), float64."""
    plane = np.asarray(plane, dtype=np.float64)
    height, width = luma_shape
    expected = (-(-height // SUBSAMPLING), -(-width // SUBSAMPLING))
    if plane.shape != expected:
        raise ValueError(f"a 4:2:0 chroma plane of {width}x{height} luma is {expected[1]}x{expected[0]}, "
                         f"got {plane.shape[1]}x{plane.shape[0]}")
    top, bottom, fy = _axis_weights(height, plane.shape[0], offset[1])
    left, right, fx = _axis_weights(width, plane.shape[1], offset[0])
    rows = plane[top] * (1.0 - fy)[:, None] + plane[bottom] * fy[:, None]
    return rows[:, left] * (1.0 - fx) + rows[:, right] * fx


def chroma_model_input(y: np.ndarray, cb: np.ndarray, cr: np.ndarray,
                       offset: tuple[float, float] = LEFT_SITING_OFFSET) -> np.ndarray:
    """(H, W, 3) = (Y, Cb, Cr) at luma resolution: what a chroma model sees from a 4:2:0 frame."""
    y = np.asarray(y, dtype=np.float64)
    return np.stack([y, upsample_chroma(cb, y.shape, offset), upsample_chroma(cr, y.shape, offset)], axis=-1)
