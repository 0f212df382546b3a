// ArtCNN_C4F16: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F16: 2x luma upscaler for anime, 4 ReLU layers of 16 filters (12,340 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F16 variant=compute precision=fp16
// Weights: ArtCNN_C4F16.keras
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

//!DESC ArtCNN_C4F16 compute conv2d
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

//!DESC ArtCNN_C4F16 compute conv2d_1
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L0
//!SAVE ArtCNN_C4F16_L1
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L0_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L0_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L0_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L0_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_L0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.0035388642, 0.012181487, 0.06403471, 0.015263772);
            vec4 a0_1 = vec4(0.048399653, -0.0074684187, -0.0068150507, 0.016319986);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.08190918, 0.3984375, -0.059326172, 0.029769897) * v0_0.x;
                s0_0 += HVEC4(0.120788574, 0.13879395, 0.06286621, -0.03152466) * v0_0.y;
                s0_0 += HVEC4(-0.33642578, 0.2376709, -0.07116699, -0.08929443) * v0_0.z;
                s0_0 += HVEC4(0.0001450777, -0.062683105, -0.13098145, 0.029373169) * v0_0.w;
                s0_0 += HVEC4(0.85302734, -0.024353027, -0.068603516, 0.046783447) * v0_1.x;
                s0_0 += HVEC4(-0.25854492, 0.081604004, 0.2454834, -0.02758789) * v0_1.y;
                s0_0 += HVEC4(-0.77490234, 0.5620117, -0.093444824, -0.036895752) * v0_1.z;
                s0_0 += HVEC4(-0.34375, 0.7270508, -0.04876709, -0.0036907196) * v0_1.w;
                s0_0 += HVEC4(0.041046143, -0.0871582, -0.0736084, 0.010971069) * v0_2.x;
                s0_0 += HVEC4(-0.18823242, 0.2758789, 0.035369873, -0.08544922) * v0_2.y;
                s0_0 += HVEC4(0.30493164, 0.453125, 0.0013208389, -0.028137207) * v0_2.z;
                s0_0 += HVEC4(0.84765625, 0.23010254, 0.0076408386, -0.005962372) * v0_2.w;
                s0_0 += HVEC4(0.33032227, 0.008720398, 0.09509277, -0.05596924) * v0_3.x;
                s0_0 += HVEC4(0.6254883, -0.46240234, 0.19763184, -0.009719849) * v0_3.y;
                s0_0 += HVEC4(0.11553955, -0.008926392, 0.050628662, 0.011550903) * v0_3.z;
                s0_0 += HVEC4(0.022216797, 0.16491699, -0.023651123, -0.012046814) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.08721924, -0.02935791, 0.06542969, 0.18017578) * v0_0.x;
                s0_1 += HVEC4(-0.06604004, 0.009849548, 0.0440979, 0.0625) * v0_0.y;
                s0_1 += HVEC4(0.07537842, -0.040252686, -0.000351429, 0.02217102) * v0_0.z;
                s0_1 += HVEC4(0.0769043, -0.072753906, -0.06201172, -0.12335205) * v0_0.w;
                s0_1 += HVEC4(-0.32128906, -0.16333008, 0.016113281, -0.0041007996) * v0_1.x;
                s0_1 += HVEC4(0.32080078, 0.4189453, 0.086120605, 0.17089844) * v0_1.y;
                s0_1 += HVEC4(0.13012695, 0.09136963, 0.21350098, -0.12963867) * v0_1.z;
                s0_1 += HVEC4(0.008956909, -0.07458496, -0.25341797, -0.13598633) * v0_1.w;
                s0_1 += HVEC4(-0.06188965, -0.123046875, -0.20263672, -0.114868164) * v0_2.x;
                s0_1 += HVEC4(0.2454834, 0.32666016, 0.10687256, 0.11505127) * v0_2.y;
                s0_1 += HVEC4(-0.10797119, 0.030197144, 0.059936523, 0.08532715) * v0_2.z;
                s0_1 += HVEC4(-0.20263672, -0.043823242, -0.20874023, 0.14685059) * v0_2.w;
                s0_1 += HVEC4(0.051330566, -0.06829834, 0.07196045, 0.046295166) * v0_3.x;
                s0_1 += HVEC4(-0.10449219, 0.0574646, 0.08758545, 0.11187744) * v0_3.y;
                s0_1 += HVEC4(-0.11022949, 0.13195801, 0.079833984, 0.0791626) * v0_3.z;
                s0_1 += HVEC4(0.07208252, 0.067871094, 0.061676025, -0.0048217773) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.26879883, 0.109069824, 0.024871826, 0.028137207) * v0_0.x;
                s0_0 += HVEC4(0.6357422, 0.20495605, -0.0053138733, 0.095581055) * v0_0.y;
                s0_0 += HVEC4(-0.6010742, -0.52783203, -0.08166504, -0.074157715) * v0_0.z;
                s0_0 += HVEC4(-0.36254883, 0.09967041, 0.043151855, 0.11102295) * v0_0.w;
                s0_0 += HVEC4(-0.35180664, 0.11798096, 0.08605957, 0.028823853) * v0_1.x;
                s0_0 += HVEC4(0.6425781, -0.37695312, -0.024093628, -0.23864746) * v0_1.y;
                s0_0 += HVEC4(0.8208008, -0.092163086, 0.04296875, -0.051757812) * v0_1.z;
                s0_0 += HVEC4(-0.29736328, -0.11193848, -0.1472168, 0.032958984) * v0_1.w;
                s0_0 += HVEC4(-0.67578125, -0.18127441, -0.114990234, 0.041809082) * v0_2.x;
                s0_0 += HVEC4(-0.031036377, -0.4645996, -0.06561279, -0.0395813) * v0_2.y;
                s0_0 += HVEC4(0.044677734, -0.38232422, 0.06304932, 0.040405273) * v0_2.z;
                s0_0 += HVEC4(-1.1025391, -0.1821289, 0.04788208, 0.09790039) * v0_2.w;
                s0_0 += HVEC4(-0.3017578, -0.16687012, -0.081726074, 0.031219482) * v0_3.x;
                s0_0 += HVEC4(-0.36816406, 0.3388672, -0.029754639, 0.052459717) * v0_3.y;
                s0_0 += HVEC4(0.24694824, -0.12451172, -0.040374756, -0.028884888) * v0_3.z;
                s0_0 += HVEC4(0.08496094, -0.10736084, 0.033691406, -0.004016876) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.15148926, -0.045684814, 0.08795166, -0.07763672) * v0_0.x;
                s0_1 += HVEC4(-0.13879395, 0.11810303, 0.16394043, 0.06097412) * v0_0.y;
                s0_1 += HVEC4(-0.05090332, 0.011077881, -0.006965637, -0.008232117) * v0_0.z;
                s0_1 += HVEC4(0.14001465, -0.05581665, -0.11395264, -0.045715332) * v0_0.w;
                s0_1 += HVEC4(0.11090088, 0.026443481, -0.057128906, -0.02670288) * v0_1.x;
                s0_1 += HVEC4(-0.23095703, 0.109313965, 0.1842041, -0.08929443) * v0_1.y;
                s0_1 += HVEC4(0.10870361, -0.062408447, 0.17700195, 0.27514648) * v0_1.z;
                s0_1 += HVEC4(0.14660645, -0.19128418, -0.0028820038, 0.020385742) * v0_1.w;
                s0_1 += HVEC4(-0.099609375, 0.2043457, 0.077941895, 0.06738281) * v0_2.x;
                s0_1 += HVEC4(0.07128906, 0.050994873, 0.22729492, -0.087402344) * v0_2.y;
                s0_1 += HVEC4(0.1149292, -0.046783447, -0.13049316, -0.08807373) * v0_2.z;
                s0_1 += HVEC4(0.101867676, 0.16113281, -0.14355469, -0.0592041) * v0_2.w;
                s0_1 += HVEC4(-0.11773682, -0.06829834, -0.13146973, -0.022872925) * v0_3.x;
                s0_1 += HVEC4(0.0001373291, 0.119628906, 0.08880615, 0.17651367) * v0_3.y;
                s0_1 += HVEC4(0.041748047, -0.2055664, -0.09661865, -0.04788208) * v0_3.z;
                s0_1 += HVEC4(-0.25073242, -0.040527344, 0.007785797, 0.062072754) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.32006836, -0.0637207, 0.11016846, -0.010414124) * v0_0.x;
                s0_0 += HVEC4(0.1430664, -0.18286133, 0.17138672, -0.07745361) * v0_0.y;
                s0_0 += HVEC4(-0.27514648, 0.04812622, -0.042999268, 0.055664062) * v0_0.z;
                s0_0 += HVEC4(-0.08666992, -0.014770508, -0.09637451, -0.06085205) * v0_0.w;
                s0_0 += HVEC4(0.29541016, 0.21716309, -0.06781006, 0.029510498) * v0_1.x;
                s0_0 += HVEC4(0.16259766, 0.014442444, 0.012756348, 0.029937744) * v0_1.y;
                s0_0 += HVEC4(-0.4074707, -0.47998047, 0.101989746, 0.17041016) * v0_1.z;
                s0_0 += HVEC4(0.05859375, -0.1694336, -0.2211914, 0.00617218) * v0_1.w;
                s0_0 += HVEC4(-0.25170898, 0.11419678, 0.117004395, 0.001958847) * v0_2.x;
                s0_0 += HVEC4(-0.18554688, 0.2578125, 0.025497437, -0.026504517) * v0_2.y;
                s0_0 += HVEC4(-0.70703125, -0.19958496, -0.16259766, 0.044830322) * v0_2.z;
                s0_0 += HVEC4(0.4345703, 0.07019043, 0.068847656, 0.015113831) * v0_2.w;
                s0_0 += HVEC4(0.28588867, 0.061523438, -0.05633545, -0.07116699) * v0_3.x;
                s0_0 += HVEC4(0.4099121, -0.027862549, 0.23840332, -0.12176514) * v0_3.y;
                s0_0 += HVEC4(-0.07849121, 0.05227661, -0.03982544, 0.015380859) * v0_3.z;
                s0_0 += HVEC4(0.29077148, -0.04168701, 0.04537964, -0.0001373291) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.11035156, 0.03778076, 0.04171753, -0.11669922) * v0_0.x;
                s0_1 += HVEC4(-0.10205078, 0.2956543, -0.017593384, -0.029815674) * v0_0.y;
                s0_1 += HVEC4(0.08654785, 0.11193848, -0.09588623, 0.11035156) * v0_0.z;
                s0_1 += HVEC4(-0.112854004, -0.038085938, -0.06072998, 0.15197754) * v0_0.w;
                s0_1 += HVEC4(0.1394043, 0.072265625, 0.08569336, -0.04824829) * v0_1.x;
                s0_1 += HVEC4(-0.058013916, -0.067871094, 0.12548828, -0.017364502) * v0_1.y;
                s0_1 += HVEC4(-0.28466797, 0.27978516, -0.17443848, 0.070617676) * v0_1.z;
                s0_1 += HVEC4(0.19873047, -0.1665039, -0.06323242, -0.025787354) * v0_1.w;
                s0_1 += HVEC4(0.07489014, 0.00447464, -0.09301758, 0.027572632) * v0_2.x;
                s0_1 += HVEC4(-0.07470703, 0.17700195, -0.07385254, -0.04458618) * v0_2.y;
                s0_1 += HVEC4(-0.21032715, -0.25854492, 0.18029785, 0.059539795) * v0_2.z;
                s0_1 += HVEC4(-0.068359375, -0.14416504, 0.15490723, -0.038909912) * v0_2.w;
                s0_1 += HVEC4(-0.16064453, -0.11077881, 0.109375, -0.0124435425) * v0_3.x;
                s0_1 += HVEC4(-0.20996094, 0.16259766, 0.037384033, -0.10449219) * v0_3.y;
                s0_1 += HVEC4(0.082214355, -0.08190918, -0.015655518, -0.034362793) * v0_3.z;
                s0_1 += HVEC4(0.2232666, -0.043395996, -0.03869629, -0.07421875) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.18640137, -0.10028076, -0.012214661, -0.18347168) * v0_0.x;
                s0_0 += HVEC4(-0.22375488, -0.15576172, 0.2232666, -0.18701172) * v0_0.y;
                s0_0 += HVEC4(0.2376709, 0.14807129, -0.008850098, 0.013633728) * v0_0.z;
                s0_0 += HVEC4(0.031402588, 0.08380127, -0.012123108, 0.026412964) * v0_0.w;
                s0_0 += HVEC4(-0.3701172, -0.07165527, 0.10687256, -0.107421875) * v0_1.x;
                s0_0 += HVEC4(-0.11029053, -0.016952515, -0.14440918, 0.039764404) * v0_1.y;
                s0_0 += HVEC4(-0.041168213, -0.31640625, -0.009719849, 0.110839844) * v0_1.z;
                s0_0 += HVEC4(-0.35058594, 0.50097656, 0.21533203, 0.13891602) * v0_1.w;
                s0_0 += HVEC4(0.06665039, 0.19238281, -0.078552246, -0.050964355) * v0_2.x;
                s0_0 += HVEC4(0.1842041, -0.029129028, -0.1060791, -0.026321411) * v0_2.y;
                s0_0 += HVEC4(0.08935547, -0.4621582, 0.15563965, -0.15441895) * v0_2.z;
                s0_0 += HVEC4(-0.20654297, -0.031051636, 0.18273926, -0.05218506) * v0_2.w;
                s0_0 += HVEC4(-0.041503906, 0.107421875, 0.03741455, 0.0027198792) * v0_3.x;
                s0_0 += HVEC4(0.23571777, -0.25317383, -0.14904785, -0.021331787) * v0_3.y;
                s0_0 += HVEC4(-0.2607422, 0.023956299, 0.013595581, -0.02243042) * v0_3.z;
                s0_0 += HVEC4(0.0039787292, -0.05230713, -0.033813477, -0.08050537) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.02798462, 0.26464844, -0.050811768, 0.39013672) * v0_0.x;
                s0_1 += HVEC4(-0.079711914, -0.03488159, 0.16235352, 0.18261719) * v0_0.y;
                s0_1 += HVEC4(-0.030548096, 0.31591797, 0.0032138824, 0.06958008) * v0_0.z;
                s0_1 += HVEC4(0.061523438, -0.060668945, -0.03729248, -0.10974121) * v0_0.w;
                s0_1 += HVEC4(-0.025543213, -0.61816406, 0.055389404, -0.36865234) * v0_1.x;
                s0_1 += HVEC4(0.13500977, 0.45092773, 0.025619507, 0.48242188) * v0_1.y;
                s0_1 += HVEC4(-0.12237549, -0.1394043, -0.060302734, 0.1418457) * v0_1.z;
                s0_1 += HVEC4(-0.25561523, -0.4765625, -0.019943237, -0.45483398) * v0_1.w;
                s0_1 += HVEC4(0.117248535, 0.17541504, -0.00016665459, -0.203125) * v0_2.x;
                s0_1 += HVEC4(0.22290039, 0.30078125, -0.032958984, -0.1541748) * v0_2.y;
                s0_1 += HVEC4(-0.14001465, 0.14611816, 0.03125, 0.32495117) * v0_2.z;
                s0_1 += HVEC4(0.037017822, 0.10559082, 0.08996582, -0.4345703) * v0_2.w;
                s0_1 += HVEC4(-0.000667572, 0.040496826, -0.029083252, -0.085876465) * v0_3.x;
                s0_1 += HVEC4(0.32666016, 0.025131226, 0.13171387, -0.27148438) * v0_3.y;
                s0_1 += HVEC4(-0.29345703, 0.13586426, -0.02381897, 0.2919922) * v0_3.z;
                s0_1 += HVEC4(0.19567871, 0.4453125, 0.008018494, 0.44970703) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.09442139, -0.16674805, -0.041900635, -0.11431885) * v0_0.x;
                s0_0 += HVEC4(-0.46191406, 0.24963379, 0.09259033, -0.039245605) * v0_0.y;
                s0_0 += HVEC4(-0.48950195, 0.65283203, 0.02645874, -0.3996582) * v0_0.z;
                s0_0 += HVEC4(0.035583496, 0.03753662, 0.11413574, 0.12731934) * v0_0.w;
                s0_0 += HVEC4(0.18554688, -0.3828125, 0.109069824, 0.091308594) * v0_1.x;
                s0_0 += HVEC4(-0.1003418, 0.26538086, 0.028533936, 0.078430176) * v0_1.y;
                s0_0 += HVEC4(0.0065841675, 0.2775879, 0.12536621, -0.0061149597) * v0_1.z;
                s0_0 += HVEC4(0.8618164, -0.7548828, -0.23217773, 0.28149414) * v0_1.w;
                s0_0 += HVEC4(-0.17016602, 0.4465332, 0.064331055, -0.35473633) * v0_2.x;
                s0_0 += HVEC4(-0.06048584, 0.14453125, 0.2331543, -0.61035156) * v0_2.y;
                s0_0 += HVEC4(-0.16186523, 0.7001953, 0.15734863, -0.41381836) * v0_2.z;
                s0_0 += HVEC4(0.23986816, 0.2434082, -0.2088623, -0.2130127) * v0_2.w;
                s0_0 += HVEC4(0.19897461, -0.062805176, -0.0030155182, -0.014312744) * v0_3.x;
                s0_0 += HVEC4(-0.44702148, 0.43066406, 0.1303711, 0.04623413) * v0_3.y;
                s0_0 += HVEC4(-0.45996094, 0.3930664, 0.07647705, 0.012069702) * v0_3.z;
                s0_0 += HVEC4(-0.2322998, 0.072265625, 0.09564209, 0.07489014) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.13415527, -0.19689941, 0.25170898, -0.025283813) * v0_0.x;
                s0_1 += HVEC4(0.1986084, -0.23205566, -0.056396484, -0.11437988) * v0_0.y;
                s0_1 += HVEC4(-0.18920898, 0.15368652, 0.95751953, -0.031234741) * v0_0.z;
                s0_1 += HVEC4(0.171875, 0.07287598, -0.11090088, -0.08581543) * v0_0.w;
                s0_1 += HVEC4(0.36450195, 0.068603516, -0.1665039, 0.16699219) * v0_1.x;
                s0_1 += HVEC4(-0.296875, 0.026306152, -0.1340332, -0.32226562) * v0_1.y;
                s0_1 += HVEC4(0.13195801, -0.22314453, -0.41455078, -0.2841797) * v0_1.z;
                s0_1 += HVEC4(0.4074707, 0.07373047, -0.22363281, 0.12432861) * v0_1.w;
                s0_1 += HVEC4(-0.103027344, 0.4501953, 0.83496094, -0.017318726) * v0_2.x;
                s0_1 += HVEC4(-0.14831543, -0.13269043, 0.90234375, -0.08239746) * v0_2.y;
                s0_1 += HVEC4(0.09008789, 0.11065674, 0.35327148, -0.3022461) * v0_2.z;
                s0_1 += HVEC4(0.12792969, -0.007144928, 0.42382812, 0.3852539) * v0_2.w;
                s0_1 += HVEC4(-0.022903442, 0.02204895, 0.06304932, 0.12854004) * v0_3.x;
                s0_1 += HVEC4(-0.08483887, -0.03945923, 0.070373535, 0.10626221) * v0_3.y;
                s0_1 += HVEC4(0.0042686462, -0.029052734, -0.12512207, -0.1953125) * v0_3.z;
                s0_1 += HVEC4(-0.3540039, 0.019088745, -0.015853882, 0.06365967) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(-0.39404297, 0.011405945, -0.08642578, -0.070007324) * v0_0.x;
                s0_0 += HVEC4(-0.42407227, -0.11425781, -0.060394287, -0.045654297) * v0_0.y;
                s0_0 += HVEC4(0.1817627, 0.11859131, 0.0791626, -0.14001465) * v0_0.z;
                s0_0 += HVEC4(-0.048095703, 0.069885254, 0.06427002, 0.038330078) * v0_0.w;
                s0_0 += HVEC4(-0.17529297, 0.056518555, -0.118896484, -0.17419434) * v0_1.x;
                s0_0 += HVEC4(-0.21813965, -0.041992188, -0.13195801, 0.109802246) * v0_1.y;
                s0_0 += HVEC4(-0.1328125, 0.2919922, -0.10253906, -0.15148926) * v0_1.z;
                s0_0 += HVEC4(0.39404297, 0.5366211, -0.07879639, 0.1227417) * v0_1.w;
                s0_0 += HVEC4(-0.12432861, 0.1751709, 0.0881958, -0.034301758) * v0_2.x;
                s0_0 += HVEC4(0.17211914, -0.123168945, -0.07116699, -0.09246826) * v0_2.y;
                s0_0 += HVEC4(0.017654419, -0.17907715, -0.11993408, 0.2244873) * v0_2.z;
                s0_0 += HVEC4(-0.047607422, 0.092163086, -0.062347412, -0.013999939) * v0_2.w;
                s0_0 += HVEC4(0.14233398, 0.043426514, -0.14025879, 0.07495117) * v0_3.x;
                s0_0 += HVEC4(-0.4230957, -0.21911621, -0.041900635, -0.16149902) * v0_3.y;
                s0_0 += HVEC4(0.016647339, 0.08996582, -0.030960083, 0.14123535) * v0_3.z;
                s0_0 += HVEC4(-0.16796875, 0.103393555, 0.07537842, -0.027252197) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.090270996, -0.17810059, -0.047851562, -0.09429932) * v0_0.x;
                s0_1 += HVEC4(-0.044189453, -0.17492676, 0.22558594, -0.044189453) * v0_0.y;
                s0_1 += HVEC4(0.42358398, -0.17089844, 0.10852051, 0.06384277) * v0_0.z;
                s0_1 += HVEC4(-0.20678711, 0.09185791, -0.031402588, 0.026992798) * v0_0.w;
                s0_1 += HVEC4(0.25024414, 0.07043457, 0.1381836, 0.019378662) * v0_1.x;
                s0_1 += HVEC4(-0.09643555, 0.07281494, 0.004119873, -0.15820312) * v0_1.y;
                s0_1 += HVEC4(-0.2322998, -0.19750977, 0.13513184, 0.14123535) * v0_1.z;
                s0_1 += HVEC4(0.11004639, 0.08685303, -0.15527344, -0.07531738) * v0_1.w;
                s0_1 += HVEC4(0.36572266, -0.05065918, 0.04196167, 0.10882568) * v0_2.x;
                s0_1 += HVEC4(-0.33935547, -0.04837036, 0.15661621, -0.0925293) * v0_2.y;
                s0_1 += HVEC4(-0.20483398, 0.2541504, 0.17626953, 0.20080566) * v0_2.z;
                s0_1 += HVEC4(-0.111450195, -0.09790039, -0.1586914, 0.02784729) * v0_2.w;
                s0_1 += HVEC4(-0.016525269, -0.04244995, 0.008766174, -0.07714844) * v0_3.x;
                s0_1 += HVEC4(-0.05215454, -0.32250977, 0.117004395, -0.01436615) * v0_3.y;
                s0_1 += HVEC4(0.03793335, -0.029342651, 0.027511597, -0.08862305) * v0_3.z;
                s0_1 += HVEC4(0.5053711, -0.026565552, 0.052581787, 0.006298065) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.08862305, 0.06335449, -0.0034503937, 0.22387695) * v0_0.x;
                s0_0 += HVEC4(-0.07659912, -0.10736084, -0.009300232, 0.3010254) * v0_0.y;
                s0_0 += HVEC4(0.3149414, -0.19787598, 0.054473877, -0.10736084) * v0_0.z;
                s0_0 += HVEC4(-0.053894043, -0.05718994, -0.113586426, -0.021148682) * v0_0.w;
                s0_0 += HVEC4(0.025222778, 0.14990234, -0.052947998, 0.12536621) * v0_1.x;
                s0_0 += HVEC4(0.10821533, -0.15966797, -0.043518066, 0.06994629) * v0_1.y;
                s0_0 += HVEC4(0.31323242, 0.14453125, -0.20117188, -0.041778564) * v0_1.z;
                s0_0 += HVEC4(-0.02507019, 0.052856445, -0.31884766, 0.31567383) * v0_1.w;
                s0_0 += HVEC4(0.1899414, 0.010848999, -0.26635742, 0.12286377) * v0_2.x;
                s0_0 += HVEC4(0.010604858, -0.02748108, 0.019546509, 0.03289795) * v0_2.y;
                s0_0 += HVEC4(-0.0126953125, 0.05154419, -0.046203613, 0.06945801) * v0_2.z;
                s0_0 += HVEC4(-0.11303711, 0.09753418, -0.07446289, 0.14868164) * v0_2.w;
                s0_0 += HVEC4(-0.10882568, 0.0070114136, -0.07348633, 0.023803711) * v0_3.x;
                s0_0 += HVEC4(-0.08526611, 0.2052002, 0.2824707, -0.099365234) * v0_3.y;
                s0_0 += HVEC4(-0.12042236, -0.18127441, -0.115112305, 0.2849121) * v0_3.z;
                s0_0 += HVEC4(-0.09313965, 0.09222412, -0.0015449524, 0.118896484) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.031433105, -0.06744385, -0.07757568, -0.19250488) * v0_0.x;
                s0_1 += HVEC4(0.16455078, -0.5053711, -0.1616211, -0.08148193) * v0_0.y;
                s0_1 += HVEC4(0.055114746, 0.030578613, -0.07104492, 0.25317383) * v0_0.z;
                s0_1 += HVEC4(-0.016738892, -0.06185913, 0.121398926, -0.04309082) * v0_0.w;
                s0_1 += HVEC4(-0.14916992, -0.4880371, -0.023223877, -0.30273438) * v0_1.x;
                s0_1 += HVEC4(0.33789062, 0.47924805, -0.14941406, 0.95654297) * v0_1.y;
                s0_1 += HVEC4(-0.18530273, -0.11999512, -0.0859375, -0.17028809) * v0_1.z;
                s0_1 += HVEC4(0.23327637, 0.036834717, -0.08099365, 0.2980957) * v0_1.w;
                s0_1 += HVEC4(0.20739746, -0.14416504, -0.13781738, 0.58935547) * v0_2.x;
                s0_1 += HVEC4(0.16418457, 0.49145508, -0.1809082, 0.68115234) * v0_2.y;
                s0_1 += HVEC4(-0.25317383, -0.17077637, -0.12017822, 0.12609863) * v0_2.z;
                s0_1 += HVEC4(0.021728516, -0.37597656, 0.0010919571, 0.0017442703) * v0_2.w;
                s0_1 += HVEC4(0.28320312, 0.29760742, 0.053833008, 0.07897949) * v0_3.x;
                s0_1 += HVEC4(-0.039031982, 0.2944336, -0.047943115, 0.28515625) * v0_3.y;
                s0_1 += HVEC4(-0.00084257126, -0.8623047, -0.23339844, 0.28051758) * v0_3.z;
                s0_1 += HVEC4(0.13317871, 0.13977051, -0.10406494, 0.41845703) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.0155181885, 0.026367188, -0.04168701, 0.14147949) * v0_0.x;
                s0_0 += HVEC4(0.07324219, 0.08477783, -0.06762695, 0.5053711) * v0_0.y;
                s0_0 += HVEC4(0.28564453, -0.1550293, -0.24914551, 0.9033203) * v0_0.z;
                s0_0 += HVEC4(-0.004573822, -0.039398193, -0.060546875, 0.024597168) * v0_0.w;
                s0_0 += HVEC4(0.10308838, -0.03793335, 0.11639404, -0.15722656) * v0_1.x;
                s0_0 += HVEC4(0.05206299, -0.013160706, 0.0033054352, 0.1665039) * v0_1.y;
                s0_0 += HVEC4(-0.046020508, 0.075805664, 0.11956787, 0.10223389) * v0_1.z;
                s0_0 += HVEC4(-0.076171875, -0.034179688, 0.3557129, -0.9082031) * v0_1.w;
                s0_0 += HVEC4(-0.36816406, 0.058441162, -0.2619629, 0.7285156) * v0_2.x;
                s0_0 += HVEC4(-0.2175293, 0.15612793, 0.10211182, 0.3972168) * v0_2.y;
                s0_0 += HVEC4(0.033233643, 0.023635864, -0.21923828, 0.5566406) * v0_2.z;
                s0_0 += HVEC4(0.13696289, -0.25732422, 0.08294678, 0.004146576) * v0_2.w;
                s0_0 += HVEC4(0.070129395, -0.0023498535, 0.07751465, -0.60009766) * v0_3.x;
                s0_0 += HVEC4(0.057434082, -0.013305664, -0.12963867, 0.44189453) * v0_3.y;
                s0_0 += HVEC4(0.296875, -0.008674622, -0.14953613, 1.4335938) * v0_3.z;
                s0_0 += HVEC4(-0.04852295, 0.077697754, -0.035064697, 0.39819336) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.13269043, -0.12854004, -0.13720703, -0.011795044) * v0_0.x;
                s0_1 += HVEC4(0.11956787, 0.026687622, -0.52197266, -0.3173828) * v0_0.y;
                s0_1 += HVEC4(-0.012817383, -0.4543457, -0.68115234, -0.1842041) * v0_0.z;
                s0_1 += HVEC4(0.07965088, 0.040374756, 0.0869751, 0.07067871) * v0_0.w;
                s0_1 += HVEC4(0.10107422, 0.017837524, 0.20007324, 0.23632812) * v0_1.x;
                s0_1 += HVEC4(-0.16308594, -0.04046631, -0.35913086, -0.20361328) * v0_1.y;
                s0_1 += HVEC4(0.26879883, 0.30371094, 0.0881958, -0.2775879) * v0_1.z;
                s0_1 += HVEC4(-0.072021484, 0.67333984, 0.9682617, 0.2619629) * v0_1.w;
                s0_1 += HVEC4(-0.15002441, -0.28076172, -0.44458008, 0.02722168) * v0_2.x;
                s0_1 += HVEC4(0.08874512, -0.1920166, -0.56933594, -0.22692871) * v0_2.y;
                s0_1 += HVEC4(0.5986328, -0.02104187, -0.56396484, -0.69873047) * v0_2.z;
                s0_1 += HVEC4(0.10229492, 0.37768555, -0.16442871, -0.34960938) * v0_2.w;
                s0_1 += HVEC4(-0.056762695, 0.22497559, 0.47070312, 0.05291748) * v0_3.x;
                s0_1 += HVEC4(-0.18066406, -0.10205078, -0.4567871, -0.3076172) * v0_3.y;
                s0_1 += HVEC4(0.5649414, -0.6225586, -1.0458984, -0.23242188) * v0_3.z;
                s0_1 += HVEC4(-0.31835938, -0.16247559, -0.13232422, -0.018051147) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.21191406, -0.050628662, 0.013824463, 0.05441284) * v0_0.x;
                s0_0 += HVEC4(0.18884277, -0.24353027, -0.11419678, -0.16467285) * v0_0.y;
                s0_0 += HVEC4(0.07281494, -0.09655762, 0.07733154, -0.07940674) * v0_0.z;
                s0_0 += HVEC4(0.035003662, -0.07171631, 0.043701172, -0.078552246) * v0_0.w;
                s0_0 += HVEC4(-0.1352539, 0.14685059, -0.24157715, 0.011001587) * v0_1.x;
                s0_0 += HVEC4(0.15673828, -0.012924194, -0.049194336, -0.15515137) * v0_1.y;
                s0_0 += HVEC4(0.21972656, -0.40893555, 0.14697266, -0.1003418) * v0_1.z;
                s0_0 += HVEC4(-0.011688232, -0.44970703, 0.075927734, -0.1381836) * v0_1.w;
                s0_0 += HVEC4(0.09509277, -0.15124512, -0.034210205, -0.045440674) * v0_2.x;
                s0_0 += HVEC4(-0.0791626, 0.09069824, 0.09338379, 0.17456055) * v0_2.y;
                s0_0 += HVEC4(0.17736816, -0.053863525, 0.03704834, -0.17529297) * v0_2.z;
                s0_0 += HVEC4(-0.070495605, -0.19787598, 0.0113220215, -0.026443481) * v0_2.w;
                s0_0 += HVEC4(-0.04144287, -0.0056419373, -0.033172607, -0.14074707) * v0_3.x;
                s0_0 += HVEC4(0.08874512, 0.03579712, -0.119384766, -0.055358887) * v0_3.y;
                s0_0 += HVEC4(-0.23010254, -0.011192322, -0.0024166107, 0.23364258) * v0_3.z;
                s0_0 += HVEC4(-0.08276367, 0.021011353, -0.15588379, 0.20263672) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.21069336, -0.09429932, -0.07727051, 0.0012073517) * v0_0.x;
                s0_1 += HVEC4(-0.019195557, -0.0115356445, -0.04660034, -0.057159424) * v0_0.y;
                s0_1 += HVEC4(0.05038452, -0.11883545, -0.124938965, -0.08520508) * v0_0.z;
                s0_1 += HVEC4(-0.14282227, -0.119384766, 0.06719971, 0.099121094) * v0_0.w;
                s0_1 += HVEC4(0.20080566, -0.111572266, -0.20678711, -0.14099121) * v0_1.x;
                s0_1 += HVEC4(-0.25024414, 0.13879395, -0.032104492, 0.011566162) * v0_1.y;
                s0_1 += HVEC4(-0.0635376, 0.13146973, 0.17663574, 0.06185913) * v0_1.z;
                s0_1 += HVEC4(-0.24133301, -0.11779785, 0.18664551, 0.05807495) * v0_1.w;
                s0_1 += HVEC4(0.2878418, -0.2705078, 0.03765869, 0.10638428) * v0_2.x;
                s0_1 += HVEC4(-0.2998047, -0.109191895, -0.15844727, 0.032928467) * v0_2.y;
                s0_1 += HVEC4(-0.2763672, -0.30322266, -0.064086914, 0.07904053) * v0_2.z;
                s0_1 += HVEC4(-0.11444092, 0.068603516, 0.13256836, 0.16967773) * v0_2.w;
                s0_1 += HVEC4(-0.2705078, 0.040100098, 0.14916992, 0.020736694) * v0_3.x;
                s0_1 += HVEC4(0.015686035, 0.009613037, -0.046722412, -0.019088745) * v0_3.y;
                s0_1 += HVEC4(0.061920166, -0.28759766, -0.22338867, -0.06616211) * v0_3.z;
                s0_1 += HVEC4(0.24914551, -0.1854248, -0.10119629, -0.028030396) * v0_3.w;
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
            vec4 a0_2 = vec4(0.015551343, 0.028928788, 0.0074838563, 0.012831508);
            vec4 a0_3 = vec4(0.015546932, 0.0018076884, 0.003934822, -0.027352111);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.2244873, -0.08270264, -0.44506836, -0.77685547) * v0_0.x;
                s0_2 += HVEC4(0.07080078, -0.06793213, 0.048187256, -0.41015625) * v0_0.y;
                s0_2 += HVEC4(-0.21276855, -0.20788574, 0.3647461, -0.31860352) * v0_0.z;
                s0_2 += HVEC4(0.014602661, -0.083618164, 0.035949707, 0.03503418) * v0_0.w;
                s0_2 += HVEC4(-0.07220459, 0.02470398, 0.6166992, -0.5131836) * v0_1.x;
                s0_2 += HVEC4(0.23400879, 0.12475586, -0.24316406, 0.7446289) * v0_1.y;
                s0_2 += HVEC4(-0.19348145, -0.093566895, -0.8925781, -0.2734375) * v0_1.z;
                s0_2 += HVEC4(-0.080322266, -0.08862305, 0.32226562, -0.6484375) * v0_1.w;
                s0_2 += HVEC4(-0.10455322, -0.04031372, 0.38208008, -0.16467285) * v0_2.x;
                s0_2 += HVEC4(0.007080078, 0.086120605, 0.09008789, -0.2602539) * v0_2.y;
                s0_2 += HVEC4(-0.0826416, 0.0025691986, 0.45361328, 0.03640747) * v0_2.z;
                s0_2 += HVEC4(-0.053863525, 0.0043640137, 0.88964844, -0.609375) * v0_2.w;
                s0_2 += HVEC4(0.024047852, 0.07324219, 0.29003906, 0.14794922) * v0_3.x;
                s0_2 += HVEC4(0.2800293, 0.08673096, 0.63916016, 0.2388916) * v0_3.y;
                s0_2 += HVEC4(0.029144287, -0.003545761, -0.19360352, 0.31713867) * v0_3.z;
                s0_2 += HVEC4(-0.026123047, 0.04232788, 0.021987915, 0.39233398) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.20373535, 0.14575195, 0.20129395, -0.16064453) * v0_0.x;
                s0_3 += HVEC4(0.097595215, -0.10028076, 0.18395996, 0.0579834) * v0_0.y;
                s0_3 += HVEC4(0.0368042, -0.13061523, -0.13195801, -0.017791748) * v0_0.z;
                s0_3 += HVEC4(-0.027709961, -0.037841797, -0.0058784485, 0.15893555) * v0_0.w;
                s0_3 += HVEC4(-0.0023727417, 0.15039062, 0.12988281, 0.20471191) * v0_1.x;
                s0_3 += HVEC4(0.001958847, -0.092041016, -0.13439941, -0.28222656) * v0_1.y;
                s0_3 += HVEC4(-0.05908203, 0.21289062, 0.30249023, -0.0501709) * v0_1.z;
                s0_3 += HVEC4(0.03125, 0.0020179749, -0.5053711, 0.17321777) * v0_1.w;
                s0_3 += HVEC4(0.08850098, -0.1784668, -0.6953125, -0.099975586) * v0_2.x;
                s0_3 += HVEC4(0.022598267, -0.10687256, -0.32788086, -0.3046875) * v0_2.y;
                s0_3 += HVEC4(0.11602783, 0.037017822, 0.0049095154, 0.0129852295) * v0_2.z;
                s0_3 += HVEC4(0.14013672, -0.12109375, -0.11462402, 0.044891357) * v0_2.w;
                s0_3 += HVEC4(-0.016082764, 0.03201294, -0.16564941, 0.07244873) * v0_3.x;
                s0_3 += HVEC4(-0.08013916, -0.35839844, 0.11303711, 0.065979004) * v0_3.y;
                s0_3 += HVEC4(0.023712158, -0.00081539154, 0.071899414, -0.08874512) * v0_3.z;
                s0_3 += HVEC4(-0.021194458, -0.033111572, -0.073791504, -0.13330078) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.09448242, 0.12548828, 0.052581787, 0.0049934387) * v0_0.x;
                s0_2 += HVEC4(0.015335083, 0.008583069, 0.02470398, -0.18701172) * v0_0.y;
                s0_2 += HVEC4(0.12487793, 0.16259766, 0.052246094, -0.4987793) * v0_0.z;
                s0_2 += HVEC4(0.058654785, 0.10998535, -0.052215576, -0.10266113) * v0_0.w;
                s0_2 += HVEC4(-0.04537964, 0.122924805, 0.19360352, -0.039154053) * v0_1.x;
                s0_2 += HVEC4(-0.104003906, -0.26489258, 0.008811951, -0.1628418) * v0_1.y;
                s0_2 += HVEC4(-0.18884277, 0.19726562, 0.12902832, 0.15576172) * v0_1.z;
                s0_2 += HVEC4(-0.21716309, -0.008094788, 0.04348755, -0.10668945) * v0_1.w;
                s0_2 += HVEC4(0.17224121, -0.10473633, 0.28881836, -0.9140625) * v0_2.x;
                s0_2 += HVEC4(0.072509766, -0.034851074, 0.051971436, -0.2890625) * v0_2.y;
                s0_2 += HVEC4(0.13330078, -0.18151855, -0.4880371, 0.45703125) * v0_2.z;
                s0_2 += HVEC4(0.11437988, 0.06414795, -0.40844727, 0.26293945) * v0_2.w;
                s0_2 += HVEC4(0.12536621, -0.12854004, 0.08892822, -0.1459961) * v0_3.x;
                s0_2 += HVEC4(-0.13598633, -0.054626465, 0.016555786, -0.5883789) * v0_3.y;
                s0_2 += HVEC4(-0.09490967, -0.070495605, 0.068359375, 0.109802246) * v0_3.z;
                s0_2 += HVEC4(-0.007637024, -0.13537598, -0.040863037, -0.0057029724) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.13330078, -0.048187256, -0.12121582, -0.047576904) * v0_0.x;
                s0_3 += HVEC4(0.029403687, 0.03817749, 0.06365967, 0.09753418) * v0_0.y;
                s0_3 += HVEC4(0.11236572, -0.06524658, -0.33984375, 0.0070724487) * v0_0.z;
                s0_3 += HVEC4(-0.00233078, 0.06512451, -0.0082092285, -0.048217773) * v0_0.w;
                s0_3 += HVEC4(0.099243164, 0.1274414, -0.16418457, 0.03186035) * v0_1.x;
                s0_3 += HVEC4(0.12359619, -0.14562988, -0.018951416, 0.1730957) * v0_1.y;
                s0_3 += HVEC4(0.1899414, -0.008682251, 0.50097656, -0.067993164) * v0_1.z;
                s0_3 += HVEC4(0.1138916, 0.011054993, 0.027252197, -0.028579712) * v0_1.w;
                s0_3 += HVEC4(0.1763916, -0.04486084, -0.17102051, -0.005115509) * v0_2.x;
                s0_3 += HVEC4(0.2446289, -0.05810547, -0.1862793, 0.2232666) * v0_2.y;
                s0_3 += HVEC4(0.07354736, -0.0803833, 0.4609375, -0.18811035) * v0_2.z;
                s0_3 += HVEC4(0.02079773, 0.056152344, -0.12524414, -0.11004639) * v0_2.w;
                s0_3 += HVEC4(0.041809082, -0.107788086, -0.027801514, 0.03552246) * v0_3.x;
                s0_3 += HVEC4(-0.023498535, 0.016998291, -0.27441406, 0.13916016) * v0_3.y;
                s0_3 += HVEC4(-0.042236328, 0.08520508, 0.17333984, 0.09442139) * v0_3.z;
                s0_3 += HVEC4(0.18615723, 0.0021305084, -0.11743164, -0.006641388) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.0925293, 0.3269043, -0.11328125, -0.22436523) * v0_0.x;
                s0_2 += HVEC4(0.055358887, 0.06286621, 0.1315918, -0.37695312) * v0_0.y;
                s0_2 += HVEC4(-0.06616211, 0.29467773, -0.3034668, -0.20654297) * v0_0.z;
                s0_2 += HVEC4(-0.052581787, -0.17175293, -0.103393555, -0.028747559) * v0_0.w;
                s0_2 += HVEC4(-0.0020160675, -0.00068855286, 0.33398438, -0.039001465) * v0_1.x;
                s0_2 += HVEC4(0.020187378, -0.0028076172, 0.13439941, 0.093444824) * v0_1.y;
                s0_2 += HVEC4(0.20080566, -0.29296875, -0.07519531, 0.16748047) * v0_1.z;
                s0_2 += HVEC4(0.06793213, 0.06237793, -0.09625244, 0.6328125) * v0_1.w;
                s0_2 += HVEC4(0.068359375, 0.0037460327, -0.25170898, -0.10632324) * v0_2.x;
                s0_2 += HVEC4(-0.07739258, 0.04135132, -0.09637451, 0.042785645) * v0_2.y;
                s0_2 += HVEC4(-0.08947754, 0.14318848, -0.3552246, -0.58691406) * v0_2.z;
                s0_2 += HVEC4(-0.009117126, -0.08843994, -0.13098145, -0.094177246) * v0_2.w;
                s0_2 += HVEC4(0.07080078, 0.3305664, 0.14123535, 0.15612793) * v0_3.x;
                s0_2 += HVEC4(0.0026874542, -0.15100098, 0.16894531, -0.18969727) * v0_3.y;
                s0_2 += HVEC4(0.029846191, 0.13549805, 0.0018119812, -0.050201416) * v0_3.z;
                s0_2 += HVEC4(0.0892334, 0.1348877, 0.043914795, -0.12109375) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.21252441, 0.08526611, 0.047210693, 0.064453125) * v0_0.x;
                s0_3 += HVEC4(-0.051483154, -0.09259033, 0.047058105, 0.021636963) * v0_0.y;
                s0_3 += HVEC4(-0.20483398, -0.29492188, 0.14562988, 0.07287598) * v0_0.z;
                s0_3 += HVEC4(0.009140015, 0.061645508, -0.008842468, -0.09588623) * v0_0.w;
                s0_3 += HVEC4(-0.10430908, -0.00969696, -0.14672852, 0.025161743) * v0_1.x;
                s0_3 += HVEC4(-0.19519043, -0.039764404, 0.020126343, 0.036376953) * v0_1.y;
                s0_3 += HVEC4(0.20446777, -0.08099365, -0.1854248, 0.024963379) * v0_1.z;
                s0_3 += HVEC4(-0.06665039, -0.2467041, 0.18444824, 0.039764404) * v0_1.w;
                s0_3 += HVEC4(0.015365601, 0.11071777, 0.18640137, 0.049804688) * v0_2.x;
                s0_3 += HVEC4(-0.18237305, -0.06500244, -0.0047912598, 0.09082031) * v0_2.y;
                s0_3 += HVEC4(-0.24353027, 0.0014257431, -0.35546875, -0.019012451) * v0_2.z;
                s0_3 += HVEC4(-0.1159668, -0.14709473, -0.15722656, 0.08270264) * v0_2.w;
                s0_3 += HVEC4(-0.15734863, 0.03253174, -0.09442139, 0.016586304) * v0_3.x;
                s0_3 += HVEC4(-0.09112549, 0.13061523, -0.11529541, 0.06341553) * v0_3.y;
                s0_3 += HVEC4(-0.046905518, -0.05038452, -0.07366943, -0.0033454895) * v0_3.z;
                s0_3 += HVEC4(0.07116699, 0.024642944, -0.08117676, -0.0030097961) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.12261963, -0.11975098, 0.59375, -0.107421875) * v0_0.x;
                s0_2 += HVEC4(-0.015045166, -0.15808105, 0.43164062, -0.09716797) * v0_0.y;
                s0_2 += HVEC4(-0.07409668, -0.12841797, -0.47875977, 0.41308594) * v0_0.z;
                s0_2 += HVEC4(0.07318115, 0.08734131, -0.031555176, 0.08630371) * v0_0.w;
                s0_2 += HVEC4(-0.38867188, -0.05303955, -0.2626953, -0.3708496) * v0_1.x;
                s0_2 += HVEC4(0.28222656, 0.05706787, -0.0007648468, 0.5019531) * v0_1.y;
                s0_2 += HVEC4(-0.014579773, -0.08300781, 1.2880859, -0.14440918) * v0_1.z;
                s0_2 += HVEC4(-0.56103516, -0.12512207, 0.7441406, 0.22753906) * v0_1.w;
                s0_2 += HVEC4(0.014404297, -0.09283447, -0.2232666, 0.59765625) * v0_2.x;
                s0_2 += HVEC4(-0.13146973, 0.045318604, -0.21594238, 0.5888672) * v0_2.y;
                s0_2 += HVEC4(-0.14562988, 0.04714966, 0.3774414, 0.045135498) * v0_2.z;
                s0_2 += HVEC4(-0.07165527, 0.0040359497, -0.20605469, -0.22570801) * v0_2.w;
                s0_2 += HVEC4(-0.034973145, 0.020050049, -0.37597656, -0.054656982) * v0_3.x;
                s0_2 += HVEC4(0.15576172, 0.28198242, -0.69091797, 0.14367676) * v0_3.y;
                s0_2 += HVEC4(0.08972168, -0.14160156, 0.041168213, -0.0043907166) * v0_3.z;
                s0_2 += HVEC4(0.0063209534, 0.083496094, 0.001613617, -0.056671143) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.22973633, -0.003440857, -0.3347168, 0.12548828) * v0_0.x;
                s0_3 += HVEC4(0.17126465, -0.115600586, 0.031677246, 0.14245605) * v0_0.y;
                s0_3 += HVEC4(0.10620117, -0.18225098, 0.07727051, -0.48168945) * v0_0.z;
                s0_3 += HVEC4(-0.14746094, -0.119140625, 0.030639648, 0.10205078) * v0_0.w;
                s0_3 += HVEC4(0.03555298, 0.40722656, -0.009376526, 0.35375977) * v0_1.x;
                s0_3 += HVEC4(0.054534912, -0.2553711, 0.23754883, -0.7583008) * v0_1.y;
                s0_3 += HVEC4(0.1973877, -0.09881592, -0.4182129, 0.5488281) * v0_1.z;
                s0_3 += HVEC4(-0.07080078, 0.020874023, -0.6464844, 0.6191406) * v0_1.w;
                s0_3 += HVEC4(0.033691406, -0.0914917, -0.11651611, -0.87060547) * v0_2.x;
                s0_3 += HVEC4(0.07330322, -0.07006836, -0.11828613, -0.50878906) * v0_2.y;
                s0_3 += HVEC4(-0.09838867, -0.08630371, 0.39331055, -0.34106445) * v0_2.z;
                s0_3 += HVEC4(-0.14111328, 0.3166504, -0.09887695, 0.17529297) * v0_2.w;
                s0_3 += HVEC4(-0.05340576, 0.296875, 0.22558594, -0.009536743) * v0_3.x;
                s0_3 += HVEC4(-0.034729004, 0.24182129, 0.2409668, -0.46264648) * v0_3.y;
                s0_3 += HVEC4(0.13476562, -0.0848999, 0.015625, -0.203125) * v0_3.z;
                s0_3 += HVEC4(0.10430908, -0.012565613, 0.055541992, -0.36328125) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.14794922, 0.028564453, 0.14074707, 0.15222168) * v0_0.x;
                s0_2 += HVEC4(-0.11206055, 0.119384766, 0.16552734, 0.07720947) * v0_0.y;
                s0_2 += HVEC4(-0.48266602, -0.14611816, 0.13049316, 0.16040039) * v0_0.z;
                s0_2 += HVEC4(0.22314453, 0.086120605, 0.121032715, 0.06933594) * v0_0.w;
                s0_2 += HVEC4(-0.062408447, 0.23986816, -0.38256836, -0.19311523) * v0_1.x;
                s0_2 += HVEC4(-0.023529053, -0.26538086, -0.0008831024, 0.054748535) * v0_1.y;
                s0_2 += HVEC4(0.5083008, 0.049713135, 0.28564453, -0.07513428) * v0_1.z;
                s0_2 += HVEC4(0.21569824, 0.14086914, -0.3112793, -0.52685547) * v0_1.w;
                s0_2 += HVEC4(-0.34960938, -0.2019043, 0.052246094, 0.0048599243) * v0_2.x;
                s0_2 += HVEC4(-0.48364258, -0.5644531, -0.14245605, -0.08929443) * v0_2.y;
                s0_2 += HVEC4(-0.32763672, -0.6933594, 0.18835449, -0.10699463) * v0_2.z;
                s0_2 += HVEC4(-0.12902832, -0.012168884, 0.33374023, -0.23950195) * v0_2.w;
                s0_2 += HVEC4(-0.10247803, -0.16345215, -0.2685547, -0.4609375) * v0_3.x;
                s0_2 += HVEC4(0.14001465, -0.29248047, 0.076538086, 0.13635254) * v0_3.y;
                s0_2 += HVEC4(-0.13415527, 0.083618164, -0.00774765, 0.05267334) * v0_3.z;
                s0_2 += HVEC4(0.064208984, -0.3527832, -0.0048561096, 0.09082031) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.066589355, -0.019836426, -0.03845215, -0.04711914) * v0_0.x;
                s0_3 += HVEC4(-0.30908203, 0.074279785, -0.2043457, 0.14807129) * v0_0.y;
                s0_3 += HVEC4(0.47143555, 0.02444458, 0.42504883, 0.2421875) * v0_0.z;
                s0_3 += HVEC4(-0.021392822, 0.107177734, -0.056030273, 0.020431519) * v0_0.w;
                s0_3 += HVEC4(-0.39892578, 0.008850098, -0.3251953, -0.07287598) * v0_1.x;
                s0_3 += HVEC4(0.58691406, 0.062438965, 0.12866211, 0.3227539) * v0_1.y;
                s0_3 += HVEC4(-0.53564453, 0.081726074, -0.20361328, -0.15991211) * v0_1.z;
                s0_3 += HVEC4(-0.76416016, -0.024475098, -0.4650879, -0.58496094) * v0_1.w;
                s0_3 += HVEC4(0.44189453, 0.03237915, 0.17858887, 0.111083984) * v0_2.x;
                s0_3 += HVEC4(0.45947266, -0.40429688, 0.42773438, 0.78271484) * v0_2.y;
                s0_3 += HVEC4(0.4909668, 0.089782715, 0.6401367, 1.1503906) * v0_2.z;
                s0_3 += HVEC4(-0.19335938, -0.028503418, 0.018798828, 0.13574219) * v0_2.w;
                s0_3 += HVEC4(0.15905762, -0.04824829, -0.034210205, 0.19714355) * v0_3.x;
                s0_3 += HVEC4(0.59375, 0.040405273, -0.0069351196, -0.023025513) * v0_3.y;
                s0_3 += HVEC4(0.111206055, 0.12805176, 0.26782227, 0.22497559) * v0_3.z;
                s0_3 += HVEC4(0.13171387, 0.031204224, -0.024719238, -0.60791016) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.17907715, -0.024398804, 0.22277832, -0.05731201) * v0_0.x;
                s0_2 += HVEC4(-0.050079346, 0.30639648, -0.0657959, 0.106933594) * v0_0.y;
                s0_2 += HVEC4(-0.090026855, 0.26904297, -0.025558472, 0.18615723) * v0_0.z;
                s0_2 += HVEC4(0.09472656, -0.046722412, 0.08630371, 0.14978027) * v0_0.w;
                s0_2 += HVEC4(-0.06768799, -0.12011719, -0.18701172, 0.012527466) * v0_1.x;
                s0_2 += HVEC4(0.11425781, 0.19665527, 0.068725586, -0.084472656) * v0_1.y;
                s0_2 += HVEC4(0.11413574, 0.087890625, 0.02772522, -0.085998535) * v0_1.z;
                s0_2 += HVEC4(-0.13085938, 0.026611328, -0.07879639, 0.43017578) * v0_1.w;
                s0_2 += HVEC4(-0.19421387, -0.0713501, 0.016113281, -0.06585693) * v0_2.x;
                s0_2 += HVEC4(0.0107803345, 0.6411133, 0.21643066, 0.053833008) * v0_2.y;
                s0_2 += HVEC4(0.19995117, 1.0751953, 0.3720703, -0.11462402) * v0_2.z;
                s0_2 += HVEC4(0.12609863, 0.045440674, -0.09375, 0.09576416) * v0_2.w;
                s0_2 += HVEC4(-0.09503174, 0.04067993, 0.030853271, -0.035980225) * v0_3.x;
                s0_2 += HVEC4(-0.13513184, 0.042144775, -0.32885742, 0.1307373) * v0_3.y;
                s0_2 += HVEC4(0.14770508, 0.2220459, 0.14453125, -0.2446289) * v0_3.z;
                s0_2 += HVEC4(-0.17175293, -0.1529541, -0.105773926, 0.043395996) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.0074768066, 0.05441284, -0.12194824, 0.04144287) * v0_0.x;
                s0_3 += HVEC4(-0.35058594, -0.15075684, -0.29125977, -0.016143799) * v0_0.y;
                s0_3 += HVEC4(-0.35766602, -0.35229492, 0.043121338, 0.010360718) * v0_0.z;
                s0_3 += HVEC4(0.14416504, -0.113708496, -0.094177246, -0.028945923) * v0_0.w;
                s0_3 += HVEC4(0.123291016, 0.06951904, 0.17956543, 0.023101807) * v0_1.x;
                s0_3 += HVEC4(-0.18713379, -0.0993042, -0.032714844, 0.070495605) * v0_1.y;
                s0_3 += HVEC4(0.00089788437, -0.053527832, -0.094055176, -0.005706787) * v0_1.z;
                s0_3 += HVEC4(0.3815918, -0.1439209, 0.51953125, -0.1619873) * v0_1.w;
                s0_3 += HVEC4(-0.07733154, -0.10229492, -0.118774414, 0.122924805) * v0_2.x;
                s0_3 += HVEC4(-0.8071289, 0.072143555, -0.19104004, -0.08996582) * v0_2.y;
                s0_3 += HVEC4(-0.97558594, 0.32714844, 0.047027588, -0.09320068) * v0_2.z;
                s0_3 += HVEC4(-0.30273438, 0.34106445, 0.17834473, -0.1282959) * v0_2.w;
                s0_3 += HVEC4(-0.12084961, 0.15551758, 0.29638672, 0.045684814) * v0_3.x;
                s0_3 += HVEC4(-0.16467285, 0.082336426, 0.025848389, 0.038970947) * v0_3.y;
                s0_3 += HVEC4(-0.34814453, 0.024047852, -0.3166504, 0.16711426) * v0_3.z;
                s0_3 += HVEC4(0.1697998, 0.089660645, 0.2602539, 0.0028362274) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.12683105, -0.03366089, -0.21386719, 0.117248535) * v0_0.x;
                s0_2 += HVEC4(0.11242676, -0.107788086, -0.45629883, 0.36206055) * v0_0.y;
                s0_2 += HVEC4(0.034362793, 0.02746582, 0.53222656, -0.054107666) * v0_0.z;
                s0_2 += HVEC4(-0.07171631, -0.01977539, -0.0004506111, -0.09020996) * v0_0.w;
                s0_2 += HVEC4(-0.07885742, -0.19311523, 0.0703125, -0.23901367) * v0_1.x;
                s0_2 += HVEC4(0.30639648, -0.050598145, -0.0670166, 0.50439453) * v0_1.y;
                s0_2 += HVEC4(-0.080078125, -0.09857178, -1.2001953, 0.22424316) * v0_1.z;
                s0_2 += HVEC4(0.6972656, -0.40771484, -0.82128906, -0.3317871) * v0_1.w;
                s0_2 += HVEC4(0.17626953, -0.1227417, 0.3239746, 0.057739258) * v0_2.x;
                s0_2 += HVEC4(0.24963379, 0.04550171, 0.14147949, 0.33251953) * v0_2.y;
                s0_2 += HVEC4(0.105407715, -0.22241211, 0.06359863, 0.37280273) * v0_2.z;
                s0_2 += HVEC4(0.17785645, -0.04977417, -0.25048828, 0.62597656) * v0_2.w;
                s0_2 += HVEC4(0.029907227, 0.06188965, 0.008155823, 0.36132812) * v0_3.x;
                s0_2 += HVEC4(-0.07366943, 0.085754395, 0.35595703, 0.34472656) * v0_3.y;
                s0_2 += HVEC4(0.10461426, -0.110961914, 0.17443848, -0.107299805) * v0_3.z;
                s0_2 += HVEC4(0.12976074, -0.025146484, 0.13903809, 0.04586792) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.0385437, 0.0317688, -0.07922363, 0.018463135) * v0_0.x;
                s0_3 += HVEC4(0.036010742, 0.5620117, 0.13830566, 0.07702637) * v0_0.y;
                s0_3 += HVEC4(-0.15649414, -0.07598877, 0.16394043, -0.026306152) * v0_0.z;
                s0_3 += HVEC4(-0.07147217, -0.036010742, -0.0423584, 0.0418396) * v0_0.w;
                s0_3 += HVEC4(0.0140686035, 0.21923828, -0.056854248, -0.070007324) * v0_1.x;
                s0_3 += HVEC4(-0.12017822, -0.22473145, 0.072387695, -0.06738281) * v0_1.y;
                s0_3 += HVEC4(-0.09436035, 0.1237793, 0.09686279, -0.15966797) * v0_1.z;
                s0_3 += HVEC4(0.0009264946, 0.3857422, 0.12036133, -0.08215332) * v0_1.w;
                s0_3 += HVEC4(-0.014640808, -0.16845703, 0.10284424, -0.23913574) * v0_2.x;
                s0_3 += HVEC4(0.049438477, -0.2841797, 0.02947998, -0.20117188) * v0_2.y;
                s0_3 += HVEC4(0.0423584, -0.10247803, 0.08605957, -0.00060510635) * v0_2.z;
                s0_3 += HVEC4(0.16027832, -0.113220215, 0.3232422, -0.09362793) * v0_2.w;
                s0_3 += HVEC4(0.04824829, -0.33813477, -0.06695557, -0.1574707) * v0_3.x;
                s0_3 += HVEC4(0.0003736019, -0.23413086, -0.046722412, -0.072387695) * v0_3.y;
                s0_3 += HVEC4(0.006832123, 0.35864258, -0.20629883, -0.06100464) * v0_3.z;
                s0_3 += HVEC4(0.08203125, -0.17138672, -0.12109375, -0.1463623) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.10394287, -0.05090332, 0.030883789, 0.13647461) * v0_0.x;
                s0_2 += HVEC4(0.45239258, 0.081848145, -0.08282471, 0.18518066) * v0_0.y;
                s0_2 += HVEC4(0.56103516, 0.007041931, -0.012336731, 0.0017948151) * v0_0.z;
                s0_2 += HVEC4(-0.1965332, 0.10900879, -0.023590088, -0.15466309) * v0_0.w;
                s0_2 += HVEC4(0.25341797, 0.034576416, -0.043060303, 0.15734863) * v0_1.x;
                s0_2 += HVEC4(0.18884277, -0.21008301, -0.13781738, 0.21704102) * v0_1.y;
                s0_2 += HVEC4(-0.19726562, 0.027496338, 0.18041992, 0.11480713) * v0_1.z;
                s0_2 += HVEC4(-0.41455078, 0.31396484, 0.0070648193, 0.07635498) * v0_1.w;
                s0_2 += HVEC4(0.20690918, -0.010612488, -0.16101074, -0.011146545) * v0_2.x;
                s0_2 += HVEC4(0.29711914, -0.20178223, -0.055419922, 0.14282227) * v0_2.y;
                s0_2 += HVEC4(0.49926758, 0.12902832, -0.6010742, 0.1270752) * v0_2.z;
                s0_2 += HVEC4(0.019500732, -0.09234619, -0.16113281, 0.15515137) * v0_2.w;
                s0_2 += HVEC4(-0.36889648, -0.105163574, -0.11621094, 0.16296387) * v0_3.x;
                s0_2 += HVEC4(0.27441406, -0.06225586, -0.43164062, -0.07800293) * v0_3.y;
                s0_2 += HVEC4(0.640625, 0.15075684, 0.03845215, 0.07159424) * v0_3.z;
                s0_2 += HVEC4(0.19592285, -0.15258789, 0.13269043, -0.007030487) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.016906738, -0.2866211, 0.011940002, -0.0725708) * v0_0.x;
                s0_3 += HVEC4(0.014030457, 0.035308838, -0.5986328, -0.14672852) * v0_0.y;
                s0_3 += HVEC4(-0.004470825, 0.8886719, -0.23828125, 0.10748291) * v0_0.z;
                s0_3 += HVEC4(0.020446777, 0.12792969, 0.0006580353, -0.011566162) * v0_0.w;
                s0_3 += HVEC4(-0.05807495, -0.13757324, -0.012191772, -0.10498047) * v0_1.x;
                s0_3 += HVEC4(0.17687988, 0.042388916, -0.23059082, 0.10845947) * v0_1.y;
                s0_3 += HVEC4(-0.019577026, -0.19665527, -0.14404297, -0.1348877) * v0_1.z;
                s0_3 += HVEC4(0.26660156, -0.03845215, 0.66552734, 0.13427734) * v0_1.w;
                s0_3 += HVEC4(0.15991211, 0.43139648, 0.0031032562, 0.1352539) * v0_2.x;
                s0_3 += HVEC4(0.2010498, 0.3527832, -0.25830078, 0.2770996) * v0_2.y;
                s0_3 += HVEC4(0.092163086, 0.5859375, -0.6645508, -0.30151367) * v0_2.z;
                s0_3 += HVEC4(0.2849121, 0.22631836, -0.10345459, -0.13317871) * v0_2.w;
                s0_3 += HVEC4(0.09094238, -0.52246094, 0.32226562, -0.094177246) * v0_3.x;
                s0_3 += HVEC4(-0.11987305, 0.044158936, -0.47607422, 0.009162903) * v0_3.y;
                s0_3 += HVEC4(0.12561035, 0.57470703, -0.4362793, 0.10974121) * v0_3.z;
                s0_3 += HVEC4(0.09954834, 0.06573486, 0.030731201, -0.026290894) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.01134491, 0.16955566, -0.07598877, -0.010643005) * v0_0.x;
                s0_2 += HVEC4(-0.06958008, 0.09710693, -0.105285645, 0.023406982) * v0_0.y;
                s0_2 += HVEC4(0.011070251, -0.11383057, -0.15466309, -0.018203735) * v0_0.z;
                s0_2 += HVEC4(-0.07208252, -0.093322754, -0.037109375, -0.061676025) * v0_0.w;
                s0_2 += HVEC4(0.0034294128, -0.018600464, -0.066711426, 0.11480713) * v0_1.x;
                s0_2 += HVEC4(-0.03652954, -0.029449463, -0.052093506, -0.03527832) * v0_1.y;
                s0_2 += HVEC4(-0.18115234, 0.20483398, 0.20483398, -0.0025520325) * v0_1.z;
                s0_2 += HVEC4(-0.19372559, 0.24121094, 0.025344849, 0.10913086) * v0_1.w;
                s0_2 += HVEC4(-0.05105591, -0.08026123, -0.16394043, -0.20129395) * v0_2.x;
                s0_2 += HVEC4(0.070251465, -0.08148193, -0.13830566, 0.08935547) * v0_2.y;
                s0_2 += HVEC4(-0.2644043, -0.09613037, -0.0041275024, -0.071899414) * v0_2.z;
                s0_2 += HVEC4(-0.24511719, 0.085998535, -0.0073013306, 0.09454346) * v0_2.w;
                s0_2 += HVEC4(-0.4321289, -0.03933716, 0.11138916, 0.12780762) * v0_3.x;
                s0_2 += HVEC4(0.018127441, -0.070495605, 0.16247559, -0.097595215) * v0_3.y;
                s0_2 += HVEC4(0.21826172, -0.115356445, -0.16296387, -0.035583496) * v0_3.z;
                s0_2 += HVEC4(0.13867188, 0.18737793, -0.030532837, -0.043304443) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.08917236, 0.16418457, -0.296875, 0.07104492) * v0_0.x;
                s0_3 += HVEC4(0.13195801, 0.077697754, 0.08239746, -0.14868164) * v0_0.y;
                s0_3 += HVEC4(-0.08947754, 0.16210938, -0.32373047, 0.0013742447) * v0_0.z;
                s0_3 += HVEC4(0.047088623, 0.0037288666, -0.015342712, -0.014228821) * v0_0.w;
                s0_3 += HVEC4(0.051086426, 0.016586304, 0.27978516, 0.06719971) * v0_1.x;
                s0_3 += HVEC4(-0.029647827, -0.041107178, -0.031463623, 0.024536133) * v0_1.y;
                s0_3 += HVEC4(0.14208984, 0.118774414, 0.08532715, 0.04562378) * v0_1.z;
                s0_3 += HVEC4(-0.0368042, 0.44433594, 0.4189453, 0.040618896) * v0_1.w;
                s0_3 += HVEC4(0.052886963, 0.076416016, -0.18713379, -0.093322754) * v0_2.x;
                s0_3 += HVEC4(-0.21875, -0.1517334, -0.16967773, 0.056762695) * v0_2.y;
                s0_3 += HVEC4(0.34277344, -0.25830078, -0.38793945, 0.05734253) * v0_2.z;
                s0_3 += HVEC4(0.057495117, -0.44458008, 0.24328613, 0.18334961) * v0_2.w;
                s0_3 += HVEC4(-0.19506836, -0.29418945, 0.16564941, 0.066101074) * v0_3.x;
                s0_3 += HVEC4(0.06137085, -0.084350586, 0.23010254, 0.13012695) * v0_3.y;
                s0_3 += HVEC4(-0.19946289, 0.13439941, -0.27270508, -0.033325195) * v0_3.z;
                s0_3 += HVEC4(-0.028900146, 0.13049316, -0.080078125, 0.07067871) * v0_3.w;
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

//!DESC ArtCNN_C4F16 compute conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L1
//!SAVE ArtCNN_C4F16_L2
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L1_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L1_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L1_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L1_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.007665273, -0.012706782, -0.01845592, 0.026948148);
            vec4 a0_1 = vec4(-0.004221884, 0.016139362, -0.014981546, 0.016426912);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.03967285, 0.14758301, -0.084472656, 0.017730713) * v0_0.x;
                s0_0 += HVEC4(0.02557373, -0.040740967, 0.013366699, -0.019577026) * v0_0.y;
                s0_0 += HVEC4(-0.16455078, 0.33276367, -0.11218262, -0.028137207) * v0_0.z;
                s0_0 += HVEC4(0.01663208, 0.023162842, -0.0003733635, -0.08178711) * v0_0.w;
                s0_0 += HVEC4(0.014862061, 0.066467285, -0.01890564, -0.023590088) * v0_1.x;
                s0_0 += HVEC4(-0.016464233, 0.082458496, 0.058898926, -0.0051727295) * v0_1.y;
                s0_0 += HVEC4(0.07366943, -0.3310547, -0.053131104, 0.042938232) * v0_1.z;
                s0_0 += HVEC4(-0.023391724, -0.015403748, 0.002702713, 0.046722412) * v0_1.w;
                s0_0 += HVEC4(-0.039520264, 0.03894043, 0.09057617, 0.097473145) * v0_2.x;
                s0_0 += HVEC4(-0.15966797, -0.14099121, 0.1685791, -0.026641846) * v0_2.y;
                s0_0 += HVEC4(-0.054107666, -0.05633545, 0.03439331, 0.021438599) * v0_2.z;
                s0_0 += HVEC4(0.005706787, -0.107421875, -0.04043579, 0.044158936) * v0_2.w;
                s0_0 += HVEC4(-0.074279785, -0.1126709, 0.037139893, 0.012802124) * v0_3.x;
                s0_0 += HVEC4(-0.019363403, 0.2064209, -0.048706055, 0.023925781) * v0_3.y;
                s0_0 += HVEC4(0.01826477, 0.06149292, 0.0725708, -0.016418457) * v0_3.z;
                s0_0 += HVEC4(0.10192871, -0.07800293, 0.041625977, 0.009162903) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.085998535, -0.11932373, 0.007144928, -0.01889038) * v0_0.x;
                s0_1 += HVEC4(0.0418396, 0.12310791, 0.054138184, 0.049102783) * v0_0.y;
                s0_1 += HVEC4(-0.30297852, 0.013710022, 0.03314209, -0.11376953) * v0_0.z;
                s0_1 += HVEC4(-0.1875, -0.22009277, 0.072021484, 0.3564453) * v0_0.w;
                s0_1 += HVEC4(0.32421875, 0.1616211, -0.2705078, -0.15478516) * v0_1.x;
                s0_1 += HVEC4(-0.005142212, 0.07366943, -0.02758789, 0.04269409) * v0_1.y;
                s0_1 += HVEC4(0.02960205, -0.09790039, -0.042266846, -0.17089844) * v0_1.z;
                s0_1 += HVEC4(0.059143066, -0.09588623, 0.024536133, -0.014892578) * v0_1.w;
                s0_1 += HVEC4(0.014762878, 0.11340332, 0.032684326, -0.0859375) * v0_2.x;
                s0_1 += HVEC4(0.103027344, -0.09283447, -0.09820557, 0.39819336) * v0_2.y;
                s0_1 += HVEC4(-0.037475586, 0.06707764, 0.019134521, 0.06536865) * v0_2.z;
                s0_1 += HVEC4(0.0027179718, -0.00308609, 0.029159546, -0.0062675476) * v0_2.w;
                s0_1 += HVEC4(-0.050872803, 0.010772705, 0.06829834, 0.05065918) * v0_3.x;
                s0_1 += HVEC4(-0.101745605, 0.11505127, 0.0574646, -0.070129395) * v0_3.y;
                s0_1 += HVEC4(-0.011962891, 0.054473877, -0.024108887, 0.038970947) * v0_3.z;
                s0_1 += HVEC4(0.011680603, -0.00091028214, 0.003768921, 0.01574707) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.06500244, -0.10430908, 0.09472656, 0.03817749) * v0_0.x;
                s0_0 += HVEC4(-0.09667969, 0.027359009, -0.038848877, 0.0049209595) * v0_0.y;
                s0_0 += HVEC4(0.19824219, -0.22607422, 0.024475098, -0.105895996) * v0_0.z;
                s0_0 += HVEC4(-0.19299316, 0.45996094, 0.042175293, 0.16870117) * v0_0.w;
                s0_0 += HVEC4(0.12286377, 0.02999878, -0.024734497, 0.052856445) * v0_1.x;
                s0_0 += HVEC4(-0.076049805, 0.53271484, 0.029953003, 0.07421875) * v0_1.y;
                s0_0 += HVEC4(-0.119506836, -0.79541016, -0.117614746, -0.003780365) * v0_1.z;
                s0_0 += HVEC4(0.04650879, 0.1574707, -0.03050232, -0.068481445) * v0_1.w;
                s0_0 += HVEC4(0.11730957, -0.20141602, -0.040039062, 0.020935059) * v0_2.x;
                s0_0 += HVEC4(-0.29858398, 0.26708984, -0.19592285, -0.05999756) * v0_2.y;
                s0_0 += HVEC4(-0.0413208, -0.11480713, 0.00012660027, -0.018798828) * v0_2.z;
                s0_0 += HVEC4(0.024856567, -0.010559082, 0.06304932, -0.0020637512) * v0_2.w;
                s0_0 += HVEC4(-0.010986328, -0.16870117, 0.099365234, 0.14758301) * v0_3.x;
                s0_0 += HVEC4(0.37402344, -0.27001953, -0.0023212433, -0.13427734) * v0_3.y;
                s0_0 += HVEC4(-0.1274414, 0.32543945, -0.0058784485, 0.020355225) * v0_3.z;
                s0_0 += HVEC4(0.14575195, -0.055603027, -0.0892334, 0.07281494) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.044677734, -0.05871582, 0.007019043, -0.041168213) * v0_0.x;
                s0_1 += HVEC4(0.04840088, 0.08013916, 0.14160156, 0.12841797) * v0_0.y;
                s0_1 += HVEC4(0.16442871, -0.21826172, 0.10882568, -0.044036865) * v0_0.z;
                s0_1 += HVEC4(-0.77490234, -0.8959961, 0.12756348, -0.15441895) * v0_0.w;
                s0_1 += HVEC4(-0.17053223, -0.06878662, 0.09484863, -0.46557617) * v0_1.x;
                s0_1 += HVEC4(0.16784668, 0.2130127, 0.055236816, 0.14099121) * v0_1.y;
                s0_1 += HVEC4(-0.24926758, -0.64404297, 0.14697266, 0.15966797) * v0_1.z;
                s0_1 += HVEC4(0.13635254, -0.107177734, 0.08081055, -0.47680664) * v0_1.w;
                s0_1 += HVEC4(-0.1685791, -0.18701172, 0.2932129, 0.07208252) * v0_2.x;
                s0_1 += HVEC4(-0.28735352, 0.56103516, 0.04638672, 0.49316406) * v0_2.y;
                s0_1 += HVEC4(-0.19116211, 0.17211914, 0.0029010773, -0.059936523) * v0_2.z;
                s0_1 += HVEC4(0.028579712, -0.13354492, -0.038116455, 0.00052309036) * v0_2.w;
                s0_1 += HVEC4(0.0011024475, -0.6411133, -0.041534424, -0.2993164) * v0_3.x;
                s0_1 += HVEC4(-0.04071045, 0.62890625, -0.3149414, -0.22143555) * v0_3.y;
                s0_1 += HVEC4(-0.10046387, -0.0647583, 0.0025348663, 0.038360596) * v0_3.z;
                s0_1 += HVEC4(0.11645508, -0.06365967, -0.12817383, -0.26757812) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.11907959, 0.022201538, 0.034606934, -0.01852417) * v0_0.x;
                s0_0 += HVEC4(-0.06365967, -0.00844574, 0.015312195, -0.00064992905) * v0_0.y;
                s0_0 += HVEC4(0.016662598, 0.1138916, -0.049041748, 0.024658203) * v0_0.z;
                s0_0 += HVEC4(0.034973145, 0.10626221, 0.05355835, 0.020828247) * v0_0.w;
                s0_0 += HVEC4(0.10986328, -0.021713257, 0.0027046204, -0.08795166) * v0_1.x;
                s0_0 += HVEC4(-0.037628174, 0.17297363, 0.043273926, -0.0065231323) * v0_1.y;
                s0_0 += HVEC4(0.21594238, -0.13085938, 0.0029792786, 0.026779175) * v0_1.z;
                s0_0 += HVEC4(0.18408203, 0.009971619, 0.07330322, 0.057525635) * v0_1.w;
                s0_0 += HVEC4(-0.03640747, 0.10247803, -0.030822754, -0.04083252) * v0_2.x;
                s0_0 += HVEC4(-0.047454834, 0.020843506, 0.06762695, 0.0073242188) * v0_2.y;
                s0_0 += HVEC4(-0.06573486, 0.027252197, -0.051208496, -0.019638062) * v0_2.z;
                s0_0 += HVEC4(0.054534912, -0.12017822, -0.03540039, 0.028305054) * v0_2.w;
                s0_0 += HVEC4(-0.029632568, -0.006313324, 0.036834717, 0.046051025) * v0_3.x;
                s0_0 += HVEC4(-0.3034668, -0.2244873, -0.10430908, 0.0063552856) * v0_3.y;
                s0_0 += HVEC4(-0.13842773, 0.16577148, -0.039978027, -0.0009841919) * v0_3.z;
                s0_0 += HVEC4(0.17077637, -0.005695343, 0.06359863, -0.015205383) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.042877197, 0.14208984, -0.03781128, 0.14233398) * v0_0.x;
                s0_1 += HVEC4(0.13024902, 0.009864807, -0.036315918, 0.17016602) * v0_0.y;
                s0_1 += HVEC4(-0.032287598, 0.22460938, -0.06222534, 0.23583984) * v0_0.z;
                s0_1 += HVEC4(-0.1697998, -0.43408203, -0.21166992, 0.09942627) * v0_0.w;
                s0_1 += HVEC4(0.033569336, 0.10772705, -0.08282471, -0.105163574) * v0_1.x;
                s0_1 += HVEC4(0.19946289, 1.1162109, -0.15246582, 0.20495605) * v0_1.y;
                s0_1 += HVEC4(0.057678223, -0.84472656, 0.16113281, -0.4404297) * v0_1.z;
                s0_1 += HVEC4(-0.20141602, -0.9145508, -0.13830566, 0.14086914) * v0_1.w;
                s0_1 += HVEC4(0.15283203, 0.007270813, 9.995699e-05, 0.23413086) * v0_2.x;
                s0_1 += HVEC4(0.14685059, -0.05807495, 0.008216858, 0.1907959) * v0_2.y;
                s0_1 += HVEC4(-0.18493652, 0.024353027, 0.054656982, 0.06274414) * v0_2.z;
                s0_1 += HVEC4(0.00881958, 0.08905029, 0.035461426, -0.112976074) * v0_2.w;
                s0_1 += HVEC4(0.059814453, 0.041107178, -3.8683414e-05, -0.2109375) * v0_3.x;
                s0_1 += HVEC4(-0.076660156, 0.49804688, 0.23120117, 0.19384766) * v0_3.y;
                s0_1 += HVEC4(-0.10058594, 0.13537598, 0.012367249, 0.26513672) * v0_3.z;
                s0_1 += HVEC4(0.27856445, -0.44677734, -0.1439209, 0.013069153) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.012496948, -0.30395508, 0.11804199, -0.06222534) * v0_0.x;
                s0_0 += HVEC4(-0.053741455, 0.028549194, 0.021774292, -0.02368164) * v0_0.y;
                s0_0 += HVEC4(0.14282227, 0.22436523, 0.13781738, 0.055267334) * v0_0.z;
                s0_0 += HVEC4(0.06970215, -0.03744507, -0.049041748, -0.018936157) * v0_0.w;
                s0_0 += HVEC4(-0.068847656, -0.015670776, 0.08642578, 0.015098572) * v0_1.x;
                s0_0 += HVEC4(-0.14208984, 0.037506104, 0.015174866, 0.017868042) * v0_1.y;
                s0_0 += HVEC4(0.010276794, -0.3347168, 0.023620605, 0.066345215) * v0_1.z;
                s0_0 += HVEC4(0.18981934, 0.014755249, -0.021575928, -0.025924683) * v0_1.w;
                s0_0 += HVEC4(-0.04156494, 0.28027344, 0.06829834, 0.022354126) * v0_2.x;
                s0_0 += HVEC4(0.13671875, 0.15136719, -0.008422852, 0.5385742) * v0_2.y;
                s0_0 += HVEC4(-0.07336426, 0.008010864, 0.012504578, 0.0579834) * v0_2.z;
                s0_0 += HVEC4(0.013221741, -0.14245605, -0.007381439, 0.031982422) * v0_2.w;
                s0_0 += HVEC4(-0.028839111, -0.33203125, 0.21826172, -0.43603516) * v0_3.x;
                s0_0 += HVEC4(0.13476562, 0.2286377, -0.035461426, -0.036071777) * v0_3.y;
                s0_0 += HVEC4(-0.25634766, 0.13867188, -0.04348755, 0.011146545) * v0_3.z;
                s0_0 += HVEC4(0.0050964355, -0.045837402, -0.00082826614, -0.05267334) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.17358398, 0.0061416626, -0.13879395, 0.051513672) * v0_0.x;
                s0_1 += HVEC4(-0.02255249, 0.10736084, 0.06817627, -0.027130127) * v0_0.y;
                s0_1 += HVEC4(0.041381836, -0.1550293, 0.16345215, -0.072387695) * v0_0.z;
                s0_1 += HVEC4(-0.20239258, -0.05230713, -0.023223877, 0.0029830933) * v0_0.w;
                s0_1 += HVEC4(0.103637695, 0.21740723, -0.16174316, 0.13342285) * v0_1.x;
                s0_1 += HVEC4(-0.018707275, -0.072631836, -0.040740967, 0.034942627) * v0_1.y;
                s0_1 += HVEC4(-0.19934082, 0.05114746, -0.020950317, 0.009277344) * v0_1.z;
                s0_1 += HVEC4(0.027862549, 0.0029354095, -0.075683594, -0.10473633) * v0_1.w;
                s0_1 += HVEC4(0.15979004, -0.15441895, 0.05303955, -0.048706055) * v0_2.x;
                s0_1 += HVEC4(0.07446289, 0.52490234, 0.2919922, -0.09729004) * v0_2.y;
                s0_1 += HVEC4(-0.14648438, 0.11029053, 0.08526611, 0.10424805) * v0_2.z;
                s0_1 += HVEC4(-0.1340332, 0.060394287, 0.06604004, -0.0022201538) * v0_2.w;
                s0_1 += HVEC4(-0.001156807, -0.08685303, 0.035064697, 0.32739258) * v0_3.x;
                s0_1 += HVEC4(0.059661865, -0.030349731, -0.033172607, 0.10437012) * v0_3.y;
                s0_1 += HVEC4(0.08746338, -0.04626465, -0.01638794, -0.05545044) * v0_3.z;
                s0_1 += HVEC4(0.09741211, 0.042877197, -0.030380249, -0.033172607) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.061676025, 0.35791016, -0.21228027, -0.0029697418) * v0_0.x;
                s0_0 += HVEC4(-0.028320312, -0.014266968, -0.02923584, 0.033996582) * v0_0.y;
                s0_0 += HVEC4(-0.017715454, -0.12719727, 0.05581665, 0.16662598) * v0_0.z;
                s0_0 += HVEC4(-0.6308594, 0.08746338, -0.24902344, 0.04119873) * v0_0.w;
                s0_0 += HVEC4(0.18200684, 0.21325684, -0.02204895, -0.086364746) * v0_1.x;
                s0_0 += HVEC4(-0.1015625, 0.11553955, -0.021499634, 0.088012695) * v0_1.y;
                s0_0 += HVEC4(0.33496094, 0.11425781, 0.75, 0.24572754) * v0_1.z;
                s0_0 += HVEC4(0.11871338, -0.40478516, 0.12670898, 0.07672119) * v0_1.w;
                s0_0 += HVEC4(0.6567383, -0.30273438, 0.23632812, 0.12976074) * v0_2.x;
                s0_0 += HVEC4(0.20983887, -0.45751953, 0.22705078, 0.08380127) * v0_2.y;
                s0_0 += HVEC4(-0.06500244, 0.034606934, -0.04147339, -0.025421143) * v0_2.z;
                s0_0 += HVEC4(0.019348145, -0.45703125, 0.014839172, 0.027191162) * v0_2.w;
                s0_0 += HVEC4(-0.10900879, 0.34692383, 0.01512146, 0.025772095) * v0_3.x;
                s0_0 += HVEC4(0.016571045, -0.08544922, 0.11224365, 0.02798462) * v0_3.y;
                s0_0 += HVEC4(-0.2298584, -0.0413208, 0.078308105, 0.13476562) * v0_3.z;
                s0_0 += HVEC4(-0.32299805, -0.0066947937, 0.06512451, 0.5571289) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.026519775, 0.12585449, 0.45751953, -0.095214844) * v0_0.x;
                s0_1 += HVEC4(-0.091674805, 0.2536621, 0.14941406, 0.01739502) * v0_0.y;
                s0_1 += HVEC4(-0.22583008, -0.07562256, -0.58203125, -0.5620117) * v0_0.z;
                s0_1 += HVEC4(-0.20397949, -0.37036133, 0.25683594, 0.45361328) * v0_0.w;
                s0_1 += HVEC4(0.35717773, -0.07788086, 0.099487305, -0.6118164) * v0_1.x;
                s0_1 += HVEC4(0.2133789, 0.060943604, -0.20373535, 0.31298828) * v0_1.y;
                s0_1 += HVEC4(-0.47338867, -0.3022461, 0.42407227, -0.075805664) * v0_1.z;
                s0_1 += HVEC4(-0.12976074, 0.024795532, -0.07696533, 0.10168457) * v0_1.w;
                s0_1 += HVEC4(0.2685547, 0.74658203, -0.14953613, -0.47045898) * v0_2.x;
                s0_1 += HVEC4(-0.031829834, -0.8886719, 0.14416504, -1.1777344) * v0_2.y;
                s0_1 += HVEC4(0.014823914, 0.16125488, 0.1182251, 0.18774414) * v0_2.z;
                s0_1 += HVEC4(-0.027236938, 0.2142334, -0.030944824, -0.14025879) * v0_2.w;
                s0_1 += HVEC4(0.2084961, -0.74121094, 0.58447266, 0.086120605) * v0_3.x;
                s0_1 += HVEC4(-0.015808105, 0.030334473, 0.13476562, -0.068237305) * v0_3.y;
                s0_1 += HVEC4(0.1217041, 0.23840332, 0.0062828064, -0.050567627) * v0_3.z;
                s0_1 += HVEC4(-0.20898438, -0.37841797, 0.5957031, 0.07244873) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(-0.046844482, -0.034210205, 0.0859375, 0.08355713) * v0_0.x;
                s0_0 += HVEC4(-0.014427185, 0.24499512, 0.029083252, 0.055023193) * v0_0.y;
                s0_0 += HVEC4(-0.16137695, -0.10076904, 0.04296875, -0.0016746521) * v0_0.z;
                s0_0 += HVEC4(-0.6542969, 0.022567749, 0.0670166, 0.03765869) * v0_0.w;
                s0_0 += HVEC4(-0.38476562, -0.036987305, -0.03756714, -0.043670654) * v0_1.x;
                s0_0 += HVEC4(-0.6816406, 0.13085938, 0.074523926, -0.0033283234) * v0_1.y;
                s0_0 += HVEC4(0.5126953, -0.09918213, -0.07086182, 0.016479492) * v0_1.z;
                s0_0 += HVEC4(0.42382812, -0.3449707, -0.02784729, 0.010498047) * v0_1.w;
                s0_0 += HVEC4(0.57666016, -0.097473145, -0.009437561, -0.03756714) * v0_2.x;
                s0_0 += HVEC4(0.019744873, -0.06762695, -0.009567261, 0.07354736) * v0_2.y;
                s0_0 += HVEC4(-0.064819336, 0.13708496, -0.034332275, 0.005130768) * v0_2.z;
                s0_0 += HVEC4(0.20996094, -0.33422852, -0.016693115, -0.02861023) * v0_2.w;
                s0_0 += HVEC4(0.1315918, -0.019638062, -0.00724411, -0.046875) * v0_3.x;
                s0_0 += HVEC4(-0.006336212, 0.1270752, 0.048461914, 0.05178833) * v0_3.y;
                s0_0 += HVEC4(-0.2401123, 0.21850586, 0.052581787, 0.06173706) * v0_3.z;
                s0_0 += HVEC4(-0.19726562, 0.15148926, -0.027145386, -0.044525146) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.15490723, -0.1451416, -0.32006836, 0.1060791) * v0_0.x;
                s0_1 += HVEC4(0.1463623, 0.22607422, 0.077697754, -0.0104522705) * v0_0.y;
                s0_1 += HVEC4(0.0027675629, 0.46923828, 0.23925781, 0.4428711) * v0_0.z;
                s0_1 += HVEC4(-0.056274414, -0.33911133, 0.029251099, -0.026000977) * v0_0.w;
                s0_1 += HVEC4(-0.14978027, -0.21777344, -0.022827148, 0.5493164) * v0_1.x;
                s0_1 += HVEC4(-0.014892578, 0.3671875, 0.0068588257, 0.8095703) * v0_1.y;
                s0_1 += HVEC4(0.054718018, -0.11853027, -0.20336914, -0.7495117) * v0_1.z;
                s0_1 += HVEC4(-0.03552246, -0.39916992, -0.40185547, -0.05822754) * v0_1.w;
                s0_1 += HVEC4(-0.052490234, 0.1895752, -0.0054626465, 0.20861816) * v0_2.x;
                s0_1 += HVEC4(0.026107788, 0.099121094, -0.12042236, -0.24279785) * v0_2.y;
                s0_1 += HVEC4(-0.15100098, 0.12036133, 0.2442627, 0.08258057) * v0_2.z;
                s0_1 += HVEC4(-0.15332031, 0.08569336, -0.051879883, -0.5078125) * v0_2.w;
                s0_1 += HVEC4(0.07763672, -0.089660645, -0.0236969, -0.39892578) * v0_3.x;
                s0_1 += HVEC4(0.08709717, 0.15612793, -0.14819336, 0.13427734) * v0_3.y;
                s0_1 += HVEC4(0.03262329, 0.011802673, 0.18554688, 0.49414062) * v0_3.z;
                s0_1 += HVEC4(0.21032715, -1.203125, -0.1270752, -1.5019531) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.06488037, 0.2199707, -0.22802734, -0.23352051) * v0_0.x;
                s0_0 += HVEC4(-0.010566711, 0.07196045, 0.015548706, 0.040985107) * v0_0.y;
                s0_0 += HVEC4(0.10119629, 0.12188721, -0.072631836, -0.14697266) * v0_0.z;
                s0_0 += HVEC4(0.09039307, -0.28271484, 0.0569458, -0.012954712) * v0_0.w;
                s0_0 += HVEC4(-0.08782959, 0.033599854, 0.0063476562, -0.0064468384) * v0_1.x;
                s0_0 += HVEC4(-0.016143799, 0.045166016, -0.040100098, -0.018188477) * v0_1.y;
                s0_0 += HVEC4(-0.0137786865, -0.014320374, 0.058410645, 0.07696533) * v0_1.z;
                s0_0 += HVEC4(-0.047546387, -0.066345215, 0.03427124, 0.03427124) * v0_1.w;
                s0_0 += HVEC4(-0.109802246, 0.18432617, -0.07409668, 0.0054626465) * v0_2.x;
                s0_0 += HVEC4(0.098083496, 0.06451416, 0.26904297, 0.16955566) * v0_2.y;
                s0_0 += HVEC4(0.07098389, 0.023025513, 0.0713501, 0.034118652) * v0_2.z;
                s0_0 += HVEC4(0.05987549, -0.08105469, 0.10168457, 0.0881958) * v0_2.w;
                s0_0 += HVEC4(0.048431396, 0.2298584, -0.014015198, -0.09625244) * v0_3.x;
                s0_0 += HVEC4(0.011962891, 0.2446289, -0.06640625, -0.075805664) * v0_3.y;
                s0_0 += HVEC4(-0.13293457, -0.03656006, 0.049713135, 0.062316895) * v0_3.z;
                s0_0 += HVEC4(-0.11090088, -0.07611084, 0.0024166107, 0.0602417) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.0021247864, 0.30932617, 0.15979004, 0.17358398) * v0_0.x;
                s0_1 += HVEC4(0.12915039, 0.10620117, 0.11175537, 0.03277588) * v0_0.y;
                s0_1 += HVEC4(0.070251465, -0.12658691, -0.12854004, -0.08319092) * v0_0.z;
                s0_1 += HVEC4(-0.064941406, 0.021881104, -0.043060303, -0.048706055) * v0_0.w;
                s0_1 += HVEC4(0.11151123, 0.018295288, -0.10687256, 0.30493164) * v0_1.x;
                s0_1 += HVEC4(0.02684021, 0.097717285, 0.02178955, 0.06512451) * v0_1.y;
                s0_1 += HVEC4(-0.029403687, 0.006385803, 0.052612305, -0.029251099) * v0_1.z;
                s0_1 += HVEC4(0.036071777, -0.026885986, 0.0045776367, -0.015174866) * v0_1.w;
                s0_1 += HVEC4(0.10406494, -0.059753418, 0.023330688, -0.03262329) * v0_2.x;
                s0_1 += HVEC4(-0.05038452, 0.14331055, 0.12939453, 0.62646484) * v0_2.y;
                s0_1 += HVEC4(-0.03756714, 0.11376953, 0.07946777, 0.14575195) * v0_2.z;
                s0_1 += HVEC4(-0.041046143, 0.060455322, 0.08972168, 0.048950195) * v0_2.w;
                s0_1 += HVEC4(0.084472656, -0.13061523, -0.094177246, -0.48510742) * v0_3.x;
                s0_1 += HVEC4(0.07965088, 0.023925781, 0.03213501, 0.04458618) * v0_3.y;
                s0_1 += HVEC4(0.011260986, -0.011924744, 0.09277344, -0.019332886) * v0_3.z;
                s0_1 += HVEC4(-0.08465576, -0.036376953, 0.057647705, 0.008087158) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.47802734, -0.030258179, 0.49975586, 0.33032227) * v0_0.x;
                s0_0 += HVEC4(0.11895752, 0.19848633, 0.09680176, -0.08526611) * v0_0.y;
                s0_0 += HVEC4(-0.28979492, -0.18908691, -0.19262695, -0.2055664) * v0_0.z;
                s0_0 += HVEC4(0.12084961, 0.026992798, 0.014434814, 0.032562256) * v0_0.w;
                s0_0 += HVEC4(-0.099121094, -0.032714844, 0.097839355, 0.117248535) * v0_1.x;
                s0_0 += HVEC4(-0.05633545, 0.09820557, -0.05307007, -0.048797607) * v0_1.y;
                s0_0 += HVEC4(0.23669434, 0.022827148, 0.025344849, 0.0362854) * v0_1.z;
                s0_0 += HVEC4(-0.075683594, -0.023590088, 0.03353882, 0.0072669983) * v0_1.w;
                s0_0 += HVEC4(-0.2553711, -0.052642822, 0.050933838, -0.016036987) * v0_2.x;
                s0_0 += HVEC4(-0.116760254, -0.072631836, -0.0022830963, -0.08843994) * v0_2.y;
                s0_0 += HVEC4(0.1595459, 0.00042414665, 0.074645996, 0.0019273758) * v0_2.z;
                s0_0 += HVEC4(0.1027832, -0.33813477, 0.2487793, 0.10900879) * v0_2.w;
                s0_0 += HVEC4(-0.41845703, 0.22338867, 0.039154053, 0.08532715) * v0_3.x;
                s0_0 += HVEC4(0.021591187, 0.006793976, -0.12536621, -0.05493164) * v0_3.y;
                s0_0 += HVEC4(-0.1381836, -0.018325806, 0.041046143, 0.023712158) * v0_3.z;
                s0_0 += HVEC4(0.053100586, 0.120910645, 0.08416748, 0.04260254) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.20654297, -0.5161133, -1.0097656, -1.0107422) * v0_0.x;
                s0_1 += HVEC4(0.18896484, 0.060668945, 0.12402344, -0.07092285) * v0_0.y;
                s0_1 += HVEC4(0.30371094, -0.16833496, -0.015213013, -0.0769043) * v0_0.z;
                s0_1 += HVEC4(-0.21813965, -0.077697754, 0.054595947, -0.36816406) * v0_0.w;
                s0_1 += HVEC4(-0.04067993, -0.045959473, 0.14685059, 0.32788086) * v0_1.x;
                s0_1 += HVEC4(-0.010543823, -0.075683594, -0.047424316, 0.3479004) * v0_1.y;
                s0_1 += HVEC4(0.024795532, -0.020843506, -0.008903503, -0.34179688) * v0_1.z;
                s0_1 += HVEC4(0.08685303, -0.019805908, 0.009025574, -0.07324219) * v0_1.w;
                s0_1 += HVEC4(-0.004005432, 0.068725586, -0.06921387, 0.53515625) * v0_2.x;
                s0_1 += HVEC4(0.20117188, 0.48901367, 0.08679199, 0.0647583) * v0_2.y;
                s0_1 += HVEC4(-0.07171631, 0.14587402, 0.0002605915, 0.06933594) * v0_2.z;
                s0_1 += HVEC4(0.012580872, 0.14831543, 0.17687988, -0.21020508) * v0_2.w;
                s0_1 += HVEC4(-0.013656616, 0.17541504, 0.4326172, -0.35888672) * v0_3.x;
                s0_1 += HVEC4(0.21435547, 0.15808105, 0.050079346, -0.04385376) * v0_3.y;
                s0_1 += HVEC4(0.049743652, 0.21411133, 0.039978027, 0.1451416) * v0_3.z;
                s0_1 += HVEC4(0.0574646, -0.020401001, 0.122680664, -0.26171875) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.45947266, -0.09967041, -0.48413086, -0.29492188) * v0_0.x;
                s0_0 += HVEC4(0.04812622, 0.02571106, -0.06933594, -0.06359863) * v0_0.y;
                s0_0 += HVEC4(0.2775879, 0.04977417, 0.123046875, 0.10626221) * v0_0.z;
                s0_0 += HVEC4(-0.28442383, 0.07385254, -0.0054626465, 0.0074310303) * v0_0.w;
                s0_0 += HVEC4(0.36987305, 0.05218506, -0.023422241, 0.042999268) * v0_1.x;
                s0_0 += HVEC4(-0.08453369, 0.12524414, -0.044006348, -0.043029785) * v0_1.y;
                s0_0 += HVEC4(0.016586304, -0.14868164, -0.037231445, -0.03173828) * v0_1.z;
                s0_0 += HVEC4(0.021102905, -0.04196167, 0.012046814, 0.001458168) * v0_1.w;
                s0_0 += HVEC4(0.36547852, -0.027191162, 0.0032615662, 0.004169464) * v0_2.x;
                s0_0 += HVEC4(-0.042114258, 0.044677734, 0.040771484, 0.010009766) * v0_2.y;
                s0_0 += HVEC4(-0.02128601, 0.07373047, -0.004497528, 0.004360199) * v0_2.z;
                s0_0 += HVEC4(0.54589844, -0.14489746, 0.06222534, 0.019760132) * v0_2.w;
                s0_0 += HVEC4(0.019042969, -0.036346436, -0.027282715, -0.012489319) * v0_3.x;
                s0_0 += HVEC4(0.012840271, -0.00459671, 0.029708862, -0.040161133) * v0_3.y;
                s0_0 += HVEC4(-0.1616211, 0.07342529, 0.05871582, 0.055480957) * v0_3.z;
                s0_0 += HVEC4(0.22949219, -0.039764404, 0.01965332, 0.049346924) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.33325195, -0.15588379, 0.6098633, 0.13464355) * v0_0.x;
                s0_1 += HVEC4(0.057434082, 0.2277832, 0.21325684, 0.053253174) * v0_0.y;
                s0_1 += HVEC4(0.21240234, -0.07208252, 0.02041626, 0.037261963) * v0_0.z;
                s0_1 += HVEC4(0.060180664, -0.20446777, 0.040008545, 0.19140625) * v0_0.w;
                s0_1 += HVEC4(-0.055755615, 0.18261719, 0.121032715, -0.30273438) * v0_1.x;
                s0_1 += HVEC4(0.021453857, -0.10357666, -0.032104492, 0.4428711) * v0_1.y;
                s0_1 += HVEC4(-0.14611816, 0.017196655, -0.027648926, -0.24121094) * v0_1.z;
                s0_1 += HVEC4(0.05895996, -0.09515381, -0.052093506, -0.19641113) * v0_1.w;
                s0_1 += HVEC4(-0.010238647, 0.105651855, -0.06161499, -0.2890625) * v0_2.x;
                s0_1 += HVEC4(0.059936523, -0.07171631, 0.04623413, -0.0960083) * v0_2.y;
                s0_1 += HVEC4(-0.1027832, 0.20056152, 0.076049805, 0.1550293) * v0_2.z;
                s0_1 += HVEC4(-0.02935791, 0.16784668, -0.15466309, -0.57373047) * v0_2.w;
                s0_1 += HVEC4(-0.0129776, -0.06616211, -0.016296387, -0.0736084) * v0_3.x;
                s0_1 += HVEC4(0.11206055, 0.2524414, 0.013038635, 0.078430176) * v0_3.y;
                s0_1 += HVEC4(0.121398926, 0.13012695, 0.03668213, 0.098083496) * v0_3.z;
                s0_1 += HVEC4(0.0140686035, -0.122802734, -0.039794922, -0.4650879) * v0_3.w;
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
            vec4 a0_2 = vec4(0.023174407, 0.05587216, -0.036808174, -0.002717008);
            vec4 a0_3 = vec4(-0.036521614, -0.027948106, 0.005269135, 0.016757237);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.022262573, 0.04888916, -0.022018433, -0.09210205) * v0_0.x;
                s0_2 += HVEC4(0.020812988, -0.028381348, 0.06185913, 0.081970215) * v0_0.y;
                s0_2 += HVEC4(-0.15856934, 0.1083374, -0.19689941, 0.073791504) * v0_0.z;
                s0_2 += HVEC4(0.15100098, 0.14135742, -0.08898926, -0.5151367) * v0_0.w;
                s0_2 += HVEC4(-0.06774902, -0.14733887, 0.29174805, 0.17211914) * v0_1.x;
                s0_2 += HVEC4(0.09094238, 0.017974854, -0.004386902, -0.15075684) * v0_1.y;
                s0_2 += HVEC4(0.13623047, -0.032684326, -0.035247803, 0.20568848) * v0_1.z;
                s0_2 += HVEC4(0.10144043, -0.04336548, -0.059753418, 0.099609375) * v0_1.w;
                s0_2 += HVEC4(0.19934082, -0.033294678, 0.057159424, 0.11541748) * v0_2.x;
                s0_2 += HVEC4(0.020309448, 0.02848816, 0.095703125, -0.044311523) * v0_2.y;
                s0_2 += HVEC4(0.0061454773, 0.12817383, 0.09802246, -0.125) * v0_2.z;
                s0_2 += HVEC4(-0.074645996, 0.026672363, 0.0042266846, 0.088256836) * v0_2.w;
                s0_2 += HVEC4(-0.08087158, -0.22302246, 0.07006836, 0.06689453) * v0_3.x;
                s0_2 += HVEC4(-0.25830078, -0.030639648, 0.07110596, 0.44189453) * v0_3.y;
                s0_2 += HVEC4(0.09051514, -0.008338928, 0.044921875, -0.1829834) * v0_3.z;
                s0_2 += HVEC4(-0.014717102, -0.008018494, -0.037994385, -0.07489014) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.008392334, 0.06402588, -0.004234314, -0.038726807) * v0_0.x;
                s0_3 += HVEC4(0.009513855, -0.009109497, 0.033599854, 0.017791748) * v0_0.y;
                s0_3 += HVEC4(-0.056030273, -0.015701294, -0.101379395, -0.047943115) * v0_0.z;
                s0_3 += HVEC4(-0.004501343, -0.024505615, -0.059631348, -0.050720215) * v0_0.w;
                s0_3 += HVEC4(0.021057129, -0.05529785, -0.08178711, -0.21325684) * v0_1.x;
                s0_3 += HVEC4(-0.000998497, 0.008911133, 0.016983032, 0.009300232) * v0_1.y;
                s0_3 += HVEC4(0.048614502, -0.004623413, -0.0016317368, -0.07897949) * v0_1.z;
                s0_3 += HVEC4(-0.078430176, -0.110839844, -0.030899048, 0.020874023) * v0_1.w;
                s0_3 += HVEC4(-0.07196045, -0.02633667, 0.12310791, 0.12915039) * v0_2.x;
                s0_3 += HVEC4(0.08459473, -0.05444336, 0.05307007, 0.17211914) * v0_2.y;
                s0_3 += HVEC4(0.054473877, -0.031143188, 0.04449463, -0.026367188) * v0_2.z;
                s0_3 += HVEC4(0.016296387, -0.007789612, -0.018676758, -0.06555176) * v0_2.w;
                s0_3 += HVEC4(0.07696533, -0.013885498, 0.06500244, -0.033599854) * v0_3.x;
                s0_3 += HVEC4(-0.07092285, -0.0004892349, -0.026824951, -0.02658081) * v0_3.y;
                s0_3 += HVEC4(0.022155762, 0.03161621, 0.041137695, 0.040740967) * v0_3.z;
                s0_3 += HVEC4(-0.008415222, 0.054748535, 0.034484863, 0.018478394) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(0.069885254, -0.081970215, 0.028671265, 0.021087646) * v0_0.x;
                s0_2 += HVEC4(-0.051818848, -0.10681152, 0.12231445, 0.06573486) * v0_0.y;
                s0_2 += HVEC4(0.09039307, -0.09564209, 0.04345703, 0.045898438) * v0_0.z;
                s0_2 += HVEC4(-0.020141602, -0.023208618, -0.30322266, -0.15246582) * v0_0.w;
                s0_2 += HVEC4(-0.0847168, 0.115234375, 0.0014944077, 0.027526855) * v0_1.x;
                s0_2 += HVEC4(0.048828125, -0.10510254, -0.009178162, -0.13720703) * v0_1.y;
                s0_2 += HVEC4(-0.44458008, -0.22131348, 0.10357666, 0.080444336) * v0_1.z;
                s0_2 += HVEC4(-0.004623413, -0.16589355, -0.11395264, 0.008026123) * v0_1.w;
                s0_2 += HVEC4(0.19335938, 0.37890625, 0.15979004, 0.09106445) * v0_2.x;
                s0_2 += HVEC4(0.12438965, 0.048217773, 0.2084961, 0.11254883) * v0_2.y;
                s0_2 += HVEC4(-0.07147217, 0.14343262, 0.080322266, -0.17871094) * v0_2.z;
                s0_2 += HVEC4(-0.049682617, -0.008514404, 0.025787354, 0.032104492) * v0_2.w;
                s0_2 += HVEC4(-0.060302734, -0.19067383, -0.20214844, -0.011924744) * v0_3.x;
                s0_2 += HVEC4(0.28564453, 0.009117126, 0.119018555, 0.14331055) * v0_3.y;
                s0_2 += HVEC4(0.18225098, -0.13977051, 0.04510498, -0.09753418) * v0_3.z;
                s0_2 += HVEC4(0.04006958, 0.016311646, -0.21154785, -0.06530762) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.058166504, -0.016601562, -0.008918762, 0.0039863586) * v0_0.x;
                s0_3 += HVEC4(0.04840088, -0.039886475, 0.021011353, 0.11804199) * v0_0.y;
                s0_3 += HVEC4(0.041870117, -0.027404785, 0.037109375, -0.15014648) * v0_0.z;
                s0_3 += HVEC4(0.06298828, -0.13891602, 0.005622864, -0.15209961) * v0_0.w;
                s0_3 += HVEC4(0.18469238, 0.099487305, -0.051940918, -0.09588623) * v0_1.x;
                s0_3 += HVEC4(-0.0011386871, 0.015151978, -0.010261536, -0.013938904) * v0_1.y;
                s0_3 += HVEC4(-0.042816162, 0.059051514, -0.076171875, -0.10272217) * v0_1.z;
                s0_3 += HVEC4(-0.034576416, 0.2052002, 0.09741211, 0.025756836) * v0_1.w;
                s0_3 += HVEC4(-0.24841309, -0.042114258, -0.018630981, 0.09161377) * v0_2.x;
                s0_3 += HVEC4(0.08483887, 0.08404541, -0.10784912, 0.21386719) * v0_2.y;
                s0_3 += HVEC4(0.07366943, 0.0066986084, 0.028381348, -0.09320068) * v0_2.z;
                s0_3 += HVEC4(-0.01222229, 0.044647217, 0.045410156, -0.019088745) * v0_2.w;
                s0_3 += HVEC4(-0.0368042, -0.052856445, 0.0079574585, -0.01737976) * v0_3.x;
                s0_3 += HVEC4(0.17675781, 0.27148438, 0.13696289, -0.012054443) * v0_3.y;
                s0_3 += HVEC4(0.103149414, -0.013198853, -0.016281128, 0.018798828) * v0_3.z;
                s0_3 += HVEC4(-0.062561035, 0.029342651, -0.078430176, -0.02494812) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.08111572, -0.03161621, 0.012237549, 0.037139893) * v0_0.x;
                s0_2 += HVEC4(-0.18347168, -0.07458496, 0.089416504, 0.041625977) * v0_0.y;
                s0_2 += HVEC4(0.103637695, -0.103149414, -0.07727051, 0.19030762) * v0_0.z;
                s0_2 += HVEC4(0.18005371, -0.018096924, -0.14208984, -0.16687012) * v0_0.w;
                s0_2 += HVEC4(-0.0021343231, -0.15112305, 0.20300293, 0.0552063) * v0_1.x;
                s0_2 += HVEC4(0.070251465, 0.056488037, 0.097595215, 0.03390503) * v0_1.y;
                s0_2 += HVEC4(0.0037441254, 0.07928467, -0.04296875, 0.11224365) * v0_1.z;
                s0_2 += HVEC4(-0.22058105, -0.04269409, -0.28271484, -0.025344849) * v0_1.w;
                s0_2 += HVEC4(-0.2631836, 0.19030762, 0.18579102, 0.13146973) * v0_2.x;
                s0_2 += HVEC4(0.06451416, 0.103149414, -0.017654419, 0.028213501) * v0_2.y;
                s0_2 += HVEC4(-0.18640137, 0.18896484, 0.10003662, -0.10455322) * v0_2.z;
                s0_2 += HVEC4(0.064575195, 0.06964111, 0.002506256, -0.0014123917) * v0_2.w;
                s0_2 += HVEC4(-0.0003902912, -0.03414917, 0.018417358, -0.010032654) * v0_3.x;
                s0_2 += HVEC4(0.007472992, -0.30688477, 0.04058838, 0.08148193) * v0_3.y;
                s0_2 += HVEC4(0.033691406, -0.037750244, 0.009857178, -0.057891846) * v0_3.z;
                s0_2 += HVEC4(-0.015380859, -0.07574463, -0.03201294, -0.07220459) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.04647827, 0.004310608, 0.0519104, -0.016204834) * v0_0.x;
                s0_3 += HVEC4(0.08642578, 0.04486084, 0.011924744, 0.073913574) * v0_0.y;
                s0_3 += HVEC4(-0.050201416, -0.06378174, 0.040130615, -0.10028076) * v0_0.z;
                s0_3 += HVEC4(0.17041016, 0.10443115, 0.04660034, 0.004470825) * v0_0.w;
                s0_3 += HVEC4(-0.43969727, 0.16760254, 0.03555298, -0.07745361) * v0_1.x;
                s0_3 += HVEC4(-0.38671875, 0.046936035, 0.08862305, -0.04486084) * v0_1.y;
                s0_3 += HVEC4(-0.80029297, -0.060394287, 0.024169922, -0.13745117) * v0_1.z;
                s0_3 += HVEC4(-0.55566406, -0.23132324, -0.041503906, -0.08239746) * v0_1.w;
                s0_3 += HVEC4(-0.026489258, -0.019760132, -0.05596924, -0.12054443) * v0_2.x;
                s0_3 += HVEC4(0.06100464, -0.011871338, 0.019729614, -0.020629883) * v0_2.y;
                s0_3 += HVEC4(0.040771484, 0.03942871, -0.050872803, -0.07623291) * v0_2.z;
                s0_3 += HVEC4(-0.025924683, 0.0038967133, -0.019088745, -0.025894165) * v0_2.w;
                s0_3 += HVEC4(0.018966675, -0.010215759, 0.018066406, 0.031585693) * v0_3.x;
                s0_3 += HVEC4(0.05999756, -0.11328125, -0.09362793, 0.2644043) * v0_3.y;
                s0_3 += HVEC4(0.088256836, 0.016143799, 0.021636963, -0.10144043) * v0_3.z;
                s0_3 += HVEC4(0.009849548, -0.008300781, 0.074401855, 0.011772156) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.36035156, 0.13244629, -0.035308838, -0.029754639) * v0_0.x;
                s0_2 += HVEC4(-0.08453369, -0.0925293, 0.048828125, 0.29516602) * v0_0.y;
                s0_2 += HVEC4(-0.16894531, -0.24450684, -0.23840332, -0.051971436) * v0_0.z;
                s0_2 += HVEC4(0.1730957, 0.015541077, -0.44140625, -0.20117188) * v0_0.w;
                s0_2 += HVEC4(-0.18859863, -0.37524414, 0.33666992, 0.0021648407) * v0_1.x;
                s0_2 += HVEC4(0.04675293, 0.043701172, -0.0014362335, -0.28295898) * v0_1.y;
                s0_2 += HVEC4(-0.1697998, 0.048950195, 0.30541992, -0.2512207) * v0_1.z;
                s0_2 += HVEC4(-0.12792969, -0.13256836, 0.061523438, 0.13220215) * v0_1.w;
                s0_2 += HVEC4(0.06616211, 0.013191223, 0.030700684, 0.044952393) * v0_2.x;
                s0_2 += HVEC4(-0.29492188, -0.17114258, 0.1126709, 0.14379883) * v0_2.y;
                s0_2 += HVEC4(-0.07836914, 0.14672852, 0.070251465, -0.16064453) * v0_2.z;
                s0_2 += HVEC4(-0.20227051, 0.049926758, 0.038269043, 0.116882324) * v0_2.w;
                s0_2 += HVEC4(0.1505127, -0.107543945, 0.09436035, 0.14611816) * v0_3.x;
                s0_2 += HVEC4(0.028915405, 0.07891846, 0.0073890686, 0.14807129) * v0_3.y;
                s0_2 += HVEC4(0.056915283, -0.037872314, 0.05029297, -0.35839844) * v0_3.z;
                s0_2 += HVEC4(-0.019729614, -0.0066184998, -0.0021533966, 0.017333984) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.018692017, 0.1776123, -0.011329651, -0.028717041) * v0_0.x;
                s0_3 += HVEC4(0.037139893, -0.037872314, 0.021133423, 0.038360596) * v0_0.y;
                s0_3 += HVEC4(0.077941895, 0.21020508, -0.01789856, -0.09899902) * v0_0.z;
                s0_3 += HVEC4(-0.08392334, 0.14379883, 0.021316528, -0.09655762) * v0_0.w;
                s0_3 += HVEC4(0.030929565, -0.6118164, 0.10467529, -0.12390137) * v0_1.x;
                s0_3 += HVEC4(0.034729004, -0.10333252, 0.020355225, 0.0131073) * v0_1.y;
                s0_3 += HVEC4(-0.059173584, -0.77685547, -0.006416321, -0.011360168) * v0_1.z;
                s0_3 += HVEC4(0.035858154, 0.36376953, -0.002773285, -0.048065186) * v0_1.w;
                s0_3 += HVEC4(0.119628906, 0.2783203, 0.061309814, 0.17529297) * v0_2.x;
                s0_3 += HVEC4(-0.076538086, 0.06561279, 0.14208984, 0.12213135) * v0_2.y;
                s0_3 += HVEC4(-0.01966858, 0.062469482, 0.0018491745, 0.011222839) * v0_2.z;
                s0_3 += HVEC4(-0.029830933, 0.022125244, -0.00028395653, -0.047729492) * v0_2.w;
                s0_3 += HVEC4(-0.39086914, -0.083862305, 0.27905273, -0.070495605) * v0_3.x;
                s0_3 += HVEC4(-0.020492554, -0.1973877, -0.1161499, -0.046051025) * v0_3.y;
                s0_3 += HVEC4(0.047332764, -0.029953003, 0.0072021484, 0.0390625) * v0_3.z;
                s0_3 += HVEC4(0.05709839, 0.024627686, 0.057769775, 0.040740967) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.045135498, -0.3112793, 0.11993408, -0.027938843) * v0_0.x;
                s0_2 += HVEC4(-0.18371582, -0.015571594, 0.16784668, 0.1953125) * v0_0.y;
                s0_2 += HVEC4(0.017807007, -0.23059082, -0.4104004, -0.1685791) * v0_0.z;
                s0_2 += HVEC4(0.14416504, -0.45532227, -3.1367188, -0.33251953) * v0_0.w;
                s0_2 += HVEC4(0.1517334, -0.3095703, -0.28295898, 0.25439453) * v0_1.x;
                s0_2 += HVEC4(0.5546875, -0.07891846, -0.57177734, -0.7260742) * v0_1.y;
                s0_2 += HVEC4(-0.10998535, 0.36694336, 0.23901367, 0.01966858) * v0_1.z;
                s0_2 += HVEC4(-0.15454102, 0.086242676, 0.43896484, 0.5600586) * v0_1.w;
                s0_2 += HVEC4(-0.07305908, 0.3671875, 0.2553711, -0.17346191) * v0_2.x;
                s0_2 += HVEC4(0.025619507, -0.12023926, 0.13183594, -0.2006836) * v0_2.y;
                s0_2 += HVEC4(-0.13623047, 0.23571777, 0.13012695, -0.3527832) * v0_2.z;
                s0_2 += HVEC4(-0.4309082, 0.16992188, 0.064941406, 0.044433594) * v0_2.w;
                s0_2 += HVEC4(0.14233398, 0.24206543, -0.058776855, 0.11621094) * v0_3.x;
                s0_2 += HVEC4(0.107177734, 0.00082826614, -1.5751953, 0.089416504) * v0_3.y;
                s0_2 += HVEC4(0.36401367, -0.3630371, -0.010032654, -0.27392578) * v0_3.z;
                s0_2 += HVEC4(0.06677246, 0.07952881, -0.111083984, 0.10760498) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.26953125, -0.046020508, -0.049224854, 0.21459961) * v0_0.x;
                s0_3 += HVEC4(-0.061676025, 0.101745605, -0.00028705597, 0.24829102) * v0_0.y;
                s0_3 += HVEC4(0.2133789, 0.09259033, -0.062286377, 0.011650085) * v0_0.z;
                s0_3 += HVEC4(-0.35009766, 0.34301758, 0.45751953, -0.2746582) * v0_0.w;
                s0_3 += HVEC4(0.50634766, 0.19396973, 0.14147949, -0.35229492) * v0_1.x;
                s0_3 += HVEC4(0.0960083, -0.014167786, -0.034729004, 0.056030273) * v0_1.y;
                s0_3 += HVEC4(-0.13952637, -1.0449219, -0.19250488, 0.007041931) * v0_1.z;
                s0_3 += HVEC4(0.14855957, 0.38427734, -0.006401062, -0.014205933) * v0_1.w;
                s0_3 += HVEC4(0.4970703, 0.27441406, 0.33251953, 0.1385498) * v0_2.x;
                s0_3 += HVEC4(0.24633789, 0.20385742, 0.17041016, -0.01638794) * v0_2.y;
                s0_3 += HVEC4(-0.14611816, -0.053375244, -0.038238525, -0.13867188) * v0_2.z;
                s0_3 += HVEC4(0.06738281, -0.07739258, -0.009628296, -0.0026855469) * v0_2.w;
                s0_3 += HVEC4(0.03845215, 0.018997192, 0.01626587, 0.5180664) * v0_3.x;
                s0_3 += HVEC4(-0.06744385, 0.32202148, 0.020202637, -0.1262207) * v0_3.y;
                s0_3 += HVEC4(-0.047454834, 0.19067383, -0.05883789, 0.17419434) * v0_3.z;
                s0_3 += HVEC4(-0.035003662, -0.24511719, -0.049957275, 0.42626953) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.38623047, 0.13745117, -0.081848145, 0.033721924) * v0_0.x;
                s0_2 += HVEC4(-0.14355469, -0.21948242, 0.18444824, 0.15649414) * v0_0.y;
                s0_2 += HVEC4(-0.08557129, 0.2685547, -0.2626953, 0.039520264) * v0_0.z;
                s0_2 += HVEC4(0.2548828, 0.045013428, 0.11682129, -0.3100586) * v0_0.w;
                s0_2 += HVEC4(-0.06201172, 0.08154297, -0.16394043, -0.06188965) * v0_1.x;
                s0_2 += HVEC4(0.06524658, 0.097473145, 0.3918457, -0.29125977) * v0_1.y;
                s0_2 += HVEC4(-0.15942383, 0.089538574, -0.21948242, 0.115600586) * v0_1.z;
                s0_2 += HVEC4(0.38354492, 0.14660645, -4.3359375, 0.3413086) * v0_1.w;
                s0_2 += HVEC4(-0.045410156, -0.025848389, 0.007347107, -0.0046653748) * v0_2.x;
                s0_2 += HVEC4(-0.062469482, -0.038513184, -0.103027344, -0.050872803) * v0_2.y;
                s0_2 += HVEC4(-0.22058105, 0.07940674, 0.2775879, -0.20715332) * v0_2.z;
                s0_2 += HVEC4(-0.20507812, 0.23999023, 0.0435791, -0.028961182) * v0_2.w;
                s0_2 += HVEC4(-0.007698059, -0.0063476562, 0.07495117, 0.060028076) * v0_3.x;
                s0_2 += HVEC4(-0.21923828, -0.1619873, 0.004463196, 0.17004395) * v0_3.y;
                s0_2 += HVEC4(0.18676758, -0.08770752, 0.08068848, -0.13452148) * v0_3.z;
                s0_2 += HVEC4(0.027679443, -0.37158203, 0.04928589, 0.20361328) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.24853516, 0.13342285, 0.04623413, -0.23828125) * v0_0.x;
                s0_3 += HVEC4(0.04626465, -0.042510986, 0.050354004, 0.22290039) * v0_0.y;
                s0_3 += HVEC4(0.19506836, -0.01335144, -0.08178711, 0.062927246) * v0_0.z;
                s0_3 += HVEC4(-0.38500977, 0.22949219, 0.09326172, 0.05517578) * v0_0.w;
                s0_3 += HVEC4(-0.061920166, -0.12841797, -0.07293701, -0.007572174) * v0_1.x;
                s0_3 += HVEC4(0.1081543, -0.16552734, 0.07269287, -0.022521973) * v0_1.y;
                s0_3 += HVEC4(-0.093322754, -0.87646484, -0.01878357, -0.14929199) * v0_1.z;
                s0_3 += HVEC4(-0.035858154, -0.57470703, -0.024856567, -0.17626953) * v0_1.w;
                s0_3 += HVEC4(0.1817627, 0.22692871, -0.043121338, -0.035003662) * v0_2.x;
                s0_3 += HVEC4(0.05441284, 0.053466797, -0.042175293, 0.059417725) * v0_2.y;
                s0_3 += HVEC4(0.066101074, -0.06286621, 0.09631348, 0.04510498) * v0_2.z;
                s0_3 += HVEC4(0.0259552, 0.08227539, -0.05078125, 0.043823242) * v0_2.w;
                s0_3 += HVEC4(-0.1003418, 0.013694763, 0.054260254, -0.013999939) * v0_3.x;
                s0_3 += HVEC4(-0.09106445, -0.24414062, -0.03475952, -0.25512695) * v0_3.y;
                s0_3 += HVEC4(0.13049316, 0.04840088, 0.08483887, -0.01586914) * v0_3.z;
                s0_3 += HVEC4(-0.7626953, 0.075927734, 0.058013916, -0.25976562) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.22680664, -0.19006348, 0.22155762, -0.30029297) * v0_0.x;
                s0_2 += HVEC4(-0.023620605, -0.11383057, 0.12695312, 0.4494629) * v0_0.y;
                s0_2 += HVEC4(0.26391602, 0.025299072, -0.06652832, 0.036743164) * v0_0.z;
                s0_2 += HVEC4(-0.23876953, 0.0340271, 0.016143799, -0.020858765) * v0_0.w;
                s0_2 += HVEC4(0.0927124, -0.15490723, -0.012702942, -0.11798096) * v0_1.x;
                s0_2 += HVEC4(0.07434082, -7.879734e-05, -0.058288574, -0.18823242) * v0_1.y;
                s0_2 += HVEC4(-0.06317139, -0.037353516, -0.11126709, -0.0099105835) * v0_1.z;
                s0_2 += HVEC4(-0.011070251, -0.005329132, 0.022659302, 0.06335449) * v0_1.w;
                s0_2 += HVEC4(0.2607422, 0.013542175, 0.0637207, -0.05126953) * v0_2.x;
                s0_2 += HVEC4(-0.110961914, 0.0395813, 0.56884766, 0.08483887) * v0_2.y;
                s0_2 += HVEC4(-0.11590576, 0.068481445, 0.12597656, -0.095458984) * v0_2.z;
                s0_2 += HVEC4(-0.13061523, 0.07385254, 0.014907837, 0.078063965) * v0_2.w;
                s0_2 += HVEC4(0.2890625, -0.18579102, -0.1998291, 0.004760742) * v0_3.x;
                s0_2 += HVEC4(-0.040008545, 0.013626099, 0.14587402, -0.18762207) * v0_3.y;
                s0_2 += HVEC4(0.1373291, -0.099609375, 0.084472656, 0.059814453) * v0_3.z;
                s0_2 += HVEC4(0.121154785, 0.044433594, -0.036071777, 0.009010315) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.1665039, -0.9838867, -0.20654297, -0.7636719) * v0_0.x;
                s0_3 += HVEC4(-0.043884277, -0.4453125, -0.019561768, 0.0836792) * v0_0.y;
                s0_3 += HVEC4(-0.008522034, -3.1230469, -0.08239746, 0.15856934) * v0_0.z;
                s0_3 += HVEC4(0.057617188, 0.21350098, 0.04812622, 0.13085938) * v0_0.w;
                s0_3 += HVEC4(-0.025390625, 0.49853516, -0.07556152, 0.025756836) * v0_1.x;
                s0_3 += HVEC4(0.0025615692, -0.37548828, -0.02809143, 0.030593872) * v0_1.y;
                s0_3 += HVEC4(0.00491333, 0.15893555, 0.08068848, -0.0892334) * v0_1.z;
                s0_3 += HVEC4(0.036743164, -0.2824707, 0.03137207, 0.03161621) * v0_1.w;
                s0_3 += HVEC4(-0.031982422, 0.0129852295, -0.0848999, -0.026733398) * v0_2.x;
                s0_3 += HVEC4(-0.0078086853, -0.13354492, 0.06060791, 0.060760498) * v0_2.y;
                s0_3 += HVEC4(-0.010848999, 0.46655273, 0.06488037, -0.02319336) * v0_2.z;
                s0_3 += HVEC4(-0.046173096, -0.0072631836, 0.070495605, -0.0035190582) * v0_2.w;
                s0_3 += HVEC4(0.05303955, 0.34570312, -0.028808594, -0.021224976) * v0_3.x;
                s0_3 += HVEC4(-0.02999878, 0.26904297, -0.037139893, -0.093444824) * v0_3.y;
                s0_3 += HVEC4(-0.0061149597, 0.46655273, 0.060699463, 0.042297363) * v0_3.z;
                s0_3 += HVEC4(-0.022201538, -0.02267456, 0.011512756, 0.07366943) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.35375977, 1.4716797, -0.39453125, 0.012878418) * v0_0.x;
                s0_2 += HVEC4(-0.22790527, 0.013504028, -0.023529053, 0.4038086) * v0_0.y;
                s0_2 += HVEC4(-0.12805176, -0.35253906, 1.2148438, -0.27954102) * v0_0.z;
                s0_2 += HVEC4(0.09863281, -0.31713867, -0.38256836, -0.46264648) * v0_0.w;
                s0_2 += HVEC4(0.091674805, 0.19433594, 0.37548828, -0.046295166) * v0_1.x;
                s0_2 += HVEC4(0.009536743, 0.06652832, 0.21154785, -0.515625) * v0_1.y;
                s0_2 += HVEC4(-0.03250122, 0.1418457, -1.8398438, 0.3173828) * v0_1.z;
                s0_2 += HVEC4(-0.09338379, -0.10760498, -0.15258789, 0.32739258) * v0_1.w;
                s0_2 += HVEC4(-0.12780762, 0.2614746, 0.24206543, -0.18066406) * v0_2.x;
                s0_2 += HVEC4(-0.32006836, 0.08905029, -0.4152832, -0.21435547) * v0_2.y;
                s0_2 += HVEC4(-0.0011692047, 0.16186523, 0.12261963, -0.45214844) * v0_2.z;
                s0_2 += HVEC4(-0.5258789, 0.107299805, 0.19055176, 0.089904785) * v0_2.w;
                s0_2 += HVEC4(0.07476807, -0.24401855, 0.58447266, 0.010108948) * v0_3.x;
                s0_2 += HVEC4(0.068603516, 0.10614014, 0.20751953, -0.078186035) * v0_3.y;
                s0_2 += HVEC4(0.06567383, -0.05618286, 0.43359375, -0.18347168) * v0_3.z;
                s0_2 += HVEC4(0.06488037, 0.088378906, -2.5449219, -0.03277588) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.16027832, -0.82714844, 0.20593262, 0.81933594) * v0_0.x;
                s0_3 += HVEC4(0.078186035, -0.8911133, 0.08294678, 0.28125) * v0_0.y;
                s0_3 += HVEC4(-0.024169922, -3.1035156, 0.06524658, -0.1697998) * v0_0.z;
                s0_3 += HVEC4(-0.008094788, 0.17883301, -0.021606445, -0.032043457) * v0_0.w;
                s0_3 += HVEC4(0.23547363, -1.2197266, -0.025344849, 0.21313477) * v0_1.x;
                s0_3 += HVEC4(-0.095581055, -0.8598633, 0.03488159, -0.015556335) * v0_1.y;
                s0_3 += HVEC4(0.058380127, 0.3864746, -0.05328369, -0.055236816) * v0_1.z;
                s0_3 += HVEC4(-0.007129669, -1.8222656, 0.020584106, 0.017227173) * v0_1.w;
                s0_3 += HVEC4(-0.018875122, -0.55078125, 0.07928467, 0.0028133392) * v0_2.x;
                s0_3 += HVEC4(0.11175537, -0.7324219, 0.0138549805, 0.11102295) * v0_2.y;
                s0_3 += HVEC4(0.008460999, 0.12219238, 0.025375366, -0.14819336) * v0_2.z;
                s0_3 += HVEC4(-0.009155273, -0.5058594, 0.28442383, -0.09838867) * v0_2.w;
                s0_3 += HVEC4(-0.022994995, 1.1269531, -0.0045204163, 0.22399902) * v0_3.x;
                s0_3 += HVEC4(0.00028204918, -0.82177734, -0.088134766, -0.10095215) * v0_3.y;
                s0_3 += HVEC4(0.052337646, -0.49438477, 0.014251709, 0.057037354) * v0_3.z;
                s0_3 += HVEC4(-0.053222656, -1.9384766, 0.044433594, 0.10760498) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(-0.0069618225, -0.38305664, -0.023803711, -0.032226562) * v0_0.x;
                s0_2 += HVEC4(0.10809326, -0.20739746, 0.2097168, 0.23095703) * v0_0.y;
                s0_2 += HVEC4(-0.05239868, 0.12597656, 0.20251465, 0.14489746) * v0_0.z;
                s0_2 += HVEC4(0.13916016, 0.018585205, -0.062805176, -0.2265625) * v0_0.w;
                s0_2 += HVEC4(0.025268555, 0.0848999, -0.14416504, -0.0574646) * v0_1.x;
                s0_2 += HVEC4(0.089782715, -0.03564453, -2.2441406, -0.44726562) * v0_1.y;
                s0_2 += HVEC4(-0.12963867, 0.009223938, 0.10546875, 0.11035156) * v0_1.z;
                s0_2 += HVEC4(-0.11584473, -0.09979248, 0.12768555, 0.31640625) * v0_1.w;
                s0_2 += HVEC4(-0.09820557, -0.04574585, -0.009849548, 0.14953613) * v0_2.x;
                s0_2 += HVEC4(0.06210327, -0.066589355, 0.2631836, 0.088378906) * v0_2.y;
                s0_2 += HVEC4(0.092163086, 0.119506836, -0.012802124, -0.31811523) * v0_2.z;
                s0_2 += HVEC4(-0.46362305, 0.10650635, -0.05618286, 0.095458984) * v0_2.w;
                s0_2 += HVEC4(-0.016082764, 0.04901123, -0.08404541, -0.0099487305) * v0_3.x;
                s0_2 += HVEC4(-0.13085938, -0.026519775, 0.22924805, 0.109069824) * v0_3.y;
                s0_2 += HVEC4(0.19128418, -0.0657959, 0.059570312, -0.111816406) * v0_3.z;
                s0_2 += HVEC4(0.21923828, -0.0446167, 0.007980347, -0.08062744) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.30419922, -0.040374756, -0.30200195, 0.14794922) * v0_0.x;
                s0_3 += HVEC4(0.08117676, -0.59375, -0.028564453, 0.31103516) * v0_0.y;
                s0_3 += HVEC4(0.074157715, -2.6523438, 0.13586426, -0.14660645) * v0_0.z;
                s0_3 += HVEC4(-0.1328125, 0.34448242, -0.08544922, 0.107910156) * v0_0.w;
                s0_3 += HVEC4(0.0803833, -0.091552734, 0.029525757, 0.033721924) * v0_1.x;
                s0_3 += HVEC4(-0.07208252, 0.29370117, -0.0579834, 0.013000488) * v0_1.y;
                s0_3 += HVEC4(0.0524292, -1.7490234, 0.052886963, 0.008094788) * v0_1.z;
                s0_3 += HVEC4(-0.028411865, -2.4882812, 0.0058021545, 0.025512695) * v0_1.w;
                s0_3 += HVEC4(0.06640625, -0.3791504, 0.07763672, -0.0859375) * v0_2.x;
                s0_3 += HVEC4(0.056915283, -0.2006836, 0.05886841, 0.012290955) * v0_2.y;
                s0_3 += HVEC4(0.076293945, 0.86816406, -0.07293701, -0.17272949) * v0_2.z;
                s0_3 += HVEC4(-0.019851685, -0.8569336, 0.064941406, -0.13012695) * v0_2.w;
                s0_3 += HVEC4(0.053009033, 0.40429688, -0.012619019, 0.0026416779) * v0_3.x;
                s0_3 += HVEC4(0.1274414, 0.3791504, 0.022277832, -0.16235352) * v0_3.y;
                s0_3 += HVEC4(-0.021194458, -0.23583984, 0.013015747, 0.055023193) * v0_3.z;
                s0_3 += HVEC4(-0.06427002, -2.3027344, 0.092041016, 0.034973145) * v0_3.w;
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

//!DESC ArtCNN_C4F16 compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L2
//!SAVE ArtCNN_C4F16_L3
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L2_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L2_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L2_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L2_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(0.014308364, -0.031445663, -0.01849288, -0.004246903);
            vec4 a0_1 = vec4(-0.021231862, 0.018275987, 0.004760984, 0.033462685);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(-0.025314331, -0.4074707, 0.3708496, 0.17919922) * v0_0.x;
                s0_0 += HVEC4(0.1517334, 0.099975586, 0.032104492, -0.025421143) * v0_0.y;
                s0_0 += HVEC4(-0.007209778, -0.04421997, -0.14147949, 0.021514893) * v0_0.z;
                s0_0 += HVEC4(0.07470703, 0.06695557, 0.08972168, 0.01626587) * v0_0.w;
                s0_0 += HVEC4(-0.034576416, 0.0513916, 0.024536133, 0.09661865) * v0_1.x;
                s0_0 += HVEC4(0.21472168, -0.14367676, 0.09100342, 0.06439209) * v0_1.y;
                s0_0 += HVEC4(-0.07788086, 0.023101807, -0.08526611, -0.06896973) * v0_1.z;
                s0_0 += HVEC4(-0.076171875, 0.18591309, 0.05105591, 0.03591919) * v0_1.w;
                s0_0 += HVEC4(0.07159424, -0.09631348, 0.0501709, -0.08050537) * v0_2.x;
                s0_0 += HVEC4(-0.0025348663, 0.16479492, -0.10638428, 0.083862305) * v0_2.y;
                s0_0 += HVEC4(0.1274414, 0.20422363, 0.29418945, -0.037017822) * v0_2.z;
                s0_0 += HVEC4(-0.26000977, -0.14855957, 0.20275879, 0.31176758) * v0_2.w;
                s0_0 += HVEC4(0.002008438, -0.59472656, 0.13000488, 0.27612305) * v0_3.x;
                s0_0 += HVEC4(0.5107422, -0.1940918, 0.124572754, 0.27368164) * v0_3.y;
                s0_0 += HVEC4(-0.00015592575, 0.08239746, 0.060943604, -0.013420105) * v0_3.z;
                s0_0 += HVEC4(-0.13049316, -0.26098633, -0.00617218, 0.057617188) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.32348633, -0.016815186, -0.0579834, -0.07312012) * v0_0.x;
                s0_1 += HVEC4(-0.062805176, 0.012611389, 0.016723633, 0.119140625) * v0_0.y;
                s0_1 += HVEC4(0.05496216, -0.024871826, -0.007610321, -0.1116333) * v0_0.z;
                s0_1 += HVEC4(0.045806885, 0.009689331, 0.021316528, -0.08099365) * v0_0.w;
                s0_1 += HVEC4(0.061523438, 0.060791016, 0.017196655, 0.22009277) * v0_1.x;
                s0_1 += HVEC4(-0.016021729, 0.03527832, -0.0006866455, -0.18139648) * v0_1.y;
                s0_1 += HVEC4(-0.0058670044, 0.042907715, 0.0014076233, 0.13171387) * v0_1.z;
                s0_1 += HVEC4(-0.0016622543, 0.09082031, -0.031677246, -0.29882812) * v0_1.w;
                s0_1 += HVEC4(-0.07946777, 0.032989502, -0.04333496, -0.4934082) * v0_2.x;
                s0_1 += HVEC4(0.06402588, 0.027008057, -0.017181396, -0.02619934) * v0_2.y;
                s0_1 += HVEC4(0.2084961, -0.17382812, -0.1459961, -0.34228516) * v0_2.z;
                s0_1 += HVEC4(-0.028839111, 0.14440918, 0.017303467, 0.16113281) * v0_2.w;
                s0_1 += HVEC4(-0.12475586, 0.07409668, -0.077941895, -0.7133789) * v0_3.x;
                s0_1 += HVEC4(0.34570312, 0.01878357, -0.064697266, -2.4335938) * v0_3.y;
                s0_1 += HVEC4(-0.054534912, 0.040405273, -0.008636475, 0.0026817322) * v0_3.z;
                s0_1 += HVEC4(-0.002626419, -0.119018555, 0.019714355, 0.19567871) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.47851562, -0.44970703, 0.16027832, -0.11273193) * v0_0.x;
                s0_0 += HVEC4(0.098083496, -0.16345215, -0.10913086, -0.057525635) * v0_0.y;
                s0_0 += HVEC4(-0.07067871, 0.046173096, -0.3869629, 0.076416016) * v0_0.z;
                s0_0 += HVEC4(0.0021820068, -0.29467773, 0.120666504, -0.15075684) * v0_0.w;
                s0_0 += HVEC4(0.14245605, -0.123291016, 0.26879883, 0.027862549) * v0_1.x;
                s0_0 += HVEC4(-0.19177246, -0.30249023, 0.21069336, -0.22106934) * v0_1.y;
                s0_0 += HVEC4(0.039245605, 0.32104492, -0.19555664, 0.041931152) * v0_1.z;
                s0_0 += HVEC4(-0.08166504, 0.042266846, 0.43115234, -0.17602539) * v0_1.w;
                s0_0 += HVEC4(-0.050750732, -0.13745117, 0.15600586, -0.053375244) * v0_2.x;
                s0_0 += HVEC4(-0.066223145, -0.16833496, 0.08178711, -0.017913818) * v0_2.y;
                s0_0 += HVEC4(-0.41381836, -0.52685547, -1.0830078, 0.22619629) * v0_2.z;
                s0_0 += HVEC4(0.12756348, -0.1439209, -0.22363281, -0.5097656) * v0_2.w;
                s0_0 += HVEC4(0.22814941, -0.16821289, 0.12646484, -0.06750488) * v0_3.x;
                s0_0 += HVEC4(0.6928711, 0.06585693, 0.21520996, -0.0030937195) * v0_3.y;
                s0_0 += HVEC4(0.03527832, 0.07354736, 0.2088623, -0.12878418) * v0_3.z;
                s0_0 += HVEC4(0.0069236755, -0.3720703, -0.036987305, 0.20825195) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.16003418, -0.03152466, 0.012702942, 0.01689148) * v0_0.x;
                s0_1 += HVEC4(0.111328125, -0.06298828, 0.0005173683, -0.3425293) * v0_0.y;
                s0_1 += HVEC4(-0.004173279, -6.663799e-05, -0.012992859, 0.0059661865) * v0_0.z;
                s0_1 += HVEC4(-0.0602417, 0.0031833649, 0.02104187, -0.1194458) * v0_0.w;
                s0_1 += HVEC4(-0.15649414, 0.0058135986, -0.0345459, -0.08770752) * v0_1.x;
                s0_1 += HVEC4(-0.0009918213, -1.4781952e-05, 0.00055933, 0.23693848) * v0_1.y;
                s0_1 += HVEC4(-0.15454102, 0.06695557, -0.014190674, 0.055908203) * v0_1.z;
                s0_1 += HVEC4(-0.19763184, 0.04675293, 0.033599854, -0.6357422) * v0_1.w;
                s0_1 += HVEC4(0.13623047, 0.004940033, -0.05456543, 0.0368042) * v0_2.x;
                s0_1 += HVEC4(0.029846191, -0.041168213, -0.011154175, -0.10626221) * v0_2.y;
                s0_1 += HVEC4(0.48120117, -0.15612793, 0.1315918, -0.38452148) * v0_2.z;
                s0_1 += HVEC4(0.09643555, -0.077819824, 0.0041656494, -0.54052734) * v0_2.w;
                s0_1 += HVEC4(0.18884277, 0.020965576, -0.018203735, -0.032440186) * v0_3.x;
                s0_1 += HVEC4(-0.15905762, 0.47705078, -0.49902344, -1.4130859) * v0_3.y;
                s0_1 += HVEC4(-0.084228516, 0.088378906, 0.028900146, 0.10473633) * v0_3.z;
                s0_1 += HVEC4(0.2993164, -0.083740234, 0.01574707, -0.13317871) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(-0.30078125, 0.0072746277, -0.07775879, 0.07562256) * v0_0.x;
                s0_0 += HVEC4(0.07476807, -0.030883789, 0.017959595, 0.03048706) * v0_0.y;
                s0_0 += HVEC4(-0.07537842, -0.006072998, -0.105773926, -0.041870117) * v0_0.z;
                s0_0 += HVEC4(-0.02935791, 0.0019550323, 0.0033950806, -0.042938232) * v0_0.w;
                s0_0 += HVEC4(0.072387695, -0.019332886, 0.014656067, 0.0103302) * v0_1.x;
                s0_0 += HVEC4(-0.0033092499, 0.00497818, 0.005619049, 0.050323486) * v0_1.y;
                s0_0 += HVEC4(0.09515381, 0.11871338, -0.089660645, 0.06640625) * v0_1.z;
                s0_0 += HVEC4(0.008766174, 0.020065308, -0.054260254, -0.026367188) * v0_1.w;
                s0_0 += HVEC4(-0.109558105, -0.2467041, 0.15490723, -0.11090088) * v0_2.x;
                s0_0 += HVEC4(-0.027862549, 0.0335083, 0.095214844, -0.107299805) * v0_2.y;
                s0_0 += HVEC4(-0.45336914, 0.0021152496, -0.11706543, -0.2841797) * v0_2.z;
                s0_0 += HVEC4(-0.15185547, -0.030792236, 0.18310547, -0.2607422) * v0_2.w;
                s0_0 += HVEC4(0.04977417, -0.17810059, 0.054748535, 0.0031776428) * v0_3.x;
                s0_0 += HVEC4(0.4428711, -0.21411133, 0.25952148, -0.7739258) * v0_3.y;
                s0_0 += HVEC4(0.03338623, 0.021957397, -0.022109985, -0.0067367554) * v0_3.z;
                s0_0 += HVEC4(0.13415527, -0.11798096, -0.031799316, 0.117126465) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.027893066, -0.00062704086, -0.01637268, -2.270937e-05) * v0_0.x;
                s0_1 += HVEC4(0.25024414, -0.007827759, 0.021713257, -0.5678711) * v0_0.y;
                s0_1 += HVEC4(-0.053955078, -0.024810791, 0.045288086, -0.13232422) * v0_0.z;
                s0_1 += HVEC4(0.07678223, 0.06604004, -0.03201294, 0.1083374) * v0_0.w;
                s0_1 += HVEC4(0.07092285, 0.00023818016, 0.0065956116, -0.055847168) * v0_1.x;
                s0_1 += HVEC4(0.07672119, -0.062286377, 0.014953613, -0.002128601) * v0_1.y;
                s0_1 += HVEC4(-0.12426758, 0.016937256, -0.009628296, -0.02204895) * v0_1.z;
                s0_1 += HVEC4(-0.06970215, -0.02911377, 0.04916382, -0.39111328) * v0_1.w;
                s0_1 += HVEC4(0.22644043, -0.0008468628, 0.017959595, -0.018035889) * v0_2.x;
                s0_1 += HVEC4(-0.015312195, 0.0140686035, 0.015365601, 0.100097656) * v0_2.y;
                s0_1 += HVEC4(0.0146484375, 0.01889038, -0.008666992, 0.105773926) * v0_2.z;
                s0_1 += HVEC4(-0.24157715, -0.061828613, -0.0048179626, 0.5097656) * v0_2.w;
                s0_1 += HVEC4(0.00032162666, -0.02204895, -0.015426636, 0.08343506) * v0_3.x;
                s0_1 += HVEC4(-0.2130127, 0.26489258, -0.16430664, -1.125) * v0_3.y;
                s0_1 += HVEC4(-0.08581543, 0.020339966, -0.0046157837, 0.101135254) * v0_3.z;
                s0_1 += HVEC4(-0.013168335, -0.078186035, -0.0045700073, 0.04852295) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.055389404, 0.11834717, -0.21008301, -0.06713867) * v0_0.x;
                s0_0 += HVEC4(0.037750244, 0.11126709, -0.21520996, 0.35864258) * v0_0.y;
                s0_0 += HVEC4(0.09039307, -0.13208008, -0.023986816, 0.03591919) * v0_0.z;
                s0_0 += HVEC4(-0.113708496, -0.10107422, -0.026794434, 0.17419434) * v0_0.w;
                s0_0 += HVEC4(0.12109375, -0.08880615, 0.2019043, -0.013877869) * v0_1.x;
                s0_0 += HVEC4(-0.41479492, -0.1484375, 0.07385254, -0.04534912) * v0_1.y;
                s0_0 += HVEC4(0.04208374, 0.059173584, -0.012550354, -0.23522949) * v0_1.z;
                s0_0 += HVEC4(-0.12646484, 0.26782227, -0.20800781, -0.03942871) * v0_1.w;
                s0_0 += HVEC4(-0.0028705597, 0.06060791, -0.056762695, -0.03692627) * v0_2.x;
                s0_0 += HVEC4(-0.28833008, 0.012138367, -0.123168945, 0.10296631) * v0_2.y;
                s0_0 += HVEC4(0.23376465, 0.049743652, -0.07092285, -0.017150879) * v0_2.z;
                s0_0 += HVEC4(-0.018966675, 0.1616211, 0.027313232, -0.008934021) * v0_2.w;
                s0_0 += HVEC4(-0.18530273, 0.35205078, 0.11651611, -0.39794922) * v0_3.x;
                s0_0 += HVEC4(0.085510254, -0.0079422, 0.20751953, -0.09185791) * v0_3.y;
                s0_0 += HVEC4(-0.15112305, -0.0234375, -0.12200928, 0.07019043) * v0_3.z;
                s0_0 += HVEC4(0.2619629, 0.2199707, 0.21594238, -0.13684082) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.3635254, 0.021942139, -0.18371582, 0.028656006) * v0_0.x;
                s0_1 += HVEC4(0.1496582, 0.02784729, 0.072021484, 0.39892578) * v0_0.y;
                s0_1 += HVEC4(-0.060272217, 0.02545166, -0.0016927719, 0.060516357) * v0_0.z;
                s0_1 += HVEC4(-0.030944824, 0.11627197, -0.02758789, 0.07757568) * v0_0.w;
                s0_1 += HVEC4(0.049072266, 0.06518555, 0.04135132, 0.18310547) * v0_1.x;
                s0_1 += HVEC4(0.06365967, -0.036346436, -0.08276367, -0.049072266) * v0_1.y;
                s0_1 += HVEC4(-0.036010742, 0.13354492, 0.07562256, 0.09301758) * v0_1.z;
                s0_1 += HVEC4(0.09832764, -0.111328125, -0.116882324, -0.30517578) * v0_1.w;
                s0_1 += HVEC4(0.04989624, 0.07775879, -0.079833984, -0.23522949) * v0_2.x;
                s0_1 += HVEC4(0.010772705, -0.018188477, -0.03277588, -0.18579102) * v0_2.y;
                s0_1 += HVEC4(-0.2397461, -0.052703857, -0.35839844, 0.13122559) * v0_2.z;
                s0_1 += HVEC4(0.013473511, -0.043914795, 0.032073975, -0.27441406) * v0_2.w;
                s0_1 += HVEC4(-0.5107422, -0.017745972, -0.30029297, -1.2568359) * v0_3.x;
                s0_1 += HVEC4(-0.022369385, 0.025863647, 0.35473633, -0.11291504) * v0_3.y;
                s0_1 += HVEC4(0.015853882, -0.15783691, 0.004966736, -0.105651855) * v0_3.z;
                s0_1 += HVEC4(-0.09289551, -0.0927124, 0.023391724, -0.15942383) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.19140625, 0.25976562, -0.3564453, -0.13952637) * v0_0.x;
                s0_0 += HVEC4(-0.022140503, -0.12335205, 0.12976074, -0.06713867) * v0_0.y;
                s0_0 += HVEC4(-0.22619629, -0.017349243, 0.31567383, -0.07952881) * v0_0.z;
                s0_0 += HVEC4(0.06951904, 0.3503418, 0.3310547, -0.4189453) * v0_0.w;
                s0_0 += HVEC4(-0.23779297, -0.44995117, -0.28955078, -0.11138916) * v0_1.x;
                s0_0 += HVEC4(-0.41308594, -0.17480469, -0.11773682, 0.042266846) * v0_1.y;
                s0_0 += HVEC4(0.4404297, -0.04095459, -0.0769043, 0.15722656) * v0_1.z;
                s0_0 += HVEC4(-0.14611816, 0.56103516, -0.017074585, -0.26586914) * v0_1.w;
                s0_0 += HVEC4(0.025680542, 0.059570312, -0.20739746, 0.18493652) * v0_2.x;
                s0_0 += HVEC4(-0.3239746, 0.1784668, -0.08648682, 0.14013672) * v0_2.y;
                s0_0 += HVEC4(-0.6611328, 0.11846924, -0.06149292, 0.13427734) * v0_2.z;
                s0_0 += HVEC4(-0.005783081, -0.15429688, -0.26391602, 0.054534912) * v0_2.w;
                s0_0 += HVEC4(-0.44702148, 0.19177246, 0.1706543, 0.18041992) * v0_3.x;
                s0_0 += HVEC4(-0.1303711, -0.1026001, -0.16003418, 0.03741455) * v0_3.y;
                s0_0 += HVEC4(0.11706543, -0.17248535, -0.13293457, 0.05291748) * v0_3.z;
                s0_0 += HVEC4(-0.4416504, -0.13415527, -0.23059082, 0.05456543) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.23278809, 0.14025879, 0.062347412, -0.12310791) * v0_0.x;
                s0_1 += HVEC4(-0.19433594, -0.0814209, -0.061553955, -0.45825195) * v0_0.y;
                s0_1 += HVEC4(-0.03793335, 0.39794922, 0.073913574, -0.08874512) * v0_0.z;
                s0_1 += HVEC4(0.15808105, 0.30932617, -0.10168457, -0.07849121) * v0_0.w;
                s0_1 += HVEC4(-0.047180176, 0.1227417, -0.003396988, 0.08129883) * v0_1.x;
                s0_1 += HVEC4(0.15185547, 0.02670288, 0.033569336, -0.51171875) * v0_1.y;
                s0_1 += HVEC4(-0.18933105, 0.0947876, 0.018417358, 0.27856445) * v0_1.z;
                s0_1 += HVEC4(0.43359375, 0.3828125, 0.056427002, 0.0925293) * v0_1.w;
                s0_1 += HVEC4(-0.19934082, -0.053710938, -0.07611084, -0.13415527) * v0_2.x;
                s0_1 += HVEC4(-0.0869751, -0.19921875, -0.0026187897, -0.49121094) * v0_2.y;
                s0_1 += HVEC4(-0.50927734, 0.10992432, 0.1730957, -0.4375) * v0_2.z;
                s0_1 += HVEC4(-0.29345703, -0.011497498, -0.10974121, 0.4501953) * v0_2.w;
                s0_1 += HVEC4(0.109558105, 0.1307373, -0.05380249, -0.25830078) * v0_3.x;
                s0_1 += HVEC4(-0.00032162666, 0.095947266, 0.57177734, 0.19299316) * v0_3.y;
                s0_1 += HVEC4(0.3618164, -0.3244629, 0.07696533, -0.12207031) * v0_3.z;
                s0_1 += HVEC4(-0.30932617, -0.013412476, 0.11791992, -0.37329102) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.07861328, -0.011947632, -0.068725586, 0.06524658) * v0_0.x;
                s0_0 += HVEC4(-0.23120117, -0.07879639, 0.3076172, -0.15600586) * v0_0.y;
                s0_0 += HVEC4(-0.05154419, -0.15930176, 0.008895874, -0.032836914) * v0_0.z;
                s0_0 += HVEC4(-0.042297363, 0.19567871, -0.056243896, 0.2529297) * v0_0.w;
                s0_0 += HVEC4(0.13513184, -0.19519043, -0.033416748, 0.15649414) * v0_1.x;
                s0_0 += HVEC4(0.014099121, -0.1472168, 0.022659302, -0.16784668) * v0_1.y;
                s0_0 += HVEC4(0.18981934, 0.055389404, 0.011528015, 0.16992188) * v0_1.z;
                s0_0 += HVEC4(0.25439453, 0.021057129, 0.07171631, 0.1385498) * v0_1.w;
                s0_0 += HVEC4(-0.015022278, -0.19946289, -0.2722168, -0.28588867) * v0_2.x;
                s0_0 += HVEC4(0.11065674, 0.10797119, 0.057006836, -0.0947876) * v0_2.y;
                s0_0 += HVEC4(0.055267334, 0.1274414, 0.11645508, -0.17919922) * v0_2.z;
                s0_0 += HVEC4(0.12731934, -0.001203537, 0.32495117, 0.08093262) * v0_2.w;
                s0_0 += HVEC4(-0.12890625, 0.06335449, 0.03414917, -0.12145996) * v0_3.x;
                s0_0 += HVEC4(-0.0046920776, 0.049072266, 0.27954102, 0.060577393) * v0_3.y;
                s0_0 += HVEC4(-0.036376953, 0.107055664, 0.05529785, -0.089538574) * v0_3.z;
                s0_0 += HVEC4(0.051635742, 0.0009431839, 0.061553955, -0.0014286041) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.023086548, -0.024765015, 0.008148193, 0.02381897) * v0_0.x;
                s0_1 += HVEC4(-0.15808105, 0.03967285, -0.016815186, -0.07147217) * v0_0.y;
                s0_1 += HVEC4(-0.2055664, 0.023651123, 0.0007519722, 0.14416504) * v0_0.z;
                s0_1 += HVEC4(0.14685059, -0.046203613, -0.00806427, -0.36108398) * v0_0.w;
                s0_1 += HVEC4(0.06390381, -0.032836914, -0.0015354156, 0.08770752) * v0_1.x;
                s0_1 += HVEC4(0.081848145, -0.008857727, 0.0067329407, -0.004722595) * v0_1.y;
                s0_1 += HVEC4(-0.0030517578, 0.0014219284, -0.049804688, 0.17150879) * v0_1.z;
                s0_1 += HVEC4(0.0034160614, 0.044921875, 0.03265381, -2.0058594) * v0_1.w;
                s0_1 += HVEC4(-0.21166992, 0.025466919, 0.05505371, -0.18713379) * v0_2.x;
                s0_1 += HVEC4(0.26245117, 0.015350342, -0.006504059, -0.15979004) * v0_2.y;
                s0_1 += HVEC4(-0.06561279, -0.025772095, -0.016586304, 0.31201172) * v0_2.z;
                s0_1 += HVEC4(0.08282471, -0.00459671, -0.13696289, -0.097961426) * v0_2.w;
                s0_1 += HVEC4(0.097473145, 0.11035156, 0.02671814, -0.20239258) * v0_3.x;
                s0_1 += HVEC4(-0.03152466, 0.046691895, 0.13134766, 0.13586426) * v0_3.y;
                s0_1 += HVEC4(0.0039787292, 0.023422241, -0.06188965, 0.09851074) * v0_3.z;
                s0_1 += HVEC4(0.021255493, -0.027038574, -0.0010766983, 0.1751709) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.009292603, -0.0029087067, -0.23034668, 0.011116028) * v0_0.x;
                s0_0 += HVEC4(-0.11065674, -0.15600586, 0.26782227, 0.19274902) * v0_0.y;
                s0_0 += HVEC4(-0.03173828, -0.032287598, 0.01108551, -0.05331421) * v0_0.z;
                s0_0 += HVEC4(-0.22351074, 0.08081055, -0.020645142, 0.08239746) * v0_0.w;
                s0_0 += HVEC4(0.12109375, 0.06488037, -0.054870605, 0.013366699) * v0_1.x;
                s0_0 += HVEC4(-0.26171875, 0.008407593, -0.29174805, 0.09869385) * v0_1.y;
                s0_0 += HVEC4(0.30419922, -0.02468872, 0.09765625, -0.07366943) * v0_1.z;
                s0_0 += HVEC4(0.0032157898, -0.1784668, 0.113098145, 0.061767578) * v0_1.w;
                s0_0 += HVEC4(0.064086914, 0.030303955, -0.088256836, -0.0035972595) * v0_2.x;
                s0_0 += HVEC4(0.08392334, -0.009048462, 0.21447754, 0.04309082) * v0_2.y;
                s0_0 += HVEC4(0.1661377, -0.045898438, 0.10900879, 0.03982544) * v0_2.z;
                s0_0 += HVEC4(-0.061340332, -0.009559631, -0.023834229, 0.0028495789) * v0_2.w;
                s0_0 += HVEC4(-0.14916992, -0.45703125, -0.95751953, 0.26220703) * v0_3.x;
                s0_0 += HVEC4(0.03741455, -0.033935547, 0.11468506, -0.005783081) * v0_3.y;
                s0_0 += HVEC4(-0.08856201, 0.034301758, 0.032958984, -0.0050201416) * v0_3.z;
                s0_0 += HVEC4(0.0051345825, -0.12017822, -0.1875, -0.053375244) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.14208984, -0.09991455, -0.09429932, 0.13378906) * v0_0.x;
                s0_1 += HVEC4(-0.00667572, -0.009483337, 0.06744385, 0.30273438) * v0_0.y;
                s0_1 += HVEC4(-0.03262329, 0.03591919, 0.10089111, 0.02885437) * v0_0.z;
                s0_1 += HVEC4(-0.041107178, -0.055725098, -0.11706543, -0.24926758) * v0_0.w;
                s0_1 += HVEC4(-0.08959961, 0.1026001, 0.112854004, 0.19445801) * v0_1.x;
                s0_1 += HVEC4(-0.15820312, -0.022384644, -0.13256836, -0.1685791) * v0_1.y;
                s0_1 += HVEC4(0.16760254, 0.031066895, 0.15673828, 0.16516113) * v0_1.z;
                s0_1 += HVEC4(-0.06530762, -0.022750854, 0.034851074, 0.09887695) * v0_1.w;
                s0_1 += HVEC4(-0.0881958, 0.032073975, -0.068481445, -0.18676758) * v0_2.x;
                s0_1 += HVEC4(0.13439941, 0.060302734, -0.062286377, -0.12512207) * v0_2.y;
                s0_1 += HVEC4(0.0519104, -0.07141113, -0.14807129, 0.03717041) * v0_2.z;
                s0_1 += HVEC4(-0.0647583, -0.041625977, -0.07287598, -0.009941101) * v0_2.w;
                s0_1 += HVEC4(-0.9916992, -0.42749023, -0.62060547, 0.44677734) * v0_3.x;
                s0_1 += HVEC4(0.07354736, -0.083862305, -0.0335083, 0.22851562) * v0_3.y;
                s0_1 += HVEC4(0.026885986, -0.0028839111, -0.077941895, -0.1307373) * v0_3.z;
                s0_1 += HVEC4(-0.039642334, -0.055877686, -0.06121826, 0.15490723) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(-0.15124512, 0.022155762, -0.15783691, -0.025878906) * v0_0.x;
                s0_0 += HVEC4(0.15490723, 0.14941406, -0.034179688, 0.047698975) * v0_0.y;
                s0_0 += HVEC4(0.14819336, -0.010192871, 0.18554688, 0.030029297) * v0_0.z;
                s0_0 += HVEC4(0.024230957, 0.066711426, -0.2763672, -0.001490593) * v0_0.w;
                s0_0 += HVEC4(-0.07678223, 0.46679688, -0.17211914, -0.03161621) * v0_1.x;
                s0_0 += HVEC4(-0.38110352, 0.05606079, -0.25610352, -0.10058594) * v0_1.y;
                s0_0 += HVEC4(-0.12561035, -0.016204834, 0.37109375, 0.0007429123) * v0_1.z;
                s0_0 += HVEC4(0.10882568, -0.21508789, -0.21960449, -0.10803223) * v0_1.w;
                s0_0 += HVEC4(-0.15002441, 0.025131226, -0.10852051, -0.115600586) * v0_2.x;
                s0_0 += HVEC4(-0.18737793, 0.06854248, -0.06677246, -0.103881836) * v0_2.y;
                s0_0 += HVEC4(0.17443848, -0.022003174, -0.13513184, -0.014183044) * v0_2.z;
                s0_0 += HVEC4(-0.18115234, 0.0736084, 0.12359619, 0.11022949) * v0_2.w;
                s0_0 += HVEC4(0.08758545, -0.125, -0.33642578, 0.18347168) * v0_3.x;
                s0_0 += HVEC4(0.051757812, 0.04916382, -0.04977417, 0.0073547363) * v0_3.y;
                s0_0 += HVEC4(-0.037322998, -0.016143799, -0.12695312, 0.01448822) * v0_3.z;
                s0_0 += HVEC4(0.105163574, -0.3112793, -0.37890625, 0.07501221) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.03048706, 0.013946533, 0.008178711, -0.048217773) * v0_0.x;
                s0_1 += HVEC4(-0.02911377, 0.08319092, 0.012535095, -0.06677246) * v0_0.y;
                s0_1 += HVEC4(0.07220459, 0.047027588, 0.073913574, 0.02154541) * v0_0.z;
                s0_1 += HVEC4(-0.10235596, 0.045043945, -0.1685791, 0.19897461) * v0_0.w;
                s0_1 += HVEC4(-0.10949707, 0.013458252, -0.04916382, -0.15270996) * v0_1.x;
                s0_1 += HVEC4(-0.25830078, 0.060638428, -0.04107666, -0.15905762) * v0_1.y;
                s0_1 += HVEC4(0.47314453, -0.038391113, -0.004562378, 0.0008330345) * v0_1.z;
                s0_1 += HVEC4(0.008239746, -0.21289062, -0.18908691, 0.22436523) * v0_1.w;
                s0_1 += HVEC4(-0.13964844, -0.06021118, -0.088256836, -0.2697754) * v0_2.x;
                s0_1 += HVEC4(-0.09790039, -0.14855957, -0.08538818, 0.0072746277) * v0_2.y;
                s0_1 += HVEC4(0.032989502, -0.074645996, -0.030426025, 0.17285156) * v0_2.z;
                s0_1 += HVEC4(0.042633057, -0.11419678, -0.019577026, 0.2685547) * v0_2.w;
                s0_1 += HVEC4(-0.36547852, -0.16674805, 0.03656006, 0.16027832) * v0_3.x;
                s0_1 += HVEC4(0.025756836, 0.0758667, 0.14074707, -0.0019426346) * v0_3.y;
                s0_1 += HVEC4(-0.2232666, 0.10900879, 0.10699463, 0.007701874) * v0_3.z;
                s0_1 += HVEC4(-0.42382812, -0.04940796, 0.15197754, -0.117492676) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.117248535, -0.024276733, -0.09185791, -0.05911255) * v0_0.x;
                s0_0 += HVEC4(0.080444336, 0.22290039, 0.08227539, -0.08648682) * v0_0.y;
                s0_0 += HVEC4(0.077819824, 0.067993164, 0.109680176, 0.07208252) * v0_0.z;
                s0_0 += HVEC4(-0.10925293, -0.19543457, -0.20788574, -0.08770752) * v0_0.w;
                s0_0 += HVEC4(0.072021484, 0.08569336, 0.040771484, 0.024673462) * v0_1.x;
                s0_0 += HVEC4(0.11340332, 0.10424805, -0.014213562, -0.19763184) * v0_1.y;
                s0_0 += HVEC4(0.05783081, -0.18774414, 0.14172363, 0.122802734) * v0_1.z;
                s0_0 += HVEC4(-0.14733887, 0.099365234, 0.036895752, -0.06298828) * v0_1.w;
                s0_0 += HVEC4(-0.005191803, 0.044555664, -0.011070251, -0.018508911) * v0_2.x;
                s0_0 += HVEC4(-0.04650879, -0.009307861, -0.07611084, -0.099609375) * v0_2.y;
                s0_0 += HVEC4(-0.029220581, -0.09069824, -0.029129028, -0.08721924) * v0_2.z;
                s0_0 += HVEC4(-0.0049438477, 0.20922852, -0.051086426, -0.086364746) * v0_2.w;
                s0_0 += HVEC4(-0.02015686, 0.125, -0.12145996, -0.0009665489) * v0_3.x;
                s0_0 += HVEC4(0.08325195, -0.081726074, 0.050750732, 0.052642822) * v0_3.y;
                s0_0 += HVEC4(-0.007331848, 0.07788086, 0.11517334, -0.0016517639) * v0_3.z;
                s0_0 += HVEC4(-0.0037117004, 0.097961426, 0.061798096, 0.029144287) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.10333252, 0.035369873, 0.0033073425, 0.0032176971) * v0_0.x;
                s0_1 += HVEC4(0.049041748, 0.07104492, -0.10333252, 0.14453125) * v0_0.y;
                s0_1 += HVEC4(0.052734375, -0.014968872, -0.085876465, 0.116882324) * v0_0.z;
                s0_1 += HVEC4(-0.07745361, 0.036010742, 0.15393066, -0.22509766) * v0_0.w;
                s0_1 += HVEC4(-0.030456543, -0.020889282, 0.0692749, -0.02053833) * v0_1.x;
                s0_1 += HVEC4(-0.051361084, -0.028427124, 0.032409668, 0.27807617) * v0_1.y;
                s0_1 += HVEC4(0.09576416, 0.0018005371, -0.009597778, 0.24206543) * v0_1.z;
                s0_1 += HVEC4(0.0657959, 0.032409668, 0.15637207, -0.0625) * v0_1.w;
                s0_1 += HVEC4(-0.1026001, -0.011314392, 0.016937256, -0.13537598) * v0_2.x;
                s0_1 += HVEC4(0.0062942505, -0.05847168, 0.09472656, -0.17248535) * v0_2.y;
                s0_1 += HVEC4(0.06976318, -0.030380249, 0.0025253296, 0.27612305) * v0_2.z;
                s0_1 += HVEC4(-0.040039062, 0.0008249283, 0.099731445, -0.19958496) * v0_2.w;
                s0_1 += HVEC4(-0.0769043, -0.10192871, 0.023834229, -0.066467285) * v0_3.x;
                s0_1 += HVEC4(0.03366089, -0.024963379, -0.049621582, 0.05267334) * v0_3.y;
                s0_1 += HVEC4(0.14746094, 0.012939453, -0.064086914, -0.03778076) * v0_3.z;
                s0_1 += HVEC4(-0.018844604, 0.0395813, -0.02128601, -0.04486084) * v0_3.w;
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
            vec4 a0_2 = vec4(0.0017615217, 0.012336949, -0.022513494, 0.009208594);
            vec4 a0_3 = vec4(-0.0013368673, 0.0046511, 0.021403618, 0.012234549);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(-0.19787598, 0.08862305, 0.03289795, 0.018203735) * v0_0.x;
                s0_2 += HVEC4(-0.024291992, -0.008094788, 0.034423828, -0.036468506) * v0_0.y;
                s0_2 += HVEC4(-0.008781433, 0.08862305, -0.10650635, 0.030975342) * v0_0.z;
                s0_2 += HVEC4(0.016540527, -0.0022621155, 0.032440186, -0.017608643) * v0_0.w;
                s0_2 += HVEC4(0.045166016, -0.015449524, 0.030731201, -0.06402588) * v0_1.x;
                s0_2 += HVEC4(0.10253906, -0.010002136, 0.0024700165, -0.041412354) * v0_1.y;
                s0_2 += HVEC4(-0.074523926, 0.055664062, 0.017120361, 0.0005707741) * v0_1.z;
                s0_2 += HVEC4(0.076416016, -0.13696289, 0.04119873, -0.0970459) * v0_1.w;
                s0_2 += HVEC4(-0.027435303, -0.027862549, 0.11126709, -0.047790527) * v0_2.x;
                s0_2 += HVEC4(0.022964478, -0.010398865, -0.029449463, 0.07159424) * v0_2.y;
                s0_2 += HVEC4(-0.17944336, 0.32202148, -0.19311523, 0.06726074) * v0_2.z;
                s0_2 += HVEC4(0.16149902, -0.17944336, 0.13671875, 0.03225708) * v0_2.w;
                s0_2 += HVEC4(0.00025200844, 0.09649658, 0.03567505, 0.068359375) * v0_3.x;
                s0_2 += HVEC4(0.31591797, 0.5991211, -0.13439941, -1.0986328) * v0_3.y;
                s0_2 += HVEC4(0.033416748, -0.028564453, 0.06359863, -0.016830444) * v0_3.z;
                s0_2 += HVEC4(0.07196045, 0.016098022, -0.090270996, 0.039978027) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.10949707, -0.25854492, 0.05102539, 0.008796692) * v0_0.x;
                s0_3 += HVEC4(0.0067100525, -0.004924774, -0.028457642, -0.020568848) * v0_0.y;
                s0_3 += HVEC4(0.018127441, -0.03289795, -0.059814453, 0.012542725) * v0_0.z;
                s0_3 += HVEC4(0.01902771, 0.03692627, 0.039978027, 0.011695862) * v0_0.w;
                s0_3 += HVEC4(0.0076446533, 0.07305908, -0.018112183, 0.0446167) * v0_1.x;
                s0_3 += HVEC4(-0.028442383, 0.042266846, 0.033447266, 0.10406494) * v0_1.y;
                s0_3 += HVEC4(0.013542175, -0.105285645, -0.013450623, 0.024505615) * v0_1.z;
                s0_3 += HVEC4(-0.032958984, 0.27661133, 0.068359375, -0.008049011) * v0_1.w;
                s0_3 += HVEC4(-0.0055007935, 0.0546875, -0.004634857, 0.017196655) * v0_2.x;
                s0_3 += HVEC4(0.018737793, 0.053955078, 0.0022392273, -0.07946777) * v0_2.y;
                s0_3 += HVEC4(-0.056732178, 0.06137085, -0.14892578, -0.0090408325) * v0_2.z;
                s0_3 += HVEC4(0.08331299, -0.080078125, 0.08911133, -0.052368164) * v0_2.w;
                s0_3 += HVEC4(-0.079589844, 0.22668457, 0.01084137, -0.15148926) * v0_3.x;
                s0_3 += HVEC4(-0.46411133, -0.9746094, -0.16064453, 0.26098633) * v0_3.y;
                s0_3 += HVEC4(-0.008850098, 0.14916992, 0.08892822, -0.009490967) * v0_3.z;
                s0_3 += HVEC4(-0.062194824, 0.062469482, -0.061920166, 0.024932861) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.046844482, -0.21289062, -0.0104522705, -0.05706787) * v0_0.x;
                s0_2 += HVEC4(0.06512451, 0.10925293, -0.053222656, 0.060913086) * v0_0.y;
                s0_2 += HVEC4(0.08013916, -0.0073394775, -0.20532227, -0.08758545) * v0_0.z;
                s0_2 += HVEC4(0.09222412, -0.06726074, 0.15014648, 0.054107666) * v0_0.w;
                s0_2 += HVEC4(-0.11846924, 0.07739258, 0.04647827, -0.006717682) * v0_1.x;
                s0_2 += HVEC4(0.07867432, 0.018936157, -0.034118652, 0.0055122375) * v0_1.y;
                s0_2 += HVEC4(-0.122802734, 0.0056991577, -0.0050735474, -0.0206604) * v0_1.z;
                s0_2 += HVEC4(-0.031829834, 0.030044556, 0.056549072, -0.09039307) * v0_1.w;
                s0_2 += HVEC4(-0.06323242, -0.004749298, -0.047058105, -0.103393555) * v0_2.x;
                s0_2 += HVEC4(-0.03555298, 0.064086914, -0.11193848, 0.024291992) * v0_2.y;
                s0_2 += HVEC4(-0.50390625, 0.53564453, -0.025268555, -0.43652344) * v0_2.z;
                s0_2 += HVEC4(-0.11279297, 0.21069336, -0.08770752, 0.23034668) * v0_2.w;
                s0_2 += HVEC4(0.27856445, -0.14562988, 0.026428223, -0.039611816) * v0_3.x;
                s0_2 += HVEC4(0.99072266, -0.24291992, 0.25561523, -0.7739258) * v0_3.y;
                s0_2 += HVEC4(0.0052604675, -0.058654785, 0.33032227, -0.09338379) * v0_3.z;
                s0_2 += HVEC4(0.05810547, 0.07104492, -0.11578369, 0.17175293) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.15893555, -0.40185547, 0.020874023, -0.040893555) * v0_0.x;
                s0_3 += HVEC4(-0.061584473, 0.04800415, 0.02708435, 0.025619507) * v0_0.y;
                s0_3 += HVEC4(0.031082153, 0.15588379, 0.0619812, -0.05581665) * v0_0.z;
                s0_3 += HVEC4(0.009437561, 0.045532227, -0.009773254, 0.053649902) * v0_0.w;
                s0_3 += HVEC4(0.012557983, 0.0046958923, 0.032409668, 0.0552063) * v0_1.x;
                s0_3 += HVEC4(0.07733154, -0.07006836, -0.048675537, 0.05429077) * v0_1.y;
                s0_3 += HVEC4(0.07470703, 0.039245605, 0.031829834, -0.06732178) * v0_1.z;
                s0_3 += HVEC4(0.14855957, -0.09283447, -0.054260254, 0.03704834) * v0_1.w;
                s0_3 += HVEC4(-0.07232666, -0.23925781, 0.045562744, -0.0848999) * v0_2.x;
                s0_3 += HVEC4(-0.037200928, -0.066833496, -0.009567261, -0.1640625) * v0_2.y;
                s0_3 += HVEC4(0.07080078, 0.24853516, 0.022232056, -0.60498047) * v0_2.z;
                s0_3 += HVEC4(-0.12695312, 0.09039307, -0.061462402, 0.02911377) * v0_2.w;
                s0_3 += HVEC4(0.16052246, -0.050720215, -0.0099487305, 0.12512207) * v0_3.x;
                s0_3 += HVEC4(-0.07080078, -0.056732178, 0.05807495, 0.42578125) * v0_3.y;
                s0_3 += HVEC4(-0.07098389, -0.0993042, -0.03741455, 0.06060791) * v0_3.z;
                s0_3 += HVEC4(0.015014648, -0.084228516, -0.05807495, 0.09222412) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.041656494, 0.004840851, 0.0036506653, 0.07128906) * v0_0.x;
                s0_2 += HVEC4(0.014259338, 0.09918213, -0.05065918, 0.046173096) * v0_0.y;
                s0_2 += HVEC4(-0.10662842, 0.08679199, -0.0736084, -0.093933105) * v0_0.z;
                s0_2 += HVEC4(0.11694336, -0.14025879, 0.061309814, -0.045410156) * v0_0.w;
                s0_2 += HVEC4(-0.033111572, -0.007858276, -0.022705078, 0.018997192) * v0_1.x;
                s0_2 += HVEC4(0.024810791, 0.052215576, -0.071777344, 0.011482239) * v0_1.y;
                s0_2 += HVEC4(-0.07366943, 0.0137786865, 0.0035820007, 0.03540039) * v0_1.z;
                s0_2 += HVEC4(-0.014053345, 0.0725708, 0.011238098, -0.0690918) * v0_1.w;
                s0_2 += HVEC4(0.091552734, -0.10131836, -0.0045280457, 0.0071258545) * v0_2.x;
                s0_2 += HVEC4(0.076049805, -0.011474609, -0.0014429092, -0.07727051) * v0_2.y;
                s0_2 += HVEC4(-0.06604004, 0.057373047, -0.0579834, -0.050323486) * v0_2.z;
                s0_2 += HVEC4(0.13476562, -0.18273926, -0.12414551, -0.24291992) * v0_2.w;
                s0_2 += HVEC4(0.052581787, -0.021591187, 0.006828308, 0.046173096) * v0_3.x;
                s0_2 += HVEC4(0.703125, 0.034362793, -0.13305664, -0.2998047) * v0_3.y;
                s0_2 += HVEC4(0.085510254, -0.0020980835, 0.098083496, 0.07446289) * v0_3.z;
                s0_2 += HVEC4(0.061767578, 0.044281006, -0.06591797, 0.054870605) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.050628662, -0.34985352, -0.017333984, 0.029586792) * v0_0.x;
                s0_3 += HVEC4(-0.015335083, 0.16577148, -0.023071289, -0.48217773) * v0_0.y;
                s0_3 += HVEC4(-0.10180664, -0.07598877, -0.0055618286, -0.5263672) * v0_0.z;
                s0_3 += HVEC4(0.0076141357, -0.058563232, 0.051879883, 0.043701172) * v0_0.w;
                s0_3 += HVEC4(0.016693115, 0.05871582, -0.022232056, 0.0104904175) * v0_1.x;
                s0_3 += HVEC4(0.019226074, -0.044708252, -0.03277588, 0.12036133) * v0_1.y;
                s0_3 += HVEC4(-0.017059326, -0.09490967, -0.000749588, -0.18017578) * v0_1.z;
                s0_3 += HVEC4(0.035583496, -0.12768555, 0.037597656, -0.023147583) * v0_1.w;
                s0_3 += HVEC4(0.14465332, 0.011604309, -0.01159668, 0.30615234) * v0_2.x;
                s0_3 += HVEC4(0.014564514, 0.07739258, -0.012504578, 0.10406494) * v0_2.y;
                s0_3 += HVEC4(0.06585693, 0.23278809, -0.021636963, 0.3256836) * v0_2.z;
                s0_3 += HVEC4(0.0069885254, -0.019714355, -0.03994751, -0.15026855) * v0_2.w;
                s0_3 += HVEC4(-0.0023727417, -0.07165527, -0.026428223, 0.17736816) * v0_3.x;
                s0_3 += HVEC4(-0.22546387, -0.45043945, -0.02305603, 0.37231445) * v0_3.y;
                s0_3 += HVEC4(-0.024520874, -0.07006836, 0.09259033, 0.24609375) * v0_3.z;
                s0_3 += HVEC4(-0.008102417, 0.09411621, -0.04586792, 0.115234375) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.23547363, 0.54833984, -0.095336914, -0.020462036) * v0_0.x;
                s0_2 += HVEC4(0.13757324, -0.111083984, -0.06439209, -0.23583984) * v0_0.y;
                s0_2 += HVEC4(0.010124207, -0.11608887, -0.08721924, 0.07952881) * v0_0.z;
                s0_2 += HVEC4(0.14074707, -0.08026123, 0.03189087, -0.11407471) * v0_0.w;
                s0_2 += HVEC4(0.026977539, 0.006362915, 0.1484375, 0.1184082) * v0_1.x;
                s0_2 += HVEC4(-0.23388672, 0.19592285, 0.021240234, -0.118652344) * v0_1.y;
                s0_2 += HVEC4(-0.02861023, -0.08050537, 0.19873047, 0.04876709) * v0_1.z;
                s0_2 += HVEC4(-0.032592773, 0.47436523, -0.0007972717, -0.08343506) * v0_1.w;
                s0_2 += HVEC4(0.0018281937, 0.017852783, 0.06933594, 0.20275879) * v0_2.x;
                s0_2 += HVEC4(0.1418457, -0.0031318665, 0.10321045, 0.0657959) * v0_2.y;
                s0_2 += HVEC4(0.15283203, 0.074279785, -0.024978638, -0.033996582) * v0_2.z;
                s0_2 += HVEC4(-0.121154785, 0.013038635, -0.04156494, 0.13391113) * v0_2.w;
                s0_2 += HVEC4(-0.6459961, 1.2109375, 0.0095825195, -0.83984375) * v0_3.x;
                s0_2 += HVEC4(0.046417236, -0.09643555, -0.06829834, -0.07446289) * v0_3.y;
                s0_2 += HVEC4(-0.01914978, 0.06549072, -0.028717041, -0.06915283) * v0_3.z;
                s0_2 += HVEC4(-0.14331055, 0.17614746, -0.14038086, 0.049560547) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.064208984, -0.63671875, -0.036376953, -0.08312988) * v0_0.x;
                s0_3 += HVEC4(0.037475586, 0.38183594, 0.010391235, -0.08227539) * v0_0.y;
                s0_3 += HVEC4(0.06329346, -0.04837036, 0.062927246, 0.0043678284) * v0_0.z;
                s0_3 += HVEC4(0.037963867, -0.083740234, 0.05532837, -0.05734253) * v0_0.w;
                s0_3 += HVEC4(0.033447266, -0.17919922, 0.07141113, -0.040222168) * v0_1.x;
                s0_3 += HVEC4(-0.05154419, 0.31518555, 0.032928467, -0.050811768) * v0_1.y;
                s0_3 += HVEC4(0.03074646, -0.043518066, 0.10192871, 0.10662842) * v0_1.z;
                s0_3 += HVEC4(-0.01096344, 0.2319336, -0.034454346, 0.012428284) * v0_1.w;
                s0_3 += HVEC4(-0.01675415, -0.05706787, 0.03213501, 0.039215088) * v0_2.x;
                s0_3 += HVEC4(0.019638062, -0.041381836, 0.035003662, 0.033081055) * v0_2.y;
                s0_3 += HVEC4(-0.008712769, 0.3623047, -0.009521484, -0.013198853) * v0_2.z;
                s0_3 += HVEC4(-0.06958008, 0.113098145, -0.02545166, -0.01676941) * v0_2.w;
                s0_3 += HVEC4(0.048339844, -0.45825195, 0.15551758, -0.6821289) * v0_3.x;
                s0_3 += HVEC4(0.07745361, -0.31811523, 0.18200684, 0.007106781) * v0_3.y;
                s0_3 += HVEC4(-0.07659912, -0.0008196831, -0.10876465, 0.0067100525) * v0_3.z;
                s0_3 += HVEC4(-0.041900635, 0.038269043, -0.14123535, -0.051605225) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.10583496, -0.25341797, 0.19934082, -0.06488037) * v0_0.x;
                s0_2 += HVEC4(-0.17175293, 0.0309906, 0.03765869, -0.23706055) * v0_0.y;
                s0_2 += HVEC4(0.39257812, -0.2043457, -0.011459351, -0.012390137) * v0_0.z;
                s0_2 += HVEC4(-0.19396973, -0.19897461, 0.5522461, 0.10076904) * v0_0.w;
                s0_2 += HVEC4(0.10144043, 0.056518555, 0.0949707, -0.08319092) * v0_1.x;
                s0_2 += HVEC4(-0.3305664, 0.31982422, 0.066589355, -0.5253906) * v0_1.y;
                s0_2 += HVEC4(0.39916992, -0.04550171, 0.07635498, 0.515625) * v0_1.z;
                s0_2 += HVEC4(0.28955078, -0.026763916, 0.15429688, -0.22961426) * v0_1.w;
                s0_2 += HVEC4(-0.26782227, -0.029312134, -0.07965088, -0.12207031) * v0_2.x;
                s0_2 += HVEC4(-0.29467773, 0.030136108, -0.2692871, -0.22192383) * v0_2.y;
                s0_2 += HVEC4(0.11047363, 0.32885742, -0.1496582, 0.1730957) * v0_2.z;
                s0_2 += HVEC4(-0.047180176, -0.08850098, -0.12670898, -0.26367188) * v0_2.w;
                s0_2 += HVEC4(-0.27124023, 0.2602539, 0.008529663, -0.13183594) * v0_3.x;
                s0_2 += HVEC4(0.06726074, 0.2208252, 0.06304932, 0.1352539) * v0_3.y;
                s0_2 += HVEC4(-0.30810547, -0.38085938, 0.20361328, -0.11218262) * v0_3.z;
                s0_2 += HVEC4(-0.20410156, 0.050628662, -0.022766113, -0.3881836) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.18933105, -0.58691406, 0.11621094, -0.04522705) * v0_0.x;
                s0_3 += HVEC4(-0.08166504, 0.30371094, -0.12817383, -0.10961914) * v0_0.y;
                s0_3 += HVEC4(-0.2121582, -0.26708984, 0.14648438, 0.10736084) * v0_0.z;
                s0_3 += HVEC4(0.00617218, -0.3828125, -0.22399902, -0.043029785) * v0_0.w;
                s0_3 += HVEC4(-0.03967285, 0.28466797, 0.13562012, 0.021209717) * v0_1.x;
                s0_3 += HVEC4(0.05633545, -0.18566895, 0.16577148, -0.23083496) * v0_1.y;
                s0_3 += HVEC4(0.076171875, -0.04071045, 0.11627197, 0.119628906) * v0_1.z;
                s0_3 += HVEC4(0.093322754, 0.061920166, 0.30029297, 0.109069824) * v0_1.w;
                s0_3 += HVEC4(0.105407715, 0.0690918, 0.10083008, -0.25463867) * v0_2.x;
                s0_3 += HVEC4(-0.051635742, 0.26733398, -0.09423828, -0.10205078) * v0_2.y;
                s0_3 += HVEC4(0.090026855, 0.1895752, 0.024505615, 0.017242432) * v0_2.z;
                s0_3 += HVEC4(0.013259888, 0.38061523, 0.091674805, -0.119628906) * v0_2.w;
                s0_3 += HVEC4(0.37939453, -0.044067383, -0.012390137, 0.2331543) * v0_3.x;
                s0_3 += HVEC4(0.40893555, -0.71972656, 0.48657227, 0.0713501) * v0_3.y;
                s0_3 += HVEC4(0.24414062, 0.18640137, 0.33911133, -0.035827637) * v0_3.z;
                s0_3 += HVEC4(-0.07501221, -0.67626953, 0.0016622543, -0.020858765) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.07928467, 0.012466431, -0.018478394, 0.049835205) * v0_0.x;
                s0_2 += HVEC4(0.041290283, -0.203125, 0.061706543, -0.16064453) * v0_0.y;
                s0_2 += HVEC4(0.058502197, -0.05456543, 0.05505371, 0.018539429) * v0_0.z;
                s0_2 += HVEC4(-0.053833008, 0.1965332, -0.1459961, 0.10723877) * v0_0.w;
                s0_2 += HVEC4(-0.053009033, 0.05255127, -0.035949707, 0.03237915) * v0_1.x;
                s0_2 += HVEC4(-0.08111572, -0.008544922, -0.025344849, 0.091796875) * v0_1.y;
                s0_2 += HVEC4(-0.0154418945, 0.12719727, -0.07122803, -0.0022525787) * v0_1.z;
                s0_2 += HVEC4(-0.018737793, 0.04220581, 0.03010559, 0.16259766) * v0_1.w;
                s0_2 += HVEC4(-0.09802246, -0.14135742, 0.041412354, -0.1899414) * v0_2.x;
                s0_2 += HVEC4(0.028533936, -0.032928467, 0.0016431808, 0.04135132) * v0_2.y;
                s0_2 += HVEC4(0.009475708, 0.15393066, -0.016174316, 0.14782715) * v0_2.z;
                s0_2 += HVEC4(-0.20410156, -0.08001709, 0.05859375, 0.011665344) * v0_2.w;
                s0_2 += HVEC4(-0.15454102, -0.036468506, 0.10668945, 0.04067993) * v0_3.x;
                s0_2 += HVEC4(0.104003906, 0.026504517, -0.10015869, 0.012023926) * v0_3.y;
                s0_2 += HVEC4(0.13867188, 0.08459473, -0.02822876, -0.02281189) * v0_3.z;
                s0_2 += HVEC4(-0.03274536, 0.052856445, 0.031021118, 0.0501709) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.016357422, -0.21765137, -0.001080513, -0.0011348724) * v0_0.x;
                s0_3 += HVEC4(-0.13793945, 0.1998291, -0.019012451, 0.15356445) * v0_0.y;
                s0_3 += HVEC4(-0.049591064, -0.015350342, 0.075927734, 0.171875) * v0_0.z;
                s0_3 += HVEC4(0.12512207, 0.027282715, -0.037384033, -0.32348633) * v0_0.w;
                s0_3 += HVEC4(0.10821533, 0.15234375, -0.0005545616, -0.19750977) * v0_1.x;
                s0_3 += HVEC4(0.064208984, -0.03137207, -0.037353516, 0.15441895) * v0_1.y;
                s0_3 += HVEC4(0.016601562, 0.0051193237, -0.027297974, -0.02267456) * v0_1.z;
                s0_3 += HVEC4(0.05709839, 0.13696289, -0.032592773, -0.11682129) * v0_1.w;
                s0_3 += HVEC4(0.036743164, -0.20336914, -0.0019111633, -0.049682617) * v0_2.x;
                s0_3 += HVEC4(0.12670898, 0.016937256, -0.01902771, -0.12548828) * v0_2.y;
                s0_3 += HVEC4(0.057769775, 0.007972717, -0.0345459, 0.0126571655) * v0_2.z;
                s0_3 += HVEC4(0.10925293, 0.13867188, -0.0635376, -0.16003418) * v0_2.w;
                s0_3 += HVEC4(0.035980225, 0.07720947, 0.09637451, -0.16223145) * v0_3.x;
                s0_3 += HVEC4(0.32543945, -0.8720703, -0.074157715, 0.062561035) * v0_3.y;
                s0_3 += HVEC4(-0.16015625, -0.15905762, -0.05065918, -0.017456055) * v0_3.z;
                s0_3 += HVEC4(-0.04727173, 0.039215088, -0.014915466, -0.052947998) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.14477539, -0.089904785, -0.02420044, -0.008216858) * v0_0.x;
                s0_2 += HVEC4(0.21960449, -0.39501953, 0.058654785, -0.15686035) * v0_0.y;
                s0_2 += HVEC4(0.0034217834, 0.09527588, -0.01499939, -0.0132369995) * v0_0.z;
                s0_2 += HVEC4(0.0042686462, 0.033081055, -0.036010742, 0.14111328) * v0_0.w;
                s0_2 += HVEC4(0.007041931, 0.018218994, 0.08306885, -0.045196533) * v0_1.x;
                s0_2 += HVEC4(-0.31567383, 0.23120117, -0.06768799, -0.12646484) * v0_1.y;
                s0_2 += HVEC4(0.010871887, -0.107421875, 0.02999878, -0.14343262) * v0_1.z;
                s0_2 += HVEC4(0.10406494, -0.20532227, -0.03086853, -0.107543945) * v0_1.w;
                s0_2 += HVEC4(-0.08392334, -0.015556335, 0.018875122, -0.12200928) * v0_2.x;
                s0_2 += HVEC4(0.054779053, -0.039916992, -0.011207581, 0.036315918) * v0_2.y;
                s0_2 += HVEC4(-0.009094238, 0.010520935, -0.07727051, 0.005470276) * v0_2.z;
                s0_2 += HVEC4(-0.05822754, 0.025344849, -0.054779053, 0.0038814545) * v0_2.w;
                s0_2 += HVEC4(-0.5395508, 0.5966797, -0.1484375, -0.11260986) * v0_3.x;
                s0_2 += HVEC4(-0.01689148, -0.0592041, -0.009490967, -0.014343262) * v0_3.y;
                s0_2 += HVEC4(-0.019485474, -0.0001450777, 0.028579712, 0.00881958) * v0_3.z;
                s0_2 += HVEC4(-0.02949524, 0.020584106, -0.045928955, -0.062316895) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.019760132, -0.3112793, -0.06768799, -0.0140686035) * v0_0.x;
                s0_3 += HVEC4(0.036346436, 0.14196777, 0.0015611649, -0.007797241) * v0_0.y;
                s0_3 += HVEC4(0.00945282, -0.01776123, 0.062438965, 0.02659607) * v0_0.z;
                s0_3 += HVEC4(-0.02583313, -0.1038208, -0.021194458, 0.005466461) * v0_0.w;
                s0_3 += HVEC4(-0.002981186, 0.13879395, 0.047607422, 0.059326172) * v0_1.x;
                s0_3 += HVEC4(-0.008407593, -0.91015625, -0.038269043, -0.072265625) * v0_1.y;
                s0_3 += HVEC4(-0.00054979324, 0.22705078, -0.0079574585, 0.014038086) * v0_1.z;
                s0_3 += HVEC4(0.00048422813, 0.14807129, 0.017562866, 0.084472656) * v0_1.w;
                s0_3 += HVEC4(-0.032989502, -0.008422852, 0.013175964, -0.017578125) * v0_2.x;
                s0_3 += HVEC4(0.0020656586, 0.053771973, -0.00970459, 0.014587402) * v0_2.y;
                s0_3 += HVEC4(-0.0395813, 0.2644043, -0.095214844, -0.008216858) * v0_2.z;
                s0_3 += HVEC4(0.03125, -0.0039749146, 0.01033783, -0.018127441) * v0_2.w;
                s0_3 += HVEC4(-0.012260437, -0.32128906, -0.022888184, -0.4506836) * v0_3.x;
                s0_3 += HVEC4(0.046325684, 0.058013916, -0.06536865, 0.0055732727) * v0_3.y;
                s0_3 += HVEC4(-0.008087158, -0.17382812, -0.010032654, -0.006591797) * v0_3.z;
                s0_3 += HVEC4(-0.004550934, 0.09918213, -0.049560547, -0.01386261) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.020019531, -0.111328125, -0.023635864, -0.07092285) * v0_0.x;
                s0_2 += HVEC4(0.07574463, 0.48413086, -0.016235352, -0.06933594) * v0_0.y;
                s0_2 += HVEC4(0.048980713, -0.024551392, 0.023513794, 0.032318115) * v0_0.z;
                s0_2 += HVEC4(-0.1274414, -0.13769531, -0.0041236877, -0.29296875) * v0_0.w;
                s0_2 += HVEC4(0.11212158, -0.117004395, -0.029693604, 0.07385254) * v0_1.x;
                s0_2 += HVEC4(-0.2088623, 0.15856934, 0.047821045, -0.19970703) * v0_1.y;
                s0_2 += HVEC4(0.030044556, -7.212162e-05, 0.0113220215, 0.053253174) * v0_1.z;
                s0_2 += HVEC4(-0.114868164, -0.21740723, -0.09643555, -0.32763672) * v0_1.w;
                s0_2 += HVEC4(-0.04244995, -0.07733154, -0.015258789, 0.06347656) * v0_2.x;
                s0_2 += HVEC4(0.07348633, 0.09063721, -0.07312012, 0.072387695) * v0_2.y;
                s0_2 += HVEC4(-0.09729004, -0.00472641, 0.008422852, -0.0057907104) * v0_2.z;
                s0_2 += HVEC4(0.16430664, -0.04156494, -0.002412796, 0.09124756) * v0_2.w;
                s0_2 += HVEC4(-0.13134766, -0.03237915, -0.11816406, -0.0357666) * v0_3.x;
                s0_2 += HVEC4(-0.03161621, 0.03933716, 0.03314209, -0.003047943) * v0_3.y;
                s0_2 += HVEC4(0.07800293, 0.038726807, 0.028701782, 0.0859375) * v0_3.z;
                s0_2 += HVEC4(-0.10406494, 0.19592285, 0.020187378, 0.038604736) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.04626465, -0.45922852, 0.06591797, -0.036376953) * v0_0.x;
                s0_3 += HVEC4(-0.076660156, 0.29907227, -0.0016870499, 0.116882324) * v0_0.y;
                s0_3 += HVEC4(0.03186035, -0.027252197, 0.0758667, 0.08996582) * v0_0.z;
                s0_3 += HVEC4(-0.060821533, -0.045898438, -0.21520996, -0.047668457) * v0_0.w;
                s0_3 += HVEC4(-0.0013122559, 0.083984375, -0.044067383, 0.08526611) * v0_1.x;
                s0_3 += HVEC4(-0.0057029724, 0.1907959, -0.045440674, 0.05621338) * v0_1.y;
                s0_3 += HVEC4(0.031921387, 0.23217773, 0.07043457, 0.059783936) * v0_1.z;
                s0_3 += HVEC4(-0.017608643, 0.22583008, -0.09503174, -0.06213379) * v0_1.w;
                s0_3 += HVEC4(0.053833008, -0.26367188, 0.03488159, -0.03137207) * v0_2.x;
                s0_3 += HVEC4(-0.04989624, 0.113342285, -0.050964355, -0.07867432) * v0_2.y;
                s0_3 += HVEC4(0.01108551, 0.19677734, 0.028823853, -0.008415222) * v0_2.z;
                s0_3 += HVEC4(0.009468079, -0.20324707, -0.11102295, -0.08227539) * v0_2.w;
                s0_3 += HVEC4(0.17089844, 0.014678955, -0.014213562, -0.07659912) * v0_3.x;
                s0_3 += HVEC4(-0.017150879, 0.046295166, 0.07800293, 0.0128479) * v0_3.y;
                s0_3 += HVEC4(0.036590576, -0.02279663, 0.103515625, -0.03375244) * v0_3.z;
                s0_3 += HVEC4(-0.02911377, 0.07672119, -0.054351807, -0.09649658) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(-0.04711914, -0.01966858, 0.020690918, 0.01689148) * v0_0.x;
                s0_2 += HVEC4(0.030059814, -0.032958984, 0.093566895, -0.060760498) * v0_0.y;
                s0_2 += HVEC4(-0.0065460205, 0.10437012, -0.05130005, 0.07507324) * v0_0.z;
                s0_2 += HVEC4(-0.09283447, -0.0098724365, 0.09234619, -0.092163086) * v0_0.w;
                s0_2 += HVEC4(0.02368164, 0.028015137, 3.796816e-05, 0.044189453) * v0_1.x;
                s0_2 += HVEC4(0.06768799, 0.062286377, -0.0005493164, 0.044006348) * v0_1.y;
                s0_2 += HVEC4(-0.054138184, 0.07348633, 0.003850937, 0.14343262) * v0_1.z;
                s0_2 += HVEC4(0.07183838, 0.02178955, 0.008979797, -0.038970947) * v0_1.w;
                s0_2 += HVEC4(0.103881836, -0.11401367, -0.03652954, -0.09564209) * v0_2.x;
                s0_2 += HVEC4(0.026351929, -0.07763672, -0.001461029, 0.020706177) * v0_2.y;
                s0_2 += HVEC4(0.00056505203, -0.034118652, 0.00072431564, 0.012420654) * v0_2.z;
                s0_2 += HVEC4(0.119506836, 0.02758789, -0.040405273, -0.0019397736) * v0_2.w;
                s0_2 += HVEC4(0.13671875, -0.02748108, -0.08111572, -0.13842773) * v0_3.x;
                s0_2 += HVEC4(0.035095215, 0.068115234, -0.0028038025, 0.0748291) * v0_3.y;
                s0_2 += HVEC4(0.04800415, -0.006259918, -0.025131226, -0.03970337) * v0_3.z;
                s0_2 += HVEC4(0.020385742, 0.02017212, -0.003604889, 0.0026073456) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.008117676, -0.31225586, -0.019485474, -0.028823853) * v0_0.x;
                s0_3 += HVEC4(0.019546509, 0.14404297, 0.07366943, 0.0803833) * v0_0.y;
                s0_3 += HVEC4(-0.039733887, -0.07019043, -0.0060768127, 0.010894775) * v0_0.z;
                s0_3 += HVEC4(0.0013427734, -0.038726807, 0.03326416, -0.064697266) * v0_0.w;
                s0_3 += HVEC4(-0.032104492, -0.059936523, 0.0014343262, -0.014442444) * v0_1.x;
                s0_3 += HVEC4(-0.0040740967, -0.07336426, -0.019180298, -0.033233643) * v0_1.y;
                s0_3 += HVEC4(0.036743164, 0.051330566, 0.023925781, 0.089416504) * v0_1.z;
                s0_3 += HVEC4(-0.02746582, -0.0016098022, 0.023284912, -0.039916992) * v0_1.w;
                s0_3 += HVEC4(0.0044784546, 0.023605347, -0.042541504, 0.0007481575) * v0_2.x;
                s0_3 += HVEC4(0.05026245, 0.14770508, 0.00044560432, 0.041046143) * v0_2.y;
                s0_3 += HVEC4(0.048034668, 0.06237793, -0.014595032, 0.07763672) * v0_2.z;
                s0_3 += HVEC4(-0.002008438, -0.006931305, 0.034210205, -0.16333008) * v0_2.w;
                s0_3 += HVEC4(-0.023620605, 0.070251465, -0.08642578, 0.023666382) * v0_3.x;
                s0_3 += HVEC4(-0.018920898, 0.12915039, -0.025772095, 0.023223877) * v0_3.y;
                s0_3 += HVEC4(-0.030334473, 0.09173584, -0.037750244, 0.013420105) * v0_3.z;
                s0_3 += HVEC4(-0.051483154, -0.06311035, 0.0088272095, -0.030029297) * v0_3.w;
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

//!DESC ArtCNN_C4F16 compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L3
//!SAVE ArtCNN_C4F16_L4
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L3_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L3_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L3_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L3_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(-0.0040135784, 0.0032267163, 0.0077154385, -0.0131194005);
            vec4 a0_1 = vec4(0.00494108, 0.012729458, -0.007542627, 0.009159574);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.022445679, -0.092285156, -0.0010309219, -0.028869629) * v0_0.x;
                s0_0 += HVEC4(-0.00047969818, 0.018112183, 0.032806396, -0.034240723) * v0_0.y;
                s0_0 += HVEC4(-0.024047852, 0.09307861, 0.06225586, -0.09075928) * v0_0.z;
                s0_0 += HVEC4(0.017730713, 0.20983887, 0.055908203, -0.03274536) * v0_0.w;
                s0_0 += HVEC4(0.012878418, 0.05206299, -0.011955261, 0.002161026) * v0_1.x;
                s0_0 += HVEC4(0.00030231476, 0.017593384, -0.0105896, 0.00831604) * v0_1.y;
                s0_0 += HVEC4(-0.012512207, 0.29736328, -0.17883301, 0.17663574) * v0_1.z;
                s0_0 += HVEC4(0.021835327, 0.11468506, 0.012123108, -0.05657959) * v0_1.w;
                s0_0 += HVEC4(-0.01876831, 0.37939453, 0.032409668, -0.07409668) * v0_2.x;
                s0_0 += HVEC4(0.013259888, -0.7338867, 0.025665283, 0.003730774) * v0_2.y;
                s0_0 += HVEC4(0.014625549, 0.007633209, 0.013870239, -0.015701294) * v0_2.z;
                s0_0 += HVEC4(-0.004634857, -0.2010498, -0.038024902, 0.022476196) * v0_2.w;
                s0_0 += HVEC4(0.02848816, 0.20800781, 0.07788086, -0.0859375) * v0_3.x;
                s0_0 += HVEC4(-0.013137817, -0.125, -0.059570312, -0.009346008) * v0_3.y;
                s0_0 += HVEC4(-0.002620697, -0.1809082, 0.049957275, -0.024291992) * v0_3.z;
                s0_0 += HVEC4(0.023239136, 0.29907227, -0.022323608, -0.010681152) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.004081726, -0.040374756, -0.016296387, -0.10900879) * v0_0.x;
                s0_1 += HVEC4(0.007583618, 0.068847656, -0.0015869141, 0.08685303) * v0_0.y;
                s0_1 += HVEC4(-0.02394104, 0.09033203, 0.0059547424, 0.07714844) * v0_0.z;
                s0_1 += HVEC4(-0.00027775764, -0.002779007, 0.022628784, 0.03503418) * v0_0.w;
                s0_1 += HVEC4(-0.019683838, -0.0064201355, -0.0047035217, 0.21887207) * v0_1.x;
                s0_1 += HVEC4(-0.019760132, 0.01020813, -0.0020122528, 0.028915405) * v0_1.y;
                s0_1 += HVEC4(0.083740234, 0.04083252, -0.008232117, -0.07080078) * v0_1.z;
                s0_1 += HVEC4(-0.033569336, -0.009796143, 0.003572464, 0.12023926) * v0_1.w;
                s0_1 += HVEC4(-0.010055542, 0.14453125, 0.02520752, 0.16369629) * v0_2.x;
                s0_1 += HVEC4(-0.0077400208, 0.057250977, -0.0018720627, 0.009490967) * v0_2.y;
                s0_1 += HVEC4(-0.019683838, -0.0005040169, -0.002298355, 0.006427765) * v0_2.z;
                s0_1 += HVEC4(0.031829834, 0.085876465, 0.0052986145, 0.110839844) * v0_2.w;
                s0_1 += HVEC4(-0.012832642, -0.013290405, 0.014015198, -0.038604736) * v0_3.x;
                s0_1 += HVEC4(-0.0423584, -0.004020691, 0.00038146973, -0.068847656) * v0_3.y;
                s0_1 += HVEC4(0.0035114288, -0.05996704, -0.019546509, -0.06903076) * v0_3.z;
                s0_1 += HVEC4(-0.053833008, -0.18701172, -0.01689148, -0.52783203) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.021194458, 0.03186035, -0.030059814, 0.08288574) * v0_0.x;
                s0_0 += HVEC4(0.00667572, 0.1282959, 0.045898438, -0.06088257) * v0_0.y;
                s0_0 += HVEC4(0.031219482, 0.027770996, -0.07556152, 0.13000488) * v0_0.z;
                s0_0 += HVEC4(-0.016571045, -0.040985107, -0.04345703, 0.02746582) * v0_0.w;
                s0_0 += HVEC4(0.01348114, -0.30859375, 0.12512207, -0.05657959) * v0_1.x;
                s0_0 += HVEC4(-0.06088257, -0.04345703, -0.12939453, 0.13330078) * v0_1.y;
                s0_0 += HVEC4(-0.033355713, 0.1661377, 0.26342773, -0.34936523) * v0_1.z;
                s0_0 += HVEC4(-0.012771606, 0.019592285, -0.0256958, -0.0057640076) * v0_1.w;
                s0_0 += HVEC4(0.037353516, -0.029846191, 0.1182251, -0.12658691) * v0_2.x;
                s0_0 += HVEC4(-0.03591919, -0.027175903, -0.093933105, -0.10723877) * v0_2.y;
                s0_0 += HVEC4(0.00054216385, -0.061187744, -0.024841309, 0.0053977966) * v0_2.z;
                s0_0 += HVEC4(0.017807007, -0.053833008, 0.092285156, -0.1550293) * v0_2.w;
                s0_0 += HVEC4(0.0064888, 0.16589355, -0.023757935, 0.008590698) * v0_3.x;
                s0_0 += HVEC4(0.017684937, 0.039245605, 0.03704834, 0.017822266) * v0_3.y;
                s0_0 += HVEC4(-0.032073975, -0.046936035, -0.038635254, 0.06677246) * v0_3.z;
                s0_0 += HVEC4(-0.052764893, -0.27954102, -0.109313965, 0.09338379) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.07055664, -0.08898926, -0.010795593, -0.24108887) * v0_0.x;
                s0_1 += HVEC4(0.060455322, 0.027236938, 0.010215759, 0.12780762) * v0_0.y;
                s0_1 += HVEC4(-0.018951416, 0.00983429, -0.00484848, -0.047088623) * v0_0.z;
                s0_1 += HVEC4(-0.0051994324, 0.0869751, -0.015357971, 0.21313477) * v0_0.w;
                s0_1 += HVEC4(0.22265625, -0.0597229, 0.014297485, 0.16601562) * v0_1.x;
                s0_1 += HVEC4(-0.17382812, -0.082336426, -0.0126571655, -0.26000977) * v0_1.y;
                s0_1 += HVEC4(-0.39746094, -0.2722168, -0.0003004074, 0.14807129) * v0_1.z;
                s0_1 += HVEC4(-0.017852783, -0.12188721, -0.0056114197, -0.3659668) * v0_1.w;
                s0_1 += HVEC4(0.10028076, 0.032226562, 0.0076141357, 0.3076172) * v0_2.x;
                s0_1 += HVEC4(-0.116882324, 0.045532227, 0.005367279, -0.6640625) * v0_2.y;
                s0_1 += HVEC4(0.056732178, 0.06945801, 0.005958557, 0.12658691) * v0_2.z;
                s0_1 += HVEC4(0.11480713, 0.0078048706, 0.012672424, 0.14990234) * v0_2.w;
                s0_1 += HVEC4(0.07489014, 0.030975342, -0.009689331, 0.021652222) * v0_3.x;
                s0_1 += HVEC4(-0.08746338, -0.12719727, -0.0073661804, -0.21032715) * v0_3.y;
                s0_1 += HVEC4(0.27539062, -0.17248535, -0.013801575, -0.2932129) * v0_3.z;
                s0_1 += HVEC4(0.019546509, -0.027435303, -0.023834229, -0.19921875) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.020965576, -0.018737793, -0.0023078918, 0.036102295) * v0_0.x;
                s0_0 += HVEC4(-0.005607605, 0.006351471, 0.006893158, 0.0022335052) * v0_0.y;
                s0_0 += HVEC4(-0.014808655, 0.011123657, 0.0073280334, 0.022109985) * v0_0.z;
                s0_0 += HVEC4(0.0022563934, 0.01676941, 0.022613525, -0.0128479) * v0_0.w;
                s0_0 += HVEC4(-0.0045776367, 0.057617188, 0.031707764, -0.02192688) * v0_1.x;
                s0_0 += HVEC4(0.034118652, 0.044006348, -0.00932312, 0.025238037) * v0_1.y;
                s0_0 += HVEC4(-0.05178833, -0.037475586, -0.00818634, 0.18530273) * v0_1.z;
                s0_0 += HVEC4(0.0073394775, 0.013465881, -0.018798828, -0.00881958) * v0_1.w;
                s0_0 += HVEC4(-0.026809692, -0.036895752, 0.024780273, -0.024780273) * v0_2.x;
                s0_0 += HVEC4(0.023834229, 0.10394287, -0.015808105, -0.014335632) * v0_2.y;
                s0_0 += HVEC4(-0.002204895, -0.006549835, 0.05847168, -0.05255127) * v0_2.z;
                s0_0 += HVEC4(-0.016159058, -0.026672363, -0.0022296906, -0.014503479) * v0_2.w;
                s0_0 += HVEC4(-0.0011110306, -0.09069824, -0.00844574, 0.006340027) * v0_3.x;
                s0_0 += HVEC4(-0.009590149, 0.08074951, 0.037017822, -0.010665894) * v0_3.y;
                s0_0 += HVEC4(0.0107421875, 0.020309448, -0.09259033, 0.07647705) * v0_3.z;
                s0_0 += HVEC4(0.04385376, 0.20861816, 0.011741638, -0.019821167) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.0018949509, 0.029785156, -0.018417358, 0.09301758) * v0_0.x;
                s0_1 += HVEC4(0.02192688, 0.033416748, -0.0014514923, 0.02885437) * v0_0.y;
                s0_1 += HVEC4(-0.029968262, -0.03817749, -0.014045715, -0.11395264) * v0_0.z;
                s0_1 += HVEC4(-0.050628662, 0.018798828, 0.006286621, 0.008399963) * v0_0.w;
                s0_1 += HVEC4(-0.005306244, 0.07977295, 0.004486084, 0.17480469) * v0_1.x;
                s0_1 += HVEC4(-0.055877686, 0.0004787445, 4.708767e-06, 0.013214111) * v0_1.y;
                s0_1 += HVEC4(0.17053223, -0.06161499, 0.03488159, -0.17016602) * v0_1.z;
                s0_1 += HVEC4(0.03717041, 0.009338379, -0.005962372, 0.03137207) * v0_1.w;
                s0_1 += HVEC4(-0.014968872, -0.036132812, 0.017837524, 0.057891846) * v0_2.x;
                s0_1 += HVEC4(0.0016412735, 0.0390625, 0.004486084, 0.013145447) * v0_2.y;
                s0_1 += HVEC4(-0.076171875, -0.013137817, 0.014823914, -0.014854431) * v0_2.z;
                s0_1 += HVEC4(0.02104187, 0.058654785, 0.0053749084, 0.05987549) * v0_2.w;
                s0_1 += HVEC4(0.01374054, -0.11206055, 0.0022354126, -0.11029053) * v0_3.x;
                s0_1 += HVEC4(0.08355713, 0.02998352, -0.034576416, 0.19396973) * v0_3.y;
                s0_1 += HVEC4(0.10510254, 0.018066406, -0.02217102, -0.062927246) * v0_3.z;
                s0_1 += HVEC4(-0.053222656, 0.028213501, 0.01966858, -0.04876709) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(-0.011665344, 0.0076446533, -0.14318848, 0.117004395) * v0_0.x;
                s0_0 += HVEC4(0.007080078, -0.20996094, -0.09295654, 0.048309326) * v0_0.y;
                s0_0 += HVEC4(0.0017309189, -0.38891602, -0.037902832, 0.037719727) * v0_0.z;
                s0_0 += HVEC4(0.068847656, 0.41992188, -0.03933716, -0.020812988) * v0_0.w;
                s0_0 += HVEC4(0.035125732, -0.31469727, -0.028289795, 0.01486969) * v0_1.x;
                s0_0 += HVEC4(-0.05328369, -0.11248779, -0.055877686, 0.052368164) * v0_1.y;
                s0_0 += HVEC4(0.002216339, -0.20019531, -0.013069153, 0.0059394836) * v0_1.z;
                s0_0 += HVEC4(-0.026062012, 0.009231567, 0.041656494, -0.04550171) * v0_1.w;
                s0_0 += HVEC4(0.028076172, 0.27954102, 0.020431519, -0.013267517) * v0_2.x;
                s0_0 += HVEC4(-0.0069122314, -0.29052734, 0.006778717, 0.0008339882) * v0_2.y;
                s0_0 += HVEC4(-0.050231934, 0.10180664, 0.07702637, -0.054138184) * v0_2.z;
                s0_0 += HVEC4(0.06518555, -0.0413208, -0.11071777, 0.05218506) * v0_2.w;
                s0_0 += HVEC4(0.092041016, -0.9926758, 0.08190918, -0.019958496) * v0_3.x;
                s0_0 += HVEC4(-0.12249756, -0.23791504, 0.025909424, 0.061798096) * v0_3.y;
                s0_0 += HVEC4(0.024932861, -0.19628906, 0.020126343, -0.015655518) * v0_3.z;
                s0_0 += HVEC4(-0.16247559, -0.09033203, 0.036895752, -0.072753906) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.09106445, 0.12841797, -0.018325806, 0.10144043) * v0_0.x;
                s0_1 += HVEC4(0.027008057, -0.11706543, -0.021209717, 0.011100769) * v0_0.y;
                s0_1 += HVEC4(0.01890564, 0.05053711, -0.026153564, 0.116760254) * v0_0.z;
                s0_1 += HVEC4(-0.09124756, 0.018432617, 0.019210815, -0.12438965) * v0_0.w;
                s0_1 += HVEC4(-0.0059013367, -0.047454834, -0.0034885406, 0.020828247) * v0_1.x;
                s0_1 += HVEC4(-0.00920105, 0.05392456, 0.049468994, 0.0041389465) * v0_1.y;
                s0_1 += HVEC4(0.10223389, -0.17626953, -0.11187744, 0.003829956) * v0_1.z;
                s0_1 += HVEC4(-0.0625, -0.07208252, 0.050628662, -0.019348145) * v0_1.w;
                s0_1 += HVEC4(-0.019943237, -0.023376465, -0.0574646, 0.06390381) * v0_2.x;
                s0_1 += HVEC4(0.006198883, -0.035125732, 0.0039901733, -0.18701172) * v0_2.y;
                s0_1 += HVEC4(0.07623291, -0.041748047, 0.004207611, -0.090148926) * v0_2.z;
                s0_1 += HVEC4(0.050689697, -0.03286743, -0.03829956, -0.0680542) * v0_2.w;
                s0_1 += HVEC4(-0.05581665, -0.124694824, -0.0028305054, 0.05871582) * v0_3.x;
                s0_1 += HVEC4(0.099365234, 0.11291504, 0.005130768, 0.09088135) * v0_3.y;
                s0_1 += HVEC4(-0.08654785, 0.0184021, 0.028778076, 0.058929443) * v0_3.z;
                s0_1 += HVEC4(-0.020202637, 0.26757812, 0.0463562, 0.29833984) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(-0.0005493164, 0.0140686035, 0.2919922, -0.16040039) * v0_0.x;
                s0_0 += HVEC4(-0.013519287, -0.08538818, -0.18640137, 0.19128418) * v0_0.y;
                s0_0 += HVEC4(0.05038452, -0.093444824, 0.23132324, -0.296875) * v0_0.z;
                s0_0 += HVEC4(-0.013587952, 0.08959961, -0.26831055, 0.2175293) * v0_0.w;
                s0_0 += HVEC4(-0.031021118, 0.048461914, -0.1854248, 0.11187744) * v0_1.x;
                s0_0 += HVEC4(-0.038391113, 0.062072754, -0.25097656, 0.27001953) * v0_1.y;
                s0_0 += HVEC4(0.15197754, 0.18225098, 0.02468872, -0.0501709) * v0_1.z;
                s0_0 += HVEC4(0.11352539, -0.13842773, -0.08081055, 0.16748047) * v0_1.w;
                s0_0 += HVEC4(-0.1003418, -0.15917969, 0.055419922, 0.30004883) * v0_2.x;
                s0_0 += HVEC4(-0.014007568, -0.20996094, -0.09185791, -0.18786621) * v0_2.y;
                s0_0 += HVEC4(0.0113220215, 0.061462402, 0.26733398, -0.38842773) * v0_2.z;
                s0_0 += HVEC4(0.08074951, 0.11645508, 0.107421875, 0.13208008) * v0_2.w;
                s0_0 += HVEC4(0.049102783, -0.056488037, 0.23608398, -0.32104492) * v0_3.x;
                s0_0 += HVEC4(-0.14575195, -0.16601562, -0.13415527, -0.120910645) * v0_3.y;
                s0_0 += HVEC4(0.21850586, -0.0597229, -0.2783203, 0.34106445) * v0_3.z;
                s0_0 += HVEC4(0.2220459, 0.010498047, 0.074401855, 0.13757324) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.01574707, 0.089782715, 0.07067871, 0.14221191) * v0_0.x;
                s0_1 += HVEC4(-0.25976562, 0.06524658, -0.074157715, -0.24682617) * v0_0.y;
                s0_1 += HVEC4(0.05279541, 0.16308594, 0.011222839, 0.23205566) * v0_0.z;
                s0_1 += HVEC4(0.29760742, -0.14660645, -0.011741638, -0.10107422) * v0_0.w;
                s0_1 += HVEC4(-0.22631836, 0.04534912, -0.052368164, -0.37060547) * v0_1.x;
                s0_1 += HVEC4(-0.29882812, -0.0770874, 0.19140625, -0.035247803) * v0_1.y;
                s0_1 += HVEC4(-0.09277344, -0.41235352, 0.23901367, -0.3869629) * v0_1.z;
                s0_1 += HVEC4(0.18395996, 0.12463379, 0.020111084, 0.074523926) * v0_1.w;
                s0_1 += HVEC4(0.11578369, -0.03567505, -0.14196777, 0.07684326) * v0_2.x;
                s0_1 += HVEC4(-0.119384766, -0.5449219, -0.019729614, -0.44384766) * v0_2.y;
                s0_1 += HVEC4(0.15454102, 0.0635376, -0.050598145, -0.17797852) * v0_2.z;
                s0_1 += HVEC4(-0.03933716, -0.18371582, -0.10638428, -0.024337769) * v0_2.w;
                s0_1 += HVEC4(-0.34448242, 0.16101074, -0.014671326, -0.11444092) * v0_3.x;
                s0_1 += HVEC4(-0.15429688, 0.019302368, 0.09881592, -0.2286377) * v0_3.y;
                s0_1 += HVEC4(0.2626953, 0.15100098, -0.23583984, 0.2998047) * v0_3.z;
                s0_1 += HVEC4(0.1895752, 0.21118164, 0.09320068, 0.47265625) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.012458801, 0.018981934, -0.10620117, 0.0881958) * v0_0.x;
                s0_0 += HVEC4(0.011352539, 0.0058670044, -0.018173218, -0.006336212) * v0_0.y;
                s0_0 += HVEC4(-0.020065308, -0.032714844, -0.04071045, -0.021881104) * v0_0.z;
                s0_0 += HVEC4(0.0071907043, 0.018859863, 0.121276855, -0.09802246) * v0_0.w;
                s0_0 += HVEC4(0.059936523, 0.0053634644, -0.05166626, -0.009674072) * v0_1.x;
                s0_0 += HVEC4(-0.034729004, -0.016220093, -0.06744385, 0.08026123) * v0_1.y;
                s0_0 += HVEC4(0.13256836, 0.29711914, 0.024871826, 0.021713257) * v0_1.z;
                s0_0 += HVEC4(-0.031341553, -0.0050621033, 0.08538818, -0.09906006) * v0_1.w;
                s0_0 += HVEC4(0.054534912, -0.030654907, 0.0647583, -0.115234375) * v0_2.x;
                s0_0 += HVEC4(-0.08294678, -0.16088867, -0.07055664, -0.012283325) * v0_2.y;
                s0_0 += HVEC4(-0.008300781, 0.030349731, 0.2763672, -0.24438477) * v0_2.z;
                s0_0 += HVEC4(0.027404785, -0.06085205, -0.050048828, 0.066833496) * v0_2.w;
                s0_0 += HVEC4(-0.005882263, 0.055419922, -0.02255249, -0.0059776306) * v0_3.x;
                s0_0 += HVEC4(0.01864624, 0.029754639, 0.020004272, 0.0496521) * v0_3.y;
                s0_0 += HVEC4(-0.040802002, -0.08331299, -0.1550293, 0.14147949) * v0_3.z;
                s0_0 += HVEC4(-0.17504883, -0.04046631, 0.0949707, -0.074523926) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.019485474, -0.081726074, -0.046722412, 0.0049552917) * v0_0.x;
                s0_1 += HVEC4(-0.014717102, -0.057678223, -0.014762878, 0.0046157837) * v0_0.y;
                s0_1 += HVEC4(0.042266846, 0.07232666, 0.016357422, 0.10571289) * v0_0.z;
                s0_1 += HVEC4(-0.10614014, 0.0013666153, 0.056030273, 0.033569336) * v0_0.w;
                s0_1 += HVEC4(-0.01638794, 0.17114258, 0.0054969788, 0.053100586) * v0_1.x;
                s0_1 += HVEC4(-0.07366943, -0.12976074, 0.030593872, -0.010528564) * v0_1.y;
                s0_1 += HVEC4(0.014091492, -0.008140564, -0.07495117, 0.118652344) * v0_1.z;
                s0_1 += HVEC4(-0.14685059, -0.019073486, -0.032409668, -0.0725708) * v0_1.w;
                s0_1 += HVEC4(-0.06137085, -0.02848816, -0.013198853, 0.02911377) * v0_2.x;
                s0_1 += HVEC4(0.022155762, -0.47851562, -0.013122559, -0.37109375) * v0_2.y;
                s0_1 += HVEC4(-0.06439209, 0.12438965, 0.09442139, 0.09649658) * v0_2.z;
                s0_1 += HVEC4(0.061798096, -0.020523071, -0.02420044, -0.08087158) * v0_2.w;
                s0_1 += HVEC4(0.059631348, 0.096191406, -0.044189453, 0.10699463) * v0_3.x;
                s0_1 += HVEC4(-0.011329651, -0.1998291, -0.06555176, -0.35620117) * v0_3.y;
                s0_1 += HVEC4(0.19165039, -0.17456055, -0.13793945, -0.08087158) * v0_3.z;
                s0_1 += HVEC4(-0.016433716, 0.22595215, 0.036315918, 0.34960938) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(0.0065231323, -0.08215332, -0.012008667, 0.017028809) * v0_0.x;
                s0_0 += HVEC4(-0.09265137, -0.056488037, 0.020812988, -0.02859497) * v0_0.y;
                s0_0 += HVEC4(-0.014274597, -0.037872314, -0.020141602, 0.05706787) * v0_0.z;
                s0_0 += HVEC4(-0.008407593, 0.26342773, 0.01977539, -0.03967285) * v0_0.w;
                s0_0 += HVEC4(-0.057891846, -0.11236572, 0.02331543, -0.02293396) * v0_1.x;
                s0_0 += HVEC4(-0.03768921, -0.22509766, -0.016220093, -0.009506226) * v0_1.y;
                s0_0 += HVEC4(0.068847656, 0.30395508, -0.01260376, 0.013618469) * v0_1.z;
                s0_0 += HVEC4(-0.014839172, 0.28393555, -0.0015935898, -0.020477295) * v0_1.w;
                s0_0 += HVEC4(-0.030807495, 0.28149414, 0.016296387, 0.00019216537) * v0_2.x;
                s0_0 += HVEC4(0.06384277, -0.7685547, -0.008865356, -0.0013580322) * v0_2.y;
                s0_0 += HVEC4(0.09295654, 0.17272949, 0.01499939, -0.011489868) * v0_2.z;
                s0_0 += HVEC4(0.039093018, 0.1274414, -0.037597656, -0.02822876) * v0_2.w;
                s0_0 += HVEC4(0.08569336, -0.2944336, -0.029312134, 0.05316162) * v0_3.x;
                s0_0 += HVEC4(0.0625, 0.06304932, 0.0035591125, 0.003288269) * v0_3.y;
                s0_0 += HVEC4(-0.025390625, -0.06500244, 0.0004041195, 0.0016469955) * v0_3.z;
                s0_0 += HVEC4(-0.2770996, 0.046447754, 0.012367249, -0.08404541) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.03237915, -0.036987305, -0.11853027, -0.060424805) * v0_0.x;
                s0_1 += HVEC4(-6.169081e-05, 0.07104492, -0.0020103455, 0.1842041) * v0_0.y;
                s0_1 += HVEC4(-0.019470215, 0.0256958, -0.06341553, 0.0056266785) * v0_0.z;
                s0_1 += HVEC4(0.013069153, -0.083862305, 0.046325684, -0.076293945) * v0_0.w;
                s0_1 += HVEC4(0.015144348, 0.027328491, -0.028213501, -0.02973938) * v0_1.x;
                s0_1 += HVEC4(-0.0077171326, -0.017700195, -0.009017944, -0.041870117) * v0_1.y;
                s0_1 += HVEC4(0.0021896362, 0.016067505, -0.05303955, 0.087402344) * v0_1.z;
                s0_1 += HVEC4(0.011276245, 0.036224365, 0.06304932, -0.012237549) * v0_1.w;
                s0_1 += HVEC4(-0.02180481, 0.2915039, 0.07562256, -0.04638672) * v0_2.x;
                s0_1 += HVEC4(0.010124207, 0.020431519, 0.013893127, 0.01033783) * v0_2.y;
                s0_1 += HVEC4(-0.008270264, -0.0005159378, -0.049591064, 0.018035889) * v0_2.z;
                s0_1 += HVEC4(-0.002954483, 0.05319214, -0.12487793, 0.077941895) * v0_2.w;
                s0_1 += HVEC4(-0.02154541, -0.033416748, 0.12390137, -0.15234375) * v0_3.x;
                s0_1 += HVEC4(-0.064086914, -0.22961426, -0.05392456, 0.009300232) * v0_3.y;
                s0_1 += HVEC4(0.016418457, -0.031677246, 0.050109863, -0.041992188) * v0_3.z;
                s0_1 += HVEC4(-0.025558472, -0.6660156, 0.0064888, -0.06524658) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(-0.064697266, 0.0026893616, -0.07635498, 0.09625244) * v0_0.x;
                s0_0 += HVEC4(0.111083984, -0.045043945, 0.09686279, -0.050231934) * v0_0.y;
                s0_0 += HVEC4(-0.11029053, -0.07763672, -0.0703125, 0.03692627) * v0_0.z;
                s0_0 += HVEC4(0.006111145, -0.08666992, 0.017684937, 0.013015747) * v0_0.w;
                s0_0 += HVEC4(0.10333252, 0.14611816, 0.05432129, -0.06072998) * v0_1.x;
                s0_0 += HVEC4(0.09320068, 0.15063477, 0.031204224, 0.022705078) * v0_1.y;
                s0_0 += HVEC4(0.011856079, 0.0440979, 0.058380127, -0.04916382) * v0_1.z;
                s0_0 += HVEC4(-0.119262695, -0.10217285, -0.023040771, -0.0038013458) * v0_1.w;
                s0_0 += HVEC4(-0.113708496, -0.090148926, 0.009300232, -0.04232788) * v0_2.x;
                s0_0 += HVEC4(-0.23046875, 0.101867676, -0.025344849, 0.015197754) * v0_2.y;
                s0_0 += HVEC4(-0.19458008, -0.035339355, 0.09301758, -0.0579834) * v0_2.z;
                s0_0 += HVEC4(0.35327148, -0.03491211, 0.06756592, -0.06616211) * v0_2.w;
                s0_0 += HVEC4(0.032806396, 0.037841797, 0.056732178, -0.03125) * v0_3.x;
                s0_0 += HVEC4(-0.19030762, -0.008682251, 0.04043579, 0.02444458) * v0_3.y;
                s0_0 += HVEC4(-0.20141602, -0.021835327, -0.0847168, 0.041381836) * v0_3.z;
                s0_0 += HVEC4(-0.37719727, -0.023529053, -0.08190918, 0.059051514) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.0340271, -0.21118164, 0.12841797, -0.11895752) * v0_0.x;
                s0_1 += HVEC4(0.11138916, 0.18359375, 0.15478516, 0.2076416) * v0_0.y;
                s0_1 += HVEC4(-0.06933594, -0.32104492, -0.17297363, 0.005378723) * v0_0.z;
                s0_1 += HVEC4(-0.007118225, 0.13378906, -0.2253418, -0.13171387) * v0_0.w;
                s0_1 += HVEC4(0.041107178, 0.2536621, 0.17224121, 0.113220215) * v0_1.x;
                s0_1 += HVEC4(0.026641846, -0.089538574, 0.28027344, 0.030883789) * v0_1.y;
                s0_1 += HVEC4(0.032104492, 0.28759766, 0.042938232, 0.14978027) * v0_1.z;
                s0_1 += HVEC4(-0.036376953, -0.3010254, -0.11541748, -0.23925781) * v0_1.w;
                s0_1 += HVEC4(0.037353516, 0.30517578, 0.15844727, -0.11755371) * v0_2.x;
                s0_1 += HVEC4(-0.034088135, -0.7470703, -0.13598633, 0.020095825) * v0_2.y;
                s0_1 += HVEC4(0.0056037903, -0.15625, -0.20568848, 0.0079956055) * v0_2.z;
                s0_1 += HVEC4(0.04525757, 0.37597656, 0.27783203, 0.14648438) * v0_2.w;
                s0_1 += HVEC4(-0.009559631, -0.18823242, 0.20117188, 0.06756592) * v0_3.x;
                s0_1 += HVEC4(0.059631348, -0.21447754, -0.15588379, 0.1295166) * v0_3.y;
                s0_1 += HVEC4(-0.023849487, -0.17126465, -0.22094727, -0.15527344) * v0_3.z;
                s0_1 += HVEC4(0.021560669, -0.2442627, -0.11932373, -0.11993408) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.0005970001, -0.038238525, 0.018478394, -0.052581787) * v0_0.x;
                s0_0 += HVEC4(-0.07531738, 0.043426514, -0.010246277, -0.009223938) * v0_0.y;
                s0_0 += HVEC4(0.00970459, 0.066589355, -0.002910614, 0.025802612) * v0_0.z;
                s0_0 += HVEC4(-0.017486572, 0.037719727, 0.02848816, -0.060302734) * v0_0.w;
                s0_0 += HVEC4(-0.080322266, -0.046142578, 0.00869751, -0.011177063) * v0_1.x;
                s0_0 += HVEC4(-0.0435791, -0.0927124, -0.002035141, -0.014877319) * v0_1.y;
                s0_0 += HVEC4(-0.066711426, -0.020111084, 0.023239136, -0.06100464) * v0_1.z;
                s0_0 += HVEC4(0.0013809204, 0.07714844, 0.03451538, -0.060150146) * v0_1.w;
                s0_0 += HVEC4(-0.0041122437, 0.07702637, 0.02909851, -0.021240234) * v0_2.x;
                s0_0 += HVEC4(-0.14221191, 0.07122803, 0.0027885437, 0.022720337) * v0_2.y;
                s0_0 += HVEC4(0.013450623, 0.0041275024, 0.04043579, -0.049041748) * v0_2.z;
                s0_0 += HVEC4(0.058898926, 0.00071525574, -0.030899048, -0.018066406) * v0_2.w;
                s0_0 += HVEC4(0.010253906, -0.09588623, -0.052612305, 0.07550049) * v0_3.x;
                s0_0 += HVEC4(-0.09033203, 0.055755615, 0.0043525696, -0.021606445) * v0_3.y;
                s0_0 += HVEC4(0.060546875, 0.027450562, 0.0030231476, -0.013427734) * v0_3.z;
                s0_0 += HVEC4(0.12573242, 0.08050537, 0.00945282, -0.003932953) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.0032520294, 0.13452148, -0.047546387, 0.0062789917) * v0_0.x;
                s0_1 += HVEC4(0.0146484375, 0.18859863, 0.012557983, 0.3239746) * v0_0.y;
                s0_1 += HVEC4(-0.008766174, 0.06726074, -0.035614014, -0.008270264) * v0_0.z;
                s0_1 += HVEC4(-0.027313232, -0.08465576, 0.12347412, -0.17138672) * v0_0.w;
                s0_1 += HVEC4(0.008331299, 0.14331055, -0.014167786, 0.028274536) * v0_1.x;
                s0_1 += HVEC4(0.013519287, -0.01209259, 0.028213501, 0.016342163) * v0_1.y;
                s0_1 += HVEC4(-0.019470215, 0.08227539, 0.029541016, 0.056793213) * v0_1.z;
                s0_1 += HVEC4(-0.0012998581, -0.10131836, 0.10571289, 0.004020691) * v0_1.w;
                s0_1 += HVEC4(-0.010795593, 0.18566895, 0.05050659, -0.036712646) * v0_2.x;
                s0_1 += HVEC4(-0.018997192, -0.3269043, -0.05807495, -0.0574646) * v0_2.y;
                s0_1 += HVEC4(-0.019607544, -0.17663574, 0.12927246, -0.14428711) * v0_2.z;
                s0_1 += HVEC4(-0.018936157, 0.18481445, -0.07409668, 0.15722656) * v0_2.w;
                s0_1 += HVEC4(0.00027489662, -0.011146545, -0.04397583, -0.0151901245) * v0_3.x;
                s0_1 += HVEC4(-0.018692017, 0.17602539, 0.0362854, 0.027679443) * v0_3.y;
                s0_1 += HVEC4(0.024505615, 0.0287323, -0.18005371, -0.06768799) * v0_3.z;
                s0_1 += HVEC4(-0.018325806, -0.06329346, 0.06567383, -0.04260254) * v0_3.w;
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
            vec4 a0_2 = vec4(-0.0029531752, -0.08500148, -0.007686109, -0.0058430806);
            vec4 a0_3 = vec4(-0.0036268765, 0.012139913, -0.005200553, -0.008799173);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(0.0496521, -0.014305115, 0.009559631, 0.050964355) * v0_0.x;
                s0_2 += HVEC4(0.02217102, 0.051879883, 0.014205933, 0.019485474) * v0_0.y;
                s0_2 += HVEC4(-0.0073776245, 0.06311035, 0.0013532639, 0.073791504) * v0_0.z;
                s0_2 += HVEC4(0.09710693, -0.031707764, -0.0050621033, 0.0027980804) * v0_0.w;
                s0_2 += HVEC4(0.00020587444, -0.10595703, -0.02407837, -0.043914795) * v0_1.x;
                s0_2 += HVEC4(0.035980225, -0.1105957, 0.0005288124, 0.048828125) * v0_1.y;
                s0_2 += HVEC4(-0.12231445, 0.024856567, 0.009262085, -0.10461426) * v0_1.z;
                s0_2 += HVEC4(0.0067443848, 0.026535034, -0.0058250427, -0.03253174) * v0_1.w;
                s0_2 += HVEC4(-0.046203613, -0.1038208, -0.010856628, 0.037353516) * v0_2.x;
                s0_2 += HVEC4(0.045166016, -0.115112305, 0.003238678, 0.05722046) * v0_2.y;
                s0_2 += HVEC4(-0.014320374, -0.020385742, -0.00687027, 0.01285553) * v0_2.z;
                s0_2 += HVEC4(0.066345215, -0.01448822, -0.0005683899, -0.018844604) * v0_2.w;
                s0_2 += HVEC4(0.020324707, -0.075805664, 0.00040864944, 0.17907715) * v0_3.x;
                s0_2 += HVEC4(-0.12487793, -0.038909912, -0.013404846, -0.15405273) * v0_3.y;
                s0_2 += HVEC4(-0.02949524, -0.019699097, 0.0037193298, -0.034942627) * v0_3.z;
                s0_2 += HVEC4(-0.048553467, -0.10083008, -0.011276245, -0.087768555) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.055236816, -0.05218506, 0.09710693, 0.05307007) * v0_0.x;
                s0_3 += HVEC4(0.00818634, 0.024032593, 0.006477356, 0.014923096) * v0_0.y;
                s0_3 += HVEC4(-0.101623535, 0.056884766, -0.08782959, -0.15661621) * v0_0.z;
                s0_3 += HVEC4(0.023040771, 0.10845947, -0.0055007935, 0.07574463) * v0_0.w;
                s0_3 += HVEC4(0.0034103394, 0.055358887, 0.024108887, 0.021850586) * v0_1.x;
                s0_3 += HVEC4(-0.018096924, -0.054779053, 0.035583496, -0.107910156) * v0_1.y;
                s0_3 += HVEC4(0.07952881, -0.15844727, 0.28955078, 0.20373535) * v0_1.z;
                s0_3 += HVEC4(-0.02609253, 0.19641113, -0.17443848, 0.028182983) * v0_1.w;
                s0_3 += HVEC4(-0.0033683777, 0.27490234, -0.14526367, 0.05618286) * v0_2.x;
                s0_3 += HVEC4(0.021560669, 0.12060547, 0.07470703, -0.06222534) * v0_2.y;
                s0_3 += HVEC4(-0.03161621, 0.082336426, -0.073913574, 0.028564453) * v0_2.z;
                s0_3 += HVEC4(-0.04598999, -0.35327148, 0.029922485, 0.039245605) * v0_2.w;
                s0_3 += HVEC4(-0.08404541, -0.034179688, -0.11004639, 0.07598877) * v0_3.x;
                s0_3 += HVEC4(0.009529114, -0.123413086, 0.06298828, -0.0016975403) * v0_3.y;
                s0_3 += HVEC4(0.030776978, 0.06060791, -0.11218262, -0.015266418) * v0_3.z;
                s0_3 += HVEC4(0.06951904, -0.12866211, -0.17932129, -0.08227539) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.071899414, -0.079833984, 0.029296875, 0.013374329) * v0_0.x;
                s0_2 += HVEC4(0.029205322, -0.115600586, -0.038726807, 0.040893555) * v0_0.y;
                s0_2 += HVEC4(-0.05102539, 0.020080566, 0.027938843, -0.07055664) * v0_0.z;
                s0_2 += HVEC4(0.02482605, 0.02078247, -0.035461426, 0.029907227) * v0_0.w;
                s0_2 += HVEC4(0.12145996, -0.02784729, -0.014602661, 0.15881348) * v0_1.x;
                s0_2 += HVEC4(-0.16918945, -0.10534668, -0.03363037, -0.24719238) * v0_1.y;
                s0_2 += HVEC4(-0.011940002, -0.028045654, -0.08630371, 0.08532715) * v0_1.z;
                s0_2 += HVEC4(0.08654785, -0.0057373047, -0.013717651, -3.2007694e-05) * v0_1.w;
                s0_2 += HVEC4(0.0155181885, -0.043792725, -0.04824829, 0.009300232) * v0_2.x;
                s0_2 += HVEC4(-0.12683105, -0.083984375, -0.03845215, -0.44970703) * v0_2.y;
                s0_2 += HVEC4(0.02470398, -0.08453369, -0.0072746277, 0.0039596558) * v0_2.z;
                s0_2 += HVEC4(0.12060547, -0.06585693, 0.090026855, 0.05633545) * v0_2.w;
                s0_2 += HVEC4(0.009025574, -0.080200195, 0.042388916, -0.005744934) * v0_3.x;
                s0_2 += HVEC4(-0.14025879, 0.04257202, 0.0015983582, 0.21289062) * v0_3.y;
                s0_2 += HVEC4(0.1973877, 0.0068740845, 0.029953003, -0.017944336) * v0_3.z;
                s0_2 += HVEC4(0.08294678, 0.04510498, -0.021026611, -0.08630371) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.019760132, 0.14318848, -0.11993408, 0.08312988) * v0_0.x;
                s0_3 += HVEC4(-0.07501221, 0.060028076, 0.02154541, -0.09753418) * v0_0.y;
                s0_3 += HVEC4(0.14648438, 0.14147949, 0.12145996, 0.0090408325) * v0_0.z;
                s0_3 += HVEC4(0.029510498, 0.21838379, 0.13928223, 0.024002075) * v0_0.w;
                s0_3 += HVEC4(0.01309967, -0.25683594, -0.21118164, -0.058898926) * v0_1.x;
                s0_3 += HVEC4(0.1340332, -0.064086914, -0.038909912, 0.14892578) * v0_1.y;
                s0_3 += HVEC4(-0.3623047, 0.95751953, -0.38549805, 0.20861816) * v0_1.z;
                s0_3 += HVEC4(-0.013542175, -0.17541504, 0.21032715, -0.018539429) * v0_1.w;
                s0_3 += HVEC4(-0.0892334, 0.017852783, 0.35180664, -0.07141113) * v0_2.x;
                s0_3 += HVEC4(0.049987793, -0.5800781, -0.3371582, -0.06652832) * v0_2.y;
                s0_3 += HVEC4(0.054779053, -0.14001465, 0.039398193, -0.043426514) * v0_2.z;
                s0_3 += HVEC4(-0.0657959, 0.2368164, 0.17028809, -0.17199707) * v0_2.w;
                s0_3 += HVEC4(0.035064697, -0.036499023, -0.03250122, -0.023605347) * v0_3.x;
                s0_3 += HVEC4(0.09576416, -0.09362793, -0.12768555, 0.022003174) * v0_3.y;
                s0_3 += HVEC4(0.052246094, -0.38452148, 0.20361328, -0.06781006) * v0_3.z;
                s0_3 += HVEC4(0.07537842, 0.24951172, 0.25854492, -0.026626587) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(0.03111267, -0.1060791, -0.10876465, 0.06561279) * v0_0.x;
                s0_2 += HVEC4(0.015991211, 0.07385254, 0.03439331, -0.043121338) * v0_0.y;
                s0_2 += HVEC4(0.038726807, -0.02116394, -0.07849121, 0.04837036) * v0_0.z;
                s0_2 += HVEC4(-0.02684021, -0.09661865, -0.04550171, 0.080444336) * v0_0.w;
                s0_2 += HVEC4(-6.389618e-05, -0.037017822, 0.18518066, 0.0041618347) * v0_1.x;
                s0_2 += HVEC4(-0.008392334, -0.04876709, -0.32373047, 0.11444092) * v0_1.y;
                s0_2 += HVEC4(0.42114258, 0.0736084, -0.084472656, 0.24987793) * v0_1.z;
                s0_2 += HVEC4(0.0030403137, 0.0574646, 0.010978699, 0.04928589) * v0_1.w;
                s0_2 += HVEC4(-0.045562744, -0.034088135, 0.13671875, -3.1888485e-05) * v0_2.x;
                s0_2 += HVEC4(0.019439697, -0.087768555, -0.32861328, -0.25317383) * v0_2.y;
                s0_2 += HVEC4(-0.0692749, -0.05050659, 0.07952881, 0.016784668) * v0_2.z;
                s0_2 += HVEC4(0.03704834, 0.066223145, 0.044525146, -0.14099121) * v0_2.w;
                s0_2 += HVEC4(0.012321472, -0.07434082, 0.2758789, -0.014472961) * v0_3.x;
                s0_2 += HVEC4(-0.08569336, 0.074035645, -0.10467529, -0.034851074) * v0_3.y;
                s0_2 += HVEC4(0.046844482, -0.017837524, 0.16552734, -0.0154418945) * v0_3.z;
                s0_2 += HVEC4(-0.15039062, -0.03527832, -0.05996704, -0.03933716) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.041625977, -0.122924805, 0.014007568, -0.004436493) * v0_0.x;
                s0_3 += HVEC4(0.0657959, 0.021362305, -0.032806396, 0.009635925) * v0_0.y;
                s0_3 += HVEC4(-0.00081157684, -0.11553955, -0.20898438, -0.03967285) * v0_0.z;
                s0_3 += HVEC4(-0.07501221, 0.09490967, 0.0062332153, -0.021896362) * v0_0.w;
                s0_3 += HVEC4(0.015327454, 0.10986328, -0.029220581, 0.04147339) * v0_1.x;
                s0_3 += HVEC4(-0.081726074, 0.06719971, -0.09716797, -0.024383545) * v0_1.y;
                s0_3 += HVEC4(-0.110961914, 0.87597656, 0.36279297, 0.0287323) * v0_1.z;
                s0_3 += HVEC4(-0.045318604, 0.03970337, 0.044555664, 0.01965332) * v0_1.w;
                s0_3 += HVEC4(0.1005249, 0.0335083, -0.050476074, -0.021377563) * v0_2.x;
                s0_3 += HVEC4(-0.13830566, -0.26513672, -0.06518555, 0.020996094) * v0_2.y;
                s0_3 += HVEC4(-0.07550049, 0.044036865, -0.0010061264, 0.008201599) * v0_2.z;
                s0_3 += HVEC4(0.020095825, -0.039215088, 0.023086548, 0.02456665) * v0_2.w;
                s0_3 += HVEC4(0.05987549, 0.02418518, 0.053588867, 0.00680542) * v0_3.x;
                s0_3 += HVEC4(-0.010871887, -0.11883545, 0.07733154, 0.00021338463) * v0_3.y;
                s0_3 += HVEC4(-0.0020771027, -0.13195801, -0.059143066, -0.016540527) * v0_3.z;
                s0_3 += HVEC4(-0.070129395, 0.39038086, -0.044403076, 0.06021118) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(-0.10333252, -0.014015198, 0.0038013458, -0.11590576) * v0_0.x;
                s0_2 += HVEC4(0.036590576, 0.03756714, -0.007865906, -0.09576416) * v0_0.y;
                s0_2 += HVEC4(-0.018234253, -0.026977539, -0.025314331, 0.06762695) * v0_0.z;
                s0_2 += HVEC4(0.17297363, 0.06549072, -0.022216797, 0.010513306) * v0_0.w;
                s0_2 += HVEC4(-0.00012886524, -0.000726223, -0.0041046143, 0.013114929) * v0_1.x;
                s0_2 += HVEC4(-0.09918213, -0.06744385, -0.014274597, -0.12438965) * v0_1.y;
                s0_2 += HVEC4(-0.03552246, -0.084472656, -0.017166138, 0.0024299622) * v0_1.z;
                s0_2 += HVEC4(0.064331055, -0.008735657, 0.030807495, 0.080078125) * v0_1.w;
                s0_2 += HVEC4(0.105651855, -0.054534912, -0.02444458, -0.04437256) * v0_2.x;
                s0_2 += HVEC4(0.005683899, -0.105041504, -0.0025806427, -0.011390686) * v0_2.y;
                s0_2 += HVEC4(-0.016311646, -0.07501221, 0.005718231, 0.017562866) * v0_2.z;
                s0_2 += HVEC4(0.020843506, -0.06982422, -0.025405884, -0.06463623) * v0_2.w;
                s0_2 += HVEC4(0.13513184, -0.015548706, 0.044067383, -0.08380127) * v0_3.x;
                s0_2 += HVEC4(-0.11248779, -0.11395264, 0.01084137, 0.0692749) * v0_3.y;
                s0_2 += HVEC4(0.066833496, -0.013420105, 0.009994507, 0.13867188) * v0_3.z;
                s0_2 += HVEC4(-0.11090088, -0.04586792, -0.02482605, -0.10614014) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.07446289, -0.08062744, 0.17834473, 0.34277344) * v0_0.x;
                s0_3 += HVEC4(0.02835083, -0.16894531, 0.031280518, -0.20043945) * v0_0.y;
                s0_3 += HVEC4(0.032592773, -0.21118164, 0.005622864, 0.04598999) * v0_0.z;
                s0_3 += HVEC4(-0.1538086, 0.055908203, 0.14892578, -0.086364746) * v0_0.w;
                s0_3 += HVEC4(0.04812622, 0.0848999, -0.011077881, -0.10333252) * v0_1.x;
                s0_3 += HVEC4(0.053009033, -0.019241333, 0.11584473, 0.27685547) * v0_1.y;
                s0_3 += HVEC4(-0.03894043, -0.07733154, 0.087890625, -0.13366699) * v0_1.z;
                s0_3 += HVEC4(-0.08453369, -0.0637207, -0.039916992, -0.08251953) * v0_1.w;
                s0_3 += HVEC4(0.03164673, -0.07128906, -0.23962402, -0.23840332) * v0_2.x;
                s0_3 += HVEC4(-0.037719727, -0.17834473, 0.01638794, -0.25097656) * v0_2.y;
                s0_3 += HVEC4(0.06201172, 0.086364746, -0.027191162, -0.18969727) * v0_2.z;
                s0_3 += HVEC4(0.03994751, -0.17041016, 0.13964844, 0.2388916) * v0_2.w;
                s0_3 += HVEC4(-0.0680542, 0.13830566, -0.09899902, 0.02760315) * v0_3.x;
                s0_3 += HVEC4(-0.012557983, -0.12609863, 0.009140015, 0.0027618408) * v0_3.y;
                s0_3 += HVEC4(-0.048950195, -0.04473877, -0.01939392, -0.050445557) * v0_3.z;
                s0_3 += HVEC4(-0.30371094, 0.09716797, -0.19274902, -0.21728516) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(0.031051636, 0.043701172, -0.03036499, 0.25878906) * v0_0.x;
                s0_2 += HVEC4(-0.08062744, 0.05038452, 0.061431885, -0.14611816) * v0_0.y;
                s0_2 += HVEC4(-0.06329346, -0.044952393, -0.037872314, -0.060516357) * v0_0.z;
                s0_2 += HVEC4(-0.037231445, 0.044403076, 0.15856934, 0.059265137) * v0_0.w;
                s0_2 += HVEC4(0.123168945, -0.08862305, -0.05090332, -0.04437256) * v0_1.x;
                s0_2 += HVEC4(0.13427734, -0.085632324, -0.10211182, 0.18640137) * v0_1.y;
                s0_2 += HVEC4(0.15673828, 0.04321289, 0.057678223, 0.17980957) * v0_1.z;
                s0_2 += HVEC4(-0.017227173, -0.059448242, 0.047424316, -0.25610352) * v0_1.w;
                s0_2 += HVEC4(-0.09686279, -0.013832092, -0.004299164, 0.19836426) * v0_2.x;
                s0_2 += HVEC4(-0.32543945, 0.070251465, 0.09075928, -0.42407227) * v0_2.y;
                s0_2 += HVEC4(-0.0262146, -0.04208374, 0.08190918, 0.08892822) * v0_2.z;
                s0_2 += HVEC4(0.32128906, -0.1027832, -0.04623413, -0.09222412) * v0_2.w;
                s0_2 += HVEC4(-0.18774414, -0.051483154, 0.26367188, 0.068237305) * v0_3.x;
                s0_2 += HVEC4(-0.60839844, 0.024780273, 0.021850586, -0.29345703) * v0_3.y;
                s0_2 += HVEC4(-0.06842041, 0.054748535, 0.056762695, -0.15771484) * v0_3.z;
                s0_2 += HVEC4(-0.23571777, 0.024887085, 0.18408203, -0.35424805) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.33081055, 0.18713379, 0.10241699, 0.14196777) * v0_0.x;
                s0_3 += HVEC4(0.0748291, 0.09423828, 0.07800293, 0.13342285) * v0_0.y;
                s0_3 += HVEC4(0.18737793, -0.10333252, -0.26879883, 0.016906738) * v0_0.z;
                s0_3 += HVEC4(-0.10406494, -0.2565918, 0.5058594, -0.121032715) * v0_0.w;
                s0_3 += HVEC4(-0.11193848, -0.12854004, -0.042938232, -0.007648468) * v0_1.x;
                s0_3 += HVEC4(-0.0993042, -0.22058105, -0.18444824, -0.15222168) * v0_1.y;
                s0_3 += HVEC4(0.06964111, 0.29760742, 0.24694824, 0.07745361) * v0_1.z;
                s0_3 += HVEC4(-0.09423828, 0.034942627, 0.1352539, 0.01335144) * v0_1.w;
                s0_3 += HVEC4(0.07141113, -0.015792847, 0.18591309, -0.10522461) * v0_2.x;
                s0_3 += HVEC4(-0.27905273, -0.49780273, -0.18444824, -0.12683105) * v0_2.y;
                s0_3 += HVEC4(-0.3330078, -0.0574646, 0.0017261505, -0.074279785) * v0_2.z;
                s0_3 += HVEC4(-0.03152466, 0.42138672, -0.114990234, -0.09283447) * v0_2.w;
                s0_3 += HVEC4(-0.0345459, -0.087768555, -0.5649414, 0.06738281) * v0_3.x;
                s0_3 += HVEC4(-0.08135986, -0.33911133, -0.13537598, 0.13549805) * v0_3.y;
                s0_3 += HVEC4(0.13305664, -0.15368652, 0.15393066, 0.051208496) * v0_3.z;
                s0_3 += HVEC4(0.24645996, -0.03591919, 0.35058594, -0.029891968) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(0.036102295, -0.017288208, -0.15112305, 0.12756348) * v0_0.x;
                s0_2 += HVEC4(0.0013360977, -0.05255127, -0.19641113, 0.095581055) * v0_0.y;
                s0_2 += HVEC4(0.0657959, -0.020980835, -0.1751709, -0.027267456) * v0_0.z;
                s0_2 += HVEC4(-0.1628418, -0.07946777, 0.041900635, -0.19226074) * v0_0.w;
                s0_2 += HVEC4(-0.06549072, -0.09423828, 0.16259766, 0.03793335) * v0_1.x;
                s0_2 += HVEC4(-0.12322998, -0.11193848, 0.22595215, -0.031585693) * v0_1.y;
                s0_2 += HVEC4(-0.1574707, 0.035003662, -0.0262146, -0.22949219) * v0_1.z;
                s0_2 += HVEC4(-0.13208008, 0.0063591003, -0.008049011, -0.09222412) * v0_1.w;
                s0_2 += HVEC4(-0.028747559, 0.05834961, -0.074035645, -0.111083984) * v0_2.x;
                s0_2 += HVEC4(-0.12054443, -0.01689148, -0.87597656, -0.21655273) * v0_2.y;
                s0_2 += HVEC4(-0.023071289, -0.086242676, -0.33569336, -0.10699463) * v0_2.z;
                s0_2 += HVEC4(0.19421387, -0.060180664, 0.55371094, 0.04144287) * v0_2.w;
                s0_2 += HVEC4(0.032836914, -0.076416016, -0.23254395, 0.010231018) * v0_3.x;
                s0_2 += HVEC4(-0.20776367, 0.0099105835, -0.17907715, 0.12927246) * v0_3.y;
                s0_2 += HVEC4(0.08074951, 0.046966553, -0.17224121, 0.052520752) * v0_3.z;
                s0_2 += HVEC4(0.010612488, 0.061065674, -0.2409668, -0.18566895) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.080322266, 0.009651184, -0.018005371, 0.0033817291) * v0_0.x;
                s0_3 += HVEC4(-0.04083252, 0.000770092, -0.06762695, -0.01928711) * v0_0.y;
                s0_3 += HVEC4(-0.04660034, 0.058746338, 0.020477295, -0.015792847) * v0_0.z;
                s0_3 += HVEC4(0.1541748, 0.20996094, -0.055511475, 0.03692627) * v0_0.w;
                s0_3 += HVEC4(-0.05029297, -0.2841797, 0.015060425, -0.0061302185) * v0_1.x;
                s0_3 += HVEC4(-0.047088623, 0.008163452, 0.0020713806, 0.039276123) * v0_1.y;
                s0_3 += HVEC4(0.10284424, 0.28442383, 0.026443481, 0.002620697) * v0_1.z;
                s0_3 += HVEC4(0.018371582, 0.084350586, -0.083496094, 0.013046265) * v0_1.w;
                s0_3 += HVEC4(-0.017425537, 0.052764893, -0.06378174, -0.053833008) * v0_2.x;
                s0_3 += HVEC4(0.12988281, -0.33032227, -0.04333496, -0.006729126) * v0_2.y;
                s0_3 += HVEC4(0.20227051, 0.103637695, -0.058013916, -0.013664246) * v0_2.z;
                s0_3 += HVEC4(-0.09454346, -0.32983398, -0.0680542, -0.0017375946) * v0_2.w;
                s0_3 += HVEC4(-0.0259552, -0.3088379, -0.008308411, -0.04534912) * v0_3.x;
                s0_3 += HVEC4(0.008621216, 0.13208008, -0.14672852, 0.0022888184) * v0_3.y;
                s0_3 += HVEC4(-0.10180664, -0.16333008, 0.15063477, 0.03945923) * v0_3.z;
                s0_3 += HVEC4(0.028778076, 0.019317627, -0.08703613, 0.04751587) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(0.0058021545, -0.10522461, -0.0031433105, 0.02961731) * v0_0.x;
                s0_2 += HVEC4(-0.12322998, -0.107421875, 0.0011672974, 0.00819397) * v0_0.y;
                s0_2 += HVEC4(0.02684021, 0.05203247, -0.008125305, 0.054534912) * v0_0.z;
                s0_2 += HVEC4(-0.0066490173, -0.018737793, 0.008285522, -0.008682251) * v0_0.w;
                s0_2 += HVEC4(-0.052520752, -0.039215088, 0.003194809, 0.025054932) * v0_1.x;
                s0_2 += HVEC4(-0.03326416, -0.089904785, -0.006790161, 0.0030994415) * v0_1.y;
                s0_2 += HVEC4(0.03475952, -0.09118652, -0.009216309, 0.06970215) * v0_1.z;
                s0_2 += HVEC4(-0.04736328, 0.055236816, -0.0068206787, -0.12335205) * v0_1.w;
                s0_2 += HVEC4(-0.10070801, -0.055725098, 0.0039253235, 0.031951904) * v0_2.x;
                s0_2 += HVEC4(0.016952515, -0.11444092, 0.006652832, -0.068115234) * v0_2.y;
                s0_2 += HVEC4(0.09802246, -0.1048584, 0.0005464554, 0.03543091) * v0_2.z;
                s0_2 += HVEC4(0.07800293, -0.013412476, -0.00289917, 0.050628662) * v0_2.w;
                s0_2 += HVEC4(0.06347656, -0.083496094, 0.03741455, -0.0013856888) * v0_3.x;
                s0_2 += HVEC4(0.045196533, 0.07849121, -0.0029029846, 0.034057617) * v0_3.y;
                s0_2 += HVEC4(-0.010978699, 0.02017212, -0.002155304, -0.061340332) * v0_3.z;
                s0_2 += HVEC4(-0.28051758, -0.08721924, -0.011894226, -0.35131836) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.036132812, -0.21838379, 0.046569824, 0.09893799) * v0_0.x;
                s0_3 += HVEC4(-0.049102783, 0.0012149811, -0.094177246, 0.06713867) * v0_0.y;
                s0_3 += HVEC4(0.0053634644, -0.008132935, 0.029251099, -0.025878906) * v0_0.z;
                s0_3 += HVEC4(-0.02154541, 0.18652344, -0.05645752, 0.15185547) * v0_0.w;
                s0_3 += HVEC4(-0.010063171, 0.015335083, 0.040374756, 0.0027275085) * v0_1.x;
                s0_3 += HVEC4(-0.048065186, -0.13378906, 0.047332764, -0.03338623) * v0_1.y;
                s0_3 += HVEC4(0.0035934448, -0.064086914, 0.03366089, 0.123535156) * v0_1.z;
                s0_3 += HVEC4(0.06878662, 0.020874023, 0.018493652, -0.09039307) * v0_1.w;
                s0_3 += HVEC4(0.061157227, 0.28759766, -0.12817383, 0.072753906) * v0_2.x;
                s0_3 += HVEC4(0.015068054, 0.066589355, -0.00072336197, 0.049621582) * v0_2.y;
                s0_3 += HVEC4(-0.02571106, 0.0925293, -0.081726074, -0.00092840195) * v0_2.z;
                s0_3 += HVEC4(-0.10876465, -0.070739746, 0.013694763, -0.10095215) * v0_2.w;
                s0_3 += HVEC4(-0.028442383, -0.04586792, -0.0793457, -0.22521973) * v0_3.x;
                s0_3 += HVEC4(-0.0010948181, 0.18371582, -0.16516113, -0.115478516) * v0_3.y;
                s0_3 += HVEC4(0.06097412, -0.0015048981, 0.011680603, -0.014152527) * v0_3.z;
                s0_3 += HVEC4(-0.18188477, -0.2770996, -0.13598633, -0.06512451) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.011558533, 0.019119263, 0.00680542, -0.03378296) * v0_0.x;
                s0_2 += HVEC4(-0.11138916, -0.07873535, 0.016403198, -0.08886719) * v0_0.y;
                s0_2 += HVEC4(-0.00932312, -0.01449585, -0.0042877197, -0.010131836) * v0_0.z;
                s0_2 += HVEC4(-0.028411865, -0.060516357, -0.028762817, -0.007472992) * v0_0.w;
                s0_2 += HVEC4(-0.017593384, -0.038085938, 0.023910522, -0.09637451) * v0_1.x;
                s0_2 += HVEC4(-0.013076782, -0.044433594, -0.0061683655, 0.029281616) * v0_1.y;
                s0_2 += HVEC4(-0.046966553, -0.048675537, 0.012832642, -0.17956543) * v0_1.z;
                s0_2 += HVEC4(-0.024993896, 0.028823853, -0.033172607, -0.004310608) * v0_1.w;
                s0_2 += HVEC4(-0.11785889, -0.12335205, -0.0017051697, -0.09075928) * v0_2.x;
                s0_2 += HVEC4(-0.0128479, -0.10455322, -0.024520874, 0.017059326) * v0_2.y;
                s0_2 += HVEC4(-0.121032715, 0.017425537, 0.024230957, -0.122802734) * v0_2.z;
                s0_2 += HVEC4(0.14794922, 0.010673523, 0.031433105, -0.08294678) * v0_2.w;
                s0_2 += HVEC4(0.3203125, -0.02432251, 0.09509277, 0.023605347) * v0_3.x;
                s0_2 += HVEC4(-0.27563477, -0.04244995, -0.017150879, 0.14660645) * v0_3.y;
                s0_2 += HVEC4(-0.13391113, 0.02053833, -0.055755615, 0.11077881) * v0_3.z;
                s0_2 += HVEC4(-0.1685791, 0.022384644, 0.08459473, 0.14868164) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.09942627, 0.118896484, 0.028686523, 0.023544312) * v0_0.x;
                s0_3 += HVEC4(0.08441162, -0.22924805, -0.072631836, -0.19372559) * v0_0.y;
                s0_3 += HVEC4(-0.03717041, -0.043029785, -0.027923584, -0.029510498) * v0_0.z;
                s0_3 += HVEC4(0.014289856, 0.12902832, 0.027923584, -0.028686523) * v0_0.w;
                s0_3 += HVEC4(-0.011871338, -0.002620697, 0.0046958923, 0.011116028) * v0_1.x;
                s0_3 += HVEC4(0.007129669, 0.16027832, -0.03704834, 0.044952393) * v0_1.y;
                s0_3 += HVEC4(0.015945435, 0.12207031, -0.0033493042, 0.018356323) * v0_1.z;
                s0_3 += HVEC4(-0.022903442, 0.020812988, 0.024230957, 0.0413208) * v0_1.w;
                s0_3 += HVEC4(0.019424438, -0.140625, 0.12890625, -0.08514404) * v0_2.x;
                s0_3 += HVEC4(-0.017364502, 0.044403076, 0.064208984, 0.0006785393) * v0_2.y;
                s0_3 += HVEC4(0.12817383, 0.05630493, -0.0074043274, -0.017318726) * v0_2.z;
                s0_3 += HVEC4(-0.0068359375, 0.11456299, -0.006690979, -0.13476562) * v0_2.w;
                s0_3 += HVEC4(0.017807007, 0.15783691, -0.028244019, 0.059509277) * v0_3.x;
                s0_3 += HVEC4(0.03869629, -0.36767578, 0.109313965, -0.010513306) * v0_3.y;
                s0_3 += HVEC4(-0.10296631, -0.16967773, 0.008987427, 0.07922363) * v0_3.z;
                s0_3 += HVEC4(-0.37402344, -0.12817383, -0.007270813, -0.12194824) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(-0.13012695, -0.042175293, 0.035888672, -0.059173584) * v0_0.x;
                s0_2 += HVEC4(0.006336212, 0.07556152, -0.066345215, -0.03704834) * v0_0.y;
                s0_2 += HVEC4(-0.11340332, 0.011512756, 0.039154053, 0.015403748) * v0_0.z;
                s0_2 += HVEC4(0.09265137, -0.043395996, 0.035491943, 0.074157715) * v0_0.w;
                s0_2 += HVEC4(0.024642944, -0.103637695, -0.021209717, 0.028686523) * v0_1.x;
                s0_2 += HVEC4(0.07312012, 0.024002075, 0.0031528473, -0.012840271) * v0_1.y;
                s0_2 += HVEC4(-0.13708496, -0.018325806, -0.01524353, -0.031677246) * v0_1.z;
                s0_2 += HVEC4(0.05947876, 0.04220581, -0.09136963, -0.095703125) * v0_1.w;
                s0_2 += HVEC4(0.08343506, -0.093811035, -0.0050697327, 0.016662598) * v0_2.x;
                s0_2 += HVEC4(-0.13232422, -0.08898926, 0.011604309, 0.009849548) * v0_2.y;
                s0_2 += HVEC4(0.10913086, -0.00088119507, 0.03616333, -0.014381409) * v0_2.z;
                s0_2 += HVEC4(0.035705566, -0.005870819, -0.017227173, -0.09448242) * v0_2.w;
                s0_2 += HVEC4(-0.016143799, 0.0027618408, -0.0030784607, 0.09069824) * v0_3.x;
                s0_2 += HVEC4(-0.105529785, -0.11328125, 0.016677856, -0.064697266) * v0_3.y;
                s0_2 += HVEC4(-0.09259033, 0.0008187294, -0.074645996, 0.0074005127) * v0_3.z;
                s0_2 += HVEC4(0.16638184, 0.08404541, 0.13671875, 0.019134521) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.035186768, 0.0027008057, 0.0058898926, 0.003900528) * v0_0.x;
                s0_3 += HVEC4(-0.013519287, -0.06390381, 0.06866455, 0.050720215) * v0_0.y;
                s0_3 += HVEC4(0.02708435, 0.11584473, -0.04711914, -0.006843567) * v0_0.z;
                s0_3 += HVEC4(-0.054992676, 0.09436035, -0.0513916, 0.002943039) * v0_0.w;
                s0_3 += HVEC4(0.0005159378, -0.111450195, 0.049041748, -0.0017185211) * v0_1.x;
                s0_3 += HVEC4(-0.012687683, -0.18041992, 0.03265381, -0.011062622) * v0_1.y;
                s0_3 += HVEC4(0.0038089752, 0.10369873, -0.0001705885, -0.0061950684) * v0_1.z;
                s0_3 += HVEC4(0.010643005, 0.21252441, 0.01499939, -0.0006046295) * v0_1.w;
                s0_3 += HVEC4(0.007030487, 0.19067383, -0.017242432, 0.014099121) * v0_2.x;
                s0_3 += HVEC4(0.025512695, 0.013786316, -0.009262085, -0.0059318542) * v0_2.y;
                s0_3 += HVEC4(-0.0047836304, 0.16589355, -0.021026611, -0.020767212) * v0_2.z;
                s0_3 += HVEC4(-0.03540039, -0.097351074, 0.00019693375, -0.014091492) * v0_2.w;
                s0_3 += HVEC4(-0.0034618378, -0.07922363, 0.05618286, -0.012786865) * v0_3.x;
                s0_3 += HVEC4(0.018112183, -0.02444458, -0.072631836, 0.0053977966) * v0_3.y;
                s0_3 += HVEC4(0.029769897, -0.09509277, -0.011047363, -0.026306152) * v0_3.z;
                s0_3 += HVEC4(-0.016540527, 0.1796875, -0.023208618, -0.0030765533) * v0_3.w;
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

//!DESC ArtCNN_C4F16 compute conv2d_5_add
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L4
//!BIND ArtCNN_C4F16_L0
//!SAVE ArtCNN_C4F16_L5
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
        tile[i] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i + 180] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
        tile[i + 360] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0)) : HVEC4(0.0);
        tile[i + 540] = inside ? HVEC4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0)) : HVEC4(0.0);
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
            n0_0 = texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
            n0_1 = texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
            n0_2 = texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
            n0_3 = texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
        }
        if (slice == 0) {
            vec4 a0_0 = vec4(-0.0018953535, 0.0058265817, 0.018822813, -0.013862387);
            vec4 a0_1 = vec4(-0.0010489298, 0.005604526, -0.00053814566, 0.0020017463);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_0 = HVEC4(0.19299316, -0.24987793, -0.21118164, 0.023422241) * v0_0.x;
                s0_0 += HVEC4(0.009773254, 0.06237793, 0.082214355, -0.06298828) * v0_0.y;
                s0_0 += HVEC4(0.061920166, 0.012680054, -0.14013672, 0.0715332) * v0_0.z;
                s0_0 += HVEC4(-0.13427734, -0.058044434, 0.18432617, -0.058563232) * v0_0.w;
                s0_0 += HVEC4(-0.015838623, 0.06756592, -0.017120361, -0.03930664) * v0_1.x;
                s0_0 += HVEC4(0.019515991, 0.04763794, -0.04840088, 0.09899902) * v0_1.y;
                s0_0 += HVEC4(-0.027633667, -0.07763672, -0.14233398, 0.005809784) * v0_1.z;
                s0_0 += HVEC4(0.06225586, 0.03265381, -0.1027832, 0.0037441254) * v0_1.w;
                s0_0 += HVEC4(0.020812988, 0.0011768341, -0.06854248, 0.06402588) * v0_2.x;
                s0_0 += HVEC4(0.010253906, 0.09075928, -0.090270996, -0.038116455) * v0_2.y;
                s0_0 += HVEC4(-0.080078125, 0.024871826, 0.3388672, 0.021453857) * v0_2.z;
                s0_0 += HVEC4(0.054779053, 0.04916382, -0.011070251, -0.028411865) * v0_2.w;
                s0_0 += HVEC4(0.1616211, 0.07086182, -0.17736816, 0.03756714) * v0_3.x;
                s0_0 += HVEC4(0.13635254, -0.03918457, -0.12988281, 0.12524414) * v0_3.y;
                s0_0 += HVEC4(-0.03152466, 0.066711426, 0.019302368, -0.04547119) * v0_3.z;
                s0_0 += HVEC4(0.05065918, 0.0070533752, -0.074157715, 0.04324341) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.3161621, 0.15246582, -0.0814209, 0.42993164) * v0_0.x;
                s0_1 += HVEC4(-0.09802246, -0.01259613, 0.002664566, -0.00434494) * v0_0.y;
                s0_1 += HVEC4(0.043151855, 0.10974121, -0.026367188, 0.09466553) * v0_0.z;
                s0_1 += HVEC4(-0.015197754, -0.1418457, 0.12841797, -0.06719971) * v0_0.w;
                s0_1 += HVEC4(-0.07720947, 0.019638062, -0.06549072, -0.053833008) * v0_1.x;
                s0_1 += HVEC4(0.1538086, 0.105285645, -0.05682373, 0.014472961) * v0_1.y;
                s0_1 += HVEC4(0.21496582, 0.09527588, -0.035308838, -0.010902405) * v0_1.z;
                s0_1 += HVEC4(-0.017074585, 0.06652832, -0.14562988, 0.021865845) * v0_1.w;
                s0_1 += HVEC4(0.06738281, 0.07598877, 0.004333496, 0.04309082) * v0_2.x;
                s0_1 += HVEC4(0.06628418, 0.08282471, 0.017150879, -0.043182373) * v0_2.y;
                s0_1 += HVEC4(-0.034210205, -0.1973877, -0.028640747, -0.4206543) * v0_2.z;
                s0_1 += HVEC4(-0.17407227, -0.10357666, -0.21777344, -0.13684082) * v0_2.w;
                s0_1 += HVEC4(0.09106445, 0.24047852, -0.07366943, 0.091308594) * v0_3.x;
                s0_1 += HVEC4(0.086364746, 0.065979004, 0.01751709, 0.14428711) * v0_3.y;
                s0_1 += HVEC4(-0.051330566, 0.016525269, 0.028167725, -0.009475708) * v0_3.z;
                s0_1 += HVEC4(-0.021728516, -0.0031433105, 0.055664062, 0.0113220215) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_0 = HVEC4(-0.44848633, -0.9638672, -0.21801758, -0.33154297) * v0_0.x;
                s0_0 += HVEC4(0.1340332, 0.111450195, 0.07318115, -0.034851074) * v0_0.y;
                s0_0 += HVEC4(0.0052757263, -0.026992798, -0.0018615723, -0.010978699) * v0_0.z;
                s0_0 += HVEC4(-0.08319092, 0.047576904, 0.014480591, 0.04763794) * v0_0.w;
                s0_0 += HVEC4(0.17687988, 0.07409668, -0.16577148, -0.065979004) * v0_1.x;
                s0_0 += HVEC4(-0.17687988, 0.40429688, 0.5449219, 0.13586426) * v0_1.y;
                s0_0 += HVEC4(-0.1763916, -0.19714355, 0.23803711, 0.04058838) * v0_1.z;
                s0_0 += HVEC4(0.10852051, 0.046142578, -0.23254395, 0.007987976) * v0_1.w;
                s0_0 += HVEC4(-0.038391113, -0.008773804, 0.029449463, 0.043151855) * v0_2.x;
                s0_0 += HVEC4(-0.028625488, -0.00868988, -0.040985107, -0.0647583) * v0_2.y;
                s0_0 += HVEC4(-0.17919922, 0.0034255981, -0.14733887, 0.16577148) * v0_2.z;
                s0_0 += HVEC4(0.13134766, -0.0026359558, -0.13830566, 0.052703857) * v0_2.w;
                s0_0 += HVEC4(-0.09020996, -0.049346924, 0.18225098, -0.014259338) * v0_3.x;
                s0_0 += HVEC4(-0.26953125, -0.22216797, 0.1842041, 0.07489014) * v0_3.y;
                s0_0 += HVEC4(0.10797119, 0.21240234, -0.011421204, 0.0046653748) * v0_3.z;
                s0_0 += HVEC4(-0.1361084, -0.13793945, 0.17260742, -0.025756836) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.16394043, -0.3623047, -0.19750977, 1.5761719) * v0_0.x;
                s0_1 += HVEC4(-0.1965332, -0.086120605, -0.10925293, -0.0003387928) * v0_0.y;
                s0_1 += HVEC4(0.040771484, -0.0061187744, -0.08758545, 0.046142578) * v0_0.z;
                s0_1 += HVEC4(0.035339355, 0.044433594, 0.103149414, 0.03692627) * v0_0.w;
                s0_1 += HVEC4(-0.08068848, 0.014724731, 0.076293945, -0.19750977) * v0_1.x;
                s0_1 += HVEC4(-0.04522705, -0.10784912, -0.20056152, 0.007987976) * v0_1.y;
                s0_1 += HVEC4(0.22888184, 0.15026855, -0.2475586, -0.1194458) * v0_1.z;
                s0_1 += HVEC4(-0.064086914, 0.023925781, 0.14001465, -0.085510254) * v0_1.w;
                s0_1 += HVEC4(0.12188721, 0.040130615, -0.06951904, 0.029037476) * v0_2.x;
                s0_1 += HVEC4(-0.064697266, 0.006526947, -0.01612854, -0.04272461) * v0_2.y;
                s0_1 += HVEC4(0.07684326, 0.10876465, 0.057250977, 0.18041992) * v0_2.z;
                s0_1 += HVEC4(-0.024841309, -0.0012731552, 0.20703125, -0.25341797) * v0_2.w;
                s0_1 += HVEC4(0.031402588, -0.12359619, -0.21057129, -0.058410645) * v0_3.x;
                s0_1 += HVEC4(0.20605469, -0.004299164, -0.3244629, 0.10858154) * v0_3.y;
                s0_1 += HVEC4(0.013763428, 0.1239624, 0.089782715, -0.00059366226) * v0_3.z;
                s0_1 += HVEC4(0.19519043, -0.09667969, 0.2763672, 0.10040283) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_0 = HVEC4(0.5541992, -0.32763672, -0.66064453, -0.2890625) * v0_0.x;
                s0_0 += HVEC4(0.11999512, 0.089538574, 0.12225342, -0.17041016) * v0_0.y;
                s0_0 += HVEC4(-0.028137207, -0.0881958, -0.03363037, 0.014350891) * v0_0.z;
                s0_0 += HVEC4(0.008766174, 0.044525146, 0.020202637, -0.00047183037) * v0_0.w;
                s0_0 += HVEC4(0.07727051, 0.12866211, 0.089782715, 0.037017822) * v0_1.x;
                s0_0 += HVEC4(0.19128418, 0.10424805, -0.040161133, -0.07513428) * v0_1.y;
                s0_0 += HVEC4(-0.14648438, -0.20251465, -0.13208008, 0.07525635) * v0_1.z;
                s0_0 += HVEC4(0.034576416, -0.012817383, -0.02885437, 0.029663086) * v0_1.w;
                s0_0 += HVEC4(-0.091552734, -0.0143585205, 0.03451538, 0.05831909) * v0_2.x;
                s0_0 += HVEC4(-0.04736328, 0.042053223, 0.052642822, 0.08312988) * v0_2.y;
                s0_0 += HVEC4(0.011116028, -0.019577026, -0.058441162, -0.027862549) * v0_2.z;
                s0_0 += HVEC4(0.16662598, 0.107788086, -0.053497314, -0.03543091) * v0_2.w;
                s0_0 += HVEC4(0.010444641, 0.034240723, 0.10412598, 0.00071430206) * v0_3.x;
                s0_0 += HVEC4(-0.035247803, -0.20275879, -0.089538574, -0.04824829) * v0_3.y;
                s0_0 += HVEC4(-0.024765015, 0.11773682, 0.0859375, 0.030181885) * v0_3.z;
                s0_0 += HVEC4(-0.087890625, 0.018554688, -0.034179688, 0.059265137) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.8491211, -0.3388672, 0.72509766, 0.46313477) * v0_0.x;
                s0_1 += HVEC4(-0.1784668, -0.14099121, -0.16833496, -0.013160706) * v0_0.y;
                s0_1 += HVEC4(0.03378296, -0.025558472, 0.0039405823, 0.009223938) * v0_0.z;
                s0_1 += HVEC4(-0.026779175, -0.0073890686, -0.015625, 0.023910522) * v0_0.w;
                s0_1 += HVEC4(-0.1038208, -0.011962891, -0.049804688, -0.13598633) * v0_1.x;
                s0_1 += HVEC4(-0.090270996, 0.1348877, 0.29370117, -0.08532715) * v0_1.y;
                s0_1 += HVEC4(0.13757324, 0.091308594, 0.10424805, -0.022033691) * v0_1.z;
                s0_1 += HVEC4(0.007549286, 0.033325195, 0.08874512, -0.062561035) * v0_1.w;
                s0_1 += HVEC4(0.05319214, 0.010688782, -0.04144287, -0.020980835) * v0_2.x;
                s0_1 += HVEC4(0.07977295, -0.0881958, -0.028320312, 0.08508301) * v0_2.y;
                s0_1 += HVEC4(-0.015487671, -0.010597229, 0.04397583, 0.10101318) * v0_2.z;
                s0_1 += HVEC4(-0.10888672, -0.003452301, 0.088012695, 0.03930664) * v0_2.w;
                s0_1 += HVEC4(-0.0008454323, -0.02960205, -0.06994629, -0.1595459) * v0_3.x;
                s0_1 += HVEC4(0.097717285, -0.059326172, -0.034484863, 0.052947998) * v0_3.y;
                s0_1 += HVEC4(0.035125732, 0.078308105, -0.010665894, -0.04336548) * v0_3.z;
                s0_1 += HVEC4(0.1295166, 0.16784668, 0.23535156, 0.19311523) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_0 = HVEC4(0.003753662, 0.08081055, 0.057922363, 0.10687256) * v0_0.x;
                s0_0 += HVEC4(0.043670654, 0.1295166, 0.1060791, -0.008773804) * v0_0.y;
                s0_0 += HVEC4(-0.06365967, -0.087890625, -0.0064697266, -0.045196533) * v0_0.z;
                s0_0 += HVEC4(0.035339355, 0.03778076, -0.10272217, 0.018234253) * v0_0.w;
                s0_0 += HVEC4(0.019104004, 0.060455322, 0.12731934, 0.029922485) * v0_1.x;
                s0_0 += HVEC4(0.020050049, 0.089416504, -0.010154724, -0.004714966) * v0_1.y;
                s0_0 += HVEC4(0.009727478, -0.030975342, -0.07696533, -0.005252838) * v0_1.z;
                s0_0 += HVEC4(-0.087524414, -0.080444336, -0.059753418, -0.09655762) * v0_1.w;
                s0_0 += HVEC4(-0.07104492, -0.12927246, 0.11529541, -0.025405884) * v0_2.x;
                s0_0 += HVEC4(-0.026611328, -0.011154175, -0.017166138, 0.013137817) * v0_2.y;
                s0_0 += HVEC4(-0.6508789, 0.24975586, 0.123046875, -0.6479492) * v0_2.z;
                s0_0 += HVEC4(0.24731445, -0.21203613, 0.083618164, -0.07470703) * v0_2.w;
                s0_0 += HVEC4(-0.046691895, 0.17858887, 0.22644043, -0.0047073364) * v0_3.x;
                s0_0 += HVEC4(0.19470215, -0.20458984, 0.20056152, -0.08843994) * v0_3.y;
                s0_0 += HVEC4(-0.17712402, 0.21606445, -0.09503174, -0.0014076233) * v0_3.z;
                s0_0 += HVEC4(-0.08239746, -0.0082092285, 0.11035156, 0.03942871) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.08459473, -0.009895325, 0.061340332, 0.05105591) * v0_0.x;
                s0_1 += HVEC4(-0.16052246, 0.0076789856, -0.062347412, -0.07080078) * v0_0.y;
                s0_1 += HVEC4(0.09265137, -0.07128906, 0.09454346, -0.0007519722) * v0_0.z;
                s0_1 += HVEC4(-0.068237305, -0.017333984, -0.14648438, 0.054718018) * v0_0.w;
                s0_1 += HVEC4(-0.19665527, 0.07910156, 0.14978027, 0.115478516) * v0_1.x;
                s0_1 += HVEC4(-0.007858276, 0.057617188, -0.02658081, -0.04736328) * v0_1.y;
                s0_1 += HVEC4(0.09527588, -0.004878998, 0.009399414, 0.07305908) * v0_1.z;
                s0_1 += HVEC4(-0.053344727, -0.0927124, 0.1484375, -0.014511108) * v0_1.w;
                s0_1 += HVEC4(0.12200928, 0.020095825, 0.11730957, -0.011985779) * v0_2.x;
                s0_1 += HVEC4(0.0035705566, 0.085754395, 0.0051116943, -0.08453369) * v0_2.y;
                s0_1 += HVEC4(0.12133789, -0.40625, -0.0736084, -0.8935547) * v0_2.z;
                s0_1 += HVEC4(0.07104492, -0.0012464523, -0.1361084, 0.41577148) * v0_2.w;
                s0_1 += HVEC4(0.090148926, 0.1529541, 0.0093307495, -0.33569336) * v0_3.x;
                s0_1 += HVEC4(0.37817383, 0.02960205, -0.2043457, 0.04522705) * v0_3.y;
                s0_1 += HVEC4(-0.27416992, -0.046539307, 0.20263672, -0.10205078) * v0_3.z;
                s0_1 += HVEC4(0.14050293, -0.0027446747, 0.21289062, 0.064575195) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_0 = HVEC4(0.16821289, 0.12548828, 0.21252441, 0.2578125) * v0_0.x;
                s0_0 += HVEC4(0.20800781, 0.13513184, 0.5058594, 0.16540527) * v0_0.y;
                s0_0 += HVEC4(0.29223633, -0.7338867, 0.031921387, -0.14318848) * v0_0.z;
                s0_0 += HVEC4(-0.52685547, 0.68066406, -0.10119629, 0.020996094) * v0_0.w;
                s0_0 += HVEC4(0.42895508, 0.2590332, 0.13989258, 0.070373535) * v0_1.x;
                s0_0 += HVEC4(0.36938477, 0.1027832, 0.3544922, 0.0075531006) * v0_1.y;
                s0_0 += HVEC4(0.39526367, -0.24609375, 0.3984375, -0.07702637) * v0_1.z;
                s0_0 += HVEC4(0.6381836, -0.36816406, 0.005924225, 0.2310791) * v0_1.w;
                s0_0 += HVEC4(-0.03314209, -0.2902832, 0.19470215, -0.018112183) * v0_2.x;
                s0_0 += HVEC4(-0.03378296, -0.0077552795, 0.022094727, 0.011199951) * v0_2.y;
                s0_0 += HVEC4(0.0003964901, 0.10668945, -0.064208984, 0.21435547) * v0_2.z;
                s0_0 += HVEC4(-0.025100708, 0.25341797, -0.09429932, 0.015235901) * v0_2.w;
                s0_0 += HVEC4(0.39086914, -0.6347656, 0.1270752, -0.00054883957) * v0_3.x;
                s0_0 += HVEC4(-0.35913086, -0.6538086, -0.42651367, -0.28442383) * v0_3.y;
                s0_0 += HVEC4(0.30786133, 0.5131836, 0.3100586, 0.22167969) * v0_3.z;
                s0_0 += HVEC4(-0.3232422, -0.11029053, -0.2529297, 0.17492676) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.21801758, -0.008781433, -0.2355957, -0.071899414) * v0_0.x;
                s0_1 += HVEC4(-0.111206055, -0.045074463, -0.018707275, 0.16796875) * v0_0.y;
                s0_1 += HVEC4(0.45141602, 0.14672852, 0.013130188, -0.1217041) * v0_0.z;
                s0_1 += HVEC4(-0.34472656, -0.20812988, 0.008865356, 0.14672852) * v0_0.w;
                s0_1 += HVEC4(-0.44848633, -0.08917236, -0.06829834, 0.22021484) * v0_1.x;
                s0_1 += HVEC4(-0.029083252, 0.19702148, -0.23205566, 0.10095215) * v0_1.y;
                s0_1 += HVEC4(0.101501465, 0.3696289, 0.36816406, 0.3815918) * v0_1.z;
                s0_1 += HVEC4(-0.07336426, 0.32788086, 0.22888184, -0.17468262) * v0_1.w;
                s0_1 += HVEC4(0.09686279, -0.22961426, 0.1048584, -0.2631836) * v0_2.x;
                s0_1 += HVEC4(-0.08496094, -0.05419922, 0.0077056885, -0.03012085) * v0_2.y;
                s0_1 += HVEC4(0.057434082, 0.2553711, -0.22680664, -0.2286377) * v0_2.z;
                s0_1 += HVEC4(0.034484863, 0.31958008, -0.19934082, 0.94921875) * v0_2.w;
                s0_1 += HVEC4(-0.18493652, -0.21789551, 0.1517334, -0.88720703) * v0_3.x;
                s0_1 += HVEC4(0.71533203, 0.22924805, 0.18054199, 0.11578369) * v0_3.y;
                s0_1 += HVEC4(-0.68896484, -0.12915039, -0.012992859, -0.47680664) * v0_3.z;
                s0_1 += HVEC4(0.49853516, 0.0041275024, 0.11798096, -0.6821289) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_0 = HVEC4(0.171875, -0.011428833, -0.15710449, 0.06561279) * v0_0.x;
                s0_0 += HVEC4(-0.057922363, 0.36767578, -0.15600586, -0.041900635) * v0_0.y;
                s0_0 += HVEC4(-0.1550293, -0.123168945, 0.063964844, 0.092041016) * v0_0.z;
                s0_0 += HVEC4(0.21203613, 0.15673828, -0.046295166, -0.12402344) * v0_0.w;
                s0_0 += HVEC4(0.023208618, 0.10003662, 0.012626648, -0.09063721) * v0_1.x;
                s0_0 += HVEC4(-0.06713867, 0.019515991, -0.019104004, -0.089904785) * v0_1.y;
                s0_0 += HVEC4(-0.0154800415, -0.039276123, 0.05886841, 0.023925781) * v0_1.z;
                s0_0 += HVEC4(-0.08453369, -0.103637695, 0.0993042, -0.019958496) * v0_1.w;
                s0_0 += HVEC4(0.0541687, -0.03878784, 0.023498535, -0.04763794) * v0_2.x;
                s0_0 += HVEC4(0.043640137, 0.021255493, -0.07867432, 0.008804321) * v0_2.y;
                s0_0 += HVEC4(-0.03805542, 0.0178833, 0.08709717, 0.0284729) * v0_2.z;
                s0_0 += HVEC4(0.14099121, 0.24609375, 0.1887207, -0.0038280487) * v0_2.w;
                s0_0 += HVEC4(-0.27319336, 0.000310421, -0.15893555, 0.05895996) * v0_3.x;
                s0_0 += HVEC4(-0.099365234, -0.070251465, 0.08288574, 0.07598877) * v0_3.y;
                s0_0 += HVEC4(0.17883301, 0.107788086, -0.046966553, -0.03201294) * v0_3.z;
                s0_0 += HVEC4(-0.23461914, -0.6977539, -0.27539062, -0.15405273) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.10040283, -0.23144531, 0.13989258, 0.13232422) * v0_0.x;
                s0_1 += HVEC4(-0.4465332, -0.22546387, 0.041137695, -0.030090332) * v0_0.y;
                s0_1 += HVEC4(0.057525635, -0.09649658, -0.2064209, 0.07336426) * v0_0.z;
                s0_1 += HVEC4(-0.006626129, 0.06173706, 0.22058105, 0.13232422) * v0_0.w;
                s0_1 += HVEC4(-0.11853027, -0.19970703, -0.09265137, -0.068359375) * v0_1.x;
                s0_1 += HVEC4(0.027526855, 0.05987549, 0.20092773, 0.19506836) * v0_1.y;
                s0_1 += HVEC4(-0.0071411133, 0.12225342, 0.09088135, 0.140625) * v0_1.z;
                s0_1 += HVEC4(-0.06896973, -0.22509766, -0.27514648, 0.05227661) * v0_1.w;
                s0_1 += HVEC4(0.07019043, -0.0038604736, 0.0033988953, 0.061187744) * v0_2.x;
                s0_1 += HVEC4(-0.047576904, -0.09509277, -0.0836792, 0.08001709) * v0_2.y;
                s0_1 += HVEC4(0.04034424, 0.037200928, -0.068359375, -0.018157959) * v0_2.z;
                s0_1 += HVEC4(-0.045959473, 0.09887695, -0.13232422, -0.16894531) * v0_2.w;
                s0_1 += HVEC4(0.07324219, -0.14318848, -0.10583496, -0.08074951) * v0_3.x;
                s0_1 += HVEC4(-0.062683105, 0.04498291, -0.04257202, -0.07421875) * v0_3.y;
                s0_1 += HVEC4(-0.11260986, -0.006034851, 0.066467285, 0.02268982) * v0_3.z;
                s0_1 += HVEC4(0.4506836, -0.3100586, 0.018936157, -0.08081055) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_0 = HVEC4(-0.0008401871, 0.004337311, 0.00198555, 0.00018119812) * v0_0.x;
                s0_0 += HVEC4(-0.020477295, 0.060577393, 0.030166626, -0.061462402) * v0_0.y;
                s0_0 += HVEC4(-0.04434204, -0.08630371, 0.109436035, 0.018875122) * v0_0.z;
                s0_0 += HVEC4(-0.031036377, 0.033111572, -0.17773438, -0.019042969) * v0_0.w;
                s0_0 += HVEC4(0.017669678, 0.048461914, -0.00995636, -0.045898438) * v0_1.x;
                s0_0 += HVEC4(0.015487671, 0.07476807, 0.003583908, -0.044830322) * v0_1.y;
                s0_0 += HVEC4(-0.0206604, 1.7285347e-06, 0.02468872, 0.012435913) * v0_1.z;
                s0_0 += HVEC4(-0.009529114, -0.09484863, 0.23449707, -0.009254456) * v0_1.w;
                s0_0 += HVEC4(-0.024398804, 0.029205322, -0.03753662, 0.020095825) * v0_2.x;
                s0_0 += HVEC4(0.003156662, -0.01576233, 0.08062744, 0.07495117) * v0_2.y;
                s0_0 += HVEC4(-0.75390625, 0.06982422, -0.68066406, -0.22839355) * v0_2.z;
                s0_0 += HVEC4(-0.017852783, -0.0015926361, -0.02659607, 0.066833496) * v0_2.w;
                s0_0 += HVEC4(-0.04296875, -0.0541687, 0.19543457, -0.08685303) * v0_3.x;
                s0_0 += HVEC4(-0.13745117, -0.20739746, 0.18359375, 0.1138916) * v0_3.y;
                s0_0 += HVEC4(0.11767578, 0.070007324, -0.21679688, -0.05102539) * v0_3.z;
                s0_0 += HVEC4(0.03363037, -0.03665161, -0.12976074, 0.023406982) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(-0.007358551, 0.019592285, 0.017028809, 0.0004348755) * v0_0.x;
                s0_1 += HVEC4(-0.09875488, -0.010772705, 0.034301758, -0.0758667) * v0_0.y;
                s0_1 += HVEC4(0.04208374, 0.06402588, 0.08721924, -0.007850647) * v0_0.z;
                s0_1 += HVEC4(0.037200928, -0.140625, -0.076538086, -0.074279785) * v0_0.w;
                s0_1 += HVEC4(-0.087524414, -0.03564453, -0.026977539, -0.006389618) * v0_1.x;
                s0_1 += HVEC4(-0.06536865, -0.009735107, 0.0016717911, -0.028427124) * v0_1.y;
                s0_1 += HVEC4(0.04458618, -0.008972168, 0.0011739731, -0.04019165) * v0_1.z;
                s0_1 += HVEC4(0.061798096, 0.09979248, 0.1315918, 0.06695557) * v0_1.w;
                s0_1 += HVEC4(-0.036346436, 0.037353516, -0.013122559, -0.04058838) * v0_2.x;
                s0_1 += HVEC4(0.04095459, -0.011009216, -0.09503174, 0.009361267) * v0_2.y;
                s0_1 += HVEC4(-0.13659668, -0.3955078, -0.08868408, -1.3125) * v0_2.z;
                s0_1 += HVEC4(0.098083496, -0.10852051, -0.0390625, -0.06414795) * v0_2.w;
                s0_1 += HVEC4(-0.11828613, 0.1550293, 0.140625, -0.010009766) * v0_3.x;
                s0_1 += HVEC4(0.27929688, 0.021148682, 0.2154541, -0.09246826) * v0_3.y;
                s0_1 += HVEC4(-0.19238281, -0.01940918, -0.19116211, 0.1595459) * v0_3.z;
                s0_1 += HVEC4(-0.039611816, 0.03805542, -0.06585693, 0.10107422) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_0 = HVEC4(0.1295166, -0.12927246, 0.23510742, 0.049713135) * v0_0.x;
                s0_0 += HVEC4(0.13256836, 0.09161377, -0.21643066, -0.040496826) * v0_0.y;
                s0_0 += HVEC4(-0.0362854, -0.056396484, 0.012138367, 0.044952393) * v0_0.z;
                s0_0 += HVEC4(-0.31567383, 0.11193848, -0.4284668, -0.01626587) * v0_0.w;
                s0_0 += HVEC4(0.10284424, -0.0034370422, 0.12426758, 0.08654785) * v0_1.x;
                s0_0 += HVEC4(0.20422363, -0.04232788, 0.064819336, 0.015411377) * v0_1.y;
                s0_0 += HVEC4(0.07647705, 0.0814209, 0.14050293, -0.025802612) * v0_1.z;
                s0_0 += HVEC4(-0.040649414, -0.21350098, 0.069885254, -0.020492554) * v0_1.w;
                s0_0 += HVEC4(-0.18408203, 0.044952393, -0.27026367, -0.040618896) * v0_2.x;
                s0_0 += HVEC4(-0.06008911, 0.041992188, 0.042236328, -0.052490234) * v0_2.y;
                s0_0 += HVEC4(0.012451172, -0.11444092, 0.0126953125, 0.19226074) * v0_2.z;
                s0_0 += HVEC4(0.16381836, -0.0021419525, 0.20178223, 0.02217102) * v0_2.w;
                s0_0 += HVEC4(0.20019531, -0.22717285, 0.10650635, -0.0057296753) * v0_3.x;
                s0_0 += HVEC4(-0.24829102, -0.17346191, -0.2746582, -0.0036907196) * v0_3.y;
                s0_0 += HVEC4(0.17370605, 0.11743164, 0.21179199, -0.04498291) * v0_3.z;
                s0_0 += HVEC4(-0.0793457, 0.088378906, 0.09161377, 0.030380249) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.0059165955, 0.037261963, 0.13354492, 0.2290039) * v0_0.x;
                s0_1 += HVEC4(-0.16259766, -0.15283203, -0.30859375, -0.12036133) * v0_0.y;
                s0_1 += HVEC4(0.021072388, -0.13867188, -0.0070228577, -0.076660156) * v0_0.z;
                s0_1 += HVEC4(-0.024429321, -0.03363037, -0.01234436, -0.2355957) * v0_0.w;
                s0_1 += HVEC4(-0.0836792, -0.052856445, 0.027755737, 0.05404663) * v0_1.x;
                s0_1 += HVEC4(-0.013954163, 0.13208008, 0.027191162, 0.041259766) * v0_1.y;
                s0_1 += HVEC4(0.013587952, 0.05697632, 0.021743774, -0.06567383) * v0_1.z;
                s0_1 += HVEC4(-0.1315918, -0.22180176, 0.11999512, 0.08099365) * v0_1.w;
                s0_1 += HVEC4(0.13635254, -0.09515381, -0.10040283, -0.3310547) * v0_2.x;
                s0_1 += HVEC4(0.010856628, -0.07098389, 0.045898438, -0.06781006) * v0_2.y;
                s0_1 += HVEC4(0.009857178, 0.14819336, 0.0541687, 0.041778564) * v0_2.z;
                s0_1 += HVEC4(-0.15759277, 0.2409668, 0.013504028, 0.39086914) * v0_2.w;
                s0_1 += HVEC4(0.08605957, -0.038757324, -0.010398865, -0.087402344) * v0_3.x;
                s0_1 += HVEC4(0.068725586, -0.067993164, -0.15539551, -0.04660034) * v0_3.y;
                s0_1 += HVEC4(-0.07208252, 0.17150879, 0.16455078, 0.29418945) * v0_3.z;
                s0_1 += HVEC4(0.24841309, 0.10974121, 0.061676025, 0.028747559) * v0_3.w;
                a0_1 += vec4(s0_1);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_0 = HVEC4(-0.02468872, 0.014335632, -0.06530762, -0.0041389465) * v0_0.x;
                s0_0 += HVEC4(-0.10424805, 0.18188477, 0.012588501, -0.019378662) * v0_0.y;
                s0_0 += HVEC4(0.124938965, 0.024017334, -0.031402588, 0.022415161) * v0_0.z;
                s0_0 += HVEC4(-0.26513672, 0.086120605, -0.12219238, -0.002910614) * v0_0.w;
                s0_0 += HVEC4(0.062683105, -0.008705139, -0.04937744, -0.014350891) * v0_1.x;
                s0_0 += HVEC4(0.028503418, -0.027236938, 0.09515381, -0.023895264) * v0_1.y;
                s0_0 += HVEC4(-0.07183838, -0.03656006, -0.04257202, -0.0102005005) * v0_1.z;
                s0_0 += HVEC4(0.02923584, -0.0058288574, -0.122558594, -0.029953003) * v0_1.w;
                s0_0 += HVEC4(-0.076416016, 0.060791016, -0.12585449, -0.026733398) * v0_2.x;
                s0_0 += HVEC4(0.078430176, 0.031463623, -0.018554688, -0.027069092) * v0_2.y;
                s0_0 += HVEC4(0.03289795, -0.012130737, -0.068847656, 0.04812622) * v0_2.z;
                s0_0 += HVEC4(0.32226562, -0.112976074, 0.15356445, -0.010818481) * v0_2.w;
                s0_0 += HVEC4(-0.13085938, 0.015174866, 0.017349243, -0.006942749) * v0_3.x;
                s0_0 += HVEC4(0.20617676, -0.070129395, 0.12878418, 0.05593872) * v0_3.y;
                s0_0 += HVEC4(-0.010101318, 0.054779053, 0.07312012, -0.0033683777) * v0_3.z;
                s0_0 += HVEC4(-0.033111572, 0.018630981, -0.19042969, -0.07598877) * v0_3.w;
                a0_0 += vec4(s0_0);
                HVEC4 s0_1 = HVEC4(0.028442383, -0.009796143, -0.023788452, -0.07501221) * v0_0.x;
                s0_1 += HVEC4(-0.120788574, -0.05517578, 0.1352539, -0.1081543) * v0_0.y;
                s0_1 += HVEC4(-0.08532715, -0.031555176, 0.027542114, -0.04458618) * v0_0.z;
                s0_1 += HVEC4(0.1361084, -0.018676758, -0.14013672, -0.15344238) * v0_0.w;
                s0_1 += HVEC4(-0.09057617, -0.06506348, 0.05218506, 0.04067993) * v0_1.x;
                s0_1 += HVEC4(-0.0011253357, 0.03378296, 0.05569458, 0.17749023) * v0_1.y;
                s0_1 += HVEC4(0.024383545, -0.0029716492, 0.011436462, -0.03665161) * v0_1.z;
                s0_1 += HVEC4(-0.03414917, -0.040924072, -0.049621582, -0.27172852) * v0_1.w;
                s0_1 += HVEC4(0.0065307617, -0.014343262, -0.02319336, -0.05886841) * v0_2.x;
                s0_1 += HVEC4(-0.046783447, -0.03540039, 0.0049476624, -0.041046143) * v0_2.y;
                s0_1 += HVEC4(-0.05316162, -0.012901306, 0.077819824, -0.0574646) * v0_2.z;
                s0_1 += HVEC4(-0.21435547, -0.019561768, 0.20336914, 0.27734375) * v0_2.w;
                s0_1 += HVEC4(0.14648438, 0.19140625, -0.01235199, -0.053466797) * v0_3.x;
                s0_1 += HVEC4(-0.11883545, 0.0079574585, 0.14587402, 0.12036133) * v0_3.y;
                s0_1 += HVEC4(0.085510254, 0.1048584, -0.04940796, 0.045654297) * v0_3.z;
                s0_1 += HVEC4(0.04171753, -0.22094727, -0.18078613, -0.072021484) * v0_3.w;
                a0_1 += vec4(s0_1);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            ivec2 c0 = min(p0, last);
            a0_0 += vec4(texelFetch(ArtCNN_C4F16_L0_raw, c0 * ivec2(2, 2) + ivec2(0, 0), 0));
            a0_1 += vec4(texelFetch(ArtCNN_C4F16_L0_raw, c0 * ivec2(2, 2) + ivec2(1, 0), 0));
            if (all(lessThan(p0, size))) {
                ivec2 o = p0 * ivec2(2, 2);
                imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
                imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            }
        } else if (slice == 1) {
            vec4 a0_2 = vec4(0.010203275, 0.011347302, 0.0063539655, -0.00053525064);
            vec4 a0_3 = vec4(-0.0053338343, 0.001321621, 0.036247738, -0.019181821);
            {   // tap (-1, -1)
                HVEC4 v0_0 = tile[at + 0];
                HVEC4 v0_1 = tile[at + 180];
                HVEC4 v0_2 = tile[at + 360];
                HVEC4 v0_3 = tile[at + 540];
                HVEC4 s0_2 = HVEC4(0.21252441, -0.11907959, -0.4572754, -0.06414795) * v0_0.x;
                s0_2 += HVEC4(-0.021575928, 0.023391724, -0.018539429, -0.01260376) * v0_0.y;
                s0_2 += HVEC4(0.03237915, -0.035064697, 0.058380127, -0.000562191) * v0_0.z;
                s0_2 += HVEC4(0.051605225, 0.021514893, -0.16638184, 0.02671814) * v0_0.w;
                s0_2 += HVEC4(-0.076171875, 0.015113831, 0.12194824, -0.053894043) * v0_1.x;
                s0_2 += HVEC4(0.122924805, 0.06768799, 0.08984375, -0.0026664734) * v0_1.y;
                s0_2 += HVEC4(0.16906738, -0.12347412, 0.10205078, 0.0040740967) * v0_1.z;
                s0_2 += HVEC4(-0.087768555, -0.044952393, 0.13366699, -0.057037354) * v0_1.w;
                s0_2 += HVEC4(0.057373047, 0.014503479, 0.059143066, 0.0102005005) * v0_2.x;
                s0_2 += HVEC4(-0.026748657, 0.0022258759, 0.06573486, -0.008728027) * v0_2.y;
                s0_2 += HVEC4(-0.091918945, -0.12176514, 0.25854492, 0.15576172) * v0_2.z;
                s0_2 += HVEC4(-0.33374023, -0.037963867, 0.1340332, -0.074279785) * v0_2.w;
                s0_2 += HVEC4(0.1274414, -0.019943237, 0.22851562, 0.009231567) * v0_3.x;
                s0_2 += HVEC4(0.071777344, -0.035888672, -0.068481445, 0.07543945) * v0_3.y;
                s0_2 += HVEC4(0.054504395, 0.04446411, -0.0073776245, -0.03845215) * v0_3.z;
                s0_2 += HVEC4(0.006980896, -0.022735596, 0.015289307, 0.058532715) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.008460999, 0.5595703, -0.13598633, -0.20495605) * v0_0.x;
                s0_3 += HVEC4(0.010566711, 0.07824707, -0.04547119, -0.06439209) * v0_0.y;
                s0_3 += HVEC4(0.044128418, 0.015090942, -0.039031982, 0.024673462) * v0_0.z;
                s0_3 += HVEC4(-0.015991211, -0.046691895, 0.038970947, 0.085876465) * v0_0.w;
                s0_3 += HVEC4(0.024154663, -0.05697632, -0.007183075, -0.06976318) * v0_1.x;
                s0_3 += HVEC4(-0.18518066, 0.049346924, -0.10595703, -0.010528564) * v0_1.y;
                s0_3 += HVEC4(-0.13989258, -0.04647827, 0.011627197, 0.039764404) * v0_1.z;
                s0_3 += HVEC4(0.02810669, -0.015792847, 0.041656494, -0.052642822) * v0_1.w;
                s0_3 += HVEC4(-0.019546509, -0.059570312, 0.036621094, 0.032409668) * v0_2.x;
                s0_3 += HVEC4(0.08117676, -0.082336426, -0.017440796, -0.086242676) * v0_2.y;
                s0_3 += HVEC4(-0.1907959, -0.0013046265, -0.0041770935, 0.3618164) * v0_2.z;
                s0_3 += HVEC4(0.07714844, -0.02053833, 0.02784729, -0.052642822) * v0_2.w;
                s0_3 += HVEC4(-0.10662842, 0.05697632, -0.10546875, -0.11212158) * v0_3.x;
                s0_3 += HVEC4(0.047851562, 0.1239624, 0.009483337, 0.078125) * v0_3.y;
                s0_3 += HVEC4(0.011802673, -0.00459671, -0.022842407, -0.067871094) * v0_3.z;
                s0_3 += HVEC4(0.042388916, -0.008361816, -0.008201599, 0.066589355) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, -1)
                HVEC4 v0_0 = tile[at + 1];
                HVEC4 v0_1 = tile[at + 181];
                HVEC4 v0_2 = tile[at + 361];
                HVEC4 v0_3 = tile[at + 541];
                HVEC4 s0_2 = HVEC4(-0.4663086, 0.3630371, -1.515625, -0.5083008) * v0_0.x;
                s0_2 += HVEC4(-0.234375, 0.030883789, 0.06185913, 0.06463623) * v0_0.y;
                s0_2 += HVEC4(0.016433716, -0.011238098, -0.114746094, -0.010772705) * v0_0.z;
                s0_2 += HVEC4(0.00076293945, 0.03164673, 0.23303223, 0.08227539) * v0_0.w;
                s0_2 += HVEC4(0.06719971, -0.08807373, 0.061798096, 0.026947021) * v0_1.x;
                s0_2 += HVEC4(-0.25195312, 0.27807617, -0.12133789, -0.07330322) * v0_1.y;
                s0_2 += HVEC4(0.105163574, -0.05996704, -0.10040283, -0.38549805) * v0_1.z;
                s0_2 += HVEC4(0.09429932, -0.040527344, -0.11462402, -0.1159668) * v0_1.w;
                s0_2 += HVEC4(0.15759277, -0.027420044, 0.0317688, 0.030075073) * v0_2.x;
                s0_2 += HVEC4(-0.09210205, -0.052886963, 0.073913574, 0.070617676) * v0_2.y;
                s0_2 += HVEC4(0.042388916, 0.058258057, 0.097961426, -0.079589844) * v0_2.z;
                s0_2 += HVEC4(0.02671814, 0.02178955, -0.19543457, -0.13500977) * v0_2.w;
                s0_2 += HVEC4(0.033416748, 0.068847656, -0.011543274, 0.04373169) * v0_3.x;
                s0_2 += HVEC4(0.022216797, 0.07397461, -0.018630981, -0.09051514) * v0_3.y;
                s0_2 += HVEC4(0.1427002, -0.044555664, 0.09851074, 0.095703125) * v0_3.z;
                s0_2 += HVEC4(0.04864502, 0.031951904, -0.25048828, 0.22546387) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.12670898, 0.7919922, 0.09466553, -0.28955078) * v0_0.x;
                s0_3 += HVEC4(0.17333984, 0.20239258, -0.07385254, -0.097717285) * v0_0.y;
                s0_3 += HVEC4(0.2133789, -0.035827637, -0.023162842, -0.026016235) * v0_0.z;
                s0_3 += HVEC4(-0.3527832, -0.004096985, -0.0435791, 0.09259033) * v0_0.w;
                s0_3 += HVEC4(0.2388916, -0.030639648, -0.007850647, -0.11053467) * v0_1.x;
                s0_3 += HVEC4(-0.4777832, 0.31347656, 0.037841797, 0.19177246) * v0_1.y;
                s0_3 += HVEC4(-0.4675293, 0.18249512, -0.07110596, 0.075683594) * v0_1.z;
                s0_3 += HVEC4(0.33642578, -0.059387207, 0.033294678, -0.1149292) * v0_1.w;
                s0_3 += HVEC4(0.038238525, 0.052124023, 0.022537231, 0.07489014) * v0_2.x;
                s0_3 += HVEC4(0.08843994, -0.08654785, -0.062286377, 0.04348755) * v0_2.y;
                s0_3 += HVEC4(-0.034851074, 0.008399963, -0.10632324, 0.15026855) * v0_2.z;
                s0_3 += HVEC4(0.22729492, -0.21484375, 0.059539795, -0.10095215) * v0_2.w;
                s0_3 += HVEC4(0.19677734, 0.05239868, 0.013267517, 0.09875488) * v0_3.x;
                s0_3 += HVEC4(-0.018371582, -0.07318115, 0.06628418, 0.109313965) * v0_3.y;
                s0_3 += HVEC4(-0.072143555, 0.085632324, -0.058441162, -0.01889038) * v0_3.z;
                s0_3 += HVEC4(-0.24267578, -0.1060791, -7.212162e-05, 0.07171631) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, -1)
                HVEC4 v0_0 = tile[at + 2];
                HVEC4 v0_1 = tile[at + 182];
                HVEC4 v0_2 = tile[at + 362];
                HVEC4 v0_3 = tile[at + 542];
                HVEC4 s0_2 = HVEC4(-0.5307617, 0.022781372, -0.6611328, -0.13586426) * v0_0.x;
                s0_2 += HVEC4(-0.29736328, -0.033599854, 0.14892578, 0.087646484) * v0_0.y;
                s0_2 += HVEC4(0.07348633, 0.016815186, -0.014259338, -0.009933472) * v0_0.z;
                s0_2 += HVEC4(-0.05239868, -0.011146545, -0.00039243698, 0.006198883) * v0_0.w;
                s0_2 += HVEC4(-0.19421387, -0.044403076, 0.030548096, -0.02243042) * v0_1.x;
                s0_2 += HVEC4(-0.052124023, -0.031951904, 0.05822754, -0.095825195) * v0_1.y;
                s0_2 += HVEC4(0.20690918, 0.09106445, 0.040100098, -0.121032715) * v0_1.z;
                s0_2 += HVEC4(0.029434204, -0.009063721, -0.09136963, -0.08325195) * v0_1.w;
                s0_2 += HVEC4(0.06732178, 0.024780273, 0.047424316, -0.03503418) * v0_2.x;
                s0_2 += HVEC4(-0.0262146, -0.079589844, 0.066833496, 0.09057617) * v0_2.y;
                s0_2 += HVEC4(0.0030155182, 0.0027370453, -0.06719971, 0.016311646) * v0_2.z;
                s0_2 += HVEC4(-0.15112305, -0.03933716, -0.041137695, 0.037384033) * v0_2.w;
                s0_2 += HVEC4(-0.029922485, -0.018081665, 0.19873047, 0.060028076) * v0_3.x;
                s0_2 += HVEC4(0.15185547, 0.04348755, -0.08093262, 0.058044434) * v0_3.y;
                s0_2 += HVEC4(-0.010910034, -0.014282227, 0.15600586, 0.00831604) * v0_3.z;
                s0_2 += HVEC4(0.19226074, -0.024658203, -0.12225342, -0.0446167) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.076293945, 0.60595703, 0.21008301, -0.15100098) * v0_0.x;
                s0_3 += HVEC4(-0.12988281, 0.046844482, 0.0039520264, -0.097473145) * v0_0.y;
                s0_3 += HVEC4(0.07598877, 0.035491943, -0.0524292, 0.007820129) * v0_0.z;
                s0_3 += HVEC4(-0.013404846, 0.01448822, 0.046051025, 0.010826111) * v0_0.w;
                s0_3 += HVEC4(-0.031982422, -0.02746582, -0.017593384, -0.010406494) * v0_1.x;
                s0_3 += HVEC4(-0.3334961, -0.16064453, -0.0011825562, -0.1459961) * v0_1.y;
                s0_3 += HVEC4(-0.10748291, -0.031311035, -0.11517334, 0.1496582) * v0_1.z;
                s0_3 += HVEC4(0.018753052, -0.05859375, 0.0062332153, -0.026977539) * v0_1.w;
                s0_3 += HVEC4(0.036071777, 0.0029125214, -0.030807495, 0.07171631) * v0_2.x;
                s0_3 += HVEC4(-0.024261475, -0.051879883, 0.10046387, 0.050476074) * v0_2.y;
                s0_3 += HVEC4(0.0211792, 0.032562256, 0.03540039, -0.017242432) * v0_2.z;
                s0_3 += HVEC4(-0.047210693, -0.0019798279, 0.055755615, -0.072631836) * v0_2.w;
                s0_3 += HVEC4(-0.10736084, -0.029678345, -0.03591919, 0.019729614) * v0_3.x;
                s0_3 += HVEC4(0.121032715, 0.050048828, 0.04751587, 0.03793335) * v0_3.y;
                s0_3 += HVEC4(-0.12670898, -0.08520508, -0.10321045, -0.028015137) * v0_3.z;
                s0_3 += HVEC4(-0.23937988, -0.08026123, 0.035003662, -0.055145264) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 0)
                HVEC4 v0_0 = tile[at + 18];
                HVEC4 v0_1 = tile[at + 198];
                HVEC4 v0_2 = tile[at + 378];
                HVEC4 v0_3 = tile[at + 558];
                HVEC4 s0_2 = HVEC4(0.07397461, 0.005718231, 0.025024414, 0.037139893) * v0_0.x;
                s0_2 += HVEC4(-0.09692383, -0.01576233, 0.085876465, 0.026306152) * v0_0.y;
                s0_2 += HVEC4(0.14367676, -0.024871826, -0.042755127, -0.0028133392) * v0_0.z;
                s0_2 += HVEC4(-0.1307373, 0.016067505, -0.07659912, 0.034606934) * v0_0.w;
                s0_2 += HVEC4(-0.033691406, 0.062316895, 0.056793213, 0.15100098) * v0_1.x;
                s0_2 += HVEC4(0.10266113, -0.0012140274, 0.028030396, 0.06591797) * v0_1.y;
                s0_2 += HVEC4(0.07165527, 0.038238525, -0.036621094, -0.054473877) * v0_1.z;
                s0_2 += HVEC4(0.061401367, -0.007827759, 0.08685303, 0.061767578) * v0_1.w;
                s0_2 += HVEC4(0.044403076, -0.0039024353, -0.039489746, 0.015304565) * v0_2.x;
                s0_2 += HVEC4(0.085510254, -0.0317688, -0.04824829, -0.045776367) * v0_2.y;
                s0_2 += HVEC4(0.05621338, -0.34277344, 0.34985352, 0.015579224) * v0_2.z;
                s0_2 += HVEC4(-0.053588867, -0.05670166, -0.110961914, 0.07702637) * v0_2.w;
                s0_2 += HVEC4(0.0022335052, -0.1171875, 0.27148438, -0.15039062) * v0_3.x;
                s0_2 += HVEC4(-0.12023926, -0.15197754, 0.07507324, -0.06915283) * v0_3.y;
                s0_2 += HVEC4(0.14660645, 0.10095215, -0.07977295, -0.027511597) * v0_3.z;
                s0_2 += HVEC4(0.1217041, 0.042022705, -0.18395996, -0.088012695) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.03967285, -0.035095215, -0.068115234, 0.108947754) * v0_0.x;
                s0_3 += HVEC4(-0.0006494522, 0.13793945, -0.015930176, -0.005493164) * v0_0.y;
                s0_3 += HVEC4(0.017044067, -0.23596191, -0.005252838, 0.035461426) * v0_0.z;
                s0_3 += HVEC4(-0.026763916, 0.17687988, 0.026168823, 0.060943604) * v0_0.w;
                s0_3 += HVEC4(0.16625977, 0.086242676, 0.013069153, -0.013557434) * v0_1.x;
                s0_3 += HVEC4(-0.14782715, 0.061676025, -0.016906738, 0.032409668) * v0_1.y;
                s0_3 += HVEC4(-0.19104004, -0.23266602, 0.023483276, 0.039367676) * v0_1.z;
                s0_3 += HVEC4(0.10986328, -0.33203125, 0.06561279, -0.037628174) * v0_1.w;
                s0_3 += HVEC4(-0.016738892, -0.008888245, 0.010765076, -0.016403198) * v0_2.x;
                s0_3 += HVEC4(-0.0814209, -0.005317688, -0.036621094, 0.076049805) * v0_2.y;
                s0_3 += HVEC4(-0.78271484, -0.43920898, 0.03857422, 0.37402344) * v0_2.z;
                s0_3 += HVEC4(-0.087524414, 0.12225342, -0.0039711, -0.10479736) * v0_2.w;
                s0_3 += HVEC4(-0.19616699, 0.15136719, -0.09350586, -0.121520996) * v0_3.x;
                s0_3 += HVEC4(-0.2692871, 0.17028809, -0.09069824, -0.09967041) * v0_3.y;
                s0_3 += HVEC4(0.2331543, -0.08758545, 0.0017004013, 0.0124053955) * v0_3.z;
                s0_3 += HVEC4(0.01146698, -0.076660156, -0.009162903, 0.12731934) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 0)
                HVEC4 v0_0 = tile[at + 19];
                HVEC4 v0_1 = tile[at + 199];
                HVEC4 v0_2 = tile[at + 379];
                HVEC4 v0_3 = tile[at + 559];
                HVEC4 s0_2 = HVEC4(-0.024490356, -0.056365967, -0.12792969, -0.23779297) * v0_0.x;
                s0_2 += HVEC4(-0.3552246, -0.115356445, 0.09637451, 0.30004883) * v0_0.y;
                s0_2 += HVEC4(0.5097656, -0.095947266, -0.13574219, 0.022888184) * v0_0.z;
                s0_2 += HVEC4(-0.62158203, 0.22338867, -0.027297974, 0.31079102) * v0_0.w;
                s0_2 += HVEC4(0.18676758, -0.010597229, 0.11517334, -0.0154953) * v0_1.x;
                s0_2 += HVEC4(-0.060913086, 0.17211914, 0.10662842, -0.23498535) * v0_1.y;
                s0_2 += HVEC4(-0.11553955, 0.120666504, -0.111694336, -0.006542206) * v0_1.z;
                s0_2 += HVEC4(0.4189453, -0.1307373, -0.12854004, -0.28344727) * v0_1.w;
                s0_2 += HVEC4(-0.17358398, 0.109680176, 0.19458008, -0.1697998) * v0_2.x;
                s0_2 += HVEC4(0.05545044, 0.02798462, 0.09820557, 0.085754395) * v0_2.y;
                s0_2 += HVEC4(-0.13378906, -0.059326172, -0.34521484, 0.28955078) * v0_2.z;
                s0_2 += HVEC4(0.6274414, 0.21801758, -0.0051345825, -0.07458496) * v0_2.w;
                s0_2 += HVEC4(-0.39746094, -0.10614014, 0.31420898, -0.66015625) * v0_3.x;
                s0_2 += HVEC4(0.3671875, 0.15649414, 0.65966797, 0.054840088) * v0_3.y;
                s0_2 += HVEC4(-0.38183594, -0.1484375, -0.40014648, -0.28076172) * v0_3.z;
                s0_2 += HVEC4(-0.28686523, 0.10424805, 0.036071777, -0.32226562) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.20629883, -0.16088867, -0.24414062, -0.053588867) * v0_0.x;
                s0_3 += HVEC4(-0.2055664, 0.5839844, -0.03793335, -0.042816162) * v0_0.y;
                s0_3 += HVEC4(0.484375, 0.15148926, -0.039215088, 0.20300293) * v0_0.z;
                s0_3 += HVEC4(-0.5239258, -0.14428711, 0.07043457, -0.024993896) * v0_0.w;
                s0_3 += HVEC4(0.7636719, -0.36816406, -0.054870605, -0.054840088) * v0_1.x;
                s0_3 += HVEC4(-0.63671875, 0.12432861, -0.11834717, 0.012176514) * v0_1.y;
                s0_3 += HVEC4(-0.4169922, -0.121520996, 0.19445801, 0.23413086) * v0_1.z;
                s0_3 += HVEC4(0.7495117, -0.1472168, 0.08276367, 0.010063171) * v0_1.w;
                s0_3 += HVEC4(-0.16088867, -0.121398926, 0.07006836, 0.15441895) * v0_2.x;
                s0_3 += HVEC4(-0.08465576, 0.018081665, 0.049804688, 0.042633057) * v0_2.y;
                s0_3 += HVEC4(0.16040039, -0.03274536, -0.23242188, 0.19152832) * v0_2.z;
                s0_3 += HVEC4(0.22912598, 0.40893555, -0.22851562, 0.07476807) * v0_2.w;
                s0_3 += HVEC4(-0.105529785, -0.28808594, 0.039276123, 0.041809082) * v0_3.x;
                s0_3 += HVEC4(-0.44555664, 0.7680664, -0.3034668, 0.21618652) * v0_3.y;
                s0_3 += HVEC4(0.33691406, -0.5258789, 0.24987793, -0.14624023) * v0_3.z;
                s0_3 += HVEC4(0.18579102, -0.1875, 0.1541748, -0.032989502) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 0)
                HVEC4 v0_0 = tile[at + 20];
                HVEC4 v0_1 = tile[at + 200];
                HVEC4 v0_2 = tile[at + 380];
                HVEC4 v0_3 = tile[at + 560];
                HVEC4 s0_2 = HVEC4(-0.18225098, -0.01914978, -0.038848877, 0.06756592) * v0_0.x;
                s0_2 += HVEC4(-0.32348633, 0.010696411, -0.20385742, -0.14013672) * v0_0.y;
                s0_2 += HVEC4(0.041503906, 0.08666992, 0.05230713, -0.028778076) * v0_0.z;
                s0_2 += HVEC4(-0.08862305, -0.10168457, -0.026168823, 0.21765137) * v0_0.w;
                s0_2 += HVEC4(-0.1652832, -0.055511475, -0.08099365, -0.02935791) * v0_1.x;
                s0_2 += HVEC4(0.0519104, -0.03289795, 0.038024902, -0.058410645) * v0_1.y;
                s0_2 += HVEC4(0.061187744, 0.009063721, 0.0010509491, 0.035125732) * v0_1.z;
                s0_2 += HVEC4(-0.15588379, -0.0046463013, 0.02168274, 0.044921875) * v0_1.w;
                s0_2 += HVEC4(-0.0042800903, -0.0034561157, -0.012687683, 0.1307373) * v0_2.x;
                s0_2 += HVEC4(-0.033050537, 0.083740234, -0.09106445, -0.08532715) * v0_2.y;
                s0_2 += HVEC4(0.033691406, 0.0035514832, -0.015235901, 0.026153564) * v0_2.z;
                s0_2 += HVEC4(-0.022491455, -0.043273926, -0.08215332, -0.01096344) * v0_2.w;
                s0_2 += HVEC4(0.07519531, 0.057128906, 0.07421875, -0.15661621) * v0_3.x;
                s0_2 += HVEC4(0.12866211, 0.12670898, 0.25756836, -0.35839844) * v0_3.y;
                s0_2 += HVEC4(-0.10614014, -0.07324219, -0.2775879, 0.086242676) * v0_3.z;
                s0_2 += HVEC4(0.12963867, -0.031799316, 0.070251465, 0.2277832) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.14770508, 0.030181885, 0.007045746, 0.103027344) * v0_0.x;
                s0_3 += HVEC4(0.17504883, 0.30249023, 0.004688263, -0.20263672) * v0_0.y;
                s0_3 += HVEC4(0.099731445, 0.13232422, -0.11151123, 0.22460938) * v0_0.z;
                s0_3 += HVEC4(-0.28442383, -0.14758301, 0.21020508, -0.16320801) * v0_0.w;
                s0_3 += HVEC4(0.38891602, 0.11853027, 0.06878662, -0.10675049) * v0_1.x;
                s0_3 += HVEC4(0.0013103485, 0.036712646, 0.061950684, -0.2364502) * v0_1.y;
                s0_3 += HVEC4(-0.13745117, -0.031021118, -0.005027771, -0.004070282) * v0_1.z;
                s0_3 += HVEC4(0.34814453, 0.21655273, 0.1381836, 0.1451416) * v0_1.w;
                s0_3 += HVEC4(-0.09820557, -0.04522705, 0.13439941, 0.055023193) * v0_2.x;
                s0_3 += HVEC4(0.09472656, 0.02520752, -0.0107803345, 0.04067993) * v0_2.y;
                s0_3 += HVEC4(-0.002073288, -0.03540039, -0.028701782, 0.009773254) * v0_2.z;
                s0_3 += HVEC4(0.13745117, -0.007980347, -0.10437012, -0.16210938) * v0_2.w;
                s0_3 += HVEC4(0.16491699, 0.07281494, 0.038024902, 0.10357666) * v0_3.x;
                s0_3 += HVEC4(-0.0791626, 0.06088257, -0.2364502, 0.08862305) * v0_3.y;
                s0_3 += HVEC4(0.14648438, 0.039215088, 0.084106445, -0.13745117) * v0_3.z;
                s0_3 += HVEC4(0.02168274, -0.14624023, 0.20129395, 0.042297363) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (-1, 1)
                HVEC4 v0_0 = tile[at + 36];
                HVEC4 v0_1 = tile[at + 216];
                HVEC4 v0_2 = tile[at + 396];
                HVEC4 v0_3 = tile[at + 576];
                HVEC4 s0_2 = HVEC4(-0.01965332, 0.010482788, 0.01486969, 0.004737854) * v0_0.x;
                s0_2 += HVEC4(-0.058441162, -0.027389526, 0.013549805, -0.015991211) * v0_0.y;
                s0_2 += HVEC4(0.010414124, -0.027404785, 0.041381836, 0.100097656) * v0_0.z;
                s0_2 += HVEC4(-0.004573822, -0.039764404, -0.06536865, -0.05987549) * v0_0.w;
                s0_2 += HVEC4(-0.044128418, -0.019332886, 0.03378296, -0.027252197) * v0_1.x;
                s0_2 += HVEC4(-0.055725098, -0.0079422, -0.0096588135, -0.043823242) * v0_1.y;
                s0_2 += HVEC4(0.00033283234, 0.007408142, -0.008987427, 0.011451721) * v0_1.z;
                s0_2 += HVEC4(-0.0032863617, -0.03677368, 0.08355713, 0.13549805) * v0_1.w;
                s0_2 += HVEC4(0.016281128, 0.0012435913, 0.03353882, 0.020690918) * v0_2.x;
                s0_2 += HVEC4(0.025405884, -0.059539795, 0.002796173, 0.027923584) * v0_2.y;
                s0_2 += HVEC4(-0.09515381, -0.3869629, 0.17248535, 0.25634766) * v0_2.z;
                s0_2 += HVEC4(-0.031951904, -0.032318115, -0.07312012, 0.0028057098) * v0_2.w;
                s0_2 += HVEC4(-0.068481445, -0.026672363, 0.121032715, 0.070007324) * v0_3.x;
                s0_2 += HVEC4(0.03933716, -0.055541992, -0.1005249, 0.18237305) * v0_3.y;
                s0_2 += HVEC4(0.09161377, 0.07397461, 0.079833984, -0.101623535) * v0_3.z;
                s0_2 += HVEC4(0.11328125, 0.052093506, 0.033691406, 0.0011501312) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.02168274, 0.013916016, 0.0056762695, -0.021575928) * v0_0.x;
                s0_3 += HVEC4(0.066467285, 0.13842773, 0.010749817, -0.027954102) * v0_0.y;
                s0_3 += HVEC4(0.09411621, 0.04309082, -0.0016889572, 0.053833008) * v0_0.z;
                s0_3 += HVEC4(-0.047210693, -0.04031372, -0.0063476562, -0.062683105) * v0_0.w;
                s0_3 += HVEC4(0.024963379, -0.009300232, 0.016998291, -0.007041931) * v0_1.x;
                s0_3 += HVEC4(-0.049682617, 0.056121826, 0.010108948, -0.020111084) * v0_1.y;
                s0_3 += HVEC4(-0.027511597, 0.024398804, -0.018417358, -0.01550293) * v0_1.z;
                s0_3 += HVEC4(0.07537842, 0.08050537, 0.007080078, 0.019378662) * v0_1.w;
                s0_3 += HVEC4(0.03451538, -0.0019798279, -0.008514404, 0.042907715) * v0_2.x;
                s0_3 += HVEC4(0.023345947, -0.039276123, -0.05581665, -0.017852783) * v0_2.y;
                s0_3 += HVEC4(0.19091797, 0.30664062, -0.091796875, -0.18530273) * v0_2.z;
                s0_3 += HVEC4(0.035736084, 0.09625244, -0.052734375, -0.0008020401) * v0_2.w;
                s0_3 += HVEC4(0.04345703, 0.1361084, 0.043029785, 0.022384644) * v0_3.x;
                s0_3 += HVEC4(0.14770508, 0.25463867, -0.068847656, 0.036590576) * v0_3.y;
                s0_3 += HVEC4(-0.10772705, -0.46069336, 0.06561279, 0.04525757) * v0_3.z;
                s0_3 += HVEC4(-0.011779785, -0.31811523, 0.037109375, 0.083984375) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (0, 1)
                HVEC4 v0_0 = tile[at + 37];
                HVEC4 v0_1 = tile[at + 217];
                HVEC4 v0_2 = tile[at + 397];
                HVEC4 v0_3 = tile[at + 577];
                HVEC4 s0_2 = HVEC4(0.05105591, 0.112976074, 0.030456543, -0.11834717) * v0_0.x;
                s0_2 += HVEC4(-0.22070312, -0.020370483, 0.07928467, -0.14929199) * v0_0.y;
                s0_2 += HVEC4(0.10247803, 0.05718994, 0.07574463, 0.03729248) * v0_0.z;
                s0_2 += HVEC4(-0.10864258, -0.14160156, -0.18493652, -0.097717285) * v0_0.w;
                s0_2 += HVEC4(-0.056854248, 0.0625, 0.101623535, -0.04928589) * v0_1.x;
                s0_2 += HVEC4(0.013763428, 0.04458618, 0.083740234, 0.05984497) * v0_1.y;
                s0_2 += HVEC4(-0.08569336, -0.023269653, 0.038848877, -0.015586853) * v0_1.z;
                s0_2 += HVEC4(0.02116394, 0.11303711, 0.113708496, -0.32543945) * v0_1.w;
                s0_2 += HVEC4(0.111083984, 0.0020370483, -0.060272217, 0.17114258) * v0_2.x;
                s0_2 += HVEC4(-0.060546875, 0.08850098, -0.04244995, 0.044525146) * v0_2.y;
                s0_2 += HVEC4(-0.19812012, -0.030761719, 0.05444336, -0.36035156) * v0_2.z;
                s0_2 += HVEC4(-0.0435791, -0.035980225, 0.08721924, 0.11633301) * v0_2.w;
                s0_2 += HVEC4(0.07751465, 0.109436035, 0.11859131, -0.19030762) * v0_3.x;
                s0_2 += HVEC4(0.09753418, -0.04425049, -0.1574707, 0.061584473) * v0_3.y;
                s0_2 += HVEC4(-0.034210205, 0.012802124, -0.039520264, -0.10272217) * v0_3.z;
                s0_2 += HVEC4(0.25463867, 0.107177734, -0.14794922, 0.18347168) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(0.010543823, -0.03866577, -0.02772522, 0.044189453) * v0_0.x;
                s0_3 += HVEC4(-0.058929443, 0.21789551, -0.0050697327, -0.031799316) * v0_0.y;
                s0_3 += HVEC4(0.29516602, -0.21032715, -0.030227661, 0.12158203) * v0_0.z;
                s0_3 += HVEC4(-0.059509277, 0.16088867, 0.09259033, -0.17797852) * v0_0.w;
                s0_3 += HVEC4(0.18481445, 0.028747559, -0.028305054, 0.056243896) * v0_1.x;
                s0_3 += HVEC4(-0.25170898, -0.07678223, -0.03024292, 0.031173706) * v0_1.y;
                s0_3 += HVEC4(-0.16455078, 0.1739502, -0.053955078, -0.1105957) * v0_1.z;
                s0_3 += HVEC4(0.57128906, -0.070129395, 0.08380127, 0.13293457) * v0_1.w;
                s0_3 += HVEC4(0.04168701, -0.09265137, -0.034820557, -0.04458618) * v0_2.x;
                s0_3 += HVEC4(-0.034240723, -0.08770752, -0.077697754, -0.05996704) * v0_2.y;
                s0_3 += HVEC4(-0.083740234, -0.08569336, 0.0026664734, 0.38256836) * v0_2.z;
                s0_3 += HVEC4(-0.21484375, -0.18188477, 0.031204224, 0.11810303) * v0_2.w;
                s0_3 += HVEC4(-0.10559082, 0.0121536255, -0.07623291, 0.15063477) * v0_3.x;
                s0_3 += HVEC4(0.010017395, -0.035247803, 0.045837402, 0.06188965) * v0_3.y;
                s0_3 += HVEC4(0.016601562, -0.05810547, 0.09954834, -0.032714844) * v0_3.z;
                s0_3 += HVEC4(0.10821533, -0.13366699, 0.0047569275, -0.11834717) * v0_3.w;
                a0_3 += vec4(s0_3);
            }
            {   // tap (1, 1)
                HVEC4 v0_0 = tile[at + 38];
                HVEC4 v0_1 = tile[at + 218];
                HVEC4 v0_2 = tile[at + 398];
                HVEC4 v0_3 = tile[at + 578];
                HVEC4 s0_2 = HVEC4(0.022338867, -0.035491943, -0.06719971, 0.07208252) * v0_0.x;
                s0_2 += HVEC4(-0.13916016, -0.06866455, 0.18347168, 0.09899902) * v0_0.y;
                s0_2 += HVEC4(-0.10180664, -0.011207581, -0.038391113, -0.07946777) * v0_0.z;
                s0_2 += HVEC4(0.11126709, -0.044433594, -0.032440186, 0.17492676) * v0_0.w;
                s0_2 += HVEC4(-0.05822754, 0.004348755, -0.047698975, -0.026733398) * v0_1.x;
                s0_2 += HVEC4(0.010574341, 0.001868248, -0.017684937, 0.0340271) * v0_1.y;
                s0_2 += HVEC4(0.030670166, 0.0034484863, 0.04660034, 0.023757935) * v0_1.z;
                s0_2 += HVEC4(-0.018051147, 0.0143585205, -0.016738892, -0.08062744) * v0_1.w;
                s0_2 += HVEC4(0.015083313, -0.036010742, -0.046905518, 0.06604004) * v0_2.x;
                s0_2 += HVEC4(0.08660889, -0.019989014, 0.042755127, -0.05810547) * v0_2.y;
                s0_2 += HVEC4(-0.049346924, -0.011383057, 0.04711914, -0.035949707) * v0_2.z;
                s0_2 += HVEC4(-0.15026855, 0.04916382, 0.046081543, -0.30908203) * v0_2.w;
                s0_2 += HVEC4(0.11206055, -0.026794434, 0.0014266968, 0.20739746) * v0_3.x;
                s0_2 += HVEC4(-0.11956787, 0.031799316, 0.078430176, -0.18640137) * v0_3.y;
                s0_2 += HVEC4(0.03744507, -0.031829834, -0.04333496, 0.13867188) * v0_3.z;
                s0_2 += HVEC4(0.12207031, 0.03665161, -0.121520996, 0.05709839) * v0_3.w;
                a0_2 += vec4(s0_2);
                HVEC4 s0_3 = HVEC4(-0.01876831, -0.03338623, 0.013870239, -0.06439209) * v0_0.x;
                s0_3 += HVEC4(0.10534668, 0.23205566, -0.041809082, -0.034118652) * v0_0.y;
                s0_3 += HVEC4(0.042816162, -0.019821167, 0.017669678, 0.020141602) * v0_0.z;
                s0_3 += HVEC4(-0.008956909, -0.04446411, -0.04071045, -0.08880615) * v0_0.w;
                s0_3 += HVEC4(0.066223145, 0.086364746, 0.025558472, -0.018157959) * v0_1.x;
                s0_3 += HVEC4(0.023742676, 0.083618164, 0.03439331, 0.005279541) * v0_1.y;
                s0_3 += HVEC4(-0.030090332, -0.006538391, -0.0043640137, -0.02619934) * v0_1.z;
                s0_3 += HVEC4(0.032226562, -0.11968994, 0.0042304993, -0.025360107) * v0_1.w;
                s0_3 += HVEC4(-0.013084412, -0.039978027, 0.02420044, -0.051330566) * v0_2.x;
                s0_3 += HVEC4(-0.045074463, -0.078552246, -0.064086914, 0.10272217) * v0_2.y;
                s0_3 += HVEC4(-0.037231445, 0.016586304, -0.015571594, 0.05441284) * v0_2.z;
                s0_3 += HVEC4(0.058807373, 0.1763916, 0.09277344, 0.16516113) * v0_2.w;
                s0_3 += HVEC4(-0.14111328, -0.15698242, -0.017578125, -0.0017518997) * v0_3.x;
                s0_3 += HVEC4(0.029907227, 0.11669922, 0.00097322464, 0.14672852) * v0_3.y;
                s0_3 += HVEC4(-0.117126465, -0.13000488, -0.0027999878, -0.07373047) * v0_3.z;
                s0_3 += HVEC4(0.014419556, -0.060638428, -0.0143585205, -0.18469238) * v0_3.w;
                a0_3 += vec4(s0_3);
            }

            ivec2 p0 = origin + local + ivec2(0, 0);
            ivec2 c0 = min(p0, last);
            a0_2 += vec4(texelFetch(ArtCNN_C4F16_L0_raw, c0 * ivec2(2, 2) + ivec2(0, 1), 0));
            a0_3 += vec4(texelFetch(ArtCNN_C4F16_L0_raw, c0 * ivec2(2, 2) + ivec2(1, 1), 0));
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

//!DESC ArtCNN_C4F16 compute conv2d_6_depth_to_space
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
