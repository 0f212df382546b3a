"""The folded head (shadergen/codegen/head_fold.py): ArtCNN's first layer and the second as one 5x5
layer on the luma plane, corrected at the frame's border; exact in float64, then within the fp32 and
fp16 bounds in the runtime, on frames that are all border too."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from codegen_accuracy_cases import CROPS, luma_crop, official_fp16, reference, run_in_libplacebo
from test_codegen_plan import c_network, conv
from test_tail_fold import EDGE_TERMS, SIZES, artcnn, before_tail

from shadergen.codegen import plan as plan_module
from shadergen.codegen.head_fold import fold_linear_head
from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.codegen.shader_plan import ComputeTiling
from shadergen.codegen.tensor_weights import tensor_eligible
from shadergen.model.ir import Add, DepthToSpace, Input, Network
from shadergen.model.reference import conv2d_same
from shadergen.mpv.parse import parse_shader
from shadergen.precision import FP16, FP32
from shadergen.verification.luma_accuracy import compare, run_luma_shader, storage_floor

# The folded weights are float32: the fold's own error is that rounding.
FOLD_BOUND = 1e-6


def folded_head_output(layer, luma: np.ndarray) -> np.ndarray:
    """The folded layer in float64, from its definition: the 5x5 convolution of the luma plane minus,
    at each border pixel, the edge terms of the sides (and corners) it is on, then ReLU."""
    height, width = luma.shape
    out = conv2d_same(luma[..., None], layer.kernel, layer.bias)
    padded = np.zeros((height + 4, width + 4, 1))
    padded[2:-2, 2:-2, 0] = luma
    on = {"top": lambda y, x: y == 0, "bottom": lambda y, x: y == height - 1,
          "left": lambda y, x: x == 0, "right": lambda y, x: x == width - 1}
    kinds = [step.kind for step in layer.steps]
    assert kinds == ["edges", "activation"] and layer.steps[1].activation.kind == "relu"
    for y in range(height):
        for x in range(width):
            for term in layer.steps[0].edges.terms:
                if all(on[side](y, x) for side in term.sides):
                    taps = (padded[y + 2 + dy, x + 2 + dx] @ matrix for dx, dy, matrix in term.taps)
                    value = term.bias + sum(taps)
                    out[y, x] -= term.sign * value
    return np.maximum(out, 0.0)


@pytest.mark.parametrize(("network", "first", "second"), [
    (artcnn("ArtCNN_C4F16"), "conv2d", "conv2d_1"), (artcnn("ArtCNN_C4F32"), "conv2d", "conv2d_1"),
    (c_network(6), "head", "body")])
def test_folded_head_is_the_head_on_every_border(network, first, second):
    # The tail folded: the stem has one reader.
    layers = list(plan_shader(network, "compute", fold_head=False).layers)
    folded = fold_linear_head(layers)
    assert len(folded) == len(layers) - 1 and folded[1:] == layers[2:]
    head = folded[0]
    filters = layers[1].kernel.shape[3]
    assert head.kernel.shape == (5, 5, 1, filters) and head.scalar_input and head.output == layers[1].output
    assert head.name == f"{first}_{second}"
    # 4 sides of 5 luma taps, 4 corners of 1.
    assert [(term.sides, term.sign, len(term.taps)) for term in head.steps[0].edges.terms] == EDGE_TERMS
    rng = np.random.default_rng(6)
    for height, width in SIZES:
        image = rng.random((height, width))
        exact = before_tail(network, image, second)
        assert np.abs(folded_head_output(head, image) - exact).max() <= FOLD_BOUND, (height, width)


def head_network(stem_activation="linear", skip_from="fuse") -> Network:
    return Network("net", [
        Input("in", 1), conv("stem", "in", 1, 8, stem_activation), conv("body", "stem", 8, 8, "relu"),
        conv("fuse", "body", 8, 8), Add("skip", (skip_from, "stem")),
        conv("last", "skip", 8, 4), DepthToSpace("d2s", "last", 2)], "d2s")


@pytest.mark.parametrize(("network", "variant", "options"), [
    (head_network(), "compute", {"fold_head": False}),  # not asked for
    (head_network(stem_activation="relu"), "compute", {"fold_head": True}),  # not linear
    (head_network(), "compute", {"fold_head": True, "fold_tail": False}),  # the skip add reads the stem too
    (head_network(), "fragment", {"fold_head": True}),
    (head_network(), "compute", {"fold_head": True, "weights_in": "texture"}),
])
def test_heads_that_are_not_folded(network, variant, options):
    precision = "fp16" if variant == "tensor" else "fp32"
    plan = plan_shader(network, variant, precision, **options)
    assert plan.layers[0].name == "stem" and plan.layers[0].kernel.shape[:2] == (3, 3)
    assert not any(step.kind == "edges" for step in plan.layers[0].steps)


@pytest.mark.parametrize("listed", [frozenset(), frozenset({"compute"}), frozenset({"compute", "tensor"})])
def test_the_default_plan_folds_the_head_of_the_listed_variants(listed, monkeypatch):
    """head_fold.FOLD_LINEAR_HEAD: the variants whose release files fold the head (each timed on its
    own engine); fold_head overrides it either way."""
    monkeypatch.setattr(plan_module, "FOLD_LINEAR_HEAD", listed)
    network = artcnn("ArtCNN_C4F16")
    for variant in ("compute", "tensor"):
        names = [layer.name for layer in plan_shader(network, variant, "fp16").layers[:2]]
        assert names == (["conv2d_conv2d_1", "conv2d_2"] if variant in listed else ["conv2d", "conv2d_1"])
        for fold in (False, True):
            plan = plan_shader(network, variant, "fp16", fold_head=fold)
            assert (plan.layers[0].name == "conv2d_conv2d_1") == fold


@pytest.mark.parametrize(("network", "precision"), [
    (artcnn("ArtCNN_C4F16"), "fp32"), (artcnn("ArtCNN_C4F16"), "fp16"), (artcnn("ArtCNN_C4F32"), "fp32"),
    (c_network(6), "fp32")])
def test_folded_head_shader_within_bounds_on_every_border(gl_context, network, precision):
    """The pass computing the folded head (one function per output group subtracting its border
    terms) in the runtime: every output within the bound of issue 4 of the float64 reference, on
    frames with an interior and frames that are all border."""
    bound = FP32 if precision == "fp32" else FP16
    plan = plan_shader(network, "compute", precision, fold_head=True)
    unfolded = plan_shader(network, "compute", precision)
    # One pass computes both layers (C4F32's second layer took 2 passes); the others are the same.
    assert plan.layers[0].kernel.shape[:2] == (5, 5) and plan.passes[0].layer is plan.layers[0]
    assert [p.desc for p in plan.passes[1:]] == [p.desc for p in unfolded.passes if p.layer.index >= 2]
    text = render_shader(plan, HeaderInfo("net.keras"))
    groups = -(-plan.layers[0].kernel.shape[3] // 4)
    assert all(f"vec4 tail_edges_{g}(ivec2 p, ivec2 last)" in text for g in range(groups))
    shader = parse_shader(text, "net.glsl")
    rng = np.random.default_rng(8)
    for height, width in [(29, 37), (1, 1), (2, 3), (5, 1)]:
        image = rng.integers(16, 236, (height, width)) / 255.0
        reference, floor = storage_floor(network, image)
        output = run_luma_shader(shader, image, ctx=gl_context)
        assert np.abs(output - reference).max() <= bound.tolerance(floor), (height, width)


@pytest.mark.parametrize(("model", "groups_per_thread"), [("ArtCNN_C4F16", 2), ("ArtCNN_C4F32", 4)])
def test_folded_head_runs_in_two_thread_slices(model, groups_per_thread):
    """tilings.HEAD_SLICES: its border terms run on every pixel on llvmpipe, once per slice (C4F32's
    head pass there: 37.6 ms in 2 slices, 205 in 8)."""
    plan = plan_shader(artcnn(model), "compute", "fp32", fold_head=True)
    head, tiling = plan.layers[0], plan.tilings[0]
    assert tiling.split(head) == 2 and head.out_groups // tiling.split(head) == groups_per_thread


@pytest.mark.parametrize(("filters", "fields"), [
    (16, {"chunk_groups": 4, "tiles_down": 3, "prefetch": True}), (32, {"chunk_groups": 4, "pass_split": 2})])
def test_folded_head_before_emulated_tensor_passes(filters, fields, monkeypatch):
    """The tensor variant: the folded head is a compute pass of its own (not computed inside the
    tensor passes, as a 3x3 stem is), and the tensor passes from the third layer on read its output:
    the same numbers as the compute variant's folded file, within one float16 step (as
    test_tensor_variant.py's cases), and within the fp16 bound of the reference."""
    monkeypatch.setattr(plan_module, "TENSOR_INLINE_STEM_CHANNELS", 16)  # a 3x3 stem would be inlined
    network = c_network(filters)
    tiling = ComputeTiling(16, 4, 1, 1, "tensor", **fields)
    tensor_plan = plan_shader(network, "tensor", "fp16", fold_head=True, matrix_ops="emulated",
                              tiling=lambda layer: tiling if tensor_eligible(layer) else None)
    assert not tensor_plan.inline_stem and tensor_plan.passes[0].layer is tensor_plan.layers[0]
    assert tensor_plan.layers[0].kernel.shape[:2] == (5, 5) and not tensor_eligible(tensor_plan.layers[0])
    compute_plan = plan_shader(network, "compute", "fp16", fold_head=True)
    image = np.random.default_rng(11).integers(16, 236, (29, 37)) / 255.0
    tensor, compute = (run_luma_shader(parse_shader(render_shader(plan, HeaderInfo("n.keras")), "n"), image)
                       for plan in (tensor_plan, compute_plan))
    reference, floor = storage_floor(network, image)
    assert np.abs(tensor - compute).max() <= 2.0 ** -10
    assert np.abs(tensor - reference).max() <= FP16.tolerance(floor)


