"""Issue 14, round 21: OpenGL fp32 probes for C4F16's (and C4F32's) compute files.

    python bench/opengl_probes.py build --out DIR
    python bench/opengl_probes.py check DIR            # llvmpipe: every probe against its release file
    python bench/opengl_probes.py time --out RECORD.json [--model C4F16] DIR   # the GPU: 1080p, 2 rounds
    python bench/opengl_probes.py table RECORD.json [...]   # markdown: each probe against its release

Candidates (DIR/manifest.json names each file's settings):

* ``release``: the planner's file (dist/ArtCNN_<model>_compute_fp32.glsl);
* ``tail<w>x<h>r<n>``: the folded last pass on w x h tiles, each thread computing n vertically
  neighbouring pixels (``ComputeTiling.adjacent_rows``): a 5x5 kernel of one output group is bound
  by shared-memory reads (16 multiply-adds per 128-bit read), and n neighbouring pixels read 5 + n - 1
  rows of texels instead of 5n;
* ``mid<w>x<h>r<n>``: the same for the 3x3 middle layers (2 thread slices);
* ``head``: the first two layers folded into one pass (``plan_shader(fold_head=True)``,
  head_fold.py): a 5x5 layer on luma instead of the stem's pass and a 16->16 (32->32) layer, 2048
  (8704) multiply-adds a pixel fewer; ``head_<tail>`` with the neighbouring-rows tail too; C4F32's
  ``head_s8`` with the head in 8 thread slices (the default has 2: tilings.HEAD_SLICES);
* ``_planar``: each of the above with the stored tensors as planes (``plan.PLANAR_TENSORS``: the texel
  of output group cell c of pixel p at p + c * size instead of p * grid + c), so one store
  instruction of a warp writes neighbouring texels.

* ``vulkan/<model>_tensor_{release,head}.glsl``: the tensor files without and with the folded head,
  for ``shadergen bench --engine libplacebo`` (not in the manifest: OpenGL drivers do not run them);
* ``diag_no_stores``: a diagnostic (wrong output, ``check`` skips it): the release file (and its planar
  form) with every store of a stored tensor skipped at run time, the arithmetic kept.

Each probe but ``head`` computes the same products in the same order per pixel as its release file:
``check`` requires the outputs to be equal to the bit on llvmpipe, and the ``head`` probes' to be
equal to the bit to the ``head`` file's (its own sums differ: within the fp32 bound,
tests/test_head_fold.py).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen import plan as plan_module  # noqa: E402
from shadergen.codegen.generate import header_for  # noqa: E402
from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402

MODELS = {"C4F16": "ArtCNN_C4F16.keras", "C4F32": "ArtCNN_C4F32.keras"}
TAIL = {
    "tail16x32r2": ComputeTiling(16, 32, 1, 2, "phased", adjacent_rows=True),
    "tail16x32r4": ComputeTiling(16, 32, 1, 4, "phased", adjacent_rows=True),
    "tail32x16r2": ComputeTiling(32, 16, 1, 2, "phased", adjacent_rows=True),
    "tail16x16r2": ComputeTiling(16, 16, 1, 2, "phased", adjacent_rows=True),
}
MIDDLE = {
    "mid16x16r2": ComputeTiling(16, 16, 1, 2, "phased", out_split=2, prefetch=True, adjacent_rows=True),
    "mid16x32r4": ComputeTiling(16, 32, 1, 4, "phased", out_split=2, prefetch=True, adjacent_rows=True),
}
STORE = re.compile(r"^(\s*)imageStore\(out_image, (.*), (round_half\(vec4\(\w+\)\))\);$", re.MULTILINE)


def without_stores(text: str) -> str:
    """Diagnostic (wrong output): every pass but the last keeps its arithmetic and skips its stores
    (each behind a test no value passes, so the compiler cannot drop the sums): what the stores of
    the stored tensors cost."""
    head, *passes = text.split("//!DESC")
    kept = [STORE.sub(r"\1if (\3.x == -1234.5) imageStore(out_image, \2, \3);", body) for body in passes[:-1]]
    return "//!DESC".join([head, *kept, passes[-1]])


def candidates():
    """(model, name, forced tiling function or None, plan_shader options) of every probe."""
    tail = next(iter(TAIL))
    for model in MODELS:
        yield model, "release", None, {}
        yield model, "head", None, {"fold_head": True}
        for name, tiling in TAIL.items() if model == "C4F16" else [(tail, TAIL[tail])]:
            yield model, name, lambda layer, t=tiling: t if layer.is_final else None, {}
        yield model, f"head_{tail}", lambda layer: TAIL[tail] if layer.is_final else None, {"fold_head": True}
        if model == "C4F32":  # the folded head in 8 slices of one group, as the stem's pass has them
            yield model, "head_s8", lambda layer: (
                ComputeTiling(8, 4, 1, 1, out_split=8) if layer.scalar_input else None), {"fold_head": True}
        if model == "C4F16":
            for name, tiling in MIDDLE.items():
                yield model, name, lambda layer, t=tiling: (
                    t if layer.source is not None and not layer.is_final else None), {}
                yield model, f"{name}_{tail}", lambda layer, t=tiling: (
                    TAIL[tail] if layer.is_final else t if layer.source is not None else None), {}


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for model, name, forced, options in candidates():
        path = REPO / "weights" / MODELS[model]
        network = load_model(path).network
        for form, planar in (("", False), ("_planar", True)):
            plan_module.PLANAR_TENSORS = planar
            try:
                plan = plan_shader(network, "compute", "fp32", source=str(path), tiling=forced, **options)
            finally:
                plan_module.PLANAR_TENSORS = False
            file = f"{model}_{name}{form}.glsl"
            (out / file).write_text(render_shader(plan, header_for(path, network)))
            manifest.append({"name": file, "model": model, "candidate": name + form})
            print(file)
            if name == "release":
                diagnostic = f"{model}_diag_no_stores{form}.glsl"
                (out / diagnostic).write_text(without_stores((out / file).read_text()))
                manifest.append({"name": diagnostic, "model": model, "candidate": f"diag_no_stores{form}",
                                 "diagnostic": True})
                print(diagnostic)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    # For Vulkan (shadergen bench --engine libplacebo; not in the manifest): the tensor files with the
    # folded head, which is then a compute pass of its own before the tensor passes.
    (out / "vulkan").mkdir(exist_ok=True)
    for model, weights in MODELS.items():
        path = REPO / "weights" / weights
        network = load_model(path).network
        for name, fold in (("tensor_release", False), ("tensor_head", True)):
            plan = plan_shader(network, "tensor", "fp16", source=str(path), fold_head=fold)
            text = render_shader(plan, header_for(path, network))
            (out / "vulkan" / f"{model}_{name}.glsl").write_text(text)
            print(f"vulkan/{model}_{name}.glsl")


def check(folder: Path) -> int:
    """Run every probe on llvmpipe (shadergen run, a 61x47 luma frame) against its model's release."""
    manifest = json.loads((folder / "manifest.json").read_text())
    rng = np.random.default_rng(21)
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        frame = Path(scratch) / "in.npy"
        np.save(frame, rng.random((47, 61), dtype=np.float32))
        outputs = {}
        manifest = [entry for entry in manifest if not entry.get("diagnostic")]  # wrong by design
        for entry in manifest:
            result = Path(scratch) / (entry["name"] + ".npy")
            subprocess.run([sys.executable, "-m", "shadergen", "run", str(folder / entry["name"]),
                            "-i", str(frame), "-o", str(result)], check=True, capture_output=True)
            outputs[entry["name"]] = np.load(result)
        for entry in manifest:
            base = "head" if entry["candidate"].startswith("head") else "release"
            reference = outputs[f"{entry['model']}_{base}.glsl"]
            diff = float(np.max(np.abs(outputs[entry["name"]] - reference)))
            failures += diff != 0.0
            release = outputs[f"{entry['model']}_release.glsl"]
            apart = float(np.max(np.abs(outputs[entry["name"]] - release)))
            print(f"{entry['name']}: max |probe - {base}| = {diff:.3g} (from the release file: {apart:.3g})")
    return 1 if failures else 0


