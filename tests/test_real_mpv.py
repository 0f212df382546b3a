"""Real mpv 0.35 (--vo=gpu and --vo=gpu-next, OpenGL and Vulkan on Mesa's CPU drivers) plays
generated one-frame clips with our shaders; the window screenshot, taken back through the exact
inverse of mpv's BT.709 limited-range output conversion, must match the float64 reference.

Bounds, in 8-bit display steps (1/255 of R'G'B'), inside a 4-pixel border of the 2x window:
* luma: ≤ 2/255 max abs, ≤ 0.5/255 mean (the screenshot's rounding alone gives up to 0.5/255 per
  channel; the shaders' own error, ≤ 3.1e-3 even for fp16 in libplacebo, adds ≤ 0.9/255);
* chroma (issue 18): Cb and Cr within 0.44/255 (the inverse matrix applied to the screenshot's
  rounding) plus the chroma shader's own bound in libplacebo, 2.2e-3 (README), in code units.

Which runs: every dist/ file loads on one renderer × API combination at least (rotating), and the
C4F16 files (compute fp32, compute fp16, fragment fp32) on all four; ~2-4 s per run on 2 CPU cores.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from shadergen.codegen.generate import generate_from_file
from shadergen.engines import mpv_player
from shadergen.engines.frame import Frame
from shadergen.model.chroma_upsample import LEFT_SITING_OFFSET, chroma_model_input
from shadergen.model.load import load_model
from shadergen.model.reference import run_network
from shadergen.mpv.parse import load_shader
from shadergen.resources import data_dir
from shadergen.shader_header import read_header

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WEIGHTS = ROOT / "weights"
CHROMA_MODEL = ROOT / "tests" / "data" / "keras" / "chroma_c2f8.keras"
DOUBLER = DIST / "ArtCNN_C4F16_compute_fp32.glsl"
COMBINATIONS = [(renderer, api) for renderer in mpv_player.RENDERERS for api in mpv_player.APIS]
CLIP_SIZE = (64, 48)  # luma; the window is twice that
WINDOW = (2 * CLIP_SIZE[0], 2 * CLIP_SIZE[1])
BORDER = 4  # window pixels left out of the comparison on every side
LUMA_MAX, LUMA_MEAN = 2.0 / 255, 0.5 / 255
# Cb/Cr: the screenshot's rounding through the inverse matrix (mpv_player.screen_ycbcr) plus the
# chroma shader's own bound in libplacebo (README: 2.5·F + 1.5e-3 = 2.2e-3).
CHROMA_MAX = 0.44 / 255 + 2.2e-3
# Where the chroma shader finds the 4:2:0 samples of a left-sited clip: gpu-next hands hooks the
# plane's siting (HOOKED_off = (0.25, 0)); --vo=gpu applies it only after the plane hooks, so its
# CHROMA hooks see (0, 0) and the shader upsamples as for centre-sited chroma (README).
CHROMA_SITING = {"gpu-next": LEFT_SITING_OFFSET, "gpu": (0.0, 0.0)}

MISSING = mpv_player.missing_tools()
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)} (.ci/run installs them)")


def _dist_runs():
    """(file, renderer, api): the C4F16 files everywhere, every other file on one combination."""
    runs, others = [], 0
    for path in sorted(DIST.glob("*.glsl")):
        if path.name.startswith("ArtCNN_C4F16_") and path.name.count("_") == 3:
            runs += [(path.name, renderer, api) for renderer, api in COMBINATIONS]
        else:
            runs.append((path.name, *COMBINATIONS[others % len(COMBINATIONS)]))
            others += 1
    return runs


@pytest.fixture(scope="session")
def display():
    with mpv_player.virtual_display() as name:
        yield name


@pytest.fixture(scope="session")
def colour_frame() -> Frame:
    """A 64x48 crop of the shipped cel frame: 8-bit BT.709 limited-range 4:2:0."""
    planes = np.load(data_dir() / "cel_ycbcr420_128x96.npz")
    width, height = CLIP_SIZE
    return Frame(planes["y"][:height, :width] / 255.0, planes["cb"][:height // 2, :width // 2] / 255.0,
                 planes["cr"][:height // 2, :width // 2] / 255.0, full_range=False)


@pytest.fixture(scope="session")
def clips(tmp_path_factory, colour_frame) -> dict[str, Path]:
    """The colour clip, and a gray one: its luma with chroma exactly 128 (neutral)."""
    folder = tmp_path_factory.mktemp("clips")
    neutral = np.full_like(colour_frame.cb, 128 / 255)
    gray = Frame(colour_frame.y, neutral, neutral.copy(), full_range=False)
    paths = {"colour": folder / "colour.mkv", "gray": folder / "gray.mkv"}
    mpv_player.write_clip(colour_frame, paths["colour"])
    mpv_player.write_clip(gray, paths["gray"])
    return paths


def _inner(values: np.ndarray) -> np.ndarray:
    return values[BORDER:-BORDER, BORDER:-BORDER]


def _display_luma(y_codes: np.ndarray) -> np.ndarray:
    """Limited-range luma code values / 255 → the R'G'B' value mpv shows for neutral chroma."""
    return np.clip((y_codes - 16 / 255) * 255 / 219, 0.0, 1.0)


