"""The fp16 error of shader files in real libplacebo (FFmpeg's libplacebo filter on Mesa lavapipe,
where float16 arithmetic is real) against the float64 reference, on issue 4's four crops, with the
official ArtCNN v1.6.2 fp16 shaders' bounds beside them.

    python bench/half_accuracy.py MODEL SHADER [SHADER ...]     # MODEL: ArtCNN_C4F16, ArtCNN_C4F32, ...
    python bench/half_accuracy.py --engine helper MODEL SHADER ...

``--engine helper`` runs them in shadergen's own libplacebo engine (``shadergen run --engine
libplacebo``) on whatever Vulkan device it finds instead: the tensor variant was checked that way on
the H200's NVIDIA driver, which is the only kind of device that runs it. ``--engine emulated`` runs
tensor files here, on llvmpipe, with their cooperative-matrix operations emulated
(tests/coopmat_emulation.py: float arithmetic, float16 storage, float16 accumulators rounded to the
nearest float16 after every product; ``emulated-toward-zero`` rounds those toward zero): a
prediction of their error before a device call, not a measurement of NVIDIA's tensor cores, whose
rounding inside a product is not documented.

Where the device lacks the reference's dependencies (h5py), split the work:

    python bench/half_accuracy.py --write-crops DIR             # here: DIR/<crop>.png (8-bit luma)
    for c in DIR/*.png; do python -m shadergen run SHADER --engine libplacebo -i $c \
        -o OUT/NAME_$(basename $c .png).npy; done              # on the device, per shader NAME
    python bench/half_accuracy.py --outputs OUT MODEL NAME ...  # here: the same table from the .npy
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
from pathlib import Path

import numpy as np

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


def run_emulated(text: str, luma, folder: Path, sum_rounding: str = "nearest"):
    from coopmat_emulation import run_emulated as run

    return run(text, luma, str(folder / "shader.glsl"), sum_rounding)


def crop_file_name(crop: str) -> str:
    """"camera 128x96" -> "camera_128x96"."""
    return crop.replace(" ", "_")


def write_crops(folder: Path) -> None:
    """The crops as 8-bit grey PNG files: the luma codes that luma_crop() scales by 1/255."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    for crop in CROPS:
        codes = np.rint(luma_crop(crop) * 255.0).astype(np.uint8)
        Image.fromarray(codes, mode="L").save(folder / f"{crop_file_name(crop)}.png")
        print(folder / f"{crop_file_name(crop)}.png")


def load_output(path: Path) -> np.ndarray:
    """A ``shadergen run -o FILE.npy`` output as the luma plane (the first channel of a colour one)."""
    output = np.load(path, allow_pickle=False)
    return output if output.ndim == 2 else output[..., 0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="ffmpeg",
                        choices=("ffmpeg", "helper", "emulated", "emulated-toward-zero"))
    parser.add_argument("--write-crops", type=Path, metavar="DIR",
                        help="write the crops as PNG files, then stop")
    parser.add_argument("--outputs", type=Path, metavar="DIR",
                        help="score DIR/NAME_<crop>.npy outputs (shaders are then NAMEs) instead of running")
    parser.add_argument("model", nargs="?")
    parser.add_argument("shaders", nargs="*")
    args = parser.parse_args()
    if args.write_crops:
        write_crops(args.write_crops)
        return 0
    if not args.model or not args.shaders:
        parser.error("MODEL and at least one SHADER are needed")
    model, shaders = args.model, args.shaders
    run = {"ffmpeg": run_in_libplacebo, "helper": run_in_helper, "emulated": run_emulated,
           "emulated-toward-zero": functools.partial(run_emulated, sum_rounding="toward_zero")}[args.engine]

    def output_for(shader: str, crop: str):
        if args.outputs:
            return load_output(args.outputs / f"{shader}_{crop_file_name(crop)}.npy")
        with tempfile.TemporaryDirectory() as folder:
            return run(Path(shader).read_text(), luma_crop(crop), Path(folder))
    worst = 0.0
    for shader in shaders:
        cells = []
        for crop in CROPS:
            exact, floor = reference(model, crop)
            output = output_for(shader, crop)
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
