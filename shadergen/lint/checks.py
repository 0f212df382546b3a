"""The lint rules no compiler checks (mpv-hooks.md §6 validator recipe, step 4).

``PassChecker`` runs them on one pass; ``file_findings`` covers the whole file. The thresholds and
why they were chosen are documented in lint.py.
"""

from __future__ import annotations

import re

from ..mpv.libplacebo import STAGE_NAMES, resolve_bind, strip_comments
from ..mpv.limits import (
    KIB,
    MAX_GROUP_THREADS,
    PORTABLE_GROUP_THREADS,
    SHARED_GUARANTEED,
    SHARED_LIMITS,
    compute_directive,
)
from ..mpv.parse import HookPass, ShaderFile
from ..mpv.quoting import shortened
from .report import Finding
from .shared_memory import SharedUsage

# libplacebo's per-pass globals (mpv-hooks.md §4.4) and the compute prelude (§5.2), for messages.
GLOBAL_MEANINGS = {
    "frame": "the pass counter",
    "random": "the per-pass random number",
    "input_size": "the source size",
    "target_size": "the target size",
    "tex_offset": "the crop offset",
    "linearize": "the transfer-function helper",
    "delinearize": "the transfer-function helper",
    "out_image": "the compute output image",
    "frag_pos": "a compute prelude macro",
    "frag_map": "a compute prelude macro",
    "gl_FragCoord": "a compute prelude macro",
    "out_color": "the fragment output",
    "main": "the generated entry point",
}
COMPUTE_ONLY = ("out_image", "frag_pos", "frag_map")

_HOOK_DEFINITION = re.compile(r"\b(\w+)\s+hook\s*\(\s*(void\s*)?\)\s*\{")
_DECLARATION = re.compile(r"\b([A-Za-z_]\w*)\s+([A-Za-z_]\w*)\s*(?=[(=;\[,])")
_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)", re.MULTILINE)
_NOT_TYPES = {"return", "else", "case", "goto", "define", "undef", "ifdef", "ifndef", "if", "elif"}


def _line_of(text: str, offset: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, offset)


def _top_level_mask(text: str) -> list[int]:
    """Brace depth at every character of ``text``."""
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        depth += (char == "{") - (char == "}")
    return depths


