"""How many bytes of textures the OpenGL runtime may hold, and the checks that keep it within them.

A frame allocates its textures as it goes: the uploaded planes, one output texture per pass that
runs, the built-in compositions, and the float32 target it reads back (pooled per frame:
gl_surfaces.py). Sizes within ``MAX_TEXTURE_DIM`` per side can still need gigabytes, which Mesa
llvmpipe cannot allocate (a texture above 1 GiB leaves its framebuffer incomplete) and which the
host may not have. So the runtime refuses, before allocating, a texture larger than
``MAX_TEXTURE_BYTES`` or a frame whose textures add up to more than ``MAX_FRAME_TEXTURE_BYTES``.

The largest legitimate use measured: ArtCNN C4F32 (fragment) on a 1920x1080 frame scaled to
3840x2160 allocates 952 MiB; the budget leaves twice that. The per-frame count applies on Mesa's
software rasterisers only (gl_surfaces.SOFTWARE_RENDERERS): a GPU has its own memory, and its
driver's allocation errors become one line where the runtime allocates. ``check_frame_fits`` (the
uploaded planes and the read-back target, before any context exists) applies everywhere.
"""

from __future__ import annotations

from ...errors import ShadergenError

MIB = 1 << 20
# Mesa llvmpipe's LP_MAX_TEXTURE_SIZE: the largest texture it allocates (measured: 16384x8192 rgba16f
# works, 16384x8192 rgba32f gives an incomplete framebuffer).
MAX_TEXTURE_BYTES = 1024 * MIB
MAX_FRAME_TEXTURE_BYTES = 2048 * MIB
# Bytes per texel of each moderngl dtype the runtime allocates.
DTYPE_BYTES = {"f1": 1, "nu2": 2, "f2": 2, "f4": 4}
# The read-back target is rgba32f (Surfaces.read).
TARGET_DTYPE, TARGET_COMPONENTS = "f4", 4


def texture_bytes(size: tuple[int, int], components: int, dtype: str) -> int:
    return int(size[0]) * int(size[1]) * components * DTYPE_BYTES[dtype]


def texture_problem(
    what: str, size: tuple[int, int], components: int, dtype: str, held: int = 0
) -> str | None:
    """Why a ``what`` texture cannot be allocated next to ``held`` bytes of textures, or None."""
    needed = texture_bytes(size, components, dtype)
    if needed > MAX_TEXTURE_BYTES:
        return (
            f"{what} ({size[0]}x{size[1]}) needs {needed // MIB} MiB of texture, more than the runtime's "
            f"limit of {MAX_TEXTURE_BYTES // MIB} MiB per texture"
        )
    if held + needed > MAX_FRAME_TEXTURE_BYTES:
        return (
            f"{what} ({size[0]}x{size[1]}): the frame needs {(held + needed) // MIB} MiB of textures, more "
            f"than the runtime's limit of {MAX_FRAME_TEXTURE_BYTES // MIB} MiB"
        )
    return None


def plane_bytes(size: tuple[int, int], chroma_size: tuple[int, int], bit_depth: int) -> int:
    """The uploaded luma (r8/r16) and merged chroma (rg8/rg16) planes."""
    dtype = "f1" if bit_depth == 8 else "nu2"
    return texture_bytes(size, 1, dtype) + texture_bytes(chroma_size, 2, dtype)


def check_frame_fits(
    name_for_errors: str,
    input_size: tuple[int, int],
    chroma_size: tuple[int, int],
    bit_depth: int,
    target_size: tuple[int, int],
) -> None:
    """Refuse, before any GPU work, a frame whose planes and read-back target alone break the budget."""
    prefix = f"{name_for_errors}: " if name_for_errors else ""
    held = plane_bytes(input_size, chroma_size, bit_depth)
    problem = texture_problem(
        f"a {input_size[0]}x{input_size[1]} frame scaled to its target", target_size,
        TARGET_COMPONENTS, TARGET_DTYPE, held,
    )
    if problem:
        raise ShadergenError(prefix + problem)
