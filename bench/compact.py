"""Time a superultracompact-sized SRVGGNetCompact (issue 15) with ``shadergen bench``.

    python bench/compact.py --out DIR                    # GPU: 1920x1080 input, 100 frames after 20 warm-up
    python bench/compact.py --out DIR --engine libplacebo   # the same in libplacebo on Vulkan (gpu-next)
    python bench/compact.py --out DIR --mode llvmpipe    # CPU only: 480x270, 3 frames after 1 warm-up

The model is Real-ESRGAN's superultracompact shape, SRVGGNetCompact(num_in_ch=3, num_feat=24,
num_conv=8, upscale=2, act_type="prelu"): 10 convolutions of 3x3 (3 -> 24, 8 x 24 -> 24, 24 -> 12),
PReLU, pixel shuffle by 2 and the nearest-upsampled input added. Its weights are random (seeded;
timing does not depend on their values, only zeros would let the code generator skip work), written
as a safetensors state dict, built into compute fp32 and fp16 shaders (hook MAIN, R'G'B'), and
each file timed by ``shadergen bench --json`` (GPU time per frame, sum of the passes; TFLOP/s from
the network's FLOPs). The share of FP32 peak uses the H200 SXM's 67 TFLOP/s (NVIDIA H200 datasheet:
FP32 67 TFLOPS; the H200 NVL's is 60). Writes DIR/compact-bench.json and DIR/compact-bench.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen.generate import generate_shader, header_for  # noqa: E402
from shadergen.model.compact import random_compact_state  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402
from shadergen.model.safetensors_file import safetensors_bytes  # noqa: E402

H200_FP32_TFLOPS = 67.0
# (channels, features, convolutions in all, scale): superultracompact's num_conv=8 body convs plus the
# first and the last.
SUPERULTRACOMPACT = (3, 24, 10, 2)
MODES = {"gpu": {"size": "1920x1080", "frames": 100, "warmup": 20},
         "llvmpipe": {"size": "480x270", "frames": 3, "warmup": 1}}
VARIANTS = (("compute", "fp32"), ("compute", "fp16"))
SEED = 15


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="Folder for the model, shaders and results.")
    parser.add_argument("--mode", choices=sorted(MODES), default="gpu")
    parser.add_argument("--engine", choices=("opengl", "libplacebo"), default="opengl",
                        help="shadergen bench --engine: OpenGL timer queries, or libplacebo on Vulkan.")
    parser.add_argument("--size", help="Input size WIDTHxHEIGHT instead of the mode's.")
    args = parser.parse_args()
    settings = {**MODES[args.mode], **({"size": args.size} if args.size else {})}
    args.out.mkdir(parents=True, exist_ok=True)
    weights = args.out / "superultracompact_x2.safetensors"
    channels, features, convs, scale = SUPERULTRACOMPACT
    weights.write_bytes(safetensors_bytes(random_compact_state(channels, features, convs, scale, seed=SEED)))
    network = load_model(weights).network
    results = {"model": weights.name, "params": network.params, "flops_per_pixel": network.flops_per_pixel,
               "peak_tflops": H200_FP32_TFLOPS, "engine": args.engine, **settings, "shaders": []}
    for variant, precision in VARIANTS:
        shader = args.out / f"superultracompact_x2_{variant}_{precision}.glsl"
        shader.write_text(generate_shader(network, variant, precision, header_for(weights, network)).text)
        command = [sys.executable, "-m", "shadergen", "bench", str(shader), "--weights", str(weights),
                   "--size", settings["size"], "--frames", str(settings["frames"]),
                   "--warmup", str(settings["warmup"]), "--engine", args.engine, "--json"]
        done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
        if done.returncode != 0:
            results["shaders"].append({"shader": shader.name, "error": done.stderr.strip()})
            print(f"{shader.name}: {done.stderr.strip()}", file=sys.stderr)
            continue
        report = json.loads(done.stdout)
        timing = report["shaders"][0]
        entry = {"shader": shader.name, "median_ms": timing["median_ms"], "p90_ms": timing["p90_ms"],
                 "tflops": timing["tflops"], "peak_share": timing["tflops"] / H200_FP32_TFLOPS,
                 "renderer": report["renderer"], "passes": timing["passes"]}
        results["shaders"].append(entry)
        print(f"{shader.name}: {entry['median_ms']:.3f} ms, {entry['tflops']:.3g} TFLOP/s = "
              f"{100 * entry['peak_share']:.2g} % of {H200_FP32_TFLOPS:g} ({entry['renderer']})")
    (args.out / "compact-bench.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [f"superultracompact x2 (3 channels, 24 features, 10 convolutions; {network.params:,} "
             f"parameters, {network.flops_per_pixel:,} FLOPs per input pixel), {settings['size']} input, "
             f"median of {settings['frames']} frames after {settings['warmup']}, engine {args.engine}:", "",
             f"| shader | ms | p90 ms | TFLOP/s | % of {H200_FP32_TFLOPS:g} TFLOP/s |",
             "|---|---:|---:|---:|---:|"]
    for entry in results["shaders"]:
        if "error" in entry:
            lines.append(f"| `{entry['shader']}` | failed: {entry['error']} | | | |")
        else:
            lines.append(f"| `{entry['shader']}` | {entry['median_ms']:.3f} | {entry['p90_ms']:.3f} | "
                         f"{entry['tflops']:.3g} | {100 * entry['peak_share']:.2g} % |")
    (args.out / "compact-bench.md").write_text("\n".join(lines) + "\n")
    return 0 if all("error" not in entry for entry in results["shaders"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
