"""``shadergen compare``: the picture's layout, its scores recomputed from its pixels, and bad input."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from click.testing import CliRunner
from PIL import Image

from shadergen.cli import cli

REPO = Path(__file__).resolve().parent.parent
CEL = REPO / "tests" / "data" / "images" / "cel.png"
DIST_SHADERS = [
    REPO / "dist" / "ArtCNN_C4F16_compute_fp32.glsl",
    REPO / "dist" / "ArtCNN_C4F16_DS_compute_fp32.glsl",
]
RGB_SHADER = REPO / "tests" / "shaders" / "runtime" / "main_rgb.glsl"
LUMA_DOUBLER = REPO / "tests" / "shaders" / "runtime" / "luma_doubler.glsl"
LABELS = [
    "input (nearest)",
    "bilinear",
    "Catmull-Rom",
    "Lanczos3",
    "ArtCNN_C4F16_compute_fp32",
    "ArtCNN_C4F16_DS_compute_fp32",
    "ground truth",
]
BT709 = np.array([0.2126, 0.7152, 0.0722])


@pytest.fixture(scope="module")
def eye(tmp_path_factory) -> Path:
    """A 64x48 crop of the cel test card (an eye and outlines): the ground truth."""
    path = tmp_path_factory.mktemp("compare") / "eye.png"
    Image.open(CEL).crop((280, 150, 344, 198)).save(path)
    return path


def invoke(*args):
    return CliRunner().invoke(cli, ["compare", *map(str, args)])


def psnr(truth: np.ndarray, test: np.ndarray) -> float:
    return float(10 * np.log10(255.0**2 / np.mean((truth - test) ** 2)))


def cells(sheet: np.ndarray, report: dict) -> list[np.ndarray]:
    return [
        sheet[y : y + h, x : x + w].astype(np.float64) for x, y, w, h in (p["rect"] for p in report["panels"])
    ]


@pytest.fixture(scope="module")
def luma_run(eye, tmp_path_factory):
    out = tmp_path_factory.mktemp("luma") / "sheet.png"
    result = invoke(eye, *DIST_SHADERS, "-o", out, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), np.asarray(Image.open(out).convert("RGB"))


def test_layout_is_columns_of_panels_under_two_label_lines(luma_run, eye):
    report, sheet = luma_run
    # 7 columns of 64x48 cells, 4 px apart and around; labels: 2 lines of 15 px.
    assert sheet.shape == (4 + 30 + 48 + 4, 7 * 64 + 8 * 4, 3)
    assert [p["label"] for p in report["panels"]] == LABELS
    assert [p["rect"] for p in report["panels"]] == [[4 + 68 * i, 34, 64, 48] for i in range(7)]
    assert report["input_size"] == [32, 24] and report["downscale"] == "box" and report["scale"] == 2
    truth = np.asarray(Image.open(eye).convert("RGB"))
    assert np.array_equal(cells(sheet, report)[-1], truth)
    # The input column: Pillow's BOX downscale of the ground truth, each pixel a 2x2 block.
    low = np.asarray(Image.open(eye).convert("RGB").resize((32, 24), Image.Resampling.BOX))
    assert np.array_equal(cells(sheet, report)[0], np.repeat(np.repeat(low, 2, axis=0), 2, axis=1))


def test_luma_psnr_equals_numpy_on_the_pictures_pixels(luma_run):
    report, sheet = luma_run
    panels = cells(sheet, report)
    truth_y = panels[-1] @ BT709
    for panel, entry in zip(panels[:-1], report["panels"][:-1], strict=True):
        assert abs(psnr(truth_y, panel @ BT709) - entry["psnr_y"]) < 0.01, entry["label"]
        assert 0.5 < entry["ssim_y"] < 1.0 and entry["psnr_rgb"] is None
    by_label = {p["label"]: p["psnr_y"] for p in report["panels"][:-1]}
    # On this crop the network beats every classic scaler by more than 2 dB.
    classic = max(by_label["bilinear"], by_label["Catmull-Rom"], by_label["Lanczos3"])
    assert by_label["ArtCNN_C4F16_compute_fp32"] > classic + 2.0


def test_colour_shader_gets_rgb_scores_and_a_third_label_line(eye, tmp_path):
    out = tmp_path / "rgb.png"
    result = invoke(eye, RGB_SHADER, "-o", out, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    sheet = np.asarray(Image.open(out).convert("RGB"))
    assert sheet.shape == (4 + 45 + 48 + 4, 6 * 64 + 7 * 4, 3)
    panels = cells(sheet, report)
    for panel, entry in zip(panels[:-1], report["panels"][:-1], strict=True):
        assert abs(psnr(panels[-1], panel) - entry["psnr_rgb"]) < 0.01, entry["label"]


def test_crop_zoom_and_heatmap_rows(eye, tmp_path):
    out = tmp_path / "crop.png"
    result = invoke(
        eye, LUMA_DOUBLER, "--crop", "8,4,20,10", "--heatmap", "--downscale", "bicubic", "-o", out
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].endswith("input 32x24 (bicubic downscale by 2)")
    # Cells: the 20x10 crop zoomed 2x; a second row of heat maps.
    assert Image.open(out).size == (6 * 40 + 7 * 4, 4 + 30 + 20 + 4 + 20 + 4)
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["panel", "PSNR", "Y'", "SSIM", "Y'"]
    assert [line.split()[-3] for line in lines[2:7]] == [
        "(nearest)",
        "bilinear",
        "Catmull-Rom",
        "Lanczos3",
        "luma_doubler",
    ]
    assert lines[-1] == f"wrote {out} (268x82)"


def test_bad_crop_unreadable_image_and_bad_names_exit_2_without_a_picture(eye, tmp_path):
    out = tmp_path / "out.png"
    shader = DIST_SHADERS[0]
    assert_one_line_error(
        run_cli("compare", eye, shader, "--crop", "40,30,32,24", "-o", out), "does not fit in the 64x48"
    )
    assert_one_line_error(run_cli("compare", eye, shader, "--crop", "1,2,3", "-o", out), "expected X,Y,W,H")
    text = tmp_path / "text.png"
    text.write_text("not a picture")
    assert_one_line_error(run_cli("compare", text, shader, "-o", out), str(text), "cannot read the image")
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (12, 12)).save(tiny)
    assert_one_line_error(run_cli("compare", tiny, shader, "-o", out), "too small")
    assert_one_line_error(run_cli("compare", eye, shader, "-o", tmp_path / "out.jpg"), "name it .png")
    assert not out.exists()


def test_failing_shaders_exit_2_and_keep_the_old_picture(eye, tmp_path):
    out = tmp_path / "out.png"
    out.write_bytes(b"old")
    broken = tmp_path / "broken.glsl"
    broken.write_text(LUMA_DOUBLER.read_text().replace("float n =", "float n = undefined_name +"))
    result = run_cli("compare", eye, DIST_SHADERS[0], broken, "-o", out)
    assert_one_line_error(result, str(broken))
    assert_one_line_error(run_cli("compare", eye, REPO / "README.md", "-o", out), "README.md")
    # A chroma-only shader whose passes never fire on 4:4:4 input: nothing ran, an error.
    silent = tmp_path / "silent.glsl"
    silent.write_text(LUMA_DOUBLER.read_text().replace("//!DESC", "//!WHEN 0\n//!DESC"))
    assert_one_line_error(run_cli("compare", eye, silent, "-o", out), str(silent), "no pass ran")
    assert out.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["out.png", "broken.glsl", "silent.glsl"]
    )


def test_without_scikit_image_one_line_says_what_to_install(eye, tmp_path):
    code = "import sys; sys.modules['skimage'] = None; from shadergen.cli import main; main()"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "compare",
            str(eye),
            str(DIST_SHADERS[0]),
            "-o",
            str(tmp_path / "o.png"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert_one_line_error(result, "scikit-image", "pip install 'shadergen[compare]'")
