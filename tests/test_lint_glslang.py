"""The glslangValidator / spirv-cross harness: message parsing, line mapping, tool runs."""

from __future__ import annotations

import struct

import pytest

from shadergen.errors import ShadergenError
from shadergen.lint.glslang import (
    DEBIAN_PACKAGES,
    SourceMap,
    Toolchain,
    ToolMessage,
    find_tool,
    parse_glslang_messages,
)

SPIRV_MAGIC = 0x07230203

BROKEN_FRAGMENT = """#version 450
layout(location=0) out vec4 out_color;
void main() {
    out_color = vec4(1.0);
    out_color += missing;
}
"""

COMPUTE = """#version 450
layout(local_size_x = 8, local_size_y = 4) in;
layout(binding=0, rgba16f) writeonly restrict uniform image2D img;
void main() {
    imageStore(img, ivec2(gl_GlobalInvocationID.xy), vec4(1.0));
}
"""


@pytest.fixture(scope="module")
def toolchain():
    with Toolchain() as tools:
        yield tools


def test_parse_plain_and_vulkan_message_formats():
    output = (
        "/tmp/p0.frag\n"
        "ERROR: 0:12: 'foo' : undeclared identifier \n"
        "ERROR: 0:12: '' : compilation terminated \n"
        "ERROR: /tmp/x/p1.frag:7: 'binding' : sampler/texture/image requires layout(binding=X) \n"
        "WARNING: 0:3: '#extension' : extension not supported: GL_FOO\n"
        "ERROR: 3 compilation errors.  No code generated.\n"
        "ERROR: Linking fragment stage: Missing entry point: Each stage requires one entry point\n"
        "SPIR-V is not generated for failed compile or link\n"
    )
    assert parse_glslang_messages(output) == (
        ToolMessage("error", 12, "'foo' : undeclared identifier"),
        ToolMessage("error", 7, "'binding' : sampler/texture/image requires layout(binding=X)"),
        ToolMessage("warning", 3, "'#extension' : extension not supported: GL_FOO"),
        ToolMessage(
            "error", None, "Linking fragment stage: Missing entry point: Each stage requires one entry point"
        ),
    )


def test_source_map_translates_only_body_lines():
    body = SourceMap(program_line=40, line_count=5, file_line=12)
    assert [body.to_file_line(line) for line in (39, 40, 44, 45)] == [None, 12, 16, None]
    assert body.to_file_line(None) is None


@pytest.mark.parametrize("vulkan_env", [None, "vulkan1.1", "vulkan1.2"])
def test_compile_reports_the_program_line(toolchain, vulkan_env):
    result = toolchain.compile(BROKEN_FRAGMENT, "frag", vulkan_env)
    assert not result.ok
    assert result.errors == (ToolMessage("error", 5, "'missing' : undeclared identifier"),)
    assert result.output == b""


def test_vulkan_compile_gives_spirv_that_cross_compiles(toolchain):
    result = toolchain.compile(COMPUTE, "comp", "vulkan1.2")
    assert result.ok and result.messages == ()
    assert struct.unpack("<I", result.output[:4])[0] == SPIRV_MAGIC
    hlsl = toolchain.cross_compile(result.output, "hlsl")
    assert hlsl.ok and b"[numthreads(8, 4, 1)]" in hlsl.output
    msl = toolchain.cross_compile(result.output, "msl")
    assert msl.ok and b"uint3(8u, 4u, 1u)" in msl.output


def test_cross_compile_reports_spirv_cross_errors(toolchain):
    result = toolchain.cross_compile(b"\x03\x02\x23\x07not spirv at all", "hlsl")
    assert not result.ok
    assert result.messages and all(m.line is None and m.severity == "error" for m in result.messages)


def test_preprocess_resolves_conditionals_and_keeps_lines(toolchain):
    source = "#version 450\n#ifdef VULKAN\n#extension GL_EXT_foo : enable\n#endif\n#define N 3\nint a[N];\n"
    result = toolchain.preprocess(source, "comp")
    lines = result.output.decode().split("\n")
    assert result.ok
    assert lines[5].strip() == "int a[3];"
    assert not any("#extension" in line for line in lines)


def test_missing_tool_names_the_debian_packages(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ShadergenError) as error:
        find_tool("glslangValidator")
    assert DEBIAN_PACKAGES in str(error.value)
    assert error.value.exit_code == 2
