"""``shadergen run SHADER... --input IN -o OUT``: run mpv user shaders on an image, headlessly."""

from __future__ import annotations

import json
import math
from pathlib import Path

import click

from ..atomic_files import output_target, write_text_atomically
from ..engines import ENGINES
from ..errors import ShadergenError
from ..mpv.limits import checked_size

DEFAULT_SCALE = 2.0


def _parse_params(values: tuple[str, ...]) -> dict[str, float]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        try:
            params[name.strip()] = float(value)
        except ValueError:
            sep = ""
        if not sep or not name.strip():
            raise ShadergenError(f"--param {item!r}: expected NAME=NUMBER")
    return params


def _target_size(size: tuple[int, int], width, height, scale) -> tuple[int, int]:
    if (width is None) != (height is None):
        raise ShadergenError("--width and --height go together")
    if width is not None and scale is not None:
        raise ShadergenError("give either --width/--height or --scale, not both")
    if width is not None:
        return checked_size("--width/--height: the target size", width, height)
    scale = DEFAULT_SCALE if scale is None else scale
    if not math.isfinite(scale) or scale <= 0:
        raise ShadergenError(f"--scale must be positive (a finite number), got {scale}")
    width, height = (max(1, round(v)) if math.isfinite(v) else v for v in (side * scale for side in size))
    return checked_size(f"--scale {scale:g}: the target size", width, height)


def _refuse_same_output(output_path, json_path) -> None:
    """--output and --json naming one file: the report would overwrite the frame."""
    if Path(output_path).resolve() == Path(json_path).resolve():
        raise ShadergenError(f"{json_path}: --json names the same file as --output; give two different files")


def _write_json(path: Path, report: dict) -> None:
    write_text_atomically(path, json.dumps(report, indent=2) + "\n")


@click.command("run")
@click.argument("shaders", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--input",
    "-i",
    "input_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Input frame: .png/.jpg (8-bit RGB or gray), .npy (float32 luma H×W in [0,1]) or "
    ".npz (planes y, cb, cr).",
)
@click.option(
    "--output",
    "-o",
    "output_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output frame: .png/.jpg, .npy (luma only, float32) or .npz (y, cb, cr, 4:4:4 float32).",
)
@click.option("--width", type=click.IntRange(min=1), help="Target (OUTPUT) width in pixels.")
@click.option("--height", type=click.IntRange(min=1), help="Target (OUTPUT) height in pixels.")
@click.option(
    "--scale", type=float, help=f"Target size as a multiple of the input [default: {DEFAULT_SCALE:g}]."
)
@click.option(
    "--param", "params", multiple=True, metavar="NAME=VALUE", help="Override a PARAM block's value."
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False),
    help="Write a report: every pass with DESC, stage, size, ran/skipped (and why), GPU time.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=ENGINES[0],
    show_default=True,
    help="opengl: shadergen's runtime; libplacebo: libplacebo's own renderer on Vulkan (mpv --vo=gpu-next).",
)
def command(shaders, input_path, output_path, width, height, scale, params, json_path, engine):
    """Run mpv user SHADERS (applied in order, like mpv's --glsl-shaders) on an image.

    Semantics follow libplacebo (mpv --vo=gpu-next). An RGB image becomes Y'CbCr BT.709 full range,
    8-bit 4:4:4, inside (and is converted back on output); gray images are luma with neutral chroma.
    Planes are uploaded as r8/rg8 (8-bit) or r16 (.npy/float .npz) textures; pass outputs are rgba16f.
    Chroma is resampled onto the luma grid bilinearly with left (MPEG-2) siting for 4:2:0 input.
    The main scaler from the hooked size to the target is bilinear (no sigmoid, no linear light).
    Needs OpenGL 4.3 through EGL (Mesa llvmpipe works without a GPU). --engine libplacebo runs
    them in libplacebo itself on Vulkan instead (README: "The libplacebo engine").
    """
    from ..engines.frame import check_output_path, read_frame, write_frame
    from ..engines.opengl.runtime import Runtime
    from ..engines.opengl.texture_budget import check_frame_fits
    from ..mpv.limits import check_shaders
    from ..mpv.parse import load_shader

    parsed = [load_shader(path) for path in shaders]
    overrides = _parse_params(params)
    frame = read_frame(input_path)
    check_output_path(output_path)
    if json_path:
        output_target(json_path)
        _refuse_same_output(output_path, json_path)
    target = _target_size(frame.size, width, height, scale)
    check_shaders(
        parsed, input_size=frame.size, chroma_size=frame.chroma_size, target_size=target, params=overrides
    )
    if engine == "libplacebo":
        from ..engines.libplacebo import run_shaders

        if overrides:
            raise ShadergenError("--param needs --engine opengl (libplacebo 4.208 has no PARAM blocks)")
        result = run_shaders(shaders, parsed, frame, target)
    else:
        check_frame_fits(", ".join(shaders), frame.size, frame.chroma_size, frame.bit_depth, target)
        runtime = Runtime(parsed, params=overrides)
        try:
            result = runtime.run(frame, target)
        finally:
            runtime.release()
    write_frame(result.frame, output_path)
    if json_path:
        _write_json(
            Path(json_path),
            {
                "input": str(input_path),
                "output": str(output_path),
                "input_size": list(frame.size),
                "target_size": list(target),
                "shaders": [str(path) for path in shaders],
                "engine": engine,
                "passes": [report.as_dict() for report in result.passes],
            },
        )
    for report in result.passes:
        status = (
            f"{report.gpu_ms:.3f} ms"
            if report.ran and report.gpu_ms is not None
            else ("ran" if report.ran else f"skipped: {report.skipped_reason}")
        )
        size = f"{report.size[0]}x{report.size[1]}" if report.size else "-"
        click.echo(
            f"{Path(report.file).name} #{report.index + 1} {report.desc} [{report.stage or '-'}] "
            f"{size}: {status}"
        )
    click.echo(f"wrote {output_path} ({target[0]}x{target[1]})")
