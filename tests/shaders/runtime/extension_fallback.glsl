// A Vulkan-style pass: its own #extension line in the body (Mesa's OpenGL compiler rejects that
// mid-shader) and an #ifdef fallback to float where the extension is missing.
//!HOOK LUMA
//!BIND HOOKED
//!DESC float16 behind #extension, float fallback
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#define HALF float16_t
#else
#define HALF float
#endif
vec4 hook() {
    HALF k = HALF(0.5);
    HALF v = HALF(HOOKED_tex(HOOKED_pos).x);
    return vec4(float(v * k + HALF(0.25)), 0.0, 0.0, 1.0);
}
