"""``shadergen lint SHADER [--json]``: compile every pass for every target and run mpv's rules.

Text output: a pass × target matrix (``ok`` / ``FAIL``; ``-`` for a pass without HOOK, ``n/a`` for a
target a Vulkan-only pass is not meant for: tensor-core passes), then one
line per finding: ``error|warning: PASS LABEL: line N: message [targets]``, then a summary.

``--json`` prints one object instead::

    {"shader": path, "targets": [target, ...],
     "passes": [{"index": 1, "label": DESC or "pass N", "kind": "fragment" | "compute",
                 "targets": {target: {"ok": bool, "messages": [str, ...], "applies": bool}}}],
     "findings": [{"severity": "error" | "warning", "check": str, "pass": int | null,
                   "label": str | null, "line": int | null, "targets": [target, ...],
                   "message": str}],
     "errors": int, "warnings": int, "passed": bool}

``line`` is a line of SHADER. Exit status: 0 without errors (warnings allowed), 1 with errors,
2 when SHADER cannot be read or parsed, the GLSL tools are missing, or one of them hangs on a pass
(after glslang.TOOL_TIMEOUT_S, lint gives up on the file).
"""

from __future__ import annotations

import json
import sys

import click

from ..lint.linter import TARGETS, LintReport, lint_file

LABEL_WIDTH = 28


def format_matrix(report: LintReport) -> list[str]:
    widths = [max(len(target), 4) for target in TARGETS]
    header = f"{'pass':<{LABEL_WIDTH}} {'kind':<8} " + " ".join(
        f"{t:<{w}}" for t, w in zip(TARGETS, widths, strict=True)
    )
    lines = [header.rstrip()]
    for hook_pass in report.passes:
        label = f"{hook_pass.index + 1} {hook_pass.label}"
        if len(label) > LABEL_WIDTH:
            label = label[: LABEL_WIDTH - 1] + "…"
        cells = []
        for target, width in zip(TARGETS, widths, strict=True):
            result = hook_pass.targets.get(target)
            word = "-" if result is None else "n/a" if not result.applies else "ok" if result.ok else "FAIL"
            cells.append(f"{word:<{width}}")
        lines.append(f"{label:<{LABEL_WIDTH}} {hook_pass.kind:<8} {' '.join(cells)}".rstrip())
    return lines


@click.command("lint")
@click.argument("shader", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the matrix.")
def command(shader, as_json):
    """Compile every pass of SHADER for Vulkan 1.1/1.2, OpenGL 4.5, GLES, HLSL and MSL, and check
    the rules compilers miss (mid-shader #extension, shared memory, threads, macro collisions,
    duplicate binds). Exit 1 on errors, 2 if SHADER cannot be read or parsed or a compiler hangs on it."""
    report = lint_file(shader)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(f"{report.shader}: {len(report.passes)} passes")
        for line in format_matrix(report):
            click.echo(line)
        for finding in report.findings:
            click.echo(finding.format())
        verdict = "passed" if report.passed else "FAILED"
        click.echo(f"{verdict}: {report.errors} errors, {report.warnings} warnings")
    sys.exit(0 if report.passed else 1)
