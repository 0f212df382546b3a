"""The tensor variant's weights: one ``//!TEXTURE`` block per tensor-core layer, laid out for the
cooperative-matrix loads of ``compute_tensor_pass.glsl.j2``.

A tensor pass multiplies 16-pixel rows of its input tile (16 input channels, one phase) by the
16 × N weight matrix of each tap, N = the channels the pass writes (``TensorShape.part_channels``).
Each phase copies that phase's weights from the texture to shared memory as ``[tap][ci][co]``
(row-major K × N matrices, one per tap), so the texture holds them in the same order:

texel ``(tap · N/4 + j, part · Cin + ci)`` is the vec4 of output channels ``part · N + 4j .. + 3``
for input channel ``ci`` at tap ``tap = ky · K + kx``.

Format ``rgba16hf`` (half floats, the hex too): the weights are float16 operands of
the tensor cores anyway, rounded to nearest here. The width is K² · N / 4 texels (at most 49 · 32 =
1568) and the height parts · Cin (at most 8 · 128 = 1024 rows).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .pack import LANES
from .shader_plan import TENSOR_MATRIX as MATRIX
from .shader_plan import ComputeTiling, Layer, tensor_texture_name

TENSOR_FORMAT = "rgba16hf"


@dataclass(frozen=True)
class TensorShape:
    """How a tensor layer's convolution maps onto 16 × 16 × 16 matrix products."""

    layer: Layer
    tiling: ComputeTiling

    @property
    def taps(self) -> int:
        return self.layer.kernel_size ** 2

    @property
    def parts(self) -> int:
        return self.tiling.passes(self.layer)

    @property
    def part_channels(self) -> int:
        return self.layer.kernel.shape[3] // self.parts

    @property
    def column_blocks(self) -> int:
        """16-channel output blocks (N chunks) of one pass."""
        return self.part_channels // MATRIX

    @property
    def resident(self) -> bool:
        """One phase loads every input channel (ComputeTiling.chunk_groups): the weights of every
        tap and channel then stay in shared memory for all the workgroup's tiles."""
        return self.tiling.chunk(self.layer) == self.layer.in_groups


def tensor_eligible(layer: Layer) -> bool:
    """Layers the tensor variant computes with matrix products: a stored input (not the network
    input), not the final layer, and input and output channels in whole blocks of 16."""
    cin, cout = layer.kernel.shape[2], layer.kernel.shape[3]
    return layer.source is not None and not layer.is_final and cin % MATRIX == 0 and cout % MATRIX == 0


def tensor_texels(shape: TensorShape) -> np.ndarray:
    """(height, width, 4) float16: the layer's texture (module docstring)."""
    kernel = np.asarray(shape.layer.kernel, np.float32)  # HWIO
    taps, parts, n = shape.taps, shape.parts, shape.part_channels
    cin = kernel.shape[2]
    weights = kernel.reshape(taps, cin, parts, n)  # tap, ci, part, co
    rows = weights.transpose(2, 1, 0, 3)  # part, ci, tap, co
    texels = rows.reshape(parts * cin, taps * n // LANES, LANES)
    return texels.astype(np.float16)


def tensor_block(model: str, shape: TensorShape) -> dict:
    texels = tensor_texels(shape)
    return {"name": tensor_texture_name(model, shape.layer), "width": texels.shape[1],
            "height": texels.shape[0], "format": TENSOR_FORMAT, "hex": texels.astype("<f2").tobytes().hex()}
