"""Compute-shader design sweep: build many candidate shaders here, time them all on the GPU in one call.

    python bench/sweep.py build [--round N]     # writes bench/sweep-shaders/*.glsl + manifest.json
    python bench/sweep.py run --out DIR         # on the GPU machine: check and time every candidate
    python bench/sweep.py table DIR/sweep.json  # print the table again

A candidate is one ArtCNN model planned with one forced ``ComputeTiling`` on every layer (tile size,
pixels per thread, how the weights reach the multiply-adds, float or packed-half shared tile).
``run`` first runs each candidate on a 61x47 crop of camera.png in shadergen's runtime and compares
it with the float64 reference (the fp32 bound of issue 4), so a fast but wrong candidate is flagged;
then it times it like ``shadergen bench`` (1920x1080 input, per-pass split, SM clock). The per-pass
split matters: the first layer (1 channel in), the middle layers and the final layer may each want
a different design, and the planner can pick per layer.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gpu_clocks import ClockSampler  # noqa: E402  (bench/ is not a package)

from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import HeaderInfo, render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402

SHADER_DIR = REPO / "bench" / "sweep-shaders"  # git-ignored; carried to the GPU machine
WEIGHTS = {"C4F16": REPO / "weights" / "ArtCNN_C4F16.keras", "C4F32": REPO / "weights" / "ArtCNN_C4F32.keras"}
# The check image: issue 4's "cel 61x47" acceptance crop, the top-left of the packaged default input.
CHECK_SIZE = (61, 47)
SIZE = (1920, 1080)
FRAMES, WARMUP = 50, 20


@dataclass(frozen=True)
class Variant:
    """A candidate other than an fp32 file with one forced tiling: ``tiling`` None is the planner's
    default; ``one_slice`` is a diagnostic, not a shader: every slice of threads runs slice 0's code
    (wrong output, same work per thread), which shows what running several code paths at once costs."""

    tiling: ComputeTiling | None = None
    precision: str = "fp32"
    one_slice: bool = False
    rounding: str | None = None  # another round_half body (ROUNDINGS): a measurement, not a shader
    # Forced on the middle layers only (those reading a stored tensor, but the final one); the
    # first and last layers keep the planner's default.
    middle: ComputeTiling | None = None
    last: ComputeTiling | None = None  # forced on the final layer only


# Bodies of round_half(vec4 x) to time and check against each other.
ROUNDINGS = {
    "bits": "uvec4 bits = floatBitsToUint(x);\n    bits += uvec4(0x0FFFu) + ((bits >> 13u) & uvec4(1u));\n"
            "    return uintBitsToFloat(bits & uvec4(0xFFFFE000u));",
    "half_up": "return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));",
    "pack": "return vec4(unpackHalf2x16(packHalf2x16(x.xy)), unpackHalf2x16(packHalf2x16(x.zw)));",
    "none": "return x;",
}
ROUND_HALF = re.compile(r"(vec4 round_half\(vec4 x\)\n\{\n    )(.*?)(\n\})", re.S)


def lanes(tile_w, tile_h, px=1, py=1, half=False, split=1, passes=1, tiles=1) -> ComputeTiling:
    """A literal-weights tiling (one fused multiply-add per weight, "lanes" in the recorded rounds)."""
    return ComputeTiling(tile_w, tile_h, px, py, half_tile=half, out_split=split, pass_split=passes,
                         tiles_down=tiles)


# Rounds 1-3 (const-array weights, a tap's mat4 products summed first, unclamped interior loads)
# measured modes that are retired; their results stay in sweep-round{1,2,3}.json (bench/README.md).
# Round 4: one fused multiply-add per weight ("lanes": acc += column * v.x) instead of a tap's sum
# of mat4 x vec4 products added to the accumulator, over the neighbours of the round-3 defaults.
ROUND_4 = {
    "C4F16": [None, lanes(16, 8, split=2), lanes(8, 8, split=2), lanes(8, 8), lanes(16, 8),
              lanes(16, 8, split=4), lanes(16, 8, 2, 1, split=2), lanes(8, 8, split=2, half=True),
              lanes(8, 4, split=4), lanes(32, 8, 2, 1, split=2)],
    "C4F32": [None, lanes(8, 8, split=4), lanes(8, 8, split=2), lanes(8, 8, split=8), lanes(8, 4, split=4),
              lanes(16, 8, split=4, half=True), lanes(8, 8, split=4, half=True), lanes(8, 8, 2, 1, split=4),
              lanes(8, 4, split=8), lanes(8, 8)],
}
# Round 5: the lanes defaults, fp16 files of them (float arithmetic under OpenGL), and one_slice
# diagnostics: is it the several code paths of the sliced passes that cost?
ROUND_5 = {
    "C4F16": [None, Variant(precision="fp16"), Variant(lanes(16, 8, split=2), one_slice=True),
              Variant(lanes(8, 8, split=2), one_slice=True), Variant(lanes(16, 8, split=4), one_slice=True)],
    "C4F32": [None, Variant(precision="fp16"), Variant(lanes(8, 8, split=2), precision="fp16"),
              Variant(lanes(8, 8, split=4), precision="fp16"),
              Variant(lanes(8, 4, split=4), one_slice=True), Variant(lanes(8, 8, split=4), one_slice=True),
              Variant(lanes(8, 8, split=2), one_slice=True), Variant(lanes(8, 8, split=8), one_slice=True)],
}
# Round 6: one pass per slice of output groups (pass_split): every workgroup of a pass runs the
# same code.
ROUND_6 = {
    "C4F16": [None, lanes(16, 8, passes=2), lanes(16, 16, half=True, passes=2), lanes(16, 16, passes=2),
              lanes(8, 8, passes=2), lanes(16, 8, passes=4), lanes(32, 8, half=True, passes=2),
              lanes(16, 8, half=True, passes=2)],
    "C4F32": [None, lanes(8, 8, passes=4), lanes(16, 8, half=True, passes=4), lanes(8, 8, passes=2),
              lanes(16, 8, passes=4), lanes(16, 16, half=True, passes=4), lanes(8, 4, passes=4),
              lanes(8, 8, passes=8), lanes(16, 8, half=True, passes=8), lanes(16, 8, half=True, passes=2)],
}
# Round 7: C4F32 around the best of round 6 (16x8 half tiles, 2 passes of 4 groups): thread slices
# inside each pass, float tiles over 16 KiB (its unclamped-interior-load candidates are retired).
ROUND_7 = {
    "C4F16": [lanes(8, 8, split=2, half=True),
              lanes(16, 8, split=2, half=True), lanes(16, 16, split=2, half=True)],
    "C4F32": [lanes(16, 8, half=True, split=2, passes=2), lanes(8, 8, split=2, passes=2),
              lanes(8, 8, half=True, split=2, passes=2), lanes(16, 8, passes=2),
              lanes(16, 8, split=2, passes=2), lanes(16, 16, half=True, split=2, passes=2),
              lanes(8, 8, half=True, passes=2), lanes(32, 8, half=True, passes=2),
              lanes(16, 8, half=True, split=4)],
}
# Round 8: the new defaults (lanes products, C4F32's wide layers in 2 passes of 4 groups), fp32 and
# fp16 (float arithmetic under OpenGL), against the fp16 files' old 2-slice tiling.
ROUND_8 = {
    "C4F16": [None, Variant(precision="fp16")],
    "C4F32": [None, Variant(precision="fp16"), Variant(lanes(8, 8, half=True, split=2), precision="fp16")],
}
# Round 9: each workgroup walks down several tiles, fetching the next tile while it computes one.
ROUND_9 = {
    "C4F16": [None, lanes(16, 8, split=2, tiles=2), lanes(16, 8, split=2, tiles=4),
              lanes(16, 8, split=2, tiles=8), lanes(8, 8, half=True, split=2, tiles=4),
              lanes(8, 8, split=2, tiles=4)],
    "C4F32": [None, lanes(16, 8, half=True, passes=2, tiles=2), lanes(16, 8, half=True, passes=2, tiles=4),
              lanes(16, 8, half=True, passes=2, tiles=8), lanes(16, 8, half=True, passes=4, tiles=4),
              lanes(16, 8, half=True, split=2, passes=2, tiles=4), lanes(8, 8, half=True, passes=2, tiles=4),
              lanes(8, 4, split=8, tiles=4)],
}
# Round 10: the defaults with 4 tiles per workgroup on C4F16's middle layers and packHalf2x16
# rounding, fp32 and fp16; last-layer candidates (the last pass of each row).
ROUND_10 = {
    "C4F16": [None, Variant(precision="fp16"), lanes(8, 8, half=True, tiles=2), lanes(16, 8, half=True),
              lanes(8, 4, half=True), lanes(16, 4, half=True), lanes(4, 4, half=True), lanes(8, 8)],
    "C4F32": [None, Variant(precision="fp16"), lanes(8, 8, half=True, tiles=2), lanes(16, 8, half=True),
              lanes(8, 4, half=True)],
}
# Round 11: how round_half is computed (packHalf2x16 failed the check on NVIDIA in round 10).
ROUND_11 = {
    "C4F16": [Variant(rounding=name) for name in ROUNDINGS],
    "C4F32": [Variant(rounding=name) for name in ("bits", "half_up")],
}
# Round 12: first- and last-layer candidates for C4F16 (the first and last pass of each row), with
# exact (ties to even) and half-up rounding.
ROUND_12 = {
    "C4F16": [Variant(tiling, rounding=rounding) for rounding in ("bits", "half_up")
              for tiling in (None, lanes(8, 4), lanes(8, 8, split=4), lanes(8, 8, 2, 1, half=True),
                             lanes(16, 8, 2, 1, half=True, split=2), lanes(8, 4, split=2))],
}


def phased(tile_w, tile_h, split, chunk, passes=1) -> Variant:
    """Middle layers with literal weights and the input tile loaded ``chunk`` input groups at a time
    (phases between barriers), ``split`` thread slices, ``passes`` passes per layer."""
    return Variant(middle=ComputeTiling(tile_w, tile_h, 1, 1, "phased", out_split=split,
                                        chunk_groups=chunk, pass_split=passes))


# Round 14: phased passes (literal weights, the tile loaded and used one chunk of input groups at a
# time between barriers), with large workgroups so an SM runs few phases at once.
ROUND_14 = {
    "C4F16": [None, phased(16, 16, 2, 2), phased(16, 16, 2, 1), phased(32, 32, 1, 1), phased(16, 8, 2, 2),
              phased(32, 16, 2, 1), phased(16, 16, 1, 2), phased(32, 16, 1, 2)],
    "C4F32": [None, phased(32, 32, 1, 1, passes=2), phased(32, 16, 1, 1, passes=2),
              phased(32, 16, 1, 2, passes=2), phased(16, 16, 1, 2, passes=2), phased(16, 16, 1, 4, passes=2),
              phased(16, 8, 1, 2, passes=2),
              phased(16, 16, 4, 2), phased(16, 16, 4, 1), phased(32, 16, 2, 1), phased(16, 8, 4, 2),
              phased(32, 32, 2, 1, passes=2)],
}


def ph(tile_w, tile_h, split, chunk, passes=1, prefetch=False, half=False) -> ComputeTiling:
    return ComputeTiling(tile_w, tile_h, 1, 1, "phased", half, split, pass_split=passes,
                         chunk_groups=chunk, prefetch=prefetch)


# Round 15: phased passes with the next phase prefetched into registers, packed-half tiles, and
# phased final layers.
C4F32_PHASED = ph(32, 16, 1, 2, passes=2)
C4F16_PHASED = ph(16, 8, 2, 2)
ROUND_15 = {
    "C4F16": [None, Variant(middle=C4F16_PHASED), Variant(middle=ph(16, 8, 2, 2, prefetch=True)),
              Variant(middle=ph(16, 8, 2, 2, half=True, prefetch=True)),
              Variant(middle=ph(16, 16, 1, 2, prefetch=True)),
              Variant(middle=ph(16, 8, 2, 4, prefetch=True)),
              Variant(last=ph(16, 8, 1, 2)), Variant(last=ph(16, 16, 1, 2, prefetch=True)),
              Variant(last=ph(8, 8, 1, 4, half=True)), Variant(last=ph(32, 8, 1, 1, prefetch=True))],
    "C4F32": [None, Variant(middle=C4F32_PHASED), Variant(middle=ph(32, 16, 1, 2, passes=2, prefetch=True)),
              Variant(middle=ph(32, 16, 1, 2, passes=2, half=True)),
              Variant(middle=ph(32, 16, 1, 2, passes=2, half=True, prefetch=True)),
              Variant(middle=ph(32, 8, 1, 2, passes=2, prefetch=True)),
              Variant(middle=ph(64, 8, 1, 2, passes=2, prefetch=True)),
              Variant(middle=ph(32, 16, 1, 4, passes=2, half=True, prefetch=True)),
              Variant(middle=ph(16, 16, 1, 2, passes=2, prefetch=True)),
              Variant(middle=C4F32_PHASED, last=ph(16, 16, 1, 2)),
              Variant(middle=C4F32_PHASED, last=ph(16, 16, 1, 2, prefetch=True)),
              Variant(middle=C4F32_PHASED, last=ph(32, 16, 1, 2, prefetch=True)),
              Variant(middle=C4F32_PHASED, last=ph(16, 8, 1, 4, half=True, prefetch=True))],
}


# Round 16: neighbours of the phased defaults: 1 group per phase, 4 groups per thread, smaller
# tiles, no prefetch.
ROUND_16 = {
    "C4F16": [None, Variant(middle=ph(16, 8, 2, 1, prefetch=True)),
              Variant(middle=ph(32, 8, 1, 2, prefetch=True)), Variant(middle=ph(8, 8, 2, 2, prefetch=True)),
              Variant(middle=ph(16, 8, 1, 2, prefetch=True)),
              Variant(middle=ph(16, 4, 2, 2, prefetch=True)), Variant(middle=ph(32, 4, 2, 2, prefetch=True))],
    "C4F32": [None, Variant(middle=ph(32, 8, 1, 1, passes=2, prefetch=True)),
              Variant(middle=ph(32, 8, 1, 2, passes=2)),
              Variant(middle=ph(16, 8, 1, 2, passes=2, prefetch=True)),
              Variant(middle=ph(32, 4, 1, 2, passes=2, prefetch=True))],
}
# Round 17: one input group per phase (round 16's best), with the last layer and tile neighbours.
C4F32_ONE = ph(32, 8, 1, 1, passes=2, prefetch=True)
ROUND_17 = {
    "C4F16": [None, Variant(middle=ph(16, 8, 2, 1, prefetch=True)),
              Variant(middle=ph(8, 8, 2, 1, prefetch=True)), Variant(middle=ph(32, 4, 2, 1, prefetch=True)),
              Variant(middle=ph(16, 8, 2, 1))],
    "C4F32": [None, Variant(middle=C4F32_ONE), Variant(middle=C4F32_ONE, last=ph(16, 16, 1, 1)),
              Variant(middle=C4F32_ONE, last=ph(16, 16, 1, 1, prefetch=True)),
              Variant(middle=ph(16, 16, 1, 1, passes=2, prefetch=True)),
              Variant(middle=ph(32, 8, 1, 1, passes=2)),
              Variant(middle=ph(64, 4, 1, 1, passes=2, prefetch=True))],
}
ROUNDS = {"4": ROUND_4, "5": ROUND_5, "6": ROUND_6, "7": ROUND_7,
          "8": ROUND_8, "9": ROUND_9, "10": ROUND_10, "11": ROUND_11, "12": ROUND_12,
          "14": ROUND_14, "15": ROUND_15,
          "16": ROUND_16, "17": ROUND_17}
ONE_SLICE = re.compile(r"int slice = int\(gl_LocalInvocationID\.y\) / \d+;")


def candidate_name(model: str, tiling: ComputeTiling | None) -> str:
    if tiling is None:
        return f"{model}_default"
    half = "_half" if tiling.half_tile else ""
    split = f"_split{tiling.out_split}" if tiling.out_split > 1 else ""
    rest = "_lanes"  # every tiling since the matrix products were retired: names match rounds 4-17
    rest += f"_passes{tiling.pass_split}" if tiling.pass_split > 1 else ""
    rest += f"_down{tiling.tiles_down}" if tiling.tiles_down > 1 else ""
    if tiling.weights == "phased":
        rest += f"_chunk{tiling.chunk_groups}_taps1"  # taps1: the names of rounds 13-15
        rest += "_prefetch" if tiling.prefetch else ""
    return (f"{model}_{tiling.weights}_{tiling.tile_w}x{tiling.tile_h}_p{tiling.pixels_x}x{tiling.pixels_y}"
            f"{half}{split}{rest}")


def build(out_dir: Path, round_name: str) -> None:
    from shadergen.model.load import load_model

    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.glsl"):
        old.unlink()
    manifest = []
    for model, tilings in ROUNDS[round_name].items():
        network = load_model(WEIGHTS[model]).network
        for entry in tilings:
            variant = entry if isinstance(entry, Variant) else Variant(entry)
            tiling = variant.tiling
            name = candidate_name(model, tiling)
            if variant.middle is not None or variant.last is not None:
                name = model
                if variant.middle is not None:
                    name += candidate_name("", variant.middle).replace("_", "_middle_", 1)
                if variant.last is not None:
                    name += candidate_name("", variant.last).replace("_", "_last_", 1)

                def tiling(layer, middle=variant.middle, last=variant.last):
                    if layer.is_final:
                        return last
                    return middle if layer.source is not None else None
            if variant.precision != "fp32":
                name += f"_{variant.precision}"
            if variant.one_slice:
                name += "_oneslice"
            if variant.rounding:
                name += f"_round_{variant.rounding}"
            try:
                plan = plan_shader(network, "compute", variant.precision, tiling=tiling)
            except ShadergenError as error:
                print(f"{name}: skipped: {error}")
                continue
            text = render_shader(plan, HeaderInfo(WEIGHTS[model].name))
            if variant.one_slice:
                text = ONE_SLICE.sub("int slice = 0;", text)
            if variant.rounding:
                body = ROUNDINGS[variant.rounding]
                text = ROUND_HALF.sub(lambda m, body=body: m.group(1) + body + m.group(3), text)
            (out_dir / f"{name}.glsl").write_text(text)
            manifest.append({"name": name, "model": model, "precision": variant.precision,
                             "diagnostic": variant.one_slice,
                             "tilings": [chosen.__dict__ for chosen in plan.tilings],
                             "threads": [math.prod(p.compute_size[2:]) for p in plan.passes],
                             "shared_bytes": [chosen.shared_bytes(layer) for chosen, layer
                                              in zip(plan.tilings, plan.layers, strict=True)],
                             "bytes": len(text)})
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"{len(manifest)} candidates in {out_dir}")


def run(shader_dir: Path, out: Path, deadline: float, frames: int, warmup: int, size=SIZE,
        only: str | None = None) -> None:
    from shadergen.benchmark import Bench, prepare_shader
    from shadergen.model.load import load_model
    from shadergen.mpv.parse import parse_shader
    from shadergen.verification.luma_accuracy import compare, run_luma_shader, storage_floor
    from shadergen.verification.luma_image import default_input_path, load_luma

    started = time.monotonic()
    manifest = json.loads((shader_dir / "manifest.json").read_text())
    luma = load_luma(default_input_path())[:CHECK_SIZE[1], :CHECK_SIZE[0]]
    references = {model: storage_floor(load_model(path).network, luma) for model, path in WEIGHTS.items()}
    bench = Bench(size, warmup, frames)
    results = {"gpu": bench.gpu.as_dict(), "size": list(size), "frames": frames, "warmup": warmup,
               "candidates": []}
    out.mkdir(parents=True, exist_ok=True)
    for entry in manifest:
        if only is not None and only not in entry["name"]:
            continue
        if time.monotonic() - started > deadline:
            print(f"{entry['name']}: not run, past the {deadline:g} s deadline", flush=True)
            continue
        path = shader_dir / f"{entry['name']}.glsl"
        begun = time.monotonic()
        record = dict(entry)
        try:
            reference, floor = references[entry["model"]]
            output = run_luma_shader(parse_shader(path.read_text(), str(path)), luma, ctx=bench.ctx)
            check = compare(output, reference, floor, entry.get("precision", "fp32"))
            record["check"] = {"max_abs": check.max_abs, "tolerance": check.tolerance, "passed": check.passed}
            clocks = ClockSampler()
            timing = bench.time(prepare_shader(path), during_frames=clocks)
            record.update(median_ms=timing.median_ms, p90_ms=timing.p90_ms, min_ms=min(timing.frame_ms),
                          tflops=timing.tflops, sm_clock=clocks.summary(),
                          passes=[{"desc": p.desc, "median_ms": p.median_ms} for p in timing.passes])
        except ShadergenError as error:
            record["error"] = str(error)
        record["seconds"] = round(time.monotonic() - begun, 1)
        results["candidates"].append(record)
        print(line(record), flush=True)
        (out / "sweep.json").write_text(json.dumps(results, indent=1) + "\n")
    bench.release()
    print()
    print_table(results)


def line(record: dict) -> str:
    if "error" in record:
        return f"{record['name']:<44} ERROR {record['error'][:150]}"
    check = record["check"]
    clock = record["sm_clock"] or {}
    passes = " ".join(f"{p['median_ms']:.3f}" for p in record["passes"])
    return (f"{record['name']:<44} {record['median_ms']:7.3f} ms (min {record['min_ms']:7.3f}) "
            f"{record['tflops']:5.1f} TF  SM {clock.get('median_mhz', '-')}/{clock.get('min_mhz', '-')}  "
            f"{'ok ' if check['passed'] else 'BAD'} {check['max_abs']:.2e}  [{passes}]  {record['seconds']}s")


def print_table(results: dict) -> None:
    done = [r for r in results["candidates"] if "error" not in r]
    for model in WEIGHTS:
        ranked = sorted((r for r in done if r["model"] == model), key=lambda r: r["median_ms"])
        print(f"== {model}, {results['size'][0]}x{results['size'][1]}, {results['gpu']['renderer']}")
        for record in ranked:
            print(line(record))
    for record in results["candidates"]:
        if "error" in record:
            print(line(record))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    built = sub.add_parser("build")
    built.add_argument("--out", type=Path, default=SHADER_DIR)
    built.add_argument("--round", choices=sorted(ROUNDS, key=int), default=max(ROUNDS, key=int))
    timed = sub.add_parser("run")
    timed.add_argument("--dir", type=Path, default=SHADER_DIR)
    timed.add_argument("--out", type=Path, default=REPO / "bench" / "sweep-results")
    timed.add_argument("--deadline", type=float, default=420.0, help="start no candidate after this (s)")
    timed.add_argument("--frames", type=int, default=FRAMES)
    timed.add_argument("--warmup", type=int, default=WARMUP)
    timed.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="input WIDTHxHEIGHT")
    timed.add_argument("--only", help="only the candidates whose name holds this text")
    table = sub.add_parser("table")
    table.add_argument("json", type=Path)
    args = parser.parse_args()
    if args.what == "build":
        build(args.out, args.round)
    elif args.what == "run":
        width, height = (int(v) for v in args.size.lower().split("x"))
        run(args.dir, args.out, args.deadline, args.frames, args.warmup, (width, height), args.only)
    else:
        print_table(json.loads(args.json.read_text()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
