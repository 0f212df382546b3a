"""Our runtime against real libplacebo (FFmpeg's libplacebo filter on Mesa lavapipe).

Skipped only when FFmpeg is missing and the CI variable is unset; in CI these tests must run.
The measured values are recorded by ``python tests/mpv_oracle_cases.py`` in
tests/results/runtime_oracle.md.
"""

import os

import numpy as np
import pytest
from mpv_oracle_cases import CASES, measure, oracle_frame

from shadergen.engines.ffmpeg_oracle import OracleError, ffmpeg_path, run_libplacebo

ORACLE_NOISE_FLOOR = 5.2e-4

pytestmark = pytest.mark.skipif(
    ffmpeg_path() is None and not os.environ.get("CI"),
    reason="ffmpeg is not installed (CI installs it: .ci/run)",
)


@pytest.mark.parametrize("case", CASES, ids=[case.case_id for case in CASES])
def test_runtime_matches_libplacebo(case, gl_context):
    values = measure(case, gl_context)
    for plane in case.planes:
        assert values[f"{plane}_max"] <= case.tolerance, f"{plane}: {values}"


def test_oracle_passthrough_noise_floor(tmp_path):
    # libplacebo's own noise, the floor under every tolerance above: the fp16 pass output (up to
    # 2.4e-4 for values >= 0.5) plus its 16-bit encode, which lands 16 codes (2.45e-4) low.
    shader = tmp_path / "identity.glsl"
    shader.write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return HOOKED_tex(HOOKED_pos); }\n")
    frame = oracle_frame((64, 48))
    result = run_libplacebo([shader], frame, (64, 48))
    assert np.abs(result.y - frame.y).max() <= ORACLE_NOISE_FLOOR


def test_oracle_refuses_a_shader_libplacebo_could_not_compile(tmp_path):
    # libplacebo would silently fall back to a bilinear upscale: the oracle must say so instead.
    shader = tmp_path / "broken.glsl"
    shader.write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return vec4(undefined_thing); }\n")
    with pytest.raises(OracleError, match="glslang failed.*undefined_thing"):
        run_libplacebo([shader], oracle_frame((64, 48)), (64, 48))


def test_libplacebo_4_rejects_an_unknown_bind(tmp_path):
    # Debian's libplacebo 4.208 disables the file (mpv-hooks.md §7); ours follows libplacebo ≥ 5.264,
    # which skips the pass (tests/test_mpv_runtime.py::test_unknown_bind_skips_the_pass_and_says_so).
    shader = tmp_path / "nope.glsl"
    shader.write_text("//!HOOK LUMA\n//!BIND HOOKED\n//!BIND NOPE\nvec4 hook() { return vec4(0.0); }\n")
    with pytest.raises(OracleError, match="Failed executing hook, disabling"):
        run_libplacebo([shader], oracle_frame((64, 48)), (64, 48))
