"""The one check every input path passes before shadergen opens it, and capped reads.

An input must be a regular file: a FIFO would block the reader forever, a device such as
``/dev/zero`` would feed it without end, a folder cannot be read at all. Each is refused with one
line before anything opens it. Files are opened ``O_NONBLOCK`` and checked again on the open
descriptor, so a FIFO swapped in between the two checks cannot block either; reads stop one byte
past their limit instead of trusting ``st_size``.

Every input that passes is remembered (device and inode), so that the atomic writer can refuse an
output that is the same file as an input, also through a hard link or a symlink.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from .errors import ShadergenError

# (st_dev, st_ino) of every input checked since forget_inputs() -> the absolute paths it was read as.
_INPUTS: dict[tuple[int, int], set[str]] = {}

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words (``a FIFO (named pipe)``...)."""
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def check_input_file(path, what: str = "file") -> os.stat_result:
    """Refuse a missing path or anything but a regular file; remember the file as an input."""
    name = os.fspath(path)
    if not name:
        raise ShadergenError(f"the {what} name is empty")
    try:
        status = os.stat(name)
    except FileNotFoundError:
        raise ShadergenError(f"{name}: cannot read the {what}: no such file") from None
    except OSError as error:
        raise ShadergenError(f"{name}: cannot read the {what} ({error.strerror or error})") from None
    _require_regular(name, status, what)
    _INPUTS.setdefault((status.st_dev, status.st_ino), set()).add(os.path.abspath(name))
    return status


def _require_regular(name: str, status: os.stat_result, what: str) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise ShadergenError(
            f"{name}: cannot read the {what}: it is {file_kind(status.st_mode)}, not a regular file"
        )


def open_input(path, what: str = "file") -> BinaryIO:
    """A binary stream of a checked regular file, opened so that a FIFO can never block it."""
    check_input_file(path, what)
    name = os.fspath(path)
    try:
        descriptor = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise ShadergenError(f"{name}: cannot read the {what} ({error.strerror or error})") from None
    stream = os.fdopen(descriptor, "rb")
    try:
        _require_regular(name, os.fstat(descriptor), what)
    except ShadergenError:
        stream.close()
        raise
    return stream


def read_input_bytes(path, limit: int, what: str = "file") -> bytes:
    """The whole content of a regular file of at most ``limit`` bytes; ShadergenError otherwise."""
    name = os.fspath(path)
    with open_input(path, what) as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise ShadergenError(f"{name}: cannot read the {what} ({error.strerror or error})") from None
    if len(data) > limit:
        raise ShadergenError(f"{name}: the {what} is larger than {limit:,} bytes, shadergen's limit")
    return data


def is_input(status: os.stat_result) -> bool:
    """Whether ``status`` is the file of a checked input (that still is that file: an inode number
    freed by a deleted input and reused by a new file is no match)."""
    key = (status.st_dev, status.st_ino)
    for name in _INPUTS.get(key, ()):
        try:
            current = os.stat(name)
        except OSError:
            continue
        if (current.st_dev, current.st_ino) == key:
            return True
    return False


def forget_inputs() -> None:
    """Start a new command: no file is an input yet."""
    _INPUTS.clear()
