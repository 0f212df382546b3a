"""Channel packing and GLSL weight literals.

Channels travel 4 per rgba texel: channel ``c`` lives in group ``c // 4``, component ``c % 4``; the
last group is zero-padded when the count is not a multiple of 4. Weights become ``mat4``/``vec4``
literals whose text is the shortest decimal that reads back as the same float32, so a shader holds
exactly the weights of the file and the same weights always print the same bytes.
"""

from __future__ import annotations

import numpy as np

LANES = 4  # rgba: channels per texel, per vec4, per mat4 column
# Outside this range the positional form gets long (0.0000001234 or 12345678.0); exponent form is
# shorter there. Both forms read back to the same float32.
POSITIONAL_MIN = 1e-4
POSITIONAL_MAX = 1e7


def group_count(channels: int) -> int:
    """rgba texels needed for ``channels`` channels."""
    return -(-channels // LANES)


def format_float(value) -> str:
    """Shortest decimal text that reads back as the same float32, always a typed GLSL float literal.

    ``1.0`` never ``1``; ``1.5e-05`` never ``1.5e-5f``; negative zero keeps its sign.
    """
    single = np.float32(value)
    if not np.isfinite(single):
        raise ValueError(f"cannot write {value!r} as a GLSL literal")
    magnitude = abs(float(single))
    if magnitude == 0.0 or POSITIONAL_MIN <= magnitude < POSITIONAL_MAX:
        text = np.format_float_positional(single, unique=True, trim="0")
    else:
        text = np.format_float_scientific(single, unique=True, trim="0", exp_digits=2)
    return text


def pad_channels(values: np.ndarray, axis: int) -> np.ndarray:
    """Zero-pad ``axis`` of ``values`` to a multiple of 4 (the padded channels stay exactly zero)."""
    missing = group_count(values.shape[axis]) * LANES - values.shape[axis]
    if missing == 0:
        return values
    widths = [(0, 0)] * values.ndim
    widths[axis] = (0, missing)
    return np.pad(values, widths)


def vec4_literal(values, type_name: str = "vec4") -> str:
    values = np.asarray(values, dtype=np.float32).reshape(-1)
    if values.size != LANES:
        raise ValueError(f"a vec4 needs 4 values, got {values.size}")
    return f"{type_name}({', '.join(format_float(v) for v in values)})"


def mat4_literal(block, type_name: str = "mat4") -> str:
    """``block[i, o]`` (input lane i, output lane o) as a mat4 whose column i is input lane i.

    GLSL matrices are column-major and ``M * v`` sums ``M[i] * v[i]`` over columns, so row o of the
    product is output lane o: exactly ``Σ_i block[i, o] · v[i]``.
    """
    block = np.asarray(block, dtype=np.float32)
    if block.shape != (LANES, LANES):
        raise ValueError(f"a mat4 needs a 4x4 block, got {block.shape}")
    return f"{type_name}({', '.join(format_float(v) for v in block.reshape(-1))})"


def kernel_blocks(kernel: np.ndarray) -> np.ndarray:
    """HWIO kernel → (kh, kw, in_groups, out_groups, 4, 4) zero-padded blocks [.., in lane, out lane]."""
    padded = pad_channels(pad_channels(np.asarray(kernel, dtype=np.float32), 2), 3)
    kh, kw, cin, cout = padded.shape
    blocks = padded.reshape(kh, kw, cin // LANES, LANES, cout // LANES, LANES)
    return blocks.transpose(0, 1, 2, 4, 3, 5)


def round_to_half(values) -> np.ndarray:
    """float32 values rounded to the nearest float16 (ties to even), kept as float32."""
    return np.asarray(values, dtype=np.float32).astype(np.float16).astype(np.float32)


def bias_groups(bias: np.ndarray) -> np.ndarray:
    """(out,) bias → (out_groups, 4) zero-padded."""
    return pad_channels(np.asarray(bias, dtype=np.float32), 0).reshape(-1, LANES)
