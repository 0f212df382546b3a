// ArtCNN_C4F16: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F16: 2x luma upscaler for anime, 4 ReLU layers of 16 filters (12,340 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F16 variant=tensor precision=fp16
// Weights: ArtCNN_C4F16.keras
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

//!DESC ArtCNN_C4F16 tensor conv2d
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F16_L0
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
        vec4 a0_0 = vec4(-0.0027198044, -0.013629392, -0.015712878, -0.050803013);
        vec4 a0_1 = vec4(-0.02707489, -0.0062177293, 0.0026368732, -0.0029379292);
        {   // tap (-1, -1)
            HFLOAT v0_0 = tile[at + 0];
            HVEC4 w0_0 = HVEC4(-0.016448975, -0.12585449, 0.013885498, 0.036865234);
            HVEC4 w0_1 = HVEC4(0.080444336, -0.07086182, -0.10229492, 0.014953613);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, -1)
            HFLOAT v0_0 = tile[at + 1];
            HVEC4 w0_0 = HVEC4(0.043121338, 0.15515137, 0.12188721, 0.12548828);
            HVEC4 w0_1 = HVEC4(-0.0647583, -0.014190674, -0.017593384, -0.19116211);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, -1)
            HFLOAT v0_0 = tile[at + 2];
            HVEC4 w0_0 = HVEC4(-0.004962921, 0.10290527, -0.101257324, 0.06451416);
            HVEC4 w0_1 = HVEC4(0.05053711, 0.115600586, 0.06518555, 0.13793945);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (-1, 0)
            HFLOAT v0_0 = tile[at + 10];
            HVEC4 w0_0 = HVEC4(0.0018863678, 0.06121826, 0.020385742, 0.16809082);
            HVEC4 w0_1 = HVEC4(-0.045684814, 0.08270264, 0.10321045, -0.026855469);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, 0)
            HFLOAT v0_0 = tile[at + 11];
            HVEC4 w0_0 = HVEC4(-0.04257202, -0.076171875, -0.37890625, 0.27856445);
            HVEC4 w0_1 = HVEC4(0.11230469, -0.17053223, 0.13793945, 0.18029785);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, 0)
            HFLOAT v0_0 = tile[at + 12];
            HVEC4 w0_0 = HVEC4(-0.20397949, -0.12902832, 0.113098145, 0.11175537);
            HVEC4 w0_1 = HVEC4(-0.12683105, 0.23876953, -0.18725586, -0.12133789);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (-1, 1)
            HFLOAT v0_0 = tile[at + 20];
            HVEC4 w0_0 = HVEC4(0.009552002, 0.13122559, -0.031066895, 0.0947876);
            HVEC4 w0_1 = HVEC4(0.057861328, -0.015151978, 0.026428223, 0.0023288727);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (0, 1)
            HFLOAT v0_0 = tile[at + 21];
            HVEC4 w0_0 = HVEC4(0.06616211, -0.11468506, 0.2241211, -0.009414673);
            HVEC4 w0_1 = HVEC4(0.0715332, -0.22790527, -0.12158203, 0.027114868);
            a0_0 += vec4(w0_0 * v0_0);
            a0_1 += vec4(w0_1 * v0_0);
        }
        {   // tap (1, 1)
            HFLOAT v0_0 = tile[at + 22];
            HVEC4 w0_0 = HVEC4(0.1550293, 0.011383057, 0.014015198, 0.09320068);
            HVEC4 w0_1 = HVEC4(-0.082458496, 0.06359863, 0.08972168, -0.021957397);
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
        vec4 a0_2 = vec4(0.03127001, -0.0039273943, -0.0040966137, -0.0016518718);
        vec4 a0_3 = vec4(0.0028380281, 0.00058883557, 0.013085538, -0.058857743);
        {   // tap (-1, -1)
            HFLOAT v0_0 = tile[at + 0];
            HVEC4 w0_2 = HVEC4(-0.060913086, 0.12561035, -0.11230469, -0.061828613);
            HVEC4 w0_3 = HVEC4(0.052764893, -0.10131836, 0.22790527, -0.09387207);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, -1)
            HFLOAT v0_0 = tile[at + 1];
            HVEC4 w0_2 = HVEC4(0.08898926, -0.028411865, 0.15795898, -0.016113281);
            HVEC4 w0_3 = HVEC4(-0.16101074, 0.18054199, 0.36279297, 0.17443848);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, -1)
            HFLOAT v0_0 = tile[at + 2];
            HVEC4 w0_2 = HVEC4(0.06329346, -0.009338379, 0.017852783, -0.00793457);
            HVEC4 w0_3 = HVEC4(0.008323669, -0.031097412, 0.06665039, 0.04714966);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            HFLOAT v0_0 = tile[at + 10];
            HVEC4 w0_2 = HVEC4(-0.1772461, 0.31201172, 0.32104492, 0.18115234);
            HVEC4 w0_3 = HVEC4(0.03970337, -0.005996704, 0.026535034, -0.19470215);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, 0)
            HFLOAT v0_0 = tile[at + 11];
            HVEC4 w0_2 = HVEC4(-0.2902832, -0.7236328, -0.3330078, -0.083618164);
            HVEC4 w0_3 = HVEC4(0.017120361, -0.16577148, -0.42456055, 0.011192322);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, 0)
            HFLOAT v0_0 = tile[at + 12];
            HVEC4 w0_2 = HVEC4(0.14233398, 0.1171875, -0.056610107, -0.027816772);
            HVEC4 w0_3 = HVEC4(0.03567505, 0.12548828, -0.16894531, 0.20410156);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            HFLOAT v0_0 = tile[at + 20];
            HVEC4 w0_2 = HVEC4(0.035858154, 0.1184082, -0.12548828, -0.027191162);
            HVEC4 w0_3 = HVEC4(-0.06225586, 0.11328125, -0.052764893, -0.081970215);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (0, 1)
            HFLOAT v0_0 = tile[at + 21];
            HVEC4 w0_2 = HVEC4(0.20532227, 0.07354736, 0.10882568, 0.1451416);
            HVEC4 w0_3 = HVEC4(0.08947754, -0.05227661, -0.15307617, -0.0015630722);
            a0_2 += vec4(w0_2 * v0_0);
            a0_3 += vec4(w0_3 * v0_0);
        }
        {   // tap (1, 1)
            HFLOAT v0_0 = tile[at + 22];
            HVEC4 w0_2 = HVEC4(-0.1517334, -0.010353088, 0.01876831, -0.09710693);
            HVEC4 w0_3 = HVEC4(-0.018310547, -0.06488037, -0.012863159, 0.13354492);
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

//!DESC ArtCNN_C4F16 tensor conv2d_1
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L0
//!BIND ArtCNN_C4F16_T1
//!SAVE ArtCNN_C4F16_L1
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_T1, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_T1, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_T1, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_T1, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_T1, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.0035388642, 0.012181487, 0.06403471, 0.015263772, 0.048399653, -0.0074684187, -0.0068150507, 0.016319986, 0.015551343, 0.028928788, 0.0074838563, 0.012831508, 0.015546932, 0.0018076884, 0.003934822, -0.027352111);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16 tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L1
//!BIND ArtCNN_C4F16_T2
//!SAVE ArtCNN_C4F16_L2
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_T2, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_T2, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_T2, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_T2, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_T2, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.007665273, -0.012706782, -0.01845592, 0.026948148, -0.004221884, 0.016139362, -0.014981546, 0.016426912, 0.023174407, 0.05587216, -0.036808174, -0.002717008, -0.036521614, -0.027948106, 0.005269135, 0.016757237);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16 tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L2
//!BIND ArtCNN_C4F16_T3
//!SAVE ArtCNN_C4F16_L3
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_T3, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_T3, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_T3, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_T3, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_T3, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.014308364, -0.031445663, -0.01849288, -0.004246903, -0.021231862, 0.018275987, 0.004760984, 0.033462685, 0.0017615217, 0.012336949, -0.022513494, 0.009208594, -0.0013368673, 0.0046511, 0.021403618, 0.012234549);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16 tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L3
//!BIND ArtCNN_C4F16_T4
//!SAVE ArtCNN_C4F16_L4
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_T4, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_T4, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_T4, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_T4, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_T4, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](-0.0040135784, 0.0032267163, 0.0077154385, -0.0131194005, 0.00494108, 0.012729458, -0.007542627, 0.009159574, -0.0029531752, -0.08500148, -0.007686109, -0.0058430806, -0.0036268765, 0.012139913, -0.005200553, -0.008799173);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16 tensor conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L4
//!BIND ArtCNN_C4F16_L0
//!BIND ArtCNN_C4F16_T5
//!SAVE ArtCNN_C4F16_L5
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_T5, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_T5, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_T5, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_T5, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_T5, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    // The added tensors' texels at this tile's pixels, fetched before the products.
    ivec2 ca0 = min(origin + ivec2(lane % 16, 2 * subgroup + 0), last);
    ivec2 ca1 = min(origin + ivec2(lane % 16, 2 * subgroup + 1), last);
    vec4 ad0_0_0, ad0_2_0, ad1_0_0, ad1_2_0, ad0_1_0, ad0_3_0, ad1_1_0, ad1_3_0;
    if (lane < 16) {
        ad0_0_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca0 * ivec2(2, 2) + ivec2(0, 0), 0);
        ad0_2_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca0 * ivec2(2, 2) + ivec2(0, 1), 0);
        ad1_0_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca1 * ivec2(2, 2) + ivec2(0, 0), 0);
        ad1_2_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca1 * ivec2(2, 2) + ivec2(0, 1), 0);
    } else {
        ad0_1_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca0 * ivec2(2, 2) + ivec2(1, 0), 0);
        ad0_3_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca0 * ivec2(2, 2) + ivec2(1, 1), 0);
        ad1_1_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca1 * ivec2(2, 2) + ivec2(1, 0), 0);
        ad1_3_0 = texelFetch(ArtCNN_C4F16_L0_raw, ca1 * ivec2(2, 2) + ivec2(1, 1), 0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.0018953535, 0.0058265817, 0.018822813, -0.013862387);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.010203275, 0.011347302, 0.0063539655, -0.00053525064);
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
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.0010489298, 0.005604526, -0.00053814566, 0.0020017463);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0053338343, 0.001321621, 0.036247738, -0.019181821);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.0018953535, 0.0058265817, 0.018822813, -0.013862387);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.010203275, 0.011347302, 0.0063539655, -0.00053525064);
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
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.0010489298, 0.005604526, -0.00053814566, 0.0020017463);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0053338343, 0.001321621, 0.036247738, -0.019181821);
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

