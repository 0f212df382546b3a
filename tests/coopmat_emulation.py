"""Runs the tensor variant's GL_NV_cooperative_matrix text on llvmpipe, which has no tensor cores.

``emulate(text)`` rewrites a shader file mechanically, pass by pass, without knowing how it was
generated (the release files and rewrites of them such as bench/tensor_probes.py's):

* Every ``shared`` array moves into a storage buffer, one slice per workgroup (the release passes need
  up to 48 KiB of shared memory as float16; llvmpipe allows 32 KiB, and float16 is float here). What
  is written to a float16 array is rounded to float16 (packHalf2x16), as the device stores it.
* A float16 matrix (``fcoopmatNV<16, ...>``, the products' operands) becomes a view of where
  ``coopMatLoadNV`` loaded it from: array, offset, stride, row- or column-major.
* A float matrix (the accumulators, the bias) becomes a ``float[8]`` per invocation: invocation
  ``lane`` of a subgroup (``gl_LocalInvocationIndex % 32``, as the passes count them) holds elements
  ``8 lane .. 8 lane + 7`` in row-major order. ``coopMatMulAddNV`` adds, for each of them, the 16
  products of its row of A and column of B, read through the views; a float16 conversion of it
  (``fcoopmatNV<16, ...>(acc)``, before the staging stores) rounds every element to float16.
* ``subgroupBarrier()`` becomes ``barrier()``: llvmpipe runs a workgroup's invocations 8 at a time
  between barriers, so invocations of one subgroup do not run in step, and a subgroup's stores must
  be finished before its other invocations read them. Every cooperative-matrix operation of the
  release passes runs in control flow uniform over the workgroup, so that barrier is legal.

A view reads its array when the product runs, not when it was loaded. That is the same value as
long as no store into the array comes between a load and its products, which holds for the
release passes (loads right before their products; the first layer's in-place store after a
subgroupBarrier) and is not checked here.

So the shipped bytes' matrix code (offsets, strides, layouts, which operand is which, the staged
epilogue) runs in CI, not only the ``matrix_ops="emulated"`` rendering of the same plan
(tests/test_tensor_release_emulated.py). Float16 accumulators (``fcoopmatNV<16, ...>`` matrices a
product is assigned to, and those assigned to or from them, such as the bias they start from) hold
8 elements per invocation too, rounded to float16 after every product (one rounding per 16
terms), to the nearest value or toward zero (``emulate(text, sum_rounding)``): two models of
float16 sums that bracket the error; how NVIDIA's tensor cores round inside a product is not
documented.
``scratch_buffers()`` binds the storage buffer around the OpenGL runtime's compute dispatches."""

from __future__ import annotations

import contextlib
import re

from shadergen.engines.opengl import runtime as runtime_module

BINDING = 7
PART = 8  # elements of a 16x16 float matrix each of a subgroup's 32 invocations holds
WORDS_MARK = "// coopmat scratch words per workgroup: "
ELEMENT = {"HFLOAT": ("float", 1, 1), "float": ("float", 1, 1), "uvec2": ("uvec2", 2, 4),
           "uvec4": ("uvec4", 4, 8)}  # GLSL type, 32-bit words, float16 values
SHARED = re.compile(r"^shared (HFLOAT|float|uvec2|uvec4) (\w+)\[(\d+)\];\n", re.M)
HALF_MATRIX = "fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>"
FLOAT_MATRIX = "fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>"
SUM_ROUNDINGS = {"nearest": "cm_round", "toward_zero": "cm_round_toward_zero"}  # float16 sums

COMMON = f"""layout(std430, binding = BINDING) buffer CoopmatScratch {{ uint cm_scratch[]; }};
struct CMView {{ int array; int o; int s; bool column_major; }};
uint cm_base() {{ return (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * WORDSu; }}
int cm_element(int j) {{ return {PART} * int(gl_LocalInvocationIndex % 32u) + j; }}
// 1 at run time, unknown to the compiler: loops bounded by it stay loops (llvmpipe's compile time).
int cm_one() {{ return int(gl_NumWorkGroups.z); }}
float cm_round(float v) {{ return unpackHalf2x16(packHalf2x16(vec2(v, 0.0))).x; }}
float cm_round_toward_zero(float v) {{
    float r = cm_round(v);
    // one float16 step toward zero where rounding to nearest went away from it (the sign is bit 15)
    return abs(r) > abs(v) ? unpackHalf2x16((packHalf2x16(vec2(r, 0.0)) & 0xffffu) - 1u).x : r;
}}
float[{PART}] cm_fill(float v) {{ float m[{PART}]; for (int j = 0; j < {PART}; j++) m[j] = v; return m; }}
float[{PART}] cm_rounded(float[{PART}] m) {{
    for (int j = 0; j < {PART}; j++) m[j] = cm_round(m[j]);
    return m;
}}
"""
PRODUCT = f"""float cm_at(CMView v, int r, int c) {{
    int h = v.column_major ? v.o + c * v.s : v.o + r * v.s;
    switch (v.array) {{
CASES    }}
    return 0.0;
}}
float[{PART}] cm_mma(CMView a, CMView b, float[{PART}] c) {{
    for (int j = 0; j < {PART} * cm_one(); j++) {{
        int r = cm_element(j) / 16, n = cm_element(j) % 16;
        float sum = c[j];
        for (int k = 0; k < 16 * cm_one(); k++)
            sum += cm_at(a, r, k) * cm_at(b, k, n);
        c[j] = sum;
    }}
    return c;
}}
float[{PART}] cm_mma_half(CMView a, CMView b, float[{PART}] c) {{
    c = cm_mma(a, b, c);
    for (int j = 0; j < {PART}; j++) c[j] = SUM_ROUNDING(c[j]);
    return c;
}}
"""


