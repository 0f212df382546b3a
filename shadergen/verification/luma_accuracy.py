"""How close a shader comes to the float64 reference of its network, and whether that is close enough.

The yardstick is the *fp16-storage floor* F = max |fp16-storage reference − float64 reference| on
the same input: what storing every pass output as rgba16f costs a perfect shader. Each precision
holds its tolerance (``shadergen/precision.py``; issue 4, acceptance): an fp32 shader may reach
2.5·F + 3e-4 in our runtime, an fp16 shader 3·F + 4e-3 (its float16 arithmetic adds error on top
of the storage).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import ShadergenError
from ..model.ir import Network
from ..model.reference import run_network
from ..planes import UPSCALE
from ..precision import Precision, precision_named
from ..shader_header import read_header


@dataclass(frozen=True)
class AccuracyReport:
    max_abs: float
    mean_abs: float
    psnr: float  # dB against a peak of 1.0; inf when identical
    floor: float
    tolerance: float
    passed: bool
    precision: str

    def as_dict(self) -> dict:
        return report_summary(self)


def report_summary(report) -> dict:
    """The JSON keys of ``verify``, for a luma report or a colour report over all its planes."""
    return {
        "max_abs": report.max_abs,
        "mean_abs": report.mean_abs,
        "psnr": report.psnr if math.isfinite(report.psnr) else None,
        "floor": report.floor,
        "tolerance": report.tolerance,
        "passed": report.passed,
    }


def shader_precision(text: str, where: str = "shader") -> Precision | None:
    """The precision a generated shader's header states, None for shaders shadergen did not write;
    a header naming a precision shadergen does not know is refused (ShadergenError)."""
    header = read_header(text)
    return precision_named(header.precision, where) if header else None


def tolerance_for(precision: str | Precision, floor: float) -> float:
    return precision_named(precision).tolerance(floor)


def storage_floor(network: Network, luma: np.ndarray) -> tuple[np.ndarray, float]:
    """(float64 reference output (2H, 2W), fp16-storage floor F)."""
    exact = run_network(network, luma)[..., 0]
    stored = run_network(network, luma, precision="fp16")[..., 0]
    return exact, float(np.max(np.abs(stored - exact)))


def compare(output: np.ndarray, reference: np.ndarray, floor: float,
            precision: str | Precision) -> AccuracyReport:
    if output.shape != reference.shape:
        raise ShadergenError(f"the shader produced {output.shape[1]}x{output.shape[0]} pixels, the "
                             f"network {reference.shape[1]}x{reference.shape[0]}")
    error = np.abs(output.astype(np.float64) - reference)
    mse = float(np.mean(error**2))
    tolerance = tolerance_for(precision, floor)
    max_abs = float(error.max())
    return AccuracyReport(
        max_abs=max_abs,
        mean_abs=float(error.mean()),
        psnr=10.0 * math.log10(1.0 / mse) if mse > 0 else math.inf,
        floor=floor,
        tolerance=tolerance,
        passed=bool(max_abs <= tolerance),
        precision=precision_named(precision).name,
    )


def run_luma_shader(shader, luma: np.ndarray, ctx=None) -> np.ndarray:
    """Run a parsed shader on an 8-bit luma plane in our runtime; the output luma at 2× size."""
    from ..engines.frame import Frame
    from ..engines.opengl.runtime import run_shaders

    height, width = luma.shape
    frame = Frame.from_luma(luma.astype(np.float32), bit_depth=8)
    result = run_shaders([shader], frame, (UPSCALE * width, UPSCALE * height), ctx=ctx)
    return result.frame.y