@pytest.mark.parametrize("variant", ["compute", "tensor"])
def test_folded_head_computes_in_float_in_fp16_files(variant):
    """head_fold.HEAD_IN_FLOAT: the head's pass has no float16 types or literals; every other pass
    of the fp16 file computes in float16 where the compiler has it."""
    plan = plan_shader(artcnn("ArtCNN_C4F16"), variant, "fp16", fold_head=True)
    text = render_shader(plan, HeaderInfo("net.keras"))
    passes = text.split("//!HOOK")[1:]
    assert len(passes) == len(plan.passes)
    assert "HVEC4" not in passes[0] and "HFLOAT" not in passes[0] and "tail_edges_3" in passes[0]
    assert "computes in float: its weights are products" in text
    assert all("HVEC4" in text or "f16vec4" in text for text in passes[1:])


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg with libplacebo is missing")
@pytest.mark.parametrize(("model", "crops"), [
    ("ArtCNN_C4F16", list(CROPS)), ("ArtCNN_C4F32", ["cel 128x96"])])
def test_folded_head_fp16_in_libplacebo_below_the_official_shader(tmp_path, model, crops):
    """Real float16 arithmetic (libplacebo on lavapipe): the fp16 file with the folded head stays
    below the official ArtCNN v1.6.2 fp16 shader's max and mean error on issue 4's crops, as the
    release files do. With float16 products in the head pass C4F16 erred 4.14e-3 on cel 61x47, over
    the official 3.77e-3; in float 1.57e-3 (measured, lavapipe)."""
    network = artcnn(model)
    text = render_shader(plan_shader(network, "compute", "fp16", fold_head=True), HeaderInfo("n.keras"))
    for crop in crops:
        exact, floor = reference(model, crop)
        report = compare(run_in_libplacebo(text, luma_crop(crop), tmp_path), exact, floor, "fp16")
        bound_max, bound_mean = official_fp16(model, crop)
        assert report.max_abs <= bound_max and report.mean_abs <= bound_mean, (crop, report)
