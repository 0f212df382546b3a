"""The fp16 error of shader files in real libplacebo (FFmpeg's libplacebo filter on Mesa lavapipe,
where float16 arithmetic is real) against the float64 reference, on issue 4's four crops, with the
official ArtCNN v1.6.2 fp16 shaders' bounds beside them.

    python bench/half_accuracy.py MODEL SHADER [SHADER ...]     # MODEL: ArtCNN_C4F16, ArtCNN_C4F32, ...
    python bench/half_accuracy.py --engine helper MODEL SHADER ...

``--engine helper`` runs them in shadergen's own libplacebo engine (``shadergen run --engine
libplacebo``) on whatever Vulkan device it finds instead: the tensor variant was checked that way on
the H200's NVIDIA driver, which is the only kind of device that runs it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from codegen_accuracy_cases import CROPS, luma_crop, official_fp16, reference, run_in_libplacebo  # noqa: E402

from shadergen.verification.luma_accuracy import compare  # noqa: E402


def run_in_helper(text: str, luma, folder: Path):
    from shadergen.engines.frame import Frame
    from shadergen.engines.libplacebo import run_frame

    path = folder / "shader.glsl"
    path.write_text(text, encoding="utf-8")
    height, width = luma.shape
    frame = Frame.from_luma(luma.astype("float32"), bit_depth=8)
    return run_frame([path], frame, (2 * width, 2 * height)).y


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("ffmpeg", "helper"), default="ffmpeg")
    parser.add_argument("model")
    parser.add_argument("shaders", nargs="+")
    args = parser.parse_args()
    model, shaders = args.model, args.shaders
    run = run_in_helper if args.engine == "helper" else run_in_libplacebo
    worst = 0.0
    for shader in shaders:
        text = Path(shader).read_text()
        cells = []
        for crop in CROPS:
            exact, floor = reference(model, crop)
            with tempfile.TemporaryDirectory() as folder:
                output = run(text, luma_crop(crop), Path(folder))
            report = compare(output, exact, floor, "fp16")
            bound_max, bound_mean = official_fp16(model, crop)
            worst = max(worst, report.max_abs / bound_max, report.mean_abs / bound_mean)
            official = f"official {bound_max:.2e}/{bound_mean:.1e}"
            cells.append(f"{report.max_abs:.2e}/{report.mean_abs:.1e} ({official})")
        print(f"{Path(shader).name}: " + " | ".join(cells), flush=True)
    print(f"worst ratio to the official bound: {worst:.2f}")
    return 0 if worst <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
