"""--engine libplacebo: shaders run by libplacebo's own renderer (the C helper) on lavapipe.

Against the FFmpeg-filter oracle (the same libplacebo 4.208, another front end): every runtime
feature shader of tests/shaders/runtime/ and every dist/ file agree within 1e-3 on all planes
(measured: ≤ 5.0e-4, the oracle's 16-bit output encoding; the two share one Mesa shader cache,
so each pipeline compiles once). Skipped only when libplacebo-dev is missing and CI is unset.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from mpv_oracle_cases import CASES, oracle_frame
from real_mpv_cases import cpu_dist_files

from shadergen.engines import libplacebo
from shadergen.engines.ffmpeg_oracle import ffmpeg_path, run_libplacebo
from shadergen.errors import ShadergenError
from shadergen.mpv.parse import parse_shader

REPO = Path(__file__).resolve().parent.parent
DIST = cpu_dist_files()  # not the tensor variant's: lavapipe has no cooperative matrices
TOLERANCE = 1e-3  # issue 13's acceptance bound, max abs on every plane
DIST_SIZE, DIST_TARGET = (32, 24), (64, 48)
PLANES = ("y", "cb", "cr")
BENCH_FRAMES = 3


def _libplacebo_installed() -> bool:
    return (
        shutil.which("pkg-config") is not None
        and subprocess.run(["pkg-config", "--exists", "libplacebo"], check=False).returncode == 0
    )


pytestmark = pytest.mark.skipif(
    (not _libplacebo_installed() or ffmpeg_path() is None) and not os.environ.get("CI"),
    reason="libplacebo-dev or ffmpeg is not installed (CI installs them: .ci/run)",
)


def _max_differences(shader: Path, size, target) -> dict[str, float]:
    frame = oracle_frame(size)
    ours = libplacebo.run_frame([shader], frame, target)
    expected = run_libplacebo([shader], frame, target)
    assert ours.y.shape == (target[1], target[0])
    return {p: float(np.abs(np.float64(getattr(ours, p)) - getattr(expected, p)).max()) for p in PLANES}


@pytest.mark.parametrize("case", CASES, ids=[case.case_id for case in CASES])
def test_runtime_shaders_match_the_oracle(case):
    differences = _max_differences(case.path, case.size, case.target)
    assert max(differences.values()) <= TOLERANCE, differences


@pytest.mark.parametrize("shader", DIST, ids=[path.stem for path in DIST])
def test_dist_shaders_match_the_oracle(shader):
    differences = _max_differences(shader, DIST_SIZE, DIST_TARGET)
    assert max(differences.values()) <= TOLERANCE, differences


def test_run_command_writes_the_frame_and_names_every_pass(tmp_path):
    frame = oracle_frame((64, 48))
    source = tmp_path / "in.npz"
    planes = {p: np.round(getattr(frame, p) * 255).astype(np.uint8) for p in PLANES}
    np.savez(source, range=np.array("limited"), **planes)
    shader = REPO / "tests" / "shaders" / "runtime" / "when.glsl"
    result = run_cli("run", "--engine", "libplacebo", shader, "-i", source, "-o", tmp_path / "out.npz",
                     "--json", tmp_path / "report.json", timeout=300)
    assert result.returncode == 0, result.stderr
    with np.load(tmp_path / "out.npz") as written:
        expected = run_libplacebo([shader], frame, (128, 96))
        assert np.abs(written["y"] - expected.y).max() <= TOLERANCE
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["engine"] == "libplacebo"
    assert [(p["index"], p["ran"]) for p in report["passes"]] == [(0, True), (1, False), (2, True)]
    assert "when.glsl #2 WHEN false [-] -: skipped: libplacebo did not dispatch it" in result.stdout


def test_bench_json_has_the_opengl_shape_plus_the_engine():
    shaders = [REPO / "dist/ArtCNN_C4F16_compute_fp16.glsl", REPO / "tests/shaders/runtime/luma_doubler.glsl"]
    result = run_cli("bench", "--engine", "libplacebo", "--json", "--size", "32x24", "--frames",
                     BENCH_FRAMES, "--warmup", "1", *shaders, timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["engine"] == "libplacebo"
    assert report["renderer"] and report["libplacebo"].startswith("v4.")
    assert report["input_size"] == [32, 24] and report["target_size"] == [64, 48]
    artcnn, doubler = report["shaders"]
    for entry, shader in zip((artcnn, doubler), shaders, strict=True):
        assert entry["engine"] == "libplacebo"
        file_passes = parse_shader(shader.read_text(encoding="utf-8"), shader.name).passes
        assert [p["desc"] for p in entry["passes"]] == [p.desc for p in file_passes]
        assert len(entry["frame_ms"]) == BENCH_FRAMES
        assert all(len(p["times_ms"]) == BENCH_FRAMES and p["median_ms"] > 0 for p in entry["passes"])
        sums = np.sum([p["times_ms"] for p in entry["passes"]], axis=0)
        assert np.allclose(entry["frame_ms"], sums)
        assert entry["median_ms"] == pytest.approx(float(np.median(sums)))
        assert entry["p90_ms"] >= entry["median_ms"] > 0
        assert [p["desc"] for p in entry["other_passes"]] == ["color decoding, color encoding"]
    last = "ArtCNN_C4F16 compute conv2d_5_add_conv2d_6_depth_to_space"  # the folded tail (tail_fold.py)
    assert [p["desc"] for p in artcnn["passes"]][-1] == last
    assert artcnn["tflops"] == pytest.approx(artcnn["flops_per_frame"] / (artcnn["median_ms"] * 1e-3) / 1e12)
    assert artcnn["tflops"] > 0 and doubler["tflops"] is None


def test_a_shader_libplacebo_rejects_is_one_line_with_its_message(tmp_path):
    shader = tmp_path / "broken.glsl"
    shader.write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return vec4(undefined_thing); }\n")
    picture = REPO / "tests" / "data" / "images" / "cel.png"
    result = run_cli("run", "--engine", "libplacebo", shader, "-i", picture, "-o", tmp_path / "out.png")
    assert_one_line_error(result, "libplacebo rejected the shader", "undefined_thing")
    assert not (tmp_path / "out.png").exists()


def _run_with(env_changes: dict, tmp_path):
    picture = REPO / "tests" / "data" / "images" / "cel.png"
    shader = REPO / "tests" / "shaders" / "runtime" / "luma_doubler.glsl"
    env = {**os.environ, **env_changes}
    env.pop(libplacebo.HELPER_ENV, None)
    command = [sys.executable, "-m", "shadergen", "run", "--engine", "libplacebo", str(shader),
               "-i", str(picture), "-o", str(tmp_path / "out.png")]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_missing_libplacebo_says_what_to_install(tmp_path):
    result = _run_with({"PKG_CONFIG_PATH": str(tmp_path), "PKG_CONFIG_LIBDIR": str(tmp_path)}, tmp_path)
    assert_one_line_error(result, "apt-get install libplacebo-dev pkg-config gcc mesa-vulkan-drivers")
    assert not (tmp_path / "out.png").exists()


def test_no_vulkan_device_says_what_to_install(tmp_path):
    missing = str(tmp_path / "no_icd.json")
    result = _run_with({"VK_DRIVER_FILES": missing, "VK_ICD_FILENAMES": missing}, tmp_path)
    assert_one_line_error(result, "no usable Vulkan device", "apt-get install mesa-vulkan-drivers")
    assert not (tmp_path / "out.png").exists()


def test_helper_is_built_once_into_the_cache_named_by_source_and_version(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(libplacebo.HELPER_ENV, raising=False)
    built = libplacebo.helper_path()
    version = subprocess.run(["pkg-config", "--modversion", "libplacebo"], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert built.parent == tmp_path / "shadergen" and built.name.startswith(f"libplacebo-helper-{version}-")
    stamp = built.stat().st_mtime_ns
    assert libplacebo.helper_path() == built and built.stat().st_mtime_ns == stamp
    assert [p.name for p in built.parent.iterdir()] == [built.name]  # no build leftovers


def test_a_helper_that_hangs_is_killed_and_run_again(tmp_path, monkeypatch):
    # The first run "deadlocks" (sleeps past the timeout), the second finishes.
    marker = tmp_path / "ran"
    command = ["sh", "-c", f'if [ -e "{marker}" ]; then echo done; else touch "{marker}"; sleep 20; fi']
    started = time.monotonic()
    result = libplacebo._run_helper(command, {}, timeout=1.0)
    assert (result.returncode, result.stdout) == (0, "done\n")
    assert time.monotonic() - started < 10
    monkeypatch.setattr(libplacebo, "HELPER_ATTEMPTS", 2)
    expected = r"^the libplacebo helper did not finish within 1 s in 2 attempts$"
    with pytest.raises(ShadergenError, match=expected):
        libplacebo._run_helper(["sleep", "20"], {}, timeout=1.0)
