// shadergen lint test: half precision enabled only where glslang compiles with Vulkan semantics.
// GL compilers never see the #extension (VULKAN is undefined there), so every target accepts it.

//!DESC lint fp16 guarded
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 8 8

#ifdef VULKAN
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HALF4 f16vec4
#else
#define HALF4 vec4
#endif

shared HALF4 tile[64];

void hook()
{
    ivec2 pixel = ivec2(gl_GlobalInvocationID.xy);
    tile[gl_LocalInvocationIndex] = HALF4(HOOKED_tex((vec2(pixel) + 0.5) * HOOKED_pt));
    barrier();
    HALF4 value = tile[gl_LocalInvocationIndex] * HALF4(0.5);
    imageStore(out_image, pixel, vec4(value));
}
