"""A hypothesis strategy for hostile files: a real file truncated, or with some bytes flipped."""

from hypothesis import strategies as st


@st.composite
def damaged_copies(draw, original: bytes) -> bytes:
    """``original`` cut at a random length, or with 1–16 of its bytes XORed with a non-zero mask."""
    if draw(st.booleans(), label="truncate"):
        return original[: draw(st.integers(0, len(original) - 1), label="length")]
    damaged = bytearray(original)
    for _ in range(draw(st.integers(1, 16), label="flips")):
        position = draw(st.integers(0, len(damaged) - 1), label="position")
        damaged[position] ^= draw(st.integers(1, 255), label="mask")
    return bytes(damaged)
