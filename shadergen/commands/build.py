"""``shadergen build WEIGHTS``: write one mpv hook shader and print its path, passes and size."""

from __future__ import annotations

from pathlib import Path

import click

from ..atomic_files import write_text_atomically
from ..codegen.generate import DEFAULT_PRECISION, DEFAULT_VARIANT, generate_from_file, shader_file_name
from ..codegen.plan import PLACEMENTS, VARIANTS
from ..errors import ShadergenError
from ..mpv.limits import check_shaders
from ..mpv.parse import parse_shader
from ..planes import PLANE_CHOICES
from ..precision import PRECISIONS
from .architecture_options import architecture_options


@click.command("build")
@click.argument("weights", type=click.Path(dir_okay=False))
@architecture_options
@click.option("--variant", type=click.Choice(VARIANTS), default=DEFAULT_VARIANT, show_default=True,
              help="fragment: runs everywhere (also --vo=gpu, GLES 3.0); compute: faster, needs "
                   "compute shaders; tensor (with --precision fp16): fastest, NVIDIA GPUs in libplacebo "
                   "on Vulkan only (tensor cores).")
@click.option("--precision", type=click.Choice(tuple(PRECISIONS)), default=DEFAULT_PRECISION,
              show_default=True,
              help="fp16: half-precision arithmetic on Vulkan (float elsewhere).")
@click.option("--planes", type=click.Choice(PLANE_CHOICES),
              help="Where a 3-channel upscaler runs: ycbcr (NATIVE, Y'CbCr after mpv's chroma upscaling; "
                   "the default, except for SRVGGNetCompact models) or rgb (MAIN, R'G'B'). Luma and chroma "
                   "models have one place.")
@click.option("--weights-in", type=click.Choice(PLACEMENTS),
              help="Where the weights go: code (literals, fastest up to 32 filters) or texture (data in "
                   "TEXTURE blocks read by looped kernels, up to 128 filters). Default: code when every "
                   "layer has at most 32 channels, else texture.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Shader file to write.")
@click.option("--out-dir", type=click.Path(file_okay=False),
              help="Folder to write MODEL_VARIANT_PRECISION.glsl into (created if missing; default: the "
                   "current folder).")
def command(weights, arch, act, variant, precision, planes, weights_in, output, out_dir):
    """Generate an mpv hook shader from WEIGHTS (.keras, .h5, .weights.h5 with --arch, .onnx,
    .safetensors)."""
    if output is not None and out_dir is not None:
        raise ShadergenError("give either -o FILE or --out-dir DIR, not both")
    shader = generate_from_file(weights, arch=arch, act=act, variant=variant, precision=precision,
                                planes=planes, weights_in=weights_in)
    # The generated file must stay within what run and lint accept (mpv/limits.py).
    check_shaders([parse_shader(shader.text, f"{weights} (generated shader)")])
    if output is not None:
        path = output
    else:
        folder = Path(out_dir or ".")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ShadergenError(f"{folder}: cannot create the folder ({error.strerror or error})") from None
        # Named by where it runs (a MAIN shader gets _rgb, chosen or the model's default).
        plan = shader.plan
        path = folder / shader_file_name(plan.network_name, variant, precision, plan.planes.name)
    write_text_atomically(path, shader.text)
    click.echo(f"{path}: {shader.pass_count} passes, {shader.size_bytes} bytes")