//!DESC ArtCNN_C4F16 tensor conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L5
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
        vec4 x0 = texelFetch(ArtCNN_C4F16_L5_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F16_L5_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 100] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F16_L5_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 200] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F16_L5_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 300] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 10 + local.x;
    vec4 a0_0 = vec4(0.08412104, 0.07971554, 0.08434169, 0.076244);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 100));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 200));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 300));
        HVEC4 s0_0 = HVEC4(-0.0791626, -0.00699234, -0.021072388, -0.033111572) * v0_0.x;
        s0_0 += HVEC4(-0.02381897, -0.011238098, -0.043029785, -0.024398804) * v0_0.y;
        s0_0 += HVEC4(0.01687622, 0.037200928, -0.0036010742, 0.012512207) * v0_0.z;
        s0_0 += HVEC4(0.1484375, 0.10083008, 0.06726074, 0.09289551) * v0_0.w;
        s0_0 += HVEC4(-0.10217285, -0.001663208, -0.08416748, -0.060913086) * v0_1.x;
        s0_0 += HVEC4(-0.023269653, -0.12683105, 0.04977417, -0.0018253326) * v0_1.y;
        s0_0 += HVEC4(-0.030792236, 0.047180176, 0.0043907166, -0.005382538) * v0_1.z;
        s0_0 += HVEC4(0.032806396, 0.068481445, -0.021026611, 0.0029392242) * v0_1.w;
        s0_0 += HVEC4(0.042510986, 0.036193848, 0.009269714, 0.0231781) * v0_2.x;
        s0_0 += HVEC4(-0.08880615, -0.06793213, -0.025604248, -0.055786133) * v0_2.y;
        s0_0 += HVEC4(0.003921509, 0.0836792, -0.021240234, -0.0036888123) * v0_2.z;
        s0_0 += HVEC4(0.06652832, -0.06149292, -0.01096344, 0.016967773) * v0_2.w;
        s0_0 += HVEC4(-0.03845215, 0.008117676, -0.044647217, -0.021438599) * v0_3.x;
        s0_0 += HVEC4(-0.015411377, 0.008071899, 0.0052757263, -0.008415222) * v0_3.y;
        s0_0 += HVEC4(0.011116028, -0.004207611, 0.021881104, 0.0046844482) * v0_3.z;
        s0_0 += HVEC4(-0.0970459, -0.07208252, -0.016235352, -0.057800293) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 101));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 201));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 301));
        HVEC4 s0_0 = HVEC4(-0.09051514, -0.1616211, 0.019683838, 0.04562378) * v0_0.x;
        s0_0 += HVEC4(0.0029125214, -0.011459351, -0.10870361, -0.02229309) * v0_0.y;
        s0_0 += HVEC4(0.0076942444, -0.15576172, 0.1194458, 0.048797607) * v0_0.z;
        s0_0 += HVEC4(0.018859863, 0.13464355, 0.055786133, 0.011070251) * v0_0.w;
        s0_0 += HVEC4(0.029174805, -0.11907959, -0.15734863, -0.010292053) * v0_1.x;
        s0_0 += HVEC4(0.044036865, 0.035247803, 0.19104004, 0.0034675598) * v0_1.y;
        s0_0 += HVEC4(0.022415161, -0.100097656, 0.013175964, 0.021240234) * v0_1.z;
        s0_0 += HVEC4(0.020339966, -0.107666016, 0.05508423, 0.042816162) * v0_1.w;
        s0_0 += HVEC4(-0.08984375, 0.014152527, 0.0010099411, -0.0013942719) * v0_2.x;
        s0_0 += HVEC4(-0.052886963, 0.01411438, 0.035583496, 0.02079773) * v0_2.y;
        s0_0 += HVEC4(0.048614502, -0.10015869, 0.04333496, 0.03942871) * v0_2.z;
        s0_0 += HVEC4(-0.06726074, 0.1427002, 0.026519775, -0.07446289) * v0_2.w;
        s0_0 += HVEC4(0.020065308, -0.059020996, 0.04208374, 0.007965088) * v0_3.x;
        s0_0 += HVEC4(0.006641388, 0.005382538, -0.048706055, -0.023605347) * v0_3.y;
        s0_0 += HVEC4(-0.052764893, -0.081970215, -0.05999756, -0.052337646) * v0_3.z;
        s0_0 += HVEC4(-0.033843994, -0.07055664, 0.027313232, 0.022750854) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 102));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 202));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 302));
        HVEC4 s0_0 = HVEC4(0.019714355, -0.04019165, -0.010604858, -0.041137695) * v0_0.x;
        s0_0 += HVEC4(-0.013923645, -0.006904602, -0.031829834, -0.07458496) * v0_0.y;
        s0_0 += HVEC4(-0.032928467, 0.0048942566, -0.013076782, 0.03857422) * v0_0.z;
        s0_0 += HVEC4(0.09295654, 0.04550171, 0.06286621, 0.034301758) * v0_0.w;
        s0_0 += HVEC4(-0.05895996, 0.07519531, -0.021820068, -0.008712769) * v0_1.x;
        s0_0 += HVEC4(-0.07678223, 0.054351807, -0.022399902, 0.11279297) * v0_1.y;
        s0_0 += HVEC4(-0.07019043, 0.064208984, -0.014663696, 0.045440674) * v0_1.z;
        s0_0 += HVEC4(0.040985107, -0.050933838, 0.017456055, -0.0154800415) * v0_1.w;
        s0_0 += HVEC4(0.03741455, -0.08129883, -0.01096344, -0.06689453) * v0_2.x;
        s0_0 += HVEC4(0.053344727, 0.13659668, 0.03250122, 0.045806885) * v0_2.y;
        s0_0 += HVEC4(0.009651184, 0.02168274, 0.02583313, 0.03277588) * v0_2.z;
        s0_0 += HVEC4(-0.025512695, 0.043304443, -0.0030651093, 0.04650879) * v0_2.w;
        s0_0 += HVEC4(-0.03665161, 0.027664185, -0.005130768, 0.041809082) * v0_3.x;
        s0_0 += HVEC4(-0.07904053, 0.07696533, -0.037719727, 0.025268555) * v0_3.y;
        s0_0 += HVEC4(0.017044067, 0.054138184, 0.029632568, 0.04849243) * v0_3.z;
        s0_0 += HVEC4(-0.055236816, -0.09057617, -0.05206299, -0.05368042) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 10));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 110));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 210));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 310));
        HVEC4 s0_0 = HVEC4(0.16223145, -0.077697754, -0.013206482, 0.026763916) * v0_0.x;
        s0_0 += HVEC4(0.0012741089, -0.09753418, 0.13952637, -0.07495117) * v0_0.y;
        s0_0 += HVEC4(0.016021729, 0.05557251, 0.070739746, 0.007827759) * v0_0.z;
        s0_0 += HVEC4(0.17089844, 0.109313965, 0.16699219, 0.11968994) * v0_0.w;
        s0_0 += HVEC4(-0.0501709, -0.11767578, 0.037597656, -0.07836914) * v0_1.x;
        s0_0 += HVEC4(-0.04537964, -0.031158447, -0.08758545, -0.14929199) * v0_1.y;
        s0_0 += HVEC4(0.071777344, -0.008369446, -0.08886719, 0.02458191) * v0_1.z;
        s0_0 += HVEC4(-0.08557129, 0.0067596436, 0.05267334, 0.032806396) * v0_1.w;
        s0_0 += HVEC4(0.041809082, 0.084228516, 0.040008545, 0.09106445) * v0_2.x;
        s0_0 += HVEC4(-0.16137695, -0.021469116, -0.19970703, -0.037963867) * v0_2.y;
        s0_0 += HVEC4(-0.048553467, 0.032714844, -0.03363037, 0.10498047) * v0_2.z;
        s0_0 += HVEC4(0.05718994, -0.05569458, 0.097473145, -0.08111572) * v0_2.w;
        s0_0 += HVEC4(-0.041992188, -0.06591797, 0.06994629, -0.014823914) * v0_3.x;
        s0_0 += HVEC4(-0.029541016, 0.020385742, -0.053527832, 0.0725708) * v0_3.y;
        s0_0 += HVEC4(0.017730713, -0.041809082, 0.019439697, 0.023101807) * v0_3.z;
        s0_0 += HVEC4(-0.036834717, 0.012458801, -0.06536865, 0.038726807) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 11));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 111));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 211));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 311));
        HVEC4 s0_0 = HVEC4(0.0791626, 0.265625, -0.13232422, -0.17504883) * v0_0.x;
        s0_0 += HVEC4(-0.23510742, 0.16320801, -0.18640137, 0.33544922) * v0_0.y;
        s0_0 += HVEC4(-0.10498047, 0.011070251, -0.10076904, -0.17028809) * v0_0.z;
        s0_0 += HVEC4(0.19372559, 0.19299316, 0.15075684, 0.23254395) * v0_0.w;
        s0_0 += HVEC4(0.1940918, 0.02607727, 0.22558594, 0.055236816) * v0_1.x;
        s0_0 += HVEC4(0.095581055, 0.056915283, -0.14001465, 0.009536743) * v0_1.y;
        s0_0 += HVEC4(-0.048187256, 0.06695557, 0.016998291, 0.010375977) * v0_1.z;
        s0_0 += HVEC4(0.1303711, -0.0043792725, -0.062194824, 0.15710449) * v0_1.w;
        s0_0 += HVEC4(-0.061035156, -0.24523926, -0.33251953, -0.2993164) * v0_2.x;
        s0_0 += HVEC4(-0.41381836, -0.3935547, -0.28686523, -0.27905273) * v0_2.y;
        s0_0 += HVEC4(-0.053344727, -0.14282227, -0.15014648, -0.20825195) * v0_2.z;
        s0_0 += HVEC4(-0.034484863, -0.11657715, -0.051239014, 0.043640137) * v0_2.w;
        s0_0 += HVEC4(0.19750977, 0.27490234, -0.2454834, -0.079833984) * v0_3.x;
        s0_0 += HVEC4(0.11846924, -0.2680664, 0.11035156, -0.16503906) * v0_3.y;
        s0_0 += HVEC4(-0.5136719, -0.41381836, -0.39135742, -0.35888672) * v0_3.z;
        s0_0 += HVEC4(0.3713379, 0.32055664, 0.3527832, 0.25805664) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 12));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 112));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 212));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 312));
        HVEC4 s0_0 = HVEC4(-0.0021858215, 0.11090088, 0.05126953, 0.041168213) * v0_0.x;
        s0_0 += HVEC4(0.062286377, -0.06210327, 0.036071777, -0.103759766) * v0_0.y;
        s0_0 += HVEC4(-0.0104904175, -0.011024475, -0.041809082, 0.06591797) * v0_0.z;
        s0_0 += HVEC4(0.15393066, 0.18237305, 0.1517334, 0.21679688) * v0_0.w;
        s0_0 += HVEC4(0.03527832, 0.11114502, -0.0024929047, 0.053375244) * v0_1.x;
        s0_0 += HVEC4(0.00011253357, 0.032836914, -0.04144287, -0.11383057) * v0_1.y;
        s0_0 += HVEC4(0.036865234, -0.054840088, 0.016693115, 0.047332764) * v0_1.z;
        s0_0 += HVEC4(0.015823364, 0.02456665, 0.03842163, 0.00015318394) * v0_1.w;
        s0_0 += HVEC4(-0.11791992, -0.024520874, -0.07897949, -0.06976318) * v0_2.x;
        s0_0 += HVEC4(0.44360352, 0.09564209, 0.4440918, 0.16540527) * v0_2.y;
        s0_0 += HVEC4(0.017242432, 0.017089844, 0.053100586, 0.04434204) * v0_2.z;
        s0_0 += HVEC4(0.017288208, 0.015258789, 0.06628418, 0.11590576) * v0_2.w;
        s0_0 += HVEC4(0.03479004, 0.005542755, 0.06536865, -0.0044517517) * v0_3.x;
        s0_0 += HVEC4(-0.062194824, 0.1361084, -0.113098145, 0.046417236) * v0_3.y;
        s0_0 += HVEC4(0.047546387, -0.011665344, 0.0035705566, 0.0064048767) * v0_3.z;
        s0_0 += HVEC4(-0.10998535, -0.14916992, -0.10253906, -0.16564941) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 20));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 120));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 220));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 320));
        HVEC4 s0_0 = HVEC4(-0.03050232, -0.004989624, 0.032958984, 0.010635376) * v0_0.x;
        s0_0 += HVEC4(0.005622864, -0.003358841, 0.008071899, 0.00046777725) * v0_0.y;
        s0_0 += HVEC4(0.040527344, 0.0043525696, 0.05343628, -0.010169983) * v0_0.z;
        s0_0 += HVEC4(0.10394287, 0.025558472, 0.18444824, 0.0045204163) * v0_0.w;
        s0_0 += HVEC4(-0.039764404, -0.013580322, -0.047058105, 0.01927185) * v0_1.x;
        s0_0 += HVEC4(-0.006427765, -0.028884888, -0.03692627, -0.025146484) * v0_1.y;
        s0_0 += HVEC4(-0.009239197, -0.0143966675, 0.0068893433, 0.018325806) * v0_1.z;
        s0_0 += HVEC4(-0.009536743, 0.004749298, -0.05126953, -0.006061554) * v0_1.w;
        s0_0 += HVEC4(0.034301758, 0.012756348, 0.09869385, 0.01751709) * v0_2.x;
        s0_0 += HVEC4(-0.06427002, 0.010299683, -0.1138916, 0.018432617) * v0_2.y;
        s0_0 += HVEC4(-0.011581421, 0.0050315857, 0.022781372, 0.03643799) * v0_2.z;
        s0_0 += HVEC4(-0.021224976, 0.022262573, -0.0368042, -0.015403748) * v0_2.w;
        s0_0 += HVEC4(-0.015411377, -0.016494751, -0.036468506, -0.009567261) * v0_3.x;
        s0_0 += HVEC4(-0.007419586, 0.021026611, 0.011695862, 0.01940918) * v0_3.y;
        s0_0 += HVEC4(0.0960083, 0.059295654, 0.20214844, 0.05709839) * v0_3.z;
        s0_0 += HVEC4(-0.03479004, 0.014732361, -0.041534424, 0.020614624) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 21));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 121));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 221));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 321));
        HVEC4 s0_0 = HVEC4(-0.044128418, -0.07336426, 0.06732178, 0.061309814) * v0_0.x;
        s0_0 += HVEC4(0.089782715, 0.041992188, 0.10040283, -0.03314209) * v0_0.y;
        s0_0 += HVEC4(0.029922485, 0.021835327, -0.089538574, 0.084472656) * v0_0.z;
        s0_0 += HVEC4(0.03567505, 0.06719971, 0.0635376, 0.17675781) * v0_0.w;
        s0_0 += HVEC4(-0.008071899, 0.06866455, 0.06719971, -0.039611816) * v0_1.x;
        s0_0 += HVEC4(0.01939392, -0.044006348, 0.1628418, 0.050628662) * v0_1.y;
        s0_0 += HVEC4(-0.011940002, -9.23872e-06, -0.0056152344, -0.064819336) * v0_1.z;
        s0_0 += HVEC4(-0.04763794, -0.00894165, -0.023986816, -0.14477539) * v0_1.w;
        s0_0 += HVEC4(0.018630981, -0.041503906, 0.14318848, 0.02394104) * v0_2.x;
        s0_0 += HVEC4(0.12585449, 0.046691895, -0.06524658, -0.06707764) * v0_2.y;
        s0_0 += HVEC4(0.017608643, 0.10223389, 0.07745361, -0.1217041) * v0_2.z;
        s0_0 += HVEC4(0.009155273, -0.025604248, -0.088378906, -0.07946777) * v0_2.w;
        s0_0 += HVEC4(-0.026733398, -0.056243896, 0.0690918, 0.013397217) * v0_3.x;
        s0_0 += HVEC4(0.06341553, -0.005378723, 0.101745605, -0.05227661) * v0_3.y;
        s0_0 += HVEC4(0.18005371, 0.1776123, 0.042144775, 0.15795898) * v0_3.z;
        s0_0 += HVEC4(0.14892578, 0.05783081, 0.09552002, -0.00484848) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 22));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 122));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 222));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 322));
        HVEC4 s0_0 = HVEC4(-0.016479492, -0.015975952, -0.00687027, 0.0725708) * v0_0.x;
        s0_0 += HVEC4(0.052581787, 0.03048706, 0.078308105, 0.029205322) * v0_0.y;
        s0_0 += HVEC4(0.024398804, 0.029174805, 0.008140564, -0.075683594) * v0_0.z;
        s0_0 += HVEC4(0.061065674, 0.12792969, 0.073791504, 0.1048584) * v0_0.w;
        s0_0 += HVEC4(0.034423828, -0.02381897, 0.036865234, 0.061950684) * v0_1.x;
        s0_0 += HVEC4(-0.026870728, -0.024658203, -0.009803772, 0.09814453) * v0_1.y;
        s0_0 += HVEC4(0.045440674, -0.0035171509, 0.043914795, -0.095214844) * v0_1.z;
        s0_0 += HVEC4(-0.022827148, -0.029327393, -0.019958496, -0.013130188) * v0_1.w;
        s0_0 += HVEC4(-0.002111435, 0.014923096, 0.006427765, -0.022018433) * v0_2.x;
        s0_0 += HVEC4(0.12249756, 0.15075684, 0.16711426, 0.15759277) * v0_2.y;
        s0_0 += HVEC4(-0.012580872, 0.005001068, -0.00019431114, 0.06628418) * v0_2.z;
        s0_0 += HVEC4(-0.00047421455, 0.037078857, 0.0016393661, 0.026382446) * v0_2.w;
        s0_0 += HVEC4(-0.015823364, -0.022644043, -0.011161804, -0.0022220612) * v0_3.x;
        s0_0 += HVEC4(0.0025558472, 0.007358551, 0.011505127, 0.09527588) * v0_3.y;
        s0_0 += HVEC4(0.097595215, 0.17370605, 0.112854004, 0.15930176) * v0_3.z;
        s0_0 += HVEC4(-0.014511108, -0.007068634, -0.02180481, -0.038970947) * v0_3.w;
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


