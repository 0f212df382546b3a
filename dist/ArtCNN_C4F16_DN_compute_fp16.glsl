// ArtCNN_C4F16_DN: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F16_DN: C4F16 trained to denoise and soften
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DN variant=compute precision=fp16
// Weights: ArtCNN_C4F16_DN.keras
// 7 passes, hooked on LUMA; output: luma at 2x width and height.
// Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN
// shaders); otherwise mpv's own scaler is used.
// Compute variant: one pass per layer, input tiles in shared memory; needs compute shaders
// (Vulkan, or OpenGL 4.3+ desktop).
// Arithmetic in float16 where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (libplacebo on Vulkan and D3D11), float elsewhere (OpenGL); sums are accumulated in float and
// pass outputs are stored as rgba16f by mpv/libplacebo.
//
// Weights licence (MIT):
//
// MIT License
//
// Copyright (c) 2024 João Chrisóstomo
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

//!DESC ArtCNN_C4F16_DN compute conv2d
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F16_DN_L0
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 16 8 8 8

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, luma -> 16 channels
// A workgroup computes 8x4 pixels with 8x8 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (10x6 pixels)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared HFLOAT tile[60];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(8, 4);
    for (int i = int(gl_LocalInvocationIndex); i < 60; i += 64) {
        ivec2 q = origin + ivec2(i % 10 - 1, i / 10 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? HFLOAT(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x) : HFLOAT(0.0);
    }
    barrier();

    // 2 slices of 8x4 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 4);
    int slice = int(gl_LocalInvocationID.y) / 4;
    int at = local.y * 10 + local.x;
    if (slice == 0) {
        vec4 a0_0 = vec4(0.005000432, -0.010236794, -0.014935676, -0.046207584);
        vec4 a0_1 = vec4(-0.028179219, -0.004517557, 0.00014788302, 0.0035856056);
        {   // tap (-1, -1)
            HFLOAT v0_0 = tile[at + 0];
            HVEC4 w0_0 = HVEC4(-0.031951904, -0.125, 0.019241333, 0.04333496);
            HVEC4 w0_1 = HVEC4(0.07519531, -0.053009033, -0.111694336, 0.013381958);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, -1)
            HFLOAT v0_0 = tile[at + 1];
            HVEC4 w0_0 = HVEC4(0.032409668, 0.15783691, 0.093566895, 0.12225342);
            HVEC4 w0_1 = HVEC4(-0.05178833, -0.03640747, 0.010360718, -0.18371582);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, -1)
            HFLOAT v0_0 = tile[at + 2];
            HVEC4 w0_0 = HVEC4(-0.008010864, 0.1138916, -0.07220459, 0.06213379);
            HVEC4 w0_1 = HVEC4(0.027542114, 0.11199951, 0.04272461, 0.11773682);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (-1, 0)
            HFLOAT v0_0 = tile[at + 10];
            HVEC4 w0_0 = HVEC4(-0.01725769, 0.051483154, -0.021636963, 0.16442871);
            HVEC4 w0_1 = HVEC4(-0.04284668, 0.07672119, 0.11608887, -0.030578613);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, 0)
            HFLOAT v0_0 = tile[at + 11];
            HVEC4 w0_0 = HVEC4(-0.052093506, -0.06896973, -0.34204102, 0.2631836);
            HVEC4 w0_1 = HVEC4(0.09954834, -0.1529541, 0.12927246, 0.14379883);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, 0)
            HFLOAT v0_0 = tile[at + 12];
            HVEC4 w0_0 = HVEC4(-0.2232666, -0.1361084, 0.070617676, 0.11175537);
            HVEC4 w0_1 = HVEC4(-0.117004395, 0.23876953, -0.18261719, -0.0914917);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (-1, 1)
            HFLOAT v0_0 = tile[at + 20];
            HVEC4 w0_0 = HVEC4(0.03274536, 0.15234375, 0.009017944, 0.09436035);
            HVEC4 w0_1 = HVEC4(0.04336548, -0.013534546, 0.005847931, 0.026824951);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, 1)
            HFLOAT v0_0 = tile[at + 21];
            HVEC4 w0_0 = HVEC4(0.10491943, -0.101745605, 0.19042969, -0.00072431564);
            HVEC4 w0_1 = HVEC4(0.08959961, -0.22583008, -0.089782715, 0.043151855);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, 1)
            HFLOAT v0_0 = tile[at + 22];
            HVEC4 w0_0 = HVEC4(0.16503906, -0.017700195, 0.051086426, 0.08856201);
            HVEC4 w0_1 = HVEC4(-0.07269287, 0.051605225, 0.08300781, -0.040618896);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }

        ivec2 p0 = origin + local + ivec2(0, 0);
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        }
    } else if (slice == 1) {
        vec4 a0_2 = vec4(0.032914076, 0.00020142968, -0.0065285224, -0.0065012206);
        vec4 a0_3 = vec4(0.002272252, 0.010490689, 0.014113876, -0.06348713);
        {   // tap (-1, -1)
            HFLOAT v0_0 = tile[at + 0];
            HVEC4 w0_2 = HVEC4(-0.054718018, 0.11004639, -0.068481445, -0.0524292);
            HVEC4 w0_3 = HVEC4(0.05404663, -0.1282959, 0.2211914, -0.097229004);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, -1)
            HFLOAT v0_0 = tile[at + 1];
            HVEC4 w0_2 = HVEC4(0.07196045, -0.057556152, 0.11010742, 0.004386902);
            HVEC4 w0_3 = HVEC4(-0.15905762, 0.15283203, 0.3395996, 0.15881348);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, -1)
            HFLOAT v0_0 = tile[at + 2];
            HVEC4 w0_2 = HVEC4(0.064453125, 0.0031585693, 0.043304443, -0.0030879974);
            HVEC4 w0_3 = HVEC4(-0.010612488, -0.0008378029, 0.0625, 0.066711426);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            HFLOAT v0_0 = tile[at + 10];
            HVEC4 w0_2 = HVEC4(-0.1730957, 0.24902344, 0.28320312, 0.13500977);
            HVEC4 w0_3 = HVEC4(0.03668213, -0.048614502, 0.016967773, -0.19177246);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, 0)
            HFLOAT v0_0 = tile[at + 11];
            HVEC4 w0_2 = HVEC4(-0.2644043, -0.6772461, -0.2866211, -0.05621338);
            HVEC4 w0_3 = HVEC4(0.013015747, -0.13195801, -0.39672852, -0.0031528473);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, 0)
            HFLOAT v0_0 = tile[at + 12];
            HVEC4 w0_2 = HVEC4(0.12133789, 0.1048584, -0.07397461, -0.04232788);
            HVEC4 w0_3 = HVEC4(0.053894043, 0.12573242, -0.17248535, 0.1998291);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            HFLOAT v0_0 = tile[at + 20];
            HVEC4 w0_2 = HVEC4(0.04348755, 0.123046875, -0.0769043, -0.0013284683);
            HVEC4 w0_3 = HVEC4(-0.056762695, 0.17712402, -0.053527832, -0.08099365);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, 1)
            HFLOAT v0_0 = tile[at + 21];
            HVEC4 w0_2 = HVEC4(0.1842041, 0.056915283, 0.042999268, 0.14221191);
            HVEC4 w0_3 = HVEC4(0.09197998, -0.09234619, -0.1607666, 0.021911621);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, 1)
            HFLOAT v0_0 = tile[at + 22];
            HVEC4 w0_2 = HVEC4(-0.1348877, 0.008583069, 0.025009155, -0.11907959);
            HVEC4 w0_3 = HVEC4(-0.023345947, -0.06604004, -0.02218628, 0.15661621);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }

        ivec2 p0 = origin + local + ivec2(0, 0);
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
            imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
        }
    }
}

//!DESC ArtCNN_C4F16_DN compute conv2d_1
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L0
//!SAVE ArtCNN_C4F16_DN_L1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 64 16 16

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 16 channels -> 16 channels, then relu
// A workgroup computes 16x8 pixels with 16x16 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (18x10 pixels, 4 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared HVEC4 tile[720];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    for (int i = int(gl_LocalInvocationIndex); i < 180; i += 256) {
        ivec2 q = origin + ivec2(i % 18 - 1, i / 18 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L0_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L0_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L0_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L0_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    barrier();

    // The workgroup then walks down 4 tiles; while it computes one, the next one's texel
    // fetches are in flight.
    int i0 = int(gl_LocalInvocationIndex) + 0;
    bool f0 = false;
    vec4 n0_0 = vec4(0.0);
    vec4 n0_1 = vec4(0.0);
    vec4 n0_2 = vec4(0.0);
    vec4 n0_3 = vec4(0.0);

    // 2 slices of 16x8 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;
    for (int t = 0; t < 4; t++) {
        if (origin.y >= size.y)
            break;  // past the frame: the whole workgroup
        bool more = t + 1 < 4;
        if (more) {
            ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 + 7);
            f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
            q0 = clamp(q0, ivec2(0), last);
            n0_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.018518891, 0.01044156, 0.10742334, 0.019117992);
            vec4 a0_1 = vec4(0.0315516, -0.003101165, -0.005900468, 0.01796322);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.081604004, 0.36889648, 0.009338379, -0.0009794235) * v0_0.x;
                s0_0 += HVEC4(0.037750244, 0.040740967, 0.07147217, -0.012741089) * v0_0.y;
                s0_0 += HVEC4(-0.27734375, 0.25610352, -0.058624268, -0.07556152) * v0_0.z;
                s0_0 += HVEC4(0.0051612854, -0.05645752, -0.11627197, 0.029281616) * v0_0.w;
                s0_0 += HVEC4(0.7216797, 0.018295288, -0.06591797, 0.07458496) * v0_1.x;
                s0_0 += HVEC4(-0.21154785, 0.14746094, 0.19128418, -0.025924683) * v0_1.y;
                s0_0 += HVEC4(-0.7241211, 0.25830078, 0.004348755, -0.09454346) * v0_1.z;
                s0_0 += HVEC4(-0.39941406, 0.8984375, 0.039123535, 0.05593872) * v0_1.w;
                s0_0 += HVEC4(0.04257202, -0.0574646, -0.06829834, 0.028152466) * v0_2.x;
                s0_0 += HVEC4(-0.13452148, 0.32348633, 0.015357971, -0.064453125) * v0_2.y;
                s0_0 += HVEC4(0.35351562, 0.3071289, 0.003479004, -0.06719971) * v0_2.z;
                s0_0 += HVEC4(0.8022461, 0.07171631, -0.015792847, 0.0011205673) * v0_2.w;
                s0_0 += HVEC4(0.36743164, 0.120788574, 0.0848999, -0.028076172) * v0_3.x;
                s0_0 += HVEC4(0.5805664, -0.54785156, 0.10272217, 0.06085205) * v0_3.y;
                s0_0 += HVEC4(0.068481445, -0.0042648315, 0.03543091, 0.0010099411) * v0_3.z;
                s0_0 += HVEC4(-0.00038003922, 0.16125488, -0.021743774, -0.009231567) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.117248535, -0.006187439, 0.068481445, 0.16003418) * v0_0.x;
                s0_1 += HVEC4(-0.087524414, -0.068725586, -0.0014333725, 0.03781128) * v0_0.y;
                s0_1 += HVEC4(0.05267334, -0.01864624, -0.0066947937, 0.010025024) * v0_0.z;
                s0_1 += HVEC4(0.08026123, -0.06854248, -0.05706787, -0.10675049) * v0_0.w;
                s0_1 += HVEC4(-0.28125, -0.12817383, 0.009277344, -0.030700684) * v0_1.x;
                s0_1 += HVEC4(0.22485352, 0.38623047, 0.019729614, 0.1796875) * v0_1.y;
                s0_1 += HVEC4(0.017608643, 0.10180664, 0.21582031, -0.12072754) * v0_1.z;
                s0_1 += HVEC4(0.038116455, -0.14172363, -0.38671875, -0.19372559) * v0_1.w;
                s0_1 += HVEC4(-0.036224365, -0.14904785, -0.2163086, -0.10882568) * v0_2.x;
                s0_1 += HVEC4(0.22021484, 0.3330078, 0.07531738, 0.107543945) * v0_2.y;
                s0_1 += HVEC4(-0.12213135, 0.08312988, 0.064086914, 0.097961426) * v0_2.z;
                s0_1 += HVEC4(-0.11279297, -0.068237305, -0.17346191, 0.11022949) * v0_2.w;
                s0_1 += HVEC4(0.08703613, -0.01309967, 0.020111084, 0.041259766) * v0_3.x;
                s0_1 += HVEC4(-0.040374756, -0.109313965, 0.0390625, 0.06048584) * v0_3.y;
                s0_1 += HVEC4(-0.09313965, 0.15014648, 0.07611084, 0.080566406) * v0_3.z;
                s0_1 += HVEC4(0.028137207, 0.05441284, 0.04248047, 0.0024375916) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.25439453, 0.1706543, 0.023239136, 0.02848816) * v0_0.x;
                s0_0 += HVEC4(0.5698242, 0.29760742, 0.010917664, 0.09710693) * v0_0.y;
                s0_0 += HVEC4(-0.5864258, -0.4416504, -0.04537964, -0.13134766) * v0_0.z;
                s0_0 += HVEC4(-0.33129883, 0.087402344, 0.03616333, 0.10534668) * v0_0.w;
                s0_0 += HVEC4(-0.35986328, 0.062683105, 0.07019043, -0.0015230179) * v0_1.x;
                s0_0 += HVEC4(0.6176758, -0.38330078, -0.022323608, -0.20507812) * v0_1.y;
                s0_0 += HVEC4(0.7890625, -0.051116943, -0.0022602081, 0.031173706) * v0_1.z;
                s0_0 += HVEC4(-0.2475586, -0.28442383, -0.12133789, 0.03262329) * v0_1.w;
                s0_0 += HVEC4(-0.62158203, -0.13647461, -0.070373535, 0.028915405) * v0_2.x;
                s0_0 += HVEC4(-0.016448975, -0.43164062, -0.02507019, -0.058013916) * v0_2.y;
                s0_0 += HVEC4(-0.005783081, -0.3413086, 0.09649658, -0.0037517548) * v0_2.z;
                s0_0 += HVEC4(-1.0234375, -0.16125488, 0.08062744, 0.035125732) * v0_2.w;
                s0_0 += HVEC4(-0.27075195, -0.29467773, -0.05429077, -0.0028190613) * v0_3.x;
                s0_0 += HVEC4(-0.3166504, 0.5253906, 0.03201294, 0.07269287) * v0_3.y;
                s0_0 += HVEC4(0.19726562, -0.10748291, -0.035491943, -0.03390503) * v0_3.z;
                s0_0 += HVEC4(0.06188965, -0.10455322, 0.0065574646, -0.0067329407) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.0836792, -0.06781006, 0.07312012, -0.059326172) * v0_0.x;
                s0_1 += HVEC4(-0.06097412, 0.10192871, 0.09576416, 0.03756714) * v0_0.y;
                s0_1 += HVEC4(-0.11151123, 0.036010742, 0.033172607, 0.0032615662) * v0_0.z;
                s0_1 += HVEC4(0.13305664, -0.054992676, -0.107421875, -0.043945312) * v0_0.w;
                s0_1 += HVEC4(0.10882568, 0.05529785, -0.062072754, -0.029067993) * v0_1.x;
                s0_1 += HVEC4(-0.21984863, 0.097595215, 0.12768555, -0.091308594) * v0_1.y;
                s0_1 += HVEC4(0.11254883, -0.12609863, 0.08178711, 0.23291016) * v0_1.z;
                s0_1 += HVEC4(0.09661865, -0.19555664, -0.03262329, 0.0149002075) * v0_1.w;
                s0_1 += HVEC4(-0.11193848, 0.20166016, 0.12219238, 0.059051514) * v0_2.x;
                s0_1 += HVEC4(0.07946777, 0.042388916, 0.21240234, -0.052215576) * v0_2.y;
                s0_1 += HVEC4(0.09423828, -0.032684326, -0.084106445, -0.054595947) * v0_2.z;
                s0_1 += HVEC4(0.11468506, 0.16125488, -0.062408447, -0.044525146) * v0_2.w;
                s0_1 += HVEC4(-0.13330078, -0.05215454, -0.1105957, 0.0069465637) * v0_3.x;
                s0_1 += HVEC4(0.09301758, 0.10168457, 0.07220459, 0.09112549) * v0_3.y;
                s0_1 += HVEC4(0.060668945, -0.18652344, -0.076171875, -0.03237915) * v0_3.z;
                s0_1 += HVEC4(-0.26904297, -0.024047852, -0.009811401, 0.039215088) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.28588867, 0.06762695, 0.031707764, -0.00016856194) * v0_0.x;
                s0_0 += HVEC4(0.11035156, -0.22705078, 0.20605469, -0.113464355) * v0_0.y;
                s0_0 += HVEC4(-0.27197266, 0.11364746, -0.064086914, 0.040802002) * v0_0.z;
                s0_0 += HVEC4(-0.06695557, -0.015182495, -0.084228516, -0.051361084) * v0_0.w;
                s0_0 += HVEC4(0.21240234, 0.23950195, 0.024047852, 0.014503479) * v0_1.x;
                s0_0 += HVEC4(0.20593262, -0.06793213, 0.04046631, 0.044433594) * v0_1.y;
                s0_0 += HVEC4(-0.34399414, -0.43164062, 0.02494812, 0.16418457) * v0_1.z;
                s0_0 += HVEC4(0.1116333, -0.36816406, -0.078308105, 0.07232666) * v0_1.w;
                s0_0 += HVEC4(-0.22387695, 0.062072754, 0.119018555, 0.00995636) * v0_2.x;
                s0_0 += HVEC4(-0.17272949, 0.2890625, 0.02217102, -0.019439697) * v0_2.y;
                s0_0 += HVEC4(-0.62402344, -0.15002441, -0.18408203, 0.08404541) * v0_2.z;
                s0_0 += HVEC4(0.37475586, 0.04144287, 0.06506348, 0.011627197) * v0_2.w;
                s0_0 += HVEC4(0.28320312, 0.08581543, -0.04852295, -0.0049362183) * v0_3.x;
                s0_0 += HVEC4(0.34448242, -0.22351074, 0.23303223, -0.23168945) * v0_3.y;
                s0_0 += HVEC4(-0.079956055, 0.06161499, -0.016418457, 0.025177002) * v0_3.z;
                s0_0 += HVEC4(0.27368164, -0.05886841, 0.05630493, -0.00032043457) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.12414551, 0.006011963, 0.007019043, -0.06970215) * v0_0.x;
                s0_1 += HVEC4(-0.124816895, 0.27978516, 0.048980713, -0.051483154) * v0_0.y;
                s0_1 += HVEC4(0.03289795, 0.08972168, -0.11907959, 0.109375) * v0_0.z;
                s0_1 += HVEC4(-0.10583496, -0.035217285, -0.053619385, 0.13635254) * v0_0.w;
                s0_1 += HVEC4(0.04360962, 0.120910645, 0.10058594, -0.06323242) * v0_1.x;
                s0_1 += HVEC4(-0.030639648, -0.07183838, 0.101501465, -0.022003174) * v0_1.y;
                s0_1 += HVEC4(-0.12976074, 0.23364258, -0.18640137, 0.05709839) * v0_1.z;
                s0_1 += HVEC4(0.07757568, -0.18273926, -0.07220459, 0.0064468384) * v0_1.w;
                s0_1 += HVEC4(0.028808594, -0.021362305, -0.087890625, 0.038146973) * v0_2.x;
                s0_1 += HVEC4(-0.07763672, 0.15185547, -0.047607422, -0.038909912) * v0_2.y;
                s0_1 += HVEC4(-0.16223145, -0.24890137, 0.07965088, 0.019866943) * v0_2.z;
                s0_1 += HVEC4(-0.11236572, -0.13330078, 0.105163574, -0.07977295) * v0_2.w;
                s0_1 += HVEC4(-0.15905762, -0.10180664, 0.019622803, -0.005958557) * v0_3.x;
                s0_1 += HVEC4(-0.21813965, 0.13122559, 0.17004395, -0.1352539) * v0_3.y;
                s0_1 += HVEC4(0.076049805, -0.072021484, 0.003271103, -0.03640747) * v0_3.z;
                s0_1 += HVEC4(0.19946289, -0.03552246, -0.06427002, -0.06414795) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.19958496, -0.16564941, -0.016143799, -0.12402344) * v0_0.x;
                s0_0 += HVEC4(-0.24401855, -0.14807129, 0.18127441, -0.13659668) * v0_0.y;
                s0_0 += HVEC4(0.20898438, 0.10638428, 0.010627747, 0.0012693405) * v0_0.z;
                s0_0 += HVEC4(0.036071777, 0.08258057, -0.01676941, 0.029724121) * v0_0.w;
                s0_0 += HVEC4(-0.31958008, -0.07977295, 0.036315918, -0.045928955) * v0_1.x;
                s0_0 += HVEC4(-0.09649658, 0.07159424, -0.14855957, 0.02456665) * v0_1.y;
                s0_0 += HVEC4(-0.09991455, -0.17370605, -0.060913086, 0.22155762) * v0_1.z;
                s0_0 += HVEC4(-0.25268555, 0.5371094, 0.12792969, 0.22131348) * v0_1.w;
                s0_0 += HVEC4(0.06817627, 0.15100098, -0.020080566, -0.08306885) * v0_2.x;
                s0_0 += HVEC4(0.16796875, -0.024307251, -0.09277344, -0.046966553) * v0_2.y;
                s0_0 += HVEC4(0.04220581, -0.38012695, 0.12988281, -0.13562012) * v0_2.z;
                s0_0 += HVEC4(-0.20361328, 0.05529785, 0.17993164, -0.064453125) * v0_2.w;
                s0_0 += HVEC4(0.001616478, 0.2208252, 0.038604736, -0.0027427673) * v0_3.x;
                s0_0 += HVEC4(0.14538574, -0.20825195, -0.057128906, -0.107543945) * v0_3.y;
                s0_0 += HVEC4(-0.23510742, -0.04977417, 0.009277344, -0.034210205) * v0_3.z;
                s0_0 += HVEC4(0.009178162, -0.035339355, -0.059448242, -0.05026245) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.056152344, 0.23730469, -0.08270264, 0.33862305) * v0_0.x;
                s0_1 += HVEC4(-0.052825928, -0.088134766, 0.11956787, 0.07714844) * v0_0.y;
                s0_1 += HVEC4(-0.1048584, 0.27783203, 0.053649902, 0.13110352) * v0_0.z;
                s0_1 += HVEC4(0.0680542, -0.05621338, -0.037078857, -0.098083496) * v0_0.w;
                s0_1 += HVEC4(-0.02444458, -0.55371094, 0.06286621, -0.39892578) * v0_1.x;
                s0_1 += HVEC4(0.11987305, 0.41479492, -0.0017528534, 0.46923828) * v0_1.y;
                s0_1 += HVEC4(-0.0012693405, -0.14611816, -0.15405273, 0.029647827) * v0_1.z;
                s0_1 += HVEC4(-0.20861816, -0.43945312, -0.111206055, -0.5234375) * v0_1.w;
                s0_1 += HVEC4(0.06185913, 0.15185547, 0.028656006, -0.16992188) * v0_2.x;
                s0_1 += HVEC4(0.16699219, 0.26049805, -0.0079574585, -0.087890625) * v0_2.y;
                s0_1 += HVEC4(-0.123413086, 0.091430664, 0.01689148, 0.40698242) * v0_2.z;
                s0_1 += HVEC4(0.03036499, 0.046447754, 0.10626221, -0.3461914) * v0_2.w;
                s0_1 += HVEC4(-0.004245758, 0.06707764, -0.050567627, 0.014541626) * v0_3.x;
                s0_1 += HVEC4(0.27319336, -0.033966064, 0.19836426, -0.29077148) * v0_3.y;
                s0_1 += HVEC4(-0.26342773, 0.11956787, -0.010406494, 0.25878906) * v0_3.z;
                s0_1 += HVEC4(0.17150879, 0.40478516, 0.007713318, 0.4321289) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.016479492, -0.14074707, -0.027130127, -0.09375) * v0_0.x;
                s0_0 += HVEC4(-0.4128418, 0.23950195, 0.073791504, -0.03829956) * v0_0.y;
                s0_0 += HVEC4(-0.4362793, 0.56689453, 0.0039596558, -0.3466797) * v0_0.z;
                s0_0 += HVEC4(0.03677368, 0.035247803, 0.09844971, 0.11633301) * v0_0.w;
                s0_0 += HVEC4(0.16601562, -0.38842773, 0.062438965, 0.097229004) * v0_1.x;
                s0_0 += HVEC4(-0.10119629, 0.24499512, 0.030212402, 0.055664062) * v0_1.y;
                s0_0 += HVEC4(0.06524658, 0.37670898, 0.14343262, -0.017074585) * v0_1.z;
                s0_0 += HVEC4(0.82177734, -0.72314453, -0.17980957, 0.21228027) * v0_1.w;
                s0_0 += HVEC4(-0.1583252, 0.38891602, 0.07220459, -0.31396484) * v0_2.x;
                s0_0 += HVEC4(-0.043121338, 0.11663818, 0.22363281, -0.5473633) * v0_2.y;
                s0_0 += HVEC4(-0.12030029, 0.6567383, 0.1105957, -0.34716797) * v0_2.z;
                s0_0 += HVEC4(0.22045898, 0.23217773, -0.21838379, -0.14685059) * v0_2.w;
                s0_0 += HVEC4(0.17980957, -0.035491943, 0.010734558, -5.066395e-06) * v0_3.x;
                s0_0 += HVEC4(-0.43579102, 0.41333008, 0.09277344, 0.062438965) * v0_3.y;
                s0_0 += HVEC4(-0.41992188, 0.3227539, 0.07458496, 0.006958008) * v0_3.z;
                s0_0 += HVEC4(-0.22253418, 0.05239868, 0.045684814, 0.07269287) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.10803223, -0.17028809, 0.24523926, -0.04071045) * v0_0.x;
                s0_1 += HVEC4(0.19458008, -0.19384766, -0.05847168, -0.056243896) * v0_0.y;
                s0_1 += HVEC4(-0.17407227, 0.1385498, 0.8676758, -0.06591797) * v0_0.z;
                s0_1 += HVEC4(0.16662598, 0.06286621, -0.10418701, -0.07867432) * v0_0.w;
                s0_1 += HVEC4(0.3515625, 0.045532227, -0.1352539, 0.16955566) * v0_1.x;
                s0_1 += HVEC4(-0.2734375, 0.04333496, -0.13500977, -0.27905273) * v0_1.y;
                s0_1 += HVEC4(0.13391113, -0.17370605, -0.3791504, -0.21496582) * v0_1.z;
                s0_1 += HVEC4(0.31323242, 0.068847656, -0.17980957, 0.15112305) * v0_1.w;
                s0_1 += HVEC4(-0.125, 0.41625977, 0.7729492, -0.029220581) * v0_2.x;
                s0_1 += HVEC4(-0.10357666, -0.11248779, 0.8154297, -0.07324219) * v0_2.y;
                s0_1 += HVEC4(0.1751709, 0.117248535, 0.26953125, -0.33251953) * v0_2.z;
                s0_1 += HVEC4(0.15014648, -0.025787354, 0.34936523, 0.30932617) * v0_2.w;
                s0_1 += HVEC4(0.015563965, 0.01838684, 0.03149414, 0.08068848) * v0_3.x;
                s0_1 += HVEC4(-0.10925293, -0.032928467, 0.0021648407, 0.14770508) * v0_3.y;
                s0_1 += HVEC4(0.021896362, -0.023406982, -0.11395264, -0.17932129) * v0_3.z;
                s0_1 += HVEC4(-0.33935547, 0.017791748, -0.003856659, 0.04824829) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(-0.3100586, -0.027389526, -0.057800293, -0.06567383) * v0_0.x;
                s0_0 += HVEC4(-0.37353516, -0.17993164, -0.051483154, -0.01348114) * v0_0.y;
                s0_0 += HVEC4(0.19506836, 0.16784668, 0.087402344, -0.13623047) * v0_0.z;
                s0_0 += HVEC4(-0.045288086, 0.066223145, 0.052490234, 0.038757324) * v0_0.w;
                s0_0 += HVEC4(-0.15551758, 0.07220459, -0.10650635, -0.13024902) * v0_1.x;
                s0_0 += HVEC4(-0.22241211, -0.02319336, -0.13024902, 0.09649658) * v0_1.y;
                s0_0 += HVEC4(-0.16564941, 0.1295166, -0.08337402, -0.15820312) * v0_1.z;
                s0_0 += HVEC4(0.40649414, 0.35205078, -0.049194336, 0.13330078) * v0_1.w;
                s0_0 += HVEC4(-0.020889282, 0.13085938, 0.10491943, -0.025543213) * v0_2.x;
                s0_0 += HVEC4(0.16430664, -0.064331055, -0.06854248, -0.09411621) * v0_2.y;
                s0_0 += HVEC4(-0.007980347, -0.14697266, -0.07562256, 0.107299805) * v0_2.z;
                s0_0 += HVEC4(-0.062561035, 0.14526367, -0.049224854, -0.04031372) * v0_2.w;
                s0_0 += HVEC4(0.09301758, 0.15734863, -0.12249756, 0.041290283) * v0_3.x;
                s0_0 += HVEC4(-0.36669922, -0.1887207, -0.07470703, -0.08081055) * v0_3.y;
                s0_0 += HVEC4(0.034240723, 0.044433594, -0.020446777, 0.1262207) * v0_3.z;
                s0_0 += HVEC4(-0.16467285, 0.10626221, 0.066711426, -0.021759033) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.112976074, -0.16418457, -0.016693115, -0.10858154) * v0_0.x;
                s0_1 += HVEC4(-0.05935669, -0.22265625, 0.21533203, -0.08850098) * v0_0.y;
                s0_1 += HVEC4(0.35864258, -0.109558105, 0.13269043, 0.053955078) * v0_0.z;
                s0_1 += HVEC4(-0.19616699, 0.08428955, -0.024002075, 0.024261475) * v0_0.w;
                s0_1 += HVEC4(0.25561523, 0.053222656, 0.13952637, 0.0004992485) * v0_1.x;
                s0_1 += HVEC4(-0.13134766, 0.078308105, 0.0068626404, -0.13232422) * v0_1.y;
                s0_1 += HVEC4(-0.19042969, -0.22949219, 0.14160156, 0.12890625) * v0_1.z;
                s0_1 += HVEC4(0.19641113, 0.007675171, -0.19470215, -0.053894043) * v0_1.w;
                s0_1 += HVEC4(0.3371582, -0.046020508, 0.018600464, 0.105529785) * v0_2.x;
                s0_1 += HVEC4(-0.35791016, -0.040496826, 0.19396973, -0.1005249) * v0_2.y;
                s0_1 += HVEC4(-0.25048828, 0.22851562, 0.26635742, 0.22167969) * v0_2.z;
                s0_1 += HVEC4(-0.12432861, -0.11462402, -0.084472656, 0.06161499) * v0_2.w;
                s0_1 += HVEC4(-0.026550293, -0.0025157928, 0.019470215, -0.034362793) * v0_3.x;
                s0_1 += HVEC4(-0.13769531, -0.29541016, 0.07727051, -0.0914917) * v0_3.y;
                s0_1 += HVEC4(0.05517578, -0.03201294, 0.025222778, -0.08843994) * v0_3.z;
                s0_1 += HVEC4(0.44067383, -0.005207062, 0.057678223, 0.0129852295) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.025756836, 0.068237305, 0.021057129, 0.09643555) * v0_0.x;
                s0_0 += HVEC4(-0.043029785, -0.09033203, -0.057769775, 0.21582031) * v0_0.y;
                s0_0 += HVEC4(0.23828125, -0.20471191, 0.045318604, -0.05166626) * v0_0.z;
                s0_0 += HVEC4(-0.04244995, -0.04776001, -0.103637695, -0.014732361) * v0_0.w;
                s0_0 += HVEC4(0.06738281, 0.14221191, -0.040130615, 0.15112305) * v0_1.x;
                s0_0 += HVEC4(0.09869385, -0.118652344, -0.07281494, 0.045959473) * v0_1.y;
                s0_0 += HVEC4(0.26464844, 0.12261963, -0.17944336, -0.27441406) * v0_1.z;
                s0_0 += HVEC4(0.08972168, 0.17895508, -0.20507812, 0.0871582) * v0_1.w;
                s0_0 += HVEC4(0.18164062, 0.005508423, -0.22717285, 0.13439941) * v0_2.x;
                s0_0 += HVEC4(-0.02394104, -0.033355713, -0.0051078796, 0.043426514) * v0_2.y;
                s0_0 += HVEC4(-0.023025513, 0.043426514, 0.020553589, 0.05090332) * v0_2.z;
                s0_0 += HVEC4(-0.0859375, 0.04824829, -0.054656982, 0.16821289) * v0_2.w;
                s0_0 += HVEC4(-0.11206055, 0.025726318, -0.01889038, 0.023864746) * v0_3.x;
                s0_0 += HVEC4(-0.11138916, 0.079711914, 0.072143555, -0.015586853) * v0_3.y;
                s0_0 += HVEC4(-0.097351074, -0.16271973, -0.08526611, 0.28076172) * v0_3.z;
                s0_0 += HVEC4(-0.07116699, 0.08996582, -0.0025138855, 0.11431885) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.015525818, -0.051971436, 0.04168701, -0.17456055) * v0_0.x;
                s0_1 += HVEC4(0.12939453, -0.4777832, -0.12878418, 0.07232666) * v0_0.y;
                s0_1 += HVEC4(0.110839844, 0.023040771, -0.09326172, 0.123535156) * v0_0.z;
                s0_1 += HVEC4(-0.008491516, -0.060424805, 0.107666016, -0.029251099) * v0_0.w;
                s0_1 += HVEC4(-0.15515137, -0.4802246, -0.049224854, -0.23803711) * v0_1.x;
                s0_1 += HVEC4(0.27856445, 0.4506836, -0.15234375, 0.9067383) * v0_1.y;
                s0_1 += HVEC4(-0.2709961, -0.105773926, 0.12249756, -0.06149292) * v0_1.z;
                s0_1 += HVEC4(0.0017004013, 0.06298828, 0.0014572144, 0.45239258) * v0_1.w;
                s0_1 += HVEC4(0.21166992, -0.122924805, -0.15246582, 0.50439453) * v0_2.x;
                s0_1 += HVEC4(0.14794922, 0.44555664, -0.18774414, 0.61083984) * v0_2.y;
                s0_1 += HVEC4(-0.10333252, -0.16003418, -0.10205078, -0.105285645) * v0_2.z;
                s0_1 += HVEC4(0.10266113, -0.3630371, -0.06604004, -0.23901367) * v0_2.w;
                s0_1 += HVEC4(0.22045898, 0.31152344, 0.010284424, -0.049224854) * v0_3.x;
                s0_1 += HVEC4(0.03164673, 0.2915039, -0.21179199, 0.42333984) * v0_3.y;
                s0_1 += HVEC4(0.04284668, -0.81933594, -0.21801758, 0.24841309) * v0_3.z;
                s0_1 += HVEC4(0.13647461, 0.11077881, -0.10272217, 0.390625) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.048736572, 0.05984497, -0.059753418, 0.13146973) * v0_0.x;
                s0_0 += HVEC4(0.08911133, 0.1550293, -0.07232666, 0.44970703) * v0_0.y;
                s0_0 += HVEC4(0.26464844, -0.101257324, -0.17858887, 0.7548828) * v0_0.z;
                s0_0 += HVEC4(0.0073127747, -0.03289795, -0.05407715, 0.02659607) * v0_0.w;
                s0_0 += HVEC4(0.062164307, -0.085876465, 0.09588623, -0.1328125) * v0_1.x;
                s0_0 += HVEC4(0.06829834, 0.0038719177, -0.0064201355, 0.14733887) * v0_1.y;
                s0_0 += HVEC4(-0.010124207, 0.024398804, 0.013221741, 0.17590332) * v0_1.z;
                s0_0 += HVEC4(-0.17041016, -0.117370605, 0.20422363, -0.73828125) * v0_1.w;
                s0_0 += HVEC4(-0.35498047, 0.08331299, -0.20483398, 0.65234375) * v0_2.x;
                s0_0 += HVEC4(-0.20678711, 0.18518066, 0.12963867, 0.33935547) * v0_2.y;
                s0_0 += HVEC4(0.055725098, 0.09423828, -0.1829834, 0.42822266) * v0_2.z;
                s0_0 += HVEC4(0.0847168, -0.20703125, 0.10638428, -0.06939697) * v0_2.w;
                s0_0 += HVEC4(0.011184692, -0.046325684, 0.0715332, -0.56347656) * v0_3.x;
                s0_0 += HVEC4(0.07904053, 0.1348877, -0.0033283234, 0.31884766) * v0_3.y;
                s0_0 += HVEC4(0.28466797, 0.012214661, -0.11975098, 1.328125) * v0_3.z;
                s0_0 += HVEC4(-0.017700195, 0.06274414, -0.06060791, 0.35498047) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.08538818, -0.109436035, -0.13256836, -0.030593872) * v0_0.x;
                s0_1 += HVEC4(0.17260742, -0.02394104, -0.5175781, -0.31152344) * v0_0.y;
                s0_1 += HVEC4(-0.056030273, -0.41503906, -0.58935547, -0.12286377) * v0_0.z;
                s0_1 += HVEC4(0.08105469, 0.030471802, 0.076660156, 0.058807373) * v0_0.w;
                s0_1 += HVEC4(0.1282959, -0.016845703, 0.16662598, 0.17236328) * v0_1.x;
                s0_1 += HVEC4(-0.14147949, -0.015686035, -0.35668945, -0.16687012) * v0_1.y;
                s0_1 += HVEC4(0.2388916, 0.28564453, 0.021072388, -0.28051758) * v0_1.z;
                s0_1 += HVEC4(-0.02532959, 0.6621094, 0.86083984, 0.10491943) * v0_1.w;
                s0_1 += HVEC4(-0.17785645, -0.23950195, -0.3737793, 0.035614014) * v0_2.x;
                s0_1 += HVEC4(0.097351074, -0.16638184, -0.5073242, -0.15185547) * v0_2.y;
                s0_1 += HVEC4(0.4658203, -0.027297974, -0.48095703, -0.5) * v0_2.z;
                s0_1 += HVEC4(0.0635376, 0.3244629, -0.081848145, -0.22155762) * v0_2.w;
                s0_1 += HVEC4(-0.07867432, 0.27124023, 0.44506836, 0.09820557) * v0_3.x;
                s0_1 += HVEC4(-0.18603516, -0.109069824, -0.3894043, -0.31567383) * v0_3.y;
                s0_1 += HVEC4(0.5541992, -0.58154297, -0.93847656, -0.18798828) * v0_3.z;
                s0_1 += HVEC4(-0.29492188, -0.15368652, -0.12237549, -0.034484863) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.12438965, -0.118774414, 0.005542755, 0.04156494) * v0_0.x;
                s0_0 += HVEC4(0.1776123, -0.0925293, -0.123168945, -0.09667969) * v0_0.y;
                s0_0 += HVEC4(0.074157715, -0.09222412, 0.063964844, -0.07696533) * v0_0.z;
                s0_0 += HVEC4(0.039764404, -0.058410645, 0.04244995, -0.06854248) * v0_0.w;
                s0_0 += HVEC4(-0.12145996, 0.19946289, -0.17004395, -0.009933472) * v0_1.x;
                s0_0 += HVEC4(0.10064697, -0.027359009, -0.074401855, -0.12561035) * v0_1.y;
                s0_0 += HVEC4(0.24121094, -0.4416504, 0.10974121, -0.032470703) * v0_1.z;
                s0_0 += HVEC4(-0.026123047, -0.35961914, 0.0060195923, -0.13745117) * v0_1.w;
                s0_0 += HVEC4(0.097229004, -0.12939453, -0.08807373, -0.024307251) * v0_2.x;
                s0_0 += HVEC4(-0.084350586, 0.10131836, 0.08544922, 0.16308594) * v0_2.y;
                s0_0 += HVEC4(0.18713379, -0.02709961, -0.13671875, 0.013435364) * v0_2.z;
                s0_0 += HVEC4(-0.030670166, -0.12792969, -0.04525757, 0.03427124) * v0_2.w;
                s0_0 += HVEC4(-0.059020996, -0.048614502, -0.054656982, -0.1161499) * v0_3.x;
                s0_0 += HVEC4(0.062347412, 0.099609375, -0.0073165894, -0.08154297) * v0_3.y;
                s0_0 += HVEC4(-0.2175293, 0.022491455, -0.04135132, 0.24230957) * v0_3.z;
                s0_0 += HVEC4(-0.0848999, 0.011619568, -0.15820312, 0.18798828) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.22302246, -0.16345215, -0.03262329, -0.030136108) * v0_0.x;
                s0_1 += HVEC4(0.049194336, -0.00730896, -0.020965576, -0.033203125) * v0_0.y;
                s0_1 += HVEC4(0.031799316, -0.121276855, -0.13513184, -0.10949707) * v0_0.z;
                s0_1 += HVEC4(-0.13085938, -0.11053467, 0.06555176, 0.088134766) * v0_0.w;
                s0_1 += HVEC4(0.14331055, -0.06341553, -0.1685791, -0.10028076) * v0_1.x;
                s0_1 += HVEC4(-0.2253418, 0.101379395, -0.020019531, -0.011352539) * v0_1.y;
                s0_1 += HVEC4(0.0045814514, 0.061767578, 0.18688965, 0.01914978) * v0_1.z;
                s0_1 += HVEC4(-0.23339844, -0.00242424, 0.20251465, 0.13012695) * v0_1.w;
                s0_1 += HVEC4(0.2770996, -0.21105957, 0.009796143, 0.11785889) * v0_2.x;
                s0_1 += HVEC4(-0.30200195, -0.12200928, -0.13574219, 9.983778e-05) * v0_2.y;
                s0_1 += HVEC4(-0.22827148, -0.35766602, -0.18164062, -0.025894165) * v0_2.z;
                s0_1 += HVEC4(-0.123291016, 0.12756348, 0.019561768, 0.1182251) * v0_2.w;
                s0_1 += HVEC4(-0.3408203, 0.06817627, 0.080200195, -0.011131287) * v0_3.x;
                s0_1 += HVEC4(0.056427002, 0.14111328, -0.035491943, 0.04574585) * v0_3.y;
                s0_1 += HVEC4(0.09716797, -0.28564453, -0.2088623, -0.058380127) * v0_3.z;
                s0_1 += HVEC4(0.22790527, -0.17810059, -0.08709717, -0.031982422) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_0 = max(a0_0, vec4(0.0));
            a0_1 = max(a0_1, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.012152654, 0.0372149, 0.0062034694, 0.013527767);
            vec4 a0_3 = vec4(0.012821475, 0.0042249896, 0.005348711, -0.01585064);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.22314453, -0.105285645, -0.44799805, -0.82128906) * v0_0.x;
                s0_2 += HVEC4(-0.0012626648, 0.0014247894, 0.08117676, -0.41015625) * v0_0.y;
                s0_2 += HVEC4(-0.18371582, -0.19604492, 0.2890625, -0.31152344) * v0_0.z;
                s0_2 += HVEC4(0.007835388, -0.06689453, 0.025039673, 0.025787354) * v0_0.w;
                s0_2 += HVEC4(-0.049224854, 0.07623291, 0.5942383, -0.49731445) * v0_1.x;
                s0_2 += HVEC4(0.19641113, 0.13012695, -0.19555664, 0.7836914) * v0_1.y;
                s0_2 += HVEC4(-0.19311523, -0.14379883, -0.86376953, -0.3322754) * v0_1.z;
                s0_2 += HVEC4(-0.09661865, -0.0066566467, 0.64160156, -0.4326172) * v0_1.w;
                s0_2 += HVEC4(-0.113342285, -0.02520752, 0.3671875, -0.12573242) * v0_2.x;
                s0_2 += HVEC4(-0.0051193237, 0.107543945, 0.09838867, -0.21691895) * v0_2.y;
                s0_2 += HVEC4(0.0011749268, -0.021240234, 0.3713379, 0.07385254) * v0_2.z;
                s0_2 += HVEC4(0.008399963, 0.020233154, 0.8276367, -0.5629883) * v0_2.w;
                s0_2 += HVEC4(0.07525635, 0.056915283, 0.33569336, 0.19824219) * v0_3.x;
                s0_2 += HVEC4(0.111694336, 0.17944336, 0.51416016, 0.1817627) * v0_3.y;
                s0_2 += HVEC4(0.029876709, 0.011749268, -0.18786621, 0.2998047) * v0_3.z;
                s0_2 += HVEC4(-0.011749268, 0.031280518, 0.003627777, 0.37280273) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.16137695, 0.08746338, 0.2232666, -0.10644531) * v0_0.x;
                s0_3 += HVEC4(0.064331055, -0.0006623268, 0.23339844, 0.14624023) * v0_0.y;
                s0_3 += HVEC4(0.022598267, -0.15197754, -0.10461426, -0.029525757) * v0_0.z;
                s0_3 += HVEC4(-0.028213501, -0.04534912, -0.008712769, 0.14526367) * v0_0.w;
                s0_3 += HVEC4(-0.0039367676, 0.2052002, 0.07714844, 0.2244873) * v0_1.x;
                s0_3 += HVEC4(0.015457153, -0.14575195, -0.12890625, -0.26513672) * v0_1.y;
                s0_3 += HVEC4(-0.021209717, 0.22631836, 0.42163086, 0.022460938) * v0_1.z;
                s0_3 += HVEC4(-0.09814453, -0.0047340393, -0.75878906, 0.23815918) * v0_1.w;
                s0_3 += HVEC4(0.014122009, -0.1529541, -0.65966797, -0.09173584) * v0_2.x;
                s0_3 += HVEC4(0.018676758, -0.14562988, -0.31933594, -0.28344727) * v0_2.y;
                s0_3 += HVEC4(0.11773682, 0.0025196075, 0.17382812, -0.08117676) * v0_2.z;
                s0_3 += HVEC4(0.10583496, -0.03491211, -0.021560669, -0.046539307) * v0_2.w;
                s0_3 += HVEC4(-0.014015198, -0.057678223, -0.2376709, -0.0042915344) * v0_3.x;
                s0_3 += HVEC4(-0.097229004, -0.14074707, 0.14160156, 0.15539551) * v0_3.y;
                s0_3 += HVEC4(0.012832642, -0.01828003, 0.07501221, -0.099853516) * v0_3.z;
                s0_3 += HVEC4(-0.014564514, -0.05807495, -0.056396484, -0.10827637) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.05630493, 0.05166626, 0.05657959, -0.11883545) * v0_0.x;
                s0_2 += HVEC4(0.036193848, 0.012016296, 0.11151123, -0.12005615) * v0_0.y;
                s0_2 += HVEC4(0.06085205, 0.057281494, 0.047546387, -0.48876953) * v0_0.z;
                s0_2 += HVEC4(0.05239868, 0.10437012, -0.04937744, -0.09838867) * v0_0.w;
                s0_2 += HVEC4(-0.009803772, 0.10736084, 0.106933594, -0.12219238) * v0_1.x;
                s0_2 += HVEC4(-0.11773682, -0.25708008, 0.004486084, -0.060272217) * v0_1.y;
                s0_2 += HVEC4(-0.1550293, 0.17858887, 0.16357422, 0.11785889) * v0_1.z;
                s0_2 += HVEC4(-0.11663818, 0.013282776, -0.123046875, -0.23925781) * v0_1.w;
                s0_2 += HVEC4(0.15002441, -0.09136963, 0.2932129, -0.82373047) * v0_2.x;
                s0_2 += HVEC4(0.022064209, -0.0690918, -0.0038261414, -0.2890625) * v0_2.y;
                s0_2 += HVEC4(0.09051514, -0.25634766, -0.43115234, 0.3876953) * v0_2.z;
                s0_2 += HVEC4(0.11651611, 0.07409668, -0.3852539, 0.16931152) * v0_2.w;
                s0_2 += HVEC4(0.08666992, -0.1418457, -0.10241699, -0.27734375) * v0_3.x;
                s0_2 += HVEC4(-0.12402344, 0.009513855, 0.26635742, -0.2902832) * v0_3.y;
                s0_2 += HVEC4(-0.08496094, -0.058502197, 0.057373047, 0.11187744) * v0_3.z;
                s0_2 += HVEC4(-0.0036811829, -0.17919922, -0.007926941, 0.012168884) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.13378906, -0.061401367, -0.124938965, -0.052947998) * v0_0.x;
                s0_3 += HVEC4(-0.008903503, 0.024795532, -0.088012695, 0.04107666) * v0_0.y;
                s0_3 += HVEC4(0.1484375, -0.10986328, -0.28344727, 0.063964844) * v0_0.z;
                s0_3 += HVEC4(-0.010536194, 0.055877686, -0.008888245, -0.044433594) * v0_0.w;
                s0_3 += HVEC4(0.08483887, 0.09765625, -0.12780762, 0.043029785) * v0_1.x;
                s0_3 += HVEC4(0.1104126, -0.07385254, -0.046813965, 0.12902832) * v0_1.y;
                s0_3 += HVEC4(0.12200928, 0.07513428, 0.3474121, -0.12609863) * v0_1.z;
                s0_3 += HVEC4(0.032989502, 0.12927246, -0.07720947, -0.06713867) * v0_1.w;
                s0_3 += HVEC4(0.17626953, -0.08654785, -0.16503906, 0.020690918) * v0_2.x;
                s0_3 += HVEC4(0.23181152, -0.048614502, -0.17590332, 0.21325684) * v0_2.y;
                s0_3 += HVEC4(0.13977051, -0.08288574, 0.38330078, -0.13635254) * v0_2.z;
                s0_3 += HVEC4(0.067993164, -0.015396118, -0.117492676, -0.037963867) * v0_2.w;
                s0_3 += HVEC4(0.08227539, -0.05166626, 0.048095703, 0.056274414) * v0_3.x;
                s0_3 += HVEC4(-0.05758667, -0.10424805, -0.3461914, 0.13427734) * v0_3.y;
                s0_3 += HVEC4(-0.038879395, 0.06719971, 0.15197754, 0.07507324) * v0_3.z;
                s0_3 += HVEC4(0.17919922, 0.021896362, -0.10797119, 0.014221191) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.07110596, 0.13781738, -0.1508789, -0.25805664) * v0_0.x;
                s0_2 += HVEC4(0.010803223, 0.06262207, 0.08605957, -0.5859375) * v0_0.y;
                s0_2 += HVEC4(-0.023788452, 0.16589355, -0.2902832, -0.23059082) * v0_0.z;
                s0_2 += HVEC4(-0.053375244, -0.16455078, -0.09674072, -0.027359009) * v0_0.w;
                s0_2 += HVEC4(0.0028057098, 0.035949707, 0.31201172, -0.04824829) * v0_1.x;
                s0_2 += HVEC4(-0.00070381165, 0.0039367676, 0.1003418, 0.0047035217) * v0_1.y;
                s0_2 += HVEC4(0.20056152, -0.31982422, -0.12445068, 0.07904053) * v0_1.z;
                s0_2 += HVEC4(-0.18676758, 0.11639404, -0.11920166, 0.29174805) * v0_1.w;
                s0_2 += HVEC4(0.017456055, 0.018630981, -0.22351074, -0.14697266) * v0_2.x;
                s0_2 += HVEC4(-0.10253906, -0.024353027, -0.073913574, -0.0031585693) * v0_2.y;
                s0_2 += HVEC4(-0.06173706, 0.11218262, -0.36694336, -0.66308594) * v0_2.z;
                s0_2 += HVEC4(-0.008148193, 0.0048294067, -0.1171875, -0.16821289) * v0_2.w;
                s0_2 += HVEC4(0.026870728, 0.30688477, 0.14892578, 0.16333008) * v0_3.x;
                s0_2 += HVEC4(0.04397583, -0.088378906, 0.18017578, -0.4038086) * v0_3.y;
                s0_2 += HVEC4(0.008590698, 0.14331055, 0.022644043, -0.025939941) * v0_3.z;
                s0_2 += HVEC4(0.12719727, 0.0769043, 0.0073051453, -0.15148926) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.14208984, 0.067993164, -0.013885498, 0.022140503) * v0_0.x;
                s0_3 += HVEC4(-0.032989502, -0.08917236, 0.14147949, 0.08898926) * v0_0.y;
                s0_3 += HVEC4(-0.18029785, -0.22497559, 0.03390503, 0.048461914) * v0_0.z;
                s0_3 += HVEC4(0.005493164, 0.057128906, -0.014541626, -0.08282471) * v0_0.w;
                s0_3 += HVEC4(-0.11230469, -0.014343262, -0.09753418, 0.06915283) * v0_1.x;
                s0_3 += HVEC4(-0.16040039, -0.031677246, 0.055786133, 0.028747559) * v0_1.y;
                s0_3 += HVEC4(0.24731445, -0.076171875, -0.07434082, 0.012710571) * v0_1.z;
                s0_3 += HVEC4(-0.08081055, -0.26513672, 0.58691406, 0.016708374) * v0_1.w;
                s0_3 += HVEC4(-0.022903442, 0.11425781, 0.20666504, 0.02998352) * v0_2.x;
                s0_3 += HVEC4(-0.18115234, -0.05404663, -0.05596924, 0.093322754) * v0_2.y;
                s0_3 += HVEC4(-0.25585938, 0.13269043, -0.35546875, -0.10180664) * v0_2.z;
                s0_3 += HVEC4(-0.18969727, -0.07299805, -0.12237549, 0.072265625) * v0_2.w;
                s0_3 += HVEC4(-0.17687988, 0.05770874, -0.0491333, -0.035308838) * v0_3.x;
                s0_3 += HVEC4(-0.111328125, 0.07397461, -0.14477539, 0.23754883) * v0_3.y;
                s0_3 += HVEC4(-0.055145264, -0.036254883, -0.09094238, -0.021316528) * v0_3.z;
                s0_3 += HVEC4(0.089416504, 0.04510498, -0.05960083, 0.0012350082) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.10412598, -0.123413086, 0.49389648, -0.14074707) * v0_0.x;
                s0_2 += HVEC4(-0.066101074, -0.12536621, 0.39648438, -0.1743164) * v0_0.y;
                s0_2 += HVEC4(-0.06414795, -0.1307373, -0.4404297, 0.3569336) * v0_0.z;
                s0_2 += HVEC4(0.06665039, 0.087890625, -0.03579712, 0.08416748) * v0_0.w;
                s0_2 += HVEC4(-0.34472656, 0.05419922, -0.22009277, -0.359375) * v0_1.x;
                s0_2 += HVEC4(0.24401855, 0.033294678, -0.013931274, 0.49072266) * v0_1.y;
                s0_2 += HVEC4(-0.01802063, -0.11273193, 1.1982422, -0.16296387) * v0_1.z;
                s0_2 += HVEC4(-0.46484375, -0.034851074, 0.7324219, 0.34277344) * v0_1.w;
                s0_2 += HVEC4(-0.01146698, -0.10699463, -0.21496582, 0.5205078) * v0_2.x;
                s0_2 += HVEC4(-0.1315918, 0.010299683, -0.20410156, 0.50341797) * v0_2.y;
                s0_2 += HVEC4(-0.17199707, -0.0058021545, 0.4650879, -0.04034424) * v0_2.z;
                s0_2 += HVEC4(-0.091796875, 0.00072956085, -0.10614014, -0.23461914) * v0_2.w;
                s0_2 += HVEC4(0.0104904175, 0.006603241, -0.2939453, 0.04345703) * v0_3.x;
                s0_2 += HVEC4(0.06652832, 0.20056152, -0.76904297, 0.08984375) * v0_3.y;
                s0_2 += HVEC4(0.061401367, -0.125, 0.05441284, -0.075927734) * v0_3.z;
                s0_2 += HVEC4(0.020492554, 0.1116333, -0.012802124, -0.029922485) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.17749023, 0.025375366, -0.3034668, 0.13562012) * v0_0.x;
                s0_3 += HVEC4(0.12451172, -0.030334473, -0.09075928, 0.13757324) * v0_0.y;
                s0_3 += HVEC4(0.10076904, -0.24914551, 0.1361084, -0.4255371) * v0_0.z;
                s0_3 += HVEC4(-0.13806152, -0.11199951, 0.020553589, 0.09692383) * v0_0.w;
                s0_3 += HVEC4(-0.00982666, 0.44140625, 0.041381836, 0.29345703) * v0_1.x;
                s0_3 += HVEC4(0.08074951, -0.31054688, 0.12231445, -0.70214844) * v0_1.y;
                s0_3 += HVEC4(0.14587402, 0.1227417, -0.5439453, 0.546875) * v0_1.z;
                s0_3 += HVEC4(-0.15454102, 0.0904541, -0.6113281, 0.5307617) * v0_1.w;
                s0_3 += HVEC4(0.027694702, -0.13659668, -0.066101074, -0.8095703) * v0_2.x;
                s0_3 += HVEC4(0.097473145, -0.11859131, -0.12243652, -0.43847656) * v0_2.y;
                s0_3 += HVEC4(-0.043518066, -0.05697632, 0.24621582, -0.2685547) * v0_2.z;
                s0_3 += HVEC4(-0.11773682, 0.3527832, -0.08569336, 0.23120117) * v0_2.w;
                s0_3 += HVEC4(-0.024780273, 0.20788574, 0.26879883, -0.005542755) * v0_3.x;
                s0_3 += HVEC4(-0.028915405, 0.10095215, 0.16748047, -0.38452148) * v0_3.y;
                s0_3 += HVEC4(0.13171387, -0.074279785, 0.025741577, -0.2088623) * v0_3.z;
                s0_3 += HVEC4(0.08270264, -0.08459473, 0.03842163, -0.3317871) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.15283203, 0.04147339, 0.110839844, 0.124816895) * v0_0.x;
                s0_2 += HVEC4(-0.07659912, 0.11236572, 0.111450195, 0.10748291) * v0_0.y;
                s0_2 += HVEC4(-0.4489746, -0.1895752, 0.10101318, 0.117492676) * v0_0.z;
                s0_2 += HVEC4(0.20874023, 0.08673096, 0.10839844, 0.065979004) * v0_0.w;
                s0_2 += HVEC4(-0.061035156, 0.2142334, -0.37939453, -0.1862793) * v0_1.x;
                s0_2 += HVEC4(-0.02835083, -0.26464844, -0.0072746277, 0.06732178) * v0_1.y;
                s0_2 += HVEC4(0.50439453, 0.14538574, 0.22912598, 0.020553589) * v0_1.z;
                s0_2 += HVEC4(0.20532227, 0.12670898, -0.27954102, -0.33911133) * v0_1.w;
                s0_2 += HVEC4(-0.3334961, -0.22302246, 0.0619812, 0.006011963) * v0_2.x;
                s0_2 += HVEC4(-0.44580078, -0.5629883, -0.1772461, -0.09289551) * v0_2.y;
                s0_2 += HVEC4(-0.3059082, -0.6689453, 0.12536621, -0.09185791) * v0_2.z;
                s0_2 += HVEC4(-0.10308838, -0.034698486, 0.27392578, -0.16235352) * v0_2.w;
                s0_2 += HVEC4(-0.11767578, -0.19604492, -0.26513672, -0.40966797) * v0_3.x;
                s0_2 += HVEC4(0.17480469, -0.31396484, 0.10986328, 0.15246582) * v0_3.y;
                s0_2 += HVEC4(-0.11987305, 0.071899414, -0.022094727, 0.012641907) * v0_3.z;
                s0_2 += HVEC4(0.052520752, -0.33398438, 0.016235352, 0.0881958) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.0892334, -0.08258057, -0.041381836, -0.028366089) * v0_0.x;
                s0_3 += HVEC4(-0.2993164, 0.040863037, -0.09429932, 0.1026001) * v0_0.y;
                s0_3 += HVEC4(0.4440918, 0.009284973, 0.3334961, 0.21850586) * v0_0.z;
                s0_3 += HVEC4(-0.02835083, 0.09454346, -0.053222656, 0.020889282) * v0_0.w;
                s0_3 += HVEC4(-0.38964844, -0.012062073, -0.2824707, -0.052825928) * v0_1.x;
                s0_3 += HVEC4(0.55566406, 0.078063965, 0.10583496, 0.26538086) * v0_1.y;
                s0_3 += HVEC4(-0.57714844, 0.031799316, -0.12322998, -0.13891602) * v0_1.z;
                s0_3 += HVEC4(-0.72021484, -0.05041504, -0.35766602, -0.4519043) * v0_1.w;
                s0_3 += HVEC4(0.4375, 0.03778076, 0.1694336, 0.105407715) * v0_2.x;
                s0_3 += HVEC4(0.44506836, -0.3581543, 0.36450195, 0.6972656) * v0_2.y;
                s0_3 += HVEC4(0.44702148, 0.1463623, 0.49975586, 0.97216797) * v0_2.z;
                s0_3 += HVEC4(-0.16699219, 0.019927979, -0.0027217865, 0.11853027) * v0_2.w;
                s0_3 += HVEC4(0.17980957, 0.003435135, -0.092163086, 0.20275879) * v0_3.x;
                s0_3 += HVEC4(0.5258789, 0.053833008, 0.113220215, -0.08532715) * v0_3.y;
                s0_3 += HVEC4(0.107910156, 0.1217041, 0.23986816, 0.18786621) * v0_3.z;
                s0_3 += HVEC4(0.11090088, 0.0058898926, -0.036712646, -0.5415039) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.20690918, 0.07537842, 0.18701172, -0.079956055) * v0_0.x;
                s0_2 += HVEC4(-0.031463623, 0.33935547, -0.049194336, 0.11779785) * v0_0.y;
                s0_2 += HVEC4(-0.08331299, 0.26635742, -0.051757812, 0.17626953) * v0_0.z;
                s0_2 += HVEC4(0.08917236, -0.042297363, 0.080444336, 0.14233398) * v0_0.w;
                s0_2 += HVEC4(-0.025344849, -0.070495605, -0.20153809, -0.028335571) * v0_1.x;
                s0_2 += HVEC4(0.11853027, 0.11853027, 0.08300781, -0.05328369) * v0_1.y;
                s0_2 += HVEC4(0.09887695, 0.16223145, 0.04498291, -0.06738281) * v0_1.z;
                s0_2 += HVEC4(-0.10357666, 0.0030288696, -0.112976074, 0.20397949) * v0_1.w;
                s0_2 += HVEC4(-0.19726562, -0.08496094, 0.0011253357, -0.07519531) * v0_2.x;
                s0_2 += HVEC4(0.0072135925, 0.5878906, 0.21044922, 0.059936523) * v0_2.y;
                s0_2 += HVEC4(0.1730957, 1.015625, 0.3696289, -0.07702637) * v0_2.z;
                s0_2 += HVEC4(0.13085938, 0.049743652, -0.08026123, 0.11413574) * v0_2.w;
                s0_2 += HVEC4(-0.07543945, 0.0020332336, 0.032409668, -0.07775879) * v0_3.x;
                s0_2 += HVEC4(-0.06958008, -0.025238037, -0.28515625, 0.23583984) * v0_3.y;
                s0_2 += HVEC4(0.11022949, 0.21105957, 0.1303711, -0.22705078) * v0_3.z;
                s0_2 += HVEC4(-0.12866211, -0.1427002, -0.109436035, 0.039123535) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.047698975, 0.011039734, -0.07678223, 0.045043945) * v0_0.x;
                s0_3 += HVEC4(-0.31103516, -0.18115234, -0.32348633, 0.016571045) * v0_0.y;
                s0_3 += HVEC4(-0.3581543, -0.40014648, 0.036224365, 0.017578125) * v0_0.z;
                s0_3 += HVEC4(0.12365723, -0.10949707, -0.09667969, -0.019348145) * v0_0.w;
                s0_3 += HVEC4(0.101989746, 0.04751587, 0.090026855, 0.026748657) * v0_1.x;
                s0_3 += HVEC4(-0.15686035, -0.07537842, -0.029388428, 0.073791504) * v0_1.y;
                s0_3 += HVEC4(-0.025222778, -0.03338623, -0.04559326, 0.032684326) * v0_1.z;
                s0_3 += HVEC4(0.36035156, -0.11151123, 0.32128906, -0.15197754) * v0_1.w;
                s0_3 += HVEC4(-0.059265137, -0.11810303, -0.097351074, 0.097351074) * v0_2.x;
                s0_3 += HVEC4(-0.78027344, 0.026565552, -0.22241211, -0.047454834) * v0_2.y;
                s0_3 += HVEC4(-0.9067383, 0.21789551, 0.0541687, -0.0005617142) * v0_2.z;
                s0_3 += HVEC4(-0.29418945, 0.22644043, 0.074157715, -0.06829834) * v0_2.w;
                s0_3 += HVEC4(-0.13232422, 0.13012695, 0.2088623, 0.05429077) * v0_3.x;
                s0_3 += HVEC4(-0.08416748, -0.026412964, -0.04248047, 0.041656494) * v0_3.y;
                s0_3 += HVEC4(-0.33129883, 0.04333496, -0.2734375, 0.14465332) * v0_3.z;
                s0_3 += HVEC4(0.16271973, 0.07672119, 0.24633789, 0.00579834) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.1484375, -0.020614624, -0.1295166, 0.08087158) * v0_0.x;
                s0_2 += HVEC4(0.109558105, -0.07720947, -0.27734375, 0.45532227) * v0_0.y;
                s0_2 += HVEC4(0.02494812, 0.046142578, 0.40429688, -0.068237305) * v0_0.z;
                s0_2 += HVEC4(-0.062164307, -0.014175415, -0.007156372, -0.076416016) * v0_0.w;
                s0_2 += HVEC4(-0.05682373, -0.12780762, 0.109313965, -0.24853516) * v0_1.x;
                s0_2 += HVEC4(0.2849121, -0.09442139, -0.052642822, 0.51123047) * v0_1.y;
                s0_2 += HVEC4(-0.18579102, -0.1015625, -0.8911133, 0.2902832) * v0_1.z;
                s0_2 += HVEC4(0.75390625, -0.5058594, -0.7763672, -0.35424805) * v0_1.w;
                s0_2 += HVEC4(0.19091797, -0.12841797, 0.22766113, 0.048706055) * v0_2.x;
                s0_2 += HVEC4(0.25634766, 0.024536133, 0.08886719, 0.28833008) * v0_2.y;
                s0_2 += HVEC4(0.0038414001, -0.17773438, -0.11193848, 0.33618164) * v0_2.z;
                s0_2 += HVEC4(0.13000488, -0.015991211, -0.40698242, 0.5214844) * v0_2.w;
                s0_2 += HVEC4(0.042022705, -0.012962341, -0.19543457, 0.23718262) * v0_3.x;
                s0_2 += HVEC4(-0.018218994, 0.08630371, 0.39160156, 0.49804688) * v0_3.y;
                s0_2 += HVEC4(0.11437988, -0.076293945, 0.18115234, -0.11260986) * v0_3.z;
                s0_2 += HVEC4(0.09887695, -0.014427185, 0.13317871, 0.07348633) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.036743164, 0.02519226, -0.08465576, 0.032348633) * v0_0.x;
                s0_3 += HVEC4(0.05307007, 0.41186523, 0.38232422, 0.052612305) * v0_0.y;
                s0_3 += HVEC4(-0.1394043, 0.045654297, 0.038146973, -0.025466919) * v0_0.z;
                s0_3 += HVEC4(-0.07244873, -0.048187256, -0.03918457, 0.042816162) * v0_0.w;
                s0_3 += HVEC4(0.015357971, 0.26660156, 0.029144287, -0.039001465) * v0_1.x;
                s0_3 += HVEC4(-0.08441162, -0.28833008, -0.010498047, -0.07562256) * v0_1.y;
                s0_3 += HVEC4(-0.059448242, 0.06677246, 0.2290039, -0.13745117) * v0_1.z;
                s0_3 += HVEC4(0.08831787, 0.16394043, 0.2524414, -0.0016899109) * v0_1.w;
                s0_3 += HVEC4(-0.0074272156, -0.15393066, 0.09832764, -0.21777344) * v0_2.x;
                s0_3 += HVEC4(0.043670654, -0.2849121, -0.023651123, -0.18640137) * v0_2.y;
                s0_3 += HVEC4(0.05239868, 0.103759766, -0.044158936, -0.032226562) * v0_2.z;
                s0_3 += HVEC4(0.13476562, 0.04220581, 0.28759766, -0.113220215) * v0_2.w;
                s0_3 += HVEC4(0.061767578, -0.24072266, -0.24047852, -0.1361084) * v0_3.x;
                s0_3 += HVEC4(-0.01234436, -0.31298828, 0.23474121, -0.13952637) * v0_3.y;
                s0_3 += HVEC4(-0.005355835, 0.31518555, -0.1829834, -0.053894043) * v0_3.z;
                s0_3 += HVEC4(0.09313965, -0.111816406, -0.15576172, -0.12866211) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.1027832, -0.05355835, 0.032989502, 0.13696289) * v0_0.x;
                s0_2 += HVEC4(0.45214844, 0.06304932, -0.23168945, 0.1105957) * v0_0.y;
                s0_2 += HVEC4(0.44555664, -0.015419006, 0.021118164, 0.009544373) * v0_0.z;
                s0_2 += HVEC4(-0.18823242, 0.10449219, -0.024230957, -0.13696289) * v0_0.w;
                s0_2 += HVEC4(0.17529297, -0.027328491, -0.040100098, 0.15332031) * v0_1.x;
                s0_2 += HVEC4(0.20141602, -0.15490723, -0.1763916, 0.16052246) * v0_1.y;
                s0_2 += HVEC4(-0.07232666, 0.026504517, 0.09051514, 0.08868408) * v0_1.z;
                s0_2 += HVEC4(-0.38720703, 0.26293945, 0.003408432, 0.097717285) * v0_1.w;
                s0_2 += HVEC4(0.16308594, -0.0028076172, -0.13452148, -0.0056495667) * v0_2.x;
                s0_2 += HVEC4(0.28393555, -0.18103027, -0.107055664, 0.11071777) * v0_2.y;
                s0_2 += HVEC4(0.4584961, 0.10412598, -0.5083008, 0.11212158) * v0_2.z;
                s0_2 += HVEC4(-0.03152466, -0.14770508, -0.09857178, 0.17053223) * v0_2.w;
                s0_2 += HVEC4(-0.3803711, -0.121032715, -0.0063934326, 0.16894531) * v0_3.x;
                s0_2 += HVEC4(0.24902344, -0.057769775, -0.6308594, -0.1508789) * v0_3.y;
                s0_2 += HVEC4(0.6196289, 0.16491699, 0.014228821, 0.05831909) * v0_3.z;
                s0_2 += HVEC4(0.14855957, -0.14697266, 0.15844727, -0.0071258545) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.005832672, -0.25439453, 0.12042236, -0.07006836) * v0_0.x;
                s0_3 += HVEC4(0.045806885, 0.14685059, -0.43896484, -0.11236572) * v0_0.y;
                s0_3 += HVEC4(-0.019424438, 0.73339844, -0.22106934, 0.111328125) * v0_0.z;
                s0_3 += HVEC4(0.010726929, 0.10998535, 0.00076293945, -0.0066452026) * v0_0.w;
                s0_3 += HVEC4(-0.06149292, -0.06750488, -0.0881958, -0.08734131) * v0_1.x;
                s0_3 += HVEC4(0.16711426, 0.04711914, -0.16088867, 0.059783936) * v0_1.y;
                s0_3 += HVEC4(0.05331421, -0.05758667, 0.08154297, -0.16040039) * v0_1.z;
                s0_3 += HVEC4(0.21838379, -0.12365723, 0.42016602, 0.04559326) * v0_1.w;
                s0_3 += HVEC4(0.13085938, 0.29614258, -0.036102295, 0.13256836) * v0_2.x;
                s0_3 += HVEC4(0.17138672, 0.30029297, -0.20715332, 0.23266602) * v0_2.y;
                s0_3 += HVEC4(0.08190918, 0.390625, -0.47631836, -0.2697754) * v0_2.z;
                s0_3 += HVEC4(0.23022461, 0.1239624, -0.18859863, -0.07336426) * v0_2.w;
                s0_3 += HVEC4(0.052642822, -0.5878906, 0.19689941, -0.13244629) * v0_3.x;
                s0_3 += HVEC4(-0.08081055, 0.10021973, -0.46020508, 0.085876465) * v0_3.y;
                s0_3 += HVEC4(0.11035156, 0.5410156, -0.35205078, 0.10290527) * v0_3.z;
                s0_3 += HVEC4(0.093811035, 0.06549072, 0.024627686, -0.01802063) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.06976318, 0.12414551, -0.078552246, -0.026351929) * v0_0.x;
                s0_2 += HVEC4(-0.093811035, 0.03604126, -0.060821533, 0.018341064) * v0_0.y;
                s0_2 += HVEC4(0.066467285, -0.05859375, -0.13793945, -0.016830444) * v0_0.z;
                s0_2 += HVEC4(-0.06713867, -0.081970215, -0.031829834, -0.051483154) * v0_0.w;
                s0_2 += HVEC4(0.02229309, -0.060516357, -0.059295654, 0.09661865) * v0_1.x;
                s0_2 += HVEC4(-0.05996704, -0.06536865, -0.008560181, -0.010009766) * v0_1.y;
                s0_2 += HVEC4(-0.15283203, 0.08972168, 0.20935059, -0.02319336) * v0_1.z;
                s0_2 += HVEC4(-0.15319824, -0.05895996, -0.027877808, 0.12841797) * v0_1.w;
                s0_2 += HVEC4(-0.06378174, -0.056365967, -0.17089844, -0.19116211) * v0_2.x;
                s0_2 += HVEC4(0.09503174, -0.0869751, -0.09350586, 0.11212158) * v0_2.y;
                s0_2 += HVEC4(-0.15209961, -0.066711426, -0.009521484, -0.035339355) * v0_2.z;
                s0_2 += HVEC4(-0.17944336, 0.11706543, -0.03668213, 0.09918213) * v0_2.w;
                s0_2 += HVEC4(-0.34228516, -0.072265625, 0.095825195, 0.12408447) * v0_3.x;
                s0_2 += HVEC4(-0.11578369, 0.09674072, 0.2479248, -0.10845947) * v0_3.y;
                s0_2 += HVEC4(0.2163086, -0.10217285, -0.15344238, -0.024917603) * v0_3.z;
                s0_2 += HVEC4(0.12005615, 0.17077637, -0.027267456, -0.054382324) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.08343506, 0.014831543, -0.35327148, 0.02330017) * v0_0.x;
                s0_3 += HVEC4(0.1385498, -0.11419678, -0.1394043, -0.2548828) * v0_0.y;
                s0_3 += HVEC4(-0.078186035, 0.21459961, -0.20654297, -0.00289917) * v0_0.z;
                s0_3 += HVEC4(0.034729004, -0.021316528, -0.026748657, -0.008354187) * v0_0.w;
                s0_3 += HVEC4(0.07092285, 0.060272217, 0.24731445, 0.0949707) * v0_1.x;
                s0_3 += HVEC4(-0.022201538, -0.039001465, -0.10839844, -0.0033035278) * v0_1.y;
                s0_3 += HVEC4(0.12731934, -0.16931152, -0.21203613, -0.05496216) * v0_1.z;
                s0_3 += HVEC4(0.08477783, 0.3815918, 0.32373047, -0.041656494) * v0_1.w;
                s0_3 += HVEC4(0.05886841, 0.11968994, -0.057647705, -0.11505127) * v0_2.x;
                s0_3 += HVEC4(-0.19213867, -0.1348877, -0.1920166, 0.066223145) * v0_2.y;
                s0_3 += HVEC4(0.3474121, -0.21362305, -0.39501953, -0.0030593872) * v0_2.z;
                s0_3 += HVEC4(0.07519531, -0.33422852, 0.28955078, 0.14404297) * v0_2.w;
                s0_3 += HVEC4(-0.13793945, -0.09692383, 0.23779297, 0.10858154) * v0_3.x;
                s0_3 += HVEC4(-0.004711151, -0.14282227, 0.20703125, 0.011474609) * v0_3.y;
                s0_3 += HVEC4(-0.17932129, 0.09875488, -0.23132324, -0.01965332) * v0_3.z;
                s0_3 += HVEC4(-0.03225708, 0.13195801, -0.05215454, 0.053649902) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_2 = max(a0_2, vec4(0.0));
            a0_3 = max(a0_3, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
                imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
            }
        }
        if (more) {
            barrier();  // every thread is done reading this tile
if (i0 < 180) {
                tile[i0] = f0 ? HVEC4(n0_0) : HVEC4(0.0);
                tile[i0 + 180] = f0 ? HVEC4(n0_1) : HVEC4(0.0);
                tile[i0 + 360] = f0 ? HVEC4(n0_2) : HVEC4(0.0);
                tile[i0 + 540] = f0 ? HVEC4(n0_3) : HVEC4(0.0);
            }
            barrier();
        }
        origin.y += 8;
    }
}

//!DESC ArtCNN_C4F16_DN compute conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L1
//!SAVE ArtCNN_C4F16_DN_L2
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 64 16 16

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 16 channels -> 16 channels, then relu
// A workgroup computes 16x8 pixels with 16x16 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (18x10 pixels, 4 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared HVEC4 tile[720];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    for (int i = int(gl_LocalInvocationIndex); i < 180; i += 256) {
        ivec2 q = origin + ivec2(i % 18 - 1, i / 18 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    barrier();

    // The workgroup then walks down 4 tiles; while it computes one, the next one's texel
    // fetches are in flight.
    int i0 = int(gl_LocalInvocationIndex) + 0;
    bool f0 = false;
    vec4 n0_0 = vec4(0.0);
    vec4 n0_1 = vec4(0.0);
    vec4 n0_2 = vec4(0.0);
    vec4 n0_3 = vec4(0.0);

    // 2 slices of 16x8 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;
    for (int t = 0; t < 4; t++) {
        if (origin.y >= size.y)
            break;  // past the frame: the whole workgroup
        bool more = t + 1 < 4;
        if (more) {
            ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 + 7);
            f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
            q0 = clamp(q0, ivec2(0), last);
            n0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.03909646, -0.004505271, 0.012983942, 0.026891395);
            vec4 a0_1 = vec4(0.041329455, 0.054632217, -0.015681814, 0.04566188);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.024414062, 0.11755371, -0.06463623, 0.012535095) * v0_0.x;
                s0_0 += HVEC4(0.018096924, 0.013320923, -0.02949524, -0.017745972) * v0_0.y;
                s0_0 += HVEC4(-0.107177734, 0.43652344, -0.060516357, -0.04977417) * v0_0.z;
                s0_0 += HVEC4(-0.028656006, -0.1262207, -0.0020942688, -0.066467285) * v0_0.w;
                s0_0 += HVEC4(0.010940552, 0.09942627, -0.038085938, -0.0035076141) * v0_1.x;
                s0_0 += HVEC4(-0.044433594, 0.033081055, 0.05709839, 0.035369873) * v0_1.y;
                s0_0 += HVEC4(0.14196777, -0.41601562, -0.06213379, 0.009346008) * v0_1.z;
                s0_0 += HVEC4(-0.008636475, 0.017288208, 0.015731812, -0.024368286) * v0_1.w;
                s0_0 += HVEC4(-0.07281494, 0.08746338, 0.040161133, 0.07800293) * v0_2.x;
                s0_0 += HVEC4(-0.1307373, -0.04119873, 0.15429688, -0.087768555) * v0_2.y;
                s0_0 += HVEC4(-0.03363037, -0.034179688, -0.013801575, -0.00023782253) * v0_2.z;
                s0_0 += HVEC4(0.02279663, -0.11608887, -0.01071167, 0.024215698) * v0_2.w;
                s0_0 += HVEC4(-0.02822876, -0.15808105, 0.0029354095, 0.048980713) * v0_3.x;
                s0_0 += HVEC4(0.0026454926, 0.31933594, -0.11602783, -0.012214661) * v0_3.y;
                s0_0 += HVEC4(-0.0011425018, 0.0015907288, 0.06726074, -0.00983429) * v0_3.z;
                s0_0 += HVEC4(0.12109375, -0.17333984, 0.029525757, 0.02671814) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.117492676, -0.044830322, 0.021209717, 0.061340332) * v0_0.x;
                s0_1 += HVEC4(0.07080078, 0.14660645, 0.059936523, 0.006591797) * v0_0.y;
                s0_1 += HVEC4(-0.097351074, -0.05432129, 0.008361816, -0.064575195) * v0_0.z;
                s0_1 += HVEC4(-0.37426758, -0.16357422, -0.004196167, 0.328125) * v0_0.w;
                s0_1 += HVEC4(0.35351562, 0.16308594, -0.19226074, -0.1161499) * v0_1.x;
                s0_1 += HVEC4(0.04522705, -0.025054932, -0.017654419, 0.117370605) * v0_1.y;
                s0_1 += HVEC4(-0.0345459, -0.15551758, -0.06677246, -0.26757812) * v0_1.z;
                s0_1 += HVEC4(0.02998352, 0.011741638, -0.02130127, -0.037322998) * v0_1.w;
                s0_1 += HVEC4(-0.13342285, -0.050598145, 0.09539795, -0.086242676) * v0_2.x;
                s0_1 += HVEC4(0.18395996, -0.2841797, -0.055633545, 0.3581543) * v0_2.y;
                s0_1 += HVEC4(-0.028137207, -0.0003323555, 0.04812622, -0.050750732) * v0_2.z;
                s0_1 += HVEC4(0.06427002, 0.053253174, 0.013938904, -0.0670166) * v0_2.w;
                s0_1 += HVEC4(0.035461426, 0.058502197, -0.00819397, 0.08520508) * v0_3.x;
                s0_1 += HVEC4(0.0013780594, 0.014831543, 0.0713501, -0.107910156) * v0_3.y;
                s0_1 += HVEC4(0.11669922, 0.18798828, -0.007434845, 0.019927979) * v0_3.z;
                s0_1 += HVEC4(0.011680603, 0.051879883, 0.029586792, -1.21593475e-05) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.04876709, -0.17675781, 0.041015625, 0.01751709) * v0_0.x;
                s0_0 += HVEC4(-0.046722412, -0.15551758, -0.0579834, -0.011550903) * v0_0.y;
                s0_0 += HVEC4(0.15014648, -0.22058105, -0.020401001, -0.07171631) * v0_0.z;
                s0_0 += HVEC4(-0.18103027, 0.35351562, 0.066467285, 0.16186523) * v0_0.w;
                s0_0 += HVEC4(0.09655762, 0.012756348, -0.04837036, 0.06652832) * v0_1.x;
                s0_0 += HVEC4(-0.099731445, 0.49487305, -0.006702423, 0.068847656) * v0_1.y;
                s0_0 += HVEC4(-0.09613037, -0.453125, -0.107910156, -0.029556274) * v0_1.z;
                s0_0 += HVEC4(-0.0050354004, 0.11151123, -0.03543091, -0.08746338) * v0_1.w;
                s0_0 += HVEC4(0.11627197, -0.22973633, 0.0010251999, 0.044921875) * v0_2.x;
                s0_0 += HVEC4(-0.27685547, 0.28833008, -0.14892578, -0.14282227) * v0_2.y;
                s0_0 += HVEC4(-0.0029621124, -0.10479736, 0.0038547516, 0.023712158) * v0_2.z;
                s0_0 += HVEC4(0.02368164, -0.12023926, 0.02482605, -0.0028419495) * v0_2.w;
                s0_0 += HVEC4(-0.047332764, -0.15283203, 0.047210693, 0.07232666) * v0_3.x;
                s0_0 += HVEC4(0.30541992, -0.20300293, 0.15783691, -0.06121826) * v0_3.y;
                s0_0 += HVEC4(-0.117370605, 0.27612305, -0.04324341, -0.018676758) * v0_3.z;
                s0_0 += HVEC4(0.115356445, -0.05908203, -0.12084961, -0.0012550354) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.12365723, -0.11175537, 0.033081055, -0.034301758) * v0_0.x;
                s0_1 += HVEC4(0.011421204, 0.05343628, 0.11315918, 0.042022705) * v0_0.y;
                s0_1 += HVEC4(0.12988281, -0.19018555, 0.15258789, -0.060424805) * v0_0.z;
                s0_1 += HVEC4(-1.4628906, -0.5102539, 0.056793213, -0.09008789) * v0_0.w;
                s0_1 += HVEC4(-0.025650024, -0.08959961, 0.05215454, -0.39648438) * v0_1.x;
                s0_1 += HVEC4(-0.052825928, 0.07739258, 0.15209961, 0.11657715) * v0_1.y;
                s0_1 += HVEC4(-0.30126953, -0.359375, 0.1430664, 0.20288086) * v0_1.z;
                s0_1 += HVEC4(0.20129395, -0.0061836243, 0.033447266, -0.44262695) * v0_1.w;
                s0_1 += HVEC4(-0.4880371, -0.40771484, 0.24841309, 0.113342285) * v0_2.x;
                s0_1 += HVEC4(-0.22595215, 0.47827148, 0.035980225, 0.36694336) * v0_2.y;
                s0_1 += HVEC4(0.02659607, 0.078308105, 0.053619385, -0.008300781) * v0_2.z;
                s0_1 += HVEC4(-0.07879639, -0.0826416, 0.0023384094, 0.002500534) * v0_2.w;
                s0_1 += HVEC4(0.036895752, -0.5839844, -0.011177063, -0.11694336) * v0_3.x;
                s0_1 += HVEC4(-0.22485352, 0.30126953, -0.23498535, -0.1739502) * v0_3.y;
                s0_1 += HVEC4(0.08691406, -0.028366089, 0.052764893, 0.066345215) * v0_3.z;
                s0_1 += HVEC4(-0.0013065338, -0.024963379, -0.09967041, -0.27148438) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.07885742, 0.08306885, 0.04837036, -0.011192322) * v0_0.x;
                s0_0 += HVEC4(-0.10662842, 0.12310791, -0.04458618, -0.02015686) * v0_0.y;
                s0_0 += HVEC4(0.050933838, -0.14501953, -0.027420044, 0.06933594) * v0_0.z;
                s0_0 += HVEC4(0.0051002502, 0.04067993, 0.11071777, -0.029174805) * v0_0.w;
                s0_0 += HVEC4(0.088012695, -0.037506104, -0.029693604, 0.020248413) * v0_1.x;
                s0_0 += HVEC4(-0.03768921, 0.13342285, 0.11187744, 0.057800293) * v0_1.y;
                s0_0 += HVEC4(0.1307373, -0.07678223, 0.02532959, 0.049346924) * v0_1.z;
                s0_0 += HVEC4(0.11816406, -0.00037574768, 0.096069336, 0.03744507) * v0_1.w;
                s0_0 += HVEC4(-0.02999878, 0.23754883, -0.06304932, -0.02520752) * v0_2.x;
                s0_0 += HVEC4(-0.020355225, 0.012886047, 0.010421753, -0.03475952) * v0_2.y;
                s0_0 += HVEC4(0.0075950623, -0.057739258, 0.040649414, 0.045959473) * v0_2.z;
                s0_0 += HVEC4(0.05718994, -0.16638184, -0.009269714, 0.027023315) * v0_2.w;
                s0_0 += HVEC4(-0.042755127, -0.0013332367, -0.00053215027, 0.0030403137) * v0_3.x;
                s0_0 += HVEC4(-0.18981934, -0.25, -0.16711426, -0.06756592) * v0_3.y;
                s0_0 += HVEC4(-0.12841797, 0.07550049, 0.024917603, 0.008911133) * v0_3.z;
                s0_0 += HVEC4(0.15771484, -0.023239136, 0.04953003, -0.0016784668) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.062072754, 0.2019043, -0.045837402, 0.037384033) * v0_0.x;
                s0_1 += HVEC4(0.105529785, -0.029373169, -0.0036258698, 0.08630371) * v0_0.y;
                s0_1 += HVEC4(-0.028335571, 0.3696289, -0.063964844, 0.23522949) * v0_0.z;
                s0_1 += HVEC4(-0.0848999, -0.21447754, -0.22302246, 0.10418701) * v0_0.w;
                s0_1 += HVEC4(0.12646484, 0.034576416, 0.004627228, -0.13342285) * v0_1.x;
                s0_1 += HVEC4(0.18725586, -0.3125, -0.21679688, 0.22045898) * v0_1.y;
                s0_1 += HVEC4(-0.1887207, -0.56591797, 0.11730957, -0.4230957) * v0_1.z;
                s0_1 += HVEC4(-0.21960449, -0.1184082, -0.13916016, -0.025100708) * v0_1.w;
                s0_1 += HVEC4(-0.051086426, -0.003967285, 0.021652222, 0.2211914) * v0_2.x;
                s0_1 += HVEC4(0.060943604, -0.1307373, 0.0041389465, 0.24487305) * v0_2.y;
                s0_1 += HVEC4(0.13244629, 0.26220703, 0.08190918, 0.08831787) * v0_2.z;
                s0_1 += HVEC4(0.0074043274, -0.10760498, -0.01889038, -0.06524658) * v0_2.w;
                s0_1 += HVEC4(0.019699097, 0.026107788, -0.026687622, -0.14697266) * v0_3.x;
                s0_1 += HVEC4(-0.032562256, -0.27978516, 0.19030762, 0.17834473) * v0_3.y;
                s0_1 += HVEC4(-0.007873535, -0.07446289, -0.013145447, 0.34399414) * v0_3.z;
                s0_1 += HVEC4(0.19299316, -0.5527344, -0.1239624, -0.06677246) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(0.05130005, -0.20300293, 0.13378906, -0.012466431) * v0_0.x;
                s0_0 += HVEC4(0.046844482, -0.05645752, 0.037322998, 0.005908966) * v0_0.y;
                s0_0 += HVEC4(0.11401367, 0.18286133, 0.06591797, 0.08050537) * v0_0.z;
                s0_0 += HVEC4(-0.00018239021, -0.122558594, -0.018051147, -0.08691406) * v0_0.w;
                s0_0 += HVEC4(-0.029052734, -0.012245178, 0.07446289, -0.037200928) * v0_1.x;
                s0_0 += HVEC4(-0.16540527, 0.09918213, -0.010520935, 0.032196045) * v0_1.y;
                s0_0 += HVEC4(0.02355957, -0.27197266, -0.0234375, 0.10015869) * v0_1.z;
                s0_0 += HVEC4(0.15429688, 0.055389404, -0.051361084, -0.025390625) * v0_1.w;
                s0_0 += HVEC4(0.035369873, 0.25732422, 0.061950684, 0.051696777) * v0_2.x;
                s0_0 += HVEC4(0.15319824, 0.09637451, -0.14416504, 0.63623047) * v0_2.y;
                s0_0 += HVEC4(-0.016418457, 0.009811401, 0.010543823, -0.0026454926) * v0_2.z;
                s0_0 += HVEC4(0.06185913, -0.19665527, -0.026733398, 0.045135498) * v0_2.w;
                s0_0 += HVEC4(-0.05328369, -0.2614746, 0.25, -0.4074707) * v0_3.x;
                s0_0 += HVEC4(0.15246582, 0.15515137, -0.009063721, -0.024551392) * v0_3.y;
                s0_0 += HVEC4(-0.32495117, 0.057006836, -0.020996094, 0.011604309) * v0_3.z;
                s0_0 += HVEC4(-0.0317688, -0.20947266, -0.025009155, -0.050109863) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.07305908, -0.019470215, -0.14318848, 0.16882324) * v0_0.x;
                s0_1 += HVEC4(0.18664551, 0.2680664, 0.061553955, -0.013832092) * v0_0.y;
                s0_1 += HVEC4(0.047546387, -0.22155762, 0.10858154, -0.07232666) * v0_0.z;
                s0_1 += HVEC4(-0.1706543, -0.027633667, -0.070251465, 0.09057617) * v0_0.w;
                s0_1 += HVEC4(-0.08001709, 0.3330078, -0.07305908, 0.20043945) * v0_1.x;
                s0_1 += HVEC4(-0.050354004, -0.03955078, -0.038848877, 0.07080078) * v0_1.y;
                s0_1 += HVEC4(-0.35473633, 0.16503906, -0.021652222, 0.005947113) * v0_1.z;
                s0_1 += HVEC4(0.115234375, 0.008865356, -0.03643799, -0.09527588) * v0_1.w;
                s0_1 += HVEC4(0.15490723, -0.19006348, 0.040740967, -0.11682129) * v0_2.x;
                s0_1 += HVEC4(0.097473145, 0.43481445, 0.3010254, -0.13232422) * v0_2.y;
                s0_1 += HVEC4(-0.11853027, 0.08062744, 0.05014038, 0.060455322) * v0_2.z;
                s0_1 += HVEC4(-0.0770874, 0.017105103, 0.09802246, -0.107299805) * v0_2.w;
                s0_1 += HVEC4(0.0066070557, -0.07171631, 0.024124146, 0.2758789) * v0_3.x;
                s0_1 += HVEC4(-0.03878784, -0.11730957, 0.002128601, 0.0748291) * v0_3.y;
                s0_1 += HVEC4(-0.02204895, -0.025497437, 0.048553467, 0.09802246) * v0_3.z;
                s0_1 += HVEC4(0.045684814, 0.051696777, -0.028289795, -0.031341553) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.15185547, 0.3618164, -0.2199707, -0.09820557) * v0_0.x;
                s0_0 += HVEC4(-0.030548096, 0.05770874, 0.05947876, 0.075805664) * v0_0.y;
                s0_0 += HVEC4(-0.072387695, -0.09881592, -0.0095825195, 0.09185791) * v0_0.z;
                s0_0 += HVEC4(-0.57470703, 0.08770752, -0.25732422, -0.04208374) * v0_0.w;
                s0_0 += HVEC4(0.18481445, 0.22375488, -0.026168823, -0.13269043) * v0_1.x;
                s0_0 += HVEC4(-0.027267456, 0.061279297, -0.01689148, 0.035888672) * v0_1.y;
                s0_0 += HVEC4(0.26245117, 0.19250488, 0.734375, 0.3088379) * v0_1.z;
                s0_0 += HVEC4(0.038269043, -0.41674805, 0.02658081, 0.05606079) * v0_1.w;
                s0_0 += HVEC4(0.5439453, -0.24743652, 0.19677734, 0.07385254) * v0_2.x;
                s0_0 += HVEC4(0.17675781, -0.34106445, 0.20019531, 0.18811035) * v0_2.y;
                s0_0 += HVEC4(-0.107421875, 0.16540527, -0.035491943, -0.013786316) * v0_2.z;
                s0_0 += HVEC4(0.06713867, -0.3112793, 0.013290405, 0.045288086) * v0_2.w;
                s0_0 += HVEC4(-0.11645508, 0.34228516, 0.03805542, -0.020370483) * v0_3.x;
                s0_0 += HVEC4(-0.024887085, -0.11975098, 0.1973877, -0.039916992) * v0_3.y;
                s0_0 += HVEC4(-0.23327637, -0.023040771, 0.039794922, 0.08569336) * v0_3.z;
                s0_0 += HVEC4(-0.3479004, -0.06536865, 0.097961426, 0.43554688) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.056884766, 0.12756348, 0.42285156, -0.16357422) * v0_0.x;
                s0_1 += HVEC4(0.14855957, 0.30566406, 0.16687012, 0.05596924) * v0_0.y;
                s0_1 += HVEC4(-0.05380249, -0.08929443, -0.5566406, -0.6040039) * v0_0.z;
                s0_1 += HVEC4(-0.6508789, -0.34936523, 0.18823242, 0.42382812) * v0_0.w;
                s0_1 += HVEC4(0.15698242, 0.0690918, 0.1619873, -0.55566406) * v0_1.x;
                s0_1 += HVEC4(0.0993042, -0.0027065277, -0.20373535, 0.14892578) * v0_1.y;
                s0_1 += HVEC4(-0.3713379, -0.29077148, 0.3479004, -0.06616211) * v0_1.z;
                s0_1 += HVEC4(-0.119018555, 0.021484375, -0.033966064, 0.22827148) * v0_1.w;
                s0_1 += HVEC4(0.41845703, 0.7055664, -0.10491943, -0.44702148) * v0_2.x;
                s0_1 += HVEC4(0.002336502, -0.90771484, 0.16418457, -0.94921875) * v0_2.y;
                s0_1 += HVEC4(0.07122803, -0.0009775162, 0.080566406, 0.03704834) * v0_2.z;
                s0_1 += HVEC4(-0.049957275, 0.12432861, -0.11193848, -0.18286133) * v0_2.w;
                s0_1 += HVEC4(0.1262207, -0.40820312, 0.6069336, 0.009162903) * v0_3.x;
                s0_1 += HVEC4(-0.0022468567, -0.15576172, 0.09442139, -0.096191406) * v0_3.y;
                s0_1 += HVEC4(0.07922363, 0.24829102, 0.004737854, 0.05215454) * v0_3.z;
                s0_1 += HVEC4(-0.21228027, -0.33520508, 0.52441406, 0.087524414) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.04345703, -0.13195801, 0.080444336, 0.08911133) * v0_0.x;
                s0_0 += HVEC4(-0.03692627, 0.20581055, 0.057128906, 0.05770874) * v0_0.y;
                s0_0 += HVEC4(-0.12585449, -0.066223145, -0.0044021606, -0.057922363) * v0_0.z;
                s0_0 += HVEC4(-0.58496094, 0.035308838, 0.07714844, 0.08770752) * v0_0.w;
                s0_0 += HVEC4(-0.2944336, -0.028839111, -0.080566406, -0.0836792) * v0_1.x;
                s0_0 += HVEC4(-0.6411133, 0.012176514, 0.062683105, -0.02609253) * v0_1.y;
                s0_0 += HVEC4(0.41333008, -0.064941406, -0.044189453, -0.074523926) * v0_1.z;
                s0_0 += HVEC4(0.4050293, -0.3371582, -0.07989502, -0.010795593) * v0_1.w;
                s0_0 += HVEC4(0.50439453, -0.014701843, -0.038024902, 0.029052734) * v0_2.x;
                s0_0 += HVEC4(0.047088623, -0.017852783, -0.024795532, 0.031433105) * v0_2.y;
                s0_0 += HVEC4(0.027267456, 0.22265625, 0.061553955, 0.034851074) * v0_2.z;
                s0_0 += HVEC4(0.19995117, -0.2644043, -0.016189575, -0.00057315826) * v0_2.w;
                s0_0 += HVEC4(0.1895752, 0.052459717, -0.0055999756, 0.0027484894) * v0_3.x;
                s0_0 += HVEC4(-0.04257202, -0.072631836, -0.015792847, 0.011100769) * v0_3.y;
                s0_0 += HVEC4(-0.20605469, 0.16418457, 0.04916382, 0.04272461) * v0_3.z;
                s0_0 += HVEC4(-0.15844727, 0.21826172, -0.113586426, -0.034851074) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.11175537, -0.12805176, -0.23425293, 0.08087158) * v0_0.x;
                s0_1 += HVEC4(0.14013672, 0.35986328, 0.045135498, -0.078125) * v0_0.y;
                s0_1 += HVEC4(0.0602417, 0.42700195, 0.22998047, 0.3256836) * v0_0.z;
                s0_1 += HVEC4(-0.1381836, -0.25463867, 0.07110596, 0.02192688) * v0_0.w;
                s0_1 += HVEC4(-0.16723633, -0.08190918, -0.024932861, 0.44580078) * v0_1.x;
                s0_1 += HVEC4(-0.03994751, 0.12512207, 0.10864258, 0.8305664) * v0_1.y;
                s0_1 += HVEC4(-0.10089111, 0.014343262, -0.19616699, -0.63134766) * v0_1.z;
                s0_1 += HVEC4(0.070617676, -0.40283203, -0.3864746, -0.075927734) * v0_1.w;
                s0_1 += HVEC4(0.06726074, 0.3076172, -0.014404297, 0.13366699) * v0_2.x;
                s0_1 += HVEC4(0.028335571, 0.05154419, -0.12915039, -0.33422852) * v0_2.y;
                s0_1 += HVEC4(-0.09313965, 0.31713867, 0.24365234, 0.23791504) * v0_2.z;
                s0_1 += HVEC4(-0.19470215, -0.029403687, 0.006690979, -0.42333984) * v0_2.w;
                s0_1 += HVEC4(0.025299072, -0.2241211, 0.004257202, -0.34765625) * v0_3.x;
                s0_1 += HVEC4(0.08862305, -0.2722168, -0.10437012, 0.17578125) * v0_3.y;
                s0_1 += HVEC4(0.064697266, 0.17102051, 0.062408447, 0.27490234) * v0_3.z;
                s0_1 += HVEC4(0.080322266, -0.4177246, -0.075683594, -0.38476562) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.064819336, -0.27172852, 0.14550781, 0.043029785) * v0_0.x;
                s0_0 += HVEC4(-0.000746727, -0.023757935, 0.03881836, 0.01499176) * v0_0.y;
                s0_0 += HVEC4(0.012130737, 0.03668213, -0.027313232, -0.11871338) * v0_0.z;
                s0_0 += HVEC4(0.036071777, -0.27124023, 0.05618286, -0.029571533) * v0_0.w;
                s0_0 += HVEC4(-0.09039307, -0.012504578, 0.070739746, -0.011802673) * v0_1.x;
                s0_0 += HVEC4(-0.04083252, 0.016525269, 0.008415222, -0.038970947) * v0_1.y;
                s0_0 += HVEC4(-0.02583313, 0.010658264, 0.025650024, 0.052612305) * v0_1.z;
                s0_0 += HVEC4(-0.057922363, -0.13391113, 0.052124023, 0.04449463) * v0_1.w;
                s0_0 += HVEC4(-0.043426514, 0.1541748, -0.11352539, 0.037597656) * v0_2.x;
                s0_0 += HVEC4(0.11993408, 0.013000488, 0.2668457, 0.1361084) * v0_2.y;
                s0_0 += HVEC4(0.03567505, 0.13830566, 0.024505615, -0.005756378) * v0_2.z;
                s0_0 += HVEC4(0.082336426, -0.05758667, 0.08972168, 0.07513428) * v0_2.w;
                s0_0 += HVEC4(0.06317139, 0.27416992, 0.04537964, -0.10284424) * v0_3.x;
                s0_0 += HVEC4(0.006839752, 0.24645996, -0.088012695, 0.008918762) * v0_3.y;
                s0_0 += HVEC4(-0.10284424, 0.018814087, 0.111328125, 0.007534027) * v0_3.z;
                s0_0 += HVEC4(-0.10760498, -0.13012695, 0.04421997, 0.03527832) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.16149902, -0.38671875, 0.13574219, 0.34887695) * v0_0.x;
                s0_1 += HVEC4(0.13513184, 0.20214844, 0.0826416, 0.016342163) * v0_0.y;
                s0_1 += HVEC4(-0.20056152, -0.018295288, -0.02696228, 0.05630493) * v0_0.z;
                s0_1 += HVEC4(-0.03842163, 0.00920105, -0.101623535, 0.024108887) * v0_0.w;
                s0_1 += HVEC4(0.12817383, 0.037322998, -0.12322998, 0.111816406) * v0_1.x;
                s0_1 += HVEC4(-0.019134521, -0.007987976, -0.00025510788, 0.06097412) * v0_1.y;
                s0_1 += HVEC4(-0.040283203, 0.08258057, 0.046722412, -0.040496826) * v0_1.z;
                s0_1 += HVEC4(0.058685303, 0.0009784698, 0.0019359589, -0.08508301) * v0_1.w;
                s0_1 += HVEC4(0.064086914, -0.13378906, 0.07647705, -0.09863281) * v0_2.x;
                s0_1 += HVEC4(-0.019821167, 0.15612793, 0.12988281, 0.61328125) * v0_2.y;
                s0_1 += HVEC4(-0.030151367, 0.13623047, 0.024307251, 0.23901367) * v0_2.z;
                s0_1 += HVEC4(-0.09082031, 0.18725586, 0.070251465, -0.14038086) * v0_2.w;
                s0_1 += HVEC4(0.11022949, -0.089660645, -0.10223389, -0.36376953) * v0_3.x;
                s0_1 += HVEC4(0.0473938, -0.027618408, 0.060699463, 0.101745605) * v0_3.y;
                s0_1 += HVEC4(0.010948181, 0.058563232, 0.06628418, 0.08050537) * v0_3.z;
                s0_1 += HVEC4(-0.012588501, -0.04940796, 0.022842407, -0.118774414) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.41455078, -0.42163086, 0.32299805, 0.4650879) * v0_0.x;
                s0_0 += HVEC4(-0.016296387, 0.08874512, 0.13891602, 0.031707764) * v0_0.y;
                s0_0 += HVEC4(-0.29736328, -0.050231934, -0.18066406, -0.07702637) * v0_0.z;
                s0_0 += HVEC4(0.01576233, 0.025741577, 0.049468994, 0.0135650635) * v0_0.w;
                s0_0 += HVEC4(-0.11682129, -0.027175903, 0.18066406, 0.10223389) * v0_1.x;
                s0_0 += HVEC4(-0.019882202, -0.007843018, -0.04525757, -0.010437012) * v0_1.y;
                s0_0 += HVEC4(0.20031738, -0.02407837, -0.04373169, 0.008865356) * v0_1.z;
                s0_0 += HVEC4(-0.060943604, -0.01637268, 0.08862305, 0.010551453) * v0_1.w;
                s0_0 += HVEC4(-0.13293457, -0.12512207, 0.062469482, 0.0053977966) * v0_2.x;
                s0_0 += HVEC4(-0.09515381, -0.1694336, 0.029266357, -0.064575195) * v0_2.y;
                s0_0 += HVEC4(0.1619873, 0.13671875, -0.043273926, -0.017196655) * v0_2.z;
                s0_0 += HVEC4(0.07086182, -0.19824219, 0.24841309, 0.10418701) * v0_2.w;
                s0_0 += HVEC4(-0.4423828, 0.20153809, -0.038482666, 0.042999268) * v0_3.x;
                s0_0 += HVEC4(0.08294678, 0.18322754, -0.042236328, -0.049957275) * v0_3.y;
                s0_0 += HVEC4(-0.18334961, 0.099121094, 0.06933594, 0.004798889) * v0_3.z;
                s0_0 += HVEC4(0.055755615, 0.13549805, 0.06713867, 0.047821045) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.35791016, -0.109436035, -0.7949219, -1.0810547) * v0_0.x;
                s0_1 += HVEC4(0.080322266, -0.0001950264, 0.06604004, 0.06512451) * v0_0.y;
                s0_1 += HVEC4(0.19995117, -0.16662598, 0.1262207, -0.06530762) * v0_0.z;
                s0_1 += HVEC4(-0.2088623, -0.046325684, -0.013885498, -0.30908203) * v0_0.w;
                s0_1 += HVEC4(-0.03253174, 0.03201294, 0.13208008, 0.2849121) * v0_1.x;
                s0_1 += HVEC4(0.016021729, -0.119140625, -0.008163452, 0.31445312) * v0_1.y;
                s0_1 += HVEC4(0.024383545, 0.04257202, -0.020217896, -0.3088379) * v0_1.z;
                s0_1 += HVEC4(0.026489258, 0.048828125, 0.020004272, -0.14318848) * v0_1.w;
                s0_1 += HVEC4(0.007194519, 0.06994629, -0.04046631, 0.43530273) * v0_2.x;
                s0_1 += HVEC4(0.16357422, 0.32958984, 0.01033783, -0.06713867) * v0_2.y;
                s0_1 += HVEC4(-0.072143555, 0.203125, -0.014183044, 0.040252686) * v0_2.z;
                s0_1 += HVEC4(-0.09893799, 0.12841797, 0.103759766, -0.1439209) * v0_2.w;
                s0_1 += HVEC4(0.058685303, 0.14416504, 0.35180664, -0.34960938) * v0_3.x;
                s0_1 += HVEC4(0.2097168, 0.13671875, 0.034820557, -0.030853271) * v0_3.y;
                s0_1 += HVEC4(0.040252686, 0.20214844, 0.06378174, 0.14868164) * v0_3.z;
                s0_1 += HVEC4(0.049591064, 0.019805908, 0.066833496, -0.36914062) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.36645508, -0.019989014, -0.33251953, -0.05834961) * v0_0.x;
                s0_0 += HVEC4(0.04647827, 0.031555176, 0.011810303, 0.0066490173) * v0_0.y;
                s0_0 += HVEC4(0.18225098, 0.08917236, 0.10803223, 0.03717041) * v0_0.z;
                s0_0 += HVEC4(-0.33618164, 0.036895752, 0.018096924, -0.009498596) * v0_0.w;
                s0_0 += HVEC4(0.25170898, 0.061553955, 0.022064209, 0.06286621) * v0_1.x;
                s0_0 += HVEC4(-0.09527588, 0.09552002, -0.03866577, -0.019500732) * v0_1.y;
                s0_0 += HVEC4(0.0113220215, -0.12756348, -0.031951904, 0.006477356) * v0_1.z;
                s0_0 += HVEC4(0.095581055, -0.05996704, -0.0031108856, 0.027755737) * v0_1.w;
                s0_0 += HVEC4(0.39501953, -0.027801514, -0.008415222, 0.032806396) * v0_2.x;
                s0_0 += HVEC4(-0.01109314, 0.009132385, 0.061584473, -0.013702393) * v0_2.y;
                s0_0 += HVEC4(-0.07946777, 0.031951904, 0.031143188, -0.009254456) * v0_2.z;
                s0_0 += HVEC4(0.51953125, -0.0657959, 0.036956787, 0.03967285) * v0_2.w;
                s0_0 += HVEC4(-0.011688232, -0.05734253, -0.045074463, 0.001540184) * v0_3.x;
                s0_0 += HVEC4(0.03677368, 0.008796692, -0.13928223, -0.049743652) * v0_3.y;
                s0_0 += HVEC4(-0.18969727, 0.080078125, 0.0070495605, -0.009307861) * v0_3.z;
                s0_0 += HVEC4(0.22363281, 0.051635742, 0.058044434, 0.018035889) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.10498047, 0.8564453, 0.25195312, 0.04724121) * v0_0.x;
                s0_1 += HVEC4(0.18029785, 0.33544922, 0.035980225, -0.03692627) * v0_0.y;
                s0_1 += HVEC4(-0.015022278, -0.13330078, 0.06311035, 0.06707764) * v0_0.z;
                s0_1 += HVEC4(0.13879395, -0.11828613, -0.003255844, 0.08508301) * v0_0.w;
                s0_1 += HVEC4(-0.032440186, 0.08502197, 0.11621094, -0.21582031) * v0_1.x;
                s0_1 += HVEC4(0.11151123, -0.30297852, -0.078125, 0.3515625) * v0_1.y;
                s0_1 += HVEC4(-0.10394287, 0.12207031, -0.024963379, -0.23461914) * v0_1.z;
                s0_1 += HVEC4(0.00217247, -0.11645508, -0.020126343, -0.3564453) * v0_1.w;
                s0_1 += HVEC4(-0.07519531, 0.09069824, -0.01235199, -0.19506836) * v0_2.x;
                s0_1 += HVEC4(0.016860962, 0.06384277, 0.0335083, 0.0413208) * v0_2.y;
                s0_1 += HVEC4(0.07147217, 0.3166504, 0.077941895, 0.11114502) * v0_2.z;
                s0_1 += HVEC4(-0.22802734, 0.13903809, -0.16210938, -0.4885254) * v0_2.w;
                s0_1 += HVEC4(-0.008552551, -0.03652954, -0.009895325, -0.1850586) * v0_3.x;
                s0_1 += HVEC4(0.016220093, 0.24963379, 0.11126709, 0.08502197) * v0_3.y;
                s0_1 += HVEC4(0.089660645, 0.18884277, 0.07989502, 0.18713379) * v0_3.z;
                s0_1 += HVEC4(-0.05090332, -0.3708496, -0.029205322, -0.46533203) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_0 = max(a0_0, vec4(0.0));
            a0_1 = max(a0_1, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.028717848, 0.054259814, 0.024503466, 0.019481014);
            vec4 a0_3 = vec4(-0.01950534, -0.015496908, 0.039383724, 0.00995921);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.012619019, -0.07348633, -0.027389526, -0.08532715) * v0_0.x;
                s0_2 += HVEC4(0.05117798, -0.027053833, 0.09490967, 0.16870117) * v0_0.y;
                s0_2 += HVEC4(-0.12347412, 0.09448242, -0.14367676, 0.0574646) * v0_0.z;
                s0_2 += HVEC4(0.09716797, 0.16955566, -0.06161499, -0.39916992) * v0_0.w;
                s0_2 += HVEC4(-0.07507324, -0.18603516, 0.3642578, 0.057861328) * v0_1.x;
                s0_2 += HVEC4(0.11993408, 0.0043640137, -0.028686523, -0.13842773) * v0_1.y;
                s0_2 += HVEC4(0.078552246, -0.01058197, 0.037719727, 0.06008911) * v0_1.z;
                s0_2 += HVEC4(0.064941406, -0.08166504, -0.088134766, 0.118896484) * v0_1.w;
                s0_2 += HVEC4(0.15234375, -0.093688965, -0.019851685, 0.12963867) * v0_2.x;
                s0_2 += HVEC4(-0.012718201, 0.113708496, 0.18371582, -0.0037994385) * v0_2.y;
                s0_2 += HVEC4(0.03253174, 0.1328125, 0.09387207, -0.10668945) * v0_2.z;
                s0_2 += HVEC4(-0.015037537, 0.024597168, 0.053253174, 0.059448242) * v0_2.w;
                s0_2 += HVEC4(-0.070617676, -0.1776123, 0.11029053, 0.09338379) * v0_3.x;
                s0_2 += HVEC4(-0.23693848, -0.06390381, -0.042785645, 0.2783203) * v0_3.y;
                s0_2 += HVEC4(0.069885254, -0.0070381165, 0.12445068, -0.09613037) * v0_3.z;
                s0_2 += HVEC4(0.0118637085, 0.0131073, -0.04437256, 0.019256592) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.019607544, -0.01159668, -0.03652954, 0.049041748) * v0_0.x;
                s0_3 += HVEC4(0.013679504, 0.010559082, -0.018875122, 0.047851562) * v0_0.y;
                s0_3 += HVEC4(-0.0335083, -0.042144775, -0.038330078, 0.06976318) * v0_0.z;
                s0_3 += HVEC4(-0.012741089, 0.021316528, -0.08496094, 0.010322571) * v0_0.w;
                s0_3 += HVEC4(0.036376953, -0.105773926, -0.14001465, -0.19506836) * v0_1.x;
                s0_3 += HVEC4(0.008476257, 0.027542114, 0.036956787, -0.0014362335) * v0_1.y;
                s0_3 += HVEC4(0.013473511, -0.030639648, 0.028900146, -0.09173584) * v0_1.z;
                s0_3 += HVEC4(-0.03112793, -0.0847168, -0.03491211, 0.004421234) * v0_1.w;
                s0_3 += HVEC4(-0.06335449, -0.04534912, 0.06335449, 0.047576904) * v0_2.x;
                s0_3 += HVEC4(0.016601562, -0.04284668, 0.029678345, 0.086364746) * v0_2.y;
                s0_3 += HVEC4(0.03729248, 0.0099487305, -0.007335663, -0.060058594) * v0_2.z;
                s0_3 += HVEC4(0.016159058, -0.0008883476, -0.0032024384, -0.034698486) * v0_2.w;
                s0_3 += HVEC4(0.10144043, -0.014831543, 0.0082092285, -0.020645142) * v0_3.x;
                s0_3 += HVEC4(-0.01663208, 0.035705566, 0.064941406, -0.11248779) * v0_3.y;
                s0_3 += HVEC4(0.07330322, 0.0001320839, 0.068603516, 0.0033931732) * v0_3.z;
                s0_3 += HVEC4(0.00010770559, 0.036956787, 0.028366089, 0.019699097) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.009216309, 0.0680542, 0.010307312, 0.040924072) * v0_0.x;
                s0_2 += HVEC4(-0.011054993, -0.020965576, 0.22424316, 0.0028381348) * v0_0.y;
                s0_2 += HVEC4(0.07281494, -0.013198853, 0.034851074, -0.017547607) * v0_0.z;
                s0_2 += HVEC4(0.08959961, 0.053497314, -0.17749023, -0.118774414) * v0_0.w;
                s0_2 += HVEC4(-0.013671875, 0.12719727, 0.013626099, -0.032226562) * v0_1.x;
                s0_2 += HVEC4(0.11846924, -0.10089111, -0.015594482, 0.008460999) * v0_1.y;
                s0_2 += HVEC4(-0.3881836, -0.027542114, 0.12524414, 0.08520508) * v0_1.z;
                s0_2 += HVEC4(0.028869629, -0.11279297, -0.07684326, -0.07159424) * v0_1.w;
                s0_2 += HVEC4(0.2208252, 0.21435547, 0.066223145, 0.020507812) * v0_2.x;
                s0_2 += HVEC4(0.11004639, 0.04598999, 0.117614746, 0.08154297) * v0_2.y;
                s0_2 += HVEC4(0.056640625, 0.11987305, 0.25634766, -0.07305908) * v0_2.z;
                s0_2 += HVEC4(-0.08666992, 0.030593872, -0.010040283, 0.049713135) * v0_2.w;
                s0_2 += HVEC4(-0.078186035, -0.078186035, -0.14892578, 0.017440796) * v0_3.x;
                s0_2 += HVEC4(0.10559082, 0.019454956, -0.055419922, 0.014694214) * v0_3.y;
                s0_2 += HVEC4(0.1763916, -0.119140625, 0.072143555, -0.17749023) * v0_3.z;
                s0_2 += HVEC4(0.040893555, -0.034179688, -0.36743164, -0.0020179749) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.00573349, -0.048950195, 0.03866577, -0.026687622) * v0_0.x;
                s0_3 += HVEC4(-0.013687134, -0.008842468, -0.04257202, 0.1583252) * v0_0.y;
                s0_3 += HVEC4(0.05606079, 0.0053253174, -0.0011520386, 0.0003285408) * v0_0.z;
                s0_3 += HVEC4(0.07299805, -0.20861816, -0.0022850037, -0.1685791) * v0_0.w;
                s0_3 += HVEC4(0.21716309, 0.07904053, 0.055236816, -0.06890869) * v0_1.x;
                s0_3 += HVEC4(-0.051208496, 0.05770874, 0.0031757355, -0.066711426) * v0_1.y;
                s0_3 += HVEC4(0.020690918, 0.09313965, -0.06439209, -0.15661621) * v0_1.z;
                s0_3 += HVEC4(0.03427124, 0.2788086, 0.023971558, 0.09564209) * v0_1.w;
                s0_3 += HVEC4(-0.24719238, 0.09020996, -0.03768921, 0.07019043) * v0_2.x;
                s0_3 += HVEC4(-0.054473877, 0.11846924, -0.025878906, 0.16931152) * v0_2.y;
                s0_3 += HVEC4(0.036102295, -0.020111084, 0.019729614, -0.16796875) * v0_2.z;
                s0_3 += HVEC4(0.00076055527, -0.0012140274, -0.002462387, 0.015914917) * v0_2.w;
                s0_3 += HVEC4(-0.11212158, -0.113464355, 0.038085938, -0.02859497) * v0_3.x;
                s0_3 += HVEC4(0.23413086, 0.1809082, 0.10998535, 0.061767578) * v0_3.y;
                s0_3 += HVEC4(0.08795166, -0.00070762634, -0.004081726, -0.036895752) * v0_3.z;
                s0_3 += HVEC4(-0.04638672, 0.08203125, -0.025299072, 0.02458191) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.07098389, -0.02619934, 0.0491333, 0.0005288124) * v0_0.x;
                s0_2 += HVEC4(-0.13305664, -0.04763794, 0.030960083, -0.059570312) * v0_0.y;
                s0_2 += HVEC4(0.028869629, -0.15722656, -0.15246582, 0.06506348) * v0_0.z;
                s0_2 += HVEC4(0.1463623, 0.06738281, -0.045196533, -0.2220459) * v0_0.w;
                s0_2 += HVEC4(0.023925781, -0.16882324, 0.13916016, -0.07208252) * v0_1.x;
                s0_2 += HVEC4(0.11248779, 0.05014038, -0.071777344, -0.057006836) * v0_1.y;
                s0_2 += HVEC4(-0.053955078, 0.041381836, 0.051727295, 0.097473145) * v0_1.z;
                s0_2 += HVEC4(-0.2043457, -0.08166504, -0.1640625, -0.006298065) * v0_1.w;
                s0_2 += HVEC4(-0.22570801, 0.10974121, 0.022323608, 0.094177246) * v0_2.x;
                s0_2 += HVEC4(0.11071777, 0.12005615, -0.09057617, -0.008583069) * v0_2.y;
                s0_2 += HVEC4(-0.1015625, 0.17358398, 0.19580078, -0.105651855) * v0_2.z;
                s0_2 += HVEC4(0.03289795, 0.013542175, 0.0029506683, 0.09655762) * v0_2.w;
                s0_2 += HVEC4(-0.01763916, -0.023483276, 0.07305908, 0.01146698) * v0_3.x;
                s0_2 += HVEC4(0.014503479, -0.31884766, 0.15148926, -0.068115234) * v0_3.y;
                s0_2 += HVEC4(0.11242676, -0.045440674, -0.051727295, -0.1418457) * v0_3.z;
                s0_2 += HVEC4(0.050628662, -0.07543945, 0.0049858093, -0.047698975) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.007835388, -0.039398193, 0.004917145, -0.01739502) * v0_0.x;
                s0_3 += HVEC4(0.026763916, -0.016921997, -0.0107040405, 0.06842041) * v0_0.y;
                s0_3 += HVEC4(-0.14855957, 0.05697632, -0.0043945312, 0.050933838) * v0_0.z;
                s0_3 += HVEC4(0.15661621, 0.111206055, 0.040924072, 0.094177246) * v0_0.w;
                s0_3 += HVEC4(-0.36694336, 0.10369873, -0.012001038, -0.066345215) * v0_1.x;
                s0_3 += HVEC4(-0.17175293, -0.046325684, 0.10583496, -0.006816864) * v0_1.y;
                s0_3 += HVEC4(-0.41748047, -0.054779053, 0.006996155, -0.13500977) * v0_1.z;
                s0_3 += HVEC4(-0.28173828, -0.19421387, -0.008781433, -0.10144043) * v0_1.w;
                s0_3 += HVEC4(-0.07373047, -0.034118652, -0.04055786, -0.057037354) * v0_2.x;
                s0_3 += HVEC4(0.024749756, -0.048034668, 0.03363037, -0.020141602) * v0_2.y;
                s0_3 += HVEC4(0.109069824, 0.015586853, 0.059906006, -0.03567505) * v0_2.z;
                s0_3 += HVEC4(-0.0056991577, 0.045074463, -0.012924194, -0.006298065) * v0_2.w;
                s0_3 += HVEC4(0.07763672, 0.025543213, -0.010650635, 0.014915466) * v0_3.x;
                s0_3 += HVEC4(-0.010986328, -0.035614014, -0.0052719116, 0.08654785) * v0_3.y;
                s0_3 += HVEC4(0.06311035, 0.06561279, 0.044433594, 0.013412476) * v0_3.z;
                s0_3 += HVEC4(-0.02645874, -0.01222229, -0.012710571, -0.01398468) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.25561523, 0.06323242, -0.022323608, -0.009346008) * v0_0.x;
                s0_2 += HVEC4(0.001329422, -0.05731201, 0.059570312, 0.17736816) * v0_0.y;
                s0_2 += HVEC4(-0.14025879, -0.09320068, -0.20935059, 0.048950195) * v0_0.z;
                s0_2 += HVEC4(0.18005371, 0.08453369, -0.39868164, -0.15026855) * v0_0.w;
                s0_2 += HVEC4(-0.11193848, -0.33007812, 0.46313477, -0.09362793) * v0_1.x;
                s0_2 += HVEC4(0.036102295, 0.076416016, -0.016998291, -0.16625977) * v0_1.y;
                s0_2 += HVEC4(-0.2175293, -0.07556152, 0.36767578, -0.3100586) * v0_1.z;
                s0_2 += HVEC4(-0.08685303, -0.14953613, 0.07434082, 0.15930176) * v0_1.w;
                s0_2 += HVEC4(0.06451416, -0.006855011, -0.112854004, -0.084472656) * v0_2.x;
                s0_2 += HVEC4(-0.2043457, -0.23095703, 0.38720703, 0.035247803) * v0_2.y;
                s0_2 += HVEC4(-0.021514893, 0.090270996, 0.06982422, -0.12451172) * v0_2.z;
                s0_2 += HVEC4(-0.17333984, 0.08404541, 0.042938232, 0.10961914) * v0_2.w;
                s0_2 += HVEC4(0.18554688, -0.3461914, 0.14086914, 0.11853027) * v0_3.x;
                s0_2 += HVEC4(0.030044556, 0.14990234, -0.20092773, 0.00047826767) * v0_3.y;
                s0_2 += HVEC4(0.09893799, 0.009635925, 0.029846191, -0.21411133) * v0_3.z;
                s0_2 += HVEC4(0.04574585, 0.010345459, 0.07141113, -0.011413574) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.010108948, 0.18786621, -0.07775879, 0.016921997) * v0_0.x;
                s0_3 += HVEC4(0.03793335, -0.0042152405, 0.04449463, 0.050842285) * v0_0.y;
                s0_3 += HVEC4(0.025100708, 0.1586914, -0.003211975, -0.023757935) * v0_0.z;
                s0_3 += HVEC4(-0.08898926, 0.1652832, -0.04135132, -0.03253174) * v0_0.w;
                s0_3 += HVEC4(0.097351074, -0.46142578, 0.15551758, -0.19970703) * v0_1.x;
                s0_3 += HVEC4(0.0052986145, -0.2401123, 0.017318726, 0.008270264) * v0_1.y;
                s0_3 += HVEC4(-0.0014333725, -0.5888672, 0.05355835, -0.015075684) * v0_1.z;
                s0_3 += HVEC4(0.042144775, 0.42749023, -0.01512146, -0.0026893616) * v0_1.w;
                s0_3 += HVEC4(0.06365967, 0.2866211, 0.03982544, 0.099365234) * v0_2.x;
                s0_3 += HVEC4(-0.13513184, 0.06555176, 0.11828613, 0.05307007) * v0_2.y;
                s0_3 += HVEC4(-0.0317688, 0.010345459, -0.009887695, -0.03741455) * v0_2.z;
                s0_3 += HVEC4(-0.007156372, 0.0012788773, 0.005004883, -0.051818848) * v0_2.w;
                s0_3 += HVEC4(-0.16577148, -0.13378906, 0.26489258, -0.15576172) * v0_3.x;
                s0_3 += HVEC4(-0.05947876, -0.11071777, -0.11956787, 0.026885986) * v0_3.y;
                s0_3 += HVEC4(0.0088272095, -0.088378906, -0.0070610046, 0.04360962) * v0_3.z;
                s0_3 += HVEC4(0.016586304, 0.029281616, 0.031982422, 0.09234619) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(0.034088135, -0.27539062, 0.14562988, -0.008026123) * v0_0.x;
                s0_2 += HVEC4(-0.15014648, 0.024017334, -0.040771484, 0.15368652) * v0_0.y;
                s0_2 += HVEC4(0.01928711, -0.19250488, -0.37280273, -0.19567871) * v0_0.z;
                s0_2 += HVEC4(0.1274414, -0.3005371, -2.2167969, -0.21166992) * v0_0.w;
                s0_2 += HVEC4(0.15283203, -0.2529297, -0.16186523, 0.2536621) * v0_1.x;
                s0_2 += HVEC4(0.56347656, 0.0077438354, -0.52685547, -0.79785156) * v0_1.y;
                s0_2 += HVEC4(-0.075927734, 0.3791504, 0.18737793, 0.09967041) * v0_1.z;
                s0_2 += HVEC4(-0.16821289, -0.054016113, 0.42797852, 0.55029297) * v0_1.w;
                s0_2 += HVEC4(-0.05758667, 0.140625, -0.11437988, -0.21899414) * v0_2.x;
                s0_2 += HVEC4(-0.03756714, -0.044281006, 0.04348755, -0.12646484) * v0_2.y;
                s0_2 += HVEC4(-0.067993164, 0.1303711, 0.12145996, -0.08703613) * v0_2.z;
                s0_2 += HVEC4(-0.43920898, 0.13659668, 0.09112549, 0.022155762) * v0_2.w;
                s0_2 += HVEC4(0.13195801, 0.18249512, -0.09576416, 0.15161133) * v0_3.x;
                s0_2 += HVEC4(0.05847168, 0.054016113, -1.2773438, 0.111450195) * v0_3.y;
                s0_2 += HVEC4(0.18115234, -0.27734375, -0.025939941, -0.1015625) * v0_3.z;
                s0_2 += HVEC4(0.093688965, 0.0836792, -0.37353516, 0.1274414) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.2590332, -0.04748535, 0.12109375, 0.10070801) * v0_0.x;
                s0_3 += HVEC4(-0.037353516, -0.057006836, 0.09411621, 0.32885742) * v0_0.y;
                s0_3 += HVEC4(0.18615723, 0.0065841675, -0.03338623, 0.02142334) * v0_0.z;
                s0_3 += HVEC4(-0.20788574, 0.36914062, 0.45629883, -0.25024414) * v0_0.w;
                s0_3 += HVEC4(0.54052734, 0.28857422, 0.20202637, -0.25952148) * v0_1.x;
                s0_3 += HVEC4(-0.013900757, 0.27172852, 0.04736328, 0.06695557) * v0_1.y;
                s0_3 += HVEC4(-0.09265137, -0.77001953, -0.30151367, -0.042816162) * v0_1.z;
                s0_3 += HVEC4(0.09777832, 0.4050293, -0.03286743, 0.08166504) * v0_1.w;
                s0_3 += HVEC4(0.2902832, 0.31591797, 0.31176758, 0.13598633) * v0_2.x;
                s0_3 += HVEC4(0.2376709, 0.24804688, 0.14343262, -0.026260376) * v0_2.y;
                s0_3 += HVEC4(-0.038757324, -0.09008789, -0.05871582, -0.07171631) * v0_2.z;
                s0_3 += HVEC4(-0.019454956, -0.044158936, 0.05114746, -0.011581421) * v0_2.w;
                s0_3 += HVEC4(0.051208496, 0.12512207, -0.037841797, 0.44140625) * v0_3.x;
                s0_3 += HVEC4(-0.047546387, 0.3293457, -0.016677856, -0.3059082) * v0_3.y;
                s0_3 += HVEC4(-0.07318115, 0.021118164, 0.009353638, 0.24658203) * v0_3.z;
                s0_3 += HVEC4(-0.07702637, -0.20996094, 0.004547119, 0.42626953) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.22949219, 0.13513184, -0.08514404, -0.00749588) * v0_0.x;
                s0_2 += HVEC4(0.014633179, -0.20483398, 0.16955566, 0.095214844) * v0_0.y;
                s0_2 += HVEC4(-0.104003906, 0.2265625, -0.2331543, 0.041534424) * v0_0.z;
                s0_2 += HVEC4(0.17871094, 0.08343506, 0.18115234, -0.3100586) * v0_0.w;
                s0_2 += HVEC4(-0.059051514, 0.034423828, -0.14001465, 0.070617676) * v0_1.x;
                s0_2 += HVEC4(0.09893799, 0.056243896, 0.33789062, -0.3161621) * v0_1.y;
                s0_2 += HVEC4(-0.18139648, 0.15026855, -0.1418457, -0.037261963) * v0_1.z;
                s0_2 += HVEC4(0.35742188, 0.09979248, -2.4101562, 0.27392578) * v0_1.w;
                s0_2 += HVEC4(0.054992676, -0.04486084, -0.19238281, -0.0287323) * v0_2.x;
                s0_2 += HVEC4(-0.068237305, -0.047790527, -0.032348633, -0.06628418) * v0_2.y;
                s0_2 += HVEC4(-0.081970215, 0.12322998, 0.33740234, -0.15185547) * v0_2.z;
                s0_2 += HVEC4(-0.23815918, 0.22290039, 0.092041016, 0.062072754) * v0_2.w;
                s0_2 += HVEC4(-0.019958496, -0.0008921623, 0.07513428, 0.064819336) * v0_3.x;
                s0_2 += HVEC4(-0.17211914, -0.37524414, -0.011657715, -0.012069702) * v0_3.y;
                s0_2 += HVEC4(0.023468018, -0.009468079, 0.08300781, -0.028137207) * v0_3.z;
                s0_2 += HVEC4(0.050201416, -0.44458008, 0.07397461, 0.18676758) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.21679688, -0.007987976, -0.038604736, -0.11883545) * v0_0.x;
                s0_3 += HVEC4(0.07574463, 0.032928467, 0.045166016, 0.16699219) * v0_0.y;
                s0_3 += HVEC4(0.19384766, 0.00674057, -0.14587402, 0.082458496) * v0_0.z;
                s0_3 += HVEC4(-0.19372559, 0.24938965, 0.02720642, 0.15270996) * v0_0.w;
                s0_3 += HVEC4(-0.06036377, -0.11755371, 0.05102539, 0.054779053) * v0_1.x;
                s0_3 += HVEC4(-0.003604889, -0.09436035, -0.016571045, 0.022369385) * v0_1.y;
                s0_3 += HVEC4(-0.039093018, -0.8803711, 0.029144287, -0.18566895) * v0_1.z;
                s0_3 += HVEC4(-0.07897949, -1.0185547, -0.037261963, -0.20507812) * v0_1.w;
                s0_3 += HVEC4(0.20568848, 0.25610352, 0.04522705, -0.091796875) * v0_2.x;
                s0_3 += HVEC4(-0.010421753, 0.0064735413, -0.0032291412, -0.02230835) * v0_2.y;
                s0_3 += HVEC4(0.06768799, -0.02482605, 0.088256836, 0.022644043) * v0_2.z;
                s0_3 += HVEC4(0.027908325, 0.017044067, -0.052825928, 0.0056915283) * v0_2.w;
                s0_3 += HVEC4(-0.101623535, -0.025238037, 0.02281189, 0.045562744) * v0_3.x;
                s0_3 += HVEC4(-0.17492676, -0.17529297, -0.02154541, -0.2265625) * v0_3.y;
                s0_3 += HVEC4(0.21166992, 0.08093262, 0.05633545, 0.040161133) * v0_3.z;
                s0_3 += HVEC4(-0.46801758, 0.061798096, 0.11053467, -0.19348145) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.10852051, -0.21081543, -0.006626129, -0.44995117) * v0_0.x;
                s0_2 += HVEC4(-0.016357422, -0.15332031, 0.18225098, 0.17077637) * v0_0.y;
                s0_2 += HVEC4(0.31347656, 0.09289551, -0.11987305, 0.2277832) * v0_0.z;
                s0_2 += HVEC4(-0.16174316, 0.047180176, -0.014892578, -0.049316406) * v0_0.w;
                s0_2 += HVEC4(0.12512207, -0.10803223, 0.007232666, -0.17700195) * v0_1.x;
                s0_2 += HVEC4(0.1340332, -0.023910522, -0.0769043, -0.20837402) * v0_1.y;
                s0_2 += HVEC4(-0.14990234, -0.019592285, -0.20654297, -0.09063721) * v0_1.z;
                s0_2 += HVEC4(0.053253174, -0.0059776306, 0.03161621, 0.026245117) * v0_1.w;
                s0_2 += HVEC4(0.1809082, -0.036224365, 0.111572266, -0.06185913) * v0_2.x;
                s0_2 += HVEC4(-0.07989502, 0.08129883, 0.3466797, -0.016845703) * v0_2.y;
                s0_2 += HVEC4(-0.17285156, 0.007507324, 0.07525635, -0.017532349) * v0_2.z;
                s0_2 += HVEC4(-0.18310547, 0.11175537, -0.017578125, 0.025665283) * v0_2.w;
                s0_2 += HVEC4(0.2705078, -0.18151855, -0.14904785, 0.18200684) * v0_3.x;
                s0_2 += HVEC4(-0.08123779, -0.034423828, 0.17614746, -0.089904785) * v0_3.y;
                s0_2 += HVEC4(0.08319092, -0.09991455, 0.033966064, -0.032196045) * v0_3.z;
                s0_2 += HVEC4(0.06665039, 0.023971558, -0.095947266, 0.040924072) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.33422852, -0.88134766, 0.023498535, -0.35131836) * v0_0.x;
                s0_3 += HVEC4(0.025619507, -0.35253906, 0.033203125, 0.091552734) * v0_0.y;
                s0_3 += HVEC4(-0.022018433, -2.9550781, -0.08001709, 0.060791016) * v0_0.z;
                s0_3 += HVEC4(-0.048736572, 0.19946289, 0.040161133, 0.14208984) * v0_0.w;
                s0_3 += HVEC4(-0.049865723, 0.49804688, 0.008163452, -0.14746094) * v0_1.x;
                s0_3 += HVEC4(0.012825012, -0.39526367, -0.009963989, 0.01210022) * v0_1.y;
                s0_3 += HVEC4(0.014801025, 0.107910156, 0.05618286, 0.0026493073) * v0_1.z;
                s0_3 += HVEC4(0.009063721, -0.3203125, 0.094055176, 0.066223145) * v0_1.w;
                s0_3 += HVEC4(0.051849365, 0.011955261, -0.05822754, -0.05218506) * v0_2.x;
                s0_3 += HVEC4(-0.09240723, -0.0043907166, -0.08721924, 0.0049934387) * v0_2.y;
                s0_3 += HVEC4(-0.0028266907, 0.23913574, -0.0055999756, -0.036346436) * v0_2.z;
                s0_3 += HVEC4(-0.03955078, -0.069885254, 0.079956055, -0.0017728806) * v0_2.w;
                s0_3 += HVEC4(-0.0003554821, 0.14050293, -0.015945435, -0.09039307) * v0_3.x;
                s0_3 += HVEC4(0.016601562, 0.20666504, -0.015419006, -0.06768799) * v0_3.y;
                s0_3 += HVEC4(-0.011444092, 0.14587402, 0.02166748, 0.06173706) * v0_3.z;
                s0_3 += HVEC4(-0.01576233, 0.10345459, 0.032928467, 0.0635376) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.2006836, 1.3056641, -0.07989502, -0.43554688) * v0_0.x;
                s0_2 += HVEC4(-0.22937012, -0.15258789, -0.015975952, 0.3803711) * v0_0.y;
                s0_2 += HVEC4(-0.113342285, -0.3137207, 0.99853516, -0.29174805) * v0_0.z;
                s0_2 += HVEC4(0.124572754, -0.14868164, -0.2746582, -0.30493164) * v0_0.w;
                s0_2 += HVEC4(0.040802002, 0.12939453, 0.35546875, -0.07385254) * v0_1.x;
                s0_2 += HVEC4(0.045898438, 0.049926758, 0.12683105, -0.61083984) * v0_1.y;
                s0_2 += HVEC4(-0.019683838, 0.1161499, -1.4111328, 0.24975586) * v0_1.z;
                s0_2 += HVEC4(-0.18041992, -0.15429688, -0.20361328, 0.28149414) * v0_1.w;
                s0_2 += HVEC4(-0.09674072, 0.15356445, 0.27783203, -0.37719727) * v0_2.x;
                s0_2 += HVEC4(-0.26245117, 0.058685303, -0.40307617, -0.13439941) * v0_2.y;
                s0_2 += HVEC4(0.022979736, 0.08886719, 0.08319092, -0.07470703) * v0_2.z;
                s0_2 += HVEC4(-0.52734375, 0.18273926, 0.13574219, 0.04711914) * v0_2.w;
                s0_2 += HVEC4(0.0725708, -0.22485352, -0.24499512, 0.036254883) * v0_3.x;
                s0_2 += HVEC4(0.007194519, -0.009239197, -0.19042969, 0.029129028) * v0_3.y;
                s0_2 += HVEC4(-0.051086426, -0.049865723, 0.38842773, -0.08691406) * v0_3.z;
                s0_2 += HVEC4(0.006832123, 0.019897461, -2.0742188, 0.058929443) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.24633789, -0.7685547, 0.15197754, 1.1894531) * v0_0.x;
                s0_3 += HVEC4(0.04006958, -0.7939453, 0.10559082, 0.26220703) * v0_0.y;
                s0_3 += HVEC4(-0.049072266, -3.1230469, -0.0018787384, -0.1730957) * v0_0.z;
                s0_3 += HVEC4(-0.05239868, 0.1586914, 0.011489868, -0.14941406) * v0_0.w;
                s0_3 += HVEC4(0.22375488, -1.0478516, 0.01777649, 0.12805176) * v0_1.x;
                s0_3 += HVEC4(-0.024414062, -0.86035156, 0.073791504, -0.026382446) * v0_1.y;
                s0_3 += HVEC4(0.028915405, 0.3359375, -0.051757812, -0.04385376) * v0_1.z;
                s0_3 += HVEC4(-0.018920898, -1.7734375, 0.09667969, 0.062408447) * v0_1.w;
                s0_3 += HVEC4(0.02218628, -0.49438477, -0.041625977, 0.117614746) * v0_2.x;
                s0_3 += HVEC4(0.030960083, -0.5800781, -0.014915466, 0.10095215) * v0_2.y;
                s0_3 += HVEC4(0.058929443, 0.048583984, -0.08105469, -0.10845947) * v0_2.z;
                s0_3 += HVEC4(-0.05303955, -0.5439453, 0.24243164, -0.093688965) * v0_2.w;
                s0_3 += HVEC4(-0.025238037, 0.62597656, 0.021636963, 0.18078613) * v0_3.x;
                s0_3 += HVEC4(-0.0390625, -0.80029297, -0.13549805, -0.07904053) * v0_3.y;
                s0_3 += HVEC4(0.046539307, -1.0410156, 0.05709839, 0.10992432) * v0_3.z;
                s0_3 += HVEC4(-0.02722168, -1.8144531, 0.121520996, 0.1661377) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.09838867, -0.5986328, -0.19042969, -0.16333008) * v0_0.x;
                s0_2 += HVEC4(0.04360962, -0.21740723, 0.23815918, 0.28979492) * v0_0.y;
                s0_2 += HVEC4(-0.012634277, 0.06561279, 0.18920898, 0.038330078) * v0_0.z;
                s0_2 += HVEC4(0.05657959, 0.023880005, -0.10107422, -0.13317871) * v0_0.w;
                s0_2 += HVEC4(0.023010254, 0.10839844, -0.05407715, -0.016693115) * v0_1.x;
                s0_2 += HVEC4(0.16003418, -0.066223145, -2.0820312, -0.31689453) * v0_1.y;
                s0_2 += HVEC4(-0.06719971, 0.03366089, 0.17260742, -0.05908203) * v0_1.z;
                s0_2 += HVEC4(-0.12890625, -0.10797119, 0.123291016, 0.29614258) * v0_1.w;
                s0_2 += HVEC4(-0.060913086, -0.02281189, -0.026473999, 0.05239868) * v0_2.x;
                s0_2 += HVEC4(0.026931763, -0.046295166, 0.20825195, 0.09075928) * v0_2.y;
                s0_2 += HVEC4(0.10308838, 0.23754883, -0.109191895, -0.097839355) * v0_2.z;
                s0_2 += HVEC4(-0.3857422, 0.12231445, 0.006439209, 0.067993164) * v0_2.w;
                s0_2 += HVEC4(-0.005016327, 0.041900635, -0.1385498, -0.013221741) * v0_3.x;
                s0_2 += HVEC4(-0.14562988, 0.06072998, 0.2286377, 0.13757324) * v0_3.y;
                s0_2 += HVEC4(0.1138916, -0.093933105, 0.06573486, -0.06982422) * v0_3.z;
                s0_2 += HVEC4(0.16430664, -0.16247559, -0.026321411, -0.031555176) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.12200928, -0.07940674, -0.18005371, 0.06903076) * v0_0.x;
                s0_3 += HVEC4(0.09423828, -0.25830078, -0.0335083, 0.14709473) * v0_0.y;
                s0_3 += HVEC4(0.013679504, -2.3417969, 0.14489746, -0.15637207) * v0_0.z;
                s0_3 += HVEC4(-0.080444336, 0.25805664, -0.04727173, 0.092163086) * v0_0.w;
                s0_3 += HVEC4(0.098083496, -0.06088257, -0.07421875, 0.004711151) * v0_1.x;
                s0_3 += HVEC4(-0.062469482, 0.21960449, -0.048797607, 0.046966553) * v0_1.y;
                s0_3 += HVEC4(0.03250122, -1.6298828, -0.0036678314, -0.03753662) * v0_1.z;
                s0_3 += HVEC4(-0.039489746, -2.1660156, 0.075683594, 0.079956055) * v0_1.w;
                s0_3 += HVEC4(0.055114746, -0.41357422, 0.08074951, -0.036712646) * v0_2.x;
                s0_3 += HVEC4(0.05831909, 0.07086182, 0.022003174, 0.024459839) * v0_2.y;
                s0_3 += HVEC4(0.11279297, 0.80810547, -0.05038452, -0.14538574) * v0_2.z;
                s0_3 += HVEC4(-0.07141113, -0.84472656, 0.034851074, -0.13720703) * v0_2.w;
                s0_3 += HVEC4(0.025878906, 0.47021484, -0.028686523, -0.029067993) * v0_3.x;
                s0_3 += HVEC4(0.046417236, 0.23706055, -0.016815186, -0.14025879) * v0_3.y;
                s0_3 += HVEC4(-0.01826477, -0.4741211, 0.035461426, 0.07336426) * v0_3.z;
                s0_3 += HVEC4(-0.083984375, -2.1796875, 0.071899414, 0.026062012) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_2 = max(a0_2, vec4(0.0));
            a0_3 = max(a0_3, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
                imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
            }
        }
        if (more) {
            barrier();  // every thread is done reading this tile
if (i0 < 180) {
                tile[i0] = f0 ? HVEC4(n0_0) : HVEC4(0.0);
                tile[i0 + 180] = f0 ? HVEC4(n0_1) : HVEC4(0.0);
                tile[i0 + 360] = f0 ? HVEC4(n0_2) : HVEC4(0.0);
                tile[i0 + 540] = f0 ? HVEC4(n0_3) : HVEC4(0.0);
            }
            barrier();
        }
        origin.y += 8;
    }
}

//!DESC ArtCNN_C4F16_DN compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L2
//!SAVE ArtCNN_C4F16_DN_L3
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 64 16 16

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 16 channels -> 16 channels, then relu
// A workgroup computes 16x8 pixels with 16x16 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (18x10 pixels, 4 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared HVEC4 tile[720];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    for (int i = int(gl_LocalInvocationIndex); i < 180; i += 256) {
        ivec2 q = origin + ivec2(i % 18 - 1, i / 18 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    barrier();

    // The workgroup then walks down 4 tiles; while it computes one, the next one's texel
    // fetches are in flight.
    int i0 = int(gl_LocalInvocationIndex) + 0;
    bool f0 = false;
    vec4 n0_0 = vec4(0.0);
    vec4 n0_1 = vec4(0.0);
    vec4 n0_2 = vec4(0.0);
    vec4 n0_3 = vec4(0.0);

    // 2 slices of 16x8 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;
    for (int t = 0; t < 4; t++) {
        if (origin.y >= size.y)
            break;  // past the frame: the whole workgroup
        bool more = t + 1 < 4;
        if (more) {
            ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 + 7);
            f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
            q0 = clamp(q0, ivec2(0), last);
            n0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.0037328722, 0.0058725104, 0.014844512, -0.010170196);
            vec4 a0_1 = vec4(-0.0037970059, 0.0066255014, 0.007933397, 0.021553462);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.05731201, -0.33740234, 0.1772461, 0.09954834) * v0_0.x;
                s0_0 += HVEC4(0.044891357, 0.06640625, 0.0025520325, -0.031707764) * v0_0.y;
                s0_0 += HVEC4(0.04260254, 0.008026123, -0.031341553, 0.028717041) * v0_0.z;
                s0_0 += HVEC4(-0.0021381378, 0.06750488, -0.0018148422, -0.035705566) * v0_0.w;
                s0_0 += HVEC4(0.06463623, -0.19836426, -0.021759033, 0.055908203) * v0_1.x;
                s0_0 += HVEC4(0.12695312, -0.11279297, 0.03515625, 0.028564453) * v0_1.y;
                s0_0 += HVEC4(0.010223389, 0.025802612, -0.02420044, 0.015159607) * v0_1.z;
                s0_0 += HVEC4(0.10333252, -0.09100342, 0.057922363, 0.0491333) * v0_1.w;
                s0_0 += HVEC4(0.08691406, -0.1706543, 0.021392822, -0.030593872) * v0_2.x;
                s0_0 += HVEC4(-0.08276367, 0.23095703, -0.0031490326, -0.010559082) * v0_2.y;
                s0_0 += HVEC4(0.0154800415, 0.0020866394, -0.046569824, 0.12634277) * v0_2.z;
                s0_0 += HVEC4(-0.2208252, -0.16003418, -0.022155762, 0.073913574) * v0_2.w;
                s0_0 += HVEC4(0.2932129, -0.6513672, -0.095703125, 0.3059082) * v0_3.x;
                s0_0 += HVEC4(0.41967773, -0.19067383, 0.11450195, 0.4975586) * v0_3.y;
                s0_0 += HVEC4(-0.014450073, 0.08514404, 0.030670166, -0.0022239685) * v0_3.z;
                s0_0 += HVEC4(-0.03112793, -0.30493164, 0.068847656, 0.06976318) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.1541748, -0.020553589, -0.059448242, -0.12805176) * v0_0.x;
                s0_1 += HVEC4(0.0045433044, -0.055236816, -0.023376465, -0.07507324) * v0_0.y;
                s0_1 += HVEC4(-0.030227661, -0.054534912, -0.050872803, -0.07281494) * v0_0.z;
                s0_1 += HVEC4(-0.045166016, 0.0033168793, 0.021331787, -0.19909668) * v0_0.w;
                s0_1 += HVEC4(0.08795166, -0.03302002, -0.0069999695, 0.17956543) * v0_1.x;
                s0_1 += HVEC4(0.031707764, 0.029312134, -0.062286377, 0.021957397) * v0_1.y;
                s0_1 += HVEC4(0.064331055, 0.0061454773, -0.027450562, 0.12963867) * v0_1.z;
                s0_1 += HVEC4(0.0055007935, 0.014228821, -0.042785645, -0.02709961) * v0_1.w;
                s0_1 += HVEC4(-0.0044555664, 0.05834961, -0.012924194, -0.37475586) * v0_2.x;
                s0_1 += HVEC4(0.08251953, 0.0725708, 0.00592041, 0.025375366) * v0_2.y;
                s0_1 += HVEC4(0.06542969, -0.034851074, -0.043151855, -0.25439453) * v0_2.z;
                s0_1 += HVEC4(-0.040405273, 0.08770752, 0.07019043, 0.18054199) * v0_2.w;
                s0_1 += HVEC4(-0.25341797, -0.0027923584, -0.22399902, -0.65527344) * v0_3.x;
                s0_1 += HVEC4(0.038879395, 0.07086182, -0.10284424, -1.6240234) * v0_3.y;
                s0_1 += HVEC4(0.052459717, -0.0036392212, 0.035064697, 0.027542114) * v0_3.z;
                s0_1 += HVEC4(6.2048435e-05, -0.01436615, 0.015457153, 0.23144531) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.29858398, -0.49243164, 0.03427124, -0.23864746) * v0_0.x;
                s0_0 += HVEC4(0.20593262, 0.12841797, -0.018447876, 0.084228516) * v0_0.y;
                s0_0 += HVEC4(-0.08270264, 0.0062789917, -0.13757324, 0.029907227) * v0_0.z;
                s0_0 += HVEC4(0.026901245, -0.3293457, 0.02458191, -0.068115234) * v0_0.w;
                s0_0 += HVEC4(-0.10681152, -0.45458984, -0.14099121, 0.016418457) * v0_1.x;
                s0_0 += HVEC4(-0.09680176, -0.05847168, 0.030517578, -0.14343262) * v0_1.y;
                s0_0 += HVEC4(0.020950317, 0.26489258, -0.07543945, 0.038513184) * v0_1.z;
                s0_0 += HVEC4(-0.036376953, -0.26245117, 0.035308838, -0.21459961) * v0_1.w;
                s0_0 += HVEC4(-0.034423828, -0.26464844, 0.071899414, -0.036132812) * v0_2.x;
                s0_0 += HVEC4(0.010475159, -0.11016846, 0.10406494, 0.032226562) * v0_2.y;
                s0_0 += HVEC4(-0.16601562, -0.13671875, -0.20715332, -0.10772705) * v0_2.z;
                s0_0 += HVEC4(0.21289062, -0.11352539, -0.20983887, 0.072265625) * v0_2.w;
                s0_0 += HVEC4(0.13220215, -0.10357666, 0.18969727, -0.12939453) * v0_3.x;
                s0_0 += HVEC4(0.7363281, 0.021820068, 0.3034668, 0.054016113) * v0_3.y;
                s0_0 += HVEC4(0.07043457, 0.15698242, 0.058441162, -0.118896484) * v0_3.z;
                s0_0 += HVEC4(-0.17150879, -0.52441406, 0.013435364, 0.07739258) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.20141602, 0.009277344, -0.0093688965, 0.26733398) * v0_0.x;
                s0_1 += HVEC4(-0.050811768, 0.016220093, -0.041778564, -0.56347656) * v0_0.y;
                s0_1 += HVEC4(0.050842285, 0.047698975, 0.026672363, 0.020553589) * v0_0.z;
                s0_1 += HVEC4(-0.04598999, 0.040771484, -0.021606445, -0.03466797) * v0_0.w;
                s0_1 += HVEC4(0.076660156, -0.028274536, -0.021865845, -0.296875) * v0_1.x;
                s0_1 += HVEC4(0.003440857, 0.019485474, 0.0143966675, 0.19262695) * v0_1.y;
                s0_1 += HVEC4(-0.008369446, 0.021270752, -0.0048599243, 0.05508423) * v0_1.z;
                s0_1 += HVEC4(-0.0039596558, -0.08154297, 0.0078048706, -0.22399902) * v0_1.w;
                s0_1 += HVEC4(-0.0009675026, 0.038635254, -0.03353882, -0.04714966) * v0_2.x;
                s0_1 += HVEC4(-0.028671265, -0.05847168, -0.006214142, 0.0647583) * v0_2.y;
                s0_1 += HVEC4(-0.07086182, 0.07867432, -0.0014772415, -0.20141602) * v0_2.z;
                s0_1 += HVEC4(0.061706543, 0.013114929, -0.01399231, -0.44360352) * v0_2.w;
                s0_1 += HVEC4(-0.06958008, 0.058776855, -0.037353516, 6.2048435e-05) * v0_3.x;
                s0_1 += HVEC4(-0.23498535, 0.52490234, -0.37890625, -1.1923828) * v0_3.y;
                s0_1 += HVEC4(-0.12927246, 0.008682251, 0.015579224, -0.020935059) * v0_3.z;
                s0_1 += HVEC4(0.080322266, -0.051849365, 0.01953125, -0.1161499) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(-0.1776123, -0.11242676, -0.0010271072, 0.059173584) * v0_0.x;
                s0_0 += HVEC4(0.14257812, 0.053375244, 0.14025879, 0.092285156) * v0_0.y;
                s0_0 += HVEC4(-0.091918945, 0.057403564, -0.08337402, -0.11779785) * v0_0.z;
                s0_0 += HVEC4(-0.03652954, -0.113220215, 0.004749298, -0.022323608) * v0_0.w;
                s0_0 += HVEC4(0.10601807, -0.42504883, -0.16882324, 0.058441162) * v0_1.x;
                s0_0 += HVEC4(0.023101807, 0.05618286, -0.016586304, 0.0982666) * v0_1.y;
                s0_0 += HVEC4(0.10467529, 0.114990234, 0.02027893, 0.07128906) * v0_1.z;
                s0_0 += HVEC4(-0.12670898, 0.0024814606, -0.07128906, -0.18676758) * v0_1.w;
                s0_0 += HVEC4(-0.111694336, -0.3425293, 0.03805542, -0.1784668) * v0_2.x;
                s0_0 += HVEC4(-0.039794922, -0.005630493, -0.019332886, -0.012229919) * v0_2.y;
                s0_0 += HVEC4(-0.099487305, -0.0803833, -0.09466553, -0.20507812) * v0_2.z;
                s0_0 += HVEC4(-0.19250488, -0.22265625, -0.12939453, -0.12695312) * v0_2.w;
                s0_0 += HVEC4(-0.0016431808, -0.25048828, 0.03427124, 0.05960083) * v0_3.x;
                s0_0 += HVEC4(0.29467773, -0.28320312, 0.34301758, -0.6777344) * v0_3.y;
                s0_0 += HVEC4(0.12927246, 0.10803223, -0.064453125, 0.00023174286) * v0_3.z;
                s0_0 += HVEC4(0.117370605, -0.050811768, 0.016174316, 0.1394043) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.06738281, 0.023712158, -0.014732361, -0.042938232) * v0_0.x;
                s0_1 += HVEC4(0.004512787, 0.027664185, -0.0038776398, -0.3635254) * v0_0.y;
                s0_1 += HVEC4(-0.025558472, -0.034851074, 0.03164673, -0.070495605) * v0_0.z;
                s0_1 += HVEC4(0.045928955, 0.030319214, -0.030761719, 0.061920166) * v0_0.w;
                s0_1 += HVEC4(0.15368652, -0.08343506, 0.021835327, 0.17626953) * v0_1.x;
                s0_1 += HVEC4(-0.015403748, -0.018417358, 0.0029659271, 0.013671875) * v0_1.y;
                s0_1 += HVEC4(-0.07122803, 0.0033073425, 0.018585205, -0.025726318) * v0_1.z;
                s0_1 += HVEC4(-0.2619629, 0.012573242, -0.0058670044, -0.31567383) * v0_1.w;
                s0_1 += HVEC4(0.15808105, 0.004135132, 0.022872925, 0.09790039) * v0_2.x;
                s0_1 += HVEC4(-0.021102905, -0.008430481, 0.015022278, 0.081604004) * v0_2.y;
                s0_1 += HVEC4(0.08905029, 0.04260254, 0.0007534027, 0.034698486) * v0_2.z;
                s0_1 += HVEC4(0.028579712, -0.043151855, 0.014320374, 0.3876953) * v0_2.w;
                s0_1 += HVEC4(0.031707764, 0.018051147, 0.0027427673, -0.0037345886) * v0_3.x;
                s0_1 += HVEC4(-0.2319336, 0.34765625, -0.0949707, -1.0429688) * v0_3.y;
                s0_1 += HVEC4(-0.084472656, 0.0236969, -0.0026798248, 0.021530151) * v0_3.z;
                s0_1 += HVEC4(-0.007545471, -0.00039696693, -0.015274048, -0.07269287) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.0026187897, 0.0519104, -0.3557129, 0.01876831) * v0_0.x;
                s0_0 += HVEC4(0.080322266, 0.19885254, -0.07495117, 0.011154175) * v0_0.y;
                s0_0 += HVEC4(0.0602417, -0.18933105, 0.05065918, 0.010635376) * v0_0.z;
                s0_0 += HVEC4(-0.024505615, -0.09063721, 0.061340332, 0.08850098) * v0_0.w;
                s0_0 += HVEC4(0.013465881, -0.30273438, -0.1005249, -0.0021858215) * v0_1.x;
                s0_0 += HVEC4(-0.06530762, -0.11755371, 0.05908203, 0.012908936) * v0_1.y;
                s0_0 += HVEC4(-0.041168213, 0.011940002, -0.057891846, -0.11920166) * v0_1.z;
                s0_0 += HVEC4(-0.14807129, 0.36523438, 0.060577393, -0.009391785) * v0_1.w;
                s0_0 += HVEC4(0.0019664764, 0.021438599, -0.0703125, -0.061798096) * v0_2.x;
                s0_0 += HVEC4(-0.25097656, 0.08605957, 0.020446777, 0.035888672) * v0_2.y;
                s0_0 += HVEC4(0.041503906, -0.014595032, 0.018997192, 0.11004639) * v0_2.z;
                s0_0 += HVEC4(-0.0017623901, 0.14001465, -0.21374512, -0.019866943) * v0_2.w;
                s0_0 += HVEC4(-0.7270508, -0.16638184, -0.71533203, 0.22302246) * v0_3.x;
                s0_0 += HVEC4(0.033996582, 0.0064086914, 0.16235352, -0.09820557) * v0_3.y;
                s0_0 += HVEC4(-0.045135498, 0.09124756, -0.0039043427, 0.0042762756) * v0_3.z;
                s0_0 += HVEC4(0.1751709, 0.20751953, 0.04437256, -0.034851074) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.2644043, -0.066589355, -0.18347168, -0.08117676) * v0_0.x;
                s0_1 += HVEC4(-0.0440979, -0.10058594, -0.061645508, 0.12322998) * v0_0.y;
                s0_1 += HVEC4(-0.038330078, 0.12646484, -0.01184845, 0.062286377) * v0_0.z;
                s0_1 += HVEC4(0.027572632, -0.014312744, 0.003042221, 0.021438599) * v0_0.w;
                s0_1 += HVEC4(-0.07397461, 0.00033593178, 0.08459473, 0.2998047) * v0_1.x;
                s0_1 += HVEC4(-0.006801605, -0.019592285, -0.07067871, -0.2298584) * v0_1.y;
                s0_1 += HVEC4(-0.049041748, 0.08807373, 0.057006836, 0.14355469) * v0_1.z;
                s0_1 += HVEC4(-0.0054779053, -0.03704834, -0.06896973, -0.27978516) * v0_1.w;
                s0_1 += HVEC4(-0.12524414, 0.06915283, -0.040496826, -0.07867432) * v0_2.x;
                s0_1 += HVEC4(-0.067871094, 0.04345703, -0.008453369, 0.07727051) * v0_2.y;
                s0_1 += HVEC4(-0.022994995, -0.0030708313, -0.15258789, -0.021606445) * v0_2.z;
                s0_1 += HVEC4(0.07446289, 0.0018358231, -0.03894043, -0.22790527) * v0_2.w;
                s0_1 += HVEC4(-0.23168945, -0.13208008, -0.19396973, -0.6694336) * v0_3.x;
                s0_1 += HVEC4(-0.0038261414, -0.052368164, 0.35791016, -0.2319336) * v0_3.y;
                s0_1 += HVEC4(0.049346924, -0.15515137, 0.019714355, -0.13354492) * v0_3.z;
                s0_1 += HVEC4(-0.01461792, -0.029006958, -0.0048446655, -0.119506836) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.0002667904, 0.25073242, -0.2849121, -0.12561035) * v0_0.x;
                s0_0 += HVEC4(0.14477539, -0.26293945, 0.10321045, -0.05050659) * v0_0.y;
                s0_0 += HVEC4(-0.20263672, -0.050354004, 0.5620117, -0.1274414) * v0_0.z;
                s0_0 += HVEC4(0.1237793, 0.2541504, 0.25708008, -0.27661133) * v0_0.w;
                s0_0 += HVEC4(-0.2064209, -0.28051758, -0.08178711, -0.12347412) * v0_1.x;
                s0_0 += HVEC4(-0.26782227, -0.04763794, -0.08630371, -0.1998291) * v0_1.y;
                s0_0 += HVEC4(0.4963379, -0.038879395, -0.039031982, 0.16320801) * v0_1.z;
                s0_0 += HVEC4(-0.12390137, 0.27270508, -0.06817627, -0.07788086) * v0_1.w;
                s0_0 += HVEC4(-0.048309326, 0.14733887, -0.15270996, 0.13220215) * v0_2.x;
                s0_0 += HVEC4(-0.25170898, 0.03289795, -0.09875488, 0.0024986267) * v0_2.y;
                s0_0 += HVEC4(-0.24328613, -0.03262329, -0.25463867, 0.05267334) * v0_2.z;
                s0_0 += HVEC4(0.012016296, -0.2397461, -0.08508301, -0.064453125) * v0_2.w;
                s0_0 += HVEC4(-0.31225586, 0.035095215, 0.05960083, 0.05279541) * v0_3.x;
                s0_0 += HVEC4(-0.04727173, -0.11883545, -0.17028809, 0.20703125) * v0_3.y;
                s0_0 += HVEC4(0.05429077, -0.23352051, -0.3371582, 0.12683105) * v0_3.z;
                s0_0 += HVEC4(-0.46704102, 0.053527832, -0.08709717, 0.13537598) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.37451172, 0.10369873, 0.04937744, -0.35839844) * v0_0.x;
                s0_1 += HVEC4(0.05557251, 0.16088867, -0.1348877, -0.6948242) * v0_0.y;
                s0_1 += HVEC4(-0.15808105, 0.3930664, 0.08526611, -0.06188965) * v0_0.z;
                s0_1 += HVEC4(0.15673828, 0.24829102, -0.038635254, -0.19421387) * v0_0.w;
                s0_1 += HVEC4(-0.31762695, 0.10131836, -0.042663574, -0.056915283) * v0_1.x;
                s0_1 += HVEC4(0.05130005, -0.025482178, 0.03201294, -0.19677734) * v0_1.y;
                s0_1 += HVEC4(-0.20422363, 0.0836792, 0.04425049, 0.30029297) * v0_1.z;
                s0_1 += HVEC4(0.5317383, 0.024017334, 0.017669678, 0.21228027) * v0_1.w;
                s0_1 += HVEC4(-0.15795898, -0.027557373, -0.09411621, 0.018722534) * v0_2.x;
                s0_1 += HVEC4(0.11645508, -0.117492676, -0.051879883, -0.20361328) * v0_2.y;
                s0_1 += HVEC4(-0.046875, 0.09893799, -0.09259033, -0.17272949) * v0_2.z;
                s0_1 += HVEC4(-0.36083984, 0.12072754, 0.025100708, 0.39794922) * v0_2.w;
                s0_1 += HVEC4(0.20080566, 0.06585693, -0.056427002, -0.32104492) * v0_3.x;
                s0_1 += HVEC4(0.04611206, 0.14208984, 0.5761719, 0.2310791) * v0_3.y;
                s0_1 += HVEC4(0.44702148, -0.33154297, 0.0927124, 0.15039062) * v0_3.z;
                s0_1 += HVEC4(-0.4033203, 0.122802734, -0.009132385, -0.37939453) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.07324219, 0.14245605, -0.035491943, -0.033569336) * v0_0.x;
                s0_0 += HVEC4(-0.18969727, -0.31176758, 0.06149292, -0.23352051) * v0_0.y;
                s0_0 += HVEC4(0.022415161, -0.11645508, 0.05279541, -0.071777344) * v0_0.z;
                s0_0 += HVEC4(-0.011489868, 0.23474121, 0.040618896, 0.2861328) * v0_0.w;
                s0_0 += HVEC4(0.2541504, -0.36645508, -0.036987305, 0.21704102) * v0_1.x;
                s0_0 += HVEC4(-0.05621338, -0.29052734, -0.04473877, -0.08843994) * v0_1.y;
                s0_0 += HVEC4(0.14233398, 0.08508301, 0.07946777, 0.27001953) * v0_1.z;
                s0_0 += HVEC4(0.19604492, 0.11138916, 0.05227661, -0.09448242) * v0_1.w;
                s0_0 += HVEC4(-0.05154419, -0.12408447, -0.10821533, -0.26000977) * v0_2.x;
                s0_0 += HVEC4(0.010383606, 0.07727051, 0.015136719, -0.111206055) * v0_2.y;
                s0_0 += HVEC4(-0.057769775, 0.0074501038, -0.021148682, 0.08886719) * v0_2.z;
                s0_0 += HVEC4(0.0340271, 0.03793335, -0.19641113, -0.015960693) * v0_2.w;
                s0_0 += HVEC4(-0.09112549, 0.22290039, 0.0004081726, -0.1227417) * v0_3.x;
                s0_0 += HVEC4(-0.010185242, 0.113098145, 0.24645996, -0.040283203) * v0_3.y;
                s0_0 += HVEC4(-0.08618164, 0.012649536, 0.071777344, -0.17016602) * v0_3.z;
                s0_0 += HVEC4(0.027114868, -0.10095215, 0.05267334, -0.03543091) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.024871826, 0.04333496, 0.0039043427, 0.109680176) * v0_0.x;
                s0_1 += HVEC4(0.09069824, 0.045135498, -0.017852783, -0.2709961) * v0_0.y;
                s0_1 += HVEC4(-0.10491943, 0.09454346, 0.024505615, 0.064086914) * v0_0.z;
                s0_1 += HVEC4(0.0003631115, -0.012962341, -0.04537964, -0.27685547) * v0_0.w;
                s0_1 += HVEC4(-0.21691895, -0.009033203, 0.04159546, 0.076293945) * v0_1.x;
                s0_1 += HVEC4(0.068359375, 0.021270752, -0.00037431717, 0.120788574) * v0_1.y;
                s0_1 += HVEC4(0.044799805, 0.010574341, -0.015396118, 0.14538574) * v0_1.z;
                s0_1 += HVEC4(0.20214844, 0.058532715, -0.052246094, -1.0673828) * v0_1.w;
                s0_1 += HVEC4(-0.22595215, 0.002614975, 0.030273438, -0.21972656) * v0_2.x;
                s0_1 += HVEC4(0.16345215, -0.01309967, -0.003944397, -0.0524292) * v0_2.y;
                s0_1 += HVEC4(-0.037872314, 0.038848877, 0.05026245, 0.030151367) * v0_2.z;
                s0_1 += HVEC4(0.18103027, -0.07647705, -0.033050537, -0.03704834) * v0_2.w;
                s0_1 += HVEC4(-0.036132812, 0.0769043, -0.005405426, -0.11029053) * v0_3.x;
                s0_1 += HVEC4(-0.0758667, 0.03717041, 0.15588379, 0.077819824) * v0_3.y;
                s0_1 += HVEC4(0.07165527, 0.0026988983, -0.054901123, 0.045074463) * v0_3.z;
                s0_1 += HVEC4(-0.053253174, 0.015792847, 0.008178711, 0.101379395) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(-0.060699463, 0.028930664, -0.029022217, -0.046447754) * v0_0.x;
                s0_0 += HVEC4(0.18127441, -0.31884766, 0.14672852, 0.018722534) * v0_0.y;
                s0_0 += HVEC4(-0.014060974, 0.015777588, 0.12225342, -0.04324341) * v0_0.z;
                s0_0 += HVEC4(-0.16052246, 0.0040245056, -0.12963867, 0.046783447) * v0_0.w;
                s0_0 += HVEC4(0.09820557, 0.22192383, 0.004547119, -0.044006348) * v0_1.x;
                s0_0 += HVEC4(-0.17199707, 0.040130615, -0.2927246, 0.019134521) * v0_1.y;
                s0_0 += HVEC4(0.20471191, 0.009757996, 0.17858887, -0.06713867) * v0_1.z;
                s0_0 += HVEC4(0.049987793, -0.2084961, -0.07867432, -0.067871094) * v0_1.w;
                s0_0 += HVEC4(0.06854248, 0.09240723, 0.03036499, 0.06994629) * v0_2.x;
                s0_0 += HVEC4(0.06628418, -0.038116455, 0.04019165, 0.06365967) * v0_2.y;
                s0_0 += HVEC4(0.029205322, -0.028259277, 0.05960083, 0.05419922) * v0_2.z;
                s0_0 += HVEC4(-0.060394287, 0.050720215, 0.00705719, 0.0635376) * v0_2.w;
                s0_0 += HVEC4(-0.5527344, 0.013618469, -0.38745117, -0.33251953) * v0_3.x;
                s0_0 += HVEC4(-0.010040283, -0.042816162, 0.052581787, -0.04168701) * v0_3.y;
                s0_0 += HVEC4(-0.06451416, 0.030914307, -0.074157715, -0.00014257431) * v0_3.z;
                s0_0 += HVEC4(0.053863525, 0.025283813, -0.08959961, -0.03338623) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.00013101101, 0.04244995, -0.07647705, 0.13330078) * v0_0.x;
                s0_1 += HVEC4(0.1998291, -0.08062744, 0.042938232, 0.25927734) * v0_0.y;
                s0_1 += HVEC4(-0.07171631, 0.03387451, 0.076538086, -0.08343506) * v0_0.z;
                s0_1 += HVEC4(-0.08117676, -0.037078857, -0.09661865, -0.11669922) * v0_0.w;
                s0_1 += HVEC4(-0.23571777, 0.026611328, 0.007972717, -0.019500732) * v0_1.x;
                s0_1 += HVEC4(-0.10418701, 0.0038166046, -0.15222168, -0.06994629) * v0_1.y;
                s0_1 += HVEC4(0.17041016, 0.021270752, 0.1619873, -0.0011291504) * v0_1.z;
                s0_1 += HVEC4(-0.053375244, -0.101867676, -0.016204834, -0.27172852) * v0_1.w;
                s0_1 += HVEC4(-0.062469482, 0.06011963, -0.05532837, -0.13635254) * v0_2.x;
                s0_1 += HVEC4(0.123291016, 0.02305603, -0.061645508, 0.057495117) * v0_2.y;
                s0_1 += HVEC4(0.03024292, -0.0011672974, -0.101623535, 0.11273193) * v0_2.z;
                s0_1 += HVEC4(-0.1352539, 0.07739258, -0.026138306, -0.018844604) * v0_2.w;
                s0_1 += HVEC4(-0.8769531, -0.30249023, -0.5566406, -0.78759766) * v0_3.x;
                s0_1 += HVEC4(0.09289551, -0.08135986, 0.050109863, 0.1348877) * v0_3.y;
                s0_1 += HVEC4(-0.002696991, -0.022460938, -0.09906006, -0.075927734) * v0_3.z;
                s0_1 += HVEC4(0.009544373, -0.044403076, -0.08392334, 0.20446777) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(-0.16601562, -0.009468079, 0.06976318, -0.0071754456) * v0_0.x;
                s0_0 += HVEC4(0.10241699, 0.124694824, -0.38842773, -0.08190918) * v0_0.y;
                s0_0 += HVEC4(0.13684082, -0.03930664, 0.027999878, 0.039245605) * v0_0.z;
                s0_0 += HVEC4(-0.052581787, 0.025436401, -0.36328125, -0.06072998) * v0_0.w;
                s0_0 += HVEC4(-0.0814209, -0.016189575, -0.16552734, 0.16174316) * v0_1.x;
                s0_0 += HVEC4(-0.27563477, 0.012992859, -0.24499512, -0.14929199) * v0_1.y;
                s0_0 += HVEC4(-0.03186035, 0.008506775, 0.30517578, 0.09631348) * v0_1.z;
                s0_0 += HVEC4(0.02130127, -0.09649658, 0.062072754, -0.39501953) * v0_1.w;
                s0_0 += HVEC4(-0.15539551, 0.056610107, -0.1427002, -0.05633545) * v0_2.x;
                s0_0 += HVEC4(-0.19470215, 0.12322998, 0.010368347, -0.02558899) * v0_2.y;
                s0_0 += HVEC4(-0.0015964508, -0.011451721, 0.09820557, 0.059631348) * v0_2.z;
                s0_0 += HVEC4(-0.023101807, 0.17248535, -0.07550049, 0.0074424744) * v0_2.w;
                s0_0 += HVEC4(-0.019638062, -0.026031494, -0.3154297, 0.05758667) * v0_3.x;
                s0_0 += HVEC4(0.01550293, 0.012870789, 0.05267334, 0.062408447) * v0_3.y;
                s0_0 += HVEC4(-0.029830933, -0.028717041, -0.08886719, 0.024795532) * v0_3.z;
                s0_0 += HVEC4(0.080444336, -0.07800293, -0.18676758, 0.005050659) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.010467529, 0.05331421, -0.015235901, 0.034210205) * v0_0.x;
                s0_1 += HVEC4(-0.16967773, 0.061309814, 0.0072402954, -0.26367188) * v0_0.y;
                s0_1 += HVEC4(0.01159668, 0.036499023, 0.11090088, -0.010856628) * v0_0.z;
                s0_1 += HVEC4(-0.09362793, -0.032348633, -0.18078613, 0.14941406) * v0_0.w;
                s0_1 += HVEC4(-0.41186523, 0.07849121, 0.020355225, -0.23864746) * v0_1.x;
                s0_1 += HVEC4(-0.21118164, 0.08972168, -0.008720398, -0.23266602) * v0_1.y;
                s0_1 += HVEC4(0.41381836, -0.023880005, -0.061157227, 0.11273193) * v0_1.z;
                s0_1 += HVEC4(0.11010742, -0.067993164, -0.048706055, 0.37182617) * v0_1.w;
                s0_1 += HVEC4(-0.15612793, 0.022888184, -0.10662842, -0.10424805) * v0_2.x;
                s0_1 += HVEC4(-0.015899658, -0.012275696, -0.12854004, -0.07312012) * v0_2.y;
                s0_1 += HVEC4(-0.08795166, 0.045013428, 0.04647827, 0.0037994385) * v0_2.z;
                s0_1 += HVEC4(0.23925781, -0.068359375, 0.054504395, 0.2142334) * v0_2.w;
                s0_1 += HVEC4(-0.2607422, -0.17663574, 0.0075187683, 0.107788086) * v0_3.x;
                s0_1 += HVEC4(0.012779236, 0.01739502, 0.051513672, -0.015930176) * v0_3.y;
                s0_1 += HVEC4(-0.19616699, 0.08026123, 0.09893799, -0.02268982) * v0_3.z;
                s0_1 += HVEC4(-0.30810547, -0.14526367, 0.12878418, -0.17810059) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.11047363, -0.039245605, -0.10803223, -0.0022563934) * v0_0.x;
                s0_0 += HVEC4(0.16821289, 0.1986084, -0.0024795532, -0.0014619827) * v0_0.y;
                s0_0 += HVEC4(0.027359009, 0.012779236, 0.08898926, 0.033325195) * v0_0.z;
                s0_0 += HVEC4(-0.10961914, -0.19165039, -0.0287323, -0.044067383) * v0_0.w;
                s0_0 += HVEC4(-0.0390625, 0.1550293, -0.09320068, -0.16699219) * v0_1.x;
                s0_0 += HVEC4(0.22802734, 0.029403687, -0.24279785, -0.016220093) * v0_1.y;
                s0_0 += HVEC4(-0.04034424, -0.025558472, 0.021362305, 0.12805176) * v0_1.z;
                s0_0 += HVEC4(-0.06524658, -0.0010595322, 0.06524658, -0.020614624) * v0_1.w;
                s0_0 += HVEC4(0.04360962, 0.08544922, -0.0625, -0.15856934) * v0_2.x;
                s0_0 += HVEC4(0.07244873, 0.04135132, -0.066223145, -0.11462402) * v0_2.y;
                s0_0 += HVEC4(0.029403687, 0.030639648, 0.09613037, 0.0072364807) * v0_2.z;
                s0_0 += HVEC4(-0.036590576, -0.024627686, -0.31860352, -0.028030396) * v0_2.w;
                s0_0 += HVEC4(-0.022018433, -0.066223145, -0.085754395, -0.03186035) * v0_3.x;
                s0_0 += HVEC4(0.07080078, -0.06677246, 0.03137207, 0.032440186) * v0_3.y;
                s0_0 += HVEC4(0.033233643, 0.017196655, 0.06329346, -0.056732178) * v0_3.z;
                s0_0 += HVEC4(-0.01399231, 0.090148926, -0.049682617, 0.012550354) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.007499695, -0.010902405, -0.03704834, 0.10583496) * v0_0.x;
                s0_1 += HVEC4(-0.20458984, -0.008384705, -0.0158844, -0.0058403015) * v0_0.y;
                s0_1 += HVEC4(0.06921387, -0.01448822, -0.04345703, 0.18237305) * v0_0.z;
                s0_1 += HVEC4(-0.122924805, 0.0038223267, 0.08380127, -0.3022461) * v0_0.w;
                s0_1 += HVEC4(-0.13208008, -0.010948181, -0.037078857, 0.034942627) * v0_1.x;
                s0_1 += HVEC4(-0.064819336, 0.011817932, 0.0107040405, 0.052581787) * v0_1.y;
                s0_1 += HVEC4(0.14343262, -0.027420044, 0.009635925, 0.26367188) * v0_1.z;
                s0_1 += HVEC4(0.08483887, -0.007282257, -0.021255493, -0.3166504) * v0_1.w;
                s0_1 += HVEC4(-0.07623291, 0.08508301, 0.007949829, -0.3317871) * v0_2.x;
                s0_1 += HVEC4(0.030212402, -0.034118652, -0.034484863, -0.14428711) * v0_2.y;
                s0_1 += HVEC4(-0.007255554, -0.02381897, 0.034942627, -0.03567505) * v0_2.z;
                s0_1 += HVEC4(0.023361206, 0.14208984, 0.0044898987, 0.10632324) * v0_2.w;
                s0_1 += HVEC4(-0.06304932, -0.054504395, 0.024398804, -0.103149414) * v0_3.x;
                s0_1 += HVEC4(0.030212402, -0.04171753, -0.0132751465, 0.12011719) * v0_3.y;
                s0_1 += HVEC4(0.09887695, 0.012969971, -0.041534424, -0.059783936) * v0_3.z;
                s0_1 += HVEC4(-0.017700195, 0.031555176, 0.0045661926, 0.0027637482) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_0 = max(a0_0, vec4(0.0));
            a0_1 = max(a0_1, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.01128321, -0.01463951, -0.0019001827, 0.0040911147);
            vec4 a0_3 = vec4(-0.015792493, -0.005102591, 0.010113186, 0.007888773);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.14733887, 0.12670898, 0.03967285, 0.0019798279) * v0_0.x;
                s0_2 += HVEC4(-0.041931152, 0.10223389, -0.046966553, -0.09118652) * v0_0.y;
                s0_2 += HVEC4(-0.0814209, 0.062194824, -0.045074463, 0.020965576) * v0_0.z;
                s0_2 += HVEC4(0.09564209, 0.00028133392, 0.006137848, -0.051574707) * v0_0.w;
                s0_2 += HVEC4(0.04034424, -0.017318726, 0.011688232, -0.095214844) * v0_1.x;
                s0_2 += HVEC4(0.08074951, 0.058563232, -0.028823853, -0.014183044) * v0_1.y;
                s0_2 += HVEC4(-0.09423828, 0.025772095, 0.01751709, 0.07122803) * v0_1.z;
                s0_2 += HVEC4(0.12384033, -0.029251099, -0.10882568, -0.035369873) * v0_1.w;
                s0_2 += HVEC4(0.0058250427, -0.022094727, 0.08325195, -0.117126465) * v0_2.x;
                s0_2 += HVEC4(0.06347656, -0.0060195923, -0.014846802, 0.079956055) * v0_2.y;
                s0_2 += HVEC4(-0.1496582, 0.14208984, -0.07751465, -0.016921997) * v0_2.z;
                s0_2 += HVEC4(-0.052825928, -0.10559082, 0.020812988, 0.05065918) * v0_2.w;
                s0_2 += HVEC4(-0.20141602, 0.008712769, -0.07525635, -0.36328125) * v0_3.x;
                s0_2 += HVEC4(0.50878906, 0.54296875, 0.09625244, -1.0048828) * v0_3.y;
                s0_2 += HVEC4(0.062927246, -0.051727295, -0.013320923, -0.057434082) * v0_3.z;
                s0_2 += HVEC4(0.026138306, -0.09448242, -0.08721924, -0.00056552887) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.011428833, -0.054382324, 0.033203125, 0.055633545) * v0_0.x;
                s0_3 += HVEC4(0.022079468, 0.103393555, -0.05267334, -0.0135269165) * v0_0.y;
                s0_3 += HVEC4(-0.00724411, -0.05316162, -0.039916992, -0.025131226) * v0_0.z;
                s0_3 += HVEC4(-0.011268616, 0.06097412, 0.04119873, 0.038208008) * v0_0.w;
                s0_3 += HVEC4(0.015823364, 0.021102905, 0.007610321, 0.012489319) * v0_1.x;
                s0_3 += HVEC4(0.026916504, 0.10430908, 0.018112183, 0.11273193) * v0_1.y;
                s0_3 += HVEC4(-0.015220642, -0.04269409, -0.0017557144, -0.0006890297) * v0_1.z;
                s0_3 += HVEC4(-0.021347046, 0.2709961, -0.039642334, 0.13000488) * v0_1.w;
                s0_3 += HVEC4(0.013656616, 0.011207581, 0.051940918, 0.000521183) * v0_2.x;
                s0_3 += HVEC4(0.02659607, -0.020935059, 0.025619507, -0.052124023) * v0_2.y;
                s0_3 += HVEC4(0.047454834, 0.33007812, -0.031555176, -0.03994751) * v0_2.z;
                s0_3 += HVEC4(0.068115234, -0.22619629, 0.058807373, 0.0070762634) * v0_2.w;
                s0_3 += HVEC4(0.20947266, -0.061645508, 0.0058670044, 0.1315918) * v0_3.x;
                s0_3 += HVEC4(0.19421387, -0.98828125, 0.14904785, 0.12719727) * v0_3.y;
                s0_3 += HVEC4(0.018051147, 0.070617676, 0.018203735, 0.0053596497) * v0_3.z;
                s0_3 += HVEC4(0.013031006, 0.020217896, -0.037109375, 0.04019165) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.078430176, -0.18127441, 0.029342651, 0.0368042) * v0_0.x;
                s0_2 += HVEC4(0.11462402, -0.064331055, 0.07366943, 0.014312744) * v0_0.y;
                s0_2 += HVEC4(0.08569336, 0.029708862, -0.093933105, 0.03250122) * v0_0.z;
                s0_2 += HVEC4(0.09466553, -0.07232666, 0.0713501, 0.04168701) * v0_0.w;
                s0_2 += HVEC4(-0.07159424, 0.08300781, -0.026428223, 0.0074920654) * v0_1.x;
                s0_2 += HVEC4(-0.06222534, 0.074645996, -0.035614014, -0.055480957) * v0_1.y;
                s0_2 += HVEC4(-0.08532715, -0.02142334, -0.02658081, -0.024841309) * v0_1.z;
                s0_2 += HVEC4(-0.14929199, 0.10656738, -0.054626465, -0.20458984) * v0_1.w;
                s0_2 += HVEC4(-0.027679443, -0.016860962, -0.037231445, -0.1217041) * v0_2.x;
                s0_2 += HVEC4(-0.08807373, 0.044677734, -0.064941406, -0.04458618) * v0_2.y;
                s0_2 += HVEC4(-0.22924805, 0.18054199, 0.08087158, -0.11932373) * v0_2.z;
                s0_2 += HVEC4(-0.123046875, 0.26611328, 0.03286743, 0.32373047) * v0_2.w;
                s0_2 += HVEC4(0.24694824, -0.062469482, -0.070007324, -0.041168213) * v0_3.x;
                s0_2 += HVEC4(0.8642578, -0.14941406, 0.20617676, -0.6611328) * v0_3.y;
                s0_2 += HVEC4(-0.049835205, -0.02519226, 0.21862793, -0.12121582) * v0_3.z;
                s0_2 += HVEC4(0.05996704, 0.13000488, -0.029937744, 0.17993164) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.08074951, -0.031051636, -0.002500534, -0.068481445) * v0_0.x;
                s0_3 += HVEC4(-0.05065918, 0.3005371, 0.0006198883, -0.058532715) * v0_0.y;
                s0_3 += HVEC4(-0.010223389, 0.11773682, 0.08911133, 0.00806427) * v0_0.z;
                s0_3 += HVEC4(-0.011665344, -0.029464722, -0.010650635, 0.036987305) * v0_0.w;
                s0_3 += HVEC4(-0.034973145, 0.23962402, -0.0022354126, 0.05819702) * v0_1.x;
                s0_3 += HVEC4(0.10205078, -0.054260254, -0.011512756, 0.015144348) * v0_1.y;
                s0_3 += HVEC4(0.048614502, 0.095703125, 0.033355713, -0.024368286) * v0_1.z;
                s0_3 += HVEC4(0.08862305, 0.08282471, -0.06072998, -0.03414917) * v0_1.w;
                s0_3 += HVEC4(0.054748535, -0.054748535, -0.03878784, -0.007610321) * v0_2.x;
                s0_3 += HVEC4(-0.0042762756, 0.020080566, -0.017074585, -0.2310791) * v0_2.y;
                s0_3 += HVEC4(0.13134766, 0.05166626, 0.039916992, -0.25170898) * v0_2.z;
                s0_3 += HVEC4(0.0045661926, 0.16137695, 0.0028438568, -0.027801514) * v0_2.w;
                s0_3 += HVEC4(0.14709473, -0.16296387, -0.020935059, 0.19445801) * v0_3.x;
                s0_3 += HVEC4(0.34594727, -0.04928589, 0.24365234, 0.3400879) * v0_3.y;
                s0_3 += HVEC4(-0.06262207, -0.08215332, -0.01386261, 0.010902405) * v0_3.z;
                s0_3 += HVEC4(-0.031555176, -0.08404541, -0.038085938, 0.09564209) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.037841797, 0.055603027, 0.028060913, 0.15734863) * v0_0.x;
                s0_2 += HVEC4(0.042785645, 0.16320801, 0.057403564, -0.014137268) * v0_0.y;
                s0_2 += HVEC4(-0.03237915, 0.07196045, -0.029708862, -0.14929199) * v0_0.z;
                s0_2 += HVEC4(0.047912598, -0.08276367, -0.007835388, -0.022094727) * v0_0.w;
                s0_2 += HVEC4(-0.093811035, -0.0033836365, -0.049713135, -0.11981201) * v0_1.x;
                s0_2 += HVEC4(-0.034088135, 0.090026855, -0.034851074, 0.113342285) * v0_1.y;
                s0_2 += HVEC4(0.007030487, -0.05593872, 0.008354187, -0.06744385) * v0_1.z;
                s0_2 += HVEC4(0.01309967, 0.06878662, 0.049316406, -0.20239258) * v0_1.w;
                s0_2 += HVEC4(0.07458496, -0.13598633, 0.007610321, 0.14379883) * v0_2.x;
                s0_2 += HVEC4(-0.010864258, -0.02142334, -0.012565613, 0.03201294) * v0_2.y;
                s0_2 += HVEC4(-0.04248047, 0.0637207, 0.0082473755, -0.12384033) * v0_2.z;
                s0_2 += HVEC4(0.0793457, -0.10467529, -0.025924683, -0.27294922) * v0_2.w;
                s0_2 += HVEC4(0.00932312, 0.0037155151, -0.0053634644, 0.13574219) * v0_3.x;
                s0_2 += HVEC4(0.73046875, -0.04083252, -0.095581055, -0.09399414) * v0_3.y;
                s0_2 += HVEC4(0.06970215, -0.041778564, 0.086242676, 0.099975586) * v0_3.z;
                s0_2 += HVEC4(0.025726318, 0.05105591, -0.0050201416, 0.0982666) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.07122803, -0.09234619, 0.022354126, 0.08294678) * v0_0.x;
                s0_3 += HVEC4(-0.030227661, 0.27978516, 0.011070251, -0.3251953) * v0_0.y;
                s0_3 += HVEC4(-0.06738281, -0.0102005005, 0.00756073, -0.4255371) * v0_0.z;
                s0_3 += HVEC4(0.0036640167, -0.1282959, 0.009719849, -0.027374268) * v0_0.w;
                s0_3 += HVEC4(0.01977539, 0.07446289, -0.02607727, -0.14624023) * v0_1.x;
                s0_3 += HVEC4(0.048065186, 0.014404297, -0.013999939, 0.16418457) * v0_1.y;
                s0_3 += HVEC4(-0.0055007935, 0.031021118, -0.012420654, -0.11480713) * v0_1.z;
                s0_3 += HVEC4(-0.0041885376, 0.1315918, -0.01612854, 0.13769531) * v0_1.w;
                s0_3 += HVEC4(0.027618408, -0.11138916, 0.029251099, 0.17932129) * v0_2.x;
                s0_3 += HVEC4(0.036071777, 0.014297485, -0.010299683, 0.07965088) * v0_2.y;
                s0_3 += HVEC4(0.1430664, 0.09094238, 0.001991272, 0.07342529) * v0_2.z;
                s0_3 += HVEC4(0.1418457, -0.10430908, -0.02192688, 0.103515625) * v0_2.w;
                s0_3 += HVEC4(0.05355835, -0.03564453, 0.0035686493, 0.12249756) * v0_3.x;
                s0_3 += HVEC4(0.30029297, -0.1237793, 0.076171875, 0.28295898) * v0_3.y;
                s0_3 += HVEC4(-0.07122803, -0.032318115, 0.038085938, 0.23950195) * v0_3.z;
                s0_3 += HVEC4(0.00022423267, 0.088378906, 0.0072364807, 0.18054199) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.21655273, 0.4411621, 0.032806396, 0.13598633) * v0_0.x;
                s0_2 += HVEC4(0.07220459, -0.09765625, -0.18920898, -0.18225098) * v0_0.y;
                s0_2 += HVEC4(0.1027832, -0.050598145, -0.033111572, 0.04650879) * v0_0.z;
                s0_2 += HVEC4(0.07208252, -0.07727051, -0.07409668, -0.00029063225) * v0_0.w;
                s0_2 += HVEC4(0.112854004, 0.064819336, 0.04660034, 0.04699707) * v0_1.x;
                s0_2 += HVEC4(-0.13549805, 0.105651855, -0.05126953, -0.10583496) * v0_1.y;
                s0_2 += HVEC4(-0.03994751, -0.08026123, 0.16064453, 0.032440186) * v0_1.z;
                s0_2 += HVEC4(0.097961426, 0.39160156, -0.0513916, -0.0368042) * v0_1.w;
                s0_2 += HVEC4(0.046051025, -0.020248413, 0.09173584, 0.13317871) * v0_2.x;
                s0_2 += HVEC4(0.11364746, -0.12426758, -0.031921387, -0.09692383) * v0_2.y;
                s0_2 += HVEC4(0.060394287, 0.20324707, 0.007713318, 0.11047363) * v0_2.z;
                s0_2 += HVEC4(-0.111083984, 0.0032901764, -0.04272461, -0.005420685) * v0_2.w;
                s0_2 += HVEC4(-0.7607422, 0.6801758, -0.029907227, -0.41796875) * v0_3.x;
                s0_2 += HVEC4(0.018844604, -0.079956055, 0.013969421, -0.09051514) * v0_3.y;
                s0_2 += HVEC4(-0.05255127, 0.04309082, -0.027648926, -0.03967285) * v0_3.z;
                s0_2 += HVEC4(-0.07489014, 0.29125977, -0.013961792, -0.013420105) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.065979004, -0.3178711, -0.04827881, -0.08569336) * v0_0.x;
                s0_3 += HVEC4(0.01423645, 0.2355957, -0.080078125, -0.024978638) * v0_0.y;
                s0_3 += HVEC4(0.046875, 0.109680176, 0.08929443, 0.04849243) * v0_0.z;
                s0_3 += HVEC4(0.055755615, -0.0725708, -0.011756897, -0.023025513) * v0_0.w;
                s0_3 += HVEC4(-0.037506104, 0.06665039, 0.027404785, 0.026565552) * v0_1.x;
                s0_3 += HVEC4(-0.012069702, 0.0026836395, -0.008293152, 0.050048828) * v0_1.y;
                s0_3 += HVEC4(-0.0007209778, -0.06628418, 0.023773193, 0.027938843) * v0_1.z;
                s0_3 += HVEC4(-0.057281494, 0.21777344, 0.02859497, 0.07421875) * v0_1.w;
                s0_3 += HVEC4(-0.027801514, -0.0054359436, 0.034606934, -0.01977539) * v0_2.x;
                s0_3 += HVEC4(-0.013809204, -0.016983032, 0.07946777, 0.054473877) * v0_2.y;
                s0_3 += HVEC4(0.028930664, 0.15332031, 0.025482178, -0.0007972717) * v0_2.z;
                s0_3 += HVEC4(-0.027267456, 0.07672119, -0.018753052, -0.03353882) * v0_2.w;
                s0_3 += HVEC4(0.19189453, -2.203125, 0.10748291, -0.5439453) * v0_3.x;
                s0_3 += HVEC4(0.07824707, -0.47558594, 0.29345703, 0.014022827) * v0_3.y;
                s0_3 += HVEC4(-0.044555664, 0.037872314, -0.06890869, -0.0049819946) * v0_3.z;
                s0_3 += HVEC4(-0.053649902, 0.088378906, -0.046447754, -0.056549072) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.026779175, -0.19299316, 0.15490723, -0.12487793) * v0_0.x;
                s0_2 += HVEC4(-0.01878357, -0.23498535, 0.06530762, -0.20507812) * v0_0.y;
                s0_2 += HVEC4(0.42358398, -0.16748047, -0.14086914, 0.07458496) * v0_0.z;
                s0_2 += HVEC4(-0.27441406, -0.17407227, 0.55322266, 0.086120605) * v0_0.w;
                s0_2 += HVEC4(0.2626953, -0.09375, -0.02456665, 0.021591187) * v0_1.x;
                s0_2 += HVEC4(-0.19128418, 0.16894531, 0.09588623, -0.1730957) * v0_1.y;
                s0_2 += HVEC4(0.37695312, -0.029571533, 0.058410645, 0.41137695) * v0_1.z;
                s0_2 += HVEC4(0.11376953, 0.010940552, 0.095703125, -0.045684814) * v0_1.w;
                s0_2 += HVEC4(-0.2175293, -0.06750488, 0.06958008, 0.009300232) * v0_2.x;
                s0_2 += HVEC4(-0.23791504, 0.00056028366, -0.15808105, -0.23181152) * v0_2.y;
                s0_2 += HVEC4(-0.078186035, 0.20275879, 0.041503906, 0.0065231323) * v0_2.z;
                s0_2 += HVEC4(0.06933594, 0.1427002, 0.08154297, -0.17138672) * v0_2.w;
                s0_2 += HVEC4(-0.18920898, 0.20166016, -0.0030651093, -0.07556152) * v0_3.x;
                s0_2 += HVEC4(0.00774765, 0.22131348, 0.15783691, 0.08642578) * v0_3.y;
                s0_2 += HVEC4(-0.31152344, -0.20629883, 0.2553711, -0.15930176) * v0_3.z;
                s0_2 += HVEC4(-0.15991211, 0.10876465, -0.04611206, -0.41601562) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.07696533, -0.22399902, 0.11065674, -0.08935547) * v0_0.x;
                s0_3 += HVEC4(0.12927246, 0.5234375, 0.030471802, 0.040527344) * v0_0.y;
                s0_3 += HVEC4(-0.15661621, -0.2241211, 0.1081543, 0.107788086) * v0_0.z;
                s0_3 += HVEC4(0.020065308, -0.32421875, -0.27319336, -0.1005249) * v0_0.w;
                s0_3 += HVEC4(-0.035461426, -0.14038086, -0.004558563, 0.09661865) * v0_1.x;
                s0_3 += HVEC4(0.04498291, -0.0044021606, 0.077697754, -0.12005615) * v0_1.y;
                s0_3 += HVEC4(0.03111267, -0.089904785, 0.036071777, 0.12805176) * v0_1.z;
                s0_3 += HVEC4(0.18041992, 0.13635254, 0.03640747, 0.16418457) * v0_1.w;
                s0_3 += HVEC4(0.004711151, -0.19592285, 0.10510254, -0.26953125) * v0_2.x;
                s0_3 += HVEC4(0.08154297, 0.16833496, -0.031829834, -0.12854004) * v0_2.y;
                s0_3 += HVEC4(0.07562256, 0.29858398, 0.101379395, -0.056884766) * v0_2.z;
                s0_3 += HVEC4(0.07330322, 0.28857422, 0.13024902, -0.115112305) * v0_2.w;
                s0_3 += HVEC4(0.3544922, -0.09490967, -0.017059326, 0.3005371) * v0_3.x;
                s0_3 += HVEC4(0.35595703, -0.51708984, 0.6333008, 0.111083984) * v0_3.y;
                s0_3 += HVEC4(0.23339844, 0.17944336, 0.25219727, -0.010604858) * v0_3.z;
                s0_3 += HVEC4(0.01626587, -0.35229492, 0.05328369, -0.08483887) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.090270996, 0.015930176, 0.074401855, 0.019088745) * v0_0.x;
                s0_2 += HVEC4(-0.104003906, 0.14245605, 0.041534424, -0.35473633) * v0_0.y;
                s0_2 += HVEC4(0.056518555, -0.07501221, 0.06439209, 0.024673462) * v0_0.z;
                s0_2 += HVEC4(-0.1171875, 0.15820312, -0.04748535, 0.15478516) * v0_0.w;
                s0_2 += HVEC4(-0.025802612, 0.101623535, 0.0005426407, 0.14147949) * v0_1.x;
                s0_2 += HVEC4(-0.08074951, 0.03677368, -0.025054932, -0.03390503) * v0_1.y;
                s0_2 += HVEC4(0.055847168, 0.101623535, 0.004043579, 0.09692383) * v0_1.z;
                s0_2 += HVEC4(0.033721924, 0.006916046, 0.10089111, 0.12548828) * v0_1.w;
                s0_2 += HVEC4(-0.058776855, -0.17346191, 0.014984131, -0.16784668) * v0_2.x;
                s0_2 += HVEC4(-0.06951904, 0.049987793, -0.03692627, 0.013641357) * v0_2.y;
                s0_2 += HVEC4(0.07562256, 0.07421875, 0.0008482933, 0.038238525) * v0_2.z;
                s0_2 += HVEC4(-0.19274902, -0.043060303, 0.009140015, 0.016418457) * v0_2.w;
                s0_2 += HVEC4(-0.1418457, 0.003929138, 0.06982422, -0.04269409) * v0_3.x;
                s0_2 += HVEC4(0.17382812, -0.002916336, -0.11859131, 0.06939697) * v0_3.y;
                s0_2 += HVEC4(0.13085938, 0.028884888, -0.0848999, -0.04711914) * v0_3.z;
                s0_2 += HVEC4(-0.018814087, -0.036468506, -0.0041923523, -0.026672363) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.085510254, 0.07556152, 0.030151367, -0.21289062) * v0_0.x;
                s0_3 += HVEC4(0.08154297, 0.30444336, -0.028396606, 0.22302246) * v0_0.y;
                s0_3 += HVEC4(-0.105529785, -0.009559631, 0.053649902, 0.122558594) * v0_0.z;
                s0_3 += HVEC4(0.20092773, -0.022125244, -0.054840088, -0.2734375) * v0_0.w;
                s0_3 += HVEC4(0.042663574, 0.18981934, 0.006149292, -0.05480957) * v0_1.x;
                s0_3 += HVEC4(0.03729248, 0.066101074, -0.03652954, 0.13085938) * v0_1.y;
                s0_3 += HVEC4(0.060180664, 0.121154785, 0.010795593, -0.009292603) * v0_1.z;
                s0_3 += HVEC4(-0.15014648, 0.23950195, 0.05392456, -0.40405273) * v0_1.w;
                s0_3 += HVEC4(-0.035186768, -0.051605225, -0.0005092621, -0.20373535) * v0_2.x;
                s0_3 += HVEC4(0.14233398, -0.048919678, -0.014953613, -0.074645996) * v0_2.y;
                s0_3 += HVEC4(0.17114258, 0.01776123, 0.040374756, -0.013633728) * v0_2.z;
                s0_3 += HVEC4(-0.01789856, -0.21191406, 0.02267456, 0.01146698) * v0_2.w;
                s0_3 += HVEC4(-0.02696228, -0.03869629, 0.03942871, -0.14404297) * v0_3.x;
                s0_3 += HVEC4(0.26220703, -0.41845703, 0.03753662, 0.0769043) * v0_3.y;
                s0_3 += HVEC4(-0.13269043, -0.09460449, -0.020187378, -0.02809143) * v0_3.z;
                s0_3 += HVEC4(0.0020275116, 0.04156494, 0.030731201, -0.16821289) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.023025513, -0.07293701, 0.06341553, 0.044952393) * v0_0.x;
                s0_2 += HVEC4(0.11956787, -0.17224121, -0.036499023, -0.23657227) * v0_0.y;
                s0_2 += HVEC4(0.0317688, 0.10644531, -0.0077056885, 0.0011701584) * v0_0.z;
                s0_2 += HVEC4(-0.048217773, -0.026062012, -0.006286621, 0.05508423) * v0_0.w;
                s0_2 += HVEC4(-0.091430664, 0.01637268, -0.017074585, -0.02331543) * v0_1.x;
                s0_2 += HVEC4(-0.08666992, -0.05682373, -0.0031967163, -0.03262329) * v0_1.y;
                s0_2 += HVEC4(0.029266357, -0.05404663, -0.0022964478, -0.10546875) * v0_1.z;
                s0_2 += HVEC4(-0.023086548, 0.088134766, -0.052520752, -0.22192383) * v0_1.w;
                s0_2 += HVEC4(0.05960083, -0.09838867, 0.060791016, -0.05432129) * v0_2.x;
                s0_2 += HVEC4(0.009536743, 0.10015869, 0.010566711, 0.06817627) * v0_2.y;
                s0_2 += HVEC4(-0.011329651, 0.05203247, -0.0463562, 0.009513855) * v0_2.z;
                s0_2 += HVEC4(0.07678223, 0.10839844, 0.026855469, 0.10223389) * v0_2.w;
                s0_2 += HVEC4(-0.81347656, 0.00028944016, -0.04837036, -0.22399902) * v0_3.x;
                s0_2 += HVEC4(-0.030059814, -0.0007853508, -0.050109863, -0.045043945) * v0_3.y;
                s0_2 += HVEC4(-0.04244995, 0.00046753883, -0.009437561, 0.025863647) * v0_3.z;
                s0_2 += HVEC4(0.026382446, -0.13085938, -0.001001358, -0.024642944) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.03237915, -0.044647217, 0.07305908, -0.016799927) * v0_0.x;
                s0_3 += HVEC4(0.01574707, 0.1776123, 0.005264282, 0.049438477) * v0_0.y;
                s0_3 += HVEC4(0.00048041344, 0.015701294, 0.0087509155, -0.008613586) * v0_0.z;
                s0_3 += HVEC4(-0.016220093, -0.1817627, 0.011451721, 0.036621094) * v0_0.w;
                s0_3 += HVEC4(-0.026153564, 0.023925781, -0.033966064, -0.034698486) * v0_1.x;
                s0_3 += HVEC4(0.03137207, -0.029449463, 0.02885437, -0.030334473) * v0_1.y;
                s0_3 += HVEC4(0.0066490173, 0.20080566, -0.021011353, 0.008888245) * v0_1.z;
                s0_3 += HVEC4(-0.046020508, 0.063964844, -0.010482788, 0.12902832) * v0_1.w;
                s0_3 += HVEC4(0.025848389, 0.05935669, 0.05029297, -0.021881104) * v0_2.x;
                s0_3 += HVEC4(0.03475952, 0.08062744, 0.015434265, 0.02355957) * v0_2.y;
                s0_3 += HVEC4(0.008659363, 0.021652222, -0.017837524, 0.01940918) * v0_2.z;
                s0_3 += HVEC4(0.018005371, -0.0637207, 0.06585693, 0.055480957) * v0_2.w;
                s0_3 += HVEC4(-0.1619873, -0.50097656, 0.07067871, -0.107421875) * v0_3.x;
                s0_3 += HVEC4(-0.009895325, -0.014762878, 0.02960205, 0.00944519) * v0_3.y;
                s0_3 += HVEC4(-0.028884888, -0.095458984, -0.0003888607, 0.012580872) * v0_3.z;
                s0_3 += HVEC4(-0.001991272, 0.04901123, -0.0077323914, -0.048065186) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(-0.043640137, -0.10040283, 0.007980347, 0.015274048) * v0_0.x;
                s0_2 += HVEC4(-0.07006836, 0.453125, -0.014228821, 0.01928711) * v0_0.y;
                s0_2 += HVEC4(0.037109375, -0.109436035, 0.049072266, -0.01838684) * v0_0.z;
                s0_2 += HVEC4(-0.10974121, -0.22253418, -0.050231934, -0.1784668) * v0_0.w;
                s0_2 += HVEC4(-0.006965637, 0.09197998, 0.013214111, 0.119262695) * v0_1.x;
                s0_2 += HVEC4(-0.11248779, 0.103393555, -0.0021896362, -0.16882324) * v0_1.y;
                s0_2 += HVEC4(0.004501343, 0.04031372, -0.0053138733, -0.0095825195) * v0_1.z;
                s0_2 += HVEC4(0.007411957, -0.34277344, -0.101989746, -0.24023438) * v0_1.w;
                s0_2 += HVEC4(-0.05441284, 0.007621765, 0.048980713, 0.016235352) * v0_2.x;
                s0_2 += HVEC4(0.08526611, 0.10083008, -0.016067505, 0.13916016) * v0_2.y;
                s0_2 += HVEC4(0.02319336, 0.09576416, -0.05026245, 0.062194824) * v0_2.z;
                s0_2 += HVEC4(0.11590576, -0.07159424, 0.019348145, 0.051849365) * v0_2.w;
                s0_2 += HVEC4(-0.14123535, -0.012741089, -0.09173584, 0.022888184) * v0_3.x;
                s0_2 += HVEC4(0.0184021, 0.058380127, -0.012565613, 0.051635742) * v0_3.y;
                s0_2 += HVEC4(0.011817932, 0.05834961, 0.09503174, 0.036102295) * v0_3.z;
                s0_2 += HVEC4(-0.103759766, 0.119262695, -0.09442139, -0.049316406) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.041992188, -0.06945801, 0.008628845, -0.01739502) * v0_0.x;
                s0_3 += HVEC4(-0.0065994263, 0.4794922, 0.021530151, 0.070495605) * v0_0.y;
                s0_3 += HVEC4(0.013381958, 0.016525269, 0.052978516, 0.05822754) * v0_0.z;
                s0_3 += HVEC4(-0.03640747, -0.013763428, -0.17822266, -0.05041504) * v0_0.w;
                s0_3 += HVEC4(0.014633179, 0.14990234, -0.06842041, 0.08569336) * v0_1.x;
                s0_3 += HVEC4(0.040496826, -0.11834717, 0.0041236877, 0.00071907043) * v0_1.y;
                s0_3 += HVEC4(0.056610107, 0.06585693, 0.05621338, 0.076538086) * v0_1.z;
                s0_3 += HVEC4(0.00894165, 0.089660645, -0.05456543, 0.0592041) * v0_1.w;
                s0_3 += HVEC4(0.037231445, -0.08508301, 0.050323486, -0.14916992) * v0_2.x;
                s0_3 += HVEC4(-0.0056610107, -0.044403076, 0.007896423, -0.040985107) * v0_2.y;
                s0_3 += HVEC4(0.056121826, 0.055419922, -0.011772156, 0.020721436) * v0_2.z;
                s0_3 += HVEC4(0.029434204, -0.030578613, -0.01739502, -0.09307861) * v0_2.w;
                s0_3 += HVEC4(0.11968994, 0.16748047, -0.06365967, 0.027267456) * v0_3.x;
                s0_3 += HVEC4(0.062438965, -0.07611084, -0.026565552, 0.061309814) * v0_3.y;
                s0_3 += HVEC4(0.073913574, 0.04937744, 0.0390625, -0.009689331) * v0_3.z;
                s0_3 += HVEC4(-0.077941895, 0.054382324, -0.06567383, -0.08929443) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.027679443, 0.035827637, 0.012413025, 0.099121094) * v0_0.x;
                s0_2 += HVEC4(-0.05355835, -0.004600525, 0.097839355, -0.046875) * v0_0.y;
                s0_2 += HVEC4(0.042114258, 0.025039673, -0.039916992, 0.07354736) * v0_0.z;
                s0_2 += HVEC4(-0.10253906, -0.0154418945, 0.07312012, -0.123535156) * v0_0.w;
                s0_2 += HVEC4(0.037322998, -0.011444092, 0.046203613, -0.19641113) * v0_1.x;
                s0_2 += HVEC4(0.016464233, 0.057891846, -0.008132935, -0.015266418) * v0_1.y;
                s0_2 += HVEC4(-0.009918213, 0.05886841, -0.023757935, 0.07678223) * v0_1.z;
                s0_2 += HVEC4(0.0073776245, 0.08319092, 0.0027389526, 0.029251099) * v0_1.w;
                s0_2 += HVEC4(0.09460449, -0.10620117, 0.030532837, -0.19226074) * v0_2.x;
                s0_2 += HVEC4(-0.02180481, -0.04119873, -0.011802673, -0.0284729) * v0_2.y;
                s0_2 += HVEC4(0.02067566, 0.009971619, -0.0625, -0.0026721954) * v0_2.z;
                s0_2 += HVEC4(-0.017730713, 0.09246826, 0.015213013, 0.036834717) * v0_2.w;
                s0_2 += HVEC4(0.041748047, -0.05505371, -0.03717041, -0.12817383) * v0_3.x;
                s0_2 += HVEC4(0.0070343018, -0.04660034, -0.018630981, 0.043029785) * v0_3.y;
                s0_2 += HVEC4(0.036834717, 0.0103302, -0.043914795, -0.023727417) * v0_3.z;
                s0_2 += HVEC4(0.093322754, -0.026275635, -0.011169434, 0.020706177) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.01210022, -0.0015182495, 0.015930176, -0.0309906) * v0_0.x;
                s0_3 += HVEC4(0.23144531, 0.032440186, 0.080200195, 0.11206055) * v0_0.y;
                s0_3 += HVEC4(-0.054229736, -0.110961914, 0.0027942657, 0.0018415451) * v0_0.z;
                s0_3 += HVEC4(-0.019256592, -0.075927734, 0.078552246, -0.018127441) * v0_0.w;
                s0_3 += HVEC4(-0.13378906, -0.06878662, 0.014213562, 0.05206299) * v0_1.x;
                s0_3 += HVEC4(0.076660156, 0.08013916, 0.011230469, 0.077819824) * v0_1.y;
                s0_3 += HVEC4(0.075805664, -0.05987549, 0.003660202, -0.0023536682) * v0_1.z;
                s0_3 += HVEC4(0.023956299, 0.06768799, 0.0068092346, -0.035308838) * v0_1.w;
                s0_3 += HVEC4(-0.0025234222, 0.043548584, 0.02520752, 0.015464783) * v0_2.x;
                s0_3 += HVEC4(-0.0501709, 0.07312012, -0.02180481, 0.016036987) * v0_2.y;
                s0_3 += HVEC4(0.039611816, 0.054138184, -0.044769287, 0.066833496) * v0_2.z;
                s0_3 += HVEC4(-0.013832092, 0.018753052, 0.026062012, -0.1262207) * v0_2.w;
                s0_3 += HVEC4(0.008781433, 0.0859375, -0.035308838, 0.06524658) * v0_3.x;
                s0_3 += HVEC4(-0.076660156, 0.10839844, -0.03945923, 0.011627197) * v0_3.y;
                s0_3 += HVEC4(-0.08319092, 0.018539429, -0.025299072, -0.003232956) * v0_3.z;
                s0_3 += HVEC4(0.0066490173, 0.0053749084, 0.0065956116, -0.050842285) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_2 = max(a0_2, vec4(0.0));
            a0_3 = max(a0_3, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
                imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
            }
        }
        if (more) {
            barrier();  // every thread is done reading this tile
if (i0 < 180) {
                tile[i0] = f0 ? HVEC4(n0_0) : HVEC4(0.0);
                tile[i0 + 180] = f0 ? HVEC4(n0_1) : HVEC4(0.0);
                tile[i0 + 360] = f0 ? HVEC4(n0_2) : HVEC4(0.0);
                tile[i0 + 540] = f0 ? HVEC4(n0_3) : HVEC4(0.0);
            }
            barrier();
        }
        origin.y += 8;
    }
}

//!DESC ArtCNN_C4F16_DN compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L3
//!SAVE ArtCNN_C4F16_DN_L4
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 64 16 16

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 16 channels -> 16 channels, then relu
// A workgroup computes 16x8 pixels with 16x16 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (18x10 pixels, 4 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared HVEC4 tile[720];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    for (int i = int(gl_LocalInvocationIndex); i < 180; i += 256) {
        ivec2 q = origin + ivec2(i % 18 - 1, i / 18 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    barrier();

    // The workgroup then walks down 4 tiles; while it computes one, the next one's texel
    // fetches are in flight.
    int i0 = int(gl_LocalInvocationIndex) + 0;
    bool f0 = false;
    vec4 n0_0 = vec4(0.0);
    vec4 n0_1 = vec4(0.0);
    vec4 n0_2 = vec4(0.0);
    vec4 n0_3 = vec4(0.0);

    // 2 slices of 16x8 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;
    for (int t = 0; t < 4; t++) {
        if (origin.y >= size.y)
            break;  // past the frame: the whole workgroup
        bool more = t + 1 < 4;
        if (more) {
            ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 + 7);
            f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
            q0 = clamp(q0, ivec2(0), last);
            n0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(-0.0026729486, -0.009118031, -0.004540173, 0.0025627601);
            vec4 a0_1 = vec4(0.0010126249, -0.005367281, -0.0069887056, -0.012432767);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.021911621, -0.1161499, -0.0093688965, 0.056854248) * v0_0.x;
                s0_0 += HVEC4(-0.0051345825, 0.011352539, 0.02619934, -0.028533936) * v0_0.y;
                s0_0 += HVEC4(-0.03062439, -0.097351074, 0.025512695, -0.069885254) * v0_0.z;
                s0_0 += HVEC4(-0.013305664, 0.06274414, -0.025680542, 0.037139893) * v0_0.w;
                s0_0 += HVEC4(0.0034389496, -0.22253418, 0.015777588, -0.021774292) * v0_1.x;
                s0_0 += HVEC4(0.017486572, 0.035888672, -0.09161377, 0.11798096) * v0_1.y;
                s0_0 += HVEC4(-0.0035037994, 0.18664551, -0.02722168, -0.025665283) * v0_1.z;
                s0_0 += HVEC4(0.040008545, 0.19238281, 0.026000977, -0.025024414) * v0_1.w;
                s0_0 += HVEC4(-0.0065460205, 0.20031738, 0.050323486, -0.041809082) * v0_2.x;
                s0_0 += HVEC4(-0.015686035, -0.2800293, 0.018035889, -0.0040397644) * v0_2.y;
                s0_0 += HVEC4(-0.0090408325, 0.04232788, 0.00868988, -0.05392456) * v0_2.z;
                s0_0 += HVEC4(0.011871338, -0.12805176, 0.015899658, -0.008666992) * v0_2.w;
                s0_0 += HVEC4(0.047180176, 0.06549072, 0.061279297, -0.08782959) * v0_3.x;
                s0_0 += HVEC4(-0.0025558472, -0.0970459, -0.0054969788, -0.034210205) * v0_3.y;
                s0_0 += HVEC4(-0.014343262, -0.12548828, 0.003982544, 0.06317139) * v0_3.z;
                s0_0 += HVEC4(-0.015701294, 0.40283203, -0.08270264, 0.019134521) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.022628784, -0.031799316, 0.009925842, -0.027557373) * v0_0.x;
                s0_1 += HVEC4(-0.01247406, 0.008857727, 0.008338928, 0.021118164) * v0_0.y;
                s0_1 += HVEC4(-0.03829956, 0.038208008, 0.02986145, 0.06298828) * v0_0.z;
                s0_1 += HVEC4(0.08996582, -0.02267456, -0.0012760162, -0.092163086) * v0_0.w;
                s0_1 += HVEC4(0.028381348, 0.011207581, 0.019210815, 0.11053467) * v0_1.x;
                s0_1 += HVEC4(-0.047912598, 9.787083e-05, 0.023483276, -0.003736496) * v0_1.y;
                s0_1 += HVEC4(0.008651733, -0.07727051, -0.010734558, 0.0127334595) * v0_1.z;
                s0_1 += HVEC4(-0.014930725, -0.02507019, 0.012641907, 0.04977417) * v0_1.w;
                s0_1 += HVEC4(-4.6372414e-05, 0.0079193115, -0.03463745, 0.051330566) * v0_2.x;
                s0_1 += HVEC4(0.045776367, 0.04296875, 0.036865234, 0.007419586) * v0_2.y;
                s0_1 += HVEC4(0.016174316, 0.019622803, -0.012435913, -0.012771606) * v0_2.z;
                s0_1 += HVEC4(0.009521484, -0.019485474, 0.025726318, 0.030059814) * v0_2.w;
                s0_1 += HVEC4(-0.057678223, 0.11114502, -0.030517578, 0.25512695) * v0_3.x;
                s0_1 += HVEC4(-0.06585693, 0.072021484, -0.005706787, -0.0034294128) * v0_3.y;
                s0_1 += HVEC4(0.048034668, -0.064086914, 0.009635925, -0.115600586) * v0_3.z;
                s0_1 += HVEC4(-0.08178711, 0.040893555, -0.0025253296, -0.16784668) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.010360718, 0.015029907, -0.030563354, 0.11065674) * v0_0.x;
                s0_0 += HVEC4(-0.0049324036, 0.020599365, 0.029724121, 0.0013532639) * v0_0.y;
                s0_0 += HVEC4(0.047088623, 0.1673584, 0.08343506, -0.16186523) * v0_0.z;
                s0_0 += HVEC4(0.022277832, -0.09289551, 0.030227661, -0.016448975) * v0_0.w;
                s0_0 += HVEC4(0.059539795, -0.1661377, 0.21936035, 0.043304443) * v0_1.x;
                s0_0 += HVEC4(-0.10601807, -0.0703125, -0.14172363, 0.15222168) * v0_1.y;
                s0_0 += HVEC4(-0.2902832, 0.1809082, -0.06732178, -0.29077148) * v0_1.z;
                s0_0 += HVEC4(-0.012687683, 0.042419434, -0.0032482147, -0.0044441223) * v0_1.w;
                s0_0 += HVEC4(0.028518677, -0.1184082, 0.115234375, -0.08087158) * v0_2.x;
                s0_0 += HVEC4(-0.04864502, 0.03567505, -0.14489746, 0.041259766) * v0_2.y;
                s0_0 += HVEC4(0.020080566, -0.0982666, 0.030319214, -0.058380127) * v0_2.z;
                s0_0 += HVEC4(0.03286743, -0.011192322, 0.06707764, -0.1071167) * v0_2.w;
                s0_0 += HVEC4(-0.017822266, 0.18078613, -0.013893127, 0.012664795) * v0_3.x;
                s0_0 += HVEC4(-0.0031204224, 0.036010742, -0.0043296814, -0.035736084) * v0_3.y;
                s0_0 += HVEC4(0.016815186, -0.11395264, 0.039245605, 0.0104522705) * v0_3.z;
                s0_0 += HVEC4(0.057525635, -0.25610352, -0.022598267, 0.047088623) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.08526611, -0.050567627, -0.033569336, -0.031311035) * v0_0.x;
                s0_1 += HVEC4(0.0046157837, 0.03250122, -0.015197754, 0.037017822) * v0_0.y;
                s0_1 += HVEC4(-0.052734375, 0.06011963, -0.018859863, 0.05682373) * v0_0.z;
                s0_1 += HVEC4(-0.022583008, -0.002664566, -0.049560547, 0.14245605) * v0_0.w;
                s0_1 += HVEC4(0.2915039, -0.096191406, -0.023513794, 0.1595459) * v0_1.x;
                s0_1 += HVEC4(-0.026794434, -0.076660156, 0.008834839, -0.21252441) * v0_1.y;
                s0_1 += HVEC4(-0.12561035, -0.17626953, 0.18981934, -0.3581543) * v0_1.z;
                s0_1 += HVEC4(0.0546875, -0.033172607, 0.070617676, -0.09887695) * v0_1.w;
                s0_1 += HVEC4(0.034332275, -0.00617218, -0.052093506, 0.15393066) * v0_2.x;
                s0_1 += HVEC4(-0.20019531, -0.09832764, 0.008934021, -0.53564453) * v0_2.y;
                s0_1 += HVEC4(-0.008644104, -0.018341064, 0.010414124, 0.05859375) * v0_2.z;
                s0_1 += HVEC4(0.058166504, 0.01071167, -0.009529114, 0.07720947) * v0_2.w;
                s0_1 += HVEC4(0.030914307, 0.0769043, -0.024871826, 0.06945801) * v0_3.x;
                s0_1 += HVEC4(0.058288574, -0.076171875, -0.0039596558, -0.07287598) * v0_3.y;
                s0_1 += HVEC4(0.11730957, -0.041046143, -0.0052719116, -0.15307617) * v0_3.z;
                s0_1 += HVEC4(0.013671875, -0.07861328, -0.016998291, -0.043518066) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.019821167, 0.019882202, 0.019958496, -0.012870789) * v0_0.x;
                s0_0 += HVEC4(0.00044465065, -0.010375977, -0.00065517426, -0.010032654) * v0_0.y;
                s0_0 += HVEC4(-0.016693115, -0.074401855, 0.074157715, 0.018951416) * v0_0.z;
                s0_0 += HVEC4(-0.010559082, -0.0019197464, -0.049224854, 0.033721924) * v0_0.w;
                s0_0 += HVEC4(-0.049438477, 0.020751953, 0.001127243, 0.06719971) * v0_1.x;
                s0_0 += HVEC4(0.016906738, 0.09680176, -0.08337402, 0.012367249) * v0_1.y;
                s0_0 += HVEC4(-0.072021484, 0.03326416, -0.15039062, 0.1194458) * v0_1.z;
                s0_0 += HVEC4(0.01977539, 0.04776001, -0.08905029, -0.04345703) * v0_1.w;
                s0_0 += HVEC4(-0.021148682, -0.029281616, 0.031463623, 0.037109375) * v0_2.x;
                s0_0 += HVEC4(0.032928467, 0.025634766, 0.05886841, -0.07342529) * v0_2.y;
                s0_0 += HVEC4(-0.013053894, -0.00027561188, 0.03869629, 0.0026569366) * v0_2.z;
                s0_0 += HVEC4(-0.00749588, -0.04824829, 0.0143585205, -0.027893066) * v0_2.w;
                s0_0 += HVEC4(0.021591187, -0.005924225, 0.00012177229, 0.0033893585) * v0_3.x;
                s0_0 += HVEC4(0.041229248, 0.12646484, 0.017974854, 0.021469116) * v0_3.y;
                s0_0 += HVEC4(0.047607422, 0.04324341, -0.051879883, -0.101623535) * v0_3.z;
                s0_0 += HVEC4(-0.06304932, 0.01789856, -0.017959595, 0.0015220642) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.023239136, 0.007499695, -0.030914307, 0.007232666) * v0_0.x;
                s0_1 += HVEC4(0.007160187, -0.0024223328, 0.012481689, 0.022903442) * v0_0.y;
                s0_1 += HVEC4(0.07067871, 0.025939941, 0.0014438629, 0.009262085) * v0_0.z;
                s0_1 += HVEC4(-0.04525757, -0.005634308, 0.023498535, 0.009246826) * v0_0.w;
                s0_1 += HVEC4(-0.016647339, 0.037475586, 0.02859497, 0.16369629) * v0_1.x;
                s0_1 += HVEC4(-0.11102295, -0.016845703, 0.027420044, -0.00894928) * v0_1.y;
                s0_1 += HVEC4(0.122924805, 0.10925293, 0.26611328, -0.24279785) * v0_1.z;
                s0_1 += HVEC4(-0.04345703, -0.032287598, -0.011177063, -0.1541748) * v0_1.w;
                s0_1 += HVEC4(0.034301758, -0.026748657, -0.015419006, -0.028686523) * v0_2.x;
                s0_1 += HVEC4(0.13012695, 0.0028018951, 0.03286743, 0.016448975) * v0_2.y;
                s0_1 += HVEC4(0.017456055, 0.010299683, 0.006843567, -0.039398193) * v0_2.z;
                s0_1 += HVEC4(0.0028820038, 0.022323608, 0.014160156, -0.024337769) * v0_2.w;
                s0_1 += HVEC4(-0.01146698, -0.016601562, -0.033599854, 0.0012273788) * v0_3.x;
                s0_1 += HVEC4(0.035949707, 0.054901123, -1.13248825e-05, 0.1763916) * v0_3.y;
                s0_1 += HVEC4(0.053527832, 0.021499634, -0.07232666, -0.051635742) * v0_3.z;
                s0_1 += HVEC4(0.0029659271, -0.08496094, 0.07244873, -0.12237549) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(0.04534912, 0.09472656, -0.06945801, 0.054992676) * v0_0.x;
                s0_0 += HVEC4(-0.009170532, -0.14770508, -0.05859375, 0.056518555) * v0_0.y;
                s0_0 += HVEC4(-0.009117126, -0.002784729, 0.03366089, 0.018829346) * v0_0.z;
                s0_0 += HVEC4(0.042633057, 0.40478516, -0.024505615, 0.01373291) * v0_0.w;
                s0_0 += HVEC4(0.00050354004, -0.23815918, 0.0009317398, 0.043701172) * v0_1.x;
                s0_0 += HVEC4(0.026168823, -0.16772461, -0.1015625, 0.050811768) * v0_1.y;
                s0_0 += HVEC4(-0.01033783, -0.33154297, 0.010910034, 0.016036987) * v0_1.z;
                s0_0 += HVEC4(-0.02684021, 0.22961426, -0.02923584, -0.029525757) * v0_1.w;
                s0_0 += HVEC4(-0.00076532364, 0.33520508, 0.087890625, -0.033935547) * v0_2.x;
                s0_0 += HVEC4(-0.03286743, -0.26879883, -0.031204224, -0.03955078) * v0_2.y;
                s0_0 += HVEC4(-0.06359863, 0.07952881, 0.10211182, -0.10290527) * v0_2.z;
                s0_0 += HVEC4(0.07635498, -0.016677856, -0.033569336, 0.13232422) * v0_2.w;
                s0_0 += HVEC4(0.07867432, -0.85498047, 0.011047363, 0.002565384) * v0_3.x;
                s0_0 += HVEC4(-0.10345459, -0.25561523, 0.018554688, -0.026779175) * v0_3.y;
                s0_0 += HVEC4(0.029037476, -0.08721924, -0.02067566, 0.020431519) * v0_3.z;
                s0_0 += HVEC4(0.08496094, -0.095947266, 0.056640625, -0.17419434) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.048095703, 0.029846191, -0.01335907, 0.022338867) * v0_0.x;
                s0_1 += HVEC4(-0.026138306, -0.040740967, 0.0067100525, -0.08453369) * v0_0.y;
                s0_1 += HVEC4(0.0287323, 0.037139893, -0.028503418, 0.00831604) * v0_0.z;
                s0_1 += HVEC4(0.19055176, 0.023132324, 0.1060791, 0.0054016113) * v0_0.w;
                s0_1 += HVEC4(-0.019729614, 0.013954163, 0.02319336, -0.033081055) * v0_1.x;
                s0_1 += HVEC4(-0.041107178, -0.03363037, -0.013542175, -0.0008664131) * v0_1.y;
                s0_1 += HVEC4(-0.01651001, -0.12548828, -0.07550049, -0.021896362) * v0_1.z;
                s0_1 += HVEC4(-0.05557251, 0.034057617, 0.06549072, -0.05871582) * v0_1.w;
                s0_1 += HVEC4(-0.03692627, -0.05444336, -0.0052490234, -0.13049316) * v0_2.x;
                s0_1 += HVEC4(-0.017700195, -0.54248047, 0.066589355, -0.091430664) * v0_2.y;
                s0_1 += HVEC4(0.0014982224, -0.04071045, 0.0077285767, -0.049591064) * v0_2.z;
                s0_1 += HVEC4(0.082336426, -0.16430664, -0.032806396, 0.03942871) * v0_2.w;
                s0_1 += HVEC4(0.005870819, -0.105163574, -0.07910156, -0.016235352) * v0_3.x;
                s0_1 += HVEC4(0.07281494, -0.0041236877, -0.113098145, 0.044799805) * v0_3.y;
                s0_1 += HVEC4(0.04534912, 0.101501465, 0.03793335, 0.047668457) * v0_3.z;
                s0_1 += HVEC4(-0.0003452301, 0.31689453, -0.06738281, 0.48999023) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(0.05407715, 0.0004684925, 0.3071289, 0.13623047) * v0_0.x;
                s0_0 += HVEC4(-0.06854248, -0.024963379, -0.2824707, 0.12249756) * v0_0.y;
                s0_0 += HVEC4(0.07086182, -0.07751465, 0.111328125, -0.041229248) * v0_0.z;
                s0_0 += HVEC4(0.0044288635, -0.025909424, -0.14135742, -0.13085938) * v0_0.w;
                s0_0 += HVEC4(-0.06500244, 0.14624023, -0.23352051, 0.33203125) * v0_1.x;
                s0_0 += HVEC4(0.0016059875, 0.0725708, -0.21032715, 0.27001953) * v0_1.y;
                s0_0 += HVEC4(0.16577148, 0.22790527, -0.14782715, 0.033599854) * v0_1.z;
                s0_0 += HVEC4(0.13696289, -0.14294434, -0.054718018, -0.04284668) * v0_1.w;
                s0_0 += HVEC4(-0.13232422, -0.2467041, 0.13427734, 0.32763672) * v0_2.x;
                s0_0 += HVEC4(3.2782555e-06, -0.3708496, -0.12225342, -0.12634277) * v0_2.y;
                s0_0 += HVEC4(-0.080322266, 0.009010315, 0.22937012, -0.3552246) * v0_2.z;
                s0_0 += HVEC4(-0.02748108, 0.003004074, 0.12695312, 0.27978516) * v0_2.w;
                s0_0 += HVEC4(0.028823853, 0.064575195, 0.06842041, -0.08380127) * v0_3.x;
                s0_0 += HVEC4(-0.17370605, -0.11883545, -0.090148926, -0.12719727) * v0_3.y;
                s0_0 += HVEC4(0.18933105, -0.080444336, 0.0054740906, 0.09075928) * v0_3.z;
                s0_0 += HVEC4(0.043640137, -0.03050232, 0.0061683655, -0.030578613) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.2142334, 0.10369873, 0.14135742, 0.22766113) * v0_0.x;
                s0_1 += HVEC4(-0.2763672, 0.06384277, -0.028030396, -0.2548828) * v0_0.y;
                s0_1 += HVEC4(0.080444336, 0.2841797, 0.04333496, 0.4284668) * v0_0.z;
                s0_1 += HVEC4(0.028717041, -0.03152466, -0.042633057, -0.25683594) * v0_0.w;
                s0_1 += HVEC4(-0.23278809, 0.04736328, 0.07495117, -0.2998047) * v0_1.x;
                s0_1 += HVEC4(-0.13024902, -0.19030762, 0.083618164, -0.059326172) * v0_1.y;
                s0_1 += HVEC4(-0.16723633, -0.46166992, 0.38623047, -0.34033203) * v0_1.z;
                s0_1 += HVEC4(0.23327637, 0.034088135, -0.10168457, 0.116760254) * v0_1.w;
                s0_1 += HVEC4(0.23901367, -0.20507812, -0.083618164, -0.079711914) * v0_2.x;
                s0_1 += HVEC4(-0.25830078, -0.5288086, -0.12927246, -0.6513672) * v0_2.y;
                s0_1 += HVEC4(0.013420105, -0.0055007935, -0.028396606, -0.09399414) * v0_2.z;
                s0_1 += HVEC4(-0.01576233, -0.07128906, -0.058532715, -0.08654785) * v0_2.w;
                s0_1 += HVEC4(-0.27563477, 0.007209778, 0.03579712, -0.025054932) * v0_3.x;
                s0_1 += HVEC4(-0.34960938, 0.12817383, 0.19555664, -0.07775879) * v0_3.y;
                s0_1 += HVEC4(0.26391602, 0.092163086, -0.18347168, 0.22631836) * v0_3.z;
                s0_1 += HVEC4(0.074645996, 0.23718262, 0.021499634, 0.41259766) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.0047836304, 0.029251099, -0.07879639, 0.08343506) * v0_0.x;
                s0_0 += HVEC4(0.009017944, -0.00029683113, 0.050445557, 0.0073280334) * v0_0.y;
                s0_0 += HVEC4(-0.012123108, -0.08648682, 0.10345459, -0.030838013) * v0_0.z;
                s0_0 += HVEC4(0.024353027, 0.048980713, 0.026123047, -0.10308838) * v0_0.w;
                s0_0 += HVEC4(0.07556152, 0.08355713, -0.023376465, 0.103881836) * v0_1.x;
                s0_0 += HVEC4(-0.059020996, 0.035369873, -0.1821289, 0.11395264) * v0_1.y;
                s0_0 += HVEC4(0.14172363, 0.3083496, 0.021514893, -0.06640625) * v0_1.z;
                s0_0 += HVEC4(-0.029647827, 0.030715942, 0.08795166, -0.20373535) * v0_1.w;
                s0_0 += HVEC4(0.023727417, -0.031555176, 0.09698486, -0.00856781) * v0_2.x;
                s0_0 += HVEC4(-0.16259766, -0.055633545, -0.079589844, -0.13757324) * v0_2.y;
                s0_0 += HVEC4(0.02166748, -0.045928955, 0.1907959, -0.09851074) * v0_2.z;
                s0_0 += HVEC4(0.022094727, -0.047607422, -0.050994873, 0.050598145) * v0_2.w;
                s0_0 += HVEC4(0.020263672, 0.03829956, -0.011276245, 0.084350586) * v0_3.x;
                s0_0 += HVEC4(-0.04559326, 0.025405884, -0.068847656, 0.06149292) * v0_3.y;
                s0_0 += HVEC4(-0.034088135, -0.11810303, -0.046813965, 0.03152466) * v0_3.z;
                s0_0 += HVEC4(0.06842041, -0.08679199, 0.04006958, -0.02407837) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.021057129, 0.028335571, -0.008407593, 0.06323242) * v0_0.x;
                s0_1 += HVEC4(0.012619019, -0.048675537, -0.0076942444, -0.008811951) * v0_0.y;
                s0_1 += HVEC4(-0.074157715, -0.019989014, -0.05999756, 0.026550293) * v0_0.z;
                s0_1 += HVEC4(-0.052734375, 0.0060653687, 0.070129395, 0.019592285) * v0_0.w;
                s0_1 += HVEC4(-0.00012290478, 0.025390625, 0.054504395, -0.11352539) * v0_1.x;
                s0_1 += HVEC4(-0.025131226, 0.013023376, 0.05142212, 0.03137207) * v0_1.y;
                s0_1 += HVEC4(-0.015640259, -0.16113281, 0.053222656, 0.16247559) * v0_1.z;
                s0_1 += HVEC4(-0.066223145, -0.064819336, 0.058807373, -0.0005507469) * v0_1.w;
                s0_1 += HVEC4(-0.056243896, -0.10241699, 0.019165039, -0.005657196) * v0_2.x;
                s0_1 += HVEC4(-0.0826416, -0.30688477, 0.012039185, -0.67089844) * v0_2.y;
                s0_1 += HVEC4(-0.060455322, 0.09448242, 0.103515625, 0.12536621) * v0_2.z;
                s0_1 += HVEC4(0.1003418, -0.07421875, -0.048828125, -0.19165039) * v0_2.w;
                s0_1 += HVEC4(0.024810791, 0.03060913, -0.03161621, 0.012512207) * v0_3.x;
                s0_1 += HVEC4(0.084106445, -0.1307373, -0.005207062, -0.28271484) * v0_3.y;
                s0_1 += HVEC4(0.051940918, -0.12042236, -0.18103027, -0.056030273) * v0_3.z;
                s0_1 += HVEC4(-0.0017433167, 0.21142578, 0.02494812, 0.26831055) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(-0.06237793, 0.00033712387, 0.030761719, -0.01675415) * v0_0.x;
                s0_0 += HVEC4(0.0022182465, 0.03866577, 0.040893555, -0.020767212) * v0_0.y;
                s0_0 += HVEC4(-0.017456055, -0.15246582, 0.0077209473, 0.018188477) * v0_0.z;
                s0_0 += HVEC4(0.08691406, 0.2705078, 0.030532837, -0.15905762) * v0_0.w;
                s0_0 += HVEC4(-0.016983032, -0.1171875, -0.012229919, -0.062683105) * v0_1.x;
                s0_0 += HVEC4(-0.019577026, -0.17810059, -0.007789612, -0.04272461) * v0_1.y;
                s0_0 += HVEC4(0.041137695, 0.2368164, 0.03237915, -0.0019931793) * v0_1.z;
                s0_0 += HVEC4(0.04837036, 0.10858154, -0.019256592, -0.025543213) * v0_1.w;
                s0_0 += HVEC4(-0.017486572, 0.35229492, -0.029922485, 0.08703613) * v0_2.x;
                s0_0 += HVEC4(-0.039398193, -0.2956543, -0.03213501, 0.013366699) * v0_2.y;
                s0_0 += HVEC4(0.028533936, 0.08093262, 0.004951477, 0.016601562) * v0_2.z;
                s0_0 += HVEC4(-0.03817749, -0.21118164, 0.039093018, -0.00045728683) * v0_2.w;
                s0_0 += HVEC4(0.057006836, -0.38549805, -0.014076233, -0.044189453) * v0_3.x;
                s0_0 += HVEC4(0.11126709, -0.17370605, 0.02027893, 0.06347656) * v0_3.y;
                s0_0 += HVEC4(-0.020355225, -0.061401367, -0.010658264, 0.00831604) * v0_3.z;
                s0_0 += HVEC4(-0.50097656, 0.30493164, -0.1194458, -0.20300293) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.02078247, 0.045837402, -0.14025879, -0.012886047) * v0_0.x;
                s0_1 += HVEC4(0.020553589, 0.078186035, -0.12780762, 0.13830566) * v0_0.y;
                s0_1 += HVEC4(0.0143966675, -0.00068616867, -0.047943115, 0.0110321045) * v0_0.z;
                s0_1 += HVEC4(0.20898438, 0.08227539, 0.021835327, 0.057556152) * v0_0.w;
                s0_1 += HVEC4(0.008285522, 0.05480957, -0.003145218, 0.034942627) * v0_1.x;
                s0_1 += HVEC4(-0.009635925, 0.01473999, -0.018920898, 0.014099121) * v0_1.y;
                s0_1 += HVEC4(0.051574707, 0.08746338, -0.053131104, -0.023406982) * v0_1.z;
                s0_1 += HVEC4(0.01727295, -0.069885254, -0.0035896301, -0.047698975) * v0_1.w;
                s0_1 += HVEC4(0.0028820038, 0.28173828, 0.1184082, 0.14367676) * v0_2.x;
                s0_1 += HVEC4(-0.051513672, -0.023971558, 0.0051574707, 0.03253174) * v0_2.y;
                s0_1 += HVEC4(0.015686035, -0.051818848, 0.06390381, -0.066467285) * v0_2.z;
                s0_1 += HVEC4(0.06427002, 0.04272461, -0.11767578, -0.008110046) * v0_2.w;
                s0_1 += HVEC4(-0.07940674, 0.15185547, 0.05178833, -0.040618896) * v0_3.x;
                s0_1 += HVEC4(-0.014305115, -0.08996582, 0.031311035, -0.06854248) * v0_3.y;
                s0_1 += HVEC4(-0.046325684, -0.13671875, -0.006248474, -0.037841797) * v0_3.z;
                s0_1 += HVEC4(-0.11633301, -0.80615234, -0.23535156, -1.0029297) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(-0.01852417, 0.0446167, -0.05267334, 0.015174866) * v0_0.x;
                s0_0 += HVEC4(0.18493652, -0.05419922, 0.1373291, 0.046173096) * v0_0.y;
                s0_0 += HVEC4(-0.06781006, -0.13745117, 0.01197052, 0.06719971) * v0_0.z;
                s0_0 += HVEC4(-0.0099105835, -0.12286377, 0.066345215, 0.017410278) * v0_0.w;
                s0_0 += HVEC4(0.11798096, 0.30786133, -0.0036888123, -0.027496338) * v0_1.x;
                s0_0 += HVEC4(0.093566895, 0.20239258, -0.053100586, -0.0019683838) * v0_1.y;
                s0_0 += HVEC4(0.0619812, 0.08166504, 0.022903442, -0.02279663) * v0_1.z;
                s0_0 += HVEC4(-0.039978027, -0.20800781, -0.057617188, -0.0138168335) * v0_1.w;
                s0_0 += HVEC4(-0.014762878, -0.027694702, 0.10064697, -0.125) * v0_2.x;
                s0_0 += HVEC4(-0.12609863, -0.18005371, 0.04067993, 0.04397583) * v0_2.y;
                s0_0 += HVEC4(-0.17382812, -0.099853516, 0.053100586, 0.04437256) * v0_2.z;
                s0_0 += HVEC4(0.31445312, 0.07067871, 0.083618164, -0.30859375) * v0_2.w;
                s0_0 += HVEC4(0.0309906, 0.17419434, -0.013252258, -0.015777588) * v0_3.x;
                s0_0 += HVEC4(-0.24987793, -0.14208984, -0.022766113, -0.003206253) * v0_3.y;
                s0_0 += HVEC4(-0.084106445, -0.019088745, -0.043121338, 0.036254883) * v0_3.z;
                s0_0 += HVEC4(-0.17419434, -0.14025879, -0.025100708, 0.08135986) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.03262329, -0.10595703, 0.17358398, -0.09423828) * v0_0.x;
                s0_1 += HVEC4(0.14624023, 0.2055664, 0.02722168, 0.32983398) * v0_0.y;
                s0_1 += HVEC4(-0.027786255, -0.27490234, -0.031402588, -0.007926941) * v0_0.z;
                s0_1 += HVEC4(-0.06896973, -0.1809082, -0.20739746, -0.05267334) * v0_0.w;
                s0_1 += HVEC4(-0.038848877, 0.24804688, 0.036102295, 0.097839355) * v0_1.x;
                s0_1 += HVEC4(-0.011245728, 0.011795044, 0.099365234, -0.034057617) * v0_1.y;
                s0_1 += HVEC4(-0.022369385, 0.16137695, 0.13208008, 0.08880615) * v0_1.z;
                s0_1 += HVEC4(-0.06161499, -0.18798828, 0.0031967163, -0.048431396) * v0_1.w;
                s0_1 += HVEC4(0.11798096, 0.45654297, -0.012626648, -0.0803833) * v0_2.x;
                s0_1 += HVEC4(-0.050750732, -0.31469727, -0.061767578, -0.045776367) * v0_2.y;
                s0_1 += HVEC4(-0.001364708, -0.20812988, -0.016540527, -0.06365967) * v0_2.z;
                s0_1 += HVEC4(-0.008201599, 0.40625, 0.26708984, -0.04071045) * v0_2.w;
                s0_1 += HVEC4(-0.013198853, 0.049194336, 0.16333008, -0.054107666) * v0_3.x;
                s0_1 += HVEC4(0.055480957, -0.15966797, -0.26611328, 0.075805664) * v0_3.y;
                s0_1 += HVEC4(0.044433594, -0.13842773, -0.17590332, 0.039733887) * v0_3.z;
                s0_1 += HVEC4(0.1665039, -0.25146484, -0.13354492, -0.3383789) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.039794922, -0.057128906, -0.07800293, -0.014472961) * v0_0.x;
                s0_0 += HVEC4(-0.018707275, 0.00088882446, 0.013168335, -0.0042762756) * v0_0.y;
                s0_0 += HVEC4(0.0032196045, -0.03152466, -0.0057258606, 0.08477783) * v0_0.z;
                s0_0 += HVEC4(-0.007446289, 0.03237915, -0.014038086, 0.059173584) * v0_0.w;
                s0_0 += HVEC4(0.014572144, -0.03842163, 0.04751587, -0.036346436) * v0_1.x;
                s0_0 += HVEC4(-0.025421143, -0.011047363, -0.014373779, -0.055358887) * v0_1.y;
                s0_0 += HVEC4(0.009269714, -0.060394287, -0.008766174, 0.030548096) * v0_1.z;
                s0_0 += HVEC4(0.03390503, 0.04788208, -0.06072998, -0.0010976791) * v0_1.w;
                s0_0 += HVEC4(0.04824829, 0.08758545, 0.013397217, -0.13134766) * v0_2.x;
                s0_0 += HVEC4(-0.047790527, 0.11212158, 0.0063934326, 0.076049805) * v0_2.y;
                s0_0 += HVEC4(-0.019851685, -0.019515991, 0.046325684, -0.07067871) * v0_2.z;
                s0_0 += HVEC4(0.013587952, 0.039855957, -0.058898926, -0.008666992) * v0_2.w;
                s0_0 += HVEC4(-0.008781433, 0.007850647, 0.010429382, -0.042266846) * v0_3.x;
                s0_0 += HVEC4(0.021911621, 0.042022705, 0.074035645, -0.01033783) * v0_3.y;
                s0_0 += HVEC4(-0.033050537, -0.05593872, -0.01171875, 0.015068054) * v0_3.z;
                s0_0 += HVEC4(-0.044830322, 0.02583313, -0.003042221, -0.038635254) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.009895325, 0.044708252, -0.091308594, 0.010650635) * v0_0.x;
                s0_1 += HVEC4(-0.016036987, 0.125, -0.046081543, 0.3046875) * v0_0.y;
                s0_1 += HVEC4(0.0124435425, -0.05532837, 0.029693604, -0.027938843) * v0_0.z;
                s0_1 += HVEC4(0.015510559, -0.0236969, 0.010139465, -0.032958984) * v0_0.w;
                s0_1 += HVEC4(0.022460938, 0.08453369, -0.058380127, 0.0013179779) * v0_1.x;
                s0_1 += HVEC4(-0.03692627, 0.076049805, -0.09082031, 0.014732361) * v0_1.y;
                s0_1 += HVEC4(0.004299164, -0.036071777, 0.048461914, -0.023773193) * v0_1.z;
                s0_1 += HVEC4(0.023773193, 0.008522034, 0.11810303, 0.0075798035) * v0_1.w;
                s0_1 += HVEC4(-0.032318115, 0.11016846, 0.086242676, -0.048675537) * v0_2.x;
                s0_1 += HVEC4(0.038635254, -0.10974121, -0.09289551, 0.09991455) * v0_2.y;
                s0_1 += HVEC4(0.0005059242, -0.036254883, 0.1772461, -0.11224365) * v0_2.z;
                s0_1 += HVEC4(0.026062012, 0.0022239685, -0.012420654, -0.003921509) * v0_2.w;
                s0_1 += HVEC4(-0.028305054, 0.055419922, -0.017425537, 0.103027344) * v0_3.x;
                s0_1 += HVEC4(-0.0047950745, 0.09515381, 0.068847656, 0.005344391) * v0_3.y;
                s0_1 += HVEC4(0.04019165, -0.045013428, -0.11816406, -0.006175995) * v0_3.z;
                s0_1 += HVEC4(-0.017990112, -0.17089844, 0.0071105957, -0.2376709) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_0 = max(a0_0, vec4(0.0));
            a0_1 = max(a0_1, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.00539171, -0.0775509, -0.006941183, 0.0041552046);
            vec4 a0_3 = vec4(0.011853503, 0.0043568853, -0.0006060599, -0.0006150335);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.01083374, -0.013206482, 0.021713257, 0.039520264) * v0_0.x;
                s0_2 += HVEC4(-0.0072021484, 0.04815674, 0.009346008, -0.018615723) * v0_0.y;
                s0_2 += HVEC4(0.041625977, 0.055755615, 0.023864746, -0.002368927) * v0_0.z;
                s0_2 += HVEC4(0.0067367554, -0.027999878, -0.021881104, -0.073913574) * v0_0.w;
                s0_2 += HVEC4(-0.02015686, -0.09851074, -0.018081665, -0.046936035) * v0_1.x;
                s0_2 += HVEC4(-0.027786255, -0.103149414, 0.010635376, 0.07208252) * v0_1.y;
                s0_2 += HVEC4(-0.017242432, 0.022994995, -0.044189453, -0.022567749) * v0_1.z;
                s0_2 += HVEC4(-0.018341064, 0.024673462, -0.012924194, 0.002204895) * v0_1.w;
                s0_2 += HVEC4(0.04043579, -0.09637451, -0.02178955, -0.07147217) * v0_2.x;
                s0_2 += HVEC4(0.000995636, -0.10595703, -0.014320374, -0.010025024) * v0_2.y;
                s0_2 += HVEC4(0.0047721863, -0.01852417, -0.016418457, -0.02645874) * v0_2.z;
                s0_2 += HVEC4(-0.0055885315, -0.013298035, -0.021636963, 0.011108398) * v0_2.w;
                s0_2 += HVEC4(0.0013990402, -0.068359375, -0.025100708, 0.025619507) * v0_3.x;
                s0_2 += HVEC4(-0.0028858185, -0.035186768, 0.009498596, 0.049560547) * v0_3.y;
                s0_2 += HVEC4(0.018859863, -0.017822266, 0.014427185, 0.012451172) * v0_3.z;
                s0_2 += HVEC4(0.005771637, -0.09338379, -0.007896423, 0.022033691) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.024002075, -0.030059814, 0.02998352, -0.011474609) * v0_0.x;
                s0_3 += HVEC4(-0.015701294, 0.0020866394, 0.012619019, -0.0015993118) * v0_0.y;
                s0_3 += HVEC4(-0.038635254, 0.08282471, -0.14587402, -0.0690918) * v0_0.z;
                s0_3 += HVEC4(-0.025375366, 0.08984375, 0.1262207, 0.19616699) * v0_0.w;
                s0_3 += HVEC4(-0.01802063, -0.22265625, -0.010116577, 0.12084961) * v0_1.x;
                s0_3 += HVEC4(0.08868408, -0.08721924, 0.054016113, -0.07873535) * v0_1.y;
                s0_3 += HVEC4(0.0014848709, -0.2746582, 0.13452148, 0.3564453) * v0_1.z;
                s0_3 += HVEC4(-0.039642334, 0.14428711, -0.12683105, -0.101867676) * v0_1.w;
                s0_3 += HVEC4(-0.055389404, 0.16674805, -0.09387207, 0.107543945) * v0_2.x;
                s0_3 += HVEC4(0.021942139, 0.05102539, 0.014274597, -0.25) * v0_2.y;
                s0_3 += HVEC4(-0.046142578, 0.08392334, -0.07495117, 0.046844482) * v0_2.z;
                s0_3 += HVEC4(-0.03756714, -0.25561523, 0.01776123, -0.027038574) * v0_2.w;
                s0_3 += HVEC4(-0.024230957, 0.2553711, -0.1586914, -0.056549072) * v0_3.x;
                s0_3 += HVEC4(0.017700195, -0.004009247, -0.052490234, -0.014778137) * v0_3.y;
                s0_3 += HVEC4(0.016326904, -0.012832642, -0.0473938, -0.11975098) * v0_3.z;
                s0_3 += HVEC4(0.006084442, -0.010635376, 0.026275635, -0.21728516) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.020812988, -0.072387695, 0.010543823, -0.105773926) * v0_0.x;
                s0_2 += HVEC4(-0.0046920776, -0.10626221, -0.03869629, -0.0023002625) * v0_0.y;
                s0_2 += HVEC4(-0.012138367, 0.018218994, 0.030715942, 0.04525757) * v0_0.z;
                s0_2 += HVEC4(-0.015991211, 0.01890564, -0.022964478, -0.037384033) * v0_0.w;
                s0_2 += HVEC4(0.0043258667, -0.025985718, -0.0048179626, -0.1427002) * v0_1.x;
                s0_2 += HVEC4(-0.0032615662, -0.09790039, -0.030654907, -0.057495117) * v0_1.y;
                s0_2 += HVEC4(-0.07501221, -0.026138306, -0.025344849, 0.17626953) * v0_1.z;
                s0_2 += HVEC4(-0.015899658, -0.0052719116, 0.06665039, -0.023422241) * v0_1.w;
                s0_2 += HVEC4(-0.044830322, -0.04006958, -0.082214355, 0.0128479) * v0_2.x;
                s0_2 += HVEC4(0.020980835, -0.076538086, -0.024719238, -0.080566406) * v0_2.y;
                s0_2 += HVEC4(0.007297516, -0.07702637, -0.021011353, 0.05419922) * v0_2.z;
                s0_2 += HVEC4(-0.01876831, -0.058380127, 0.05822754, 0.061828613) * v0_2.w;
                s0_2 += HVEC4(0.002861023, -0.072753906, 0.059051514, 0.017150879) * v0_3.x;
                s0_2 += HVEC4(-0.0021095276, 0.038848877, 0.026428223, 0.022415161) * v0_3.y;
                s0_2 += HVEC4(-0.018920898, 0.0064086914, -0.033203125, 0.05178833) * v0_3.z;
                s0_2 += HVEC4(-0.0084991455, 0.041381836, -0.029037476, 0.040405273) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.04171753, 0.0970459, -0.004787445, 0.11755371) * v0_0.x;
                s0_3 += HVEC4(0.006401062, 0.015090942, -0.01461792, -0.0132751465) * v0_0.y;
                s0_3 += HVEC4(0.056915283, -0.15270996, 0.107421875, -0.026260376) * v0_0.z;
                s0_3 += HVEC4(-0.022872925, 0.19458008, 0.16723633, 0.023803711) * v0_0.w;
                s0_3 += HVEC4(-0.006214142, -0.14538574, 0.06890869, -0.1239624) * v0_1.x;
                s0_3 += HVEC4(-0.06774902, -0.06896973, 0.02116394, 0.17175293) * v0_1.y;
                s0_3 += HVEC4(-0.4609375, 0.86621094, -0.25439453, -0.031173706) * v0_1.z;
                s0_3 += HVEC4(0.014465332, -0.23925781, 0.15917969, 0.076171875) * v0_1.w;
                s0_3 += HVEC4(-0.02166748, -0.045318604, 0.10949707, 0.06124878) * v0_2.x;
                s0_3 += HVEC4(-0.010009766, -0.56591797, -0.24487305, -0.101135254) * v0_2.y;
                s0_3 += HVEC4(-0.0045318604, -0.12731934, 0.04623413, -0.050872803) * v0_2.z;
                s0_3 += HVEC4(0.02960205, 0.11413574, -0.0009813309, -0.13269043) * v0_2.w;
                s0_3 += HVEC4(0.041870117, -0.08642578, -0.109191895, -0.1583252) * v0_3.x;
                s0_3 += HVEC4(0.01965332, 0.0053977966, -0.030227661, 0.007385254) * v0_3.y;
                s0_3 += HVEC4(0.119384766, -0.37060547, 0.26464844, -0.06726074) * v0_3.z;
                s0_3 += HVEC4(0.0013275146, 0.29492188, 0.19799805, 0.20373535) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.035736084, -0.09863281, -0.03942871, 0.004245758) * v0_0.x;
                s0_2 += HVEC4(-0.012496948, 0.06640625, 0.006412506, 0.02015686) * v0_0.y;
                s0_2 += HVEC4(0.0102005005, -0.019302368, 0.027114868, -0.025024414) * v0_0.z;
                s0_2 += HVEC4(-0.0052452087, -0.08917236, 0.099975586, -0.037750244) * v0_0.w;
                s0_2 += HVEC4(-0.039611816, -0.033294678, 0.3293457, -0.04562378) * v0_1.x;
                s0_2 += HVEC4(-0.035339355, -0.045043945, -0.21069336, 0.00819397) * v0_1.y;
                s0_2 += HVEC4(0.07305908, 0.06616211, -0.1640625, -0.35546875) * v0_1.z;
                s0_2 += HVEC4(-0.003873825, 0.052947998, 0.14013672, 0.053100586) * v0_1.w;
                s0_2 += HVEC4(0.00447464, -0.030349731, 0.003868103, -0.03665161) * v0_2.x;
                s0_2 += HVEC4(0.028289795, -0.080322266, -0.6220703, -0.0904541) * v0_2.y;
                s0_2 += HVEC4(0.030395508, -0.046783447, 0.024383545, -0.04397583) * v0_2.z;
                s0_2 += HVEC4(-0.0029773712, 0.058746338, 0.0036411285, 0.0357666) * v0_2.w;
                s0_2 += HVEC4(0.020996094, -0.06689453, 0.046142578, 0.02709961) * v0_3.x;
                s0_2 += HVEC4(-0.005054474, 0.066589355, -0.115234375, 0.020767212) * v0_3.y;
                s0_2 += HVEC4(0.038238525, -0.015975952, 0.17126465, 0.15075684) * v0_3.z;
                s0_2 += HVEC4(-0.024307251, -0.031555176, 0.12371826, -0.018875122) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.023513794, -0.13354492, -0.003742218, 0.017303467) * v0_0.x;
                s0_3 += HVEC4(0.015342712, 0.07495117, 0.023208618, -0.024337769) * v0_0.y;
                s0_3 += HVEC4(-0.013313293, -0.11505127, -0.0076065063, -0.042022705) * v0_0.z;
                s0_3 += HVEC4(-0.030151367, 0.08355713, -0.043670654, -0.0038051605) * v0_0.w;
                s0_3 += HVEC4(0.0048675537, 0.1159668, -0.13232422, 0.105529785) * v0_1.x;
                s0_3 += HVEC4(-0.013389587, 0.19726562, -0.1015625, 0.0031204224) * v0_1.y;
                s0_3 += HVEC4(-0.25073242, 0.7529297, -0.19848633, -0.16113281) * v0_1.z;
                s0_3 += HVEC4(0.024154663, 0.020767212, -0.05831909, -0.062683105) * v0_1.w;
                s0_3 += HVEC4(-0.012069702, -0.06237793, -0.016281128, 0.0040893555) * v0_2.x;
                s0_3 += HVEC4(-0.031951904, -0.16931152, -0.03265381, 0.11639404) * v0_2.y;
                s0_3 += HVEC4(-0.023849487, 0.00080013275, -0.08673096, -0.03475952) * v0_2.z;
                s0_3 += HVEC4(0.012771606, 0.07128906, 0.023757935, 0.0076026917) * v0_2.w;
                s0_3 += HVEC4(0.031234741, -0.039642334, -0.016403198, -0.013420105) * v0_3.x;
                s0_3 += HVEC4(0.01134491, -0.023956299, 0.07513428, 0.028671265) * v0_3.y;
                s0_3 += HVEC4(0.071777344, -0.15100098, 0.057556152, 0.0057678223) * v0_3.z;
                s0_3 += HVEC4(-0.011024475, 0.2541504, -0.02708435, 0.008132935) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.014030457, -0.013061523, 0.0023326874, -0.03878784) * v0_0.x;
                s0_2 += HVEC4(-0.031707764, 0.033843994, 0.018753052, 0.066223145) * v0_0.y;
                s0_2 += HVEC4(0.007472992, -0.025115967, -0.02809143, -0.006591797) * v0_0.z;
                s0_2 += HVEC4(-0.0059051514, 0.058013916, -0.01914978, -0.17260742) * v0_0.w;
                s0_2 += HVEC4(-0.032470703, -0.00066804886, 0.02848816, 0.013938904) * v0_1.x;
                s0_2 += HVEC4(0.022644043, -0.060028076, 0.00045228004, 0.039611816) * v0_1.y;
                s0_2 += HVEC4(-0.016311646, -0.07696533, 0.031173706, -0.0013971329) * v0_1.z;
                s0_2 += HVEC4(-0.018035889, -0.0078048706, 0.009628296, -0.0053710938) * v0_1.w;
                s0_2 += HVEC4(-0.046661377, -0.050811768, -0.00086307526, -0.101257324) * v0_2.x;
                s0_2 += HVEC4(-0.036132812, -0.097595215, -0.0020484924, -0.021194458) * v0_2.y;
                s0_2 += HVEC4(0.01423645, -0.06756592, -0.02482605, -0.014862061) * v0_2.z;
                s0_2 += HVEC4(0.072387695, -0.06237793, -0.0008530617, -0.099121094) * v0_2.w;
                s0_2 += HVEC4(0.015327454, -0.013832092, -0.04727173, 0.037078857) * v0_3.x;
                s0_2 += HVEC4(0.04776001, -0.105407715, -0.01322937, 0.012748718) * v0_3.y;
                s0_2 += HVEC4(0.028839111, -0.012489319, -0.012687683, 0.033813477) * v0_3.z;
                s0_2 += HVEC4(0.0062561035, -0.042144775, -0.081604004, 0.03665161) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.015701294, -0.14672852, 0.08850098, 0.39453125) * v0_0.x;
                s0_3 += HVEC4(0.111206055, -0.05697632, 0.053222656, -0.2878418) * v0_0.y;
                s0_3 += HVEC4(0.06707764, -0.13745117, 0.09063721, 0.17834473) * v0_0.z;
                s0_3 += HVEC4(-0.12298584, -0.010818481, 0.2668457, -0.02178955) * v0_0.w;
                s0_3 += HVEC4(-0.005092621, 0.08630371, -0.00541687, -0.2685547) * v0_1.x;
                s0_3 += HVEC4(0.019058228, -0.010231018, 0.0005583763, -0.064331055) * v0_1.y;
                s0_3 += HVEC4(-0.07019043, -0.015083313, 0.0848999, -0.04360962) * v0_1.z;
                s0_3 += HVEC4(-0.047210693, 0.06524658, -0.049194336, -0.17382812) * v0_1.w;
                s0_3 += HVEC4(-0.1763916, 0.035949707, -0.16503906, -0.14172363) * v0_2.x;
                s0_3 += HVEC4(-0.022232056, -0.018814087, -0.17163086, 0.0068740845) * v0_2.y;
                s0_3 += HVEC4(-0.08569336, 0.06008911, -0.0259552, -0.12841797) * v0_2.z;
                s0_3 += HVEC4(0.053344727, -0.21325684, 0.13830566, 0.17626953) * v0_2.w;
                s0_3 += HVEC4(-0.07836914, 0.1862793, -0.18017578, -0.0259552) * v0_3.x;
                s0_3 += HVEC4(0.010948181, -0.0128479, 0.099853516, -0.07543945) * v0_3.y;
                s0_3 += HVEC4(0.10949707, -0.008415222, -0.036132812, -0.03479004) * v0_3.z;
                s0_3 += HVEC4(-0.07421875, 0.09899902, -0.033477783, -0.32666016) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.14538574, 0.039978027, -0.1171875, -0.058654785) * v0_0.x;
                s0_2 += HVEC4(0.0064086914, 0.046661377, 0.049072266, -0.024917603) * v0_0.y;
                s0_2 += HVEC4(-0.28881836, -0.041229248, -0.09210205, -0.1427002) * v0_0.z;
                s0_2 += HVEC4(-0.0836792, 0.04067993, 0.21130371, 0.26831055) * v0_0.w;
                s0_2 += HVEC4(-0.01524353, -0.08117676, 0.04220581, 0.12109375) * v0_1.x;
                s0_2 += HVEC4(0.31030273, -0.078186035, -0.04837036, 0.1953125) * v0_1.y;
                s0_2 += HVEC4(0.06088257, 0.039489746, -0.003610611, 0.07458496) * v0_1.z;
                s0_2 += HVEC4(0.07342529, -0.053955078, 0.04727173, 0.11639404) * v0_1.w;
                s0_2 += HVEC4(-0.08459473, -0.012901306, 0.15673828, -0.19726562) * v0_2.x;
                s0_2 += HVEC4(-0.06011963, 0.062805176, 0.00504303, -0.09240723) * v0_2.y;
                s0_2 += HVEC4(-0.022567749, -0.038360596, 0.118652344, 0.111816406) * v0_2.z;
                s0_2 += HVEC4(-0.0030574799, -0.095336914, 0.02557373, -0.13439941) * v0_2.w;
                s0_2 += HVEC4(-0.14221191, -0.04776001, 0.29248047, -0.10308838) * v0_3.x;
                s0_2 += HVEC4(0.039245605, 0.022918701, -0.01991272, 0.08569336) * v0_3.y;
                s0_2 += HVEC4(0.0003836155, 0.05102539, 0.057281494, -0.13342285) * v0_3.z;
                s0_2 += HVEC4(0.030151367, 0.023025513, 0.15148926, 0.17382812) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.015609741, 0.3137207, 0.025482178, 0.06323242) * v0_0.x;
                s0_3 += HVEC4(0.005332947, 0.08557129, -0.08154297, 0.07336426) * v0_0.y;
                s0_3 += HVEC4(-0.062683105, -0.18078613, -0.07562256, -0.1295166) * v0_0.z;
                s0_3 += HVEC4(0.107666016, -0.21264648, 0.3491211, 0.13232422) * v0_0.w;
                s0_3 += HVEC4(0.08996582, -0.10131836, -0.16418457, -0.049591064) * v0_1.x;
                s0_3 += HVEC4(0.039886475, -0.22192383, -0.13769531, -0.08227539) * v0_1.y;
                s0_3 += HVEC4(-0.1965332, 0.26831055, 0.16674805, 0.14440918) * v0_1.z;
                s0_3 += HVEC4(-0.13330078, 0.0024356842, 0.0463562, 0.07519531) * v0_1.w;
                s0_3 += HVEC4(-0.15795898, 0.1887207, 0.29003906, 0.021820068) * v0_2.x;
                s0_3 += HVEC4(-0.037384033, -0.25610352, -0.2565918, -0.38134766) * v0_2.y;
                s0_3 += HVEC4(-0.23950195, -0.15917969, 0.0072746277, -0.034057617) * v0_2.z;
                s0_3 += HVEC4(0.013557434, 0.46606445, -0.06488037, -0.09588623) * v0_2.w;
                s0_3 += HVEC4(-0.057525635, -0.1505127, -0.5488281, -0.103637695) * v0_3.x;
                s0_3 += HVEC4(0.054016113, -0.45092773, -0.07336426, 0.111206055) * v0_3.y;
                s0_3 += HVEC4(0.27929688, -0.20288086, 0.18945312, 0.087524414) * v0_3.z;
                s0_3 += HVEC4(-0.03652954, 0.072753906, 0.31762695, 0.062408447) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.02708435, -0.015426636, -0.06903076, 0.042175293) * v0_0.x;
                s0_2 += HVEC4(0.024154663, -0.048828125, -0.2220459, -0.0021018982) * v0_0.y;
                s0_2 += HVEC4(-0.029418945, -0.019119263, -0.045288086, -0.04815674) * v0_0.z;
                s0_2 += HVEC4(-0.030426025, -0.072021484, -0.18591309, 0.033416748) * v0_0.w;
                s0_2 += HVEC4(0.026855469, -0.08679199, 0.05316162, 0.005580902) * v0_1.x;
                s0_2 += HVEC4(0.11981201, -0.10437012, 0.23486328, 0.09106445) * v0_1.y;
                s0_2 += HVEC4(-0.06738281, 0.031280518, -0.029251099, -0.016693115) * v0_1.z;
                s0_2 += HVEC4(-0.025115967, 0.0058937073, 0.01852417, 0.005886078) * v0_1.w;
                s0_2 += HVEC4(-0.06506348, 0.053375244, 0.0006117821, -0.06958008) * v0_2.x;
                s0_2 += HVEC4(-0.13220215, -0.015022278, -0.63378906, -0.022033691) * v0_2.y;
                s0_2 += HVEC4(-0.1459961, -0.07879639, -0.38354492, -0.12988281) * v0_2.z;
                s0_2 += HVEC4(0.079833984, -0.05432129, 0.390625, -0.0015983582) * v0_2.w;
                s0_2 += HVEC4(0.025970459, -0.06896973, -0.046813965, -0.05038452) * v0_3.x;
                s0_2 += HVEC4(0.04660034, 0.008979797, -0.3005371, -0.0023002625) * v0_3.y;
                s0_2 += HVEC4(0.099487305, 0.04324341, -0.11663818, 0.13708496) * v0_3.z;
                s0_2 += HVEC4(-0.042144775, 0.054748535, -0.16845703, 0.041412354) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.039520264, -0.08294678, 0.064697266, 0.068237305) * v0_0.x;
                s0_3 += HVEC4(0.00137043, 0.03555298, 0.033935547, -0.10473633) * v0_0.y;
                s0_3 += HVEC4(-0.015823364, 0.076538086, 0.031280518, -0.036468506) * v0_0.z;
                s0_3 += HVEC4(0.004589081, 0.14916992, 0.0010757446, 0.005924225) * v0_0.w;
                s0_3 += HVEC4(0.021240234, -0.007911682, 0.06384277, 0.046844482) * v0_1.x;
                s0_3 += HVEC4(0.02192688, 0.05645752, 0.038848877, 0.10748291) * v0_1.y;
                s0_3 += HVEC4(-0.031188965, 0.27392578, -0.12683105, -0.076416016) * v0_1.z;
                s0_3 += HVEC4(-0.02355957, -0.02772522, -0.10534668, -0.031433105) * v0_1.w;
                s0_3 += HVEC4(-0.02281189, -0.056671143, -0.0670166, -0.053131104) * v0_2.x;
                s0_3 += HVEC4(0.0010662079, -0.42211914, 0.15319824, -0.0357666) * v0_2.y;
                s0_3 += HVEC4(-0.10357666, 0.041290283, -0.11303711, -0.06530762) * v0_2.z;
                s0_3 += HVEC4(0.02104187, -0.18395996, 0.009971619, 0.026519775) * v0_2.w;
                s0_3 += HVEC4(-0.013702393, -0.17614746, 0.039123535, -0.00017535686) * v0_3.x;
                s0_3 += HVEC4(0.0067443848, -0.1427002, -0.08520508, 0.015167236) * v0_3.y;
                s0_3 += HVEC4(0.09515381, -0.23937988, 0.16223145, 0.07147217) * v0_3.z;
                s0_3 += HVEC4(-0.029129028, -0.13476562, -0.006439209, 0.047851562) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.014808655, -0.09777832, -0.004306793, -0.011116028) * v0_0.x;
                s0_2 += HVEC4(0.05718994, -0.099975586, -0.0025157928, -0.022628784) * v0_0.y;
                s0_2 += HVEC4(0.047973633, 0.048309326, -0.015541077, -0.003622055) * v0_0.z;
                s0_2 += HVEC4(0.036590576, -0.01687622, 0.00793457, -0.040649414) * v0_0.w;
                s0_2 += HVEC4(-0.01424408, -0.035491943, -0.004776001, 0.002450943) * v0_1.x;
                s0_2 += HVEC4(0.006462097, -0.082458496, -0.0119018555, 0.0036525726) * v0_1.y;
                s0_2 += HVEC4(0.023513794, -0.083740234, -0.017318726, -0.01600647) * v0_1.z;
                s0_2 += HVEC4(0.041229248, 0.051513672, -0.015403748, 0.0075645447) * v0_1.w;
                s0_2 += HVEC4(-0.08868408, -0.052001953, 0.0018730164, -0.010055542) * v0_2.x;
                s0_2 += HVEC4(-0.023483276, -0.105651855, -0.003566742, -0.009140015) * v0_2.y;
                s0_2 += HVEC4(-0.0012874603, -0.09741211, 0.003627777, -0.014038086) * v0_2.z;
                s0_2 += HVEC4(-0.046081543, -0.012481689, 0.007926941, 0.032348633) * v0_2.w;
                s0_2 += HVEC4(-0.081604004, -0.076049805, -0.015838623, 0.0137786865) * v0_3.x;
                s0_2 += HVEC4(0.0026988983, 0.07104492, 0.02128601, 0.01033783) * v0_3.y;
                s0_2 += HVEC4(0.04458618, 0.018310547, 0.017807007, 0.024932861) * v0_3.z;
                s0_2 += HVEC4(0.0725708, -0.07977295, 0.053771973, -0.035461426) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.024993896, -0.15808105, 0.052001953, 0.20251465) * v0_0.x;
                s0_3 += HVEC4(-0.06567383, 0.054626465, -0.057922363, 0.017242432) * v0_0.y;
                s0_3 += HVEC4(-0.0039482117, -0.057250977, 0.03363037, 0.0063209534) * v0_0.z;
                s0_3 += HVEC4(-0.055358887, 0.08532715, 0.0078048706, 0.059417725) * v0_0.w;
                s0_3 += HVEC4(0.01687622, 0.076416016, 0.016738892, -0.07861328) * v0_1.x;
                s0_3 += HVEC4(0.0058937073, -0.033966064, 0.0440979, 0.029403687) * v0_1.y;
                s0_3 += HVEC4(0.014572144, 0.01473999, 0.07421875, 0.12597656) * v0_1.z;
                s0_3 += HVEC4(0.0011777878, 0.026855469, -0.0045547485, -0.061340332) * v0_1.w;
                s0_3 += HVEC4(0.0025367737, 0.20385742, -0.12670898, 0.089416504) * v0_2.x;
                s0_3 += HVEC4(0.0051231384, 0.09069824, -0.031951904, -0.30151367) * v0_2.y;
                s0_3 += HVEC4(-0.021728516, 0.0435791, -0.068481445, -0.0362854) * v0_2.z;
                s0_3 += HVEC4(0.035949707, -0.064697266, -0.0090408325, -0.06097412) * v0_2.w;
                s0_3 += HVEC4(-0.0009946823, 0.012306213, -0.02532959, -0.2055664) * v0_3.x;
                s0_3 += HVEC4(-0.019836426, 0.10211182, -0.007610321, -0.07080078) * v0_3.y;
                s0_3 += HVEC4(0.0054779053, 0.014625549, -0.020645142, -0.05596924) * v0_3.z;
                s0_3 += HVEC4(-0.036010742, -0.2626953, -0.26953125, -0.114868164) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(-0.1538086, 0.01725769, -0.013786316, 0.017654419) * v0_0.x;
                s0_2 += HVEC4(0.119018555, -0.07128906, -0.014717102, 0.07019043) * v0_0.y;
                s0_2 += HVEC4(0.024932861, -0.013298035, 0.02053833, -0.005771637) * v0_0.z;
                s0_2 += HVEC4(0.047821045, -0.054473877, -0.058898926, 0.005168915) * v0_0.w;
                s0_2 += HVEC4(1.5497208e-06, -0.034362793, -0.005130768, 0.009391785) * v0_1.x;
                s0_2 += HVEC4(0.049468994, -0.04071045, 0.007247925, 0.04083252) * v0_1.y;
                s0_2 += HVEC4(-0.042816162, -0.044952393, 0.023040771, -0.010795593) * v0_1.z;
                s0_2 += HVEC4(0.15942383, 0.026519775, 0.004924774, -0.016723633) * v0_1.w;
                s0_2 += HVEC4(-0.23376465, -0.11010742, -0.079956055, -0.045166016) * v0_2.x;
                s0_2 += HVEC4(-0.06463623, -0.09710693, -0.02986145, -0.009490967) * v0_2.y;
                s0_2 += HVEC4(-0.13269043, 0.015556335, 0.02949524, -0.11242676) * v0_2.z;
                s0_2 += HVEC4(-0.22570801, 0.009742737, -0.055877686, -0.07171631) * v0_2.w;
                s0_2 += HVEC4(0.028701782, -0.022460938, 0.087768555, 0.0057754517) * v0_3.x;
                s0_2 += HVEC4(0.11254883, -0.038726807, 0.008560181, 0.0135650635) * v0_3.y;
                s0_2 += HVEC4(0.16296387, 0.018676758, -0.025344849, 0.037872314) * v0_3.z;
                s0_2 += HVEC4(0.15551758, 0.020523071, 0.09979248, 0.0074920654) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.031311035, 0.109680176, -0.013961792, 0.1595459) * v0_0.x;
                s0_3 += HVEC4(-0.045532227, -0.08544922, 0.01828003, -0.041046143) * v0_0.y;
                s0_3 += HVEC4(-0.009460449, 0.0026016235, -0.010887146, -0.06982422) * v0_0.z;
                s0_3 += HVEC4(-0.038848877, 0.099243164, 0.054992676, -0.055023193) * v0_0.w;
                s0_3 += HVEC4(-0.0029354095, 0.002128601, -0.061401367, 0.057434082) * v0_1.x;
                s0_3 += HVEC4(0.018478394, 0.118896484, -0.040527344, 0.04977417) * v0_1.y;
                s0_3 += HVEC4(-0.045288086, 0.06530762, 0.01939392, 0.046173096) * v0_1.z;
                s0_3 += HVEC4(0.0038833618, 0.04425049, 0.03387451, -0.09442139) * v0_1.w;
                s0_3 += HVEC4(-0.0015792847, -0.2322998, 0.050445557, -0.10650635) * v0_2.x;
                s0_3 += HVEC4(-0.0043945312, 0.04309082, 0.020187378, 0.08728027) * v0_2.y;
                s0_3 += HVEC4(-0.057556152, -0.039520264, 0.076416016, -0.101379395) * v0_2.z;
                s0_3 += HVEC4(-0.059539795, 0.13171387, -0.07080078, 0.05810547) * v0_2.w;
                s0_3 += HVEC4(0.004386902, 0.10418701, -0.047698975, 0.03491211) * v0_3.x;
                s0_3 += HVEC4(0.0048561096, -0.111328125, 0.09265137, -0.022018433) * v0_3.y;
                s0_3 += HVEC4(0.048919678, -0.16540527, -0.01776123, 0.09118652) * v0_3.z;
                s0_3 += HVEC4(-0.007183075, -0.12097168, 0.13757324, -0.015823364) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(-0.01763916, -0.03845215, -0.01398468, -0.02255249) * v0_0.x;
                s0_2 += HVEC4(-0.011062622, 0.068115234, 0.087524414, 0.006164551) * v0_0.y;
                s0_2 += HVEC4(0.013534546, 0.01058197, -0.0029773712, -0.0072669983) * v0_0.z;
                s0_2 += HVEC4(0.030593872, -0.03967285, 0.13745117, 0.01789856) * v0_0.w;
                s0_2 += HVEC4(-0.019378662, -0.096191406, 0.015975952, 0.009185791) * v0_1.x;
                s0_2 += HVEC4(0.04711914, 0.022140503, 0.025466919, 0.01084137) * v0_1.y;
                s0_2 += HVEC4(-0.05117798, -0.016464233, 0.051635742, 0.030960083) * v0_1.z;
                s0_2 += HVEC4(0.077697754, 0.038482666, 0.030715942, -0.0072517395) * v0_1.w;
                s0_2 += HVEC4(-0.013343811, -0.086364746, -0.125, 0.010345459) * v0_2.x;
                s0_2 += HVEC4(-0.10272217, -0.08154297, -0.033203125, 0.0012340546) * v0_2.y;
                s0_2 += HVEC4(0.105041504, -0.0008187294, -0.059265137, 0.04119873) * v0_2.z;
                s0_2 += HVEC4(0.02432251, -0.005405426, 0.031982422, 0.004257202) * v0_2.w;
                s0_2 += HVEC4(0.029525757, 0.0025291443, -0.08807373, -0.015808105) * v0_3.x;
                s0_2 += HVEC4(0.029922485, -0.105041504, 0.04107666, 0.008979797) * v0_3.y;
                s0_2 += HVEC4(-0.10168457, 0.00076055527, -0.031982422, -0.043823242) * v0_3.z;
                s0_2 += HVEC4(-0.010520935, 0.07659912, 0.12792969, 0.0259552) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.008155823, 0.06262207, 0.016998291, 0.00844574) * v0_0.x;
                s0_3 += HVEC4(-0.022201538, -0.052856445, -0.004550934, -0.01802063) * v0_0.y;
                s0_3 += HVEC4(-0.00415802, 0.07366943, 0.0012044907, -0.038146973) * v0_0.z;
                s0_3 += HVEC4(-0.0093688965, 0.04260254, -0.03668213, 0.00072956085) * v0_0.w;
                s0_3 += HVEC4(0.0042495728, -0.19006348, 0.024169922, 0.03060913) * v0_1.x;
                s0_3 += HVEC4(-0.00092840195, -0.13720703, -0.005569458, 0.064331055) * v0_1.y;
                s0_3 += HVEC4(-0.011077881, 0.14001465, 0.012138367, -0.015472412) * v0_1.z;
                s0_3 += HVEC4(0.0053901672, 0.21411133, 0.025299072, 0.0011234283) * v0_1.w;
                s0_3 += HVEC4(0.008781433, 0.08331299, 0.011428833, -0.055114746) * v0_2.x;
                s0_3 += HVEC4(-0.008903503, 0.070129395, -0.05126953, -0.073791504) * v0_2.y;
                s0_3 += HVEC4(-0.017608643, 0.2154541, -0.016067505, -0.08673096) * v0_2.z;
                s0_3 += HVEC4(0.01927185, -0.19567871, 0.009117126, 0.0025177002) * v0_2.w;
                s0_3 += HVEC4(0.005104065, -0.05795288, -0.00033211708, -0.0069236755) * v0_3.x;
                s0_3 += HVEC4(0.008033752, 0.0892334, -0.03466797, 0.04473877) * v0_3.y;
                s0_3 += HVEC4(0.00018644333, -0.18200684, -0.02041626, -0.021362305) * v0_3.z;
                s0_3 += HVEC4(0.0069084167, 0.25048828, -0.0019102097, -0.02760315) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            a0_2 = max(a0_2, vec4(0.0));
            a0_3 = max(a0_3, vec4(0.0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
                imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
            }
        }
        if (more) {
            barrier();  // every thread is done reading this tile
if (i0 < 180) {
                tile[i0] = f0 ? HVEC4(n0_0) : HVEC4(0.0);
                tile[i0 + 180] = f0 ? HVEC4(n0_1) : HVEC4(0.0);
                tile[i0 + 360] = f0 ? HVEC4(n0_2) : HVEC4(0.0);
                tile[i0 + 540] = f0 ? HVEC4(n0_3) : HVEC4(0.0);
            }
            barrier();
        }
        origin.y += 8;
    }
}

//!DESC ArtCNN_C4F16_DN compute conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L4
//!BIND ArtCNN_C4F16_DN_L0
//!SAVE ArtCNN_C4F16_DN_L5
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 64 16 16

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 16 channels -> 16 channels, then add
// A workgroup computes 16x8 pixels with 16x16 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (18x10 pixels, 4 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared HVEC4 tile[720];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    for (int i = int(gl_LocalInvocationIndex); i < 180; i += 256) {
        ivec2 q = origin + ivec2(i % 18 - 1, i / 18 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    barrier();

    // The workgroup then walks down 4 tiles; while it computes one, the next one's texel
    // fetches are in flight.
    int i0 = int(gl_LocalInvocationIndex) + 0;
    bool f0 = false;
    vec4 n0_0 = vec4(0.0);
    vec4 n0_1 = vec4(0.0);
    vec4 n0_2 = vec4(0.0);
    vec4 n0_3 = vec4(0.0);

    // 2 slices of 16x8 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;
    for (int t = 0; t < 4; t++) {
        if (origin.y >= size.y)
            break;  // past the frame: the whole workgroup
        bool more = t + 1 < 4;
        if (more) {
            ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 + 7);
            f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
            q0 = clamp(q0, ivec2(0), last);
            n0_0 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(-0.00066560536, -0.004267358, 0.013700342, -0.010605738);
            vec4 a0_1 = vec4(0.007793551, 0.0055348487, -0.002082268, -0.005440815);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.15234375, -0.25927734, -0.11419678, 0.070373535) * v0_0.x;
                s0_0 += HVEC4(-0.02267456, 0.007499695, 0.024536133, -0.09436035) * v0_0.y;
                s0_0 += HVEC4(0.11920166, 0.018585205, -0.09350586, 0.07702637) * v0_0.z;
                s0_0 += HVEC4(-0.12792969, -0.0552063, 0.101989746, -0.117492676) * v0_0.w;
                s0_0 += HVEC4(-0.04071045, 0.10290527, 0.024459839, -0.026992798) * v0_1.x;
                s0_0 += HVEC4(0.07019043, 0.07537842, -0.10296631, 0.092285156) * v0_1.y;
                s0_0 += HVEC4(0.051818848, -0.095703125, -0.035980225, 0.03793335) * v0_1.z;
                s0_0 += HVEC4(0.068481445, 0.06384277, -0.05114746, -0.0011787415) * v0_1.w;
                s0_0 += HVEC4(0.014694214, -0.024932861, -0.010215759, 0.046936035) * v0_2.x;
                s0_0 += HVEC4(0.00932312, 0.08331299, -0.08282471, -0.03439331) * v0_2.y;
                s0_0 += HVEC4(-0.07104492, 0.1015625, 0.20544434, 0.018951416) * v0_2.z;
                s0_0 += HVEC4(0.0317688, 0.023101807, 0.06500244, -0.0069274902) * v0_2.w;
                s0_0 += HVEC4(0.0317688, 0.08618164, -0.06323242, 0.013305664) * v0_3.x;
                s0_0 += HVEC4(0.10003662, 0.0026798248, -0.12854004, 0.07019043) * v0_3.y;
                s0_0 += HVEC4(-0.054840088, 0.012458801, 0.010185242, -0.07434082) * v0_3.z;
                s0_0 += HVEC4(-0.014526367, -0.03930664, -0.031097412, 0.02734375) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.42041016, 0.09136963, -0.031341553, 0.2993164) * v0_0.x;
                s0_1 += HVEC4(-0.07824707, -0.066711426, -0.006198883, 0.06585693) * v0_0.y;
                s0_1 += HVEC4(0.025360107, 0.109375, -0.047576904, 0.068481445) * v0_0.z;
                s0_1 += HVEC4(-0.05709839, -0.15112305, 0.10498047, 0.008636475) * v0_0.w;
                s0_1 += HVEC4(-0.1015625, -0.023651123, -0.04348755, -0.1126709) * v0_1.x;
                s0_1 += HVEC4(0.18054199, 0.1472168, -0.24121094, 0.10620117) * v0_1.y;
                s0_1 += HVEC4(0.20507812, 0.06112671, -0.06185913, 0.011650085) * v0_1.z;
                s0_1 += HVEC4(-0.034423828, 0.09307861, -0.11407471, 0.047698975) * v0_1.w;
                s0_1 += HVEC4(0.030303955, 0.031219482, -0.006214142, 0.02645874) * v0_2.x;
                s0_1 += HVEC4(0.058807373, 0.07537842, 0.015289307, -0.03945923) * v0_2.y;
                s0_1 += HVEC4(0.015731812, -0.05419922, 0.06500244, -0.45141602) * v0_2.z;
                s0_1 += HVEC4(-0.0715332, -0.058624268, -0.05831909, -0.17700195) * v0_2.w;
                s0_1 += HVEC4(0.04815674, 0.12298584, -0.0881958, 0.054870605) * v0_3.x;
                s0_1 += HVEC4(0.03930664, 0.031036377, -0.054504395, 0.17578125) * v0_3.y;
                s0_1 += HVEC4(-0.029525757, -0.036987305, -0.012992859, -0.008392334) * v0_3.z;
                s0_1 += HVEC4(0.02798462, -0.050842285, 0.079589844, -0.058013916) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.47485352, -0.8798828, -0.03488159, -0.40795898) * v0_0.x;
                s0_0 += HVEC4(0.041137695, -0.008071899, 0.12390137, -0.08343506) * v0_0.y;
                s0_0 += HVEC4(-0.07476807, -0.048217773, 0.034362793, 0.022216797) * v0_0.z;
                s0_0 += HVEC4(-0.04434204, 0.026382446, 0.035980225, 0.018859863) * v0_0.w;
                s0_0 += HVEC4(0.15356445, 0.07043457, -0.09527588, 0.007171631) * v0_1.x;
                s0_0 += HVEC4(-0.1373291, 0.34350586, 0.2890625, 0.14440918) * v0_1.y;
                s0_0 += HVEC4(-0.14282227, -0.2232666, 0.055877686, 0.07354736) * v0_1.z;
                s0_0 += HVEC4(0.16577148, 0.018066406, -0.22912598, 0.032165527) * v0_1.w;
                s0_0 += HVEC4(-0.039123535, -0.041503906, 0.08544922, 0.023880005) * v0_2.x;
                s0_0 += HVEC4(-0.026428223, -0.0077590942, -0.037231445, -0.05731201) * v0_2.y;
                s0_0 += HVEC4(-0.15258789, -0.008224487, -0.053833008, 0.1394043) * v0_2.z;
                s0_0 += HVEC4(0.06011963, 0.006793976, -0.08728027, 0.075805664) * v0_2.w;
                s0_0 += HVEC4(-0.18139648, 0.01335907, 0.15014648, 0.0022201538) * v0_3.x;
                s0_0 += HVEC4(-0.2607422, -0.22937012, 0.17773438, 0.04699707) * v0_3.y;
                s0_0 += HVEC4(0.12573242, 0.15527344, -0.11932373, -0.010047913) * v0_3.z;
                s0_0 += HVEC4(-0.12695312, -0.120666504, 0.13989258, 0.080200195) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.33276367, -0.45581055, -0.123291016, 1.6660156) * v0_0.x;
                s0_1 += HVEC4(-0.2265625, -0.088012695, -0.11730957, -0.0012769699) * v0_0.y;
                s0_1 += HVEC4(0.06854248, 0.041809082, -0.08453369, -0.007911682) * v0_0.z;
                s0_1 += HVEC4(0.014953613, -0.011756897, 0.016326904, 0.11236572) * v0_0.w;
                s0_1 += HVEC4(-0.008857727, 0.020248413, 0.014091492, -0.28710938) * v0_1.x;
                s0_1 += HVEC4(-0.075683594, -0.09753418, -0.03591919, -0.056610107) * v0_1.y;
                s0_1 += HVEC4(0.20373535, 0.19006348, -0.16918945, 0.02709961) * v0_1.z;
                s0_1 += HVEC4(-0.049835205, 0.014328003, 0.25634766, -0.1640625) * v0_1.w;
                s0_1 += HVEC4(0.052368164, 0.070617676, -0.16796875, -0.09643555) * v0_2.x;
                s0_1 += HVEC4(-0.05722046, 0.006061554, -0.014259338, -0.039001465) * v0_2.y;
                s0_1 += HVEC4(0.09094238, 0.066589355, -0.012886047, 0.26391602) * v0_2.z;
                s0_1 += HVEC4(-0.06085205, -0.003709793, 0.22790527, -0.24291992) * v0_2.w;
                s0_1 += HVEC4(0.09661865, -0.11517334, -0.19018555, 0.04071045) * v0_3.x;
                s0_1 += HVEC4(0.14648438, -0.027618408, -0.16296387, 0.12561035) * v0_3.y;
                s0_1 += HVEC4(0.02848816, 0.046813965, 0.16552734, 0.05102539) * v0_3.z;
                s0_1 += HVEC4(0.15991211, 0.008079529, 0.1953125, 0.094055176) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.5444336, -0.3310547, -0.48632812, -0.39697266) * v0_0.x;
                s0_0 += HVEC4(0.14477539, 0.15124512, 0.13708496, -0.20996094) * v0_0.y;
                s0_0 += HVEC4(-0.027114868, -0.07067871, -0.027374268, 0.018127441) * v0_0.z;
                s0_0 += HVEC4(0.037078857, 0.05178833, 0.0119018555, 0.007171631) * v0_0.w;
                s0_0 += HVEC4(0.12561035, 0.12817383, 0.09991455, 0.066223145) * v0_1.x;
                s0_0 += HVEC4(0.09423828, 0.11376953, 0.01689148, -0.04724121) * v0_1.y;
                s0_0 += HVEC4(-0.13696289, -0.15515137, -0.19909668, 0.06744385) * v0_1.z;
                s0_0 += HVEC4(0.016296387, -0.036315918, 0.012420654, -0.012962341) * v0_1.w;
                s0_0 += HVEC4(-0.003293991, 0.041229248, 0.020507812, 0.03186035) * v0_2.x;
                s0_0 += HVEC4(-0.043640137, 0.038330078, 0.048919678, 0.075683594) * v0_2.y;
                s0_0 += HVEC4(0.010414124, -0.02645874, -0.017425537, -0.037384033) * v0_2.z;
                s0_0 += HVEC4(0.24023438, -0.004058838, -0.092041016, -0.008506775) * v0_2.w;
                s0_0 += HVEC4(-0.060028076, 0.10015869, 0.119628906, 0.0014362335) * v0_3.x;
                s0_0 += HVEC4(-0.07531738, -0.14221191, -0.12463379, -0.035614014) * v0_3.y;
                s0_0 += HVEC4(-0.007446289, 0.10253906, 0.08465576, 0.002735138) * v0_3.z;
                s0_0 += HVEC4(0.025024414, 0.005077362, -0.056732178, 0.08654785) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.75, -0.23486328, 0.5649414, 0.44555664) * v0_0.x;
                s0_1 += HVEC4(-0.22644043, -0.11376953, -0.2734375, -0.014411926) * v0_0.y;
                s0_1 += HVEC4(0.044647217, -0.032958984, -0.03591919, 0.07293701) * v0_0.z;
                s0_1 += HVEC4(-0.04006958, 0.015609741, -0.04928589, 0.03945923) * v0_0.w;
                s0_1 += HVEC4(-0.087402344, 0.023727417, -0.076538086, -0.23596191) * v0_1.x;
                s0_1 += HVEC4(-0.0803833, 0.08282471, 0.2310791, -0.053771973) * v0_1.y;
                s0_1 += HVEC4(0.13134766, 0.06384277, 0.1977539, -0.00044226646) * v0_1.z;
                s0_1 += HVEC4(0.05154419, 0.020385742, -0.03451538, -0.07470703) * v0_1.w;
                s0_1 += HVEC4(0.07574463, 0.020599365, -0.034606934, 0.02067566) * v0_2.x;
                s0_1 += HVEC4(0.07232666, -0.08074951, -0.026260376, 0.07763672) * v0_2.y;
                s0_1 += HVEC4(-0.016677856, -0.009597778, 0.008056641, 0.10095215) * v0_2.z;
                s0_1 += HVEC4(-0.058135986, 0.04083252, 0.10131836, 0.06616211) * v0_2.w;
                s0_1 += HVEC4(-0.070617676, -0.0016326904, -0.09765625, -0.16125488) * v0_3.x;
                s0_1 += HVEC4(0.083618164, -0.06744385, 0.03656006, 0.16308594) * v0_3.y;
                s0_1 += HVEC4(-0.0009636879, 0.093811035, -0.016693115, -0.024276733) * v0_3.z;
                s0_1 += HVEC4(0.14746094, 0.14099121, 0.1586914, 0.20239258) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.01134491, 0.08325195, 0.060791016, 0.0803833) * v0_0.x;
                s0_0 += HVEC4(-0.0002939701, 0.11791992, 0.07757568, -0.008865356) * v0_0.y;
                s0_0 += HVEC4(-0.06414795, -0.08465576, 0.016555786, -0.10882568) * v0_0.z;
                s0_0 += HVEC4(0.072265625, 0.027526855, -0.09832764, 0.02243042) * v0_0.w;
                s0_0 += HVEC4(-0.013206482, 0.06262207, 0.059326172, 0.035705566) * v0_1.x;
                s0_0 += HVEC4(-0.0038909912, 0.050750732, 0.07373047, -0.009963989) * v0_1.y;
                s0_0 += HVEC4(-0.0071372986, -0.038757324, -0.05343628, -0.051818848) * v0_1.z;
                s0_0 += HVEC4(-0.09942627, -0.11224365, -0.031982422, -0.07550049) * v0_1.w;
                s0_0 += HVEC4(-0.103637695, 0.014343262, 0.06744385, -0.02319336) * v0_2.x;
                s0_0 += HVEC4(-0.024749756, -0.010223389, -0.015304565, 0.012207031) * v0_2.y;
                s0_0 += HVEC4(-0.6748047, 0.1194458, 0.08581543, -0.57958984) * v0_2.z;
                s0_0 += HVEC4(0.01751709, -0.13891602, -0.093933105, -0.023361206) * v0_2.w;
                s0_0 += HVEC4(-0.023834229, 0.14013672, 0.2836914, -0.022476196) * v0_3.x;
                s0_0 += HVEC4(0.14233398, -0.24804688, 0.12365723, -0.05859375) * v0_3.y;
                s0_0 += HVEC4(-0.20251465, 0.21582031, -0.15979004, -0.0036506653) * v0_3.z;
                s0_0 += HVEC4(-0.10192871, -0.024261475, 0.03704834, 0.041503906) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.07397461, 0.010467529, 0.005630493, 0.033447266) * v0_0.x;
                s0_1 += HVEC4(-0.1237793, -0.037994385, -0.033996582, -0.13012695) * v0_0.y;
                s0_1 += HVEC4(0.05911255, 0.023101807, 0.046020508, 0.025604248) * v0_0.z;
                s0_1 += HVEC4(0.004535675, -0.07757568, -0.16699219, 0.042816162) * v0_0.w;
                s0_1 += HVEC4(-0.14782715, 0.062438965, 0.11834717, 0.052734375) * v0_1.x;
                s0_1 += HVEC4(-0.036865234, 0.023788452, 0.036346436, -0.009597778) * v0_1.y;
                s0_1 += HVEC4(0.053344727, 0.037322998, -0.076416016, 0.0647583) * v0_1.z;
                s0_1 += HVEC4(-0.06896973, -0.06317139, 0.21496582, -0.007419586) * v0_1.w;
                s0_1 += HVEC4(0.053833008, 0.055541992, 0.043518066, -0.009170532) * v0_2.x;
                s0_1 += HVEC4(0.0032978058, 0.078308105, 0.0046463013, -0.0770874) * v0_2.y;
                s0_1 += HVEC4(0.15454102, -0.36816406, 0.008163452, -0.91796875) * v0_2.z;
                s0_1 += HVEC4(0.12927246, 0.06365967, -0.014167786, 0.29541016) * v0_2.w;
                s0_1 += HVEC4(-0.014343262, 0.030410767, -0.025680542, -0.31713867) * v0_3.x;
                s0_1 += HVEC4(0.33447266, 0.0058784485, -0.24145508, -0.0463562) * v0_3.y;
                s0_1 += HVEC4(-0.2388916, -0.081726074, 0.18823242, -0.07232666) * v0_3.z;
                s0_1 += HVEC4(0.09259033, -0.015975952, 0.09741211, 0.024536133) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(0.11480713, 0.11199951, 0.15991211, 0.24255371) * v0_0.x;
                s0_0 += HVEC4(0.08135986, 0.10845947, 0.31445312, 0.1817627) * v0_0.y;
                s0_0 += HVEC4(0.24951172, -0.62158203, -0.055725098, -0.13879395) * v0_0.z;
                s0_0 += HVEC4(-0.5263672, 0.56884766, -0.15527344, 0.03930664) * v0_0.w;
                s0_0 += HVEC4(0.2939453, 0.24804688, 0.03189087, 0.078430176) * v0_1.x;
                s0_0 += HVEC4(0.35742188, -0.0038452148, 0.35498047, 0.012191772) * v0_1.y;
                s0_0 += HVEC4(0.25756836, -0.24157715, 0.29541016, -0.0496521) * v0_1.z;
                s0_0 += HVEC4(0.5932617, -0.45703125, -0.11126709, 0.21252441) * v0_1.w;
                s0_0 += HVEC4(0.062927246, -0.17675781, 0.068359375, 0.007282257) * v0_2.x;
                s0_0 += HVEC4(-0.030044556, -0.006904602, 0.020233154, 0.010269165) * v0_2.y;
                s0_0 += HVEC4(-0.06970215, 0.1550293, -0.09680176, 0.21704102) * v0_2.z;
                s0_0 += HVEC4(0.009490967, 0.29296875, -0.15209961, 0.046966553) * v0_2.w;
                s0_0 += HVEC4(0.23352051, -0.47827148, 0.21166992, -0.007671356) * v0_3.x;
                s0_0 += HVEC4(-0.3317871, -0.63671875, -0.40966797, -0.25952148) * v0_3.y;
                s0_0 += HVEC4(0.24816895, 0.5341797, 0.28466797, 0.1508789) * v0_3.z;
                s0_0 += HVEC4(-0.32348633, -0.04638672, -0.082336426, 0.14978027) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.21154785, -0.010940552, -0.22253418, -0.059417725) * v0_0.x;
                s0_1 += HVEC4(0.0012874603, 0.03265381, 0.049316406, 0.01701355) * v0_0.y;
                s0_1 += HVEC4(0.44433594, 0.14440918, 0.030136108, -0.056671143) * v0_0.z;
                s0_1 += HVEC4(-0.26831055, -0.20935059, -0.15002441, 0.20861816) * v0_0.w;
                s0_1 += HVEC4(-0.3552246, -0.09680176, -0.13635254, 0.4020996) * v0_1.x;
                s0_1 += HVEC4(-0.020523071, 0.14831543, -0.14379883, -0.055541992) * v0_1.y;
                s0_1 += HVEC4(0.1616211, 0.3190918, 0.31884766, 0.32763672) * v0_1.z;
                s0_1 += HVEC4(-0.14050293, 0.33789062, 0.2614746, -0.2475586) * v0_1.w;
                s0_1 += HVEC4(0.080322266, -0.15637207, 0.10650635, -0.21081543) * v0_2.x;
                s0_1 += HVEC4(-0.07751465, -0.050476074, 0.006881714, -0.027160645) * v0_2.y;
                s0_1 += HVEC4(0.0491333, 0.26586914, -0.32739258, -0.14160156) * v0_2.z;
                s0_1 += HVEC4(0.07702637, 0.25976562, -0.01991272, 0.67041016) * v0_2.w;
                s0_1 += HVEC4(-0.21447754, -0.23803711, 0.13195801, -0.5498047) * v0_3.x;
                s0_1 += HVEC4(0.7578125, 0.14575195, 0.18273926, 0.21801758) * v0_3.y;
                s0_1 += HVEC4(-0.6567383, -0.1583252, 0.09301758, -0.4272461) * v0_3.z;
                s0_1 += HVEC4(0.42285156, -0.028869629, -0.11480713, -0.80615234) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.09698486, -0.04714966, -0.09466553, 0.014701843) * v0_0.x;
                s0_0 += HVEC4(-0.17004395, 0.30249023, -0.10797119, -0.015670776) * v0_0.y;
                s0_0 += HVEC4(-0.17675781, -0.11621094, 0.030288696, 0.08227539) * v0_0.z;
                s0_0 += HVEC4(0.17370605, 0.14733887, 0.0057678223, -0.10424805) * v0_0.w;
                s0_0 += HVEC4(-0.013534546, 0.12445068, 0.059020996, -0.1159668) * v0_1.x;
                s0_0 += HVEC4(-0.061279297, 0.017547607, 0.06713867, -0.07122803) * v0_1.y;
                s0_0 += HVEC4(0.008651733, -0.013328552, -0.0015764236, 0.041625977) * v0_1.z;
                s0_0 += HVEC4(-0.060058594, -0.060668945, 0.021896362, -0.041046143) * v0_1.w;
                s0_0 += HVEC4(0.012138367, -0.042053223, 0.01638794, -0.05697632) * v0_2.x;
                s0_0 += HVEC4(0.039886475, 0.01939392, -0.07122803, 0.007873535) * v0_2.y;
                s0_0 += HVEC4(-0.037841797, 0.0056037903, 0.09820557, 0.025405884) * v0_2.z;
                s0_0 += HVEC4(-0.07324219, 0.17565918, 0.16906738, 0.0010604858) * v0_2.w;
                s0_0 += HVEC4(-0.14782715, -0.13537598, -0.22839355, 0.055541992) * v0_3.x;
                s0_0 += HVEC4(-0.20593262, -0.054718018, 0.035888672, 0.07574463) * v0_3.y;
                s0_0 += HVEC4(0.07904053, 0.04534912, -0.013000488, -0.06781006) * v0_3.z;
                s0_0 += HVEC4(-0.19299316, -0.6826172, 0.042510986, -0.25390625) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.05999756, -0.1595459, 0.12182617, 0.13635254) * v0_0.x;
                s0_1 += HVEC4(-0.4658203, -0.09442139, 0.05429077, -0.31982422) * v0_0.y;
                s0_1 += HVEC4(0.035095215, -0.11450195, -0.20996094, 0.029586792) * v0_0.z;
                s0_1 += HVEC4(0.025924683, 0.057800293, 0.07904053, 0.07208252) * v0_0.w;
                s0_1 += HVEC4(-0.09881592, -0.18774414, -0.10662842, -0.12310791) * v0_1.x;
                s0_1 += HVEC4(0.055511475, 0.04006958, 0.09906006, 0.28833008) * v0_1.y;
                s0_1 += HVEC4(0.04208374, 0.050445557, 0.101135254, 0.18017578) * v0_1.z;
                s0_1 += HVEC4(-0.041412354, -0.21716309, -0.18054199, 0.081604004) * v0_1.w;
                s0_1 += HVEC4(-0.03086853, 0.083740234, -0.047332764, -0.036499023) * v0_2.x;
                s0_1 += HVEC4(-0.04385376, -0.087646484, -0.07623291, 0.0725708) * v0_2.y;
                s0_1 += HVEC4(0.05038452, 0.023757935, -0.041900635, 0.06628418) * v0_2.z;
                s0_1 += HVEC4(-0.11755371, 0.07476807, -0.19396973, 0.00907135) * v0_2.w;
                s0_1 += HVEC4(0.11602783, -0.024795532, 0.13891602, -0.31591797) * v0_3.x;
                s0_1 += HVEC4(-0.019592285, 0.05718994, -0.11291504, -0.07562256) * v0_3.y;
                s0_1 += HVEC4(-0.13769531, -0.05130005, 0.08465576, -0.019989014) * v0_3.z;
                s0_1 += HVEC4(0.4230957, -0.32592773, -0.035888672, -0.21472168) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.016921997, -0.0018100739, -0.021987915, -0.007789612) * v0_0.x;
                s0_0 += HVEC4(-0.015060425, 0.042022705, 0.033355713, -0.06500244) * v0_0.y;
                s0_0 += HVEC4(-0.0491333, -0.042755127, 0.11993408, -0.009117126) * v0_0.z;
                s0_0 += HVEC4(-0.05935669, -0.016921997, -0.09649658, -0.042755127) * v0_0.w;
                s0_0 += HVEC4(-0.0027046204, -0.0019950867, -0.0135650635, -0.05621338) * v0_1.x;
                s0_0 += HVEC4(-0.035095215, 0.070007324, -0.01600647, -0.03567505) * v0_1.y;
                s0_0 += HVEC4(-0.038879395, 0.006351471, -0.001200676, 0.013664246) * v0_1.z;
                s0_0 += HVEC4(-0.008262634, -0.08306885, 0.16479492, 0.025131226) * v0_1.w;
                s0_0 += HVEC4(-0.01322937, 0.045684814, 0.009246826, 0.005924225) * v0_2.x;
                s0_0 += HVEC4(0.0029239655, -0.013931274, 0.07312012, 0.06744385) * v0_2.y;
                s0_0 += HVEC4(-0.6582031, 0.033233643, -0.7324219, -0.265625) * v0_2.z;
                s0_0 += HVEC4(-0.002866745, 0.026947021, -0.034454346, 0.09790039) * v0_2.w;
                s0_0 += HVEC4(-0.06097412, -0.007331848, -0.1262207, -0.06951904) * v0_3.x;
                s0_0 += HVEC4(-0.21447754, -0.17663574, 0.21362305, 0.12683105) * v0_3.y;
                s0_0 += HVEC4(0.12683105, 0.05407715, -0.23730469, -0.050994873) * v0_3.z;
                s0_0 += HVEC4(0.025634766, 0.025360107, -0.03387451, -0.0075149536) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.0005455017, 0.014198303, -0.008453369, -0.018966675) * v0_0.x;
                s0_1 += HVEC4(-0.07183838, -0.012954712, 0.024597168, -0.071899414) * v0_0.y;
                s0_1 += HVEC4(0.01751709, 0.07885742, 0.16552734, -0.017318726) * v0_0.z;
                s0_1 += HVEC4(0.08203125, -0.12854004, -0.10583496, -0.06298828) * v0_0.w;
                s0_1 += HVEC4(-0.06640625, -0.05178833, -0.024551392, -0.010879517) * v0_1.x;
                s0_1 += HVEC4(-0.03729248, -0.01914978, 0.002981186, -0.08251953) * v0_1.y;
                s0_1 += HVEC4(-0.0034313202, -0.0046577454, 0.022369385, -0.07055664) * v0_1.z;
                s0_1 += HVEC4(0.022583008, 0.056488037, 0.10357666, 0.03262329) * v0_1.w;
                s0_1 += HVEC4(-0.08660889, 0.046203613, 0.056793213, -0.05291748) * v0_2.x;
                s0_1 += HVEC4(0.037231445, -0.01007843, -0.08758545, 0.008430481) * v0_2.y;
                s0_1 += HVEC4(-0.22033691, -0.42382812, -0.07910156, -1.1826172) * v0_2.z;
                s0_1 += HVEC4(0.009475708, -0.13720703, -0.09979248, -0.054229736) * v0_2.w;
                s0_1 += HVEC4(-0.12695312, 0.07116699, 0.097351074, -0.125) * v0_3.x;
                s0_1 += HVEC4(0.2524414, 0.05014038, 0.2783203, -0.12915039) * v0_3.y;
                s0_1 += HVEC4(-0.17175293, -0.068481445, -0.19360352, 0.15466309) * v0_3.z;
                s0_1 += HVEC4(-0.038482666, 0.008682251, -0.037628174, 0.08703613) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.115478516, -0.12133789, 0.23449707, 0.033477783) * v0_0.x;
                s0_0 += HVEC4(0.18615723, 0.07775879, -0.22338867, -0.014022827) * v0_0.y;
                s0_0 += HVEC4(-0.009292603, -0.06384277, 0.023742676, 0.07977295) * v0_0.z;
                s0_0 += HVEC4(-0.2734375, 0.08105469, -0.3569336, -0.02835083) * v0_0.w;
                s0_0 += HVEC4(0.124694824, 0.021331787, 0.07922363, 0.09674072) * v0_1.x;
                s0_0 += HVEC4(0.1665039, -0.01763916, -0.013748169, 0.046142578) * v0_1.y;
                s0_0 += HVEC4(0.025863647, 0.07385254, 0.0657959, -0.011459351) * v0_1.z;
                s0_0 += HVEC4(0.00066661835, -0.20495605, 0.08282471, -0.00843811) * v0_1.w;
                s0_0 += HVEC4(-0.07141113, 0.014564514, 0.01977539, -0.027236938) * v0_2.x;
                s0_0 += HVEC4(-0.054260254, 0.038269043, 0.038513184, -0.04876709) * v0_2.y;
                s0_0 += HVEC4(0.16577148, -0.09680176, 0.028930664, 0.13513184) * v0_2.z;
                s0_0 += HVEC4(0.2010498, 0.0005784035, 0.19213867, 0.039123535) * v0_2.w;
                s0_0 += HVEC4(0.03778076, -0.022354126, 0.039794922, -0.030029297) * v0_3.x;
                s0_0 += HVEC4(-0.10180664, -0.15966797, -0.3527832, 0.009666443) * v0_3.y;
                s0_0 += HVEC4(0.10723877, 0.018341064, 0.14697266, -0.027404785) * v0_3.z;
                s0_0 += HVEC4(-0.124694824, 0.02029419, 0.09588623, 0.021392822) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.018341064, 0.0803833, 0.14672852, 0.19665527) * v0_0.x;
                s0_1 += HVEC4(-0.1182251, -0.19482422, -0.37304688, -0.2019043) * v0_0.y;
                s0_1 += HVEC4(0.037353516, -0.18859863, -0.06048584, -0.02609253) * v0_0.z;
                s0_1 += HVEC4(0.058898926, 0.013442993, -0.028656006, -0.20483398) * v0_0.w;
                s0_1 += HVEC4(-0.05267334, -0.019363403, -0.021072388, 0.056518555) * v0_1.x;
                s0_1 += HVEC4(-0.02027893, 0.15905762, 0.05508423, -0.058380127) * v0_1.y;
                s0_1 += HVEC4(0.060058594, 0.083984375, -0.040100098, -0.13183594) * v0_1.z;
                s0_1 += HVEC4(-0.19958496, -0.17810059, 0.08026123, 0.0670166) * v0_1.w;
                s0_1 += HVEC4(0.12322998, -0.10144043, -0.047729492, -0.13293457) * v0_2.x;
                s0_1 += HVEC4(0.009925842, -0.06347656, 0.042175293, -0.060333252) * v0_2.y;
                s0_1 += HVEC4(0.051849365, 0.10473633, 0.010520935, 0.0028533936) * v0_2.z;
                s0_1 += HVEC4(-0.17224121, 0.23669434, 0.088378906, 0.31762695) * v0_2.w;
                s0_1 += HVEC4(0.02357483, 0.025222778, 0.055358887, -0.105163574) * v0_3.x;
                s0_1 += HVEC4(0.097961426, -0.07879639, -0.18859863, -0.06008911) * v0_3.y;
                s0_1 += HVEC4(-0.06335449, 0.17858887, 0.07849121, 0.3046875) * v0_3.z;
                s0_1 += HVEC4(0.22033691, 0.14343262, 0.09173584, -0.046539307) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.03451538, 0.030410767, -0.0680542, -0.0017652512) * v0_0.x;
                s0_0 += HVEC4(-0.15319824, 0.074401855, 0.08673096, -0.032318115) * v0_0.y;
                s0_0 += HVEC4(0.12365723, -0.025680542, -0.0018596649, 0.011062622) * v0_0.z;
                s0_0 += HVEC4(-0.22399902, 0.055114746, -0.050201416, -0.013839722) * v0_0.w;
                s0_0 += HVEC4(0.068603516, -0.023223877, -0.009468079, -0.020950317) * v0_1.x;
                s0_0 += HVEC4(-0.0016536713, 0.03778076, 0.070739746, 0.009597778) * v0_1.y;
                s0_0 += HVEC4(-0.07348633, 0.021316528, -0.024475098, -0.014945984) * v0_1.z;
                s0_0 += HVEC4(0.045654297, -0.008964539, -0.05960083, -0.009857178) * v0_1.w;
                s0_0 += HVEC4(-0.024765015, 0.016464233, -0.035858154, -0.00018489361) * v0_2.x;
                s0_0 += HVEC4(0.07098389, 0.02784729, -0.016693115, -0.02520752) * v0_2.y;
                s0_0 += HVEC4(0.02104187, -0.010246277, -0.055847168, 0.020721436) * v0_2.z;
                s0_0 += HVEC4(0.124816895, 0.0034332275, -0.00050878525, 0.023910522) * v0_2.w;
                s0_0 += HVEC4(0.062927246, 0.0011491776, 0.11248779, -0.012268066) * v0_3.x;
                s0_0 += HVEC4(0.1829834, -0.088134766, 0.07678223, 0.035949707) * v0_3.y;
                s0_0 += HVEC4(-0.15222168, 0.037872314, -0.0029907227, -0.016143799) * v0_3.z;
                s0_0 += HVEC4(0.0625, 0.10620117, -0.20129395, -0.06616211) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.043121338, -0.015274048, -0.06542969, -0.027572632) * v0_0.x;
                s0_1 += HVEC4(-0.07293701, -0.0075950623, 0.16308594, -0.1661377) * v0_0.y;
                s0_1 += HVEC4(-0.023223877, 0.024093628, 0.032165527, -0.05557251) * v0_0.z;
                s0_1 += HVEC4(0.10449219, -0.0368042, -0.07525635, -0.07434082) * v0_0.w;
                s0_1 += HVEC4(-0.04537964, -0.042266846, 0.020858765, 0.005619049) * v0_1.x;
                s0_1 += HVEC4(0.035003662, 0.031463623, -0.023803711, 0.16809082) * v0_1.y;
                s0_1 += HVEC4(0.014274597, 0.0056152344, -0.0023269653, -0.004081726) * v0_1.z;
                s0_1 += HVEC4(0.029251099, -0.01285553, -0.02432251, -0.15356445) * v0_1.w;
                s0_1 += HVEC4(-0.017456055, 0.053771973, -0.008270264, -0.05831909) * v0_2.x;
                s0_1 += HVEC4(-0.043060303, -0.031677246, 0.0044822693, -0.037322998) * v0_2.y;
                s0_1 += HVEC4(-0.008460999, -0.057678223, 0.052093506, -0.03363037) * v0_2.z;
                s0_1 += HVEC4(-0.2401123, -0.03817749, 0.12597656, 0.17919922) * v0_2.w;
                s0_1 += HVEC4(0.22692871, 0.084350586, -0.033172607, 0.030410767) * v0_3.x;
                s0_1 += HVEC4(-0.063964844, 0.024032593, 0.099975586, 0.08337402) * v0_3.y;
                s0_1 += HVEC4(0.07977295, 0.08050537, -0.057525635, -0.03274536) * v0_3.z;
                s0_1 += HVEC4(-0.03439331, -0.25048828, -0.17224121, -0.11206055) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            ivec2 c0 = min(p0, last);
            a0_0 += vec4(texelFetch(ArtCNN_C4F16_DN_L0_raw, c0 * ivec2(2, 2) + ivec2(0, 0), 0));
            a0_1 += vec4(texelFetch(ArtCNN_C4F16_DN_L0_raw, c0 * ivec2(2, 2) + ivec2(1, 0), 0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.011697394, 0.006271419, 0.0030887362, 0.0042083524);
            vec4 a0_3 = vec4(-0.0019972357, 0.0037007425, 0.028737424, -0.022928216);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(0.20715332, -0.0074272156, -0.25756836, 0.109375) * v0_0.x;
                s0_2 += HVEC4(-0.024337769, 0.027252197, -0.07897949, 0.027404785) * v0_0.y;
                s0_2 += HVEC4(0.03955078, -0.07171631, 0.057647705, -0.026306152) * v0_0.z;
                s0_2 += HVEC4(0.028808594, 0.026046753, -0.15661621, 0.057037354) * v0_0.w;
                s0_2 += HVEC4(-0.077819824, 0.060791016, 0.11193848, -0.048858643) * v0_1.x;
                s0_2 += HVEC4(0.14782715, 0.010551453, 0.021987915, -0.07116699) * v0_1.y;
                s0_2 += HVEC4(0.15673828, -0.06677246, 0.029006958, 0.052459717) * v0_1.z;
                s0_2 += HVEC4(-0.034851074, -0.027313232, 0.03375244, -0.08148193) * v0_1.w;
                s0_2 += HVEC4(0.04348755, -0.032714844, -0.014289856, 0.026687622) * v0_2.x;
                s0_2 += HVEC4(-0.024887085, 0.0019931793, 0.058288574, -0.0077934265) * v0_2.y;
                s0_2 += HVEC4(0.04446411, -0.14099121, 0.3713379, 0.028259277) * v0_2.z;
                s0_2 += HVEC4(-0.20776367, -0.019744873, 0.15490723, -0.06964111) * v0_2.w;
                s0_2 += HVEC4(0.07147217, 0.048614502, 0.18798828, -0.00894165) * v0_3.x;
                s0_2 += HVEC4(0.09753418, -0.021362305, -0.057159424, 0.037872314) * v0_3.y;
                s0_2 += HVEC4(-0.002210617, 0.03515625, -0.03152466, 0.013671875) * v0_3.z;
                s0_2 += HVEC4(0.012649536, -0.028289795, 0.026428223, 0.061798096) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.0037193298, 0.36669922, -0.118896484, -0.21240234) * v0_0.x;
                s0_3 += HVEC4(0.030700684, 0.062561035, -0.004043579, -0.047576904) * v0_0.y;
                s0_3 += HVEC4(-0.024810791, 0.011108398, -0.034698486, 0.074035645) * v0_0.z;
                s0_3 += HVEC4(0.01146698, -0.057556152, 0.05053711, 0.010421753) * v0_0.w;
                s0_3 += HVEC4(0.04788208, -0.024169922, 0.015716553, -0.048828125) * v0_1.x;
                s0_3 += HVEC4(-0.11553955, 0.06323242, -0.022872925, -0.030349731) * v0_1.y;
                s0_3 += HVEC4(-0.13537598, -0.005645752, -0.022415161, 0.079956055) * v0_1.z;
                s0_3 += HVEC4(0.057159424, 0.10247803, 0.034454346, -0.054840088) * v0_1.w;
                s0_3 += HVEC4(0.03656006, 0.01322937, 0.046142578, 0.07623291) * v0_2.x;
                s0_3 += HVEC4(0.07373047, -0.07489014, -0.015571594, -0.07879639) * v0_2.y;
                s0_3 += HVEC4(-0.2849121, -0.01890564, -0.077697754, 0.28271484) * v0_2.z;
                s0_3 += HVEC4(-0.021759033, 0.0871582, -0.014129639, -0.04534912) * v0_2.w;
                s0_3 += HVEC4(0.010673523, -0.09448242, -0.06738281, 0.009857178) * v0_3.x;
                s0_3 += HVEC4(-0.019699097, 0.076416016, 0.019897461, 0.119140625) * v0_3.y;
                s0_3 += HVEC4(0.047332764, 0.0036830902, 0.03918457, -0.078063965) * v0_3.z;
                s0_3 += HVEC4(-0.0023384094, -0.07287598, -0.034423828, 0.08117676) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.42797852, 0.41674805, -1.1367188, -0.35229492) * v0_0.x;
                s0_2 += HVEC4(-0.3803711, 0.03225708, 0.010818481, 0.0057258606) * v0_0.y;
                s0_2 += HVEC4(0.048828125, -0.010002136, -0.05810547, -0.04562378) * v0_0.z;
                s0_2 += HVEC4(-0.0368042, 0.036132812, 0.09655762, 0.044708252) * v0_0.w;
                s0_2 += HVEC4(0.054138184, -0.097961426, -0.07543945, 0.072265625) * v0_1.x;
                s0_2 += HVEC4(-0.26220703, 0.25756836, 0.020080566, -0.04071045) * v0_1.y;
                s0_2 += HVEC4(0.17797852, -0.10345459, 0.00088882446, -0.15588379) * v0_1.z;
                s0_2 += HVEC4(0.08312988, -0.092163086, -0.05255127, 0.020904541) * v0_1.w;
                s0_2 += HVEC4(0.16308594, 0.06304932, 0.07373047, -0.051940918) * v0_2.x;
                s0_2 += HVEC4(-0.08465576, -0.04916382, 0.066467285, 0.06311035) * v0_2.y;
                s0_2 += HVEC4(0.0017156601, 0.054351807, 0.1227417, 0.00014555454) * v0_2.z;
                s0_2 += HVEC4(0.087890625, 0.016815186, 0.07659912, -0.08862305) * v0_2.w;
                s0_2 += HVEC4(-0.009246826, 0.0036258698, -0.1348877, 0.089660645) * v0_3.x;
                s0_2 += HVEC4(0.03314209, 0.068725586, -0.074523926, -0.0418396) * v0_3.y;
                s0_2 += HVEC4(0.15600586, -0.019302368, 0.11010742, 0.12902832) * v0_3.z;
                s0_2 += HVEC4(0.027694702, 0.04699707, -0.1472168, 0.14245605) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.25195312, 0.82910156, 0.15991211, -0.22045898) * v0_0.x;
                s0_3 += HVEC4(0.16894531, 0.19592285, -0.03387451, -0.14221191) * v0_0.y;
                s0_3 += HVEC4(0.1385498, -0.021331787, 0.06976318, 0.030044556) * v0_0.z;
                s0_3 += HVEC4(-0.25439453, -0.023635864, -0.09295654, 0.02835083) * v0_0.w;
                s0_3 += HVEC4(0.2619629, -0.02166748, 0.03967285, -0.08111572) * v0_1.x;
                s0_3 += HVEC4(-0.5205078, 0.15856934, 0.04977417, 0.064208984) * v0_1.y;
                s0_3 += HVEC4(-0.27246094, 0.1998291, -0.13598633, 0.08929443) * v0_1.z;
                s0_3 += HVEC4(0.32373047, -0.10992432, 0.043182373, -0.026947021) * v0_1.w;
                s0_3 += HVEC4(0.08111572, 0.00705719, 0.13879395, 0.010749817) * v0_2.x;
                s0_3 += HVEC4(0.08099365, -0.07910156, -0.055358887, 0.039764404) * v0_2.y;
                s0_3 += HVEC4(-0.064453125, 0.016220093, -0.07366943, 0.16235352) * v0_2.z;
                s0_3 += HVEC4(0.075927734, -0.04434204, 0.16992188, 0.010131836) * v0_2.w;
                s0_3 += HVEC4(0.3034668, 0.014511108, -0.009651184, -0.009529114) * v0_3.x;
                s0_3 += HVEC4(-0.10992432, -0.09515381, 0.07299805, 0.08557129) * v0_3.y;
                s0_3 += HVEC4(-0.103637695, 0.06732178, -0.07421875, -0.043426514) * v0_3.z;
                s0_3 += HVEC4(-0.27026367, -0.094177246, 0.013656616, 0.15429688) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.47558594, 0.095703125, -0.6044922, -0.1161499) * v0_0.x;
                s0_2 += HVEC4(-0.3334961, -0.036895752, 0.099853516, 0.0052452087) * v0_0.y;
                s0_2 += HVEC4(0.06097412, -0.004573822, 0.017791748, 0.025909424) * v0_0.z;
                s0_2 += HVEC4(-0.07232666, -0.0033111572, -0.029006958, 0.009880066) * v0_0.w;
                s0_2 += HVEC4(-0.18237305, -0.055541992, 0.061157227, -0.0395813) * v0_1.x;
                s0_2 += HVEC4(-0.023376465, -0.024154663, 0.13769531, -0.051361084) * v0_1.y;
                s0_2 += HVEC4(0.18115234, 0.092041016, 0.021347046, -0.031311035) * v0_1.z;
                s0_2 += HVEC4(0.07543945, -0.0044784546, -0.043304443, -0.009597778) * v0_1.w;
                s0_2 += HVEC4(0.027618408, -0.016906738, 0.07421875, 0.07543945) * v0_2.x;
                s0_2 += HVEC4(-0.024353027, -0.072143555, 0.05935669, 0.08312988) * v0_2.y;
                s0_2 += HVEC4(0.0038490295, 0.016525269, -0.10723877, 0.012039185) * v0_2.z;
                s0_2 += HVEC4(-0.11016846, -0.049926758, -0.12731934, 0.05117798) * v0_2.w;
                s0_2 += HVEC4(-0.039733887, 0.004009247, 0.26220703, -0.06640625) * v0_3.x;
                s0_2 += HVEC4(0.15759277, 0.042053223, -0.08459473, 0.081604004) * v0_3.y;
                s0_2 += HVEC4(-0.022201538, -0.0032043457, 0.14550781, -0.060546875) * v0_3.z;
                s0_2 += HVEC4(0.07824707, -0.03640747, -0.016967773, 0.05987549) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.006088257, 0.41674805, 0.22094727, -0.052825928) * v0_0.x;
                s0_3 += HVEC4(-0.14941406, 0.055480957, 0.065979004, -0.121398926) * v0_0.y;
                s0_3 += HVEC4(0.0836792, 0.062683105, -0.033111572, -0.016159058) * v0_0.z;
                s0_3 += HVEC4(-0.059295654, 0.023132324, 0.040039062, 0.008781433) * v0_0.w;
                s0_3 += HVEC4(-0.05065918, -0.0034656525, -0.0023269653, -0.020187378) * v0_1.x;
                s0_3 += HVEC4(-0.31518555, -0.12194824, -0.10046387, -0.23669434) * v0_1.y;
                s0_3 += HVEC4(-0.13671875, -0.020141602, -0.10748291, 0.14587402) * v0_1.z;
                s0_3 += HVEC4(0.030410767, -0.020446777, 0.0124435425, -0.026260376) * v0_1.w;
                s0_3 += HVEC4(-0.0007328987, -0.07385254, 0.012672424, 0.0010623932) * v0_2.x;
                s0_3 += HVEC4(-0.022399902, -0.04815674, 0.09301758, 0.04675293) * v0_2.y;
                s0_3 += HVEC4(0.001250267, 0.02017212, 0.050201416, -0.02444458) * v0_2.z;
                s0_3 += HVEC4(-0.06744385, -0.003522873, 0.054779053, -0.06274414) * v0_2.w;
                s0_3 += HVEC4(-0.072509766, 0.009559631, 0.032196045, 0.06530762) * v0_3.x;
                s0_3 += HVEC4(0.05203247, 0.06008911, 0.06365967, 0.020263672) * v0_3.y;
                s0_3 += HVEC4(-0.16772461, -0.08892822, -0.087402344, -0.0335083) * v0_3.z;
                s0_3 += HVEC4(-0.23754883, -0.1027832, -0.0064468384, 0.005493164) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.07800293, -0.03479004, 0.021331787, 0.04095459) * v0_0.x;
                s0_2 += HVEC4(-0.11022949, -0.0146865845, 0.03503418, 0.029541016) * v0_0.y;
                s0_2 += HVEC4(0.17712402, -0.066345215, 0.03955078, -0.023590088) * v0_0.z;
                s0_2 += HVEC4(-0.19702148, 0.0021209717, -0.12188721, -0.027359009) * v0_0.w;
                s0_2 += HVEC4(-0.06567383, 0.04864502, 0.04196167, 0.14233398) * v0_1.x;
                s0_2 += HVEC4(0.1394043, 0.027557373, 0.027160645, 0.09442139) * v0_1.y;
                s0_2 += HVEC4(0.07501221, -0.017120361, 0.007751465, -0.11071777) * v0_1.z;
                s0_2 += HVEC4(0.062164307, -0.021102905, -0.057678223, 0.011886597) * v0_1.w;
                s0_2 += HVEC4(0.107299805, 0.046844482, 0.018966675, 0.010635376) * v0_2.x;
                s0_2 += HVEC4(0.07800293, -0.028060913, -0.044525146, -0.042053223) * v0_2.y;
                s0_2 += HVEC4(0.03845215, -0.3413086, 0.31933594, -0.06488037) * v0_2.z;
                s0_2 += HVEC4(-0.08666992, 0.10266113, -0.015945435, 0.10821533) * v0_2.w;
                s0_2 += HVEC4(0.004501343, -0.07196045, 0.17211914, 0.011886597) * v0_3.x;
                s0_2 += HVEC4(-0.1026001, -0.12322998, 0.12164307, -0.035003662) * v0_3.y;
                s0_2 += HVEC4(0.12988281, 0.06896973, -0.07849121, 0.019897461) * v0_3.z;
                s0_2 += HVEC4(0.044036865, 0.0030784607, -0.13110352, -0.064941406) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.04559326, 0.02696228, -0.0440979, 0.12963867) * v0_0.x;
                s0_3 += HVEC4(0.040924072, 0.124816895, -0.0020599365, -0.044921875) * v0_0.y;
                s0_3 += HVEC4(0.036834717, -0.16052246, -0.0026836395, 0.029144287) * v0_0.z;
                s0_3 += HVEC4(-0.066833496, 0.18676758, 0.003271103, -0.0032577515) * v0_0.w;
                s0_3 += HVEC4(0.14379883, 0.06021118, 0.059631348, -0.029220581) * v0_1.x;
                s0_3 += HVEC4(-0.12939453, -0.05633545, -0.029556274, -0.04724121) * v0_1.y;
                s0_3 += HVEC4(-0.1796875, -0.24243164, 0.048736572, 0.058532715) * v0_1.z;
                s0_3 += HVEC4(0.032196045, -0.23864746, 0.027893066, -0.046142578) * v0_1.w;
                s0_3 += HVEC4(0.07513428, -0.042663574, 0.083618164, -0.057617188) * v0_2.x;
                s0_3 += HVEC4(-0.07397461, -0.004852295, -0.03289795, 0.068603516) * v0_2.y;
                s0_3 += HVEC4(-0.7158203, -0.49487305, 0.021713257, 0.3791504) * v0_2.z;
                s0_3 += HVEC4(-0.02809143, 0.023330688, 0.015090942, -0.09082031) * v0_2.w;
                s0_3 += HVEC4(-0.29736328, -0.025268555, 0.012413025, -0.14099121) * v0_3.x;
                s0_3 += HVEC4(-0.13439941, 0.1628418, -0.068481445, -0.12609863) * v0_3.y;
                s0_3 += HVEC4(0.16271973, -0.07879639, -0.05657959, 0.015563965) * v0_3.z;
                s0_3 += HVEC4(0.07147217, -0.053344727, -0.015281677, 0.13354492) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.04638672, -0.11621094, -0.20703125, -0.13891602) * v0_0.x;
                s0_2 += HVEC4(-0.40673828, -0.17871094, 0.08459473, 0.31469727) * v0_0.y;
                s0_2 += HVEC4(0.38134766, -0.07611084, -0.13562012, -0.24560547) * v0_0.z;
                s0_2 += HVEC4(-0.51416016, 0.19836426, -0.017990112, 0.33447266) * v0_0.w;
                s0_2 += HVEC4(0.23400879, -0.042785645, 0.1706543, 0.056365967) * v0_1.x;
                s0_2 += HVEC4(-0.09509277, 0.13549805, 0.045928955, -0.08392334) * v0_1.y;
                s0_2 += HVEC4(-0.20751953, 0.068359375, -0.17980957, -0.10284424) * v0_1.z;
                s0_2 += HVEC4(0.4284668, -0.13269043, 0.053710938, -0.21899414) * v0_1.w;
                s0_2 += HVEC4(-0.11462402, -0.01940918, 0.07232666, -0.17822266) * v0_2.x;
                s0_2 += HVEC4(0.051727295, 0.026107788, 0.09069824, 0.078308105) * v0_2.y;
                s0_2 += HVEC4(-0.1463623, -0.09863281, -0.3540039, 0.33032227) * v0_2.z;
                s0_2 += HVEC4(0.4645996, 0.068237305, -0.18249512, -0.060638428) * v0_2.w;
                s0_2 += HVEC4(-0.3173828, -0.052520752, 0.29833984, -0.26245117) * v0_3.x;
                s0_2 += HVEC4(0.42089844, 0.14111328, 0.6376953, -0.010757446) * v0_3.y;
                s0_2 += HVEC4(-0.38671875, -0.07556152, -0.38476562, -0.328125) * v0_3.z;
                s0_2 += HVEC4(-0.4362793, 0.12310791, -0.095458984, -0.38842773) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.13562012, -0.098083496, -0.23266602, -0.012771606) * v0_0.x;
                s0_3 += HVEC4(-0.1730957, 0.60791016, -0.07885742, -0.09552002) * v0_0.y;
                s0_3 += HVEC4(0.34960938, 0.13964844, -0.051757812, 0.23217773) * v0_0.z;
                s0_3 += HVEC4(-0.5522461, -0.007217407, 0.06347656, -0.115600586) * v0_0.w;
                s0_3 += HVEC4(0.5576172, -0.2722168, -0.03945923, -0.17016602) * v0_1.x;
                s0_3 += HVEC4(-0.7128906, 0.13098145, -0.119262695, 0.019470215) * v0_1.y;
                s0_3 += HVEC4(-0.48242188, -0.08984375, 0.16015625, 0.16259766) * v0_1.z;
                s0_3 += HVEC4(0.6958008, -0.0914917, 0.08276367, -0.051208496) * v0_1.w;
                s0_3 += HVEC4(-0.07965088, -0.13134766, 0.010375977, 0.11291504) * v0_2.x;
                s0_3 += HVEC4(-0.07720947, 0.016220093, 0.046081543, 0.038909912) * v0_2.y;
                s0_3 += HVEC4(0.2019043, -0.095214844, -0.24487305, 0.1730957) * v0_2.z;
                s0_3 += HVEC4(0.1505127, 0.19628906, -0.3034668, 0.13000488) * v0_2.w;
                s0_3 += HVEC4(-0.14331055, -0.14355469, 0.15649414, -0.16320801) * v0_3.x;
                s0_3 += HVEC4(-0.5541992, 0.75878906, -0.29003906, 0.17822266) * v0_3.y;
                s0_3 += HVEC4(0.25170898, -0.49121094, 0.2668457, -0.085998535) * v0_3.z;
                s0_3 += HVEC4(0.11828613, -0.20080566, 0.18359375, -0.0231781) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.12805176, 0.009208679, 0.027145386, 0.045013428) * v0_0.x;
                s0_2 += HVEC4(-0.34521484, 0.033416748, -0.34375, -0.06439209) * v0_0.y;
                s0_2 += HVEC4(0.042755127, 0.07397461, 0.044036865, -0.1005249) * v0_0.z;
                s0_2 += HVEC4(-0.09564209, -0.08306885, -0.057006836, 0.19616699) * v0_0.w;
                s0_2 += HVEC4(-0.17578125, -0.079956055, 0.0017585754, -0.006996155) * v0_1.x;
                s0_2 += HVEC4(0.09020996, -0.029312134, 0.06719971, -0.0002450943) * v0_1.y;
                s0_2 += HVEC4(0.03010559, -0.011024475, 0.020721436, 0.03869629) * v0_1.z;
                s0_2 += HVEC4(-0.11407471, -0.0054016113, 0.090026855, 0.04586792) * v0_1.w;
                s0_2 += HVEC4(0.07800293, 0.053100586, 0.0546875, 0.019897461) * v0_2.x;
                s0_2 += HVEC4(-0.029327393, 0.076293945, -0.083618164, -0.07788086) * v0_2.y;
                s0_2 += HVEC4(0.023284912, 0.0018262863, 0.03390503, -0.015602112) * v0_2.z;
                s0_2 += HVEC4(0.064697266, 0.007686615, 0.10192871, -0.22253418) * v0_2.w;
                s0_2 += HVEC4(-0.027114868, -0.0007071495, -0.094055176, 0.009048462) * v0_3.x;
                s0_2 += HVEC4(0.06213379, 0.10424805, 0.1850586, -0.25708008) * v0_3.y;
                s0_2 += HVEC4(-0.022537231, -0.031677246, -0.15185547, 0.06732178) * v0_3.z;
                s0_2 += HVEC4(0.1932373, 0.072631836, 0.07006836, 0.17456055) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.13549805, 0.08728027, 0.024032593, 0.109313965) * v0_0.x;
                s0_3 += HVEC4(0.22216797, 0.25439453, -0.051879883, -0.22387695) * v0_0.y;
                s0_3 += HVEC4(0.12841797, 0.027389526, -0.07330322, 0.19213867) * v0_0.z;
                s0_3 += HVEC4(-0.26098633, -0.12780762, 0.11871338, -0.13842773) * v0_0.w;
                s0_3 += HVEC4(0.38623047, 0.1083374, 0.05517578, -0.11035156) * v0_1.x;
                s0_3 += HVEC4(-0.0012197495, 0.13098145, 0.018875122, -0.24353027) * v0_1.y;
                s0_3 += HVEC4(-0.15075684, -0.05368042, 0.024261475, 0.029159546) * v0_1.z;
                s0_3 += HVEC4(0.2770996, 0.09887695, 0.09118652, 0.076171875) * v0_1.w;
                s0_3 += HVEC4(-0.10510254, 0.012321472, 0.02571106, 0.045196533) * v0_2.x;
                s0_3 += HVEC4(0.08728027, 0.023345947, -0.009849548, 0.036956787) * v0_2.y;
                s0_3 += HVEC4(-0.037506104, -0.036315918, -0.056243896, 0.0057029724) * v0_2.z;
                s0_3 += HVEC4(0.01789856, 0.07330322, -0.09033203, -0.1505127) * v0_2.w;
                s0_3 += HVEC4(0.17858887, 0.053497314, -0.079833984, 0.09515381) * v0_3.x;
                s0_3 += HVEC4(-0.13195801, 0.062347412, -0.20288086, 0.09838867) * v0_3.y;
                s0_3 += HVEC4(0.13220215, 0.058898926, 0.15393066, -0.09869385) * v0_3.z;
                s0_3 += HVEC4(0.14318848, -0.11279297, 0.13366699, 0.13305664) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(0.008529663, 0.009414673, -0.006626129, 0.04498291) * v0_0.x;
                s0_2 += HVEC4(-0.06896973, -0.010734558, -0.024887085, -0.037109375) * v0_0.y;
                s0_2 += HVEC4(0.022720337, -0.052612305, 0.02809143, 0.13391113) * v0_0.z;
                s0_2 += HVEC4(-0.01776123, -0.035949707, -0.08685303, -0.13586426) * v0_0.w;
                s0_2 += HVEC4(-0.042999268, -0.0067710876, 0.02420044, -0.027496338) * v0_1.x;
                s0_2 += HVEC4(-0.029296875, -0.004436493, -0.003900528, -0.06738281) * v0_1.y;
                s0_2 += HVEC4(0.007774353, -0.0005135536, 0.036468506, 0.047180176) * v0_1.z;
                s0_2 += HVEC4(0.011398315, -0.0014390945, 0.040618896, 0.060424805) * v0_1.w;
                s0_2 += HVEC4(-0.0059394836, 0.021652222, 0.07232666, 0.039642334) * v0_2.x;
                s0_2 += HVEC4(0.023544312, -0.053985596, 0.0025634766, 0.026062012) * v0_2.y;
                s0_2 += HVEC4(-0.18127441, -0.25317383, 0.057250977, 0.26953125) * v0_2.z;
                s0_2 += HVEC4(-0.04827881, -0.0039520264, 0.056884766, 0.121032715) * v0_2.w;
                s0_2 += HVEC4(-0.08959961, 0.017929077, 0.011947632, -0.0463562) * v0_3.x;
                s0_2 += HVEC4(-0.062194824, -0.050933838, -0.12817383, 0.22851562) * v0_3.y;
                s0_2 += HVEC4(0.1105957, 0.06677246, 0.09185791, -0.13513184) * v0_3.z;
                s0_2 += HVEC4(0.089538574, 0.010040283, 0.021560669, 0.010215759) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.0021533966, 0.06500244, 0.023345947, -0.016815186) * v0_0.x;
                s0_3 += HVEC4(0.043182373, 0.13342285, -0.009674072, -0.08569336) * v0_0.y;
                s0_3 += HVEC4(0.057647705, 0.09106445, -0.009483337, 0.041625977) * v0_0.z;
                s0_3 += HVEC4(-0.041381836, -0.06726074, -0.028381348, -0.018203735) * v0_0.w;
                s0_3 += HVEC4(0.016677856, -0.034240723, 0.007713318, -0.024093628) * v0_1.x;
                s0_3 += HVEC4(-0.05718994, 0.022872925, -0.036499023, -0.035583496) * v0_1.y;
                s0_3 += HVEC4(-0.05657959, 0.0032615662, -0.027755737, 0.015403748) * v0_1.z;
                s0_3 += HVEC4(0.1303711, 0.08282471, 0.011802673, -0.013000488) * v0_1.w;
                s0_3 += HVEC4(-0.021942139, -0.009475708, -0.016723633, -0.017944336) * v0_2.x;
                s0_3 += HVEC4(0.021484375, -0.03555298, -0.052093506, -0.015991211) * v0_2.y;
                s0_3 += HVEC4(0.070495605, 0.14123535, -0.13916016, -0.034088135) * v0_2.z;
                s0_3 += HVEC4(-0.028823853, -0.027786255, -0.09637451, 0.04864502) * v0_2.w;
                s0_3 += HVEC4(-0.007972717, 0.04647827, 0.03543091, -0.10479736) * v0_3.x;
                s0_3 += HVEC4(0.101257324, 0.23962402, -0.08734131, -0.012260437) * v0_3.y;
                s0_3 += HVEC4(-0.06573486, -0.37109375, 0.08703613, 0.07385254) * v0_3.z;
                s0_3 += HVEC4(-0.025985718, -0.15539551, 0.057250977, 0.10107422) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.05407715, 0.09259033, 0.053863525, -0.121276855) * v0_0.x;
                s0_2 += HVEC4(-0.13635254, -0.02947998, 0.12658691, -0.08691406) * v0_0.y;
                s0_2 += HVEC4(0.12524414, 0.072753906, 0.059936523, 0.0079574585) * v0_0.z;
                s0_2 += HVEC4(-0.12646484, -0.1274414, -0.22473145, -0.05670166) * v0_0.w;
                s0_2 += HVEC4(-0.060638428, 0.02494812, 0.09472656, -0.0791626) * v0_1.x;
                s0_2 += HVEC4(-0.04360962, 0.021575928, 0.074645996, 0.18115234) * v0_1.y;
                s0_2 += HVEC4(-0.046447754, -0.02607727, 0.01701355, 0.06793213) * v0_1.z;
                s0_2 += HVEC4(0.06567383, 0.0791626, 0.15771484, -0.21679688) * v0_1.w;
                s0_2 += HVEC4(0.107910156, 0.0063438416, -0.016067505, 0.10070801) * v0_2.x;
                s0_2 += HVEC4(-0.054504395, 0.08105469, -0.038726807, 0.040802002) * v0_2.y;
                s0_2 += HVEC4(-0.18530273, -7.104874e-05, 0.095703125, -0.2454834) * v0_2.z;
                s0_2 += HVEC4(-0.037963867, -0.0070762634, 0.12817383, 0.18566895) * v0_2.w;
                s0_2 += HVEC4(0.04296875, 0.00705719, 0.040924072, -0.066101074) * v0_3.x;
                s0_2 += HVEC4(0.18579102, -0.03302002, -0.16235352, 0.10333252) * v0_3.y;
                s0_2 += HVEC4(0.005455017, 0.036590576, 0.011642456, 0.003074646) * v0_3.z;
                s0_2 += HVEC4(0.25805664, 0.059814453, -0.103027344, 0.30517578) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.010665894, -0.019882202, -0.02784729, 0.019851685) * v0_0.x;
                s0_3 += HVEC4(-0.08270264, 0.20043945, -0.061706543, -0.014602661) * v0_0.y;
                s0_3 += HVEC4(0.16760254, -0.2421875, -0.08850098, 0.15527344) * v0_0.z;
                s0_3 += HVEC4(-0.10748291, 0.22644043, 0.08392334, -0.037353516) * v0_0.w;
                s0_3 += HVEC4(0.091430664, 0.028289795, -0.023803711, 0.027572632) * v0_1.x;
                s0_3 += HVEC4(-0.3317871, -0.111206055, -0.020370483, 0.037872314) * v0_1.y;
                s0_3 += HVEC4(-0.16357422, 0.14086914, -0.064697266, -0.07141113) * v0_1.z;
                s0_3 += HVEC4(0.4946289, -0.13134766, 0.06365967, 0.078430176) * v0_1.w;
                s0_3 += HVEC4(0.023254395, -0.07006836, -0.04168701, -0.058929443) * v0_2.x;
                s0_3 += HVEC4(-0.030517578, -0.080200195, -0.070251465, -0.05419922) * v0_2.y;
                s0_3 += HVEC4(-0.0060424805, -0.10772705, 0.01007843, 0.36987305) * v0_2.z;
                s0_3 += HVEC4(-0.1373291, -0.2705078, 0.08959961, 0.07470703) * v0_2.w;
                s0_3 += HVEC4(-0.14050293, 0.053222656, -0.050598145, -0.020339966) * v0_3.x;
                s0_3 += HVEC4(-0.12445068, 0.036743164, 0.024047852, 0.1352539) * v0_3.y;
                s0_3 += HVEC4(0.0368042, -0.046081543, 0.1026001, -0.02130127) * v0_3.z;
                s0_3 += HVEC4(0.115356445, -0.040985107, 0.07098389, -0.16052246) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.008010864, -0.023635864, -0.059326172, -0.005268097) * v0_0.x;
                s0_2 += HVEC4(-0.107543945, -0.043884277, 0.22314453, 0.049743652) * v0_0.y;
                s0_2 += HVEC4(-0.06500244, 0.033050537, -0.0647583, -0.09863281) * v0_0.z;
                s0_2 += HVEC4(0.09118652, -0.016235352, 0.051605225, 0.15026855) * v0_0.w;
                s0_2 += HVEC4(-0.0262146, 0.031204224, -0.017333984, -0.052124023) * v0_1.x;
                s0_2 += HVEC4(0.053863525, -0.024734497, -0.044006348, 0.05557251) * v0_1.y;
                s0_2 += HVEC4(0.038208008, -0.015472412, 0.029510498, 0.067993164) * v0_1.z;
                s0_2 += HVEC4(-0.020431519, 0.05267334, -0.038024902, -0.10430908) * v0_1.w;
                s0_2 += HVEC4(-0.022369385, -0.009719849, -0.023269653, 0.0073394775) * v0_2.x;
                s0_2 += HVEC4(0.0791626, -0.018127441, 0.039031982, -0.053253174) * v0_2.y;
                s0_2 += HVEC4(-0.042144775, 0.00036025047, 0.023025513, 0.0015697479) * v0_2.z;
                s0_2 += HVEC4(-0.12597656, -0.02281189, -0.089782715, -0.13537598) * v0_2.w;
                s0_2 += HVEC4(0.09490967, -0.007167816, -0.0022277832, 0.19128418) * v0_3.x;
                s0_2 += HVEC4(-0.07171631, 0.04244995, 0.020736694, -0.21533203) * v0_3.y;
                s0_2 += HVEC4(0.07775879, -0.025604248, 0.008262634, 0.18054199) * v0_3.z;
                s0_2 += HVEC4(0.015914917, 0.070373535, -0.093444824, -0.054351807) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.08062744, -0.038909912, -0.00051021576, -0.02279663) * v0_0.x;
                s0_3 += HVEC4(0.15673828, 0.20166016, -0.045013428, -0.0143966675) * v0_0.y;
                s0_3 += HVEC4(-0.015411377, -0.034118652, -0.020370483, 0.0793457) * v0_0.z;
                s0_3 += HVEC4(0.007633209, 0.042755127, -0.03274536, -0.041870117) * v0_0.w;
                s0_3 += HVEC4(0.012557983, 0.04812622, 0.008560181, -0.011154175) * v0_1.x;
                s0_3 += HVEC4(0.0036964417, 0.033966064, 0.0017309189, -0.0309906) * v0_1.y;
                s0_3 += HVEC4(-0.048431396, 0.0017910004, -0.0008625984, -0.024612427) * v0_1.z;
                s0_3 += HVEC4(-0.060394287, -0.04135132, -0.030380249, 0.041137695) * v0_1.w;
                s0_3 += HVEC4(-0.025848389, -0.040252686, 0.0054397583, -0.012031555) * v0_2.x;
                s0_3 += HVEC4(-0.04135132, -0.07110596, -0.056671143, 0.09527588) * v0_2.y;
                s0_3 += HVEC4(0.00730896, 0.046447754, -0.023971558, 0.06335449) * v0_2.z;
                s0_3 += HVEC4(0.14416504, 0.14868164, 0.075805664, 0.012321472) * v0_2.w;
                s0_3 += HVEC4(-0.19470215, -0.18725586, -0.012084961, 0.028701782) * v0_3.x;
                s0_3 += HVEC4(-0.02027893, 0.07702637, -0.008079529, 0.14660645) * v0_3.y;
                s0_3 += HVEC4(-0.040405273, -0.09991455, 0.013442993, -0.10229492) * v0_3.z;
                s0_3 += HVEC4(-0.011703491, -0.019805908, -0.0736084, -0.17919922) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            ivec2 c0 = min(p0, last);
            a0_2 += vec4(texelFetch(ArtCNN_C4F16_DN_L0_raw, c0 * ivec2(2, 2) + ivec2(0, 1), 0));
            a0_3 += vec4(texelFetch(ArtCNN_C4F16_DN_L0_raw, c0 * ivec2(2, 2) + ivec2(1, 1), 0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
                imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
            }
        }
        if (more) {
            barrier();  // every thread is done reading this tile
if (i0 < 180) {
                tile[i0] = f0 ? HVEC4(n0_0) : HVEC4(0.0);
                tile[i0 + 180] = f0 ? HVEC4(n0_1) : HVEC4(0.0);
                tile[i0 + 360] = f0 ? HVEC4(n0_2) : HVEC4(0.0);
                tile[i0 + 540] = f0 ? HVEC4(n0_3) : HVEC4(0.0);
            }
            barrier();
        }
        origin.y += 8;
    }
}

//!DESC ArtCNN_C4F16_DN compute conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L5
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 16 16 8 8

// float16 arithmetic where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (glslang/shaderc, which libplacebo uses for Vulkan and D3D11), float elsewhere. The #extension
// line is reached only there: OpenGL drivers (Mesa, NVIDIA) reject an #extension in the middle of
// a shader (libplacebo pastes this body after its own code), and they do not define the macro.
#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4
#define HMAT4 f16mat4
#else
#define HFLOAT float
#define HVEC4 vec4
#define HMAT4 mat4
#endif

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 16 channels -> 2x luma (depth-to-space), then clip
// A workgroup computes 8x8 pixels with 8x8 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 1-pixel halo (10x10 pixels, 4 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
// The tile holds float16 pairs (packHalf2x16): the stored tensor is rgba16f, so this is exact.
shared uvec2 tile[400];

vec4 tile_texel(int i)
{
    uvec2 pair = tile[i];
    return vec4(unpackHalf2x16(pair.x), unpackHalf2x16(pair.y));
}

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(8, 8);
    for (int i = int(gl_LocalInvocationIndex); i < 100; i += 64) {
        ivec2 q = origin + ivec2(i % 10 - 1, i / 10 - 1);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        vec4 x0 = texelFetch(ArtCNN_C4F16_DN_L5_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F16_DN_L5_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 100] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F16_DN_L5_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 200] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F16_DN_L5_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 300] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 10 + local.x;
    vec4 a0_0 = vec4(0.07271819, 0.07408561, 0.07958637, 0.07517085);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 100));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 200));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 300));
        HVEC4 s0_0 = HVEC4(-0.11053467, -0.07696533, -0.006263733, -0.008857727) * v0_0.x;
        s0_0 += HVEC4(-0.0036258698, -0.014808655, -0.0031814575, -0.008163452) * v0_0.y;
        s0_0 += HVEC4(-0.0035629272, 0.012886047, -0.0025424957, 0.010604858) * v0_0.z;
        s0_0 += HVEC4(0.14208984, 0.103393555, 0.0725708, 0.0748291) * v0_0.w;
        s0_0 += HVEC4(-0.11065674, -0.046020508, -0.05532837, -0.0524292) * v0_1.x;
        s0_0 += HVEC4(-0.0014486313, -0.04824829, -0.03652954, -0.028274536) * v0_1.y;
        s0_0 += HVEC4(-0.06072998, -0.001581192, -0.0003528595, -0.004055023) * v0_1.z;
        s0_0 += HVEC4(0.03451538, 0.057403564, 0.011222839, 0.0070495605) * v0_1.w;
        s0_0 += HVEC4(0.013084412, 0.03414917, 0.025619507, 0.031402588) * v0_2.x;
        s0_0 += HVEC4(-0.14135742, -0.08251953, -0.04321289, -0.047210693) * v0_2.y;
        s0_0 += HVEC4(0.029769897, 0.06112671, 0.0047187805, 0.0022010803) * v0_2.z;
        s0_0 += HVEC4(0.123291016, -0.0048561096, 0.0075569153, 0.0041885376) * v0_2.w;
        s0_0 += HVEC4(-0.044891357, -0.0043907166, -0.03137207, -0.015426636) * v0_3.x;
        s0_0 += HVEC4(-0.013954163, 0.019042969, 0.009712219, -0.0017127991) * v0_3.y;
        s0_0 += HVEC4(0.019439697, 0.012031555, 0.016433716, 0.004753113) * v0_3.z;
        s0_0 += HVEC4(-0.107543945, -0.055633545, -0.03945923, -0.04248047) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 101));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 201));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 301));
        HVEC4 s0_0 = HVEC4(-0.22338867, -0.27539062, -0.005443573, 0.012992859) * v0_0.x;
        s0_0 += HVEC4(-0.0064048767, 0.012557983, -0.06439209, -0.001540184) * v0_0.y;
        s0_0 += HVEC4(-0.07525635, -0.18359375, 0.066711426, 0.027679443) * v0_0.z;
        s0_0 += HVEC4(0.023651123, 0.1307373, 0.061584473, 0.014556885) * v0_0.w;
        s0_0 += HVEC4(0.026535034, -0.17028809, -0.12054443, -0.02508545) * v0_1.x;
        s0_0 += HVEC4(0.17114258, 0.16516113, 0.11791992, 0.007282257) * v0_1.y;
        s0_0 += HVEC4(0.10803223, -0.041748047, 0.01802063, 0.00932312) * v0_1.z;
        s0_0 += HVEC4(0.030319214, -0.050476074, 0.021881104, 0.006839752) * v0_1.w;
        s0_0 += HVEC4(-0.16027832, -0.059051514, 0.028244019, 0.013458252) * v0_2.x;
        s0_0 += HVEC4(-0.17248535, -0.08312988, 0.031921387, 0.016525269) * v0_2.y;
        s0_0 += HVEC4(0.0234375, -0.06390381, 0.022094727, -0.0005354881) * v0_2.z;
        s0_0 += HVEC4(-0.12731934, 0.06542969, 0.020080566, -0.023712158) * v0_2.w;
        s0_0 += HVEC4(0.00037002563, -0.052093506, 0.03677368, 0.019485474) * v0_3.x;
        s0_0 += HVEC4(0.038909912, -0.0009589195, -0.0045928955, 0.0018091202) * v0_3.y;
        s0_0 += HVEC4(-0.028274536, -0.064331055, -0.07299805, -0.047912598) * v0_3.z;
        s0_0 += HVEC4(-0.07055664, -0.09185791, 0.019622803, 0.02267456) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 102));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 202));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 302));
        HVEC4 s0_0 = HVEC4(-0.010879517, -0.05557251, -0.0016317368, -0.009414673) * v0_0.x;
        s0_0 += HVEC4(-0.06378174, -0.07080078, -0.041290283, -0.07141113) * v0_0.y;
        s0_0 += HVEC4(-0.060302734, 0.013832092, -0.018539429, 0.05493164) * v0_0.z;
        s0_0 += HVEC4(0.08654785, 0.04623413, 0.05947876, 0.04284668) * v0_0.w;
        s0_0 += HVEC4(-0.07159424, 0.049804688, -0.032348633, -0.026016235) * v0_1.x;
        s0_0 += HVEC4(-1.758337e-05, 0.12890625, -0.006877899, 0.1003418) * v0_1.y;
        s0_0 += HVEC4(-0.049560547, 0.06555176, -0.01637268, 0.035125732) * v0_1.z;
        s0_0 += HVEC4(0.010665894, -0.023086548, 0.007865906, -0.009429932) * v0_1.w;
        s0_0 += HVEC4(-0.012962341, -0.123413086, -0.008110046, -0.026657104) * v0_2.x;
        s0_0 += HVEC4(0.04977417, 0.0748291, 0.03363037, 0.048553467) * v0_2.y;
        s0_0 += HVEC4(0.033996582, 0.035858154, 0.028869629, 0.027664185) * v0_2.z;
        s0_0 += HVEC4(-0.0058784485, 0.0703125, -0.0010271072, 0.072265625) * v0_2.w;
        s0_0 += HVEC4(0.013511658, 0.050750732, 0.007835388, 0.028320312) * v0_3.x;
        s0_0 += HVEC4(-0.1026001, 0.019744873, -0.037902832, 0.028060913) * v0_3.y;
        s0_0 += HVEC4(0.032714844, 0.058441162, 0.02798462, 0.027862549) * v0_3.z;
        s0_0 += HVEC4(-0.070739746, -0.09039307, -0.0413208, -0.0289917) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 10));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 110));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 210));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 310));
        HVEC4 s0_0 = HVEC4(0.19555664, -0.009635925, 0.018463135, -0.012039185) * v0_0.x;
        s0_0 += HVEC4(0.076049805, -0.06964111, 0.15942383, -0.057281494) * v0_0.y;
        s0_0 += HVEC4(0.01890564, 0.04208374, 0.07574463, 0.029785156) * v0_0.z;
        s0_0 += HVEC4(0.17102051, 0.111206055, 0.15905762, 0.110961914) * v0_0.w;
        s0_0 += HVEC4(0.0006775856, -0.10406494, 0.055908203, -0.04776001) * v0_1.x;
        s0_0 += HVEC4(-0.18908691, -0.06707764, -0.20373535, -0.1496582) * v0_1.y;
        s0_0 += HVEC4(0.13195801, 0.010246277, -0.018157959, 0.011779785) * v0_1.z;
        s0_0 += HVEC4(-0.01725769, 0.013290405, 0.10028076, 0.048034668) * v0_1.w;
        s0_0 += HVEC4(0.02796936, 0.07574463, 0.0067710876, 0.08129883) * v0_2.x;
        s0_0 += HVEC4(-0.2244873, -0.023803711, -0.2824707, -0.051696777) * v0_2.y;
        s0_0 += HVEC4(-0.028259277, 0.013542175, 0.060516357, 0.105529785) * v0_2.z;
        s0_0 += HVEC4(0.03390503, -0.031829834, 0.07281494, -0.071899414) * v0_2.w;
        s0_0 += HVEC4(-0.018295288, -0.059448242, 0.05999756, 4.285574e-05) * v0_3.x;
        s0_0 += HVEC4(-0.05618286, 0.030380249, -0.07318115, 0.07110596) * v0_3.y;
        s0_0 += HVEC4(0.024475098, -0.04083252, 0.014381409, 0.017486572) * v0_3.z;
        s0_0 += HVEC4(-0.049682617, 0.0013694763, -0.08496094, 0.025802612) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 11));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 111));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 211));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 311));
        HVEC4 s0_0 = HVEC4(0.0501709, 0.22790527, -0.12176514, -0.1340332) * v0_0.x;
        s0_0 += HVEC4(-0.24291992, 0.14990234, -0.14086914, 0.32836914) * v0_0.y;
        s0_0 += HVEC4(-0.1616211, -0.018112183, -0.13208008, -0.10626221) * v0_0.z;
        s0_0 += HVEC4(0.19482422, 0.1895752, 0.14367676, 0.22167969) * v0_0.w;
        s0_0 += HVEC4(0.19213867, 0.06414795, 0.22363281, 0.0368042) * v0_1.x;
        s0_0 += HVEC4(0.093322754, 0.11767578, -0.11517334, -0.042755127) * v0_1.y;
        s0_0 += HVEC4(-0.041137695, 0.035583496, -0.025100708, -0.04550171) * v0_1.z;
        s0_0 += HVEC4(0.12841797, -0.013542175, -0.016937256, 0.119018555) * v0_1.w;
        s0_0 += HVEC4(-0.080078125, -0.21594238, -0.28173828, -0.2680664) * v0_2.x;
        s0_0 += HVEC4(-0.44604492, -0.37573242, -0.23925781, -0.2163086) * v0_2.y;
        s0_0 += HVEC4(0.007160187, -0.20861816, -0.18603516, -0.21350098) * v0_2.z;
        s0_0 += HVEC4(-0.015365601, -0.08959961, -0.014099121, 0.026885986) * v0_2.w;
        s0_0 += HVEC4(0.1352539, 0.2590332, -0.22619629, -0.04321289) * v0_3.x;
        s0_0 += HVEC4(0.092285156, -0.2043457, 0.13891602, -0.16296387) * v0_3.y;
        s0_0 += HVEC4(-0.47070312, -0.38232422, -0.40307617, -0.35351562) * v0_3.z;
        s0_0 += HVEC4(0.32739258, 0.32104492, 0.3461914, 0.24353027) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 12));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 112));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 212));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 312));
        HVEC4 s0_0 = HVEC4(0.019241333, 0.10736084, 0.06970215, 0.050476074) * v0_0.x;
        s0_0 += HVEC4(0.016143799, -0.11810303, 0.026657104, -0.12164307) * v0_0.y;
        s0_0 += HVEC4(0.0027370453, -0.040252686, -0.025878906, 0.07434082) * v0_0.z;
        s0_0 += HVEC4(0.14819336, 0.17687988, 0.13964844, 0.21520996) * v0_0.w;
        s0_0 += HVEC4(0.039154053, 0.12133789, 0.0070495605, 0.06719971) * v0_1.x;
        s0_0 += HVEC4(-0.025756836, -0.026824951, -0.050750732, -0.13671875) * v0_1.y;
        s0_0 += HVEC4(0.01876831, -0.07458496, -0.01789856, 0.025680542) * v0_1.z;
        s0_0 += HVEC4(0.020889282, 0.030334473, 0.013763428, -0.022491455) * v0_1.w;
        s0_0 += HVEC4(-0.1239624, -0.05230713, -0.06970215, -0.06225586) * v0_2.x;
        s0_0 += HVEC4(0.37329102, 0.04675293, 0.38916016, 0.0597229) * v0_2.y;
        s0_0 += HVEC4(0.018371582, 0.0028438568, 0.03378296, -0.006011963) * v0_2.z;
        s0_0 += HVEC4(0.017074585, 0.0065956116, 0.053253174, 0.07745361) * v0_2.w;
        s0_0 += HVEC4(0.025924683, -0.012794495, 0.039031982, -0.058685303) * v0_3.x;
        s0_0 += HVEC4(-0.049713135, 0.11853027, -0.091552734, 0.064575195) * v0_3.y;
        s0_0 += HVEC4(0.022140503, -0.03970337, -0.0072135925, -0.02368164) * v0_3.z;
        s0_0 += HVEC4(-0.11779785, -0.12145996, -0.101257324, -0.13806152) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 20));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 120));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 220));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 320));
        HVEC4 s0_0 = HVEC4(-0.0021190643, 0.015823364, 0.009422302, -0.002046585) * v0_0.x;
        s0_0 += HVEC4(0.0015230179, 0.002609253, -0.013206482, -0.009529114) * v0_0.y;
        s0_0 += HVEC4(0.045562744, 0.021224976, 0.056152344, 0.043792725) * v0_0.z;
        s0_0 += HVEC4(0.103149414, 0.02897644, 0.18115234, 0.01234436) * v0_0.w;
        s0_0 += HVEC4(-0.031402588, -0.007583618, -0.06488037, -0.012062073) * v0_1.x;
        s0_0 += HVEC4(-0.06976318, -0.04147339, -0.07647705, -0.0028533936) * v0_1.y;
        s0_0 += HVEC4(0.008079529, 0.0010213852, 0.0076179504, -0.030059814) * v0_1.z;
        s0_0 += HVEC4(-0.030349731, -0.018188477, -0.06036377, -0.034210205) * v0_1.w;
        s0_0 += HVEC4(0.034698486, 0.0075416565, 0.089660645, 0.024475098) * v0_2.x;
        s0_0 += HVEC4(-0.07104492, -0.019760132, -0.13098145, 0.02279663) * v0_2.y;
        s0_0 += HVEC4(0.0005259514, -0.00374794, 0.019302368, 0.0066719055) * v0_2.z;
        s0_0 += HVEC4(-0.017791748, 0.0046310425, -0.052215576, -0.0098724365) * v0_2.w;
        s0_0 += HVEC4(-0.048187256, -0.018936157, -0.070617676, -0.0137786865) * v0_3.x;
        s0_0 += HVEC4(0.0035629272, 0.008460999, 0.0234375, 0.0011796951) * v0_3.y;
        s0_0 += HVEC4(0.12670898, 0.06335449, 0.16088867, 0.0074424744) * v0_3.z;
        s0_0 += HVEC4(-0.0236969, 0.014503479, -0.05279541, 0.009864807) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 21));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 121));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 221));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 321));
        HVEC4 s0_0 = HVEC4(0.006629944, -0.017929077, 0.12261963, 0.073913574) * v0_0.x;
        s0_0 += HVEC4(0.06774902, 0.028335571, 0.08380127, -0.02394104) * v0_0.y;
        s0_0 += HVEC4(0.022567749, 0.023727417, -0.13232422, 0.04046631) * v0_0.z;
        s0_0 += HVEC4(0.04360962, 0.06738281, 0.06744385, 0.16772461) * v0_0.w;
        s0_0 += HVEC4(0.0236969, 0.07458496, 0.07965088, 0.0014257431) * v0_1.x;
        s0_0 += HVEC4(0.011260986, -0.02659607, 0.14245605, 0.08459473) * v0_1.y;
        s0_0 += HVEC4(-0.017425537, 0.004562378, 0.0390625, -0.062469482) * v0_1.z;
        s0_0 += HVEC4(-0.07800293, -0.053375244, -0.068481445, -0.14257812) * v0_1.w;
        s0_0 += HVEC4(0.016479492, -0.03567505, 0.12841797, 0.004512787) * v0_2.x;
        s0_0 += HVEC4(0.06311035, 0.029312134, -0.13134766, -0.11846924) * v0_2.y;
        s0_0 += HVEC4(0.012214661, 0.066345215, 0.03781128, -0.09967041) * v0_2.z;
        s0_0 += HVEC4(-0.016448975, -0.04434204, -0.060028076, -0.06500244) * v0_2.w;
        s0_0 += HVEC4(-0.0007715225, -0.034118652, 0.10998535, 0.04272461) * v0_3.x;
        s0_0 += HVEC4(0.03677368, 0.0040016174, -0.0015077591, -0.09643555) * v0_3.y;
        s0_0 += HVEC4(0.18579102, 0.20300293, -0.038604736, 0.07183838) * v0_3.z;
        s0_0 += HVEC4(0.14172363, 0.055419922, 0.08190918, -0.027130127) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 22));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 122));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 222));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 322));
        HVEC4 s0_0 = HVEC4(-0.005180359, 0.004169464, -0.012306213, 0.053527832) * v0_0.x;
        s0_0 += HVEC4(0.05834961, 0.06512451, 0.064453125, 0.01108551) * v0_0.y;
        s0_0 += HVEC4(0.010101318, 0.018966675, -0.013214111, -0.08215332) * v0_0.z;
        s0_0 += HVEC4(0.059173584, 0.114868164, 0.06994629, 0.10961914) * v0_0.w;
        s0_0 += HVEC4(0.02017212, -0.012939453, 0.016815186, 0.039367676) * v0_1.x;
        s0_0 += HVEC4(-0.005458832, -0.017211914, 0.013626099, 0.07574463) * v0_1.y;
        s0_0 += HVEC4(0.034606934, 0.0037708282, 0.033172607, -0.07330322) * v0_1.z;
        s0_0 += HVEC4(-0.0077667236, -0.03164673, 0.0033798218, -0.00630188) * v0_1.w;
        s0_0 += HVEC4(0.00071668625, 0.044555664, -0.012214661, 0.0027065277) * v0_2.x;
        s0_0 += HVEC4(0.10888672, 0.12109375, 0.12524414, 0.07733154) * v0_2.y;
        s0_0 += HVEC4(0.010124207, -0.0018939972, 0.022018433, 0.05593872) * v0_2.z;
        s0_0 += HVEC4(0.0004608631, 0.023284912, -0.012413025, 0.0085372925) * v0_2.w;
        s0_0 += HVEC4(-0.031677246, -0.03253174, -0.027450562, -5.8054924e-05) * v0_3.x;
        s0_0 += HVEC4(0.017227173, 0.03137207, 0.023620605, 0.08154297) * v0_3.y;
        s0_0 += HVEC4(0.10986328, 0.17333984, 0.09692383, 0.13781738) * v0_3.z;
        s0_0 += HVEC4(-0.021774292, 0.0066490173, -0.04675293, -0.028793335) * v0_3.w;
        a0_0 += vec4(s0_0);
    }

    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = clamp(a0_0, vec4(0.0), vec4(1.0));
    if (all(lessThan(p0, size))) {
        // Depth-to-space: lane k is output sub-pixel (k % 2, k / 2).
        ivec2 o = 2 * p0;
        vec4 r = round_half(vec4(a0_0));
        imageStore(out_image, o, vec4(r.x, 0.0, 0.0, 1.0));
        imageStore(out_image, o + ivec2(1, 0), vec4(r.y, 0.0, 0.0, 1.0));
        imageStore(out_image, o + ivec2(0, 1), vec4(r.z, 0.0, 0.0, 1.0));
        imageStore(out_image, o + ivec2(1, 1), vec4(r.w, 0.0, 0.0, 1.0));
    }
}
