"""Real libplacebo as a test oracle: FFmpeg's ``libplacebo`` filter on Mesa's lavapipe (Vulkan).

Recipe and pitfalls: design.md. The input is an 8-bit Y'CbCr frame (4:2:0 or 4:4:4) tagged BT.709
limited range; the output is ``yuv444p16le`` decoded as code value / 65280 (libplacebo maps the
8-bit value v to the 16-bit value 256·v in limited range), so the planes compare directly with
8-bit-code/255 values. The main scaler is ``bilinear`` with sigmoidization off, matching our
runtime. When a pass fails to compile, libplacebo silently disables the file and FFmpeg still
exits 0 with a plain upscale, so any failure line on stderr is an error here.

Debian 12 ships libplacebo 4.208 (mpv 0.35's gpu-next engine); see mpv-hooks.md §7 for what it
does differently from current libplacebo (no PARAM blocks, no SAVE MAIN alias, …).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .frame import Frame

# 16-bit limited-range code of the 8-bit value v is 256·v, so value/65280 equals v/255.
LIMITED_16BIT_DIVISOR = 65280.0
ORACLE_TIMEOUT_S = 120
# stderr lines that mean libplacebo rejected or disabled the shader (it then falls back to bilinear).
FAILURE_PATTERN = re.compile(r"glslang failed|failed|error|unrecognized|disabling", re.IGNORECASE)


# FFmpeg's messages when the filter or a Vulkan device is missing (rather than the shader at fault).
UNAVAILABLE_MARKERS = (
    "No such filter: 'libplacebo'",
    "Device creation failed",
    "for option 'init_hw_device'",
)


class OracleUnavailable(RuntimeError):
    """FFmpeg, its libplacebo filter or a Vulkan device is missing."""


class OracleError(RuntimeError):
    """libplacebo rejected the shader or FFmpeg failed; the message holds its stderr."""


def ffmpeg_path() -> str | None:
    return shutil.which("ffmpeg")


def _pixel_format(frame: Frame) -> str:
    width, height = frame.size
    if frame.chroma_size == (width, height):
        return "yuv444p"
    if frame.chroma_size == ((width + 1) // 2, (height + 1) // 2):
        return "yuv420p"
    raise ValueError(f"chroma {frame.chroma_size} is neither 4:4:4 nor 4:2:0 of {frame.size}")


def _raw_bytes(frame: Frame) -> bytes:
    if frame.bit_depth != 8:
        raise ValueError("the oracle takes 8-bit frames (what libplacebo uploads as r8/rg8)")
    planes = (np.round(np.clip(p, 0.0, 1.0) * 255.0).astype(np.uint8) for p in (frame.y, frame.cb, frame.cr))
    return b"".join(p.tobytes() for p in planes)


def run_libplacebo(shader_paths: Sequence[str | Path], frame: Frame, target_size: tuple[int, int]) -> Frame:
    """Run one shader file on ``frame`` through FFmpeg+libplacebo; return 4:4:4 planes.

    Raises OracleUnavailable when FFmpeg/Vulkan is missing, OracleError when libplacebo reports
    any failure (which would otherwise silently yield a bilinear upscale).
    """
    ffmpeg = ffmpeg_path()
    if ffmpeg is None:
        raise OracleUnavailable("ffmpeg is not installed (apt-get install ffmpeg mesa-vulkan-drivers)")
    if len(shader_paths) != 1:
        raise ValueError("FFmpeg 5.1's libplacebo filter takes exactly one custom shader file")
    out_w, out_h = target_size
    width, height = frame.size
    with tempfile.TemporaryDirectory(prefix="shadergen-oracle-") as folder:
        folder_path = Path(folder)
        # A plain name: filter-graph syntax would need ':' ',' '\' in a user path escaped.
        shader = folder_path / "shader.glsl"
        shutil.copyfile(shader_paths[0], shader)
        runtime_dir = folder_path / "xdg"
        runtime_dir.mkdir(mode=0o700)
        graph = (
            "setparams=range=tv:colorspace=bt709:color_primaries=bt709:color_trc=bt709,"
            f"hwupload,libplacebo=w={out_w}:h={out_h}:custom_shader_path={shader}:"
            "format=yuv444p16le:upscaler=bilinear:downscaler=bilinear:sigmoid=0,"
            "hwdownload,format=yuv444p16le"
        )
        command = [
            ffmpeg,
            "-hide_banner",
            "-nostdin",
            "-loglevel",
            "warning",
            "-init_hw_device",
            "vulkan",
            "-f",
            "rawvideo",
            "-pix_fmt",
            _pixel_format(frame),
            "-s",
            f"{width}x{height}",
            "-i",
            "pipe:0",
            "-vf",
            graph,
            "-frames:v",
            "1",
            "-f",
            "rawvideo",
            "pipe:1",
        ]
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime_dir))
        try:
            result = subprocess.run(
                command,
                input=_raw_bytes(frame),
                capture_output=True,
                env=env,
                timeout=ORACLE_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise OracleError(f"ffmpeg took more than {ORACLE_TIMEOUT_S} s") from None
    stderr = result.stderr.decode("utf-8", "replace")
    problems = [
        line
        for line in stderr.splitlines()
        if FAILURE_PATTERN.search(line) and "Estimating duration" not in line
    ]
    if result.returncode != 0:
        if any(marker in stderr for marker in UNAVAILABLE_MARKERS):
            raise OracleUnavailable(
                f"FFmpeg cannot run libplacebo on Vulkan: {' | '.join(stderr.splitlines())}"
            )
        raise OracleError(f"ffmpeg exited with {result.returncode}: {' | '.join(stderr.splitlines())}")
    if problems:
        raise OracleError(
            "libplacebo reported a failure (it would fall back to bilinear): " + " | ".join(problems)
        )
    expected = 3 * out_w * out_h * 2
    if len(result.stdout) != expected:
        raise OracleError(f"ffmpeg wrote {len(result.stdout)} bytes, expected {expected}: {stderr.strip()}")
    planes = np.frombuffer(result.stdout, "<u2").reshape(3, out_h, out_w).astype(np.float32)
    planes /= LIMITED_16BIT_DIVISOR
    return Frame(planes[0], planes[1], planes[2], bit_depth=16, full_range=False)
