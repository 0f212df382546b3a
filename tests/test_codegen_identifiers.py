"""Names and free text on their way into a shader."""

from __future__ import annotations

import pytest

from shadergen.codegen.identifiers import MAX_IDENTIFIER_LENGTH, comment_lines, sanitize_identifier


@pytest.mark.parametrize(("text", "name"), [
    ("conv2d_1", "conv2d_1"), ("ArtCNN C4F16", "ArtCNN_C4F16"), ("a//!HOOK MAIN", "a_HOOK_MAIN"),
    ("x\n;}", "x"), ("__init__", "init"), ("a__b", "a_b"), ("2x", "m2x"), ("ü", "model"), ("", "model"),
])
def test_sanitize_identifier(text, name):
    assert sanitize_identifier(text) == name


def test_sanitize_identifier_is_bounded():
    name = sanitize_identifier("layer_" * 50)
    assert len(name) <= MAX_IDENTIFIER_LENGTH and not name.endswith("_")


def test_comment_lines_cannot_start_or_hide_a_directive():
    lines = comment_lines("MIT\r\n//!HOOK MAIN\nx ///! y //!//!\n\nend")
    assert lines == ["// MIT", "// // !HOOK MAIN", "// x /// ! y // !// !", "//", "// end"]
    assert all("//!" not in line for line in lines)
