"""Parse an mpv user shader (hook syntax) the way libplacebo does (mpv-hooks.md §1).

Splitting rules: everything before the first ``//!`` is dropped; a block's header is the run of
consecutive lines that start with ``//!`` once stripped (a blank line ends it); its body runs up
to the next ``//!`` *substring*, wherever it is. Directives match by prefix (``//!HOOKMAIN`` is
``HOOK MAIN``). Any parse error rejects the whole file, as in libplacebo; here it is one
ShadergenError line naming the file, the pass (DESC or number) and the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ShadergenError
from ..input_files import read_input_bytes
from .formats import TEXTURE_FORMATS, texture_format
from .limits import MAX_BINDS, MAX_HOOKS, MAX_PARAMS, MAX_PARSED_PASSES, MAX_PASSES, MAX_SHADER_BYTES
from .quoting import quoted, shortened
from .rpn import RPN, RPNError

MAGIC = "//!"
# pl_str_strip: C isspace().
C_WHITESPACE = " \t\n\v\f\r"

# What pl_str_parse_int / pl_str_parse_float accept: a whole decimal token.
_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_HEX_WHITESPACE = re.compile(r"\s+")
# Far beyond every value a directive can take (the largest range, a uint PARAM's, has 10 digits) and
# far below the 4,300 digits Python's int() accepts; a longer integer is a parse error.
MAX_INTEGER_DIGITS = 100

HOOK_DIRECTIVES = (
    "HOOK",
    "BIND",
    "SAVE",
    "DESC",
    "OFFSET",
    "WIDTH",
    "HEIGHT",
    "WHEN",
    "COMPONENTS",
    "COMPUTE",
)
PARAM_TYPES = ("int", "uint", "float")
# GLSL types libplacebo knows but refuses for PARAM ("must be scalar type").
NON_SCALAR_TYPES = {f"{p}vec{n}" for p in ("", "i", "u") for n in (2, 3, 4)} | {
    "mat2",
    "mat2x3",
    "mat2x4",
    "mat3",
    "mat3x4",
    "mat4x2",
    "mat4x3",
    "mat4",
}


@dataclass(frozen=True)
class HookPass:
    index: int  # 0-based index among the file's hook passes
    desc: str | None
    hooks: tuple[str, ...]
    binds: tuple[str, ...]
    save: str | None  # None: overwrite the hooked stage (also for `SAVE HOOKED`)
    width: RPN | None
    height: RPN | None
    when: RPN | None
    offset: tuple[float, float] | str | None  # "ALIGN" or (ox, oy)
    components: int | None
    compute: tuple[int, int, int, int] | None  # block w, block h, threads w, threads h
    body: str  # verbatim GLSL
    body_line: int  # 1-based line of the file where the body starts
    header_line: int  # 1-based line of the first directive

    @property
    def label(self) -> str:
        return self.desc if self.desc else f"pass {self.index + 1}"

    @property
    def name_for_errors(self) -> str:
        """``pass 3 (DESC)`` or ``pass 3``: how messages name this pass (a long DESC cut short)."""
        return _pass_name(self.index, self.desc)


def _pass_name(index: int, desc: str | None) -> str:
    return f"pass {index + 1} ({shortened(desc)})" if desc else f"pass {index + 1}"


@dataclass(frozen=True)
class TextureBlock:
    name: str
    size: tuple[int, ...]  # (w,), (w, h) or (w, h, d)
    format: str
    filter: str  # "NEAREST" (libplacebo's default) | "LINEAR"
    border: str  # "CLAMP" | "REPEAT" | "MIRROR"
    storage: bool
    data: bytes
    header_line: int


@dataclass(frozen=True)
class ParamBlock:
    name: str
    desc: str | None
    type_kind: str  # "int" | "uint" | "float" | "DEFINE"
    mode: str  # "DYNAMIC" | "CONSTANT" | "VARIABLE"; DEFINE params report "CONSTANT"
    enum: tuple[str, ...] | None
    minimum: float | None
    maximum: float | None
    value: float | int
    header_line: int


@dataclass(frozen=True)
class ShaderFile:
    path: str
    passes: tuple[HookPass, ...]
    textures: tuple[TextureBlock, ...]
    params: tuple[ParamBlock, ...]


def _strip(text: str) -> str:
    return text.strip(C_WHITESPACE)


def _eat(line: str, prefix: str) -> str | None:
    """libplacebo's ``pl_str_eatstart0``: the rest after ``prefix``, or None."""
    return line[len(prefix) :] if line.startswith(prefix) else None


