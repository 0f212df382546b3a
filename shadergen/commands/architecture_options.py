"""``--arch``/``--act``: the architecture of a weights-only file, for every command that loads weights."""

import click

from ..model.arch import ARCH_ACTIVATIONS


def architecture_options(command):
    """Add ``--arch`` and ``--act`` (passed as ``arch`` and ``act``) to a click command."""
    command = click.option(
        "--act",
        type=click.Choice(ARCH_ACTIVATIONS),
        default="relu",
        show_default=True,
        help="Activation of an R architecture given with --arch.",
    )(command)
    return click.option(
        "--arch", help="Architecture of a .weights.h5 file: C<layers>F<filters> or R<blocks>F<filters>."
    )(command)
