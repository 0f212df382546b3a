"""How close a shader comes to its reference, plane by plane, for every plane layout.

The reference of each layout (shadergen.planes) starts from what the hooked stage holds:

* luma (HOOK LUMA): the 8-bit luma plane itself;
* chroma (HOOK CHROMA): (Y, Cb, Cr) with chroma upsampled exactly as the shader does it
  (shadergen.verification.chroma_upsample, left siting: the runtime's and FFmpeg's 4:2:0), in float64;
* ycbcr (HOOK NATIVE): the Y'CbCr image at luma resolution, rounded to float16 because NATIVE is
  an rgba16f texture. 4:4:4 input: the planes themselves. 4:2:0 input: mpv's chroma scaler made
  it, and GPU bilinear filtering is not exact (8-bit sub-texel weights: Mesa's NATIVE chroma is up
  to 3.8e-3 off exact bilinear, libplacebo's and the runtime's alike), so the image is *captured*:
  a pass-through hook on the same stage in the same engine (``capture_stage_image``); the
  comparison then measures the shader alone, whatever the chroma scaler did;
* rgb (HOOK MAIN): the same image decoded to R'G'B' (BT.709, the frame's range), float16.

then runs the network in float64 (the reference) and with fp16 storage of every pass output (the
floor F, ``luma_accuracy``). The shader's planes are compared one by one: Y for luma, Cb, Cr for
chroma models, Y, Cb, Cr or R, G, B for the others (the output frame decoded back with the same
matrix); each must stay within the issue's tolerance for F. A Y'CbCr/R'G'B' shader given 4:2:0
input also measures mpv's own chroma upscaling unless the stage image is captured (see above).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..engines.frame import Frame, ycbcr_to_rgb
from ..errors import ShadergenError
from ..model.ir import Network
from ..model.reference import run_network
from ..planes import PlaneLayout
from ..precision import Precision, precision_named
from .chroma_upsample import chroma_model_input, upsample_chroma
from .luma_accuracy import AccuracyReport, compare, report_summary

# The output planes of each layout, in the network's channel order.
PLANE_NAMES = {"luma": ("y",), "chroma": ("cb", "cr"), "ycbcr": ("y", "cb", "cr"), "rgb": ("r", "g", "b")}


@dataclass(frozen=True)
class PlanesReport:
    """A shader's check: one AccuracyReport per output plane of its layout, and their totals."""

    layout: str
    planes: dict[str, AccuracyReport]
    floor: float
    tolerance: float
    precision: str
    precision_stated: bool = True  # False: the shader's header does not say (checked as fp32)

    @property
    def passed(self) -> bool:
        return all(report.passed for report in self.planes.values())

    @property
    def max_abs(self) -> float:
        return max(report.max_abs for report in self.planes.values())

    @property
    def mean_abs(self) -> float:
        return float(np.mean([report.mean_abs for report in self.planes.values()]))

    @property
    def psnr(self) -> float:
        mse = float(np.mean([10.0 ** (-report.psnr / 10.0) for report in self.planes.values()]))
        return 10.0 * math.log10(1.0 / mse) if mse > 0 else math.inf

    def as_dict(self) -> dict:
        """The luma report's keys (over all planes), plus ``layout`` and one entry per plane."""
        return {
            **report_summary(self),
            "layout": self.layout,
            "planes": {name: report.as_dict() for name, report in self.planes.items()},
        }


