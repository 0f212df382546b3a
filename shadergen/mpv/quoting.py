"""How error messages quote text taken from a user's file: short enough for one readable line.

A directive can be megabytes long (a 20 MB ``//!WIDTH`` line); its message shows the first
``QUOTED_CHARACTERS`` characters, an ellipsis and the full length.
"""

from __future__ import annotations

QUOTED_CHARACTERS = 80


def quoted(text: str, limit: int = QUOTED_CHARACTERS) -> str:
    """``repr(text)``, or for a longer text ``'its first characters…' (N characters)``."""
    if len(text) <= limit:
        return repr(text)
    shown = repr(text[:limit])
    return f"{shown[:-1]}…{shown[-1]} ({len(text)} characters)"


def shortened(text: str, limit: int = QUOTED_CHARACTERS) -> str:
    """``text`` itself (no quotes), cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[:limit] + "…"
