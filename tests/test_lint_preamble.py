"""The libplacebo-style program around a pass: where the body lands, what each dialect declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from shadergen.lint.preamble import (
    GLES_COMPUTE,
    GLES_FRAGMENT,
    HIDDEN_MACRO_SUFFIX,
    OPENGL_4_5,
    VULKAN_1_1,
    VULKAN_1_2,
    build_program,
    hide_unsupported_extension_macros,
)
from shadergen.mpv.libplacebo import resolve_bind
from shadergen.mpv.parse import load_shader

SHADERS = Path(__file__).parent / "shaders" / "lint"
DIALECTS = [VULKAN_1_1, VULKAN_1_2, OPENGL_4_5, GLES_FRAGMENT]


def _lines(text: str) -> list[str]:
    return text.split("\n")


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.target)
def test_body_is_pasted_verbatim_where_the_map_says(dialect):
    shader = load_shader(SHADERS / "syntax_error.glsl")
    hook_pass = shader.passes[1]
    program = build_program(shader, hook_pass, "LUMA", dialect)
    start = program.body.program_line - 1
    body_lines = _lines(hook_pass.body.rstrip("\n"))
    assert _lines(program.text)[start : start + len(body_lines)] == body_lines
    assert program.body.line_count == len(body_lines)
    assert program.body.file_line == hook_pass.body_line == 17
    # The undeclared identifier sits on file line 24.
    program_line = start + 1 + next(i for i, line in enumerate(body_lines) if "undeclared_weight" in line)
    assert program.body.to_file_line(program_line) == 24


def test_dialects_declare_what_libplacebo_declares():
    shader = load_shader(SHADERS / "clean_compute.glsl")
    hook_pass = shader.passes[0]
    texts = {
        d.target: build_program(shader, hook_pass, "LUMA", d).text for d in (*DIALECTS[:3], GLES_COMPUTE)
    }
    assert [texts[t].count("GL_KHR_shader_subgroup_") for t in ("vulkan1.1", "vulkan1.2", "opengl4.5")] == [
        5,
        7,
        0,
    ]
    assert _lines(texts["gles"])[0] == "#version 310 es"
    assert "binding=" not in texts["opengl4.5"] and "push_constant" not in texts["opengl4.5"]
    assert "layout(binding=1, rgba16f) writeonly restrict uniform image2D" in texts["vulkan1.2"]
    assert "layout(rgba16f) writeonly restrict uniform highp image2D" in texts["gles"]
    # libplacebo ≥ 6 samples with an explicit LOD and reads the size from the texture; v4 did neither.
    assert "vec4(textureLod(_1, pos, 0.0)))" in texts["vulkan1.2"]
    assert "#define LUMA_size vec2(textureSize(_1, 0))" in texts["vulkan1.2"]
    assert "texture(_1, pos)" in texts["vulkan1.1"] and "textureSize" not in texts["vulkan1.1"]
    assert all("#define out_image " in text and "#define random " in text for text in texts.values())


def test_gles_3_0_fragment_has_no_gather_and_precision_statements():
    shader = load_shader(SHADERS / "clean_fragment.glsl")
    text = build_program(shader, shader.passes[0], "LUMA", GLES_FRAGMENT).text
    assert _lines(text)[0] == "#version 300 es"
    assert "precision highp float;" in text and "precision mediump sampler2D;" in text
    assert "textureGather" not in text
    assert "textureGather" in build_program(shader, shader.passes[0], "LUMA", OPENGL_4_5).text


def test_duplicate_bind_emits_the_macro_set_twice_like_libplacebo():
    shader = load_shader(SHADERS / "duplicate_bind.glsl")
    program = build_program(shader, shader.passes[0], "LUMA", VULKAN_1_2)
    assert program.text.count("#define LUMA_raw ") == 2
    assert program.bound_textures == ("LUMA", "LUMA")


def test_generated_identifiers_map_back_to_user_names():
    shader = load_shader(SHADERS / "clean_fragment.glsl")
    program = build_program(shader, shader.passes[1], "LUMA", VULKAN_1_2)
    names = {program.macro_of[ident] for ident in program.macro_of}
    assert {"LUMA_raw", "LUMA_pos", "SHARP_raw", "random", "frame", "linearize"} <= names


@pytest.mark.parametrize(
    ("name", "stage", "expected"),
    [
        ("HOOKED", "LUMA", ("LUMA", True, False)),
        ("HOOKED", "MAIN", ("MAINPRESUB", True, True)),
        ("MAIN", "LUMA", ("MAINPRESUB", False, True)),
        ("SHARP", "LUMA", ("SHARP", False, False)),
    ],
)
def test_bind_aliases(name, stage, expected):
    resolved = resolve_bind(name, stage)
    assert (resolved.name, resolved.hooked, resolved.mainpresub) == expected


def test_hide_unsupported_extension_macros_only_touches_conditionals():
    body = (
        "#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable\n"
        "#ifdef GL_EXT_shader_explicit_arithmetic_types_float16\n"
        "#elif defined(GL_ARB_gpu_shader_int64) || defined(GL_KHR_shader_subgroup_basic)\n"
        "#endif\n"
        "float GL_EXT_shader_explicit_arithmetic_types_float16_x;\n"
    )
    assert hide_unsupported_extension_macros(body) == (
        "#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable\n"
        f"#ifdef GL_EXT_shader_explicit_arithmetic_types_float16{HIDDEN_MACRO_SUFFIX}\n"
        "#elif defined(GL_ARB_gpu_shader_int64) || "
        f"defined(GL_KHR_shader_subgroup_basic{HIDDEN_MACRO_SUFFIX})\n"
        "#endif\n"
        "float GL_EXT_shader_explicit_arithmetic_types_float16_x;\n"
    )
