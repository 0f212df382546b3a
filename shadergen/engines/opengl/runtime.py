"""Run mpv hook shaders on a Y'CbCr frame the way libplacebo (mpv ``--vo=gpu-next``) does.

Per frame, as libplacebo's renderer (mpv-hooks.md §3): LUMA on the uploaded ``r8`` luma plane,
CHROMA on the merged ``rg8`` Cb/Cr plane, chroma resampled onto the (possibly hooked and resized)
luma grid with bilinear filtering and left chroma siting (FFmpeg's untagged 4:2:0, measured on
the oracle: the chroma rect starts at +0.25 chroma pixels), CHROMA_SCALED, NATIVE (Y, Cb, Cr in
rgb), BT.709 decode to R'G'B', MAIN, the main scaler (bilinear sampling of the whole image
onto the target, what the oracle runs with ``upscaler=bilinear``), SCALED, PREOUTPUT, OUTPUT,
and the encode back to Y'CbCr. With no hook at MAIN or later, the output planes come straight
from the NATIVE image (scaled bilinearly when the sizes differ).

Every pass output is a 4-component rgba16f texture sampled LINEAR + CLAMP_TO_EDGE. Saved textures
are private to their file and cleared every frame; ``frame`` and ``random`` run on across frames.
Programs are compiled once, when the Runtime is built.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import moderngl
import numpy as np

from ...errors import ShadergenError
from ...mpv.formats import texture_format
from ...mpv.libplacebo import RESIZABLE_STAGES, STAGE_NAMES, VULKAN_ONLY_EXTENSION, stage_name, vulkan_only
from ...mpv.limits import (
    MAX_TEXTURE_DIM,
    checked_size,
    param_value_problem,
    round_half_away,
    static_problems,
)
from ...mpv.parse import HookPass, ParamBlock, ShaderFile
from ...mpv.rpn import RPN, RPNError
from ..frame import Frame
from .context import create_gl_context
from .gl_surfaces import OUTPUT_FORMAT, Image, Rect, Surfaces, rect_h, rect_w
from .preamble import PassSource, build_pass_source, describe_compile_failure
from .prng import Xoshiro256Plus
from .texture_budget import check_frame_fits

# Stage names as libplacebo uses them (MAIN is MAINPRESUB), in firing order.
EMULATED_STAGES = ("LUMA", "CHROMA", "CHROMA_SCALED", "NATIVE", "MAINPRESUB", "SCALED", "PREOUTPUT", "OUTPUT")
# Stages that exist but never fire on a Y'CbCr frame without alpha (mpv-hooks.md §3.1).
SILENT_STAGES = ("RGB", "XYZ", "ALPHA", "ALPHA_SCALED")
# Main-scaler stages: they would force libplacebo's scaling kernels, which are not emulated.
UNEMULATED_STAGES = ("LINEAR", "SIGMOID", "PREKERNEL", "POSTKERNEL")
RGB_STAGES = {"MAINPRESUB", "SCALED", "PREOUTPUT", "OUTPUT"}
# FFmpeg's untagged yuv420p is left-sited (MPEG-2): libplacebo shifts the chroma rect by a quarter
# chroma pixel horizontally (measured on the oracle: CHROMA's HOOKED_off = (0.25, 0)).
LEFT_SITING_CHROMA_OFFSET = (0.25, 0.0)
# _mode values of the COMPOSE and CONVERT programs (pipeline_glsl.py).
COMPOSE_YCBCR, COMPOSE_RGB, COMPOSE_CBCR = 0, 1, 2
CONVERT_COPY, CONVERT_TO_RGB, CONVERT_TO_YCBCR = 0, 1, 2
# A timer query that wrapped around (end before begin) reads back as the largest 32-bit value.
UNAVAILABLE_QUERY_NS = 2**32 - 1


@dataclass
class PassReport:
    file: str
    index: int  # 0-based pass index in its file
    desc: str  # DESC, or "pass N"
    stage: str | None  # the stage it ran (or would have run) on
    size: tuple[int, int] | None  # output size when it ran
    ran: bool
    skipped_reason: str | None
    gpu_ms: float | None

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class RunResult:
    frame: Frame | None  # None when run() was asked not to read the output back
    passes: list[PassReport] = field(default_factory=list)


@dataclass
class _StageParams:
    stage: str
    input: Image  # the image the stage started with (libplacebo's params->tex / params->rect)
    src_rect: Rect
    target_size: tuple[int, int]


@dataclass
class _CompiledPass:
    source: PassSource
    program: object
    vao: object | None


@dataclass
class _FileState:
    shader: ShaderFile
    params: tuple[ParamBlock, ...]
    exec_stages: set[str]
    save_stages: set[str]
    compiled: dict[tuple[int, str], _CompiledPass] = field(default_factory=dict)
    user_textures: dict[str, object] = field(default_factory=dict)
    textures: dict[str, Image] = field(default_factory=dict)
    frame_count: int = 0
    prng: Xoshiro256Plus = field(default_factory=Xoshiro256Plus)


def _save_stages(shader: ShaderFile) -> set[str]:
    """libplacebo's save_stages: stages named in BIND or RPN, and HOOKed stages of BIND HOOKED passes."""
    stages: set[str] = set()
    known = set(STAGE_NAMES)
    for hook_pass in shader.passes:
        hooked = {stage_name(h) for h in hook_pass.hooks if h in known}
        for bind in hook_pass.binds:
            if bind in known:
                stages.add(stage_name(bind))
            if bind == "HOOKED":
                stages |= hooked
        for expression in (hook_pass.width, hook_pass.height, hook_pass.when):
            if expression is not None:
                stages |= {stage_name(n) for n in expression.textures() if n in known and n != "OUTPUT"}
    return stages


