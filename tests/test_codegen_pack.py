"""Weight literals: exact float32 round trip, strictly typed GLSL floats, mat4 column order, padding."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shadergen.codegen.pack import (
    bias_groups,
    format_float,
    group_count,
    kernel_blocks,
    mat4_literal,
    round_to_half,
    vec4_literal,
)

# A GLSL floating-constant without suffix: digits with a '.', optionally an exponent (GLSL 4.60 §4.1.4).
GLSL_FLOAT = re.compile(r"^-?(\d+\.\d*|\.\d+)(e[+-]\d+)?$")
finite_float32 = st.floats(width=32, allow_nan=False, allow_infinity=False)


@settings(max_examples=2000, deadline=None)
@given(finite_float32)
def test_format_float_round_trips_every_float32_exactly(value):
    text = format_float(value)
    assert GLSL_FLOAT.match(text), text
    back = np.float32(float(text))
    assert back.tobytes() == np.float32(value).tobytes()


@pytest.mark.parametrize(("value", "text"), [
    (1.0, "1.0"), (0.0, "0.0"), (-0.0, "-0.0"), (0.1, "0.1"), (-2.5, "-2.5"), (100.0, "100.0"),
    (1e-5, "1.0e-05"), (1.5e-5, "1.5e-05"), (3.4e38, "3.4e+38"), (12345678.0, "1.2345678e+07"),
    (0.00123, "0.00123"),
])
def test_format_float_known_texts(value, text):
    assert format_float(value) == text


def test_format_float_refuses_non_finite_values():
    for value in (np.inf, -np.inf, np.nan):
        with pytest.raises(ValueError):
            format_float(value)


def test_group_count_pads_to_groups_of_four():
    assert [group_count(c) for c in (1, 3, 4, 5, 6, 8, 32)] == [1, 1, 1, 2, 2, 2, 8]


def _parse_constructor(text: str) -> np.ndarray:
    inside = text[text.index("(") + 1 : text.rindex(")")]
    return np.array([float(v) for v in inside.split(",")], dtype=np.float32)


def test_mat4_literal_column_i_is_input_lane_i():
    rng = np.random.default_rng(1)
    block = rng.normal(size=(4, 4)).astype(np.float32)  # [input lane, output lane]
    values = _parse_constructor(mat4_literal(block))
    columns = values.reshape(4, 4)  # GLSL mat4(...) fills column by column
    vector = rng.normal(size=4).astype(np.float32)
    product = sum(columns[i] * vector[i] for i in range(4))  # M * v = Σ column_i · v_i
    np.testing.assert_allclose(product, vector @ block, rtol=1e-6)
    assert mat4_literal(block, "HMAT4").startswith("HMAT4(")


def test_vec4_literal_type_and_count():
    assert vec4_literal([1, 0.5, -0.25, 2]) == "vec4(1.0, 0.5, -0.25, 2.0)"
    with pytest.raises(ValueError):
        vec4_literal([1.0, 2.0, 3.0])


def test_kernel_blocks_zero_pad_channels_not_multiple_of_four():
    rng = np.random.default_rng(2)
    kernel = rng.normal(size=(3, 3, 6, 5)).astype(np.float32)
    blocks = kernel_blocks(kernel)
    assert blocks.shape == (3, 3, 2, 2, 4, 4)
    for ci in range(8):
        for co in range(8):
            value = blocks[1, 2, ci // 4, co // 4, ci % 4, co % 4]
            expected = kernel[1, 2, ci, co] if ci < 6 and co < 5 else 0.0
            assert value == expected
    np.testing.assert_array_equal(bias_groups(np.arange(5, dtype=np.float32)),
                                  [[0, 1, 2, 3], [4, 0, 0, 0]])


def test_round_to_half_gives_exact_float16_values():
    values = np.array([0.1, -0.33333334, 1e-3, 0.7], dtype=np.float32)
    rounded = round_to_half(values)
    np.testing.assert_array_equal(rounded, values.astype(np.float16).astype(np.float32))
    # Printed and read back through float32, the value still converts to float16 exactly.
    for value in rounded:
        assert np.float16(np.float32(float(format_float(value)))) == value
