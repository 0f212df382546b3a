"""Fuzz findings 6, 7, 8, 11 and 12b/c, end to end in a real process: sizes beyond the runtime's
texture budget, damaged .npz/.npy frames and odd networks are one stderr line (exit 2) naming the
file, fast, with no output left behind; a one-conv residual builds a fragment shader that compiles.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

import h5py
import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from fuzz_cases import input_image

from shadergen.engines.opengl.texture_budget import check_frame_fits

REPOSITORY = Path(__file__).resolve().parent.parent
SMALL_KERAS = REPOSITORY / "tests" / "data" / "keras" / "c2f8.keras"
PASS_THROUGH = "//!HOOK LUMA\n//!BIND HOOKED\n{extra}vec4 hook() {{ return HOOKED_tex(HOOKED_pos); }}\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(REPOSITORY))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.png").write_bytes(input_image())
    (tmp_path / "x.glsl").write_text(PASS_THROUGH.format(extra=""), encoding="utf-8")
    return tmp_path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- 6: the runtime's texture budget ----------------------------------------------------------------


def test_run_refuses_a_pass_texture_beyond_the_per_texture_limit(folder):
    shader = folder / "h1.glsl"
    shader.write_text(PASS_THROUGH.format(extra="//!SAVE BIG\n//!WIDTH 16384\n//!HEIGHT 16384\n"), "utf-8")
    result = run_cli("run", "h1.glsl", "-i", "in.png", "-o", "o.png")
    assert_one_line_error(
        result, "h1.glsl: pass 1: LUMA: the output (16384x16384) needs 2048 MiB of texture",
        "more than the runtime's limit of 1024 MiB per texture",
    )
    assert names(folder) == ["h1.glsl", "in.png", "x.glsl"]


@pytest.mark.parametrize(("width", "height", "mib"), [("16384", "8192", 2048), ("16384", "16384", 4096)])
def test_run_refuses_a_target_beyond_the_budget_before_any_pass(folder, width, height, mib):
    result = run_cli("run", "x.glsl", "-i", "in.png", "-o", "o.png", "--width", width, "--height", height)
    assert_one_line_error(
        result, f"x.glsl: a 16x12 frame scaled to its target ({width}x{height}) needs {mib} MiB of texture",
        "limit of 1024 MiB per texture",
    )
    assert names(folder) == ["in.png", "x.glsl"]


def test_bench_refuses_a_size_whose_frame_is_too_large(folder):
    result = run_cli("bench", "x.glsl", "--size", "8192x8192", "--frames", "1", "--warmup", "0")
    assert_one_line_error(result, "--size 8192x8192: the frame 8192x8192 has 67,108,864 pixels",
                          "limit of 16,777,216 (4096x4096)")


def test_bench_refuses_a_size_whose_target_breaks_the_frame_budget(monkeypatch):
    from shadergen.commands.bench import parse_size
    from shadergen.engines.opengl import texture_budget
    from shadergen.errors import ShadergenError

    monkeypatch.setattr(texture_budget, "MAX_FRAME_TEXTURE_BYTES", 1024 * texture_budget.MIB)
    expected = (
        r"^--size 4096x4096: a 4096x4096 frame scaled to its target \(8192x8192\): the frame needs "
        r"1048 MiB of textures, more than the runtime's limit of 1024 MiB$"
    )
    with pytest.raises(ShadergenError, match=expected):
        parse_size("4096x4096")


def test_the_budget_allows_a_1080p_frame_scaled_twice():
    check_frame_fits("s.glsl", (1920, 1080), (960, 540), 8, (3840, 2160))
    check_frame_fits("s.glsl", (4096, 4096), (2048, 2048), 16, (8192, 8192))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width x height gray pixels; its data is never read."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


@pytest.mark.parametrize("command", ["run", "verify"])
def test_an_image_beyond_the_frame_limit_is_refused_from_its_header(folder, command):
    (folder / "big.png").write_bytes(png_header_only(8192, 8192))
    if command == "run":
        result = run_cli("run", "x.glsl", "-i", "big.png", "-o", "o.png")
    else:
        result = run_cli("verify", "x.glsl", "--weights", SMALL_KERAS, "--input", "big.png")
    assert_one_line_error(result, "big.png: the image 8192x8192 has 67,108,864 pixels",
                          "more than shadergen's limit of 16,777,216 (4096x4096)")
    assert "o.png" not in names(folder)


def test_compare_takes_a_ground_truth_of_four_frames_and_refuses_more(folder):
    """compare downscales its IMAGE (by 2 at least) first: a 24-megapixel photo is a fair ground
    truth; 8192x8192 is the limit. Past it, the header is enough to refuse."""
    (folder / "big.png").write_bytes(png_header_only(8193, 8192))
    result = run_cli("compare", "big.png", "x.glsl", "-o", "sheet.png")
    assert_one_line_error(result, "big.png: the image 8193x8192 has 67,117,056 pixels",
                          "more than shadergen's limit of 67,108,864 (8192x8192)")
    (folder / "photo.png").write_bytes(png_header_only(6000, 4000))
    result = run_cli("compare", "photo.png", "x.glsl", "-o", "sheet.png")
    assert_one_line_error(result, "photo.png: cannot read the image")  # past the header: no pixel data
    assert "sheet.png" not in names(folder)


# ---- 7: damaged .npz / .npy frames --------------------------------------------------------------------


def good_npz(compressed: bool = False) -> bytes:
    y = np.full((12, 16), 0.5, np.float32)
    c = np.full((6, 8), 0.5, np.float32)
    buffer = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buffer, y=y, cb=c, cr=c)
    return buffer.getvalue()


def npy_header(shape: tuple[int, ...]) -> bytes:
    header = f"{{'descr': '<f4', 'fortran_order': False, 'shape': {shape}, }}"
    header += " " * (63 - len(header) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode()


def header_only_npz(shape: tuple[int, ...]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for key in ("y", "cb", "cr"):
            archive.writestr(f"{key}.npy", npy_header(shape))
    return buffer.getvalue()


def corrupt_deflate() -> bytes:
    data = bytearray(good_npz(compressed=True))
    start = data.find(b"y.npy") + 40
    data[start:start + 8] = b"\xff" * 8
    return bytes(data)


def flipped() -> bytes:
    data = bytearray(good_npz())
    data[len(data) // 3] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "content", "shown"),
    [
        ("truncated.npz", lambda: good_npz()[:300], "cannot read the archive: File is not a zip"),
        ("flipped.npz", flipped, "cannot read the archive: Bad CRC-32 for file 'y.npy'"),
        ("deflate.npz", corrupt_deflate, "cannot read the archive: Error -3 while decompressing data"),
        ("huge1d.npz", lambda: header_only_npz((4000000000,)), "plane 'y' must be 2-D, got shape (4000000"),
        ("huge3d.npz", lambda: header_only_npz((1000, 20000, 20000)), "plane 'y' must be 2-D"),
        ("huge2d.npz", lambda: header_only_npz((16384, 16384)), "plane 'y' 16384x16384 has 268,435,456"),
    ],
)
def test_a_damaged_npz_frame_is_one_line(folder, name, content, shown):
    (folder / name).write_bytes(content())
    result = run_cli("run", "x.glsl", "-i", name, "-o", "o.npz")
    assert_one_line_error(result, f"{name}: {shown}")
    assert "o.npz" not in names(folder)


def test_a_sparse_3d_npy_is_refused_before_it_is_copied(folder):
    with open(folder / "sparse.npy", "wb") as stream:
        stream.write(npy_header((3, 16384, 16384)))
        stream.truncate(len(npy_header((3, 16384, 16384))) + 3 * 16384 * 16384 * 4)
    result = run_cli("run", "x.glsl", "-i", "sparse.npy", "-o", "o.npy")
    shown = "sparse.npy: expected one float luma plane (H, W), got float32 (3, 16384, 16384)"
    assert_one_line_error(result, shown)
    assert "o.npy" not in names(folder)


# ---- 8 and 11: odd networks ----------------------------------------------------------------------------


def keras_tensor(source: str) -> dict:
    return {"class_name": "__keras_tensor__",
            "config": {"shape": [None, None, None, 1], "dtype": "float32", "keras_history": [source, 0, 0]}}


def write_keras(path: Path, layers: list[tuple], output: str) -> None:
    """A Keras 3 archive from (class, name, config, sources, weights) tuples."""
    rng = np.random.default_rng(1)
    entries, counts = [], {}
    weights = io.BytesIO()
    with h5py.File(weights, "w") as file:
        groups = file.create_group("layers")
        for class_name, name, config, sources, arrays in layers:
            args = [keras_tensor(source) for source in sources]
            entries.append({
                "module": "keras.layers", "class_name": class_name, "config": {"name": name, **config},
                "name": name, "registered_name": None,
                "inbound_nodes": [{"args": [args] if len(args) > 1 else args, "kwargs": {}}] if args else [],
            })
            group_name = {"InputLayer": "input_layer", "Conv2D": "conv2d", "LeakyReLU": "leaky_re_lu",
                          "Add": "add", "DepthToSpace": "depth_to_space"}[class_name]
            number = counts.get(group_name, 0)
            counts[group_name] = number + 1
            variables = groups.create_group(group_name if number == 0 else f"{group_name}_{number}")
            variables = variables.create_group("vars")
            for index, shape in enumerate(arrays or []):
                variables.create_dataset(str(index), data=rng.normal(0, 0.3, shape).astype(np.float32))
        file.create_group("vars")
    config = {"module": "keras.src.models.functional", "class_name": "Functional",
              "config": {"name": "functional", "trainable": True, "layers": entries,
                         "input_layers": [layers[0][1], 0, 0], "output_layers": [output, 0, 0]}}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata.json", '{"keras_version": "3.15.1"}')
        archive.writestr("config.json", json.dumps(config))
        archive.writestr("model.weights.h5", weights.getvalue())


def inp() -> tuple:
    return ("InputLayer", "input_layer", {"batch_shape": [None, None, None, 1], "dtype": "float32"}, [], None)


def conv(name: str, source: str, inputs: int, filters: int, activation: str = "linear") -> tuple:
    config = {"filters": filters, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
              "data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1, "activation": activation,
              "use_bias": True}
    return ("Conv2D", name, config, [source], [(3, 3, inputs, filters), (filters,)])


def d2s(name: str, source: str) -> tuple:
    return ("DepthToSpace", name, {"block_size": 2}, [source], None)


LEAKY_1E308 = ("LeakyReLU", "l", {"negative_slope": 1e308}, ["c0"], None)
ODD_NETWORKS = {
    "zero_filters": (
        [inp(), conv("c0", "input_layer", 1, 0, "relu"), conv("c1", "c0", 0, 4), d2s("d", "c1")],
        "d",
        "layer c0: kernel shape (3, 3, 1, 0) has 1 input channels and 0 filters",
    ),
    "input_only": (
        [inp()],
        "input_layer",
        "output 'input_layer' is computed without any convolution; a shader needs at least one",
    ),
    "leaky_1e308": (
        [inp(), conv("c0", "input_layer", 1, 8), LEAKY_1E308, conv("c1", "l", 8, 4), d2s("d", "c1")],
        "d",
        "layer l: activation leaky_relu: negative_slope 1e+308 is beyond the largest float32",
    ),
}


@pytest.mark.parametrize("name", sorted(ODD_NETWORKS))
@pytest.mark.parametrize("command", ["build", "inspect"])
def test_an_odd_network_is_one_line(folder, name, command):
    layers, output, shown = ODD_NETWORKS[name]
    write_keras(folder / f"{name}.keras", layers, output)
    args = ("-o", "o.glsl") if command == "build" else ()
    result = run_cli(command, f"{name}.keras", *args)
    assert_one_line_error(result, f"{name}.keras: {shown}")
    assert "o.glsl" not in names(folder)


def test_a_one_conv_residual_builds_a_fragment_shader_that_compiles_and_verifies(folder):
    write_keras(folder / "add_two.keras", [
        inp(), conv("c0", "input_layer", 1, 8), conv("c1", "c0", 8, 8),
        ("Add", "a", {}, ["c0", "c1"], None), conv("c2", "a", 8, 4), d2s("d", "c2"),
    ], "d")
    built = run_cli("build", "add_two.keras", "--variant", "fragment", "-o", "a.glsl")
    assert built.returncode == 0, built.stderr
    text = (folder / "a.glsl").read_text(encoding="utf-8")
    for block in text.split("//!HOOK")[1:]:
        binds = [line for line in block.splitlines() if line.startswith("//!BIND")]
        assert len(binds) == len(set(binds)), binds
    linted = run_cli("lint", "a.glsl")
    assert linted.returncode == 0, linted.stdout + linted.stderr
    verified = run_cli("verify", "a.glsl", "--weights", "add_two.keras", "--input", "in.png")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "PASSED" in verified.stdout


# ---- 12b and 12c: options ------------------------------------------------------------------------------


@pytest.mark.parametrize("json_name", ["o.png", "./o.png"])
def test_run_refuses_json_report_on_the_output_frame(folder, json_name):
    result = run_cli("run", "x.glsl", "-i", "in.png", "-o", "o.png", "--json", json_name)
    assert_one_line_error(result, f"{json_name}: --json names the same file as --output")
    assert names(folder) == ["in.png", "x.glsl"]


@pytest.mark.parametrize("size", ["１２x４８", "12x٤٨"])
def test_bench_size_takes_ascii_digits_only(folder, size):
    result = run_cli("bench", "x.glsl", "--size", size, "--frames", "1", "--warmup", "0")
    assert_one_line_error(result, f"--size {size!r}: expected WIDTHxHEIGHT in pixels")



def test_a_16_bit_gray_png_is_scaled_not_clipped(folder):
    """Pillow's convert("L") clips 16-bit gray at 255: 30000/65535 came out white (1.0) in run and
    compare (fuzz run of 2026-12-05)."""
    from PIL import Image

    from shadergen.comparison.pipeline import read_ground_truth

    Image.fromarray(np.full((48, 64), 30000, np.uint16)).save(folder / "gray16.png")
    result = run_cli("run", "x.glsl", "-i", "gray16.png", "-o", "out.npz")
    assert result.returncode == 0, result.stderr
    with np.load(folder / "out.npz") as planes:
        assert abs(float(planes["y"].mean()) - 30000 / 65535) < 1e-4
    assert np.array_equal(np.unique(read_ground_truth(folder / "gray16.png")), [117])  # 30000 / 257
