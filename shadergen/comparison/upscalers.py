"""The pictures a comparison shows: the low-resolution input and every way of upscaling it.

The input is the ground truth (an 8-bit image) downscaled by an integer factor with Pillow and
rounded to 8 bits, like a saved PNG: ``box`` (the default) is Pillow's BOX filter, the mean of each
factor × factor block (the kind of downscale ArtCNN trains on); ``bicubic`` is Pillow's BICUBIC (Keys'
cubic, a = -0.5) with its support widened by the factor (antialiased, like MATLAB's imresize).

Every upscaler starts from one frame: that image as ``shadergen run`` reads a PNG (Y'CbCr BT.709
full range, 8-bit 4:4:4), and ends as the 8-bit R'G'B' image ``shadergen run`` would write.
The classic scalers are Pillow's resampling filters on each plane in float (mode ``F``: nothing is
rounded before the end): bilinear (triangle, support 1), Catmull-Rom (Pillow's BICUBIC, Keys' cubic
with a = -0.5: the Catmull-Rom spline, B = 0, C = 0.5 in Mitchell-Netravali terms, mpv's
``catmull_rom``) and Lanczos3 (Pillow's LANCZOS: sinc windowed by sinc, support 3, mpv's ``lanczos``
radius). Pixel centres are aligned (output pixel x samples input (x + 0.5) / factor - 0.5); at the
borders Pillow leaves out the taps outside the image and renormalises the others.
A shader runs alone, at factor × the input size, in an engine: shadergen's OpenGL runtime
(``engines/opengl``, libplacebo's semantics: a luma doubler runs on the Y plane, chroma follows by the
runtime's bilinear scaler; a colour shader on its NATIVE or MAIN stage).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ..engines.frame import Frame, frame_to_rgb8
from ..errors import ShadergenError

DOWNSCALE_FILTERS = {"box": Image.Resampling.BOX, "bicubic": Image.Resampling.BICUBIC}
DEFAULT_DOWNSCALE = "box"


@dataclass(frozen=True)
class ClassicScaler:
    label: str
    resample: Image.Resampling


CLASSIC_SCALERS = (
    ClassicScaler("bilinear", Image.Resampling.BILINEAR),
    ClassicScaler("Catmull-Rom", Image.Resampling.BICUBIC),
    ClassicScaler("Lanczos3", Image.Resampling.LANCZOS),
)


def downscale(truth: np.ndarray, factor: int, method: str) -> np.ndarray:
    """The 8-bit low-resolution input: ``truth`` (H, W[, 3]) uint8, both sides multiples of ``factor``."""
    height, width = truth.shape[:2]
    image = Image.fromarray(truth).resize((width // factor, height // factor), DOWNSCALE_FILTERS[method])
    return np.asarray(image)


def enlarge_nearest(pixels: np.ndarray, factor: int) -> np.ndarray:
    """Each pixel repeated ``factor`` times across and down (Pillow's NEAREST at an integer factor)."""
    height, width = pixels.shape[:2]
    return np.asarray(
        Image.fromarray(pixels).resize((width * factor, height * factor), Image.Resampling.NEAREST)
    )


def as_rgb(pixels: np.ndarray) -> np.ndarray:
    """(H, W, 3) uint8: a gray image's value in all three channels."""
    return np.repeat(pixels[..., None], 3, axis=2) if pixels.ndim == 2 else pixels


def classic_upscale(frame: Frame, target: tuple[int, int], scaler: ClassicScaler) -> np.ndarray:
    """The frame's planes resampled to ``target`` (width, height) by Pillow, as 8-bit pixels."""

    def resize(plane: np.ndarray) -> np.ndarray:
        return np.asarray(Image.fromarray(plane.astype(np.float32)).resize(target, scaler.resample))

    planes = [resize(plane) for plane in (frame.y, frame.cb, frame.cr)]
    scaled = Frame(*planes, bit_depth=frame.bit_depth, full_range=frame.full_range, gray=frame.gray)
    return frame_to_rgb8(scaled)


class OpenGLShaderUpscaler:
    """One shader file compiled once in shadergen's OpenGL runtime (a libplacebo-faithful emulation)."""

    def __init__(self, path: Path, ctx):
        from ..engines.opengl.runtime import Runtime
        from ..mpv.parse import load_shader

        self.path = Path(path)
        shader = load_shader(self.path)
        self.hooks = {hook for hook_pass in shader.passes for hook in hook_pass.hooks}
        self._runtime = Runtime([shader], ctx=ctx, timing=False)

    def upscale(self, frame: Frame, target: tuple[int, int]) -> np.ndarray:
        import moderngl

        try:
            result = self._runtime.run(frame, target)
        except moderngl.Error as error:
            raise ShadergenError(f"{self.path}: the shader failed to run: {error}") from None
        if not any(report.ran for report in result.passes):
            reasons = sorted({report.skipped_reason for report in result.passes if report.skipped_reason})
            raise ShadergenError(
                f"{self.path}: no pass ran on a {frame.size[0]}x{frame.size[1]} 4:4:4 frame upscaled to "
                f"{target[0]}x{target[1]} ({'; '.join(reasons) or 'no passes'})"
            )
        return frame_to_rgb8(result.frame)

    def release(self) -> None:
        self._runtime.release()


@contextmanager
def _opengl_upscalers(paths: Sequence[Path]) -> Iterator[list[OpenGLShaderUpscaler]]:
    from ..engines.opengl.context import create_gl_context

    ctx = create_gl_context()
    upscalers: list[OpenGLShaderUpscaler] = []
    try:
        for path in paths:
            upscalers.append(OpenGLShaderUpscaler(path, ctx))
        yield upscalers
    finally:
        for upscaler in upscalers:
            upscaler.release()
        ctx.release()


# Engines a shader can run in: name → a context manager yielding one upscaler per shader file (an
# object with .path, .hooks (its stage names) and .upscale(frame, target) -> 8-bit pixels).
# Another engine (e.g. real libplacebo) is one more entry here.
SHADER_ENGINES = {"opengl": _opengl_upscalers}
DEFAULT_ENGINE = "opengl"


def shader_upscalers(paths: Sequence[str | Path], engine: str = DEFAULT_ENGINE):
    """Every shader file compiled once in ``engine``; a context manager (released on exit)."""
    if engine not in SHADER_ENGINES:
        raise ShadergenError(f"unknown engine {engine!r} (known: {', '.join(SHADER_ENGINES)})")
    return SHADER_ENGINES[engine]([Path(path) for path in paths])