def _array_functions(name: str, kind: str, start: int) -> str:
    glsl, size, _ = ELEMENT[kind]
    at = f"cm_base() + {start}u"
    if glsl == "float":
        value = "cm_round(v)" if kind == "HFLOAT" else "v"
        access = (f"float {name}_get(int i) {{ return uintBitsToFloat(cm_scratch[{at} + uint(i)]); }}\n"
                  f"void {name}_set(int i, float v) {{ "
                  f"cm_scratch[{at} + uint(i)] = floatBitsToUint({value}); }}\n"
                  f"float {name}_half(int h) {{ return {name}_get(h); }}\n")
    else:
        parts = ", ".join(f"cm_scratch[b + {k}u]" for k in range(size))
        stores = " ".join(f"cm_scratch[b + {k}u] = v[{k}];" for k in range(size))
        access = (f"{glsl} {name}_get(int i) {{ uint b = {at} + {size}u * uint(i); return {glsl}({parts}); "
                  "}\n"
                  f"void {name}_set(int i, {glsl} v) {{ uint b = {at} + {size}u * uint(i); {stores} }}\n"
                  f"float {name}_half(int h) {{ vec2 p = unpackHalf2x16(cm_scratch[{at} + uint(h / 2)]); "
                  "return (h % 2 == 0) ? p.x : p.y; }\n")
    if glsl != "float":  # the passes load from packed tiles but never store matrices into them
        return access
    return access + f"""float[{PART}] cm_values_{name}(int o, int s, bool column_major) {{
    float m[{PART}];
    for (int j = 0; j < {PART} * cm_one(); j++) {{
        int r = cm_element(j) / 16, c = cm_element(j) % 16;
        m[j] = {name}_get(column_major ? o + c * s + r : o + r * s + c);
    }}
    return m;
}}
void cm_store_{name}(float[{PART}] m, int o, int s, bool column_major) {{
    for (int j = 0; j < {PART} * cm_one(); j++) {{
        int r = cm_element(j) / 16, c = cm_element(j) % 16;
        {name}_set(column_major ? o + c * s + r : o + r * s + c, m[j]);
    }}
}}
"""


def _half_sums(body: str, halves: set[str]) -> set[str]:
    """The float16 matrices that hold sums (float16 accumulators): those a product is assigned to,
    and those assigned to or from one of them (``acc = bias;``)."""
    sums = set(re.findall(rf"(?<!{re.escape(FLOAT_MATRIX)} )\b(\w+) = coopMatMulAddNV\(", body)) & halves
    pairs = [(a, b) for a, b in re.findall(r"(\w+) = (\w+);", body) if a in halves and b in halves]
    while True:
        grown = sums | {b for a, b in pairs if a in sums} | {a for a, b in pairs if b in sums}
        if grown == sums:
            return sums
        sums = grown


