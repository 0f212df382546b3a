"""The GLSL program libplacebo generates around a hook pass body (OpenGL flavour, mpv-hooks.md §4, §6).

Per bound hook texture NAME: ``NAME_raw _pos _map _size _pt _off _mul _rot _tex _texOff _gather``
(plus ``HOOKED_*``/``MAIN_*`` aliases), in BIND order; then ``frame random input_size target_size
tex_offset``, the PARAMs, ``linearize``/``delinearize``, the body verbatim, and the wrapper
(``vec4 hook()`` → ``out_color``; compute: ``void hook()`` with ``out_image`` and the
``frag_pos``/``frag_map``/``gl_FragCoord``/``NAME_map`` macros of libplacebo's compute prelude).

Two deliberate departures, both so that Vulkan-era shaders run on Mesa's OpenGL: ``#extension``
lines of the body are hoisted to the top of the program (blanked in place so line numbers hold),
and compiler messages are translated back to lines of the user's file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...mpv.formats import texture_format
from ...mpv.libplacebo import ALIAS_SUFFIXES, GATHER_SUFFIX, resolve_bind, strip_comments
from ...mpv.parse import HookPass, ParamBlock, ShaderFile, TextureBlock

_EXTENSION_LINE = re.compile(r"^\s*#\s*extension\b.*$")
_FRAGMENT_HOOK = re.compile(r"\bvec4\s+hook\s*\(\s*(void\s*)?\)")
_COMPUTE_HOOK = re.compile(r"\bvoid\s+hook\s*\(\s*(void\s*)?\)")
# Compiler log formats: Mesa "0:12(5): error: …", NVIDIA "0(12) : error C1008: …".
_MESA_MESSAGE = re.compile(r"^\s*\d+:(\d+)\(\d+\):\s*(?:preprocessor\s+)?(error|warning):\s*(.*)$")
_NVIDIA_MESSAGE = re.compile(r"^\s*\d+\((\d+)\)\s*:\s*(error|warning)\s*\w*:\s*(.*)$")

# BT.1886 with a zero black level is a pure 2.4 power law (ITU-R BT.1886 Annex 1); libplacebo's
# linearize() for SDR BT.709 video is this curve plus a small black-level term.
LINEARIZE_GLSL = """vec4 _linearize(vec4 color) {
    color.rgb = max(color.rgb, 0.0);
    color.rgb = pow(color.rgb, vec3(2.4));
    return color;
}
#define linearize _linearize
vec4 _delinearize(vec4 color) {
    color.rgb = max(color.rgb, 0.0);
    color.rgb = pow(color.rgb, vec3(1.0 / 2.4));
    return color;
}
#define delinearize _delinearize
"""

FULLSCREEN_VERTEX_CORNER = "_corner"


@dataclass(frozen=True)
class HookBinding:
    """A BIND that resolves at run time to a hook texture (an input plane or a saved pass output)."""

    name: str  # the macro prefix, e.g. LUMA, MAINPRESUB, or a SAVE name
    index: int  # k in the uniform names _tex{k}, _pt{k}, _off{k}, _rect{k}
    hooked: bool  # also emit HOOKED_* aliases
    mainpresub: bool  # also emit MAIN_* aliases


@dataclass(frozen=True)
class UserBinding:
    """A BIND of one of the file's TEXTURE blocks."""

    block: TextureBlock
    index: int  # j in _utex{j}


@dataclass(frozen=True)
class PassSource:
    """The generated GLSL of one pass on one stage, and where the user's body sits in it."""

    hook_pass: HookPass
    stage: str
    compute: bool
    vertex: str | None
    main: str  # fragment or compute shader source
    body_start: int  # 1-based line of ``main`` holding the body's first line
    body_lines: int
    hook_bindings: tuple[HookBinding, ...]
    user_bindings: tuple[UserBinding, ...]
    params: tuple[ParamBlock, ...]


def hoist_extensions(body: str) -> tuple[str, list[str]]:
    """Blank the body's ``#extension`` lines (keeping line numbers) and return them separately."""
    lines = body.split("\n")
    hoisted = []
    for number, line in enumerate(lines):
        if _EXTENSION_LINE.match(line):
            hoisted.append(line.strip())
            lines[number] = ""
    return "\n".join(lines), hoisted


