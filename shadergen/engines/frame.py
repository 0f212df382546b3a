"""A video frame as three planes (Y, Cb, Cr), and reading/writing it from/to files.

Plane values are what sampling the uploaded video texture returns: 8-bit code values / 255, or
16-bit code values / 65535. Chroma may be smaller than luma (4:2:0). ``full_range`` says how the
MAIN stage's RGB conversion reads the planes (BT.709 either way).

Files: ``.png``/``.jpg`` are 8-bit RGB or gray; RGB becomes YCbCr BT.709 *full range* 4:4:4
(and back on output). ``.npy`` is one float32 luma plane (H, W) in [0, 1] with neutral chroma;
``.npz`` holds planes ``y``, ``cb``, ``cr`` at their own sizes (uint8 → 8-bit, float → 16-bit) and
an optional ``range`` ("full", the default, or "limited").
"""

from __future__ import annotations

import dataclasses
import math
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..atomic_files import output_target, write_atomically
from ..errors import ShadergenError
from ..input_files import check_input_file
from ..mpv.limits import checked_size

# BT.709 luma coefficients (ITU-R BT.709-6, item 3.2).
KR, KB = 0.2126, 0.0722
KG = 1.0 - KR - KB
# Limited-range 8-bit code values (BT.709 item 6.10): Y in 16..235, chroma in 16..240 around 128.
LIMITED_Y_OFFSET, LIMITED_Y_SCALE = 16 / 255, 219 / 255
LIMITED_C_SCALE = 224 / 255
NEUTRAL_CHROMA_8BIT = 128 / 255
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
GRAY_MODES = ("L", "1", "LA")  # Pillow's modes of 8-bit (and 1-bit) gray images
SIXTEEN_BIT_GRAY = ("I;16", "I;16B", "I;16L", "I")  # Pillow's modes of 16-bit gray PNG files
# The most pixels an input frame may have, checked from the file's header before its data is read:
# decoding takes ~100 bytes a pixel on the host, and the runtime's textures (texture_budget.py) would
# not hold what a larger frame's target needs anyway.
MAX_FRAME_PIXELS = 4096 * 4096
ARRAY_SUFFIXES = (".npy", ".npz")


@dataclass
class Frame:
    y: np.ndarray  # (H, W) float32
    cb: np.ndarray  # (h, w) float32, h = H or ceil(H/2) (likewise w)
    cr: np.ndarray
    bit_depth: int = 8  # 8: uploaded as r8/rg8 UNORM; 16: r16/rg16 UNORM
    full_range: bool = True
    gray: bool = False  # written back as a gray image

    def __post_init__(self):
        self.y = np.ascontiguousarray(self.y, dtype=np.float32)
        self.cb = np.ascontiguousarray(self.cb, dtype=np.float32)
        self.cr = np.ascontiguousarray(self.cr, dtype=np.float32)
        if self.y.ndim != 2 or self.cb.shape != self.cr.shape or self.cb.ndim != 2:
            raise ShadergenError(
                f"frame planes must be 2-D with equal chroma shapes, got "
                f"{self.y.shape}, {self.cb.shape}, {self.cr.shape}"
            )
        if self.bit_depth not in (8, 16):
            raise ShadergenError(f"bit depth must be 8 or 16, got {self.bit_depth}")

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the luma plane."""
        return self.y.shape[1], self.y.shape[0]

    @property
    def chroma_size(self) -> tuple[int, int]:
        return self.cb.shape[1], self.cb.shape[0]

    def quantized(self) -> Frame:
        """The planes rounded to their bit depth's code values (what the GPU texture holds)."""
        scale = 255.0 if self.bit_depth == 8 else 65535.0
        planes = [np.round(np.clip(p, 0.0, 1.0) * scale) / scale for p in (self.y, self.cb, self.cr)]
        return dataclasses.replace(self, y=planes[0], cb=planes[1], cr=planes[2])

    @classmethod
    def from_luma(cls, y: np.ndarray, bit_depth: int = 16, full_range: bool = True) -> Frame:
        """A luma plane with neutral 4:4:4 chroma."""
        neutral = NEUTRAL_CHROMA_8BIT if bit_depth == 8 else 32768 / 65535
        chroma = np.full(np.shape(y), neutral, np.float32)
        return cls(y, chroma, chroma.copy(), bit_depth=bit_depth, full_range=full_range)


def rgb_to_ycbcr(rgb: np.ndarray, full_range: bool = True) -> tuple[np.ndarray, ...]:
    """BT.709 non-constant-luminance YCbCr from R'G'B' in [0, 1] (H, W, 3)."""
    r, g, b = (rgb[..., i].astype(np.float64) for i in range(3))
    y = KR * r + KG * g + KB * b
    cb = (b - y) / (2 * (1 - KB))
    cr = (r - y) / (2 * (1 - KR))
    if full_range:
        return y, cb + 0.5, cr + 0.5
    return (
        LIMITED_Y_OFFSET + LIMITED_Y_SCALE * y,
        NEUTRAL_CHROMA_8BIT + LIMITED_C_SCALE * cb,
        NEUTRAL_CHROMA_8BIT + LIMITED_C_SCALE * cr,
    )


