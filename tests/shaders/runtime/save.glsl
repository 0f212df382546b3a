// SAVE under a new name keeps the stage; SAVE under the stage's name replaces it.
//!HOOK LUMA
//!BIND HOOKED
//!SAVE BLURRED
//!DESC 3x3 box blur saved as BLURRED
vec4 hook() {
    float sum = 0.0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            sum += HOOKED_texOff(vec2(dx, dy)).x;
    return vec4(sum / 9.0, 0.0, 0.0, 1.0);
}

//!HOOK LUMA
//!BIND HOOKED
//!BIND BLURRED
//!DESC unsharp mask from HOOKED and BLURRED
vec4 hook() {
    float centre = HOOKED_tex(HOOKED_pos).x;
    // Clamped: libplacebo's 16-bit output could not hold an overshoot, so the oracle would clip it.
    return vec4(clamp(centre + 0.5 * (centre - BLURRED_tex(BLURRED_pos).x), 0.0, 1.0), 0.0, 0.0, 1.0);
}

//!HOOK LUMA
//!BIND LUMA
//!SAVE LUMA
//!DESC SAVE LUMA replaces the stage
vec4 hook() {
    return vec4(0.9 * LUMA_tex(LUMA_pos).x + 0.05, 0.0, 0.0, 1.0);
}
