// ArtCNN_C4F16_DN: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F16_DN: C4F16 trained to denoise and soften
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DN variant=tensor precision=fp16
// Weights: ArtCNN_C4F16_DN.keras
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

//!DESC ArtCNN_C4F16_DN tensor conv2d
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_1
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L0
//!BIND ArtCNN_C4F16_DN_T1
//!SAVE ArtCNN_C4F16_DN_L1
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DN_T1, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DN_T1, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DN_T1, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DN_T1, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DN_T1, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.018518891, 0.01044156, 0.10742334, 0.019117992, 0.0315516, -0.003101165, -0.005900468, 0.01796322, 0.012152654, 0.0372149, 0.0062034694, 0.013527767, 0.012821475, 0.0042249896, 0.005348711, -0.01585064);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L1
//!BIND ArtCNN_C4F16_DN_T2
//!SAVE ArtCNN_C4F16_DN_L2
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DN_T2, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DN_T2, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DN_T2, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DN_T2, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DN_T2, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.03909646, -0.004505271, 0.012983942, 0.026891395, 0.041329455, 0.054632217, -0.015681814, 0.04566188, 0.028717848, 0.054259814, 0.024503466, 0.019481014, -0.01950534, -0.015496908, 0.039383724, 0.00995921);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L2
//!BIND ArtCNN_C4F16_DN_T3
//!SAVE ArtCNN_C4F16_DN_L3
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DN_T3, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DN_T3, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DN_T3, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DN_T3, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DN_T3, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.0037328722, 0.0058725104, 0.014844512, -0.010170196, -0.0037970059, 0.0066255014, 0.007933397, 0.021553462, 0.01128321, -0.01463951, -0.0019001827, 0.0040911147, -0.015792493, -0.005102591, 0.010113186, 0.007888773);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L3
//!BIND ArtCNN_C4F16_DN_T4
//!SAVE ArtCNN_C4F16_DN_L4
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DN_T4, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DN_T4, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DN_T4, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DN_T4, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DN_T4, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](-0.0026729486, -0.009118031, -0.004540173, 0.0025627601, 0.0010126249, -0.005367281, -0.0069887056, -0.012432767, 0.00539171, -0.0775509, -0.006941183, 0.0041552046, 0.011853503, 0.0043568853, -0.0006060599, -0.0006150335);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L4
//!BIND ArtCNN_C4F16_DN_L0
//!BIND ArtCNN_C4F16_DN_T5
//!SAVE ArtCNN_C4F16_DN_L5
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DN_T5, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DN_T5, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DN_T5, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DN_T5, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DN_T5, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
    for (int t = 0; t < 8; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    // The added tensors' texels at this tile's pixels, fetched before the products.
    ivec2 ca0 = min(origin + ivec2(lane % 16, 2 * subgroup + 0), last);
    ivec2 ca1 = min(origin + ivec2(lane % 16, 2 * subgroup + 1), last);
    vec4 ad0_0_0, ad0_2_0, ad1_0_0, ad1_2_0, ad0_1_0, ad0_3_0, ad1_1_0, ad1_3_0;
    if (lane < 16) {
        ad0_0_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca0 * ivec2(2, 2) + ivec2(0, 0), 0);
        ad0_2_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca0 * ivec2(2, 2) + ivec2(0, 1), 0);
        ad1_0_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca1 * ivec2(2, 2) + ivec2(0, 0), 0);
        ad1_2_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca1 * ivec2(2, 2) + ivec2(0, 1), 0);
    } else {
        ad0_1_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca0 * ivec2(2, 2) + ivec2(1, 0), 0);
        ad0_3_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca0 * ivec2(2, 2) + ivec2(1, 1), 0);
        ad1_1_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca1 * ivec2(2, 2) + ivec2(1, 0), 0);
        ad1_3_0 = texelFetch(ArtCNN_C4F16_DN_L0_raw, ca1 * ivec2(2, 2) + ivec2(1, 1), 0);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.00066560536, -0.004267358, 0.013700342, -0.010605738);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.011697394, 0.006271419, 0.0030887362, 0.0042083524);
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
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.007793551, 0.0055348487, -0.002082268, -0.005440815);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0019972357, 0.0037007425, 0.028737424, -0.022928216);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.00066560536, -0.004267358, 0.013700342, -0.010605738);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.011697394, 0.006271419, 0.0030887362, 0.0042083524);
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
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.007793551, 0.0055348487, -0.002082268, -0.005440815);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0019972357, 0.0037007425, 0.028737424, -0.022928216);
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_6_depth_to_space
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


