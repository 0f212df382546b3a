// ArtCNN_C4F16_DS: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F16_DS: C4F16 trained to denoise and sharpen
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DS variant=tensor precision=fp16
// Weights: ArtCNN_C4F16_DS.keras
// 7 passes, hooked on LUMA; output: luma at 2x width and height.
// Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN
// shaders); otherwise mpv's own scaler is used.
// Tensor variant: the compute variant with its middle layers on tensor cores
// (GL_NV_cooperative_matrix: float16 products, float sums). Runs only on NVIDIA GPUs (Turing or
// later) in libplacebo on Vulkan (mpv --vo=gpu-next --gpu-api=vulkan); a compute file elsewhere.
// Arithmetic in float16 where the compiler knows GL_EXT_shader_explicit_arithmetic_types_float16
// (libplacebo on Vulkan and D3D11), float elsewhere (OpenGL); each phase's float16 sums are added
// to float accumulators, and pass outputs are stored as rgba16f by mpv/libplacebo.
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

//!DESC ArtCNN_C4F16_DS tensor conv2d
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_1
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L0
//!BIND ArtCNN_C4F16_DS_T1
//!SAVE ArtCNN_C4F16_DS_L1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

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
// A workgroup computes 16x8 pixels (8 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (1 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 24 and 24 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[4320];
shared HFLOAT ws[3456];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 24 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[1536];
shared float bm[256];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 64);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 8 tile(s).
    // Weights: texel (tap * 4 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 64) * 16 + (k0 / 4) % 16) * 24 + 4 * (k0 % 4);
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T1, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T1, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T1, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T1, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T1, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
    ws[o0] = HFLOAT(w0.x);
    ws[o0 + 1] = HFLOAT(w0.y);
    ws[o0 + 2] = HFLOAT(w0.z);
    ws[o0 + 3] = HFLOAT(w0.w);
    ws[o1] = HFLOAT(w1.x);
    ws[o1 + 1] = HFLOAT(w1.y);
    ws[o1 + 2] = HFLOAT(w1.z);
    ws[o1 + 3] = HFLOAT(w1.w);
    ws[o2] = HFLOAT(w2.x);
    ws[o2 + 1] = HFLOAT(w2.y);
    ws[o2 + 2] = HFLOAT(w2.z);
    ws[o2 + 3] = HFLOAT(w2.w);
    ws[o3] = HFLOAT(w3.x);
    ws[o3 + 1] = HFLOAT(w3.y);
    ws[o3 + 2] = HFLOAT(w3.z);
    ws[o3 + 3] = HFLOAT(w3.w);
    ws[o4] = HFLOAT(w4.x);
    ws[o4 + 1] = HFLOAT(w4.y);
    ws[o4 + 2] = HFLOAT(w4.z);
    ws[o4 + 3] = HFLOAT(w4.w);
    const float bias[16] = float[16](0.022494009, 0.010688241, 0.113071755, 0.014310682, 0.04352711, -0.0103872325, -0.012488284, 0.011180832, 0.010249187, 0.024268746, 0.006529056, 0.013672046, 0.0028431015, -0.004790311, -0.0061660665, -0.03548562);
    for (int i = thread; i < 256; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    // Each tap's weight matrix stays in registers for every tile (loaded from shared memory once).
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w0_0_0;
    coopMatLoadNV(w0_0_0, ws, 0u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w1_0_0;
    coopMatLoadNV(w1_0_0, ws, 384u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w2_0_0;
    coopMatLoadNV(w2_0_0, ws, 768u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w3_0_0;
    coopMatLoadNV(w3_0_0, ws, 1152u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w4_0_0;
    coopMatLoadNV(w4_0_0, ws, 1536u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w5_0_0;
    coopMatLoadNV(w5_0_0, ws, 1920u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w6_0_0;
    coopMatLoadNV(w6_0_0, ws, 2304u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w7_0_0;
    coopMatLoadNV(w7_0_0, ws, 2688u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w8_0_0;
    coopMatLoadNV(w8_0_0, ws, 3072u, 24u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    // The next tile's texels are fetched into registers while this one is computed.
    ivec2 origin = corner;
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
    q1 = clamp(q1, ivec2(0), last);
    vec4 n0_0, n0_1, n0_2, n0_3;
    vec4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;

    // Phase 0: input channels 0..15, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 24 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 24 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 24 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 24 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 24 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 24 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 24 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 24 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 24 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 24 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 24 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 24 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 24 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 24 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 24 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 24 + 15] = HFLOAT(n0_3.w);
    }
    if (i1 < 180) {
        xs[i1 * 24 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 24 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 24 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 24 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 24 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 24 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 24 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 24 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 24 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 24 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 24 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 24 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 24 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 24 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 24 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 24 + 15] = HFLOAT(n1_3.w);
    }
if (t + 1 < 8) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w0_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w1_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w2_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w3_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w4_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w5_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w6_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w7_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w8_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F16_DS tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L1
//!BIND ArtCNN_C4F16_DS_T2
//!SAVE ArtCNN_C4F16_DS_L2
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

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
// A workgroup computes 16x8 pixels (8 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (1 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 24 and 24 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[4320];
shared HFLOAT ws[3456];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 24 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[1536];
shared float bm[256];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 64);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 8 tile(s).
    // Weights: texel (tap * 4 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 64) * 16 + (k0 / 4) % 16) * 24 + 4 * (k0 % 4);
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
    ws[o0] = HFLOAT(w0.x);
    ws[o0 + 1] = HFLOAT(w0.y);
    ws[o0 + 2] = HFLOAT(w0.z);
    ws[o0 + 3] = HFLOAT(w0.w);
    ws[o1] = HFLOAT(w1.x);
    ws[o1 + 1] = HFLOAT(w1.y);
    ws[o1 + 2] = HFLOAT(w1.z);
    ws[o1 + 3] = HFLOAT(w1.w);
    ws[o2] = HFLOAT(w2.x);
    ws[o2 + 1] = HFLOAT(w2.y);
    ws[o2 + 2] = HFLOAT(w2.z);
    ws[o2 + 3] = HFLOAT(w2.w);
    ws[o3] = HFLOAT(w3.x);
    ws[o3 + 1] = HFLOAT(w3.y);
    ws[o3 + 2] = HFLOAT(w3.z);
    ws[o3 + 3] = HFLOAT(w3.w);
    ws[o4] = HFLOAT(w4.x);
    ws[o4 + 1] = HFLOAT(w4.y);
    ws[o4 + 2] = HFLOAT(w4.z);
    ws[o4 + 3] = HFLOAT(w4.w);
    const float bias[16] = float[16](0.044277187, -0.003769685, 0.014565699, 0.0028785786, -0.0013655169, 0.0010824914, -0.016440798, 0.026956681, 0.07201445, 0.06504166, -0.022896532, 0.019721309, -0.025113558, -0.012103399, -0.007747329, 0.029531373);
    for (int i = thread; i < 256; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    // Each tap's weight matrix stays in registers for every tile (loaded from shared memory once).
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w0_0_0;
    coopMatLoadNV(w0_0_0, ws, 0u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w1_0_0;
    coopMatLoadNV(w1_0_0, ws, 384u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w2_0_0;
    coopMatLoadNV(w2_0_0, ws, 768u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w3_0_0;
    coopMatLoadNV(w3_0_0, ws, 1152u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w4_0_0;
    coopMatLoadNV(w4_0_0, ws, 1536u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w5_0_0;
    coopMatLoadNV(w5_0_0, ws, 1920u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w6_0_0;
    coopMatLoadNV(w6_0_0, ws, 2304u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w7_0_0;
    coopMatLoadNV(w7_0_0, ws, 2688u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w8_0_0;
    coopMatLoadNV(w8_0_0, ws, 3072u, 24u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    // The next tile's texels are fetched into registers while this one is computed.
    ivec2 origin = corner;
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
    q1 = clamp(q1, ivec2(0), last);
    vec4 n0_0, n0_1, n0_2, n0_3;
    vec4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;

    // Phase 0: input channels 0..15, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 24 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 24 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 24 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 24 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 24 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 24 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 24 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 24 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 24 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 24 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 24 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 24 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 24 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 24 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 24 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 24 + 15] = HFLOAT(n0_3.w);
    }
    if (i1 < 180) {
        xs[i1 * 24 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 24 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 24 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 24 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 24 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 24 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 24 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 24 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 24 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 24 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 24 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 24 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 24 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 24 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 24 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 24 + 15] = HFLOAT(n1_3.w);
    }
if (t + 1 < 8) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w0_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w1_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w2_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w3_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w4_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w5_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w6_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w7_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w8_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F16_DS tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L2
//!BIND ArtCNN_C4F16_DS_T3
//!SAVE ArtCNN_C4F16_DS_L3
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

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
// A workgroup computes 16x8 pixels (8 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (1 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 24 and 24 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[4320];
shared HFLOAT ws[3456];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 24 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[1536];
shared float bm[256];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 64);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 8 tile(s).
    // Weights: texel (tap * 4 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 64) * 16 + (k0 / 4) % 16) * 24 + 4 * (k0 % 4);
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
    ws[o0] = HFLOAT(w0.x);
    ws[o0 + 1] = HFLOAT(w0.y);
    ws[o0 + 2] = HFLOAT(w0.z);
    ws[o0 + 3] = HFLOAT(w0.w);
    ws[o1] = HFLOAT(w1.x);
    ws[o1 + 1] = HFLOAT(w1.y);
    ws[o1 + 2] = HFLOAT(w1.z);
    ws[o1 + 3] = HFLOAT(w1.w);
    ws[o2] = HFLOAT(w2.x);
    ws[o2 + 1] = HFLOAT(w2.y);
    ws[o2 + 2] = HFLOAT(w2.z);
    ws[o2 + 3] = HFLOAT(w2.w);
    ws[o3] = HFLOAT(w3.x);
    ws[o3 + 1] = HFLOAT(w3.y);
    ws[o3 + 2] = HFLOAT(w3.z);
    ws[o3 + 3] = HFLOAT(w3.w);
    ws[o4] = HFLOAT(w4.x);
    ws[o4 + 1] = HFLOAT(w4.y);
    ws[o4 + 2] = HFLOAT(w4.z);
    ws[o4 + 3] = HFLOAT(w4.w);
    const float bias[16] = float[16](0.027778136, 0.0038762365, 0.0060112406, 0.0006000015, -0.0017351743, 0.0009950683, 0.010912907, 0.03908604, 0.000266976, 0.017418299, -0.008647216, 0.015921349, -0.013619726, 0.0029480434, 0.01368811, 0.012646604);
    for (int i = thread; i < 256; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    // Each tap's weight matrix stays in registers for every tile (loaded from shared memory once).
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w0_0_0;
    coopMatLoadNV(w0_0_0, ws, 0u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w1_0_0;
    coopMatLoadNV(w1_0_0, ws, 384u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w2_0_0;
    coopMatLoadNV(w2_0_0, ws, 768u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w3_0_0;
    coopMatLoadNV(w3_0_0, ws, 1152u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w4_0_0;
    coopMatLoadNV(w4_0_0, ws, 1536u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w5_0_0;
    coopMatLoadNV(w5_0_0, ws, 1920u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w6_0_0;
    coopMatLoadNV(w6_0_0, ws, 2304u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w7_0_0;
    coopMatLoadNV(w7_0_0, ws, 2688u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w8_0_0;
    coopMatLoadNV(w8_0_0, ws, 3072u, 24u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    // The next tile's texels are fetched into registers while this one is computed.
    ivec2 origin = corner;
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
    q1 = clamp(q1, ivec2(0), last);
    vec4 n0_0, n0_1, n0_2, n0_3;
    vec4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;

    // Phase 0: input channels 0..15, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 24 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 24 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 24 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 24 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 24 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 24 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 24 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 24 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 24 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 24 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 24 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 24 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 24 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 24 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 24 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 24 + 15] = HFLOAT(n0_3.w);
    }
    if (i1 < 180) {
        xs[i1 * 24 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 24 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 24 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 24 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 24 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 24 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 24 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 24 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 24 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 24 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 24 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 24 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 24 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 24 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 24 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 24 + 15] = HFLOAT(n1_3.w);
    }
if (t + 1 < 8) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w0_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w1_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w2_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w3_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w4_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w5_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w6_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w7_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w8_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F16_DS tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L3
//!BIND ArtCNN_C4F16_DS_T4
//!SAVE ArtCNN_C4F16_DS_L4
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

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
// A workgroup computes 16x8 pixels (8 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (1 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 24 and 24 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[4320];
shared HFLOAT ws[3456];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 24 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[1536];
shared float bm[256];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 64);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 8 tile(s).
    // Weights: texel (tap * 4 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 64) * 16 + (k0 / 4) % 16) * 24 + 4 * (k0 % 4);
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
    ws[o0] = HFLOAT(w0.x);
    ws[o0 + 1] = HFLOAT(w0.y);
    ws[o0 + 2] = HFLOAT(w0.z);
    ws[o0 + 3] = HFLOAT(w0.w);
    ws[o1] = HFLOAT(w1.x);
    ws[o1 + 1] = HFLOAT(w1.y);
    ws[o1 + 2] = HFLOAT(w1.z);
    ws[o1 + 3] = HFLOAT(w1.w);
    ws[o2] = HFLOAT(w2.x);
    ws[o2 + 1] = HFLOAT(w2.y);
    ws[o2 + 2] = HFLOAT(w2.z);
    ws[o2 + 3] = HFLOAT(w2.w);
    ws[o3] = HFLOAT(w3.x);
    ws[o3 + 1] = HFLOAT(w3.y);
    ws[o3 + 2] = HFLOAT(w3.z);
    ws[o3 + 3] = HFLOAT(w3.w);
    ws[o4] = HFLOAT(w4.x);
    ws[o4 + 1] = HFLOAT(w4.y);
    ws[o4 + 2] = HFLOAT(w4.z);
    ws[o4 + 3] = HFLOAT(w4.w);
    const float bias[16] = float[16](-0.008426555, -0.00608675, 0.015372099, -0.017764276, -0.0028048248, -0.0015283623, 0.0020479837, -0.0020652146, 0.00010571977, -0.07778373, -0.0116359, 0.004983804, -0.00149783, 0.0037423728, -0.008396466, -0.006738096);
    for (int i = thread; i < 256; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    // Each tap's weight matrix stays in registers for every tile (loaded from shared memory once).
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w0_0_0;
    coopMatLoadNV(w0_0_0, ws, 0u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w1_0_0;
    coopMatLoadNV(w1_0_0, ws, 384u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w2_0_0;
    coopMatLoadNV(w2_0_0, ws, 768u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w3_0_0;
    coopMatLoadNV(w3_0_0, ws, 1152u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w4_0_0;
    coopMatLoadNV(w4_0_0, ws, 1536u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w5_0_0;
    coopMatLoadNV(w5_0_0, ws, 1920u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w6_0_0;
    coopMatLoadNV(w6_0_0, ws, 2304u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w7_0_0;
    coopMatLoadNV(w7_0_0, ws, 2688u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w8_0_0;
    coopMatLoadNV(w8_0_0, ws, 3072u, 24u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    // The next tile's texels are fetched into registers while this one is computed.
    ivec2 origin = corner;
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
    q1 = clamp(q1, ivec2(0), last);
    vec4 n0_0, n0_1, n0_2, n0_3;
    vec4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;

    // Phase 0: input channels 0..15, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 24 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 24 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 24 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 24 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 24 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 24 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 24 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 24 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 24 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 24 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 24 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 24 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 24 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 24 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 24 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 24 + 15] = HFLOAT(n0_3.w);
    }
    if (i1 < 180) {
        xs[i1 * 24 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 24 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 24 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 24 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 24 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 24 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 24 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 24 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 24 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 24 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 24 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 24 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 24 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 24 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 24 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 24 + 15] = HFLOAT(n1_3.w);
    }
if (t + 1 < 8) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w0_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w1_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w2_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w3_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w4_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w5_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w6_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w7_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w8_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_0 = vec4(sh[h + 0], sh[h + 1], sh[h + 2], sh[h + 3]);
    vec4 a0_2 = vec4(sh[h + 8], sh[h + 9], sh[h + 10], sh[h + 11]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(sh[h + 4], sh[h + 5], sh[h + 6], sh[h + 7]);
    vec4 a0_3 = vec4(sh[h + 12], sh[h + 13], sh[h + 14], sh[h + 15]);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F16_DS tensor conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L4
//!BIND ArtCNN_C4F16_DS_L0
//!BIND ArtCNN_C4F16_DS_T5
//!SAVE ArtCNN_C4F16_DS_L5
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

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
// A workgroup computes 16x8 pixels (8 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (1 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 24 and 24 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[4320];
shared HFLOAT ws[3456];
// Per subgroup, one 16x16 float accumulator column by column (pixels along a column of 20).
shared float st[1280];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 64);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int e = subgroup * 320 + lane % 16 + (lane / 16) * 80;
    // The weights stay in shared memory for the workgroup's 8 tile(s).
    // Weights: texel (tap * 4 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 64) * 16 + (k0 / 4) % 16) * 24 + 4 * (k0 % 4);
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T5, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T5, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T5, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T5, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T5, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
    ws[o0] = HFLOAT(w0.x);
    ws[o0 + 1] = HFLOAT(w0.y);
    ws[o0 + 2] = HFLOAT(w0.z);
    ws[o0 + 3] = HFLOAT(w0.w);
    ws[o1] = HFLOAT(w1.x);
    ws[o1 + 1] = HFLOAT(w1.y);
    ws[o1 + 2] = HFLOAT(w1.z);
    ws[o1 + 3] = HFLOAT(w1.w);
    ws[o2] = HFLOAT(w2.x);
    ws[o2 + 1] = HFLOAT(w2.y);
    ws[o2 + 2] = HFLOAT(w2.z);
    ws[o2 + 3] = HFLOAT(w2.w);
    ws[o3] = HFLOAT(w3.x);
    ws[o3 + 1] = HFLOAT(w3.y);
    ws[o3 + 2] = HFLOAT(w3.z);
    ws[o3 + 3] = HFLOAT(w3.w);
    ws[o4] = HFLOAT(w4.x);
    ws[o4 + 1] = HFLOAT(w4.y);
    ws[o4 + 2] = HFLOAT(w4.z);
    ws[o4 + 3] = HFLOAT(w4.w);
    barrier();
    // Each tap's weight matrix stays in registers for every tile (loaded from shared memory once).
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w0_0_0;
    coopMatLoadNV(w0_0_0, ws, 0u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w1_0_0;
    coopMatLoadNV(w1_0_0, ws, 384u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w2_0_0;
    coopMatLoadNV(w2_0_0, ws, 768u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w3_0_0;
    coopMatLoadNV(w3_0_0, ws, 1152u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w4_0_0;
    coopMatLoadNV(w4_0_0, ws, 1536u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w5_0_0;
    coopMatLoadNV(w5_0_0, ws, 1920u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w6_0_0;
    coopMatLoadNV(w6_0_0, ws, 2304u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w7_0_0;
    coopMatLoadNV(w7_0_0, ws, 2688u, 24u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> w8_0_0;
    coopMatLoadNV(w8_0_0, ws, 3072u, 24u, false);
    // The next tile's texels are fetched into registers while this one is computed.
    ivec2 origin = corner;
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
    q1 = clamp(q1, ivec2(0), last);
    vec4 n0_0, n0_1, n0_2, n0_3;
    vec4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    // The added tensors' texels at this tile's pixels, fetched before the products.
    ivec2 ca0 = min(origin + ivec2(lane % 16, 2 * subgroup + 0), last);
    ivec2 ca1 = min(origin + ivec2(lane % 16, 2 * subgroup + 1), last);
    vec4 ad0_0_0, ad0_2_0, ad1_0_0, ad1_2_0, ad0_1_0, ad0_3_0, ad1_1_0, ad1_3_0;
    if (lane < 16) {
        ad0_0_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca0 * ivec2(2, 2) + ivec2(0, 0), 0);
        ad0_2_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca0 * ivec2(2, 2) + ivec2(0, 1), 0);
        ad1_0_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca1 * ivec2(2, 2) + ivec2(0, 0), 0);
        ad1_2_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca1 * ivec2(2, 2) + ivec2(0, 1), 0);
    } else {
        ad0_1_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca0 * ivec2(2, 2) + ivec2(1, 0), 0);
        ad0_3_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca0 * ivec2(2, 2) + ivec2(1, 1), 0);
        ad1_1_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca1 * ivec2(2, 2) + ivec2(1, 0), 0);
        ad1_3_0 = texelFetch(ArtCNN_C4F16_DS_L0_raw, ca1 * ivec2(2, 2) + ivec2(1, 1), 0);
    }

    // Phase 0: input channels 0..15, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 24 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 24 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 24 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 24 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 24 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 24 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 24 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 24 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 24 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 24 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 24 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 24 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 24 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 24 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 24 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 24 + 15] = HFLOAT(n0_3.w);
    }
    if (i1 < 180) {
        xs[i1 * 24 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 24 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 24 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 24 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 24 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 24 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 24 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 24 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 24 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 24 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 24 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 24 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 24 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 24 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 24 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 24 + 15] = HFLOAT(n1_3.w);
    }
if (t + 1 < 8) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w0_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w1_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w2_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w3_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w4_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w5_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w6_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w7_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0 = w8_0_0;
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 24 + 0), 24u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 24 + 0), 24u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
    }

    // Epilogue: each subgroup stages one 16x16 accumulator at a time in its own part of shared memory
    // (column-major: a column's 16 pixels are neighbours); invocation `lane` then finishes pixel
    // lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or 1 and 3 (16-31) of the block.
    subgroupBarrier();
    coopMatStoreNV(acc0_0, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.01395028, 0.0065821023, 0.012151963, -0.011686396);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.011362012, 0.007443374, -0.00033980323, 0.0053856447);
    ivec2 p0 = origin + local + ivec2(0, 0);
    ivec2 c0 = min(p0, last);
    a0_0 += vec4(ad0_0_0);
    a0_2 += vec4(ad0_2_0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.007567601, 0.00780126, -0.0045109824, -0.007215989);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.005549405, -0.0015714564, 0.032160565, -0.007952935);
    ivec2 p0 = origin + local + ivec2(0, 0);
    ivec2 c0 = min(p0, last);
    a0_1 += vec4(ad0_1_0);
    a0_3 += vec4(ad0_3_0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc1_0, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.01395028, 0.0065821023, 0.012151963, -0.011686396);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.011362012, 0.007443374, -0.00033980323, 0.0053856447);
    ivec2 p0 = origin + local + ivec2(0, 0);
    ivec2 c0 = min(p0, last);
    a0_0 += vec4(ad1_0_0);
    a0_2 += vec4(ad1_2_0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.007567601, 0.00780126, -0.0045109824, -0.007215989);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.005549405, -0.0015714564, 0.032160565, -0.007952935);
    ivec2 p0 = origin + local + ivec2(0, 0);
    ivec2 c0 = min(p0, last);
    a0_1 += vec4(ad1_1_0);
    a0_3 += vec4(ad1_3_0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F16_DS tensor conv2d_6_depth_to_space
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


//!TEXTURE ArtCNN_C4F16_DS_T1
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
b5ae753536ac74283dad44a95824003101b002af08b8d6b90730cb2f402f31af85b42a30d8a67025e62fe6a8602b5cad502fb82bb69667a3b6b095adb7b090a63a349cae022531a7dd2cda1be02049aeb22d9f302db263b27caeba2601a59729dbb03cb0109f13b15bac0b349ca8803580acb9ad37382eaf8a3280a68eb40d308fa88ab0faa94db05e2e01b1bb33e4a7a6af1f2c2330f92f0bae87ae9ca731a087b4072036aa45ad842d51b0dfa779ad92b1252a4833acad07ac7820a6ac302b172de827981c5631fc250ca91eaa23b189b0aca4d0b18f2ce6282d2d0faca129202b1b2869ab8b2f3a2ea7ae43b007ac0b2f17aaf628b42e9ca62eb5eca6f3aa43b02cadba23df15823284b04eac27ab312b7f2b25b144a429a77b1c27b43d28a52f9c2d95287da476ab44aa0b27ae2ff62990a90620dcb6c72cf6aafd30d431b83827332d28c52e14af472e452fc1270d29f4296c2c6bb3e7a8ce2b4b2ce121092db3b03230e9b0e7aff6341d2e87a8ca20222d3e277eb5cd231cb0122d5d2a1bb376b1933133b1a0afb0a9a630a12c22aaf6b097361faa54324faf042d92303ab77f33522b54aaa43293b25aa956acabad952fde31de2dbdb4f42c24b12131c9b55ab06fa8aea9e4ad43b1a93287ae7daa4435d71c422d04b634b2e3b5ad21bba698af5fad7031a430ccb6c3b0cb313c2c54ae92b5d6338b2dd9358132861bbd2c1932a7ac13371f32afaccfb76bb41438952e60b0da31de2c863072b703af072f19b58cb028ae51a657205ea548a5d3ae062194aed92c91331cae7d2f28b202b52433caad10ae912ac51c31aadc2421ad70b2b134b5b42f8a3aaf83b266a997b85db7ffaf7bb019aeee2ad32874a64230022cd027c9b720316bafbeb5b92e83b42b2c72abb028df29b22da9aff92d7828843143b5efb12ab3a9b33125002c62337730141569a8b9af8833252caf3101a8bdb0a5b7f935d82e5db43328a5b655b7b538cf9d3cb636b2ec31163b92acb3b6bbb02330852e373727a81337fd32f232d02d6e2c1fb1ab3583ad02313b2c62add134aba9783050b530b62529d72a3c34edb2ae29d8ab792f2a989badf931b42b902b41373fae03b01c2cb02fdda546332fb181b2403ac6a80bb6c3b8f0afab36fea65aa677a8db24b43a9fb470304b2f77acfb2d68aa992a27b0f0afbcb01928c8acd7ad8aaab0adff318cb559a42f0839ab19b02a27172d6dace6abf9ae2b2405ad5528662623a839aa09a49f3075b59f2dd527bb2e3730d3aa0baff1a95f2bc12e5eaa69ae5ca38e2bb2a115aa00aeb3a376aec3aadaaebfa83dab2730eaa92bb131aebaa6611a8a2b03a49aad3327002d57a53427192c05ac6da993aeba2c1c2d6aa6a52d8cb09cafb924222e3c284e28162e762f3f31132c09af4badd732602d082f562c4ea7372e07abd0241faa012c622af22852b26e2dd2a7bf24032ebca9332dab300730d7ae31aeeca6d5a969aafaae0ca59aa046acc22e37a89aaae0a4961fd0aca4ac35abf4a92d29011e4da8aeab55250e2d4028b12c642b83b1f42ef3a467b04523d02e8f905da0e6282bac11299eac52b0e6ae872b672d3cab58ad11a82aaa82292fa2f0a45ca2723a2ba708a8a828d7b49fad43292a2624af20294b3822b86b262631322fc832efb5cf2d432c27250b2fb52b42a70da6d6a6b53037311aacef2a8d30c0b0bd29e232f9327ca08e28a92eef2dbf2f02aa13a85e292235a7a83cb0e01faeaea427bbb4a1aca627b6ad15a608b8782a99b598b6eea859b4cab5ab2c36361ea248355d3107b6b029922d7c35f52a96b00131b5aa4d33d4b540b281b618a7fcb44ba9c1b12e2d91b02fb01034032d73302522e2ab27b032b1788e582e192dac31e4294d2c453168a91c2e59b074b707a829b006b090b2c22a74b3ae2d1b33d1a8b1a62f2beaabeb2d0fb025309a24c83298336a32c12878a448302bace8acc92280ac80af573140b30c2a6b32c7ace9b092aef3a24d9e0aaace2f4b2f512cef32ce2c14b33e319e316da93233c2359c2cda31d7330d2e68ada1397da357b1c9af59b4eb38f1b5c91c26b329b3582cfd30c6af8fb033b3a2274cb0a430c3aef7243d30df2fea2be62160261fad68ace92e769f44a3cf254d30cf2ce6b19aa5e42d2e2cddaffa2836b124296d2e703516a1b0371435aa23812c8e370726c3b4612f95b9ebaffa334f27562d5cb4812731b0afb4f3a874b42393542dd038872e1a307234b7b3a1ac31b0a22ef1b08c2a318403b0d12fa831272b24a74bb1d2ad1fae112b142d76b11bac302e0634273752b0203b053605abe8204f373fb094b437a8b5aeac2a9c2a8c227231cfb031a8c2b5feb1683225b2c6b0ec33e133ff2bd6b0c82d322efbadc7a8f8ae71b4452fc2a5242abca9f3a593a704206da4c4a9361bd610e0b9b13513ac3fac1e2fc9a9a4326eaf91b15caeafbbefb40cac773255351b2bd43977a32e2ed728f02f4db1bb2b82346db04a33712e9e3018282226fa379db233b6b5b75815702e37b34a3357af712e912e56b561b01931a935fbac88a6bd281cad8fb56fa00135e4a5cbb168b05020f71fbc200f3de4adaa31a12ef3b4ca381e26c7354b30bea17031edb185b619b32e3728313d3491a3c8b8e92fdfb1a5aeecadab3446aa24b159b2e9b254305530f02e3e317b2f1ba52aaf60ab2ab2dca4f434253004b1f0b22eb53b2af42be6b2c2b478aa0dbc5534c4ab08311e33cfb39026b632242cfe3146339331471ed5b501250d2c9b31be32ee9c7db261a9fdb1e33158b97e2f15ac9aada22df03067294fb109ac9697f52bea323aae0e34baa734b595394a2588289ea658acfbb1efaf24b1b9b0e7379db9969ce9975ab7be32d3b465b35db0812aae3160b1d6a0de20deb0c72c30b189a81f2f6f2fe6ae47a947aa43a80bb2db2c3d3137af52af202944b1bc2f3eae3c3865af70b46138302b62b4b537c32f2b329ab2aab4c1ac8fb8b8b82ba66d3a8a3330ac2d2f94b82438fc3adfb974b22532d334af27f5b1442cfb303331b2b4f4b714ba51ae39b841b7a1354c3811ac04314d33372a30b279a9bfae04ab3caed3333e3407ac0238beaf9725fa331db2ad278b260220bf1ba336d93829b8feba75b4bb24e4345c31b229acb13ab11d34e2b921160b391d3b8f2e46b40a34439b5f30d23050b05539f429a2ab58b60095d2b0c4b3e4abe9317a3041b02228d8aab631c0324c347a331f2cd22828adabad8b288dab68af85b268af36adf1a8f0350cb0672a40b007b94baec5b846b1ccaf6e29b2ae5c32e12de72bc031a8af1a34c1ba7b3251acffb11f25a7b1a62ec12e9519f22c110d81af9f28972c2e2418b4c4ae809b3f2bd1316f294f2cd13191a9d6acdb2c6231572805b25d9f85aec4b23f38b523a1ae4bad96bac7b07c36a02c5eb5a0afc3364a3a6ea4fdb4b2b2582a4ba5e736442261311a2ea1ac92309c2d5da9733571a94924d62edcb1d1acaba095ae31aaf3af95ad7e2f9631dd1901b4332e973231b06db04438d33217af3734bf8d9aab84b0192ef8b2a0b58029e3b32139fdb0e4b33db6e3287e31d6a6b4b1f5a9e72fdd350ba47830e02c46b0a3ad7ca98f34ddb369173a2e24a8c3a91db1eab2ef2ae227b2b10eada8b0ff34019bd8ab71338e35162b5630042b5c2d8c3170b4c020a8b043b662b411a2e6b660ab8ca9d12dcb262733ffadac283fac832730b427349cab9cb20633a5b3b13482a1a22176afb83000abd1ab96a973a16dac812df8b24caa5fa9432e39312c9c1cae71a91431883366a521aea1ad2424a9b04838ef2be6af46b143b703ad6330dd327cb8c3ae21b0d23a72ad15b755b8ccaf8bac2137f1b5c436ce391e3071afa8ac7eaf8eb64ca95732ddae0c2609390333212e6fba46288ab348a97fa5daa870a32f27192fae36f2b1343909359424e132a7346a2438b580a50cb252b363310830d135fa2f3bb211b867b1ec33feb21fab20315532023670b3023458aea829d62da13121b64cafb7b09414df2c34ac8fabae2f7eb3c3b02ab3402a3235e33424ab48abeead5b2ead2b8f25408a4ea5e73417aec42d972b33a9d2b248299eb5be2b06a2df2e41ae69a809ac9e2b18b365b79035a430c0b0c03624ad66b9f7af95b22b2f1ab0b3b4632b11a541ae882ff5b53cb8e5b43330b3b2bea44d256ab68c325baf4dae6022f41839375bb11d259736612457a7aca84f35abb17eb2dd38bf2e7fb52e325e2fab34adb5bfb4cdb88c32e7af1337613043391e3c2e23dcb075adf126d5b4c7325f35ea325f31593caa3452a1fcbba433e9b036a6ee1eb49f7ea8932effa947adf7ac35b577ad06ad70ace43731249b32712fb0b10c25e92c53b2dc36e23783aac8b77db83336502c51b838313d303b3760b9f7b28931ed9b76ac682beab089b699b365b08bae28af222cb5a8e635d5b52eb64a26a03ab82e30290023cbb0dd8fbeb0f62e78acdb29d93932b9a830caa3faad87ad17bca7b1012a8c2b452f5231e7a7b3a5b32ec92b7cb66932e329492732b0c2a82f36de2eea2c592167a7c6ae6130c7acea24b8aa63afebada4b1ccae38aef42c5cb2e69499323eac092a6c2dc92d22b6b6b0371c51b295b0d6adba3587aa3634ab32b13246b3a0b18d3041a8fc35303588aec1209635f2b2f3b246a8a6220c30bca8603063ababac36ae4daed2acb62927305a2a09b02031e6b48334252d6cae4aaacd3091a94b309628dfb4a91c03b06c2d9da57eb4733981307e2c393718b1082cf9b33c2f78a5422d8b355ba940b480a900b04eb08b313232a63248aedfad10aa01ac7da01b2d05af5630a9a6032eadb241309f2f272dbf271fb6ad2f4d31b8342c2fd62edeaaa028f922172c1124612bf729ea353e2dc4a32eac3cb220a91eb5d3b37eada81636ae1eac94add9ab102d50b077ab49b0693036ad02a50b2f8531563035a9922575b1ecae48a292a75c254334f7312f3064b46c2d87217923f6a7ce32f627ff15cf20cb26a0aa7f2b0f26de9499b454a625ab92324c308e237f3205ae9ca1ffa143a4e91c212a1226f7ae56b1abb3cbb64832b3ac40aa2932452be32fafb08e2adea807a7db281fa6eba9179534a58720f5af9c301134452ac6aff62d70209f2bc8311134232d84ae3e2e1da071aab236c62414b33caf61ae1e1d06ae712e0db858ac19355f37c12baab647b1a2a7c932c82929b8123544af03a5f62ac29879ad61b5472cbc2d56aad2b50aa83831e43085b277b14f2c892d963831b7ac2f812d0ba6c0ac802adc30113346305038f333aead08b3352fc430a3b4273600251b2d0323ce2e002d9d3082ae9daa8e31bab80ca957a380b4492eca3651afb1320fb48eb067312c3284af4330f7ae732b8fb368a8632a28b4c62e813027b291ad65af5d336ea6833293b5a72c5e3227b9a833b0a9ad30433409b76db7003773303d2c91ad43a9682ad330433185b5692fa3319138f92d9d2808ac4ab53ab5eca0e2b0ebb0c7b4122a8dae16b02a28cfb407323eaddaa67daadd2868ae882deb2f5fabe123a9347bb13237d32b7630af366e34c1acb3b6492dd1b1fb2d512e00ac23350cb27eb130b66fb49534daa93bb846aec2aca230e0b6012e2b2a2caa77ad49a608aa392f39ac342052ad1b2b3534f2adb9a64cae6434872eb72f5a9c2027a59b8caed430a12d262db32417a02eb15d34e728db9a142bb5ad47344cafdea805a8cb291db2e3ac34a82eae8dac682c752d1ea9a02c0a31ce2c1aadd82a3ca81b28d52c14ad1ea3c6a8cf214531ec21e6a9a7aa29a8a3ab05a5fbb38a9e191f2ca529b49c30f79f5e340a2b49b04e2418aee43036ac72208eb221b76635962c6a221f2589a5c5ae60b148b0e92b1aa58a22112f8d30db3369320f9f192cb6aaeb2f1b2a5aa89328b1ad332fba32173023b47fb52c2aa1b40a31fcae1cb255b06733de2a8aba3fb31d34082c9baef330ccb0dc27b0343db303a9683404a52fb1333d9938c9b88bbbf9b1b43894308f25482850301438d8b6eb2e58b31ba32eabe631462fdab473b2bbaadb3355ae68b148aa35b11e2efeb3859b3325ca3087a969a74e28ba29a12aaf92399fdf248223e23502a91eac5dac19afa12bc1aecc2072a523b4a1a5d020cb29169247af7ba8bba41c315b2225ae11225934e1a9ef2a3da31732c1a889a9c7aa822c322f13215ab0f72c232909aca6227922caaaffacd5ac46315736e9160537a129022bdaa40bab512dd4add52427b52db3242bb426592c8db58c28fda21f2be52c4db538a2e12cf32faf2432a64ab8ceb07b2dfc2a42a1453709a0542bee25d2b0a4b000afef24bb318b2d8d330020d6ac892c709de32f5a30532f2dae7f3658301ba43b2f6427152e21b094b0bfafeca56c2c4fabf735d5b408b0acaf07a6b331ccaf7b2f10a42330e92b1028f0a14dac462370b0c232e633b1b15dac109f12303831fda92eaa652402300caa202b


//!TEXTURE ArtCNN_C4F16_DS_T2
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
7ea3003188a76a1f46a8bb259521212da2abd49cb8254fab1da3fb2843aa56ac8ea61cb11d18ca111f29c3aeda2804ab02225c2873a32426c91fe3a8ed2a6f2a1a2e302a3d2aa3190628a92a9ba8a629ea306dac312ce72936a6c1275e210ba8529823b5e53029a441b1eba19bad1027c934082d309f29a190aaad2e23aefeab20b0113533b449a82fb1ce30cd35ccaeeca075b5622ed72cb53137b0123050307b2a8f98522eda2cd9306eb010b45b31d1b20e34baa5252d81b05130cdaa56b1972c5228e835173390b500b5ff36643543b72aa361b630b982ac21bbd33464a5cb359eb7bb35fb34e8af4f2df7bb4fbc6228483e55b967b4ee323fba8732963b5eb7528802b266a865b6e735133878377531aeb61dbab3accc34d5a61cadf63393a9a6a5d1a2aa2659251333812ddaa4c2a6ffafe22e99314924f4a0b21c17247db0e2ac35a557a67bad3d2ba12984304dadc0addd31e92e9f22e8a99125732c29aab017bbace6a9e52ec0ab6da41d3053b456aa413036288a2a599a0aa7402c60214eb02c2d6124f99a9432322d952c0ba55ba447262e30122794206c2d4e2c96b2b8275da2af2069b02c343631d01f69b10d30c3aeca32822883b03d985234b5a8d5323fa9a224722cf9300e2b49b18fad2caf9631c3a75d2dd9290a297331af29af28d0a749a9942c4430bd247a2aa6a628ad2334f532c22b3eb704accd2c74301434cb301fa88332bd2a022e82a583b711aeb7b20f340e2ca6ba7f2d152a1baea62e13a8a2a3a92bd92eec31d724b029e8b1d133baa3252e44b9322c0333bdacc731edae22ad9ab0e1a3b52c0fb0d9adf125d7adcaa3d7ac1dad7daf70234f3309b2cf2b07a97234b3b1f32e4dac232ea1254d2e992a9d2ae429682896a6e62b4f2f2725372f4123fa331b943235332386b1ecb0952ad9b0082ab52d3f21d6292d34542e05283ea347b2452f71abb4b1edb027b343a3e72e432bb023fbadd8aa34b101a3db31cbade2a15eb8e2b8f029dfb12ab63fb1c3321c29c429f92dfeb1a4afd398f2997aa4a63766328735d6aeea32e4b4b02f4c311f255faf471e9428d93087adffb1392c11aa51ad952fb334c4264ba747321ca5f9c1dbac652471b5a3b0c8b195afae3173b1af2e462c67af72b35c3c1db587ae15c230a516b1b03251277d2b2528b430adb1522841b0599f272ef4324730e98dd3c0e32ec3a60f8dc8ad1428c2b0bcb6d0ae69270f356030e83077b0fab6eb1d042cf52428a953b18c36912ed031e5b844b7ef2b8eb04f28283039b4a9b226308ab155afadaaf82d4f277d2dd7249cb312b2beb3752cf3306fa861ab99b0c931fb315f24efabd228cfa95aac91a449b163ac68a16c9a2c311c31a6b72cb7c0b0803058adb2a884b8a81ca0b42aaa16ad66b5f7302936df2c50b2dcbfe4b610b36835ac3704aa6cb857abcd2e2c2fa7b051b507279ba4cc30b12e033063b00bb0a432ba2ce62f912e92b3f5286e237eab699df59d2b18bfb1dc2a35ad1db594a12c31b425272ed62c032b952ce2a4c1b0a8a14f29dfb3e22586b1f5b5bfb894ab38314d9c90b016b50a2f2b1aae27d79596aec621802e0a2d2a9942aabdb178a58534cc9d012b56abe52aaba7ea25e8342d2851b318af56acbbb16c35d334e72462a6d9afcbb2782e0b213ead429c70afcaae252f2bb793ac7d2c869f612c683285315d2983a16d309ea59fa4b3a0852e6a315a1b63b30b9e4fafd531b42998b5dd2d96aa72ac78a8cbacad2a3d2b5f33c6327cad1d3316ab62b50c361f34b92a23b9e823e2b274319b321ea798acd334eb252430e6b86231b3b44fb40732263885359830a2b397b63b90b0aef6a83bb2a5b062a4a837fdaa232f58b015268aaeabaec029582522b37626bc264ea6dc3207abc3aef03192315ab0c9aa8daf01ad673668a88ba80eaa08aeac2c7c2dcd83dc26532f5e34692c8631de3581aea4328abc422bd83006355622012db52c4ba557307b3036b409a7c121c8b000aed52943b03b260fa7839f57a2e12f578c0ca44f29a3a8ce301030dc2a8121a5b04e15c625452bfea309b25f372ea97128492c9a32e330ed29a02bc8aeb1207028ef2a672bf82958aa49aee42cc52c1922a5328e1e06b00034972deb2cf4a6f9a8e0b5beade52918ab3db10c26ee291c2b0e2535ace3a7ae2d20a33c2c4aa028b358083cad8b2d2f29b2a9a531b3201730cd30ff2b5bb3302e363850b091b8a9ba62a8482d2d29e3295bb8ac2acb2e9f2de4ac9d292f30b63a4c2c9b2caa3405b5ce2cbd257129f22c93a3a826ce1f80a9d924e8a73f10749fcf2d001d0fae78b4b90435b6ba21122c38ac94abc02485227a26f1afb61ade357027802492306fb73fae8aba702cb02d82aa08300eaa2e9ced2a77b68ea7d134bb2ffaaaf4bf60b596ac2c34ada1452d8a2dd4b397adba30cd2c8fafdaa8b2b32430a9aa0d26f430d8b0fea65bab1fac38b203b872b0c3ac1db43eb55c2e152d45b683b25f2e992e471fbb31bf260db464341fab67a5f7252c9bcab83c2f0fb718af0530a02dee2b24a059afffa13fad1916fdb437a5a9278bb47e2d0d25362cebb081a2cc35b8b20aaa0bbc632a621aa034b92eea39c834c6b7d0b49136feae6eacb7342932a5ac18b0a2bcbeb2d6aaf13727a545a0a7a3442db7aa55b26eb921af5f299cad73ab16ab0cbce82516b24c261aace125072b23ac922e682753a1aba877a42eb2cdad082838303691bbaad532902a552a9425de258d2cb4a13ab562a931302ebbbd2e312db035f82a98ab472a35b2a6a21d0116b0c33272aa62b244ac4029d7311dac512485befca624aa0ea9ea2e4fa42e28232b941f329cf9a9372fe7aefda34c32b9a391a91aa9d2a6b127dc308cb01faf4e32eea88e276bb6199d35b0ac9adaa29ba6af362b202d26ba32f0a4293039319fb160bca9b3642f27b271a66bb098a085b465b4d1abc3adca317fa674af1eaddf2843aacd20e923d5afedaeba2cf53007a494321cb01eaec72a39b6d62d552ab7b0d9277b15b43049b00e2d9135f737002e3c3703b07da4313687b540a60ba820a31eb60db785aa6e3550303ec03e3480ada4b9df209bb18ea8b9b0bd2b5b276528db2b2aa965ac7caba925a6292b2da4253eb4282bf29fa21aecaa3f2ca625912b012d8423f7ae5fb0d4aeb9b06334461bf4bebd2d1ca72b2b75adfea48d18502c5ea3faade4b529adb1ae462c113215a4eabdff25b7a8b7aa143068297c2642a4ea259a9a4eacd531a2221aa3952985ae3ea9202c9a2dce2dceb09ba8232dbdb008b666344b301232c2324b218da61eb51a9c602e541d01aebf3082a845aae82b7bb142299332c5b3002ef62c9230eeaaf1ac8da460ad7022db322526661f17321fb07c9832ae34249eadb6ae4c25e62d4b343f2b5a21aa389db1e63125312933833a32b048b506b0e73018b27db1cb357f344835cca9573611a7db23459a96acdd32ca2557308ba98bae81b0a9b0f43017337d233922ffacbe31a2aa0ea9712e10aa429f8e24143261a50230c826c12888a3efa94222ecafb6b24829912a31209b266eac5a3606a6b831eb35d5ab9421dab7bb2b962e1d3401a87c24dfa248285326e6a817b20cacb5a88cad6aa5e52901b6012a002418b058b0f72c3c311e321bb333a5e1352aae2530ed1bb89400ae5022ada8b22fa5b3113329af3fae25b493378a2182368922199bd930862b5e1dbe2e61261d2d171ef8244a2974a40728fdb0952332330e30232afdaa7ba3331b63ace92a8e1b132fdd2820b49138f0328f351635382adfb223b5a42c102f02b670a670340a2fce306db5fe33c8335aac6cba1930c2bc4d1f26ac5e2d97ae4833ec326e2d84ae25a2a2aa0228922df62d6f252cb002b19e213da815aa69a957285c2873260e2b072fc81e7e34853408ab2f335d3067381ead888f52b5faa945a9b8b59eab342e6fb128ab1ba441b1ab3095351e2929abf4b2453015b584b0782ca6b90d2fd32f5fa8142aeda5d1a8202805a759a001a4e025f5a3fe33792de714c8a5b0a0bb299dac4cac8525842698ae702b1722aba50f1c5a2fb42e29ac5e24fca39928f0a693aa57aea59e7f25ebb11f2e01281a2604265d323133ae2d91299623c2a2e0ad1ca904ac5da871a1feaed232a828852d7dae7b2dbe31b72bce2d8a186ea1f2adfbad452a21a8292960ae8531082e1323f9219e2edf2ec4ab7ba990244a1f2a2996b1a12d909cbf1a59a4f3a88131892b11b2a730ba333126c9254ba119a00ca37ea5082ed1a0099cbcb2a23328333a2f73b42d327d336aa8972974abd723a430382dec2bdf2ce32885add62ed52c4431acb0b1184326341c9522e3368229d221fe32492dc22d21244dac4d31f325fe9cea26142ff6247caca42964aed720eba914af0c30c22dfb2378a72e34c42b212a2a2ed3207bab7baf912d1f3c1e2ad5b0f9a68cadd8a9f59b101da59e88a70cad85a8ffa8481c962df32460aa4ca624ac9fa2f0af4728632743aff4ad89a12718e7a9f41d612ae22c64176e25ae141498ff2bddae51a8b48d9424a4b1b424b2acfa26512a65aa2c2ad12a422509a26fa73ea4dcaed0aaae20b9af4c2b6d2cbeac8ab3a327862c002df9a3be2292a530a85f24fab47f26912af8b1692fc8ac92ae29b705327630572fe99d73abb1a927add0327bb40fac92ae4ab1282e512a87b605b313333b30172a902f4b9f1ea9b0216c2e8aaef82dbc2a6aae7630ab24fcad3dad312ef1a8802891a4e5af4e2d87246429e4b3e4340b324229c230f13184b168b8682e172c2331d0a6acb84b35709a203618af402b689fa9a708ababb097b6aab6dc2cb0b8cc2d37a78dbb522427af06acbaab8e2cef2bb8aeaf279b1a8c2e5d0390ac972c8d2d0e2c08aa8e2c332af3a26db3a72a70281c2ab3b44fab76b07aa90bb1a7b181a443b0ad15182982282d2639a257867e246c24bcb466a92fb1f39b99295330e520e52a192c2120d1a3e7ae3bb12f321bb6252ceab0c6a80534442e32b408306a212fb5deb4a2348da073b046369b2115248c2d8724d1381ca9c52eca332bafcc31442598295ba7c4370a32cd9da9a9f0a8812979b49c24e0b80ba694a5962e8d2c39ad55842f29c02c792c123412ab33b0973117b120ac5cb7183422b265b4d02445a28d344026b8a8c7b55433b3a81623a0a19c32e835b3b7d12a83b2271c0a31a7a9a53b13a133325aa707ab50a4f60484a9c1a765a9c6b3181d1ba3a0b2689460a41b364ea5ffa9ca9e3230b7b2db199531f52828282db29cb386b074304934ea9dbaaaadae6aadfb36cfb4a830cd247db2cc35dbb244ab9132362e2b2dcf1d30302834002af88d64b446ae09b1baab692e00b9303396345e22dcb4802bb630e0affdad1f289a306130b931be27d0a80ca551a0c225472ecc2caf29e2b157298f2685b0041bc499bf25b2ad2732562caf29fbb2572d55a8e12c45b069be58abdbae2535b03134b2de2cf52b1d2913a8792ebc2d1cb0d2236baca6b5f1acf22ad0ad1cb31c9c24b44a233031bda91e25aba8da24c728a32dbcaca729cc3439a9fba56d3111a448afa6309e2d13ad6519ec2f502fdca206b062a06a2953b45723ecaa52ba89aed0ad3024e62aabaa60a8f12c8232d72d85a910a92ea87334562aba2186330aaaa2b025aa650acf2f732831aaeb30339e5d2df12925a6603044aba72618a1f32b342761b08734f5a2bb28612e2dabbd1faa2ac43050a777290fae2b2e412ef9187b21c7b094305426d4281fad01337c22a9343a2c8caf80aaa1abfca975a8bd260b2132b5c02eb429b62fa8aba7aa712ce52c6da53523682e18b7d926d92dc12e8f2e81b55e2dce2ece2d3328663521278822913481b397ac05b04ea68cadd32cf52ed1b2d732d62aa62c402d4b34b22ee335682f079d7a30adaba4312f282c2dc62141b0de317b2c922a3ba5201c032ca12e2c2f55ab8e291ab15611de35f8288e2567b1f82bd42cca98b92aad3020a00c32e72b92ad133753b04f2d61ba9424932234b31e2f9224332c6c2858304930c7319c2ed21f1f2f69aa66291fb598286c2c643078ad4e1d0624fd19bf289128dda42924d01b4aab8e257218d71f8f1bb2a4db27261483ada0afb820ad2969af4cb28722f4aca9b2e99c84a8cca611ac8e2b893062a865a4d5911b2f6abb53ae8eb0a2a168a59b2a94a8e8243720a7aa11211da1e9afad28bcadfda3232bcda37c2cbaa0332c72a791aec8147e28fd2ea92fcbb4bf2b5b3369366bb62cb61438f6ab632ea332bbb3192ed41f83b41cacc9364eb0ca30b6ae8db2453249b4f2b29fb4d79e25b7692bfc3002b81930513286b313abf8acf5280c2d0fa7c9a7c7a2abae472e9129e1b0852070a81a31fb26a42da22c19301a24d19db030a2a06b29c5b629a0c02d34be4a2442acf6bf5931392c7233f19c2a2b9630c1a70ab5341c86b2cb31e6ae8eac37b2c72527c062aa262c


//!TEXTURE ArtCNN_C4F16_DS_T3
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
dc2801b42635cd281e2f9d237fadaaaf9dac082cb021f9a99eab8c9f8d1036a804b53db87d2f85b27231a0260ca5b52effac29b0b7289728242bc234a928832cdaaeb6aeecabee1f0caab21be282362859aa722a8691a92c87a2f1acada70a2a35ac079ccfb47aa22cb36caedeb08eb113b54f3558af64a14ca548b665aae2b1beaa3a33b0b5a3acd3b40c2ce39ee7b003b0e5b3f62a51b04330adb1762c05acc72b9d30819c8fab1e29c0279f25ff2cc7ad5827152491291aa669acd1a5efaba7ab879c37b012aa58b0bca5b5a78b2eb4af43a9591ed69e0aa58fb198a8c1a04fadf3a60ca7e4a1bb2c802a15a8482cdaa61fb11824b8a8c82760a09321cea2c9b164acd5afb4a5f7a784256724b62ad6aa051b84250a2e2528c3ab762956a91b2fa428bda9eb29a6a8ecabd2271b2b79a9aa2d85ad06ac862be431fdac0528b23114b2a2ae2aa7f5965ea70d2770b4693067a8caa6be2769ae742f22277698e92df12b4031593041a9b7a695a18ab6dd24303057ad042adcabcc2887ad3cb3bfa022335eb17332322443274a2874334930ccb236aa6cad872c8330a92166a601a88daa5a2ae4b07ab1ddb1a7ada8b6cdb038310eaebdaf3fb01e33d1b07fb023b232b15330aab085b09ca8551fd0ac1a0a9babc89c15b25327ec362816ab33832fdab088342831f7307aacf6a7a0312932bbacc22924b0aca77c3412aab92e872d5629f4b2e62895b0bbaa02a868aa43acb83772affbaaacafac334cadbbacec2cf234ceaf28b34b2a39287fadd32c88282e20312dfeaf5ea810a7522a1c2de02b482c19ac0e234b20ceac19a917b074ac883018af5e2b5fa5f2aacbadcbaa3eb145a189b4bd2b1c30a62668294a23f12543a87ab258ad3c2a1730362c2a1d8bb03c1b3eb1baaf00af15aa0e2275aed2ae202eeda23db0ddac17ae1b294ab76a24e9ae242ac02d2ca51e28d5289ba7ce28c1af1cac852f2d268d26b530ba138ab2adaaf8353aaf2ab0ff37362bfca14136a3b0f7a9b72241b206b54132532eb7160ab1be2e2baa98a6821d85a35d2eed2c43ae07265724c12912a9c72e5a2eeb24d796a527ba9f49ab27239630b4a81e26bb2affab9da48622a222f12e67243834db29292ff59e4d2e5aa4f02c382a192207ac39289b1c77a47d28392cf32e48280726f6284930f12e461ef4a68b31001d5f2d65aa383075999daa84a098a5822be22dda9e848c6b99452da81d1fb05f263d272f2a66a981289926b22b1e28a59f49b5fc2f27b2c01e4a25bea562aa0f2f23af13331c2a87a84a2528243b2414a6fbac8828d224b02b762f0ea0b131e02e90b0ed9e9ba4f8292faf902c17243faa8baed32558310c211633b9a8a2307e308daea2236eaf4d2d79ad14288aa50b2b2c35733424b67314383320ad2bb0eaabc0b24b387e2e85acf0b343acbaac12a2ff314e14a73456300e2db8142ab6f0abf92eabaa7b30712c8aa541ad36b516b10525f6aa482609229baaffb092b1e3ab70304822b2303e9f2db09dab7ba10ca8252139b544ac86b0812e25b3b632a7b2f0b0709b64b41022db2ebeb27fa960b2b3b35eaff9aca8b249a8f12f22b5ffae60a90d3011b08a91d3a475289fa85e2a792edd301e2b20a50e2bbb26b22c7423e5aacb2cd7a8399eb3a4362be42b592aef2fcc2cec229c2eb3ad66ab19b5afa99b2808a938aabc2725327ea8cf2d46a918aa13b04dacc32accab7028ec3019ad15953dae6eb05ba33c305ea336a4d82c14a5e42a282d5f2f41217d2de630b3a7c5a99929ed29902dbc2e472e881f88b20fb815b448a9b430b7331bac74229332c8aa612f831c3eaca7aafc2c1d2c7f31f2b18db0e52d502719ad0a25cb2b73ac8f26e4a2182f6d24799de9aaf3b4d52efc2c732a9aac4eae1b25cd281529ed9e77a9a820cf29f5a94dad1cadfe26d12dbda432acaa2f6f24c4b0a4a9fca00c2f30afd5b1181fa82d262da0abfa2e42ad7b2dc42ecd2801291baa4e26632dc82d9a2964a96426e6ad9c1c39ac06ad8830e4a0a42a781fa322b4a2baabe7ac182f3133fea657a5919ba72d79a6942e1691d8b4df320eb0fb307aa31d23a0345e26da29411d04ade82b5333a3a1d830b6a7a0acc82aa3ac299c0ca89027dd286b2d022d2caa9d30c02bbc30a7aa523437b2f8a5059eacabd3a893999eaf22b2b9b0bb2dc29d85b13694d0ae282269adf1ac05af23b49f28ddb3f529a4a922b671b31834309ef4b5292ee2b23a2c76b6b3ae65ae8823cab45c3028a7432013314ba29ca705278dac3b2e7d336d242f300ab0e1a6f5afb6a53c270ca8bd2cf0b01dabdf319ea187ab5eaaeeb56da215ad3eb4d62dbd9e162042b07f2aa8adfdb599b32e3103299fb09faba11f742879a88531a73240b29ab0e2b21bac2429b632592eea2a13a99929ae2d1f31c2a5be2edeac88a025a800a822a5f71493a0e92777ad759fe2a74d2526a66a20d6272b1b4f2a2b3422b28d2ebca63e249325072750b1f02c13a83a2a552d23ad92251faea82cc530a4a2812c67ae9ca86e9c292cef1c191d00aabaae41a357a03ea8ebb0de9ea01d16a507af93a4962d8830052f5da8cfb24a31982af895e09c7b30713111373a263920c03003aecc300e2a0c32f73559afea2c2537612930b59a0fd22c7d32ac2c84271433230ec3a831a94733faa8cf3105ad522d532ead2748ab8aacb734d5a1992831ad942fc826bd30f52a4b24abb0c02828b23ca8e63248a6b029b9adbca8b835622f1d3762af7aa0972f5a29142f48ab332c632b10324aa4272aa3aedaaf1f29c52d632a40ad5b269530c7a93d2dacaa272f362d5c2a00ab9d24d018b5a1842fd021b52b6d27f1a90cb5ae2ed3aade29a9ac9020472dc027a225f723beb2f4335eadccaff1ad022861b782a8a42fdaab0fb3342d752c06abdd2b9fa876b1d2ad98b36eb17ca2831e1eb3c0ada22921aa7db109acde2cc3a7fc31eea87a3431a84f28ae2d353109a939b4c9927e35e6314dad9fad4d3085294eb01fb4733375b3fdb4a934522c9caa2a2a382c1ea352aaf9affd3231370132f731bb34e32df22bb230262fa7ac7ea5d6ba582a74236ea3b52e811deaa8feadf0b33b2ccaad72227ca8f4ad211d672678afa22d2c2ab11a6caf94282d30e825812cdd3033b005338cad78284aa537a98231132e2eb5d62064b08fa3202c1fac982805a6f82d882c3d2922a431283c2a34b1f3a820323728842c91ae753311261da9032dc3b0db2a98a4b1988623d7a936b5a3a924a4b52d56a6adab33b2a42106a33cac0eac742df8ab44aa72a3eea9fa98a4a8eaa880a323ae09a64babf9ab659dd9af20b10d2a5eaf3133d2205e2c1e23a32ceaaf8024b6a7302ceb29fd230530d4a99a1c1ea8a3ace4ac362c3ca9e1ace7aa1f30182bef2c64a56ab346295fabf0a9cf2562b08e30a3a5722cf1adbca7feb14daa9da362aa4b2fa8b49f2e8fb33f9e09b242b0aab031b24b2d7826d7b358b0c6b2492f7da8f59c08b12e2a1e1a81153c2effaceb814daad92b18aacca943ae2ab06d2bb2b044a1b2afad2900ac7cb0a62d07978fa311b2799cc9a603b50529d3a1f3a64728972758adbd18d0aadb26782c4eaedeae34aa36215b21f4afc52bf8ac33a582b06324bead5928aa2cefa4cc304baf1b2d3d2c2fa77b90ad2bc726cdabe4a8d02c2b2c8da8c420eda86aac22aa592c7ba99125739d9611bb2963a743304ca8f99ef6a922b038ab80b2b1a9f7afb22bc8aea015ae1eca22702cf129f2a6769f1926f7277328db1f4230b8b244307aaaa62cd12807300b9bd22b112fedab482fdc1c10a493a6fa2e512788b3872fcdb2d0acfaa98bb274a999b59ab12fa1f5b1eab1582fda2a0bae33ae40abce325d1b08b43f2f011eae201eb4ca9bf51d97999ba65eab50aadb9b079bd22d4ea92132712f253102a57dad6aa2112f86a5009d892ae41c97304c9c7d18f8b15b2d419f94ade0a71da905b1a1adbc30b02f32a7db29faace4ab94ac16aedca28d2522a782b085a7eb9e542630af0a2a30afdc9ce18ceb20a631071e752b77967ca49d2ff42dfd238ab0a3af16b57eaf47354ab5aaa85e2c2038cab0a924b0b258b571b5f5b126addd2429a213b640b28c3213a5bcb034252eb28ca40bb7c1ad0aad9628acb07d30c1aa6f292230baa1c231c7ad44abb5303d35a1a7273130328e9b73ab1f2c11b47fb19db053b0be2ced34efadf331322220362eac86248bb4a82dbeb5c42c81b4f1a96eaca7b454ae2f341db0d524d52d3b37f5a9ac25edab752d7cb099b147b1baa7c226ba2e772f9e321da9e42f36308a32b5271f303a2ceba6b3329e95f424f0abf2aeb8346224c02b72ab9c2b14a96d34abaf102f3c2c1a204b2d142d37b2b5a4842519a50e30412d58ac5e2f8f954c337f22d42d8a2ea32534300f9fc29d71a9fe28c62ed72ba52bce9b922710240634b2a8c330f9b1c3af8bae732d3aad65325f23d935082e6ab08730c530a0aa322ddf2dd6282534e6ad23b136ac3532b0b1ec26c0b5dca8b9309b2ecf31f3a944aab9afe0208bada7aec1a9b82e75a2132cefa4f537632529abcead9aaee9a4e42c1e2ee423dba3b22eb8a6651909abb8a9d3a571b007ae46a0d7a9591944a1ee319bad67a8a11ed62c56b0921f45a97d33332b2e354aadfcb1f42827b277a9922eb334bd20282b11b4ddaa99aef2accd27831fd2b38db100a6ff30c7a88f9c00b0a4af2bacd8b1992ad22cd32b85aad121d52556b15a30222e7b2cc9307b240b9ec22f2b25a8a5492cd0282a281ea2ab2591ac3f35582c0a29d6277aaa0ea8e72919ae52a9e89b493331b87aaf19a932ad8a285a9b55aae12f7dae4faa5f2d3a312c2989b13339a5b9f935c336fcb171b078b423b8a2aef93259b0abb58caf1f37b8ad0c33752dd7ae852e3faa7a30cf283ba6a3272932a3aa2a2dfda975307e9cdba17630fb23efaef99d152426287a22821aed2e252c60a749a4f92eb8ab9f28539fa4308aba2c1effb542b174b1e5a1beb48abce8baa03aa6a866ba1a31f2b995311cb797b44c300930d13059b0612affaa43b35cae7b34dbabf5af3f3626ada32e2333f1ac70a4d19ea3ae0e2c0b2b0026d8b284af3ca0eb2af9adb32ad02b822c98b06cb760a170bb3bab2fb9bdaa1bb295bc25bb3d37b01d45b32a2dceba59301eb7c42aa5afeeb2533199b04eb01aaa482e58b1a5ae28aa5aa63832ee2b3bb2d1a317a95c2615ac47248daf48acd928fdb00b2914a903a7eea7aba360a9049a061fc81d8ab0cba30c341facada7bcaf2ec098329f3798b471bbcf2f10b9f0b08631392eca2f6233e22cdeb504b27cb714bd48369eb2eab4aab9ae36cf1c26b164371b243baf33332cb900b802b531b4aaba7c3486240ab1b6b1512b47b42cacc732b3a56fa53b325dac80a9112f5935a4a6152ba2a9b527d1ac812fafaf6f31f72131a839abe2abc62ecbb1ab28373810ad2a2d5933b82f3331f7379db77638a22c3e28a1304b3293a79da1efa02a305a30662d88a924af3d1f28342cb7eca6e41d2e2e35a824252ba92a2a9caa8d91c92e3ca35cab30a891a89b20e82534a99b240b240ea60ea91928f2283c9d902bd72b01a77021dda24827252418247d2072270128bea4c22b5d2c8e2a22aba2219d297b8d13274721af2bd7a407206c9ea8a8bc986c2b53a20a28fe9d5525e2236829b22972a9052e33a8aa28231ed8259a239e2c412e7a323bacc5b36828a3a05f2af5a7c6ae98345aaef7ac1cac862cee1c7d2c612a0725102622a8e32cab9e2225f02933aa312f4f2ddfa05fb1a82a95311baa8420cfabd9aca22529a689a8bcae65aabe2c042be8a77fab40277cae411c7f2324b33bb7902fb93613b4eb30552530b585b3513370af633388345f36e1a6e5a4342f4f2f9aacda22a42874ab0030b32e252b19a836ac89aea0aeb9abcf2bdca8eba1aa28fa137b22372292ae6b9762a6b5250929979e47a48eabeaaa6d2149b0512acba9692aa1b2a42e5330ebaf4731c928799b2c30962b792c7030d3a2f02de92c262e27ac7c2f8720e3ac6a24f02056283fa0beaac5abd928a49e452974af10b55c2c2b1895205cac7c24c230d32916a8f8aec119479a2830fdabcc9f7babceb8ca2ab42eda30901ff624ffad5321999e22ac1131dd9e829d4baace2e002f11b1e72827301b2d94969b9d52a53729292ce6a6cc2beba10a2b1ba88ba5da317833132ef0b088ad82b36ea48baef5ae4834ddb1311b1eadf82a8eb01db021b792a3e7b2ce3033b8842e6a2947b7bab0e2311820f8b415a6e4aedd25b7ad4faaaf26a82c06ac7eaeb5ad7d24c22eb6a30f2cb5aac9a0bf28a62cf0a37dab1bac032caca82eaaaaad749c39a79330f4261c1caf209023df0e8c16f8a3cba8bea0d0af3fb4a32c73b347a506318daefcadf42cbb22d5217ba632b0539f33a97b2c8e2c3820d52ab016372143a93b19152a9e98d7a8fd235fabd0a9309a63ad


//!TEXTURE ArtCNN_C4F16_DS_T4
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
4b2a502d292267aa0620adabc7a523acbaa5c9a29b2395122629cca671a9dc2448a6ecaf0ab02c32daa99eab8e20d3b167a8a6acf51c6aa4752fdb2c452d8f1e2028a8a2892a3428af240a2283a1ad0b1d2c50aec3a9b230093020aced2a7509f9210521d2addf30739877ad59a94ca939a8b0a2f3219b9cb72ca0b43a3444327f9de52cdd3493b3f0a68f2e5f2cfb339eaa22297da95b351b36bd3458b1572d1522771f25b1aa30219a5128c4ac412f2b27f5a335b33b1e83aaeab0612c74a4501f6db27f22732961a9222d672aaaa49aab42ae97a1382d4e2c2eafa12dc32cbcac4d2f70add32eae9e4cb0b49228b0922b7324082aaa2ce0ad492d8d2bf22e89a55fa060a8d39d9ca3ce2483a6f72cb722efa8312b3b2e16ac8b2204a5a4a52a18e4282f29f7a89d9e852bd7a151272a1e2a2a7b234024849b701c3122bb2232a2692757a41e1e19a5a825f215482cdba9d2ae56aa45213a28d7a9daa9d325ed1b96a14224e7a120226428eb982a29af21472ce91cc926d118d02cab2cf91fa29e98285dac732c42290fae959b34ad9a2b5d2883a7b1ad7b30d5b0f626db9809ad1b2057aa55272b241f231411f6b4472bf929a328df2342ad312827a9d8209d270623be20b69cb1a496a4bf13871e3eaa40aa7db4402bcf29fa26e824951dbea9ddab9b2859a98ea88d2d12a9e930f9a666ae8024f12eb7ae81af6aa7c82aa4303b25f62af6a49c235132d7118036beac97ac75aa4da56f2fc1a0e52839accfafe1276194a820111ae92d4b1f7c34882b642cd22dfaa0a69fec0b44981025f61d46297f2751ad1aa8a02dac9a2c29b3a42e2b519059a99fa5363075284ca7b29939297ea77c2f35a6c82925a7efaf0a21ae24692dcb2a0930c91a752ea81ad3a2579f4925fea51d1bfe262b9bd02b0d25f5a4a0b1862866a691aa91a52aa349a96b9d61a8ff2b552439306d29b22a3ba66ea67996df2bcf247fa5ae30d331d92d0320322e0fb020296236f81f193627314ba9f6adfe2aae2d1e2fc0b3ebaf73aa761e072179a56b9f7429f99e56265429e9a464ad67a7d8294f2cde2ea0299a20dba56194bc248ea64fadcda9e8a5162b2f2af0a8ae9c1e2960a7df2cc9a6acafd62201a85e2b52a407b669a6182b2d2bd5a27823ff2da92888a807ab451cc11c0d1e4ba97029a99cb19df5a0c7a82a266f21c224462801a3932b0624b4222499ec2ebfaacf297fad581a8c21c6a5b8a43aa72924f9ad3228742f332cbd2e6e25f1aa6da4c39d3b2a2628b81f6b2c182adb2403aac42f8e186b2d5234f51fd0a15623fb9b809e5fa9b41f3421e72802a6b5ad282c30a9cca4e12d5ba1fa891b293b33492d04af92b00ba5c02b13ad0a30782b0bb13d2ff5a951231232622e0aa8fdaa9fb17430dc2c0529962576ad50b139290c3238ae66a113b59c37f228c61d4823be2bd8a6709d9b182c29339a8e98a4ac53b0872e6f155a301cb0b4a9e1a57c31462ca2a2152457b0213123a5d3ac5aa4c62d45aa112bba322e241f2d43ae27ae89ad572f84a02eacdfae281e38a6ffaa39ac0c2d57af3d26562ece28c5269628632857a9289eeb9936226eabef9f18a9212129aa45282e2da5a462a0ca25cca2a8a47e2901a970a1569b672f7f254eae80a6d925cca2faa38ea9ba2c712bffaa553190b033335fa8882cc730d334a7a680a6a42d1ba499b16e3067ad84a3c422672b10ab58810927c21f202b6e304aa8df358e297e2a5b2764ae0c273c272bb03ea91b2751aa911c4724eda8af317d9137a494abb12ab2a2d42815af0424a6a8bbb0582d0bad592eb5b291b1ed3436adfb24ab1a45a4ddaf3bb21c2d5e2e4b2959ada42d7b27542e3c208d2d292c91adb92af72017ae1ab05b2db5a11cabfeaf9a0c5ea55925812a4f2a2b2654a693a81b9ab7a266a9ada32e2d0a2b1b32e0265921669eff9899356d2b63337b306da832a9f82b2fac502a1ead0caee191299e511d53a2869ddf2cbd9fd52bb72528ae8414df9bfa124fae892a3628c4189f29ae2138a2b2ad0a25e41d45291da59aae049c8f25d2250aa60f295da581aaf6ac43b122331cb3afacfc1d01b32bb444aec3afd3b2493113ad97aadf26dc1ac5288826841edead6324329d0dac0aaec4a91fb14d2dc8aa303020ac950a96ab96aef1accf2eae2902a63a2c5ba43e2abaab5f1f05a7ce25feac162fac2c48ae502fafb2073342b433b06334f3a1f13205ad98b0653124b2f2b314b2bbb1b6a950a980aced2a5baa54b1782e93a1a92baeae5d31a2a93920ab2a682364aafeace8b27fa6201db124572934a9f321aeaa4bad4f24202548ac54b0322751280a313d2f2b1e34a510220a296c31272a53283aa992abfda39aa3d92f32a2f69cada907a6282526a5aba34b27172c962cf42aab25e41dafa6009fdfa8c728ada5f028f7386bacb82d3daee73106a613316228e32519a2f22f21288db66b3476abaca83529de3460b4fe30c83273a0c43271b1b1a66d263b2c02aa043c3db5523308b04aadf4b0e835dea9ad197d2a96a7932d432c75abe02c8b330039bc35132cf91cc134cea159a5a1a401acc62ec8a8dc8bf1ace4286f29f3ace4b1c6325ca76431f22e5e23c8a92daf87b6eca668b64f3012297ead66a58e30fc34392ebc316c2ee52e87ac392e212133a7672e682cd0210928d62d8f2e3ead0332d02d1d996ca0293404a468998b24a22a5927a9266eab60ad8da8f9a370a3e4ad772f0c332e2b8d22a2263697261dd7339d2bde33cd9fc1a9c523602670292b2e6fa9be2a6aa463a91f29efaabd98fca35e20cc9a689d3ea46eaaa5ad41244a27de29f92ac225652cc924cbaa932cb2a6781d182a979c51262ea07aa048a52e321eb1452ddd1b4ea5b1ab192a2c1a71a9031f32b07f2c6a9d5c2a8eac90aa77aa1032c0a1d3a49026299cb8a5f3a977180ba824af45afcc2a0830f5a387ab02a9cbb0a222cf96bc2f1d28b9ade5ab9f2783a060afdd2707a09611dba73020db2f60ae1fb0103017b051a0f91cfe29b823352181218a29edaa6c2b2ab089a796b19630d92411a75828c52a5fad29a9a1abf028ff26412c091e1baa43ab8e2cf030b8b0e020332a2032b1a06da21ea6c8af132bc6a2ce29982a651250a4f626f915832594ae13ad75a920a8a226f6a16eb27ba380ac5c23d026c8a3f424b8240019052dcb2fb427fe2cae19e49da8218da82729bfa746a6f12824a56ba5742523319e249ca96dac4530322a1ab067a92b2c381cab2e60202baeed24562fdcb2199d8ab2e8b0d527d126413275b2c32dcf2a08a8e734ef2f25a966a9d6ab40a473a95032a02d46a6a0959f1d1d15449fa7a71925282dcd2dd4a774a66129c92ad32d9aaf1e195c284d33c2a8fc2a632e64ac1da468291f2f81aae2a6ec28d330952c3cb55cb019aca2b186b0c434c42194b0d6adf430052e9ba22f9a2b311f2c5ea58934972d492cf829672e74ac1ca5a729c19a7e2b1c2cdb2a563062ad602594a4d0b1d9943524a931cd279699a81f7735bfa18030f2a4a8aa3120ef2d4629d4318fade32ef3a0d9aebc294badc69c9633372775b044ad13aff4a10cb1c42c801fc22d62ac392cd22aa224689de79eff2b052177b03aa88bad4fa9799c8ca79a2802a9809f7125cfb5ae2431a742acda2a2ba2ed2c62acceae739a9530aa28852e282e892d49a73025edad41a6c3ad8aabbba8b8b332adeaac17a573b5a2a46cb87ab641b0ce261c2a67a255ae5fa10828229c98b2c4ac28adaeb86ab0cfadb8af31acab221ca50ab10ca111ab03a6c5b01fa221b098ac3faea31cf3ac30a6ae2d222cd7b01d1ccbb0fea923acd710ceb2fda866b614b10d2cb92074b109b247b92eb67eb18cad7ea548ac82acf2200bb679a9dbb53eadbca3a5bc47b6b12e8db0feab5a2cb12843b5369dc7a538a504a61620d01eda27c9ae841f17216aa5112fd727662ae3b3092015a4869a60a575b9b1a805af93a137ae5527d7a9a32dc5ad65a948a89cae2d2391a9462834a93bb580a7b4ad83a03cadd7aa002d32af68aacd2a3b9db0289da8752163a8b22687181e162b250b1dc2a43424ca286da73ca304219927bfa2dbaaae24c4a709a55f2c1d2687318d28f2ac8621282921a805afde211ba84a1e652a4e2c4bae99a2e8a7baa018a9ac1ffda9d020a4a8fdacbb2cf9ada024f0abc331ba2e95ae072b7a1d87ac84a77b9b5aac4e92170b1c9ea13279acf5ac6fa0a0ae6134fbb5e5244b2d79a003ada091eda83830be2cb6b3f5afcaa599286ca44da3ce32b7b11523e4303e125b2e7fa50eade0b66e26d531e72afdab2f2a39305335e12443a7dca90e9e52245f250a9b3caec991f6a8eb24753050a86da51fb356b00e2f61ad88a22faebb2567a967af0324793056b0db31a02a802714a98826939de69856197ea17db06d1fd1b241a2b592d4a507aadda8a62a7fa08ba1bc230cb14da5ad9c41a608238f225a26572cd5a2cb24f0a284a1d7afdd280029332247ac792e02b1c0313528d9a48a2e3a2d85ab8b30ae2c25a7302daf30e8a94c9c329cc7a13cab8629782801245a2a1230912ba5a835ad451c11b054ae13a59a2ef1a67baf452ee22e98a96d2c44a1f02e06ac2ca84bad7c244fb79e2cd731082ba22ee52c8a2802aefab093b150a5ef321aae4ca46eaaaea00a376eb0c930072d621b0aad152db423f8ab4dab16b08ca0f9aa3e37b39ffaada7b3fe25c2a719ac5c2eb7a775a1de217ca5fbac6ba8b7b064a2f512012475ae4bb158aaf09dfb35931c3d2c74ad8f26b2357730112e312d012183a43ca9a2249e31fe0f8ea04c2822ab61a50a9d3b1f5c2f1ca52030e32c8d9df030b2aceb238db0c82560a23a2481302a2bc7b0c92d1e28c5a1a5aa902e68ac39a82c3193aa68304caf1b2c8a972a2c77ab092da2a008a11ea99a2edda7acac362b1f2aa62c062b44a8741b8099959e1c21341d241d1327d3a03221c92550ac58331f9e7f264face92cb39c4a2f56b8cc2e022030a78a2be4ac8430ac2f1ca32b2e60a4e32e8032d0244db3b52ce92c0931fcb20eb1b5303a2718293b9e1daa98346ea89eae54a94eb9a114db2433aabcaae822cfa1c1a1b0a3e78b3c2471ac6cb4ecab2c21cbb22130f32aed329eb479a6140a91a7b12ef52ceba5e12de1aceba68b28c0ab3998b51be1b3e12cdf302426aea7c6a364a833319324522fc0a5882f93ac8a2e223242ac8aaf2aac04a803a70e2c14a15ba809285e226b263119e62cf32c3baa61ac672910a208a30a261c200b26eca82da86319572d20a389a8b6a32ab01029d28e8aa540afb91bc4a14a278fa9f926e3aa4823482f7fabfc2861a9b330362c4c20fcb183295b10f727cf2458a51c23db28e6a12c34762a4a2cbaad65a991a874aa102f69a224ac10b41fa901227ca41d943f251ea425aac1aeed22f12baa2aa0285b2c65b4d0b526a937afc6ad68a67e3110a323b925a8de254327c1b5d4b4deb519b8892ba728552a1ea9b02a07a0082814247ab6c8b0a1208abcf72dcc2b9e2d2b2bb31b1a2c83b08ea3aea0f725bfb0ab882dac6524942cd49fc91f0fa7152f1b2acbb450b4afa511a496a0c72504b699a8a8a828abf9a8ed1ced2eff2d30b15e98f72915b0202d3c2bdea5859a5b28e62358254da8b9aeaba860ac0d2ca62e512cc4263da133b1cfa44a2a4b2db8ae05993bae04a898a4ae18deac4226dc3181b06aa8dba7dc2a5facad2dd634d0b14ea891b3a533901e5a2a95abeea48bb5ab32c7a74e29d2a50eac4625502e6124a4145ca6722e1ea464330eacb7a94aad8aae30ad972806b541a44a9a59a9b02bbfa78f231eab65a214a739220ca4672939b1afb03b332c2ee5ae7b309434ba306eb4ad332eb2882a9d2c6faf0b3054b37634c2314e26afa84ab14632532ef1add5ae71ac55ae8d2940af6226b4ad99b079272ea5c99f42b1b924139efea2cfaf6ea341ac1b2ab4242225b1a7b7278d2cb6ab8cafccb38c28c2ac412d082a6bb19fb4ceb140adcc247ca2f32db5b026b415a7db303ba4b89bf59d54a06126d32bb1afa41c62ae3b1217b0922a0728fea8fba7da24e428402f62ab32a4042a8ca6d0a70cb2079efaad45a640ada62d31aa1ca81426ada896aed3a61a2eae260ea9fd061ab59c2d502952ad902cf82c14358a335c28ba27b32b6ca4ca28f9aaecab8a1881b2ada912a89432aa2d48289f353eb07f9e18a8fa30b32f10b347a80631fd9c3a3511a369a953a7eab071a9832947b3efb3fd30d5add22cac2c8296122dc720d03556aae525fe2e3cab722e61992833442bc2adac28b8213ca5d125162ece2cce35ac270a2b25b56728eaa94730d3b1d8a71fb5cb2f5fac61b2e1a3a8ba242945bc0db11fad252a39b7cab5d8b4cab6e3b82db410b2b6ad522b259997b3aea213b66a9b4525172a7027fbb2aeaf063005a83c30d527322632aacea655a03b9ac2ae92a8eb2c55323eb0dd29452c9fa249a7


//!TEXTURE ArtCNN_C4F16_DS_T5
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
ad29f3b405a5bf278e3509a1102ea9327d2f91aeaab5d62d1925a835f7b23b25a7b7b1bb35b232b556b0acb707b4d63d2eb92d3656bda0b69db3183b82b1f29a9c377cb4bab886b652ba18b3db39e134d9b7392b8bb829b39cb1f236db32cbac2f19652d0ba7d82e23307426482658a7312679a8ef28c52871a44b2c1baa9530972f7132b12dfe332133a6a31ab150a990acd6af46b16bb0c12f9fb04bb42c9f1432deac04af6c253a2d5fb1d52f9622c2b007a48daab0206cae392c26a088307c8e4d9a2624baa297226b2372176e289421259474a46920ee23c927822518a4ab3048b06533a1290eacc52c4d3032342b2d0d2e892c7db1b8a270a9079781a3f6a69a2a30ab9ba2aa28f4a403ad3eaa432500a52ead2529ada6b0a8081d35a5daa46fa42620d8ab1dad6ba9af2a689e6c21a71db1ac0a1a3f2dbd21b4a718ab7c20c629992adaa931b4239dfbaf629f38b325a5ea2d79231733693326b05aacf6301230da2ca6b39db2e61cecb6432987b6482dfd306424a9b26930672b14b31a2cd42ea52d58a26db1cf290928fa191ead2ca4fd2a60a95ca7902d492689abcc307e2f4337773068aece283b30591fb3b438b0d7a9a8325daeaa38dfa7e1aca1b03e322fa8662806b5abaa3f3454b32fb42122cfb2dd2c78305d368028b5b2f4a9b2296c2a1ba8bcae47a76a2c90af04ac22936e2cc8a6382e5a2d10a5c1ab6330402f3ab484a718b01eb0d1b242b270b073a6882bbfb02f2def303328412745b09031a6a306acadaa62ad0ea71ab2fdb02faa5930f2afb630333411ab48abb62d491b8dad802ebe293b2af62aab29112021a782a9632a7b2d0ba886ab0e2cb4ad2dace02cb5a2e527aaa025b2132a1ca93ea46fa736aa6929db265d2ea22112aafaac4ba966a2e425a4a597a9fa11412ce4296c9fdea0dc2c4e2c63a434a82baeb8a7cc2639a8f51d68a8f0321221bc2df029c11e3925233152b5f224202a3735bbb8d32391ac17372e301facaaa7093610b16fb202a1ac35eb3075ad7133ecad09af4c2c0f2fffab50ac99b0d029c8a6152cf2155aafef30f02d4bb06d332ca8c81cc92d2c229126b3298723bb254d2a1e20082a992f5730ec29f22814a8ba242c2c261b819a3c2aebb1b2b09a03a42e3f2c86a8eb2ddc3003b05faf9c30072f512792a51c2603a760a31ba291abf0ac2f2881a7ccadb429afa05ca2342d0db39fa9343032b0f8aa33afc22caaa87a2ddd2349ada9a26caafcaaa72c8d2b9e28602bb8a0a229662c5f2d8d2d892c4f275299e12c4b2ec4b3b9a41db1ea1551a65e2701a59b27d09ed8201d25ad2655a801134e0e2aa59da4279bfc9d662c062d0a27f2af68a680aa4ea85eb2f82c70af5aa79ab09e2960b0753380a1122ee3b7df38c2a9749fffb560b024a09a2b4eb8ba33a5ab4135afb6d8b0653082b09b30ba2f3698c3ae3e1c0a2eba311c2cfdabb3a909a963313cb481ae9d314db1ea27529ce3b02aa8f32ac3ae2ead88a84caad4abdeac9eb0a9b02aaf3eaccb2b47b3c82728b5c198ed2814221a25c4b49fb004b0c8ac76ae9824cb31223058adc1b36a2a0e2617a9a82f749885af51ae242d35a8ab2bcb3063a62821d6a976aeb596a829b72421a842aaec96ecaa71aa1ea67623a92cfca729211b1cdb96a4acc831a32d49b060aa17a3ea268e3035ad652fa7ab97267d2c753076a171ac77ab852d142db82b7f2b41acb4a6cc21caad5eb1eaac4120d10d3b1ce9a88cac1d9494a8fd26452bef2123b0302b282e452428a4a12a992dd42f5c31b32d1d2162a86635ba30030f982d7fb5c4ab73b118316c3026af4a2f2020bd38d8b4c6afe8222b2cc023b52c3eb015aea8b33cae0dac38af4ea62a2b45a9bd35d92c902f55b2261f792db42220ab05ae43207b2446a496a7efa7332cb42ac9225d296e24f2165131bd9cca301c2e692b84a25ca86c31afa0862a792ade26723068a6d9ae492f342f05a21028e62325ab66a8b228f32d1b25af27f81daeadac2b652830203b28cb29ed2956adc12c7832fe2ed7b2b32c05300b2a2b308428cda4422c5bad5522a1b282343735153194a39eaf3ab228aa48b44f34fa2bd9ae2bb81c30e72c442aa530ea3040adefaa9cae0430e63387a2efa846a6292ccda9bbb456ad60b09db020a3322fb519c027e7a44d2ad62480af1f30c6221831be306cacb3a894a6ffa181359b25f434682cc82cf62fddb29b2dd7ac7a2f7f2abbb0c7b95731d5b2372e34aff520ae2cb2aee52fb62d9d30f632512c33aa55a91e27e3250024f729c2b3cea723292c1d84a6baa62ca57d244bacc319da20ff1f6422ec96a92785a3d8a42d322ead5b2f2c2999a70830222d462c05a8c09a172ed92d8ab50db035a9c62c372bbda81d2dd92238222f29402df82a2f9d42a8ad23f220bb9c3c298e237d26ab23de21edacc529f430722d0bab9b234531b1ad0c2877a9c2ae4aaf8a1fce3026ae41adfb309e2d9732032f07af2bad9a2f0fb015ad5ab4deb20c31c9a0e10d42b2b9b0cdb0f92b39322f29612d08ae26331e2fe3a7f4aea1a919210baf3c323f27a0a77daf38126127730af3af092c9024391fe324a3ac46b1bcb43f2b292e8734cab2d332fbac7124e1357a350d34aaa6d42f5aab172a47b442ae7335a51ffaab8faca4227e2cd72ced30f22ffb2e94a15da81eaa59265ead77a858a930aa72aa7ca140a1452032265aa7e21d3fa956a66b2097a1762512280e260ea468a44c20072c3b2c4bac4ba60d2c58aaecafc4a85caa7d2dbd9f44ac73304126f4ac3d2524aa122c30249628ca1f5825f22c682be5214e295d215dad5a19f9a66a278a2aa129d6aa8f9c6ea5c729dfad902955a942a8fc2e6e932b28f32a5429c82873305e2ce3b2fe24e4a845a3893193b0c42daaaffe2252a44036bcacb5a1e51c801b3ead3428349c2d2e9598289f65242e29fb26c5af51a55426a9a64d2c81a5cbafc4ad72acc9a5a12c16a9383277af7921e9aceaaacfa3652a5fb20ba0922a05391db775ae753244b2f2346934e0b4bc3617b08d3397b17a3ad2b1322e07ab61ad1da8c52ccba90ba5d5b2d6b1373032aa399f65a9452d6334782f342d652e4e2117ad0830a3a92aa6c82ba22c0731d49cdba5899feaa49a2fb82dcc29f2accdaa74ad4a2ac39cbeb2a3b02d2ec6304d2b542fed2dfab2b338f52b5f2d24ab1c2a1515b5ae639f1aa9e59f87a84db1f2a4552b1ba8ffa9f1aa6ba8c4a4e0274f28131d58a4452c3c28fa2972a45c27e5a49a269422c895c9205da7aa2acc21da238fad14a5c1196d2fb22798a3602c6d2eddae96ad742a78300a20efaca62d44b04b1adf281e2931a6d4a028af58294d26cb2acf2d05accf1fce2c1024f8296aac61ac132f6ea1b9a2f097152f9726a925eaaa31afb4a95a218f288399f7a36ead0cb11732bda464ae57b1e72bcbb196ad693232312aac99b10eac2533afaa0c2d0f0b04b03d0dfea39826eb2a2ba66bae06a6b1b0603176ad05a91b2a452df528332827aabea5b5adac243aab00a88c29fb24e32cbfa24c245fab0929b0268cafb2301bb341a608323fb0cbb1e8b2de9976a523b1152f3220631758ab092826a8f92210a61aa94f2c3ba609aaf51b44297c91c7aa532a9da7bda8c92099a3ca20592d51ad6fa8932bd72ce32311a95fa61c18822b05a0bc2cceac04a40fadc9a601a0c8a862ab5eab351e59a302a96fad4baa482c122c332d14ad1eab1b2996a9ec28432adc2ca62c2fadb9a6fc2c3ca6a5aca42b552dbca52aaaf42dfc2956a640a1e6a34022c61a062dc61cf3ac022d3da7b3a965a9c0acfc9c3ea86c2cbca7199f31254621faac76aa131ffaa69f2aaf26ce2d062df5ac2f24e629ff281f29fa2496ac0f209da99cade5aca92c8da7e62c5ead00ad962dfa250fa1bf28fd192da3b22c592cc8282ca19bad59200726eeaa4419ac26842594a8abaa1fa4f8aaea28f2283eaa192118ac6a29c8abffaa342df9a83d29e0a726ad87acf6aa932c2a274ea474a686a916a89f1ccba8152da7a40329d7aa4fa994ac4cab192e32b2142eed31d522d0aff3b2203231b7342d6ea8cf34922a9cae9caca0a75234b0b1eb282ca26530132a7c29fd2b6b34dd9e682d8330002953b092246baba72f622698a22cac7aa727a38ea3aa29bf2780a75298e7ae6923d52b0596ee2af01e6eb9b43146326db99d32c7b56fa9a3bcfa2bd0b518380fb237ba4bb7692bc535a9aef330caac1c32682e6f34e3b540b465b15aad3db59e341833d8ad85b4523317ae7623ad30069c33285029abadca2a832c5e2418268125e2a142a1259da2a48bb91ca7a1b877b50aa897b6a1b3abbc41a376b1bea81931b22f993467b1f02b7e31c2aa0baa65321e2e3c2d741767a3afb0d2a74a2b3bb2b8a4f2ab382523367226eca887acda24aa194ea8822a07abf2a4d8212c96841f76a69e1d409f3a2d5e1ad92f59273aab74b3f1a9c5ad4db2cdb18ba6a93270ae1a290627609bd6ae4832ea21e7b0b72bcd2d22a9173441b1b6290fa0ecb2192b833409b30fa8bca4602f5421082594985e1bc222b927e32c8bad36a7a5ae732a3126c4a9a42857a8b330aeb3a8a049acaf2df71103b3af34b0ad37af1bb1fdaa8dad3b2f0da61099c9b03e33ebaea9200c248e3443b42c3b28397e330c2d70a75f328f3533b057a7702c2633c9241729faa4102c7dad7aae4cad91ad35ac49ac882fc012b9b02cb0c5a461ac8ba30a2929303cadb21e92ab5ca1f0a084ad5d28392ab22858aad02d4d2df42d7820f62a2eabc230ddaa9b31f6b049b00624d2a43fb43fac56187b309b3275b05829a5a4c7ade4a7d131a2339e1e6d27eb2764b1ef28302ddd2c912c54317da8c8af3d2f75304630472ba02a4d2e06ab4c29272b7fa1211456ac822bf8b0b72cc72c93ad3aab22a70db398acf12cb529d13117aa0f2cc32d5b2eb92e23a5772b952b0bac98ac7127d11ff40e6699f9a1da2c1ea488b192a5b5a979afc7a7dd32ee3070ab852607316e2c23b315a78dad6c3588b296b11c2e8fa01fad7635f1b8fd30382494b074b43931dabaccb7feafe8313ab896ad8ab360ab3d2f65b512ad25ad1d26c42d93ad3faae6ad5f30fc2c5c2e05ac862b322ef12c192959a8721fe12ee9afcaaf0f30c12ec0290ca5ddae112d1e2eebac2f306d2ce5abe53127b32d3069141d2a3d1f9b97422d5b30a23055311cb2a0a152abf01d0129b9ad3d28c5a446230931962e19a1deacbba107a999a6ed332eb253b0b9a99b2d8630161cedace72ea72d242c4124242edd2cdea925aada2a2923a82c9caaf42fcdb4b5b19a30bb2d2c31a12189b08a3106268c297c1b1eab6bafacaa302218312ab03eb0d5ac1caa822982a8682a922f6231762c35a9b125262aec2ccb2a3a258d2da9b3363116ac1f36a2a96fb28ca5a1ad29af5a304aae51b39131c3b0b8ab62b38ab902b537b49c3a4231ad2cda2d43354f301f39bc2a87b7353ab4b4a23061b10babd0a53b2fffa9af2834a3b1aa972f752d3e3346b41db0f02ebeb33a2e55aed8b1ca31422c2032422a5b3142ac52a136a2c6aefb2e6427d631f5ab3822aeac05ad83b16697842596aafab0a92a622f8da6d6b0f92bd0b066a74da2fe30b431ebad6e2afe2696b170a23e318b3085a6cd28972d58b36a29173019269430aeaaa4a1641a0aa87c2293266c197e2c8a19b22b92a8c02406a5bfaab62dcea752326431c5af44a84f2b5b3069221caa613238ab3930ad2d819912293c280da8e327382d322c6c29052d1a2dda93d7aca323c8a35f2d0daa68ae5fadb6b07fad36b1b132c3b1c42a06b491a6913086ae8c2d4c2580aefca1c133c2ab38272b1f5b34b1388a357c324ebae1ac95aae5b645b5c6b0c3b6d0b4a33689b85a35ceb20934022dd92484a89eb08ba06b29acad39aa75ae3db1c4a81034be29043124ae772f852c73b2c1ac52b25ea989b1cf30a930012d382d40a6c31d9ab6333008265132c32f7731cc25b0aa9f300332c1343dabf4a71b9935a6aa2ac3a9812c16ae5fac8f2be02d1221c828f72da9ade82e82294aa802abb33005b02ab0f8a35faf22a58ea563182c22662b16a7612b31aaea2a159f5324a028bda50dac671b882bdcb03cadf02dd9a861309d153e34a832842eb72fbcae62316eb572adb49f9928702600ac63b0ff264d33f82fd03328326834d7ae55ae3030adb3c5afffa9ba2a4babb1ac119d0c28f630981f8229282c6ea35ea4beac12a878acb7ae1da9a530d1b509b21bb6e131b737f4a5e4ada1b7aab0b9aa9aa964b363a04db03cab74299e279eb8d2202db33f37a5b120adc12ce831742b96a488280cadddb0db33321f4f2a632bfda5be267c2caf2caeacb02df82e51a53da5392086b15aaf1a27932ec2aa0db1a63367283231c32f063380318f310a3139aca534812b85b2ed9c93ac32a5532999af1ba80f2433b096af9caf8f2566251cb0201d493033a28525a5b0
