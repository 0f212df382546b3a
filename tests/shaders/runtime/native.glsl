// A NATIVE pass: the combined Y'CbCr image (Y, Cb, Cr in r, g, b).
//!HOOK NATIVE
//!BIND HOOKED
//!DESC NATIVE: adjust all three planes
vec4 hook() {
    vec4 c = HOOKED_tex(HOOKED_pos);
    return vec4(0.9 * c.x + 0.05, c.y + 0.02, c.z - 0.02, c.w);
}
