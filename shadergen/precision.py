"""The arithmetic precisions of a shader (the header's ``precision=`` word), one value each.

A precision is everything that differs between an fp32 and an fp16 shader: the GLSL types of the
operands and accumulators, whether the weight literals are rounded to float16, the phase settings
of the tuned compute tilings (``codegen/tilings.py``), the header's notes, and the tolerance its
check applies (issue 4, acceptance). The code generator and the verification both read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ShadergenError


@dataclass(frozen=True)
class GlslTypes:
    """The types a pass computes with: operands (``float``, ``vec4``, ``mat4``), the accumulator,
    and the conversion of one tap's sum of products into it (``widen``, "" when they are equal)."""

    float: str
    vec4: str
    mat4: str
    acc: str
    widen: str


@dataclass(frozen=True)
class Precision:
    name: str  # the header's precision= word and the shader file name's suffix
    types: GlslTypes
    # float16 operands and products (half_types.glsl.j2; float where the compiler lacks float16).
    half_arithmetic: bool
    # Tuned tilings (codegen/tilings.py): input groups per phase of a phased pass, whether wide layers
    # prefetch the next phase, whether narrow middle layers are phased at all.
    phase_groups: int
    prefetch_wide_phases: bool
    phased_narrow_middle: bool
    # The check's bound on the max abs error: factor · F + margin (F: the fp16-storage floor).
    tolerance_factor: float
    tolerance_margin: float
    notes: tuple[str, ...]  # what the header says about the arithmetic
    # float16 arithmetic: where a phased pass adds its float16 sums into float (ComputeTiling.half_sums)
    # and its thread slices on narrow middle layers (None: those layers keep the unphased kernel).
    half_sums: str = "tap"
    half_narrow_split: int | None = None

    @property
    def rounds_weights_to_half(self) -> bool:
        """Weight literals are written as exact float16 values: glslang folds float literals into
        float16 constants by truncation (toward zero), which shrinks every weight a little and biases
        the output (measured: mean error x1.5 on lavapipe); exact float16 values convert exactly."""
        return self.half_arithmetic

    def tolerance(self, floor: float) -> float:
        return self.tolerance_factor * floor + self.tolerance_margin


FP32 = Precision(
    "fp32", GlslTypes("float", "vec4", "mat4", "vec4", ""), half_arithmetic=False,
    phase_groups=1, prefetch_wide_phases=False, phased_narrow_middle=True,
    tolerance_factor=2.5, tolerance_margin=3e-4,
    notes=("Arithmetic in float (fp32); pass outputs are stored as rgba16f by mpv/libplacebo.",),
)
# Operands, products and the sums of each phase in float16, added to a float accumulator once per
# phase (ComputeTiling.half_sums "phase"). Tuned inside libplacebo on the H200's Vulkan driver, where
# float16 arithmetic is real (bench/README.md, "Float16 on Vulkan"): per 1080p frame C4F16 1.01-1.02 ms
# (one slice of 4 groups per thread, 16x8 tiles, one input group per phase) and C4F32 3.56 ms (2
# passes of 4 groups, 32x8 tiles, 2 input groups per phase), against 1.09 and 4.68 when each tap's
# sum was added to float, and 1.16 / 4.19 for the fp32 files. Float16 accumulators for the whole
# layer were 1-3 % faster but not accurate enough: C4F32 1.3e-2 on the cel 128x96 crop in
# libplacebo on lavapipe, where the official fp16 shader errs 4.9e-3 (per phase: 4.0e-3).
FP16 = Precision(
    "fp16", GlslTypes("HFLOAT", "HVEC4", "HMAT4", "vec4", "vec4"), half_arithmetic=True,
    phase_groups=2, prefetch_wide_phases=True, phased_narrow_middle=False, half_sums="phase",
    half_narrow_split=1,
    tolerance_factor=3.0, tolerance_margin=4e-3,
    notes=(
        "Arithmetic in float16 where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16",
        "(libplacebo on Vulkan and D3D11), float elsewhere (OpenGL); each phase's float16 sums are added",
        "to float accumulators, and pass outputs are stored as rgba16f by mpv/libplacebo.",
    ),
)
PRECISIONS = {precision.name: precision for precision in (FP32, FP16)}
# A shader without a shadergen header does not say its precision; it is checked as fp32 (and
# ``verify`` says so).
UNSTATED = FP32


def precision_named(name: str | Precision, where: str = "precision") -> Precision:
    """The precision called ``name``, or a one-line ShadergenError naming ``where``."""
    if isinstance(name, Precision):
        return name
    if name not in PRECISIONS:
        raise ShadergenError(f"{where}: unknown precision {name!r} (expected {', '.join(PRECISIONS)})")
    return PRECISIONS[name]
