// A chroma upscaler in the style of KrigBilateral: CHROMA resized to the luma size with OFFSET ALIGN.
//!HOOK CHROMA
//!BIND HOOKED
//!BIND LUMA
//!WIDTH LUMA.w
//!HEIGHT LUMA.h
//!OFFSET ALIGN
//!DESC chroma to luma size with OFFSET ALIGN
vec4 hook() {
    return HOOKED_tex(HOOKED_pos) + vec4(0.05 * (LUMA_tex(LUMA_pos).x - 0.5));
}
