"""Turn a Keras model config plus its weight arrays into the network IR.

The graph comes from each layer's ``inbound_nodes`` (Keras 3 dict form or Keras 2 nested lists),
never from layer-name conventions. Weights are matched to layers the way each container names
them (see ``keras_files.py``): Keras 3 by per-class counter in config order, legacy .h5 by layer name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ShadergenError
from .activations import KERAS_FUNCTIONS, KERAS_LAYERS, ActivationError, ActivationFunction
from .ir import Activation, Add, Conv2D, DepthToSpace, Input, Network, NetworkShapeError
from .keras_files import RawKerasFile

DEPTH_TO_SPACE_CLASSES = ("DepthToSpace", "PixelShuffle")
DEFAULT_BLOCK_SIZE = 2  # ArtCNN's DepthToSpace default
# Keras DepthToSpace/PixelShuffle layers written by different projects name the factor differently.
BLOCK_SIZE_KEYS = ("block_size", "upscale_factor", "scale", "factor")


@dataclass(frozen=True)
class KerasLayer:
    class_name: str
    name: str
    config: dict
    sources: tuple[str, ...]


def to_snake_case(name: str) -> str:
    """Keras' own rule for default names and weight-group names (Conv2D → conv2d, ReLU → re_lu)."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    name = re.sub("([a-z])([A-Z])", r"\1_\2", name)
    return name.lower()


def build_network(path: Path, raw: RawKerasFile, model_name: str, config: dict | None = None) -> Network:
    """``config`` overrides the file's own (``--arch`` for weights-only files, whose groups still carry
    the names of the model that wrote them, so recorded names are not checked then)."""
    layers, output = parse_model_config(path, config if config is not None else raw.config)
    for layer in layers:  # name an unsupported layer before any weight lookup can trip over it
        if layer.class_name not in _CONVERTERS:
            raise ShadergenError(f"{path}: layer {layer.name} has unsupported class {layer.class_name}")
    weights = _weight_lookup(path, raw, layers, check_recorded=config is None)
    nodes = [_convert_layer(path, layer, weights.get(layer.name)) for layer in layers]
    nodes = [node for node in nodes if node is not None]
    try:
        return Network(model_name, tuple(nodes), output)
    except NetworkShapeError as error:
        raise ShadergenError(f"{path}: {error}") from None


def parse_model_config(path: Path, config) -> tuple[list[KerasLayer], str]:
    if not isinstance(config, dict) or not isinstance(config.get("config"), dict):
        raise ShadergenError(f"{path}: the model config has no 'config' object")
    body = config["config"]
    raw_layers = body.get("layers")
    if not isinstance(raw_layers, list) or not raw_layers:
        raise ShadergenError(f"{path}: the model config lists no layers")
    class_name = _class_name(config)
    if class_name == "Sequential":
        return _sequential_layers(path, raw_layers)
    layers = [_functional_layer(path, entry) for entry in raw_layers]
    return layers, _single_output(path, body.get("output_layers"))


def _class_name(entry: dict) -> str:
    # Custom classes appear as "Package>Class" in some configs.
    return str(entry.get("class_name", "")).split(">")[-1]


def _functional_layer(path: Path, entry) -> KerasLayer:
    if not isinstance(entry, dict) or not isinstance(entry.get("config"), dict):
        raise ShadergenError(f"{path}: a layer entry in the config is malformed")
    name = entry.get("name") or entry["config"].get("name")
    if not isinstance(name, str) or not name:
        raise ShadergenError(f"{path}: a {_class_name(entry)} layer has no name")
    inbound = entry.get("inbound_nodes") or []
    if not isinstance(inbound, list):
        raise ShadergenError(f"{path}: layer {name}: inbound_nodes is malformed")
    if len(inbound) > 1:
        raise ShadergenError(
            f"{path}: layer {name} is called more than once (shared layers are not supported)"
        )
    sources = tuple(_history_names(inbound[0])) if inbound else ()
    return KerasLayer(_class_name(entry), name, entry["config"], sources)


def _history_names(node) -> list[str]:
    """Source layer names of one inbound node, Keras 3 (keras_history dicts) or Keras 2 (lists)."""
    if isinstance(node, dict):
        if node.get("class_name") == "__keras_tensor__":
            history = node.get("config", {}).get("keras_history")
            return [str(history[0])] if isinstance(history, list) and history else []
        names = []
        for value in node.values():
            names += _history_names(value)
        return names
    if isinstance(node, list):
        # Keras 2: [layer_name, node_index, tensor_index, kwargs]
        if len(node) >= 3 and isinstance(node[0], str) and isinstance(node[1], int):
            return [node[0]]
        names = []
        for item in node:
            names += _history_names(item)
        return names
    return []


