"""Per-pass GPU time against frame size: what each pass costs whatever the size, and per pixel.

    python bench/pass_scaling.py run --out bench/pass-scaling.json [--engine libplacebo] SHADER...
    python bench/pass_scaling.py table bench/pass-scaling.json

``run`` times every SHADER at each of ``--sizes`` (input sizes; the target is twice as wide and
high) with ``shadergen bench``'s library, the instrument of results-vulkan.json, and fits each
pass's medians with a line over the input megapixels: ms = fixed + per_mpx x Mpx (least squares).
``fixed`` is what a pass costs however few pixels it has (its dispatch, the barrier before it, its
workgroups' set-up and tail); ``per_mpx`` what the pixels cost. ``table`` prints them as markdown,
with the largest residual of each fit, so a pass that is not linear in its pixels shows. Each
shader first runs untimed at the largest size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from run import write_atomically  # noqa: E402  (bench/ is not a package)

from shadergen.benchmark import bench_shaders  # noqa: E402
from shadergen.commands.bench import parse_size  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402

SIZES = ((960, 540), (1280, 720), (1920, 1080), (2560, 1440))
FRAMES, WARMUP = 100, 20


def parse_sizes(text: str) -> list[tuple[int, int]]:
    """``--sizes``: WIDTHxHEIGHT,... checked as ``shadergen bench --size`` checks one."""
    try:
        return [parse_size(size) for size in text.split(",")]
    except ShadergenError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def fit(sizes, medians) -> dict:
    """ms = fixed + per_mpx * megapixels over the sizes, with the largest residual."""
    mpx = np.array([w * h / 1e6 for w, h in sizes])
    ms = np.array(medians)
    per_mpx, fixed = np.polyfit(mpx, ms, 1)
    residual = np.abs(ms - (fixed + per_mpx * mpx)).max()
    return {"fixed_ms": round(float(fixed), 5), "per_mpx_ms": round(float(per_mpx), 5),
            "max_residual_ms": round(float(residual), 5)}


def run(shaders, sizes, engine: str, out: Path, command: str) -> dict:
    results = {"engine": engine, "started": datetime.now(UTC).isoformat(timespec="seconds"),
               "command": command, "sizes": [list(s) for s in sizes], "frames": FRAMES,
               "warmup": WARMUP, "shaders": []}
    started = time.monotonic()
    for path in shaders:
        by_size = []
        # Untimed first: the GPU's clock, low after the compilation, rises only under work (without
        # this the first size of a shader timed up to 2x slow on the H200).
        bench_shaders([str(path)], max(sizes, key=lambda s: s[0] * s[1]), WARMUP, WARMUP, engine=engine)
        for size in sizes:
            report = bench_shaders([str(path)], size, WARMUP, FRAMES, engine=engine)
            entry = report["shaders"][0]
            by_size.append({"size": list(size), "median_ms": entry["median_ms"],
                            "passes": [(p["desc"], p["median_ms"]) for p in entry["passes"]]})
            for key in ("renderer", "driver", "libplacebo"):
                results[key] = report.get(key)
            print(f"{Path(path).name} {size[0]}x{size[1]}: {entry['median_ms']:.4f} ms", flush=True)
        passes = []
        for index, (desc, _) in enumerate(by_size[0]["passes"]):
            passes.append({"desc": desc, **fit(sizes, [s["passes"][index][1] for s in by_size])})
        results["shaders"].append({"shader": str(path), "by_size": by_size, "frame": fit(
            sizes, [s["median_ms"] for s in by_size]), "passes": passes})
        results["wall_s"] = round(time.monotonic() - started, 1)
        write_atomically(out, json.dumps(results, indent=1) + "\n")
    return results


def table(record: Path) -> str:
    data = json.loads(record.read_text())
    sizes = ", ".join(f"{w}x{h}" for w, h in data["sizes"])
    lines = [f"{data['engine']} ({data.get('renderer')}, {data.get('driver')}), inputs {sizes}; "
             f"{data['command']}", "",
             "| shader | pass | fixed ms | ms per Mpx | {0} ms | fixed share at {0} | max residual |",
             "|---|---|---:|---:|---:|---:|---:|"]
    hd = next((i for i, s in enumerate(data["sizes"]) if s == [1920, 1080]), len(data["sizes"]) - 1)
    lines[2] = lines[2].format("x".join(map(str, data["sizes"][hd])))
    for shader in data["shaders"]:
        name = Path(shader["shader"]).name
        rows = [(p["desc"], p, shader["by_size"][hd]["passes"][i][1]) for i, p in enumerate(shader["passes"])]
        rows.append(("**frame**", shader["frame"], shader["by_size"][hd]["median_ms"]))
        for desc, f, at_hd in rows:
            lines.append(f"| {name} | {desc} | {f['fixed_ms']:.4f} | {f['per_mpx_ms']:.4f} | {at_hd:.4f} | "
                         f"{f['fixed_ms'] / at_hd:.0%} | {f['max_residual_ms']:.4f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    timed = sub.add_parser("run")
    timed.add_argument("--out", type=Path, required=True)
    timed.add_argument("--engine", choices=("libplacebo", "opengl"), default="libplacebo")
    timed.add_argument("--sizes", type=parse_sizes,
                       default=list(SIZES), help="input sizes, e.g. 960x540,1920x1080")
    timed.add_argument("shaders", nargs="+", type=Path)
    shown = sub.add_parser("table")
    shown.add_argument("record", type=Path)
    args = parser.parse_args()
    if args.action == "run":
        command = "python bench/pass_scaling.py " + " ".join(sys.argv[1:])
        run(args.shaders, args.sizes, args.engine, args.out, command)
    else:
        print(table(args.record))
    return 0


if __name__ == "__main__":
    sys.exit(main())
