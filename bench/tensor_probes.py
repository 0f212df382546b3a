"""Tensor variant, round 12 (issue 14): three designs tried by rewriting the release tensor files.

    python bench/tensor_probes.py build --out DIR [--models M,...] [--probes P,Q+R] # DIR/<model>_<probe>.glsl
    python bench/tensor_probes.py time --out RECORD.json DIR      # on the GPU machine

Each probe is a mechanical rewrite of the release tensor file ``ArtCNN_<model>_tensor_fp16.glsl`` with
every pass in one form (release_text; the same arithmetic, so the same output):

* ``buffer_row`` / ``buffer_pixel``: every stored tensor in a libplacebo storage buffer (``//!BUFFER``
  with ``//!STORAGE``, float16 pairs packed in a ``uvec2`` per rgba texel) instead of an rgba16f
  image: the image stores and texel fetches become buffer writes and reads, at the texel's row-major
  place in the 2w x 2h (4w x 2h) grid or with each pixel's texels together. The buffers are sized
  for a 1920x1080 input.
* ``reversed``: every other pass walks its workgroups in reverse order, so that it starts on the
  part of the previous pass's output most recently written (still in the L2 cache; a 16-channel
  1080p tensor is 66 MB). Since round 14 the release C4F16 file does this itself (render.py,
  TENSOR_REVERSE_WALK), so the probe leaves its passes as they are; build it from a checkout
  before round 14 (6e129d7) to time the difference again.
* ``queue_row`` / ``queue_strip`` / ``queue_row_fewer2`` / ``queue_row_fewer4``: the tensor passes take
  their 16x8 tiles from a queue (an atomic counter in a storage buffer; the last pass zeroes the
  counters for the next frame) instead of each workgroup a fixed strip, in row order or in the fixed
  assignment's strips, with the release dispatch or 2 / 4 times fewer workgroups;
  ``queue_row_uniform`` reads the tile numbers through ``subgroupBroadcastFirst``.
* Diagnostics of the queue: ``queue_strip_static`` walks each workgroup's own strip (no atomics)
  through the queue's loop; ``counters_bound`` / ``counters_zeroed`` only bind the counter buffer in
  the release passes / and zero it in the last pass.

Round 14's probes (bench/README.md, "Round 14"):

* ``tile_uvec2`` / ``tile_uvec4``: the input tile ``xs`` of every tensor pass that writes it only from
  fetched texels (not the pass computing the first layer) declared as ``uvec2`` / ``uvec4`` elements
  (4 / 8 float16 values packed with ``packHalf2x16``), so that ``coopMatLoadNV`` reads it in wider
  elements (offsets and strides in those units; the same values). ``f16vec4`` elements do not compile.
* ``chains2`` / ``chains3``: each accumulator's products split over 2 / 3 accumulators (taps round
  robin), added after the last tap: more independent products in flight (other sums' order).
* ``no_border``: diagnostic, the folded tail's border correction left out (wrong at the frame's
  border): what that code costs the last pass.

Round 18's probes (bench/README.md, "Round 18"; built and compiled with glslang on 2026-12-04, not
timed yet: no device was lent that session). Round 15's machine code showed as many MOVM
(register transposes) as HMMA in the tensor passes: NV_cooperative_matrix types do not say which
operand a matrix will be, and the driver transposes every B operand at each use (the weights,
36 matrices a tile in C4F32's 32→32 passes, 9 resident ones in C4F16's). These ask whether that
is what the passes wait on, and what else they do:

* ``weights_a``: the products transposed, C^T = W^T X^T: the weights are the A operand (loaded
  column-major from the same shared layout), the tile's matrices the B operand (column-major), the
  bias and the float16 staging column-major; the same sums. B operands per tile and subgroup: the
  tile's distinct matrices (C4F32: 24 instead of 36 weight matrices; C4F16: 12 instead of 9).
* ``weights_a_rows``: same, the weights laid out row-major for A in shared memory (out-channel rows).
* ``acc_half``: float16 accumulators and bias (other arithmetic: its error is what the crops say).
* ``stage_both``: passes with two 16-channel output blocks (C4F32) stage both blocks of a matrix row
  at once (columns 0-15 and 16-31 of the subgroup's staging rows): one pair of subgroup barriers a
  row instead of two, 4 texel stores per invocation.
* Diagnostics (wrong output): ``no_products`` (every tensor-core product left out), ``no_stores``
  (every pass's image stores skipped at run time), ``no_fetches`` (the prefetched texels replaced by a
  value computed from the position: no tensor is read).

Probes combine with ``+`` (applied left to right), e.g. ``weights_a_rows+tile_uvec4+stage_both``.
All but ``acc_half`` give the release file's output to the bit when run under
tests/coopmat_emulation.py on llvmpipe (tests/test_tensor_release_emulated.py checks two).

Our parser rejects ``//!BUFFER`` blocks (shadergen's OpenGL runtime has none), so ``time`` calls the
libplacebo engine directly: per file 20 warm-up and 100 timed frames at 1920x1080 (libplacebo's pass
timers, as ``shadergen bench --engine libplacebo``), two rounds interleaved, and the output on the
shipped 128x96 cel crop after 3 frames against the release file's (max absolute difference).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from run import write_atomically  # noqa: E402  (bench/ is not a package)

MODELS = ("C4F16", "C4F32")
PROBES = ("buffer_row", "buffer_pixel", "reversed", "queue_row", "queue_strip", "queue_row_fewer2",
          "queue_row_fewer4", "queue_row_uniform", "queue_strip_static", "counters_bound", "counters_zeroed",
          "tile_uvec2", "tile_uvec4", "chains2", "chains3", "no_border",
          "weights_a", "weights_a_rows", "acc_half", "stage_both", "weights_a_rows+tile_uvec4",
          "weights_a_rows+tile_uvec4+stage_both", "weights_a+acc_half", "tile_uvec4+stage_both",
          "no_products", "no_stores", "no_fetches", "stores_rows")
MAX_INPUT = (1920, 1080)
CROP = REPO / "shadergen" / "data" / "cel_luma_128x96.png"


def _passes(text: str) -> list[str]:
    """The text before the first pass, then each pass from its //!DESC line."""
    return re.split(r"(?m)^(?=//!DESC )", text)