def _hook_texture_macros(binding: HookBinding) -> list[str]:
    name, k = binding.name, binding.index
    pos = f"_pos{k}"
    lines = [
        f"#define {name}_raw _tex{k}",
        f"#define {name}_pos {pos}",
        f"#define {name}_map {pos}_map",
        f"#define {name}_size vec2(textureSize(_tex{k}, 0))",
        f"#define {name}_pt _pt{k}",
        f"#define {name}_off _off{k}",
        f"#define {name}_mul _mul{k}",
        f"#define {name}_rot mat2(1.0, 0.0, 0.0, 1.0)",
        f"#define {name}_tex(pos) (_mul{k} * vec4(textureLod(_tex{k}, pos, 0.0)))",
        f"#define {name}_texOff(off) ({name}_tex({pos} + _pt{k} * vec2(off)))",
        f"#define {name}_gather(pos, c) (_mul{k} * vec4(textureGather(_tex{k}, pos, c)))",
    ]
    for alias, wanted in (("HOOKED", binding.hooked), ("MAIN", binding.mainpresub)):
        if wanted:
            source = name if alias == "HOOKED" else "MAINPRESUB"
            suffixes = (*ALIAS_SUFFIXES, GATHER_SUFFIX)
            lines += [f"#define {alias}_{suffix} {source}_{suffix}" for suffix in suffixes]
    return lines


def _sampler_type(block: TextureBlock) -> str:
    prefix = texture_format(block.format).sampler_prefix
    return f"{prefix}sampler{len(block.size)}D"


def _param_lines(params: tuple[ParamBlock, ...]) -> tuple[list[str], list[str]]:
    """(declarations, #defines) for PARAM blocks, as libplacebo emits them on OpenGL."""
    declarations, defines = [], []
    for i, param in enumerate(params):
        glsl_type = {"float": "float", "int": "int", "uint": "uint"}.get(param.type_kind, "int")
        if param.type_kind == "DEFINE":
            defines.append(f"#define {param.name} {int(param.value)}")
        elif param.mode == "CONSTANT":
            declarations.append(f"const {glsl_type} _par{i} = {_glsl_literal(param)};")
            defines.append(f"#define {param.name} _par{i}")
        else:
            declarations.append(f"uniform {glsl_type} _par{i};")
            defines.append(f"#define {param.name} _par{i}")
        for member_index, member in enumerate(param.enum or ()):
            defines.append(f"#define {member} {member_index}")
    return declarations, defines


def _glsl_literal(param: ParamBlock) -> str:
    if param.type_kind == "float":
        return repr(float(param.value))
    if param.type_kind == "uint":
        return f"{int(param.value)}u"
    return str(int(param.value))


def build_pass_source(
    shader: ShaderFile,
    hook_pass: HookPass,
    stage: str,
    glsl_version: int,
    params: tuple[ParamBlock, ...] | None = None,
) -> PassSource:
    """Generate the program of ``hook_pass`` running on ``stage`` (an LP stage name, MAIN → MAINPRESUB)."""
    params = shader.params if params is None else params
    compute = hook_pass.compute is not None
    user_blocks = {block.name: block for block in shader.textures}
    hook_bindings: list[HookBinding] = []
    user_bindings: list[UserBinding] = []
    macros: list[str] = []
    for bind in hook_pass.binds:
        resolved = resolve_bind(bind, stage)
        name, hooked, mainpresub = resolved.name, resolved.hooked, resolved.mainpresub
        if name in user_blocks:
            binding = UserBinding(user_blocks[name], len(user_bindings))
            user_bindings.append(binding)
            macros.append(f"#define {name} _utex{binding.index}")
            macros.append(f"#define {name}_tex(pos) (textureLod(_utex{binding.index}, pos, 0.0))")
        else:
            binding = HookBinding(name, len(hook_bindings), hooked, mainpresub)
            hook_bindings.append(binding)
            macros += _hook_texture_macros(binding)

    body, hoisted = hoist_extensions(hook_pass.body)
    extensions = (
        ["#extension GL_ARB_compute_shader : enable", "#extension GL_ARB_shader_image_load_store : enable"]
        if compute
        else []
    )
    extensions.append("#extension GL_ARB_texture_gather : enable")
    head = [f"#version {glsl_version}", *extensions, *hoisted]
    if compute:
        tw, th = hook_pass.compute[2], hook_pass.compute[3]
        head += [
            f"layout(local_size_x = {tw}, local_size_y = {th}) in;",
            "layout(rgba16f) writeonly restrict uniform image2D _out_image;",
            "uniform vec2 _out_scale;",
        ]
    else:
        head.append("layout(location = 0) out vec4 out_color;")
    for b in hook_bindings:
        k = b.index
        head += [
            f"uniform sampler2D _tex{k};",
            f"uniform vec2 _pt{k};",
            f"uniform vec2 _off{k};",
            f"const float _mul{k} = 1.0;",
        ]
        head.append(f"uniform vec4 _rect{k};" if compute else f"in vec2 _pos{k};")
    head += [f"uniform {_sampler_type(b.block)} _utex{b.index};" for b in user_bindings]
    head += [
        "uniform int _frame;",
        "uniform float _random;",
        "uniform vec2 _input_size;",
        "uniform vec2 _target_size;",
        "uniform vec2 _tex_offset;",
    ]
    param_declarations, param_defines = _param_lines(params)
    head += param_declarations
    if compute:
        head += [
            "#define out_image _out_image",
            "#define frag_pos(id) (vec2(id) + vec2(0.5))",
            "#define frag_map(id) (_out_scale * frag_pos(id))",
            "#define gl_FragCoord vec4(frag_pos(gl_GlobalInvocationID), 0.0, 1.0)",
        ]
        for b in hook_bindings:
            k = b.index
            head += [
                f"#define _pos{k}_map(id) (mix(_rect{k}.xy, _rect{k}.zw, frag_map(id)))",
                f"#define _pos{k} (_pos{k}_map(gl_GlobalInvocationID))",
            ]
    head += macros
    head += [
        "#define frame _frame",
        "#define random _random",
        "#define input_size _input_size",
        "#define target_size _target_size",
        "#define tex_offset _tex_offset",
    ]
    head += param_defines
    head += LINEARIZE_GLSL.rstrip("\n").split("\n")
    body_start = len(head) + 1
    body_text = body if body.endswith("\n") else body + "\n"
    body_lines = body_text.count("\n")
    if compute:
        tail = "void _main() {\n    hook();\n}\nvoid main() {\n    _main();\n}\n"
    else:
        tail = (
            "vec4 _main() {\n    vec4 color = hook();\n    return color;\n}\n"
            "void main() {\n    out_color = _main();\n}\n"
        )
    main = "\n".join(head) + "\n" + body_text + tail
    vertex = None if compute else _vertex_source(glsl_version, hook_bindings)
    return PassSource(
        hook_pass,
        stage,
        compute,
        vertex,
        main,
        body_start,
        body_lines,
        tuple(hook_bindings),
        tuple(user_bindings),
        params,
    )


