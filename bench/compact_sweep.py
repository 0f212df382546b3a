"""Tiling sweep for the superultracompact-sized compact model's 24->24 layers (issue 15).

    python bench/compact_sweep.py build --out DIR    # here: weights, one shader per candidate, manifest.json
    python -m shadergen bench DIR/*.glsl --weights DIR/superultracompact_x2.safetensors \\
        --size 1920x1080 --frames 100 --warmup 20 [--engine libplacebo] --json > ENGINE.json   # on the GPU
    python bench/compact_sweep.py collect DIR/manifest.json opengl.json vulkan.json --out RECORD.json
    python bench/compact_sweep.py table RECORD.json      # the markdown table

A candidate is bench/compact.py's model (3 channels, 24 features, 10 convolutions, x2, seeded random
weights) built as a compute fp32 shader with one forced ``ComputeTiling`` on its middle layers (the
eight 24->24 convolutions, 6 output groups each); its first and last layers keep the planner's
defaults. The winner, 2 passes of 3 output groups on 16x16 tiles, is the planner's default since.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench_reports import bench_reports  # noqa: E402  (bench/ is not a package)
from compact import H200_FP32_TFLOPS, SEED, SUPERULTRACOMPACT  # noqa: E402  (bench/ is not a package)

from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import HeaderInfo, render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.model.compact import random_compact_state  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402
from shadergen.model.safetensors_file import safetensors_bytes  # noqa: E402

WEIGHTS_NAME = "superultracompact_x2.safetensors"


def ph(tile_w, tile_h, split, chunk=1, passes=1, prefetch=True, half=False) -> ComputeTiling:
    """A phased literal-weights tiling: ``split`` thread slices, ``chunk`` input groups per phase,
    ``passes`` passes per layer, the next phase prefetched into registers."""
    return ComputeTiling(tile_w, tile_h, 1, 1, "phased", half, split, pass_split=passes,
                         chunk_groups=chunk, prefetch=prefetch)


# Round 1 (2026-12-03, H200): the default of the time (8x8 tiles, 3 slices of 2 groups, 1 group per
# phase, prefetch; the narrow rule of codegen/tilings.py) and its neighbours: no prefetch, 2 or 3
# groups per phase, 3 or 6 groups per thread, 1 group per thread, 2 or 3 passes per layer,
# packed-half tiles, other tile shapes, and the unphased kernel with 4 tiles per workgroup (the fp16
# files' middle layers).
ROUND_1 = (ph(8, 8, 3), ph(8, 8, 3, prefetch=False), ph(8, 8, 3, chunk=2), ph(8, 8, 3, chunk=3),
           ph(16, 8, 2), ph(16, 16, 1), ph(16, 8, 1), ph(32, 8, 1), ph(8, 4, 6), ph(16, 4, 3),
           ph(16, 8, 1, passes=2), ph(16, 16, 1, passes=2), ph(16, 8, 1, passes=3),
           ph(8, 8, 3, half=True),
           ComputeTiling(8, 8, 1, 1, out_split=3, tiles_down=4))


def candidate_name(tiling: ComputeTiling | None) -> str:
    if tiling is None:
        return "default"
    name = f"{tiling.weights}_{tiling.tile_w}x{tiling.tile_h}_split{tiling.out_split}"
    name += f"_passes{tiling.pass_split}" if tiling.pass_split > 1 else ""
    name += f"_down{tiling.tiles_down}" if tiling.tiles_down > 1 else ""
    if tiling.weights == "phased":
        name += f"_chunk{tiling.chunk_groups}" + ("_prefetch" if tiling.prefetch else "")
    return name + ("_half" if tiling.half_tile else "")


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.glsl"):
        old.unlink()
    weights = out / WEIGHTS_NAME
    channels, features, convs, scale = SUPERULTRACOMPACT
    weights.write_bytes(safetensors_bytes(random_compact_state(channels, features, convs, scale, seed=SEED)))
    network = load_model(weights).network
    manifest = []
    for forced in ROUND_1:
        def tiling(layer, forced=forced):
            return forced if layer.source is not None and not layer.is_final else None
        plan = plan_shader(network, "compute", "fp32", tiling=None if forced is None else tiling)
        name = candidate_name(forced)
        (out / f"{name}.glsl").write_text(render_shader(plan, HeaderInfo(weights.name)))
        middle = plan.tilings[1]
        manifest.append({"name": name, "middle": middle.__dict__,
                         "threads": middle.threads_x * middle.threads_y * middle.split(plan.layers[1]),
                         "shared_bytes": middle.shared_bytes(plan.layers[1])})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"{len(manifest)} candidates in {out}")


def collect(manifest_path: Path, results: list[Path]) -> dict:
    """One record of the sweep: the candidates and, per engine, each ``shadergen bench --json`` report
    (bench_reports.py), per-frame and per-pass lists left out."""
    record = {"candidates": json.loads(manifest_path.read_text()), "engines": {}}
    for path in results:
        for report in bench_reports(path.read_text()):
            settings = {k: v for k, v in report.items() if k != "shaders"}
            engine = record["engines"].setdefault(report["shaders"][0]["engine"], settings | {"shaders": []})
            for shader in report["shaders"]:
                passes = [{k: v for k, v in p.items() if k != "times_ms"} for p in shader["passes"]]
                engine["shaders"].append({k: v for k, v in shader.items() if k not in ("frame_ms", "passes")}
                                         | {"name": Path(shader["shader"]).stem, "passes": passes})
    return record


def table(record: dict) -> str:
    """A markdown table: per candidate and engine, the frame's and one middle layer's median ms."""
    engines = [(name, {shader["name"]: shader for shader in report["shaders"]})
               for name, report in record["engines"].items()]
    head = "| middle layers | threads | " + " | ".join(
        f"{engine} ms | % of {H200_FP32_TFLOPS:g} | 24->24 layer ms" for engine, _ in engines)
    lines = [head + " |", "|---|---:|" + "---:|---:|---:|" * len(engines)]
    for entry in record["candidates"]:
        cells = [f"`{entry['name']}`", str(entry["threads"])]
        for _, shaders in engines:
            timing = shaders.get(entry["name"])
            if timing is None:
                cells += ["-", "-", "-"]
                continue
            layer = sum(p["median_ms"] for p in timing["passes"] if " body_2_Conv" in p["desc"])
            cells += [f"{timing['median_ms']:.3f}", f"{100 * timing['tflops'] / H200_FP32_TFLOPS:.1f} %",
                      f"{layer:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("build").add_argument("--out", type=Path, required=True)
    collected = sub.add_parser("collect")
    collected.add_argument("manifest", type=Path)
    collected.add_argument("results", type=Path, nargs="+", help="shadergen bench --json outputs")
    collected.add_argument("--out", type=Path, required=True)
    sub.add_parser("table").add_argument("record", type=Path, help="collect's output")
    args = parser.parse_args()
    if args.what == "build":
        build(args.out)
    elif args.what == "collect":
        args.out.write_text(json.dumps(collect(args.manifest, args.results), indent=1) + "\n")
    else:
        print(table(json.loads(args.record.read_text())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
