"""The numpy reference: convolution, depth-to-space orders, fp16 storage, IR shape checks."""

from pathlib import Path

import numpy as np
import pytest

from shadergen.model.ir import Add, Conv2D, DepthToSpace, Input, Network, NetworkShapeError
from shadergen.model.load import load_model
from shadergen.model.reference import conv2d_same, depth_to_space, run_network
from shadergen.model.stages import fuse_stages, stored_tensors

WEIGHTS = Path(__file__).parent.parent / "weights"
RNG = np.random.default_rng(7)


def test_conv2d_same_is_zero_padded_cross_correlation():
    x = RNG.random((5, 6, 2))
    kernel = RNG.standard_normal((3, 3, 2, 3))
    bias = RNG.standard_normal(3)
    out = conv2d_same(x, kernel, bias)
    brute = np.zeros_like(out)
    for y in range(5):
        for xx in range(6):
            acc = bias.copy()
            for ky in range(3):
                for kx in range(3):
                    sy, sx = y + ky - 1, xx + kx - 1
                    if 0 <= sy < 5 and 0 <= sx < 6:
                        acc += x[sy, sx] @ kernel[ky, kx]
            brute[y, xx] = acc
    assert np.abs(out - brute).max() < 1e-12


def test_depth_to_space_dcr_and_crd_channel_order():
    x = np.arange(2 * 3 * 12, dtype=np.float64).reshape(2, 3, 12)
    dcr = depth_to_space(x, 2, "DCR")
    crd = depth_to_space(x, 2, "CRD")
    assert dcr.shape == crd.shape == (4, 6, 3)
    for dy in range(2):
        for dx in range(2):
            for c in range(3):
                assert dcr[2 + dy, 4 + dx, c] == x[1, 2, (2 * dy + dx) * 3 + c]
                assert crd[2 + dy, 4 + dx, c] == x[1, 2, c * 4 + 2 * dy + dx]


def test_artcnn_stages_fuse_skip_add_into_the_convolution_that_feeds_it():
    network = load_model(WEIGHTS / "ArtCNN_C4F16.keras").network
    stages = fuse_stages(network)
    assert [stage.output for stage in stages] == [
        "conv2d",
        "conv2d_1",
        "conv2d_2",
        "conv2d_3",
        "conv2d_4",
        "add",
        "depth_to_space",
    ]
    assert stages[5].inputs == ("conv2d_4", "conv2d")
    assert stored_tensors(network)[-1] == "depth_to_space"


def test_fp16_storage_rounds_every_stored_tensor():
    network = load_model(WEIGHTS / "ArtCNN_C4F16.keras").network
    image = RNG.random((12, 16))
    exact = run_network(network, image)
    fp16 = run_network(network, image, "fp16")
    floor = np.abs(fp16 - exact).max()
    # rgba16f storage costs between a few 1e-5 and 2e-3 on real images: non-zero but small
    assert 1e-5 < floor < 2e-3
    assert np.all(fp16.astype(np.float16).astype(np.float64) == fp16)


def test_float32_differs_from_float64_only_by_rounding():
    network = load_model(WEIGHTS / "ArtCNN_C4F32.keras").network
    image = RNG.random((10, 9))
    assert np.abs(run_network(network, image, "float32") - run_network(network, image)).max() < 1e-5


def _conv(name, source, cin, cout, size=3):
    return Conv2D(name, source, np.zeros((size, size, cin, cout)), np.zeros(cout))


@pytest.mark.parametrize(
    "nodes,message",
    [
        ((Input("in", 1), _conv("a", "in", 2, 4)), "expects 2 input channels"),
        (
            (Input("in", 1), _conv("a", "in", 1, 4), _conv("b", "in", 1, 8), Add("s", ("a", "b"))),
            "cannot add",
        ),
        ((Input("in", 1), _conv("a", "in", 1, 6), DepthToSpace("d", "a", 2)), "not divisible"),
        ((Input("in", 1), _conv("a", "missing", 1, 4)), "not defined before"),
    ],
)
def test_network_checks_shapes_on_construction(nodes, message):
    with pytest.raises(NetworkShapeError, match=message):
        Network("bad", nodes, nodes[-1].name)


def test_conv_rejects_even_kernels_and_nan():
    with pytest.raises(NetworkShapeError, match="odd and square"):
        _conv("a", "in", 1, 4, size=2)
    with pytest.raises(NetworkShapeError, match="NaN or Inf"):
        Conv2D("a", "in", np.full((3, 3, 1, 1), np.nan), np.zeros(1))


def test_ir_arrays_are_read_only():
    conv = _conv("a", "in", 1, 4)
    with pytest.raises(ValueError):
        conv.kernel[0, 0, 0, 0] = 1.0
