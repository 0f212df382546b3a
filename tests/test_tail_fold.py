"""The folded tail (shadergen/codegen/tail_fold.py): ArtCNN's conv2d_5, skip add and conv2d_6 as one
5x5 convolution of conv2d_4's output and the luma plane, corrected at the frame's border.

The fold is checked three ways: its arithmetic in numpy against the float64 reference of the whole
network (exact up to the float32 rounding of the folded weights), on frames so small that every
pixel is on a border and the corners' corrections overlap; the shaders that carry it on llvmpipe
against the same reference, on those frames; and where it must not apply."""

from __future__ import annotations

import re

import numpy as np
import pytest
from test_codegen_plan import c_network, conv

from shadergen.codegen.generate import generate_from_file
from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.codegen.shader_plan import ComputeTiling
from shadergen.codegen.tail_fold import fold_linear_tail
from shadergen.model.ir import Add, DepthToSpace, Input, Network
from shadergen.model.load import load_model
from shadergen.model.reference import conv2d_same, depth_to_space, run_network
from shadergen.mpv.parse import parse_shader
from shadergen.precision import FP16, FP32
from shadergen.resources import PACKAGE_DIR
from shadergen.verification.luma_accuracy import run_luma_shader, storage_floor

WEIGHTS = PACKAGE_DIR.parent / "weights"
# Every pixel on a border (1 or 2 wide or high), the 4 corners of a 3x2 frame, and a frame with an
# interior.
SIZES = [(1, 1), (2, 1), (1, 5), (2, 3), (3, 2), (7, 9), (13, 2)]
# The folded weights are float32: the fold's own error is that rounding, ~3e-8 on ArtCNN.
FOLD_BOUND = 1e-6
# A fold's border terms (sides, sign, taps): 4 sides of a row or column of 5 taps, 4 corners of 1.
EDGE_TERMS = [(("top",), 1, 5), (("bottom",), 1, 5), (("left",), 1, 5), (("right",), 1, 5),
              (("top", "left"), -1, 1), (("top", "right"), -1, 1), (("bottom", "left"), -1, 1),
              (("bottom", "right"), -1, 1)]


def folded_output(layer, x: np.ndarray, luma: np.ndarray) -> np.ndarray:
    """The folded last layer in float64, written from its definition: the 5x5 convolution of
    (X, luma) minus, at each border pixel, the edge terms of the sides (and corners) it is on."""
    height, width, channels = x.shape
    inputs = np.zeros((height, width, layer.kernel.shape[2]))
    inputs[..., :channels] = x  # X's groups, zero-padded, then the luma group
    if layer.appends_plane:
        inputs[..., -4] = luma
    out = conv2d_same(inputs, layer.kernel, layer.bias)
    padded = np.zeros((height + 4, width + 4, inputs.shape[2]))
    padded[2:-2, 2:-2] = inputs
    on = {"top": lambda y, x_: y == 0, "bottom": lambda y, x_: y == height - 1,
          "left": lambda y, x_: x_ == 0, "right": lambda y, x_: x_ == width - 1}
    (edges,) = [step.edges for step in layer.steps if step.kind == "edges"]
    for y in range(height):
        for x_ in range(width):
            for term in edges.terms:
                if all(on[side](y, x_) for side in term.sides):
                    value = term.bias + sum(padded[y + 2 + dy, x_ + 2 + dx] @ matrix
                                            for dx, dy, matrix in term.taps)
                    out[y, x_] -= term.sign * value
    return np.clip(depth_to_space(out, 2), 0.0, 1.0)


def before_tail(network: Network, image: np.ndarray, name: str) -> np.ndarray:
    """The float64 reference's tensor ``name`` (the network cut after it)."""
    names = [node.name for node in network.nodes]
    return run_network(Network("cut", network.nodes[:names.index(name) + 1], name), image)


def artcnn(model: str) -> Network:
    return load_model(WEIGHTS / f"{model}.keras").network


# (network, the tensor the folded last layer reads); 6 filters: X is zero-padded to 2 groups and the
# luma group is the third.
@pytest.mark.parametrize(("network", "x_name"), [
    (artcnn("ArtCNN_C4F16"), "conv2d_4"), (artcnn("ArtCNN_C4F32"), "conv2d_4"), (c_network(6), "body")])
