"""Time mpv user shaders on the GPU: milliseconds per frame, the per-pass split, achieved TFLOP/s.

Method (the one of issue 6's baseline): a synthetic 8-bit 4:2:0 frame goes through shadergen's
libplacebo-faithful runtime to a target twice its size. Every hook pass is wrapped in an OpenGL
``GL_TIME_ELAPSED`` query of its own, so the numbers are GPU time of the shader's own passes only:
programs are compiled and weight textures uploaded when the Runtime is built, the frame's planes are
uploaded once before the first frame, the plane composition and output conversion lie outside every
query, and the warm-up frames absorb whatever a driver defers to first use. The frames are submitted
back to back and all queries are read after the last one (``Runtime.benchmark``): a CPU that waits
for each query lets an H100 drop its clock (bench/README.md). A frame's time is the sum of its
passes' times rather than one query around the whole frame, which would also hold the runtime's
composition and conversion, not the shader's cost. Each pass starts with a memory barrier, so
passes never overlap: the sum is what they cost one after another (mpv may overlap a pass's tail
with the next pass's start a little).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .engines.frame import Frame
from .errors import ShadergenError
from .mpv.parse import ShaderFile, parse_shader, read_shader_text
from .planes import UPSCALE  # the target is twice the input in each direction (as ArtCNN shaders produce)
from .shader_header import read_header

# Issue 6's baseline: 1920x1080 luma in, 3840x2160 out, median of 100 frames after warm-up.
DEFAULT_SIZE = (1920, 1080)
DEFAULT_FRAMES = 100
DEFAULT_WARMUP = 10
P90 = 90.0  # percentile reported beside the median (numpy's default linear interpolation)
# The synthetic frame: seeded uniform noise over the limited-range 8-bit code values of BT.709
# (Y 16..235, Cb/Cr 16..240, item 6.10), so no pass ever sees all-zero (or otherwise special) data.
FRAME_SEED = 6  # issue 6
LUMA_CODES = (16, 235)
CHROMA_CODES = (16, 240)
# The macro an OpenGL GLSL compiler defines when it can do float16 arithmetic; shadergen's fp16
# files use float16 only under it (templates/half_types.glsl.j2) and fall back to float otherwise.
FP16_MACRO = "GL_EXT_shader_explicit_arithmetic_types_float16"
FP16_PROBE = f"""#version 430
layout(local_size_x = 1) in;
layout(std430, binding = 0) buffer Probe {{ int defined; }};
void main() {{
#ifdef {FP16_MACRO}
    defined = 1;
#else
    defined = 0;
#endif
}}
"""
METHOD = (
    "OpenGL GL_TIME_ELAPSED query around each hook pass, one query object per pass and frame (shadergen "
    "runtime, rgba16f pass outputs, fp32 arithmetic unless fp16_arithmetic); frames submitted back to "
    "back, planes uploaded once, all queries read after the last frame; frame time = sum of "
    "the frame's pass times (upload, plane composition and read-back excluded); median and p90 "
    "(linear interpolation) over the timed frames after the warm-up frames; synthetic seeded 8-bit "
    "4:2:0 limited-range frame; target = 2x input"
)
MS_PER_NS = 1e-6
GL_VERSION_NUMBER = re.compile(r"^\s*\d+(\.\d+)*\s*(\(Core Profile\)|\(Compatibility Profile\))?\s*")


@dataclass(frozen=True)
class GpuInfo:
    renderer: str
    vendor: str
    gl_version: str
    driver: str  # GL_VERSION without the OpenGL version number: "NVIDIA 580.82.07", "Mesa 22.3.6"
    fp16_arithmetic: bool  # whether GLSL sees FP16_MACRO, i.e. fp16 files run float16 here

    def as_dict(self) -> dict:
        return {
            "renderer": self.renderer,
            "vendor": self.vendor,
            "gl_version": self.gl_version,
            "driver": self.driver,
            "fp16_arithmetic": self.fp16_arithmetic,
        }


def driver_of(gl_version: str) -> str:
    """The driver part of a GL_VERSION string: what follows the OpenGL version and profile."""
    return GL_VERSION_NUMBER.sub("", gl_version, count=1).strip() or gl_version


def gpu_info(ctx) -> GpuInfo:
    version = ctx.info["GL_VERSION"]
    return GpuInfo(
        ctx.info["GL_RENDERER"], ctx.info["GL_VENDOR"], version, driver_of(version), _has_fp16(ctx)
    )


def _has_fp16(ctx) -> bool:
    probe = ctx.compute_shader(FP16_PROBE)
    buffer = ctx.buffer(reserve=4)
    buffer.bind_to_storage_buffer(0)
    probe.run(1, 1, 1)
    defined = int(np.frombuffer(buffer.read(), dtype=np.int32)[0])
    buffer.release()
    probe.release()
    return defined == 1


def synthetic_frame(width: int, height: int) -> Frame:
    """A deterministic 8-bit 4:2:0 frame (chroma rounded up for odd sizes, as FFmpeg does)."""
    rng = np.random.default_rng(FRAME_SEED)
    chroma_shape = (-(-height // 2), -(-width // 2))
    luma = rng.integers(LUMA_CODES[0], LUMA_CODES[1] + 1, (height, width)) / 255.0
    cb, cr = (rng.integers(CHROMA_CODES[0], CHROMA_CODES[1] + 1, chroma_shape) / 255.0 for _ in range(2))
    return Frame(luma, cb, cr, bit_depth=8, full_range=False)


@dataclass(frozen=True)
class Workload:
    """A parsed shader file and, when known, the network it runs."""

    path: str
    shader: ShaderFile
    sha256: str
    variant: str | None  # from a shadergen header
    precision: str | None
    network: str | None
    flops_per_pixel: int | None  # per input pixel: 2 x multiply-adds of every convolution
    flops_source: str  # where the FLOPs come from, or why they are unknown


def prepare_shader(path, weights=None) -> Workload:
    """Parse ``path`` and find its network: ``weights`` if given, else the one its header names."""
    text = read_shader_text(path)
    shader = parse_shader(text, str(path))
    if not shader.passes:
        raise ShadergenError(f"{path}: no //!HOOK pass in the file, nothing to time")
    header = read_header(text)
    network, source = _network_for(path, header, weights)
    return Workload(
        str(path),
        shader,
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
        header.variant if header else None,
        header.precision if header else None,
        network.name if network else None,
        network.flops_per_pixel if network else None,
        source,
    )


def _network_for(path, header, weights):
    from .model.load import load_model

    if weights is not None:
        return load_model(weights).network, f"--weights {weights}"
    if header is None:
        return None, "unknown: not a shadergen shader and no --weights"
    if header.weights_file is None:
        return None, "unknown: the shadergen header names no weights file"
    for folder in _weights_folders(path):
        candidate = folder / header.weights_file
        if candidate.is_file():
            return load_model(candidate).network, f"header: {_shown(candidate)}"
    return None, f"unknown: {header.weights_file} (header) is not in weights/ nor beside the shader"


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it lies inside it (reports stay portable)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _weights_folders(path) -> list[Path]:
    from .resources import weights_dir

    folders = []
    try:
        folders.append(weights_dir())
    except FileNotFoundError:
        pass  # an installation without the shipped weights: look beside the shader only
    folders.append(Path(path).resolve().parent)
    return folders


@dataclass(frozen=True)
class PassTiming:
    desc: str
    times_ms: tuple[float, ...]  # one per timed frame

    @property
    def median_ms(self) -> float:
        return float(np.median(self.times_ms))


@dataclass(frozen=True)
class ShaderTiming:
    workload: Workload
    input_size: tuple[int, int]
    passes: tuple[PassTiming, ...]

    @property
    def frame_ms(self) -> tuple[float, ...]:
        return tuple(float(sum(frame)) for frame in zip(*(p.times_ms for p in self.passes), strict=True))

    @property
    def median_ms(self) -> float:
        return float(np.median(self.frame_ms))

    @property
    def p90_ms(self) -> float:
        return float(np.percentile(self.frame_ms, P90))

    @property
    def flops_per_frame(self) -> int | None:
        if self.workload.flops_per_pixel is None:
            return None
        return self.workload.flops_per_pixel * self.input_size[0] * self.input_size[1]

    @property
    def tflops(self) -> float | None:
        if self.flops_per_frame is None:
            return None
        return self.flops_per_frame / (self.median_ms * 1e-3) / 1e12

    def as_dict(self, per_pass_frames: bool = True) -> dict:
        """The JSON object of one shader; ``per_pass_frames`` adds every pass's per-frame times."""
        passes = []
        for timing in self.passes:
            entry = {"desc": timing.desc, "median_ms": timing.median_ms}
            if per_pass_frames:
                entry["times_ms"] = list(timing.times_ms)
            passes.append(entry)
        return {
            "shader": self.workload.path,
            "median_ms": self.median_ms,
            "p90_ms": self.p90_ms,
            "passes": passes,
            "tflops": self.tflops,
            "network": self.workload.network,
            "flops_per_frame": self.flops_per_frame,
            "flops_source": self.workload.flops_source,
            "variant": self.workload.variant,
            "precision": self.workload.precision,
            "sha256": self.workload.sha256,
            "frame_ms": list(self.frame_ms),
        }


