"""The plan's data types: stored tensors, layers and their per-pixel steps, compute tilings, passes.

A ShaderPlan is what ``plan.py`` lowers a network into and ``render.py`` prints. The variants differ
in how a layer becomes passes:

* fragment: one pass per output group of 4 channels, each group its own W×H texture, plus one
  pass at 2W×2H for the final layer (it computes the 4 sub-pixel channels and keeps its own);
* compute: one pass per layer; all groups of a tensor live in one texture, group ``g`` of pixel
  ``(x, y)`` at texel ``(x·gx + g % gx, y·gy + g // gx)`` (the official ArtCNN layout: a pixel's
  groups are neighbours, so the tile loads of one pixel hit one cache line);
* tensor: the compute layout, with the layers that have a stored input and 16-channel blocks in and
  out computed as matrix products on NVIDIA's tensor cores (weights mode "tensor").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..model.activations import ActivationFunction
from ..planes import LUMA, PlaneLayout
from .pack import LANES, group_count

# Variants whose passes are compute passes in the compute layout; "tensor" computes the layers it can
# with tensor cores (TENSOR_MATRIX), the others as "compute" does.
COMPUTE_VARIANTS = ("compute", "tensor")
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
    # Compute layout: a part's groups as gx × gy planes of the frame's size (group cell c of pixel p
    # at texel p + c * size), so that one store instruction of a warp writes neighbouring texels;
    # otherwise interleaved, each pixel a gx × gy cell of texels (texel p * grid + c).
    planar: bool = False

    @property
    def groups(self) -> int:
        return group_count(self.channels)

    @property
    def part_groups(self) -> int:
        return self.groups // self.parts

    @property
    def grid(self) -> tuple[int, int]:
        """Compute layout of each part: its groups tiled gx × gy per pixel (or as planes, ``planar``),
        as square as a row-major fill allows."""
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
    """A per-pixel operation after the convolution: ``activation``, ``add`` (a stored tensor),
    ``residual`` (add the network input at the pixel's low-resolution position: the
    nearest-upsampled input, after the depth-to-space), ``edges`` (subtract what a folded tail's
    sum counts beyond the frame, tail_fold.py) or ``clip`` (to [0, 1])."""

    kind: str
    activation: ActivationFunction | None = None
    operand: Tensor | None = None
    edges: object = None  # "edges": the folded tail's border correction (tail_fold.EdgeCorrection)


@dataclass(frozen=True, eq=False)
class Layer:
    index: int
    name: str  # sanitised name of the stage's nodes, for DESC
    kernel: np.ndarray  # HWIO; for the final layer, output channel k is sub-pixel k = 2·dy + dx
    bias: np.ndarray
    source: Tensor | None  # None: the network input (the luma plane, or 3 planes: network_input())
    steps: tuple[Step, ...]
    output: Tensor | None  # None: the final layer, which writes the 2× plane
    # The input is the source tensor and then one more group, (luma, 0, 0, 0): a folded tail's last
    # layer (tail_fold.py) reads both.
    appends_plane: bool = False

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
    def edge_correction(self):
        """A folded tail's border correction (its "edges" step: tail_fold.EdgeCorrection), or None."""
        return next((step.edges for step in self.steps if step.kind == "edges"), None)

    @property
    def adds_input(self) -> bool:
        """The final layer adds the (nearest-upsampled) network input: it binds HOOKED."""
        return any(step.kind == "residual" for step in self.steps)

    @property
    def scalar_input(self) -> bool:
        """Reads the 1-channel luma plane (a float per pixel); colour inputs are a vec4 per pixel."""
        return self.source is None and self.kernel.shape[2] == 1


