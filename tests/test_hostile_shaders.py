"""Hostile shader files and models from the fuzz run: each is refused with one line naming the file
(exit 2), or handled, in about a second where it used to hang (quadratic parsing, a compile of every
pass of a flood, a hung glslang) or crash (ints of 5000 digits, a pass without HOOK)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from cli_process import assert_one_line_error, run_cli
from click.testing import CliRunner

from shadergen.cli import cli
from shadergen.lint import glslang
from shadergen.model.compact import random_compact_state
from shadergen.model.safetensors_file import safetensors_bytes
from shadergen.mpv.limits import MAX_PARAMS, MAX_PARSED_PASSES, MAX_PASSES, static_problems
from shadergen.mpv.parse import MAX_INTEGER_DIGITS, parse_shader
from shadergen.mpv.quoting import quoted

REPOSITORY = Path(__file__).resolve().parent.parent
HEADER = "//!HOOK LUMA\n//!BIND HOOKED\n"
BODY = "vec4 hook() { return HOOKED_tex(HOOKED_pos); }\n"
PASS = HEADER + BODY
HUGE_INTEGER = "9" * 5000  # above the 4300 digits Python's int() takes
# 40 nested #defines: glslang would expand 2^40 tokens (and Mesa crash); both bombs are refused unread.
MACRO_BOMB = (
    HEADER
    + "#define M0 1.0+\n"
    + "".join(f"#define M{i} M{i - 1} M{i - 1}\n" for i in range(1, 41))
    + "vec4 hook() { return vec4(M40 1.0); }\n"
)
INVOCATION_BOMB = (HEADER + "#define F(x) x x\nvec4 hook() { return vec4(" + "F(" * 40 + "1.0+" + ")" * 40
                   + "0.0); }\n")
HANG_MARK = "// the fake compiler hangs on this pass"


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- 3: line numbers are counted once, and a pass flood stops the parser -----------------------------


def test_lint_reports_the_line_of_a_directive_after_400000_header_lines(tmp_path):
    # Counting every line from the file's start made this 4 MB header take minutes.
    lines = 400_000
    path = write(tmp_path, "many.glsl", HEADER + "//!DESC x\n" * lines + "//!COMPONENTS x\n" + BODY)
    result = run_cli("lint", path)
    assert_one_line_error(
        result, f"many.glsl: pass 1 (x): line {lines + 3}: COMPONENTS needs an integer, got 'x'"
    )


def test_line_numbers_of_many_blocks_are_those_of_the_file():
    blocks = "//!DESC a\n//!HOOK LUMA\n\n" + BODY + "\n" + "//!TEXTURE T\n//!FORMAT r8\n00\n\n"
    shader = parse_shader("// a comment\n" + blocks * 3, "s.glsl")
    assert [(p.header_line, p.body_line) for p in shader.passes] == [(2, 4), (11, 13), (20, 22)]
    assert [t.header_line for t in shader.textures] == [7, 16, 25]


@pytest.mark.parametrize("command", [["lint"], ["cost", "--no-gl"]])
def test_a_flood_of_100000_passes_is_refused_after_the_parsing_limit(tmp_path, command):
    path = write(tmp_path, "flood.glsl", PASS * 100_000)
    line = 3 * MAX_PARSED_PASSES + 1
    assert_one_line_error(
        run_cli(*command, path),
        f"flood.glsl: line {line}: more than {MAX_PARSED_PASSES} passes, far beyond shadergen's limit of "
        f"{MAX_PASSES}; the rest of the file is not read",
    )


def test_the_parser_takes_passes_up_to_its_limit():
    assert len(parse_shader(PASS * MAX_PARSED_PASSES, "s").passes) == MAX_PARSED_PASSES
    with pytest.raises(Exception, match=f"more than {MAX_PARSED_PASSES} passes"):
        parse_shader(PASS * (MAX_PARSED_PASSES + 1), "s")


def param(index: int) -> str:
    return f"//!PARAM p{index}\n//!TYPE float\n0.5\n\n"


@pytest.mark.parametrize("command", [["lint"], ["run", "-i", "CEL", "-o", "out.png"]])
def test_a_flood_of_40000_params_is_refused_by_the_parser(tmp_path, command):
    # glslang's time grows with the square of the PARAM count: 40,000 hung lint's compile past 10 s.
    path = write(tmp_path, "params.glsl", "".join(param(i) for i in range(40_000)) + PASS)
    command = [str(REPOSITORY / "shadergen/data/cel_luma_128x96.png") if c == "CEL" else c for c in command]
    command = [str(tmp_path / c) if c == "out.png" else c for c in command]
    assert_one_line_error(
        run_cli(*command, path),
        f"params.glsl: line {4 * MAX_PARAMS + 1}: more than {MAX_PARAMS} PARAM blocks, shadergen's limit "
        "(mpv's own renderer takes 16); the rest of the file is not read",
    )
    assert not (tmp_path / "out.png").exists()


def test_the_parser_takes_params_up_to_its_limit():
    shader = parse_shader("".join(param(i) for i in range(MAX_PARAMS)) + PASS, "s")
    assert len(shader.params) == MAX_PARAMS
    with pytest.raises(Exception, match=f"more than {MAX_PARAMS} PARAM blocks"):
        parse_shader("".join(param(i) for i in range(MAX_PARAMS + 1)) + PASS, "s")


# ---- 4 and 10: cost checks the limits before compiling, and skips a pass without HOOK ----------------


def test_cost_refuses_1000_passes_before_compiling_any(tmp_path):
    path = write(tmp_path, "flood1000.glsl", PASS * 1000)
    assert_one_line_error(
        run_cli("cost", "--no-gl", path),
        f"flood1000.glsl: 1000 passes, more than shadergen's limit of {MAX_PASSES}",
    )


def test_cost_of_a_file_whose_only_pass_has_no_hook_is_one_line(tmp_path):
    path = write(tmp_path, "no_hook.glsl", "//!BIND HOOKED\n" + BODY)
    assert_one_line_error(
        run_cli("cost", path), "no_hook.glsl: no //!HOOK pass in the file, nothing to compile"
    )


def test_cost_skips_a_pass_without_hook_as_libplacebo_does(tmp_path):
    path = write(tmp_path, "half.glsl", "//!BIND HOOKED\n" + BODY + PASS)
    result = run_cli("cost", "--no-gl", "--json", path)
    assert result.returncode == 0, result.stderr
    [cost] = json.loads(result.stdout)["shaders"]
    assert cost["passes"] == 2 and cost["glslang_s"] > 0 and cost["hlsl_bytes"] > 0


# ---- 5: build refuses a network beyond the pass limit before writing its shader ----------------------


def test_build_refuses_2000_convolutions_before_generating_the_shader(tmp_path):
    model = tmp_path / "n2000.safetensors"
    model.write_bytes(safetensors_bytes(random_compact_state(1, 1, 2000, 2, seed=1)))
    output = tmp_path / "o.glsl"
    result = run_cli("build", model, "--weights-in", "texture", "-o", output)
    assert_one_line_error(
        result,
        f"n2000.safetensors: the shader would have 2000 passes, more than shadergen's limit of {MAX_PASSES}",
    )
    assert not output.exists()


# ---- 9: integers of 5000 digits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("//!PARAM p\n//!TYPE int\n" + HUGE_INTEGER + "\n" + PASS, "PARAM p: line 1"),
        ("//!PARAM p\n//!TYPE int\n//!MINIMUM " + HUGE_INTEGER + "\n1\n" + PASS, "PARAM p: line 1"),
        ("//!TEXTURE T\n//!SIZE " + HUGE_INTEGER + " 1\n//!FORMAT r8\n00\n" + PASS, "TEXTURE T: line 2"),
        (HEADER + "//!COMPONENTS " + HUGE_INTEGER + "\n" + BODY, "pass 1: line 3"),
        (HEADER + "//!COMPUTE 8 " + HUGE_INTEGER + "\n" + BODY, "pass 1: line 3"),
    ],
)
def test_an_integer_of_5000_digits_is_a_parse_error(tmp_path, text, where):
    path = write(tmp_path, "big.glsl", text)
    assert_one_line_error(
        run_cli("lint", path),
        f"big.glsl: {where}: the integer {quoted(HUGE_INTEGER)} has more than {MAX_INTEGER_DIGITS} digits",
    )


def test_cost_and_run_refuse_an_integer_of_5000_digits_too(tmp_path):
    path = write(tmp_path, "big.glsl", HEADER + "//!COMPONENTS " + HUGE_INTEGER + "\n" + BODY)
    for args in (["cost", path], ["run", path, "-i", tmp_path / "in.png", "-o", tmp_path / "o.png"]):
        assert_one_line_error(run_cli(*args), "big.glsl: pass 1: line 3: the integer '9999")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.glsl"]


def test_long_integers_within_the_digit_limit_still_reach_the_range_checks():
    digits = "9" * MAX_INTEGER_DIGITS
    shader = parse_shader(HEADER + f"//!COMPONENTS {digits}\n" + BODY, "s")
    [problem] = static_problems(shader)
    assert problem.message == f"COMPONENTS {digits} is outside 0..4"
    padded = parse_shader(HEADER + "//!COMPONENTS " + "0" * 5000 + "3\n" + BODY, "s")
    assert padded.passes[0].components == 3


# ---- 12a: a directive of megabytes is quoted short ---------------------------------------------------


def test_a_20_megabyte_width_line_gives_a_short_error(tmp_path):
    path = write(tmp_path, "wide.glsl", HEADER + "//!WIDTH " + "1 " * 10_000_000 + "\n" + BODY)
    result = run_cli("lint", path)
    assert_one_line_error(
        result,
        "wide.glsl: pass 1: line 3: bad RPN in WIDTH '1 1 1 ",
        " 1 …' (19999999 characters): 10000000 tokens, more than libplacebo's limit of 32",
    )
    assert len(result.stderr) < 300


def test_a_long_desc_and_texture_name_are_cut_short_in_errors(tmp_path):
    desc = "D" * 1_000_000
    path = write(tmp_path, "desc.glsl", HEADER + f"//!DESC {desc}\n//!OFFSET x\n" + BODY)
    result = run_cli("lint", path)
    assert_one_line_error(result, f"desc.glsl: pass 1 ({'D' * 80}…): line 4: OFFSET needs 'ALIGN'")
    assert len(result.stderr) < 300
    path = write(
        tmp_path, "tex.glsl", f"//!TEXTURE {'T' * 1_000_000}\n//!FORMAT r8\n//!FILTER CUBIC\n00\n" + PASS
    )
    result = run_cli("lint", path)
    assert_one_line_error(result, f"tex.glsl: TEXTURE {'T' * 72}…: line 3: FILTER must be LINEAR or NEAREST")
    assert len(result.stderr) < 300


def test_quoted_keeps_short_text_and_cuts_long_text():
    assert quoted("it's") == repr("it's")
    assert quoted("x" * 81, limit=80) == f"'{'x' * 80}…' (81 characters)"


# ---- a compiler that hangs: lint and cost give up after one timeout ----------------------------------


@pytest.fixture
def one_second_tools(monkeypatch, tmp_path):
    """glslangValidator times out after 1 s, and hangs on a source holding HANG_MARK (a stand-in on
    PATH for a compiler that hangs; the real one runs every other source)."""
    monkeypatch.setattr(glslang, "TOOL_TIMEOUT_S", 1)
    real = shutil.which(glslang.GLSLANG)
    fake = tmp_path / "fake-tools" / glslang.GLSLANG
    fake.parent.mkdir()
    fake.write_text(f"""#!/bin/sh