def _each_pass(text: str, rewrite) -> str:
    """``text`` with every part of _passes(text) replaced by ``rewrite(part)``."""
    return "".join(rewrite(part) for part in _passes(text))


def _split(text: str) -> tuple[str, list[str], str]:
    parts = _passes(text)
    head, passes, tail = parts[0], parts[1:], ""
    if "//!TEXTURE" in passes[-1]:
        cut = passes[-1].index("//!TEXTURE")
        passes[-1], tail = passes[-1][:cut], passes[-1][cut:]
    return head, passes, tail


def _width_factor(text: str) -> int:
    width = re.search(r"(?m)^//!WIDTH HOOKED.w (\d) \*$", text)
    if width is None:  # a border pass (C4F32 since round 14): its texture is no tensor's shape
        raise ValueError("a pass whose output is not a multiple of the frame (a border pass)")
    return int(width.group(1))


def storage_buffers(text: str, layout: str) -> str:
    head, passes, tail = _split(text)
    tensors = {}  # saved name -> texels across per pixel (2 or 4; always 2 down)
    for body in passes:
        saved = re.search(r"(?m)^//!SAVE (\S+)$", body)
        if saved and "//!COMPONENTS 4" in body and re.search(r"(?m)^//!HEIGHT HOOKED.h 2 \*$", body):
            tensors[saved.group(1)] = _width_factor(body)

    def index(across: int, out_across: int) -> str:
        width = f"(imageSize(out_image).x * {across} / {out_across})"  # the tensor's texel width
        if layout == "row":
            return f"c.y * {width} + c.x"
        return (f"((c.y >> 1) * ({width} / {across}) + c.x / {across}) * {2 * across} + (c.y & 1) * {across}"
                f" + c.x % {across}")

    out = []
    for body in passes:
        saved = re.search(r"(?m)^//!SAVE (\S+)$", body)
        writes = saved.group(1) if saved and saved.group(1) in tensors else None
        out_across = _width_factor(body)
        helpers = []
        for name, across in tensors.items():
            if f"{name}_raw" not in body:
                continue
            body = re.sub(rf"(?m)^//!BIND {name}$", f"//!BIND {name}_B", body)
            body = body.replace(f"texelFetch({name}_raw, ", f"{name}_load(")
            place = index(across, out_across)
            helpers.append(f"vec4 {name}_load(ivec2 c, int lod) {{ uvec2 b = {name}_b[{place}]; "
                           "return vec4(unpackHalf2x16(b.x), unpackHalf2x16(b.y)); }")
        if writes:
            body = re.sub(r"(?m)^(//!SAVE .*)$", rf"//!BIND {writes}_B\n\1", body)
            body = body.replace("imageStore(out_image, ", f"{writes}_store(")
            helpers.append(f"void {writes}_store(ivec2 c, vec4 v) {{ "
                           "if (all(lessThan(c, imageSize(out_image)))) "
                           f"{writes}_b[{index(tensors[writes], out_across)}] = "
                           "uvec2(packHalf2x16(v.xy), packHalf2x16(v.zw)); }")
        if helpers:
            body = body.replace("void hook()", "\n".join(helpers) + "\n\nvoid hook()", 1)
        out.append(body)
    texels = 2 * MAX_INPUT[0] * MAX_INPUT[1]
    blocks = "".join(f"//!BUFFER {name}_B\n//!VAR uvec2 {name}_b[{across * texels}]\n//!STORAGE\n\n"
                     for name, across in tensors.items())
    return head + "".join(out) + tail + blocks


