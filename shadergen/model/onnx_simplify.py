"""The last step of reading an ONNX graph: the translator's draft (IR nodes plus transient Sigmoid
and clamp nodes) simplified into the network IR. An activation right after a linear Conv is folded
into it, a [0, 1] clamp right after DepthToSpace becomes its ``clip``, a [0, ∞) clamp is a ReLU,
an unbounded one vanishes; a transient left in the part of the graph that reaches the output is
refused."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from ..errors import ShadergenError
from .ir import Activation, Add, Conv2D, DepthToSpace, Input
from .onnx_values import Clamp, Sigmoid


def simplify_draft(draft_nodes: list, output: str, path) -> tuple[list, str]:
    """Fold activations and clamps into their producers, drop unused nodes, refuse transients.

    ``draft_nodes`` are IR nodes and transients in topological order, ``output`` the name of the
    graph output among them; returns the IR nodes the output needs and the output's final name.
    Errors name ``path``, the ONNX file."""
    draft = _reachable(draft_nodes, output)
    kept: dict[str, object] = {}
    alias: dict[str, str] = {}

    def resolve(name: str) -> str:
        while name in alias:
            name = alias[name]
        return name

    def only_reader(producer: str, later: list) -> bool:
        """No node but the one being folded reads ``producer`` (the graph output counts as a reader)."""
        readers = [node for node in [*kept.values(), *later] if producer in map(resolve, node.sources)]
        return not readers and resolve(output) != producer

    for index, original in enumerate(draft):
        node = _with_sources(original, resolve)
        later = draft[index + 1 :]
        if isinstance(node, Clamp):
            inner = kept.get(node.source)
            if isinstance(inner, Clamp) and only_reader(inner.name, later):
                del kept[inner.name]
                alias[inner.name] = inner.source
                node = Clamp(
                    node.name,
                    inner.source,
                    max(node.low, inner.low),
                    min(node.high, inner.high),
                    f"{inner.where} with {node.where}",
                )
            producer = kept.get(node.source)
            if node.low == -math.inf and node.high == math.inf:
                alias[node.name] = node.source
                continue
            if (node.low, node.high) == (0.0, 1.0) and isinstance(producer, DepthToSpace):
                if only_reader(producer.name, later):
                    kept[producer.name] = replace(producer, clip=True)
                    alias[node.name] = producer.name
                    continue
            if (node.low, node.high) == (0.0, math.inf):
                node = Activation(node.name, node.source, "relu")
        if isinstance(node, Activation):
            producer = kept.get(node.source)
            if isinstance(producer, Conv2D) and producer.activation.is_linear:
                if only_reader(producer.name, later):
                    kept[producer.name] = replace(producer, activation=node.activation)
                    alias[node.name] = producer.name
                    continue
        kept[node.name] = node
    nodes = _reachable(list(kept.values()), resolve(output))  # the output's name follows the folds
    for node in nodes:
        if isinstance(node, Sigmoid):
            raise ShadergenError(
                f"{path}: {node.where}: a Sigmoid is only supported inside SiLU, Mul(x, Sigmoid(x))"
            )
        if isinstance(node, Clamp):
            raise ShadergenError(
                f"{path}: {node.where}: clamping to [{node.low}, {node.high}] is not supported "
                "(only [0, inf) = ReLU, or [0, 1] directly after DepthToSpace)"
            )
    return nodes, resolve(output)


def _with_sources(node, resolve: Callable[[str], str]):
    if isinstance(node, Input):
        return node
    if isinstance(node, Add):
        return replace(node, inputs=tuple(resolve(name) for name in node.inputs))
    return replace(node, source=resolve(node.source))


def _reachable(nodes: list, output: str) -> list:
    """The nodes the output depends on, in their original (topological) order; the Input stays first."""
    needed = {output}
    for node in reversed(nodes):
        if node.name in needed:
            needed.update(node.sources)
    return [node for node in nodes if node.name in needed or isinstance(node, Input)]
