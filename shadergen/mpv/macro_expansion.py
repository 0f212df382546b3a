"""How many tokens a pass's source holds once its macros are expanded, before any compiler sees it.

Forty lines of ``#define M1 M0 M0`` … ``#define M40 M39 M39`` (853 bytes) expand to 2^40 tokens, and
so do forty nested invocations of ``#define F(x) x x``: Mesa's preprocessor allocates until the
system kills it or it crashes, and glslang takes 3.3 GB in 3 s (a fuzz run of 2026-12-05). The
expansion is counted here without expanding anything (expanded_size), and a pass whose count passes
``MAX_EXPANDED_TOKENS`` is refused (mpv/limits.py). The count is a guard against expansion bombs,
not a preprocessor: ``#`` and ``##``, conditionals and a macro redefined inside the text are
ignored, so it can be off for odd sources, never unbounded.
"""

from __future__ import annotations

import re

# The largest pass shipped or compared against expands to 49,096 tokens (CuNNy 4x32-DS).
MAX_EXPANDED_TOKENS = 1 << 20
DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(\([^)]*\))?(.*)$", re.M)
TOKEN = re.compile(r"[A-Za-z_]\w*|\d[\w.]*|\S")


def expanded_size(source: str) -> int:
    """How many tokens ``source`` holds once its macros are expanded (at most just past the limit).

    Object-like macros expand to their replacement, each counted once from the counts of those
    defined before it (a macro's name inside its own expansion stays a name). A function-like
    macro's invocation counts its replacement with each parameter replaced by its argument's
    count, so nested invocations multiply as the preprocessor's do; inside a replacement, a
    function-like macro counts its own replacement with parameters as one token each."""
    definitions: dict[str, tuple[list[str] | None, list[str]]] = {}
    body: list[str] = []
    for line in source.replace("\\\r\n", " ").replace("\\\n", " ").splitlines():
        match = DEFINE.match(line)
        if match:
            parameters = None if match[2] is None else TOKEN.findall(match[2])[1:-1:2]
            definitions[match[1]] = (parameters, TOKEN.findall(match[3]))
        elif not line.lstrip().startswith("#"):
            body += TOKEN.findall(line)
    sizes: dict[str, int] = {}

    def replacement(name: str, arguments: dict[str, int], active: frozenset[str]) -> int:
        if not arguments and name in sizes:
            return sizes[name]
        total = 0
        for token in definitions[name][1]:
            if token in arguments:
                total += arguments[token]
            elif token in definitions and token != name and token not in active:
                total += replacement(token, {}, active | {name})
            else:
                total += 1
            if total > MAX_EXPANDED_TOKENS:
                break
        return total

    for name in definitions:  # in the order of definition: each from the counts before it
        try:
            sizes[name] = replacement(name, {}, frozenset())
        except RecursionError:  # macros used before their definitions, nested past Python's stack
            return MAX_EXPANDED_TOKENS + 1

    def run(tokens: list[str], start: int, stop: int) -> int:
        total, k = 0, start
        while k < stop and total <= MAX_EXPANDED_TOKENS:
            token = tokens[k]
            parameters = definitions[token][0] if token in definitions else None
            if parameters is not None and k + 1 < stop and tokens[k + 1] == "(":
                bounds, depth, j = [k + 1], 0, k + 1
                while j < stop:
                    depth += {"(": 1, ")": -1}.get(tokens[j], 0)
                    if depth == 0 or (depth == 1 and tokens[j] == ","):
                        bounds.append(j)
                    if depth == 0:
                        break
                    j += 1
                counts = [run(tokens, a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
                total += replacement(token, dict(zip(parameters, counts, strict=False)), frozenset())
                k = j + 1
                continue
            total += sizes[token] if token in definitions else 1
            k += 1
        return total

    try:
        return run(body, 0, len(body))
    except RecursionError:  # invocations nested past Python's stack
        return MAX_EXPANDED_TOKENS + 1


def expansion_problem(source: str) -> str | None:
    """A one-line description when ``source`` expands past the limit once preprocessed, else None."""
    if expanded_size(source) <= MAX_EXPANDED_TOKENS:
        return None
    return (f"its macros expand to more than {MAX_EXPANDED_TOKENS} tokens (a preprocessor bomb: no compiler "
            "is given it)")