def ycbcr_to_rgb(y, cb, cr, full_range: bool = True) -> np.ndarray:
    """Inverse of :func:`rgb_to_ycbcr`; chroma planes must already be at luma size."""
    y, cb, cr = (np.asarray(p, np.float64) for p in (y, cb, cr))
    if full_range:
        cb, cr = cb - 0.5, cr - 0.5
    else:
        y = (y - LIMITED_Y_OFFSET) / LIMITED_Y_SCALE
        cb = (cb - NEUTRAL_CHROMA_8BIT) / LIMITED_C_SCALE
        cr = (cr - NEUTRAL_CHROMA_8BIT) / LIMITED_C_SCALE
    r = y + 2 * (1 - KR) * cr
    b = y + 2 * (1 - KB) * cb
    g = (y - KR * r - KB * b) / KG
    return np.stack([r, g, b], axis=-1)


@contextmanager
def opened_image(path, max_pixels: int = MAX_FRAME_PIXELS):
    """A Pillow image of a checked input file, at most MAX_TEXTURE_DIM per side and ``max_pixels``
    pixels (from its header); every failure inside the block becomes one ShadergenError line."""
    from PIL import Image, UnidentifiedImageError

    check_input_file(path, "image")
    try:
        with Image.open(path) as image:
            checked_frame_size(f"{path}: the image", *image.size, max_pixels=max_pixels)
            yield image
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError, MemoryError) as error:
        raise ShadergenError(f"{path}: cannot read the image ({error})") from None


def checked_frame_size(what: str, width, height, max_pixels: int = MAX_FRAME_PIXELS) -> tuple[int, int]:
    """``checked_size``, and at most ``max_pixels`` pixels."""
    width, height = checked_size(what, width, height)
    if width * height > max_pixels:
        side = math.isqrt(max_pixels)
        raise ShadergenError(
            f"{what} {width}x{height} has {width * height:,} pixels, more than shadergen's limit of "
            f"{max_pixels:,} ({side}x{side})"
        )
    return width, height


def _read_image(path: Path) -> Frame:
    with opened_image(path) as image:
        if image.mode in SIXTEEN_BIT_GRAY:
            luma = sixteen_bit_gray(image)
            return dataclasses.replace(Frame.from_luma(luma, bit_depth=16, full_range=True), gray=True)
        pixels = np.asarray(image.convert("L" if image.mode in GRAY_MODES else "RGB"))
    return frame_from_rgb8(pixels)


def sixteen_bit_gray(image) -> np.ndarray:
    """A 16-bit gray image's code values / 65535. Pillow's ``convert("L")`` clips them at 255
    instead of scaling (a fuzz run of 2026-12-05: 30000/65535 came out white)."""
    return np.clip(np.asarray(image, dtype=np.float64) / 65535.0, 0.0, 1.0)


def frame_from_rgb8(pixels: np.ndarray) -> Frame:
    """The frame an 8-bit image file becomes: (H, W) gray, or (H, W, 3) R'G'B' made Y'CbCr BT.709
    full range, 8-bit 4:4:4 (the inverse of :func:`frame_to_rgb8`)."""
    values = np.asarray(pixels, dtype=np.float64) / 255.0
    if values.ndim == 2:
        return dataclasses.replace(Frame.from_luma(values, bit_depth=8, full_range=True), gray=True)
    y, cb, cr = rgb_to_ycbcr(values, full_range=True)
    return Frame(y, cb, cr, bit_depth=8, full_range=True).quantized()


def _read_npy(path: Path) -> Frame:
    try:
        plane = np.load(path, allow_pickle=False, mmap_mode="r")
        if plane.ndim != 2 or not np.issubdtype(plane.dtype, np.floating):
            raise ShadergenError(
                f"{path}: expected one float luma plane (H, W), got {plane.dtype} {plane.shape}"
            )
        checked_frame_size(f"{path}: the plane", plane.shape[1], plane.shape[0])
        plane = np.array(plane)
    except (OSError, ValueError, MemoryError) as error:
        raise ShadergenError(f"{path}: cannot read the array: {error}") from None
    _check_finite(path, "luma", plane)
    return Frame.from_luma(plane, bit_depth=16)


def _check_finite(path: Path, name: str, plane: np.ndarray) -> None:
    if not np.all(np.isfinite(plane)):
        raise ShadergenError(f"{path}: plane {name!r} contains NaN or infinity")


def _check_stored_shape(path: Path, archive, key: str) -> None:
    """Refuse a plane that is not 2-D or is larger than a frame from its .npy header, before its data
    is read."""
    with archive.zip.open(f"{key}.npy") as stream:
        version = np.lib.format.read_magic(stream)
        formats = np.lib.format
        read_header = formats.read_array_header_1_0 if version == (1, 0) else formats.read_array_header_2_0
        shape = read_header(stream)[0]
    if len(shape) != 2:
        raise ShadergenError(f"{path}: plane {key!r} must be 2-D, got shape {shape}")
    checked_frame_size(f"{path}: plane {key!r}", shape[1], shape[0])


