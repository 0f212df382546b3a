"""Keras loaders + numpy reference against Keras' own predictions, and the ArtCNN layer facts."""

from pathlib import Path

import h5py
import numpy as np
import pytest

from shadergen.model.load import load_model
from shadergen.model.reference import run_network

DATA = Path(__file__).parent / "data" / "keras"
WEIGHTS = Path(__file__).parent.parent / "weights"
KERAS_TOLERANCE = 1e-5  # issue "Foundation": reference vs Keras' predict, max abs

FIXTURES = {  # name -> (--arch for .weights.h5, --act)
    "c2f8": ("C2F8", "relu"),
    "r2f8": ("R2F8", "relu"),
    "r1f8_silu": ("R1F8", "silu"),
    "chroma_c2f8": ("C2F8", "relu"),  # 3 → 2 channels at input resolution, no depth-to-space
    "ycbcr_c2f8": ("C2F8", "relu"),  # 3 → 12 channels → depth-to-space → 3 channels at 2x
}


def fixture_files():
    for name, (arch, act) in FIXTURES.items():
        for suffix in (".keras", ".h5", ".weights.h5", "_keras2.h5"):
            path = DATA / f"{name}{suffix}"
            if path.exists():
                yield pytest.param(name, path, arch if suffix == ".weights.h5" else None, act, id=path.name)


@pytest.mark.parametrize("precision", ["float32", "float64"])
@pytest.mark.parametrize("name,path,arch,act", list(fixture_files()))
def test_reference_matches_keras_predictions(name, path, arch, act, precision):
    expected = np.load(DATA / f"{name}.expected.npz")
    network = load_model(path, arch=arch, act=act).network
    output = run_network(network, expected["input"][0], precision)
    assert output.shape == expected["output"][0].shape
    assert np.abs(output - expected["output"][0]).max() <= KERAS_TOLERANCE


def test_every_fixture_format_is_covered():
    # 5 models x (.keras, .h5, .weights.h5) + 2 Keras-2 files
    assert len(list(fixture_files())) == 17


@pytest.mark.parametrize("path,fmt", [("c2f8.keras", "keras"), ("c2f8.h5", "h5"), ("c2f8_keras2.h5", "h5")])
def test_format_is_detected_from_content(path, fmt):
    assert load_model(DATA / path).format == fmt


def test_keras3_groups_are_matched_by_class_counter_not_layer_name():
    # r2f8's config names its convolutions conv2d_5..conv2d_13; its weights sit in layers/conv2d..conv2d_8.
    network = load_model(DATA / "r2f8.keras").network
    names = [conv.name for conv in network.convolutions]
    assert names == [f"conv2d_{i}" for i in range(5, 14)]
    with h5py.File(DATA / "r2f8.weights.h5") as handle:
        np.testing.assert_array_equal(network.convolutions[0].kernel, handle["layers/conv2d/vars/0"][()])
        np.testing.assert_array_equal(network.convolutions[-1].bias, handle["layers/conv2d_8/vars/1"][()])


def test_keras2_swish_is_silu():
    network = load_model(DATA / "r1f8_silu_keras2.h5").network
    assert [conv.activation.kind for conv in network.convolutions] == [
        "linear",
        "silu",
        "silu",
        "linear",
        "linear",
        "linear",
    ]


@pytest.mark.parametrize(
    "model,params,flops",
    [
        ("ArtCNN_C4F16", 12340, 24480),
        ("ArtCNN_C4F32", 47716, 95040),
        ("ArtCNN_C4F16_DS", 12340, 24480),
        ("ArtCNN_C4F16_DN", 12340, 24480),
    ],
)
def test_artcnn_counts(model, params, flops):
    network = load_model(WEIGHTS / f"{model}.keras").network
    assert (network.params, network.flops_per_pixel) == (params, flops)
    relu = [conv.name for conv in network.convolutions if conv.activation.kind == "relu"]
    assert relu == ["conv2d_1", "conv2d_2", "conv2d_3", "conv2d_4"]
    assert (network.in_channels, network.out_channels, network.scale) == (1, 1, 2)


def _write_legacy_h5(source: Path, target: Path):
    """Rewrite a Keras 3 archive as a legacy .h5 (model_config + model_weights/<layer>/<layer>/...)."""
    import json
    import zipfile

    with zipfile.ZipFile(source) as archive:
        config = archive.read("config.json").decode()
    network = load_model(source).network
    with h5py.File(target, "w") as handle:
        handle.attrs["model_config"] = config
        handle.attrs["keras_version"] = "3.15.1"
        weights = handle.create_group("model_weights")
        for layer in json.loads(config)["config"]["layers"]:
            group = weights.create_group(layer["name"])
            names = []
            if layer["class_name"] == "Conv2D":
                conv = network.node(layer["name"])
                inner = group.create_group(layer["name"])
                inner["kernel"], inner["bias"] = conv.kernel, conv.bias
                names = [f"{layer['name']}/kernel", f"{layer['name']}/bias"]
            group.attrs["weight_names"] = np.array(names, dtype=h5py.string_dtype())


def _write_weights_only(source: Path, target: Path):
    network = load_model(source).network
    with h5py.File(target, "w") as handle:
        for index, conv in enumerate(network.convolutions):
            group = handle.create_group(f"layers/conv2d{'' if index == 0 else f'_{index}'}/vars")
            group["0"], group["1"] = conv.kernel, conv.bias


def test_artcnn_weights_identical_across_formats(tmp_path):
    source = WEIGHTS / "ArtCNN_C4F16.keras"
    _write_legacy_h5(source, tmp_path / "legacy.h5")
    _write_weights_only(source, tmp_path / "only.weights.h5")
    image = np.random.default_rng(1).random((20, 28))
    reference = run_network(load_model(source).network, image)
    legacy = load_model(tmp_path / "legacy.h5")
    weights_only = load_model(tmp_path / "only.weights.h5", arch="C4F16")
    assert (legacy.format, weights_only.format) == ("h5", "weights.h5")
    np.testing.assert_array_equal(run_network(legacy.network, image), reference)
    np.testing.assert_array_equal(run_network(weights_only.network, image), reference)
