"""The real-mpv engine's pure parts: the screenshot's inverse, log and pass-name reading, the run plan."""

from __future__ import annotations

import numpy as np
import pytest
from real_mpv_cases import COMBINATIONS, DIST, cpu_dist_files, dist_runs

from shadergen.engines import mpv_player
from shadergen.engines.frame import ycbcr_to_rgb


@pytest.mark.parametrize("renderer", mpv_player.RENDERERS)
def test_screen_ycbcr_inverts_the_output_within_the_screenshot_step(renderer):
    rng = np.random.default_rng(5)
    ycbcr = np.stack([rng.uniform(0.2, 0.8, (16, 16)), rng.uniform(0.45, 0.55, (16, 16)),
                      rng.uniform(0.45, 0.55, (16, 16))], axis=-1)
    rgb = ycbcr_to_rgb(ycbcr[..., 0], ycbcr[..., 1], ycbcr[..., 2], full_range=False)
    assert 0.0 < rgb.min() and rgb.max() < 1.0
    # --vo=gpu rounds to 8 bits; gpu-next's screenshot keeps the high byte of a 16-bit value.
    codes = np.round(rgb * 255) if renderer == "gpu" else np.floor(np.round(rgb * 65535) / 256)
    shown = mpv_player.screen_ycbcr(codes.astype(np.uint8), renderer)
    step = mpv_player.SCREEN_HALF_STEP[renderer]
    error = np.abs(shown - ycbcr)
    assert error[..., 0].max() <= 219 / 255 * step + 1e-12  # luma keeps the width, on code values
    assert error[..., 1:].max() <= 224 / 255 * step + 1e-12
    assert error.max() > 0.5 * step  # the bound is tight


def test_user_passes_read_as_their_desc_on_both_renderers():
    desc = "ArtCNN_C4F16 compute conv2d"
    assert mpv_player.pass_name(f"user shader: {desc} (luma)") == desc  # --vo=gpu
    assert mpv_player.pass_name(desc) == desc  # gpu-next
    assert mpv_player.pass_name("color decoding") == "color decoding"


@pytest.mark.parametrize(("line", "failure"), [
    # What mpv 0.35 printed for a shader with an undeclared identifier, on each renderer and API.
    ("[vo/gpu/opengl] 0:41(22): error: `undefined_thing' undeclared", True),
    ("[vo/gpu/libplacebo] glslang failed: ERROR: 0:43: 'undefined_thing' : undeclared identifier ", True),
    ("[vo/gpu-next/libplacebo] Failed compiling/linking GLSL program", True),
    ("Taking screenshot failed.", True),
    # Lines of a good run.
    ("[vo/gpu] DR path suspected slow/uncached, disabling..Assuming -nan FPS for display sync.", False),
    ("[vd] DR failed - disabling.", False),
    ("[vo/gpu-next/libplacebo] Registering hook pass: ArtCNN_C4F16 compute conv2d", False),
])
def test_failure_lines(line, failure):
    assert bool(mpv_player.FAILURE_PATTERN.search(line)) is failure


def test_every_dist_file_runs_and_c4f16_on_every_combination():
    runs = dist_runs()
    files = sorted(path.name for path in DIST.glob("*.glsl") if "_tensor_" not in path.name)
    assert sorted({name for name, _, _ in runs}) == files and len(files) == 12
    assert [path.name for path in cpu_dist_files()] == files
    for variant in ("compute_fp32", "compute_fp16", "fragment_fp32"):
        name = f"ArtCNN_C4F16_{variant}.glsl"
        assert sorted((renderer, api) for file, renderer, api in runs if file == name) == sorted(COMBINATIONS)
    assert len(runs) == 3 * 4 + 9 and len(dist_runs(full=True)) == 12 * 4
