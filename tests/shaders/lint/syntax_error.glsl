// shadergen lint test: the second pass uses an undeclared identifier on line 24 of this file.

//!DESC lint fine pass
//!HOOK LUMA
//!BIND HOOKED
//!SAVE FIRST

vec4 hook()
{
    return HOOKED_texOff(0);
}

//!DESC lint broken pass
//!HOOK LUMA
//!BIND HOOKED
//!BIND FIRST

vec4 hook()
{
    vec4 first = FIRST_texOff(0);
    vec4 here = HOOKED_texOff(0);
    // a comment, to be sure comments do not shift the count

    return mix(first, here, undeclared_weight);
}
