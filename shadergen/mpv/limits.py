"""The limits a hook shader must stay within, and the one check that applies them.

``shader_problems(shader, ...)`` checks a parsed file against every limit below and evaluates its
WIDTH, HEIGHT and WHEN expressions for a given input and target size, in the order libplacebo's
stages fire; ``check_shaders`` raises the first problem. ``run`` calls it with the real sizes before
it creates an OpenGL context, ``lint`` reports every problem as an error for a nominal 1080p source
shown at 4K, and ``build`` checks what it generated. Sizes that reach numpy or moderngl pass
``checked_size`` first: finite, whole and within 1..``MAX_TEXTURE_DIM``.

Beyond a limit, shadergen refuses the file (run and build: one line, exit 2; lint: an error
finding, exit 1) instead of handing the GPU driver numbers it may not survive.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ShadergenError
from .libplacebo import FIRING_ORDER, RESIZABLE_STAGES, TARGET_SIZED, stage_name
from .macro_expansion import expansion_problem
from .quoting import shortened
from .rpn import RPN, RPNError

if TYPE_CHECKING:  # parse.py imports this module's limits
    from .parse import HookPass, ShaderFile

KIB = 1024
# libplacebo's max_tex_2d_dim / max_tex_1d_dim come from the GPU; 16384 is what desktop GPUs and
# Mesa llvmpipe report (GL_MAX_TEXTURE_SIZE). The OpenGL runtime also honours a smaller limit of
# its context. A larger WIDTH/HEIGHT makes libplacebo fail the pass; shadergen refuses it.
MAX_TEXTURE_DIM = 16384
# max_tex_3d_dim: 2048 is the OpenGL 4.x minimum and what llvmpipe and most GPUs report.
MAX_TEXTURE_3D_DIM = 2048
# libplacebo SHADER_MAX_HOOKS / SHADER_MAX_BINDS (custom_mpv.c): more is a parse error.
MAX_HOOKS = 16
MAX_BINDS = 16
# COMPONENTS: mpv master accepts 0..4 (0: as many as the hooked texture); a texture has at most 4.
MAX_COMPONENTS = 4
MACRO_CHECK = "macro expansion"  # lint's name for a pass whose macros expand past the limit
# Threads per compute group: GL_MAX_COMPUTE_WORK_GROUP_INVOCATIONS is at least 1024 on OpenGL and
# at most 1024 on NVIDIA, AMD, Intel, D3D11 and Metal; libplacebo's sh_try_compute checks it.
MAX_GROUP_THREADS = 1024
# The largest group that runs on practically every GPU (lint's docstring says why not 128).
PORTABLE_GROUP_THREADS = 256
# Shared memory per compute group, which libplacebo does not count (mpv-hooks.md §5.2): OpenGL
# 4.3+ guarantees GL_MAX_COMPUTE_SHARED_MEMORY_SIZE ≥ 32 KiB and Mesa llvmpipe has exactly that
# (GLES 3.1 guarantees 16 KiB, but its GPUs have 32 KiB). D3D11: D3D11_CS_TGSM_REGISTER_COUNT
# (8192) × 4 bytes. Metal: Apple GPUs' maxThreadgroupMemoryLength. Vulkan: NVIDIA's
# maxComputeSharedMemorySize (AMD and Intel have 64 KiB).
SHARED_LIMITS = {
    "opengl4.5": 32 * KIB,
    "gles": 32 * KIB,
    "hlsl5.0": 32 * KIB,
    "msl": 32 * KIB,
    "vulkan1.1": 48 * KIB,
    "vulkan1.2": 48 * KIB,
}
# What Vulkan (maxComputeSharedMemorySize) and GLES 3.1 guarantee.
SHARED_GUARANTEED = 16 * KIB
# shadergen's own limits (libplacebo has none): the largest generated shader (ArtCNN C4F32,
# fragment) has 49 passes in 1.1 MB. A file beyond these is refused before it is parsed or run.
MAX_PASSES = 512
# The parser stops at this many passes and refuses the file without reading the rest, so that a
# flood of millions of passes costs no more than this many (lint reports a smaller excess as usual).
MAX_PARSED_PASSES = 4 * MAX_PASSES
MAX_SHADER_BYTES = 64 << 20
# Every PARAM is declared in every pass's program (a uniform, push constant or #define), and glslang's
# time grows with the square of their number: 4,096 lint in 0.5 s, 20,000 in 6.5 s, 40,000 past its
# 10 s timeout. mpv's own renderer takes 16 and the shaders in the wild a handful; the parser refuses
# a file with more than this many.
MAX_PARAMS = 1024
# PARAM values go to GLSL int/uint/float uniforms.
INT_RANGE = (-(2**31), 2**31 - 1)
UINT_RANGE = (0, 2**32 - 1)

# lint evaluates sizes for this source (4:2:0, so chroma is half) and target.
NOMINAL_INPUT = (1920, 1080)
NOMINAL_TARGET = (3840, 2160)


@dataclass(frozen=True)
class LimitProblem:
    """One reason the file breaks a limit or cannot run; ``hook_pass`` None for the whole file."""

    message: str
    path: str = ""  # the shader file; "" for the frame
    hook_pass: HookPass | None = None
    line: int | None = None
    check: str = "limits"  # lint's name for the finding

    def error(self) -> ShadergenError:
        path = f"{self.path}: " if self.path else ""
        where = f"{self.hook_pass.name_for_errors}: " if self.hook_pass else ""
        line = f"line {self.line}: " if self.line is not None else ""
        return ShadergenError(f"{path}{where}{line}{self.message}")


def checked_size(what: str, width, height, max_dim: int = MAX_TEXTURE_DIM) -> tuple[int, int]:
    """``(width, height)`` as ints if both are finite whole numbers in 1..max_dim; else ShadergenError."""
    values = []
    for value in (width, height):
        number = float(value) if isinstance(value, (int, float)) else math.nan
        if not math.isfinite(number) or number != int(number) or not 1 <= number <= max_dim:
            raise ShadergenError(
                f"{what} {_size_text(width, height)} is outside 1..{max_dim} pixels per side "
                "(the largest texture libplacebo and shadergen create)"
            )
        values.append(int(number))
    return values[0], values[1]


def _size_text(width, height) -> str:
    return "x".join(f"{v:g}" if isinstance(v, float) else str(v) for v in (width, height))


def round_half_away(value: float) -> int:
    """C ``roundf``: halves round away from zero (Python's round() would go to even); a value that
    is not finite stays as it is, for ``checked_size`` to refuse."""
    if not math.isfinite(value):
        return value
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def check_shaders(shaders: Sequence[ShaderFile], **sizes) -> None:
    """Raise the first of ``shader_problems(shaders, **sizes)`` as a ShadergenError."""
    problems = shader_problems(shaders, **sizes)
    if problems:
        raise problems[0].error()


def shader_problems(
    shaders: Sequence[ShaderFile],
    input_size: tuple[int, int] = NOMINAL_INPUT,
    target_size: tuple[int, int] = NOMINAL_TARGET,
    chroma_size: tuple[int, int] | None = None,
    params: Mapping[str, float] | None = None,
    max_dim: int = MAX_TEXTURE_DIM,
) -> list[LimitProblem]:
    """Every limit the files (applied in this order) break, then every size or condition that
    fails for a frame of these sizes."""
    problems = [problem for shader in shaders for problem in static_problems(shader, max_dim)]
    if all(len(shader.passes) <= MAX_PASSES for shader in shaders):
        chroma = chroma_size or ((input_size[0] + 1) // 2, (input_size[1] + 1) // 2)
        problems += _SizeWalk(shaders, input_size, chroma, target_size, params or {}, max_dim).problems()
    return problems


def static_problems(shader: ShaderFile, max_dim: int = MAX_TEXTURE_DIM) -> list[LimitProblem]:
    """The limits the file breaks whatever the frame: pass count, COMPUTE, COMPONENTS, macro expansion,
    TEXTURE, PARAM."""
    path = shader.path
    problems = []
    if len(shader.passes) > MAX_PASSES:
        count = len(shader.passes)
        problems.append(LimitProblem(f"{count} passes, more than shadergen's limit of {MAX_PASSES}", path))
    for hook_pass in shader.passes:
        line = hook_pass.header_line
        if hook_pass.components is not None and not 0 <= hook_pass.components <= MAX_COMPONENTS:
            message = f"COMPONENTS {hook_pass.components} is outside 0..{MAX_COMPONENTS}"
            problems.append(LimitProblem(message, path, hook_pass, line))
        if isinstance(hook_pass.offset, tuple) and not all(map(math.isfinite, hook_pass.offset)):
            problems.append(LimitProblem("OFFSET is not finite", path, hook_pass, line))
        if hook_pass.compute is not None:
            problems += _compute_problems(path, hook_pass, max_dim)
        bomb = expansion_problem(hook_pass.body)
        if bomb:  # no compiler may see it: Mesa crashes, glslang takes gigabytes (macro_expansion.py)
            problems.append(LimitProblem(bomb, path, hook_pass, hook_pass.body_line, MACRO_CHECK))
    for block in shader.textures:
        largest = MAX_TEXTURE_3D_DIM if len(block.size) == 3 else max_dim
        if max(block.size) > largest:
            sizes = " ".join(map(str, block.size))
            message = f"TEXTURE {block.name}: SIZE {sizes} is above {largest} texels per side"
            problems.append(LimitProblem(message, path, None, block.header_line))
    for param in shader.params:
        problem = param_value_problem(param.type_kind, param.value)
        if problem:
            problems.append(LimitProblem(f"PARAM {param.name}: {problem}", path, None, param.header_line))
    return problems


def _compute_problems(path: str, hook_pass: HookPass, max_dim: int) -> list[LimitProblem]:
    block_w, block_h, threads_w, threads_h = hook_pass.compute
    directive = compute_directive(hook_pass.compute)
    line = hook_pass.header_line
    if max(block_w, block_h) > max_dim:
        return [LimitProblem(f"{directive}: a block above {max_dim} pixels per side", path, hook_pass, line)]
    if threads_w * threads_h > MAX_GROUP_THREADS:
        message = (
            f"{directive}: {threads_w * threads_h} threads per group, above the {MAX_GROUP_THREADS} "
            "that OpenGL guarantees and that D3D11, Metal and desktop Vulkan allow"
        )
        return [LimitProblem(message, path, hook_pass, line, "invocations")]
    return []


def compute_directive(compute: tuple[int, int, int, int]) -> str:
    """``COMPUTE bw bh`` or ``COMPUTE bw bh tw th``, as the file would spell it."""
    sizes = compute if compute[:2] != compute[2:] else compute[:2]
    return "COMPUTE " + " ".join(map(str, sizes))


def param_value_problem(type_kind: str, value) -> str | None:
    """Why a PARAM value cannot become its GLSL uniform, or None."""
    if type_kind in ("int", "uint", "DEFINE"):
        low, high = UINT_RANGE if type_kind == "uint" else INT_RANGE
        if not low <= value <= high:
            return f"value {value} is outside the {type_kind if type_kind != 'DEFINE' else 'int'} range"
    elif not math.isfinite(value):
        return f"value {value} is not finite"
    return None


class _SizeWalk:
    """Evaluate every pass's WHEN, WIDTH and HEIGHT as the runtime would, without a GPU.

    Stages fire in FIRING_ORDER; at each, every file runs the passes that hook it, in file order.
    A pass whose WHEN is 0 or whose BIND is not there yet is skipped (as libplacebo skips it); a
    saved texture (private to its file) gets the pass's size, a resized stage its new size.
    """

    def __init__(self, shaders, input_size, chroma_size, target_size, params, max_dim):
        self.shaders = shaders
        self.max_dim = max_dim
        self.params = params
        self.frame = (input_size, chroma_size, target_size)
        self.stages: dict[str, tuple[int, int]] = {}
        self.saved = {id(shader): {t.name: t.size[:2] for t in shader.textures} for shader in shaders}
        self.found: list[LimitProblem] = []

    def problems(self) -> list[LimitProblem]:
        input_size, chroma_size, target_size = self.frame
        try:
            self.stages["NATIVE_CROPPED"] = checked_size("the input frame", *input_size, self.max_dim)
            self.stages["OUTPUT"] = checked_size("the target size", *target_size, self.max_dim)
        except ShadergenError as error:
            return [LimitProblem(str(error))]
        for stage in FIRING_ORDER:
            if stage in ("LUMA", "CHROMA"):
                self.stages[stage] = input_size if stage == "LUMA" else chroma_size
            else:
                self.stages[stage] = target_size if stage in TARGET_SIZED else self.stages["LUMA"]
            for shader in self.shaders:
                start = self.stages[stage]
                for hook_pass in shader.passes:
                    if stage in {stage_name(h) for h in hook_pass.hooks}:
                        self._run_pass(shader, hook_pass, stage)
                if stage not in RESIZABLE_STAGES and self.stages[stage] != start:
                    message = f"a pass resizes the stage {stage}, which libplacebo does not allow"
                    self.found.append(LimitProblem(f"{message} (it disables the shader file)", shader.path))
        return self.found

    def _size_of(self, shader: ShaderFile, name: str, stage: str) -> tuple[int, int] | None:
        name = stage if name == "HOOKED" else stage_name(name)
        return self.saved[id(shader)].get(name) or self.stages.get(name)

    def _lookup(self, shader: ShaderFile, stage: str):
        def lookup(key: str):
            name, _, axis = key.rpartition(".")
            if not name or axis not in ("w", "h"):
                return self._param(shader, key)
            size = self._size_of(shader, name, stage)
            return None if size is None else size[0 if axis == "w" else 1]

        return lookup

    def _param(self, shader: ShaderFile, name: str):
        for param in shader.params:
            if param.name == name:
                return float(self.params.get(name, param.value))
            if param.enum and name in param.enum:
                return float(param.enum.index(name))
        return None

    def _run_pass(self, shader: ShaderFile, hook_pass: HookPass, stage: str) -> None:
        lookup = self._lookup(shader, stage)
        try:
            if hook_pass.when is not None and _evaluate(hook_pass, "WHEN", hook_pass.when, lookup) == 0:
                return
            if any(self._size_of(shader, name, stage) is None for name in hook_pass.binds):
                return  # libplacebo skips the pass: nothing is saved
            width = _evaluate(hook_pass, "WIDTH", hook_pass.width or RPN.texture_size("HOOKED", "w"), lookup)
            height = _evaluate(
                hook_pass, "HEIGHT", hook_pass.height or RPN.texture_size("HOOKED", "h"), lookup
            )
            size = checked_size(
                f"{stage}: the output size from WIDTH/HEIGHT",
                round_half_away(width),
                round_half_away(height),
                self.max_dim,
            )
        except ShadergenError as error:
            self.found.append(LimitProblem(str(error), shader.path, hook_pass, hook_pass.header_line))
            return
        if hook_pass.save and hook_pass.save != stage:
            self.saved[id(shader)][hook_pass.save] = size
        else:
            self.stages[stage] = size


def _evaluate(hook_pass: HookPass, directive: str, expression: RPN, lookup) -> float:
    try:
        return expression.evaluate(lookup)
    except RPNError as error:
        raise ShadergenError(
            f"{directive} '{shortened(str(expression))}' failed: {error} "
            "(libplacebo disables the whole shader file)"
        ) from None
