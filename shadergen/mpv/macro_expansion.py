"""How many tokens a pass's source can hold once its macros are expanded, before any compiler sees it.

Forty lines of ``#define M1 M0 M0`` … ``#define M40 M39 M39`` (853 bytes) expand to 2^40 tokens, and
so do forty nested invocations of ``#define F(x) x x`` or five lines of ``#define F5(x) F4(F4(x))``:
Mesa's preprocessor allocates until the system kills it or it crashes, and glslang took 3.3 GB in
3 s (fuzz runs of 2026-12-05). expanded_size counts, without expanding anything, and a pass whose
count passes ``MAX_EXPANDED_TOKENS`` is refused (mpv/limits.py).

The count is an upper bound of the preprocessor's, not a preprocessor:

* comments go first (``#/**/define`` is a directive), then line continuations (joined with nothing);
* every definition of a name counts and the largest is kept (``#undef``, a redefinition after a use
  and ``#if``/``#else`` branches cannot hide a bomb); directive lines other than definitions count
  as text (``#if M40`` expands M40);
* a macro's size is a linear form in its parameters' sizes (``F(x) x x``: 2·x), so invocations
  nested in the text or in other macros' replacements multiply as the preprocessor's do; an object
  macro naming a function-like one is an alias for it;
* a ``##`` paste may name any macro: it counts as the largest object macro;
* a macro inside its own expansion (also through others) stays one token.

Every number saturates just past the limit, so the work is linear in the source for any input.
"""

from __future__ import annotations

import functools
import re

# The largest pass shipped or compared against expands to 49,096 tokens (CuNNy 4x32-DS).
MAX_EXPANDED_TOKENS = 1 << 20
CAP = MAX_EXPANDED_TOKENS + 1
COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
DIRECTIVE = re.compile(r"^[^\S\n]*#[^\S\n]*(\w*)(.*)$", re.M)
DEFINE = re.compile(r"^([A-Za-z_]\w*)(\([^)]*\))?(.*)$", re.S)
TOKEN = re.compile(r"##|[A-Za-z_]\w*|\d[\w.]*|\S")

# A linear form: (constant, {parameter: coefficient}), every number at most CAP.
Form = tuple[int, dict[str, int]]


def _add(a: int, b: int) -> int:
    return min(CAP, a + b)


def _scale(form: Form, factor: int) -> Form:
    constant, terms = form
    return min(CAP, constant * factor), {p: min(CAP, c * factor) for p, c in terms.items()}


def _plus(a: Form, b: Form) -> Form:
    terms = dict(a[1])
    for parameter, coefficient in b[1].items():
        terms[parameter] = _add(terms.get(parameter, 0), coefficient)
    return _add(a[0], b[0]), terms