def time_probes(folder: Path, record: Path, rounds: int = 2, models: list[str] | None = None) -> None:
    """Time every probe (shadergen's OpenGL runtime and timer queries, 1920x1080 input, 100 frames
    after 20), the manifest's order in even rounds and the reverse in odd ones; RECORD after each.
    ``models``: only those models' probes (all when None)."""
    from gpu_clocks import ClockSampler  # bench/ is not a package: its folder is on sys.path

    from shadergen.benchmark import Bench, prepare_shader

    files = [folder / entry["name"] for entry in json.loads((folder / "manifest.json").read_text())
             if models is None or entry["model"] in models]
    bench = Bench((1920, 1080), warmup=20, frames=100)
    results = {**bench.report([]), "command": "python bench/opengl_probes.py " + " ".join(sys.argv[1:]),
               "started": datetime.now(UTC).isoformat(timespec="seconds"), "rounds": rounds}
    started = time.monotonic()
    try:
        for round_number in range(rounds):
            for path in files if round_number % 2 == 0 else files[::-1]:
                clocks = ClockSampler()
                timing = bench.time(prepare_shader(path), during_frames=clocks)
                results["shaders"].append({
                    "shader": path.name, "round": round_number, "median_ms": timing.median_ms,
                    "p90_ms": timing.p90_ms, "sm_clock_mhz": clocks.summary(),
                    "passes": [[p.desc, p.median_ms] for p in timing.passes]})
                print(path.name, round_number, f"{timing.median_ms:.4f}", flush=True)
                results["wall_s"] = round(time.monotonic() - started, 1)
                record.write_text(json.dumps(results, indent=1) + "\n")
    finally:
        bench.release()