class Runtime:
    """Compiles every pass of ``shaders`` once; :meth:`run` then executes frames.

    ``params`` overrides PARAM values by name. ``timing`` wraps every pass in a GPU timer query.
    """

    def __init__(
        self,
        shaders: Sequence[ShaderFile],
        ctx=None,
        params: dict[str, float] | None = None,
        timing: bool = True,
    ):
        overrides = dict(params or {})
        for shader in shaders:  # before any GL call: numbers a driver may not survive never reach it
            problems = static_problems(shader)
            if problems:
                raise problems[0].error()
        unknown = set(overrides) - {p.name for shader in shaders for p in shader.params}
        if unknown:
            raise ShadergenError(f"no PARAM named {', '.join(sorted(unknown))} in the given shaders")
        self._owns_context = ctx is None
        self.ctx = ctx if ctx is not None else create_gl_context()
        self.shaders = tuple(shaders)
        self.timing = timing
        self._glsl_version = max(430, min(self.ctx.version_code, 460))
        # libplacebo's max_tex_2d_dim is the GPU's; never more than shadergen's own limit.
        gl_limit = int(self.ctx.info.get("GL_MAX_TEXTURE_SIZE", MAX_TEXTURE_DIM))
        self.max_texture_dim = min(MAX_TEXTURE_DIM, gl_limit)
        self.files: list[_FileState] = []
        self._query = self.ctx.query(time=True) if timing else None
        # benchmark(): one query object per pass of every frame, read back after the last frame
        # (None: each pass reads its own query before the next one starts).
        self._query_pool: list = []
        self._pending_queries: list | None = None
        self._planes: tuple[object, object] | None = None  # benchmark(): planes uploaded once
        try:
            self.surfaces = Surfaces(self.ctx, self._names_for_errors())
            if self._query is not None:
                # The first timer query around real GPU work reads back 2**32-1 ns on Mesa llvmpipe
                # (moderngl 5.13); one throw-away timed clear makes the passes' times real.
                warm_up = self.surfaces.framebuffer(self.surfaces.texture((1, 1)))
                with self._query:
                    warm_up.clear()
                _ = self._query.elapsed
            for shader in self.shaders:
                self.files.append(self._prepare_file(shader, overrides))
        except BaseException:
            self.release()
            raise

    # ---- set-up -------------------------------------------------------------------------------------

    def _names_for_errors(self) -> str:
        return ", ".join(dict.fromkeys(str(shader.path) for shader in self.shaders))

    def _prepare_file(self, shader: ShaderFile, overrides: dict) -> _FileState:
        params = tuple(self._override_param(shader, p, overrides) for p in shader.params)
        exec_stages = set()
        for hook_pass in shader.passes:
            if vulkan_only(hook_pass):
                raise ShadergenError(
                    f"{shader.path}: {hook_pass.name_for_errors}: uses tensor cores "
                    f"({VULKAN_ONLY_EXTENSION}), which only libplacebo on an NVIDIA GPU's Vulkan runs, not "
                    "OpenGL (try --engine libplacebo there, or a compute file)"
                )
            for hook in hook_pass.hooks:
                if hook in UNEMULATED_STAGES:
                    raise ShadergenError(
                        f"{shader.path}: {hook_pass.name_for_errors}: HOOK {hook} is a main-"
                        "scaler stage, which shadergen's runtime does not emulate"
                    )
                if stage_name(hook) in EMULATED_STAGES:
                    exec_stages.add(stage_name(hook))
        state = _FileState(shader, params, exec_stages, _save_stages(shader))
        for block in shader.textures:
            state.user_textures[block.name] = self._create_user_texture(shader.path, block)
        for hook_pass in shader.passes:
            for stage in dict.fromkeys(stage_name(h) for h in hook_pass.hooks):
                if stage in EMULATED_STAGES:
                    state.compiled[(hook_pass.index, stage)] = self._compile(shader, hook_pass, stage, params)
        return state

    @staticmethod
    def _override_param(shader: ShaderFile, param: ParamBlock, overrides: dict) -> ParamBlock:
        if param.name not in overrides:
            return param
        value = overrides[param.name]
        if not math.isfinite(value) or (param.type_kind != "float" and float(value) != int(value)):
            raise ShadergenError(f"{shader.path}: PARAM {param.name} is {param.type_kind}, got {value!r}")
        if problem := param_value_problem(param.type_kind, value):
            raise ShadergenError(f"{shader.path}: PARAM {param.name}: {problem}")
        value = float(value) if param.type_kind == "float" else int(value)
        if (param.minimum is not None and value < param.minimum) or (
            param.maximum is not None and value > param.maximum
        ):
            raise ShadergenError(
                f"{shader.path}: PARAM {param.name}={value} is outside [{param.minimum}, {param.maximum}]"
            )
        return dataclasses.replace(param, value=value)

    def _create_user_texture(self, path: str, block):
        where = f"{path}: TEXTURE {block.name}"
        if block.storage:
            raise ShadergenError(f"{where}: STORAGE textures are not supported by shadergen's runtime")
        if block.border == "MIRROR":
            raise ShadergenError(f"{where}: BORDER MIRROR is not supported by shadergen's runtime")
        if len(block.size) == 1:
            raise ShadergenError(f"{where}: 1-D textures are not supported by shadergen's runtime")
        fmt = texture_format(block.format)
        data = np.frombuffer(block.data, dtype=fmt.host_dtype)
        if fmt.gl_dtype == "f2" and fmt.host_dtype.itemsize == 4:
            data = data.astype("<f2")  # libplacebo's emulated …16f formats: float32 host data
        try:
            if len(block.size) == 2:
                texture = self.ctx.texture(
                    block.size, fmt.components, data.tobytes(), dtype=fmt.gl_dtype, alignment=1
                )
            else:
                texture = self.ctx.texture3d(
                    block.size, fmt.components, data.tobytes(), dtype=fmt.gl_dtype, alignment=1
                )
        except moderngl.Error as error:
            raise ShadergenError(f"{where}: OpenGL cannot create the texture ({error})") from None
        mode = moderngl.LINEAR if block.filter == "LINEAR" else moderngl.NEAREST
        texture.filter = (mode, mode)
        texture.repeat_x = texture.repeat_y = block.border == "REPEAT"
        if len(block.size) == 3:
            texture.repeat_z = block.border == "REPEAT"
        return texture

    def _compile(self, shader: ShaderFile, hook_pass: HookPass, stage: str, params) -> _CompiledPass:
        source = build_pass_source(shader, hook_pass, stage, self._glsl_version, params)
        try:
            if source.compute:
                program = self.ctx.compute_shader(source.main)
                return _CompiledPass(source, program, None)
            program = self.ctx.program(vertex_shader=source.vertex, fragment_shader=source.main)
        except moderngl.Error as error:
            problem = describe_compile_failure(source, str(error), shader.path)
            raise ShadergenError(f"{shader.path}: {hook_pass.name_for_errors}: {problem}") from None
        vao = self.ctx.vertex_array(program, [(self.surfaces.quad, "2f", "_corner")])
        return _CompiledPass(source, program, vao)

    # ---- hook execution -----------------------------------------------------------------------------

    def _stage(self, stage: str, image: Image, src_rect: Rect, target_size, reports) -> Image:
        for state in self.files:
            if stage in state.exec_stages or stage in state.save_stages:
                params = _StageParams(stage, image, src_rect, target_size)
                image = self._run_file_stage(state, params, reports)
        return image

    def _lookup(self, state: _FileState, params: _StageParams, hooked: Image):
        def lookup(key: str):
            name, _, axis = key.rpartition(".")
            if not name or axis not in ("w", "h"):
                return self._param_value(state, key)
            if name == "HOOKED":
                size = hooked.size
            elif name == "NATIVE_CROPPED":
                size = (abs(rect_w(params.src_rect)), abs(rect_h(params.src_rect)))
            elif name == "OUTPUT":
                size = params.target_size
            else:
                image = state.textures.get("MAINPRESUB" if name == "MAIN" else name)
                if image is None:
                    return None
                size = image.size
            return size[0] if axis == "w" else size[1]

        return lookup

    @staticmethod
    def _param_value(state: _FileState, name: str):
        for param in state.params:
            if param.name == name:
                return float(param.value)
            if param.enum and name in param.enum:
                return float(param.enum.index(name))
        return None

    def _evaluate(self, state, hook_pass: HookPass, directive: str, expression: RPN, lookup) -> float:
        try:
            return expression.evaluate(lookup)
        except RPNError as error:
            raise ShadergenError(
                f"{state.shader.path}: {hook_pass.name_for_errors}: {directive} '{expression}' failed: "
                f"{error} (libplacebo disables the whole shader file)"
            ) from None

    def _run_file_stage(self, state: _FileState, params: _StageParams, reports: list) -> Image:
        stage = params.stage
        hooked = Image(params.input.tex, params.input.rect)
        if stage in state.save_stages:
            state.textures[stage] = hooked
        result = None
        for hook_pass in state.shader.passes:
            if stage not in {stage_name(h) for h in hook_pass.hooks}:
                continue
            report = PassReport(
                state.shader.path, hook_pass.index, hook_pass.label, stage, None, False, None, None
            )
            reports.append(report)
            lookup = self._lookup(state, params, hooked)
            if hook_pass.when is not None:
                if self._evaluate(state, hook_pass, "WHEN", hook_pass.when, lookup) == 0:
                    report.skipped_reason = f"WHEN {hook_pass.when} is 0"
                    continue
            compiled = state.compiled[(hook_pass.index, stage)]
            missing = [b.name for b in compiled.source.hook_bindings if b.name not in state.textures]
            if missing:
                report.skipped_reason = (
                    f"BIND {missing[0]}: no such texture at this point (libplacebo skips the pass)"
                )
                continue
            state.frame_count += 1
            random = state.prng.next_float()
            width = self._evaluate(
                state, hook_pass, "WIDTH", hook_pass.width or RPN.texture_size("HOOKED", "w"), lookup
            )
            height = self._evaluate(
                state, hook_pass, "HEIGHT", hook_pass.height or RPN.texture_size("HOOKED", "h"), lookup
            )
            out_size = checked_size(
                f"{state.shader.path}: {hook_pass.name_for_errors}: {stage}: the output size from "
                "WIDTH/HEIGHT",
                round_half_away(width),
                round_half_away(height),
                self.max_texture_dim,
            )
            output = self.surfaces.texture(
                out_size,
                what=f"{hook_pass.name_for_errors}: {stage}: the output",
                file_for_errors=str(state.shader.path),
            )
            report.gpu_ms = self._dispatch(state, compiled, params, hooked, output, random)
            report.ran, report.size = True, out_size
            new_rect = self._new_rect(hook_pass, params, out_size)
            name = hook_pass.save or stage
            saved = Image(output, new_rect)
            state.textures[name] = saved
            if name == stage:
                hooked = result = saved
        if result is None:
            return params.input
        if stage not in RESIZABLE_STAGES and (
            result.size != params.input.size or result.rect != params.input.rect
        ):
            raise ShadergenError(
                f"{state.shader.path}: a pass tried to resize or shift the non-resizable "
                f"stage {stage} (libplacebo disables the shader file)"
            )
        return result

    @staticmethod
    def _new_rect(hook_pass: HookPass, params: _StageParams, out_size) -> Rect:
        """libplacebo: scale the stage's input rect to the output size, add OFFSET, or ALIGN to the source."""
        rect = params.input.rect
        sx = out_size[0] / params.input.size[0]
        sy = out_size[1] / params.input.size[1]
        offset = hook_pass.offset if isinstance(hook_pass.offset, tuple) else (0.0, 0.0)
        x0 = sx * rect[0] + offset[0]
        y0 = sy * rect[1] + offset[1]
        new = (x0, y0, x0 + sx * rect_w(rect), y0 + sy * rect_h(rect))
        if hook_pass.offset == "ALIGN":
            src = params.src_rect
            ox = rect_w(new) / rect_w(src) * src[0] - sx * rect[0]
            oy = rect_h(new) / rect_h(src) * src[1] - sy * rect[1]
            new = (new[0] + ox, new[1] + oy, new[2] + ox, new[3] + oy)
        return new

    def _bound_rect(self, hook_pass: HookPass, params: _StageParams, name: str, image: Image) -> Rect:
        """The whole texture, shifted for OFFSET ALIGN when it is the hooked stage (normalised)."""
        width, height = image.size
        x0, y0 = 0.0, 0.0
        if hook_pass.offset == "ALIGN" and name == params.stage:
            rect, src = params.input.rect, params.src_rect
            x0 = rect[0] - rect_w(rect) / rect_w(src) * src[0]
            y0 = rect[1] - rect_h(rect) / rect_h(src) * src[1]
        return (x0 / width, y0 / height, (x0 + width) / width, (y0 + height) / height)

    def _dispatch(
        self, state, compiled: _CompiledPass, params: _StageParams, hooked: Image, output, random: float
    ) -> float | None:
        source, program = compiled.source, compiled.program
        hook_pass = source.hook_pass

        def set_uniform(name, value):
            if name in program:
                program[name].value = value

        unit = 0
        for binding in source.hook_bindings:
            image = state.textures[binding.name]
            image.tex.use(location=unit)
            set_uniform(f"_tex{binding.index}", unit)
            set_uniform(f"_pt{binding.index}", (1.0 / image.size[0], 1.0 / image.size[1]))
            set_uniform(f"_off{binding.index}", (image.rect[0], image.rect[1]))
            set_uniform(f"_rect{binding.index}", self._bound_rect(hook_pass, params, binding.name, image))
            unit += 1
        for binding in source.user_bindings:
            state.user_textures[binding.block.name].use(location=unit)
            set_uniform(f"_utex{binding.index}", unit)
            unit += 1
        src = params.src_rect
        set_uniform("_frame", state.frame_count)
        set_uniform("_random", random)
        set_uniform("_input_size", (rect_w(src), rect_h(src)))
        set_uniform("_target_size", tuple(float(v) for v in params.target_size))
        set_uniform("_tex_offset", (src[0], src[1]))
        for i, param in enumerate(source.params):
            if param.type_kind != "DEFINE" and param.mode != "CONSTANT":
                set_uniform(f"_par{i}", param.value)
        width, height = output.size
        if self._pending_queries is not None:
            # benchmark(): this pass's own query, read after the last frame, so that the CPU never
            # waits for the GPU between passes or frames (the H100 lowered its clock when it did).
            query = self._pooled_query(len(self._pending_queries))
            with query:
                self.ctx.memory_barrier()  # llvmpipe: a finish, see below
                self._execute(compiled, output, width, height, set_uniform)
            self._pending_queries.append(query)
            return None
        if self._query is not None:
            with self._query:
                # Mesa llvmpipe starts the query with its queued draws but runs a compute dispatch at
                # once, so its compute passes read ~0.04 ms instead of ~17 ms (measured, 480x270
                # ArtCNN C4F16); a barrier first (llvmpipe: a finish) makes the query hold the pass.
                # On a GPU it is a plain barrier, and the timer starts after earlier commands anyway.
                self.ctx.memory_barrier()
                self._execute(compiled, output, width, height, set_uniform)
            elapsed = self._query.elapsed
            return None if elapsed >= UNAVAILABLE_QUERY_NS else elapsed / 1e6
        self._execute(compiled, output, width, height, set_uniform)
        return None

    def _execute(self, compiled: _CompiledPass, output, width: int, height: int, set_uniform) -> None:
        hook_pass = compiled.source.hook_pass
        if compiled.source.compute:
            block_w, block_h = hook_pass.compute[0], hook_pass.compute[1]
            output.bind_to_image(0, read=False, write=True)
            set_uniform("_out_image", 0)
            set_uniform("_out_scale", (1.0 / width, 1.0 / height))
            compiled.program.run(-(-width // block_w), -(-height // block_h), 1)
            self.ctx.memory_barrier()
        else:
            framebuffer = self.surfaces.framebuffer(output)
            framebuffer.use()
            framebuffer.viewport = (0, 0, width, height)
            compiled.vao.render(mode=moderngl.TRIANGLE_STRIP)

    # ---- the frame ----------------------------------------------------------------------------------

    def _needs(self, stages: set[str]) -> bool:
        return any(stages & (f.exec_stages | f.save_stages) for f in self.files)

    def run(self, frame: Frame, target_size: tuple[int, int], read_back: bool = True) -> RunResult:
        """Render one frame to ``target_size`` (width, height); the result has 4:4:4 planes.

        ``read_back=False`` (benchmarks) leaves the output on the GPU and the result's frame None:
        downloading a 4K float frame takes ~250 ms, long enough for a GPU to drop its clocks.
        A frame beyond the texture budget (texture_budget.py), or one OpenGL or the host cannot
        allocate, is a ShadergenError naming the shader files.
        """
        target = checked_size("the target size", *target_size, self.max_texture_dim)
        checked_size("the input frame", *frame.size, self.max_texture_dim)
        if self._planes is None:  # benchmark() checked before it uploaded them
            self._check_frame_fits(frame, target)
        try:
            return self._run_frame(frame, target, read_back)
        except moderngl.Error as error:
            detail = " ".join(str(error).split())
            raise ShadergenError(
                f"{self._names_for_errors()}: OpenGL failed on a {frame.size[0]}x{frame.size[1]} frame "
                f"scaled to {target[0]}x{target[1]} ({detail})"
            ) from None
        except MemoryError:
            raise ShadergenError(
                f"{self._names_for_errors()}: not enough memory for a {frame.size[0]}x{frame.size[1]} "
                f"frame scaled to {target[0]}x{target[1]}"
            ) from None

    def _check_frame_fits(self, frame: Frame, target: tuple[int, int]) -> None:
        check_frame_fits(self._names_for_errors(), frame.size, frame.chroma_size, frame.bit_depth, target)

    def _run_frame(self, frame: Frame, target: tuple[int, int], read_back: bool) -> RunResult:
        target_w, target_h = target
        surfaces = self.surfaces
        surfaces.start_frame(target)
        for state in self.files:
            state.textures = {}
        reports: list[PassReport] = []
        luma_tex, chroma_tex = self._planes if self._planes is not None else surfaces.upload_planes(frame)
        width, height = frame.size
        source_rect = (0.0, 0.0, float(width), float(height))
        luma = self._stage("LUMA", Image(luma_tex, source_rect), source_rect, target, reports)
        chroma = self._stage(
            "CHROMA", Image(chroma_tex, self._chroma_rect(frame)), source_rect, target, reports
        )

        ref_rect = luma.rect
        native_size = luma.size
        full_range = bool(frame.full_range)
        if self._needs({"CHROMA_SCALED"}):
            scaled = surfaces.compose(
                luma, chroma, ref_rect, native_size, COMPOSE_CBCR, OUTPUT_FORMAT, full_range
            )
            chroma = self._stage("CHROMA_SCALED", Image(scaled, ref_rect), ref_rect, target, reports)
        rgb_path = self._needs(RGB_STAGES)
        if not self._needs({"NATIVE"}):
            # Nothing needs NATIVE as a texture: libplacebo samples the planes straight into the next
            # step (the MAIN image, or the output through the bilinear main scaler).
            if not rgb_path:
                composed = surfaces.compose(luma, chroma, ref_rect, target, COMPOSE_YCBCR, "f4", full_range)
                planes = self._read_output(composed, read_back)
                self._report_idle_passes(reports)
                return self._result(frame, planes, reports)
            image = Image(
                surfaces.compose(luma, chroma, ref_rect, native_size, COMPOSE_RGB, OUTPUT_FORMAT, full_range),
                ref_rect,
            )
        else:
            native = surfaces.compose(
                luma, chroma, ref_rect, native_size, COMPOSE_YCBCR, OUTPUT_FORMAT, full_range
            )
            image = self._stage("NATIVE", Image(native, ref_rect), ref_rect, target, reports)
            if not rgb_path:
                planes = self._read_output(
                    surfaces.convert(image, target, CONVERT_COPY, "f4", full_range), read_back
                )
                self._report_idle_passes(reports)
                return self._result(frame, planes, reports)
            image = Image(
                surfaces.convert(image, image.size, CONVERT_TO_RGB, OUTPUT_FORMAT, full_range), image.rect
            )
        image = self._stage("MAINPRESUB", image, ref_rect, target, reports)
        if self._needs({"SCALED", "PREOUTPUT", "OUTPUT"}):
            image = Image(
                surfaces.convert(image, target, CONVERT_COPY, OUTPUT_FORMAT, full_range),
                (0.0, 0.0, float(target_w), float(target_h)),
            )
            for stage in ("SCALED", "PREOUTPUT", "OUTPUT"):
                image = self._stage(stage, image, ref_rect, target, reports)
        planes = self._read_output(
            surfaces.convert(image, target, CONVERT_TO_YCBCR, "f4", full_range), read_back
        )
        self._report_idle_passes(reports)
        return self._result(frame, planes, reports)

    def _read_output(self, texture, read_back: bool) -> np.ndarray | None:
        return self.surfaces.read(texture, "f4") if read_back else None

    @staticmethod
    def _result(frame: Frame, planes: np.ndarray | None, reports: list) -> RunResult:
        if planes is None:
            return RunResult(None, reports)
        out = Frame(
            planes[..., 0],
            planes[..., 1],
            planes[..., 2],
            bit_depth=16,
            full_range=frame.full_range,
            gray=frame.gray,
        )
        return RunResult(out, reports)

    @staticmethod
    def _chroma_rect(frame: Frame) -> Rect:
        width, height = frame.size
        if frame.chroma_size == frame.size:
            return (0.0, 0.0, float(width), float(height))
        if frame.chroma_size != ((width + 1) // 2, (height + 1) // 2):
            raise ShadergenError(
                f"chroma planes {frame.chroma_size[0]}x{frame.chroma_size[1]} are neither 4:4:4 nor "
                f"4:2:0 of the {width}x{height} luma plane"
            )
        # libplacebo's plane rect: the source rect scaled by the subsampling, plus the siting offset.
        ox, oy = LEFT_SITING_CHROMA_OFFSET
        return (ox, oy, ox + width / 2, oy + height / 2)

    def _report_idle_passes(self, reports: list[PassReport]) -> None:
        """Passes that never fire on this frame's stages still get a line saying why."""
        seen = {(r.file, r.index) for r in reports}
        for state in self.files:
            for hook_pass in state.shader.passes:
                if (state.shader.path, hook_pass.index) in seen:
                    continue
                if not hook_pass.hooks:
                    reason = "no HOOK directive (libplacebo ignores the pass)"
                else:
                    reason = (
                        f"HOOK {', '.join(hook_pass.hooks)}: this stage never fires on a Y'CbCr frame"
                        " in shadergen's runtime"
                    )
                reports.append(
                    PassReport(
                        state.shader.path, hook_pass.index, hook_pass.label, None, None, False, reason, None
                    )
                )

    def benchmark(
        self, frame: Frame, target_size: tuple[int, int], warmup: int = 3, frames: int = 10
    ) -> dict[tuple[str, int, str], list[float]]:
        """GPU milliseconds of every pass over ``frames`` timed frames after ``warmup`` frames.

        Keys are (file, pass index, stage). Needs ``timing=True``. The frame's planes are uploaded
        once; every pass of every frame gets its own timer query (a pool allocated before the timed
        frames), and all are read after the last frame: the frames are submitted back to back with
        no CPU-GPU round trip, so the GPU stays busy and keeps its clock. The warm-up frames are
        read back before the timed ones start, so their queries can be reused.
        """
        if self._query is None:
            raise ShadergenError("benchmark needs a Runtime built with timing=True")
        self._check_frame_fits(frame, checked_size("the target size", *target_size, self.max_texture_dim))
        self._planes = self.surfaces.upload_planes(frame, pooled=False)
        try:
            warm = self._run_frames(frame, target_size, warmup)
            self._collect(warm)
            per_frame = max((len(ran) for ran, _ in warm), default=0)
            while len(self._query_pool) < per_frame * frames:
                self._query_pool.append(self.ctx.query(time=True))
            timed = self._run_frames(frame, target_size, frames)
            times: dict[tuple[str, int, str], list[float]] = defaultdict(list)
            for ran, values in self._collect(timed):
                for report, value in zip(ran, values, strict=True):
                    times[(report.file, report.index, report.stage)].append(value)
            return dict(times)
        finally:
            self._pending_queries = None
            self.surfaces.release_unpooled(self._planes)
            self._planes = None

    def _run_frames(self, frame: Frame, target_size, count: int) -> list[tuple[list[PassReport], list]]:
        """Submit ``count`` frames without waiting; per frame, the passes that ran and their queries."""
        submitted = []
        self._pending_queries = []
        for _ in range(count):
            first = len(self._pending_queries)
            result = self.run(frame, target_size, read_back=False)
            submitted.append(([r for r in result.passes if r.ran], self._pending_queries[first:]))
        return submitted

    def _pooled_query(self, number: int):
        while len(self._query_pool) <= number:
            self._query_pool.append(self.ctx.query(time=True))
        return self._query_pool[number]

    @staticmethod
    def _collect(submitted) -> list[tuple[list[PassReport], list[float | None]]]:
        """Read the queries of submitted frames (waits for the GPU), in milliseconds."""
        collected = []
        for ran, queries in submitted:
            values = [q.elapsed for q in queries]
            collected.append((ran, [None if v >= UNAVAILABLE_QUERY_NS else v / 1e6 for v in values]))
        return collected

    def release(self) -> None:
        """Free the GPU objects (the context too when the Runtime created it)."""
        if hasattr(self, "surfaces"):
            self.surfaces.release()
        for state in self.files:
            for compiled in state.compiled.values():
                if compiled.vao is not None:
                    compiled.vao.release()
                compiled.program.release()
            for texture in state.user_textures.values():
                texture.release()
            state.compiled.clear()
            state.user_textures.clear()
        self._query_pool.clear()  # moderngl 5.13 queries have no release(); the context frees them
        if self._owns_context:
            self.ctx.release()


def run_shaders(
    shaders: Sequence[ShaderFile],
    frame: Frame,
    target_size: tuple[int, int],
    ctx=None,
    params: dict[str, float] | None = None,
) -> RunResult:
    """Build a Runtime, run one frame, release the GPU objects."""
    runtime = Runtime(shaders, ctx=ctx, params=params)
    try:
        return runtime.run(frame, target_size)
    finally:
        runtime.release()
