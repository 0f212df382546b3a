// SCALED: R'G'B' after the main scaler, at the target size.
//!HOOK SCALED
//!BIND HOOKED
//!DESC SCALED: gain in RGB
vec4 hook() {
    vec4 c = HOOKED_tex(HOOKED_pos);
    return vec4(c.rgb * 0.8 + 0.1, c.a);
}