class _Cursor:
    """The unparsed rest of the file, with the line number of its start.

    Line numbers are counted on from the last offset asked about, so numbering every line of
    the file costs one pass over it (counting from the start each time made parsing quadratic).
    """

    def __init__(self, text: str, offset: int):
        self.text = text
        self.offset = offset
        self._counted_to = 0  # line numbers are known up to this offset...
        self._line_there = 1  # ...where this line starts or continues

    def at_end(self) -> bool:
        return self.offset >= len(self.text)

    def line_number(self, offset: int | None = None) -> int:
        offset = self.offset if offset is None else offset
        if offset < self._counted_to:
            return self.text.count("\n", 0, offset) + 1
        self._line_there += self.text.count("\n", self._counted_to, offset)
        self._counted_to = offset
        return self._line_there

    def startswith(self, prefix: str) -> bool:
        return self.text.startswith(prefix, self.offset)

    def header(self) -> list[tuple[int, str]]:
        """Consume the directive lines; return (line number, text after ``//!``) pairs."""
        lines = []
        while not self.at_end():
            end = self.text.find("\n", self.offset)
            end = len(self.text) if end < 0 else end
            line = _strip(self.text[self.offset : end])
            if not line.startswith(MAGIC):
                break
            lines.append((self.line_number(), line[len(MAGIC) :]))
            self.offset = min(end + 1, len(self.text))
        return lines

    def body(self) -> tuple[str, int]:
        """Consume up to the next ``//!`` (libplacebo's split_magic); return (text, start line)."""
        start = self.offset
        end = self.text.find(MAGIC, start)
        end = len(self.text) if end < 0 else end
        self.offset = end
        return self.text[start:end], self.line_number(start)


def _parse_float(token: str) -> float | None:
    return float(token) if _FLOAT.fullmatch(token) else None


class _BlockError(Exception):
    def __init__(self, line: int, problem: str, where: str | None = None):
        super().__init__(problem)
        self.line = line
        self.problem = problem
        self.where = where  # "pass 2 (DESC)", "TEXTURE LUT"...; filled in by the block parser


def _parse_int(line: int, token: str) -> int | None:
    """The integer ``token`` spells, None if it is not one; _BlockError if it has too many digits."""
    if not _INT.fullmatch(token):
        return None
    digits = token.lstrip("+-").lstrip("0")  # int() counts leading zeros towards Python's limit
    if len(digits) > MAX_INTEGER_DIGITS:
        raise _BlockError(line, f"the integer {quoted(token)} has more than {MAX_INTEGER_DIGITS} digits")
    return -int(digits or "0") if token.startswith("-") else int(digits or "0")


def _parse_rpn(line: int, directive: str, text: str) -> RPN:
    try:
        return RPN.parse(text)
    except RPNError as error:
        raise _BlockError(line, f"bad RPN in {directive} {quoted(_strip(text))}: {error}") from None


def _parse_hook_block(cursor: _Cursor, index: int) -> HookPass:
    header = cursor.header()
    desc = None
    for _, text in header:
        rest = _eat(text, "DESC")
        if rest is not None:
            desc = _strip(rest)
    hooks: list[str] = []
    binds: list[str] = []
    fields: dict = {
        "save": None,
        "width": None,
        "height": None,
        "when": None,
        "offset": None,
        "components": None,
        "compute": None,
    }
    try:
        for line, text in header:
            _parse_hook_directive(line, text, hooks, binds, fields)
    except _BlockError as error:
        error.where = _pass_name(index, desc)
        raise
    body, body_line = cursor.body()
    return HookPass(
        index=index,
        desc=desc,
        hooks=tuple(hooks),
        binds=tuple(binds),
        body=body,
        body_line=body_line,
        header_line=header[0][0],
        **fields,
    )