//!TEXTURE ArtCNN_C4F16_DN_T1
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
39ade735c820039481af569e622c1f3124b3bdae2bb792ba2a31992d2533d0ae12b47631f3254b275b2d57acae2c98ab352b9d2a3e2b9baf48b0dcabffafc7aa9334542c0f288689f22f281e301f76ac8d2c6930d4b021b48cb05a2c1ca3ab2563b24db122a4f0af30ab98334bad6b35aaaee6afe73781b0ae317f26dbb4573038a481b0f2a600aeea2e73b1d93336a9e4b04f29182ffd2fb6ad49ad4ca943a7f6b403a766ab34ac3b2f41b146a4f3ae9fb2d32cfc311ead1baaa721eaacc42998265e2c64252c2ef3a3a7aa562996b1c0b047a525b02d2db42873266bad24283d2aa92ba6ab3530772d01af3eb0d5a7942edbaa39286230f91d12b4b52f7cacf6af9aafad1d522923333bb12da8b7a7772cf22f07adbfa657ad9823a7b5f725d5283729932c86a29aad66acdf95d7282c95d615322d90b61e2c6d917833ae308f38c3349721372eceab862e212ecf28a2282722232fafaf8fa05926a2ad4229102f44b3983243affdaf7a34452a97aa8821022c822db0b839a8b5ad8730b22dcfb3bdb0cd315fb0c3aaa4ada72ff02c3bac03b0583694b1f82fc4a7cfad67309bb6aa33b92ce7a83a3234b27cab33abe7ac312f222fe12ecab43b2909ae912efab5c2b197aae7a299ab20b3e432aaad07a86e354caa8a2ffab4ccb12db53e2482a9c8ad65abe8322430a5b71fb0a12c032ff1ac70b44937cb2a97361e36bc2ab42df630a1ac3237863121a624b8fcb43c37092c6ab3142fdd29b33006b731afaf31ecade2af30ae4c2a7c9f5ea540a801ae9d28c9abb2246f304faf76b014b470b4193481abd6acbe2ac6a4db9e2221e1b146b2a034fcb4c925ddb0b2ae8fa7b1b811b7cfa934b023af9c283f28ae1aca2b552b162ad2b7c03008af89b4182c5ab4462f1aac39293628be2d9faf002f17a64f31a5b461b3c5b133b35728342ab032cf2e71213315b6ae7234de2a32301bac2fb00cb7b635732ef9b35b30cfb6fbb689380e1c8cb592b16f30f13a38ac2fb711b2772e852f1b37c1205635fe323e325f31982d5cb0bd3503af3f30e82a55ad4334a0aaa431bbb567b6a3288024a0338db2cd299daa182fe625f8ade82f6326e82978365eac76b0d829e22885a63c347baeb7b10a3a2caba4b6b7b8ddaf2137e5a36825e320f9a4de3913b3202fbf2ce7ad182cedac1228c3af53b002af412c80ab6ab04fa401adde329cb2f099491d3aab71af7f27232d63ac4eabd5ae032048ac69269a2639a7cea976a0a6304db5982da128be2e42300aabe0aea0a9b52aae2e52aa4cae65a1272b8da0b0a949acc6a364ad93aac6ae82a8ddaa5d30d5aa44b131ae01a7a01d502b72a34dad9e28492d4ba49c275b2c32abbfa847ae442ca02d95a8632d6bb02baf4325342eb52883284d2e722f5531062cabae09adae328d2df02e392c42a70d2ed0aa5925cca93d2cb82af62847b2652d25a63626b52d6aa9262d8e30ea2f02af30aef4a46fa91daaa2ae8ba359a0bcabe42e7da7f5ab42a3549fe4aca3ac2baa04a97b297d1f36a8ecaacf26302dcd27e82c872b06b2b02e34a662b07e210a2f4012ce9e17297aab6f2963ac30b013af322ca42d4cac3fad13a897aa722875a5d9a647a0c639af2438acc62c80b41ab0c020dca74daae12cc138f5b7089c9132f02c2f33c2b5032c7e2c3d96f72e142bf2ab71a705a1df2ed82ed2af6e2d402e17b08229cc32aa3328266d239529bd2f702e0cacbf199a28fe342daa30af58a33eae6d2c1db51bada628e1a942a66eb8062c62b684b5f02a0bb3c0b508a110374c29b234503137b6fe2b392ea035d42954b06d31d0abdb3212b6f6b13cb62da285b4c3aafab09f2cd1ae2bb01734d02a773017107da683ac73b241a7872e152ac32dd926502c8d3023a9d630f7b0afb74daa9eb346ab17b0ff2ef4b3dd2344347627fea8f52b7fad232e40b01b3050a4553184319c31ffa622a9e830dfab52aca5ad97adc6af623271b116a196300fac65b16baeb525bfab97ab2f2e8a2cb72bea33142ec5b2b8301f32a3a632332e360d25c03149322a3042b2453aea23aab020b03eb4f13822b6b7a590b209b33f2e1630d8ad89af1db4981cb7ab112fbaacfea92130973259ac2e29b029d8a799ac7f2ea2a5c491081c6c2ed11c22b10ea8242b5c272dae952cc1b04a26ac2fa3362e978237cf33432822a3da372b2df8b4d42f9eb97aaed733bc27202b60b48c2952b077b442a73cb4739f4f2c7238ff2cc62e3f341eb3f0a52bb02d2e34b0032d071f3cb0962f962f502dd2aa05b1d3ac86a7b92c512e98afa9ace22975343637e0b0413b8f340baebdaa173867ad9db460a1d7ac5f2cee1b939eb73087b004a4b5b557b17232f5b0a5b123315931082a26b1a72b712e01a7c3ac05b036b37d2e20a5d0a1adab2fac62a020a1afa5fea8f0aec49acbb92234741c0dae8224842ee832baaf2eb29ab0e9ba51b56ea53e33bf36c025503a8baaa198fb27342f09b03c2d7433f6b0b7313c318b2fcf2fcf2c8f3509b081b5e8b66326413127b07a33f7b14f2b6b321eb5f7af0f2dea33e0acc2ac822265ae8fb1ccab17333395adb0eeb097279da437afcb3c37b1ab30db2f5ab860382d2c073697305fa449308fb111b6e1b20938a730553343259eb81228e3af72b04db1253056ad10b118b258b388302030542e3131c22950ac75a646a8d6a92f283c34d92fbeb164b456b4c5aed72fdfabf2b180ae21bba5349cab462c543366b02fa13f26c522a131a533923465257db4a1acc926cb2dad2dd32a5fab382d22b1b83311b7062f28a8b11ce82bfb31e724e4b0be2db332f0a513306bb1c9b209ab64b6303b0229292be12889b030b633b22faed19e2239ecb648aed99c12ba9f33ecb38db4c4af2d282f2e42b22da8a12377afcd22e0afa8b339282330f1ac4cac252fe4b503ada12cf72cd9b19fac9a1efab1732fa1afab342cad3eb4b23847240bb44c3818301533adb208b71eaf30b870b776a8dc397c35f2b0ca2de4b83f38933ac9b9c1b1cb320335682cc1b1d63092320e3079b46db5c3b974aab9b53bb78136a2354caa44304932dc1f3bb2e6aaa1ae341a3baf8732c43523af2435ddb0be2dba3190b2942df716082cf8153d37083a0cb836baabb5a72d3f310a34ec9674b183af8932e8b97ca64c39e33ab72e32b63534fb1a412efd32eaafb936d629b0a6c1b52a1e66b078b3f7987b322a30e7b08cab23a71c306d2d1b362e3555a973295bab5fac3527a3a8c5b0ecb2f7ae41af74a6e03506b03b23e5b047b9dfadf9b85eb081ac67272aaf7432d22f8f2bcd30d9adb13497baa4318aad48b14c252ab3f22b9e2f1921602778a5a0ade2287824c52427b3b4b0dda5502f9d32ad275d2cd53024a551adeb2bdc30562770b1dfa1d9aee1b22a3817275fb03bac7aba11b139369f2c06b500b0a9362f3a7ba756b523b3ef2b281e0037d6286c31bf2e59a53030b72e8aa66535e4a9c324c12e50b270ad9c14d0ac96ab8faf3bae3b2ed031a41d45b34d30c632deafe1b009381c321cb049333c2a9b9fedb04b2ef8b2aeb5552d8eb23839b1b1aab3fbb58f283831c0994eb0c99d3030bd349fa83e30392e24b0a3ad39a66f34c1b204218b2f15ac37ab78b11eb2892ba92f61ab5daf4eb02d35dd2320ac0c335435d22ce22e3e9de22e4c2ef1b2c824a9b01cb589b436a4e8b66ba66dab162d6d29cc32afaaa6256cacd69ba0b46b3339aaa1b1d33287b1a034ad25faa4f8acdc3018aafba890ae3ca6bbac789accb1ebaa2aabf92d603139a6f0ad03aa58312b3413a0a0ad36b0462188b207383d2e97afd6af04b785a9772f283361b8a1ae33af863ab0ac22b781b8acb1f2ad1f37bbb5d535943942311eac63ac06aebab52fa935326fae631fb438bc32ac2b3ebacd261eb313aa21a645a83b9d8f29bc30213702b2e3381a344826b02d9d3497298fb40ea6f7b19eb2ed3126306e353b2e53b10fb8dcb08b34cbb1daae162f7c31ce34a1b2723366ad7c2e782d3831d5b4cfaf58b08b06152e91adfcad2d2f26b251b025b23d2ca835ea34201b4dacd1af522d1a2c452ed01470a5f135ba2c892f2919903132adec9d76b52d2eaf9b082e2fa862adfdaacb2d1ab4e6b6343679304ead22365db0feb8cdb0e4b1612d31b1f7b3192d1625e7ab2e2fdfb54eb918b43f30b0b584ae672915b6283057b0e6afda2d5324833681b1f19d71372aa992a94babe1334cb4b3af4139142f8eb59b31812f503452b5e5b45ab90330e1ad2737af30ff37c73b16a0b4b0d7acde2e02b45033433418338a31103cea35eeac41bbf932ef2a9a90e5a58f294325842a9dae1fb188aebdaede1bb0b12aaf6135b52aa42ea7a920a8222b082edbb1da367437fda6b2b700b85637aa2e11b82d2f3e2d40369fb751b4fd31f0a660b0e1224eb3b9b5d0b1a1a6deb045ace0a086a88f35d6b252b6449a6b3a972c0ba4971438af5eac8db10e2f4d202e259f3a81b8c62e78a885a5f5a918bc29b1292d7f28572f2931fdabb3a9752fbe2c2ab66b315a2ce2a385afdca8ff354e292a2cf42131af44b0bb2e1bad2ca0f21c80af62b112b2acacd5afa02c84b2142bc23120acc627f229cd2e8ab5e0adfa11cbae82b389afa5357cad66330e336e33fdb2b3b0ce309aa69735f33499ae71a8623432b158b11a259399962f01aca6304daa29a9f5af56af68ade32b30305e2a23ad4e2fb5b43f33bf2c5fac80ad2d2affaa6231922ecfb53aaca6b3293018a483b62c38503067299a343faf6c2da0b2cf2e71ac112c31353dad17b309a8bab04fae75315e33ef2f09b2b2acdaa718b0cba96328e4af15300225912fbeb17e2fb2a8592ed02c59b5a2349c30e135bb2f6f2d30a7922db5a226254829d12c492b5f3558322da362ab9bb3659c55b4b7b4f3aac69944b0adaa14af1d1f8c2d8ab08eae70b4442d9daa282a342b88347e2d36aa0e9d17b184ae06251a9ee126e934c4303a31a9b1632b4aaa85a89f161133f1289e99599c4b2c79aa72235f21c31eb4b4902958a6a7324d34ad9dc1318ba87f215580f823b52408282a2d88af46b23eb48eb6c131091be6ad7d32f42d0931d7af4929cca62799fc2466a8d4ac2a182628faac3cb02a30af32f32a2caf9626d6a41c260e33fc3444214daa6129a3a241b29733e82bb4b3b2b35bb0ba21eea9942c82b809ad57341f37492e16b6bfaf8c9e6831bd2ab4b84d323db08eab39aaffaa6faf74b55d2c222db3a17ab5a0ac222ef12f6ab034ae9c33f32ea53862b8932eca2b2ba9ffae0029be2b262fbe311d38d13139ae81b08830f93011b534381928a72cf42d822e9f2cd52df0afdf204334a5b45fabacae8ab54c30833527b375336ab3fbb23330713154b0a129a8adc43176b620afbc2ca2b09a33a730aab250abe2ae5f3459a85932a7b4422c6b3227bac02d67a7762e5c3127b6f9b69d36f02dfe2bfeae37a86f18ba30983106b5082fe1303538e42a3f2f76addeb50ab2c8ac2cad68b0bab4f22cdbad74ac76a690b48c3363adc3a670a9552921af1a2d9e2cfba30d28aa34c7b2c636aaa4862d4436f83752a202b5833377b00f2d5130d19a1a35f4b1fbae3bb60db5f83365ab0cb9d4b02cad6a2e5db77f2dfb2b602e7e9f38ad392b84308ba8db2969af312eef33f1aed39c92b0a032e021622c5e9c89282314f6adce30df2c282da627042203b2cc349222aea4cd2c64ae5032e1ae8ba857a8c42bf8b1e0ac25a870ad7dab582b292ffaa84d2cdd30ce2c1eade32b34a47226de2c9cacb31aa9a866209630cc25a4a60faba4a8d2ad75a586b35faac02061a837b4a72f54a12434dc2b00b0f72adcac3730c1ac9726afb2b8b62a35c62c201f9b25fea54bafbdb1acaf9a2ca8a57922e82eca2fad3303326228b0293ca50a30102b19a87526a9ad0e2fc1322c3044b34db58c2960b4a1303bae35b175ad7e347c298ebafab2f333522fe2accc3135af7c9d0b35dbb1e6aa8e344122aaaf503d6f38a7b882bb04b2f53847314923772b102f5438a2b5962ef6b2c2254ba9c133382e92b4afb279abec328aaee9b061a6bdb1522e67b308a53a8e293191a5baa03427f72a7029fe1804a201286e1bf73575a36fab38abeeaeec2bb1aeb71ee59e4eb428a606a105298a9bbcb10fa03b22bc319b25e9ae4823613489ab352b408d62328ca81dac1bac1230ec2c7b1fd9b0b92dc629a1ab0f15b32086a89cab6faa7d317a36e61fea363f25252f8ea2a9a74b2d6aadeb284fb51fb3b52ad929a72c6eb58e24e69b2d2ab92a58b52824a52d192f081eb3a855b845b1cd2e452c92a50d37559d622ba6221eb091b001af02293531e92ce233f01d8eacc22d2699512f5e30172f93ae4036542e63a34330b42cf62d28affcb01eb088a4042cc2abae35b8b4ebb0d5af6aa8c130b4b012314c9f012e312c4e269da46fadf32110b104324b33b3b193ad18a8af2f7731fba6f6aa21a83930adaade2a


