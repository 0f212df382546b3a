"""Names that reach a shader: texture names, GLSL identifiers, DESC text, header comments.

Layer and model names come from the weights file, i.e. from whoever wrote it. Anything printed into
a directive or into GLSL goes through ``sanitize_identifier`` (``[A-Za-z0-9_]`` only), so no name
can start a ``//!`` block, break a line or inject code. Free text (licences, descriptions) only
goes into the header comment, through ``comment_lines``.
"""

from __future__ import annotations

import re

# Long enough for every real model name, short enough to keep the per-texture macros readable.
MAX_IDENTIFIER_LENGTH = 40
_NOT_IDENTIFIER = re.compile(r"[^A-Za-z0-9_]+")
_REPEATED_UNDERSCORES = re.compile(r"_{2,}")  # GLSL reserves identifiers containing "__"
MPV_DIRECTIVE = "//!"


def sanitize_identifier(text: str, fallback: str = "model") -> str:
    """``text`` reduced to a valid GLSL identifier made of ``[A-Za-z0-9_]`` with no ``__``."""
    name = _NOT_IDENTIFIER.sub("_", str(text))
    name = _REPEATED_UNDERSCORES.sub("_", name).strip("_")[:MAX_IDENTIFIER_LENGTH].rstrip("_")
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"m{name}"
    return name


def comment_lines(text: str) -> list[str]:
    """Free text as ``//`` comment lines that can neither start a directive nor hide one.

    mpv splits a file at every ``//!`` substring, anywhere in a line, so each occurrence is broken.
    """
    lines = []
    for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.rstrip()
        while MPV_DIRECTIVE in line:
            line = line.replace(MPV_DIRECTIVE, "// !")
        lines.append(f"// {line}" if line else "//")
    return lines
