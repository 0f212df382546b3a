// A CHROMA pass that also binds LUMA: the two planes have different sizes (4:2:0).
//!HOOK CHROMA
//!BIND HOOKED
//!BIND LUMA
//!DESC chroma nudged by luma
vec4 hook() {
    vec2 cbcr = HOOKED_tex(HOOKED_pos).xy;
    float y = LUMA_tex(LUMA_pos).x;
    return vec4(cbcr + 0.2 * (y - 0.5) * vec2(1.0, -1.0), 0.0, 1.0);
}
