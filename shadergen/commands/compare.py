"""``shadergen compare IMAGE SHADER...``: shaders against classic scalers on a downscaled picture."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import ShadergenError

CROP_ZOOM = 2  # --zoom default with --crop (1 without)


def _parse_crop(text: str | None) -> tuple[int, int, int, int] | None:
    if text is None:
        return None
    parts = text.split(",")
    try:
        x, y, width, height = (int(part) for part in parts)
    except ValueError:
        x = y = width = height = -1
    if len(parts) != 4 or min(x, y) < 0 or min(width, height) < 1:
        raise ShadergenError(f"--crop {text!r}: expected X,Y,W,H (integers, W and H at least 1)")
    return x, y, width, height


def _view(crop, zoom: int | None, size: tuple[int, int], image: str):
    from ..comparison.contact_sheet import View

    if crop is None:
        return View(0, 0, size[0], size[1], zoom or 1)
    x, y, width, height = crop
    if x + width > size[0] or y + height > size[1]:
        raise ShadergenError(
            f"{image}: the crop {x},{y},{width},{height} does not fit in the {size[0]}x{size[1]} image"
        )
    return View(x, y, width, height, zoom or CROP_ZOOM)


def _output_path(output: str | None, image: str) -> Path:
    path = Path(output) if output else Path(f"{Path(image).stem}-compare.png")
    if path.suffix.lower() != ".png":
        raise ShadergenError(f"{path}: the comparison is written as PNG; name it .png")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise ShadergenError(f"{path}: the output folder {path.parent} does not exist")
    return path


def _report(comparison, layout, image: str, output: Path) -> dict:
    panels = []
    for column, panel in enumerate(comparison.panels):
        entry = {"label": panel.label, "kind": panel.kind, "file": panel.source}
        entry.update(panel.scores.as_dict() if panel.scores else {})
        entry["rect"] = list(layout.cell_rect(column))
        panels.append(entry)
    return {
        "image": image,
        "size": list(comparison.size),
        "scale": comparison.scale,
        "downscale": comparison.downscale,
        "input_size": list(comparison.input_size),
        "output": str(output),
        "layout": layout.as_dict(),
        "panels": panels,
    }


def _print_table(comparison) -> None:
    heads = ["PSNR Y'", "SSIM Y'"] + (["PSNR RGB", "SSIM RGB"] if comparison.colour else [])
    click.echo(f"{'panel':<34}" + "".join(f" {head:>9}" for head in heads))
    for panel in comparison.panels:
        if panel.scores is None:
            continue
        values = [panel.scores.psnr_y, panel.scores.ssim_y]
        if comparison.colour:
            values += [panel.scores.psnr_rgb, panel.scores.ssim_rgb]
        # PSNR columns with 2 decimals, SSIM columns with 4
        cells = [f" {value:9.{4 if i % 2 else 2}f}" for i, value in enumerate(values)]
        click.echo(f"{panel.label:<34}" + "".join(cells))


@click.command("compare")
@click.argument("image", type=click.Path(dir_okay=False))
@click.argument("shaders", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--scale",
    type=click.IntRange(2, 4),
    default=2,
    show_default=True,
    help="Downscale factor of the input, and the upscale back to IMAGE's size.",
)
@click.option(
    "--downscale",
    "downscale_method",
    type=click.Choice(["box", "bicubic"]),
    default="box",
    show_default=True,
    help="How the input is made: Pillow BOX (block mean) or BICUBIC (antialiased).",
)
@click.option("--crop", metavar="X,Y,W,H", help="Show only this rectangle of every panel (IMAGE pixels).")
@click.option(
    "--zoom",
    type=click.IntRange(1, 16),
    help=f"Enlarge the shown panels N times by nearest neighbour [default: {CROP_ZOOM} with --crop, else 1].",
)
@click.option("--heatmap", is_flag=True, help="Add a row of |ΔY'| heat maps against the ground truth.")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="PNG to write [default: IMAGE-compare.png]."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores and the layout as JSON.")
def command(image, shaders, scale, downscale_method, crop, zoom, heatmap, output, as_json):
    """Compare upscalers on IMAGE, the ground truth, downscaled SCALE times.

    Panels, left to right: the input enlarged by nearest neighbour, bilinear, Catmull-Rom and
    Lanczos3 (Pillow, on each Y'CbCr plane in float), each SHADER (run alone at SCALE x in
    shadergen's OpenGL runtime, from the input as `shadergen run` reads a PNG), the ground truth.
    Each gets PSNR and SSIM (scikit-image; Gaussian σ 1.5) against the ground truth over the whole
    frame, on BT.709 luma Y' of its 8-bit R'G'B' pixels, and on R'G'B' when a shader is a colour model.
    IMAGE is trimmed at the right and bottom to multiples of SCALE.

    Layout of the PNG (pixels): one column per panel, 4 apart with a 4 margin, each cell the shown
    view (the frame, or --crop) times --zoom; above the cells a label of 15 per line (name, luma
    scores, R'G'B' scores when given); --heatmap adds a row of cells. Width = N·cell_w + (N+1)·4,
    height = 4 + label + cell_h + 4 (+ cell_h + 4).
    """
    from ..comparison.metrics import require_scikit_image

    require_scikit_image()
    from ..atomic_files import write_atomically
    from ..comparison.contact_sheet import draw_sheet
    from ..comparison.pipeline import compare, read_ground_truth, trim_to_scale
    from ..comparison.upscalers import shader_upscalers

    output_path = _output_path(output, image)
    crop_box = _parse_crop(crop)
    truth = trim_to_scale(read_ground_truth(image), scale, image)
    view = _view(crop_box, zoom, (truth.shape[1], truth.shape[0]), image)
    with shader_upscalers(shaders) as upscalers:
        comparison = compare(truth, upscalers, scale, downscale_method)
    sheet, layout = draw_sheet(comparison, view, heatmap)
    write_atomically(output_path, lambda name: sheet.save(name, format="PNG", optimize=True))
    if as_json:
        click.echo(json.dumps(_report(comparison, layout, image, output_path), indent=2))
        return
    width, height = comparison.size
    click.echo(
        f"ground truth {image} {width}x{height}; input {comparison.input_size[0]}x"
        f"{comparison.input_size[1]} ({downscale_method} downscale by {scale})"
    )
    _print_table(comparison)
    click.echo(f"wrote {output_path} ({layout.size[0]}x{layout.size[1]})")
