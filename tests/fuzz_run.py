"""Run the fuzz cases of ``fuzz_cases.py`` against the command line and classify each outcome.

Every case gets an empty folder, its files, then ``python -m shadergen ARGS`` in a subprocess with
a wall-time limit (``TIME_LIMIT_S``) and an address-space ceiling; its peak memory is read back from
``wait4``. Outcomes, worst first (a case gets the first that applies):

* ``hang``: still running at the time limit (then killed);
* ``crash``: ended by a signal;
* ``traceback``: a Python traceback, or an exit code other than 0 and 2 (and 1 for ``lint``);
* ``messy error``: exit 2 without exactly one line on stderr, or with anything on stdout;
* ``memory``: peak resident memory above ``MEMORY_LIMIT_BYTES``;
* ``changed input``: a file that existed before is different or gone (outputs a successful command
  was asked to write excepted);
* ``leftover``: a new file that is not an output of a successful command (temporary files...);
* ``clean``: exit 0, one-line exit 2, or ``lint`` exit 1 with its findings.

The long offline run, whose results are committed in tests/results/fuzz.md::

    nice python tests/fuzz_run.py --seed 17 --weights 1000 --shaders 300 --report tests/results/fuzz.md
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_cases import FuzzCase, path_cases, shader_cases, weight_cases  # noqa: E402

REPOSITORY = Path(__file__).resolve().parent.parent
TIME_LIMIT_S = 30
MEMORY_LIMIT_BYTES = 1 << 30  # the acceptance bound: peak resident memory of the command
ADDRESS_SPACE_CEILING = 16 << 30  # keeps a runaway case from taking the machine down
OUTCOMES = ("clean", "hang", "crash", "traceback", "messy error", "memory", "changed input", "leftover")


@dataclass
class Outcome:
    case: FuzzCase
    outcome: str
    exit_code: int | None
    seconds: float
    peak_bytes: int
    stderr: str

    def describe(self) -> str:
        line = self.stderr.strip().splitlines()[-1] if self.stderr.strip() else ""
        return f"{self.case.name}: {self.outcome} (exit {self.exit_code}, {self.seconds:.1f} s) {line[:300]}"


def _snapshot(folder: Path) -> dict[str, str | None]:
    """Every entry under ``folder``: the SHA-256 of a regular file, None for anything else."""
    entries = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            relative = str(path.relative_to(folder))
            mode = os.lstat(path).st_mode
            entries[relative] = hashlib.sha256(path.read_bytes()).hexdigest() if stat.S_ISREG(mode) else None
    return entries


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CEILING, ADDRESS_SPACE_CEILING))


def _execute(args: list[str], folder: Path) -> tuple[int | None, bool, float, int, str, str]:
    """(exit status or -signal, timed out, seconds, peak bytes, stdout, stderr)."""
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY), "PYTHONDONTWRITEBYTECODE": "1"}
    environment.setdefault("XDG_RUNTIME_DIR", tempfile.gettempdir())
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "shadergen", *args],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=environment,
            preexec_fn=_limit_child,
            start_new_session=True,
        )
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > TIME_LIMIT_S:
                timed_out = True
                os.killpg(process.pid, signal.SIGKILL)
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        _kill_group(process.pid)
        out.seek(0)
        err.seek(0)
        return (
            process.returncode,
            timed_out,
            seconds,
            usage.ru_maxrss * 1024,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def _kill_group(group: int) -> None:
    """Whatever the command left running in its session (it should leave nothing)."""
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_case(case: FuzzCase) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="sg-fuzz-") as name:
        folder = Path(name)
        for relative, data in case.files.items():
            (folder / relative).write_bytes(data)
        if case.setup is not None:
            case.setup(folder)
        before = _snapshot(folder)
        code, timed_out, seconds, peak, stdout, stderr = _execute(case.args, folder)
        after = _snapshot(folder)
    outcome = classify(case, code, timed_out, peak, stdout, stderr, before, after)
    return Outcome(case, outcome, code, seconds, peak, stderr)


def classify(case, code, timed_out, peak, stdout, stderr, before, after) -> str:
    allowed = {0, 2} | ({1} if case.args[:1] == ["lint"] else set())
    if timed_out:
        return "hang"
    if code < 0:
        return "crash"
    if "Traceback" in stderr or code not in allowed:
        return "traceback"
    if code == 2 and (len(stderr.strip().splitlines()) != 1 or stdout.strip()):
        return "messy error"
    if peak > MEMORY_LIMIT_BYTES:
        return "memory"
    outputs = set(case.outputs) if code == 0 else set()
    if any(after.get(path, "gone") != digest for path, digest in before.items() if path not in outputs):
        return "changed input"
    if set(after) - set(before) - outputs:
        return "leftover"
    return "clean"


def run_cases(cases: list[FuzzCase], workers: int = 2, progress=None) -> list[Outcome]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = []
        for outcome in pool.map(run_case, cases):
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes


def all_cases(seed: int, weights: int, shaders: int) -> list[FuzzCase]:
    return weight_cases(seed, weights) + shader_cases(seed, shaders) + path_cases()


def inputs_of(outcomes: list[Outcome], family: str) -> set[str]:
    """The damaged inputs of a family: a shader's run and lint are one input."""
    names = {o.case.name for o in outcomes if o.case.family == family}
    return {name.rsplit("/", 1)[0] for name in names} if family == "shader" else names


