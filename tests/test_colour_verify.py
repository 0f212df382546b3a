"""``shadergen verify`` on colour shaders: .npz frames, plane-by-plane reports, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from colour_accuracy_cases import frame

from shadergen.atomic_files import write_text_atomically
from shadergen.cli import cli
from shadergen.codegen.generate import generate_from_file
from shadergen.model.load import load_model
from shadergen.planes import CHROMA
from shadergen.verification.colour_accuracy import reference_planes
from shadergen.verification.colour_frames import default_colour_input_path, load_colour_frame

ROOT = Path(__file__).resolve().parent.parent
KERAS = ROOT / "tests" / "data" / "keras"
CHROMA_MODEL = KERAS / "chroma_c2f8.keras"
YCBCR_MODEL = KERAS / "ycbcr_c2f8.keras"
PLANE_KEYS = {"max_abs", "mean_abs", "psnr", "floor", "tolerance", "passed"}


@pytest.fixture(scope="module")
def shaders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("colour-verify")
    paths = {}
    for name, weights, planes, variant in (("chroma", CHROMA_MODEL, None, "compute"),
                                           ("chroma_fragment", CHROMA_MODEL, None, "fragment"),
                                           ("ycbcr", YCBCR_MODEL, None, "compute"),
                                           ("rgb", YCBCR_MODEL, "rgb", "fragment")):
        paths[name] = folder / f"{name}.glsl"
        write_text_atomically(paths[name], generate_from_file(weights, variant=variant, planes=planes).text)
    return paths


def save_npz(path: Path, source) -> Path:
    planes = {key: np.round(getattr(source, key) * 255).astype(np.uint8) for key in ("y", "cb", "cr")}
    np.savez(path, range=np.array("limited"), **planes)
    return path


def verify(*args):
    return CliRunner().invoke(cli, ["verify", *map(str, args)])


@pytest.mark.parametrize(("name", "weights", "planes"), [
    ("chroma", CHROMA_MODEL, {"cb", "cr"}), ("chroma_fragment", CHROMA_MODEL, {"cb", "cr"}),
    ("ycbcr", YCBCR_MODEL, {"y", "cb", "cr"}), ("rgb", YCBCR_MODEL, {"r", "g", "b"})])
def test_verify_a_420_npz_plane_by_plane(shaders, tmp_path, name, weights, planes):
    source = frame("cel 61x47 4:2:0")
    npz = save_npz(tmp_path / "frame.npz", source)
    result = verify(shaders[name], "--weights", weights, "--input", npz, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["passed"] is True and set(report["planes"]) == planes
    assert report["layout"] == ("chroma" if "chroma" in name else name)
    for plane in report["planes"].values():
        assert set(plane) == PLANE_KEYS and plane["passed"] is True
        assert 0 < plane["max_abs"] <= plane["tolerance"] == report["tolerance"]
    assert report["tolerance"] == pytest.approx(2.5 * report["floor"] + 3e-4, rel=1e-12)
    assert report["max_abs"] == max(plane["max_abs"] for plane in report["planes"].values())
    if "chroma" in name:  # the chroma reference does not depend on the runtime: recompute F here
        _, floor = reference_planes(load_model(weights).network, CHROMA, load_colour_frame(npz))
        assert report["floor"] == pytest.approx(floor, rel=1e-12)


def test_default_input_and_text_report(shaders):
    result = verify(shaders["chroma"], "--weights", CHROMA_MODEL)
    assert result.exit_code == 0, result.output
    lines = dict(line.split(":", 1) for line in result.output.strip().splitlines()[:-1])
    assert lines["input"].strip() == f"{default_colour_input_path()} (128x96, 4:2:0, 8-bit limited range)"
    assert "chroma planes" in lines["shader"] and set(lines) >= {"cb", "cr", "floor F", "tolerance"}
    assert float(lines["cb"].split()[2]) <= float(lines["tolerance"].split()[0])
    assert result.output.strip().endswith("PASSED")


def test_an_image_input_becomes_420(shaders, tmp_path):
    from PIL import Image

    with Image.open(ROOT / "tests" / "data" / "images" / "cel.png") as image:
        image.convert("RGB").crop((300, 150, 363, 199)).save(tmp_path / "crop.png")
    result = verify(shaders["ycbcr"], "--weights", YCBCR_MODEL, "--input", tmp_path / "crop.png")
    assert result.exit_code == 0, result.output
    assert "(63x49, 4:2:0, 8-bit limited range)" in result.output
    # A gray image: its codes as luma, neutral chroma (128).
    with Image.open(ROOT / "tests" / "data" / "images" / "camera.png") as image:
        image.crop((200, 100, 261, 147)).save(tmp_path / "gray.png")
    gray = load_colour_frame(tmp_path / "gray.png")
    assert gray.chroma_size == (31, 24) and np.all(np.round(gray.cb * 255) == 128)
    result = verify(shaders["chroma"], "--weights", CHROMA_MODEL, "--input", tmp_path / "gray.png")
    assert result.exit_code == 0 and "(61x47, 4:2:0, 8-bit limited range)" in result.output


def test_a_wrong_weight_fails_with_exit_1(shaders, tmp_path):
    text = shaders["chroma"].read_text()
    bias = "vec4(0.5, 0.5, 0.0, 0.0)"  # the chroma model's last bias (Cb, Cr around 0.5), per pixel
    last_pass = text.rsplit("//!DESC", 1)[1]
    assert last_pass.count(bias) >= 1 and text.count(bias) == last_pass.count(bias)
    broken = tmp_path / "broken.glsl"
    broken.write_text(text.replace(bias, "vec4(0.5, 0.51, 0.0, 0.0)"))
    result = verify(broken, "--weights", CHROMA_MODEL, "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["planes"]["cb"]["passed"] is True and report["planes"]["cr"]["passed"] is False
    assert report["planes"]["cr"]["max_abs"] == pytest.approx(0.01, abs=1e-3)


@pytest.mark.parametrize(("shader", "extra", "message"), [
    ("chroma", ["--weights", YCBCR_MODEL], "ycbcr model's shader hooks NATIVE; this shader hooks CHROMA"),
    ("ycbcr", ["--weights", CHROMA_MODEL], "chroma model's shader hooks CHROMA; this shader hooks NATIVE"),
    ("chroma", ["--weights", KERAS / "c2f8.keras"], "luma model's shader hooks LUMA; this shader hooks"),
    ("chroma", ["--weights", CHROMA_MODEL, "--input", "FULL"], "needs 4:2:0 input"),
    ("chroma", ["--weights", CHROMA_MODEL, "--input", "BAD"], "missing plane(s) cr"),
])
def test_unusable_inputs_exit_2(shaders, tmp_path, shader, extra, message):
    if "FULL" in extra:
        extra[extra.index("FULL")] = save_npz(tmp_path / "full.npz", frame("cel 61x47 4:4:4"))
    if "BAD" in extra:
        np.savez(tmp_path / "bad.npz", y=np.zeros((4, 4), np.uint8), cb=np.zeros((2, 2), np.uint8))
        extra[extra.index("BAD")] = tmp_path / "bad.npz"
    result = verify(shaders[shader], *extra)
    assert result.exit_code == 2 and message in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
