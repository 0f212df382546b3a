"""Tensor variant sweep (issue 14): ArtCNN C4F16 and C4F32 tensor-core candidates, timed inside
libplacebo on the H200's Vulkan driver (the only kind of device that runs them).

    python bench/tensor_sweep.py build --out DIR          # candidates, diagnostics, DIR/manifest.json
    python -m shadergen bench DIR/NAME.glsl --engine libplacebo --size 1920x1080 --frames 100 \\
        --warmup 20 --json >> vulkan.jsonl                # on the GPU machine, each shader
    python bench/half_sweep.py collect --manifest DIR/manifest.json vulkan.jsonl --out RECORD.json
    python bench/half_sweep.py table RECORD.json

Each candidate forces one tensor ``ComputeTiling`` on the layers the variant computes with tensor
cores (the others keep their defaults). The diagnostics take the default file apart: without the
matrix products (``no_mma``), without the weights' stores to shared memory (``no_weights``: the
compiler then drops their fetches), or both; what each removal saves is what that part costs.
Round 6 renders the default shape with render.py's tensor options switched (OPTIONS), round 7 other
tilings of the first and last layers (FIRST, LAST), round 9 four matrix rows per subgroup (ROWS).
Rounds 5 (two layers fused per pass) and 8 (the first layer recomputed in its readers) timed designs
that were removed; their records keep the numbers (bench/README.md, "Tensor cores"). Round 10
(STEM) times the first layer computed as one more matrix product by the tensor passes that read its
output (plan.TENSOR_INLINE_STEM) against the stored first layer. Round 11 (the prefetched texels
held as float16 pairs) was built with a template switch since removed; its record keeps the numbers.
Round 12 (DOWN) renders the defaults with 1 to 16 tiles per workgroup, for bench/pass_scaling.py
(what a pass costs whatever the frame size grows with the tiles per workgroup).
``--rounds`` picks rounds (default all): shapes (3-4, 6), rows (9), edges (7), stem (10), down (12).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen import plan as plan_module  # noqa: E402
from shadergen.codegen import render, shader_plan  # noqa: E402
from shadergen.codegen.generate import header_for  # noqa: E402
from shadergen.codegen.plan import plan_shader  # noqa: E402
from shadergen.codegen.render import render_shader  # noqa: E402
from shadergen.codegen.shader_plan import ComputeTiling  # noqa: E402
from shadergen.codegen.tensor_weights import tensor_eligible  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402

MODELS = {"C4F16": "ArtCNN_C4F16.keras", "C4F32": "ArtCNN_C4F32.keras"}
SHAPES = {  # (tile height, tiles per workgroup, passes per layer, prefetch, row padding)
    "C4F16": [(8, 1, 1, False, 8), (8, 4, 1, False, 8), (8, 4, 1, True, 8), (8, 8, 1, True, 8),
              (16, 4, 1, True, 8), (16, 2, 1, True, 8), (4, 8, 1, True, 8), (8, 4, 1, True, 0),
              (8, 16, 1, True, 8)],
    "C4F32": [(8, 1, 1, False, 8), (8, 4, 1, True, 8), (8, 4, 2, True, 8), (16, 4, 2, True, 8),
              (8, 1, 2, False, 8), (4, 8, 1, True, 8), (8, 4, 1, True, 0)],
}
# Round 3 (bench/tensor-sweep-round3.json) swept the first seven C4F16 and six C4F32 shapes; round 4
# added the others (row padding 0: shared-memory rows of 16 / 32 float16 values, no padding).
PRODUCT = re.compile(r"^\s+acc\d+_\d+ = coopMatMulAddNV\(.*\);\n", re.M)
WEIGHT_STORE = re.compile(r"^\s+ws\[o\d+( \+ \d)?\] = .*;\n", re.M)
PADDING = shader_plan.TENSOR_ROW_PADDING


# Round 6: the default shape with the options of render.py switched off and on:
# (TENSOR_HALF_STAGE, TENSOR_B_REGISTERS, TENSOR_PREFETCH_ADDS) -> name suffix.
OPTIONS = {(False, False, False): "none", (False, True, False): "wregs", (True, False, False): "halfstage",
           (False, False, True): "adds", (True, True, True): "all"}
DEFAULT_SHAPE = (8, 4, 1, True, 8)


# Round 7: the first and last layers (compute fp16 passes, tuned on OpenGL) retimed in the tensor files
# on Vulkan: candidate k forces FIRST[k] on the first layer and LAST[k] on the last (each pass is timed
# on its own, so one file measures both). (tile w, h, output slices or half tile, tiles per workgroup).
FIRST = [(8, 4, 2, 1), (16, 8, 2, 1), (16, 4, 2, 1), (8, 8, 2, 1), (8, 4, 1, 1), (8, 4, 4, 1), (16, 8, 4, 1),
         (8, 4, 2, 4), (16, 8, 2, 4)]
LAST = [(8, 8, True, 1), (16, 8, True, 1), (16, 16, True, 1), (8, 4, True, 1), (8, 8, True, 4),
        (16, 8, True, 4),
        (8, 8, False, 1), (4, 4, True, 1), (16, 4, True, 1)]


# Round 9: 4 matrix rows per subgroup (pixels_y 2) against 2: (tile height, pixels_y, tiles per workgroup).
ROWS = {"C4F16": [(8, 1, 4), (8, 1, 8), (16, 2, 4), (16, 2, 2), (8, 2, 4), (8, 2, 8), (32, 2, 2)],
        "C4F32": [(8, 1, 4), (8, 2, 4), (8, 2, 8)]}


# Round 10: the first layer stored (False) or computed by its readers (True), with the default tiles
# per workgroup (None) or another number.
STEM = [(False, None), (True, None), (True, 4), (True, 8), (True, None, "float_add"), (True, None, "wregs36")]
ROUNDS = ("shapes", "rows", "edges", "stem", "down")
DOWN = (1, 2, 4, 8, 16)


def edge_tilings(k: int, model: str):
    """Candidate k of round 7: a function of the layer, for plan_shader's ``tiling``."""
    first_w, first_h, split, first_down = FIRST[k]
    if model == "C4F32":
        split *= 2  # 8 output groups: the same groups per thread
    last_w, last_h, half, last_down = LAST[k]
    first = ComputeTiling(first_w, first_h, 1, 1, out_split=split, tiles_down=first_down)
    last = ComputeTiling(last_w, last_h, 1, 1, half_tile=half, tiles_down=last_down)
    return lambda layer: first if layer.scalar_input else last if layer.is_final else None