def reversed_walk(text: str) -> str:
    parts = _passes(text)
    for k in range(2, len(parts), 2):  # the 2nd, 4th, ... pass
        parts[k] = parts[k].replace("ivec2(gl_WorkGroupID.xy)",
                                    "ivec2(gl_NumWorkGroups.xy - 1u - gl_WorkGroupID.xy)")
    return "".join(parts)


LOOP = re.compile(r"    for \(int t = 0; t < (\d+); t\+\+\) \{\n"
                  r"    origin = corner \+ ivec2\(0, t \* (\d+)\);\n")


COUNTERS = "//!BUFFER TQ\n//!VAR uint tq_count[8]\n//!STORAGE\n" + "0" * 64 + "\n\n"
ZERO_COUNTERS = ("    if (gl_GlobalInvocationID.xy == uvec2(0))\n"
                 "        for (int k = 0; k < 8; k++)\n            tq_count[k] = 0u;\n")


def counter_buffer(text: str, zeroed: bool) -> str:
    """Diagnostic: the queue's counter buffer bound by every pass that reads a tensor (unused there),
    and with ``zeroed`` cleared by the last pass, as the queue probes do; the passes unchanged."""
    head, passes, tail = _split(text)
    for k in range(1, len(passes) - 1):
        passes[k] = re.sub(r"(?m)^(//!SAVE .*)$", r"//!BIND TQ\n\1", passes[k], count=1)
    if zeroed:
        last = re.sub(r"(?m)^(//!WIDTH .*)$", r"//!BIND TQ\n\1", passes[-1], count=1)
        passes[-1] = last.replace("void hook()\n{\n", "void hook()\n{\n" + ZERO_COUNTERS, 1)
    return head + "".join(passes) + tail + COUNTERS


