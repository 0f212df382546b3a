"""Winograd's minimal filtering F(2x2, 3x3) for the 3x3 convolutions of compute passes.

A 2x2 block of output pixels is computed from the 4x4 input patch around it (one pixel of halo)
with 16 multiplications per input and output channel instead of 36 (Lavin & Gray, 2015):

    Y = Aᵀ [ (G g Gᵀ) ⊙ (Bᵀ d B) ] A

``d`` the 4x4 patch of one input channel, ``g`` the 3x3 kernel of one (input, output) pair, ``⊙``
the element-wise product summed over the input channels. Keras' convolution is a correlation,
``y[r, c] = Σ g[a, b] · d[r + a, c + b]``, which is what these matrices compute. The weights are
transformed once here, in float64 (U = G g Gᵀ, 16 values per input/output pair); the shader
transforms the input (Bᵀ d B: additions only) and the output (Aᵀ M A: additions only).
"""

from __future__ import annotations

import numpy as np

# Rows of Bᵀ (4x4), G (4x3) and Aᵀ (2x4).
BT = np.array([[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]], dtype=np.float64)
G = np.array([[1, 0, 0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0, 0, 1]], dtype=np.float64)
AT = np.array([[1, 1, 1, 0], [0, 1, -1, -1]], dtype=np.float64)
POSITIONS = 16  # the 4x4 element-wise products, position ξ = 4 i + j


def transformed_kernel(kernel: np.ndarray) -> np.ndarray:
    """HWIO 3x3 kernel → (4, 4, in, out) U = G g Gᵀ, in float64."""
    kernel = np.asarray(kernel, dtype=np.float64)
    if kernel.shape[:2] != (3, 3):
        raise ValueError(f"Winograd F(2x2, 3x3) needs a 3x3 kernel, got {kernel.shape[:2]}")
    return np.einsum("ia,abco,jb->ijco", G, kernel, G)


def input_rows(i: int) -> tuple[tuple[int, float], tuple[int, float]]:
    """The two (patch row, sign) pairs of row ``i`` of Bᵀ: V[i][·] = s0 · d[a0][·] + s1 · d[a1][·]."""
    a0, a1 = np.flatnonzero(BT[i])
    return (int(a0), float(BT[i, a0])), (int(a1), float(BT[i, a1]))


def correlate_2x2(patch: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """The reference: one 2x2 output block of ``patch`` (4, 4, in) with ``kernel`` (3, 3, in, out)
    through the transforms, in float64 (tests compare it with the direct sum)."""
    u = transformed_kernel(kernel)
    v = np.einsum("ia,abc,jb->ijc", BT, np.asarray(patch, dtype=np.float64), BT)
    m = np.einsum("ijco,ijc->ijo", u, v)
    return np.einsum("pi,ijo,qj->pqo", AT, m, AT)
