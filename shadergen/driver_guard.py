"""Commands that hand shaders to an OpenGL driver run in a child process, so a driver crash is one line.

Mesa compiles GLSL inside the process that asks for it, and its compiler can be crashed by a
shader (a fuzz run of 2026-12-05: SIGSEGV on an 853-byte file of nested ``#define`` lines and on
a 1.2 MB expression, in ``run``, ``bench``, ``verify``, ``compare`` and ``cost``). No check of the
text can rule that out, so ``shadergen``'s entry point runs those commands in a forked child and
waits: the child's exit code becomes the command's, and a child killed by a crash signal becomes
one line naming the files on the command line and the signal, exit 2 (so does SIGKILL, which is
how the kernel ends a process that took all the memory).

The parent also watches the child's resident memory: past half the machine's (at least 4 GiB) it
stops the child and says so in one line, exit 2, before a runaway driver takes the machine down
(a preprocessor bomb that mpv/macro_expansion.py did not count would do that). The child has a
process group of its own; SIGINT, SIGTERM and SIGHUP sent to shadergen are passed on to it, so an
interrupted or terminated run ends once, as it would have alone. Outputs are written whole or not
at all (atomic_files); the temporary file of a write that a signal cut short is removed by the
parent.

Only the real entry point does this (``shadergen`` and ``python -m shadergen``); click's test
runner calls the command group in-process and is unaffected.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .atomic_files import remove_leftovers
from .errors import ShadergenError

# The commands that compile shaders with the OpenGL driver in shadergen's own process.
DRIVER_COMMANDS = frozenset({"run", "bench", "verify", "compare", "cost"})
CRASH_SIGNALS = frozenset({signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE, signal.SIGABRT})
# The child has a process group of its own (a terminal's Ctrl-C reaches the parent only), so the
# parent passes these on; the child then ends as it would have alone.
FORWARDED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
MIN_MEMORY_LIMIT = 4 << 30
POLL_SECONDS = 0.02


def needs_guard(args: list[str]) -> bool:
    return hasattr(os, "fork") and bool(args) and args[0] in DRIVER_COMMANDS


def run_guarded(command: Callable[[], object], args: list[str]) -> int:
    """Run ``command`` (which ends in SystemExit, like click's main) in a child; its exit code."""
    sys.stdout.flush()
    sys.stderr.flush()
    started = time.time()
    pid = os.fork()
    if pid == 0:  # child: never returns
        code = 1
        try:
            os.setpgid(0, 0)  # signals reach it through the parent only: one Ctrl-C, one interruption
            faulthandler.disable()  # a crash is reported by the parent in one line, not dumped
            command()
            code = 0
        except SystemExit as ended:
            code = ended.code if isinstance(ended.code, int) else (0 if ended.code is None else 1)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    forwarded = {number: signal.signal(number, lambda n, _: _forward(pid, n)) for number in FORWARDED_SIGNALS}
    try:
        status, memory_exceeded = _wait(pid)
    finally:
        for number, handler in forwarded.items():
            signal.signal(number, handler)
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    remove_leftovers(_folders(args), started)
    number = os.WTERMSIG(status)
    files = _named_files(args)
    if memory_exceeded:
        gib = _memory_limit() / (1 << 30)
        raise ShadergenError(f"{files}: shadergen took more than {gib:.1f} GiB of memory while it ran the "
                             "shaders and was stopped; a shader beyond what the driver can compile is the "
                             "likely cause")
    if number == signal.SIGKILL:  # the kernel's out-of-memory killer, or a user's kill -9
        raise ShadergenError(f"{files}: shadergen was killed (SIGKILL) while it ran the "
                             "shaders; the system kills a process that takes all of its memory")
    if number not in CRASH_SIGNALS:
        return 128 + number
    raise ShadergenError(f"{files}: the OpenGL driver crashed ({signal.Signals(number).name}) "
                         "while shadergen ran the shaders; a shader beyond what the driver can compile "
                         "is the likely cause")


def _forward(pid: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, number)


def _wait(pid: int) -> tuple[int, bool]:
    """The child's wait status, and whether it was stopped for taking more than _memory_limit()."""
    limit = _memory_limit()
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except InterruptedError:
            continue
        if done:
            return status, False
        if _resident_bytes(pid) > limit:
            _forward(pid, signal.SIGKILL)
            return os.waitpid(pid, 0)[1], True
        time.sleep(POLL_SECONDS)


def _memory_limit() -> int:
    """Half the machine's memory, at least MIN_MEMORY_LIMIT: a runaway driver must not take the rest."""
    try:
        physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return MIN_MEMORY_LIMIT << 1
    return max(MIN_MEMORY_LIMIT, physical // 2)


def _resident_bytes(pid: int) -> int:
    """The child's resident memory (0 where /proc does not say)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _folders(args: list[str]) -> set[str]:
    """Where the command may have been writing: the working folder and every named path's folder."""
    return {os.getcwd()} | {os.path.dirname(os.path.abspath(arg)) or "." for arg in args[1:]
                            if not arg.startswith("-")}


def _named_files(args: list[str]) -> str:
    """The shader files named on the command line (else every existing file named there)."""
    files = [arg for arg in args[1:] if not arg.startswith("-") and Path(arg).is_file()]
    shaders = [arg for arg in files if arg.endswith(".glsl")]
    return ", ".join(shaders or files) or "shadergen " + args[0]