for argument; do [ -f "$argument" ] && grep -q '{HANG_MARK}' "$argument" && exec sleep 30; done
exec {real} "$@"
""")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")


HUNG_PASS = HEADER + HANG_MARK + "\n" + BODY


def test_lint_gives_up_on_a_hung_compiler_after_one_timeout(tmp_path, one_second_tools):
    path = write(tmp_path, "hang.glsl", PASS + HUNG_PASS + PASS)
    result = CliRunner().invoke(cli, ["lint", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"shadergen: error: {path}: pass 2: glslangValidator timed out after 1 s on this pass (a hung "
        "compiler: e.g. macros that expand without end); lint gives up on the file"
    ]


def test_cost_gives_up_on_a_hung_compiler_after_one_timeout(tmp_path, one_second_tools):
    path = write(tmp_path, "hang.glsl", HUNG_PASS)
    result = CliRunner().invoke(cli, ["cost", "--no-gl", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"shadergen: error: {path}: pass 1: glslangValidator did not finish compiling it for Vulkan "
        "within 1 s"
    ]


def test_a_toolchain_that_gave_up_runs_nothing_more(one_second_tools):
    source = "#version 450\n" + HANG_MARK + "\nvoid main() {}\n"
    with glslang.Toolchain() as toolchain:
        hung = toolchain.compile(source, "frag")
        after = toolchain.compile("#version 450\nvoid main() {}\n", "frag")
    assert hung.timed_out and not hung.ok and toolchain.gave_up
    assert after.abandoned and not after.timed_out and not after.ok


# ---- macros that expand without end: refused before any compiler sees them --------------------------


@pytest.mark.parametrize("bomb", [MACRO_BOMB, INVOCATION_BOMB], ids=["defines", "invocations"])
@pytest.mark.parametrize("command", ["run", "cost", "bench"])
def test_a_preprocessor_bomb_never_reaches_a_compiler(tmp_path, bomb, command):
    """Mesa's preprocessor took all the memory (or crashed) and glslang 3.3 GB in 3 s on these."""
    from fuzz_cases import input_image

    (tmp_path / "in.png").write_bytes(input_image())
    shader = write(tmp_path, "bomb.glsl", PASS + bomb)
    options = {"run": ["-i", tmp_path / "in.png", "-o", tmp_path / "out.png"], "cost": [],
               "bench": ["--size", "64x48"]}[command]
    result = run_cli(command, shader, *options, timeout=30)
    assert_one_line_error(result, "bomb.glsl: pass 2: line 6: its macros expand to more than 1048576 tokens")
    assert not (tmp_path / "out.png").exists()


