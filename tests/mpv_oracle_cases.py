"""The runtime-vs-libplacebo cases: one small hook shader per feature (tests/shaders/runtime/).

Used by tests/test_mpv_oracle.py, and run as a script to record every measured value:
``python tests/mpv_oracle_cases.py`` rewrites tests/results/runtime_oracle.md.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TESTS_DIR = Path(__file__).resolve().parent
SHADERS_DIR = TESTS_DIR / "shaders" / "runtime"
RESULTS_PATH = TESTS_DIR / "results" / "runtime_oracle.md"
IMAGE_PATH = TESTS_DIR / "data" / "images" / "cel.png"
# Where the test frames are cut from cel.png: outlines, flat fills and hatching.
CROP_ORIGIN = (300, 150)

# The acceptance bounds: luma-only shaders compare Y; shaders that touch chroma compare all
# three planes (libplacebo's own colour round trip costs about 1e-3 there).
LUMA_TOLERANCE = 2e-3
CHROMA_TOLERANCE = 3e-3


@dataclass(frozen=True)
class OracleCase:
    shader: str  # file name in tests/shaders/runtime/
    size: tuple[int, int]  # input frame (width, height), 4:2:0
    target: tuple[int, int]
    planes: tuple[str, ...]  # which output planes must agree
    tolerance: float
    feature: str

    @property
    def path(self) -> Path:
        return SHADERS_DIR / self.shader

    @property
    def case_id(self) -> str:
        return f"{Path(self.shader).stem}-{self.size[0]}x{self.size[1]}-to-{self.target[0]}x{self.target[1]}"


LUMA = ("y",)
ALL_PLANES = ("y", "cb", "cr")

CASES = (
    OracleCase(
        "luma_macros.glsl",
        (64, 48),
        (64, 48),
        LUMA,
        LUMA_TOLERANCE,
        "every NAME_* macro (raw pos size pt off mul rot tex texOff gather), HOOKED_* aliases",
    ),
    OracleCase(
        "luma_globals.glsl",
        (64, 48),
        (128, 96),
        LUMA,
        LUMA_TOLERANCE,
        "frame, random, input_size, target_size, tex_offset",
    ),
    OracleCase("luma_doubler.glsl", (64, 48), (128, 96), LUMA, LUMA_TOLERANCE, "2x LUMA doubler (fragment)"),
    OracleCase(
        "luma_doubler.glsl",
        (64, 48),
        (160, 120),
        LUMA,
        LUMA_TOLERANCE,
        "2x LUMA doubler, then the bilinear main scaler to 2.5x",
    ),
    OracleCase(
        "compute_doubler_map.glsl",
        (64, 48),
        (128, 96),
        LUMA,
        LUMA_TOLERANCE,
        "compute with threads != block (16x16 / 8x8), NAME_map",
    ),
    OracleCase(
        "compute_pos.glsl",
        (61, 47),
        (61, 47),
        LUMA,
        LUMA_TOLERANCE,
        "compute with threads = block, HOOKED_pos, gl_FragCoord, partial blocks",
    ),
    OracleCase("offset.glsl", (64, 48), (128, 96), LUMA, LUMA_TOLERANCE, "OFFSET and HOOKED_off"),
    OracleCase("when.glsl", (64, 48), (128, 96), LUMA, LUMA_TOLERANCE, "WHEN true / false / true"),
    OracleCase(
        "save.glsl",
        (64, 48),
        (64, 48),
        LUMA,
        LUMA_TOLERANCE,
        "SAVE under a new name, BIND of it, SAVE under the stage name",
    ),
    OracleCase(
        "texture_lut.glsl",
        (64, 48),
        (64, 48),
        LUMA,
        LUMA_TOLERANCE,
        "TEXTURE r8 NEAREST and rgba16f LINEAR + REPEAT",
    ),
    OracleCase(
        "extension_fallback.glsl",
        (64, 48),
        (64, 48),
        LUMA,
        LUMA_TOLERANCE,
        "#extension in the body (hoisted on OpenGL) with an #ifdef fallback",
    ),
    OracleCase(
        "conv_chain_compute.glsl",
        (61, 47),
        (61, 47),
        LUMA,
        LUMA_TOLERANCE,
        "3-pass compute conv chain, shared-memory tiles, odd size, borders",
    ),
    OracleCase(
        "chroma_bind_luma.glsl", (64, 48), (64, 48), ALL_PLANES, CHROMA_TOLERANCE, "CHROMA pass binding LUMA"
    ),
    OracleCase(
        "chroma_align.glsl",
        (64, 48),
        (128, 96),
        ALL_PLANES,
        CHROMA_TOLERANCE,
        "CHROMA resized to LUMA size with OFFSET ALIGN",
    ),
    OracleCase("native.glsl", (64, 48), (96, 72), ALL_PLANES, CHROMA_TOLERANCE, "NATIVE pass, then 1.5x"),
    OracleCase(
        "main_rgb.glsl", (64, 48), (128, 96), ALL_PLANES, CHROMA_TOLERANCE, "MAIN pass on RGB, then 2x"
    ),
)


NOTES = (
    "## What the oracle cannot check (tested in tests/test_mpv_runtime.py instead)",
    "",
    "* PARAM blocks: Debian's libplacebo 4.208 rejects them (mpv-hooks.md §7); the runtime follows",
    "  libplacebo >= 5.264.",
    "* An unknown BIND: 4.208 disables the whole file ('Failed executing hook, disabling');",
    "  libplacebo >= 5.264 and the runtime skip the pass and the report says so.",
    "* CHROMA_SCALED and SCALED: 4.208 in FFmpeg's filter does not fire them at all (the output is",
    "  byte-identical to a run without the shader); OUTPUT fires but on a different image. The",
    "  runtime implements them as mpv-hooks.md describes current libplacebo.",
    "* Values outside [0, 1]: libplacebo's 16-bit output clips them, the runtime's float planes do",
    "  not; the test shaders clamp their final output.",
    "",
)


def oracle_frame(size: tuple[int, int]):
    """A crop of cel.png as 8-bit BT.709 limited-range Y'CbCr 4:2:0 (chroma: 2x2 means)."""
    from PIL import Image

    from shadergen.engines.frame import Frame, rgb_to_ycbcr

    width, height = size
    x0, y0 = CROP_ORIGIN
    with Image.open(IMAGE_PATH) as image:
        rgb = np.asarray(image.convert("RGB"), dtype=np.float64)[y0 : y0 + height, x0 : x0 + width] / 255.0
    y, cb, cr = rgb_to_ycbcr(rgb, full_range=False)
    padded = [np.pad(p, ((0, height % 2), (0, width % 2)), mode="edge") for p in (cb, cr)]
    cb, cr = (p.reshape(p.shape[0] // 2, 2, p.shape[1] // 2, 2).mean(axis=(1, 3)) for p in padded)
    return Frame(y, cb, cr, bit_depth=8, full_range=False).quantized()


def measure(case: OracleCase, ctx=None) -> dict[str, float]:
    """Max and mean absolute differences per plane between our runtime and libplacebo."""
    from shadergen.engines.ffmpeg_oracle import run_libplacebo
    from shadergen.engines.opengl.runtime import run_shaders
    from shadergen.mpv.parse import load_shader

    frame = oracle_frame(case.size)
    expected = run_libplacebo([case.path], frame, case.target)
    ours = run_shaders([load_shader(case.path)], frame, case.target, ctx=ctx).frame
    result = {}
    for plane in ALL_PLANES:
        difference = np.abs(getattr(ours, plane).astype(np.float64) - getattr(expected, plane))
        result[f"{plane}_max"] = float(difference.max())
        result[f"{plane}_mean"] = float(difference.mean())
    return result


def write_report(path: Path = RESULTS_PATH) -> str:
    from shadergen.engines.opengl.context import create_gl_context

    ctx = create_gl_context()
    rows = []
    started = time.perf_counter()
    for case in CASES:
        values = measure(case, ctx)
        worst = max(values[f"{p}_max"] for p in case.planes)
        verdict = "pass" if worst <= case.tolerance else "FAIL"
        cells = " | ".join(f"{values[f'{p}_max']:.2e} / {values[f'{p}_mean']:.1e}" for p in ALL_PLANES)
        rows.append(
            f"| {case.shader} | {case.size[0]}x{case.size[1]} → {case.target[0]}x{case.target[1]} | "
            f"{case.feature} | {'+'.join(case.planes)} ≤ {case.tolerance:g} | {cells} | {verdict} |"
        )
    elapsed = time.perf_counter() - started
    text = "\n".join(
        [
            "# shadergen runtime vs libplacebo (FFmpeg libplacebo filter on lavapipe)",
            "",
            "Written by `python tests/mpv_oracle_cases.py`; the same cases run in tests/test_mpv_oracle.py.",
            "Input: a crop of tests/data/images/cel.png at (300, 150) as 8-bit BT.709 limited-range 4:2:0;",
            "output: libplacebo's yuv444p16le decoded as code/65280, against our float planes.",
            "Cells: max abs difference / mean abs difference.",
            "",
            "| shader | size | feature | bound | Y | Cb | Cr | verdict |",
            "|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            f"{len(CASES)} cases in {elapsed:.1f} s on this machine.",
            "",
            *NOTES,
        ]
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return text


if __name__ == "__main__":
    sys.path.insert(0, str(TESTS_DIR.parent))
    print(write_report())
