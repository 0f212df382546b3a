"""Our harness around ``glslangValidator`` and ``spirv-cross``: run them, read their messages.

Each call writes its input into a private temporary directory, runs the tool with a timeout and
turns its output into ``ToolMessage`` objects whose line numbers refer to the compiled program.
The first call that times out makes the toolchain give up: the calls still running are stopped and
later ones return at once, so a program that hangs the tools costs one timeout, not one per call.
``SourceMap`` translates those program lines back to lines of the user's ``.glsl`` file.
The tools come from Debian's ``glslang-tools`` and ``spirv-cross`` packages (mpv-hooks.md §6.1:
libplacebo compiles with glslang and reaches D3D11/Metal through SPIRV-Cross).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import ShadergenError

GLSLANG = "glslangValidator"
SPIRV_CROSS = "spirv-cross"
# The Debian 12 packages that provide the tools (and spirv-val, which the toolchain docs pair with them).
DEBIAN_PACKAGES = "glslang-tools spirv-cross spirv-tools"
# The slowest pass shadergen generates (ArtCNN C4F32, compute) compiles in 0.15 s; ten seconds means
# a hung tool (a 1 KB file of nested #defines makes glslang expand 2^40 tokens, taking GBs meanwhile).
TOOL_TIMEOUT_S = 10

STAGES = ("frag", "comp")
CROSS_LANGUAGES = {
    # D3D11 is what libplacebo's d3d11 backend targets: HLSL shader model 5.0.
    "hlsl": ("--hlsl", "--shader-model", "50"),
    "msl": ("--msl",),
}

# "ERROR: 0:12: 'foo' : undeclared identifier" (plain) or "ERROR: /tmp/x/p.frag:12: ..." (-V).
_MESSAGE = re.compile(r"^(ERROR|WARNING): (?:(?P<source>.*?):)?(?P<line>\d+): (?P<text>.*)$")
_UNLOCATED = re.compile(r"^(ERROR|WARNING): (?P<text>.*)$")
# Lines that only summarise what the located messages already said.
_NOISE = (
    re.compile(r"^ERROR: \d+ compilation errors?\."),
    re.compile(r"compilation terminated\s*$"),
    re.compile(r"^SPIR-V is not generated"),
)


@dataclass(frozen=True)
class ToolMessage:
    severity: str  # "error" | "warning"
    line: int | None  # 1-based line of the compiled program; None when the tool gives none
    text: str


@dataclass(frozen=True)
class ToolResult:
    ok: bool
    messages: tuple[ToolMessage, ...]
    output: bytes = b""  # SPIR-V (compile), preprocessed GLSL (preprocess) or cross-compiled source
    timed_out: bool = False  # this call ran past TOOL_TIMEOUT_S
    abandoned: bool = False  # not run to its end: an earlier call timed out

    @property
    def errors(self) -> tuple[ToolMessage, ...]:
        return tuple(m for m in self.messages if m.severity == "error")


@dataclass(frozen=True)
class SourceMap:
    """Where a run of the user's file sits inside a generated program."""

    program_line: int  # 1-based program line holding the first line of the user's text
    line_count: int
    file_line: int  # the file line that program_line came from

    def to_file_line(self, program_line: int | None) -> int | None:
        """The user's file line for a program line, or None if that line is generated code."""
        if program_line is None:
            return None
        offset = program_line - self.program_line
        return self.file_line + offset if 0 <= offset < self.line_count else None

    def contains(self, program_line: int) -> bool:
        return 0 <= program_line - self.program_line < self.line_count


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ShadergenError(
            f"{name}: not found on PATH; `shadergen lint` needs glslangValidator and spirv-cross "
            f"(Debian/Ubuntu: apt-get install {DEBIAN_PACKAGES})"
        )
    return path


def parse_glslang_messages(output: str) -> tuple[ToolMessage, ...]:
    """glslangValidator's stdout as messages; the echoed file name and summaries are dropped."""
    messages = []
    for raw in output.splitlines():
        line = raw.rstrip()
        if not line or any(noise.search(line) for noise in _NOISE):
            continue
        located = _MESSAGE.match(line)
        if located:
            messages.append(
                ToolMessage(
                    located.group(1).lower(), int(located.group("line")), located.group("text").strip()
                )
            )
            continue
        unlocated = _UNLOCATED.match(line)
        if unlocated:  # link errors such as "Linking fragment stage: Missing entry point"
            messages.append(ToolMessage(unlocated.group(1).lower(), None, unlocated.group("text").strip()))
    return tuple(messages)


