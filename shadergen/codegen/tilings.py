"""The benchmark-tuned compute tilings: which tiling each layer gets by default.

Chosen by bench/sweep.py on an H100 (bench/README.md has the numbers); the planner (plan.py) takes
the first candidate that fits its shared-memory and thread limits.
"""

from __future__ import annotations

import dataclasses

from ..precision import FP32, Precision
from .head_fold import is_folded_head
from .shader_plan import TENSOR_MATRIX, ComputeTiling, Layer

# Tried in order; the first whose input tile fits SHARED_MEMORY_LIMIT and MAX_THREADS wins. Chosen by
# bench/sweep.py on an H100 (bench/README.md has the numbers): one pixel per thread, weights as
# literals, each weight column multiplied straight into its accumulator ("lanes": 23 % faster per
# 16->16 layer than summing a tap's mat4 products first). More pixels per thread was 1.1-6x slower
# per layer there; what paid was fewer live accumulators per thread (output slices, below) and less
# code running at once per pass (WIDE_GROUPS_PER_PASS).
TILING_CANDIDATES = (
    ComputeTiling(16, 8, 1, 1),
    ComputeTiling(8, 8, 1, 1),
    ComputeTiling(8, 4, 1, 1),
    ComputeTiling(4, 4, 1, 1),
)
SMALL_TILE_CANDIDATES = TILING_CANDIDATES[1:]
FIRST_LAYER_CANDIDATES = TILING_CANDIDATES[2:]  # 8x4 first
# Each thread computes OUTPUT_GROUPS_PER_THREAD output groups of its pixel (8 accumulators): the
# other groups go to other slices of threads. ArtCNN C4F32's 32->32 layers at 1080p: 3.21 ms with all
# 8 groups per thread, 2.97 with 4, 1.42 with 2 (8x8 tiles, 4 slices, 256 threads; matrix products);
# C4F16's 16->16: 0.237 with 4, 0.218 with 2 (16x8, 2 slices; lanes).
OUTPUT_GROUPS_PER_THREAD = 2
HEAD_SLICES = 2  # thread slices of a folded head's pass (default_tilings)


# Middle layers (reading a stored tensor) are "phased" (ComputeTiling.phased): the workgroup loads
# its input tile one input group at a time and adds its products between barriers. Its threads
# then run one phase's code at a time: on the H100 the code that runs at once on an SM was what
# limited the literal passes (a C4F32 pass of 4 output groups is ~74 KB of machine code; the same
# work with 37 KB ran 25 % faster, bench/README.md rounds 5-7). Per 1080p layer: C4F32 32->32 0.76 ms
# (0.94 unphased, 0.80 with 2 groups per phase), C4F16 16->16 0.205 (0.212 unphased). A narrow
# layer also fetches the next phase's texels into registers while it computes this one (prefetch:
# 0.5 % faster there; C4F32's wide layers were 2 % slower with it).
PHASED_CANDIDATES = tuple(ComputeTiling(w, h, 1, 1, "phased", chunk_groups=1)
                          for w, h in ((32, 8), (16, 8), (8, 8), (8, 4)))
# Narrow middle layers that are not phased (FP16's, below): 0.213 ms per C4F16 layer with 4 tiles per
# workgroup against 0.220 with one.
TILES_DOWN = 4
# Layers with more output groups than WIDE_GROUPS (ArtCNN C4F32's 32 channels) are computed by
# several passes of WIDE_GROUPS_PER_PASS groups each (ComputeTiling.pass_split), each thread all 4:
# every workgroup of a pass runs the same code. A narrow layer's threads take
# OUTPUT_GROUPS_PER_THREAD groups each (thread slices). Unphased, a 32->32 layer took 1.18 ms in one
# pass of 4 slices, 0.94 in two passes, 1.01 in four (each pass reads the whole input again).
WIDE_GROUPS = 4
WIDE_GROUPS_PER_PASS = 4
# Wide layers whose groups do not split into passes of 4 but into passes of 3 (24 channels: 2 passes),
# each on 16x16 tiles of one slice, one input group per phase, the next phase prefetched. Per
# 24->24 layer of a superultracompact-sized compact model at 1080p on the H200 (bench/README.md,
# "Compact model sweep"; OpenGL): 0.440 ms (the frame 3.82 ms, 72 % of FP32 peak; Vulkan the
# same), against 0.444 on 16x8 tiles, 0.447 in 3 passes of 2, 0.488-0.511 in one pass of 6 groups
# per thread, 0.532 in 2 slices of 3 and 0.589 in 3 slices of 2 (the narrow rule's). Measured in
# fp32 only: the fp16 files keep the narrow rule.
UNEVEN_GROUPS_PER_PASS = 3
SQUARE_PHASED = (dataclasses.replace(PHASED_CANDIDATES[0], tile_w=16, tile_h=16), *PHASED_CANDIDATES[1:])


