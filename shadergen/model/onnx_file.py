"""Read an ONNX file into plain data (node list, constant arrays, input/output descriptions).

Only this module touches the ``onnx`` package and the protobuf bytes. ``read_onnx_file`` runs the
parse in a child process (``isolated.run_isolated``), so a hostile file can at worst kill that
child, and it returns plain picklable data that ``onnx_graph.py`` turns into the network IR.
External tensor data is refused rather than followed: it would let a model file make us read any
file on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import ShadergenError
from ..input_files import check_input_file, read_input_bytes
from .isolated import run_isolated

INSTALL_HINT = "pip install 'shadergen[onnx]'"
# Protobuf itself refuses messages over 2 GiB; no model this project turns into a shader comes near
# a tenth of that (ArtCNN's largest ONNX files are a few MB), so a bigger file is not a shader model.
MAX_FILE_BYTES = 256 << 20
# Same bound as the Keras reader: a tensor declaring more elements than this is a hostile file.
MAX_TENSOR_ELEMENTS = 1 << 26
# The ONNX operator set of the default domain is imported under either name.
DEFAULT_DOMAINS = ("", "ai.onnx")
# TensorProto.DataType codes (onnx.proto) this reader converts to numpy; everything else is refused.
FLOAT_TYPES = {1: "float32", 10: "float16", 11: "float64", 16: "bfloat16"}
INTEGER_TYPES = {6: "int32", 7: "int64"}


@dataclass(frozen=True)
class OnnxTensorInfo:
    """A graph input or output: its name, element type code and dims (int, symbolic name or None)."""

    name: str
    elem_type: int | None
    dims: tuple[int | str | None, ...] | None  # None: the file gives no shape at all


@dataclass(frozen=True)
class OnnxNode:
    index: int
    op_type: str
    domain: str
    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    # Attribute values as plain data: int, float, str, lists of those, np.ndarray for tensors, or
    # an ``UnreadableAttribute`` for kinds no supported op uses (graphs, sparse tensors, types).
    attributes: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How messages name the node: its own name, or its position when the exporter gave none."""
        return repr(self.name) if self.name else f"#{self.index}"


@dataclass(frozen=True)
class UnreadableAttribute:
    kind: str


@dataclass(frozen=True)
class RawOnnxModel:
    opset: int  # version of the default-domain operator set
    producer: str
    inputs: tuple[OnnxTensorInfo, ...]  # graph inputs that are not initialisers
    outputs: tuple[str, ...]
    initializers: dict[str, np.ndarray]
    nodes: tuple[OnnxNode, ...]


def read_onnx_file(path: Path) -> RawOnnxModel:
    check_input_file(path, "ONNX model file")
    return run_isolated(path, _parse_onnx_file, path)


def _parse_onnx_file(path: Path) -> RawOnnxModel:
    try:
        import onnx
        from google.protobuf.message import DecodeError
    except ImportError:
        raise ShadergenError(f"{path}: reading ONNX models needs the onnx package ({INSTALL_HINT})") from None
    data = read_input_bytes(path, MAX_FILE_BYTES, "ONNX model file")
    model = onnx.ModelProto()
    try:
        model.ParseFromString(data)
    except (DecodeError, RuntimeError, ValueError) as error:
        raise ShadergenError(f"{path}: not a valid ONNX file (protobuf decoding failed: {error})") from None
    # Arbitrary bytes sometimes decode as a protobuf message made of unknown fields only.
    if not model.HasField("graph") or not model.graph.node or model.ir_version <= 0:
        raise ShadergenError(f"{path}: not an ONNX model (no graph with nodes and no IR version)")
    return _plain_model(path, model)


def _plain_model(path: Path, model) -> RawOnnxModel:
    graph = model.graph
    opsets = {text(entry.domain): entry.version for entry in model.opset_import}
    opset = next((opsets[domain] for domain in DEFAULT_DOMAINS if domain in opsets), None)
    if opset is None:
        raise ShadergenError(f"{path}: the model imports no version of the standard ONNX operator set")
    if len(graph.sparse_initializer):
        raise ShadergenError(f"{path}: sparse initialisers are not supported")
    initializers = {}
    for tensor in graph.initializer:
        name = text(tensor.name)
        if name in initializers:
            raise ShadergenError(f"{path}: initialiser {name!r} is defined twice")
        initializers[name] = tensor_to_array(path, tensor, f"initialiser {name!r}")
    # Older exporters (IR version < 4) also list every initialiser as a graph input; like
    # onnxruntime, treat those as constants with a default, not as inputs the caller feeds.
    inputs = tuple(info for info in map(_tensor_info, graph.input) if info.name not in initializers)
    nodes = tuple(_plain_node(path, index, node) for index, node in enumerate(graph.node))
    return RawOnnxModel(
        opset=int(opset),
        producer=f"{text(model.producer_name)} {text(model.producer_version)}".strip(),
        inputs=inputs,
        outputs=tuple(text(entry.name) for entry in graph.output),
        initializers=initializers,
        nodes=nodes,
    )


