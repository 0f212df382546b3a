"""Every activation shadergen knows, as one table: adding one is one ``ActivationKind`` entry.

An entry holds the activation's name (the IR's and ``inspect``'s), its float64 numpy definition
(the reference every shader is measured against), its GLSL step, its parameters and how the
loaders spell it (Keras activation strings and layer classes, ONNX ops). A parameter is per
channel: a layer holds either one value for every channel or one value per channel (PReLU's
slopes); the GLSL step reads it as the ``vec4`` of the 4 channels its accumulator holds.

The IR carries an ``ActivationFunction``: a kind's name plus the values of its parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

# Parameters become GLSL float literals: a larger magnitude is infinite there.
FLOAT32_MAX = float(np.finfo(np.float32).max)


class ActivationError(ValueError):
    """An unknown kind or malformed parameters; the IR turns it into a NetworkShapeError."""


@dataclass(frozen=True)
class Parameter:
    """A per-channel parameter: its name, and where loaders find it (Keras config keys, in the order
    tried, an ONNX attribute) with the default each format documents when the key is absent."""

    name: str
    keras_keys: tuple[str, ...] = ()
    keras_default: float | None = None
    onnx_attribute: str | None = None
    onnx_default: float | None = None


@dataclass(frozen=True)
class ActivationKind:
    """One activation. ``reference(x, **parameters)`` is float64 numpy with parameters broadcast
    over the last (channel) axis. ``glsl`` is one GLSL statement with ``{acc}`` (the accumulator,
    a ``vec4``), ``{vec4}`` (its type) and one ``{name}`` per parameter (a ``vec4`` literal)."""

    name: str
    reference: Callable[..., np.ndarray]
    glsl: str
    parameters: tuple[Parameter, ...] = ()
    # Keras ``activation=`` strings (Conv2D, Activation layers) → parameter values they imply.
    keras_functions: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    keras_layers: tuple[str, ...] = ()  # Keras layer classes whose config holds the parameters
    onnx_ops: tuple[str, ...] = ()  # ONNX ops whose attributes hold the parameters


def _leaky_relu(x: np.ndarray, negative_slope: np.ndarray) -> np.ndarray:
    return np.where(x >= 0, x, negative_slope * x)


def _prelu(x: np.ndarray, slope: np.ndarray) -> np.ndarray:
    return np.where(x >= 0, x, slope * x)


ACTIVATION_KINDS: dict[str, ActivationKind] = {
    kind.name: kind
    for kind in (
        ActivationKind("linear", lambda x: x, "", keras_functions={"linear": {}}),
        ActivationKind("relu", lambda x: np.maximum(x, 0), "{acc} = max({acc}, {vec4}(0.0));",
                       keras_functions={"relu": {}}, onnx_ops=("Relu",)),
        ActivationKind("silu", lambda x: x / (1 + np.exp(-x)), "{acc} = {acc} / ({vec4}(1.0) + exp(-{acc}));",
                       keras_functions={"silu": {}, "swish": {}}),
        ActivationKind(
            "leaky_relu", _leaky_relu,
            "{acc} = max({acc}, {vec4}(0.0)) + {negative_slope} * min({acc}, {vec4}(0.0));",
            parameters=(Parameter("negative_slope", keras_keys=("negative_slope", "alpha"), keras_default=0.3,
                                  onnx_attribute="alpha", onnx_default=0.01),),
            # keras.activations.leaky_relu's default slope is 0.2; the LeakyReLU layer's is 0.3.
            keras_functions={"leaky_relu": {"negative_slope": 0.2}},
            keras_layers=("LeakyReLU",),
            onnx_ops=("LeakyRelu",),
        ),
        # torch's nn.PReLU: a learnt slope per channel (or one for all). The slopes are weights, not
        # attributes: the ONNX PRelu handler and the SRVGGNetCompact reader build this entry.
        ActivationKind(
            "prelu", _prelu, "{acc} = max({acc}, {vec4}(0.0)) + {slope} * min({acc}, {vec4}(0.0));",
            parameters=(Parameter("slope"),),
        ),
    )
}
KERAS_FUNCTIONS = {name: (kind, values) for kind in ACTIVATION_KINDS.values()
                   for name, values in kind.keras_functions.items()}
KERAS_LAYERS = {name: kind for kind in ACTIVATION_KINDS.values() for name in kind.keras_layers}
ONNX_OPS = {name: kind for kind in ACTIVATION_KINDS.values() for name in kind.onnx_ops}


@dataclass(frozen=True)
class ActivationFunction:
    """An activation as a layer applies it: a kind and its parameters' values (a tuple of one value,
    for every channel, or one per channel)."""

    kind: str
    parameters: tuple[tuple[str, tuple[float, ...]], ...] = ()

    def __post_init__(self):
        if self.kind not in ACTIVATION_KINDS:
            raise ActivationError(f"unknown activation {self.kind!r}")
        values = {name: tuple(float(v) for v in np.atleast_1d(np.asarray(value, np.float64)))
                  for name, value in dict(self.parameters).items()}
        wanted = [parameter.name for parameter in ACTIVATION_KINDS[self.kind].parameters]
        if sorted(values) != sorted(wanted):
            raise ActivationError(f"activation {self.kind} needs parameters {wanted}, got {sorted(values)}")
        for name, vector in values.items():
            if not vector or not all(np.isfinite(vector)):
                raise ActivationError(f"activation {self.kind}: {name} must be finite numbers")
            if max(abs(value) for value in vector) > FLOAT32_MAX:
                raise ActivationError(
                    f"activation {self.kind}: {name} {max(vector, key=abs):g} is beyond the largest "
                    f"float32 ({FLOAT32_MAX:.6g}), which a shader's float cannot hold"
                )
        object.__setattr__(self, "parameters", tuple((name, values[name]) for name in wanted))

    @classmethod
    def of(cls, kind: str | ActivationFunction, **parameters) -> ActivationFunction:
        return kind if isinstance(kind, ActivationFunction) else cls(kind, tuple(parameters.items()))

    @property
    def definition(self) -> ActivationKind:
        return ACTIVATION_KINDS[self.kind]

    @property
    def is_linear(self) -> bool:
        return self.kind == "linear"

    def check_channels(self, channels: int) -> None:
        for name, vector in self.parameters:
            if len(vector) not in (1, channels):
                raise ActivationError(
                    f"activation {self.kind}: {name} has {len(vector)} values for {channels} channels"
                )

    def per_channel(self, channels: int) -> dict[str, np.ndarray]:
        """Each parameter as a float64 vector of ``channels`` values."""
        self.check_channels(channels)
        return {name: np.broadcast_to(np.asarray(vector, np.float64), (channels,)).copy()
                for name, vector in self.parameters}

    def reordered(self, order: list[int]) -> ActivationFunction:
        """The parameters of output channel ``order[k]`` as channel k (-1: a zero padding channel)."""
        changed = []
        for name, vector in self.parameters:
            if len(vector) > 1:
                vector = tuple(vector[channel] if channel >= 0 else 0.0 for channel in order)
            changed.append((name, vector))
        return ActivationFunction(self.kind, tuple(changed))

    def apply(self, x: np.ndarray) -> np.ndarray:
        """The float64 (or x's dtype) reference over an (H, W, C) array."""
        values = {name: np.asarray(vector, dtype=x.dtype) for name, vector in self.parameters}
        return self.definition.reference(x, **values)

    def describe(self) -> str:
        """``relu``, ``leaky_relu(negative_slope=0.2)``, ``prelu(slope=16 values)``."""
        if not self.parameters:
            return self.kind
        shown = [f"{name}={vector[0]:.6g}" if len(vector) == 1 else f"{name}={len(vector)} values"
                 for name, vector in self.parameters]
        return f"{self.kind}({', '.join(shown)})"

    def glsl_step(self, literals: Mapping[str, str]) -> str:
        """The GLSL statement with each parameter's ``vec4`` literal (``literals``) filled in and the
        ``{acc}``, ``{vec4}`` placeholders left for the template."""
        return self.definition.glsl.format(acc="{acc}", vec4="{vec4}", **literals)