def is_420(frame: Frame) -> bool:
    width, height = frame.size
    return frame.chroma_size == ((width + 1) // 2, (height + 1) // 2) and frame.chroma_size != frame.size


def native_planes(frame: Frame) -> np.ndarray:
    """(H, W, 3) Y'CbCr at luma resolution, chroma upsampled bilinearly when it is 4:2:0 (float64)."""
    y = frame.y.astype(np.float64)
    if frame.chroma_size == frame.size:
        return np.stack([y, frame.cb.astype(np.float64), frame.cr.astype(np.float64)], axis=-1)
    if not is_420(frame):
        raise ShadergenError(f"the input's chroma {frame.chroma_size[0]}x{frame.chroma_size[1]} is neither "
                             f"4:4:4 nor 4:2:0 of {frame.size[0]}x{frame.size[1]}")
    return np.stack([y, upsample_chroma(frame.cb, y.shape), upsample_chroma(frame.cr, y.shape)], axis=-1)


def stored_half(values: np.ndarray) -> np.ndarray:
    """``values`` as an rgba16f texture holds them (round to nearest), back in float64."""
    return np.asarray(values, dtype=np.float64).astype(np.float16).astype(np.float64)


# A pass-through pass on a stage: the runtime or libplacebo then outputs the stage image itself.
# texelFetch, not HOOKED_tex: filtering at a texel centre may still blend in a neighbour a little,
# and a driver that truncates the float16 store (Mesa) then lands one step low.
CAPTURE_SHADER = """//!DESC shadergen: the {stage} image as the shader receives it
//!HOOK {stage}
//!BIND HOOKED
vec4 hook()
{{
    return texelFetch(HOOKED_raw, ivec2(HOOKED_pos * HOOKED_size), 0);
}}
"""


def network_input(layout: PlaneLayout, frame: Frame, stage_image: np.ndarray | None = None) -> np.ndarray:
    """(H, W, 3): what the hooked stage hands the network (see the module docstring).

    ``stage_image``: the NATIVE/MAIN image captured from an engine (``capture_stage_image``);
    without it, the image is computed from the planes (exact bilinear for 4:2:0 chroma).
    """
    if layout.name == "luma":  # the exact code values (the frame holds them as float32)
        scale = 2.0**frame.bit_depth - 1.0
        return (np.round(np.clip(frame.y.astype(np.float64), 0.0, 1.0) * scale) / scale)[..., None]
    frame = frame.quantized()
    if layout.name == "chroma":
        if not is_420(frame):
            raise ShadergenError("a chroma model needs 4:2:0 input (chroma half the luma width and height)")
        return chroma_model_input(frame.y, frame.cb, frame.cr)
    if stage_image is not None:
        return stored_half(stage_image)
    native = native_planes(frame)
    if layout.name == "rgb":
        native = ycbcr_to_rgb(native[..., 0], native[..., 1], native[..., 2], frame.full_range)
    return stored_half(native)


def capture_stage_image(layout: PlaneLayout, frame: Frame, run=None, ctx=None) -> np.ndarray:
    """The NATIVE (Y'CbCr) or MAIN (R'G'B') image an engine hands a shader hooked there, (H, W, 3).

    ``run(shader_path, frame, target_size) -> Frame`` is the engine; default: our runtime (on ``ctx``).
    """
    import tempfile
    from functools import partial
    from pathlib import Path

    if run is None:
        run = partial(_run_in_runtime, ctx=ctx)
    with tempfile.TemporaryDirectory(prefix="shadergen-capture-") as folder:
        path = Path(folder) / "capture.glsl"
        path.write_text(CAPTURE_SHADER.format(stage=layout.hook), encoding="utf-8")
        result = run(path, frame.quantized(), frame.size)
    return output_planes(layout, result, frame.full_range)


def _run_in_runtime(path, frame: Frame, target_size, ctx=None) -> Frame:
    from ..engines.opengl.runtime import run_shaders
    from ..mpv.parse import load_shader

    return run_shaders([load_shader(path)], frame, target_size, ctx=ctx).frame


def reference_planes(network: Network, layout: PlaneLayout, frame: Frame,
                     stage_image: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """(float64 reference output (H', W', C), fp16-storage floor F over all its planes)."""
    x = network_input(layout, frame, stage_image)
    exact = run_network(network, x)
    stored = run_network(network, x, precision="fp16")
    return exact, float(np.max(np.abs(stored - exact)))


def output_planes(layout: PlaneLayout, result: Frame, full_range: bool) -> np.ndarray:
    """The planes a layout's network wrote, from the output frame (Y'CbCr 4:4:4 at target size)."""
    if layout.name == "luma":
        return result.y.astype(np.float64)[..., None]
    if layout.name == "chroma":
        return np.stack([result.cb, result.cr], axis=-1).astype(np.float64)
    if layout.name == "ycbcr":
        return np.stack([result.y, result.cb, result.cr], axis=-1).astype(np.float64)
    return ycbcr_to_rgb(result.y, result.cb, result.cr, full_range)


def compare_planes(output: np.ndarray, reference: np.ndarray, floor: float, precision: str | Precision,
                   layout: PlaneLayout, precision_stated: bool = True) -> PlanesReport:
    if output.shape != reference.shape:
        raise ShadergenError(f"the shader produced {output.shape[1]}x{output.shape[0]}x{output.shape[2]}, "
                             f"the network {reference.shape[1]}x{reference.shape[0]}x{reference.shape[2]}")
    names = PLANE_NAMES[layout.name]
    planes = {name: compare(output[..., index], reference[..., index], floor, precision)
              for index, name in enumerate(names)}
    precision = precision_named(precision)
    return PlanesReport(layout.name, planes, floor, precision.tolerance(floor), precision.name,
                        precision_stated)


def run_colour_shader(shader, layout: PlaneLayout, frame: Frame, ctx=None) -> np.ndarray:
    """Run a parsed shader on ``frame`` in our runtime; the layout's output planes (H', W', C)."""
    from ..engines.opengl.runtime import run_shaders

    width, height = frame.size
    target = (layout.scale * width, layout.scale * height)
    result = run_shaders([shader], frame.quantized(), target, ctx=ctx).frame
    return output_planes(layout, result, frame.full_range)
