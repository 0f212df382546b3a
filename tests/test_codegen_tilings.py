"""Every way of cutting a layer into workgroups and passes computes the same numbers.

The compute tilings (bench/README.md: tile sizes, thread slices of output groups, passes of output
groups with textures of their own, several tiles per workgroup with the next one prefetched,
packed-half tiles) only move work around: with one multiply-add per weight column every output
channel sums the same products in the same order, so on one driver their outputs are bit-identical. The phased
tilings (the defaults of the middle layers) sum phase by phase, in another order: bit-identical
among themselves for one phase size, and within the fp32 bound of the reference. The frame size
is odd and smaller than some tiles, so partial tiles, the last of several tiles per workgroup and
the zero padding at every border are exercised.
"""

from __future__ import annotations

import numpy as np
import pytest
from test_codegen_plan import c_network

from shadergen.codegen import plan as plan_module
from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.codegen.shader_plan import ComputeTiling
from shadergen.mpv.parse import parse_shader
from shadergen.verification.luma_accuracy import run_luma_shader, storage_floor

LUMA = np.random.default_rng(7).integers(16, 236, (29, 37)) / 255.0  # 37x29 8-bit codes, limited range


def lanes(tile_w, tile_h, **fields) -> ComputeTiling:
    return ComputeTiling(tile_w, tile_h, 1, 1, **fields)


LITERAL = [
    lanes(16, 8, out_split=2, tiles_down=4),
    lanes(8, 8, half_tile=True, pass_split=2),
    lanes(8, 4, out_split=2, pass_split=2, tiles_down=3),
    lanes(16, 8, half_tile=True, pass_split=4, tiles_down=2),
    lanes(8, 8, out_split=4),
    ComputeTiling(4, 4, 2, 2),
]
PHASED = [
    lanes(32, 8, weights="phased", chunk_groups=2, prefetch=True),
    lanes(16, 8, weights="phased", chunk_groups=2, out_split=2, prefetch=True, pass_split=2),
    lanes(8, 8, weights="phased", chunk_groups=2, half_tile=True),
    lanes(8, 4, weights="phased", chunk_groups=2, half_tile=True, out_split=2, prefetch=True, pass_split=4),
]
ONE_GROUP_PHASES = [  # the defaults' phase size
    lanes(32, 8, weights="phased", pass_split=2),
    lanes(16, 8, weights="phased", out_split=2, prefetch=True),
    lanes(8, 4, weights="phased", half_tile=True, out_split=4, prefetch=True, pass_split=2),
    lanes(16, 16, weights="phased", prefetch=True, pass_split=2),  # the default for 24 filters
    # Neighbouring rows per thread, each texel loaded once (bench/opengl_probes.py): the first layer,
    # unphased, keeps its 2 pixels strided.
    ComputeTiling(16, 16, 1, 2, "phased", out_split=2, prefetch=True, adjacent_rows=True),
    ComputeTiling(8, 16, 1, 4, "phased", pass_split=2, adjacent_rows=True),
]


def run(network, ctx, tiling=None) -> np.ndarray:
    """The network with ``tiling`` forced on every layer but a folded tail's last one (a 5x5 kernel of
    one more input group, whose tilings test_tail_fold.py compares)."""
    def forced(layer):
        return None if layer.appends_plane else tiling

    text = render_shader(plan_shader(network, "compute", "fp32", tiling=forced), HeaderInfo("net.keras"))
    return run_luma_shader(parse_shader(text, "net.glsl"), LUMA, ctx=ctx)


@pytest.mark.parametrize(("filters", "size"), [(16, 3), (32, 3), (12, 5), (24, 3)])
def test_tilings_give_bit_identical_output(gl_context, filters, size):
    # 12 filters: 3 groups, which 2-group phases and 2 slices or passes do not divide (they fall
    # back to 1); a 5x5 first layer. 24 filters: 6 groups, by default in 2 passes of 3 (the middle
    # layers, the second with a residual add).
    network = c_network(filters, size=size)
    # Every design reproduces the fp16-storage reference (max = F, as in test_codegen_accuracy).
    reference, floor = storage_floor(network, LUMA)
    for family in ([None], LITERAL, PHASED, ONE_GROUP_PHASES):
        first = run(network, gl_context, family[0])
        assert np.abs(first - reference).max() <= 1.05 * floor, family[0]
        for tiling in family[1:]:
            output = run(network, gl_context, tiling)
            assert np.array_equal(output, first), f"{tiling}: max diff {np.abs(output - first).max():.3e}"



@pytest.mark.parametrize(("filters", "precision", "weights_in"), [
    (16, "fp32", None), (16, "fp16", None), (24, "fp32", None),  # 24: 2 passes of 3 groups a layer
    (32, "fp32", None),  # 2 parts a layer (2x2 planes each); its folded tail's border pass reads planes
    (12, "fp32", "texture"), (16, "fp16", "texture")])
def test_planar_tensors_give_bit_identical_output(gl_context, monkeypatch, filters, precision, weights_in):
    """plan.PLANAR_TENSORS lays the compute variant's stored tensors out as planes (group cell c of
    pixel p at texel p + c * size): the same values in other texels, so the output is identical; the
    tensor variant, whose passes share the tensors with tensor-core passes, keeps its cells."""
    network = c_network(filters)
    outputs = []
    for planar in (False, True):
        monkeypatch.setattr(plan_module, "PLANAR_TENSORS", planar)
        plan = plan_shader(network, "compute", precision, weights_in=weights_in)
        stored = [layer.output for layer in plan.layers if layer.output is not None]
        assert stored and all(tensor.planar == planar for tensor in stored)
        text = render_shader(plan, HeaderInfo("net.keras"))
        assert (" * size, round_half(" in text) == planar  # a store to a group's plane
        outputs.append(run_luma_shader(parse_shader(text, "net.glsl"), LUMA, ctx=gl_context))
    assert np.array_equal(outputs[0], outputs[1])
    if precision == "fp16" and weights_in is None:
        tensor_plan = plan_shader(network, "tensor", "fp16")
        assert not any(layer.output.planar for layer in tensor_plan.layers if layer.output is not None)