def table(records: list[Path]) -> str:
    """Markdown: each probe's frame median per round, their mean, its ratio to its model's release
    file (the means), and each pass's median (the mean over the rounds), from ``time``'s RECORDs."""
    runs: dict[str, list[dict]] = {}
    for record in records:
        for entry in json.loads(record.read_text())["shaders"]:
            runs.setdefault(entry["shader"], []).append(entry)

    def mean(values) -> float:
        return sum(values) / len(values)
    means = {name: mean([entry["median_ms"] for entry in entries]) for name, entries in runs.items()}
    lines = ["| probe | ms per round | mean | / release | passes (ms) |", "|---|---|---:|---:|---|"]
    for name, entries in runs.items():
        release = means.get(name.split("_", 1)[0] + "_release.glsl")
        ratio = f"{means[name] / release:.3f}" if release else "—"
        rounds = " / ".join(f"{entry['median_ms']:.3f}" for entry in entries)
        passes = " + ".join(f"{mean([entry['passes'][k][1] for entry in entries]):.3f}"
                            for k in range(len(entries[0]["passes"])))
        lines.append(f"| `{name}` | {rounds} | {means[name]:.3f} | {ratio} | {passes} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    built = commands.add_parser("build", help="write the candidates and DIR/manifest.json")
    built.add_argument("--out", type=Path, required=True)
    checked = commands.add_parser("check", help="every probe against its release file on llvmpipe")
    checked.add_argument("folder", type=Path)
    timed = commands.add_parser("time", help="time every probe on the GPU, two rounds")
    timed.add_argument("--out", type=Path, required=True)
    timed.add_argument("--model", action="append", choices=sorted(MODELS),
                       help="time only this model's probes (repeatable; default all)")
    timed.add_argument("folder", type=Path)
    tabled = commands.add_parser("table", help="markdown table of time's records")
    tabled.add_argument("records", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "table":
        print(table(args.records))
        return 0
    if args.command == "build":
        build(args.out)
        return 0
    if args.command == "time":
        time_probes(args.folder, args.out, models=args.model)
        return 0
    return check(args.folder)


if __name__ == "__main__":
    raise SystemExit(main())