//!TEXTURE ArtCNN_C4F16_T1
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
3ead603698ab9f2795ad84a7302cc4312fb34bad1fb737ba8532aa30713224b14db4fb2e5e263427d930d9a9a12df8ac0c2e0430bb2a1d1d44b02baac2af17aa1f3514ac0d2f55a1102fd628572978afec2d3b3540af2eb3cdb2752d0b2a202cf7b16bae41a2dfb12aa73c3481aa3e36d9afaaafc038e0ae5a330c9b5bb504300bae56b15da951af4b304db2073479a6bcb050278130df3043ac14a5eca808aa4eb6d72188ad7bacc72db3b120aa09aebbb13fa6213356aba89ff72aceaf4e29ac2d0e2c119b2a33062851acf7ac29b20fb04fa8d8b2812fef28112812adba24f223c02656a987303f301db064b00aa2a72e84aae8275e3054a496b41d22a5acc8b27baa1423f72abe3209aef2acf214cf216d31ddac73a1b5ad4131c0b48c2cbb2f7130062c09a83aac0b21a529002c882c59ac2b2a90b63f2e6baee3316c2b16398f32719d1e2e71b08f2f3f31ce2bda2365205326fcb18727e328132c3e2e9430dab17c31f5ac88aebb3481a4a2a7162b062c363008b697aaedad062a8a2529b3fcb02533fcb11aad77a83231d831b4a30fb1e83638ae7b3166af0e288f3064b7fd33ed2d06a95b326db338ab52af2cafa42f4c31f12cf2b4c12c8ab2bd30c9b650afbbabd8a9a8a999b13833a8a969aae73436acd82e9cb5d3b0a9b422a4e7acdfaec3a0d13444310bb82cb137ad322fe6ae4db7cb359c287f386d30ee2cb02c6d2d54ac0b38a72fd5262db814b53d373d2d4daded312f238528cab8b2b00b32cbb34faf45b1eaa4e8a1f7a951ab74ac372ebdaefe253930f92c462dc2b062b59b338eacb7add32c27a9c28dad25cfb2a7b2d63519b5b6282eb039b08ea4cfb839b83aadbfac84aaac21229f37a0fe2f3431b02afbb7312f2dac70b53e1f67b4292a81a9202b8a2d2a2f23ae102f3cacb734dbb49cb28eb2b8b4a930aa2c9b33bd3088a0fb22d2a70e35951a742cbeac1cb0a9b79c36cc2ed5b1f22cb5b7d5b73939c62665b60eb2eb30a93bffa7b9b7adb02d3022318b374226cd36c033d131972f112d7bb0c73678b1f22e162cc3ad4e348ba6f531b9b5a3b585294e210a3555b2f92adfae0e2bd4278cac0d34662808274238edaa02b1ddac3f31bca69234f6b0f9b33a3b90a245b773b9e5b17d38361f51a25a17949c1c3ba0b3e12ea92c2eaef32c15ad732a9bafffaf74adab2149aff3b0a9a4baad30312eb5a115c10803ac31b08527ec2ca8acf0abe5af7a235aad9a287c2818a7d8a8059e1631cdb5612e86291b2f7b3025ab4bafdaa9822b0a2fafaa92aec6982b2c34a02caa8cad90a32baecaab39afe0a8c6abdd30bbaa7fb19eae5ca7ae20e42b87a023ae05285d2d35a2c326e02bc4abc6a806afaf2c972d0aa8862db8b0a0afd827882e8e28ce284e2f13308031aa2c19af7ead2433832dbf2f702c7aa5dc2e2cab3b2528aa792c1d2ce8289eb2e12d05a8e926102efba9862dcb309d3047af07ae69a7e6aa52ab45af6aa549a4ebabc52f84a997ac10a5628fc6ad93ac9ca86ca95b29af9c0ba9c0ab4c26192d2b29912d862c4ab2fa2e0aa6f3b03c2518306411eca17b2897ac982907ad92b0a4af4d2c582e9dacf9adc0a8e5ab072aa31bdba349a3d33a3ca664acfd2924b53ab12024339c9fac5326ef381bb8dc98d03028308d32a1b58d2f822d6127192fc52650abd6a6cfa9de2f323203a95a2e143041b11428ba34f33257ac8e277630a02c7c2d2daa2198a4915835fea8adaef7a0b2b07126ecb596acd72ee0ae8aa6f2b8172be6b538b6caaa34b4efb58d288436cda0a935f03120b6fb2ed82dd535642c54b15831fdabad331fb62eb262b6882034b5aaac9cb13c2b9caf93b10134822c6c30f62455acb0affcb16a22e42f732cbf31ea257526cc30c7aa0330c6b0cfb7f2a5d8b40cad2eb2802ca6b33423043347ab7bac992edba8732f08b1782e9124673290330e346d2883a909316fab67b03ea2b8ae54b0b330bbb3a2216d3224af9eb283b0061bc3a445ac592f8a2a3f247a344d2c23b4392ddb3310a72235b436832d78317d33fc2fc8b3f5390318e4ad4db084b4243908b62ba6a3b364b3ff2ee531b7ada8ae3db4832036b1e92fa9b0daa48a31343165238822aa276dab58ac043072a42b25c0994d30fb2d3fb217a92725a8280faf57a49fb01729523037378f26b83784344e2b44920438fb2a16b49a3311ba6cae3f344e27052dc0b4bc264ab028b506a63fb43c93022bb238fe2b1e302a35fbb260a939b0072f2caea92c381c10b1502f4b32662c68adfdb15bae30a8832ced2e1cb192a97a2c6835ab37c8b0a73be7347aaa4aac0938b1af31b3a22c50acaa2abda2c51a543138b12ea9bfb584b20b32b9b269b0f232a9316d2961b3f12e04319ea24caaf7b001b471301ca8ec21ada88aa7abaa84a897a743a907a8482633ba7f38fbadb9a82a30d92dd53226b031b2fdad24bb60b490abd032d7346caa913ae6ad8029a0aaf52efdabaa3167340bb250322130fc30143272a002385aac85b6aeb7872e74318eb47a3495b1852c6d32b0b4d0ac5c318b322fadefb1642645a910b5faa0182fd5af76b0b8ab8a3077a350ad273d9fb0513253aeb1b66438be1e71340330439e393024b3a2b68cb411385d2a9234cfac49b83b2d84b21eb140b0ac3490aed9b06fb352b2533085304e2fa02d192781ad5b13daaa05aed89d0335a03070b259a9eeb1aeaf80ad73b120ad4faecdbc2d330aaeec2f332e1cb1e4a9da2ca72f8b2e4d34dc34a52d71b450b20a27c631592f03a54bb29cb051b008338bb6b4306cae11ac3530a731eb2bccb18e328e323a998c309a2f762dd72980b5d1393eaa8f9b9620c6ac0eb45ab024adacad283530b9002822180bb88b31c2b42aafb6b03828b1301fb2e7993825f3b225a09129d4ae4a2fa921fa2651a7802b6cb114b3521e5c3254b10cac9aa6592cfc2b29ae103944ace5b3e73117299cb50238e432723017b4a0b71ba547b77db801b0f439483388ac58252cb9f438e53a0aba6eb381348536b82c28b3f52fe7328230fbb437b81dba44a671b7aeb84e364b380baddb2f0b2f8f2df8b0d2ac30b0d0260bade2361b369bb028382fb16ba6c42a1ab50d357733b7282fadc534943986b692ba4fb597132c36b42f42ade0ac60a8b13544bb9cac6339bf3b3134a2b606353c1fe32c4434eca853394c30fca132b7dc2c6cb0b9b38aaff9316f2b33b2b8337d26fc2eb6a81c37b4363329412994adb6ac9e21ecabe0af7cb25aafb1ae29a91d3645b1aa2db6b190b966ae68b9cdb15caf5a2960ae8a32fd2c502c8331b4ae9f3450bba531bea979b13d9d07b44f2f7d2f0318cb2c951cf4ad0f27602cac1b07b4ceaede23162ff731602a442c283207ad86aa812f9d31768980b26023f1ad25b3c8385028dbad75aff7ba72b125371e2cadb598ae3437ae3a6fa498b576b2b02afa1c12372528b7311c2ff5af9b31a52d64a8da357caa5f29f72e37b291ac202437acf3ac8cae9aafde2f14328e2143b4dd2fa3329db069b0b738a431dbaf2f35642b7fa364b1952ea7b3e4b57b2b31b4d439cdb07eb41db7f8269f326fa127b1b5a11e31e7365b1a5430162ed7b061a8d1a99b3454b4d228cf2e89aa23ad3fb171b2c52ae42cfdb1f9ad06b26a34872878addb333a35d72e5d2f401f832dc42d2ab4c925d7ae3fb5e0b4f2a76fb733ac11a9902c872a463398ada42c76a8a72aa0b4d43370abf6b12533f0b120348726c9a6c8acaa31baacb5a9f4ac4b292bae7a29d6b129ace89cd02de53175a7caaebda62233d03438a8efb035b0cd29e9b2b638b12c7cac92af12b8beaba0307633e2b8bfb03fb0383b46adbdb784b88fb0b7ad5a3778b6d836433a8231e2af8eacebad6eb531aa0331ecad85212139ed32e42a75ba9e2c1db2c2ad6e2109a7012536284131dd37cab17339fd33d32987305235542a8cb48c2770b2f6b2ff30892e5b36ae2d25b28eb843b3c13475b218ab92306f32a53522b46f3411adce2dfa2d9631ccb4fdae12b137287f2c37ad6db0b82d00b3dbb06eb1442be1344037691534a7e9aebb27ac2b762d4aad43194237a9286d2fbd28071da622b8291eb6092c2c295b2ffda92db0a3ad4430cfb1cfb75037b52c25ad603705b2a8b963b234b1bd29bbb223b4c5319f2bbaad9530afb5b2b8cbb3d715b0b5dea4b82d65b7fb30f1b07bb0ad3000283335a9b0092a0a36c7294cae86ad4b3675b52eb19a3909319fb6c42d152fa735d6b43eb58cb90732d9aedb37bf2d1f399a3c8524bbb1adaf2f338eb21134a4316d3266324d3cf43556afcebb3c35052af7ad80a2992aeaa9722c0db477b1b1af0930bf2e1eb3122cf7356c298fae822df59041280d2604b37438ca3863a583b897b9fd372130cfb81130e62db03851b9d3b4ad31e5aabe289cb16cb4dab41aac0f2d3bb427ae3a9c9aac7c3522b435b6572bc83a5d33d31f1b9e7cb29ca9aeb2b330e5aa781c1e3be0b87c30c0af56afbf2969bcd4b1212a442e852e283198b094ab522f1b2c89b635345325302b02b00baff4367e2c682cbd2360ac9db0f530fba8aba0a9ad31b007ae6cafb5b008b14b2d9cb2f3a7d931aeaabd28c22ec22df4b696ac221c98b239b384b0113554ae9c31ad33ca33afb2d1b21830519fc8362a3621b03ba25735aab330b24ca7d024583018aae62dfbab2ba322af44ae14b121270930d12900ae212ed8b47535b5311bb03caf3e2ec4acc230902504b679142517b1315faa02b4023921313faf2c35fead62301eb44f2d3f1c8c2e0b3643b198b5fe24e9ad28b1f7308f343e339fae43b083ac55b2cc21c5a653af642c3e306e31d8b3812d7a9f0d2e5c2b1db7c933de3149357720162e2aab922a5fac9b2ced292826b02ca434bc301ea419284db1a32cd4b457b13badfe2789af5fac35b0dba503301db0b12dacb05a29e6ae1ea78c289334e02b36ab8eac24b117af002f5fa2882c4a358530ff3009b12a280bae3f2450a9e02eca28921978912f2972a77fad7aa8222504b6ffaad6aac0343833e2a05e3205ac2d9a54a3dda5a525092c1d308fae3bb14cb460b717312daa61a84f328e308f297db0cc2c3ba46fa97d20f0ac15ae3529e6279ba8bcaffa30be34d929f7ae2e1fb4ac18268834c334e42a0e2da827ec2b2d20c8352d2a69b549ac0ab17d2cd098f62ccdb844ab33338837c62ae7b5bbae70af3731d22d2eb8283507ae4ea9c79d3fa881b054b42229c6304f25eab609a9212f17303eb2b5b44d313b2c013966b75332faa0b0ae5b2b9b2d292f7b348d2d1d39a53321adbcb53c2f392ce4b56c359ea7b72a8008a82faf2da6315ab0feaa3d24b5b804a65a2464b474308f3622a7a133cbafb8b23431c928b0ae8119d5b0683112b2d5ad2e3061af0f2c8b330db4c5b076a53a356f26373058b4fc30833487b9993072a8bd33b63367b727b7e4362c30eb296ead0da9812ccd2e7b30aeb4e62c5d30c0382c291a9fe5a5c5b603b35da92bb1adaa29b57d2f5ba353b0652943b52f3045b1452d9e26fd2875ad913285345caeffa8b63423aa9034b7ac7d2db23584351f0e7eb3fba9a2ac5a2bd0a226b01237c8b188ae4fb7ecb46434f8abe8b6feacacafa7299eb7b120ae2d9528a4af16ab0424ec20fba9e3a4a42483ac33313faedb2b66ad5d332a30652f92a07b2aea210eaf39301c2d112d7627439b32b213351226ae929a2caeade733f8af2ba965a7582994b22fae21aa13ae83ac602c072f68a9742d8c310b2e06adb12a19a9e023432d3ead02a466a8a42756306c176daa01aa73aab7acda9a2cb42226f622bea5b2b4593019a6ac34be2d88b045297f9c50306fad002480b25cb74a36e52c2e225f1c70a701b040b24bb05a2def9fbe2a1e2f1930493433334324c22deda78530db2883a70b27acadba301b33a030d4b392b5282611b55931b5afcdb15eaf8f34e792e6ba78b37d34b22e1aaf9531deaeff1ebd359ab2cfabc03471a0c9b0bc3d8538fbb82fbc70b32039d330ec28952c05309938fbb6062f5db3bba1f3987a33ed2b9ab426b33cacfc3262af37b18ea862b24d305db444a8b02547310ea62ba29d2c582ce52bf09cb0a66b29a12547366da53da8b9ac44b0702ddfae50281d9c03b430a9f91ff22bd29f55b03ba9d79df5315d1884afcd9ea73456a9cf29808825338ea9f4a8c0acb62d51309f29c0af8e2c4f2632ad2a9a131cb2aa54a827ad433220371b203237791e582d9c1641abad2e6fa21c2bd0b56fb3a02c1f2ecb2caab5e3240fa4132c1c2ca5b5f99cd02d3730fd2754a6ddb860b19e2ed32cfaa60b38cda6bb2a731e7fb1e5b0c5ae8e296f31bd2d2a34cf19f6ade72d54969c2f43307930a9aeb236273070a67330df29402d7cb1c0afafb036aaf92c7da85f3618b533b13cb09fa44532e2b03f30339f5f2e352cde27bba64cad6125fdb07c32f933efb17aae2da77030ff31d1a78ba966a72d3020ad862c


