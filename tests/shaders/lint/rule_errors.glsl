// shadergen lint test: one pass per rule that compilers cannot explain well.

//!DESC lint compute-only names in a fragment pass
//!HOOK LUMA
//!BIND HOOKED

vec4 hook()
{
    vec2 where = HOOKED_map(ivec2(0));
    imageStore(out_image, ivec2(0), vec4(where, 0.0, 1.0));
    return HOOKED_texOff(0);
}

//!DESC lint compute pass with vec4 hook
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 8 8

vec4 hook()
{
    return HOOKED_tex(HOOKED_pos);
}

//!DESC lint fragment pass with void hook
//!HOOK LUMA
//!BIND HOOKED

void hook()
{
}

//!DESC lint unknown bind
//!HOOK LUMA
//!BIND HOOKED
//!BIND NOWHERE

vec4 hook()
{
    return HOOKED_texOff(0);
}
