"""libplacebo's ``random`` global: xoshiro256+ from a fixed seed, one draw per executed pass.

Seed and step follow libplacebo's ``prng_step`` (custom_mpv.c); the first draws are 0.292715,
0.439411, 0.745917, 0.482997 (mpv-hooks.md §4.4, read from an instrumented libplacebo build).
"""

from __future__ import annotations

import numpy as np

# libplacebo's seed ("determined by fair die roll"), one per shader file.
LIBPLACEBO_SEED = (0xB76D71F9443C228A, 0x93A02092FC4807E8, 0x06D81748F838BD07, 0x9381EE129DDDCE6C)
_MASK = (1 << 64) - 1


class Xoshiro256Plus:
    def __init__(self, seed: tuple[int, int, int, int] = LIBPLACEBO_SEED):
        self.state = list(seed)

    def next_float(self) -> float:
        """The next value in [0, 1), as the float32 that reaches the shader."""
        s = self.state
        result = (s[0] + s[3]) & _MASK
        t = (s[1] << 17) & _MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = ((s[3] << 45) | (s[3] >> 19)) & _MASK
        return float(np.float32((result >> 11) * 2.0**-53))
