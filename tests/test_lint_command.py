"""``shadergen lint`` end to end on the small shaders in tests/shaders/lint/: exit codes, the
matrix, findings with translated line numbers, and the JSON object."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from shadergen.cli import cli
from shadergen.lint.linter import TARGETS

SHADERS = Path(__file__).parent / "shaders" / "lint"
ALL_OK = {target: True for target in TARGETS}


@functools.cache
def run_lint(name: str, as_json: bool = False):
    args = ["lint", str(SHADERS / name)] + (["--json"] if as_json else [])
    return CliRunner().invoke(cli, args)


@functools.cache
def lint_json(name: str) -> dict:
    """The --json object, plus the exit status of the same run under "exit_code"."""
    result = run_lint(name, True)
    assert result.exit_code in (0, 1), result.output
    return {**json.loads(result.output), "exit_code": result.exit_code}


def cells(report: dict, pass_number: int = 1) -> dict[str, bool]:
    targets = report["passes"][pass_number - 1]["targets"]
    return {target: targets[target]["ok"] for target in TARGETS}


def errors(report: dict, check: str) -> list[dict]:
    return [f for f in report["findings"] if f["check"] == check and f["severity"] == "error"]


@pytest.mark.parametrize("name", ["clean_fragment.glsl", "clean_compute.glsl", "fp16_vulkan_guarded.glsl"])
def test_clean_shaders_pass_every_target(name):
    result = run_lint(name)
    assert result.exit_code == 0, result.output
    report = lint_json(name)
    assert report["passed"] is True and report["errors"] == 0 and report["warnings"] == 0
    for number in range(1, len(report["passes"]) + 1):
        assert cells(report, number) == ALL_OK
    matrix_rows = [line for line in result.output.splitlines() if line[:1].isdigit()]
    assert len(matrix_rows) == len(report["passes"])
    assert all(row.split()[-6:] == ["ok"] * 6 for row in matrix_rows)
    assert result.output.splitlines()[-1] == "passed: 0 errors, 0 warnings"


def test_bare_mid_shader_extension_compiles_on_vulkan_and_fails_gl():
    report = lint_json("fp16_bare_extension.glsl")
    assert cells(report) == {**ALL_OK, "opengl4.5": False, "gles": False}
    [finding] = report["findings"]
    assert finding["check"] == "mid-shader-extension"
    assert finding["line"] == 9 and finding["targets"] == ["opengl4.5", "gles"]
    assert "#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable" in finding["message"]
    result = run_lint("fp16_bare_extension.glsl")
    assert result.exit_code == 1
    assert "error: lint fp16 bare: line 9: `#extension GL_EXT_shader_explicit_arithmetic_types_float16" in (
        result.output
    )


def test_shared_memory_above_48_kib():
    report = lint_json("shared_too_large.glsl")
    assert report["exit_code"] == 1
    found = {(f["message"], tuple(f["targets"])) for f in errors(report, "shared-memory")}
    # 56 × 56 vec4 through a #define and a const int: 50176 bytes, which Mesa reports too.
    assert found == {
        ("50176 bytes of shared memory per group, above the 48 KiB limit", ("vulkan1.1", "vulkan1.2")),
        (
            "50176 bytes of shared memory per group, above the 32 KiB limit",
            ("opengl4.5", "gles", "hlsl5.0", "msl"),
        ),
    }
    assert not any(cells(report).values())


def test_more_than_1024_threads():
    report = lint_json("too_many_threads.glsl")
    assert report["exit_code"] == 1
    [finding] = errors(report, "invocations")
    assert finding["message"].startswith("COMPUTE 64 32: 2048 threads per group, above the 1024")
    assert finding["targets"] == list(TARGETS) and finding["line"] == 3


def test_user_function_named_random_collides_with_the_libplacebo_macro():
    report = lint_json("macro_collision.glsl")
    assert report["exit_code"] == 1
    [finding] = errors(report, "macro-collision")
    assert finding["line"] == 7
    assert "'random' collides with libplacebo's 'random'" in finding["message"]
    # The compilers agree, and their message names 'random', not the generated identifier.
    compile_messages = [f["message"] for f in errors(report, "compile")]
    assert "'random' : function name is redeclaration of existing name" in compile_messages


def test_duplicate_bind_of_hooked_and_the_stage_name():
    report = lint_json("duplicate_bind.glsl")
    assert report["exit_code"] == 1
    [finding] = errors(report, "duplicate-bind")
    assert finding["message"].startswith(
        "BIND HOOKED and BIND LUMA bind LUMA more than once when hooking LUMA"
    )
    assert finding["line"] == 3
    assert any("Macro redefined" in f["message"] for f in errors(report, "compile"))


def test_syntax_error_is_reported_on_the_file_line():
    report = lint_json("syntax_error.glsl")
    result = run_lint("syntax_error.glsl")
    assert result.exit_code == 1
    assert cells(report, 1) == ALL_OK
    assert not any(cells(report, 2).values())
    [finding] = report["findings"]
    assert finding == {
        "severity": "error",
        "check": "compile",
        "pass": 2,
        "label": "lint broken pass",
        "line": 24,
        "targets": ["vulkan1.1", "vulkan1.2", "opengl4.5", "gles"],
        "message": "'undeclared_weight' : undeclared identifier",
    }
    assert report["passes"][1]["targets"]["hlsl5.0"]["messages"] == ["not run: the Vulkan 1.2 compile failed"]
    assert (
        "error: lint broken pass: line 24: 'undeclared_weight' : undeclared identifier "
        "[vulkan1.1, vulkan1.2, opengl4.5, gles]" in result.output
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("garbage.glsl", "not UTF-8 text"),
        ("no_directives.glsl", "no '//!' directive at all"),
        ("unknown_directive.glsl", "line 5: unknown directive '//!FORMAT rgba16f'"),
        ("does_not_exist.glsl", "cannot read the shader"),
    ],
)
def test_unreadable_or_unparsable_file_exits_2_with_one_line(name, message):
    result = run_lint(name)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"shadergen: error: {SHADERS / name}: ")
    assert message in lines[0]
    assert "Traceback" not in result.output


def test_rules_compilers_explain_badly():
    report = lint_json("rule_errors.glsl")
    assert report["exit_code"] == 1
    found = {(f["check"], f["pass"], f["line"]) for f in report["findings"] if f["check"] != "compile"}
    assert found == {
        ("compute-only-identifier", 1, 9),  # HOOKED_map
        ("compute-only-identifier", 1, 10),  # out_image
        ("hook-signature", 2, 19),  # vec4 hook() in a compute pass: compiles, stores nothing
        ("hook-signature", 3, 28),  # void hook() in a fragment pass
        ("unknown-bind", 4, 32),
    }
    assert cells(report, 2) == ALL_OK and cells(report, 4) == ALL_OK


def test_portability_warnings_do_not_fail_the_lint():
    report = lint_json("compute_warnings.glsl")
    assert report["exit_code"] == 0
    assert report["passed"] is True and report["errors"] == 0
    assert [(f["check"], f["line"]) for f in report["findings"]] == [
        ("invocations", 4),
        ("shared-memory", 4),
        ("thread-mapping", 13),
    ]
    assert "20480 bytes" in report["findings"][1]["message"]


def test_identical_passes_are_compiled_once_and_reported_at_their_own_lines(tmp_path, monkeypatch):
    # 512 identical trivial passes took 83 s (six targets compiled per pass); each distinct program
    # now goes to glslang once, and every pass still gets its own cells and file lines.
    from shadergen.lint import glslang

    calls = []
    compile_once = glslang.Toolchain.compile

    def counted(self, source, stage, vulkan_env=None):
        calls.append(vulkan_env)
        return compile_once(self, source, stage, vulkan_env)

    monkeypatch.setattr(glslang.Toolchain, "compile", counted)
    broken = "//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return undeclared_weight; }\n"
    path = tmp_path / "copies.glsl"
    path.write_text(broken * 3)
    result = CliRunner().invoke(cli, ["lint", "--json", str(path)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert sorted(calls, key=str) == sorted([None, None, "vulkan1.1", "vulkan1.2"], key=str)
    undeclared = [f for f in report["findings"] if "undeclared_weight" in f["message"]]
    assert [(f["pass"], f["line"]) for f in undeclared] == [(1, 3), (2, 6), (3, 9)]
    assert all(not any(cells(report, n).values()) for n in (1, 2, 3))
