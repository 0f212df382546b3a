"""Rendered shader text: deterministic bytes, header, directives, sanitised names, exact weights,
and compilation for every lint target (Vulkan 1.1/1.2, OpenGL 4.5, GLES, HLSL, MSL)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from shadergen import __version__
from shadergen.codegen.generate import generate_from_file, generate_shader
from shadergen.codegen.render import HeaderInfo
from shadergen.model.ir import Add, Conv2D, DepthToSpace, Input, Network
from shadergen.model.load import load_model
from shadergen.mpv.parse import parse_shader
from shadergen.planes import WHEN_UPSCALING
from shadergen.verification.luma_accuracy import shader_precision

ROOT = Path(__file__).resolve().parent.parent
C4F16 = ROOT / "weights" / "ArtCNN_C4F16.keras"
KERAS = ROOT / "tests" / "data" / "keras"
DIRECTIVE = re.compile(r"^//!(DESC|HOOK|BIND|SAVE|COMPONENTS|WIDTH|HEIGHT|WHEN|COMPUTE) (.+)$")
FLOAT_LITERAL = re.compile(r"-?\d+\.\d*(?:e[+-]\d+)?")
HOSTILE = "evil\n//!HOOK MAIN\n\tname; }//!BIND x ü"


def hostile_network() -> Network:
    rng = np.random.default_rng(3)

    def conv(name, source, cin, cout):
        return Conv2D(name, source, rng.normal(0, 0.2, (3, 3, cin, cout)), rng.normal(0, 0.01, cout))

    return Network(HOSTILE, [
        Input("in//!put", 1), conv(HOSTILE + "1", "in//!put", 1, 4), conv(HOSTILE + "2", HOSTILE + "1", 4, 4),
        Add("a d d\n//!", (HOSTILE + "2", HOSTILE + "1")), conv("x" * 300, "a d d\n//!", 4, 4),
        DepthToSpace("d2s//!WHEN 0", "x" * 300, 2),
    ], "d2s//!WHEN 0")


@pytest.mark.parametrize(("variant", "precision"),
                         [("fragment", "fp32"), ("compute", "fp32"), ("compute", "fp16")])
def test_same_weights_give_the_same_bytes(variant, precision):
    first = generate_from_file(C4F16, variant=variant, precision=precision).text
    second = generate_from_file(C4F16, variant=variant, precision=precision).text
    assert first.encode() == second.encode()
    assert "\r" not in first and first.endswith("}\n")


def test_header_names_model_variant_precision_version_and_licence():
    text = generate_from_file(C4F16, variant="compute", precision="fp16").text
    header = text.split("//!", 1)[0]
    assert f"// shadergen {__version__}: model=ArtCNN_C4F16 variant=compute precision=fp16\n" in header
    assert "// Weights: ArtCNN_C4F16.keras\n" in header
    assert "// MIT License\n" in header and "// Copyright (c) 2024 João Chrisóstomo\n" in header
    assert "1.3x" in header and "WHEN" in header
    assert all(line.startswith("//") for line in header.splitlines() if line)
    assert shader_precision(text).name == "fp16"


def test_header_without_catalog_entry_has_no_licence():
    text = generate_from_file(KERAS / "c2f8.keras", variant="fragment", precision="fp32").text
    header = text.split("//!", 1)[0]
    assert "Weights licence" not in header and "MIT" not in header
    assert "not a shipped model, licence not stated." in header
    assert "model=c2f8 variant=fragment precision=fp32" in header


@pytest.mark.parametrize("variant", ["fragment", "compute"])
def test_directives_and_desc(variant):
    text = generate_from_file(C4F16, variant=variant, precision="fp32").text
    directive_lines = [line for line in text.splitlines() if line.startswith("//!")]
    assert all(DIRECTIVE.match(line) for line in directive_lines)
    assert text.count("//!") == len(directive_lines)  # no "//!" anywhere else
    shader = parse_shader(text, "x.glsl")
    assert all(p.hooks == ("LUMA",) for p in shader.passes)
    # --vo=gpu keeps only COMPONENTS channels of a fragment pass (default: LUMA's 1).
    assert all(p.components == 4 for p in shader.passes if p.save is not None)
    assert shader.passes[-1].save is None and shader.passes[-1].components is None
    assert shader.passes[0].desc.startswith(f"ArtCNN_C4F16 {variant} conv2d")
    # The compute variant folds conv2d_5, the add and conv2d_6 into its last pass (tail_fold.py).
    last = {"compute": "conv2d_5_add_conv2d_6_depth_to_space", "fragment": "conv2d_6_depth_to_space output"}
    assert shader.passes[-1].desc == f"ArtCNN_C4F16 {variant} {last[variant]}"
    assert text.count(f"//!WHEN {WHEN_UPSCALING}\n") == len(shader.passes)


@pytest.mark.parametrize("variant", ["fragment", "compute"])
def test_hostile_names_never_reach_the_shader_unsanitised(variant):
    licence = "MIT\n//!HOOK MAIN\nend //! of text"
    header = HeaderInfo("w//!.keras", description="desc\n//!BIND HOOKED", licence="M I T",
                        licence_text=licence)
    text = generate_shader(hostile_network(), variant, "fp32", header).text
    directive_lines = [line for line in text.splitlines() if line.startswith("//!")]
    assert text.count("//!") == len(directive_lines)
    for line in directive_lines:
        kind, value = DIRECTIVE.match(line).groups()
        if kind in ("DESC", "SAVE", "BIND"):
            assert re.fullmatch(r"[A-Za-z0-9_ ]+", value), line
    shader = parse_shader(text, "x.glsl")
    assert len(shader.passes) == 3  # 4 channels: one pass per layer in both variants
    assert all(p.hooks == ("LUMA",) for p in shader.passes)
    assert "ü" not in text.split("//!", 1)[1]  # non-identifier characters stay out of the passes


def test_weight_literals_are_the_file_weights_exactly():
    network = load_model(KERAS / "c2f8.keras").network
    # The last two convolutions are folded into one 5x5 kernel (tail_fold.py), and where the head is
    # folded (head_fold.py) the first two: their float32 values are printed instead of theirs. The
    # layers between are the file's.
    generated = generate_from_file(KERAS / "c2f8.keras", variant="compute", precision="fp32")
    layers = generated.plan.layers
    head_folded = layers[0].kernel.shape[:2] == (5, 5)
    kept = network.convolutions[2 if head_folded else 0:-2]
    assert [layer.kernel.tolist() for layer in layers[head_folded:-1]] == [c.kernel.tolist() for c in kept]
    kernels = np.concatenate([np.concatenate([layer.kernel.ravel(), layer.bias]) for layer in layers])
    body = generated.text.split("//!", 1)[1]
    printed = {np.float32(float(v)) for v in FLOAT_LITERAL.findall(body)}
    assert set(kernels.astype(np.float32)) - {np.float32(0.0)} <= printed
    text16 = generate_from_file(KERAS / "c2f8.keras", variant="compute", precision="fp16").text
    literals = re.findall(r"HMAT4\(([^)]*)\)", text16)
    literals += re.findall(r"HVEC4 w\d_\d = HVEC4\(([^)]*)\)", text16)
    literals += re.findall(r"HVEC4\(([-0-9.e, ]+)\) \*", text16)  # a phased pass's weight columns
    values = np.array([float(v) for group in literals for v in group.split(",")], dtype=np.float32)
    assert values.size > 0
    np.testing.assert_array_equal(values, values.astype(np.float16).astype(np.float32))


@pytest.mark.parametrize("model", ["r1f8_silu", "c3f6"])
@pytest.mark.parametrize(("variant", "precision"), [
    ("fragment", "fp32"), ("fragment", "fp16"), ("compute", "fp32"), ("compute", "fp16")])
def test_every_pass_compiles_for_every_lint_target(model, variant, precision):
    from codegen_accuracy_cases import shader_text

    from shadergen.lint.linter import lint_shader

    report = lint_shader(parse_shader(shader_text(model, variant, precision), f"{model}.glsl"))
    assert report.errors == 0 and report.warnings == 0, [f.message for f in report.findings]
    assert all(cell.ok for result in report.passes for cell in result.targets.values())


def test_fp16_phases_add_their_float16_sums_to_float_once_per_phase():
    # Issue 14: each phase (one input group of C4F16's 16->16 layers) sums its float16 products in
    # HVEC4 temporaries and adds them to the float accumulators once: 4 phases x 4 output groups.
    text = generate_from_file(C4F16, variant="compute", precision="fp16").text
    middle = text.split("//!DESC ")[2]
    assert len(re.findall(r"^    h0_[0-3] = HVEC4\(0\.0\);$", middle, re.M)) == 16
    assert len(re.findall(r"^    a0_[0-3] \+= vec4\(h0_[0-3]\);$", middle, re.M)) == 16
    # per tap: 4 input lanes x 4 output groups, 9 taps in each of the 4 phases
    assert len(re.findall(r"^        h0_[0-3] \+= HVEC4\(", middle, re.M)) == 9 * 16 * 4
    assert "a0_0 += vec4(s" not in middle  # no per-tap widening left
    fp32 = generate_from_file(C4F16, variant="compute", precision="fp32").text.split("//!DESC ")[2]
    assert "HVEC4" not in fp32  # fp32: 2 slices of 2 groups, every product straight into float
    assert len(re.findall(r"^ +a0_[0-3] \+= vec4\(", fp32, re.M)) == 9 * 16 * 4


def test_narrow_folded_tail_adds_its_float16_sums_to_float_once_per_kernel_row():
    # Round 17 (bench/README.md): C4F16's folded last layer (5x5 taps of 16 channels and the luma
    # plane) sums a kernel row's float16 products in one HVEC4 and adds it to the float accumulator
    # 5 times, not 25; C4F32's (32 channels) keeps one float add per tap.
    for variant in ("compute", "tensor"):
        last = generate_from_file(C4F16, variant=variant, precision="fp16").text.split("//!DESC ")[-1]
        assert len(re.findall(r"^        a0_0 \+= vec4\(s0_0\);$", last, re.M)) == 5
        assert len(re.findall(r"^        s0_0 = HVEC4\(", last, re.M)) == 5  # a row's first product
        # 17 input lanes (16 channels and luma) per tap, 25 taps
        assert len(re.findall(r"^        s0_0 \+?= HVEC4\(", last, re.M)) == 25 * 17
        assert len(re.findall(r"^    HVEC4 s0_0;$", last, re.M)) == 1
    wide = generate_from_file(ROOT / "weights" / "ArtCNN_C4F32.keras", variant="tensor",
                              precision="fp16").text.split("//!DESC ")[-1]
    assert len(re.findall(r"^        a0_0 \+= vec4\(s0_0\);$", wide, re.M)) == 25


def test_row_sums_start_and_end_where_a_row_has_its_output_group():
    from shadergen.codegen.render import _row_half_sums

    def tap(dy, *groups):
        return {"dy": dy, "sums": [{"out_group": g} for g in groups]}

    # Row -1: group 1 is missing from its first tap (an all-zero weight block); row 0 has one tap.
    marked = _row_half_sums([tap(-1, 0), tap(-1, 0, 1), tap(-1, 0), tap(0, 1)])
    flags = [[(entry["out_group"], entry["assign"], entry["widen"]) for entry in t["sums"]] for t in marked]
    assert flags == [[(0, True, False)], [(0, False, False), (1, True, True)], [(0, False, True)],
                     [(1, True, True)]]


def test_half_sums_that_do_not_fit_the_tiling_are_refused():
    from shadergen.codegen.plan import plan_shader
    from shadergen.codegen.shader_plan import ComputeTiling
    from shadergen.errors import ShadergenError

    network = load_model(C4F16).network
    for forced, kind in ((ComputeTiling(16, 8, 1, 1, "phased", half_sums="row"), "unphased"),
                         (ComputeTiling(16, 8, 1, 1, "literal", half_sums="phase"), "phased")):
        with pytest.raises(ShadergenError, match=f"half_sums '{forced.half_sums}' is for {kind} tilings"):
            plan_shader(network, "compute", "fp16", fold_tail=False, tiling=lambda layer, t=forced: t)


def test_a_forced_tiling_with_unknown_half_sums_is_refused():
    from shadergen.codegen.plan import plan_shader
    from shadergen.codegen.shader_plan import ComputeTiling
    from shadergen.errors import ShadergenError

    network = load_model(C4F16).network
    forced = ComputeTiling(16, 8, 1, 1, "phased", half_sums="layer")
    with pytest.raises(ShadergenError, match="unknown half_sums 'layer'"):
        plan_shader(network, "compute", "fp16", tiling=lambda layer: forced)