def options(half_stage: bool, registers: bool, adds: bool) -> None:
    render.TENSOR_HALF_STAGE, render.TENSOR_B_REGISTERS = half_stage, registers
    render.TENSOR_PREFETCH_ADDS = adds


def row_padding(values: int) -> None:
    """Candidates with other shared-memory row padding than TENSOR_ROW_PADDING (sweep only)."""
    shader_plan.TENSOR_ROW_PADDING = render.TENSOR_ROW_PADDING = values


def network_groups(network) -> int:
    """Input groups of the middle layers (every one in one phase)."""
    return network.convolutions[1].in_channels // 4


def diagnostics(text: str) -> dict[str, str]:
    no_mma = PRODUCT.sub("", text)
    return {"no_mma": no_mma, "no_weights": WEIGHT_STORE.sub("", text),
            "no_mma_no_weights": WEIGHT_STORE.sub("", no_mma)}


def build(out: Path, rounds=ROUNDS) -> None:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    # Every candidate times one tiling at every frame size: passes of one form (plan.py).
    plan_module.TENSOR_SMALL_FRAME_PIXELS = 0
    for model, file_name in MODELS.items():
        path = REPO / "weights" / file_name
        network = load_model(path).network
        header = header_for(path, network)
        if "stem" in rounds:
            manifest += build_stem(out, model, network, header)
        for down in DOWN if "down" in rounds else ():
            tiling = ComputeTiling(16, 8, 1, 1, "tensor", tiles_down=down, prefetch=True,
                                   chunk_groups=network_groups(network))
            manifest.append(middle_candidate(out, f"{model}_down{down}", model, network, header, tiling))
        for tile_h, down, split, prefetch, padding in SHAPES[model] if "shapes" in rounds else ():
            tiling = ComputeTiling(16, tile_h, 1, 1, "tensor", tiles_down=down, pass_split=split,
                                   chunk_groups=network_groups(network), prefetch=prefetch)
            name = f"{model}_h{tile_h}_d{down}_s{split}"
            name += ("_p" if prefetch else "") + ("" if padding else "_pad0")
            row_padding(padding)
            try:
                plan = plan_shader(network, "tensor", "fp16",
                                   tiling=lambda layer, t=tiling: t if tensor_eligible(layer) else None)
                text = render_shader(plan, header)
            except ShadergenError as error:
                print(f"{name}: skipped ({error})")
                continue
            finally:
                row_padding(PADDING)
            (out / f"{name}.glsl").write_text(text)
            manifest.append({"name": name, "model": model, "middle": dataclasses.asdict(tiling),
                             "row_padding": padding})
            if (tile_h, down, split, prefetch, padding) == DEFAULT_SHAPE:
                defaults = render.TENSOR_HALF_STAGE, render.TENSOR_B_REGISTERS, render.TENSOR_PREFETCH_ADDS
                for flags, suffix in OPTIONS.items():
                    options(*flags)
                    plan = plan_shader(network, "tensor", "fp16",
                                       tiling=lambda layer, t=tiling: t if tensor_eligible(layer) else None)
                    (out / f"{name}_{suffix}.glsl").write_text(render_shader(plan, header))
                    manifest.append({"name": f"{name}_{suffix}", "model": model,
                                     "middle": dataclasses.asdict(tiling), "row_padding": padding,
                                     "half_stage": flags[0], "weights_in_registers": flags[1],
                                     "prefetch_adds": flags[2]})
                options(*defaults)
            if (tile_h, down, split, prefetch) == (8, 1, 1, False):
                for kind, variant in diagnostics(text).items():
                    (out / f"{model}_{kind}.glsl").write_text(variant)
                    manifest.append({"name": f"{model}_{kind}", "model": model, "diagnostic": kind})
        for tile_h, pixels_y, down in ROWS[model] if "rows" in rounds else ():
            tiling = ComputeTiling(16, tile_h, 1, pixels_y, "tensor", tiles_down=down, prefetch=True,
                                   chunk_groups=network_groups(network))
            name = f"{model}_rows{2 * pixels_y}_h{tile_h}_d{down}"
            manifest.append(middle_candidate(out, name, model, network, header, tiling))
        for k in range(len(FIRST) if "edges" in rounds else 0):
            name = f"{model}_edges{k}"
            try:
                plan = plan_shader(network, "tensor", "fp16", tiling=edge_tilings(k, model))
                text = render_shader(plan, header)
            except ShadergenError as error:
                print(f"{name}: skipped ({error})")
                continue
            (out / f"{name}.glsl").write_text(text)
            manifest.append({"name": name, "model": model, "first": FIRST[k], "last": LAST[k]})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"{len(manifest)} shaders in {out}")


