"""Texture-weight kernels (weights as data, issue 12) on the GPU, in one call: a sweep of tilings for
the 64->64 layers, then R8F64 (planner default and the sweep's fastest), R16F96, C4F64, and the
texture-weight C4F16/C4F32 beside the literal dist/ files.

    python bench/texture_sweep.py --fixtures DIR --out DIR [--deadline S]

DIR holds the shared r8f64.keras, r16f96.keras and c4f64.keras (random weights: shapes for timing).
Each shader is timed like ``shadergen bench`` (OpenGL timer query per pass, median over the timed
frames); FLOPs as ``inspect`` counts them. Writes DIR/texture-sweep.json and prints a table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.benchmark import bench_shaders  # noqa: E402
from shadergen.codegen.generate import header_for  # noqa: E402
from shadergen.codegen.plan import ComputeTiling, plan_shader  # noqa: E402
from shadergen.codegen.render import render_shader  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402

R_SIZE = (1280, 720)  # issue 12: R8F64 at 1280x720 -> 2560x1440
C_SIZE = (1920, 1080)  # the C4F16/C4F32 comparison at 1080p, as bench/results.md
SWEEP_MODEL = REPO / "tests" / "data" / "large" / "r2f64.keras"


def tex(tile_w, tile_h, px, py, split, rows=0, loop=True, prefetch=False) -> ComputeTiling:
    return ComputeTiling(tile_w, tile_h, px, py, "texture", out_split=split, stage_rows=rows, tap_loop=loop,
                         prefetch=prefetch)


# 64 filters = 16 output groups: split = 16 / groups per thread. Results: bench/texture-sweep-round*.json.
ROUNDS = {
    "1": {
        "g4p4": tex(16, 16, 2, 2, 4),  # 4 groups x 2x2 pixels, 8x8 threads per slice
        "g4p4-unrolled": tex(16, 16, 2, 2, 4, loop=False),
        "g4p4-rows": tex(16, 16, 2, 2, 4, rows=1),
        "g4p8": tex(32, 16, 4, 2, 4),
        "g8p4": tex(32, 16, 2, 2, 2),
        "g4p2": tex(16, 8, 2, 1, 4),
        "g2p8": tex(32, 16, 4, 2, 8),
        "g4p4-32x8": tex(32, 8, 4, 1, 4),
    },
    # The next group's tile and weights fetched into registers while this one is computed.
    "2": {
        "g2p8": tex(32, 16, 4, 2, 8),
        "g2p8-pf": tex(32, 16, 4, 2, 8, prefetch=True),
        "g2p8-pf-unrolled": tex(32, 16, 4, 2, 8, loop=False, prefetch=True),
        "g4p8-pf": tex(32, 16, 4, 2, 4, prefetch=True),
        "g4p8-pf-512": tex(64, 16, 4, 2, 4, prefetch=True),
        "g2p16-pf": tex(32, 32, 4, 4, 8, prefetch=True),
    },
}
CANDIDATES = {name: tiling for round_ in ROUNDS.values() for name, tiling in round_.items()}


def middle_only(tiling: ComputeTiling):
    """The forced tiling on the 64->64 layers; the planner's default on the first and last."""
    def pick(layer):
        return tiling if layer.source is not None and not layer.is_final else None
    return pick


def build(path: Path, folder: Path, name: str, variant="compute", weights_in=None, tiling=None) -> Path:
    network = load_model(path, arch="C4F64" if path.name.endswith(".weights.h5") else None).network
    plan = plan_shader(network, variant, "fp32", source=str(path), weights_in=weights_in,
                       tiling=middle_only(tiling) if tiling else None)
    target = folder / f"{name}.glsl"
    target.write_text(render_shader(plan, header_for(path, network)), encoding="utf-8")
    return target


def time_one(shader: Path, weights: Path, size, frames: int, warmup: int) -> dict:
    report = bench_shaders([shader], size=size, warmup=warmup, frames=frames, weights=[weights])
    entry = report["shaders"][0]
    return {"shader": shader.name, "size": list(size), "median_ms": entry["median_ms"],
            "p90_ms": entry["p90_ms"], "tflops": entry["tflops"], "renderer": report["renderer"],
            "passes": [{"desc": p["desc"], "median_ms": p["median_ms"]} for p in entry["passes"]]}


