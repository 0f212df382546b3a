"""The ``shadergen`` command group.

Each command lives in ``shadergen/commands/<name>.py`` as a click command called ``command`` and
is imported only when it runs, so ``shadergen inspect`` never pays for moderngl or Jinja.
A ``ShadergenError`` becomes one line on stderr and its exit code, never a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from . import __version__
from .errors import ShadergenError

COMMANDS = {
    "inspect": "Show the layers, parameters and FLOPs of a weights file.",
    "build": "Generate an mpv hook shader from a weights file.",
    "verify": "Run a shader and the numpy reference; compare them.",
    "run": "Run mpv user shaders on an image, headlessly.",
    "lint": "Compile every pass for Vulkan, OpenGL, GLES, HLSL and MSL; check mpv rules.",
    "release": "Regenerate dist/ from the weights catalog (--check: fail on drift).",
    "bench": "Time shaders on the GPU with OpenGL timer queries.",
    "compare": "Upscale a downscaled picture with shaders and classic scalers; PSNR, SSIM, one PNG.",
    "cost": "Measure what shaders cost to compile (bytes, glslang, spirv-cross, Mesa GL).",
}


def _available(name: str) -> bool:
    return importlib.util.find_spec(f"shadergen.commands.{name}") is not None


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx, name):
        if name not in COMMANDS or not _available(name):
            return None
        return importlib.import_module(f"shadergen.commands.{name}").command

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ShadergenError as error:
            click.echo(f"shadergen: error: {error}", err=True)
            sys.exit(error.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="shadergen")
def cli():
    """shadergen: turn trained CNN weights into verified mpv hook shaders."""


def main():
    cli(prog_name="shadergen")