class _Macros:
    def __init__(self, source: str):
        text = COMMENT.sub(" ", source).replace("\\\r\n", "").replace("\\\n", "")
        self.parameters: dict[str, list[str]] = {}  # function-like macros only
        self.replacements: dict[str, list[list[str]]] = {}  # every definition of each name
        self.text: list[str] = []
        last = 0
        for match in DIRECTIVE.finditer(text):
            self.text += TOKEN.findall(text[last:match.start()])
            last = match.end()
            definition = DEFINE.match(match[2].strip()) if match[1] == "define" else None
            if definition is None:  # #if, #elif, #line...: their expressions are expanded
                self.text += TOKEN.findall(match[2])
                continue
            name, parameters, replacement = definition.groups()
            if parameters is not None:
                self.parameters[name] = re.findall(r"[A-Za-z_]\w*|\.\.\.", parameters)
            self.replacements.setdefault(name, []).append(TOKEN.findall(replacement))
        self.text += TOKEN.findall(text[last:])
        self.forms: dict[str, Form] = {}
        self.pending: set[str] = set()
        self.largest_object = 1

    def form(self, name: str) -> Form:
        """The size of ``name``'s expansion as a linear form of its parameters' sizes (the largest
        of its definitions); a macro met again inside its own expansion is one token."""
        if name in self.forms:
            return self.forms[name]
        if name in self.pending:
            return 1, {}
        self.pending.add(name)
        forms = [self.count(tokens, set(self.parameters.get(name, ()))) for tokens in self.replacements[name]]
        self.pending.discard(name)
        best = max(forms, key=lambda f: _add(f[0], sum(f[1].values())))
        self.forms[name] = best
        if name not in self.parameters:
            self.largest_object = max(self.largest_object, best[0])
        return best

    def settle(self, name: str) -> None:
        """form(name), the macros it uses first (an explicit stack: a chain of 10,000 definitions,
        each using the next, costs no deep recursion)."""
        stack, visiting = [(name, False)], set()
        while stack:
            current, ready = stack.pop()
            if current in self.forms:
                continue
            uses = {t for tokens in self.replacements[current] for t in tokens
                    if t in self.replacements and t not in self.forms and t != current}
            if ready or not uses or current in visiting:
                self.form(current)
                continue
            visiting.add(current)
            stack.append((current, True))
            stack.extend((use, False) for use in uses if use not in visiting)

    def callee(self, name: str) -> str | None:
        """The function-like macro ``name`` invokes when followed by '(' (itself, or an alias)."""
        if name in self.parameters:
            return name
        for tokens in self.replacements.get(name, ()):
            if len(tokens) == 1 and tokens[0] in self.parameters:
                return tokens[0]
        return None

    def count(self, tokens: list[str], parameters: set[str]) -> Form:
        """The size of ``tokens`` expanded, as a linear form of ``parameters``' sizes."""
        total: Form = (0, {})
        k = 0
        while k < len(tokens) and total[0] < CAP:
            token = tokens[k]
            callee = self.callee(token) if token not in parameters else None
            if callee is not None and k + 1 < len(tokens) and tokens[k + 1] == "(":
                arguments, k = self._arguments(tokens, k + 1)
                constant, terms = self.form(callee)
                result: Form = (constant, {})
                for parameter, argument in zip(self.parameters[callee], arguments, strict=False):
                    result = _plus(result, _scale(self.count(argument, parameters), terms.get(parameter, 0)))
                total = _plus(total, result)
                continue
            if token in parameters:
                total = _plus(total, (0, {token: 1}))
            elif token == "##":  # the pasted name may be any macro
                total = _plus(total, (self.largest_object, {}))
            elif token in self.replacements and token not in self.parameters:
                total = _plus(total, (self.form(token)[0], {}))
            else:
                total = _plus(total, (1, {}))
            k += 1
        return total

    @staticmethod
    def _arguments(tokens: list[str], start: int) -> tuple[list[list[str]], int]:
        """The arguments of the invocation whose '(' is at ``start``, and the index after its ')'."""
        arguments, current, depth = [], [], 0
        for k in range(start, len(tokens)):
            token = tokens[k]
            depth += {"(": 1, ")": -1}.get(token, 0)
            if depth == 0:
                arguments.append(current)
                return arguments, k + 1
            if depth == 1 and token == ",":
                arguments.append(current)
                current = []
            elif k > start:
                current.append(token)
        arguments.append(current)
        return arguments, len(tokens)


def expanded_size(source: str) -> int:
    """An upper bound of how many tokens ``source`` holds once preprocessed (at most just past the
    limit). A source nested deeper than Python's stack (invocations inside invocations, a cycle of
    thousands of macros) counts as past the limit."""
    macros = _Macros(source)
    try:
        for name in macros.replacements:  # every form first: the largest object macro is ## pastes'
            macros.settle(name)
        return macros.count(macros.text, set())[0]
    except RecursionError:
        return CAP


@functools.lru_cache(maxsize=1024)
def expansion_problem(source: str) -> str | None:
    """A one-line description when ``source`` expands past the limit once preprocessed, else None.
    Remembered per source: ``run`` checks its files' limits before it builds the runtime and the
    runtime again (0.15 s for a large pass set), and lint, cost and the runtime share passes."""
    if expanded_size(source) <= MAX_EXPANDED_TOKENS:
        return None
    return (f"its macros expand to more than {MAX_EXPANDED_TOKENS} tokens (a preprocessor bomb: no compiler "
            "is given it)")
