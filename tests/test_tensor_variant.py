"""The tensor variant: middle layers as 16x16x16 matrix products on NVIDIA's tensor cores.

Only libplacebo on an NVIDIA GPU's Vulkan runs GL_NV_cooperative_matrix (bench/coopmat-probe.json;
the dist/ files' error there, against the float64 reference, is in bench/README.md "Tensor cores").
Here the same passes are rendered with ``matrix_ops="emulated"``: the cooperative loads, products
and stores become loops over the same shared-memory offsets and strides, which llvmpipe runs. That
checks everything but the hardware's products themselves: the tile and weight layouts (padded rows,
texture order, phases of 16 channels, resident weights), tiles per workgroup with the next one
prefetched, passes of 16 channels with textures of their own, the staged epilogue (bias, ReLU, adds
of stored tensors) and the zero padding at every border of an odd-sized frame. The default 16x8
tiles need 36-43 KiB of shared memory as floats (emulated float16 is float on OpenGL), over
llvmpipe's 32 KiB, so the cases use 16x4 tiles. The dist/ tensor files' own cooperative-matrix text
runs in tests/test_tensor_release_emulated.py.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from test_codegen_plan import c_network, conv

from shadergen.codegen import plan as plan_module
from shadergen.codegen import render as render_module
from shadergen.codegen.generate import generate_from_file
from shadergen.codegen.head_fold import FOLD_LINEAR_HEAD
from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.codegen.shader_plan import ComputeTiling
from shadergen.codegen.tensor_weights import TensorShape, tensor_block, tensor_eligible, tensor_texels
from shadergen.codegen.tilings import TENSOR_SHARED_LIMIT
from shadergen.errors import ShadergenError
from shadergen.model.ir import Add, DepthToSpace, Input, Network
from shadergen.mpv.parse import parse_shader
from shadergen.precision import FP16
from shadergen.resources import PACKAGE_DIR
from shadergen.verification.luma_accuracy import run_luma_shader, storage_floor

WEIGHTS = PACKAGE_DIR.parent / "weights"
LUMA = np.random.default_rng(11).integers(16, 236, (29, 37)) / 255.0  # 37x29: partial tiles everywhere
# The two variants add the same float16 products in different orders, and every stored tensor is
# rounded to float16: an output may land one float16 step (2^-11 below 1.0) apart.
ORDER_BOUND = 2.0 ** -10


def wide_network(filters: int) -> Network:
    """Wider than 32 filters (texture placement for the first and last layers) with 1x1 middle
    convolutions, whose emulated tiles fit llvmpipe's shared memory."""
    return Network("net", [
        Input("in", 1), conv("head", "in", 1, filters),
        conv("body", "head", filters, filters, "relu", size=1),
        conv("fuse", "body", filters, filters, size=1),
        Add("skip", ("fuse", "head")), conv("last", "skip", filters, 4), DepthToSpace("d2s", "last", 2),
    ], "d2s")


CASES = {
    "16 filters, one tile per workgroup": (c_network(16), dict(chunk_groups=4)),
    # The first layer inlined (computed by both its readers) needs 16x2 tiles to fit in 32 KiB as floats.
    "16 filters, 3 tiles per workgroup, prefetched": (
        c_network(16), dict(tile_h=2, chunk_groups=4, tiles_down=3, prefetch=True)),
    "32 filters, 2 phases, 2 passes": (c_network(32), dict(chunk_groups=4, pass_split=2)),
    "48 filters, 3 phases (texture placement)": (wide_network(48), dict(chunk_groups=4)),
    "16 filters, 3 tiles per workgroup, prefetched, first layer stored": (
        c_network(16), dict(chunk_groups=4, tiles_down=3, prefetch=True, inline_stem=False)),
    "32 filters (1x1 middle layers), resident weights, 2 tiles prefetched, first layer inlined": (
        wide_network(32), dict(chunk_groups=8, tiles_down=2, prefetch=True)),
    # Its first layer inlined needs more than llvmpipe's 32 KiB as floats (it fits 48 KiB as float16).
    "48 filters, resident weights, 2 tiles prefetched, first layer stored": (
        wide_network(48), dict(chunk_groups=12, tiles_down=2, prefetch=True, inline_stem=False)),
    "16 filters, 4 rows per subgroup, 3 tiles prefetched": (
        c_network(16), dict(pixels_y=2, chunk_groups=4, tiles_down=3, prefetch=True)),
    "32 filters, 4 rows per subgroup, 2 phases, 2 passes": (
        c_network(32), dict(pixels_y=2, chunk_groups=4, pass_split=2)),
}


