"""Writes the LeakyReLU fixtures of tests/data/activations (no Keras or torch needed).

``python tests/leaky_relu_fixtures.py`` rewrites, from one set of seeded random weights:

* ``leaky_c1f8.keras``: Keras 3 archive. conv 1→8 → ``LeakyReLU(negative_slope=0.2)`` layer →
  conv 8→8 with ``activation="leaky_relu"`` (Keras' default slope 0.2) → ``ReLU(negative_slope=0.1)``
  → conv 8→4 → DepthToSpace(2) (ArtCNN's layer, clips to [0, 1]);
* ``leaky_c1f8_keras2.h5``: Keras 2 legacy HDF5 of the same function, spelled the Keras 2 way:
  ``LeakyReLU(alpha=0.2)``, a linear conv 8→8 then ``LeakyReLU(alpha=0.02)`` (0.2 · 0.1);
* ``leaky_c1f8.onnx``: opset 17 NCHW, ``LeakyRelu`` nodes (alpha 0.2; 0.2 then 0.1), DCR
  DepthToSpace, ``Clip(0, 1)``.

The files mimic what Keras 3.15 / tf_keras 2.21 write (see tests/data/keras/README.md); the test
compares them with an independent numpy forward pass (``independent_forward``) and with onnx's
reference evaluator.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import h5py
import numpy as np

DATA = Path(__file__).resolve().parent / "data" / "activations"
NAME = "leaky_c1f8"
SLOPES = (0.2, 0.02)  # after the head conv; after the body conv (LeakyReLU 0.2 then 0.1)
SHAPES = ((1, 8), (8, 8), (8, 4))


def weights() -> list[tuple[np.ndarray, np.ndarray]]:
    """(HWIO kernel, bias) per conv, float32, Glorot-uniform like Keras, non-zero biases."""
    rng = np.random.default_rng(11)
    layers = []
    for index, (cin, cout) in enumerate(SHAPES):
        limit = np.sqrt(6.0 / (9 * cin + 9 * cout))
        kernel = rng.uniform(-limit, limit, (3, 3, cin, cout)).astype(np.float32)
        bias = rng.uniform(-0.1, 0.1, cout).astype(np.float32)
        if index == len(SHAPES) - 1:
            bias += np.float32(0.5)  # outputs around mid-grey, mostly inside the clip
        layers.append((kernel, bias))
    return layers


def independent_forward(image: np.ndarray) -> np.ndarray:
    """(H, W) → (2H, 2W): the fixture's function written out with plain loops over the taps."""
    x = np.asarray(image, np.float64)[:, :, None]
    for index, (kernel, bias) in enumerate(weights()):
        height, width, _ = x.shape
        padded = np.pad(x, ((1, 1), (1, 1), (0, 0)))
        out = np.zeros((height, width, kernel.shape[3])) + bias.astype(np.float64)
        for ky in range(3):
            for kx in range(3):
                out += np.einsum("hwi,io->hwo", padded[ky:ky + height, kx:kx + width],
                                 kernel[ky, kx].astype(np.float64))
        if index < len(SLOPES):
            out = np.where(out < 0, SLOPES[index] * out, out)
        x = out
    height, width, _ = x.shape
    result = np.empty((2 * height, 2 * width))
    for dy in range(2):
        for dx in range(2):
            result[dy::2, dx::2] = x[:, :, 2 * dy + dx]
    return np.clip(result, 0.0, 1.0)


# ------------------------------------------------------------------------------------ Keras 3

def _keras3_tensor(source: str, channels: int) -> dict:
    return {"class_name": "__keras_tensor__", "config": {
        "shape": [None, None, None, channels], "dtype": "float32", "keras_history": [source, 0, 0]}}


def _keras3_layer(class_name: str, name: str, config: dict, source: str | None, channels: int,
                  module: str | None = "keras.layers", registered: str | None = None) -> dict:
    layer = {"module": module, "class_name": class_name,
             "config": {"name": name, "trainable": True, "dtype": {
                 "module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"},
                 "registered_name": None}, **config},
             "registered_name": registered, "name": name, "inbound_nodes": []}
    if source is not None:
        layer["build_config"] = {"input_shape": [None, None, None, channels]}
        layer["inbound_nodes"] = [{"args": [_keras3_tensor(source, channels)], "kwargs": {}}]
    return layer


def _conv_config(filters: int, activation: str) -> dict:
    return {"filters": filters, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
            "data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1,
            "activation": activation, "use_bias": True}


