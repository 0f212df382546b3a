"""The texture placement: every layer's weights as data in a ``//!TEXTURE`` block, read by looped kernels.

Format ``rgba32f`` (spelled the same in libplacebo and in mpv's old renderer on every API, exact
float32 host data), ``FILTER NEAREST`` (read with texelFetch; float32 textures need not be
filterable on GLES 3.0), the hex on one line (the old renderer accepts no whitespace in it).

Layout of layer L's texture ``<model>_W<L>``: texel ``(4·og + lane, ig·T + tap)`` is the vec4 of
output channels ``4·og .. 4·og + 3`` of input channel ``4·ig + lane`` at tap ``tap = ky·K + kx``
(T = K² taps), so one input group's weights are T consecutive rows and an output group's are 4
neighbouring texels; the next row holds the biases (texel ``4·og``), and after it one row per
activation parameter that has a value per channel (PReLU's slopes: texel ``4·og`` again, in the
order of the layer's steps; parameter_rows), read for the output group known at run time.
The widest texture is 4 × 32 = 128 texels and the tallest 32 · 49 + 1 = 1569 rows (plus a row per
per-channel parameter): within the 4096 texels per side assumed of every GPU (GLES 3.0 guarantees
2048, desktop GPUs 16384).
"""

from __future__ import annotations

import numpy as np

from ..precision import Precision
from .pack import LANES, bias_groups, kernel_blocks, round_to_half
from .shader_plan import Layer, Pass, ShaderPlan, on_tensor_cores, weight_texture_name

TEXTURE_FORMAT = "rgba32f"
MAX_TEXTURE_SIDE = 4096

PLACEMENT_NOTES = {
    "code": "Weight placement: literals in the code",
    "texture": f"Weight placement: data in TEXTURE blocks ({TEXTURE_FORMAT}, one per layer), read by looped "
               "kernels",
}


def weight_texels(layer: Layer, precision: Precision) -> np.ndarray:
    """(rows, 4·out groups, 4) float32: the layer's texture (module docstring); fp16 weights rounded to
    the nearest float16, as the literals are."""
    blocks = kernel_blocks(layer.kernel)  # (kh, kw, in groups, out groups, in lane, out lane)
    if precision.rounds_weights_to_half:
        blocks = round_to_half(blocks)
    kh, kw, in_groups, out_groups = blocks.shape[:4]
    taps = blocks.reshape(kh * kw, in_groups, out_groups, LANES, LANES).transpose(1, 0, 2, 3, 4)
    rows = taps.reshape(in_groups * kh * kw, out_groups * LANES, LANES)
    per_channel = [layer.bias] + [dict(layer.steps[index].activation.parameters)[name]
                                  for index, name in parameter_rows(layer)]
    vector_rows = np.zeros((len(per_channel), out_groups * LANES, LANES), np.float32)
    for row, values in zip(vector_rows, per_channel, strict=True):
        row[::LANES] = bias_groups(np.asarray(values, np.float32))
    texels = np.concatenate([rows, vector_rows]).astype("<f4")
    assert max(texels.shape[:2]) <= MAX_TEXTURE_SIDE, texels.shape  # by MAX_FILTERS and MAX_KERNEL
    return texels


def parameter_rows(layer: Layer) -> dict[tuple[int, str], int]:
    """The texture row of each activation parameter that has a value per channel, keyed by (index of
    the step in ``layer.steps``, parameter name): the rows after the bias row, in step order."""
    first = layer.in_groups * layer.kernel_size ** 2 + 1
    rows: dict[tuple[int, str], int] = {}
    for index, step in enumerate(layer.steps):
        if step.kind == "activation":
            for name, values in step.activation.parameters:
                if len(values) > 1:
                    rows[(index, name)] = first + len(rows)
    return rows


def texture_blocks(plan: ShaderPlan) -> list[dict]:
    """Every layer's //!TEXTURE block: name, size and the hex of its data (not the tensor variant's
    tensor-core layers: tensor_weights.py)."""
    blocks = []
    for layer, tiling in zip(plan.layers, plan.layer_tilings, strict=True):
        if on_tensor_cores(tiling):
            continue
        texels = weight_texels(layer, plan.precision)
        blocks.append({"name": weight_texture_name(plan.model, layer), "width": texels.shape[1],
                       "height": texels.shape[0], "format": TEXTURE_FORMAT, "hex": texels.tobytes().hex()})
    return blocks


def _input_lanes(layer: Layer) -> int:
    """Input lanes that carry channels: all 4, but 1 for the luma plane and 3 for a colour input."""
    return min(LANES, layer.kernel.shape[2]) if layer.in_groups == 1 else LANES