def run(network: Network, variant: str, fields: dict | None = None):
    options = {}
    if variant == "tensor":
        shape = {"tile_w": 16, "tile_h": 4, "pixels_x": 1, "pixels_y": 1, "weights": "tensor"}
        tiling = ComputeTiling(**{**shape, **fields})
        options = {"matrix_ops": "emulated",
                   "tiling": lambda layer: tiling if tensor_eligible(layer) else None}
    # The first layer is the tensor passes' own (inlined or stored), not folded into the second.
    plan = plan_shader(network, variant, "fp16", fold_head=False, **options)
    text = render_shader(plan, HeaderInfo("net.keras"))
    return run_luma_shader(parse_shader(text, "net.glsl"), LUMA), plan


@pytest.mark.parametrize("case", CASES)
def test_emulated_tensor_passes_compute_what_the_compute_variant_does(case, monkeypatch):
    network, fields = CASES[case]
    fields = dict(fields)
    inline = fields.pop("inline_stem", True)
    monkeypatch.setattr(plan_module, "TENSOR_INLINE_STEM", inline)
    monkeypatch.setattr(plan_module, "TENSOR_INLINE_STEM_CHANNELS", 16)  # by default 32 and more
    reference, floor = storage_floor(network, LUMA)
    (tensor, plan), (compute, _) = run(network, "tensor", fields), run(network, "compute")
    # The first layer is computed by its readers wherever they are one-pass prefetched tensor passes
    # with resident weights.
    assert plan.inline_stem == (inline and "prefetch" in fields and fields.get("pass_split", 1) == 1)
    assert any(shader_pass.layer is plan.layers[0] for shader_pass in plan.passes) != plan.inline_stem
    assert np.abs(tensor - compute).max() <= ORDER_BOUND
    error = np.abs(tensor - reference).max()
    assert error <= FP16.tolerance(floor)
    assert error <= np.abs(compute - reference).max() + ORDER_BOUND / 2


