"""Lowering: a network IR becomes a ShaderPlan (shader_plan.py): which IR nodes go into which pass,
how every stored tensor is laid out, which tiling each compute layer gets (tilings.py).

Python decides everything here; the templates only print the plan. The fusion rule is the one of
``shadergen.model.stages.fuse_stages``, so the tensors a shader stores (each one an rgba16f pass
output in libplacebo) are exactly those the fp16-storage reference rounds.

One *layer* is one stage: a convolution followed by per-pixel steps (activations, adds of
tensors stored earlier, the final depth-to-space clip).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np

from ..errors import ShadergenError
from ..model.ir import Activation, Add, AddUpsampled, Conv2D, DepthToSpace, Input, Network
from ..model.stages import fuse_stages
from ..mpv.limits import (
    MAX_BINDS,
    MAX_GROUP_THREADS,
    PORTABLE_GROUP_THREADS,
    SHARED_GUARANTEED,
    SHARED_LIMITS,
)
from ..planes import LUMA, PlaneLayout, plane_layout
from ..precision import FP32, Precision, precision_named
from .head_fold import FOLD_LINEAR_HEAD, fold_linear_head
from .identifiers import sanitize_identifier
from .pack import LANES
from .shader_plan import (
    COMPUTE_VARIANTS,
    HALF_SUMS,
    MATRIX_OPS,
    TENSOR_MATRIX,
    TENSOR_PIXELS_Y,
    WEIGHT_MODES,
    ComputeTiling,
    Layer,
    ShaderPlan,
    Step,
    Tensor,
    on_tensor_cores,
    stem_role,
    stem_shared_bytes,
)
from .tail_fold import FOLD_LINEAR_TAIL, fold_linear_tail
from .tensor_weights import tensor_eligible
from .tilings import (
    TENSOR_SHARED_LIMIT,
    TEXTURE_MAX_THREADS,
    default_tilings,
    small_frame_tiling,
    tensor_tilings,
    texture_tilings,
)

VARIANTS = ("fragment", "compute", "tensor")
# Weights as literals in the code ("code" placement): up to 32 filters (8 rgba groups keep a fragment
# pass at ≤ 1 + 8 + 7 BINDs, and the unrolled source small enough). Wider layers keep their weights in
# //!TEXTURE blocks ("texture" placement, texture_weights.py), up to MAX_FILTERS.
MAX_CODE_FILTERS = 32
MAX_FILTERS = 128
PLACEMENTS = ("code", "texture")
# The final layer's outputs are accumulators of its last pass, not textures: a colour ×4 model's
# 16 sub-pixel groups (64 lanes) fit, and do not count as the layer's width.
MAX_FINAL_LANES = 64
# A 7×7 kernel needs a 3-pixel halo; the compute tiles below still fit 32 KiB of shared memory.
MAX_KERNEL = 7
# Vulkan and GLES 3.1 guarantee 16 KiB of shared memory per workgroup (maxComputeSharedMemorySize);
# desktop GPUs have 32 KiB or more. Staying under 16 KiB keeps the compute variant portable (the
# official ArtCNN shaders do the same: 12×16 tiles of 16 filters = 16128 bytes).
SHARED_MEMORY_LIMIT = SHARED_GUARANTEED
# Threads per workgroup of a default tiling. Vulkan guarantees only 128 invocations per workgroup
# (maxComputeWorkGroupInvocations), but every desktop GPU and every libplacebo backend (OpenGL,
# Vulkan, D3D11) takes 1024, and the official ArtCNN compute shaders already use 12x16 = 192. 256 is
# also where `shadergen lint` starts to warn (old Mali and Raspberry Pi GPUs stop there). The
# 256-thread tilings measured faster on the H100 (bench/README.md).
MAX_THREADS = PORTABLE_GROUP_THREADS
# A tiling forced for benchmarks may use what OpenGL guarantees: 32 KiB and 1024 invocations.
FORCED_SHARED_MEMORY_LIMIT = SHARED_LIMITS["opengl4.5"]
FORCED_MAX_THREADS = MAX_GROUP_THREADS


def plan_shader(network: Network, variant: str = "compute", precision: str | Precision = FP32,
                source: str | None = None,
                tiling: ComputeTiling | Callable[[Layer], ComputeTiling | None] | None = None,
                planes: str | None = None, weights_in: str | None = None,
                matrix_ops: str = "cooperative", fold_tail: bool | None = None,
                fold_head: bool | None = None) -> ShaderPlan:
    """Plan ``network`` as a shader, or raise ShadergenError naming ``source`` (the weights file).

    ``tiling`` forces one compute tiling on every layer (for benchmarks), or, given a function of
    the layer, on the layers it returns one for; by default each layer
    gets the first of TILING_CANDIDATES (adapted to wide layers by _default_tilings) that fits its
    shared memory and thread limits. ``planes`` (ycbcr | rgb) says
    where a 3-channel 2x model runs (planes.py); luma and chroma models have one place.
    ``weights_in`` (code | texture) forces the weight placement; by default _placement picks it.
    ``matrix_ops`` (MATRIX_OPS) says how the tensor variant's passes write their matrix products.
    ``fold_tail`` (default FOLD_LINEAR_TAIL) folds a linear tail into the last pass (tail_fold.py)
    in the compute and tensor variants, weights in the code, luma models; ``fold_head`` (default: the
    variant is in FOLD_LINEAR_HEAD) the linear first layer into the second (head_fold.py), likewise.
    """
    where = source or network.name
    if variant not in VARIANTS:
        raise ShadergenError(f"{where}: unknown variant {variant!r} (expected one of {', '.join(VARIANTS)})")
    precision = precision_named(precision, where)
    if variant == "tensor" and not precision.half_arithmetic:
        raise ShadergenError(f"{where}: the tensor variant multiplies float16 values on tensor cores; "
                             f"it has no {precision.name} form (use --precision fp16)")
    if matrix_ops not in MATRIX_OPS:
        raise ShadergenError(f"{where}: unknown matrix_ops {matrix_ops!r} (expected one of "
                             f"{', '.join(MATRIX_OPS)})")
    model = sanitize_identifier(network.name)
    layout = plane_layout(network, planes, where).for_model(model)
    layers = _plan_layers(network, model, where, layout)
    placement, reason = _placement(layers, weights_in, where)
    texture = placement == "texture"
    if ((FOLD_LINEAR_TAIL if fold_tail is None else fold_tail) and variant in COMPUTE_VARIANTS
            and not texture and layout.name == "luma"):
        layers = fold_linear_tail(layers)
    if ((variant in FOLD_LINEAR_HEAD if fold_head is None else fold_head) and variant in COMPUTE_VARIANTS
            and not texture and layout.name == "luma"):
        layers = fold_linear_head(layers)
    for layer in layers:
        _check_limits(layer, where, "compute" if texture or variant in COMPUTE_VARIANTS else variant, layout,
                      placement)
    forced = tiling if callable(tiling) else (lambda layer: tiling)
    tensor = variant == "tensor"
    tilings = (tuple(_choose_tiling(layer, where, forced(layer), precision, texture, tensor)
                     for layer in layers) if variant in COMPUTE_VARIANTS else ())
    if tilings and any((t.weights == "texture") != texture for t in tilings if t.weights != "tensor"):
        raise ShadergenError(f"{where}: a forced tiling's weights mode does not match the {placement} "
                             "placement")
    if tilings:
        layers = _split_tensors(layers, tilings, planar=PLANAR_TENSORS and variant == "compute")
    small = tuple(small_frame_tiling(t) for t in tilings) if TENSOR_SMALL_FRAME_PIXELS else ()
    plan = ShaderPlan(network.name, model, variant, precision, tuple(layers), tilings, planes=layout,
                      weights_in=placement, placement_reason=reason, matrix_ops=matrix_ops,
                      inline_stem=tensor and TENSOR_INLINE_STEM and _stem_inlinable(layers, tilings, layout),
                      small_frame_tilings=small if any(small) else (),
                      small_frame_pixels=TENSOR_SMALL_FRAME_PIXELS if any(small) else 0,
                      border_pass=_border_pass_pays(layers[-1]))
    for shader_pass in plan.passes:
        if len(shader_pass.binds) > MAX_BINDS:
            raise ShadergenError(f"{where}: pass {shader_pass.desc} would need {len(shader_pass.binds)} "
                                 f"textures (mpv allows {MAX_BINDS})")
    return plan


# The tensor variant computes the first layer in the tensor passes that read its output, where they
# all can (_stem_inlinable) and it writes at least TENSOR_INLINE_STEM_CHANNELS channels or has one
# reader, instead of storing it. Measured on the H200 in libplacebo (bench/README.md, "Tensor cores",
# round 10): ArtCNN C4F32 2.565 -> 2.401 ms a 1080p frame (its 0.12 ms first pass gone, the pass
# reading it 0.440 -> 0.457, the skip add 0.538 -> 0.480); C4F16 0.713 either way (its first pass's
# 0.050 ms saved, 0.039 more in the pass that reads it and 0.010 in the skip add). With the tail
# folded (tail_fold.py, round 13) the skip add is gone and the first middle pass is its only reader:
# C4F16 0.735 -> 0.723 ms (0.049 + 0.113 -> 0.151).
TENSOR_INLINE_STEM = True
TENSOR_INLINE_STEM_CHANNELS = 32

# The compute variant's stored tensors as planes (Tensor.planar) instead of a cell of texels per pixel:
# a warp's store instruction then writes neighbouring texels, as the tensor files' row stores do
# (round 20: 11 % off a C4F32 tensor pass on Vulkan). Not timed on OpenGL yet (bench/opengl_probes.py,
# round 21); off until it is.
PLANAR_TENSORS = False

# Input pixels (luma) from which a tensor pass with two forms (tilings.small_frame_tiling) runs its
# usual one: between 1280x720 (0.92 M, where 4 tiles per workgroup win by 9 %) and 1920x1080 (2.07 M,
# where 8 win by 1 %). 0: one form only (the sweeps that time a tiling at every size).
TENSOR_SMALL_FRAME_PIXELS = 1_500_000


# A folded tail's border correction (tail_fold.py) gets a pass of its own (about 6000 pixels at
# 1080p), read by the last pass at the border, where the tensor before the last layer has at least
# BORDER_PASS_CHANNELS channels. Computed in the last pass, its code costs every pixel though it runs
# at the border only (C4F32's last pass 0.364 ms in libplacebo on the H200, 0.318 without it). Per
# 1080p frame on the H200, with the pass / without (bench/README.md, "Round 14"): C4F32 tensor
# 2.109 / 2.131 ms, compute fp16 3.092 / 3.120, compute fp32 3.575-3.582 / 3.576-3.578 (OpenGL
# 3.499-3.502 / 3.507-3.510); C4F16 tensor 0.660 / 0.652 (the pass, 0.013 ms, costs more than it saves).
BORDER_PASS = True
BORDER_PASS_CHANNELS = 32


def _border_pass_pays(final: Layer) -> bool:
    return (BORDER_PASS and final.edge_correction is not None
            and final.source.channels >= BORDER_PASS_CHANNELS)


def _stem_inlinable(layers: list[Layer], tilings: tuple[ComputeTiling, ...], layout: PlaneLayout) -> bool:
    """The first layer reads the luma plane with a kernel of at most 3x3 and no steps, writes whole
    16-channel blocks, at least TENSOR_INLINE_STEM_CHANNELS unless one layer reads it, and every
    layer reading its output is a one-pass tensor layer with resident weights and prefetched tiles
    that reads it once and has the shared memory to compute it."""
    stem = layers[0]
    channels = stem.kernel.shape[3]
    if not (stem.scalar_input and layout.name == "luma" and not stem.is_final and not stem.steps
            and stem.kernel_size ** 2 < TENSOR_MATRIX and channels % TENSOR_MATRIX == 0):
        return False
    readers = [(layer, tiling) for layer, tiling in zip(layers, tilings, strict=True)
               if stem_role(stem.output, layer)]
    if channels < TENSOR_INLINE_STEM_CHANNELS and len(readers) != 1:
        return False
    return bool(readers) and all(_computes_stem(layer, tiling, stem) for layer, tiling in readers)


def _computes_stem(layer: Layer, tiling: ComputeTiling, stem: Layer) -> bool:
    reads = (layer.source == stem.output) + list(layer.add_operands).count(stem.output)
    if not (on_tensor_cores(tiling) and reads == 1 and tiling.passes(layer) == 1 and tiling.prefetch
            and tiling.tiles_down > 1 and tiling.chunk(layer) == layer.in_groups):
        return False
    extra = stem_shared_bytes(layer, tiling, stem_role(stem.output, layer), stem.kernel.shape[3])
    return tiling.shared_bytes(layer) + extra <= TENSOR_SHARED_LIMIT


def _split_tensors(layers: list[Layer], tilings: tuple[ComputeTiling, ...],
                   planar: bool = False) -> list[Layer]:
    """The layers again, each stored tensor in as many parts as passes compute it (as planes:
    ``planar``, Tensor.planar)."""
    renamed = {layer.output: dataclasses.replace(layer.output, parts=tiling.passes(layer), planar=planar)
               for layer, tiling in zip(layers, tilings, strict=True) if layer.output is not None}

    def step(item: Step) -> Step:
        return dataclasses.replace(item, operand=renamed[item.operand]) if item.operand else item

    return [dataclasses.replace(layer, source=renamed.get(layer.source), output=renamed.get(layer.output),
                                steps=tuple(step(item) for item in layer.steps)) for layer in layers]


def _plan_layers(network: Network, model: str, where: str, layout: PlaneLayout) -> list[Layer]:
    stages = fuse_stages(network)
    tensors = {
        stage.output: Tensor(stage.output, f"{model}_L{index}", network.shapes[stage.output].channels)
        for index, stage in enumerate(stages)
    }
    layers = []
    for index, stage in enumerate(stages):
        head = stage.head
        if not isinstance(head, Conv2D):
            raise ShadergenError(
                f"{where}: layer {sanitize_identifier(head.name)} ({type(head).__name__}) does not follow a "
                "convolution it could be fused into; this graph cannot become a shader"
            )
        is_last = index == len(stages) - 1
        if not is_last and not network.consumers(stage.output):
            raise ShadergenError(f"{where}: layer {sanitize_identifier(stage.output)} is never used")
        if is_last and stage.output != network.output:
            raise ShadergenError(f"{where}: the network output is not the last stage")
        steps, depth_to_space = _steps(stage.nodes, head, tensors, network, where, layout)
        source = None if isinstance(network.node(head.source), Input) else tensors[head.source]
        kernel, bias = head.kernel, head.bias
        if is_last:
            kernel, bias, order = _final_channels(network, head, depth_to_space, where, layout)
            if order is not None:  # per-channel activation parameters follow their channels
                steps = tuple(dataclasses.replace(step, activation=step.activation.reordered(order))
                              if step.activation else step for step in steps)
        layers.append(Layer(
            index=index,
            name="_".join(sanitize_identifier(node.name, "layer") for node in stage.nodes),
            kernel=kernel, bias=bias, source=source, steps=steps,
            output=None if is_last else tensors[stage.output],
        ))
    return layers


def _steps(nodes, head: Conv2D, tensors: dict[str, Tensor], network: Network, where: str,
           layout: PlaneLayout):
    steps: list[Step] = []
    if not head.activation.is_linear:
        steps.append(Step("activation", head.activation))
    depth_to_space = None
    running = head.name
    for node in nodes[1:]:
        name = sanitize_identifier(node.name, "layer")
        if isinstance(node, Activation):
            if not node.activation.is_linear:
                steps.append(Step("activation", node.activation))
        elif isinstance(node, AddUpsampled):
            if (not isinstance(network.node(node.residual), Input) or node.factor != layout.scale
                    or node.name != network.output):
                raise ShadergenError(f"{where}: layer {name}: only the network input, upsampled to the "
                                     "output, may be added to the output; not supported")
            steps.append(Step("residual"))
        elif isinstance(node, Add):
            if depth_to_space is not None:
                raise ShadergenError(f"{where}: layer {name} adds after the depth-to-space; not supported")
            for operand in node.inputs:
                if operand == running:
                    continue
                if operand not in tensors:
                    raise ShadergenError(f"{where}: layer {name} adds the network input; not supported")
                steps.append(Step("add", operand=tensors[operand]))
        elif isinstance(node, DepthToSpace):
            depth_to_space = node
            if node.clip:
                steps.append(Step("clip"))
        else:
            raise ShadergenError(f"{where}: layer {name} ({type(node).__name__}) cannot be fused")
        running = node.name
    if depth_to_space is None and running == network.output and layout.scale != 1:
        raise ShadergenError(
            f"{where}: the network does not end with a depth-to-space; only upscalers that do can "
            "become shaders for now"
        )
    if depth_to_space is not None and running != network.output:
        raise ShadergenError(f"{where}: layer {sanitize_identifier(depth_to_space.name)}: depth-to-space "
                             "must be the last layer")
    return tuple(steps), depth_to_space


def _final_channels(network: Network, conv: Conv2D, depth_to_space: DepthToSpace | None, where: str,
                    layout: PlaneLayout = LUMA):
    """The final conv's outputs in the order the last pass writes them (kernel, bias, and the source
    channel of each output lane, -1 for a zero lane; None when the order is unchanged).

    Depth-to-space by s puts sub-pixel (dx, dy) of channel c in input channel (s·dy + dx)·C + c (DCR)
    or c·s² + s·dy + dx (CRD). Luma (C = 1): lane k (of group k / 4) is sub-pixel k = s·dy + dx in
    both orders, so the kernel stays as it is. Colour (C = 3): group k (channels 4k..4k+3) is
    sub-pixel k, its lanes the 3 planes and a zero. A chroma model has no depth-to-space: its 2
    channels are (Cb, Cr).
    """
    name = sanitize_identifier(depth_to_space.name if depth_to_space else conv.name, "layer")
    if layout.name == "chroma":
        if depth_to_space is not None:
            raise ShadergenError(f"{where}: layer {name}: a chroma model cannot end with a depth-to-space")
        return conv.kernel, conv.bias, None
    block = 1 if depth_to_space is None else depth_to_space.block
    if block != layout.scale or network.scale != layout.scale:
        raise ShadergenError(f"{where}: layer {name}: only a {layout.scale}x depth-to-space output is "
                             "supported")
    if layout.out_channels == 1:
        return conv.kernel, conv.bias, None
    planes, area = layout.out_channels, block * block
    order = []  # source channel of each output lane, -1 for the zero lanes
    for sub in range(area):
        for lane in range(LANES):
            if lane >= planes:
                order.append(-1)
            elif depth_to_space is None or depth_to_space.order == "CRD":
                order.append(lane * area + sub)
            else:
                order.append(sub * planes + lane)
    kernel = np.zeros(conv.kernel.shape[:3] + (len(order),), np.float32)
    bias = np.zeros(len(order), np.float32)
    for target, channel in enumerate(order):
        if channel >= 0:
            kernel[..., target] = conv.kernel[..., channel]
            bias[target] = conv.bias[channel]
    return kernel, bias, order


def _width(layer: Layer) -> int:
    """The channels a layer's weights span: inputs and outputs, except a final layer's output lanes
    and the luma group a folded tail appends."""
    in_channels = layer.source.channels if layer.appends_plane else layer.kernel.shape[2]
    out_channels = layer.kernel.shape[3]
    if layer.is_final and out_channels <= MAX_FINAL_LANES:
        return in_channels
    return max(in_channels, out_channels)


def _widest(layers: list[Layer]) -> int:
    return max(_width(layer) for layer in layers)


def _placement(layers: list[Layer], weights_in: str | None, where: str) -> tuple[str, str]:
    """(placement, why): literals in the code up to MAX_CODE_FILTERS filters, a texture for wider
    networks, or what ``weights_in`` forces."""
    widest = _widest(layers)
    if weights_in is not None:
        if weights_in not in PLACEMENTS:
            raise ShadergenError(f"{where}: unknown weight placement {weights_in!r} (expected one of "
                                 f"{', '.join(PLACEMENTS)})")
        return weights_in, f"forced with --weights-in {weights_in}"
    if widest > MAX_CODE_FILTERS:
        return "texture", (f"the widest layer has {widest} channels, more than the {MAX_CODE_FILTERS} "
                           "that unrolled literals keep small and fast")
    return "code", f"every layer has at most {MAX_CODE_FILTERS} channels: unrolled literals are fastest"


def _check_limits(layer: Layer, where: str, variant: str, layout: PlaneLayout = LUMA,
                  placement: str = "code") -> None:
    name = layer.name
    out_channels = layer.kernel.shape[3]
    widest = _width(layer)
    if widest > MAX_FILTERS:
        raise ShadergenError(f"{where}: layer {name} has {widest} channels; shaders support at most "
                             f"{MAX_FILTERS} filters per layer")
    if placement == "code" and widest > MAX_CODE_FILTERS:
        raise ShadergenError(f"{where}: layer {name} has {widest} channels; weights in the code support "
                             f"at most {MAX_CODE_FILTERS} filters per layer (use --weights-in texture)")
    if layer.kernel_size > MAX_KERNEL:
        raise ShadergenError(
            f"{where}: layer {name} has a {layer.kernel_size}x{layer.kernel_size} kernel; at most "
            f"{MAX_KERNEL}x{MAX_KERNEL} is supported"
        )
    for operand in layer.add_operands:
        if operand.channels != out_channels:
            raise ShadergenError(f"{where}: layer {name} adds tensors of different widths")
    binds = 1 + (layer.in_groups if variant == "fragment" and layer.source else 1) + len(layer.add_operands)
    binds += (layer.adds_input and variant == "compute" and layer.source is not None) or layer.appends_plane
    binds += len(layout.extra_binds)
    if binds > MAX_BINDS:
        raise ShadergenError(f"{where}: layer {name} would need {binds} textures in one pass (mpv allows "
                             f"{MAX_BINDS})")


def _choose_tiling(layer: Layer, where: str, forced: ComputeTiling | None,
                   precision: Precision = FP32, texture: bool = False, tensor: bool = False) -> ComputeTiling:
    if tensor and tensor_eligible(layer):
        # Only NVIDIA GPUs run these passes: their 48 KiB of shared memory and 1024 invocations.
        candidates = (forced,) if forced is not None else tensor_tilings(layer, one_pass=texture)
        return _first_fitting(layer, where, candidates, TENSOR_SHARED_LIMIT, FORCED_MAX_THREADS)
    if forced is None and texture:
        return _first_fitting(layer, where, texture_tilings(layer), FORCED_SHARED_MEMORY_LIMIT,
                              TEXTURE_MAX_THREADS)
    if forced is None:
        candidates = default_tilings(layer, precision)
        shared_limit, thread_limit = SHARED_MEMORY_LIMIT, MAX_THREADS
    else:
        candidates, shared_limit, thread_limit = (forced,), FORCED_SHARED_MEMORY_LIMIT, FORCED_MAX_THREADS
    if layer.appends_plane and not precision.half_arithmetic:
        # A packed-half tile is exact for stored tensors (rgba16f), not for the luma plane a folded
        # tail appends: float files keep that layer's tile float.
        candidates = tuple(dataclasses.replace(tiling, half_tile=False) for tiling in candidates)
    return _first_fitting(layer, where, candidates, shared_limit, thread_limit)


def _first_fitting(layer: Layer, where: str, candidates, shared_limit: int,
                   thread_limit: int) -> ComputeTiling:
    for tiling in candidates:
        if tiling.weights not in WEIGHT_MODES:
            raise ShadergenError(f"{where}: unknown weights mode {tiling.weights!r} (expected one of "
                                 f"{', '.join(WEIGHT_MODES)})")
        if tiling.half_sums not in HALF_SUMS:
            raise ShadergenError(f"{where}: unknown half_sums {tiling.half_sums!r} (expected one of "
                                 f"{', '.join(HALF_SUMS)})")
        if tiling.half_sums in ("phase", "row") and (tiling.half_sums == "phase") != tiling.phased(layer):
            raise ShadergenError(f"{where}: layer {layer.name}: half_sums {tiling.half_sums!r} is for "
                                 f"{'phased' if tiling.half_sums == 'phase' else 'unphased'} tilings")
        if tiling.weights == "tensor" and not (
                tensor_eligible(layer) and tiling.tile_w == TENSOR_MATRIX
                and tiling.pixels_x == 1 and tiling.pixels_y in TENSOR_PIXELS_Y
                and tiling.tile_h % tiling.tensor_rows == 0
                and layer.kernel.shape[3] // tiling.passes(layer) % TENSOR_MATRIX == 0
                and tiling.chunk(layer) % (TENSOR_MATRIX // LANES) == 0):
            raise ShadergenError(f"{where}: layer {layer.name}: a tensor tiling needs 16-channel blocks in "
                                 "and out and per phase, a stored input, 16-pixel-wide tiles, 1 pixel per "
                                 "thread across and 1 or 2 down, a height of whole subgroups")
        if tiling.tile_w % tiling.pixels_x or tiling.tile_h % tiling.pixels_y:
            raise ShadergenError(f"{where}: tile {tiling.tile_w}x{tiling.tile_h} is not a multiple of "
                                 f"{tiling.pixels_x}x{tiling.pixels_y} pixels per thread")
        threads = tiling.threads_x * tiling.threads_y * tiling.split(layer)
        if tiling.shared_bytes(layer) <= shared_limit and threads <= thread_limit:
            return tiling
    raise ShadergenError(f"{where}: layer {layer.name}: no compute tile fits {shared_limit} bytes of "
                         f"shared memory and {thread_limit} threads")

