// shadergen lint test: a user function named `random`, which libplacebo already #defines.

//!DESC lint macro collision
//!HOOK LUMA
//!BIND HOOKED

float random(vec2 p)
{
    return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453);
}

vec4 hook()
{
    return HOOKED_texOff(0) + 0.01 * random(HOOKED_pos);
}
