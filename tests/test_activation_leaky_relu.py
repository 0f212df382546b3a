"""LeakyReLU end to end: Keras 3 / Keras 2 / ONNX files (tests/leaky_relu_fixtures.py) → IR →
reference → shaders, checked against an independent numpy forward pass and onnx's reference
evaluator, and the shaders (fragment/compute, fp32/fp16) within the accuracy matrix's bounds."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from codegen_accuracy_cases import luma_crop, measure
from leaky_relu_fixtures import DATA, NAME, independent_forward

from shadergen.codegen.generate import generate_shader, header_for
from shadergen.model.activations import ActivationFunction
from shadergen.model.load import load_model
from shadergen.model.reference import run_network
from shadergen.mpv.parse import parse_shader
from shadergen.verification.luma_accuracy import compare, run_luma_shader, storage_floor

FILES = (f"{NAME}.keras", f"{NAME}_keras2.h5", f"{NAME}.onnx")
REFERENCE_TOLERANCE = 1e-12  # float64 reference vs the independent float64 pass
ONNX_EVALUATOR_TOLERANCE = 1e-5  # onnx's evaluator computes in float32


def _input() -> np.ndarray:
    return np.random.default_rng(5).uniform(0.0, 1.0, (24, 32))


def _slopes(network) -> list[tuple[str, tuple[float, ...]]]:
    """The non-linear activations in order, as (kind, negative slopes)."""
    found = []
    for node in network.nodes:
        activation = getattr(node, "activation", None)
        if activation is not None and not activation.is_linear:
            found.append((activation.kind, dict(activation.parameters)["negative_slope"]))
    return found


def test_loaders_read_every_spelling_of_leaky_relu():
    # Keras 3: the LeakyReLU layer, Conv2D(activation="leaky_relu") (default 0.2), ReLU(negative_slope).
    assert _slopes(load_model(DATA / FILES[0]).network) == [
        ("leaky_relu", (0.2,)), ("leaky_relu", (0.2,)), ("leaky_relu", (0.1,))]
    # Keras 2 spells the slope "alpha".
    assert _slopes(load_model(DATA / FILES[1]).network) == [("leaky_relu", (0.2,)), ("leaky_relu", (0.02,))]
    # ONNX LeakyRelu's alpha (a float32 attribute); the first of two after a Conv folds into it.
    single = [np.float32(slope).item() for slope in (0.2, 0.2, 0.1)]
    assert _slopes(load_model(DATA / FILES[2]).network) == [("leaky_relu", (slope,)) for slope in single]


@pytest.mark.parametrize("file_name", FILES)
def test_reference_matches_an_independent_forward_pass(file_name):
    image = _input()
    output = run_network(load_model(DATA / file_name).network, image)[:, :, 0]
    expected = independent_forward(image)
    assert output.shape == expected.shape == (48, 64)
    # ONNX stores alpha as a float32 attribute: 0.1 becomes 0.10000000149.
    tolerance = 1e-8 if file_name.endswith(".onnx") else REFERENCE_TOLERANCE
    assert np.abs(output - expected).max() <= tolerance
    assert (expected > 0).mean() > 0.5 and 0.0 < expected.mean() < 1.0  # the clip is not everything


def test_onnx_reference_evaluator_agrees():
    from onnx.reference import ReferenceEvaluator

    image = _input()
    evaluator = ReferenceEvaluator(str(DATA / FILES[2]))
    (output,) = evaluator.run(None, {"input": image.astype(np.float32)[None, None]})
    assert output.shape == (1, 1, 48, 64)
    assert np.abs(output[0, 0] - independent_forward(image)).max() <= ONNX_EVALUATOR_TOLERANCE


def test_negative_inputs_use_the_slope():
    x = np.array([-2.0, -0.5, 0.0, 3.0])[None, None, :]
    out = ActivationFunction.of("leaky_relu", negative_slope=0.25).apply(x)
    assert out.tolist() == [[[-0.5, -0.125, 0.0, 3.0]]]
    per_channel = ActivationFunction.of("leaky_relu", negative_slope=[0.1, 0.2, 0.3, 0.4]).apply(-x)
    assert np.allclose(per_channel[0, 0], [2.0, 0.5, 0.0, -1.2], rtol=0, atol=1e-15)


@pytest.mark.parametrize(("variant", "precision"),
                         [("fragment", "fp32"), ("compute", "fp32"), ("compute", "fp16")])
def test_keras_shader_is_within_the_accuracy_bounds(gl_context, variant, precision):
    m = measure(NAME, variant, precision, "camera 61x47", "runtime", ctx=gl_context)
    assert m.max_abs <= m.tolerance, f"max {m.max_abs:.3e} > {m.tolerance:.3e} (F = {m.floor:.3e})"


@pytest.mark.parametrize(("variant", "precision"), [("fragment", "fp16"), ("compute", "fp32")])
def test_onnx_shader_is_within_the_accuracy_bounds(gl_context, variant, precision):
    path = DATA / FILES[2]
    network = load_model(path).network
    luma = luma_crop("cel 61x47")  # 8-bit codes, as the runtime uploads them
    text = generate_shader(network, variant, precision, header_for(path, network)).text
    assert "min(" in text  # the LeakyReLU statement made it into the shader
    output = run_luma_shader(parse_shader(text, "leaky.glsl"), luma, ctx=gl_context)
    reference, floor = storage_floor(network, luma)
    report = compare(output, reference, floor, precision)
    assert report.passed, f"max {report.max_abs:.3e} > {report.tolerance:.3e}"


@pytest.mark.parametrize("variant", ["fragment", "compute"])
def test_per_channel_parameters_reach_every_channel_group(gl_context, variant):
    # One slope per channel (what PReLU needs): 8 slopes on a middle layer (2 groups of 4), 4 on the
    # final layer (the 4 sub-pixels); strongly different slopes, so a mixed-up group shows.
    from shadergen.model.ir import Conv2D, DepthToSpace, Input, Network

    rng = np.random.default_rng(3)

    def conv(name, source, cin, cout, activation="linear"):
        kernel = rng.uniform(-0.5, 0.5, (3, 3, cin, cout))
        return Conv2D(name, source, kernel, rng.uniform(-0.1, 0.1, cout) + 0.05, activation)

    slopes8 = ActivationFunction.of("leaky_relu", negative_slope=np.linspace(-0.9, 0.9, 8))
    slopes4 = ActivationFunction.of("leaky_relu", negative_slope=[0.5, -0.5, 0.25, 2.0])
    nodes = [Input("in", 1), conv("head", "in", 1, 8, slopes8), conv("tail", "head", 8, 4, slopes4),
             DepthToSpace("d2s", "tail", 2)]
    network = Network("prelu_like", nodes, "d2s")
    luma = luma_crop("cel 61x47")
    text = generate_shader(network, variant, "fp32", header_for("prelu_like.keras", network)).text
    output = run_luma_shader(parse_shader(text, "prelu_like.glsl"), luma, ctx=gl_context)
    reference, floor = storage_floor(network, luma)
    report = compare(output, reference, floor, "fp32")
    assert report.passed, f"max {report.max_abs:.3e} > {report.tolerance:.3e}"
    # One slope for all 8 head channels (the first) gives a clearly different output: the per-channel
    # values matter here.
    uniform = ActivationFunction.of("leaky_relu", negative_slope=-0.9)
    flat = Network("flat", [nodes[0], dataclasses.replace(nodes[1], activation=uniform), *nodes[2:]], "d2s")
    assert np.abs(reference - storage_floor(flat, luma)[0]).max() > 10 * report.tolerance


def test_per_channel_parameters_follow_the_final_layers_channel_order():
    # A 3 -> 3 colour model's final conv is reordered so that group k is sub-pixel k (plan.py,
    # _final_channels); slopes equal to the biases must come out in the same order as the biases.
    from shadergen.codegen.plan import plan_shader
    from shadergen.model.ir import Conv2D, DepthToSpace, Input, Network

    rng = np.random.default_rng(4)
    bias = rng.uniform(0.1, 0.9, 12)
    tail = Conv2D("tail", "head", rng.uniform(-0.3, 0.3, (3, 3, 4, 12)), bias,
                  ActivationFunction.of("leaky_relu", negative_slope=bias))
    head = Conv2D("head", "in", rng.uniform(-0.3, 0.3, (3, 3, 3, 4)), np.zeros(4))
    network = Network("c", [Input("in", 3), head, tail, DepthToSpace("d2s", "tail", 2)], "d2s")
    final = plan_shader(network, "compute", "fp32").layers[-1]
    slopes = dict(final.steps[0].activation.parameters)["negative_slope"]
    assert len(slopes) == 16 and np.array_equal(np.float32(slopes), final.bias)
    assert not np.array_equal(final.bias[:12], np.float32(bias))  # the order did change
