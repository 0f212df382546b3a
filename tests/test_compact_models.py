"""SRVGGNetCompact models (issue 15): read from ONNX and safetensors, the same shader from both, the
reference against onnxruntime, and the shaders against the reference in our runtime (borders
included: an odd-sized crop). Real libplacebo: tests/test_compact_libplacebo.py."""

from __future__ import annotations

import numpy as np
import pytest
from compact_cases import (
    COMPACT_DIR,
    FIXTURES,
    PAIRED,
    WIDE_CONVS,
    WIDE_FEATURES,
    WIDE_MODELS,
    assert_same_shader,
    measure,
    shader_text,
    synthetic_path,
)

from shadergen.model.ir import AddUpsampled, DepthToSpace
from shadergen.model.load import load_model
from shadergen.model.reference import run_network

# onnxruntime computes in float32; the reference in float64 (outputs are about 1 in size).
ONNXRUNTIME_TOLERANCE = 1e-5
SHADER_CASES = [("fragment", "fp32"), ("compute", "fp32"), ("compute", "fp16"), ("fragment", "fp16")]


def fixture_paths(name: str) -> list:
    return [path for path in (COMPACT_DIR / f"{name}.onnx", COMPACT_DIR / f"{name}.safetensors")
            if path.exists()]


@pytest.mark.parametrize("name", FIXTURES)
def test_reference_matches_onnxruntime(name):
    expected = np.load(COMPACT_DIR / f"{name}.expected.npz")
    image = expected["input"][0].transpose(1, 2, 0)
    for path in fixture_paths(name):
        output = run_network(load_model(path).network, image).transpose(2, 0, 1)[None]
        assert np.abs(output - expected["output"]).max() <= ONNXRUNTIME_TOLERANCE, path.name


@pytest.mark.parametrize("name", PAIRED)
def test_safetensors_layout_is_read_off_the_shapes(name):
    network = load_model(COMPACT_DIR / f"{name}.safetensors").network
    channels, features, depth = {"compact_rgb_f16n4_x2": (3, 16, 4), "compact_y_f8n2_x2": (1, 8, 2)}[name]
    convs = network.convolutions
    assert (network.in_channels, network.out_channels, network.scale) == (channels, channels, 2)
    assert len(convs) == depth + 2 and {conv.out_channels for conv in convs[:-1]} == {features}
    assert [conv.activation.kind for conv in convs] == ["prelu"] * (depth + 1) + ["linear"]
    assert all(len(dict(conv.activation.parameters)["slope"]) == features for conv in convs[:-1])
    shuffle, residual = network.nodes[-2:]
    assert isinstance(shuffle, DepthToSpace)
    assert (shuffle.block, shuffle.order, shuffle.clip) == (2, "CRD", False)
    assert isinstance(residual, AddUpsampled) and residual.factor == 2


@pytest.mark.parametrize("name", PAIRED)
@pytest.mark.parametrize(("variant", "precision"), SHADER_CASES)
def test_onnx_and_safetensors_give_the_same_shader(name, variant, precision):
    """Byte for byte, except where the header names the weights file."""
    assert_same_shader(shader_text(COMPACT_DIR / f"{name}.onnx", variant, precision),
                       shader_text(COMPACT_DIR / f"{name}.safetensors", variant, precision), name)


def test_reshape_pixel_shuffle_gives_the_depth_to_space_network():
    plain = load_model(COMPACT_DIR / "compact_y_f8n2_x2.onnx").network
    reshaped = load_model(COMPACT_DIR / "compact_y_f8n2_x2_reshape.onnx").network
    assert [type(node) for node in plain.nodes] == [type(node) for node in reshaped.nodes]
    assert isinstance(reshaped.nodes[-2], DepthToSpace) and reshaped.nodes[-2].order == "CRD"


def test_colour_compact_models_default_to_main():
    text = shader_text(COMPACT_DIR / "compact_rgb_f16n4_x2.onnx", "compute", "fp32")
    assert "//!HOOK MAIN" in text and "//!HOOK NATIVE" not in text
    luma = shader_text(COMPACT_DIR / "compact_y_f8n2_x2.onnx", "compute", "fp32")
    assert "//!HOOK LUMA" in luma


# Every variant of the colour fixture; the luma fixture's three release variants; the reshape export
# (the same network but for names) once.
RUNTIME_CASES = ([("compact_rgb_f16n4_x2", *case) for case in SHADER_CASES]
                 + [("compact_y_f8n2_x2", *case) for case in SHADER_CASES[:3]]
                 + [("compact_y_f8n2_x2_reshape", "compute", "fp32")])
# Each scale factor in both variants, each variant with 1 and 3 channels.
SCALE_CASES = [(1, 1, "compute"), (1, 3, "fragment"), (1, 4, "compute"),
               (3, 1, "fragment"), (3, 3, "compute"), (3, 4, "fragment")]


