"""Read a safetensors file into plain numpy arrays, validating every byte the header points at.

The format (huggingface/safetensors, docs): an 8-byte little-endian header length N, N bytes of
JSON (one object: per tensor ``dtype``, ``shape`` and ``data_offsets`` [begin, end) relative to the
data after the header; optionally ``__metadata__``, strings to strings), then the raw little-endian
data. The format is small enough to read by hand, and a hand reader can be as strict as the
reference implementation: the tensors must tile the data exactly (no overlap, no hole, nothing
past the end), each one's byte count must match its dtype and shape, and keys may not repeat.
Anything else is a one-line ShadergenError. The read runs in a child process like the other
formats (``isolated.run_isolated``).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from ..errors import ShadergenError
from .isolated import run_isolated

# A compact model's header is about 100 bytes per tensor; 1 MiB allows ~10 000 tensors, far more than
# any model a shader can hold, and bounds what json.loads is handed (the reference reader's cap is
# 100 MB).
MAX_HEADER_BYTES = 1 << 20
# The header's structure is two levels of objects plus the shape/offset lists: depth 3. Anything
# deeper is refused before parsing (a JSON nesting bomb).
MAX_JSON_DEPTH = 3
# Same bound as the Keras and ONNX readers: more elements than this is not a shader model.
MAX_TENSOR_ELEMENTS = 1 << 26
# safetensors dtype names this reader converts to float32; integer or boolean tensors are no weights.
FLOAT_DTYPES = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "BF16": "<u2"}
METADATA_KEY = "__metadata__"
PICKLE_SUFFIXES = (".pth", ".pt", ".ckpt", ".bin")


def refuse_pickle(path: Path) -> None:
    """PyTorch checkpoints are pickles: loading one runs code from the file. Never read them."""
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise ShadergenError(
            f"{path}: a PyTorch checkpoint ({path.suffix}) is a pickle, which shadergen never loads; "
            "convert it to .safetensors first (e.g. chaiNNer, or safetensors.torch.save_file)"
        )


def read_safetensors(path: Path, build=None, *args):
    """The tensors of ``path`` as float32 arrays, in file order, or ``build(path, tensors, *args)``
    of them: read (and built) in a child process; a ShadergenError for any defect."""
    if not path.exists():
        raise ShadergenError(f"{path}: no such file")
    if path.is_dir():
        raise ShadergenError(f"{path}: is a directory, expected a .safetensors file")
    return run_isolated(path, _read_and_build, path, build, args)


def _read_and_build(path: Path, build, args: tuple):
    tensors = read_tensors(path)
    return tensors if build is None else build(path, tensors, *args)


def read_tensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of ``path``, read in this process (``read_safetensors`` isolates it)."""
    data = path.read_bytes()
    if len(data) < 8:
        raise ShadergenError(f"{path}: not a safetensors file (shorter than its 8-byte header length)")
    length = int.from_bytes(data[:8], "little")
    if length > MAX_HEADER_BYTES:
        raise ShadergenError(f"{path}: the header claims {length} bytes (at most {MAX_HEADER_BYTES} allowed)")
    if 8 + length > len(data):
        raise ShadergenError(f"{path}: the header length {length} runs past the end of the file "
                             f"({len(data)} bytes)")
    header = _parse_header(path, data[8:8 + length])
    payload = memoryview(data)[8 + length:]
    entries = []
    for key, info in header.items():
        if key == METADATA_KEY:
            if not isinstance(info, dict) or not all(isinstance(v, str) for v in info.values()):
                raise ShadergenError(f"{path}: {METADATA_KEY} must map strings to strings")
            continue
        entries.append((key, *_entry(path, key, info)))
    for key, begin, end, _, _ in entries:
        if end > len(payload):
            raise ShadergenError(f"{path}: tensor {key[:80]!r} at bytes {begin}..{end} runs past the end of "
                                 f"the data ({len(payload)} bytes)")
    expected = 0
    for key, begin, end, _, _ in sorted(entries, key=lambda entry: (entry[1], entry[2])):
        if begin != expected:
            problem = "overlaps the tensor before it" if begin < expected else "leaves a gap before it"
            raise ShadergenError(f"{path}: tensor {key!r} at bytes {begin}..{end} {problem}")
        expected = end
    if expected != len(payload):
        raise ShadergenError(f"{path}: the tensors cover {expected} bytes of data but the file holds "
                             f"{len(payload)}")
    tensors = {}
    for key, begin, end, dtype, shape in entries:
        raw = np.frombuffer(payload[begin:end], dtype=np.dtype(FLOAT_DTYPES[dtype]))
        values = (raw.astype(np.uint32) << 16).view(np.float32) if dtype == "BF16" else raw
        array = values.astype(np.float32).reshape(shape)
        if not np.all(np.isfinite(array)):
            raise ShadergenError(f"{path}: tensor {key!r} contains NaN or Inf values")
        tensors[key] = array
    return tensors


