"""Sample the NVIDIA GPU's SM clock while a shader is timed, so results.md can show the clock state.

An H100 idles at a few hundred MHz and boosts to ~2 GHz under load; a benchmark with long CPU gaps
between frames measured 4-6x slower frames (first GPU run of bench/run.py, per-frame read-back of
the 4K output). The samples say whether the timed frames ran at boost clock.
"""

from __future__ import annotations

import shutil
import subprocess
import threading

SAMPLE_MS = 50  # nvidia-smi's loop interval: several samples even for a one-second shader
QUERY = ["--query-gpu=clocks.sm", "--format=csv,noheader,nounits", f"-lms={SAMPLE_MS}"]


class ClockSampler:
    """``with ClockSampler() as clocks: ...``; then ``clocks.summary()`` (None without nvidia-smi)."""

    def __init__(self):
        self._samples: list[int] = []
        self._process = None
        self._reader = None

    def __enter__(self):
        program = shutil.which("nvidia-smi")
        if program is None:
            return self
        self._process = subprocess.Popen(
            [program, *QUERY], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        return self

    def _read(self) -> None:
        for line in self._process.stdout:
            value = line.strip().split(",")[0]
            if value.isdigit():
                self._samples.append(int(value))

    def __exit__(self, *exc) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=5)
            self._reader.join(timeout=5)

    def summary(self) -> dict | None:
        if not self._samples:
            return None
        ordered = sorted(self._samples)
        return {
            "samples": len(ordered),
            "min_mhz": ordered[0],
            "median_mhz": ordered[len(ordered) // 2],
            "max_mhz": ordered[-1],
        }