def tile_queue(text: str, order: str, fewer: int = 1, uniform: bool = False, static: bool = False) -> str:
    """``static``: diagnostic, no atomics: each workgroup walks its own strip (the release's
    assignment) through the queue's loop, tile numbers and all, in a loop of at most per_group tiles."""
    head, passes, tail = _split(text)
    queued = 0
    # uniform: the tile numbers read through subgroupBroadcastFirst, so that the compiler knows every
    # invocation of a subgroup has the same (the matrix operations need uniform control flow).
    read = "subgroupBroadcastFirst({})" if uniform else "{}"
    for k, body in enumerate(passes):
        loop = LOOP.search(body)
        if not loop:
            continue
        per_group, tile_h = int(loop.group(1)), int(loop.group(2))
        corner = re.search(r"ivec2 corner = ivec2\(gl_WorkGroupID.xy\) \* ivec2\((\d+), \d+\);", body)
        if corner is None:
            raise ValueError("a pass walks its workgroups in reverse (since round 14): build the queue "
                             "probes from commit 6e129d7")
        tile_w = int(corner.group(1))
        slot, queued = queued, queued + 1
        body = re.sub(r"(?m)^(//!SAVE .*)$", r"//!BIND TQ\n\1", body, count=1)
        body = re.sub(r"(?m)^//!COMPUTE (\d+) (\d+) (\d+) (\d+)$",
                      lambda m: f"//!COMPUTE {m[1]} {int(m[2]) * fewer} {m[3]} {m[4]}", body)
        if order == "row":
            origin = f"ivec2(({{i}} % tiles_x) * {tile_w}, ({{i}} / tiles_x) * {tile_h})"
            count = f"tiles_x * ((size.y + {tile_h - 1}) / {tile_h})"
        else:  # the fixed assignment's strips of per_group tiles, one below the other
            origin = (f"ivec2(({{i}} / {per_group} % tiles_x) * {tile_w}, "
                      f"(({{i}} / {per_group} / tiles_x) * {per_group} + {{i}} % {per_group}) * {tile_h})")
            count = f"tiles_x * ((size.y + {per_group * tile_h - 1}) / {per_group * tile_h}) * {per_group}"
        if static:
            first = f"int(gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * {per_group}"
            following = f"(cur % {per_group} == {per_group - 1}) ? tiles : cur + 1"
            head_line, early_exit = f"    for (int t = 0; t < {per_group}; t++) {{\n", ""
        else:
            first = following = f"int(atomicAdd(tq_count[{slot}], 1u))"
            head_line, early_exit = "    for (;;) {\n", "    if (cur >= tiles) return;\n"
        start = (f"    int tiles_x = (size.x + {tile_w - 1}) / {tile_w};\n    int tiles = {count};\n"
                 f"    if (thread == 0) tq[0] = {first};\n    barrier();\n"
                 f"    int cur = {read.format('tq[0]')}, nxt = 0, parity = 1;\n{early_exit}"
                 f"    ivec2 origin = {origin.format(i='cur')};\n")
        body = body.replace("    ivec2 origin = corner;\n", start)
        body = body.replace(loop.group(0), f"{head_line}    origin = {origin.format(i='cur')};\n"
                            f"    if (thread == 0) tq[parity] = {following};\n", 1)
        body = body.replace(f"if (t + 1 < {per_group}) {{\n        origin += ivec2(0, {tile_h});\n",
                            f"nxt = {read.format('tq[parity]')};\n    if (nxt < tiles) {{\n"
                            f"        origin = {origin.format(i='nxt')};\n")
        body = body.replace(f"origin -= ivec2(0, {tile_h});\n", f"origin = {origin.format(i='cur')};\n")
        end = body.rstrip()
        cut = end.rindex("    }\n}")
        body = end[:cut] + "    cur = nxt;\n    parity ^= 1;\n    if (cur >= tiles) break;\n    }\n}\n\n"
        if uniform:
            body = body.replace("#extension GL_NV_cooperative_matrix : enable\n",
                                "#extension GL_NV_cooperative_matrix : enable\n"
                                "#extension GL_KHR_shader_subgroup_ballot : enable\n", 1)
        passes[k] = body.replace("void hook()", "shared int tq[2];\n\nvoid hook()", 1)
    last = re.sub(r"(?m)^(//!WIDTH .*)$", r"//!BIND TQ\n\1", passes[-1], count=1)
    passes[-1] = last.replace("void hook()\n{\n", "void hook()\n{\n" + ZERO_COUNTERS, 1)
    return head + "".join(passes) + tail + COUNTERS


TILE_WRITE = re.compile(r"^(\s*)xs\[(\w+) \* (\d+) \+ (\d+)\] = HFLOAT\((\w+)\.[xyzw]\);\n", re.M)
TILE_LOAD = re.compile(r"coopMatLoadNV\((\w+), xs, uint\((.*)\), (\d+)u, (false|true)\);")


def vector_tile(text: str, halves: int) -> str:
    """Every tensor pass whose tile ``xs`` is written only from fetched texels gets it as uvec2
    (``halves`` 4) or uvec4 (8) elements: one packed write per ``halves`` values, loads in those units."""
    kind = {4: "uvec2", 8: "uvec4"}[halves]
    write = r"^\s*xs\[\w+ \* \d+ \+ \d+\] = HFLOAT\(\w+\.[xyzw]\);\n"
    run = re.compile(f"((?:{write}){{{halves}}})", re.M)

    def packed(match: re.Match) -> str:
        writes = list(TILE_WRITE.finditer(match.group(1)))
        indent, index, stride, first = writes[0].group(1), writes[0].group(2), int(writes[0].group(3)), \
            int(writes[0].group(4))
        texels = list(dict.fromkeys(write.group(5) for write in writes))
        words = [f"packHalf2x16({texel}.{half})" for texel in texels for half in ("xy", "zw")]
        return f"{indent}xs[{index} * {stride // halves} + {first // halves}] = {kind}({', '.join(words)});\n"

    def rewrite(body: str) -> str:
        declared = re.search(r"shared HFLOAT xs\[(\d+)\];", body)
        if not declared:
            return body
        uses = len(re.findall(r"\bxs\b", body))
        if uses != len(TILE_WRITE.findall(body)) + len(TILE_LOAD.findall(body)) + 1:
            return body  # xs is also written otherwise (the first layer's rows)
        body = body.replace(declared.group(0), f"shared {kind} xs[{int(declared.group(1)) // halves}];")
        body = run.sub(packed, body)
        return TILE_LOAD.sub(lambda m: f"coopMatLoadNV({m[1]}, xs, uint({m[2]}) / {halves}u, "
                             f"{int(m[3]) // halves}u, {m[4]});", body)

    return _each_pass(text, rewrite)


