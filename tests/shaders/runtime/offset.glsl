// OFFSET moves the content rect: the second pass sees it in HOOKED_off. libplacebo derives every
// pass's rect from the stage's input rect, so the second pass's output rect has no offset again.
//!HOOK LUMA
//!BIND HOOKED
//!DESC bilinear 2x with OFFSET -0.25 0.25
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!OFFSET -0.25 0.25
vec4 hook() {
    return HOOKED_tex(HOOKED_pos);
}

//!HOOK LUMA
//!BIND HOOKED
//!DESC reads HOOKED_off
vec4 hook() {
    return vec4(HOOKED_tex(HOOKED_pos).x + 0.2 * HOOKED_off.x + 0.1 * HOOKED_off.y, 0.0, 0.0, 1.0);
}