//!TEXTURE ArtCNN_C4F16_DN_T2
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
40a6862f23ac6b22852fbda96e25da2b76a2b4ac03a776ad0525f0a1ada8472a3eaaa8b140297c24eaaf27af3c2864a8b8205b2c47213d29df9d44aaf328d5a60c2d512d312abba1f22b7632dea9c9288b2cb5a64a2a551003a00ba9091d74a4912a7fb2483062a2adacfca495b0673117340c2cb7a5c9a02da10332faac5524dcb0ca350ab349ae48ab1530c4363cb15d2868b4a9301ca0253414aac02f722e902939b0262db42d272f19b07fb32d2d58b3533073adad9ff0b217a0f1a89baf262c59b4a83082292bb130b658309535f2aebfb2c99e33b759b50dbb04269fb5a236bfb62b357137bab501af5cba53bc6c32393d1dadf8b6e23326badd30c23cddb51ea552b578abb8aeda3a08340c2a4c2ecab818b23ab1cf2f15adc3b16b2ca224d2228da78ba4882cb130ac2bc01e8d2aeda6132e663101236821d5a4202afba9fab06cabeaa1d921d72a3e2f6129a9a15ea52d33d01902a387a073a91131d3aee12fb5a929a5c12e85a76d9b862d42b019aaed27a0abda2655a47ba1612cff293aabc7280d1ef9314a34e12b15a3721556aba02bad31db28519cb229822ad2a7632b9d2bda2cc130e43457312a2bceb0262638a9eb30c8a84cab062e4335baa89632502b632b7c30c235c72900ad7e238eb26d31182ed92c3728c82958311e9215a6f828ad23533078324a2d2f2430a4e8b0d53177318f26a4b54028dc2d2ca4ae2d72300f28242d648a3a2c2b2c57b3e2b017a4163621295abac22e3234f3290a280c22cf1ec5315e359b28baa89529f5b29f33a334082e22b44aa8b530dcaefc36bfab5faa3baef4aa482022ace7af0c2e99b05b2b4aa865a9e8a8772cce300fb339a597ac283016b2e230bcaba92cc2a276287ea42d2b741db894620d852aa4b005a7702c41a7ea3518ac8733642708b1e1b02a2cc1b04b2b809c852a4c2fda31382c272d162a17b3f32ea1ac7db0f7adb3b2442a6d261431949a15a6a2ac53aee8a0e12de3aab7ad74b8d5b8f02429b2f7b543b2f531be1e46a87c2507b03dac829c6aabb62bd5365c333635a8ae403376b351293432e71eabb0472d3622b228fea699af6bb2afa4e7a6352b0435f22dacaf4a33a3a5e9c11fadc82bc2b46eaac8b1eeac663255b10a302eac41af05b5fd3babb448aa3fc2b2978ab1d531b52dea2ec228b1a344b00a2c4b2c78a2332c0e32e8280123afc0a33001b156a70ab04a9841acfdb53cb14c9c4035382e6d31e3ab63b686a2752570ad4921cbb1a835412c2e31dabd15b8452bc4adbc2dd92aaeb19aafac2cadb2ae9865b1391d3529162f78a76fadddb223b3ab2eaf30502cc9a91bb303311e2f3d29072efa89d8af9fa490ad76b113a77faccc2dc331692d61b6cfb0b2ad4a314ba92aa899b89d2d1eb463a935b997b50632c8361430cfb46fc0c6b2a7b2e8354d3701b4aeb88528f02c9d2d6cb013b48d2c9d25b831572dcc31f6b433b2fb33f726e3309e2857b4312b92a7eba8b62081ae2c262db10a2aa0a350aa3daa623224298c3009249726552af222afb2eea91ca3f2b4f92fc2b065b4e1b4b5aa1431e221c8b061b5b928a224dda0713092afab9a722d3e2b1d2678ae43b026ad21340daae62d9a215d2ee0a82f9ba835383127b26fafceacf4b1d435682ba828c5ae7bb03eb22e2e882231aa422c91a6bcadad2a58b600a31230fa2220a8f3320f2d122b69aca22dcda89aa72f250c306d28bd1c45b0202667b174309dacdfb5a32e25a23fac70a745a2c42cc3a81fad5435adac6a322aaf48b56937fead3b2e62b7fa3064b2ea312933b3a63fb006316c2c2f3172b8e4300cb42eb10f3453389e34773227b4b6b462a728ad5bad5ab13ead62a622378fab68287bb0852cbaab86af882a032bc9ad67a2872c0ba21a30c728e3af282f0130eaae681faab162aaf8372e20b8b07aaff5a6c8318b2e2aa819283a308f3439292430b035baac293331bc8d2419300734e12ba625062c27a8712d702fe8b2e425f02eecaa46a4472ecbabc0acd31cb0a93c284f2b8728ca296aa685a4832fad2f781c58a76eb057200d27bb28e29562aeeb37dd9e682cc3aaf42cde30762f952f75aefca355208eaa632b811a45acd3a84530292f662bfe3100b5f0b20e33332f6b2a98ac4cab7fb1eea9c62efb9e4bb1592e63a11f2872aa10a9f9a8882c9f28e42c5aa452b16d1dafb36f243c20fba6d82b53a498285b2e8b9985b2c4308238ee1f37b862ba1ea35934102a492c21b93c22032caea61da90130f42ea53a552e332b68350fb5629b0aae3ea4ba253aa93b244f20fda8e6a417a02e8cce2b4a301fa6ecacabb2912253b61aa1322217a504a0cba958a11a24a0af2ea00835e029642a0f30e3b840a6e2bab92cc1a619ae1d2ef3a8fea4232fd9b400ada0351f313dac2ac012b5ffab07333faa032a8b30a8b6f4abc9206ca8fab046ac48b4072d6ba1d428b12be622d8a76627dfad27ae40b7e8ae91a7d2b4c0b594307e3236b60da70230742d4c25f62d1fac03b12f30eaac7c26512a0ab287b8822fc5b6e8aa4c299f2a3d2eaeb603ab2a1f52b008265ab400a6692eadb548318ba5171ef6b2d6ace235f6b4df95b6b8db2ab8a333342932e039f134f1b5a7b491353cacdcac1136ff31612eeead29bad3b47ba99d3628aca8a9c5ac75ae582347b20db9ceb1cf308ab0c5a801a90bbb7627f1b19da675219126bc2a28a9492dfb292fa9ccb004a59cb2cdad9423e82e312b6d1969322aa699a98a203e2673292da5f1b40aa56f2fa5bdfe3367276035a0aa9da9cc2115b017a8a21ea7aed02f64a682b34dac4f28863190ab292885be839bcea86ca06d2407243da6ad27032274a5c7a8282c3aada4ad9c2ff8a76cad78a8871c289d232f89a899ad7132559e482815b7642738afebac95ac6328763423261f2e902f288e262ecb2807b394af74b06da68ab23aad40b1739e82b437b27fa07eaef030172b93aa80a6602f8a20aaa819ae8fadc9b0c22c19316529d736bea38299e628abb6ce262d2b9eaf802559a84e3362b1eaaad9366738422e7b3635a83a2d7b3665b51dad87a1852c72b62fb6dcacb835632ed2c062340ead13bcc5a890b26aab49b0ac2ab229832b0214ee1772add12a1f9e0c28b826a42020b5052e3d2ccdab31a4ac2d6721c826402a1f2595b0c6b1f0b084b28134d8a418bf302efd2b1e2eadab5f9a1b27731874af27a5b4b520b0e9aee42fbd340ea955c0d82c1e2da9ac992d2429fe2c45b07aaa1b2e85ade030ffad15a526300eaccea90e2c172a712f5ab33314c029cfb786b6f333412f1133dc323d2c4025e9b3c62dd3a87e2caea79a3309ac74a68aaa109c8b25143339b3062fb725072eb8ac5ea831a94dab87281e34ee2b9e2af53015b237297aaf212c059f39af68ad132c963419295c2e5a38ebb34c32ba2cb236a539b7ae27b75fab803052af02b3a5340e35fd345a30093887a3dea870274e2cec3460a347300a2bbea928b25ba795321934ca29e0ad8fa9ef3044afd0281a2c48b0e52c50aeca31a3a8242febaba32a1f2274abaeaa41b001b0ff2b871d5e1f7a2c2ea9f73631aeea30723409b6ae25e9b754a9872f52361ea74fa03328d0acce2d53a23eb2ccabd7a5c7a6b52a0e2b9eb62b2db3a82fb046a9f0309eade3318cb41fabbb3583a2472fe131c89b40247ca99927872d6eb49d34c4b092b03bb3a7379b28df350b2fe329872f382df9aa952fa0a66b3136a59922562173a8cd2b2fb03d1cd633162faf2fccad65a0562626aa4e2828a5e7302b2e9db017393d2ef536d1343cb08ab264b33236832853b0322c922fcb2aa83175b568320532c91843bb413198bbcfa8aba991290cb09b33f0339730b9a6072a92a459a606284127992a22b059b55eac1eaa24a83eac56a1a11e9d9ab6a5ad2fa82245345b3013a5ff302830e8381dad342d8c3550a4eaad7f9c95ad1d1d17ae6cb17e2722ac3c3146354b214cac33b4832b73b64db0ed27a4b8a3a3762eaea1ad20e22b04a35124162c4a284a29e526eda9aa32cf2d772b892ca22543264ea860a811a3cb8b34a7728d292a7faa2a284030022ed4aec6281821839fb0ab119ab5aee51b1226cf26032ddd2a40a0402bac2f1a34adac9f2826a50d2560b1c71f64ab3429e2293d3032343e2da72d80ae8e314432c3aefb2efb23ab2b91a834a4062166216b9996af292d6b2abd2b82a5c72d782cf8af11a84c2110a1caa8e0ae4b318ba80fa38f2c0194282dbe285aac2c30c62f92adf6a8c4ad84ab97acfb262033e12b7628f6ad1335cc339d333fade32f6635dcb0552c5ba6a62dcc2591286d304626e59db8a75c303926a63388b1b01fd12c7da4ca99a733bc9da7a82f3160308aa967a49eac803243a32729e225b02d532dc8ac8b2b382a30adf1ae16ad1728f927bda0932c1135fd2c1d2f992e9a33fdae43ae382f773a73aaa7b0d6256eaf7ca133261d2cd12a23234aacb3a34c26d12a9c2b232447938f9a71a81026b2af5b26d2990bad4aadca181f198cadd52724a15d2a3b12f9940b991324522b53b1bfa0eb26951fe3aed6a42dac3628ef220b1a2e2ed69dc5299ea2739eeb2b4bb2d8a6c729efac6124462edeae8cb1612d7f29042f549f3d15201da2aa4c2cfbb4ce22cc2965aaf52f2aafdab107b75f30d52dac25fba4a7a98c2aeea166323bb425a4b2903bb287a7da1ec6b69fb32233e42df22b25275d24c3aad41d452d5fabbe2dcf2cd0adfe317f2c7eb0dcb1272f80a4922610a979ac1e2d4397892c58b2f333ab2e55ae1c30a42e9bb038b8d9315830082acaaa5ab8c233ffad283836acbb2814294cb3733030b1d1b72cb6d42f981e5a2c92acc2ba762864b03aa70fb1031a452a8a287d2b32a0742d85acafb10f2ffa2d7e2e98a3342049a50faae4b00b2aa12cb928acb8b9a17caf01ad01adc4b077242daf43afe02852a779a976955c903a1a0b25af26d5a6b4b084a403a6ad2cdf21f82c8a2674a1a323d2aa2fb4003485b6c41e97ac2d266a34f0318ab58230962f4eb148b03d34fcb074af7a35df2837a50a3088b6db38b1203930d73121aeda308e2a0130d8a810371132b72abc9da1197a262cb35c1c90b51ca54f93cf2c262c81ae76a6d725d5290b2c6334cf2995ae0e2fbdad8baed2b55434cfb1c5b0d331d38d7f3015a4c9ad14b77332eda88129832b9d30a13598b5a52c32b3d7b3a42876a602398a25c931fca157abc5a94f1661a0ada811a1ecb1239d5d296fb0c5a2a026863758a771a76b191c356daf41a2a5159823912ce8ae95b317ac7aa9743442a49228282c33afe3347fb20d31d6ab32b3d23485b391b1c22efb2418ab86237e33ca310a2fe82b13b200b459b153ac2ba87ab41732b5316d231ab5d9305caca0a18fa8669d8a2de130f730a4a049a6f7a882af5c18ca2cb127cc306eb2d60f9dab16afa7afe2265fa6aaaf51321ca99a98fcb00b2e28ae7c2bea2a1cbd222f16aa453545a4e5b473a9a6ac0ba4af21ac2d5bb4aeaea03182b101b6f8a12ea299b19cb184a540b3011fe333a2ad9120112a12a7c52b832e33ad68a8a331c1ad40249d32e5a355ac4f2ddd3168a965aab63260307528e6a75e1fbba018b2752700a967ba56b00fadb528812075b05eaa2724fd331f2f712da9b0c62b51336730f12996334ea47db0ae9484164e2c09a1782f04329d9f1a25792c359ff72f27aeb12c5408642cf31a83af6b3489a9c8a4902d43a7c12a3f2ca531a0af9e2caeb1a12dcc912e9cb9a81cb0d52c6126902008a0c4acbba28135322fd1a99faa8ab00a2c332cb029de2233b54c2b60a5f121a5a587a6372a462e552eef20a427dab28520a8ad3b9f952977b3e6a518297c2d122df233da1cad2acc3170b4a4a680aeafac6825ca20e43398b241314b2a7829242c7931fd2b66340226d9a0502d34a7c6322e2d362b242995aed124202fb71f9b217f2b3e2c272d532d65ae59281fa8dca1ab308c25e72bdeb1582e702cea1c27297832152cc2308aaa62aa373690adf5292abc4f2b092f12b2202d381fc4a0bd2d0b321d2dfd314a2f03ae352c78acada496b78a28b22cc02f8cb18f27d726fb21a42a9327cc801322b622aea9ee240f07bb2843270b25622f90abbcaf24955a9564a661ae58b43c2960a8e1b52298f0a9402d7aa64b260c31f3a5572ae0962d326cb8efaf46ac7b2ad4ac1b1d1baac6a642a282a229a311a8b4b267a66aaad9299e2a3ea703a8db294c21922cd8a13f247f271828e92d91b52fac452ef836cbb25db532389a2dff2d5b2dfab51430eeacb8b2a81cd23612b1fc3245af76a8242dafb6d8ac28b66d2a1db7bc2cfa317db7e92b132f31b2e3ae2ab0a929842872a253aad9259aaf442c232624ae3d2909a49f2e3728112c232b56304c2c1f2a592a1225472ce8b5ff1e182526c08b2bf8a642bfc72f513128339c2a6e2b9e2484aaefb57aa772b7423133b1bda60aa860ad5cc09a2cac26


