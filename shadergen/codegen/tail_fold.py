"""Folding a network's linear tail into its last pass.

ArtCNN (and its R models) end with ``conv_a`` (F -> F, no activation), the add of the first layer's
output (``stem``: 1 -> F, no activation), ``conv_b`` (F -> 4) and the depth-to-space. Nothing in
that tail is non-linear, so away from the border it is one convolution: ``conv_b ∘ conv_a`` is a 5x5
kernel on ``conv_a``'s input X, ``conv_b ∘ stem`` a 5x5 kernel on the luma plane, and the biases one
constant. The last pass then reads X and the luma plane (one more input group: luma, 0, 0, 0) and
the pass of ``conv_a`` and its stored F channels disappear.

Keras pads with zeros what ``conv_b`` reads beyond the frame, but the folded kernel takes there what
``conv_a`` and ``stem`` would have computed (their biases and the pixels in reach). So at the
border the folded sum is corrected: with q = p + e the pixels ``conv_b`` reads, the folded sum at
pixel p counts ``W_b(e) · L(q)`` for every q, and the frame only those inside, so the pixels outside
are subtracted. Those q lie beyond one side of the frame (a row above it, a row below, a column
left or right: 3 of each) or two (the corner pixel beyond both, counted by both sides), so

    correction(p) = Σ_sides [p on that side] · side(p) − Σ_corners [p in that corner] · corner(p)

where ``side(p)`` and ``corner(p)`` are again small convolutions of X and luma (a row or column of
5 taps, or 1 tap) plus a constant, composed here from the same weights. X and luma are zero outside
the frame, as the passes load them, so this holds for every frame size. Everything is composed in
float64 from the float32 weights.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from .pack import LANES, group_count
from .shader_plan import Layer, Step

# The compute and tensor variants fold the tail where they can (fold_linear_tail). Measured on the
# H200 (bench/README.md, "Folded tail").
FOLD_LINEAR_TAIL = True

# Which pixels q = p + e of a 3x3 kernel (e in -1..1) lie beyond each side of the frame when p is on
# that side, and which folded taps d (offsets from p) can then still be inside it.
SIDES = {
    "top": (lambda ex, ey: ey == -1, lambda dx, dy: dy >= 0),
    "bottom": (lambda ex, ey: ey == 1, lambda dx, dy: dy <= 0),
    "left": (lambda ex, ey: ex == -1, lambda dx, dy: dx >= 0),
    "right": (lambda ex, ey: ex == 1, lambda dx, dy: dx <= 0),
}
CORNERS = (("top", "left"), ("top", "right"), ("bottom", "left"), ("bottom", "right"))


@dataclass(frozen=True, eq=False)
class EdgeTerm:
    """``sign`` × (bias + Σ taps matrix^T · input(p + (dx, dy))), for pixels p on every one of
    ``sides``; the matrices span the folded layer's input channels (X, then the luma group)."""

    sides: tuple[str, ...]
    sign: int
    bias: np.ndarray  # (out,)
    taps: tuple[tuple[int, int, np.ndarray], ...]  # (dx, dy, (in, out))


@dataclass(frozen=True, eq=False)
class EdgeCorrection:
    """What a folded last layer (or head, head_fold.py) subtracts from its sum at the frame's border
    (module docstring)."""

    terms: tuple[EdgeTerm, ...]

    @property
    def out_groups(self) -> int:
        """The output groups it corrects: the folded layer's."""
        return group_count(len(self.terms[0].bias))


