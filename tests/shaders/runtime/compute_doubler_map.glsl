// A 2x doubler as a compute pass with fewer threads than block pixels: each of the 8x8 threads of a
// 16x16 block writes a 2x2 quad, finding its sampling positions with HOOKED_map(pixel).
//!HOOK LUMA
//!BIND HOOKED
//!DESC 2x doubler (compute 16x16 block, 8x8 threads, NAME_map)
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!COMPUTE 16 16 8 8
void hook() {
    ivec2 base = ivec2(gl_WorkGroupID.xy) * ivec2(16, 16) + 2 * ivec2(gl_LocalInvocationID.xy);
    for (int dy = 0; dy < 2; dy++) {
        for (int dx = 0; dx < 2; dx++) {
            ivec2 p = base + ivec2(dx, dy);
            vec2 pos = HOOKED_map(p);
            float smooth_value = HOOKED_tex(pos).x;
            float sharp_value = texelFetch(HOOKED_raw, ivec2(pos * HOOKED_size), 0).x;
            imageStore(out_image, p, vec4(0.5 * smooth_value + 0.5 * sharp_value, 0.0, 0.0, 1.0));
        }
    }
}
