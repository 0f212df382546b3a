"""``shadergen run``: outputs, the JSON report, and one-line errors with exit code 2."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from shadergen.cli import cli

SHADERS = Path(__file__).parent / "shaders" / "runtime"
DOUBLER = SHADERS / "luma_doubler.glsl"


@pytest.fixture
def picture(tmp_path) -> Path:
    rgb = np.random.default_rng(3).integers(0, 256, (12, 16, 3), dtype=np.uint8)
    path = tmp_path / "in.png"
    Image.fromarray(rgb).save(path)
    return path


def invoke(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args)])


def test_help_states_the_colour_and_scaler_conventions():
    text = " ".join(invoke("--help").output.split())
    assert "BT.709 full range" in text and "bilinear" in text and "left (MPEG-2) siting" in text


def test_png_in_png_out_with_a_report(tmp_path, picture):
    result = invoke(
        DOUBLER,
        SHADERS / "when.glsl",
        "--input",
        picture,
        "-o",
        tmp_path / "out.png",
        "--json",
        tmp_path / "report.json",
    )
    assert result.exit_code == 0, result.output
    assert Image.open(tmp_path / "out.png").size == (32, 24)  # default scale 2
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["target_size"] == [32, 24]
    passes = [(p["desc"], p["stage"], p["size"], p["ran"], p["skipped_reason"]) for p in report["passes"]]
    assert passes == [
        ("2x doubler (fragment, texelFetch)", "LUMA", [32, 24], True, None),
        # The doubler already made LUMA 32 wide: OUTPUT.w 32 is not > 1.2 * 32.
        (
            "WHEN true (upscaling by more than 1.2x)",
            "LUMA",
            None,
            False,
            "WHEN OUTPUT.w LUMA.w 1.200 * > is 0",
        ),
        ("WHEN false", "LUMA", None, False, "WHEN HOOKED.w 10000 > HOOKED.h 2 % 1 = + is 0"),
        ("WHEN true (0 1 - 0 <)", "LUMA", [32, 24], True, None),
    ]
    assert all(p["gpu_ms"] >= 0 for p in report["passes"] if p["ran"])


def test_npy_with_an_explicit_size(tmp_path):
    np.save(tmp_path / "in.npy", np.linspace(0, 1, 12 * 16, dtype=np.float32).reshape(12, 16))
    result = invoke(
        DOUBLER, "-i", tmp_path / "in.npy", "-o", tmp_path / "out.npy", "--width", 40, "--height", 30
    )
    assert result.exit_code == 0, result.output
    assert np.load(tmp_path / "out.npy").shape == (30, 40)


MALFORMED = {
    "unknown_directive.glsl": (
        "//!HOOK LUMA\n//!DESC sharpen\n//!SHARPEN 2\nvec4 hook() { return vec4(0); }\n",
        "unknown_directive.glsl: pass 1 (sharpen): line 3: unknown directive '//!SHARPEN 2'",
    ),
    "bad_rpn.glsl": (
        "//!HOOK LUMA\n//!WIDTH HOOKED.w 2,5 *\nvec4 hook() { return vec4(0); }\n",
        "bad_rpn.glsl: pass 1: line 2: bad RPN in WIDTH 'HOOKED.w 2,5 *': '2,5' is not a number",
    ),
    "no_hook.glsl": (
        "//!HOOK LUMA\n//!BIND HOOKED\n//!DESC lazy\nvec4 main2() { return vec4(0); }\n",
        "no_hook.glsl: pass 1 (lazy): no `vec4 hook()` function (a fragment pass needs one)",
    ),
    "compile_error.glsl": (
        "// header\n//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() {\n"
        "    return HOOKED_tex(HOOKED_pos) * gain;\n}\n",
        "compile_error.glsl: pass 1: GLSL compile error at ",
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_shaders_fail_with_one_line_and_no_output(tmp_path, picture, name):
    text, message = MALFORMED[name]
    shader = tmp_path / name
    shader.write_text(text)
    output = tmp_path / "out.png"
    result = invoke(shader, "-i", picture, "-o", output)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"shadergen: error: {tmp_path}/{message}")
    assert not output.exists()


def test_compile_error_line_is_the_users(tmp_path, picture):
    shader = tmp_path / "compile_error.glsl"
    shader.write_text(MALFORMED["compile_error.glsl"][0])
    result = invoke(shader, "-i", picture, "-o", tmp_path / "out.png")
    # `gain` is on line 5 of the file.
    assert f"at {shader}:5: " in result.stderr and "gain" in result.stderr


def test_no_partial_output_and_no_stray_temporary_files(tmp_path, picture):
    shader = tmp_path / "bad.glsl"
    shader.write_text(MALFORMED["compile_error.glsl"][0])
    invoke(shader, "-i", picture, "-o", tmp_path / "out.png", "--json", tmp_path / "r.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.glsl", "in.png"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--width", "10"], "--width and --height go together"),
        (["--width", "10", "--height", "10", "--scale", "2"], "either --width/--height or --scale"),
        (["--scale", "0"], "--scale must be positive"),
        (["--param", "x"], "--param 'x': expected NAME=NUMBER"),
        (["--param", "strength=1"], "no PARAM named strength"),
    ],
)
def test_bad_options(tmp_path, picture, args, message):
    result = invoke(DOUBLER, "-i", picture, "-o", tmp_path / "out.png", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_missing_input_and_bad_output_names(tmp_path, picture):
    assert (
        "no such file" in invoke(DOUBLER, "-i", tmp_path / "nope.png", "-o", tmp_path / "o.png").stderr
    )
    result = invoke(DOUBLER, "-i", picture, "-o", tmp_path / "o.gif")
    assert result.exit_code == 2 and "unknown output type '.gif'" in result.stderr
    result = invoke(tmp_path / "missing.glsl", "-i", picture, "-o", tmp_path / "o.png")
    assert result.exit_code == 2 and "missing.glsl: cannot read the shader" in result.stderr


def test_no_egl_names_the_debian_packages(tmp_path, picture, monkeypatch):
    import moderngl

    def no_display(**_):
        raise Exception("eglGetDisplay failed")

    monkeypatch.setattr(moderngl, "create_standalone_context", no_display)
    result = invoke(DOUBLER, "-i", picture, "-o", tmp_path / "out.png")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "shadergen: error: no headless OpenGL 4.3 context through EGL (eglGetDisplay failed); "
        "on Debian/Ubuntu install: apt-get install -y libegl1 libegl-mesa0 libgl1-mesa-dri"
    )
    assert not (tmp_path / "out.png").exists()


def test_too_old_opengl_is_refused(monkeypatch):
    import moderngl

    from shadergen.engines.opengl.context import create_gl_context
    from shadergen.errors import ShadergenError

    class OldContext:
        version_code = 410

        def release(self):
            pass

    monkeypatch.setattr(moderngl, "create_standalone_context", lambda **_: OldContext())
    with pytest.raises(
        ShadergenError, match=r"OpenGL 4\.1 found, 4\.3 needed .* libegl1 libegl-mesa0 libgl1-mesa-dri"
    ):
        create_gl_context()


def test_a_real_process_prints_no_traceback(tmp_path, picture):
    shader = tmp_path / "bad.glsl"
    shader.write_text(MALFORMED["unknown_directive.glsl"][0])
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "shadergen",
            "run",
            str(shader),
            "-i",
            str(picture),
            "-o",
            str(tmp_path / "o.png"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1 and "Traceback" not in completed.stderr
