"""Run a file reader in a forked child process, so hostile bytes cannot crash or hang shadergen.

The HDF5 C library can abort or segfault on crafted files (the h5py test suite and fuzzing both
show it), and a damaged file can make a reader loop or allocate without end. The child runs under
a CPU-time limit and an address-space limit (``READ_SECONDS``, ``READ_MEMORY_BYTES`` beyond what it
inherits), and the parent waits at most ``READ_SECONDS`` of wall time before it kills the child.
Each outcome becomes one clean ``ShadergenError``.
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import select
import signal
import sys
import time
import traceback

from ..errors import ShadergenError

# Reading a weights file that shadergen can turn into a shader takes well under a second; the
# acceptance bound for a hostile file is 30 s and 1 GiB.
READ_SECONDS = 20
READ_MEMORY_BYTES = 1 << 30


_in_child = False  # True in a reader's child: a nested run_isolated reads in place


def run_isolated(path, reader, *args):
    """Return ``reader(*args)`` computed in a child process; errors come back as ShadergenError."""
    global _in_child
    if _in_child or not hasattr(os, "fork"):  # Windows: no isolation, read in-process
        return reader(*args)
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child: never returns
        _in_child = True
        faulthandler.disable()  # a crash here is expected and reported by the parent, not dumped
        os.close(read_fd)
        code = 0
        try:
            _limit_child()
            outcome = ("ok", reader(*args))
        except MemoryError:
            outcome = ("error", f"{path}: the file is corrupt or hostile (reading it needs more than "
                                f"{READ_MEMORY_BYTES >> 20} MiB)")
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
    payload, finished = _read_until(read_fd, time.monotonic() + READ_SECONDS)
    if not finished:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if not finished or (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU):
        raise ShadergenError(
            f"{path}: the file is corrupt or hostile (reading it took longer than {READ_SECONDS} s)"
        )
    if not payload:
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            raise ShadergenError(f"{path}: the file is corrupt (the HDF5 library crashed with {name})")
        raise ShadergenError(f"{path}: the file is corrupt (its reader exited with status {status})")
    kind, value = pickle.loads(payload)
    if kind == "error":
        raise ShadergenError(value)
    return value


def _limit_child() -> None:
    """Limit this (child) process: READ_SECONDS of CPU, and READ_MEMORY_BYTES of address space
    beyond the mappings it inherited (numpy and h5py alone map hundreds of MiB)."""
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (READ_SECONDS, READ_SECONDS + 1))
    try:
        with open("/proc/self/statm", "rb") as statm:
            inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - no procfs: the wall-time limit still holds
        return
    limit = inherited + READ_MEMORY_BYTES
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _read_until(descriptor: int, deadline: float) -> tuple[bytes, bool]:
    """Everything written to the pipe until it closes, and whether it closed before ``deadline``."""
    chunks = []
    with os.fdopen(descriptor, "rb", buffering=0) as pipe:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([pipe], [], [], remaining)[0]:
                return b"".join(chunks), False
            chunk = pipe.read(1 << 20)
            if not chunk:
                return b"".join(chunks), True
            chunks.append(chunk)


def _describe(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    if os.environ.get("SHADERGEN_DEBUG"):
        traceback.print_exc()
    return text[:200]
