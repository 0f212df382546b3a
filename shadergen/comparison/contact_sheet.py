"""The comparison picture: one labelled column per panel, side by side, drawn with Pillow.

Layout (pixels; every number is a constant here and in ``shadergen compare --help``):
the view is the whole frame or the ``--crop`` rectangle (w × h) of every panel, enlarged ``zoom``
times by nearest neighbour, so a cell is (w·zoom) × (h·zoom). N columns (one per panel) sit
``GAP`` apart with a ``GAP`` margin: the sheet is N·cell_w + (N + 1)·GAP wide. Down each column:
a ``GAP`` margin, the label (``LINE_HEIGHT`` per line: the panel's name, its luma PSNR/SSIM, and a
line of R'G'B' scores for colour comparisons), the cell, a ``GAP``; with the heat map one more row
of cells and a ``GAP``. Height = GAP + label + cell_h + GAP (+ cell_h + GAP).
Label text is clipped to its column. The heat map shows |ΔY'| against the ground truth in 8-bit
code values on a black-red-yellow-white ramp, white from ``HEAT_FULL_SCALE`` up; the ground truth's
column shows the ramp as a legend.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .metrics import Scores, luma
from .pipeline import Comparison, Panel
from .upscalers import enlarge_nearest

GAP = 4
FONT_SIZE = 12
LINE_HEIGHT = 15
HEAT_FULL_SCALE = 32.0  # |ΔY'| in 8-bit code values drawn white
BACKGROUND = (255, 255, 255)
TEXT = (0, 0, 0)

Rect = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True)
class View:
    """The part of every panel the sheet shows, and how many times it is enlarged."""

    x: int
    y: int
    width: int
    height: int
    zoom: int = 1

    @property
    def cell(self) -> tuple[int, int]:
        return self.width * self.zoom, self.height * self.zoom

    def apply(self, pixels: np.ndarray) -> np.ndarray:
        region = np.ascontiguousarray(pixels[self.y : self.y + self.height, self.x : self.x + self.width])
        return region if self.zoom == 1 else enlarge_nearest(region, self.zoom)


@dataclass(frozen=True)
class SheetLayout:
    columns: int
    cell: tuple[int, int]
    label_lines: int
    heatmap: bool

    @property
    def label_height(self) -> int:
        return self.label_lines * LINE_HEIGHT

    @property
    def size(self) -> tuple[int, int]:
        cell_w, cell_h = self.cell
        rows = 2 if self.heatmap else 1
        return (
            self.columns * cell_w + (self.columns + 1) * GAP,
            GAP + self.label_height + rows * (cell_h + GAP),
        )

    def cell_rect(self, column: int, row: int = 0) -> Rect:
        """Where panel ``column``'s cell (row 0) or heat-map cell (row 1) sits in the sheet."""
        cell_w, cell_h = self.cell
        x = GAP + column * (cell_w + GAP)
        y = GAP + self.label_height + row * (cell_h + GAP)
        return x, y, cell_w, cell_h

    def label_rect(self, column: int) -> Rect:
        x, _, cell_w, _ = self.cell_rect(column)
        return x, GAP, cell_w, self.label_height

    def as_dict(self) -> dict:
        return {
            "gap": GAP,
            "line_height": LINE_HEIGHT,
            "label_height": self.label_height,
            "cell": list(self.cell),
            "columns": self.columns,
            "heatmap": self.heatmap,
            "size": list(self.size),
        }


def layout_for(comparison: Comparison, view: View, heatmap: bool) -> SheetLayout:
    return SheetLayout(len(comparison.panels), view.cell, 3 if comparison.colour else 2, heatmap)


def score_lines(scores: Scores | None, colour: bool) -> list[str]:
    """The label lines under a panel's name."""
    if scores is None:
        return ["reference"] + ([""] if colour else [])
    lines = [f"Y' {scores.psnr_y:.2f} dB {scores.ssim_y:.4f}"]
    if colour:
        lines.append(f"RGB {scores.psnr_rgb:.2f} dB {scores.ssim_rgb:.4f}")
    return lines


def heat_colours(values: np.ndarray) -> np.ndarray:
    """Black → red → yellow → white for 0 … 1 (matplotlib's 'hot' ramp), (…, 3) uint8."""
    t = np.clip(values, 0.0, 1.0)[..., None] * 3.0 - np.array([0.0, 1.0, 2.0])
    return np.round(np.clip(t, 0.0, 1.0) * 255).astype(np.uint8)


def heat_map(truth: np.ndarray, panel: np.ndarray) -> np.ndarray:
    return heat_colours(np.abs(luma(panel) - luma(truth)) / HEAT_FULL_SCALE)


def _text_block(lines: list[str], size: tuple[int, int], font) -> Image.Image:
    block = Image.new("RGB", size, BACKGROUND)
    draw = ImageDraw.Draw(block)
    for number, line in enumerate(lines):
        draw.text((1, number * LINE_HEIGHT + 1), line, fill=TEXT, font=font)
    return block


def _legend(size: tuple[int, int], font) -> Image.Image:
    width, height = size
    legend = _text_block(["", f"|ΔY'| 0 to {HEAT_FULL_SCALE:g}"], size, font)
    bar_height = min(LINE_HEIGHT - 3, height)
    ramp = heat_colours(np.linspace(0.0, 1.0, width))
    legend.paste(Image.fromarray(np.ascontiguousarray(np.broadcast_to(ramp, (bar_height, width, 3)))))
    return legend


def draw_sheet(comparison: Comparison, view: View, heatmap: bool) -> tuple[Image.Image, SheetLayout]:
    layout = layout_for(comparison, view, heatmap)
    sheet = Image.new("RGB", layout.size, BACKGROUND)
    font = ImageFont.load_default(size=FONT_SIZE)
    for column, panel in enumerate(comparison.panels):
        label = [panel.label, *score_lines(panel.scores, comparison.colour)]
        x, y, width, height = layout.label_rect(column)
        sheet.paste(_text_block(label, (width, height), font), (x, y))
        x, y, _, _ = layout.cell_rect(column)
        sheet.paste(Image.fromarray(view.apply(panel.pixels)), (x, y))
        if heatmap:
            x, y, width, height = layout.cell_rect(column, row=1)
            sheet.paste(_heat_cell(comparison, panel, view, font), (x, y))
    return sheet, layout


def _heat_cell(comparison: Comparison, panel: Panel, view: View, font) -> Image.Image:
    if panel.kind == "truth":
        return _legend(view.cell, font)
    return Image.fromarray(view.apply(heat_map(comparison.truth, panel.pixels)))
