"""``shadergen lint``: compile every pass of an mpv user shader for every target, then run the
checks no compiler makes (mpv-hooks.md §6 validator recipe).

Targets (each pass is built into the program libplacebo would generate, lint_preamble.py):

* ``vulkan1.1``: libplacebo v4 (Debian 12's mpv 0.35 gpu-next), ``glslangValidator -V
  --target-env vulkan1.1``;
* ``vulkan1.2``: libplacebo ≥ 6, ``-V --target-env vulkan1.2``;
* ``opengl4.5``: ``#version 450`` core, glslang's plain check (no Vulkan semantics, VULKAN undefined;
  ``#if``s on GL_* extension macros resolved as Mesa resolves them, see lint_preamble.MESA_GL_MACROS);
* ``gles``: ``#version 300 es`` for fragment passes, ``310 es`` for compute, plain check;
* ``hlsl5.0`` / ``msl``: the Vulkan 1.2 SPIR-V through ``spirv-cross --hlsl --shader-model 50`` /
  ``--msl``, as libplacebo reaches D3D11 and Metal (MoltenVK).

Checks (a finding is an ``error`` — the shader breaks somewhere — or a ``warning``; only errors
fail the lint):

* ``mid-shader-extension``: an ``#extension`` that survives the preprocessor with VULKAN undefined
  sits after libplacebo's declarations; Mesa rejects that on OpenGL and GLES (§5.3). One inside
  ``#ifdef VULKAN … #endif`` is fine: GL compilers never see it.
* ``shared-memory``: ``shared`` bytes, with array sizes resolved through ``#define`` and
  ``const int``, against 32 KiB on OpenGL/GLES (the GL minimum; Mesa llvmpipe's limit), D3D11
  (16-bit types take 32 bits there) and Metal, and 48 KiB on Vulkan (NVIDIA's limit); a warning
  above the 16 KiB that Vulkan and GLES 3.1 guarantee.
* ``invocations``: threads per group above 1024 is an error (the OpenGL minimum, and the maximum
  of NVIDIA, AMD, Intel, D3D11 and Metal). Above 256 is a warning: Vulkan and GLES 3.1 guarantee
  only 128, but every desktop GPU and nearly every phone takes 256 (the 16×16 groups common in
  mpv shaders), while old Mali (Midgard) and Raspberry Pi (V3D) GPUs stop at 256; warning at 128
  would fire on most real shaders and teach users to ignore it.
* ``hook-signature``: fragment passes need ``vec4 hook()``, compute passes ``void hook()``.
* ``macro-collision``: a user ``#define``, function or global declaration whose name libplacebo
  already defines (``random``, ``frame``, ``linearize``, ``HOOKED_tex``…; §4.4).
* ``duplicate-bind`` (also HOOKED plus the hooked stage's own name), ``unknown-bind``.
* ``compute-only-identifier``: ``NAME_map``, ``out_image``, ``frag_pos`` in a fragment pass.
* ``thread-mapping`` (warning): ``NAME_pos`` in a compute pass whose threads differ from its block.
"""

from __future__ import annotations

import dataclasses
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from ..errors import ShadergenError
from ..mpv.libplacebo import VULKAN_ONLY_EXTENSION, stage_name, vulkan_only
from ..mpv.limits import MACRO_CHECK, MAX_PASSES, shader_problems
from ..mpv.parse import HookPass, ShaderFile, load_shader
from .checks import PassChecker, file_findings
from .glslang import SourceMap, Toolchain, ToolMessage, ToolResult
from .preamble import (
    OPENGL_4_5,
    VULKAN_1_1,
    VULKAN_1_2,
    Dialect,
    Program,
    build_program,
    gles_dialect,
)
from .report import TARGETS, Finding, LintReport, PassResult, TargetResult
from .shared_memory import shared_usage

__all__ = ["TARGETS", "Finding", "LintReport", "PassResult", "TargetResult", "lint_file", "lint_shader"]

COMPILED_TARGETS = ("vulkan1.1", "vulkan1.2", "opengl4.5", "gles")
# The build machines have 2 cores; glslang is single-threaded.
LINT_WORKERS = 2


# --- compiling ------------------------------------------------------------------------------


@dataclass
class _StageJobs:
    """The tool runs for one pass hooked at one stage."""

    stage: str
    programs: dict[str, Program]
    compiles: dict[str, Future]  # target → ToolResult (vulkan1.2 also carries the cross-compiles)
    preprocessed: dict[str, Future]  # "opengl4.5" | "gles" | "vulkan" → ToolResult of glslang -E
    cross: dict[str, ToolResult] = field(default_factory=dict)


