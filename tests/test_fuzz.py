"""The short fuzz run for CI: a seeded sample of damaged weights (every format, safetensors too) and
shaders (the texture-weight shader too) and every path case, ``cost`` and ``compare`` included
(tests/fuzz_run.py; the long run's results are in tests/results/fuzz.md). Each must end clean:
exit 0, one-line exit 2 or lint's exit 1, within 30 s and 1 GiB, no input changed, nothing left."""

from __future__ import annotations

from fuzz_run import OUTCOMES, all_cases, run_cases

SEED = 17
WEIGHT_FILES = 20  # 4 per format
SHADERS = 10  # 2 of them the texture-weight shader


def test_short_fuzz_run_is_all_clean(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    cases = all_cases(SEED, WEIGHT_FILES, SHADERS)
    assert {case.family for case in cases} == {"weights", "shader", "path"}
    assert sum(case.name.startswith("weights/safetensors/") for case in cases) == 4
    assert {case.name.split("/")[2] for case in cases if case.name.startswith("shader/texture_weights/")} == {
        "texture-drop",
        "texture-extra",
    }
    assert {"cost", "compare"} <= {case.args[0] for case in cases if case.family == "path"}
    assert {"path/pth-pickle", "path/libplacebo-same-file"} <= {case.name for case in cases}
    outcomes = run_cases(cases)
    assert set(o.outcome for o in outcomes) <= set(OUTCOMES)
    assert [o.describe() for o in outcomes if o.outcome != "clean"] == []
    assert len(outcomes) == len(cases)


def test_the_same_seed_gives_the_same_cases():
    first, second = all_cases(SEED, 8, 4), all_cases(SEED, 8, 4)
    assert [(c.name, c.args, c.files) for c in first] == [(c.name, c.args, c.files) for c in second]
    assert [c.files for c in all_cases(SEED + 1, 8, 4)] != [c.files for c in first]
