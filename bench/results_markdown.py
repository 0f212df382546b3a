"""Render bench/results.md from the results-MODE.json files that bench/run.py writes."""

from __future__ import annotations

# The device tool's command for the GPU numbers (the machine has no package registry: the wheels
# and GL loaders travel with the call; see /work/.library/device/README.md in the team's workplace).
DEVICE_COMMAND = (
    "for f in .gl/*.deb; do dpkg -x $f /; done; ldconfig; python3 -m pip install -q --no-index --no-deps "
    "--no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:$PWD "
    "|| exit; export "
    "__EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json; "
    "PYTHONUNBUFFERED=1 python3 bench/run.py --out $OUT/gl --machine nvidia-h200 --deadline 150"
)
# Issue 6's baseline: the official ArtCNN v1.6.2 shaders, same method, independent harness, one H100.
OFFICIAL_BASELINE = (
    ("C4F16 compute (8 passes)", "1.81", "0.88", "28"),
    ("C4F32 compute (8 passes)", "16.9", "7.6", "11.7"),
    ("C4F16 fragment (26 passes, older release)", "77", "32", "< 1"),
)
# Issue 6: the H100's FP32 rate, and the acceptance times per 1080p frame (compute, fp32 arithmetic).
H100_FP32_TFLOPS = 67.0
TARGETS_1080P_MS = {"ArtCNN_C4F16_compute_fp32.glsl": 1.2, "ArtCNN_C4F32_compute_fp32.glsl": 4.5}
OFFICIAL_1080P_MS = {"ArtCNN_C4F16_compute_fp32.glsl": 1.81, "ArtCNN_C4F32_compute_fp32.glsl": 16.9}
ACCEPTANCE = (
    "Issue 6 acceptance on the H100: C4F16 compute <= 1.2 ms per 1080p frame, C4F32 compute <= 4.5 ms; "
    "fragment variants no slower than the official fragment layout (C4F16: 77 ms at 1080p)."
)


