"""The ``shadergen`` command group.

Each command lives in ``shadergen/commands/<name>.py`` as a click command called ``command`` and
is imported only when it runs, so ``shadergen inspect`` never pays for moderngl or Jinja.
A ``ShadergenError`` becomes one line on stderr and its exit code, never a traceback; so does a
usage error (exit 2, ``see 'shadergen CMD --help'`` instead of click's usage block). numpy's
floating-point warnings (overflow in a hostile file's values...) are not shown: what matters about
such a file is the one error line it gets.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import warnings

import click

from . import __version__, driver_guard
from .errors import ShadergenError
from .input_files import forget_inputs

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
        forget_inputs()  # the inputs an output may not replace are this command's own
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                return super().invoke(ctx)
        except ShadergenError as error:
            sys.exit(_error_line(error))
        except KeyboardInterrupt:  # before click's own handler, which prints an empty line first
            raise click.Abort() from None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """click's main, with its multi-line usage errors turned into one line (exit 2)."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as error:  # bare `shadergen`: the help, as asked
            click.echo(error.format_message())
            sys.exit(0)
        except click.ClickException as error:
            context = getattr(error, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            message = " ".join(error.format_message().split())
            click.echo(f"shadergen: error: {message}{hint}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("shadergen: interrupted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="shadergen")
def cli():
    """shadergen: turn trained CNN weights into verified mpv hook shaders."""


def _error_line(error: ShadergenError) -> int:
    """Say ``error`` in its one line on stderr; its exit code."""
    click.echo(f"shadergen: error: {error}", err=True)
    return error.exit_code


def main():
    args = sys.argv[1:]
    if not driver_guard.needs_guard(args):
        cli(prog_name="shadergen")  # ends in sys.exit
        return
    try:
        code = driver_guard.run_guarded(lambda: cli(prog_name="shadergen"), args)
    except ShadergenError as error:
        code = _error_line(error)
    sys.exit(code)
