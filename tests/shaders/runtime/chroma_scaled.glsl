// CHROMA_SCALED: the chroma plane after resampling onto the luma grid.
//!HOOK CHROMA_SCALED
//!BIND HOOKED
//!DESC CHROMA_SCALED: desaturate
vec4 hook() {
    vec4 c = HOOKED_tex(HOOKED_pos);
    return vec4(0.5 + 0.7 * (c.xy - 0.5), c.zw);
}
