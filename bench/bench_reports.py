"""Reading what ``shadergen bench --json`` printed: one JSON object per run (indented), any number of
them one after another in a file (``>>`` appends), or one per line."""

from __future__ import annotations

import json
from collections.abc import Iterator


def bench_reports(text: str) -> Iterator[dict]:
    """Each report object in ``text``, in order."""
    decoder, at = json.JSONDecoder(), 0
    while text[at:].strip():
        at += len(text[at:]) - len(text[at:].lstrip())
        report, at = decoder.raw_decode(text, at)
        yield report
