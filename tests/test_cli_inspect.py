"""``shadergen inspect`` on every shipped and fixture file; ``python -m shadergen``."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DATA = ROOT / "tests" / "data" / "keras"
ARCH = {"c2f8": "C2F8", "r2f8": "R2F8", "r1f8_silu": "R1F8", "chroma_c2f8": "C2F8", "ycbcr_c2f8": "C2F8"}


def inspect(*args):
    result = subprocess.run(
        [sys.executable, "-m", "shadergen", "inspect", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_artcnn_c4f16_json():
    report = json.loads(inspect(ROOT / "weights" / "ArtCNN_C4F16.keras", "--json"))
    assert report["model"] == "ArtCNN_C4F16"
    assert report["format"] == "keras"
    assert (report["params"], report["flops_per_pixel"]) == (12340, 24480)
    relu = [layer["name"] for layer in report["layers"] if layer["activation"] == "relu"]
    assert relu == ["conv2d_1", "conv2d_2", "conv2d_3", "conv2d_4"]
    first = report["layers"][1]
    assert first == {
        "name": "conv2d",
        "op": "Conv2D",
        "in": 1,
        "out": 16,
        "kernel": 3,
        "activation": "linear",
    }


def test_artcnn_c4f32_params():
    assert json.loads(inspect(ROOT / "weights" / "ArtCNN_C4F32.keras", "--json"))["params"] == 47716


def every_keras_file():
    for path in sorted((ROOT / "weights").glob("*.keras")) + sorted(DATA.glob("*")):
        if path.suffix in (".keras", ".h5"):
            stem = path.name.split(".")[0].replace("_keras2", "")
            arch = ARCH[stem] if path.name.endswith(".weights.h5") else None
            yield pytest.param(path, arch, id=path.name)


@pytest.mark.parametrize("path,arch", list(every_keras_file()))
def test_inspect_every_file(path, arch):
    args = [path, "--json"] + (["--arch", arch] if arch else [])
    report = json.loads(inspect(*args))
    expected_format = "weights.h5" if arch else ("keras" if path.suffix == ".keras" else "h5")
    assert report["format"] == expected_format
    assert report["params"] == sum(0 for _ in ()) + report["params"] > 0
    table = inspect(*args[:1] + args[2:])
    assert f"total: {report['params']:,} parameters" in table


def test_colour_fixtures_shapes():
    chroma = json.loads(inspect(DATA / "chroma_c2f8.keras", "--json"))
    assert (chroma["layers"][0]["out"], chroma["layers"][-1]["out"]) == (3, 2)
    ycbcr = json.loads(inspect(DATA / "ycbcr_c2f8.keras", "--json"))
    assert (ycbcr["layers"][0]["out"], ycbcr["layers"][-1]["out"]) == (3, 3)


def test_console_script_and_module_agree():
    module = subprocess.run([sys.executable, "-m", "shadergen", "--version"], capture_output=True, text=True)
    assert module.returncode == 0 and module.stdout.startswith("shadergen, version ")
