"""What a hook shader costs to compile before it runs: the first-use stall users see.

Per file: the GLSL bytes of code and of embedded TEXTURE data (hex), then every pass built as
libplacebo builds it for Vulkan (the lint preamble) and timed through glslang to SPIR-V and
spirv-cross to HLSL (what D3D11 users' drivers then compile), and the whole file compiled and linked
by Mesa's OpenGL (llvmpipe) in shadergen's runtime with the shader cache off. The tools run one at a
time, so the times do not share the CPU. Tensor-core passes (Vulkan only) count no HLSL, and a file
with one gets no OpenGL time. A pass without HOOK is skipped, as libplacebo skips it.

The file's static limits (mpv/limits.py: pass count, COMPUTE, COMPONENTS, TEXTURE, PARAM) are
checked before any tool runs, so a flood of passes is refused at once instead of compiled.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from ..errors import ShadergenError
from ..mpv.libplacebo import vulkan_only
from ..mpv.limits import static_problems
from ..mpv.parse import ShaderFile, parse_shader, read_shader_text
from .glslang import GLSLANG, TOOL_TIMEOUT_S, Toolchain
from .preamble import VULKAN_1_2, build_program


@dataclass(frozen=True)
class CompileCost:
    shader: str
    passes: int
    code_bytes: int  # the file without its TEXTURE bodies
    data_bytes: int  # TEXTURE bodies (hex text)
    glslang_s: float  # every pass, GLSL -> Vulkan 1.2 SPIR-V
    glslang_max_pass_s: float
    hlsl_bytes: int  # spirv-cross --hlsl (shader model 5.0) output of every pass
    spirv_cross_s: float
    gl_compile_s: float | None  # Mesa OpenGL compile + link of every pass (None: not measured)
    gl_renderer: str | None

    def as_dict(self) -> dict:
        return asdict(self)


def embedded_data_bytes(shader: ShaderFile) -> int:
    """Bytes of the TEXTURE bodies: two hex digits per byte and the line end."""
    return sum(2 * len(block.data) + 1 for block in shader.textures)


def _tool_costs(path: str, shader: ShaderFile) -> tuple[float, float, int, float]:
    glslang_s, slowest, hlsl_bytes, cross_s = 0.0, 0.0, 0, 0.0
    with Toolchain() as toolchain:
        for hook_pass in shader.passes:
            if not hook_pass.hooks:
                continue  # libplacebo ignores a pass without HOOK
            program = build_program(shader, hook_pass, hook_pass.hooks[0], VULKAN_1_2)
            start = time.perf_counter()
            result = toolchain.compile(program.text, program.stage, "vulkan1.2")
            seconds = time.perf_counter() - start
            if result.timed_out:
                raise ShadergenError(f"{path}: {hook_pass.name_for_errors}: {GLSLANG} did not finish "
                                     f"compiling it for Vulkan within {TOOL_TIMEOUT_S} s")
            if not result.ok:
                raise ShadergenError(f"{path}: {hook_pass.name_for_errors}: glslang cannot compile it for "
                                     "Vulkan (shadergen lint shows why)")
            glslang_s, slowest = glslang_s + seconds, max(slowest, seconds)
            if vulkan_only(hook_pass):
                continue  # a tensor-core pass: no D3D11 driver ever compiles it
            start = time.perf_counter()
            hlsl = toolchain.cross_compile(result.output, "hlsl")
            cross_s += time.perf_counter() - start
            if not hlsl.ok:
                raise ShadergenError(f"{path}: {hook_pass.name_for_errors}: spirv-cross cannot write HLSL")
            hlsl_bytes += len(hlsl.output)
    return glslang_s, slowest, hlsl_bytes, cross_s


def _gl_compile_seconds(shader: ShaderFile) -> tuple[float, str]:
    """Seconds for the runtime to compile and link every pass (its set-up: also the TEXTURE uploads)."""
    os.environ["MESA_SHADER_CACHE_DISABLE"] = "true"  # read when the context is created
    from ..engines.opengl.context import create_gl_context
    from ..engines.opengl.runtime import Runtime

    ctx = create_gl_context()
    try:
        start = time.perf_counter()
        runtime = Runtime([shader], ctx=ctx)
        seconds = time.perf_counter() - start
        runtime.release()
        return seconds, ctx.info["GL_RENDERER"]
    finally:
        ctx.release()


def compile_cost(path, gl: bool = True) -> CompileCost:
    """Measure ``path``; ShadergenError (exit 2) when it cannot be read, parsed or compiled."""
    text = read_shader_text(path)
    shader = parse_shader(text, str(path))
    if not any(hook_pass.hooks for hook_pass in shader.passes):
        raise ShadergenError(f"{path}: no //!HOOK pass in the file, nothing to compile")
    problems = static_problems(shader)
    if problems:
        raise problems[0].error()
    data = embedded_data_bytes(shader)
    glslang_s, slowest, hlsl_bytes, cross_s = _tool_costs(str(path), shader)
    opengl = gl and not any(vulkan_only(hook_pass) for hook_pass in shader.passes)
    gl_s, renderer = _gl_compile_seconds(shader) if opengl else (None, None)
    return CompileCost(str(path), len(shader.passes), len(text.encode("utf-8")) - data, data, glslang_s,
                       slowest, hlsl_bytes, cross_s, gl_s, renderer)