def _dialects(hook_pass: HookPass) -> dict[str, Dialect]:
    return {
        "vulkan1.1": VULKAN_1_1,
        "vulkan1.2": VULKAN_1_2,
        "opengl4.5": OPENGL_4_5,
        "gles": gles_dialect(hook_pass.compute is not None),
    }


def _with_vulkan_defined(program: Program) -> str:
    """The program as glslang -V preprocesses it: VULKAN defined (one line is added after #version)."""
    version, rest = program.text.split("\n", 1)
    return f"{version}\n#define VULKAN 100\n{rest}"


def _compile_vulkan_and_cross(toolchain: Toolchain, text: str, stage: str) -> tuple[ToolResult, dict]:
    result = toolchain.compile(text, stage, "vulkan1.2")
    cross = {}
    if result.ok:
        cross = {
            "hlsl5.0": toolchain.cross_compile(result.output, "hlsl"),
            "msl": toolchain.cross_compile(result.output, "msl"),
        }
    return result, cross


class _Jobs:
    """Tool calls on a pool, each distinct call submitted once: passes whose programs are the same
    text (a file of many identical passes) share their compiles."""

    def __init__(self, pool: ThreadPoolExecutor, toolchain: Toolchain):
        self.pool, self.toolchain = pool, toolchain
        self._futures: dict[tuple, Future] = {}

    def submit(self, function, *args) -> Future:
        key = (function.__name__, *args)
        if key not in self._futures:
            self._futures[key] = self.pool.submit(function, *args)
        return self._futures[key]


def _submit(jobs: _Jobs, shader: ShaderFile, hook_pass: HookPass, stage: str) -> _StageJobs:
    programs = {
        target: build_program(shader, hook_pass, stage, dialect)
        for target, dialect in _dialects(hook_pass).items()
    }
    toolchain = jobs.toolchain
    compiles = {
        target: jobs.submit(
            toolchain.compile, program.text, program.stage, target if target.startswith("vulkan") else None
        )
        for target, program in programs.items()
        if target != "vulkan1.2"
    }
    compiles["vulkan1.2"] = jobs.submit(_compile_vulkan_and_cross, toolchain, programs["vulkan1.2"].text,
                                        programs["vulkan1.2"].stage)
    texts = {"opengl4.5": programs["opengl4.5"].text, "gles": programs["gles"].text}
    if hook_pass.compute:  # only needed to count shared memory
        texts["vulkan"] = _with_vulkan_defined(programs["vulkan1.2"])
    preprocessed = {
        key: jobs.submit(toolchain.preprocess, text, programs["vulkan1.2"].stage)
        for key, text in texts.items()
    }
    return _StageJobs(stage, programs, compiles, preprocessed)


def _tool_results(jobs: list[_StageJobs]) -> list[ToolResult]:
    """Every tool result of one pass (waiting for them): compiles, cross-compiles, preprocessing."""
    results = []
    for job in jobs:
        for target, future in job.compiles.items():
            outcome = future.result()
            if target == "vulkan1.2":
                outcome, cross = outcome
                results += cross.values()
            results.append(outcome)
        results += [future.result() for future in job.preprocessed.values()]
    return results


def _refuse_the_hung_pass(shader: ShaderFile, submitted: list[tuple[HookPass, list[_StageJobs]]]) -> None:
    """Once a tool call timed out (and the toolchain gave up on the others), name its pass."""
    for hook_pass, jobs in submitted:
        hung = [result for result in _tool_results(jobs) if result.timed_out]
        if hung:
            raise ShadergenError(
                f"{shader.path}: {hook_pass.name_for_errors}: {hung[0].messages[0].text} on this pass "
                "(a hung compiler: e.g. macros that expand without end); lint gives up on the file"
            )
    raise ShadergenError(f"{shader.path}: a GLSL tool timed out; lint gives up on the file")


def _program_line_text(program: Program, line: int) -> str:
    lines = program.text.split("\n")
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


