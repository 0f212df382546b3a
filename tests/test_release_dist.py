"""``shadergen release``: dist/ is exactly what the catalog generates, lints clean, compiles on Mesa."""

from __future__ import annotations

import re
import shutil

import pytest
from click.testing import CliRunner
from test_tensor_variant import TENSOR_HEAD_FOLDED, TENSOR_LAYERS

from shadergen.cli import cli
from shadergen.codegen.release import RELEASE_VARIANTS, default_dist_dir
from shadergen.errors import ShadergenError
from shadergen.model.catalog import load_catalog

DIST = default_dist_dir()
FLOAT_LITERAL = re.compile(r"-?\d+\.\d*(?:e[+-]\d+)?")
HEX_DATA = re.compile(r"^[0-9a-f]{64,}$", re.M)  # a TEXTURE block's data (the tensor variant's weights)


def release(*args):
    return CliRunner().invoke(cli, ["release", *map(str, args)])


def expected_names() -> list[str]:
    return sorted(f"{entry.name}_{variant}_{precision}.glsl"
                  for entry in load_catalog() for variant, precision in RELEASE_VARIANTS)


def test_committed_dist_has_no_drift():
    result = release("--check")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in DIST.glob("*.glsl")) == expected_names()
    assert len(expected_names()) == 4 * 4


def test_release_regenerates_identical_bytes(tmp_path):
    result = release("--dist-dir", tmp_path)
    assert result.exit_code == 0, result.output
    for name in expected_names():
        assert (tmp_path / name).read_bytes() == (DIST / name).read_bytes()


def test_check_names_every_drifted_file_and_release_repairs_them(tmp_path):
    shutil.copytree(DIST, tmp_path, dirs_exist_ok=True)
    changed, removed = tmp_path / expected_names()[0], tmp_path / expected_names()[1]
    data = bytearray(changed.read_bytes())
    data[-3] ^= 1  # one bit of one byte
    changed.write_bytes(bytes(data))
    removed.unlink()
    (tmp_path / "stale_compute_fp32.glsl").write_text("//!HOOK LUMA\n")
    result = release("--check", "--dist-dir", tmp_path)
    assert result.exit_code == 1
    assert f"{changed}: differs" in result.output and f"{removed}: missing" in result.output
    assert f"{tmp_path / 'stale_compute_fp32.glsl'}: not in the catalog" in result.output
    assert release("--dist-dir", tmp_path).exit_code == 0
    assert release("--check", "--dist-dir", tmp_path).exit_code == 0
    assert not (tmp_path / "stale_compute_fp32.glsl").exists()


@pytest.mark.parametrize("name", [n for n in expected_names() if "_DS_" not in n and "_DN_" not in n])
def test_dist_shader_passes_lint_on_every_target(name):
    from shadergen.lint.linter import TARGETS, lint_file

    report = lint_file(DIST / name)
    assert report.errors == 0 and report.warnings == 0, [f.message for f in report.findings]
    assert all(cell.ok for result in report.passes for cell in result.targets.values())
    # The tensor variant's middle passes are for Vulkan only (n/a elsewhere); every other pass is for all.
    meant = [[target for target, cell in result.targets.items() if cell.applies] for result in report.passes]
    # (C4F16: 8 of 9, its four tensor passes in two forms each, one run by frame size; C4F32 4 of 6; the
    # first of them computes the first layer, the last pass is the folded tail's. With the head folded,
    # a compute pass of its own, 6 of 8 and 3 of 6.)
    bodies = (DIST / name).read_text().split("//!DESC ")[1:]
    tensor_passes = sum("coopMatMulAddNV(" in body for body in bodies)
    expected = {"ArtCNN_C4F16_tensor_fp16.glsl": 2 * TENSOR_LAYERS,
                "ArtCNN_C4F32_tensor_fp16.glsl": TENSOR_LAYERS}
    assert tensor_passes == expected.get(name, 0)
    assert meant.count(["vulkan1.1", "vulkan1.2"]) == tensor_passes
    assert meant.count(list(TARGETS)) == len(report.passes) - tensor_passes


@pytest.mark.parametrize("model", ["ArtCNN_C4F16_DS", "ArtCNN_C4F16_DN"])
@pytest.mark.parametrize(("variant", "precision"), RELEASE_VARIANTS)
def test_ds_and_dn_differ_from_the_linted_c4f16_only_in_numbers_and_names(model, variant, precision):
    def skeleton(name: str) -> list[str]:
        text = (DIST / f"{name}_{variant}_{precision}.glsl").read_text()
        body = text.split("//!", 1)[1].replace(name, "MODEL")
        return HEX_DATA.sub("DATA", FLOAT_LITERAL.sub("N", body)).splitlines()

    assert skeleton(model) == skeleton("ArtCNN_C4F16")


@pytest.mark.parametrize("name", expected_names())
def test_dist_shader_compiles_in_the_runtime_on_mesa(gl_context, name):
    from shadergen.engines.opengl.runtime import Runtime
    from shadergen.mpv.parse import load_shader

    if "_tensor_" in name:  # NVIDIA's Vulkan only: refused in one line, naming the pass
        first = "conv2d_2" if TENSOR_HEAD_FOLDED else "conv2d_1"  # the first pass on tensor cores
        refusal = first + r"(?: \(small frames\))?\): uses tensor cores \(GL_NV_cooperative_matrix\)"
        with pytest.raises(ShadergenError, match=refusal):
            Runtime([load_shader(DIST / name)], ctx=gl_context, timing=False)
        return
    runtime = Runtime([load_shader(DIST / name)], ctx=gl_context, timing=False)
    runtime.release()