def fold_linear_tail(layers: list[Layer]) -> list[Layer]:
    """``layers`` with the linear tail folded into the last layer (module docstring), or unchanged
    where the tail is not one (an activation, a 5x5 kernel, a second reader of its tensor...)."""
    if len(layers) < 3:
        return layers
    stem, middle, final = layers[0], layers[-2], layers[-1]
    if not (final.is_final and final.source is not None and final.source == middle.output
            and final.kernel_size == 3 and middle.kernel_size == 3 and middle.source is not None
            and all(step.kind == "clip" for step in final.steps)
            and all(step.kind == "add" for step in middle.steps)):
        return layers
    others = layers[:-2]
    if any(layer.source == middle.output or middle.output in layer.add_operands for layer in others):
        return layers
    skips = middle.add_operands
    if skips and not (len(skips) == 1 and skips[0] == stem.output and stem.scalar_input
                      and not stem.steps and stem.kernel_size == 3
                      and any(layer.source == stem.output or stem.output in layer.add_operands
                              for layer in others[1:])):
        return layers
    folded = _fold(stem if skips else None, middle, final)
    return [*others, folded]


def _fold(stem: Layer | None, middle: Layer, final: Layer) -> Layer:
    w_mid = middle.kernel.astype(np.float64)
    w_out = final.kernel.astype(np.float64)
    channels, out = w_mid.shape[2], w_out.shape[3]
    plane = stem is not None
    luma = LANES * group_count(channels)  # X's groups (zero-padded), then the group (luma, 0, 0, 0)
    inputs = luma + (LANES if plane else 0)
    # (ky, kx, in, out) of every input channel through conv_a / the stem.
    through = np.zeros((3, 3, inputs, channels))
    through[..., :channels, :] = w_mid
    bias = middle.bias.astype(np.float64)
    if plane:
        through[..., luma, :] = stem.kernel[..., 0, :]
        bias = bias + stem.bias
    taps, constant = composed(through, bias, w_out)
    kernel = np.zeros((5, 5, inputs, out))
    for (dx, dy), matrix in taps.items():
        kernel[dy + 2, dx + 2] = matrix
    folded_bias = final.bias + constant
    terms = [edge_term((side,), 1, through, bias, w_out) for side in SIDES]
    terms += [edge_term(corner, -1, through, bias, w_out) for corner in CORNERS]
    steps = (Step("edges", edges=EdgeCorrection(tuple(terms))), *final.steps)
    return dataclasses.replace(final, name=f"{middle.name}_{final.name}", source=middle.source,
                               kernel=kernel.astype(np.float32),
                               bias=folded_bias.astype(np.float32), steps=steps, appends_plane=plane)


def composed(through: np.ndarray, bias: np.ndarray, w_out: np.ndarray, keep_e=lambda ex, ey: True,
              keep_d=lambda dx, dy: True) -> tuple[dict, np.ndarray]:
    """``conv_b ∘ (conv_a, stem)`` over conv_b's taps e that ``keep_e`` keeps: the matrix of each
    folded tap d = e + t (t conv_a's tap) that ``keep_d`` keeps, by (dx, dy), and what the biases
    add."""
    taps: dict[tuple[int, int], np.ndarray] = {}
    constant = np.zeros(w_out.shape[3])
    for ey in (-1, 0, 1):
        for ex in (-1, 0, 1):
            if not keep_e(ex, ey):
                continue
            weights = w_out[ey + 1, ex + 1]
            constant += bias @ weights
            for ty in range(3):
                for tx in range(3):
                    dx, dy = ex + tx - 1, ey + ty - 1
                    if keep_d(dx, dy):
                        taps[dx, dy] = taps.get((dx, dy), 0) + through[ty, tx] @ weights
    return taps, constant


def edge_term(sides: tuple[str, ...], sign: int, through: np.ndarray, bias: np.ndarray,
               w_out: np.ndarray) -> EdgeTerm:
    """The part of the folded sum that the pixels q = p + e beyond all of ``sides`` contribute."""
    taps, constant = composed(through, bias, w_out,
                               lambda ex, ey: all(SIDES[side][0](ex, ey) for side in sides),
                               lambda dx, dy: all(SIDES[side][1](dx, dy) for side in sides))
    rows_first = sorted(taps.items(), key=lambda item: item[0][::-1])
    ordered = tuple((dx, dy, matrix) for (dx, dy), matrix in rows_first if np.any(matrix))
    return EdgeTerm(sides, sign, constant, ordered)