def _describe(message: ToolMessage, program: Program) -> tuple[int | None, str]:
    """(file line, text) of a compiler message. Generated identifiers become the names user code
    knows ('_7' → 'random'); a generated-code line is quoted with its identifiers elided, so the
    same problem reads the same in every dialect."""
    text = re.sub(
        r"'(_[0-9a-f]+(?:_map)?)'",
        lambda m: f"'{program.macro_of.get(m.group(1), m.group(1))}'",
        message.text,
    )
    # Precision words and spacing differ between glslang's GL, GLES and Vulkan modes only.
    text = " ".join(re.sub(r"\b(?:highp|mediump|lowp) ", "", text).split())
    file_line = program.body.to_file_line(message.line)
    if message.line is None or file_line is not None:
        return file_line, text
    snippet = re.sub(r"\b_[0-9a-f]+\b", "…", _program_line_text(program, message.line))
    if len(snippet) > 60:
        snippet = snippet[:57] + "..."
    return None, f"{text} (in libplacebo's generated code: `{snippet}`)"


def _message_line(file_line: int | None, text: str) -> str:
    return f"line {file_line}: {text}" if file_line is not None else text


def _preprocessed_body(result: ToolResult, body: SourceMap) -> str | None:
    """The pass body's lines of a ``glslang -E`` output (which keeps every line in place)."""
    if not result.ok:
        return None
    lines = result.output.decode("utf-8", "replace").split("\n")
    start = body.program_line - 1
    return "\n".join(lines[start : start + body.line_count])


# --- putting it together ------------------------------------------------------------------------


def _stages(hook_pass: HookPass) -> list[str]:
    """The stages to build a pass for: each HOOK when BIND HOOKED makes the program depend on it."""
    by_stage: dict[str, str] = {}
    for hook in hook_pass.hooks:
        by_stage.setdefault(stage_name(hook), hook)  # MAIN and MAINPRESUB are one stage
    hooks = list(by_stage.values())
    return hooks if "HOOKED" in hook_pass.binds else hooks[:1]


def _collect(hook_pass: HookPass, jobs: list[_StageJobs]) -> tuple[dict[str, TargetResult], list[Finding]]:
    """Target cells and compiler findings of one pass, over every stage it was built for."""
    cells: dict[str, list] = {target: [True, []] for target in TARGETS}
    grouped: dict[tuple, list[str]] = {}

    def record(target: str, stage: str, file_line: int | None, text: str, severity: str) -> None:
        prefix = f"[{stage}] " if len(jobs) > 1 else ""
        if severity == "error":
            cells[target][0] = False
        cells[target][1].append(prefix + _message_line(file_line, text))
        grouped.setdefault((severity, file_line, prefix + text), []).append(target)

    for job in jobs:
        for target in COMPILED_TARGETS:
            outcome = job.compiles[target].result()
            if target == "vulkan1.2":
                outcome, job.cross = outcome
            for message in outcome.messages:
                file_line, text = _describe(message, job.programs[target])
                record(target, job.stage, file_line, text, message.severity)
        for target in ("hlsl5.0", "msl"):
            if target not in job.cross:
                cells[target][0] = False
                cells[target][1].append("not run: the Vulkan 1.2 compile failed")
                continue
            for message in job.cross[target].messages:
                record(target, job.stage, None, message.text, message.severity)
            cells[target][0] &= job.cross[target].ok
    findings = [
        Finding(
            severity, "compile", text, hook_pass.index, hook_pass.label, line, tuple(dict.fromkeys(targets))
        )
        for (severity, line, text), targets in grouped.items()
    ]
    return {t: TargetResult(ok, tuple(dict.fromkeys(msgs))) for t, (ok, msgs) in cells.items()}, findings


def _check_pass(shader: ShaderFile, hook_pass: HookPass, jobs: list[_StageJobs]) -> list[Finding]:
    checker = PassChecker(shader, hook_pass)
    checker.binds(_stages(hook_pass))
    # glslang -E keeps every line in place, so each program's own map finds the body; the Vulkan
    # text has one extra line (#define VULKAN) after #version.
    first = jobs[0]
    vulkan_map = first.programs["vulkan1.2"].body
    maps = {
        "opengl4.5": first.programs["opengl4.5"].body,
        "gles": first.programs["gles"].body,
        "vulkan": SourceMap(vulkan_map.program_line + 1, vulkan_map.line_count, vulkan_map.file_line),
    }
    bodies = {
        key: _preprocessed_body(first.preprocessed[key].result(), body_map)
        for key, body_map in maps.items()
        if key in first.preprocessed
    }
    defined = set().union(*(program.defined_names for job in jobs for program in job.programs.values()))
    checker.entry_point(bodies["opengl4.5"])
    checker.collisions(defined)
    checker.compute_only_identifiers(defined)
    checker.thread_mapping(defined)
    checker.compute_limits(
        {
            key: shared_usage(body, hook_pass.body_line) if body is not None else None
            for key, body in bodies.items()
        }
    )
    checker.mid_shader_extensions(bodies)
    return checker.findings


