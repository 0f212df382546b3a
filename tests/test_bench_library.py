"""The benchmark's pieces: the synthetic frame, the shadergen header, the driver string, run.py's files."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from shadergen.benchmark import CHROMA_CODES, LUMA_CODES, driver_of, synthetic_frame
from shadergen.codegen.generate import generate_from_file
from shadergen.shader_header import read_header

REPO = Path(__file__).resolve().parent.parent
C2F8 = Path(__file__).parent / "data" / "keras" / "c2f8.keras"
DOUBLER = Path(__file__).parent / "shaders" / "runtime" / "luma_doubler.glsl"


def test_synthetic_frame_is_deterministic_8bit_420_noise():
    first, second = synthetic_frame(65, 49), synthetic_frame(65, 49)
    assert first.size == (65, 49) and first.chroma_size == (33, 25)  # odd sizes round chroma up
    assert first.bit_depth == 8 and not first.full_range
    for a, b, (low, high) in zip(
        (first.y, first.cb, first.cr),
        (second.y, second.cb, second.cr),
        (LUMA_CODES, CHROMA_CODES, CHROMA_CODES),
        strict=True,
    ):
        np.testing.assert_array_equal(a, b)
        codes = a * 255.0
        np.testing.assert_allclose(codes, np.round(codes), atol=1e-4)  # exact 8-bit code values
        assert codes.min() >= low - 1e-4 and codes.max() <= high + 1e-4
        assert len(np.unique(np.round(codes))) > 50  # noise, not a constant plane
    assert not np.array_equal(first.cb, first.cr)


@pytest.mark.parametrize(
    ("gl_version", "driver"),
    [
        ("4.6.0 NVIDIA 580.82.07", "NVIDIA 580.82.07"),
        ("4.5 (Core Profile) Mesa 22.3.6", "Mesa 22.3.6"),
        ("4.6 (Compatibility Profile) Mesa 24.0.1", "Mesa 24.0.1"),
        ("no version number", "no version number"),
    ],
)
def test_driver_is_gl_version_without_the_version_number(gl_version, driver):
    assert driver_of(gl_version) == driver


def test_header_of_a_generated_shader():
    text = generate_from_file(C2F8, variant="fragment", precision="fp16").text
    header = read_header(text)
    assert (header.model, header.variant, header.precision, header.weights_file) == (
        "c2f8",
        "fragment",
        "fp16",
        "c2f8.keras",
    )


def test_other_shaders_have_no_header():
    assert read_header(DOUBLER.read_text()) is None
    # A header-like line inside a pass body is code, not a header; before the first directive it is one.
    line = "// shadergen 1.0: model=x variant=compute precision=fp32\n"
    body = "vec4 hook() { return HOOKED_tex(HOOKED_pos); }\n"
    assert read_header("//!HOOK LUMA\n" + line + body) is None
    header = read_header(line + "//!HOOK LUMA\n" + body)
    assert (header.model, header.variant, header.precision, header.weights_file) == (
        "x",
        "compute",
        "fp32",
        None,
    )


def test_run_py_writes_json_and_markdown(tmp_path):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "c2f8_compute.glsl").write_text(generate_from_file(C2F8, variant="compute").text)
    (dist / "broken.glsl").write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return nope; }\n")
    out = tmp_path / "out"
    command = [
        sys.executable,
        str(REPO / "bench" / "run.py"),
        "--mode",
        "llvmpipe",
        "--dist",
        str(dist),
        "--out",
        str(out),
        "--frames",
        "1",
        "--warmup",
        "0",
        "--machine",
        "test machine",
    ]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    results = json.loads((out / "results-llvmpipe.json").read_text())
    assert results["mode"] == "llvmpipe" and results["complete"] is False  # broken.glsl failed
    (run,) = results["runs"]
    assert run["input_size"] == [480, 270] and run["frames"] == 1
    (timed,) = run["shaders"]
    assert timed["shader"].endswith("c2f8_compute.glsl") and timed["median_ms"] > 0
    assert "times_ms" not in timed["passes"][0]  # results files keep per-pass medians and frame times
    (failure,) = run["failures"]
    assert failure["shader"].endswith("broken.glsl") and "broken.glsl" in failure["error"]
    markdown = (out / "results.md").read_text()
    assert "## test machine" in markdown and run["renderer"] in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("| `c2f8_compute.glsl`"))
    assert f"{timed['median_ms']:.3f}" in row and f"{timed['p90_ms']:.3f}" in row
    assert "python bench/run.py --mode llvmpipe" in markdown


def test_clock_sampler_reads_nvidia_smi(tmp_path, monkeypatch):
    # A stand-in nvidia-smi printing two samples, as `--format=csv,noheader,nounits -lms=N` does.
    fake = tmp_path / "nvidia-smi"
    fake.write_text("#!/bin/sh\necho 1980\necho 1410\nexec sleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from gpu_clocks import ClockSampler
    finally:
        sys.path.remove(str(REPO / "bench"))
    with ClockSampler() as clocks:
        deadline = time.monotonic() + 10
        while (clocks.summary() or {}).get("samples", 0) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert clocks.summary() == {"samples": 2, "min_mhz": 1410, "median_mhz": 1980, "max_mhz": 1980}
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with ClockSampler() as absent:
        pass
    assert absent.summary() is None


def test_runtime_benchmark_uploads_once_and_reads_every_query_after_the_last_frame(monkeypatch):
    """Every pass of every frame gets its own query object (so the CPU never waits between passes),
    the planes are uploaded once, and the values come back in frame order, one per pass and frame."""
    from shadergen.engines.opengl.runtime import Runtime
    from shadergen.mpv.parse import load_shader

    shader = load_shader(DOUBLER)
    runtime = Runtime([shader], timing=True)
    uploads, reads = [], []
    surfaces = runtime.surfaces
    upload = surfaces.upload_planes
    monkeypatch.setattr(surfaces, "upload_planes", lambda *a, **k: uploads.append(1) or upload(*a, **k))
    collect = Runtime._collect
    monkeypatch.setattr(Runtime, "_collect", staticmethod(lambda s: reads.append(len(s)) or collect(s)))
    try:
        times = runtime.benchmark(synthetic_frame(32, 24), (64, 48), warmup=2, frames=3)
        pool = list(runtime._query_pool)
    finally:
        runtime.release()
    assert uploads == [1]
    assert reads == [2, 3]  # the warm-up frames in one read, then the timed frames in one read
    passes = len(shader.passes)
    assert len(times) == passes and all(len(v) == 3 and all(x > 0 for x in v) for v in times.values())
    # One distinct query per pass of a frame, for as many frames as the larger batch (3 timed).
    assert len(pool) == len({id(q) for q in pool}) == 3 * passes


def test_render_keeps_the_hand_written_sections_of_results_md(tmp_path):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from run import KEPT_MARKER, render
    finally:
        sys.path.remove(str(REPO / "bench"))
    kept = f"{KEPT_MARKER}\n\n## Written by hand\n\n| a | 1.234 |\n"
    (tmp_path / "results.md").write_text("# old generated part\n\n" + kept)
    text = render(tmp_path).read_text()
    assert text.endswith("\n" + kept) and "# old generated part" not in text
    assert render(tmp_path).read_text() == text  # rendering again changes nothing


def test_bench_reports_reads_indented_reports_one_after_another_and_one_per_line():
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from bench_reports import bench_reports
    finally:
        sys.path.remove(str(REPO / "bench"))
    first, second, third = {"shaders": [{"median_ms": 1.5}]}, {"shaders": []}, {"engine": "libplacebo"}
    text = json.dumps(first, indent=2) + "\n" + json.dumps(second, indent=2) + "\n" + json.dumps(third) + "\n"
    assert list(bench_reports(text)) == [first, second, third]
    assert list(bench_reports("\n  \n")) == []


def test_pipeline_stats_layer_sees_every_compute_pass_libplacebo_builds(tmp_path):
    """bench/pipeline_stats.py's Vulkan layer (built with gcc against the Vulkan headers) under
    libplacebo on lavapipe: one pipeline per compute pass, in pass order, with the pass's workgroup
    size and its SPIR-V. (Lavapipe reports no executable statistics; NVIDIA's driver does:
    bench/pipeline-stats-round15.json.)"""
    shader = REPO / "dist" / "ArtCNN_C4F16_compute_fp16.glsl"
    script = [sys.executable, str(REPO / "bench" / "pipeline_stats.py")]
    subprocess.run([*script, "build", "--out", str(tmp_path / "layer")], check=True, timeout=120)
    env = {**os.environ, "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR") or str(tmp_path)}
    subprocess.run([*script, "run", "--layer", str(tmp_path / "layer"), "--out", str(tmp_path / "stats"),
                    "--size", "64x48", str(shader)], check=True, timeout=300, env=env)
    folder = tmp_path / "stats" / shader.stem
    passes = json.loads((folder / "passes.json").read_text())
    threads = [tuple(int(v) for v in line.split()[3:5])
               for line in shader.read_text().splitlines() if line.startswith("//!COMPUTE ")]
    infos = sorted(folder.glob("pipeline-*.txt"))
    assert len(passes) == len(infos) == len(threads) == shader.read_text().count("\n//!HOOK ") >= 5
    for info, (tx, ty) in zip(infos, threads, strict=True):
        assert f"local_size {tx} {ty} 1\n" in info.read_text()
        spirv = info.with_suffix(".spv").read_bytes()
        assert spirv[:4] == bytes.fromhex("03022307")  # the SPIR-V magic number, little-endian
    table = subprocess.run([*script, "table", str(tmp_path / "stats")], check=True, capture_output=True,
                           text=True, timeout=60).stdout
    assert table.count("| ArtCNN_C4F16_compute_fp16 | ArtCNN_C4F16 compute conv2d") == len(threads)


def test_opengl_probes_table_sets_each_probe_against_its_models_release(tmp_path):
    """bench/opengl_probes.py table: the rounds of every probe from time's records, their mean, the
    ratio to the same model's release file and each pass's mean median."""
    def entry(name, round_number, median, passes):
        return {"shader": name, "round": round_number, "median_ms": median,
                "passes": [[f"pass {k}", value] for k, value in enumerate(passes)]}
    first = {"shaders": [entry("C4F16_release.glsl", 0, 1.0, [0.25, 0.75]),
                         entry("C4F16_head.glsl", 0, 0.8, [0.1, 0.7]),
                         entry("C4F16_head.glsl", 1, 0.9, [0.2, 0.7]),
                         entry("C4F16_release.glsl", 1, 1.2, [0.35, 0.85])]}
    second = {"shaders": [entry("C4F32_head_s8.glsl", 0, 3.0, [3.0])]}
    records = []
    for number, record in enumerate((first, second)):
        records.append(tmp_path / f"r{number}.json")
        records[-1].write_text(json.dumps(record))
    script = str(REPO / "bench" / "opengl_probes.py")
    result = subprocess.run([sys.executable, script, "table", *map(str, records)],
                            check=True, capture_output=True, text=True, timeout=120)
    assert result.stdout.splitlines() == [
        "| probe | ms per round | mean | / release | passes (ms) |", "|---|---|---:|---:|---|",
        "| `C4F16_release.glsl` | 1.000 / 1.200 | 1.100 | 1.000 | 0.300 + 0.800 |",
        "| `C4F16_head.glsl` | 0.800 / 0.900 | 0.850 | 0.773 | 0.150 + 0.700 |",
        "| `C4F32_head_s8.glsl` | 3.000 | 3.000 | — | 3.000 |"]
