"""Real exporters' ONNX files: torch.onnx and tf2onnx fixtures, ArtCNN's own ONNX exports, broken files."""

import json
import sys
from pathlib import Path

import numpy as np
import onnx  # noqa: F401 - loaded before the reader forks, so each child starts with it imported
import pytest
from cli_process import assert_one_line_error, run_cli
from damaged_files import damaged_copies
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from shadergen.errors import ShadergenError
from shadergen.model.ir import Conv2D, DepthToSpace
from shadergen.model.load import load_model
from shadergen.model.reference import run_network

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "data" / "keras"
ARTCNN_ONNX = ROOT / "tests" / "data" / "onnx"
FIXTURE_FILES = sorted(FIXTURES.glob("*.onnx"))
ARTCNN_FILES = sorted(ARTCNN_ONNX.glob("*.onnx"))
# The issue's acceptance bounds: fixtures against Keras' own predictions, ArtCNN against its .keras.
FIXTURE_TOLERANCE = 1e-5
ARTCNN_TOLERANCE = 1e-6
# Which Keras-written file each ONNX file holds the weights of (c2f8_tf2onnx: same weights as c2f8).
KERAS_TWIN = {path: FIXTURES / (path.stem.removesuffix("_tf2onnx") + ".keras") for path in FIXTURE_FILES}
KERAS_TWIN.update({path: ROOT / "weights" / f"{path.stem}.keras" for path in ARTCNN_FILES})


def test_all_fixtures_are_present():
    names = {path.name for path in FIXTURE_FILES}
    assert {"c2f8.onnx", "c2f8_tf2onnx.onnx", "r2f8.onnx", "r1f8_silu.onnx"} <= names
    assert {"chroma_c2f8.onnx", "ycbcr_c2f8.onnx"} <= names
    assert [path.name for path in ARTCNN_FILES] == ["ArtCNN_C4F16.onnx", "ArtCNN_C4F32.onnx"]


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
@pytest.mark.parametrize("precision", ["float32", "float64"])
def test_fixture_reproduces_keras_predictions(path, precision):
    model = load_model(path)
    assert model.format == "onnx"
    expected = np.load(FIXTURES / (path.stem.removesuffix("_tf2onnx") + ".expected.npz"))
    output = run_network(model.network, expected["input"][0], precision)
    assert output.shape == expected["output"][0].shape
    assert np.max(np.abs(output - expected["output"][0])) <= FIXTURE_TOLERANCE


def _layer_kinds(network):
    return [(type(node).__name__, node.activation.kind if hasattr(node, "activation") else None)
            for node in network.nodes]


def _as_dcr(conv: Conv2D, block: int) -> tuple[np.ndarray, np.ndarray]:
    """A conv feeding a CRD shuffle, with its output channels put in DCR order (c·b² + k -> k·C + c)."""
    channels = conv.out_channels // (block * block)
    order = [c * block * block + k for k in range(block * block) for c in range(channels)]
    return conv.kernel[..., order], conv.bias[order]


@pytest.mark.parametrize("path", FIXTURE_FILES + ARTCNN_FILES, ids=lambda path: path.name)
def test_same_layers_and_weights_as_the_keras_file(path):
    """Activations fold into their convolutions and the clip into the shuffle, exactly as in Keras."""
    onnx_network = load_model(path).network
    keras_network = load_model(KERAS_TWIN[path]).network
    assert _layer_kinds(onnx_network) == _layer_kinds(keras_network)
    ours_shuffles = [node for node in onnx_network.nodes if isinstance(node, DepthToSpace)]
    keras_shuffles = [node for node in keras_network.nodes if isinstance(node, DepthToSpace)]
    assert [(node.block, node.clip) for node in ours_shuffles] == [
        (node.block, node.clip) for node in keras_shuffles
    ]
    pairs = list(zip(onnx_network.convolutions, keras_network.convolutions, strict=True))
    for index, (ours, theirs) in enumerate(pairs):
        kernel, bias = ours.kernel, ours.bias
        # torch's PixelShuffle is CRD: its exporter permuted the final conv's channels to match.
        if index == len(pairs) - 1 and ours_shuffles and ours_shuffles[0].order == "CRD":
            kernel, bias = _as_dcr(ours, ours_shuffles[0].block)
        assert np.array_equal(kernel, theirs.kernel) and np.array_equal(bias, theirs.bias)


@pytest.mark.parametrize(
    "name,order", [("c2f8.onnx", "CRD"), ("ycbcr_c2f8.onnx", "CRD"), ("c2f8_tf2onnx.onnx", "DCR")]
)
def test_depth_to_space_order_follows_the_exporter(name, order):
    network = load_model(FIXTURES / name).network
    shuffle = network.node(network.output)
    assert (type(shuffle), shuffle.block, shuffle.order, shuffle.clip) == (DepthToSpace, 2, order, True)


