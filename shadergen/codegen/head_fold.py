"""Folding a network's linear head into its second layer.

ArtCNN (C models) starts with ``stem`` (luma -> F, 3x3, no activation), read by ``conv_1`` (F -> F,
3x3, then ReLU). With the tail folded (tail_fold.py) ``conv_1`` is the stem's only reader, and
nothing non-linear lies between the luma plane and ``conv_1``'s sum: away from the border
``conv_1 ∘ stem`` is one 5x5 kernel from the luma plane to F channels, and the biases one constant.
One pass then computes ``conv_1`` from luma (25·F multiply-adds a pixel instead of 9·F + 9·F²), and
the stem's pass and its stored F channels disappear: ArtCNN C4F16 does 2048 multiply-adds a pixel
fewer (400 instead of 144 + 2304), C4F32 8704 (800 instead of 288 + 9216).

At the border the folded sum counts what the stem would have computed beyond the frame, where Keras
pads the stem's output with zeros: exactly the tail's case, with ``stem`` as conv_a and ``conv_1``
as conv_b, so the correction's terms (a row or column of 5 luma taps and a constant per side, one
tap per corner) come from tail_fold.edge_term. It is subtracted before ``conv_1``'s activation.
Everything is composed in float64 from the float32 weights.

In the tensor variant the folded layer (a 5x5 kernel from one channel, with steps) is not computed by
the tensor passes that read it, as a 3x3 stem is (plan._stem_inlinable): it is a compute pass of its
own, and the tensor passes begin with the third layer (C4F32: a 32->32 tensor pass traded for a pass
of 800 multiply-adds a pixel).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .shader_plan import Layer, Step
from .tail_fold import CORNERS, SIDES, EdgeCorrection, composed, edge_term

# The variants whose luma models plan.plan_shader folds the head of (others when asked: fold_head).
# Timed on the H200 (bench/results.md, "Round 22"): C4F16 compute fp32 on OpenGL 1.054 -> 0.881 ms
# (the head's pass 0.081 ms for the stem's 0.050 and a 0.204 middle pass), C4F32 3.489 -> 2.815; the
# tensor files in libplacebo C4F16 0.590 -> 0.540, C4F32 1.843 -> 1.607.
FOLD_LINEAR_HEAD: frozenset[str] = frozenset({"compute", "tensor"})
# A folded head's pass computes in float in the fp16 files too (render.pass_precision): its 5x5
# weights are sums of products of two layers' weights, whose terms cancel, and float16 products of
# them erred more than the official fp16 shader (ArtCNN C4F16 in libplacebo on lavapipe, cel 61x47:
# max 4.14e-3 against 3.77e-3, the worst ratio on issue 4's crops 1.10). In float the worst ratio is
# 0.61, against 0.63 for the release file; C4F32 0.57 (release 0.77). It costs 400 (C4F16) or 800
# (C4F32) float multiply-adds a pixel, where the rest of the network does 8612 or 30948.
HEAD_IN_FLOAT = True


def is_folded_head(layer: Layer) -> bool:
    """Whether ``layer`` is a folded head: it reads the network input and corrects its border."""
    return layer.source is None and layer.edge_correction is not None


def fold_linear_head(layers: list[Layer]) -> list[Layer]:
    """``layers`` with the linear head folded into its second layer (module docstring), or unchanged
    where the head is not one (an activation or skip add on the stem, a second reader of the stem's
    output, kernels other than 3x3, a colour input)."""
    if len(layers) < 3:
        return layers
    stem, first = layers[0], layers[1]
    if not (stem.scalar_input and not stem.steps and stem.kernel_size == 3 and not stem.is_final
            and first.source == stem.output and first.kernel_size == 3 and not first.appends_plane
            and all(step.kind == "activation" for step in first.steps)):
        return layers
    if any(layer.source == stem.output or stem.output in layer.add_operands for layer in layers[2:]):
        return layers
    return [_fold(stem, first), *layers[2:]]


def _fold(stem: Layer, first: Layer) -> Layer:
    through = stem.kernel.astype(np.float64)  # (3, 3, 1, F): the luma plane through the stem
    bias = stem.bias.astype(np.float64)
    w_out = first.kernel.astype(np.float64)
    taps, constant = composed(through, bias, w_out)
    kernel = np.zeros((5, 5, 1, w_out.shape[3]))
    for (dx, dy), matrix in taps.items():
        kernel[dy + 2, dx + 2] = matrix
    terms = [edge_term((side,), 1, through, bias, w_out) for side in SIDES]
    terms += [edge_term(corner, -1, through, bias, w_out) for corner in CORNERS]
    steps = (Step("edges", edges=EdgeCorrection(tuple(terms))), *first.steps)
    return dataclasses.replace(first, name=f"{stem.name}_{first.name}", source=None,
                               kernel=kernel.astype(np.float32),
                               bias=(first.bias + constant).astype(np.float32), steps=steps)
