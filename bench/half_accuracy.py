"""The fp16 error of shader files in real libplacebo (FFmpeg's libplacebo filter on Mesa lavapipe,
where float16 arithmetic is real) against the float64 reference, on issue 4's four crops, with the
official ArtCNN v1.6.2 fp16 shaders' bounds beside them.

    python bench/half_accuracy.py MODEL SHADER [SHADER ...]     # MODEL: ArtCNN_C4F16, ArtCNN_C4F32, ...
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from codegen_accuracy_cases import CROPS, luma_crop, official_fp16, reference, run_in_libplacebo  # noqa: E402

from shadergen.verification.luma_accuracy import compare  # noqa: E402


def main() -> int:
    model, shaders = sys.argv[1], sys.argv[2:]
    worst = 0.0
    for shader in shaders:
        text = Path(shader).read_text()
        cells = []
        for crop in CROPS:
            exact, floor = reference(model, crop)
            with tempfile.TemporaryDirectory() as folder:
                output = run_in_libplacebo(text, luma_crop(crop), Path(folder))
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
