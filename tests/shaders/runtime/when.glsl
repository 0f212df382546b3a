// WHEN: true, false, and true through subtraction and comparison.
//!HOOK LUMA
//!BIND HOOKED
//!DESC WHEN true (upscaling by more than 1.2x)
//!WHEN OUTPUT.w LUMA.w 1.200 * >
vec4 hook() {
    return vec4(1.0 - HOOKED_tex(HOOKED_pos).x, 0.0, 0.0, 1.0);
}

//!HOOK LUMA
//!BIND HOOKED
//!DESC WHEN false
//!WHEN HOOKED.w 10000 > HOOKED.h 2 % 1 = +
vec4 hook() {
    return vec4(0.0, 0.0, 0.0, 1.0);
}

//!HOOK LUMA
//!BIND HOOKED
//!DESC WHEN true (0 1 - 0 <)
//!WHEN 0 1 - 0 <
vec4 hook() {
    return vec4(0.8 * HOOKED_tex(HOOKED_pos).x + 0.1, 0.0, 0.0, 1.0);
}
