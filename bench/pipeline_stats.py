"""What NVIDIA's Vulkan driver compiles for each pass: registers, shared memory, machine code.

    python bench/pipeline_stats.py build --out DIR             # the layer (gcc, Vulkan headers)
    python bench/pipeline_stats.py run --layer DIR --out STATS SHADER...   # on the GPU machine
    python bench/pipeline_stats.py sass STATS                  # where nvdisasm and zstd are
    python bench/pipeline_stats.py table STATS [--record FILE.json]

libplacebo creates its pipelines itself, so the statistics of VK_KHR_pipeline_executable_properties
cannot be asked for from outside. ``build`` compiles ``pipeline_stats_layer.c`` into a Vulkan layer
that enables the extension, adds the capture flags to every compute pipeline and writes, per
pipeline, the driver's statistics (NVIDIA 580: registers per invocation, binary size, shared memory),
its SPIR-V and the pipeline alone in a fresh pipeline cache. ``run`` runs each SHADER for one frame
in libplacebo (``shadergen bench --engine libplacebo``) under the layer, into STATS/<shader stem>/.
``sass`` cuts the machine code out of each cache (NVIDIA's cache entry holds a zstd frame whose
payload carries the code, ending in NOPs; its length is the "Binary Size" statistic) and
disassembles it with ``nvdisasm -b SM90`` (the H200; ``--arch`` for others). ``table`` pairs the
pipelines with the passes in the order libplacebo compiled them (its first frame runs them in file
order; the passes whose WHEN is false at that size never compile) and prints, per pass, the
registers, what they allow per multiprocessor (65536 registers, 64 warps) and the instruction mix.

A diagnostic for bench/README.md: nothing in shadergen or its tests uses it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from run import write_atomically  # noqa: E402  (bench/ is not a package)

LAYER_NAME = "VK_LAYER_SHADERGEN_pipeline_stats"
LIBRARY = "libshadergen_stats_layer.so"
ZSTD_MAGIC = bytes.fromhex("28b52ffd")
NOP = bytes.fromhex("18790000000000000000000000c00f00")  # sm_90 NOP, the padding after EXIT
OPCODES = ("HMMA", "FFMA", "HFMA2", "IDP", "MOVM", "LDSM", "LDS", "STS", "TLD", "SUST", "BAR", "BRA")
INSTRUCTION = re.compile(r"/\*[0-9a-f]{4,}\*/\s+(?:@!?U?P[T0-9]+\s+)?([A-Z][A-Z0-9_]*)")
REGISTER_FILE, MAX_WARPS, WARP = 65536, 64, 32


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-Wall", "-o", str(out / LIBRARY),
                    str(REPO / "bench" / "pipeline_stats_layer.c")], check=True)
    manifest = {"file_format_version": "1.1.2",
                "layer": {"name": LAYER_NAME, "type": "GLOBAL", "library_path": f"./{LIBRARY}",
                          "api_version": "1.3.239", "implementation_version": "1",
                          "description": "shadergen: compute pipeline statistics (bench/pipeline_stats.py)"}}
    (out / "shadergen_stats_layer.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"layer in {out}")


def run(layer: Path, out: Path, shaders: list[Path], size: str) -> None:
    for shader in shaders:
        target = out / shader.stem
        target.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "VK_LAYER_PATH": str(layer.resolve()), "VK_INSTANCE_LAYERS": LAYER_NAME,
               "SHADERGEN_STATS_DIR": str(target.resolve())}
        result = subprocess.run([sys.executable, "-m", "shadergen", "bench", "--engine", "libplacebo",
                                 "--size", size, "--frames", "1", "--warmup", "0", "--json", str(shader)],
                                env=env, capture_output=True, text=True, cwd=REPO)
        if result.returncode:
            print(f"{shader}: shadergen bench failed: {result.stderr.strip()[-300:]}")
            continue
        bench = json.loads(result.stdout)
        passes = [p["desc"] for s in bench["shaders"] for p in s["passes"]]
        (target / "passes.json").write_text(json.dumps(passes, indent=1) + "\n")
        print(f"{shader}: {len(list(target.glob('pipeline-*.txt')))} pipelines, {len(passes)} passes")


def machine_code(cache: bytes, size: int) -> bytes | None:
    """The ``size`` bytes of code in an NVIDIA pipeline-cache blob, or None."""
    start = cache.find(ZSTD_MAGIC)
    if start < 0:
        return None
    try:
        payload = subprocess.run(["zstd", "-d", "-c"], input=cache[start:], capture_output=True).stdout
    except FileNotFoundError:
        sys.exit("zstd is not on PATH: it decompresses NVIDIA's pipeline-cache entries")
    end = payload.find(NOP)
    if end < 0:
        return None
    while payload[end:end + len(NOP)] == NOP:
        end += len(NOP)
    return payload[end - size:end] if end >= size else None


def statistics(text: str) -> dict:
    stats = {}
    for name, value in re.findall(r"^stat (.+?) = (\S+) \|", text, re.M):
        stats[name] = int(value) if value.isdigit() else value
    return stats


def sass(stats_dir: Path, arch: str) -> None:
    for info in sorted(stats_dir.glob("*/pipeline-*.txt")):
        stats = statistics(info.read_text())
        cache = info.with_suffix(".cache")
        if "Binary Size" not in stats or not cache.exists():
            continue
        code = machine_code(cache.read_bytes(), stats["Binary Size"])
        if code is None:
            print(f"{info}: no machine code found in the cache")
            continue
        binary = info.with_suffix(".bin")
        binary.write_bytes(code)
        try:
            listing = subprocess.run(["nvdisasm", "-b", arch, str(binary)], capture_output=True, text=True)
        except FileNotFoundError:
            print("nvdisasm is not on PATH (CUDA's toolkit has it): machine code cut out, not disassembled")
            return
        if listing.returncode:
            print(f"{info}: nvdisasm failed: {listing.stderr.strip()[:200]}")
            continue
        info.with_suffix(".sass").write_text(listing.stdout)
    print(f"disassembled into {stats_dir}")


def occupancy(registers: int, threads: int, shared: int) -> int:
    """Workgroups per multiprocessor that registers (allocated per warp in 256s) and 228 KiB of
    shared memory allow."""
    warps = -(-threads // WARP)
    per_warp = -(-registers * WARP // 256) * 256
    by_registers = REGISTER_FILE // (per_warp * warps)
    by_warps = MAX_WARPS // warps
    by_shared = (228 * 1024) // shared if shared else by_warps
    return min(by_registers, by_warps, by_shared)


def table(stats_dir: Path, record: Path | None) -> None:
    rows = []
    for folder in sorted(p for p in stats_dir.iterdir() if p.is_dir()):
        passes_file = folder / "passes.json"
        passes = json.loads(passes_file.read_text()) if passes_file.exists() else []
        infos = sorted(folder.glob("pipeline-*.txt"))
        for index, info in enumerate(infos):
            text = info.read_text()
            stats = statistics(text)
            local = re.search(r"^local_size (\d+) (\d+) (\d+)", text, re.M)
            threads = int(local[1]) * int(local[2]) * int(local[3]) if local else 0
            listing = info.with_suffix(".sass")
            ops = collections.Counter()
            if listing.exists():
                ops = collections.Counter(m.split(".")[0] for m in INSTRUCTION.findall(listing.read_text()))
            registers = stats.get("Register Count", 0)
            shared = stats.get("Shared Memory Size", 0)
            blocks = occupancy(registers, threads, shared) if threads and registers else None
            rows.append({"shader": folder.name,
                         "pass": passes[index] if len(passes) == len(infos) else f"pipeline {index}",
                         "threads": threads, "registers": registers, "shared_bytes": shared,
                         "binary_bytes": stats.get("Binary Size", 0),
                         "workgroups_per_sm": blocks,
                         "instructions": sum(ops.values()),
                         "opcodes": {op: ops[op] for op in OPCODES if ops[op]}})
    print("| shader | pass | threads | registers | workgroups / SM | shared B | instructions | mix |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for row in rows:
        mix = " ".join(f"{op} {n}" for op, n in row["opcodes"].items())
        print(f"| {row['shader']} | {row['pass']} | {row['threads']} | {row['registers']} | "
              f"{row['workgroups_per_sm']} | {row['shared_bytes']} | {row['instructions']} | {mix} |")
    if record:
        write_atomically(record, json.dumps({"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                                             "command": " ".join(sys.argv), "passes": rows}, indent=1) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    command = sub.add_parser("build")
    command.add_argument("--out", type=Path, required=True)
    command = sub.add_parser("run")
    command.add_argument("--layer", type=Path, required=True)
    command.add_argument("--out", type=Path, required=True)
    command.add_argument("--size", default="1920x1080")
    command.add_argument("shaders", type=Path, nargs="+")
    command = sub.add_parser("sass")
    command.add_argument("stats", type=Path)
    command.add_argument("--arch", default="SM90")
    command = sub.add_parser("table")
    command.add_argument("stats", type=Path)
    command.add_argument("--record", type=Path)
    args = parser.parse_args()
    if args.what == "build":
        build(args.out)
    elif args.what == "run":
        run(args.layer, args.out, args.shaders, args.size)
    elif args.what == "sass":
        sass(args.stats, args.arch)
    else:
        table(args.stats, args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