//!TEXTURE ArtCNN_C4F16_T2
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
14a9b93068ad8a24812da3af511fd6a4b3a5422aa3a5e5ad4ca0192c569cf5a829acadae102ee328b8a984ab301f45a9792c3fad57276625722b40a491a0151c9f2faf256e28bea47d298c30d7a88e30312d0ca84422c128f3a96a1ca52a26a466a2ddb48e2ff7ab8eb14a1e71b0982ac4353d3085a89ea7c924af31cda15aa7e5abba35cbb2159aca260730523718aec7a9fbb4ad2f27a75034e4a94daade32ffa961a8802d592df530a5b01fb5ca2e2eb666303dad5128f4b34530eb29a0b3272c0a334cb379b35a98f3341d318e3142b315b21733ceb454b1dfbb9cb21cbaa637bfa7ff3749359cb221b80abc0bbca935e33d50b6982221319eba97328e3a5ab761aebfb7b8b455b5fdb0e1384f30219f21b618a620a8de342ba9d5b4bc308c2637a9d82203a55b29e12fee2a492a542544a7eb2b3f2ddf20aaa04d288e2430ae0127f9a80a1d322a212d88301c30a2aad6aed42f352c322a1ba961258e2f13ac53a0d72353912b300d21a6a87231dfb1c6acb92d5429882dbe291b22bb2ce1aa4f27932510a6c6a5df2e5d2cf2a669adecad402ab934c128d9a86925e92840a74ea37ca75a28dead0f34c8307424e1b1f9a35f314032e5ab832eb48cf23363a3d73372270b2baf303c33f92c5aa198b006b3e7310231ec2971a9722a223369a19b2cf6233f292230cc2e272f32280ca649af103031379ea920b702a55b2d9d2f5a32322e75ad0c32c42bf02f8aac4bb3ea2206a67636012d21bb4f2d8034292a952670ac12ac5a2b4a33d332d12aeb2ea3b2b6326433322dc0b850a7fa3444b153352eaf34a7d9b405233e2848af13b1ef2e4db2b92c2cab05a47dae23aa58323cb34426c7ae4331fcb2f72ea3a9c92d1fae9029e0295c2904a7c028ceb044244a2f47aa502622a83033f7ab8c33a22e9aaef2ac17326daa15ac23296bae92302e336930132b4c29f6b03b31a2ac68b1d3b3a1b3a7aafd2cba3295a456ae89a412b0252b55313ab3d7aca8b87fb88f2461b391b665b1d432ed2df9abf7212ab173ae8029dc96ab198237a83316377aad4c3434b40f293e32d6a23cad072c7a2ecd2fa6acb4b07f2c0db01db053ad39347a2642acb4285da03fc246ad1331a3b40db22ab294b2dc3463b1caa3ecac19b0a4b5dc3c79b430a635c22d2c6fb171345f2ae02fcd2ecc329dac3a25c528b5aa08307b32a330bf2c4ec15930b1b04224ee251e8e3cad00b20bb39c2cb435d5308630b2ad1fb89c9c46a6a2ab7eaa2db25c376629663133ba2bbb1530f1b028a5f1a5dab4e1b0082c72b0c21ddeb07a28cd2edb2a55256fb1f2b6c6b25d2ec331a2a48cb057b17431af2ef729941c762ccba847aad9a47ab2b2aaf2a51c1a8a31f52310b770b25fad9a3075252eae0cb9992df8b3462987b2edb51c3442379d3049b746c252b59ab57d35523765b43cb9c7254a2cd22834ab6db57d27a8a61434c3297a2ff6b429b65833f82d102bc92d86b44a2ba2a228ac9a2583a93caaa4b35b28222457a5602bd532292a3030bc2fe92664232b28fbb2f9acfd2ae4b5502e13b51fb667b725a0b93188a51aa88db4ba2c989d9c1fb42b8bb21f2920327430c22405ac40b340b0833578ade82e9c23412cd7a40aa630352c3154b4f4b056acb7b0ab348231642514ab3cadd3b2dd2fae2755a6c42a75b167ac122e73b76cad602f1f160c27e9315e2ea6aa23ae082f8fa58a19a1ad4c28e52e4dadbbae5f98d6b07f32112b09b75d318d28f5ac68ac03a4882dbb23a22ef5322db1453009b201b663356f18eb27e5b8b32eeeafd331d332a5a587adb735fcac5e2ee5b8db30f4b487b412340d3835328730a3b528b6bca8cfa897a9cbb0f8b2d8a56538f0ab382d3fb1ecabedab1cb0abacc19f9fad4d28801e9a9e232faf24d7aee134ef2df5b081a28daf80a6fa37d6ac982658ae30a8432e812f35a9e2a9b3303f35de2d38320236eda98933e1bc7da6d232eb35ae2affa5812923abd831bf2fd8b478266f2d9db05bab252ddcad8f27512837a4472d8a2b4c9d449db72c10a77729d22d9a247e9cd3b0179490205924c320deac4338ab27c02c5f31d132122b8330402abaaeb3a064b0aa94c22341a123a3d1a889318a29ae9e6232773ce1b08f327f2c3b2b3f2e572830b6022aac2dbea98cb0cd28c5239324caa4a6ac37a97928fc299829e29587b472289dae3625b62280ae652f81a5a22dd432cd2b85b2023570380dad93b8cfb9252e41a372a82c2b74b93030c52cd19aa0a3e035061f7a3a2d2c3d2e4536a9b4ec2e4cb1a72cc4a522a4c82922a9a8a4df26412e94252b2cc22c2a8576ab06b23f1902b631a7d52736ab492ecbaa3faa66a1d8ac12aa9135e220422cc53220b81eaee1ba7728f7a369ad0230a2a982a97e25a1ae1ca81637bf2d90a87dc028b79dacb3346caba822b72c4cb5cdaa7f29942744ae69a978b15c302fa883a89532392abc9caf960eada6af5dba87afbe9bfab327b9b4301c311db715b3a12e262d7ba98f2be0ac93aee93230b01a1adb26622bc2ba28310cb7ab1b132d80a92f2f67babbab302666b043215bb50c263f2c61b28c2a5da5c0206fb1442ae33405b493ab37ba929ed1a15c35502f003add3393b7d6b4c936daac0aafdf35a633092577b02ebc29b2361f1a3859ae89ac3824012b96af82b2ffb91ab1bb2d06b3662ff9ad03bbcfa4c7b00ea355a37a2bed2c87a78a1ebc2a7da70bacc8a81faf13a1081d16312a2db6ad9333d8257d26a528592656a58fa078b529a88a305cbf1435792b2f36d2aa12ab3f24c2b0c4a810a8adb0672414a7b8b326b0b920c02e102fb62affbec52a2520fda5e3a38919fb29922b23ae4826a0a37e2e8da9a6ab602e05ad18afe9a75825f4290a31cfa762ac5d30dcae2c2da1b7bc9c4fb14baf1c206da891323c2e9826e4311b21b12c5d2b72b251bb6db082300fb377a986b47da672b867b350a946ad13328e2386a5a3a62227031ad8acb4ae18b03eb0e02b3b309728d235ae9927aa992f7ab60e30e92c27b05926edac822ef2b0852d06377b38c13026368e9e46a3c83685b521a760218ca863b66eb674ab2336b13056c4763597a899b85da6a4b116aa3fac632863289e28e2a6b01cc5a3aba1759dcd250e2cb42885b404280c28d8ac0aa64b28711f8f2d12a59f20b0acfaade3aee2b03d354d9f4abf4525692467255fa92b22f9158c2b17aeabaa49b26aaf63ae1630103546a7fac0f11d88260fa9fc28cc2d3d2e8f23422f2f2880ad613243a8512b632f9bacbea6e12f2230822f72b220a95c2565b1fcb1b1349d2c303210361d31d42df3b364a9c5a4dd2da9a88f2ee4a73aa9e430721f8d067e3336b41732f2313530c8a60fa52aabb7af52a97c345f2cb9251d31f1b0ca2a3caa3c2cc122dc27c129a82f7434d92b9c314139d8b4903327304c34f939c9b087b7adace03516348db1f437643452356f309d383daed5a0cfa8b8aa1132989dad32d0a99ea6861fc79cd131433385a97ba807afe631beac981da92ea6abf9252da82c34ef22142c90aa18a8a6226fadd8a616b4bdaa852a1ba41a9c662c6eac483817b02f34bf33c8b1d5a468b8132dc319d935f6a6ae1a451c3ea1c32ee3aba0b449aedba90ba1c930402c11b6f82c80ad1cb183b06531d2a6982ef1ad49ae5f3633254b27202eaca96a2df8aacb2a8231c7b4463445b2aeab99b47d38f029e437f62f2c2aac32342f6e2d612de7aed83213aa5625542c801fb3306fab35201b32212c9a2e85a43927cf2b14a20d2548a56030d83050a04f38c42c3338ac343aaeb8b47ab1362f9a30e6ac332c8c30d12fb73252b744335d2d13a81cbb9d30b6bc8f26b2af38306cb2e2338632743132a40e2554ace6a0b52caf26582eb5afc5b3ffabeea898ae83aaf72ad82a66a99b2b472e212c4e346d3173aa9630243003391aaf11298d386e2dff9f46b0c22bc72b79afa6acad98a9ad7032d3378e2d252c1fb5b32da5b6dcb2272fdcb918231b2f64a9b82938292021ac2b97aceb2925aef32b43ac3634a82d492b6cb2892b4b22edaa36ab67287d25cca84b2ce6242f2c4b1e1a30462e00b0f92af9a7b229c0a64aa959af2608d0a41eb28231f119acab93ac9730242db8b1b72cdc1e4427f7ad35acfa268eaa07a5ebb13c26ff2a042cf7b10c32672eb1ae38290c2983aae1acb2ac1a2067226c2bb0b00f2f752dac2e04adb2307f2c24b109a5ff2b9317bf2129ac6e284fa982a697232931912f02325cb08b332a30a5b5adb0d5aae5a870b026ac633065a8411dd5b0b42fd133492d0fb3152d7134a1b23b2c06ac2a2ec6298b2ce525912c5e28cfa8482f162daa306baf622c08301cae8ea17737272cf0a51b31f30ec72ce51797acab30450c702cca942e31d92f3cb75520d22f7f26beb073a5b82c9b9c771c94ae6b32de2cf630e62da62f8ea217b5e22cf23aabac87b1d81de0ae2da9a7299119529a77276b9ec7acd426541ca62d2c24fa9fc8a432ac5d2668a1092c3a98512746b0e1a849105caa5ca09a261c2842a2b729d029e3a4fb2ab1af88a83f278420b32d8a283baf222c752c2219c995a3a6fb1be3a4a1a6c5228fb08f9f18284ab0bb2b3a2c8c9879b2642ae6287b2fa3a7aa25a78c1caaf42450b79923f626f9a6db32eca77db0e5b67031282cb029502cf4aceea08099b83259b546a453a7e8b07c2da4aa10b890b2ae3394296aa7a526442d80aa9c29aa2b30ad822ea52d41a9bd2bbe2d442a2eb0ba2ca223ff2ce9a9709f832c359b942e69b5f633fa2e7122bf30a931bab235b8de2e1932c12db0a00cb88d344cae5e38a3b0f72b0f2584a75f31f3b097b86bb7d12e31ab1c2e15a5dbba282c2ab0c1ac36afc1288e2283aa84215f2c7c2a2dad23b37c2c482ced2c1ca3292c4da8a0a166b15c2eb930841421b951a9cab4b8ab1ab278b21ba2b6a8c4aa132073a496a7779eb728e529a82b43298982c0b2658e5fa8b72423a1db243ba1a0240b2862a750b5fc32fab6bd948fad7d283d35d130e2ae0a2ead3041b65ead773483acfaae8d35be239926ac32eeb9ad38832d8e30bf3386ab702fec28dd242a242538363007a56b9f00aaf82cbdad11a662b6e29f809ecc2caf2b6cae0323f22a2ba3332a5b332da329ae682d2eb007aec3b7a034f2b165b2e01cca2a883560a76fa5b2b626330329762dfea29d31ec36beb5c92ccfb3ad382d21e3a5823ca19c2b33e024a7a8fca665a2a5a23cac2ca4b6ac1ea4462a61ad18a1c92a783676a26919f5a49b323caa202683ae5d2f5b2b7dac22b4d8a78d2c12378aac0290dea6cea6fc3552b4c1984cb036a908390ab516b39234ab209e2f9630a831583462302ca2dbb42fb3adae821ee8acf83766333432a71fe9b43229372dae2b40affead3b34503051338aa89ea8a32bc5a73fa8ae2e67270d2d911fbd303fa551b26fafe5a93e2478ad2f2f2a270ca4c42750305eacdc2ec9124dbeb92d51ac27352c250ab07d9e1130342aa12a932dff30beb04c3004b32fb1921c7131d4add0b373a815b42022d43340acdaac192d20261d28b5291fa9fa22ab3001b2aea74e34c1a8fbad8725f51e03b008abdc320f31692a9da9642ccb2ea43201ad9f0c93baa4ad76ae9322b59c9b2724a92c2f0a34ad22052d30b0caa65633fb2e14301136b42532b1ad24df2ba52c34a420a2f92a2ca6fd28cb2d45a0c029dbb1ac250c284429372914b03535059e36256eae25ac3119e928d53179b0c6293eae9a2ec2a22ba4d0246eb04e311ea9089470ae553055223e345028d5a80c2169aba62d22248a257eae1ab4703091a9b521992deca932a419ab492bd9a8702abcb50f2aaba7601f00295bb34aa9032d5030ca2fa1336f1e79aad335cfb523a162b413aa1a3288ab9331afb3fe32bb2ae72b2d280b22f031e837fa319dad2a2d4eb02d30322a6e2d10a441b0aea85d2afa2bc4211ba2f02df3a4653060ae682da82b439e7737c52b6a296cb0b1a4412912265e2ada321e29a530342c31abf036dfb1b32ae9b74c234d2b2cb1b32c842b1a2bc52f2a30b228472e1f3236aca02b28af6da58cb3aa220b2b862efeac5429b120fb217593b81b082489a31ba0dda8cbac4fa0022b6a28bb24aa301eabb6ada92c742f13ac1ab048b421292d24c5b22eac01ac832705ad63a67731d59d122cc9a3753426b79bb0b122e0a3d9ac19a89fac0b2140a0c32c0722381ddea9c992beaa3c2e7d29c7a73fa80da5c79e699870244f2b4e26652b37292bb5db9e2b2c7538b0b20eb6c438a32c462c172d1cafe32e7ba8d8b365aad23650b2d930f3a6b3a9bb32d0bc11b002be1627f2b54f2a84321abadc2c6d2b28b419afdfacf318b62b6bada8a8612b2420c12fb0299ea89d20afa5cea5e521b72ccc2abd2f632d74295b2b39a5da2f30b4272ca82d17c132a8d0aac1bfb029e32e583317a90825512a3423dcaf18a971b70433b6a9162029ad1dac9bc0e42d7a28


