"""``shadergen verify``: passes the weights a shader was built from, fails others, reports numbers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from shadergen.atomic_files import write_text_atomically
from shadergen.cli import cli
from shadergen.codegen.generate import generate_from_file
from shadergen.model.load import load_model
from shadergen.verification.luma_accuracy import storage_floor
from shadergen.verification.luma_image import default_input_path, load_luma

ROOT = Path(__file__).resolve().parent.parent
KERAS = ROOT / "tests" / "data" / "keras"
C2F8 = KERAS / "c2f8.keras"
JSON_KEYS = {"max_abs", "mean_abs", "psnr", "floor", "tolerance", "passed", "layout", "planes"}


@pytest.fixture(scope="module")
def shaders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verify")
    paths = {}
    for variant, precision in (("compute", "fp32"), ("compute", "fp16"), ("fragment", "fp32")):
        path = folder / f"c2f8_{variant}_{precision}.glsl"
        write_text_atomically(path, generate_from_file(C2F8, variant=variant, precision=precision).text)
        paths[variant, precision] = path
    return paths


def verify(*args):
    return CliRunner().invoke(cli, ["verify", *map(str, args)])


def test_default_input_is_the_shipped_cel_crop():
    luma = load_luma(default_input_path())
    assert luma.shape == (96, 128)
    assert np.all(np.round(luma * 255) == luma * 255)  # 8-bit codes


@pytest.mark.parametrize(("variant", "precision", "factor", "margin"), [
    ("compute", "fp32", 2.5, 3e-4), ("fragment", "fp32", 2.5, 3e-4), ("compute", "fp16", 3.0, 4e-3)])
def test_verify_passes_its_own_weights(shaders, variant, precision, factor, margin):
    result = verify(shaders[variant, precision], "--weights", C2F8, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) == JSON_KEYS and report["passed"] is True
    _, floor = storage_floor(load_model(C2F8).network, load_luma(default_input_path()))
    assert report["floor"] == pytest.approx(floor, rel=1e-12)
    assert report["tolerance"] == pytest.approx(factor * floor + margin, rel=1e-12)
    assert 0 < report["max_abs"] <= report["tolerance"] and report["mean_abs"] <= report["max_abs"]
    assert report["psnr"] > 60


def test_verify_fails_another_models_weights(shaders):
    result = verify(shaders["compute", "fp32"], "--weights", KERAS / "r2f8.keras", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["passed"] is False and report["max_abs"] > 10 * report["tolerance"]


def test_verify_text_report_on_a_colour_input(shaders, tmp_path):
    with Image.open(ROOT / "tests" / "data" / "images" / "cel.png") as image:
        image.convert("RGB").crop((300, 150, 364, 198)).save(tmp_path / "crop.png")
    result = verify(shaders["fragment", "fp32"], "--weights", C2F8, "--input", tmp_path / "crop.png")
    assert result.exit_code == 0, result.output
    lines = dict(line.split(":", 1) for line in result.output.strip().splitlines()[:-1])
    assert lines["input"].strip().endswith("(64x48)")
    assert float(lines["max abs"]) <= float(lines["tolerance"].split()[0])
    assert "PSNR" in lines and "floor F" in lines and result.output.strip().endswith("PASSED")


def test_a_shader_without_a_shadergen_header_is_judged_as_fp32(shaders, tmp_path):
    foreign = tmp_path / "foreign.glsl"
    foreign.write_text("//!" + shaders["compute", "fp32"].read_text().split("//!", 1)[1])
    result = verify(foreign, "--weights", C2F8)
    assert result.exit_code == 0, result.output
    assert "(fp32 (not stated in the shader header), luma planes)" in result.output
    assert "(2.5*F + 0.0003)" in result.output


@pytest.mark.parametrize(("extra", "message"), [
    (["--weights", KERAS / "chroma_c2f8.keras"], "shader hooks CHROMA; this shader hooks LUMA"),
    (["--weights", C2F8, "--input", ROOT / "README.md"], "cannot read the image"),
    (["--weights", KERAS / "nothing.keras"], "nothing.keras"),
])
def test_unusable_inputs_exit_2(shaders, extra, message):
    result = verify(shaders["compute", "fp32"], *extra)
    assert result.exit_code == 2 and message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_shader_exits_2(tmp_path):
    result = verify(tmp_path / "none.glsl", "--weights", C2F8)
    assert result.exit_code == 2 and "none.glsl" in result.output


def test_a_header_naming_an_unknown_precision_is_refused(shaders, tmp_path):
    # An unknown precision is not silently judged as fp32: one line, exit 2.
    text = shaders["compute", "fp32"].read_text().replace("precision=fp32", "precision=fp8", 1)
    odd = tmp_path / "odd.glsl"
    odd.write_text(text)
    result = verify(odd, "--weights", C2F8)
    assert result.exit_code == 2, result.output
    assert "unknown precision 'fp8' (expected fp32, fp16)" in result.output
    assert len(result.output.strip().splitlines()) == 1