def _emulate_pass(body: str, sum_rounding: str) -> str:
    if "#extension GL_NV_cooperative_matrix" not in body:
        return body
    body = re.sub(r"(?m)^#extension GL_(NV_cooperative_matrix|KHR_memory_scope_semantics|"
                  r"EXT_shader_explicit_arithmetic_types_float16) : enable\n", "", body)
    body = body.replace("GL_NV_cooperative_matrix", "NV cooperative matrices (emulated)")
    body = body.replace("#define HFLOAT float16_t", "#define HFLOAT float")
    body = body.replace("#define HVEC4 f16vec4", "#define HVEC4 vec4").replace("f16vec4", "vec4")
    arrays, words = [], 0
    for match in SHARED.finditer(body):
        kind, name, count = match[1], match[2], int(match[3])
        arrays.append((name, kind, words))
        words += ELEMENT[kind][1] * count
    body = SHARED.sub("", body)
    for name, _, _ in arrays:
        body = re.sub(rf"(?m)^(\s*){name}\[([^\[\];]+)\] = ([^;]+);", rf"\1{name}_set(int(\2), \3);", body)
        body = re.sub(rf"\b{name}\[([^\[\]]+)\]", rf"{name}_get(int(\1))", body)
    halves = set(re.findall(rf"{re.escape(HALF_MATRIX)} (\w+)", body))
    sums = _half_sums(body, halves)
    views = halves - sums
    index = {name: k for k, (name, _, _) in enumerate(arrays)}

    def load(m: re.Match) -> str:
        matrix, array, offset, stride, major = m.groups()
        if matrix in views:
            return f"{matrix} = CMView({index[array]}, int({offset}), {stride}, {major});"
        return f"{matrix} = cm_values_{array}(int({offset}), {stride}, {major});"

    body = re.sub(r"coopMatLoadNV\((\w+), (\w+), ([^;]+), (\d+)u, (false|true)\);", load, body)
    body = re.sub(r"coopMatStoreNV\((.+), (\w+), ([^;]+), (\d+)u, (false|true)\);",
                  r"cm_store_\2(\1, int(\3), \4, \5);", body)
    if sums:
        names = "|".join(sorted(sums))
        body = re.sub(rf"\b({names}) = coopMatMulAddNV\(", r"\1 = cm_mma_half(", body)
        body = re.sub(rf"{re.escape(HALF_MATRIX)} ({names})\b", rf"float[{PART}] \1", body)
    body = body.replace("coopMatMulAddNV(", "cm_mma(")
    body = body.replace(f"{HALF_MATRIX}(", "cm_rounded(").replace(f"{FLOAT_MATRIX}(0.0)", "cm_fill(0.0)")
    body = body.replace(f"{HALF_MATRIX} ", "CMView ").replace(f"{FLOAT_MATRIX} ", f"float[{PART}] ")
    body = body.replace("subgroupMemoryBarrierShared();", "memoryBarrierBuffer();")
    body = body.replace("subgroupBarrier();", "memoryBarrierBuffer(); barrier();")
    body = re.sub(r"(?<!; )\bbarrier\(\);", "memoryBarrierBuffer(); barrier();", body)
    if "fcoopmatNV" in body or "coopMat" in body.replace("cm_", ""):
        raise ValueError("a cooperative-matrix pass this emulation does not know")
    per_element = {name: ELEMENT[kind][2] for name, kind, _ in arrays}
    cases = "".join(f"    case {index[name]}: return {name}_half(h * {per_element[name]} + "
                    f"(v.column_major ? r : c));\n" for name, _, _ in arrays)
    functions = "".join(_array_functions(name, kind, start) for name, kind, start in arrays)
    common = COMMON.replace("BINDING", str(BINDING)).replace("WORDS", str(words))
    product = PRODUCT.replace("CASES", cases).replace("SUM_ROUNDING", SUM_ROUNDINGS[sum_rounding])
    return body.replace("void hook()", f"{WORDS_MARK}{words}\n{common}{functions}"
                        f"{product}\nvoid hook()", 1)


def emulate(text: str, sum_rounding: str = "nearest") -> str:
    """``text`` with every cooperative-matrix pass rewritten for OpenGL 4.3 (module docstring);
    float16 sums rounded to the nearest float16 or toward zero (``sum_rounding``)."""
    return "".join(_emulate_pass(part, sum_rounding) for part in re.split(r"(?m)^(?=//!DESC )", text))


def run_emulated(text: str, luma, name: str = "shader.glsl", sum_rounding: str = "nearest"):
    """``text``'s output on the luma plane ``luma`` in shadergen's OpenGL runtime, emulated."""
    from shadergen.mpv.parse import parse_shader
    from shadergen.verification.luma_accuracy import run_luma_shader

    with scratch_buffers():
        return run_luma_shader(parse_shader(emulate(text, sum_rounding), name), luma)


@contextlib.contextmanager
def scratch_buffers():
    """The OpenGL runtime binds a storage buffer (one slice per workgroup) to the emulated passes'
    BINDING before each of their dispatches."""
    original = runtime_module.Runtime._execute

    def execute(self, compiled, output, width, height, set_uniform):
        source = compiled.source.main
        if WORDS_MARK not in source:
            return original(self, compiled, output, width, height, set_uniform)
        words = int(source.split(WORDS_MARK, 1)[1].split("\n", 1)[0])
        block_w, block_h = compiled.source.hook_pass.compute[:2]
        groups = -(-width // block_w) * -(-height // block_h)
        buffer = self.ctx.buffer(reserve=4 * words * groups)
        buffer.bind_to_storage_buffer(BINDING)
        try:
            return original(self, compiled, output, width, height, set_uniform)
        finally:
            buffer.release()

    runtime_module.Runtime._execute = execute
    try:
        yield
    finally:
        runtime_module.Runtime._execute = original