class Toolchain:
    """glslangValidator and spirv-cross, run in one private temporary directory.

    Safe to use from several threads: every call gets its own file names.
    """

    def __init__(self):
        self.glslang = find_tool(GLSLANG)
        self.spirv_cross = find_tool(SPIRV_CROSS)
        self._workdir = tempfile.TemporaryDirectory(prefix="shadergen-lint-")
        self._counter = itertools.count()
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen] = set()
        self.gave_up = False  # a call timed out: the others are stopped or not started

    def close(self) -> None:
        self._workdir.cleanup()

    def __enter__(self) -> Toolchain:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _path(self, suffix: str) -> Path:
        return Path(self._workdir.name) / f"p{next(self._counter)}.{suffix}"

    def _run(self, args: list[str]) -> subprocess.CompletedProcess | ToolResult:
        """The finished process, or the ToolResult of a call that timed out or was abandoned."""
        tool = Path(args[0]).name
        abandoned = ToolResult(
            False, (ToolMessage("error", None, f"{tool} not run: another call timed out"),), abandoned=True
        )
        with self._lock:
            if self.gave_up:
                return abandoned
            process = subprocess.Popen(
                args,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=dict(os.environ, LC_ALL="C"),
                cwd=self._workdir.name,
            )
            self._running.add(process)
        try:
            stdout, stderr = process.communicate(timeout=TOOL_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self._give_up()
            process.communicate()
            message = ToolMessage("error", None, f"{tool} timed out after {TOOL_TIMEOUT_S} s")
            return ToolResult(False, (message,), timed_out=True)
        finally:
            with self._lock:
                self._running.discard(process)
        if self.gave_up and process.returncode < 0:
            return abandoned  # stopped by _give_up
        return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)

    def _give_up(self) -> None:
        with self._lock:
            self.gave_up = True
            for process in self._running:
                process.kill()

    def compile(self, source: str, stage: str, vulkan_env: str | None = None) -> ToolResult:
        """Compile GLSL. ``vulkan_env`` ("vulkan1.1", "vulkan1.2") compiles to SPIR-V with Vulkan
        semantics (``-V``, VULKAN defined); None is glslang's plain check, OpenGL or OpenGL ES as
        the ``#version`` line says, which is what a GL driver sees."""
        if stage not in STAGES:
            raise ValueError(f"unknown shader stage {stage!r}")
        source_path = self._path(stage)
        source_path.write_text(source, encoding="utf-8")
        args = [self.glslang, "-S", stage]
        spirv_path = None
        if vulkan_env:
            spirv_path = self._path("spv")
            args += ["-V", "--target-env", vulkan_env, "-o", str(spirv_path)]
        completed = self._run(args + [str(source_path)])
        if isinstance(completed, ToolResult):
            return completed
        text = completed.stdout.decode("utf-8", "replace") + completed.stderr.decode("utf-8", "replace")
        messages = parse_glslang_messages(text)
        if any(m.line is not None and m.severity == "error" for m in messages):
            # "Linking …: Missing entry point" only repeats that compilation failed.
            messages = tuple(m for m in messages if m.line is not None or m.severity != "error")
        ok = completed.returncode == 0
        if not ok and not any(m.severity == "error" for m in messages):
            messages += (
                ToolMessage(
                    "error", None, text.strip() or f"{GLSLANG} exited with status {completed.returncode}"
                ),
            )
        spirv = spirv_path.read_bytes() if ok and spirv_path and spirv_path.exists() else b""
        return ToolResult(ok, messages, spirv)

    def preprocess(self, source: str, stage: str) -> ToolResult:
        """glslang's preprocessor only (``-E``): conditionals resolved, macros expanded, comments
        gone, ``#extension``/``#version`` kept, and every line kept in place, so program line
        numbers still hold. VULKAN is not defined here; callers define it themselves."""
        source_path = self._path(stage)
        source_path.write_text(source, encoding="utf-8")
        completed = self._run([self.glslang, "-E", "-S", stage, str(source_path)])
        if isinstance(completed, ToolResult):
            return completed
        if completed.returncode != 0:
            text = completed.stdout.decode("utf-8", "replace") + completed.stderr.decode("utf-8", "replace")
            return ToolResult(False, parse_glslang_messages(text))
        return ToolResult(True, (), completed.stdout)

    def cross_compile(self, spirv: bytes, language: str) -> ToolResult:
        """SPIR-V → HLSL shader model 5.0 or MSL with spirv-cross (no line numbers: SPIR-V has none)."""
        spirv_path = self._path("spv")
        spirv_path.write_bytes(spirv)
        completed = self._run([self.spirv_cross, *CROSS_LANGUAGES[language], str(spirv_path)])
        if isinstance(completed, ToolResult):
            return completed
        if completed.returncode != 0:
            text = (
                completed.stderr.decode("utf-8", "replace").strip() or f"exit status {completed.returncode}"
            )
            return ToolResult(
                False,
                tuple(ToolMessage("error", None, line.strip()) for line in text.splitlines() if line.strip()),
            )
        return ToolResult(True, (), completed.stdout)