def _read_npz(path: Path) -> Frame:
    try:
        with np.load(path, allow_pickle=False) as archive:
            missing = [key for key in ("y", "cb", "cr") if key not in archive]
            if missing:
                raise ShadergenError(
                    f"{path}: missing plane(s) {', '.join(missing)}; expected keys y, cb, cr"
                )
            for key in ("y", "cb", "cr"):
                _check_stored_shape(path, archive, key)
            planes = {key: archive[key] for key in ("y", "cb", "cr")}
            color_range = str(archive["range"]) if "range" in archive else "full"
    except (OSError, ValueError, EOFError, MemoryError, zipfile.BadZipFile, zlib.error) as error:
        detail = " ".join(str(error).split()) or type(error).__name__
        raise ShadergenError(f"{path}: cannot read the archive: {detail}") from None
    if color_range not in ("full", "limited"):
        raise ShadergenError(f"{path}: 'range' must be 'full' or 'limited', got {color_range!r}")
    eight_bit = all(p.dtype == np.uint8 for p in planes.values())
    for key, plane in planes.items():
        if plane.ndim != 2:
            raise ShadergenError(f"{path}: plane {key!r} must be 2-D, got shape {plane.shape}")
        if not eight_bit and not np.issubdtype(plane.dtype, np.floating):
            raise ShadergenError(f"{path}: planes must all be uint8 or all float, got {plane.dtype}")
        _check_finite(path, key, plane.astype(np.float64))
    height, width = planes["y"].shape
    chroma_shape = planes["cb"].shape
    allowed = {(height, width), ((height + 1) // 2, (width + 1) // 2)}
    if chroma_shape != planes["cr"].shape or chroma_shape not in allowed:
        raise ShadergenError(
            f"{path}: chroma planes {chroma_shape}/{planes['cr'].shape} must equal "
            f"the luma size {height}x{width} or half of it (4:2:0)"
        )
    if eight_bit:
        scaled = {key: plane.astype(np.float32) / 255.0 for key, plane in planes.items()}
        return Frame(**scaled, bit_depth=8, full_range=color_range == "full")
    return Frame(**planes, bit_depth=16, full_range=color_range == "full")


def read_frame(path: str | Path) -> Frame:
    """Load an input frame; the extension picks the reader (see the module docstring)."""
    path = Path(path)
    suffix = path.suffix.lower()
    check_input_file(path, "input file")
    if suffix in IMAGE_SUFFIXES:
        return _read_image(path)
    if suffix == ".npy":
        return _read_npy(path)
    if suffix == ".npz":
        return _read_npz(path)
    raise ShadergenError(f"{path}: unknown input type {suffix!r} (use .png, .jpg, .npy or .npz)")


def _upsample_nearest(plane: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    rows = np.minimum(np.arange(shape[0]) * plane.shape[0] // shape[0], plane.shape[0] - 1)
    cols = np.minimum(np.arange(shape[1]) * plane.shape[1] // shape[1], plane.shape[1] - 1)
    return plane[rows][:, cols]


def frame_to_rgb8(frame: Frame) -> np.ndarray:
    """(H, W, 3) or (H, W) uint8 for an image file."""
    if frame.gray:
        return np.round(np.clip(frame.y, 0, 1) * 255).astype(np.uint8)
    cb = _upsample_nearest(frame.cb, frame.y.shape)
    cr = _upsample_nearest(frame.cr, frame.y.shape)
    rgb = ycbcr_to_rgb(frame.y, cb, cr, frame.full_range)
    return np.round(np.clip(rgb, 0, 1) * 255).astype(np.uint8)


def check_output_path(path: str | Path) -> Path:
    """Refuse an output name before any work is done: unknown extension, or what the atomic writer
    refuses (missing folder, a device, an input...)."""
    output_target(path)
    path = Path(path)
    if path.suffix.lower() not in IMAGE_SUFFIXES + ARRAY_SUFFIXES:
        raise ShadergenError(f"{path}: unknown output type {path.suffix!r} (use .png, .jpg, .npy or .npz)")
    return path


def write_frame(frame: Frame, path: str | Path) -> None:
    """Save an output frame; ``.npy`` keeps only luma (float32), ``.npz`` all planes."""
    path = check_output_path(path)
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        from PIL import Image

        image = Image.fromarray(frame_to_rgb8(frame))
        write_atomically(
            path,
            lambda name: image.save(
                name,
                format="PNG" if suffix == ".png" else "JPEG",
                **({"quality": 95} if suffix != ".png" else {}),
            ),
        )
    elif suffix == ".npy":
        write_atomically(path, lambda name: np.save(name, frame.y.astype(np.float32)))
    else:
        planes = {"y": frame.y, "cb": frame.cb, "cr": frame.cr}
        color_range = np.array("full" if frame.full_range else "limited")
        write_atomically(path, lambda name: np.savez(name, range=color_range, **planes))
