"""libplacebo texture format names (TEXTURE ``FORMAT``) and how they map onto OpenGL via moderngl.

Names follow libplacebo (mpv-hooks.md §1.3): ``r8``..``rgba8`` unorm, ``…8s``/``…16s`` snorm,
``…u``/``…i`` integer, ``…16`` unorm, ``…16hf`` half float with half-float host data, ``…16f``
half-float storage with *32-bit float* host data (libplacebo's emulated format), ``…32f`` float.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CHANNEL_PREFIXES = {"r": 1, "rg": 2, "rgb": 3, "rgba": 4}


@dataclass(frozen=True)
class TextureFormat:
    name: str
    components: int
    host_dtype: np.dtype  # one component of the hex data in the file
    gl_dtype: str  # moderngl texture dtype: what the GPU stores
    integer: bool  # sampled through usampler/isampler, never linearly filterable
    sampler_prefix: str  # "" | "u" | "i": the GLSL sampler type prefix

    @property
    def texel_size(self) -> int:
        return self.components * self.host_dtype.itemsize


# suffix → (host numpy dtype, moderngl dtype, integer, sampler prefix)
_SUFFIXES = {
    "8": ("u1", "f1", False, ""),
    "8s": ("i1", "ni1", False, ""),
    "8u": ("u1", "u1", True, "u"),
    "8i": ("i1", "i1", True, "i"),
    "16": ("<u2", "nu2", False, ""),
    "16s": ("<i2", "ni2", False, ""),
    "16u": ("<u2", "u2", True, "u"),
    "16i": ("<i2", "i2", True, "i"),
    "16hf": ("<f2", "f2", False, ""),
    "16f": ("<f4", "f2", False, ""),  # emulated: float32 host data, half-float storage
    "32f": ("<f4", "f4", False, ""),
    "32u": ("<u4", "u4", True, "u"),
    "32i": ("<i4", "i4", True, "i"),
}


def _build_table() -> dict[str, TextureFormat]:
    table = {}
    for prefix, components in CHANNEL_PREFIXES.items():
        for suffix, (host, gl, integer, sampler) in _SUFFIXES.items():
            name = prefix + suffix
            table[name] = TextureFormat(name, components, np.dtype(host), gl, integer, sampler)
    return table


TEXTURE_FORMATS = _build_table()


def texture_format(name: str) -> TextureFormat | None:
    return TEXTURE_FORMATS.get(name)
