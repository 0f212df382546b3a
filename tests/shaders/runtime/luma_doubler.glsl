// A 2x LUMA doubler as a fragment pass: each output pixel mixes its source texel with a diagonal one.
//!HOOK LUMA
//!BIND HOOKED
//!DESC 2x doubler (fragment, texelFetch)
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
vec4 hook() {
    ivec2 out_px = ivec2(gl_FragCoord.xy);
    ivec2 src = out_px / 2;
    ivec2 sub = out_px % 2;
    ivec2 size = ivec2(HOOKED_size);
    float c = texelFetch(HOOKED_raw, src, 0).x;
    float n = texelFetch(HOOKED_raw, clamp(src + 2 * sub - 1, ivec2(0), size - 1), 0).x;
    return vec4(0.75 * c + 0.25 * n, 0.0, 0.0, 1.0);
}
