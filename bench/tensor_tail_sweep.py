"""Round 14 (issue 14): the folded tail's last layer on tensor cores (compute_tensor_tail_pass.glsl.j2;
plan.TENSOR_TAIL, off by default), against the release tensor files whose last pass is a compute
float16 pass.

    python bench/tensor_tail_sweep.py build --out DIR
    python -m shadergen bench DIR/*.glsl --engine libplacebo --size 1920x1080 --frames 100 --warmup 20 --json

Candidates per model (C4F16, C4F32), the release tensor file with its last layer forced to a tensor
tiling: ``t<h>d<n>``: 16 x h tiles, n tiles per workgroup, the next tile's texels prefetched;
``p2``: 4 matrix rows per subgroup; ``nr`` / ``reg``: the 16 x 8 weight matrices loaded from shared
memory per tap / kept in registers (the default: registers up to 25 matrices, C4F16's);
``c16``: 16 x 16 weight matrices (4 outputs, 12 zero columns) instead of 16 x 8. Diagnostics
(wrong output): ``noluma`` (the luma plane's 25 taps left out), ``1tap`` (the products of one tap of 25).
bench/tensor_probes.py's round-14 probes (tile_uvec2/4, chains2/3) rewrite these files the same way.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen import plan as plan_module  # noqa: E402
from shadergen.codegen import render as render_module  # noqa: E402
from shadergen.codegen import shader_plan  # noqa: E402
from shadergen.codegen.generate import header_for  # noqa: E402
from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.codegen.tensor_weights import tensor_tail_eligible  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402


def tail(height: int, down: int, pixels_y: int = 1) -> ComputeTiling:
    return ComputeTiling(16, height, 1, pixels_y, "tensor", tiles_down=down, prefetch=True)


# name: (tiling, register matrices (None: the default), weight columns)
COMMON = {"t8d1": (tail(8, 1), None, 8), "t8d2": (tail(8, 2), None, 8), "t8d4": (tail(8, 4), None, 8),
          "t8d8": (tail(8, 8), None, 8), "t4d4": (tail(4, 4), None, 8), "t4d8": (tail(4, 8), None, 8),
          "t8p2d2": (tail(8, 2, 2), None, 8)}
EXTRA = {"C4F16": {"t8d4nr": (tail(8, 4), 0, 8), "t4d8c16": (tail(4, 8), 0, 16),
                   "t8d4c16": (tail(8, 4), 0, 16)},
         "C4F32": {"t8d4reg": (tail(8, 4), 50, 8), "t8d2reg": (tail(8, 2), 50, 8)}}
DIAGNOSTICS = ("t4d8",)


def candidate(model: str, tiling: ComputeTiling, registers: int | None, columns: int) -> str:
    weights = REPO / "weights" / f"ArtCNN_{model}.keras"
    loaded = load_model(weights)
    saved = (render_module.TENSOR_TAIL_REGISTER_MATRICES, shader_plan.TENSOR_TAIL_COLUMNS,
             shader_plan.TENSOR_TAIL_STAGE_STRIDE)
    if registers is not None:
        render_module.TENSOR_TAIL_REGISTER_MATRICES = registers
    if columns != 8:
        render_module.TENSOR_TAIL_COLUMNS = shader_plan.TENSOR_TAIL_COLUMNS = columns
        render_module.TENSOR_TAIL_STAGE_STRIDE = shader_plan.TENSOR_TAIL_STAGE_STRIDE = 20
    try:
        plan = plan_shader(loaded.network, "tensor", "fp16",
                           tiling=lambda layer: tiling if tensor_tail_eligible(layer) else None)
        return render_shader(plan, header_for(weights, loaded.network))
    finally:
        (render_module.TENSOR_TAIL_REGISTER_MATRICES, shader_plan.TENSOR_TAIL_COLUMNS,
         shader_plan.TENSOR_TAIL_STAGE_STRIDE) = saved
        render_module.TENSOR_TAIL_COLUMNS, render_module.TENSOR_TAIL_STAGE_STRIDE = saved[1:]


def one_tap(text: str) -> str:
    """The last pass keeps the products of its first tap only."""
    parts = re.split(r"(?m)^(?=//!DESC )", text)
    for k, body in enumerate(parts):
        if "conv2d_5_add" in body.split("\n", 1)[0]:
            blocks = list(re.finditer(r"^    \{   // tap \(.*?\n    \}\n", body, re.M | re.S))
            for block in reversed(blocks[1:]):
                body = body[:block.start()] + body[block.end():]
            parts[k] = body
    return "".join(parts)


def build(out: Path) -> None:
    plan_module.TENSOR_TAIL = True
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for model in ("C4F16", "C4F32"):
        for name, (tiling, registers, columns) in {**COMMON, **EXTRA[model]}.items():
            text = candidate(model, dataclasses.replace(tiling), registers, columns)
            (out / f"{model}_{name}.glsl").write_text(text)
            count += 1
            if model == "C4F16" and name in DIAGNOSTICS:
                no_luma = re.sub(r"(?m)^\s*a0_0 \+= ls\[.*\n", "", text)
                (out / f"{model}_{name}_noluma.glsl").write_text(no_luma)
                (out / f"{model}_{name}_1tap.glsl").write_text(one_tap(text))
                count += 2
    print(f"{out}: {count} files")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("build").add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
