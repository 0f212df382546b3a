// TEXTURE blocks: an r8 LUT sampled NEAREST (libplacebo's default filter) and an rgba16f LUT
// (float32 host data) sampled LINEAR with BORDER REPEAT.
//!TEXTURE LUT_NEAREST
//!SIZE 4 4
//!FORMAT r8
00285078
a0c8f0ff
1e5a96d2
fa0a8246

//!TEXTURE LUT_LINEAR
//!SIZE 2 2
//!FORMAT rgba16f
//!FILTER LINEAR
//!BORDER REPEAT
000000000000803e0000003f0000803f0000803f0000403f0000003f0000803f
0000003f000000000000803f0000803f0000003e0000603f0000803e0000803f

//!HOOK LUMA
//!BIND HOOKED
//!BIND LUT_NEAREST
//!BIND LUT_LINEAR
//!DESC TEXTURE LUTs, NEAREST and LINEAR
vec4 hook() {
    vec2 pos = HOOKED_pos;
    float a = LUT_NEAREST_tex(pos).x;
    vec4 b = texture(LUT_LINEAR, pos * 1.5);
    float luma = HOOKED_tex(pos).x;
    return vec4(0.4 * luma + 0.3 * a + 0.1 * b.x + 0.1 * b.y + 0.1 * b.z * b.w, 0.0, 0.0, 1.0);
}
