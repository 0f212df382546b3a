// shadergen lint test: FORMAT belongs to TEXTURE blocks; in a pass libplacebo rejects the file.

//!HOOK LUMA
//!BIND HOOKED
//!FORMAT rgba16f

vec4 hook()
{
    return HOOKED_texOff(0);
}
