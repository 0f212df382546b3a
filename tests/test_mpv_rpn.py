"""The RPN language of WIDTH/HEIGHT/WHEN, against libplacebo's rules (mpv-hooks.md §2)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shadergen.mpv.rpn import MAX_TOKENS, RPN, RPNError

SIZES = {
    "HOOKED.w": 64.0,
    "HOOKED.h": 48.0,
    "LUMA.w": 64.0,
    "OUTPUT.w": 256.0,
    "strength": 0.5,
    "MODE_B": 1.0,
}


def evaluate(text: str) -> float:
    return RPN.parse(text).evaluate(SIZES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HOOKED.w 2 *", 128.0),
        ("HOOKED.width 2 /", 32.0),
        ("HOOKED.height 1 +", 49.0),
        ("OUTPUT.w LUMA.w 1.200 * >", 1.0),
        ("7 3 %", 1.0),
        ("0 7 - 3 %", -1.0),  # fmodf keeps the dividend's sign
        ("0 1 -", -1.0),  # negative constants must be written as a subtraction
        ("2 3 <", 1.0),
        ("2 3 >", 0.0),
        ("0 !", 1.0),
        ("5 !", 0.0),
        ("1 2 >= ", 0.0),  # only the first character counts: '>=' is GT
        ("3 3 ==", 1.0),  # '==' is EQ
        ("3 !=", 0.0),  # '!=' is NOT
        ("strength 4 *", 2.0),
        ("MODE_B 1 =", 1.0),
        ("1  2   +", 3.0),  # empty tokens between spaces are skipped
        ("1e1 2.5 *", 25.0),
    ],
)
def test_evaluates_like_libplacebo(text, expected):
    assert evaluate(text) == expected


def test_fuzzy_equality_tolerates_one_part_in_a_million():
    assert evaluate("1000000 1000000.5 =") == 1.0
    assert evaluate("1000 1000.01 =") == 0.0


def test_equal_negative_numbers_compare_false_as_in_libplacebo():
    # fabsf(a - b) <= 1e-6 * fmaxf(a, b) is 0 <= negative: false.
    assert evaluate("0 2 - 0 2 - =") == 0.0


def test_arithmetic_is_single_precision():
    # 16777217 is not a float32: it rounds to 16777216, so adding 1 changes nothing.
    assert evaluate("16777216 1 +") == 16777216.0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1 +", "stack underflow"),
        ("1 2", "2 values left"),
        ("", "0 values left"),
        ("1 0 /", "non-finite"),
        ("NOPE.w", "unknown texture 'NOPE.w'"),
        ("missing_param", "unknown variable 'missing_param'"),
    ],
)
def test_evaluation_errors_say_why(text, problem):
    with pytest.raises(RPNError, match=problem):
        evaluate(text)


def test_token_classification():
    rpn = RPN.parse("HOOKED.w LUMA.height strength -1 .5 3")
    assert [t.kind for t in rpn.tokens] == ["width", "height", "var", "op", "var", "const"]
    assert rpn.textures() == {"HOOKED", "LUMA"}
    assert rpn.parameters() == {"strength", ".5"}  # ".5" does not start with a digit: a variable
    assert rpn.variables() == {"HOOKED", "LUMA", "strength", ".5"}


@pytest.mark.parametrize("text", ["2x", "1.5.2", "0x10", "3e"])
def test_bad_literals_are_parse_errors(text):
    with pytest.raises(RPNError, match="not a number"):
        RPN.parse(text)


def test_token_limit():
    RPN.parse(" ".join(["1"] * MAX_TOKENS))
    with pytest.raises(RPNError, match=f"more than libplacebo's limit of {MAX_TOKENS}"):
        RPN.parse(" ".join(["1"] * (MAX_TOKENS + 1)))


@given(st.integers(1, 4096), st.integers(1, 4096), st.integers(1, 8))
def test_scaling_expressions_match_float32_arithmetic(width, height, factor):
    lookup = {"HOOKED.w": width, "HOOKED.h": height}
    expected = np.float32(width) * np.float32(factor) / np.float32(height)
    assert RPN.parse(f"HOOKED.w {factor} * HOOKED.h /").evaluate(lookup) == float(expected)
