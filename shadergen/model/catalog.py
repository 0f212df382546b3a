"""The catalog of shipped weights (``weights/catalog.json``): what ``release`` turns into ``dist/``.

An entry is recognised by content: ``weights_sha256`` is the ``weights_digest`` of its network, so a
retrained file saved under a catalog file's name is not mistaken for the shipped model.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ShadergenError
from ..resources import weights_dir
from .ir import Conv2D, Network

CATALOG_FILE = "catalog.json"
REQUIRED_KEYS = ("name", "file", "licence", "description", "weights_sha256")


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    path: Path
    licence: str
    description: str
    weights_sha256: str
    licence_file: Path | None = None

    @property
    def licence_text(self) -> str | None:
        return self.licence_file.read_text(encoding="utf-8") if self.licence_file else None


def load_catalog(folder: Path | None = None) -> list[CatalogEntry]:
    folder = Path(folder) if folder else weights_dir()
    path = folder / CATALOG_FILE
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ShadergenError(f"{path}: cannot read the weights catalog ({error})") from None
    catalog = []
    for entry in entries:
        missing = [key for key in REQUIRED_KEYS if key not in entry]
        if missing:
            raise ShadergenError(f"{path}: entry {entry.get('name', '?')} lacks {', '.join(missing)}")
        licence_file = folder / entry["licence_file"] if entry.get("licence_file") else None
        catalog.append(
            CatalogEntry(entry["name"], folder / entry["file"], entry["licence"], entry["description"],
                         entry["weights_sha256"], licence_file)
        )
    return catalog


def weights_digest(network: Network) -> str:
    """SHA-256 of what the network computes, names left out: each node's kind, and a convolution's
    float32 kernel and bias and its activation (a file format or layer names do not change it)."""
    digest = hashlib.sha256()
    for node in network.nodes:
        digest.update(type(node).__name__.encode())
        if isinstance(node, Conv2D):
            for array in (node.kernel, node.bias):
                digest.update(repr(array.shape).encode() + array.astype("<f4").tobytes())
        activation = getattr(node, "activation", None)
        if activation is not None:
            digest.update(repr(activation).encode())
    return digest.hexdigest()


def catalog_entry_for(network: Network) -> CatalogEntry | None:
    """The catalog entry whose weights are ``network``'s (by ``weights_digest``), if any."""
    try:
        catalog = load_catalog()
    except ShadergenError:
        return None
    digest = weights_digest(network)
    return next((entry for entry in catalog if entry.weights_sha256 == digest), None)
