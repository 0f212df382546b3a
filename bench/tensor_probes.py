"""Tensor variant, round 12 (issue 14): three designs tried by rewriting the release tensor files.

    python bench/tensor_probes.py build --out DIR                 # DIR/<model>_<probe>.glsl
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
          "tile_uvec2", "tile_uvec4", "chains2", "chains3", "no_border")
MAX_INPUT = (1920, 1080)
CROP = REPO / "shadergen" / "data" / "cel_luma_128x96.png"


def _split(text: str) -> tuple[str, list[str], str]:
    parts = re.split(r"(?m)^(?=//!DESC )", text)
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
    parts = re.split(r"(?m)^(?=//!DESC )", text)
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
TILE_LOAD = re.compile(r"coopMatLoadNV\((\w+), xs, uint\((.*)\), (\d+)u, false\);")


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
                             f"{int(m[3]) // halves}u, false);", body)

    return "".join(rewrite(part) for part in re.split(r"(?m)^(?=//!DESC )", text))


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

    return "".join(rewrite(part) for part in re.split(r"(?m)^(?=//!DESC )", text))


def probe(text: str, name: str) -> str:
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


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for model in MODELS:
        text = release_text(model)
        (out / f"{model}_release.glsl").write_text(text)
        for name in PROBES:
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
    timed = sub.add_parser("time")
    timed.add_argument("--out", type=Path, required=True)
    timed.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.action == "build":
        build(args.out)
    else:
        time_probes(args.folder, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
