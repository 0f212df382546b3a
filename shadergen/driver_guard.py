"""Commands that hand shaders to an OpenGL driver run in a child process, so a driver crash is one line.

Mesa compiles GLSL inside the process that asks for it, and its compiler can be crashed by a
shader (a fuzz run of 2026-12-05: SIGSEGV on an 853-byte file of nested ``#define`` lines and on
a 1.2 MB expression, in ``run``, ``bench``, ``verify``, ``compare`` and ``cost``). No check of the
text can rule that out, so ``shadergen``'s entry point runs those commands in a forked child and
waits: the child's exit code becomes the command's, and a child killed by a crash signal becomes
one line naming the files on the command line and the signal, exit 2 (so does SIGKILL, which is
how the kernel ends a process that took all the memory). Outputs are written whole or
not at all (atomic_files), so a crash leaves none behind.

Only the real entry point does this (``shadergen`` and ``python -m shadergen``); click's test
runner calls the command group in-process and is unaffected.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from .errors import ShadergenError

# The commands that compile shaders with the OpenGL driver in shadergen's own process.
DRIVER_COMMANDS = frozenset({"run", "bench", "verify", "compare", "cost"})
CRASH_SIGNALS = frozenset({signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE, signal.SIGABRT})


def needs_guard(args: list[str]) -> bool:
    return hasattr(os, "fork") and bool(args) and args[0] in DRIVER_COMMANDS


def run_guarded(command: Callable[[], object], args: list[str]) -> int:
    """Run ``command`` (which ends in SystemExit, like click's main) in a child; its exit code."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child: never returns
        faulthandler.disable()  # a crash is reported by the parent in one line, not dumped
        code = 1
        try:
            command()
            code = 0
        except SystemExit as ended:
            code = ended.code if isinstance(ended.code, int) else (0 if ended.code is None else 1)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    # Ctrl-C reaches the child too (same process group); it reports the interruption itself.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _, status = os.waitpid(pid, 0)
    finally:
        signal.signal(signal.SIGINT, previous)
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    number = os.WTERMSIG(status)
    if number == signal.SIGKILL:  # the kernel's out-of-memory killer, or a user's kill -9
        raise ShadergenError(f"{_named_files(args)}: shadergen was killed (SIGKILL) while it ran the "
                             "shaders; the system kills a process that takes all of its memory")
    if number not in CRASH_SIGNALS:
        return 128 + number
    raise ShadergenError(f"{_named_files(args)}: the OpenGL driver crashed ({signal.Signals(number).name}) "
                         "while shadergen ran the shaders; a shader beyond what the driver can compile "
                         "is the likely cause")


def _named_files(args: list[str]) -> str:
    """The shader files named on the command line (else every existing file named there)."""
    files = [arg for arg in args[1:] if not arg.startswith("-") and Path(arg).is_file()]
    shaders = [arg for arg in files if arg.endswith(".glsl")]
    return ", ".join(shaders or files) or "shadergen " + args[0]