def middle_candidate(out: Path, name: str, model: str, network, header, tiling: ComputeTiling) -> dict:
    """Write OUT/NAME.glsl, the tensor file with ``tiling`` on every tensor layer; its manifest entry."""
    plan = plan_shader(network, "tensor", "fp16",
                       tiling=lambda layer: tiling if tensor_eligible(layer) else None)
    (out / f"{name}.glsl").write_text(render_shader(plan, header))
    return {"name": name, "model": model, "middle": dataclasses.asdict(tiling)}


def build_stem(out: Path, model: str, network, header) -> list[dict]:
    """Round 10's candidates of one model (STEM)."""
    entries = []
    default, channels = plan_module.TENSOR_INLINE_STEM, plan_module.TENSOR_INLINE_STEM_CHANNELS
    half_stage, registers = render.TENSOR_HALF_STAGE_STEM_ADD, render.TENSOR_REGISTER_MATRICES
    for inline, down, *option in STEM:
        tiling = None if down is None else ComputeTiling(16, 8, 1, 1, "tensor", tiles_down=down,
                                                         prefetch=True, chunk_groups=network_groups(network))
        name = f"{model}_stem{int(inline)}" + ("" if down is None else f"_d{down}")
        name += "".join(f"_{o}" for o in option)
        plan_module.TENSOR_INLINE_STEM, plan_module.TENSOR_INLINE_STEM_CHANNELS = inline, 16
        render.TENSOR_HALF_STAGE_STEM_ADD = "float_add" not in option
        render.TENSOR_REGISTER_MATRICES = 36 if "wregs36" in option else 9
        try:
            plan = plan_shader(network, "tensor", "fp16",
                               tiling=lambda layer, t=tiling: t if t and tensor_eligible(layer) else None)
            text = render_shader(plan, header)
        finally:
            plan_module.TENSOR_INLINE_STEM, plan_module.TENSOR_INLINE_STEM_CHANNELS = default, channels
            render.TENSOR_HALF_STAGE_STEM_ADD, render.TENSOR_REGISTER_MATRICES = half_stage, registers
        (out / f"{name}.glsl").write_text(text)
        entries.append({"name": name, "model": model, "inline_stem": plan.inline_stem, "tiles_down": down,
                        "options": option})
    return entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    command = sub.add_parser("build")
    command.add_argument("--out", type=Path, required=True)
    command.add_argument("--rounds", nargs="+", choices=ROUNDS, default=ROUNDS)
    args = parser.parse_args()
    build(args.out, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
