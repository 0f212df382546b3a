"""numpy reference executor of the network IR, with Keras semantics.

Zero padding ('same'), cross-correlation, depth-to-space in DCR or CRD order. Precision modes:

* ``float64`` (default): the exact reference every shader is measured against;
* ``float32``: what Keras itself computes, to compare with Keras' predictions;
* ``fp16``: float64 arithmetic, but every tensor a shader pass stores (see ``stages.py``) is rounded
  to float16 with round-to-nearest: the floor that libplacebo's rgba16f pass outputs cost at best.
"""

from __future__ import annotations

import numpy as np

from .ir import Activation, Add, Conv2D, DepthToSpace, Input, Network
from .stages import stored_tensors

# How the reference computes (not a shader precision: shadergen/precision.py has those).
REFERENCE_MODES = ("float64", "float32", "fp16")


def run_network(network: Network, image: np.ndarray, precision: str = "float64") -> np.ndarray:
    """Run ``network`` on ``image`` (H, W) or (H, W, C); returns (H·s, W·s, C_out)."""
    if precision not in REFERENCE_MODES:
        raise ValueError(f"precision must be one of {REFERENCE_MODES}, got {precision!r}")
    dtype = np.float32 if precision == "float32" else np.float64
    x = np.asarray(image, dtype=dtype)
    if x.ndim == 2:
        x = x[:, :, None]
    if x.ndim != 3 or x.shape[2] != network.in_channels:
        raise ValueError(f"{network.name} expects (H, W, {network.in_channels}) input, got {x.shape}")
    rounded = set(stored_tensors(network)) if precision == "fp16" else set()
    values: dict[str, np.ndarray] = {}
    for node in network.nodes:
        if isinstance(node, Input):
            value = x
        else:
            value = _evaluate(node, values, dtype)
        if node.name in rounded:
            value = value.astype(np.float16).astype(dtype)
        values[node.name] = value
    return values[network.output]


def _evaluate(node, values: dict[str, np.ndarray], dtype) -> np.ndarray:
    if isinstance(node, Conv2D):
        return node.activation.apply(conv2d_same(values[node.source], node.kernel, node.bias, dtype))
    if isinstance(node, Activation):
        return node.activation.apply(values[node.source])
    if isinstance(node, Add):
        total = values[node.inputs[0]].copy()
        for name in node.inputs[1:]:
            total += values[name]
        return total
    if isinstance(node, DepthToSpace):
        out = depth_to_space(values[node.source], node.block, node.order)
        return np.clip(out, 0.0, 1.0) if node.clip else out
    raise TypeError(f"unknown node {node!r}")


def conv2d_same(x: np.ndarray, kernel: np.ndarray, bias: np.ndarray, dtype=np.float64) -> np.ndarray:
    """Keras Conv2D with padding='same', stride 1: zero padding, cross-correlation."""
    kh, kw, cin, cout = kernel.shape
    height, width, _ = x.shape
    pad_y, pad_x = kh // 2, kw // 2
    padded = np.zeros((height + 2 * pad_y, width + 2 * pad_x, cin), dtype=dtype)
    padded[pad_y : pad_y + height, pad_x : pad_x + width] = x
    weights = kernel.astype(dtype)
    out = np.empty((height, width, cout), dtype=dtype)
    out[...] = bias.astype(dtype)
    for ky in range(kh):
        for kx in range(kw):
            out += padded[ky : ky + height, kx : kx + width] @ weights[ky, kx]
    return out


def depth_to_space(x: np.ndarray, block: int, order: str = "DCR") -> np.ndarray:
    """DCR: channel (block·dy + dx)·C + c (Keras/TF); CRD: c·block² + block·dy + dx (torch)."""
    height, width, channels = x.shape
    out_channels = channels // (block * block)
    if order == "DCR":
        blocks = x.reshape(height, width, block, block, out_channels)  # y, x, dy, dx, c
    else:
        blocks = x.reshape(height, width, out_channels, block, block).transpose(0, 1, 3, 4, 2)
    return blocks.transpose(0, 2, 1, 3, 4).reshape(height * block, width * block, out_channels)
