// Every hook-texture macro of a fragment pass, through HOOKED_* and the stage's own LUMA_* names.
//!HOOK LUMA
//!BIND HOOKED
//!DESC every hook-texture macro
vec4 hook() {
    vec2 pos = HOOKED_pos;
    float centre = HOOKED_tex(pos).x;
    float right = HOOKED_texOff(vec2(1.0, 0.0)).x;
    float up = LUMA_texOff(ivec2(0, -1)).x;
    float raw = texelFetch(HOOKED_raw, ivec2(pos * HOOKED_size), 0).x;
    vec4 quad = HOOKED_gather(pos + 0.5 * HOOKED_pt, 0);
    vec2 turned = HOOKED_rot * vec2(0.25, 0.75);
    float scale = HOOKED_mul * LUMA_mul;
    float shift = HOOKED_off.x + LUMA_off.y;
    float v = 0.3 * centre + 0.2 * right + 0.1 * up + 0.1 * raw
            + 0.05 * (quad.x + quad.y + quad.z + quad.w) + 0.1 * turned.y * scale + shift;
    return vec4(v, 0.0, 0.0, 1.0);
}