TAP_BLOCK = re.compile(r"^    \{   // tap \(.*?\n    \}\n", re.M | re.S)
PRODUCT = re.compile(r"(acc\w*) = coopMatMulAddNV\((\w+), (\w+), \1\);")
ACCUMULATOR = re.compile(r"^(\s*)(fcoopmatNV<32, gl_ScopeSubgroup, \d+, \d+>) (acc\w*) = .*;\n", re.M)


def split_chains(text: str, count: int) -> str:
    """Tap t's products go into accumulator ``acc_k<t % count>`` (zero at first; k0 is the pass's own),
    each added to the pass's after the last tap."""
    def rewrite(body: str) -> str:
        taps = list(TAP_BLOCK.finditer(body))
        if not taps or "coopMatMulAddNV" not in body:
            return body
        types = {m.group(3): (m.group(1), m.group(2)) for m in ACCUMULATOR.finditer(body)}
        used, pieces, end = set(), [], 0
        for index, tap in enumerate(taps):
            chain, block = index % count, tap.group(0)
            if chain:
                def renamed(m, chain=chain):
                    used.add((m.group(1), chain))
                    name = f"{m.group(1)}_k{chain}"
                    return f"{name} = coopMatMulAddNV({m.group(2)}, {m.group(3)}, {name});"
                block = PRODUCT.sub(renamed, block)
            pieces += [body[end:tap.start()], block]
            end = tap.end()
        sums = "".join(f"    {name} += {name}_k{chain};\n" for name, chain in sorted(used))
        body = "".join(pieces) + sums + body[end:]
        last = list(ACCUMULATOR.finditer(body))[-1]
        extra = "".join(f"{types[name][0]}{types[name][1]} {name}_k{chain} = {types[name][1]}(0.0);\n"
                        for name, chain in sorted(used))
        return body[:last.end()] + extra + body[last.end():]

    return _each_pass(text, rewrite)


def _column_major(pattern: str, body: str, flag: str = "true") -> tuple[str, int]:
    """The loads or stores matching ``pattern`` (up to their last argument) with ``flag`` as that."""
    return re.subn(rf"({pattern}[^;]*), (?:false|true)\)", rf"\1, {flag})", body)


WEIGHT_LOAD = re.compile(r"coopMatLoadNV\(((?:b|w)\w+), ws, (\d+)u, (\d+)u, (?:false|true)\)")
WEIGHT_OFFSET = re.compile(r"int (o\d+) = \(\((k\d+) / (\d+)\) \* (\d+) \+ \(\2 / (\d+)\) % \4\) \* (\d+) \+ "
                           r"4 \* \(\2 % \5\);")


