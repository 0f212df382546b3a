"""The texture placement (weights as data, issue 12): texture layout, placement rule, file rules."""

from __future__ import annotations

import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from codegen_accuracy_cases import c_model
from texture_accuracy_cases import LARGE_DIR, r_model

from shadergen.codegen.plan import MAX_BINDS, plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.codegen.texture_weights import MAX_TEXTURE_SIDE, parameter_rows, weight_texels
from shadergen.errors import ShadergenError
from shadergen.model.compact import random_compact_state
from shadergen.model.load import load_model
from shadergen.model.safetensors_file import safetensors_bytes
from shadergen.mpv.parse import parse_shader
from shadergen.precision import FP16, FP32


def test_texel_layout_holds_every_weight_and_bias():
    network = c_model(6, 1, seed=3, name="c1f6")  # 6 channels: a zero-padded second group
    plan = plan_shader(network, "compute", "fp32", weights_in="texture")
    layer = plan.layers[1]  # 6 -> 6
    texels = weight_texels(layer, FP32)
    kernel, taps = layer.kernel, 9
    assert texels.shape == (2 * taps + 1, 2 * 4, 4) and texels.dtype == np.dtype("<f4")
    for ig, lane, og, ky, kx in [(0, 0, 0, 0, 0), (1, 1, 1, 2, 1), (0, 3, 1, 1, 2), (1, 0, 0, 2, 2)]:
        texel = texels[ig * taps + ky * 3 + kx, 4 * og + lane]
        expected = np.zeros(4, np.float32)
        cin = 4 * ig + lane
        if cin < 6:
            channels = kernel[ky, kx, cin, 4 * og:4 * og + 4]
            expected[:len(channels)] = channels
        assert np.array_equal(texel, expected)
    assert np.array_equal(texels[-1, 0, :], layer.bias[:4])
    assert np.array_equal(texels[-1, 4, :2], layer.bias[4:]) and not texels[-1, 4, 2:].any()
    half = weight_texels(layer, FP16)  # fp16 files hold float16-rounded weights, as their literals
    assert np.array_equal(half[:-1], texels[:-1].astype(np.float16).astype(np.float32))


def test_per_channel_activation_parameters_follow_the_bias_row(tmp_path):
    """PReLU slopes (one per channel): a row after the biases, texel 4·og holding group og's slopes."""
    path = tmp_path / "c6.safetensors"
    path.write_bytes(safetensors_bytes(random_compact_state(1, 6, 3, 2, seed=5)))
    layer = plan_shader(load_model(path).network, "compute", "fp32", weights_in="texture").layers[1]
    slopes = np.asarray(dict(layer.steps[0].activation.parameters)["slope"], np.float32)
    assert parameter_rows(layer) == {(0, "slope"): 2 * 9 + 1}
    texels = weight_texels(layer, FP16)  # the slopes stay float32 in fp16 files, as their literals
    assert texels.shape == (2 * 9 + 2, 8, 4)
    assert np.array_equal(texels[-1, 0], slopes[:4]) and np.array_equal(texels[-1, 4, :2], slopes[4:])
    assert not texels[-1, 4, 2:].any() and not np.delete(texels[-1], [0, 4], axis=0).any()
    assert np.array_equal(texels[-2, ::4].reshape(-1)[:6], layer.bias)


def test_placement_rule_and_override():
    narrow, wide = c_model(32, 1, 1, "n"), c_model(36, 1, 1, "w")
    assert plan_shader(narrow).weights_in == "code"
    plan = plan_shader(wide)
    assert plan.weights_in == "texture" and "36 channels" in plan.placement_reason
    forced = plan_shader(narrow, weights_in="texture")
    assert forced.weights_in == "texture" and "--weights-in texture" in forced.placement_reason


def refusal(network, **options) -> str:
    with pytest.raises(ShadergenError) as caught:
        plan_shader(network, source="model.keras", **options)
    message = str(caught.value)
    assert caught.value.exit_code == 2 and "\n" not in message and message.startswith("model.keras: ")
    return message


def test_refuses_more_than_128_filters_and_wide_code():
    assert "at most 128 filters" in refusal(c_model(132, 1, 1, "x"))
    assert "at most 128 filters" in refusal(c_model(132, 1, 1, "x"), variant="fragment")
    assert "(use --weights-in texture)" in refusal(c_model(36, 1, 1, "x"), weights_in="code")


