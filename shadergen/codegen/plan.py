"""The pass planner: which IR nodes go into which pass, how every stored tensor is laid out.

Python decides everything here; the templates only print the plan. The fusion rule is the one of
``shadergen.model.stages.fuse_stages``, so the tensors a shader stores (each one an rgba16f pass
output in libplacebo) are exactly those the fp16-storage reference rounds.

One *layer* is one stage: a convolution followed by per-pixel steps (activations, adds of
tensors stored earlier, the final depth-to-space clip). The variants differ in how a layer becomes
passes:

* fragment: one pass per output group of 4 channels, each group its own W×H texture, plus one
  pass at 2W×2H for the final layer (it computes the 4 sub-pixel channels and keeps its own);
* compute: one pass per layer; all groups of a tensor live in one texture, group ``g`` of pixel
  ``(x, y)`` at texel ``(x·gx + g % gx, y·gy + g // gx)`` (the official ArtCNN layout: a pixel's
  groups are neighbours, so the tile loads of one pixel hit one cache line).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import ShadergenError
from ..model.ir import Activation, Add, Conv2D, DepthToSpace, Input, Network
from ..model.stages import fuse_stages
from .identifiers import sanitize_identifier
from .pack import group_count

VARIANTS = ("fragment", "compute")
PRECISIONS = ("fp32", "fp16")
# Larger models need the weights out of the source (textures/buffers) and a different tiling: a
# later issue. 32 filters = 8 rgba groups, which keeps a fragment pass at ≤ 1 + 8 + 7 BINDs.
MAX_FILTERS = 32
# A 7×7 kernel needs a 3-pixel halo; the compute tiles below still fit 32 KiB of shared memory.
MAX_KERNEL = 7
UPSCALE = 2  # the only upscaling this issue handles: a 2× depth-to-space at the very end
MAX_BINDS = 16  # mpv and libplacebo: at most 16 BIND directives per pass (mpv-hooks.md §1.1)
# Vulkan and GLES 3.1 guarantee 16 KiB of shared memory per workgroup (maxComputeSharedMemorySize);
# desktop GPUs have 32 KiB or more. Staying under 16 KiB keeps the compute variant portable (the
# official ArtCNN shaders do the same: 12×16 tiles of 16 filters = 16128 bytes).
SHARED_MEMORY_LIMIT = 16384
# Vulkan guarantees only 128 invocations per workgroup (maxComputeWorkGroupInvocations).
MAX_THREADS = 128
# A tiling forced for benchmarks may use what OpenGL guarantees: 32 KiB and 1024 invocations.
FORCED_SHARED_MEMORY_LIMIT = 32768
FORCED_MAX_THREADS = 1024
FP32_TEXEL_BYTES = 16  # a vec4 in shared memory; the fp16 path halves it, the fp32 fallback does not
FP32_SCALAR_BYTES = 4  # the 1-channel input plane is tiled as floats


@dataclass(frozen=True)
class Tensor:
    """A stored stage output: one texture (compute) or one texture per group (fragment)."""

    node: str  # IR name of the stage output
    texture: str  # sanitised base name of its texture(s)
    channels: int

    @property
    def groups(self) -> int:
        return group_count(self.channels)

    @property
    def grid(self) -> tuple[int, int]:
        """Compute layout: groups tiled gx × gy per pixel, as square as a row-major fill allows."""
        rows = math.isqrt(self.groups)
        return -(-self.groups // rows), rows

    def group_texture(self, group: int) -> str:
        return f"{self.texture}_{group}"


@dataclass(frozen=True)
class Step:
    """A per-pixel operation after the convolution: ``activation``, ``add`` or ``clip`` (to [0, 1])."""

    kind: str
    activation: str = "linear"
    operand: Tensor | None = None


@dataclass(frozen=True, eq=False)
class Layer:
    index: int
    name: str  # sanitised name of the stage's nodes, for DESC
    kernel: np.ndarray  # HWIO; for the final layer, output channel k is sub-pixel k = 2·dy + dx
    bias: np.ndarray
    source: Tensor | None  # None: the 1-channel input plane (HOOKED)
    steps: tuple[Step, ...]
    output: Tensor | None  # None: the final layer, which writes the 2× plane

    @property
    def kernel_size(self) -> int:
        return self.kernel.shape[0]

    @property
    def radius(self) -> int:
        return self.kernel_size // 2

    @property
    def in_groups(self) -> int:
        return group_count(self.kernel.shape[2])

    @property
    def out_groups(self) -> int:
        return group_count(self.kernel.shape[3])

    @property
    def is_final(self) -> bool:
        return self.output is None

    @property
    def add_operands(self) -> tuple[Tensor, ...]:
        return tuple(step.operand for step in self.steps if step.kind == "add")


@dataclass(frozen=True)
class ComputeTiling:
    """One workgroup covers ``tile_w × tile_h`` low-resolution pixels; each thread computes
    ``pixels_x × pixels_y`` of them (strided by the thread count, so neighbouring threads read
    neighbouring shared-memory words) and every output group of each."""

    tile_w: int
    tile_h: int
    pixels_x: int
    pixels_y: int

    @property
    def threads_x(self) -> int:
        return self.tile_w // self.pixels_x

    @property
    def threads_y(self) -> int:
        return self.tile_h // self.pixels_y

    def shared_bytes(self, layer: Layer) -> int:
        halo = 2 * layer.radius
        per_pixel = FP32_SCALAR_BYTES if layer.source is None else FP32_TEXEL_BYTES * layer.in_groups
        return (self.tile_w + halo) * (self.tile_h + halo) * per_pixel


# Tried in order; the first whose input tile fits SHARED_MEMORY_LIMIT wins: 16×16 pixels for F ≤ 8,
# 16×12 for F ≤ 16, 8×8 for F ≤ 32 (3×3 kernels). Two pixels per thread where the tile allows.
TILING_CANDIDATES = (
    ComputeTiling(16, 16, 2, 1),
    ComputeTiling(16, 12, 2, 1),
    ComputeTiling(16, 8, 2, 1),
    ComputeTiling(8, 8, 1, 1),
    ComputeTiling(8, 4, 1, 1),
    ComputeTiling(4, 4, 1, 1),
)


# Like the official ArtCNN shaders: run only when mpv upscales by more than 1.3× in either direction.
WHEN_UPSCALING = "OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *"
HOOK_STAGE = "LUMA"


@dataclass(frozen=True, eq=False)
class Pass:
    """One ``//!`` block: its directives and the part of a layer it computes."""

    desc: str
    binds: tuple[str, ...]
    save: str | None  # None: overwrite LUMA (the final pass)
    width: str  # RPN
    height: str
    layer: Layer
    group: int | None = None  # fragment: the output group this pass writes
    tiling: ComputeTiling | None = None
    grid: tuple[int, int] = (1, 1)  # compute: the output texture holds gx × gy texels per pixel

    @property
    def components(self) -> int | None:
        """4 for every saved texture. The old --vo=gpu zeroes the channels of a fragment pass's
        output beyond COMPONENTS, which defaults to the hooked plane's (1 for LUMA), keeping only .x
        (mpv-hooks.md §3.6); libplacebo treats it as metadata. The final pass writes luma: default."""
        return None if self.save is None else 4

    @property
    def compute_size(self) -> tuple[int, int, int, int] | None:
        """``//!COMPUTE bw bh tw th``: bw × bh output texels per workgroup, tw × th threads."""
        if self.tiling is None:
            return None
        scale_x, scale_y = (UPSCALE, UPSCALE) if self.layer.is_final else self.grid
        return (self.tiling.tile_w * scale_x, self.tiling.tile_h * scale_y,
                self.tiling.threads_x, self.tiling.threads_y)


