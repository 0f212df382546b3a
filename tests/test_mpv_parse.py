"""Parsing hook-syntax files the way libplacebo does (mpv-hooks.md §1)."""

import struct

import pytest

from shadergen.errors import ShadergenError
from shadergen.mpv.parse import MAX_BINDS, load_shader, parse_shader

TWO_PASSES = """// a preamble comment, dropped
//!HOOK LUMA
//!BIND HOOKED
//!DESC first
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!OFFSET -0.5 0.25
//!COMPUTE 32 16 8 8
//!COMPONENTS 1
void hook() {}
//!HOOKMAIN
//!BIND HOOKED
//!SAVE MAIN
//!WHEN OUTPUT.w MAIN.w >
vec4 hook() { return HOOKED_tex(HOOKED_pos); }
"""


def test_directives_and_line_numbers():
    shader = parse_shader(TWO_PASSES, "two.glsl")
    first, second = shader.passes
    assert (first.index, first.desc, first.hooks, first.binds) == (0, "first", ("LUMA",), ("HOOKED",))
    assert str(first.width) == "HOOKED.w 2 *" and str(first.height) == "HOOKED.h 2 *"
    assert first.offset == (-0.5, 0.25)
    assert first.compute == (32, 16, 8, 8)
    assert first.components == 1
    assert (first.header_line, first.body_line, first.body) == (2, 10, "void hook() {}\n")
    # Prefix matching: //!HOOKMAIN is HOOK MAIN; SAVE MAIN is libplacebo's alias of MAINPRESUB.
    assert second.hooks == ("MAIN",) and second.save == "MAINPRESUB"
    assert second.when.textures() == {"OUTPUT", "MAIN"}
    assert (second.header_line, second.body_line) == (11, 15)
    assert second.desc is None and second.label == "pass 2"


def test_compute_threads_default_to_the_block_size():
    shader = parse_shader("//!HOOK LUMA\n//!COMPUTE 16 8\nvoid hook() {}\n")
    assert shader.passes[0].compute == (16, 8, 16, 8)


def test_save_hooked_means_overwrite():
    assert parse_shader("//!HOOK LUMA\n//!SAVE HOOKED\nx").passes[0].save is None


def test_offset_align():
    assert parse_shader("//!HOOK CHROMA\n//!OFFSET ALIGN\nx").passes[0].offset == "ALIGN"


def test_blank_line_splits_a_header_into_two_passes():
    shader = parse_shader("//!HOOK LUMA\n\n//!BIND HOOKED\nvec4 hook() {}\n")
    assert len(shader.passes) == 2
    assert shader.passes[0].body == "\n" and shader.passes[0].binds == ()
    assert shader.passes[1].binds == ("HOOKED",) and shader.passes[1].hooks == ()


def test_magic_inside_a_comment_ends_the_body():
    shader = parse_shader("//!HOOK LUMA\nvec4 hook() { // see //!HOOK docs\n}\n")
    assert shader.passes[0].body == "vec4 hook() { // see "
    assert shader.passes[1].hooks == ("docs",) and shader.passes[1].body == "}\n"


def test_texture_block_with_whitespace_in_the_hex_data():
    data = struct.pack("<4f", 0.0, 0.5, 1.0, 0.25).hex()
    text = (
        f"//!TEXTURE LUT\n//!SIZE 2 1\n//!FORMAT rg16f\n//!FILTER LINEAR\n//!BORDER REPEAT\n"
        f"{data[:10]}\n  {data[10:]}\n//!HOOK LUMA\nx"
    )
    block = parse_shader(text).textures[0]
    assert (block.name, block.size, block.format, block.filter, block.border) == (
        "LUT",
        (2, 1),
        "rg16f",
        "LINEAR",
        "REPEAT",
    )
    assert struct.unpack("<4f", block.data) == (0.0, 0.5, 1.0, 0.25)
    assert block.header_line == 1


def test_texture_defaults_are_libplacebos():
    block = parse_shader("//!TEXTURE T\n//!FORMAT r8\n00\n").textures[0]
    assert (block.size, block.filter, block.border, block.storage) == ((1, 1), "NEAREST", "CLAMP", False)


