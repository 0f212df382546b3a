"""Real mpv as a test engine: play a one-frame clip with user shaders and capture what it shows.

mpv 0.35 (Debian 12's, libplacebo 4.208 inside ``--vo=gpu-next``) runs headless under Xvfb on Mesa's
CPU drivers: OpenGL (llvmpipe) and Vulkan (lavapipe, which mpv only takes when named with
``--vulkan-device``), on both renderers, ``--vo=gpu`` (mpv's own hook implementation) and
``--vo=gpu-next`` (libplacebo's). Recipe and pitfalls: README "Tested in real mpv".

* The clip is written from the frame's exact 8-bit code values (FFV1, lossless), tagged BT.709
  limited range, so mpv's output conversion is known exactly and neutral chroma is exactly 128.
* The window is the target size (``--geometry``, ``--no-keepaspect-window``); dithering, sigmoid and
  linear-light scaling are off and the scalers are bilinear, so nothing but the shaders, mpv's
  Y'CbCr → R'G'B' matrix and the screenshot's quantization stand between the planes and the screenshot.
* A Lua script (``mpv_capture.lua``) waits for the first frame, runs ``screenshot-to-file FILE
  window`` (what the video output rendered, shaders included) and writes the ``vo-passes`` property:
  the passes the renderer ran for the frame, user shaders by their DESC on both renderers.
* :func:`screen_ycbcr` inverts mpv's output conversion and the screenshot's quantization (which
  differs between the renderers): 8-bit R'G'B' back to limited-range Y'CbCr.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..resources import data_dir
from .frame import Frame, rgb_to_ycbcr

RENDERERS = ("gpu", "gpu-next")
APIS = ("opengl", "vulkan")
PLAY_TIMEOUT_S = 120
# Options that keep mpv's own processing out of the picture (besides the shaders and the matrix).
EXACT_OUTPUT_OPTIONS = (
    "--no-config", "--gpu-sw", "--pause", "--keep-open=yes", "--no-audio", "--osd-level=0",
    "--no-keepaspect-window", "--dither-depth=no", "--deband=no", "--sigmoid-upscaling=no",
    "--linear-upscaling=no", "--correct-downscaling=no", "--scale=bilinear", "--cscale=bilinear",
    "--dscale=bilinear", "--msg-level=all=v",
)
# What mpv logs when a shader fails: a parse error, a compile/link error, a disabled hook.
# A log line that means a shader (or the capture) failed: what either renderer prints for a parse,
# compile or link error ("... error: ...", "glslang failed", "Failed compiling/linking GLSL program").
FAILURE_PATTERN = re.compile(r"^\[vo/.*(error|fail)|screenshot failed|capture failed", re.IGNORECASE)
REGISTERED_PATTERN = re.compile(r"Registering hook pass: (.*)")  # gpu-next, one line per pass
USER_PASS_PREFIX = "user shader: "  # --vo=gpu's vo-passes names: "user shader: DESC (stage)"


class MpvUnavailable(RuntimeError):
    """mpv, Xvfb or FFmpeg is missing, or no Vulkan device for the chosen API."""


class MpvError(RuntimeError):
    """mpv failed, logged a shader error or wrote no screenshot; the message holds the log's tail."""


@dataclass(frozen=True)
class Playback:
    """What mpv showed and did for one frame."""

    rgb: np.ndarray  # (H, W, 3) uint8 window screenshot
    renderer: str  # gpu | gpu-next (the screenshot's quantization differs: screen_values)
    ran: tuple[str, ...]  # every pass the renderer ran for the frame, in order; user passes by DESC
    registered: tuple[str, ...]  # gpu-next: the DESC of every pass libplacebo registered; gpu: ()
    log: str


