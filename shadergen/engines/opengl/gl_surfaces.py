"""The runtime's GPU surfaces: pooled pass textures and their framebuffers, the uploaded planes,
and the two built-in passes that stand in for libplacebo's own (plane composition onto the luma
grid, and whole-image resampling with an optional colour conversion: pipeline_glsl.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import moderngl
import numpy as np

from ...errors import ShadergenError
from ..frame import Frame
from .pipeline_glsl import COMPOSE, CONVERT, VERTEX
from .texture_budget import TARGET_COMPONENTS, TARGET_DTYPE, texture_bytes, texture_problem

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swrast")  # GL_RENDERER names of Mesa's CPU drivers
OUTPUT_FORMAT = "f2"  # rgba16f: libplacebo's hook FBO format (find_fbo_format)
QUAD = np.array([0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0], dtype="f4")


@dataclass
class Image:
    """A texture and its content rect (libplacebo's ``pass_tex``)."""

    tex: object  # moderngl.Texture
    rect: Rect

    @property
    def size(self) -> tuple[int, int]:
        return self.tex.width, self.tex.height


def rect_w(rect: Rect) -> float:
    return rect[2] - rect[0]


def rect_h(rect: Rect) -> float:
    return rect[3] - rect[1]


class Surfaces:
    """Textures, framebuffers and built-in programs on one moderngl context; :meth:`release` frees
    them all (not the context).

    Every texture is counted against texture_budget.py's limits before it is allocated; a texture
    that would break them is a ShadergenError starting with ``name_for_errors`` (the shader files).
    """

    def __init__(self, ctx, name_for_errors: str = ""):
        self.ctx = ctx
        self.name_for_errors = name_for_errors
        # The budget is Mesa's software rasterisers' (their textures are host memory, 1 GiB at most);
        # a GPU driver's own errors are turned into one line where the runtime allocates.
        renderer = str(ctx.info.get("GL_RENDERER", "")).lower()
        self.budgeted = any(name in renderer for name in SOFTWARE_RENDERERS)
        self._held_bytes = 0  # every texture this object allocated and still holds
        self._reserved: tuple | None = None  # the read-back target's key, counted before it exists
        self._free: dict[tuple, list] = defaultdict(list)
        self._used: list[tuple[tuple, object]] = []
        self._framebuffers: dict[int, object] = {}
        self._builtin: dict[str, tuple] = {}
        self.quad = ctx.buffer(QUAD.tobytes())
        try:
            self._builtin = {"compose": self._builtin_program(COMPOSE),
                             "convert": self._builtin_program(CONVERT)}
        except BaseException:
            self.release()
            raise

    def _builtin_program(self, fragment: str):
        program = self.ctx.program(vertex_shader=VERTEX, fragment_shader=fragment)
        return program, self.ctx.vertex_array(program, [(self.quad, "2f", "_corner")])

    def start_frame(self, target_size: tuple[int, int]) -> None:
        """Recycle the last frame's textures and count the read-back target from the start, so that
        a frame that cannot afford it stops at its first pass rather than after its last."""
        self.recycle()
        key = (tuple(target_size), TARGET_DTYPE, TARGET_COMPONENTS)
        self._reserved = None if self._free[key] else key

    def texture(
        self,
        size: tuple[int, int],
        dtype: str = OUTPUT_FORMAT,
        components: int = 4,
        what: str = "a texture",
        file_for_errors: str | None = None,
    ):
        """A pooled texture; all pooled textures go back to the pool when the next frame starts.
        ``what`` and ``file_for_errors`` (default: every shader file) name it in a budget error."""
        key = (tuple(size), dtype, components)
        if key == self._reserved:
            self._reserved = None
        texture = self._free[key].pop() if self._free[key] else None
        if texture is None:
            # Zeroed: GL leaves a new texture's contents undefined, and a pass that misses texels
            # must not read back what an earlier shader left in recycled memory (a false pass).
            texture = self._new_texture(size, components, dtype, what, file_for_errors)
            texture.write(bytes(texture_bytes(size, components, dtype)))
        self._used.append((key, texture))
        return texture

    def _new_texture(
        self,
        size: tuple[int, int],
        components: int,
        dtype: str,
        what: str = "a texture",
        file_for_errors: str | None = None,
    ):
        self._check_budget(size, components, dtype, what, file_for_errors)
        texture = self.ctx.texture(size, components, dtype=dtype, alignment=1)
        self._held_bytes += texture_bytes(size, components, dtype)
        texture.filter = (moderngl.LINEAR, moderngl.LINEAR)
        texture.repeat_x = texture.repeat_y = False  # CLAMP_TO_EDGE
        return texture

    def _check_budget(self, size, components: int, dtype: str, what: str, file_for_errors=None) -> None:
        """Refuse a texture beyond the budget (texture_budget.py), after freeing the idle pool."""
        if not self.budgeted:
            return
        problem = texture_problem(what, size, components, dtype, self._held_bytes + self._reserved_bytes())
        if problem and any(self._free.values()):
            self._release_free()
            held = self._held_bytes + self._reserved_bytes()
            problem = texture_problem(what, size, components, dtype, held)
        if problem:
            name = self.name_for_errors if file_for_errors is None else file_for_errors
            raise ShadergenError(f"{name}: {problem}" if name else problem)

    def _reserved_bytes(self) -> int:
        if self._reserved is None:
            return 0
        size, dtype, components = self._reserved
        return texture_bytes(size, components, dtype)

    def _release_free(self) -> None:
        for (size, dtype, components), textures in self._free.items():
            for texture in textures:
                framebuffer = self._framebuffers.pop(texture.glo, None)
                if framebuffer is not None:
                    framebuffer.release()
                texture.release()
                self._held_bytes -= texture_bytes(size, components, dtype)
        self._free.clear()

    def recycle(self) -> None:
        for key, texture in self._used:
            self._free[key].append(texture)
        self._used.clear()

    def framebuffer(self, texture):
        framebuffer = self._framebuffers.get(texture.glo)
        if framebuffer is None:
            framebuffer = self.ctx.framebuffer(color_attachments=[texture])
            self._framebuffers[texture.glo] = framebuffer
        return framebuffer

    def upload_planes(self, frame: Frame, pooled: bool = True) -> tuple[object, object]:
        if frame.bit_depth == 8:
            scale, host, dtype = 255.0, np.uint8, "f1"
        else:
            scale, host, dtype = 65535.0, np.uint16, "nu2"
        luma = np.round(np.clip(frame.y, 0.0, 1.0) * scale).astype(host)
        chroma = np.round(np.clip(np.stack([frame.cb, frame.cr], axis=-1), 0.0, 1.0) * scale).astype(host)
        if pooled:
            luma_tex = self.texture(frame.size, dtype, 1, "the luma plane")
            chroma_tex = self.texture(frame.chroma_size, dtype, 2, "the chroma planes")
        else:
            luma_tex = self._new_texture(frame.size, 1, dtype, "the luma plane")
            chroma_tex = self._new_texture(frame.chroma_size, 2, dtype, "the chroma planes")
        luma_tex.write(luma.tobytes())
        chroma_tex.write(chroma.tobytes())
        return luma_tex, chroma_tex

    def release_unpooled(self, textures) -> None:
        """Free textures from ``upload_planes(pooled=False)``."""
        for texture in textures:
            self._held_bytes -= texture_bytes(texture.size, texture.components, texture.dtype)
            texture.release()

    def draw(self, name: str, target, textures: dict, uniforms: dict) -> None:
        program, vao = self._builtin[name]
        for unit, (uniform, texture) in enumerate(textures.items()):
            texture.use(location=unit)
            program[uniform].value = unit
        for uniform, value in uniforms.items():
            if uniform in program:
                program[uniform].value = value
        framebuffer = self.framebuffer(target)
        framebuffer.use()
        framebuffer.viewport = (0, 0, target.width, target.height)
        vao.render(mode=moderngl.TRIANGLE_STRIP)

    def compose(
        self, luma: Image, chroma: Image, ref_rect: Rect, out_size, mode: int, dtype: str, full_range: bool
    ):
        """Draw the planes onto an ``out_size`` grid spanning the luma texture (COMPOSE in pipeline_glsl).

        A luma-grid position p maps to chroma texel coordinate r_c.x0 + (p - r_l.x0) * r_c.w / r_l.w:
        the chroma rect is aligned with the (unrounded) luma rect, as the oracle does.
        """
        grid_x = luma.size[0] / out_size[0]
        grid_y = luma.size[1] / out_size[1]
        scale_x = rect_w(chroma.rect) / rect_w(ref_rect)
        scale_y = rect_h(chroma.rect) / rect_h(ref_rect)
        width, height = chroma.size
        target = self.texture(out_size, dtype, what="the composed planes")
        self.draw(
            "compose",
            target,
            {"_luma": luma.tex, "_chroma": chroma.tex},
            {
                "_luma_scale": (1.0 / out_size[0], 1.0 / out_size[1]),
                "_chroma_scale": (grid_x * scale_x / width, grid_y * scale_y / height),
                "_chroma_shift": (
                    (chroma.rect[0] - ref_rect[0] * scale_x) / width,
                    (chroma.rect[1] - ref_rect[1] * scale_y) / height,
                ),
                "_mode": mode,
                "_full_range": full_range,
            },
        )
        return target

    def convert(self, image: Image, out_size, mode: int, dtype: str, full_range: bool):
        """Bilinear resample of the whole image onto ``out_size``, with an optional colour conversion."""
        target = self.texture(out_size, dtype, what="the resampled image")
        self.draw(
            "convert",
            target,
            {"_image": image.tex},
            {"_out_size": (float(out_size[0]), float(out_size[1])), "_mode": mode, "_full_range": full_range},
        )
        return target

    def read(self, texture, dtype: str) -> np.ndarray:
        data = np.frombuffer(texture.read(alignment=1), dtype=np.float16 if dtype == "f2" else np.float32)
        return data.reshape(texture.height, texture.width, 4).astype(np.float32)

    def release(self) -> None:
        for framebuffer in self._framebuffers.values():
            framebuffer.release()
        self._framebuffers.clear()
        for texture_list in self._free.values():
            for texture in texture_list:
                texture.release()
        for _, texture in self._used:
            texture.release()
        self._free.clear()
        self._used.clear()
        self._held_bytes = 0
        for program, vao in self._builtin.values():
            vao.release()
            program.release()
        self._builtin.clear()
        self.quad.release()