//!TEXTURE ArtCNN_C4F16_DN_T3
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
56ab66b5ac315f2eef3043a59cab19b0b7b00e3014290e18daa1f6aa40281f2bc7b4e1b76328a3b37232c020cca0473405adcdb18327b6282b2df3a71f9962acafb132af3594932b50ac12268ba37fa9d8a81e2b2f2709318face9adb9254f2d5d99a52ab1b5ce243bb443acdfb132adeeb20f3733285a3039ac16b52eaa7cad5f8c03348fb405b0feb5a32e522abcb5dba62db2f530feafed2c2bb3152fb8adb02c8f308ba84ca85e268c29ff1b052fc7ad1424c32ce32479add62cb827d0b2c5ab68276ea7f2a94b886f29e5ac4430e5a5abac0f2cc12925a8b7a9ad2c4da450b1d9a0772c599f5c21d32acda3612896a96dae1620d223602972ac6b2074a412af06a9eaae9f98ae1f95a1bea8c62e162796285b22582e32a238961424efa7bf29402c3a190fa8a71c12abfca5ceac5ea98b2e03aad6ada7259e2ebeaaeda297321c30b9a4642d81aa272459a982b8562f1eacb72c54237caacf3414117eab9030d52a7d30e82d9f1c1527f19bd1b57a293931592b3da3bda77a34ab2134b5242d5d32ccacb621a5a970aee4abe32f9f2c40ae0eb2d5b14a238a3320ad65a6a23035b49b2e77aa1d2b263151b08fb9cfa485b32e2c90b223303038cd27302912b2fdb4df2b79b3ce2dc72992a456b4a8ae8f305129adb5382ddf3445a72333cd311ab5b230cb24653229ad7f292634a72f83b1aca892b30824af31641d542a8e2efb2f37b63ead6eb1d92b6a1f38b47cac403749a3f024c29eac378325832c62315b321499fd958cb24ba011a4fb9ddbaab69c432e00aa68332728222d2c2f74291c2003a85a27bda7fbaa83aaa9ac36adf62bc5a95e256b9fceaa1ca96fa64bad6e1e67b0a827822a1b2ad42643257c2d9b2703ae29283ca1892fb42d2120e2ad592b56ad8aaf8ba676a80d2883ac25a89b2c9ba7c7b050ac39a1be1fcfb6b62b0fb27c2a7221e8a80c3011a2f92b942e7aaa3da8f429002a052fb72d352a7cb272aa7f3814b00fb14a36752decabc7365cb182b0c62c03b12cb3ec2ee62ebd2574afc22a98acb7ae0d2e46261a2c3c2bcdac1f2c5126c1aee5a0de2ad82f33a30a24d32f89a997ac5628e62c57ad1128d02ee49fcb14df0f05247b2069a0613008a92b270629f021ac28192f8fa1c02801af482ab5a4da223b24c82a742b01278b22b22d44286e2c6ba390a9d631642969261ca9b52cf1aa1aafb9198b176198522c6f9792a8c8a9cb1a76255fb21f2e9c0c491e9aaac5a1ce2b4629e428e32645b54b265cace3a9382988a570a80f2ea1ac912c5629f9a18ba774a1bc28ada83fafdd1cb7a5e129c327e0a7ed2b222a4cad03a0a8a5811b1bb0fa2002a746a6cdadda2baa2d0f2754a33b1a7d259d2cf2acbeacc38c232ba5ac05a2e5a5ec2f11341d346db40431f233f2a837b264b492b16d38832d232530b55fb46faee2a1833333299434f30da3a2cfa96eb480af103114aaf4306e32aaa505ab60b423b11f1c26b0fd2932adbfa82fae78af2caaaca6709e0d2b27a4d1b1dd21b028bbaa8326d0b5c6abfead24a8c9b1c83006af1fb36eaab6b1a9a80ca3b4b174aa04af22b25ba7a4a9deafd41b5d2dd6b490aee8a3ae2ce8afeea4dcac072da4a4232c59b292a5282ba12d3aa82b9fbf312a296fa4fc2118ae0d246725cb1f6522d6ae46b783b03424e82c3da799a5c0b495ac502dc4a6ac1f7aa8ab339498732bc92ecdb667b17b2beb3057ad9725a43101aeee9a5daaabaf1025c42cada6aeb0e522d8b46fae7a98bcac810d6a2dcc34392f262cf729042acda8442c0427cd269bb27db43cade7af15b57c2e76a949ab343400ae4aa687258aa87eb0ab9c2f2e1134ddb5bca8f232f1b2a0a05329e22c9ba6812e72108730762913324c1e04ab492e1a33a81ca2a98bb3d0261520fea4daad31245fa4f8a5b2a6202659a871a836ad25a44cb12d3197b6062d3625a3b3229fe32dc422a22f7e23cc3061ac7c2d00a9f630f7ad58b13ab09ba1bfa87928c728dca1ea2949b248b067ac4723aa2a103038af802850270f288127f9ab9f252b2d7f2b61a743a3e426ad2ea324372f32ae7cabd02797b00c1bfd245f232a32f7abc72c8fa81aab882ef2aae5a1c123ea25312b3fa44a2ee3a3b7a4131a00235da8c32d76a8412f272a60232ba341312eac86af902b9c22f79e04a586ac5bb356b0c32e90aac6ae2ea27f193fa0682a49b419aa86ad65b2912a86a619284cb21fb26831232e8ab1c229829cf92cafaf32aba6b4baa9a9ad602c7225228ebb2f2badb5286aa657a8c6283b2cada8303081b12329afb4e624abaed11bdfb07aac8cad46ab8c9a2da804288aa76327c4a769b4a722d7b3c7b0c2b2be2d77a072b333af9e2e7c9867b12f2993af391ce4114c338727c5b327a426ac0d227b21bb2a3724692b2aa0d1a3e82c212dc021fb2c3c219b2632a6c3231e2c4b1e07a7263008ae99267c248f2ccba377a93197a5915d253d34d4acee2849a07225fa9c0d2b76ad7ca5cea65ca6392a202e45283da6b32e5c2f3125902c8facc61ac22496a6331f29ab472051aca29df1275ca259af45a91d2269aba1af47aaa32d4c2b98301da923ad24312728e8913eac16262727f137faa8ffa8393189b25b2daa29ce34083692a77a2b9536f727c1ad9e2819308e30722d162d5234bc296a21e2a3a730262b812e241c342eb42bc12f8721c2a08d32ff20b7314cac743172252f31a0947e27ebaab498c0aecf1e6d3261a58d2014a85b20e2342a2e9f361da6d4ab372f9c1c2929719de8a03f2b372c322be62c2aa98ba678251930973005a7ef20383414a1892b15a6ea2cda2caaab7f1bd2989d2ed3ad6a2b4a2aa21d49237aa9f0a6ed2f7da7f7ae87a877a5563413a92930a8a833b48528deb20e9c38adfe1f2bb3c7b0d22efeaa8cb2ac2d4d2dc6ab5fa80eb0151990acfab131b47022029e0db5b522672c502a7ab24a9c363021a46830bdb0d835c12bcfa09c9dbea86aac7ab4452e443694aab6a855abf8325227c02ceeaf5d345dacfcac413826268624cb32482f9a21202ed9a9c6315d30a92841314632212fb12a0cae78327e2bb0aa45bc5128151f752e0430ceb0aa33e72a77b6662aacb209ad58acd5aa85ae26a459b4e9a5a42db9aa1ab3e4a9182c5ea1213074252daef22b52b60c2f5aac3caaf335971f7cb587aeb0b39420bd2dfcaa942b2dac57942d2c47a56e2d759f71a511b58e1f532d9c197d272226552cf91e85a8902d76b17a25d5a7909c782b9ea2ffb5f71da8a5542d7faffe22bd21a62a451068a83cb49a2ca0a8ed93f2284ba809aa16a751a4c4a8caaf022b02abf7a8cb9f26af7bb5df28b6b10f313c1cdb25442ec62c5ab0cb1f9a30122721af7d27bd3107187d2580ace9ab02b06d2c2fa909ade5292fa5df2d43301ea7919d6e2810a52faab730e3b03b300eb10ea706aecb24f6b252ac742cc320d31c45b2ba2e50b499aaf1afedae29b43bb35b19c02708b386ab8db1ac235fb181a89baa2c9085b2632cea2dc6277a2cffabb22b15ab5db0a12b4caec82bf4aa9e26992b702a9aa5f9b03f2b91b036abffb0dc25d3aeacaef7aace1f452a2824c42872ad712ac6b09529782d00ac13b1e1ac722d12204fb50e2eccaed12727b22b9993297426eb234cad6433739a68a1482da52c101e7f26102c2a9e9aa31e2dcf265ca58f26acaa5d210dafa92e202857a77cab5d9e252ca3adb82928acb5a9619c24255fa465b318a9c49df3a443a267a551a0b123392d90a17ca56fa219289e28522346a1192d04b4822d3c25982858ac902954a0f22c462ff4af16a834ae12a359a4162df92a07b4362852ae1e19742f85afa4aa84b29db397100fb16bb3382d633113a81db05121f22cc0231eaf3b31b5a20a9cb6aa73ac662abaa8fc228e3043aaa8a3c7ac3e2ce1a82529132ce42fe725e4ab5c2be220692e69215d2c7328292de72308263bb2e32f4f218da612a449a21db0aeac752d742e1da47430cc9dafa90b203fa9a32c4b293dac56afbc275ea86aa89eb095a546a90ba24aa76caaae2c95a51b24ed234618f6a90b30302c76a886a912b4cab08c30f6ac55a4132a48350aa81da950b160b0a1b2e5ae89ac092d0d9672b256b3c7312d2da3af34309d2a1c2907b45eae25ad0fae90b2b32d74292c12712870a9142c3920edaf9430d22d1418b32c502979a3dd240b2fe3a54a9ae2b088a5bb2b8132e61f122f6827e83086268892c9b32da813b4be2a00aa552eedad87b101ad7d325029ae1ed72cc7347d2e48ab65aba11f6aa5b02dd9a8f9286f2ab827d72cc02cf312e5287a318c242b29fba27a273ca7a12bf02abe27c89481ae372fcda1a92aefa9df206f208b2591a4f8248a96dda1492ea22ba1adc329f329c81bf025212e6faaf62b2f2b182b07a24e258727d827272e691f6e9f19a6792891a84b251b2100ac79991229ee2abba9472c11b31fb1aca5bb2c2ca99d2d7e2cc731c3aac2ae54257c2a5c2c3db3872b3f1fd03244afb7b2a02ce62bb7222aa319b7e0af423435282e35ad1c2a31d3191ea729b220b324b010b0512786a955233436142db3aea3a65eb48a30adae9da5a02e38977b30d7b216a5c42c8517fca84bb31cafbd1a78a98d9dfba6e92ccda44ba82722acb372ad20acc6b5ba2f6d265e36702c9130382d7cb1b12c9e342b305eaf5b28db2849b216a4cb31e5ac3ba8bea82bb283a9ae20342495a4c8b2ce25df21bbab7e2a3a1f112c54b0f42cb1a6d3a4ea2cf02ee0268b2e9c2414ac372c1a2beaa58531d5ac9f1fa83360acfa2adb326b2f95acf424a32a8927d4a774a4f5adafa84ea619b52da7fb258c30991cce2e8aa4eb2dca23b72815a3cd24ac260ab0b13436b920aee5340eb4b8992bb33eb972b27620d1acd0b5b432e4ab021e36303b30a1ae123224b074ac862bc8a81104e733ffab7bac45a9b53037b15ca53932bb9602b46328a12b0f289f249e19a69bc6209c1b7e9d5830db2a90a84f1bd72fd1b953b1b9b923336ab33ab035b25bb916ba7139a8a7b0b6243268c0e12e5ab8ffb47e28a12bc22a6d32372c39ab23b50eb27432479ad6acac3513ae5ea4cf34d5ad2233b00edbafa0a8ec2c899d0faf8ab0061c782c77a9e7a6f4a80c299cb06cb8f92233b652b504bbd7b474b84dba82babe0c31aa2bb32fb102b8862ce0ae07a5aaa60cb55f2b2cb4a7b1b31fe62e85b086a2dfaddc25a92f5c3113acfb26a3a53dac7dad14a809acfaaa3f269aae58290cabc2a81ab07f20802d85a82d2cb7361ab2542ff637fa28892c95ae7fbe12385838292e05bc3732e8bbc5301230e4399625db34ea2a85b3333810b6c5bcea3ac8b099324ab989354faacc337135b73488b47d356cb96cb3903514ae2cbcd8393aa91eae04aece34ecafe02c87345a28901e323149aed69bb4aaba356cb3d3241ead2723cbad022d9cb7b2342e230daa9baf73b1a032e7298c309c386533ef1f15330d31882db23523b811391c2f37a13d2fe33328a9dbacc228fd30fb2c9031f99997af712c3234b2b6ce28ec2c24a17ba9bb2a56a9f22d35ad6a2a5130b2a76f926aaac4a911a18fa39427d620f0239722be2afd2b8b227424982a14a4b624792b6fa29c2afe2bdfaccda6d92b882c46ac04282728bc2757a9cca2b02f341ff7a9c5a48229e8acf02e0da9f42166a3732dda278e98b72a749b7d280d27072c9faad2a25aab9f24852ca9247d1d822c06317b2b9caf23b07220fa235ca561aa73a6ff32c2af02ac42ad19a395212330ea2e20ac980b68ad11267d998325762c59a9852d662e8fac23a8e028aa33c7a9d72dff9b611c512af7b00c2546b0baaa842914a714a9b4a9d92869ac1a9df32a79b365b50f3027374eb5ef2dd030fcb49ab2163419b17833be3109346ea184ad7a22982c72b1962c871907abc529303065276fad08aa3fb00eae2ba531a721acea27bfacac888699c0a557aedcac6fa9a90fd5a09f2665a71cae5f8e7122a3a75aa7b0ad592647b2232d552ecfa50d22782b152e9f28bb2c522a0029f6a0412867240d2c43ab542ea42251a9a7abb7284a219fa913a653adbf247aa69f9af8a7e1b4682c772c11045ba3ea236833b1260cae95ada290ac222d25c0a825297db132b8e122f42c242da3aa00256fafad2b2930aaa7c2310aa861ade0a81f2e832f81aa24247630ba9f818ed2a3a7ac9626892a249d4a2e590ba82d691fc7319b31a432ae2976a87ca36da7f69ca6afcbaca93426a3dfa2deaaa82df2a93dab79b7da2a93ad553074b6dc2fada012b61eb1f62ee7a9a8b62a24a3b5d22a6eadf12676aebe2a89a8d1aa0b2430207d2ed1a4aba84b9cd4a627185229de2762b1e52a7926bcad46a8e320afa95fad8b32c12630b01a944fa61498462aeb9f27aa262dfeacfab12c1deeb4a6b01f30b3b1a4aea22f0bae50aafdacf62a34acb7ad2aa3c52d5caa6d2288a40a28ad1ca919f92dbaa6b8a14d25cf1e811dc11e82aa


