"""Folded tail sweep (issue 14, round 13): ArtCNN's linear tail (conv2d_5, the skip add, conv2d_6)
folded into the last pass (shadergen/codegen/tail_fold.py), against the same files unfolded.

    python bench/fold_sweep.py build --out DIR
    python bench/pass_scaling.py run --out RECORD.json --sizes 1280x720,1920x1080 DIR/*.glsl   # Vulkan
    python -m shadergen bench DIR/*compute_fp32*.glsl --size 1920x1080 --frames 100 --warmup 20 --json

Candidates per model (C4F16, C4F32) and variant (tensor fp16, compute fp16, compute fp32): the
unfolded file (``unfolded``: the release design before round 13), the folded one with the planner's
tiling for its last layer (``fold``; when round 13 timed it that was the code of ``fold_l16x16p`` in
every precision: bench/fold-sweep-vulkan.json), and the folded one with the last layer forced to
other tilings (``fold_<tiling>``). C4F16's tensor candidates store the first layer as round 12's files did
(plan.TENSOR_INLINE_STEM off), but ``fold_stem``, which computes it in its one reader (the default
since). DIR/manifest.json names each file's settings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen import plan as plan_module  # noqa: E402
from shadergen.codegen.generate import header_for  # noqa: E402
from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402

MODELS = {"C4F16": "ArtCNN_C4F16.keras", "C4F32": "ArtCNN_C4F32.keras"}
VARIANTS = (("tensor", "fp16"), ("compute", "fp16"), ("compute", "fp32"))
# Last-layer tilings forced on the folded tail (the planner's choice is the "fold" file).
LAST = {
    "l8x8h": ComputeTiling(8, 8, 1, 1, half_tile=True),
    "l16x8h": ComputeTiling(16, 8, 1, 1, half_tile=True),
    "l16x16p": ComputeTiling(16, 16, 1, 1, "phased"),
    "l8x8p": ComputeTiling(8, 8, 1, 1, "phased"),
    "l16x8p2": ComputeTiling(16, 8, 1, 1, "phased", chunk_groups=2),
    # Round 13b: each thread computes a column of adjacent pixels (one thread row per tile), so the
    # taps of one pixel are the taps of the next one row down: the compiler can load each shared-memory
    # texel once for several pixels (a 5x5 kernel of one output group is shared-memory bound).
    "c32x4p": ComputeTiling(32, 4, 1, 4, "phased"),
    "c64x4p": ComputeTiling(64, 4, 1, 4, "phased"),
    "c32x8p": ComputeTiling(32, 8, 1, 8, "phased"),
    "c64x2p": ComputeTiling(64, 2, 1, 2, "phased"),
    "c32x4h": ComputeTiling(32, 4, 1, 4, half_tile=True),
    "c64x4h": ComputeTiling(64, 4, 1, 4, half_tile=True),
    "c32x8h": ComputeTiling(32, 8, 1, 8, half_tile=True),
    "c64x2h": ComputeTiling(64, 2, 1, 2, half_tile=True),
}


def candidates():
    for model in MODELS:
        for variant, precision in VARIANTS:
            yield model, variant, precision, "unfolded", {"fold_tail": False}, None
            yield model, variant, precision, "fold", {"fold_tail": True}, None
            for name, tiling in LAST.items():
                yield model, variant, precision, f"fold_{name}", {"fold_tail": True}, tiling
            if variant == "tensor" and model == "C4F16":
                yield model, variant, precision, "fold_stem", {"fold_tail": True}, "stem"


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # One form of each tensor pass, as round 13 timed them (8 tiles per workgroup for C4F16's).
    plan_module.TENSOR_SMALL_FRAME_PIXELS = 0
    manifest = []
    for model, variant, precision, name, options, last in candidates():
        path = REPO / "weights" / MODELS[model]
        network = load_model(path).network
        saved = plan_module.TENSOR_INLINE_STEM
        plan_module.TENSOR_INLINE_STEM = model != "C4F16" or last == "stem"
        forced = None
        if last is not None:
            # fold_stem: the last layer as round 13 timed it, phased on 16x16 tiles
            tiling = LAST["l16x16p"] if last == "stem" else last

            def forced(layer, tiling=tiling):
                return tiling if layer.is_final else None
        try:
            plan = plan_shader(network, variant, precision, source=str(path), tiling=forced, **options)
        except ShadergenError as error:
            print(f"{model} {variant} {precision} {name}: {error}")
            continue
        finally:
            plan_module.TENSOR_INLINE_STEM = saved
        file = f"{model}_{variant}_{precision}_{name}.glsl"
        (out / file).write_text(render_shader(plan, header_for(path, network)))
        manifest.append({"name": file, "model": model, "variant": variant, "precision": precision,
                         "candidate": name, "passes": len(plan.passes)})
        print(file, len(plan.passes), "passes")
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    built = commands.add_parser("build", help="write the candidates and DIR/manifest.json")
    built.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    build(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
