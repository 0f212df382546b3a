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

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import ShadergenError
from ..model.ir import Activation, Add, Conv2D, DepthToSpace, Input, Network
from ..model.stages import fuse_stages
from ..mpv.limits import (
    MAX_BINDS,
    MAX_GROUP_THREADS,
    PORTABLE_GROUP_THREADS,
    SHARED_GUARANTEED,
    SHARED_LIMITS,
)
from .identifiers import sanitize_identifier
from .pack import LANES, group_count
from .planes import LUMA, PlaneLayout, plane_layout

VARIANTS = ("fragment", "compute")
PRECISIONS = ("fp32", "fp16")
# Larger models need the weights out of the source (textures/buffers) and a different tiling: a
# later issue. 32 filters = 8 rgba groups, which keeps a fragment pass at ≤ 1 + 8 + 7 BINDs.
MAX_FILTERS = 32
# A 7×7 kernel needs a 3-pixel halo; the compute tiles below still fit 32 KiB of shared memory.
MAX_KERNEL = 7
UPSCALE = 2  # the only upscaling this issue handles: a 2× depth-to-space at the very end
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
FP32_TEXEL_BYTES = 16  # a vec4 in shared memory; the fp16 path halves it, the fp32 fallback does not
FP32_SCALAR_BYTES = 4  # the 1-channel input plane is tiled as floats


