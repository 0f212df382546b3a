"""Colour models as shaders: where each layout hooks, its directives, the final channel order, refusals."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from shadergen.cli import cli
from shadergen.codegen.generate import generate_from_file, shader_file_name
from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.errors import ShadergenError
from shadergen.model.ir import Add, Conv2D, DepthToSpace, Input, Network
from shadergen.model.load import load_model
from shadergen.mpv.parse import parse_shader
from shadergen.planes import CHROMA, WHEN_420, WHEN_HOOKED_UPSCALING, luma_copy_name, plane_layout
from shadergen.shader_header import read_header

ROOT = Path(__file__).resolve().parent.parent
KERAS = ROOT / "tests" / "data" / "keras"
CHROMA_MODEL = KERAS / "chroma_c2f8.keras"
YCBCR_MODEL = KERAS / "ycbcr_c2f8.keras"


def directives(text: str) -> list[dict]:
    """Every pass's directives, as parsed by the runtime's parser."""
    return [{"hooks": p.hooks, "binds": p.binds, "save": p.save, "width": str(p.width),
             "height": str(p.height), "when": str(p.when), "offset": p.offset}
            for p in parse_shader(text, "x.glsl").passes]


@pytest.mark.parametrize("variant", ["compute", "fragment"])
def test_chroma_passes_hook_chroma_run_on_the_luma_grid_and_align_the_last(variant):
    shader = generate_from_file(CHROMA_MODEL, variant=variant)
    copy, *passes = directives(shader.text)
    luma = luma_copy_name("chroma_c2f8")
    # The first pass saves the untouched luma plane, before a luma doubler listed after the file.
    assert (copy["hooks"], copy["binds"], copy["save"]) == (("LUMA",), ("HOOKED",), luma)
    assert copy["when"] == "None"  # no WHEN: CHROMA has not fired yet, so nothing to test against
    assert shader.pass_count == len(passes) + 1 == int(re.search(r"// (\d+) passes", shader.text)[1])
    assert all(p["hooks"] == ("CHROMA",) and luma in p["binds"] and "LUMA" not in p["binds"] for p in passes)
    assert all(p["when"] == WHEN_420.format(luma=luma) for p in passes)
    *inner, last = passes
    assert all(p["save"] and p["width"].startswith(f"{luma}.w") and p["offset"] is None for p in inner)
    # The last pass overwrites CHROMA at twice the chroma plane, aligned to luma.
    assert (last["save"], last["width"], last["height"], last["offset"]) == \
        (None, "HOOKED.w 2 *", "HOOKED.h 2 *", "ALIGN")
    assert passes[0]["binds"][:2] == ("HOOKED", luma)  # the first layer reads both planes
    assert shader.text.count("vec4 network_input(ivec2 q)") == (1 if variant == "compute" else 2)


@pytest.mark.parametrize(("planes", "stage"), [(None, "NATIVE"), ("ycbcr", "NATIVE"), ("rgb", "MAIN")])
def test_three_plane_models_hook_native_or_main(planes, stage):
    for variant in ("compute", "fragment"):
        text = generate_from_file(YCBCR_MODEL, variant=variant, planes=planes).text
        passes = directives(text)
        assert all(p["hooks"] == (stage,) and p["when"] == WHEN_HOOKED_UPSCALING for p in passes)
        assert passes[-1]["save"] is None and passes[-1]["width"] == "HOOKED.w 2 *"
        assert all(p["offset"] is None and "LUMA" not in p["binds"] for p in passes)
        header = read_header(text)
        assert header.planes == (planes or "ycbcr") and header.variant == variant


def test_headers_say_where_the_shader_hooks():
    chroma = generate_from_file(CHROMA_MODEL).text.split("//!", 1)[0]
    assert "chroma reconstruction for 4:2:0 video" in chroma
    assert "hooked on CHROMA; output: chroma (Cb, Cr) at luma resolution." in chroma
    assert "OFFSET ALIGN" in chroma and "Needs no mpv option" in chroma
    rgb = generate_from_file(YCBCR_MODEL, planes="rgb").text.split("//!", 1)[0]
    assert "hooked on MAIN; output: R'G'B' at 2x width and height." in rgb
    assert read_header(rgb).planes == "rgb"
    luma = generate_from_file(KERAS / "c2f8.keras").text
    assert read_header(luma).planes == "luma" and " planes=" not in luma


def colour_network(order: str) -> Network:
    """3 -> 8 -> 12 -> depth-to-space(2) in ``order``; CRD's last conv permuted to the same function."""
    rng = np.random.default_rng(3)
    head = Conv2D("head", "in", rng.normal(0, 0.2, (3, 3, 3, 8)), rng.normal(0, 0.01, 8), "relu")
    kernel, bias = rng.normal(0, 0.2, (3, 3, 8, 12)), rng.normal(0, 0.01, 12)
    if order == "CRD":  # DCR channel (k·3 + c) is CRD channel (c·4 + k)
        crd = [(c % 4) * 3 + c // 4 for c in range(12)]
        kernel, bias = kernel[..., crd], bias[crd]
    return Network(f"net_{order}", [Input("in", 3), head, Conv2D("last", "head", kernel, bias),
                                    DepthToSpace("d2s", "last", 2, order)], "d2s")


def test_final_groups_are_sub_pixels_in_both_depth_to_space_orders():
    dcr = plan_shader(colour_network("DCR")).final
    crd = plan_shader(colour_network("CRD")).final
    np.testing.assert_array_equal(dcr.kernel, crd.kernel)
    np.testing.assert_array_equal(dcr.bias, crd.bias)
    source = colour_network("DCR").node("last")
    assert dcr.kernel.shape[3] == 16  # 4 sub-pixels x (3 planes + a zero lane)
    for sub in range(4):
        lanes, channels = slice(4 * sub, 4 * sub + 3), slice(3 * sub, 3 * sub + 3)
        np.testing.assert_array_equal(dcr.kernel[..., lanes], source.kernel[..., channels])
        assert not np.any(dcr.kernel[..., 4 * sub + 3]) and dcr.bias[4 * sub + 3] == 0


def refusal(network, planes=None) -> str:
    with pytest.raises(ShadergenError) as caught:
        plan_shader(network, planes=planes, source="model.keras")
    assert caught.value.exit_code == 2 and "\n" not in str(caught.value)
    return str(caught.value)


def test_refusals():
    chroma = load_model(CHROMA_MODEL).network
    assert "--planes rgb applies to 3-channel 2x models; this is a chroma model" in refusal(chroma, "rgb")
    assert "unknown planes 'yuv'" in refusal(load_model(YCBCR_MODEL).network, "yuv")
    # 3 planes in, 2 out, at 2x: neither a chroma model nor a colour upscaler.
    rng = np.random.default_rng(0)
    two = Network("two", [Input("in", 3), Conv2D("c", "in", rng.normal(size=(3, 3, 3, 8)), np.zeros(8)),
                          DepthToSpace("d", "c", 2)], "d")
    assert "is 3 -> 2 channels at 2x" in refusal(two)
    # A chroma model whose skip adds the network input cannot be fused into a pass.
    first = Conv2D("c", "in", rng.normal(size=(3, 3, 3, 3)), np.zeros(3))
    last = Conv2D("o", "a", rng.normal(size=(3, 3, 3, 2)), np.zeros(2))
    skip = Network("skip", [Input("in", 3), first, Add("a", ("c", "in")), last], "o")
    assert "adds the network input" in refusal(skip)


def test_plane_layout_defaults():
    assert plane_layout(load_model(CHROMA_MODEL).network, None, "x") is CHROMA
    assert plane_layout(load_model(YCBCR_MODEL).network, None, "x").hook == "NATIVE"


def test_fp16_colour_shaders_load_the_three_planes_as_half_operands():
    text = generate_from_file(CHROMA_MODEL, variant="compute", precision="fp16").text
    first_pass = text.split("//!DESC")[2]  # [1] is the luma copy
    assert "#define HVEC4 f16vec4" in first_pass and "shared HVEC4 tile[" in first_pass
    # The 3-plane input goes through network_input() into the tile, like the luma plane's HFLOAT.
    assert re.search(r"tile\[i\] = inside \? HVEC4\(network_input\(q\)\) : HVEC4\(0\.0\);", first_pass)


def test_build_planes_option_and_file_names(tmp_path):
    build = ["build", "--out-dir", str(tmp_path)]
    result = CliRunner().invoke(cli, [*build, str(YCBCR_MODEL), "--planes", "rgb"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "ycbcr_c2f8_rgb_compute_fp32.glsl"
    assert path.read_text() == generate_from_file(YCBCR_MODEL, planes="rgb").text
    assert shader_file_name("ycbcr_c2f8", "compute", "fp32") == "ycbcr_c2f8_compute_fp32.glsl"
    result = CliRunner().invoke(cli, [*build, str(CHROMA_MODEL), "--variant", "fragment"])
    assert result.exit_code == 0 and (tmp_path / "chroma_c2f8_fragment_fp32.glsl").is_file()


def test_render_is_deterministic():
    network = load_model(CHROMA_MODEL).network
    texts = {render_shader(plan_shader(network, "fragment", "fp32"), HeaderInfo("a.keras")) for _ in range(2)}
    assert len(texts) == 1
