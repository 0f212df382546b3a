"""Read the raw contents of Keras files (config JSON and weight arrays) with zipfile + h5py only.

Three containers:
* Keras 3 ``.keras``: a zip with ``config.json`` and ``model.weights.h5`` whose groups are
  ``layers/<class counter>/vars/<i>`` (named by class counter, not by layer name);
* legacy ``.h5`` (Keras 3 and Keras 2 / tf_keras): ``model_config`` attribute and
  ``model_weights/<layer>/<weight name>`` listed in each group's ``weight_names`` attribute;
* ``.weights.h5``: the Keras 3 weights layout without any architecture.

The functions named ``read_*`` run inside ``isolated.run_isolated`` and return plain data.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import ShadergenError
from ..input_files import open_input
from .isolated import run_isolated

ZIP_MAGIC = b"PK\x03\x04"
HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
# No CNN this project turns into a shader comes near this; a bigger dataset means a hostile file.
MAX_WEIGHT_ELEMENTS = 1 << 26
MAX_CONFIG_BYTES = 16 << 20


@dataclass
class RawKerasFile:
    format: str  # "keras" | "h5" | "weights.h5"
    config: dict | None
    # Keras 3 layouts: group name (class counter) -> (recorded layer name or None, [arrays in var order])
    # legacy .h5: layer name -> (None, [arrays in weight_names order]) and the names in ``weight_names``
    groups: dict[str, tuple[str | None, list[np.ndarray]]] = field(default_factory=dict)
    weight_names: dict[str, list[str]] = field(default_factory=dict)


def read_keras_file(path: Path) -> RawKerasFile:
    magic = _read_magic(path)
    if magic.startswith(ZIP_MAGIC):
        return run_isolated(path, _read_keras_archive, path)
    if magic.startswith(HDF5_MAGIC):
        return run_isolated(path, _read_hdf5_file, path)
    raise ShadergenError(f"{path}: not a Keras model file (neither a .keras zip archive nor HDF5)")


def _read_magic(path: Path) -> bytes:
    try:
        with open_input(path, "weights file") as handle:
            return handle.read(8)
    except OSError as error:
        raise ShadergenError(f"{path}: cannot read the file ({error.strerror})") from None


def _read_keras_archive(path: Path) -> RawKerasFile:
    import h5py

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for required in ("config.json", "model.weights.h5"):
                if required not in names:
                    raise ShadergenError(f"{path}: the .keras archive has no {required}")
            if archive.getinfo("config.json").file_size > MAX_CONFIG_BYTES:
                raise ShadergenError(f"{path}: config.json is implausibly large")
            config_text = archive.read("config.json")
            weights = archive.read("model.weights.h5")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError, ValueError) as error:
        raise ShadergenError(f"{path}: the .keras archive is corrupt ({error})") from None
    config = _parse_json(path, config_text, "config.json")
    if not weights.startswith(HDF5_MAGIC):
        raise ShadergenError(f"{path}: model.weights.h5 inside the archive is not HDF5")
    with h5py.File(io.BytesIO(weights), "r") as handle:
        _refuse_external_links(path, handle)
        groups = _read_layer_groups(path, handle)
    return RawKerasFile("keras", config, groups)


def _read_hdf5_file(path: Path) -> RawKerasFile:
    import h5py

    with h5py.File(path, "r") as handle:
        _refuse_external_links(path, handle)
        if "model_config" in handle.attrs:
            config = _parse_json(path, handle.attrs["model_config"], "model_config")
            if "model_weights" not in handle:
                raise ShadergenError(f"{path}: legacy .h5 file without a model_weights group")
            groups, names = _read_legacy_weights(path, handle["model_weights"])
            return RawKerasFile("h5", config, groups, names)
        if "layers" in handle:
            return RawKerasFile("weights.h5", None, _read_layer_groups(path, handle))
    raise ShadergenError(f"{path}: HDF5 file holds neither a Keras model nor Keras weights")


def _refuse_external_links(path: Path, handle) -> None:
    """An HDF5 external link makes h5py open another file when the link is followed: the weights
    of a shader would come from whatever that file holds (any file on the machine). Every link in
    the file is looked at, without following any, before anything is read."""
    import h5py

    def external(name: str, link):  # a value other than None ends the walk
        return (name, link.filename) if isinstance(link, h5py.ExternalLink) else None

    found = handle.visititems_links(external)
    if found is not None:
        raise ShadergenError(f"{path}: {found[0]} links to another file ({found[1]!r}); "
                             "weights must be stored in the file itself")


def _parse_json(path: Path, text, what: str) -> dict:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    try:
        config = json.loads(str(text))
    except (ValueError, RecursionError) as error:
        raise ShadergenError(f"{path}: {what} is not valid JSON ({error})") from None
    if not isinstance(config, dict):
        raise ShadergenError(f"{path}: {what} is not a JSON object")
    return config


def _read_layer_groups(path: Path, handle) -> dict[str, tuple[str | None, list[np.ndarray]]]:
    import h5py

    layers = handle.get("layers")
    if not isinstance(layers, h5py.Group):
        raise ShadergenError(f"{path}: the weights have no 'layers' group")
    groups: dict[str, tuple[str | None, list[np.ndarray]]] = {}
    for group_name in layers:
        variables = layers[group_name].get("vars") if isinstance(layers[group_name], h5py.Group) else None
        if not isinstance(variables, h5py.Group):
            continue
        recorded = variables.attrs.get("name")
        if isinstance(recorded, bytes):
            recorded = recorded.decode("utf-8", errors="replace")
        keys = sorted((key for key in variables if key.isdigit()), key=int)
        arrays = [_read_dataset(path, variables[key], f"layers/{group_name}/vars/{key}") for key in keys]
        groups[group_name] = (str(recorded) if recorded is not None else None, arrays)
    return groups


def _read_legacy_weights(path: Path, model_weights):
    import h5py

    groups: dict[str, tuple[str | None, list[np.ndarray]]] = {}
    names: dict[str, list[str]] = {}
    for layer_name in model_weights:
        group = model_weights[layer_name]
        if not isinstance(group, h5py.Group):
            continue
        weight_names = [
            name.decode("utf-8", errors="replace") if isinstance(name, bytes) else str(name)
            for name in np.atleast_1d(group.attrs.get("weight_names", []))
        ]
        arrays = []
        for weight_name in weight_names:
            if weight_name not in group:
                raise ShadergenError(f"{path}: layer {layer_name} lists weight {weight_name} but lacks it")
            arrays.append(
                _read_dataset(path, group[weight_name], f"model_weights/{layer_name}/{weight_name}")
            )
        groups[layer_name] = (None, arrays)
        names[layer_name] = weight_names
    return groups, names


def _read_dataset(path: Path, dataset, where: str) -> np.ndarray:
    import h5py

    if not isinstance(dataset, h5py.Dataset):
        raise ShadergenError(f"{path}: {where} is not a dataset")
    # External storage and virtual datasets take their bytes from other files (any file on the
    # machine, a FIFO...): only data stored in this file is read.
    if dataset.external or dataset.is_virtual:
        kind = "external storage" if dataset.external else "a virtual dataset"
        raise ShadergenError(f"{path}: {where} is {kind} (its data lives in another file); "
                             "weights must be stored in the file itself")
    # Check the structure before touching the data: hostile files declare absurd shapes or types.
    if dataset.dtype.kind != "f" or dataset.dtype.itemsize not in (2, 4, 8):
        raise ShadergenError(f"{path}: {where} has dtype {dataset.dtype}, expected floating point")
    if dataset.size > MAX_WEIGHT_ELEMENTS or len(dataset.shape) > 4:
        raise ShadergenError(f"{path}: {where} has implausible shape {dataset.shape}")
    return np.asarray(dataset[()], dtype=np.float32)
