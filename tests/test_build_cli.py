"""``shadergen build``: output path, report line, refusals with exit code 2 and no partial file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from shadergen.cli import cli
from shadergen.codegen.generate import generate_from_file
from shadergen.codegen.head_fold import FOLD_LINEAR_HEAD

ROOT = Path(__file__).resolve().parent.parent
C4F16 = ROOT / "weights" / "ArtCNN_C4F16.keras"
KERAS = ROOT / "tests" / "data" / "keras"
REPORT = re.compile(r"^(?P<path>.+): (?P<passes>\d+) passes, (?P<size>\d+) bytes$")


def build(*args):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def test_build_writes_the_shader_and_reports_path_passes_and_size(tmp_path):
    target = tmp_path / "c4f16.glsl"
    result = build(C4F16, "--variant", "compute", "--precision", "fp16", "-o", target)
    assert result.exit_code == 0, result.output
    match = REPORT.match(result.output.strip())
    assert match and match["path"] == str(target)
    data = target.read_bytes()
    assert int(match["size"]) == len(data)
    # 7 layers, the tail folded (one pass fewer), and the head where head_fold.FOLD_LINEAR_HEAD says.
    assert int(match["passes"]) == data.count(b"\n//!HOOK ") == 6 - ("compute" in FOLD_LINEAR_HEAD)
    assert data == generate_from_file(C4F16, variant="compute", precision="fp16").text.encode()


def test_build_out_dir_names_the_file_after_model_variant_precision(tmp_path):
    result = build(KERAS / "r1f8_silu.keras", "--variant", "fragment", "--out-dir", tmp_path / "new")
    assert result.exit_code == 0, result.output
    expected = tmp_path / "new" / "r1f8_silu_fragment_fp32.glsl"
    assert result.output.strip() == f"{expected}: 11 passes, {expected.stat().st_size} bytes"


def test_build_weights_only_file_with_arch(tmp_path):
    result = build(KERAS / "c2f8.weights.h5", "--arch", "C2F8", "-o", tmp_path / "c2f8.glsl")
    assert result.exit_code == 0, result.output
    reference = generate_from_file(KERAS / "c2f8.keras", variant="compute", precision="fp32").text
    built = (tmp_path / "c2f8.glsl").read_text()
    # Same weights, same code; only the names taken from the file differ.
    strip = re.compile(r"(c2f8|C2F8)[A-Za-z0-9_.]*|conv2d[_0-9]*|add[_0-9]*|depth_to_space[_0-9]*")
    assert strip.sub("N", built) == strip.sub("N", reference)


@pytest.mark.parametrize(("arguments", "message"), [
    ((KERAS / "c2f8.keras", "--planes", "rgb"), "--planes rgb applies to 3-channel upscalers"),
    ((KERAS / "missing.keras",), "missing.keras"),
])
def test_refusals_exit_2_with_one_line_and_leave_no_file(tmp_path, arguments, message):
    target = tmp_path / "out.glsl"
    result = build(*arguments, "-o", target)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and message in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_failed_build_keeps_the_previous_file(tmp_path):
    target = tmp_path / "out.glsl"
    target.write_text("previous")
    assert build(KERAS / "c2f8.keras", "--planes", "rgb", "-o", target).exit_code == 2
    assert target.read_text() == "previous" and sorted(tmp_path.iterdir()) == [target]


def test_output_and_out_dir_together_are_refused(tmp_path):
    result = build(C4F16, "-o", tmp_path / "a.glsl", "--out-dir", tmp_path)
    assert result.exit_code == 2 and "either -o FILE or --out-dir DIR" in result.output
    assert list(tmp_path.iterdir()) == []


def test_unknown_variant_is_a_usage_error(tmp_path):
    assert build(C4F16, "--variant", "vertex", "-o", tmp_path / "x.glsl").exit_code == 2


def _header(text: str) -> str:
    return text[:text.index("//!")]


def test_header_describes_the_weights_by_content_not_file_name(tmp_path):
    # A user's file saved under a catalog name (here: the DS weights as ArtCNN_C4F16.keras).
    impostor = tmp_path / "ArtCNN_C4F16.keras"
    impostor.write_bytes((ROOT / "weights" / "ArtCNN_C4F16_DS.keras").read_bytes())
    header = _header(generate_from_file(impostor).text)
    assert "ArtCNN v1.6.2 C4F16: 2x luma upscaler" not in header
    assert "ArtCNN v1.6.2 C4F16_DS: C4F16 trained to denoise and sharpen" in header  # what it holds
    real = _header(generate_from_file(C4F16).text)
    assert real == _header((ROOT / "dist" / "ArtCNN_C4F16_compute_fp32.glsl").read_text())
    assert "ArtCNN v1.6.2 C4F16: 2x luma upscaler" in real


def test_weights_outside_the_catalog_get_a_neutral_header_without_licence(tmp_path):
    renamed = tmp_path / "ArtCNN_C4F16.keras"
    renamed.write_bytes((KERAS / "c2f8.keras").read_bytes())
    header = _header(generate_from_file(renamed).text)
    assert ("// Weights from ArtCNN_C4F16.keras: not a shipped model, licence not stated.\n// Architecture: "
            "1 -> 1 channels, 5 convolutions (3x3), up to 8 filters, 2,124 parameters.\n") in header
    assert "ArtCNN v1.6.2" not in header and "licence (" not in header.lower() and "MIT" not in header