//!TEXTURE ArtCNN_C4F16_DN_T4
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
9c256fafcca0472bcba512a815210ea78ca1c3a28f250f292526b2a7ad27e0a14ea1b223d3a7152f752d79aa4ca802a85425a2ac6621c5ae57a9362ee79c862f132517251c2597a2f3a5ae1feaa7681f93a850ae0ca9591c052646b0aa9b6e24ce29102e72ac0a2b282aa427d7a2b8252f23b0a2c718f7a80524b2b0aa2d5036ec2aad0fea345c30db32a32e86304933a7b01e2980af82abfea3053586260c2ce61c7d270bad572d64a541274ea00c2cefa6e6a36bac66290f294fad242c5e2cfcab860de0274aa452a5de297db099a295a342ae699cb1a166a60fb1a82a7b32bea4b629beaac5232da8c8ae8e3108aeecb06b240fa385240228052f26a31b3118a950abfeac69a311a1b929d8ad742184a4eca829a3c6a52da0022c5a245320429dd021b5264ea763a2892045206825609f2a2ac920c4a405a4461876228d960d9d46259c278b15ba1c2928c8a3bd28ce9ccdaef4a8b6988e1eba237ca3cca2490f50a15e9123a1551ff6986422dd2566a2402c911e2925db23cc2cf1253ba6b2a0bab080ab3c2bb1a637a9df1e69ad0fa85528cd243d2c1e2f4babd02a9bb463ac64a685b4d72f6cb4162c2da714b4901ef929482a61a6761d7a2d38adb22c9e20dd8c752a811f76223baae19f83a02f2640aa1bb34e989d158d285828b4ae8b18f3283c2951a54325012d17b06d30522b66ae2799cba534acfe2a6aab6a24eb31f0aa6530e929ae309432f82647359e2f90ac89a37e2cd4a978adae2441a9caa44813be22619c1ba40030e6a9e034aaa15c2c9a2d501eafa5c4aaa99c9da4d7a73bae882679ace7a8e428a527082c5429232b1c26da98f2a84d2dabb06cac072a5b31572d2eb1c0aab22bd4a4462b37a2aa24dd27cb29492be3b0e02eb9a646a4c3acbf2cda24862ca426ea15be203921f1a4f12668a6d1a25dafca9f61a9aba0b4994f28d2245b27c1284ca74220a71f6ea631a7c09e4b2c66b0cd2db531892cf6ac202f47a9262d8c348c29db369fb447a9e5ad91b003acc9b1d7ac25b035a289ad9f2ee5a7bfac1ea5aeabcc2688a7e5a4cca92aaa0da4e62c0128aba878a4e1b0e81fa8245f239f9123aaa621242a2f2af5a36b9b0b9c54ab4e28791e57ac66b021224d2c1da766b405a80fa06226cfa24225e99dd8a0541993a178ac981a09a8dd9d6d2d5f2215ab9a2727a7ee226b21199a719f429cb72cef14e2a8d0a2042c93a6c128c22dcea53a95e6ade61e2ba79aa5bbac7fa6c02d0a304732b425f2adbd2736a4c8a5759958aa8f3018a4d724e1a5c9a8dba53a325a31182668a1dd974daa5128cba9c59d0426bc205f9db5ad662ed5a8b8a7592d97a9cb9b75297a3646a608231932ec25ca2e881d0c9e6d2be7a486b1dfaf8aa1453494a5891ca2a686b030b05a2709a875a91cb45bad3529c3324b34e42eceb296353c303c26452ab02699aec0aa361e7d2c0425caa79cacf3b14728b31cc6306814111e902d5434d12717b1b032442d97255e2baf2852a4102034a916ab762dfe1f9b2b13a1ddaf3f2c75246aaccab1a3b2beaa1f2af9aa8aab4b1df9a85a2e0a2b0baba09f252830a3932bf12311a6312138a8d52714a966309524cca07429b2a8fa110b1b1fb30a2493a54427bd21eb24132f29a54eaea1a402aa9da420b32ea1bc2f9f2b51b105338b29aa3428ae05a61b316e1ca7a6ef9c91b05d9ea7b0692cefaf54aa50259e144d2c43a4cc2852273d3112a943a84535d7a9fc1c6c2f3cb0c12e20109fb3a21398290da52523f0253ca828a879914b272323379d862d8c9d4cb429acae3079b3503573b3102acc2cccb4cea332ad6729c02fc22d7cae41b159aad62c592dfca5a62e07888026fa2a44afe0268eadce2ab71d70250da0162cff2959a480af43a203ac3e20042b719a79284ba38ba8e49c05195224e42c492408ad8d2fed348e9b0aa7f9a8f0339f28432e1a0066a8419dcf20039a5c18dcab5a2b7623eba8152aa7a8c025692d79ab6615f6a428ae1724b4205a1c15b23026d6277a249828ddad8d2f22aa6a060326a79b1da79aae72219d2cad2d95adea2a0aadc9ae80ac89b0df30dca6e8ac8620cdb2ae9a44aed9a75cab56ac6aac6b257f315424322e56ad55221baf50a4052795a086a8c4a9beb23220dba2503280ae641ab3265eb180ae812a43a94ea8efa21993cc25afab690f1229e1243da193101eac9416a52cbbb252342bb017b25a2d98abf73401ad31aa40321b291ab368b044ad8eab8728d4b14b2f6fa6ab22952a0428ab2faeae8433d42d9d253a2bf928e12e03a5b3b1fa9f78a9efa08c23d8a438239e1e47ad18a27b1b091e59a8a5298727fd2d7a32ccaa0898c2a10a225c2e5ca8552a36a96c1f3a29bb249c2f30a95f2a82a6a8a15ca316abbaa8de2cd0ad8b23082aab2585268d219b9364b0b49d1e2c2d9bf931f8a692a66e20f2ac7fa185226aa4e325a8a9c7a5151665b44e30b435a5b4ca314faca7b405b0a4b11332bbb5cdacb1a67da6a43160b7ee3a12b4fba79cac4228d0b0a52fde2ffe2e4234c5b3ad2c3c2c40b1b0b503b4063a5ab228b14ba14eb596211b243aa404b0d5ac9ba52da4edacfb27b9957eacb9a36f2d95a94e314b33bbb04d285ab163b72e3672b5cb2b0e29659bc62c4ab24b3456319f308930ef34822540ac01a428b1d02a333150ac01287da746a4fca762340fb0e4ac44299433252815989a2a992dcdaafea505265cad6fa419a476238c23c02c0830ef2b3a2ddd25d6a5baa52a313a30af2d7ba9c1a9e62587a1cca92e2cf724e929bf20bbab7da0d227671c9ea8342a16a68daa37a49c2aed27aca17b303722eca31f292832a82668a6a5a36ba679225f2ab2a451269ea2841813a99e300fb085ae7fa26e29a79a8d9c002b3fa8852c54ae12a4669d442cffa56823a8b31831e02c10251d2ab3ad90a990a922a8b9a1efb0ef9bc72a7c30cc2a2f26512577ab03acdfa659337ca78fa71dab5c28312c84ab9ea4fe9fee20809d0baa2d2c4caa90b1623093b001ab7ca977335d2882ae792fb32ce8aa0d2a732f44b0fd18ef29d02c97a7dd27a12d85b23dac26ac872b83906ea6091ebe24071e08a619a7beae06a8312af32eeea48aa66c2479ac5a9b1baa4729982ae3a3bf1fd314e026aa9cdaab1ea9a8b260ab13a3e3ab04b28c1a33aa1a31ca260b1d48a4f41baa2956280bae5728212ac6ab7f9416265d208f2fc31ff92ced28dd276d9f851dda327a269a14b49e6932712a5aa90a830e206fa8922a2d292bae94a593ac17ab563102aee22e4d2794af602f2dad6528529eabaaed30bda921a943ad94228ca5cda9022fd72b6aa57fa70728c0286428d9a6e5a358a7951cc5a7ec1bb1a82ea2fcab2ba4301c45925d35a02d58a8baa8f8aa609d2db0f9a981aa12937baea5b19a2848b189b03cb0e5b34c303e35a63390b25aad1aad6aad9ba2043150b20eb10a32a434962513260aa8352e63a033ab8eaee824cb9d2aacd52a031174acd7a541ab4aaccdaa7aa4a335a9a7922de7198234942f9930adada8aaac1726a1321986320eb0b92d8fa317a7712e00b08d2f4e3777a225ad7bb30caf1eadc8a978966fb3752ad1ae2d2a9b2ddc2234b023a80d2f852d3baad5a287ad00b04c217f20552dda210eab04a47bb49e24239cdc298029b828991f1414c8ae55a322a19e25882a4f2300b43aaa9128a3b0482968b24bae932049b85f25e6ac54a628ad20a187b8d6b379ae37289026892bb3ac2a30bd19352836243e2724adfab8caad17a86bb12ea8732f35a84db4fda710a988a457b8432cdaada0a83fae32986da5b1a5d1a47eb10a1f3700efb5d3af0bb022b43bb823b036b9b2ab052c2a1deaadc9a819b41bb41ab634b11fab18ad67b04aade9b42a225eb93bb0b1a312b9a4a55e14c1b6e73094a80ba9bbb41da8d82298aa23a6481d2a2803a6c3ae4e9baea03f1dce2d17a8d3b409b0c3b13529a1297faa09b5e8abdca923ac37aea5a7dca0809c84292b25962d1eaa2d2f8c1ede2cf22806aff2ad652e93ae38ad40a80e158fa07d2c90aab9aca1a06b297320e7aa242406255ea28aa2e31cbea434a4c6a6e8a95f2dccacff2924254aaec32779ab6da0b2a45521802b791feeac61a5f02aa49c13b0eb2983aaafa2848cf428711978244621021f0ba9c827fda93e26a1a91ba68e128dad73a812ac172d892e96ae231636a9ea1f59aa4a2353ac5ba69ca37cadb12ba5a61cb024ad9d205733afb5df22a29d45a704aec7a5e9a8982f282faab318b1731f5ca88c25e1a91b324eaebdab0c2ea02e0330acb00bad23b628b0a1ae49293caf2eac4e272e2d121d40240424a2aa172c41ac46953cae6e1b30a390a5942962aca5a890b164aecc2aae299795a9b23ca413ac3fb0f7238d2732af5eab0fa9e42c7dae15a5ffa4ee2986ac2510a4a8ac312fafb92eb59296ab462982a4e5321da48dad142219b0122470a0e020fda49626b227b99dcfa28aa5b021cfa817b48c24eca63528bba14b2cdbae722b7c21e1a0f12ccea479ab742bea2b94274e2f05943fb0ad9f2daa5a2324a7e719b72540233ba6199a852b751b94288a22902c1526c91fe32c45a44ca83c30452d42b133a80c29a22cfcabfd9258aed42ad3b26d30a43109a7271a10307a3409a490ac7eab8aad439a1aae8c264db0f122753727ac23aea82518aa87aa7a2a6c2ec0ac40aa22b21c2df4aa40368c966325e3b11b21ca26e3a8c2b201297e8f1d2c782988af27a0e6a964a20f2024289a2824aca1a0ceab0835862c5a2df0b433a08036463436a939b3fd2027ab97ac9fab373088ac702bf5221a298aab70a0ac268e185ca2049c3a26899d18285c1cef2443b2ab2028190a2a312cd82b9fad62ab1d2fd0a71534bb1560ac6da68f2634a6163414b13dab90a4c9311da37c22ea27ec2c5ea6722cdc19a8ac8f2b64245c2988adfdae11b18725119efb07f11adfa140a44da80715602548ace829f026ff2713a933a4dfa2092dd7baa8214119031ebbae10ad28a4d92315a30daabf2804adf631c4b1a5a66127222c612c5dad69b4621f95286aa68db01daaae3499ae5dabd1b064b8a2ae3025e728c6a1662d5a26d6270ca86822a6266aacfea973aa04a3a3b10229bf894c2b2bb635a3a8a915addc30a12a33a939addeac0ea40e2313944d227ca694b2ef279331c9a20aa4c2a24c2a3a31edaa5927c0a59e2dea1d7e1cab2e1baa78287fa00520572169a93fa7182b76a4982e8f272e19a3ad0ca43a1d6bab718d179f3c9936aea19d61a837ac9c2cd89d069be99981a8dd20582a88241b9cb8aa91a3649a9c286f9c93a8762be0ac0e9caaac5298f928c426bd250825871dbda7901f47290c309a247f259a28072bbe80a5312d9d432c60af5125cf2122a6cf2c57279fae17b4c024dba6a92c399c3dafbc291d2abfaec6a287229b2194a2642ed4ac8fb19bafc5ad12b098b51a304232faac0629de2519a57c2dea2a37b7b2ac1e2fd6a9812668acdf2b622d2fb0559d86b4f7299920cfb4b698e81e91b074adc4231f2f8fb13125102c53a3c2ad022863ac87198c2c73254b2114a5892ecb9f88acffb38cb0d4a5919a1a2b1cb142b4da2c342ff5a86220f222f91c20afee2da3a59c256129bd2c4ba1e99c172e682c791da927b9ae422999201d20b62d70a8ba2958a304b0141c0b2c262a1aacef2066afd42490a4632360222e2492a211aaaaaf4e244baf06295a21822f41a9669de6b0d8a4901e40a8a12aa42feeb53c344eac182a8929a4aa81aeda2a8125a1ac9caae52817a47b31d330982cd5b05e2be81d6f2795ad4ba53b25ce297f2edb281a2a622765a27fa25428022f4fa0a0a874a80f3226ad9b1dcf2d3934e62ddfb13e33490e882a552b45b078347eb210329a2d5da88faffea90928a62ab5afcbb12cab5e2e892977af6330172ea9b33131932c36a5dcab75a14220eea960b0669ed8a8b529b0248f2462269c1d7d2349a52aab62ade3a485a9a428b0296eb0a1b116293731c8247da6d928432a4bb18ca4d62d3ba829ab00a2b7232529c3a990af539e82ae3b1218a89ca91c0ad3b13aa578a505a472364bade6243cad3c292c995fb1e91dfaad0ba0a4253b1e72a1ba26f4b25d2b19b4c9a5072a002308ad5aa492a95aa04c296fa72c297015b8345632853209ac952499a43c16131a70ada32cd5af39a60aa8eb2fd5a4a5a11134efa62a20702d24ae402b93b1a88d123550acd737681e65a939adb128c0ac562e49a83ab59629cfa7511ed4a7c72c973381259a36b827e525d9309031ada8a82c1535fd2b612c8ead21292aa62497c43263264b3465a9022b64b14d2975a750b0989e202a02b8e134a5af7fb272af73ba88b303bca52c1bade22a8aa89ca834b450b45aaf93b17db06da6352d543106b446b06ab5fa304125632eac1f5b9fbeaf67300da4bda99d263b9af2a89ba478b1481f9bb363a1e72c1830a526131f0234d39711a7


