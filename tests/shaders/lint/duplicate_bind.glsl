// shadergen lint test: BIND HOOKED and BIND LUMA in a LUMA hook bind the same texture twice.

//!DESC lint duplicate bind
//!HOOK LUMA
//!BIND HOOKED
//!BIND LUMA

vec4 hook()
{
    return 0.5 * (HOOKED_texOff(0) + LUMA_texOff(1));
}