@pytest.mark.parametrize("variant", ["compute", "fragment"])
def test_texture_file_follows_the_mpv_rules(variant):
    network = r_model(128, 1, seed=1, name="r1f128")
    text = render_shader(plan_shader(network, variant, "fp32"), HeaderInfo("r1f128.keras"))
    shader = parse_shader(text, "r1f128.glsl")
    assert len(shader.passes) == len(shader.textures) == 6  # one pass and one texture per layer
    for block in shader.textures:
        assert block.format == "rgba32f" and block.filter == "NEAREST"
        assert max(block.size) <= MAX_TEXTURE_SIDE
    for hook_pass in shader.passes:
        assert len(hook_pass.binds) <= MAX_BINDS
    data_lines = [line for line in text.splitlines() if len(line) > 1000]
    assert len(data_lines) == 6  # the hex of a block is one line (the old renderer wants that)
    assert "Weight placement: data in TEXTURE blocks" in text and "128 channels" in text


def test_build_refuses_code_placement_of_a_wide_model_without_output(tmp_path):
    output = tmp_path / "out.glsl"
    result = run_cli("build", LARGE_DIR / "r2f64.keras", "--weights-in", "code", "-o", output)
    assert_one_line_error(result, "r2f64.keras", "64 channels", "--weights-in texture")
    assert not output.exists()


@pytest.fixture(scope="module")
def truncated_texture(tmp_path_factory):
    text = render_shader(plan_shader(c_model(8, 1, 1, "t8"), weights_in="texture"), HeaderInfo("t8"))
    lines = text.splitlines()
    index = lines.index("//!TEXTURE t8_W1") + 4  # TEXTURE, SIZE, FORMAT, FILTER, then the hex
    lines[index] = lines[index][:-32]  # one texel short
    path = tmp_path_factory.mktemp("bad") / "truncated.glsl"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("command", ["run", "lint"])
def test_truncated_texture_is_one_line_naming_the_block(tmp_path, truncated_texture, command):
    from PIL import Image

    picture = tmp_path / "in.png"
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(picture)
    args = ["run", truncated_texture, "-i", picture, "-o", tmp_path / "out.png"] if command == "run" \
        else ["lint", truncated_texture]
    result = run_cli(*args)
    assert_one_line_error(result, "truncated.glsl", "TEXTURE t8_W1", "expected")
    assert not (tmp_path / "out.png").exists()


@pytest.mark.parametrize("variant", ["compute", "fragment"])
def test_texture_shaders_compile_for_every_target(tmp_path, variant):
    """Vulkan 1.1/1.2, OpenGL 4.5, GLES (3.0 for fragment passes), HLSL and MSL: no errors."""
    from shadergen.lint.linter import lint_file

    path = tmp_path / f"c1f36_{variant}.glsl"
    path.write_text(render_shader(plan_shader(c_model(36, 1, 1, "c1f36"), variant), HeaderInfo("c1f36")))
    report = lint_file(path)
    errors = [finding.message for finding in report.findings if finding.severity == "error"]
    assert errors == []
    assert all(result.ok for hook_pass in report.passes for result in hook_pass.targets.values())


@pytest.mark.parametrize("filters", [33, 50, 96, 128])
@pytest.mark.parametrize(("variant", "precision"), [("compute", "fp32"), ("compute", "fp16"),
                                                    ("fragment", "fp32")])
def test_every_width_up_to_128_builds(filters, variant, precision):
    """C and R shapes, ReLU and SiLU, any width up to 128: one pass and one texture per layer, within
    mpv's BIND limit and 4096 texels per side."""
    for network in (c_model(filters, 2, seed=filters, name="c2"),
                    r_model(filters, 2, seed=filters, name="r2", activation="silu")):
        plan = plan_shader(network, variant, precision)
        shader = parse_shader(render_shader(plan, HeaderInfo("x")), "x.glsl")
        assert plan.weights_in == "texture" and len(shader.passes) == len(shader.textures) == len(plan.layers)
        assert all(len(hook_pass.binds) <= MAX_BINDS for hook_pass in shader.passes)
        assert all(max(block.size) <= MAX_TEXTURE_SIDE for block in shader.textures)
