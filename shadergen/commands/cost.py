"""``shadergen cost SHADER... [--json] [--no-gl]``: what each shader costs to compile before it runs.

Per file: bytes of GLSL code and of embedded TEXTURE data, glslang time to Vulkan SPIR-V (all
passes, and the slowest pass), spirv-cross HLSL bytes and time (the D3D11 path), and Mesa OpenGL
compile + link time in shadergen's runtime (shader cache off; --no-gl skips it).
"""

from __future__ import annotations

import json

import click

from ..lint.compile_cost import compile_cost

HEADER = (f"{'shader':<40} {'passes':>6} {'code KB':>8} {'data KB':>8} {'glslang s':>9} {'max pass':>8} "
          f"{'HLSL KB':>8} {'cross s':>7} {'GL s':>6}")


def _row(cost) -> str:
    name = cost.shader if len(cost.shader) <= 40 else "…" + cost.shader[-39:]
    gl = "-" if cost.gl_compile_s is None else f"{cost.gl_compile_s:.2f}"
    return (f"{name:<40} {cost.passes:>6} {cost.code_bytes / 1000:>8.1f} {cost.data_bytes / 1000:>8.1f} "
            f"{cost.glslang_s:>9.2f} {cost.glslang_max_pass_s:>8.2f} {cost.hlsl_bytes / 1000:>8.1f} "
            f"{cost.spirv_cross_s:>7.2f} {gl:>6}")


@click.command("cost")
@click.argument("shaders", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--no-gl", is_flag=True, help="Skip the Mesa OpenGL compile (no EGL needed).")
def command(shaders, as_json, no_gl):
    """Measure the compile cost of each SHADER (bytes, glslang, spirv-cross, Mesa GL)."""
    costs = [compile_cost(path, gl=not no_gl) for path in shaders]
    if as_json:
        click.echo(json.dumps({"shaders": [cost.as_dict() for cost in costs]}, indent=1))
        return
    click.echo(HEADER)
    for cost in costs:
        click.echo(_row(cost))
