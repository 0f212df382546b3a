"""Our shaders in real mpv 0.35: the cases, the references and the measurements.

Used by tests/test_real_mpv.py, and run as a script to measure every dist/ file on all four
renderer × API combinations plus the chroma + doubler combination (issue 18) and the 3-plane colour
model on NATIVE (Y'CbCr) and on MAIN (R'G'B'):
``python tests/real_mpv_cases.py`` rewrites tests/results/real_mpv.md (2.5–5 minutes on 2 shared cores).

The clips are a 64×48 crop of the shipped cel frame (8-bit BT.709 limited-range 4:2:0), in colour
and with chroma exactly 128 (gray), and the same crop of cel.png in 4:4:4; mpv shows them in a
128×96 window, so the 2x shaders run.
What is compared (shadergen.engines.mpv_player.screen_ycbcr inverts mpv's output conversion):

* luma: the displayed luma ``(Y - 16/255)·255/219`` of the screenshot against that of the float64
  reference of the network on the raw LUMA values (code/255), in 8-bit display steps;
* chroma (issue 18): Cb, Cr recovered from the screenshot against the chroma model's float64
  reference, resampled to the window the way mpv's bilinear chroma scaler does (``upsample_2x``);
* colour model (ycbcr_c2f8 as compute fp32, on NATIVE and, built ``--planes rgb``, on MAIN): a 4:4:4
  clip (the same cel crop, ``yuv444p``), so mpv upscales no chroma and the stage image is exactly
  the 8-bit planes (NATIVE) or their BT.709 decoding (MAIN), each stored as rgba16f, as the
  reference's input (``network_input``) has it. (On 4:2:0 the stage image would hold mpv's GPU
  bilinear chroma, up to 3.8e-3 off exact bilinear on Mesa: 8-bit sub-texel weights, colour_accuracy;
  a 4:4:4 clip measures the shader alone, exactly.) NATIVE: Y, Cb, Cr recovered from the
  screenshot; MAIN: the screenshot's R'G'B' itself (the shader's output is what mpv shows: no
  decode). Mean error ≤ 0.5/255, as for luma.

Only pixels inside a 4-pixel border count, and for the colour clips only pixels with no channel
clipped at 0 or 255 (nothing can be inverted there; on MAIN, only the clipped channel is left out).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TESTS_DIR = Path(__file__).resolve().parent
ROOT = TESTS_DIR.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from colour_accuracy_cases import IMAGES_DIR, INPUTS, bound  # noqa: E402

from shadergen.codegen.generate import generate_from_file  # noqa: E402
from shadergen.engines import mpv_player  # noqa: E402
from shadergen.engines.frame import Frame  # noqa: E402
from shadergen.model.load import load_model  # noqa: E402
from shadergen.model.reference import run_network  # noqa: E402
from shadergen.mpv.parse import load_shader  # noqa: E402
from shadergen.planes import LAYOUTS  # noqa: E402
from shadergen.resources import data_dir  # noqa: E402
from shadergen.shader_header import read_header  # noqa: E402
from shadergen.verification.chroma_upsample import LEFT_SITING_OFFSET, chroma_model_input  # noqa: E402
from shadergen.verification.colour_accuracy import reference_planes  # noqa: E402
from shadergen.verification.colour_frames import frame_from_rgb  # noqa: E402

DIST = ROOT / "dist"
WEIGHTS = ROOT / "weights"
CHROMA_MODEL = TESTS_DIR / "data" / "keras" / "chroma_c2f8.keras"
COLOUR_MODEL = TESTS_DIR / "data" / "keras" / "ycbcr_c2f8.keras"  # 3 planes → 3 planes, 2x
COLOUR_PLANES = ("ycbcr", "rgb")  # on NATIVE (build's default) and on MAIN (build --planes rgb)
DOUBLER = DIST / "ArtCNN_C4F16_compute_fp32.glsl"
RESULTS_PATH = TESTS_DIR / "results" / "real_mpv.md"
COMBINATIONS = [(renderer, api) for renderer in mpv_player.RENDERERS for api in mpv_player.APIS]
CLIP_SIZE = (64, 48)  # luma; the window is twice that
WINDOW = (2 * CLIP_SIZE[0], 2 * CLIP_SIZE[1])
BORDER = 4  # window pixels left out of the comparison on every side
# Issue 13, acceptance: 8-bit rounding plus the shader's own error, in display steps.
LUMA_MAX, LUMA_MEAN = 2.0 / 255, 0.5 / 255
# The tight form: how far the reference lies outside the interval of values the screenshot's code
# stands for (mpv_player.SCREEN_HALF_STEP; the inverse matrix keeps its width for luma, and scales
# it by 224/255 for Cb and Cr) may not exceed the shader's own error in real libplacebo (README):
# luma ≤ 3.1e-3 (compute fp16; fp32 ≤ 1.3e-3) in code values, ×255/219 on display; chroma 2.2e-3.
LUMA_EXCESS_MAX = 3.1e-3 * 255 / 219
CHROMA_EXCESS_MAX = 2.2e-3
CHROMA_STEP_SCALE = 224 / 255
# Cb/Cr plain: the screenshot's quantization through the inverse matrix (≤ 0.44/255) plus 2.2e-3.
CHROMA_MAX = 0.44 / 255 + CHROMA_EXCESS_MAX
# Where the chroma shader finds the 4:2:0 samples of a left-sited clip: gpu-next hands hooks the
# plane's siting (HOOKED_off = (0.25, 0)); --vo=gpu applies it only after the plane hooks, so its
# CHROMA hooks see (0, 0) and the shader upsamples as for centre-sited chroma (README).
CHROMA_SITING = {"gpu-next": LEFT_SITING_OFFSET, "gpu": (0.0, 0.0)}
# The colour model: what the screenshot's quantization allows per plane (NATIVE: through the inverse
# matrix, Y 219/255 and Cb, Cr 224/255 of it; MAIN: R'G'B' as shown), plus the fp32 shader's own
# bound in real libplacebo, 2.5·F + 1.5e-3 (tests/results/colour_accuracy.md; F, the fp16-storage
# floor of this clip: 4.9e-4 on NATIVE, 5.8e-4 on MAIN → 2.7e-3, 3.0e-3).
PLANE_LABELS = {"ycbcr": "Y, Cb, Cr", "rgb": "R, G, B"}
COLOUR_STEP_SCALES = {"ycbcr": np.array([219 / 255, CHROMA_STEP_SCALE, CHROMA_STEP_SCALE]), "rgb": np.ones(3)}


def colour_frame() -> Frame:
    """A 64x48 crop of the shipped cel frame: 8-bit BT.709 limited-range 4:2:0."""
    planes = np.load(data_dir() / "cel_ycbcr420_128x96.npz")
    width, height = CLIP_SIZE
    return Frame(planes["y"][:height, :width] / 255.0, planes["cb"][:height // 2, :width // 2] / 255.0,
                 planes["cr"][:height // 2, :width // 2] / 255.0, full_range=False)


def full_chroma_frame() -> Frame:
    """The same 64x48 cel crop (colour_accuracy_cases' origin) as 8-bit BT.709 limited-range 4:4:4."""
    from PIL import Image

    x, y = INPUTS["cel 61x47 4:4:4"][:2]
    width, height = CLIP_SIZE
    with Image.open(IMAGES_DIR / "cel.png") as image:
        rgb = np.asarray(image.convert("RGB"), dtype=np.float64)[y:y + height, x:x + width] / 255.0
    return frame_from_rgb(rgb, subsample=False)


def write_clips(folder: Path, frame: Frame) -> dict[str, Path]:
    """The colour clip, a gray one (its luma with chroma exactly 128: neutral) and the 4:4:4 one."""
    neutral = np.full_like(frame.cb, 128 / 255)
    gray = Frame(frame.y, neutral, neutral.copy(), full_range=False)
    paths = {"colour": folder / "colour.mkv", "gray": folder / "gray.mkv", "444": folder / "colour444.mkv"}
    mpv_player.write_clip(frame, paths["colour"])
    mpv_player.write_clip(gray, paths["gray"])
    mpv_player.write_clip(full_chroma_frame(), paths["444"])
    return paths


def write_model_shader(folder: Path, model: Path, planes: str | None = None) -> Path:
    """A fixture built as compute fp32 (``planes``: build's --planes, for the 3-plane model)."""
    path = folder / f"{model.stem}_{planes or 'default'}_compute_fp32.glsl"
    path.write_text(generate_from_file(model, variant="compute", planes=planes).text, encoding="utf-8")
    return path


def write_chroma_shader(folder: Path) -> Path:
    """The chroma fixture built as compute fp32 (the model of issue 18's report)."""
    return write_model_shader(folder, CHROMA_MODEL)


def cpu_dist_files() -> list[Path]:
    """The dist/ files Mesa can run: not the tensor variant's, which only libplacebo on an NVIDIA GPU's
    Vulkan runs (their passes are checked on lavapipe as emulated loops: tests/test_tensor_variant.py,
    and on the H200: bench/README.md)."""
    return [path for path in sorted(DIST.glob("*.glsl")) if "_tensor_" not in path.name]


def dist_runs(full: bool = False) -> list[tuple[str, str, str]]:
    """(file, renderer, api): all combinations for every file if ``full``; otherwise the C4F16 files
    (compute fp32, compute fp16, fragment fp32) on all four and every other file on one (rotating)."""
    runs, others = [], 0
    for path in cpu_dist_files():
        if full or path.name.startswith("ArtCNN_C4F16_") and path.name.count("_") == 3:
            runs += [(path.name, renderer, api) for renderer, api in COMBINATIONS]
        else:
            runs.append((path.name, *COMBINATIONS[others % len(COMBINATIONS)]))
            others += 1
    return runs


def pass_descs(shader: Path) -> list[str]:
    return [hook_pass.desc for hook_pass in load_shader(shader).passes]


def ran_passes(playback: mpv_player.Playback, *shaders: Path) -> list[str]:
    """The passes of ``shaders`` that mpv ran for the frame, in order."""
    descs = {desc for shader in shaders for desc in pass_descs(shader)}
    return [desc for desc in playback.ran if desc in descs]


def _inner(values: np.ndarray) -> np.ndarray:
    return values[BORDER:-BORDER, BORDER:-BORDER]


def display_luma(y_codes: np.ndarray) -> np.ndarray:
    """Limited-range luma code values / 255 → the R'G'B' value mpv shows for neutral chroma."""
    return np.clip((y_codes - 16 / 255) * 255 / 219, 0.0, 1.0)


def luma_reference(shader: Path, frame: Frame) -> np.ndarray:
    """The displayed luma (window size) of the float64 reference of ``shader``'s network."""
    weights = WEIGHTS / read_header(shader.read_text(encoding="utf-8")).weights_file
    network = load_model(weights).network
    return display_luma(run_network(network, frame.quantized().y.astype(np.float64))[..., 0])


def luma_errors(playback: mpv_player.Playback, reference: np.ndarray) -> tuple[float, float, float]:
    """(max abs error, mean abs error, max excess over the screenshot's quantization) of the shown
    luma inside the border, where no channel was clipped (a gray pixel clips all three together,
    which the reference's clip reproduces)."""
    shown = display_luma(mpv_player.screen_ycbcr(playback.rgb, playback.renderer)[..., 0])
    gray = np.all(playback.rgb == playback.rgb[..., :1], axis=-1)
    usable = _inner(gray | ~mpv_player.clipped(playback.rgb))
    error = np.abs(_inner(shown) - _inner(reference))[usable]
    excess = np.maximum(error - mpv_player.SCREEN_HALF_STEP[playback.renderer], 0.0)
    return float(error.max()), float(error.mean()), float(excess.max())


def upsample_2x(planes: np.ndarray) -> np.ndarray:
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


def chroma_reference(frame: Frame, renderer: str) -> np.ndarray:
    """(2H, 2W, 2): the chroma model's float64 Cb, Cr as mpv shows them after a luma doubler."""
    frame = frame.quantized()
    network = load_model(CHROMA_MODEL).network
    return upsample_2x(run_network(network, chroma_model_input(frame.y, frame.cb, frame.cr,
                                                                CHROMA_SITING[renderer])))


def chroma_errors(playback: mpv_player.Playback, reference: np.ndarray) -> tuple[float, float, float]:
    """(max abs Cb or Cr error, its max excess over the screenshot's quantization, share of pixels
    compared): inside the border, where no channel was clipped."""
    shown = mpv_player.screen_ycbcr(playback.rgb, playback.renderer)
    usable = _inner(~mpv_player.clipped(playback.rgb))
    error = np.abs(_inner(shown[..., 1:]) - _inner(reference))[usable]
    half_step = CHROMA_STEP_SCALE * mpv_player.SCREEN_HALF_STEP[playback.renderer]
    return float(error.max()), float(np.maximum(error - half_step, 0.0).max()), float(usable.mean())


def colour_model_reference(planes: str) -> tuple[np.ndarray, float]:
    """(2H, 2W, 3) float64 reference of the colour model on the 4:4:4 clip (Y'CbCr code values / 255
    on NATIVE, R'G'B' on MAIN), and its excess bound (the shader's own, in real libplacebo)."""
    network = load_model(COLOUR_MODEL).network
    reference, floor = reference_planes(network, LAYOUTS[planes], full_chroma_frame())
    return reference, bound("fp32", "libplacebo", floor)


def colour_model_errors(playback: mpv_player.Playback, reference: np.ndarray,
                        planes: str) -> tuple[float, float, float, float]:
    """(max abs, mean abs, max excess over the screenshot's quantization, share of values compared)
    over the three planes inside the border: NATIVE's Y'CbCr where no channel was clipped, MAIN's
    R'G'B' channels that were not clipped."""
    if planes == "rgb":
        shown = mpv_player.screen_values(playback.rgb, playback.renderer)
        usable = (playback.rgb != 0) & (playback.rgb != 255)
    else:
        shown = mpv_player.screen_ycbcr(playback.rgb, playback.renderer)
        usable = np.repeat(~mpv_player.clipped(playback.rgb)[..., None], 3, axis=-1)
    half_step = COLOUR_STEP_SCALES[planes] * mpv_player.SCREEN_HALF_STEP[playback.renderer]
    usable = _inner(usable)
    error = np.abs(_inner(shown) - _inner(reference))
    excess = np.maximum(error - half_step, 0.0)[usable]
    error = error[usable]
    return float(error.max()), float(error.mean()), float(excess.max()), float(usable.mean())


def colour_model_max(planes: str, renderer: str, excess_bound: float) -> float:
    """The colour model's max abs bound: the screenshot's quantization in the compared planes (0.44/255
    on NATIVE, 0.50/255 on MAIN) plus the shader's own bound."""
    return COLOUR_STEP_SCALES[planes].max() * mpv_player.SCREEN_HALF_STEP[renderer] + excess_bound


@dataclass
class Measurement:
    case: str
    renderer: str
    api: str
    max_abs: float  # display steps (luma) or code values (chroma), / 255 below
    mean_abs: float | None
    bound: float
    excess: float  # max excess over the screenshot's quantization
    excess_bound: float
    seconds: float

    @property
    def passed(self) -> bool:
        return (self.max_abs <= self.bound and self.excess <= self.excess_bound
                and (self.mean_abs is None or self.mean_abs <= LUMA_MEAN))


def main() -> int:
    frame = colour_frame()
    measurements = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shadergen-mpv-cases-") as folder, \
            mpv_player.virtual_display() as display:
        clips = write_clips(Path(folder), frame)
        chroma_shader = write_chroma_shader(Path(folder))
        for name, renderer, api in dist_runs(full=True):
            began = time.perf_counter()
            playback = mpv_player.play(clips["gray"], [DIST / name], WINDOW, renderer, api, display)
            assert ran_passes(playback, DIST / name) == pass_descs(DIST / name), name
            worst, mean, excess = luma_errors(playback, luma_reference(DIST / name, frame))
            measurements.append(Measurement(name, renderer, api, worst, mean, LUMA_MAX, excess,
                                            LUMA_EXCESS_MAX, time.perf_counter() - began))
            print(name, renderer, api, f"max {worst * 255:.2f}/255 mean {mean * 255:.3f}/255 "
                  f"excess {excess * 255:.2f}/255", flush=True)
        for renderer, api in COMBINATIONS:
            began = time.perf_counter()
            shaders = [chroma_shader, DOUBLER]
            playback = mpv_player.play(clips["colour"], shaders, WINDOW, renderer, api, display)
            worst, excess, share = chroma_errors(playback, chroma_reference(frame, renderer))
            measurements.append(Measurement(f"chroma_c2f8 + C4F16 doubler: Cb, Cr ({share:.0%} of pixels)",
                                            renderer, api, worst, None, CHROMA_MAX, excess, CHROMA_EXCESS_MAX,
                                            time.perf_counter() - began))
            print("chroma", renderer, api, f"max {worst * 255:.2f}/255 excess {excess * 255:.2f}/255",
                  flush=True)
        for planes in COLOUR_PLANES:
            shader = write_model_shader(Path(folder), COLOUR_MODEL, planes)
            reference, excess_bound = colour_model_reference(planes)
            for renderer, api in COMBINATIONS:
                began = time.perf_counter()
                playback = mpv_player.play(clips["444"], [shader], WINDOW, renderer, api, display)
                assert ran_passes(playback, shader) == pass_descs(shader), planes
                worst, mean, excess, share = colour_model_errors(playback, reference, planes)
                case = f"ycbcr_c2f8 on {LAYOUTS[planes].hook} (4:4:4): {PLANE_LABELS[planes]} ({share:.0%})"
                measurements.append(Measurement(case, renderer, api, worst, mean,
                                                colour_model_max(planes, renderer, excess_bound),
                                                excess, excess_bound, time.perf_counter() - began))
                print(planes, renderer, api, f"max {worst * 255:.2f}/255 mean {mean * 255:.3f}/255 "
                      f"excess {excess * 255:.2f}/255", flush=True)
    write_results(measurements, time.perf_counter() - start)
    print(f"wrote {RESULTS_PATH}")
    return 0 if all(m.passed for m in measurements) else 1


def write_results(measurements: list[Measurement], elapsed: float) -> None:
    lines = [
        "# Our shaders in real mpv 0.35.1 (Debian 12, libplacebo 4.208, Mesa llvmpipe/lavapipe, Xvfb)",
        "",
        "Generated by `python tests/real_mpv_cases.py`; do not edit by hand. Method: the docstring of",
        "tests/real_mpv_cases.py. Errors in 1/255 steps, inside a 4-pixel border of the 128×96 window:",
        "dist/ rows, displayed luma of the gray clip (bound: max 2, mean 0.5); chroma rows, Cb and Cr",
        f"code values of the colour clip (bound: {CHROMA_MAX * 255:.2f}: 0.44 screenshot rounding + the",
        "shader's 2.2e-3); ycbcr_c2f8 rows, compute fp32 on the 4:4:4 clip, Y'CbCr code values (NATIVE)",
        "or R'G'B' (MAIN) of the colour model (bound: 0.44 or 0.50 screenshot rounding + the shader's",
        "2.5·F + 1.5e-3 in libplacebo; mean 0.5; in brackets: the share of values compared, the rest",
        "clipped). Excess: how far the reference lies outside the interval of values the screenshot's",
        "code stands for (--vo=gpu rounds to 8 bits; gpu-next's screenshot keeps the high byte of 16",
        "bits), i.e. the error that 8-bit quantization does not explain; its bound is the shader's own",
        "error in real libplacebo (README).",
        "",
        "| case | renderer | API | max | mean | bound | excess | bound | s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for m in measurements:
        mean = "" if m.mean_abs is None else f"{m.mean_abs * 255:.3f}"
        cells = [m.case, m.renderer, m.api, f"{m.max_abs * 255:.2f}", mean, f"{m.bound * 255:.2f}",
                 f"{m.excess * 255:.2f}", f"{m.excess_bound * 255:.2f}", f"{m.seconds:.1f}"]
        lines.append(f"| {' | '.join(cells)} |")
    failed = [m for m in measurements if not m.passed]
    lines += ["", f"{len(measurements)} measurements, {len(failed)} above their bound; {elapsed:.0f} s on "
              "this machine (2 shared CPU cores).", ""]
    RESULTS_PATH.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
