"""Does lint agree with real drivers? Mesa's OpenGL compiler (through moderngl) must accept exactly
the passes lint marks ok for opengl4.5, and real libplacebo (FFmpeg's libplacebo filter on
lavapipe, Debian 12's libplacebo 4.208) must report a glslang failure exactly for the files where
lint reports a compile error for vulkan1.1."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
import pytest

from shadergen.engines.ffmpeg_oracle import OracleError, OracleUnavailable, run_libplacebo
from shadergen.lint.linter import lint_shader
from shadergen.lint.preamble import OPENGL_4_5, build_program
from shadergen.mpv.parse import load_shader
from shadergen.verification.colour_frames import frame_from_gray

SHADERS = Path(__file__).parent / "shaders" / "lint"
PARSABLE = sorted(
    path.name
    for path in SHADERS.glob("*.glsl")
    if path.name not in ("garbage.glsl", "no_directives.glsl", "unknown_directive.glsl")
)
# A small 8-bit yuv420p frame; the shaders hook LUMA, so any content will do.
FRAME_W, FRAME_H = 64, 48


@functools.cache
def report(name: str):
    return lint_shader(load_shader(SHADERS / name))


@pytest.fixture(scope="module")
def mesa():
    moderngl = pytest.importorskip("moderngl")
    try:
        ctx = moderngl.create_standalone_context(backend="egl", require=430)
    except Exception as error:  # no EGL/Mesa on this machine
        pytest.skip(f"no OpenGL 4.3 context: {error}")
    yield ctx
    ctx.release()


def _vertex_shader_for(fragment: str) -> str:
    """A pass-through vertex shader that feeds every varying the fragment program declares."""
    varyings = re.findall(r"layout\(location=(\d+)\) in vec2 (\w+);", fragment)
    outputs = "".join(f"layout(location={loc}) out vec2 {name};\n" for loc, name in varyings)
    assignments = "".join(f"{name} = position;\n" for _, name in varyings)
    return (
        "#version 450\nlayout(location=0) in vec2 position;\n"
        f"{outputs}void main() {{\ngl_Position = vec4(position, 0.0, 1.0);\n{assignments}}}\n"
    )


@pytest.mark.parametrize("name", PARSABLE)
def test_mesa_accepts_exactly_what_lint_accepts_for_opengl(mesa, name):
    shader = load_shader(SHADERS / name)
    for hook_pass, result in zip(shader.passes, report(name).passes, strict=True):
        program = build_program(shader, hook_pass, hook_pass.hooks[0], OPENGL_4_5)
        try:
            if program.stage == "comp":
                mesa.compute_shader(program.text).release()
            else:
                mesa.program(
                    vertex_shader=_vertex_shader_for(program.text), fragment_shader=program.text
                ).release()
            mesa_ok, mesa_log = True, ""
        except Exception as error:
            mesa_ok, mesa_log = False, str(error)
        assert mesa_ok == result.targets["opengl4.5"].ok, (hook_pass.label, mesa_log)


@pytest.fixture(scope="module")
def libplacebo():
    """Run a shader in real libplacebo; returns "" when it ran, else libplacebo's failure lines."""
    frame = frame_from_gray(np.zeros((FRAME_H, FRAME_W)))

    def run(shader: Path) -> str:
        try:
            run_libplacebo([shader], frame, (2 * FRAME_W, 2 * FRAME_H))
        except OracleError as error:
            return str(error)
        return ""

    try:
        run(SHADERS / "clean_fragment.glsl")
    except OracleUnavailable as error:
        pytest.skip(f"FFmpeg's libplacebo filter does not run here: {error}")
    return run


@pytest.mark.parametrize("name", PARSABLE)
def test_libplacebo_glslang_fails_exactly_when_lint_reports_a_vulkan_1_1_compile_error(libplacebo, name):
    lint_fails = any(
        f.check == "compile" and f.severity == "error" and "vulkan1.1" in f.targets
        for f in report(name).findings
    )
    log = libplacebo(SHADERS / name)
    assert ("glslang failed" in log) == lint_fails, log[-2000:]