@dataclass(frozen=True, eq=False)
class ShaderPlan:
    network_name: str
    model: str  # sanitised network name
    variant: str
    precision: str
    layers: tuple[Layer, ...]
    tilings: tuple[ComputeTiling, ...] = ()  # per layer, compute only

    @property
    def final(self) -> Layer:
        return self.layers[-1]

    @property
    def passes(self) -> list[Pass]:
        if self.variant == "compute":
            pairs = zip(self.layers, self.tilings, strict=True)
            return [_compute_pass(self, layer, tiling) for layer, tiling in pairs]
        return [_fragment_pass(self, layer, group)
                for layer in self.layers
                for group in ([None] if layer.is_final else range(layer.out_groups))]


def _scaled(axis: str, factor: int) -> str:
    return f"HOOKED.{axis}" if factor == 1 else f"HOOKED.{axis} {factor} *"


def _fragment_pass(plan: ShaderPlan, layer: Layer, group: int | None) -> Pass:
    binds = ["HOOKED"]
    if layer.source is not None:
        binds += [layer.source.group_texture(g) for g in range(layer.in_groups)]
    out_group = 0 if group is None else group
    binds += [operand.group_texture(out_group) for operand in layer.add_operands]
    scale = UPSCALE if layer.is_final else 1
    what = "output" if layer.is_final else f"group {group}"
    return Pass(
        desc=f"{plan.model} fragment {layer.name} {what}",
        binds=tuple(binds),
        save=None if layer.is_final else layer.output.group_texture(group),
        width=_scaled("w", scale), height=_scaled("h", scale), layer=layer, group=group,
    )


