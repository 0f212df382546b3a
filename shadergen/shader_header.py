"""What a shader made by shadergen says about itself in its header comment.

The lines come from ``templates/header.glsl.j2``: ``// shadergen VERSION: model=M variant=V
precision=P [planes=L]`` and ``// Weights: FILE`` (a file name, never a path). Only the comment block before
the first ``//!`` directive is read, so a pass body can never pose as a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ORIGIN_LINE = re.compile(
    r"^// shadergen (?P<version>\S+): model=(?P<model>\S+) variant=(?P<variant>\S+) "
    r"precision=(?P<precision>\S+)(?: planes=(?P<planes>\S+))?\s*$",
    re.MULTILINE,
)
WEIGHTS_LINE = re.compile(r"^// Weights: (?P<file>\S.*?)\s*$", re.MULTILINE)
DIRECTIVE_PREFIX = "//!"


@dataclass(frozen=True)
class ShaderHeader:
    version: str
    model: str
    variant: str  # "fragment" | "compute"
    precision: str  # "fp32" | "fp16"
    weights_file: str | None  # the weights' file name, as the generator saw it
    planes: str = "luma"  # luma | chroma | ycbcr | rgb (shadergen/planes.py); luma shaders omit it


def read_header(text: str) -> ShaderHeader | None:
    """The header of a shadergen shader, or None for any other mpv user shader."""
    first_directive = text.find(DIRECTIVE_PREFIX)
    preamble = text if first_directive < 0 else text[:first_directive]
    origin = ORIGIN_LINE.search(preamble)
    if origin is None:
        return None
    weights = WEIGHTS_LINE.search(preamble)
    return ShaderHeader(
        origin["version"],
        origin["model"],
        origin["variant"],
        origin["precision"],
        weights["file"] if weights else None,
        origin["planes"] or "luma",
    )
