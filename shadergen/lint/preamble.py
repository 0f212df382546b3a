"""Build the GLSL program libplacebo would compile for one hook pass (mpv-hooks.md §4, §5, §6.2).

The text is regenerated with our own identifiers (``_1``, ``_2``… in hex, like libplacebo ≥ 6) but
keeps what decides whether user code compiles: the declaration order, which names are macros and
which are uniforms, spec constants on Vulkan versus ``const`` on OpenGL, the ``#extension`` lines,
the texture sampling functions of each libplacebo generation, and the ``hook()`` wrapper.
The user's pass body is pasted verbatim; ``Program.body`` says where it landed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..mpv.formats import texture_format
from ..mpv.libplacebo import (
    ALIAS_SUFFIXES,
    GATHER_SUFFIX,
    HOOK_TEXTURE_SUFFIXES,
    ResolvedBind,
    resolve_bind,
)
from ..mpv.parse import HookPass, ShaderFile, TextureBlock
from .glslang import SourceMap

# GL_KHR_shader_subgroup_* lines libplacebo adds on every Vulkan GPU with subgroups
# (LP4 dispatch.c:317-378 has five; LP ≥ 6 adds clustered and quad; mpv-hooks.md §5.3).
SUBGROUP_EXTENSIONS_LP4 = ("basic", "vote", "arithmetic", "ballot", "shuffle")
SUBGROUP_EXTENSIONS_LP6 = SUBGROUP_EXTENSIONS_LP4 + ("clustered", "quad")

# Hook outputs are rgba16hf, whose GLSL image format is rgba16f (mpv-hooks.md §4.3).
OUTPUT_IMAGE_FORMAT = "rgba16f"

# The GL_* macros that Mesa 22.3.6 (Debian 12, llvmpipe, #version 450 core) predefines, out of the
# 180 that glslang 12 knows; probed with `#ifdef NAME / #error` through moderngl. glslang's plain GL
# check defines far more (GL_EXT_shader_explicit_arithmetic_types_float16, GL_KHR_shader_subgroup_*,
# GL_AMD_gpu_shader_half_float…), so a pass that guards code with `#ifdef GL_EXT_…` would be
# checked down a path no Mesa driver takes. For the OpenGL and GLES programs every other GL_* name
# in a conditional directive is renamed out of glslang's reach (hide_unsupported_extension_macros).
MESA_GL_MACROS = frozenset(
    (
        "GL_AMD_shader_trinary_minmax",
        "GL_ARB_compute_shader",
        "GL_ARB_derivative_control",
        "GL_ARB_draw_instanced",
        "GL_ARB_enhanced_layouts",
        "GL_ARB_explicit_attrib_location",
        "GL_ARB_explicit_uniform_location",
        "GL_ARB_fragment_coord_conventions",
        "GL_ARB_gpu_shader5",
        "GL_ARB_gpu_shader_fp64",
        "GL_ARB_gpu_shader_int64",
        "GL_ARB_post_depth_coverage",
        "GL_ARB_sample_shading",
        "GL_ARB_separate_shader_objects",
        "GL_ARB_shader_atomic_counters",
        "GL_ARB_shader_ballot",
        "GL_ARB_shader_bit_encoding",
        "GL_ARB_shader_draw_parameters",
        "GL_ARB_shader_group_vote",
        "GL_ARB_shader_image_load_store",
        "GL_ARB_shader_image_size",
        "GL_ARB_shader_stencil_export",
        "GL_ARB_shader_storage_buffer_object",
        "GL_ARB_shader_texture_image_samples",
        "GL_ARB_shader_texture_lod",
        "GL_ARB_shading_language_420pack",
        "GL_ARB_shading_language_packing",
        "GL_ARB_tessellation_shader",
        "GL_ARB_texture_cube_map_array",
        "GL_ARB_texture_gather",
        "GL_ARB_texture_multisample",
        "GL_ARB_texture_query_lod",
        "GL_ARB_texture_rectangle",
        "GL_ARB_uniform_buffer_object",
        "GL_ARB_vertex_attrib_64bit",
        "GL_ARB_viewport_array",
        "GL_EXT_shader_integer_mix",
        "GL_FRAGMENT_PRECISION_HIGH",
        "GL_KHR_blend_equation_advanced",
        "GL_core_profile",
        "GL_ES",  # defined by every GLES compiler
    )
)
HIDDEN_MACRO_SUFFIX = "_not_defined_by_mesa"
_CONDITIONAL = re.compile(r"^([ \t]*#[ \t]*(?:if|ifdef|ifndef|elif)\b)(.*)$", re.MULTILINE)
_GL_MACRO = re.compile(r"\bGL_\w+")

# std430 size (= alignment) of the variable types we place in push constant blocks.
PUSH_CONSTANT_SIZES = {"int": 4, "uint": 4, "float": 4, "vec2": 8}


@dataclass(frozen=True)
class Dialect:
    """One way a libplacebo build turns a pass into GLSL."""

    target: str  # the lint target this dialect serves
    version: str  # the #version line's argument
    vulkan: bool  # Vulkan semantics: explicit bindings, push constants, spec constants
    es: bool
    libplacebo: int  # 4: v4.208 (Debian 12, mpv 0.35 gpu-next); 6: v6 and later

    @property
    def version_number(self) -> int:
        return int(self.version.split()[0])

    @property
    def can_gather(self) -> bool:
        # textureGather: always on Vulkan; GL needs GLSL ≥ 400, GLES needs 3.10 (§4.2).
        return self.vulkan or self.version_number >= (310 if self.es else 400)

    @property
    def uniform_block(self) -> bool:
        # libplacebo puts non-dynamic variables into a std140 block from GLSL 440 on (§6.1).
        return not self.vulkan and not self.es and self.version_number >= 440

    @property
    def locations(self) -> bool:
        # layout(location=…) only from GLSL 430 on (§6.1); GLSL ES 3.00 has no input locations.
        return not self.es and self.version_number >= 430


VULKAN_1_1 = Dialect("vulkan1.1", "450", vulkan=True, es=False, libplacebo=4)
VULKAN_1_2 = Dialect("vulkan1.2", "450", vulkan=True, es=False, libplacebo=6)
OPENGL_4_5 = Dialect("opengl4.5", "450", vulkan=False, es=False, libplacebo=6)
# mpv-android: GLES 3.0 for fragment passes; compute needs GLES 3.1.
GLES_FRAGMENT = Dialect("gles", "300 es", vulkan=False, es=True, libplacebo=6)
GLES_COMPUTE = Dialect("gles", "310 es", vulkan=False, es=True, libplacebo=6)


def gles_dialect(compute: bool) -> Dialect:
    return GLES_COMPUTE if compute else GLES_FRAGMENT


@dataclass(frozen=True)
class Program:
    text: str
    stage: str  # "frag" | "comp"
    body: SourceMap  # where the pass body sits
    defined_names: frozenset[str]  # every name the generated code #defines or declares globally
    bound_textures: tuple[str, ...]  # resolved texture names, in BIND order, duplicates kept
    macro_of: dict[str, str]  # generated identifier → the name user code knows it by (_7 → random)


def hide_unsupported_extension_macros(body: str) -> str:
    """Rename GL_* names that Mesa does not define in #if/#ifdef/#ifndef/#elif lines, so glslang
    takes the branches a Mesa driver takes. Lines stay where they are; #extension lines are kept."""

    def rename(match: re.Match) -> str:
        name = match.group(0)
        return name if name in MESA_GL_MACROS else name + HIDDEN_MACRO_SUFFIX

    return _CONDITIONAL.sub(lambda m: m.group(1) + _GL_MACRO.sub(rename, m.group(2)), body)