def texture_compute_context(shader_pass: Pass, model: str, common: dict, step_views) -> dict:
    """What compute_texture_pass.glsl.j2 prints beyond ``common`` (render._compute_common);
    ``step_views(layer, fetch_for, group, position)`` renders a layer's per-pixel steps for the output
    group whose index is the GLSL ``group`` at the pixel ``position``."""
    layer, tiling = shader_pass.layer, shader_pass.tiling
    area = common["shared"]["area"]
    per_slice = layer.out_groups // common["split"]
    rows = tiling.staged_rows(layer)
    row_texels = layer.out_groups * LANES
    stage_size = rows * layer.kernel_size * row_texels
    threads = common["threads"]["count"]
    source = layer.source

    def group_view(j: int) -> dict:
        # Output group og<j> of this thread's slice, known at run time: its texel in the output grid
        # and its operands' texels are computed.
        def fetch(operand, pixel):
            gx, gy = operand.grid
            cell = f"ivec2(og{j} % {gx}, og{j} / {gx})"
            if operand.planar:
                return f"texelFetch({operand.texture}_raw, c{pixel} + {cell} * size, 0)"
            return f"texelFetch({operand.texture}_raw, c{pixel} * ivec2({gx}, {gy}) + {cell}, 0)"
        # Several pixels: the epilogue loops over them, pixel "" standing for each in turn.
        pixels = [pixel["index"] for pixel in common["pixels"]] if len(common["pixels"]) == 1 else [""]
        steps = {p: step_views(layer, lambda operand, p=p: fetch(operand, p), f"og{j}", f"c{p}")
                 for p in pixels}
        # The final store's names come from the pass's own group j (one slice), its luma sub-pixels
        # from og<j> where the groups are spread over several slices.
        view = {**common["out_groups"][j], "name": j, "texel": (f"t{j}.x", f"t{j}.y"), "steps": steps}
        if layer.is_final and common["store"] == "luma" and common["split"] > 1:
            view["subpixels"] = _subpixels_at_run_time(f"og{j}", common["scale"])
        return view

    return {
        **common,
        "weights": weight_texture_name(model, layer),
        "source": None if source is None else source.texture,
        "source_grid": (1, 1) if source is None else source.grid,
        "source_planar": source is not None and source.planar,
        "in_groups": layer.in_groups,
        "tap_count": layer.kernel_size ** 2,
        "stage": {"rows": rows, "size": stage_size, "row_texels": row_texels,
                  "loops": layer.kernel_size // rows, "rounds": -(-stage_size // threads)},
        "tile_rounds": -(-area // threads),
        "tap_loop": tiling.tap_loop,
        "prefetch": tiling.prefetch and rows == layer.kernel_size,
        "epilogue_pixels": [pixel["index"] for pixel in common["pixels"]],
        "pixels_x": tiling.pixels_x,
        "brief_comments": True,
        "lanes": "xyzw"[:_input_lanes(layer)],
        "slice_groups": per_slice,
        "slices": [{"index": index} for index in range(common["split"])],
        "out_groups": [group_view(j) for j in range(per_slice)],
    }


def _subpixels_at_run_time(group: str, scale: int) -> list[dict]:
    """The luma sub-pixels of the final layer's output group ``group`` (GLSL, known at run time):
    lane l is sub-pixel k = 4·group + l at offset (k % scale, k / scale), stored where k < scale²."""
    stores = []
    for lane in range(LANES):
        sub = f"({LANES} * {group} + {lane})"
        guard = f"{sub} < {scale * scale}" if scale * scale % LANES else None
        stores.append({"lane": "xyzw"[lane], "offset": f" + ivec2({sub} % {scale}, {sub} / {scale})",
                       "guard": guard})
    return stores


def texture_fragment_context(shader_pass: Pass, model: str, position: str) -> dict:
    """What fragment_texture_pass.glsl.j2 prints: one pass per layer in the compute layout, each
    invocation one output texel (one group of one pixel), looping over input groups and taps."""
    layer = shader_pass.layer
    source = layer.source
    return {
        "weights": weight_texture_name(model, layer),
        "grid": shader_pass.grid,
        "out_groups": layer.out_groups,
        "source": None if source is None else source.texture,
        "source_grid": (1, 1) if source is None else source.grid,
        "in_groups": layer.in_groups,
        "kernel_size": layer.kernel_size,
        "radius": layer.radius,
        "tap_count": layer.kernel_size ** 2,
        "lanes": "xyzw"[:_input_lanes(layer)],
        "position": position,
        # The per-channel activation parameters' rows, after the bias row (parameter_rows).
        "parameters": ", ".join(f"{name}s" for _, name in parameter_rows(layer)),
    }