def _compute_pass(plan: ShaderPlan, layer: Layer, tiling: ComputeTiling) -> Pass:
    binds = ["HOOKED" if layer.source is None else layer.source.texture]
    binds += [operand.texture for operand in layer.add_operands]
    grid = (UPSCALE, UPSCALE) if layer.is_final else layer.output.grid
    return Pass(
        desc=f"{plan.model} compute {layer.name}",
        binds=tuple(binds),
        save=None if layer.is_final else layer.output.texture,
        width=_scaled("w", grid[0]), height=_scaled("h", grid[1]), layer=layer, tiling=tiling,
        grid=(1, 1) if layer.is_final else grid,
    )


def plan_shader(network: Network, variant: str = "compute", precision: str = "fp32",
                source: str | None = None, tiling: ComputeTiling | None = None) -> ShaderPlan:
    """Plan ``network`` as a shader, or raise ShadergenError naming ``source`` (the weights file).

    ``tiling`` forces one compute tiling on every layer (for benchmarks); by default each layer
    gets the first of TILING_CANDIDATES that fits its shared memory.
    """
    where = source or network.name
    if variant not in VARIANTS:
        raise ShadergenError(f"{where}: unknown variant {variant!r} (expected one of {', '.join(VARIANTS)})")
    if precision not in PRECISIONS:
        raise ShadergenError(f"{where}: unknown precision {precision!r} (expected {', '.join(PRECISIONS)})")
    if network.in_channels != 1:
        raise ShadergenError(
            f"{where}: the network takes {network.in_channels} input channels; only 1-channel (luma) "
            "models can become shaders for now (colour and chroma models come with a later issue)"
        )
    model = sanitize_identifier(network.name)
    layers = _plan_layers(network, model, where)
    for layer in layers:
        _check_limits(layer, where, variant)
    tilings = tuple(_choose_tiling(layer, where, tiling) for layer in layers) if variant == "compute" else ()
    return ShaderPlan(network.name, model, variant, precision, tuple(layers), tilings)


def _plan_layers(network: Network, model: str, where: str) -> list[Layer]:
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
        steps, depth_to_space = _steps(stage.nodes, head, tensors, network, where)
        source = None if isinstance(network.node(head.source), Input) else tensors[head.source]
        kernel, bias = head.kernel, head.bias
        if is_last:
            kernel, bias = _final_channels(network, head, depth_to_space, where)
        layers.append(Layer(
            index=index,
            name="_".join(sanitize_identifier(node.name, "layer") for node in stage.nodes),
            kernel=kernel, bias=bias, source=source, steps=steps,
            output=None if is_last else tensors[stage.output],
        ))
    return layers