//!TEXTURE ArtCNN_C4F16_T3
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
7ba685b6ef35bc312d354ea46cabaeac55b2ac2d3628a92402af23b4882a8120a8b732b7213137af1f3109a881225324ffa9d0b25aa14eab16316eb658253ca9d0b4731ffaacd72c2427239131a47d8155a9f51c7a1b902c7b2a99b570a4932717ab932fb9b24cacd1b59e25e1b1562789b363381aae3da51cac18b9a8a852ad20b22834b4b577b073b37d30fb2be1afc6ae0eb4613227ac0f32b2b8702fcaa9082d1ea266ac2d2ce92557a62c20192613ad6222bba4612a30a4f7b26d94a694c220f5995fb3b1218cb065ae09ae4830a2b0c1ad32a635a00fa5fbb455ac34a3d7b0ac250db1a0a6ce27242330202caa202520af0da68aacec2959b7382ca8a881af37a6e1ad91ab9dae8728c61a971a08aa09a54c2553242820ffb4fda461a7db30662e1c2882a605ac75224824a02f38a625a06828aba8df1e0b9d49a744a5472e3bb1fcae5dab202f08ac3d107bb52b2cfe2ed0aacc2be2ab252aef268f26c92ce8a79924ce27013402a08f258bb84d23592e7caae929daa34e31e8a5b7b7d5281f2fe3b2bd35ca3021279c2c623667301caf1fac8cb3cc281c36522144adaba5e5af27304cac38b236ade1ab55b77fb1ef27d22896b33aaddc341ab004af66b30badec34feb00fb114294ea493ac492980b2e62b24b16ab06532dea4ea3015affeb049342b32d69edba0512cd834073352b6822b05b1a7288b306516fc9ff530c83060a81b2a74a7532d6b2246acd92cbf3728a470ace8acc934e9967b2f262d2233442d89ad472a8c2c9daea030b22738a8fd2dc7ab01259c30b72c252d629fa9a987b08225092b5ea6cb9f25af7fa0ac2dd1aeee27a42436a8a8ab6c2286ace92931b6e42c469c5e84a7a21c1e212d849f92b29badf527fd30ef2b25abd3ac389ec5ae5ca9e8aa5aa6cc293cb0d3ae8e2db6ac03ae84aeddacb29d36b8c92d3ab024a69928b7ab8426ef96bf2b2f216eaf95ad172d0d2c31aa072c791c3db371a40d3517addba85e36bb2caead48368ab2dea158a2cab246b4b030df2e99aa19b18e2034a894b20e2629129d307d2bfcaa0c2bbf2459aadca3dc2c803110a822a8ad21d3aa2da89928752e6327021b192eaea3c7a2d7208ca4fe2bcf26be3038a1f031b0279f2c052abb2c8425452a49a6052623281428faa6db2cc22dfb2c5a2c052f9d2cc02aaaa37fad7b2fb49eae2e91aace2c16a97eac399e9421c82c492cbe2d2a24dd29f62075252fad3c24a298272882a4df24ba281e29fd217818b7b4b92fd3b0b6ab851a6325a5afe72d4eacce30ed2ad520d42901a1de2a84a70118f41a7fa9ea2c3a2c19a8ef2e7c2f7db0d92bd0a9cc1f7faba42a982947af78aedca69331eca7712f10a7f72c813023ad15284dafdc285cad152b57ab732c9b354c35b4b60f31f33482ae06ad35b25eb26b38732e521e20b62bb382a96aa9433233ab0c34b330eaa921a0c7b5e4aa4a32acb0dd2e0130fc26c9a82db527b32c2d49a5462d43a922ab7eaffab35f1c3c289ca884309da6a5ae6da5991d3426452c6cb41b968daec42965b15e3214b068b0399cb0b4c9abe0a9e3b21aaafeae41b2a7b29dadf5ac9c28ed3034b3f1ad0ea1e92de6ad8015f5a8422824ac6da8942a48262f2ee02bc82b67240b33c829e9a3de2719acd41fad2ca3a4b6298f30e4af4d34222702b1f41d6ca89dad95aff42cf329e19e6e22cf1c2628112ba22cf3a481234a218a2cce0bc11e26ab3da806a0d0a5dd244624842bb1a55f21c02fafad76321ba3482a2c2c4b29dc31e826841ec030942f4828bcb1922c26a99cb333b7a2b421af0aaadb2ff59a342d7e2e3c2b142e53ad14a98e3457306e2553303fb247a80231172c34a84a969d2dc9aaba2a9aa82528ed2ee0308b9052b2c02f272c06abd822bcad912e392f3932361faa24512dc9a91b9a7130182a982beaac783782b10ca802afe4224baae3b02d2f7daf9aa7ba2c6095602da4a9752d9c2c7c2d38295126cca759a56f2c42a510262c277d02a8291ca8acabe01565a3df3299b0d32d1f2c1aa48428a091ceb1902e1fa10f194da948a769294828a92e23b2d7b4be3213b31094f88095109533092dd9245ea8a51df32c7cac3baaf32ac79a191dc11d712ae92cf9aba8235c985a26af2a98ace121ec24b9a932a8b42fa3b6c0b0ba2ccea9132ca7a84cad48aa7cb34532702598af99aa0b35372881aa9cb698b189af6929dc30d6264c2818b84ab51e35432c34b8362bf1b14e3163b33823b6b0cd255fb13d2d89a0e51ed69c31ad60a07da6e02d1c2c04a8c8a8f13030b44e20abb4512e10b1bba53eb065b10db5663355ac0cb04ea048bbe6a8a0ac19b62d2b19b470ae22b4c32b42a917b1afb213311f2a64b2d79d1b32d1a9322b422fac2e47a353b293aa47a726287334552cf92b8090a2292c9cb2ace9a441a8fcacea2575ad6aac029e7e29c4153730c5ac202b6224ad10ef22bdaee3a246260629233542b25e29f2b0492c44a3282bdcafd61d329d4aa5c82c062913284fac172e992fbdad402cf4af5624eea0a5a5b7ac0e23561b88285ea413ae2492c4b16329932b6da287b39ca84630d72cf42d53a727ad5c323e2adf2792a9862ed32e0c373ea9ecac08310fb2112eb72475346336d3a9e32c2038e02c36a9712fa82f1332172be7217031409ad31560aa7d31e8a312308fac9d9840243e1dfda6cea5de3452a6402eb7ac5d31f427043149319121e0aeae2797b08190443313a0302305b026a4f03516129237eaa8ac9cd312b127ba84cc21d12a16286e33822ca72b672b02b28930dc2f212e6017eaa0bf33eeaab42ce31b9730b428922a2026b92de0acf331892a9928cf96d02d0ea8c8b4e42c62b0462936ae38a86d34602c1fa03aad6929e636a2b153b2fc294d2816b913a8b1273d2bc9adc130f1adf2aabe287d202325f2aac0a676ac74a74b2a42b632a3a52cc1216cac8e2816b0d028eda50cb04934a8b20ca94b2e20af7bafe2b42ca89737889257ad9da16c3369a85d22adb07d385fa441b4f0362036392bec2da234daa6f03059b3f92ded2bce34fb2e12346425972c6f30ff1ac0292e2803c0cca46729b52734314f2b62302ca87aaf961ab6b13d2fe82b2eacd3a57628542ea92e92b2e7a7e2aeef0fbd307f24682df72ee2b207b3eaae3820d0b20db22e335aaff5b22cae3eb582a43a3315aef4abb7b05c2eb92808ac362c2628013100ac992c94259920fda808a79896f6251ca9952c2aae6c2a27ad16ad39288ca9e5b706a722a71f2f1eaaa29d002bbf9c67247faa66b0fe30d5aa5c300f1dfcaab6280cacdd9c06aa9eaea1aca8b3d5296fad03afe5b3f53019af3f33f09299249ea4dc2d7caea39c4c1fa130f121f0a1e634e199c22b44abbaa8632afa2c1cad87b37d179224702c7d324aa44eab1d2805299326a02ba3b2eb3161b2e0aadfac4bb049b481a719add0afbf2e6c2c742e13b4b1a362b25bb493b4c6b285260c2bfdb146ae86b04d2914b2b42882b2d4975caa1a2cc227a6ad5e9ba5ad1b2862acfab15fadf7a3d524cfaf39a850a0bf2280a4cdb06f26f2ae66af78b0b5aba6ad51b46fa9f3acd0a3102ce42a38b4772804a8519db429aba1bda491aecba1562455b0a62e4cafada81fae961c0b2672a9211231994631cfae5e2d192cea2666a4b5a6e12553a18aa7952ccc24e82a961816ad3dac63b13c2d96a4a42745a9b6a1cdae8da81a2c2aaf3826c3a847ace6a040b122a74a28182edeaed7a33423de23682ede2ce0a1e995f2ac7523f42c67a2a92e9db43722e2af972e8421a8a432a8f2b18a306a9a9b2e362c07254ca97b283c282fb5b63189ad7c3091ad60b25d99dcb7b7b4b7274fb41ab39caa473408ae88ae152fe92e4c2b11ae3334dc23a99e1db14e2737a8bb164b290e305624dfa404b05f2da2a0dd3284294d30b82bf9ab01b0032b1ca9bda1a6283b18e22af8a07823ffb1632c46aca6ae44aec1b077ad731fb42ccd2daeaca22c63aa412f86aa09adf4a9c4a0dfac60ae721e7cab102e85b1bf26f8acfc954d256f2aba304d0f412914308932b534bda8ac3290b1acb07ab5beb127352eb24e2c43abdb2bc4b0a1a09fb637b855bc3d33b337ffb0363027b608b8493878a6fcb6882cf433b125d7b841b755187eaf8cb48023d62470a0c52e3aac582b6cab71aa372c73338aa536357b335e2a8aac64a4acb3bfaabcb53330e430c12c65a65aa876a0cc35e0a0c2a24ab9952fdfab4c3013b8092f8a3100b7122f4335cab08a31c32d113246266a24132b1430742fbcb133ac99a63fa4fe34da20ed3024a4bb30652b15206ca87b225131e0a9fa2e1929a52a92acbdb0c228a8a06321f2ac9a1d11a93b3418ae35a09531a2a553b043a33928c7accaa788313aaed79c5020ee9dad214c3261274fa07ba7cead75a795ad772cc7a72c196b34a1105ea8ef115c22262afc2b79a3f82c29b4c1b07d32fd3462a79f306e2428312b31beb160302128552d20adb42db4aa15309bb028b314b82c2efbac441c53b838afbe329dad5f3310b0c92ddeab7427dcb0e2a7dc312cb4bbb3eaabef9c14385030d9b1f2afc6b3281f0ca51da9cfb0dba42c31fe2693a0e6229fa91b2864b4c1afad2252a9493074ac3d2f84a64ba4ec9df0b039b4fb2ab2b4e3a106af34370aaaaaad0eb038b4ca221736de2da8af1330ee9433352e2d4d2db59c62b045ae88b21fad802bf921fe2e703011ac1fb1daabe5a01aa6d61925ac54a9aaac17a174ab7d2603abf31b0028129c4b21a4a4ccb1b62ce92f0e2f75294faf03a54c34423152a9f198d72dd92081b21baf44ad109db2328aaa87ad20a9c212622e63b2a62f10272ca9f2971d98199f61283ab11d18c2b829306b34fcafbe2cfdacb5b9210c2d2e9128602c18ad41338d21d9b04d3362b10c3052ac0b325e25a9a427a87534a9b0c42612a923317eaa18a101305f2ab3b1022b821a450da5a5e6a3572dbb2a87a5fe1ee929dc9896acc4a6ad31eeb1a235752f5eb616b88ba4ceb407bd2bb9d83ce820b8ba302a55b7fa3075b927b723327631c631032f2f30e3aa22b457b42a345e2038b01236a4a958a2763320b00e2c5f28c6af3d2e102fd7267ab2f2b0aba8d42e35299b28f12c2b2e31b1c6b050b7a9bb3234efbbd7b6f7b8263751b8c638c0b035af47a224b5dca536b79b2d00b062b5df31d9b556b1ae28213134b025a890af94a87831842347a3e7ac29a50030c6afeb93ecac86ae1a2641ac603009a731ad6eb00ca67f2c88ad0f26163836b2f92f61348835cf2424acdec00e35cb384db065bc6db7ccbb24b12d348b39372ce332569a17b1a237fcb7a7bded3bc6b3173431ba88ac43ab6f2bd0361637dab2273431bad1b23d3442b180bca039662842b0ccb437b335b7e7a5f535792d11a0a432e1adbaa59f26ad353aaff1292cae5facc4acf52c17b5d331471f2cb091ae1fb1ca28458d242e93382d324e2c1133092c54308b36c2b9c937912cce9c482a7934c12b09a8fa2934305930a82ec92669ae28223535fababfac012cca2858a8572fec9db52c5ead4aa8503353a494abdca058a3ee296d2b2facb51da02a4b2a5faa881f9826db2c8130f5970ca809293e283e9a64a4ed29fe2c9422542d3bad7f2abd2a4f2864a65aaabe2a7e285c2cbe99ca2cd8a4223099a6f2251c89462dcd2bdfa2fbaa2c296ca07e19472850a7122c4fa488a0c630b12ddca08428b52caf321fb064ada82d6627b42e631d82ab4935faad8bac5baecaa8c22b46289f25a9a5e69e7ead3525ba9c792e792d4c98472ec42c47a67caced2de033d6b000a6cfaf7e2c0f240db1161dc3aee7a4312c5aa76dace7acb792f6aedf1e7e2f85b141b0c62aca3531b5ed2cd0afeeb418b684322eafd033f7316d3596a8a8a8da2e142bbbad131cff25ecab4e2e70306a2d3aa7d7a520b117b17caa78a4abad64283828249de226e899fdac2fb0fda4c1885127842024a090b123a1c09ec7a822a410b06b2325b3fa2ed92ee31ffe2cf5285927802daf28d6a5a02e52a8829ffc2c5f2fc496b830a0221aacd6a8252a699e6fa615a9c4a7df2dd5a8df222db02db4529e602b61999eaf0c2543329b2c1f24c7ad1e29f6abff2bedab6226171ff4b5bca8aa32ca345cad082443b0702b8c2c69af7f31b02364ad6fabe72d4b308daf12a87f2fbea201adae9c362ae82bab2938ac062b26a0062edfa9602f31340a33e93261b0f2adefadfd251ab196b0a3317eb0582a5da9e62885b09baa11b74bb061b3fc2af3b4dea28c2ff9b588b27b2ad4a536b6cdac69b9cf1657a59c2aba13e12bda957125eca669949b3131a8c42af1276c2a0daa0529a3a3c7aa421db1af00b2d5aa13a927abd6abf5308da74525e1a9faaba99c592e58aa19a3bb2efbb410b6cd2cc8b653aadd3085afa9ae45322b25f12874a7e92cf5aa2dae9a9b452ee92b7627d3a4112973a5bea938252a25629b571997aa0aac8520b0a7


