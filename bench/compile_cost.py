"""Compile cost of every dist/ file, the texture-weight C4F16/C4F32 and R8F64 files, and (when given)
the official ArtCNN shaders: writes bench/compile-cost.md and bench/compile-cost.json.

    python bench/compile_cost.py [--r8f64 PATH/r8f64.keras] [--official FILE.glsl ...]

The texture-weight files are built into a temporary folder; peer shaders are measured where they
lie and never copied into the repository. Measured with `shadergen cost` (lint/compile_cost.py).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.codegen.generate import generate_from_file  # noqa: E402
from shadergen.lint.compile_cost import compile_cost  # noqa: E402


def _tool_version(args: list[str]) -> str:
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return out.strip().splitlines()[0] if out.strip() else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--r8f64", type=Path, help="the shared r8f64.keras (random weights, R8F64 shape)")
    parser.add_argument("--official", type=Path, nargs="*", default=[], help="official ArtCNN .glsl files")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        built = []
        for model in ("ArtCNN_C4F16", "ArtCNN_C4F32"):
            shader = generate_from_file(REPO / "weights" / f"{model}.keras", weights_in="texture")
            path = Path(scratch) / f"{model}_compute_fp32_texture.glsl"
            path.write_text(shader.text, encoding="utf-8")
            built.append(path)
        if args.r8f64:
            path = Path(scratch) / "r8f64_compute_fp32_texture.glsl"
            path.write_text(generate_from_file(args.r8f64).text, encoding="utf-8")
            built.append(path)
        paths = sorted((REPO / "dist").glob("*.glsl")) + built + list(args.official)
        for path in paths:
            cost = compile_cost(path)
            kind = "official" if path in args.official else "texture" if path in built else "literal (dist)"
            rows.append({**cost.as_dict(), "shader": path.name, "placement": kind})
            print(path.name, f"{cost.glslang_s:.2f} s glslang, {cost.gl_compile_s:.2f} s GL", flush=True)
    meta = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": platform.machine(),
            "glslang": _tool_version(["glslangValidator", "--version"]),
            "spirv_cross": _tool_version(["spirv-cross", "--revision"]),
            "gl_renderer": rows[0]["gl_renderer"]}
    report = json.dumps({"meta": meta, "shaders": rows}, indent=1) + "\n"
    (REPO / "bench" / "compile-cost.json").write_text(report, encoding="utf-8")
    lines = [
        "# Compile cost (issue 12)", "",
        f"Measured {meta['date']} with `shadergen cost` ({meta['gl_renderer']}; {meta['glslang']}): GLSL",
        "bytes of code and of embedded TEXTURE data; glslang time to Vulkan 1.2 SPIR-V over all passes (and",
        "the slowest pass), with libplacebo's preamble; spirv-cross HLSL bytes and time (the D3D11 path);",
        "Mesa OpenGL compile + link of every pass in shadergen's runtime, shader cache off. The tools run",
        "one at a time, but on the team's shared 2-core machine (load 7-10): times are wall seconds and vary",
        "by 2x between runs; bytes are exact.",
        "Reproduce: `python bench/compile_cost.py --r8f64 /work/shared/fixtures/large/r8f64.keras",
        "--official ArtCNN_C4F16.glsl` (the official file: KOSHACHIJ/mpv-config shaders/, not in this",
        "repository).",
        "",
        "| shader | weights | passes | code KB | data KB | glslang s | slowest pass s | HLSL KB | "
        "spirv-cross s | Mesa GL s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| `{row['shader']}` | {row['placement']} | {row['passes']} | {row['code_bytes'] / 1000:.1f} "
            f"| {row['data_bytes'] / 1000:.1f} | {row['glslang_s']:.2f} | {row['glslang_max_pass_s']:.2f} "
            f"| {row['hlsl_bytes'] / 1000:.1f} | {row['spirv_cross_s']:.2f} | {row['gl_compile_s']:.2f} |")
    (REPO / "bench" / "compile-cost.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
