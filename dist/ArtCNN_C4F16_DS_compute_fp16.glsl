// ArtCNN_C4F16_DS: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F16_DS: C4F16 trained to denoise and sharpen
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DS variant=compute precision=fp16
// Weights: ArtCNN_C4F16_DS.keras
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

//!DESC ArtCNN_C4F16_DS compute conv2d
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F16_DS_L0
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
        vec4 a0_0 = vec4(-0.006840266, -0.012440474, -0.012945435, -0.04645404);
        vec4 a0_1 = vec4(-0.03236463, -0.0050622425, -0.0045825113, 0.006420765);
        {   // tap (-1, -1)
            HFLOAT v0_0 = tile[at + 0];
            HVEC4 w0_0 = HVEC4(-0.035461426, -0.14501953, 0.0109939575, 0.043426514);
            HVEC4 w0_1 = HVEC4(0.07409668, -0.056762695, -0.099853516, -0.009712219);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, -1)
            HFLOAT v0_0 = tile[at + 1];
            HVEC4 w0_0 = HVEC4(0.025665283, 0.15185547, 0.10614014, 0.122802734);
            HVEC4 w0_1 = HVEC4(-0.057891846, -0.042999268, 0.0020389557, -0.17016602);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, -1)
            HFLOAT v0_0 = tile[at + 2];
            HVEC4 w0_0 = HVEC4(-0.005935669, 0.12561035, -0.084106445, 0.06137085);
            HVEC4 w0_1 = HVEC4(0.047821045, 0.11657715, 0.04522705, 0.13464355);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (-1, 0)
            HFLOAT v0_0 = tile[at + 10];
            HVEC4 w0_0 = HVEC4(-0.03277588, 0.03994751, -0.007926941, 0.1652832);
            HVEC4 w0_1 = HVEC4(-0.050628662, 0.08728027, 0.13439941, -0.026657104);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, 0)
            HFLOAT v0_0 = tile[at + 11];
            HVEC4 w0_0 = HVEC4(-0.057525635, -0.08459473, -0.36572266, 0.26391602);
            HVEC4 w0_1 = HVEC4(0.09527588, -0.16271973, 0.15478516, 0.15808105);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, 0)
            HFLOAT v0_0 = tile[at + 12];
            HVEC4 w0_0 = HVEC4(-0.22558594, -0.15466309, 0.08642578, 0.11151123);
            HVEC4 w0_1 = HVEC4(-0.11236572, 0.2758789, -0.20397949, -0.11834717);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (-1, 1)
            HFLOAT v0_0 = tile[at + 20];
            HVEC4 w0_0 = HVEC4(0.028686523, 0.18481445, -0.007156372, 0.09429932);
            HVEC4 w0_1 = HVEC4(0.049621582, -0.025909424, 0.0046691895, 0.022491455);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, 1)
            HFLOAT v0_0 = tile[at + 21];
            HVEC4 w0_0 = HVEC4(0.12988281, -0.09588623, 0.22277832, -0.00030755997);
            HVEC4 w0_1 = HVEC4(0.1003418, -0.2565918, -0.10638428, 0.05117798);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, 1)
            HFLOAT v0_0 = tile[at + 22];
            HVEC4 w0_0 = HVEC4(0.1928711, -0.0036716461, 0.046875, 0.08734131);
            HVEC4 w0_1 = HVEC4(-0.061431885, 0.064575195, 0.07348633, -0.050720215);
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
        vec4 a0_2 = vec4(0.030867014, -0.0024917293, 0.007428549, -0.0090537695);
        vec4 a0_3 = vec4(-0.0012738375, 0.013379571, 0.008391121, -0.06455159);
        {   // tap (-1, -1)
            HFLOAT v0_0 = tile[at + 0];
            HVEC4 w0_2 = HVEC4(-0.05529785, 0.10601807, -0.078308105, -0.0625);
            HVEC4 w0_3 = HVEC4(0.048614502, -0.12658691, 0.22937012, -0.092163086);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, -1)
            HFLOAT v0_0 = tile[at + 1];
            HVEC4 w0_2 = HVEC4(0.0770874, -0.047943115, 0.13464355, 0.00793457);
            HVEC4 w0_3 = HVEC4(-0.17651367, 0.16711426, 0.3449707, 0.15209961);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, -1)
            HFLOAT v0_0 = tile[at + 2];
            HVEC4 w0_2 = HVEC4(0.066345215, -0.00021219254, 0.024917603, -0.038848877);
            HVEC4 w0_3 = HVEC4(-0.0019388199, -0.010803223, 0.061065674, 0.08062744);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            HFLOAT v0_0 = tile[at + 10];
            HVEC4 w0_2 = HVEC4(-0.17321777, 0.2614746, 0.3215332, 0.15185547);
            HVEC4 w0_3 = HVEC4(0.042510986, -0.041503906, 0.0231781, -0.21240234);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, 0)
            HFLOAT v0_0 = tile[at + 11];
            HVEC4 w0_2 = HVEC4(-0.2644043, -0.671875, -0.28710938, -0.05996704);
            HVEC4 w0_3 = HVEC4(0.011520386, -0.14074707, -0.37109375, -0.026641846);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, 0)
            HFLOAT v0_0 = tile[at + 12];
            HVEC4 w0_2 = HVEC4(0.11956787, 0.11242676, -0.08984375, -0.04925537);
            HVEC4 w0_3 = HVEC4(0.05718994, 0.111328125, -0.17895508, 0.20166016);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            HFLOAT v0_0 = tile[at + 20];
            HVEC4 w0_2 = HVEC4(0.03869629, 0.11871338, -0.12390137, 0.0075263977);
            HVEC4 w0_3 = HVEC4(-0.05697632, 0.16064453, -0.06555176, -0.08892822);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, 1)
            HFLOAT v0_0 = tile[at + 21];
            HVEC4 w0_2 = HVEC4(0.18725586, 0.05758667, 0.07055664, 0.1739502);
            HVEC4 w0_3 = HVEC4(0.09564209, -0.08337402, -0.16760254, 0.02671814);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, 1)
            HFLOAT v0_0 = tile[at + 22];
            HVEC4 w0_2 = HVEC4(-0.13928223, 0.003850937, 0.015640259, -0.12646484);
            HVEC4 w0_3 = HVEC4(-0.01259613, -0.052856445, -0.034454346, 0.18518066);
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

//!DESC ArtCNN_C4F16_DS compute conv2d_1
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L0
//!SAVE ArtCNN_C4F16_DS_L1
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L0_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L0_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L0_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L0_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.022494009, 0.010688241, 0.113071755, 0.014310682);
            vec4 a0_1 = vec4(0.04352711, -0.0103872325, -0.012488284, 0.011180832);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.10479736, 0.34106445, -0.0657959, 0.03479004) * v0_0.x;
                s0_0 += HVEC4(0.1194458, 0.087646484, 0.03579712, -0.017532349) * v0_0.y;
                s0_0 += HVEC4(-0.31298828, 0.22314453, -0.0904541, -0.09472656) * v0_0.z;
                s0_0 += HVEC4(0.00012767315, -0.056427002, -0.12805176, 0.02798462) * v0_0.w;
                s0_0 += HVEC4(0.80566406, -0.027999878, -0.03149414, 0.036376953) * v0_1.x;
                s0_0 += HVEC4(-0.2211914, 0.16381836, 0.17553711, -0.042388916) * v0_1.y;
                s0_0 += HVEC4(-0.734375, 0.3557129, -0.06365967, -0.066345215) * v0_1.z;
                s0_0 += HVEC4(-0.3251953, 0.6977539, 0.0206604, 0.03540039) * v0_1.w;
                s0_0 += HVEC4(0.03765869, -0.080566406, -0.08856201, 0.035491943) * v0_2.x;
                s0_0 += HVEC4(-0.14550781, 0.31225586, -0.003419876, -0.061279297) * v0_2.y;
                s0_0 += HVEC4(0.32470703, 0.30541992, -0.055786133, -0.056884766) * v0_2.z;
                s0_0 += HVEC4(0.828125, 0.10498047, 0.040527344, 0.013671875) * v0_2.w;
                s0_0 += HVEC4(0.29492188, 0.11206055, 0.10681152, -0.053649902) * v0_3.x;
                s0_0 += HVEC4(0.5732422, -0.4494629, 0.11987305, 0.085998535) * v0_3.y;
                s0_0 += HVEC4(0.12054443, -0.0042495728, 0.027832031, -0.0037326813) * v0_3.z;
                s0_0 += HVEC4(0.020309448, 0.1496582, -0.043182373, -0.028945923) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.081848145, -0.041137695, 0.016967773, 0.15625) * v0_0.x;
                s0_1 += HVEC4(-0.058288574, -0.048950195, 0.027511597, 0.11999512) * v0_0.y;
                s0_1 += HVEC4(0.05130005, 0.0046577454, -0.04837036, 0.018981934) * v0_0.z;
                s0_1 += HVEC4(0.07952881, -0.06915283, -0.061706543, -0.108947754) * v0_0.w;
                s0_1 += HVEC4(-0.30249023, -0.08782959, 0.041107178, 0.02407837) * v0_1.x;
                s0_1 += HVEC4(0.22485352, 0.35986328, 0.072021484, 0.18286133) * v0_1.y;
                s0_1 += HVEC4(0.111206055, -0.045196533, 0.20751953, -0.11608887) * v0_1.z;
                s0_1 += HVEC4(-0.025848389, -0.067871094, -0.18688965, -0.1239624) * v0_1.w;
                s0_1 += HVEC4(-0.05899048, -0.115722656, -0.20373535, -0.115722656) * v0_2.x;
                s0_1 += HVEC4(0.23254395, 0.34716797, 0.055358887, 0.13549805) * v0_2.y;
                s0_1 += HVEC4(-0.09265137, 0.0993042, 0.05996704, 0.021713257) * v0_2.z;
                s0_1 += HVEC4(-0.14978027, -0.0004799366, -0.14819336, 0.10876465) * v0_2.w;
                s0_1 += HVEC4(0.036132812, 0.013618469, 0.06390381, 0.0158844) * v0_3.x;
                s0_1 += HVEC4(-0.023605347, -0.07421875, 0.05078125, 0.15185547) * v0_3.y;
                s0_1 += HVEC4(-0.10229492, 0.1508789, 0.08795166, 0.080444336) * v0_3.z;
                s0_1 += HVEC4(0.03363037, 0.04473877, 0.05178833, -0.0008158684) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.2824707, 0.13012695, -0.026733398, 0.021240234) * v0_0.x;
                s0_0 += HVEC4(0.58984375, 0.22351074, 0.03262329, 0.105773926) * v0_0.y;
                s0_0 += HVEC4(-0.57373047, -0.46020508, -0.124938965, -0.14001465) * v0_0.z;
                s0_0 += HVEC4(-0.34106445, 0.08782959, 0.030593872, 0.105163574) * v0_0.w;
                s0_0 += HVEC4(-0.3708496, 0.09075928, 0.066589355, 0.020126343) * v0_1.x;
                s0_0 += HVEC4(0.6147461, -0.3713379, 0.004673004, -0.22338867) * v0_1.y;
                s0_0 += HVEC4(0.7285156, -0.014579773, 0.09655762, 0.03781128) * v0_1.z;
                s0_0 += HVEC4(-0.30151367, -0.2310791, -0.13635254, 0.050811768) * v0_1.w;
                s0_0 += HVEC4(-0.5961914, -0.16479492, -0.12182617, 0.042419434) * v0_2.x;
                s0_0 += HVEC4(-0.01184845, -0.43115234, -0.057617188, -0.04333496) * v0_2.y;
                s0_0 += HVEC4(0.041259766, -0.35107422, 0.06048584, -0.011764526) * v0_2.z;
                s0_0 += HVEC4(-1.0224609, -0.17663574, 0.046905518, 0.05895996) * v0_2.w;
                s0_0 += HVEC4(-0.31982422, -0.24450684, -0.08581543, 0.001625061) * v0_3.x;
                s0_0 += HVEC4(-0.28979492, 0.38452148, 0.01953125, 0.07977295) * v0_3.y;
                s0_0 += HVEC4(0.26733398, -0.11401367, -0.038024902, -0.031402588) * v0_3.z;
                s0_0 += HVEC4(0.05960083, -0.105529785, 0.0093688965, -0.021270752) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.123413086, -0.038269043, 0.057617188, -0.083740234) * v0_0.x;
                s0_1 += HVEC4(-0.1105957, 0.098083496, 0.113586426, 0.030288696) * v0_0.y;
                s0_1 += HVEC4(-0.09527588, 0.054138184, 0.03768921, -0.02520752) * v0_0.z;
                s0_1 += HVEC4(0.13171387, -0.05331421, -0.11004639, -0.046417236) * v0_0.w;
                s0_1 += HVEC4(0.11004639, 0.06021118, -0.02835083, -0.023635864) * v0_1.x;
                s0_1 += HVEC4(-0.22375488, 0.067871094, 0.15588379, -0.12145996) * v0_1.y;
                s0_1 += HVEC4(0.12402344, -0.16564941, 0.060394287, 0.28173828) * v0_1.z;
                s0_1 += HVEC4(0.17749023, -0.16796875, -0.00944519, 0.009506226) * v0_1.w;
                s0_1 += HVEC4(-0.10461426, 0.19873047, 0.09185791, 0.06173706) * v0_2.x;
                s0_1 += HVEC4(0.09088135, 0.026535034, 0.22351074, -0.093688965) * v0_2.y;
                s0_1 += HVEC4(0.10736084, -0.097717285, -0.034454346, -0.06304932) * v0_2.z;
                s0_1 += HVEC4(0.113586426, 0.16625977, -0.03086853, -0.022262573) * v0_2.w;
                s0_1 += HVEC4(-0.0970459, -0.064331055, -0.0871582, -0.061309814) * v0_3.x;
                s0_1 += HVEC4(0.013694763, 0.10632324, 0.078125, 0.14416504) * v0_3.y;
                s0_1 += HVEC4(0.04525757, -0.19104004, -0.07635498, -0.032836914) * v0_3.z;
                s0_1 += HVEC4(-0.25854492, -0.021987915, 0.009399414, 0.04525757) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.26416016, -0.103271484, 0.019561768, -0.02809143) * v0_0.x;
                s0_0 += HVEC4(0.07867432, -0.14685059, 0.13110352, -0.15344238) * v0_0.y;
                s0_0 += HVEC4(-0.28198242, 0.06512451, -0.058166504, 0.036621094) * v0_0.z;
                s0_0 += HVEC4(-0.09375, -0.015037537, -0.10095215, -0.052825928) * v0_0.w;
                s0_0 += HVEC4(0.21508789, 0.21789551, -0.008758545, 0.035583496) * v0_1.x;
                s0_0 += HVEC4(0.12298584, 0.061828613, 0.011520386, 0.024902344) * v0_1.y;
                s0_0 += HVEC4(-0.38745117, -0.48168945, 0.0013046265, 0.10058594) * v0_1.z;
                s0_0 += HVEC4(-0.049041748, -0.033294678, -0.18884277, 0.0758667) * v0_1.w;
                s0_0 += HVEC4(-0.17663574, 0.103881836, 0.105529785, 0.0027256012) * v0_2.x;
                s0_0 += HVEC4(-0.2388916, 0.2932129, -0.010757446, 0.011001587) * v0_2.y;
                s0_0 += HVEC4(-0.6748047, -0.12445068, -0.20568848, 0.11199951) * v0_2.z;
                s0_0 += HVEC4(0.3864746, 0.107299805, 0.07678223, 0.010444641) * v0_2.w;
                s0_0 += HVEC4(0.17248535, 0.13549805, -0.04067993, 0.021759033) * v0_3.x;
                s0_0 += HVEC4(0.4243164, -0.11431885, 0.20910645, -0.2536621) * v0_3.y;
                s0_0 += HVEC4(-0.079711914, 0.053466797, -0.033081055, 0.032073975) * v0_3.z;
                s0_0 += HVEC4(0.27172852, -0.045928955, 0.0541687, -0.014137268) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.07598877, 0.0038337708, 0.009521484, -0.09820557) * v0_0.x;
                s0_1 += HVEC4(-0.12347412, 0.3100586, 0.09552002, -0.035369873) * v0_0.y;
                s0_1 += HVEC4(0.04586792, 0.08898926, -0.11968994, 0.093322754) * v0_0.z;
                s0_1 += HVEC4(-0.107055664, -0.037078857, -0.056549072, 0.12976074) * v0_0.w;
                s0_1 += HVEC4(0.10406494, 0.0927124, 0.121032715, -0.046936035) * v0_1.x;
                s0_1 += HVEC4(-0.08001709, -0.068847656, 0.10797119, -0.007286072) * v0_1.y;
                s0_1 += HVEC4(-0.22546387, 0.2277832, -0.11468506, 0.10064697) * v0_1.z;
                s0_1 += HVEC4(0.16369629, -0.11273193, -0.11437988, 0.040039062) * v0_1.w;
                s0_1 += HVEC4(0.07727051, 0.0003092289, -0.117248535, 0.036102295) * v0_2.x;
                s0_1 += HVEC4(-0.11657715, 0.14746094, -0.0546875, -0.061065674) * v0_2.y;
                s0_1 += HVEC4(-0.12817383, -0.29370117, 0.05770874, -0.01979065) * v0_2.z;
                s0_1 += HVEC4(-0.028915405, -0.10583496, 0.13684082, -0.074645996) * v0_2.w;
                s0_1 += HVEC4(-0.17053223, -0.1081543, -0.012268066, -0.029571533) * v0_3.x;
                s0_1 += HVEC4(-0.14233398, 0.16882324, 0.1928711, -0.11743164) * v0_3.y;
                s0_1 += HVEC4(0.07550049, -0.0793457, -0.013900757, -0.03729248) * v0_3.z;
                s0_1 += HVEC4(0.19030762, -0.037139893, -0.04324341, -0.052947998) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.1517334, -0.13232422, -0.0068969727, -0.15856934) * v0_0.x;
                s0_0 += HVEC4(-0.2220459, -0.1706543, 0.17419434, -0.16247559) * v0_0.y;
                s0_0 += HVEC4(0.23071289, 0.13952637, 0.0012397766, -0.034454346) * v0_0.z;
                s0_0 += HVEC4(0.028121948, 0.078125, -0.020858765, 0.028137207) * v0_0.w;
                s0_0 += HVEC4(-0.2956543, -0.07232666, 0.029876709, -0.0892334) * v0_1.x;
                s0_0 += HVEC4(-0.12286377, 0.038879395, -0.1628418, 0.040161133) * v0_1.y;
                s0_0 += HVEC4(-0.079833984, -0.3474121, -0.008659363, 0.31274414) * v0_1.z;
                s0_0 += HVEC4(-0.27392578, 0.48168945, 0.121276855, 0.19274902) * v0_1.w;
                s0_0 += HVEC4(0.06732178, 0.1817627, -0.04348755, -0.07556152) * v0_2.x;
                s0_0 += HVEC4(0.16320801, -0.0040740967, -0.095458984, -0.042510986) * v0_2.y;
                s0_0 += HVEC4(0.020706177, -0.4008789, 0.20458984, -0.1149292) * v0_2.z;
                s0_0 += HVEC4(-0.19873047, -0.0011959076, 0.20617676, -0.06628418) * v0_2.w;
                s0_0 += HVEC4(-0.031097412, 0.21264648, 0.031097412, 0.0014638901) * v0_3.x;
                s0_0 += HVEC4(0.14074707, -0.19226074, -0.0869751, -0.11553955) * v0_3.y;
                s0_0 += HVEC4(-0.24938965, -0.006385803, 0.006931305, -0.020202637) * v0_3.z;
                s0_0 += HVEC4(0.012641907, -0.05303955, -0.078063965, -0.07550049) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.0680542, 0.25268555, -0.036010742, 0.34375) * v0_0.x;
                s0_1 += HVEC4(-0.119140625, -0.044433594, 0.14526367, 0.07232666) * v0_0.y;
                s0_1 += HVEC4(-0.120666504, 0.23535156, 0.0647583, 0.1776123) * v0_0.z;
                s0_1 += HVEC4(0.06402588, -0.062805176, -0.042388916, -0.10272217) * v0_0.w;
                s0_1 += HVEC4(-0.023757935, -0.50390625, 0.05053711, -0.34985352) * v0_1.x;
                s0_1 += HVEC4(0.10040283, 0.33984375, -0.009933472, 0.48046875) * v0_1.y;
                s0_1 += HVEC4(-0.023010254, -0.18103027, -0.13769531, 0.008422852) * v0_1.z;
                s0_1 += HVEC4(-0.20629883, -0.2915039, -0.074279785, -0.5698242) * v0_1.w;
                s0_1 += HVEC4(0.0758667, 0.16821289, 0.03390503, -0.18811035) * v0_2.x;
                s0_1 += HVEC4(0.1586914, 0.23535156, -0.021087646, -0.09576416) * v0_2.y;
                s0_1 += HVEC4(-0.09844971, 0.012451172, 0.002418518, 0.45141602) * v0_2.z;
                s0_1 += HVEC4(0.04714966, 0.0847168, 0.09039307, -0.38330078) * v0_2.w;
                s0_1 += HVEC4(0.009391785, 0.026535034, -0.051757812, 0.058563232) * v0_3.x;
                s0_1 += HVEC4(0.23010254, -0.025115967, 0.20349121, -0.34838867) * v0_3.y;
                s0_1 += HVEC4(-0.26000977, 0.14404297, -0.0077781677, 0.27294922) * v0_3.z;
                s0_1 += HVEC4(0.16479492, 0.39624023, 0.0016870499, 0.4387207) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.035614014, -0.1418457, -0.046691895, -0.13439941) * v0_0.x;
                s0_0 += HVEC4(-0.45166016, 0.23425293, 0.05718994, -0.049438477) * v0_0.y;
                s0_0 += HVEC4(-0.45825195, 0.5883789, -0.005672455, -0.38964844) * v0_0.z;
                s0_0 += HVEC4(0.033081055, 0.03363037, 0.09509277, 0.11657715) * v0_0.w;
                s0_0 += HVEC4(0.16760254, -0.37670898, 0.044433594, 0.08703613) * v0_1.x;
                s0_0 += HVEC4(-0.12371826, 0.24926758, 0.028549194, 0.08337402) * v0_1.y;
                s0_0 += HVEC4(0.023895264, 0.36108398, 0.13415527, -0.01121521) * v0_1.z;
                s0_0 += HVEC4(0.8730469, -0.7338867, -0.20166016, 0.1920166) * v0_1.w;
                s0_0 += HVEC4(-0.14929199, 0.40527344, 0.072265625, -0.33544922) * v0_2.x;
                s0_0 += HVEC4(-0.078308105, 0.13708496, 0.21447754, -0.5605469) * v0_2.y;
                s0_0 += HVEC4(-0.20288086, 0.60791016, 0.105407715, -0.34350586) * v0_2.z;
                s0_0 += HVEC4(0.20837402, 0.20910645, -0.22729492, -0.17578125) * v0_2.w;
                s0_0 += HVEC4(0.20300293, -0.094055176, -0.010955811, -0.011711121) * v0_3.x;
                s0_0 += HVEC4(-0.46411133, 0.4375, 0.13903809, 0.066223145) * v0_3.y;
                s0_0 += HVEC4(-0.44555664, 0.33740234, 0.07165527, 0.012527466) * v0_3.z;
                s0_0 += HVEC4(-0.22424316, 0.055786133, 0.026184082, 0.06793213) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.099487305, -0.15637207, 0.24157715, -0.030822754) * v0_0.x;
                s0_1 += HVEC4(0.20751953, -0.20544434, -0.041809082, -0.06774902) * v0_0.y;
                s0_1 += HVEC4(-0.1940918, 0.1850586, 0.8857422, -0.07141113) * v0_0.z;
                s0_1 += HVEC4(0.16394043, 0.06365967, -0.10992432, -0.08270264) * v0_0.w;
                s0_1 += HVEC4(0.34277344, 0.054351807, -0.14331055, 0.15637207) * v0_1.x;
                s0_1 += HVEC4(-0.27246094, 0.029312134, -0.13098145, -0.2927246) * v0_1.y;
                s0_1 += HVEC4(0.16992188, -0.18518066, -0.4074707, -0.22180176) * v0_1.z;
                s0_1 += HVEC4(0.30151367, 0.030014038, -0.18615723, 0.06665039) * v0_1.w;
                s0_1 += HVEC4(-0.119140625, 0.42260742, 0.7861328, -0.017303467) * v0_2.x;
                s0_1 += HVEC4(-0.105651855, -0.12902832, 0.85253906, -0.08508301) * v0_2.y;
                s0_1 += HVEC4(0.19311523, 0.115112305, 0.29174805, -0.35473633) * v0_2.z;
                s0_1 += HVEC4(0.14221191, -0.033233643, 0.37402344, 0.32421875) * v0_2.w;
                s0_1 += HVEC4(-0.016647339, 0.0047950745, 0.04788208, 0.023712158) * v0_3.x;
                s0_1 += HVEC4(-0.0869751, -0.041107178, 0.050048828, 0.15075684) * v0_3.y;
                s0_1 += HVEC4(0.020004272, -0.021621704, -0.105773926, -0.16796875) * v0_3.z;
                s0_1 += HVEC4(-0.34692383, 0.03552246, -0.013648987, 0.055633545) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(-0.28295898, 0.007865906, -0.04852295, -0.082336426) * v0_0.x;
                s0_0 += HVEC4(-0.36157227, -0.13598633, -0.03463745, -0.04437256) * v0_0.y;
                s0_0 += HVEC4(0.21704102, 0.09082031, 0.06921387, -0.16003418) * v0_0.z;
                s0_0 += HVEC4(-0.047821045, 0.062561035, 0.049865723, 0.038635254) * v0_0.w;
                s0_0 += HVEC4(-0.17980957, 0.08093262, -0.1427002, -0.1307373) * v0_1.x;
                s0_0 += HVEC4(-0.24108887, -0.07232666, -0.13098145, 0.103637695) * v0_1.y;
                s0_0 += HVEC4(-0.0925293, 0.29174805, -0.04901123, -0.16064453) * v0_1.z;
                s0_0 += HVEC4(0.35180664, 0.5371094, -0.0635376, 0.15673828) * v0_1.w;
                s0_0 += HVEC4(-0.07232666, 0.14282227, 0.087646484, -0.041900635) * v0_2.x;
                s0_0 += HVEC4(0.12866211, -0.11627197, -0.072753906, -0.11706543) * v0_2.y;
                s0_0 += HVEC4(0.014022827, -0.15185547, -0.08526611, 0.027114868) * v0_2.z;
                s0_0 += HVEC4(-0.036987305, 0.13671875, -0.05770874, -0.07293701) * v0_2.w;
                s0_0 += HVEC4(0.056793213, 0.12322998, -0.1463623, 0.051208496) * v0_3.x;
                s0_0 += HVEC4(-0.3305664, -0.32666016, -0.009613037, -0.15258789) * v0_3.y;
                s0_0 += HVEC4(-0.006893158, 0.06402588, -0.0524292, 0.12371826) * v0_3.z;
                s0_0 += HVEC4(-0.15014648, 0.085632324, 0.05456543, -0.010269165) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.08618164, -0.1348877, -0.03074646, -0.085510254) * v0_0.x;
                s0_1 += HVEC4(-0.092041016, -0.16442871, 0.20812988, -0.101989746) * v0_0.y;
                s0_1 += HVEC4(0.35424805, -0.086120605, 0.15649414, 0.066101074) * v0_0.z;
                s0_1 += HVEC4(-0.19750977, 0.08483887, -0.030548096, 0.018539429) * v0_0.w;
                s0_1 += HVEC4(0.25390625, 0.078308105, 0.13903809, 0.012001038) * v0_1.x;
                s0_1 += HVEC4(-0.15441895, 0.05114746, -6.3955784e-05, -0.12536621) * v0_1.y;
                s0_1 += HVEC4(-0.19836426, -0.21594238, 0.1352539, 0.13537598) * v0_1.z;
                s0_1 += HVEC4(0.22814941, 0.048553467, -0.19335938, -0.042755127) * v0_1.w;
                s0_1 += HVEC4(0.34057617, -0.042510986, 0.016738892, 0.10681152) * v0_2.x;
                s0_1 += HVEC4(-0.40966797, -0.041381836, 0.19812012, -0.10723877) * v0_2.y;
                s0_1 += HVEC4(-0.30200195, 0.21179199, 0.33569336, 0.21606445) * v0_2.z;
                s0_1 += HVEC4(-0.0970459, -0.09844971, -0.07531738, 0.0446167) * v0_2.w;
                s0_1 += HVEC4(-0.038024902, -0.027450562, 0.03793335, -0.023910522) * v0_3.x;
                s0_1 += HVEC4(-0.15368652, -0.29858398, 0.047424316, -0.10235596) * v0_3.y;
                s0_1 += HVEC4(0.047698975, -0.033996582, 0.035736084, -0.08892822) * v0_3.z;
                s0_1 += HVEC4(0.4543457, -0.007881165, 0.057250977, 0.023162842) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.07952881, 0.030883789, 0.004486084, 0.16674805) * v0_0.x;
                s0_0 += HVEC4(-0.026290894, -0.118652344, -0.08392334, 0.16992188) * v0_0.y;
                s0_0 += HVEC4(0.26464844, -0.21643066, 0.04437256, -0.061279297) * v0_0.z;
                s0_0 += HVEC4(-0.045562744, -0.050079346, -0.10900879, -0.019714355) * v0_0.w;
                s0_0 += HVEC4(0.06719971, 0.16467285, -0.042236328, 0.095458984) * v0_1.x;
                s0_0 += HVEC4(0.0793457, -0.1706543, -0.06414795, 0.09667969) * v0_1.y;
                s0_0 += HVEC4(0.3095703, 0.1295166, -0.15673828, -0.21679688) * v0_1.z;
                s0_0 += HVEC4(0.021835327, 0.24926758, -0.19104004, 0.02998352) * v0_1.w;
                s0_0 += HVEC4(0.17456055, 0.0028629303, -0.25024414, 0.09686279) * v0_2.x;
                s0_0 += HVEC4(-0.021469116, -0.037902832, -0.014526367, 0.028060913) * v0_2.y;
                s0_0 += HVEC4(0.006767273, -0.007522583, -0.035095215, 0.10272217) * v0_2.z;
                s0_0 += HVEC4(-0.0491333, 0.15002441, -0.04348755, 0.13415527) * v0_2.w;
                s0_0 += HVEC4(-0.12145996, 0.09313965, 0.008666992, 0.059539795) * v0_3.x;
                s0_0 += HVEC4(-0.100097656, 0.08642578, 0.12371826, -0.05758667) * v0_3.y;
                s0_0 += HVEC4(-0.10913086, -0.19091797, -0.13537598, 0.23132324) * v0_3.z;
                s0_0 += HVEC4(-0.07556152, 0.07086182, -0.0053100586, 0.12322998) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.023376465, -0.03942871, -0.047790527, -0.16052246) * v0_0.x;
                s0_1 += HVEC4(0.14501953, -0.4248047, -0.14880371, 0.18103027) * v0_0.y;
                s0_1 += HVEC4(0.116760254, -0.0020332336, -0.08758545, 0.18664551) * v0_0.z;
                s0_1 += HVEC4(-0.008987427, -0.06677246, 0.10559082, -0.032928467) * v0_0.w;
                s0_1 += HVEC4(-0.13586426, -0.4658203, -0.031463623, -0.13000488) * v0_1.x;
                s0_1 += HVEC4(0.25146484, 0.44702148, -0.13500977, 0.890625) * v0_1.y;
                s0_1 += HVEC4(-0.32373047, 0.048675537, 0.06213379, -0.21557617) * v0_1.z;
                s0_1 += HVEC4(0.025558472, 0.007827759, 0.0037822723, 0.41479492) * v0_1.w;
                s0_1 += HVEC4(0.20593262, -0.13098145, -0.13830566, 0.5332031) * v0_2.x;
                s0_1 += HVEC4(0.11090088, 0.41748047, -0.18579102, 0.6503906) * v0_2.y;
                s0_1 += HVEC4(-0.046844482, -0.082458496, -0.07757568, -0.32543945) * v0_2.z;
                s0_1 += HVEC4(0.035827637, -0.30444336, 0.004550934, -0.12536621) * v0_2.w;
                s0_1 += HVEC4(0.18066406, 0.2541504, 0.08026123, -0.10180664) * v0_3.x;
                s0_1 += HVEC4(0.015388489, 0.29125977, -0.17126465, 0.44970703) * v0_3.y;
                s0_1 += HVEC4(0.053649902, -0.8173828, -0.22644043, 0.25708008) * v0_3.z;
                s0_1 += HVEC4(0.13598633, 0.11444092, -0.09649658, 0.40600586) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.055664062, 0.032073975, -0.057891846, 0.11785889) * v0_0.x;
                s0_0 += HVEC4(0.074035645, 0.19055176, -0.07269287, 0.44213867) * v0_0.y;
                s0_0 += HVEC4(0.22729492, -0.1619873, -0.20324707, 0.78125) * v0_0.z;
                s0_0 += HVEC4(0.0058631897, -0.033599854, -0.05999756, 0.020828247) * v0_0.w;
                s0_0 += HVEC4(0.056121826, -0.061828613, 0.09246826, -0.12683105) * v0_1.x;
                s0_0 += HVEC4(0.052124023, 0.051635742, 0.012786865, 0.17016602) * v0_1.y;
                s0_0 += HVEC4(0.025634766, 0.2097168, 0.064697266, 0.18725586) * v0_1.z;
                s0_0 += HVEC4(-0.1772461, -0.16333008, 0.25708008, -0.73535156) * v0_1.w;
                s0_0 += HVEC4(-0.3515625, 0.04296875, -0.24645996, 0.6411133) * v0_2.x;
                s0_0 += HVEC4(-0.22875977, 0.16833496, 0.12597656, 0.3635254) * v0_2.y;
                s0_0 += HVEC4(0.019714355, 0.07672119, -0.19763184, 0.42871094) * v0_2.z;
                s0_0 += HVEC4(0.06298828, -0.24914551, 0.11303711, -0.021362305) * v0_2.w;
                s0_0 += HVEC4(0.0049972534, -0.09411621, 0.10064697, -0.50634766) * v0_3.x;
                s0_0 += HVEC4(0.093444824, 0.09869385, -0.0625, 0.32104492) * v0_3.y;
                s0_0 += HVEC4(0.27539062, -0.019592285, -0.1619873, 1.2998047) * v0_3.z;
                s0_0 += HVEC4(-0.023132324, 0.0690918, -0.05709839, 0.37280273) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.09729004, -0.10394287, -0.13317871, -0.062927246) * v0_0.x;
                s0_1 += HVEC4(0.19128418, -0.07318115, -0.4880371, -0.27612305) * v0_0.y;
                s0_1 += HVEC4(-0.03729248, -0.37768555, -0.59521484, -0.12402344) * v0_0.z;
                s0_1 += HVEC4(0.07897949, 0.033203125, 0.07330322, 0.057739258) * v0_0.w;
                s0_1 += HVEC4(0.1295166, 0.017974854, 0.21191406, 0.23730469) * v0_1.x;
                s0_1 += HVEC4(-0.15026855, -0.03274536, -0.35986328, -0.18725586) * v0_1.y;
                s0_1 += HVEC4(0.22729492, 0.17419434, 0.0061302185, -0.36450195) * v0_1.z;
                s0_1 += HVEC4(0.001496315, 0.6303711, 0.88916016, 0.10247803) * v0_1.w;
                s0_1 += HVEC4(-0.15588379, -0.24658203, -0.38989258, 0.03817749) * v0_2.x;
                s0_1 += HVEC4(0.12463379, -0.19470215, -0.5083008, -0.16882324) * v0_2.y;
                s0_1 += HVEC4(0.49267578, -0.050872803, -0.48632812, -0.56103516) * v0_2.z;
                s0_1 += HVEC4(0.08215332, 0.34643555, -0.0418396, -0.265625) * v0_2.w;
                s0_1 += HVEC4(-0.067871094, 0.31860352, 0.46069336, 0.060577393) * v0_3.x;
                s0_1 += HVEC4(-0.18896484, -0.17163086, -0.38671875, -0.2770996) * v0_3.y;
                s0_1 += HVEC4(0.57470703, -0.59814453, -0.9428711, -0.18664551) * v0_3.z;
                s0_1 += HVEC4(-0.30200195, -0.12597656, -0.11987305, -0.023544312) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.13317871, -0.08081055, 0.015090942, 0.0014333725) * v0_0.x;
                s0_0 += HVEC4(0.109802246, -0.31860352, -0.14208984, -0.096191406) * v0_0.y;
                s0_0 += HVEC4(0.11395264, -0.06976318, 0.093444824, -0.050048828) * v0_0.z;
                s0_0 += HVEC4(0.038269043, -0.06512451, 0.0395813, -0.072143555) * v0_0.w;
                s0_0 += HVEC4(-0.1171875, 0.16687012, -0.2265625, 0.04724121) * v0_1.x;
                s0_0 += HVEC4(0.09680176, -0.093444824, -0.037322998, -0.10888672) * v0_1.y;
                s0_0 += HVEC4(0.18395996, -0.66796875, 0.11706543, -0.06378174) * v0_1.z;
                s0_0 += HVEC4(-0.059631348, -0.39648438, -0.0012207031, -0.15063477) * v0_1.w;
                s0_0 += HVEC4(0.076171875, -0.13354492, -0.08807373, -0.04284668) * v0_2.x;
                s0_0 += HVEC4(-0.099121094, 0.044189453, 0.09118652, 0.17590332) * v0_2.y;
                s0_0 += HVEC4(0.17297363, -0.0038700104, -0.06970215, 0.057861328) * v0_2.z;
                s0_0 += HVEC4(-0.04736328, -0.062561035, -0.008766174, 0.07977295) * v0_2.w;
                s0_0 += HVEC4(-0.019577026, 0.054382324, -0.0023231506, -0.085510254) * v0_3.x;
                s0_0 += HVEC4(0.048187256, -0.048217773, -0.08538818, -0.024551392) * v0_3.y;
                s0_0 += HVEC4(-0.22949219, -0.013877869, -0.05609131, 0.18432617) * v0_3.z;
                s0_0 += HVEC4(-0.06719971, 0.014205933, -0.13867188, 0.21118164) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.20336914, -0.14111328, -0.06726074, -0.055877686) * v0_0.x;
                s0_1 += HVEC4(-0.024673462, 0.008476257, -0.020965576, -0.020629883) * v0_0.y;
                s0_1 += HVEC4(0.05154419, -0.12976074, -0.12402344, -0.14794922) * v0_0.z;
                s0_1 += HVEC4(-0.13500977, -0.107788086, 0.058807373, 0.08441162) * v0_0.w;
                s0_1 += HVEC4(0.20056152, -0.074645996, -0.15344238, -0.10266113) * v0_1.x;
                s0_1 += HVEC4(-0.2775879, 0.113586426, -0.022491455, 0.047973633) * v0_1.y;
                s0_1 += HVEC4(-0.087524414, 0.088012695, 0.15429688, 0.04220581) * v0_1.z;
                s0_1 += HVEC4(-0.24267578, -0.061645508, 0.18469238, 0.13989258) * v0_1.w;
                s0_1 += HVEC4(0.2849121, -0.24572754, 0.0018091202, 0.09729004) * v0_2.x;
                s0_1 += HVEC4(-0.38305664, -0.11401367, -0.14733887, 0.0011177063) * v0_2.y;
                s0_1 += HVEC4(-0.15356445, -0.40844727, -0.23742676, -0.1373291) * v0_2.z;
                s0_1 += HVEC4(-0.109680176, 0.13549805, -0.026016235, 0.093933105) * v0_2.w;
                s0_1 += HVEC4(-0.33618164, 0.066833496, 0.08959961, -0.04949951) * v0_3.x;
                s0_1 += HVEC4(-0.04711914, 0.112854004, -0.065979004, 0.0082092285) * v0_3.y;
                s0_1 += HVEC4(0.11364746, -0.30322266, -0.20153809, -0.052581787) * v0_3.z;
                s0_1 += HVEC4(0.24682617, -0.17785645, -0.06817627, -0.0068969727) * v0_3.w;
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
            vec4 a0_2 = vec4(0.010249187, 0.024268746, 0.006529056, 0.013672046);
            vec4 a0_3 = vec4(0.0028431015, -0.004790311, -0.0061660665, -0.03548562);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.12512207, -0.10949707, -0.50390625, -0.7294922) * v0_0.x;
                s0_2 += HVEC4(0.046569824, -0.04345703, 0.007858276, -0.42871094) * v0_0.y;
                s0_2 += HVEC4(-0.08013916, -0.20117188, 0.2932129, -0.29418945) * v0_0.z;
                s0_2 += HVEC4(0.016281128, -0.078430176, 0.033843994, 0.024993896) * v0_0.w;
                s0_2 += HVEC4(-0.111572266, 0.040039062, 0.5366211, -0.51660156) * v0_1.x;
                s0_2 += HVEC4(0.24499512, 0.09454346, -0.084472656, 0.7036133) * v0_1.y;
                s0_2 += HVEC4(-0.1739502, -0.099365234, -0.9604492, -0.3083496) * v0_1.z;
                s0_2 += HVEC4(-0.16064453, -0.14758301, 0.49389648, -0.70166016) * v0_1.w;
                s0_2 += HVEC4(-0.0814209, -0.038604736, 0.37109375, -0.12646484) * v0_2.x;
                s0_2 += HVEC4(0.05480957, 0.083740234, 0.17333984, -0.27734375) * v0_2.y;
                s0_2 += HVEC4(-0.00019073486, -0.020721436, 0.30639648, -0.09515381) * v0_2.z;
                s0_2 += HVEC4(-0.06982422, 0.04574585, 0.73095703, -0.64941406) * v0_2.w;
                s0_2 += HVEC4(0.057647705, 0.04660034, 0.3696289, 0.08190918) * v0_3.x;
                s0_2 += HVEC4(0.2208252, 0.13354492, 0.5390625, 0.24841309) * v0_3.y;
                s0_2 += HVEC4(0.018356323, -0.007987976, -0.16186523, 0.27270508) * v0_3.z;
                s0_2 += HVEC4(-0.0070533752, 0.01902771, 0.014663696, 0.36767578) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.12585449, 0.12176514, 0.11328125, -0.11236572) * v0_0.x;
                s0_3 += HVEC4(0.074645996, -0.054382324, 0.15588379, 0.1821289) * v0_0.y;
                s0_3 += HVEC4(-0.0001887083, -0.11291504, -0.20349121, -0.042175293) * v0_0.z;
                s0_3 += HVEC4(-0.032318115, -0.048614502, -0.01576233, 0.14440918) * v0_0.w;
                s0_3 += HVEC4(0.02507019, 0.16088867, 0.11242676, 0.21191406) * v0_1.x;
                s0_3 += HVEC4(-0.014625549, -0.16687012, -0.12164307, -0.27172852) * v0_1.y;
                s0_3 += HVEC4(-0.06323242, 0.20202637, 0.33325195, 0.055511475) * v0_1.z;
                s0_3 += HVEC4(-0.0044784546, -0.0019311905, -0.45947266, 0.21069336) * v0_1.w;
                s0_3 += HVEC4(0.05001831, -0.1328125, -0.62841797, -0.09832764) * v0_2.x;
                s0_3 += HVEC4(0.009277344, -0.14550781, -0.39135742, -0.27392578) * v0_2.y;
                s0_3 += HVEC4(0.09008789, 0.059295654, -0.040618896, -0.21313477) * v0_2.z;
                s0_3 += HVEC4(0.14550781, -0.015213013, -0.09338379, -0.086364746) * v0_2.w;
                s0_3 += HVEC4(-0.015167236, -0.06530762, -0.19482422, -0.040039062) * v0_3.x;
                s0_3 += HVEC4(-0.08874512, -0.21972656, 0.11260986, 0.14892578) * v0_3.y;
                s0_3 += HVEC4(0.03829956, -0.0033473969, 0.05529785, -0.08917236) * v0_3.z;
                s0_3 += HVEC4(-0.039123535, -0.064331055, -0.06817627, -0.11090088) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.11425781, 0.060302734, -0.0016384125, -0.014457703) * v0_0.x;
                s0_2 += HVEC4(0.03945923, 0.04650879, 0.0690918, -0.23181152) * v0_0.y;
                s0_2 += HVEC4(0.13305664, 0.06262207, 0.030517578, -0.48657227) * v0_0.z;
                s0_2 += HVEC4(0.05758667, 0.105529785, -0.049743652, -0.10015869) * v0_0.w;
                s0_2 += HVEC4(-0.02670288, 0.14709473, 0.16296387, -0.064086914) * v0_1.x;
                s0_2 += HVEC4(-0.14245605, -0.22497559, 0.029815674, -0.13427734) * v0_1.y;
                s0_2 += HVEC4(-0.13830566, 0.2277832, 0.10064697, 0.14428711) * v0_1.z;
                s0_2 += HVEC4(-0.15209961, 0.074645996, -0.16210938, -0.03543091) * v0_1.w;
                s0_2 += HVEC4(0.1796875, -0.119628906, 0.25634766, -0.8442383) * v0_2.x;
                s0_2 += HVEC4(0.036499023, -0.066345215, 0.029342651, -0.26171875) * v0_2.y;
                s0_2 += HVEC4(0.059509277, -0.22167969, -0.4621582, 0.34765625) * v0_2.z;
                s0_2 += HVEC4(0.10467529, 0.060821533, -0.40527344, 0.20031738) * v0_2.w;
                s0_2 += HVEC4(0.07910156, -0.13476562, -0.05831909, -0.13391113) * v0_3.x;
                s0_2 += HVEC4(-0.10168457, -0.05166626, 0.17358398, -0.5908203) * v0_3.y;
                s0_2 += HVEC4(-0.09655762, -0.07110596, 0.068847656, 0.08526611) * v0_3.z;
                s0_2 += HVEC4(-0.0007429123, -0.113708496, -0.035003662, -0.018478394) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.1472168, -0.08721924, -0.14733887, -0.025634766) * v0_0.x;
                s0_3 += HVEC4(-0.03829956, 0.06097412, 0.06707764, 0.011482239) * v0_0.y;
                s0_3 += HVEC4(0.16015625, -0.11590576, -0.35888672, 0.105041504) * v0_0.z;
                s0_3 += HVEC4(-0.014373779, 0.059020996, -0.011123657, -0.04751587) * v0_0.w;
                s0_3 += HVEC4(0.0541687, 0.14221191, -0.1484375, 0.044830322) * v0_1.x;
                s0_3 += HVEC4(0.14501953, -0.105651855, 0.01939392, 0.13244629) * v0_1.y;
                s0_3 += HVEC4(0.031982422, 0.023956299, 0.49853516, -0.20666504) * v0_1.z;
                s0_3 += HVEC4(0.11126709, 0.1161499, -0.107788086, -0.041229248) * v0_1.w;
                s0_3 += HVEC4(0.20251465, -0.06744385, -0.18737793, 0.020004272) * v0_2.x;
                s0_3 += HVEC4(0.25952148, -0.059448242, -0.20654297, 0.21948242) * v0_2.y;
                s0_3 += HVEC4(0.14501953, -0.1484375, 0.421875, -0.080322266) * v0_2.z;
                s0_3 += HVEC4(0.04598999, 0.028457642, -0.13110352, -0.03717041) * v0_2.w;
                s0_3 += HVEC4(0.13781738, -0.0814209, -0.019561768, 0.11004639) * v0_3.x;
                s0_3 += HVEC4(-0.03942871, -0.014335632, -0.28125, 0.09820557) * v0_3.y;
                s0_3 += HVEC4(-0.039978027, 0.072265625, 0.1574707, 0.07507324) * v0_3.z;
                s0_3 += HVEC4(0.15966797, 0.012413025, -0.0960083, 0.01184845) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.08898926, 0.14440918, -0.19299316, -0.19958496) * v0_0.x;
                s0_2 += HVEC4(0.009353638, 0.080200195, 0.028289795, -0.34326172) * v0_0.y;
                s0_2 += HVEC4(0.03491211, 0.17236328, -0.32885742, -0.1854248) * v0_0.z;
                s0_2 += HVEC4(-0.046203613, -0.16149902, -0.09674072, -0.026275635) * v0_0.w;
                s0_2 += HVEC4(-0.031829834, 0.041931152, 0.32080078, -0.036346436) * v0_1.x;
                s0_2 += HVEC4(-0.014190674, 0.02268982, 0.13439941, 0.07513428) * v0_1.y;
                s0_2 += HVEC4(0.1026001, -0.3334961, -0.13684082, 0.15930176) * v0_1.z;
                s0_2 += HVEC4(-0.16455078, 0.12084961, -0.09753418, 0.5292969) * v0_1.w;
                s0_2 += HVEC4(0.07171631, 0.016326904, -0.25585938, -0.10571289) * v0_2.x;
                s0_2 += HVEC4(-0.043640137, -0.010643005, -0.06915283, 0.085998535) * v0_2.y;
                s0_2 += HVEC4(-0.097717285, 0.11767578, -0.37231445, -0.5292969) * v0_2.z;
                s0_2 += HVEC4(0.019195557, -0.052490234, -0.11541748, -0.09246826) * v0_2.w;
                s0_2 += HVEC4(0.020935059, 0.26635742, 0.18640137, 0.1307373) * v0_3.x;
                s0_2 += HVEC4(0.13317871, -0.10882568, 0.05819702, -0.23620605) * v0_3.y;
                s0_2 += HVEC4(0.01134491, 0.16467285, 0.011566162, -0.046081543) * v0_3.z;
                s0_2 += HVEC4(0.07043457, 0.11242676, 0.0099105835, -0.13598633) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.10131836, 0.026275635, -0.019546509, 0.043670654) * v0_0.x;
                s0_3 += HVEC4(0.015235901, -0.12841797, 0.07922363, 0.049713135) * v0_0.y;
                s0_3 += HVEC4(-0.22387695, -0.23937988, 0.02027893, 0.0625) * v0_0.z;
                s0_3 += HVEC4(0.0031147003, 0.058898926, -0.015670776, -0.087524414) * v0_0.w;
                s0_3 += HVEC4(-0.13232422, 0.0076904297, -0.10437012, 0.029846191) * v0_1.x;
                s0_3 += HVEC4(-0.18432617, -0.021881104, 0.092041016, 0.06530762) * v0_1.y;
                s0_3 += HVEC4(0.35375977, -0.077819824, -0.025512695, 0.037017822) * v0_1.z;
                s0_3 += HVEC4(-0.11553955, -0.27734375, 0.5473633, 0.056152344) * v0_1.w;
                s0_3 += HVEC4(-0.0036621094, 0.056610107, 0.1817627, 0.04244995) * v0_2.x;
                s0_3 += HVEC4(-0.21777344, -0.049194336, -0.04196167, 0.097839355) * v0_2.y;
                s0_3 += HVEC4(-0.3059082, 0.13122559, -0.20935059, -0.01852417) * v0_2.z;
                s0_3 += HVEC4(-0.17626953, -0.10620117, -0.09716797, 0.07739258) * v0_2.w;
                s0_3 += HVEC4(-0.27441406, 0.0847168, 0.010795593, 0.014595032) * v0_3.x;
                s0_3 += HVEC4(-0.034423828, 0.04989624, -0.25976562, 0.10583496) * v0_3.y;
                s0_3 += HVEC4(-0.051971436, -0.03250122, -0.059661865, -0.019607544) * v0_3.z;
                s0_3 += HVEC4(0.07757568, 0.040130615, -0.06304932, 0.0129852295) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.0703125, -0.089416504, 0.52685547, -0.11218262) * v0_0.x;
                s0_2 += HVEC4(-0.047912598, -0.1550293, 0.41186523, -0.047821045) * v0_0.y;
                s0_2 += HVEC4(-0.031280518, -0.14807129, -0.4777832, 0.37329102) * v0_0.z;
                s0_2 += HVEC4(0.07385254, 0.079833984, -0.025054932, 0.0881958) * v0_0.w;
                s0_2 += HVEC4(-0.41210938, -0.038513184, -0.27172852, -0.3618164) * v0_1.x;
                s0_2 += HVEC4(0.3173828, 0.014968872, 0.070373535, 0.47216797) * v0_1.y;
                s0_2 += HVEC4(0.0077781677, 0.009246826, 1.2646484, -0.092041016) * v0_1.z;
                s0_2 += HVEC4(-0.58984375, -0.024093628, 0.80322266, 0.2355957) * v0_1.w;
                s0_2 += HVEC4(-0.0071907043, -0.101867676, -0.21142578, 0.5307617) * v0_2.x;
                s0_2 += HVEC4(-0.08795166, 0.016174316, -0.14562988, 0.53515625) * v0_2.y;
                s0_2 += HVEC4(-0.1673584, 0.019973755, 0.41186523, 0.017105103) * v0_2.z;
                s0_2 += HVEC4(-0.1472168, 0.0041160583, -0.1973877, -0.14318848) * v0_2.w;
                s0_2 += HVEC4(0.023666382, -0.0011882782, -0.28735352, -0.024719238) * v0_3.x;
                s0_2 += HVEC4(0.07269287, 0.19897461, -0.64404297, 0.23925781) * v0_3.y;
                s0_2 += HVEC4(0.054992676, -0.13391113, 0.016815186, -0.095214844) * v0_3.z;
                s0_2 += HVEC4(0.04397583, 0.054748535, -0.018951416, -0.055023193) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.2043457, -0.025390625, -0.28466797, 0.12658691) * v0_0.x;
                s0_3 += HVEC4(0.1977539, -0.11419678, 0.07836914, 0.14282227) * v0_0.y;
                s0_3 += HVEC4(0.106933594, -0.27270508, 0.032806396, -0.4152832) * v0_0.z;
                s0_3 += HVEC4(-0.14208984, -0.118896484, 0.018447876, 0.095825195) * v0_0.w;
                s0_3 += HVEC4(0.07293701, 0.3881836, -0.011947632, 0.33007812) * v0_1.x;
                s0_3 += HVEC4(0.023544312, -0.29760742, 0.11529541, -0.6977539) * v0_1.y;
                s0_3 += HVEC4(0.17700195, 0.10357666, -0.30932617, 0.5986328) * v0_1.z;
                s0_3 += HVEC4(-0.06542969, 0.11212158, -0.5722656, 0.5175781) * v0_1.w;
                s0_3 += HVEC4(0.015052795, -0.10357666, -0.08270264, -0.8232422) * v0_2.x;
                s0_3 += HVEC4(0.0619812, -0.123413086, -0.16479492, -0.45385742) * v0_2.y;
                s0_3 += HVEC4(-0.028671265, -0.036499023, 0.3317871, -0.17712402) * v0_2.z;
                s0_3 += HVEC4(-0.09118652, 0.35791016, -0.050994873, 0.2631836) * v0_2.w;
                s0_3 += HVEC4(-0.05581665, 0.20532227, 0.13427734, 0.014755249) * v0_3.x;
                s0_3 += HVEC4(-0.044433594, 0.14611816, 0.26635742, -0.43969727) * v0_3.y;
                s0_3 += HVEC4(0.15283203, -0.0657959, 0.008682251, -0.20483398) * v0_3.z;
                s0_3 += HVEC4(0.08306885, -0.09106445, 0.018875122, -0.32202148) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.119506836, 0.06439209, 0.12927246, 0.124572754) * v0_0.x;
                s0_2 += HVEC4(-0.08856201, 0.11846924, 0.18334961, 0.091674805) * v0_0.y;
                s0_2 += HVEC4(-0.41870117, -0.14782715, 0.12927246, 0.101867676) * v0_0.z;
                s0_2 += HVEC4(0.21374512, 0.083984375, 0.10986328, 0.06774902) * v0_0.w;
                s0_2 += HVEC4(-0.05239868, 0.22814941, -0.3642578, -0.1953125) * v0_1.x;
                s0_2 += HVEC4(-0.03866577, -0.2783203, -0.0008711815, 0.08325195) * v0_1.y;
                s0_2 += HVEC4(0.44873047, 0.16113281, 0.26489258, -0.014778137) * v0_1.z;
                s0_2 += HVEC4(0.15563965, 0.16247559, -0.29345703, -0.4970703) * v0_1.w;
                s0_2 += HVEC4(-0.31176758, -0.20922852, 0.049560547, -0.02067566) * v0_2.x;
                s0_2 += HVEC4(-0.44262695, -0.5415039, -0.12182617, -0.07098389) * v0_2.y;
                s0_2 += HVEC4(-0.29663086, -0.60009766, 0.20458984, -0.12347412) * v0_2.z;
                s0_2 += HVEC4(-0.10205078, 0.009284973, 0.3491211, -0.21704102) * v0_2.w;
                s0_2 += HVEC4(-0.10882568, -0.16674805, -0.23962402, -0.42456055) * v0_3.x;
                s0_2 += HVEC4(0.16442871, -0.3449707, 0.11578369, 0.17614746) * v0_3.y;
                s0_2 += HVEC4(-0.13378906, 0.061798096, -0.019927979, 0.012771606) * v0_3.z;
                s0_2 += HVEC4(0.07647705, -0.33129883, -0.012145996, 0.07623291) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.09442139, -0.101989746, -0.029724121, -0.00818634) * v0_0.x;
                s0_3 += HVEC4(-0.29614258, 0.07739258, -0.16064453, 0.16027832) * v0_0.y;
                s0_3 += HVEC4(0.45092773, -0.032440186, 0.44213867, 0.21838379) * v0_0.z;
                s0_3 += HVEC4(-0.028533936, 0.09710693, -0.054901123, 0.018798828) * v0_0.w;
                s0_3 += HVEC4(-0.40649414, -0.027709961, -0.31152344, -0.04135132) * v0_1.x;
                s0_3 += HVEC4(0.6015625, 0.101989746, 0.12817383, 0.27783203) * v0_1.y;
                s0_3 += HVEC4(-0.59765625, 0.12359619, -0.18347168, -0.1038208) * v0_1.z;
                s0_3 += HVEC4(-0.7597656, -0.09869385, -0.52783203, -0.45336914) * v0_1.w;
                s0_3 += HVEC4(0.43139648, 0.012237549, 0.16809082, 0.095336914) * v0_2.x;
                s0_3 += HVEC4(0.44555664, -0.3713379, 0.42285156, 0.72558594) * v0_2.y;
                s0_3 += HVEC4(0.44213867, 0.13684082, 0.65771484, 1.0292969) * v0_2.z;
                s0_3 += HVEC4(-0.21716309, -0.03338623, 0.0129852295, 0.12646484) * v0_2.w;
                s0_3 += HVEC4(0.19628906, -0.07342529, -0.048828125, 0.19250488) * v0_3.x;
                s0_3 += HVEC4(0.5708008, 0.093322754, 0.03604126, -0.06298828) * v0_3.y;
                s0_3 += HVEC4(0.1104126, 0.14221191, 0.2454834, 0.20031738) * v0_3.z;
                s0_3 += HVEC4(0.12420654, 0.018295288, -0.02420044, -0.5361328) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.17407227, 0.04800415, 0.22753906, -0.08862305) * v0_0.x;
                s0_2 += HVEC4(-0.050689697, 0.32910156, 0.00472641, 0.08215332) * v0_0.y;
                s0_2 += HVEC4(-0.084106445, 0.3010254, -0.044281006, 0.13964844) * v0_0.z;
                s0_2 += HVEC4(0.093933105, -0.044799805, 0.08123779, 0.14587402) * v0_0.w;
                s0_2 += HVEC4(-0.061584473, -0.12976074, -0.16235352, -0.00039482117) * v0_1.x;
                s0_2 += HVEC4(0.12213135, 0.17675781, 0.055877686, -0.027893066) * v0_1.y;
                s0_2 += HVEC4(0.10839844, 0.16381836, 0.116882324, -0.019943237) * v0_1.z;
                s0_2 += HVEC4(-0.105407715, -0.05480957, -0.09741211, 0.24450684) * v0_1.w;
                s0_2 += HVEC4(-0.18310547, -0.07525635, -0.009117126, -0.10284424) * v0_2.x;
                s0_2 += HVEC4(0.023620605, 0.62939453, 0.21911621, 0.09576416) * v0_2.y;
                s0_2 += HVEC4(0.16784668, 1.0869141, 0.2915039, -0.010391235) * v0_2.z;
                s0_2 += HVEC4(0.12976074, 0.049621582, -0.12609863, 0.16015625) * v0_2.w;
                s0_2 += HVEC4(-0.04623413, -0.0012426376, -0.020324707, 0.008842468) * v0_3.x;
                s0_2 += HVEC4(-0.12768555, 0.03253174, -0.3005371, 0.18835449) * v0_3.y;
                s0_2 += HVEC4(0.11248779, 0.21020508, 0.12780762, -0.25854492) * v0_3.z;
                s0_2 += HVEC4(-0.15063477, -0.14501953, -0.109375, 0.01927185) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.062927246, 0.008728027, -0.072631836, 0.056152344) * v0_0.x;
                s0_3 += HVEC4(-0.37597656, -0.19384766, -0.36791992, 0.01108551) * v0_0.y;
                s0_3 += HVEC4(-0.33203125, -0.38671875, 0.04019165, 0.05343628) * v0_0.z;
                s0_3 += HVEC4(0.12585449, -0.10687256, -0.09674072, -0.027038574) * v0_0.w;
                s0_3 += HVEC4(0.099121094, 0.07965088, 0.1772461, 0.046020508) * v0_1.x;
                s0_3 += HVEC4(-0.16540527, -0.09094238, -0.09564209, 0.0552063) * v0_1.y;
                s0_3 += HVEC4(-0.11193848, -0.057617188, -0.19262695, -0.018981934) * v0_1.z;
                s0_3 += HVEC4(0.26513672, -0.062927246, 0.50097656, -0.12097168) * v0_1.w;
                s0_3 += HVEC4(-0.04837036, -0.12420654, -0.08721924, 0.11706543) * v0_2.x;
                s0_3 += HVEC4(-0.8041992, 0.03338623, -0.2355957, -0.041259766) * v0_2.y;
                s0_3 += HVEC4(-0.9980469, 0.23876953, -0.15344238, -0.024261475) * v0_2.z;
                s0_3 += HVEC4(-0.30615234, 0.28198242, 0.0803833, -0.1003418) * v0_2.w;
                s0_3 += HVEC4(-0.12432861, 0.14404297, 0.2541504, 0.048980713) * v0_3.x;
                s0_3 += HVEC4(-0.08190918, -0.026763916, -0.050689697, 0.037994385) * v0_3.y;
                s0_3 += HVEC4(-0.34350586, 0.048217773, -0.28930664, 0.1574707) * v0_3.z;
                s0_3 += HVEC4(0.17907715, 0.08660889, 0.23596191, 0.0078125) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.14172363, -0.018249512, -0.18164062, 0.07122803) * v0_0.x;
                s0_2 += HVEC4(0.06616211, -0.09887695, -0.34814453, 0.24487305) * v0_0.y;
                s0_2 += HVEC4(0.060180664, 0.05908203, 0.45336914, -0.097595215) * v0_0.z;
                s0_2 += HVEC4(-0.051574707, -0.019042969, 0.007408142, -0.07519531) * v0_0.w;
                s0_2 += HVEC4(-0.12573242, -0.20507812, 0.05279541, -0.23291016) * v0_1.x;
                s0_2 += HVEC4(0.3762207, -0.054840088, 0.0095825195, 0.4567871) * v0_1.y;
                s0_2 += HVEC4(-0.29736328, -0.05053711, -1.0126953, 0.27075195) * v0_1.z;
                s0_2 += HVEC4(0.60595703, -0.52001953, -0.87402344, -0.27856445) * v0_1.w;
                s0_2 += HVEC4(0.21325684, -0.11077881, 0.26342773, -0.00035071373) * v0_2.x;
                s0_2 += HVEC4(0.31469727, 0.0178833, 0.21496582, 0.29077148) * v0_2.y;
                s0_2 += HVEC4(-0.08538818, -0.07849121, -0.06933594, 0.49316406) * v0_2.z;
                s0_2 += HVEC4(0.0847168, -0.02192688, -0.28076172, 0.68115234) * v0_2.w;
                s0_2 += HVEC4(0.09753418, -0.008033752, -0.050323486, 0.41845703) * v0_3.x;
                s0_2 += HVEC4(0.06112671, 0.1394043, 0.4177246, 0.27685547) * v0_3.y;
                s0_2 += HVEC4(0.06298828, -0.10321045, 0.15466309, -0.14990234) * v0_3.z;
                s0_2 += HVEC4(0.13574219, -0.016036987, 0.112976074, 0.028869629) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.038269043, 0.08087158, -0.06341553, 0.04397583) * v0_0.x;
                s0_3 += HVEC4(0.08660889, 0.36547852, 0.20324707, 0.0036735535) * v0_0.y;
                s0_3 += HVEC4(-0.12536621, 0.064208984, 0.12011719, -0.022903442) * v0_0.z;
                s0_3 += HVEC4(-0.072509766, -0.05630493, -0.04650879, 0.04043579) * v0_0.w;
                s0_3 += HVEC4(0.08874512, 0.2220459, -0.037628174, -0.026138306) * v0_1.x;
                s0_3 += HVEC4(-0.13269043, -0.2861328, -0.032928467, -0.10479736) * v0_1.y;
                s0_3 += HVEC4(-0.060668945, 0.15722656, 0.22241211, -0.24401855) * v0_1.z;
                s0_3 += HVEC4(0.018478394, 0.30566406, 0.16748047, 0.04449463) * v0_1.w;
                s0_3 += HVEC4(-0.059387207, -0.14111328, 0.09527588, -0.21777344) * v0_2.x;
                s0_3 += HVEC4(0.017242432, -0.32617188, -0.021484375, -0.18896484) * v0_2.y;
                s0_3 += HVEC4(0.01637268, 0.2064209, 0.11627197, -0.17773438) * v0_2.z;
                s0_3 += HVEC4(0.14074707, 0.07019043, 0.45141602, -0.15917969) * v0_2.w;
                s0_3 += HVEC4(0.01864624, -0.2211914, -0.11303711, -0.09967041) * v0_3.x;
                s0_3 += HVEC4(-0.074279785, -0.41870117, 0.08258057, -0.1817627) * v0_3.y;
                s0_3 += HVEC4(0.030700684, 0.29296875, -0.22619629, -0.039154053) * v0_3.z;
                s0_3 += HVEC4(0.09503174, -0.12902832, -0.1430664, -0.121032715) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.11004639, -0.047576904, 0.038757324, 0.10473633) * v0_0.x;
                s0_2 += HVEC4(0.5097656, 0.10284424, -0.13671875, 0.18286133) * v0_0.y;
                s0_2 += HVEC4(0.41674805, -0.027313232, -0.024810791, -0.03488159) * v0_0.z;
                s0_2 += HVEC4(-0.17224121, 0.10864258, -0.019332886, -0.13757324) * v0_0.w;
                s0_2 += HVEC4(0.20043945, 0.037139893, -0.017456055, 0.13378906) * v0_1.x;
                s0_2 += HVEC4(0.20019531, -0.1920166, -0.14916992, 0.2475586) * v0_1.y;
                s0_2 += HVEC4(0.019546509, 0.06329346, 0.1751709, 0.21069336) * v0_1.z;
                s0_2 += HVEC4(-0.26708984, 0.2524414, -0.003545761, 0.13659668) * v0_1.w;
                s0_2 += HVEC4(0.17163086, -0.02670288, -0.17822266, -0.046539307) * v0_2.x;
                s0_2 += HVEC4(0.2475586, -0.21850586, -0.055633545, 0.16015625) * v0_2.y;
                s0_2 += HVEC4(0.38745117, 0.06738281, -0.5395508, 0.16308594) * v0_2.z;
                s0_2 += HVEC4(-0.04296875, -0.125, -0.13452148, 0.17321777) * v0_2.w;
                s0_2 += HVEC4(-0.4165039, -0.16491699, -0.029815674, 0.21203613) * v0_3.x;
                s0_2 += HVEC4(0.28637695, -0.045715332, -0.5288086, -0.09802246) * v0_3.y;
                s0_2 += HVEC4(0.5878906, 0.1430664, 0.021713257, 0.033447266) * v0_3.z;
                s0_2 += HVEC4(0.17810059, -0.12182617, 0.116882324, -0.01586914) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.025817871, -0.32373047, -0.027038574, -0.05429077) * v0_0.x;
                s0_3 += HVEC4(0.076049805, 0.14135742, -0.46533203, -0.109558105) * v0_0.y;
                s0_3 += HVEC4(0.018966675, 0.8378906, -0.28881836, 0.13867188) * v0_0.z;
                s0_3 += HVEC4(0.014198303, 0.10644531, -0.00055646896, -0.008522034) * v0_0.w;
                s0_3 += HVEC4(-0.06512451, -0.076660156, 0.013252258, -0.0703125) * v0_1.x;
                s0_3 += HVEC4(0.24621582, 0.062469482, -0.15112305, 0.09033203) * v0_1.y;
                s0_3 += HVEC4(-0.004814148, -0.20275879, -0.042022705, -0.18713379) * v0_1.z;
                s0_3 += HVEC4(0.15063477, -0.13476562, 0.6665039, 0.04650879) * v0_1.w;
                s0_3 += HVEC4(0.12347412, 0.36645508, -0.015792847, 0.13964844) * v0_2.x;
                s0_3 += HVEC4(0.19787598, 0.37548828, -0.23242188, 0.25048828) * v0_2.y;
                s0_3 += HVEC4(0.13244629, 0.4519043, -0.671875, -0.21765137) * v0_2.z;
                s0_3 += HVEC4(0.19360352, 0.20776367, -0.09814453, -0.09173584) * v0_2.w;
                s0_3 += HVEC4(0.045166016, -0.52001953, 0.31689453, -0.11352539) * v0_3.x;
                s0_3 += HVEC4(-0.07434082, 0.14477539, -0.4296875, 0.093811035) * v0_3.y;
                s0_3 += HVEC4(0.13476562, 0.5097656, -0.42773438, 0.10809326) * v0_3.z;
                s0_3 += HVEC4(0.12927246, 0.061798096, 0.03173828, -0.01159668) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.05618286, 0.058563232, -0.1607666, -0.016662598) * v0_0.x;
                s0_2 += HVEC4(-0.10662842, 0.009811401, -0.1027832, 0.07574463) * v0_0.y;
                s0_2 += HVEC4(0.03201294, -0.07470703, -0.09124756, -0.051086426) * v0_0.z;
                s0_2 += HVEC4(-0.056518555, -0.083496094, -0.0317688, -0.04815674) * v0_0.w;
                s0_2 += HVEC4(-0.013572693, -0.0061531067, -0.047180176, 0.12194824) * v0_1.x;
                s0_2 += HVEC4(-0.044799805, -0.023239136, -0.029586792, 0.007843018) * v0_1.y;
                s0_2 += HVEC4(-0.16589355, -0.06304932, -0.0018520355, 0.062164307) * v0_1.z;
                s0_2 += HVEC4(-0.13293457, 0.032287598, -0.053466797, 0.1784668) * v0_1.w;
                s0_2 += HVEC4(-0.032348633, -0.045013428, -0.15979004, -0.21606445) * v0_2.x;
                s0_2 += HVEC4(0.07611084, -0.06567383, -0.059051514, 0.11999512) * v0_2.y;
                s0_2 += HVEC4(-0.10223389, -0.111816406, 0.064575195, -0.03677368) * v0_2.z;
                s0_2 += HVEC4(-0.20861816, 0.13293457, 0.11907959, 0.08050537) * v0_2.w;
                s0_2 += HVEC4(-0.36376953, -0.031555176, 0.16308594, 0.15283203) * v0_3.x;
                s0_2 += HVEC4(-0.08312988, 0.055511475, 0.26293945, -0.09289551) * v0_3.y;
                s0_2 += HVEC4(0.2454834, -0.09893799, -0.16894531, -0.049072266) * v0_3.z;
                s0_2 += HVEC4(0.12719727, 0.16308594, -0.046783447, -0.04827881) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.02796936, 0.0043754578, -0.25952148, 0.033111572) * v0_0.x;
                s0_3 += HVEC4(0.2364502, -0.095458984, 0.117004395, -0.19238281) * v0_0.y;
                s0_3 += HVEC4(-0.08886719, 0.18737793, -0.3466797, -0.016983032) * v0_0.z;
                s0_3 += HVEC4(0.043029785, -0.012077332, -0.01928711, -0.012420654) * v0_0.w;
                s0_3 += HVEC4(0.11395264, 0.06744385, 0.2166748, 0.07507324) * v0_1.x;
                s0_3 += HVEC4(-0.017288208, -0.045043945, 0.0035209656, 0.0005903244) * v0_1.y;
                s0_3 += HVEC4(0.21606445, -0.09729004, 0.25341797, -0.030181885) * v0_1.z;
                s0_3 += HVEC4(0.2109375, 0.2685547, 0.23364258, 0.06439209) * v0_1.w;
                s0_3 += HVEC4(0.0541687, 0.030792236, -0.17797852, -0.07897949) * v0_2.x;
                s0_3 += HVEC4(-0.23413086, -0.14880371, -0.22387695, 0.048828125) * v0_2.y;
                s0_3 += HVEC4(0.36865234, -0.36450195, -0.38623047, 0.02456665) * v0_2.z;
                s0_3 += HVEC4(0.030258179, -0.38256836, 0.11993408, 0.16564941) * v0_2.w;
                s0_3 += HVEC4(-0.20373535, -0.17077637, 0.06732178, 0.08648682) * v0_3.x;
                s0_3 += HVEC4(-0.026260376, -0.09838867, 0.27441406, 0.101989746) * v0_3.y;
                s0_3 += HVEC4(-0.16271973, 0.095581055, -0.24975586, -0.0036716461) * v0_3.z;
                s0_3 += HVEC4(0.017166138, 0.12524414, -0.04724121, 0.055664062) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L1
//!SAVE ArtCNN_C4F16_DS_L2
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.044277187, -0.003769685, 0.014565699, 0.0028785786);
            vec4 a0_1 = vec4(-0.0013655169, 0.0010824914, -0.016440798, 0.026956681);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.014633179, 0.15625, -0.029418945, 0.0072402954) * v0_0.x;
                s0_0 += HVEC4(-0.043548584, -0.022064209, -0.013313293, 0.026031494) * v0_0.y;
                s0_0 += HVEC4(-0.074035645, 0.18054199, -0.10821533, -0.080200195) * v0_0.z;
                s0_0 += HVEC4(-0.00030875206, -0.09033203, 0.03186035, -0.14868164) * v0_0.w;
                s0_0 += HVEC4(-0.05731201, 0.053863525, -0.029953003, 0.023101807) * v0_1.x;
                s0_0 += HVEC4(-0.007335663, -0.012382507, 0.12310791, -0.00026488304) * v0_1.y;
                s0_0 += HVEC4(0.08654785, -0.2446289, -0.08734131, 0.14770508) * v0_1.z;
                s0_0 += HVEC4(-0.039489746, 0.10803223, -0.016830444, 0.03265381) * v0_1.w;
                s0_0 += HVEC4(-0.052459717, 0.1274414, 0.042236328, 0.02532959) * v0_2.x;
                s0_0 += HVEC4(-0.12792969, -0.13574219, 0.07757568, 0.16357422) * v0_2.y;
                s0_0 += HVEC4(-0.07208252, -0.06713867, 0.021560669, 0.02545166) * v0_2.z;
                s0_0 += HVEC4(-0.027236938, -0.08666992, -0.045654297, -0.0038852692) * v0_2.w;
                s0_0 += HVEC4(-0.06286621, -0.06036377, 0.07116699, 0.0619812) * v0_3.x;
                s0_0 += HVEC4(-0.006629944, 0.13110352, -0.20983887, 0.0028591156) * v0_3.y;
                s0_0 += HVEC4(-0.04800415, 0.0001951456, 0.12200928, 0.03475952) * v0_3.z;
                s0_0 += HVEC4(0.13720703, -0.08544922, 0.005180359, 0.015716553) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.03338623, 0.022384644, 0.010902405, 0.08013916) * v0_0.x;
                s0_1 += HVEC4(0.020889282, 0.22106934, 0.085998535, -0.018951416) * v0_0.y;
                s0_1 += HVEC4(-0.14379883, -0.015388489, 0.07354736, -0.12683105) * v0_0.z;
                s0_1 += HVEC4(-0.42089844, -0.10644531, 0.028945923, 0.3161621) * v0_0.w;
                s0_1 += HVEC4(0.30664062, 0.03262329, -0.2286377, -0.110839844) * v0_1.x;
                s0_1 += HVEC4(-0.015808105, 0.04147339, -0.036224365, 0.15014648) * v0_1.y;
                s0_1 += HVEC4(0.07501221, -0.11810303, -0.037902832, -0.24047852) * v0_1.z;
                s0_1 += HVEC4(0.055755615, 0.0074005127, -0.004096985, -0.046661377) * v0_1.w;
                s0_1 += HVEC4(-0.01663208, 0.023101807, -0.0032234192, -0.06726074) * v0_2.x;
                s0_1 += HVEC4(0.19116211, -0.2220459, -0.020309448, 0.36743164) * v0_2.y;
                s0_1 += HVEC4(-0.103027344, 0.05810547, 0.011894226, -0.022140503) * v0_2.z;
                s0_1 += HVEC4(0.0049438477, -0.0064888, -0.029418945, -0.07885742) * v0_2.w;
                s0_1 += HVEC4(-0.10498047, 0.030014038, 0.0032253265, 0.10229492) * v0_3.x;
                s0_1 += HVEC4(0.17443848, 0.038726807, 0.032470703, -0.19299316) * v0_3.y;
                s0_1 += HVEC4(-0.04837036, 0.15368652, -0.0060539246, 0.08380127) * v0_3.z;
                s0_1 += HVEC4(0.0029239655, 0.037078857, 0.03567505, -0.018997192) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.025604248, -0.15966797, 0.002008438, 0.00070667267) * v0_0.x;
                s0_0 += HVEC4(-0.14025879, -0.076293945, -0.020339966, -0.024765015) * v0_0.y;
                s0_0 += HVEC4(0.22839355, -0.18859863, 0.06100464, -0.039276123) * v0_0.z;
                s0_0 += HVEC4(-0.16638184, 0.4091797, 0.1026001, 0.18164062) * v0_0.w;
                s0_0 += HVEC4(0.10107422, 0.009849548, -0.08190918, -0.00415802) * v0_1.x;
                s0_0 += HVEC4(-0.18859863, 0.46069336, -0.04046631, 0.034698486) * v0_1.y;
                s0_0 += HVEC4(-0.19433594, -0.50146484, -0.13891602, -0.074401855) * v0_1.z;
                s0_0 += HVEC4(0.030044556, 0.15185547, -0.14208984, -0.11126709) * v0_1.w;
                s0_0 += HVEC4(0.09069824, -0.15014648, -0.035980225, 0.08026123) * v0_2.x;
                s0_0 += HVEC4(-0.2388916, 0.2208252, -0.11187744, -0.097595215) * v0_2.y;
                s0_0 += HVEC4(-0.051361084, -0.09906006, -0.0064888, 0.021469116) * v0_2.z;
                s0_0 += HVEC4(-0.012931824, -0.12402344, 0.033416748, 0.02885437) * v0_2.w;
                s0_0 += HVEC4(-0.013572693, -0.23205566, 0.051971436, 0.03466797) * v0_3.x;
                s0_0 += HVEC4(0.4362793, -0.3005371, 0.14550781, 0.018753052) * v0_3.y;
                s0_0 += HVEC4(-0.13684082, 0.28295898, -0.013587952, 0.036956787) * v0_3.z;
                s0_0 += HVEC4(0.030685425, 0.0010128021, -0.086120605, -0.119140625) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.040008545, -0.105651855, 0.037902832, -0.05480957) * v0_0.x;
                s0_1 += HVEC4(-0.085632324, 0.056549072, 0.04397583, 0.14111328) * v0_0.y;
                s0_1 += HVEC4(0.27783203, -0.17810059, 0.10858154, -0.06719971) * v0_0.z;
                s0_1 += HVEC4(-0.6118164, -0.45410156, 0.0619812, -0.14233398) * v0_0.w;
                s0_1 += HVEC4(-0.11621094, -0.1060791, 0.1116333, -0.44799805) * v0_1.x;
                s0_1 += HVEC4(0.06695557, 0.20629883, 0.15270996, 0.046295166) * v0_1.y;
                s0_1 += HVEC4(-0.25708008, -0.32763672, 0.099365234, 0.07940674) * v0_1.z;
                s0_1 += HVEC4(0.19702148, -0.038513184, 0.029510498, -0.40112305) * v0_1.w;
                s0_1 += HVEC4(-0.14807129, -0.37695312, 0.27490234, 0.13415527) * v0_2.x;
                s0_1 += HVEC4(-0.2590332, 0.47338867, 0.010818481, 0.40673828) * v0_2.y;
                s0_1 += HVEC4(-0.18493652, 0.09564209, 0.031280518, 0.023834229) * v0_2.z;
                s0_1 += HVEC4(-0.113464355, -0.09301758, -0.010810852, 0.0020275116) * v0_2.w;
                s0_1 += HVEC4(0.047729492, -0.29370117, -0.05709839, -0.1394043) * v0_3.x;
                s0_1 += HVEC4(-0.20275879, 0.3623047, -0.2142334, -0.056762695) * v0_3.y;
                s0_1 += HVEC4(0.09967041, -0.05606079, 0.0075569153, 0.05206299) * v0_3.z;
                s0_1 += HVEC4(0.009216309, 0.04434204, -0.11578369, -0.19677734) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.095336914, 0.048339844, 0.048736572, 0.002752304) * v0_0.x;
                s0_0 += HVEC4(-0.04812622, 0.001876831, -0.073913574, -0.046081543) * v0_0.y;
                s0_0 += HVEC4(0.061706543, 0.11419678, 0.020126343, 0.11273193) * v0_0.z;
                s0_0 += HVEC4(0.09326172, 0.028549194, 0.085754395, 0.01890564) * v0_0.w;
                s0_0 += HVEC4(0.13830566, -0.021942139, -0.018051147, -0.009178162) * v0_1.x;
                s0_0 += HVEC4(-0.09820557, 0.076416016, 0.074523926, 0.011909485) * v0_1.y;
                s0_0 += HVEC4(0.27441406, -0.055633545, -0.021102905, 0.02330017) * v0_1.z;
                s0_0 += HVEC4(0.21020508, -0.01928711, 0.13000488, 0.16320801) * v0_1.w;
                s0_0 += HVEC4(-0.093811035, 0.14831543, -0.035217285, -0.048980713) * v0_2.x;
                s0_0 += HVEC4(0.005947113, 0.01940918, 0.0413208, -0.01739502) * v0_2.y;
                s0_0 += HVEC4(-0.039916992, -0.06274414, -0.034088135, -0.010627747) * v0_2.z;
                s0_0 += HVEC4(0.062469482, -0.10723877, -0.033721924, -0.00034809113) * v0_2.w;
                s0_0 += HVEC4(0.024124146, -0.0121536255, -9.673834e-05, 0.017547607) * v0_3.x;
                s0_0 += HVEC4(-0.27441406, -0.09802246, -0.15734863, -0.06036377) * v0_3.y;
                s0_0 += HVEC4(-0.14929199, 0.1430664, 0.024719238, 0.037719727) * v0_3.z;
                s0_0 += HVEC4(0.14172363, -0.034240723, -0.017166138, -0.0007119179) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.031433105, 0.05203247, -0.035980225, 0.044128418) * v0_0.x;
                s0_1 += HVEC4(0.10772705, -0.060546875, -0.017288208, 0.12854004) * v0_0.y;
                s0_1 += HVEC4(0.014167786, 0.24926758, -0.0010023117, 0.32470703) * v0_0.z;
                s0_1 += HVEC4(-0.23779297, -0.18969727, -0.24194336, 0.06964111) * v0_0.w;
                s0_1 += HVEC4(0.101867676, 0.16918945, 0.0035896301, -0.23083496) * v0_1.x;
                s0_1 += HVEC4(0.2076416, 0.006401062, -0.12573242, 0.25) * v0_1.y;
                s0_1 += HVEC4(-0.003501892, -0.5986328, 0.11303711, -0.4411621) * v0_1.z;
                s0_1 += HVEC4(-0.17565918, -1.09375, -0.23937988, 0.115478516) * v0_1.w;
                s0_1 += HVEC4(0.061767578, -0.17126465, 0.04107666, 0.20544434) * v0_2.x;
                s0_1 += HVEC4(0.031463623, -0.15588379, 0.014808655, 0.22485352) * v0_2.y;
                s0_1 += HVEC4(-0.10925293, 0.21313477, 0.036376953, 0.086242676) * v0_2.z;
                s0_1 += HVEC4(0.0178833, -0.17626953, 0.018371582, -0.07336426) * v0_2.w;
                s0_1 += HVEC4(0.01727295, -0.29589844, -0.042175293, -0.1619873) * v0_3.x;
                s0_1 += HVEC4(0.10015869, -0.625, 0.22460938, 0.2866211) * v0_3.y;
                s0_1 += HVEC4(-0.08001709, 0.21887207, 0.012664795, 0.29125977) * v0_3.z;
                s0_1 += HVEC4(0.11102295, -0.9267578, -0.09881592, -0.14233398) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.0021095276, -0.32104492, 0.1529541, -0.01625061) * v0_0.x;
                s0_0 += HVEC4(0.010498047, -0.13452148, 0.08081055, 0.017105103) * v0_0.y;
                s0_0 += HVEC4(0.04559326, 0.26098633, 0.09887695, 0.031402588) * v0_0.z;
                s0_0 += HVEC4(0.03765869, -0.04537964, -0.067993164, -0.017837524) * v0_0.w;
                s0_0 += HVEC4(-0.03491211, -0.07489014, 0.05215454, 0.056549072) * v0_1.x;
                s0_0 += HVEC4(-0.16369629, 0.023620605, 0.046325684, 0.055541992) * v0_1.y;
                s0_0 += HVEC4(0.0014886856, -0.31176758, -0.020370483, 0.029922485) * v0_1.z;
                s0_0 += HVEC4(0.1809082, -0.025375366, -0.11645508, -0.079956055) * v0_1.w;
                s0_0 += HVEC4(0.012573242, 0.2142334, 0.024002075, 0.0072250366) * v0_2.x;
                s0_0 += HVEC4(0.11053467, 0.037994385, -0.2578125, 0.5708008) * v0_2.y;
                s0_0 += HVEC4(-0.093444824, 0.048980713, -0.03225708, 0.04031372) * v0_2.z;
                s0_0 += HVEC4(-0.016571045, -0.107177734, -0.053222656, 0.009140015) * v0_2.w;
                s0_0 += HVEC4(-0.10784912, -0.16345215, 0.1932373, -0.3815918) * v0_3.x;
                s0_0 += HVEC4(0.13684082, 0.17883301, 0.03024292, -0.037597656) * v0_3.y;
                s0_0 += HVEC4(-0.32470703, 0.10546875, 0.044555664, 0.1204834) * v0_3.z;
                s0_0 += HVEC4(-0.009986877, -0.12359619, 0.03652954, -0.08959961) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.16418457, -0.011558533, -0.08758545, 0.02758789) * v0_0.x;
                s0_1 += HVEC4(-0.0034046173, 0.2055664, 0.08117676, 0.07159424) * v0_0.y;
                s0_1 += HVEC4(-0.014144897, -0.19616699, 0.113586426, -0.058135986) * v0_0.z;
                s0_1 += HVEC4(-0.16516113, -0.06854248, -0.010559082, -0.0031356812) * v0_0.w;
                s0_1 += HVEC4(0.23034668, 0.21166992, -0.08569336, 0.22229004) * v0_1.x;
                s0_1 += HVEC4(0.019744873, -0.06573486, -0.030807495, 0.08874512) * v0_1.y;
                s0_1 += HVEC4(-0.28393555, 0.08581543, 0.019729614, 0.0657959) * v0_1.z;
                s0_1 += HVEC4(0.03805542, -0.048919678, 0.009376526, 0.015449524) * v0_1.w;
                s0_1 += HVEC4(0.19030762, -0.12878418, -0.0021896362, -0.09680176) * v0_2.x;
                s0_1 += HVEC4(0.21679688, 0.3474121, 0.3178711, 0.048583984) * v0_2.y;
                s0_1 += HVEC4(-0.099609375, 0.17248535, 0.09423828, 0.0138168335) * v0_2.z;
                s0_1 += HVEC4(-0.120666504, 0.057006836, 0.06915283, -0.07409668) * v0_2.w;
                s0_1 += HVEC4(0.0647583, -0.15356445, -0.03729248, 0.2512207) * v0_3.x;
                s0_1 += HVEC4(-0.019714355, -0.008430481, 0.022491455, 0.098083496) * v0_3.y;
                s0_1 += HVEC4(-0.059814453, -0.051971436, 0.06939697, 0.07647705) * v0_3.z;
                s0_1 += HVEC4(-0.015602112, 0.055755615, -0.015235901, 0.07006836) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.12890625, 0.3166504, -0.26245117, -0.033477783) * v0_0.x;
                s0_0 += HVEC4(-0.20581055, 0.030151367, -0.012428284, 0.009147644) * v0_0.y;
                s0_0 += HVEC4(-0.053466797, -0.16259766, -0.013679504, 0.1829834) * v0_0.z;
                s0_0 += HVEC4(-0.5644531, 0.004547119, -0.2890625, -0.04815674) * v0_0.w;
                s0_0 += HVEC4(0.17041016, 0.2064209, -0.027801514, -0.071777344) * v0_1.x;
                s0_0 += HVEC4(-0.04449463, 0.1763916, 0.009178162, 0.12780762) * v0_1.y;
                s0_0 += HVEC4(0.2890625, 0.105041504, 0.7392578, 0.29882812) * v0_1.z;
                s0_0 += HVEC4(0.052947998, -0.38891602, 0.09118652, 0.049468994) * v0_1.w;
                s0_0 += HVEC4(0.5830078, -0.17541504, 0.18432617, 0.1607666) * v0_2.x;
                s0_0 += HVEC4(0.15014648, -0.33911133, 0.24975586, 0.24316406) * v0_2.y;
                s0_0 += HVEC4(-0.17456055, 0.08795166, -0.0044555664, 0.003293991) * v0_2.z;
                s0_0 += HVEC4(0.017074585, -0.31103516, 0.025375366, 0.05130005) * v0_2.w;
                s0_0 += HVEC4(-0.13903809, 0.39208984, 0.010948181, 0.015945435) * v0_3.x;
                s0_0 += HVEC4(0.022445679, -0.08898926, 0.19226074, 0.06774902) * v0_3.y;
                s0_0 += HVEC4(-0.34399414, 0.083862305, 0.10632324, 0.09069824) * v0_3.z;
                s0_0 += HVEC4(-0.29956055, 0.060516357, 0.2298584, 0.40063477) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.1619873, 0.15014648, 0.36254883, -0.10620117) * v0_0.x;
                s0_1 += HVEC4(-0.13781738, 0.2607422, 0.1628418, 0.0076293945) * v0_0.y;
                s0_1 += HVEC4(-0.09051514, -0.011489868, -0.54589844, -0.61035156) * v0_0.z;
                s0_1 += HVEC4(-0.07946777, -0.33740234, 0.15515137, 0.38500977) * v0_0.w;
                s0_1 += HVEC4(0.30151367, 0.023117065, 0.12939453, -0.6123047) * v0_1.x;
                s0_1 += HVEC4(0.15002441, 0.062469482, -0.2298584, 0.09667969) * v0_1.y;
                s0_1 += HVEC4(-0.48583984, -0.30078125, 0.4104004, -0.10925293) * v0_1.z;
                s0_1 += HVEC4(-0.14733887, 0.030654907, 0.0013380051, 0.14697266) * v0_1.w;
                s0_1 += HVEC4(0.22375488, 0.81396484, -0.13110352, -0.33007812) * v0_2.x;
                s0_1 += HVEC4(-0.067993164, -0.8027344, 0.12805176, -1.1894531) * v0_2.y;
                s0_1 += HVEC4(-0.016983032, -0.03866577, 0.17199707, 0.05886841) * v0_2.z;
                s0_1 += HVEC4(-0.18652344, 0.11578369, -0.07470703, -0.10266113) * v0_2.w;
                s0_1 += HVEC4(0.08666992, 0.017684937, 0.6020508, -0.039916992) * v0_3.x;
                s0_1 += HVEC4(0.044403076, -0.21813965, 0.08343506, -0.033843994) * v0_3.y;
                s0_1 += HVEC4(0.032806396, 0.33740234, 0.02784729, 0.012756348) * v0_3.z;
                s0_1 += HVEC4(-0.40112305, -0.3857422, 0.5097656, -0.062194824) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.050628662, -0.0022258759, 0.09875488, 0.075805664) * v0_0.x;
                s0_0 += HVEC4(-0.03677368, 0.21350098, -0.040985107, 0.018096924) * v0_0.y;
                s0_0 += HVEC4(-0.18725586, -0.119384766, -0.0023555756, -0.0029029846) * v0_0.z;
                s0_0 += HVEC4(-0.5527344, -0.05734253, 0.10626221, 0.11206055) * v0_0.w;
                s0_0 += HVEC4(-0.41186523, -0.00051641464, -0.10449219, -0.038757324) * v0_1.x;
                s0_0 += HVEC4(-0.5444336, 0.052124023, 0.10614014, 0.08782959) * v0_1.y;
                s0_0 += HVEC4(0.4963379, -0.020126343, -0.008338928, -0.014945984) * v0_1.z;
                s0_0 += HVEC4(0.3869629, -0.34545898, -0.024414062, -0.031585693) * v0_1.w;
                s0_0 += HVEC4(0.39624023, -0.02760315, 0.015342712, -0.0030612946) * v0_2.x;
                s0_0 += HVEC4(-0.012001038, -0.051818848, 0.031311035, 0.08703613) * v0_2.y;
                s0_0 += HVEC4(-0.021453857, 0.09423828, -0.009407043, -0.0039405823) * v0_2.z;
                s0_0 += HVEC4(0.21289062, -0.2800293, -0.06341553, -0.10266113) * v0_2.w;
                s0_0 += HVEC4(0.1887207, -0.0056648254, -0.04421997, -0.03857422) * v0_3.x;
                s0_0 += HVEC4(0.076049805, 0.062164307, 0.03994751, -0.031829834) * v0_3.y;
                s0_0 += HVEC4(-0.2130127, 0.21374512, 0.05340576, 0.072631836) * v0_3.z;
                s0_0 += HVEC4(-0.13452148, 0.1496582, -0.1048584, -0.20471191) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.15148926, -0.13842773, -0.25390625, 0.1673584) * v0_0.x;
                s0_1 += HVEC4(0.06945801, 0.15539551, 0.055114746, -0.16516113) * v0_0.y;
                s0_1 += HVEC4(-0.017486572, 0.47802734, 0.19995117, 0.34545898) * v0_0.z;
                s0_1 += HVEC4(-0.14538574, -0.3322754, 0.027450562, -0.017990112) * v0_0.w;
                s0_1 += HVEC4(-0.19470215, -0.1451416, -0.017120361, 0.47851562) * v0_1.x;
                s0_1 += HVEC4(-0.076416016, 0.04385376, 0.1307373, 0.8388672) * v0_1.y;
                s0_1 += HVEC4(0.08227539, -0.052459717, -0.19787598, -0.67871094) * v0_1.z;
                s0_1 += HVEC4(-0.013916016, -0.38232422, -0.44067383, -0.050933838) * v0_1.w;
                s0_1 += HVEC4(-0.07165527, 0.21447754, 0.022613525, 0.13562012) * v0_2.x;
                s0_1 += HVEC4(0.09313965, 0.021224976, -0.1303711, -0.15649414) * v0_2.y;
                s0_1 += HVEC4(-0.21044922, 0.23852539, 0.22363281, 0.11291504) * v0_2.z;
                s0_1 += HVEC4(-0.1652832, 0.096191406, 0.049346924, -0.40795898) * v0_2.w;
                s0_1 += HVEC4(0.042999268, -0.27954102, 0.018005371, -0.609375) * v0_3.x;
                s0_1 += HVEC4(0.101135254, 0.08959961, -0.12841797, 0.015274048) * v0_3.y;
                s0_1 += HVEC4(0.08203125, 0.26831055, 0.10461426, 0.36791992) * v0_3.z;
                s0_1 += HVEC4(0.19592285, -0.26782227, -0.21704102, -0.28881836) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.07171631, 0.03375244, 0.36914062, 0.22155762) * v0_0.x;
                s0_0 += HVEC4(0.044403076, 0.036590576, -0.030517578, -0.041290283) * v0_0.y;
                s0_0 += HVEC4(0.0357666, 0.15148926, -0.086364746, -0.18737793) * v0_0.z;
                s0_0 += HVEC4(0.1026001, -0.23657227, 0.038726807, 0.014511108) * v0_0.w;
                s0_0 += HVEC4(-0.22290039, 0.025238037, 0.026306152, -0.024627686) * v0_1.x;
                s0_0 += HVEC4(-0.014793396, 0.026000977, 0.007621765, -0.04296875) * v0_1.y;
                s0_0 += HVEC4(0.024597168, -0.064086914, 0.022964478, 0.054901123) * v0_1.z;
                s0_0 += HVEC4(-0.035583496, -0.14758301, 0.060455322, 0.0287323) * v0_1.w;
                s0_0 += HVEC4(-0.078063965, 0.17944336, -0.051818848, -0.039489746) * v0_2.x;
                s0_0 += HVEC4(0.109802246, 0.0066223145, 0.28076172, 0.2824707) * v0_2.y;
                s0_0 += HVEC4(0.08154297, 0.06188965, 0.07611084, 0.03817749) * v0_2.z;
                s0_0 += HVEC4(0.1003418, -0.10217285, 0.09326172, 0.052612305) * v0_2.w;
                s0_0 += HVEC4(0.069885254, 0.25439453, -0.055236816, -0.13122559) * v0_3.x;
                s0_0 += HVEC4(0.01423645, 0.16210938, -0.044830322, 0.019989014) * v0_3.y;
                s0_0 += HVEC4(-0.13293457, 0.18334961, 0.070007324, 0.051330566) * v0_3.z;
                s0_0 += HVEC4(-0.055267334, -0.07763672, 0.038726807, 0.07885742) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.34765625, -0.3125, 0.43725586, 0.33691406) * v0_0.x;
                s0_1 += HVEC4(0.0715332, 0.13330078, 0.018508911, 0.050598145) * v0_0.y;
                s0_1 += HVEC4(0.065979004, -0.0473938, -0.08306885, 0.11846924) * v0_0.z;
                s0_1 += HVEC4(-0.058532715, -0.0052833557, -0.0058174133, 0.002035141) * v0_0.w;
                s0_1 += HVEC4(0.21435547, -0.054901123, -0.105651855, 0.18554688) * v0_1.x;
                s0_1 += HVEC4(0.018936157, -0.030883789, 0.000518322, -0.0072784424) * v0_1.y;
                s0_1 += HVEC4(-0.06463623, 0.10266113, 0.028930664, -0.010398865) * v0_1.z;
                s0_1 += HVEC4(0.034332275, 0.06137085, -0.04034424, -0.06866455) * v0_1.w;
                s0_1 += HVEC4(0.10064697, -0.04736328, -0.0070877075, 0.017791748) * v0_2.x;
                s0_1 += HVEC4(-0.05493164, 0.2244873, 0.13635254, 0.55029297) * v0_2.y;
                s0_1 += HVEC4(-0.086242676, 0.10681152, 0.07550049, 0.16455078) * v0_2.z;
                s0_1 += HVEC4(-0.10021973, 0.1394043, 0.018234253, -0.09350586) * v0_2.w;
                s0_1 += HVEC4(0.17468262, -0.15905762, -0.064453125, -0.45996094) * v0_3.x;
                s0_1 += HVEC4(-0.036468506, 0.018951416, 0.037322998, 0.08807373) * v0_3.y;
                s0_1 += HVEC4(-0.020431519, 0.0040283203, 0.062683105, 0.10357666) * v0_3.z;
                s0_1 += HVEC4(-0.027572632, -0.030410767, -0.0132369995, -0.10418701) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.36206055, -0.47607422, 0.3581543, 0.3112793) * v0_0.x;
                s0_0 += HVEC4(0.13916016, 0.2548828, 0.14978027, -0.032196045) * v0_0.y;
                s0_0 += HVEC4(-0.3400879, -0.14489746, -0.18066406, -0.11846924) * v0_0.z;
                s0_0 += HVEC4(0.07556152, 0.054779053, 0.07159424, -0.019073486) * v0_0.w;
                s0_0 += HVEC4(-0.047302246, -0.09423828, 0.07299805, 0.08569336) * v0_1.x;
                s0_0 += HVEC4(-0.06591797, -0.0592041, 0.018554688, 0.0127334595) * v0_1.y;
                s0_0 += HVEC4(0.21350098, 0.05126953, 0.049468994, 0.02178955) * v0_1.z;
                s0_0 += HVEC4(0.003238678, -0.05407715, 0.066345215, 0.022064209) * v0_1.w;
                s0_0 += HVEC4(-0.1237793, -0.2097168, 0.041259766, 0.05130005) * v0_2.x;
                s0_0 += HVEC4(-0.1697998, -0.055908203, -0.016036987, -0.16418457) * v0_2.y;
                s0_0 += HVEC4(0.21850586, 0.08258057, 0.08996582, 0.01612854) * v0_2.z;
                s0_0 += HVEC4(0.042114258, -0.24658203, 0.30566406, 0.18884277) * v0_2.w;
                s0_0 += HVEC4(-0.36108398, 0.2290039, -0.036712646, 0.013839722) * v0_3.x;
                s0_0 += HVEC4(0.14526367, 0.087768555, -0.07928467, 0.0026340485) * v0_3.y;
                s0_0 += HVEC4(-0.16882324, 0.06225586, 0.07543945, -0.0023384094) * v0_3.z;
                s0_0 += HVEC4(0.072387695, 0.12805176, 0.016021729, -0.005680084) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.123535156, 0.08294678, -0.99560547, -1.0771484) * v0_0.x;
                s0_1 += HVEC4(0.20349121, 0.052642822, 0.09387207, -0.021514893) * v0_0.y;
                s0_1 += HVEC4(0.17749023, -0.17028809, 0.10443115, 0.06677246) * v0_0.z;
                s0_1 += HVEC4(-0.14855957, -0.011047363, 0.04147339, -0.24597168) * v0_0.w;
                s0_1 += HVEC4(-5.799532e-05, 0.026794434, 0.11444092, 0.27294922) * v0_1.x;
                s0_1 += HVEC4(0.025299072, -0.12408447, 0.003276825, 0.36669922) * v0_1.y;
                s0_1 += HVEC4(0.022918701, 0.07110596, -0.011138916, -0.32666016) * v0_1.z;
                s0_1 += HVEC4(0.05911255, 0.078186035, 0.014678955, -0.10882568) * v0_1.w;
                s0_1 += HVEC4(0.00818634, 0.025802612, -0.06921387, 0.39697266) * v0_2.x;
                s0_1 += HVEC4(0.14587402, 0.34887695, 0.039978027, -0.05593872) * v0_2.y;
                s0_1 += HVEC4(-0.06719971, 0.16564941, 0.023239136, -0.004875183) * v0_2.z;
                s0_1 += HVEC4(0.04107666, 0.14868164, 0.18566895, -0.17236328) * v0_2.w;
                s0_1 += HVEC4(-0.010986328, 0.20654297, 0.36914062, -0.48120117) * v0_3.x;
                s0_1 += HVEC4(0.1237793, 0.11425781, -0.013397217, -0.12573242) * v0_3.y;
                s0_1 += HVEC4(0.052520752, 0.14611816, -0.008056641, 0.18896484) * v0_3.z;
                s0_1 += HVEC4(0.14648438, -0.009048462, 0.04232788, -0.4230957) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.46044922, -0.00013184547, -0.18774414, -0.034362793) * v0_0.x;
                s0_0 += HVEC4(-0.09539795, 0.103881836, -0.031829834, -0.014907837) * v0_0.y;
                s0_0 += HVEC4(0.20898438, 0.028579712, 0.058502197, 0.03237915) * v0_0.z;
                s0_0 += HVEC4(-0.3178711, 0.10998535, 0.0030117035, 0.02999878) * v0_0.w;
                s0_0 += HVEC4(0.31396484, 0.012374878, 0.078186035, 0.07354736) * v0_1.x;
                s0_0 += HVEC4(-0.050842285, 0.12597656, -0.047302246, -0.004081726) * v0_1.y;
                s0_0 += HVEC4(0.049041748, -0.19396973, -0.0129852295, 1.6987324e-05) * v0_1.z;
                s0_0 += HVEC4(0.055999756, -0.08526611, -0.019500732, 0.0022220612) * v0_1.w;
                s0_0 += HVEC4(0.25708008, -0.031280518, 0.01751709, -0.013420105) * v0_2.x;
                s0_0 += HVEC4(-0.03414917, 0.04748535, -0.023147583, -0.037628174) * v0_2.y;
                s0_0 += HVEC4(-0.1105957, 0.12646484, 0.08996582, 0.015586853) * v0_2.z;
                s0_0 += HVEC4(0.3828125, -0.110839844, 0.056640625, -0.007232666) * v0_2.w;
                s0_0 += HVEC4(-0.028717041, -0.054901123, -0.016845703, 7.56979e-05) * v0_3.x;
                s0_0 += HVEC4(0.016357422, 0.053894043, -0.052093506, -0.034179688) * v0_3.y;
                s0_0 += HVEC4(-0.22509766, 0.111206055, 0.017852783, 0.06561279) * v0_3.z;
                s0_0 += HVEC4(0.23266602, -0.004825592, 0.05596924, 0.14331055) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.3996582, 0.36889648, 0.50927734, 0.46679688) * v0_0.x;
                s0_1 += HVEC4(0.05984497, 0.10699463, 0.1850586, 0.01890564) * v0_0.y;
                s0_1 += HVEC4(0.14697266, -0.17736816, 0.03375244, -0.13293457) * v0_0.z;
                s0_1 += HVEC4(-0.0014257431, -0.10290527, 0.011276245, 0.1015625) * v0_0.w;
                s0_1 += HVEC4(-0.02067566, 0.13562012, 0.14001465, -0.2631836) * v0_1.x;
                s0_1 += HVEC4(0.054107666, -0.40405273, -0.029510498, 0.3010254) * v0_1.y;
                s0_1 += HVEC4(-0.12768555, 0.21130371, -0.050354004, -0.19946289) * v0_1.z;
                s0_1 += HVEC4(0.06738281, -0.014389038, -0.09338379, -0.36816406) * v0_1.w;
                s0_1 += HVEC4(0.033447266, 0.02470398, -0.038269043, -0.19030762) * v0_2.x;
                s0_1 += HVEC4(0.032226562, -0.027420044, -0.008491516, -0.015640259) * v0_2.y;
                s0_1 += HVEC4(-0.029174805, 0.26123047, 0.060668945, 0.04788208) * v0_2.z;
                s0_1 += HVEC4(-0.029922485, -0.05493164, -0.14587402, -0.41186523) * v0_2.w;
                s0_1 += HVEC4(-0.04309082, -0.030288696, -0.042144775, -0.24291992) * v0_3.x;
                s0_1 += HVEC4(0.07720947, 0.20336914, 0.09124756, -0.043121338) * v0_3.y;
                s0_1 += HVEC4(0.0345459, 0.13574219, 0.13391113, 0.18054199) * v0_3.z;
                s0_1 += HVEC4(-0.030288696, -0.3149414, 0.0041046143, -0.20385742) * v0_3.w;
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
            vec4 a0_2 = vec4(0.07201445, 0.06504166, -0.022896532, 0.019721309);
            vec4 a0_3 = vec4(-0.025113558, -0.012103399, -0.007747329, 0.029531373);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.059631348, -0.004714966, 0.022338867, -0.05709839) * v0_0.x;
                s0_2 += HVEC4(-0.026397705, -0.124938965, 0.107543945, 0.17492676) * v0_0.y;
                s0_2 += HVEC4(-0.09136963, 0.023208618, -0.09124756, -0.015213013) * v0_0.z;
                s0_2 += HVEC4(0.13671875, 0.15332031, -0.13952637, -0.43603516) * v0_0.w;
                s0_2 += HVEC4(-0.06774902, -0.17907715, 0.3388672, 0.30151367) * v0_1.x;
                s0_2 += HVEC4(0.12695312, 0.053588867, 0.010749817, -0.1451416) * v0_1.y;
                s0_2 += HVEC4(0.12939453, -0.05203247, 0.023635864, 0.15478516) * v0_1.z;
                s0_2 += HVEC4(0.11273193, -0.10784912, -0.015602112, 0.19677734) * v0_1.w;
                s0_2 += HVEC4(0.18225098, 0.012954712, -0.013870239, 0.04360962) * v0_2.x;
                s0_2 += HVEC4(-0.09631348, 0.1295166, 0.0038700104, -0.0011520386) * v0_2.y;
                s0_2 += HVEC4(0.0039634705, 0.114868164, 0.10473633, -0.06500244) * v0_2.z;
                s0_2 += HVEC4(-0.035308838, -0.039031982, 0.004180908, 0.08728027) * v0_2.w;
                s0_2 += HVEC4(5.13196e-05, -0.07128906, 0.07171631, 0.08673096) * v0_3.x;
                s0_2 += HVEC4(-0.23779297, -0.14135742, 0.13916016, 0.26782227) * v0_3.y;
                s0_2 += HVEC4(0.046417236, -0.024002075, 0.13671875, -0.056762695) * v0_3.z;
                s0_2 += HVEC4(0.01625061, 0.0038146973, -0.0569458, 0.021697998) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.013893127, 0.038909912, -0.048919678, -0.06774902) * v0_0.x;
                s0_3 += HVEC4(0.016738892, -0.009674072, 0.004585266, 0.015975952) * v0_0.y;
                s0_3 += HVEC4(-0.07562256, -0.07989502, -0.117004395, 0.014526367) * v0_0.z;
                s0_3 += HVEC4(0.0057792664, 0.06274414, 0.019363403, -0.040283203) * v0_0.w;
                s0_3 += HVEC4(0.01914978, -0.024932861, -0.12261963, -0.21228027) * v0_1.x;
                s0_3 += HVEC4(0.0012950897, 0.02255249, 0.056793213, -0.015609741) * v0_1.y;
                s0_3 += HVEC4(-0.15136719, -0.027313232, -0.0574646, -0.06439209) * v0_1.z;
                s0_3 += HVEC4(-0.015083313, -0.04348755, -0.039855957, -0.026641846) * v0_1.w;
                s0_3 += HVEC4(-0.101867676, -0.04095459, 0.064453125, 0.087524414) * v0_2.x;
                s0_3 += HVEC4(-0.09375, 0.012329102, -0.03652954, 0.12023926) * v0_2.y;
                s0_3 += HVEC4(0.017059326, -0.015594482, 0.03591919, -0.02709961) * v0_2.z;
                s0_3 += HVEC4(0.019332886, -0.049804688, -0.024597168, -0.064697266) * v0_2.w;
                s0_3 += HVEC4(0.06335449, -0.04711914, 0.07116699, 0.048431396) * v0_3.x;
                s0_3 += HVEC4(-0.0057754517, -0.05255127, -0.10430908, -0.08459473) * v0_3.y;
                s0_3 += HVEC4(0.025985718, -0.0099487305, 0.06210327, 0.028137207) * v0_3.z;
                s0_3 += HVEC4(0.0021705627, 0.0076560974, 0.0036907196, -0.018341064) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.011734009, 0.034057617, -0.014549255, 0.023986816) * v0_0.x;
                s0_2 += HVEC4(-0.08282471, -0.08984375, 0.18322754, 0.10797119) * v0_0.y;
                s0_2 += HVEC4(0.09588623, 0.021987915, 0.09844971, 0.05154419) * v0_0.z;
                s0_2 += HVEC4(0.03366089, 0.12988281, -0.26391602, -0.20812988) * v0_0.w;
                s0_2 += HVEC4(-0.07147217, 0.070129395, -0.007347107, 0.06842041) * v0_1.x;
                s0_2 += HVEC4(0.059570312, -0.10595703, 0.009162903, 0.03466797) * v0_1.y;
                s0_2 += HVEC4(-0.3918457, -0.20349121, 0.09954834, 0.10308838) * v0_1.z;
                s0_2 += HVEC4(-0.00497818, -0.13146973, -0.0032577515, -0.013381958) * v0_1.w;
                s0_2 += HVEC4(0.18969727, 0.21118164, 0.01033783, -0.02558899) * v0_2.x;
                s0_2 += HVEC4(0.012763977, -0.0034656525, 0.15148926, 0.058776855) * v0_2.y;
                s0_2 += HVEC4(0.023498535, 0.19885254, 0.22473145, 0.08874512) * v0_2.z;
                s0_2 += HVEC4(-0.04611206, 0.0058135986, 0.049835205, 0.076293945) * v0_2.w;
                s0_2 += HVEC4(-0.042785645, -0.15759277, -0.17663574, -0.017593384) * v0_3.x;
                s0_2 += HVEC4(0.2052002, 0.0970459, 0.08074951, 0.005672455) * v0_3.y;
                s0_2 += HVEC4(0.14892578, -0.028564453, 0.04269409, -0.09466553) * v0_3.z;
                s0_2 += HVEC4(0.012748718, -0.07739258, -0.20812988, -0.0047950745) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.0076026917, -0.03817749, 0.054107666, 0.05026245) * v0_0.x;
                s0_3 += HVEC4(0.012931824, -0.046142578, 0.021743774, 0.06951904) * v0_0.y;
                s0_3 += HVEC4(0.05166626, 0.046020508, 0.034423828, -0.025726318) * v0_0.z;
                s0_3 += HVEC4(0.12963867, -0.1730957, -0.11456299, -0.05215454) * v0_0.w;
                s0_3 += HVEC4(0.20019531, 0.17248535, 0.041900635, -0.010765076) * v0_1.x;
                s0_3 += HVEC4(0.0541687, 0.05783081, 0.04663086, -0.049560547) * v0_1.y;
                s0_3 += HVEC4(0.007106781, 0.17907715, 0.026351929, -0.25317383) * v0_1.z;
                s0_3 += HVEC4(-0.025802612, 0.4177246, 0.008140564, 0.024124146) * v0_1.w;
                s0_3 += HVEC4(-0.31982422, -0.004005432, 0.099609375, 0.005203247) * v0_2.x;
                s0_3 += HVEC4(0.005241394, 0.10534668, 0.024917603, 0.07989502) * v0_2.y;
                s0_3 += HVEC4(0.04348755, 0.014816284, -0.013198853, -0.091796875) * v0_2.z;
                s0_3 += HVEC4(0.0018043518, 0.021209717, 0.0011425018, -0.001991272) * v0_2.w;
                s0_3 += HVEC4(-0.13317871, 0.0013856888, 0.039794922, 0.035217285) * v0_3.x;
                s0_3 += HVEC4(0.13085938, 0.25976562, 0.046875, -0.0003643036) * v0_3.y;
                s0_3 += HVEC4(0.09637451, 0.097717285, 0.0024280548, 0.0107040405) * v0_3.z;
                s0_3 += HVEC4(-0.03527832, -0.026550293, -0.0635376, 0.059020996) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.15356445, -0.06915283, 0.06549072, 0.04611206) * v0_0.x;
                s0_2 += HVEC4(-0.27026367, -0.04949951, 0.13293457, 0.03289795) * v0_0.y;
                s0_2 += HVEC4(0.014060974, -0.17260742, -0.1538086, 0.05142212) * v0_0.z;
                s0_2 += HVEC4(0.15466309, -0.03463745, -0.057647705, -0.14367676) * v0_0.w;
                s0_2 += HVEC4(-0.0059013367, -0.11419678, 0.18225098, 0.044555664) * v0_1.x;
                s0_2 += HVEC4(0.08734131, 0.07684326, -0.027160645, -0.038848877) * v0_1.y;
                s0_2 += HVEC4(-0.110839844, 0.12561035, 0.087890625, 0.061950684) * v0_1.z;
                s0_2 += HVEC4(-0.19226074, -0.025161743, -0.13806152, -0.008972168) * v0_1.w;
                s0_2 += HVEC4(-0.24279785, 0.09375, 0.07751465, 0.14282227) * v0_2.x;
                s0_2 += HVEC4(0.12670898, 0.047943115, -0.054595947, -0.0146102905) * v0_2.y;
                s0_2 += HVEC4(-0.101379395, 0.085632324, 0.17944336, 0.060272217) * v0_2.z;
                s0_2 += HVEC4(0.027252197, 0.049346924, -0.049957275, 0.048217773) * v0_2.w;
                s0_2 += HVEC4(-0.0038814545, 0.04373169, 0.13513184, 0.009559631) * v0_3.x;
                s0_2 += HVEC4(0.012435913, -0.30371094, 0.05859375, 0.1472168) * v0_3.y;
                s0_2 += HVEC4(0.06604004, -0.11791992, -0.05078125, -0.05960083) * v0_3.z;
                s0_2 += HVEC4(-0.011001587, -0.021118164, 0.051605225, -0.0357666) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.024261475, 0.030288696, 0.010482788, -0.031585693) * v0_0.x;
                s0_3 += HVEC4(0.051086426, -0.0030994415, -0.027496338, 0.06640625) * v0_0.y;
                s0_3 += HVEC4(-0.15148926, 0.04711914, 0.08917236, 0.010246277) * v0_0.z;
                s0_3 += HVEC4(0.18078613, 0.18688965, 0.017074585, -0.0619812) * v0_0.w;
                s0_3 += HVEC4(-0.34960938, 0.09161377, -0.051452637, -0.06945801) * v0_1.x;
                s0_3 += HVEC4(-0.3671875, -0.08972168, 0.046051025, -0.055419922) * v0_1.y;
                s0_3 += HVEC4(-0.008087158, -0.11480713, -0.011711121, -0.081970215) * v0_1.z;
                s0_3 += HVEC4(-0.2824707, -0.2746582, -0.061065674, -0.090026855) * v0_1.w;
                s0_3 += HVEC4(-0.054138184, -0.07720947, -0.01777649, -0.083984375) * v0_2.x;
                s0_3 += HVEC4(0.0035152435, -0.06854248, 0.053985596, 0.0036888123) * v0_2.y;
                s0_3 += HVEC4(0.09069824, 0.002216339, -0.010604858, -0.09289551) * v0_2.z;
                s0_3 += HVEC4(0.053253174, 0.02053833, -0.011787415, -0.029037476) * v0_2.w;
                s0_3 += HVEC4(0.053863525, 0.06402588, 0.00806427, -0.015266418) * v0_3.x;
                s0_3 += HVEC4(-0.123046875, -0.093566895, 0.032196045, 0.14379883) * v0_3.y;
                s0_3 += HVEC4(-0.04675293, -0.034820557, 0.026321411, 0.009849548) * v0_3.z;
                s0_3 += HVEC4(0.019165039, 0.008232117, -0.051971436, 0.009895325) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.29907227, 0.07861328, -0.007019043, -0.01007843) * v0_0.x;
                s0_2 += HVEC4(-0.019699097, -0.01701355, 0.024520874, 0.13061523) * v0_0.y;
                s0_2 += HVEC4(-0.17822266, -0.15393066, -0.22351074, -0.014183044) * v0_0.z;
                s0_2 += HVEC4(0.1616211, 0.15966797, -0.47802734, -0.4482422) * v0_0.w;
                s0_2 += HVEC4(-0.055358887, -0.33642578, 0.3779297, 0.25756836) * v0_1.x;
                s0_2 += HVEC4(-0.013916016, 0.06616211, -0.008377075, -0.22363281) * v0_1.y;
                s0_2 += HVEC4(-0.15368652, -0.012702942, 0.3623047, -0.20996094) * v0_1.z;
                s0_2 += HVEC4(-0.12237549, -0.10821533, 0.07385254, 0.15490723) * v0_1.w;
                s0_2 += HVEC4(0.016418457, -0.087768555, -0.1048584, 0.020690918) * v0_2.x;
                s0_2 += HVEC4(-0.21472168, -0.32104492, 0.072509766, 0.11035156) * v0_2.y;
                s0_2 += HVEC4(0.011665344, 0.103393555, 0.10736084, -0.060668945) * v0_2.z;
                s0_2 += HVEC4(-0.2355957, 0.029830933, 0.07067871, 0.078125) * v0_2.w;
                s0_2 += HVEC4(0.09790039, -0.26220703, 0.12597656, 0.010574341) * v0_3.x;
                s0_2 += HVEC4(0.07495117, 0.044403076, -0.18383789, 0.04171753) * v0_3.y;
                s0_2 += HVEC4(-0.021194458, 0.014076233, 0.100097656, -0.44335938) * v0_3.z;
                s0_2 += HVEC4(-0.009231567, 0.06561279, -0.029083252, -0.1026001) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.05126953, 0.10430908, -0.09588623, -0.062438965) * v0_0.x;
                s0_3 += HVEC4(0.027618408, 0.00894165, 0.0847168, 0.06726074) * v0_0.y;
                s0_3 += HVEC4(0.10784912, 0.056732178, 0.015014648, -0.093444824) * v0_0.z;
                s0_3 += HVEC4(-0.1484375, 0.140625, -0.083496094, -0.03668213) * v0_0.w;
                s0_3 += HVEC4(0.052520752, -0.64208984, 0.0154418945, -0.21508789) * v0_1.x;
                s0_3 += HVEC4(0.00013256073, -0.08178711, 0.08660889, 0.040496826) * v0_1.y;
                s0_3 += HVEC4(-0.047180176, -1.0107422, 0.04989624, 0.0031166077) * v0_1.z;
                s0_3 += HVEC4(-0.015731812, 0.2055664, -0.12841797, -0.095581055) * v0_1.w;
                s0_3 += HVEC4(0.092163086, 0.26831055, 0.056610107, 0.0104522705) * v0_2.x;
                s0_3 += HVEC4(-0.37548828, -0.025146484, 0.27734375, 0.10998535) * v0_2.y;
                s0_3 += HVEC4(-0.042816162, 0.017822266, 0.007118225, 0.04034424) * v0_2.z;
                s0_3 += HVEC4(-0.015571594, 0.013168335, -0.021759033, -0.032714844) * v0_2.w;
                s0_3 += HVEC4(-0.3239746, -0.30419922, 0.28955078, -0.008888245) * v0_3.x;
                s0_3 += HVEC4(0.025619507, -0.14123535, 0.0034255981, -0.0028152466) * v0_3.y;
                s0_3 += HVEC4(0.026748657, 0.09136963, 0.105529785, 0.10247803) * v0_3.z;
                s0_3 += HVEC4(0.0011672974, 0.035095215, 0.109191895, 0.11968994) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.009613037, -0.34106445, 0.099731445, 0.07562256) * v0_0.x;
                s0_2 += HVEC4(-0.16906738, 0.12658691, -0.105651855, 0.2121582) * v0_0.y;
                s0_2 += HVEC4(0.04638672, -0.18347168, -0.3852539, -0.16394043) * v0_0.z;
                s0_2 += HVEC4(0.07611084, -0.19726562, -1.9648438, -0.43066406) * v0_0.w;
                s0_2 += HVEC4(0.16821289, -0.29370117, -0.2692871, 0.18835449) * v0_1.x;
                s0_2 += HVEC4(0.5263672, -0.13476562, -0.5708008, -0.83251953) * v0_1.y;
                s0_2 += HVEC4(-0.06921387, 0.29467773, 0.19250488, -0.0725708) * v0_1.z;
                s0_2 += HVEC4(-0.13391113, 0.07897949, 0.3479004, 0.49780273) * v0_1.w;
                s0_2 += HVEC4(-0.12573242, 0.15319824, -0.19042969, -0.17150879) * v0_2.x;
                s0_2 += HVEC4(0.007129669, -0.064819336, 0.083862305, -0.10296631) * v0_2.y;
                s0_2 += HVEC4(-0.1895752, 0.14538574, 0.24145508, 0.02418518) * v0_2.z;
                s0_2 += HVEC4(-0.44750977, 0.18811035, 0.1394043, 0.11468506) * v0_2.w;
                s0_2 += HVEC4(0.105773926, 0.2434082, -0.11199951, 0.18115234) * v0_3.x;
                s0_2 += HVEC4(0.07623291, -0.13342285, -1.6025391, -0.057373047) * v0_3.y;
                s0_2 += HVEC4(0.2854004, -0.23449707, -0.07171631, -0.12561035) * v0_3.z;
                s0_2 += HVEC4(0.09979248, 0.20739746, -0.24157715, 0.09527588) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.17834473, -0.13171387, 0.12719727, 0.13476562) * v0_0.x;
                s0_3 += HVEC4(0.035217285, -0.14099121, -0.0020694733, 0.27001953) * v0_0.y;
                s0_3 += HVEC4(0.21130371, 0.039916992, 0.045043945, 0.093322754) * v0_0.z;
                s0_3 += HVEC4(-0.22070312, 0.33789062, 0.4794922, -0.04699707) * v0_0.w;
                s0_3 += HVEC4(0.5185547, 0.3449707, 0.14355469, -0.23852539) * v0_1.x;
                s0_3 += HVEC4(-0.034240723, 0.08251953, 0.04043579, 0.04598999) * v0_1.y;
                s0_3 += HVEC4(-0.12792969, -1.1582031, -0.21069336, -0.05340576) * v0_1.z;
                s0_3 += HVEC4(0.09375, 0.45214844, -0.12536621, -0.017532349) * v0_1.w;
                s0_3 += HVEC4(0.36206055, 0.28100586, 0.33007812, -0.045288086) * v0_2.x;
                s0_3 += HVEC4(0.22753906, 0.2163086, 0.08483887, -0.10180664) * v0_2.y;
                s0_3 += HVEC4(0.022598267, -0.01033783, -0.008003235, -0.013763428) * v0_2.z;
                s0_3 += HVEC4(-0.005771637, -0.05819702, -0.04446411, -0.08050537) * v0_2.w;
                s0_3 += HVEC4(0.020568848, 0.043701172, -0.0287323, 0.48535156) * v0_3.x;
                s0_3 += HVEC4(-0.1071167, 0.3215332, 0.17773438, -0.19384766) * v0_3.y;
                s0_3 += HVEC4(-0.024627686, -0.08666992, 0.07537842, 0.10870361) * v0_3.z;
                s0_3 += HVEC4(0.0076446533, -0.28198242, -0.064208984, 0.42407227) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.2130127, 0.25341797, -0.022369385, 0.0803833) * v0_0.x;
                s0_2 += HVEC4(-0.08685303, -0.11206055, 0.17456055, -0.030319214) * v0_0.y;
                s0_2 += HVEC4(-0.10681152, 0.21606445, -0.30566406, 0.12011719) * v0_0.z;
                s0_2 += HVEC4(0.14990234, 0.10455322, 0.12536621, -0.13708496) * v0_0.w;
                s0_2 += HVEC4(-0.054595947, 0.11151123, -0.13574219, 0.023757935) * v0_1.x;
                s0_2 += HVEC4(0.06713867, 0.07196045, 0.2915039, -0.3137207) * v0_1.y;
                s0_2 += HVEC4(-0.11138916, 0.04196167, -0.087646484, -0.05819702) * v0_1.z;
                s0_2 += HVEC4(0.33935547, 0.13476562, -2.1210938, 0.26513672) * v0_1.w;
                s0_2 += HVEC4(-0.043304443, -0.10223389, -0.14074707, -0.14562988) * v0_2.x;
                s0_2 += HVEC4(0.010971069, -0.033111572, -0.04751587, -0.042266846) * v0_2.y;
                s0_2 += HVEC4(-0.27807617, 0.19299316, 0.23400879, -0.034484863) * v0_2.z;
                s0_2 += HVEC4(-0.21936035, 0.22106934, 0.13220215, 0.047576904) * v0_2.w;
                s0_2 += HVEC4(-0.023605347, -0.02178955, 0.10290527, 0.07110596) * v0_3.x;
                s0_2 += HVEC4(-0.06903076, -0.35302734, -0.07720947, 0.054260254) * v0_3.y;
                s0_2 += HVEC4(0.115722656, -0.0049095154, 0.13989258, -0.05996704) * v0_3.z;
                s0_2 += HVEC4(-0.006679535, -0.4465332, 0.057891846, 0.15576172) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.14074707, 0.1348877, -0.053131104, -0.16674805) * v0_0.x;
                s0_3 += HVEC4(0.08380127, 0.045684814, 0.039367676, 0.17028809) * v0_0.y;
                s0_3 += HVEC4(0.16552734, 0.020004272, -0.11517334, 0.0061302185) * v0_0.z;
                s0_3 += HVEC4(-0.12634277, 0.20751953, 0.07385254, 0.123413086) * v0_0.w;
                s0_3 += HVEC4(-0.10217285, -0.10418701, 0.044921875, 0.020874023) * v0_1.x;
                s0_3 += HVEC4(0.07507324, 0.022415161, 0.042510986, 0.07727051) * v0_1.y;
                s0_3 += HVEC4(-0.055358887, -1.0117188, 0.023071289, -0.19018555) * v0_1.z;
                s0_3 += HVEC4(-0.0859375, -0.7050781, 0.009513855, -0.1751709) * v0_1.w;
                s0_3 += HVEC4(0.15478516, 0.22155762, 0.014625549, 0.0121536255) * v0_2.x;
                s0_3 += HVEC4(0.03390503, 0.034057617, 0.02519226, 0.055114746) * v0_2.y;
                s0_3 += HVEC4(0.043670654, -0.05822754, 0.015312195, 0.14501953) * v0_2.z;
                s0_3 += HVEC4(0.11816406, -0.00712204, -0.039978027, 0.011108398) * v0_2.w;
                s0_3 += HVEC4(-0.081604004, -6.610155e-05, 0.040496826, 0.07421875) * v0_3.x;
                s0_3 += HVEC4(-0.09082031, -0.22216797, -0.0040130615, -0.25878906) * v0_3.y;
                s0_3 += HVEC4(0.17626953, 0.032684326, 0.08081055, 0.011276245) * v0_3.z;
                s0_3 += HVEC4(-0.50097656, 0.12805176, 0.1973877, -0.23510742) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.45385742, -0.01399231, -0.39868164, -0.6484375) * v0_0.x;
                s0_2 += HVEC4(-0.025970459, -0.080566406, 0.25854492, 0.21740723) * v0_0.y;
                s0_2 += HVEC4(0.29370117, 0.026428223, -0.02848816, 0.19616699) * v0_0.z;
                s0_2 += HVEC4(-0.17956543, 0.053588867, -0.08135986, -0.31958008) * v0_0.w;
                s0_2 += HVEC4(0.17407227, -0.13598633, -0.053009033, -0.11798096) * v0_1.x;
                s0_2 += HVEC4(0.09075928, 0.0048828125, -0.09466553, -0.27929688) * v0_1.y;
                s0_2 += HVEC4(-0.036468506, -0.017440796, -0.19311523, -0.09063721) * v0_1.z;
                s0_2 += HVEC4(-0.05847168, 0.022109985, 0.044128418, 0.08074951) * v0_1.w;
                s0_2 += HVEC4(0.1899414, -0.021011353, 0.12524414, 0.026489258) * v0_2.x;
                s0_2 += HVEC4(-0.079956055, -0.00045967102, -0.33251953, -0.046691895) * v0_2.y;
                s0_2 += HVEC4(-0.1459961, 0.0022907257, 0.024459839, 0.0041046143) * v0_2.z;
                s0_2 += HVEC4(-0.081848145, 0.09674072, -0.038604736, 0.03515625) * v0_2.w;
                s0_2 += HVEC4(0.25585938, -0.19165039, -0.2746582, 0.018798828) * v0_3.x;
                s0_2 += HVEC4(-0.07397461, 0.044158936, 0.2998047, -0.040802002) * v0_3.y;
                s0_2 += HVEC4(0.11206055, -0.057281494, 0.043395996, -0.15942383) * v0_3.z;
                s0_2 += HVEC4(0.098083496, 0.04348755, -0.15246582, 0.0088272095) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.07043457, -0.8911133, 0.30151367, -0.021057129) * v0_0.x;
                s0_3 += HVEC4(0.06060791, -0.45263672, -0.06274414, 0.07501221) * v0_0.y;
                s0_3 += HVEC4(-0.019958496, -2.9863281, -0.0758667, 0.017166138) * v0_0.z;
                s0_3 += HVEC4(-0.010894775, 0.1616211, 0.022277832, 0.09613037) * v0_0.w;
                s0_3 += HVEC4(-0.078186035, 0.40014648, -0.034423828, -0.035491943) * v0_1.x;
                s0_3 += HVEC4(7.2062016e-05, -0.38793945, 0.011184692, 0.06359863) * v0_1.y;
                s0_3 += HVEC4(0.03149414, 0.13183594, -0.00063610077, -0.052581787) * v0_1.z;
                s0_3 += HVEC4(0.022033691, -0.26513672, 0.055908203, -0.0077590942) * v0_1.w;
                s0_3 += HVEC4(0.037139893, -0.014709473, -0.0463562, 0.01222229) * v0_2.x;
                s0_3 += HVEC4(-0.041168213, -0.35742188, -0.059509277, 0.09692383) * v0_2.y;
                s0_3 += HVEC4(0.01285553, 0.43041992, 0.043029785, 0.011367798) * v0_2.z;
                s0_3 += HVEC4(-0.017837524, -0.12335205, 0.08288574, 0.017684937) * v0_2.w;
                s0_3 += HVEC4(-0.012245178, 0.28442383, 0.024414062, -0.036865234) * v0_3.x;
                s0_3 += HVEC4(-0.023361206, 0.16955566, -0.0158844, -0.11376953) * v0_3.y;
                s0_3 += HVEC4(0.00065135956, 0.36669922, 0.03881836, 0.021697998) * v0_3.z;
                s0_3 += HVEC4(-0.03466797, 0.15942383, 0.027267456, 0.088134766) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.034240723, 1.5703125, -0.6665039, -0.27514648) * v0_0.x;
                s0_2 += HVEC4(-0.46948242, -0.0947876, -0.20983887, 0.2536621) * v0_0.y;
                s0_2 += HVEC4(-0.11566162, -0.23266602, 1.0898438, -0.31958008) * v0_0.z;
                s0_2 += HVEC4(0.022979736, -0.17260742, -0.37231445, -0.5932617) * v0_0.w;
                s0_2 += HVEC4(0.06890869, 0.17260742, 0.36669922, -0.101623535) * v0_1.x;
                s0_2 += HVEC4(0.029052734, 0.017578125, 0.14282227, -0.4645996) * v0_1.y;
                s0_2 += HVEC4(-0.042053223, 0.13098145, -0.89746094, 0.105285645) * v0_1.z;
                s0_2 += HVEC4(-0.13659668, -0.10668945, -0.14758301, 0.27416992) * v0_1.w;
                s0_2 += HVEC4(-0.023529053, 0.17871094, 0.36987305, -0.061187744) * v0_2.x;
                s0_2 += HVEC4(-0.21728516, 0.13342285, -0.31762695, -0.14111328) * v0_2.y;
                s0_2 += HVEC4(0.027008057, 0.1105957, 0.019378662, -0.07006836) * v0_2.z;
                s0_2 += HVEC4(-0.55078125, 0.100097656, 0.06390381, 0.16052246) * v0_2.w;
                s0_2 += HVEC4(0.053253174, -0.20349121, 0.004055023, 0.1574707) * v0_3.x;
                s0_2 += HVEC4(-0.008560181, 0.042297363, -0.27026367, 0.014335632) * v0_3.y;
                s0_2 += HVEC4(0.06173706, -0.08703613, 0.44213867, -0.13513184) * v0_3.z;
                s0_2 += HVEC4(-0.008125305, 0.08984375, -1.5507812, 0.01675415) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.21655273, -0.7807617, 0.20397949, 0.9482422) * v0_0.x;
                s0_3 += HVEC4(0.06335449, -0.8310547, 0.085876465, 0.04751587) * v0_0.y;
                s0_3 += HVEC4(-0.101989746, -3.0410156, -0.020263672, -0.15893555) * v0_0.z;
                s0_3 += HVEC4(-0.0592041, 0.16308594, -0.0041999817, -0.14257812) * v0_0.w;
                s0_3 += HVEC4(0.20751953, -1.1347656, 0.05670166, 0.15136719) * v0_1.x;
                s0_3 += HVEC4(-0.097595215, -0.8173828, 0.06933594, 0.08886719) * v0_1.y;
                s0_3 += HVEC4(0.08111572, 0.35546875, 0.05444336, -0.059326172) * v0_1.z;
                s0_3 += HVEC4(0.0035514832, -1.7382812, 0.089660645, -0.027770996) * v0_1.w;
                s0_3 += HVEC4(0.010894775, -0.49072266, 0.060394287, 0.10290527) * v0_2.x;
                s0_3 += HVEC4(0.06982422, -0.7060547, 0.11016846, 0.12225342) * v0_2.y;
                s0_3 += HVEC4(0.044067383, -0.099853516, 0.00945282, -0.04623413) * v0_2.z;
                s0_3 += HVEC4(-0.026611328, -0.5839844, 0.33081055, -0.0031433105) * v0_2.w;
                s0_3 += HVEC4(-0.044158936, 0.9555664, -0.0099105835, 0.19372559) * v0_3.x;
                s0_3 += HVEC4(-0.05407715, -0.79003906, -0.10211182, -0.09082031) * v0_3.y;
                s0_3 += HVEC4(0.08294678, -0.7973633, 0.0178833, 0.012840271) * v0_3.z;
                s0_3 += HVEC4(-0.06652832, -1.9902344, 0.16711426, 0.065979004) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.17053223, -0.41748047, -0.76416016, -0.07342529) * v0_0.x;
                s0_2 += HVEC4(0.044433594, -0.18457031, 0.2442627, -0.015090942) * v0_0.y;
                s0_2 += HVEC4(-0.0071754456, 0.09613037, 0.21728516, 0.13366699) * v0_0.z;
                s0_2 += HVEC4(0.07873535, -0.002521515, -0.04888916, -0.17932129) * v0_0.w;
                s0_2 += HVEC4(-0.02748108, 0.011238098, -0.14941406, -0.09375) * v0_1.x;
                s0_2 += HVEC4(0.120788574, -0.054504395, -1.9882812, -0.3359375) * v0_1.y;
                s0_2 += HVEC4(-0.06665039, 0.041015625, 0.18249512, -0.06427002) * v0_1.z;
                s0_2 += HVEC4(-0.08062744, -0.10455322, 0.06677246, 0.1895752) * v0_1.w;
                s0_2 += HVEC4(-0.06323242, -0.03677368, -0.08666992, -0.021148682) * v0_2.x;
                s0_2 += HVEC4(0.022949219, -0.015541077, 0.24975586, 0.085510254) * v0_2.y;
                s0_2 += HVEC4(0.09631348, 0.009422302, -0.058441162, -0.116882324) * v0_2.z;
                s0_2 += HVEC4(-0.4165039, 0.075927734, -0.5859375, 0.09057617) * v0_2.w;
                s0_2 += HVEC4(0.0049743652, -0.013877869, -0.20703125, -0.0010757446) * v0_3.x;
                s0_2 += HVEC4(-0.03955078, -0.03265381, 0.27807617, 0.04949951) * v0_3.y;
                s0_2 += HVEC4(0.103271484, 0.007637024, 0.11126709, -0.050079346) * v0_3.z;
                s0_2 += HVEC4(0.18103027, -0.107788086, -0.07116699, -0.19421387) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.2998047, -0.026687622, -0.079833984, 0.2487793) * v0_0.x;
                s0_3 += HVEC4(0.0960083, -0.6582031, 0.06555176, 0.21911621) * v0_0.y;
                s0_3 += HVEC4(-0.0003607273, -2.4121094, 0.10760498, -0.026412964) * v0_0.z;
                s0_3 += HVEC4(-0.021362305, 0.2824707, -0.0056610107, 0.054718018) * v0_0.w;
                s0_3 += HVEC4(0.045562744, -0.13317871, 0.024337769, -0.027572632) * v0_1.x;
                s0_3 += HVEC4(-0.07165527, 0.2607422, -0.01108551, 0.082336426) * v0_1.y;
                s0_3 += HVEC4(0.016860962, -1.6298828, -0.027282715, -0.047973633) * v0_1.z;
                s0_3 += HVEC4(-0.015945435, -1.4785156, 0.023422241, -0.036834717) * v0_1.w;
                s0_3 += HVEC4(0.046051025, -0.37524414, 0.046905518, 0.015625) * v0_2.x;
                s0_3 += HVEC4(0.0011968613, -0.022583008, -0.009155273, 0.044769287) * v0_2.y;
                s0_3 += HVEC4(0.0869751, 1.0302734, 0.047790527, -0.15100098) * v0_2.z;
                s0_3 += HVEC4(-0.028182983, -0.94384766, 0.01687622, -0.11175537) * v0_2.w;
                s0_3 += HVEC4(-0.017089844, 0.3815918, -0.020721436, -0.046844482) * v0_3.x;
                s0_3 += HVEC4(0.011184692, 0.23510742, -0.047180176, -0.14477539) * v0_3.y;
                s0_3 += HVEC4(0.042175293, -0.32006836, 0.035888672, 0.0690918) * v0_3.z;
                s0_3 += HVEC4(0.022567749, -2.0761719, -0.049865723, 0.064819336) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L2
//!SAVE ArtCNN_C4F16_DS_L3
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.027778136, 0.0038762365, 0.0060112406, 0.0006000015);
            vec4 a0_1 = vec4(-0.0017351743, 0.0009950683, 0.010912907, 0.03908604);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.037963867, -0.25024414, 0.32177734, 0.037506104) * v0_0.x;
                s0_0 += HVEC4(0.11102295, 0.036254883, -0.044830322, 0.04623413) * v0_0.y;
                s0_0 += HVEC4(0.061523438, 0.06689453, -0.06402588, 0.0137786865) * v0_0.z;
                s0_0 += HVEC4(0.058654785, 0.091918945, -0.006690979, -0.00027561188) * v0_0.w;
                s0_0 += HVEC4(0.049743652, 0.101135254, 0.15197754, 0.055603027) * v0_1.x;
                s0_0 += HVEC4(0.14160156, -0.009552002, 0.051879883, 0.007293701) * v0_1.y;
                s0_0 += HVEC4(-0.076049805, -0.008850098, -0.03237915, -0.03125) * v0_1.z;
                s0_0 += HVEC4(0.0023498535, -0.011146545, 0.11743164, 0.011352539) * v0_1.w;
                s0_0 += HVEC4(0.078308105, -0.14880371, 0.05355835, -0.017944336) * v0_2.x;
                s0_0 += HVEC4(-0.01927185, 0.14990234, -0.11395264, 0.07977295) * v0_2.y;
                s0_0 += HVEC4(-0.001578331, -0.01751709, 0.11895752, 0.09301758) * v0_2.z;
                s0_0 += HVEC4(-0.18664551, -0.121276855, -0.10223389, 0.08514404) * v0_2.w;
                s0_0 += HVEC4(0.64990234, -0.7055664, 0.37329102, 0.42260742) * v0_3.x;
                s0_0 += HVEC4(0.005645752, -0.1418457, -0.015220642, 0.2529297) * v0_3.y;
                s0_0 += HVEC4(-0.0023117065, 0.0579834, -0.01235199, 0.031555176) * v0_3.z;
                s0_0 += HVEC4(-0.11645508, -0.31640625, 0.068115234, 0.002035141) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.111206055, 0.01486969, -0.085876465, -0.11975098) * v0_0.x;
                s0_1 += HVEC4(-0.036315918, -0.06188965, 0.030548096, 0.055511475) * v0_0.y;
                s0_1 += HVEC4(0.008384705, -0.07507324, -0.03982544, -0.12780762) * v0_0.z;
                s0_1 += HVEC4(-0.0026454926, 0.082336426, 0.0055236816, -0.12878418) * v0_0.w;
                s0_1 += HVEC4(-0.020019531, 0.055114746, 0.026290894, 0.07336426) * v0_1.x;
                s0_1 += HVEC4(0.012962341, -0.013092041, -0.06036377, -0.07659912) * v0_1.y;
                s0_1 += HVEC4(-0.020050049, 0.00121212, -0.008934021, 0.030899048) * v0_1.z;
                s0_1 += HVEC4(0.06021118, 0.029006958, -0.046417236, -0.3154297) * v0_1.w;
                s0_1 += HVEC4(-0.0022907257, 0.014694214, -0.04562378, -0.3256836) * v0_2.x;
                s0_1 += HVEC4(0.066223145, -0.028060913, -0.0005469322, 0.05996704) * v0_2.y;
                s0_1 += HVEC4(0.015602112, -0.1418457, -0.11932373, -0.3178711) * v0_2.z;
                s0_1 += HVEC4(-0.08166504, 0.1998291, 0.0143966675, 0.36547852) * v0_2.w;
                s0_1 += HVEC4(-0.18701172, -0.13879395, -0.27929688, -0.51708984) * v0_3.x;
                s0_1 += HVEC4(-0.06439209, -0.02998352, -0.12084961, -2.0898438) * v0_3.y;
                s0_1 += HVEC4(-0.0058517456, 0.020828247, 0.015396118, 0.042236328) * v0_3.z;
                s0_1 += HVEC4(0.00894928, -0.068115234, 0.01751709, 0.14868164) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.31347656, -0.52978516, 0.117004395, -0.20373535) * v0_0.x;
                s0_0 += HVEC4(0.17797852, -0.1899414, -0.103637695, -0.02798462) * v0_0.y;
                s0_0 += HVEC4(-0.16381836, -0.010292053, -0.28344727, 0.060455322) * v0_0.z;
                s0_0 += HVEC4(-0.0074653625, -0.33032227, 0.12475586, -0.19226074) * v0_0.w;
                s0_0 += HVEC4(0.049591064, 0.1239624, 0.07495117, 0.013519287) * v0_1.x;
                s0_0 += HVEC4(-0.000620842, -0.30273438, 0.21472168, -0.12670898) * v0_1.y;
                s0_0 += HVEC4(0.04928589, 0.26049805, -0.19165039, 0.10235596) * v0_1.z;
                s0_0 += HVEC4(0.015556335, -0.21069336, 0.24853516, -0.083862305) * v0_1.w;
                s0_0 += HVEC4(-0.06616211, -0.06335449, 0.08520508, -0.06225586) * v0_2.x;
                s0_0 += HVEC4(-0.06896973, -0.047912598, 0.06793213, -0.042816162) * v0_2.y;
                s0_0 += HVEC4(-0.20898438, -0.33398438, -0.3400879, -0.18615723) * v0_2.z;
                s0_0 += HVEC4(0.2590332, -0.092163086, -0.16052246, -0.0657959) * v0_2.w;
                s0_0 += HVEC4(0.08526611, -0.10687256, 0.101867676, -0.048797607) * v0_3.x;
                s0_0 += HVEC4(0.097229004, 0.1217041, 0.23071289, 0.076293945) * v0_3.y;
                s0_0 += HVEC4(0.072143555, 0.097717285, 0.20239258, -0.066101074) * v0_3.z;
                s0_0 += HVEC4(-0.058441162, -0.60058594, 0.05303955, 0.10473633) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.17016602, 0.025878906, -0.019714355, 0.10479736) * v0_0.x;
                s0_1 += HVEC4(-0.001698494, -0.028778076, 0.027542114, -0.27734375) * v0_0.y;
                s0_1 += HVEC4(0.12841797, 0.025970459, 0.042236328, 0.01423645) * v0_0.z;
                s0_1 += HVEC4(0.006591797, 0.0206604, -0.02243042, -0.049865723) * v0_0.w;
                s0_1 += HVEC4(0.103271484, -0.08905029, -0.057800293, -0.31860352) * v0_1.x;
                s0_1 += HVEC4(0.15563965, -0.014602661, 0.013893127, 0.2890625) * v0_1.y;
                s0_1 += HVEC4(-0.026306152, 0.016571045, 0.021774292, 0.027450562) * v0_1.z;
                s0_1 += HVEC4(-0.12182617, -0.09283447, 0.031311035, -0.46118164) * v0_1.w;
                s0_1 += HVEC4(-0.048950195, -0.014541626, -0.046325684, -0.0024299622) * v0_2.x;
                s0_1 += HVEC4(0.021743774, -0.0053215027, 0.00068187714, 0.044769287) * v0_2.y;
                s0_1 += HVEC4(-0.080444336, 0.018997192, -0.012031555, -0.37963867) * v0_2.z;
                s0_1 += HVEC4(0.19396973, -0.17773438, 0.027038574, -0.359375) * v0_2.w;
                s0_1 += HVEC4(0.13989258, 0.03756714, -0.024337769, 0.029830933) * v0_3.x;
                s0_1 += HVEC4(-0.36669922, -0.18798828, -0.46777344, -1.2695312) * v0_3.y;
                s0_1 += HVEC4(-0.24279785, 0.034423828, -0.009056091, 0.04977417) * v0_3.z;
                s0_1 += HVEC4(0.15161133, 0.007385254, 0.019378662, -0.093688965) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(-0.107055664, -0.1048584, -0.06188965, 0.0077438354) * v0_0.x;
                s0_0 += HVEC4(0.09234619, 0.062042236, 0.1640625, 0.13586426) * v0_0.y;
                s0_0 += HVEC4(-0.14196777, 0.0035324097, -0.16381836, -0.12072754) * v0_0.z;
                s0_0 += HVEC4(-0.023742676, -0.077819824, 0.03540039, 0.018829346) * v0_0.w;
                s0_0 += HVEC4(-0.04119873, -0.047607422, -0.12731934, -0.06719971) * v0_1.x;
                s0_0 += HVEC4(-0.03012085, -0.072265625, 0.052978516, -0.07244873) * v0_1.y;
                s0_0 += HVEC4(0.072753906, 0.14904785, -0.012969971, 0.070373535) * v0_1.z;
                s0_0 += HVEC4(-0.036102295, -0.1706543, -0.09094238, -0.23730469) * v0_1.w;
                s0_0 += HVEC4(-0.12261963, -0.16015625, 0.04727173, -0.115112305) * v0_2.x;
                s0_0 += HVEC4(-0.04446411, -0.12445068, 0.06011963, -0.10595703) * v0_2.y;
                s0_0 += HVEC4(-0.089904785, -0.07873535, 0.035827637, -0.1459961) * v0_2.z;
                s0_0 += HVEC4(-0.08660889, -0.10394287, -0.044952393, 0.10498047) * v0_2.w;
                s0_0 += HVEC4(0.015586853, -0.1083374, -0.005832672, 0.015945435) * v0_3.x;
                s0_0 += HVEC4(0.016036987, -0.112976074, 0.22497559, -0.6464844) * v0_3.y;
                s0_0 += HVEC4(0.070129395, 0.049835205, 0.019638062, 0.02368164) * v0_3.z;
                s0_0 += HVEC4(0.109375, -0.1583252, 0.03829956, 0.12976074) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.04724121, 0.0037574768, -4.3988228e-05, 0.03289795) * v0_0.x;
                s0_1 += HVEC4(-0.041046143, -0.026229858, -0.010902405, -0.4086914) * v0_0.y;
                s0_1 += HVEC4(-0.109375, -0.04751587, 0.0118255615, -0.10089111) * v0_0.z;
                s0_1 += HVEC4(0.060058594, 0.11657715, -0.0079193115, 0.17785645) * v0_0.w;
                s0_1 += HVEC4(0.052825928, -0.060913086, 0.03466797, 0.1538086) * v0_1.x;
                s0_1 += HVEC4(-0.0040626526, -0.03161621, 0.029541016, 0.037994385) * v0_1.y;
                s0_1 += HVEC4(-0.10003662, -0.036010742, -0.0043258667, 0.06500244) * v0_1.z;
                s0_1 += HVEC4(-0.16967773, -0.012664795, 0.0063591003, -0.22241211) * v0_1.w;
                s0_1 += HVEC4(0.22473145, 0.009414673, 0.068237305, 0.013900757) * v0_2.x;
                s0_1 += HVEC4(0.001373291, 0.0065231323, 0.013259888, 0.06933594) * v0_2.y;
                s0_1 += HVEC4(0.14025879, -0.052764893, 0.04244995, 0.12915039) * v0_2.z;
                s0_1 += HVEC4(-0.012611389, 0.06365967, -0.01927185, 0.49731445) * v0_2.w;
                s0_1 += HVEC4(0.032409668, 0.012649536, 0.0031776428, 0.10821533) * v0_3.x;
                s0_1 += HVEC4(-0.5, -0.31298828, -0.2619629, -0.8330078) * v0_3.y;
                s0_1 += HVEC4(-0.032287598, 0.07635498, -0.006511688, 0.020050049) * v0_3.z;
                s0_1 += HVEC4(0.07977295, -0.0016059875, -0.0054740906, -0.02078247) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.06573486, -0.003932953, -0.3005371, -0.012649536) * v0_0.x;
                s0_0 += HVEC4(-0.009269714, 0.22290039, -0.16772461, 0.20153809) * v0_0.y;
                s0_0 += HVEC4(0.017242432, -0.10797119, 0.047973633, 0.08984375) * v0_0.z;
                s0_0 += HVEC4(-0.048797607, -0.10223389, 0.022750854, 0.16699219) * v0_0.w;
                s0_0 += HVEC4(0.075683594, -0.019836426, 0.053833008, 0.080566406) * v0_1.x;
                s0_0 += HVEC4(-0.19421387, -0.02331543, -0.0058784485, -0.059936523) * v0_1.y;
                s0_0 += HVEC4(-0.006706238, 0.005493164, -0.019866943, -0.109802246) * v0_1.z;
                s0_0 += HVEC4(-0.038513184, 0.27978516, -0.03274536, 0.03366089) * v0_1.w;
                s0_0 += HVEC4(-0.045532227, 0.0044937134, -0.032165527, -0.07244873) * v0_2.x;
                s0_0 += HVEC4(-0.20996094, 0.13330078, -0.050598145, 0.072631836) * v0_2.y;
                s0_0 += HVEC4(0.19335938, -0.0036888123, -0.05819702, 0.06439209) * v0_2.z;
                s0_0 += HVEC4(-0.015342712, 0.10461426, -0.026245117, 0.0026340485) * v0_2.w;
                s0_0 += HVEC4(-0.8173828, 0.0060272217, -0.37475586, -0.16430664) * v0_3.x;
                s0_0 += HVEC4(-0.022262573, -0.021224976, 0.19470215, -0.06817627) * v0_3.y;
                s0_0 += HVEC4(-0.047698975, 0.00881958, -0.06100464, -0.07574463) * v0_3.z;
                s0_0 += HVEC4(0.18286133, 0.23339844, 0.09490967, -0.15429688) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.2241211, -0.1003418, -0.15209961, -0.17358398) * v0_0.x;
                s0_1 += HVEC4(0.01638794, 0.028366089, 0.0335083, 0.23291016) * v0_0.y;
                s0_1 += HVEC4(-0.020202637, 0.032165527, 0.037750244, -0.029708862) * v0_0.z;
                s0_1 += HVEC4(0.009857178, 0.22143555, -0.036895752, 0.14477539) * v0_0.w;
                s0_1 += HVEC4(0.11517334, 0.010261536, 0.085754395, 0.15307617) * v0_1.x;
                s0_1 += HVEC4(-0.03768921, -0.0027217865, -0.119018555, -0.19165039) * v0_1.y;
                s0_1 += HVEC4(-0.017868042, 0.08728027, 0.14160156, 0.109680176) * v0_1.z;
                s0_1 += HVEC4(0.08874512, 0.16271973, -0.03933716, -0.26391602) * v0_1.w;
                s0_1 += HVEC4(-0.076416016, 0.0657959, -0.040893555, -0.07623291) * v0_2.x;
                s0_1 += HVEC4(0.037628174, 0.12585449, -0.0034389496, 0.06109619) * v0_2.y;
                s0_1 += HVEC4(-0.2541504, -0.17175293, -0.14416504, -0.13513184) * v0_2.z;
                s0_1 += HVEC4(-0.05496216, -0.044677734, -0.022750854, -0.13879395) * v0_2.w;
                s0_1 += HVEC4(-0.17041016, -0.011512756, -0.29638672, -1.1347656) * v0_3.x;
                s0_1 += HVEC4(-0.04296875, 0.1104126, 0.33422852, -0.025939941) * v0_3.y;
                s0_1 += HVEC4(0.022003174, -0.02406311, -0.03543091, -0.10522461) * v0_3.z;
                s0_1 += HVEC4(-0.08642578, -0.23461914, -0.017303467, -0.10223389) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.05267334, 0.22583008, -0.35546875, -0.07244873) * v0_0.x;
                s0_0 += HVEC4(-0.031280518, -0.05117798, 0.049621582, -0.15283203) * v0_0.y;
                s0_0 += HVEC4(-0.2043457, -0.05215454, 0.37304688, -0.11291504) * v0_0.z;
                s0_0 += HVEC4(0.055023193, 0.3232422, 0.27807617, -0.38378906) * v0_0.w;
                s0_0 += HVEC4(-0.20410156, -0.5073242, -0.25512695, -0.041259766) * v0_1.x;
                s0_0 += HVEC4(-0.07720947, -0.109680176, -0.25854492, 0.036102295) * v0_1.y;
                s0_0 += HVEC4(0.4416504, 0.02432251, 0.0082473755, 0.1484375) * v0_1.z;
                s0_0 += HVEC4(-0.25756836, 0.23278809, -0.23303223, -0.31176758) * v0_1.w;
                s0_0 += HVEC4(-0.04638672, 0.02268982, -0.13696289, 0.14233398) * v0_2.x;
                s0_0 += HVEC4(-0.23535156, 0.117614746, -0.21252441, -0.07519531) * v0_2.y;
                s0_0 += HVEC4(-0.28393555, 0.088378906, -0.35888672, 0.07446289) * v0_2.z;
                s0_0 += HVEC4(0.0064735413, 0.07556152, -0.13549805, 0.0073928833) * v0_2.w;
                s0_0 += HVEC4(-0.28686523, 0.13427734, 0.12609863, 0.1505127) * v0_3.x;
                s0_0 += HVEC4(-0.03274536, -0.056427002, -0.061584473, 0.10583496) * v0_3.y;
                s0_0 += HVEC4(0.014640808, -0.22314453, -0.4519043, 0.11816406) * v0_3.z;
                s0_0 += HVEC4(-0.44555664, -0.014785767, -0.21569824, 0.15014648) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.30151367, 0.06323242, -0.0067253113, -0.15319824) * v0_0.x;
                s0_1 += HVEC4(-0.17114258, -0.18322754, -0.08831787, -0.41601562) * v0_0.y;
                s0_1 += HVEC4(-0.13012695, 0.49975586, 0.05633545, -0.011688232) * v0_0.z;
                s0_1 += HVEC4(0.001086235, 0.22558594, -0.080078125, -0.13024902) * v0_0.w;
                s0_1 += HVEC4(0.14697266, 0.24108887, -0.06414795, 0.01260376) * v0_1.x;
                s0_1 += HVEC4(-0.24572754, 0.046539307, -0.044067383, -0.38330078) * v0_1.y;
                s0_1 += HVEC4(-0.093933105, 0.14990234, 0.047302246, 0.18896484) * v0_1.z;
                s0_1 += HVEC4(0.29125977, 0.06750488, -0.051635742, 0.04815674) * v0_1.w;
                s0_1 += HVEC4(-0.022018433, 0.06945801, -0.09283447, -0.030212402) * v0_2.x;
                s0_1 += HVEC4(-0.046691895, -0.20446777, -0.04260254, -0.34985352) * v0_2.y;
                s0_1 += HVEC4(-0.28149414, -0.046417236, -0.06921387, -0.29077148) * v0_2.z;
                s0_1 += HVEC4(-0.041168213, 0.23400879, 0.056243896, 0.32373047) * v0_2.w;
                s0_1 += HVEC4(-0.13586426, 0.049835205, -0.054656982, -0.22692871) * v0_3.x;
                s0_1 += HVEC4(-0.18103027, 0.036468506, 0.52685547, -0.07910156) * v0_3.y;
                s0_1 += HVEC4(0.42016602, -0.25463867, 0.15368652, 0.020828247) * v0_3.z;
                s0_1 += HVEC4(-0.52490234, 0.10180664, 0.042297363, -0.45483398) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.060760498, 0.14416504, -0.004398346, -0.059051514) * v0_0.x;
                s0_0 += HVEC4(-0.19177246, -0.16235352, 0.13513184, -0.14575195) * v0_0.y;
                s0_0 += HVEC4(0.0016393661, -0.1574707, 0.10534668, -0.048187256) * v0_0.z;
                s0_0 += HVEC4(-0.011856079, 0.18737793, 0.0010509491, 0.29077148) * v0_0.w;
                s0_0 += HVEC4(0.17175293, -0.18579102, -0.14221191, 0.09210205) * v0_1.x;
                s0_0 += HVEC4(-0.10467529, -0.09991455, 0.014709473, -0.2993164) * v0_1.y;
                s0_0 += HVEC4(0.20275879, 0.07299805, 0.02935791, 0.2211914) * v0_1.z;
                s0_0 += HVEC4(0.2956543, 0.09197998, 0.062072754, 0.14672852) * v0_1.w;
                s0_0 += HVEC4(-0.006099701, -0.18859863, -0.13305664, -0.14575195) * v0_2.x;
                s0_0 += HVEC4(-0.056640625, 0.21264648, 0.0035953522, -0.25195312) * v0_2.y;
                s0_0 += HVEC4(-0.061920166, 0.08526611, -0.14013672, -0.17492676) * v0_2.z;
                s0_0 += HVEC4(0.055908203, -0.2541504, -0.053619385, -0.10308838) * v0_2.w;
                s0_0 += HVEC4(-0.07720947, -0.017333984, -0.0066566467, -0.10369873) * v0_3.x;
                s0_0 += HVEC4(0.03314209, 0.14465332, 0.19665527, -0.029586792) * v0_3.y;
                s0_0 += HVEC4(-0.019119263, 0.11254883, 0.11419678, -0.071899414) * v0_3.z;
                s0_0 += HVEC4(-0.04928589, 0.026107788, 0.072753906, -0.06286621) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.039978027, 0.030273438, 0.021957397, 0.078063965) * v0_0.x;
                s0_1 += HVEC4(-0.14123535, -0.036010742, 0.007160187, -0.07519531) * v0_0.y;
                s0_1 += HVEC4(-0.025756836, 0.005378723, -0.0146865845, 0.09942627) * v0_0.z;
                s0_1 += HVEC4(0.13549805, 0.07897949, 0.0011520386, -0.3852539) * v0_0.w;
                s0_1 += HVEC4(0.028564453, -0.07965088, 0.019683838, 0.06088257) * v0_1.x;
                s0_1 += HVEC4(0.13623047, -0.027954102, 0.008323669, 0.15856934) * v0_1.y;
                s0_1 += HVEC4(0.0003745556, -0.037200928, -0.04055786, 0.22741699) * v0_1.z;
                s0_1 += HVEC4(0.111694336, -0.07269287, -0.021453857, -0.8544922) * v0_1.w;
                s0_1 += HVEC4(-0.19348145, 0.08270264, 0.025268555, -0.24499512) * v0_2.x;
                s0_1 += HVEC4(0.113220215, 0.0058631897, 0.009140015, -0.25732422) * v0_2.y;
                s0_1 += HVEC4(-0.16491699, -0.030181885, 0.026397705, 0.10510254) * v0_2.z;
                s0_1 += HVEC4(-0.07727051, 0.030471802, 0.007335663, -0.24438477) * v0_2.w;
                s0_1 += HVEC4(0.06335449, 0.055023193, 0.0234375, -0.21386719) * v0_3.x;
                s0_1 += HVEC4(-0.01096344, -0.009635925, 0.13012695, 0.13598633) * v0_3.y;
                s0_1 += HVEC4(0.013381958, 0.036254883, -0.05822754, 0.125) * v0_3.z;
                s0_1 += HVEC4(-0.10144043, -0.08917236, 0.017532349, 0.10559082) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(-0.059783936, -0.004421234, -0.13171387, -0.047424316) * v0_0.x;
                s0_0 += HVEC4(0.117370605, -0.15161133, 0.28320312, 0.16113281) * v0_0.y;
                s0_0 += HVEC4(0.019210815, -0.0016698837, 0.02986145, -0.007545471) * v0_0.z;
                s0_0 += HVEC4(-0.15893555, 0.019607544, -0.054382324, 0.024536133) * v0_0.w;
                s0_0 += HVEC4(0.10675049, 0.07788086, 0.05038452, -0.071899414) * v0_1.x;
                s0_0 += HVEC4(-0.1262207, -0.026870728, -0.12432861, -0.02230835) * v0_1.y;
                s0_0 += HVEC4(0.29467773, -0.011390686, 0.03591919, -0.08111572) * v0_1.z;
                s0_0 += HVEC4(0.066101074, -0.0904541, 0.012588501, -0.03503418) * v0_1.w;
                s0_0 += HVEC4(0.0013437271, 0.09741211, -0.078063965, -2.926588e-05) * v0_2.x;
                s0_0 += HVEC4(0.09094238, -0.04144287, 0.19152832, 0.11627197) * v0_2.y;
                s0_0 += HVEC4(0.06604004, -0.027023315, 0.20935059, -0.0013713837) * v0_2.z;
                s0_0 += HVEC4(-0.18261719, 0.05154419, 0.07531738, 0.06112671) * v0_2.w;
                s0_0 += HVEC4(-0.4638672, -0.010498047, -0.9296875, -0.056488037) * v0_3.x;
                s0_0 += HVEC4(0.09655762, -0.03286743, 0.020080566, -0.040374756) * v0_3.y;
                s0_0 += HVEC4(-0.037963867, -0.011558533, 0.03643799, 0.0009737015) * v0_3.z;
                s0_0 += HVEC4(-0.06414795, 0.062683105, -0.036499023, -0.04827881) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.13574219, -0.022399902, -0.03010559, 0.10223389) * v0_0.x;
                s0_1 += HVEC4(0.15515137, -0.06994629, -0.031097412, 0.17578125) * v0_0.y;
                s0_1 += HVEC4(-0.056915283, 0.013969421, 0.14331055, -0.036743164) * v0_0.z;
                s0_1 += HVEC4(0.011787415, -0.051605225, -0.15612793, -0.17407227) * v0_0.w;
                s0_1 += HVEC4(-0.09851074, 0.019943237, 0.037506104, 0.03970337) * v0_1.x;
                s0_1 += HVEC4(0.028259277, -0.03161621, 0.074035645, -0.15429688) * v0_1.y;
                s0_1 += HVEC4(0.1184082, 0.026489258, 0.14807129, 0.054351807) * v0_1.z;
                s0_1 += HVEC4(-0.09301758, 0.0050086975, 0.025009155, -0.11669922) * v0_1.w;
                s0_1 += HVEC4(-0.049224854, 0.061309814, -0.047607422, -0.045288086) * v0_2.x;
                s0_1 += HVEC4(0.1607666, -0.019561768, -0.085754395, -0.012527466) * v0_2.y;
                s0_1 += HVEC4(0.019348145, -0.06201172, -0.10852051, 0.29492188) * v0_2.z;
                s0_1 += HVEC4(-0.050933838, 0.011360168, 0.022781372, -0.16674805) * v0_2.w;
                s0_1 += HVEC4(-0.6479492, -0.052642822, -0.1907959, -1.1455078) * v0_3.x;
                s0_1 += HVEC4(0.04815674, -0.051635742, -0.0006775856, 0.10601807) * v0_3.y;
                s0_1 += HVEC4(0.0126571655, 0.012138367, -0.10266113, -0.0018110275) * v0_3.z;
                s0_1 += HVEC4(-0.08850098, -0.004348755, -0.028213501, 0.14294434) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(-0.08294678, -0.027145386, -0.027526855, -0.011505127) * v0_0.x;
                s0_0 += HVEC4(0.086364746, 0.04168701, -0.21728516, 0.038269043) * v0_0.y;
                s0_0 += HVEC4(0.26367188, 0.04574585, 0.11187744, -0.006793976) * v0_0.z;
                s0_0 += HVEC4(-0.03161621, 0.010047913, -0.32641602, -0.06665039) * v0_0.w;
                s0_0 += HVEC4(0.09088135, -0.018508911, -0.06555176, 0.11975098) * v0_1.x;
                s0_0 += HVEC4(-0.26513672, 0.09118652, -0.006580353, 0.007980347) * v0_1.y;
                s0_0 += HVEC4(-0.089416504, -0.036987305, 0.35742188, 0.115356445) * v0_1.z;
                s0_0 += HVEC4(0.15197754, -0.13122559, 0.21936035, -0.08666992) * v0_1.w;
                s0_0 += HVEC4(-0.14013672, 0.088256836, -0.0017156601, -0.014762878) * v0_2.x;
                s0_0 += HVEC4(-0.18652344, 0.0836792, -0.007083893, -0.0871582) * v0_2.y;
                s0_0 += HVEC4(0.06616211, 0.008010864, 0.08270264, 0.0793457) * v0_2.z;
                s0_0 += HVEC4(-0.022094727, 0.06695557, 0.037597656, 0.03253174) * v0_2.w;
                s0_0 += HVEC4(0.052856445, -0.1194458, -0.21655273, 0.16638184) * v0_3.x;
                s0_0 += HVEC4(0.015792847, -0.023651123, -0.039489746, 0.03201294) * v0_3.y;
                s0_0 += HVEC4(-0.13391113, 0.049346924, -0.04525757, 0.050079346) * v0_3.z;
                s0_0 += HVEC4(-0.009262085, -0.12207031, -0.26538086, 0.07244873) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.073913574, 0.05078125, -0.03189087, 0.06689453) * v0_0.x;
                s0_1 += HVEC4(-0.14318848, -0.052581787, -0.031311035, -0.050048828) * v0_0.y;
                s0_1 += HVEC4(0.09844971, -0.016998291, 0.07714844, 0.048583984) * v0_0.z;
                s0_1 += HVEC4(-0.14135742, 0.101623535, -0.2232666, 0.2097168) * v0_0.w;
                s0_1 += HVEC4(0.017318726, -0.14892578, -0.044067383, -0.009735107) * v0_1.x;
                s0_1 += HVEC4(-0.13305664, 0.050750732, -0.088378906, -0.37426758) * v0_1.y;
                s0_1 += HVEC4(0.44458008, -0.115356445, -0.008743286, 0.11859131) * v0_1.z;
                s0_1 += HVEC4(0.03491211, -0.0206604, -0.040740967, 0.17211914) * v0_1.w;
                s0_1 += HVEC4(-0.1895752, -0.0043678284, -0.026504517, -0.31323242) * v0_2.x;
                s0_1 += HVEC4(-0.030761719, -0.03994751, -0.15686035, -0.08795166) * v0_2.y;
                s0_1 += HVEC4(-0.19421387, -0.01838684, 0.02154541, -0.01991272) * v0_2.z;
                s0_1 += HVEC4(-0.011947632, 0.022140503, -0.0713501, 0.32788086) * v0_2.w;
                s0_1 += HVEC4(-0.14367676, -0.13452148, -0.047668457, 0.09814453) * v0_3.x;
                s0_1 += HVEC4(0.038635254, -0.0051116943, 0.05908203, 0.06124878) * v0_3.y;
                s0_1 += HVEC4(-0.20715332, 0.103759766, 0.13513184, -0.12371826) * v0_3.z;
                s0_1 += HVEC4(-0.23278809, -0.020614624, 0.15698242, -0.10235596) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.18078613, -0.068603516, -0.12237549, -0.022277832) * v0_0.x;
                s0_0 += HVEC4(0.0769043, 0.30908203, -0.12194824, -0.22363281) * v0_0.y;
                s0_0 += HVEC4(0.033447266, 0.023544312, 0.038757324, 0.13391113) * v0_0.z;
                s0_0 += HVEC4(-0.19921875, -0.24060059, -0.115112305, -0.077697754) * v0_0.w;
                s0_0 += HVEC4(-0.08215332, 0.085632324, 0.10571289, 0.037506104) * v0_1.x;
                s0_0 += HVEC4(0.17248535, 0.20788574, -0.1953125, -0.14379883) * v0_1.y;
                s0_0 += HVEC4(-0.10369873, -0.122680664, 0.040008545, 0.090148926) * v0_1.z;
                s0_0 += HVEC4(-0.023513794, 0.09326172, 0.07080078, 0.040924072) * v0_1.w;
                s0_0 += HVEC4(0.026779175, 0.06982422, -0.09851074, -0.107299805) * v0_2.x;
                s0_0 += HVEC4(-0.013397217, 0.02168274, -0.027862549, -0.14086914) * v0_2.y;
                s0_0 += HVEC4(0.10217285, 0.022018433, 0.13134766, -0.006893158) * v0_2.z;
                s0_0 += HVEC4(-0.0038604736, 0.22766113, -0.5239258, -0.11682129) * v0_2.w;
                s0_0 += HVEC4(-0.039764404, 0.024841309, -0.06378174, 0.016708374) * v0_3.x;
                s0_0 += HVEC4(0.031280518, -0.01852417, 0.06060791, 0.06817627) * v0_3.y;
                s0_0 += HVEC4(0.09277344, 0.07672119, 0.096069336, -0.06488037) * v0_3.z;
                s0_0 += HVEC4(0.070007324, 0.07116699, 0.008239746, 0.053375244) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.03111267, 0.02154541, 0.017196655, 0.0524292) * v0_0.x;
                s0_1 += HVEC4(0.04916382, 0.032989502, -0.085876465, 0.07537842) * v0_0.y;
                s0_1 += HVEC4(0.10845947, 0.006126404, -0.027160645, 0.17321777) * v0_0.z;
                s0_1 += HVEC4(-0.20800781, -0.033477783, 0.12408447, -0.32080078) * v0_0.w;
                s0_1 += HVEC4(0.039093018, -0.047698975, 0.024627686, 0.08416748) * v0_1.x;
                s0_1 += HVEC4(-0.21508789, -0.06414795, 0.040161133, 0.2097168) * v0_1.y;
                s0_1 += HVEC4(0.04989624, -0.08203125, 0.02482605, 0.14318848) * v0_1.z;
                s0_1 += HVEC4(-0.016143799, 0.03274536, 0.048706055, -0.16259766) * v0_1.w;
                s0_1 += HVEC4(-0.048461914, 0.010177612, 0.0104599, -0.12426758) * v0_2.x;
                s0_1 += HVEC4(-0.029373169, -0.006755829, 0.024719238, -0.11230469) * v0_2.y;
                s0_1 += HVEC4(-0.005622864, -0.042510986, 0.039001465, 0.10583496) * v0_2.z;
                s0_1 += HVEC4(-0.03982544, -0.08117676, 0.035461426, -0.0035896301) * v0_2.w;
                s0_1 += HVEC4(-0.11798096, -0.06689453, 0.037872314, -0.15588379) * v0_3.x;
                s0_1 += HVEC4(0.051208496, -0.055725098, 0.011001587, 0.04385376) * v0_3.y;
                s0_1 += HVEC4(0.11694336, 0.008842468, -0.07635498, 0.017242432) * v0_3.z;
                s0_1 += HVEC4(0.0016326904, 0.010185242, -0.041107178, 0.0025539398) * v0_3.w;
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
            vec4 a0_2 = vec4(0.000266976, 0.017418299, -0.008647216, 0.015921349);
            vec4 a0_3 = vec4(-0.013619726, 0.0029480434, 0.01368811, 0.012646604);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.07208252, 0.06298828, 0.011108398, -0.046661377) * v0_0.x;
                s0_2 += HVEC4(-0.042755127, 0.08850098, -0.086242676, -0.06286621) * v0_0.y;
                s0_2 += HVEC4(-0.06958008, 0.14160156, -0.110839844, 0.057556152) * v0_0.z;
                s0_2 += HVEC4(0.024887085, 0.028274536, 0.048309326, -0.042175293) * v0_0.w;
                s0_2 += HVEC4(0.014556885, -0.053863525, 0.07489014, -0.03781128) * v0_1.x;
                s0_2 += HVEC4(0.110839844, 0.22473145, -0.027313232, -0.020858765) * v0_1.y;
                s0_2 += HVEC4(-0.08538818, -0.007282257, -0.030792236, 0.020706177) * v0_1.z;
                s0_2 += HVEC4(0.10437012, -0.05331421, 0.045837402, -0.07281494) * v0_1.w;
                s0_2 += HVEC4(-0.044036865, -0.016174316, 0.08917236, -0.024749756) * v0_2.x;
                s0_2 += HVEC4(0.026473999, -0.060943604, -0.038208008, 0.07519531) * v0_2.y;
                s0_2 += HVEC4(-0.11706543, 0.32983398, -0.3305664, -0.03643799) * v0_2.z;
                s0_2 += HVEC4(0.09423828, -0.13793945, 0.14147949, 0.14904785) * v0_2.w;
                s0_2 += HVEC4(-0.103637695, 0.21789551, -0.13586426, -0.35424805) * v0_3.x;
                s0_2 += HVEC4(0.20605469, 0.47631836, -0.28710938, -0.9301758) * v0_3.y;
                s0_2 += HVEC4(0.04449463, -0.042541504, 0.094055176, -0.032806396) * v0_3.z;
                s0_2 += HVEC4(0.04550171, -0.031921387, -0.10888672, 0.0028095245) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.059509277, -0.007369995, 0.0005555153, -0.03289795) * v0_0.x;
                s0_3 += HVEC4(0.058776855, 0.18408203, -0.077941895, 0.031402588) * v0_0.y;
                s0_3 += HVEC4(-0.020980835, -0.054260254, -0.09051514, -0.05307007) * v0_0.z;
                s0_3 += HVEC4(0.035186768, 0.025772095, 0.06011963, 0.032165527) * v0_0.w;
                s0_3 += HVEC4(-0.0060768127, -0.018356323, 0.05633545, 0.061645508) * v0_1.x;
                s0_3 += HVEC4(-0.0036945343, 0.08831787, -0.025283813, 0.1027832) * v0_1.y;
                s0_3 += HVEC4(-0.024017334, 0.008621216, 0.03060913, 0.0034999847) * v0_1.z;
                s0_3 += HVEC4(0.008911133, 0.082458496, 0.030273438, 0.022003174) * v0_1.w;
                s0_3 += HVEC4(-0.05996704, -0.19372559, 0.011016846, -0.013717651) * v0_2.x;
                s0_3 += HVEC4(0.06512451, -0.03555298, 0.009307861, -0.038482666) * v0_2.y;
                s0_3 += HVEC4(0.068237305, 0.515625, -0.1496582, 0.018203735) * v0_2.z;
                s0_3 += HVEC4(-0.051757812, 0.08117676, 0.09173584, 0.03778076) * v0_2.w;
                s0_3 += HVEC4(-0.11791992, 0.44506836, -0.08935547, 0.22021484) * v0_3.x;
                s0_3 += HVEC4(0.12200928, -0.6328125, -0.15429688, 0.17260742) * v0_3.y;
                s0_3 += HVEC4(0.03643799, 0.0059928894, 0.022827148, 0.014846802) * v0_3.z;
                s0_3 += HVEC4(-0.0030651093, 0.12988281, -0.062408447, -0.0076141357) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.078063965, -0.13000488, 0.036834717, 0.035858154) * v0_0.x;
                s0_2 += HVEC4(0.13781738, -0.03439331, -0.026519775, 0.03024292) * v0_0.y;
                s0_2 += HVEC4(0.023208618, -0.033294678, -0.20239258, -0.083496094) * v0_0.z;
                s0_2 += HVEC4(0.11029053, -0.11151123, 0.22106934, 0.047729492) * v0_0.w;
                s0_2 += HVEC4(-0.044403076, 0.035980225, -0.03930664, -0.048583984) * v0_1.x;
                s0_2 += HVEC4(0.024871826, 0.045715332, 0.005130768, -0.07836914) * v0_1.y;
                s0_2 += HVEC4(-0.16601562, 0.07714844, -0.031829834, 0.04864502) * v0_1.z;
                s0_2 += HVEC4(-0.035217285, 0.119384766, -0.061340332, -0.22058105) * v0_1.w;
                s0_2 += HVEC4(-0.036254883, -0.038391113, -0.0146484375, -0.09588623) * v0_2.x;
                s0_2 += HVEC4(-0.02885437, 0.13317871, -0.033569336, -0.0068092346) * v0_2.y;
                s0_2 += HVEC4(-0.1953125, 0.20458984, -0.019821167, -0.14794922) * v0_2.z;
                s0_2 += HVEC4(-0.037963867, 0.14758301, 0.10321045, 0.18151855) * v0_2.w;
                s0_2 += HVEC4(0.19250488, -0.051849365, 0.08068848, -0.046783447) * v0_3.x;
                s0_2 += HVEC4(0.39257812, -0.20678711, -0.3071289, -0.7080078) * v0_3.y;
                s0_2 += HVEC4(-0.031082153, -0.10583496, 0.28710938, -0.099243164) * v0_3.z;
                s0_2 += HVEC4(0.010398865, -0.0064430237, -0.064575195, 0.1583252) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.055786133, 0.29736328, 0.03640747, 0.070495605) * v0_0.x;
                s0_3 += HVEC4(-0.10015869, 0.11645508, 0.027862549, -0.0021781921) * v0_0.y;
                s0_3 += HVEC4(0.048706055, 0.12780762, 0.0657959, 0.00504303) * v0_0.z;
                s0_3 += HVEC4(-0.035369873, 0.0206604, 0.016235352, 0.016525269) * v0_0.w;
                s0_3 += HVEC4(0.030212402, 0.1920166, -0.035095215, 0.09075928) * v0_1.x;
                s0_3 += HVEC4(0.061767578, 0.22888184, -0.011009216, 0.15136719) * v0_1.y;
                s0_3 += HVEC4(0.08331299, -0.08026123, 0.021759033, -0.09564209) * v0_1.z;
                s0_3 += HVEC4(0.08129883, 0.06964111, -0.054870605, 0.061431885) * v0_1.w;
                s0_3 += HVEC4(-0.02357483, -0.05697632, -0.062286377, -0.005268097) * v0_2.x;
                s0_3 += HVEC4(-0.046569824, -0.12915039, -0.056396484, -0.203125) * v0_2.y;
                s0_3 += HVEC4(0.020324707, -0.19311523, -0.01776123, -0.44018555) * v0_2.z;
                s0_3 += HVEC4(-0.04647827, -0.048950195, -0.120666504, 0.009521484) * v0_2.w;
                s0_3 += HVEC4(0.13928223, -0.004386902, -0.011436462, 0.1394043) * v0_3.x;
                s0_3 += HVEC4(0.41748047, 0.0046958923, -0.16088867, 0.46191406) * v0_3.y;
                s0_3 += HVEC4(-0.07757568, -0.064208984, 0.07067871, 0.004814148) * v0_3.z;
                s0_3 += HVEC4(-0.006702423, -0.005378723, -0.04916382, 0.10632324) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.049591064, 0.050354004, -0.00067424774, 0.07281494) * v0_0.x;
                s0_2 += HVEC4(0.018997192, 0.13085938, -0.08343506, 0.04699707) * v0_0.y;
                s0_2 += HVEC4(-0.10656738, 0.095703125, -0.0135269165, -0.13244629) * v0_0.z;
                s0_2 += HVEC4(0.107421875, -0.14257812, -0.0067634583, -0.017990112) * v0_0.w;
                s0_2 += HVEC4(-0.07965088, -0.0012407303, -0.097473145, -0.13842773) * v0_1.x;
                s0_2 += HVEC4(0.08465576, 0.07824707, -0.048217773, 0.14416504) * v0_1.y;
                s0_2 += HVEC4(0.0048179626, 0.00497818, -0.046875, -0.10510254) * v0_1.z;
                s0_2 += HVEC4(-0.08984375, 0.044006348, -0.04788208, -0.17150879) * v0_1.w;
                s0_2 += HVEC4(0.07244873, -0.12365723, 0.017578125, -0.03012085) * v0_2.x;
                s0_2 += HVEC4(0.046417236, -0.027130127, -0.007286072, 0.02381897) * v0_2.y;
                s0_2 += HVEC4(-0.011184692, 0.17993164, -0.090270996, -0.056762695) * v0_2.z;
                s0_2 += HVEC4(0.02104187, -0.05593872, -0.09069824, -0.103149414) * v0_2.w;
                s0_2 += HVEC4(0.0647583, -0.028808594, -0.016738892, 0.108947754) * v0_3.x;
                s0_2 += HVEC4(0.28027344, 0.017669678, -0.1574707, -0.1784668) * v0_3.y;
                s0_2 += HVEC4(0.04638672, -0.048431396, 0.11236572, 0.08294678) * v0_3.z;
                s0_2 += HVEC4(0.040740967, 0.06500244, -0.026947021, 0.060913086) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.012748718, -0.07720947, -0.02998352, 0.047180176) * v0_0.x;
                s0_3 += HVEC4(-0.061401367, 0.037475586, -0.086364746, -0.22607422) * v0_0.y;
                s0_3 += HVEC4(-0.07598877, -0.09515381, 0.039886475, -0.4555664) * v0_0.z;
                s0_3 += HVEC4(0.04663086, -0.11224365, 0.07128906, 0.015975952) * v0_0.w;
                s0_3 += HVEC4(-0.01436615, 0.13232422, -0.014389038, -0.016448975) * v0_1.x;
                s0_3 += HVEC4(0.060546875, 0.14794922, -0.051971436, 0.27001953) * v0_1.y;
                s0_3 += HVEC4(-0.014167786, -0.008476257, -0.03314209, -0.15368652) * v0_1.z;
                s0_3 += HVEC4(-0.06304932, 0.076049805, -0.030319214, 0.18701172) * v0_1.w;
                s0_3 += HVEC4(0.06542969, 0.04623413, 0.015602112, 0.12561035) * v0_2.x;
                s0_3 += HVEC4(0.03111267, 0.03475952, 0.007671356, 0.13305664) * v0_2.y;
                s0_3 += HVEC4(0.14709473, 0.32739258, -0.029800415, 0.16101074) * v0_2.z;
                s0_3 += HVEC4(-0.019180298, 0.076416016, 0.095581055, 0.015411377) * v0_2.w;
                s0_3 += HVEC4(-0.060302734, 0.036102295, -0.0071525574, 0.14501953) * v0_3.x;
                s0_3 += HVEC4(0.057159424, -0.26733398, -0.06518555, 0.21179199) * v0_3.y;
                s0_3 += HVEC4(-0.009513855, -0.16784668, 0.052001953, 0.17443848) * v0_3.z;
                s0_3 += HVEC4(-0.011558533, 0.054992676, -0.032073975, -0.021652222) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.31713867, 0.3317871, -0.114746094, -0.010528564) * v0_0.x;
                s0_2 += HVEC4(0.13391113, -0.21240234, -0.04852295, -0.0847168) * v0_0.y;
                s0_2 += HVEC4(0.03753662, -0.121154785, -0.064208984, 0.117492676) * v0_0.z;
                s0_2 += HVEC4(0.14038086, -0.10235596, 0.014907837, -0.11608887) * v0_0.w;
                s0_2 += HVEC4(-0.030075073, -0.045074463, 0.04373169, 0.046295166) * v0_1.x;
                s0_2 += HVEC4(-0.14758301, 0.089538574, -0.005622864, -0.17248535) * v0_1.y;
                s0_2 += HVEC4(-0.034088135, -0.21276855, 0.1652832, 0.051513672) * v0_1.z;
                s0_2 += HVEC4(-0.00082826614, 0.34326172, 0.18432617, -0.08282471) * v0_1.w;
                s0_2 += HVEC4(-0.05392456, 0.12878418, 0.055419922, 0.0770874) * v0_2.x;
                s0_2 += HVEC4(0.1104126, -0.061920166, 0.11376953, 0.0047454834) * v0_2.y;
                s0_2 += HVEC4(0.07409668, 0.30786133, -0.0927124, 0.18591309) * v0_2.z;
                s0_2 += HVEC4(-0.094177246, -0.008346558, -0.04562378, 0.0026111603) * v0_2.w;
                s0_2 += HVEC4(-0.86328125, 0.828125, -0.036315918, -0.7998047) * v0_3.x;
                s0_2 += HVEC4(0.05532837, -0.044006348, 0.03010559, -0.07525635) * v0_3.y;
                s0_2 += HVEC4(-0.049957275, 0.07409668, 0.05480957, -0.030883789) * v0_3.z;
                s0_2 += HVEC4(-0.10870361, 0.26757812, -0.18322754, 0.0035114288) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.020690918, -0.39257812, -0.049957275, -0.18383789) * v0_0.x;
                s0_3 += HVEC4(0.070739746, 0.14099121, 0.011054993, -0.024993896) * v0_0.y;
                s0_3 += HVEC4(0.024124146, 0.02558899, 0.14709473, 0.0009431839) * v0_0.z;
                s0_3 += HVEC4(0.08282471, -0.085510254, 0.03186035, -0.021636963) * v0_0.w;
                s0_3 += HVEC4(0.08691406, 0.10522461, 0.098083496, 0.0073547363) * v0_1.x;
                s0_3 += HVEC4(-0.0010280609, -0.10644531, 0.012023926, -0.08453369) * v0_1.y;
                s0_3 += HVEC4(-0.0014572144, -0.004760742, 0.14001465, 0.17004395) * v0_1.z;
                s0_3 += HVEC4(-0.08782959, 0.13439941, 0.043121338, -0.13452148) * v0_1.w;
                s0_3 += HVEC4(-0.021057129, -0.23168945, 0.04119873, -0.05758667) * v0_2.x;
                s0_3 += HVEC4(-0.01586914, -0.025680542, 0.10900879, 0.028579712) * v0_2.y;
                s0_3 += HVEC4(0.01210022, 0.3828125, -0.06530762, 0.017669678) * v0_2.z;
                s0_3 += HVEC4(-0.010284424, 0.18530273, -0.08758545, -0.03439331) * v0_2.w;
                s0_3 += HVEC4(0.15942383, -0.74316406, 0.17443848, -0.44433594) * v0_3.x;
                s0_3 += HVEC4(0.117248535, -0.12005615, 0.1697998, 0.011650085) * v0_3.y;
                s0_3 += HVEC4(-0.058563232, 0.028320312, -0.10131836, 0.0041542053) * v0_3.z;
                s0_3 += HVEC4(-0.079956055, 0.05444336, -0.14233398, -0.12854004) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.12536621, -0.2467041, 0.054382324, -0.1348877) * v0_0.x;
                s0_2 += HVEC4(-0.15002441, 0.16308594, -0.09460449, -0.120910645) * v0_0.y;
                s0_2 += HVEC4(0.39086914, -0.14489746, -0.04660034, 0.013114929) * v0_0.z;
                s0_2 += HVEC4(-0.061828613, -0.2109375, 0.5366211, 0.10144043) * v0_0.w;
                s0_2 += HVEC4(0.20544434, -0.052978516, 0.11529541, 0.0044059753) * v0_1.x;
                s0_2 += HVEC4(-0.23254395, 0.25585938, -0.0060424805, -0.3720703) * v0_1.y;
                s0_2 += HVEC4(0.37280273, -0.11480713, 0.07678223, 0.4465332) * v0_1.z;
                s0_2 += HVEC4(0.06591797, -0.013900757, -0.04937744, -0.124572754) * v0_1.w;
                s0_2 += HVEC4(-0.18725586, -0.049224854, -0.01486969, -0.049865723) * v0_2.x;
                s0_2 += HVEC4(-0.17504883, -0.010124207, -0.18615723, -0.18481445) * v0_2.y;
                s0_2 += HVEC4(-0.09887695, 0.2614746, -0.12854004, 0.018875122) * v0_2.z;
                s0_2 += HVEC4(-0.0826416, -0.18701172, 0.03869629, -0.19226074) * v0_2.w;
                s0_2 += HVEC4(-0.099365234, 0.2800293, -0.06137085, -0.12432861) * v0_3.x;
                s0_2 += HVEC4(0.08068848, 0.22961426, 0.12060547, 0.16247559) * v0_3.y;
                s0_2 += HVEC4(-0.32421875, -0.23498535, 0.2286377, -0.11621094) * v0_3.z;
                s0_2 += HVEC4(-0.14770508, 0.18383789, 0.0079956055, -0.31054688) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.13317871, -0.17736816, 0.06970215, -0.062805176) * v0_0.x;
                s0_3 += HVEC4(-0.13269043, 0.22241211, -0.1505127, -0.14050293) * v0_0.y;
                s0_3 += HVEC4(-0.19543457, -0.31396484, 0.19543457, 0.09881592) * v0_0.z;
                s0_3 += HVEC4(-0.070617676, -0.24804688, -0.066589355, -0.07385254) * v0_0.w;
                s0_3 += HVEC4(-0.06628418, -0.051971436, 0.07788086, 0.06427002) * v0_1.x;
                s0_3 += HVEC4(0.09625244, -0.21508789, 0.06604004, -0.4038086) * v0_1.y;
                s0_3 += HVEC4(0.042022705, -0.32421875, 0.00046396255, 0.07531738) * v0_1.z;
                s0_3 += HVEC4(0.21838379, 0.4494629, 0.18762207, 0.18640137) * v0_1.w;
                s0_3 += HVEC4(0.11395264, -0.29101562, 0.10345459, -0.23620605) * v0_2.x;
                s0_3 += HVEC4(0.114746094, 0.053527832, -0.09442139, -0.09686279) * v0_2.y;
                s0_3 += HVEC4(0.09112549, 0.4519043, -0.046539307, 0.022155762) * v0_2.z;
                s0_3 += HVEC4(-0.04269409, 0.10266113, 0.29370117, 0.009254456) * v0_2.w;
                s0_3 += HVEC4(0.39038086, -0.080444336, 0.10369873, 0.22302246) * v0_3.x;
                s0_3 += HVEC4(0.49780273, -0.47583008, 0.5576172, 0.072387695) * v0_3.y;
                s0_3 += HVEC4(0.23083496, 0.28320312, 0.39819336, -0.026870728) * v0_3.z;
                s0_3 += HVEC4(-0.023757935, -0.107666016, 0.022903442, -0.08929443) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.090270996, 0.028686523, 0.015945435, 0.04348755) * v0_0.x;
                s0_2 += HVEC4(0.00018620491, -0.059417725, -0.0046691895, -0.19006348) * v0_0.y;
                s0_2 += HVEC4(0.07696533, -0.097839355, 0.023544312, 0.016952515) * v0_0.z;
                s0_2 += HVEC4(-0.06201172, 0.108947754, -0.052093506, 0.14001465) * v0_0.w;
                s0_2 += HVEC4(-0.06951904, 0.025619507, -0.013458252, 0.110839844) * v0_1.x;
                s0_2 += HVEC4(-0.012290955, -0.029724121, 0.027420044, -0.07110596) * v0_1.y;
                s0_2 += HVEC4(-0.038879395, 0.18151855, -0.078430176, 0.08312988) * v0_1.z;
                s0_2 += HVEC4(0.049560547, 0.014556885, -0.014511108, 0.10479736) * v0_1.w;
                s0_2 += HVEC4(-0.13574219, -0.21166992, 0.11383057, -0.035064697) * v0_2.x;
                s0_2 += HVEC4(-0.0038032532, 0.0058174133, -0.002729416, -0.025802612) * v0_2.y;
                s0_2 += HVEC4(0.11663818, 0.20678711, -0.03994751, 0.123291016) * v0_2.z;
                s0_2 += HVEC4(-0.17346191, -0.0234375, 0.15612793, -0.037322998) * v0_2.w;
                s0_2 += HVEC4(-0.11743164, -0.008270264, 0.05404663, -0.093322754) * v0_3.x;
                s0_2 += HVEC4(0.084350586, -0.04321289, -0.111572266, 0.007068634) * v0_3.y;
                s0_2 += HVEC4(0.10467529, 0.05581665, -0.03201294, -0.0657959) * v0_3.z;
                s0_2 += HVEC4(-0.015060425, 0.06341553, -0.05239868, -0.009346008) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.023834229, -0.06890869, -0.022720337, -0.0619812) * v0_0.x;
                s0_3 += HVEC4(0.02861023, 0.4326172, 0.0015029907, 0.23962402) * v0_0.y;
                s0_3 += HVEC4(0.044952393, -0.039611816, 0.105895996, 0.099243164) * v0_0.z;
                s0_3 += HVEC4(0.06939697, -0.021636963, -0.082092285, -0.3256836) * v0_0.w;
                s0_3 += HVEC4(0.017288208, -0.005344391, -0.053985596, -0.30932617) * v0_1.x;
                s0_3 += HVEC4(0.097351074, 0.23400879, 0.017288208, 0.1307373) * v0_1.y;
                s0_3 += HVEC4(0.09881592, 0.02998352, -0.056884766, -0.07092285) * v0_1.z;
                s0_3 += HVEC4(0.0053749084, -0.038391113, -0.09362793, -0.24804688) * v0_1.w;
                s0_3 += HVEC4(-0.004840851, -0.15722656, 0.04827881, 0.002986908) * v0_2.x;
                s0_3 += HVEC4(-0.057556152, -0.049316406, -0.003835678, -0.0034313202) * v0_2.y;
                s0_3 += HVEC4(0.1315918, 0.2043457, 0.03010559, 0.12878418) * v0_2.z;
                s0_3 += HVEC4(-0.0044517517, -0.125, -0.119384766, -0.06512451) * v0_2.w;
                s0_3 += HVEC4(0.052337646, 0.061035156, 0.07043457, -0.14355469) * v0_3.x;
                s0_3 += HVEC4(0.25976562, -0.4482422, -0.027038574, 0.0057525635) * v0_3.y;
                s0_3 += HVEC4(-0.10211182, -0.103515625, -0.060333252, 0.06100464) * v0_3.z;
                s0_3 += HVEC4(0.037078857, 0.072631836, -0.01550293, -0.058502197) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.12036133, -0.041107178, 0.006198883, -0.00667572) * v0_0.x;
                s0_2 += HVEC4(0.19250488, -0.073913574, 0.04498291, -0.12939453) * v0_0.y;
                s0_2 += HVEC4(0.023895264, 0.052581787, -0.062469482, -0.01802063) * v0_0.z;
                s0_2 += HVEC4(-0.06161499, 0.13867188, 0.012268066, 0.14672852) * v0_0.w;
                s0_2 += HVEC4(-0.0067634583, -0.04269409, 0.009094238, 0.04537964) * v0_1.x;
                s0_2 += HVEC4(-0.05557251, 0.18347168, -0.010971069, -0.058807373) * v0_1.y;
                s0_2 += HVEC4(0.01676941, -0.14587402, 0.037109375, -0.19238281) * v0_1.z;
                s0_2 += HVEC4(0.088012695, 0.048217773, 0.0032672882, -0.1159668) * v0_1.w;
                s0_2 += HVEC4(-0.097839355, -0.13012695, 0.058013916, -0.14672852) * v0_2.x;
                s0_2 += HVEC4(0.1104126, -0.021575928, -0.0048828125, 0.05105591) * v0_2.y;
                s0_2 += HVEC4(0.017120361, 0.060546875, -0.058166504, 0.059448242) * v0_2.z;
                s0_2 += HVEC4(0.13598633, 0.095825195, 0.070007324, 0.14953613) * v0_2.w;
                s0_2 += HVEC4(-0.8930664, 0.45239258, 0.005554199, -0.22717285) * v0_3.x;
                s0_2 += HVEC4(-0.014129639, -0.057495117, -0.032714844, -0.03567505) * v0_3.y;
                s0_2 += HVEC4(-0.024932861, 0.02229309, 0.03933716, -0.0064353943) * v0_3.z;
                s0_2 += HVEC4(0.027160645, 0.0040130615, 0.009147644, 0.014770508) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.019683838, -0.17370605, -0.035888672, -0.009284973) * v0_0.x;
                s0_3 += HVEC4(-0.029968262, 0.28027344, -0.047424316, 0.105041504) * v0_0.y;
                s0_3 += HVEC4(0.012741089, 0.012954712, 0.10845947, 0.017196655) * v0_0.z;
                s0_3 += HVEC4(-0.0070724487, -0.13049316, -0.05947876, -0.0107040405) * v0_0.w;
                s0_3 += HVEC4(-0.046539307, -0.08282471, -0.079833984, 0.027313232) * v0_1.x;
                s0_3 += HVEC4(-0.049743652, -0.37060547, -0.012550354, -0.07940674) * v0_1.y;
                s0_3 += HVEC4(-0.033081055, 0.21557617, -0.024536133, 0.044433594) * v0_1.z;
                s0_3 += HVEC4(0.0357666, 0.13049316, 0.023071289, 0.070373535) * v0_1.w;
                s0_3 += HVEC4(-0.010284424, -0.12023926, 0.04434204, -0.0625) * v0_2.x;
                s0_3 += HVEC4(0.004776001, 0.14343262, -0.004196167, 0.0021915436) * v0_2.y;
                s0_3 += HVEC4(-0.03967285, 0.27661133, -0.11981201, 0.11035156) * v0_2.z;
                s0_3 += HVEC4(0.017501831, -0.0059013367, 0.12121582, 0.020187378) * v0_2.w;
                s0_3 += HVEC4(0.08068848, -0.85058594, 0.13586426, -0.44482422) * v0_3.x;
                s0_3 += HVEC4(0.008995056, 0.023071289, -0.040649414, 0.017990112) * v0_3.y;
                s0_3 += HVEC4(-0.016708374, -0.059020996, -0.054016113, 0.010597229) * v0_3.z;
                s0_3 += HVEC4(0.00041937828, 0.0015983582, -0.015563965, -0.03744507) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(-0.026763916, -0.16003418, 0.015991211, -0.036865234) * v0_0.x;
                s0_2 += HVEC4(-0.066589355, 0.48242188, -0.11633301, -0.054534912) * v0_0.y;
                s0_2 += HVEC4(0.011909485, -0.062927246, 0.032989502, 0.004497528) * v0_0.z;
                s0_2 += HVEC4(-0.20788574, -0.15429688, -0.0036315918, -0.27441406) * v0_0.w;
                s0_2 += HVEC4(0.11010742, -0.11230469, -0.18225098, 0.0069274902) * v0_1.x;
                s0_2 += HVEC4(-0.23742676, 0.16186523, 0.039154053, -0.14440918) * v0_1.y;
                s0_2 += HVEC4(0.041809082, 0.1105957, -0.056884766, 0.06561279) * v0_1.z;
                s0_2 += HVEC4(0.09490967, -0.32373047, 0.00944519, -0.13720703) * v0_1.w;
                s0_2 += HVEC4(0.039215088, -0.011375427, -0.027145386, 0.033416748) * v0_2.x;
                s0_2 += HVEC4(0.14794922, 0.12011719, -0.02810669, 0.04574585) * v0_2.y;
                s0_2 += HVEC4(0.12670898, 0.082092285, -0.067871094, 0.115112305) * v0_2.z;
                s0_2 += HVEC4(0.067871094, 0.039367676, 0.03060913, -0.050598145) * v0_2.w;
                s0_2 += HVEC4(-0.16699219, -0.1038208, -0.048095703, -0.024810791) * v0_3.x;
                s0_2 += HVEC4(-0.027359009, 0.010620117, -0.013404846, 0.028442383) * v0_3.y;
                s0_2 += HVEC4(0.16491699, 0.037384033, -0.003648758, 0.1303711) * v0_3.z;
                s0_2 += HVEC4(-0.09350586, 0.07739258, 0.013145447, 0.011390686) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.030395508, -0.008544922, 0.010887146, -0.013290405) * v0_0.x;
                s0_3 += HVEC4(-0.11987305, 0.2397461, -0.08276367, -0.073913574) * v0_0.y;
                s0_3 += HVEC4(-0.017440796, 0.035064697, 0.065979004, 0.10858154) * v0_0.z;
                s0_3 += HVEC4(0.01184082, 0.1071167, -0.21069336, -0.042938232) * v0_0.w;
                s0_3 += HVEC4(0.088378906, 0.080444336, -0.059570312, 0.10900879) * v0_1.x;
                s0_3 += HVEC4(-0.059539795, 0.0074501038, 0.03479004, -0.034942627) * v0_1.y;
                s0_3 += HVEC4(0.05770874, 0.18945312, -0.01675415, 0.048065186) * v0_1.z;
                s0_3 += HVEC4(-0.014762878, 0.064453125, -0.06439209, 0.035888672) * v0_1.w;
                s0_3 += HVEC4(0.029647827, -0.083496094, 0.002313614, -0.053222656) * v0_2.x;
                s0_3 += HVEC4(-0.07775879, -0.061645508, -0.0715332, -0.09509277) * v0_2.y;
                s0_3 += HVEC4(-0.0013570786, 0.22802734, 0.012687683, 0.09106445) * v0_2.z;
                s0_3 += HVEC4(-0.031677246, 0.04611206, -0.09527588, -0.04156494) * v0_2.w;
                s0_3 += HVEC4(0.19433594, 0.061950684, -0.19470215, -0.015266418) * v0_3.x;
                s0_3 += HVEC4(0.016189575, 0.015991211, 0.008766174, 0.029083252) * v0_3.y;
                s0_3 += HVEC4(0.059265137, 0.069885254, 0.13867188, -0.013328552) * v0_3.z;
                s0_3 += HVEC4(-0.025314331, -0.13110352, -0.0071525574, -0.040618896) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(-0.05340576, 0.0034275055, 0.02154541, 0.09436035) * v0_0.x;
                s0_2 += HVEC4(0.03540039, 0.008163452, 0.08111572, -0.12487793) * v0_0.y;
                s0_2 += HVEC4(0.0048828125, 0.08392334, -0.049957275, 0.13183594) * v0_0.z;
                s0_2 += HVEC4(-0.109313965, -0.041992188, 0.12658691, -0.1270752) * v0_0.w;
                s0_2 += HVEC4(0.09033203, 0.043762207, -0.042114258, 0.024963379) * v0_1.x;
                s0_2 += HVEC4(0.09918213, 0.054016113, -0.039642334, 0.04373169) * v0_1.y;
                s0_2 += HVEC4(-0.045135498, 0.081848145, -0.052124023, 0.11175537) * v0_1.z;
                s0_2 += HVEC4(-0.03866577, 0.19140625, 0.032928467, 0.07055664) * v0_1.w;
                s0_2 += HVEC4(0.060699463, -0.07763672, -0.020309448, -0.14086914) * v0_2.x;
                s0_2 += HVEC4(0.047180176, -0.11230469, -0.0047454834, -0.0002977848) * v0_2.y;
                s0_2 += HVEC4(0.06124878, 0.0597229, -0.0038108826, 0.029571533) * v0_2.z;
                s0_2 += HVEC4(-0.049468994, 0.12310791, -0.101379395, -0.04928589) * v0_2.w;
                s0_2 += HVEC4(0.039398193, -0.03967285, -0.027389526, -0.030975342) * v0_3.x;
                s0_2 += HVEC4(-0.00033450127, 0.027633667, 0.010307312, 0.060028076) * v0_3.y;
                s0_2 += HVEC4(0.009643555, 0.03387451, -0.008293152, -0.05267334) * v0_3.z;
                s0_2 += HVEC4(0.04751587, -0.002254486, -0.03781128, 0.015602112) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.03237915, -0.060638428, 0.042663574, -0.04168701) * v0_0.x;
                s0_3 += HVEC4(-0.034118652, -0.02758789, 0.04937744, 0.079833984) * v0_0.y;
                s0_3 += HVEC4(-0.002664566, -0.05166626, -0.00881958, -0.021850586) * v0_0.z;
                s0_3 += HVEC4(-0.0006761551, -0.018844604, 0.034820557, -0.036102295) * v0_0.w;
                s0_3 += HVEC4(-0.092163086, 0.004501343, -0.065979004, -0.07849121) * v0_1.x;
                s0_3 += HVEC4(0.08874512, 0.16003418, -0.022491455, 0.10534668) * v0_1.y;
                s0_3 += HVEC4(0.0814209, 0.049682617, -0.0546875, 0.01802063) * v0_1.z;
                s0_3 += HVEC4(-0.1026001, 0.23303223, 0.0236969, -0.03994751) * v0_1.w;
                s0_3 += HVEC4(0.01713562, -0.08972168, 0.033966064, 0.07287598) * v0_2.x;
                s0_3 += HVEC4(0.009605408, 0.17651367, 0.005886078, 0.058258057) * v0_2.y;
                s0_3 += HVEC4(0.01586914, 0.25146484, -0.03668213, 0.14880371) * v0_2.z;
                s0_3 += HVEC4(0.08392334, 0.16333008, 0.040405273, -0.17297363) * v0_2.w;
                s0_3 += HVEC4(-0.014976501, -0.041992188, -0.002937317, 0.0068588257) * v0_3.x;
                s0_3 += HVEC4(-0.01890564, 0.007865906, -0.0062713623, -0.036376953) * v0_3.y;
                s0_3 += HVEC4(-0.060699463, 0.037872314, -0.0064849854, 0.041168213) * v0_3.z;
                s0_3 += HVEC4(-0.05758667, -0.045410156, -0.0030212402, -0.08416748) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L3
//!SAVE ArtCNN_C4F16_DS_L4
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(-0.008426555, -0.00608675, 0.015372099, -0.017764276);
            vec4 a0_1 = vec4(-0.0028048248, -0.0015283623, 0.0020479837, -0.0020652146);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.04916382, 0.08300781, 0.012031555, -0.05001831) * v0_0.x;
                s0_0 += HVEC4(0.0020332336, 0.038208008, 0.040496826, -0.03878784) * v0_0.y;
                s0_0 += HVEC4(0.005821228, 0.04119873, 0.029281616, -0.08306885) * v0_0.z;
                s0_0 += HVEC4(-0.0025100708, 0.1081543, -0.052703857, 0.04537964) * v0_0.w;
                s0_0 += HVEC4(0.022613525, -0.0132751465, -0.018188477, 0.042907715) * v0_1.x;
                s0_0 += HVEC4(0.0023269653, 0.043914795, 0.01109314, -0.012145996) * v0_1.y;
                s0_0 += HVEC4(0.03857422, 0.62060547, -0.06903076, 0.08935547) * v0_1.z;
                s0_0 += HVEC4(0.022491455, 0.06866455, 0.018692017, -0.05307007) * v0_1.w;
                s0_0 += HVEC4(-0.06915283, 0.13342285, 0.04840088, -0.12817383) * v0_2.x;
                s0_0 += HVEC4(0.021255493, -0.3630371, 0.01828003, -0.02809143) * v0_2.y;
                s0_0 += HVEC4(0.036621094, -0.03604126, 0.010658264, -0.03427124) * v0_2.z;
                s0_0 += HVEC4(0.015106201, -0.15771484, -0.020706177, -0.0045661926) * v0_2.w;
                s0_0 += HVEC4(0.01651001, 0.14074707, 0.05596924, -0.14929199) * v0_3.x;
                s0_0 += HVEC4(-0.01373291, 0.023590088, 0.008026123, 0.023605347) * v0_3.y;
                s0_0 += HVEC4(-0.010231018, -0.16247559, -0.01878357, 0.0491333) * v0_3.z;
                s0_0 += HVEC4(0.038208008, 0.11328125, -0.057678223, -0.01638794) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.007858276, -0.05996704, -0.022567749, -0.06463623) * v0_0.x;
                s0_1 += HVEC4(-0.0064582825, 0.058746338, -0.011405945, 0.028579712) * v0_0.y;
                s0_1 += HVEC4(-0.032043457, 0.087890625, -0.0032577515, 0.040405273) * v0_0.z;
                s0_1 += HVEC4(-0.085876465, 0.0030975342, 0.01083374, -0.02255249) * v0_0.w;
                s0_1 += HVEC4(-0.039093018, -0.010620117, -0.0035820007, 0.11566162) * v0_1.x;
                s0_1 += HVEC4(-0.08898926, 0.019683838, 0.0057525635, 0.041168213) * v0_1.y;
                s0_1 += HVEC4(-0.097473145, 0.18444824, -0.023529053, 0.15856934) * v0_1.z;
                s0_1 += HVEC4(0.07147217, -0.026153564, 0.005340576, 0.047607422) * v0_1.w;
                s0_1 += HVEC4(-0.04220581, 0.06512451, 0.004119873, 0.10418701) * v0_2.x;
                s0_1 += HVEC4(-0.06652832, 0.053527832, -0.012046814, 0.07696533) * v0_2.y;
                s0_1 += HVEC4(0.026153564, 0.002210617, 0.001493454, 0.020187378) * v0_2.z;
                s0_1 += HVEC4(-0.024429321, 0.01373291, 0.012809753, 0.024810791) * v0_2.w;
                s0_1 += HVEC4(0.09039307, 0.032165527, -0.011268616, -0.0519104) * v0_3.x;
                s0_1 += HVEC4(-0.03845215, -0.03262329, 0.0026302338, 0.08343506) * v0_3.y;
                s0_1 += HVEC4(0.08270264, -0.10498047, -0.002450943, -0.097351074) * v0_3.z;
                s0_1 += HVEC4(0.04699707, -0.02557373, -0.030517578, -0.18896484) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.024536133, -0.1237793, -0.1262207, 0.1928711) * v0_0.x;
                s0_0 += HVEC4(-0.01210022, 0.028945923, -0.016952515, 0.005973816) * v0_0.y;
                s0_0 += HVEC4(-0.0027809143, 0.040802002, -0.029266357, 0.11694336) * v0_0.z;
                s0_0 += HVEC4(0.021209717, -0.054229736, -0.017288208, -0.0056266785) * v0_0.w;
                s0_0 += HVEC4(0.058135986, -0.054656982, 0.16662598, -0.14257812) * v0_1.x;
                s0_0 += HVEC4(-0.050811768, -0.07751465, -0.16442871, 0.22290039) * v0_1.y;
                s0_0 += HVEC4(-0.036499023, 0.04067993, 0.30419922, -0.2734375) * v0_1.z;
                s0_0 += HVEC4(0.0038394928, -0.020721436, -0.06008911, 0.04763794) * v0_1.w;
                s0_0 += HVEC4(0.030593872, 0.026626587, 0.19543457, -0.20178223) * v0_2.x;
                s0_0 += HVEC4(-0.028457642, 0.020263672, -0.09259033, -0.024429321) * v0_2.y;
                s0_0 += HVEC4(-0.013175964, -0.05355835, 0.01828003, -0.030334473) * v0_2.z;
                s0_0 += HVEC4(0.012107849, -0.066833496, 0.101135254, -0.15649414) * v0_2.w;
                s0_0 += HVEC4(-0.0018405914, 0.06506348, -0.05831909, 0.07867432) * v0_3.x;
                s0_0 += HVEC4(0.0037708282, -0.011260986, 0.0284729, -0.043426514) * v0_3.y;
                s0_0 += HVEC4(-0.030685425, 0.053588867, -0.06829834, 0.08868408) * v0_3.z;
                s0_0 += HVEC4(-0.03652954, -0.10290527, -0.026657104, 0.095336914) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.045715332, -0.059509277, 0.008895874, -0.18200684) * v0_0.x;
                s0_1 += HVEC4(-0.01991272, 0.022094727, 0.0014514923, 0.06689453) * v0_0.y;
                s0_1 += HVEC4(-0.024246216, 0.045166016, -0.027908325, -0.1239624) * v0_0.z;
                s0_1 += HVEC4(0.048675537, 0.032409668, 0.007537842, 0.06903076) * v0_0.w;
                s0_1 += HVEC4(0.22497559, -0.03414917, 0.07080078, 0.14929199) * v0_1.x;
                s0_1 += HVEC4(-0.22216797, -0.07318115, 0.005844116, -0.21887207) * v0_1.y;
                s0_1 += HVEC4(0.15600586, 0.21191406, -0.00868988, 0.21142578) * v0_1.z;
                s0_1 += HVEC4(0.0030136108, -0.042510986, 0.0068473816, -0.13110352) * v0_1.w;
                s0_1 += HVEC4(0.090026855, 0.05319214, -0.03149414, 0.30639648) * v0_2.x;
                s0_1 += HVEC4(-0.090026855, -0.058898926, -0.036956787, -0.24121094) * v0_2.y;
                s0_1 += HVEC4(-0.01966858, 0.06829834, 0.023880005, 0.17272949) * v0_2.z;
                s0_1 += HVEC4(0.1796875, 0.03286743, -0.018936157, 0.10217285) * v0_2.w;
                s0_1 += HVEC4(-0.009048462, -0.00982666, -0.039978027, 0.103149414) * v0_3.x;
                s0_1 += HVEC4(0.027236938, -0.05380249, 0.014221191, 0.11376953) * v0_3.y;
                s0_1 += HVEC4(0.3022461, -0.18164062, -0.03363037, -0.2364502) * v0_3.z;
                s0_1 += HVEC4(0.02609253, -0.039489746, 0.00010663271, -0.31884766) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.032226562, -0.013000488, 0.05105591, 0.032836914) * v0_0.x;
                s0_0 += HVEC4(0.0038700104, -0.010910034, 0.01663208, -0.011528015) * v0_0.y;
                s0_0 += HVEC4(-0.013328552, -0.007167816, 0.020645142, -0.023406982) * v0_0.z;
                s0_0 += HVEC4(-0.011352539, 0.014328003, -0.0038967133, -0.0063476562) * v0_0.w;
                s0_0 += HVEC4(-0.014678955, 0.013214111, 0.05783081, -0.05517578) * v0_1.x;
                s0_0 += HVEC4(0.0033493042, 0.037261963, 0.025512695, 0.006362915) * v0_1.y;
                s0_0 += HVEC4(-0.12597656, -0.0826416, -0.15478516, 0.36914062) * v0_1.z;
                s0_0 += HVEC4(-0.018844604, 0.025634766, -0.0040626526, -0.022338867) * v0_1.w;
                s0_0 += HVEC4(-0.024505615, -0.001373291, 0.0054893494, 0.0012483597) * v0_2.x;
                s0_0 += HVEC4(0.02658081, 0.047729492, -0.012504578, -0.09893799) * v0_2.y;
                s0_0 += HVEC4(0.0061416626, 0.049957275, 0.06726074, -0.09832764) * v0_2.z;
                s0_0 += HVEC4(-0.004196167, -0.004096985, -0.0112838745, -0.056518555) * v0_2.w;
                s0_0 += HVEC4(-0.0026855469, -0.006427765, 0.009979248, 0.0050811768) * v0_3.x;
                s0_0 += HVEC4(0.00053167343, 0.03111267, 0.01878357, -0.020874023) * v0_3.y;
                s0_0 += HVEC4(0.04144287, -0.022735596, -0.06335449, 0.020599365) * v0_3.z;
                s0_0 += HVEC4(0.030181885, 0.060150146, -0.01727295, 0.03741455) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.018295288, 0.011795044, -0.010765076, 0.00023424625) * v0_0.x;
                s0_1 += HVEC4(0.011962891, 0.034301758, -0.002401352, 0.04034424) * v0_0.y;
                s0_1 += HVEC4(0.0034732819, 0.027313232, -0.0034999847, 0.061035156) * v0_0.z;
                s0_1 += HVEC4(-0.04196167, 0.007522583, 0.0101623535, 0.03829956) * v0_0.w;
                s0_1 += HVEC4(-2.0503998e-05, 0.02748108, 0.007575989, 0.055664062) * v0_1.x;
                s0_1 += HVEC4(-0.091674805, 0.01713562, -0.0050735474, -0.06329346) * v0_1.y;
                s0_1 += HVEC4(-0.045837402, 0.0027713776, 0.050689697, -0.029632568) * v0_1.z;
                s0_1 += HVEC4(-0.04647827, 0.0021800995, -0.031585693, -0.111572266) * v0_1.w;
                s0_1 += HVEC4(-0.007095337, -0.029891968, 0.01991272, 0.080566406) * v0_2.x;
                s0_1 += HVEC4(-0.0104904175, 0.03149414, -0.0040359497, -0.20605469) * v0_2.y;
                s0_1 += HVEC4(-0.012886047, -0.030883789, -0.009231567, -0.039794922) * v0_2.z;
                s0_1 += HVEC4(0.043151855, 0.03491211, 0.015640259, 0.049621582) * v0_2.w;
                s0_1 += HVEC4(0.0050201416, 0.027633667, -0.009422302, 0.010147095) * v0_3.x;
                s0_1 += HVEC4(0.013885498, 0.03793335, -0.011520386, 0.2607422) * v0_3.y;
                s0_1 += HVEC4(0.09863281, 0.017105103, 0.0011329651, -0.024841309) * v0_3.z;
                s0_1 += HVEC4(-0.054473877, -0.06188965, 0.002216339, -0.20324707) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(0.011665344, 0.009803772, -0.09094238, 0.15222168) * v0_0.x;
                s0_0 += HVEC4(-0.006477356, 0.035888672, -0.06817627, 0.06951904) * v0_0.y;
                s0_0 += HVEC4(-0.041290283, -0.005290985, -0.034210205, 0.062469482) * v0_0.z;
                s0_0 += HVEC4(0.039886475, 0.22595215, 0.08258057, -0.10961914) * v0_0.w;
                s0_0 += HVEC4(0.028259277, -0.13024902, -0.04095459, 0.027755737) * v0_1.x;
                s0_0 += HVEC4(-0.059265137, -0.10290527, -0.07720947, 0.10638428) * v0_1.y;
                s0_0 += HVEC4(0.0048561096, 0.29711914, -0.01133728, -0.020889282) * v0_1.z;
                s0_0 += HVEC4(-0.0016622543, 0.12084961, 0.03213501, -0.089416504) * v0_1.w;
                s0_0 += HVEC4(0.034057617, 0.22814941, -0.03717041, 0.05456543) * v0_2.x;
                s0_0 += HVEC4(-0.019958496, -0.1574707, -0.009857178, -0.0552063) * v0_2.y;
                s0_0 += HVEC4(-0.06201172, 0.18005371, 0.10510254, -0.10284424) * v0_2.z;
                s0_0 += HVEC4(0.103149414, -0.027114868, -0.116882324, 0.097961426) * v0_2.w;
                s0_0 += HVEC4(0.1138916, -0.5419922, 0.10620117, 0.007827759) * v0_3.x;
                s0_0 += HVEC4(-0.064697266, -0.25390625, -0.040008545, 0.011726379) * v0_3.y;
                s0_0 += HVEC4(0.035858154, -0.31396484, -0.016616821, -0.0030708313) * v0_3.z;
                s0_0 += HVEC4(-0.031982422, 0.15551758, 0.12030029, -0.22070312) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.00217247, -0.08538818, -0.041778564, -0.041381836) * v0_0.x;
                s0_1 += HVEC4(0.04107666, -0.09466553, -0.0037021637, -0.08129883) * v0_0.y;
                s0_1 += HVEC4(0.016921997, 0.13195801, 0.042388916, 0.05230713) * v0_0.z;
                s0_1 += HVEC4(-0.14282227, -0.019699097, 0.060546875, -0.07928467) * v0_0.w;
                s0_1 += HVEC4(-0.049346924, 0.004459381, 0.016708374, -0.038482666) * v0_1.x;
                s0_1 += HVEC4(0.04437256, -0.023468018, 0.06604004, -0.01701355) * v0_1.y;
                s0_1 += HVEC4(-0.018081665, -0.062561035, 0.10583496, -0.037353516) * v0_1.z;
                s0_1 += HVEC4(-0.061676025, 0.029769897, -0.008811951, -0.115234375) * v0_1.w;
                s0_1 += HVEC4(0.09979248, -0.068603516, -0.016067505, 0.042236328) * v0_2.x;
                s0_1 += HVEC4(-0.023483276, -0.14904785, -0.011955261, -0.12902832) * v0_2.y;
                s0_1 += HVEC4(0.054901123, 0.0053482056, -0.070739746, -0.02935791) * v0_2.z;
                s0_1 += HVEC4(0.107543945, -0.043701172, 0.06915283, -0.010284424) * v0_2.w;
                s0_1 += HVEC4(-0.028076172, 0.058898926, -0.076416016, 0.14111328) * v0_3.x;
                s0_1 += HVEC4(-0.01751709, -0.001004219, 0.020492554, -0.016082764) * v0_3.y;
                s0_1 += HVEC4(-0.041778564, 0.060058594, -0.030258179, 0.014762878) * v0_3.z;
                s0_1 += HVEC4(-0.033416748, 0.15698242, -0.0048713684, 0.32666016) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.005367279, 0.07647705, 0.30395508, -0.23669434) * v0_0.x;
                s0_0 += HVEC4(-0.07867432, 0.008018494, -0.04953003, 0.028640747) * v0_0.y;
                s0_0 += HVEC4(0.09136963, 0.007835388, 0.09680176, -0.12683105) * v0_0.z;
                s0_0 += HVEC4(-0.031555176, -0.054595947, -0.17565918, 0.13916016) * v0_0.w;
                s0_0 += HVEC4(0.015686035, -0.036315918, -0.14782715, 0.083496094) * v0_1.x;
                s0_0 += HVEC4(-0.09814453, 0.11425781, -0.2088623, 0.21960449) * v0_1.y;
                s0_0 += HVEC4(0.16845703, 0.10852051, 0.014389038, -0.045166016) * v0_1.z;
                s0_0 += HVEC4(0.12695312, -0.12780762, -0.008430481, 0.0048561096) * v0_1.w;
                s0_0 += HVEC4(-0.06402588, -0.17602539, -0.14135742, 0.29785156) * v0_2.x;
                s0_0 += HVEC4(0.004016876, -0.14978027, -0.046813965, -0.06463623) * v0_2.y;
                s0_0 += HVEC4(-0.008659363, -0.103515625, 0.27368164, -0.3737793) * v0_2.z;
                s0_0 += HVEC4(0.05493164, 0.103637695, 0.07647705, 0.035461426) * v0_2.w;
                s0_0 += HVEC4(0.07354736, 0.07672119, 0.15734863, -0.21826172) * v0_3.x;
                s0_0 += HVEC4(-0.36328125, -0.040222168, -0.11273193, -0.09020996) * v0_3.y;
                s0_0 += HVEC4(0.22595215, 0.09643555, -0.10772705, 0.14001465) * v0_3.z;
                s0_0 += HVEC4(0.15588379, -0.09112549, 0.07531738, 0.07299805) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.02709961, 0.10247803, 0.06829834, 0.24938965) * v0_0.x;
                s0_1 += HVEC4(0.016281128, 0.013908386, 0.0006198883, -0.3100586) * v0_0.y;
                s0_1 += HVEC4(0.040039062, 0.39892578, 0.0077819824, 0.38110352) * v0_0.z;
                s0_1 += HVEC4(0.075927734, 0.039215088, 0.021820068, -0.08532715) * v0_0.w;
                s0_1 += HVEC4(-0.07879639, 0.09918213, -0.20959473, -0.1739502) * v0_1.x;
                s0_1 += HVEC4(-0.26611328, -0.13122559, 0.27416992, -0.011619568) * v0_1.y;
                s0_1 += HVEC4(-0.11212158, -0.40795898, -0.027038574, -0.40039062) * v0_1.z;
                s0_1 += HVEC4(0.046813965, 0.015075684, 0.010169983, 0.010749817) * v0_1.w;
                s0_1 += HVEC4(0.011260986, -0.1430664, -0.09118652, 0.15478516) * v0_2.x;
                s0_1 += HVEC4(0.00059080124, -0.21264648, -0.038970947, -0.39990234) * v0_2.y;
                s0_1 += HVEC4(0.019119263, 0.08270264, -0.008735657, -0.078308105) * v0_2.z;
                s0_1 += HVEC4(-0.09387207, -0.15551758, -0.17419434, -0.020751953) * v0_2.w;
                s0_1 += HVEC4(-0.15795898, 0.14709473, 0.02822876, 0.039794922) * v0_3.x;
                s0_1 += HVEC4(-0.025024414, 0.17163086, -0.013793945, -0.64208984) * v0_3.y;
                s0_1 += HVEC4(0.2861328, 0.14770508, -0.27685547, 0.23986816) * v0_3.z;
                s0_1 += HVEC4(-0.0015888214, 0.07922363, 0.0093307495, 0.36328125) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.011878967, 0.0072898865, -0.1607666, 0.14575195) * v0_0.x;
                s0_0 += HVEC4(0.02973938, 0.013717651, 0.009262085, -0.004600525) * v0_0.y;
                s0_0 += HVEC4(-0.05038452, 0.0063095093, 0.009819031, -0.021377563) * v0_0.z;
                s0_0 += HVEC4(0.0056381226, 0.014221191, 0.06048584, -0.026733398) * v0_0.w;
                s0_0 += HVEC4(0.099487305, 0.04135132, -0.08355713, 0.088134766) * v0_1.x;
                s0_0 += HVEC4(-0.0446167, -0.041503906, -0.0703125, 0.054107666) * v0_1.y;
                s0_0 += HVEC4(0.1003418, 0.10772705, -0.070739746, 0.097229004) * v0_1.z;
                s0_0 += HVEC4(-0.02760315, 0.033935547, 0.052886963, -0.08392334) * v0_1.w;
                s0_0 += HVEC4(0.06695557, 0.04663086, 0.10003662, -0.06958008) * v0_2.x;
                s0_0 += HVEC4(-0.08666992, -0.021453857, -0.06689453, -0.07043457) * v0_2.y;
                s0_0 += HVEC4(-0.01727295, -0.014259338, 0.21264648, -0.17858887) * v0_2.z;
                s0_0 += HVEC4(0.078552246, 0.003604889, -0.07873535, 0.07940674) * v0_2.w;
                s0_0 += HVEC4(0.018966675, -0.048431396, -0.052612305, 0.0134887695) * v0_3.x;
                s0_0 += HVEC4(0.036346436, 0.049468994, -0.039978027, 0.052246094) * v0_3.y;
                s0_0 += HVEC4(0.024627686, -0.036590576, -0.1652832, 0.19604492) * v0_3.z;
                s0_0 += HVEC4(-0.08996582, 0.036499023, 0.011169434, -0.020446777) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.00299263, 0.033721924, -0.07446289, 0.113342285) * v0_0.x;
                s0_1 += HVEC4(-0.018325806, -0.017913818, 0.0009455681, 0.006374359) * v0_0.y;
                s0_1 += HVEC4(-0.00724411, 0.04260254, -0.0068092346, 0.024749756) * v0_0.z;
                s0_1 += HVEC4(-0.0053100586, 0.002248764, 0.040405273, -0.0030269623) * v0_0.w;
                s0_1 += HVEC4(0.029220581, 0.09887695, 0.008270264, 0.08673096) * v0_1.x;
                s0_1 += HVEC4(-0.0496521, -0.1665039, 0.10107422, -0.010887146) * v0_1.y;
                s0_1 += HVEC4(0.010017395, -0.028121948, 0.10003662, 0.068847656) * v0_1.z;
                s0_1 += HVEC4(-0.04031372, -0.05960083, 0.03857422, 0.027328491) * v0_1.w;
                s0_1 += HVEC4(-0.019958496, 0.044158936, -0.0032978058, 0.058532715) * v0_2.x;
                s0_1 += HVEC4(0.0096588135, -0.37768555, -0.042755127, -0.3659668) * v0_2.y;
                s0_1 += HVEC4(0.013832092, 0.15283203, 0.0007619858, 0.0993042) * v0_2.z;
                s0_1 += HVEC4(0.015045166, -0.06225586, -0.057037354, -0.12768555) * v0_2.w;
                s0_1 += HVEC4(-0.01134491, -0.011238098, -0.015014648, -0.0002411604) * v0_3.x;
                s0_1 += HVEC4(-0.007865906, 0.03149414, 0.015930176, -0.40478516) * v0_3.y;
                s0_1 += HVEC4(0.09881592, -0.09283447, -0.10675049, -0.06939697) * v0_3.z;
                s0_1 += HVEC4(0.022720337, 0.09509277, 0.07507324, 0.36279297) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.0071411133, -0.20080566, 0.012687683, 0.04257202) * v0_0.x;
                s0_0 += HVEC4(-0.04486084, -0.061431885, 0.035980225, -0.041778564) * v0_0.y;
                s0_0 += HVEC4(0.008987427, -0.022872925, -0.0010690689, 0.018493652) * v0_0.z;
                s0_0 += HVEC4(-0.022964478, 0.17138672, 0.06677246, -0.012954712) * v0_0.w;
                s0_0 += HVEC4(-0.055541992, -0.12487793, 0.0002808571, -0.020965576) * v0_1.x;
                s0_0 += HVEC4(-0.07800293, -0.21582031, -0.025375366, 0.005004883) * v0_1.y;
                s0_0 += HVEC4(-0.008636475, 0.26000977, -0.015686035, -0.0026397705) * v0_1.z;
                s0_0 += HVEC4(0.048431396, 0.19140625, -0.009162903, -0.012550354) * v0_1.w;
                s0_0 += HVEC4(0.016433716, 0.17687988, 0.030471802, -0.0027275085) * v0_2.x;
                s0_0 += HVEC4(0.03665161, -0.32885742, -0.005088806, -0.022567749) * v0_2.y;
                s0_0 += HVEC4(0.13195801, 0.33276367, 0.019058228, -0.028366089) * v0_2.z;
                s0_0 += HVEC4(-0.06402588, 0.099365234, -0.030136108, -0.010658264) * v0_2.w;
                s0_0 += HVEC4(0.21643066, -0.28857422, -0.025283813, 0.00018548965) * v0_3.x;
                s0_0 += HVEC4(0.064086914, -0.14099121, -0.014755249, -0.009140015) * v0_3.y;
                s0_0 += HVEC4(-0.0076026917, -0.16430664, 0.018447876, -0.0059318542) * v0_3.z;
                s0_0 += HVEC4(-0.32006836, 0.12176514, -0.06829834, -0.19934082) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.042022705, 0.080200195, 0.05001831, -0.018218994) * v0_0.x;
                s0_1 += HVEC4(-0.035583496, 0.08673096, -0.039611816, 0.15344238) * v0_0.y;
                s0_1 += HVEC4(-0.025604248, -0.08294678, -0.045318604, -0.023071289) * v0_0.z;
                s0_1 += HVEC4(0.015945435, -0.13562012, 0.16027832, -0.020065308) * v0_0.w;
                s0_1 += HVEC4(0.020889282, 0.050811768, 0.04928589, 0.024093628) * v0_1.x;
                s0_1 += HVEC4(0.018325806, 0.04171753, -0.040649414, 0.011619568) * v0_1.y;
                s0_1 += HVEC4(0.017745972, 0.051818848, 0.028701782, 0.026016235) * v0_1.z;
                s0_1 += HVEC4(-0.023895264, -0.12158203, 0.055267334, -0.01322937) * v0_1.w;
                s0_1 += HVEC4(0.0074768066, 0.34155273, -0.011222839, 0.140625) * v0_2.x;
                s0_1 += HVEC4(-0.020385742, -0.023498535, 0.007980347, 0.006652832) * v0_2.y;
                s0_1 += HVEC4(-0.045776367, -0.0059127808, 0.01687622, 0.020980835) * v0_2.z;
                s0_1 += HVEC4(0.011459351, -0.02142334, -0.077819824, -0.03451538) * v0_2.w;
                s0_1 += HVEC4(-0.029556274, 0.10455322, 0.07745361, -0.023117065) * v0_3.x;
                s0_1 += HVEC4(0.02330017, -0.14831543, -0.0001424551, -0.06524658) * v0_3.y;
                s0_1 += HVEC4(-0.013656616, -0.12200928, -0.014511108, -0.066467285) * v0_3.z;
                s0_1 += HVEC4(-0.015388489, -0.83203125, 0.040161133, -1.0673828) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(-0.07397461, 0.11407471, -0.08496094, 0.10662842) * v0_0.x;
                s0_0 += HVEC4(0.14501953, 0.020431519, 0.054382324, -0.019378662) * v0_0.y;
                s0_0 += HVEC4(-0.11987305, 0.01335144, -0.031280518, 0.057556152) * v0_0.z;
                s0_0 += HVEC4(-0.097839355, -0.09613037, -0.08648682, 0.11468506) * v0_0.w;
                s0_0 += HVEC4(0.1907959, 0.026855469, 0.010444641, -0.006248474) * v0_1.x;
                s0_0 += HVEC4(0.1574707, 0.113098145, 0.006023407, -0.020324707) * v0_1.y;
                s0_0 += HVEC4(0.05609131, 0.012794495, 0.025909424, -0.0017604828) * v0_1.z;
                s0_0 += HVEC4(-0.07928467, -0.042633057, -0.032226562, 0.025909424) * v0_1.w;
                s0_0 += HVEC4(-0.009666443, -0.10699463, 0.044799805, -0.08270264) * v0_2.x;
                s0_0 += HVEC4(-0.24645996, 0.007881165, -0.015945435, -0.0031852722) * v0_2.y;
                s0_0 += HVEC4(-0.22253418, -0.13549805, 0.11022949, -0.08404541) * v0_2.z;
                s0_0 += HVEC4(0.3737793, 0.0044670105, 0.066223145, -0.08520508) * v0_2.w;
                s0_0 += HVEC4(0.07623291, 0.15222168, 0.023986816, -0.02999878) * v0_3.x;
                s0_0 += HVEC4(-0.26953125, -0.022201538, -0.0158844, -0.008956909) * v0_3.y;
                s0_0 += HVEC4(-0.24365234, 0.03552246, -0.07434082, 0.082092285) * v0_3.z;
                s0_0 += HVEC4(-0.26098633, -0.18945312, -0.0892334, 0.05718994) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.0065231323, -0.13427734, -0.00081825256, -0.12988281) * v0_0.x;
                s0_1 += HVEC4(0.014862061, 0.1973877, 0.00071287155, 0.40625) * v0_0.y;
                s0_1 += HVEC4(-0.01687622, -0.37670898, -0.025039673, 0.055419922) * v0_0.z;
                s0_1 += HVEC4(-0.00881958, -0.06530762, -0.10736084, 0.006011963) * v0_0.w;
                s0_1 += HVEC4(-0.002439499, 0.34985352, 0.058013916, 0.23083496) * v0_1.x;
                s0_1 += HVEC4(0.01184082, 0.039367676, 0.1694336, 0.048065186) * v0_1.y;
                s0_1 += HVEC4(0.005027771, 0.24499512, 0.05947876, 0.24584961) * v0_1.z;
                s0_1 += HVEC4(-0.011642456, -0.20092773, -0.0146102905, -0.0703125) * v0_1.w;
                s0_1 += HVEC4(-0.00466156, 0.23706055, 0.028182983, -0.13928223) * v0_2.x;
                s0_1 += HVEC4(-0.020996094, -0.6821289, -0.03665161, -0.109680176) * v0_2.y;
                s0_1 += HVEC4(-0.012756348, -0.09661865, 0.022384644, -0.04220581) * v0_2.z;
                s0_1 += HVEC4(0.025619507, 0.35595703, 0.13952637, 0.0947876) * v0_2.w;
                s0_1 += HVEC4(-0.015182495, -0.034301758, 0.16247559, 0.017868042) * v0_3.x;
                s0_1 += HVEC4(0.022567749, -0.37597656, -0.03591919, -0.036376953) * v0_3.y;
                s0_1 += HVEC4(0.04711914, -0.16931152, -0.28881836, -0.18139648) * v0_3.z;
                s0_1 += HVEC4(-0.0025119781, -0.23718262, -0.013046265, -0.37963867) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.021621704, -0.0085372925, -0.034179688, -0.0056877136) * v0_0.x;
                s0_0 += HVEC4(-0.12200928, 0.030776978, -0.0010690689, 0.009094238) * v0_0.y;
                s0_0 += HVEC4(0.0046424866, 0.005908966, -0.04135132, 0.04248047) * v0_0.z;
                s0_0 += HVEC4(0.026443481, 0.035827637, 0.03427124, -0.04171753) * v0_0.w;
                s0_0 += HVEC4(-0.0007176399, -0.0060157776, 0.005191803, -0.01235199) * v0_1.x;
                s0_0 += HVEC4(-0.04434204, -0.023544312, 0.020141602, -0.020111084) * v0_1.y;
                s0_0 += HVEC4(-0.017242432, -0.04208374, 0.040008545, -0.0541687) * v0_1.z;
                s0_0 += HVEC4(0.030090332, 0.07800293, 0.002773285, -0.0057525635) * v0_1.w;
                s0_0 += HVEC4(0.065979004, 0.05328369, 0.018096924, -0.005279541) * v0_2.x;
                s0_0 += HVEC4(-0.103271484, 0.014015198, -0.04348755, 0.03338623) * v0_2.y;
                s0_0 += HVEC4(0.025512695, -0.005443573, -0.0023918152, 0.0026054382) * v0_2.z;
                s0_0 += HVEC4(0.033569336, -0.055725098, -0.021011353, -0.0049209595) * v0_2.w;
                s0_0 += HVEC4(-0.06506348, -0.03137207, -0.027389526, 0.06335449) * v0_3.x;
                s0_0 += HVEC4(-0.12756348, 0.080078125, 0.056518555, -0.022918701) * v0_3.y;
                s0_0 += HVEC4(-0.016525269, -0.003768921, -0.0058174133, -0.008453369) * v0_3.z;
                s0_0 += HVEC4(0.13232422, 0.030593872, 0.02420044, -0.04840088) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.014862061, 0.01876831, -0.025436401, 0.07757568) * v0_0.x;
                s0_1 += HVEC4(0.0029621124, 0.09234619, 0.00712204, 0.28027344) * v0_0.y;
                s0_1 += HVEC4(-0.004550934, -0.005558014, -0.009681702, -0.037322998) * v0_0.z;
                s0_1 += HVEC4(-0.006011963, -0.0028896332, 0.012130737, -0.058044434) * v0_0.w;
                s0_1 += HVEC4(-0.005393982, 0.07611084, -0.0075569153, 0.061187744) * v0_1.x;
                s0_1 += HVEC4(-0.014976501, 0.02848816, 0.06390381, 0.07165527) * v0_1.y;
                s0_1 += HVEC4(-0.002313614, -0.015594482, 0.008529663, -0.0033187866) * v0_1.z;
                s0_1 += HVEC4(0.011047363, -0.03555298, 0.040252686, -0.030258179) * v0_1.w;
                s0_1 += HVEC4(-0.00674057, 0.062469482, 0.009803772, -0.13952637) * v0_2.x;
                s0_1 += HVEC4(-0.040649414, -0.3269043, -0.029296875, -0.08911133) * v0_2.y;
                s0_1 += HVEC4(-0.010726929, -0.14025879, 0.0072517395, -0.2130127) * v0_2.z;
                s0_1 += HVEC4(0.0070610046, 0.114990234, -0.019958496, 0.12890625) * v0_2.w;
                s0_1 += HVEC4(-0.009918213, -0.0340271, 0.03152466, 0.012435913) * v0_3.x;
                s0_1 += HVEC4(-0.0031833649, 0.0340271, 0.015426636, 0.020874023) * v0_3.y;
                s0_1 += HVEC4(0.024917603, 0.06112671, -0.12017822, 0.0045318604) * v0_3.z;
                s0_1 += HVEC4(-0.02658081, -0.008460999, -0.003042221, -0.10559082) * v0_3.w;
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
            vec4 a0_2 = vec4(0.00010571977, -0.07778373, -0.0116359, 0.004983804);
            vec4 a0_3 = vec4(-0.00149783, 0.0037423728, -0.008396466, -0.006738096);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.022369385, -0.013252258, 0.014854431, 0.0008034706) * v0_0.x;
                s0_2 += HVEC4(0.0060195923, 0.04815674, 0.0146102905, 0.016601562) * v0_0.y;
                s0_2 += HVEC4(-0.018356323, 0.05609131, -0.00052690506, -0.041778564) * v0_0.z;
                s0_2 += HVEC4(-0.018432617, -0.02822876, 0.01625061, -0.093322754) * v0_0.w;
                s0_2 += HVEC4(0.021469116, -0.09851074, -0.025390625, 0.022842407) * v0_1.x;
                s0_2 += HVEC4(-0.019973755, -0.103149414, -0.003921509, 0.021713257) * v0_1.y;
                s0_2 += HVEC4(0.034240723, 0.022994995, -0.011909485, 0.12414551) * v0_1.z;
                s0_2 += HVEC4(-0.0044822693, 0.024673462, -0.008163452, -0.008743286) * v0_1.w;
                s0_2 += HVEC4(0.008544922, -0.09637451, 0.019241333, 0.11462402) * v0_2.x;
                s0_2 += HVEC4(-0.068481445, -0.10632324, -0.0031490326, 0.14318848) * v0_2.y;
                s0_2 += HVEC4(0.004924774, -0.018585205, 0.016418457, 0.03741455) * v0_2.z;
                s0_2 += HVEC4(0.06781006, -0.013343811, 0.018722534, -0.013549805) * v0_2.w;
                s0_2 += HVEC4(0.10253906, -0.068847656, -0.032989502, 0.1616211) * v0_3.x;
                s0_2 += HVEC4(-0.013916016, -0.03543091, -0.015060425, -0.13012695) * v0_3.y;
                s0_2 += HVEC4(-0.03137207, -0.017944336, 0.0022850037, -0.076049805) * v0_3.z;
                s0_2 += HVEC4(-0.005886078, -0.09338379, -0.024490356, -0.08203125) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.040222168, -0.026550293, -0.042510986, 0.018981934) * v0_0.x;
                s0_3 += HVEC4(-0.0036697388, 0.004333496, 0.01209259, 0.013145447) * v0_0.y;
                s0_3 += HVEC4(-0.021957397, 0.1315918, 0.034820557, -0.028503418) * v0_0.z;
                s0_3 += HVEC4(0.03277588, 0.11645508, 0.06561279, 0.105285645) * v0_0.w;
                s0_3 += HVEC4(-0.0132751465, -0.015579224, -0.043395996, 0.07385254) * v0_1.x;
                s0_3 += HVEC4(0.022735596, -0.023590088, 0.039520264, -0.020950317) * v0_1.y;
                s0_3 += HVEC4(0.03225708, -0.40942383, 0.27612305, -0.058288574) * v0_1.z;
                s0_3 += HVEC4(-0.020629883, 0.19311523, -0.15991211, 0.082336426) * v0_1.w;
                s0_3 += HVEC4(-0.21435547, -0.00497818, -0.2043457, -0.15332031) * v0_2.x;
                s0_3 += HVEC4(0.03643799, 0.101867676, 0.096191406, 0.08648682) * v0_2.y;
                s0_3 += HVEC4(-0.029006958, -0.014129639, 0.009796143, 0.029678345) * v0_2.z;
                s0_3 += HVEC4(-0.010772705, -0.12249756, 0.037994385, 0.0390625) * v0_2.w;
                s0_3 += HVEC4(-0.051361084, 0.13769531, -0.11401367, 0.06414795) * v0_3.x;
                s0_3 += HVEC4(0.03955078, -0.00041627884, -0.021636963, -0.11328125) * v0_3.y;
                s0_3 += HVEC4(0.02444458, 0.18310547, -0.14074707, -0.034484863) * v0_3.z;
                s0_3 += HVEC4(0.088256836, -0.04837036, -0.032104492, 0.023742676) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.03439331, -0.072631836, 0.004840851, -0.017242432) * v0_0.x;
                s0_2 += HVEC4(-0.04574585, -0.10656738, -0.04949951, 0.010292053) * v0_0.y;
                s0_2 += HVEC4(0.009841919, 0.01828003, 0.08453369, 0.05307007) * v0_0.z;
                s0_2 += HVEC4(0.047607422, 0.018966675, -0.046966553, 0.12133789) * v0_0.w;
                s0_2 += HVEC4(0.30151367, -0.025985718, -0.025390625, 0.088134766) * v0_1.x;
                s0_2 += HVEC4(-0.26049805, -0.09790039, -0.121276855, -0.21325684) * v0_1.y;
                s0_2 += HVEC4(-0.17004395, -0.026138306, 0.025100708, 0.066101074) * v0_1.z;
                s0_2 += HVEC4(0.070251465, -0.0052871704, 0.049682617, -0.07116699) * v0_1.w;
                s0_2 += HVEC4(0.1239624, -0.04019165, -0.042175293, -0.06121826) * v0_2.x;
                s0_2 += HVEC4(-0.08117676, -0.07678223, -0.019882202, -0.34057617) * v0_2.y;
                s0_2 += HVEC4(0.03555298, -0.07727051, 0.010787964, 0.040283203) * v0_2.z;
                s0_2 += HVEC4(0.08166504, -0.058746338, 0.14196777, 0.07312012) * v0_2.w;
                s0_2 += HVEC4(-0.030715942, -0.07299805, 0.05633545, 0.047821045) * v0_3.x;
                s0_2 += HVEC4(-0.058563232, 0.03894043, -0.042022705, 0.14685059) * v0_3.y;
                s0_2 += HVEC4(0.2388916, 0.0064086914, 0.049621582, -0.05923462) * v0_3.z;
                s0_2 += HVEC4(0.087646484, 0.041503906, -0.08312988, 0.07128906) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.11651611, 0.0758667, 0.082336426, 0.0064048767) * v0_0.x;
                s0_3 += HVEC4(0.03302002, -0.04562378, -0.045715332, 0.022750854) * v0_0.y;
                s0_3 += HVEC4(0.12609863, 0.0033130646, 0.10089111, 0.003250122) * v0_0.z;
                s0_3 += HVEC4(0.0022239685, 0.08465576, 0.27001953, 0.0077705383) * v0_0.w;
                s0_3 += HVEC4(-0.016036987, -0.17492676, 0.13842773, -0.08441162) * v0_1.x;
                s0_3 += HVEC4(0.16516113, -0.07928467, -0.051483154, 0.02684021) * v0_1.y;
                s0_3 += HVEC4(-0.046936035, 1.0039062, -0.32739258, 0.22875977) * v0_1.z;
                s0_3 += HVEC4(-0.05126953, -0.05050659, 0.18945312, -0.011230469) * v0_1.w;
                s0_3 += HVEC4(-0.016601562, -0.04257202, 0.19726562, 0.087890625) * v0_2.x;
                s0_3 += HVEC4(-0.018096924, -0.5527344, -0.40478516, -0.13293457) * v0_2.y;
                s0_3 += HVEC4(-0.03225708, -0.109680176, 0.011459351, -0.032073975) * v0_2.z;
                s0_3 += HVEC4(-0.027908325, 0.08105469, 0.1463623, -0.046142578) * v0_2.w;
                s0_3 += HVEC4(0.072631836, 0.054870605, -0.033325195, 0.0036392212) * v0_3.x;
                s0_3 += HVEC4(0.0657959, 0.008392334, -0.18701172, 0.043060303) * v0_3.y;
                s0_3 += HVEC4(-0.019256592, -0.34643555, 0.20837402, -0.030380249) * v0_3.z;
                s0_3 += HVEC4(0.07763672, 0.3173828, 0.2355957, 0.034057617) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.06427002, -0.09863281, -0.045013428, 0.14672852) * v0_0.x;
                s0_2 += HVEC4(0.011100769, 0.066833496, 0.0047950745, 0.026504517) * v0_0.y;
                s0_2 += HVEC4(0.019729614, -0.019363403, -0.17578125, 0.035339355) * v0_0.z;
                s0_2 += HVEC4(-0.023468018, -0.08917236, 0.064941406, -0.040527344) * v0_0.w;
                s0_2 += HVEC4(0.13842773, -0.0335083, 0.36694336, 0.043395996) * v0_1.x;
                s0_2 += HVEC4(-0.09436035, -0.045043945, -0.16003418, 0.08282471) * v0_1.y;
                s0_2 += HVEC4(0.08709717, 0.066589355, -0.058258057, 0.076171875) * v0_1.z;
                s0_2 += HVEC4(-0.113586426, 0.053100586, 0.12597656, -0.015541077) * v0_1.w;
                s0_2 += HVEC4(0.09063721, -0.030578613, -0.02520752, 0.042022705) * v0_2.x;
                s0_2 += HVEC4(-0.07446289, -0.080566406, -0.58496094, -0.13793945) * v0_2.y;
                s0_2 += HVEC4(0.0074920654, -0.046783447, 0.009399414, -0.036254883) * v0_2.z;
                s0_2 += HVEC4(0.12719727, 0.05911255, -0.0362854, -0.08135986) * v0_2.w;
                s0_2 += HVEC4(0.022598267, -0.06738281, 0.22949219, -0.0059776306) * v0_3.x;
                s0_2 += HVEC4(0.050476074, 0.0670166, -0.08947754, -0.042144775) * v0_3.y;
                s0_2 += HVEC4(0.10070801, -0.016082764, 0.23095703, -0.06335449) * v0_3.z;
                s0_2 += HVEC4(-0.04434204, -0.031799316, 0.2055664, 0.08850098) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.12609863, -0.064453125, 0.054107666, 0.00016653538) * v0_0.x;
                s0_3 += HVEC4(0.0023517609, 0.07519531, 0.07293701, 0.007785797) * v0_0.y;
                s0_3 += HVEC4(-0.024993896, -0.05130005, -0.021743774, -0.01399231) * v0_0.z;
                s0_3 += HVEC4(-0.018737793, 0.09185791, -0.0104599, -0.00018239021) * v0_0.w;
                s0_3 += HVEC4(0.050720215, 0.0287323, -0.099853516, 0.027526855) * v0_1.x;
                s0_3 += HVEC4(-0.052978516, 0.13085938, -0.064453125, 0.00020086765) * v0_1.y;
                s0_3 += HVEC4(0.23571777, 0.625, 0.35839844, 0.06365967) * v0_1.z;
                s0_3 += HVEC4(-0.058807373, -0.039123535, -0.14978027, 0.012954712) * v0_1.w;
                s0_3 += HVEC4(0.053009033, 0.09100342, -0.118774414, 0.0024986267) * v0_2.x;
                s0_3 += HVEC4(-0.09075928, -0.12060547, -0.06549072, 0.013023376) * v0_2.y;
                s0_3 += HVEC4(-0.077941895, 0.073913574, -0.093322754, 0.018066406) * v0_2.z;
                s0_3 += HVEC4(0.004169464, -0.1270752, -0.09887695, -0.019821167) * v0_2.w;
                s0_3 += HVEC4(0.025375366, -0.06732178, 0.07672119, -0.004589081) * v0_3.x;
                s0_3 += HVEC4(-0.03567505, -0.05041504, 0.11035156, -0.012519836) * v0_3.y;
                s0_3 += HVEC4(-0.044647217, -0.0826416, -0.10217285, -0.08105469) * v0_3.z;
                s0_3 += HVEC4(0.033447266, 0.35131836, -0.13256836, -0.0063438416) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.032989502, -0.013061523, 0.011619568, -0.004497528) * v0_0.x;
                s0_2 += HVEC4(0.059387207, 0.034088135, -0.029342651, -0.08892822) * v0_0.y;
                s0_2 += HVEC4(-0.024337769, -0.025115967, -0.0015802383, 0.06149292) * v0_0.z;
                s0_2 += HVEC4(0.1262207, 0.05834961, -0.15759277, 0.113098145) * v0_0.w;
                s0_2 += HVEC4(0.1776123, -0.0006699562, -0.016464233, -0.0592041) * v0_1.x;
                s0_2 += HVEC4(0.04876709, -0.06036377, 0.0071983337, -0.027420044) * v0_1.y;
                s0_2 += HVEC4(-0.00023984909, -0.07720947, 0.038208008, 0.04244995) * v0_1.z;
                s0_2 += HVEC4(0.030715942, -0.007865906, 0.00068187714, -0.030685425) * v0_1.w;
                s0_2 += HVEC4(0.11126709, -0.050811768, -0.026885986, 0.03845215) * v0_2.x;
                s0_2 += HVEC4(-0.071777344, -0.097595215, 0.0045280457, -0.07733154) * v0_2.y;
                s0_2 += HVEC4(-0.0036525726, -0.067993164, -0.0007696152, 0.00021636486) * v0_2.z;
                s0_2 += HVEC4(0.10839844, -0.06286621, -0.032592773, -0.08270264) * v0_2.w;
                s0_2 += HVEC4(0.11987305, -0.013885498, 0.09637451, -0.017089844) * v0_3.x;
                s0_2 += HVEC4(-0.04800415, -0.105529785, 0.0135269165, 0.062042236) * v0_3.y;
                s0_2 += HVEC4(-0.055603027, -0.012489319, -0.027648926, 0.0121536255) * v0_3.z;
                s0_2 += HVEC4(-0.013801575, -0.042266846, -0.02861023, -0.15356445) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.07366943, -0.2890625, 0.26416016, 0.19580078) * v0_0.x;
                s0_3 += HVEC4(0.14001465, -0.15100098, 0.027191162, -0.0023708344) * v0_0.y;
                s0_3 += HVEC4(0.01878357, -0.021469116, 0.14624023, 0.18200684) * v0_0.z;
                s0_3 += HVEC4(-0.046539307, 0.014289856, 0.18969727, 0.099731445) * v0_0.w;
                s0_3 += HVEC4(0.05227661, -0.013076782, 0.037719727, -0.11065674) * v0_1.x;
                s0_3 += HVEC4(0.02267456, -0.07800293, 0.11071777, 0.07299805) * v0_1.y;
                s0_3 += HVEC4(-0.07733154, -0.18408203, 0.21166992, -0.028747559) * v0_1.z;
                s0_3 += HVEC4(0.008178711, 0.1227417, -0.099609375, -0.12878418) * v0_1.w;
                s0_3 += HVEC4(0.15075684, 0.07159424, -0.32714844, -0.13623047) * v0_2.x;
                s0_3 += HVEC4(-0.024169922, 0.08874512, 0.064575195, -0.15124512) * v0_2.y;
                s0_3 += HVEC4(-0.0059661865, 0.20715332, -0.069885254, -0.07745361) * v0_2.z;
                s0_3 += HVEC4(0.01751709, -0.4567871, 0.072143555, 0.18249512) * v0_2.w;
                s0_3 += HVEC4(0.10760498, 0.203125, 0.018798828, -0.22814941) * v0_3.x;
                s0_3 += HVEC4(0.05206299, 0.036132812, 0.0680542, -0.2746582) * v0_3.y;
                s0_3 += HVEC4(-0.015808105, 0.04220581, -0.16320801, -0.1463623) * v0_3.z;
                s0_3 += HVEC4(-0.042510986, 0.043060303, -0.22741699, -0.2479248) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.051696777, 0.040100098, -0.042877197, 0.3347168) * v0_0.x;
                s0_2 += HVEC4(0.056854248, 0.046661377, 0.036224365, 0.01537323) * v0_0.y;
                s0_2 += HVEC4(0.16101074, -0.04135132, -0.09313965, 0.054626465) * v0_0.z;
                s0_2 += HVEC4(-0.16601562, 0.040802002, 0.18896484, -0.09716797) * v0_0.w;
                s0_2 += HVEC4(0.30786133, -0.0814209, 0.019454956, 0.003255844) * v0_1.x;
                s0_2 += HVEC4(0.21691895, -0.078430176, -0.14355469, 0.1685791) * v0_1.y;
                s0_2 += HVEC4(0.13464355, 0.039611816, -0.08581543, -0.021087646) * v0_1.z;
                s0_2 += HVEC4(0.043273926, -0.054107666, 0.0579834, -0.13012695) * v0_1.w;
                s0_2 += HVEC4(0.094055176, -0.012901306, -0.003019333, 0.16149902) * v0_2.x;
                s0_2 += HVEC4(-0.1586914, 0.06329346, 0.009223938, -0.17041016) * v0_2.y;
                s0_2 += HVEC4(-0.0006866455, -0.038482666, 0.13183594, 0.07409668) * v0_2.z;
                s0_2 += HVEC4(0.2166748, -0.095336914, -0.016784668, -0.050231934) * v0_2.w;
                s0_2 += HVEC4(-0.006084442, -0.04776001, 0.28710938, -0.034606934) * v0_3.x;
                s0_2 += HVEC4(-0.03237915, 0.022918701, 0.028366089, -0.35961914) * v0_3.y;
                s0_2 += HVEC4(-0.19311523, 0.05102539, 0.07208252, -0.1161499) * v0_3.z;
                s0_2 += HVEC4(-0.04949951, 0.023025513, 0.10925293, -0.056518555) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.3815918, 0.29614258, -0.16699219, 0.08343506) * v0_0.x;
                s0_3 += HVEC4(-0.08215332, 0.03274536, -0.040252686, 0.009460449) * v0_0.y;
                s0_3 += HVEC4(0.08874512, 0.111206055, -0.2421875, -0.12371826) * v0_0.z;
                s0_3 += HVEC4(-0.010543823, -0.31713867, 0.47558594, 0.038635254) * v0_0.w;
                s0_3 += HVEC4(-0.016677856, -0.12286377, -0.19470215, 0.079833984) * v0_1.x;
                s0_3 += HVEC4(-0.19189453, -0.24829102, -0.1899414, -0.17907715) * v0_1.y;
                s0_3 += HVEC4(0.14233398, 0.31152344, 0.097229004, 0.17919922) * v0_1.z;
                s0_3 += HVEC4(-0.029434204, -0.17456055, 0.14331055, 0.018936157) * v0_1.w;
                s0_3 += HVEC4(0.06439209, -0.020965576, 0.28344727, 0.08734131) * v0_2.x;
                s0_3 += HVEC4(-0.18859863, -0.65966797, -0.38623047, -0.17163086) * v0_2.y;
                s0_3 += HVEC4(-0.2409668, -0.12432861, -0.022613525, 0.03591919) * v0_2.z;
                s0_3 += HVEC4(-0.009140015, 0.4399414, -0.13842773, 0.14953613) * v0_2.w;
                s0_3 += HVEC4(-0.103393555, -0.041625977, -0.66308594, 0.0011301041) * v0_3.x;
                s0_3 += HVEC4(-0.3017578, -0.36669922, -0.51220703, 0.05886841) * v0_3.y;
                s0_3 += HVEC4(0.12634277, -0.2290039, 0.2788086, 0.17993164) * v0_3.z;
                s0_3 += HVEC4(0.10070801, -0.002626419, 0.22363281, 0.056762695) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(0.027999878, -0.015541077, -0.22521973, 0.006084442) * v0_0.x;
                s0_2 += HVEC4(-0.04876709, -0.048828125, -0.28051758, 0.056640625) * v0_0.y;
                s0_2 += HVEC4(0.041625977, -0.019180298, -0.084228516, -0.028915405) * v0_0.z;
                s0_2 += HVEC4(-0.0022239685, -0.072509766, -0.13513184, 0.101989746) * v0_0.w;
                s0_2 += HVEC4(0.06500244, -0.0869751, 0.052520752, 0.00969696) * v0_1.x;
                s0_2 += HVEC4(0.05984497, -0.10437012, 0.16760254, -0.044006348) * v0_1.y;
                s0_2 += HVEC4(0.011352539, 0.03152466, 0.09118652, 0.10247803) * v0_1.z;
                s0_2 += HVEC4(0.066467285, 0.0058937073, -0.047698975, -0.056732178) * v0_1.w;
                s0_2 += HVEC4(0.064208984, 0.05355835, 0.13549805, -0.084106445) * v0_2.x;
                s0_2 += HVEC4(-0.08190918, -0.015106201, -1.1611328, -0.39233398) * v0_2.y;
                s0_2 += HVEC4(-0.021469116, -0.07897949, -0.4296875, 0.025115967) * v0_2.z;
                s0_2 += HVEC4(-0.008880615, -0.054473877, 0.45263672, -0.0075187683) * v0_2.w;
                s0_2 += HVEC4(0.016540527, -0.06939697, -0.2763672, -0.06188965) * v0_3.x;
                s0_2 += HVEC4(-0.14941406, 0.0090408325, -1.1347656, 0.09320068) * v0_3.y;
                s0_2 += HVEC4(-0.09893799, 0.04336548, -0.11328125, 0.024932861) * v0_3.z;
                s0_2 += HVEC4(0.029968262, 0.054992676, -0.3215332, 0.03439331) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.050872803, -0.15356445, 0.06842041, -0.01739502) * v0_0.x;
                s0_3 += HVEC4(0.04537964, 0.027252197, 0.019165039, 0.0054512024) * v0_0.y;
                s0_3 += HVEC4(0.045654297, 0.06732178, 0.107299805, 0.043945312) * v0_0.z;
                s0_3 += HVEC4(0.001326561, 0.13598633, -0.12841797, -0.044555664) * v0_0.w;
                s0_3 += HVEC4(-0.09515381, -0.12817383, 0.0836792, -0.011146545) * v0_1.x;
                s0_3 += HVEC4(0.0082473755, 0.052093506, 0.014465332, -0.049926758) * v0_1.y;
                s0_3 += HVEC4(-0.08190918, 0.18786621, 0.09082031, -0.0024967194) * v0_1.z;
                s0_3 += HVEC4(0.07116699, 0.15429688, -0.14746094, 0.009521484) * v0_1.w;
                s0_3 += HVEC4(0.020996094, -0.0178833, -0.18164062, -0.0011835098) * v0_2.x;
                s0_3 += HVEC4(0.10455322, -0.14221191, -0.062438965, 0.067993164) * v0_2.y;
                s0_3 += HVEC4(0.18225098, 0.05392456, -0.062408447, 0.048309326) * v0_2.z;
                s0_3 += HVEC4(-0.09338379, -0.23913574, 0.023406982, -0.030303955) * v0_2.w;
                s0_3 += HVEC4(0.010101318, -0.21228027, 0.12902832, 0.05429077) * v0_3.x;
                s0_3 += HVEC4(0.060913086, 0.087768555, 0.055999756, 0.0037593842) * v0_3.y;
                s0_3 += HVEC4(-0.08911133, -0.14367676, 0.029190063, -0.020233154) * v0_3.z;
                s0_3 += HVEC4(-0.046203613, 0.13366699, -0.18200684, -0.030639648) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.059387207, -0.09777832, -0.010917664, 0.08154297) * v0_0.x;
                s0_2 += HVEC4(-0.027236938, -0.099975586, 0.017578125, 0.10845947) * v0_0.y;
                s0_2 += HVEC4(0.055358887, 0.048309326, -0.03857422, -0.0045700073) * v0_0.z;
                s0_2 += HVEC4(-0.07537842, -0.016998291, 0.09020996, -0.048980713) * v0_0.w;
                s0_2 += HVEC4(-0.024719238, -0.035736084, -0.002981186, -0.013114929) * v0_1.x;
                s0_2 += HVEC4(-0.05218506, -0.08270264, 0.016830444, 0.020019531) * v0_1.y;
                s0_2 += HVEC4(-0.058044434, -0.083984375, -0.03555298, -0.015571594) * v0_1.z;
                s0_2 += HVEC4(0.04534912, 0.051513672, 0.0007805824, -0.016845703) * v0_1.w;
                s0_2 += HVEC4(-0.019317627, -0.052001953, 0.00818634, 0.0927124) * v0_2.x;
                s0_2 += HVEC4(0.030670166, -0.10601807, 0.0073394775, 0.009941101) * v0_2.y;
                s0_2 += HVEC4(-0.0034370422, -0.09741211, -0.00070619583, -0.038757324) * v0_2.z;
                s0_2 += HVEC4(-0.14733887, -0.012481689, 0.000849247, 0.015640259) * v0_2.w;
                s0_2 += HVEC4(0.09185791, -0.07623291, -0.027023315, 0.035491943) * v0_3.x;
                s0_2 += HVEC4(0.017166138, 0.0715332, -0.0076446533, 0.0076026917) * v0_3.y;
                s0_2 += HVEC4(0.047698975, 0.018371582, 0.020050049, -0.030044556) * v0_3.z;
                s0_2 += HVEC4(-0.15783691, -0.08001709, 0.04800415, -0.45141602) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.06726074, -0.11218262, 0.08795166, 0.074401855) * v0_0.x;
                s0_3 += HVEC4(-0.10491943, -0.117248535, -0.028961182, 0.052978516) * v0_0.y;
                s0_3 += HVEC4(0.039978027, -0.028808594, 0.07611084, -0.026504517) * v0_0.z;
                s0_3 += HVEC4(0.0552063, 0.21020508, 0.016326904, 0.08001709) * v0_0.w;
                s0_3 += HVEC4(-0.042175293, -0.01499176, 0.08093262, 0.054992676) * v0_1.x;
                s0_3 += HVEC4(-0.06689453, -0.1352539, 0.02810669, 0.033721924) * v0_1.y;
                s0_3 += HVEC4(-0.014526367, -0.092041016, 0.11663818, 0.22021484) * v0_1.z;
                s0_3 += HVEC4(0.027191162, 0.001458168, 0.021530151, -0.1027832) * v0_1.w;
                s0_3 += HVEC4(0.04119873, 0.1821289, -0.08685303, 0.10760498) * v0_2.x;
                s0_3 += HVEC4(-0.021148682, 0.1104126, 0.03062439, 0.049987793) * v0_2.y;
                s0_3 += HVEC4(0.019210815, 0.13928223, -0.033691406, -0.021194458) * v0_2.z;
                s0_3 += HVEC4(-0.10089111, -0.16540527, -0.049560547, -0.00579834) * v0_2.w;
                s0_3 += HVEC4(-0.060546875, -0.0020618439, 0.0037631989, -0.24621582) * v0_3.x;
                s0_3 += HVEC4(-0.027572632, 0.11065674, 0.047698975, -0.29956055) * v0_3.y;
                s0_3 += HVEC4(0.030136108, 0.07110596, -0.0602417, -0.11791992) * v0_3.z;
                s0_3 += HVEC4(-0.3618164, -0.30273438, -0.4243164, -0.61083984) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.059143066, 0.01737976, 0.04711914, 0.07287598) * v0_0.x;
                s0_2 += HVEC4(-0.07409668, -0.07171631, -0.050445557, -0.020706177) * v0_0.y;
                s0_2 += HVEC4(0.05606079, -0.013343811, 0.014587402, 0.093688965) * v0_0.z;
                s0_2 += HVEC4(-0.024291992, -0.054656982, -0.065979004, 0.07885742) * v0_0.w;
                s0_2 += HVEC4(0.14001465, -0.034576416, -0.04058838, 0.06225586) * v0_1.x;
                s0_2 += HVEC4(0.03378296, -0.04083252, -0.059143066, -0.015602112) * v0_1.y;
                s0_2 += HVEC4(-0.0076179504, -0.044952393, 0.015174866, 0.024902344) * v0_1.z;
                s0_2 += HVEC4(0.014373779, 0.026611328, -0.015197754, 0.019348145) * v0_1.w;
                s0_2 += HVEC4(-0.08227539, -0.11053467, -0.011627197, -0.15771484) * v0_2.x;
                s0_2 += HVEC4(-0.010887146, -0.09710693, 0.028640747, -0.04562378) * v0_2.y;
                s0_2 += HVEC4(-0.11566162, 0.015670776, 0.13977051, -0.13549805) * v0_2.z;
                s0_2 += HVEC4(0.08111572, 0.009773254, -0.017623901, -0.040893555) * v0_2.w;
                s0_2 += HVEC4(0.11437988, -0.022460938, 0.11767578, -0.07147217) * v0_3.x;
                s0_2 += HVEC4(-0.055908203, -0.038848877, 0.0048103333, 0.10821533) * v0_3.y;
                s0_2 += HVEC4(-0.08203125, 0.018737793, -0.012664795, 0.09295654) * v0_3.z;
                s0_2 += HVEC4(-0.0036201477, 0.020584106, 0.047576904, 0.029052734) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.091796875, 0.08258057, 0.05899048, 0.10852051) * v0_0.x;
                s0_3 += HVEC4(0.1161499, -0.009284973, 0.038238525, -0.065979004) * v0_0.y;
                s0_3 += HVEC4(0.03640747, -0.03540039, -0.054901123, 0.004169464) * v0_0.z;
                s0_3 += HVEC4(-0.11468506, 0.024368286, 0.09899902, 0.03753662) * v0_0.w;
                s0_3 += HVEC4(-0.06536865, 0.049316406, -0.079956055, -0.09448242) * v0_1.x;
                s0_3 += HVEC4(-0.014846802, 0.12261963, -0.01210022, -0.0048446655) * v0_1.y;
                s0_3 += HVEC4(0.04248047, 0.09637451, -0.04244995, 0.05267334) * v0_1.z;
                s0_3 += HVEC4(0.018432617, 0.0024414062, 0.078430176, 0.12176514) * v0_1.w;
                s0_3 += HVEC4(0.07446289, 0.0073242188, 0.08996582, -0.068481445) * v0_2.x;
                s0_3 += HVEC4(0.08807373, -0.090148926, -0.042144775, -0.033447266) * v0_2.y;
                s0_3 += HVEC4(0.1829834, 0.051757812, 0.029296875, -0.03967285) * v0_2.z;
                s0_3 += HVEC4(0.018096924, 0.17553711, 0.0004878044, -0.008895874) * v0_2.w;
                s0_3 += HVEC4(0.10217285, 0.19165039, -0.06652832, -0.11779785) * v0_3.x;
                s0_3 += HVEC4(0.093688965, -0.16210938, -0.0021324158, 0.04660034) * v0_3.y;
                s0_3 += HVEC4(-0.14709473, -0.25927734, -0.027664185, 0.1517334) * v0_3.z;
                s0_3 += HVEC4(-0.21813965, -0.11999512, 0.12573242, -0.031402588) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.013114929, -0.0385437, 0.05618286, 0.097351074) * v0_0.x;
                s0_2 += HVEC4(0.05883789, 0.068603516, 0.09094238, -0.009719849) * v0_0.y;
                s0_2 += HVEC4(0.02407837, 0.010612488, 0.018585205, 0.03338623) * v0_0.z;
                s0_2 += HVEC4(-0.00774765, -0.039794922, 0.010017395, -0.04812622) * v0_0.w;
                s0_2 += HVEC4(0.022323608, -0.096191406, 0.0011024475, -0.0038433075) * v0_1.x;
                s0_2 += HVEC4(0.05432129, 0.022140503, 0.0057525635, -0.026107788) * v0_1.y;
                s0_2 += HVEC4(-0.005279541, -0.016571045, -0.050231934, -0.0881958) * v0_1.z;
                s0_2 += HVEC4(-0.024505615, 0.038604736, -0.020080566, -0.02116394) * v0_1.w;
                s0_2 += HVEC4(-0.03302002, -0.08660889, -0.04147339, -0.0043678284) * v0_2.x;
                s0_2 += HVEC4(-0.008811951, -0.08178711, -0.05343628, 0.078125) * v0_2.y;
                s0_2 += HVEC4(-0.012214661, -0.0008187294, -0.022766113, -0.047088623) * v0_2.z;
                s0_2 += HVEC4(0.07635498, -0.005420685, 0.15429688, -0.07336426) * v0_2.w;
                s0_2 += HVEC4(0.02507019, 0.0025348663, 0.076538086, 0.07733154) * v0_3.x;
                s0_2 += HVEC4(-0.033599854, -0.105041504, -0.036468506, -0.068359375) * v0_3.y;
                s0_2 += HVEC4(-0.099731445, 0.00076055527, -0.12780762, 0.051330566) * v0_3.z;
                s0_2 += HVEC4(-0.035705566, 0.07684326, 0.19787598, -0.13256836) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.06384277, 0.012779236, -0.019592285, -0.022033691) * v0_0.x;
                s0_3 += HVEC4(-0.0074691772, 0.00024175644, -0.0020828247, 0.01977539) * v0_0.y;
                s0_3 += HVEC4(-0.013679504, 0.059173584, 0.015716553, 0.013092041) * v0_0.z;
                s0_3 += HVEC4(0.033355713, 0.08093262, -0.0181427, -0.008560181) * v0_0.w;
                s0_3 += HVEC4(0.00085163116, -0.09857178, 0.05105591, 0.03289795) * v0_1.x;
                s0_3 += HVEC4(-0.0068359375, -0.03805542, 0.037322998, -0.02217102) * v0_1.y;
                s0_3 += HVEC4(0.016616821, 0.0284729, 0.045837402, 0.054473877) * v0_1.z;
                s0_3 += HVEC4(0.02130127, 0.16052246, 0.018035889, -0.043823242) * v0_1.w;
                s0_3 += HVEC4(-0.02947998, 0.035949707, -0.039123535, -0.0073242188) * v0_2.x;
                s0_3 += HVEC4(-0.11242676, -0.050048828, 0.053131104, -0.0051078796) * v0_2.y;
                s0_3 += HVEC4(-0.037994385, 0.051940918, -0.008781433, -0.010826111) * v0_2.z;
                s0_3 += HVEC4(0.015464783, -0.14221191, 0.022583008, -0.012451172) * v0_2.w;
                s0_3 += HVEC4(-0.048675537, -0.06842041, 0.04220581, -0.01184082) * v0_3.x;
                s0_3 += HVEC4(0.06329346, 0.103881836, 0.06744385, 0.026428223) * v0_3.y;
                s0_3 += HVEC4(0.031463623, -0.039001465, -0.031173706, 0.018951416) * v0_3.z;
                s0_3 += HVEC4(0.045806885, 0.066711426, -0.012931824, -0.028457642) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L4
//!BIND ArtCNN_C4F16_DS_L0
//!SAVE ArtCNN_C4F16_DS_L5
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.01395028, 0.0065821023, 0.012151963, -0.011686396);
            vec4 a0_1 = vec4(0.007567601, 0.00780126, -0.0045109824, -0.007215989);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.04434204, -0.30932617, -0.019607544, 0.030258179) * v0_0.x;
                s0_0 += HVEC4(-0.018951416, -0.017318726, 0.008102417, -0.061279297) * v0_0.y;
                s0_0 += HVEC4(0.0892334, 0.0035572052, -0.08673096, 0.1015625) * v0_0.z;
                s0_0 += HVEC4(-0.22033691, -0.043914795, 0.13134766, -0.13110352) * v0_0.w;
                s0_0 += HVEC4(-0.0016374588, 0.044189453, 0.018417358, -0.03225708) * v0_1.x;
                s0_0 += HVEC4(0.04525757, 0.046295166, -0.08337402, 0.074279785) * v0_1.y;
                s0_0 += HVEC4(0.014976501, 0.011459351, -0.07696533, 0.045074463) * v0_1.z;
                s0_0 += HVEC4(0.051086426, 0.04397583, -0.05340576, -0.0044517517) * v0_1.w;
                s0_0 += HVEC4(0.03366089, 0.0049552917, -0.016967773, 0.066711426) * v0_2.x;
                s0_0 += HVEC4(0.009353638, 0.08355713, -0.08306885, -0.03463745) * v0_2.y;
                s0_0 += HVEC4(-0.19360352, 0.0949707, 0.18518066, 0.013343811) * v0_2.z;
                s0_0 += HVEC4(0.0031089783, 0.12261963, 0.028701782, -0.05645752) * v0_2.w;
                s0_0 += HVEC4(0.1665039, -0.035064697, -0.12158203, 0.113098145) * v0_3.x;
                s0_0 += HVEC4(0.14135742, 0.0039901733, -0.07696533, 0.10784912) * v0_3.y;
                s0_0 += HVEC4(-0.05218506, -0.011016846, 0.0031204224, -0.031555176) * v0_3.z;
                s0_0 += HVEC4(-0.020050049, -0.021697998, 0.0021419525, 0.012054443) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.34716797, -0.00983429, 0.09472656, 0.20812988) * v0_0.x;
                s0_1 += HVEC4(-0.07989502, -0.04232788, 0.052215576, -0.0062561035) * v0_0.y;
                s0_1 += HVEC4(0.04486084, 0.048675537, 0.054382324, 0.044281006) * v0_0.z;
                s0_1 += HVEC4(-0.05444336, -0.11248779, 0.07434082, -0.03643799) * v0_0.w;
                s0_1 += HVEC4(-0.04888916, -0.0016899109, -0.05407715, -0.050323486) * v0_1.x;
                s0_1 += HVEC4(0.20214844, 0.10925293, -0.21374512, 0.07342529) * v0_1.y;
                s0_1 += HVEC4(0.15478516, 0.08508301, -0.055023193, 0.014854431) * v0_1.z;
                s0_1 += HVEC4(-0.021209717, 0.045135498, -0.09173584, 0.04345703) * v0_1.w;
                s0_1 += HVEC4(0.033081055, 0.046691895, -0.017364502, 0.028747559) * v0_2.x;
                s0_1 += HVEC4(0.059173584, 0.07562256, 0.015403748, -0.0395813) * v0_2.y;
                s0_1 += HVEC4(-0.12207031, -0.21716309, 0.19140625, -0.4494629) * v0_2.z;
                s0_1 += HVEC4(-0.23291016, -0.046417236, -0.090148926, -0.19689941) * v0_2.w;
                s0_1 += HVEC4(0.13928223, 0.13354492, 0.056854248, 0.051757812) * v0_3.x;
                s0_1 += HVEC4(0.08831787, 0.064697266, 0.016616821, 0.095947266) * v0_3.y;
                s0_1 += HVEC4(0.012664795, 0.025680542, 0.0026474, 0.07019043) * v0_3.z;
                s0_1 += HVEC4(0.057800293, -0.027679443, 0.057647705, -0.04837036) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.47827148, -0.9614258, -0.19396973, -0.32470703) * v0_0.x;
                s0_0 += HVEC4(0.008758545, 0.04510498, 0.05154419, -0.045715332) * v0_0.y;
                s0_0 += HVEC4(-0.08911133, -0.06524658, 0.076171875, -0.01309967) * v0_0.z;
                s0_0 += HVEC4(0.036071777, 0.057617188, -0.009216309, 0.044006348) * v0_0.w;
                s0_0 += HVEC4(0.18066406, 0.08807373, -0.13391113, -0.049804688) * v0_1.x;
                s0_0 += HVEC4(-0.20715332, 0.28173828, 0.32592773, 0.15881348) * v0_1.y;
                s0_0 += HVEC4(-0.096069336, -0.082092285, 0.15563965, 0.087768555) * v0_1.z;
                s0_0 += HVEC4(0.13903809, 0.068237305, -0.21520996, 0.019500732) * v0_1.w;
                s0_0 += HVEC4(0.015335083, -0.08685303, -0.019836426, 0.0028095245) * v0_2.x;
                s0_0 += HVEC4(-0.026504517, -0.007820129, -0.037353516, -0.057678223) * v0_2.y;
                s0_0 += HVEC4(-0.17773438, 0.03842163, -0.012054443, 0.1373291) * v0_2.z;
                s0_0 += HVEC4(0.19628906, 0.011550903, -0.15319824, 0.060272217) * v0_2.w;
                s0_0 += HVEC4(-0.15527344, 0.07366943, 0.074645996, -0.08709717) * v0_3.x;
                s0_0 += HVEC4(-0.30004883, -0.17834473, 0.14379883, 0.089538574) * v0_3.y;
                s0_0 += HVEC4(0.19750977, 0.16845703, -0.121398926, -0.033325195) * v0_3.z;
                s0_0 += HVEC4(-0.15185547, -0.08178711, 0.09277344, -0.037872314) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.13549805, -0.4794922, -0.25170898, 1.4589844) * v0_0.x;
                s0_1 += HVEC4(-0.2619629, -0.005016327, -0.124694824, -0.007209778) * v0_0.y;
                s0_1 += HVEC4(0.030838013, -0.009109497, -0.1920166, 0.047454834) * v0_0.z;
                s0_1 += HVEC4(0.068725586, 0.08392334, 0.08673096, 0.07086182) * v0_0.w;
                s0_1 += HVEC4(-0.013847351, 0.027008057, 0.14233398, -0.08135986) * v0_1.x;
                s0_1 += HVEC4(-0.014801025, -0.119018555, -0.19458008, -0.048095703) * v0_1.y;
                s0_1 += HVEC4(0.20593262, 0.109558105, -0.109802246, -0.08074951) * v0_1.z;
                s0_1 += HVEC4(-0.038208008, -0.014198303, 0.17297363, -0.14294434) * v0_1.w;
                s0_1 += HVEC4(0.11602783, 0.030059814, -0.014831543, 0.068359375) * v0_2.x;
                s0_1 += HVEC4(-0.057556152, 0.006061554, -0.014350891, -0.039123535) * v0_2.y;
                s0_1 += HVEC4(0.047454834, 0.04284668, 0.062408447, 0.27612305) * v0_2.z;
                s0_1 += HVEC4(0.09063721, -0.040100098, 0.25561523, -0.16418457) * v0_2.w;
                s0_1 += HVEC4(-0.05645752, -0.027862549, -0.22033691, -0.071777344) * v0_3.x;
                s0_1 += HVEC4(0.1616211, 0.0109939575, -0.14172363, 0.1730957) * v0_3.y;
                s0_1 += HVEC4(0.05709839, 0.1361084, 0.012519836, -0.047729492) * v0_3.z;
                s0_1 += HVEC4(0.13684082, 0.00137043, 0.26513672, 0.20800781) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.47558594, -0.28027344, -0.5908203, -0.40771484) * v0_0.x;
                s0_0 += HVEC4(0.1550293, 0.12719727, 0.075805664, -0.23901367) * v0_0.y;
                s0_0 += HVEC4(-0.047424316, -0.07775879, -0.04135132, -0.012496948) * v0_0.z;
                s0_0 += HVEC4(-0.024673462, 0.028778076, -0.019546509, 0.029708862) * v0_0.w;
                s0_0 += HVEC4(0.086242676, 0.0793457, 0.060302734, 0.058563232) * v0_1.x;
                s0_0 += HVEC4(0.1451416, 0.15356445, -0.08203125, -0.0541687) * v0_1.y;
                s0_0 += HVEC4(-0.19555664, -0.14758301, -0.15002441, 0.062286377) * v0_1.z;
                s0_0 += HVEC4(0.0036621094, -0.08190918, 0.032836914, -0.0041046143) * v0_1.w;
                s0_0 += HVEC4(-0.13330078, 0.0030727386, 0.03805542, 0.039978027) * v0_2.x;
                s0_0 += HVEC4(-0.043640137, 0.03845215, 0.048919678, 0.075927734) * v0_2.y;
                s0_0 += HVEC4(0.024932861, -0.012878418, -0.06518555, -0.029205322) * v0_2.z;
                s0_0 += HVEC4(0.115234375, 0.010406494, 0.01965332, -0.0022354126) * v0_2.w;
                s0_0 += HVEC4(-0.020065308, 0.05831909, 0.05923462, -0.06317139) * v0_3.x;
                s0_0 += HVEC4(-0.13012695, -0.13256836, -0.07550049, -0.047729492) * v0_3.y;
                s0_0 += HVEC4(0.030807495, 0.08154297, 0.06555176, 0.0423584) * v0_3.z;
                s0_0 += HVEC4(0.025146484, -0.0625, -0.13708496, 0.027328491) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.79003906, -0.22167969, 0.7319336, 0.30493164) * v0_0.x;
                s0_1 += HVEC4(-0.20666504, 0.0047836304, -0.4326172, 0.041107178) * v0_0.y;
                s0_1 += HVEC4(0.023010254, -0.022033691, -0.043670654, 0.00072956085) * v0_0.z;
                s0_1 += HVEC4(-0.006652832, 0.009460449, 0.019973755, 0.02607727) * v0_0.w;
                s0_1 += HVEC4(-0.066467285, -0.026184082, 0.0113220215, -0.0904541) * v0_1.x;
                s0_1 += HVEC4(-0.103271484, 0.12548828, 0.24682617, -0.012748718) * v0_1.y;
                s0_1 += HVEC4(0.19445801, 0.040496826, 0.08404541, -0.09423828) * v0_1.z;
                s0_1 += HVEC4(0.09649658, -0.00223732, -0.0069885254, 0.017166138) * v0_1.w;
                s0_1 += HVEC4(-0.02418518, -0.009429932, -0.111816406, 0.041748047) * v0_2.x;
                s0_1 += HVEC4(0.072631836, -0.08099365, -0.026260376, 0.07788086) * v0_2.y;
                s0_1 += HVEC4(-0.013969421, -0.014755249, 0.04425049, 0.030258179) * v0_2.z;
                s0_1 += HVEC4(0.0035972595, 0.013198853, 0.030166626, 0.07635498) * v0_2.w;
                s0_1 += HVEC4(-0.071777344, 0.029067993, 0.007633209, 0.00042438507) * v0_3.x;
                s0_1 += HVEC4(0.043029785, -0.035217285, 0.050048828, 0.11828613) * v0_3.y;
                s0_1 += HVEC4(0.078430176, 0.079711914, -0.0009584427, -0.07562256) * v0_3.z;
                s0_1 += HVEC4(0.22814941, 0.12451172, 0.24414062, 0.19238281) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(0.0025310516, 0.08428955, -0.027511597, 0.106933594) * v0_0.x;
                s0_0 += HVEC4(0.064086914, 0.10668945, 0.0881958, -0.012390137) * v0_0.y;
                s0_0 += HVEC4(-0.09637451, -0.030151367, 0.026550293, -0.032989502) * v0_0.z;
                s0_0 += HVEC4(0.07849121, 0.027496338, -0.12414551, -0.025024414) * v0_0.w;
                s0_0 += HVEC4(-0.0357666, 0.027297974, 0.056793213, 0.01158905) * v0_1.x;
                s0_0 += HVEC4(-0.013916016, 0.11242676, 0.0027866364, 0.030273438) * v0_1.y;
                s0_0 += HVEC4(0.028305054, -0.029785156, -0.117004395, 0.00075912476) * v0_1.z;
                s0_0 += HVEC4(-0.12176514, -0.09008789, -0.06945801, -0.022598267) * v0_1.w;
                s0_0 += HVEC4(-0.06896973, -0.06842041, 0.11053467, -0.010604858) * v0_2.x;
                s0_0 += HVEC4(-0.024749756, -0.010253906, -0.015426636, 0.012207031) * v0_2.y;
                s0_0 += HVEC4(-0.67871094, 0.17822266, 0.19604492, -0.67822266) * v0_2.z;
                s0_0 += HVEC4(0.14685059, -0.23999023, -0.009094238, -0.06695557) * v0_2.w;
                s0_0 += HVEC4(-0.030380249, 0.21447754, 0.15405273, -0.05810547) * v0_3.x;
                s0_0 += HVEC4(0.08673096, -0.23937988, 0.1628418, -0.06384277) * v0_3.y;
                s0_0 += HVEC4(-0.1628418, 0.20910645, -0.18005371, 0.052856445) * v0_3.z;
                s0_0 += HVEC4(-0.05697632, -0.07330322, -0.0049476624, 0.03161621) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.12927246, 0.02520752, 0.024536133, -0.028686523) * v0_0.x;
                s0_1 += HVEC4(-0.16955566, 0.04537964, 0.03152466, 0.0029182434) * v0_0.y;
                s0_1 += HVEC4(0.0058174133, -0.034423828, 0.21679688, 0.009902954) * v0_0.z;
                s0_1 += HVEC4(-0.05078125, -0.03363037, -0.19897461, 0.07763672) * v0_0.w;
                s0_1 += HVEC4(-0.12927246, 0.056152344, 0.096191406, 0.016677856) * v0_1.x;
                s0_1 += HVEC4(-0.01914978, 0.049224854, 0.01889038, -0.1171875) * v0_1.y;
                s0_1 += HVEC4(0.028823853, 0.00019681454, -0.12420654, 0.06304932) * v0_1.z;
                s0_1 += HVEC4(0.07232666, -0.039733887, 0.19433594, -0.11663818) * v0_1.w;
                s0_1 += HVEC4(-0.013130188, -0.0019378662, 0.11065674, 0.025741577) * v0_2.x;
                s0_1 += HVEC4(0.0033073425, 0.07849121, 0.00466156, -0.07733154) * v0_2.y;
                s0_1 += HVEC4(0.20666504, -0.36108398, -0.04244995, -1.1591797) * v0_2.z;
                s0_1 += HVEC4(0.08880615, 0.00072813034, -0.21911621, 0.2927246) * v0_2.w;
                s0_1 += HVEC4(0.025466919, 0.15710449, 0.06921387, -0.22302246) * v0_3.x;
                s0_1 += HVEC4(0.38256836, -0.044006348, -0.2010498, -0.02166748) * v0_3.y;
                s0_1 += HVEC4(-0.25146484, -0.025650024, 0.1427002, -0.10192871) * v0_3.z;
                s0_1 += HVEC4(0.1550293, 0.0074157715, 0.043029785, 0.064941406) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(0.11859131, 0.20129395, 0.08892822, 0.24975586) * v0_0.x;
                s0_0 += HVEC4(0.14990234, 0.11706543, 0.45385742, 0.13952637) * v0_0.y;
                s0_0 += HVEC4(0.32592773, -0.5913086, 0.015281677, -0.0713501) * v0_0.z;
                s0_0 += HVEC4(-0.49291992, 0.6088867, -0.04498291, -0.0072784424) * v0_0.w;
                s0_0 += HVEC4(0.33740234, 0.14770508, 0.00042796135, 0.087402344) * v0_1.x;
                s0_0 += HVEC4(0.34399414, 0.021896362, 0.3095703, 0.068847656) * v0_1.y;
                s0_0 += HVEC4(0.28295898, -0.2121582, 0.21325684, -0.077819824) * v0_1.z;
                s0_0 += HVEC4(0.6274414, -0.44458008, -0.10089111, 0.20178223) * v0_1.w;
                s0_0 += HVEC4(-0.08483887, -0.15771484, 0.19030762, -0.018508911) * v0_2.x;
                s0_0 += HVEC4(-0.030212402, -0.006931305, 0.02027893, 0.010299683) * v0_2.y;
                s0_0 += HVEC4(-0.10406494, 0.15466309, -0.0748291, 0.19091797) * v0_2.z;
                s0_0 += HVEC4(-0.14953613, 0.22631836, -0.10809326, 0.009101868) * v0_2.w;
                s0_0 += HVEC4(0.3413086, -0.6176758, 0.15588379, 0.016479492) * v0_3.x;
                s0_0 += HVEC4(-0.23071289, -0.6923828, -0.31298828, -0.26342773) * v0_3.y;
                s0_0 += HVEC4(0.2722168, 0.5864258, 0.3461914, 0.20263672) * v0_3.z;
                s0_0 += HVEC4(-0.3635254, -0.18859863, -0.3815918, 0.18371582) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.22277832, -0.0149383545, -0.15942383, -0.041503906) * v0_0.x;
                s0_1 += HVEC4(-0.100097656, 0.03753662, 0.13220215, 0.0071754456) * v0_0.y;
                s0_1 += HVEC4(0.44311523, 0.13061523, -0.06439209, -0.029937744) * v0_0.z;
                s0_1 += HVEC4(-0.37475586, -0.13671875, -0.008087158, 0.059387207) * v0_0.w;
                s0_1 += HVEC4(-0.34350586, -0.060668945, -0.17028809, 0.15917969) * v0_1.x;
                s0_1 += HVEC4(0.07470703, 0.12438965, -0.21447754, 0.08758545) * v0_1.y;
                s0_1 += HVEC4(0.017349243, 0.36743164, 0.34228516, 0.25317383) * v0_1.z;
                s0_1 += HVEC4(-0.19580078, 0.30908203, 0.27563477, -0.3046875) * v0_1.w;
                s0_1 += HVEC4(-0.099853516, -0.16687012, 0.06173706, -0.18103027) * v0_2.x;
                s0_1 += HVEC4(-0.07775879, -0.050476074, 0.0069084167, -0.027252197) * v0_2.y;
                s0_1 += HVEC4(0.100097656, 0.2770996, -0.36791992, -0.265625) * v0_2.z;
                s0_1 += HVEC4(0.015808105, 0.28466797, -0.26635742, 0.8964844) * v0_2.w;
                s0_1 += HVEC4(-0.1430664, -0.2783203, 0.16320801, -0.8564453) * v0_3.x;
                s0_1 += HVEC4(0.8261719, 0.16430664, 0.07305908, 0.091430664) * v0_3.y;
                s0_1 += HVEC4(-0.78808594, -0.07623291, -0.05142212, -0.4309082) * v0_3.z;
                s0_1 += HVEC4(0.48217773, -0.023254395, -0.092041016, -0.47680664) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.1899414, -0.076049805, -0.10961914, 0.0211792) * v0_0.x;
                s0_0 += HVEC4(-0.14465332, 0.19506836, -0.032684326, 0.034362793) * v0_0.y;
                s0_0 += HVEC4(-0.0925293, -0.10992432, 0.06713867, 0.11029053) * v0_0.z;
                s0_0 += HVEC4(0.1439209, 0.12072754, -0.0020561218, -0.105651855) * v0_0.w;
                s0_0 += HVEC4(0.06512451, 0.015136719, 0.07354736, -0.13256836) * v0_1.x;
                s0_0 += HVEC4(-0.11254883, 0.009681702, 0.07312012, -0.10461426) * v0_1.y;
                s0_0 += HVEC4(-0.062316895, -0.07122803, 0.012969971, 0.07019043) * v0_1.z;
                s0_0 += HVEC4(-0.08404541, -0.03213501, 0.074523926, -0.04525757) * v0_1.w;
                s0_0 += HVEC4(0.07885742, 0.00021541119, -0.12548828, 0.00031971931) * v0_2.x;
                s0_0 += HVEC4(0.040008545, 0.019439697, -0.07165527, 0.007926941) * v0_2.y;
                s0_0 += HVEC4(-0.09515381, 0.014572144, 0.14611816, -0.003929138) * v0_2.z;
                s0_0 += HVEC4(0.06933594, 0.22338867, 0.018692017, 0.039764404) * v0_2.w;
                s0_0 += HVEC4(-0.3371582, -0.07922363, -0.0803833, 0.023880005) * v0_3.x;
                s0_0 += HVEC4(-0.16809082, -0.055023193, -0.022705078, 0.112976074) * v0_3.y;
                s0_0 += HVEC4(0.25219727, 0.07824707, 0.018936157, -0.03527832) * v0_3.z;
                s0_0 += HVEC4(0.029754639, -0.57714844, 0.009414673, -0.22424316) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.08166504, -0.16784668, 0.12237549, 0.012863159) * v0_0.x;
                s0_1 += HVEC4(-0.31396484, -0.052093506, 0.26538086, -0.2290039) * v0_0.y;
                s0_1 += HVEC4(-0.062469482, -0.06738281, -0.14367676, 0.045410156) * v0_0.z;
                s0_1 += HVEC4(0.004142761, 0.09436035, 0.17895508, 0.064208984) * v0_0.w;
                s0_1 += HVEC4(-0.09503174, -0.23925781, -0.09741211, -0.06329346) * v0_1.x;
                s0_1 += HVEC4(0.12335205, 0.0892334, 0.14416504, 0.2175293) * v0_1.y;
                s0_1 += HVEC4(0.07562256, 0.15393066, 0.12414551, 0.109069824) * v0_1.z;
                s0_1 += HVEC4(-0.019699097, -0.21350098, -0.18237305, 0.13171387) * v0_1.w;
                s0_1 += HVEC4(-0.015609741, 0.025756836, 0.05404663, -0.024093628) * v0_2.x;
                s0_1 += HVEC4(-0.04385376, -0.087646484, -0.07647705, 0.07281494) * v0_2.y;
                s0_1 += HVEC4(0.032806396, 0.041503906, -0.08856201, 0.05303955) * v0_2.z;
                s0_1 += HVEC4(-0.019439697, 0.06347656, -0.085754395, -0.10119629) * v0_2.w;
                s0_1 += HVEC4(0.09008789, -0.08709717, -0.048797607, -0.092163086) * v0_3.x;
                s0_1 += HVEC4(-0.046844482, 0.036590576, -0.0140686035, -0.05227661) * v0_3.y;
                s0_1 += HVEC4(-0.14428711, -0.008872986, 0.04232788, -0.08862305) * v0_3.z;
                s0_1 += HVEC4(0.45288086, -0.1763916, -0.080078125, 0.074279785) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(-0.00039577484, -0.0030765533, 0.016204834, -0.013137817) * v0_0.x;
                s0_0 += HVEC4(-0.04650879, 0.04449463, 0.0501709, -0.032073975) * v0_0.y;
                s0_0 += HVEC4(-0.032592773, 0.0046691895, 0.09039307, 0.012054443) * v0_0.z;
                s0_0 += HVEC4(0.030914307, -0.004219055, -0.15270996, -0.03253174) * v0_0.w;
                s0_0 += HVEC4(0.006980896, 0.085510254, 0.013092041, -0.055664062) * v0_1.x;
                s0_0 += HVEC4(-0.03048706, 0.040130615, 0.005050659, -0.02545166) * v0_1.y;
                s0_0 += HVEC4(-0.050354004, -0.01071167, -0.010253906, 0.008338928) * v0_1.z;
                s0_0 += HVEC4(0.010360718, -0.07952881, 0.12597656, -0.044036865) * v0_1.w;
                s0_0 += HVEC4(0.038726807, 0.032806396, -0.048065186, -0.02243042) * v0_2.x;
                s0_0 += HVEC4(0.0029239655, -0.014015198, 0.07336426, 0.06793213) * v0_2.y;
                s0_0 += HVEC4(-0.6928711, -0.027770996, -0.5786133, -0.34155273) * v0_2.z;
                s0_0 += HVEC4(-0.018630981, -0.06842041, -0.014732361, 0.039367676) * v0_2.w;
                s0_0 += HVEC4(-0.033966064, 0.007270813, 0.10748291, -0.12359619) * v0_3.x;
                s0_0 += HVEC4(-0.09893799, -0.18261719, 0.1809082, 0.06652832) * v0_3.y;
                s0_0 += HVEC4(0.11663818, 0.070617676, -0.20153809, -0.074279785) * v0_3.z;
                s0_0 += HVEC4(0.04928589, 0.05770874, -0.023391724, 0.02633667) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.012870789, 0.01448822, 0.0018177032, 0.034606934) * v0_0.x;
                s0_1 += HVEC4(-0.10522461, -0.028427124, 0.06896973, -0.11816406) * v0_0.y;
                s0_1 += HVEC4(0.025650024, 0.044525146, 0.014701843, 0.022384644) * v0_0.z;
                s0_1 += HVEC4(0.05429077, -0.105651855, -0.08093262, -0.03540039) * v0_0.w;
                s0_1 += HVEC4(-0.094055176, 0.008323669, 0.017501831, -0.016693115) * v0_1.x;
                s0_1 += HVEC4(-0.026275635, -0.020202637, 0.017532349, -0.06707764) * v0_1.y;
                s0_1 += HVEC4(0.02420044, -0.028717041, 0.005744934, -0.040985107) * v0_1.z;
                s0_1 += HVEC4(-0.02407837, 0.060791016, 0.072387695, 0.15710449) * v0_1.w;
                s0_1 += HVEC4(-0.08917236, 0.018249512, -0.05645752, -0.03125) * v0_2.x;
                s0_1 += HVEC4(0.037353516, -0.010101318, -0.08758545, 0.008491516) * v0_2.y;
                s0_1 += HVEC4(-0.031555176, -0.41186523, -0.23840332, -1.1669922) * v0_2.z;
                s0_1 += HVEC4(0.13000488, -0.08178711, 0.006538391, -0.059143066) * v0_2.w;
                s0_1 += HVEC4(-0.1217041, 0.12683105, 0.105529785, 0.044921875) * v0_3.x;
                s0_1 += HVEC4(0.19140625, 0.04888916, 0.1673584, -0.06652832) * v0_3.y;
                s0_1 += HVEC4(-0.19750977, -0.041931152, -0.17297363, 0.15026855) * v0_3.z;
                s0_1 += HVEC4(0.07006836, 0.07318115, -0.07312012, 0.08886719) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.14587402, -0.13378906, 0.2310791, 0.04397583) * v0_0.x;
                s0_0 += HVEC4(0.13708496, 0.11328125, -0.26416016, -0.02935791) * v0_0.y;
                s0_0 += HVEC4(0.018463135, 0.06518555, 0.003490448, -0.0031757355) * v0_0.z;
                s0_0 += HVEC4(-0.22741699, 0.030395508, -0.32226562, -0.0023212433) * v0_0.w;
                s0_0 += HVEC4(0.1661377, -0.004627228, 0.1496582, 0.095458984) * v0_1.x;
                s0_0 += HVEC4(0.19299316, -0.08093262, 0.1149292, 0.040405273) * v0_1.y;
                s0_0 += HVEC4(0.008392334, 0.062927246, 0.066101074, -0.06707764) * v0_1.z;
                s0_0 += HVEC4(-0.053131104, -0.08520508, 0.0491333, -0.004650116) * v0_1.w;
                s0_0 += HVEC4(-0.11791992, 0.14672852, -0.2220459, -0.024429321) * v0_2.x;
                s0_0 += HVEC4(-0.05444336, 0.038391113, 0.038635254, -0.04876709) * v0_2.y;
                s0_0 += HVEC4(0.17163086, -0.05279541, -0.047210693, 0.1998291) * v0_2.z;
                s0_0 += HVEC4(0.08282471, 0.09301758, 0.008728027, 0.054382324) * v0_2.w;
                s0_0 += HVEC4(0.1842041, -0.22351074, 0.13049316, 0.0010766983) * v0_3.x;
                s0_0 += HVEC4(-0.07312012, -0.078430176, -0.17224121, -0.0018062592) * v0_3.y;
                s0_0 += HVEC4(0.1973877, 0.121276855, 0.17077637, 0.022644043) * v0_3.z;
                s0_0 += HVEC4(-0.05279541, -0.15783691, 0.23901367, 0.03439331) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.06335449, 0.074523926, 0.13439941, 0.26220703) * v0_0.x;
                s0_1 += HVEC4(-0.12792969, -0.12866211, -0.2130127, -0.19555664) * v0_0.y;
                s0_1 += HVEC4(0.048706055, -0.18493652, -0.14672852, 5.4955482e-05) * v0_0.z;
                s0_1 += HVEC4(0.038482666, 0.011871338, 0.019927979, -0.29785156) * v0_0.w;
                s0_1 += HVEC4(0.057891846, -0.01272583, -0.034057617, 0.1694336) * v0_1.x;
                s0_1 += HVEC4(-0.029678345, 0.12597656, 0.080200195, 0.06677246) * v0_1.y;
                s0_1 += HVEC4(-0.02458191, 0.06329346, -0.049560547, -0.1237793) * v0_1.z;
                s0_1 += HVEC4(-0.21069336, -0.14489746, 0.09649658, 0.14916992) * v0_1.w;
                s0_1 += HVEC4(0.18847656, -0.13269043, -0.18103027, -0.21582031) * v0_2.x;
                s0_1 += HVEC4(0.00995636, -0.063964844, 0.042297363, -0.060791016) * v0_2.y;
                s0_1 += HVEC4(0.095581055, 0.08178711, 0.0018196106, -0.014457703) * v0_2.z;
                s0_1 += HVEC4(-0.05609131, 0.14868164, -0.053619385, 0.1751709) * v0_2.w;
                s0_1 += HVEC4(0.04776001, 0.007068634, -0.0018568039, 0.08215332) * v0_3.x;
                s0_1 += HVEC4(0.02154541, -0.051452637, -0.15551758, 0.05203247) * v0_3.y;
                s0_1 += HVEC4(-0.052246094, 0.14440918, 0.18786621, 0.29711914) * v0_3.z;
                s0_1 += HVEC4(0.16235352, 0.121276855, 0.21948242, 0.171875) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.027191162, 0.051574707, -0.056152344, -0.012901306) * v0_0.x;
                s0_0 += HVEC4(-0.13342285, 0.17382812, -0.0149383545, -0.06286621) * v0_0.y;
                s0_0 += HVEC4(0.109802246, 0.028579712, -0.021759033, 0.023864746) * v0_0.z;
                s0_0 += HVEC4(-0.24230957, 0.050109863, 0.023651123, -0.039764404) * v0_0.w;
                s0_0 += HVEC4(0.11254883, -0.011756897, 0.03173828, 0.015426636) * v0_1.x;
                s0_0 += HVEC4(0.056365967, -0.037017822, 0.07989502, 0.013374329) * v0_1.y;
                s0_0 += HVEC4(0.020462036, -0.047973633, 0.06359863, 0.016357422) * v0_1.z;
                s0_0 += HVEC4(0.047729492, 0.0012407303, -0.10479736, -0.0072135925) * v0_1.w;
                s0_0 += HVEC4(-0.032409668, 0.013618469, -0.02368164, -0.039855957) * v0_2.x;
                s0_0 += HVEC4(0.07147217, 0.02798462, -0.016815186, -0.02520752) * v0_2.y;
                s0_0 += HVEC4(0.025177002, -0.03845215, -0.070739746, 0.018951416) * v0_2.z;
                s0_0 += HVEC4(0.2064209, -0.13928223, 0.041748047, -0.0181427) * v0_2.w;
                s0_0 += HVEC4(-0.089416504, 0.033111572, -0.018630981, 0.014205933) * v0_3.x;
                s0_0 += HVEC4(0.17822266, -0.09246826, 0.050231934, 0.027313232) * v0_3.y;
                s0_0 += HVEC4(-0.06829834, 0.059051514, 0.091796875, 0.009902954) * v0_3.z;
                s0_0 += HVEC4(-0.02029419, 0.04159546, -0.11871338, -0.032073975) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.03643799, -0.019348145, -0.078308105, -0.04876709) * v0_0.x;
                s0_1 += HVEC4(-0.05215454, -0.084106445, -0.027557373, -0.19067383) * v0_0.y;
                s0_1 += HVEC4(-0.027389526, -0.014404297, -0.011924744, -0.05911255) * v0_0.z;
                s0_1 += HVEC4(0.119628906, -0.0021743774, -0.117492676, -0.09869385) * v0_0.w;
                s0_1 += HVEC4(-0.05581665, -0.034362793, 0.03668213, 0.09295654) * v0_1.x;
                s0_1 += HVEC4(0.012145996, 0.040496826, 0.08203125, 0.05444336) * v0_1.y;
                s0_1 += HVEC4(0.035827637, 0.0076065063, 0.020874023, 0.07727051) * v0_1.z;
                s0_1 += HVEC4(-0.039855957, -0.007709503, -0.035369873, -0.16564941) * v0_1.w;
                s0_1 += HVEC4(0.06732178, -0.024337769, -0.04714966, 0.0038852692) * v0_2.x;
                s0_1 += HVEC4(-0.043151855, -0.031921387, 0.004512787, -0.03744507) * v0_2.y;
                s0_1 += HVEC4(0.0027656555, -0.03363037, 0.050842285, -0.054901123) * v0_2.z;
                s0_1 += HVEC4(-0.090270996, -0.030822754, 0.1817627, 0.23852539) * v0_2.w;
                s0_1 += HVEC4(0.15734863, 0.10290527, -0.00995636, -0.076049805) * v0_3.x;
                s0_1 += HVEC4(-0.17456055, -0.012573242, 0.16381836, 0.14196777) * v0_3.y;
                s0_1 += HVEC4(0.037353516, 0.09320068, -0.08843994, 0.107910156) * v0_3.z;
                s0_1 += HVEC4(0.015853882, -0.13122559, -0.11853027, -0.118896484) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            ivec2 c0 = min(p0, last);
            a0_0 += vec4(texelFetch(ArtCNN_C4F16_DS_L0_raw, c0 * ivec2(2, 2) + ivec2(0, 0), 0));
            a0_1 += vec4(texelFetch(ArtCNN_C4F16_DS_L0_raw, c0 * ivec2(2, 2) + ivec2(1, 0), 0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.011362012, 0.007443374, -0.00033980323, 0.0053856447);
            vec4 a0_3 = vec4(-0.005549405, -0.0015714564, 0.032160565, -0.007952935);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(0.117004395, -0.1026001, -0.3540039, 0.09118652) * v0_0.x;
                s0_2 += HVEC4(0.0105896, 0.005519867, -0.07330322, 0.002948761) * v0_0.y;
                s0_2 += HVEC4(0.0079422, -0.02784729, -0.043029785, 0.04989624) * v0_0.z;
                s0_2 += HVEC4(0.08557129, 0.015357971, -0.08258057, -0.013008118) * v0_0.w;
                s0_2 += HVEC4(-0.023895264, 0.014572144, 0.07281494, -0.031188965) * v0_1.x;
                s0_2 += HVEC4(0.12561035, 0.047210693, 0.13024902, 0.03527832) * v0_1.y;
                s0_2 += HVEC4(0.16467285, -0.08892822, 0.03161621, -0.04269409) * v0_1.z;
                s0_2 += HVEC4(-0.041656494, -0.03326416, 0.10913086, -0.0009069443) * v0_1.w;
                s0_2 += HVEC4(-0.019119263, 0.025787354, 0.0128479, -0.001411438) * v0_2.x;
                s0_2 += HVEC4(-0.024887085, 0.0020065308, 0.058654785, -0.007850647) * v0_2.y;
                s0_2 += HVEC4(0.08129883, -0.034606934, 0.3005371, 0.051330566) * v0_2.z;
                s0_2 += HVEC4(-0.18127441, -0.025558472, 0.20812988, -0.10058594) * v0_2.w;
                s0_2 += HVEC4(0.09844971, -0.054870605, 0.041381836, 0.055877686) * v0_3.x;
                s0_2 += HVEC4(0.07598877, -0.045837402, -0.04800415, 0.053527832) * v0_3.y;
                s0_2 += HVEC4(0.0027046204, 0.06011963, -0.035705566, 0.018554688) * v0_3.z;
                s0_2 += HVEC4(0.054016113, -0.006916046, 0.01689148, 0.036132812) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.01991272, 0.35351562, -0.21765137, 0.020431519) * v0_0.x;
                s0_3 += HVEC4(0.081970215, 0.011207581, -0.030090332, -0.055419922) * v0_0.y;
                s0_3 += HVEC4(0.085632324, -0.031585693, -0.058776855, 0.06335449) * v0_0.z;
                s0_3 += HVEC4(-0.0501709, -0.05456543, 0.07269287, 0.05899048) * v0_0.w;
                s0_3 += HVEC4(0.01007843, 0.004009247, -0.0016736984, -0.072509766) * v0_1.x;
                s0_3 += HVEC4(-0.018753052, 0.06652832, -0.0836792, 0.012367249) * v0_1.y;
                s0_3 += HVEC4(-0.10559082, -0.1138916, 0.0073623657, 0.15014648) * v0_1.z;
                s0_3 += HVEC4(0.032562256, 0.05429077, 0.041625977, 0.037353516) * v0_1.w;
                s0_3 += HVEC4(0.009346008, -0.028762817, 0.05206299, 0.0113220215) * v0_2.x;
                s0_3 += HVEC4(0.07397461, -0.07507324, -0.015686035, -0.07904053) * v0_2.y;
                s0_3 += HVEC4(-0.103271484, -0.072021484, -0.029785156, 0.27001953) * v0_2.z;
                s0_3 += HVEC4(0.039855957, 0.027435303, -0.0036010742, -0.10681152) * v0_2.w;
                s0_3 += HVEC4(-0.010734558, 0.0010080338, -0.06774902, 0.058654785) * v0_3.x;
                s0_3 += HVEC4(0.01398468, 0.072753906, -0.051635742, 0.12426758) * v0_3.y;
                s0_3 += HVEC4(-0.019622803, -0.052703857, 0.0892334, -0.03048706) * v0_3.z;
                s0_3 += HVEC4(-0.022415161, -0.06329346, 0.0036144257, 0.05883789) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.64746094, 0.38598633, -1.3339844, -0.4140625) * v0_0.x;
                s0_2 += HVEC4(-0.22558594, -0.020095825, 0.09240723, 0.014595032) * v0_0.y;
                s0_2 += HVEC4(-0.039916992, -0.016571045, -0.029037476, -0.04852295) * v0_0.z;
                s0_2 += HVEC4(0.028549194, -0.0025978088, 0.07623291, 0.09832764) * v0_0.w;
                s0_2 += HVEC4(0.11553955, -0.059783936, 0.025741577, 0.070129395) * v0_1.x;
                s0_2 += HVEC4(-0.26757812, 0.2692871, 0.062316895, -0.10699463) * v0_1.y;
                s0_2 += HVEC4(0.118774414, -0.12683105, -0.07940674, -0.27197266) * v0_1.z;
                s0_2 += HVEC4(0.09008789, -0.11975098, 0.013656616, -0.01687622) * v0_1.w;
                s0_2 += HVEC4(0.10040283, -0.10723877, -0.08728027, 0.05041504) * v0_2.x;
                s0_2 += HVEC4(-0.0848999, -0.04916382, 0.06689453, 0.06359863) * v0_2.y;
                s0_2 += HVEC4(-0.006702423, 0.084472656, 0.14099121, 0.0390625) * v0_2.z;
                s0_2 += HVEC4(0.0446167, -0.007926941, -0.2163086, 0.05545044) * v0_2.w;
                s0_2 += HVEC4(0.07720947, 0.04458618, 0.1817627, -0.047576904) * v0_3.x;
                s0_2 += HVEC4(0.023529053, 0.04333496, 0.00365448, -0.055603027) * v0_3.y;
                s0_2 += HVEC4(0.19934082, -0.056396484, 0.13195801, 0.08868408) * v0_3.z;
                s0_2 += HVEC4(0.10180664, 0.12054443, -0.10522461, 0.16821289) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.23791504, 0.88671875, -0.17211914, -0.0033912659) * v0_0.x;
                s0_3 += HVEC4(0.22155762, 0.23156738, -0.12963867, -0.067993164) * v0_0.y;
                s0_3 += HVEC4(0.042266846, 0.026779175, 0.09942627, 0.011001587) * v0_0.z;
                s0_3 += HVEC4(-0.24267578, -0.018447876, -0.15979004, 0.0014438629) * v0_0.w;
                s0_3 += HVEC4(0.13928223, -0.010665894, -0.06939697, -0.05831909) * v0_1.x;
                s0_3 += HVEC4(-0.5209961, 0.12841797, 0.07659912, 0.048950195) * v0_1.y;
                s0_3 += HVEC4(-0.21459961, 0.15771484, -0.009346008, 0.00035881996) * v0_1.z;
                s0_3 += HVEC4(0.390625, -0.07397461, -0.011146545, 0.0047798157) * v0_1.w;
                s0_3 += HVEC4(0.13964844, 0.007888794, -0.0770874, 0.088256836) * v0_2.x;
                s0_3 += HVEC4(0.08123779, -0.0793457, -0.055603027, 0.039886475) * v0_2.y;
                s0_3 += HVEC4(-0.13513184, 0.017852783, -0.05795288, 0.11956787) * v0_2.z;
                s0_3 += HVEC4(0.28198242, -0.21984863, -0.031707764, -0.018493652) * v0_2.w;
                s0_3 += HVEC4(0.06341553, 0.090026855, 0.0993042, 0.105041504) * v0_3.x;
                s0_3 += HVEC4(-0.11590576, -0.052124023, 0.012084961, 0.15917969) * v0_3.y;
                s0_3 += HVEC4(-0.0026874542, 0.039611816, 0.033081055, -0.03164673) * v0_3.z;
                s0_3 += HVEC4(-0.33935547, -0.08508301, -0.007522583, 0.03591919) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.49047852, 0.056427002, -0.5678711, -0.22375488) * v0_0.x;
                s0_2 += HVEC4(-0.40795898, 0.08251953, 0.15588379, 0.017150879) * v0_0.y;
                s0_2 += HVEC4(0.066467285, 0.046020508, -0.007247925, -0.009506226) * v0_0.z;
                s0_2 += HVEC4(-0.033843994, 0.000854969, 0.0003848076, -0.02017212) * v0_0.w;
                s0_2 += HVEC4(-0.16772461, -0.07678223, 0.008308411, 0.00035500526) * v0_1.x;
                s0_2 += HVEC4(-0.0385437, -0.024505615, 0.06500244, -0.045318604) * v0_1.y;
                s0_2 += HVEC4(0.22338867, 0.111206055, -0.030807495, -0.10864258) * v0_1.z;
                s0_2 += HVEC4(0.04046631, 0.027267456, -0.121398926, -0.020767212) * v0_1.w;
                s0_2 += HVEC4(0.024612427, 0.05307007, 0.09075928, -0.062805176) * v0_2.x;
                s0_2 += HVEC4(-0.024353027, -0.0725708, 0.059692383, 0.08331299) * v0_2.y;
                s0_2 += HVEC4(-0.029296875, -0.0021095276, -0.10784912, 0.014472961) * v0_2.z;
                s0_2 += HVEC4(-0.08660889, -0.028167725, -0.1038208, 0.05038452) * v0_2.w;
                s0_2 += HVEC4(-0.0026359558, -0.011665344, 0.075805664, -0.016082764) * v0_3.x;
                s0_2 += HVEC4(0.16821289, 0.06970215, -0.04067993, 0.022232056) * v0_3.y;
                s0_2 += HVEC4(0.014915466, -0.015197754, 0.08392334, -0.04727173) * v0_3.z;
                s0_2 += HVEC4(0.27539062, -0.10687256, -0.09893799, 0.13085938) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.17529297, 0.43408203, 0.2142334, -0.07489014) * v0_0.x;
                s0_3 += HVEC4(-0.20812988, 0.13781738, 0.05783081, -0.2211914) * v0_0.y;
                s0_3 += HVEC4(0.075927734, 0.06726074, -0.01713562, -0.032836914) * v0_0.z;
                s0_3 += HVEC4(-0.01802063, -0.0034923553, -0.005844116, 0.068725586) * v0_0.w;
                s0_3 += HVEC4(0.004131317, -0.038360596, -0.07104492, -0.001004219) * v0_1.x;
                s0_3 += HVEC4(-0.2956543, -0.08337402, -0.13671875, -0.14416504) * v0_1.y;
                s0_3 += HVEC4(-0.04397583, 0.00995636, -0.11004639, 0.19482422) * v0_1.z;
                s0_3 += HVEC4(0.024719238, -0.026016235, 0.06719971, -0.021499634) * v0_1.w;
                s0_3 += HVEC4(0.00762558, 0.07507324, 0.01586914, 0.04663086) * v0_2.x;
                s0_3 += HVEC4(-0.022399902, -0.04815674, 0.09301758, 0.04675293) * v0_2.y;
                s0_3 += HVEC4(0.061187744, -0.0014696121, 0.054138184, 0.0067749023) * v0_2.z;
                s0_3 += HVEC4(0.02418518, -0.045043945, 0.036254883, -0.03390503) * v0_2.w;
                s0_3 += HVEC4(-0.17285156, -0.021759033, -0.04458618, -0.116760254) * v0_3.x;
                s0_3 += HVEC4(0.048034668, 0.0769043, 0.05307007, 0.02041626) * v0_3.y;
                s0_3 += HVEC4(-0.100097656, -0.08392334, -0.1472168, -0.085876465) * v0_3.z;
                s0_3 += HVEC4(-0.23986816, -0.121398926, -0.046844482, 0.05255127) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.02418518, -0.034942627, 0.0385437, 0.037261963) * v0_0.x;
                s0_2 += HVEC4(-0.079956055, -0.016296387, 0.054595947, -0.041992188) * v0_0.y;
                s0_2 += HVEC4(0.08959961, 0.04638672, 0.0065956116, 0.020401001) * v0_0.z;
                s0_2 += HVEC4(-0.11621094, -0.028717041, -0.14379883, 0.043884277) * v0_0.w;
                s0_2 += HVEC4(-0.016235352, 0.05178833, 0.08746338, 0.12231445) * v0_1.x;
                s0_2 += HVEC4(0.12878418, 0.01322937, 0.15917969, 0.14819336) * v0_1.y;
                s0_2 += HVEC4(0.017822266, 0.0070533752, 0.019088745, -0.07244873) * v0_1.z;
                s0_2 += HVEC4(0.010688782, -0.07672119, -0.054016113, -0.01525116) * v0_1.w;
                s0_2 += HVEC4(0.022109985, -0.054016113, -0.11236572, -0.044555664) * v0_2.x;
                s0_2 += HVEC4(0.07824707, -0.028274536, -0.044525146, -0.042144775) * v0_2.y;
                s0_2 += HVEC4(0.062316895, -0.36328125, 0.51171875, -0.18933105) * v0_2.z;
                s0_2 += HVEC4(-0.08886719, -0.11273193, -0.1595459, -0.054595947) * v0_2.w;
                s0_2 += HVEC4(-0.027664185, -0.08673096, 0.3388672, -0.20410156) * v0_3.x;
                s0_2 += HVEC4(-0.08795166, -0.11187744, 0.13598633, -0.0982666) * v0_3.y;
                s0_2 += HVEC4(0.08666992, 0.020690918, -0.1015625, -0.011688232) * v0_3.z;
                s0_2 += HVEC4(-0.014511108, -0.017059326, -0.07409668, -0.031799316) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.017349243, 0.06707764, -0.047698975, 0.14318848) * v0_0.x;
                s0_3 += HVEC4(-0.028747559, 0.08691406, 0.024551392, -0.05886841) * v0_0.y;
                s0_3 += HVEC4(0.16052246, -0.33251953, 0.019317627, 0.047851562) * v0_0.z;
                s0_3 += HVEC4(-0.13671875, 0.23303223, -0.0107421875, 0.09484863) * v0_0.w;
                s0_3 += HVEC4(0.16748047, 0.08905029, 0.009986877, -0.034240723) * v0_1.x;
                s0_3 += HVEC4(-0.0690918, -0.036712646, -0.0256958, -0.011711121) * v0_1.y;
                s0_3 += HVEC4(-0.16479492, -0.29589844, 0.056610107, 0.09625244) * v0_1.z;
                s0_3 += HVEC4(0.049957275, -0.19909668, -0.007896423, 0.051330566) * v0_1.w;
                s0_3 += HVEC4(0.0104522705, 0.035614014, -0.002691269, -0.015556335) * v0_2.x;
                s0_3 += HVEC4(-0.07421875, -0.0048675537, -0.03314209, 0.0690918) * v0_2.y;
                s0_3 += HVEC4(-0.77685547, -0.45581055, 0.057891846, 0.3605957) * v0_2.z;
                s0_3 += HVEC4(-0.08673096, 0.112976074, -0.023635864, -0.0024719238) * v0_2.w;
                s0_3 += HVEC4(-0.17456055, 0.095458984, -0.008903503, -0.08001709) * v0_3.x;
                s0_3 += HVEC4(-0.2286377, 0.1739502, -0.14880371, -0.060302734) * v0_3.y;
                s0_3 += HVEC4(0.24230957, -0.06060791, 0.028198242, 0.0069999695) * v0_3.z;
                s0_3 += HVEC4(-0.06982422, -0.10491943, -0.03994751, 0.1451416) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.07128906, -0.12243652, -0.16479492, -0.13806152) * v0_0.x;
                s0_2 += HVEC4(-0.29370117, -0.13183594, -0.04562378, 0.20800781) * v0_0.y;
                s0_2 += HVEC4(0.37719727, -0.15820312, -0.2010498, -0.009780884) * v0_0.z;
                s0_2 += HVEC4(-0.53808594, 0.24145508, -0.0597229, 0.32836914) * v0_0.w;
                s0_2 += HVEC4(0.1381836, -0.111694336, 0.1138916, 0.008056641) * v0_1.x;
                s0_2 += HVEC4(-0.07562256, 0.11682129, 0.050750732, -0.14782715) * v0_1.y;
                s0_2 += HVEC4(-0.026031494, 0.12231445, -0.057434082, 0.047576904) * v0_1.z;
                s0_2 += HVEC4(0.42089844, -0.12780762, 0.23596191, -0.17468262) * v0_1.w;
                s0_2 += HVEC4(-0.08728027, 0.20031738, 0.16235352, -0.06506348) * v0_2.x;
                s0_2 += HVEC4(0.051727295, 0.026107788, 0.09069824, 0.07849121) * v0_2.y;
                s0_2 += HVEC4(-0.1685791, -0.083618164, -0.32739258, 0.28857422) * v0_2.z;
                s0_2 += HVEC4(0.64453125, 0.23413086, 0.07885742, -0.029052734) * v0_2.w;
                s0_2 += HVEC4(-0.4873047, -0.12487793, 0.18457031, -0.5283203) * v0_3.x;
                s0_2 += HVEC4(0.32885742, 0.13464355, 0.6401367, 0.052612305) * v0_3.y;
                s0_2 += HVEC4(-0.3293457, -0.14916992, -0.42260742, -0.30078125) * v0_3.z;
                s0_2 += HVEC4(-0.14575195, -0.052520752, -0.043762207, -0.23095703) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.121154785, -0.14440918, -0.26831055, -0.007003784) * v0_0.x;
                s0_3 += HVEC4(-0.09942627, 0.5830078, -0.03074646, -0.07623291) * v0_0.y;
                s0_3 += HVEC4(0.3544922, 0.15368652, -0.08526611, 0.23254395) * v0_0.z;
                s0_3 += HVEC4(-0.4177246, -0.15136719, 0.1373291, -0.14086914) * v0_0.w;
                s0_3 += HVEC4(0.59228516, -0.30273438, -0.12145996, 0.0134887695) * v0_1.x;
                s0_3 += HVEC4(-0.72216797, 0.16687012, -0.21350098, 0.09710693) * v0_1.y;
                s0_3 += HVEC4(-0.26733398, -0.09777832, 0.34057617, 0.0074653625) * v0_1.z;
                s0_3 += HVEC4(0.8095703, -0.18188477, 0.09680176, -0.054901123) * v0_1.w;
                s0_3 += HVEC4(-0.17492676, -0.06335449, 0.2232666, -0.052215576) * v0_2.x;
                s0_3 += HVEC4(-0.07745361, 0.016342163, 0.046081543, 0.039031982) * v0_2.y;
                s0_3 += HVEC4(0.22167969, -0.091308594, -0.2824707, 0.22875977) * v0_2.z;
                s0_3 += HVEC4(0.19909668, 0.3474121, -0.13122559, -0.028671265) * v0_2.w;
                s0_3 += HVEC4(-0.08728027, -0.2355957, -0.057617188, 0.113098145) * v0_3.x;
                s0_3 += HVEC4(-0.47045898, 0.7758789, -0.2939453, 0.14477539) * v0_3.y;
                s0_3 += HVEC4(0.41479492, -0.56689453, 0.33447266, -0.21264648) * v0_3.z;
                s0_3 += HVEC4(-0.00856781, -0.13439941, -0.056518555, 0.04260254) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.14868164, -0.015731812, -0.05117798, 0.009155273) * v0_0.x;
                s0_2 += HVEC4(-0.2614746, 0.01197052, -0.21276855, 0.07598877) * v0_0.y;
                s0_2 += HVEC4(-0.026489258, 0.06378174, 0.0014514923, -0.114868164) * v0_0.z;
                s0_2 += HVEC4(-0.062408447, -0.044525146, -0.03933716, 0.16833496) * v0_0.w;
                s0_2 += HVEC4(-0.11279297, -0.024627686, 0.05596924, -0.041168213) * v0_1.x;
                s0_2 += HVEC4(0.06744385, -0.048431396, -0.041656494, 0.027801514) * v0_1.y;
                s0_2 += HVEC4(-0.010894775, -0.034088135, -0.047790527, 0.024795532) * v0_1.z;
                s0_2 += HVEC4(-0.04840088, -0.0070533752, -0.042144775, 0.082336426) * v0_1.w;
                s0_2 += HVEC4(-0.10028076, -0.023529053, -0.14660645, 0.16796875) * v0_2.x;
                s0_2 += HVEC4(-0.02949524, 0.076538086, -0.083862305, -0.078125) * v0_2.y;
                s0_2 += HVEC4(0.070495605, 0.017059326, 0.023803711, 0.021499634) * v0_2.z;
                s0_2 += HVEC4(-0.08276367, -0.0869751, -0.06573486, -0.06695557) * v0_2.w;
                s0_2 += HVEC4(0.13659668, 0.07788086, 0.099365234, -0.062805176) * v0_3.x;
                s0_2 += HVEC4(0.11859131, 0.08526611, 0.22631836, -0.26708984) * v0_3.y;
                s0_2 += HVEC4(-0.048614502, -0.10089111, -0.16369629, -0.037231445) * v0_3.z;
                s0_2 += HVEC4(0.18457031, 0.05822754, -0.017913818, 0.03540039) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.1003418, 0.065979004, -0.008102417, 0.14160156) * v0_0.x;
                s0_3 += HVEC4(0.13964844, 0.39770508, 0.03515625, -0.20959473) * v0_0.y;
                s0_3 += HVEC4(0.1541748, 0.09277344, -0.13415527, 0.23205566) * v0_0.z;
                s0_3 += HVEC4(-0.26464844, -0.101623535, 0.17541504, -0.16564941) * v0_0.w;
                s0_3 += HVEC4(0.35864258, 0.07574463, 0.11816406, -0.19787598) * v0_1.x;
                s0_3 += HVEC4(0.022994995, 0.015625, 0.04660034, -0.24243164) * v0_1.y;
                s0_3 += HVEC4(-0.083862305, -0.03488159, -0.041748047, -0.048339844) * v0_1.z;
                s0_3 += HVEC4(0.27416992, 0.11669922, 0.08129883, 0.09991455) * v0_1.w;
                s0_3 += HVEC4(-0.08532715, -0.039215088, 0.047698975, 0.082336426) * v0_2.x;
                s0_3 += HVEC4(0.08728027, 0.023345947, -0.009880066, 0.037078857) * v0_2.y;
                s0_3 += HVEC4(-0.011489868, -0.010269165, -0.0050239563, -0.018096924) * v0_2.z;
                s0_3 += HVEC4(0.11767578, 0.0008239746, -0.14758301, -0.1303711) * v0_2.w;
                s0_3 += HVEC4(0.058776855, 0.09680176, 0.07720947, 0.03982544) * v0_3.x;
                s0_3 += HVEC4(-0.12854004, 0.10839844, -0.24194336, 0.09729004) * v0_3.y;
                s0_3 += HVEC4(0.25390625, 0.04486084, 0.15673828, -0.095947266) * v0_3.z;
                s0_3 += HVEC4(-0.07885742, -0.15197754, 0.2454834, 0.0070266724) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(0.010894775, -0.0010118484, -0.01739502, 0.008613586) * v0_0.x;
                s0_2 += HVEC4(-0.06274414, -0.00087070465, 0.06921387, -0.026489258) * v0_0.y;
                s0_2 += HVEC4(0.049224854, 0.008041382, 0.04711914, 0.11871338) * v0_0.z;
                s0_2 += HVEC4(-0.049194336, -0.061157227, -0.076049805, -0.14428711) * v0_0.w;
                s0_2 += HVEC4(-0.029632568, -0.0309906, 0.06561279, 0.052368164) * v0_1.x;
                s0_2 += HVEC4(0.0028133392, 0.009475708, 0.0078086853, 0.012481689) * v0_1.y;
                s0_2 += HVEC4(-0.024749756, 0.008628845, -0.010917664, 0.021331787) * v0_1.z;
                s0_2 += HVEC4(-0.004714966, -0.022872925, -0.007358551, -0.019195557) * v0_1.w;
                s0_2 += HVEC4(0.04333496, 0.019454956, 0.07635498, -0.013175964) * v0_2.x;
                s0_2 += HVEC4(0.023544312, -0.054138184, 0.002571106, 0.026062012) * v0_2.y;
                s0_2 += HVEC4(-0.014167786, -0.1706543, -0.03704834, 0.15930176) * v0_2.z;
                s0_2 += HVEC4(-0.010467529, -0.009643555, -0.08618164, 0.034088135) * v0_2.w;
                s0_2 += HVEC4(-0.019714355, -0.10723877, 0.0791626, 0.095581055) * v0_3.x;
                s0_2 += HVEC4(-0.010391235, -0.012130737, -0.10583496, 0.109069824) * v0_3.y;
                s0_2 += HVEC4(0.14562988, 0.078186035, 0.08154297, -0.024414062) * v0_3.z;
                s0_2 += HVEC4(0.10888672, -0.020767212, -0.020462036, 0.0082473755) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.015487671, 0.030410767, 0.021514893, -0.015991211) * v0_0.x;
                s0_3 += HVEC4(0.09716797, 0.083618164, -0.01977539, -0.060577393) * v0_0.y;
                s0_3 += HVEC4(0.13562012, 0.04626465, 0.038635254, -0.03186035) * v0_0.z;
                s0_3 += HVEC4(-0.14562988, -0.11193848, -0.06628418, 0.06088257) * v0_0.w;
                s0_3 += HVEC4(0.013252258, 0.041900635, 0.017303467, 0.0016956329) * v0_1.x;
                s0_3 += HVEC4(-0.0016899109, 0.029922485, -0.0146865845, -0.018920898) * v0_1.y;
                s0_3 += HVEC4(0.031799316, 0.023651123, -0.015838623, -0.017211914) * v0_1.z;
                s0_3 += HVEC4(0.118774414, 0.08935547, 0.045288086, -0.07727051) * v0_1.w;
                s0_3 += HVEC4(0.016784668, -0.05758667, 0.03933716, 0.026123047) * v0_2.x;
                s0_3 += HVEC4(0.02154541, -0.0357666, -0.052093506, -0.016098022) * v0_2.y;
                s0_3 += HVEC4(0.12023926, 0.28735352, -0.16882324, 0.06201172) * v0_2.z;
                s0_3 += HVEC4(0.048614502, 0.03668213, -0.049560547, 0.09082031) * v0_2.w;
                s0_3 += HVEC4(-0.07684326, 0.1307373, 0.06915283, -0.061676025) * v0_3.x;
                s0_3 += HVEC4(0.028869629, 0.18237305, -0.062164307, 0.012145996) * v0_3.y;
                s0_3 += HVEC4(0.0056266785, -0.41259766, 0.13122559, 0.02355957) * v0_3.z;
                s0_3 += HVEC4(-0.17260742, -0.114868164, 0.027740479, 0.10272217) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.08074951, 0.09454346, 0.07086182, -0.17150879) * v0_0.x;
                s0_2 += HVEC4(-0.13867188, -0.02519226, 0.05883789, -0.14831543) * v0_0.y;
                s0_2 += HVEC4(0.103759766, 0.066345215, -0.035339355, 0.09246826) * v0_0.z;
                s0_2 += HVEC4(-0.14440918, -0.12548828, -0.07470703, -0.10095215) * v0_0.w;
                s0_2 += HVEC4(-0.009147644, 0.050964355, 0.050567627, 0.026824951) * v0_1.x;
                s0_2 += HVEC4(-0.031402588, -0.0032958984, 0.09515381, 0.09136963) * v0_1.y;
                s0_2 += HVEC4(-0.037231445, -0.049682617, 0.085754395, -0.0075569153) * v0_1.z;
                s0_2 += HVEC4(0.057037354, 0.11450195, 0.09259033, -0.21801758) * v0_1.w;
                s0_2 += HVEC4(-0.0028648376, -0.021331787, -0.16052246, 0.11065674) * v0_2.x;
                s0_2 += HVEC4(-0.054656982, 0.08129883, -0.038848877, 0.040924072) * v0_2.y;
                s0_2 += HVEC4(-0.1463623, -0.030548096, 0.0569458, -0.19470215) * v0_2.z;
                s0_2 += HVEC4(-0.1550293, -0.13391113, 0.015716553, -0.018829346) * v0_2.w;
                s0_2 += HVEC4(0.1361084, 0.14477539, 0.16662598, -0.19091797) * v0_3.x;
                s0_2 += HVEC4(0.115356445, -0.02558899, -0.15112305, 0.062286377) * v0_3.y;
                s0_2 += HVEC4(-0.056549072, -0.031066895, -0.0024929047, -0.024246216) * v0_3.z;
                s0_2 += HVEC4(0.17370605, 0.1574707, -0.065979004, 0.2902832) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.013122559, -0.04248047, -0.0017156601, -0.014656067) * v0_0.x;
                s0_3 += HVEC4(0.08099365, 0.1541748, 0.032806396, 0.028335571) * v0_0.y;
                s0_3 += HVEC4(0.15185547, -0.12536621, -0.11517334, 0.14404297) * v0_0.z;
                s0_3 += HVEC4(0.017944336, 0.18103027, 0.12915039, -0.083496094) * v0_0.w;
                s0_3 += HVEC4(0.13891602, -0.025024414, -0.10699463, 0.11383057) * v0_1.x;
                s0_3 += HVEC4(-0.3461914, -0.12658691, -0.04067993, 0.07458496) * v0_1.y;
                s0_3 += HVEC4(-0.06665039, 0.13903809, 0.024429321, -0.07739258) * v0_1.z;
                s0_3 += HVEC4(0.58740234, 0.062164307, 0.08392334, -0.055786133) * v0_1.w;
                s0_3 += HVEC4(0.00819397, 0.0018033981, -0.057373047, 0.03152466) * v0_2.x;
                s0_3 += HVEC4(-0.030761719, -0.080444336, -0.070739746, -0.054382324) * v0_2.y;
                s0_3 += HVEC4(-0.018432617, -0.062072754, 0.020385742, 0.38354492) * v0_2.z;
                s0_3 += HVEC4(-0.26538086, -0.066345215, 0.002117157, 0.14001465) * v0_2.w;
                s0_3 += HVEC4(-0.010986328, -0.05718994, 0.00579834, 0.039093018) * v0_3.x;
                s0_3 += HVEC4(-0.15039062, -0.028900146, -0.012306213, 0.15600586) * v0_3.y;
                s0_3 += HVEC4(0.05206299, -0.045013428, 0.070373535, -0.09509277) * v0_3.z;
                s0_3 += HVEC4(0.058624268, -0.20373535, -0.0048103333, -0.07147217) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.020553589, -0.01953125, -0.08093262, 0.04019165) * v0_0.x;
                s0_2 += HVEC4(-0.15588379, -0.048309326, 0.13586426, -0.12414551) * v0_0.y;
                s0_2 += HVEC4(-0.07714844, 0.032684326, -0.029312134, -0.09057617) * v0_0.z;
                s0_2 += HVEC4(0.080322266, -0.03286743, 0.059906006, 0.14978027) * v0_0.w;
                s0_2 += HVEC4(0.019943237, 0.030014038, 0.0058288574, -0.08874512) * v0_1.x;
                s0_2 += HVEC4(-0.0050621033, -0.03326416, 0.01499176, 0.0096588135) * v0_1.y;
                s0_2 += HVEC4(0.057861328, 0.011512756, 0.04144287, 0.010475159) * v0_1.z;
                s0_2 += HVEC4(-0.019317627, 0.057281494, -0.032073975, -0.046844482) * v0_1.w;
                s0_2 += HVEC4(0.041137695, -0.00066947937, -0.052947998, 0.04940796) * v0_2.x;
                s0_2 += HVEC4(0.07940674, -0.018173218, 0.039154053, -0.05343628) * v0_2.y;
                s0_2 += HVEC4(-0.019317627, 0.011413574, -0.0015068054, 0.0073394775) * v0_2.z;
                s0_2 += HVEC4(0.006462097, 0.029006958, 0.030929565, -0.16845703) * v0_2.w;
                s0_2 += HVEC4(-0.011192322, -0.039276123, -0.025772095, 0.24768066) * v0_3.x;
                s0_2 += HVEC4(-0.025466919, 0.037506104, 0.08734131, -0.22949219) * v0_3.y;
                s0_2 += HVEC4(0.043029785, -0.0335083, -0.054748535, 0.14685059) * v0_3.z;
                s0_2 += HVEC4(0.021713257, 0.021087646, -0.12841797, 0.005004883) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.02607727, -0.036621094, 0.00491333, -0.020339966) * v0_0.x;
                s0_3 += HVEC4(0.1472168, 0.26245117, -0.0552063, -0.056884766) * v0_0.y;
                s0_3 += HVEC4(0.044555664, -0.009147644, -0.012420654, 0.08129883) * v0_0.z;
                s0_3 += HVEC4(-0.02494812, 0.010070801, -0.04559326, -0.10095215) * v0_0.w;
                s0_3 += HVEC4(0.059936523, 0.034332275, 0.008178711, 0.033050537) * v0_1.x;
                s0_3 += HVEC4(-0.0046195984, 0.040893555, 0.014755249, 0.025344849) * v0_1.y;
                s0_3 += HVEC4(-0.08380127, 0.0026130676, -0.027236938, 0.028961182) * v0_1.z;
                s0_3 += HVEC4(-0.054229736, -0.03451538, -0.018615723, 0.030761719) * v0_1.w;
                s0_3 += HVEC4(-0.02973938, -0.037017822, 0.009346008, -0.014839172) * v0_2.x;
                s0_3 += HVEC4(-0.04147339, -0.0715332, -0.057006836, 0.09527588) * v0_2.y;
                s0_3 += HVEC4(-0.025238037, 0.0054855347, -0.007080078, 0.08166504) * v0_2.z;
                s0_3 += HVEC4(0.0385437, 0.08105469, 0.07598877, 0.0713501) * v0_2.w;
                s0_3 += HVEC4(-0.19311523, -0.13513184, -0.044708252, 0.08758545) * v0_3.x;
                s0_3 += HVEC4(0.042297363, 0.12780762, 0.02381897, 0.1430664) * v0_3.y;
                s0_3 += HVEC4(-0.12561035, -0.13012695, -0.015563965, -0.11517334) * v0_3.z;
                s0_3 += HVEC4(0.13391113, -0.012107849, 0.021560669, -0.1451416) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            ivec2 c0 = min(p0, last);
            a0_2 += vec4(texelFetch(ArtCNN_C4F16_DS_L0_raw, c0 * ivec2(2, 2) + ivec2(0, 1), 0));
            a0_3 += vec4(texelFetch(ArtCNN_C4F16_DS_L0_raw, c0 * ivec2(2, 2) + ivec2(1, 1), 0));
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

//!DESC ArtCNN_C4F16_DS compute conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L5
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
        vec4 x0 = texelFetch(ArtCNN_C4F16_DS_L5_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F16_DS_L5_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 100] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F16_DS_L5_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 200] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F16_DS_L5_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 300] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 10 + local.x;
    vec4 a0_0 = vec4(0.07464532, 0.07390118, 0.07932574, 0.07740004);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 100));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 200));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 300));
        HVEC4 s0_0 = HVEC4(-0.107421875, -0.061462402, -0.040100098, -0.045959473) * v0_0.x;
        s0_0 += HVEC4(0.027618408, 0.017456055, 0.014480591, 0.0012693405) * v0_0.y;
        s0_0 += HVEC4(-0.06149292, -0.03225708, -0.04888916, -0.02192688) * v0_0.z;
        s0_0 += HVEC4(0.14782715, 0.10021973, 0.07366943, 0.08203125) * v0_0.w;
        s0_0 += HVEC4(-0.08325195, -0.017364502, -0.036743164, -0.04623413) * v0_1.x;
        s0_0 += HVEC4(-0.07171631, -0.119262695, -0.022262573, -0.026992798) * v0_1.y;
        s0_0 += HVEC4(-0.026657104, 0.036987305, 0.038116455, 0.0029640198) * v0_1.z;
        s0_0 += HVEC4(0.08972168, 0.11920166, 0.031707764, 0.036102295) * v0_1.w;
        s0_0 += HVEC4(0.021636963, 0.035888672, 0.016662598, 0.036590576) * v0_2.x;
        s0_0 += HVEC4(-0.16625977, -0.09979248, -0.039093018, -0.040161133) * v0_2.y;
        s0_0 += HVEC4(0.02468872, 0.085632324, 0.0034770966, 0.013374329) * v0_2.z;
        s0_0 += HVEC4(0.15881348, -0.00080776215, 0.0038051605, 0.0256958) * v0_2.w;
        s0_0 += HVEC4(-0.056640625, -0.014633179, -0.039215088, -0.02394104) * v0_3.x;
        s0_0 += HVEC4(0.0071983337, 0.0062713623, 0.0345459, 0.008483887) * v0_3.y;
        s0_0 += HVEC4(0.023117065, 0.01675415, 0.018814087, 0.008262634) * v0_3.z;
        s0_0 += HVEC4(-0.11248779, -0.088012695, -0.053497314, -0.059570312) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 101));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 201));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 301));
        HVEC4 s0_0 = HVEC4(-0.21704102, -0.28027344, -0.035888672, -0.022003174) * v0_0.x;
        s0_0 += HVEC4(0.015113831, 0.032104492, -0.063964844, 0.020965576) * v0_0.y;
        s0_0 += HVEC4(-0.19677734, -0.28710938, 8.648634e-05, -0.016815186) * v0_0.z;
        s0_0 += HVEC4(0.024642944, 0.12805176, 0.05770874, 0.0093307495) * v0_0.w;
        s0_0 += HVEC4(0.022277832, -0.15307617, -0.15686035, -0.057250977) * v0_1.x;
        s0_0 += HVEC4(0.24169922, 0.27563477, 0.25756836, 0.15148926) * v0_1.y;
        s0_0 += HVEC4(0.058441162, -0.05517578, 0.04119873, 0.058502197) * v0_1.z;
        s0_0 += HVEC4(-0.037384033, -0.14672852, 0.005847931, 0.014320374) * v0_1.w;
        s0_0 += HVEC4(-0.15563965, -0.053710938, -0.0074272156, -0.034057617) * v0_2.x;
        s0_0 += HVEC4(-0.17370605, -0.10760498, 0.003572464, 0.006542206) * v0_2.y;
        s0_0 += HVEC4(0.003566742, -0.15930176, -0.012130737, -0.0095825195) * v0_2.z;
        s0_0 += HVEC4(-0.17907715, 0.06640625, -0.071777344, -0.13500977) * v0_2.w;
        s0_0 += HVEC4(-0.048095703, -0.083740234, -0.0071525574, -0.005329132) * v0_3.x;
        s0_0 += HVEC4(0.025817871, 0.035308838, -0.050750732, -0.020355225) * v0_3.y;
        s0_0 += HVEC4(-0.018630981, -0.046813965, -0.045410156, -0.032043457) * v0_3.z;
        s0_0 += HVEC4(-0.07165527, -0.08947754, 0.016799927, 0.010681152) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 102));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 202));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 302));
        HVEC4 s0_0 = HVEC4(-0.026733398, -0.07318115, -0.022979736, -0.067993164) * v0_0.x;
        s0_0 += HVEC4(-0.14038086, -0.1340332, -0.112854004, -0.1463623) * v0_0.y;
        s0_0 += HVEC4(-0.07183838, 0.0023345947, -0.055755615, 0.028457642) * v0_0.z;
        s0_0 += HVEC4(0.088134766, 0.046691895, 0.05822754, 0.033355713) * v0_0.w;
        s0_0 += HVEC4(-0.09234619, 0.025634766, -0.04071045, -0.034973145) * v0_1.x;
        s0_0 += HVEC4(0.037322998, 0.17700195, 0.050048828, 0.1986084) * v0_1.y;
        s0_0 += HVEC4(-0.026123047, 0.09100342, -0.0068626404, 0.069885254) * v0_1.z;
        s0_0 += HVEC4(0.0037994385, -0.085998535, 0.0034046173, -0.03717041) * v0_1.w;
        s0_0 += HVEC4(-0.024368286, -0.1194458, -0.042388916, -0.09399414) * v0_2.x;
        s0_0 += HVEC4(-0.0020256042, 0.008834839, -0.022476196, -0.00793457) * v0_2.y;
        s0_0 += HVEC4(0.057769775, 0.06317139, 0.06201172, 0.051574707) * v0_2.z;
        s0_0 += HVEC4(0.00020825863, 0.053771973, 0.012367249, 0.04321289) * v0_2.w;
        s0_0 += HVEC4(0.026184082, 0.066223145, 0.018493652, 0.05847168) * v0_3.x;
        s0_0 += HVEC4(-0.16235352, 0.02760315, -0.08166504, -0.022720337) * v0_3.y;
        s0_0 += HVEC4(0.034729004, 0.06378174, 0.0335083, 0.048797607) * v0_3.z;
        s0_0 += HVEC4(-0.087890625, -0.08721924, -0.052246094, -0.052764893) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 10));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 110));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 210));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 310));
        HVEC4 s0_0 = HVEC4(0.22363281, -0.023895264, 0.02986145, 0.055480957) * v0_0.x;
        s0_0 += HVEC4(0.04647827, -0.036956787, 0.26538086, 0.02255249) * v0_0.y;
        s0_0 += HVEC4(0.02949524, 0.017181396, 0.1184082, -0.017654419) * v0_0.z;
        s0_0 += HVEC4(0.16625977, 0.11175537, 0.15454102, 0.11102295) * v0_0.w;
        s0_0 += HVEC4(0.006324768, -0.064941406, 0.09313965, -0.027618408) * v0_1.x;
        s0_0 += HVEC4(-0.27441406, -0.18640137, -0.2980957, -0.2980957) * v0_1.y;
        s0_0 += HVEC4(0.11798096, 0.028579712, -0.026535034, 0.077941895) * v0_1.z;
        s0_0 += HVEC4(-0.005142212, 0.08911133, 0.15722656, 0.13781738) * v0_1.w;
        s0_0 += HVEC4(0.021820068, 0.06137085, 0.030334473, 0.073913574) * v0_2.x;
        s0_0 += HVEC4(-0.24926758, -0.0914917, -0.33862305, -0.111328125) * v0_2.y;
        s0_0 += HVEC4(0.037139893, 0.10229492, 0.05029297, 0.15771484) * v0_2.z;
        s0_0 += HVEC4(0.13012695, 0.024765015, 0.14367676, -0.027267456) * v0_2.w;
        s0_0 += HVEC4(-0.057037354, -0.07531738, 0.050872803, -0.028961182) * v0_3.x;
        s0_0 += HVEC4(-0.039276123, 0.023513794, -0.07891846, 0.053894043) * v0_3.y;
        s0_0 += HVEC4(0.04901123, -0.03643799, 0.016189575, 0.02684021) * v0_3.z;
        s0_0 += HVEC4(-0.061035156, -0.004917145, -0.09851074, 0.030136108) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 11));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 111));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 211));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 311));
        HVEC4 s0_0 = HVEC4(0.09094238, 0.28051758, -0.06451416, -0.11529541) * v0_0.x;
        s0_0 += HVEC4(-0.22851562, 0.1315918, -0.19714355, 0.35058594) * v0_0.y;
        s0_0 += HVEC4(-0.082214355, 0.10473633, -0.025238037, -0.028640747) * v0_0.z;
        s0_0 += HVEC4(0.19335938, 0.19140625, 0.14294434, 0.22351074) * v0_0.w;
        s0_0 += HVEC4(0.19934082, 0.020553589, 0.22375488, 0.04840088) * v0_1.x;
        s0_0 += HVEC4(0.12036133, 0.12261963, -0.14697266, 0.049194336) * v0_1.y;
        s0_0 += HVEC4(-0.0826416, 0.0010080338, -0.080322266, -0.10571289) * v0_1.z;
        s0_0 += HVEC4(0.10473633, -0.1463623, -0.13781738, -0.010215759) * v0_1.w;
        s0_0 += HVEC4(-0.05697632, -0.22058105, -0.31152344, -0.25048828) * v0_2.x;
        s0_0 += HVEC4(-0.34960938, -0.30786133, -0.16723633, -0.13500977) * v0_2.y;
        s0_0 += HVEC4(0.03125, -0.14367676, -0.07952881, -0.26757812) * v0_2.z;
        s0_0 += HVEC4(-0.007221222, -0.124572754, -0.0069389343, 0.07116699) * v0_2.w;
        s0_0 += HVEC4(0.24560547, 0.30126953, -0.23071289, -0.060821533) * v0_3.x;
        s0_0 += HVEC4(0.14904785, -0.28125, 0.17077637, -0.13635254) * v0_3.y;
        s0_0 += HVEC4(-0.47216797, -0.36791992, -0.39331055, -0.3564453) * v0_3.z;
        s0_0 += HVEC4(0.3413086, 0.30859375, 0.33276367, 0.26782227) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 12));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 112));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 212));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 312));
        HVEC4 s0_0 = HVEC4(0.016555786, 0.113464355, 0.055267334, 0.0446167) * v0_0.x;
        s0_0 += HVEC4(0.045928955, -0.088378906, 0.034301758, -0.13134766) * v0_0.y;
        s0_0 += HVEC4(0.028167725, 0.0011749268, 0.0076446533, 0.15014648) * v0_0.z;
        s0_0 += HVEC4(0.15209961, 0.17651367, 0.14111328, 0.21191406) * v0_0.w;
        s0_0 += HVEC4(0.062927246, 0.13671875, 0.016082764, 0.06567383) * v0_1.x;
        s0_0 += HVEC4(-0.04168701, 0.011779785, -0.078125, -0.11810303) * v0_1.y;
        s0_0 += HVEC4(0.012786865, -0.11187744, 0.014099121, 0.03994751) * v0_1.z;
        s0_0 += HVEC4(0.03314209, 0.054107666, 0.020141602, -0.04055786) * v0_1.w;
        s0_0 += HVEC4(-0.11743164, -0.034210205, -0.06628418, -0.042175293) * v0_2.x;
        s0_0 += HVEC4(0.37060547, 0.00014173985, 0.38110352, 0.081604004) * v0_2.y;
        s0_0 += HVEC4(-0.09295654, -0.12731934, -0.055786133, -0.1274414) * v0_2.z;
        s0_0 += HVEC4(-0.04714966, -0.05407715, -0.0003681183, 0.034240723) * v0_2.w;
        s0_0 += HVEC4(-0.0008158684, -0.025665283, 0.036224365, -0.04421997) * v0_3.x;
        s0_0 += HVEC4(-0.035064697, 0.19006348, -0.115234375, 0.09051514) * v0_3.y;
        s0_0 += HVEC4(0.008506775, -0.03744507, -0.021469116, -0.035217285) * v0_3.z;
        s0_0 += HVEC4(-0.099487305, -0.10974121, -0.09863281, -0.124816895) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 20));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 120));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 220));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 320));
        HVEC4 s0_0 = HVEC4(-0.007411957, 0.008491516, 0.037963867, 0.024154663) * v0_0.x;
        s0_0 += HVEC4(-0.021835327, -0.015335083, -0.062316895, -0.023025513) * v0_0.y;
        s0_0 += HVEC4(0.059906006, 0.02558899, 0.09490967, 0.048461914) * v0_0.z;
        s0_0 += HVEC4(0.0982666, 0.034698486, 0.17736816, 0.008514404) * v0_0.w;
        s0_0 += HVEC4(-0.012245178, -0.006752014, -0.040374756, 0.023712158) * v0_1.x;
        s0_0 += HVEC4(-0.12036133, -0.07751465, -0.19128418, -0.099121094) * v0_1.y;
        s0_0 += HVEC4(0.0010671616, -0.00021266937, -0.029541016, -0.004623413) * v0_1.z;
        s0_0 += HVEC4(-0.026626587, -0.0022411346, -0.054901123, -0.012779236) * v0_1.w;
        s0_0 += HVEC4(0.030303955, 0.014846802, 0.07086182, 0.0109939575) * v0_2.x;
        s0_0 += HVEC4(-0.10632324, -0.03475952, -0.15405273, -0.012245178) * v0_2.y;
        s0_0 += HVEC4(0.01852417, 0.018249512, 0.03024292, 0.053100586) * v0_2.z;
        s0_0 += HVEC4(-0.012794495, 0.0031852722, 0.0064468384, 0.0013446808) * v0_2.w;
        s0_0 += HVEC4(-0.035705566, -0.019104004, -0.05947876, -0.022140503) * v0_3.x;
        s0_0 += HVEC4(-0.010612488, 0.010299683, 0.015853882, 0.0015583038) * v0_3.y;
        s0_0 += HVEC4(0.12597656, 0.05596924, 0.19335938, 0.051239014) * v0_3.z;
        s0_0 += HVEC4(-0.027282715, 0.007259369, -0.048034668, 0.011993408) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 21));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 121));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 221));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 321));
        HVEC4 s0_0 = HVEC4(-0.041107178, -0.070739746, 0.122558594, 0.08630371) * v0_0.x;
        s0_0 += HVEC4(0.017471313, -0.010047913, 0.0357666, -0.08087158) * v0_0.y;
        s0_0 += HVEC4(0.04107666, 0.027435303, -0.11651611, 0.07659912) * v0_0.z;
        s0_0 += HVEC4(0.043304443, 0.0670166, 0.06756592, 0.17175293) * v0_0.w;
        s0_0 += HVEC4(0.0052375793, 0.06512451, 0.09100342, -0.039794922) * v0_1.x;
        s0_0 += HVEC4(0.0018424988, -0.040252686, 0.17028809, 0.07727051) * v0_1.y;
        s0_0 += HVEC4(-0.031433105, -0.001241684, 0.020187378, -0.074279785) * v0_1.z;
        s0_0 += HVEC4(-0.021972656, -0.016860962, -0.042114258, -0.1538086) * v0_1.w;
        s0_0 += HVEC4(-0.014160156, -0.035339355, 0.13146973, -0.00026345253) * v0_2.x;
        s0_0 += HVEC4(0.047729492, 0.0071792603, -0.14685059, -0.1348877) * v0_2.y;
        s0_0 += HVEC4(0.017242432, 0.07513428, 0.07098389, -0.11633301) * v0_2.z;
        s0_0 += HVEC4(-0.004776001, -0.05718994, -0.020324707, -0.06384277) * v0_2.w;
        s0_0 += HVEC4(0.011924744, -0.015144348, 0.14135742, 0.078552246) * v0_3.x;
        s0_0 += HVEC4(0.017166138, -0.028076172, 0.0027999878, -0.12084961) * v0_3.y;
        s0_0 += HVEC4(0.16699219, 0.17700195, -0.05709839, 0.05532837) * v0_3.z;
        s0_0 += HVEC4(0.13903809, 0.05822754, 0.09881592, -0.007194519) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 22));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 122));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 222));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 322));
        HVEC4 s0_0 = HVEC4(-0.017196655, -0.01133728, -0.014160156, 0.0670166) * v0_0.x;
        s0_0 += HVEC4(0.089904785, 0.06970215, 0.107543945, 0.010131836) * v0_0.y;
        s0_0 += HVEC4(-0.0051574707, 0.005680084, -0.025665283, -0.1149292) * v0_0.z;
        s0_0 += HVEC4(0.062438965, 0.1159668, 0.07324219, 0.10699463) * v0_0.w;
        s0_0 += HVEC4(0.026885986, -0.0138549805, 0.0440979, 0.03427124) * v0_1.x;
        s0_0 += HVEC4(0.003162384, -0.003665924, 0.03817749, 0.11071777) * v0_1.y;
        s0_0 += HVEC4(0.049224854, 0.00043606758, 0.047698975, -0.13049316) * v0_1.z;
        s0_0 += HVEC4(-0.0010547638, -0.009559631, 0.015014648, 0.048828125) * v0_1.w;
        s0_0 += HVEC4(0.01083374, 0.03656006, 0.013763428, -0.008239746) * v0_2.x;
        s0_0 += HVEC4(0.10064697, 0.12054443, 0.12963867, 0.078063965) * v0_2.y;
        s0_0 += HVEC4(0.017028809, 0.02607727, -0.004508972, 0.07281494) * v0_2.z;
        s0_0 += HVEC4(-0.0049705505, 0.04006958, -0.0058174133, 0.062316895) * v0_2.w;
        s0_0 += HVEC4(-0.030456543, -0.025466919, -0.027786255, -0.0137786865) * v0_3.x;
        s0_0 += HVEC4(0.018493652, 0.03439331, 0.062683105, 0.15307617) * v0_3.y;
        s0_0 += HVEC4(0.10284424, 0.15344238, 0.09710693, 0.11303711) * v0_3.z;
        s0_0 += HVEC4(-0.020812988, 0.007987976, -0.035736084, -0.03274536) * v0_3.w;
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