def weights_as_a(text: str, rows: bool) -> str:
    """C^T = W^T X^T in every tensor pass: the weight matrices become the A operand, the tile's the B
    operand, the accumulators transposed (bias loaded and results staged column-major: the same
    shared layouts). ``rows``: the weights stored row-major for A (a tap's output channels in rows)."""
    def rewrite(body: str) -> str:
        if "coopMatMulAddNV(" not in body:
            return body
        if "coopMatMulAddNV(xl" in body or "shared float st[" in body:
            raise ValueError("a pass with the stem's add product or float staging (not in the release files)")
        body, products = re.subn(r"(acc\w+) = coopMatMulAddNV\((x\w+), ((?:b|w)\w+), \1\)",
                                 r"\1 = coopMatMulAddNV(\3, \2, \1)", body)
        body, tiles = _column_major(r"coopMatLoadNV\(x\w+, xs, uint\(", body)
        body, biases = _column_major(r"coopMatLoadNV\(bias\d+, bm, ", body)
        staging = r"coopMatStoreNV\(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>\(acc\w+\), sh, "
        body, staged = _column_major(staging, body)
        if not (products and tiles and biases and staged):
            raise ValueError("a tensor pass not in the release files' form")
        if not rows:
            return _column_major(r"coopMatLoadNV\((?:b|w)\w+, ws, ", body)[0]
        shapes = {(m[3], m[4], m[5], m[6]) for m in WEIGHT_OFFSET.finditer(body)}
        if len(shapes) != 1:
            raise ValueError("the weights' shared layout is not the release files'")
        per_tap, channels, groups, stride = (int(v) for v in shapes.pop())
        if channels != 4 * groups or per_tap != channels * groups:
            raise ValueError("weights_a_rows needs as many output channels as input channels")
        body = WEIGHT_OFFSET.sub(lambda m: f"int {m[1]} = ({m[2]} / {per_tap}) * {channels * stride} + "
                                 f"({m[2]} % {groups}) * {4 * stride} + ({m[2]} / {groups}) % {channels};",
                                 body)
        body = re.sub(r"ws\[(o\d+) \+ (\d)\] = ", lambda m: f"ws[{m[1]} + {stride * int(m[2])}] = ", body)

        def load(m: re.Match) -> str:
            offset = int(m[2])
            tap, rest = divmod(offset, channels * stride)
            block_k, block_n = rest // (16 * stride), rest % (16 * stride) // 16
            start = tap * channels * stride + block_n * 16 * stride + block_k * 16
            return f"coopMatLoadNV({m[1]}, ws, {start}u, {m[3]}u, false)"
        return WEIGHT_LOAD.sub(load, body)

    return _each_pass(text, rewrite)


def half_accumulators(text: str) -> str:
    """float16 accumulators and bias matrices (HMMA with float16 sums)."""
    def rewrite(body: str) -> str:
        if "coopMatMulAddNV(" not in body:
            return body
        if "shared float st[" in body:
            raise ValueError("a float-staged pass (not in the release files)")
        body = re.sub(r"fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> (acc\w+|bias\d+)",
                      r"fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> \1", body)
        body = re.sub(r"coopMatLoadNV\((bias\d+), bm,", r"coopMatLoadNV(\1, bmh,", body)
        body = re.sub(r"shared float bm\[(\d+)\];", r"shared float bm[\1];\nshared HFLOAT bmh[\1];", body)
        body = re.sub(r"bm\[i\] = (bias\[[^;]*\]);", r"bmh[i] = HFLOAT(\1);", body)
        return re.sub(r"max\((acc\w+\[i\]), 0\.0\)", r"max(\1, HFLOAT(0.0))", body)

    return _each_pass(text, rewrite)


STAGED_BLOCK = re.compile(r"    for \(int i = 0; i < acc(\d)_(\d)\.length\(\); i\+\+\)\n"
                          r".*?\n    \}\n    \}\n", re.S)


def stage_both_blocks(text: str) -> str:
    """Passes with two output blocks: both blocks of a matrix row staged at once, the second in
    columns 16-31 of the staging rows; one pair of subgroup barriers a row."""
    def rewrite(body: str) -> str:
        blocks = {(m[1], m[2]): m for m in STAGED_BLOCK.finditer(body)}
        if not any(n == "1" for _, n in blocks):
            return body
        for row in sorted({r for r, _ in blocks}):
            first, second = blocks[(row, "0")].group(0), blocks[(row, "1")].group(0)
            relu = "".join(second.splitlines(keepends=True)[:2])
            store = re.search(r"^    coopMatStoreNV\(.*\n", second, re.M).group(0)
            store = re.sub(r"uint\(subgroup \* (\d+)\)", r"uint(subgroup * \1 + 16)", store)
            reads = re.findall(r"^    vec4 u[01] = .*\n", second, re.M)
            reads = [re.sub(r"sh\[hc \+ (\d+)\]", lambda m: f"sh[hc + {int(m[1]) + 16}]", line)
                     .replace("u0", "u2").replace("u1", "u3") for line in reads]
            writes = [line.replace("u0", "u2").replace("u1", "u3")
                      for line in re.findall(r"^        imageStore\(.*\n", second, re.M)]
            if len(reads) != 2 or len(writes) != 2:
                raise ValueError("an epilogue not in the release files' form")
            lines = first.splitlines(keepends=True)
            merged = lines[:2] + [relu]
            for line in lines[2:]:
                merged.append(line)
                if line.startswith("    coopMatStoreNV("):
                    merged.append(store)
                elif line.startswith("    vec4 u1 = "):
                    merged += reads
                elif line.startswith("        imageStore(") and "u1)" in line:
                    merged += writes
            body = body.replace(first, "".join(merged)).replace(second, "")
        return body

    return _each_pass(text, rewrite)


