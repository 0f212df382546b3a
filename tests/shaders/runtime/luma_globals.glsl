// The globals libplacebo defines for every pass: frame, random, input_size, target_size, tex_offset.
//!HOOK LUMA
//!BIND HOOKED
//!DESC frame and random
vec4 hook() {
    return vec4(0.5 * HOOKED_tex(HOOKED_pos).x + 0.1 * float(frame) + 0.2 * random, 0.0, 0.0, 1.0);
}

//!HOOK LUMA
//!BIND HOOKED
//!DESC sizes and offset
vec4 hook() {
    float v = 0.6 * HOOKED_tex(HOOKED_pos).x + 0.001 * input_size.x + 0.0005 * target_size.y
            + 0.1 * tex_offset.x + 0.05 * random + 0.01 * float(frame);
    return vec4(v, 0.0, 0.0, 1.0);
}