class PassChecker:
    """The non-compiler checks of one pass; ``findings`` collects what they find."""

    def __init__(self, shader: ShaderFile, hook_pass: HookPass):
        self.shader = shader
        self.hook_pass = hook_pass
        self.findings: list[Finding] = []
        self.stripped = strip_comments(hook_pass.body)

    def add(
        self, severity: str, check: str, message: str, line: int | None = None, targets: tuple[str, ...] = ()
    ) -> None:
        self.findings.append(
            Finding(severity, check, message, self.hook_pass.index, self.hook_pass.label, line, targets)
        )

    def binds(self, stages: list[str]) -> None:
        hook_pass = self.hook_pass
        known = (
            set(STAGE_NAMES)
            | {"HOOKED"}
            | {t.name for t in self.shader.textures}
            | {p.save for p in self.shader.passes if p.save}
        )
        for name in dict.fromkeys(hook_pass.binds):
            if name not in known:
                self.add(
                    "error",
                    "unknown-bind",
                    f"BIND {shortened(name)}: no stage, TEXTURE or SAVE of this file has that name; "
                    "libplacebo v4 disables the whole file, later versions silently skip the pass",
                    hook_pass.header_line,
                )
        reported = set()
        for stage in stages:
            resolved = [(name, resolve_bind(name, stage).name) for name in hook_pass.binds]
            for texture in dict.fromkeys(t for _, t in resolved):
                names = [name for name, t in resolved if t == texture]
                if len(names) > 1 and texture not in reported:
                    reported.add(texture)
                    spelled = " and ".join(f"BIND {n}" for n in dict.fromkeys(names))
                    times = f"{len(names)} times" if len(set(names)) == 1 else "more than once"
                    self.add(
                        "error",
                        "duplicate-bind",
                        f"{spelled} bind {texture} {times} when hooking {stage}: libplacebo emits "
                        f"the {texture}_* macros twice ('Macro redefined'); keep one BIND",
                        hook_pass.header_line,
                    )

    def entry_point(self, preprocessed: str | None) -> None:
        text = preprocessed if preprocessed is not None else self.stripped
        definitions = list(_HOOK_DEFINITION.finditer(text))
        compute = self.hook_pass.compute is not None
        wanted = "void" if compute else "vec4"
        kind = "compute" if compute else "fragment"
        if not definitions:
            self.add(
                "error", "hook-signature", f"no `{wanted} hook()` definition; a {kind} pass must define one"
            )
            return
        for match in definitions:
            if match.group(1) != wanted:
                line = _line_of(text, match.start(), self.hook_pass.body_line)
                self.add(
                    "error",
                    "hook-signature",
                    f"`{match.group(1)} hook()` in a {kind} pass: libplacebo calls `{wanted} hook()`"
                    + (
                        " and stores nothing itself; write the result with imageStore(out_image, …)"
                        if compute
                        else ""
                    ),
                    line,
                )

    def collisions(self, defined: set[str]) -> None:
        text = self.stripped
        depths = _top_level_mask(text)
        seen = set()
        candidates = [(m.group(1), m.start(1), "#define") for m in _DEFINE.finditer(text)]
        candidates += [
            (m.group(2), m.start(2), "declaration")
            for m in _DECLARATION.finditer(text)
            if depths[m.start()] == 0 and m.group(1) not in _NOT_TYPES
        ]
        candidates += [(m.group(1), m.start(1), "struct") for m in re.finditer(r"\bstruct\s+(\w+)", text)]
        for name, offset, kind in sorted(candidates, key=lambda c: c[1]):
            if name not in defined or name in seen:
                continue
            seen.add(name)
            meaning = GLOBAL_MEANINGS.get(name, "a macro from this pass's BIND/PARAM lines")
            self.add(
                "error",
                "macro-collision",
                f"the {kind} of '{name}' collides with libplacebo's '{name}' ({meaning}); rename it",
                _line_of(text, offset, self.hook_pass.body_line),
            )

    def compute_only_identifiers(self, defined: set[str]) -> None:
        if self.hook_pass.compute is not None:
            return
        seen = set()
        for match in re.finditer(r"\b[A-Za-z_]\w*\b", self.stripped):
            name = match.group(0)
            texture_map = name.endswith("_map") and f"{name[:-4]}_raw" in defined
            if (texture_map or name in COMPUTE_ONLY) and name not in seen:
                seen.add(name)
                self.add(
                    "error",
                    "compute-only-identifier",
                    f"'{name}' exists only in compute passes (libplacebo's compute prelude); "
                    "in a fragment pass it is undefined",
                    _line_of(self.stripped, match.start(), self.hook_pass.body_line),
                )

    def thread_mapping(self, defined: set[str]) -> None:
        compute = self.hook_pass.compute
        if compute is None or compute[:2] == compute[2:]:
            return
        for match in re.finditer(r"\b([A-Za-z_]\w*)_pos\b", self.stripped):
            if f"{match.group(1)}_raw" in defined:
                self.add(
                    "warning",
                    "thread-mapping",
                    f"'{match.group(0)}' is the position of the invocation's thread, but this pass has "
                    f"{compute[2]}x{compute[3]} threads for {compute[0]}x{compute[1]} pixels; use "
                    f"{match.group(1)}_map(pixel) instead",
                    _line_of(self.stripped, match.start(), self.hook_pass.body_line),
                )
                return

    def compute_limits(self, usage: dict[str, SharedUsage | None]) -> None:
        compute = self.hook_pass.compute
        if compute is None:
            return
        invocations = compute[2] * compute[3]
        # Above MAX_GROUP_THREADS is an error of limits.shader_problems, which run applies too.
        if PORTABLE_GROUP_THREADS < invocations <= MAX_GROUP_THREADS:
            self.add(
                "warning",
                "invocations",
                f"{compute_directive(compute)}: {invocations} threads per group; Vulkan and "
                f"GLES 3.1 guarantee 128 and some mobile GPUs stop at {PORTABLE_GROUP_THREADS}",
                self.hook_pass.header_line,
            )
        gl, vulkan = usage.get("opengl4.5"), usage.get("vulkan")
        measured = {
            "opengl4.5": gl and gl.bytes,
            "gles": usage.get("gles") and usage["gles"].bytes,
            "vulkan1.1": vulkan and vulkan.bytes,
            "vulkan1.2": vulkan and vulkan.bytes,
            "hlsl5.0": vulkan and vulkan.d3d11_bytes,
            "msl": vulkan and vulkan.bytes,
        }
        over: dict[tuple[int, int], list[str]] = {}
        for target, size in measured.items():
            if size and size > SHARED_LIMITS[target]:
                over.setdefault((size, SHARED_LIMITS[target]), []).append(target)
        for (size, limit), targets in sorted(over.items()):
            self.add(
                "error",
                "shared-memory",
                f"{size} bytes of shared memory per group, above the {limit // KIB} KiB limit",
                self.hook_pass.header_line,
                tuple(targets),
            )
        largest = max((size for size in measured.values() if size), default=0)
        if not over and largest > SHARED_GUARANTEED:
            self.add(
                "warning",
                "shared-memory",
                f"{largest} bytes of shared memory per group, above the {SHARED_GUARANTEED // KIB} KiB "
                "that Vulkan and GLES 3.1 guarantee (desktop GPUs have 32 KiB or more)",
                self.hook_pass.header_line,
            )
        unsized = dict.fromkeys(item for summary in (gl, vulkan) if summary for item in summary.unsized)
        for line, declaration in unsized:
            self.add(
                "warning", "shared-memory", f"cannot size `{declaration}`; its bytes are not counted", line
            )

    def mid_shader_extensions(self, bodies: dict[str, str | None]) -> None:
        lines: dict[tuple[int, str], list[str]] = {}
        for target in ("opengl4.5", "gles"):
            body = bodies.get(target)
            for offset, text in enumerate((body or "").split("\n")):
                if text.strip().startswith("#extension"):
                    key = (self.hook_pass.body_line + offset, " ".join(text.split()))
                    lines.setdefault(key, []).append(target)
        for (line, directive), targets in sorted(lines.items()):
            self.add(
                "error",
                "mid-shader-extension",
                f"`{directive}` sits after libplacebo's declarations: Mesa rejects a mid-shader "
                "#extension on OpenGL; wrap it in `#ifdef VULKAN … #endif` (glslang defines VULKAN, "
                "GL compilers do not)",
                line,
                tuple(targets),
            )


def file_findings(shader: ShaderFile) -> list[Finding]:
    findings = []
    if not shader.passes:
        findings.append(Finding("warning", "no-passes", "the file has no hook passes"))
    if shader.params:
        findings.append(
            Finding(
                "warning",
                "param-blocks",
                "PARAM blocks need libplacebo ≥ 5.264; libplacebo v4 (Debian 12's mpv 0.35) "
                "rejects the whole file",
                line=shader.params[0].header_line,
                targets=("vulkan1.1",),
            )
        )
    for hook_pass in shader.passes:
        for hook in dict.fromkeys(hook_pass.hooks):
            if hook not in STAGE_NAMES:
                findings.append(
                    Finding(
                        "error",
                        "unknown-stage",
                        f"HOOK {shortened(hook)}: no such stage; libplacebo never runs the pass there",
                        hook_pass.index,
                        hook_pass.label,
                        hook_pass.header_line,
                    )
                )
        if not hook_pass.hooks:
            findings.append(
                Finding(
                    "warning",
                    "no-hook",
                    "pass has no HOOK line; libplacebo ignores it",
                    hook_pass.index,
                    hook_pass.label,
                    hook_pass.header_line,
                )
            )
    return findings
