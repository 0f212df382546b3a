"""Hostile inputs for the command line, generated from a seed (``fuzz_run.py`` runs them).

Three families, each a list of ``FuzzCase`` (files to create in an empty folder, then one command):

* weights: every fixture format (``.keras``, legacy ``.h5``, ``.weights.h5``, ``.onnx``, and the
  compact models' ``.safetensors``) with bytes flipped, cut or inserted anywhere or inside the model
  config, and structured mutations (the ``.keras`` config.json or the ``.h5`` model_config
  attribute edited as JSON, the ONNX graph edited as protobuf, the safetensors header length,
  offsets, dtypes, shapes and keys edited, JSON bombs as its header); run through ``inspect`` or
  ``build``;
* shaders: the runtime test shaders and a texture-weight shader (``build c2f8.keras --weights-in
  texture``) with directives replaced or added (sizes, WHEN, COMPUTE, COMPONENTS, HOOK, BIND, SAVE,
  OFFSET), TEXTURE and PARAM blocks, the texture-weight shader's TEXTURE blocks damaged (hex cut,
  added or made invalid, SIZE, FORMAT and FILTER changed, a block dropped or doubled), pass floods
  (3 copies of the file, or 600 or 1000: beyond the pass limit), and byte damage; run through
  ``run`` and ``lint``;
* paths: FIFOs, ``/dev/zero`` behind a weights or shader name, folders, outputs that are an input
  (also through hard and symbolic links), symlinked, device and FIFO outputs, long and empty
  names, sparse files beyond the size limits, hostile option values, the same for ``cost``,
  ``compare`` and ``run --engine libplacebo``, and a pickle that writes a file if loaded, named
  ``.pth`` or ``.safetensors``.

The same seed gives the same cases, byte for byte.
"""

from __future__ import annotations

import functools
import io
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TESTS = Path(__file__).resolve().parent
KERAS_DATA = TESTS / "data" / "keras"
COMPACT_DATA = TESTS / "data" / "compact"
SHADER_DATA = TESTS / "shaders" / "runtime"
# Fixtures and the --arch of their weights-only files.
WEIGHT_MODELS = {
    "c2f8": "C2F8",
    "r1f8_silu": "R1F8",
    "r2f8": "R2F8",
    "chroma_c2f8": "C2F8",
    "ycbcr_c2f8": "C2F8",
}
WEIGHT_FORMATS = (".keras", ".h5", ".weights.h5", ".onnx", ".safetensors")
INPUT_IMAGE = "in.png"  # 16x12 gray, written into every shader case