def report(outcomes: list[Outcome], command: str, seconds: float) -> str:
    families = ("weights", "shader", "path")
    counts = {family: Counter(o.outcome for o in outcomes if o.case.family == family) for family in families}
    inputs = {
        "weights": len({o.case.name for o in outcomes if o.case.family == "weights"}),
        "shader": len({o.case.name.rsplit("/", 1)[0] for o in outcomes if o.case.family == "shader"}),
        "path": sum(1 for o in outcomes if o.case.family == "path"),
    }
    texture_shaders = len(
        {o.case.name.rsplit("/", 1)[0] for o in outcomes if o.case.name.startswith("shader/texture_weights/")}
    )
    formats = Counter(o.case.name.split("/")[1] for o in outcomes if o.case.family == "weights")
    commands = Counter(o.case.args[0] for o in outcomes)
    exits = Counter(o.exit_code for o in outcomes)
    lines = [
        "# Fuzz run: hostile files, shaders and paths against the command line",
        "",
        f"Command (from the repository root, {seconds / 60:.0f} minutes on a shared 2-core machine):",
        "",
        f"    {command}",
        "",
        f"Run on commit {_commit()}.",
        "",
        f"{len(outcomes)} command runs: {inputs['weights']} damaged weight files "
        f"({', '.join(f'{n} .{f}' for f, n in sorted(formats.items()))}), {inputs['shader']} damaged "
        f"shaders ({texture_shaders} of them the texture-weight shader), {inputs['path']} path, device "
        f"and option cases. Commands: "
        f"{', '.join(f'{c} {n}' for c, n in sorted(commands.items()))}. Exit codes: "
        f"{', '.join(f'{c}: {n}' for c, n in sorted(exits.items(), key=lambda item: str(item[0])))}.",
        f"Limits per run: {TIME_LIMIT_S} s wall time, {MEMORY_LIMIT_BYTES >> 20} MiB peak resident memory; "
        f"slowest run {max(o.seconds for o in outcomes):.1f} s, largest peak "
        f"{max(o.peak_bytes for o in outcomes) / (1 << 20):.0f} MiB.",
        "",
        "| outcome | " + " | ".join(families) + " | total |",
        "|---|" + "---:|" * (len(families) + 1),
    ]
    for outcome in OUTCOMES:
        row = [counts[family][outcome] for family in families]
        lines.append(f"| {outcome} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    by_shader: dict[str, dict[str, int | None]] = {}
    for o in outcomes:
        if o.case.family == "shader":
            by_shader.setdefault(o.case.name.rsplit("/", 1)[0], {})[o.case.args[0]] = o.exit_code
    both = {stem: codes for stem, codes in by_shader.items() if {"run", "lint"} <= set(codes)}
    missed = sorted(stem for stem, codes in both.items() if codes["run"] == 2 and codes["lint"] == 0)
    lines += ["", "Damage kinds per input (the third part of a case's name; tests/fuzz_cases.py):", ""]
    for family in ("weights", "shader"):
        groups: dict[str, Counter] = {}
        for name in sorted(inputs_of(outcomes, family)):
            _, base, kind = name.split("/")[:3]
            if family == "shader" and base != "texture_weights":
                base = "runtime test shaders"
            groups.setdefault(base, Counter())[kind] += 1
        for group, kinds in sorted(groups.items()):
            lines.append(f"* {family} {group}: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    lines += [
        "",
        f"Lint parity: of {len(both)} damaged shaders both run and linted, run refused "
        f"{sum(1 for c in both.values() if c['run'] == 2)}; lint passed {len(missed)} of those (exit 0)"
        + (": " + ", ".join(missed) if missed else "."),
    ]
    failures = [o for o in outcomes if o.outcome != "clean"]
    lines += [
        "",
        "Outcomes are defined in tests/fuzz_run.py. Every case that is not clean:"
        if failures
        else "Outcomes are defined in tests/fuzz_run.py. Every case was clean.",
        "",
    ]
    lines += [f"* {o.describe()}" for o in failures]
    return "\n".join(lines).rstrip() + "\n"


def _commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPOSITORY, capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--weights", type=int, default=1000, help="damaged weight files")
    parser.add_argument("--shaders", type=int, default=300, help="damaged shaders")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--report", type=Path, help="write the Markdown summary here")
    options = parser.parse_args()
    command = (
        f"nice python tests/fuzz_run.py --seed {options.seed} --weights {options.weights} "
        f"--shaders {options.shaders}" + (f" --report {options.report}" if options.report else "")
    )
    cases = all_cases(options.seed, options.weights, options.shaders)
    start = time.monotonic()

    def progress(outcome: Outcome) -> None:
        if outcome.outcome != "clean":
            print(outcome.describe(), flush=True)

    outcomes = run_cases(cases, options.workers, progress)
    text = report(outcomes, command, time.monotonic() - start)
    if options.report:
        options.report.write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(o.outcome == "clean" for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
