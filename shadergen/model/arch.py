"""``--arch`` for weights-only files: the C and R architectures as a Keras config.

Grammar: ``C<relu layers>F<filters>`` (ArtCNN C4F16, C3F12...) and ``R<blocks>F<filters>`` (R8F64...).
Convolutions are created in this order, which is the order of the weight groups in the file:
* C: head (linear), the n ReLU layers, the linear fusion conv, the final conv;
* R: head (linear), per block act/act/linear, the tail conv (linear), the final conv.
Both end with a long skip (add the head's output) and, when the final conv has a multiple of 4
outputs, a depth-to-space by 2 and a clip; otherwise (ArtCNN's chroma models: 2 outputs, Cb and Cr)
the output stays at input resolution, unclipped.
Input and output channel counts and the kernel size are read from the file's first and last kernels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ShadergenError

ARCH_PATTERN = re.compile(r"^([CR])(\d{1,9})F(\d{1,9})$")
# Far beyond any network that fits in a shader (mpv/limits.py's pass limit stops it anyway).
MAX_DEPTH = 1000
MAX_FILTERS = 4096
ARCH_ACTIVATIONS = ("relu", "silu")
UPSCALE_BLOCK = 2


@dataclass(frozen=True)
class Architecture:
    family: str  # "C" or "R"
    depth: int  # ReLU layers (C) or residual blocks (R)
    filters: int
    activation: str = "relu"

    @property
    def name(self) -> str:
        return f"{self.family}{self.depth}F{self.filters}"

    @property
    def conv_count(self) -> int:
        return self.depth + 3 if self.family == "C" else 3 * self.depth + 3


def parse_arch(text: str, activation: str = "relu") -> Architecture:
    match = ARCH_PATTERN.match(text.strip().upper())
    if not match:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ShadergenError(
            f"--arch {shown!r}: expected C<layers>F<filters> or R<blocks>F<filters>, e.g. C4F16"
        )
    if activation not in ARCH_ACTIVATIONS:
        raise ShadergenError(f"--act {activation!r}: expected one of {', '.join(ARCH_ACTIVATIONS)}")
    family, depth, filters = match.group(1), int(match.group(2)), int(match.group(3))
    if filters < 1 or (family == "R" and depth < 1):
        raise ShadergenError(f"--arch {text!r}: needs at least one filter (and one block for R)")
    if depth > MAX_DEPTH or filters > MAX_FILTERS:
        raise ShadergenError(
            f"--arch {text!r}: at most {MAX_DEPTH} layers or blocks and {MAX_FILTERS} filters"
        )
    return Architecture(family, depth, filters, activation if family == "R" else "relu")


def arch_config(arch: Architecture, in_channels: int, out_channels: int, kernel_size: int) -> dict:
    """A Keras-2-style functional config for ``arch`` (layer names follow Keras' default counters)."""
    layers: list[dict] = [
        _layer("InputLayer", "input_layer", [], batch_shape=[None, None, None, in_channels])
    ]
    names = {"conv2d": 0, "add": 0}

    def add_layer(kind: str, sources: list[str], **config) -> str:
        base = "conv2d" if kind == "Conv2D" else "add"
        name = base if names[base] == 0 else f"{base}_{names[base]}"
        names[base] += 1
        layers.append(_layer(kind, name, sources, **config))
        return name

    def conv(source: str, filters: int, activation: str) -> str:
        return add_layer(
            "Conv2D",
            [source],
            filters=filters,
            kernel_size=[kernel_size] * 2,
            padding="same",
            strides=[1, 1],
            dilation_rate=[1, 1],
            groups=1,
            use_bias=True,
            activation=activation,
        )

    head = conv("input_layer", arch.filters, "linear")
    x = head
    if arch.family == "C":
        for _ in range(arch.depth):
            x = conv(x, arch.filters, "relu")
    else:
        for _ in range(arch.depth):
            y = conv(
                conv(conv(x, arch.filters, arch.activation), arch.filters, arch.activation),
                arch.filters,
                "linear",
            )
            x = add_layer("Add", [y, x])
    x = add_layer("Add", [conv(x, arch.filters, "linear"), head])
    x = conv(x, out_channels, "linear")
    if out_channels % (UPSCALE_BLOCK * UPSCALE_BLOCK) == 0:
        layers.append(_layer("DepthToSpace", "depth_to_space", [x], block_size=UPSCALE_BLOCK))
        x = "depth_to_space"
    return {
        "class_name": "Functional",
        "config": {"name": arch.name, "layers": layers, "output_layers": [[x, 0, 0]]},
    }


def _layer(class_name: str, name: str, sources: list[str], **config) -> dict:
    return {
        "class_name": class_name,
        "name": name,
        "config": {"name": name, **config},
        "inbound_nodes": [[[source, 0, 0, {}] for source in sources]] if sources else [],
    }
