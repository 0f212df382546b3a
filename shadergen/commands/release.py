"""``shadergen release [--check]``: regenerate ``dist/`` from ``weights/catalog.json``."""

from __future__ import annotations

from pathlib import Path

import click

from ..codegen.release import check_release, default_dist_dir, release_shaders, write_release

EXIT_DRIFT = 1


@click.command("release")
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if dist/ differs from what the "
                                            "catalog generates, naming the files.")
@click.option("--dist-dir", type=click.Path(file_okay=False), help="Release folder (default: dist/ of "
                                                                   "the checkout).")
def command(check, dist_dir):
    """Generate every catalog model x {fragment fp32, compute fp32, compute fp16, tensor fp16} into dist/."""
    folder = Path(dist_dir) if dist_dir else default_dist_dir()
    shaders = release_shaders()
    if check:
        drift = check_release(folder, shaders)
        for item in drift:
            click.echo(f"{folder / item.name}: {item.problem}", err=True)
        if drift:
            click.echo(f"dist drift: {len(drift)} file(s); run `shadergen release` and commit dist/",
                       err=True)
            raise SystemExit(EXIT_DRIFT)
        click.echo(f"{folder}: {len(shaders)} shaders, no drift")
        return
    changes = write_release(folder, shaders)
    for item in changes:
        verb = "removed" if item.problem == "not in the catalog" else "wrote"
        click.echo(f"{verb} {folder / item.name}")
    click.echo(f"{folder}: {len(shaders)} shaders, {len(changes)} changed")
