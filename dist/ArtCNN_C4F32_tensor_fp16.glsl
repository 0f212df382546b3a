// ArtCNN_C4F32: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F32: 2x luma upscaler for anime, 4 ReLU layers of 32 filters (47,716 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F32 variant=tensor precision=fp16
// Weights: ArtCNN_C4F32.keras
// 6 passes, hooked on LUMA; output: luma at 2x width and height.
// Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN
// shaders); otherwise mpv's own scaler is used.
// Tensor variant: the compute variant with its middle layers on tensor cores
// (GL_NV_cooperative_matrix: float16 products, float sums). Runs only on NVIDIA GPUs (Turing or
// later) in libplacebo on Vulkan (mpv --vo=gpu-next --gpu-api=vulkan); a compute file elsewhere.
// The first layer has no pass of its own: the passes that read its output compute it there
// (one more matrix product of the luma values under its taps).
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

//!DESC ArtCNN_C4F32 tensor conv2d_1
//!HOOK LUMA
//!BIND HOOKED
//!BIND ArtCNN_C4F32_T1
//!SAVE ArtCNN_C4F32_L1
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7680];
shared HFLOAT ws[11520];
// The first layer is computed here, as one more matrix product per 16 pixels: rows of the luma values
// under its 9 taps and a 1 (for its bias), zero outside the frame, times its 16x32 weights (ss).
// Its output is this pass's input tile: the rows are built in xs, one per tile pixel, and replaced there
// by the product.
shared HFLOAT ss[512];
// Per subgroup, one 16x16 float accumulator column by column (pixels along a column of 20).
shared float st[1280];

// The luma plane at s; zero outside the frame (Keras 'same' padding) and where keep is false.
float stem_luma(ivec2 s, ivec2 last, bool keep)
{
    bool inside = keep && all(equal(s, clamp(s, ivec2(0), last)));
    return inside ? HOOKED_mul * texelFetch(HOOKED_raw, clamp(s, ivec2(0), last), 0).x : 0.0;
}

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int e = subgroup * 320 + lane % 16 + (lane / 16) * 80;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T1, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T1, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T1, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T1, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T1, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T1, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T1, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T1, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T1, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T1, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T1, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T1, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T1, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T1, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T1, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T1, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T1, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T1, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
    // The first layer's weights.
    const float stem_w[512] = float[512](-0.038238525, -0.06964111, 0.057800293, -0.037719727, 0.015060425, 0.06048584, 0.08258057, 0.09289551, -0.020248413, 0.01965332, 0.056152344, -0.015037537, 0.00070905685, 0.032470703, -0.013916016, -0.008155823, -0.006652832, 0.03387451, 0.00081920624, -0.010574341, -0.022659302, 0.00013649464, 0.02822876, 0.074523926, -0.04284668, 0.03213501, 0.038757324, -0.023544312, 0.010551453, -0.20007324, -0.04840088, 0.0013895035, 0.018981934, 0.19750977, -0.058441162, 0.000538826, 0.05166626, -0.04345703, 0.05731201, -0.11236572, 0.03074646, 0.08465576, -0.14916992, 0.0039749146, -0.041778564, 0.1932373, -0.0020122528, -0.02268982, 0.020019531, -0.037231445, -0.057739258, -0.011009216, 0.003643036, -0.0096206665, 0.019760132, -0.027862549, -0.004131317, -0.02381897, 0.25024414, -0.12176514, 0.005962372, -0.20629883, -0.00069761276, 0.045898438, -0.013420105, -0.115478516, 0.026611328, 0.041778564, -0.0362854, 0.015419006, -0.12451172, -0.045898438, -0.03616333, -0.017211914, 0.041168213, -0.02305603, 0.04220581, 0.023345947, 0.036834717, 0.0045166016, -0.019226074, 0.003944397, 0.06210327, 0.02470398, 0.004760742, 0.006462097, -0.042175293, -0.07397461, 0.07354736, -0.0069351196, 0.13415527, 0.009132385, 0.033325195, -0.025726318, -0.026748657, -0.045654297, 0.06896973, -0.0018005371, -0.016159058, -0.18713379, -0.0038547516, -0.03074646, -0.09106445, -0.13427734, -0.0770874, -0.20410156, -0.051849365, -0.07867432, 0.0075531006, 0.107421875, -0.029541016, 0.0135269165, -0.011222839, -0.025390625, -0.00605011, -0.040130615, -0.020690918, -0.0044174194, -0.001493454, -0.09448242, -0.12408447, -0.034576416, -0.26733398, -0.016281128, -0.014625549, -0.2175293, 0.019622803, 0.047027588, -0.01776123, -0.031143188, -0.037841797, 0.12524414, -0.08129883, 0.047973633, 0.043518066, 0.16015625, -0.33740234, 0.5366211, 0.35229492, 0.095703125, -0.019897461, 0.24145508, 0.02079773, 0.07489014, -0.052337646, 0.039489746, 0.10571289, 0.003440857, 0.0152282715, 0.020065308, -0.045318604, -0.008880615, 0.18334961, 0.028396606, -0.36694336, -0.19067383, -0.06414795, 0.5131836, 0.08984375, -0.046417236, -0.006084442, 0.02960205, 0.009613037, 0.1361084, 0.03463745, -0.054748535, 0.030380249, 0.06842041, 0.00068569183, -0.3322754, -0.21398926, 0.109375, 0.055786133, 0.18322754, -0.030212402, -0.040985107, 0.063964844, -0.010559082, -0.091796875, 0.017654419, 0.017822266, -0.00894928, 0.07067871, 0.1328125, -0.024139404, 0.009979248, 0.19555664, 0.028518677, 0.0075569153, 0.120666504, 0.016189575, 0.013252258, -0.0143585205, 0.07623291, -0.029769897, -0.005619049, -0.017410278, -0.056793213, -0.007843018, 0.045776367, 0.12176514, -0.07110596, 0.0099487305, 0.0126953125, 0.022323608, 0.110961914, 0.023880005, -0.012718201, 0.02456665, -0.0076942444, 0.014450073, 0.04220581, 0.03463745, 0.0068588257, -0.030471802, 0.023254395, 0.15771484, 0.0027179718, -0.055725098, 0.02709961, -0.0027694702, -0.040649414, -0.030136108, -0.049316406, -0.026229858, -0.15441895, 0.08111572, 0.062561035, 0.027786255, 0.016937256, -0.09790039, -0.049468994, 0.2607422, 0.0058135986, -0.14990234, -0.12841797, -0.09515381, 0.011962891, -0.0029296875, -0.038085938, 0.024368286, -0.008125305, -0.046813965, 0.030838013, 0.0103302, -0.00907135, 0.028930664, 0.029968262, -0.16809082, -0.0067977905, -0.003929138, 0.0925293, 0.046783447, 0.09698486, -0.021713257, 0.0033740997, 0.028167725, 0.0703125, -0.03289795, 0.083740234, 0.011024475, 0.046051025, 0.10858154, -0.025558472, 0.04916382, -0.0138168335, 0.10601807, 0.017318726, 0.030410767, 0.084350586, -0.0023937225, 0.0287323, -0.04345703, 0.0116119385, 0.018814087, -0.058502197, -0.04321289, -0.0015354156, -0.029464722, -0.055419922, -0.048950195, -0.0015926361, -0.021377563, 0.11633301, -0.021392822, -0.00021266937, -0.009590149, 0.030044556, 0.00029730797, -0.0014724731, 8.159876e-05, -0.08331299, -0.0013027191, -0.00043988228, -0.0018825531, 0.0008068085, 0.002861023, 0.0036811829, 0.0009331703, 0.0032176971, -0.002407074, -0.06237793, -0.00038862228, 0.0008816719, -6.0796738e-06, -2.5391579e-05, 0.0007100105, 0.0010223389, 0.0003068447, 8.589029e-05, 0.0011224747, -0.0003569126, -0.0012254715, 0.00022685528, 0.027832031, 0.037322998, -0.0012779236, -0.0024776459, 0.008705139, 0.00023627281, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for (int i = thread; i < 512; i += 128)
        ss[(i / 32) * 32 + i % 32] = HFLOAT(stem_w[i]);
    barrier();
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> sw0;
    coopMatLoadNV(sw0, ss, 0u, 32u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> sw1;
    coopMatLoadNV(sw1, ss, 16u, 32u, false);
    // The next tile's texels are fetched into registers while this one is computed.
    ivec2 origin = corner;
    int j0 = thread + 0;
    ivec2 u0 = origin + ivec2(j0 % 18 - 1, j0 / 18 - 1);
    bool g0 = all(equal(u0, clamp(u0, ivec2(0), last)));
    float lm0_0 = stem_luma(u0 + ivec2(-1, -1), last, g0);
    float lm0_1 = stem_luma(u0 + ivec2(0, -1), last, g0);
    float lm0_2 = stem_luma(u0 + ivec2(1, -1), last, g0);
    float lm0_3 = stem_luma(u0 + ivec2(-1, 0), last, g0);
    float lm0_4 = stem_luma(u0 + ivec2(0, 0), last, g0);
    float lm0_5 = stem_luma(u0 + ivec2(1, 0), last, g0);
    float lm0_6 = stem_luma(u0 + ivec2(-1, 1), last, g0);
    float lm0_7 = stem_luma(u0 + ivec2(0, 1), last, g0);
    float lm0_8 = stem_luma(u0 + ivec2(1, 1), last, g0);
    float lm0_9 = g0 ? 1.0 : 0.0;
    int j1 = thread + 128;
    ivec2 u1 = origin + ivec2(j1 % 18 - 1, j1 / 18 - 1);
    bool g1 = all(equal(u1, clamp(u1, ivec2(0), last))) && j1 < 180;
    float lm1_0 = stem_luma(u1 + ivec2(-1, -1), last, g1);
    float lm1_1 = stem_luma(u1 + ivec2(0, -1), last, g1);
    float lm1_2 = stem_luma(u1 + ivec2(1, -1), last, g1);
    float lm1_3 = stem_luma(u1 + ivec2(-1, 0), last, g1);
    float lm1_4 = stem_luma(u1 + ivec2(0, 0), last, g1);
    float lm1_5 = stem_luma(u1 + ivec2(1, 0), last, g1);
    float lm1_6 = stem_luma(u1 + ivec2(-1, 1), last, g1);
    float lm1_7 = stem_luma(u1 + ivec2(0, 1), last, g1);
    float lm1_8 = stem_luma(u1 + ivec2(1, 1), last, g1);
    float lm1_9 = g1 ? 1.0 : 0.0;
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    // The first layer's rows: row j is pixel (j % 18, j / 18) of the tile with its halo; all zero outside the frame.
    {
        xs[j0 * 40 + 0] = HFLOAT(lm0_0);
        xs[j0 * 40 + 1] = HFLOAT(lm0_1);
        xs[j0 * 40 + 2] = HFLOAT(lm0_2);
        xs[j0 * 40 + 3] = HFLOAT(lm0_3);
        xs[j0 * 40 + 4] = HFLOAT(lm0_4);
        xs[j0 * 40 + 5] = HFLOAT(lm0_5);
        xs[j0 * 40 + 6] = HFLOAT(lm0_6);
        xs[j0 * 40 + 7] = HFLOAT(lm0_7);
        xs[j0 * 40 + 8] = HFLOAT(lm0_8);
        xs[j0 * 40 + 9] = HFLOAT(lm0_9);
        xs[j0 * 40 + 10] = HFLOAT(0.0);
        xs[j0 * 40 + 11] = HFLOAT(0.0);
        xs[j0 * 40 + 12] = HFLOAT(0.0);
        xs[j0 * 40 + 13] = HFLOAT(0.0);
        xs[j0 * 40 + 14] = HFLOAT(0.0);
        xs[j0 * 40 + 15] = HFLOAT(0.0);
    }
    if (j1 < 192) {
        xs[j1 * 40 + 0] = HFLOAT(lm1_0);
        xs[j1 * 40 + 1] = HFLOAT(lm1_1);
        xs[j1 * 40 + 2] = HFLOAT(lm1_2);
        xs[j1 * 40 + 3] = HFLOAT(lm1_3);
        xs[j1 * 40 + 4] = HFLOAT(lm1_4);
        xs[j1 * 40 + 5] = HFLOAT(lm1_5);
        xs[j1 * 40 + 6] = HFLOAT(lm1_6);
        xs[j1 * 40 + 7] = HFLOAT(lm1_7);
        xs[j1 * 40 + 8] = HFLOAT(lm1_8);
        xs[j1 * 40 + 9] = HFLOAT(lm1_9);
        xs[j1 * 40 + 10] = HFLOAT(0.0);
        xs[j1 * 40 + 11] = HFLOAT(0.0);
        xs[j1 * 40 + 12] = HFLOAT(0.0);
        xs[j1 * 40 + 13] = HFLOAT(0.0);
        xs[j1 * 40 + 14] = HFLOAT(0.0);
        xs[j1 * 40 + 15] = HFLOAT(0.0);
    }
if (t + 1 < 4) {
        origin += ivec2(0, 8);
        j0 = thread + 0;
        u0 = origin + ivec2(j0 % 18 - 1, j0 / 18 - 1);
        g0 = all(equal(u0, clamp(u0, ivec2(0), last)));
        lm0_0 = stem_luma(u0 + ivec2(-1, -1), last, g0);
        lm0_1 = stem_luma(u0 + ivec2(0, -1), last, g0);
        lm0_2 = stem_luma(u0 + ivec2(1, -1), last, g0);
        lm0_3 = stem_luma(u0 + ivec2(-1, 0), last, g0);
        lm0_4 = stem_luma(u0 + ivec2(0, 0), last, g0);
        lm0_5 = stem_luma(u0 + ivec2(1, 0), last, g0);
        lm0_6 = stem_luma(u0 + ivec2(-1, 1), last, g0);
        lm0_7 = stem_luma(u0 + ivec2(0, 1), last, g0);
        lm0_8 = stem_luma(u0 + ivec2(1, 1), last, g0);
        lm0_9 = g0 ? 1.0 : 0.0;
        j1 = thread + 128;
        u1 = origin + ivec2(j1 % 18 - 1, j1 / 18 - 1);
        g1 = all(equal(u1, clamp(u1, ivec2(0), last))) && j1 < 180;
        lm1_0 = stem_luma(u1 + ivec2(-1, -1), last, g1);
        lm1_1 = stem_luma(u1 + ivec2(0, -1), last, g1);
        lm1_2 = stem_luma(u1 + ivec2(1, -1), last, g1);
        lm1_3 = stem_luma(u1 + ivec2(-1, 0), last, g1);
        lm1_4 = stem_luma(u1 + ivec2(0, 0), last, g1);
        lm1_5 = stem_luma(u1 + ivec2(1, 0), last, g1);
        lm1_6 = stem_luma(u1 + ivec2(-1, 1), last, g1);
        lm1_7 = stem_luma(u1 + ivec2(0, 1), last, g1);
        lm1_8 = stem_luma(u1 + ivec2(1, 1), last, g1);
        lm1_9 = g1 ? 1.0 : 0.0;
origin -= ivec2(0, 8);
    }
    barrier();
    // The first layer's output at every tile pixel: subgroup s computes the matrices of rows 16b .. 16b + 15,
    // b = s, s + 4, ..., and stores them over their own rows.
{
        uint at = uint((subgroup + 0) * 640);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> xa;
        coopMatLoadNV(xa, xs, at, 40u, false);
        fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> x0_0 = coopMatMulAddNV(xa, sw0, fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0));
        fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> x0_1 = coopMatMulAddNV(xa, sw1, fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0));
        subgroupBarrier();
        coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(x0_0), xs, at, 40u, false);
        coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(x0_1), xs, at + 16u, 40u, false);
}
{
        uint at = uint((subgroup + 4) * 640);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> xa;
        coopMatLoadNV(xa, xs, at, 40u, false);
        fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> x0_0 = coopMatMulAddNV(xa, sw0, fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0));
        fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> x0_1 = coopMatMulAddNV(xa, sw1, fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0));
        subgroupBarrier();
        coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(x0_0), xs, at, 40u, false);
        coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(x0_1), xs, at + 16u, 40u, false);
}
{
        uint at = uint((subgroup + 8) * 640);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> xa;
        coopMatLoadNV(xa, xs, at, 40u, false);
        fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> x0_0 = coopMatMulAddNV(xa, sw0, fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0));
        fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> x0_1 = coopMatMulAddNV(xa, sw1, fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0));
        subgroupBarrier();
        coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(x0_0), xs, at, 40u, false);
        coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(x0_1), xs, at + 16u, 40u, false);
}
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.036708668, 0.009803089, 0.07100605, 0.031228224);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.0007296492, 0.028907454, 0.030560687, 0.03545163);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.0083751995, -0.39129588, -0.0136721, -0.015397279);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.017793126, 0.033940684, -0.022581689, -0.011070169);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc0_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.015149839, -0.0011317565, -0.009786272, -1.2037389);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00015080205, 0.023685815, 0.0069122887, -0.034166);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.01574635, 0.011968867, 0.010605098, 0.0035551148);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.027082339, -0.009372878, -0.0019143005, 0.0038125508);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.036708668, 0.009803089, 0.07100605, 0.031228224);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.0007296492, 0.028907454, 0.030560687, 0.03545163);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.0083751995, -0.39129588, -0.0136721, -0.015397279);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.017793126, 0.033940684, -0.022581689, -0.011070169);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc1_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.015149839, -0.0011317565, -0.009786272, -1.2037389);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00015080205, 0.023685815, 0.0069122887, -0.034166);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.01574635, 0.011968867, 0.010605098, 0.0035551148);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.027082339, -0.009372878, -0.0019143005, 0.0038125508);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L1
//!BIND ArtCNN_C4F32_T2
//!SAVE ArtCNN_C4F32_L2
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// Per subgroup, one 16x16 float accumulator column by column (pixels along a column of 20).
shared float st[1280];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int e = subgroup * 320 + lane % 16 + (lane / 16) * 80;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T2, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T2, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T2, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T2, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T2, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T2, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T2, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T2, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T2, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T2, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T2, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T2, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T2, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T2, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T2, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T2, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T2, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T2, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
    }
if (t + 1 < 4) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.02396743, -0.056946166, -0.0024925207, 0.035545547);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.011336051, 0.018839965, -0.023679474, -0.0034890934);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.020992694, -0.01736431, -0.0062879184, -0.0060842275);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.022788396, -0.0045822696, -0.020859918, -0.011326331);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc0_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.012159538, 0.027312677, 0.00043193233, 0.023529848);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0075409655, 0.011567325, 0.016808135, 0.0043578);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.003479911, -0.0030607078, -0.020389289, -0.0030999135);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.004008702, 0.010407518, 0.011387981, 0.00903174);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.02396743, -0.056946166, -0.0024925207, 0.035545547);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.011336051, 0.018839965, -0.023679474, -0.0034890934);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.020992694, -0.01736431, -0.0062879184, -0.0060842275);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.022788396, -0.0045822696, -0.020859918, -0.011326331);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc1_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.012159538, 0.027312677, 0.00043193233, 0.023529848);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0075409655, 0.011567325, 0.016808135, 0.0043578);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.003479911, -0.0030607078, -0.020389289, -0.0030999135);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.004008702, 0.010407518, 0.011387981, 0.00903174);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L2
//!BIND ArtCNN_C4F32_T3
//!SAVE ArtCNN_C4F32_L3
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// Per subgroup, one 16x16 float accumulator column by column (pixels along a column of 20).
shared float st[1280];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int e = subgroup * 320 + lane % 16 + (lane / 16) * 80;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T3, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T3, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T3, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T3, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T3, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T3, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T3, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T3, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T3, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T3, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T3, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T3, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T3, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T3, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T3, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T3, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T3, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T3, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
    }
if (t + 1 < 4) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.039891187, 0.010174011, 0.0088016875, 0.03124075);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0070197433, -0.0028909661, 0.0022303315, -0.0050655375);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.003698658, -0.016067175, 0.018071178, -0.0066997157);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0075162463, 0.006320994, -0.0097562745, 0.0138484165);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc0_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.0014613448, 0.004918162, -0.017067201, -0.016155604);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00784081, 0.019437116, 0.017370472, 0.0030544482);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.008679052, -0.0075656734, 0.0066808863, -0.0042160484);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.00282881, 0.0018453137, 0.0010997254, -0.012253036);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.039891187, 0.010174011, 0.0088016875, 0.03124075);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0070197433, -0.0028909661, 0.0022303315, -0.0050655375);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.003698658, -0.016067175, 0.018071178, -0.0066997157);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0075162463, 0.006320994, -0.0097562745, 0.0138484165);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc1_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.0014613448, 0.004918162, -0.017067201, -0.016155604);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00784081, 0.019437116, 0.017370472, 0.0030544482);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.008679052, -0.0075656734, 0.0066808863, -0.0042160484);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.00282881, 0.0018453137, 0.0010997254, -0.012253036);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L3
//!BIND ArtCNN_C4F32_T4
//!SAVE ArtCNN_C4F32_L4
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// Per subgroup, one 16x16 float accumulator column by column (pixels along a column of 20).
shared float st[1280];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int e = subgroup * 320 + lane % 16 + (lane / 16) * 80;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T4, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T4, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T4, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T4, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T4, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T4, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T4, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T4, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T4, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T4, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T4, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T4, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T4, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T4, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T4, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T4, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T4, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T4, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
    }
if (t + 1 < 4) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.010642589, -0.00886394, -0.011911265, 0.0013138817);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0102971895, -0.0014118766, -0.003933518, 0.0011924527);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.00029113132, -0.0033787098, -0.037151422, -0.012291881);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.006742062, -0.006430258, 0.01816764, -0.003289142);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc0_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.0016975092, -0.013348444, -0.0101586925, -0.0023115254);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.010046276, -0.00817356, -0.00592981, -0.012702304);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.014644328, -0.002838471, -0.010976465, -0.010420114);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.003283902, -0.009365962, -0.030856198, -0.008386251);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.010642589, -0.00886394, -0.011911265, 0.0013138817);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.0102971895, -0.0014118766, -0.003933518, 0.0011924527);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.00029113132, -0.0033787098, -0.037151422, -0.012291881);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.006742062, -0.006430258, 0.01816764, -0.003289142);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_1 = max(a0_1, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc1_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.0016975092, -0.013348444, -0.0101586925, -0.0023115254);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.010046276, -0.00817356, -0.00592981, -0.012702304);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_4 = max(a0_4, vec4(0.0));
    a0_6 = max(a0_6, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.014644328, -0.002838471, -0.010976465, -0.010420114);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(-0.003283902, -0.009365962, -0.030856198, -0.008386251);
    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_5 = max(a0_5, vec4(0.0));
    a0_7 = max(a0_7, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L4
//!BIND HOOKED
//!BIND ArtCNN_C4F32_T5
//!SAVE ArtCNN_C4F32_L5
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

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

// conv 3x3, 32 channels -> 32 channels
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// The first layer is computed here, as one more matrix product per 16 pixels: rows of the luma values
// under its 9 taps and a 1 (for its bias), zero outside the frame, times its 16x32 weights (ss).
// Its output is added: the rows of this tile's pixels (ims) go into the accumulators with the products.
shared HFLOAT ss[512];
shared HFLOAT ims[2048];
// Per subgroup, one 16x16 float accumulator column by column (pixels along a column of 20).
shared float st[1280];

// The luma plane at s; zero outside the frame (Keras 'same' padding) and where keep is false.
float stem_luma(ivec2 s, ivec2 last, bool keep)
{
    bool inside = keep && all(equal(s, clamp(s, ivec2(0), last)));
    return inside ? HOOKED_mul * texelFetch(HOOKED_raw, clamp(s, ivec2(0), last), 0).x : 0.0;
}

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int e = subgroup * 320 + lane % 16 + (lane / 16) * 80;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T5, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T5, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T5, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T5, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T5, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T5, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T5, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T5, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T5, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T5, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T5, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T5, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T5, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T5, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T5, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T5, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T5, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T5, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
    // The first layer's weights.
    const float stem_w[512] = float[512](-0.038238525, -0.06964111, 0.057800293, -0.037719727, 0.015060425, 0.06048584, 0.08258057, 0.09289551, -0.020248413, 0.01965332, 0.056152344, -0.015037537, 0.00070905685, 0.032470703, -0.013916016, -0.008155823, -0.006652832, 0.03387451, 0.00081920624, -0.010574341, -0.022659302, 0.00013649464, 0.02822876, 0.074523926, -0.04284668, 0.03213501, 0.038757324, -0.023544312, 0.010551453, -0.20007324, -0.04840088, 0.0013895035, 0.018981934, 0.19750977, -0.058441162, 0.000538826, 0.05166626, -0.04345703, 0.05731201, -0.11236572, 0.03074646, 0.08465576, -0.14916992, 0.0039749146, -0.041778564, 0.1932373, -0.0020122528, -0.02268982, 0.020019531, -0.037231445, -0.057739258, -0.011009216, 0.003643036, -0.0096206665, 0.019760132, -0.027862549, -0.004131317, -0.02381897, 0.25024414, -0.12176514, 0.005962372, -0.20629883, -0.00069761276, 0.045898438, -0.013420105, -0.115478516, 0.026611328, 0.041778564, -0.0362854, 0.015419006, -0.12451172, -0.045898438, -0.03616333, -0.017211914, 0.041168213, -0.02305603, 0.04220581, 0.023345947, 0.036834717, 0.0045166016, -0.019226074, 0.003944397, 0.06210327, 0.02470398, 0.004760742, 0.006462097, -0.042175293, -0.07397461, 0.07354736, -0.0069351196, 0.13415527, 0.009132385, 0.033325195, -0.025726318, -0.026748657, -0.045654297, 0.06896973, -0.0018005371, -0.016159058, -0.18713379, -0.0038547516, -0.03074646, -0.09106445, -0.13427734, -0.0770874, -0.20410156, -0.051849365, -0.07867432, 0.0075531006, 0.107421875, -0.029541016, 0.0135269165, -0.011222839, -0.025390625, -0.00605011, -0.040130615, -0.020690918, -0.0044174194, -0.001493454, -0.09448242, -0.12408447, -0.034576416, -0.26733398, -0.016281128, -0.014625549, -0.2175293, 0.019622803, 0.047027588, -0.01776123, -0.031143188, -0.037841797, 0.12524414, -0.08129883, 0.047973633, 0.043518066, 0.16015625, -0.33740234, 0.5366211, 0.35229492, 0.095703125, -0.019897461, 0.24145508, 0.02079773, 0.07489014, -0.052337646, 0.039489746, 0.10571289, 0.003440857, 0.0152282715, 0.020065308, -0.045318604, -0.008880615, 0.18334961, 0.028396606, -0.36694336, -0.19067383, -0.06414795, 0.5131836, 0.08984375, -0.046417236, -0.006084442, 0.02960205, 0.009613037, 0.1361084, 0.03463745, -0.054748535, 0.030380249, 0.06842041, 0.00068569183, -0.3322754, -0.21398926, 0.109375, 0.055786133, 0.18322754, -0.030212402, -0.040985107, 0.063964844, -0.010559082, -0.091796875, 0.017654419, 0.017822266, -0.00894928, 0.07067871, 0.1328125, -0.024139404, 0.009979248, 0.19555664, 0.028518677, 0.0075569153, 0.120666504, 0.016189575, 0.013252258, -0.0143585205, 0.07623291, -0.029769897, -0.005619049, -0.017410278, -0.056793213, -0.007843018, 0.045776367, 0.12176514, -0.07110596, 0.0099487305, 0.0126953125, 0.022323608, 0.110961914, 0.023880005, -0.012718201, 0.02456665, -0.0076942444, 0.014450073, 0.04220581, 0.03463745, 0.0068588257, -0.030471802, 0.023254395, 0.15771484, 0.0027179718, -0.055725098, 0.02709961, -0.0027694702, -0.040649414, -0.030136108, -0.049316406, -0.026229858, -0.15441895, 0.08111572, 0.062561035, 0.027786255, 0.016937256, -0.09790039, -0.049468994, 0.2607422, 0.0058135986, -0.14990234, -0.12841797, -0.09515381, 0.011962891, -0.0029296875, -0.038085938, 0.024368286, -0.008125305, -0.046813965, 0.030838013, 0.0103302, -0.00907135, 0.028930664, 0.029968262, -0.16809082, -0.0067977905, -0.003929138, 0.0925293, 0.046783447, 0.09698486, -0.021713257, 0.0033740997, 0.028167725, 0.0703125, -0.03289795, 0.083740234, 0.011024475, 0.046051025, 0.10858154, -0.025558472, 0.04916382, -0.0138168335, 0.10601807, 0.017318726, 0.030410767, 0.084350586, -0.0023937225, 0.0287323, -0.04345703, 0.0116119385, 0.018814087, -0.058502197, -0.04321289, -0.0015354156, -0.029464722, -0.055419922, -0.048950195, -0.0015926361, -0.021377563, 0.11633301, -0.021392822, -0.00021266937, -0.009590149, 0.030044556, 0.00029730797, -0.0014724731, 8.159876e-05, -0.08331299, -0.0013027191, -0.00043988228, -0.0018825531, 0.0008068085, 0.002861023, 0.0036811829, 0.0009331703, 0.0032176971, -0.002407074, -0.06237793, -0.00038862228, 0.0008816719, -6.0796738e-06, -2.5391579e-05, 0.0007100105, 0.0010223389, 0.0003068447, 8.589029e-05, 0.0011224747, -0.0003569126, -0.0012254715, 0.00022685528, 0.027832031, 0.037322998, -0.0012779236, -0.0024776459, 0.008705139, 0.00023627281, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for (int i = thread; i < 512; i += 128)
        ss[(i / 32) * 32 + i % 32] = HFLOAT(stem_w[i]);
    barrier();
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> sw0;
    coopMatLoadNV(sw0, ss, 0u, 32u, false);
    fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> sw1;
    coopMatLoadNV(sw1, ss, 16u, 32u, false);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    int j0 = thread + 0;
    ivec2 u0 = origin + ivec2(j0 % 16, j0 / 16);
    bool g0 = all(equal(u0, clamp(u0, ivec2(0), last)));
    float lm0_0 = stem_luma(u0 + ivec2(-1, -1), last, g0);
    float lm0_1 = stem_luma(u0 + ivec2(0, -1), last, g0);
    float lm0_2 = stem_luma(u0 + ivec2(1, -1), last, g0);
    float lm0_3 = stem_luma(u0 + ivec2(-1, 0), last, g0);
    float lm0_4 = stem_luma(u0 + ivec2(0, 0), last, g0);
    float lm0_5 = stem_luma(u0 + ivec2(1, 0), last, g0);
    float lm0_6 = stem_luma(u0 + ivec2(-1, 1), last, g0);
    float lm0_7 = stem_luma(u0 + ivec2(0, 1), last, g0);
    float lm0_8 = stem_luma(u0 + ivec2(1, 1), last, g0);
    float lm0_9 = g0 ? 1.0 : 0.0;
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
    }
    // The first layer's rows: row j is pixel (j % 16, j / 16) of the tile; all zero outside the frame.
    {
        ims[j0 * 16 + 0] = HFLOAT(lm0_0);
        ims[j0 * 16 + 1] = HFLOAT(lm0_1);
        ims[j0 * 16 + 2] = HFLOAT(lm0_2);
        ims[j0 * 16 + 3] = HFLOAT(lm0_3);
        ims[j0 * 16 + 4] = HFLOAT(lm0_4);
        ims[j0 * 16 + 5] = HFLOAT(lm0_5);
        ims[j0 * 16 + 6] = HFLOAT(lm0_6);
        ims[j0 * 16 + 7] = HFLOAT(lm0_7);
        ims[j0 * 16 + 8] = HFLOAT(lm0_8);
        ims[j0 * 16 + 9] = HFLOAT(lm0_9);
        ims[j0 * 16 + 10] = HFLOAT(0.0);
        ims[j0 * 16 + 11] = HFLOAT(0.0);
        ims[j0 * 16 + 12] = HFLOAT(0.0);
        ims[j0 * 16 + 13] = HFLOAT(0.0);
        ims[j0 * 16 + 14] = HFLOAT(0.0);
        ims[j0 * 16 + 15] = HFLOAT(0.0);
    }
if (t + 1 < 4) {
        origin += ivec2(0, 8);
        int i0 = thread + 0;
        ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
        bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
        q0 = clamp(q0, ivec2(0), last);
        int i1 = thread + 128;
        ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
        bool f1 = all(equal(q1, clamp(q1, ivec2(0), last))) && i1 < 180;
        q1 = clamp(q1, ivec2(0), last);
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L4_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L4_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        j0 = thread + 0;
        u0 = origin + ivec2(j0 % 16, j0 / 16);
        g0 = all(equal(u0, clamp(u0, ivec2(0), last)));
        lm0_0 = stem_luma(u0 + ivec2(-1, -1), last, g0);
        lm0_1 = stem_luma(u0 + ivec2(0, -1), last, g0);
        lm0_2 = stem_luma(u0 + ivec2(1, -1), last, g0);
        lm0_3 = stem_luma(u0 + ivec2(-1, 0), last, g0);
        lm0_4 = stem_luma(u0 + ivec2(0, 0), last, g0);
        lm0_5 = stem_luma(u0 + ivec2(1, 0), last, g0);
        lm0_6 = stem_luma(u0 + ivec2(-1, 1), last, g0);
        lm0_7 = stem_luma(u0 + ivec2(0, 1), last, g0);
        lm0_8 = stem_luma(u0 + ivec2(1, 1), last, g0);
        lm0_9 = g0 ? 1.0 : 0.0;
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    // The first layer's output, added: its product at this tile's pixels.
    {
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> xl;
        coopMatLoadNV(xl, ims, uint((2 * subgroup + 0) * 256), 16u, false);
        acc0_0 = coopMatMulAddNV(xl, sw0, acc0_0);
        acc0_1 = coopMatMulAddNV(xl, sw1, acc0_1);
    }
    {
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> xl;
        coopMatLoadNV(xl, ims, uint((2 * subgroup + 1) * 256), 16u, false);
        acc1_0 = coopMatMulAddNV(xl, sw0, acc1_0);
        acc1_1 = coopMatMulAddNV(xl, sw1, acc1_1);
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(5.649633e-06, 0.0006727532, -6.588314e-05, -0.029685518);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.0014627855, -0.011221823, -0.0016920598, -0.00013782016);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.00082530384, -0.00026431106, 0.001350256, -0.0007166308);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.0009777114, -0.021467287, 0.00032818047, -0.00039368647);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc0_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 0);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.00016073485, 6.783708e-06, -0.0005276576, -0.00039170176);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00046683406, -4.8158847e-05, 0.030069074, 0.011954599);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.00025244785, 0.000108880384, -5.6918954e-05, 0.00017526979);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00062386674, -0.028939229, -0.0032596758, 9.520764e-05);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
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
    vec4 a0_0 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(5.649633e-06, 0.0006727532, -6.588314e-05, -0.029685518);
    vec4 a0_2 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.0014627855, -0.011221823, -0.0016920598, -0.00013782016);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
    }
    } else {
    vec4 a0_1 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.00082530384, -0.00026431106, 0.001350256, -0.0007166308);
    vec4 a0_3 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.0009777114, -0.021467287, 0.00032818047, -0.00039368647);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
    }
    }
    }
    subgroupBarrier();
    coopMatStoreNV(acc1_1, st, uint(subgroup * 320), 20u, true);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    ivec2 local = ivec2(lane % 16, 2 * subgroup + 1);
    if (lane < 16) {
    vec4 a0_4 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(0.00016073485, 6.783708e-06, -0.0005276576, -0.00039170176);
    vec4 a0_6 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00046683406, -4.8158847e-05, 0.030069074, 0.011954599);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
        imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
    }
    } else {
    vec4 a0_5 = vec4(st[e + 0], st[e + 20], st[e + 40], st[e + 60]) + vec4(-0.00025244785, 0.000108880384, -5.6918954e-05, 0.00017526979);
    vec4 a0_7 = vec4(st[e + 160], st[e + 180], st[e + 200], st[e + 220]) + vec4(0.00062386674, -0.028939229, -0.0032596758, 9.520764e-05);
    ivec2 p0 = origin + local + ivec2(0, 0);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(4, 2);
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
        imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
    }
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L5
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 32 16 16

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

// conv 3x3, 32 channels -> 2x luma (depth-to-space), then clip
// A workgroup computes 16x16 pixels with 16x16 threads: 1 slice(s) of 16x16, each computing
// 1 of the 1 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (18x18 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[648];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 16);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 16);
    int slice = int(gl_LocalInvocationID.y) / 16;
    int at = local.y * 18 + local.x;

    vec4 a0_0;
    if (slice == 0) {
        a0_0 = vec4(0.09878782, 0.09473654, 0.09866235, 0.09544336);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 324] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 324) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 324] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 324]);
        HVEC4 s0_0 = HVEC4(0.021850586, 0.009231567, -0.0146484375, -0.0005669594) * v0_0.x;
        s0_0 += HVEC4(-0.023345947, -0.018341064, -0.011604309, -0.0020160675) * v0_0.y;
        s0_0 += HVEC4(0.045318604, -0.032318115, 0.007080078, -0.0206604) * v0_0.z;
        s0_0 += HVEC4(-0.117004395, -0.011665344, -0.028671265, 0.0016422272) * v0_0.w;
        s0_0 += HVEC4(-0.020904541, -0.008987427, -0.0021686554, -0.006919861) * v0_1.x;
        s0_0 += HVEC4(-0.040283203, -0.025772095, -0.061798096, 0.0076904297) * v0_1.y;
        s0_0 += HVEC4(-0.03866577, 0.026168823, -0.012290955, 0.013908386) * v0_1.z;
        s0_0 += HVEC4(0.0065574646, -0.025054932, 0.021469116, -0.009986877) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 325]);
        HVEC4 s0_0 = HVEC4(-0.030410767, -0.012756348, 0.03164673, 0.008026123) * v0_0.x;
        s0_0 += HVEC4(-0.006401062, -0.028457642, -0.046051025, -0.046722412) * v0_0.y;
        s0_0 += HVEC4(0.01335144, 0.021331787, 0.01184845, 0.040222168) * v0_0.z;
        s0_0 += HVEC4(-0.029037476, -0.10058594, -0.0070610046, -0.043151855) * v0_0.w;
        s0_0 += HVEC4(0.02583313, -0.0068893433, 0.00027227402, 0.014625549) * v0_1.x;
        s0_0 += HVEC4(0.043151855, -0.015098572, 0.0050964355, -0.028625488) * v0_1.y;
        s0_0 += HVEC4(0.0395813, 0.02923584, -0.012184143, -0.008834839) * v0_1.z;
        s0_0 += HVEC4(0.023895264, 0.013305664, -0.009521484, -0.010147095) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 326]);
        HVEC4 s0_0 = HVEC4(0.003993988, -0.0132751465, 0.024383545, 0.03186035) * v0_0.x;
        s0_0 += HVEC4(0.008613586, 0.0074424744, 0.008972168, 0.02746582) * v0_0.y;
        s0_0 += HVEC4(-0.03201294, 0.003107071, 0.009635925, 0.013366699) * v0_0.z;
        s0_0 += HVEC4(-0.058929443, -0.12792969, -0.0061302185, -0.012001038) * v0_0.w;
        s0_0 += HVEC4(0.010398865, 0.012123108, -0.009300232, 0.013046265) * v0_1.x;
        s0_0 += HVEC4(-0.032562256, 0.019943237, 0.012939453, 0.00806427) * v0_1.y;
        s0_0 += HVEC4(0.012466431, -0.047332764, -0.0074806213, -0.012001038) * v0_1.z;
        s0_0 += HVEC4(0.0038890839, -0.0440979, 0.02810669, -0.02885437) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        HVEC4 s0_0 = HVEC4(0.009170532, -0.032409668, 0.0046195984, -0.034576416) * v0_0.x;
        s0_0 += HVEC4(0.001832962, 0.051727295, -0.0496521, -0.011787415) * v0_0.y;
        s0_0 += HVEC4(0.0023536682, -0.0019893646, -0.011772156, -0.021377563) * v0_0.z;
        s0_0 += HVEC4(0.010871887, 0.04623413, 0.006187439, 0.030685425) * v0_0.w;
        s0_0 += HVEC4(0.0061302185, -0.029754639, 0.02015686, -0.003944397) * v0_1.x;
        s0_0 += HVEC4(0.053588867, 0.011726379, 0.0446167, 0.019683838) * v0_1.y;
        s0_0 += HVEC4(0.037841797, 0.016738892, -0.02557373, 0.0075912476) * v0_1.z;
        s0_0 += HVEC4(0.0017757416, 0.033691406, -0.009346008, -0.015899658) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        HVEC4 v0_1 = HVEC4(tile[at + 343]);
        HVEC4 s0_0 = HVEC4(0.013366699, 0.01210022, 0.0011758804, 0.004837036) * v0_0.x;
        s0_0 += HVEC4(-0.0803833, -0.008613586, 0.054656982, 0.045837402) * v0_0.y;
        s0_0 += HVEC4(-0.042663574, 0.027297974, 0.015342712, -0.07672119) * v0_0.z;
        s0_0 += HVEC4(0.23864746, 0.21130371, 0.25830078, 0.21252441) * v0_0.w;
        s0_0 += HVEC4(0.017654419, 0.0041770935, -0.06088257, -0.03616333) * v0_1.x;
        s0_0 += HVEC4(0.0033512115, 0.05142212, 0.0072021484, -0.02609253) * v0_1.y;
        s0_0 += HVEC4(-0.0047836304, -0.04776001, 0.060638428, -0.031433105) * v0_1.z;
        s0_0 += HVEC4(0.072631836, 0.048187256, 0.030929565, 0.05392456) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        HVEC4 v0_1 = HVEC4(tile[at + 344]);
        HVEC4 s0_0 = HVEC4(0.006866455, -0.0065841675, -0.042419434, 0.0067596436) * v0_0.x;
        s0_0 += HVEC4(0.040039062, 0.023590088, -0.040863037, 0.00013780594) * v0_0.y;
        s0_0 += HVEC4(0.011314392, -0.034484863, 0.0010261536, 0.045776367) * v0_0.z;
        s0_0 += HVEC4(0.0036201477, -0.042999268, -0.020828247, -0.037017822) * v0_0.w;
        s0_0 += HVEC4(-0.028030396, 0.012710571, 0.01777649, 0.040130615) * v0_1.x;
        s0_0 += HVEC4(-0.01689148, -0.04196167, -0.001332283, 0.022140503) * v0_1.y;
        s0_0 += HVEC4(-0.029418945, 0.012496948, 0.0051116943, 0.022949219) * v0_1.z;
        s0_0 += HVEC4(-0.057922363, -0.014678955, 0.0044517517, -0.0069847107) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 360]);
        HVEC4 s0_0 = HVEC4(-0.006931305, -0.0037345886, 0.0047035217, 0.0058631897) * v0_0.x;
        s0_0 += HVEC4(0.003194809, -0.022781372, 0.060394287, 0.009346008) * v0_0.y;
        s0_0 += HVEC4(-0.006969452, -0.0140686035, -0.002035141, 0.01789856) * v0_0.z;
        s0_0 += HVEC4(0.021224976, 0.018478394, -0.077941895, 0.012237549) * v0_0.w;
        s0_0 += HVEC4(-0.013473511, -0.010231018, 0.035736084, -0.0076065063) * v0_1.x;
        s0_0 += HVEC4(-0.0090408325, 0.011672974, -0.024597168, -0.024002075) * v0_1.y;
        s0_0 += HVEC4(-0.013053894, 0.010673523, 0.062561035, 0.0058288574) * v0_1.z;
        s0_0 += HVEC4(-0.003540039, 0.013549805, -0.017105103, -0.025177002) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        HVEC4 v0_1 = HVEC4(tile[at + 361]);
        HVEC4 s0_0 = HVEC4(-0.0063591003, 0.020614624, -0.03781128, -0.024627686) * v0_0.x;
        s0_0 += HVEC4(0.05432129, 0.021026611, 0.018981934, 0.017196655) * v0_0.y;
        s0_0 += HVEC4(0.016433716, 0.0072631836, -0.007949829, 0.020477295) * v0_0.z;
        s0_0 += HVEC4(0.04901123, 0.049713135, 0.033813477, 0.014755249) * v0_0.w;
        s0_0 += HVEC4(-0.022659302, 0.03338623, -0.018157959, 0.031280518) * v0_1.x;
        s0_0 += HVEC4(0.011749268, -0.014602661, 0.0025901794, 0.025772095) * v0_1.y;
        s0_0 += HVEC4(0.0033817291, -0.028457642, -0.03390503, 0.016220093) * v0_1.z;
        s0_0 += HVEC4(-0.05142212, -0.025466919, -0.044036865, -0.013801575) * v0_1.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        HVEC4 v0_1 = HVEC4(tile[at + 362]);
        HVEC4 s0_0 = HVEC4(-0.011962891, 0.027404785, 0.02935791, 0.0020999908) * v0_0.x;
        s0_0 += HVEC4(0.0022125244, -0.025665283, 0.0052452087, -0.03945923) * v0_0.y;
        s0_0 += HVEC4(-0.00749588, 0.023712158, -0.022323608, -0.019714355) * v0_0.z;
        s0_0 += HVEC4(0.018066406, -0.017486572, -0.021820068, -0.14550781) * v0_0.w;
        s0_0 += HVEC4(0.025131226, -0.006626129, 0.018157959, -0.045898438) * v0_1.x;
        s0_0 += HVEC4(-0.013305664, 0.002336502, 0.014297485, -0.0044517517) * v0_1.y;
        s0_0 += HVEC4(-0.007286072, 0.027664185, -0.035095215, -0.014015198) * v0_1.z;
        s0_0 += HVEC4(0.004295349, -0.00036358833, -0.003818512, 0.055725098) * v0_1.w;
        a0_0 += vec4(s0_0);
    }

    // Phase 1: input groups 2..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0)) : HVEC4(0.0);
        tile[i0 + 324] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 324) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0)) : HVEC4(0.0);
        tile[i1 + 324] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 324]);
        HVEC4 s0_0 = HVEC4(-0.045288086, -0.009506226, -0.020965576, 0.0028743744) * v0_2.x;
        s0_0 += HVEC4(-0.028884888, -0.013420105, -0.013763428, 0.01512146) * v0_2.y;
        s0_0 += HVEC4(-0.026626587, -0.026489258, -0.008804321, 0.018157959) * v0_2.z;
        s0_0 += HVEC4(0.019042969, 0.0047569275, -0.0044136047, 0.019546509) * v0_2.w;
        s0_0 += HVEC4(-0.02168274, -0.011741638, 0.0045166016, -0.009681702) * v0_3.x;
        s0_0 += HVEC4(0.09484863, 0.013122559, 0.03366089, 0.0042304993) * v0_3.y;
        s0_0 += HVEC4(-0.029281616, 0.012214661, -0.022140503, 0.016815186) * v0_3.z;
        s0_0 += HVEC4(0.0009560585, -0.014503479, 0.004524231, 0.011291504) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 325]);
        HVEC4 s0_0 = HVEC4(0.047668457, 0.08074951, 0.047180176, 0.103149414) * v0_2.x;
        s0_0 += HVEC4(-0.049743652, -0.032348633, -0.05206299, 0.013145447) * v0_2.y;
        s0_0 += HVEC4(-0.034820557, -0.018249512, -0.011375427, 0.010482788) * v0_2.z;
        s0_0 += HVEC4(0.049438477, -0.027191162, 0.0057525635, -0.014671326) * v0_2.w;
        s0_0 += HVEC4(0.028045654, -0.011375427, 0.007347107, -0.027664185) * v0_3.x;
        s0_0 += HVEC4(0.17504883, 0.19470215, 0.12390137, 0.1430664) * v0_3.y;
        s0_0 += HVEC4(-0.013114929, 0.008781433, -0.00995636, 0.00573349) * v0_3.z;
        s0_0 += HVEC4(0.028411865, -0.04437256, 0.011360168, -0.010025024) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 326]);
        HVEC4 s0_0 = HVEC4(0.06829834, 0.0014724731, 0.017562866, -0.02053833) * v0_2.x;
        s0_0 += HVEC4(-0.0072135925, -0.03338623, -0.023132324, -0.06628418) * v0_2.y;
        s0_0 += HVEC4(0.020751953, 0.029281616, 0.01184845, -0.0038013458) * v0_2.z;
        s0_0 += HVEC4(0.0073127747, 0.08795166, -0.019989014, 0.018096924) * v0_2.w;
        s0_0 += HVEC4(-0.0038375854, 0.011421204, -0.0011501312, 0.024383545) * v0_3.x;
        s0_0 += HVEC4(0.09887695, 0.1595459, 0.013504028, -0.0023536682) * v0_3.y;
        s0_0 += HVEC4(0.061279297, -0.014572144, -0.011886597, -0.023742676) * v0_3.z;
        s0_0 += HVEC4(-0.026107788, 0.018951416, 0.011878967, 0.02267456) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        HVEC4 s0_0 = HVEC4(0.05960083, 0.048095703, 0.015823364, -0.016326904) * v0_2.x;
        s0_0 += HVEC4(-0.029174805, -0.08520508, -0.03225708, -0.041992188) * v0_2.y;
        s0_0 += HVEC4(-0.060913086, -0.052337646, -0.070129395, -0.044921875) * v0_2.z;
        s0_0 += HVEC4(-0.020935059, 0.04296875, -0.0021152496, 0.0029792786) * v0_2.w;
        s0_0 += HVEC4(-0.018722534, 0.033935547, -0.0058631897, -0.00061655045) * v0_3.x;
        s0_0 += HVEC4(0.18786621, 0.09338379, 0.18127441, 0.17114258) * v0_3.y;
        s0_0 += HVEC4(0.012420654, -0.010391235, 0.018997192, -0.016921997) * v0_3.z;
        s0_0 += HVEC4(-0.035980225, 0.0048828125, 0.011222839, 0.023010254) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        HVEC4 v0_3 = HVEC4(tile[at + 343]);
        HVEC4 s0_0 = HVEC4(0.0059165955, -0.12866211, -0.14294434, -0.20812988) * v0_2.x;
        s0_0 += HVEC4(0.21203613, 0.13659668, 0.25732422, 0.13366699) * v0_2.y;
        s0_0 += HVEC4(0.04537964, 0.16894531, 0.10882568, 0.07507324) * v0_2.z;
        s0_0 += HVEC4(0.10748291, -0.22766113, 0.2163086, -0.054901123) * v0_2.w;
        s0_0 += HVEC4(0.017333984, -0.031234741, 0.034088135, 0.044677734) * v0_3.x;
        s0_0 += HVEC4(0.15124512, 0.21447754, 0.18933105, 0.18359375) * v0_3.y;
        s0_0 += HVEC4(-0.00025868416, 0.0082092285, -0.009895325, -0.010070801) * v0_3.z;
        s0_0 += HVEC4(0.07946777, -0.013290405, -0.014526367, 0.008758545) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        HVEC4 v0_3 = HVEC4(tile[at + 344]);
        HVEC4 s0_0 = HVEC4(0.036621094, 0.107299805, -0.012191772, -0.02798462) * v0_2.x;
        s0_0 += HVEC4(-0.13220215, -0.05117798, -0.107666016, 0.00035715103) * v0_2.y;
        s0_0 += HVEC4(0.047790527, -0.03451538, -0.00063705444, -0.03463745) * v0_2.z;
        s0_0 += HVEC4(-0.074035645, -0.011932373, -0.074523926, -0.01272583) * v0_2.w;
        s0_0 += HVEC4(-0.029953003, 0.012420654, -0.021911621, 0.014152527) * v0_3.x;
        s0_0 += HVEC4(0.0102005005, 0.054626465, 0.07611084, 0.15063477) * v0_3.y;
        s0_0 += HVEC4(-0.04827881, 0.0151901245, 0.0039596558, 0.019882202) * v0_3.z;
        s0_0 += HVEC4(-0.034729004, 0.020080566, 0.023971558, -0.054016113) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 360]);
        HVEC4 s0_0 = HVEC4(-0.018005371, -0.024932861, -0.039764404, -0.034423828) * v0_2.x;
        s0_0 += HVEC4(0.008506775, 0.039916992, 0.009681702, 0.021575928) * v0_2.y;
        s0_0 += HVEC4(-0.011047363, -0.00012338161, 0.0209198, -0.014472961) * v0_2.z;
        s0_0 += HVEC4(0.024368286, 0.013793945, -0.00067710876, 0.009590149) * v0_2.w;
        s0_0 += HVEC4(0.018371582, 0.004966736, -0.021759033, -0.025939941) * v0_3.x;
        s0_0 += HVEC4(0.04510498, 0.06008911, 0.117248535, 0.054534912) * v0_3.y;
        s0_0 += HVEC4(0.008094788, -0.009315491, -0.030517578, 0.03274536) * v0_3.z;
        s0_0 += HVEC4(0.012870789, -0.022384644, -0.018371582, 0.03353882) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        HVEC4 v0_3 = HVEC4(tile[at + 361]);
        HVEC4 s0_0 = HVEC4(0.020477295, 0.019851685, -0.04348755, -0.04397583) * v0_2.x;
        s0_0 += HVEC4(0.033477783, 0.043548584, -0.0069389343, -0.085998535) * v0_2.y;
        s0_0 += HVEC4(-0.0044059753, -0.072387695, -0.057159424, -0.00083589554) * v0_2.z;
        s0_0 += HVEC4(-0.001578331, 0.0007510185, 0.060516357, -0.052978516) * v0_2.w;
        s0_0 += HVEC4(0.026779175, 0.009338379, 0.023208618, -0.007232666) * v0_3.x;
        s0_0 += HVEC4(0.19152832, 0.15429688, 0.19262695, 0.111083984) * v0_3.y;
        s0_0 += HVEC4(0.020812988, -0.006504059, 0.025604248, -0.0074272156) * v0_3.z;
        s0_0 += HVEC4(-0.01878357, 0.032592773, -0.007144928, -0.009559631) * v0_3.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        HVEC4 v0_3 = HVEC4(tile[at + 362]);
        HVEC4 s0_0 = HVEC4(-0.0146102905, -0.0067710876, -0.0026054382, -0.010658264) * v0_2.x;
        s0_0 += HVEC4(-0.018661499, 0.0012874603, -0.027770996, 0.04196167) * v0_2.y;
        s0_0 += HVEC4(0.023849487, 0.0067329407, 0.008842468, -0.007686615) * v0_2.z;
        s0_0 += HVEC4(-0.040130615, -0.022949219, -0.04397583, 0.0011835098) * v0_2.w;
        s0_0 += HVEC4(-0.016143799, -0.01399231, -0.024551392, -0.010948181) * v0_3.x;
        s0_0 += HVEC4(0.025787354, 0.04714966, 0.05230713, 0.1730957) * v0_3.y;
        s0_0 += HVEC4(-0.012229919, -0.0034980774, 0.036254883, -0.017242432) * v0_3.z;
        s0_0 += HVEC4(-0.0063934326, 0.018753052, -0.025177002, -0.023956299) * v0_3.w;
        a0_0 += vec4(s0_0);
    }

    // Phase 2: input groups 4..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i0 + 324] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    if (i1 < 324) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i1 + 324] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 324]);
        HVEC4 s0_0 = HVEC4(0.019241333, -0.015167236, -0.03842163, 0.0044937134) * v0_4.x;
        s0_0 += HVEC4(0.011207581, 0.041900635, -0.021011353, 0.0009775162) * v0_4.y;
        s0_0 += HVEC4(0.042419434, 0.012252808, -0.00074481964, 0.020523071) * v0_4.z;
        s0_0 += HVEC4(0.034851074, -0.012130737, 0.0043907166, -0.001490593) * v0_4.w;
        s0_0 += HVEC4(0.021392822, -0.044799805, -0.025665283, -0.018112183) * v0_5.x;
        s0_0 += HVEC4(-0.016235352, -0.003118515, 0.0048179626, -0.01209259) * v0_5.y;
        s0_0 += HVEC4(0.014175415, 0.052825928, 0.044281006, 0.015098572) * v0_5.z;
        s0_0 += HVEC4(0.030044556, 0.0078125, -0.040283203, 0.011917114) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 325]);
        HVEC4 s0_0 = HVEC4(0.028778076, 0.009468079, -0.015419006, 0.015472412) * v0_4.x;
        s0_0 += HVEC4(0.009773254, -0.014656067, 0.00074625015, 0.031463623) * v0_4.y;
        s0_0 += HVEC4(-0.07373047, -0.024673462, -0.017807007, -0.03869629) * v0_4.z;
        s0_0 += HVEC4(-0.013542175, -0.016479492, 0.023498535, 0.00554657) * v0_4.w;
        s0_0 += HVEC4(0.0039367676, -0.01676941, 0.007461548, 0.020584106) * v0_5.x;
        s0_0 += HVEC4(0.012779236, -0.014274597, -0.013687134, 0.020126343) * v0_5.y;
        s0_0 += HVEC4(-0.026107788, -0.062042236, -0.028808594, 0.017608643) * v0_5.z;
        s0_0 += HVEC4(-0.00630188, -0.009796143, 0.01763916, 0.021697998) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 326]);
        HVEC4 s0_0 = HVEC4(0.0055732727, -0.015609741, -0.012069702, 0.02178955) * v0_4.x;
        s0_0 += HVEC4(-0.025634766, -0.0064811707, 0.0043258667, 0.0032405853) * v0_4.y;
        s0_0 += HVEC4(0.016220093, -0.018341064, 0.009918213, 0.04660034) * v0_4.z;
        s0_0 += HVEC4(0.0362854, -0.012756348, 0.016677856, -0.025543213) * v0_4.w;
        s0_0 += HVEC4(-0.011268616, 0.020492554, 0.0025405884, 0.009513855) * v0_5.x;
        s0_0 += HVEC4(0.010246277, -0.0006375313, -0.005508423, 0.010154724) * v0_5.y;
        s0_0 += HVEC4(-0.014091492, 0.014518738, -0.01184082, 0.0046844482) * v0_5.z;
        s0_0 += HVEC4(0.0041656494, -0.0124435425, 0.00642395, -0.02357483) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 18]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        HVEC4 s0_0 = HVEC4(0.009315491, -0.022018433, 0.054748535, -0.0046463013) * v0_4.x;
        s0_0 += HVEC4(-0.0038337708, -0.0047302246, -0.0030212402, -0.009902954) * v0_4.y;
        s0_0 += HVEC4(-0.04144287, 0.0039863586, -0.0009160042, -0.02368164) * v0_4.z;
        s0_0 += HVEC4(-0.041900635, -0.00806427, -0.0018987656, 0.034851074) * v0_4.w;
        s0_0 += HVEC4(0.040374756, -0.029876709, -0.05731201, 0.046081543) * v0_5.x;
        s0_0 += HVEC4(0.01991272, 0.00070667267, 0.0002758503, 0.040740967) * v0_5.y;
        s0_0 += HVEC4(0.057403564, 0.006385803, -0.020874023, 0.020370483) * v0_5.z;
        s0_0 += HVEC4(-0.004863739, 0.04675293, 0.00982666, 0.02760315) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 19]);
        HVEC4 v0_5 = HVEC4(tile[at + 343]);
        HVEC4 s0_0 = HVEC4(-0.033843994, -0.029815674, 0.044189453, -0.051696777) * v0_4.x;
        s0_0 += HVEC4(-0.01914978, 0.038879395, -0.011871338, -0.014907837) * v0_4.y;
        s0_0 += HVEC4(0.087768555, 0.010406494, -0.06530762, 0.10107422) * v0_4.z;
        s0_0 += HVEC4(-0.012481689, 0.03012085, 0.018249512, -0.046447754) * v0_4.w;
        s0_0 += HVEC4(-0.029891968, 0.010040283, 0.028244019, 0.022598267) * v0_5.x;
        s0_0 += HVEC4(-0.06439209, 0.05899048, 0.042266846, -0.062561035) * v0_5.y;
        s0_0 += HVEC4(-0.050476074, 0.021835327, 0.058563232, -0.05480957) * v0_5.z;
        s0_0 += HVEC4(0.017654419, 0.007534027, 0.005554199, -0.022872925) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 20]);
        HVEC4 v0_5 = HVEC4(tile[at + 344]);
        HVEC4 s0_0 = HVEC4(0.013366699, 0.053649902, -0.008018494, -0.04534912) * v0_4.x;
        s0_0 += HVEC4(-0.010505676, -0.019317627, 0.012084961, 0.018753052) * v0_4.y;
        s0_0 += HVEC4(-0.030792236, 0.03555298, 0.04864502, -0.060333252) * v0_4.z;
        s0_0 += HVEC4(0.030776978, 0.033111572, -0.0035934448, 0.02947998) * v0_4.w;
        s0_0 += HVEC4(-0.0090408325, 0.03353882, -0.011932373, -0.020965576) * v0_5.x;
        s0_0 += HVEC4(-0.024810791, 0.01473999, 0.0004825592, -0.011070251) * v0_5.y;
        s0_0 += HVEC4(0.0060653687, -0.041656494, 0.008506775, -0.011650085) * v0_5.z;
        s0_0 += HVEC4(-0.037963867, -0.05001831, -0.012252808, 0.010177612) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 360]);
        HVEC4 s0_0 = HVEC4(0.0051345825, 0.0234375, -0.0077552795, 0.0029678345) * v0_4.x;
        s0_0 += HVEC4(0.031204224, -0.016143799, -0.0078048706, -0.0006389618) * v0_4.y;
        s0_0 += HVEC4(0.0038661957, 0.013053894, 0.019088745, 0.006427765) * v0_4.z;
        s0_0 += HVEC4(0.015037537, 0.011054993, -0.0061187744, 0.000644207) * v0_4.w;
        s0_0 += HVEC4(-0.022018433, 0.02999878, 0.025817871, 0.019973755) * v0_5.x;
        s0_0 += HVEC4(-0.0020389557, -0.0075187683, -0.011741638, -0.0076675415) * v0_5.y;
        s0_0 += HVEC4(-0.024627686, 0.017166138, 0.0042304993, -0.022644043) * v0_5.z;
        s0_0 += HVEC4(-0.02558899, -0.03451538, 0.021438599, -0.03781128) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 37]);
        HVEC4 v0_5 = HVEC4(tile[at + 361]);
        HVEC4 s0_0 = HVEC4(-0.027770996, 0.01007843, -0.007904053, 0.025848389) * v0_4.x;
        s0_0 += HVEC4(-0.0018091202, -0.005256653, 0.010169983, -0.036254883) * v0_4.y;
        s0_0 += HVEC4(0.007381439, 0.0007109642, 0.03677368, -0.05419922) * v0_4.z;
        s0_0 += HVEC4(-0.0033073425, -0.0074920654, -0.03656006, 0.03756714) * v0_4.w;
        s0_0 += HVEC4(-0.023330688, 0.007572174, 0.016143799, -0.01977539) * v0_5.x;
        s0_0 += HVEC4(0.01826477, -0.003540039, 0.018096924, -0.003753662) * v0_5.y;
        s0_0 += HVEC4(0.038879395, -0.021209717, -0.060455322, 0.022232056) * v0_5.z;
        s0_0 += HVEC4(-0.0024375916, -0.0025253296, -0.043426514, -0.010414124) * v0_5.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 38]);
        HVEC4 v0_5 = HVEC4(tile[at + 362]);
        HVEC4 s0_0 = HVEC4(-0.02029419, -0.013504028, -0.009742737, 0.031585693) * v0_4.x;
        s0_0 += HVEC4(0.00907135, -0.014503479, 0.017608643, 0.006614685) * v0_4.y;
        s0_0 += HVEC4(-0.010810852, -0.0335083, -0.030761719, 0.0036239624) * v0_4.z;
        s0_0 += HVEC4(-0.045532227, -0.018310547, -0.0129852295, -0.035583496) * v0_4.w;
        s0_0 += HVEC4(0.030548096, -0.010887146, 0.014305115, -0.05984497) * v0_5.x;
        s0_0 += HVEC4(0.007030487, -0.007461548, -0.0051345825, -0.0021266937) * v0_5.y;
        s0_0 += HVEC4(-0.0015535355, 0.013534546, 0.0051956177, 0.00983429) * v0_5.z;
        s0_0 += HVEC4(0.025634766, 0.04714966, 0.035186768, 0.022918701) * v0_5.w;
        a0_0 += vec4(s0_0);
    }

    // Phase 3: input groups 6..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0)) : HVEC4(0.0);
        tile[i0 + 324] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0)) : HVEC4(0.0);
    }
    if (i1 < 324) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0)) : HVEC4(0.0);
        tile[i1 + 324] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L5_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0)) : HVEC4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 324]);
        HVEC4 s0_0 = HVEC4(0.048950195, 0.033447266, 0.022155762, 0.026687622) * v0_6.x;
        s0_0 += HVEC4(0.0021247864, -0.0058403015, 0.022094727, 0.00028705597) * v0_6.y;
        s0_0 += HVEC4(0.050689697, 0.023498535, 0.02848816, 0.03173828) * v0_6.z;
        s0_0 += HVEC4(0.03149414, 0.036254883, 0.021911621, 0.010574341) * v0_6.w;
        s0_0 += HVEC4(0.009162903, -0.00869751, -0.021469116, -0.020843506) * v0_7.x;
        s0_0 += HVEC4(0.016937256, -0.0018520355, -0.0026245117, 0.009117126) * v0_7.y;
        s0_0 += HVEC4(0.060150146, -0.004047394, 0.0052604675, -0.006225586) * v0_7.z;
        s0_0 += HVEC4(0.015396118, -0.02079773, 0.016647339, -0.009185791) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 325]);
        HVEC4 s0_0 = HVEC4(-0.052581787, -0.0017957687, -0.050476074, -0.031433105) * v0_6.x;
        s0_0 += HVEC4(-0.017150879, 0.0008034706, -0.015075684, 0.01184845) * v0_6.y;
        s0_0 += HVEC4(-0.093811035, -0.10119629, 0.0056610107, -0.004058838) * v0_6.z;
        s0_0 += HVEC4(0.09851074, 0.04675293, 0.12011719, 0.10357666) * v0_6.w;
        s0_0 += HVEC4(-0.009529114, -0.046051025, 0.0028266907, -0.007030487) * v0_7.x;
        s0_0 += HVEC4(0.103027344, 0.061035156, 0.06335449, 0.072387695) * v0_7.y;
        s0_0 += HVEC4(0.01360321, 0.048095703, -0.031051636, -0.023330688) * v0_7.z;
        s0_0 += HVEC4(0.02947998, -0.016952515, 0.013389587, -0.019119263) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 326]);
        HVEC4 s0_0 = HVEC4(-0.03765869, -0.029830933, -0.011726379, -0.012809753) * v0_6.x;
        s0_0 += HVEC4(0.008140564, 0.0031604767, -0.018341064, 0.028762817) * v0_6.y;
        s0_0 += HVEC4(0.019897461, -0.0262146, -0.0023841858, -0.021835327) * v0_6.z;
        s0_0 += HVEC4(0.057037354, 0.08239746, 0.01651001, 0.002374649) * v0_6.w;
        s0_0 += HVEC4(0.03250122, -0.007797241, -0.022445679, 0.0121536255) * v0_7.x;
        s0_0 += HVEC4(-0.032958984, -0.03427124, -0.015342712, -0.042663574) * v0_7.y;
        s0_0 += HVEC4(0.017227173, 0.02218628, -0.011772156, 0.0016183853) * v0_7.z;
        s0_0 += HVEC4(-0.0072898865, -0.0053634644, -0.010070801, 0.029037476) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 18]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        HVEC4 s0_0 = HVEC4(-0.031158447, -0.012878418, 0.02456665, -0.02507019) * v0_6.x;
        s0_0 += HVEC4(-0.0054016113, 0.04650879, -0.009719849, 0.0129470825) * v0_6.y;
        s0_0 += HVEC4(0.06213379, 0.07543945, 0.10070801, 0.1607666) * v0_6.z;
        s0_0 += HVEC4(0.029891968, 0.029083252, -0.008163452, 0.030014038) * v0_6.w;
        s0_0 += HVEC4(0.02520752, 0.022460938, 0.039489746, -0.02508545) * v0_7.x;
        s0_0 += HVEC4(0.15039062, 0.023284912, 0.065979004, -0.045288086) * v0_7.y;
        s0_0 += HVEC4(0.016738892, 0.005126953, 0.070007324, -0.031555176) * v0_7.z;
        s0_0 += HVEC4(-0.021240234, 0.017425537, -0.012413025, 0.000729084) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 19]);
        HVEC4 v0_7 = HVEC4(tile[at + 343]);
        HVEC4 s0_0 = HVEC4(0.051940918, 0.0026607513, 0.06842041, 0.035308838) * v0_6.x;
        s0_0 += HVEC4(0.043914795, -0.020431519, 0.0231781, -0.011856079) * v0_6.y;
        s0_0 += HVEC4(-0.22265625, -0.22338867, -0.3383789, -0.34887695) * v0_6.z;
        s0_0 += HVEC4(-0.20739746, -0.16748047, -0.14990234, -0.15112305) * v0_6.w;
        s0_0 += HVEC4(-0.047790527, -0.018539429, 0.0022220612, 0.0637207) * v0_7.x;
        s0_0 += HVEC4(0.37597656, 0.42504883, 0.23498535, 0.36987305) * v0_7.y;
        s0_0 += HVEC4(-0.23278809, -0.056610107, 0.04925537, 0.22644043) * v0_7.z;
        s0_0 += HVEC4(-0.012260437, 0.034729004, -0.030883789, 0.0038013458) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 20]);
        HVEC4 v0_7 = HVEC4(tile[at + 344]);
        HVEC4 s0_0 = HVEC4(-0.008781433, 0.03125, -0.067993164, 0.032592773) * v0_6.x;
        s0_0 += HVEC4(0.013847351, -0.05126953, -0.021118164, -0.028625488) * v0_6.y;
        s0_0 += HVEC4(-0.15270996, -0.15527344, -0.095336914, -0.09460449) * v0_6.z;
        s0_0 += HVEC4(-0.017242432, -0.029693604, -0.046417236, -0.027114868) * v0_6.w;
        s0_0 += HVEC4(-0.04562378, 0.039154053, 0.004180908, -0.047027588) * v0_7.x;
        s0_0 += HVEC4(-0.14233398, -0.03967285, -0.17614746, -0.17102051) * v0_7.y;
        s0_0 += HVEC4(0.0047721863, -0.08300781, -0.0018634796, -0.029174805) * v0_7.z;
        s0_0 += HVEC4(-0.034362793, 0.021942139, 0.0071754456, -0.015327454) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 360]);
        HVEC4 s0_0 = HVEC4(-0.0077056885, 0.015625, -0.027053833, 0.019638062) * v0_6.x;
        s0_0 += HVEC4(0.015289307, 0.009590149, -0.0090789795, -0.011779785) * v0_6.y;
        s0_0 += HVEC4(0.11193848, 0.10192871, 0.13098145, 0.115234375) * v0_6.z;
        s0_0 += HVEC4(0.021072388, 0.014205933, 0.010398865, -0.012016296) * v0_6.w;
        s0_0 += HVEC4(0.017349243, 0.005317688, -0.009117126, -0.016326904) * v0_7.x;
        s0_0 += HVEC4(-0.07861328, -0.06750488, 0.01828003, -0.0625) * v0_7.y;
        s0_0 += HVEC4(0.029037476, 0.022888184, -0.008628845, -0.0024700165) * v0_7.z;
        s0_0 += HVEC4(-0.009361267, -0.0025806427, 0.020385742, 0.0037345886) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 37]);
        HVEC4 v0_7 = HVEC4(tile[at + 361]);
        HVEC4 s0_0 = HVEC4(0.0025177002, -0.02154541, 0.05328369, 0.036315918) * v0_6.x;
        s0_0 += HVEC4(-0.029464722, -0.009880066, 0.0047454834, 0.016998291) * v0_6.y;
        s0_0 += HVEC4(0.20776367, 0.15234375, 0.18933105, 0.025253296) * v0_6.z;
        s0_0 += HVEC4(-0.011741638, -0.018569946, -0.017990112, -0.01838684) * v0_6.w;
        s0_0 += HVEC4(0.010345459, -0.031280518, 0.022415161, 0.04296875) * v0_7.x;
        s0_0 += HVEC4(-0.17468262, -0.22338867, -0.009849548, -0.045562744) * v0_7.y;
        s0_0 += HVEC4(0.048309326, 0.017562866, -0.08654785, -0.07104492) * v0_7.z;
        s0_0 += HVEC4(0.037139893, -0.018127441, -0.042144775, -0.0015134811) * v0_7.w;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 38]);
        HVEC4 v0_7 = HVEC4(tile[at + 362]);
        HVEC4 s0_0 = HVEC4(0.033203125, -0.018051147, -0.008277893, -0.08215332) * v0_6.x;
        s0_0 += HVEC4(-0.031921387, 0.027267456, 0.023895264, -0.018356323) * v0_6.y;
        s0_0 += HVEC4(0.020980835, 0.014205933, 0.018844604, 0.035491943) * v0_6.z;
        s0_0 += HVEC4(-0.012023926, -0.009841919, -0.0018749237, -4.810095e-05) * v0_6.w;
        s0_0 += HVEC4(0.010025024, 0.044403076, -0.02041626, -0.0011491776) * v0_7.x;
        s0_0 += HVEC4(-0.15771484, -0.1484375, -0.17138672, -0.1430664) * v0_7.y;
        s0_0 += HVEC4(0.04269409, 0.028808594, 0.011856079, -0.06329346) * v0_7.z;
        s0_0 += HVEC4(0.00283432, -0.011306763, 0.038269043, 0.008407593) * v0_7.w;
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


//!TEXTURE ArtCNN_C4F32_T1
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
7427e4308c286caceeaba49f4b209ca7742b3c29912e56b0e0a44da9f8ad072526a6de24932adc2c33a436a4e62f57aab5b2f8aefba8d5ae06aad93395b17bae862a2aabbca27daf21a924206ba56e2ac9a88ead31af9b3215a9ef21ac2fdb2869a4042115ab88ab37aa9bb2de2ad2216524f61b1a2906acb926f9b137a8393032adaaa89aa65a31b3342715b1256fac2f961fa8192702b0fb24f02d2c2f48319530f7af791fc0a30c293631f7b14d26292a1c2917234130901fb7afd032ff1f58202532b725e6a6f231abadfd20f0a66e304e2c3eaeeeb3542de92e102d542ddb32f22655b089b0ce280ea719ab651984345d2f6fa8ec28f2a7adb507980b3132ac5cb4f3a397298aa790324c24f5b2bca988304a335cab10aed4aba3b3c7aeebad59a47e334e319fad2634ad31c7aad1a1b231ffa0c727d4a82aacbd9865aff02790294a1db30ae9b508aab5adfd3422afc8ac3db17d33aa286dad34ab84af08ad7c2d83a99c29103053b422ad1dac7a2ef9b2e52ad0a9bb2f343401b286aec8a50ab441280a2ffcad6e2e5ca7a820e3ad0cb01194013662af1caa9f2a36b30ab417a61c2fe52dd7a24dadc9ad8a25dcb283a9642da7338821f42dd430d42e18238233891deba8e62d47b38e2cb331012ea62113b0b9ad5232252dd22ab32e36338a20e2b077b15d2e6db275b11f2b0d9bceaf6f9c06a8e92cb4341d2d87affa2baf885aaa32ac442a3c2ced9efdb19da3ae2de22fc1b050aceaa84d9eed151ab07e2400a67e29bfb09d35dc32682b1da85030caacc1b1b8b0eab01fa81d2c861e3b33fb2ff82f41ac98b0f3285627762676275fa38128c42ceeb1ddb304aa5b8b252bf52c19aeafa58733052a2b29a831432d3e9d0ab78ca0ee360d2da09e79aad0ab78a374291634373169269e2610ae9d25e32a102ff12a5834f52a5c326b31e9b445b78c287ab050b759a62d30a7b28ab0f6a5b32b82aaebb0b0181026dea6bc1f0f28c02be92c1bad189b51aaa4296a2f852c90b2cfadedb0432cefae8f28033182aecea90c2f7e355bb0de2bf83227af5c3054a806a96bb48536852ce130483218294fac7ea74e27b3b06928a62b7e32bc2527af70b077276e31bd2a91b12429302c44a188aadcb580b47129452e3526f4249e3126a17cb528b41334cf2994b08da1fdb00baccc2e7c245eaa5e3180287c2cfcb3382c162eb3a744a96c3212af37315b2b6f2d04acd9358f2df9ad1232e5a8782eaf2b2d3124188eb0052d022ca8ae43aee4b6252c74b3be34e6ac91ade4ad232e542417aea4aa00aa9eae6a29bb2e55242b1d80b5acaecfaab02666abdf252933a12a7e318ba0c8b073a2b4b7162ff8293d25db2eb22075a0bfafb2b5f9ac7637582c9eac46acb6b4a8b4fe2eb030672dbe2d43372136aaad82b1162dc9a9a12fd4b2d935b7b4152c63b1182c2aac0b279d1e53b1ee34d230fcadef3013b43ca83036462c88214130003641a8ed2ec39f9f30c1b51fb7d5b473b065b6f12c89ac2737982cbaa92fb4deaa882ae42c03281432a5ac1b2a62b5532eeead8230929c6db5a0242c2ade2a4cb2a5a5b6b136aafab2463a743123a091b1b3336dafbcac04b205b4ad318031baa947b525acaf280d25422a9aae1e28bcb137abd0aeee33bfaccb30e62b7bac8d24e2adc9af7aad6c2b89aeb724d421fc28aa1e8aab85ae70a6b7b549304632392ec530f916a82c3dad1f274eb2291c00301222502082b0df3183b42329fda936b367326834aca92f305637d9a44bb10131032dd1240136952ec4300133a9acf3a9952ba8250ab060b11527da3148256c9e2a299122cda97baef627c7b014af33a7352b231d9f2dfeae06b6292cf52be4adca24c72bbeadcea9e92c1fb681a9b9aa5814e61ebc256a2907a8a33471a6f52edfac282c002ed31d98ad82a4abae0ab13ea3882cde2cdd2cb23069338528e7b41a0c842b56340b1e97382bac0ab5212db4a9532ae6a308a41aacfaacbf310ab3b3b1b3ab132c6caf2d308029922de7297aaa95b252a92faff9aedab4f925d02466b27a2924b3a3b02fb109a8f22c4ca8072835973b96be343fabd424a7b1082cbc2c862b9dac5e24bc25c32df01e9d2e37acb0a5efabd1aab135bd2c302c3824bb3063adb5a9b5abe4b1e32eaf2ffc9a1a368da462ad59ab8aaf22af4aa95e2ecc3425283ab67c2d139ac6a6f53011359d2248b0b7a54faf0db4a8b1e4a0253565a9689b1db76e303fb6f4aab429e4ab7fb1a09b47244c97892c019df9af632cd1afb332802df7b10a24c3a8a52d3bb2e8a53526172e61aeff357034dd2d8a1d83302faeaa30d1b0b9aa2d25672e5f2a8aabf0a4032c7ca8032d871e052e97ab43a8bcb2d92def30b929e121e4291830559bdc30a1a776335db8e7b03faeecaa25af6a26ed2de7315c345c20b6ae612df43140af04ad90b15432619fd52208322d2aa329d2b0342a5ca7193033a541b17033c43097927f2af1a95aae1ea8a61c562e652cbd2b3eaa55ac3cadf92b1aa74a2e172d042e2fad1431792a4894a6b20f2df4273ca5062a44ad182fa0294d306aad8e30912e6fb1d32ed928caafa4ab219e6fa4d0ac6e3186284cb05aa8af2d56ac93252da6bcb1732ef0b0832f713311acd12b3faab0a811b10b2bc02ccd250f30e42500359825b52ab02457a8142838a7eba788336caf4b2e232723ac91ae3333fe2e25a5502bf331d6900b20552581a1bf2867ab78a5e82dde1f7aa3392de7ad26af261b3c14da2a00b05aac911909a758a59624fdad3a2cfeafc3328aac5f33881b8433ccaef6a97e228ba954b256a6952fc63485af12a515ada7ab45af433165a7773239a4a92d0fb039a92c29bfab83303ca310aedc24912c19a804b48cab8f3166ae19b322213bb07bb5ce3308a80736edab64b2d82cbab1e422221dfba745b1913786b02aacad2f8eadf9af98307aad50a340b088b08c2eaf310aa8ee3267a9c9b0d422d530e52a8ab0ed336130ec1e7ab003ad0da75d30292e482e5cac8528cfacd38de6a7ddb05fa13ba6812916ab3c35db31212e0b2bed34a028d32dc52f332935ac4d9a8fb0033275b1d12c7e2fd82c3daa52280c9907ada9afc02530aea929a1b0732d112c582ae12aecad44a322acbb2c59b3f9adf42fa31cada179a9d9ab953070ab2a30dbaf9522962d5da435ae68331d2caa2c2228ae30d7ad581fe631fa2ce7271f2f60a4282c77ab028b11b49c33a52e54b1bea02e2d5a29172a56a4ae98f0a335aa0c2dd4302328bb9c1cb1199b10abb32aacaa53adcc2afe294a28f91b28a902a9f1a46b2ef2a2bf29b135b9ac5631502cb1adaaa9472b7d28cd295bb05926dfad56a21caaeba946b0da33bea4692742aa60a765ae9d30f9245b294f2d7a2c8a926b28cd2c5e28022617246d28e2a1b215b3ac0e19a4ac95ac129d1e2dfca491a53eaaf6a4cb284d2a5cac04a99da6cf2489b1b1a79db06ba5beacccb09aa6172acba30cb3aa2b24ad3aa4e72560a24324402af8a92c37a3a656a9821dea8dcbab3d2535aa5a33a8a1bda86ba39199b03128ac772e2f2a28a6dea8552916adf9ae20267a2ee7a4cda892b2513082b0b7acc635562f87b446a878b03cb0fbacc9291aa20cadbaa5e63276b202aeefa9f1b349b267a1eeb3aba4552e41b3722e4229ce2accad642556ace3a7b6b5a8b399315db26da658ace720279c6d2b6c28d42f969771253eb19db0a431262f3428a32a412d9aa9e22dce222ea09a3204af7c2c82299c33a4264c2a98b248117930661e53ab852a0fb6582ca0243fa3572dbba55ba8311d63b48dab243131200a24a12a1c215ab13598392823280e98e22cc22d7aaa2fa701aaffab172e2ab0dda59eaf962f2db09b3249abd12e1c3101ab212f202c2baa0e3379a54da400345d9fc528cd2e1932d32cff2becaf502e66b07db1d4abc8af99aec32ef5b2b0369431fdb17fa69a9d762bca2bf325e0a884a5cba74eab832e78a8532fdeaf5db2832cceacdd35bd3048a760ae80273cacb8313e2d9ba858add229dd235033e3a869ac9a2d7cace8286332822803a50aa76faa742c152051308826072f2db1599cb8b1f2a05cb26badd630f92fdfaf0e2c0697eea67cb0ee21e32d3aacf72f0cac2c34f21c542c1bafe8ac53ab9b2d3fb07d2e45a1562fc0b1d0acf0a8c033adaad3304e17be2663309ba49aa99a3257a84ab093ac9431e01c00b099315eac121fc7b0632e75b19b2c0baa3da8679cdb2ca5ac80aa32aef228d72ea12f6ab0f4abbc290d282da88cb25ba642a80faa96aef52b7a2d099f1631be298fad36ae7b28222edead309dc62ff4b6152ca3285aa9c2a60621282cdbaee2b100b01f34b1ae8b31c2b46f2cf5aa2faf8caa322c19ae62ae5e9f7f30e4b011b17e2a9bacfaae3eb0712ea9a883ad6c3387ae34a92330dfad7fa819a98135903371a984a9f432a0b27131259c40b087a32cac57b2322bac2a53a884b09ca83e2f24b01232573021a62db0b733f01d622a012e0da33028c6298929a1250aaafeb06aaeb4280223331a5f269dab58306b28e22f4a2e102c071f1b237e2d9baf7a2c932271b2cdadb02e81a067b061af5a31ceaedeabc1a6bd2bd11c1da73cac4b300fae09a8872d221dd4340c2e383034a848adcb205c9c6132c4ae9ba9f42ab421161f3eae1d3327b3c8ad3ab04931b2a8232f7caad49bb7a551ac362e37aa63af902831b1aab2c328f0b16fa94fac39a52e2d311907146aa5d02e91a69e2eeaa016a6daad98b2223285ad1aad9baf4eaa15a8012c48a26d2b3b2620b284a20497af31a7aadb2dfba6eea8fe32bf30bd2977a885aaa12a6face62aada9ba278ba1a6281435102de2b2be31ca32582f8635c22f742756a68796ba2ce4a8e534be25092c9db56024c5b3eb1f6427f1ad7e2de22e24a968a2772d80ab7da0de359a2e7da54e3b10aa4e334e34a1b415aee6a8b12ca22ccba940ac4a2db02f7fb33827df244333aeb0b23447b39eb0803115b01cb51230e2b258b4c327d72e1db277af962c7bb5a0ae06b01cb5199e01aa282751299ba702b09bad34a8f7aa112dbca6622ac6aa42ad57a78eaf152ad32a58a8201f02afbaa5ad2b4d28bb2a9cb2a7a12ab0b9b4bb959635ff364dafde2f31a540b0202c6bb2503135b2b42d5ab574308aafb23239a843af81330222602091a00aaecc28dbb03bb495b57f26d8282aaf642bbeb94f1f68b896b21739adad973020aba0b0c09e7ba9e7a5f1b1b7348d251f2c25b4c634a62e6a324bb16caf2fa81b213bb09431a821a52fef2f082ffd28d3b1b5a41c2f36a8c22c4cad412982adf0a9afad6333a4279e3044b54b3000203427b8ab5db09e9fdd32543596304825542ee42b3a2554b1db31d62b76b3d930c42c65ab6aaa0eb4972d7f30d63413b51e2fa72b29294c1787a087267fa3c0b5aeac2b37cbac5c25602c792819b3eb2f5928f7a0af2df4398c3478a26d216a31cbacca3909b50a38c5ae31b044b0449336b0b0a2a231ca318a1d5e305fb3852de7b097b0da347da3dba5d1b8989ac2acd732cda71d2c8ab9bab0c3b14b2754b0d02892b95232b42e35b2922cf1b3ffaa452fa728c5ab61b1a8222633cb2a9622c32e7da4c3ae4f2517b57936152c10a493a3f62ddb260e3965ae7db3a7ade4aff93026398033deb37828a1b2bda97baf59ad602a6a9c4122bd264ca6f8af30addcac272f0330582f2e26262b51260fb497b0b8a609ade72ccba8c331ff341d20f7ab962c46a5e3b6ec315a2d77aaa4adc42c532ae033df308d32e827c0b2322cf32613b2732a3e314fb0b62a052e93ae2a25c48edf27a62ff5b065a4b028b729e4ad2228e028f52a912f6e98f9a534a30d2f4ead87b417a78a2bbca0c2a1bead04ae842c16ab56b120aa49a9d92ffe32f82190289b2c0cb27a30a7b0cea457acb22dc597e8aa18261b3144ae3fab402e46a6c625062b54b14031e29de9309927d39808b0052f5f24d834f433b034702d4fa97eac273021b25aa970b426b6df302b1e13b0da29dd29edb0f2aed1ad333476249a30fdace42b4fb4f8b2bc2eaca99fafad35ef2b83af9f3655327fafbc32d2af7ba9652cbe3060acf3298c2608b1bf2d2eaa3735d03798ae9d32fa2901ae71abb31baf2cdcb0e01d23b3e83209308f357fb345b7b82a7ca489322c9ef3aa33a56b3183b4843449a84d3126af039c56ada4a9012403adbea365ac4532b1a78da9902566a9982758a78fa543b0d22c69aca22c8ab02426b1b1a92e64a7f79d7ca1b02e47a4f934291ed9342b3243ac032080aa60a882a4f8b44eb26b2fa924f5a8beb01ca1ef2e40b2f934c0aea6b49b26b024f4b161a6c4b297b937b707ae0caaccaba7ae55b058355b289125212eaaace1a67bb9a9b07e33943208af92a079281ca93f2b46af982bc82fe424e13052ab1923df373b2772b190b5932471a640368aa92232e5b783b022b366aac190df2fb4315335312c4ca772a70aa81fae632554b003b45d3188ad2ba9cf2dd322792cb1b29ca870b7f9b7fbac0ab6df34c13475953c2c60304f9e9cb70330293147220f3863a91632ac2b8ba4932966b0fbb1b81f02bbef3459b85d2ddb2929aa1fa342b0a228aabb2c31c829d7b8043b4f3a522d29305630092de8b911af5f32971dca394da6062a22ad80af0626b81ad42df2a59eba49ac3cb36e2d83366eaa822b2fb7cba664b6152d42acbdab8c368435483323af3d33dda308b42ba6ba1e8e27e12dbab012ad17b585a4202ddd359c2b42a7812ba8ad8a2a21a605a17bb1c72daba7ceab1e2a8432712e67285424422db5a91e23afaef1b1f02d0c30d3aad7a2f931dfb383352dad05347f33dfb32e3016ae49a73ab3912be93680b477b4dfa820b77fb6063027b13eb06faaeab2b1af5cb09fb3e32b261ca7af73ae0bb394b286ae5fb93ab4fb2a7db21998c7b2fea50b19d1273a28eeb1ce37783414b671ab26b2a83481ac85b062a54c2bb1a2aeaf49b61e32882c18b0901132ae6a2ac9a673aaadb387a071a83ba9f92ca6a84824aa2a1527ab2931283721c5ad3ead3a115d2de0ae059effb3c0a19aa8f92b2d243229742824367f2a59a5642b3babc1ab922e632d14b434b3fb305cb59998daa005abaca1ef2a4d293aacdaa44131c1ab1e2589351fa424af81308a33b429412e0dacfaae28a8c0296bb12aa708abf32e3ab1ef339c2fca2d7eb0d525a0a5d49e2d2f43291ca5022ddeb25034259ffbad05acdcb14f20fe2cea1f8ea97a2c68add82cc3296c35b1a125ab51addd294da2972f223193af0426eca74b183cb8a325771ac8ada6af1db1942631b2a0b256a56e207c2cf3af07b85b1bbc27582bd8a9fb228c2cd6342a2e60b09637eba5f81c34b5f3a57fabf4a47db403a0b52e6a2501a65c2d9ab0c132da27b72ad0aceab17d2e8b31cd29362306246733a9b526ab372ce22ef625402a81a558b4972a3fb051af7d32802f131757b0312d1a19f92bc2a0feb5ca190db325b0482e17ac3d3162b2f09ca02ca6ac6d2605a5d5a71eb49d2c99adf42e072e47290636c92df0b1ebafa79f9a30f932b6ac7aa8bfbd4232b732bba46d35ebaacda955b704b6cdb2f5346024b9a915ba09afe6aa32af8cb15823f5aec4345e37142618b6dd2436ac59b3142174b45d2d3eb8eeb42438a4ae6b33b33558af3f2a5f28cf34383516b500388a360da74130493288298533d23153b437386232cf28f2b08c352032ea2a7530f832ac349bae563076275426743328ac88b45515b2b3f2b905362aacbc35119df9b22a11d3a59232d7304124ccb18d344db71db2663614ab19b763309baf1f30d22c9ab145203331b7b20ab329acef2c62a8b8aa72b0be2fb2b444b414adf12e21a910a93db26331a1af452cfc2bc9a6cb1fd62fcf351face02b0aac802cc9b47eac5330ed3754b8a332ec3114a5892df02e3eacfda5662e872354a89bb33f2ab6b505ac1cab332ce9b0472c3aa175aa6f31f22d8ab129af13af6f28f52895aa6caf60b27a2c19b347a9272cbda555a25f2d6028d8aa83b7283513b01835e4b0ac2c9aac95a83b313829c42d11ae322b1ab21231c83166ac91adf32ffe97d92d8faaa6b43c2cefa336248c3694a8cd32cbaee09c77302324369d9128fd331dabf8a658b56c2804a1c2a574344f325e300826d12b64b0d2ac322ae3332c24a335f1a9c9ac752e65b45facc8ac8a2e39aff928f99d9e348ba9b4ab00a87529b0ae20abec37f7af4ab0b7347ab60fb5e32932b020b693aeec3174af15b3972726b840a9ceaa21b4892dcbaecda7a7a5428c6b2d8aab62a8201c3c2d6daa443474ae682c25ac35b1632caa271927a7264daf25a8cead00a9359dca32942de61c32a922a9e632232893291a326abc14a9522b5eb1612779ae4daa99b459b4d5b46434a4a5903140b5cb33fd2072b192b3b0a96cadc234e3ad31b154b688b3882bbdb899b396b4592928b756b45a38dfaad030a034a5a8ca25aaafe5374235c6b521348f38c1b257364d2d1ab33e337e2adbb2c43724b1c72a37ad7c2fcf2c20b0aa2e593980350faff333d8a884ab58230ba4422c73a7642b9cb54e2e852b7730cf2680b21fa4df1fc432561c0b2c39263b3027b31225e42b35ac90b6dba742b17cae2da7dcab86af1335b9a39433d7ae452c62ab3d2b1f2d5aa8d4aa20a702a9fe307b2f529bed2cfe305834fea8cca334a4629d3b3ba3ae1a26d72a652df91c283397324c24083375b72635c19b492a5eb268220e2d6fb51f35aaac2db4e69d6cb55fb9b6a4692b0ab9a4b7742b2627d51c59b037b7ab35f333f8348932a1a5f42ac8b998a608325e34c0ac1ea4c52bc0af40aff19e96ac5733bcb0072f04a138a266331f244eae28a8492d07a2f1330c2d1a3086b1fe2844a97431cbaee8312b374d3371ab8021862cfdafb4339ba8202d6c2bf0b1352f8c29462c7830baae61b1b7a44c2ffc357a2c1d32d7b18eae4aaddfae032377b28433edb104b25a2fb2b490aa622e62b00fac71b0a6aa9731df2bd534b7aef7330c2f8eb268ac632d3d275493023871adbf31aa352eb8ccb720ab8eaebfb52cb12c36c7ad1e9df6285db55cad56ad452d042ef8aeb1ad5bace7310835bf2b62a809aca0ae871b072b39320ca0063116a3d227762829aa0cb595b252b0783396106331ec3188ac152d9f247d1b4fa4e238d5b0781fd735f217e9b025ab772f3f21b02b5d232632992f46affc2ae8b14832c0aa44a8342c1c303caea72980b29eb0a8aff924b9a1c124df3664311fb088b2e635feacb231c61a6531c9ae64a7d4ad4bb21aaf39337f2d9734841f5ca9e02cb12b96a17a2d522fa53462abe3a2ec2d9d987da81ba64a2b67aba635c935fdaf413149ab142e432ce32a2cb54a2817b221b87faf752eeb354cad0ab571aec6b4202eb9afdb327f28b2358ab413abd72fdfb19130962ca92b66a76832392a4f3575add82c979a389105b0faaa3a27cd2f0330f832e1286ab034a9192d14acf73623af05af41a63931acaca8ab412815b0b42db9a49e24c12c6f322ab5ea2e03b4df35d62fd82e172a4a261ea0de2ee3ac52342eab26a13baa2e302031a630c3a60cb4edaab8adcaa911172ead3bb02ea5192cf019172baf21102d5d2c77b3c9b5c2ab362d5f9c82a92329112da22c5f2c34b27d2d5b29e2330530a433d2b168aec3b06db296a0322546250bb0ff341a30f228a7b18c2887ad3baf36ac95b2bdaaf73056b1023500aeab2b041ce9b1642ce4a9692fa22d4f2f38b898a4739eff3572a7692e1face428d7aefdae5da99db250b23fb62b321c2a9c318caa59aa2b24432726b077b39b3168a77427d5ab5e22522ee4af78ad6ea9e53380af0e3061b18f30a9a64fac90b36b9d18b077b4ce303a3083ac07a84f24d8b10db0a4ad432c59a372a3e8ab06a90930f833682e7aaa63acb3b1c8ac66a8f9326a25942d8cb18b1e0e2d4c96102f81ae042e6ea827aadf288427e9a95aa32db261207bad6ab172b0622ed238b9ac11a54aad4dae1a2ebeaed530c635202e59b1c2aa42a7b1347f2c57b0d72a6030bb2b0a2fe9ad9db4432db02cb5b0fe2c2435a22a4831c6a35138bbacd3b4b3a05fac29b1ec28a0a5a42b44b12eaa8b2e6aad46218ba9ceade217682439a67220042642b004b14a2dad22312503b2f0a8a3ae962e2c323626cfb2052fceb13cae2828772e412d4524551757ad170dd9ae17249d2b2bb042aca82977b1d52f762fe025d53272247f2b95aeb12e822b4c2982ad192c683384348fb1672b0134dcabc3b164a9b626c626f0a7af3502320baa9db49d2aa127da3457af5f3279acc6afb320eaaaeb393ab1f4905f329b32402f36ac399745b7b8b42537e52434b1152f68a991adf72a4228102d76a9eba581300f2e492e8da69fac41b39b2bea2831aa762a22ab2cb33e317a2aed2afda87ab0492cca2ddf3159ad972b232938a9a2aaf0a1e1a0b62541ab292ef9b106b31eb3ab3545acf0a6b3b08628c6a319249d28b8a8ae2e5320332c3e24cbaec2af9fa8cb310ea95824cd3024b3ada5ac2378242ba418a85ca626a712a82d29309900a631aecd290bb008ad34a729aa421c382b862f48a6b3ac26ae90adc821ca9fbe9ced220b9ff1a68bafa6a90aaf3dad752bb6aff6ac9f2a622c9fb1eaa4162a602895130cad152c2fab9fa9a228ddae7aab07339128a29def2e0eacaca749292f8f40ad9b2de022f51f19a0e822352a0aa647a61926cb81dc1c85a5ecad5ca81bac6bac4d2bdf2aaba80f266fad78a15aa98d31d5ae0eaa79adc0a4122add2b0dad269f8829cf261125c5a0332d8ca942ab2faa332bf52ece246730762fe92cb827ffb056a1682af22a74a05ba14a03c2a5a61c62213da53c98dc2e8d2d952a2aa2342ed32ec7a5b524662fa9adbea229ae46295a2d9e2e1116caaf1b275d319f21db30eaa6d92f862e8c2b382ee42687ab7a317d30222f8031b82692a13c281030f9239f310c214a297f2a1c30f42e1da9c1216a2daea8fc1f5a29f1b01d2c4da4b92d9fa8289cbe2f779eac2151a642277931b2acbba66125bb33cca856ad2e27172c512b82141c28cf2c5da78faf3e27b328f01ea925c629e72fa02693b05fa8f4aca22862b02f2889279ca81e972b2bd0ac811f26a4e8ab0ca6dda39a25ad281b9d26b2d5291fa4f6a8a7a6cfa9a5ac41a29dac082b0514a42961247bae8e2637242a2d29aabcac2b2e092cdb25812bf930822b112654aeaeb01aa72320291cb9a50bb1172e7c2c95adeb29be2e4329c12ab9ac9f96a7141b2cf62324ac5dabf0a9d7a4ee9da327e21ec81fcd29912cc42a50acdb246eab66ae7daa8b27bc1d212cfcae16af73ae8ba9e7a9fda230281928b1ac2f2bbf27ba9914a4912915275a2d3f27302852aad91659286b20e02a53a01d23b92d132ae325892de629f0288b31142a28ab7e1a2ba707205aa4e828bdaa860ab61cb58f18a746a3f6a7fda038a4e8a86fabdb99622ccc2207170d280d1da62910ac4eacf8a150b106284ca73ead3da91c2b51b09798b82912a180a8e5a1fdaf3aacf2ae382c1e2aeb9b8a1f8ea67b246aaa65a6d5af66b1872ec6a5a0aafbaa33a5352b09a9ef2f3ba86f1d56a510091e26182efda1a19945a8b3a988ada4283ea8a8a0792504ad50a771aaceaec5978f9ed62454af4d1b25aa10a2ee2683a8daaab6a54ca99daac8a4f4a642b2bcaadfac571f2928fc2ce52b1e25d92e62a559ac819f4a2e922665246ba68f31bd259b2d8c28dbad00ad782b19a3a02f4e2b04280d9f782c362e3ea95922ff2e40250931952a35a4a725d0a7b3271eaac62ff52de92920a92e2846abc72a18ab9aa315a7ba29062ce7272dae47a8e6ab0498bb2a5e11152894b2ac2c0fa7122e74ab5da5c5ab5ea14295352847a718a63e241f1e67264322b6249225aaa8fb262f91a9a99a190532068cb4a6101e2625561dae2849ab2f8d3aa942ab741c6b2b6829392decaa06a4bdab422be0a25c294c2a802d1b2958ace79d2927a32398ac2819aba69ea8bf2b1730618a43a5ddb0f4a88eac322ac3a8292545267219a5ac1823a8b0982a3ba013a99eaa4320072818a9079f27a7e2aa6526f91de12602a56ba5572ce5a2f6a2592a231a5a22352c452453297320cf98df2fa7a0ce20deac842872a41e241a29c4a2ee322328d2ab55227bb0542c1ca1e52d8d25573048ae73249cb0a3b535a54f2c9a2d002efb1be99f722a3f2c9aada4ac0d23c3a85fb45dab013502ad05b014a9ccac21aa0b215e212a311b2ff6a911abfaa8b81e2d3041af6a32f931852bae2fc6b235b2d12d29b11bb594240a2ceab2ddadc8a4eca3bc1cbab246b0f629822921aa2e9e542da92ebdad0da792264da538a0d0255db1d92a58244e323f3081223c22781c799e9430403420b0572cf43661a8b828b2a68a258fa57f33c92b3f2be0b530a6f12b0ca93699d0a9caa98cadd9a8acb092ac96a7b62f29958631e7a80ca887af4ea0b0b066ad16af692f083091a8af2f8d2e042beeb5dc2a01a9861c08305228f829fb3184948d9dd5ad6235953059a77da4b12f6cacbe238d9828a4512f2e31c6aa3331fc2c4730fda69da970333aa5ee2dc52cf7302baf4232a7ab1430ba9c4faa6cb3f32f8faf6a3097af6aa8e79260328427c2abbaacffae832836218e2ccea27e192eb45aa957b26db3a4b027ac1d314e2a6231e0af17b0ae2396aa6eaa312940142e305423ec2c7fad58ae152a6933cca43d24df304cb2b8af1389f22f68a40b2e6531c3a11aa9c9b1932910a6ad2d6b9a1c33cd2c75994a182e2e74249faf69b0a0b09daadc3124ad992500b2b7af632431afc0ad382a572f66a0abac42a4922b30b420a88322de319eae8a28daa7bba9bea4762e9db23b24bea9ed255226712fbc039f28c2b33d26ff283f3169ab15adee2077aa0bafd8b1d82812ae122c7ab07b35a92fb72edb1d342f19a6aeae04b0f9b360240a31cb1d81a9722703ae25297da3039c3ea6e99b9c2c572390b0462cd3acf3ade2a437ab9faef3a659a8e01e872e0396a5a5ac298626292befaa6324c92461ac5aa989a1c1a7d39e882c50a221a82facbfa16f05aeaa80ac5a2d15ab1f9d3a204db0c1a50a326b2828a7082c722c08a63a247025c8a939a801a5be1f8498a42e8a2d0c23cb1f3da8b7215ba9f89e20241f261828ae22bcafd52df2212325c0a72130a72ca9aa0520681e252416ac179f27a4dab0e2247a1f71292129cc2450acd4ab56aaa03100acab04be22fba3a4ad63a8a31a532be6294f2ca1236329fa27e9271b2f502a0b24252cc42586b085308524882aae29cfabd61f1ca17128182a1d32da2007a7a125d6a95aac891e0e2e43a9a0ae76a8fa3106a9bfab0c27c926ef2845a886ad6d95492770b00b25cba430a887a9f4aac1a82a2ff8aaa5a38929c5a6192b82ab5c2248a1fca426b0981c362df1a245aa87ace3abb8a0a4acd1aca4b0dfafcaa17020a71838275f2ca3aaff2a42315c28db2b08b3b0aaa028d0a894ad64282ca5ab2dfb28c520cd2903259d265e27fcac09a010a9b8ab262a6e302f23e3a9a69a202804a3ad2a3c300d210e263826aa1afe9404a14fa83caea42617aa471ffda136266424d92c1925b128d6186ca9f02767a1d9a6d230b6a37fac1c2eb42f4ca57daad0a7ac1dd2aee8aa5e1d362353a4ba136ba4212c262b24afc3ab00aa5224c0ab3a11179f1d2b75a208a6382dee250524412d3aaa7c290f2cf5a469a82927c5a2152839aa5aac272478aae1b04a1b659e9e3079234ea8b52b382c85acc2b0dda2792e3d9ef72b28a6df1a0aad4aab0db07b34ada681308931da2bd12a98222cafd52e89aced25dd2b43303a30532ce998ea31272d76b679331d31c6addf2d4f9c07ac39322629e52629acb52a422f813115b7142b572cf3b1b931773253b10c2de4aeb7206a3343b021b0c6aca430b7a9dda66bae1434f9b0a3b363315e2ad2221dae09b462962c2d8e2ce0abcbace0a9702d23ac05b3e8b0f6b481b3bf31dc2dd92ac42148b44b30bc1d022ebcb11b28f9b091a60b315aa6792deaa4442c4b23272314ae4528b5a2442f79250e2ac51645b3aca15faf1c34c3ad28b300a1ca2eeaaf3d2c69249ba79db22eb199ae8628d1b11c2d623198ab14b0cb2e4c296d2767301bafecb1ffadae30e2aea2b1a8b2b5355925f8a05d2f72317cab533085b01d24092e3cb20fadbe33012e6bb47f300caa6c32f7311026ab2599b152aaeaab97a78835122fc12f9fb674333030ab3426b0621b3a33bd2f81358d35f6ac42aa9ba8abb0a534dc2694a5d0b29f3483b13b340cb1b4b5932e622cdc2e332a95a9e0adc62a12ae3f264aadca29622b972c89a9502cb7ab57b68030b331b9292ab0dca079a607b1aead522d40314b2958ad33a606b0093437b49ead25a861adb6ac03a1b2ae243207a926acc6285fac1d2eaa29c0b036acf32e48b71fb596a1da2e572d3baec334233457ae4fa57a31d2ad91ac8db2f7b5b8321d349fa725a0fb2f2228c7a441b06bac7d348db00b257bb3e22b942e5e2a5ca8aaab582b76ae002c6624173171b4fcb0249e1e28ecb06831a42c2a34f12be0ac32b02c2e51a6cfb0832e29a5c9ae2d2cd4233dad8baebc2e7327c51e77b0a526e2ae94a85d2f5d289ba97b251fac04ad7aad8ab17f2e171981b590aac4333329c3303faded270728b5a9baafa927ba202b31a61f301b752aa825d72da931161d271cb32b12ac18ac90269ea81fb2842d4531422cf9af4fa0b62c02a9fab10833ae1451ab542a4c2d2faa662d6b264a2866b12e287f2f873025a9ffafb91348172a2a9a26ffaaa3a4f4226e232e312316ada9c631d5a4d320c2a537253fae30b676aab62e03b85c2e602c6ca7552ee031c4ac7fa512b27516f435a3b2592d24b6da2faab14daf749e07309cae9f3027a4fd303eb362ac572f8337e6ad902f6e2fcbb676ad8d3379aa75a80533639433ab2e268635aa3059b242ae473362ae4d3421a4832dc32667aa83b3af3072b3b797f9b230a5f82de9aee7a672328d2bc6b21b35a326602aa82b342a7fa261a9cfb0cd2fe8b15a2315b0d1ad002d02a6ba27a6ac3fad822c092ab026cfa80930a7ac3c2c2fb070a22d2858b13d299330082c542c97b2983597af58af7e20a69e2aa825236da7b73486ad6bb5253384290832682eae34e4ab9cad52add9ac832e0a3052b02130c823072701b6993306b747aa7fb10732c1b2a13005a62ba81ca080aa49b0d6a5cfb2482d4a28c5b696a879b156314ab103291223d2309ea02431262d7e2fb62e0c2ca91f7d31a1b39d3201a7e0aa62117c196dafd92af2adac2daf9c4028f9a839aa6627842e662f57a7272229b38a23cc2ab52f86a4b02dd8b136b008a3e62c8da982ac62320aac7eaa4b33a03044266bae732080ab642a4d26ac1d0a2dc6ae049f140fb7ac412a6823a9b0102a0a201bafe5ab5dab342a16ab7ea054ac432e3e2cdd28eead57a4c22f941ec82af7a02d20f922c22f66ac3e242ca2f0a5602c1c2811a5bd325924a2ae8c2c2ab247af5731ba2d8927b32be62ac0185827eea764b09fab6931ad27a5ada531c22f16a2cd90532295ae65b0a2a9b5a4baa82b2cfa1ebfa59eaa2c28d3a44028652e612d68a8ada9d6a680a7f72ce1a9439e63ae0c2c3223692d0a263fae45b488aeaba5a1b134aec52830a790a9662095b0cba903accb2039321babb7a5f0b07fa529a829295d2cf12faf9b63a821328f2f29b237a7d1aca32df1a5b033992e20b323acc131d424d3af6e30ab9e092b3d2d62ab779e20a6dcb2558f192cbd2f6c1f653041ae8fad00a537a805b2c9ac8ab057a68a2edaa87aad61afdfad61af6f27de309924232a032df19dfa9be6a27e2ffe9d60a2362d6d234fa220aaaeaba7aeedb004a13a0f12b00ba9b83078adc92ac430a5acc62d05af3229932f4431e23184aa133007233a252124652f0c292f2c569db62dc22609b3062a3323372fdd26f32d7822e622d8a808ac8d31c7a4e5a5943166a9132c09b3c42d2ab5e523869ada30c8aa4328632c88a05a198aa9d7aa3b24c5aa7da5ef2f6baabb8838a8c234b32a78283620b82ac22db92e8fa5952fc62a2b913f208f2fd027ab2ea7af31a9f7affb9ae2aa44a6db1d1daa18aa34aeeb2c63a16ca6c0283ca86c2c3922f2b0ffacef1cc324282ca4a512b4232d99aca4aff92c1bacc825e9acf524ea26eca903b0abb145280f2e162960a91f2b6629baaa8823ea9d742d2f2e7f2c4fae8626183187b3eaa60a227e960d2ea62ac0a2852f4d9cce9aa6b1ff2596ab6d290da1532c092aaaa8502b7d31e22572a79529f524242763a583296a9cc8a3b52d90a720b0dc3250adeaab002d3ba91aa8dd297db12faa8fadc630e50f05ade9238330621f7825901f8fafe9b201a81827ccadd7a8a92599a91ea9a62c04ab7daf89a8402efb9c92a271a8742b4027fdac9c9ffd328d270b235fa85a25c6afa4ae85ad16a88f2663aa20a783aa5526d7a63caea5ad6926e69dc2abaea340a9fbafe42d741c3e2ed920ca2885a855ae2c32041c54ae5e2aba2337301f2c3f30672c97b15fa9b928683031abb0a815a09eab5e1e059fcfb1a8aa992bbfad22280828a62fe72668acbe2a352df92551aee7aeafaa66a017a5521c45985823963178af302dd12627ac67adca2ddfa1d8a5fdadfc2d2b30612bf4311eaabbaaaea8afaa8ea276ad7d2848a97cae0ab02d2fdcab8cad67a84aa9322a0b2da9254a2a43a6292914286d251210e3a7272ae0a45524d1272e2842a2742e9aa8ec2184a4642c22a639298f20752972ac402578983e9ea41d1f2c91a5c22812b17aaa77a87f286fabb52de127cda8132db22c8e2f033127923c20722cd2afe221552beb9cf62b91301d27d3181e9d462be81f6b2a0e2c8e2ad9199a282199072cbca62d1fe221d7aab11ff8291c261cac18a96fa768ab23a8ba9dafa8eaa4412859acc528062ec1b4bbb056a94129e92eb6a061aa601ee02a50ad0c2ae8a972ad9eadd7a9e72dee2c61ab7a9e95a81f2f12ac4ea91c3234acaa2640a9792b791ec4a321b0b5ac95aebd9dd32cbd2c91ab141ca92e7123d6af1628892d25a4dfb073a81c2456a53028c3a2c9a7d11e55b0392fee2a0c2bc329e8ac94a7f32dcaab8e279031d8a7ad303d347ab420b3ca2d87a5d2b035aaa43053b002a9e0a616afb3a30c1e82a56b15a6281825832c6223c824dfa750a9cf27fd1c592ccfa86e2776a8610e78ab869bd9afa72f5d2c86a8c22c742f19a8741fbe3354afb629aba95c25001c2a2c999f862e5fb52aa1a22654a7342c17ad602c70b051ac01acb52d2326ad2db8b19e2e76ac1ab0a4a8282648a923aee628ad2d3fb0d3a68430262cd2a664a0222dfdb3daae6d32c626d931e33001b0012607ae1c35f72a95b19a3226312ead3934932811af3634302666b040320dae03a2a5aacf250ca91dab6d261132da332dadb33143a9df1feba13aae0cac442943a878ab8ea2c12546303db09eadea98c52eff29332f71abd919812924af8a1b06221eaa5db4272d02af502f85288ea4b3a8432c66aa243111a8eba7fe258da80222bd94c91fcb2d3c2c41a11aa856299b2c7730de2e4826f1a957a3ac247c34fa19f1200a1aa52b7babd5a9cf2ccbadcba202b2912f76adb02a31af3aae4831b5ad1c24e7a72faebbae5caf67b1fda047b1b9b3e4ada0a2e02ca227f7aab1b0c9311124c630352d0ea302275cb32529ed28c22857a419a700ad7a290f9f05aae218502cc1acb1a415a9b52d0d3057ad4faa89b3bdadafa3be257e2b5a2a6ca7bdb067a27b2da9a7242d3825b5a0daaffa29022bf81bbc29d52827afc92650aad72a9ea00f2f8b29c22512b4422bda2769ae422b5a30faab0bae82ac4226432ce1a13ca06f2575aaaa2e89ae76255f3170b0a6b21e9c3aa6afa9142ed92d1aacf5ab7c2989aee3ad58b01a34e1ae85a8582cf3ac81adff2cc3a4f92c6f1b6527c8ad7228a4a962afd7aebaa7abaa1e25d72f162e2524faa463a5d82cce2f412d762dd1a8cea32427bfa950ad0228a52d322dee256f2e72b0d32283a4b0215ca96d293b2904abea2ea4a290298b28ce249930ff2754acf92f9eac992587294b283caf76ae83a6592d731f7f21a82cd318852c1a2d692cff9f02a9fea7baa31cafabad8228882e7a22bfacce19d72d25b375af6a34cc1ef6ae23aa71ad8eb0c12871244ba84da9eb2e8733a3b13baf1ba71fb318a4c5aab0aa6e30382884af4934b52fd4a9692bc8304225be2e09b0d0b0c3297aac3ba7332de92cefa7d3ac63b01a2bcd25552a9eac7aae8f33d229d9a1b1a41aa51ba7f42c922ab1a75f2789b2452784a498313bafa52a54af612d932fdc24bbabff2feeb0c82c222c84a8d8a2e3add22fdeaabeb0b32a082beab06824b03049b445b47a2d622f062ad62a8cac3d307722f62a6e2a5ea8d2305bb01f2fdd33792f07ad3c2fb4225b96f99c6cad662dee2d6528c42bb9af5b207334ef99622c3b2c0c3216a9bfafdb24b62c46b08ab1a8a7d7aec3b08f2c5bb1f8317b2e7db277b14926a1a7e4a793a44a28512b951c5bb00419f09b4e2ef5a988af72a414ab31315eabb725adab261dfbacd2309a284ea2fab1292da99e832f75add6b168ad6c9a0fada9b0c92ed1ab2628ca2a49ae422da5a8a1a341b3fd33642856327baac12eb72ed2af2cb0a2282dab9e3300312231193823af33a87234802d7fb87131a12fd62dcdaabba68e270036c730812f72ab86b00e29412b18ad909cb2af42b05d31832c5cadf82a52b04d288f3448b3c7ac69b4b332f6aff52cc124f43377b478ac942d2499442059ad66b7b1aa9a22ee2b1aa399ad81b276a6ff98a3b1b7ab4cb1fdacab31222c332ccb2e5cb4483030ac9c9de4b0b32ca4aed49ab232093850a7ceb2dd3739ad69ac88a98ead3ab0069c0c30e9341d1c99b86930c9b1bd361ba28c2c4b309520a5b2322ee7b5b331f5b16395a630dfad00b86831e02639ad8332c62ed8ae452ca931b3b109b15daaeaac28b413b5d42b7a318fb41c30e731932878b2713050a5e73495b0843269b1ec31d4319eb41b3350b12fad18333a31f6b17b1f9a247aa514229233422eef30fbb3cc34d82ded3689a0aeb06f328f31cf34cb3460ae06af5da334af06303d25a9ab5eb21432b5ae29380fb02fb57fb025ac36351db4132b312e3b2bab2cec2de7aa3425cab3032d1436d1b0652ab3b436ad2cb4f32aab28ec2e6f2d9ab3f0ab6433c82dd52ac0aac43535b551388ab45c2526b3752effb0411d14b0362e96abd92e40ac6aa546aa0a280136e0ac532acfb5212d9eb05aa7aeae83261b2aad2e55b03bb23f2860aed1b412aaddb491306d31a2ae11a3642b4faea12e34b4bda2d3316c1840322db102aed72bef2485b424b02db0c6ac163182213da5d0ac10b037a95aac29adc5311bb0a834d0aa6eb051b0f51b8fb168af1f31eba944a6e631cd2814b5a92b01b0e132af9de1a998b128ad612571b3fb2e5c2a98a0de31772b1d2a713503323e2aa4ba2c1ba6b542302d2f4baa0bb1622c4ea34b38f13571305732dcb16bab063100a7b52aa03769b31d35ec3441b431b850b08ea68db5f8b171348ab1e8a9ad260a339fab1e2f3d31d429a793d3a8b32c182ac9b0cca90f2a78a9322871272aacbdb4e72b4fb5bbb024b4b123d133c030a5263931042554b191a9b33755b1fd3034b7eeac6eb13bab4ba6362e54b0b89caaa91caac3af76299e145331622329aef9aacf1e5f2e6333d3313aa67c2563ac9ca41630f3aae12c02b000b871267a2b083688ad8831c3ad8eb51db3d72b402c922b35b128b301b0d6b29731aaaed6af1c37c3332cb2cf37512cebaf8731f5293330112f73b5532c7e17c0aa63a56db0f3230537c938090bb72d6123db2be3ace6afecad2e2b9db0a92bfb33fe33193456b0b1b37caea62e47a332a591944d1d712364b4762e28ad6db1beb682319bab6438bc2e75339d1f17a313b219345cad0fafdfadeea0fda382a113aecd2f921d48acb02ed09c41b0322d8c31fda4f8a5d0a7929cb538c4a7d5a400335aa783a5a9b77a30e6b312bb3fb36434262dbb2c6f2daea07928b01e7eada526b5ae7c209a29a5a8e521e6b3792d81a8652c862f77a5312949b1072cb72eaead56b0c41cca343eb4ce343534ae24e9a900284f27ddaa8323caae9d9f212e2eb0aeaf79ad2c2437b03128d0ab34b670b2d5a5762f9da5b7b0e931bf3112a93d2ddea11faa742d04ad54b67536ff358c1dac9ed12435295528a62dce28a523fda44b9d7fa817a761a32893ee2ceb287ba12d9997a7011f85a7262c6724a52e5031249a172be5346624bab23ea435a793ac88a1149c15a4da30ccad23308cad5cac6ea69b2569b0b6a99c2d14af072fa72f38a2b2a088287c25ab307caccca791a9482105a3efb0a8a0dd2dfbac1a1ca52c08241ea7daa96db17b26d5ab172ac22e3a2816a65c2d33298cad1aa6ddae0fab01a20a208ea9eaa3c8b0b62b1daa12ac4ba76ea9a8afcaa64e30d02f48214ca93f2bc9a315a809af2c1805b0292950244529072581aab42e6816802ee727c329b3a6f0a8e1b0bca682b051192db149a7612b68acf5b5ee261baeef228a315b2dc59be4a489272cae97a80dadb129e59645249628f3313a2707a3fe2a2a2d27ae972c4529342d40a147acba9e0017b21d5bb08b2aaa30482dc232602ec1aea5ad99a1142496287032d6274e315ab111260ea5312887adbfaefd2a8ea89225852c75a48e25bea3ef9e9c2f53a8fa307ca7562ca7256331e8a300b028ab9f9d1e2becac60a808a5472910ade62821ab72aa01aa4628770c9ba7daa59aaf279e39aae12ab527a72a2925ee2cb816692b5ea0e2a2df1a2e3055a9db34c01719b191a8a7272da40da557a97e2915ab1b2bac2176a274a06cabe0a4aaacd02bbbb3e1aa88ae8aaa82aad69beca3d8284b280c29002d39ad37aff8aedeb30327572ee01d9b22db2c4a265ca250a2bca82b2ea3a6412112ac122e4829742ba40e472b3b2892291128952dcd2ac6aa9f9d90af7aa82ba80d2c7d240e2d65ad50af0723f5aab732bca41ea822a6fcaa4c9c93a1edaa8d2f82a7f0a91125d0261995001fc2a813b04522efa85e1ba8961eaf6a25cdab8a26a7a85830d12ba0ac31a5462a5320be2d51a81a3044a913ad44af24a575b19821cb2dad30c528e3ac2831c7292c291f2c11a956acedafba30cf99d1ac7030e7ab30282d30ecab35320033e3aebb97b0217c18549728b569afc1ad51ac5f2f01a59e2fb4aefcaa4627a99827207f29092636ac12ac3dab33a9f4306e25fea83d2836ae6db0b71150b04da635a479a9f03aceb14cb075a6feb1722e112c452ae833d7325eb033a54cae0b37742d15b1bcaba932a22adda367af85b1f429552b0130a2271338ed305c3362b236385732af2d092c96b4abb429b543353426a3b692ad5b3214b462b3e82922ac9a29d72bc5b4ceb05aae5cb6d9301c280e279282e8b181ad5fadc3b41a2c6030b1afa42a25ad112ea2b197a997af56a5e2b4ef3680ad2134a1b180ac0a99f423552d153065b085ad87b518ac301e1132a6ac24af812ee4aba52df6ac75af413147319dafdd34a7a692acee21a521cb2d1f2b9c34dc324e2d4bb7ce2ee80e0e9cc02b0e32b92a492dfa27ef2defa48db6f1b32124cca42b25a7ab73a5deb14db89237d5b88c2ba9affa203baa842cd935afb725b19335cf23bd2f7338e3acb62c5b3876385d28962d422d55b0cf3043adc4b74b2470b23f2e98adcb3ba92a48b3c62d2eb5ce29412caf2ab3272829a92972b76236f82dd62bfdb095b453256a275f3814335ea785b195ae85b2802a521911b29cad7e25a72b7f34613447a71b295e271729792fce283ba2aeb023b2101a95a537341c2e269ec5b66f2adab4a231831e33ae412d301d889ca626a6ad14b3a5b561b1862d039cfc35f12ce7305fa2a29f16a9a1a9cbb18c2d73b647a2ecb3239f0fa7b22995b17ca08aad35b5e32a05252eb6c337673740adb9ae2a2cff2d21b63421ab2982314c3478a1d62325af66ac622b5e320228dfae2db5011e96a960aace1e552c6b2e9aaf5e2e912a85a194a6b222a7283a2ae4b194b1a4ac71ac4da01ea4d22b4ead59ac0d3063b093b79029a02d423771b1979d421ffbb2162e8aa92131efa9c0278caa5eaf4c10d931712e0fa8f3318b31a42a5722a2b3a5b37a33f12988a95e230035e2b261325a25ce37ed31e8b2ffa83ead4ab243ae012a923602b2d6b4a09896b26fa88b295b26c5ac06b2352c38ad5faf32b247ae22afee9af61cd8b237ae7ba592b4c5a95aa4bf2a89324dae3daacc2402301824a0abe731792c1bacd6a2daac56356122e02dc7aecb2dd02eedac9cb51e2e062f24ad852442a0d2a225adf5a661b4652da4ab2e2d242e5f32519ebeaf099c7ab447b05ea7582e2730bc24dba4fba502263c35d5a97aad65a10baf442da7a6a23695adfc2dd42d8231cd2dbf2477ad58b549ae392f13ad8dabdaafa4af8aad70ac3328ca31aeac2caa302c32ad2dab41a88b1f85b3e8ae9ab4e230f5af14ad6cb17e2df82ea9a99ba91da25720b2b5ec326d2efaa4b22f972ba62536ac9b282a2dabae9a2cf2b138afb62d312de4ac26a9312067b1a1b15da8c72925b41d2576b0342b91300faa8c29cbad772e3db0ee2e4f301a2ac7a455ae6c22e5293c26b321c7a8742a33a9149a41ad9a31f6a6652d1728b02a13263da49aa80b2c5b233ca8972a912f202f0a27942f9933d028abb56c2931263f2c5c2853287827902443a812aa602be6a5bf2cc02a67af10a14db2eaadf4ab5ab05131272fe5ae192d89326ca79eaacba857a0f2a9e72c9921712f28ac9ba77aa7dca4b6a42baffeb11226faa90daa4e28daabc424132f182acea237aa15b088a981222928ab9df6ac45b3852df5a95cafdb2d21a460b022a9203148a4642479ab00335e9a06b216aad8a810a711ac19310c2f322d7fb094a619aa7e332cae872ceea68e230cad7f299f30792756af5caa372f4daeb7b49e25e3328d28e52dd728bfaf5fa99225c5ad35a8502821272cb22eb170a59a2c7aad112e4a95b6ab46ac21aab0abe13074b005a996a809317427c5af7e2dd2ad39b062115f29feac642e15a60227bc2d0833f8253130012efda7fa230ba83ea1ad2512956ea481a40caa31a716a97da2192eab2e9ca9122db4a40622f5a68e2f59ad30aebdade8aa88244b2314a8ad2c9925b0a78c26faa8efa9fba60ba4fba6562ca0aa49b1a72cb1a8d6a4851f22236daa3cb149ae089f041f52af869a272eb39cffa964aecf9e5daeb11db0a4cf28b128572a452a07b03b2fdd95072cc1a83d2b432c102e082f063185a988a829af70228930d92945b00ca7af2b2baa73a6212d12aa192f182cb2a8dd245a288ea841a7722167acb1271d2a1e2c71aa65ae46acc62a1ca56233412f5c25af25a4265524a9aed19be5a11830d7a93a22631ec930da268da5d09b0ea89da721292aaa0a2dbaa48aa9a1a81525d41dc628bba3a51dbd206932fb96672078ad41b0d1a37fa41a2dbca8fc298d2b86acb0a7abb6c51bac2841ade5a462a9fe2f8319fd2a26ab0faebe2e979ecfb40f19ceaa04308f285d2cb3b38ba7342d9cb19e2c622dbf2bcc28752962a062b08b2b1a1a152f252925a7cd2df4ac839c6a2638ac612d3ab433ab0eb46fb1b02d83a63131df2ad6a90f2a83ac16b0adacfc27feb3bf30b6b06f1d1b31ba2a1e35fe28a3b00d2450283c2c1e344fab682ce7ac0c21cb2f962e2e2fa428b2261e2ec12a2fadac2b0aa84c2a16b214a834301d30859fcd2f70acc7ac3f2e45ac97aba6a48328e933eb2f76ae90ad55ad63ad7c382eaaa336d0a13bb03eb259aca2af2b337222ae36e12734b4ce31b02f0db1bd34142e9b336d30f92c2aac1ea54b318caa8d30b130ad318b322aac5932ea242a2e7a31b52c1ab897acefb5b8b94c3250a411380da2aab30dae0daa51ac5fafd12311b4cd38f4b8e6ad6b3552261ab0ec2d6db0b6a44e299aa8ed323b3195349f2bd7263a2a91a056b025275726092d3eae3524eca608a86fa9753374b09db018289721ada46e2ab6b3f9219333601c6a2d5420582cd1b33a301935b4ac0f372434142bfc293b2732b3fcb49f37d6b126b0912d1b3362b492ad50b210b8f4b6412d2020c1245e24caa1939eef35d89dde2d04ab12a925bcc1b4d39061adf431faa3f6240527c9a432a346ade5b67cacf6a72134e5332639caa7f7acf4b8ecb3fe2eb9b13cb037b42daf2435e531812dce33c6a27ab862b3e8ac5d27902eaaacdeafb52f1ca98198192b732a3b2b2eaa8cacc8aac7a2b824ce325e353930953028af40a44b2beaa3dab14e26f82e8ab2f7af8e172630b30e0db4562b4eaa4431c6303c26eeb0b53599b25c30d2b0d2aa9e2d1dab9ab1342dbc2b9fae77b054301eb371257fab7830b02dde1ef6a5c33446ad9d2bf2b5b92f1e2cb7abf28c8c1926a9af24f7b308b0df252cac9331a52f0021da27d6308125a698ddb08f301b2b4fb210af49239db1dda8d12c3da605b2f4302929ec33ffb0f1202823cea501b2abb126a12b2ce524d9122bad65288ba098aecb2b6aa66b2c07a966b211ada42d8f3090ad75afe1276a2c842921b059301c29bbb08eb2cb2d48a1272814b225b0853403a9ad3427ade930f5a5bdad45252e27bca93d35b7a8f5a64931452fb7aed43446a8b6a30a32fe2809aa41ae1ca90fadec28d22f083097309b1c253064afbfa882242d3208a40eb1a02c77b509afd032a8307fac47af13284dac3930e391e22f39adfa2ea0b080324eac2fa9512e4bab0f2e56adda3074b2f0a9b199f23099a4812e83a309262eb0062902b16630b6288923c3b2e9aa6f1e58b36630702b39a7612e3fa735ae4fb33aa4f22234ae462b482cb43541ac94346d37d7b25930b5ad4eaec3a4392b6831dcaac7319faa53b19fb0f32c4bb48caeb73142b5cab750a6f6964830feaa493299946330f229372d8ab1102dfeb54db5e8aa9635492e602c47ae2429f9b1dea8e6ae9232efa40099112e5a2ee834f8adde2b91b4d42c9ba6b82c8bacaf2c3fb42326242e3dac6621282becb4db2b85354ab43ea98026922a962d0b20daaa33ad522950a89a2a831dd3287cb2b19f39b0f92be0ab011a312c1e29c82a592879a23fa895ad48b094aecfa60b2e3e20c533c7ae40afcca9d89c31ad09a5f6aab3a9a6abe42cc6a48aad3faf413554a9ed2cb8a3572ea229df205eb025a29aaa93b1709d5331ee2e61995a2134b342aee4a07d2d6e215426a61e48a9022b4b35432ce816d8ab1aa4eb2bf22aaab0aa1f59306e2e1ca776a618b0752b8ca330a8ed2d061c2ea60fab012e309ca82e362ba4af692d0c2ad52db932e31f1f2b922c4f2e3fad492ad02c0c2be92d132adaa8f630df28eb20c49ede20ec9b23ad052337ac3cb0a32cac314cab1c94c82b422b63b4efb04833cfa0f0b389177cb0faa8d9258fa0daac5b259c2bb72de9b1391c53b0e6b475b0e00469ad842d2127a7ad6a343b313baeaf90e63127aa0e2c1aacc8af98231fac85ac572929a0df1a24b453adeb27d82accae20a27bb1402fb82b2eae739441a3691f762cb1a7462e8c2f65b3a30e42a41a314badb42996b20f213d33702a06aac1ad42b3a427491e1aa077a678a5cca33daa91b00aafd42e41a5e223552cb9b023ab799f5ca0060a409f358ed230549eefb0a52dd126592cf3ae0e295e34632e82272b319da1312bf02bffac182e262c37a07231e3a983aaea30cb267d2d112c71288008b82d1821fa2d19b10eb396ab11b030b1622c6caaa833422d77b2d5b0da2a8c249423dea6eba10329be201fac682a0eaeb1317ba08aaf53a40a9e763372a04d2a5caf5fac3aae19347d2c742a861fbe2448aabb2d6daeb6abd7a66fa3


//!TEXTURE ArtCNN_C4F32_T2
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
7e2ae3b4dd31642b613172b84a36a0aae82893322db2ba2f2b330b324b2c97261fad692e7db084a88fb0edadefb0fdb436ab3d30852d55aea9ae78340c3595a63f31d9399e382a316cb298b28bb16629f62b60b80c371a3013b424319332962aedb553ad0a31f5b140b12ab085a91ea9f8b3263078c0f0297830fcb757b7faaa64a5e22aebb439b3f92ac2ac0aaad734f32f96b06db04c3083a472a9d2a1839494ae833443b2baae7ba64eb4bfacda31422cce289233bf9d8328a1b796b06227a89216aa6130d62a6e2d0fb50aab963603b4d486c8b3a62b5636362f3aae29a58129a230f8b2e4af552f07320aa5a3291922f2341e2f39a7002058b2e333de28fbb127ba5eaf51a8efb001b00d30e6a4aca81039dfb6d031553268aa1da882ba8c379eb36cb396372e2d32359d2dca2b8331a32c9736b52151acc42c76abba9753a8cead2bb18aac4a2f76b2223465afbf32112f43b236af2c20fa25f4aaa0b42130bd2f0a3196314a21bbb3c3ada6b26fb38daa48326527d222112c61a08830a32a1bb0e8a6202d9d2688aca5b021afb9245b9e0b2d1da555ab2da838aa08ae42aa922f1caa4a2911adbf2539b0c2a82cab603475a4ee9300284c3344a52aa36da112a47aa679a44b2a342e3927f6b15829879bcd2c5c2b56ae253118a8e3b8212e2127e02a9bb1c32fd5ac28ac9930a699be29533144a806208c3088af79280f2c732624afe999e2a619a69b2c2aaa052720ae4a93a92337b015a487281a32b8aacb2a172d852e921d12aa07adac2df72c7aaa29274299c52bf332dc2ef528a91c0a194230c2b2f7b3772cd7b1359d23a3661ff6ac2225082077a60ba09cae45251ba97ab1c5ab422b282ac52bb0b3022115a0c3a6081f859a13ae3f2540a3caad7e28bab7a3b313b2c431d7b010a79aae9424da30deadec3463adadb23eae072f9ca838b06d2985a6172c292e6db03d3257aef52da532c82e9a20342ea12acfaa42b77cb69ab198b30baf472e0e3385ad792f91af3eb27034dcb206b124a8a22f552ffca92bb03e2243a9c32a5c2fde2d94b2991cceaaf13108af58307daa5dacef2c7eaf85b1d52d20ac36b5fe9adbaa07a8b9ac9ba59ea64d2852b088ae252ed6aa5ab004aa8f31c12ed731bb26112fc1b2c4aa973035a891af30af08a867a8be9f91ae10bcb0330c2f1fbc94a4c1b2f8388dbbbbb5773503b15fb0b4ab8e386eb67d31dd374f2c642ff036aa37d4ad3fbbc4bdef37732190338da92e2f11b23bbd18330a3858a49eb55933acb05cb75737e8bee4ad64349fade3b60e357031c7ae95360b33722d0336fd34ea310bb751ba1ebccf2bfa1fdd2d9eaa442b3baafba96c1584b2c8b0269dc5b402ae0eac51ab75aa47a46ab068a10aab89aacf2f22a89fadf5aeb42b3aa206318528f82d3a9ff224cfa0352593a962b0d5a746977e2fa0a9b9a79fb0f32adeb20b2fceb1b1b3762dbdad66b020b24c25e1b89a31a5a43ab443b91921aca86f2e56a457add2a4deabcb31c823f92d89a9641c09ac30ace8ae642f012c1e2ed32becb0ef24dbb0c92180b497b1aaaea5b741b8852f36b00ab768b86fb043b0142c9528e7adba328e3238af29a173af7628e09b742cb3a5eba7e1b106a97bba8aafddaffead98267b245831c82ae5229b2dfea742ab6bacf6a6ecb00f1d4d2bc12d47ad479f69311f2eb1b08a29b8afd1afbe2081342131792d61b4a4a8920a0b319a34cba91eb58cb43d2736ac6c2f363104b064345031892d0ab1f030702cdfadc32d552bc828fbb5542de0a95732499b4f2541ad2f2a3eaaa4a7702a132bdcacf8b46aa41b2a9d2ce82ddb89e41dc22ee9af3cae15b211aeebae7f2d8cb1b3ac0b2e1a286b2cc52a68a378323cb13bb0f6246c2730b26ea8a328ca30a4adb6b473a9deac7d2d7b2f821f9829a0a6ee2e76b14b2f1fb3a6b4e2af8fb19a21dd9e61adf2321faa56b3612f382befaf4ab221290c213e3a622c9d3cc6357d34c3ad8da6a3a447b6713456366db0d32b7a14b4a8f0b434b6dcaea0b3502f99b336ae3eaaf82bf1b6ab3570b423999d145228e7a94f318c3275b1a62c5c26222dd729d235652ff69a52b15eb029af7e211039c72476b0a9959f2eb5af122f90a5e6347e25f231fba2a3b1c42afeaf5b27e0311728629d96adbba9c3b1cb2524a4c933e22c33a9deab2fb30ca9782f832d0a2aa134192c3db040aa1c31cbaefe260f19781f8628ea2b2526dd9d8f24db2e66300f28cf2a8c2c33b4fa1dc7a69a3257285a2dcc28bf32552b762dfbb0d530bdabe3357120652e87315136cc1b812a10247e2b443455a3ddae5430592d29b243b2db2e4c251d31e1a6923051b020302eaea62d542d73ad56acb2a6dd26a6ae5b300fb0182b713016ac5630c1ae61ac29ad1120f82adfaeea3104acbf2fc42d36b1b42c1ba285add22a6fb49c331eaec63435b56ea8a030812d5fa9112e892c1ead2ab0f2abccb05c2726af29303aaaa524db32912ded2b2dac94a37ca7af290e3113275a21e8288f36fb2b162fb4a1d5b1b5b0452cd8b19b2de62b07b20cb247a023273dad2429deb3b7b6a735f3ad602fe9a5eea88eb6dca96c2bdeb10f3584b19ea7c62c65a76335a2319ba467271baa9234162a70316cb163b2c43189310daf4eb1f01ec4191f27a7185a2cd725452152303daaf1b191a4ea2ceeb11d2f752e0724ab2e9cb45cb1eeae79b47632f326b92a6b9ad2adc5af09ad322a54ad8b305904e8317f3401305930a7ac06ad7f323025e1ac3ab678a57daf099ea13058abf6abd636b72e1b27dbbab5b00435b3b29331ad31192b1d3273334d25a630d3b4ffa8a5270034baaa63abdd3036b43eb400b50aa4032d173875a4b63504b586b3951afd31fc2a63a067b867329c30382fddb40f2e43a8bab21a2e1db3be2c56b240220f340b2e39ab02afc5af0599693193ade3b017b2752826ae4c30b5310430acb034214ab2acabc1a5b334f530e034c7330bb00c292e2de8ae083347ab9cb018b3652d07b21dae8b21a0b473308bb254ab382d8034cab02d24e82ce1345034052653acc7b6e23418b8f92d472c19b3b9b07fb2ceb0942fde319eb2eb329c2de82c513215b057b542aa342e01aa0d32c823fcb4f53147b1722de4afe1b3383630b1d52acb31982db8a633277aab29aac1b3d932f2b5e33152b1b81f5fb188ab0eb6302170b0e5b0722c85ab853148aab92ebb3478b477296b1efe2a732e2db43e22be9a14afe3ac4facef2f9a2f091848a95aa93f18daac42ada1b16531ffad42ab202ad93014ad92aa94ad632aee1c6cac9b2e0432f42a0a25aea2772e463784a5492a3e2416b0ca25c328ec25b8a976af10aad0b1a79d12af68ad1d2b33b149ab0ca69931811e0daae3aec2abbc20d7302e2cffa6ee29e5a1762d2d2b5c33ea2abe18fca25fadb8a54ea8e92838a9fea1042d2229e199052ba13074a0d528452872a78cadcb24a323c29dbe271621be34a32b41140ba5faa4a5a396a8df9e96abbd2ce5ac7bac682cb8b7072cb9a360b20b279b343ac21d2a72b6b49fc72471341234ab318734e43577315e256d30483856a152284db80e3303ace4acc1b4d2aa5f295b3035ab5e33eaafc1a84434b62ab42e48329125ebb031b6802951b10530042e533473b055316a9e1d2eacab3d2f6ba636a4f6ad94afe730a5b188b7372ea4a6412cecb13e2b4ea6cbacd1a902ae5c2bcd29bd24c62b0eb2c8ad062f1f24169b14a384aac19f74a47b2f2cad5ab2582b6a332c999da1629faaacefb00eabfca9f138a3b0c1a5be35fc322fb2cb2f1b31a9af93ac0c2c62042bab642c06a703a93bb300b1e7b703b241241ab1cd3777b03e36c329362e2f2d25ae5034092e07b0a1b59c3348bae2adaaaf60349aa86a31d33748b84eb5c0ad8a2d2ab3e12e513265333a3189a699b2e7369930c137c7ae523311bd239df4a8232f0c36052e91a64c281fae2fb14f2b3e2d472424a8ba2727a90f190baacfab44ada2ad602f90aab52ffc21d9a8a22d25a5df2834a5dbaa3532b22d1fa478aac527632d979638ab230a26acafad362df8b606aecba75eac3eaa72a99b2a45b14ba45a284ca8efa9d72c752d5db00ea2ada72ea4edac34a154318d251aa47a9c4a29f4a3142867a675b5c5b16431002b9dbe59a6ebb311ac9c3228afcfa6cdafd31cd824e9a1079549336b187f30d92d38a5f9ad9c2df8a34a33492b949fd429d625fb2f831e272c95afd7345eaaa4b27324cbab1f2db72531a94324e1243d35fd2bd1a9302b2732b9a96e3157ac3720ee2a112cc1a1101679b6eca5c49e95ad47b5ec9f1fa4c72611a7c12d2bb0882ad9340bac0b2569288cab0f28a4a79eade8975b2792210a212328e2abb8a9dd9f77ab95af08ae7228679eb52d762f2b294621791b68a0731c4db60a285b2efda423b50033902ae9a8c92d77b015ae582cfe2b73290eb4e81873201eaf58325b2e282d1532ce301c30682decb43fb2b2171d3659ac4ca86d30423666b453397531792d572f502e20a053b9fc35ea210baccbae8b2b80a9c0b252b37fb172b0d5b440306e2fd02884b00433d5328c2c242c202c01ad072c452337b07a2ab1afa8a0822480acb5aa892b0d9feb2cb429ba24082cbd2cdc2de9a4a4ac3e2d1f32df280e23d21eabadb427eeaf7ba8e4a193aa3aa0222ef92706a635a551a53d32842c292da9b1ddadb8b09a287cafeea4672b253050310bb2c42b36b3012e06b16d2649b046adb4ab71b1e6ae932dad2af428f0b0adad86a4dea874ac5f2c5631319e81ad97291e2cfd2e6530d42c83aff52fc82626b298a815a7903083a94eaeba2bc629a1a90e367335a52963b3f71f3fa8b9aa91306da12c284b296420592db7b0f2b069ab8a3247ac2da9ab0ada2da9329294182703303ea8872c0d30d7309b2d222d9ba791a130adceb4dc1565251eac90b133b00d1600ac7db148aa7aacf0accfad752c4331aa918e2c0fa8b6a9e630da25211c779601a512253ead0726baa0a32d64b07fb158af6e2d7f29c228432bd12657b5be2426a7aeae9eac3e2fd8ad10ae3b32d9b41ab01625c3aacaaa4fb4a631dca03b2f0f9a01354e2f97308125092c2c2695139fa910335ea8351976a14faf05b3ca2c0f2dbba557151830a031a1b5e4ace6a5073015af63a44923f32c10a9a9b39bb05c2d94b387b0a3b076ad932e04aae2b0c6a97cb20922afaca9ab4f2c4eaa8ba6dcae0f35a63158aefe32d33282b00c28a8aa24b25b2ba1a83a2bce336c30b2a98eadda18782f97b4d1ae462ce2b204174eacfdae33267d2f5ba600a62ab446af72a97f2901277b287eac3128542c96ad2a9b5ba45aad71a63d260a2fdcb0f4ae79a8d02b8bb08bae36ad8bb22a2b623189adf7ac6530c125d1a840b0d2b08a2c1caa35b435adc42ef0b507b56bac4cb2b5b05f293eac40ad77ac3e2c2db184b20f31c8b01eb1d8b2672d27ae6e2912ac05ae58b7d2aa40a89e9bb6307e9989a67fac8034412e04ac6932cd361db6aeb3e43177b96439762e8caf71343aafd73854b8bd2be9269cb7c12808b813b6a0abb23250b1ea3da0b01e34b7aa4bb13eb01a2c3e28f5a690343427cd2506af402fdd31ea28052c1a34bd3445a05629c6b211ad5eb4012c93afa4acb09788b1e62cfbac6ab0f7259f2a8a2bd6252fb3f6aece2d8729a3b6fbb06eaedc3120b81b2e6131302fb5b17890493510a9b12dc832ca319da7532d113337aa18abfba11024fd3085b94a300f2a662bf62ed732d69cb32d4ebb88b562b9d8ac20b1d932fb2f71335234dbb5c9ab55378120ef2cbc35323590aa00356e35a9a0c2378b2f4ab54a2cc6b79abc9e2a38b015b2d135fa1a15aa6512183066a94829e125652ab530c52ea528742324b08bae69a864aac130e29d0aaf3e903a2ce6ad121ae7aa6cb389284626332eaca3bf2c71acc03322970ea1cbc1da2404b2b5b492261a3342319d2c6d34b4b9fca8ac3517b1902b9ab7d53137a6c32bbe30ff2cc12e232620b211b425be08b6582bcaad5ea64334bd256dac9baaf82c0a2d63ae09a65231e72f49313f27fdac6ab0f02d482f6bb022b8672f6cb44e309c27af2c622ea2300db9029bb4335cb458afe6a203b44738bb30ad180c2f84254fb15f218c1b0f25c3336930e9adfca6752c57a7f3a82127f82ebea12b2cdd2d45a7d9a9812518af77adb41fa2a8912b3198112ce9ac1932b2a2f79ad11ea91df2af8fa1d217653052a53c246fadd72737acab2882289b231fb5192810aef823a8b54d2611aa4b28cdabc426e1b0aa22572960a25b277aafa120511a260203aa5b31ce2c1e9f9629a22a37a7bba6a22a86a8541c672cdaa1082eadaea22dd6a54b28dca489a8c42aa8a9c42d4f2ada1439a232a6462f9532622493a00ea9ac2ce5a56f217d2862a47d305229db2567a48b2db12fb425efa009a58ba91d98ec0ad9a8a9a77a201ba55facaf24dda704a6bd1aeca0332c2da52726e22e83355f36a2a73515e230db31e22f78afa3a5f5ae8eaa30365a344db021b1972cb62f9b34e39e702c6ab2c4aa563394afa137d52f8930edb2542b4b387f24dd980ab1433407340125ec300eb12d398a28ea2ef7b28729eb374e2885a8482d352e42a5bd21ba296db1d4ab7cb5afb328b11eafbb317d09092851304f36e52b4428e32b0c317432f0ad0ab0bb3053b2c7a4db2e8d9d592ed31c3e2c0f33482d611d88ac3c2e632b15a72e2e259ac3a6b0a6c09247b059a8662e3ab035a4032c572ec4b2e332132d63b0c7b145301a3143317b3396b2d7a780357931a7b4772ffc2f95313bafbd364229d6183329773118a8eb33079c0632ecb239b567b385a89b27b8b39eb5c43e392e263705b3d1b2702fcbb8c9336db54d2a472736b5e1b43ab6bcb9d9b184b5f7af63b102b2a2b509a85cae483c16b14d33f2b6e33661313824742fcda2fd3073b3fe2df0adb134972f1c3202aa1e2d2a265ca9b92e50a5c5aa4a2aaea3eda6a826452f2aaf71329f2c8fa47ea6fb21acac8aaac52ed9a55f2b06b2432ce42a523117af2ab69e2d95ac612d95ae44b135a680ad31b26e3494299d2fbb2d27ab66a5feb048267c30953228334e30652cbba95534d429df2ac2ac81b47fb1eb363aac0e3102343db17d2f2e3140acafb3b5aa7f2e34b25736b42ebb293a2b0733c6272fa954292f2749b10e2c2d33b12d8031fcb13131522e90183c28d22bda33592c21ad762290339326e72ecb27d5328832141afa283fac60af6633fa2827b013ace22fb1a8969b23b002a869ae1fa70aa9e42dfd2bc12185a7de1e3aae3d32c3a4a034df29272fa11d7ba9f328eba98a24612cd1a846acd3172b30ee2ba4aa1dad7ea6702aa53335a71ab830aa2aa939a2bf2c2b311627e6ad6f2e882ed831fc354d31a6aa2a347cafd01f762e2aab0934953080b105ac85adbeacebb0af10caab52325b29f5a82c215ba1fe2cf52c07a693aa492ac1a6722c7f314f311d35d62a012f862c7fb0bfb2e3ab123043ae37afad2dc3acccb0d32f793041b1c52e13ac6133cb189133eaaa51b063a803aef534bca090358ead86283ea9c0a7ac1960b0412e8b3839ac6d25fb2a523038218dacbf27d92ad425c5aa363108a423b2a6a993af6eabedafbcb1e3ac3c2e31b09f2095282730ab23441ee4321c2ff1b5db2c022537b8302d64302eb8ae3bee338bb208345725163349b72fb23c9e64b806b473ae6fb148b48d32e438f237162ccfabd5b326b1832de9abc132502d26ac7b249626a7b3c0b192b107ae5230d8a0432f1eafec3064ad48257cb3bb2bf5b107b042a4c89db030fba8cdadec2fc32513296830d0b329282c28402a41ad52314baf002e1535332ffbaad52f45a476a25230b02ff5a8a2983ea9be2eac219030d526b7a832a7d7a6752374b4c92187289e1f1f996e28aba709a500a86a2f1b29e22043acb8b4fa30cc9d702cd727a12f342b1e2d57b14238b0238f34312d07387a23d131d2a5532fba2e67b1f0162cac51a7d42996ad07a61d26169ad4251d2dbcad3a28d5ae9e2e782bb3a8eb2749ac7f2e05a6e62719a45f2efeb10a2c5ca6012c022d52b02cadbc9f1d1c4f284626d925f9a987ae72ae8b312830bb3583b230ae0dbb2ba2662d363093afcfb1612ab9b62332102e252bf1ae25a8da2e41aa78aac0b184ac932ad828caaf662915b21fb0792e552a5ba6321e72351f34432f7a34aba9d8adb8342a3184b0c8a9fd3366b25b338c2ad02340b0e3ac122787225d30849d3aad05b503294534e9261c2fb2b0cd2c9a293fa9f61d24a71a2c462effa51e22cb26bcaedd2ccc19a8a45ba622a72226d3349e1f62a1ca29a2a6052b38215b2a89acc93030aae03401abb01a37ab6ea17ca41224de2a5f2d20ad0334fd3526b65abc81b5c42872aca02488306bb250a07331773312aa23a8092f422d921869b28dac1aaaa42c78354e311bb4c2a92a3146b408a87532863723b5aeb4582d903153b5bab5d93184b323af7439a5b380351036d9ae37af3d9a5f31c633cb33a6b049b0152f22292d3a0231182555b3033425b33da6e32c6e2933ac0118afa083aab31eefb11dae452ee127a431e32b849d7c32ba2491a6f81b6a31d4a4022bdfa3c0ab3434a6a920a8a5ad18299da652ab25b02aa03d2d94ab73a6392b66a8ce2d0d243c2d839ef23145abc2a8072ea9a8ce2a68298628c6a9eba96a30dd1dfd20b5a90bb176a5f4347da91aace8a8e42973332318cda16031ee2d1fb1a32e4eaed4acc02fb735a82cc1aefe2d2aae083393a43b3454b0c02b012e3634d5303d9e74aee8b1b634022b06ac202bce9dfd22db3446a58e1cdc2c59a5a6242127d5a76a2ab22c832ccc2322a6672cf611fb2fb43281aa74ab172f6cab202c4fa95f2ca1ab0ca9332d2631a6a827a6ef2804af0a9f09a8fb22812ca1a8223104292fb43127913514a68eac9e322c2e1323a8a8d62777308b224630bf2ecd307cb31c303bb0aeab32a84ba5cf309ca9f78edda9e3311c22e6ac502bd6b0fcb477a03231bb28c0aede304b287431282cfeb17f31ce261c25c7b3e528ec320e306cb620a5b6b519b436aa58364d357e2ca7a602b5d02510a3a72e342dbbb444aab22a29b0032effac31a61aab71329aaf1d2e80a2962e8e35e6b0ad31a636c43325b4f23318b3c736c7b0c339f1a0f7ac3d339a2b5d345c8f552612223e30832df7315331bd265fb10f2ff7309ab17eac282edaac632fe03013b00eb0c32a4a24d1ac94b019b14b26fead322f1224ccac5a264fa994aea92aa32d3dae7d327abad525b8362d2346b21835c0b4a9310a2e54b5d1249935583455b657294328d1af0baece269cab5a2f0932a12e543aff30ba2b61aeacb173312131f1a60630152905b18832392ea23646309834a7313c2efa37e32dd434e82d0eb570b14834d4305fb41234ebb4032c942e5637d729df1270202d238a2c4a23e6968d2d99ac5232aea8eab49331a2b06229981f771da12e9caa9e2fe02c113232b242ae2e2b04282f31d5b01db0062ca4ad7e3538a8c22823a5642925ae062892a924b1662cf43182afa5140b317131d2a94b282caa4531052f6e2acc349136c5b19a33c7301f3603a692ac59b029afa6a44b2a6a319931a1a12b328f301d2eac1bae318e358b349130882c7e3033b7ee2f1d3510311434d4b1531de533e43574b525315828c38f0fb39d316eb1dbaa9cab6b3561b009ac61a8eb322fb2bd31e5292fadbab0a73229ad6fb66e2e731c9eb58a2b15af1cabe82fe4b3d41ca72cc031f5985b30fe307d2835aadc322f33442d07b32daf922a742e26243fad3a24ba248ab35a2a8d3419b5f12a173041b601b729339b2a72b10732242cad238230fb26f6b330332930232d6e2aad2743b240b06ea657b28228239ca929d4adf41994aa639c5f2c2ca2a0a95baa03a749ae499ddfa0af1f7cacc9a435a9601ce4a7312321ac2b2a472c472fb5ad1a29b7a59a29019963262b244728fb247eb16328e6ac39322910f52e6d1cd9aaac2f08abfdb97e31cfb0bdb1fe347eb12bacd1b9352760b6bba485af73938b34d22b90abe9b0fc31f1a5e222d7951b29c5b27d882ab139b16b35983585aa24affc9ebc1872bac835b42c6aad3b2e382bd72d80b90b3169b1522a58b1f79a0034183468b196ae14b1d9b4c62a4fa83832d3b1cc2e16a145a10a29dba5811da5237ba8d52810aea022f525c8ac5329bbac00b1e5289f0f64a8f228ce94a62f7b285da4a8a534a500260f243124f326212cc0a5692bbc28d22dc8a021242d1a9e1f26b0e69ee8b0c1a5272bfa24922a8bb3f39837b9342772b1cca94bb76bae6b20ec2880b22fae1330fc2923a2e21c68b210ae1b1e32a2ac2a1c2b8424019f01a6cd22a5ac5cb13c917c2a2e94a09c40ac1c2807b8852500aff7abc2b401aedb1c0da852afababe4ac47a4b61ceb9e81ad34ae0aa5bf21d31c589cc6a6929ef3166aa0302e1b15a69c3d2a1d28bf2ad9a25c228fa9a81acaa883a3d3a409a344289d23fcaaf7263fa47a25bc219f22db985029681e6d290b99c931f3ae98a658af9d339130892ec0a0e22cb5a9b830221f742676ad3ba32b3068ae37b0afad53adebab51233aa93ea949aa029dd02c0133a1238a9d25303e307b295ca02026762b39b02ab4021457aca52b242b1a2c7f2e319a3394eda2b9b6a23017ac77a793ab50a739a993a5fd2a752c9baa7bac4aa157b030a91f1ada30e9a4461db5305e2f9bacb530e32beba3579fee2506ae60a6372bf5aeae01aa32b7b1aead16280eb08024052f56aff22ca12d7026682f0b2caa314424beb3192e3e17862d4fa99431a63681a588343aa081361f2cb4b4efabe79e5eb093a86337d53163aa6530429e2aa0182e6aa87db0be33dd247f33932c3631a92f66b4773850313e347e17d224a7b4bbb9f5971fabceabb62fc894353294b01d30b62edbac6fb4892f2c305fb0d4a691b16eb00237553549af2ab01435abb7c78ca12a592a3a30cf342eab0aaa6b30d4362cad6b2d792e3a2e83202c30622cabae31b068367e34cc2eb330fa37c8318d2cdd29643024afd92c4ab11d369e24ce297c2b32af43304e34503604357a27e1ae19321b16af31fcb2a0b20dab782a74b0c9ac8e352e3102b271a8ab3155335a31bf2cd7b55db52d3385b0f22a3a3056afec9e5db0bbb1173458a4e132e92640b4bb2d0333d43447b399b0d3ab3b2cf2370aaec0b32eaa9cb0cc3325b44d34d6a7723501a94bb2bcabc1b021b9acb0512f6f245da43f3174aae7a7469c222cbf37d9b8d9a47f3440225d353830f9adba343caf092f833591a70cb387264e2cd5ac17ace5a9f8ae6d2e8bac14b24f2502a6f2a4bf2e59b42e33de345aaaf2a5702e362e3da8552f6b99bd2741b03f293831e6ad0cac9b36d7302aac1da48cae5d33fb26bc320d2cbd2cb52c8f2abbae1320f8ae4aaccaa81b311ab00130f81f24add12c8931d22a92aac72d0f162c336f3213ad2d313034493469abe82ec7b0db30bdb10b340091e52d2bac4cb38bb45d27dd1a18adf0b1bf3065ac27adf52447a52ea42c2bee2de1a0c63067280e306d2db5aa41315d34b72ea7a98f304aac27313cb0633248ae8ea3bc2d282743adfa27352d6ea10f8d80312f34c530b921c72f02266329702fb726cb322ab19133ca311eaffe1f1f367531e4b1faabf1b3342c4caf2434fe2d87ab032c5c2d43361f2c9e2e29adbbaa8631c3a85031a9b573367c33e1b2a033c9317a334a32bf33c92f65b40f36bd19042834b0b12a69b51b234ab12938feb13c2b192e0db30c39aa1c19928e29d634e62f9f2db12e22aee8365332c3ad1c2dfbb1093233a5f72b802e55a9772ab9a688ac028f7c2d6db102acc3a2c1370928b0ac76acfaa91a38b32cee25b22e32237333fd35292d0932cf2e3499aa8a0f2f3c2c46324cb02730672ba1b1cd1c742cdea96ab2dca946b436b087b1312e19154329b2aa1823a535792e3b2cfeae5f27f32c45abfeb37a27522e90323a2e3530702d2f2cae2dd2324d3439b2a2345d309b3065b47e2565b2b5ad63afc4ac42adf91827ac7db15a3720297c29d02dbd3222a2e2b0232830ac1a31702f6da83e23ea2fff2e6cab882fa3323bb0832ef830d82dc5ad01293faeaf2a08259132051b7c2224ad0fafe122f02ba331b1b19f2c97b10c2bb3a87f2cc1b23c25679fc331ca2738b43d1e17a6e3a6cdb1472b4bb21717ffad3bafcbb1dfb8ff291734ec31bead12a09e1dadb960a96531a1326e36d5b40ba1baa2a3b60733d533e5aaf42e40342ca840b393af772c18b0bcb1f8b0ad2a20aca2ace6acdaaf152c5da7233218288ba4343209b5ba2604324cab2f2ca7aaabacd6ac7ba9ec29aca8b8ab46ad9b2f4930d52df61d93aa3926259fb22eaf29712d4531c830aa34c52d33aeafb1129a7423262c32b4411f5d2ec1b040ada1afe8b18caa64a7a0b3a42cef2ef6308f2ee8b5423044ae6c3426ad9a3420ac4733af2d0bb078a8f0b7a92ffd313d2ea8a8cd2845b446b11b20af2fba32e931639e01a2c0aea2b37da9e4354db4363176346e2f02ae8f327c321ead2bb7f1ac84b0c39b762cdb28a3b6522929b74d2d810a0ca664a519b9749bd92d2daec6a7912e53254c26382a0a234aaa2f9c5f24ca2f972da22faa2effb324a668b19e2142adfcac3331c92be1aeee2c79b1f5ab48a6aa1c31299ab1b2a5ef9919150d2323acb6b2e0ab9f2798a9212294229ba19e2c88ad7c2ccba8513324ac522f41ac6c31c12fb4275ead80abb5295cac962dfa9e822b20b1812846a9b4a80c27872dcea696ab0ba93fa120b4a932ab274f300b3170ae8bab3d2f192fd2afa7aac9a43530a22de22382ac23212528adb50631d8a7f42401a7ebb6142025285b2cb41fa5a0b42228a1f8a066a45b2050ab062bdf2ce62e9c9d3f2a16b1b7a80daf24a9efaebf1f7023c49b4faeec2328ab6a1cb5a2b128e22cb31f709ea0a91130c52ed39a772eb133feb1efae192b32ab58a8659f6bb39f219c29c7aab4a877b57ba8c615dfa226a45f23ef295728363239aada2636a4a5359b34332329ac7b31a02db4277831312dce2e082864a9cc304cb10327a195b62d9725799f559d1f3514334a2eba3134a80b26e533a72f3bafcaa9bba555aa9437ad38f59b78a41aa0e833cca0412dcd302a238da1f1a693275e28e5a4a230f8a178a601287ca1e5b15718acacd1a4f2add9a5f6b476aeacb1b7241ca5e0b0fe373534cda4e9a68d2962a7ddb16ba2782d4a3061a9962e15a4b329c6a9fa287d2a6d315e31cbacd8301c349b346aa58aa74cad212c6223813057a27225379d2a339c2cfd9618358c2e5aa97334eab4cc305e345232ae2db6b030b1c19ce8a0cf245ead8735452aada65b303136ef2938ae03a3862e89af542a26b337ae5e2d40349f3651a8c6a3e521aab15cad922c4cab78222db0b42c959c85a07e2cb8b0a0141b319a35dfac102d272d4d31a52e1a28f0a8562975a4cf2cb6a21921982c4b2ea12d88a74f251633ee28299c26342d253c9dfb30152e3f20faa3042cf02f6ca7ad2d5b3717b002adc430ac35e8ac582c61a442a816aa4b30eea91828bca8d3345c202e28482b53ac1ca302b67aac66b43e32583227aee9357cb6b9ac6e2ee8ac77a2da259633c62fe715503084b07035cb306cab95af623288b9b82dfbb17138ef31832f38aeb1a5892f3ba668206a236e2f16ae54ad452ee4ac0ab0d6b4762e9fa46035de220234d5a33635c29f8ca0f02e292815a8b23160a99fa578a80031d62fdc2cf9a3999e1db37b183fb22a3021b06327edaab0aa89b0baa4ceab6caad02c0424c02c92ac0db0f626e3ac9a2e052e7db3ea2aabaca7a6deab192e4fb2f2ab5ca043b2aaa945b6aead21aec8b2042eb42f4cac5f2edba4752c5d29c4b0092d0929472c4f33b1b1cb31ddacca2f88301e98802e0e24b0aab4a7683026a993b48724e4a13eaef1b2ccb071a8862528a77bb073aa03ae3627502a83b0f0206120410e012fd1b260aae8166aa815af633060b36e2ce8a707ac07a3612d20ae10af911fef24951c2729e59889325930e8b0ab30fcb3e3b0d1af46aeaab340b0ad32bda9193121b26126aba29524ea34ae306435c1283f297db8cd28082b242c16b316ac0938dd34aebab2b1daa38a334536472680b21335c82d92a11832e32d5aaa9f32f92ee1b1ae33533347a9e834df2c0da8d1b1cd34a5bb702ca033f8ac5cb763359c2502329bb184ac2e2e0a31c1281db2bdb458afa132c5afc42664a84e2f8fb37b30722cedb045b0d12dd4a0de295f9a74336c2e38339e27c434c7b5f4b5adad17268e2aa6a254384ca9ca2ce5b660b42caff5b18334589f33b5cda69a35ba28062c1a30e02fecb2b1b4bdb1b230d73290b2bc3841ab5c33139b5b2e9fb18eaf0f29a3b474337236b230802977b860b4822c7db5e1ba4331a9b47ab86db680bd88b57835233067b436a550b93eb56234b0326fa4063495b3d4265f3298afefae0b2cb3a6db2c4128ccae102b56b12aa77126eb27f7b40934ea2a791ee2349e3957a87b317534eba43f9d7c2de0a9333426aafcb3f9b57da244313e3920b35fb0c129acb2052a122e1a32013158afb831272bf7235d325423ca2dffa51eaf963073b1c9ae922cd32cbaac152b50b205b2f99f19b2782281183629d333cc364824912bd632b1386caef632b63439ae8c33973182ad4a331c9c952ab2accfac0db082b325b1bd30fbb33bb00729dcb0b329f6ac982e5b32e3a71c301ca45a3956271122692ce99ad82c16a8a39083a50932959f6ba6ff2aab2561347ba9f028662c18b1812dff2e252e3d265631ceadd831dda0cf29a629f91b2128f432d92b27232ba8f32a9baaf2321cba92a37236132c0cb09925cf2ef9210331242c04b188ace427f631c7a9ecb10830f8a345a8463438b187231eb119203f2c63b458acfda5823644a379b50eb512b24f34d8b5ac2af02242b75db163b4a3b42231ccac76b433b694305e1788b635b185b52fb4f32e3aa96b37113c1ab154ac60ae83b15229d79c2935a3b3213530b365b67fae8ab4bf2c1a2ffb301639c5a77b2e6d35afb320ac9531dea8d2a5ba2936343a1dd23517ab3d2d9daeee253ca929b105aea7a852a887320b295f2c2eb0432cde2f822e4e32ef2ac732b72fb927f5a5db260cb469b06eb5acafc5325721e62bf4ab9ba9a1ab3db18db4ef2e0aa477b52daaf0a869a516210eac212adb33642d093322ac942e01350b3194b5d92093b0a52cf532fc25aeb5dead742b0eb28e3050340b34d5b70b289d28a51ca6aaebaf38aabb28a62879b09a312b35aea8062f8d18a52ecdb2d82c04312b29eb2e67247e1fef212eaf28b481b0a02a5a2cae2a2f2bfd9fc3a2172983b04e2ad9ad212bad30b9a61eaa353774a1653d05b5162c2a35cbbdb9315aaad7b5ad361cb79a381633ae3bdfae20b4a8384d3928b89c3663b5a5b4f4b84cbf75bd793188b306b885b83b3482b5823457b3e0a6a2b4a6b137b1913b7cb1b13306b62a2e1a3add36bcb9ce383f31033b9a31493b6c3283aeb9b82130ecb9663be437652ca53a4eb87437173605ada1b81d290fb89f37ec317e320db7092ffbaeaf2c3d20fdb48a2eb535973773b01b33e21aa3b7f6b8e91d26b4bcb563b437b88438cf9c70354aace0357eb01b3c6c3ed9bc7d40983c54b77bbbd7b788b701c45a3dd934d3bac7b40530413275bf682f69365fb782c021b594b877ad40b828b559c19a321c3a23bc9bbbdc3a0d344d3603a9ee3d83ac5db5cf3629b658b8ba3869b99933b3312b2f3cb7f0b51d3752b6e1322c34cb33d63a8c24393075b3f3bec2b9f325902b1bafec2cb239bb250bba6fb979b5d32c6c335aa60cb8cfb1f2ab7eac69aa3badadb13630472e13203eb614b7bc368b2ba7a9662e3cb95eb1c83a2f3959a2f9b1dd345ba973af3033a5340438f53575b30531233d6b3919b3e5ab4436c034933b5119a829883c0eb462b6823b3b2ae3b5fc3235b10eab0a3058c112bdd9a6d32d3f3562bd2d2c17ad15b9e43a4c32ddb3b0b16ab7e6b0f228763ba0b38e35bcb63f2fbdb5a2b8adb253bb803145b3ad39602c98b18f348b332d3d72b20b33b1b1eeb1002ea42fdc2d74b72133f3b4c92d47312f2f22b2b7312335e436083626ac1b318fb0b838ceb699321d382b37f4294a3596b11b35f136e73bb037db33462bde33a9b871aa459d0bb1c536c83196b101259232bb22792f43a3bbaa8e316bb1faad7d35d4af07b06022d2ae45b4bf35ffa6aa242228b0b1a332c8b277b36233c5209cb2cca91cac2b374ea55daa9e3391ad01a791b92f2d7da9a130183305b8252fbe3114ad7eb38cb14eb34409c3301db55d335e29b1a5d62c4b2ab92a00308532dcb893330b2dc4ae02ac63aed92e522d00a91aa889ad1faf51abbda4999c3929d5aeb8b08626489a4cac9fb0ab25b7af1729beafb51ca6b273a6a729d421702f86a8782553b0c4b99c315836f8b783aecc260b14caae9db420b5b130aca40d31f5b28f31c1b10539cd20c5ad6e3776b440a2e9b18cb3199a6a3565aae9a85caeceb114b0562eb434d7350fb972965930c8b0b7357c1fa3b19b345abb6d286b2d41b2a0b02a3046312db0e0a7df357aa8e935f829fc35d332bbafc52a7332052e26b4393740a8e2ae3c2ff7acbf2bf29cb329a226b3ae74afc221b0b45ba6e82c32b4a4a7f730568f0eae612f612b43ad21279fb0fa25adacec2cbda8832e562c9d27fd2389a478ac8d25c624073393b0ae99fab6902d592d14b03b2e47adce309fa82d3138ae84b42032fd32c2a40a2417266532653017b6192ed4b4d890bc302bb6982fe12ce5308aaa52b3f7a769b3d2b0612d7eb76d2d039c69303a355127a53819b3dc25e92cf435de26ad2a9d3191a5f42cfda3fab3ffb3402feb2ed933fdb5ff309ca8e7aacd232aabe6a572a3e4a8f4b08cb0bbac2ea8dead48a94b1ca1ad96298f2e05ae06294a2d97a824b0882a982c39260aac859cd323582c3da2af9f4b2a35abaf30922fb72ff42ffaa9862d719f882b3ead5baa45acaeafca2808ab6599fea33f2f5d31b71f1da4beaa8dadf43073a83e311ba998a622a67a2ba91dc128a5281b256aa629306ca58130b433013029308529a7ad152e90ac7f3433b00e2c51a971364b30952f212fbf315eb3c02e532170b094a8da2971afaf1e822985a1c8a8ec2a1ab5e62963a554afd23017aa37ab1028e92949b0afad242b79afc7322db0763578304d28e6a1353115b1fb1d9cad8034232c1e224b2f0c27643508239c24591f50230e343430d124a98c25314430d2adf930c22abf29c829dc2e0f310aadfb3052320231aeac3b3280a4c829dd2c232f1a2df29d53ad562e182ab820272c1caba32ea71edfaca82cef31d418d332952a66ab21a93131562d4695ed2e58a39f3041348125d3b3053118ac27330dac31316924cc2c4dad402faa2f5fa47facb930953046310eac5c1fe92c4030d42b6a2f922d50a82230822d24ad533422af9c34552b66303ca05e2d9ab120290f219234fb30d3244728e9ab90323e2ac22b742f8a2d5528582c2330f59c6396063085ab8130d79a9a2471aec92d542937af3a2d68341c2bd1ac062874abeb2870a0352cc22c1f2654a8062d7b2ada205b2a5c2f6f2e2331fe28910f192ceaa95f23151a4c2e7ca7e92559b04199582c70b13ea06331592328b2a9a5c6aef4227b255f35d425039408ac4b31802f2b23f1a8042d312e5ba9d0a257255f2b7c25269c2b16062d422bfb1f172769a8463266ae3e30892a502832ac6b2318a9bea8422c6f2a9c1820297ea3a42f3732b0270926da2053ac3d2c45ac94b3982d60afa9a7e0283aadaa1d27b51b2e2e2cde19782d5d277fa921285733dcacc82ca032cfa7d7b8cfa5c99bbc255f204ab330a9281fb7338cb0663258b2f431302ec6b119ae35b42935bfb1c0b30333f4b7f9b0092ab629dbb1dd9cf6b196b1263104a83eb042bc4232f82486b20c334fae472011b06f2864b2822471262baa172c9ba676af9521482123b23ab2752206b82928042eb0308cac9ca47faa10ab91307db4471f7fad6396b8a8cb2f132cb3305aa70a2993317e2cec2d29305fa83a2a1bb4ff2a0b242c9c9219aeb0672fa5b3e72e822dee339f321fa5c52d99217d2a742d28a954b6761d2d2f45aca32ff9ac1a27282ee7b1f8a802b61ca5842e7cad322486b41825853374b6afa8773233bc3eb37ab16c3314aeaa2c413505301ca81fb30c3469be4838e0323bafdf2e56adba29931cbeb1083588331928bc2e28a6caae16b0b425882693b1a3ae550c2fba602edd2e912c3a319f2b8b2f4c2d793210a5b0af58b0ee2143278dae0134efacca32122488276aa6312dcc2dbca931b2deaf8ba1852c3dac1ead76ab51aa6b2ab2a2b12a59aa4f28e1a915a9ef2982aac530f8ae36b7379c241e58a8c130b3af0ca622ab502b77a8b9aeff2dd72292af00aec3adb62a9b2dcab151ab4ca6fdb339344d30ebaa10af1c2d31b05b27e12df3a87baf8cb26a313ba917a38f2c252cc2a9c61db7ab4db0712802aa18aa152cfa2ba1a2b29d7f28e7b2a2a4452896b5eeacfb253aafdfabb2b000b1daa06f27cf2a51aa182a6b2c54a823a74b298b2c3dac3fa825aa3faf92a000314a31129cc52cb525f927fba60a29eeac5eae1a2dfa2e6128f1ae0d1726307dac239268290f8cc3a6362b292b0baa6b2b4fb134b55f2b1da95caa2bb76f35e1b4a7aec6a7d3b00eb0df306e2f1330bfad64b493319a2c3730b1aecf2bd12da42c162f362ead312aada2265db2a326f21d07b9a1bad2aaf3a54baeaa2a05ad8fb142a80a2caaaf132dad28502929abc2195ab0599c082f363008b1082f802924a6072eb8269db2641d83233592cc24ad2606bc0bb8a2285c1be1316bb1caadfd310ca6b82fb3a5e0abbe2a4a2dfd26e1ab3eae2629d2a5b7a8302c542dacae48a870adb4a5212ac1adf521ad2b98a0572101b880a52124f42b90b4ca2967b125a478357c301a9b21b571a7e1394db21bb462b7dd2e98b1eeb0023347ae38b4bca5322c6cb47ab1442a0aaeec37e4b31530e6bdeab6c5287421493034b4d43024b08a2d0026bfaa84b1ba306f34df2e3e2901a644313e32502bee31532e6fa80532702e30293e310ba752311c2f9b3072b411c025bb24abe0a0502c50aa92aa242f5c2ed2266bb08aafb9248dac542ff5aff5aa202843ac65976bb28096f3b293961f28632b1030852502a08da291aa4628c21990a23d2b4eace1341e2f493504ac2cb344b2ce2929ac9034b1ac59a9f9a52cb2ab2fba36da274dbabdad1b3503b4dc33da94d2b11bb40c29a2b29720b4a21bb8bd2959ade2a985a971266e300bacbb2cfd99c2aef2a88b2e1412271711acaf2838a79d298c240fb597979cb4dc29c52d0b3222314fb03fa9daa462a265afe5b74db298a807a38e2214a6652d5d2f7d2779a9ba2a122e36a7163002298d2e399e672a6d2f27b0462e5d319d2e3a28332ad0b0602d0f26ea2a512d742a09a7b82bfc33b12300a30c2790b0622d1ca98e28382c63a04fabc3a3d22c31a8452bb427ef2da63075ad16270135443286ad70a8efab4f308327d32d662ab92b762f89aca02952221ba8392f57aa2230e0ad09ab53316fac0da8082c2b281423ef234f2c442db82d07b13133c2301c2d34addaa682a8652fefa89331192811a1e02dbb326fa88b2831243c9fce2f522cd3a9c52cbc294e306e2d22abe82caa2c4c0258270caa7b2b76b0aa2b773205a485178f950fafe0a1c327b629e32de82903acf934303341202dac242f35b0e6acea309db0d22b053438a099abf52e95ab3f310c2fa6acc53081b1082dc52b7f2f73ac2b2e03b2fa2ad79c0fab06a37d2a6f2ad43104325e2585a18d322d27a92df0a9db243525ae2f5c280e2f772b6230cb2c9b29ccab41301bb0c92c602a1ca21cadbf8c5fac17ae00ad59a6873064a7131c0335a234d82c3929082c0222fa2c2723d0a2a1b12d2edd2fdfa8992fb72833306828892cd3317eb1722a3734382fbe2bf8a404b04dac8828381d44308a2c9525a531d32c8b20d228eca1d13194b07ea6f928d026a5a758344cac452e7e2c372d2418c7ac143008b2ab2c8831f22a6fb1c8b2182073abd0a7f52b42247b23da2a06356f2df32d352bcf2d5b35842fccac6e2bcd26cd30b92c752af626592d122e8f28739dd5316eac9c30342b1930fba93428a9a05caf842f3fa7342f71a062a703354632782d56a87a1c8dafd4b9592963bd653108b3b2982828f826c2afc4ad1330dc28ad2d25b0cb27f9a3f62cd0a7dd31f42e802fa428b12b402806b08faeaba9701d2a2a7cadcfa8beb09eb88c2b0bbaf1359aadd3b048300032332b40b0dda5db308234eab05d328030ef2f94b1d831c1b11ab308a79d31fd26402f7b2eb0b3ba31a62c23b01ba40da988b6563275b0952bc533e3ad4aa7dc32beaeb22c9fae872ce5a71eb2622af5a7b7a78ab62f32a6b3e02db0ac9a3070338e2c0eb1882c58aebca6dfafa92b33a719b6a7af77b5a9b71131f1a8d2a255b33cae732d5caee3acfd2c492992aa4234edaafe2828acbcaf0daf622e7a2f0fb015ae43b0cb2f4f31ab222a33a22a35b015bad5b03baf9f34fe33952d2531f920da2c6c2f451c6f28a02965340933c52bdfb264b1732c97a505ad2a2d1030afb1bbaf6c32bfb1d831f233dda5ed22faac47b8663107a9171293aecd27ecaa9a31f6312eacbd284032863303ae2b26582fbaaa06b0f5b2e12c21b179b1f231a82f692898b019b2c9328aae56a66ea914b209b9fcb113ac8bb07b2e31af63b067b3a1a46f30a328feb09a30462c7eaf29b2172b4c2808ac2f2680302f3108aee2ac66a6cb2c78a54caed12944ac652d1635eebafc23e8a490b05324af2b4298e9a4382f01aafa21372e0fb0a2aa5c2f43adb02c2635282da5356731c82a5db2aab40da7d72f213709a032a7ba2b28b0ba2d01b50d9ed82a66a8eab32e3728b294a869adadb3052e6eac7caeec2c24b76cb231303a35409f3c34a0aede338430b5328e2cba2c86a671b5f0b1772a6432d42ee9b6eca0f1b8cd31232e1caf52b055a6d126c8b067a536a80a2a16a2f92905ad6ca4762b9f2cca26a2a02d30bb31baaaff24a32e27b199b5a72497adbf31b9268eb86a1a052dd326b39c92ac82a50bb510ab0834d03016330521692c61ab3d2d683492a2d1a43f149d34ebb006aded30661e342e2833dd3325a5952a772c8633c5b550305fab2a29adb275a99d206e2bd92f90b0712eec2b2eaad12f59b042a8c1ae0facf229e6ac53accd095caec8ab84a4922b66b12fb1feaa162e76b3c5afd6a4f6b2982f572990ad1f9dd52be0b2c227969e0e9ebea677305e325baa0e2cf8313cae72b184ad9933878aa3a3c62a5a30e12e012037b0f7a631336a2dcca07b40c32da934a6b793b428b215b8393499afb6ae662257a7d1b427b666aa523488b7c0371cbbd3ae88b3f42f9bb1e72d6eb000b1baa5812bc52cf72591ac4daa30b8712aeaaab0ab793770a69430aca46d2f5132f3b019b20ab1b0b1543296a412b4722f132752b7542b31acfeb69f2a932c39ad812e342068ac0428c0a580af5db4b52d7fb1e0b4382e67ad0b2bc02df523a8256aaa392f31b03d327cb42aabf0a8f5b2c6919e2b88b3f3b099b5b628f42b982e7528edacae247eb004a180aceeb58aaeb8284a3145b4bcae2431aeb4acb31b2f70b4bfb4eeb6aa30d82c18b23e379b2a9721b2afb73576b3cfaf92acca28a1b275a403aebba0392c8e19f532ccb3c9af6aa8422ed4305d312d35f6ab4e32272fb72c56a1a5aca128c22df4ac11a898aae732243303b073ac262854b19fa671a7c0246f2b061dff24ac2d392a24314328931d90241cb0972a6597071e322962b1472b3fa5a927212b17167b275a282b2b8d18502cbf307827012d159d7c1f5aaab62bc7b0d1903124bf26bbaafba3e7281e34ac2e49b5d824f027d12cff227fb2f6278621bc2637208a29802eb9a5602a30b1f3a5483221ad502e282b101ee8a91ba6c2b86219b528b0a4f0303b203228612652a6d3b47830ed28ad273525d3b0f824f328cc2bad2696ae932ce02a562d6325b81ac12dab1bf328601d1525e9ac60aae3b677a73f25f92dd9ac14a9522e612cc12fe5b140296499212409aca4b2eba675aae627e323632dea2af019dd241da70a2ae13269a8a331972b9aaba0a4872bedb24f22182aa82cd7af28b8d3ab21b35ca537b51b2b15a8cb2c622819b62baa36b026a4aaac6b2890ab83acae2e14ae3f256d257c277d30e5a370a819af7ea85ab8e1a46b2aaf2873a5f3ae5eac6fad69a295b6a42698a1a5a1bcab81b5f8a46fa87eaabd2cfd1c3a9575a644308cb09724c531132c952f719e352963aef1af28b5401dea00462996ac2e2b4d2ab398213170b1c82da1a8b6a7c9254fb0f622e7237114a6a845a21a29f6a1ab2db5a0f6a1ca2ed2292d33f422baa8dd1dfd2ab4b0eb23fd2b1aa0159b37a6f128602dada933b1a229e61aa6accead86b699a382adcc2c5a2cf5a580a86f2e4725b92f422cea28042d473283a1ad97d4a98c28efb1dbaa25256c290fb082a8632b2a2a2d2b8cb33e2b19246aae38ae4eb56f2cccacf62a81288e2e122ca1a8252e2b2c922c51335b2c58344123e8a0e5a4d1ac51b1bf9eeeacb13018b10ab3883492b447b9eaa1ea289e2d132c482a733432295fa8292bcead96b69ab493a742b046a572a889b54f2b423364344d2921abfdb466b0af2c56b451bf7cb4c3aa0db4d8b7cc3292325db0ee2d9bc04023f036d0b9bb3172b5d538d9a7c93535b2a82e3a30c736d0373b34bcb48fb86d29e8acbcb3c03547b44eb48bb4f62e31ae852e2c2e4bb1eeaef13056981db3d1b284a1e7ae4eac112e8b2d9db6941d32abefae7eb7099cc3b461b34329b71842abdba0bc1b49b29b3148ab8f2fe31da8b7932e28addcb43d2a2a3071a703b3972e9e2d9f2a0dae032ed71c73b759acaa321b30982b5d213baa7531b5b0cc3109b4ef2d4cb29cade830baa795b4c7b458b6cab189b5d3379a3424b969368ab9cd2a8e3677afe536febc12371ebe5e28b9bb29ac7635b036c93672a9fe2549be60337a25d9b53533123659add424dba315b407281f2dacaa23aec3308cadec9d52b209b636b093ad90b4c63166ae15b6d8299c3202b452a483ac122cf332e2367cab169bd6b8b132023401a7e1a60d2c70af58295428b427ceab3c2f7bac431c8fa6a4abbd15eb2ace2848a1bda8f41cccaa2e252696032cb7294d2ca92a62a1d8a85a2208ae0ea71022d52a47a61eb094ad9128fa2be8a1c52a59b0fbb08828cc25961c3ab1912c54b9822da9af72ad49b71babe2ab122daaad69a42e3126ab421d1f1da1ae50317aa421a5b7a1c3a80ab1c629f7a0f1a6252bdaa956aa48ad9caca121bf27eea6b7ab712a0226a59cafab8ba437aa20281e265c24612dada92722ee9da9ac482ff22b46a38fa5b6ad25a25930b5af02a110b2339afb28e89c2ba580b2b62d032752a39c2110234b290a13c22e6aadf2272c30719d8b327a2cae2a609367986431a1a3a1937f2c6030592ec6a5a5b0bca14bb51ca91124c4ab75a93db5322cdb2aba2af1a60e1d872f042d2a329db07827be2fefa96734afa095a5eeac8daea132232a5328242d752d722cc52566ae8fa228b73eac9ca4992d0b3123aad1a8242dd9a6370f8fae1026a12d7b2f45afbc2deaa47c282c2cf429772594ac143398b4ad283f27352b3f2ef728be2d08b0cba88ab393a52e26ab1f252c1bb5162fe6ad49aa2ea97caeec2fc4ac4f30b1a1252edb2dfc2c96312e2a7d9f74a65e3225ab2b240ea82c2428adefaf01306e340ead2bb5e235aba9b62fe2ac98b8ab233db2712fa3248e3480a56814fb2d1bb05e25c0abd0240f30bc32ca2a41b0332d9a285e13392d0d2dafb136308daa5b2f4d30f5b74130d22809af1627c7b6672bf1aea430de992631502cdb29a92f7fafabac5130c02ad91544a0fb26ffa624313e24c3a2f323a62e7a280dad51a41f25d3aca6aeeb286f218a2a87a304af7328c4aa07281ea8e6a9d52eb9256a2ebeacd525522d62307233482d4124602abc2cd9ac52a23e249f2cac2c56a9f125f9301a174fac852ef3a736ab8e9d90aee029e4a97a33d8a82ca72d3070336f2dc5aada242b347f327232522123284c22362e4e2d70a5b2a6be9a60ad41a6562a5b21572babaa1531eb2cf226ac251aa932295329822ffeac622f26adc49a382267adbf2a982dfb2f9429682dea87522ca5ab633109a3b929dea6fe30c3a57297d721daaae4332125f2a5c91d8627b1306aa9cf269898cdaa26ad4aa2e81e9facd2254fab2ab2a429bfb65d199b1aa02ce7aeed32911cd095deac39182eaa44aae3b244a91936c3a79e20a62b6d25e73082a88fa933abf4ad03ab46ae63a7a4222c2f389135b7fe3060b297195d9ba52dbfac49344b99301a89a25e2ae9a9232c6e24f9a7f834b428c3a80b24632b172ee8a9e8a9dca577aadead302595211da6702c1fab7ab4b0210ab30e26271e8e26a5a52e3222257baa41a3d5a5292932ac3c2b512d4b34c1a743ac562c4a27323331aa212e149e75a824addcad762e25ab062bb5a9d6b3aa2b2fba76aac6a2942902ae803242277924eca9e427b8ab1daaf32e791d3731d4a4c023182dab2cb62e6c179d2e6aad5ead54ab3b2fd69838b1d618d4aea0b6392d08b6592db9a8ef0891ab2631dc15f08e03ac682e48b02a22fba101210a330b256facd02bb71c082f1ba9bfaa36a8d0a31daec1aab0a1dea9a2ad87ad65b4f0212eb2712d1b2896276aadf82d24a2211d7ead792a5da57fafec231711c332a92cecaab62b9326ac31e218472569aefe9fb5aea0898c1c3c265f2ac9a489b2b49b7db4b81ba0a56fa43cadc52f0da580a4a9ae1d28132b72a6f81dd52c8d33fbad992b0d19a02c38319faa9e0d712d922a60a75fa43e2c64a932abcca0d8b4eaa251afdc2a0b245ca83bb049320e20a3a61c98a92daa1ec6aae7a509a84231cb2c40acf6a51b27ca2ef4a537224fa2df2ca7afa926412e9c2a3f2176aa55b5212093b224a72027e52753b06d26fd28151f5db2ca32be3193ade9b2d1358825d4a9fc2bca2ef2a8a828ef2f222e552ff6ac062d03ac1c2421af1aa1aab16ca8d3a404b5272873afdb2c9b292b2ddaa8c4b1cfafaf35a7351b2ec7ab9eb14232202f3fb0873285300c2d813186ac76b3e2b32c2c62b474b4cb30f02f91b20db7ebaeb0b6f028f6a8ef2b1aaf93342da607ac7032b4324eb45e30992e93afca31a72e0cb0d32fcd30c0b2aaa6fb2225aa60af68300db306b3eeafe6b455b381b8bd3229b4cd389aa7e731742bdc2cfaa4d62e39acae2d6f31feb1522de83436308c305b9f0a2c572ce72e942d1d2b202791b0f62e8e30142e3bac42aa2bb056b426ab03b8c4279aa4cba8703201ab7c244228bfaeab335f9ec02923af482fe1af5531b7b33632af2c46ae232e32adb530fbadba2fae32aeaf5b2dbfb323a81fb5a420eeb7b42f092dc3a8892ac0b2c3a54e2dc2ac4d2c40b155af4a2f6227622b9a3453b1aa300433c0afc5acb931c22f2ab0f7aafead4d2d02b0d2b49face9b539a481b41c37129fb02cdd31b2a520a26aa0122a2f2cd5ac792274aa36a7edad202b11a843a80729bba8892d0e290b2d01aa46a7ec99772f462ebd2b17a7e931592971b65aa60a22252612ac0ca475251f9cc9b1f02481a09f2d24a8462f43ac7930441ded9e022c61abd532662f15372fade12f1f2ce635fa28001ab0a87731a3317bb19cad13a575296bac06210daa7929f0aa401516ac2da9962b3e9d009d362d11abb0ae9a27f52c5da4d3a5df349a922a20dd30be35079ebfabf6a79e305f2a4e2b0b95322604249ba8c5b21e2c


//!TEXTURE ArtCNN_C4F32_T3
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
9430ad970997402805a2bfa9cb21c920d6a91024592285208caceb29a3235225102716a458264ea96121ff24bc1a57ae039c469a2ea508a430a701a456a1f5a03128eea478ac70b0edaf432feca82baf9fa3bfa8d3293dabd721b3ab03aaf2a8a5975a20552a47991729bbad121d1a248523a9a00fa4832792285b9d2da40d2d31ae44a9089c42258fa67baa75284ea19ba7ba291b223ba29d25bf2e9c2811993e18499af3a8662c62a839a8b2a4e324f39e1bacf92816a96eac362a6da9092c202fb02e4b2cf22fdd2ecda757a80fa3afa9922f12a15ea9ea1d2327912e5c2be99ca3a779a32d2f28a90c328d2115b0dd3400b1ee2c8aa3032edea4d928b72ac7a17f33d135763539b028b0152c182f1533a63045b67b30ffb560ab0dafae3481b3812c63b028ad84b545afe0281d2bc0b10cb0d9b3383307ab78b4292f1298b22d282c38acb4291baad02f0c30c1abb12817aac525083013306e27af291b2a62262a292f219db400b07db8c12206b0a7ae053193a9eca4c5add5990d2dacac91300228d9aa353237a35f293d30e12c3db12ab0ac2d59a05131263069ac66ab17b0bc1f2fa8b1b0dc2832b16e254fa078269da6d7aadf9f7f1d0d29261ce82635ab5f247c2b92b051afc0b01625e832ecb6e730123452b3e832792b6f34a9b4709fe5b10d2aebaeaea93127272108b185b4e224c33122ab162c142162ad332fea2d1fa477210330a8b0259fa8a88eb0e72ca82cc32a33b03e2440312eb0d8a09da9882c0cad9d311da30925cd1888ad8c3167aa4aae50a92fb11998742865b512351c28b9a7ab2de6ac9d1cf4a77a2f80288db09f24dc2cd4b0dea028b12dafdea467208e2dbfb424272ca8ad8a6ba639ac1a368baea62a672ad2aff5229ea7a8b5a42634ac8ab28cafbc2621b34195662c8ab0542577a9ec32d830032509b884a0113143307b2dcf3097b43ca774ad0e2f1db2bc35c0267727912b862a63a84db20d9c26aeb9abe518661aaab0882f1c2f8da6c631072dcb358ba682240b242aae852b76a62c2cfea6e232c5a2ca2a021ecf96132f7aabe3b08f32a528282f20b8bdad8c2f2f31bbacfa2d7d1ff3a99b2c2197de2b909ecaaee0af18b4de27a7a42d31232b44ab49ac13a3acac842f3f8b2bb48ead8a2c75a86e274723382948b48db1b434d02e88a0c3b7631e86b44838d1a99db9c9acfab9b4aa14b1d82d29b4b5a6c7b2e5aa93b2b2aa342b9ea9bdb5f4ad82b8e132bd9bf01b8bad83af85b5292a47af96b4faa2fc2d7d2ed83482a49eae6b2cd1324135ab182c2c11adaf295f2c252e1a316f2a1faf52aae7b0df227bb3db31561e47ab482256a800b85c31d32607aecaa38aa0b3aae3b13bb01e2e692bb027af29faae38a9e79937a93b2ce028482afe2669a89daa8ba6a7295dac91b40030eea613a84ea4841da7add0b2b42819233330192b8c2ce1af4a29183444ac63b0ef27caad012275ac502871a119302eae7db7b9237f2b63a4a42d362de7af1d2881a84d291d2dc8a67e2742b05aa400a5af2f50ac9f2a96af671b1ca567b17f2c65263b25cb32acae6f30a0ad9a2dcbae1c3290a160b0b720a022822ea12b20afca8f68aa8c2b5ca6bfa82734c19ff02a372eea2c43abbfaf5c2d9a29db2261a7402b542b26258726eb2c1ca87a2888a3e52a93a9152c2a1fa7ac8ca119ac53a551224da53e2103a0bfa3c5a88f9ff32c5d2b5fadbcb06425be2ad92d2131a9aae99d72ad671927a40f254831482dac2010b449aed1abc724edaadaa6f2af45b15e1e3dad832a089c42a8f6343ea65d9972ad472aca2289aab4a6c12a99a055a9202ac01c91ae7d28b426d8ad0226b32a472154a7f1b05c94781ed597882d412c301342913a2a60a407af92b13a24ccaa9da74919202207aab329f12f9aa53fa98a1bc2ae04a7d929d3a7fe2aac2c5f2de527512def2f882b99a7232e72a85d2c092035ae59a31da39aab54b6bda7591d68b48c2933ac9ab274a9b22e2aad31ad81b22822b21a78a903a7f9ac1231a72b20aa53ac43ad10ab37afb333cab1e7344b1ace2da52e9c2a56ae2f3635a6f92d789f78a3a02a8cb174ac622948276db1839be2a82aaae4ac90a76dad202bb42b3a301e285e2391a49c2d8d2a37a8a7acc525fa182431d9a935adcbb09aaa0f2f0aa86619c6291019a42eea3174b19db1a420682f1ea462a9019e711e012c70a1d4acdd94a9a6659e8bab882e6b2854a915241b1a21270326a32985a0f61cd02e9aa540b0102ef81082ac5b30651b33ac51aebda5552c661cb827bca72a30a12e5cb09e28c02541246324422d92297921432977260da78da63fadb9aecaa9ce26cd2d80abf62d74aceeaf412e872cf6ad272069a628a2c9b0902aa0b0ce296fa06529daabf5ad00a3592b562e1da7fcb1791e23992c2caca462264934b916d2a911aa4caeb02963ac55a0eb30f82f5c2e232c269c2f2cbc2a303073aaa8aca0a62d300aac5822c2a0bfaf452de924052f83ae3ea7573130a50427ffbc29b0a3ac9924132c02a794adb3321dac2931a4269daa1a2d0033222bd4b2e92b6629c2a9d7b07f2b45abfea631afadb040a5e1301b2c3e2eecb3a0a921324638f0a81ba469a8bd2bf4aff5ad722c8c2d5ea0aaadf59dda2e13b0ca2742311fad6ba3f32ab0ad8396d8a92a9dd530012c4f31452c04adb9b11fac8fabd1a888a2cbb02aa773335cb1533319aa062127aa4dad31340c28aa273f9cbead3d2a1cb3292aaa2ad9ad45a3a38cb4a2d0b07b2268343da8ae1eb0233bab21a666b161b4de2d932a5bb2fa33ccb702ad5db725b22ab66d383e3444a64db67e35b4b3773742bbcd2d5cb8c32fadaf3ab043b5f7b6f7b23d357db458358d1e01b03331f6302203192510adc82a96319e20c4ad832c2d2db73086301ab115332a2e2e25a4a74b3050adf736a6261530cea935a923316dadbf9acba89bb3aeafc09cd728f6b6dd9d0daddda6322998a96123eca870aa3c31642ebc17cf20ad2695a8329c692dc7203f304424c7a6bd281ead2d298a28cbae442e881ab2ac2e2e20a3c9adda36f2a549a82f322916472f28b37eafe6ac4a2f2528e9b057ac4b30e528972cd8af812d91a97b3015305d1a1c271cacaf31273565b2f41f3828b42124a94c31c8b0cfa17d1c4d2ef725d32732ad0c2a8f2c8fb0ca240f2c342ef630caa1521cb12cbfadb32565b129a72aa81a20adaf71ae80a95e2f80299bb1ee2b789b932fcb344824312a8125622bc1a3639f532293252b29dfaf4f21eea00fab2028f02cc9a81828db8e7f328ba93120e8256e237e229daf452ca81f73a4f9a30c9cf62254319e23e6a44a22712c2fab4e2ed5a00f2d6e247ab16f2fb0b0062a8ea733a14023ca2db29e7e9eeea444b041a8b82fd6accf2d8025da9010aa811c6b25d4259a30d8189624e32837aacbaf9231472c7d2c5a338c25562a0cb03828e2a86b27d0af2f309cafd12d22af0dae5924522d02ad08a8819a5d2622ae36a9ce21ddac4f36be26332451a987a6aea4b42a5ea29c2eb2283bb2ce267cab5c0c5d2a46255dafd5a898a7cfb0122d5db0d826e5a6002849a03d255424d0a63025539fca157736772ee82bd9b1d5acbf2a1329512e613077227db4822e043030aa8d28d39d22b22b2db7ac93b26e28a5ac1a2c0c3074b02aac962e262831b1a0a54d204ba80ab4fea78c9845b0e626603292b0f3b1949c152af6accda7472dd0296ab0d3b155b21e28ef2c4a9e872873b1b1a85e2b43249facd731453094acc230842d10b8e1b6d4a13531b12fac2e9ca7201f8e26ef21362ac2adcd26042fff279f2cba2a00a909297f269daa3f23832d3c2ab7aace2f2bb072a70d2a8bacc7242f2526a3b336ce26a52e7b2fdcae442f33ac2e26d13036afe2af092857a23f21f1aa802e7cb4c12d7b290baa29934d2e5b296329ca2e1a3262afb025fcafe12947a622aef3a914abc12e6d258ea38a2dc621f3b1fe2741a9ecab0f25ac2df32d06b1a12a12b13f2ee9a4be32612005ac2827bb2c1933b6a434b1f22f78aef71e7f2956b64f30fc22ba9fac2e132bd7a4dba979208628ffa3002bb2a8f9a5b9965fa8481f49a61620c7271ba99ca3142ee4a4a9aeb1ab9a2665afc82855a56e9d1422612831addaa80d2c5627a01ee6190badbf2a92ac8cab9fac74ab0c3189a25f30e9af6126c02b2a2da0235f2ac5ad6123182dba2efc9e063145aa392ac62722288f1e07282a27cda684298eaacea0cc2fd1a0952fe42a5c28652dd3ac17adf1ae582d5aa206acb2b02e219fa50b300a296c2abbae9027beabc2a292a692afefa7c6ac5c306b284ca41eaeb91bd627f8ae7829e5adb12b53b12c2e5a21fca2c9a3e62ea3ade8abbf2b852f332505b081ad0da4a8289d2dc530d3a498ae80ae9996d5a74c2823a6a0b07eb141a9e6acac9c01b0872dd0b5aa36be32a42e282fd635663468340dac84346a2bf5952432d135692f90ad65b2ccb46c9f4531363185322b2e979f9c29c2b09dbedd2ea42fdd25592278aee9300e2fef35bc2e2d1c6cb4c9284e2b872ab3b4ef25f3b5082dafa9d7b0162838324d34dd28d7a8baac46b0a5282da1e5a9012e862f60a57eafd12c23b2cd946930192e3dae8aaabd2e1e2c5eab4c25f32274195cad2aacafadf6a9e8245827cba98129e12962aaba9f90a53fac45b9db26072f4f280ca329a10c2b02b178accc341f36ea2a99b1acaf8b3152307fb1e3ae191aa0ac39b172b1f932739317af6a2b27abafacfc317daa86af7cb204b76735c3bacf3583b6bba864b330b07ab6f53c6938232a52c0e63c75217bac2fae66a72a383b32822ba62006ae14b8363cab3bc7303cb4963899bddb33cd33d8b55ea69e1b6e302327b8a5d22b3424a8a89c2a2aac312ac330cd1f9f2cf72cffae8da5f1ad0d31612973accb1e8ba8fd2a9ea922339f21c9ac3b30b91900abbabb4f2c4232efac23aec89f9eae3731942f9e2d49b3fb31d033bcb2d4adc333f6a943282b31cab402b1b91d29a9df3468274faf402d57adf3ae0098cb2566ae19aeeaa4a7a27f2a43300f2d62af71a843ab06ac752bb02b733352b3cb287db48fafe92adf2e2fb1872bd3ad489b622c60adf7ac242aa2a74ba80c35d1ab28af833ae02aacb20f29b7ac643277323736f62902b401303b2fd7b26cb0e3b0582acaac0031c4b16632352720ac592849a891b4ba3633b73e2c201d052fd2a6ff2dd932552bf32a702d5d35f0a8fdb889aeaf2f7936ebb6f2b40b2cf63035331eb5692de1315134462f872c75b724b0922766347eb7dd309aabafb0f3b473326ea95bb201307d25082aada0e131a63376b05aa575adf5a93f32f4314b27e32e3ba892b0abadee2d38b9e4307eb5cfadcd2ebfb32bb416ac9d33db32d232be3023b35fb14329829eaaaa56ade414601ba42e10346fb0ed99c92584a7a6b224af6fac3db193a5d7b020288ca59130422cb9ac74a81a316629e8ab5f29802513a5a52c05b7cfabf62f4f30512cee9ec1b31eb4443365b235b3da204f314833c1af5f2f87af3e2ff12db131da30b0a6eaa06b2f15316a3333af7c2d28b275ab3e2bd8b1982ee921012c85b49c25472cfdae152533a34ab0baa696a444ac46aedaa8ec2dde283f1cb2a521b7c2a39eaf402718acf5294c231833ac284f2b592d762cedb2ebb88faa4daedbae69a8d6a84caa8ab114ac78ac7a9ef9af5e2f812e412a6caf1ca121ac6a263fa864268db40ba751ab7832dc2f662f1dab3920c62f1c216ead2cbaf49b7f25dcaff1296d2ebc2bea1816a861aee6a5c429652eb72d03b0679eb7a1aca1aaa5c131cf2ab6ac44ab6fae263172b282310519ab2b972a51a20328832a8a8e6f28fb26c79e61afe92a2729b0144029d5a8ffab52adeba9c4258e2987251e1cdaa1352ae29a67b28123219a4ca41ca137af9525732498a64aa187290539202c94a6682fa89a63a6db301431e6258b24ee2961a62f200e24a6a9031c13afda2b69b06d34772723b3479a31b253283d2ebbaee62b822d0daea49c2a34162c23a82d31c0255cadb6b4cb237f29b62deaa8ddaf65aa57a84f2f46ad902d9b3071accaac83b2d5ac30b2382ae0b36a29153251b5f6a460b2a1b1aa29102fa82cfba265a75b1695aa2a294e30fd2fcfaa1aa4d429a030692ffe2d9f9ed030e8a335a403a47dada2a5abb0e79835ad5baac629a2300dab6529ec220caaa1af20253420adad612cb2ad472e852bb4304d26bfb3c3af0c2bf8b18db012b28a2ed4ad05261daf1e331c2584b86c29bfad332e5d3319b430a412adea2a38a2ada839af5120342bf233f92ea625162a26270e89da2fbe21f5a75da2c1356ab046305328ea3098b0fcb505a8f4b488a881b4e730c9af189273238fa570a1ef280b3249b7641efeae05b4efa7b0ac553238343bacedb0f62fba2d582f0bb6132c27b13025b5ae432ffc2c13ad12b751a7f3ad7eb25032dc2eaaab05a4a99985a90cada5ac1327fca9a137afa89f2b0bacaa3041ae5aad1324c72801ab1ca939acc0b17c244c27cf986aa6cc2ffe32c19c1aac29b316a730af1ea4ce244caf3d20552b6eb2203018290e2d2528871acab037b1189b3cb5972b62ab4baf2f2d05302118059e072e932fecad7834c92899a8fe3186ac00b4e5acfc99a43426230828392e2f22122982a481abc7ab7fab6da13f1451afc9276e244625d72e5030c33163b0f12154ad4bab14ae891fffadb626bfae39a1e62dcf23b2a669a73ea9762e0a2f95aae929382db528e131f0b3b9af9eb1c728c4a9a4295029dcae1f2f842444aa2f2941b09d314db2d32de5b29aa612310ab17bb5ab2de827b8a7b12a23202031c8b0111eab2f8ca9a131b0ae30ac1ab11fb13e2433b458264f2f6a28772c249a372a1eaf5e29ac34172af52b612add2ff8268e1f71b41da5a5319d1d5d30c1306537272a3baabbb1fd2feeae1c32f0af2d2d80ae08ad87ab6625a02cd12ee1b1f62e06a7c4a567324b2c08314c2622240eae0e311e33c5a402a383ac0c2c6ea9f13145a7d1274f2ce82c682f93aded289f2274ae80abdeade8aeeda98aac212acd2859a8dc23662718a8ff2880a6562bd523af2d71a05d22882d7aaea125feabe1b0e29c8a292da549a8872e1faef62c242865ad6faf292f052244b101309128bcac41a4f721093129a2ca210c1df231dcac4ca97621e6aa0728b02b71a29caa4b2147223724102f5826622532a7371d19a75a2bd6a43a2abb23e22fd9a35a2d2a240a2b89ab34b43d28a128602110adc12f44a6412d5c2919a05dadb5a51c362bb37fa4c7af78a1e02545306e28f0aa9ca6fbab8d299329039be39d1127cd2f449dac25de9e6b326d2360b0c922e8290cb20c314eadd32a9dad60176ba93b2666a962a62fabb4b4c7afd1ac721649b28a2cb3ae41a032a3d6ae42ac8ea82a2eae2f8c29e42733b13a22adb035a7982ed6a41eafac28831e6e30e530dd9e8d2e34b1b2a5b99be49e88a887af0baea23054a4cf2678aca730182c26a8e024e12c6ab0b12b5c2bf53269aaa33589243a30a9a7d8b0af2e1a1d68ac612b67a7cba9bbb55e9d3a2c042b42283fa83ab138a8cb279da5d71d2e9470b2d9afa12fe02a4e2c9d2772a5d526b328f929c5a408a8812dc0ab12a051a2373032ad6c1ccb2dcca5cb2f9f2a323267b02a353030a02bfd98af1d2426be0c6cb22d3196acc537e3a938267eaf042c8ca3ea2994293a2aca31193321b611ade39f17a75e250124172687953facd3a45e2dcb298ea8a3276e254aad9016ec29ad30e3b4baac5029bd235824df31dd2d5eacb5ae43a943a6a0b24b32f72e77a72f30db2b2c253132a8272223ad1916ad9da5e1ac0b266c30df9904b16e213ba69a276d24469fa0ac31a4ba2944a863b0fba376a903280a303cae89ab412ef0213722cea5a1a04831ed36362c9c2869ac3a0bf8ad7eaa3e2bf5b17d342e348cb1422a1f2ffe3085b0e22b27a75da3a3a1a91de232022506ac87b08aad912abaa92a24b928572b8f30f9ad79a2f3ac2f254fae60271bac1caa51283c25c72dc1ae672cfaab17ab19aa8ba9e72c072ddf35432932aa201d342c3c289d2c832a3ea8f0ad0a211c2852b00db8c7ad773056af41af6230fab566a63b2ff02de0a7aea884343bac28a7c7adf22d1f30863092b926b080a7f4aca72ca72fe1b48e2d0817b1b0212d652985b09bb480aa332af3a600b189324fb58ab4561c171735ad5cac0a3600983cad47b5b1b29d30cc33322c0b2d24ad95a6d5287332b0b12734f42c80a3ca356babc3af57b5a9a2369c9bab39ab8530e4aa732cc7ac953092a2f11ff1a90aac2fa50ea821b1032cf9a78c2d47aee831e925b0a3f12da9a75aab372802a5c73276a43e2fc8b482a7bba732af65add0afb8b518b592330f2e50ae5309932d3932ee31a5a7072eff309333f733f6a4bd2dd1a4da28ab3015b58035472c99a8f2ade72344aff1290a25d3399c314e3786bbd633efb63f3860b89c3ceb32b7bf48b848b7603536bb69b173b9c5b8d6b093b53825fd2808b907b676bc3532c930063869ac73b129b69423fc282db3432f2c3341b06033222ab3af48a8f134343415b52d339e2ff5b59632be2fe8ad352f7badc3a30dab67b245b41034aa2cab9e0e331a2040a1782c58aa8b2906b12ba4222ebcac332f7b31eea6deada12d6b20582baf24a82468af4c2f85269296ac2c04b6d6a4f92ddc2e0b37471d2822c0b06aa666a595291030092bb2ae98b883ad6baf41b358357f332d3152ac3da6fdb4c2ae13a430ae14ac6134392863b43db199a9edaddaac1ab267b76b36be308ea2dbaf58ab002d043404a1e7a533b491b01c315faee63122301c327caf632e7f3326af3429cdac5028482e942ce8359b999d291b00022fdfb09e29fe30c62ce3b0eb29ed9b3dac5b2a0225fba56a2e0ea51c203d2b9f2d6828e4aba2a6d8277b21cd9e5aaf182c4aa977a7d6a3fe2d61a611298628992d15b1b92693b180285b2c4a276da9a52cb730b0296ca81223d6259430c01ee22d7ba5bfa7339b019ef731e22a8fa12baf2430f927502e5730f32fc79bd828f62da1aa7d2cf71c80240823fdaee4a55111dbb4f71d57a573a7e7a8d02ba0a9f1ab28a8c52b5922d3ad5f27889cc6a871ae1b2be6299f1512a91ca30b3009a153270da24faff1a50c20b88ca92d0522fa32bf32482f6ba7ffa8cf28ec31eba04332bc309fb469ada62b20af11b22a9e572cf22fc9aca2b2a0b4ac298fb1722fddac40b36033afaef4a36eb10624d49debb04fb2ce20cfacf5ad1d2f4925fb31f335e2ae56b656ac50a88d300cb55d2e94245d3343b246324cb5aa2e98b0902340a3a0b53f326d37b7a7313530a4c8ab7eb5a2b145a4cd264f2d3c2d38b147b14cb129301d342025d89960b0f530c9aeb526582d2a2eadae93b03e2693aec09c8b2aa731d1b048ac6ca5e3a23526f224ca2ce4b119230ca5962f67adeb2a15a8bba7b9a8e62514a179a2f22e97aa9fa029acf790352d012bf32cf727efa6f10e23ace1a1e62faba63a286a2a832c7c9dcf99942fa02a45a803a40dace1296aac602cb21fa9abf22ecfa8a62a37ac3aa897ab252858294c2e71ae661c1ba852a086b0dea7aaaa4facdfa46d27f92a5bac66a8eb32ad061727d0acd52891185dac7d2dfc28dda576a332a96328bc2cdaa8dda13328dc241d211c2deb1b482a321c721c4a1d0eaf3d29199c47a54128129ae6250bb1242a5a25542cc027cd2ac32d7925ec9deb2d5e18af2913b0f5a8492871315eacd52978acb4afafa853b2b7272a2d7db0fd1f83ae662890a410ad449c99a53da2d6117029c030afac53a184b2f5a9472569ac1c2bc5a9cba966a9d4ad01b0632ce5a0742f36a6dc29c1aa7aa74a2f57a7da2b21a6d8205eaa48ace721418893b373a2c8a63c3027a2f72e351844ac95ab86a9b82a9baaae2ead24762f16abcfaf91240e270b2ffe2c60ad5823662d73ae46a9aab0b423c4a5eda9c69d06a9f1b2b7ac429e2e348cb0482da5aa3aae88ad9229c62c20abe02e302971aa2aad7428c6a4332f58b0492668b2cd25d22f0f194eaee12affa413b098a456a490ad2bb4e9a1d1a8073025284c31e6330eb003b0b82ac7303fabd7b14f2a10a2e9a3a5ad4f2ea4aab02cdc2aeeb0d7a31237c3b233b02ea8a81ac2198f2e64ab9fa98db489201da9c3afb52c2babffb1c8aed72419abdeb0ab2aebafbdacc1345bab5fa156ad3caac02e1224292917a41e3296adfea9942ddea26e9d00aec8a02c334a264ba28325ceac3a2c17aee2af60ab1ca4ff2e7529c6a63bab4f2a392b72ac8c2e99a98b3069a56aa96cb18bab6c2fbaab8badc02faf24162a13adb62589a836b27c9d1da52bb434ad3faadfa83ab0dcaed8a1aa27c63044b04bb5643192289ba46baff69a27308ba97a2c3725a13541b4a5afa52ba8abf1a7f72415ac1124ba35a0aa551e9a25d7ab843014b279b2b025fa3388ae762d8ab04633bd2f432a9eb077a57cae6e31f82a10b62c24d932bf2ee690b7ac34a479ac7bae579c5634da2c42aa01ac18b06029d5a3a41dae24061ffe9ce0a9fc1e7f2ed7995397e12dd4ae74a49aa4d5a5feaa19a44020b3af1d2588345a2a262298a513aaa4a574ad97325d9859a87db4832973303faa15b3d7299ab3613005a34834708fdfa522a6e12adaa6d52c0f9f9e30c3b03fad64ae5633aaafe63033a93da96331aa2621abdfb561a285a912237ea0ab2d26af0c21b2abd2adfa2585217a3066ad012ff7a54a0830a6962e2035e92c2b339c949e2a44a04228af1bfba4722107a56d163b1f9db71424e82aeea54a2eb0aa88aee7a4d5a48a30de144a20c82a402fec2d3c97f2a89faa8514bf28991dce3018adecaa0b2f25353f30b2a18aaf15262ba359a1272e47af192ecf2a5ca114b1533455ad61305db11f32fd2f07ae43322bb41b360cb1dc2a02b112aad6ac14b053287b28c9a4462f2fb6433213242431cba30d2c6ab31ea79a2bcdaa7a2726a88fabc72e85a58225259840a54fb2792d2727d02a031af327c39f0e30bd219429d19ceca76725f4ac18ac02a7b5a8cbaa8ead2fb58f32cba93b1cd729bead3b25e52bc0a96ea99d2c912dcd21e73107293028c71dda9c63a4fe2a4d304929a719a6a8aca592a9a23153a8719bbda63d99b5a1a628a133db98b72228b16ca830b1992c2c21681dfc308b2b3125f62c5a249ba8e3b13f3093aec225ee245faaa7206eafcda980b4aeb33a31401f9eac4fad12a986af0d2b739c3e1d7926cba84529e9a7322410a3cdab67a4a62e08a6832bd32d662d9d2962a894a4a0a9102a843217a43fa35e287ea5dea9d3ac87aecd248ead5ba8e8345d9c1a2501b230acaa30ad1c76adbdacd0afc727fba47caca6ac68315b30292c902e662e4f340b270f2c5e17b12d20ac87b480a3559e8da9c32cf2a4f02d692ed5a2fa2bbd307db0d8ab02ace82b5922d92f551df3a5992bfaada8aca79b741fcc2a2a1c0334cb28b62da426982387a458a9faac28a5552f081f101f0cabeab20fa938afd2b03229e628daaddaa8811ead9e4ba86a2aa52c16af4e328931e2b0c9a586a5173481aa0a317720ff2c9dacbd2b85b0bea507af87a31ba0bd3260377520ada1f2b239b1c6ae332a03b35a1d5334a02d670da4b4bbb0ad30d324e5a9be2d05322a369fa9833030a8ee2e2b28e5b9f02ef0a70733a6b1e81246335f2ecda92e32a3b13fb0f0ae8d2aeab0c42cceb04f30042b65b444aee9abcc25a42288aa61aea12db1299d34602dd13112afb2b5a5b42827172c682dc4aa6c344e2b712128adb7af8daf3d30c8295e2ef8ad15b459257f2d5a3200b5cb351a1d40ad26a7ba30ad2a00a75733b3a17724b8b35a2fcd32c9ab762f6230dfad22354db2fba4232aeba3b2a4d22832a081aa51b17a28ad286bad17b1cc2d5428ebacc8acd4233ca5d62c13a8d52c1524c02d202933ab2fac5b957529201e83a3b2a84125aea215a1ec3261adf52f3a2baaac222e8cab2c2efca54dac1cacc69ecd331eaee2a501b1441c58a9aa30b0a47d2ae1307f315db0ab9bb72e7cabe78f583393b41fa9bfa734b193ae79b02cad8a2a78afe42852ae8122642efdaebe2d25af79a802a9d629813595a75cababa36dae83ac0aa58d9769a145a47d96dea58330dbb134220eb3ca34c428aeb0052d63b0932271af043105257eb1db3109a99fab982f1e8d54a5baaf662a5ba869a982ad179624300da4a12cc42c9ea81a28c92e0036b628fe2f07b2d13147282d2d91b03e3100aefaaed8b528aea8a81cac5ab3ce2e23ae32252fae1e3411b56c291a3389aca82d01a5602fb02fb4b480a837a880b4ff8fa227aea0459c75b19ca64d2c112a5bb1192ebb295f31c6ac172ca52e741c3dad85a9952d8e9a2b33fa24d82e91b1c7271e28789a5ea8232e9329f69f1d30d2a9f1a72aa82b248a303fb260a765ae09a919344eacefb75eafacb08532da2f192b3b2ae936ccaa8c332f0b8ca9be2dc934f900a92cbf29f8aad7271faf95b49caeda30ab363f36c4b06eb273b65430b2b69c314f2db22c26b4baa7003551a70fb6bca8feb3b12bc7b49119462c579f34336ab3d1ac1736b234c59ca5a96e30fd1adfaf63b5df307f317fab863059b0e8ac892ce42f6d2d5eb18c2f8c2dcfaa66aa6d26cdb5342c8bb0061693247c965b34d9325eab152848aeb8ab7b2cc3352e2473b28eb033b5822f8129a3ace128c730373154aec5aaae2cda2cf9a92a9e062ecca8d9b3d8a944b105aa9d8a19b2e4331b2eacade91b902b59a0062e8eb63927be2eb4afc2af52ae95ac532b10a83f2f523003aab0a05225722c16b2a429e0ab09a430b425afa43033a972ad1eac2cb38332e9a9d232c52867a3192ef3304b9a3fae38aa7ab394ac38ae641e73abb4254b2a0f26882e313154a706237c29ec2bb02bfa36d5281f2d8ca7282621a7649caf25d9acd1affc27b7ac2cad9eb2d5224f9cc2b1eead7aa561b1102f6a24d610b72435a86f2d05a2e9a117ad2d2d92989a2e18b610a5abab7da1feac422effb043a828a81a2410a9bb2462af7e301da424aea9b4f82ed432f627feb0aead1fb5b122c7a5a933ed2bbba454a379aebbaf922e3533013292a6b7a7aab3aa30602ef7293c29521ff9291c1b73acb9b1529e222272a281a6f42d143199aa73acdd2f3c9c6dad7cad1fa8d71f79b0d49f1fae20abab31fd15032d19a3c2a8ae2923a246ac352c6c2b38b14323302c6e9ca827b12f67b0d42d5fb073146fb4cf2b02321c24e0ac19ad852f552f4bab402663ae4c2f74328fa40d2679289c24992ef0b0eb31a4a126a71ca8e1259ca145b2e830d09f00b0efa7619ce237223405b40d29b0266a1c04ad09b2f19567ab1aaa08b58a31f329622e7da6b5a86fb185a7cb36aeaf2da879319dae592acf2ecd34e6a3c327d0a74023fcb1382a71a48cac2b16d0271da28db01ea67e2c471526b090add3aa49a83a28b62eb52ad1a4f6a8b2b00b2eef2c27285ca45e25b3a9202cf7a9ef2a132a5b2728294d23cab1c2ae413242ae08a0d0ac122c941d2a2d1c2953a7cc972f266cab72acb4a7d3a8672b202ddcae0729ada192a8681e6cb1afb213a87fa6a1280b9baf2e3aa898abceb004b015aed42f02aea3b47eac092a9aaeb4ab482a0daed81b75b018a9e1acb12a9cad922cca2d672483ad5baf6320c72cf7a225274ea1ca2e7ca8ab2c822e80ad17270eb0843015aef51ca02991238aabb1ad8aacacaa6aa61c262921e7114628c8a9f3ae0a25312db8ad38ac2933a3358ea9b12e4531db2dfcb11c2d9027be246e2b8db22e29992579ac9211aa3117aa04235bb0d220c69332309324beab4aae2a29b49b6c9fa32a40a49d1c962f90364029c89e86331c2e39b42b292f2c4e2caa2d7ab2cc2cf7a542b46da7bf2de2b067274dacddafacb2c0367525b2adc2b09a32ceb0eea69eadf7b1aeac6aa5923ada25dda40ba7ebaca0238cacbca4f228882d162559a812b8061cdab4f02d44a48b2d61b19cadb4ac5bb6928e1720d430109deb255d9e422b37ac4028c52dacb589201424f425d2286fac64aca0ad3db06e2e9826eaa6eb319b25c731189b7c2665a9932db831af21ee930a2121ad832c46b0682e44a25ca61f298818c6295e306eab66a7ea2c9527a5268532b22e1ab048306121ef2987a4012eeca5342c07b43532bc9c3ab2a6b0dc2ee124602893a296b06a281e2724ab5e319aa4e4aa17b053a7262c6f25b02c3cac59a9b5b16623002d77a7a8a82dab7e19e3a5f39547af2e2261a92da46a9b38aef11971162ca94b2b27b370257d281420f2a7ff2e8139aea5de2111a96b29b828b5a9ed2ab59d7e2e1720782b6a2f342f2e29ab29fe1931229c2d802b662d63b24da761a8a928a7ae62ae762392ac1a287f9380a7e836ef2228af47a8d11f512e9929a0a2940d2f2d52aa292ce62d56b19423cbab062cefacbb299fae55ad5c3026ab032bffac03ae5d32d4aa242ca225cca8b628a02b85a4b11874100ea9259c0029012d85a62f2ae9a0be9e502ea82a7a2ccaac00a68297ad24a8317421fc2d869d0b286bae58acec94162294abfa1d8510d9b2d0aeeb210992bab23d30992eeeac3aa707248b30b8aa99a18a2e4e14322e7c2ecaad042854b0803369aa2d269f246a29a229c6aa383081a9292e762b172336266da7ac2ca5a1a4b5e72fc5ad0c280b25a820f82a1aac630e07b22228c82297302331cba5d9ac4ea877b07fac33a8b829a0317631cd289cad5f2663ac872a0a2241a9062941a580a8e82e78ad0aac762a1e9e49a8a624b22bf3b05aacfaa1eb9cde2a339c19228fb3d528282b0324a22bc9271c29e22ebca4da2985a36420b1aa343812a131ac059cbdaf0c2dfb2332ae92ab50268daadb2916326d278a248a29daab02a4a4b1dba8f82643b1bb26f615fa1ebda8a7a0f8ae442dfb2d4fa87ca6c8b1532c8aab102d8dac0d335631552aafb11e29cf2e10af1f270a333d2f87b02231a22052a393abd29a3bb07ea249ac992b389cc627a0ac12ade0b2ea28082d3f384f2852a7a732bc20cca80f9e8d2c9ba83024132200aa7dae1ca8d4af1528ab2fa0aced206da624a9c82845219b273ba55e30d4a6962436251eabfe29e7a0a6b1101d112de4a6c028e2ad81ac782decade1977dac3e28d3305dac912ec92b90a992a29ca511a9ff20872bf32521291d291eb2862bf627462bab28859ce62c52a7b629c0a9803290219da4302c5da34cb1eeaec328361c0417822e3721c9a80f2910a651243cb36d2d8fa647a950ab36265ba87522c9a5309fe62d14297bac8ba1baa52627812edd2c1ea24ea7baac72adb323941f25afe52b5cb01ead24a8f02498abc327242df918a02acf1d0b283f172c2bcbaaf22c0f2c242cfa284fa2732880a04c2e9fae6719b62b8cb0492fe62c03a849a6222c331ba9ad05a8979cffacd1a3ad30b42f532431af05aaa32cc5ad20317e2c832742a4e22b8f1c00a8f3af47a5d0131296d7a807af15aead1c1dafe01d36a8342b8f3362b2bc2d199099a801a7982ff9b1b2ac32ad57a569a911b164ab1db2e92a6a2c4733961cb29eb4b191a48ba4c4acc32a9ea946ae0ba1a62d802820a8702b51a47229a62776a8b8a8e32149a3772ca42cfe26ff207126492591ac62a118a95ca63f31dfa904350133ce1eaaa8c9af4d2a22a09ca5b02cbb33162ad1ae2b2ea82e02a461957c991eaf9728f52eb8ad74aa9cb446ad8b2f2ea36f2e5f1e802d81af6da88ea46fac8aadb92de123f4b63d3044b5aaa5522ec3363b2c15b23e2b59ae2aadcfa79bb336289d3293a924b2a5a9c2a16aad4aae43b14bb1452f6d2c262c89a2baa3da2fa32f3729fe26cbae6ca5b9b37ca4a1a55a3012aaecac1e26802443324f2b16a0562bf32d7e2bec9db49b3c3043a9d5ad772d61b0572ed62a1a2c4c220b2cbe25dbb69d9a8826fb22c51c752234b218a90830412c609906a2cb2d552df12d06a1c2a9ee2ca02fd930312afa19e82098a5542ee82b4f2abb8a53277f271723b1ab9eb375a010a9d32ea4aa7933cbace8aff13054b21baf55207fac11a89fb0e431e2b0bf31a5a4a224e4829bb1092b4b2cbc322a320eb3758043a3632e97a6e9b1f9b2bda6422c27aef4aa262921b0818ed62bd7a638ad46ae822fb32cd7ac952900a7c32cb494a5ad532410a6fa216b1e392d2a140cab642bf6a1452a2b25f0322b2e06257c287b167aaf0828cfa53325b6298b9c15a85cac0d20f725452375a9a22c12a7c921a6b14ea037aa8128c02df42ae5b0cba88ca4bf2e27ab1a1ccea5a9b4da1501289c3313ae6dad8230deabf3a65633ada61a26cca8142e7629282b57af6928f1ac343571abcc1af0a40db0052b59ad74b1602160b14bae362841263f3498a60d28672e31a61529b8a5212736a5502b1da6ee9059afdfad4aa816a402a7e221f726f3331aa8c5ae0822ada9a7aa9fa8afadc828162631a1219cada061259623102d9fb04b279aadf7a4ac2a6a22c9a89b1a3727c2287ba7ec2a61b1f424132b36188d2ede2ad8267428352681ac0cb3f72f282a472c5a1b9c216c3196b300a886ad8133562955ad77ad59b25cb2b028ba2c91addb2ccfa6dd2cf82ae82cbaafd72dc0b35da093b2dead079d85b1e8b12ea492a903b0dab07527293479b59324852c8e2748af25308e2caaad8e2674ac9fa5a32348309832002fb3286daad92e77a6fcb412276badc2a7f1a50c2fbca998ae332ef3ae5432dd277a324fb32b233ba96e2d2528e5251028c1aead2c57a358a4179b8fb2f2aa35ad722cbd97bba5fcab3413c0abe125e028af9b881a2a2f80ae2226d1a118a25820eeaaa8b793acdca203aafc28a5ae362814ac97a88898491df1a109b12032cc2bf3a91d2f54a99aa278b0d3aa36b3d7a456ab4224779c642a46ad88ad6fad9526842ac4ac8da2029cccac68266bad3486632c8c2e382356ac702b47a2612f4530261f0896bd27f9acf5ad4ca6f4202e25afa422a8db24c6302d278d9855ad94272e29aeac62a3d3289a9e50a5a6a56d2f932ba01ce22d6c2d381dd0255525f82a47a36ca36cabeda958308baa582e5c238ba77b10c4b06e2720254a0a23addb9d152ae53478a704a7cea5172f9cb0a12d8b2d2a2b0c2dc2a1cc2dc5a110ab1a2e5a2c2ab134a1f4aff0b024ac3432412df5a885b1f03047acc6a7e8a32c22fdaab9aa66398a9b87a984b26ead7e295dac0ca3dc2db62b992c2e2c95ab5424e5ae722db01d3625a6242a2c1daad9ae74a511a7e4265f2dab3251a6dd19adb1c92201b061b8bfa026290f301125feae5f315aadefa628adef2e32a92c30111bcb2694a90fae8fb050959fb018878a28402457a6c3b01d2f16adde9b172fb5aa42a89b2a8732c52ebbadebb2dd21d033b831de27382f8c30c42f1ba02229c32c22327db048b1bf2e7ea65830251d47aaae1e5bb1bf2f8eab8a32caa63eb09babb318edaf9a355820902837255fad061cc3ab65ad08291d30a82f53a417b1ff29b3b1cf294b20e93035a53f27ee1c432c232906231c329da708b4312b5caa21a0bd295fa6942da203f1211229493198ac06aea5ad9ab0e9283f25bfa8d52cbf23832a2cac102a7bacb9289badc6a1981d01a874a4eaa3ecaab129982c7d2faba43620e4268cb13427952c492b412628afc320c9ad562b7aa868aef0242e318e261a2eb72d43b0a6a94e2c89358c2d85315b2a252bff25d33123ae8a28d9af3e2ea427c72d3daf5622b82b00310e2437259aab45b153a456a9542f1aaf70ad3f3164b09f28d8a3a82eeb227eb49aa4b6a81fa189a4f22fdaad84b1df2c939e52273a2a80b0d031f59c452ea031c7310620e232e0b028ac5c2a3022cda6e0b0eb2625ab53a5b7af24aa14b4d734eca9c62ba82038a48a327434249eec2b71ac96b0d09cbf2bec2d899bf731ea346b167bb4e22f3e310231d5314ea46b2e76b3672f1628092f872fff21bab06cb0beb1e12dac9dce2ca1ae0aac7628a32723a419b30a962330e5accaa7782376a96ba7ed2c392d3a2afd218daa5d20c4a41c2dbf2fb22d6f2a492ac1a5d6a26eafca25dcae3e22dea919a4ab2e422ac8a11ba880ab7796d4b3ceb4c225411e7a3295a4de2fc1325b3354b0acaca7b1602e5c2a4fad23b28a2fdaad10a937ae69210a2dd1b4542c1cac60b2e03191b2182d4db35624ceac9cac06b3db2c26a5c53045ad94289ab423b49e283d25eaacd5a792adc0322ab4882de4abe2340912acb04928bca9f2215e2cc3330bb23d2c6dac45b1122d8b2cc3b16cb9502b2da9f3ad21305e2a3b30992d3025f3b06324572f3c3090b13e2e4924e6adc6949b2a60293224eaac48a522a73caa463030ad15a5d9a22b2b21260ab0cf30b9a7c824802cb126b02bbd2d49233aabd4308fac97142b288da47c2a2daa692ccdab1ba41eb23f242bb1c6a060a9549c5c31f9240e2d33ae43ad61a42a20be3578a6f02c25b10da1bcae312e802e0130002d62a2801a3027702469ab15ad0c30a51d051a27b042ac762bcda4a3a9d522c1b2cf31911f312cfb24e5289ea574328922432192abe1a6efa0a5a5de28be1cee2318250aa8ad2cc7adfe873721462383195a27fc268fa195a2560949adefa1eb2a622a39a68628b82b252735b0a0b0f1a266ad5f24d2a1c8ac60b090a294ab63ab432be21f689bed9837a7d4a98229c5248e2f17b07f1f042f82aa27a52eb0571861161727faabe3a08320062185a84ba090265e2be6280227aea64ba84a22d3b1882b83a0dc245eacf52cbcb1e1a981a76dac702e2a32482e0e2a02a846af22b2d6b07ba7d1290936cba9a69f67b4bb20f1a9d1a41baebcaffdaad72b3f1cd91c73addaadd92efb30c3231fa8b92a002e7eac10bc0eab3c319a1ce3b67d2eb62cbca7dca80b9941adf424b0307d3333a40bae60b07da8582a33aec1a8cd2db6a7cf2cfaabe2b1cd25e4ad5b29cf3183a65130a8af50ad552d29ac58afbda16b2615aa98a87c2dd4aa0c2707ac1431352811a9e7aa922dfeafdb2d572eb5a893b1e9a98e2f902c96b2d0a7f8a8d4306fa7ff2ce9b6ac2f7832f223d1b4fc2ce8aadb2c83aac830a5ab5aa8749c9d2120a32a2c0fafcaa9d8b0baaf782e062b69a9a2adf31fe8a49226322c4ba937260d2d2ca5aeb88d2b3335fe287daed329dcb3e4ad08a1fd15812d0fa8dd35d8b13e1fbca5abad2cabf0a5aaa5232e33ab51ad4d2c0e2b22ae63ab78acb9a4ab29d3a2c3adfdb58524552d669ef8b4d42ec9b02aad41abd9280ba1779b88a739b13fa651ace52b161b8cabfaa4a222bc2c94a43427d824f4b1f02e87a8202a352aa72dcaa4f9af979c239b21a6eeb18129d82c871cb6a415b065a9491f05ada8a8fd184c262f277129d6246ca6c6ab3aa017ad16211524b7aebcaeeb29182bdc1d31a75e2405b8cda71c1340a877177ea40025e32706a8892459250bacb53210b4ec26d22e75ad8b257d1c2db1202c98ac4bac9ead41287ca42a28b829afae0c2809acfd2cc32c6b2a9a1d471c7baa0eac94b4bcaf58263d255c273214fb283e28e32c47ac83b48d319732b0a7cdac43b07caebab196b0fb2db8ae7f28ddb4a72ca9a4cb2ed8adff2e4cb286a53bb0ce31f2a3b12b04a2e331e7ae5c263b3194b0af24d02a5730082eaab2dca906b084a884306b97b4acffb185b2d9a9faa573987c207129ffb1ffa9812ed41f3e2f61232da8d7af0f2a4c2ce628752911a982ab2a18c892e924b530faacc42de3ae2fa86530402cd6a726b317a9fba495226e3106b101984d199ca82aad22a7899a6caa6fb0189fd0a95f30c19b8b24d72809b323ab7921e6a5a4a5422a023164b2faa495aeae2beba859af68b1f42bb1ac002999b386b0c42f272b91b06d31daa981966bb0cf2e00264b1d3bb4ad28332d9cb467a9332632aa3d26872c12acbf2c2ba855ad902a3f31a427a8b06830379fc2a9e827f22b66aec51f612cdaa5882d45ae9cac7c2f11a0313355a62bab0526cc2ebaa411167029572f40155bac7bac80aeb621f82c47acd7b1320a23a8b9a6302539ad2eac05b4b2a74ba41c251f9d002dcaae322a8b1efc2851a3bb27a1accab5f4291427f92cb8aab8a9d127252337a0692dafb1fd2104b3f2abef1e6e26b32a56240cab21340625b4ae0f24262c7a25352c0524192af6a98aabd4a9d92cf0ada0a84126caab712c63a32da63eababa5822451aeba2851a17bab1f20aca5ecabf3ac599d88aa7fadcaaed698f529acad5ea2f72dae231a24fe981320f7287b320aa5aa2d212b4ba165b19c2ab02dd2297d2d5daa8428b3a6138934ad4e2512acdca808aefdb571ac3031c92148ad95a9fc940aafa326a3a0feaec3a4b7250e33ed29802bb12c54a55ea4dbaf8831e92b96a8c0aaf6ae761e022d5fa26ab0422d2d2f4f27a3a858a217b2731382a81c271faf352b75283fa0b6b0432627a732b7b9a69f28b22a08ab712cbaae27b1f1ad16b32c2752af583763b065b440aadf066f24bb97d2219f2d01a149a1de1c783143247b2f00aa9a286630959bfe9d89ba4a218228ae9c36a8bb1ae3ae1ab2c1aed6a6072605a965ac78aa56ad982ce42c2a20a6306d1a352f2b2f89a34bac263020b7652cb4a50fb0b130c1295db1a2b40eac9b25eab31ea8a29ebd1bae2cc62764b420ae543060b86bb342abf029edb130a37eaab22b702619ac812768a530ae51b8b2b5352ddeab3c3058aa5235ff374128f63043abb3ad6bb09ba91c2b5b2976262caaa12506b0cab2f92e23ad01343ea8f92c4fb099a87a2c4a29dc2ff4ac44aca7a74228902690b153a54db09633a5259ca148b54c92a6b118ac0f30bd302d3339a312208eaab432e89d8ab1ad3285a7e829d7af3b268c2a74accda0a2b079b58133b8a3843086ac35237c2c92a09127ab2deaac34a91f21a01e239657a1fbace8a9e72abaafd4b5dfacc02e6f2986a907a471280c99bf3351a40f9d0d30c9b1b4aad2abb0a3ea2af820a72e45acc3a0a32688ad88289e290125262814abcbaf40ab86a9d09c623032a43fa0f124ea2645a90e212b264626e8a780a8d525a02599ad8025549613a88ca47a1d072dc3228aa91d3282a97d1f84b17b2643ad38afe534502545ab7d300026a11f122fdf1dbd2c5329ad2fec2b3ba989ac1a29a12b1a2ddba3392cbd1f17266a2d2f2a64a83d1fbc38f8ac37b250b4552e24a02d2c3037eda71cacc92c532ee92aca2451ad06b1c5b552280b99e02a722069b3a71b79a908ae96aa3f3192abe62b2ea7e8a8daab342ee52637338a1c76a586a876227f2f5db34a31282eba2b400ba52f59aab0210e2d3d2239b5e19b5faa58a42a1d592bd2a4dd2983103aa3432d03a854a907b0933212aad294aeb00e31dfa853ad7936802b47ac01a8da247027529e74adf5a75ba02e2d5aae6aa431a983b5de317aacb4a684aab32ca1a11d3228b716a826b254b1cb3634b53fb6d8b753b781b8aa3a47b1c2ab70af3734b4b5f23225b7a22b84b0f92f76aee0af90afe8b482b9fd36cf349b3857330bac78298b261d22e8182d3379a199b2a1ac87b3e827ab31ab340ab4039ba931d72eaeb0483075ac0cb10bb4fe2abca7339c90242d31b2ad3d27da23032b77a4cd26f8322e363fa1bfad8231e2acb5268cab82a91ea53d30a73193205db47c235cadc8a8a3322ca801a9193174a96b2ff1a72ca6f8a25e30e3a511aa80a00c2ccc92f6ad65b965a95aaf70a66cae6d3179ac8db567b18bb441363dad66b03bb1322a5b3190ae26ae0cb0d2abd298deb26c2566212030333503b34aad0830512f40a36b2e5a3159a397ab8c30d1a839a3e5a9c4314caa4da49e2f5a9ce5b1bc3018308ca5d12db4a7fbab73b83b29282878104faac2a64331c5aadaa5aca6d623d4a1af34052a40a3ed1ad0a867a9a228ca2ecc2194260fac67a9a6266ba899a5b521daa8322451a403ad1428032c4ea4aa2963259ca328ac6ea807a69b29762915a4c726102f62248924e02b0da5b0262a325e25842992a407aef8acc4a733acf12cfdadf227a42066aac1b3f6ab17b05b2c10af55b0482f0a30c2a2d2a147b0f7a905a93db6442819a40ba7c821ad2b51306d2a692ae0ad4a2ab32c0a2716afeeaa702fe3281e25681d26b73da4d4b47729d7ac9ba46c310a2ff39e9e2ae5b3aba9a1b019b67825792cb325922d69a9eca996294c237420bba19521862cac9dd126bc2ae6240d2a2ea70b2fbfa85630582a402d1a2b4fad21adf325682446290f280d9abeacc636142df52b133287a968b1af32a5ac4932cbb6c627912ed82e3732cbb133b05d295aad1a33ea296634a532abafbe34b727952e9e2c39b41a2ca0a578252cb520a54a2fa32faca8aaaf822dc4a452a87a2cef316db2c6922e31afb1c6ad803390b2392684333b30b32f74ac2fb0b9208da912b197adfcb279b57dad4fb7e2308124daadd6abd6a7872e6917c8289d23bca97b223425afaac5ab7dad4621ea209c2376ad31aa709ceeaa5097f1292caa592db41f661c0f2cf19e34a2b72c5230e52ed4ac19aaca2c7228fa178ea7562dfba9eaadeface2abbea2d19f882b9826ff2101b0d522f52aeeac92312e216daa55af51a32fa635a7f19bd12a9631beb735a1e5ac832e9d248029e52262254a2aa5b1a32dbf22cb2c5fac312f492c072a65a8302b69b2192a9babd92914b114b1c02dbe2480aa5e2faca9d418beb5f52dc2245e24172aef2d3b208421211cf0185b2e11acc62f8caeef28d59c4a2ca9a7eba164a960338da1bd24afa8a22e7c15f821c01e1a2791a5289da3248e253fb04329332f19a35d2d21b129264c2fe029b52f72ae78189b243c28739b46aa0c28952bf8ace1b26eb091acdf234aa8482670a0f8ab3b25272a0c31bc1fe3aa942af11f6b2125a82624442a5d2c50270f1dc1ae5ca7612a1ba458a0ad1f072e6d2699a0262b14ab7923e9ad46a2f7a3cc9f63297c2df82860a08ca80f26b8ad0db55f31612fce242d29fbac28b27a2374ad142d3cadf32ab6b10d9cc1ac71aa8620719c9d25342030270234cca3352f249e46aefdac4e2839ae3a2e592afeaeecb74034dea80b307d1fe2312cb29d2fb424bfb32dabaf323b342bb168a85330cbacaf2cff2fa42de9aaeb3285ac2a3048a1a6971234bf29d831b632973494acaa2e7528c5237c2b8f1b23ac679ab4a800291c9f1eab6cac60ac00aeebb06824bfa1b72b9e8fedae6fa9c1abe423c817d12d3a2f2baf05a660a95131d7246b227db4b5aab3a650b03530a12c932f76abc62ed3afc1a5b02099ae8facc0b1172f2f2e361718a629aefea1bdb126ae652ae7b04d2c58afe62cf1ab872ceaa1deb0733623265d2adfaf55294ab3c72da0a9acabce32da2db618deadb2b04a2db8aa25335fabff2f942c32a743344ea901b051a75bb450301da7d1a98aad782fbeac29a96820041b27b0d12e54272018052a4ca89a2b86ad9220bda345ac31a85ea93ca8409c121d142dd5a0b5ab8e90b92d9ea50429bc2b162b9d2f5b1c4f2cdc29d4b7e222dbaf953681ab4123af22fc319e285ca882271b2c4e27a21bdbaf84b00424fe2db328bea52b212c30a31fdd922bb193a509a8d0a430a257290da00d2203a30c27b8aa59317b1c9bb526b3c6abf21e9397cdae49a1492cd52d572438b20225b6a89fa428adeb282a34c725792d389d05ab2cb365a5ec1db92c5da7af2b92b940261baad22ed220b826d8aceaa7f92269aa6aa974242431a027bf29b3ae452e22a58aa5b3aef62a21aeef20b1272c228cac9f2ca3a57bad2b259629d92947b6559995248131912dab24deaee8b0b4284e304a2f56ad28b0c02c5829ecb0572ee39d4c2da12d8d2bf429b425b09e3732aab11732fb24eca7e5a8e72861b16e363e9a7daebdaf25344d31492da9324f9e2bb342a27c2d8f292cad19acdbb18c2b58b06e296935e3a83a38a4a19a31bab44bab5ba51896359d492b582297288fb10ba5cca83e30ac1db62edf2cdcab5e29582cc12896a493a4e92fe62ee31491a1602cb8ac633557282d347228222d042d26adf7ade523eeaae7a80e24f33470ba819877b2d8a9a89c7b175b275127172a5bb28c21bb28b7afb229ecadfd2714289d20bca90f24e1285d2d8bace12f76afc42e1dae562274ad86a1989fe3ad579e9d2522aefaa3422c8ab134b08fb174272daa53ad14a497ac97a6b0ab3c2dd127b528c1af4b34c32bda3123a62eacec32d1a21faa6fac49ad999e7998ed2ad7b47c26d5ad7fb01721daac82ac6e3079a8ebab9d213e29e41bd229241d5aa7152d09217228642a392c21a9aea654a015ac3ba8ad288da695a9461fc42105a3c9b718a0eaacef38df9f1531e82bd62c11b113ae682c2631b8ac88ac10b164af879b932951285632f43108b3e9a95d2f88b5f9b08babaa20bfb15d2defa06cae79b5aca564285fae90a5ba22832810b37321623236ad8aab55af5225d82998a702ab3f24eca9df300bb113b882274c2f70271b2c4db102a39dac81b33520e9a6872fc32757a96e295712142df3a6e02bb4ac22a97f28d32c4d2961a12f20cc24bfa861a46e284c2c9628e9b2cc2692282db4792c6620a29eb3299a9eb7a205aa63b374aae1ad7a307ca292b16f9f6aae01a7392d4ba3662e98b383b23c2ce0aec3324fac7e2b0babd5af0cb5f0286532e1b336a050b4e729ac2f7f244ea7e53096baba270c2d47b0ec3208ad5f222bb11fa1b832a3983d265b31c731de2c25ad0a30a69b52ae2caea43131b51a9f66ab53acfdb05e3535a444ab7dac0a1e37b244ad9aa02aac132cb69ca42c791a10ab31a76ea41a2acd291a2953a80d2c4cb280a95aa4042deb33a21e82b373a9eaa8cca7f12c6bac37201822482b8a28e52d02382fa281aec32cdd3217b09bb0dfb23caa9f33cba0faac5c9aa62b5429fc9b371e32ad3c2c4c20a6ad83a9c4a87f24fca7feb23432a5aa352b4dae3327dfaba3b8fb9a14aad2a4f72df42ad1ad00ab9ca46ba6e3a92532d93183af132d17a381a577b0a32c7a373e305cb34e28933064b5fd324e273ca05bac0e2caba6a5b11db5efa2261510316fa626aeccb19cb6a3285c302bb028a5feac2730a8a437ac232fa02659b0cf942ba693b8e6260821912c5bb1f6aa202a1eabb0ac142c14aee0a98524ecb094b3c4ad5728f91f3f308e2909afd8293aac0932a6a72b2959b169308aac6e33a0b8253087ae5228abb227b073aa722a2eae4231ae2ce3a93da81bb4a6ad51b011b43da49f317ba1c1b0e0b020b3c32e2caf4828b5a77caacdb4dfa192b3ba31ee321c34b7a885a750b24c2f032e973093acd02ef2b4692c77aaa434aba8982564306ead07ae57a717ace22553314128fda976a98e2cb7ada1ac4b0daba8a7ace02b6aa73a31eba61728c1291db0c0abc49d58249baceda8b131bb9630ad602d0aaf8da4fdaf9f259faa39ac3b9c8428bdab6333002bd8335ab3c72832ad0833c430f428d133542e4cb23931e9af56322bb1a52c52a0152d83a7b335c32e4a252032ca26de2baf2bcd31712eb230e2b20fae9ab3492da2b5b730ecacbb337db1f81d69a7c9aeee346b330baad832ccb4e33452b1b32ccc3686a188b24ea204ac1324c2a8142a88ab30ad77aabdad912e3ca4982c9727c62a9a22071b5d1b1ea2ddaf4b25f8ae2c2b6ea489addea6e52748167011601b1a270220b920f4989526aaa8c9a9d3191d27312cfa26a0aea8a95e21002f78a41e1aaa2c29acfd27b72a392ff31d4b2e969e20a2e52972a4c9a8d3a929262b2d6810f6aad5ae7922eaa8d22ec027132b62add6ac4ca9b391b22b9ca0032826297eac6323f124d11cdd981faf612921ace21cfe2bcba6af2b66ac7b2bf42081997d29c624c72d6222af1fd3a8e52645a6db2bd228e428202be7a46ba460a6ad1c2628cbaab425ee981122dba42fa11824fba3bba7481d85a5ea28fea5d1a267a99da63322


//!TEXTURE ArtCNN_C4F32_T4
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
132cdd23e626b6330ea5cda390353c264ea760a82715eea48cac5f9bc39e1995aea4798f341e0424c0acdfac20211a1de22f09a8432c96a4ca28dd25b731a69f6aaa3b26aea874308b20cfa544b517ac64aa31aaae1fbaa575b0df2642a5b305f5a35aa5312be3212b2c3c1c882ab826992c4ba375223d2a00257da2d6ae5aa118956321862b1b2daea0da2473378eabeca2d1a82d9d9fa521acf1267aa0831aa0a4c5a5e3160529e5211b933b211ea9183246a3ed22da264f214625443361a59c2a032332abc6b2bd22951c5b22aca8f9a79928f5a08e283728812add17f417692469185320caa6942e1495c6ac75a7d63323acf2ae34a446a2d0a9cdae612cf9206f2988ad29295c1f99a4222e282ac924e8a445a11b25162713b2e31cd41d842465aad4a4d3ab7c2c91a8f9a80625b9b07db2f2a1732bf68deda8392abd21592a1a22edafeab2e920681d5eae15252ea882a89ea01428e72922a81520949a2927bbac16aa08a92d2871a8a7861226eda95dabefa291a812a619aa6c266a2c412dcd1d2baf442c28a0cd222832efad87b0bca6bc22a2a18ea7dbaa8322a01995a4632cc7a9172906adaea5c1b0e1216c341f9fa12bf726ffaa112719341626f0ad5a26ad2ab533e21b8f9e6eb323acebac41a4111c2ea572aefc29c91fdd9411a4582a71aee9a9b3acf4ad0baebe9a71b24da5a0227a28619e6b284db45f2a8e29dca245ac322e689f502407342ca2c92946aafa1dc8a52e2888ac1721982b54a2c72989ab8ea880a0bfaac3222ca5c92d6324581c6aa27922611d91348418842958a3f82853a6392a2a20413023282321949b371f6921762aada52b245d165d252a2184abab29d826b02699a26a9b2eadfd1eec22522bedaa2c284a2716213aaf719b0eb08236b8b2b1ad8d275babf0acc4240f0c2ca6ac2577289a23b723ff21201fad2d18aa1f2a5b2a04b3472fa73200acb0a63e2fabaa951fbfa7412641acaf2cfa3115b21f22292d2d3056290b2bb4245aace39e59a84bacf0286e296f2dccae8fa9a8ac7baec7a3192f02aa9aac4e2d95310728fe9f70286533f1208329e4a2282e04316fad13a591b14eb084aa6d9da3a2542aac2ca22617a80ba6919e422dbb2a63a992347722abab3ba8b83027a89d27c92ac4ac59a86db19228732fafae9b345b1d22a9a830e5231531ba312e2f8933e93205353f9fc72557aa77359c315f2ce92e633546b11e33a734fc2f8c302a304031ad306825a93410332a314b33e827732d0197d69dfb32aea4ef2916a1a0ab84a98928582d6fa959b32e9aeb296b2ff328b029f531f42eb7ae28a8631f469ad49cb695a322071008aeaf2cea1995b12233f01e8316b69819a27021d9295ba554218524442a7aa4269b62273a2884241e27f32db126032222ac812c592c27a8d8a3ab29852507a2d8215db0b8ac3e322833468902a2e3a8d6aa95223ca0d8a45d27722d8fa6eea87da9132d58acfea7d5a50eb67a2ef930d7ad6b2f1ba226aee1a8b0acfaa8e92a04b2aa2c072b08a8532fd29428244ea98b1d67a785a475186926efacb82725214bc04da04326cd296c2a0d35cca941afd02631a9dfa54faa3c255b27eb28e5a5b7a732254ea85fb264ab5b27f5acb82dd1aaf9a95b0aa5985ea12aad71a5269b54979b911e29f69faa2a492e48aa5cabd8ac1db5ad2cc5a8b3ad492a3424dc2c47a863aeaf2b8c2c7db1239a45aef0aed2af0c24f0a892244ba664aee8ae032677216da52eacdda146ad2fb259ac5fb003ae33acdda9402a57afc7280ba5b3a5ffa4acb1789ee9b0f1b8669cafa1f99c44a2c9adaaa45a22fea199aff822aca809a49ea589a958add1a0bfb146a83d9f95aae7b1d2a6e42445b05da4542a6a1a33ae56251c9d25b54ea7b828c11bbd189da9352318a02e11c9153e2549a6eca6220e6f26eda9802632ac02b0fe14ec260224d9b4d72b3a9789ac0d2bd3a831aabd9f232a42240bb71d2eb527c7a65a3456aa45b122aed0256e2e942d0aaa9cac529e442c0928edaf8eb0e4ba05ab80add3af8a2d16a92525b9ab7bada0a9782f3f2b01b578b079ad8eb8dc1e49aceab187a20aad04a8c9a81d294624bcb1962943a2039eafa6ddae3aae15302eb043b42bae0fa931ad4fad94af1e198eb10db6972a95ab39a84328d5af649c45a4fb1cd6ac8b1ceea5622110a49ba733a29594299090228624e5adf0a79cb03ba7b1a995aa0db1f8a3a724052ddaa59f1a372a602663b0d29d7cb1fe2b75991a15482bdf2133a89c2a41239619c9260aab1e2637a50ca45b2e262edfa901ae1e1a82b37baac12d8825b92309a67926012e1d2a64a5af29c4a858af0fb42d95a6260420239a3e26ef9c0b239423d2ad69a09895a2258da48c2a79a6b128bcacf4a089ae1e2df9af80255e2868a91797f115922d7028f42a691e382a4e2f65a12ca2503089298e2b7f22089dcc15ca9c8ba62f9fc5943f981aa749a524a275abd0a49229e4a3012bc3251fa6b9a457255b984e314b15ffaca9a53e27f2b66f9dd42e52b28e2293a481261d21179c55b0542dcba17a97279f2ea5992d172be3304c2a7f24f62377b45321cd27cc2fe8988d2be5aad2a40e2dd42184acb1319da154ace62f58a5d9266fa60818891bd4a19eab53204316f4948823359d85a8fe2075a12b1ec3294e2ca1a8462c1e26b215072b542f069b2d2c8223f19b25a6e10affa49daf78a489ad19a883a4f79d6d269122681ccb954b1b4d28212816286da048208aa5d0a30ea161a11ca8d096b528eda590a65cabc7af739ec52c7da3289e57aa3d31b0a7ef2eeaa84c17962a19318fae1b2a3f1f0e29ae20faa67aaee92e011ea1a9c6a48aad14aed6aa939cc8a488af9ead56ad3c238b26bcaea9ab5e9d3e223bb3042712ad4623a7a26724242b792ad81c6796659ec51ec4aacf28f8af61a66a27219bbca433278faa50233a16d2aaeba1c4a8559b571ce0ae3330449cfa9db8a44da4fc9e9424e29af497d8a8c425c715d814359409a6e1a4a829d82de491221f622533a8b51c781f11ab76a4cf1b14a2f0a4f62af527da93af30d99b7426a8a17b2408ab21a2b91ee19eeeaa292aaca8f09dcaa1d12487a00828f3a93caa1128062714251baba5280129d724362ad4ae1daeceacb90f492b78b007a0e518d12a6aa3c22cf4a72da0c91c5aacdea998a49b256da0f9a4b42c1cac4f2a23164324a2a81daac92687a141a18e9c6722bdaafdac732a33a122a76f34572a95a8b5b6a5ace71eaaa32a9b59a390aedb2519993e99d52255ac522c7c28862e62a544237229ba37dbae5e2a2c29de19b9a159af8ea6e7a80ba6c89bcfaee59106a9c8b6a6a6a6acffabc820669f1fb52bad61267f200c1b3ca5c8ae6fa4a12d6aa84ea4332871af21b141b1bda6c1a318ae0fa929b01e2e00a1b81d87390d23391c2cb351a809acad1128a4a81db3af0b1ea39e889ff998e5a72420fe1f22a9ed241527c7a21d2cd2a84cad3e2ecd9433aa2a2180ad2d25bf1ef91b23aa4428502846ad82add6aa4ba76d245e9ea2acf220f925e09d2725b8b0fcaaaba70e1a65a57c2bbe2a8e3286a418a54925041ded95f8b15f92ac2c41286330912d9a2562af7ab6061d9fb0beaf6e20f99cebb31eafc1ac77221e9817b27eb09bb17b302badf92a6818a22cc9b10fab87b095253fb0edb51bb21c2e742d9523fb332f99bf2299b2f0a648a5221967289e99822c4d256525782273a126a507a7b12913aa70a87f2bb9ab532273a82ca8222a971c0fae2ab040a9caa9e19d64a430b450229fa558ab74aa4d901c9e6c94222648a8e2aa929e7f145a1440b2052419af00acf924d02504a23db88aad33a52f25fb130ca53cb407a9893106a017ae7332431a4f2570a832a967aca3a8371eb51c31b34eac512aed1b172884b3adad0d2ce6b285a5852750a71c35f3b1b223c0a94d9f19b010b5a21c31aca0247b1fa4b66a1c93a43aa9fd266b2206ac2c9958a0b1a492a3b8a357b96a2393ad52b1eba3a1328fae87abe0a951b1fcadef2567a45c19eba74fb1442819aa5ca4e22e6eb15c2a929f3cb4bba8d22a8f24c61db324b4a15728e926bf9a1d2225206130729c1731602c8ea9982774a92aadcf0e732aeaa7e9a94fb5bd98e62eaf25ea2c49b5b1287c2c9cb1dd2da4aa1b2d6ca7952af72865a9b228d91ed126bb1b4da872b15aa9daa9bc2b54b09822e7ac79a6afa33025edae01b2d7225f2394a6bdb3edafc69b8aae27b237a6019e3dab1a24ac226a1946a641a1f3981ca14da496289726462fcda0a2a59d2c432a5ba93f2af11c5f2209adb5b015a8ea28f82158b2e1335eaba9aaf3b0d8b379afe49e78a1da1efea896abda277e9e30a49d90011dd12f80aff628811884aa6cad1c23c29968a5df27ec28c0a923ac64b4b7a8edae35a8f7a5fa1e42b03aa8bc222a2f4334df2332a89e232fac6da1f8a8d0ac1232d1ae892048345d29a92a94b46c315d283db0aea7d0263ab4eaa8f72df82264b549335d847e2300a3742127ad00a7bc24cd2b0d9f49224624b427dfa15f1ebeaa9e2ca2ae93a275ad1330d928d029c323cd2b162478298e2f242d6d30742002b557319d262a17f025bf2e37a9eda73625299dcc2688166524701d572501acff9c3dab6d2d73ae311f5320d9b46da8ca9a8d2cd82a17a507ae562217b003a893301bb9c8a2532176a458a1032da0a938acb925422aa6acb8a9421fa9a7b2a81baa8caf829e341b7921c4816d2ef52719aae5af9a25deac0bb25bac0027c8283da165b28b1d6e2401aadda3152262286293af26af2b2aa3e2a31cbe29140029b82e5d1968b44c23f1a389ab07a4c51d45ab7710651896a7c9b0a7ac9ca982a2caa72cb5582fd21ec229e0a91fa79ba584a43fa12421012868a12e92279fc0abdda9cd2406ac6da731ac60a205ad7f1ea523e2a966230320a19c0fa5b32d961de6ac0334f42a40ad60b42fac539b4aa97b2402280f2a96adea25651fa225bb2080a85d21feab6299a5a7fba273312eaf9620d9a808268aa4ebb00f246d20fe1e6bac7926a095d4a74ab9bd9cfdac8a25b7221a250925fa219b2382a1a32123ab1cad841cf9ac33a84ca4981df7aa02ae88a281a01f98e3a9c8b424a7beadf3a358ad8cacea2b3ca817ac8aaa1824b2a841221b2326a68eab8324fc177e22daa8c6a809a9872544a8acadd12725ad0daa9e110e2832261229672f1da66a2c7e26d4acc0b10f28269d98321fa838b161aafb2bba2dd9b01a2898a04a9e733076224eaff2ae1fb1e3acb09dbeab739b12a675281aa6b4a63429062da2ac32aaac282a287aaea39c68a82faad3a0a6a87bac3c20132b9aae9dace59cba10782400ad8a247ca6fe2e78a075ad9b24c1ab7725ca2477a5b41ac99efeab03adbaac21a8cea1e4b08a21452308a87fa8a4a91897fa21df9439a9652545a1c6a04a23b9a6ccaae8a5d7aed897d2a05fa8eeb48ca4289d3ead3ca3f22063a7df9a042d572633a57bad959c23a8132162ab871dc9a4d629b822dea712ac3aa14d1ee62163ac2ca410a276ad989bd2ab7ca9e126bbab0f2a92a10823789f15a9649ce8a9822529accbb30a12519d28aff49854a876a9d227fa27e22615a82820efb6d71fdaa444ae40a388ac86ae69a96ca337a565add12bc1a309215da7edb4832155acfc1cb2257a0d7a287427da2dd12e7f2f2424f0193d9e80a9b529db20861b8823272b8d2470abfbb2e3abc42cada274ab15231524a8ad032b34a85e2238182eaa58a707ab04b7962b632e79a1d621c3a3abaac01d12a940b06a1b829af7a0afaba9ac8f2de42b0b2f652847b177258cb4cb29f51dc2a7de93c127383084ab6ea412a8c6ac8db22e9f9cac24389c9ecb2c3f212b9c0481fdadc520fd237d1c92a37b2431a3751f02284fa1b7a8df2700adc290383009a6281cc62b94286a9d711cad2b132cd72a712b312c41b5bf30ada8bf28daa6c3a4a92582986d935c9b8daabba471b0742f48b7f92c9b34f8aa97add7255328b8b20cb0c32650b2132873b09aaa3aaf7bb0c48a8bac9eb7d9ad5d32f8b00fa115a414306aac07a80d23ea322e9c4124f61f1123d3b0e5b5cd9f10b468b3399ed822efab0ea700b2962dbb0a602aeaadfd30710a642628b403a620ac1e26b7a04e294030b82804291921b2a8722413b1b122b9b541ad85280630362fada69d95422850a0642ef9b0a3a9022e1e1d14a456a85f9f77a2d1ac4127652d9da5a519b30e52aa389d5a24819eea9d832fcc29eb2b9e248826caad9026c52e502358285f2c16a6ce249c21339ae32bcfac819d39b7c32048235623c82b86ad299e4423f9a6d6b0702d5e262ea4fba1112fb3a6621b9b3493afabb4ba2aefb3772bb62df42be428cb2d042c9230f6a0e22a892c3eb0369d2ea58e30f4a046256bab25a559a573183fac09988fb9c4a406a9f6ac5eac26b496265e2ce09c122d8a2a59262220dfa598a8d12c971e91ac461d0724892cc9aa572a12b9262da82509294ea0b89fb12af8a06e9b241cc6978aa4482fb5a77aa83d218e2b781c1332aea9f627c7ace8a3d6a867aa8a2a8c2f1909d4a973ab2f1dbbb00ab6efa83eb060998699d32324b2432870a94b0f47a741a87f1c5da937a4922562a55aafe520e52832ae3aa9012150209d1e1fae21241421e23250add620dd27a3b11e22bf2bb521c5276426cb2924280a230d9ae428252a29ac7d2af72c9d2165a3e2aeacacd51a96b45429c3140a248133c5a7a72a5120f82e0430a92038a97033acb8e31fb12a24263b22a4b16f252627c8a09925999096ae062d2ea5c52a27a7b9a7a031871c0b2b46298dac3d2a4dab25a83fb9421e14b56db1f81c4c2b31b13f2fb7b36cb403af68b17eb9dcb5572756a273b079a6e9b18ab19bafc4b4d7b5ada9bdb220b41a2eb8a6f42054b0e2b9f5b01030e6af5b215126b41860aa672cf79f43a78c2175295f2627a39e28f99d4e242628cca89032dba8cb29f330dea1a8911e268226f327692a902204b1dda773a92b309919a5a14f349d94e31e962cbc2d5022dd20fc9f1f96712db62a7625aa1d96a020af3d2eaa28e930f0a8be251b93fd301622d4a7942674251ba186aa0d2446b32e1d0d2f15b937203c2289a720a8dd24412a051c212573ad58a7e711bd1c0ba0e8b322b55dad62b0ce2c2a3096281eb3e02d3ea29122d0a6e9aaefb0d7ab9b240c24a0ad2938f90de4a41aa86d20e5a58427a99cf70b0ca5c9a70e9c02bcbb1bd929b52db1aac2a626282a2a61a40730f82bbca69e22da9a10a4bcb1c3266aad41a1ccae4bb499265a241d31662ce42bd32aac221c249aaf9d2210261c9838919320862140a07930482afaa62c2df528af292c261f2d89229617c52953a1d32def9c0ab4c92dcca752b004a9bfad79acc5ac1f2667a936b1c723a6a44f1ca4a56727c829ba2f2a9d6c2ab429322659ad1aa0b02d402fcc1e932d8e2f2ca988ac3c240a27212a1a21cca395217d28aca3d72de49b0a241dad54a61f2af11f432192261cae84aa08b076abd12a8ca91faae6a78f30d22811a0f927f8aa829ebbb0afa8fd2ed5b284293424912b58200d28a02c0c28e4a4052c3cad1723bf187029cdac6c2dc2b174280692b924b32927afb196ab25c229822f612433b094280e2ea99a4cb383b237a0d6ab01b4f0a38ba06e32ac2c8834bd2f27a365208c9fb01d1d1ceaa9aa15f72bb0300c2e272e7d32a4afe0ae99a40e29b9af442dfe2e24b16aabbf3057b3dc9cefa986ab14a2ff23a8ac282464a99729eaab42abb7a4f62234aef12a4eadd3ad0d27a62bb5b1c5ae3ba4baa50fa93a9ee1a3aaae89293ab0aca7c22d202f0b9c8f9b03aa75ad0ba3d5a71d98b420a21727ab1ca3c91c38977d21cfacce9575b0b72bc92d9fa8a9b09e9e5c992fa953a4df26b1afe3a7ab2fc425c0b5caae5b1ddc24cdaedaa585ac5d1e7b28b89c9eb0dd9cf6290d995e26522e692e572c53294ca51c12c32d8cab36a7df2c5e2c7a29502a132cdc2ba6aad92055af80b7b816481631afc21ef2a5bd2acf259f2715ac09aa449a2cb3792441a3e39eb3a41129ea286ea16d968da482a30d2be025e020ce2638ae769db82299a6e21669aef9b0a62bf8b74f2af98e86a96e20828cbea478a4f725fc8fc923f524e522e51d1027bb282babe12859b3dc25f326ca2a1caae4291eb00da5fb28a39a0aad322d69a48db4ebb371a7072c852b91a5e31c322e7593551e9d078ca19825699cddab24b02da274227fb366adde26eab100aa361c60aa49b2a928382774a35f2030a60a1f02ab34afcc95b4a957a81b1b42a1dc28d0aac8195017371e9b241eaa4cac2d2c61997d25e69f192b27150fb190a29e89ecab822ca12058ac5c24df0e6db19ba72e25b5a7bbb4322d6a29022290a6d1a8c926e19ef29b119695aeab2434ae172fba1e14a8f728c230aa9d862b3e2745ad5da92db546249db43d2896b58bb9b89846a59db0342551b409b528b35ab4e0b7ffb0f3b9a52284b4892744b14bb0f9b04ab222b259b024ad3db567abd0aa6c23e5b3d1b5222ae228ddb206ad03345415ae1df930a7103b29692b5e243c18ec2b5aa53ea9b69dc31aa7a1e6aa8f2dfea8022615240d2d9424122451a89921d599a6ae212ead2535a244a6c629f9ac491f229b5b93051f56a21d9c409c719dc82ad9a4bf943918f41eaf28d819092073ab0c264c27851c5bb4192874a51e1eba9ff7a431a632a3f8ac3c2922a6a728a88e3420322cd026f128a127b29dea248eadbba7a09e591fbea36da8d02ab71ff7b20e2958ad8ea77ca862282d1ba7284ca2d7249b2fe825bf2603aca42b16ad911a709c752a8698af2413a83da398a64e25122260a22cbc5f92bb244820f1a666af2719ae2570a55420cd2904a85aa84799c2a404252599c82560a426b20eb3f8aad410ccb250289dab362815a20626d3ac941df8a1279bac22d52464abe92b8f34e7a175ada991daaec72ba59b793189a11d253d32bfaa67a22b9c2432c4a803284ab023b6b99cde2cde9cae21061935af382a4e1f8f1e032743283f2ec3a793270222012d882a8bb2002ccfb032a9e622762d21acdcac9aa011a2f0af17a9c2a044918ab517a63ca0bc99241df99f61218f9d489bc39ef99e05991da763a9daaebda193960e23742cefaaf4a072ac9a1e602338b194ac9cb138abe9b107b1141e589d54b44db4e5af7ba8aca028a9b4afeba1b729841b09947faa762935b18131afafedb2edad2cb5a7b1ffac112d41ac0caa4fb789b0162c8529efb417b461211730b0adf2213ca780a895a9a9ac2bb424aff62f5e242bae132c70b3eaacaeb919a80723022f4432f1af32a819b08ca77caf23b4cab29bb026ad959f4bb3a6900c21922cad29c6ab49a59aa1de2617a55ca47e9873a098259dadae2a499a652c5698b0a504a43fac5e1569ad64ac271bada8c8afe9a7fdb265a05ca59cb69a0ce4a258ad61a8451edeac87a54a27ec9e2da709ab5e1be6a4aab54cb1b6adefaf731bd128faab81b304a9c41d30aeceaee7afddab3c2985b074ad0cada4aabd990e1fbbb2cda85727f79eb526e226052cd8ace1accf1b452c31b341afff21e8b278a017b0deaf202f9aacd0ad84af619c32ad79b6b0ab04aed614de211fb89b9a1b22fd2624a3752a3729e02456270d231019c52255bdbd230dab95260d297a3048a597ac919fbbb0dcadf69ec5a63aa277a82432a2a439273428902be83463a76d27ec309c9ca69f5698e0a2421ddc2b66232fa68c0d2da56e9faea3c926531c97a2312db8a8c43446298920eaaf58a5bc1c7aa96926ba1cddab0b26523539a9e425c0b5221f1224ac1ddf1e9721dc2e3ca40f293e1dfb26f524c7ae63a9782d5b25612cf02ced30eeae9da7ef96b3a5d7ac15b3782ec92ac12a4da81733988efaaa14b1e597ebac6aa90fa077185a2d03286ea4e09e471a0327d12857a1be2c132133a511a06124b12983a828280c1cc3ac722f212ddd2e3b27b9a6a52c9aa81ea4c5a477a75fa5791e84a541190d2c2f1f07a8778fd1a4782e391c042c8729db2912a85ea9a32c2a2609a428aa64a0f928f02f7fa74fa5b3a9cd318fb0fda54da71daa5baa03ad622b0215baae66b279a4e02d1124b4a2322cb32e44acf72e5badfa23492eaf25ab31262aca98ad2630257b9b4dac409b70302a2e29b3b8186f2382302a0cc6243729eea719a3bf2157a726a97ca61aaae125b3a6c61e4b2ed228532003a7a5a4e92df1a68301259c652f023340add02b9e2aafaa1e3637910822bbad4e266f28f81f28a3050e4b29d2264ba5689838a2a1a3df2545a2112c6d262b251627ea34f51a13a55b277fa15ea6f5a899a5502c37ac85ab1134c720660fa8ae6324cda307a954a545a7a224d5a6cb1c0526e1a0e7ad46add19f5024bf9ecda40029c63165ab979d409eb91e4998b6b2a4ac4e99cc283da2a434a211fe1f5b2c1f1ffa2531a22da32118662a209dd9a3f3b246a0a2a11aa4a91ab82faaa69c1c0d9aad2689a6929c102ba2a0f622d3aaaface1a28411d4af87ae062f6facfcba0aabcaae97acd321b7a7009f66289f992c21c722ad264d2656a209b4aea567afd2a754aae9af5426c4aa23a8542857b141ab4e2ab9a7edac2db14da87304d3b883a5b6201729e1a7ed26ce285eaf672ae7a4279d53aa872d15285b30c0a855a7242e08a3bb29c7a337248d9f31af40abe522e69f0029972c6d2e1b1faa28cc34a4231a27e19cfc156ca53cabdd1e3ca8191a4b245c9d919793a5d224cd22a82611ac52a46c2c0529891b7da0632b85322327fdb089a823b1bb2d059d03216bac4b296ea833a66a234bac80b35fadce2567204225fca848b1baab89b214ab76a6b3a572af6f2c7ea361ac321adaac512de221712e5baebc2537b1e4a5ac1f1f2c5e2cf32c10a91e9cd42fedaa112f83a62da1ada691a51122a016be27762d3a9b582e80ab7614c2a5f12c8a275727ac21a3ac752c822d6ca39d25f504d31a142e609cfb9bdaa5c02685a6cc28bc241d21bfa026158fa373a87b2085b0c51a502a291c4ca8faaec22449237c2312ac172057a812ad67a63da187b5471e199d493045ade029cc1f3d9ac123cf2b7421b51c9920642271114427ca25d02c67a347ac4929842fc8187920372624a5041dbe32e52d962f50183c31e4379c99059a931901a312a784a629a3a721f52772ad0ea4d1a333106125d0263ca8d390311c2d2f981fc62d0ea6d5a6602634a1189abe303d24e225a7254ca28a9d4b17289eec2f491b4618902546a4c8a2c1a06c191ca7f6302da23ba1c6273824592dbe97a5a99cad18a7efa04aa53221d29c5f281a337727e62850218b2bc0b29bae3220f7a6c49e59a05f262c1e6419082e222617259a13cf893f2d4fad9c14ecaefa9429a677a977ab28aced24ba1a541974a917ac1c24612dff9b23b026aecb9c209ec92ac69918aa8a2d7b1c0a9c0d2d73298426e21fa79d8d263c1c3ea52cae1ba8022efea8d4ae2cac7daa40b1102418aa17a9e0a0c6a85ea908af6e2c24a52ba086b000242fa973a8fd9f7320a0aa189aa393fe9d7a9e6f266da548182f2d55a0bfa4fa2ca3281c2b5fa95227a29b4512dead62a5a3aa3ba2d92cdd2f8d9dfa1da6b319b0c11a46a9d29f7d2ad2ae83a95928e29ceca4a327b7a76ba19928aa2448a118a966a466a842a952a20c2a9928c9a9f9a700b645a7829c3fa46b2a5faa66b110a3242e7db36b9e1bab2bb41ab10aae162057a036b1da2828b489b4382731b577b1f5ada994e829caa13719a5aa98b0e8acda2a662e1fab1c32b61a5c2513b4ada79bacc12a0c9d9f2606ab4c2c1027b89c6f9dfa9b3eaf7b2e0ca3c2a97bacc02ea827bcaf08aa0b2a822052a8f0b29aac532e5aa24baee9aed1109ba28c2b412d2da6222034a38b9da0ad0c21bd258694601fb8ac9f2de628432e70a601ab09a70ab0512827282a0548a26923592d0e26c9b41528c7276fb76c1cd324d12c202b49add72dc71d5e1b9f2baa2c2f245ca81c22e8a74cb1862ca7ace6a6cfaedf1e35b1e8afca24b3aeaf14dca7ff27b8a2c4164e2c38239fab179d4da466a8c499802727ac9e16172097a8bda45e27f4b8fe2138a96716b8a30ab4a4947e264d2b6f2de9a69e2460abdfa008ab9db3212ad828a2227926622b39246027223371af64a32aa9a71a50a1c42258140b1cdd9c51251c22342d8a20e9b2572336a819a87b2722ac69284faa8aa712a8abae57249f1e279fa3a1712df2a4102cdd34d42d9322521dd9a5c1269a2f1dadb72bc91a812198a083af03a1bcae5fa9b329d21f0a31b5a66a2e69a9921cb5ae4aa0422e49a5d420b524f9aa2a21dc236b34c622f3a40724f69c21268024e0248222fb99e39ed7a3531d83271d31de2434a306a39eac62a710296da41ea092af58a31c2be42f022646ae8537f32659299d344534a5288830779e31a73b2b0aa29217289cf9a9b9a9cab2a99c0eb6ac25a734deac022bb124472602af542d111fe5350f2ddb2932ae442897b426205f2be5b02aa6aeab9cb1e2284bacf229ec30d5ae651ee7acb9ae9231673329358330a5b0cd2c3c28ea321e29cf2dc82528309e34543119ad682f1d34c933059c541cb53649a98b2e7e29279fd2a7792b75a98ba873a647a66b2856a83fafe42e58abd9ab7bac41a2a02a442434294f9d8030e135db2c022b869caaaa2b30b521382274a00830b82e451be21836a3ef2e23ab6988f403411ed232e52f089cc6ae4e987faf56199daa522dc6abd32e3d2ce52c5b35c8a8ad2df9ac25a90cb4ea21baa7df2c430d2dad9a1c61a5732e5b30cd2d752e679b043066305c1fb82de92add2a90ac7e1a8bae9d3064a5591e6b259d3054b1b0a94e27e32ceeafd5b1311a61a524ab5725baacee2bde1ead29242f1f287791b0bce518972e28aebca8ecaadb25c428eb29d72c322e659a9b24b71aa030dd324aa81a216ea339275cb104aa2f9e50b8df2ba72c07a0d1185c92291c64a326968b8f7f9e929ed72d301d063174a0f71db82437b5b723450e80a0a022fb1f6db2512429270427db302fb1cf20992e1db9162d722c0c2a60228aa0eaab5725ca192b8c2d1de82458ab7023deaa5027d82856a73baf019adb9c4da9d899af2a71ab239ae9a870246ead7bb60518a19c3eb6341e90a6aa23c6a29b16d4209a28c99ece9b341e49a63c2c1c2904b003a19624ada007a8879637a88ea9c79864abdfb317a82d30841a3cb1e53102258a1bc2b80e2186ab75a8e5a0209ea4a8f92c7e9ff020d2242f2ac8ac6b2207afe227162562abd8b122ae6328352e95a5fea31ab752ac55b4f2202db4c7ad349d7eac1db8a81f38b07baec5ade7a997b4cea17821011c0daa27adcfb247a8beb5edae3bb1b9b16b2a80b1d6b028b086a54eb15fb930b16eaed1a8462bc1b0721b4b2ac825e221f22ec49d62235ea15faef929339340924c2441a5c228611af1accf24bcad27a30729bb2a382a89aaef9c471cf7b1e9a926a8e31d7bb16ea59da136a18b2da8273d1fef236325f1a7e0b0b6aa4d153311a01ffca9fa23aca99aaf01aa15a9a6a833b817a3af29092c7523722c0eb4142de4ada7185db407b9149a9b27ac25ea21f52d62ac27a5b0a7772e12a2ce22a0a56ba521a728298c2ce1b47a2a892017209d26c1acb52679a6ae2212ad5ab65f2e31a801b016a587b4f319a8a00121441f70a3602727230c104b2dfc2c81a257bb87260128712b6a28a032f029659c26a2e7ad852574a331a34721522bb38a6da1ca24e3a85caf39310fb4d9a34d33732854ab501ccca0e7a33e2cae24d427b1181624fc268023882c6b33a224e621f32b24b4922e25242c30f1a6ff23c0310928de278729c92f22b7321e6ca792b4b92086303c2bada27c1c0b2d37a8a229a09580282029e7a43030613088a6202ee7a864b0b625af2b29a9a6a422aa41af9424332a9dacbfa71033cc9d82a693b561a961aa6dabbc2339a1b52ca39ec71fd89c06a15596062c0ea80531702967a45a30aa32b82cacab0624051c442820aee6a017a44ea9f2ad9cb5872422ac20a136b79c2ce0a9611ffea771316b24962afe1b432a1c988aaad52c0631c91ac425182c99b31e2c36ad6e288aa9db2b8aa8afa218b1c92b4fb090b53d274b1cef2846ad271a233048b13fb1efb30b31ce211f0f1eb0e6acfeaff0b210b162b84db0a0a7fe2c7eb447ad15af50aa9da90db5abaf732c75ac89aa35316599e5289baf2120b2a9692b7fa8f5263018c7a4aa264325e5a33e21eda65f23fda049aeb1acda31f2a561ab7fa7f62c13986ba981b432ad61262ca516a04faa059f211fd62e7e2305accca6af9be821852a90a69125989cd297dbaa719d91a1d8b0962c773131a71eb10aa94aa1b6a9e4a7d79f9f2144a92c224117da2ceeaf531824246e2ce02dd222532a5028caa48aad032d2f2787a465a26aa669205d2835afff1fb0adfca7a130a4a8b82805a9b2277a282231902fd92a242daa2f242c3b9aff9d622a939e862850a208230a22a98ceda6ed2477bd5f0e46ac32ac2ca1be2a501a7c290a281d2f1fa7182c5722cf182f978b2a462b6e97d41cdbabd5b05e320ea5122cbfac7eaad0abd70bbb986f141f190a24261ab926d2272cafc7a49b3202a1bab1282dcab002aa4f2526346fa86221922e9395b82fd5209c22de349d28c8adf0a74ea2b29c1b2147a5f724c7a4deaefd24ed163113969f672852a84da89caa26157ea454b5a92ce22e5fae311ebca8a1ae6227099e04a9c8294e33ad1c6f2ed12d3b05b228d4a5da9df11a35abd1a90d18cd9b1a269aa767a72420d3a496a5982be624e72bada0862f222c661ae4ab9dae7c273cade9a9b32ba8b0b3a31f9c18aec230652de7a5e229eea994aa19acf12a9b97ba280caef6263dae88204bae692fea2a7fb7e12ae91cd42eeda46ca550a43629cd31df248fb3c2309da7342c79b095acdf293d288b23ba2ce02acf314baf271ad5281da3a0aff32f9ab1be308f3427ad3fb3382ea12008af3024fc3128a9dfa6072aada21ab29d30f69f01a9f0b1baa42badf0aec5266a25b9327b161b25019f122b0dacaaaea3259fad93a9f71d46a644abc6acb3adee2a17a5482f9531b027eba91aa8252ae5ade097089ca4a8b6ab21ab1ba55f1e659fd52cc2276ea5ab9f9b9a8b2a13a96ca4e2aaf628542da0a55524c9ab83a42c20dd28479db9ab7aa80924852521a87b30b993d6a421ad3226772c23ab7fa72ea1522d36aab99f06a92618ea2a112e94a57730d6ae2aacbba7862132a862a1281299a5649c1c30f8a9c92a0526ca2a2b32bd97eb23ce306e919926812af3081ea372224c29c8a8e4b83ba182264d25932b1331c99820a8a0ad48a98b2c061255a4561cd4205c315324b4209e2636af7a358bac08aa463270ae73ace026d69f09a1a6af89279a9ffa9cfda4fbabb6299c2997a23aa1a42c33ad19a50e296fa6dab215229b2f9a3310263eb1fdae7b3250b7ae1e4e30aa2d4621581ca7a83627d7a49727d1a96caa901b959d1ea14eac8aabab2ff422c72cf1224cb15ba276b027aea69ff82c0828bfa53e1f5c16dfb34aab621ce1aa5337eb26752c661c2b042c9501a03b234014b88acb0d359a822a26a5a0280a9ef123c0a53f28391c18a193a9899eef25e3298ca3eaa6c2a95eb2d4b3399b8b1c5dad05ad732a72a4bda5159c6331cf2672ad2d9b60a19b2ac32fa0a5ba30561affad1e172db13f2dabb032ac321526a96db6829515b373a5eead492bf627f6aad035651cbd30a5240821e822b62e3bae24a9511a3f93e030faa851af6da892a4a4aa7329492a8f282db000a829a70db1e435432581a44e31a0b513b0851c6ea714bab8aa9cae5e9c82a8731e012af71eea0a0f209910b324cb269e2c102d2aa8b1ab452f38ac162912b2ef2d811d4aaf3ab4d72908ae89206dad4aa5801bda24812468b1ea271221e81ad49c2d2c1eaa3d9e02831219d22b6fa66e1b1f2c17105a25d224b52d832996a7ad28f898d61a202f719289b3b5a73f33bab6f4149fa54bad1cac81b1bb243414aba47aab5f2c3506021996a36a2e9520ed2bed30daa7ba0cf228b5ba2fa720a5cbacca9a5c266aae322bd229cb2795b52336dfa4d921d435862ae22b9d23661e32a0f1a7c323e0a4c0b6189ff6244ca17624e0b10127cc2cba2e2132cc2c222d00239d243b294d36a72eeb2fbb1de7266736c12196a4afa9f62b9517571a3223669fcf29daa80815fe1e9ca1e81f5ca747272eb652a8713287ad28b76c261a9fcead0ea460a9a121852401b487a320b4d8bce7287cad25acffad8c295521aea1c9a5cf23232ca12009206c1dca258faaf6a45d299b259cb1c4ad34acfe215dae18b092a7e52956aa6ca9a9aa6f267c2dabb5259d811a98b4f820eaad9926cda2751a4c2acc10e620be9eca9d782c89a65ba56dac442517a7c59573a8fa2a25ab65ad35a07024cb2d70a13faac1135d2b76b02a2c8520c23398ac062a7fa620277428472e8126f2270b1fe125e92694a37ca4bd24362ac6ad2a2df92685ade4a42e2e7bae96a49725d821b2ad072a3fb46aaad41fc1abe3ae1e1a9ab16f21b5295ead25b169add5215620c9a06ba941aacea93b2d59b099b4fa250b2895aba2aa302f9aa20625bea4e6aeada83eac883107ae559428add1b383a4372a7e20c825b726012a7bb0cd24c12141a0f8245c2cfeaca72d3ca529ac3da8a22c6fa1a5af9027a39324a6dab458acd0b01ca832367eb4cba29ca2482db79025a7a52c2d29dda9091652a8fd2552a16d9ecb22c9255ba27c26aea970ad9b2cd3341c23282be5239bab7d208928e6204d330f2b2bac6338009d61a78a2540a9b9a6fa9ffc2f612935b2a328cf2d49ac95272fa834acb529b9331a25ad30a82d29ae722dec2e3d30a8a4102ecc2e44303ba01926bdacbc34aca1431f122ecd1969ace48b5624802115afbf24582955b32da82d2980916c9a80af5f25ff327530a828fca5062e552bd32061a4a62c132d7195b3241b2807a99aa6922827b9a4a447a63cb0af21799efbaa422373987d178c9c6e2535a4539f6aafb6a23024a0291628c222512a77af8eb1cb1849b16a20df9fc91ee22de4b8d1261eab6c36972436a7202de0a3e31c7f30912cf4191e9a711b76a6c0ae37278a2b5ea929b41f28e2b816b015a2f92defa50fabd2227b2c822c88a4ffaf3e343513d5a40eb8b1a526a94c2d6ea342206f2f349f5da5031c5a22f9abf3abd42215b385af0d28e430a33404ad29a1872422206fad42b8dea613280fa19e3162abc3a2c3931a389c26f92d1e3032a539204ba921af40ae7a9dca9f02a8b0b417aa66b523ae5da2d8b07db4172c91295cac12affc2d4b3559a8e0b1afab42aee6302613161bf32dcb9d0ca522b62a2812ac81b511a450a5581c161f982db7b131a75cb10eae59b168ab76302c31b32c20ad539b7c31ebb2ad12cda41e2aae2e56ae4f8a47278c22ea240c2d1aa8dfa38b240ba8f0a62b1f679e9ea6372c64b5e9a865b418afc5a8392e3ea6192cd8274ca46ba041246136912e2a313c2c14a15e34a91cce26c8b7362482248f2c02a8b1986d32c72cd3221d1be5a5ce2802b13628b1b6f1a7cda1352a38335aae3bae38abb1a4e3aa2eb71ba367a34bb0b72514b66d9ceba6102b8818fbad842df6a5dc97b42a6a2838add61c6924a6b033ace6271130a1a864b0b1a5e5af5dab3ead3924219f44ac352c21b04521962ea12d0caa8b0dcf1f34a96d1261a0e3a5b51c3f9e38acbda590a11fbb090dda29b69ca09ddeb37f2882a1f6a80cae3c2c1e29eca4d51749a43cb0cba40aacf41e4ea889a07a2c15a39835b22ceb28bd22cf98aaa629ae491faaa72c1d45a3a4ad6c247ea859b03ca7a3277e2bf12c2b2ac32434a2f32b38a8a32970286b2fe92a012e05afb8292e1e15357ea8472cd5ae832885a9a2b0e7ad8e25fe9c98ae3ead74a92c32372f562a2527df2a731a072e282e392ccf2d1e2d9432af28b8adeb09ac33db339f214f2e323832a5ac1bd028bf293aadcba8692dfbacc2a6949e3019e62cbf16abb0ada49630a0ae70992f1ee52a72aa1da6372da0342c29baaaa616052777b00ea85798272a2c2caca218a46724bbad8a2a10acf120a8241d22892a9c253f9814adc6a7faa8c82c76af1d287422f89eb19f892cdd34a922c832ad2bc0b3c02f5027ec260728152ebcac30316ead54a164340c33ce25b02ed3ae99328f3061ab8e2c27ad2e2867a4faa20522e8adddac5e33312b64acb59e362b7fa0182d47b39524639ca2b2a4202b2f38b2e4349ead692faaa249b087334e316aaad7adfa28eb2b2928269cbdb1f72b2f2c67aedcac3d2093aa3ca8552989acbd9f05a8c527ab9caf2293abe493c82267a04026d824b82be225751060a5dd18b21ff5abad8cd6a3fa259929549ff02959a86aa61fa106aa87a83bac97aa3b23699c40240221e91ad114e8b0d3aead2966aa09ad4daa9db0dea931a70ea85ba7caa7ba048e210b2f292dd82c2ea46620282ced1c652430a4111d0eaebd2938ad08aef0afb333a399f11a01b123283da6382c012d86ab8a9eaca5f2a6ca31c82cea29a4231e2a8aaff1a908acd6ac382473ada6a6f720c0a05ea6c62d27aacc31232e8cb0502b04a9751fe8b54caeb6b0b228479edca08bb4e7a724a60d9859abf8a4c3aaab303eb80da83b2db3b321b5b42ea0a8b4ae3828882d6433bda5d6b45caf70ab2db78b2212238bbc4b24f32cf2a0342126256129f2298f236e138c29ba250b2cdaadc02f6f2b8badf022b8261bac0eb2f2ad46a7172d82a45eac5129d82c95aa1cb2eb87b6ae80b90125c4acf3a1829b0594d52ce7147ca57f937b9e151d2824db29cc2a29954e23332b7724009cf90acc2cc02143aa30230a209531d7a370acb6a5fe9e862008b404b8c92983a8562098286932162d03256e186d2834203b282baf5caa6a2a3cad74a814b9d6ad95acb731c6a9a6af15b87ca828b07da96eb417b97eab80acc82d21addeb47898d9a410acbaae61b244a3c41b4fab1bac46928cb51db3d7a9bcb216a98daba2ad0ca9dd287f2c82b2fdb8b0266d2f16a586a0d1ac8a1c532ed12a6a8d2c2a552032202911a7b0a92f0020899d4da3471d71aaa0ad25ad77278b2cbca1ee271f31892a6db0129e68ac9bae2c2962ae03a9832e5eb40fa403a76fa80315ae0ee7275a24f69f27a856ab8ea1c8170a095b2cb8204d28f6a74a984d26619fd0b8932a0317e79c1229c827262e1c2961b5e62da5b443b6ee22ce2b752cbb803f194525f79ecd28ddaf6e3148a4ec1916a673b000ad05af27b5092c5f2da9a9292bc32c972ce2a99ea593a9a0b073278eb4feb02b3178b86723a1aaf9abc3234d283ea0609bb49bed30f0ae33a438bc4c26992ae42c49ac392f3eac8fb266939f9bf8b170adfe94dca287b0b0b76daa53a438a4161c67addd334d1ca08ccdae27ac33a81d220b1ddba15397189c3e9a8d246aa34f28402e5d2eba299db056251f2d33ad9a29f69b80a9eb1f3e2108a1732c8429792f8e35809d00a48b2db82a752e332a629e072a299f34a90e251d22f229649e50adcea865b138a2ab2d3030af2c8cb0ab31a82e3ca50a24b3a8162774247528c0298bb1491fec2b2fb4d9a0421e36a4f21e25a15c2a1628aa228e9d842626aa68a80e2b51ac35a973214da97fac85ad02289f26121f75ab18ad5023e7a81eaa7e201db1479e1f240727aa34d32e4d96b12995a3002a37aaad2850201d2aeea0e32957ac15369fac2eb4f92fb531b8291b28482c9c27599c5534412f62a8d4215c2c8baf28a7fc2c51af682bacae56abda26e228ebae453213a87faaca2d84284eae9f2de8b3e2af8e2fc926079d8d30ba257c2f2b29d12d52af8a2abba1eb2acbb074b0001b90a83db139a42421acabbd28249adda4d99fe2a2a6274e297e24f32b909414300f2d66adcaad402aff2b7a2927243d98852d7e2978a77fa80ea2892f0fa8691c8718b9ab63a007a136a04321ec9c5b263d2aaaa0a2a11424522c6fae12290b9798a44badc92106b2aaa6cfa353a71d238626bbb09faaab2c5e2772a7662fb59e43a45eaf6fae0229e9a05fa50e27992e0fa88ea871229b256eb0cfafa424bdb3ee2ce6278bab3c30b8a958aaac2733aaa9aa99b00fb01920cea570ac67ad941189248daa0a2036a8811a5b1735a52028252816a23ab224a22f29dc9a472cc030f4a8fead459f06ac72a9f8aa45208e233a8e76addbaadda95c280f2a9c370a2195a92d9a31b0baa3fb23ad9dcc1986a49ca7299bc69214a5d9ab3aa0f1a0bab037a8e5323eac6633ea2a3f1d7ab4719c3f9fc02b352031ac49a7fbac54b422a27f22d92ff1a5f9a8082291236d29d01e65adf498781ab889d3a9feb05fad54a654a8cb28b6a277b3a7a014a49a2fcd9f53a978aa380dbc27d59219b23330cfa137aeabb4f7a017b095aaeb98751c722404acdfa217a076a5f91c31a985a23fa91aa716ac1e00e52d66ad3aab3b12972593aad72efdaa1631b22abaae569b7027f2a446351ba328a4bba541a5e22a2fa5b7116da4e79913a859a797a64330b32d792cb7ab70a5b4aec62416ac70b22124ea2b4f320fa0f31fbba4512f1f2c091eca20d72edab0522d102cc52b9e1972b195b0aa27131853296ab01f311ea277aaae2d0aad8429a522f5a48e2ea032e6abe22d1fa6932c8e27352fa127fbae5e9df99f65b338a592afe726d9a8731c88a8e1abf525801e2eaa61aa84aaa6a4de9c77ac4ab0f3a978a467b1b99f7f259b1c8a97b8b37918992de52872aa4528ca22e59f73ade71a6b151c9dfca0f8a18b298a292c9ff79e8aa5c1ac1e2984a0502bedabf4adac120f31c8a9ada48eaff7a6f3a1ceae72a8c1acf30b12ac44289321bd1a6eb00f2419ac40aaf11f312511309f2e45a58d22aa275d9c38af70186130a5a2d92c962a0aa850adc2aaba25cda8c29ec3241eb0b7239b2c6aa0f62899174fa149b1d21efa9fbe9c5aa401a5fb1f89a6ed2487b698a636a83d2c15a5bbaeb4285ba666a4a29a0eadc6a66724779ae8172fb20b1909acbe9b4322f2a671ab4423ed317b2b381d87289095659f75a9e11d6ba9399ae697e0a312315fa75b30402b2925492d9b30b0249625baadcc9e5226102d0e205f2c5d200e2b913424a501269b2f482ea22ce11e671cec9e122af881b3a47e8c1ba233a6d42b722895357c2c362af22d3c286da78728fb2f4e9c9520fa2abc23a325962520257a30749c11989b344192512ae5248098359e68a15529a2a4c21903a4e1a41c18112592ae8a9d8b1377ab0e1f81a8002de22c83964d2b522d2027d9a96e1fe52e78b41f14d928b933ee308729ec2a739ca19b542b9ea05fa96c944d20f225542ccaaae033c6285aac3a2e65b2ed2dcc25f3aae99f4f276833fc296d2d41253b2e8a2e33a16525cd273c2eae303c2f31a96ba65631882c16b25d9479a87c2b8b318a24732d06298c2def2f19ac9822f6a8c32f6ea1f3a9962f232ca22ec42892aa0830ca0ce4a5ad2a02a05d287a2471a06f1acf291c2f95a605857b9f2327b0293b29e123b528022a5da92127a12c86a9282c5722e7a8471a192a7ea6309d472d77a75a9bc3249da1479d1b2ced223122839d8e2919173da8c89dbd941f3093a7d427be2cd7a3f1a7592bb52b5b22e2a4e0aa2721809f092f57a51c2bf0a004326524f89e9ba3541de8a5ec2430217b250e1681a43e2a42a6f99966a0ad2f812d419e8a2016900c2d9a21d8a4702f3024db26ff20292dbc2ea724d41e2329e3a7b02f4e94b0221b26509f8625fb2b5391811653a9cba4f79bdaa9e2a4c62ccf2cd3a474abd32a2d2b4ba2cfa68d2481276f2540a0ac28783110a4c2acd923702d8db0eeb5d8a238b0beac53a427a0fa241b2810a839250920539807a449a982a7a1ad58ae6916ce9bfca918ababb173abc8adce28789f13af42ac13a9ca1d71b0cdaf72a994ad7bb4c02c49aed0ab812b08a9c7af5c261aac05a0f4a65ea935a5b8aa1a28a82a50acc029afa9dcaefaafdd9deea5c12fca2f0eaf522e3f2a78aec1309321f02ab7ac3824d02b53299fa4d41f4ba8e526372a5b24f11fa8a214ae2b9b73b58fab59a205ac16a9caae552f8e2789a03d230eb487929821772bb029bcb001a67223d5b4b12e3ca9b9ac13ac842e2cb02daea5acfda05dafdeacf92599240ea661a00db034ae05b469afb2a1c4af88a8b2a8dab2db25e4b082ab502ce5b598a6702c24aea5246e2c63a997b11ab523b416b0b8ade628f3b217af5caa0d3002b532a8fcab8e2d143175b244288d24c29454b26fb69b9a4fa3bbaad727c7b27a1fa1a891a929a2c2a6faa8ed2579ac12ab451c3ea85e9ff02af7a31530cf14f81f172d102e8bb245ad58a93630d2ab4e24692e8b32d4a40eac50213c29bcb4f9252692ec21910075a5a01da19c40a127ae3229a9232e1ced1ab8aff7ac6324142dd3ac90b03f2eb3b0aca4b424352639274a2814aed32adb31fb2c0e255299e79ce7a49eae71a888a840aeb3a7551ce325aa1c0ea92929bc29acb1f42fcfa991b0752595312a25b33036ac2dac13a065a203aedfb331b0c8a2a5a30fac81b17e9c9725b327ba992cab8527f72398215d20de26881c55bdf81864ae78a979298f33d09e58a532aac9af8499c6ac9aa5e721179554a9c5a9daaa872694a4e0b6f1a781165f3629ab5d220aa056a0e91eb1aade1ccd1d029a531ec8a7a1afec1474b37ca813aca9af13b2669ca52a46295920ae9c6032579eb8ab62a781aca9b431288dac1c358ead90ab75acee240999d2a99e282d9e9997351986a9392c649614b309a686a858b1d2b3fb27a72973b201249d28cf2e2fa603afc1a592b371b73a9c74b32333e2a063ab5e25a61d5a24d7a699aee021aa9b4798af908a2731ad4624b3a66caf5229569cf6a4692731b415141311e626bb9b36b4e7a5b8b040b32820dba6dc2625b227ae769e932245a87aa804ac3029431b472404a6f427a2acc2b58827f9b0a2ae16b5f7ac9ba541ad13ab3e9daa18762861b422acb0b367b8fd226c2ae51a609e98b431ac2dace6ac4c2bf7b005aa9924cda86127fbb2f2b01dbae6b1ffb416b2b4b50cb006a674b0c0a689ab5033f8244aa80eb01ab489b7fa1f2328f7afd7226ca7bcae70a16e9f9fae94ab552634274b9ebea96db3fc28cbb9822477b14a2c0d987ea4ca26cdac64a0cb2520b05b20b721771ff8aea7b1661c681f98a5ab2a38a66ea16b916694db2b08a446a0c104cba0b9a1d3ad7f284cb207260f8d18aa2eb22926fea77ea175142d9d8526339496ad4da8d2b1b8b7ec10631f992776247f256d1de027a72112a8cc234c24cca4742464ab13abc31189aaa89fccae6e9a33b1b31ce822312166227c2c022f71aadaa87dab632fbeb1778d84a40faacba062a6f3a3021ad09697291aacc31e34bf361f029d4e2405ada3b348a77eaf80ac802c3da975a1e824649e6b9bf4a895a8432c45299b3101ab0eacab28afbb922f6c2a0aa04e9754a0f68d6e1d53a7648d599c362d8ea11aa6ffad339fd62c60b087b99f259d27c8ab9525c5256aa15b9f89ab58a71fb3baba139db9b25ab5f8ab1523172ab920a3a5d12c162ebd9f221ca8a0e1a26c2bd72989adb52855b30dac1733f32823b87fb0fea063a58db161acd7aa5c2a242d36ad779b78274aba1a8b0e29b3a12815121812a774a28290069aae1d822143a11e9d6e2be3980b982f27c1ad4b2ccab148aa978b2129be2bada5bd2c8a1807af26b55aa8b19d4231efb1c3b4429e56a571a43fa9c9a4aaac289d08a96a2543b34b2be9b909b0222edbb73ab08f25c3a49aa23db0022b68b821ac0bb845af4bb8eeb94e1c85add3b84a2bfbb3f5b25bac31ac12b7adb25fb10b1e64abe92961b51faf5bb993b65cb600b027b1e4b55aaaceb2c327c6b5edb5eab02a92e7aa71a554a63919c02b13b6a227a72cfe2bf62499a429abc2248a9cfe1fcea4cf25852f6ca00a2f862ddd2b042e2321cd2dcc2ca7acd417cdb269b919ad24301329e6b6a6284e16d120bd2529adad2bd5a549a61b27f3307d2c6ba3ab1f1d26dcb444a5f9207db0b720272d34ac53b79faa6ea529ac46b0d51c48b095a852b9a1b59cad3bb9bc1fa29fb4b203abf02a7aaf5eaa6aa8d9a881b4b2aedd2984a76ab772b35a27ccb453ade9a036afaeb0b7ae29a694ac5b19a2b155ae122d54294db2d12966b2e19e161aa1312e1ee0a1a816c6966220f4281100eea875bfc923f82ac7af1ba0a0ae1ca30a2a1fa9692e2115fa1c8623041b4e2c5432429e00a49b299d305722cc34962e05b58e30b02cf72cfcaa9226bf2eb4295dacaca84dace39336ad40b0e2b1e6ac0934f7ab2c2b8a2f8fa947b23e2ca2a4b3ae1b2a8932ebaf15b249327d2c99223da762b13ea575af412df8a8ff30b12b0badb5a3b7adc82c132f6b326f30932a06ac07ac7530302136b04a1cc528daa027ab5923d4a64ba6232881ae5b9e27ad332defa077a9e3282626dd1d402ae6a786a3a5a9b2a93e30242ba59c29324e2029a95f23ba1bce1e2daa98a72220dd92ffa9e4289429e12be232183550a9ce1a623218b4a2234cac15aea830dfaca82749aab79d1aaffb21822f9335f22cf931169e2fa9be321bac30aac62223b0562ce3b1d2afa8aead1cda2e929f3b1d0f2015302d314e2212330fa9e12a2bafc1abd130de33a12d1722ea25fcb36d2c61a4742ac4a504b3b22c2a33112bffa98e2ab130892d20ac39ad2ab01f329ea1c7253bade2213b99f4a8e5a5832b84ab28a55325c831e31b46b022b05c1f7faceaaa67a9b43129305525caac4b252ea27aaeb629ad28b330db29e39f45a9841e041d9a2e4f313a23492ceda06fa70a2cdd238098ca1caca4c518743122a473319da8c41b4e2eab2d80281da4f7a73e2fb9ad361f32a15dafdba59c2de4b1f51fc69c8d32a1a8252433ab87a2402fbe2cc72a0323bd33cc1449296bb00b209fa5b9a5ddac2bad03b3272c5d1c46abeca52f2e3a319c984423682b4a2b05ad3d14caa237298a9f9824a0230baaa29c8e285e1d90254eb2fcaab02bdb2b12a9feb11f275094d62a782999223d281c27d29edc2462a8a41620abb1225a2866260915dc26eeafc52266adc7aac6237d23d0b0dc2ae19dd119fc06ff9d2a2df41e4232db285b25732bb8b2e22d07a44e2959a53e2d2a3376adea3204224db2732fbe9b0aa294b0481dc2249f2b20a5f427c12cd7aa1c2511a15e9a5b2a39a7962689af8795682d2527a23103ad37a0d32bf0a081a387afb4283cb0daaec02fb9b41708222638b31da0d0a09c98661ffca02429e52452112b1da31c37a9892c391ad7aa4625c42561ad8caceca2872796a465194ba8b4b2fe2322ad2b2432a315ae7098301499b61fa52c30e6a98ca54ea4c72e18abf6a8ab0531a407a4e7b028ac8babb39bdf2aa6ad742ebda588a5b3a89ea414ae94b857a899294aaad63029b5300fe599373141277fad5b9aac9a5b29efa8eb2e502a8094778a182ce32bd02d4fae77265d30002ab6aa5d2c1f2644a801a1622cf9318b2a43289db4b02182b514191b959e330b0167270223329e4b1d92a4f1a5c224cba406206822c727f5a7a7305d2199a525adc41c73a3a02134a4339e8c2d50351129e82aa5261d268aa60a13d68ad02d2da82d244c25761dfc22afa579229f22801b2021da2b412d57a72b16aba77f26f42894b00d1ea31c689d8420cd18f22c54219628cca2ab277833c99dd71d2aa9b5a68a0562a8869a941404a121ab3523eaa9b9a455ac47a8e5a108b460a022a439181334642922229f23c32065a243ab02a123243bac29ad952e980b48a0aea71b17ee19f1a0061f531bad265b9513937abb7a1a6c2484a692250e35bda554a5ffa381b15d2553922928fb0d48a05bb03124


//!TEXTURE ArtCNN_C4F32_T5
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
161bef29e6293fababadae27dd2b8e2ecda84230fab0482f9c2d5f2c6aa28c2bc32a36a3b5a58f2403ae1f986322b09c989c29ad8fab17a97728810f8cb1952529ad152b97a777281c30dda9b5a84ca835312d2cc42d2130872cd41445a41c2aeab2942a952cc72c7ba8c42affae30996429e12718ac10a8812805a7ffac47aab9a090aaf12c042aa8ae0ba15faf6c2ad42debac762a902f6da2c294b72d73a53a196c215327bca71c20cfacae2c63a580247824542839ad2729292487a7bda8caabe0a24d31791da825112a85aa9f989923832bb7a60b23b22dfca8682bfbadc3286c2c522d731a72a56024cf2af7236fb05c29032b12b096b01828b82704290e2ad8acbe269c2b401fcb30ca30bb24cc248930c3b1cf3793ab319c6d2b8731e8367a9e49ac57af352176ab1b30bd301226002f72b0deb217b3ddb302b7a8aa3c28f02d52a112295a3390ac0daaf9a0ce1ded1d89a8e125622d8fa0a4b1772e6320c5aaaf15d6303e289d285bae212a57ae082f612936abd1aa4aab9f220228292d062c35ac16203429342caa9785ac0fa64c2bb1a6453066acd02bf3aeff2dc3a4c5a5811e2ba780a4922c18a973ac402c4f2965ae302fea269aa512a4532b5ba03b29c22d12a84cad5e19cfa6ec217b2dd42aca29ac3136a5a3a598a685add0b2edab63aa9c2f31aa40ac7bb179aa611997a8c3a9bcaafb2c05ae5fafa82a152cc9a6ca1cf929ec9ca62c2c32ffac7929b4a51328053232aed8ac7a2e07ace3a79129cf28a3af9cad5c21f92b98226c2704af4f9d9c2f75ae5facc0af64a8eaa9a5b01a23a6aeacb0fea4e42ee7a9f1a73a2a9e23d9a55f292ba7dd2acdad8dad89a8a032f9a85f27fa3115b11ca71fa9b42c13212325732bb1a16eb0fa22a2aea728262e2fa75fb0dea901a44cac71aa109c1e28c1ad81253099782d37ac162c3b0db624f820282691b02aaee22c54a758aa532dfe221da7c526b42a12303d1a52220aa5aaa9afa6a4a02b2505aeff293c2c351273af5b307b2243a444269da600ace21f58a89f2bdd251d1d002a6c2aeb1ea3a5be13bda69e91c4ab8225e7ae6425a1a2dfb003a5d0b033ac8ba8f62cab2d642c8db51432f6269c2d6bacc99ac3298c2dc1acb0a7fea859a8329cdb2a8930392e782cf3ab35a32c2f04a953b19f2bc9b1c034f4b001b14335a19ab0b0d2b16eac63ac8a35bb2c5cad2133ebb3e22c57b0eead3c24f932883271a80ab0253166315f34d7b52f2b5daef720e8a80829f3a5152bb5ad21203f2da42a00ad09acf716d3aedea409259d2a01a6d6a6112ec9a219284ea81a2d491c3da2a0294b99f41be12dc0993b2c5dad2d27be306d2f21ae7aa856b13b2eab252aad7facc62ca2a0daae3b127cabfca67630cea9bead91a59b28fe27052367995129232b4db0a1a7cb33cf32b8aadca62a308dadce2c9da8d3abb9ac572dab2a2fa477a8669879abc7af4ca896a9e0a124a5073020ae0128f1a142317cb1f82b6b2d9a2af2acf22a462f4b2a132823242f200fa5802caea8981c132acc2c521aa6a81394072c788a57ae2e2c5728d89cc523da26ba271924c9a24828f3a5d9a38ea466a6682613ab2a23b729e68d9ba721adab1b662a52affd2bc030f22544aa032a8dad5ab14d2c24ad2bb014a8912d69a42e28542df5af9d274531c8ae57a8eaa9462afc309616493050b02725df2e9da86128362b82ae482b3130ca2783a0ab2ab3ac3face22176aa02b113a5d99dfd1e5f304f1dfbb1c02a912d8b2a16a456aaa9a860a8c903062c52ae1ea90c2ef9abc028cc30be242cacf434b018282a059e98af159f2f2926ae7ca61fa6d7a44729f52b47a436b00b2d8daaac21c52a082909ad03ac6e25ba228227df2bcea51d183a285bafd02d802806294825d229caab7cadd0b0f0a7d1ad362bdcaaeaade8a88ca978abd5a80badbea92ea5232458a8f1a8afa87aa5d120f3a5e9a42727fead5b20152c44263eb2e8a87daa6d29c62e81ae0cb6a328c6b9cead00a69f301daca5b2d0abc8994e313bb01830162d1829bcad25b0372fb6226eaa573685384329141489a72eacaea10321ca3084b1732b10a8a60ca42ab1ae8d2c7626551fafb038ae3a9db021562c069e112ace2d1eaf1d2c6faf20a3542d1a2f6d274f17b2a78e2965af14ae202d92aa2fac1a26c033f02a0caff0299db012b0b1a5fe2ef8ac07b1f815be305031c3a58f28bcaaec2be1aaedb0eb2e51ab74a9362cdb298faa192a18b09f2b7e98ca2e9d2bc2a6150de9a3b22b8d266dad39b00a2f7d26eaae152f51302530edae41a488ae0caacdaa322f26abe32819ac00a62f2e1032baac852fc6ae6334d6ad9030d5204db483285e2dc21d332a6ca6462ae7290a2ae1ad2233b02acd2015256e3095b04fab79a2a48162ac10270ab4c130d32cf92f23abcba574a846acababf72f042160259a25332f5b2982a91b33b122292be8ad181d9ba5ff31b6ae7d1ec12068a867a94dad95311a2b99a652b2f82cad2345afbe3023add331bab1ec309734342da2a83f2bd9ae383155b0a835a62e0d2454b0692f87b170ab30a36a36acb221ab6ea6ac2d052dc8ab4fb224354c2f48b036b4ef3320aa8d2c1396b52c8fa8d4a549ac172bba3055a8e4a8ea32f5a8b5a194ac96a86dafe02f5824402ef713e6ac432fca2ced9f47a1d11d94adbd302da9ccad402b03280929182c362a96a73b2a25240b29332ce92c55acca29a0aef427b02c30a445b066aab52e4e2de42b5aacc1a90e2c292bd8aa802406af9d9f519be5a937acacb1e029622f1eaf2dadc72d532601a493a5e92efaa88e356fa6c8a88a28bf2400355cad532b752467a4569fbba07e30a92a00a549b048b39db0e1b29eb500b19da9b4298f92982c5aa0db26532da8311aaac1ac25114724efada897571c241ac523e0acd6ac8928c82aaf2785b1ddaff129bf2efb2cd727442560ac39a78c2a459f372b6f21e31689a945a6472920aba6a8042b061f802984ace524192841ad7b11e8ac5daa70addfa5c02dbdae0eaa7826812753ac182f8e2dcea08c292528aa2cd0b17c2535ad70b387ad0f2f2d20c33551a2fa33e435772a1c992e31d8b443b4dc2e73ae6cb13f3544ac49a8a5b4e7a4522a0127adb4bd3125a840b0ac2ea82c29af402cac2c7f28df282e2a01adb094f028ed2c3c3219af77ad192ab2ad55a77eaa5f2be41c5baa60a4bda54d9c19a146b03a220630c8a32fadf9af4c2b08a8c3250aa7e02647a9d5a506a0d921792d0daa2119a925fe0dbb2cdaa94395632a932b379f71a26a9711aa682067ab9228609c499aa2ae1a27fd28e8a7989f5fa2001b4da87f2412aa659c3eae73257c30f12c80a3d7a5542e472a87acdc2550aad6ad27a5432cd01fe42a30228ea40e257aab2aac53b0742c489e35a26faa7ca057aa882afa16879e2caa95a6fc2aaf2c8725be2538275f29c6295ca9ea28599c5ba628248f98c9245aa44229972436a57c2e3e1e3baf821d951993aa86a57e29d0a2b4237d2d3c23152552a9cba511262b2127a3e52d28b016acf8258fae5f28991fc31de2223720852b58a59d2a5db1b90edb1cfeb1d3ab99a4dd28f12d49a5dd2c8025792c7e3521a7da2baab113306ab223335799592998b325a97c18a3b41d2f67aaac23ab32642d11a8bd2b0c3450ad052d8ab20b2451b19b320cb05c2eeb2c842cd1291ab21a2fc9ac0ba9472d11a90ab10d2b17b1722b692e69adc5af41a81d27f3b174a7b5316a3052b0b3a38eaf4b357fb2ea229eacee3252a8949df3aa5b2b6520032a45982d269d2b9fa8a423c428be2d3d25262c7f2c0d2adea643217f2acfa713ab1f2525289625fa27642036a9aa2cbaad9125392852a132a3d2a3982937aa93b05fb4431abda99d30f8af4832a12874a8a7ab4b307dab2436b2b15a285d31eea6feb1f6ab19ad6dad28221909e6306cb372a94d1a332da72b0ba69db11bb09e28cdaad02f0630753127b279add930299aeb2ec6b1542cf4abf231a3adc72f702d5caa4fac1c2e4d25e41d76314c30a4a7482ebf34102921ab972c7facb09e3a2a332654ad432806a808a13baa3e262b9a3e9c42278db0742c55210c2e2f304327ef285c268bab0dacb6abb598d22815af819c8cab149f2c1e6b25efa41b2ae5a48c2bf72efda81327c3a9382aafaba3adf32c35ab582faca630283eafab2800a424af0e246f28542e0d327c2573a9ec2f03acf627bc1d842a40abe52c90288ea4dead78a8c39dc19db525a129dc293c2cb4a47f2e742806a7daa908a443b020a7902816acbe28cdaafeae08a661984ba699a718254424e02c072c122446a5edb445a4acb1f42681aa902536b1e1aeefac102a8a19b429f4ab972e0eb026b39da5a22d8a2baea779af4d2add2908b0fe281c29edab519505ae9eaf682f98aeea35ab35b9316e2eafad38a1a7a8c2ac8c2bec2d641de09bfeab0bb5e4a2a63452a6be2c4a338c2cda3238ad95a8a8b09332b633fbb0692dfea7f8a00dacbba801a90ab488282ab039238a2e4e31172f4c267d2cba2487a73c31f631962e74a78fa80bb4f1b3fcae97ae06a3a82583b3fab18aa787a967ae27b02e27fdb8ea2934b1aa9756b1b3b188ab98a9b6b116addab794ae11b26335fd2fccb44936c3b5fa2c91af7fab5fb35db7672deda8249dc23990994cb0083666b5ab91f9babc34adb3d23407b69fac70a9afad1cb372b578b8dbb3ad2e44228ab5b7adac3aa4babaa856bc5cb3f8ac51b5c1b1963490a7b83b622f3c342220e2a80d8dbcacd32c1c247d30d6b8972964b13431c2b562b4ccb73e274b31c030773531b4ab3066b225b33fbdcd28eab07834f2b031afa82ab437402d1c306ba36a2cdc99b81a1e9de52970a2a3aa7022b9ad3ca5b026082797ac30a9d42830a8fe2c4ba63facd7a963acc01572a4179b60a770a85b25222901a4e12192a86f2dbda705ac5ca373aa6b2843295b314bb0b4a81728a11c09ab362d8fab0caca92be9aa1b29412859a9e8230b9a9da47a2b4f1c00034320b72e0dad6ea9552f5b1d611c192cf62c6ea6b02eb0a56a2b0b2cd8b1e2aa7525ee250ab18da515309410ed2a2cab2da9cda478a816a571a4f8a0a4a7f5a9f322032d0fa70826ebad672516298b280a25ed2d9e312f2af421742a3caf88a5a52850299bb3c62280a987254fabd5ac942f8aaac6ada89350a7c030eaa328aef7acb8358eac3429e622642a12a98d274fa1c6aa272e102ca729f1ac09b372b022a7d4a66fa951acc22f87b1b53400ae09b0c9a4c0aca5aaf4b34522c42dfa2db2b1af3582a798327cb3af2649a9431b7cac052bc2ad1ba3eaaa282dcea68030daada62c89b41315bca0a218cb2c5929a027d52c19ac78a23829d2af92a4cf2918af3934f0a8a2ab9420c22e2c36b92e71b5262dd2b268224dae3a2c98aff1a97d236630e9aca22c53b158253e2cab24cbb10921441ce931ddae2ca91b25cca878ab222c1daf742644aa3b3326b3f2a8682d2e327e30a92d622f94b188b42a32890d7f3018ad78a49631dfaa1eacd7248fa7992b4aab41ae1ba4283477b25cab9aad792ec0b15ead6f30cab05daa892f04349130ef2d61a9b6a56d2e90adc728332d002a19b6422b692ad72662285329dc2b7cad25b06eae212c21205d255da1d5adc931a1300626b8aa002b3226d69ff72cc328f5ae2d2c642ce7afada620205fa63fae962eb72103a9572c11acbdb071ab85a4dbaa5cb1c221282cc2245b2aaf20d32c862ffda20128509f2b237aac2526102c3a35bea52e332b16712fe1aa95a78ba8ad2cdfaff432f7b2f7304025d22f0e33232f09b6532f572f4fa95d27ac206b2936afa823362fc135989c963288b16f2c4eb540b825af76afd9a8442a4aac102228acc12d702d762eb8202a36be1088b4fd31c8b8d0b7efb0c8af6731741485aa2eb1c221aca676b0a01c222d4925b6a6d31ffa2f47a4f6af6aa809294691c1a8c12e7925a7ab273066ac08af41b11c2d92287cb27fb0b3a9732db9aa5ca9db2d842e00a35aab1aaa46358da1ae351030fb33ae35e1abd3ad1e2b5e34c32c4d2cef34c130a9b109b4efb72e2fcfb58634f6b0b8b929a29c327735f0328ab0c03401b7469d372cadb19a2f5eb1382817af96a2cbb42db34731eca38e3166af2831963683b3a42df335b4b08db21e348b1b2013f6bb7bb555b6743146b1d2ad92ade2b25dafeb30312e12af131a11af16a870213eb0072c3c2d462ad620a6ab5aad1da02da3d02e682f6f2ef72c2f2836309e2b19b21c2fb21f25a5062b6f9dabad4e30d8252aa26a290ab05ead6eb094af1f35d0ad83a25daf37aa442f242f573264321a2ab52cfdb0b3ad2a1902b0d82d51b1c8b46225c79fdb26a428461e96a0532fa61d532fb5a82ead08add0aa0622a9a2dba88a3282a0532a75ad44254c28f834632954301bb114a100a8313272a744a85cb866b1a32c0120ad9ce1abdfb3d7aa10a4742da42d91aed7a851a58c1f203198aaf922cd2f94ab58a04126132aada4d09ef42582280da46d2c5c2a78af0d2e1d3329ae9b2b233021aa90a8012bd2a857a01ca295a73d30692357adfe22db2ddea96cae72a69f2cd63080acd6306f29aa220bb014a928b1f6a8e4abd3ab6fa2c4329fac0eab92a912b3692b651d1bb24bac1f2bdb2ae2b049b0e3ae1620e92c812e72b2552e5b2e3ca0b41a662e443236ab10b29ea9902cdf300929173378b295351da87b34572dab333aa5841fbba6f3aa279dc1a8d3a6ddab8f3001acbea21e991d2b412a90ac08b1f02b7123dd9f8da5042f5f257029d02a31159ba563aa62338e2f8e1821a1ca2d14a71cabb7a8a7988b2c2caf8b2d3a36e03476310db23a30982f4eb0c7b390b4f13438b67dabbd24a22923b217300f304fb857b1d033fa376b3793b03eb1eab2b8b05933dab264ad17395f24a929f8a0b42ffdb02c2ea13227275c2d192225acf02d3bb141ae81a458ae88af9d31cbae64af6c306332be35c6308120a32c4fac1124be2c7e2dcf2c9a2dfe2d1f2ceea1272cd2280c2d32aebb2d0c33f2268628d8a7a22affa02a2a01326fae70a4a6a8742cbe31c5adcc3342a4a92f22290daa9c1ca0ac52a1d4111fa782ac18a06faaf32c8bae6aabefaccb2d3b230522ae2ee42b04302a2cda26762538af06b0a8a14aaf502d84a751378dab5f2c0e320c1ea8acbe0d51b48daaa5ab91acd72ad1adcf333db01fab0b27edaa992b9824b0a9e0a3f92b7421d6168ca852b03c31b52e112b6633c6306234f0b14330ee294ca3b02955b23caa14232432a0a73ba49e2db4319b2ddc21d9276e2cd1b3152d49ac372f84aeea261b1708283ea22cb4b9a2bc9932306f2e55b4482cf7a5bb28d62f7a276b11872d85a87e3138b01a2d072b8f2b0d27262deea483ab01a8c4245c2b0fab3ab01a2e9028e7a9de28d42e00236029bc2a1da8f4b396305931219f77abbc96d02543a695a956338c2cb727abade9a1bcad1128d8326430622dc1a6e59d833074ac79214ca718ae0eb28f2c93ac89a5512b832ebcb0d62e0ab29326ad285c22c6240a30fa220ca7c822e7b0afab5032c51c8f2d2e300b310c2328abd7284d28f2a5612b6e16fdade72f13b354ad90ad14ac38a1edb78b22c4aee5aa182a9b2607a4d7ad3bacce3105affe2512a91bb391ad17b410b7bc2e4230353198234db5cc370c2e3d246cb24d2fc0aff8b15934782ea42c84b9e9b4022f92ae712e0ab0e9b0142f98ab4f345725cdac082da8a6d3283eb0aead862e8e9c77ad08a9da26d528d0ac06169aa8142876af7c2c071ea32a0433abb387297dafbba8f12c0228ae2a82a4bea24eb17327b1b0282559289aacf830182ffbaead9c65af692fbea9bb30d723e5a4782917a21db10528f8b1eca0732ac9b41c255d98262731aceca8592c582729a00e9ddba7b3a60f10f32997267aa528aad7aebb290aaad0a1f12dbb294330b89c53aec02f33a23329012c182d772761b67dad67289725c32946a35f2b042f01a7ef9a0f30642e442606b16d28fd2104316f31c4afd0a6351f912c1e2810ab999de229ac2c4b2eb7345a29d82084aa5eb2522e25a4062b1fb0f9a3f42b6a292da814ae1cb02824caa956ac1eacbb1e7f9f5fa125ab00ad71279aad209e3e2747a97024cf9ca62b49ac89249230679cd1a3b7a373a710af9e250ca538239eae272579ab34ac4bacbdae88a816ac78a990ac0c2f152c5faded2cea28aab1362961a57fa7a130fb31a7291eac75abe61b0fa54cb0032ed42e0cadd929c62b06a176aaf4b0fa267f2c072c24a95daebf2e87a7542e1da88d249726c79c21b0faa85c2a5c97ca2bd8a96421eca173ae1927b9a3d6283a2cd1a7c629eba614ae48ac312d2220aa281aa6862c6b233fad32ab052a409e28ad012af7ac18b1c5b31fac8193e1b055ac65ad432de2afa5acfbaa05ac3dad522b1f33fea91da14d2f6fadc6a2a6accb2819990eb086a7baa9cd291032d81c8b257632f9b130afdeb9f3b4822840a0e32374a8d8abaa2d77304baed0a5dba3f2adeaade12cbe3604b1ad2e0537a5a89ead609d942b5828fda7bfad87313bacc1aca42dca2dbe2171a96aaf6b16262db6aa8eae63acb12f52a929b1a1a5fc2c33abc52c2e2b61a769aa752d072a5829b7233f28132a8e25dd1f7faeafa60827e9295f2f85a075a71eb0102a08a51fa485248e2c3b22221a44ada82afc2756a43c257d210e2e842a47a07f29489e83acdd2a29add221b01e7824382a8e2b5025f530ed26c1a26aafaaaeed24c9a19c2f67280ead48a8fba4ada73c240b2d842972a80aae75ae13244f2a46a8dd285aa579280428a222742d2d28a72da0ac6cad1724902d5f250e2da7a9012b492c1aa8c18d5921612e8d2cc6a46a9facafa829eb94e29a142d60a413aae39bbf25e19b4eac4e180fa8ed167aa9c7ace62c129bf32935ac252f2aac75a555abcd2935a66e246028ed98fb2867a927b08226ae9e172127ad3d2b45a85ca5aa25fea3dfac472bdda4dfabc1236f18232bb3253f096ba20b297ea0ba2dff2d0225261d75a66aa915a66ea8df28869ea4a4e41bbf2430ab6799c3a7a89fe0a907273523b1a4342c8fa9c820b8a2842e1eae62a87caea326ec210ba3cdaa3c2c65a5ca87d32993272e28e82108a3f3978aa04ea710a6881fcf27eb204005592c52a2b1abf5236a234f29bfa8519c9e1a6a2d00303fa42b2e74b16e2d5fad70306ab0e8a5872ab6ace2adea2b7f256caa24219fa807292c2c82b0882de5250fabbc281d95b32193a501ab91aad12c2a3038301baad1ac601ed32290318f9eff38602cb8a7193135284a3100aba1aa04b0d2aa97a6cd2a87aa5a28c72b4eb08e2785b0a8b294a56aab352496a5ee22872c39195027da1dc3281dac31acbaa9012c1f25902548159da5382b0424f8a91926972a45112a831a25db1c90a3f69bf12891289215e2aceaa81c18a5a484a551a09a281a2ce81f6caba1adb9287b216a2f442cde1f14a9322b23a8702938aff9acbb2408ace2258ba78ca2bda738a92c2617a91ca082065f2a442830299bacd72130b08caafb2e6eb00429ee262a22f52b27ac25adb2adb01f5a2bf0abdc2afb2c74accfaadaacf2a49323cfaaea24bba0732ce3a3fda884a7b8add5a3f1afcf198faf58265c2c11ae97a8caa7feac0b0f612121210b21c5955aa6c3a7349bcd24a8008fa6c7233928ef2a6922692474a7b8a731a192a1dba28cae54aa8d31c52ca3315629fa335aa9322a5b21cb2e16a4fa30c4a85dad1d2fccb17b252424692b5c2be52b4a247e2c383064ace49ac82ea12cf6a9753423ac8c2f44314e2b902d24b1afad09acb8adb32cd52f3bb00aa4a02d2ca5672df32ec125c2ae52b01ab0d7a983b10e30b8250ab239a20127aa2d53b1deab483227a8d2a92eb4a8ac88308db1522f65af522cb12d1b3151ac952f692cdbaa6cae0ca93f2e063106308d317720a0318ca8a4b0ff94d92f57ab32318caeccb0b9331b16c4b284a1442a8a2ce62ce42b6d2ee32b73b19c292826712e67a4be26dc2fd52e04276cad722915a5392d362d6021a8a8372978a481ad4933eca874a89b32182cfe2c062b6aac4228aab059a8962aaaad56acd719eba667378734332e76ad8ab232ad762d11b44bb2ea2ac3ae13a06d2d2e20f5a3e0b748331732c6b48b3a50b2eda6daa1cb1b69abf7243129e8a8d6aa15b08fa5deaa081a722836abbe2f562cee2d31a8ea2d502e972e84253e24e2b00631b4af9aa8313182ae3aa88a30d22443b071249ca8d5ab6430782ca0a501af7fb1b72c4ca8aa3011a57029093017a99eaad5ad981c60a806a5c22ecca9aaabb3aa8e28e1af2428999a41a5b62f0515fba05d307dab6b2b96ad4ea918a6d7323fae72a7b42dbe2b1b2237a99b2fe2205c2ee7aef1b0b9b02ea125aeefa7c62419a81ead0f2651ae741cbea5442c92ac962b33afbe1f3cae59abe421752ebcae24b0be9f36b35e1cc1a46aa0f7aa89b0142dd62dc92d7a329220ac9e3bb22b30a430a6aeddabb622a927aaa34f2fba2d69b3e99d62b3bcb1ddb517b13ab0a7335a23553093a9fd3015aed9290ab33a28fa34732f2734c0b2cbae203625ae00b040b48eb4411d26adbb28c72b62b54badf1a764ac9bb060abf7a6e39f091e2431bc24bd2ce8a9e828812c67a18923f3ac57b3243080a9d4acca2d1d3787af9ba373af402f4c2f0bad412b08202c1d9e2bac2decb189a8ee2c6eae96254fac461e2230472c59ac322e78ac431d76a734ab38b26e2210306aad322d213147a6ddab66a8362b5a9f23a534abffa43e2f5727be2c992ed7ad31b0e0b1e5acffaeaf24d4a4cba8fb2d64a5929eb8a813af93312827bc26e22b0ca954aaac3830310d2735aeaba62aa426af233240a2a52087b3f2af1031a13690316d350aac34ab8ab08428fa2e79359831fe2ec32ad6312eaf4434482c88b7cd2d47a59a3aaf3881a403b0153002a0c02fc0b0e0b019b98ab1c4a5742fa028c69b48a1a0283a2127285fab27adf328422c452e69250429bf1fb02f98af44a7432b25a6db32d4b01030cfa47b28052ae22862a3f5a84329df2d912d24247faf692c76ad8421b526b42056a53baa09ab95a92cb0aa1f2aae4a2beb26dca45b2fa19f5dac2e330a20f7232698032c4e1e1aa08f2313050e9fc130bc2d86a95d2d69aeaf203da280ab92aa0b3046a828a63d9e50b1bf1c8ba9b4ac312b699caa2ebf2cc7a5792f752c6e26cb2fc8a84620ec2c2ea8969c071ce4afe72ad7a373ac99a98526d3318b2b83ae5725091f3d2a2222239d40aabea72ba0742e97a5b328e4a1ddae5c2f75b04c2bf428fca9d6285726eda926a4522983aad0ac6e2d15a4c729faa89ba8bdacad1feaaca42601abd3a01625cd28b71fb4a81e2ae4a7dc1ee9295baa9aa875a8ca2ad0a56aa8f5a4be2a5da0a824ceac53a821aaeeae3a2a01a98eac592669a63aa5d82cb21ae230202dc12d2dab402753a922a9bd30392959a1bda1252e0aade1a5952adfa8c5a72427f82a10a5cfa9f32cefa7b6a8eba64927a8ab7120e2aa33208d21e7a58fa03e27532c111a892055a5f3a3951d1e2b2b24b5a0562a152da82db8a6eea881a9cea68d28c31cd21daba74119f69fc72ddca8b029ec2e92a7222c45a9caa5449cb6a09b2ff5a9fe22e0aa73af2ca9c820d92929251f2b172d472cc1ab7bafd02828ac9a302b90f1261b295d30472cb39606adeb2963ae9c3199a92528ff283c9d40aecfa99aa5562ea330903297ae7ba129ac01aab79d802d882a212a3220ee2ee62133982531e5a45da93cac2a9c159ebd260fa8a1ab5c223bab45a79c2c332cd928e2ace4112b2c9b218422deaac62eb323941db0ae9b2961ad532b452d39aafda7a7a651a5f6213d2ea1b0e3aa4ca724240aaa64aa27a969a23c29bd251524f0ace5214aa3332213aaec9b552306ac4a1d9529a1ac3eaa202c7ea63225382b78a4e8ac7f2908a6fea8012c972c9121dfa46598d82a74a7742e8326d722bd8b9f1f4f27a8293eac202c982dec2ff629142dafa1142c5ea95badcc2ee2a977aacea9f5a746aa8fa2192dce26262afc27c3270a28b12b782afca444252d274aa8082cd3a4caa6c21bc3ab612a4c25fd25cda9a61f2bac16ac0a2819acc5aa33a86ba832a59ea6859d97a58fb8aeb20a3f9c38b43967381d3b30400fb10eb084bf91bb70b89eb809b7483400206332a83ba2402bb0803c36bddc36e4b978bc202e973c92c00b3a413ca238d7a6cd2e9d32942d4c340bb1073510aa76ac06af98283c181b342b2d35af882e7b2037adc120242e46263bb22dad07b0bf28392a1f205d2e6eafcc322921c42dea2a6fac2ab1a5a2c821c230be29722c6bac81ae00a8802e4db02ca72dacddadb4a8ac2e2ba5be30bfa85a2c74ac43b00a244b29fca5e9a1152e7627992b5aadc82c313296311f337d3406316ba1d9a5d03524b36da8d4a86aa80c32bbb45634382fb3a9b731ca31003178aa8a2be3b624afc9336eaf00aebb31272e0a2ac229e0af08ac27b5e5326db4e73530aaf5305c2dfc24052ca7a94d28b2351d3538b5f11c3bb0f5b4e3b09faa053063b75131e0aee5b22bb23bb175300833862cc2b0752519af212f922f7aac81b78fa7b0ad412c262b5aa72d241a2a152e06ac8b2e90ab4a2f203294994da625a9d4358f3302328c26faaea32f9fb21da551a9272fc2ad99ad4daf719cdaafd3ae8a33e2a2ac2fb22b6e24261f5c19c823902d2db03f2831ab58b3da2e6caada2ac2b31b2f992e58a815235f2afcaf9b273c245bac3d31d9adc52d9d2ef5a0a1b300b243a3d3aedeac71aefda0eead022c7ab23a3146a9a5333235f129e11d22a0083864a91130f830d222d32e15280b2c40a011288ead6b31e62944293e2cd83491a4262bb3aa1d295d2d72a51f2e67a7372e01a5e72ae1b23fb0b0aec12891a902b463ae05b348aed724c5aa022f5ca28da6cb1a272917265824452c372b38a3382a8fac34a4f9aa443051adf6a9cfa82229262986aa869e7fa03a2d2128499e4d1f85a3ada08b23b49201308d25dfa7ea31ae9b322c9730b3af8d9cf1a04bad53ab2fad97aa6f28caaacfa4d026509d06a9d3af922c3d2540ad22ad9c2fa6ae13a5d42afd1cf225c49f3d2d6faac1202a2bf6abe92c33b0b3a8882715a3c82379ac649a6ba2cd2f4aa78c99632ef9a7dfa746297828cbac689fd22bf421823167a98cabd22515ac98ad5a2d2e2a77ace298a0a5aaab29ac3a2e05287e969324f12c38262eb00ea8ae2e46acb02d1029b32df92836ac2d23f9309b1fbeac1fa7f1236f08c79d6bacd3a717306fa991a7db2b579e9d2c5c27e530d1ae58a4fea6b82d3ead0fb21da96fa9f7b357a8aa2546b100ab0fa1c6ab40afa73084a50cad8ea09da1cb30b3a18eb0d52d48adfb2c9d39992f04a7339dedabf3a0a7adf8acc03075a98eb07d28702bfbafcba31eab33a959ab75a0a52b6121ac2dcc28a53361b1842c92a10ea86ca9722ed82788a55e2345a7bba613a47928ffa15d2c29212e9f702d2ead8da68827aa2597a9ca18b32c2c22a921532de32c439d8321e22a5f2bec204ba7672aa5a5b7a9c2a422a33229d0241d24b429dd2daf22ba30abac1baaec2c23b03a2d25309e20dd289da11a2c9d2562a2ac2da0a77ca9972aa8282230b6a79fa7af2d7c21062a03263b1761285aaf222313193ca4ae104122522918a7f92c2fae121d11ac4ea95da8e927be2092278da39ea40eaa21240fa040a417a363a836251ba6f5a60da72f2b212801296e2a822ea72c37ac1e2ac625bcaeb7b1ec2ce5acfaaa973056a832b3e32764aa912d9e2a0fa738acd0aee6ab5fac83248b2e211a532f27a5d5a2683177abe1af8eb0f4a1f0a5a328f0ac81ad58afd02b032ca6b4682c1027e52985acd8b058ade3b21f3456306eaa48b105ad6c31c72c103024b078afa5a3883490b06d207e32a82f5e23772456a8e52d5428ae30aaa8cf322bae2a2a55adb11ee9b2f820eba42daad3ad622eee9a90afe8ac36a5e2ac91b45aa9252d611d68324c3233a3622bb9aa3e2df7acc1b1262b0cad78ad9ea9062dd2aa77aed3308f14fdb361aa69b22133dc305aadf3282db2b8260d2c8e95712c2da27c1494221b34b731772cda299a2b782f573245a54f32cdb22fa801a8bfb1b92d163224ac53309bb5532be6a5ccb729281e2ed8adf1206fa6a32c462e15a8e9a513a9b3b381332c3447a59832d9b1afacfb2d42303d28593305b17d281a31e9adca2eb029719ef0ad4ca8792b7b2ee6abb9ad33a555a7992e511dfe2c05b4ebb0672cedafd636222c22a89faba623132051a9b8acaf2cc0a5bda8a626972d1aabf3a7ed29e42ce7afa729a82c4fa35dadd129f8292c2fb4284d2cde259929c3ad4eaaf7a60dacaa26e7238821dfab8e3063a9cd2c042dcb995ea9dea1f1ad7facd228332b15a4a3ac4aa0b9af8fa8fd28022c192aaeadbca844a5f52906b0a72384a74d9fe730602a1322c29b07a954246ba899a3d32c6f2338a9562908a6b8adbba2a7a7912b18afb829cea203adf624d8291a2a252d70a4c82adda74620e59282205ba9cf9c63287fa103a33220dd32312006b6e0ac4ab438b476b38b3390044d2d283056b04132ce30c42d4d2e7c36e52a29b650b893a9e5b31c2a7933cc2bcea8e1a8fbae6c2c47b08ab07736ce3381af2ca47827a2302eb37d2099319e33d43160a58834d6ae8bb1a62faa2e93b5142e1f9f8ea9d02fbbb4112f032fa7b518ade0b140a892b5a7b033352237d9ac472f92ad46afec33ff1df52e2da9252f9b21c22d1caeb42b41a852b3fdaca5aee6ad362b0024f51a6aac18339234f0aca4290a9de1add6ab122cf5a32b30b630edb0a7b23230e9b356b1eeac68ac6cac56ad0d35352cfdb0c2b0c5ae68053937f9aeadb257acfa29d3b155aa88301fb2843238311434eba92f31903079a785302ab0eab357a525adc41a02b3e1ab89b19cb0cfb164b68629f52d552dab2c33b5a4340336abb0b7aaabb076abed2b542585af3f28caa67d2c9231ca30353247af842b672cd29ce42b25ac5a8fb320b2a956aa5aac1e20972d6e2cdca8c72eca2dc9b1ce292eab0ea85cb594ae8e2f9e2d5a2d902a3ba674aa8125e72b76271daf6dab3d299928932bb9aa602c1322ed9e069e0029e9a538a89227b02991acd5a0be296f25d134b6a71e9d431f2b26e1ac08afeba66dae4bafa79f972a64b0399f3930e02dca1bae30d32f3db0a7aba92cbca8d928d82ac2a8212b7ea9352d8dab0f2f982fc5210330bdb0ca319a259aae642a62204a2edb2da32bd31cb3ae28b15d2f8a3032a9342d00a71bb0f02e48a9722c9b1745b0c42f5aa83e2cc92779b0c8b4f0a9a6aa9813e69da72488b18daca42d342457281329d3a573abfc2a6b2d8c2c212cfcacf7b4a72eeeabb4aa34ab482e13b024ad0a2a792c632ce18b373173ad6caad3a419b336af2a2f39a61db2cf2f53a53bade9a1a125e8af342be8ae49ac012e02acc3a8862f2a2fcd28bfa800adfc3251b1fe2d16248e2a68afff2b57b282a7512b59aa69b196303c2bc2281da132a428adb232ea2cbfb00c2eec270c2bde3165a1bdafc7228325afa4999bbfa9c420f6a808b1c726553006ab83a931b04ea193b29d29ccaa1f2371acfea42eaacb2abca0b026542977aa1e28a12f04259bb00e2a8e34232a4a2cb9a8b42b933175aecf271d2c371e40a92e3130aecdabb4a99a2af02ce8272ab155311a3278240aacaf255131eca7cfaebe31d9aae2b3d1a1c22bcb31b920bab1b4af453304340e2ce035862fabaf38ad0f2992a064a35635342b67af6bb471b5e1305b25ce30ce292cb1a326fdb231ba49ab54ad5728b72caf2bae2a84ac6913fe28bf2cd6ad7e2a6b30872c08a29a214d2d5ba4b2262fa8c0acc4a809aec4a9fa2da7ac5f2c7e29851ed8aa35a4dda987a511a55c2b0d2d07ad96a69d30e226bf29b924b42445ad562c3f298f29d9aec82d93ac1b306cb05923072862b1272abfa81030abac16aaa72b0faa6fa75f18001d9310c7291eb334a237a5832c1e2d8fabae2bdbac06affb2973295a8f29a6002e48aa50ac1fa77eac782229afdaa250a5e7ad64a6d2a69829b724811ee9a15c2db0907b2bc6ae162c292c64b0792c61255129ee25b0a0d425022cbaa401997e2a2db4072cc2acabaf19a9eca8c13224b1c5ac902b05a3152fee9349a8eeb0c1a0842db9287baf2222932a842601a83c18b1a7adab4623c3adaba23dabea2d47ac75abf72129a8f22d352ecf2605acb61d002b47289325182fbbaec221e92ac42fbca7211ddba91a91b428b12c72ad0b95eeb029a8c22dc0b1d1b2f8243f302aa3c12cc22ca4a58aaa7d28632eeaaec0a3d22a24a67c2d862ba41dd12cf02b18ad2d301421382c9aaa2634e4ab35a3832109ac292d0a978aad7dacef247eac470c312c6aad8da18da8cb98bca91a10a5a959accfa8190263a6e425502aba26a6ae78a8eca17928b92691a0231b59ad182344a6ceae5f1c2aac04aea9a1ccafd28e38a432a08aa40eaa7ea94c1cef2a73a99e214f250aa9652d8ea9aca49c2bebaf212a5faa03a40d2546a5121d72af6dac081bebb5da2e3eb824b291a5f49f6bb2a8b637ae5e2c9f2365a5a9b1c42860aa2118a4a7ce30ffae81a69d337e37ea290b221cabb42fd0b0bc200f3063acb42f6a2917a8432c42a891aa3ca72c2c39abf8ac76ab9e247b2b4b28bba211ab4eaf052ce3a76ba896aeb42e542b3d31cf27d3a31aad80a7b48c2b2226ab592aee2eed2937a649a4a2ad142547a3c22ebf9570a44aa9e1297330baa5c429d29c8e2d1ca707aa3b2cd3ad9120ab26f62146aa8bad30ace027402a612b0b29d4af73ab69ac3ba7caa0431ce0afe72743ac61ac01319c2e72a157ae0aa94728a72b7e2e68a815a6062ad6aab9ac7d2c412cf0285f2cb1a8f42ccfa9c9a1d1aa7cae352ba41888271cae9fae4a24192c1fa93eabeea87026d425392a2e25192ea4afc6a52f22002b7ba7adb08018f32af13065a449ad35107eb01fafc3ae07b012afd03099a2ee25a110f3285a287c977baa1caed230d229e4300cb33b2c2e3512b2ffaa462bfcac7e2a55a629a90329e3b335b01e28f5af90315226452a3b2e36adec1356a6e3a4b9ad4830caaf0d2b9f2bb12d20b02face72c7e3096b013385ab104b1b32ef828862936ac85a25e21f4282fa85a2956b0032a192f72a9579e66b43a1fe924b42405b1ed2f7da2daa4fa31b832679e1425e8946a8edbb150357fb2f4ace32910a87e9f2524e2a91bac542e7ab0042ebca8f2305ea895294bb016ab2ea23130c8184a2a1330ab2f122595313badb9af29333831d72d481d0c383a2e12aa0f2aa5b0e69d4ab0472a0424e1aaea2e9a13d836a537522e478f8a327b354cac26b272313f373ca10ab55ea4b930f6b41b311c2db2b815340a2c193c5736741c953147b2edade833b3b250b42b2b80ae6d259da673291ca7d22cd12873899624622c53aac0108aa1492081145a303bb12f30f92f42a6d0a695a8143790a4b22986a5a19f8522bf96f7ade51f132ec7a8912cc61a9fa8f92635a98db0b62ebb1dd82dffab4ea5bfac88a99a9e292f14ab2c2e5cb0ff320c28b3ac0a347ca7542783a0a52d8920fea46e2c67a48b284028a0ae9c28efad54ad87b0e5a4be2f932986ad9ca589ae2aaeebac289e36aae2a56cab46b382aeb6aed9accc379da893a10230652df3988fa2afb4ff9cc72d04ae3c2c99ac122a3cb028a93f2966b0651891a52aa838b028208caeb5a160b090ad6c2c0ab1d8a064302bab4c3371b5472d512ebca7fc250fac12295928ce32d92d832e13ac7a2349aeaeb030adc1300227022e4f3068afa22d67a71f2911af442ff12a57a8161fe309afab3699c41a480ce4ad3c303caa65b1742a94a58dafb4af5dac292cc320011f119dc4af59b033258a2aa1a9932d2122e42ee621902906ad25b15b2cfd286fab0725342d03ad1ea070b0ba2c1d2655ab3ba71f27ca2c7a282f2050a92f2ec628d3a8a51d6daf7629f025dfac0b2b062e7eaa619e0d2d5aa738aa93a3c5a38ba856ad151f35a031a26628c2a8d4261dab2d2ebca2dda85c9acaa2cb1a8425479fd7ab24b3832d9e2a0531fb2d8f2c70277a2d121ffaa12b295930ce14562f05a06f25ff2d4530ad2b41ac4b2c712d33b32029eda03923faaeea9e2fad55b1b23210af46a3a935a6b069a07e3198b0bf3940ae8c22e29bf72ae8313926292c9bafab276fa96b307727d5288229dcb12930fdaeebb416b8e3ac562ad1af6cacd22a912c35af292056ad6ea03da6faa8472cb9ad4c1e53afdaac47a599a3fea5a025ff30702ed91b8a27b0ac02a0942c692035ac27a5e3a9522193ab612b492770ad7b2c482f55ac89affaa78f2cba1f9730762bdc1f74ae222d2cb0b9a96faef8a92e2c1ba99ba665ae182ea2acfbab7c30352de1a51ea3e4a571acea28cf28b51bd925982ba5aacb30e1a63d1756a999a2032a0cace8293624f5a4f3ae0fb2cb2aa7a8dfa25ca879293b2c8b161828a82a45a970a99b19c529e7296620dba5ca22b4313732493228aac52941267430bc2aa7af31a3412a6b2ad232fa2e809d6eaf3eae35ae9e2964a5d82a99ac2123f42d48a80aa02eace1a6cba7ed264025ab2e922d12acebad7d29932ed0aa562eca2a50ae2c2b8dad56a7eea7bc2c9e2990adc5249325ac282689f92972ad2c29a4add42c2f189628aaac0b31a0247eabbca73e2b28b043b00c2a9e2970ac0518e82c78b068a223b11c25d6234a2d87b34b2c5dae05af4f2ebe18efac40b256a950ae2c24e8a7f52bb1a84c2a3bac7fade22ab32d15a94bb1472fb42ba2a97225eb2eb8b2d920d2a77e3057307b3287b08c2cbfaf333039a55cab931e58962fa741aebc2d3aac042ab7a3b428e2297bafcb2ec62d2f27ccb28ab15ba118b493302f2b15b3fcaa912bf6b1ba22929a70a84525742c9dae1aa4b1a454b1922f041b50b04fafaa25522f0ca234a8a6a879312fa68e30aa2ee92c01af00282d2c42984a3479b1fe2cb3ad71230332282b3e2f9baf322684b0282983ab1724c72534af9dab7a2802ac9db0e81e7831a42bd92dc6ab5ea860af12314eb4d9a89d2faeb4f93385b703b05ea8bbaf9a2b33a6172966b1a82be3b1e228a2303aaf5fb0049e0daf713136a512aa1baa7a20c5ab182af72f7a2b1fa36c228332f32a7bad28243d2bbab3d6215da822abc9adab2c622fee2e22ab12aa8429ba28efad99ac682923b08fa8021ca92035ad53334fb0982732adee325bb242b470a9e8a8ffac5433fe307bb37e28c92e55af33b03fabd631342e54ad1230222cb22a45ab279fa41dfdadd332ffa9caa909ae0e2efaad509d7aa95727ef23422b6f32003010adb12da52ee3b3c8a68125b4a9f0afc92b6c312fa41ab12f2fe02c21aed82d222f1c25ecad7fafdb1a4d305bad1caa03186a2b4aaed1b0072b992dfdaeb6ab2d2fa7a660b18731d1a83ca6622f52252dad42a47c1b0ca1a39d06a00ea2c32868aa3ca17e2fcd2bbea28fab32a6c0273eaca32e61afc6291d30a69b27b53aaef63101ac3eaf7036deab44a52dabe73114b25ca953b159afc32c69291b2e1224cb2f9427df30dbacb22623281b2c972ea6acd7302db08eb79f2b842d0cb05da7082cb9a891b36435b7a5983435aefdae75b4d32d30b265348d332530051e6995dda8d8a4db2565afdb28c5a7c3b15eaba723be153ba85c2b7eaba7255a2903a9572abd289ab132305f276fa81a27d5309f2f1c2ca8af5ca531aa332eb6a8072c6f2e2120b13132a2a1a5369869a5912ee4258b2ca6b192acbe2ee430b8ad16aad234cfaf02278232dd31e0b3ea321a30392a45acd7b4d2accca9292bc6b3783255b0902c4033ee32532836afe8321eb14c30c4b4fd2dd72cefaa97ab4c2ff72ed82fb63064b79b38672d5db3fe3361a0af3515a2c0a07cb096a4e033d4b3dea82c2bfaa89d331ba8c099ae318cb1a5a81f9fa4ac2fb0ffae0825302802aeefa9da2c38acf6afa431b9aabb99fd2e6b2180aeb6ac34a9dc28939f56a97d212324e7a85c20562ff52b14a3ffab4faaababd3a201a306b129b497a594315422cc2b2430e2b1a0b13036b3ab9a310030dd2ce2ad45acc6a1b9291f28741e5c2ae4adfca7702e89a40232cd2c9a2059b229b43928b3b0602c452a3721562865b3e2b40a3044b10ab30a35d81f279ebe348535edb109aa512505ad692e6ea5d733f0299aa20daf493427b161a967a72e33af2a8a1e44a822ac2a9c852318ae762d0a274a22edac282d1f2b8f9e4122d5ac22abc728e630552cc5aad23105ad75aa56a551a6152808ae00a7422cb7b08eae00ac312ba1a29a28cdae9dab0cb040aece1c29aa8aaf34ae2db33faa3cab48165b333da90fa83e2c20a9f9a95ca68a22722f6ba91ca2922a61b11d1b01acf72d5220483696ae1dafe53165b09835c2af90a5e6a81cac14ae9fb56d2cb4b18920a1af00ad7ba040afcb3242b24828573074ade6af9a2830ae68a82530c3ab7130cd2b462d5c22d02348aed3ada5ace8acad30aea9fe2752b1033055292c2a8b93822dce0f4d27d32fab1e9ca80aaabb17ae2ceca4462486a46128d4a8a9a9f0acc92dbbb6202b9a2387365134f2b17f2fd13404b0592a3cb4a2b2c72d06af09364fb24125fb2c68ad8da666ae3c9f90a93ab25ca55a30dcb20db4582e1ab8202fb8a7f42e032f772c212f3ab00dafe231fa22c8a2142b15a14935f4ab9ca941b240b3a82c2eacc5ad23a6182686a6dca5d0af34b1282942ac393490abe3ae112d2a280c24cb9edda327a8c4ac5228259afd2a712ba2acfdadf52c6aa80caedfa62d30ffa120a661aa0eaabf280eaf6f2b2730f12b842997a511aabe24b6a5b398b3a2be1ce62b9facd1ad1daebc1fc42d2830cda4bfaf712eba27672617261622d2adab3060aaed31dd1d3eab0517a5aa1825d2a0a49d06b0622cbb225ba9322b19ac4cae08abc1aad00f5d2f962d74aa462e6120382975289c2c2da6e82a782b6aaa4ead74a077aa70993a3204a6caa321235724a02c22ad6fae1aa0d424312a4fa2632283a7a4a00caa1ca8d2ac7ca5b3a5b6295e240da7e9a4011eb69f8ea235293021dc2943a00dabcd1ea7a876a756a4f0a996a3bb21ab2598a266aa342689ac47a94b289893eaabd926ba2a98a3d7047729faa97626ac293aa9c1a860aa52a93fa0982c87230a2903255da59d299c192d278128ff2ca8a82924122dbd1a7a97ed233328b529900f8b2936a8492972a8831de313c5238bad692770243ea99d25e7290e2322a421a417a1e7a8f5ac0519382ae01de1271e29601d3fa6f0aaaca9bca99425d224ca260221c630c930a2b02d21292c172c76b23bac06a4973123a7ce3004319e2612adc32dac198625dea9e92e232cf92cbd313f2ac52c06a46c9dbc3103312fb19e33d0b1f13421ad2bb1e5b2a22d5daea9ad8227232c1bb0b6b0e3b033b18cb03e2c04b6cb2c6dadbb32a9b287b0df21113172317bb58e25b4a69fa626af781eb21ad12dc5aae7285e949fa397aeee2bd8ac83a9ab18851cf02cca2b8da97a26442b782d19aceb1bd2a9b92393a8702c69a9a1aa3d9891ad253215323eae272b2d2c0dab47adc39ece2bc4294a2fe12a7eb1012c72b2a8336230b0a5e3320229672834344917fbadd02eda2e01af8230833258a94eaffb1aeeab6f2c7cb21f30c8afaab077a057a881af40ab7eac262dd93333a411a96a282eb1822c1ea912272fb078b27a2c4ea109ac772d6cabf92cfb2222aa30accfaa2018672680ae882de6a94d2c65a2c2aa93a12a2ccfab2da31eadcf2256aebfab1daabaaa4cacefa30614c5249aa889a979a9a9a487a63f2c502f2b10fca8952dcba8c2223aafc62c9aaf3aa939b039a256a7dcae3c2d02b1a6a978a3892c7fadcca8b2a90a278aade32e542bb5a46d2c21a86ead0c2c002bdeade5258e2e8120263167a48c900fb0fb2ef828962bfa2e8825ae2df4ad07a3922eaca7ff1cd8a4dd2fa7ab292cb6ac082acc2c2e9ee91f021d1c25c02e112543a53b24693016b1c72b8fad1aaefd16bbaae02cbc26ef280410c32c9d9845aa212dfb1b88a910af8e90f7aa792cf1a6603184ad2d2c41b04f2c5c2a7ca0a92ccc227fa6989e84aa0fa9e93110b3c5a85a32d42a89b041ac322992b0df2b80b3da1f3cad0fb4e428ac269b325fb1ffabe12e4f287c27ffb0012cd12f01286d1435305da7ff31e3ae70b037235b3031b278b081ad80b3cc2d12a968b1ca2c18b5c030de30faaf34ad8cade1b371b3092e1cb48f340bacb4b1ba2b37aae62f282c1b3093321534282b98ab47318330f52da6b258b05725822cb01f7592aaa30b24db2c7824e428793197af0e2f5028ad1d1eb03127979b173028279d8e3aa67831f7232ea9e8acdb2ec0aa67b0202c56314f31c7aca42e2933a1aef4ac8aa463ae379bcea927334dac0e1a6c2887247533bea9a2afa8291432b6b09fb16d2a602d08b22d1d442be62df1311823762ea3b10c36352c57b443b057b294283d9d7bb32c297b293cb48331e82edd31842e4832452e40b3142df8a88ab1bdb30d2c1f2f8f35b52fbb2cc93045af492d3bb064a7c415972cc6262aa4ad19bd2a02254ba8a7283c957cae22273eaf8320d12b692d1d29ae2caaab4c2b3aabed2fcc1cc5a56aa401a4101d3bac2eb062270b29b123dcaa8daa9b2463adc027ec9f502b5da999a86d24e8a8cd05172d7a27081c42a56427f7a7e228fea460a75b2c1792c9a28c248ba6262976ad722fb32dfcac1ba34aa0eda855a364ac722894ae332d442875a0462dd4ada531cfaedaad7db1213022294ead2e30e0a864ad0ea86aaf9b24022feea9712eaea27b2a462d25ae0528212e8c2c4eb5452e1caa2eaf1032e724992b44aeea2013b1d030d4aa29b2681bf6a9d6a45d2ebda841ad4eb016aa8ca84d355c2805b007b3622815a475ab4c14542a632ad6a3f22d0aa783ae7c13eaa861a9fa99162dd1a61aad1aa939293428a81f692bf7a14aaa55a89fa8eea8e229109b6ca8402af826b2b114ade22c9ea944ac00aa08341e325e2618216aac242c82a4db311f249daaca3538a673300caf0ca080304ab102ac962f9f2d8fae14b05fa71730b3aefea75aac2316633140300c373d296fb4042c7b2c2a26a6364f33593654b5f12baeb18eb0d03425a329a50034b033b632a2287fb5eeacbaafbda18aab19afe2b63a2af62cef2468a7a724f21f8420edaa111cf9297d2415a6caa6ac25ae2581ac46990314e2a57fab5e2091a62fa546a0eb2674208fa72025afac780b06a484a80319c82c45a374a00f282e30452dccb44cb02ca013a89e2ec820ea26fb31322b5ead5ab49228e1284a28082431a93aa8bb2d1ca4f0ad58b0bbae74a7cea678aecc25613169adf934bca99435372c56b336af16305833cb311e2df733b3af330d87b2da225eb027aa1b1fb5a80c357fb0529aa5af10b1d6af43b1412e97ac83b09a2ae82b6a2922b059af8fb1292a1dadc628dba6ab292bb10ca7c5a7e32a6badb5a455340ba864abeca651af36af4d295cade4ad1d31aaa551b0fca8e72be8b3dda243b09fb3472d6527539a522f302fc52c39285ca1be2b51ab8c31792ae829163225a4e3a8b32d09346aac6729961d55ab10268c2d0daca8aeca2cf0aa5f9f8da20ea93e27ad2ce3ac1d8a5a271a963d16e0275aadb228a0ab102b5121f82dfba6e6ac7fa4942106b003a6d7aa6f247b295a278128de296dadb025dd2bfaabfba8d224ae263eac1fa8b4144d2643ad1dac8433ea2c35ad6827f32cbfa4cdb1752fd79ee43062a9efab032c442f8828552cbf28fdab3522d1b3252aa4a4bdadaeafd0ac59a55931f0a676af0f2bd729e5afbc28f02d38294fb299300bae573327a84920ecb00126e8a9ef28023456302a2522a54faf11348db3f1226b2d37ba9029e22923ac4922ed1ae22c1925ec259d293531ddaaed21f82f19283725aa2646aa5d99e8a78f9f22b09fa7dcac4c29312a87ac112d82a4cdb06cac69272d29ccad992680a4a4ae31a801b01128d92a472b792c5fa9a0acb2af4e268ea34caad527d4a40ca7e9a0b31e40a548a80fad27281a2c6f9fd32b8caa56a6ea24baa0791fb82d26b1592dde25a52a5c2d0eae38b3572dcb9586a94aa805ad1e2256a4e5ab852bbf2c172eba2ceb9a73ac0904942d6aa06aa9e727c82cf02acf297a26a31fbbaf482d60a3ae2c5f28b2a0dca0a622ce2828274f303c205727061b8c29e32c45a83bae8fadeeacd7aaee9df92c53a366aced28259bee9f34aa53a161ae829ad4a3a82c9db16aae81b215aac7acfaa2142fb81e63ab321c102dd22807ac26ac2a2f7e2987addd25ba30e5a69e2708ad012eb72cf91875b02e98132a9bb20fac00a966b0612ec52b6129d3aa2b2b3b2dc52fe21645a7e62ad0267d2aa1a6ca2a8eb006a6a82f44311e2f2931c12ac4adc427acafc6a775afef2e81a6da29f9a41220d52d6b2846ae4e2a17b05aa809ad252d91ae3d2ec7ad7831de29352a792a56ab05a449ad3aac9e13dcaf9b29b82f0f2b88a88c27efb2fd2adb2d23b06d9f71acd0a03034faa9ad28b2a7bcb01ba9293426ac082dd6b03a3190a8462a82b044b21e2a2eab24a4e0243cb256316eb05eac3230c82f82b46ba7dd2ccbb282ae23289e2ccc21cbab4224222c752e3f2d5a2f77aa722daeb4acb04fadc41df52f4b291f2d422ab3aa16305a32042a7aae6c2ba7ac8a3475b3862d4332fab7662d5e2b52aa6faeb7a836ace2150dac7a286e2e06b01828a4abc231c8a0e8ad09aa5d2a9928ebaca92dbf280a92d5286325eca4032e9f2e38b50928052f87b262ab6e2df625b72c1aa4beb0bf28a42ae7289c2f3cacdeaad0b0322db59d13ad09a48b200e2e0c2ad42cb028c6a918a05625632e5ea91d2c89ab3928e7203faccaa7633046abf12c3928fbaafca7311858a7073246a973aeb7b0e72b6f1e83b17badaca73a22582e46a2432945305028a0abf72dea2bd622bfa656284a2ab2a9b229d0acc81a6f263428c829c8a8d3a807a8c02ee7a8da2e45a7d4265e29dd264aa7dd2ce59d98a897a4222bfdad6d2aacaba6ac6c29ae2467aeb326d42058a981aebca9b020b224aa28662b05b0c3a7baadb9306324921c5a2b132da21d06ad7fa8d91e842fcba21a9f062b54abfea686a36c290db0e12437ad0eb03824e72a3f2b912f49285b311628c828032ae02b462bec312a2f01b363a97c2c0b2c082eb33351b0eba6fda99a3060188fad112f4fab60a914a46aa7ecaecf2e2bafe52ebd27bb9e68ae5ca919ab6aadcfa68aac8ba4ff31c597a822aea7a134aba82ca6621ee9aaa6ad272a99adc4289826492f9f311c2ab38f05aa20aec3a408194b2abba573b022a2fa3093b1e5b06d2ffea92cb0662bc716db30ddae5592121e5a2c7fb394b0102d289c72ac04b0f5b106262d2584ac902eb12f9db1baa8d1a9e5a8559a18328ab1d09cb2af982f142f4bb176acb52fdf2d48b33bac7ab0a031d932312ec6aea2a283ae4c2d75323d348da903ac09a9aeb22232abb544acb51d0ab4113001b0a92973a06aad48ae17b05d2df52d4baa0caff82f5d2c493610a76baa3fa9632fc52b022a5a2860b044ae76aee7331ea65234332d89b110ad58a197b1b0aac6ab77af2c352d28c531fb23652be92e99a36424022d60a6102f52aa4c3151aea1afe22d7ea90e1ece1b31ae3e2dc030bba78228572ae129f6b1a9aa1a2c75a57a359ca812309fb241ac07b2c12aaba79a2bf8ae062d5faf6d306dadf2ab0f2c76a2fab180adc52ee42d342f1fa174ad33ac7230b4303928b7af3d2d8ab2b530b7adf19a94b28a27a0b3d42a142bd8b1552fc0a7cc2f7eac71231d251facfe339119f52cfd2f3028caad292cf3310e2e082ec829732bd42872b0aba34d9eb691