# A pass that uses tensor cores (the tensor variant's) is meant for libplacebo on Vulkan only: its other
# targets are reported as not applying, and findings only for them are dropped.
VULKAN_TARGETS = ("vulkan1.1", "vulkan1.2")
NOT_A_TARGET = f"not a target: {VULKAN_ONLY_EXTENSION} (tensor cores) exists on Vulkan only"


def _vulkan_only(cells: dict[str, TargetResult], findings: list[Finding]):
    kept = []
    for finding in findings:
        targets = tuple(target for target in finding.targets if target in VULKAN_TARGETS)
        if targets or not finding.targets:
            kept.append(dataclasses.replace(finding, targets=targets or finding.targets))
    not_meant = TargetResult(True, (NOT_A_TARGET,), applies=False)
    cells = {target: result if target in VULKAN_TARGETS else not_meant for target, result in cells.items()}
    return cells, kept


def _limit_findings(shader: ShaderFile) -> list[Finding]:
    """What ``run`` would refuse (mpv/limits.py), for a nominal 1080p source shown at 4K."""
    return [
        Finding(
            "error",
            problem.check,
            problem.message,
            problem.hook_pass.index if problem.hook_pass else None,
            problem.hook_pass.label if problem.hook_pass else None,
            problem.line,
            TARGETS,
        )
        for problem in shader_problems([shader])
    ]


def lint_shader(shader: ShaderFile, workers: int = LINT_WORKERS) -> LintReport:
    """Compile and check every pass of a parsed shader file (none beyond the pass limit).
    ShadergenError if a tool call times out on a pass: lint gives up on the file."""
    limits = _limit_findings(shader)
    findings = file_findings(shader) + [f for f in limits if f.pass_index is None]
    passes = []
    if len(shader.passes) > MAX_PASSES:
        return _report(shader, [], file_findings(shader) + limits)
    # A pass whose macros expand past the limit goes to no compiler (glslang takes gigabytes on it).
    bombs = {f.pass_index for f in limits if f.check == MACRO_CHECK}
    with Toolchain() as toolchain, ThreadPoolExecutor(max_workers=workers) as pool:
        jobs_once = _Jobs(pool, toolchain)
        submitted = [
            (hook_pass, [] if hook_pass.index in bombs else
             [_submit(jobs_once, shader, hook_pass, stage) for stage in _stages(hook_pass)])
            for hook_pass in shader.passes
        ]
        for hook_pass, jobs in submitted:
            _tool_results(jobs)
            if toolchain.gave_up:
                _refuse_the_hung_pass(shader, submitted)
            kind = "compute" if hook_pass.compute else "fragment"
            own_limits = [f for f in limits if f.pass_index == hook_pass.index]
            if not jobs:
                passes.append(PassResult(hook_pass.index, hook_pass.label, kind, {}))
                findings += own_limits
                continue
            cells, compile_findings = _collect(hook_pass, jobs)
            pass_findings = compile_findings + _check_pass(shader, hook_pass, jobs)
            pass_findings += own_limits
            if vulkan_only(hook_pass):
                cells, pass_findings = _vulkan_only(cells, pass_findings)
            for finding in pass_findings:
                if finding.severity != "error" or finding.check == "compile":
                    continue  # compiler messages are in their cells already
                for target in finding.targets:
                    cells[target] = TargetResult(
                        False, cells[target].messages + (_message_line(finding.line, finding.message),)
                    )
            passes.append(PassResult(hook_pass.index, hook_pass.label, kind, cells))
            findings += pass_findings
    return _report(shader, passes, findings)


def _report(shader: ShaderFile, passes: list[PassResult], findings: list[Finding]) -> LintReport:
    """The report, findings in file order (file-wide first; errors before warnings on a line)."""
    order = {"error": 0, "warning": 1}
    findings = sorted(
        findings,
        key=lambda f: (
            -1 if f.pass_index is None else f.pass_index,
            f.line if f.line is not None else 1 << 30,
            order[f.severity],
        ),
    )
    return LintReport(shader.path, tuple(passes), tuple(findings))


def lint_file(path) -> LintReport:
    """Parse and lint a shader file; ShadergenError if it cannot be read or parsed."""
    return lint_shader(load_shader(path))