ROW_EPILOGUE = re.compile(
    r"    ivec2 p0 = origin \+ ivec2\(lane % 16, (\d+ \* subgroup \+ \d+)\);\n"
    r"    int hc = h \+ 4 \* \(lane >> 4\);\n(?:    vec4 u\d = .*\n){4}"
    r"    if \(all\(lessThan\(p0, size\)\)\) \{\n"
    r"        ivec2 o = p0 \* ivec2\(4, 2\) \+ \(lane >> 4\) \* ivec2\(1, 0\);\n"
    r"(?:        imageStore\(.*\n){4}    \}\n")


def stores_in_rows(text: str) -> str:
    """Round 20: passes staging both 16-channel blocks of a row at once (32 channels a pixel, 4x2
    texels) store each texel row of the 16 pixels with two instructions of 32 consecutive texels
    (invocation ``lane`` takes texel lane % 4 of pixel lane / 4, then of pixel 8 + lane / 4), where
    the release's instructions each wrote every other pair of texels across 64. In the release since
    round 20 (render.TENSOR_ROW_STORES): build it from a checkout of 8b445ad to time it again."""
    base = re.search(r"int h = subgroup \* (\d+) \+ \(lane % 16\) \* (\d+);", text)
    if base is None:
        raise ValueError("no staging rows in the release files' form")
    span, stride = int(base[1]), int(base[2])

    def rewrite(m: re.Match) -> str:
        lines = [f"    int sb = subgroup * {span};\n"]
        for k in range(4):
            pixel = f"{8 * (k % 2)} + (lane >> 2)" if k % 2 else "lane >> 2"
            lines += [
                f"    {{\n    int px = {pixel};\n",
                f"    int a = sb + px * {stride} + 4 * (lane & 3) + {16 * (k // 2)};\n",
                "    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);\n",
                f"    ivec2 p = origin + ivec2(px, {m[1]});\n",
                "    if (all(lessThan(p, size)))\n",
                f"        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, {k // 2}), u);\n",
                "    }\n",
            ]
        return "".join(lines)

    text, count = ROW_EPILOGUE.subn(rewrite, text)
    if not count:
        raise ValueError("no epilogue staging two blocks at once")
    return text


def diagnostic(text: str, name: str) -> str:
    if name == "no_products":
        return re.sub(r"(?m)^\s*acc\w+ = coopMatMulAddNV\(.*\);\n", "", text)
    if name == "no_stores":
        return text.replace("if (all(lessThan(p0, size))) {",
                            "if (all(lessThan(p0, size)) && size.x > 1000000) {")
    return re.sub(r"texelFetch\(\w+_raw, (q\d+) \* ivec2\(\d, 2\) \+ ivec2\(\d, \d\), 0\)",
                  r"vec4(float(\1.x & 1))", text)


def probe(text: str, name: str) -> str:
    if "+" in name:
        for part in name.split("+"):
            text = probe(text, part)
        return text
    if name.startswith("weights_a"):
        return weights_as_a(text, name == "weights_a_rows")
    if name == "acc_half":
        return half_accumulators(text)
    if name == "stage_both":
        return stage_both_blocks(text)
    if name == "stores_rows":
        return stores_in_rows(text)
    if name in ("no_products", "no_stores", "no_fetches"):
        return diagnostic(text, name)
    if name.startswith("tile_uvec"):
        return vector_tile(text, {"tile_uvec2": 4, "tile_uvec4": 8}[name])
    if name.startswith("chains"):
        return split_chains(text, int(name.removeprefix("chains")))
    if name == "no_border":
        return re.sub(r"(?m)^.*-= vec4\(tail_edges\(.*\n", "", text)
    if name.startswith("buffer_"):
        return storage_buffers(text, name.removeprefix("buffer_"))
    if name == "reversed":
        return reversed_walk(text)
    if name.startswith("counters_"):
        return counter_buffer(text, name == "counters_zeroed")
    order, *flags = name.removeprefix("queue_").split("_")
    fewer = next((int(f.removeprefix("fewer")) for f in flags if f.startswith("fewer")), 1)
    return tile_queue(text, order, fewer, "uniform" in flags, "static" in flags)