def _single_output(path: Path, outputs) -> str:
    # Keras 3 writes [name, 0, 0] for one output, Keras 2 [[name, 0, 0]].
    if isinstance(outputs, list) and outputs and isinstance(outputs[0], list):
        if len(outputs) != 1:
            raise ShadergenError(f"{path}: models with {len(outputs)} outputs are not supported")
        outputs = outputs[0]
    if not isinstance(outputs, list) or not outputs or not isinstance(outputs[0], str):
        raise ShadergenError(f"{path}: the model config names no output layer")
    return outputs[0]


def _sequential_layers(path: Path, raw_layers: list) -> tuple[list[KerasLayer], str]:
    layers: list[KerasLayer] = []
    for entry in raw_layers:
        layer = _functional_layer(path, {**entry, "inbound_nodes": []})
        if not layers and layer.class_name != "InputLayer":
            shape = layer.config.get("batch_shape") or layer.config.get("batch_input_shape")
            layers.append(KerasLayer("InputLayer", "input", {"batch_shape": shape}, ()))
        sources = (layers[-1].name,) if layers else ()
        layers.append(KerasLayer(layer.class_name, layer.name, layer.config, sources))
    return layers, layers[-1].name


def _weight_lookup(
    path: Path, raw: RawKerasFile, layers: list[KerasLayer], check_recorded: bool
) -> dict[str, list[np.ndarray]]:
    if raw.format == "h5":
        return {
            name: _legacy_order(path, name, arrays, raw.weight_names.get(name, []))
            for name, (_, arrays) in raw.groups.items()
        }
    counters: dict[str, int] = {}
    lookup: dict[str, list[np.ndarray]] = {}
    for layer in layers:
        snake = to_snake_case(layer.class_name)
        count = counters.get(snake, 0)
        counters[snake] = count + 1
        group = snake if count == 0 else f"{snake}_{count}"
        if group not in raw.groups:
            continue
        recorded, arrays = raw.groups[group]
        if check_recorded and recorded is not None and recorded != layer.name:
            raise ShadergenError(
                f"{path}: weights group layers/{group} belongs to layer {recorded}, not {layer.name}"
            )
        lookup[layer.name] = arrays
    return lookup


def _legacy_order(path: Path, layer: str, arrays: list[np.ndarray], names: list[str]) -> list[np.ndarray]:
    """Order legacy weights as [kernel, bias] whatever their names (kernel, kernel:0, conv/kernel)."""
    by_role = {}
    for name, array in zip(names, arrays, strict=True):
        base = name.rsplit("/", 1)[-1].split(":")[0]
        by_role[base] = array
    if names and set(by_role) - {"kernel", "bias"}:
        raise ShadergenError(f"{path}: layer {layer} has unexpected weights {sorted(by_role)}")
    return [by_role[role] for role in ("kernel", "bias") if role in by_role]


def _convert_layer(path: Path, layer: KerasLayer, arrays: list[np.ndarray] | None):
    try:
        return _CONVERTERS[layer.class_name](path, layer, arrays)
    except NetworkShapeError as error:
        raise ShadergenError(f"{path}: {error}") from None


def _input(path: Path, layer: KerasLayer, arrays):
    shape = layer.config.get("batch_shape") or layer.config.get("batch_input_shape")
    if not isinstance(shape, list) or len(shape) != 4 or not isinstance(shape[-1], int):
        raise ShadergenError(
            f"{path}: input {layer.name} must have shape (batch, H, W, channels), got {shape}"
        )
    return Input(layer.name, shape[-1])