def middle_ms(record: dict) -> float:
    """Median ms of the 64->64 passes (all but the first and the last)."""
    return sum(p["median_ms"] for p in record["passes"][1:-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--deadline", type=float, default=400.0)
    parser.add_argument("--shaders", type=Path, default=Path("/tmp/texture-sweep-shaders"),
                        help="where the built shaders go (R16F96's is 33 MB)")
    parser.add_argument("--round", choices=sorted(ROUNDS), default=max(ROUNDS))
    parser.add_argument("--quick", action="store_true", help="a 64x48 input and 1 frame each: a dry run")
    args = parser.parse_args()
    global R_SIZE, C_SIZE
    if args.quick:
        R_SIZE = C_SIZE = (64, 48)
    start = time.monotonic()
    folder = args.shaders
    args.out.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    results = {"sweep": {}, "models": {}}

    def save():
        (args.out / "texture-sweep.json").write_text(json.dumps(results, indent=1), encoding="utf-8")

    def timed(key, group, shader, weights, size, frames, warmup):
        if time.monotonic() - start > args.deadline:
            print(f"{key}: skipped (deadline)", flush=True)
            return None
        if args.quick:
            frames, warmup = 1, 0
        try:
            record = time_one(shader, weights, size, frames, warmup)
        except ShadergenError as error:
            print(f"{key}: {error}", flush=True)
            results[group][key] = {"error": str(error)}
            return None
        results[group][key] = record
        print(f"{key}: {record['median_ms']:.3f} ms, {record['tflops']:.1f} TFLOP/s", flush=True)
        save()
        return record

    for name, tiling in ROUNDS[args.round].items():
        shader = build(SWEEP_MODEL, folder, f"r2f64_{name}", tiling=tiling)
        record = timed(name, "sweep", shader, SWEEP_MODEL, R_SIZE, 30, 5)
        if record:
            record["middle_ms"] = middle_ms(record)
            record["tiling"] = dataclasses.asdict(tiling)
            print(f"  64->64 passes: {record['middle_ms']:.3f} ms", flush=True)
    swept = {k: v for k, v in results["sweep"].items() if "middle_ms" in v}
    best = min(swept, key=lambda k: swept[k]["middle_ms"]) if swept else None
    results["best"] = best
    if best and CANDIDATES[best].prefetch:
        # The models below then take the planner's tilings with the prefetch on.
        import shadergen.codegen.plan as planner

        planned = planner._texture_tilings
        planner._texture_tilings = lambda layer: tuple(dataclasses.replace(t, prefetch=True)
                                                       for t in planned(layer))
        results["planner_prefetch"] = True
    fixtures = args.fixtures
    r8f64 = fixtures / "r8f64.keras"
    default = build(r8f64, folder, "r8f64_compute")
    timed("R8F64 compute fp32 (default)", "models", default, r8f64, R_SIZE, 20, 5)
    if best:
        shader = build(r8f64, folder, f"r8f64_{best}", tiling=CANDIDATES[best])
        timed(f"R8F64 compute fp32 ({best})", "models", shader, r8f64, R_SIZE, 20, 5)
    c4f64 = fixtures / "c4f64.keras"
    timed("C4F64 compute fp32", "models", build(c4f64, folder, "c4f64_compute"), c4f64, R_SIZE, 30, 5)
    for model in ("ArtCNN_C4F16", "ArtCNN_C4F32"):
        weights = REPO / "weights" / f"{model}.keras"
        literal = REPO / "dist" / f"{model}_compute_fp32.glsl"
        timed(f"{model} literal", "models", literal, weights, C_SIZE, 50, 10)
        shader = build(weights, folder, f"{model}_texture", weights_in="texture")
        timed(f"{model} texture", "models", shader, weights, C_SIZE, 50, 10)
    r16f96 = fixtures / "r16f96.keras"
    timed("R16F96 compute fp32", "models", build(r16f96, folder, "r16f96_compute"), r16f96, R_SIZE, 10, 3)
    r8f64_fragment = build(r8f64, folder, "r8f64_fragment", variant="fragment")
    timed("R8F64 fragment fp32", "models", r8f64_fragment, r8f64, R_SIZE, 2, 1)
    save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