# A pickle that creates the file "unpickled" in the current folder when loaded (a .pth must never be).
PICKLE_THAT_WRITES = b"cos\nsystem\n(S'touch unpickled'\ntR."
HOSTILE_NUMBERS = ("0", "-1", "1e9", "16385", "1e30", "1e999", "99999999999999999999", "nan", "0.4")
HOSTILE_RPN = (
    "1e9",
    "16385",
    "0",
    "-5",
    "HOOKED.w 1e30 *",
    "HOOKED.w 0 /",
    "abc def",
    "1 +",
    "NOPE.w",
    "HOOKED.w 9999 *",
    "OUTPUT.w 8 *",
    "1e999",
    "HOOKED.w HOOKED.h * HOOKED.w *",
    "",
    " ".join(["1"] * 40),
    "HOOKED.w 2 * HOOKED.w 2 *",
)
HOSTILE_DIRECTIVES = (
    *(f"WIDTH {e}" for e in HOSTILE_RPN),
    *(f"HEIGHT {e}" for e in HOSTILE_RPN),
    *(f"WHEN {e}" for e in HOSTILE_RPN),
    "COMPUTE 8 8",
    "COMPUTE 0 8",
    "COMPUTE 99999999999 1",
    "COMPUTE 1 1 2048 1",
    "COMPUTE 64 64",
    "COMPUTE 8 8 1024 1024",
    "COMPUTE 16385 1",
    "COMPUTE 8",
    "COMPUTE 1e9 1",
    *(f"COMPONENTS {n}" for n in ("5", "-1", "0", "99999999999", "x")),
    "HOOK NOPE",
    "HOOK OUTPUT",
    "HOOK MAIN",
    "HOOK CHROMA",
    "HOOK LINEAR",
    "BIND NOPE",
    "BIND HOOKED",
    "SAVE LUMA",
    "SAVE A",
    "BIND A",
    "SAVE MAIN",
    "SAVE HOOKED",
    "OFFSET 1e999 0",
    "OFFSET ALIGN",
    "OFFSET 1 2 3",
    "OFFSET nan nan",
    "DESC " + "x" * 5000,
    "UNKNOWN",
    "TEXTURE X",
    "PARAM p",
)
TEXTURE_BLOCKS = (
    "//!TEXTURE T\n//!SIZE 16385 1\n//!FORMAT r8\n00\n",
    "//!TEXTURE T\n//!SIZE 100000 100000\n//!FORMAT rgba32f\n00\n",
    "//!TEXTURE T\n//!SIZE 2 2\n//!FORMAT r8\n00010203\n",
    "//!TEXTURE T\n//!SIZE 3000 1 1\n//!FORMAT r8\n" + "00" * 3000 + "\n",
    "//!TEXTURE T\n//!SIZE 2 2\n//!FORMAT nope\n00010203\n",
    "//!TEXTURE T\n//!SIZE 99999999999999999999 1\n//!FORMAT r8\n00\n",
    "//!TEXTURE T\n//!SIZE 1 1\n//!FORMAT r32i\n//!FILTER LINEAR\n00000000\n",
)
PARAM_BLOCKS = (
    "//!PARAM p\n//!TYPE int\n99999999999999999999\n",
    "//!PARAM p\n//!TYPE float\n1e999\n",
    "//!PARAM p\n//!TYPE uint\n-1\n",
    "//!PARAM p\n//!TYPE DEFINE\n99999999999\n",
    "//!PARAM p\n//!TYPE ENUM int\nA\nB\n",
    "//!PARAM p\n//!TYPE float\n//!MINIMUM 1\n//!MAXIMUM 0\n0.5\n",
)
JSON_VALUES = (
    None,
    -1,
    0,
    10**30,
    1e308,
    "x",
    [],
    {},
    True,
    [[["missing_layer", 0, 0, {}]]],
    "NaN",
    [0] * 50,
)