def _conv2d(path: Path, layer: KerasLayer, arrays):
    config = layer.config
    where = f"{path}: layer {layer.name}"
    checks = {
        "padding": (config.get("padding", "valid"), "same"),
        "strides": (_pair(config.get("strides", 1)), (1, 1)),
        "dilation_rate": (_pair(config.get("dilation_rate", 1)), (1, 1)),
        "groups": (config.get("groups", 1), 1),
        "data_format": (config.get("data_format") or "channels_last", "channels_last"),
    }
    for key, (value, wanted) in checks.items():
        if value != wanted:
            raise ShadergenError(f"{where}: Conv2D {key}={value} is not supported (need {wanted})")
    if not arrays:
        raise ShadergenError(f"{where}: no weights found for this Conv2D in the file")
    kernel = arrays[0]
    use_bias = config.get("use_bias", True)
    if len(arrays) != (2 if use_bias else 1):
        raise ShadergenError(
            f"{where}: expected {'kernel and bias' if use_bias else 'a kernel'}, found {len(arrays)} arrays"
        )
    filters, size = config.get("filters"), _pair(config.get("kernel_size"))
    if kernel.ndim != 4 or kernel.shape[:2] != size or kernel.shape[3] != filters:
        raise ShadergenError(
            f"{where}: kernel shape {kernel.shape} does not match the config "
            f"(kernel_size {size}, filters {filters})"
        )
    bias = arrays[1] if use_bias else np.zeros(filters, np.float32)
    return Conv2D(layer.name, _only_source(path, layer), kernel, bias, _activation(path, layer))


def _activation_layer(path: Path, layer: KerasLayer, arrays):
    return Activation(layer.name, _only_source(path, layer), _activation(path, layer))


def _relu_layer(path: Path, layer: KerasLayer, arrays):
    """ReLU; with a negative_slope it is a LeakyReLU (max_value and threshold are refused)."""
    config = layer.config
    if config.get("max_value") is not None or config.get("threshold", 0):
        raise ShadergenError(f"{path}: layer {layer.name}: ReLU with max_value/threshold is not supported")
    slope = config.get("negative_slope", 0)
    function = (_function(path, layer, "leaky_relu", negative_slope=slope) if slope
                else ActivationFunction("relu"))
    return Activation(layer.name, _only_source(path, layer), function)


def _activation_class_layer(path: Path, layer: KerasLayer, arrays):
    """A layer class of the activation table (LeakyReLU): its parameters come from the config."""
    kind = KERAS_LAYERS[layer.class_name]
    values = {}
    for parameter in kind.parameters:
        key = next((key for key in parameter.keras_keys if key in layer.config), None)
        values[parameter.name] = parameter.keras_default if key is None else layer.config[key]
    return Activation(layer.name, _only_source(path, layer), _function(path, layer, kind.name, **values))


def _function(path: Path, layer: KerasLayer, kind: str, **values) -> ActivationFunction:
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ShadergenError(f"{path}: layer {layer.name}: {name} {value!r} is not a number")
    try:
        return ActivationFunction.of(kind, **values)
    except ActivationError as error:
        raise ShadergenError(f"{path}: layer {layer.name}: {error}") from None


def _add(path: Path, layer: KerasLayer, arrays):
    return Add(layer.name, layer.sources)


def _depth_to_space(path: Path, layer: KerasLayer, arrays):
    block = next((layer.config[key] for key in BLOCK_SIZE_KEYS if key in layer.config), DEFAULT_BLOCK_SIZE)
    if not isinstance(block, int) or block < 1:
        raise ShadergenError(f"{path}: layer {layer.name}: invalid block size {block!r}")
    return DepthToSpace(layer.name, _only_source(path, layer), block, "DCR", clip=True)


def _activation(path: Path, layer: KerasLayer) -> ActivationFunction:
    """A Conv2D's or Activation layer's ``activation`` string (Keras' own defaults for parameters)."""
    value = layer.config.get("activation") or "linear"
    if isinstance(value, dict):  # Keras 3 may serialise activations as objects
        value = value.get("config") if isinstance(value.get("config"), str) else value.get("class_name")
    if not isinstance(value, str) or value not in KERAS_FUNCTIONS:
        raise ShadergenError(f"{path}: layer {layer.name}: unsupported activation {value!r}")
    kind, values = KERAS_FUNCTIONS[value]
    return _function(path, layer, kind.name, **values)


def _only_source(path: Path, layer: KerasLayer) -> str:
    if len(layer.sources) != 1:
        raise ShadergenError(f"{path}: layer {layer.name} needs exactly one input, has {len(layer.sources)}")
    return layer.sources[0]


def _pair(value) -> tuple[int, int] | None:
    if isinstance(value, int):
        return (value, value)
    if isinstance(value, list | tuple) and len(value) == 2:
        return tuple(value)
    return None


_CONVERTERS = {
    "InputLayer": _input,
    "Conv2D": _conv2d,
    "Activation": _activation_layer,
    "ReLU": _relu_layer,
    **{name: _activation_class_layer for name in KERAS_LAYERS},
    "Add": _add,
    **{name: _depth_to_space for name in DEPTH_TO_SPACE_CLASSES},
}
