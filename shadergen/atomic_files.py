"""Writing output files all or nothing: a temporary file beside the target, then a rename.

Every file shadergen writes (shaders, images, reports) goes through here, so an error or an
interruption never leaves a partial file behind, and one set of rules guards every output:

* an empty name, an existing folder, FIFO or device, and a file that is also an input of this run
  (same device and inode: through hard links and symlinks too) are refused with one line;
* a symlink is written through: its real target is replaced, the link stays;
* a parent that is missing or is not a folder is named;
* the temporary name is short (``.sg-XXXXXXXX.tmp`` plus the suffix), so any name the file
  system allows for the target also works while writing it.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import ShadergenError
from .input_files import file_kind, is_input

# Writers that choose a format by extension (Pillow, numpy) see the real suffix; longer "suffixes"
# are not extensions and would only lengthen the temporary name.
MAX_KEPT_SUFFIX = 8
TEMPORARY_PREFIX = ".sg-"
# mkstemp's 8 random characters between the prefix and ".tmp", then the output's own suffix (a dot
# and any characters but a dot or a slash: Path.suffix), matched whole (re.fullmatch)
TEMPORARY_NAME = re.compile(
    rf"{re.escape(TEMPORARY_PREFIX)}\w{{8}}\.tmp(\.[^/.]{{1,{MAX_KEPT_SUFFIX - 1}}})?", re.DOTALL)


def output_target(path) -> Path:
    """The file a write to ``path`` replaces (symlinks resolved); ShadergenError if it must not be written."""
    name = os.fspath(path)
    if not name:
        raise ShadergenError("the output file name is empty")
    target = Path(os.path.realpath(name)) if os.path.islink(name) else Path(name)
    try:
        status = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        status = None
    except OSError as error:
        raise ShadergenError(f"{name}: cannot write ({error.strerror or error})") from None
    if status is not None:
        if not stat.S_ISREG(status.st_mode):
            raise ShadergenError(f"{name}: is {file_kind(status.st_mode)}; refusing to replace it")
        if is_input(status):
            raise ShadergenError(f"{name}: is also an input of this command; refusing to overwrite it")
    _check_folder(name, target.parent if str(target.parent) else Path("."))
    return target


def _check_folder(name: str, folder: Path) -> None:
    if folder.is_dir():
        return
    existing = next((p for p in (folder, *folder.parents) if os.path.lexists(p)), None)
    if existing is not None and not existing.is_dir():
        raise ShadergenError(f"{name}: {existing} is not a folder")
    raise ShadergenError(f"{name}: the output folder {folder} does not exist")


def write_atomically(path, write: Callable[[str], None]) -> Path:
    """Call ``write(temporary_path)``, then rename the temporary file onto ``path``'s real target.

    Returns ``path`` as given (a symlink stays a symlink to the new content).
    """
    target = output_target(path)
    suffix = target.suffix if len(target.suffix) <= MAX_KEPT_SUFFIX else ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=f".tmp{suffix}",
                                             dir=target.parent)
    except OSError as error:
        raise ShadergenError(f"{path}: cannot write ({error.strerror})") from None
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o644)
        output_target(path)  # nothing turned the target into an input, a folder or a device meanwhile
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ShadergenError(f"{path}: cannot write ({error.strerror or error})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(path)


def write_text_atomically(path, text: str) -> Path:
    """Write ``text`` as UTF-8 with ``\\n`` newlines, all or nothing."""

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)

    return write_atomically(path, write)


def remove_leftovers(folders, since: float) -> None:
    """Remove the temporary files write_atomically left in ``folders`` (modified at ``since`` or
    later): a process killed by a signal while it wrote an output (driver_guard.py) cannot."""
    for folder in {os.path.realpath(f) for f in folders}:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if TEMPORARY_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False) \
                        and entry.stat(follow_symlinks=False).st_mtime >= since:
                    os.unlink(entry.path)
            except OSError:
                continue