def _parse_header(path: Path, raw: bytes) -> dict:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ShadergenError(f"{path}: the header is not UTF-8 text") from None
    depth = _json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise ShadergenError(f"{path}: the header nests {depth} levels deep (a safetensors header has "
                             f"{MAX_JSON_DEPTH})")

    def unique(pairs):
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            repeated = next(key for key in keys if keys.count(key) > 1)
            raise ShadergenError(f"{path}: the header names {repeated[:80]!r} twice")
        return dict(pairs)

    try:
        header = json.loads(text, object_pairs_hook=unique)
    except ValueError as error:  # json.JSONDecodeError, or a number too long to convert
        raise ShadergenError(f"{path}: the header is not valid JSON ({str(error)[:120]})") from None
    if not isinstance(header, dict):
        raise ShadergenError(f"{path}: the header is not a JSON object")
    return header


def _json_depth(text: str) -> int:
    """The deepest nesting of objects and arrays in ``text`` (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    break
        elif char in "]}":
            depth -= 1
    return deepest


def _entry(path: Path, key: str, info) -> tuple[int, int, str, tuple[int, ...]]:
    """(begin, end, dtype, shape) of one tensor entry, checked against each other."""
    name = repr(key[:80])
    if not isinstance(info, dict) or set(info) != {"dtype", "shape", "data_offsets"}:
        raise ShadergenError(f"{path}: tensor {name} must have exactly dtype, shape and data_offsets")
    dtype, shape, offsets = info["dtype"], info["shape"], info["data_offsets"]
    if dtype not in FLOAT_DTYPES:
        raise ShadergenError(f"{path}: tensor {name} has dtype {str(dtype)[:20]!r}; weights must be one of "
                             f"{', '.join(FLOAT_DTYPES)}")
    if not isinstance(shape, list) or not all(_is_count(dim) for dim in shape):
        raise ShadergenError(f"{path}: tensor {name} has a malformed shape")
    if not isinstance(offsets, list) or len(offsets) != 2 or not all(_is_count(v) for v in offsets):
        raise ShadergenError(f"{path}: tensor {name} has malformed data_offsets")
    elements = math.prod(shape)
    if elements > MAX_TENSOR_ELEMENTS:
        raise ShadergenError(f"{path}: tensor {name} declares {elements} elements (at most "
                             f"{MAX_TENSOR_ELEMENTS})")
    begin, end = offsets
    size = elements * np.dtype(FLOAT_DTYPES[dtype]).itemsize
    if end < begin or end - begin != size:
        raise ShadergenError(f"{path}: tensor {name} spans bytes {begin}..{end} but its dtype and shape "
                             f"need {size}")
    return begin, end, dtype, tuple(shape)


def _is_count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def safetensors_bytes(tensors: dict[str, np.ndarray]) -> bytes:
    """A safetensors file holding ``tensors`` as F32, in order (for tests and benchmarks)."""
    header, chunks, offset = {}, [], 0
    for key, array in tensors.items():
        data = np.ascontiguousarray(array, dtype="<f4").tobytes()
        header[key] = {"dtype": "F32", "shape": list(np.shape(array)),
                       "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    return len(text).to_bytes(8, "little") + text + b"".join(chunks)