# How a compute pass's weights reach its multiply-adds (ComputeTiling.weights). Both unroll every
# tap with each weight a literal, multiplied one column at a time into its accumulator
# (acc += column * v.x: one fused multiply-add per weight); the 1-channel input plane multiplies a
# vec4 of weights by its scalar.
# * "literal": the whole input tile is loaded first;
# * "phased": the input tile is loaded and used ``chunk_groups`` input groups at a time (phases
#   between barriers), so a workgroup's threads run one phase's code at a time (stored inputs only;
#   other layers fall back to "literal").
# Weights in a const array, a tap's mat4 products summed before the accumulator, and unclamped loads
# away from the border were measured and retired (bench/README.md, "Tried and removed").
# * "texture": the weights in a //!TEXTURE block (texture_weights.py), staged in shared memory a
#   block at a time by a looped kernel (the texture placement).
# * "tensor": the tensor variant's matrix products on NVIDIA's tensor cores (GL_NV_cooperative_matrix;
#   compute_tensor_pass.glsl.j2, tensor_weights.py), weights in a //!TEXTURE block of their own.
WEIGHT_MODES = ("literal", "phased", "texture", "tensor")
TENSOR_MATRIX = 16  # M = N = K of the cooperative matrices: 16 pixels, 16 input and 16 output channels
TENSOR_SUBGROUP = 32  # invocations that share one cooperative matrix (an NVIDIA warp)
# Rows of the tensor passes' shared-memory matrices are padded by 8 float16 values (16 bytes): a row
# of 16 (32) values then starts 48 (80) bytes after the last, so the 8 rows of a matrix load hit
# different banks, and stay 16-byte aligned. The staged accumulator's columns are 20 floats apart:
# 4 columns on, a read is 16 banks away (compute_tensor_pass.glsl.j2's epilogue).
TENSOR_ROW_PADDING = 8
# A tensor pass's subgroup computes 2 (pixels_y 1) or 4 (pixels_y 2) matrix rows of 16 pixels
# (ComputeTiling.tensor_rows).
TENSOR_PIXELS_Y = (1, 2)
TENSOR_STAGE_STRIDE = 20
# How the tensor passes' matrix products are written (ShaderPlan.matrix_ops): "cooperative", with
# GL_NV_cooperative_matrix, or "emulated", the same loads, products and stores as loops over shared
# memory, which any OpenGL 4.3 driver runs (the tests check the tensor passes' layout that way).
MATRIX_OPS = ("cooperative", "emulated")
# Where a float16 pass adds its float16 sums to the float accumulators (ComputeTiling.half_sums):
# after each tap, each phase (phased passes) or each kernel row (unphased ones).
HALF_SUMS = ("tap", "phase", "row")
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
    out_split: int = 1  # thread slices over the output groups, see split()
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
    # "texture": kernel rows of weights staged in shared memory at a time (0: the whole kernel), and
    # whether the taps of a row run in a loop (small code) or unrolled. Its prefetch fetches the next
    # input group's tile and weights into registers during the multiply-adds.
    stage_rows: int = 0
    tap_loop: bool = True
    # float16 arithmetic (FP16): where the float16 products are added into the float accumulators:
    # each tap's sum ("tap"), each phase's ("phase", phased passes) or each kernel row's ("row",
    # unphased passes; HALF_SUMS).
    half_sums: str = "tap"
    # Phased float passes: a thread's pixels_y pixels are neighbouring rows (threads step pixels_y
    # rows) instead of rows threads_y apart. A tap of one pixel reads the texel that another pixel's
    # tap one row further up reads, and each such shared-memory texel is loaded once into a register
    # for all of them (render._share_reads). Elsewhere (unphased, float16) the pixels stay strided.
    adjacent_rows: bool = False

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
        if self.weights == "tensor":
            return 1
        sliced = self.weights in ("literal", "texture") or self.phased(layer)
        if not sliced or groups % self.out_split:
            return 1
        return self.out_split

    @property
    def threads_x(self) -> int:
        return self.tile_w // self.pixels_x

    @property
    def threads_y(self) -> int:
        return self.tile_h // self.pixels_y

    @property
    def tensor_rows(self) -> int:
        """"tensor": the 16-pixel matrix rows each subgroup of TENSOR_SUBGROUP invocations computes."""
        return TENSOR_SUBGROUP // TENSOR_MATRIX * self.pixels_y

    def staged_rows(self, layer: Layer) -> int:
        """"texture": kernel rows whose weights one stage holds in shared memory."""
        return self.stage_rows or layer.kernel_size

    def shared_bytes(self, layer: Layer) -> int:
        halo = 2 * layer.radius
        if self.weights == "tensor":
            # One phase's input tile (chunk_groups channels per pixel) and weights (every tap, the
            # phase's channels x the pass's), rows padded, as float16; for the epilogue a 16x16 float
            # staging matrix per subgroup or, with every input channel in one phase (where the
            # epilogue may stage float16: render.py), a float16 one with the tile's rows and a float
            # bias matrix per 16 output channels, whichever is larger.
            phase_channels = LANES * self.chunk(layer)
            tile = (self.tile_w + halo) * (self.tile_h + halo) * (phase_channels + TENSOR_ROW_PADDING)
            outputs = layer.kernel.shape[3] // self.passes(layer)
            weights = layer.kernel_size ** 2 * phase_channels * (outputs + TENSOR_ROW_PADDING)
            subgroups = self.threads_x * self.threads_y // TENSOR_SUBGROUP
            staging = subgroups * TENSOR_MATRIX * TENSOR_STAGE_STRIDE * FP32_SCALAR_BYTES
            if self.chunk(layer) == layer.in_groups:
                half_rows = subgroups * TENSOR_MATRIX * (phase_channels + TENSOR_ROW_PADDING)
                half_staging = half_rows * SCALAR_HALF_BYTES + TENSOR_MATRIX * outputs * FP32_SCALAR_BYTES
                staging = max(staging, half_staging)
            return (tile + weights) * SCALAR_HALF_BYTES + staging
        if self.weights == "texture":
            # One input group's tile (vec4 texels) and one stage of weights (4 texels per output group
            # and tap).
            stage = self.staged_rows(layer) * layer.kernel_size * layer.out_groups * LANES
            return ((self.tile_w + halo) * (self.tile_h + halo) + stage) * FP32_TEXEL_BYTES
        if layer.scalar_input:
            per_pixel = FP32_SCALAR_BYTES
        else:
            # The 3-plane network input is not float16, so its tile stays float. A phased pass holds
            # one phase's input groups at a time.
            half = self.half_tile and layer.source is not None
            groups = self.chunk(layer) if self.phased(layer) else layer.in_groups
            per_pixel = (4 * SCALAR_HALF_BYTES if half else FP32_TEXEL_BYTES) * groups
        return (self.tile_w + halo) * (self.tile_h + halo) * per_pixel



