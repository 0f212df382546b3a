"""Time dist/ and the peer shaders inside libplacebo on Vulkan; write results-vulkan.json and results.md.

    python bench/vulkan.py --peers DIR --out bench/results-vulkan.json

Every shader goes through ``shadergen bench --engine libplacebo``'s library: libplacebo's own
renderer and per-pass GPU timers, 1920x1080 8-bit 4:2:0 in, 3840x2160 out, median of 100 frames
after 20 warm-up. The peers (never committed) are the official ArtCNN v1.6.2 shaders and CuNNy's
DS shaders, fp32 and int8 (dp4a, ``-Q``); ``--peers DIR`` prepares them in DIR from checkouts of
their public repositories (``DIR/repos/OWNER+NAME``, cloned with git when missing, or given with
``--repo OWNER/NAME=PATH``), undoing the three local edits of the mpv_PlayKit copies that
/work/shared/docs/vulkan-baseline.md lists. The JSON is rewritten after every shader; a shader that
fails is recorded with its one-line error. ``--render`` only rewrites results.md.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from run import VULKAN_JSON, render, write_atomically  # noqa: E402  (bench/ is not a package)

from shadergen.benchmark import bench_shaders  # noqa: E402
from shadergen.errors import ShadergenError  # noqa: E402

SIZE = (1920, 1080)
FRAMES, WARMUP = 100, 20
KOSHACHIJ, PLAYKIT, CUNNY = "KOSHACHIJ/mpv-config", "omgitskali/mpv_PlayKit", "funnyplanter/CuNNy"
# (file name in DIR, repository, path in it); ArtCNN C4F16 v1.6.2 unmodified from KOSHACHIJ.
PEERS = (
    ("ArtCNN_C4F16.glsl", KOSHACHIJ, "shaders/ArtCNN_C4F16.glsl"),
    ("ArtCNN_C4F16_DS.glsl", PLAYKIT, "portable_config/shaders/ArtCNN_C4F16_DS.glsl"),
    ("ArtCNN_C4F16_DN.glsl", PLAYKIT, "portable_config/shaders/ArtCNN_C4F16_DN.glsl"),
    ("ArtCNN_C4F32.glsl", PLAYKIT, "portable_config/shaders/ArtCNN_C4F32.glsl"),
    *((f"CuNNy-{n}-DS.glsl", CUNNY, f"mpv/ds/CuNNy-{n}-DS.glsl") for n in ("fast", "4x16", "4x32", "8x32")),
    *((f"CuNNy-{n}-DS-Q.glsl", CUNNY, f"mpv/ds/dp4a/CuNNy-{n}-DS-Q.glsl") for n in ("4x16", "4x32", "8x32")),
)
# mpv_PlayKit's edits: a first comment line pointing at its wiki, "[ArtCNN_C4F32]" or
# "[ArtCNN_C4F16_DS][v1.4.1]" DESC labels, and WHEN thresholds "LUMA.w 1.200 *" for "LUMA.w / 1.3".
PLAYKIT_BANNER = re.compile(r"\A// [^\n]*mpv_PlayKit/wiki[^\n]*\n\n")
PLAYKIT_DESC = re.compile(r"^//!DESC \[ArtCNN_([A-Za-z0-9_]+)\](?:\[v[0-9.]+\])? ", re.MULTILINE)
PLAYKIT_WHEN = re.compile(r"LUMA\.([wh]) 1\.200 \*")


def undo_playkit_edits(text: str) -> str:
    text = PLAYKIT_BANNER.sub("", text, count=1)
    text = PLAYKIT_DESC.sub(lambda m: f"//!DESC ArtCNN {m[1].replace('_', ' ')} ", text)
    return PLAYKIT_WHEN.sub(r"LUMA.\1 / 1.3", text)


def _checkout(repo: str, peers_dir: Path, given: dict[str, Path]) -> Path:
    if repo in given:
        return given[repo]
    path = peers_dir / "repos" / repo.replace("/", "+")
    if not path.exists():
        url = f"https://github.com/{repo}.git"
        subprocess.run(["git", "clone", "--quiet", "--depth", "1", url, str(path)], check=True)
    return path


def prepare_peers(peers_dir: Path, given: dict[str, Path]) -> list[Path]:
    """Write the peer shaders into ``peers_dir`` (from git checkouts, bare or not) unless already there
    and no checkout is given; return their paths."""
    peers_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, repo, inner in PEERS:
        target = peers_dir / name
        paths.append(target)
        if target.is_file() and repo not in given:
            continue  # prepared before
        checkout = _checkout(repo, peers_dir, given)
        text = subprocess.run(
            ["git", "-C", str(checkout), "show", f"HEAD:{inner}"], capture_output=True, text=True, check=True
        ).stdout
        if repo == PLAYKIT:
            text = undo_playkit_edits(text)
        target.write_text(text, encoding="utf-8")
    return paths


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return f"peers/{path.name}"


def run(shaders: list[Path], out: Path, command: str, size=SIZE, frames=FRAMES, warmup=WARMUP) -> dict:
    results = {
        "engine": "libplacebo",
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "input_size": list(size),
        "frames": frames,
        "warmup": warmup,
        "shaders": [],
        "failures": [],
    }
    started = time.monotonic()
    for path in shaders:
        began = time.monotonic()
        try:
            report = bench_shaders([str(path)], size, warmup, frames, engine="libplacebo")
        except ShadergenError as error:
            results["failures"].append({"shader": _shown(path), "error": str(error)})
            print(f"{path.name}: FAILED {error}", flush=True)
        else:
            entry = report["shaders"][0]
            entry["shader"] = _shown(path)
            for timing in entry["passes"]:
                timing.pop("times_ms")  # kept: each frame's total (frame_ms) and each pass's median
            entry["wall_s"] = round(time.monotonic() - began, 1)
            results["shaders"].append(entry)
            for key in ("renderer", "driver", "vulkan_api", "libplacebo", "method"):
                results[key] = report[key]
            print(f"{path.name}: {entry['median_ms']:.3f} ms ({entry['wall_s']} s)", flush=True)
        results["wall_s"] = round(time.monotonic() - started, 1)
        write_atomically(out, json.dumps(results, indent=1) + "\n")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=Path, help="folder for the peer shaders (prepared there)")
    parser.add_argument("--repo", action="append", default=[], metavar="OWNER/NAME=PATH",
                        help="an existing checkout of a peer repository (else cloned into PEERS/repos)")
    parser.add_argument("--prepare-only", action="store_true", help="prepare the peers, time nothing")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / VULKAN_JSON)
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="folder of our shaders to time")
    parser.add_argument("--render", action="store_true", help="only rewrite results.md from the JSON")
    parser.add_argument("--size", type=int, nargs=2, default=SIZE, metavar=("W", "H"), help="input size")
    parser.add_argument("--frames", type=int, default=FRAMES)
    parser.add_argument("--warmup", type=int, default=WARMUP)
    args = parser.parse_args()
    if not args.render:
        given = dict((k, Path(v)) for k, _, v in (item.partition("=") for item in args.repo))
        peers = prepare_peers(args.peers, given) if args.peers else []
        if not args.prepare_only:
            dist = sorted(args.dist.glob("*.glsl"))
            command = "python bench/vulkan.py " + " ".join(sys.argv[1:])
            run(dist + peers, args.out, command, tuple(args.size), args.frames, args.warmup)
    if args.out.parent == REPO / "bench":
        render(args.out.parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
