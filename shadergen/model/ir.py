"""The network IR: small frozen dataclasses that every loader produces and every consumer reads.

Tensors are named by the node that produces them. Nodes are kept in topological order and the
shapes (channel counts and resolution scale) are checked when the ``Network`` is built, so a
``Network`` that exists is always consistent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .activations import ActivationError, ActivationFunction

DEPTH_TO_SPACE_ORDERS = ("DCR", "CRD")


class NetworkShapeError(ValueError):
    """Raised when nodes do not fit together; loaders turn it into a ShadergenError."""


def _frozen_array(values, ndim: int, what: str) -> np.ndarray:
    array = np.array(values, dtype=np.float32, copy=True)
    if array.ndim != ndim:
        raise NetworkShapeError(f"{what} must have {ndim} dimensions, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise NetworkShapeError(f"{what} contains NaN or Inf values")
    array.setflags(write=False)
    return array


class OneSource:
    """A node that reads one tensor, ``self.source``."""

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source,)


@dataclass(frozen=True)
class Input:
    name: str
    channels: int

    @property
    def sources(self) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True, eq=False)
class Conv2D(OneSource):
    """Keras Conv2D, padding 'same' (zero), stride 1: out = act(bias + xcorr(in, kernel))."""

    name: str
    source: str
    kernel: np.ndarray  # (kh, kw, in, out) float32, HWIO like Keras
    bias: np.ndarray  # (out,) float32
    activation: ActivationFunction | str = "linear"  # a kind's name stands for it without parameters

    def __post_init__(self):
        object.__setattr__(self, "activation", _activation_function(self.name, self.activation))
        kernel = _frozen_array(self.kernel, 4, f"kernel of {self.name}")
        bias = _frozen_array(self.bias, 1, f"bias of {self.name}")
        kh, kw, inputs, out = kernel.shape
        if inputs < 1 or out < 1:
            raise NetworkShapeError(
                f"layer {self.name}: kernel shape {kernel.shape} has {inputs} input channels and {out} "
                "filters; a convolution needs at least 1 of each"
            )
        if kh != kw or kh % 2 == 0:
            raise NetworkShapeError(f"layer {self.name}: kernel {kh}x{kw} is not odd and square")
        if bias.shape != (out,):
            raise NetworkShapeError(
                f"layer {self.name}: bias shape {bias.shape} does not match {out} filters"
            )
        object.__setattr__(self, "kernel", kernel)
        object.__setattr__(self, "bias", bias)

    @property
    def in_channels(self) -> int:
        return self.kernel.shape[2]

    @property
    def out_channels(self) -> int:
        return self.kernel.shape[3]

    @property
    def kernel_size(self) -> int:
        return self.kernel.shape[0]

    @property
    def params(self) -> int:
        return self.kernel.size + self.bias.size


@dataclass(frozen=True)
class Activation(OneSource):
    name: str
    source: str
    activation: ActivationFunction | str

    def __post_init__(self):
        object.__setattr__(self, "activation", _activation_function(self.name, self.activation))


@dataclass(frozen=True)
class Add:
    name: str
    inputs: tuple[str, ...]

    def __post_init__(self):
        object.__setattr__(self, "inputs", tuple(self.inputs))
        if len(self.inputs) < 2:
            raise NetworkShapeError(f"layer {self.name}: Add needs at least 2 inputs")

    @property
    def sources(self) -> tuple[str, ...]:
        return self.inputs


@dataclass(frozen=True)
class DepthToSpace(OneSource):
    """Pixel shuffle. DCR (Keras/TF): channel (block*dy+dx)*C + c; CRD (torch): c*block²+block*dy+dx.

    ``clip`` clamps the result to [0, 1], as ArtCNN's DepthToSpace layer does.
    """

    name: str
    source: str
    block: int = 2
    order: str = "DCR"
    clip: bool = True

    def __post_init__(self):
        if self.block < 1:
            raise NetworkShapeError(f"layer {self.name}: block size {self.block} must be >= 1")
        if self.order not in DEPTH_TO_SPACE_ORDERS:
            raise NetworkShapeError(f"layer {self.name}: unknown depth-to-space order {self.order}")


@dataclass(frozen=True)
class AddUpsampled:
    """``source + nearest(residual, factor)``: the residual repeated factor × factor times (torch's
    interpolate(mode="nearest"), ONNX Resize nearest/asymmetric/floor), added to ``source``, which
    is ``factor`` times larger (SRVGGNetCompact's output: the network's input, upsampled, plus the
    pixel-shuffled body)."""

    name: str
    source: str
    residual: str
    factor: int

    def __post_init__(self):
        if self.factor < 1:
            raise NetworkShapeError(f"layer {self.name}: upsampling factor {self.factor} must be >= 1")

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source, self.residual)


def _activation_function(layer: str, activation) -> ActivationFunction:
    try:
        return ActivationFunction.of(activation)
    except ActivationError as error:
        raise NetworkShapeError(f"layer {layer}: {error}") from None


def _check_activation(node, channels: int) -> None:
    try:
        node.activation.check_channels(channels)
    except ActivationError as error:
        raise NetworkShapeError(f"layer {node.name}: {error}") from None


Node = Input | Conv2D | Activation | Add | AddUpsampled | DepthToSpace


@dataclass(frozen=True)
class TensorShape:
    channels: int
    scale: int  # output resolution / input resolution


@dataclass(frozen=True, eq=False)
class Network:
    name: str
    nodes: tuple[Node, ...]
    output: str
    shapes: dict = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "nodes", tuple(self.nodes))
        object.__setattr__(self, "shapes", _infer_shapes(self.nodes, self.output))

    @property
    def input(self) -> Input:
        return self.nodes[0]

    def node(self, name: str) -> Node:
        for node in self.nodes:
            if node.name == name:
                return node
        raise KeyError(name)

    def consumers(self, name: str) -> list[Node]:
        return [node for node in self.nodes if name in node.sources]

    @property
    def convolutions(self) -> list[Conv2D]:
        return [node for node in self.nodes if isinstance(node, Conv2D)]

    @property
    def in_channels(self) -> int:
        return self.input.channels

    @property
    def out_channels(self) -> int:
        return self.shapes[self.output].channels

    @property
    def scale(self) -> int:
        return self.shapes[self.output].scale

    @property
    def params(self) -> int:
        return sum(conv.params for conv in self.convolutions)

    @property
    def flops_per_pixel(self) -> int:
        """2 × multiply-adds of every convolution, per input (low-resolution) pixel."""
        total = 0
        for conv in self.convolutions:
            scale = self.shapes[conv.source].scale
            total += 2 * conv.kernel[..., 0].size * conv.out_channels * scale * scale
        return total


def _infer_shapes(nodes: tuple[Node, ...], output: str) -> dict[str, TensorShape]:
    if not nodes or not isinstance(nodes[0], Input):
        raise NetworkShapeError("the first node must be the Input")
    shapes: dict[str, TensorShape] = {}
    for node in nodes:
        if node.name in shapes:
            raise NetworkShapeError(f"duplicate layer name {node.name!r}")
        if isinstance(node, Input) and node is not nodes[0]:
            raise NetworkShapeError(f"layer {node.name}: only one Input is supported")
        for source in node.sources:
            if source not in shapes:
                raise NetworkShapeError(f"layer {node.name}: input {source!r} is not defined before it")
        shapes[node.name] = _shape_of(node, shapes)
    if output not in shapes:
        raise NetworkShapeError(f"output {output!r} is not a layer of the network")
    if not _reaches_a_convolution(nodes, output):
        raise NetworkShapeError(
            f"output {output!r} is computed without any convolution; a shader needs at least one"
        )
    return shapes


def _reaches_a_convolution(nodes: tuple[Node, ...], output: str) -> bool:
    """Whether ``output`` is computed from at least one Conv2D (nodes are in topological order)."""
    by_name = {node.name: node for node in nodes}
    pending, seen = [output], set()
    while pending:
        node = by_name[pending.pop()]
        if isinstance(node, Conv2D):
            return True
        seen.add(node.name)
        pending += [source for source in node.sources if source not in seen]
    return False


def _shape_of(node: Node, shapes: dict[str, TensorShape]) -> TensorShape:
    if isinstance(node, Input):
        if node.channels < 1:
            raise NetworkShapeError(f"layer {node.name}: input has {node.channels} channels")
        return TensorShape(node.channels, 1)
    if isinstance(node, Conv2D):
        source = shapes[node.source]
        if node.in_channels != source.channels:
            raise NetworkShapeError(
                f"layer {node.name}: kernel expects {node.in_channels} input channels but "
                f"{node.source} has {source.channels}"
            )
        _check_activation(node, node.out_channels)
        return TensorShape(node.out_channels, source.scale)
    if isinstance(node, Activation):
        _check_activation(node, shapes[node.source].channels)
        return shapes[node.source]
    if isinstance(node, AddUpsampled):
        source, residual = shapes[node.source], shapes[node.residual]
        if source != TensorShape(residual.channels, residual.scale * node.factor):
            raise NetworkShapeError(
                f"layer {node.name}: cannot add {node.residual} {residual} upsampled {node.factor}x to "
                f"{node.source} {source}"
            )
        return source
    if isinstance(node, Add):
        first = shapes[node.inputs[0]]
        for other in node.inputs[1:]:
            if shapes[other] != first:
                raise NetworkShapeError(
                    f"layer {node.name}: cannot add {node.inputs[0]} {first} and {other} {shapes[other]}"
                )
        return first
    source = shapes[node.source]
    area = node.block * node.block
    if source.channels % area:
        raise NetworkShapeError(
            f"layer {node.name}: {source.channels} channels are not divisible by block² = {area}"
        )
    return TensorShape(source.channels // area, source.scale * node.block)
