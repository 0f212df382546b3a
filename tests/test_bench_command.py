"""``shadergen bench``: the JSON's structure and the numbers that must hold between its fields.

Runs on llvmpipe at 64x48 with 3 timed frames after 1 warm-up. No timing threshold is asserted:
only relations (times > 0, p90 >= median, frame = sum of passes, TFLOP/s = FLOPs / time).
"""

import json
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from shadergen.cli import cli
from shadergen.codegen.generate import generate_from_file
from shadergen.model.load import load_model
from shadergen.mpv.parse import load_shader

REPO = Path(__file__).resolve().parent.parent
C4F16 = REPO / "weights" / "ArtCNN_C4F16.keras"
C2F8 = Path(__file__).parent / "data" / "keras" / "c2f8.keras"
DOUBLER = Path(__file__).parent / "shaders" / "runtime" / "luma_doubler.glsl"
SIZE = (64, 48)
FRAMES, WARMUP = 3, 1
ISSUE_6_C4F16_FLOPS_PER_PIXEL = 24_480  # issue 6: "FLOPs per low-res pixel: C4F16 24,480"
# Sum of the per-pass medians against the median frame time: equal when every frame takes the same
# time; a factor of 2 leaves room for a CI machine whose other jobs slow single frames down.
PASS_SUM_FACTOR = 2.0
REL = 1e-9  # float round-off between the report's numbers and the same numbers recomputed here


def bench(*args):
    return CliRunner().invoke(cli, ["bench", *map(str, args)])


@pytest.fixture(scope="module")
def shaders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench")
    paths = {}
    for variant in ("compute", "fragment"):
        path = folder / f"C4F16_{variant}.glsl"
        path.write_text(generate_from_file(C4F16, variant=variant, precision="fp32").text)
        paths[variant] = path
    return paths


