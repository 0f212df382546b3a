"""``shadergen bench --engine libplacebo``: the same measurement inside libplacebo on Vulkan.

The frames go through libplacebo's own renderer (shadergen/engines/libplacebo.py), the code path
of mpv --vo=gpu-next, and the times are libplacebo's own per-pass GPU timers (what mpv's stats page
shows): a frame's time is the sum of the passes the shader's hooks dispatched; libplacebo's own
passes (plane conversion, output encoding) are reported beside them as ``other_passes`` and left out.
"""

from __future__ import annotations

import contextlib

import numpy as np

from .benchmark import (
    DEFAULT_FRAMES,
    DEFAULT_SIZE,
    DEFAULT_WARMUP,
    UPSCALE,
    PassTiming,
    ShaderTiming,
    Workload,
    synthetic_frame,
)
from .errors import ShadergenError

ENGINE = "libplacebo"
METHOD = (
    "libplacebo's renderer (pl_render_image, the shader's hooks via pl_mpv_user_shader_parse) on "
    "Vulkan; libplacebo's per-pass GPU timers (pl_render_info.pass->samples); the 8-bit planes are "
    "uploaded with pl_upload_plane before each frame, frames submitted back to back (GPU drained "
    "every 4 frames, every frame on a CPU device), rgba32f Y'CbCr target; frame time = sum of the "
    "passes the shader's hooks dispatched (libplacebo's own passes excluded, listed as "
    "other_passes); median and p90 (linear interpolation) over the timed frames after the warm-up "
    "frames; synthetic seeded 8-bit 4:2:0 limited-range BT.709 frame; target = 2x input"
)


class LibplaceboBench:
    """The interface of :class:`shadergen.benchmark.Bench`, on libplacebo's Vulkan renderer."""

    def __init__(self, size=DEFAULT_SIZE, warmup: int = DEFAULT_WARMUP, frames: int = DEFAULT_FRAMES):
        width, height = int(size[0]), int(size[1])
        if width < 1 or height < 1:
            raise ShadergenError(f"--size {width}x{height}: width and height must be at least 1")
        self.input_size = (width, height)
        self.target_size = (UPSCALE * width, UPSCALE * height)
        self.warmup, self.frames = warmup, frames
        self.frame = synthetic_frame(width, height)
        self.device: dict = {}
        self._other_passes: dict[int, list[dict]] = {}

    def time(self, workload: Workload, during_frames=None) -> ShaderTiming:
        from .engines.libplacebo import render

        with during_frames if during_frames is not None else contextlib.nullcontext():
            rendering = render(
                [workload.path], self.frame, self.target_size, self.warmup, self.frames, read_back=False
            )
        self.device = rendering.device
        hooked = [entry for entry in rendering.passes if entry.file == 0]
        if not hooked:
            raise ShadergenError(
                f"{workload.path}: libplacebo dispatched no pass of it on a {self.input_size[0]}x"
                f"{self.input_size[1]} frame scaled to {self.target_size[0]}x{self.target_size[1]} "
                "(check its HOOK and WHEN lines)"
            )
        timing = ShaderTiming(
            workload,
            self.input_size,
            tuple(PassTiming(entry.desc, entry.times_ms) for entry in hooked),
            engine=ENGINE,
        )
        self._other_passes[id(timing)] = [
            {"desc": entry.desc, "median_ms": float(np.median(entry.times_ms))}
            for entry in rendering.passes
            if entry.file != 0
        ]
        return timing

    def report(self, timings, per_pass_frames: bool = True) -> dict:
        shaders = []
        for timing in timings:
            entry = timing.as_dict(per_pass_frames)
            entry["other_passes"] = self._other_passes.get(id(timing), [])
            shaders.append(entry)
        return {
            "engine": ENGINE,
            "renderer": self.device.get("device"),
            "driver": f"{self.device.get('driver_name')} {self.device.get('driver_info')}".strip(),
            "vulkan_api": self.device.get("vulkan_api"),
            "libplacebo": self.device.get("libplacebo"),
            "input_size": list(self.input_size),
            "target_size": list(self.target_size),
            "warmup": self.warmup,
            "frames": self.frames,
            "method": METHOD,
            "shaders": shaders,
        }

    def release(self) -> None:
        """Nothing to free: each shader runs in a helper process of its own."""
