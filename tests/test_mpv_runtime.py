"""Runtime semantics checked without the oracle: libplacebo ≥ 5 behaviour that Debian's 4.208 lacks
(PARAM blocks, skipping unknown BINDs), stages it does not fire in FFmpeg's filter (CHROMA_SCALED,
SCALED), the globals' exact values, and the error messages."""

import numpy as np
import pytest

from shadergen.engines.frame import Frame, rgb_to_ycbcr, ycbcr_to_rgb
from shadergen.engines.opengl.prng import Xoshiro256Plus
from shadergen.engines.opengl.runtime import Runtime, run_shaders
from shadergen.errors import ShadergenError
from shadergen.mpv.parse import parse_shader

# Pass outputs are rgba16f: a value in [0, 1] is off by at most half a float16 step at 1.0.
FP16_TOLERANCE = 2.0**-11
# Two float16 roundings (a pass output, then the NATIVE/MAIN image) and a colour round trip.
TWO_ROUNDINGS_TOLERANCE = 2e-3

IDENTITY = "//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return HOOKED_tex(HOOKED_pos); }\n"


def ramp_frame(width=32, height=24, bit_depth=8) -> Frame:
    x = np.linspace(0.1, 0.9, width)[None, :]
    y = np.linspace(0.0, 0.2, height)[:, None]
    luma = x * 0.8 + y
    chroma_shape = ((height + 1) // 2, (width + 1) // 2)
    cb = np.full(chroma_shape, 0.45) + np.linspace(0, 0.1, chroma_shape[1])[None, :]
    cr = np.full(chroma_shape, 0.55) - np.linspace(0, 0.1, chroma_shape[0])[:, None]
    return Frame(luma, cb, cr, bit_depth=bit_depth, full_range=False).quantized()


def run(text, frame=None, target=None, gl_context=None, **options):
    frame = frame if frame is not None else ramp_frame()
    return run_shaders(
        [parse_shader(text, "test.glsl")], frame, target or frame.size, ctx=gl_context, **options
    )


def test_identity_reproduces_the_luma_plane(gl_context):
    frame = ramp_frame()
    result = run(IDENTITY, frame, gl_context=gl_context)
    assert np.abs(result.frame.y - frame.y).max() <= FP16_TOLERANCE
    assert result.passes[0].ran and result.passes[0].size == (32, 24)


def test_sixteen_bit_planes_are_uploaded_as_r16(gl_context):
    frame = Frame.from_luma(np.linspace(0, 1, 40 * 30).reshape(30, 40), bit_depth=16).quantized()
    result = run(IDENTITY, frame, gl_context=gl_context)
    assert np.abs(result.frame.y - frame.y).max() <= FP16_TOLERANCE


def test_random_is_libplacebos_xoshiro_sequence_across_frames(gl_context):
    shader = parse_shader("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return vec4(random); }\n", "r.glsl")
    runtime = Runtime([shader], ctx=gl_context)
    expected = Xoshiro256Plus()
    for _ in range(3):
        value = runtime.run(ramp_frame(), (32, 24)).frame.y
        assert np.abs(value - expected.next_float()).max() <= FP16_TOLERANCE
    runtime.release()


def test_frame_counts_executed_passes_of_the_file(gl_context):
    text = IDENTITY + "//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return vec4(float(frame) / 8.0); }\n"
    runtime = Runtime([parse_shader(text, "f.glsl")], ctx=gl_context)
    first = runtime.run(ramp_frame(), (32, 24)).frame.y
    second = runtime.run(ramp_frame(), (32, 24)).frame.y
    runtime.release()
    assert np.all(first == 2 / 8) and np.all(second == 4 / 8)


def test_sizes_and_offsets_reach_the_shader(gl_context):
    # Each value fills two hooked pixels, so the bilinear main scaler (2x) keeps it at 4i+1.
    text = """//!HOOK LUMA
//!BIND HOOKED
vec4 hook() {
    int i = int(gl_FragCoord.x) / 2;
    float q = i == 0 ? input_size.x : i == 1 ? input_size.y : i == 2 ? target_size.x :
              i == 3 ? target_size.y : i == 4 ? tex_offset.x : i == 5 ? HOOKED_size.x : HOOKED_pt.y * 1000.0;
    return vec4(q / 256.0);
}
"""
    result = run(text, target=(64, 48), gl_context=gl_context)
    values = result.frame.y[0, 1:28:4] * 256
    np.testing.assert_allclose(values, [32, 24, 64, 48, 0, 32, 1000 / 24], atol=0.1)


PARAMS = """//!PARAM strength
//!TYPE DYNAMIC float
//!MINIMUM 0
//!MAXIMUM 1
0.25
//!PARAM taps
//!TYPE CONSTANT int
3
//!PARAM flag
//!TYPE DEFINE
1
//!PARAM mode
//!TYPE ENUM int
FAST
SLOW
//!HOOK LUMA
//!BIND HOOKED
//!WHEN strength 0 >
vec4 hook() {
    float kinds = strength + 0.1 * float(taps) + 0.01 * float(flag);
    return vec4(kinds + 0.001 * float(SLOW) + 0.002 * float(mode));
}
"""


def test_params_of_every_kind(gl_context):
    # libplacebo ≥ 5.264 semantics; Debian's 4.208 rejects PARAM blocks, so this has no oracle.
    result = run(PARAMS, gl_context=gl_context)
    assert np.abs(result.frame.y - (0.25 + 0.3 + 0.01 + 0.001)).max() <= FP16_TOLERANCE


def test_param_overrides_reach_the_body_and_the_rpn(gl_context):
    frame = ramp_frame()
    stronger = run(PARAMS, frame, gl_context=gl_context, params={"strength": 0.5, "mode": 1})
    assert np.abs(stronger.frame.y - (0.5 + 0.3 + 0.01 + 0.001 + 0.002)).max() <= FP16_TOLERANCE
    off = run(PARAMS, frame, gl_context=gl_context, params={"strength": 0})
    assert off.passes[0].skipped_reason == "WHEN strength 0 > is 0"
    assert np.abs(off.frame.y - frame.y).max() <= FP16_TOLERANCE
    with pytest.raises(ShadergenError, match=r"strength=2\.0 is outside \[0\.0, 1\.0\]"):
        run(PARAMS, frame, gl_context=gl_context, params={"strength": 2})
    with pytest.raises(ShadergenError, match="no PARAM named nope"):
        run(PARAMS, frame, gl_context=gl_context, params={"nope": 1})


def test_unknown_bind_skips_the_pass_and_says_so(gl_context):
    frame = ramp_frame()
    text = (
        "//!HOOK LUMA\n//!BIND HOOKED\n//!BIND NOPE\n//!DESC needs NOPE\nvec4 hook() { return vec4(0.0); }\n"
    )
    result = run(text, frame, gl_context=gl_context)
    report = result.passes[0]
    assert (report.desc, report.ran) == ("needs NOPE", False)
    assert report.skipped_reason == "BIND NOPE: no such texture at this point (libplacebo skips the pass)"
    assert np.abs(result.frame.y - frame.y).max() <= FP16_TOLERANCE


def test_passes_that_never_fire_are_reported(gl_context):
    text = (
        "//!HOOK RGB\n//!BIND HOOKED\nvec4 hook() { return vec4(0); }\n"
        "//!DESC orphan\nvec4 hook() { return vec4(0); }\n"
    )
    reports = run(text, gl_context=gl_context).passes
    assert [r.skipped_reason for r in reports] == [
        "HOOK RGB: this stage never fires on a Y'CbCr frame in shadergen's runtime",
        "no HOOK directive (libplacebo ignores the pass)",
    ]


def test_name_map_and_pos_in_compute(gl_context):
    text = """//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 16 8 4 4
void hook() {
    for (int y = 0; y < 2; y++)
        for (int x = 0; x < 4; x++) {
            ivec2 p = ivec2(gl_WorkGroupID.xy) * ivec2(16, 8) + ivec2(gl_LocalInvocationID.xy) * ivec2(4, 2)
                    + ivec2(x, y);
            imageStore(out_image, p, vec4(HOOKED_map(p).x, 0.0, 0.0, 1.0));
        }
}
"""
    frame = ramp_frame(61, 47)
    result = run(text, frame, gl_context=gl_context)
    expected = np.broadcast_to((np.arange(61) + 0.5) / 61, (47, 61))
    assert np.abs(result.frame.y - expected).max() <= FP16_TOLERANCE


def test_texture_blocks_2d_integer_and_3d(gl_context):
    text = """//!TEXTURE INTS
//!SIZE 2 1
//!FORMAT r8u
07 c8
//!TEXTURE CUBE
//!SIZE 2 2 2
//!FORMAT r8
00 20 40 60 80 a0 c0 ff
//!HOOK LUMA
//!BIND HOOKED
//!BIND INTS
//!BIND CUBE
vec4 hook() {
    uint a = texelFetch(INTS, ivec2(1, 0), 0).x;
    float b = CUBE_tex(vec3(0.75, 0.25, 0.75)).x;
    return vec4(float(a) / 1000.0 + b);
}
"""
    result = run(text, gl_context=gl_context)
    # 0xc8 = 200; the texel (x=1, y=0, z=1) of the NEAREST cube is byte 5 = 0xa0 = 160.
    assert np.abs(result.frame.y - (0.2 + 160 / 255)).max() <= FP16_TOLERANCE


def test_chroma_scaled_sees_chroma_on_the_luma_grid(gl_context):
    frame = ramp_frame()
    baseline = run_shaders([], frame, frame.size, ctx=gl_context).frame
    text = """//!HOOK CHROMA_SCALED
//!BIND HOOKED
vec4 hook() { vec4 c = HOOKED_tex(HOOKED_pos); return vec4(0.5 + 0.7 * (c.xy - 0.5), c.zw); }
"""
    result = run(text, frame, gl_context=gl_context)
    assert result.passes[0].size == (32, 24)
    for plane in ("cb", "cr"):
        expected = 0.5 + 0.7 * (getattr(baseline, plane) - 0.5)
        assert np.abs(getattr(result.frame, plane) - expected).max() <= TWO_ROUNDINGS_TOLERANCE


def test_scaled_sees_rgb_at_the_target_size(gl_context):
    frame = ramp_frame()
    target = (64, 48)
    # The baseline takes the same path (RGB image, then the main scaler on rgba16f): an identity MAIN
    # pass. Without it the planes would be sampled straight from the r8 upload, whose LINEAR filtering
    # is quantised to 8 bits.
    main_identity = "//!HOOK MAIN\n//!BIND HOOKED\nvec4 hook() { return HOOKED_tex(HOOKED_pos); }\n"
    baseline = run(main_identity, frame, target, gl_context=gl_context).frame
    text = (
        "//!HOOK SCALED\n//!BIND HOOKED\n"
        "vec4 hook() { vec4 c = HOOKED_tex(HOOKED_pos); return vec4(c.rgb * 0.8 + 0.1, c.a); }\n"
    )
    result = run(text, frame, target, gl_context=gl_context)
    assert result.passes[0].size == target
    rgb = ycbcr_to_rgb(baseline.y, baseline.cb, baseline.cr, full_range=False) * 0.8 + 0.1
    expected = rgb_to_ycbcr(rgb, full_range=False)
    for plane, values in zip(("y", "cb", "cr"), expected, strict=True):
        assert np.abs(getattr(result.frame, plane) - values).max() <= TWO_ROUNDINGS_TOLERANCE


def test_resizing_a_fixed_size_stage_is_an_error(gl_context):
    text = "//!HOOK CHROMA_SCALED\n//!BIND HOOKED\n//!WIDTH HOOKED.w 2 *\nvec4 hook() { return vec4(0); }\n"
    with pytest.raises(ShadergenError, match="non-resizable stage CHROMA_SCALED"):
        run(text, gl_context=gl_context)


def test_when_failure_names_the_pass(gl_context):
    text = (
        "//!HOOK LUMA\n//!BIND HOOKED\n//!DESC gated\n//!WHEN NOPE.w 1 >\nvec4 hook() { return vec4(0); }\n"
    )
    with pytest.raises(ShadergenError) as caught:
        run(text, gl_context=gl_context)
    assert str(caught.value) == (
        "test.glsl: pass 1 (gated): WHEN 'NOPE.w 1 >' failed: unknown texture 'NOPE.w' "
        "(libplacebo disables the whole shader file)"
    )


def test_zero_output_size_is_an_error(gl_context):
    text = "//!HOOK LUMA\n//!BIND HOOKED\n//!WIDTH HOOKED.w 100 /\nvec4 hook() { return vec4(0); }\n"
    message = r"pass 1: LUMA: the output size from WIDTH/HEIGHT 0x24 is outside 1\.\.16384"
    with pytest.raises(ShadergenError, match=message):
        run(text, gl_context=gl_context)


COMPILE_ERROR = """//!HOOK LUMA
//!BIND HOOKED
//!DESC broken
vec4 hook() {
    float x = HOOKED_tex(HOOKED_pos).x;
    return vec4(undefined_thing * x);
}
"""


def test_compile_errors_point_at_the_users_line(gl_context):
    with pytest.raises(ShadergenError) as caught:
        run(COMPILE_ERROR, gl_context=gl_context)
    message = str(caught.value)
    assert message.startswith("test.glsl: pass 1 (broken): GLSL compile error at test.glsl:6: ")
    assert "undefined_thing" in message and "\n" not in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "//!HOOK LUMA\n//!BIND HOOKED\nvec4 hooks() { return vec4(0); }\n",
            "no `vec4 hook()` function (a fragment pass needs one)",
        ),
        (
            "//!HOOK LUMA\n//!BIND HOOKED\nvoid hook() {}\n",
            "no `vec4 hook()` function (a fragment pass needs one); "
            "found `void hook()`, which needs //!COMPUTE",
        ),
        (
            "//!HOOK LUMA\n//!BIND HOOKED\n//!COMPUTE 8 8\nvoid kernel() {}\n",
            "no `void hook()` function (a //!COMPUTE pass needs `void hook()`)",
        ),
    ],
)
def test_missing_hook_function(gl_context, text, problem):
    with pytest.raises(ShadergenError) as caught:
        run(text, gl_context=gl_context)
    assert str(caught.value) == f"test.glsl: pass 1: {problem}"


