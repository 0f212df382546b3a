"""What libplacebo does around a hook pass that both the runtime and the linter must agree on
(mpv-hooks.md §3, §4): the stage names, how a BIND resolves, the macros each bound hook texture
gets, the order stages fire in, and what counts as a comment. The numeric limits (BINDs,
threads, shared memory, texture sizes) are in limits.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Names that are stages rather than saved textures (mpv-hooks.md §3.1); MAIN is MAINPRESUB.
STAGE_NAMES = (
    "RGB",
    "LUMA",
    "CHROMA",
    "ALPHA",
    "XYZ",
    "CHROMA_SCALED",
    "ALPHA_SCALED",
    "NATIVE",
    "MAINPRESUB",
    "MAIN",
    "LINEAR",
    "SIGMOID",
    "PREKERNEL",
    "POSTKERNEL",
    "SCALED",
    "PREOUTPUT",
    "OUTPUT",
)

# The stages in the order they fire on a Y'CbCr frame (mpv-hooks.md §3); MAIN is MAINPRESUB.
FIRING_ORDER = tuple(
    "LUMA CHROMA CHROMA_SCALED NATIVE MAINPRESUB LINEAR SIGMOID PREKERNEL POSTKERNEL SCALED PREOUTPUT "
    "OUTPUT".split()
)
# Stages a hook may resize (mpv-hooks.md §3.4); resizing another one disables the file.
RESIZABLE_STAGES = frozenset(("RGB", "LUMA", "CHROMA", "ALPHA", "XYZ", "NATIVE", "MAINPRESUB"))
# The stages from the main scaler on have the target's size.
TARGET_SIZED = FIRING_ORDER[FIRING_ORDER.index("LINEAR") :]

# The ten macros bind_pass_tex emits per hook texture, in its order; GATHER_SUFFIX is added when
# the texture format can be gathered.
HOOK_TEXTURE_SUFFIXES = ("raw", "pos", "map", "size", "pt", "off", "mul", "rot", "tex", "texOff")
# The HOOKED_/MAIN_ alias sets list them in this (different) order, then GATHER_SUFFIX.
ALIAS_SUFFIXES = ("raw", "pos", "size", "rot", "off", "pt", "map", "mul", "tex", "texOff")
GATHER_SUFFIX = "gather"

_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)


@dataclass(frozen=True)
class ResolvedBind:
    name: str  # the texture name libplacebo binds under (HOOKED → the stage, MAIN → MAINPRESUB)
    hooked: bool  # also emit HOOKED_* aliases
    mainpresub: bool  # also emit MAIN_* aliases


def stage_name(hook: str) -> str:
    """The name a hooked stage binds under: libplacebo calls MAIN ``MAINPRESUB`` (§3.1)."""
    return "MAINPRESUB" if hook in ("MAIN", "MAINPRESUB") else hook


def resolve_bind(name: str, stage: str) -> ResolvedBind:
    """libplacebo's BIND aliases (mpv-hooks.md §4.1)."""
    hooked = name == "HOOKED"
    texname = stage_name(stage) if hooked else name
    mainpresub = texname in ("MAIN", "MAINPRESUB")
    return ResolvedBind("MAINPRESUB" if mainpresub else texname, hooked, mainpresub)


def strip_comments(text: str) -> str:
    """GLSL without comments. A block comment becomes its newlines (so lines still count), or a
    space when it has none (a comment separates tokens)."""
    def blank(match: re.Match) -> str:
        comment = match.group(0)
        if not comment.startswith("/*"):
            return ""
        return "\n" * comment.count("\n") or " "

    return _COMMENTS.sub(blank, text)


# Tensor cores from a hook shader: libplacebo's glslang compiles GL_NV_cooperative_matrix, and NVIDIA's
# Vulkan driver runs it (bench/coopmat-probe.json), though libplacebo never enables the device
# extension. OpenGL (a mid-shader #extension), D3D11 and other Vulkan drivers cannot: a pass using
# it is meant for libplacebo on NVIDIA's Vulkan only.
VULKAN_ONLY_EXTENSION = "GL_NV_cooperative_matrix"


def vulkan_only(hook_pass) -> bool:
    """Whether ``hook_pass`` (an mpv.parse.HookPass) uses tensor cores, so runs on NVIDIA's Vulkan only."""
    return VULKAN_ONLY_EXTENSION in hook_pass.body
