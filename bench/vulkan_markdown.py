"""The Vulkan section of bench/results.md, from the results-vulkan.json that bench/vulkan.py writes."""

from __future__ import annotations

from pathlib import Path

# The device tool's command for the H200 numbers (no package registry there: libplacebo 4.208's
# .deb files and the GL/Vulkan loaders travel with the call, the helper is built here).
DEVICE_COMMAND = (
    "for f in .gl/*.deb; do dpkg -x $f /; done; mkdir -p /tmp/lp; for f in .carry-lead/debs/*.deb; "
    "do dpkg -x $f /tmp/lp; done; ldconfig; python3 -m pip install -q --no-index --no-deps --no-compile "
    "--no-cache-dir --upgrade --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:$PWD "
    "PYTHONUNBUFFERED=1; export LD_LIBRARY_PATH=/tmp/lp/usr/lib/x86_64-linux-gnu "
    "XDG_RUNTIME_DIR=$(mktemp -d) SHADERGEN_LIBPLACEBO_HELPER=$PWD/.carry-lead/libplacebo-helper "
    "VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json; "
    "python3 bench/vulkan.py --peers bench/peers --out $OUT/results-vulkan.json"
)
# /work/shared/docs/vulkan-baseline.md: the same measurement by an independent program (H200,
# libplacebo 4.208, NVIDIA 580.159.04), ms per 1080p frame, the shader's own passes.
BASELINE_MS = {
    "ArtCNN_C4F16_compute_fp32.glsl": 1.177,
    "ArtCNN_C4F16_compute_fp16.glsl": 1.121,
    "ArtCNN_C4F32_compute_fp32.glsl": 4.194,
    "ArtCNN_C4F32_compute_fp16.glsl": 4.686,
    "ArtCNN_C4F16.glsl": 1.268,
    "ArtCNN_C4F32.glsl": 5.571,
    "CuNNy-fast-DS.glsl": 0.292,
    "CuNNy-4x16-DS.glsl": 0.988,
    "CuNNy-4x16-DS-Q.glsl": 0.670,
    "CuNNy-4x32-DS.glsl": 8.391,
    "CuNNy-8x32-DS.glsl": 17.16,
    "CuNNy-8x32-DS-Q.glsl": 5.480,
}


def _cell(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def vulkan_section(results: dict) -> list[str]:
    width, height = results["input_size"]
    lines = [
        f"## Vulkan (libplacebo): {results.get('renderer', '?')}",
        "",
        f"* Engine: `shadergen bench --engine libplacebo` (libplacebo {results.get('libplacebo', '?')}, "
        f"Vulkan {results.get('vulkan_api', '?')}, driver {results.get('driver', '?')}), "
        f"{width}×{height} → {2 * width}×{2 * height}, {results['frames']} timed frames after "
        f"{results['warmup']} warm-up; started {results['started']}, {results.get('wall_s', '?')} s in all.",
        f"* Method: {results.get('method', '—')}.",
        "* Reproduce: `python bench/vulkan.py --peers bench/peers` (clones the peer repositories into "
        "bench/peers/repos when missing; bench/peers/ is ignored by git), with libplacebo-dev and a "
        "Vulkan driver installed. On the team's device machine (kind `nvidia-h200`, carrying `.gl`, `.whl`, "
        "the prepared `bench/peers`, and in `.carry-lead` the `.deb` files of libplacebo208, liblcms2-2 "
        f"and libepoxy0 and the helper built here) the one command was (recorded: `{results['command']}`):",
        "",
        f"  `{DEVICE_COMMAND}`",
        "",
        "* The peers (`peers/…`, official ArtCNN v1.6.2 and CuNNy, never committed) come from the public "
        "repositories that bench/vulkan.py names. Baseline: the independent measurement of "
        "/work/shared/docs/vulkan-baseline.md (same machine kind, same libplacebo; median of the "
        "samples after 100 frames). Other passes: libplacebo's own passes in the same frames "
        "(plane conversion, output encoding), outside the frame time.",
        "",
        "| shader | ms/frame (median) | p90 | passes | TFLOP/s | baseline ms | other passes ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for entry in results["shaders"]:
        name = Path(entry["shader"]).name
        others = sum(p["median_ms"] for p in entry.get("other_passes", []))
        lines.append(
            f"| `{entry['shader']}` | {_cell(entry['median_ms'])} | {_cell(entry['p90_ms'])} | "
            f"{len(entry['passes'])} | {_cell(entry['tflops'], 2)} | {_cell(BASELINE_MS.get(name))} | "
            f"{_cell(others)} |"
        )
    lines += [f"| `{f['shader']}` | failed: {f['error']} | | | | | |" for f in results["failures"]]
    ratios = [
        entry["median_ms"] / BASELINE_MS[Path(entry["shader"]).name]
        for entry in results["shaders"]
        if Path(entry["shader"]).name in BASELINE_MS
    ]
    if ratios:
        lines += [
            "",
            f"Against the baseline: {len(ratios)} shaders, this run / baseline = {min(ratios):.3f} to "
            f"{max(ratios):.3f} (median {sorted(ratios)[len(ratios) // 2]:.3f}).",
        ]
    return lines + [""]
