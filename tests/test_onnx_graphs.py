"""Small ONNX graphs built with onnx.helper: which layouts and op spellings load, and which are refused."""

import numpy as np
import onnx
import pytest
from cli_process import run_cli
from onnx import TensorProto, helper, numpy_helper

from shadergen.model.ir import Activation, Conv2D, DepthToSpace
from shadergen.model.load import load_model
from shadergen.model.reference import run_network

IMAGE_SHAPE = (24, 32)  # small test image (H, W); odd-free sizes keep the shuffle simple


class GraphBuilder:
    """Writes small models node by node, the way torch.onnx and tf2onnx lay them out."""

    def __init__(self, channels=1, opset=17, seed=0, input_shape=None):
        self.opset = opset
        self.rng = np.random.default_rng(seed)
        self.nodes = []
        self.initializers = []
        shape = input_shape if input_shape is not None else [1, channels, "h", "w"]
        self.inputs = [helper.make_tensor_value_info("input", TensorProto.FLOAT, shape)]

    def constant(self, array, name=None) -> str:
        name = name or f"const_{len(self.initializers)}"
        self.initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def node(self, op, inputs, name, domain="", **attributes) -> str:
        output = f"{name}_out"
        self.nodes.append(
            helper.make_node(op, list(inputs), [output], name=name, domain=domain, **attributes)
        )
        return output

    def conv(self, source, cin, cout, name, size=3, weight=None, **attributes) -> str:
        if not attributes:
            attributes = {"pads": [size // 2] * 4}
        kernel = self.rng.normal(0, 0.3, (cout, cin, size, size)).astype(np.float32)
        bias = self.rng.normal(0, 0.1, cout).astype(np.float32)
        inputs = [source, weight or self.constant(kernel), self.constant(bias)]
        return self.node("Conv", inputs, name, kernel_shape=[size, size], **attributes)

    def save(self, path, *outputs):
        graph = helper.make_graph(
            self.nodes,
            "test",
            self.inputs,
            [helper.make_tensor_value_info(name, TensorProto.FLOAT, None) for name in outputs],
            self.initializers,
        )
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", self.opset)])
        onnx.save(model, path)
        return path


def random_image(channels=1):
    return np.random.default_rng(7).random((*IMAGE_SHAPE, channels))


def two_convs_with_shuffle(builder, between=None):
    """conv 1→4, ``between`` (a function adding nodes, default ReLU), conv 4→4, DepthToSpace DCR."""
    x = builder.conv("input", 1, 4, "conv_a")
    x = between(builder, x) if between else builder.node("Relu", [x], "relu")
    x = builder.conv(x, 4, 4, "conv_b")
    return builder.node("DepthToSpace", [x], "shuffle", blocksize=2)


def load_both(tmp_path, between, **builder_options):
    """The model with ``between`` and the plain ReLU model with the same weights, as loaded networks."""
    tested = GraphBuilder(**builder_options)
    plain = GraphBuilder(**builder_options)
    tested_path = tested.save(tmp_path / "tested.onnx", two_convs_with_shuffle(tested, between))
    plain_path = plain.save(tmp_path / "plain.onnx", two_convs_with_shuffle(plain))
    return load_model(tested_path).network, load_model(plain_path).network


def assert_same_function(network, reference_network):
    image = random_image(network.in_channels)
    assert np.array_equal(run_network(network, image), run_network(reference_network, image))


# ---------------------------------------------------------------- accepted graphs


def _transpose_pair(builder, x):
    x = builder.node("Transpose", [x], "to_nhwc", perm=[0, 2, 3, 1])
    x = builder.node("Relu", [x], "relu_nhwc")
    return builder.node("Transpose", [x], "to_nchw", perm=[0, 3, 1, 2])


def test_transpose_pair_that_cancels_is_folded(tmp_path):
    network, plain = load_both(tmp_path, _transpose_pair)
    assert_same_function(network, plain)
    # The ReLU between the transposes still folds into the convolution before them.
    assert [node.activation.kind for node in network.convolutions] == ["relu", "linear"]


def _relu_as_max(builder, x):
    return builder.node("Max", [x, builder.constant(np.zeros((1, 1, 1, 1), np.float32))], "max0")


def _relu_as_clip(builder, x):
    zero = builder.node("Constant", [], "zero", value=numpy_helper.from_array(np.float32(0.0)))
    return builder.node("Clip", [x, zero], "clip0")


def _relu_as_clip_attributes(builder, x):
    return builder.node("Clip", [x], "clip0", min=0.0)


@pytest.mark.parametrize(
    "between,opset",
    [(_relu_as_max, 17), (_relu_as_clip, 17), (_relu_as_clip_attributes, 6)],
    ids=["max", "clip", "clip-opset6"],
)
def test_clamp_at_zero_is_relu(tmp_path, between, opset):
    network, plain = load_both(tmp_path, between, opset=opset)
    assert_same_function(network, plain)
    assert [type(node).__name__ for node in network.nodes] == [type(node).__name__ for node in plain.nodes]


def _silu(builder, x):
    gate = builder.node("Sigmoid", [x], "gate")
    return builder.node("Mul", [gate, x], "silu")  # operands in the order torch does not use


def test_silu_in_either_operand_order(tmp_path):
    network, _ = load_both(tmp_path, _silu)
    assert [node.activation.kind for node in network.convolutions] == ["silu", "linear"]
    image = random_image()
    first = network.convolutions[0]
    pre = run_network(_truncated(network, first.name, "linear"), image)
    post = run_network(_truncated(network, first.name, "silu"), image)
    assert np.allclose(post, pre / (1 + np.exp(-pre)), rtol=0, atol=1e-12)


def _truncated(network, name, activation):
    """The network cut after the node ``name``, with that convolution's activation replaced."""
    from dataclasses import replace

    from shadergen.model.ir import Network

    nodes = []
    for node in network.nodes:
        nodes.append(replace(node, activation=activation) if node.name == name else node)
        if node.name == name:
            break
    return Network("cut", tuple(nodes), name)


@pytest.mark.parametrize("opset", [11, 17], ids=["axes-attribute", "axes-input"])
def test_tf2onnx_style_clip_and_unit_axes(tmp_path, opset):
    """Min/Max clip after the shuffle, then Unsqueeze + Squeeze to an NHWC output with one channel."""
    builder = GraphBuilder(opset=opset)
    x = two_convs_with_shuffle(builder)
    x = builder.node("Min", [x, builder.constant(np.ones((1, 1, 1, 1), np.float32))], "clip_max")
    x = builder.node("Max", [x, builder.constant(np.zeros((1, 1, 1, 1), np.float32))], "clip_min")
    if opset >= 13:
        x = builder.node("Unsqueeze", [x, builder.constant(np.array([4]))], "to_rank5")
        x = builder.node("Squeeze", [x, builder.constant(np.array([0]))], "drop_batch")
    else:
        x = builder.node("Unsqueeze", [x], "to_rank5", axes=[4])
        x = builder.node("Squeeze", [x], "drop_batch", axes=[0])
    x = builder.node("Transpose", [x], "nhwc", perm=[1, 2, 0, 3])  # (1, 2H, 2W, 1): only size-1 moves
    network = load_model(builder.save(tmp_path / "model.onnx", x)).network
    shuffle = network.node(network.output)
    assert (type(shuffle), shuffle.order, shuffle.clip) == (DepthToSpace, "DCR", True)
    output = run_network(network, random_image())
    assert output.shape == (48, 64, 1) and output.min() >= 0 and output.max() <= 1


def test_reshape_that_only_adds_unit_axes(tmp_path):
    builder = GraphBuilder()
    x = builder.node("Reshape", ["input", builder.constant(np.array([1, 1, 0, 0, 1]))], "add_axis")
    x = builder.node("Reshape", [x, builder.constant(np.array([0, -1, 0, 0]))], "drop_axis")
    x = builder.node("Identity", [x], "same")
    x = builder.conv(x, 1, 4, "conv_a")
    x = builder.node("DepthToSpace", [x], "shuffle", blocksize=2, mode="CRD")
    network = load_model(builder.save(tmp_path / "model.onnx", x)).network
    assert [type(node).__name__ for node in network.nodes] == ["Input", "Conv2D", "DepthToSpace"]
    assert network.node(network.output).order == "CRD" and not network.node(network.output).clip


def _direct_conv(image, weight, bias, pad):
    """Cross-correlation straight from ONNX's definition (OIHW weight), zero padding ``pad``."""
    height, width, _ = image.shape
    out_channels, _, size, _ = weight.shape
    padded = np.pad(image, ((pad, pad), (pad, pad), (0, 0)))
    out = np.zeros((height, width, out_channels))
    for y in range(height):
        for x in range(width):
            window = padded[y : y + size, x : x + size, :]  # (kh, kw, in)
            out[y, x] = bias + np.einsum("hwi,oihw->o", window, weight)
    return out


@pytest.mark.parametrize(
    "size,attributes",
    [(3, {"auto_pad": "SAME_UPPER"}), (3, {"auto_pad": "SAME_LOWER"}), (5, {"pads": [2, 2, 2, 2]})]
    + [(1, {"auto_pad": "VALID"}), (1, {})],
    ids=["same-upper", "same-lower", "pads-5x5", "valid-1x1", "default-1x1"],
)
def test_conv_padding_spellings(tmp_path, size, attributes):
    builder = GraphBuilder(channels=2, seed=size)
    if not attributes:
        attributes = {"strides": [1, 1]}  # no padding attribute at all: pads default to 0
    output = builder.conv("input", 2, 3, "conv", size=size, **attributes)
    network = load_model(builder.save(tmp_path / "model.onnx", output)).network
    weight, bias = (numpy_helper.to_array(tensor) for tensor in builder.initializers)
    image = random_image(2)[:8, :10]
    expected = _direct_conv(image, weight.astype(np.float64), bias.astype(np.float64), size // 2)
    assert np.max(np.abs(run_network(network, image) - expected)) < 1e-12


def test_sum_identity_and_initialisers_listed_as_inputs(tmp_path):
    """IR-version-3 style: every initialiser is also a graph input (an overridable default)."""
    builder = GraphBuilder(channels=3)
    head = builder.conv("input", 3, 8, "head")
    body = builder.node("Relu", [builder.conv(head, 8, 8, "body")], "relu")
    x = builder.node("Sum", [body, builder.node("Identity", [head], "skip")], "sum")
    x = builder.node("DepthToSpace", [builder.conv(x, 8, 12, "tail")], "shuffle", blocksize=2, mode="CRD")
    for tensor in builder.initializers:
        builder.inputs.append(helper.make_tensor_value_info(tensor.name, tensor.data_type, tensor.dims))
    network = load_model(builder.save(tmp_path / "model.onnx", x)).network
    kinds = [(type(node).__name__, node.activation.kind if hasattr(node, "activation") else None)
             for node in network.nodes]
    assert kinds == [
        ("Input", None),
        ("Conv2D", "linear"),
        ("Conv2D", "relu"),
        ("Add", None),
        ("Conv2D", "linear"),
        ("DepthToSpace", None),
    ]
    assert network.out_channels == 3 and network.scale == 2


def test_activation_that_cannot_fold_stays_an_activation(tmp_path):
    """A ReLU on a convolution that also feeds a skip connection is kept as its own node."""
    builder = GraphBuilder()
    head = builder.conv("input", 1, 4, "head")
    relu = builder.node("Relu", [head], "relu")
    x = builder.node("Add", [relu, head], "add")
    network = load_model(builder.save(tmp_path / "model.onnx", x)).network
    assert isinstance(network.node("relu"), Activation)
    assert isinstance(network.node("head"), Conv2D) and network.node("head").activation.kind == "linear"


# ---------------------------------------------------------------- refused graphs


def _unsupported_op(builder):
    x = builder.conv("input", 1, 4, "conv")
    return builder.node("Elu", [x], "elu", alpha=0.1)


def _custom_domain(builder):
    return builder.node("Foo", [builder.conv("input", 1, 4, "conv")], "foo", domain="com.example")


def _weight_is_graph_input(builder):
    builder.inputs.append(helper.make_tensor_value_info("w", TensorProto.FLOAT, [4, 1, 3, 3]))
    return builder.conv("input", 1, 4, "conv", weight="w")


def _weight_is_computed(builder):
    computed = builder.node("Relu", ["input"], "relu")
    return builder.conv("input", 1, 4, "conv", weight=computed)


def _transpose_before_conv(builder):
    x = builder.conv("input", 1, 4, "conv_a")
    x = builder.node("Transpose", [x], "to_nhwc", perm=[0, 2, 3, 1])
    return builder.conv(x, 4, 4, "conv_b")


def _transpose_at_output(builder):
    x = builder.conv("input", 3, 12, "conv")
    x = builder.node("DepthToSpace", [x], "shuffle", blocksize=2)
    return builder.node("Transpose", [x], "to_nhwc", perm=[0, 2, 3, 1])


def _transpose_swaps_height_and_width(builder):
    x = builder.node("DepthToSpace", [builder.conv("input", 1, 4, "conv")], "shuffle", blocksize=2)
    return builder.node("Transpose", [x], "swap", perm=[0, 1, 3, 2])


def _reshape_splits_channels(builder):
    x = builder.conv("input", 1, 4, "conv")
    return builder.node("Reshape", [x, builder.constant(np.array([1, 2, -1, 0]))], "split")


def _reshape_merges_axes(builder):
    x = builder.conv("input", 1, 4, "conv")
    return builder.node("Reshape", [x, builder.constant(np.array([1, 4, -1]))], "flatten")


def _clip_not_after_shuffle(builder):
    x = builder.conv("input", 1, 4, "conv")
    return builder.node("Clip", [x, builder.constant(np.float32(0)), builder.constant(np.float32(1))], "clip")


def _lone_sigmoid(builder):
    return builder.node("Sigmoid", [builder.conv("input", 1, 4, "conv")], "sigmoid")


def _mul_of_two_tensors(builder):
    first = builder.conv("input", 1, 4, "conv_a")
    return builder.node("Mul", [first, builder.conv("input", 1, 4, "conv_b")], "product")


def _add_constant(builder):
    x = builder.conv("input", 1, 4, "conv")
    return builder.node("Add", [x, builder.constant(np.ones((1, 4, 1, 1), np.float32))], "shift")


def _strided(builder):
    return builder.conv("input", 1, 4, "conv", pads=[1, 1, 1, 1], strides=[2, 2])


def _grouped(builder):
    x = builder.conv("input", 1, 4, "conv_a")
    weight = builder.constant(np.ones((4, 2, 3, 3), np.float32))
    return builder.conv(x, 2, 4, "conv_b", weight=weight, pads=[1, 1, 1, 1], group=2)


def _dilated(builder):
    return builder.conv("input", 1, 4, "conv", pads=[1, 1, 1, 1], dilations=[2, 2])


def _even_kernel(builder):
    return builder.conv("input", 1, 4, "conv", size=2, pads=[1, 1, 1, 1])


def _asymmetric_pads(builder):
    return builder.conv("input", 1, 4, "conv", pads=[0, 0, 2, 2])


def _valid_3x3(builder):
    return builder.conv("input", 1, 4, "conv", auto_pad="VALID")


def _nan_weight(builder):
    weight = np.zeros((4, 1, 3, 3), np.float32)
    weight[1, 0, 2, 2] = np.nan
    return builder.conv("input", 1, 4, "conv", weight=builder.constant(weight), pads=[1, 1, 1, 1])


def _external_data(builder):
    x = builder.conv("input", 1, 4, "conv")
    tensor = builder.initializers[0]
    tensor.ClearField("raw_data")
    tensor.ClearField("float_data")
    tensor.data_location = TensorProto.EXTERNAL
    entry = tensor.external_data.add()
    entry.key, entry.value = "location", "/etc/passwd"
    return x


def _two_outputs(builder):
    x = builder.conv("input", 1, 4, "conv")
    builder.extra_outputs = [builder.node("Relu", [x], "relu")]
    return x


def _dynamic_channels(builder):
    return builder.conv("input", 1, 4, "conv")


def _rank3_input(builder):
    return builder.conv("input", 1, 4, "conv")


REFUSED = {
    "unsupported-op": (_unsupported_op, {}, ["unsupported op Elu in node 'elu'"]),
    "custom-domain": (_custom_domain, {}, ["unsupported op com.example.Foo in node 'foo'"]),
    "weight-graph-input": (
        _weight_is_graph_input,
        {},
        ["Conv node 'conv'", "weight 'w' is a graph input", "dynamic weights are not supported"],
    ),
    "weight-computed": (
        _weight_is_computed,
        {},
        ["Conv node 'conv'", "computed from the graph input", "dynamic weights are not supported"],
    ),
    "transpose-before-conv": (
        _transpose_before_conv,
        {},
        ["Transpose node 'to_nhwc' ((1, 4, H, W) -> (1, H, W, 4)) reorders the data", "Conv node 'conv_b'"],
    ),
    "transpose-at-output": (
        _transpose_at_output,
        {"channels": 3},
        ["Transpose node 'to_nhwc' ((1, 3, 2H, 2W) -> (1, 2H, 2W, 3)) reorders", "the graph output"],
    ),
    "transpose-swaps-h-w": (_transpose_swaps_height_and_width, {}, ["Transpose node 'swap'", "reorders"]),
    "reshape-splits": (
        _reshape_splits_channels,
        {},
        ["Reshape node 'split'", "(1, 4, H, W) to (1, 2, 2H, W) does more than add or remove size-1 axes"],
    ),
    "reshape-merges": (_reshape_merges_axes, {}, ["Reshape node 'flatten'", "merges or splits axes"]),
    "clip-not-after-shuffle": (
        _clip_not_after_shuffle,
        {},
        ["Clip node 'clip'", "[0.0, 1.0] is not supported"],
    ),
    "lone-sigmoid": (_lone_sigmoid, {}, ["Sigmoid node 'sigmoid'", "only supported inside SiLU"]),
    "mul-two-tensors": (_mul_of_two_tensors, {}, ["Mul node 'product'", "only Mul(x, Sigmoid(x))"]),
    "add-constant": (
        _add_constant,
        {},
        ["Add node 'shift'", "input 1 is a constant; only tensors computed from the graph input"],
    ),
    "strided": (_strided, {}, ["Conv node 'conv'", "strides=[2, 2] is not supported"]),
    "grouped": (_grouped, {}, ["Conv node 'conv_b'", "group=2 is not supported"]),
    "dilated": (_dilated, {}, ["Conv node 'conv'", "dilations=[2, 2] is not supported"]),
    "even-kernel": (_even_kernel, {}, ["Conv node 'conv'", "kernel 2x2 is not odd and square"]),
    "asymmetric-pads": (_asymmetric_pads, {}, ["Conv node 'conv'", "pads=[0, 0, 2, 2] is not symmetric"]),
    "valid-3x3": (_valid_3x3, {}, ["Conv node 'conv'", "auto_pad=VALID is not 'same' padding"]),
    "nan-weight": (_nan_weight, {}, ["Conv node 'conv'", "NaN or Inf"]),
    "external-data": (_external_data, {}, ["external file"]),
    "two-outputs": (_two_outputs, {}, ["exactly one output, it has 2"]),
    "dynamic-channels": (_dynamic_channels, {"input_shape": [1, "c", "h", "w"]}, ["no fixed channel count"]),
    "rank3-input": (_rank3_input, {"input_shape": [1, "h", "w"]}, ["must have shape (1, channels, height"]),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_in_one_line_with_exit_code_2(tmp_path, case):
    build, options, fragments = REFUSED[case]
    builder = GraphBuilder(**options)
    builder.extra_outputs = []
    output = build(builder)
    path = builder.save(tmp_path / f"{case}.onnx", output, *builder.extra_outputs)
    result = run_cli("inspect", path)
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{path}: " in lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
