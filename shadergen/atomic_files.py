"""Writing output files all or nothing: a temporary file beside the target, then a rename.

Every file shadergen writes (shaders, images, reports) goes through here, so an error or an
interruption never leaves a partial file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import ShadergenError


def write_atomically(path, write: Callable[[str], None]) -> Path:
    """Call ``write(temporary_path)``, then rename the temporary file to ``path``.

    The temporary file keeps ``path``'s suffix, so writers that choose a format by extension
    (Pillow, numpy) see the real one.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ShadergenError(f"{path}: folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=folder)
    except OSError as error:
        raise ShadergenError(f"{path}: cannot write ({error.strerror})") from None
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ShadergenError(f"{path}: cannot write ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_text_atomically(path, text: str) -> Path:
    """Write ``text`` as UTF-8 with ``\\n`` newlines, all or nothing."""

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)

    return write_atomically(path, write)
