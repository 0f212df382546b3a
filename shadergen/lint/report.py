"""What ``shadergen lint`` found: per-pass target results and findings, and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass

from ..mpv.quoting import shortened

# The lint targets, in matrix order (lint.py says what each one compiles).
TARGETS = ("vulkan1.1", "vulkan1.2", "opengl4.5", "gles", "hlsl5.0", "msl")


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" | "warning"
    check: str  # "compile", "mid-shader-extension", "shared-memory", ...
    message: str
    pass_index: int | None = None  # 0-based; None for the whole file
    pass_label: str | None = None
    line: int | None = None  # line of the shader file
    targets: tuple[str, ...] = ()  # the targets it breaks; empty: not tied to a target

    def to_json(self) -> dict:
        return {
            "severity": self.severity,
            "check": self.check,
            "pass": None if self.pass_index is None else self.pass_index + 1,
            "label": self.pass_label,
            "line": self.line,
            "targets": list(self.targets),
            "message": self.message,
        }

    def format(self) -> str:
        where = [shortened(self.pass_label) if self.pass_label else "file"]
        if self.line is not None:
            where.append(f"line {self.line}")
        targets = f" [{', '.join(self.targets)}]" if self.targets else ""
        return f"{self.severity}: {': '.join(where)}: {self.message}{targets}"


@dataclass(frozen=True)
class TargetResult:
    ok: bool
    messages: tuple[str, ...]
    applies: bool = True  # False: the pass is not meant for this target (a Vulkan-only pass); ok then


@dataclass(frozen=True)
class PassResult:
    index: int
    label: str
    kind: str  # "fragment" | "compute"
    targets: dict[str, TargetResult]  # empty when the pass was not compiled (no HOOK)


@dataclass(frozen=True)
class LintReport:
    shader: str
    passes: tuple[PassResult, ...]
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)

    @property
    def passed(self) -> bool:
        return self.errors == 0

    def to_json(self) -> dict:
        return {
            "shader": self.shader,
            "targets": list(TARGETS),
            "passes": [
                {
                    "index": p.index + 1,
                    "label": p.label,
                    "kind": p.kind,
                    "targets": {t: {"ok": r.ok, "messages": list(r.messages), "applies": r.applies}
                                for t, r in p.targets.items()},
                }
                for p in self.passes
            ],
            "findings": [f.to_json() for f in self.findings],
            "errors": self.errors,
            "warnings": self.warnings,
            "passed": self.passed,
        }