@pytest.mark.parametrize("path", ARTCNN_FILES, ids=lambda path: path.name)
def test_artcnn_onnx_equals_its_keras_file(path):
    onnx_network = load_model(path).network
    keras_network = load_model(KERAS_TWIN[path]).network
    camera = np.asarray(Image.open(ROOT / "tests" / "data" / "images" / "camera.png").convert("L"))
    image = camera[100:148, 200:264] / 255.0  # 64×48, with edges and flat areas
    difference = run_network(onnx_network, image) - run_network(keras_network, image)
    assert np.max(np.abs(difference)) <= ARTCNN_TOLERANCE


@pytest.mark.parametrize("path", FIXTURE_FILES + ARTCNN_FILES, ids=lambda path: path.name)
def test_inspect_json(path):
    result = run_cli("inspect", path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    keras_network = load_model(KERAS_TWIN[path]).network
    assert report["format"] == "onnx"
    assert report["model"] == path.stem
    assert (report["params"], report["flops_per_pixel"]) == (
        keras_network.params,
        keras_network.flops_per_pixel,
    )
    assert len(report["layers"]) == len(keras_network.nodes)


def test_inspect_shows_readable_layer_names():
    report = json.loads(run_cli("inspect", ARTCNN_ONNX / "ArtCNN_C4F16.onnx", "--json").stdout)
    # tf2onnx puts every layer under "functional_1/"; the shared scope is dropped from the names.
    assert [layer["name"] for layer in report["layers"][:3]] == [
        "input",
        "conv2d_1/BiasAdd",
        "conv2d_1_2/BiasAdd",
    ]
    torch_report = json.loads(run_cli("inspect", FIXTURES / "r1f8_silu.onnx", "--json").stdout)
    assert torch_report["layers"][2] == {
        "name": "convs.1/Conv",
        "op": "Conv2D",
        "in": 8,
        "out": 8,
        "kernel": 3,
        "activation": "silu",
    }


# ---------------------------------------------------------------- broken files


def test_missing_onnx_package_is_explained(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # what `import onnx` sees when it is not installed
    path = FIXTURES / "c2f8.onnx"
    with pytest.raises(ShadergenError) as error:
        load_model(path)
    message = str(error.value)
    assert message == f"{path}: reading ONNX models needs the onnx package (pip install 'shadergen[onnx]')"


@pytest.mark.parametrize(
    "content,fragment",
    [
        (b"", "not an ONNX model"),
        (b"hello, I am text\n", "not a valid ONNX file"),
        (b"\x08\x07\x12\x05hello", "not an ONNX model"),  # a valid protobuf message with no graph
    ],
    ids=["empty", "text", "no-graph"],
)
def test_not_an_onnx_file(tmp_path, content, fragment):
    path = tmp_path / "model.onnx"
    path.write_bytes(content)
    assert_one_line_error(run_cli("inspect", path), str(path), fragment)


def test_missing_file_and_directory(tmp_path):
    assert_one_line_error(run_cli("inspect", tmp_path / "nope.onnx"), "nope.onnx", "no such file")
    folder = tmp_path / "folder.onnx"
    folder.mkdir()
    assert_one_line_error(run_cli("inspect", folder), str(folder), "is a directory")


@pytest.mark.parametrize("name", ["c2f8.onnx", "c2f8_tf2onnx.onnx"])
def test_truncated_files_are_refused(tmp_path, name):
    data = (FIXTURES / name).read_bytes()
    path = tmp_path / f"cut_{name}"
    path.write_bytes(data[: len(data) // 2])
    assert_one_line_error(run_cli("inspect", path), str(path))


FUZZ_SOURCES = ["c2f8.onnx", "c2f8_tf2onnx.onnx", "r1f8_silu.onnx"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=st.sampled_from(FUZZ_SOURCES), data=st.data())
def test_fuzzed_files_never_escape_as_tracebacks(tmp_path, source, data):
    damaged = data.draw(damaged_copies((FIXTURES / source).read_bytes()), label="damaged")
    path = tmp_path / f"fuzz_{source}"
    path.write_bytes(damaged)
    try:
        network = load_model(path).network
    except ShadergenError as error:
        message = str(error)
        assert "\n" not in message and message.startswith(f"{path}: ")
        return
    # A flip inside a weight can leave a valid model: it must still be a consistent network.
    assert network.params > 0 and network.scale in (1, 2)
