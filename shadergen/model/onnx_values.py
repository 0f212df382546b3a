"""What an ONNX tensor is to the translator (onnx_graph.py): a constant, an *image* computed from
the graph input with symbolic dims (batch 1, channels, extents as multiples of the input's H and W),
or an extra graph input; and the two transient draft nodes (a Sigmoid, a clamp) that the
simplification (onnx_simplify.py) folds away or refuses."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .ir import OneSource


@dataclass(frozen=True)
class Spatial:
    """A spatial extent: ``scale`` times the graph input's height ("H") or width ("W")."""

    axis: str
    scale: int

    def __str__(self) -> str:
        return self.axis if self.scale == 1 else f"{self.scale}{self.axis}"


@dataclass(frozen=True)
class Image:
    """An ONNX tensor computed from the graph input: the draft node holding its data, and its dims."""

    tensor: str
    dims: tuple  # int | Spatial per axis
    reordered_by: str | None = None  # the Transpose that left the non-unit axes out of C, H, W order


@dataclass(frozen=True)
class Constant:
    array: np.ndarray


@dataclass(frozen=True)
class ExtraGraphInput:
    """A graph input besides the image: a value fed at run time, which no shader can be given."""

    name: str


@dataclass(frozen=True)
class Sigmoid(OneSource):
    """Transient: only allowed as the gate of a SiLU, x·sigmoid(x), which the Mul turns into one."""

    name: str
    source: str
    where: str


@dataclass(frozen=True)
class Clamp(OneSource):
    """Transient: Clip, Min or Max with constants, clamping to [low, high]."""

    name: str
    source: str
    low: float
    high: float
    where: str


def format_dims(dims) -> str:
    return "(" + ", ".join(str(dim) for dim in dims) + ")"


def non_unit(dims) -> tuple:
    """The axes that order the data: reshaping or moving size-1 axes never moves a value."""
    return tuple(dim for dim in dims if dim != 1)


def monomial(dims) -> tuple[int, tuple[str, ...]]:
    """The product of dims as (integer factor, sorted symbolic extents)."""
    factor, names = 1, []
    for dim in dims:
        if isinstance(dim, Spatial):
            factor *= dim.scale
            names.append(dim.axis)
        else:
            factor *= dim
    return factor, tuple(sorted(names))