def _parse_hook_directive(line: int, text: str, hooks: list, binds: list, fields: dict) -> None:
    if (rest := _eat(text, "HOOK")) is not None:
        if len(hooks) == MAX_HOOKS:
            raise _BlockError(line, f"more than {MAX_HOOKS} HOOK lines (libplacebo's limit)")
        hooks.append(_strip(rest))
    elif (rest := _eat(text, "BIND")) is not None:
        if len(binds) == MAX_BINDS:
            raise _BlockError(line, f"more than {MAX_BINDS} BIND lines (libplacebo's limit)")
        binds.append(_strip(rest))
    elif (rest := _eat(text, "SAVE")) is not None:
        name = _strip(rest)
        # `SAVE HOOKED` means "overwrite"; `SAVE MAIN` is libplacebo's alias of MAINPRESUB.
        fields["save"] = None if name == "HOOKED" else ("MAINPRESUB" if name == "MAIN" else name)
    elif _eat(text, "DESC") is not None:
        pass  # read before the other directives, to name the pass in messages
    elif (rest := _eat(text, "OFFSET")) is not None:
        rest = _strip(rest)
        if rest == "ALIGN":
            fields["offset"] = "ALIGN"
        else:
            parts = rest.split(" ", 2)  # a third part is an error: no need to split them all
            values = [_parse_float(p) for p in parts]
            if len(parts) != 2 or None in values:
                raise _BlockError(
                    line, f"OFFSET needs 'ALIGN' or two numbers separated by one space, got {quoted(rest)}"
                )
            fields["offset"] = (values[0], values[1])
    elif (rest := _eat(text, "WIDTH")) is not None:
        fields["width"] = _parse_rpn(line, "WIDTH", rest)
    elif (rest := _eat(text, "HEIGHT")) is not None:
        fields["height"] = _parse_rpn(line, "HEIGHT", rest)
    elif (rest := _eat(text, "WHEN")) is not None:
        fields["when"] = _parse_rpn(line, "WHEN", rest)
    elif (rest := _eat(text, "COMPONENTS")) is not None:
        value = _parse_int(line, _strip(rest))
        if value is None:
            raise _BlockError(line, f"COMPONENTS needs an integer, got {quoted(_strip(rest))}")
        fields["components"] = value
    elif (rest := _eat(text, "COMPUTE")) is not None:
        fields["compute"] = _parse_compute(line, _strip(rest))
    else:
        raise _BlockError(line, f"unknown directive {quoted(MAGIC + text)}")


def _parse_compute(line: int, text: str) -> tuple[int, int, int, int]:
    first = text.split(" ", 2)
    sizes = [_parse_int(line, t) for t in first[:2]]
    rest = _strip(first[2]) if len(first) > 2 else ""
    if rest:
        threads = rest.split(" ", 2)
        sizes += [_parse_int(line, t) for t in threads]
        if len(threads) != 2:
            sizes.append(None)
    if len(sizes) not in (2, 4) or None in sizes:
        raise _BlockError(line, f"COMPUTE needs 'bw bh' or 'bw bh tw th' integers, got {quoted(text)}")
    if min(sizes) < 1:
        raise _BlockError(line, f"COMPUTE sizes must be positive, got {quoted(text)}")
    bw, bh = sizes[0], sizes[1]
    tw, th = (sizes[2], sizes[3]) if len(sizes) == 4 else (bw, bh)
    return bw, bh, tw, th


def _decode_hex(line: int, text: str) -> bytes:
    digits = _HEX_WHITESPACE.sub("", text)  # libplacebo skips whitespace between hex digits
    try:
        return bytes.fromhex(digits)
    except ValueError:
        raise _BlockError(line, "the TEXTURE body must be a hexadecimal byte sequence") from None