def test_folded_tail_is_the_tail_on_every_border(network, x_name):
    layers = list(plan_shader(network, "compute", fold_tail=False).layers)
    folded = fold_linear_tail(layers)
    assert len(folded) == len(layers) - 1
    last = folded[-1]
    groups = -(-layers[-1].kernel.shape[2] // 4)
    assert last.kernel.shape == (5, 5, 4 * groups + 4, 4) and last.appends_plane
    assert last.source == layers[-2].source  # conv2d_4's output
    # 4 sides of 5 taps (every input group: the fold mixes them) and 4 corners of 1 tap.
    (edges,) = [step.edges for step in last.steps if step.kind == "edges"]
    assert [(term.sides, term.sign, len(term.taps)) for term in edges.terms] == EDGE_TERMS
    rng = np.random.default_rng(5)
    for height, width in SIZES:
        image = rng.random((height, width))
        exact = run_network(network, image)
        got = folded_output(last, before_tail(network, image, x_name), image)
        assert np.abs(got - exact).max() <= FOLD_BOUND, (height, width)


def tail_network(head_activation="linear", middle_activation="linear") -> Network:
    return Network("net", [
        Input("in", 1), conv("head", "in", 1, 8, head_activation), conv("body", "head", 8, 8, "relu"),
        conv("fuse", "body", 8, 8, middle_activation), Add("skip", ("fuse", "head")),
        conv("last", "skip", 8, 4), DepthToSpace("d2s", "last", 2)], "d2s")


def test_a_tail_without_a_skip_folds_without_the_luma_plane():
    network = Network("net", [Input("in", 1), conv("head", "in", 1, 8, "relu"),
                              conv("fuse", "head", 8, 8), conv("last", "fuse", 8, 4),
                              DepthToSpace("d2s", "last", 2)], "d2s")
    plan = plan_shader(network, "compute")
    last = plan.final
    assert len(plan.layers) == 2 and not last.appends_plane and last.kernel.shape == (5, 5, 8, 4)
    image = np.random.default_rng(2).random((3, 4))
    got = folded_output(last, before_tail(network, image, "head"), image)
    assert np.abs(got - run_network(network, image)).max() <= FOLD_BOUND


@pytest.mark.parametrize(("network", "variant", "options"), [
    (tail_network(middle_activation="relu"), "compute", {}),  # not linear
    (tail_network(head_activation="relu"), "compute", {}),  # the skip is not linear in luma
    (tail_network(), "fragment", {}),
    (tail_network(), "compute", {"weights_in": "texture"}),
    (tail_network(), "compute", {"fold_tail": False}),
    (c_network(8, size=5), "compute", {}),  # a 5x5 first layer: the fold covers 3x3 kernels only
])
def test_tail_is_not_folded_where_it_is_not_one_linear_convolution(network, variant, options):
    plan = plan_shader(network, variant, **options)
    assert not any(step.kind == "edges" for step in plan.final.steps)
    assert plan.final.kernel.shape[0] == 3 and not plan.final.appends_plane


def test_folded_plan_drops_a_pass_and_binds_the_luma_plane():
    network = tail_network()
    folded = plan_shader(network, "compute", fold_head=False)
    plain = plan_shader(network, "compute", fold_tail=False, fold_head=False)
    assert len(folded.passes) == len(plain.passes) - 1
    assert folded.passes[-1].binds == ("net_L1", "HOOKED")  # body's output, and luma
    text = render_shader(folded, HeaderInfo("net.keras"))
    assert text.count("vec4 tail_edges(ivec2 p, ivec2 last)") == 1
    assert text.count("-= vec4(tail_edges(c0, last));") == 1
    assert "// one 5x5 convolution of the tensor before it and the luma plane in the last pass" in text


def test_wide_folded_tail_computes_its_border_in_a_pass_of_its_own():
    network = c_network(32)
    plan = plan_shader(network, "compute", fold_head=False)
    assert plan.border_pass and not plan_shader(c_network(16), "compute").border_pass
    *_, border, last = plan.passes
    assert border.border and border.desc == "net compute fuse_skip_last_d2s border"
    assert (border.save, border.width, border.height) == ("net_EDGE", "HOOKED.w HOOKED.h +", "8")
    assert border.binds == ("net_L1p0", "net_L1p1", "HOOKED") and border.compute_size == (64, 8, 64, 4)
    assert last.binds == ("net_L1p0", "net_L1p1", "HOOKED", "net_EDGE")
    text = render_shader(plan, HeaderInfo("net.keras"))
    body = text[text.index("//!DESC net compute fuse_skip_last_d2s\n"):]
    # The last pass reads the correction (two texels a border pixel); the border pass composes it.
    assert "tail_input(" not in body and body.count("texelFetch(net_EDGE_raw, ") == 2
    assert text.count("vec4 tail_input(ivec2 q, ivec2 last, int g)") == 1


# The border pass stores each pixel's correction as float16 and what that rounding left: the files
# with and without the pass agree to float32 rounding (fp32), on frames where every pixel is on a
# border, and both match the reference.
@pytest.mark.parametrize("precision", ["fp32", "fp16"])
def test_border_pass_gives_the_correction_of_the_last_pass(precision, monkeypatch):
    from shadergen.codegen import plan as plan_module
    network = c_network(32)

    def shader():
        plan = plan_shader(network, "compute", precision)
        return parse_shader(render_shader(plan, HeaderInfo("net.keras")), "net.glsl")

    with_pass = shader()
    monkeypatch.setattr(plan_module, "BORDER_PASS", False)
    without = shader()
    tolerance = FP16 if precision == "fp16" else FP32
    rng = np.random.default_rng(5)
    for height, width in [(1, 1), (2, 3), (1, 5), (7, 9)]:
        image = rng.integers(16, 236, (height, width)) / 255.0
        reference, floor = storage_floor(network, image)
        got, old = run_luma_shader(with_pass, image), run_luma_shader(without, image)
        assert np.abs(got - reference).max() <= tolerance.tolerance(floor), (height, width)
        if precision == "fp32":
            assert np.abs(got - old).max() <= 2e-6, (height, width)


# On llvmpipe: the release files (compute fp32, compute fp16 with its packed-half 16x8 tile) and a
# small network's emulated tensor file, against the float64 reference, on frames where every pixel
# is on a border.
@pytest.mark.parametrize(("model", "variant", "precision"), [
    ("ArtCNN_C4F16", "compute", "fp32"), ("ArtCNN_C4F16", "compute", "fp16"),
    ("ArtCNN_C4F32", "compute", "fp32"), ("ArtCNN_C4F32", "compute", "fp16"),
])
def test_folded_release_shaders_match_the_reference_on_border_frames(model, variant, precision):
    generated = generate_from_file(WEIGHTS / f"{model}.keras", variant=variant, precision=precision)
    assert "tail_edges(" in generated.text
    network = generated.plan
    shader = parse_shader(generated.text, f"{model}.glsl")
    loaded = load_model(WEIGHTS / f"{model}.keras").network
    rng = np.random.default_rng(9)
    tolerance = FP16 if precision == "fp16" else FP32
    for height, width in [(1, 1), (2, 3), (3, 2), (1, 5), (9, 7)]:
        image = rng.integers(16, 236, (height, width)) / 255.0
        reference, floor = storage_floor(loaded, image)
        got = run_luma_shader(shader, image)
        assert np.abs(got - reference).max() <= tolerance.tolerance(floor), (height, width, network.variant)


def test_emulated_tensor_file_with_a_folded_tail_matches_the_reference():
    from shadergen.codegen.tensor_weights import tensor_eligible
    network = c_network(16)
    tiling = ComputeTiling(16, 4, 1, 1, "tensor", chunk_groups=4, tiles_down=3, prefetch=True)
    plan = plan_shader(network, "tensor", "fp16", matrix_ops="emulated", fold_head=False,
                       tiling=lambda layer: tiling if tensor_eligible(layer) else None)
    assert plan.inline_stem and plan.final.appends_plane
    descs = re.findall(r"^//!DESC (.*)$", render_shader(plan, HeaderInfo("net.keras")), re.M)
    assert descs == ["net tensor body", "net tensor fuse_skip_last_d2s"]
    shader = parse_shader(render_shader(plan, HeaderInfo("net.keras")), "net.glsl")
    for height, width in [(2, 3), (29, 37)]:
        image = np.random.default_rng(4).integers(16, 236, (height, width)) / 255.0
        reference, floor = storage_floor(network, image)
        assert np.abs(run_luma_shader(shader, image) - reference).max() <= FP16.tolerance(floor)


def test_tail_stays_when_the_tensor_before_the_last_layer_has_another_reader():
    network = Network("net", [
        Input("in", 1), conv("head", "in", 1, 8), conv("fuse", "head", 8, 8), Add("skip", ("fuse", "head")),
        conv("side", "skip", 8, 4, seed=3), conv("last", "skip", 8, 4), Add("both", ("last", "side")),
        DepthToSpace("d2s", "both", 2)], "d2s")
    plan = plan_shader(network, "compute")
    assert [layer.kernel_size for layer in plan.layers] == [3, 3, 3, 3]
    assert not any(step.kind == "edges" for layer in plan.layers for step in layer.steps)


# The folded last layer's tilings in a float file: literal (float tiles; a packed-half tile asked for
# is float there, since luma is not float16), thread slices cannot apply (one output group), several
# tiles per workgroup; phased, one group per phase. Within each family bit-identical, as
# test_codegen_tilings.py checks for the other layers.
FOLDED_FAMILIES = [
    [ComputeTiling(16, 8, 1, 1), ComputeTiling(8, 8, 1, 1, half_tile=True),
     ComputeTiling(8, 4, 1, 1, tiles_down=3), ComputeTiling(4, 4, 2, 2)],
    [ComputeTiling(16, 16, 1, 1, "phased"), ComputeTiling(8, 8, 1, 1, "phased", prefetch=True),
     ComputeTiling(32, 8, 1, 1, "phased", half_tile=True),
     ComputeTiling(16, 32, 1, 2, "phased", adjacent_rows=True),
     ComputeTiling(16, 32, 1, 4, "phased", prefetch=True, adjacent_rows=True)],
]


@pytest.mark.parametrize("family", range(len(FOLDED_FAMILIES)))
def test_folded_last_layer_tilings_give_bit_identical_output(family):
    network = c_network(6)
    image = np.random.default_rng(7).integers(16, 236, (29, 37)) / 255.0
    reference, floor = storage_floor(network, image)
    outputs = []
    for tiling in FOLDED_FAMILIES[family]:
        plan = plan_shader(network, "compute", "fp32",
                           tiling=lambda layer, t=tiling: t if layer.appends_plane else None)
        assert plan.final.appends_plane and not plan.tilings[-1].half_tile
        text = render_shader(plan, HeaderInfo("net.keras"))
        outputs.append(run_luma_shader(parse_shader(text, "net.glsl"), image))
    assert np.abs(outputs[0] - reference).max() <= FP32.tolerance(floor)
    for tiling, output in zip(FOLDED_FAMILIES[family][1:], outputs[1:], strict=True):
        assert np.array_equal(output, outputs[0]), tiling


@pytest.mark.parametrize(("filters", "precision", "tile", "phased", "half_tile"), [
    (16, "fp32", (16, 16), True, False), (32, "fp32", (16, 16), True, False),
    (16, "fp16", (16, 8), False, True), (32, "fp16", (8, 8), False, True),  # 16x8 needs 17 KiB there
])
def test_folded_last_layer_tilings_follow_the_h200_sweep(filters, precision, tile, phased, half_tile):
    """bench/README.md, "Folded tail": float files phase the folded layer one input group at a time
    on 16x16 tiles; float16 files keep its tile as packed float16, unphased, on the largest tile
    within 16 KiB."""
    plan = plan_shader(c_network(filters), "compute", precision)
    last, tiling = plan.final, plan.tilings[-1]
    assert last.appends_plane and (tiling.tile_w, tiling.tile_h) == tile
    assert (tiling.phased(last), tiling.half_tile) == (phased, half_tile)
    assert tiling.shared_bytes(last) <= 16 * 1024


@pytest.mark.parametrize(("rows", "loads"), [(1, 25), (2, 30), (4, 40)])
def test_adjacent_rows_load_each_texel_of_a_phase_once(rows, loads):
    """ComputeTiling.adjacent_rows: a thread's ``rows`` neighbouring pixels of the folded 5x5 layer
    read 5 + rows - 1 texel rows of 5 per input group and phase, each loaded once (5 x 5 x rows
    strided); the float16 form keeps strided pixels and a load per tap and pixel."""
    network = c_network(8)
    tiling = ComputeTiling(16, 32, 1, rows, "phased", adjacent_rows=True)
    for precision, expected in (("fp32", loads), ("fp16", 25 * rows)):
        plan = plan_shader(network, "compute", precision,
                           tiling=lambda layer, t=tiling: t if layer.appends_plane else None)
        last_pass = render_shader(plan, HeaderInfo("net.keras")).split("//!DESC")[-1]
        phases = last_pass.split("// Phase ")[1:]
        assert len(phases) == plan.final.in_groups
        load = re.compile(r"= (?:vec4|HVEC4|f16vec4)\((?:tile\[|tile_texel\()at \+ \d+")
        for phase in phases:
            assert len(load.findall(phase)) == expected
