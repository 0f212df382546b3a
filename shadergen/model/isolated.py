"""Run a file reader in a forked child process, so hostile bytes cannot crash shadergen itself.

The HDF5 C library can abort or segfault on crafted files (the h5py test suite and fuzzing both
show it). Reading in a child turns such a crash into a clean ``ShadergenError``.
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import signal
import sys
import traceback

from ..errors import ShadergenError


def run_isolated(path, reader, *args):
    """Return ``reader(*args)`` computed in a child process; errors come back as ShadergenError."""
    if not hasattr(os, "fork"):  # pragma: no cover - Windows: no isolation, read in-process
        return reader(*args)
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child: never returns
        faulthandler.disable()  # a crash here is expected and reported by the parent, not dumped
        os.close(read_fd)
        code = 0
        try:
            outcome = ("ok", reader(*args))
        except ShadergenError as error:
            outcome = ("error", str(error))
        except Exception as error:  # noqa: BLE001 - any failure of a hostile file is reported
            outcome = ("error", f"{path}: cannot read the file ({_describe(error)})")
        try:
            with os.fdopen(write_fd, "wb") as pipe:
                pickle.dump(outcome, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001
            code = 1
        os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not payload:
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            raise ShadergenError(f"{path}: the file is corrupt (the HDF5 library crashed with {name})")
        raise ShadergenError(f"{path}: the file is corrupt (its reader exited with status {status})")
    kind, value = pickle.loads(payload)
    if kind == "error":
        raise ShadergenError(value)
    return value


def _describe(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    if os.environ.get("SHADERGEN_DEBUG"):
        traceback.print_exc()
    return text[:200]