def _float_literal(value: float) -> str:
    text = repr(float(value))
    return text if any(c in text for c in ".eEn") else text + ".0"


def _image_format(format_name: str) -> str:
    """libplacebo texture format name → GLSL image format qualifier (rgba16hf → rgba16f)."""
    match = re.fullmatch(r"(rgba|rgb|rg|r)(\d+)(hf|f|s|u|i)?", format_name)
    channels, bits, kind = match.groups()
    return channels + bits + {"hf": "f", "f": "f", "s": "_snorm", "u": "ui", "i": "i", None: ""}[kind]


@dataclass
class _Builder:
    dialect: Dialect
    compute: tuple[int, int, int, int] | None
    _next_id: int = 1
    extensions: list[str] = field(default_factory=list)
    variables: list[tuple[str, str, bool]] = field(default_factory=list)  # (type, ident, dynamic)
    constants: list[tuple[str, str, str]] = field(default_factory=list)  # (type, ident, literal)
    # (image format or None, declaration with a "{layout}" placeholder for the layout qualifier)
    descriptors: list[tuple[str | None, str]] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)  # fragment varyings (vec2 idents)
    prelude: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    precision_types: list[str] = field(default_factory=list)
    output_image: str | None = None  # compute passes: the out_image identifier

    def ident(self) -> str:
        name = f"_{self._next_id:x}"
        self._next_id += 1
        return name

    def variable(self, glsl_type: str, dynamic: bool = False) -> str:
        name = self.ident()
        self.variables.append((glsl_type, name, dynamic))
        return name

    def constant(self, glsl_type: str, literal: str) -> str:
        name = self.ident()
        self.constants.append((glsl_type, name, literal))
        return name

    def descriptor(self, declaration: str, precision_type: str, image_format: str | None = None) -> str:
        """``declaration`` holds ``{layout}`` (binding, image format) and ``{name}`` placeholders."""
        name = self.ident()
        self.descriptors.append((image_format, declaration.replace("{name}", name)))
        if precision_type not in self.precision_types:
            self.precision_types.append(precision_type)
        return name

    def define(self, name: str, value: str) -> None:
        self.header.append(f"#define {name} {value}")

    # --- textures -------------------------------------------------------------------------

    def sample_function(self, sampler: str) -> str:
        # libplacebo ≥ 6 samples hook textures with an explicit LOD; v4 used texture() (§7).
        if self.dialect.libplacebo >= 6:
            return f"textureLod({sampler}, pos, 0.0)"
        return f"texture({sampler}, pos)"

    def bind_hook_texture(self, bind: ResolvedBind) -> None:
        name = bind.name
        raw = self.descriptor("{layout}uniform sampler2D {name};", "sampler2D")
        if self.compute:
            pos = self.ident()
            corners = [self.variable("vec2") for _ in range(4)]
            self.prelude.append(
                f"#define {pos}_map(id) (mix(mix({corners[0]}, {corners[1]}, frag_map(id).x), "
                f"mix({corners[2]}, {corners[3]}, frag_map(id).x), frag_map(id).y))"
            )
            self.prelude.append(f"#define {pos} ({pos}_map(gl_GlobalInvocationID))")
        else:
            pos = self.ident()
            self.inputs.append(pos)
        if self.dialect.libplacebo >= 6:
            size = f"vec2(textureSize({raw}, 0))"
        else:
            size = self.variable("vec2")
        pt = self.variable("vec2")
        off = self.variable("vec2")
        mul = self.constant("float", "1.0")
        values = {
            "raw": raw,
            "pos": pos,
            "map": f"{pos}_map",
            "size": size,
            "pt": pt,
            "off": off,
            "mul": mul,
            "rot": "mat2(1.0, 0.0, 0.0, 1.0)",
        }
        for suffix in HOOK_TEXTURE_SUFFIXES:
            if suffix == "tex":
                self.define(f"{name}_tex(pos)", f"({mul} * vec4({self.sample_function(raw)}))")
            elif suffix == "texOff":
                self.define(f"{name}_texOff(off)", f"({name}_tex({pos} + {pt} * vec2(off)))")
            else:
                self.define(f"{name}_{suffix}", values[suffix])
        suffixes = ALIAS_SUFFIXES
        if self.dialect.can_gather:
            self.define(f"{name}_gather(pos, c)", f"({mul} * vec4(textureGather({raw}, pos, c)))")
            suffixes += (GATHER_SUFFIX,)
        for alias, enabled in (("HOOKED", bind.hooked), ("MAIN", bind.mainpresub)):
            if enabled:
                for suffix in suffixes:
                    self.define(f"{alias}_{suffix}", f"{name}_{suffix}")

    def bind_user_texture(self, texture: TextureBlock) -> None:
        tex_format = texture_format(texture.format)
        dims = len(texture.size)
        if texture.storage:
            image = f"{tex_format.sampler_prefix}image{dims}D"
            qualifier = "highp " if self.dialect.es else ""
            ident = self.descriptor(
                f"{{layout}}coherent restrict uniform {qualifier}{image} {{name}};",
                image,
                _image_format(texture.format),
            )
            self.define(texture.name, ident)
            return
        sampler = f"{tex_format.sampler_prefix}sampler{dims}D"
        ident = self.descriptor(f"{{layout}}uniform {sampler} {{name}};", sampler)
        self.define(texture.name, ident)
        self.define(f"{texture.name}_tex(pos)", f"({self.sample_function(ident)})")

    # --- globals ----------------------------------------------------------------------------

    def add_globals(self, shader: ShaderFile) -> None:
        # mpv-hooks.md §4.4: frame and random are dynamic (updated every pass), the sizes are not.
        for name, glsl_type, dynamic in (
            ("frame", "int", True),
            ("random", "float", True),
            ("input_size", "vec2", False),
            ("target_size", "vec2", False),
            ("tex_offset", "vec2", False),
        ):
            self.define(name, self.variable(glsl_type, dynamic))
        for param in shader.params:
            self.add_param(param)
        # The transfer-function helpers (pl_shader_linearize / delinearize); their constants are
        # spec constants on Vulkan like every sh_const.
        offset = self.constant("float", "0.055")
        scale = self.constant("float", "1.0")
        linearize, delinearize = self.ident(), self.ident()
        self.header.append(
            f"vec4 {linearize}(vec4 color) {{ color.rgb = max(color.rgb, 0.0); "
            f"color.rgb = {scale} * pow(color.rgb + vec3({offset}), vec3(2.4)); "
            "return color; }"
        )
        self.define("linearize", linearize)
        self.header.append(
            f"vec4 {delinearize}(vec4 color) {{ color.rgb = max(color.rgb, 0.0); "
            f"color.rgb = pow(color.rgb / {scale}, vec3(1.0 / 2.4)) - vec3({offset}); "
            "return color; }"
        )
        self.define("delinearize", delinearize)

    def add_param(self, param) -> None:
        """PARAM blocks (libplacebo ≥ 5.264; §4.4): DEFINE → literal macro, CONSTANT → spec constant
        or const, otherwise a (dynamic) variable; ENUM members become index macros."""
        for index, member in enumerate(param.enum or ()):
            self.define(member, str(index))
        if param.type_kind == "DEFINE":
            self.define(param.name, str(int(param.value)))
            return
        literal = {"int": lambda v: str(int(v)), "uint": lambda v: f"{int(v)}u", "float": _float_literal}[
            param.type_kind
        ](param.value)
        if param.mode == "CONSTANT":
            self.define(param.name, self.constant(param.type_kind, literal))
        else:
            self.define(param.name, self.variable(param.type_kind, param.mode == "DYNAMIC"))

    # --- rendering --------------------------------------------------------------------------

    def _layout(self, binding: int, image_format: str | None) -> str:
        # Vulkan needs explicit bindings; libplacebo's GL backend binds by name (dispatch.c).
        qualifiers = [f"binding={binding}"] if self.dialect.vulkan else []
        qualifiers += [image_format] if image_format else []
        return f"layout({', '.join(qualifiers)}) " if qualifiers else ""

    def declarations(self) -> list[str]:
        dialect = self.dialect
        lines = [f"#version {dialect.version}"]
        lines += [f"#extension {ext} : enable" for ext in self.extensions]
        if dialect.es:
            # libplacebo's GLES precision statements (dispatch.c): highp where available.
            lines += [
                "#ifdef GL_FRAGMENT_PRECISION_HIGH",
                "precision highp float;",
                "#else",
                "precision mediump float;",
                "#endif",
                "precision highp int;",
            ]
            lines += [
                f"precision {'highp' if 'image' in t else 'mediump'} {t};" for t in self.precision_types
            ]
        static = [(t, n) for t, n, dynamic in self.variables if not dynamic]
        dynamic = [(t, n) for t, n, is_dynamic in self.variables if is_dynamic]
        if dialect.vulkan and self.variables:
            members, offset = [], 0
            for glsl_type, name in static + dynamic:
                size = PUSH_CONSTANT_SIZES[glsl_type]
                offset = (offset + size - 1) // size * size
                members.append(f"    layout(offset={offset}) {glsl_type} {name};")
                offset += size
            lines += ["layout(std430, push_constant) uniform PushC {", *members, "};"]
        for index, (glsl_type, name, literal) in enumerate(self.constants):
            prefix = f"layout(constant_id={index}) " if dialect.vulkan else ""
            lines.append(f"{prefix}const {glsl_type} {name} = {literal};")
        for binding, (image_format, declaration) in enumerate(self.descriptors):
            lines.append(declaration.replace("{layout}", self._layout(binding, image_format)))
        if self.output_image:
            qualifier = "highp " if dialect.es else ""
            layout = self._layout(len(self.descriptors), OUTPUT_IMAGE_FORMAT)
            lines.append(f"{layout}writeonly restrict uniform {qualifier}image2D {self.output_image};")
        if not dialect.vulkan:
            if dialect.uniform_block and static:
                block = self.ident()
                lines += [f"layout(std140) uniform {block} {{", *[f"    {t} {n};" for t, n in static], "};"]
            else:
                dynamic = static + dynamic
            lines += [f"uniform {t} {n};" for t, n in dynamic]
        if self.compute:
            _, _, threads_w, threads_h = self.compute
            lines.append(f"layout (local_size_x = {threads_w}, local_size_y = {threads_h}) in;")
        else:
            for location, name in enumerate(self.inputs):
                prefix = f"layout(location={location}) " if dialect.locations else ""
                lines.append(f"{prefix}in vec2 {name};")
            prefix = "layout(location=0) " if dialect.vulkan or dialect.locations or dialect.es else ""
            lines.append(f"{prefix}out vec4 out_color;")
        return lines


