"""The catalog of shipped weights (``weights/catalog.json``): what ``release`` turns into ``dist/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ShadergenError
from ..resources import weights_dir

CATALOG_FILE = "catalog.json"
REQUIRED_KEYS = ("name", "file", "licence", "description")


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    path: Path
    licence: str
    description: str
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
            CatalogEntry(
                entry["name"], folder / entry["file"], entry["licence"], entry["description"], licence_file
            )
        )
    return catalog


def catalog_entry_for(weights_path: Path) -> CatalogEntry | None:
    """The catalog entry whose file is ``weights_path`` (same file name), if any."""
    try:
        catalog = load_catalog()
    except ShadergenError:
        return None
    name = Path(weights_path).name
    return next((entry for entry in catalog if entry.path.name == name), None)
