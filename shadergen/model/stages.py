"""Which tensors a shader stores: the fusion rule shared by the fp16 reference and the code generator.

A *stage* starts at a convolution (or any node that cannot be fused into its producer) and swallows
every following node that is the sole consumer of the running value and can be computed per pixel
from it: activations, an Add whose other inputs are already stored, a final depth-to-space, and
a nearest-upsampled tensor added to the result (AddUpsampled: SRVGGNetCompact's input residual).
One stage is one stored tensor, i.e. one rgba16f pass output in libplacebo.
"""

from __future__ import annotations

from dataclasses import dataclass

from .ir import Activation, Add, AddUpsampled, DepthToSpace, Input, Network, Node


@dataclass(frozen=True)
class Stage:
    nodes: tuple[Node, ...]  # head first, then the fused followers in order

    @property
    def head(self) -> Node:
        return self.nodes[0]

    @property
    def output(self) -> str:
        return self.nodes[-1].name

    @property
    def inputs(self) -> tuple[str, ...]:
        """Stored tensors this stage reads, head input first, then fused Add operands."""
        inside = {node.name for node in self.nodes}
        names: list[str] = []
        for node in self.nodes:
            for source in node.sources:
                if source not in inside and source not in names:
                    names.append(source)
        return tuple(names)


def fuse_stages(network: Network) -> list[Stage]:
    order = {node.name: index for index, node in enumerate(network.nodes)}
    fused: set[str] = set()
    stages: list[Stage] = []
    for node in network.nodes:
        if isinstance(node, Input) or node.name in fused:
            continue
        chain = [node]
        while chain[-1].name != network.output:
            consumers = network.consumers(chain[-1].name)
            if len(consumers) != 1 or not _can_fuse(chain[-1].name, consumers[0], order):
                break
            chain.append(consumers[0])
            fused.add(consumers[0].name)
        stages.append(Stage(tuple(chain)))
    return stages


def _can_fuse(value: str, consumer: Node, order: dict[str, int]) -> bool:
    if isinstance(consumer, (Activation, DepthToSpace)):
        return True
    if isinstance(consumer, AddUpsampled):
        return value == consumer.source
    if isinstance(consumer, Add):
        # Fuse only into the operand computed last, so every other operand is already stored.
        return value == max(consumer.inputs, key=order.__getitem__)
    return False


def stored_tensors(network: Network) -> list[str]:
    return [stage.output for stage in fuse_stages(network)]