def write_keras3(path: Path) -> None:
    layers = [{"module": "keras.layers", "class_name": "InputLayer", "config": {
        "batch_shape": [None, None, None, 1], "dtype": "float32", "sparse": False, "ragged": False,
        "name": "input_layer", "optional": False}, "registered_name": None, "name": "input_layer",
        "inbound_nodes": []}]
    layers += [
        _keras3_layer("Conv2D", "conv2d", _conv_config(8, "linear"), "input_layer", 1),
        _keras3_layer("LeakyReLU", "leaky_re_lu", {"negative_slope": 0.2}, "conv2d", 8),
        _keras3_layer("Conv2D", "conv2d_1", _conv_config(8, "leaky_relu"), "leaky_re_lu", 8),
        _keras3_layer("ReLU", "re_lu", {"max_value": None, "negative_slope": 0.1, "threshold": 0.0},
                      "conv2d_1", 8),
        _keras3_layer("Conv2D", "conv2d_2", _conv_config(4, "linear"), "re_lu", 8),
        _keras3_layer("DepthToSpace", "depth_to_space", {"block_size": 2}, "conv2d_2", 4,
                      module=None, registered="ArtCNN>DepthToSpace"),
    ]
    config = {"module": "keras.src.models.functional", "class_name": "Functional",
              "config": {"name": "functional", "trainable": True, "layers": layers,
                         "input_layers": ["input_layer", 0, 0], "output_layers": ["depth_to_space", 0, 0]},
              "registered_name": "Functional", "build_config": {"input_shape": None}, "compile_config": {}}
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as file:
        file.create_group("vars").attrs["name"] = "functional"
        for group in ("input_layer", "leaky_re_lu", "re_lu", "depth_to_space"):
            file.create_group(f"layers/{group}/vars").attrs["name"] = group
        for index, (kernel, bias) in enumerate(weights()):
            group = "conv2d" if index == 0 else f"conv2d_{index}"
            variables = file.create_group(f"layers/{group}/vars")
            variables.attrs["name"] = group
            variables["0"], variables["1"] = kernel, bias
    with zipfile.ZipFile(path, "w") as archive:
        metadata = {"keras_version": "3.15.1", "date_saved": "2026-12-03@16:00:00"}
        archive.writestr("metadata.json", json.dumps(metadata))
        archive.writestr("config.json", json.dumps(config))
        archive.writestr("model.weights.h5", buffer.getvalue())


# ------------------------------------------------------------------------------------ Keras 2

def write_keras2(path: Path) -> None:
    def layer(class_name, name, config, source):
        config = {"name": name, "trainable": True, "dtype": "float32", **config}
        return {"class_name": class_name, "config": config, "name": name,
                "inbound_nodes": [[[source, 0, 0, {}]]]}

    layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, None, None, 1],
               "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"},
               "name": "input_1", "inbound_nodes": []},
              layer("Conv2D", "conv2d", _conv_config(8, "linear"), "input_1"),
              layer("LeakyReLU", "leaky_re_lu", {"alpha": SLOPES[0]}, "conv2d"),
              layer("Conv2D", "conv2d_1", _conv_config(8, "linear"), "leaky_re_lu"),
              layer("LeakyReLU", "leaky_re_lu_1", {"alpha": SLOPES[1]}, "conv2d_1"),
              layer("Conv2D", "conv2d_2", _conv_config(4, "linear"), "leaky_re_lu_1"),
              layer("DepthToSpace", "depth_to_space", {}, "conv2d_2")]
    config = {"class_name": "Functional", "config": {"name": "model", "trainable": True, "layers": layers,
              "input_layers": [["input_1", 0, 0]], "output_layers": [["depth_to_space", 0, 0]]}}
    names = [entry["name"] for entry in layers]
    with h5py.File(path, "w") as file:
        file.attrs["backend"], file.attrs["keras_version"] = "tensorflow", "2.21.0"
        file.attrs["model_config"] = json.dumps(config)
        root = file.create_group("model_weights")
        root.attrs["backend"], root.attrs["keras_version"] = "tensorflow", "2.21.0"
        root.attrs["layer_names"] = np.array(names, dtype=h5py.string_dtype())
        convs = dict(zip(("conv2d", "conv2d_1", "conv2d_2"), weights(), strict=True))
        for name in names:
            group = root.create_group(name)
            if name in convs:
                group.attrs["weight_names"] = np.array([f"{name}/kernel:0", f"{name}/bias:0"],
                                                       dtype=h5py.string_dtype())
                group[f"{name}/kernel:0"], group[f"{name}/bias:0"] = convs[name]
            else:
                group.attrs["weight_names"] = np.array([], dtype=np.float64)


# ------------------------------------------------------------------------------------ ONNX

def write_onnx(path: Path) -> None:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    initializers, nodes = [], []
    x = "input"
    for index, (kernel, bias) in enumerate(weights()):
        weight = f"conv{index}.weight"
        initializers += [numpy_helper.from_array(kernel.transpose(3, 2, 0, 1).copy(), weight),
                         numpy_helper.from_array(bias, f"conv{index}.bias")]
        nodes.append(helper.make_node("Conv", [x, weight, f"conv{index}.bias"], [f"conv{index}"],
                                      name=f"/conv{index}/Conv", kernel_shape=[3, 3], pads=[1, 1, 1, 1]))
        x = f"conv{index}"
        alphas = {0: (0.2,), 1: (0.2, 0.1)}.get(index, ())
        for step, alpha in enumerate(alphas):
            output = f"leaky{index}_{step}"
            nodes.append(helper.make_node("LeakyRelu", [x], [output], name=f"/leaky{index}_{step}/LeakyRelu",
                                          alpha=alpha))
            x = output
    initializers += [numpy_helper.from_array(np.array(0.0, np.float32), "zero"),
                     numpy_helper.from_array(np.array(1.0, np.float32), "one")]
    nodes += [helper.make_node("DepthToSpace", [x], ["shuffled"], name="/shuffle/DepthToSpace",
                               blocksize=2, mode="DCR"),
              helper.make_node("Clip", ["shuffled", "zero", "one"], ["output"], name="/clip/Clip")]
    graph = helper.make_graph(
        nodes, "leaky_c1f8",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 1, "H", "W"])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "H2", "W2"])],
        initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                              producer_name="shadergen tests")
    onnx.checker.check_model(model)
    path.write_bytes(model.SerializeToString())


def main() -> None:
    write_keras3(DATA / f"{NAME}.keras")
    write_keras2(DATA / f"{NAME}_keras2.h5")
    write_onnx(DATA / f"{NAME}.onnx")


if __name__ == "__main__":
    main()
