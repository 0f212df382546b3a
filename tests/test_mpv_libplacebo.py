"""The libplacebo facts the runtime, the linter and the planner share (shadergen/mpv/libplacebo.py)."""

from __future__ import annotations

from shadergen.engines.opengl.runtime import EMULATED_STAGES, SILENT_STAGES, UNEMULATED_STAGES
from shadergen.mpv.libplacebo import STAGE_NAMES, strip_comments


def test_the_runtime_sorts_every_stage_once():
    stages = [*EMULATED_STAGES, *SILENT_STAGES, *UNEMULATED_STAGES]
    assert len(stages) == len(set(stages)) == 16
    assert set(stages) | {"MAIN"} == set(STAGE_NAMES)  # MAIN is MAINPRESUB


def test_comments_are_stripped_keeping_lines_and_token_boundaries():
    text = "vec4/**/hook() // a\n/* two\nlines */float x; // b\n"
    assert strip_comments(text) == "vec4 hook() \n\nfloat x; \n"