def _extensions(dialect: Dialect, compute: bool, storage_images: bool) -> list[str]:
    """The #extension lines of dispatch.c, in its order (mpv-hooks.md §5.3, §6.2)."""
    extensions = []
    if compute and not dialect.es:
        extensions.append("GL_ARB_compute_shader")
    if dialect.vulkan:
        subgroups = SUBGROUP_EXTENSIONS_LP6 if dialect.libplacebo >= 6 else SUBGROUP_EXTENSIONS_LP4
        extensions += [f"GL_KHR_shader_subgroup_{name}" for name in subgroups]
    if (compute or storage_images) and not dialect.es:
        extensions.append("GL_ARB_shader_image_load_store")
    if dialect.uniform_block:
        extensions.append("GL_ARB_uniform_buffer_object")
    if dialect.can_gather and not dialect.es:
        extensions.append("GL_ARB_texture_gather")
    return extensions


_DEFINED = re.compile(r"^#define ([A-Za-z_]\w*)", re.MULTILINE)
_ALIAS = re.compile(r"^#define ([A-Za-z_]\w*) (_[0-9a-f]+(?:_map)?)$", re.MULTILINE)


def build_program(shader: ShaderFile, hook_pass: HookPass, stage: str, dialect: Dialect) -> Program:
    """The full program for ``hook_pass`` hooked at ``stage`` (one of its HOOK names)."""
    compute = hook_pass.compute
    builder = _Builder(dialect, compute)
    textures = {texture.name: texture for texture in shader.textures}
    resolved = [resolve_bind(name, stage) for name in hook_pass.binds]
    storage = any(textures[b.name].storage for b in resolved if b.name in textures)
    builder.extensions = _extensions(dialect, compute is not None, storage)
    for bind in resolved:
        if bind.name in textures:
            builder.bind_user_texture(textures[bind.name])
        else:
            builder.bind_hook_texture(bind)
    builder.add_globals(shader)
    if compute:
        builder.output_image = builder.ident()
        out_scale = builder.variable("vec2", dynamic=True)
        builder.prelude[:0] = [
            f"#define out_image {builder.output_image}",
            "#define frag_pos(id) (vec2(id) + vec2(0.5))",
            f"#define frag_map(id) ({out_scale} * frag_pos(id))",
            "#define gl_FragCoord vec4(frag_pos(gl_GlobalInvocationID), 0.0, 1.0)",
        ]
    lines = builder.declarations() + builder.prelude + builder.header
    wrapper = builder.ident()
    preamble = "\n".join(lines) + "\n"
    body = hook_pass.body if hook_pass.body.endswith("\n") else hook_pass.body + "\n"
    if not dialect.vulkan:
        body = hide_unsupported_extension_macros(body)
    if compute:
        tail = f"void {wrapper}() {{\nhook();\n}}\nvoid main() {{\n{wrapper}();\n}}\n"
    else:
        tail = (
            f"vec4 {wrapper}() {{\nvec4 color = hook();\nreturn color;\n}}\n"
            f"void main() {{\nout_color = {wrapper}();\n}}\n"
        )
    body_map = SourceMap(
        program_line=preamble.count("\n") + 1, line_count=body.count("\n"), file_line=hook_pass.body_line
    )
    defined = set(_DEFINED.findall(preamble)) | {"main"}
    if not compute:
        defined.add("out_color")
    macro_of = {}
    for name, ident in _ALIAS.findall(preamble):
        macro_of.setdefault(ident, name)
    return Program(
        preamble + body + tail,
        "comp" if compute else "frag",
        body_map,
        frozenset(defined),
        tuple(b.name for b in resolved),
        macro_of,
    )