//!TEXTURE ArtCNN_C4F16_T4
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
bf25e8ad399464a72e9c2ba92ca4faae5b2a53a3e520862a12abaeaa372ecb2a6da51428b2a74e2d84acb2ad87a1b7b39aac1cad8027d9220f259530adaf522d5e25cca4ba989f28c317a027b7a4f42df727caaef6ae332c5429deaf2c238b9cf9a1d41f95b07d2fd42d1c30b1a47e2e9dae2da3c91b6bafc42c29adb5317c3580903423ac3422b10824bf2d862c8d30f3279829c6a724344b35fd318e2e8b306122dc24ccaea52dfd243badfba9131d9f286da4d6b0153024adf1209ca4ed1aae1e42ad26a25c2425a8bca896afbcabf11dbcae709a9527a028fdb2f629552e24ac8219e3ac292e5ba8c2b21c309dafeb21e524f81e53a85dae9c2f58270726e490e5a8bb24bbaaa99a4e3016aa6e1e2ab066a9982893ab81288819081efd1bdc8fa324332862a8c41f682c80968f2dad25a42a4623fd2431202726a21ea423d61e1b30e029cbabbd2bf9263b2117307a2766aff5a83c29cdacaf2b84253eaebe9d811e0f1f93189d254728f29563271824ba2c672885a9362c782533a8ef20401fb8b2f3ad2f2aea267eaf6ea5af21af28cf2807a021ae422768b101286ab2eca277adf7b11f3228b42d2cbface6b329ad732add2badb0ca2c082efe2c4530d021021ea7a47d9e89a362ab8fa3ba1c7915baaa49b21e2e3aa94f1254acf0a4eead3bab542552a70b848c2c1e98e531e3afe0aec814322049aafa1407ae4c2c1c2fc4a9332e6eaa212fe031f430a53221af0aad3324b0ad672d56b3a6ac33b2d2ac8f293fa1b9a0802309326e222f357d1ed62c3facbea8eca217ac652c7e2a28a6f52df82bcfad21a6c82d191ef02c8e9f0a2c8b15b92c81ae482b9fad03b1fe271c27d6ac2930daa40921f79c07aa88aa2425272784acb0308730c62fa12095a3b221811fa925aca7e3a831a34baff5286ba506ad312aa69265afb0b214a9171739b6daa8d428d724782ab2a6792faba4e8a67ba6542c2c28c2b2c21de329732afbad6733c0b4c22a3831bf216d330dacc1a9d9a8bfabff319dae4db4542423a530a836a99aa56929a12c3024c42e362c5fa59bb1fba6f7a9852b3e250ba44fa3d9a828a54e2bfca494260facc31ddf26a92a29a0fb2a7e1d2aa07d27a0a60faff8ac80acba2870ac23b589b1821dc6a06ca3649c30a1c2a882a926a78ea7f820432cf6999b267da04e2c8fa83ca042afe5210329e323ef266a2f08aa029f8a24b732282b31a88d8cb199cb257c28372e0fa82f9dbb19e625f12ea29dd92c3ea43fa990a90827539d912ddda3d2325b2652258aa8a8278e27fd32753025269f184b24ca2594a27baad024701e4d20dfa62faed3a9262dcdac132e621e9ba5682cb83609a954a5d7adb824eb24f6af8931312cb0a56221ecb0282bc43087adf5a2bc2d4bb4f632c334b1b003a278aec4a8af291331962ba9ae1bb40c38bfaf5d1fd424c32f46aecbae99152c2b4c2836b116ad5d2927b2ef30b8321babba284ea03734102514a9b1225eadee29e2accf9ecca43e2072a084a5f8313aabdc30421e8cad8724aa224a9f483036b337b046a7bfab5da7a79f51232130262758a77aa4d4284b27b8abfea66bade72f7cb1ee2d8ea98b28bf2c0aab0a2e94aa071a9822aa2a1fa26d180aa5939ed19c0133bf0ac8ae2aa69fa9fc1a162b2c269825e722f0b401303eab2033a5ab52235031c62f21a77aa31531b5221cb4c2b28aabb09c602b0f289da56f9d1b2d981c98313084bda8ed31431cd923082f7ba74f297f2809b53ea79d230b9e13aa259b55253988f391349cb722292a6f2daca19daef1a7342aefb1292f3eb3ce29b4aaeeb5e22facad84aaaea92aaf1db07fa9d59fac2b7e1d9daaf4a032a47a31a11dcc2a31ac08ae3431db2870aa8cb4b623479e69ab31aff825dfa5c123ff2639a79da7b9aa05a98b1a6a2627a1da232b2996199d2ead30f42ac6ab43290f3483313f2f81a4e0a81f262bae14a25e99cf1cb12124ade8a97420b9a14420963041a33d274f26a2ae6ea558273a1022af472a0a97f40c81246ca142200fa53a211f9867279b2814af5510402aa2a403ab8e28e8aecbab90a924b0443090b145ad7ba229b46ab1beae4ea8e9b34a301aacfba8c4305e28a229c6a0762627abd80f4f00c4224ca03eaa2eb5532f3bad4d2c38ae3ea6d2aa33af27abb42ab6a0e72a552a3d1c59ae51ac4fa3f6afc92aeda46a2f6e34eaa8f22b04b45234c8b4efac203283a84c307bad89aef7315bae0fb3e7b1dfb072a827a451ac232db7ac27b0d52764a1e3af2aaf3b330ba807aa2e203e180729d3a834b327a4dea0e79f88a49ea05ca942a8c1adf49e591a27aa48b00f2a46a8f72dd230fd27d025d226bbad7c34e827b2a2b0a9519e7f274d1f2131bea8c12994a9efad2b989ea3ec2231a239272f24ae2c2526751a93a27fa2c6b12e28aaa168a2c234b9b1a7315c2d3a2937a088acd4af5d26be20b2ae172d12b1a234853245a85131373497b55cb65bb4ec8cbd301da22ea786ad762dccb5a93b2bb6ad32a1aacca831a0ee317531e3ab772872b1bd36b62c68adff331aaf023bce355b278a1868b2b1a2151e8b2ea4b129afd81b8ca868ad65a4fa18fca8f3aca02d47b0dd30d53152266caaf0ad99b6a63331b604318829622bc131752cc334e733f52c3e30c1345e268f2537232ba0ccac982f0ab17b28b6a658b3952e8d34c5265e19682cdd3474a2f9227c181d24caaa982d7328d6adb8a0762c5c1b1aac4f28e82f1222a529792b4baa1c289a347f29cb3003aa3baa9222bfb11524d02fdc9ab32445ac26a5f325cfabfca4442d9027452b63b0b1a4cea30ea8cd1ba32e9789589e9725572f35223eab4ca804a1511bb22fe81ecb26f79d2aa8aea6493295b137278aa2042594a6e79d92a4cdafbf9ddbb58a2de09d06a31982efa29db1bb32bfa4841fe522d0a484a0c228c8201b9e04283a1a5b2b9f214f2acda91529b4290825aca6ba205529d3a900ac9dac7b2af4a41e2c79a0e327202d69ad14ac1ca948ad442f6eb02cad5c31e331fa2f2625c52c69a49cab122a19b408ae79285430d62203a82f9d772d57aeb3b0e2a426a8a5ac3ab0831e1fa0e7adb424662d58adae2299a38b3487963ea5c621a328092c44a210aa122bfc9ee5af672c5825bc24c9ada2af8aaee6a5c99ba8a8d1b463afa8b366a661273fa86a9cdda5542534264a29a815f02c6b28b3ab53957caec42e1e1c9d2b6729d9ad20ae7321cd32ae23f490cea412362628beac26a1a03074263d31eaa9a5ae8fa1c828e69a6634a6b0312bc828a4a7912f0db06b2e2028cc1fec34f2239ba92daac320b6ad9224a13592acdda6b9a8582658a6aaa3a0a89124692bd5a95da8603017826f2e4a2876aa79a5302779343b25cba21ba5fca55bab172cc32efbaa42a6aea90d2890acabb3a1b36cae18b1182bcd34692f91a88bb0eb2c33ae15a3679c5932922c0ba4f331bcaefb2ad9a7252c60afdbab4ba7c2a274275ca7782bbdac1caf76a4c12a15ace4aae3a781342c244c0a95a5aa34d72cf0a972ae22ab051c1728d42b9a341ab0a82c47afc5adc3206ba9c828e234123186af8bafe5affc96cfadf92480b0203073ad369cee2c732770a587a1f131772ab3a8572d01ae319d4424331f1a326aa43823ca22dfb99226a41bed9f542bab97dc20c8295eafa21a532b8525b82fc82cf7ab99a8f5a603aeddae7bafd4297f1d50b90fb060adeca832b7662aa4b865b542ac1a26a72e0ca457a3b9160029981cbb22fa249ead42b50db46db03eb42cac6025149fa6b4f11ed512591e7fa8161cfcb1d21db9ae4999d5a1d4a8b5b1322404b42ca3b8b2e1ad03b2a4af5cb80da51ab735b57f2ccf2dc9b677b4f7b7e7b10fb04fad26b184ac4aa2ac25a8b7b8a2f0b5b7af53a402bbeeb2283049b58ca9e49e162c26ba8aa090952f213b251d234b21572453afd01e5cacb723432ced915a2a60b3852e7da6c8235da8fab95ab0252594a2b1ae47a65e2472a4af291c2c8f118db08f2cb619d125dda43bb56fab5bab3cb0b2adf1210b2188260f23bea0139e7d23d11f1a2305a40aa52190b598951e55a338a5099f95220ca8452dbbac50277110d5ab5ca6871d432b722c1a1e0d30532669ad739f0e1c032b7bb00b298fa98498b59e7c2bbaaae0acbaa297239ba36fac77aa172d4c24d5aca3291f9433206eaa842eee2ceeaae12c58a94f1cc5ad2da4cdacdb1d7f24f02b872df6a612b2cc21de2b473437b6f230112c7aaab2b1b6a663a93e2db12d54b55bab1217c1ac40a0c5276c34d2b31facf62f0b2e2d2ee8a585ad5fb5d9ae7932a22e6dabffa2f32d8731ae23e2a13ca03a9059aa9e24462eb6ae7a10892895a6ec2d3bad9b933ab286a8f42d6cabbd1d00b195b21820bfaf76243426dcaf1a30352b959f6fa4e3223a1c2d2947aa05a5a7b123309eb0fc2e3893a1285da3e69c4f3162a551a5bf9c6fb2dea8c12513287f2d6d1d182f3f2c6ba3a890d3a4e3a9a7b5a92706298f24e4aae82df6b0592ffe1f7d22cc30b82f37acc32d362b36ac9433733181b123a4d4a691986da36325822b811daa2bbe283d2cb32983b0252505a9e9254a262c2c4aa916afae2a7d2a35a8e7a85bac562578ac81a623ac1d2974b17830a5332b2d742fe02e3a3009a9e1b1cfae3ba6243594aeeba9e7ad09a8be365caff1ad0427caab68aa472ce92b41a532a62dad3732b4ab6e384e290dae47b55bac1e9701291430d0a83aa70d9acf2afeaffd2cfe2cdea2f0997b2af6ae87ac032376aea73578a8532c3caccb2904367234b030bc30772106284fad009f552fda9e50b08a2bdc11e9a7a0a4d9a4ea31beac08319228039e69a40cae88a83bae740a37a34b27a832fc2c80ad92a2cea22d23f1a83425daacb20ebb3161ad60a80bafdd2ca51e4f3115a66620cb2cee27f6a08b259f2022ad6d29e29d7d28aca829a80ba68d94cead53a07e1e09232caf94180faf4f22c2ac6a3469a3aa2b3126dc2af81ee42df1bb3e2d1ca525abfbafcc99842b5330f6a3a4295dad5bac6d3056ae1127492a3bab8e3323b583b5273183a353af02b297aa38345e2c6ca89ead85b8502c069e182bc6a51f9ea22b282ea8a9d92e3428e4ac71b33d21a5a6f1b441a0cea97c2db6b481a7ce2a84a547a8ee2fe0b0102c58adca28ad9548a7dfa914ad35b33328d828432b00a8e5a006b27032532c20353aa6162e0b268f240d313ba79e2b402123aebcaad52c810cb5a1a1a9c7a322a4a8194e9ace2d179b12ad312b8ca2baa200b0a0abc9a06ca91e9c400e68acfeaffba8dda2eeb0e120e6af082cf49687240629be28902499ad12b08b9fbbb27db073298c16d032212efead16b0a225e9a02b2dbd2876a1592dad276da835327cadbd2cb3ae76a891a19baff32cfe0ad7af9db3a226e92b5c2e3a2f411dd12d33af4baf8d216f2c6ea209b0ae20a819aab050b14bb0bdaff0b0f124532e51b3deb858269825b2b435ad6db555b05630c6249e271f255b2acda165b232acb3b5a6b21321bbb123306a203a30b2b0b018002c092c4a1bbc1a1aac59b3e7aac320c929062df2995c287c94e13149b164af17b272a02d294226a22bddb2fdb0253069b46fa964a4b130f428e2b5ff2e62a1c8ad232b751c88a5c9a4a231a5281627c1ae40af452424aca32442a6a6ac871d5e99cab1652a38a6311badab01a56bac8da70ba59e1b79a8e127c22b2eafd1a31ba802aaf2a8462c683485b111a3b1b451320a1fab2798a4b02a27b6843257ac80213325edade52cba2ea024ada507acff2991a44c31e8a3419839b092ab3ca4622648b2272502a48aadb6245e278b2b472cdfa21e21703044aabaa9f7a475aafe32a5ab74b475353434d5308cb3cc3461ac022b442b0cb14230ebb0ed308e2a39a955adf6b08730223296b16ab02dad2b2d032a83b1b92a84ae3ab1d2300d2980a629ac9f0ebf1634240ea86a2a60a99fa12a256a98daabce2b2a96fb213fa372b297a56cad4c291ba67bb112b3f8b049b0422523ab172f97ae6eb19a20122dc02b0727311ae0a246265b27c3b155acedadb512c7ac941f9f2716aea8a1bca6f325c934b7a578a1e4aafcb153a439b837aa74aec6a19ead732c1eb0bdb144adc1aa79b4ffaefa2d012506a71aa660b24f2dc62962a586add32cfc332334d1a69d29ad32032213a5d0aa392709253eaad0b084a8adab09a97dac3f36afa9b52b33b1c8adb928a8ac2ca54834ef29c63419afdfa95ba6cbaedcb4382e2bb2f4b21b336021c32c67301132c232f72d90378bb35f26e431abb5e33399a89c35a7a79ab12ea9142ec5ac35a43b33a62898356f21d12bb6b3f1b15e27f22492ad152a6fb4f229552261ad8ba654b9a51e2dac7db495ad17a29fb5d2b16fb45ab02bac09b606a63ead8f2b8525d1b3a3afadaf65b1bb256a2dc230fcb51ab0729fceaf0630272dd720079cb1a40dac342c74a95331612d6030e6243ca4c031f1a54d9a