def missing_tools() -> list[str]:
    """The executables this engine needs that are not installed."""
    return [tool for tool in ("mpv", "Xvfb", "ffmpeg") if shutil.which(tool) is None]


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    """An Xvfb server on a free display number (Xvfb picks it: ``-displayfd``); yields ``:N``."""
    if shutil.which("Xvfb") is None:
        raise MpvUnavailable("Xvfb is not installed (apt-get install xvfb xauth)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        if not number.isdigit():
            raise MpvUnavailable("Xvfb did not start (no display number announced)")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def write_clip(frame: Frame, path: Path) -> None:
    """A one-frame FFV1 clip of ``frame``'s 8-bit planes (4:2:0 or 4:4:4), BT.709 limited range."""
    if frame.bit_depth != 8 or frame.full_range:
        raise ValueError("clips are 8-bit limited-range frames")
    width, height = frame.size
    pixel_format = "yuv444p" if frame.chroma_size == frame.size else "yuv420p"
    planes = (np.round(np.clip(p, 0.0, 1.0) * 255.0).astype(np.uint8) for p in (frame.y, frame.cb, frame.cr))
    command = [
        "ffmpeg", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", pixel_format,
        "-s", f"{width}x{height}", "-r", "10", "-i", "-", "-frames:v", "1", "-c:v", "ffv1",
        "-color_range", "tv", "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        str(path),
    ]
    subprocess.run(command, input=b"".join(p.tobytes() for p in planes), check=True,
                   capture_output=True, timeout=PLAY_TIMEOUT_S)


@functools.cache
def vulkan_device(display: str) -> str:
    """The name of mpv's first Vulkan device (lavapipe here), which mpv needs to accept a CPU one."""
    listing = subprocess.run(["mpv", "--no-config", "--vulkan-device=help"], capture_output=True, text=True,
                             timeout=PLAY_TIMEOUT_S, env=_environment(display)).stdout
    names = re.findall(r"^\s+'(.+)' \(", listing, re.MULTILINE)
    if not names:
        raise MpvUnavailable("mpv lists no Vulkan device (apt-get install mesa-vulkan-drivers)")
    return next((name for name in names if "llvmpipe" in name), names[0])


def play(clip: Path, shaders: Sequence[Path], window: tuple[int, int], renderer: str, api: str,
         display: str, options: Sequence[str] = ()) -> Playback:
    """Show ``clip`` in a ``window`` (width, height) with ``shaders`` loaded in that order."""
    if renderer not in RENDERERS or api not in APIS:
        raise ValueError(f"renderer must be one of {RENDERERS} and api one of {APIS}")
    if shutil.which("mpv") is None:
        raise MpvUnavailable("mpv is not installed (apt-get install mpv)")
    command = ["mpv", *EXACT_OUTPUT_OPTIONS, f"--vo={renderer}", f"--gpu-api={api}",
               f"--geometry={window[0]}x{window[1]}", f"--script={data_dir() / 'mpv_capture.lua'}"]
    if api == "vulkan":
        command.append(f"--vulkan-device={vulkan_device(display)}")
    if shaders:
        command.append("--glsl-shaders=" + ":".join(str(Path(s).resolve()) for s in shaders))
    with tempfile.TemporaryDirectory(prefix="shadergen-mpv-") as folder:
        shot, passes_file = Path(folder) / "window.png", Path(folder) / "passes.txt"
        script_options = f"--script-opts=shadergen-shot={shot},shadergen-passes={passes_file}"
        command += [script_options, *options, str(clip)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=PLAY_TIMEOUT_S,
                                env=_environment(display))
        log = result.stdout + result.stderr
        failures = [line for line in log.splitlines() if FAILURE_PATTERN.search(line)]
        if result.returncode != 0 or failures or not shot.exists():
            detail = "; ".join(failures[:3]) or (log.strip().splitlines() or ["no output"])[-1]
            raise MpvError(f"mpv --vo={renderer} --gpu-api={api}: exit {result.returncode}: {detail}")
        rgb = _read_png(shot)
        ran = passes_file.read_text(encoding="utf-8").splitlines()
    registered = tuple(REGISTERED_PATTERN.findall(log))
    return Playback(rgb, renderer, tuple(pass_name(name) for name in ran), registered, log)


def pass_name(name: str) -> str:
    """A ``vo-passes`` name with --vo=gpu's decoration of user passes ("user shader: DESC (stage)")
    taken off, so user passes read as their DESC on both renderers."""
    if name.startswith(USER_PASS_PREFIX):
        return name[len(USER_PASS_PREFIX):].rsplit(" (", 1)[0]
    return name


def _environment(display: str) -> dict[str, str]:
    """mpv's environment: the virtual display, and a private runtime folder if none is set."""
    environment = dict(os.environ, DISPLAY=display)
    if not environment.get("XDG_RUNTIME_DIR"):
        environment["XDG_RUNTIME_DIR"] = _private_runtime_dir()
    return environment


@functools.cache
def _private_runtime_dir() -> str:
    return tempfile.mkdtemp(prefix="shadergen-xdg-")


def _read_png(path: Path) -> np.ndarray:
    from PIL import Image

    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"), dtype=np.uint8)


# Half the width of the interval of values an 8-bit screenshot code stands for (screen_values).
SCREEN_HALF_STEP = {"gpu": 0.5 / 255.0, "gpu-next": 128.0 / 65535.0}


def screen_values(rgb: np.ndarray, renderer: str) -> np.ndarray:
    """The R'G'B' values in [0, 1] behind an 8-bit window screenshot: the exact inverse of how each
    renderer quantizes it. --vo=gpu reads back its 8-bit frame: code / 255, ±0.5/255. gpu-next
    renders the screenshot into a 16-bit texture and mpv keeps the high byte (``v16 >> 8``,
    truncation: measured on every code of a 16..235 ramp, 220 of 220): the centre of that interval,
    (code · 256 + 128) / 65535, ±0.498/255 (SCREEN_HALF_STEP)."""
    rgb = np.asarray(rgb, np.float64)
    return (rgb * 256.0 + 128.0) / 65535.0 if renderer == "gpu-next" else rgb / 255.0


def screen_ycbcr(rgb: np.ndarray, renderer: str) -> np.ndarray:
    """(H, W, 3) limited-range Y'CbCr (code values / 255) from an 8-bit R'G'B' screenshot: the exact
    inverse of mpv's BT.709 limited-range output conversion and of the screenshot's quantization
    (screen_values). Its ±0.5/255 per channel becomes at most 0.43/255 on Y and 0.44/255 on Cb and
    Cr; clipped pixels (a channel at 0 or 255) are not invertible: see :func:`clipped`."""
    return np.stack(rgb_to_ycbcr(screen_values(rgb, renderer), full_range=False), axis=-1)


def clipped(rgb: np.ndarray) -> np.ndarray:
    """(H, W) bool: pixels with a channel at 0 or 255, where mpv clipped and nothing can be inverted."""
    return np.any((rgb == 0) | (rgb == 255), axis=-1)
