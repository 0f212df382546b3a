"""One entry point for every weights format: ``load_model(path)`` → the network IR."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ShadergenError
from ..input_files import check_input_file
from .arch import Architecture, arch_config, parse_arch
from .compact import compact_network
from .ir import Network
from .isolated import run_isolated
from .keras_files import RawKerasFile, read_keras_file
from .keras_graph import build_network
from .safetensors_file import read_safetensors, refuse_pickle

CONV_GROUP = re.compile(r"^conv2d(?:_(\d+))?$")


@dataclass(frozen=True)
class LoadedModel:
    network: Network
    format: str  # "keras" | "h5" | "weights.h5" | "onnx" | "safetensors"
    path: Path


def model_name_of(path: Path) -> str:
    name = path.name
    for suffix in (".weights.h5", ".keras", ".h5", ".onnx", ".safetensors"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def load_model(path, arch: str | None = None, act: str = "relu") -> LoadedModel:
    """Read and convert a weights file in an isolated child process (isolated.py): a hostile file
    can make neither the reader nor the graph conversion crash, hang or raise past one error line."""
    path = Path(path)
    architecture = parse_arch(arch, act) if arch else None
    check_input_file(path, "weights file")  # here, so that no output may replace it
    return run_isolated(path, _load, path, architecture)


def _load(path: Path, architecture: Architecture | None) -> LoadedModel:
    if path.suffix.lower() == ".onnx":
        from .onnx_graph import read_onnx_network

        network = read_onnx_network(path, model_name_of(path))
        return LoadedModel(_checked(path, network, architecture), "onnx", path)
    if path.suffix.lower() == ".safetensors":
        # Built in the reader's child process too: a malformed state dict fails there, in one line.
        network = read_safetensors(path, compact_network, model_name_of(path))
        return LoadedModel(_checked(path, network, architecture), "safetensors", path)
    refuse_pickle(path)
    raw = read_keras_file(path)
    if raw.format == "weights.h5":
        if architecture is None:
            raise ShadergenError(
                f"{path}: a .weights.h5 file holds no architecture; name it with --arch (e.g. --arch C4F16)"
            )
        network = build_network(path, raw, model_name_of(path), _weights_only_config(path, raw, architecture))
        return LoadedModel(network, raw.format, path)
    network = build_network(path, raw, model_name_of(path))
    return LoadedModel(_checked(path, network, architecture), raw.format, path)


def _weights_only_config(path: Path, raw: RawKerasFile, architecture: Architecture) -> dict:
    convs = sorted(
        (int(match.group(1) or 0), arrays)
        for name, (_, arrays) in raw.groups.items()
        if (match := CONV_GROUP.match(name))
    )
    if len(convs) != architecture.conv_count:
        raise ShadergenError(
            f"{path}: --arch {architecture.name} needs {architecture.conv_count} convolutions "
            f"but the file holds {len(convs)}"
        )
    first, last = convs[0][1], convs[-1][1]
    if not first or first[0].ndim != 4 or not last or last[0].ndim != 4:
        raise ShadergenError(f"{path}: the convolution weights are not 4-D kernels")
    return arch_config(architecture, first[0].shape[2], last[0].shape[3], first[0].shape[0])


def _checked(path: Path, network: Network, architecture: Architecture | None) -> Network:
    """With --arch on a file that carries its own graph, insist that the two agree."""
    if architecture is None:
        return network
    convs = network.convolutions
    inner = [conv.out_channels for conv in convs[:-1]]
    if len(convs) != architecture.conv_count or set(inner) != {architecture.filters}:
        raise ShadergenError(
            f"{path}: --arch {architecture.name} does not match the file "
            f"({len(convs)} convolutions with {sorted(set(inner))} filters)"
        )
    return network
