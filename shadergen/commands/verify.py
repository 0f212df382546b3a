"""``shadergen verify SHADER --weights WEIGHTS``: run a shader and the reference, compare, judge.

Exit status 0 when the max abs error is within the tolerance, 1 above it, 2 for unusable input.
Luma models run on an 8-bit luma image; colour models (chroma, Y'CbCr, R'G'B') on a Y'CbCr frame
(``.npz`` with planes y, cb, cr, 4:2:0 or 4:4:4, or an image made 4:2:0), compared plane by plane.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import click
import numpy as np

from ..model.load import load_model
from ..precision import precision_named
from .architecture_options import architecture_options

EXIT_ABOVE_TOLERANCE = 1


@click.command("verify")
@click.argument("shader_path", metavar="SHADER", type=click.Path(dir_okay=False))
@click.option(
    "--weights",
    required=True,
    type=click.Path(dir_okay=False),
    help="The weights the shader should implement.",
)
@architecture_options
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False),
    help="Image to run on (gray, or colour → BT.709 luma); for colour models a .npz frame "
    "(planes y, cb, cr) or an image (→ 8-bit limited-range 4:2:0); default: a 128x96 "
    "cel crop shipped with shadergen.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(shader_path, weights, arch, act, input_path, as_json):
    """Run SHADER in the runtime and WEIGHTS in the float64 reference; compare them."""
    from ..mpv.parse import parse_shader, read_shader_text

    text = read_shader_text(shader_path)
    shader = parse_shader(text, str(shader_path))
    network = load_model(weights, arch=arch, act=act).network
    image, frame, described = _input_frame(network, input_path)
    from ..verification.shader_check import check_shader

    report = check_shader(text, shader, network, frame, where=str(weights))
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        _print_report(report, shader_path, weights, image, described)
    if not report.passed:
        raise SystemExit(EXIT_ABOVE_TOLERANCE)


def _input_frame(network, input_path):
    """(the input's path, its frame, how to describe it): an 8-bit luma image for luma models, a
    Y'CbCr frame for colour models; by default the inputs shipped with shadergen."""
    from ..engines.frame import Frame
    from ..verification.colour_frames import default_colour_input_path, describe_frame, load_colour_frame
    from ..verification.luma_image import default_input_path, load_luma

    if network.in_channels == 1:
        image = Path(input_path) if input_path else default_input_path()
        luma = load_luma(image)
        frame = Frame.from_luma(luma.astype(np.float32), bit_depth=8)
        return image, frame, f"{luma.shape[1]}x{luma.shape[0]}"
    image = Path(input_path) if input_path else default_colour_input_path()
    frame = load_colour_frame(image)
    return image, frame, describe_frame(frame)


def _print_report(report, shader_path, weights, image, described) -> None:
    precision = precision_named(report.precision)
    stated = "" if report.precision_stated else " (not stated in the shader header)"
    click.echo(f"shader:    {shader_path} ({report.precision}{stated}, {report.layout} planes)")
    click.echo(f"weights:   {weights}")
    click.echo(f"input:     {image} ({described})")
    click.echo(f"max abs:   {report.max_abs:.3e}")
    click.echo(f"mean abs:  {report.mean_abs:.3e}")
    click.echo(f"PSNR:      {_psnr(report.psnr)}")
    click.echo(f"floor F:   {report.floor:.3e} (fp16 storage of the pass outputs)")
    per_plane = " per plane" if len(report.planes) > 1 else ""
    click.echo(f"tolerance: {report.tolerance:.3e} ({precision.tolerance_factor:g}*F + "
               f"{precision.tolerance_margin:g}){per_plane}")
    if len(report.planes) > 1:
        for name, plane in report.planes.items():
            click.echo(f"{name + ':':<10} max abs {plane.max_abs:.3e}  mean abs {plane.mean_abs:.3e}  "
                       f"PSNR {_psnr(plane.psnr)}")
    click.echo("PASSED" if report.passed else "FAILED: max abs error above the tolerance")


def _psnr(value: float) -> str:
    return f"{value:.2f} dB" if math.isfinite(value) else "inf (identical)"