def test_param_blocks():
    text = """//!PARAM strength
//!DESC how strong
//!TYPE DYNAMIC float
//!MINIMUM 0.0
//!MAXIMUM 2
0.5
//!PARAM taps
//!TYPE CONSTANT int
3
//!PARAM mode
//!TYPE ENUM int
FAST

SLOW
//!PARAM flag
//!TYPE DEFINE
1
//!HOOK LUMA
x"""
    strength, taps, mode, flag = parse_shader(text).params
    assert (strength.type_kind, strength.mode, strength.value, strength.minimum, strength.maximum) == (
        "float",
        "DYNAMIC",
        0.5,
        0.0,
        2.0,
    )
    assert (taps.type_kind, taps.mode, taps.value) == ("int", "CONSTANT", 3)
    assert (mode.enum, mode.minimum, mode.maximum, mode.value) == (("FAST", "SLOW"), 0, 1, 0)
    assert (flag.type_kind, flag.value) == ("DEFINE", 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "//!HOOK LUMA\n//!DESC sharpen\n//!FROB 1\nx",
            "bad.glsl: pass 1 (sharpen): line 3: unknown directive '//!FROB 1'",
        ),
        (
            "//!HOOK LUMA\nx\n//!HOOK LUMA\n//!WIDTH HOOKED.w 2x *\nx",
            "bad.glsl: pass 2: line 4: bad RPN in WIDTH 'HOOKED.w 2x *': '2x' is not a number",
        ),
        ("//!HOOK LUMA\n//!OFFSET 1\nx", "bad.glsl: pass 1: line 2: OFFSET needs 'ALIGN' or two numbers"),
        ("//!HOOK LUMA\n//!COMPUTE 8\nx", "bad.glsl: pass 1: line 2: COMPUTE needs 'bw bh' or 'bw bh tw th'"),
        ("//!HOOK LUMA\n//!COMPUTE 8 8 4\nx", "bad.glsl: pass 1: line 2: COMPUTE needs"),
        ("//!HOOK LUMA\n//!COMPONENTS two\nx", "bad.glsl: pass 1: line 2: COMPONENTS needs an integer"),
        ("void main() {}\n", "bad.glsl: no '//!' directive at all"),
        (
            "//!TEXTURE T\n//!SIZE 2 2\n//!FORMAT r8\n0011\n",
            "bad.glsl: TEXTURE T: line 4: TEXTURE data is 2 bytes, expected 4",
        ),
        ("//!TEXTURE T\n//!FORMAT r9\n00\n", "bad.glsl: TEXTURE T: line 2: unknown FORMAT 'r9'"),
        ("//!TEXTURE T\n//!FORMAT r8u\n//!FILTER LINEAR\n00\n", "integer format and cannot be LINEAR"),
        ("//!TEXTURE T\n//!FORMAT r8\nzz\n", "hexadecimal"),
        ("//!PARAM p\n//!TYPE vec2\n1\n", "bad.glsl: PARAM p: line 2: PARAM type 'vec2' is not a scalar"),
        ("//!PARAM p\n//!TYPE float\n//!MAXIMUM 1\n2\n", "initial value 2.0 above MAXIMUM 1.0"),
        ("//!PARAM p\n//!TYPE int\n1 2\n", "cannot parse initial value '1 2' as int"),
        ("//!PARAM p\n//!TYPE ENUM float\nA\n", "ENUM needs type int or DEFINE"),
        ("//!PARAM p\n//!TYPE float\n\n", "missing initial value"),
        ("//!BUFFER b\n//!VAR float x\n00000000\n", "BUFFER blocks are not supported"),
    ],
)
def test_malformed_files_give_one_line_naming_the_block(text, message):
    with pytest.raises(ShadergenError) as caught:
        parse_shader(text, "bad.glsl")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_bind_limit():
    binds = "".join(f"//!BIND T{i}\n" for i in range(MAX_BINDS + 1))
    with pytest.raises(ShadergenError, match=f"more than {MAX_BINDS} BIND lines"):
        parse_shader(f"//!HOOK LUMA\n{binds}x", "many.glsl")


def test_load_shader_reports_a_missing_file(tmp_path):
    with pytest.raises(ShadergenError, match=r"nothing\.glsl: cannot read the shader"):
        load_shader(tmp_path / "nothing.glsl")


def test_load_shader_rejects_binary_garbage(tmp_path):
    path = tmp_path / "garbage.glsl"
    path.write_bytes(b"//!HOOK LUMA\n\xff\xfe")
    with pytest.raises(ShadergenError, match="not UTF-8"):
        load_shader(path)
