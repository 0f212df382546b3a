"""Writing generated files: all or nothing, so an error never leaves a partial shader behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import ShadergenError


def write_text_atomically(path, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` newlines) to a temporary file beside ``path``, then rename."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ShadergenError(f"{path}: folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ShadergenError(f"{path}: cannot write ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ShadergenError(f"{path}: cannot write ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
