"""``shadergen bench SHADER...``: GPU milliseconds per frame of each shader, per pass, and TFLOP/s."""

from __future__ import annotations

import json
import re

import click

from ..benchmark import DEFAULT_FRAMES, DEFAULT_SIZE, DEFAULT_WARMUP, bench_shaders
from ..engines import ENGINES
from ..engines.frame import checked_frame_size
from ..engines.opengl.texture_budget import check_frame_fits
from ..errors import ShadergenError
from ..mpv.limits import checked_size

SIZE = re.compile(r"^\s*([0-9]{1,9})\s*[xX]\s*([0-9]{1,9})\s*$", re.ASCII)


def parse_size(text: str) -> tuple[int, int]:
    match = SIZE.match(text)
    if match is None or min(int(match[1]), int(match[2])) < 1:
        raise ShadergenError(
            f"--size {text!r}: expected WIDTHxHEIGHT in pixels, each at least 1 (e.g. 1920x1080)"
        )
    width, height = int(match[1]), int(match[2])
    # The target is twice as wide and high: it must fit a texture too, and the frame the budget.
    target = checked_size(f"--size {width}x{height}: the 2x target", 2 * width, 2 * height)
    checked_frame_size(f"--size {width}x{height}: the frame", width, height)
    chroma = ((width + 1) // 2, (height + 1) // 2)  # the synthetic frame is 8-bit 4:2:0
    check_frame_fits(f"--size {width}x{height}", (width, height), chroma, 8, target)
    return width, height


def _text_lines(report: dict) -> list[str]:
    width, height = report["input_size"]
    if report["engine"] == "libplacebo":
        device = (
            f"Vulkan device: {report['renderer']} ({report['driver']}), libplacebo {report['libplacebo']}; "
            "libplacebo's own per-pass GPU timers"
        )
    else:
        device = (
            f"GPU: {report['renderer']} ({report['driver']}); float16 arithmetic in GLSL: "
            f"{'yes' if report['fp16_arithmetic'] else 'no (fp16 files run their float fallback)'}"
        )
    lines = [
        device,
        f"{width}x{height} -> {report['target_size'][0]}x{report['target_size'][1]}, "
        f"{report['frames']} timed frames after {report['warmup']} warm-up; GPU timer query per pass, "
        "frame = sum of its passes",
    ]
    for shader in report["shaders"]:
        rate = f", {shader['tflops']:.2f} TFLOP/s" if shader["tflops"] is not None else ""
        lines.append(
            f"{shader['shader']}: median {shader['median_ms']:.3f} ms, p90 {shader['p90_ms']:.3f} ms{rate} "
            f"({len(shader['passes'])} pass{'es' if len(shader['passes']) != 1 else ''}; "
            f"FLOPs {shader['flops_source']})"
        )
        lines += [
            f"  {number:>3} {entry['median_ms']:9.3f} ms  {entry['desc']}"
            for number, entry in enumerate(shader["passes"], 1)
        ]
    return lines


@click.command("bench")
@click.argument("shaders", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--size",
    default=f"{DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]}",
    show_default=True,
    help="Input (luma) size WIDTHxHEIGHT; the target is twice as wide and high.",
)
@click.option(
    "--frames",
    type=click.IntRange(min=1),
    default=DEFAULT_FRAMES,
    show_default=True,
    help="Timed frames; median and p90 are taken over them.",
)
@click.option(
    "--warmup",
    type=click.IntRange(min=0),
    default=DEFAULT_WARMUP,
    show_default=True,
    help="Untimed frames first (driver compilation on first use, caches).",
)
@click.option(
    "--weights",
    "weights",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Weights file of the network the shaders run, for TFLOP/s (once for all shaders, or once "
    "per shader in order); shadergen shaders name theirs in the header.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=ENGINES[0],
    show_default=True,
    help="opengl: shadergen's runtime, OpenGL timer queries; libplacebo: libplacebo's own renderer on "
    "Vulkan (mpv --vo=gpu-next) and its per-pass timers.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as one JSON object.")
def command(shaders, size, frames, warmup, weights, engine, as_json):
    """Time each SHADER (separately) on a synthetic 8-bit 4:2:0 frame with OpenGL timer queries.

    Prints per shader the median and p90 GPU milliseconds per frame (a frame = the sum of its passes'
    GPU times; compilation, upload and read-back are outside), the median of each pass, and the
    achieved TFLOP/s when the network is known. Needs OpenGL 4.3 through EGL (llvmpipe works, slowly);
    --engine libplacebo needs libplacebo and a Vulkan device (lavapipe works, slowly).
    """
    report = bench_shaders(list(shaders), parse_size(size), warmup, frames, weights, engine)
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo("\n".join(_text_lines(report)))