@pytest.fixture(scope="module")
def report(shaders):
    result = bench(
        shaders["compute"],
        shaders["fragment"],
        DOUBLER,
        "--size",
        f"{SIZE[0]}x{SIZE[1]}",
        "--frames",
        FRAMES,
        "--warmup",
        WARMUP,
        "--json",
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_top_level_names_the_gpu_and_the_run(report):
    assert report["renderer"] and report["driver"] and report["driver"] in report["gl_version"]
    assert report["input_size"] == list(SIZE)
    assert report["target_size"] == [2 * SIZE[0], 2 * SIZE[1]]
    assert (report["frames"], report["warmup"]) == (FRAMES, WARMUP)
    assert "GL_TIME_ELAPSED" in report["method"] and "sum" in report["method"]
    assert [Path(s["shader"]).name for s in report["shaders"]] == [
        "C4F16_compute.glsl",
        "C4F16_fragment.glsl",
        DOUBLER.name,
    ]


def test_times_are_positive_and_p90_is_not_below_the_median(report):
    for shader in report["shaders"]:
        assert {"shader", "median_ms", "p90_ms", "passes", "tflops"} <= set(shader)
        assert len(shader["frame_ms"]) == FRAMES
        assert all(t > 0 for t in shader["frame_ms"])
        assert shader["median_ms"] > 0
        assert shader["p90_ms"] >= shader["median_ms"]
        assert shader["median_ms"] == pytest.approx(np.median(shader["frame_ms"]), rel=REL)
        assert shader["p90_ms"] == pytest.approx(np.percentile(shader["frame_ms"], 90), rel=REL)
        assert max(shader["frame_ms"]) >= shader["p90_ms"]


def test_one_entry_per_pass_with_its_desc(report):
    for shader in report["shaders"]:
        parsed = load_shader(shader["shader"])
        assert len(shader["passes"]) == len(parsed.passes)
        assert [p["desc"] for p in shader["passes"]] == [p.label for p in parsed.passes]
        assert all(set(p) >= {"desc", "median_ms"} and p["median_ms"] > 0 for p in shader["passes"])
    compute, fragment = report["shaders"][:2]
    text = Path(compute["shader"]).read_text()
    announced = int(re.search(r"^// (\d+) passes", text, re.MULTILINE)[1])
    assert len(compute["passes"]) == announced
    assert len(fragment["passes"]) > len(compute["passes"])  # fragment: one pass per 4 channels


def test_a_frame_is_the_sum_of_its_passes(report):
    for shader in report["shaders"]:
        per_frame = np.sum([p["times_ms"] for p in shader["passes"]], axis=0)
        np.testing.assert_allclose(shader["frame_ms"], per_frame, rtol=REL)
        for entry in shader["passes"]:
            assert entry["median_ms"] == pytest.approx(np.median(entry["times_ms"]), rel=REL)
        pass_sum = sum(p["median_ms"] for p in shader["passes"])
        assert shader["median_ms"] / PASS_SUM_FACTOR <= pass_sum <= shader["median_ms"] * PASS_SUM_FACTOR


def test_tflops_is_the_network_flops_over_the_median_time(report):
    flops_per_pixel = load_model(C4F16).network.flops_per_pixel
    assert flops_per_pixel == ISSUE_6_C4F16_FLOPS_PER_PIXEL
    for shader in report["shaders"][:2]:
        assert shader["network"] == "ArtCNN_C4F16"
        assert shader["flops_source"].startswith("header: ")
        assert shader["flops_source"].endswith("weights/ArtCNN_C4F16.keras")
        assert shader["flops_per_frame"] == flops_per_pixel * SIZE[0] * SIZE[1]
        expected = shader["flops_per_frame"] / (shader["median_ms"] * 1e-3) / 1e12
        assert shader["tflops"] == pytest.approx(expected, rel=REL)
        assert (shader["variant"], shader["precision"]) == (
            Path(shader["shader"]).stem.split("_")[1],
            "fp32",
        )


def test_a_shader_without_a_header_has_no_rate(report):
    doubler = report["shaders"][2]
    assert doubler["tflops"] is None and doubler["flops_per_frame"] is None and doubler["network"] is None
    assert doubler["flops_source"].startswith("unknown")


def test_weights_option_gives_the_rate_of_any_shader(tmp_path):
    shader = tmp_path / "c2f8.glsl"
    shader.write_text(generate_from_file(C2F8, variant="compute").text)  # header names c2f8.keras: not found
    plain = json.loads(bench(shader, "--size", "16x12", "--frames", 2, "--warmup", 0, "--json").stdout)
    assert plain["shaders"][0]["tflops"] is None
    assert "c2f8.keras" in plain["shaders"][0]["flops_source"]
    result = bench(
        DOUBLER, shader, "--weights", C2F8, "--size", "16x12", "--frames", 2, "--warmup", 0, "--json"
    )
    assert result.exit_code == 0, result.output
    flops = load_model(C2F8).network.flops_per_pixel * 16 * 12
    for entry in json.loads(result.stdout)["shaders"]:
        assert entry["flops_per_frame"] == flops
        assert entry["tflops"] == pytest.approx(flops / (entry["median_ms"] * 1e-3) / 1e12, rel=REL)


def test_text_output_lists_every_pass(shaders):
    result = bench(shaders["compute"], "--size", "32x24", "--frames", 2, "--warmup", 0)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("GPU: ")
    summary = [line for line in lines if line.startswith(str(shaders["compute"]))]
    assert len(summary) == 1 and "median" in summary[0] and "TFLOP/s" in summary[0]
    pass_lines = [line for line in lines if re.match(r"^\s+\d+\s+[\d.]+ ms\s", line)]
    assert len(pass_lines) == len(load_shader(shaders["compute"]).passes)


def _one_line_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shadergen: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("size", ["64by48", "0x48", "64x", "-4x4", "64x48x2"])
def test_bad_size_is_one_line_and_exit_2(size):
    _one_line_error(bench(DOUBLER, "--size", size), "--size", repr(size))


def test_target_above_the_largest_texture_is_one_line_and_exit_2():
    _one_line_error(bench(DOUBLER, "--size", "100000x10"), "--size 100000x10", "largest texture")


def test_missing_shader_is_one_line_and_exit_2(tmp_path):
    missing = tmp_path / "nope.glsl"
    _one_line_error(bench(DOUBLER, missing, "--size", "8x8"), str(missing))


def test_file_without_passes_is_one_line_and_exit_2(tmp_path):
    empty = tmp_path / "empty.glsl"
    empty.write_text("// just a comment\n")
    _one_line_error(bench(empty, "--size", "8x8"), str(empty))
    params_only = tmp_path / "params.glsl"
    params_only.write_text("//!PARAM strength\n//!TYPE float\n0.5\n")
    _one_line_error(bench(params_only, "--size", "8x8"), str(params_only), "no //!HOOK pass")


def test_shader_that_does_not_compile_is_one_line_and_exit_2(tmp_path):
    broken = tmp_path / "broken.glsl"
    broken.write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return not_a_variable; }\n")
    _one_line_error(bench(DOUBLER, broken, "--size", "8x8", "--frames", 1), str(broken))


def test_weights_count_must_match_the_shaders():
    _one_line_error(bench(DOUBLER, DOUBLER, DOUBLER, "--weights", C2F8, "--weights", C2F8), "--weights")