def _vertex_source(glsl_version: int, bindings: list[HookBinding]) -> str:
    """A full-target quad whose texture coordinates run over each bound rect (libplacebo's tex_coord)."""
    lines = [f"#version {glsl_version}", f"in vec2 {FULLSCREEN_VERTEX_CORNER};"]
    for b in bindings:
        lines += [f"uniform vec4 _rect{b.index};", f"out vec2 _pos{b.index};"]
    lines.append("void main() {")
    lines.append(f"    gl_Position = vec4({FULLSCREEN_VERTEX_CORNER} * 2.0 - 1.0, 0.0, 1.0);")
    for b in bindings:
        lines.append(
            f"    _pos{b.index} = mix(_rect{b.index}.xy, _rect{b.index}.zw, {FULLSCREEN_VERTEX_CORNER});"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def describe_compile_failure(source: PassSource, log: str, path: str) -> str:
    """One line: the compiler's first error, with its line translated into the user's file."""
    body = strip_comments(source.hook_pass.body)
    if source.compute and not _COMPUTE_HOOK.search(body):
        hint = " (a //!COMPUTE pass needs `void hook()`)"
        return f"no `void hook()` function{hint}"
    if not source.compute and not _FRAGMENT_HOOK.search(body):
        hint = "; found `void hook()`, which needs //!COMPUTE" if _COMPUTE_HOOK.search(body) else ""
        return f"no `vec4 hook()` function (a fragment pass needs one){hint}"
    main_lines = source.main.split("\n")
    messages = []
    for raw in log.splitlines():
        match = _MESA_MESSAGE.match(raw) or _NVIDIA_MESSAGE.match(raw)
        if match and match.group(2) == "error":
            messages.append((int(match.group(1)), match.group(3).strip()))
    if not messages:
        summary = " ".join(line.strip() for line in log.splitlines() if line.strip())
        return f"GLSL compile error: {summary[:300]}"
    line, message = messages[0]
    if source.body_start <= line < source.body_start + source.body_lines:
        where = f"{path}:{source.hook_pass.body_line + line - source.body_start}"
    else:
        generated = main_lines[line - 1].strip() if 0 < line <= len(main_lines) else ""
        where = f"generated code line {line} `{generated}`"
    more = f" (+{len(messages) - 1} more)" if len(messages) > 1 else ""
    return f"GLSL compile error at {where}: {message}{more}"