def _parse_texture_block(cursor: _Cursor) -> TextureBlock:
    header = cursor.header()
    header_line = header[0][0]
    name, size, fmt, filt, border, storage = "USER_TEX", (1, 1), None, "NEAREST", "CLAMP", False
    for line, text in header:
        if (rest := _eat(text, "TEXTURE")) is not None:
            name = _strip(rest)
        elif (rest := _eat(text, "SIZE")) is not None:
            words = _strip(rest).split(" ", 3)
            dims = [_parse_int(line, t) for t in words]
            if None in dims or not 1 <= len(words) <= 3 or min(dims) < 1:
                raise _BlockError(line, f"SIZE needs 1 to 3 positive integers, got {quoted(_strip(rest))}")
            size = tuple(dims)
        elif (rest := _eat(text, "FORMAT")) is not None:
            fmt = _strip(rest)
            if texture_format(fmt) is None:
                known = ", ".join(sorted(TEXTURE_FORMATS))
                raise _BlockError(line, f"unknown FORMAT {quoted(fmt)} (known: {known})")
        elif (rest := _eat(text, "FILTER")) is not None:
            filt = _strip(rest)
            if filt not in ("LINEAR", "NEAREST"):
                raise _BlockError(line, f"FILTER must be LINEAR or NEAREST, got {quoted(filt)}")
        elif (rest := _eat(text, "BORDER")) is not None:
            border = _strip(rest)
            if border not in ("CLAMP", "REPEAT", "MIRROR"):
                raise _BlockError(line, f"BORDER must be CLAMP, REPEAT or MIRROR, got {quoted(border)}")
        elif _eat(text, "STORAGE") is not None:
            storage = True
        else:
            raise _BlockError(line, f"unknown directive {quoted(MAGIC + text)}")
    if fmt is None:
        raise _BlockError(header_line, "no FORMAT given")
    tex_format = texture_format(fmt)
    if filt == "LINEAR" and tex_format.integer:
        raise _BlockError(header_line, f"FORMAT {fmt} is an integer format and cannot be LINEAR")
    hex_text, body_line = cursor.body()
    data = _decode_hex(body_line, _strip(hex_text))
    texels = 1
    for dim in size:
        texels *= dim
    expected = texels * tex_format.texel_size
    if len(data) != expected and not (storage and not data):
        raise _BlockError(
            body_line,
            f"TEXTURE data is {len(data)} bytes, expected {expected} "
            f"({'x'.join(map(str, size))} texels of {fmt})",
        )
    return TextureBlock(name, size, fmt, filt, border, storage, data, header_line)


def _parse_param_value(line: int, type_kind: str, text: str) -> float | int | None:
    """pl ``parse_var``: the first space-separated token, and nothing but blanks after it."""
    token, _, rest = text.partition(" ")
    if _strip(rest):
        return None
    if type_kind == "float":
        return _parse_float(token)
    value = _parse_int(line, token)
    if value is None or (type_kind == "uint" and value < 0):
        return None
    return value


def _parse_param_block(cursor: _Cursor) -> ParamBlock:
    header = cursor.header()
    header_line = header[0][0]
    name = desc = None
    minimum_text = maximum_text = ""
    type_kind, mode, is_enum = None, "VARIABLE", False
    for line, text in header:
        if (rest := _eat(text, "PARAM")) is not None:
            name = _strip(rest)
        elif (rest := _eat(text, "DESC")) is not None:
            desc = _strip(rest)
        elif (rest := _eat(text, "MINIMUM")) is not None:
            minimum_text = _strip(rest)
        elif (rest := _eat(text, "MAXIMUM")) is not None:
            maximum_text = _strip(rest)
        elif (rest := _eat(text, "TYPE")) is not None:
            type_kind, mode, is_enum = _parse_param_type(line, _strip(rest))
        else:
            raise _BlockError(line, f"unknown directive {quoted(MAGIC + text)}")
    if type_kind is None:
        raise _BlockError(header_line, "missing TYPE")
    initial_text, body_line = cursor.body()
    initial = _strip(initial_text)
    if not initial:
        raise _BlockError(body_line, "missing initial value")
    if is_enum:
        names = tuple(_strip(n) for n in initial.split("\n") if _strip(n))
        return ParamBlock(name or "", desc, type_kind, mode, names, 0, len(names) - 1, 0, header_line)
    values = []
    for what, text in (("initial value", initial), ("MINIMUM", minimum_text), ("MAXIMUM", maximum_text)):
        value = _parse_param_value(header_line, type_kind, text) if text else None
        if text and value is None:
            raise _BlockError(header_line, f"cannot parse {what} {quoted(text)} as {type_kind}")
        values.append(value)
    value, minimum, maximum = values
    if minimum is not None and value < minimum:
        raise _BlockError(header_line, f"initial value {value} below MINIMUM {minimum}")
    if maximum is not None and value > maximum:
        raise _BlockError(header_line, f"initial value {value} above MAXIMUM {maximum}")
    return ParamBlock(name or "", desc, type_kind, mode, None, minimum, maximum, value, header_line)


