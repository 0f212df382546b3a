"""SRVGGNetCompact as torch exports it to ONNX (issue 15): every scale factor reads into the network
its safetensors state dict gives (the same shader, byte for byte but the weights line), and what
the translator does not support is refused naming the node."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from compact_cases import COMPACT_DIR, assert_same_shader, compact_onnx, shader_text

from shadergen.errors import ShadergenError
from shadergen.model.compact import random_compact_state
from shadergen.model.load import load_model
from shadergen.model.reference import run_network
from shadergen.model.safetensors_file import safetensors_bytes


def write_pair(folder, channels: int, scale: int):
    state = random_compact_state(channels, 8, 3, scale, seed=scale)
    (folder / "m.safetensors").write_bytes(safetensors_bytes(state))
    onnx.save(compact_onnx(state, channels, scale), folder / "m.onnx")
    return folder / "m.onnx", folder / "m.safetensors"


@pytest.mark.parametrize(("channels", "scale"), [(1, 1), (3, 1), (1, 3), (3, 3), (1, 4), (3, 4)])
def test_every_scale_reads_the_same_from_onnx_and_safetensors(tmp_path, channels, scale):
    onnx_path, safetensors_path = write_pair(tmp_path, channels, scale)
    from_onnx, from_safetensors = (load_model(path).network for path in (onnx_path, safetensors_path))
    assert from_onnx.scale == from_safetensors.scale == scale
    image = np.random.default_rng(0).uniform(size=(5, 7, channels))
    assert np.array_equal(run_network(from_onnx, image), run_network(from_safetensors, image))
    texts = [shader_text(path, "compute", "fp32") for path in (onnx_path, safetensors_path)]
    assert_same_shader(*texts, "m")


def refusal(model, tmp_path) -> str:
    path = tmp_path / "bad.onnx"
    onnx.save(model, path)
    with pytest.raises(ShadergenError) as caught:
        load_model(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


@pytest.mark.parametrize(("attributes", "fragment"), [
    ({"coordinate_transformation_mode": "half_pixel"}, "coordinate_transformation_mode='half_pixel'"),
    ({"nearest_mode": "round_prefer_floor"}, "nearest_mode='round_prefer_floor'"),
    ({"mode": "linear"}, "mode='linear'"),
])
def test_other_resizes_are_refused_naming_the_node(tmp_path, attributes, fragment):
    model = compact_onnx(random_compact_state(1, 4, 2, 2), 1, 2, resize_attributes=attributes)
    message = refusal(model, tmp_path)
    assert "Resize node '/Resize'" in message and fragment in message


def test_prelu_slopes_along_the_width_are_refused(tmp_path):
    model = compact_onnx(random_compact_state(1, 4, 2, 2), 1, 2, slope_shape=(4,))
    message = refusal(model, tmp_path)
    assert "PRelu node '/body.1/PRelu'" in message and "slope shape (4,)" in message


def test_a_pixel_shuffle_with_another_transpose_is_refused(tmp_path):
    model = onnx.load(COMPACT_DIR / "compact_y_f8n2_x2_reshape.onnx")
    transpose = next(node for node in model.graph.node if node.op_type == "Transpose")
    transpose.attribute[0].ints[:] = [0, 1, 2, 4, 3, 5]
    message = refusal(model, tmp_path)
    assert "Transpose node" in message and "[0, 1, 4, 2, 5, 3]" in message


def test_an_upsampled_image_used_by_anything_but_add_is_refused(tmp_path):
    model = compact_onnx(random_compact_state(1, 4, 2, 2), 1, 2)
    add = model.graph.node[-1]
    add.op_type = "Relu"
    del add.input[0]  # Relu(upsampled input)
    message = refusal(model, tmp_path)
    assert "Relu node '/Add'" in message and "nearest-upsampled image" in message