@dataclass
class FuzzCase:
    """Files to create in an empty folder, then ``shadergen ARGS`` run inside it."""

    family: str  # "weights" | "shader" | "path"
    name: str  # e.g. "weights/keras/json/0012"
    args: list[str]
    files: dict[str, bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None  # links, FIFOs, devices, folders
    outputs: tuple[str, ...] = ()  # paths the command may create (or replace) when it succeeds


# ---- byte damage -------------------------------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes, start: int = 0, end: int | None = None) -> bytes:
    """1-16 bytes XORed with a non-zero mask, between ``start`` and ``end``."""
    damaged = bytearray(data)
    end = len(data) if end is None else min(end, len(data))
    for _ in range(rng.randint(1, 16)):
        position = rng.randrange(start, end)
        damaged[position] ^= rng.randint(1, 255)
    return bytes(damaged)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    position = rng.randrange(len(data) + 1)
    return data[:position] + rng.randbytes(rng.randint(1, 64)) + data[position:]


def byte_damage(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(("flip", "truncate", "insert"))
    damage = {"flip": flip_bytes, "truncate": truncate, "insert": insert_bytes}[kind]
    return kind, damage(rng, data)


# ---- structured damage ---------------------------------------------------------------------------


def _json_paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_paths(item, (*prefix, index))


def mutate_json(rng: random.Random, config: dict) -> dict:
    """One edit somewhere in the tree: a value replaced, a key or item deleted, a layer's input renamed."""
    config = json.loads(json.dumps(config))
    paths = [p for p in _json_paths(config) if p]
    path = rng.choice(paths)
    parent = config
    for key in path[:-1]:
        parent = parent[key]
    action = rng.choice(("replace", "replace", "delete", "inbound"))
    if action == "inbound":
        text = json.dumps(config)
        names = [
            layer.get("name")
            for layer in config.get("config", {}).get("layers", [])
            if isinstance(layer, dict)
        ]
        if names:
            victim = rng.choice([n for n in names if isinstance(n, str)] or ["input"])
            return json.loads(text.replace(f'"{victim}"', '"missing_layer"', rng.randint(1, 3)))
    if action == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = rng.choice(JSON_VALUES)
    return config


def _zip_with(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)  # no clock: same bytes per seed
            copy.compress_type = info.compress_type
            target.writestr(copy, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def keras_structured(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        config = json.loads(archive.read("config.json"))
        weights = archive.read("model.weights.h5")
    if rng.random() < 0.6:
        return "json", _zip_with(data, {"config.json": json.dumps(mutate_json(rng, config)).encode()})
    kind, damaged = byte_damage(rng, weights)
    return f"inner-{kind}", _zip_with(data, {"model.weights.h5": damaged})


def h5_structured(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """Flip bytes inside the model_config attribute, or rewrite it as mutated JSON (h5py)."""
    start = data.find(b'{"class_name"')
    if start >= 0 and rng.random() < 0.5:
        return "config-bytes", flip_bytes(rng, data, start, start + 4000)
    import h5py

    buffer = io.BytesIO(data)
    with h5py.File(buffer, "r+") as handle:
        if "model_config" not in handle.attrs:
            return byte_damage(rng, data)
        config = json.loads(handle.attrs["model_config"])
        handle.attrs["model_config"] = json.dumps(mutate_json(rng, config))
    return "config-json", buffer.getvalue()


ONNX_ATTRIBUTE_EDITS = (
    ("Conv", "pads", [-1, -1, -1, -1]),
    ("Conv", "auto_pad", b"SAME_UPPER"),
    ("Conv", "auto_pad", b"VALID"),
    ("Conv", "kernel_shape", [99999, 99999]),
    ("Conv", "group", 0),
    ("Conv", "strides", [0, 0]),
    ("DepthToSpace", "blocksize", 0),
    ("DepthToSpace", "blocksize", 2**40),
    ("DepthToSpace", "mode", b"NOPE"),
)


def onnx_structured(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    import onnx
    from onnx import helper

    model = onnx.ModelProto()
    model.ParseFromString(data)
    graph = model.graph
    action = rng.choice(("attribute", "attribute", "dims", "drop-initializer", "cycle", "op", "output"))
    if action == "attribute":
        op, name, value = rng.choice(ONNX_ATTRIBUTE_EDITS)
        nodes = [n for n in graph.node if n.op_type == op] or list(graph.node)
        node = rng.choice(nodes)
        kept = [a for a in node.attribute if a.name != name]
        del node.attribute[:]
        node.attribute.extend([*kept, helper.make_attribute(name, value)])
        if name == "auto_pad" and rng.random() < 0.5:
            node.attribute.append(helper.make_attribute("pads", [-1, -1, -1, -1]))
    elif action == "dims" and graph.initializer:
        tensor = rng.choice(graph.initializer)
        if tensor.dims:
            tensor.dims[rng.randrange(len(tensor.dims))] = rng.choice((0, -3, 2**40, 7))
        else:
            tensor.dims.append(2**40)
    elif action == "drop-initializer" and graph.initializer:
        del graph.initializer[rng.randrange(len(graph.initializer))]
    elif action == "cycle" and graph.node:
        node = rng.choice(graph.node)
        if node.input and node.output:
            node.input[0] = node.output[0]
    elif action == "op" and graph.node:
        rng.choice(graph.node).op_type = rng.choice(("Nope", "Loop", "Identity", "Conv", "Add"))
    elif action == "output" and graph.output:
        graph.output[0].name = "missing_tensor"
    return f"graph-{action}", model.SerializeToString()


SAFETENSORS_DTYPES = ("F16", "BF16", "F64", "I64", "U8", "BOOL", "F8_E4M3", "NOPE", "", 5, None, ["F32"])
SAFETENSORS_DIMS = (0, -1, 3, 2**40, 2**64, 1.5, "8", None)


def _split_safetensors(data: bytes) -> tuple[dict, bytes]:
    (length,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8 : 8 + length]), data[8 + length :]


def _join_safetensors(header, payload: bytes) -> bytes:
    text = header if isinstance(header, bytes) else json.dumps(header, separators=(",", ":")).encode()
    return struct.pack("<Q", len(text)) + text + payload


def _json_bomb(rng: random.Random) -> bytes:
    """A header that costs a naive reader: deep nesting, a huge key count, or a megabyte string."""
    kind = rng.choice(("nest", "nest-object", "keys", "string", "numbers"))
    if kind == "nest":
        depth = rng.choice((1000, 100_000, 1_000_000))
        return b'{"__metadata__":' + b"[" * depth + b"]" * depth + b"}"
    if kind == "nest-object":
        depth = rng.choice((1000, 200_000))
        return b'{"a":' * depth + b"1" + b"}" * depth
    if kind == "keys":
        count = rng.choice((10_000, 100_000))
        entry = '{"dtype":"F32","shape":[1],"data_offsets":[0,4]}'
        return ("{" + ",".join(f'"t{i}":{entry}' for i in range(count)) + "}").encode()
    if kind == "string":
        return b'{"__metadata__":{"x":"' + b"A" * rng.choice((1 << 19, 8 << 20)) + b'"}}'
    return b'{"n":' + b"9" * rng.choice((5000, 1_000_000)) + b"}"


def safetensors_structured(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """The header length, a tensor's offsets, dtype, shape or key edited, or a JSON bomb as header."""
    header, payload = _split_safetensors(data)
    names = sorted(k for k in header if k != "__metadata__")
    victim = rng.choice(names)
    action = rng.choice(("length", "offsets", "offsets", "dtype", "shape", "key", "metadata", "bomb"))
    if action == "length":
        (length,) = struct.unpack("<Q", data[:8])
        value = rng.choice(
            (0, 1, 7, length - 1, length + 1, length + 8, len(data), len(data) - 7, 2**31, 2**64 - 1)
        )
        return action, struct.pack("<Q", value) + data[8:]
    if action == "offsets":
        begin, end = header[victim]["data_offsets"]
        other = header[rng.choice(names)]["data_offsets"]
        header[victim]["data_offsets"] = rng.choice(
            (
                [end, begin],
                list(other),
                [begin + 4, end + 4],
                [begin, len(payload) + 4],
                [-4, end],
                [begin, 2**64],
                [begin, end, end],
                [float(begin), end],
                [str(begin), end],
                [0, 0],
            )
        )
    elif action == "dtype":
        header[victim]["dtype"] = rng.choice(SAFETENSORS_DTYPES)
    elif action == "shape":
        shape = header[victim]["shape"]
        if shape and rng.random() < 0.7:
            shape[rng.randrange(len(shape))] = rng.choice(SAFETENSORS_DIMS)
        else:
            header[victim]["shape"] = rng.choice(([], [1] * 40, shape[:-1], [*shape, 1], "8", None))
    elif action == "key":
        entry = header.pop(victim)
        if rng.random() < 0.5:
            renamed = (
                "body.99.weight",
                "body.x.bias",
                "weight",
                victim.replace("weight", "bias"),
                victim + "\0",
            )
            header[rng.choice(renamed)] = entry
    elif action == "metadata":
        header["__metadata__"] = rng.choice(({"format": 5}, [], "pt", {"format": None}, {"a": {"b": "c"}}))
    else:
        return action, _join_safetensors(_json_bomb(rng), payload)
    return action, _join_safetensors(header, payload)


STRUCTURED = {
    ".keras": keras_structured,
    ".h5": h5_structured,
    ".onnx": onnx_structured,
    ".safetensors": safetensors_structured,
}


def weight_cases(seed: int, count: int, build_every: int = 5) -> list[FuzzCase]:
    """``count`` damaged weight files, formats and models in turn; every ``build_every``-th is built."""
    rng = random.Random(f"weights-{seed}")
    cases = []
    models = sorted(WEIGHT_MODELS)
    compact = sorted(COMPACT_DATA.glob("*.safetensors"))
    for number in range(count):
        suffix = WEIGHT_FORMATS[number % len(WEIGHT_FORMATS)]
        model = models[(number // len(WEIGHT_FORMATS)) % len(models)]
        if suffix == ".safetensors":
            original = compact[(number // len(WEIGHT_FORMATS)) % len(compact)].read_bytes()
        else:
            original = (KERAS_DATA / f"{model}{suffix}").read_bytes()
        structured = STRUCTURED.get(suffix)
        if structured and rng.random() < 0.5:
            kind, damaged = structured(rng, original)
        else:
            kind, damaged = byte_damage(rng, original)
        name = f"model{suffix}"
        arch = ["--arch", WEIGHT_MODELS[model]] if suffix == ".weights.h5" else []
        arch += ["--act", "silu"] if suffix == ".weights.h5" and model.startswith("r1f8_silu") else []
        if (number + number // len(WEIGHT_FORMATS)) % build_every == build_every - 1:  # every format
            args, outputs = ["build", name, *arch, "-o", "out.glsl"], ("out.glsl",)
        else:
            args, outputs = ["inspect", name, *arch], ()
        cases.append(
            FuzzCase(
                "weights", f"weights/{suffix[1:]}/{kind}/{number:04d}", args, {name: damaged}, None, outputs
            )
        )
    return cases


# ---- shaders -------------------------------------------------------------------------------------


def _header_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip().startswith("//!")]


def mutate_shader(rng: random.Random, text: str) -> tuple[str, bytes]:
    lines = text.split("\n")
    headers = _header_lines(lines) or [0]
    action = rng.choice(("replace", "replace", "add", "add", "texture", "param", "flood", "bytes"))
    if action == "replace":
        lines[rng.choice(headers)] = "//!" + rng.choice(HOSTILE_DIRECTIVES)
    elif action == "add":
        for _ in range(rng.randint(1, 3)):
            lines.insert(rng.choice(headers) + 1, "//!" + rng.choice(HOSTILE_DIRECTIVES))
    elif action == "texture":
        lines.append(rng.choice(TEXTURE_BLOCKS))
    elif action == "param":
        lines.append(rng.choice(PARAM_BLOCKS))
    elif action == "flood":
        first = text.find("//!")
        text = text[first:] * rng.choice((3, 600, 1000))
        return action, text.encode()
    else:
        kind, damaged = byte_damage(rng, text.encode())
        return f"bytes-{kind}", damaged
    return action, "\n".join(lines).encode()


TEXTURE_SIZES = ("9 10", "8", "0 10", "8 10 2", "8 9", "99999 99999", "1e9 1", "-8 10", "8 x", "")
TEXTURE_FORMATS = ("rgba16f", "r32f", "rgba8", "rg32f", "rgba32ui", "nope", "", "rgba32f rgba32f")
TEXTURE_FILTERS = ("LINEAR", "NOPE", "")


@functools.cache
def texture_weight_shader() -> str:
    """``shadergen build c2f8.keras --weights-in texture``: 5 compute passes, weights in TEXTURE blocks."""
    with tempfile.TemporaryDirectory(prefix="sg-fuzz-base-") as folder:
        output = Path(folder) / "texture_weights.glsl"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "shadergen",
                "build",
                str(KERAS_DATA / "c2f8.keras"),
                "--weights-in",
                "texture",
                "-o",
                str(output),
            ],
            cwd=TESTS.parent,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(TESTS.parent)},
        )
        return output.read_text(encoding="utf-8")


def mutate_texture_shader(rng: random.Random, text: str) -> tuple[str, bytes]:
    """One TEXTURE block damaged: its hex cut, extended or made invalid, SIZE/FORMAT/FILTER changed,
    the block dropped or doubled."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("//!TEXTURE")]
    start = rng.choice(starts)
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("//!"))  # the hex line
    hex_line = lines[end]
    action = rng.choice(("cut", "extra", "odd", "not-hex", "size", "format", "filter", "drop", "double"))
    if action == "cut":
        lines[end] = hex_line[: rng.randrange(0, len(hex_line), 2)]
    elif action == "extra":
        lines[end] = hex_line + "00" * rng.choice((1, 4, 16, 1 << 16))
    elif action == "odd":
        lines[end] = hex_line[:-1]
    elif action == "not-hex":
        position = rng.randrange(len(hex_line))
        lines[end] = (
            hex_line[:position] + rng.choice(("g", "zz", " ", "0x", "\u00e9")) + hex_line[position + 1 :]
        )
    elif action in ("size", "format", "filter"):
        directive = {"size": "//!SIZE", "format": "//!FORMAT", "filter": "//!FILTER"}[action]
        values = {"size": TEXTURE_SIZES, "format": TEXTURE_FORMATS, "filter": TEXTURE_FILTERS}[action]
        for i in range(start, end):
            if lines[i].startswith(directive):
                lines[i] = f"{directive} {rng.choice(values)}".rstrip()
    elif action == "drop":
        del lines[start : end + 1]
    else:
        lines[end + 1 : end + 1] = lines[start : end + 1]
    return f"texture-{action}", "\n".join(lines).encode()


def shader_cases(seed: int, count: int, lint_every: int = 2, texture_every: int = 4) -> list[FuzzCase]:
    """``count`` damaged shaders: each is run; every ``lint_every``-th is also linted. Every
    ``texture_every``-th is the texture-weight shader (its TEXTURE blocks damaged, or as the rest)."""
    rng = random.Random(f"shaders-{seed}")
    bases = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SHADER_DATA.glob("*.glsl"))]
    image = input_image()
    cases = []
    for number in range(count):
        if number % texture_every == texture_every - 1:
            stem, text = "texture_weights", texture_weight_shader()
            mutate = mutate_texture_shader if rng.random() < 0.6 else mutate_shader
        else:
            (stem, text), mutate = bases[number % len(bases)], mutate_shader
        kind, damaged = mutate(rng, text)
        files = {"s.glsl": damaged, INPUT_IMAGE: image}
        stem = f"shader/{stem}/{kind}/{number:04d}"
        cases.append(
            FuzzCase(
                "shader",
                f"{stem}/run",
                ["run", "s.glsl", "-i", INPUT_IMAGE, "-o", "o.png"],
                files,
                None,
                ("o.png",),
            )
        )
        if number % lint_every == lint_every - 1:
            cases.append(FuzzCase("shader", f"{stem}/lint", ["lint", "s.glsl"], files))
    return cases


def input_image(width: int = 16, height: int = 12) -> bytes:
    """A gray PNG, 16x12 unless told (``compare`` needs 16 pixels each way after its 2x downscale)."""
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("L", (width, height), bytes(i % 256 for i in range(width * height))).save(
        out, format="PNG"
    )
    return out.getvalue()


# ---- paths and options ----------------------------------------------------------------------------


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda folder: os.mkfifo(folder / name)


def _symlink(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: os.symlink(target, folder / name)


def _hard_link(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: os.link(folder / target, folder / name)


def _folder(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).mkdir()


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        with open(folder / name, "wb") as stream:
            stream.truncate(size)

    return make


def _null_device(name: str) -> Callable[[Path], None]:
    return lambda folder: os.mknod(folder / name, 0o666 | 0o020000, os.makedev(1, 3))


def path_cases() -> list[FuzzCase]:
    """The path, device and option cases (fixed; ``/dev/null``-like devices only as root)."""
    keras = (KERAS_DATA / "c2f8.keras").read_bytes()
    shader = (SHADER_DATA / "luma_doubler.glsl").read_bytes()
    image = input_image()
    large_image = input_image(32, 32)
    long_name = "a" * 245 + ".glsl"
    too_long = "a" * 300 + ".glsl"
    cases = [
        ("fifo-inspect", ["inspect", "p.keras"], {}, _fifo("p.keras"), ()),
        ("fifo-build", ["build", "p.onnx", "-o", "o.glsl"], {}, _fifo("p.onnx"), ()),
        ("fifo-lint", ["lint", "p.glsl"], {}, _fifo("p.glsl"), ()),
        (
            "fifo-run-shader",
            ["run", "p.glsl", "-i", "in.png", "-o", "o.png"],
            {"in.png": image},
            _fifo("p.glsl"),
            (),
        ),
        (
            "fifo-run-image",
            ["run", "s.glsl", "-i", "p.png", "-o", "o.png"],
            {"s.glsl": shader},
            _fifo("p.png"),
            (),
        ),
        ("zero-onnx", ["inspect", "x.onnx"], {}, _symlink("x.onnx", "/dev/zero"), ()),
        ("zero-keras", ["inspect", "x.keras"], {}, _symlink("x.keras", "/dev/zero"), ()),
        ("zero-h5", ["build", "x.h5", "-o", "o.glsl"], {}, _symlink("x.h5", "/dev/zero"), ()),
        ("zero-glsl-lint", ["lint", "x.glsl"], {}, _symlink("x.glsl", "/dev/zero"), ()),
        (
            "zero-glsl-run",
            ["run", "x.glsl", "-i", "in.png", "-o", "o.png"],
            {"in.png": image},
            _symlink("x.glsl", "/dev/zero"),
            (),
        ),
        (
            "zero-png",
            ["run", "s.glsl", "-i", "z.png", "-o", "o.png"],
            {"s.glsl": shader},
            _symlink("z.png", "/dev/zero"),
            (),
        ),
        ("folder-inspect", ["inspect", "d.keras"], {}, _folder("d.keras"), ()),
        ("folder-lint", ["lint", "d.glsl"], {}, _folder("d.glsl"), ()),
        ("missing-input", ["inspect", "nope.keras"], {}, None, ()),
        ("symlink-loop", ["lint", "loop.glsl"], {}, _symlink("loop.glsl", "loop.glsl"), ()),
        ("sparse-glsl", ["lint", "big.glsl"], {}, _sparse("big.glsl", 100 << 20), ()),
        ("sparse-onnx", ["inspect", "big.onnx"], {}, _sparse("big.onnx", 300 << 20), ()),
        ("same-file", ["build", "m.keras", "-o", "m.keras"], {"m.keras": keras}, None, ()),
        (
            "same-file-hard-link",
            ["build", "m.keras", "-o", "h.glsl"],
            {"m.keras": keras},
            _hard_link("h.glsl", "m.keras"),
            (),
        ),
        (
            "same-file-symlink",
            ["build", "m.keras", "-o", "s.glsl"],
            {"m.keras": keras},
            _symlink("s.glsl", "m.keras"),
            (),
        ),
        (
            "same-file-run-image",
            ["run", "s.glsl", "-i", "in.png", "-o", "in.png"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "same-file-run-json",
            ["run", "s.glsl", "-i", "in.png", "-o", "o.png", "--json", "s.glsl"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "output-symlink",
            ["build", "m.keras", "-o", "link.glsl"],
            {"m.keras": keras, "real.glsl": b"old\n"},
            _symlink("link.glsl", "real.glsl"),
            ("real.glsl",),
        ),
        (
            "output-dangling-symlink",
            ["build", "m.keras", "-o", "link.glsl"],
            {"m.keras": keras},
            _symlink("link.glsl", "new.glsl"),
            ("new.glsl",),
        ),
        ("output-fifo", ["build", "m.keras", "-o", "p.glsl"], {"m.keras": keras}, _fifo("p.glsl"), ()),
        ("output-folder", ["build", "m.keras", "-o", "d.glsl"], {"m.keras": keras}, _folder("d.glsl"), ()),
        (
            "output-parent-is-file",
            ["build", "m.keras", "-o", "afile/x.glsl"],
            {"m.keras": keras, "afile": b""},
            None,
            (),
        ),
        ("output-missing-folder", ["build", "m.keras", "-o", "no/x.glsl"], {"m.keras": keras}, None, ()),
        ("output-empty-name", ["build", "m.keras", "-o", ""], {"m.keras": keras}, None, ()),
        ("output-long-name", ["build", "m.keras", "-o", long_name], {"m.keras": keras}, None, (long_name,)),
        ("output-too-long-name", ["build", "m.keras", "-o", too_long], {"m.keras": keras}, None, ()),
        (
            "out-dir-is-file",
            ["build", "m.keras", "--out-dir", "afile"],
            {"m.keras": keras, "afile": b""},
            None,
            (),
        ),
        (
            "run-scale-huge",
            ["run", "s.glsl", "-i", "in.png", "-o", "o.png", "--scale", "1e9"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "run-scale-nan",
            ["run", "s.glsl", "-i", "in.png", "-o", "o.png", "--scale", "nan"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "run-scale-inf",
            ["run", "s.glsl", "-i", "in.png", "-o", "o.png", "--scale", "inf"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "run-size-huge",
            ["run", "s.glsl", "-i", "in.png", "-o", "o.png", "--width", "100000", "--height", "100000"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "run-param-inf",
            ["run", "s.glsl", "-i", "in.png", "-o", "o.png", "--param", "p=1e999"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "inspect-arch-digits",
            ["inspect", "m.weights.h5", "--arch", "C" + "9" * 5000 + "F16"],
            {"m.weights.h5": (KERAS_DATA / "c2f8.weights.h5").read_bytes()},
            None,
            (),
        ),
        ("cost-fifo", ["cost", "--no-gl", "p.glsl"], {}, _fifo("p.glsl"), ()),
        ("cost-zero", ["cost", "--no-gl", "x.glsl"], {}, _symlink("x.glsl", "/dev/zero"), ()),
        ("cost-folder", ["cost", "--no-gl", "d.glsl"], {}, _folder("d.glsl"), ()),
        ("cost-sparse", ["cost", "--no-gl", "big.glsl"], {}, _sparse("big.glsl", 100 << 20), ()),
        ("cost-weights", ["cost", "--no-gl", "m.keras"], {"m.keras": keras}, None, ()),
        ("compare-fifo-image", ["compare", "p.png", "s.glsl"], {"s.glsl": shader}, _fifo("p.png"), ()),
        (
            "compare-fifo-shader",
            ["compare", "in.png", "p.glsl"],
            {"in.png": large_image},
            _fifo("p.glsl"),
            (),
        ),
        (
            "compare-zero-image",
            ["compare", "z.png", "s.glsl"],
            {"s.glsl": shader},
            _symlink("z.png", "/dev/zero"),
            (),
        ),
        (
            "compare-output-fifo",
            ["compare", "in.png", "s.glsl", "-o", "p.png"],
            {"s.glsl": shader, "in.png": large_image},
            _fifo("p.png"),
            (),
        ),
        (
            "compare-same-file-image",
            ["compare", "in.png", "s.glsl", "-o", "in.png"],
            {"s.glsl": shader, "in.png": large_image},
            None,
            (),
        ),
        (
            "compare-same-file-shader",
            ["compare", "in.png", "s.glsl", "-o", "s.glsl"],
            {"s.glsl": shader, "in.png": large_image},
            None,
            (),
        ),
        (
            "compare-same-file-symlink",
            ["compare", "in.png", "s.glsl", "-o", "l.png"],
            {"s.glsl": shader, "in.png": large_image},
            _symlink("l.png", "in.png"),
            (),
        ),
        (
            "compare-crop-outside",
            ["compare", "in.png", "s.glsl", "-o", "o.png", "--crop", "0,0,1000000000,1"],
            {"s.glsl": shader, "in.png": large_image},
            None,
            ("o.png",),
        ),
        (
            "compare-crop-negative",
            ["compare", "in.png", "s.glsl", "-o", "o.png", "--crop", "-4,-4,8,8"],
            {"s.glsl": shader, "in.png": large_image},
            None,
            ("o.png",),
        ),
        ("pth-pickle", ["inspect", "m.pth"], {"m.pth": PICKLE_THAT_WRITES}, None, ()),  # "leftover" if loaded
        (
            "pickle-as-safetensors",
            ["inspect", "m.safetensors"],
            {"m.safetensors": PICKLE_THAT_WRITES},
            None,
            (),
        ),
        (
            "pth-build",
            ["build", "m.pth", "-o", "o.glsl"],
            {"m.pth": (COMPACT_DATA / "README.md").read_bytes()},
            None,
            (),
        ),
        (
            "libplacebo-fifo-shader",
            ["run", "p.glsl", "-i", "in.png", "-o", "o.png", "--engine", "libplacebo"],
            {"in.png": image},
            _fifo("p.glsl"),
            (),
        ),
        (
            "libplacebo-same-file",
            ["run", "s.glsl", "-i", "in.png", "-o", "in.png", "--engine", "libplacebo"],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        (
            "libplacebo-size-huge",
            [
                "run",
                "s.glsl",
                "-i",
                "in.png",
                "-o",
                "o.png",
                "--engine",
                "libplacebo",
                "--width",
                "100000",
                "--height",
                "9",
            ],
            {"s.glsl": shader, "in.png": image},
            None,
            (),
        ),
        ("usage-missing-option", ["run", "s.glsl"], {"s.glsl": shader}, None, ()),
        ("usage-unknown-command", ["nope"], {}, None, ()),
    ]
    if os.geteuid() == 0:  # mknod needs root
        cases.append(
            (
                "output-device",
                ["build", "m.keras", "-o", "null.glsl"],
                {"m.keras": keras},
                _null_device("null.glsl"),
                (),
            )
        )
        cases.append(("input-device", ["lint", "null.glsl"], {}, _null_device("null.glsl"), ()))
    return [
        FuzzCase("path", f"path/{name}", args, files, setup, outputs)
        for name, args, files, setup, outputs in cases
    ]