def test_weight_texture_holds_each_weight_where_the_passes_read_it():
    network = c_network(32)
    layer = plan_shader(network, "tensor", "fp16", fold_head=False).layers[1]
    shape = TensorShape(layer, ComputeTiling(16, 8, 1, 1, "tensor", pass_split=2))
    texels = tensor_texels(shape)
    assert texels.shape == (2 * 32, 9 * 16 // 4, 4) and texels.dtype == np.float16
    kernel = layer.kernel.astype(np.float16)
    for part, ci, ky, kx, co in [(0, 0, 0, 0, 0), (1, 31, 2, 2, 15), (0, 17, 1, 2, 6), (1, 5, 2, 0, 9)]:
        tap = 3 * ky + kx
        assert texels[part * 32 + ci, tap * 4 + co // 4, co % 4] == kernel[ky, kx, ci, 16 * part + co]
    block = tensor_block("net", shape)
    assert (block["width"], block["height"], block["format"]) == (36, 64, "rgba16hf")
    assert bytes.fromhex(block["hex"]) == texels.astype("<f2").tobytes()


# The release tensor files' first layer: folded into the second (head_fold.py), a compute pass of its
# own, where head_fold.FOLD_LINEAR_HEAD lists the variant; else computed by the pass that reads it
# (N / 16 products per 16 pixels of its tile with the halo: 12 matrices on 16x8 tiles, 3 a subgroup).
TENSOR_HEAD_FOLDED = "tensor" in FOLD_LINEAR_HEAD
TENSOR_LAYERS = 4 - TENSOR_HEAD_FOLDED  # ArtCNN C4's layers on tensor cores
STEM_PRODUCTS = 0 if TENSOR_HEAD_FOLDED else 3  # a subgroup's, for the inlined first layer's 16 channels


# The tail (conv2d_5, the skip add, conv2d_6) is folded into the last pass, the compute fp16 file's
# (tail_fold.py). So 4 tensor passes (3 with the head folded): 9 taps x 2 matrix rows a subgroup x
# (in blocks x out blocks) products each. C4F16's tensor layers have two forms of their pass each
# (8 tiles per workgroup, and 4 for small frames), so its file has 9 passes of which 5 run (8 and 5).
@pytest.mark.parametrize(("model", "products", "passes", "down"), [
    ("C4F16", 2 * (TENSOR_LAYERS * 9 * 2 + STEM_PRODUCTS), 2 * TENSOR_LAYERS + 1 + TENSOR_HEAD_FOLDED, 8),
    ("C4F32", TENSOR_LAYERS * 9 * 8 + STEM_PRODUCTS * 2, 6, 4)])
def test_artcnn_tensor_files_put_the_middle_layers_on_tensor_cores(model, products, passes, down):
    tensor = generate_from_file(WEIGHTS / f"ArtCNN_{model}.keras", variant="tensor", precision="fp16")
    compute = generate_from_file(WEIGHTS / f"ArtCNN_{model}.keras", variant="compute", precision="fp16")
    plan = tensor.plan
    assert plan.inline_stem != TENSOR_HEAD_FOLDED and len(plan.passes) == passes
    tilings = [tiling.weights for tiling in plan.tilings]
    assert tilings == ["literal"] + ["tensor"] * TENSOR_LAYERS + [compute.plan.tilings[-1].weights]
    assert plan.final.appends_plane and plan.tilings[-1] == compute.plan.tilings[-1]
    middle = plan.tilings[1]
    assert (middle.tile_w, middle.tile_h, middle.tiles_down, middle.prefetch) == (16, 8, down, True)
    assert middle.chunk(plan.layers[1]) == plan.layers[1].in_groups  # one phase: resident weights
    assert all(tiling.shared_bytes(layer) <= TENSOR_SHARED_LIMIT
               for layer, tiling in zip(plan.layers[1:-1], plan.tilings[1:-1], strict=True))
    assert tensor.text.count("coopMatMulAddNV(") == products
    assert len(re.findall(r"^//!TEXTURE ArtCNN_\w+_T[1-4]$", tensor.text, re.M)) == TENSOR_LAYERS
    # C4F16's last pass is the compute fp16 file's (C4F32's reads one texture of 8 groups where the
    # compute file has 2 of 4).
    def bodies(text):
        return [part.split("\n", 1)[1].split("//!TEXTURE")[0].strip() for part in text.split("//!DESC ")[1:]]
    ours, theirs = bodies(tensor.text), bodies(compute.text)
    assert len(ours) == passes
    assert (ours[-1] == theirs[-1]) == (model == "C4F16")
    assert "tail_edges(" in ours[-1]


def test_every_other_narrow_tensor_pass_walks_its_workgroups_in_reverse(monkeypatch):
    reversed_descs = []
    for model in ("C4F16", "C4F32"):
        text = generate_from_file(WEIGHTS / f"ArtCNN_{model}.keras", variant="tensor", precision="fp16").text
        reversed_descs += [part.split("\n", 1)[0] for part in text.split("//!DESC ")[1:]
                           if "gl_NumWorkGroups.xy - 1u - gl_WorkGroupID.xy" in part]
    assert reversed_descs == [f"ArtCNN_C4F16 tensor conv2d_{k}{form}" for k in (2, 4)
                              for form in (" (small frames)", "")]
    # The order of the workgroups changes nothing else: the same output, to the bit (emulated).
    network = Network("net", [
        Input("in", 1), conv("head", "in", 1, 16), conv("a", "head", 16, 16, "relu"),
        conv("b", "a", 16, 16, "relu"), conv("fuse", "b", 16, 16), Add("skip", ("fuse", "head")),
        conv("last", "skip", 16, 4), DepthToSpace("d2s", "last", 2)], "d2s")
    fields = dict(chunk_groups=4, tiles_down=3, prefetch=True)
    forward, plan = run(network, "tensor", fields)
    assert [layer.name for layer in plan.layers[1:3]] == ["a", "b"] and plan.tilings[2].weights == "tensor"
    assert render_shader(plan, HeaderInfo("net.keras")).count("gl_NumWorkGroups.xy - 1u") == 1  # b
    monkeypatch.setattr(render_module, "TENSOR_REVERSE_WALK", False)
    assert np.array_equal(run(network, "tensor", fields)[0], forward)


# (C4F16's four tensor passes come in two forms: the form for larger frames is looked at, and the
# register weights counted in both.)
@pytest.mark.parametrize(("model", "half_staged", "register_weights"),
                         [("C4F16", TENSOR_LAYERS, 2 * TENSOR_LAYERS * 9), ("C4F32", TENSOR_LAYERS, 0)])
def test_tensor_epilogue_and_weight_options_where_measured_to_pay(model, half_staged, register_weights):
    """ReLU layers with resident weights start from the bias, apply the ReLU to the accumulators and
    stage float16 (C4F32's 32-channel ones too since round 15's branch-free epilogue; slower with
    round 6's); every 16-channel pass keeps its 9 weight matrices in registers (C4F32's 36 do not
    fit) (bench/README.md, "Tensor cores", round 6, and "Round 15")."""
    generated = generate_from_file(WEIGHTS / f"ArtCNN_{model}.keras", variant="tensor", precision="fp16")
    text = generated.text
    passes = [body for body in text.split("//!DESC ")[1:] if "(small frames)" not in body.split("\n", 1)[0]]
    passes = [body for body in passes if "coopMatMulAddNV(" in body]
    assert len(passes) == TENSOR_LAYERS
    staged = [body for body in passes if "shared HFLOAT sh[" in body and "shared float st[" not in body]
    assert len(staged) == half_staged
    assert sum("= bias0;" in body for body in passes) == half_staged
    assert text.count("coopMatLoadNV(w") == register_weights


@pytest.mark.parametrize(("model", "half_prefetched"), [("C4F16", 3), ("C4F32", 0)])
def test_prefetched_texels_are_held_as_float16_in_16_channel_passes(model, half_prefetched):
    """Round 17 (bench/README.md): the next tile's texels of a 16-channel pass with resident weights
    are held as float16 (exact: the stored tensors are rgba16f), C4F16's middle passes 0.107 -> 0.1035
    ms; C4F32's 32-channel passes were slower that way, and the first pass (its luma rows) keeps float."""
    text = generate_from_file(WEIGHTS / f"ArtCNN_{model}.keras", variant="tensor", precision="fp16").text
    passes = [body for body in text.split("//!DESC ")[1:] if "(small frames)" not in body.split("\n", 1)[0]]
    held = [body for body in passes if re.search(r"^    HVEC4 n0_0, n0_1, n0_2, n0_3;$", body, re.M)]
    assert len(held) == half_prefetched
    for body in held:
        assert "#define HVEC4 f16vec4" in body
        assert len(re.findall(r"^ +n[01]_[0-3] = HVEC4\(f[01] \? texelFetch\(", body, re.M)) == 2 * 8
        assert not re.search(r"^ +vec4 n0_0", body, re.M)


def test_release_tensor_passes_finish_both_halves_of_a_subgroup_with_one_code():
    """Round 15: the epilogue had a branch per half of a subgroup (invocations 0-15, 16-31), which the
    GPU runs one after the other; the release passes have none, and store each pass's declared shared
    memory within the planner's estimate."""
    for model in ("C4F16", "C4F32"):
        generated = generate_from_file(WEIGHTS / f"ArtCNN_{model}.keras", variant="tensor", precision="fp16")
        bodies = [body for body in generated.text.split("//!DESC ")[1:] if "coopMatMulAddNV(" in body]
        assert len(bodies) == (2 if model == "C4F16" else 1) * TENSOR_LAYERS
        # one code: halves 4 channels apart, or (C4F32, round 20) texel rows of 32 consecutive texels
        assert all("if (lane < 16)" not in body and ("(lane >> 4)" in body or "ivec2(lane & 3, " in body)
                   for body in bodies)
        larger = [body for body in bodies if "(small frames)" not in body.split("\n", 1)[0]]
        plan = generated.plan
        tensor_layers = [(layer, tiling) for layer, tiling in zip(plan.layers, plan.tilings, strict=True)
                         if tiling.weights == "tensor"]
        # (an inlined first layer's pass, the first, is left out)
        skipped = int(plan.inline_stem)
        for body, (layer, tiling) in zip(larger[skipped:], tensor_layers[skipped:], strict=True):
            declared = sum(int(size) * (2 if kind == "HFLOAT" else 4)
                           for kind, size in re.findall(r"^shared (HFLOAT|float) \w+\[(\d+)\];", body, re.M))
            assert declared <= tiling.shared_bytes(layer) <= TENSOR_SHARED_LIMIT


def test_a_pass_whose_groups_add_fetched_texels_keeps_a_branch_per_half():
    tiling = ComputeTiling(16, 4, 1, 1, "tensor", chunk_groups=4)
    plan = plan_shader(wide_network(48), "tensor", "fp16",
                       tiling=lambda layer: tiling if tensor_eligible(layer) else None)
    text = render_shader(plan, HeaderInfo("net.keras"))
    passes = {body.split("\n", 1)[0]: body for body in text.split("//!DESC ")[1:]}
    body, skip = passes["net tensor body"], passes["net tensor fuse_skip"]
    # body: 48 channels in phases, staged as float, ReLU on each group: one code, biases by half
    assert "if (lane < 16)" not in body and "(upper ? vec4(" in body
    assert "if (lane < 16)" in skip and "(lane >> 4)" not in skip


# Float16 staging (16 filters) and float staging (32 filters, TENSOR_HALF_STAGE_WIDE off): the
# branch-free epilogue computes what the branch per half did, to the bit (emulated).
@pytest.mark.parametrize(("network", "fields", "wide_half"), [
    (c_network(16), dict(chunk_groups=4, tiles_down=3, prefetch=True), True),
    (wide_network(32), dict(chunk_groups=8, tiles_down=2, prefetch=True), False),
])
def test_branch_free_epilogue_computes_what_the_branch_per_half_did(network, fields, wide_half, monkeypatch):
    monkeypatch.setattr(render_module, "TENSOR_HALF_STAGE_WIDE", wide_half)
    one_code, plan = run(network, "tensor", fields)
    text = render_shader(plan, HeaderInfo("net.keras"))
    assert "(lane >> 4)" in text and "if (lane < 16)" not in text
    monkeypatch.setattr(render_module, "TENSOR_UNIFORM_EPILOGUE", False)
    branches, plan = run(network, "tensor", fields)
    assert "if (lane < 16)" in render_shader(plan, HeaderInfo("net.keras"))
    assert np.array_equal(one_code, branches)


def test_32_channel_layers_staged_as_float16_stay_within_one_float16_step_of_float_staging(monkeypatch):
    """The accumulators of a float16-staged layer are rounded to nearest-even by the conversion, a
    float-staged layer's by round_half (ties away from zero): an output may move by one step."""
    network, fields = wide_network(32), dict(chunk_groups=8, tiles_down=2, prefetch=True)
    half, plan = run(network, "tensor", fields)
    assert "shared HFLOAT sh[" in render_shader(plan, HeaderInfo("net.keras"))
    monkeypatch.setattr(render_module, "TENSOR_HALF_STAGE_WIDE", False)
    single, plan = run(network, "tensor", fields)
    assert "shared float st[" in render_shader(plan, HeaderInfo("net.keras"))
    assert np.abs(half - single).max() <= ORDER_BOUND
    reference, floor = storage_floor(network, LUMA)
    assert np.abs(half - reference).max() <= FP16.tolerance(floor)


def stem_network(head_activation: str = "linear", filters: int = 32) -> Network:
    return Network("net", [
        Input("in", 1), conv("head", "in", 1, filters, head_activation),
        conv("body", "head", filters, filters, "relu"), conv("fuse", "body", filters, filters),
        Add("skip", ("fuse", "head")), conv("last", "skip", filters, 4), DepthToSpace("d2s", "last", 2),
    ], "d2s")


# (network, plan options, inlined, the passes computing the first layer, passes of one form). With the
# tail folded the first layer's one reader is the first middle pass (16 channels measured to pay then,
# plan.TENSOR_INLINE_STEM_CHANNELS; that pass comes in two forms, one for small frames); unfolded,
# the skip add would compute it too, but with 32 channels staged as float16 (round 15) that pass
# would need 49.7 KiB of shared memory, over the 48 KiB limit, so the first layer keeps its pass. A
# folded 32-filter tail has its border pass (plan.BORDER_PASS_CHANNELS).
@pytest.mark.parametrize(("network", "options", "inlined", "readers", "passes"), [
    (stem_network(), {}, True, 1, 3),
    (stem_network(filters=16), {}, True, 2, 2),
    (stem_network(), {"fold_tail": False}, False, 0, 4),
    (stem_network(filters=16), {"fold_tail": False}, False, 0, 4),  # measured to gain nothing then
    (stem_network("relu"), {}, False, 0, 4),  # its output is added: an activation cannot go into the sums
])
def test_first_layer_is_computed_by_its_readers_only_where_that_was_measured_to_pay(network, options, inlined,
                                                                                   readers, passes):
    plan = plan_shader(network, "tensor", "fp16", fold_head=False, **options)
    assert plan.inline_stem == inlined
    text = render_shader(plan, HeaderInfo("net.keras"))
    descs = [desc for desc in re.findall(r"^//!DESC (.*)$", text, re.M)
             if not desc.endswith("(small frames)")]  # one form of each pass
    assert descs[0] == ("net tensor body" if inlined else "net tensor head")
    assert len(descs) == passes
    # Its readers bind the luma plane instead of its output, which nothing stores.
    assert ("net_L0" not in text) == inlined
    assert text.count("float stem_luma(") == readers
    # Round 17: a 16-channel first layer's 9 luma values come from 3 textureGather blocks and 1 texel
    # (render.TENSOR_STEM_GATHER_CHANNELS); a 32-channel one's from 9 texels (measured slower there).
    gathers = readers if plan.layers[0].kernel.shape[3] <= 16 else 0
    assert text.count("vec4 stem_gather(") == gathers
    assert len(re.findall(r"= stem_gather\(u\d", text)) == gathers * 3 * 2 * 2  # 3 blocks, 2 rounds, 2 places
    assert text.count("The first layer has no pass of its own") == inlined
    assert plan_shader(network, "compute", "fp16").inline_stem is False


@pytest.mark.parametrize(("chunk_groups", "prefetched"), [(12, True), (4, False)])
def test_skip_add_is_fetched_early_only_with_resident_weights(chunk_groups, prefetched):
    """Measured: early skip-add fetches paid in one-phase passes (C4F16, C4F32) and cost 15 % in
    R8F64's four-phase ones, which hold them through every phase (bench/tensor-wide-round9.json)."""
    tiling = ComputeTiling(16, 4, 1, 1, "tensor", chunk_groups=chunk_groups)
    plan = plan_shader(wide_network(48), "tensor", "fp16",
                       tiling=lambda layer: tiling if tensor_eligible(layer) else None)
    skip = render_shader(plan, HeaderInfo("net.keras")).split("//!DESC ")[3]
    assert skip.startswith("net tensor fuse_skip")
    product = skip.index("coopMatMulAddNV(")
    fetches = [match.start() for match in re.finditer(r"texelFetch\(net_L0_raw", skip)]
    assert fetches and all((at < product) == prefetched for at in fetches)


def test_tensor_tiling_refuses_rows_that_do_not_fill_subgroups():
    tiling = ComputeTiling(16, 6, 1, 2, "tensor", chunk_groups=4)  # 6 rows: one subgroup of 4 and half one
    with pytest.raises(ShadergenError, match="a height of whole subgroups"):
        plan_shader(c_network(16), "tensor", "fp16", fold_head=False,
                    tiling=lambda layer: tiling if tensor_eligible(layer) else None)


def test_tensor_variant_has_no_fp32_form_and_opengl_refuses_it(tmp_path):
    output = tmp_path / "out.glsl"
    result = run_cli("build", WEIGHTS / "ArtCNN_C4F16.keras", "--variant", "tensor", "--precision", "fp32",
                     "-o", output)
    assert_one_line_error(result, "ArtCNN_C4F16.keras", "the tensor variant", "--precision fp16")
    assert not output.exists()
    shader = PACKAGE_DIR.parent / "dist" / "ArtCNN_C4F16_tensor_fp16.glsl"
    frame = tmp_path / "frame.npy"
    np.save(frame, LUMA.astype(np.float32))
    result = run_cli("run", shader, "-i", frame, "-o", tmp_path / "out.npy")
    assert_one_line_error(result, "ArtCNN_C4F16_tensor_fp16.glsl", "uses tensor cores", "--engine libplacebo")
    assert not (tmp_path / "out.npy").exists()


def test_compile_cost_of_a_tensor_file_counts_vulkan_only():
    import json

    shader = PACKAGE_DIR.parent / "dist" / "ArtCNN_C4F16_tensor_fp16.glsl"
    result = run_cli("cost", shader, "--json", timeout=300)
    assert result.returncode == 0, result.stderr
    cost = json.loads(result.stdout)["shaders"][0]
    # No OpenGL time, and HLSL only for the last pass (the compute fp16 file's folded tail) and a folded
    # head's (else the first layer is computed by the first tensor pass). Its tensor passes come in two
    # forms (one per frame size); libplacebo compiles a pass when it first dispatches it, so a player
    # compiles one form of each, but the count has both.
    assert cost["gl_compile_s"] is None and cost["passes"] == 2 * TENSOR_LAYERS + 1 + TENSOR_HEAD_FOLDED
    compute = json.loads(run_cli("cost", shader.with_name("ArtCNN_C4F16_compute_fp16.glsl"), "--json",
                                 "--no-gl", timeout=300).stdout)["shaders"][0]
    # (the compute file's last pass: under a third of its HLSL; with its first, under half)
    assert 0 < cost["hlsl_bytes"] < compute["hlsl_bytes"] / (2 if TENSOR_HEAD_FOLDED else 3)
    assert cost["code_bytes"] < compute["code_bytes"]


# A frame of 37x29 = 1073 luma pixels: under a threshold of 1100 the small-frame forms run, from 1000
# the usual ones.
@pytest.mark.parametrize(("threshold", "small"), [(1100, True), (1000, False)])
def test_passes_with_two_forms_run_one_by_frame_size_and_compute_the_same(threshold, small, monkeypatch):
    """A tensor pass with 8 tiles per workgroup has a second form with 4 for small frames
    (tilings.small_frame_tiling); each form's WHEN runs exactly one of them, and both compute what
    the compute variant does."""
    from shadergen.engines.frame import Frame
    from shadergen.engines.opengl.runtime import run_shaders

    monkeypatch.setattr(plan_module, "TENSOR_SMALL_FRAME_PIXELS", threshold)
    network = c_network(16)
    tiling = ComputeTiling(16, 4, 1, 1, "tensor", tiles_down=8, chunk_groups=4, prefetch=True)
    # Unfolded: two tensor layers (with the tail folded, only one would be left).
    plan = plan_shader(network, "tensor", "fp16", matrix_ops="emulated", fold_tail=False,
                       tiling=lambda layer: tiling if tensor_eligible(layer) else None)
    forms = [t for t in plan.small_frame_tilings if t]
    tensor_layers = sum(t.weights == "tensor" for t in plan.tilings)
    assert len(forms) == tensor_layers == 2 and {t.tiles_down for t in forms} == {4}
    assert plan.small_frame_pixels == threshold and len(plan.passes) == len(plan.layers) + 2
    text = render_shader(plan, HeaderInfo("net.keras"))
    assert text.count(f"HOOKED.w HOOKED.h * {threshold} < *\n") == 2
    assert text.count(f"HOOKED.w HOOKED.h * {threshold} < ! *\n") == 2
    height, width = LUMA.shape
    frame = Frame.from_luma(LUMA.astype(np.float32), bit_depth=8)
    result = run_shaders([parse_shader(text, "net.glsl")], frame, (2 * width, 2 * height))
    ran = [report.desc for report in result.passes if report.ran]
    assert len(ran) == len(plan.layers)
    assert sum(desc.endswith("(small frames)") for desc in ran) == (2 if small else 0)
    unfolded = plan_shader(network, "compute", "fp16", fold_tail=False)
    text = render_shader(unfolded, HeaderInfo("net.keras"))
    compute = run_luma_shader(parse_shader(text, "net.glsl"), LUMA)
    assert np.abs(result.frame.y - compute).max() <= ORDER_BOUND