def text(value) -> str:
    """A protobuf string field as str: ONNX's proto2 strings come back as bytes when not valid UTF-8."""
    return value.decode("utf-8", errors="replace") if isinstance(value, bytes) else str(value)


def _tensor_info(value_info) -> OnnxTensorInfo:
    name = text(value_info.name)
    if not value_info.type.HasField("tensor_type"):
        return OnnxTensorInfo(name, None, None)
    tensor_type = value_info.type.tensor_type
    if not tensor_type.HasField("shape"):
        return OnnxTensorInfo(name, tensor_type.elem_type, None)
    dims = []
    for dim in tensor_type.shape.dim:
        if dim.HasField("dim_value"):
            dims.append(int(dim.dim_value))
        elif dim.HasField("dim_param"):
            dims.append(text(dim.dim_param))
        else:
            dims.append(None)
    return OnnxTensorInfo(name, tensor_type.elem_type, tuple(dims))


def _plain_node(path: Path, index: int, node) -> OnnxNode:
    name = text(node.name)
    where = f"node {name!r}" if name else f"node #{index}"
    attributes = {}
    for attribute in node.attribute:
        key = text(attribute.name)
        attributes[key] = _attribute_value(path, attribute, f"{where} attribute {key}")
    return OnnxNode(
        index=index,
        op_type=text(node.op_type),
        domain=text(node.domain),
        name=name,
        inputs=tuple(text(value) for value in node.input),
        outputs=tuple(text(value) for value in node.output),
        attributes=attributes,
    )


def _attribute_value(path: Path, attribute, where: str):
    from onnx import AttributeProto

    kind = attribute.type
    if kind == AttributeProto.INT:
        return int(attribute.i)
    if kind == AttributeProto.FLOAT:
        return float(attribute.f)
    if kind == AttributeProto.STRING:
        return attribute.s.decode("utf-8", errors="replace")
    if kind == AttributeProto.INTS:
        return [int(value) for value in attribute.ints]
    if kind == AttributeProto.FLOATS:
        return [float(value) for value in attribute.floats]
    if kind == AttributeProto.STRINGS:
        return [value.decode("utf-8", errors="replace") for value in attribute.strings]
    if kind == AttributeProto.TENSOR:
        return tensor_to_array(path, attribute.t, where)
    return UnreadableAttribute(AttributeProto.AttributeType.Name(kind) if kind else "UNDEFINED")


def tensor_to_array(path: Path, tensor, where: str) -> np.ndarray:
    """A TensorProto as a float32 or int64 array, after checking what it declares."""
    from onnx import TensorProto, numpy_helper

    if tensor.data_location == TensorProto.EXTERNAL or len(tensor.external_data):
        raise ShadergenError(f"{path}: {where} keeps its data in an external file, which is not supported")
    if tensor.data_type in FLOAT_TYPES:
        dtype = np.float32
    elif tensor.data_type in INTEGER_TYPES:
        dtype = np.int64
    else:
        raise ShadergenError(f"{path}: {where} has element type {tensor.data_type}, expected float or int")
    dims = [int(dim) for dim in tensor.dims]
    if any(dim < 0 for dim in dims) or int(np.prod(dims, dtype=np.float64)) > MAX_TENSOR_ELEMENTS:
        raise ShadergenError(f"{path}: {where} has implausible shape {tuple(dims)}")
    try:
        array = numpy_helper.to_array(tensor)
    except (ValueError, TypeError, RuntimeError) as error:
        raise ShadergenError(f"{path}: {where} is corrupt ({' '.join(str(error).split())[:200]})") from None
    if array.shape != tuple(dims):
        raise ShadergenError(f"{path}: {where} holds {array.size} values but declares shape {tuple(dims)}")
    return np.asarray(array, dtype=dtype)
