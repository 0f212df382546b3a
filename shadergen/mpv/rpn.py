"""The RPN expression language of WIDTH, HEIGHT and WHEN (mpv-hooks.md §2).

Tokens are split on single spaces and classified by libplacebo's rules, in this order:
``NAME.w``/``NAME.width``/``NAME.h``/``NAME.height`` are texture sizes; a token whose *first*
character is one of ``+ - * / % ! > < =`` is an operator (so ``-1`` is SUB and ``>=`` is GT); a
token starting with a digit must be a whole float literal; anything else is a variable (a PARAM or
ENUM member name, libplacebo ≥ 5.264). Arithmetic is single precision like libplacebo's C floats.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .quoting import quoted

# libplacebo's MAX_SHEXP_SIZE (custom_mpv.c): 32 tokens in every release up to v7.360 and in mpv;
# only libplacebo master after 2026-04 allows 64, so 32 is what real players accept.
MAX_TOKENS = 32

# libplacebo's fuzzy `=`: fabsf(a - b) <= 1e-6 * fmaxf(a, b) (eval_shexpr).
EQUALITY_RELATIVE_TOLERANCE = 1e-6

OPERATORS = {"+": 2, "-": 2, "*": 2, "/": 2, "%": 2, ">": 2, "<": 2, "=": 2, "!": 1}

# What pl_str_parse_float accepts: a full decimal float literal (strtod, then no trailing junk).
_FLOAT_LITERAL = re.compile(r"[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?")


class RPNError(ValueError):
    """An expression that cannot be parsed or evaluated; the message says why."""


@dataclass(frozen=True)
class Token:
    kind: str  # "const" | "width" | "height" | "op" | "var"
    value: float | str  # the constant, the texture or variable name, or the operator character

    def __str__(self) -> str:
        if self.kind == "width":
            return f"{self.value}.w"
        if self.kind == "height":
            return f"{self.value}.h"
        return str(self.value) if self.kind != "const" else repr(self.value)


def _classify(word: str) -> Token:
    for suffix, kind in ((".width", "width"), (".w", "width"), (".height", "height"), (".h", "height")):
        if word.endswith(suffix):
            return Token(kind, word[: -len(suffix)])
    if word[0] in OPERATORS:
        return Token("op", word[0])
    if word[0].isascii() and word[0].isdigit():
        if not _FLOAT_LITERAL.fullmatch(word):
            raise RPNError(f"{quoted(word)} is not a number (RPN literals are plain decimals)")
        return Token("const", float(np.float32(float(word))))
    return Token("var", word)


@dataclass(frozen=True)
class RPN:
    """A parsed expression; ``source`` is the text after the directive, for messages."""

    tokens: tuple[Token, ...]
    source: str = ""

    @classmethod
    def parse(cls, text: str, max_tokens: int = MAX_TOKENS) -> RPN:
        words = [word for word in text.split(" ") if word]
        if len(words) > max_tokens:
            raise RPNError(f"{len(words)} tokens, more than libplacebo's limit of {max_tokens}")
        return cls(tuple(_classify(word) for word in words), text.strip())

    @classmethod
    def constant(cls, value: float) -> RPN:
        return cls((Token("const", float(value)),), repr(float(value)))

    @classmethod
    def texture_size(cls, name: str, axis: str) -> RPN:
        kind = "width" if axis == "w" else "height"
        token = Token(kind, name)
        return cls((token,), str(token))

    def textures(self) -> set[str]:
        """Names whose ``.w``/``.h`` the expression reads."""
        return {str(t.value) for t in self.tokens if t.kind in ("width", "height")}

    def parameters(self) -> set[str]:
        """Bare names (PARAM values or ENUM members)."""
        return {str(t.value) for t in self.tokens if t.kind == "var"}

    def variables(self) -> set[str]:
        """Every name the expression reads: textures (``NAME`` of ``NAME.w``) and parameters."""
        return self.textures() | self.parameters()

    def evaluate(self, lookup: Callable[[str], float | None] | Mapping[str, float]) -> float:
        """Evaluate with libplacebo's float32 stack machine.

        ``lookup`` maps ``"NAME.w"``/``"NAME.h"`` to texture sizes and bare names to parameter
        values; it returns None (or lacks the key) for unknown names. Raises RPNError on an unknown
        name, stack underflow, a non-finite intermediate, or a final stack that is not one value.
        """
        get = lookup.get if isinstance(lookup, Mapping) else lookup
        stack: list[np.float32] = []
        for token in self.tokens:
            if token.kind == "const":
                stack.append(np.float32(token.value))
            elif token.kind in ("width", "height", "var"):
                key = f"{token.value}.{'w' if token.kind == 'width' else 'h'}"
                key = str(token.value) if token.kind == "var" else key
                value = get(key)
                if value is None:
                    raise RPNError(
                        f"unknown {'variable' if token.kind == 'var' else 'texture'} {quoted(str(token))}"
                    )
                stack.append(np.float32(value))
            else:
                stack.append(self._apply(str(token.value), stack))
        if len(stack) != 1:
            raise RPNError(f"{len(stack)} values left on the stack instead of 1")
        if not math.isfinite(float(stack[0])):
            raise RPNError(f"the result {float(stack[0])!r} is not finite")
        return float(stack[0])

    @staticmethod
    def _apply(op: str, stack: list[np.float32]) -> np.float32:
        if len(stack) < OPERATORS[op]:
            raise RPNError(f"stack underflow at {op!r}")
        if op == "!":
            return np.float32(1.0 if stack.pop() == 0 else 0.0)
        b, a = stack.pop(), stack.pop()
        with np.errstate(all="ignore"):
            if op == "+":
                result = a + b
            elif op == "-":
                result = a - b
            elif op == "*":
                result = a * b
            elif op == "/":
                result = a / b
            elif op == "%":
                result = np.fmod(a, b)  # C fmodf: the sign of the dividend
            elif op == ">":
                result = np.float32(a > b)
            elif op == "<":
                result = np.float32(a < b)
            else:  # "=": fuzzy, and false for equal negative numbers, as in libplacebo (the
                # float difference is compared in double, as C promotes it against 1e-6)
                result = np.float32(float(np.abs(a - b)) <= EQUALITY_RELATIVE_TOLERANCE * float(max(a, b)))
        if not math.isfinite(float(result)):
            raise RPNError(f"non-finite result of {float(a)!r} {op} {float(b)!r}")
        return np.float32(result)

    def __str__(self) -> str:
        return self.source or " ".join(str(t) for t in self.tokens)
