"""Float16 design sweep (issue 14): candidate fp16 shaders of ArtCNN C4F16 and C4F32, timed inside
libplacebo on Vulkan, where float16 arithmetic is real (OpenGL runs the fp16 files in float).

    python bench/half_sweep.py build --round N --out DIR   # here: one shader per candidate + manifest.json
    python -m shadergen bench DIR/*.glsl --engine libplacebo --size 1920x1080 --frames 100 \\
        --warmup 20 --json > DIR/vulkan.json                                # on the GPU machine
    python bench/half_sweep.py collect --manifest DIR/manifest.json DIR/vulkan.json --out RECORD.json
    python bench/half_sweep.py table RECORD.json            # the markdown table

A candidate forces one ``ComputeTiling`` on the middle layers (those reading a stored tensor, but
the last); the first and last layers keep the planner's defaults. What varies: where float16 sums
are widened into float (``half_sums``: each tap's, each phase's, or float16 accumulators for the
whole layer), whether a thread's two pixels share each packed multiply-add (``pair_pixels``), the
thread slices, phases and tiles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import HeaderInfo, render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402

WEIGHTS = {"C4F16": REPO / "weights" / "ArtCNN_C4F16.keras", "C4F32": REPO / "weights" / "ArtCNN_C4F32.keras"}


def ph(tile_w, tile_h, split=1, chunk=1, passes=1, sums="tap", pair=False, prefetch=True, fma=False) -> ComputeTiling:
    """A phased literal-weights tiling of the middle layers; ``pair``: 2 pixels per thread (along x),
    packed in f16vec2 pairs."""
    sums = "phase" if pair and sums == "tap" else sums  # pairs widen each phase at least
    return ComputeTiling(tile_w, tile_h, 2 if pair else 1, 1, "phased", out_split=split, pass_split=passes,
                         chunk_groups=chunk, prefetch=prefetch, half_sums=sums, pair_pixels=pair,
                         half_fma=fma)


# Round 1 (2026-12-03, H200): the default fp16 files, the fp32 middle-layer tilings with each
# widening, and the pixel pairs.
ROUND_1 = {
    "C4F16": [None, ph(16, 8, 2), ph(16, 8, 2, sums="phase"), ph(16, 8, 2, sums="layer"),
              ph(16, 8, 1, sums="phase"), ph(16, 8, 1, sums="layer"), ph(16, 8, 2, chunk=4, sums="layer"),
              ph(16, 8, 2, pair=True), ph(16, 8, 2, pair=True, sums="layer"),
              ph(32, 8, 2, pair=True), ph(32, 8, 2, pair=True, sums="layer"),
              ph(16, 16, 2, pair=True), ph(32, 8, 1, pair=True), ph(32, 8, 1, pair=True, sums="layer"),
              ph(32, 8, 2, chunk=2, pair=True), ph(32, 8, 2, chunk=4, pair=True, sums="layer"),
              ph(32, 8, 2, pair=True, prefetch=False), ph(32, 8, 4, pair=True)],
    "C4F32": [None, ph(32, 8, passes=2), ph(32, 8, passes=2, sums="phase"), ph(32, 8, passes=2, sums="layer"),
              ph(32, 8, passes=2, chunk=2, sums="phase"), ph(32, 8, 2, passes=2, sums="layer"),
              ph(32, 8, passes=2, pair=True), ph(32, 8, passes=2, pair=True, sums="layer"),
              ph(64, 8, passes=2, pair=True), ph(32, 8, 2, passes=2, pair=True),
              ph(64, 8, 2, passes=2, pair=True), ph(32, 8, 2, pair=True), ph(32, 8, 4, pair=True),
              ph(32, 8, 2, passes=2, pair=True, sums="layer")],
}
# Round 2: explicit fma() calls, tile sizes and phases around round 1's best (one slice of 4 groups,
# float16 accumulators; C4F32 2 passes, 2 groups per phase), and the last layer in float16.
ROUND_2 = {
    "C4F16": [ph(16, 8, sums="layer"), ph(16, 8, sums="layer", fma=True), ph(16, 8, chunk=4, sums="layer", fma=True),
              ph(8, 8, sums="layer", fma=True), ph(16, 16, sums="layer", fma=True), ph(32, 8, sums="layer", fma=True),
              ph(16, 8, 2, sums="layer", fma=True), ph(16, 8, sums="phase", fma=True),
              ph(32, 8, pair=True, sums="layer", fma=True), ph(16, 8, 2, pair=True, sums="layer", fma=True),
              ph(16, 8, sums="layer", prefetch=False, fma=True), ph(8, 8, chunk=4, sums="layer", fma=True),
              (ph(16, 8, sums="layer", fma=True), ph(16, 8, chunk=1, sums="layer", fma=True)),
              (ph(16, 8, sums="layer", fma=True), ph(16, 16, chunk=4, sums="layer", fma=True))],
    "C4F32": [ph(32, 8, passes=2, chunk=2, sums="phase"), ph(32, 8, passes=2, chunk=2, sums="phase", fma=True),
              ph(32, 8, passes=2, sums="layer", fma=True), ph(32, 8, passes=2, chunk=2, sums="layer", fma=True),
              ph(32, 8, passes=2, chunk=4, sums="layer", fma=True), ph(64, 8, passes=2, chunk=2, sums="phase", fma=True),
              ph(16, 8, passes=2, chunk=2, sums="phase", fma=True), ph(16, 16, passes=2, chunk=2, sums="phase", fma=True),
              ph(32, 8, passes=4, chunk=2, sums="phase", fma=True), ph(32, 8, passes=2, pair=True, sums="layer", fma=True),
              (ph(32, 8, passes=2, chunk=2, sums="phase", fma=True), ph(16, 16, chunk=2, sums="phase", fma=True))],
}


def wg(tile_w, tile_h, split, chunk=1, passes=1) -> ComputeTiling:
    """Winograd F(2x2, 3x3) on the middle layers: 2x2 blocks, ``split`` slices of one block each."""
    return ComputeTiling(tile_w, tile_h, 2, 2, "winograd", out_split=split, pass_split=passes, chunk_groups=chunk)


# Round 3: Winograd F(2x2, 3x3) (fp32 and fp16, timed on OpenGL and Vulkan).
ROUND_3 = {
    "C4F16": [wg(16, 8, 4), wg(16, 8, 4, chunk=2), wg(16, 16, 4), wg(32, 8, 4),
              wg(16, 8, 2)],
    "C4F32": [wg(16, 8, 8), wg(16, 8, 4, passes=2), wg(16, 8, 4, chunk=2, passes=2), wg(32, 8, 4, passes=2),
              wg(16, 8, 8, chunk=2)],
}
ROUNDS = {"1": ROUND_1, "2": ROUND_2, "3": ROUND_3}


PRECISIONS = {"3": ("fp32", "fp16")}  # rounds 1-2 built fp16 only


def candidate_name(model: str, tiling: ComputeTiling | None) -> str:
    if tiling is None:
        return f"{model}_default_fp16"
    name = f"{model}_{'winograd_' if tiling.weights == 'winograd' else ''}{tiling.tile_w}x{tiling.tile_h}_split{tiling.out_split}"
    name += f"_passes{tiling.pass_split}" if tiling.pass_split > 1 else ""
    name += f"_chunk{tiling.chunk_groups}" + ("" if tiling.weights == "winograd" else f"_{tiling.half_sums}")
    name += "_pair" if tiling.pair_pixels else ""
    name += "" if tiling.prefetch else "_noprefetch"
    name += "_fma" if tiling.half_fma else ""
    return name


def build(out: Path, round_name: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for model, tilings in ROUNDS[round_name].items():
        network = load_model(WEIGHTS[model]).network
        for entry in tilings:
            forced, last = entry if isinstance(entry, tuple) else (entry, None)

            def tiling(layer, forced=forced, last=last):
                if layer.is_final:
                    return last
                return None if layer.source is None else forced
            for precision in PRECISIONS.get(round_name, ("fp16",)):
                plan = plan_shader(network, "compute", precision, tiling=None if forced is None else tiling)
                name = candidate_name(model, forced)
                if last is not None:
                    name += "_last" + candidate_name("", last)
                name += "" if precision == "fp16" and round_name in ("1", "2") else f"_{precision}"
                (out / f"{name}.glsl").write_text(render_shader(plan, HeaderInfo(WEIGHTS[model].name)))
                manifest.append({"name": name, "model": model, "precision": precision,
                                 "middle": None if forced is None else forced.__dict__,
                                 "last": None if last is None else last.__dict__,
                                 "threads": [p.compute_size[2] * p.compute_size[3] for p in plan.passes]})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"{len(manifest)} candidates in {out}")


# The diagnostic: every multiply-add of the middle layers written twice (the copy reads the next
# lane, so no compiler folds the pair): twice the arithmetic, the same loads, stores and barriers.
# Its time minus the shader's is what the arithmetic costs, fp32 against fp16.
MULTIPLY_ADD = re.compile(r"^(\s+[ah]\d+_\d+ \+= (?:vec4|HVEC4)\([^)]*\) \* v\d+_\d+\.)([xyzw]);$", re.M)
NEXT_LANE = {"x": "y", "y": "z", "z": "w", "w": "x"}


def doubled(text: str) -> str:
    passes = text.split("//!DESC ")
    middle = [p if i < 2 or i == len(passes) - 1 else
              MULTIPLY_ADD.sub(lambda m: f"{m[0]}\n{m[1]}{NEXT_LANE[m[2]]};", p)
              for i, p in enumerate(passes)]
    return "//!DESC ".join(middle)


def build_diagnostic(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for model in WEIGHTS:
        for precision in ("fp32", "fp16"):
            source = REPO / "dist" / f"ArtCNN_{model}_compute_{precision}.glsl"
            text = doubled(source.read_text())
            count = len(MULTIPLY_ADD.findall(text)) - len(MULTIPLY_ADD.findall(source.read_text()))
            (out / f"{model}_{precision}_doubled.glsl").write_text(text)
            print(f"{model} {precision}: {count} multiply-adds added")


def collect(manifest_path: Path, timings: list[Path], out: Path) -> None:
    manifest = {entry["name"]: entry for entry in json.loads(manifest_path.read_text())} if manifest_path else {}
    record = {"candidates": []}
    for path in timings:
        for report in _reports(path.read_text()):
            record.update({key: report[key] for key in ("renderer", "driver", "libplacebo", "method")
                           if key in report})
            record["candidates"] += _entries(report, manifest)
    out.write_text(json.dumps(record, indent=1) + "\n")


def _reports(text: str):
    """The JSON objects of ``shadergen bench --json`` runs, one after another in ``text``."""
    decoder, at = json.JSONDecoder(), 0
    while text[at:].strip():
        at += len(text[at:]) - len(text[at:].lstrip())
        report, at = decoder.raw_decode(text, at)
        yield report


def _entries(report: dict, manifest: dict) -> list[dict]:
    entries = []
    for entry in report["shaders"]:
        name = Path(entry["shader"]).stem
        entries.append({
            **manifest.get(name, {"name": name}), "median_ms": entry["median_ms"],
            "p90_ms": entry["p90_ms"], "passes": [round(p["median_ms"], 4) for p in entry["passes"]]})
    return entries


def table(record_path: Path) -> None:
    record = json.loads(record_path.read_text())
    print("| candidate | ms per 1080p frame | middle passes (ms each) |")
    print("|---|---:|---|")
    for entry in sorted(record["candidates"], key=lambda e: (e.get("model", ""), e["median_ms"])):
        passes = entry["passes"][1:-1]
        print(f"| `{entry['name']}` | {entry['median_ms']:.3f} | {' '.join(f'{p:.3f}' for p in passes)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    built = sub.add_parser("build")
    built.add_argument("--out", type=Path, required=True)
    built.add_argument("--round", choices=[*sorted(ROUNDS), "doubled"], default=max(ROUNDS))
    collected = sub.add_parser("collect")
    collected.add_argument("--manifest", type=Path, help="the build's manifest.json (names the tilings)")
    collected.add_argument("timings", type=Path, nargs="+")
    collected.add_argument("--out", type=Path, required=True)
    shown = sub.add_parser("table")
    shown.add_argument("record", type=Path)
    args = parser.parse_args()
    if args.what == "build" and args.round == "doubled":
        build_diagnostic(args.out)
    elif args.what == "build":
        build(args.out, args.round)
    elif args.what == "collect":
        collect(args.manifest, args.timings, args.out)
    else:
        table(args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