//!TEXTURE ArtCNN_C4F16_DN_T5
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
e03026b44faf812cba36d92d03a8ca34a1329b9f1fb4002f9e9bde359cafccb299b70abb77a887b653b54bb7e4afaa3ed9b6ab368cbca3b508b4a23a1e310eb35b384cb5c8b75ab600ba84b3853821379cb7202ed6b86faf3c9eab361233c3aacfa1542dc82b252dbc2c5c21c41d4828fe2c74a876253e29d6a9e726a5a92630592f2b2f1e31c333c5329aa11fb39babf0a970afa0b272b0573047ae72b38aa2352e09aa0fae8723ae2b1bb1cc2f5d3019b0b720f326c32956b0962d2726ff2e55246a97a1a5fa9f7810452354a0dba45e20d220c99ec2296918292cfa254ea4642fc4af81334928b2a4252db2304b32ec2aed2de52ac3af762117a521a715256ba8c9275bac3b978529d2a330ac0fa71a200da698ab659d29adfba82e90d6a5cea5ae1f48260aae02ad45ac599e372c3ba6fa260ead0427dc27012c249c17aa442922a0ee2f57ad40b3a2ad82af3b9516b621288a21dd1d6831453256a88db0a230d7306330b8b23fb348af60b461a356b5b9a8642e5f1dc8b01a2b392cc5afd18c8c2ff72c8aa0ecafdda85aa82ab00eaf85a37c2890273d29fd2f3898c0a9352df12e0835d13146152e28502a5b2482b6b8b16a2d09358ab1dd380cad1dae71b1d734e9ae03a474b70baef32a1eb586b5472880b51fac1c331234a4aa2ab3b6a36129452829ac99aca2a24c269aac6aac7fa15fa6c0a887294530f4a07cadf531fa2c26b32ea391af3cb2f8b576b25db08ca70d3090ad4bad6a32e6ab7aa3e7b0c32c8d2d23a8abacc79f383151b1e2ae9ea924335e2a04317432c3a95fa3a12fc224fcadee2c7e26002f17aa622c102997ac612bbca65aa6b02171a8bd2cc9ac2caa6628b025632c5a2969ad0da0402a1fa170abd7a96f3076a5772cb127f1a686ac02a7a424b72938a899a8ab2cce2baf9c8e24a2265b2d032c3da823a41bac6bad3d24f7ae912bea25e4298e26ab313fac10290aa6b72823b17f997627fc33f9b822ab71b01c379f30b72741ab1a36dfac57b0dcb398357830a0aa6e33a8b170afc127442d7e2854afb8b293277929bc2ca3296fae1c300327b1ac26324aaa79a9ad2faba07c240c2d4c316fa4d125bcaa31274930612bd42ddba05429c2a016ac14261b2dc82809b2beabaea60230a82cac2b13205d31c0b3aaadf830ea2f93a69e97aa21f2a52b261e281dab29ac3b2825ac50aee4a35ea837a5142d18b011ab872e85af4fabd6b0b82e6c206027ab2603b14d2bdf215eab782a5621ada9c1269b28d424a82305a22e24312fb6a8a0282e2eb92912b40da6f3ad4227bf28a12a1822581f21a9fe234faa0d29a1acc89a6da70f2197abec2520297f20a02c0c274baebe25a51cf7ac58b17b294eb25818cdaf01a747acfa31b31aac9a36b88d38f8b008294bb4b3b2cdb0ad321db859329ba45a356bb8649f102c66af8f31b730e81dacaea326662b0f2d9d2c1fae51ad4cab47322db417b0992f6eb099ab55a42dae79a9402d1db0c6ae08ac8ca49aa88fad59b04ca94eac44a7a9a460b4302db6b542a78a2be22256a78eb20cb014b031b342abe1ae3f335f2dc8a82bb30e2b6daa16a3b02eb6a8d1acc2acd62d28a49b2acf30d11f792931a85ca936a9962e4326e9a680ae0ea691a936affbacc82b2a2f41aa212a30a6062440aaea30822c19ae581f89a02f25372398b4ee2a45aed4aca02c31348ca5142931ad05301a30652e3d2c98ad1326e6ac8db3d6b11cabd42b11a97caa199bc4982ba5c3a2022c982b9228bbb0fe2b932fc02a34ac3a2a5f298e309a30b52ba22b7ba7b434f0331528052dafb532ae5db06f367d337aa97631372b76385bb40da972b1eea2f72f8e2b6caf53ae02b2d3aee1afa0b11ead34172a9f2e36ef2e102b10af8a991698f2a232ab40aca1aa49a692a181a9ef9e32260aa7452462a8e61f2ba6fb2f7625122d312ebeaaf5a465a53c2bc3ab6326102e11adda2d3e2718a60f27642cf2a5d9a05da5cfa969a95725c11db6a6fd2770a4acaa6e22292a6220b6a17e2cd32c97aee82dc731b630b8b3cc2ebb306721a1258eac65af0c2cdba5c5a765b07f35a0349f30d8ac3eae99a83fab32b41f34242536a92ab813315f2a1c2c082e482f53240caa25ad4d2d6533e2aafca52fa6683093aa0bb5ceaf6eae93b3f89b7f2ab82c1aa1b8a81726a728eaa076300e27f4260b2e24b036ab91a70caab835e09bae353e2241a5bf309ab01cab16ae5630e1295fadb4b93130a2affc24d8ab7e244c2c8fac1b2b2129572e9d34c62d81a74d2c048cff943130d524cbb37ea87b2c19a491a8c6a8e7a41b1a48ad80a78b9cfd9b50ac52abdb25aca88ea8543184a40aa3e82931a517310d2b79ab95a98625c72ccc314fb51eaf37a5d928c696d628872cea207b28072818a66131e52a55a6a2a91d2b921b59281717efa7a22a20ae9ba8db289032d32bebabf721043146ac6d27b72a55b0c89dbda51e2d92b025b3272bb52c853215326ab1f026b2319fae4813fdb05cb465325ab0b72d62b0f7b05fb2512c3430162c54323f8fcc31e42d772502a860b028a5e1aeab304f9ff6a8d7aaa2aad42ac728e4ac252ccd2c62a4f01f16afc0b1c2b33d2a7e2b1f34bbb3ba345baa2c311b351a353e35a4b2602cc1b195aeb8b7c0ad203134316e20d3a2759654296329752a792ec431b527a5a14e25f428d3b0dfaa36267727faa8811eeb94ff22079bc59cba2584acf61f3590ab280a2a3eabae1a1ba7e3239f26ba2c362cdea1b02b602d22a938b0f2a9ada65b24592c3cb1823024ac92acb4ac752544a6a7a34f23c01dc4982e9ce428eca38e275a2c33aa561711934da6622c162c8caad49468a8f52d4daf1b2a76a8fea6522837ad512b8f2e692805ab4e31a02455b31e2861aa56231a3440b1522de6adbaaa5a252e3509af8729e6a62c24a6a85c22a3a2992a38256ba8c8acd42c969c8ba9eaa0c9273ca55f22b9a65dae2faf18a8d5ac6aac0bace132999ff52b67a562ab16221f28a3b32427e8a9bf3850b71fafcd327fb068352f34ecb3db363fb0e02a02b39139dbad4c2d8eaab0abc4ab9b2541a94da9f3b2c7b1392d4daf889dc32ddf296f34542ed62de02c3ba051ad46316f26c8253b2ba12e2d28d621e5953329bc2b2c304d2d0b22a8a276118fb24d2d52a063b2b3b1232d4a2c342c112d0c31f0b2ea3734b0132c052dd82997a0a1ab0ca17d2795a23aa6eab03ba5be2adea8adaebbab4ba9c7a74429862362a63ba1022ac227fe275d9ec626912930a851a3d526ae28c622e829e12c02a950a9782d1d26b42a852c60b12cae3831092cb82ca6aa312d3a1f71308121bf9a472940251428d92c46256ea84b25122754a4c02cd42c0192baac7d225a14a2ae5823512cf0a5e42a1c2b9229b2a0de2eff29db247221cf2c76a95a2d60ab072ca8b1602c751f242d01b1d12ebfb256aff8a4a12cb4b119ad34b050213a2f372262a932244babe7a75c2d0faaaca8fe2ccc2a002b1825baae4f229526c929c6a2d929bc20111e8badea29452bc6aa159e8b25a12c13299ea5daa048a498a492ac75231025f9a6e32f7eae1caa41b0e82e7f1e1da4722ef4257cac56a98bab57a6372497a80f8a78a4e22a3ca077abbaa5faa0f5a5841f9ea627a9921d29a2c620552d4dad67a8872bd32cd4230da95fa61518762bfb9fb82ccbacf9a30badc4a6f29fc4a856ab53ab351e4da3fea86bad4baa412c0a2c2f2d10ad16ab172996a9e828432ad82ca12c2badb9a6f82c3ca69eac992b522dbca52aaaf42dfc2956a63ca1d6a34022c11a032dc21cefacfe2c2fa7b3a962a9bcacf89c36a8642cb1a7129f2e254221f6ac76aa0c1ff4a69f2aaf26ce2d032df1ac2724e629fb281b29f7248fac08209da99cade1aca52c82a7e22c5aadfcac962dfa250ba1bb28fd1922a3ae2c512cc42829a19bad51200726e9aa4019ac2680258da8abaa18a4f2aae628ee283eaa152110ac6629b9abfaaa302df5a83929d0a722ad7facf0aa8b2c212746a474a683a90ea8971cc7a8112da4a4ff28d1aa4ba98dac41ab192e8cac802e9332da240724f0aa292c39b7b12983b0f1353c278fb4d7a4f9ac8634e2b036a0e4aa7630d22d432c99a239340717f52adb2fc50820ac2724b7ac32315521c6a676a4c9a845a4eaa02020762ee21b3b24ddae2a221f152a256d2a42a666b9a52f7e2da3b8f230e4b52e2058bbec2876b51c3527acbab9ebb78f25113676acf63032aef2324a2a41343db588b0afb050aeaab54935763218aed6b38a31d8a8bd1d492e8126732a15265da93e2cf6257b175728fda3cda8a6a833abd71d44b94128dcb940b40db3c8b610adbbbccdb10db4542b5034832c853074b05da84e3132ae68275330a32ab42e6321d819eeb1a884202edbb3309ee5ae2921eb3563253fa126ab4e2555a062abab2a4ea865a9e70de5256e167c1ff22923a60e2c1128ea25292c189f94ac81ab77abaab1a6b20ea5f53075ac92a5942d3ca3cea9b22bf51e96adda2ccaab999b4b33c6b3a02d4e24e72cacaddc2cada970313021b033289ce4ad5ba071ab3a297c2e3c2c0daf64aa13b08d2a51ac379b032b04ac7c2472b003aefba52330132c41a3ba348cad922e15a4ed2e31a7f925ba23d0addc20b034deb0032aee2c283419a55d396f375e2cd7b1c3abd1304832dbb42930b0ac9f316931581486afc92c35b2a520242cdf1f862e1fb39524b12cc8add1b0df99e62669a8442eda2064b063aef1aa2eaa0c9c482bbf2f61a71da72bae3a2a6f32bd102632022983b19333a82d1535dca83f9f1a30f13165b054b4bc2dc82cfd2f081b2b901f26afb3e3a80830bc3108b0d7a5bfad55b09d30c230da2c4f221128842d0cacd0222a2adf2fa5ad062b932c392a043294a077210cae50ac0c21ceb1d722ce308c182f2e5faf16b23629bca06d1b51b0bd2ddb346e23f1a0e1a0afab692ea82fe21585acb09640ae29b116a91b1c323440aca4ace5201f282e2c1aa67c308a34c1a558a3c92793a613b59c1c9bac82311622c2b478a65b2283b07933a7b7c632db9fddb29eb3393066b814b5b9aac63433b496b098b0023139b1bbb055b04fb31c2b6d2f59a672300eb5f1a6cb9105aea220b731d92a1cad172eceab829f0ab073ac10b08e2c3b2e00b0bcad97241e22efa915a0f3298928b5aed628b9a51829b0a709267526162bbbae80293a1f3d293bac7fb0d02a7aaa35a5072cb514332f48a24333662d3fa8c927132e579f90981f323bb2feb130a25927672e7d191db07e2c0829f227faaaa0313e2e78a551abd9280ba5e42c1825a02f2cb457b3b031042ab03012a737b105303e28662cc5ac5ba909af17aeac2c7a2dd2ac8db0faaf8fa85a2d51acae2838310b3162296aad392da92ab12b132c30258e30f0b3ea2f80ab5a35051ebab3efa991aee3afc92f7ba84db0363162ac09b04fb518b98eb627b4103aaa30d931fa32bc3684301a3982a16fb8123aa4b4b43197b201ab9828d92c04a5522b3aafd7acf42bac2eec311db439b0fb2b7eb24c2eddb2a7b1d6320f300a346b2a743422b0f6ab85aa1ab050337b2eab3397ad47a284ae1cb1a5b5f320452e0bad09b2b1abf2313aa832b19d2ef7afb42828265430db31a4adea2c9a2818ac2726662e562d97ac6f294f25e4b231a5ee2c23a0b13005ab61223721c2ac8fa7bca8a7a24ca08798802809a800230f2a8b1b0429ffac0630f830a3af25a14b27fe294c31882afe30f1a40c2f2130a2ae4f2cc0ac8fa9a09f902e6b2d9a19e593012e46a437a6afa5909aa830c0ab5eb1b1ad98ad4aa87bb2e8321db17a9ba5b33bad0632a1ac28306a2c06ad182535310bad3eabf823f13346388e34d43041b911b1f42dd6b630b6d6ac28b640b50734dcb7453481ad0f2dce29a8a257ac68b091aa6b2d1ea5c5a50ea8dcb04f2c3b308a2bed3051ae0f30ec2a98b387aa7fb162ac32b2f330142f462ce12d53b035acf0b5922dba2cdd2eb224b43004a70eacb731062de034961daf28f6214c1ab628e6a9912e74a5dfb0d928209a22a41b2d272d5dab31a8fa2c8ea63b20c7312ca965aee2228cae70a308a9f6a700272a2782aa182d6dab7a223ea7c426e92bca98aaac68a8322d10b0b9af7a30222d1e3123204032052e1727042ab6b08f3053b407aefe22f0306826331d43ab8a2db830833014317a32022da9a858a4aa2b9ab394ae9a9ea01d86ae36a6be285029ed2d17a43c2e4826a3294e1a32b028ac932cd4aad3a346302db5f0a945adcb30c43664a759af73bafbb6e12f1cae37b6922f6db2e031efa52db276b9712910b4c53637b598a8dfb22f32a62c7c2c9631953038af4730423090267e2656a8b29feda87220d1a8922dbb2d242185253b21a7a6f9b0542b782efbaf3225232e7a250d339730df2df5a92134a82b98aee234622f3fa98b2c23b1002ccc2e71b23cac67a802b483b12caf1324812cfbadf5aafea112a5b6acbcb1