class Bench:
    """One OpenGL context and one synthetic frame; :meth:`time` times one shader file on them."""

    def __init__(
        self, size=DEFAULT_SIZE, warmup: int = DEFAULT_WARMUP, frames: int = DEFAULT_FRAMES, ctx=None
    ):
        from .engines.opengl.context import create_gl_context

        width, height = int(size[0]), int(size[1])
        if width < 1 or height < 1:
            raise ShadergenError(f"--size {width}x{height}: width and height must be at least 1")
        if frames < 1 or warmup < 0:
            raise ShadergenError(f"--frames {frames} --warmup {warmup}: need --frames >= 1 and --warmup >= 0")
        self.ctx = ctx if ctx is not None else create_gl_context()
        self._own_ctx = ctx is None
        limit = self.ctx.info["GL_MAX_TEXTURE_SIZE"]
        if UPSCALE * max(width, height) > limit:
            self.release()
            raise ShadergenError(
                f"--size {width}x{height}: the {UPSCALE}x target {UPSCALE * width}x{UPSCALE * height} "
                f"exceeds this GPU's largest texture ({limit} pixels a side)"
            )
        self.input_size = (width, height)
        self.target_size = (UPSCALE * width, UPSCALE * height)
        self.warmup, self.frames = warmup, frames
        self.frame = synthetic_frame(width, height)
        self.gpu = gpu_info(self.ctx)

    def time(self, workload: Workload, during_frames=None) -> ShaderTiming:
        """Compile ``workload``, then run the warm-up and timed frames inside ``during_frames`` (a
        context manager, e.g. a GPU clock sampler that should not see the compilation)."""
        from .engines.opengl.runtime import Runtime

        runtime = Runtime([workload.shader], ctx=self.ctx, timing=True)
        try:
            with during_frames if during_frames is not None else contextlib.nullcontext():
                times = runtime.benchmark(self.frame, self.target_size, self.warmup, self.frames)
        finally:
            runtime.release()
        return ShaderTiming(workload, self.input_size, self._pass_timings(workload, times))

    def _pass_timings(self, workload: Workload, times: dict) -> tuple[PassTiming, ...]:
        path = workload.path
        if not times:
            raise ShadergenError(
                f"{path}: no pass ran on a {self.input_size[0]}x{self.input_size[1]} frame scaled to "
                f"{self.target_size[0]}x{self.target_size[1]} (check its HOOK and WHEN lines)"
            )
        by_index = {}
        for _, index, _ in times:
            by_index[index] = by_index.get(index, 0) + 1
        passes = []
        for (_, index, stage), values in times.items():
            desc = workload.shader.passes[index].label
            if by_index[index] > 1:
                desc = f"{desc} [{stage}]"
            if len(values) != self.frames:
                raise ShadergenError(
                    f"{path}: pass {index + 1} ({desc}) ran in {len(values)} of {self.frames} timed frames; "
                    "bench needs the same passes in every frame"
                )
            if any(value is None for value in values):
                raise ShadergenError(
                    f"{path}: the GPU timer query of pass {index + 1} ({desc}) gave no result"
                )
            passes.append(PassTiming(desc, tuple(float(value) for value in values)))
        return tuple(passes)

    def report(self, timings, per_pass_frames: bool = True) -> dict:
        return {
            **self.gpu.as_dict(),
            "input_size": list(self.input_size),
            "target_size": list(self.target_size),
            "warmup": self.warmup,
            "frames": self.frames,
            "method": METHOD,
            "shaders": [timing.as_dict(per_pass_frames) for timing in timings],
        }

    def release(self) -> None:
        if self._own_ctx:
            self.ctx.release()


def bench_shaders(paths, size=DEFAULT_SIZE, warmup=DEFAULT_WARMUP, frames=DEFAULT_FRAMES, weights=()) -> dict:
    """Time every shader in ``paths`` separately; ``weights``: none, one for all, or one per shader."""
    weights = list(weights)
    if len(weights) not in (0, 1, len(paths)):
        raise ShadergenError(
            f"--weights given {len(weights)} times for {len(paths)} shaders: give it once (for all) "
            "or once per shader"
        )
    per_shader = weights * len(paths) if len(weights) == 1 else weights or [None] * len(paths)
    workloads = [prepare_shader(path, weight) for path, weight in zip(paths, per_shader, strict=True)]
    bench = Bench(size, warmup, frames)
    try:
        return bench.report([bench.time(workload) for workload in workloads])
    finally:
        bench.release()