def test_lint_reports_a_preprocessor_bomb_and_compiles_the_other_passes(tmp_path):
    path = write(tmp_path, "bomb.glsl", PASS + INVOCATION_BOMB)
    result = CliRunner().invoke(cli, ["lint", "--json", str(path)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert [f["message"] for f in report["findings"]] == [
        "its macros expand to more than 1048576 tokens (a preprocessor bomb: no compiler is given it)"]
    assert [bool(p["targets"]) for p in report["passes"]] == [True, False]


def test_the_largest_macro_expansion_shipped_is_far_below_the_limit():
    """ArtCNN C4F32's compute fp32 file: 25,582 tokens in its largest pass, the most in dist/ (the
    official C4F32 shader 30,392, CuNNy 4x32-DS 49,100: bench/peers, fetched for benchmarks)."""
    from shadergen.mpv.macro_expansion import MAX_EXPANDED_TOKENS, expanded_size

    text = (REPOSITORY / "dist" / "ArtCNN_C4F32_compute_fp32.glsl").read_text(encoding="utf-8")
    largest = max(expanded_size(p.body) for p in parse_shader(text, "C4F32.glsl").passes)
    assert largest == 25582
    assert expanded_size("#define F(x) x x\n" + "F(" * 10 + "a" + ")" * 10) == 1024
    assert expanded_size("#define A a b\n#define B A A\n#define C C B\nC") == 5  # C inside C stays a name
    assert 30 * largest < MAX_EXPANDED_TOKENS


CHAIN = "#define M0 1.0+\n" + "".join(f"#define M{i} M{i - 1} M{i - 1}\n" for i in range(1, 41))
USE_M40 = "vec4 hook() { return vec4(M40 1.0); }\n"
# The second fuzz run's ways around a count of #define chains only (each under 2 KB).
BOMBS_AROUND_A_NAIVE_COUNT = {
    "invocations in a replacement": "#define F(x) x x\n#define B " + "F(" * 40 + "1.0+" + ")" * 40 + "\n"
                                    "vec4 hook() { return vec4(B 1.0); }\n",
    "function-like chain": "#define F0(x) x x\n"
                           + "".join(f"#define F{i + 1}(x) F{i}(F{i}(x))\n" for i in range(5))
                           + "vec4 hook() { return vec4(F5(1.0+) 1.0); }\n",
    "pasted name": CHAIN + "#define CAT(a,b) a##b\nvec4 hook() { return vec4(CAT(M,40) 1.0); }\n",
    "undef after use": CHAIN + USE_M40 + "#undef M40\n#define M40 1.0+\n",
    "dead branch": CHAIN.replace("#define M40 M39 M39\n", "")
                   + "#if 1\n#define M40 M39 M39\n#else\n#define M40 1.0+\n#endif\n" + USE_M40,
    "used in #if": CHAIN + "#if M40 1\n#endif\n" + BODY,
    "comment in the directive": CHAIN.replace("#define", "#/**/define") + USE_M40,
    "continuation in the directive": CHAIN.replace("#define", "#def\\\nine") + USE_M40,
    "alias of a function-like macro": "#define F(x) x x\n#define G F\nvec4 hook() { return vec4("
                                      + "G(" * 40 + "1.0+" + ")" * 40 + " 1.0); }\n",
    "forward references": "".join(f"#define M{i} M{i + 1} M{i + 1}\n" for i in range(40))
                          + "#define M40 1.0+\nvec4 hook() { return vec4(M0 1.0); }\n",
}


@pytest.mark.parametrize("source", BOMBS_AROUND_A_NAIVE_COUNT.values(), ids=BOMBS_AROUND_A_NAIVE_COUNT)
def test_the_count_is_an_upper_bound_that_tricks_do_not_lower(source):
    from shadergen.mpv.macro_expansion import MAX_EXPANDED_TOKENS, expanded_size

    assert expanded_size(source) > MAX_EXPANDED_TOKENS


def test_long_chains_and_empty_leaves_are_counted_in_linear_time():
    """10,000 definitions each using the next (forward) or the one before, and a doubling chain
    whose leaf is empty (2^40 empty expansions: nothing): small counts, no deep recursion, no hang."""
    from shadergen.mpv.macro_expansion import expanded_size

    forward = "".join(f"#define M{i} M{i + 1}\n" for i in range(10_000)) + "#define M10000 1.0\nM0"
    backward = "#define M0 1.0\n" + "".join(f"#define M{i + 1} M{i}\n" for i in range(10_000)) + "M10000"
    empty = "".join(f"#define M{i} M{i + 1} M{i + 1}\n" for i in range(40)) + "#define M40\nM0 x"
    assert (expanded_size(forward), expanded_size(backward), expanded_size(empty)) == (1, 1, 1)