@pytest.mark.parametrize(("name", "variant", "precision"), RUNTIME_CASES)
def test_fixture_shaders_match_reference_in_runtime(gl_context, name, variant, precision):
    path = fixture_paths(name)[-1]
    max_abs, floor, tolerance = measure(path, variant, precision, "runtime", ctx=gl_context)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


@pytest.mark.parametrize(("channels", "scale", "variant"), SCALE_CASES)
def test_other_scale_factors_match_reference_in_runtime(gl_context, tmp_path, channels, scale, variant):
    path = synthetic_path(tmp_path, channels, scale)
    text = shader_text(path, variant, "fp32")
    if scale == 1:
        assert "//!WHEN" not in text
    else:
        assert f"//!WIDTH HOOKED.w {scale} *" in text
    max_abs, floor, tolerance = measure(path, variant, "fp32", "runtime", ctx=gl_context)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


# Compact-sized models (64 features): weights in textures, PReLU slopes read from a texture row per
# layer, the residual added in the texture kernels; each model in the three texture variants.
WIDE_CASES = [(channels, scale, variant, precision) for channels, scale in WIDE_MODELS
              for variant, precision in SHADER_CASES[:3]]


@pytest.mark.parametrize(("channels", "scale", "variant", "precision"), WIDE_CASES)
def test_64_feature_models_match_reference_in_runtime(gl_context, tmp_path, channels, scale, variant,
                                                      precision):
    path = synthetic_path(tmp_path, channels, scale, WIDE_FEATURES, WIDE_CONVS)
    text = shader_text(path, variant, precision)
    # One weight texture per convolution; the PReLU layers' textures have one row more (the slopes).
    assert text.count("//!TEXTURE ") == WIDE_CONVS and "64 channels, more than the 32" in text
    assert text.count("//!SIZE 64 146") == WIDE_CONVS - 2  # 16 input groups x 9 taps, bias, slopes
    max_abs, floor, tolerance = measure(path, variant, precision, "runtime", ctx=gl_context)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


@pytest.mark.parametrize(("variant", "precision"), SHADER_CASES[:3])
def test_fixture_with_weights_in_textures_matches_reference(gl_context, variant, precision):
    path = COMPACT_DIR / "compact_rgb_f16n4_x2.safetensors"
    assert "//!TEXTURE " in shader_text(path, variant, precision, "texture")
    max_abs, floor, tolerance = measure(path, variant, precision, "runtime", ctx=gl_context,
                                        weights_in="texture")
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


def test_superultracompact_width_matches_reference_in_runtime(gl_context, tmp_path):
    # 24 features (superultracompact's): the middle layers run in 2 passes of 3 output groups each
    # (codegen/tilings.py), the next layer reading both parts.
    path = synthetic_path(tmp_path, 3, 2, features=24, convs=4)
    text = shader_text(path, "compute", "fp32")
    assert text.count("part 1\n") == 2
    max_abs, floor, tolerance = measure(path, "compute", "fp32", "runtime", ctx=gl_context)
    assert max_abs <= tolerance, f"max {max_abs:.3e} > {tolerance:.3e} (F = {floor:.3e})"


def test_inspect_shows_prelu_and_the_residual():
    import json

    from click.testing import CliRunner

    from shadergen.cli import cli

    path = COMPACT_DIR / "compact_y_f8n2_x2.safetensors"
    result = CliRunner().invoke(cli, ["inspect", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["format"] == "safetensors"
    assert [layer["activation"] for layer in report["layers"] if layer["op"] == "Conv2D"] == [
        "prelu(slope=8 values)"] * 3 + ["linear"]
    assert report["layers"][-1]["op"] == "Add(+2x nearest)" and report["layers"][-1]["out"] == 1


def test_verify_command_passes_a_compact_shader(tmp_path):
    import json

    from cli_process import run_cli

    shader = tmp_path / "y.glsl"
    shader.write_text(shader_text(COMPACT_DIR / "compact_y_f8n2_x2.safetensors", "compute", "fp32"))
    result = run_cli("verify", shader, "--weights", COMPACT_DIR / "compact_y_f8n2_x2.onnx", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["passed"] and report["max_abs"] <= 2.5 * report["floor"] + 3e-4


def test_build_names_main_shaders_rgb(tmp_path):
    from click.testing import CliRunner

    from shadergen.cli import cli

    for planes, name in (([], "compact_rgb_f16n4_x2_rgb_compute_fp32.glsl"),
                         (["--planes", "ycbcr"], "compact_rgb_f16n4_x2_compute_fp32.glsl")):
        weights = COMPACT_DIR / "compact_rgb_f16n4_x2.safetensors"
        result = CliRunner().invoke(cli, ["build", str(weights), "--out-dir", str(tmp_path), *planes])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).exists()
    assert "//!HOOK NATIVE" in (tmp_path / "compact_rgb_f16n4_x2_compute_fp32.glsl").read_text()