# A tensor pass computing the inlined first layer (ShaderPlan.inline_stem) multiplies, per 16 pixels, a
# 16 x TENSOR_MATRIX matrix (the luma values under the first layer's taps, a 1 that takes its bias,
# zeros: kernels up to 3x3) by the first layer's TENSOR_MATRIX x channels weights. Its role is
# "source" where the pass reads the first layer's output as its input tile: it builds those rows in
# the tile's place, one per tile pixel (the halo included, rounded up to whole matrices); "add" where
# it adds that output: rows for its own pixels, in a buffer of their own.


def stem_role(stem_output: Tensor | None, layer: Layer) -> str | None:
    """How a tensor pass computing ``layer`` uses the first layer whose output is ``stem_output``:
    "source", "add" or not at all (None)."""
    if stem_output is None:
        return None
    if layer.source == stem_output:
        return "source"
    return "add" if stem_output in layer.add_operands else None


def _halo_area(layer: Layer, tiling: ComputeTiling) -> int:
    halo = 2 * layer.radius
    return (tiling.tile_w + halo) * (tiling.tile_h + halo)


def stem_rows(layer: Layer, tiling: ComputeTiling, role: str) -> int:
    """Rows of the first layer's matrix product in a tensor pass computing ``layer`` (role "source"
    or "add")."""
    if role == "add":
        return tiling.tile_w * tiling.tile_h
    return -(-_halo_area(layer, tiling) // TENSOR_MATRIX) * TENSOR_MATRIX


def stem_shared_bytes(layer: Layer, tiling: ComputeTiling, role: str, channels: int) -> int:
    """Shared memory a tensor pass needs beyond ComputeTiling.shared_bytes to compute the inlined first
    layer (``channels`` outputs): its weights (float16) and its rows (for "source", those past the
    input tile's)."""
    weights = TENSOR_MATRIX * channels
    rows = stem_rows(layer, tiling, role)
    if role == "add":
        extra = rows * TENSOR_MATRIX
    else:
        extra = (rows - _halo_area(layer, tiling)) * (LANES * tiling.chunk(layer) + TENSOR_ROW_PADDING)
    return (weights + extra) * SCALAR_HALF_BYTES


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
    when: str | None = None  # the pass's own WHEN condition (RPN), besides the plan's (frame_size_when)
    # A folded tail's border pass (_border_pass): it computes the correction of the layer's border
    # pixels into 2 x BORDER_SIDES rows of a small texture, which the layer's own pass reads.
    border: bool = False
    border_texture: str | None = None  # the border pass's texture, where this pass reads it

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
        if self.border:
            return BORDER_COMPUTE
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
        if self.group is not None:
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
    weights_in: str = "code"  # one of PLACEMENTS
    placement_reason: str = ""  # why weights_in, for the header
    matrix_ops: str = "cooperative"  # the tensor variant's matrix products, one of MATRIX_OPS
    # The tensor variant: the first layer (the luma plane in, linear) has no pass of its own; the
    # tensor passes that read its output compute it there as one more matrix product (plan.py,
    # _stem_inlinable; compute_tensor_pass.glsl.j2).
    inline_stem: bool = False
    # Per layer, the tiling of its passes' second form for frames of fewer than small_frame_pixels
    # input pixels (tilings.small_frame_tiling), or None where a layer has one form; () for none.
    small_frame_tilings: tuple[ComputeTiling | None, ...] = ()
    small_frame_pixels: int = 0
    # A folded tail's border correction has a pass of its own (border_pass; plan.BORDER_PASS), whose
    # texture the last pass reads at the border, instead of computing it there.
    border_pass: bool = False

    @property
    def stem_output(self) -> Tensor | None:
        """The first layer's output where its readers compute it (inline_stem), else None."""
        return self.layers[0].output if self.inline_stem else None

    @property
    def final(self) -> Layer:
        return self.layers[-1]

    @property
    def layer_tilings(self) -> tuple[ComputeTiling | None, ...]:
        """Each layer's tiling; None for every layer of a fragment plan."""
        return self.tilings or (None,) * len(self.layers)

    @property
    def passes(self) -> list[Pass]:
        if self.weights_in == "texture" or self.variant in COMPUTE_VARIANTS:
            # Stored tensors in the compute layout. Texture placement: one pass per layer (a fragment
            # pass where there is no tiling); tensor passes bind their own weight texture.
            # An inlined first layer (inline_stem) has none.
            # A layer with a small-frame tiling has each pass twice: that form for small frames, then
            # the usual one for the others (frame_size_when).
            smalls = self.small_frame_tilings or (None,) * len(self.layers)
            passes = [_compute_pass(self, layer, form, part, self._weight_texture(layer, form),
                                    None if small is None else form is small)
                      for layer, tiling, small in zip(self.layers, self.layer_tilings, smalls, strict=True)
                      if not (self.inline_stem and layer is self.layers[0])
                      for part in range(tiling.passes(layer) if tiling else 1)
                      for form in ((small, tiling) if small else (tiling,))]
            if self.border_pass:  # just before the last layer's pass (it has one, in one form)
                passes.insert(len(passes) - 1, _border_pass(self, self.final))
            return passes
        return [_fragment_pass(self, layer, group)
                for layer in self.layers
                for group in ([None] if layer.is_final else range(layer.out_groups))]

    def _weight_texture(self, layer: Layer, tiling: ComputeTiling | None) -> str | None:
        if on_tensor_cores(tiling):
            return tensor_texture_name(self.model, layer)
        return weight_texture_name(self.model, layer) if self.weights_in == "texture" else None


def _fragment_pass(plan: ShaderPlan, layer: Layer, group: int | None) -> Pass:
    binds = ["HOOKED", *plan.planes.extra_binds]
    if layer.source is not None:
        binds += [layer.source.group_texture(g) for g in range(layer.in_groups)]
    out_group = 0 if group is None else group
    binds += [operand.group_texture(out_group) for operand in layer.add_operands]
    # A residual that adds the layer's own input reads a texture it already binds: bind it once
    # (libplacebo would define its macros twice).
    binds = list(dict.fromkeys(binds))
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


# Activations a tensor pass may apply to each element of a matrix (the elements' order is the
# driver's: the same function for every channel), as a GLSL expression of the element.
ELEMENTWISE_ACTIVATIONS = {"linear": "%s", "relu": "max(%s, 0.0)"}


def elementwise_activation(layer: Layer) -> str | None:
    """The layer's activation kind if its steps are at most one activation of
    ELEMENTWISE_ACTIVATIONS (none: "linear"); None if it has other steps (adds, clips)."""
    if len(layer.steps) > 1 or any(step.kind != "activation" for step in layer.steps):
        return None
    kind = layer.steps[0].activation.kind if layer.steps else "linear"
    return kind if kind in ELEMENTWISE_ACTIVATIONS else None


def weight_texture_name(model: str, layer: Layer) -> str:
    """The //!TEXTURE block holding ``layer``'s weights (texture placement)."""
    return f"{model}_W{layer.index}"


def on_tensor_cores(tiling: ComputeTiling | None) -> bool:
    """Whether a layer with this tiling (None: a fragment plan's) is a tensor pass."""
    return tiling is not None and tiling.weights == "tensor"


def tensor_texture_name(model: str, layer: Layer) -> str:
    """The //!TEXTURE block holding a tensor pass's weights (tensor_weights.py)."""
    return f"{model}_T{layer.index}"


# The border pass (Pass.border): rows 0-3 of its texture hold the correction of the border pixels of
# the top, bottom, left and right sides (texel x: the x-th pixel along that side), rounded to float16,
# rows 4-7 what that rounding left (the sum is float32 to 2^-22); a pixel on two sides takes the
# top or bottom row's, which holds every term of that pixel. One invocation computes a pixel's two
# texels; a workgroup 64 pixels of every side.
BORDER_SIDES = 4
BORDER_COMPUTE = (64, 2 * BORDER_SIDES, 64, BORDER_SIDES)


def border_texture_name(model: str) -> str:
    """The texture a folded tail's border pass saves (Pass.border)."""
    return f"{model}_EDGE"


def _border_pass(plan: ShaderPlan, layer: Layer) -> Pass:
    """The pass computing the border correction of a folded tail's last layer ``layer``."""
    binds = [layer.source.part_texture(k) for k in range(layer.source.parts)] + ["HOOKED"]
    return Pass(desc=f"{plan.model} {plan.variant} {layer.name} border", binds=tuple(binds),
                save=border_texture_name(plan.model), width="HOOKED.w HOOKED.h +",
                height=str(2 * BORDER_SIDES), layer=layer, planes=plan.planes, border=True)


def frame_size_when(pixels: int, small: bool) -> str:
    """WHEN (RPN) of a pass's form for frames of fewer than ``pixels`` input pixels (``small``), or
    of its form for the others."""
    return f"HOOKED.w HOOKED.h * {pixels} <" + ("" if small else " !")


def _compute_pass(plan: ShaderPlan, layer: Layer, tiling: ComputeTiling | None, part: int = 0,
                  weights: str | None = None, small_frames: bool | None = None) -> Pass:
    """A pass in the compute layout; ``tiling`` None: a fragment pass computing every texel of it
    (texture placement), ``weights``: the weight texture it binds, ``small_frames``: None for a pass
    of one form, else whether this is the form for small frames (ShaderPlan.small_frame_tilings)."""
    source = layer.source
    # A pass that computes the inlined first layer (ShaderPlan.inline_stem) reads the luma plane.
    stem = plan.stem_output
    binds = ["HOOKED"] if source is None or source == stem else [source.part_texture(k)
                                                                 for k in range(source.parts)]
    if tiling is None and source is not None:
        binds.insert(0, "HOOKED")  # a fragment pass reads its position from HOOKED_pos
    if (layer.adds_input or layer.appends_plane) and source is not None and "HOOKED" not in binds:
        binds.append("HOOKED")
    binds += plan.planes.extra_binds
    groups = range(layer.out_groups) if layer.is_final else layer.output.part_range(part)
    for operand in layer.add_operands:
        binds += ["HOOKED"] if operand == stem else sorted({operand.locate(group)[0] for group in groups})
    binds += [weights] if weights else []
    reads_border = plan.border_pass and layer.is_final and layer.edge_correction is not None
    border = border_texture_name(plan.model) if reads_border else None
    binds += [border] if border else []
    binds = list(dict.fromkeys(binds))
    grid = (plan.planes.scale,) * 2 if layer.is_final else layer.output.grid
    what = f" part {part}" if tiling is not None and tiling.passes(layer) > 1 else ""
    what += " (small frames)" if small_frames else ""
    when = None if small_frames is None else frame_size_when(plan.small_frame_pixels, small_frames)
    return Pass(
        desc=f"{plan.model} {plan.variant} {layer.name}{what}",
        binds=tuple(binds),
        save=None if layer.is_final else layer.output.part_texture(part), part=part,
        width=plan.planes.size("w", grid[0], layer.is_final),
        height=plan.planes.size("h", grid[1], layer.is_final), layer=layer, tiling=tiling,
        grid=(1, 1) if layer.is_final else grid, offset=plan.planes.offset(layer.is_final),
        planes=plan.planes, when=when, border_texture=border,
    )