def _parse_param_type(line: int, text: str) -> tuple[str, str, bool]:
    rest = _eat(text, "ENUM")
    is_enum = rest is not None
    text = _strip(rest) if is_enum else text
    if (rest := _eat(text, "DEFINE")) is not None:
        if _strip(rest):
            raise _BlockError(line, f"TYPE DEFINE takes no further words, got {quoted(_strip(rest))}")
        return "DEFINE", "CONSTANT", is_enum
    mode = "VARIABLE"
    for candidate in ("DYNAMIC", "CONSTANT"):
        if (rest := _eat(text, candidate)) is not None:
            mode, text = candidate, _strip(rest)
            break
    if text in NON_SCALAR_TYPES:
        raise _BlockError(line, f"PARAM type {quoted(text)} is not a scalar (int, uint or float)")
    if text not in PARAM_TYPES:
        raise _BlockError(line, f"unknown PARAM type {quoted(text)} (int, uint, float or DEFINE)")
    if is_enum and text != "int":
        raise _BlockError(line, "ENUM needs type int or DEFINE")
    return text, mode, is_enum


def _block_name(text: str, block_offset: int) -> str:
    """``TEXTURE LUT`` / ``PARAM strength``: the first header line of the failing block, cut short."""
    end = text.find("\n", block_offset)
    first = _strip(text[block_offset : end if end >= 0 else len(text)])
    return shortened(_strip(first[len(MAGIC) :])) if first.startswith(MAGIC) else "block"


def parse_shader(text: str, path: str = "<shader>") -> ShaderFile:
    """Split ``text`` into hook passes, TEXTURE and PARAM blocks; ShadergenError on any problem."""
    first = text.find(MAGIC)
    if first < 0:
        raise ShadergenError(
            f"{path}: no '//!' directive at all; libplacebo rejects such a file "
            '("Shader appears to contain no headers?")'
        )
    cursor = _Cursor(text, first)
    passes: list[HookPass] = []
    textures: list[TextureBlock] = []
    params: list[ParamBlock] = []
    while not cursor.at_end():
        block_offset, block_line = cursor.offset, cursor.line_number()
        try:
            if cursor.startswith("//!TEXTURE"):
                textures.append(_parse_texture_block(cursor))
            elif cursor.startswith("//!PARAM"):
                if len(params) == MAX_PARAMS:
                    raise ShadergenError(
                        f"{path}: line {block_line}: more than {MAX_PARAMS} PARAM blocks, shadergen's limit "
                        "(mpv's own renderer takes 16); the rest of the file is not read"
                    )
                params.append(_parse_param_block(cursor))
            elif cursor.startswith("//!BUFFER"):
                raise _BlockError(
                    block_line, "BUFFER blocks are not supported by shadergen's runtime", "BUFFER block"
                )
            elif len(passes) == MAX_PARSED_PASSES:
                raise ShadergenError(
                    f"{path}: line {block_line}: more than {MAX_PARSED_PASSES} passes, far beyond "
                    f"shadergen's limit of {MAX_PASSES}; the rest of the file is not read"
                )
            else:
                passes.append(_parse_hook_block(cursor, len(passes)))
        except _BlockError as error:
            where = error.where or _block_name(text, block_offset)
            raise ShadergenError(f"{path}: {where}: line {error.line}: {error.problem}") from None
    return ShaderFile(path, tuple(passes), tuple(textures), tuple(params))


def read_shader_text(path: str | Path) -> str:
    """The text of a shader file; a missing, unreadable or non-UTF-8 file is a ShadergenError."""
    raw = read_input_bytes(path, MAX_SHADER_BYTES, "shader")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ShadergenError(f"{path}: not UTF-8 text (byte {error.start})") from None


def load_shader(path: str | Path) -> ShaderFile:
    """Read and parse a shader file; a missing or unreadable file is a ShadergenError."""
    return parse_shader(read_shader_text(path), str(path))
