"""The pass planner: stage fusion, texture layout, tiling limits, and the graphs it must refuse."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from shadergen.codegen.plan import MAX_THREADS, SHARED_MEMORY_LIMIT, plan_shader
from shadergen.codegen.shader_plan import ComputeTiling, Tensor
from shadergen.errors import ShadergenError
from shadergen.model.ir import Activation, Add, Conv2D, DepthToSpace, Input, Network
from shadergen.model.load import load_model
from shadergen.model.stages import stored_tensors

ROOT = Path(__file__).resolve().parent.parent
C4F16 = ROOT / "weights" / "ArtCNN_C4F16.keras"
KERAS = ROOT / "tests" / "data" / "keras"


def conv(name, source, cin, cout, activation="linear", size=3, seed=0):
    rng = np.random.default_rng(seed)
    return Conv2D(name, source, rng.normal(0, 0.1, (size, size, cin, cout)), rng.normal(0, 0.01, cout),
                  activation)


def c_network(filters=8, size=3, out=4, block=2, name="net"):
    return Network(name, [
        Input("in", 1), conv("head", "in", 1, filters, size=size),
        conv("body", "head", filters, filters, "relu"),
        conv("fuse", "body", filters, filters), Add("skip", ("fuse", "head")),
        conv("last", "skip", filters, out), DepthToSpace("d2s", "last", block),
    ], "d2s")


def test_artcnn_c4f16_layers_and_pass_counts():
    network = load_model(C4F16).network
    compute = plan_shader(network, "compute", "fp32", fold_tail=False, fold_head=False)
    assert [layer.name for layer in compute.layers] == [
        "conv2d", "conv2d_1", "conv2d_2", "conv2d_3", "conv2d_4", "conv2d_5_add", "conv2d_6_depth_to_space"]
    assert len(compute.passes) == 7
    # Fragment: one pass per group of 4 output channels, 16 filters = 4 groups, plus the output pass.
    assert len(plan_shader(network, "fragment", "fp32").passes) == 6 * 4 + 1
    skip = compute.layers[5]
    assert [s.kind for s in skip.steps] == ["add"] and skip.steps[0].operand.node == "conv2d"
    assert [s.activation.kind for s in compute.layers[1].steps] == ["relu"]
    assert [s.kind for s in compute.final.steps] == ["clip"]
    # By default the tail (conv2d_5, the add, conv2d_6) is one pass (tail_fold.py).
    folded = plan_shader(network, "compute", "fp32", fold_head=False)
    assert [layer.name for layer in folded.layers[4:]] == ["conv2d_4", "conv2d_5_add_conv2d_6_depth_to_space"]
    assert len(folded.passes) == 6 and [s.kind for s in folded.final.steps] == ["edges", "clip"]


@pytest.mark.parametrize("model", ["c2f8", "r2f8", "r1f8_silu"])
def test_stored_tensors_are_those_the_fp16_reference_rounds(model):
    network = load_model(KERAS / f"{model}.keras").network
    plan = plan_shader(network, "compute", "fp16", fold_tail=False, fold_head=False)
    stored = [layer.output.node for layer in plan.layers[:-1]] + [network.output]
    assert stored == stored_tensors(network)
    # A folded tail stores one tensor fewer (the sum before the last convolution): the shader is then
    # more accurate than the fp16-storage reference, which stays the conservative floor.
    folded = plan_shader(network, "compute", "fp16", fold_head=False)
    assert [layer.output.node for layer in folded.layers[:-1]] == stored[:-2]


def test_silu_blocks_keep_their_activation():
    plan = plan_shader(load_model(KERAS / "r1f8_silu.keras").network, "fragment", "fp32")
    activations = [s.activation.kind for layer in plan.layers for s in layer.steps if s.kind == "activation"]
    assert activations == ["silu", "silu"]


def test_texture_grids_are_compact():
    grids = {groups: Tensor("x", "t", 4 * groups).grid for groups in range(1, 9)}
    assert grids == {1: (1, 1), 2: (2, 1), 3: (3, 1), 4: (2, 2), 5: (3, 2), 6: (3, 2), 7: (4, 2), 8: (4, 2)}


@pytest.mark.parametrize("filters", [4, 6, 8, 12, 16, 24, 32])
@pytest.mark.parametrize("size", [3, 5, 7])
def test_compute_tiles_fit_the_portable_limits(filters, size):
    plan = plan_shader(c_network(filters, size), "compute", "fp32")
    for layer, tiling in zip(plan.layers, plan.tilings, strict=True):
        assert tiling.shared_bytes(layer) <= SHARED_MEMORY_LIMIT
        assert tiling.threads_x * tiling.threads_y * tiling.split(layer) <= MAX_THREADS
        assert tiling.tile_w % tiling.pixels_x == 0 and tiling.tile_h % tiling.pixels_y == 0


def test_a_forced_tiling_is_used_on_every_layer_within_opengl_limits():
    tiling = ComputeTiling(32, 8, 4, 2)
    with pytest.raises(ShadergenError, match="unknown weights mode 'array_tap'"):
        plan_shader(c_network(8), "compute", "fp32", tiling=ComputeTiling(8, 8, 1, 1, "array_tap"))
    plan = plan_shader(c_network(8), "compute", "fp32", tiling=tiling, fold_head=False)
    assert set(plan.tilings) == {tiling}
    assert plan.passes[1].compute_size == (32 * 2, 8, 8, 4)  # 2 groups tiled 2x1 per pixel
    with pytest.raises(ShadergenError, match="no compute tile fits 32768 bytes"):
        plan_shader(c_network(32), "compute", "fp32", tiling=ComputeTiling(32, 32, 1, 1))
    with pytest.raises(ShadergenError, match="not a multiple"):
        plan_shader(c_network(8), "compute", "fp32", tiling=ComputeTiling(16, 16, 3, 1))


def test_compute_pass_directives():
    plan = plan_shader(c_network(16), "compute", "fp32", fold_tail=False)
    first, skip, final = plan.passes[0], plan.passes[2], plan.passes[-1]
    assert first.binds == ("HOOKED",) and first.save == "net_L0"
    assert (first.width, first.height) == ("HOOKED.w 2 *", "HOOKED.h 2 *")  # 4 groups tiled 2x2
    assert plan.layers[0].output.parts == 1
    assert skip.binds == ("net_L1", "net_L0")  # input, then the skip operand
    assert final.save is None and (final.width, final.height) == ("HOOKED.w 2 *", "HOOKED.h 2 *")
    folded = plan_shader(c_network(16), "compute", "fp32").passes[-1]  # conv, add, conv in one pass
    assert folded.binds == ("net_L1", "HOOKED")  # the tensor before them and the luma plane
    bw, bh, tw, th = first.compute_size
    assert (bw, bh) == (plan.tilings[0].tile_w * 2, plan.tilings[0].tile_h * 2)


def test_fragment_binds_input_groups_and_the_same_group_of_skip_operands():
    plan = plan_shader(c_network(8), "fragment", "fp32")
    skip_group_1 = [p for p in plan.passes if p.layer.name == "fuse_skip" and p.group == 1][0]
    assert skip_group_1.binds == ("HOOKED", "net_L1_0", "net_L1_1", "net_L0_1")
    assert skip_group_1.save == "net_L2_1"


def refusal(network, variant="compute") -> str:
    with pytest.raises(ShadergenError) as caught:
        plan_shader(network, variant, "fp32", source="model.keras")
    message = str(caught.value)
    assert caught.value.exit_code == 2 and "\n" not in message and message.startswith("model.keras: ")
    return message


def test_refuses_more_than_128_filters():
    # 33..128 filters take the texture placement (tests/test_texture_weights.py).
    assert "at most 128 filters" in refusal(c_network(132))


def test_refuses_kernels_above_7():
    assert "9x9 kernel" in refusal(c_network(8, size=9))


def test_refuses_plane_layouts_without_a_shader():
    # Colour models (3 planes in) are planned: tests/test_colour_plan.py. 1 -> 3 and 2 -> 1 are not.
    assert "is 1 -> 3 channels at 2x; shaders exist for" in refusal(c_network(8, out=12))
    two_planes = Network("two", [Input("in", 2), conv("a", "in", 2, 4), DepthToSpace("s", "a")], "s")
    assert "is 2 -> 1 channels at 2x" in refusal(two_planes)


def test_refuses_upscaling_factors_above_4():
    assert "is 1 -> 1 channels at 5x" in refusal(c_network(25, out=25, block=5))


def test_plans_1x_and_3x_luma_models():
    network = Network("flat", [Input("in", 1), conv("a", "in", 1, 4), conv("b", "a", 4, 1)], "b")
    plan = plan_shader(network, "compute", "fp32")
    assert plan.planes.scale == 1 and plan.planes.when is None
    assert (plan.passes[-1].width, plan.passes[-1].height) == ("HOOKED.w", "HOOKED.h")
    plan = plan_shader(c_network(9, out=9, block=3), "fragment", "fp32")
    assert plan.planes.scale == 3 and plan.final.out_groups == 3  # 9 sub-pixels in 3 groups of 4 lanes
    assert (plan.passes[-1].width, plan.passes[-1].height) == ("HOOKED.w 3 *", "HOOKED.h 3 *")


def test_refuses_an_add_it_cannot_fuse():
    # b feeds both the Add and d: the Add cannot be fused into b's pass, and it has no conv of its own.
    network = Network("branchy", [
        Input("in", 1), conv("a", "in", 1, 4), conv("b", "a", 4, 4), Add("sum", ("a", "b")),
        conv("d", "b", 4, 4), Add("sum2", ("d", "sum")), conv("e", "sum2", 4, 4), DepthToSpace("s", "e"),
    ], "s")
    assert "sum (Add) does not follow a convolution" in refusal(network)


def test_refuses_an_activation_on_the_input():
    network = Network("act", [Input("in", 1), Activation("pre", "in", "relu"), conv("a", "pre", 1, 4),
                              DepthToSpace("s", "a")], "s")
    assert "pre (Activation)" in refusal(network)


def test_refuses_unknown_variant_and_precision():
    network = c_network(4)
    with pytest.raises(ShadergenError, match="unknown variant"):
        plan_shader(network, "vertex", "fp32")
    with pytest.raises(ShadergenError, match="unknown precision"):
        plan_shader(network, "compute", "int8")


def test_default_tilings_follow_the_h100_sweeps():
    # bench/README.md: every weight one multiply-add ("lanes"); the first layer on 8x4 tiles (1 output
    # group per thread when wide, 2 when narrow); the middle layers phased (input tile loaded 1 group
    # at a time): narrow ones on 16x8 tiles in 2 thread slices of 2 groups, the next phase
    # prefetched, wide ones on 32x8 tiles in passes of 4 groups; the last layer phased on 16x16
    # tiles when wide, unphased on an 8x8 half tile when narrow. The fp16 files: 2 groups per phase
    # (prefetched), and their narrow middle layers unphased, 4 tiles per workgroup.
    for precision, phase in (("fp32", 1), ("fp16", 2)):
        wide = plan_shader(c_network(32), "compute", precision, fold_tail=False)
        first, body, last = wide.layers[0], wide.layers[1], wide.layers[-1]
        tilings = dict(zip(wide.layers, wide.tilings, strict=True))
        assert tilings[first].split(first) == 8 and tilings[first].shared_bytes(first) == 10 * 6 * 4
        assert not tilings[first].phased(first)
        assert tilings[body].phased(body) and tilings[body].chunks(body) == 8 // phase
        assert tilings[body].prefetch == (precision == "fp16")
        assert tilings[body].half_sums == ("phase" if precision == "fp16" else "tap")
        assert tilings[body].passes(body) == 2 and tilings[body].split(body) == 1
        assert tilings[body].shared_bytes(body) == 34 * 10 * 16 * phase
        assert tilings[last].phased(last) and not tilings[last].prefetch and tilings[last].passes(last) == 1
        assert tilings[last].shared_bytes(last) == 18 * 18 * 16 * phase
        assert [p.compute_size for p in wide.passes] == (
            [(32, 8, 8, 32)] + [(64, 16, 32, 8)] * 4 + [(32, 32, 16, 16)])  # parts of 4 groups: 2x2 texels
    narrow = plan_shader(c_network(16), "compute", "fp32", fold_tail=False)
    sizes = [p.compute_size for p in narrow.passes]
    # Output texels per workgroup: the tile times the 2x2 group grid (the last pass: its 2x scale).
    assert sizes == [(16, 8, 8, 8)] + [(32, 16, 16, 16)] * (len(sizes) - 2) + [(16, 16, 8, 8)]
    assert [t.phased(layer) for t, layer in zip(narrow.tilings, narrow.layers, strict=True)] == (
        [False] + [True] * (len(sizes) - 2) + [False])
    assert [t.prefetch for t in narrow.tilings] == [False] + [True] * (len(sizes) - 2) + [False]
    assert [t.half_tile for t in narrow.tilings] == [False] * (len(sizes) - 1) + [True]
    # fp16 (bench/README.md, "Float16 on Vulkan"): 16x8 tiles of one slice (every output group in
    # each thread), one input group per phase, prefetched, each phase's float16 sums added to float.
    half = plan_shader(c_network(16), "compute", "fp16", fold_tail=False)
    assert [p.compute_size for p in half.passes][1:-1] == [(32, 16, 16, 8)] * (len(sizes) - 2)
    for tiling, layer in zip(half.tilings[1:-1], half.layers[1:-1], strict=True):
        assert tiling.phased(layer) and tiling.split(layer) == 1 and tiling.chunks(layer) == 4
        assert tiling.prefetch and tiling.half_sums == "phase" and tiling.shared_bytes(layer) == 18 * 10 * 16
    assert not half.tilings[0].phased(half.layers[0]) and not half.tilings[-1].phased(half.layers[-1])


def test_default_tilings_of_24_filters_follow_the_h200_sweep():
    # bench/README.md, compact sweep: 6 output groups (no passes of 4) run in 2 passes of 3 groups on
    # 16x16 tiles of one slice, one input group per phase, prefetched (fp32; 72 % of the H200's
    # FP32 peak against 55 % in 3 slices of 2). The fp16 files keep the narrow rule: unphased, 3
    # slices, 4 tiles per workgroup.
    network = c_network(24)
    plan = plan_shader(network, "compute", "fp32", fold_tail=False)
    middle = [(tiling, layer) for tiling, layer in zip(plan.tilings, plan.layers, strict=True)
              if layer.source is not None and not layer.is_final]
    assert len(middle) == 2
    for tiling, layer in middle:
        assert tiling.phased(layer) and tiling.prefetch and tiling.chunks(layer) == 6
        assert (tiling.tile_w, tiling.tile_h, tiling.passes(layer), tiling.split(layer)) == (16, 16, 2, 1)
        assert tiling.shared_bytes(layer) == 18 * 18 * 16
    # 3 groups per part: 3x1 texels per pixel, so a 16x16 tile writes 48x16 texels.
    assert [p.compute_size for p in plan.passes] == (
        [(24, 8, 8, 24)] + [(48, 16, 16, 16)] * 4 + [(32, 32, 16, 16)])
    half = plan_shader(network, "compute", "fp16", fold_tail=False)
    for tiling, layer in zip(half.tilings[1:-1], half.layers[1:-1], strict=True):
        assert not tiling.phased(layer) and tiling.split(layer) == 3 and tiling.tiles_down == 4
        assert tiling.passes(layer) == 1


def test_wide_layers_write_one_texture_per_pass():
    plan = plan_shader(c_network(32), "compute", "fp32", fold_tail=False)
    passes = {(p.layer.name, p.part): p for p in plan.passes}
    assert [p.desc for p in plan.passes][1:3] == ["net compute body part 0", "net compute body part 1"]
    body0, body1 = passes[("body", 0)], passes[("body", 1)]
    assert body0.binds == body1.binds == ("net_L0",)  # the first layer: one pass, one texture
    assert (body0.save, body1.save) == ("net_L1p0", "net_L1p1")
    assert (list(body0.out_groups), list(body1.out_groups)) == ([0, 1, 2, 3], [4, 5, 6, 7])
    assert (body0.width, body0.height) == ("HOOKED.w 2 *", "HOOKED.h 2 *")  # 4 groups of a part: 2x2
    # The skip layer reads both parts of its input and the one texture of the added tensor.
    skip = passes[("fuse_skip", 1)]
    assert skip.binds == ("net_L1p0", "net_L1p1", "net_L0") and skip.save == "net_L2p1"
    assert passes[("last_d2s", 0)].binds == ("net_L2p0", "net_L2p1")
    tensor = plan.layers[1].output
    assert (tensor.parts, tensor.grid) == (2, (2, 2))
    assert [tensor.locate(g) for g in (0, 3, 4, 7)] == [
        ("net_L1p0", (0, 0)), ("net_L1p0", (1, 1)), ("net_L1p1", (0, 0)), ("net_L1p1", (1, 1))]
