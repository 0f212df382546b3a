// shadergen lint test: 64 x 32 = 2048 threads per group, above the 1024 every API allows.

//!DESC lint too many threads
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 64 32

void hook()
{
    ivec2 pixel = ivec2(gl_GlobalInvocationID.xy);
    imageStore(out_image, pixel, HOOKED_tex((vec2(pixel) + 0.5) * HOOKED_pt));
}
