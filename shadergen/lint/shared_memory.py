"""Bytes of ``shared`` memory a compute pass declares (mpv-hooks.md §5.2: libplacebo does not
count them, only the driver limit applies, so the linter must).

Works on the pass body after glslang's preprocessor, so ``#define`` sizes are already expanded;
``const int``/``const uint`` declarations are evaluated here. Sizes are tightly packed (a vec3 is
12 bytes), which is what Mesa reports; a driver may pad more.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

_CONST_INT = re.compile(
    r"\bconst\s+(?:(?:highp|mediump|lowp)\s+)?(?:int|uint)\s+([A-Za-z_]\w*)\s*=\s*([^;]+);"
)
_SHARED = re.compile(r"\bshared\s+([^;]+);")
_QUALIFIERS = {"highp", "mediump", "lowp", "precise", "coherent", "volatile", "restrict"}


def evaluate_int(expression: str, constants: dict[str, int]) -> int | None:
    """An integer constant expression in GLSL syntax (after the preprocessor), or None."""
    text = re.sub(r"\b(\d+)[uU]\b", r"\1", expression.strip())
    text = re.sub(r"\b(?:int|uint)\s*\(", "(", text)
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return None

    def value(node) -> int:
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name) and node.id in constants:
            return constants[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = value(node.operand)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp):
            left, right = value(node.left), value(node.right)
            operations = {
                ast.Add: lambda: left + right,
                ast.Sub: lambda: left - right,
                ast.Mult: lambda: left * right,
                ast.LShift: lambda: left << right,
                ast.RShift: lambda: left >> right,
                ast.BitAnd: lambda: left & right,
                ast.BitOr: lambda: left | right,
                # GLSL integer division and remainder truncate towards zero.
                ast.Div: lambda: int(left / right),
                ast.Mod: lambda: left - right * int(left / right),
            }
            if type(node.op) in operations:
                return operations[type(node.op)]()
        raise ValueError(ast.dump(node))

    try:
        return value(tree.body)
    except (ValueError, ZeroDivisionError):
        return None


_SCALAR_BYTES = {
    "bool": 4,
    "int": 4,
    "uint": 4,
    "float": 4,
    "double": 8,
    "float16_t": 2,
    "float32_t": 4,
    "float64_t": 8,
    "int8_t": 1,
    "uint8_t": 1,
    "int16_t": 2,
    "uint16_t": 2,
    "int32_t": 4,
    "uint32_t": 4,
    "int64_t": 8,
    "uint64_t": 8,
}
_VECTOR_SCALARS = {
    "": "float",
    "i": "int",
    "u": "uint",
    "b": "bool",
    "d": "double",
    "f16": "float16_t",
    "f32": "float32_t",
    "f64": "float64_t",
    "i8": "int8_t",
    "u8": "uint8_t",
    "i16": "int16_t",
    "u16": "uint16_t",
    "i32": "int32_t",
    "u32": "uint32_t",
    "i64": "int64_t",
    "u64": "uint64_t",
}


def glsl_type_size(glsl_type: str, min_scalar_bytes: int = 1) -> int | None:
    """Tightly packed byte size of a GLSL scalar, vector or matrix type; None if unknown.
    ``min_scalar_bytes=4`` models D3D11, where min16float still occupies 32 bits."""
    if glsl_type in _SCALAR_BYTES:
        return max(_SCALAR_BYTES[glsl_type], min_scalar_bytes)
    vector = re.fullmatch(r"(|i|u|b|d|f16|f32|f64|i8|u8|i16|u16|i32|u32|i64|u64)vec([234])", glsl_type)
    if vector:
        return int(vector.group(2)) * max(_SCALAR_BYTES[_VECTOR_SCALARS[vector.group(1)]], min_scalar_bytes)
    matrix = re.fullmatch(r"(|d|f16|f32|f64)mat([234])(?:x([234]))?", glsl_type)
    if matrix:
        columns, rows = int(matrix.group(2)), int(matrix.group(3) or matrix.group(2))
        scalar = _SCALAR_BYTES[_VECTOR_SCALARS[matrix.group(1)]]
        return columns * rows * max(scalar, min_scalar_bytes)
    return None


@dataclass(frozen=True)
class SharedUsage:
    bytes: int
    d3d11_bytes: int  # 16-bit types counted as 32-bit (min16float storage in groupshared)
    unsized: tuple[tuple[int, str], ...]  # (file line, declaration) we could not size


def shared_usage(body: str, first_line: int) -> SharedUsage:
    """Sum the ``shared`` declarations of a preprocessed pass body."""
    constants: dict[str, int] = {}
    for match in _CONST_INT.finditer(body):
        resolved = evaluate_int(match.group(2), constants)
        if resolved is not None:
            constants[match.group(1)] = resolved
    total = d3d11 = 0
    unsized = []
    for match in _SHARED.finditer(body):
        declaration = " ".join(match.group(1).split())
        words = declaration.split(" ")
        while words and words[0] in _QUALIFIERS:
            words.pop(0)
        sizes = _declaration_sizes(" ".join(words), constants)
        if sizes is None:
            unsized.append((first_line + body.count("\n", 0, match.start()), f"shared {declaration};"))
            continue
        total += sizes[0]
        d3d11 += sizes[1]
    return SharedUsage(total, d3d11, tuple(unsized))


def _declaration_sizes(declaration: str, constants: dict[str, int]) -> tuple[int, int] | None:
    head = re.match(r"([A-Za-z_]\w*)\s*((?:\[[^\]]*\]\s*)*)(.*)$", declaration, re.DOTALL)
    if not head:
        return None
    glsl_type, type_arrays, declarators = head.groups()
    element, element_d3d = glsl_type_size(glsl_type), glsl_type_size(glsl_type, 4)
    if element is None:
        return None
    total = total_d3d = 0
    for declarator in _split_top_level(declarators):
        name = re.match(r"\s*[A-Za-z_]\w*\s*((?:\[[^\]]*\]\s*)*)$", declarator)
        if not name:
            return None
        count = 1
        for dimension in re.findall(r"\[([^\]]*)\]", type_arrays + name.group(1)):
            extent = evaluate_int(dimension, constants)
            if extent is None:
                return None
            count *= extent
        total += count * element
        total_d3d += count * element_d3d
    return total, total_d3d


def _split_top_level(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]
