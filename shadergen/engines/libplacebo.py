"""The libplacebo engine: hook shaders run by libplacebo's own renderer on Vulkan (mpv --vo=gpu-next).

A small C program (``libplacebo_helper.c``, shipped beside this module) links the system's
libplacebo: ``pl_mpv_user_shader_parse`` for each file, ``pl_render_image`` with the hooks, on the
Vulkan device ``pl_vulkan_create`` picks (lavapipe counts: software devices are allowed). It is
compiled on first use with the system C compiler into a per-user cache folder, under a name keyed
by the hash of its source and the libplacebo version, so an upgrade rebuilds it; nothing is
downloaded. ``SHADERGEN_LIBPLACEBO_HELPER`` names a prebuilt helper instead (a machine without a
compiler); ``SHADERGEN_VULKAN_DEVICE`` picks a device by name.

Frames go in as raw 8- or 16-bit code values (uploaded with ``pl_upload_plane`` as r8 / r16
textures, BT.709 Y'CbCr, 4:2:0 chroma sited left); the target is an rgba32f texture in the source's
own Y'CbCr representation, so no colour conversion happens on the way out and the planes come back
in the source's conventions (code/255 for 8-bit input, like the FFmpeg oracle's output).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ShadergenError
from .frame import Frame

if TYPE_CHECKING:
    from .opengl.runtime import RunResult

HELPER_SOURCE = Path(__file__).with_name("libplacebo_helper.c")
HELPER_ENV = "SHADERGEN_LIBPLACEBO_HELPER"
DEVICE_ENV = "SHADERGEN_VULKAN_DEVICE"
INSTALL_HINT = "apt-get install libplacebo-dev pkg-config gcc mesa-vulkan-drivers"
PKG_CONFIG_MODULES = ("libplacebo", "vulkan")
COMPILE_FLAGS = ("-O2", "-std=c11", "-D_DEFAULT_SOURCE")
MAX_TIMED_FRAMES = 255  # warm-up + timed frames: libplacebo keeps 256 timer samples per pass
# Debian 12's lavapipe crashes or deadlocks now and then over several frames (libplacebo_helper.c
# says more); a helper killed by a signal is run again, up to this many times in all.
HELPER_ATTEMPTS = 5
# It can also deadlock (a CI test's 64x48 frame once waited on a futex for minutes): a helper still
# running after HELPER_DEADLOCK_S plus HELPER_SECONDS_PER_MEGAPIXEL for each megapixel it renders
# (target size x frames; lavapipe renders ArtCNN C4F32 at about 1 s a megapixel, so this is generous
# for the wide models too) is killed and run again, like one killed by a signal.
HELPER_DEADLOCK_S = 60
HELPER_SECONDS_PER_MEGAPIXEL = 120
EXIT_REJECTED, EXIT_NO_DEVICE = 2, 3
ERROR_PREFIX = "libplacebo error: "  # how the helper prints libplacebo's error lines
NOT_DISPATCHED = "libplacebo did not dispatch it (WHEN false, or a stage it does not fire)"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "shadergen"


def _pkg_config(*args: str) -> str:
    result = subprocess.run(["pkg-config", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ShadergenError(
            f"the libplacebo engine needs libplacebo and Vulkan development files "
            f"(pkg-config {' '.join(args)} failed: {result.stderr.strip()}); {INSTALL_HINT}"
        )
    return result.stdout.strip()


def _compiler() -> str:
    for name in (os.environ.get("CC"), "cc", "gcc"):
        if name and shutil.which(name):
            return shutil.which(name)
    raise ShadergenError(f"the libplacebo engine needs a C compiler to build its helper; {INSTALL_HINT}")


def helper_path() -> Path:
    """The helper program: ``$SHADERGEN_LIBPLACEBO_HELPER``, or built (once) into the cache."""
    prebuilt = os.environ.get(HELPER_ENV)
    if prebuilt:
        if not os.access(prebuilt, os.X_OK):
            raise ShadergenError(f"{prebuilt}: ${HELPER_ENV} is not an executable file")
        return Path(prebuilt)
    if shutil.which("pkg-config") is None:
        raise ShadergenError(f"the libplacebo engine needs pkg-config to find libplacebo; {INSTALL_HINT}")
    version = _pkg_config("--modversion", "libplacebo")
    cflags = _pkg_config("--cflags", *PKG_CONFIG_MODULES).split()
    libs = _pkg_config("--libs", *PKG_CONFIG_MODULES).split()
    source = HELPER_SOURCE.read_bytes()
    key = hashlib.sha256(source + f"\0{version}\0{cflags}\0{libs}".encode()).hexdigest()[:16]
    target = _cache_dir() / f"libplacebo-helper-{version}-{key}"
    if target.is_file():
        return target
    compiler = _compiler()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as folder:
        built = Path(folder) / "helper"
        command = [compiler, *COMPILE_FLAGS, str(HELPER_SOURCE), "-o", str(built), *cflags, *libs]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            detail = " | ".join(result.stderr.strip().splitlines()[-5:])
            raise ShadergenError(f"building the libplacebo helper failed ({detail}); {INSTALL_HINT}")
        os.replace(built, target)  # atomic: a concurrent build writes the same bytes
    return target


def _plane_bytes(frame: Frame) -> bytes:
    width, height = frame.size
    if frame.chroma_size not in ((width, height), ((width + 1) // 2, (height + 1) // 2)):
        raise ShadergenError(f"chroma {frame.chroma_size} is neither 4:4:4 nor 4:2:0 of {frame.size}")
    scale, dtype = (255.0, np.uint8) if frame.bit_depth == 8 else (65535.0, "<u2")
    planes = (np.round(np.clip(p, 0.0, 1.0) * scale).astype(dtype) for p in (frame.y, frame.cb, frame.cr))
    return b"".join(p.tobytes() for p in planes)


@dataclass(frozen=True)
class LibplaceboPass:
    desc: str  # libplacebo's description: the pass's DESC for a hook pass
    file: int  # index of the shader file whose hook dispatched it; -1: libplacebo's own pass
    times_ms: tuple[float, ...]  # GPU time of each timed frame


@dataclass(frozen=True)
class Rendering:
    frame: Frame | None  # 4:4:4 planes at the target size; None without read-back
    device: dict  # device, driver_name, driver_info, vulkan_api, libplacebo
    passes: tuple[LibplaceboPass, ...]  # the passes of the last frame, in order


def render(
    shader_paths: Sequence[str | Path],
    frame: Frame,
    target_size: tuple[int, int],
    warmup: int = 0,
    frames: int = 0,
    read_back: bool = True,
) -> Rendering:
    """Render ``warmup + frames`` frames (at least one) through libplacebo with the shaders as hooks.

    Each pass's ``times_ms`` are libplacebo's GPU timer samples of the ``frames`` timed frames
    (none when ``frames`` is 0: a timer sample arrives only with the next frame).
    """
    if frames < 0 or warmup < 0 or warmup + frames > MAX_TIMED_FRAMES:
        raise ShadergenError(
            f"--warmup {warmup} --frames {frames}: the libplacebo engine times at most "
            f"{MAX_TIMED_FRAMES} frames in all (libplacebo keeps 256 timer samples per pass)"
        )
    helper = helper_path()
    out_w, out_h = target_size
    with tempfile.TemporaryDirectory(prefix="shadergen-libplacebo-") as folder:
        folder_path = Path(folder)
        planes, output, timings = (folder_path / name for name in ("planes", "output", "timings.json"))
        planes.write_bytes(_plane_bytes(frame))
        runtime_dir = folder_path / "xdg"
        runtime_dir.mkdir(mode=0o700)
        command = [
            str(helper),
            "--input", str(planes),
            "--size", *map(str, frame.size),
            "--chroma", *map(str, frame.chroma_size),
            "--depth", str(frame.bit_depth),
            "--range", "full" if frame.full_range else "limited",
            "--target", str(out_w), str(out_h),
            "--warmup", str(warmup),
            "--frames", str(frames),
            "--timings", str(timings),
            "--software",
        ]  # fmt: skip
        for path in shader_paths:
            command += ["--shader", str(path)]
        if read_back:
            command += ["--output", str(output)]
        if os.environ.get(DEVICE_ENV):
            command += ["--device", os.environ[DEVICE_ENV]]
        env = dict(os.environ)
        env.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))
        megapixels = out_w * out_h * (warmup + frames + 1) / 1e6
        result = _run_helper(command, env, HELPER_DEADLOCK_S + HELPER_SECONDS_PER_MEGAPIXEL * megapixels)
        _check(result, shader_paths)
        planes_out = None
        if read_back:
            texels = np.fromfile(output, dtype="<f4").reshape(out_h, out_w, 4)
            y, cb, cr = (np.ascontiguousarray(texels[..., c]) for c in range(3))
            planes_out = Frame(y, cb, cr, bit_depth=frame.bit_depth, full_range=frame.full_range)
        report = json.loads(timings.read_text())
    passes = tuple(_timed_pass(entry, warmup, frames) for entry in report.pop("passes"))
    return Rendering(planes_out, report, passes)


def _run_helper(command: list[str], env: dict, timeout: float) -> subprocess.CompletedProcess:
    """The helper's run; one killed by a signal or still running after ``timeout`` seconds (a
    lavapipe deadlock) is run again, HELPER_ATTEMPTS times in all."""
    result = None
    for _ in range(HELPER_ATTEMPTS):
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, env=env, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            result = None
            continue
        if result.returncode >= 0:
            break
    if result is None:
        raise ShadergenError(
            f"the libplacebo helper did not finish within {timeout:.0f} s in {HELPER_ATTEMPTS} attempts"
        )
    return result


def _timed_pass(entry: dict, warmup: int, frames: int) -> LibplaceboPass:
    samples = entry["samples_ns"] if frames else []
    # Sample i is frame i; the collecting frame's own sample may or may not have arrived.
    if len(samples) < warmup + frames:
        raise ShadergenError(
            f"libplacebo returned {len(samples)} timer samples for pass {entry['desc']!r} over "
            f"{warmup + frames} frames; its GPU timers are unreliable on this device"
        )
    times = tuple(value * 1e-6 for value in samples[warmup : warmup + frames])
    return LibplaceboPass(entry["desc"], int(entry["file"]), times)


def _check(result: subprocess.CompletedProcess, shader_paths) -> None:
    lines = result.stderr.strip().splitlines()
    errors = [line.removeprefix(ERROR_PREFIX) for line in lines if line.startswith(ERROR_PREFIX)]
    names = ", ".join(str(path) for path in shader_paths)
    if result.returncode == EXIT_REJECTED:
        summary = [line.removeprefix("helper: ") for line in lines if line.startswith("helper: ")]
        detail = " | ".join((errors or summary)[:8])
        raise ShadergenError(f"{names}: libplacebo rejected the shader: {detail}")
    if result.returncode == EXIT_NO_DEVICE:
        raise ShadergenError(
            f"libplacebo found no usable Vulkan device ({' | '.join(errors[:3]) or 'none listed'}); "
            "apt-get install mesa-vulkan-drivers for lavapipe, or install your GPU's Vulkan driver"
        )
    if result.returncode != 0:
        detail = " | ".join(lines[-5:]) if lines else f"exit status {result.returncode}"
        raise ShadergenError(f"{names}: the libplacebo helper failed: {detail}")


def run_frame(shader_paths: Sequence[str | Path], frame: Frame, target_size: tuple[int, int]) -> Frame:
    """Render one frame through libplacebo with the shaders as hooks; return 4:4:4 planes."""
    return render(shader_paths, frame, target_size).frame


def run_shaders(paths: Sequence[str | Path], shaders: Sequence, frame: Frame, target_size) -> RunResult:
    """``shadergen run --engine libplacebo``: the frame and a report of every pass of every file.

    ``shaders`` are the parsed files (shadergen.mpv.parse), used to name the passes: a dispatched
    pass is matched to the file's pass with the same DESC; a pass libplacebo never dispatched (WHEN
    false, or a stage it does not fire) is reported as skipped. libplacebo does not tell the stage
    or size of a pass; its GPU time needs a second frame (``shadergen bench --engine libplacebo``).
    """
    from .opengl.runtime import PassReport, RunResult

    rendering = render(paths, frame, target_size)
    reports = []
    for number, (path, shader) in enumerate(zip(paths, shaders, strict=True)):
        dispatched = [entry for entry in rendering.passes if entry.file == number]
        matched = set()
        for entry in dispatched:
            index = next(
                (p.index for p in shader.passes if p.label == entry.desc),
                min(len(shader.passes) - 1, len(matched)),
            )
            matched.add(index)
            reports.append(
                PassReport(str(path), index, entry.desc, None, None, True, None, None)
            )
        reports += [
            PassReport(str(path), p.index, p.label, None, None, False, NOT_DISPATCHED, None)
            for p in shader.passes
            if p.index not in matched
        ]
    return RunResult(rendering.frame, sorted(reports, key=lambda r: (paths.index(r.file), r.index)))