def _ms(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def _rate(value) -> str:
    return "—" if value is None else f"{value:.3g}"


def _clock(summary) -> str:
    """Median SM clock while the shader was timed (compilation included), and the lowest sample."""
    return "—" if not summary else f"{summary['median_mhz']} (min {summary['min_mhz']})"


def _size(run: dict) -> str:
    width, height = run["input_size"]
    return f"{width}×{height}"


def _shader_names(runs: list[dict]) -> list[str]:
    names = []
    for run in runs:
        for entry in run["shaders"] + run["failures"]:
            if entry["shader"] not in names:
                names.append(entry["shader"])
    return sorted(names)


def _by_shader(run: dict) -> dict:
    return {entry["shader"]: entry for entry in run["shaders"]}


def _section(results: dict) -> list[str]:
    runs = results["runs"]
    if not runs:
        return [f"## {results['mode']}: no run recorded", ""]
    first = runs[0]
    title = results.get("machine") or first["renderer"]
    fp16 = (
        "yes: the fp16 files ran float16 arithmetic"
        if first["fp16_arithmetic"]
        else "no: the fp16 files ran their float (fp32) fallback, so they time the fp32 path"
    )
    lines = [
        f"## {title}",
        "",
        f"* GPU (GL_RENDERER): {first['renderer']}",
        f"* Driver: {first['driver']} (GL_VERSION {first['gl_version']}, vendor {first['vendor']})",
        f"* Date: {results['date']}; Python {results['python']}, moderngl {results['moderngl']}",
        f"* Frames: {first['frames']} timed after {first['warmup']} warm-up, per size; output 2× the input",
        f"* GLSL float16 arithmetic (GL_EXT_shader_explicit_arithmetic_types_float16 defined): {fp16}",
        f"* Reproduce: `{results['command']}` (writes results-{results['mode']}.json and this file)",
    ]
    if not results.get("complete", False):
        lines.append("* **Incomplete run**: see the failures below.")
    lines += ["", "### Milliseconds per frame (GPU time, sum of the passes)", ""]
    clocked = any(entry.get("sm_clock") for run in runs for entry in run["shaders"])
    if clocked:
        window = results.get("clock_window", "compilation, warm-up and timed frames")
        lines += [
            f"SM MHz: nvidia-smi samples of the SM clock every 50 ms over the shader's {window}: median "
            "(lowest). min: the fastest frame.",
            "",
        ]
    header = "| shader | passes |" + "".join(
        f" {_size(run)} median | p90 | min | TFLOP/s |" + (" SM MHz |" if clocked else "") for run in runs
    )
    lines += [header, "|---|---:|" + ("---:|---:|---:|---:|" + ("---:|" if clocked else "")) * len(runs)]
    tables = [_by_shader(run) for run in runs]
    names = _shader_names(runs)
    for name in names:
        entries = [table.get(name) for table in tables]
        passes = next((len(entry["passes"]) for entry in entries if entry), None)
        cells = "".join(
            f" {_ms(e and e['median_ms'])} | {_ms(e and e['p90_ms'])} | {_ms(e and min(e['frame_ms']))} |"
            f" {_rate(e and e['tflops'])} |" + (f" {_clock(e and e.get('sm_clock'))} |" if clocked else "")
            for e in entries
        )
        # A shader spliced in from an earlier run (its "measured_in" says which) is marked with a *.
        earlier = " \\*" if any(entry and entry.get("measured_in") for entry in entries) else ""
        count = passes if passes is not None else "—"
        lines.append(f"| `{name.rsplit('/', 1)[-1]}`{earlier} | {count} |{cells}")
    spliced = sorted({entry["measured_in"] for table in tables for entry in table.values()
                      if entry.get("measured_in")})
    lines += [""] + [f"\\* Timed in {note}." for note in spliced] if spliced else []
    failures = [(run, failure) for run in runs for failure in run["failures"]]
    if failures:
        lines += ["", "Failures:", ""]
        lines += [f"* {_size(run)} `{f['shader']}`: {f['error']}" for run, f in failures]
    lines += ["", "### Per pass (median ms)", ""]
    for name in names:
        entries = [table.get(name) for table in tables]
        known = next((entry for entry in entries if entry), None)
        if known is None:
            continue
        network = (
            f"{known['network']}, {known['flops_source']}" if known["network"] else known["flops_source"]
        )
        lines += [
            f"`{name}` (sha256 {known['sha256'][:12]}; FLOPs: {network})",
            "",
            "| # | pass |" + "".join(f" {_size(run)} |" for run in runs),
            "|---:|---|" + "---:|" * len(runs),
        ]
        for index, step in enumerate(known["passes"]):
            cells = "".join(
                f" {_ms(e['passes'][index]['median_ms']) if e and index < len(e['passes']) else '—'} |"
                for e in entries
            )
            lines.append(f"| {index + 1} | {step['desc']} |{cells}")
        lines.append("")
    return lines


def _acceptance(results: dict) -> list[str]:
    """The issue's compute targets against this run's 1080p numbers, with the share of FP32 peak."""
    run = next((r for r in results["runs"] if r["input_size"] == [1920, 1080]), None)
    if run is None:
        return []
    by_name = {entry["shader"].rsplit("/", 1)[-1]: entry for entry in run["shaders"]}
    lines = [
        f"| shader (1920×1080) | measured ms | % of {H100_FP32_TFLOPS:g} TFLOP/s | target ms | target met |"
        " official ms |",
        "|---|---:|---:|---:|---|---:|",
    ]
    for name, target in TARGETS_1080P_MS.items():
        entry = by_name.get(name)
        if entry is None or entry["tflops"] is None:
            continue
        share = 100.0 * entry["tflops"] / H100_FP32_TFLOPS
        met = "yes" if entry["median_ms"] <= target else "no"
        lines.append(f"| `{name}` | {entry['median_ms']:.3f} | {share:.0f} % | {target} | {met} |"
                     f" {OFFICIAL_1080P_MS[name]} |")
    return lines + [""]


def render_results(all_results: list[dict], vulkan: dict | None = None) -> str:
    """The whole file; ``vulkan``: bench/vulkan.py's results, a section of their own at the end."""
    method = next((r["runs"][0]["method"] for r in all_results if r["runs"]), None)
    lines = [
        "# shadergen benchmark results",
        "",
        "Generated by `bench/run.py` from the `results-*.json` files beside this one (every number, with"
        " each frame's time). Reproduce:",
        "",
        "* GPU (NVIDIA through EGL): `python bench/run.py` from the repository root, with shadergen's"
        " dependencies installed. On the team's device machine (kind `nvidia-h200`, carrying `.whl`"
        " and `.gl`), the one command was:",
        "",
        f"  `{DEVICE_COMMAND}`",
        "",
        "* CPU only (Mesa llvmpipe): `python bench/run.py --mode llvmpipe`.",
        "* One shader: `shadergen bench dist/NAME.glsl --size 1920x1080 --frames 100 --warmup 20 --json`.",
        "",
        f"Method: {method}." if method else "Method: see shadergen/benchmark.py.",
        "TFLOP/s = FLOPs per frame (network.flops_per_pixel × input pixels, where flops_per_pixel = 2 × the"
        " multiply-adds of every convolution per low-resolution pixel) / median frame time.",
        "",
        "The frames are submitted back to back and every pass has its own query, read after the last"
        " frame, so the GPU is never idle waiting for the CPU between passes. The SM MHz column samples"
        " nvidia-smi every 50 ms over each shader's warm-up and timed frames: for the light shaders that"
        " window is short and its first samples catch the clock before the work raises it, so a low"
        " median there is not the clock of the frames (bench/README.md: files of identical arithmetic"
        " time within 0.2 % whatever that column says).",
        "",
    ]
    for results in all_results:
        lines += _section(results)
        if results["mode"] == "gpu":
            lines += [
                "Reference, from issue 6 (official ArtCNN v1.6.2 shaders, same method, independent harness,"
                " one H100 80GB HBM3, driver 580):",
                "",
                "| official shader | ms/frame 1080p | ms/frame 720p | FP32 TFLOP/s |",
                "|---|---:|---:|---:|",
                *(f"| {name} | {a} | {b} | {c} |" for name, a, b, c in OFFICIAL_BASELINE),
                "",
                ACCEPTANCE,
                "",
                *_acceptance(results),
            ]
    if vulkan is not None:
        from vulkan_markdown import vulkan_section

        lines += vulkan_section(vulkan)
    return "\n".join(lines).rstrip() + "\n"