@dataclass(frozen=True)
class Tensor:
    """A stored stage output: one texture per group (fragment), or ``parts`` textures (compute), part
    ``k`` holding groups ``k·n .. k·n + n - 1`` (n = groups / parts), one compute pass writing each."""

    node: str  # IR name of the stage output
    texture: str  # sanitised base name of its texture(s)
    channels: int
    parts: int = 1

    @property
    def groups(self) -> int:
        return group_count(self.channels)

    @property
    def part_groups(self) -> int:
        return self.groups // self.parts

    @property
    def grid(self) -> tuple[int, int]:
        """Compute layout of each part: its groups tiled gx × gy per pixel, as square as a row-major
        fill allows."""
        rows = math.isqrt(self.part_groups)
        return -(-self.part_groups // rows), rows

    def group_texture(self, group: int) -> str:
        return f"{self.texture}_{group}"

    def part_range(self, part: int) -> range:
        """The groups part ``part`` holds."""
        return range(part * self.part_groups, (part + 1) * self.part_groups)

    def part_texture(self, part: int) -> str:
        return self.texture if self.parts == 1 else f"{self.texture}p{part}"

    def locate(self, group: int) -> tuple[str, tuple[int, int]]:
        """Compute layout: the texture holding ``group`` and its texel within a pixel's grid cell."""
        part, index = divmod(group, self.part_groups)
        return self.part_texture(part), (index % self.grid[0], index // self.grid[0])


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
    source: Tensor | None  # None: the network input (the luma plane, or 3 planes: network_input())
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

    @property
    def scalar_input(self) -> bool:
        """Reads the 1-channel luma plane (a float per pixel); colour inputs are a vec4 per pixel."""
        return self.source is None and self.kernel.shape[2] == 1


# How a compute pass's weights reach its multiply-adds (ComputeTiling.weights):
# * "literal": every tap unrolled, each weight a literal in the code (no loop, no index);
# * "array_tap": the weights in a const array, a loop over the taps, each tap's blocks unrolled;
# * "array_group": the same, the loop over taps × input groups (the smallest code);
# * "phased": literal weights, but the input tile is loaded and used ``chunk_groups`` input groups
#   at a time (phases between barriers), so a workgroup's threads run one phase's code at a time
#   (stored inputs only; other layers fall back to "literal").
WEIGHT_MODES = ("literal", "array_tap", "array_group", "phased")
PRODUCT_FORMS = ("matrix", "lanes")
SCALAR_HALF_BYTES = 2  # a half-float channel in a packed (packHalf2x16) shared tile


@dataclass(frozen=True)
class ComputeTiling:
    """One workgroup covers ``tile_w × tile_h`` low-resolution pixels; each thread computes
    ``pixels_x × pixels_y`` of them (strided by the thread count, so neighbouring threads read
    neighbouring shared-memory words) and every output group of each.

    ``weights`` is one of WEIGHT_MODES. ``half_tile`` keeps a stored tensor's tile in shared memory
    as packed float16 (packHalf2x16): exact, since stored tensors are rgba16f already, and half the
    bytes (bigger tiles fit); the 1-channel input plane stays float."""

    tile_w: int
    tile_h: int
    pixels_x: int
    pixels_y: int
    weights: str = "literal"
    half_tile: bool = False
    out_split: int = 1  # thread slices over the output groups (literal weights only), see split()
    interior_load: bool = False  # workgroups away from the frame border load their tile unclamped
    # literal weights only: "matrix" adds each tap's sum of mat4 x vec4 products to the
    # accumulators; "lanes" adds one weight column times one input lane at a time (acc += w * v.x),
    # so every weight is exactly one fused multiply-add into the accumulator.
    products: str = "matrix"
    # Passes per layer, each computing out_groups / pass_split of its output groups into a texture of
    # its own (Tensor.parts). Every workgroup of a pass then runs the same code: thread slices of one
    # pass run different code at once, and on the H100 that cost 40 % of a C4F32 32->32 layer.
    pass_split: int = 1
    # Tiles one workgroup computes, one below the other: while it computes a tile, the texel fetches
    # of the next one are in flight (then a barrier, the prefetched texels go to shared memory, and
    # a barrier), so their latency hides behind the multiply-adds.
    tiles_down: int = 1
    # "phased": input groups per phase, and whether the next phase's texels are fetched into
    # registers before this phase's multiply-adds (their latency then hides behind them).
    chunk_groups: int = 1
    prefetch: bool = False

    def phased(self, layer: Layer) -> bool:
        """Whether ``layer`` loads its input tile a chunk of input groups at a time (literal weights)."""
        return self.weights == "phased" and layer.source is not None

    def passes(self, layer: Layer) -> int:
        """How many passes compute ``layer``: the final layer and uneven splits take one."""
        if layer.is_final or layer.out_groups % self.pass_split:
            return 1
        return self.pass_split

    def chunk(self, layer: Layer) -> int:
        """Input groups per phase: ``chunk_groups``, or 1 where it does not divide the layer's."""
        return self.chunk_groups if layer.in_groups % self.chunk_groups == 0 else 1

    def chunks(self, layer: Layer) -> int:
        return layer.in_groups // self.chunk(layer)

    def split(self, layer: Layer) -> int:
        """How many slices of threads share a pixel, each computing out_groups / split of its groups.

        The slices stack along y (slice = local y / threads_y): with threads_x × threads_y a multiple
        of 32 every warp runs one slice, so the branch on the slice never diverges. Fewer
        accumulators per thread; a layer whose groups do not divide evenly runs unsplit."""
        groups = layer.out_groups // self.passes(layer)
        if (self.weights != "literal" and not self.phased(layer)) or groups % self.out_split:
            return 1
        return self.out_split

    @property
    def threads_x(self) -> int:
        return self.tile_w // self.pixels_x

    @property
    def threads_y(self) -> int:
        return self.tile_h // self.pixels_y

    def shared_bytes(self, layer: Layer) -> int:
        halo = 2 * layer.radius
        if layer.scalar_input:
            per_pixel = FP32_SCALAR_BYTES
        else:
            # The 3-plane network input is not float16, so its tile stays float. A phased pass holds
            # one phase's input groups at a time.
            half = self.half_tile and layer.source is not None
            groups = self.chunk(layer) if self.phased(layer) else layer.in_groups
            per_pixel = (4 * SCALAR_HALF_BYTES if half else FP32_TEXEL_BYTES) * groups
        return (self.tile_w + halo) * (self.tile_h + halo) * per_pixel


# Tried in order; the first whose input tile fits SHARED_MEMORY_LIMIT and MAX_THREADS wins. Chosen by
# bench/sweep.py on an H100 (bench/README.md has the numbers): one pixel per thread, weights as
# literals, each weight column multiplied straight into its accumulator ("lanes": 23 % faster per
# 16->16 layer than summing a tap's mat4 products first). More pixels per thread was 1.1-6x slower
# per layer there; what paid was fewer live accumulators per thread (output slices, below) and less
# code running at once per pass (WIDE_GROUPS_PER_PASS).
TILING_CANDIDATES = (
    ComputeTiling(16, 8, 1, 1, products="lanes"),
    ComputeTiling(8, 8, 1, 1, products="lanes"),
    ComputeTiling(8, 4, 1, 1, products="lanes"),
    ComputeTiling(4, 4, 1, 1, products="lanes"),
)
SMALL_TILE_CANDIDATES = TILING_CANDIDATES[1:]
FIRST_LAYER_CANDIDATES = TILING_CANDIDATES[2:]  # 8x4 first
# Each thread computes OUTPUT_GROUPS_PER_THREAD output groups of its pixel (8 accumulators): the
# other groups go to other slices of threads. ArtCNN C4F32's 32->32 layers at 1080p: 3.21 ms with all
# 8 groups per thread, 2.97 with 4, 1.42 with 2 (8x8 tiles, 4 slices, 256 threads; matrix products);
# C4F16's 16->16: 0.237 with 4, 0.218 with 2 (16x8, 2 slices; lanes).
OUTPUT_GROUPS_PER_THREAD = 2


# Middle layers (reading a stored tensor) are "phased" (ComputeTiling.phased): the workgroup loads
# its input tile one input group at a time and adds its products between barriers. Its threads
# then run one phase's code at a time: on the H100 the code that runs at once on an SM was what
# limited the literal passes (a C4F32 pass of 4 output groups is ~74 KB of machine code; the same
# work with 37 KB ran 25 % faster, bench/README.md rounds 5-7). Per 1080p layer: C4F32 32->32 0.76 ms
# (0.94 unphased, 0.80 with 2 groups per phase), C4F16 16->16 0.205 (0.212 unphased). A narrow
# layer also fetches the next phase's texels into registers while it computes this one (prefetch:
# 0.5 % faster there; C4F32's wide layers were 2 % slower with it).
PHASED_CANDIDATES = tuple(ComputeTiling(w, h, 1, 1, "phased", products="lanes", chunk_groups=1)
                          for w, h in ((32, 8), (16, 8), (8, 8), (8, 4)))
FP16_PHASE_GROUPS = 2
# Narrow middle layers of the fp16 files (below): 0.213 ms per C4F16 layer with 4 tiles per workgroup
# against 0.220 with one.
TILES_DOWN = 4
# Layers with more output groups than WIDE_GROUPS (ArtCNN C4F32's 32 channels) are computed by
# several passes of WIDE_GROUPS_PER_PASS groups each (ComputeTiling.pass_split), each thread all 4:
# every workgroup of a pass runs the same code. A narrow layer's threads take
# OUTPUT_GROUPS_PER_THREAD groups each (thread slices). Unphased, a 32->32 layer took 1.18 ms in one
# pass of 4 slices, 0.94 in two passes, 1.01 in four (each pass reads the whole input again).
WIDE_GROUPS = 4
WIDE_GROUPS_PER_PASS = 4


def _default_tilings(layer: Layer, precision: str = "fp32") -> tuple[ComputeTiling, ...]:
    groups = layer.out_groups
    stored = layer.source is not None
    if layer.scalar_input:
        # The 1-channel first layer, on 8x4 tiles: a wide model's with one output group per thread
        # (C4F32: 0.129 ms per 1080p layer, against 0.192 with 2 groups per thread on 8x8), a narrow
        # one's with 2 (C4F16: 0.053 ms; 8x8 tiles took 0.053-0.060, 1 group per thread 0.065).
        slices = groups if groups > WIDE_GROUPS else max(1, groups // OUTPUT_GROUPS_PER_THREAD)
        return tuple(dataclasses.replace(tiling, out_split=slices) for tiling in FIRST_LAYER_CANDIDATES)
    # The fp16 files sum each tap's float16 products of a phase in a temporary before adding it to
    # the float accumulator: one more addition per phase and tap, so they take 2 groups per phase
    # (C4F32 fp16 under OpenGL's float fallback: 4.91 ms per 1080p frame against 5.13 with 1), and
    # their narrow middle layers stay unphased (C4F16 fp16: 1.26 against 1.33 and 1.48).
    half = precision == "fp16"
    phase_groups = FP16_PHASE_GROUPS if half else 1
    if stored and groups > WIDE_GROUPS and not layer.is_final and groups % WIDE_GROUPS_PER_PASS == 0:
        return tuple(dataclasses.replace(tiling, pass_split=groups // WIDE_GROUPS_PER_PASS,
                                         chunk_groups=phase_groups, prefetch=half)
                     for tiling in PHASED_CANDIDATES)
    slices = groups // OUTPUT_GROUPS_PER_THREAD if groups % OUTPUT_GROUPS_PER_THREAD == 0 else 1
    if stored and not layer.is_final and half:
        # 16x8 float tiles, 2 slices, 4 tiles per workgroup, the next one fetched while this one is
        # computed.
        return tuple(dataclasses.replace(tiling, out_split=slices, tiles_down=TILES_DOWN)
                     for tiling in TILING_CANDIDATES)
    if stored and not layer.is_final:
        # C4F16's 16->16: 16x8 tiles, 2 slices (8x8 and 32x4 measured 1 % slower, 4 groups per thread 2 %).
        return tuple(dataclasses.replace(tiling, out_split=slices, prefetch=True)
                     for tiling in PHASED_CANDIDATES[1:])
    if stored and layer.in_groups > WIDE_GROUPS:
        # The last layer of a wide model, phased on 16x16 tiles (C4F32: 0.146 ms against 0.168 on 8x8
        # packed-half tiles); a narrow model's was faster unphased (C4F16: 0.089 against 0.096).
        square = dataclasses.replace(PHASED_CANDIDATES[0], tile_w=16, tile_h=16)
        return tuple(dataclasses.replace(tiling, chunk_groups=phase_groups)
                     for tiling in (square, *PHASED_CANDIDATES[1:]))
    # The first layer of a colour model, and the last of a narrow one: an unsliced one (1 group out)
    # keeps a stored tensor's tile as packed float16: exact for rgba16f tensors, and faster there
    # (C4F16 0.092 vs 0.113 ms, C4F32 0.175 vs 0.262). The sliced layers were measured fastest with
    # float tiles.
    return tuple(dataclasses.replace(tiling, half_tile=stored and slices == 1, out_split=slices)
                 for tiling in SMALL_TILE_CANDIDATES)


# The luma models' hook and WHEN rule (planes.py has every layout's).
WHEN_UPSCALING = LUMA.when
HOOK_STAGE = LUMA.hook


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
    part: int = 0  # compute: the part of the output tensor this pass writes (Tensor.parts)
    tiling: ComputeTiling | None = None
    grid: tuple[int, int] = (1, 1)  # compute: the output texture holds gx × gy texels per pixel
    offset: str | None = None  # OFFSET directive (the chroma model's last pass: ALIGN)
    planes: PlaneLayout = LUMA

    @property
    def components(self) -> int | None:
        """4 for every saved texture. The old --vo=gpu zeroes the channels of a fragment pass's
        output beyond COMPONENTS, which defaults to the hooked plane's (1 for LUMA), keeping only .x
        (mpv-hooks.md §3.6); libplacebo treats it as metadata. The final pass writes the hooked
        plane or image (luma, chroma, NATIVE, MAIN): default."""
        return None if self.save is None else 4

    @property
    def compute_size(self) -> tuple[int, int, int, int] | None:
        """``//!COMPUTE bw bh tw th``: bw × bh output texels per workgroup, tw × th threads."""
        if self.tiling is None:
            return None
        scale_x, scale_y = (self.planes.scale,) * 2 if self.layer.is_final else self.grid
        return (self.tiling.tile_w * scale_x, self.tiling.tile_h * self.tiling.tiles_down * scale_y,
                self.tiling.threads_x, self.tiling.threads_y * self.tiling.split(self.layer))

    @property
    def out_groups(self) -> range:
        """The output groups this pass computes."""
        if self.layer.is_final:
            return range(self.layer.out_groups)
        if self.tiling is None:
            return range(self.group, self.group + 1)
        return self.layer.output.part_range(self.part)


@dataclass(frozen=True, eq=False)
class ShaderPlan:
    network_name: str
    model: str  # sanitised network name
    variant: str
    precision: str
    layers: tuple[Layer, ...]
    tilings: tuple[ComputeTiling, ...] = ()  # per layer, compute only
    planes: PlaneLayout = LUMA  # which planes the network reads and writes, where it hooks

    @property
    def final(self) -> Layer:
        return self.layers[-1]

    @property
    def passes(self) -> list[Pass]:
        if self.variant == "compute":
            pairs = zip(self.layers, self.tilings, strict=True)
            return [_compute_pass(self, layer, tiling, part)
                    for layer, tiling in pairs for part in range(tiling.passes(layer))]
        return [_fragment_pass(self, layer, group)
                for layer in self.layers
                for group in ([None] if layer.is_final else range(layer.out_groups))]


def _fragment_pass(plan: ShaderPlan, layer: Layer, group: int | None) -> Pass:
    binds = ["HOOKED", *plan.planes.extra_binds]
    if layer.source is not None:
        binds += [layer.source.group_texture(g) for g in range(layer.in_groups)]
    out_group = 0 if group is None else group
    binds += [operand.group_texture(out_group) for operand in layer.add_operands]
    scale = plan.planes.scale if layer.is_final else 1
    what = "output" if layer.is_final else f"group {group}"
    return Pass(
        desc=f"{plan.model} fragment {layer.name} {what}",
        binds=tuple(binds),
        save=None if layer.is_final else layer.output.group_texture(group),
        width=plan.planes.size("w", scale, layer.is_final),
        height=plan.planes.size("h", scale, layer.is_final),
        layer=layer, group=group, offset=plan.planes.offset(layer.is_final), planes=plan.planes,
    )


def _compute_pass(plan: ShaderPlan, layer: Layer, tiling: ComputeTiling, part: int = 0) -> Pass:
    source = layer.source
    binds = ["HOOKED"] if source is None else [source.part_texture(k) for k in range(source.parts)]
    binds += plan.planes.extra_binds
    groups = range(layer.out_groups) if layer.is_final else layer.output.part_range(part)
    for operand in layer.add_operands:
        binds += sorted({operand.locate(group)[0] for group in groups})
    grid = (plan.planes.scale,) * 2 if layer.is_final else layer.output.grid
    what = f" part {part}" if tiling.passes(layer) > 1 else ""
    return Pass(
        desc=f"{plan.model} compute {layer.name}{what}",
        binds=tuple(binds),
        save=None if layer.is_final else layer.output.part_texture(part), part=part,
        width=plan.planes.size("w", grid[0], layer.is_final),
        height=plan.planes.size("h", grid[1], layer.is_final), layer=layer, tiling=tiling,
        grid=(1, 1) if layer.is_final else grid, offset=plan.planes.offset(layer.is_final),
        planes=plan.planes,
    )


def plan_shader(network: Network, variant: str = "compute", precision: str = "fp32",
                source: str | None = None,
                tiling: ComputeTiling | Callable[[Layer], ComputeTiling | None] | None = None,
                planes: str | None = None) -> ShaderPlan:
    """Plan ``network`` as a shader, or raise ShadergenError naming ``source`` (the weights file).

    ``tiling`` forces one compute tiling on every layer (for benchmarks), or, given a function of
    the layer, on the layers it returns one for; by default each layer
    gets the first of TILING_CANDIDATES (adapted to wide layers by _default_tilings) that fits its
    shared memory and thread limits. ``planes`` (ycbcr | rgb) says
    where a 3-channel 2x model runs (planes.py); luma and chroma models have one place.
    """
    where = source or network.name
    if variant not in VARIANTS:
        raise ShadergenError(f"{where}: unknown variant {variant!r} (expected one of {', '.join(VARIANTS)})")
    if precision not in PRECISIONS:
        raise ShadergenError(f"{where}: unknown precision {precision!r} (expected {', '.join(PRECISIONS)})")
    layout = plane_layout(network, planes, where)
    model = sanitize_identifier(network.name)
    layers = _plan_layers(network, model, where, layout)
    for layer in layers:
        _check_limits(layer, where, variant, layout)
    forced = tiling if callable(tiling) else (lambda layer: tiling)
    tilings = (tuple(_choose_tiling(layer, where, forced(layer), precision) for layer in layers)
               if variant == "compute" else ())
    if tilings:
        layers = _split_tensors(layers, tilings)
    plan = ShaderPlan(network.name, model, variant, precision, tuple(layers), tilings, planes=layout)
    for shader_pass in plan.passes:
        if len(shader_pass.binds) > MAX_BINDS:
            raise ShadergenError(f"{where}: pass {shader_pass.desc} would need {len(shader_pass.binds)} "
                                 f"textures (mpv allows {MAX_BINDS})")
    return plan


def _split_tensors(layers: list[Layer], tilings: tuple[ComputeTiling, ...]) -> list[Layer]:
    """The layers again, each stored tensor in as many parts as passes compute it."""
    renamed = {layer.output: dataclasses.replace(layer.output, parts=tiling.passes(layer))
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
            kernel, bias = _final_channels(network, head, depth_to_space, where, layout)
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
    if depth_to_space is None and running == network.output and layout.scale != 1:
        raise ShadergenError(
            f"{where}: the network does not end with a 2x depth-to-space; only 2x luma upscalers can "
            "become shaders for now"
        )
    if depth_to_space is not None and running != network.output:
        raise ShadergenError(f"{where}: layer {sanitize_identifier(depth_to_space.name)}: depth-to-space "
                             "must be the last layer")
    return tuple(steps), depth_to_space


def _final_channels(network: Network, conv: Conv2D, depth_to_space: DepthToSpace | None, where: str,
                    layout: PlaneLayout = LUMA):
    """The final conv's outputs in the order the last pass writes them.

    Depth-to-space puts sub-pixel (dx, dy) of channel c in input channel (block·dy + dx)·C + c (DCR)
    or c·block² + block·dy + dx (CRD). Luma (C = 1): lane k is sub-pixel k = 2·dy + dx in both orders,
    so the kernel stays as it is. Colour (C = 3): group k (channels 4k..4k+3) is sub-pixel k, its
    lanes the 3 planes and a zero. A chroma model has no depth-to-space: its 2 channels are (Cb, Cr).
    """
    name = sanitize_identifier(depth_to_space.name if depth_to_space else conv.name, "layer")
    if layout.scale == 1:
        if depth_to_space is not None:
            raise ShadergenError(f"{where}: layer {name}: a chroma model cannot end with a depth-to-space")
        return conv.kernel, conv.bias
    if depth_to_space is None or depth_to_space.block != UPSCALE or network.scale != UPSCALE:
        raise ShadergenError(f"{where}: layer {name}: only a 2x depth-to-space output is supported")
    if layout.out_channels == 1:
        return conv.kernel, conv.bias
    planes, area = layout.out_channels, UPSCALE * UPSCALE
    order = []  # source channel of each output lane, -1 for the zero lanes
    for sub in range(area):
        for lane in range(LANES):
            if lane >= planes:
                order.append(-1)
            elif depth_to_space.order == "DCR":
                order.append(sub * planes + lane)
            else:
                order.append(lane * area + sub)
    kernel = np.zeros(conv.kernel.shape[:3] + (len(order),), np.float32)
    bias = np.zeros(len(order), np.float32)
    for target, channel in enumerate(order):
        if channel >= 0:
            kernel[..., target] = conv.kernel[..., channel]
            bias[target] = conv.bias[channel]
    return kernel, bias


def _check_limits(layer: Layer, where: str, variant: str, layout: PlaneLayout = LUMA) -> None:
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
    binds += len(layout.extra_binds)
    if binds > MAX_BINDS:
        raise ShadergenError(f"{where}: layer {name} would need {binds} textures in one pass (mpv allows "
                             f"{MAX_BINDS})")


def _choose_tiling(layer: Layer, where: str, forced: ComputeTiling | None,
                   precision: str = "fp32") -> ComputeTiling:
    if forced is None:
        candidates = _default_tilings(layer, precision)
        shared_limit, thread_limit = SHARED_MEMORY_LIMIT, MAX_THREADS
    else:
        candidates, shared_limit, thread_limit = (forced,), FORCED_SHARED_MEMORY_LIMIT, FORCED_MAX_THREADS
    for tiling in candidates:
        if tiling.weights not in WEIGHT_MODES:
            raise ShadergenError(f"{where}: unknown weights mode {tiling.weights!r} (expected one of "
                                 f"{', '.join(WEIGHT_MODES)})")
        if tiling.products not in PRODUCT_FORMS:
            raise ShadergenError(f"{where}: unknown products form {tiling.products!r} (expected one of "
                                 f"{', '.join(PRODUCT_FORMS)})")
        if tiling.tile_w % tiling.pixels_x or tiling.tile_h % tiling.pixels_y:
            raise ShadergenError(f"{where}: tile {tiling.tile_w}x{tiling.tile_h} is not a multiple of "
                                 f"{tiling.pixels_x}x{tiling.pixels_y} pixels per thread")
        threads = tiling.threads_x * tiling.threads_y * tiling.split(layer)
        if tiling.shared_bytes(layer) <= shared_limit and threads <= thread_limit:
            return tiling
    raise ShadergenError(f"{where}: layer {layer.name}: no compute tile fits {shared_limit} bytes of "
                         f"shared memory and {thread_limit} threads")
