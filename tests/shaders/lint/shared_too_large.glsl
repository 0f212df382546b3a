// shadergen lint test: 56 x 56 vec4 = 50176 bytes of shared memory, above NVIDIA's 48 KiB; the
// size is only known through a #define and a const int.

//!DESC lint shared too large
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 16 16

#define SIDE 56
const int COUNT = SIDE * SIDE;
shared vec4 tile[COUNT];

void hook()
{
    ivec2 pixel = ivec2(gl_GlobalInvocationID.xy);
    tile[gl_LocalInvocationIndex] = HOOKED_tex((vec2(pixel) + 0.5) * HOOKED_pt);
    barrier();
    imageStore(out_image, pixel, tile[gl_LocalInvocationIndex]);
}
