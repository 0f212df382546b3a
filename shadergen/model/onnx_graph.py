"""Turn an ONNX graph into the network IR.

Two exporters matter (``tests/data/keras/README.md``): torch.onnx (Conv with explicit pads, Relu,
SiLU as ``Mul(x, Sigmoid(x))``, Add, DepthToSpace CRD, Clip) and tf2onnx as ArtCNN uses it (Conv
with ``auto_pad=SAME_UPPER``, DepthToSpace DCR, the clip as Min/Max with constants, layout-only
Reshape/Squeeze around the body).

How layout operations are understood rather than guessed: every ONNX tensor is either a constant
(an initialiser or a Constant node) or an *image*, a tensor computed from the graph input. An
image carries its dims symbolically: the batch (1), its channel count and its spatial extents as
multiples of the input's height and width (``H``, ``2W``...). Layout operations (Reshape, Squeeze,
Unsqueeze, Transpose, Identity) only change those dims, and the data stays what it was as long as
the axes whose size is not 1 keep their order (C, H, W). A Reshape must provably only add or
remove size-1 axes. A Transpose may move the other axes, but then what consumes the result must
see them back in order (a pair that cancels), else the model is refused naming that Transpose.
Element-wise operations commute with any permutation, so they may work on a transposed image;
Conv and DepthToSpace need the exact (1, C, H, W) layout, the graph output the same order up to
size-1 axes.

The graph is translated node by node into a draft of IR nodes plus two transient kinds (a Sigmoid,
a clamp; the value kinds are in onnx_values.py), then simplified (onnx_simplify.py): an activation
right after a linear Conv is folded into it, a [0, 1] clamp right after DepthToSpace becomes its
``clip``, a [0, ∞) clamp is a ReLU. A transient left in the part of the graph that reaches the
output is refused.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import numpy as np

from ..errors import ShadergenError
from .activations import ONNX_OPS, ActivationError, ActivationFunction
from .ir import Activation, Add, AddUpsampled, Conv2D, DepthToSpace, Input, Network, NetworkShapeError
from .onnx_file import DEFAULT_DOMAINS, FLOAT_TYPES, OnnxNode, RawOnnxModel, read_onnx_file
from .onnx_simplify import simplify_draft
from .onnx_values import (
    Clamp,
    Constant,
    ExtraGraphInput,
    Image,
    PixelShuffleSplit,
    ShapeVector,
    Sigmoid,
    Spatial,
    Upsampled,
    format_dims,
    monomial,
    non_unit,
)

# Squeeze/Unsqueeze take their axes as an input from opset 13 on, an attribute before; Clip takes
# min/max as inputs from opset 11 on (onnx/docs/Changelog.md).
AXES_AS_INPUT_OPSET = 13
CLIP_BOUNDS_AS_INPUT_OPSET = 11
DEPTH_TO_SPACE_MODES = ("DCR", "CRD")  # ONNX's default mode is DCR
SAME_PADDING_MODES = ("SAME_UPPER", "SAME_LOWER")  # identical for odd kernels: k//2 on each side
# Ops that make no IR node of their own (their names play no part in the IR's names).
LAYOUT_AND_VALUE_OPS = ("Constant", "Identity", "Transpose", "Reshape", "Squeeze", "Unsqueeze", "Shape",
                        "Gather", "Concat")
# Resize as torch exports interpolate(mode="nearest", scale_factor=s): output pixel x reads input
# pixel floor(x / s). Other modes, and half-pixel coordinates, would sample elsewhere.
NEAREST_RESIZE = {"mode": "nearest", "coordinate_transformation_mode": "asymmetric", "nearest_mode": "floor"}
RESIZE_DEFAULTS = {"mode": "nearest", "coordinate_transformation_mode": "half_pixel",
                   "nearest_mode": "round_prefer_floor"}
RESIZE_SCALES_AS_THIRD_INPUT_OPSET = 11  # Resize(X, roi, scales, sizes) from opset 11, (X, scales) before
# The older torch pixel shuffle: Reshape (1, C·s², H, W) -> (1, C, s, s, H, W), this Transpose, Reshape
# to (1, C, sH, sW) (channel c·s² + s·dy + dx goes to sub-pixel (dx, dy): CRD).
PIXEL_SHUFFLE_PERM = [0, 1, 4, 2, 5, 3]


def read_onnx_network(path: Path, model_name: str) -> Network:
    raw = read_onnx_file(path)
    return OnnxTranslator(path, raw).network(model_name)


class OnnxTranslator:
    def __init__(self, path: Path, raw: RawOnnxModel):
        self.path = path
        self.raw = raw
        self.values: dict[str, Image | Constant | ExtraGraphInput] = {}
        self.draft: dict[str, object] = {}  # name -> IR node or transient, in topological order
        self.shapes: dict[str, tuple[int, int]] = {}  # draft name -> (channels, scale)
        self.name_prefix = shared_scope(
            [node.name for node in raw.nodes if node.op_type not in LAYOUT_AND_VALUE_OPS]
        )

    # ----------------------------------------------------------------- driver
    def network(self, model_name: str) -> Network:
        self._refuse_unsupported_ops()
        self._add_graph_input()
        for name, array in self.raw.initializers.items():
            self.values[name] = Constant(array)
        for node in self.raw.nodes:
            self._translate(node)
        nodes, output = simplify_draft(list(self.draft.values()), self._graph_output(), self.path)
        try:
            return Network(model_name, tuple(nodes), output)
        except NetworkShapeError as error:
            raise ShadergenError(f"{self.path}: {error}") from None

    def _refuse_unsupported_ops(self):
        for node in self.raw.nodes:
            op = node.op_type if node.op_type.isprintable() else repr(node.op_type)
            if node.domain not in DEFAULT_DOMAINS:
                op = f"{node.domain}.{op}" if node.domain.isprintable() else f"{node.domain!r}.{op}"
            elif node.op_type in HANDLERS:
                continue
            raise ShadergenError(f"{self.path}: unsupported op {op or '(none)'} in node {node.label}")

    def _add_graph_input(self):
        if not self.raw.inputs or not self.raw.inputs[0].name:
            raise ShadergenError(f"{self.path}: the graph has no (named) input")
        # Exporters list the model's own input first; any other input is only refused where it is
        # used, so the message can say what it feeds (e.g. a Conv weight: dynamic weights).
        info = self.raw.inputs[0]
        for extra in self.raw.inputs[1:]:
            self.values[extra.name] = ExtraGraphInput(extra.name)
        where = f"{self.path}: graph input {info.name!r}"
        if info.elem_type not in FLOAT_TYPES:
            raise ShadergenError(f"{where} is not a floating-point tensor (element type {info.elem_type})")
        if info.dims is None or len(info.dims) != 4:
            shown = "unknown" if info.dims is None else format_dims(info.dims)
            raise ShadergenError(f"{where} must have shape (1, channels, height, width) (NCHW), got {shown}")
        batch, channels, height, width = info.dims
        # One frame at a time: a symbolic batch is run as 1, a fixed batch must be 1.
        if isinstance(batch, int) and batch != 1:
            raise ShadergenError(f"{where} has batch size {batch}; shadergen runs one image at a time (1)")
        if not isinstance(channels, int) or channels < 1:
            raise ShadergenError(f"{where} has no fixed channel count (NCHW shape {format_dims(info.dims)})")
        for extent in (height, width):
            if isinstance(extent, int) and extent < 1:
                raise ShadergenError(f"{where} has an empty spatial extent {format_dims(info.dims)}")
        self.draft[info.name] = Input(info.name, channels)
        self.shapes[info.name] = (channels, 1)
        # Fixed heights/widths in the file are still H and W: every supported op is size-agnostic.
        self.values[info.name] = Image(info.name, self._canonical_dims(info.name))

    def _translate(self, node: OnnxNode):
        for name in node.inputs:
            if name and name not in self.values:
                raise ShadergenError(
                    f"{self.path}: {self._where(node)} uses tensor {name!r} that no earlier node produces"
                )
        if len(node.outputs) != 1 or not node.outputs[0]:
            raise ShadergenError(
                f"{self.path}: {self._where(node)} must have exactly one output, it has {len(node.outputs)}"
            )
        output = node.outputs[0]
        if output in self.values:
            raise ShadergenError(
                f"{self.path}: {self._where(node)} produces {output!r}, which already exists"
            )
        self.values[output] = HANDLERS[node.op_type](self, node)

    def _graph_output(self) -> str:
        if len(self.raw.outputs) != 1:
            raise ShadergenError(
                f"{self.path}: the graph must have exactly one output, it has {len(self.raw.outputs)}"
            )
        name = self.raw.outputs[0]
        value = self.values.get(name)
        if not isinstance(value, Image):
            raise ShadergenError(f"{self.path}: the graph output {name!r} is not computed from the input")
        expected = self._canonical_dims(value.tensor)
        if non_unit(value.dims) != non_unit(expected):
            raise ShadergenError(
                f"{self.path}: {self._layout_problem(value, expected, 'the graph output')}; "
                "shadergen needs the output in (1, C, H, W) order"
            )
        return value.tensor

    # ------------------------------------------------------------ helpers
    def _where(self, node: OnnxNode) -> str:
        return f"{node.op_type} node {node.label}"

    def _fail(self, node: OnnxNode, problem: str) -> NoReturn:
        raise ShadergenError(f"{self.path}: {self._where(node)}: {problem}")

    def _canonical_dims(self, tensor: str) -> tuple:
        channels, scale = self.shapes[tensor]
        return (1, channels, Spatial("H", scale), Spatial("W", scale))

    def _layout_problem(self, value: Image, expected: tuple, consumer: str) -> str:
        if value.reordered_by:
            return f"{value.reordered_by} reorders the data and nothing undoes it before {consumer}"
        return f"{consumer} gets its input laid out as {format_dims(value.dims)}, not {format_dims(expected)}"

    def _input(self, node: OnnxNode, index: int) -> Image | Constant | ExtraGraphInput | None:
        if index >= len(node.inputs) or not node.inputs[index]:
            return None
        return self.values[node.inputs[index]]

    def _image(self, node: OnnxNode, index: int = 0) -> Image:
        value = self._input(node, index)
        if isinstance(value, ExtraGraphInput):
            self._fail(
                node, f"input {index} is the graph input {value.name!r}; only one image input is supported"
            )
        if isinstance(value, Upsampled | PixelShuffleSplit | ShapeVector):
            self._fail(node, f"input {index} is {TRANSIENT_USES[type(value)]}")
        if not isinstance(value, Image):
            what = "missing" if value is None else "a constant"
            self._fail(
                node, f"input {index} is {what}; only tensors computed from the graph input are supported"
            )
        return value

    def _nchw_image(self, node: OnnxNode) -> Image:
        value = self._image(node)
        expected = self._canonical_dims(value.tensor)
        if value.dims != expected:
            raise ShadergenError(f"{self.path}: {self._layout_problem(value, expected, self._where(node))}")
        return value

    def _constant(self, node: OnnxNode, index: int, what: str, consequence: str = "") -> np.ndarray | None:
        """Input ``index`` as stored in the file (initialiser or Constant node); None when absent."""
        value = self._input(node, index)
        if value is None or isinstance(value, Constant):
            return None if value is None else value.array
        origin = "a graph input" if isinstance(value, ExtraGraphInput) else "computed from the graph input"
        self._fail(node, f"its {what} {node.inputs[index]!r} is {origin}, not a stored constant{consequence}")

    def _scalar(self, node: OnnxNode, array: np.ndarray, what: str) -> float:
        if array.size != 1 or array.dtype.kind != "f":
            self._fail(node, f"its {what} must be a single floating-point constant, got shape {array.shape}")
        value = float(array.reshape(()))
        if math.isnan(value):
            self._fail(node, f"its {what} is NaN")
        return value

    def _attribute(self, node: OnnxNode, name: str, kind: type, default=None):
        value = node.attributes.get(name, default)
        if kind is list:
            valid = isinstance(value, list) and all(isinstance(item, int) for item in value)
        elif kind is float:
            valid = isinstance(value, int | float)
        else:
            valid = isinstance(value, kind)
        if not valid:
            self._fail(node, f"attribute {name} is {'missing' if value is None else 'malformed'}")
        return value

    def _raw_axes(self, node: OnnxNode) -> list[int] | None:
        """Squeeze/Unsqueeze axes as written (an input from opset 13, an attribute before); None if absent."""
        if self.raw.opset >= AXES_AS_INPUT_OPSET:
            array = self._constant(node, 1, "axes")
            if array is None:
                return None
            if array.dtype.kind != "i" or array.ndim != 1:
                self._fail(node, f"its axes must be a 1-D integer constant, got shape {array.shape}")
            return [int(axis) for axis in array]
        if "axes" not in node.attributes:
            return None
        return self._attribute(node, "axes", list)

    def _normalised_axes(self, node: OnnxNode, axes: list[int], rank: int) -> list[int]:
        normalised = [axis + rank if axis < 0 else axis for axis in axes]
        if any(not 0 <= axis < rank for axis in normalised) or len(set(normalised)) != len(normalised):
            self._fail(node, f"axes {axes} are invalid for rank {rank}")
        return normalised

    def _ir_name(self, node: OnnxNode) -> str:
        # Exporters put every layer under one scope ("functional_1/conv2d_1/BiasAdd", "/convs.0/Conv");
        # dropping what all layers share keeps the names that inspect and the shaders show readable.
        base = node.name.removeprefix(self.name_prefix) or f"{node.op_type}_{node.index}"
        name = base if base not in self.draft else f"{base}_{node.index}"
        while name in self.draft:
            name += "_"
        return name

    def _add_draft(self, node: OnnxNode, make: Callable[[str], object], shape: tuple[int, int]) -> str:
        name = self._ir_name(node)
        try:
            self.draft[name] = make(name)
        except NetworkShapeError as error:
            self._fail(node, str(error))
        self.shapes[name] = shape
        return name

    def _elementwise(self, node: OnnxNode, source: Image, make: Callable[[str], object], dims=None) -> Image:
        """An op applied value by value: its result keeps the layout of its image operand."""
        name = self._add_draft(node, make, self.shapes[source.tensor])
        return Image(name, source.dims if dims is None else dims, source.reordered_by)

    # ------------------------------------------------------------ compute ops
    def _conv(self, node: OnnxNode) -> Image:
        weight = self._constant(node, 1, "weight", ": dynamic weights are not supported")
        if weight is None:
            self._fail(node, "it has no weight")
        bias = self._constant(node, 2, "bias", ": dynamic weights are not supported")
        if weight.ndim != 4 or weight.dtype.kind != "f":
            self._fail(node, f"only 2-D float convolutions are supported (weight shape {weight.shape})")
        filters, in_channels, height, width = weight.shape
        size = self._attribute(node, "kernel_shape", list, [height, width])
        if list(size) != [height, width]:
            self._fail(node, f"kernel_shape {size} does not match the weight shape {weight.shape}")
        if height != width or height % 2 == 0:
            self._fail(node, f"kernel {height}x{width} is not odd and square")
        checks = {
            "group": (self._attribute(node, "group", int, 1), 1),
            "strides": (self._attribute(node, "strides", list, [1, 1]), [1, 1]),
            "dilations": (self._attribute(node, "dilations", list, [1, 1]), [1, 1]),
        }
        for key, (value, wanted) in checks.items():
            if value != wanted:
                self._fail(node, f"{key}={value} is not supported (need {wanted})")
        self._check_same_padding(node, height)
        source = self._nchw_image(node)
        channels, scale = self.shapes[source.tensor]
        if in_channels != channels:
            self._fail(node, f"the weight expects {in_channels} input channels, the input has {channels}")
        if bias is None:
            bias = np.zeros(filters, np.float32)
        elif bias.shape != (filters,) or bias.dtype.kind != "f":
            self._fail(node, f"bias shape {bias.shape} does not match {filters} filters")
        kernel = weight.transpose(2, 3, 1, 0)  # ONNX OIHW -> IR HWIO
        name = self._add_draft(
            node, lambda name: Conv2D(name, source.tensor, kernel, bias, "linear"), (filters, scale)
        )
        return Image(name, self._canonical_dims(name))

    def _check_same_padding(self, node: OnnxNode, size: int):
        """Keras 'same' zero padding: k//2 on every side, however the exporter spells it."""
        auto_pad = self._attribute(node, "auto_pad", str, "NOTSET")
        if auto_pad != "NOTSET" and "pads" in node.attributes:
            self._fail(node, f"auto_pad={auto_pad} and pads={node.attributes['pads']} are both given")
        if auto_pad in SAME_PADDING_MODES or (auto_pad == "VALID" and size == 1):
            return
        if auto_pad != "NOTSET":
            self._fail(node, f"auto_pad={auto_pad} is not 'same' padding for a {size}x{size} kernel")
        pads = self._attribute(node, "pads", list, [0, 0, 0, 0])
        if pads != [size // 2] * 4:
            self._fail(node, f"pads={pads} is not symmetric 'same' padding (need {[size // 2] * 4})")

    def _depth_to_space(self, node: OnnxNode) -> Image:
        block = self._attribute(node, "blocksize", int)
        mode = self._attribute(node, "mode", str, "DCR")
        if mode not in DEPTH_TO_SPACE_MODES:
            self._fail(node, f"mode {mode!r} is not one of {', '.join(DEPTH_TO_SPACE_MODES)}")
        if block < 1:
            self._fail(node, f"blocksize {block} must be at least 1")
        source = self._nchw_image(node)
        return self._pixel_shuffle(node, source.tensor, block, mode)

    def _pixel_shuffle(self, node: OnnxNode, tensor: str, block: int, mode: str) -> Image:
        channels, scale = self.shapes[tensor]
        if channels % (block * block):
            self._fail(node, f"{channels} channels are not divisible by blocksize² = {block * block}")
        if block == 1:  # the identity (torch's pixel_shuffle(x, 1))
            return Image(tensor, self._canonical_dims(tensor))
        name = self._add_draft(
            node,
            lambda name: DepthToSpace(name, tensor, block, mode, clip=False),
            (channels // (block * block), scale * block),
        )
        return Image(name, self._canonical_dims(name))

    def _table_activation(self, node: OnnxNode) -> Image:
        """An op of the activation table (Relu, LeakyRelu): its parameters come from attributes."""
        source = self._image(node)
        kind = ONNX_OPS[node.op_type]
        values = {parameter.name: self._attribute(node, parameter.onnx_attribute, float,
                                                  parameter.onnx_default)
                  for parameter in kind.parameters}
        try:
            function = ActivationFunction.of(kind.name, **values)
        except ActivationError as error:
            self._fail(node, str(error))
        return self._elementwise(node, source, lambda name: Activation(name, source.tensor, function))

    def _sigmoid(self, node: OnnxNode) -> Image:
        source = self._image(node)
        where = self._where(node)
        return self._elementwise(node, source, lambda name: Sigmoid(name, source.tensor, where))

    def _mul(self, node: OnnxNode) -> Image:
        """Only SiLU: Mul(x, Sigmoid(x)), in either operand order, as torch exports nn.SiLU."""
        operands = [self._input(node, index) for index in range(len(node.inputs))]
        if any(isinstance(value, ShapeVector) for value in operands):
            return self._shape_product(node, operands)
        if len(operands) == 2 and all(isinstance(value, Image) for value in operands):
            for value, gate in (operands, operands[::-1]):
                gate_node = self.draft[gate.tensor]
                if (
                    isinstance(gate_node, Sigmoid)
                    and gate_node.source == value.tensor
                    and gate.dims == value.dims
                ):
                    return self._silu(node, value)
        self._fail(node, "only Mul(x, Sigmoid(x)), i.e. SiLU, is supported")

    def _silu(self, node: OnnxNode, source: Image) -> Image:
        return self._elementwise(node, source, lambda name: Activation(name, source.tensor, "silu"))

    def _add(self, node: OnnxNode) -> Image:
        if len(node.inputs) != 2:
            self._fail(node, f"Add needs 2 inputs, it has {len(node.inputs)}")
        return self._sum(node)

    def _sum(self, node: OnnxNode) -> Image:
        upsampled = [self._input(node, index) for index in range(len(node.inputs))]
        upsampled = [value for value in upsampled if isinstance(value, Upsampled)]
        if upsampled:
            return self._add_upsampled(node, upsampled[0])
        operands = [self._image(node, index) for index in range(len(node.inputs))]
        if not operands:
            self._fail(node, "it has no inputs")
        first = operands[0]
        for other in operands[1:]:
            if other.dims != first.dims:
                self._fail(
                    node, f"cannot add {format_dims(first.dims)} and {format_dims(other.dims)} (broadcasting)"
                )
        if len(operands) == 1:
            return first
        sources = tuple(value.tensor for value in operands)
        return self._elementwise(node, first, lambda name: Add(name, sources))

    def _min(self, node: OnnxNode) -> Image:
        return self._min_or_max(node, is_min=True)

    def _max(self, node: OnnxNode) -> Image:
        return self._min_or_max(node, is_min=False)

    def _min_or_max(self, node: OnnxNode, is_min: bool) -> Image:
        operands = [self._input(node, index) for index in range(len(node.inputs))]
        images = [value for value in operands if isinstance(value, Image)]
        constants = [value.array for value in operands if isinstance(value, Constant)]
        if len(images) != 1 or len(images) + len(constants) != len(node.inputs):
            self._fail(node, "only one image input clamped by constants is supported")
        bounds = [self._scalar(node, array, "bound") for array in constants]
        low, high = -math.inf, math.inf
        if bounds and is_min:
            high = min(bounds)
        elif bounds:
            low = max(bounds)
        return self._clamp(node, images[0], low, high, max((array.ndim for array in constants), default=0))

    def _clip(self, node: OnnxNode) -> Image:
        source = self._image(node)
        if self.raw.opset >= CLIP_BOUNDS_AS_INPUT_OPSET:
            arrays = [self._constant(node, index, what) for index, what in ((1, "min"), (2, "max"))]
            low, high = (
                -math.inf if arrays[0] is None else self._scalar(node, arrays[0], "min"),
                math.inf if arrays[1] is None else self._scalar(node, arrays[1], "max"),
            )
            rank = max((array.ndim for array in arrays if array is not None), default=0)
        else:
            low = float(self._attribute(node, "min", float, -math.inf))
            high = float(self._attribute(node, "max", float, math.inf))
            rank = 0
        return self._clamp(node, source, low, high, rank)

    def _clamp(self, node: OnnxNode, source: Image, low: float, high: float, bound_rank: int) -> Image:
        # Broadcasting against a constant of higher rank prepends size-1 axes to the result.
        dims = (1,) * max(0, bound_rank - len(source.dims)) + source.dims
        if low == -math.inf and high == math.inf and dims == source.dims:
            return source
        where = self._where(node)
        return self._elementwise(
            node, source, lambda name: Clamp(name, source.tensor, low, high, where), dims
        )

    # ------------------------------------------------------------- values and layout
    def _constant_node(self, node: OnnxNode) -> Constant:
        if len(node.attributes) != 1:
            self._fail(
                node, f"expected exactly one value attribute, found {sorted(node.attributes) or 'none'}"
            )
        (key,) = node.attributes
        if key == "value":
            value = node.attributes[key]
            if not isinstance(value, np.ndarray):
                self._fail(node, "attribute value is not a tensor")
            return Constant(value)
        kinds = {
            "value_float": (float, np.float32),
            "value_floats": (list, np.float32),
            "value_int": (int, np.int64),
            "value_ints": (list, np.int64),
        }
        if key not in kinds:
            self._fail(node, f"a {key} constant is not supported")
        kind, dtype = kinds[key]
        value = node.attributes[key]
        valid = isinstance(value, kind) and (
            kind is not list or all(isinstance(v, int | float) for v in value)
        )
        if not valid:
            self._fail(node, f"attribute {key} is malformed")
        return Constant(np.array(value, dtype=dtype))

    def _identity(self, node: OnnxNode) -> Image | Constant | ExtraGraphInput:
        value = self._input(node, 0)
        if value is None:
            self._fail(node, "it has no input")
        return value

    def _transpose(self, node: OnnxNode) -> Image | PixelShuffleSplit:
        split = self._input(node, 0)
        if isinstance(split, PixelShuffleSplit) and not split.transposed:
            if self._attribute(node, "perm", list, []) != PIXEL_SHUFFLE_PERM:
                self._fail(node, f"only perm {PIXEL_SHUFFLE_PERM} may follow a pixel shuffle's first Reshape")
            dims = tuple(split.dims[axis] for axis in PIXEL_SHUFFLE_PERM)
            return PixelShuffleSplit(split.tensor, split.channels, split.block, dims, transposed=True)
        source = self._image(node)
        rank = len(source.dims)
        perm = self._attribute(node, "perm", list, list(range(rank))[::-1])
        if sorted(perm) != list(range(rank)):
            self._fail(node, f"perm {perm} is not a permutation of {rank} axes")
        dims = tuple(source.dims[axis] for axis in perm)
        return self._moved(node, source, dims)

    def _moved(self, node: OnnxNode, source: Image, dims: tuple) -> Image:
        """``source`` with new dims; remembers which Transpose first put the data out of order."""
        in_order = non_unit(dims) == non_unit(self._canonical_dims(source.tensor))
        if in_order:
            return Image(source.tensor, dims)
        culprit = source.reordered_by or (
            f"{self._where(node)} ({format_dims(source.dims)} -> {format_dims(dims)})"
        )
        return Image(source.tensor, dims, culprit)

    def _squeeze(self, node: OnnxNode) -> Image:
        source = self._image(node)
        axes = self._raw_axes(node)
        if axes is None:  # no axes: every axis known to be 1
            axes = [axis for axis, dim in enumerate(source.dims) if dim == 1]
        axes = self._normalised_axes(node, axes, len(source.dims))
        for axis in axes:
            if source.dims[axis] != 1:
                self._fail(
                    node, f"cannot squeeze axis {axis} of {format_dims(source.dims)}: its size is not 1"
                )
        dims = tuple(dim for axis, dim in enumerate(source.dims) if axis not in axes)
        return self._moved(node, source, dims)

    def _unsqueeze(self, node: OnnxNode) -> Image:
        source = self._image(node)
        axes = self._raw_axes(node)
        if axes is None:
            self._fail(node, "its axes are missing")
        rank = len(source.dims) + len(axes)  # Unsqueeze's axes index the output
        axes = self._normalised_axes(node, axes, rank)
        remaining = iter(source.dims)
        dims = tuple(1 if axis in axes else next(remaining) for axis in range(rank))
        return self._moved(node, source, dims)

    def _reshape(self, node: OnnxNode) -> Image | PixelShuffleSplit:
        split = self._input(node, 0)
        source = split if isinstance(split, PixelShuffleSplit) else self._image(node)
        target = self._input(node, 1)
        if isinstance(target, ShapeVector):
            spec = list(target.dims)
        else:
            array = self._constant(node, 1, "target shape")
            if array is None or array.dtype.kind != "i" or array.ndim != 1:
                self._fail(node, "its target shape must be a 1-D integer constant or computed from a Shape")
            spec = [int(value) for value in array]
        if self._attribute(node, "allowzero", int, 0) and 0 in spec:
            self._fail(node, "allowzero with a 0 in the target shape makes an empty tensor")
        dims: list = []
        inferred = None
        for index, value in enumerate(spec):
            if isinstance(value, Spatial):
                dims.append(value)
            elif value == 0:  # 0 copies the input's size on that axis
                if index >= len(source.dims):
                    self._fail(
                        node, f"target shape {format_dims(spec)} copies axis {index}, which does not exist"
                    )
                dims.append(source.dims[index])
            elif value == -1 and inferred is None:
                inferred = index
                dims.append(None)
            elif value > 0:
                dims.append(value)
            else:
                self._fail(node, f"target shape {format_dims(spec)} is invalid")
        if inferred is not None:
            dims[inferred] = self._inferred_dim(node, source.dims, [dim for dim in dims if dim is not None])
        shuffle = self._shuffle_step(node, source, tuple(dims))
        if shuffle is not None:
            return shuffle
        if non_unit(dims) != non_unit(source.dims):
            self._fail(
                node,
                f"reshaping {format_dims(source.dims)} to {format_dims(dims)} does more than add or remove "
                "size-1 axes, so it may reorder data",
            )
        return self._moved(node, source, tuple(dims))

    def _inferred_dim(self, node: OnnxNode, source_dims: tuple, known: list):
        """The size a Reshape's -1 stands for, as an int or a single symbolic extent."""
        total, known_total = monomial(source_dims), monomial(known)
        names = list(total[1])
        for name in known_total[1]:
            if name not in names:
                names = None
                break
            names.remove(name)
        if names is None or known_total[0] == 0 or total[0] % known_total[0] or len(names) > 1:
            self._fail(
                node,
                f"reshaping {format_dims(source_dims)} with -1 merges or splits axes, so it may reorder data",
            )
        coefficient = total[0] // known_total[0]
        return Spatial(names[0], coefficient) if names else coefficient

    # ------------------------------------------------------------ torch's compact-model ops
    def _prelu(self, node: OnnxNode) -> Image:
        """PRelu with one slope per channel ([C, 1, 1] as torch exports nn.PReLU(C)) or one for all."""
        source = self._nchw_image(node)
        slope = self._constant(node, 1, "slope")
        if slope is None or slope.dtype.kind != "f":
            self._fail(node, "its slope must be a floating-point constant")
        channels = self.shapes[source.tensor][0]
        if slope.size == 1 and slope.ndim <= 4:
            slopes = np.repeat(slope.reshape(1), channels)
        elif slope.shape in ((channels, 1, 1), (1, channels, 1, 1)):
            slopes = slope.reshape(channels)
        else:
            self._fail(node, f"slope shape {slope.shape} is not per channel ({channels}, 1, 1) or a scalar")
        prelu = ActivationFunction.of("prelu", slope=slopes)
        return self._elementwise(node, source, lambda name: Activation(name, source.tensor, prelu))

    def _resize(self, node: OnnxNode) -> Upsampled:
        """Nearest upsampling by an integer factor (torch's interpolate(scale_factor=s, mode="nearest"))."""
        for key, wanted in NEAREST_RESIZE.items():
            value = node.attributes.get(key, RESIZE_DEFAULTS[key])
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            if value != wanted:
                self._fail(node, f"{key}={value!r} is not supported (only {NEAREST_RESIZE})")
        if node.attributes.get("axes") is not None:
            self._fail(node, "attribute axes is not supported")
        source = self._nchw_image(node)
        index = 2 if self.raw.opset >= RESIZE_SCALES_AS_THIRD_INPUT_OPSET else 1
        if self._input(node, index + 1) is not None:
            self._fail(node, "a Resize to fixed sizes is not supported (only scales)")
        scales = self._constant(node, index, "scales")
        if scales is None or scales.dtype.kind != "f" or scales.shape != (4,):
            self._fail(node, "its scales must be a constant of 4 floats")
        factor = float(scales[2])
        if list(scales[:2]) != [1.0, 1.0] or scales[3] != factor or not factor.is_integer() or factor < 1:
            self._fail(node, f"scales {scales.tolist()} are not [1, 1, s, s] with an integer s")
        factor = int(factor)
        channels, scale = self.shapes[source.tensor]
        dims = (1, channels, Spatial("H", scale * factor), Spatial("W", scale * factor))
        return Upsampled(source.tensor, factor, dims)

    def _add_upsampled(self, node: OnnxNode, residual: Upsampled) -> Image:
        operands = [self._input(node, index) for index in range(len(node.inputs))]
        others = [value for value in operands if value is not residual]
        if len(operands) != 2 or len(others) != 1 or not isinstance(others[0], Image):
            self._fail(node, "a nearest-upsampled image may only be added to one other image")
        source = others[0]
        if source.dims != residual.dims:
            self._fail(node, f"cannot add {format_dims(source.dims)} and the upsampled "
                             f"{format_dims(residual.dims)} (broadcasting)")
        return self._elementwise(
            node, source, lambda name: AddUpsampled(name, source.tensor, residual.tensor, residual.factor)
        )

    def _shuffle_step(self, node: OnnxNode, source, dims: tuple) -> Image | PixelShuffleSplit | None:
        """The pixel shuffle's Reshapes: (1, C·s², H, W) -> (1, C, s, s, H, W), and after the Transpose
        (1, C, H, s, W, s) -> (1, C, sH, sW); None when ``dims`` is neither."""
        if isinstance(source, PixelShuffleSplit):
            channels, scale = self.shapes[source.tensor]
            shuffled = (1, source.channels, Spatial("H", scale * source.block),
                        Spatial("W", scale * source.block))
            if not source.transposed or dims != shuffled:
                self._fail(node, "a pixel shuffle must be Reshape (1, C, s, s, H, W), Transpose "
                                 f"{PIXEL_SHUFFLE_PERM}, Reshape (1, C, sH, sW)")
            return self._pixel_shuffle(node, source.tensor, source.block, "CRD")
        if len(dims) != 6 or source.dims != self._canonical_dims(source.tensor):
            return None
        channels = self.shapes[source.tensor][0]
        one, out_channels, block, block_x, height, width = dims
        if (one, block_x, height, width) != (1, block, source.dims[2], source.dims[3]):
            return None
        if not isinstance(out_channels, int) or not isinstance(block, int) or block < 2:
            return None
        if out_channels * block * block != channels:
            return None
        return PixelShuffleSplit(source.tensor, out_channels, block, dims)

    def _shape(self, node: OnnxNode) -> ShapeVector:
        if node.attributes.get("start") is not None or node.attributes.get("end") is not None:
            self._fail(node, "attributes start/end are not supported")
        return ShapeVector(self._nchw_image(node).dims)

    def _gather(self, node: OnnxNode) -> ShapeVector:
        vector = self._input(node, 0)
        if not isinstance(vector, ShapeVector):
            self._fail(node, "only gathering from a Shape is supported")
        indices = self._constant(node, 1, "indices")
        if self._attribute(node, "axis", int, 0) != 0 or indices is None or indices.dtype.kind != "i":
            self._fail(node, "its indices must be an integer constant on axis 0")
        rank = len(vector.dims)
        if indices.ndim > 1 or any(not -rank <= int(i) < rank for i in indices.flat):
            self._fail(node, f"indices {indices.tolist()} do not pick entries of a rank-{rank} shape")
        picked = tuple(vector.dims[int(i)] for i in indices.flat)
        return ShapeVector(picked)

    def _concat(self, node: OnnxNode) -> ShapeVector:
        parts = []
        for index in range(len(node.inputs)):
            value = self._input(node, index)
            if isinstance(value, ShapeVector):
                parts.extend(value.dims)
            elif isinstance(value, Constant) and value.array.dtype.kind == "i" and value.array.ndim == 1:
                parts.extend(int(item) for item in value.array)
            else:
                self._fail(node, "only concatenating shape vectors and integer constants is supported")
        if self._attribute(node, "axis", int) not in (0, -1):
            self._fail(node, "only axis 0 is supported")
        return ShapeVector(tuple(parts))

    def _shape_product(self, node: OnnxNode, operands: list) -> ShapeVector:
        vectors = [value for value in operands if isinstance(value, ShapeVector)]
        constants = [value.array for value in operands if isinstance(value, Constant)]
        if len(operands) != 2 or len(vectors) != 1 or len(constants) != 1 or constants[0].dtype.kind != "i":
            self._fail(node, "a shape may only be multiplied by an integer constant")
        factors = constants[0].reshape(-1)
        if factors.size not in (1, len(vectors[0].dims)) or np.any(factors < 1):
            self._fail(node, f"cannot multiply a shape by {constants[0].tolist()}")
        factors = np.broadcast_to(factors, (len(vectors[0].dims),))
        return ShapeVector(tuple(
            Spatial(dim.axis, dim.scale * int(f)) if isinstance(dim, Spatial) else dim * int(f)
            for dim, f in zip(vectors[0].dims, factors, strict=True)))


TRANSIENT_USES = {
    Upsampled: "a nearest-upsampled image, which is only supported as an operand of Add",
    PixelShuffleSplit: "part of a pixel shuffle (Reshape, Transpose, Reshape), which it does not complete",
    ShapeVector: "a shape, which is only supported as a Reshape's target",
}


def shared_scope(names: list[str]) -> str:
    """The leading "a/b/" scope that every name has (the part before each name's last "/")."""
    if not names or not all(names):
        return ""
    scopes = [name.split("/")[:-1] for name in names]
    shared = []
    for parts in zip(*scopes, strict=False):
        if len(set(parts)) != 1:
            break
        shared.append(parts[0])
    return "".join(f"{part}/" for part in shared)


HANDLERS: dict[str, Callable[[OnnxTranslator, OnnxNode], Image | Constant | ExtraGraphInput]] = {
    "Conv": OnnxTranslator._conv,
    "DepthToSpace": OnnxTranslator._depth_to_space,
    **{op: OnnxTranslator._table_activation for op in ONNX_OPS},
    "Sigmoid": OnnxTranslator._sigmoid,
    "Mul": OnnxTranslator._mul,
    "Add": OnnxTranslator._add,
    "Sum": OnnxTranslator._sum,
    "Min": OnnxTranslator._min,
    "Max": OnnxTranslator._max,
    "Clip": OnnxTranslator._clip,
    "Constant": OnnxTranslator._constant_node,
    "Identity": OnnxTranslator._identity,
    "Transpose": OnnxTranslator._transpose,
    "Reshape": OnnxTranslator._reshape,
    "Squeeze": OnnxTranslator._squeeze,
    "Unsqueeze": OnnxTranslator._unsqueeze,
    "PRelu": OnnxTranslator._prelu,
    "Resize": OnnxTranslator._resize,
    "Shape": OnnxTranslator._shape,
    "Gather": OnnxTranslator._gather,
    "Concat": OnnxTranslator._concat,
}
