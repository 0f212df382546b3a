"""Render a ShaderPlan into the text of an mpv hook shader with the Jinja templates.

Everything numeric or structural is decided here and in plan.py (tap offsets, shared-memory
indices, literal text, which blocks are all zero); the templates in ``templates/`` only print.
The output is deterministic: the same plan gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jinja2
import numpy as np

from .. import __version__
from ..resources import templates_dir
from .identifiers import comment_lines, sanitize_identifier
from .pack import LANES, bias_groups, kernel_blocks, mat4_literal, round_to_half, vec4_literal
from .plan import HOOK_STAGE, UPSCALE, WHEN_UPSCALING, Layer, Pass, ShaderPlan, Step

# GLSL types of the operands (float, vec4, mat4), of the accumulators, and the conversion that
# turns one tap's sum of products into the accumulator type ("" when they are the same).
FP32_TYPES = {"float": "float", "vec4": "vec4", "mat4": "mat4", "acc": "vec4", "widen": ""}
# fp16: operands and products in float16 (macros of half_types.glsl.j2; float where the compiler
# lacks float16), each tap's sum of products added to a float accumulator. Measured in libplacebo on
# lavapipe (ArtCNN C4F16, camera 128x96): float16 accumulators gave max 3.4e-3 / mean 4.1e-4,
# these 2.2e-3 / 2.4e-4 (the official shaders: 4.6e-3 / 7.0e-4).
HALF_TYPES = {"float": "HFLOAT", "vec4": "HVEC4", "mat4": "HMAT4", "acc": "vec4", "widen": "vec4"}

VARIANT_NOTES = {
    "fragment": [
        "Fragment variant: plain vec4 hook() passes, one per group of 4 channels; runs on every",
        "renderer (--vo=gpu-next, the old --vo=gpu on OpenGL, GLES 3.0 / mpv-android).",
    ],
    "compute": [
        "Compute variant: one pass per layer, input tiles in shared memory; needs compute shaders",
        "(Vulkan, or OpenGL 4.3+ desktop).",
    ],
}
PRECISION_NOTES = {
    "fp32": ["Arithmetic in float (fp32); pass outputs are stored as rgba16f by mpv/libplacebo."],
    "fp16": [
        "Arithmetic in float16 where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16",
        "(libplacebo on Vulkan and D3D11), float elsewhere (OpenGL); sums are accumulated in float and",
        "pass outputs are stored as rgba16f by mpv/libplacebo.",
    ],
}


@dataclass(frozen=True)
class HeaderInfo:
    """What the header comment says about the weights. ``licence_text`` is printed verbatim."""

    weights_file: str  # a file name, never a path: dist/ must not depend on the checkout location
    description: str | None = None
    licence: str | None = None
    licence_text: str | None = None


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render_shader(plan: ShaderPlan, header: HeaderInfo) -> str:
    env = environment()
    types = HALF_TYPES if plan.precision == "fp16" else FP32_TYPES
    passes = plan.passes
    parts = [env.get_template("header.glsl.j2").render(**_header_context(plan, header, len(passes)))]
    template = env.get_template(f"{plan.variant}_pass.glsl.j2")
    for shader_pass in passes:
        build_context = _fragment_context if plan.variant == "fragment" else _compute_context
        context = build_context(shader_pass, types, plan.precision)
        parts.append(template.render(
            **{"pass": shader_pass}, hook_stage=HOOK_STAGE, when=WHEN_UPSCALING,
            half=plan.precision == "fp16", t=types, **context,
        ))
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


def _header_context(plan: ShaderPlan, header: HeaderInfo, pass_count: int) -> dict:
    title = f"{plan.network_name}: 2x luma upscaler, mpv user shader ({plan.variant}, {plan.precision})"
    if header.description:
        title += f"\n{header.description}"
    return {
        "title": comment_lines(title),
        "version": __version__,
        "model": plan.model,
        "variant": plan.variant,
        "precision": plan.precision,
        "weights_file": comment_lines(header.weights_file)[0][3:],
        "pass_count": pass_count,
        "variant_notes": VARIANT_NOTES[plan.variant] + PRECISION_NOTES[plan.precision],
        "licence": sanitize_identifier(header.licence or "unknown", "unknown"),
        "licence_lines": comment_lines(header.licence_text.strip()) if header.licence_text else [],
    }


def _describe(layer: Layer) -> str:
    kernel = f"{layer.kernel_size}x{layer.kernel_size}"
    source = "luma" if layer.source is None else f"{layer.kernel.shape[2]} channels"
    target = "2x luma (depth-to-space)" if layer.is_final else f"{layer.kernel.shape[3]} channels"
    extra = [step.activation if step.kind == "activation" else step.kind for step in layer.steps]
    return f"conv {kernel}, {source} -> {target}" + (f", then {', '.join(extra)}" if extra else "")


def _step_views(steps: tuple[Step, ...], fetch_for) -> list[dict]:
    views = []
    for step in steps:
        if step.kind == "activation":
            views.append({"kind": step.activation})
        elif step.kind == "add":
            views.append({"kind": "add", "fetch": fetch_for(step.operand)})
        else:
            views.append({"kind": step.kind})
    return views


def _tap_offsets(layer: Layer):
    radius = layer.radius
    for ky in range(layer.kernel_size):
        for kx in range(layer.kernel_size):
            yield ky, kx, kx - radius, ky - radius


def _weight_blocks(layer: Layer, precision: str) -> np.ndarray:
    """(kh, kw, in groups, out groups, 4, 4) blocks; for fp16 already rounded to float16.

    glslang folds float literals into float16 constants by truncation (toward zero), which shrinks
    every weight a little and biases the output (measured: mean error ×1.5 on lavapipe); literals
    that are exact float16 values convert exactly under any rounding.
    """
    blocks = kernel_blocks(layer.kernel)
    return round_to_half(blocks) if precision == "fp16" else blocks


def _fragment_context(shader_pass: Pass, types: dict, precision: str) -> dict:
    layer = shader_pass.layer
    group = 0 if shader_pass.group is None else shader_pass.group
    blocks = _weight_blocks(layer, precision)
    taps = []
    for ky, kx, dx, dy in _tap_offsets(layer):
        terms = []
        if layer.source is None:
            weights = blocks[ky, kx, 0, group][0]  # input lane 0: the luma plane
            if np.any(weights):
                terms.append({"in_group": 0, "weights": vec4_literal(weights, types["vec4"])})
        else:
            for in_group in range(layer.in_groups):
                block = blocks[ky, kx, in_group, group]
                if np.any(block):
                    terms.append({"in_group": in_group, "weights": mat4_literal(block, types["mat4"]),
                                  "texture": layer.source.group_texture(in_group)})
        if terms:
            taps.append({"dx": dx, "dy": dy, "terms": terms})
    steps = _step_views(layer.steps,
                        lambda operand: f"texelFetch({operand.group_texture(group)}_raw, pos, 0)")
    channels = "" if layer.is_final else f"; this pass: channels {LANES * group}..{LANES * group + LANES - 1}"
    return {
        "summary": _describe(layer) + channels,
        "final": layer.is_final,
        "plane": layer.source is None,
        "bias": vec4_literal(bias_groups(layer.bias)[group], types["acc"]),
        "taps": taps,
        "steps": steps,
    }


def _compute_context(shader_pass: Pass, types: dict, precision: str) -> dict:
    layer, tiling = shader_pass.layer, shader_pass.tiling
    halo = 2 * layer.radius
    shared_w, shared_h = tiling.tile_w + halo, tiling.tile_h + halo
    area = shared_w * shared_h
    plane = layer.source is None
    in_groups = 1 if plane else layer.in_groups
    in_grid = (1, 1) if plane else layer.source.grid
    out_grid = (UPSCALE, UPSCALE) if layer.is_final else shader_pass.grid
    pixel_steps = [(py, px) for py in range(tiling.pixels_y) for px in range(tiling.pixels_x)]
    pixels = [
        {"index": index, "dx": px * tiling.threads_x, "dy": py * tiling.threads_y,
         "offset": py * tiling.threads_y * shared_w + px * tiling.threads_x}
        for index, (py, px) in enumerate(pixel_steps)
    ]
    blocks = _weight_blocks(layer, precision)
    biases = bias_groups(layer.bias)
    taps = []
    for ky, kx, dx, dy in _tap_offsets(layer):
        weights, sums = [], []
        for out_group in range(layer.out_groups):
            used = []
            for in_group in range(in_groups):
                block = blocks[ky, kx, in_group, out_group]
                values = block[0] if plane else block
                if not np.any(values):
                    continue
                used.append(in_group)
                kind = "vec4" if plane else "mat4"
                literal = (vec4_literal if plane else mat4_literal)(values, types[kind])
                weights.append({"in_group": in_group, "out_group": out_group, "type": types[kind],
                                "literal": literal})
            if used:
                sums.append({"out_group": out_group, "in_groups": used})
        read_groups = sorted({g for entry in sums for g in entry["in_groups"]})
        if sums:
            taps.append({
                "dx": dx, "dy": dy, "weights": weights, "sums": sums,
                "reads": [{"group": g, "offset": g * area + ky * shared_w + kx} for g in read_groups],
            })

    def group_view(out_group: int) -> dict:
        texel = (out_group % out_grid[0], out_group // out_grid[0])
        per_pixel = []
        for pixel in pixels:
            def fetch(operand, pixel=pixel):
                texel = f"ivec2({out_group % operand.grid[0]}, {out_group // operand.grid[0]})"
                return f"texelFetch({operand.texture}_raw, c{pixel['index']} + {texel}, 0)"
            per_pixel.append(_step_views(layer.steps, fetch))
        return {"index": out_group, "texel": texel, "steps": per_pixel,
                "bias": vec4_literal(biases[out_group], types["acc"])}

    return {
        "summary": _describe(layer),
        "final": layer.is_final,
        "plane": plane,
        "radius": layer.radius,
        "tile": {"w": tiling.tile_w, "h": tiling.tile_h},
        "threads": {"x": tiling.threads_x, "y": tiling.threads_y},
        "shared": {"w": shared_w, "h": shared_h, "area": area, "size": area * in_groups},
        "in_groups": in_groups,
        "in_grid": in_grid,
        "out_grid": out_grid,
        "source": "HOOKED" if plane else layer.source.texture,
        "loads": [{"offset": f" + {g * area}" if g else "", "texel": (g % in_grid[0], g // in_grid[0])}
                  for g in range(in_groups)],
        "pixels": pixels,
        "out_groups": [group_view(g) for g in range(layer.out_groups)],
        "taps": taps,
        "has_add": bool(layer.add_operands),
    }
