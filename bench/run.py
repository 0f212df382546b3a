"""Time every shader of dist/ and write bench/results-MODE.json and bench/results.md.

    python bench/run.py                   # GPU: 1920x1080 and 1280x720 input, 100 frames after 20 warm-up
    python bench/run.py --mode llvmpipe   # this CPU-only machine: 480x270 input, 5 frames after 1 warm-up
    python bench/run.py --render          # only rewrite results.md from the JSON files present

Each (size, shader) is timed with shadergen's benchmark (``shadergen bench``'s library); a shader
that fails is recorded with its one-line error and the run goes on. The JSON is rewritten after
every shader, so a run cut short still leaves what it measured; ``--deadline`` stops starting new
shaders after that many seconds (the GPU machine's commands are killed at 600 s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gpu_clocks import ClockSampler  # noqa: E402  (bench/ is not a package)
from results_markdown import render_results  # noqa: E402

from shadergen.benchmark import Bench, prepare_shader  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402

# Issue 6: the GPU numbers at 1080p and 720p input (output 2x), median of 100 frames after warm-up;
# on llvmpipe 480x270 input and 5 frames. Warm-up: lazy driver compilation on first use, and on a
# GPU enough back-to-back work for the clocks to boost (20 frames: >= 40 ms even for C4F16 at 720p).
MODES = {
    "gpu": {"sizes": ((1920, 1080), (1280, 720)), "frames": 100, "warmup": 20},
    "llvmpipe": {"sizes": ((480, 270),), "frames": 5, "warmup": 1},
}
RESULTS_MD = "results.md"
VULKAN_JSON = "results-vulkan.json"  # bench/vulkan.py's
CLOCK_WINDOW = "warm-up and timed frames"  # what sm_clock's nvidia-smi samples cover


def results_json_name(mode: str) -> str:
    return f"results-{mode}.json"


def write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def module_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def run(
    mode: str,
    shaders: list[str],
    out_dir: Path,
    machine: str | None,
    deadline: float | None,
    frames: int,
    warmup: int,
) -> dict:
    started = time.monotonic()
    results = {
        "mode": mode,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine,
        "command": "python bench/run.py" + ("" if mode == "gpu" else f" --mode {mode}"),
        "python": platform.python_version(),
        "moderngl": module_version("moderngl"),
        "complete": False,
        "clock_window": CLOCK_WINDOW,
        "runs": [],
    }
    json_path = out_dir / results_json_name(mode)
    for size in MODES[mode]["sizes"]:
        bench = Bench(size, warmup, frames)
        run = bench.report([], per_pass_frames=False)
        run["failures"] = []
        results["runs"].append(run)
        for shader in shaders:
            if deadline is not None and time.monotonic() - started > deadline:
                run["failures"].append(
                    {"shader": shader, "error": f"not run: past the {deadline:g} s deadline"}
                )
                continue
            begun = time.monotonic()
            try:
                workload = prepare_shader(shader)
                clocks = ClockSampler()
                timing = bench.time(workload, during_frames=clocks)
            except ShadergenError as error:
                run["failures"].append({"shader": shader, "error": str(error)})
                print(f"{size[0]}x{size[1]} {shader}: FAILED {error}", flush=True)
                continue
            run["shaders"].append({**timing.as_dict(per_pass_frames=False), "sm_clock": clocks.summary()})
            rate = f" {timing.tflops:6.2f} TFLOP/s" if timing.tflops is not None else ""
            clock = clocks.summary()
            rate += f"  SM {clock['median_mhz']} MHz (min {clock['min_mhz']})" if clock else ""
            print(
                f"{size[0]}x{size[1]} {shader}: median {timing.median_ms:9.3f} ms  "
                f"p90 {timing.p90_ms:9.3f} ms{rate}  ({time.monotonic() - begun:.0f} s)",
                flush=True,
            )
            write_atomically(json_path, json.dumps(results, indent=1) + "\n")
        bench.release()
    results["complete"] = not any(run["failures"] for run in results["runs"])
    results["wall_s"] = round(time.monotonic() - started, 1)
    write_atomically(json_path, json.dumps(results, indent=1) + "\n")
    return results


KEPT_MARKER = "<!-- Written by hand from here on; bench/run.py --render keeps it. -->"


def render(out_dir: Path) -> Path:
    loaded = []
    for mode in MODES:
        path = out_dir / results_json_name(mode)
        if path.is_file():
            loaded.append(json.loads(path.read_text(encoding="utf-8")))
    vulkan = out_dir / VULKAN_JSON
    vulkan_results = json.loads(vulkan.read_text(encoding="utf-8")) if vulkan.is_file() else None
    target = out_dir / RESULTS_MD
    # The sections below KEPT_MARKER are written by hand (other instruments' records): kept as they are.
    kept = ""
    if target.is_file():
        old = target.read_text(encoding="utf-8")
        kept = old[old.index(KEPT_MARKER):] if KEPT_MARKER in old else ""
    generated = render_results(loaded, vulkan_results)
    write_atomically(target, generated + ("\n" + kept if kept else ""))
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=sorted(MODES), default="gpu")
    parser.add_argument("--dist", type=Path, default=Path("dist"), help="folder of the shaders to time")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("bench"),
        help="folder for results-MODE.json and results.md (default: bench/)",
    )
    parser.add_argument("--machine", help="what to call the machine in results.md (e.g. the device kind)")
    parser.add_argument("--deadline", type=float, help="start no new shader after this many seconds")
    parser.add_argument("--frames", type=int, help="override the mode's timed frames (trials only)")
    parser.add_argument("--warmup", type=int, help="override the mode's warm-up frames (trials only)")
    parser.add_argument("--render", action="store_true", help="only rewrite results.md from the JSON files")
    args = parser.parse_args()
    os.chdir(REPO)  # shader paths in the results read dist/NAME.glsl wherever the command ran from
    out_dir = args.out if args.out.is_absolute() else REPO / args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    if not args.render:
        # The tensor variant runs only in libplacebo on NVIDIA's Vulkan: bench/vulkan.py times it.
        shaders = sorted(str(path) for path in args.dist.glob("*.glsl") if "_tensor_" not in path.name)
        if not shaders:
            print(f"{args.dist}: no .glsl files to time", file=sys.stderr)
            return 2
        mode = MODES[args.mode]
        try:
            run(
                args.mode,
                shaders,
                out_dir,
                args.machine,
                args.deadline,
                args.frames or mode["frames"],
                args.warmup if args.warmup is not None else mode["warmup"],
            )
        except ShadergenError as error:
            print(f"bench/run.py: error: {error}", file=sys.stderr)
            return 2
    print(f"wrote {render(out_dir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
