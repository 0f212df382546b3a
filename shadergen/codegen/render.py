"""Render a ShaderPlan into the text of an mpv hook shader with the Jinja templates.

Everything numeric or structural is decided here and in plan.py (tap offsets, shared-memory
indices, literal text, which blocks are all zero); the templates in ``templates/`` only print.
The output is deterministic: the same plan gives the same bytes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

import jinja2
import numpy as np

from .. import __version__
from ..model.activations import ActivationFunction
from ..planes import LUMA, PlaneLayout
from ..precision import FP32, GlslTypes, Precision
from ..resources import templates_dir
from . import head_fold
from .identifiers import comment_lines, sanitize_identifier
from .pack import (
    LANES,
    bias_groups,
    format_float,
    kernel_blocks,
    mat4_literal,
    pad_channels,
    round_to_half,
    vec4_literal,
)
from .shader_plan import (
    BORDER_SIDES,
    COMPUTE_VARIANTS,
    ELEMENTWISE_ACTIVATIONS,
    TENSOR_MATRIX,
    TENSOR_ROW_PADDING,
    TENSOR_STAGE_STRIDE,
    TENSOR_SUBGROUP,
    Layer,
    Pass,
    ShaderPlan,
    Step,
    Tensor,
    elementwise_activation,
    on_tensor_cores,
    stem_role,
    stem_rows,
    tensor_texture_name,
    weight_texture_name,
)
from .tensor_weights import TensorShape, tensor_block
from .texture_weights import (
    PLACEMENT_NOTES,
    parameter_rows,
    texture_blocks,
    texture_compute_context,
    texture_fragment_context,
)

VARIANT_NOTES = {
    "fragment": [
        "Fragment variant: plain vec4 hook() passes, one per group of 4 channels; runs on every",
        "renderer (--vo=gpu-next, the old --vo=gpu on OpenGL, GLES 3.0 / mpv-android).",
    ],
    "compute": [
        "Compute variant: one pass per layer, input tiles in shared memory; needs compute shaders",
        "(Vulkan, or OpenGL 4.3+ desktop).",
    ],
    "tensor": [
        "Tensor variant: the compute variant with its middle layers on tensor cores",
        "(GL_NV_cooperative_matrix: float16 products, float sums). Runs only on NVIDIA GPUs (Turing or",
        "later) in libplacebo on Vulkan (mpv --vo=gpu-next --gpu-api=vulkan); a compute file elsewhere.",
    ],
}
@dataclass(frozen=True)
class HeaderInfo:
    """What the header comment says about the weights. ``licence_text`` is printed verbatim."""

    weights_file: str  # a file name, never a path: dist/ must not depend on the checkout location
    description: str | None = None
    licence: str | None = None
    licence_text: str | None = None


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render_shader(plan: ShaderPlan, header: HeaderInfo) -> str:
    env = environment()
    passes = plan.passes
    copy = plan.planes.copies_luma
    parts = [env.get_template("header.glsl.j2").render(**_header_context(plan, header, len(passes) + copy))]
    if copy:  # a chroma shader first saves the untouched luma plane (planes.luma_copy_name)
        copy_pass = env.get_template("luma_copy_pass.glsl.j2")
        parts.append(copy_pass.render(model=plan.model, luma=plan.planes.luma))
    for shader_pass in passes:
        if shader_pass.border:
            build_context, name = _border_context, "tail_border_pass.glsl.j2"
        elif on_tensor_cores(shader_pass.tiling):
            build_context, name = _tensor_context_for(plan), "compute_tensor_pass.glsl.j2"
        elif plan.weights_in == "texture":
            build_context, name = _texture_pass_context(plan)
        elif plan.variant == "fragment":
            build_context, name = _fragment_context, "fragment_pass.glsl.j2"
        elif shader_pass.tiling.phased(shader_pass.layer):
            build_context, name = _phased_context, "compute_phased_pass.glsl.j2"
        else:
            build_context, name = _compute_context, "compute_pass.glsl.j2"
        precision = pass_precision(plan, shader_pass)
        context = build_context(shader_pass, precision)
        template = env.get_template(name)
        parts.append(template.render(
            **{"pass": shader_pass}, hook_stage=plan.planes.hook, when=_when(plan, shader_pass),
            planes=plan.planes.name, luma=plan.planes.luma, half=precision.half_arithmetic,
            half_bitcast=HALF_TILE_BITCAST and precision.half_arithmetic,
            t=precision.types, variant=plan.variant, **context,
        ))
    blocks = texture_blocks(plan) if plan.weights_in == "texture" else []
    blocks += [tensor_block(plan.model, TensorShape(layer, tiling))
               for layer, tiling in zip(plan.layers, plan.layer_tilings, strict=True)
               if on_tensor_cores(tiling)]
    if blocks:
        block_template = env.get_template("weight_texture.glsl.j2")
        parts += [block_template.render(block=block) for block in blocks]
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


def pass_precision(plan: ShaderPlan, shader_pass: Pass) -> Precision:
    """The arithmetic of one pass: the plan's, except a folded head's, which computes in float
    (head_fold.HEAD_IN_FLOAT); every pass stores rgba16f whatever its arithmetic."""
    if head_fold.HEAD_IN_FLOAT and head_fold.is_folded_head(shader_pass.layer):
        return FP32
    return plan.precision


def _when(plan: ShaderPlan, shader_pass: Pass) -> str | None:
    """A pass's WHEN (RPN): the plan's, and the pass's own (a form for some frame sizes), both."""
    conditions = [c for c in (plan.planes.when, shader_pass.when) if c]
    return " ".join(conditions) + " *" * (len(conditions) - 1) or None


def _texture_pass_context(plan: ShaderPlan):
    """(context builder, template) of the texture placement's passes (texture_weights.py). An output
    group is known there at run time only: an activation parameter with a value per channel is read
    from its row of the layer's weight texture (texture_weights.parameter_rows)."""
    def step_views(layer: Layer, fetch_for, group: str, position: str) -> list[dict]:
        weights, rows = weight_texture_name(plan.model, layer), parameter_rows(layer)

        def parameter(index: int, name: str) -> str:
            return f"{{vec4}}(texelFetch({weights}, ivec2(4 * {group}, {rows[(index, name)]}), 0))"
        return _step_views(layer.steps, 0, fetch_for, plan.planes, position, parameter)

    if plan.variant in COMPUTE_VARIANTS:
        def build(shader_pass: Pass, precision: Precision) -> dict:
            common, _ = _compute_common(shader_pass, precision.types)
            layer = shader_pass.layer
            return {**texture_compute_context(shader_pass, plan.model, common, step_views),
                    "network_input": _reads_network_input(layer, plan.planes)}
        return build, "compute_texture_pass.glsl.j2"

    def build_fragment(shader_pass: Pass, precision: Precision) -> dict:
        layer, planes = shader_pass.layer, shader_pass.planes

        def fetch(operand: Tensor) -> str:
            gx = operand.grid[0]
            return f"texelFetch({operand.texture}_raw, pos + ivec2(og % {gx}, og / {gx}) * size, 0)"

        return {**texture_fragment_context(shader_pass, plan.model, _fragment_position(layer, planes)),
                "summary": _describe(layer, planes), "final": layer.is_final,
                "depth_to_space": layer.is_final and planes.scale > 1, "store": _final_store(planes),
                "network_input": _reads_network_input(layer, planes), "scale": planes.scale,
                "frame": planes.frame_texture, "steps": step_views(layer, fetch, "og", "pos")}
    return build_fragment, "fragment_texture_pass.glsl.j2"


