// shadergen lint test: a clean two-pass fragment shader; every target must accept it.

//!DESC lint-clean sharpen
//!HOOK LUMA
//!BIND HOOKED
//!SAVE SHARP

const float STRENGTH = 0.25;

vec4 hook()
{
    vec4 centre = HOOKED_texOff(0);
    vec4 ring = HOOKED_texOff(vec2(1, 0)) + HOOKED_texOff(vec2(-1, 0))
              + HOOKED_texOff(vec2(0, 1)) + HOOKED_texOff(vec2(0, -1));
    return centre + STRENGTH * (4.0 * centre - ring);
}

//!DESC lint-clean doubler
//!HOOK LUMA
//!BIND HOOKED
//!BIND SHARP
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!OFFSET -0.5 -0.5

vec4 hook()
{
    vec2 weight = fract(HOOKED_pos * HOOKED_size - 0.5);
    vec4 sharp = SHARP_tex(SHARP_pos);
    return mix(HOOKED_tex(HOOKED_pos), sharp, 0.5 + 0.25 * weight.x * weight.y);
}