def _luma_reference(shader: Path, frame: Frame) -> np.ndarray:
    """The displayed luma (window size) of the float64 reference of ``shader``'s network."""
    weights = WEIGHTS / read_header(shader.read_text(encoding="utf-8")).weights_file
    network = load_model(weights).network
    return _display_luma(run_network(network, frame.y.astype(np.float64))[..., 0])


def _descs(shader: Path) -> list[str]:
    return [hook_pass.desc for hook_pass in load_shader(shader).passes]


def _luma_errors(playback: mpv_player.Playback, reference: np.ndarray) -> tuple[float, float]:
    """Max and mean abs error of the shown luma inside the border, where no channel was clipped
    (a gray picture clips all three together, which the reference's clip reproduces)."""
    shown = _display_luma(mpv_player.screen_ycbcr(playback.rgb)[..., 0])
    gray = np.all(playback.rgb == playback.rgb[..., :1], axis=-1)
    usable = _inner(gray | ~mpv_player.clipped(playback.rgb))
    error = np.abs(_inner(shown) - _inner(reference))[usable]
    return float(error.max()), float(error.mean())


@pytest.mark.parametrize(("name", "renderer", "api"), _dist_runs())
def test_dist_shader_in_real_mpv(name, renderer, api, display, clips, colour_frame):
    shader = DIST / name
    playback = mpv_player.play(clips["gray"], [shader], WINDOW, renderer, api, display)
    descs = _descs(shader)
    # Every pass ran, in order (vo-passes, both renderers); gpu-next also logs each registration.
    assert [desc for desc in playback.ran if desc in descs] == descs
    if renderer == "gpu-next":
        assert list(playback.registered) == descs
    worst, mean = _luma_errors(playback, _luma_reference(shader, colour_frame))
    assert worst <= LUMA_MAX and mean <= LUMA_MEAN, (worst * 255, mean * 255)


def _upsample_2x(planes: np.ndarray) -> np.ndarray:
    """mpv's bilinear chroma scaler from luma resolution to the doubled luma: window pixel p has its
    centre at (p + 0.5) / 2 luma pixels, i.e. texel coordinate p / 2 - 0.25; borders clamped."""
    def axis(length):
        coordinate = np.arange(2 * length) / 2 - 0.25
        first = np.floor(coordinate).astype(int)
        weight = coordinate - first
        return np.clip(first, 0, length - 1), np.clip(first + 1, 0, length - 1), weight

    top, bottom, fy = axis(planes.shape[0])
    left, right, fx = axis(planes.shape[1])
    rows = planes[top] * (1 - fy)[:, None, None] + planes[bottom] * fy[:, None, None]
    return rows[:, left] * (1 - fx)[None, :, None] + rows[:, right] * fx[None, :, None]


@pytest.fixture(scope="session")
def chroma_shader(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("chroma") / "chroma_c2f8_compute_fp32.glsl"
    path.write_text(generate_from_file(CHROMA_MODEL, variant="compute").text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("renderer", "api"), COMBINATIONS)
def test_chroma_shader_before_a_luma_doubler(renderer, api, display, clips, colour_frame, chroma_shader):
    """Issue 18: chroma file first, then the doubler: chroma from the original-resolution luma, then
    luma doubled, on both renderers; in the other order the chroma shader stays off."""
    doubler = mpv_player.play(clips["colour"], [DOUBLER], WINDOW, renderer, api, display)
    both = mpv_player.play(clips["colour"], [chroma_shader, DOUBLER], WINDOW, renderer, api, display)
    chroma_descs, doubler_descs = _descs(chroma_shader), _descs(DOUBLER)
    assert [desc for desc in both.ran if desc in chroma_descs + doubler_descs] == \
        chroma_descs[:1] + doubler_descs + chroma_descs[1:]  # LUMA hooks first, then CHROMA
    assert np.abs(both.rgb.astype(int) - doubler.rgb).mean() > 10  # the chroma model changes colours

    frame = colour_frame.quantized()
    network = load_model(CHROMA_MODEL).network
    chroma = run_network(network, chroma_model_input(frame.y, frame.cb, frame.cr, CHROMA_SITING[renderer]))
    expected = _upsample_2x(chroma)
    shown = mpv_player.screen_ycbcr(both.rgb)
    usable = _inner(~mpv_player.clipped(both.rgb))
    assert usable.mean() > 0.8  # measured 0.89: the fixture model pushes some colours out of gamut
    for plane in (1, 2):
        error = np.abs(_inner(shown[..., plane]) - _inner(expected[..., plane - 1]))[usable]
        assert error.max() <= CHROMA_MAX, (plane, error.max() * 255)
    # The luma is the doubler's, from the same untouched plane.
    worst, mean = _luma_errors(both, _luma_reference(DOUBLER, colour_frame))
    assert worst <= LUMA_MAX and mean <= LUMA_MEAN, (worst * 255, mean * 255)

    # Doubler first: the chroma file copies the doubled luma, sees 4x the chroma size and stays off.
    reversed_order = mpv_player.play(clips["colour"], [DOUBLER, chroma_shader], WINDOW, renderer, api,
                                     display)
    assert [desc for desc in reversed_order.ran if desc in chroma_descs] == chroma_descs[:1]
    assert np.array_equal(reversed_order.rgb, doubler.rgb)
