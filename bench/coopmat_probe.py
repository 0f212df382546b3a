"""Can an mpv user shader reach the tensor cores? Probe shaders for GL_NV_cooperative_matrix.

libplacebo compiles hook shaders with the glslang it carries (Debian 12's libplacebo 4.208 knows
GL_NV_cooperative_matrix, not the later GL_KHR_cooperative_matrix) and never enables the
VK_NV_cooperative_matrix device extension. Whether a driver runs such a shader anyway is a question
for a measurement, which this script makes:

* ``build --out DIR`` writes one small compute hook per matrix shape and accumulator type. Each
  workgroup (one subgroup of 32 invocations) fills two fp16 matrices in shared memory with small
  exact values, multiplies them with ``coopMatMulAddNV``, and checks every product element against a
  scalar loop; every pixel it writes is 0.75 when all elements agree and 0.25 when one does not. A
  ``control`` shader does the same check with no cooperative matrix (always 0.75 where shaders run).
  ``throughput_*`` shaders repeat the multiply-add ``REPEAT`` times per workgroup, for ``bench``.
* ``check DIR`` runs each probe with ``shadergen run --engine libplacebo`` on a 64x48 frame and
  writes a JSON record: compiled/ran, the minimum and maximum output, and libplacebo's error lines.

Result on the H200 (NVIDIA Vulkan driver) and on lavapipe: ``bench/coopmat-probe.json``, with the
reproduce command in ``bench/README.md`` ("Tensor cores from a user shader").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

SHAPES = ((16, 16, 16), (16, 8, 16), (16, 8, 8))  # (M, N, K) of VK_NV_cooperative_matrix on NVIDIA
ACCUMULATORS = (16, 32)  # bits of the C/D matrices
REPEAT = 256  # multiply-adds per workgroup in the throughput shaders
SUBGROUP = 32

HEADER = """//!DESC coopmat probe {name}
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 32 1

#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
{extensions}
shared float16_t sa[{m} * {k}];
shared float16_t sb[{k} * {n}];
shared {acc_type} sc[{m} * {n}];

void hook()
{{
    uint t = gl_LocalInvocationIndex;
    for (uint i = t; i < {m}u * {k}u; i += 32u)
        sa[i] = float16_t(float(int(((i / {k}u) * 3u + (i % {k}u) * 5u) % 7u) - 3) * 0.5);
    for (uint i = t; i < {k}u * {n}u; i += 32u)
        sb[i] = float16_t(float(int(((i / {n}u) * 2u + (i % {n}u) * 7u) % 5u) - 2) * 0.25);
    barrier();
{body}
    barrier();
    bool ok = true;
    for (uint i = t; i < {m}u * {n}u; i += 32u) {{
        float s = 0.0;
        for (uint j = 0u; j < {k}u; j++)
            s += float(sa[(i / {n}u) * {k}u + j]) * float(sb[j * {n}u + i % {n}u]);
        ok = ok && abs(float(sc[i]) - s * {repeat}.0) <= {tol};
    }}
    imageStore(out_image, ivec2(gl_GlobalInvocationID.xy), vec4(ok ? 0.75 : 0.25));
}}
"""

COOPMAT_EXTENSIONS = """#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
"""

COOPMAT_BODY = """    fcoopmatNV<16, gl_ScopeSubgroup, {m}, {k}> a;
    fcoopmatNV<16, gl_ScopeSubgroup, {k}, {n}> b;
    fcoopmatNV<{bits}, gl_ScopeSubgroup, {m}, {n}> c = fcoopmatNV<{bits}, gl_ScopeSubgroup, {m}, {n}>(0.0);
    coopMatLoadNV(a, sa, 0u, {k}u, false);
    coopMatLoadNV(b, sb, 0u, {n}u, false);
    for (int r = 0; r < {repeat}; r++)
        c = coopMatMulAddNV(a, b, c);
    coopMatStoreNV(c, sc, 0u, {n}u, false);"""

CONTROL_BODY = """    for (uint i = t; i < {m}u * {n}u; i += 32u) {{
        float s = 0.0;
        for (uint j = 0u; j < {k}u; j++)
            s += float(sa[(i / {n}u) * {k}u + j]) * float(sb[j * {n}u + i % {n}u]);
        sc[i] = s * {repeat}.0;
    }}"""


def probe_sources() -> dict[str, str]:
    """File name -> shader text of every probe."""
    sources = {}

    def add(name, body, bits, m, n, k, repeat, extensions):
        acc_type = "float16_t" if bits == 16 else "float"
        tolerance = "0.0" if bits == 32 or repeat == 1 else "32.0"
        fields = dict(m=m, n=n, k=k, bits=bits, repeat=repeat, tol=tolerance)
        sources[f"{name}.glsl"] = HEADER.format(
            name=name, extensions=extensions, acc_type=acc_type, body=body.format(**fields), **fields
        )

    add("control", CONTROL_BODY, 32, 16, 16, 16, 1, "")
    for m, n, k in SHAPES:
        for bits in ACCUMULATORS:
            add(f"nv_{m}x{n}x{k}_acc{bits}", COOPMAT_BODY, bits, m, n, k, 1, COOPMAT_EXTENSIONS)
    # The throughput shaders: REPEAT multiply-adds stay exact in fp32; fp16 sums up to 256 x 12 are
    # not (11 significant bits), so the fp16 one is checked to within 32 (1 % of the largest).
    add("throughput_16x16x16_acc32", COOPMAT_BODY, 32, 16, 16, 16, REPEAT, COOPMAT_EXTENSIONS)
    add("throughput_16x8x16_acc16", COOPMAT_BODY, 16, 16, 8, 16, REPEAT, COOPMAT_EXTENSIONS)
    return sources


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in probe_sources().items():
        (out / name).write_text(text)
    print(f"{len(probe_sources())} probe shaders in {out}")


def check(folder: Path, record: Path) -> None:
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        frame = Path(scratch) / "in.npy"
        np.save(frame, np.full((48, 64), 0.5, np.float32))
        for shader in sorted(folder.glob("*.glsl")):
            out = Path(scratch) / f"{shader.stem}.npy"
            run = subprocess.run(
                [sys.executable, "-m", "shadergen", "run", str(shader), "-i", str(frame), "-o", str(out),
                 "--scale", "1", "--engine", "libplacebo"],
                capture_output=True, text=True, timeout=600, check=False,
            )
            entry = {"exit": run.returncode,
                     "errors": [line for line in run.stderr.splitlines() if "error" in line.lower()][:12]}
            if run.returncode == 0 and out.exists():
                luma = np.load(out)
                low, high = float(luma.min()), float(luma.max())
                entry.update(min=low, max=high, correct=abs(low - 0.75) < 0.01 and abs(high - 0.75) < 0.01)
            results[shader.stem] = entry
            print(shader.stem, json.dumps(entry), flush=True)
    record.write_text(json.dumps(results, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build").add_argument("--out", type=Path, required=True)
    checker = sub.add_parser("check")
    checker.add_argument("folder", type=Path)
    checker.add_argument("--record", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "build":
        build(args.out)
    else:
        check(args.folder, args.record)


if __name__ == "__main__":
    main()