def release_text(model: str) -> str:
    """The release tensor file as round 12 measured it: every pass in one form (plan.py,
    TENSOR_SMALL_FRAME_PIXELS; C4F16's passes for frames from 1.5 megapixels, C4F32's only ones)."""
    from shadergen.codegen import plan as plan_module
    from shadergen.codegen.generate import generate_from_file

    plan_module.TENSOR_SMALL_FRAME_PIXELS = 0
    weights = REPO / "weights" / f"ArtCNN_{model}.keras"
    return generate_from_file(weights, variant="tensor", precision="fp16").text


def build(out: Path, models: tuple[str, ...] = MODELS, probes: tuple[str, ...] = PROBES) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for model in models:
        text = release_text(model)
        (out / f"{model}_release.glsl").write_text(text)
        for name in probes:
            try:
                (out / f"{model}_{name}.glsl").write_text(probe(text, name))
            except ValueError as error:
                print(f"{model}_{name}: not built: {error}")
    print(f"{out}: {len(list(out.glob('*.glsl')))} files")


def time_probes(folder: Path, record: Path) -> None:
    from shadergen.benchmark import synthetic_frame
    from shadergen.engines import libplacebo
    from shadergen.engines.frame import read_frame
    from shadergen.errors import ShadergenError

    frame, crop = synthetic_frame(*MAX_INPUT), read_frame(CROP)
    files = sorted(folder.glob("*.glsl"),
                   key=lambda p: (p.name.split("_")[0], "_release" not in p.name, p.name))
    results = {"engine": "libplacebo", "started": datetime.now(UTC).isoformat(timespec="seconds"),
               "command": "python bench/tensor_probes.py " + " ".join(sys.argv[1:]),
               "input_size": list(MAX_INPUT),
               "frames": 100, "warmup": 20, "rounds": 2, "shaders": []}
    outputs = {}
    started = time.monotonic()
    for path in files:
        try:
            outputs[path.name] = libplacebo.render([path], crop, (256, 192), warmup=3, frames=1).frame.y
        except ShadergenError as error:
            outputs[path.name] = str(error)
    for round_number in range(2):
        for path in files:
            entry = {"shader": path.name, "round": round_number}
            try:
                rendering = libplacebo.render([path], frame, (2 * MAX_INPUT[0], 2 * MAX_INPUT[1]), 20, 100,
                                              read_back=False)
            except ShadergenError as error:
                entry["error"] = str(error)
            else:
                hooked = [p for p in rendering.passes if p.file == 0]
                entry["median_ms"] = float(np.median(np.sum([p.times_ms for p in hooked], axis=0)))
                entry["passes"] = [[p.desc, float(np.median(p.times_ms))] for p in hooked]
                results["device"] = rendering.device
            release = outputs.get(f"{path.name.split('_')[0]}_release.glsl")
            mine = outputs[path.name]
            if isinstance(mine, str) or isinstance(release, str):
                entry["crop_output"] = mine if isinstance(mine, str) else "release file failed"
            else:
                entry["crop_max_abs_vs_release"] = float(np.abs(mine - release).max())
            results["shaders"].append(entry)
            print(path.name, round_number, entry.get("median_ms", entry.get("error")),
                  entry.get("crop_max_abs_vs_release"), flush=True)
            results["wall_s"] = round(time.monotonic() - started, 1)
            write_atomically(record, json.dumps(results, indent=1) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    made = sub.add_parser("build")
    made.add_argument("--out", type=Path, required=True)
    made.add_argument("--models", default=",".join(MODELS), help="comma-separated (default: all)")
    made.add_argument("--probes", default=None,
                      help="comma-separated probe names, '+' combining several (default: all of PROBES)")
    timed = sub.add_parser("time")
    timed.add_argument("--out", type=Path, required=True)
    timed.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.action == "build":
        build(args.out, tuple(args.models.split(",")),
              tuple(args.probes.split(",")) if args.probes else PROBES)
    else:
        time_probes(args.folder, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