def _steps(nodes, head: Conv2D, tensors: dict[str, Tensor], network: Network, where: str):
    steps: list[Step] = []
    if head.activation != "linear":
        steps.append(Step("activation", head.activation))
    depth_to_space = None
    running = head.name
    for node in nodes[1:]:
        name = sanitize_identifier(node.name, "layer")
        if isinstance(node, Activation):
            if node.activation != "linear":
                steps.append(Step("activation", node.activation))
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
    if depth_to_space is None and running == network.output:
        raise ShadergenError(
            f"{where}: the network does not end with a 2x depth-to-space; only 2x luma upscalers can "
            "become shaders for now"
        )
    if depth_to_space is not None and running != network.output:
        raise ShadergenError(f"{where}: layer {sanitize_identifier(depth_to_space.name)}: depth-to-space "
                             "must be the last layer")
    return tuple(steps), depth_to_space


def _final_channels(network: Network, conv: Conv2D, depth_to_space: DepthToSpace | None, where: str):
    """The final conv's outputs: lane k must be output sub-pixel k = 2·dy + dx.

    Depth-to-space puts sub-pixel (dx, dy) of channel c in input channel (block·dy + dx)·C + c (DCR)
    or c·block² + block·dy + dx (CRD); with C = 1 both are 2·dy + dx, so the kernel stays as it is.
    """
    name = sanitize_identifier(depth_to_space.name if depth_to_space else conv.name, "layer")
    if depth_to_space is None or depth_to_space.block != UPSCALE or network.scale != UPSCALE:
        raise ShadergenError(f"{where}: layer {name}: only a 2x depth-to-space output is supported")
    if network.out_channels != 1:
        raise ShadergenError(
            f"{where}: the network outputs {network.out_channels} channels; only 1-channel (luma) "
            "output is supported for now (colour models come with a later issue)"
        )
    return conv.kernel, conv.bias


def _check_limits(layer: Layer, where: str, variant: str) -> None:
    name = layer.name
    in_channels, out_channels = layer.kernel.shape[2], layer.kernel.shape[3]
    if max(in_channels, out_channels) > MAX_FILTERS:
        raise ShadergenError(
            f"{where}: layer {name} has {max(in_channels, out_channels)} channels; shaders support at most "
            f"{MAX_FILTERS} filters per layer for now (larger models come with a later issue)"
        )
    if layer.kernel_size > MAX_KERNEL:
        raise ShadergenError(
            f"{where}: layer {name} has a {layer.kernel_size}x{layer.kernel_size} kernel; at most "
            f"{MAX_KERNEL}x{MAX_KERNEL} is supported"
        )
    for operand in layer.add_operands:
        if operand.channels != out_channels:
            raise ShadergenError(f"{where}: layer {name} adds tensors of different widths")
    binds = 1 + (layer.in_groups if variant == "fragment" and layer.source else 1) + len(layer.add_operands)
    if binds > MAX_BINDS:
        raise ShadergenError(f"{where}: layer {name} would need {binds} textures in one pass (mpv allows "
                             f"{MAX_BINDS})")


def _choose_tiling(layer: Layer, where: str, forced: ComputeTiling | None) -> ComputeTiling:
    if forced is None:
        candidates, shared_limit, thread_limit = TILING_CANDIDATES, SHARED_MEMORY_LIMIT, MAX_THREADS
    else:
        candidates, shared_limit, thread_limit = (forced,), FORCED_SHARED_MEMORY_LIMIT, FORCED_MAX_THREADS
    for tiling in candidates:
        if tiling.tile_w % tiling.pixels_x or tiling.tile_h % tiling.pixels_y:
            raise ShadergenError(f"{where}: tile {tiling.tile_w}x{tiling.tile_h} is not a multiple of "
                                 f"{tiling.pixels_x}x{tiling.pixels_y} pixels per thread")
        threads = tiling.threads_x * tiling.threads_y
        if tiling.shared_bytes(layer) <= shared_limit and threads <= thread_limit:
            return tiling
    raise ShadergenError(f"{where}: layer {layer.name}: no compute tile fits {shared_limit} bytes of "
                         f"shared memory and {thread_limit} threads")
