// shadergen lint test: legal everywhere that matters, with three portability warnings:
// 512 threads per group, 20 KiB of shared memory, and HOOKED_pos with threads != block.

//!DESC lint compute warnings
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 32 32 16 32

shared vec4 tile[1280];

void hook()
{
    tile[gl_LocalInvocationIndex] = HOOKED_tex(HOOKED_pos);
    barrier();
    imageStore(out_image, ivec2(gl_GlobalInvocationID.xy), tile[gl_LocalInvocationIndex]);
}
