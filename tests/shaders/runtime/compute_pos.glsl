// A compute pass with one thread per pixel: HOOKED_pos and gl_FragCoord are libplacebo's macros.
//!HOOK LUMA
//!BIND HOOKED
//!DESC compute, threads = block, HOOKED_pos and gl_FragCoord
//!COMPUTE 8 8
void hook() {
    float value = 0.9 * HOOKED_tex(HOOKED_pos).x + gl_FragCoord.x / 1000.0 - gl_FragCoord.y / 2000.0;
    imageStore(out_image, ivec2(gl_GlobalInvocationID.xy), vec4(value, 0.0, 0.0, 1.0));
}