//!TEXTURE ArtCNN_C4F16_T5
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
2d32ffb3c2b2ff250f35e13036ade136cd329faf51b71bac55a07a385ab08fb22db7b6bbfab24eb53fb1ccb552b24e3e76b7cf3510be11b80eb0563a0f2ea2b46f383eb549b9a0b4cbba6cb5cd3969373fb8d5254ab959b0e2acd938b932d5b0b01b2c2d6a2bd72e6a2d11a1da2b892abc2cdb1d6826c12814a97ea85cacf92e62310430cd322034fa327fa08ab39aac45a637ab18b09cb39a3226b1d0b3dcaa8031daa107b1332c6d2e68b37a303c30d5b1e7a4f9a8532cbab0ba27371f982ee292711c1118f009899f04255c24200f08a55e219d23da1c8da52023d01d86a5253023b086335d2a0f1ec52846305433892a3b2fcc2793af6621f3a819a7a82952a657232eac3d9c482704a117a6cdacb8258ba84dac9d2ccea446a81a231fac0121fc2b432d08ac46ae73a27519739c86a5fd25bfa474a26921022dd2a91fac4a30222faf2c76a84ab283adfeae8d8d80b3e827eb2b232c8c317a32baac41aeae2fbb2dd32f74b1b6b183b063b1bda2c2b44da8c4309c2d28b0ff290c1c3dae97292530ca2e7ea023b1dd1ffbab88ac34ae09a47f2dbc2652916a3014a4a09da83253300c384b311eafc5a9caa46031afb562af2b2ecd3494b2ac38dba87ba96aabe235feb05da925b737b34429b4a72db57a2186b27cb09a31d734cd1c7cb23ea5c12bb927deab52ae84a16428dbac7bab03a7f02218a4412c6e30812128a73e30dd2dedb22fa934b1e4b0f0b4b4af10b337a5132dc7b08babf932319d12a8acaed2317222f6a4bbaf10ab5430ecae74b065acdf31562ebe2e6d335aa95ea8ed2b7e227cb0942c8629062fc0a60f2e25287da8792b9b90a629ba23ffa85126671de9a6a0979fa13829449e9bade8293524c1a158af84a1d43296a8eea5a9a634a7a5ad4ea8592353288ba6091cb920b42c4e244da316a1dd2c8b28b6aa012013aca0ada09ec9a9ee2d90ac0d2e299299305ea679a9c3995d248db3619d8a28ad34dfb9162895b03937b230b922caaf143824ae58b0dc25c037d93005a97f32f6b0e2af182ce42d5d2b2dae9bb2b22c50298c2db22a5ea7622e3c3023af3033ada986ad012fd5246329192c952d05a0552104a74c29682e062e8429eb96e42aa5a838ab3722c129652570b0319fe8ac8f2e522bd92cc628b934bbb2bda7c82fff2f262605a8bd2576ad0aa80d27b5a984aebda1eaa816ad7b2913a5862428254cb06eabe6317fabc8a38ab01c304dac9b2a822553b1d72618a4faa9fd287f2d53ad172a6a23192a8628b0299a2eba2840120d287533442da5b5329c94a9ed2d7d20b3292c25bb8fdba6919f00a41f26b5aab5a16e8e591edda26b23e5298b218628d62893aeab245eac70a4b0b0012b2fb01d24e7ac6e28daa6a931b326cd2b37b872397aae602584b5a9b28a20b230f9b82633fda6f93431b89eb0822c66a6c9320431eda9f0afc99ee72b0f333c30acad82aeb3a6f7328db4b9b0ba3239b1f2a73d28b0b1e0a4c32880b0e6acc1acaf9c17a92facaaab0baa29a9809e03ac0db52a2fdbb62aa441a64ea852a28ab3f4ae88b0ebb141ae9eab2631ed2db2b13eb4832dd2aff6995b30c8a47cb0e9b01f2fb0a927a8993196a0b1a936a9afad0ea4532c62a408a9f1ac072531ace4aae0acbd23ce2fe6aa2f264bab5b9f77aca931be2c4eb139ac2aad8a23e22c52b24d2ca3ade92be626a533d8a705a013aff22c1e30bf2dbd28a5ae20a260aa5ab037b2afa9d227bea518a808a781a454a1e424bd2b1330a9274bb2102dcb30642f50a8fa2b452bd5305231852db122f1a2dd3625347a30812c2db7b5ad5fac0c33fa316da15f2fefa31c3ae4b506ab05abf125672e7722cdad96af64b2eead60ac4ab11bab2fad84a73936962f672cd5ae8624342a19a1e0a99aad90a8e8a68b9ea6a9f3a45328faa66426c3a05a24369f952e0a9bf42f8a2d5badc4aa1b27eb2a47ab002c812e4faaea315c273fa7332b032c75a052aa59a3ccad2aacae2a352974ab741c1baad8a63d2c872d8b26a6a4ff24192a32aa562eec30bd2e46ab6923de2f552cc02d7699edb1512ac8ae64a1a9b178365c385930caa9e7ae6bb2172008b47334c4afb1aca5b70435d82823321f32ac2e24a9cfacc7ad5130b33476adacaa17a8742b22ae56b524b1d894acb02225b92d33a1d49c06a0602bcea610aa922ef9942d27382cbbb0e52b54a42628e935942eac35bc1f72a74e326db3762eccab8231d32e85b318b9f52f93af3c224cacff24e4a4c1ad0c27aa2b6e323e32a52a36a8de287aab5e15b328ee2b91b3ee23c92c571bbda92facfca0d91647a722ab11a0f2a09ca95caa2f2b2d2126a589326ba9262ce42325a33a30f62648290c23b5295c2da92b07b4eaacbea7fb274c27f9a6172e1ea69c945328212bae316a21a71787a45b2814265a2d6728681d13a7f8ac8eb0f31de132192e85a895a16931e7af882e2c1c7ab0f3a9f4211729a5b14fb29e3332295333cf30ecb3a5afbb2eadab6dae2bb67bb7d7318dacd82cb0b07bb23ab0d12c6730d82dac2ea4a59f32d42d2229bfafe1ae02a85fafca30fb20eea7edac619d192eff9cd020ad2c962ce528b0a8f9aa1db272b303260a295336e0b36036eeac7f2eea35e4351b3665afb92f26afb39eacb6c7af39327e33eda307a9892b2026509fd32fd12d8030d52ba4204e147f2866b0f1a7269d2b9c4aa51d0052265e22b52998a0cf1425a9740d961f9aa0dd210ba73f26b7a4f0a3e52c362d7f309ba6f5224b2b912534ac7cadf5a5f928fba344b19131e8aa14af99acaea873a939a13e26169adb21b1a8da27101bf7291526b4a7b29e789cb5a6f82b2e2894aeab1b5fa4422ca9b099259eadc1a947304dab32270ba45529bdaaf22ee82971b317201aac20267b3079ad092e30a956af6caf62359aab43285baf6d2890a263a79827bb1f4428ae2d01ac8927a4a0d9ad54adcd2480ab621ee8a69aad26ada6ab2eaed4aaefadc0306ea3dc2b02a08f2de82b082f50b5332cd1a81b39e4b5111e6533b2ac3f35533397b1b4362fb01db089b4ff39b6b04c2d272169ada2ae5b2e1ca56aac34b367b4b12afdb0c29c8d25c0299235ee326c30a530e1a012ae8133bda0e92b632e3630492cbb9ab5a8592d5630d32c272d401ff62434a9d5b2792c3fa536b019b3ae2f2f2d6b253c2f472f35b592387dac5d2d41307c27f89dd8afaba75fa83da95aaa59b49fa45a2349a429ad2028a9af551c7ea65425d21463ac192c502cdd2c701c8429582b6d23922b392101a5a0abb0282628eaa87ea08a278629cd2f232973ac6f270b3105a71128b327e528ac2ac525cb2cdcad5aa36b28772bcf2a79214ea95fa54f2c5826122a7ca89e28f719e3a7972c8cac23b0612f81a6cf2f2525822f23a2af29fe9b0ea9d62349a48da0832133a43ea8a5b43b32a3a4332e59b3b62e36b48eb1052f3a326fb126b1c5af7c2cf130ef2af7a8042619aa7e2ce89bf61ad52b629c149b7fa22f3049aecaa94d300b2b3fa67a27cea82525a7a8c828b8a232a92b2418154b284c256b280e985ca07e29e4b1c12953b433a95d3017ae6dae4cb51c2f2c18b7ab7a315629eead75a8b5a9e4acc82b07b0d8a6b01e58a3f0a589abb9239ca801aa3a2cb3a21ea9322692aa4021cf2dc7ade1a83e2c4d2d642487a9d9a68f18352c78a0322d45ad77a485ad54a773a03fa925ac24acaf1e21a478a9e5adc5aabb2c852ca92d8aadf9ab912910aa6229bd2a522d1b2da5ad40a7722db6a618ad472ccc2d36a6a4aa6e2e762ad0a6b6a165a4ba22501b7d2d3c1d69ad792d11a82daadca936ad729db0a8de2c53a8f19fa825bc2170adf0aae41fb6a7192b2a27492e7d2d6bada124602a75299629712509ad822017aa16ae5bad1f2d3ba85c2dd4ad76ad102e742685a13529771a09a4292dcc2c3e29a3a115aecb2081269fabba192627fa2507a925ab92a4b1ab60296829b8aa8f218bace02957acc0abaa2d6fa9b32962a89dadf9acadab052d0728c0a4eea6fda988a8111d41a98b2d1ea5792970abc5a907ad1aac932e20ad5e266c357e2561a851b255a7bbb6e2adcbaf2334fc301bb25895479cca35bcb1041bb7b04e31eb2cf62e542bc6316d29752b452e18ad76a84d20ceaecf30b12103a57bab22a7eea36da1a129772e2d1a9b194dac2d246c252b2888286aa435b9fe33e02f2fb9c42f80b6b6ac26bb322b7cb59935fa2343ba07b7f028fc357f0ed42e1cacdc325a2b163442b351b348b098ab86b5a234223131a870b32132dfa89424932d4a272a29c32860aca6a45028461bcda3b2263f9888a859a7012108ba782c72b94fb35fb054b6adad40bd17ae31b685311a341c32e834e0adeeb1602253af802227320c21be30ef2a592957b2e0a7f82ac4b55cad7cad76191f36362836a268ac292aceaa9ba2fb2c5bab51aad4a1082a9aa8c4a83f24f9a3f72a032b4b2aaba146a792b1a1aef8b261b057b5dca84a30c1acf02c42a52127bdaa343066996db0bf2a5ca63795a0320eb4d726942541b252b04633e0b29f2b76ae5531e62ed9aa89a8f8ae129ba22d0829d6b009a944a9c9280baa0e98232ba6acea33c9b25a2dc8ac8c2c1b955bb0a736dcaa42ab1aafee2c9aadd32f119cb5ae6da60e3409aecd236a281d3561b2983b0539fa32429dc6ac55338b3650b3c92c8330e0330a32d79be2a9542e3cb068b1c2a58aa942ad9da1663016a0aeae30b192a48696cfa6472c472ef2ae00a91bac17a823a8aeacbf199328292ec0aa92923e3163987532ad250bb1b633ea22413694a99ba8952d722fe0b2d2b1fd278f2f28353bafea308aa1dcb202a582327034cfb04b2ae629f2b4872ba531f02d49312c31892cadb1cf28d42db233b7acd82d14301ba55033ba20d3ae4b2bc0ae2dafc6ad51aad5314da30528e9afbdb27aab4728682ce9a199294c32b52acb22522e59216228aa2eda11ed9294a77aac1bb1a9a7a1a45c32af2bdfae99a799a80d25faa9b7313f33d29cc52de530c7205fb5931880af5834d0b047b2d830fcadc7af413614b911307f90ebb1f9b2db3019bb5cb6cbae073548b9c1ae9cb407295a295fb4160d16b18c2bb02c95b0c6ae2badd02c502bc02c03b14731a92cde28a12e80a9efaa41328fad92aff630803020a162acd4a6bf2f7b2c90295b308229bb25683245b3d12ede9d822df6a853a198adf62c012f972f17b2c2ae3922e1acd23030b0c52371241c9fb030203253a2d8aa2c2fdca6d815a33284b006b180a42d975d3004a928b00230872d392c7c249e30982c98a862acd42c202aef2fdb20002d50b41cb3e531cb2c9832679c31b5f32eb025bc2cc5a4cbadb4a4afac3e2cff2e83a87db2bbad2daa412e98ab6aa8c72adc3091292ead6e2bbf2f682a152adb283b328cb26b32a9ad0d3694278ab2ca29b2afddb0ce2c6dac4fb47331cead61aebfb53bb9d3b68db4b9395633c731692fe03502314739052b21b7253adbb4eb325cae7fac4e2ddd2c03acc22973a9c0ac1e300e301f34bcb511adcb2b91b3ac2d66b0a3b2e0314a2f78346a25e532ebad09291cab6faed631ba30133468acaf28f2b38db165b48f9b662c5aacf9b0f7a93e2eaaa90ab1e22b212183a8de29ec2b99327dac1f30292b9baf1320ab30b42fa7af1228052df7b1a827782ff913b23009a8452cf124d2a992aa3b243627daa0fa2ab1298e9feca80b22b59cd9a558ace92ecc32d9a1c71c0c23ef2fbf2ddd909130b4a94e2e202e9eac7b2d7babd6a457a6892f802dba277f28032d76a18da996a150a3fe3042200eb074ad9bae2ca7abb1ea3215aec49563b4f5a97c3288aeb130762e1bad0ba776339badf7165a22ed341b38f634183383b922b0a7a2a1b71cb6c0b067b67eb4643535b8ff33aeb0b931e62e03aa19a835af2e9e412ccf25cbaeb0ac71b4852db0300529622d66b0882f7b2cf0b288aa28b2f8a41eb21b31dd2dbc2c1c2d81aee5ae5fb7332ccb298f31842fc732c2a99dac7d314431b53461a88e220fa993ae402470ab5f2e30a82ca1032bae2ce69a792db62e53aad829cb2813a88ca970307faf29b0bc99b8ac7c2a391fbfac892990a5709a202bcc21261fd2a5d4237e2b6d2948a033a0432c5bb06ab0863198a63f3230ae6c346d2e3a2a172802b43733c4b3caaeba84972ca0adc02460a8962b25305f3188332e32273250a6d3afb6a9a9b323ad7b280fab46ad34a0102f0c297f309f99d032222cca2f6129e3b1a2addf21e8acb1a013302cb50faf0cb49931fa373a1c8d2f75b997b4ac2e9e2828b5f23100b2ef3039a882b395b968b4eeb03637f6b4d9242cad263012a87f2c4a338d25aeb071326a294e28b1a827b0fe2512a9df2837ac782e402fab2a5028b61408a217b5c028602d14ada82ddd2dc727f333062fe52b5c271334dc2ebcb0df31ed2e47b0df1c93af3da8c52418b2ddac572912b3c9b19cacd02fb128c7af4f2b6223c3ab5aa3e9b1
