"""Float16 design sweep (issue 14): ArtCNN C4F16 and C4F32 candidates timed inside libplacebo on
Vulkan, where float16 arithmetic is real (OpenGL runs the fp16 files in float).

    python bench/half_sweep.py build --out DIR                    # the diagnostic below
    python -m shadergen bench DIR/NAME.glsl --engine libplacebo --size 1920x1080 --frames 100 \\
        --warmup 20 --json >> vulkan.jsonl                        # on the GPU machine, each shader
    python bench/half_sweep.py collect [--manifest DIR/manifest.json] vulkan.jsonl --out RECORD.json
    python bench/half_sweep.py table RECORD.json                  # the markdown table

Rounds 1-3 (``half-sweep-round*.json``, bench/README.md "Float16 on Vulkan") forced one
``ComputeTiling`` on the middle layers with modes since retired from the tree: float16 sums widened
per tap / per phase / never ("layer"), a thread's two pixels packed in f16vec2 pairs, explicit
``fma()`` calls, and Winograd F(2x2, 3x3). Their candidates are rebuilt with this script at commit
e51505c (``git checkout e51505c; python bench/half_sweep.py build --round N --out DIR``); each
record's ``middle`` field holds the tiling.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from bench_reports import bench_reports  # bench/ is not a package: the script's folder is on the path

REPO = Path(__file__).resolve().parent.parent
WEIGHTS = ("C4F16", "C4F32")


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
            original = (REPO / "dist" / f"ArtCNN_{model}_compute_{precision}.glsl").read_text()
            text = doubled(original)
            count = len(MULTIPLY_ADD.findall(text)) - len(MULTIPLY_ADD.findall(original))
            (out / f"{model}_{precision}_doubled.glsl").write_text(text)
            print(f"{model} {precision}: {count} multiply-adds added")


def collect(manifest_path: Path, timings: list[Path], out: Path) -> None:
    manifest = {}
    if manifest_path:
        manifest = {entry["name"]: entry for entry in json.loads(manifest_path.read_text())}
    record = {"candidates": []}
    for path in timings:
        for report in bench_reports(path.read_text()):
            record.update({key: report[key] for key in ("renderer", "driver", "libplacebo", "method")
                           if key in report})
            record["candidates"] += _entries(report, manifest)
    out.write_text(json.dumps(record, indent=1) + "\n")


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
    collected = sub.add_parser("collect")
    collected.add_argument("--manifest", type=Path, help="the build's manifest.json (names the tilings)")
    collected.add_argument("timings", type=Path, nargs="+")
    collected.add_argument("--out", type=Path, required=True)
    shown = sub.add_parser("table")
    shown.add_argument("record", type=Path)
    args = parser.parse_args()
    if args.what == "build":
        build_diagnostic(args.out)
    elif args.what == "collect":
        collect(args.manifest, args.timings, args.out)
    else:
        table(args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
