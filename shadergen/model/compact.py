"""Real-ESRGAN's SRVGGNetCompact ("compact") from its PyTorch state dict (as a safetensors file).

The module (basicsr/archs/srvgg_arch.py) is a list ``body``: Conv3x3(C → F), PReLU(F), then n times
Conv3x3(F → F), PReLU(F), then Conv3x3(F → C·s²); the output is ``pixel_shuffle(body(x), s) +
nearest(x, s)``. Its state dict holds ``body.{i}.weight`` and ``body.{i}.bias`` for the convolutions
(OIHW) and ``body.{i}.weight`` of shape [F] for the PReLU slopes, ``i`` counting the list. Like the
community's model loaders, the architecture is read off the shapes: C from the first kernel, F
from its filters, n from the number of convolutions, s from the last kernel's C·s² filters.

The IR nodes are named as torch's ONNX exporter names them (``body.0/Conv``,
``upsampler/DepthToSpace``, ``Add``), each PReLU folded into the convolution before it as the ONNX
reader folds activations, so a model built from its ONNX export and from its safetensors file
gives the same shader.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..errors import ShadergenError
from .activations import ActivationFunction
from .ir import AddUpsampled, Conv2D, DepthToSpace, Input, Network, NetworkShapeError

BODY_KEY = re.compile(r"^body\.(0|[1-9][0-9]{0,3})\.(weight|bias)$")
INPUT_NAME = "input"
MAX_SCALE = 4


def compact_network(path: Path, tensors: dict[str, np.ndarray], model_name: str) -> Network:
    """The network a SRVGGNetCompact state dict describes, or a ShadergenError naming ``path``."""
    layers: dict[int, dict[str, np.ndarray]] = {}
    for key, array in tensors.items():
        match = BODY_KEY.match(key)
        if not match:
            raise ShadergenError(
                f"{path}: key {key[:80]!r} is not part of a SRVGGNetCompact state dict "
                "(expected only body.<i>.weight and body.<i>.bias)"
            )
        layers.setdefault(int(match.group(1)), {})[match.group(2)] = array
    if not layers:
        raise ShadergenError(f"{path}: the file holds no tensors")
    last = max(layers)
    for index in range(last + 1):
        if "weight" not in layers.get(index, {}):
            raise ShadergenError(f"{path}: missing key body.{index}.weight (SRVGGNetCompact layout)")
    if last % 2 or last < 2:
        raise ShadergenError(f"{path}: body has {last + 1} entries; SRVGGNetCompact alternates "
                             "convolution and PReLU and ends with a convolution")
    first = layers[0]["weight"]
    if first.ndim != 4:
        raise ShadergenError(f"{path}: body.0.weight has shape {first.shape}, not a convolution kernel")
    channels, features = first.shape[1], first.shape[0]
    if min(channels, features) < 1:
        raise ShadergenError(f"{path}: body.0.weight has shape {first.shape}, an empty convolution")
    nodes: list = [Input(INPUT_NAME, channels)]
    running = INPUT_NAME
    try:
        for index in range(0, last + 1, 2):
            conv = _conv(path, index, layers[index], running, features if index else channels)
            if index < last:
                conv = replace(conv, activation=_prelu(path, index + 1, layers[index + 1], conv.out_channels))
            nodes.append(conv)
            running = conv.name
        outputs = nodes[-1].out_channels
        scale = math.isqrt(outputs // channels) if outputs % channels == 0 else 0
        if scale < 1 or scale * scale * channels != outputs or scale > MAX_SCALE:
            raise ShadergenError(
                f"{path}: the last convolution has {outputs} filters; SRVGGNetCompact needs "
                f"{channels}·s² for a scale s of 1 to {MAX_SCALE}"
            )
        if scale > 1:
            nodes.append(DepthToSpace("upsampler/DepthToSpace", running, scale, "CRD", clip=False))
            running = nodes[-1].name
        nodes.append(AddUpsampled("Add", running, INPUT_NAME, scale))
        return Network(model_name, tuple(nodes), "Add")
    except NetworkShapeError as error:
        raise ShadergenError(f"{path}: {error}") from None


def _conv(path: Path, index: int, arrays: dict, source: str, in_channels: int) -> Conv2D:
    weight, bias = arrays["weight"], arrays.get("bias")
    if bias is None:
        raise ShadergenError(f"{path}: missing key body.{index}.bias (a convolution's bias)")
    if weight.ndim != 4 or weight.shape[1] != in_channels or weight.shape[2:] != (3, 3):
        raise ShadergenError(
            f"{path}: body.{index}.weight has shape {weight.shape}; SRVGGNetCompact needs a 3x3 "
            f"convolution of {in_channels} input channels (out, {in_channels}, 3, 3)"
        )
    if bias.shape != (weight.shape[0],):
        raise ShadergenError(f"{path}: body.{index}.bias has shape {bias.shape}, not ({weight.shape[0]},)")
    return Conv2D(f"body.{index}/Conv", source, weight.transpose(2, 3, 1, 0), bias)


def _prelu(path: Path, index: int, arrays: dict, channels: int) -> ActivationFunction:
    if "bias" in arrays:
        raise ShadergenError(f"{path}: body.{index} has a bias, so it is not a PReLU; "
                             "only SRVGGNetCompact with PReLU activations is supported")
    slopes = arrays["weight"]
    if slopes.shape == (1,):  # nn.PReLU() with one shared slope
        slopes = np.repeat(slopes, channels)
    if slopes.shape != (channels,):
        raise ShadergenError(f"{path}: body.{index}.weight has shape {arrays['weight'].shape}; a PReLU "
                             f"after {channels} filters needs ({channels},)")
    return ActivationFunction.of("prelu", slope=slopes)


def random_compact_state(channels: int, features: int, convs: int, scale: int, seed: int = 0,
                         weight_scale: float = 0.3) -> dict[str, np.ndarray]:
    """A SRVGGNetCompact state dict with random weights: ``convs`` convolutions in all (the body's
    n + 2), for tests and benchmarks of the architecture's shaders."""
    rng = np.random.default_rng(seed)
    state: dict[str, np.ndarray] = {}
    for index in range(convs):
        inputs = channels if index == 0 else features
        outputs = channels * scale * scale if index == convs - 1 else features
        state[f"body.{2 * index}.weight"] = rng.normal(0, weight_scale / inputs ** 0.5,
                                                        (outputs, inputs, 3, 3)).astype(np.float32)
        state[f"body.{2 * index}.bias"] = rng.normal(0, 0.05, outputs).astype(np.float32)
        if index < convs - 1:
            state[f"body.{2 * index + 1}.weight"] = rng.uniform(0.0, 0.3, features).astype(np.float32)
    return state