def _tensor_context_for(plan: ShaderPlan):
    """The context builder of the tensor variant's tensor-core passes (compute_tensor_pass.glsl.j2)."""
    def build(shader_pass: Pass, precision: Precision) -> dict:
        role = stem_role(plan.stem_output, shader_pass.layer)
        if role == "add":
            # The inlined first layer's product goes into the accumulators: no add step is left.
            steps = tuple(step for step in shader_pass.layer.steps if step.operand != plan.stem_output)
            shader_pass = dataclasses.replace(shader_pass,
                                              layer=dataclasses.replace(shader_pass.layer, steps=steps))
        layer, tiling = shader_pass.layer, shader_pass.tiling
        common, _ = _compute_common(shader_pass, precision.types)
        common["pixels"] = common["pixels"][:1]  # an invocation finishes one pixel of a matrix row
        rows = tiling.tensor_rows
        shape = TensorShape(layer, tiling)
        n = shape.part_channels
        # Layers whose only step is an activation the same for every channel finish their sums on the
        # accumulators (from the bias up, the activation per element) and stage float16 results.
        half_stage = (TENSOR_HALF_STAGE and elementwise_activation(layer) is not None
                      and (shape.column_blocks == 1 or (TENSOR_HALF_STAGE_WIDE and shape.resident))
                      and (TENSOR_HALF_STAGE_STEM_ADD or role != "add"))
        views = common["out_groups"]
        if half_stage:
            views = [{**view, "steps": [[] for _ in view["steps"]]} for view in views]
        # Added tensors: each invocation fetches its pixels' texels of them before the products
        # (ad<row>_<group>_<step>), and the epilogue of row r adds those registers.
        adds = [(index, step.operand) for index, step in enumerate(layer.steps) if step.kind == "add"]
        prefetch_adds = TENSOR_PREFETCH_ADDS and bool(adds) and shape.resident
        # Invocations 0-15 finish the even groups of each block of 4, 16-31 the odd ones.
        add_halves = [[{"name": f"ad{r}_{view['name']}_{index}",
                        "fetch": _tensor_fetch(operand, view["index"], f"ca{r}")}
                       for r in range(rows) for position, view in enumerate(views) if position % 2 == half
                       for index, operand in adds] for half in range(2)]

        def for_row(r: int) -> list[dict]:
            if not prefetch_adds:
                return views
            return [{**view, "steps": [[{**step, "fetch": f"ad{r}_{view['name']}_{index}"}
                                        if step["kind"] == "add" else step
                                        for index, step in enumerate(pixel_steps)]
                                       for pixel_steps in view["steps"]]}
                    for view in views]
        blocks = [_epilogue_blocks(for_row(r), shape.column_blocks) for r in range(rows)]
        uniform = _uniform_halves(blocks, half_stage) if TENSOR_UNIFORM_EPILOGUE else None
        source = layer.source
        # A phase loads chunk_groups input groups (multiples of 4: 16-channel matrix columns);
        # with one phase, the weights of every tap and channel stay in shared memory (resident).
        phase_groups = tiling.chunk(layer)
        phases = []
        for k in range(layer.in_groups // phase_groups):
            groups = range(k * phase_groups, (k + 1) * phase_groups)
            first = 4 * groups[0]  # the phase's first input channel
            # "row": the weight texture's row of the phase's first channel; each chunk's: its row in
            # the shared weights (every channel's when resident, else the phase's own).
            row = shader_pass.part * layer.kernel.shape[2] + first
            phases.append({"index": k, "first_channel": first, "row": row,
                           "chunks": [{"row": (first if shape.resident else 0) + 16 * c}
                                      for c in range(phase_groups // 4)],
                           "fetches": [_tensor_fetch(source, g, "q%d") for g in groups]})
        taps = [{"index": ky * layer.kernel_size + kx, "ky": ky, "kx": kx, "dx": dx, "dy": dy}
                for ky, kx, dx, dy in _tap_offsets(layer)]
        threads = common["threads"]["count"]
        subgroups = threads // 32
        ws_rows = layer.kernel.shape[2] if shape.resident else 4 * phase_groups
        ws_stride = n + TENSOR_ROW_PADDING
        xs_stride = 4 * phase_groups + TENSOR_ROW_PADDING
        # The weights stay in shared memory (one phase) for several tiles per workgroup.
        resident_tiles = shape.resident and tiling.tiles_down > 1
        prefetch = tiling.prefetch and resident_tiles
        activation = elementwise_activation(layer) or "linear"
        stem = _stem_context(plan, layer, tiling, role, common, threads, xs_stride)
        xs_rows = stem["rows"] if role == "source" else common["shared"]["area"]
        emulated = plan.matrix_ops == "emulated"
        stage_together = (TENSOR_STAGE_BLOCKS_TOGETHER and not emulated and half_stage and uniform is not None
                          and shape.column_blocks == 2 and 16 * shape.column_blocks <= xs_stride
                          and stem is None and all(len(block[0]) == 2 for row in blocks for block in row))
        # Float16-staged blocks of 16 channels that fill one texel row of a pixel's grid (4 texels wide).
        row_stores = (TENSOR_ROW_STORES and not emulated and half_stage and uniform is not None
                      and common["out_grid"][0] == 4 and 16 * shape.column_blocks <= xs_stride
                      and (TENSOR_ROW_STORES_STEM or stem is None))
        return {**common, "emulated": emulated, "subgroups": subgroups, "rows": rows,
                "uniform_epilogue": uniform, "row_stores": row_stores,
                # the blocks each subgroup stages at once in its rows of shared memory, block by block
                "stagings": ([list(range(shape.column_blocks))] if stage_together
                             else [[n] for n in range(shape.column_blocks)]),
                "stem": stem,
                "half_stage": half_stage, "activation": ELEMENTWISE_ACTIVATIONS[activation],
                "prefetch_adds": prefetch_adds, "add_halves": add_halves,
                "activation_name": activation,
                "bias": [format_float(value) for value in layer.bias[shader_pass.part * n:][:n]],
                "b_registers": TENSOR_B_REGISTERS and resident_tiles
                and len(taps) * len(phases[0]["chunks"]) * shape.column_blocks <= TENSOR_REGISTER_MATRICES,
                "weights": tensor_texture_name(plan.model, layer), "part_channels": n,
                "column_blocks": shape.column_blocks, "phases": phases, "taps": taps, "blocks": blocks,
                "tiles_down": tiling.tiles_down, "resident": shape.resident,
                "reverse_walk": TENSOR_REVERSE_WALK and shape.column_blocks == 1 and layer.index % 2 == 0,
                "prefetch": prefetch,
                "prefetch_half": (prefetch and stem is None
                                  and layer.kernel.shape[2] <= TENSOR_PREFETCH_HALF_CHANNELS),
                "rounds": _load_rounds(common["shared"]["area"], threads), "ws_rows": ws_rows,
                "xs_stride": xs_stride, "ws_stride": ws_stride,
                "st_stride": TENSOR_STAGE_STRIDE, "xs_size": xs_rows * xs_stride,
                "ws_size": shape.taps * ws_rows * ws_stride, "st_size": subgroups * 16 * TENSOR_STAGE_STRIDE,
                "weight_texels": shape.taps * ws_rows * n // 4}
    return build


# An inlined 3x3 first layer of at most TENSOR_STEM_GATHER_CHANNELS channels takes each row's 9 luma
# values from 3 textureGather blocks and 1 texel instead of 9 texel fetches. Measured on the H200 in
# libplacebo (bench/README.md, "Round 17"): C4F16's first tensor pass 0.1365 -> 0.1302 ms a 1080p
# frame, output identical; C4F32's (32 channels, 4 tiles a workgroup) 0.4506 -> 0.4570, so not there.
TENSOR_STEM_GATHER_CHANNELS = 16


# textureGather's components and the texel of its 2x2 block each holds, from the block's top left.
GATHER_COMPONENTS = (("w", (0, 0)), ("z", (1, 0)), ("x", (0, 1)), ("y", (1, 1)))
# The gathered blocks of a 3x3 stem, by their top-left offset: 8 of its 9 taps.
STEM_GATHER_BLOCKS = (("la", (-1, -1)), ("lb", (1, -1)), ("lc", (-1, 1)))


def _stem_gather(taps: list[dict]) -> dict:
    """A 3x3 stem's taps from textureGather blocks (stem_gather): ``tap_values`` names the block
    component holding each covered tap (a %d for the load round), ``fetched`` the taps no block covers
    (one texel each: (1, 1))."""
    index = {(tap["dx"], tap["dy"]): k for k, tap in enumerate(taps)}
    tap_values = {index[(bx + cx, by + cy)]: f"{name}%d.{component}"
                  for name, (bx, by) in STEM_GATHER_BLOCKS for component, (cx, cy) in GATHER_COMPONENTS
                  if (bx + cx, by + cy) in index}
    return {"blocks": [(name, {"dx": bx, "dy": by}) for name, (bx, by) in STEM_GATHER_BLOCKS],
            "fetched": [(k, tap) for k, tap in enumerate(taps) if k not in tap_values],
            "tap_values": tap_values}


def _stem_context(plan: ShaderPlan, layer: Layer, tiling, role: str | None, common: dict,
                  threads: int, xs_stride: int) -> dict | None:
    """The inlined first layer in a tensor pass (ShaderPlan.inline_stem): its weights as a float16
    TENSOR_MATRIX x channels matrix (the taps' rows, then the bias, then zeros; rows unpadded: they are
    read once per workgroup), its taps, and the rows of its product (shader_plan.stem_rows): row j is
    tile pixel j (the halo included, for "source": built in the input tile's place, xs) or pixel
    (j % 16, j / 16) of the tile ("add": in a buffer of their own, ims)."""
    if role is None:
        return None
    stem = plan.layers[0]
    taps, channels = stem.kernel_size ** 2, stem.kernel.shape[3]
    matrix = np.zeros((TENSOR_MATRIX, channels))
    matrix[:taps] = stem.kernel[:, :, 0, :].reshape(taps, channels)
    matrix[taps] = stem.bias
    rows = stem_rows(layer, tiling, role)
    subgroups = threads // TENSOR_SUBGROUP
    blocks = rows // TENSOR_MATRIX
    if role == "source":
        place = {"buffer": "xs", "stride": xs_stride, "width": common["shared"]["w"], "radius": layer.radius,
                 "area": common["shared"]["area"]}
    else:
        place = {"buffer": "ims", "stride": TENSOR_MATRIX, "width": tiling.tile_w, "radius": 0, "area": rows}
    # Load round r's rows are thread + r * threads; "past_area": some of them are not tile pixels.
    rounds = [{**entry, "past_area": entry["offset"] + threads > place["area"]}
              for entry in _load_rounds(rows, threads)]
    stem_taps = [{"dx": dx, "dy": dy} for _, _, dx, dy in _tap_offsets(stem)]
    gathered = stem.kernel_size == 3 and channels <= TENSOR_STEM_GATHER_CHANNELS
    return {"role": role, "channels": channels, "column_blocks": channels // TENSOR_MATRIX,
            "weights": [format_float(value) for value in round_to_half(matrix).ravel()],
            "ss_stride": channels, "k": TENSOR_MATRIX, "taps": stem_taps,
            "rows": rows, "rounds": rounds, "blocks": blocks, **place,
            "gather": _stem_gather(stem_taps) if gathered else None,
            # "source": the matrices of 16 rows each subgroup computes, block b = subgroup + i * subgroups
            "block_rounds": [{"index": i, "partial": (i + 1) * subgroups > blocks}
                             for i in range(-(-blocks // subgroups))]}


def _epilogue_blocks(out_groups: list[dict], column_blocks: int) -> list[list[list[dict]]]:
    """A tensor pass's output group views in blocks of 4 (16 channels, one accumulator): invocations
    0-15 of a subgroup finish groups 0 and 2 of a block, 16-31 groups 1 and 3, so that their reads of
    the staged accumulator (column-major, TENSOR_STAGE_STRIDE) fall in different banks. "column": the
    group's first channel relative to the invocation's (e, 4 channels further for 16-31)."""
    views = [{**view, "column": 4 * (index % 4) - 4 * (index % 2), "channel": 4 * (index % 4)}
             for index, view in enumerate(out_groups)]
    return [[views[4 * b:4 * b + 4:2], views[4 * b + 1:4 * b + 4:2]] for b in range(column_blocks)]


def _uniform_halves(blocks: list[list[list[dict]]], half_stage: bool) -> dict | None:
    """{"step": (dx, dy)} where invocations 16-31 of a subgroup can finish their output groups of every
    block with the code of invocations 0-15, moved by that texel step (and, staged as float16, by 4
    channels; staged as float, reading the same staged columns and applying the same steps, the
    bias chosen by the half); None where the groups differ otherwise (adds of fetched texels)."""
    moves = set()
    for row in blocks:
        for first, second in row:
            if len(first) != len(second):
                return None
            for a, b in zip(first, second, strict=True):
                if half_stage and b["channel"] - a["channel"] != 4:
                    return None
                if not half_stage and (b["column"] != a["column"] or len(a["steps"]) != 1
                                       or a["steps"] != b["steps"]):
                    return None
                moves.add((b["texel"][0] - a["texel"][0], b["texel"][1] - a["texel"][1]))
    return {"step": moves.pop()} if len(moves) == 1 else None


# Tensor pass options, measured on the H200 in libplacebo (bench/tensor-sweep-round6.json; ms per 1080p
# frame, C4F16 / C4F32, all three off: 0.788 / 2.611). bench/tensor_sweep.py switches them.
# * A 16-channel layer whose only step is an activation of ELEMENTWISE_ACTIVATIONS starts its
#   accumulators from the bias, applies the activation to them and stages float16 results (half
#   the shared-memory bytes of float): 0.785 alone, 0.722 with the other two; C4F32's 32-channel
#   layers were slower so (0.460 ms a pass against 0.442), hence 16 channels only.
TENSOR_HALF_STAGE = True
# * ... and so does a layer of more than 16 channels with resident weights: C4F32 2.010 -> 1.993 ms a
#   1080p frame with the branch-free epilogue below (round 15; with round 6's epilogue of a branch
#   per half it was slower).
TENSOR_HALF_STAGE_WIDE = True
# * A pass with resident weights (one phase) that adds a stored tensor fetches its texels before the
#   matrix products: C4F16's skip-add pass 0.176 -> 0.147 ms, C4F32's 0.578 -> 0.541. R8F64's
#   64-channel passes (4 phases, 16 texels an invocation held through them) went 1.51 -> 1.74 ms
#   (bench/tensor-wide-round9.json), so those fetch after the products, as before.
TENSOR_PREFETCH_ADDS = True
# * The skip add of a pass that computes the inlined first layer (plan.TENSOR_INLINE_STEM) goes into
#   its accumulators, so such a pass can take the float16 staging above: C4F16 (forced to inline) 0.148
#   ms a skip-add pass with it, 0.196 staged as float (bench/tensor-sweep-round10.json).
TENSOR_HALF_STAGE_STEM_ADD = True
# * A pass with resident weights and several tiles per workgroup keeps each tap's weight matrix in
#   registers, loaded once, when there are at most TENSOR_REGISTER_MATRICES of them (C4F16's 16->16:
#   9; 0.123 -> 0.117 ms a pass).
TENSOR_B_REGISTERS = True
TENSOR_REGISTER_MATRICES = 9
# * A pass with resident weights reading at most TENSOR_PREFETCH_HALF_CHANNELS channels holds the next
#   tile's prefetched texels as float16 (exact: the tensors are rgba16f): C4F16's middle passes
#   0.107 -> 0.1035 ms, 0.598 -> 0.587 ms a frame; C4F32's 32-channel passes 0.400 -> 0.460, so not
#   there. Two tiles in flight instead of one gained nothing (C4F16) or lost (C4F32 2.04); round 17.
TENSOR_PREFETCH_HALF_CHANNELS = 16
# * The passes of 16-channel layers of even index (C4F16's conv2d_2 and conv2d_4) walk their
#   workgroups in reverse order, so that each starts on what the pass before it wrote last (a
#   1080p 16-channel tensor is 66 MB, the H200's L2 cache 50 MB): C4F16 0.656 -> 0.653 ms a 1080p
#   frame, 0.380 -> 0.372 at 720p (round 14; round 12: 0.713 -> 0.709, C4F32's 32-channel passes
#   unchanged).
TENSOR_REVERSE_WALK = True
# * Invocations 0-15 and 16-31 of a subgroup finish their output groups with one code (the other
#   half's groups are 4 channels or a bias and one texel away), where the epilogue had a branch per
#   half that NVIDIA's compiler runs one after the other; float16-staged values are stored without
#   rounding them again (they are float16 already). Round 15 (bench/README.md): C4F16 0.648 -> 0.620
#   ms a 1080p frame, C4F32 2.110 -> 2.010; output identical on the acceptance crops.
TENSOR_UNIFORM_EPILOGUE = True
# * A float16-staged pass with two output blocks (C4F32's 32->32 layers) stages both blocks of a matrix
#   row at once (the second in columns 16-31 of the subgroup's staging rows): one pair of subgroup
#   barriers a row instead of two, and 4 texel stores an invocation. Round 20 (bench/README.md), H200,
#   1080p, two runs in opposite orders: each middle pass 0.403 -> 0.395 ms, C4F32 2.003 -> 1.979; the
#   pass that also computes the inlined first layer was 0.4515 -> 0.4533 so, hence not there. Output
#   identical (emulation and the H200's crops).
TENSOR_STAGE_BLOCKS_TOGETHER = True
# * A float16-staged pass whose 16-channel blocks each fill a texel row of a pixel's grid (C4F32: 4x2
#   texels a pixel) stores a staged row of 16 pixels with instructions of 32 consecutive texels, where
#   each instruction stored every other pair of texels across 64 (C4F16's 2x2 grid was consecutive
#   already). Round 20, H200, three runs in one call: each C4F32 middle pass 0.394 -> 0.350 ms, the
#   frame 1.974 -> 1.844; output identical. TENSOR_ROW_STORES_STEM: also in the pass that computes
#   the inlined first layer (one block staged at a time).
TENSOR_ROW_STORES = True
TENSOR_ROW_STORES_STEM = False

# Float16 files whose compute passes keep packed-half tiles (tile.glsl.j2) read them with
# unpackFloat2x16 where float16 arithmetic is compiled (Vulkan, D3D11), not through float with
# unpackHalf2x16: the same values. Round 16 (bench/README.md), H200, 1080p, same calls: C4F16 tensor
# 0.6183 -> 0.6158, 0.6176 -> 0.6171, 0.6200 -> 0.6179, 0.6215 -> 0.6185 ms (C4F32 unchanged);
# output identical on the acceptance crops. OpenGL runs the float form, as before.
HALF_TILE_BITCAST = True


def _reads_network_input(layer: Layer, planes: PlaneLayout) -> bool:
    """The pass calls network_input(): it convolves the 3-plane input or adds it (residual)."""
    return (layer.source is None and not layer.scalar_input) or (layer.adds_input and planes.colour)


def _fragment_position(layer: Layer, planes: PlaneLayout) -> str:
    """GLSL of a fragment pass's position in low-resolution pixels (float)."""
    if planes.name != "chroma":
        return "HOOKED_pos * HOOKED_size"
    # The luma copy's _pos is gl_FragCoord / output size (not the hooked plane: ALIGN leaves it).
    luma = planes.luma
    return f"{luma}_pos * HOOKED_size * 2.0" if layer.is_final else f"{luma}_pos * {luma}_size"


def _header_context(plan: ShaderPlan, header: HeaderInfo, pass_count: int) -> dict:
    precision = plan.precision.name
    title = f"{plan.network_name}: {plan.planes.title}, mpv user shader ({plan.variant}, {precision})"
    if header.description:
        title += f"\n{header.description}"
    return {
        "title": comment_lines(title),
        "version": __version__,
        "model": plan.model,
        "variant": plan.variant,
        "precision": plan.precision.name,
        "weights_file": comment_lines(header.weights_file)[0][3:],
        "pass_count": pass_count,
        "planes": plan.planes.name,
        "hook": plan.planes.hook,
        "output": plan.planes.output,
        "condition": plan.planes.condition,
        "variant_notes": VARIANT_NOTES[plan.variant] + _stem_notes(plan) + _head_notes(plan)
        + _fold_notes(plan) + _frame_size_notes(plan)
        + list(plan.precision.notes)
        + _placement_notes(plan),
        "licence": sanitize_identifier(header.licence or "unknown", "unknown"),
        "licence_lines": comment_lines(header.licence_text.strip()) if header.licence_text else [],
    }


def _frame_size_notes(plan: ShaderPlan) -> list[str]:
    """The header's word on passes with a form for small frames (ShaderPlan.small_frame_tilings)."""
    if not plan.small_frame_tilings:
        return []
    forms = [(small, tiling) for small, tiling in zip(plan.small_frame_tilings, plan.tilings, strict=True)
             if small]
    small, tiling = forms[0]
    return [f"{len(forms)} layers have two forms of their pass, each run by its WHEN: "
            f"{small.tiles_down} tiles per workgroup",
            f"for frames under {plan.small_frame_pixels} luma pixels (shorter tails), "
            f"{tiling.tiles_down} for larger ones (fewer weight loads)."]


def _stem_notes(plan: ShaderPlan) -> list[str]:
    """The header's word on an inlined first layer (ShaderPlan.inline_stem)."""
    if not plan.inline_stem:
        return []
    return ["The first layer has no pass of its own: the passes that read its output compute it there",
            "(one more matrix product of the luma values under its taps)."]


def _fold_notes(plan: ShaderPlan) -> list[str]:
    """The header's word on a folded tail (tail_fold.py)."""
    if plan.final.edge_correction is None:
        return []
    what = "the tensor before it and the luma plane" if plan.final.appends_plane else "the tensor before it"
    return ["The network's linear tail (its last two convolutions and what is added between them) is",
            f"one 5x5 convolution of {what} in the last pass, corrected at the",
            "frame's border to match the layers' zero padding."]


def _head_notes(plan: ShaderPlan) -> list[str]:
    """The header's word on a folded head (head_fold.py)."""
    if not head_fold.is_folded_head(plan.layers[0]):
        return []
    notes = ["The network's linear head (its first two convolutions) is one 5x5 convolution of the",
             "luma plane in the first pass, corrected at the frame's border to match the layers' zero",
             "padding."]
    if pass_precision(plan, plan.passes[0]) is not plan.precision:
        notes.append("That pass computes in float: its weights are products of two layers' weights.")
    return notes


def _placement_notes(plan: ShaderPlan) -> list[str]:
    """The header's word on the weight placement: only texture files have one, so that the literal
    files keep their bytes (dist/)."""
    if plan.weights_in == "code":
        return []
    notes = [f"{PLACEMENT_NOTES[plan.weights_in]}:", f"{plan.placement_reason}."]
    if plan.variant == "fragment":
        notes.append("With weights in textures, each fragment pass computes a whole layer (every group).")
    return notes


# What the first layer reads and the last one writes, per plane layout (pass comments).
LAYER_INPUTS = {"luma": "luma", "chroma": "Y, Cb, Cr (chroma upsampled to luma resolution)",
                "ycbcr": "Y'CbCr", "rgb": "R'G'B'"}
LAYER_OUTPUTS = {"luma": "2x luma (depth-to-space)", "chroma": "Cb, Cr",
                 "ycbcr": "2x Y'CbCr (depth-to-space)", "rgb": "2x R'G'B' (depth-to-space)"}
STEP_NAMES = {"residual": "+ the input (nearest-upsampled)",
              "edges": "- what it counts beyond the frame (tail_edges)"}


def _describe(layer: Layer, planes: PlaneLayout = LUMA) -> str:
    kernel = f"{layer.kernel_size}x{layer.kernel_size}"
    source = LAYER_INPUTS[planes.name] if layer.source is None else f"{layer.kernel.shape[2]} channels"
    if layer.appends_plane:
        source = f"{layer.source.channels} channels and luma"
    target = LAYER_OUTPUTS[planes.name] if layer.is_final else f"{layer.kernel.shape[3]} channels"
    if layer.is_final and planes.name != "chroma":
        target = target.replace("2x", f"{planes.scale}x") if planes.scale > 1 else target.split(" (")[0][3:]
    extra = [step.activation.describe() if step.kind == "activation" else STEP_NAMES.get(step.kind, step.kind)
             for step in layer.steps]
    return f"conv {kernel}, {source} -> {target}" + (f", then {', '.join(extra)}" if extra else "")


def _final_store(planes: PlaneLayout) -> str:
    """How the last pass stores its result: ``luma`` (4 sub-pixel lanes), ``colour`` (a group per
    sub-pixel) or ``chroma`` (Cb, Cr at the pixel itself)."""
    return planes.name if planes.name in ("luma", "chroma") else "colour"


def _tensor_fetch(tensor: Tensor, group: int, position: str, frame: str = "size") -> str:
    """GLSL reading group ``group`` of a stored tensor at pixel ``position`` (compute layout; a planar
    tensor's planes are ``frame``, the frame's size, apart)."""
    texture, (tx, ty) = tensor.locate(group)
    if tensor.planar:
        texel = position if (tx, ty) == (0, 0) else f"{position} + ivec2({tx}, {ty}) * {frame}"
        return f"texelFetch({texture}_raw, {texel}, 0)"
    gx, gy = tensor.grid
    scaled = position if (gx, gy) == (1, 1) else f"{position} * ivec2({gx}, {gy})"
    return f"texelFetch({texture}_raw, {scaled} + ivec2({tx}, {ty}), 0)"


def _group_fetch(layer: Layer, group: int, position: str = "q", frame: str = "size") -> str:
    """GLSL reading input group ``group`` at the (clamped) pixel position ``position`` (``frame``: the
    frame's size there, _tensor_fetch)."""
    if layer.scalar_input:  # a folded head's border terms (head_fold.py) read the luma plane
        return f"vec4({_luma_at(position)}, 0.0, 0.0, 0.0)"
    if layer.source is None:
        return f"network_input({position})"
    if layer.appends_plane and group == layer.in_groups - 1:
        return f"vec4({_luma_at(position)}, 0.0, 0.0, 0.0)"
    return _tensor_fetch(layer.source, group, position, frame)


def edges_suffix(out_group: int, out_groups: int) -> str:
    """The name suffix of output group ``out_group``'s border-correction function (tail_edges.glsl.j2):
    none for a folded tail's one group, ``_<group>`` for each of a folded head's."""
    return "" if out_groups == 1 else f"_{out_group}"


# Which pixels each side of a folded tail's border correction applies to (tail_fold.SIDES).
EDGE_CONDITIONS = {"top": "p.y == 0", "bottom": "p.y == last.y", "left": "p.x == 0", "right": "p.x == last.x"}


def _edges_context(layer: Layer, border_texture: str | None = None,
                   luma_tile: tuple[int, int] | None = None) -> dict | None:
    """The border correction of a folded tail's last layer or a folded head, or None: read from the
    border pass's ``border_texture`` where the layer's pass has one (tail_border.glsl.j2), else
    computed (tail_edges.glsl.j2). "template" names the one a pass includes. Its arithmetic is float
    in every precision: it runs at the border only (but llvmpipe runs it everywhere: a head's pass,
    given ``luma_tile`` (the tile's width and halo), reads luma from its shared-memory tile, which is
    zero outside the frame, instead of fetching it: C4F32's head pass 331 -> 205 ms on llvmpipe)."""
    edges = layer.edge_correction
    if edges is None:
        return None
    if border_texture is not None:
        return {"template": "tail_border.glsl.j2", "texture": border_texture, "sides": BORDER_SIDES,
                "luma_tile": None}
    head = head_fold.is_folded_head(layer)  # luma taps, every output group
    # Per term: its bias by output group, and per tap its position and (in, out) groups of 4x4 blocks.
    blocked = [(term, pad_channels(term.bias, 0).reshape(-1, LANES),
                [(dx, dy, kernel_blocks(matrix[None, None])[0, 0]) for dx, dy, matrix in term.taps])
               for term in edges.terms]
    groups = []
    for out_group in range(edges.out_groups):
        terms = []
        for term, biases, taps_blocks in blocked:
            taps = []
            for dx, dy, blocks in taps_blocks:
                at = f"tail_input(p + ivec2({dx}, {dy}), last, {{}})"
                if head:  # the luma value times this tap's weights of the group
                    taps += [f"{vec4_literal(blocks[0, out_group][0])} * {at.format(0)}.x"]
                else:
                    taps += [f"{mat4_literal(blocks[g, out_group])} * {at.format(g)}"
                             for g in range(blocks.shape[0]) if np.any(blocks[g, out_group])]
            terms.append({"condition": " && ".join(EDGE_CONDITIONS[side] for side in term.sides),
                          "accumulate": "c +=" if term.sign > 0 else "c -=",
                          "bias": vec4_literal(biases[out_group]), "taps": taps})
        groups.append({"suffix": edges_suffix(out_group, edges.out_groups), "terms": terms})
    return {"template": "tail_edges.glsl.j2", "groups": groups, "head": head,
            "luma_tile": None if luma_tile is None else {"w": luma_tile[0], "radius": luma_tile[1]},
            # tail_input(q, last, g): the frame is last + 1 there
            "fetches": [_group_fetch(layer, g, "q", "(last + 1)") for g in range(layer.in_groups)]}


def _border_context(shader_pass: Pass, precision: Precision) -> dict:
    """A folded tail's border pass (tail_border_pass.glsl.j2): every term of the correction."""
    return {"summary": _describe(shader_pass.layer) + ": its border correction",
            "edges": _edges_context(shader_pass.layer), "sides": BORDER_SIDES}


def _step_views(steps: tuple[Step, ...], group: int, fetch_for, planes: PlaneLayout,
                position: str, parameter_for=None) -> list[dict]:
    """The per-pixel steps of output group ``group`` at low-resolution pixel ``position``: an
    activation as its GLSL statement (with its parameters' values for the group's 4 channels, or,
    given ``parameter_for(step index, name)``, that GLSL for a parameter with a value per channel),
    an add with the fetch of its operand (``fetch_for(tensor)``, or the network input there)."""
    views = []
    for index, step in enumerate(steps):
        if step.kind == "activation":
            read = None if parameter_for is None else (lambda name, index=index: parameter_for(index, name))
            statement = _activation_statement(step.activation, group, read)
            views.append({"kind": "activation", "statement": statement})
        elif step.kind == "add":
            views.append({"kind": "add", "fetch": fetch_for(step.operand)})
        elif step.kind == "residual":
            views.append({"kind": "add", "fetch": _input_at(planes, position)})
        elif step.kind == "edges":
            suffix = edges_suffix(group, step.edges.out_groups)
            views.append({"kind": "edges", "call": f"tail_edges{suffix}({position}, last)"})
        else:
            views.append({"kind": step.kind})
    return views


def _input_at(planes: PlaneLayout, position: str) -> str:
    """The network input at a pixel, as the final layer adds it to each of its sub-pixel groups
    (nearest upsampling): the 3 planes (and a 0) of a colour model, the luma value in every lane."""
    if planes.colour:
        return f"network_input({position})"
    return _luma_at(position)


def _luma_at(position: str) -> str:
    """The hooked luma plane's value at low-resolution pixel ``position``."""
    return f"HOOKED_mul * texelFetch(HOOKED_raw, {position}, 0).x"


def _final_views(layer: Layer, planes: PlaneLayout, names) -> dict:
    """How the last pass picks output sub-pixel ``sub`` from its accumulators (``names[g]`` holds
    group g): luma sub-pixel k is lane k % 4 of group k / 4, colour sub-pixel k is group k."""
    if not layer.is_final:
        return {}
    scale, groups = planes.scale, layer.out_groups
    if planes.name == "luma":
        if scale == 1:
            value = f"{names(0)}.x"
        elif groups == 1:
            value = f"{names(0)}[sub]"
        else:
            picks = [f"{names(g)}[sub - {LANES * g}]".replace(" - 0]", "]") for g in range(groups)]
            value = " : ".join([f"sub < {LANES * (g + 1)} ? {picks[g]}" for g in range(groups - 1)]
                               + [picks[-1]])
        return {"scale": scale, "luma_value": value}
    chain = " : ".join([f"sub == {g} ? {names(g)}" for g in range(groups - 1)] + [names(groups - 1)])
    return {"scale": scale, "colour_value": chain}


def _subpixel_stores(out_group: int, scale: int) -> list[dict]:
    """The luma sub-pixels lane by lane of ``out_group`` in the last compute pass: their lane and
    their texel's offset from the output block's corner (only sub-pixels < scale², no padding)."""
    stores = []
    for lane in range(LANES):
        sub = LANES * out_group + lane
        if sub < scale * scale:
            dx, dy = sub % scale, sub // scale
            stores.append({"lane": "xyzw"[lane], "offset": f" + ivec2({dx}, {dy})" if sub else "",
                           "guard": None})
    return stores


def _activation_statement(activation: ActivationFunction, group: int, read=None) -> str:
    """The activation's GLSL step for output group ``group``, ``{acc}`` and ``{vec4}`` left open; a
    parameter with a value per channel as ``read(name)`` where given (texture placement)."""
    literals = {}
    for name, vector in activation.parameters:
        if len(vector) == 1:
            literals[name] = f"{{vec4}}({format_float(vector[0])})"
        elif read is not None:
            literals[name] = read(name)
        else:
            values = pad_channels(np.asarray(vector, np.float32), 0)[LANES * group:LANES * group + LANES]
            literals[name] = vec4_literal(values, "{vec4}")
    return activation.glsl_step(literals)


def _tap_offsets(layer: Layer):
    radius = layer.radius
    for ky in range(layer.kernel_size):
        for kx in range(layer.kernel_size):
            yield ky, kx, kx - radius, ky - radius


def _weight_blocks(layer: Layer, precision: Precision) -> np.ndarray:
    """(kh, kw, in groups, out groups, 4, 4) blocks, rounded to float16 where the precision says so
    (Precision.rounds_weights_to_half)."""
    blocks = kernel_blocks(layer.kernel)
    return round_to_half(blocks) if precision.rounds_weights_to_half else blocks


def _fragment_context(shader_pass: Pass, precision: Precision) -> dict:
    types = precision.types
    layer, planes = shader_pass.layer, shader_pass.planes
    # A pass computes its own output group; the final pass every group of the last layer (luma: one
    # group of 4 sub-pixels; colour: a group per sub-pixel; chroma: one group of Cb, Cr).
    groups = range(layer.out_groups) if layer.is_final else [shader_pass.group]
    names = {group: "acc" if len(groups) == 1 else f"acc{group}" for group in groups}
    blocks = _weight_blocks(layer, precision)
    taps = []
    for ky, kx, dx, dy in _tap_offsets(layer):
        sums, used = [], set()
        for group in groups:
            terms = []
            if layer.scalar_input:
                weights = blocks[ky, kx, 0, group][0]  # input lane 0: the luma plane
                if np.any(weights):
                    terms.append({"in_group": 0, "weights": vec4_literal(weights, types.vec4)})
            else:
                for in_group in range(layer.in_groups):
                    block = blocks[ky, kx, in_group, group]
                    if np.any(block):
                        terms.append({"in_group": in_group, "weights": mat4_literal(block, types.mat4)})
            if terms:
                sums.append({"acc": names[group], "terms": terms})
                used |= {term["in_group"] for term in terms}
        if sums:
            reads = [{"in_group": g, "fetch": "network_input(q)" if layer.source is None
                      else f"texelFetch({layer.source.group_texture(g)}_raw, q, 0)"} for g in sorted(used)]
            taps.append({"dx": dx, "dy": dy, "reads": reads, "sums": sums})
    accumulators = [
        {"name": names[group], "bias": vec4_literal(bias_groups(layer.bias)[group], types.acc),
         "steps": _step_views(layer.steps, group, lambda operand, group=group:
                              f"texelFetch({operand.group_texture(group)}_raw, pos, 0)", planes, "pos")}
        for group in groups
    ]
    group = groups[0]
    channels = "" if layer.is_final else f"; this pass: channels {LANES * group}..{LANES * group + LANES - 1}"
    position = _fragment_position(layer, planes)
    return {
        "summary": _describe(layer, planes) + channels,
        "final": layer.is_final,
        "depth_to_space": layer.is_final and planes.scale > 1,
        "store": _final_store(planes),
        "plane": layer.scalar_input,
        "network_input": (layer.source is None and not layer.scalar_input) or (layer.adds_input
                                                                                and planes.colour),
        "frame": planes.frame_texture,
        **_final_views(layer, planes, lambda g: names[g]),
        "position": position,
        "accumulators": accumulators,
        "taps": taps,
    }


def _compute_common(shader_pass: Pass, types: GlslTypes, adjacent: bool = False) -> tuple[dict, object]:
    """What every compute pass template prints (tile, threads, pixels, the epilogue), and a function
    giving an output group's view (bias, texel in the output grid, per-pixel steps), named ``name``
    in the accumulators ``a<pixel>_<name>``."""
    layer, tiling = shader_pass.layer, shader_pass.tiling
    halo = 2 * layer.radius
    shared_w, shared_h = tiling.tile_w + halo, tiling.tile_h + halo
    area = shared_w * shared_h
    planes = shader_pass.planes
    out_grid = (planes.scale, planes.scale) if layer.is_final else shader_pass.grid
    pass_groups = list(shader_pass.out_groups)
    pixel_steps = [(py, px) for py in range(tiling.pixels_y) for px in range(tiling.pixels_x)]
    row_step = 1 if adjacent else tiling.threads_y  # rows between a thread's pixels
    pixels = [
        {"index": index, "dx": px * tiling.threads_x, "dy": py * row_step,
         "offset": py * row_step * shared_w + px * tiling.threads_x}
        for index, (py, px) in enumerate(pixel_steps)
    ]
    biases = bias_groups(layer.bias)
    split = tiling.split(layer)

    def group_view(out_group: int, name: int | None = None) -> dict:
        index = out_group - pass_groups[0]  # within the texture this pass writes
        texel = (index % out_grid[0], index // out_grid[0])
        per_pixel = []
        for pixel in pixels:
            def fetch(operand, pixel=pixel):
                return _tensor_fetch(operand, out_group, f"c{pixel['index']}")
            per_pixel.append(_step_views(layer.steps, out_group, fetch, planes, f"c{pixel['index']}"))
        return {"index": out_group, "name": out_group if name is None else name, "texel": texel,
                "steps": per_pixel, "bias": vec4_literal(biases[out_group], types.acc),
                "suffix": "" if len(pass_groups) == 1 else str(out_group),
                "subpixels": _subpixel_stores(out_group, planes.scale) if layer.is_final else []}

    common = {
        "summary": _describe(layer, planes),
        "final": layer.is_final,
        "store": _final_store(planes),
        # Chroma passes run on the luma grid; their last pass's texture is 2x the chroma plane, which
        # is one texel wider (taller) than luma for odd sizes, so every texel of it is written.
        "frame_size": f"ivec2({planes.luma}_size)" if planes.name == "chroma"
        else f"imageSize(out_image) / ivec2({out_grid[0]}, {out_grid[1]})",
        "store_limit": "imageSize(out_image)" if planes.name == "chroma" and layer.is_final else "size",
        "radius": layer.radius,
        "kernel_size": layer.kernel_size,
        "tile": {"w": tiling.tile_w, "h": tiling.tile_h},
        "threads": {"x": tiling.threads_x, "y": tiling.threads_y * split, "slice_y": tiling.threads_y,
                    "count": tiling.threads_x * tiling.threads_y * split},
        "shared": {"w": shared_w, "h": shared_h, "area": area},
        "split": split,
        # The output tensor's groups as planes (Tensor.planar): group cell c of pixel p at p + c * size.
        "planar_out": not layer.is_final and layer.output.planar,
        # local.y of a thread's first pixel is its thread row times this (ComputeTiling.adjacent_rows).
        "thread_rows": tiling.pixels_y if adjacent else 1,
        "out_grid": out_grid,
        "pixels": pixels,
        "out_groups": [group_view(g) for g in pass_groups],
        "has_add": (bool(layer.add_operands) or layer.adds_input or layer.appends_plane
                    or layer.edge_correction is not None),
        "edges": _edges_context(layer, shader_pass.border_texture,
                                # a folded head reads luma from its pass's one tile (compute_pass)
                                (shared_w, layer.radius) if layer.scalar_input and tiling.tiles_down == 1
                                and tiling.weights == "literal" else None),
        "network_input": layer.adds_input and planes.colour,
        "scale": planes.scale,
        "multi_group": len(pass_groups) > 1,
    }
    return common, group_view


def _phased_context(shader_pass: Pass, precision: Precision) -> dict:
    """Literal weights, the input tile loaded a chunk of input groups at a time: every phase (one
    chunk) runs between barriers, so a workgroup runs one phase's code at a time."""
    layer, tiling = shader_pass.layer, shader_pass.tiling
    types = precision.types
    # Neighbouring rows per thread, each texel loaded once for all of them: float arithmetic only
    # (the float16 forms keep their pixels threads_y rows apart).
    adjacent = tiling.adjacent_rows and tiling.pixels_y > 1 and not precision.half_arithmetic
    common, group_view = _compute_common(shader_pass, types, adjacent)
    area, shared_w = common["shared"]["area"], common["shared"]["w"]
    chunk = tiling.chunk(layer)
    pass_groups = list(shader_pass.out_groups)
    per_slice = len(pass_groups) // common["split"]
    blocks = _weight_blocks(layer, precision)
    chunks = []
    for index in range(tiling.chunks(layer)):
        in_groups = range(index * chunk, (index + 1) * chunk)
        slices = []
        for slice_index in range(common["split"]):
            groups = pass_groups[slice_index * per_slice:(slice_index + 1) * per_slice]
            taps = _literal_taps(layer, blocks, groups, in_groups, types, area, shared_w, in_groups[0])
            for tap in taps:
                for entry in tap["sums"]:
                    entry["name"] = entry["out_group"] - groups[0]
            if adjacent:
                _share_reads(taps, common["pixels"])
            slices.append({"index": slice_index, "taps": taps})
        # fetch: a %-format of the round whose position q<round> it reads
        chunks.append({"index": index, "slices": slices,
                       "loads": [{"offset": f" + {k * area}" if k else "", "group": g,
                                  "fetch": _group_fetch(layer, g, "q%d")}
                                 for k, g in enumerate(in_groups)]})
    threads = common["threads"]["count"]
    return {
        **common,
        # float16 only: where each phase's float16 products are added into float (ComputeTiling.half_sums).
        "half_sums": tiling.half_sums if precision.half_arithmetic else "tap",
        "chunk": chunk,
        "chunks": chunks,
        "next_loads": [chunks[k + 1]["loads"] for k in range(len(chunks) - 1)],
        "rounds": _load_rounds(area, threads),
        "prefetch": tiling.prefetch,
        "half_tile": tiling.half_tile,
        "slice_groups": per_slice,
        "out_group_count": len(pass_groups),
        "slices": [{"index": index, "out_groups": [group_view(pass_groups[index * per_slice + j], j)
                                                   for j in range(per_slice)]}
                   for index in range(common["split"])],
    }


def _share_reads(taps: list[dict], pixels: list[dict]) -> None:
    """ComputeTiling.adjacent_rows: name each shared-memory texel a phase reads after its offset from
    ``at`` (``t<offset>``), so that the taps of all the thread's pixels that read it use one load: per
    tap, ``loads`` (the texels first read there) and ``names[pixel][group]`` (the register each
    pixel's product of input group ``group`` reads)."""
    seen = set()
    for tap in taps:
        tap["loads"], tap["names"] = [], []
        for pixel in pixels:
            names = {}
            for read in tap["reads"]:
                offset = read["offset"] + pixel["offset"]
                names[read["group"]] = f"t{offset}"
                if offset not in seen:
                    seen.add(offset)
                    tap["loads"].append({"name": f"t{offset}", "offset": offset})
            tap["names"].append(names)


def _load_rounds(area: int, threads: int) -> list[dict]:
    """The rounds in which a workgroup's threads cover its shared-memory tile: round r holds tile
    pixels r*threads + thread index (``partial``: the last round, where some threads have none)."""
    return [{"index": r, "offset": r * threads, "partial": (r + 1) * threads > area}
            for r in range(-(-area // threads))]


def _literal_taps(layer: Layer, blocks: np.ndarray, pass_groups: list[int], in_groups: range | list[int],
                  types: GlslTypes, area: int, shared_w: int, first_group: int = 0) -> list[dict]:
    """Per tap: the literal weights (mat4 or, for a plane, vec4), their lane columns, and the shared-
    memory reads (tile of input group g at (g - first_group) * area), skipping all-zero blocks."""
    plane = layer.scalar_input
    taps = []
    for ky, kx, dx, dy in _tap_offsets(layer):
        weights, sums = [], []
        for out_group in pass_groups:
            used = []
            for in_group in in_groups:
                block = blocks[ky, kx, in_group, out_group]
                values = block[0] if plane else block
                if not np.any(values):
                    continue
                used.append(in_group)
                kind = "vec4" if plane else "mat4"
                literal = (vec4_literal if plane else mat4_literal)(values, getattr(types, kind))
                columns = [] if plane else [
                    {"lane": "xyzw"[lane], "literal": vec4_literal(values[lane], types.vec4)}
                    for lane in range(LANES) if np.any(values[lane])]
                weights.append({"in_group": in_group, "out_group": out_group, "type": getattr(types, kind),
                                "literal": literal, "columns": columns})
            if used:
                columns = [{"in_group": w["in_group"], **column}
                           for w in weights if w["out_group"] == out_group for column in w["columns"]]
                sums.append({"out_group": out_group, "in_groups": used, "columns": columns})
        read_groups = sorted({g for entry in sums for g in entry["in_groups"]})
        if sums:
            taps.append({
                "dx": dx, "dy": dy, "weights": weights, "sums": sums,
                "reads": [{"group": g, "offset": (g - first_group) * area + ky * shared_w + kx}
                          for g in read_groups],
            })
    return taps


def _row_half_sums(taps: list[dict]) -> list[dict]:
    """half_sums "row": the taps of a kernel row add their float16 products to one float16 sum per
    output group, which the row's last tap with that group adds to the float accumulator. Marks each
    sum ``assign`` (it starts the row's sum) and ``widen`` (it ends it)."""
    marked = [{**tap, "sums": [dict(entry) for entry in tap["sums"]]} for tap in taps]
    for row in {tap["dy"] for tap in marked}:
        last = {}
        for tap in (tap for tap in marked if tap["dy"] == row):
            for entry in tap["sums"]:
                entry["assign"] = entry["out_group"] not in last
                entry["widen"] = False
                last[entry["out_group"]] = entry
        for entry in last.values():
            entry["widen"] = True
    return marked


def _compute_context(shader_pass: Pass, precision: Precision) -> dict:
    layer, tiling = shader_pass.layer, shader_pass.tiling
    types = precision.types
    common, group_view = _compute_common(shader_pass, types)
    shared_w, area = common["shared"]["w"], common["shared"]["area"]
    plane = layer.scalar_input
    in_groups = 1 if plane else layer.in_groups
    pass_groups = list(shader_pass.out_groups)
    blocks = _weight_blocks(layer, precision)
    taps = _literal_taps(layer, blocks, pass_groups, range(in_groups), types, area, shared_w)
    half_tile = tiling.half_tile and layer.source is not None  # the 3-plane input is not float16
    row_sums = precision.half_arithmetic and not plane and tiling.half_sums == "row"
    split = common["split"]
    threads = common["threads"]["count"]
    per_slice = len(pass_groups) // split
    slices = []
    for index in range(split):
        groups = set(pass_groups[index * per_slice:(index + 1) * per_slice])
        slice_taps = []
        for tap in taps:
            sums = [entry for entry in tap["sums"] if entry["out_group"] in groups]
            if not sums:
                continue
            read_groups = {g for entry in sums for g in entry["in_groups"]}
            slice_taps.append({**tap, "sums": sums,
                               "weights": [w for w in tap["weights"] if w["out_group"] in groups],
                               "reads": [r for r in tap["reads"] if r["group"] in read_groups]})
        if row_sums:
            slice_taps = _row_half_sums(slice_taps)
        slices.append({"index": index, "taps": slice_taps,
                       "out_groups": [group_view(g) for g in sorted(groups)]})
    return {
        **common,
        "slices": slices,
        "half_tile": half_tile,
        "tiles": tiling.tiles_down,
        # The prefetch of the next tile, round by round.
        "rounds": [{**entry, "fetches": [_group_fetch(layer, g, f"q{entry['index']}")
                                         for g in range(in_groups)]}
                   for entry in _load_rounds(area, threads)] if tiling.tiles_down > 1 else [],
        "plane": plane,
        "network_input": (layer.source is None and not plane) or common["network_input"],
        "shared": {**common["shared"], "size": area * in_groups},
        "in_groups": in_groups,
        "source": "HOOKED" if layer.source is None else layer.source.texture,
        "loads": [{"offset": f" + {g * area}" if g else "", "group": g, "area_offset": g * area,
                   "fetch": _group_fetch(layer, g)} for g in range(in_groups)],
        "taps": taps,
        "row_sums": row_sums,
    }