def default_tilings(layer: Layer, precision: Precision = FP32) -> tuple[ComputeTiling, ...]:
    """The candidates for ``layer``, best first."""
    groups = layer.out_groups
    stored = layer.source is not None
    if is_folded_head(layer):
        # A folded head (head_fold.py: 5x5 taps from luma, then its border terms, which llvmpipe runs
        # for every pixel, once per thread slice), in HEAD_SLICES slices: C4F32's on llvmpipe at
        # 480x270 took 37.6 ms with 2 slices (4 groups a thread), 80.9 with 4 and 205 with 8. On the
        # H200 (OpenGL) C4F16's takes 0.081 ms in 2 slices (bench/results.md, "Round 22").
        slices = min(groups, HEAD_SLICES)
        return tuple(dataclasses.replace(tiling, out_split=slices) for tiling in FIRST_LAYER_CANDIDATES)
    if layer.scalar_input:
        # The 1-channel first layer, on 8x4 tiles: a wide model's with one output group per thread
        # (C4F32: 0.129 ms per 1080p layer, against 0.192 with 2 groups per thread on 8x8), a narrow
        # one's with 2 (C4F16: 0.053 ms; 8x8 tiles took 0.053-0.060, 1 group per thread 0.065).
        slices = groups if groups > WIDE_GROUPS else max(1, groups // OUTPUT_GROUPS_PER_THREAD)
        return tuple(dataclasses.replace(tiling, out_split=slices) for tiling in FIRST_LAYER_CANDIDATES)
    # The phase settings differ by precision (precision.py: FP16's phases).
    phase_groups = precision.phase_groups
    if stored and groups > WIDE_GROUPS and not layer.is_final and groups % WIDE_GROUPS_PER_PASS == 0:
        return tuple(dataclasses.replace(tiling, pass_split=groups // WIDE_GROUPS_PER_PASS,
                                         chunk_groups=phase_groups, prefetch=precision.prefetch_wide_phases,
                                         half_sums=precision.half_sums)
                     for tiling in PHASED_CANDIDATES)
    if (stored and groups > WIDE_GROUPS and not layer.is_final and groups % UNEVEN_GROUPS_PER_PASS == 0
            and precision.phased_narrow_middle):
        return tuple(dataclasses.replace(tiling, pass_split=groups // UNEVEN_GROUPS_PER_PASS, prefetch=True)
                     for tiling in SQUARE_PHASED)
    slices = groups // OUTPUT_GROUPS_PER_THREAD if groups % OUTPUT_GROUPS_PER_THREAD == 0 else 1
    # Narrow middle layers are phased in thread slices, 16x8 tiles first, the next phase prefetched.
    # fp32 (OpenGL, H100): C4F16's 16->16 in 2 slices of 2 groups (8x8 and 32x4 tiles measured 1 %
    # slower, 4 groups per thread 2 %). float16 (Vulkan, H200; precision.half_narrow_split): every
    # group in one thread (float16 accumulators take half the registers), each phase's float16 sums
    # added to float: 0.180 ms per 1080p layer, against 0.194 unphased in 2 slices with each tap's sum
    # added to float, 0.182 phased in 2 slices. FP16's wider narrow-rule layers (24 channels) stay
    # unphased, below.
    half_narrow = groups <= WIDE_GROUPS and precision.half_narrow_split
    if stored and not layer.is_final and (precision.phased_narrow_middle or half_narrow):
        split = precision.half_narrow_split or slices
        return tuple(dataclasses.replace(tiling, out_split=split, prefetch=True,
                                         half_sums=precision.half_sums) for tiling in PHASED_CANDIDATES[1:])
    if stored and not layer.is_final:
        # 16x8 float tiles, 2 slices, 4 tiles per workgroup, the next one fetched while this one is
        # computed.
        return tuple(dataclasses.replace(tiling, out_split=slices, tiles_down=TILES_DOWN)
                     for tiling in TILING_CANDIDATES)
    if layer.appends_plane and precision.half_arithmetic:
        # A folded tail's last layer (tail_fold.py: a 5x5 kernel, one output group) in float16, its
        # tile as packed float16, unphased, 16x8 tiles where they fit 16 KiB, else 8x8. Per 1080p pass
        # on the H200 in libplacebo (bench/README.md, "Folded tail"): C4F16 0.162 ms (tensor file),
        # against 0.236 phased on 16x16 tiles; C4F32 0.361 against 0.439. float32 keeps the phased
        # 16x16 tiles below (C4F16 0.192 ms on OpenGL, against 0.224 on 16x8 packed-half tiles;
        # C4F32 0.354 against 1.26); a column of adjacent pixels per thread, so that neighbouring
        # pixels' taps share their loads, was 1.7-2.5x slower (32x4 to 64x2 tiles). A narrow one
        # (16 channels and the luma plane) adds its float16 sums to float once per kernel row, not per
        # tap (round 17: C4F16's pass 0.162 -> 0.150 ms in the tensor file and in the compute one;
        # error on the H200's crops: maxima at most 0.42 of the official fp16 shader's, means 0.51);
        # C4F32's (32 channels) lost that way (0.322 -> 0.327) and keeps a float add per tap.
        sums = "row" if layer.in_groups - 1 <= WIDE_GROUPS else "tap"
        return tuple(dataclasses.replace(tiling, half_tile=True, half_sums=sums)
                     for tiling in TILING_CANDIDATES)
    if stored and layer.in_groups > WIDE_GROUPS:
        # The last layer of a wide model, phased on 16x16 tiles (C4F32: 0.146 ms against 0.168 on 8x8
        # packed-half tiles); a narrow model's was faster unphased (C4F16: 0.089 against 0.096).
        return tuple(dataclasses.replace(tiling, chunk_groups=phase_groups) for tiling in SQUARE_PHASED)
    # The first layer of a colour model, and the last of a narrow one: an unsliced one (1 group out)
    # keeps a stored tensor's tile as packed float16: exact for rgba16f tensors, and faster there
    # (C4F16 0.092 vs 0.113 ms, C4F32 0.175 vs 0.262). The sliced layers were measured fastest with
    # float tiles.
    return tuple(dataclasses.replace(tiling, half_tile=stored and slices == 1, out_split=slices)
                 for tiling in SMALL_TILE_CANDIDATES)


# The texture placement (texture_weights.py) tiles a layer like a matrix product: each thread keeps
# TEXTURE_GROUPS_PER_THREAD output groups of pixels_x × pixels_y pixels in registers, thread slices
# take the other groups; the workgroup stages one input group's tile and its weights (every tap, or
# one kernel row where that does not fit) in shared memory. Measured on the H200 (bench/README.md;
# R2F64's 64->64 layers at 720p, per frame): 2 groups x 4x2 pixels, 512 threads 14.08 ms (R8F64
# 50.7 ms); with the next group fetched into registers during the multiply-adds 14.54; 4 groups x 4x2,
# 256 threads 14.90 (13.81 with that prefetch, but its unrolled taps make R8F64's code 185 KB, over
# the 150 KB budget); 4 x 2x2 16.27; one kernel row per stage 17.64; 4 x 4x2 on 512 threads or 2 x 4x4
# spill registers (145-320 ms). Layers wider than 64 filters keep the prefetch: R16F96 was timed with
# it (186.7 ms at 720p). These kernels are for desktop GPUs (wide models are too slow for others): they
# use up to 512 threads and 32 KiB of shared memory (every OpenGL 4.3 and desktop Vulkan GPU has 1024
# and 32 KiB).
TEXTURE_GROUPS_PER_THREAD = 2
TEXTURE_PIXELS = ((4, 2), (2, 2), (2, 1), (1, 1))
TEXTURE_MAX_THREADS = 512
TEXTURE_PREFETCH_GROUPS = 16  # prefetch in layers of more output groups than this
# Threads per slice, by how many a workgroup of TEXTURE_MAX_THREADS leaves to each slice.
TEXTURE_SLICE_SHAPES = {512: (32, 16), 256: (16, 16), 128: (16, 8), 64: (8, 8), 32: (8, 4), 16: (4, 4),
                        8: (4, 2), 4: (2, 2), 2: (2, 1), 1: (1, 1)}


def texture_tilings(layer: Layer) -> tuple[ComputeTiling, ...]:
    """The texture placement's candidates for ``layer``, tried in order."""
    groups = layer.out_groups
    per_thread = next(n for n in (TEXTURE_GROUPS_PER_THREAD, 1) if groups % n == 0)
    slices = groups // per_thread
    share = TEXTURE_MAX_THREADS // slices
    threads = 1 << share.bit_length() - 1 if share else 1
    threads_x, threads_y = TEXTURE_SLICE_SHAPES[threads]
    prefetch = groups > TEXTURE_PREFETCH_GROUPS
    return tuple(ComputeTiling(threads_x * px, threads_y * py, px, py, "texture", out_split=slices,
                               stage_rows=rows, prefetch=prefetch)
                 for rows in (0, 1) for px, py in TEXTURE_PIXELS)


# The tensor variant's tensor-core layers (tensor_weights.py): 16-pixel rows, two per subgroup of 32
# invocations, 16x8 tiles (4 subgroups) or 16x4. Measured on the H200 in libplacebo on Vulkan
# (bench/README.md, "Tensor cores"; per 1080p layer, C4F16 16->16 / C4F32 32->32): every input channel
# in one phase, the weights loaded once per workgroup of 4 tiles and the next tile's texels fetched
# into registers while this one is multiplied: 0.124 / 0.442 ms, against 0.147 / - without that
# prefetch, 0.185 / 0.546 for one tile per workgroup, and 0.131 / 0.577 on 16x4 tiles. A layer's
# output channels go in one pass (C4F32: 2.61 ms a frame, 3.11 in two passes of 16); wider layers,
# whose weights do not fit TENSOR_SHARED_LIMIT, load 16 input channels per phase, one tile per
# workgroup. Between texture-placement layers (wider than 32 filters) there is always one pass per
# layer: those passes read every group of a tensor from one texture. Four matrix rows per subgroup
# (pixels_y 2) were 13-40 % slower than two (bench/tensor-sweep-round9.json).
TENSOR_TILE_HEIGHTS = (8, 4)
TENSOR_TILES_DOWN = 4
# 16-channel layers take 8 tiles per workgroup: C4F16 0.710 ms a frame against 0.717-0.719 with 4, in
# two runs (bench/tensor-sweep-round9.json; with the epilogue of round 6). C4F32's were measured with 4.
TENSOR_NARROW_TILES_DOWN = 8
# Fewer tiles per workgroup shorten the tail of a pass (what does not grow with the frame) and cost
# more weight loads per pixel, so the best number depends on the frame size (bench/README.md, "Round
# 12"; bench/pass-scaling-tiles-down.json, H200): C4F16 with 4 tiles 0.248 / 0.371 / 0.717 / 2.519 ms
# a 540p / 720p / 1080p / 4K frame, with 8 0.300 / 0.410 / 0.708 / 2.391 (C4F32's 32-channel layers:
# 4 is best from 540p to 1440p). So a pass of a layer with TENSOR_NARROW_TILES_DOWN tiles comes in two
# forms, the other with TENSOR_SMALL_FRAME_TILES_DOWN, each run by its own WHEN below or from
# plan.TENSOR_SMALL_FRAME_PIXELS input pixels.
TENSOR_SMALL_FRAME_TILES_DOWN = 4
# NVIDIA GPUs give a workgroup 48 KiB of shared memory (and 1024 invocations): the tensor passes run
# on nothing else.
TENSOR_SHARED_LIMIT = 48 * 1024


def tensor_tilings(layer: Layer, one_pass: bool = False) -> tuple[ComputeTiling, ...]:
    """The tensor variant's candidates for a tensor-eligible ``layer``, tried in order."""
    blocks = layer.kernel.shape[3] // TENSOR_MATRIX
    splits = [1] if one_pass else [split for split in range(1, blocks + 1) if blocks % split == 0]
    candidates = []
    for split in splits:
        for chunk in sorted({layer.in_groups, 4}, reverse=True):  # every input channel at once, else 16
            resident = chunk == layer.in_groups
            down = TENSOR_NARROW_TILES_DOWN if blocks // split == 1 else TENSOR_TILES_DOWN
            candidates += [ComputeTiling(16, height, 1, 1, "tensor", pass_split=split, chunk_groups=chunk,
                                         tiles_down=down if resident else 1, prefetch=resident)
                           for height in TENSOR_TILE_HEIGHTS]
    return tuple(candidates)


def small_frame_tiling(tiling: ComputeTiling | None) -> ComputeTiling | None:
    """The tiling of a tensor layer's pass for small frames, where it has two forms; else None. Only
    the tiles a workgroup walks differ: the shared memory and threads, which the planner checked for
    ``tiling``, are the same."""
    if tiling is None or tiling.weights != "tensor" or tiling.tiles_down != TENSOR_NARROW_TILES_DOWN:
        return None
    return dataclasses.replace(tiling, tiles_down=TENSOR_SMALL_FRAME_TILES_DOWN)