def test_binding_hooked_and_its_stage_twice_is_a_macro_redefinition(gl_context):
    # libplacebo emits both macro sets too; glslang and Mesa both reject the redefinition.
    text = "//!HOOK LUMA\n//!BIND HOOKED\n//!BIND LUMA\nvec4 hook() { return LUMA_tex(LUMA_pos); }\n"
    with pytest.raises(
        ShadergenError, match=r"GLSL compile error at generated code line \d+ `#define LUMA_raw _tex1`"
    ):
        run(text, gl_context=gl_context)


def test_extension_lines_are_hoisted_so_the_fallback_compiles(gl_context):
    text = """//!HOOK LUMA
//!BIND HOOKED
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#define SCALE 0.25
#else
#define SCALE 0.5
#endif
vec4 hook() { return vec4(SCALE); }
"""
    # Mesa's OpenGL has no float16 arithmetic extension: the #else branch runs.
    assert np.all(run(text, gl_context=gl_context).frame.y == 0.5)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "//!TEXTURE T\n//!FORMAT r8\n//!STORAGE\n00\n//!HOOK LUMA\nx",
            "TEXTURE T: STORAGE textures are not supported",
        ),
        (
            "//!TEXTURE T\n//!FORMAT r8\n//!BORDER MIRROR\n00\n//!HOOK LUMA\nx",
            "TEXTURE T: BORDER MIRROR is not supported",
        ),
        (
            "//!TEXTURE T\n//!SIZE 2\n//!FORMAT r8\n0000\n//!HOOK LUMA\nx",
            "TEXTURE T: 1-D textures are not supported",
        ),
        ("//!HOOK PREKERNEL\nvec4 hook() { return vec4(0); }", "HOOK PREKERNEL is a main-scaler stage"),
    ],
)
def test_unsupported_features_are_refused_clearly(gl_context, text, problem):
    with pytest.raises(ShadergenError, match=problem):
        run(text, gl_context=gl_context)


def test_benchmark_times_every_pass_of_every_timed_frame(gl_context):
    text = (
        IDENTITY
        + "//!HOOK LUMA\n//!BIND HOOKED\n//!COMPUTE 8 8\n"
        + "void hook() { imageStore(out_image, ivec2(gl_GlobalInvocationID.xy), HOOKED_tex(HOOKED_pos)); }\n"
    )
    runtime = Runtime([parse_shader(text, "b.glsl")], ctx=gl_context)
    times = runtime.benchmark(ramp_frame(), (32, 24), warmup=2, frames=3)
    runtime.release()
    assert sorted(times) == [("b.glsl", 0, "LUMA"), ("b.glsl", 1, "LUMA")]
    assert all(
        len(values) == 3 and all(v is not None and v >= 0 for v in values) for values in times.values()
    )
