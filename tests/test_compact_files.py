"""Hostile and broken safetensors files (issue 15): a one-line error naming the file, exit 2, no
traceback, no shader written; PyTorch pickles refused unread; a seeded corruption fuzz."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from compact_cases import COMPACT_DIR

from shadergen.errors import ShadergenError
from shadergen.model.compact import random_compact_state
from shadergen.model.ir import Network
from shadergen.model.load import load_model
from shadergen.model.safetensors_file import MAX_HEADER_BYTES, safetensors_bytes

VALID = (COMPACT_DIR / "compact_y_f8n2_x2.safetensors").read_bytes()
FUZZ_CASES = 50


def split(data: bytes) -> tuple[dict, bytes]:
    length = int.from_bytes(data[:8], "little")
    return json.loads(data[8:8 + length]), data[8 + length:]


def join(header, payload: bytes) -> bytes:
    text = header if isinstance(header, bytes) else json.dumps(header).encode()
    return len(text).to_bytes(8, "little") + text + payload


def edited(edit) -> bytes:
    header, payload = split(VALID)
    result = edit(header, payload)
    return result if isinstance(result, bytes) else join(header, payload)


def shift_offsets(header, payload):
    header["body.1.weight"]["data_offsets"][0] -= 4  # overlaps the tensor before it
    header["body.1.weight"]["data_offsets"][1] -= 4


def past_the_end(header, payload):
    last = max(header.values(), key=lambda info: info["data_offsets"][1])
    last["data_offsets"] = [offset + 4 for offset in last["data_offsets"]]


def wrong_dtype(header, payload):
    header["body.0.bias"]["dtype"] = "I32"


def drop_prelu(header, payload):
    begin, end = header.pop("body.3.weight")["data_offsets"]
    for info in header.values():
        if info["data_offsets"][0] >= end:
            info["data_offsets"] = [offset - (end - begin) for offset in info["data_offsets"]]
    return join(header, payload[:begin] + payload[end:])


def nan_weight(header, payload):
    begin = header["body.2.weight"]["data_offsets"][0]
    return join(header, payload[:begin] + np.float32(np.nan).tobytes() + payload[begin + 4:])


def json_bomb(header, payload):
    return join(b"[" * 100000 + b"]" * 100000, payload)


def duplicate_key(header, payload):
    text = json.dumps(header)
    first = '"body.0.bias": ' + json.dumps(header["body.0.bias"])
    return join((text[:-1] + ", " + first + "}").encode(), payload)


def stray_key(header, payload):
    header["head.weight"] = header.pop("body.0.bias")


CASES = [
    ("header length past the end", lambda: (10**6).to_bytes(8, "little") + VALID[8:], "past the end"),
    ("huge header length", lambda: (1 << 62).to_bytes(8, "little") + VALID[8:],
     f"at most {MAX_HEADER_BYTES}"),
    ("truncated", lambda: VALID[:5], "shorter than its 8-byte header length"),
    ("overlapping offsets", lambda: edited(shift_offsets), "overlaps the tensor before it"),
    ("offsets past the data", lambda: edited(past_the_end), "runs past the end of the data"),
    ("wrong dtype", lambda: edited(wrong_dtype), "dtype 'I32'"),
    ("missing key", lambda: edited(drop_prelu), "missing key body.3.weight"),
    ("NaN weight", lambda: edited(nan_weight), "NaN or Inf"),
    ("JSON bomb", lambda: edited(json_bomb), "nests"),
    ("duplicate key", lambda: edited(duplicate_key), "names 'body.0.bias' twice"),
    ("not a compact state dict", lambda: edited(stray_key), "head.weight"),
]


@pytest.mark.parametrize(("what", "make", "fragment"), CASES, ids=[case[0] for case in CASES])
def test_hostile_safetensors_are_refused(tmp_path, what, make, fragment):
    path = tmp_path / "bad.safetensors"
    path.write_bytes(make())
    output = tmp_path / "out.glsl"
    assert_one_line_error(run_cli("build", path, "-o", output), str(path), fragment)
    assert not output.exists()


@pytest.mark.parametrize("suffix", [".pth", ".pt", ".ckpt"])
def test_pytorch_checkpoints_are_refused_unread(tmp_path, suffix):
    path = tmp_path / f"model{suffix}"
    path.write_bytes(b"\x80\x04\x95 not read: a pickle would run code")
    assert_one_line_error(run_cli("inspect", path), str(path), "convert it to .safetensors")


# (edited tensors of a random 3-channel, 8-feature, 3-convolution x2 state dict, expected message)
WRONG_SHAPES = [
    ({"body.2.weight": np.float32(1.0)}, r"body\.2\.weight has shape \(\)"),  # a scalar for a kernel
    ({"body.3.weight": np.ones(5, np.float32)}, r"body\.3\.weight has shape \(5,\); a PReLU after 8"),
    ({"body.2.weight": np.ones((8, 5, 3, 3), np.float32)}, r"body\.2\.weight has shape \(8, 5, 3, 3\)"),
    ({"body.4.weight": np.ones((10, 8, 3, 3), np.float32), "body.4.bias": np.ones(10, np.float32)},
     "10 filters; SRVGGNetCompact needs 3·s²"),
]


@pytest.mark.parametrize(("edits", "message"), WRONG_SHAPES)
def test_wrong_shapes_are_named(tmp_path, edits, message):
    path = tmp_path / "shapes.safetensors"
    path.write_bytes(safetensors_bytes({**random_compact_state(3, 8, 3, 2), **edits}))
    with pytest.raises(ShadergenError, match=message):
        load_model(path)


def test_seeded_corruption_fuzz(tmp_path):
    """Random byte flips, truncations, length edits and reshaped tensors: the file either still reads
    as a network or is refused with a one-line ShadergenError naming it; nothing else escapes."""
    rng = np.random.default_rng(15)
    path = tmp_path / "fuzz.safetensors"
    length = int.from_bytes(VALID[:8], "little")
    outcomes = {"network": 0, "refused": 0}
    for _ in range(FUZZ_CASES):
        data = bytearray(VALID)
        kind = rng.integers(5)
        if kind == 0:  # flip bytes in the header
            for index in rng.integers(8, 8 + length, size=rng.integers(1, 4)):
                data[index] = int(rng.integers(256))
        elif kind == 1:  # truncate anywhere
            data = data[: int(rng.integers(0, len(data)))]
        elif kind == 2:  # another header length
            data[:8] = int(rng.integers(0, len(data) + 64)).to_bytes(8, "little")
        elif kind == 3:  # flip data bytes (weights may turn NaN or Inf)
            for index in rng.integers(8 + length, len(data), size=rng.integers(1, 8)):
                data[index] = int(rng.integers(256))
        else:  # give one tensor another shape of the same size (a valid file, a wrong layout)
            header, payload = split(VALID)
            info = header[sorted(header)[rng.integers(len(header))]]
            size = int(np.prod(info["shape"]))
            info["shape"] = [int(rng.choice([d for d in range(1, size + 1) if size % d == 0])), 0]
            info["shape"][1] = size // info["shape"][0]
            rng.shuffle(info["shape"])
            data = bytearray(join(header, payload))
        path.write_bytes(bytes(data))
        try:
            network = load_model(path).network
        except ShadergenError as error:
            message = str(error)
            assert message.startswith(f"{path}: ") and "\n" not in message, message
            outcomes["refused"] += 1
        else:
            assert isinstance(network, Network)
            outcomes["network"] += 1
    assert outcomes["refused"] >= FUZZ_CASES // 2, outcomes


def test_compact_with_64_features_builds_with_weights_in_textures(tmp_path):
    """64-feature models (compact, ultracompact): the texture placement, chosen automatically."""
    path = tmp_path / "compact64.safetensors"
    path.write_bytes(safetensors_bytes(random_compact_state(3, 64, 3, 2)))
    output = tmp_path / "out.glsl"
    result = run_cli("build", path, "-o", output)
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    # Per layer (3 -> 64 with PReLU, 64 -> 64 with PReLU, 64 -> 4 sub-pixel groups of R, G, B, 0):
    # 4 texels per output group; rows: taps x input groups, the bias row, a row of PReLU slopes.
    sizes = [line for line in text.splitlines() if line.startswith("//!SIZE ")]
    assert sizes == ["//!SIZE 64 11", "//!SIZE 64 146", "//!SIZE 16 145"]
    assert "texelFetch(compact64_W1, ivec2(4 * og0, 145), 0)" in text  # the slopes of a group
