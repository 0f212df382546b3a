"""Counting ``shared`` bytes in a preprocessed pass body."""

from __future__ import annotations

import pytest

from shadergen.lint.shared_memory import evaluate_int, glsl_type_size, shared_usage


@pytest.mark.parametrize(
    ("glsl_type", "size", "d3d11_size"),
    [
        ("float", 4, 4),
        ("vec3", 12, 12),
        ("f16vec4", 8, 16),
        ("float16_t", 2, 4),
        ("mat4", 64, 64),
        ("mat2x3", 24, 24),
        ("f16mat4", 32, 64),
        ("dvec2", 16, 16),
        ("uint8_t", 1, 4),
        ("MyStruct", None, None),
    ],
)
def test_type_sizes(glsl_type, size, d3d11_size):
    assert glsl_type_size(glsl_type) == size
    assert glsl_type_size(glsl_type, 4) == d3d11_size


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("(16 + 2) * (16 + 2)", 324),
        ("-7 / 2", -3),  # GLSL truncates towards zero; Python's // would give -4
        ("-7 % 2", -1),
        ("3u * 4U", 12),
        ("int(5) << 2", 20),
        ("TILE * TILE", 100),
        ("UNKNOWN + 1", None),
        ("1.5 * 2", None),
        ("4 / 0", None),
    ],
)
def test_integer_constant_expressions(expression, value):
    assert evaluate_int(expression, {"TILE": 10}) == value


def test_shared_usage_sums_declarations_with_constants():
    body = (
        "const int SIDE = 8 + 2;\n"
        "const uint COUNT = uint(SIDE * SIDE);\n"
        "shared vec4 a[COUNT], b[3];\n"
        "shared highp f16vec4 halves[2][4];\n"
        "void hook() { }\n"
    )
    usage = shared_usage(body, first_line=20)
    assert usage.bytes == 100 * 16 + 3 * 16 + 8 * 8
    assert usage.d3d11_bytes == 100 * 16 + 3 * 16 + 8 * 16
    assert usage.unsized == ()


def test_unsizable_declarations_are_reported_with_their_line():
    body = "struct Cell { vec4 v; };\n\nshared Cell cells[16];\nshared float ok[4];\n"
    usage = shared_usage(body, first_line=10)
    assert usage.bytes == 16
    assert usage.unsized == ((12, "shared Cell cells[16];"),)
