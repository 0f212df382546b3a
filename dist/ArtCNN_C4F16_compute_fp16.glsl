// ArtCNN_C4F16: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F16: 2x luma upscaler for anime, 4 ReLU layers of 16 filters (12,340 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F16 variant=compute precision=fp16
// Weights: ArtCNN_C4F16.keras
// 5 passes, hooked on LUMA; output: luma at 2x width and height.
// Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN
// shaders); otherwise mpv's own scaler is used.
// Compute variant: one pass per layer, input tiles in shared memory; needs compute shaders
// (Vulkan, or OpenGL 4.3+ desktop).
// The network's linear head (its first two convolutions) is one 5x5 convolution of the
// luma plane in the first pass, corrected at the frame's border to match the layers' zero
// padding.
// That pass computes in float: its weights are products of two layers' weights.
// The network's linear tail (its last two convolutions and what is added between them) is
// one 5x5 convolution of the tensor before it and the luma plane in the last pass, corrected at the
// frame's border to match the layers' zero padding.
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

//!DESC ArtCNN_C4F16 compute conv2d_conv2d_1
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F16_L1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 16 8 8 8

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 5x5, luma -> 16 channels, then - what it counts beyond the frame (tail_edges), relu
// A workgroup computes 8x4 pixels with 8x8 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 2-pixel halo (12x8 pixels)
// into shared memory, zero outside the frame (Keras 'same' padding).
shared float tile[96];

// The first two layers are folded into this pass (conv and conv as one 5x5 sum on luma). Beyond the
// frame that sum counts what the first layer computes there, which Keras' zero padding leaves out: at
// the border it is subtracted, per side of the frame the pixel is on (a corner's pixel once less).
// The pixels the correction reads lie within 2 of the pixel: in this workgroup's luma tile (zero outside the frame).
ivec2 tile_origin;

vec4 tail_input(ivec2 q, ivec2 last, int g)
{
    ivec2 s = q - tile_origin + ivec2(2);
    return vec4(tile[s.y * 12 + s.x], 0.0, 0.0, 0.0);
}

vec4 tail_edges_0(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.037905764, -0.015847921, 0.004827127, -0.001054461);
        c += vec4(0.017820062, -0.07692795, 0.004113591, 0.00057950796) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.24965803, 0.2255965, -0.10516321, 0.009668346) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-1.0532193, -0.011699286, 0.024144426, 0.030422164) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.23732007, 0.11636544, -0.012294468, -0.027833067) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.019853115, -0.10511554, -0.005744032, 0.015577979) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.0016911379, -0.0026091395, 0.0066231843, -0.013141321);
        c += vec4(-0.045134928, -0.06934942, -0.017666714, 0.01504914) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.03378596, -0.07461373, 0.09021367, 0.14746478) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.03185035, 0.11894687, -0.3790243, 1.5288529) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.026528988, 0.035461336, 0.0014039896, 0.085492715) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.027502673, -0.11317382, -0.021215115, -0.03897657) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.0024001866, -0.01608735, -0.000801651, 0.0013874295);
        c += vec4(-0.04266502, 0.1491572, 0.00949499, 0.004879239) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.1475996, -0.2547007, 0.12275429, -0.030680547) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.02899433, 0.22735558, -0.29411802, 0.16231261) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.008664992, -0.11964619, 0.067379616, -0.15950736) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.02418553, -0.018873116, 0.010958807, 0.004205962) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.0068239714, -0.0028074468, 0.01789523, 0.006441155);
        c += vec4(-0.0025063818, 0.15261586, -0.07800814, -0.005963007) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.08436362, -0.01795154, -0.044522706, 0.034653943) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.020109292, 0.020873776, -0.025044749, 0.14166589) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.03680707, -0.097946145, 0.098905005, -0.1641436) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.024645146, -0.018654158, -0.015957918, -0.010743235) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.017782478, -0.020142993, 0.007289798, 0.0005762223);
        c -= vec4(-0.29083455, 0.1510507, -0.016018523, -0.00393038) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.026403915, 0.0024797195, 0.006510538, 0.0026394564);
        c -= vec4(0.08097541, 0.02320977, 0.06844174, -0.03125441) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.00781942, -0.0031171842, -0.0023916066, -0.006896363);
        c -= vec4(-0.01101141, -0.0021607692, -0.11302531, 0.13005555) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0028482366, -0.0009517208, 0.012466622, -0.0025005825);
        c -= vec4(-0.14978582, 0.10578548, 0.020351265, 0.11435661) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_1(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.008583019, 0.002550397, -0.0015640836, 0.00062851794);
        c += vec4(0.006238046, 0.0117101995, 0.004944023, -0.008203466) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.07809014, -0.11143396, -0.036494505, 0.019275384) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.11559996, 0.2471458, -0.043952536, -0.03761693) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.055088077, -0.12951717, 0.042132962, 0.020858254) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.0010217456, 0.019100958, -0.020244949, 0.00576566) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(0.0094545325, 0.0045787683, 0.0034728227, -0.00012068113);
        c += vec4(0.006693158, -0.10845881, 0.004774995, -0.019599462) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.03606115, -0.55168825, -0.16441472, 0.38155413) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.30776227, -0.6777686, -1.161925, -0.25459576) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.1760275, -0.123704106, -0.13775155, -0.04252462) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.043420125, -0.04359478, 0.020376217, 0.016911885) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.019526811, -0.0130593395, -0.010183971, -0.023785131);
        c += vec4(0.014725143, 0.036089186, -0.015031406, -0.01835982) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.1412154, 0.06625254, -0.010039204, 0.04814258) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.4611633, 0.33203745, 0.032213077, 0.20172733) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.16549169, 0.6839232, -0.01634908, 0.8625645) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.0068711513, 0.09291848, -0.0054411856, -0.029173832) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.027041908, 0.005652565, 0.0021063765, 0.00254215);
        c += vec4(0.07998496, -0.03520152, -0.018536914, 3.9663966e-05) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.24668898, 0.033412162, 0.032183114, -0.018301813) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.47854105, 0.1268559, -0.035473328, -0.027325893) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.43971348, -0.110686466, 0.036184996, 0.051073365) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.0050758985, 0.027106216, -0.0104582785, -0.006486116) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.0046560345, -0.0010573012, -0.0062742624, 0.00056334934);
        c -= vec4(0.0937061, 0.06317819, 0.08497401, 0.013846202) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.008319244, -0.002258964, 0.00013388024, -0.0023776463);
        c -= vec4(-0.03818109, 0.13494463, -0.043875914, -0.008634952) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0018081476, -0.0040785116, -0.0009776151, -0.0045635183);
        c -= vec4(0.078449376, -0.10207722, -0.064170174, 0.1528629) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0002950719, 0.0115634985, 0.010383331, 0.004243724);
        c -= vec4(-0.011051927, -0.05148615, -0.073781736, -0.039123993) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_2(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(0.0033405724, -0.006625848, -0.017668882, 0.0047565377);
        c += vec4(0.04185162, -0.0040193084, 0.01668103, -0.1535023) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.18720834, -0.0059185973, 0.6456531, -0.66176116) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.1427792, -0.05382546, -0.36882445, -0.11303716) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.06485428, 0.16139661, -0.22622946, 0.045304425) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.026823929, 0.042047776, -0.016032578, -0.026628869) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.018233972, 7.575363e-05, -0.0007148991, -0.00457843);
        c += vec4(-0.005168034, 0.018689433, 0.18671554, -0.22138911) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.048390467, 0.02015528, 0.45980394, 0.1124106) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.8908814, -0.1655308, -0.47163174, 0.07005683) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.15497124, -0.042510156, -0.1229392, -0.06000523) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.045304887, 0.05324228, -0.015271851, 0.0010224686) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(0.010062727, 0.0006497854, -0.017992554, 0.016270166);
        c += vec4(0.015061323, 0.0027480656, -0.043013047, -0.020107932) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.090204224, 0.03916723, 0.54250443, 0.61735064) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.33364254, 0.020426141, -1.3700975, 0.5317227) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.1061284, 0.12814085, 0.89493823, 0.1052521) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.045478657, 0.015094477, -0.16272351, 0.0049280385) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(0.0029806108, -0.014705543, 0.0024771376, -0.009703831);
        c += vec4(-0.033844996, 0.06086666, 0.038740482, 0.14073844) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.04067926, -0.061104495, -0.100677356, -0.20583987) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.29321587, 0.48597214, 0.22696197, 0.0589935) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.20636448, -0.10587044, -0.07333518, 0.11488217) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.031721823, -0.003226423, -0.009813459, 0.0012790759) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.0017550517, 0.0033380964, -0.019856034, -0.00026694356);
        c -= vec4(-0.033376433, -0.021279477, -0.39163938, 0.07066828) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0011290298, -0.0043764035, -0.009141153, 0.015378994);
        c -= vec4(0.0020257318, -0.08807787, 0.0652348, 0.013102109) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0025348945, 0.0058476394, 0.00027503681, 0.0001447524);
        c -= vec4(0.1514542, -0.11579122, -0.2661185, 0.040931094) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0022748874, -0.009367818, 0.00407466, -0.004206265);
        c -= vec4(0.0934602, -0.0754711, -0.06260552, 0.046639115) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_3(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.004082611, -0.0012446921, 0.00843232, -0.003224007);
        c += vec4(-0.010784216, -0.05581238, 0.010084462, 0.012936337) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.08538789, -0.012014169, -0.35296512, 0.11564436) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.05995266, 0.07348489, 0.010892566, -0.12945971) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.108156495, -0.06056794, 0.110482365, 0.022192163) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.005577462, 0.0032536231, -0.018537568, -0.017730236) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.005892093, -0.012973094, 0.008629325, 0.0025093223);
        c += vec4(-0.0018548452, 0.049826983, -0.099883474, -0.0005482893) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.0037303416, 0.13276966, 0.056989707, 0.09994843) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.15792792, 0.71959597, -0.65695316, -0.07621208) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.123995446, 0.004471482, -0.31669685, -0.02838481) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.02231411, 0.0766208, 0.06875863, -0.0111518055) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(0.0012472812, -0.0026209566, -0.020793645, -0.018418144);
        c += vec4(0.0133796865, 0.011971054, -0.07158731, -7.751217e-05) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.036452994, -0.23816063, -0.36845648, -0.07057984) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.0775625, 0.10918983, 0.45329672, -0.861396) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.029636875, -0.54250395, -0.021763805, 0.011722038) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.022855636, 0.008599792, -0.05194227, 0.03248602) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.0077164257, 0.00048722667, -0.013916533, 0.0039872695);
        c += vec4(-0.014768672, -0.01621874, 0.038687665, -0.009450425) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.15429889, -0.09812114, -0.22428823, 0.050722126) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.83417547, 0.19518878, -0.09879014, -0.093790025) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.07503292, -0.32190338, -0.20704222, 0.060693208) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.005805075, 0.033047758, 0.08842444, -0.017610015) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.002186256, -0.0012932027, -0.016486157, -0.007710861);
        c -= vec4(0.0022519808, 0.07580121, 0.15490569, -0.06088744) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.005890815, 0.0055664126, 0.011249614, 0.003657751);
        c -= vec4(0.009374389, 0.014494044, 0.04632444, 0.013017505) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-8.235524e-05, 7.62011e-05, 0.005320047, 0.00012086381);
        c -= vec4(-0.0016419715, 0.12078152, 0.010362048, -0.042435884) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0036680333, -0.007456962, -0.005079523, -0.0074462513);
        c -= vec4(-0.15552258, 0.0328352, -0.03890546, -0.012243771) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(8, 4);
    tile_origin = origin;
    for (int i = int(gl_LocalInvocationIndex); i < 96; i += 64) {
        ivec2 q = origin + ivec2(i % 12 - 2, i / 12 - 2);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        tile[i] = inside ? float(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x) : float(0.0);
    }
    barrier();

    // 2 slices of 8x4 threads share the pixels, each computing 2 of the 4 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 4);
    int slice = int(gl_LocalInvocationID.y) / 4;
    int at = local.y * 12 + local.x;
    if (slice == 0) {
        vec4 a0_0 = vec4(-0.0031068386, 0.0041965055, 0.05545825, 0.0010206952);
        vec4 a0_1 = vec4(0.017640045, -0.0044664713, -0.00073259807, -0.0049279747);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_0 = vec4(0.008038642, -0.07280714, -0.019768555, 0.0066823657);
            vec4 w0_1 = vec4(-0.007484072, 0.0048273867, -6.5432134e-05, -0.0038686965);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_0 = vec4(0.061566, -0.13756244, -0.0010589637, -0.016081758);
            vec4 w0_1 = vec4(-0.0052824304, -0.017817779, 0.026441343, -0.00018431523);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_0 = vec4(0.031365015, 0.27091843, -0.050807077, 0.018887218);
            vec4 w0_1 = vec4(0.053211607, 0.0036958917, -0.035281975, -0.00016140024);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_0 = vec4(0.05016048, -0.050023172, 0.07483754, -0.018139472);
            vec4 w0_1 = vec4(-0.032880027, 0.027986063, 0.015132324, 0.013065528);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_0 = vec4(0.018485593, -0.06274761, -0.015272144, 0.0046942937);
            vec4 w0_1 = vec4(0.0055448115, -0.010806599, -0.003808398, -0.006371911);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_0 = vec4(0.01151982, 0.45110458, 0.010403599, -0.012986735);
            vec4 w0_1 = vec4(-0.008153955, 0.07427891, 0.02403384, 0.015947767);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_0 = vec4(0.054232396, -0.86656845, -0.14615706, 0.01870677);
            vec4 w0_1 = vec4(0.067325845, -0.047750242, -0.055118125, 0.01458582);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_0 = vec4(-0.653052, 1.1652553, 0.35117096, -0.0563732);
            vec4 w0_1 = vec4(-0.17089286, -0.0022836062, 0.07509469, -0.030738937);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_0 = vec4(0.007760779, -0.6159778, -0.07736586, 0.029769525);
            vec4 w0_1 = vec4(0.058792245, -0.046118673, -0.0068936255, -0.0026606978);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_0 = vec4(-0.0022130834, 0.26200208, -0.012253795, -0.004031421);
            vec4 w0_1 = vec4(-0.007509087, -0.007340612, 0.014138035, 0.000525794);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_0 = vec4(0.007893949, -0.3637014, 0.047468204, -0.018430946);
            vec4 w0_1 = vec4(-0.0131091755, 0.0089397, 0.019204663, -0.017311035);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_0 = vec4(0.016015453, 0.679726, 0.19273181, -0.00466764);
            vec4 w0_1 = vec4(-0.08250799, -1.5575438, 0.044199057, -0.001610171);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_0 = vec4(0.062428497, -1.0835654, -0.90985495, 2.5837002);
            vec4 w0_1 = vec4(0.66946095, -0.09387531, -2.6118999, 0.019273004);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_0 = vec4(0.047870874, 0.6407874, 0.12188809, -0.040713657);
            vec4 w0_1 = vec4(-0.11186738, 0.053196006, 0.011049429, 0.013936503);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_0 = vec4(0.022785956, -0.32360372, 0.050019685, -0.028078346);
            vec4 w0_1 = vec4(0.05953316, -0.0067551904, 0.0064135655, 0.004525789);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_0 = vec4(-0.0059729773, -0.025880923, -0.0344267, 0.017309487);
            vec4 w0_1 = vec4(0.01278288, -0.064040214, -0.037572253, -0.006853987);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_0 = vec4(0.0067564193, 0.2172218, 0.05556513, 0.024442878);
            vec4 w0_1 = vec4(0.28966427, 0.01746469, 0.033754352, -1.8166434);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_0 = vec4(0.03087266, -0.19499406, 0.46739632, -2.5675483);
            vec4 w0_1 = vec4(-0.61207294, 1.5890206, 2.5476196, 1.8443843);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_0 = vec4(0.00276789, -0.03609643, -0.08957264, 0.032051094);
            vec4 w0_1 = vec4(-0.06955766, 0.062240373, -0.042136926, -0.035098795);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_0 = vec4(0.010064093, 0.14457819, -0.04236306, 0.0147248125);
            vec4 w0_1 = vec4(-0.0616825, 0.004956317, -0.010959788, 0.004976797);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_0 = vec4(0.007776219, 0.015112896, 0.02117857, 0.006802958);
            vec4 w0_1 = vec4(0.025595693, 0.021250568, -0.009029933, 0.003933894);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_0 = vec4(0.00727872, 0.07086146, -0.014146879, -0.0034069552);
            vec4 w0_1 = vec4(-0.05870292, 0.020405557, -0.016275393, 0.0042081894);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_0 = vec4(-0.005653144, -0.09933541, -0.07403044, 0.0040971455);
            vec4 w0_1 = vec4(-0.026502915, 0.09989025, 0.00088571076, -0.019352699);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_0 = vec4(-0.012978294, 0.030282767, 0.0263435, -0.00740293);
            vec4 w0_1 = vec4(0.07917798, -0.1459368, 0.020323286, 0.012507535);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_0 = vec4(-0.0018528743, -0.017480774, 0.02571059, 0.015961975);
            vec4 w0_1 = vec4(-0.011296269, 0.0122842295, -0.009723745, -0.009277617);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }

        ivec2 p0 = origin + local + ivec2(0, 0);
        ivec2 c0 = min(p0, last);
        a0_0 -= vec4(tail_edges_0(c0, last));
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 -= vec4(tail_edges_1(c0, last));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        }
    } else if (slice == 1) {
        vec4 a0_2 = vec4(0.0031321086, 0.023959635, -0.00023921454, 0.00270616);
        vec4 a0_3 = vec4(0.005659959, -0.016559288, 0.0052861166, -0.0018682482);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_2 = vec4(-0.009546533, 0.008352083, -0.042895257, 0.0155092785);
            vec4 w0_3 = vec4(-0.019541016, 0.045587346, -0.036237024, -0.0018654652);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_2 = vec4(0.024535896, -0.005107509, 0.13450159, 0.26386893);
            vec4 w0_3 = vec4(0.005820367, -0.091556355, 0.061674096, -0.025899084);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_2 = vec4(0.011488475, 0.021478849, -0.061520133, -0.008407505);
            vec4 w0_3 = vec4(0.003720447, 0.027430644, -0.011614218, 0.018283078);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_2 = vec4(-0.063043766, 0.0046322905, -0.061811842, -0.44597492);
            vec4 w0_3 = vec4(0.008579359, 0.035230726, 0.0012418341, 0.014108286);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_2 = vec4(0.043466616, -0.020962423, 0.030171182, 0.06975473);
            vec4 w0_3 = vec4(-0.005623482, -0.017699158, -0.0016235576, 4.641109e-05);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_2 = vec4(-0.050517317, -0.031221438, -0.065436766, -0.15818195);
            vec4 w0_3 = vec4(0.051376328, 0.01950807, 0.0057371864, 0.011288918);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_2 = vec4(0.13890418, 0.06649183, -1.0267512, 0.2409384);
            vec4 w0_3 = vec4(-0.008785327, 0.05307099, 0.8379483, -0.041140597);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_2 = vec4(-0.29384354, -0.023867972, 0.72226566, 1.2447288);
            vec4 w0_3 = vec4(0.0052473946, -0.09315259, -0.07077501, 0.041977663);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_2 = vec4(0.27410236, -0.16750968, 0.34503174, -0.09650334);
            vec4 w0_3 = vec4(-0.063016355, 0.07211881, -0.5981572, -0.024735607);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_2 = vec4(-0.05268524, 0.025665745, -0.0015029476, -0.0012182718);
            vec4 w0_3 = vec4(-0.009210427, 0.029923718, 0.08161666, 0.0028201896);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_2 = vec4(-0.003460971, 0.04430873, 0.38685295, -0.26141012);
            vec4 w0_3 = vec4(-0.058068443, -0.052748594, 0.0017605502, -0.02456136);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_2 = vec4(-0.46522218, -0.26405483, 1.851135, -1.4976178);
            vec4 w0_3 = vec4(0.11125634, 0.24931803, -0.24116875, 2.4424036);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_2 = vec4(2.4169106, 1.4662243, -1.439098, 0.25324377);
            vec4 w0_3 = vec4(-2.1284456, 1.060658, -1.4834784, -2.4324112);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_2 = vec4(-0.08390622, -1.2880571, -0.6658962, 0.2383161);
            vec4 w0_3 = vec4(2.1355731, -0.18223299, 0.39432007, 0.02454476);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_2 = vec4(-0.066230014, 0.06937369, -0.093962364, 0.018301353);
            vec4 w0_3 = vec4(-0.029969554, 0.026662746, 0.1045111, -0.008050412);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_2 = vec4(0.08640271, -0.033280484, -0.22838023, 0.48319435);
            vec4 w0_3 = vec4(0.036979206, -0.07155737, 0.04057595, 0.0058135814);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_2 = vec4(-0.2688799, 0.032577854, -1.3513162, -0.3390542);
            vec4 w0_3 = vec4(-0.008718182, 0.6516084, -0.62321264, 0.00018213967);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_2 = vec4(-1.5966415, 0.060928505, 1.2151536, -0.106873766);
            vec4 w0_3 = vec4(-0.021947786, -2.139928, 0.90376306, 0.009112354);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_2 = vec4(-0.047609393, 0.12258484, 0.28700426, 0.16348235);
            vec4 w0_3 = vec4(0.0102093695, 0.4725216, 0.73736984, -0.01649581);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_2 = vec4(0.06088209, -0.09111656, 0.050290443, -0.088360704);
            vec4 w0_3 = vec4(-0.005836895, -0.14116506, -0.09681663, 0.008071134);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_2 = vec4(-0.012567466, 0.012867216, -0.060618132, 0.021552665);
            vec4 w0_3 = vec4(-0.0110588735, 0.05911954, 0.014017292, -0.0053323917);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_2 = vec4(0.035988096, -0.02697847, 0.3089839, -0.02087534);
            vec4 w0_3 = vec4(0.009532168, -0.22055629, 0.026518546, -0.01764979);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_2 = vec4(0.03240076, 0.009790661, -0.2768071, -0.0019752858);
            vec4 w0_3 = vec4(0.026604133, 0.29404807, 0.15453075, 0.009298582);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_2 = vec4(-0.1324508, -0.05907419, 0.025760878, 0.011912046);
            vec4 w0_3 = vec4(-0.025746243, -0.17876339, -0.10146596, 0.0070191463);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_2 = vec4(0.028093556, 0.0645233, 0.013772277, -0.003974584);
            vec4 w0_3 = vec4(-0.008349985, 0.08073926, -0.1035889, 0.0043014023);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }

        ivec2 p0 = origin + local + ivec2(0, 0);
        ivec2 c0 = min(p0, last);
        a0_2 -= vec4(tail_edges_2(c0, last));
        a0_2 = max(a0_2, vec4(0.0));
        a0_3 -= vec4(tail_edges_3(c0, last));
        a0_3 = max(a0_3, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
            imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
        }
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
//!COMPUTE 32 16 16 8

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
// A workgroup computes 16x8 pixels with 16x8 threads: 1 slice(s) of 16x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (18x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[180];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
    if (slice == 0) {
        a0_0 = vec4(0.007665273, -0.012706782, -0.01845592, 0.026948148);
        a0_1 = vec4(-0.004221884, 0.016139362, -0.014981546, 0.016426912);
        a0_2 = vec4(0.023174407, 0.05587216, -0.036808174, -0.002717008);
        a0_3 = vec4(-0.036521614, -0.027948106, 0.005269135, 0.016757237);
    }
    // Tile pixel i = thread + r * 128 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.03967285, 0.14758301, -0.084472656, 0.017730713) * v0_0.x;
        h0_0 += HVEC4(0.02557373, -0.040740967, 0.013366699, -0.019577026) * v0_0.y;
        h0_0 += HVEC4(-0.16455078, 0.33276367, -0.11218262, -0.028137207) * v0_0.z;
        h0_0 += HVEC4(0.01663208, 0.023162842, -0.0003733635, -0.08178711) * v0_0.w;
        h0_1 += HVEC4(0.085998535, -0.11932373, 0.007144928, -0.01889038) * v0_0.x;
        h0_1 += HVEC4(0.0418396, 0.12310791, 0.054138184, 0.049102783) * v0_0.y;
        h0_1 += HVEC4(-0.30297852, 0.013710022, 0.03314209, -0.11376953) * v0_0.z;
        h0_1 += HVEC4(-0.1875, -0.22009277, 0.072021484, 0.3564453) * v0_0.w;
        h0_2 += HVEC4(-0.022262573, 0.04888916, -0.022018433, -0.09210205) * v0_0.x;
        h0_2 += HVEC4(0.020812988, -0.028381348, 0.06185913, 0.081970215) * v0_0.y;
        h0_2 += HVEC4(-0.15856934, 0.1083374, -0.19689941, 0.073791504) * v0_0.z;
        h0_2 += HVEC4(0.15100098, 0.14135742, -0.08898926, -0.5151367) * v0_0.w;
        h0_3 += HVEC4(-0.008392334, 0.06402588, -0.004234314, -0.038726807) * v0_0.x;
        h0_3 += HVEC4(0.009513855, -0.009109497, 0.033599854, 0.017791748) * v0_0.y;
        h0_3 += HVEC4(-0.056030273, -0.015701294, -0.101379395, -0.047943115) * v0_0.z;
        h0_3 += HVEC4(-0.004501343, -0.024505615, -0.059631348, -0.050720215) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.06500244, -0.10430908, 0.09472656, 0.03817749) * v0_0.x;
        h0_0 += HVEC4(-0.09667969, 0.027359009, -0.038848877, 0.0049209595) * v0_0.y;
        h0_0 += HVEC4(0.19824219, -0.22607422, 0.024475098, -0.105895996) * v0_0.z;
        h0_0 += HVEC4(-0.19299316, 0.45996094, 0.042175293, 0.16870117) * v0_0.w;
        h0_1 += HVEC4(-0.044677734, -0.05871582, 0.007019043, -0.041168213) * v0_0.x;
        h0_1 += HVEC4(0.04840088, 0.08013916, 0.14160156, 0.12841797) * v0_0.y;
        h0_1 += HVEC4(0.16442871, -0.21826172, 0.10882568, -0.044036865) * v0_0.z;
        h0_1 += HVEC4(-0.77490234, -0.8959961, 0.12756348, -0.15441895) * v0_0.w;
        h0_2 += HVEC4(0.069885254, -0.081970215, 0.028671265, 0.021087646) * v0_0.x;
        h0_2 += HVEC4(-0.051818848, -0.10681152, 0.12231445, 0.06573486) * v0_0.y;
        h0_2 += HVEC4(0.09039307, -0.09564209, 0.04345703, 0.045898438) * v0_0.z;
        h0_2 += HVEC4(-0.020141602, -0.023208618, -0.30322266, -0.15246582) * v0_0.w;
        h0_3 += HVEC4(0.058166504, -0.016601562, -0.008918762, 0.0039863586) * v0_0.x;
        h0_3 += HVEC4(0.04840088, -0.039886475, 0.021011353, 0.11804199) * v0_0.y;
        h0_3 += HVEC4(0.041870117, -0.027404785, 0.037109375, -0.15014648) * v0_0.z;
        h0_3 += HVEC4(0.06298828, -0.13891602, 0.005622864, -0.15209961) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.11907959, 0.022201538, 0.034606934, -0.01852417) * v0_0.x;
        h0_0 += HVEC4(-0.06365967, -0.00844574, 0.015312195, -0.00064992905) * v0_0.y;
        h0_0 += HVEC4(0.016662598, 0.1138916, -0.049041748, 0.024658203) * v0_0.z;
        h0_0 += HVEC4(0.034973145, 0.10626221, 0.05355835, 0.020828247) * v0_0.w;
        h0_1 += HVEC4(0.042877197, 0.14208984, -0.03781128, 0.14233398) * v0_0.x;
        h0_1 += HVEC4(0.13024902, 0.009864807, -0.036315918, 0.17016602) * v0_0.y;
        h0_1 += HVEC4(-0.032287598, 0.22460938, -0.06222534, 0.23583984) * v0_0.z;
        h0_1 += HVEC4(-0.1697998, -0.43408203, -0.21166992, 0.09942627) * v0_0.w;
        h0_2 += HVEC4(0.08111572, -0.03161621, 0.012237549, 0.037139893) * v0_0.x;
        h0_2 += HVEC4(-0.18347168, -0.07458496, 0.089416504, 0.041625977) * v0_0.y;
        h0_2 += HVEC4(0.103637695, -0.103149414, -0.07727051, 0.19030762) * v0_0.z;
        h0_2 += HVEC4(0.18005371, -0.018096924, -0.14208984, -0.16687012) * v0_0.w;
        h0_3 += HVEC4(-0.04647827, 0.004310608, 0.0519104, -0.016204834) * v0_0.x;
        h0_3 += HVEC4(0.08642578, 0.04486084, 0.011924744, 0.073913574) * v0_0.y;
        h0_3 += HVEC4(-0.050201416, -0.06378174, 0.040130615, -0.10028076) * v0_0.z;
        h0_3 += HVEC4(0.17041016, 0.10443115, 0.04660034, 0.004470825) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.012496948, -0.30395508, 0.11804199, -0.06222534) * v0_0.x;
        h0_0 += HVEC4(-0.053741455, 0.028549194, 0.021774292, -0.02368164) * v0_0.y;
        h0_0 += HVEC4(0.14282227, 0.22436523, 0.13781738, 0.055267334) * v0_0.z;
        h0_0 += HVEC4(0.06970215, -0.03744507, -0.049041748, -0.018936157) * v0_0.w;
        h0_1 += HVEC4(-0.17358398, 0.0061416626, -0.13879395, 0.051513672) * v0_0.x;
        h0_1 += HVEC4(-0.02255249, 0.10736084, 0.06817627, -0.027130127) * v0_0.y;
        h0_1 += HVEC4(0.041381836, -0.1550293, 0.16345215, -0.072387695) * v0_0.z;
        h0_1 += HVEC4(-0.20239258, -0.05230713, -0.023223877, 0.0029830933) * v0_0.w;
        h0_2 += HVEC4(0.36035156, 0.13244629, -0.035308838, -0.029754639) * v0_0.x;
        h0_2 += HVEC4(-0.08453369, -0.0925293, 0.048828125, 0.29516602) * v0_0.y;
        h0_2 += HVEC4(-0.16894531, -0.24450684, -0.23840332, -0.051971436) * v0_0.z;
        h0_2 += HVEC4(0.1730957, 0.015541077, -0.44140625, -0.20117188) * v0_0.w;
        h0_3 += HVEC4(0.018692017, 0.1776123, -0.011329651, -0.028717041) * v0_0.x;
        h0_3 += HVEC4(0.037139893, -0.037872314, 0.021133423, 0.038360596) * v0_0.y;
        h0_3 += HVEC4(0.077941895, 0.21020508, -0.01789856, -0.09899902) * v0_0.z;
        h0_3 += HVEC4(-0.08392334, 0.14379883, 0.021316528, -0.09655762) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.061676025, 0.35791016, -0.21228027, -0.0029697418) * v0_0.x;
        h0_0 += HVEC4(-0.028320312, -0.014266968, -0.02923584, 0.033996582) * v0_0.y;
        h0_0 += HVEC4(-0.017715454, -0.12719727, 0.05581665, 0.16662598) * v0_0.z;
        h0_0 += HVEC4(-0.6308594, 0.08746338, -0.24902344, 0.04119873) * v0_0.w;
        h0_1 += HVEC4(0.026519775, 0.12585449, 0.45751953, -0.095214844) * v0_0.x;
        h0_1 += HVEC4(-0.091674805, 0.2536621, 0.14941406, 0.01739502) * v0_0.y;
        h0_1 += HVEC4(-0.22583008, -0.07562256, -0.58203125, -0.5620117) * v0_0.z;
        h0_1 += HVEC4(-0.20397949, -0.37036133, 0.25683594, 0.45361328) * v0_0.w;
        h0_2 += HVEC4(-0.045135498, -0.3112793, 0.11993408, -0.027938843) * v0_0.x;
        h0_2 += HVEC4(-0.18371582, -0.015571594, 0.16784668, 0.1953125) * v0_0.y;
        h0_2 += HVEC4(0.017807007, -0.23059082, -0.4104004, -0.1685791) * v0_0.z;
        h0_2 += HVEC4(0.14416504, -0.45532227, -3.1367188, -0.33251953) * v0_0.w;
        h0_3 += HVEC4(0.26953125, -0.046020508, -0.049224854, 0.21459961) * v0_0.x;
        h0_3 += HVEC4(-0.061676025, 0.101745605, -0.00028705597, 0.24829102) * v0_0.y;
        h0_3 += HVEC4(0.2133789, 0.09259033, -0.062286377, 0.011650085) * v0_0.z;
        h0_3 += HVEC4(-0.35009766, 0.34301758, 0.45751953, -0.2746582) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.046844482, -0.034210205, 0.0859375, 0.08355713) * v0_0.x;
        h0_0 += HVEC4(-0.014427185, 0.24499512, 0.029083252, 0.055023193) * v0_0.y;
        h0_0 += HVEC4(-0.16137695, -0.10076904, 0.04296875, -0.0016746521) * v0_0.z;
        h0_0 += HVEC4(-0.6542969, 0.022567749, 0.0670166, 0.03765869) * v0_0.w;
        h0_1 += HVEC4(0.15490723, -0.1451416, -0.32006836, 0.1060791) * v0_0.x;
        h0_1 += HVEC4(0.1463623, 0.22607422, 0.077697754, -0.0104522705) * v0_0.y;
        h0_1 += HVEC4(0.0027675629, 0.46923828, 0.23925781, 0.4428711) * v0_0.z;
        h0_1 += HVEC4(-0.056274414, -0.33911133, 0.029251099, -0.026000977) * v0_0.w;
        h0_2 += HVEC4(-0.38623047, 0.13745117, -0.081848145, 0.033721924) * v0_0.x;
        h0_2 += HVEC4(-0.14355469, -0.21948242, 0.18444824, 0.15649414) * v0_0.y;
        h0_2 += HVEC4(-0.08557129, 0.2685547, -0.2626953, 0.039520264) * v0_0.z;
        h0_2 += HVEC4(0.2548828, 0.045013428, 0.11682129, -0.3100586) * v0_0.w;
        h0_3 += HVEC4(-0.24853516, 0.13342285, 0.04623413, -0.23828125) * v0_0.x;
        h0_3 += HVEC4(0.04626465, -0.042510986, 0.050354004, 0.22290039) * v0_0.y;
        h0_3 += HVEC4(0.19506836, -0.01335144, -0.08178711, 0.062927246) * v0_0.z;
        h0_3 += HVEC4(-0.38500977, 0.22949219, 0.09326172, 0.05517578) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.06488037, 0.2199707, -0.22802734, -0.23352051) * v0_0.x;
        h0_0 += HVEC4(-0.010566711, 0.07196045, 0.015548706, 0.040985107) * v0_0.y;
        h0_0 += HVEC4(0.10119629, 0.12188721, -0.072631836, -0.14697266) * v0_0.z;
        h0_0 += HVEC4(0.09039307, -0.28271484, 0.0569458, -0.012954712) * v0_0.w;
        h0_1 += HVEC4(-0.0021247864, 0.30932617, 0.15979004, 0.17358398) * v0_0.x;
        h0_1 += HVEC4(0.12915039, 0.10620117, 0.11175537, 0.03277588) * v0_0.y;
        h0_1 += HVEC4(0.070251465, -0.12658691, -0.12854004, -0.08319092) * v0_0.z;
        h0_1 += HVEC4(-0.064941406, 0.021881104, -0.043060303, -0.048706055) * v0_0.w;
        h0_2 += HVEC4(-0.22680664, -0.19006348, 0.22155762, -0.30029297) * v0_0.x;
        h0_2 += HVEC4(-0.023620605, -0.11383057, 0.12695312, 0.4494629) * v0_0.y;
        h0_2 += HVEC4(0.26391602, 0.025299072, -0.06652832, 0.036743164) * v0_0.z;
        h0_2 += HVEC4(-0.23876953, 0.0340271, 0.016143799, -0.020858765) * v0_0.w;
        h0_3 += HVEC4(-0.1665039, -0.9838867, -0.20654297, -0.7636719) * v0_0.x;
        h0_3 += HVEC4(-0.043884277, -0.4453125, -0.019561768, 0.0836792) * v0_0.y;
        h0_3 += HVEC4(-0.008522034, -3.1230469, -0.08239746, 0.15856934) * v0_0.z;
        h0_3 += HVEC4(0.057617188, 0.21350098, 0.04812622, 0.13085938) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.47802734, -0.030258179, 0.49975586, 0.33032227) * v0_0.x;
        h0_0 += HVEC4(0.11895752, 0.19848633, 0.09680176, -0.08526611) * v0_0.y;
        h0_0 += HVEC4(-0.28979492, -0.18908691, -0.19262695, -0.2055664) * v0_0.z;
        h0_0 += HVEC4(0.12084961, 0.026992798, 0.014434814, 0.032562256) * v0_0.w;
        h0_1 += HVEC4(-0.20654297, -0.5161133, -1.0097656, -1.0107422) * v0_0.x;
        h0_1 += HVEC4(0.18896484, 0.060668945, 0.12402344, -0.07092285) * v0_0.y;
        h0_1 += HVEC4(0.30371094, -0.16833496, -0.015213013, -0.0769043) * v0_0.z;
        h0_1 += HVEC4(-0.21813965, -0.077697754, 0.054595947, -0.36816406) * v0_0.w;
        h0_2 += HVEC4(0.35375977, 1.4716797, -0.39453125, 0.012878418) * v0_0.x;
        h0_2 += HVEC4(-0.22790527, 0.013504028, -0.023529053, 0.4038086) * v0_0.y;
        h0_2 += HVEC4(-0.12805176, -0.35253906, 1.2148438, -0.27954102) * v0_0.z;
        h0_2 += HVEC4(0.09863281, -0.31713867, -0.38256836, -0.46264648) * v0_0.w;
        h0_3 += HVEC4(0.16027832, -0.82714844, 0.20593262, 0.81933594) * v0_0.x;
        h0_3 += HVEC4(0.078186035, -0.8911133, 0.08294678, 0.28125) * v0_0.y;
        h0_3 += HVEC4(-0.024169922, -3.1035156, 0.06524658, -0.1697998) * v0_0.z;
        h0_3 += HVEC4(-0.008094788, 0.17883301, -0.021606445, -0.032043457) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.45947266, -0.09967041, -0.48413086, -0.29492188) * v0_0.x;
        h0_0 += HVEC4(0.04812622, 0.02571106, -0.06933594, -0.06359863) * v0_0.y;
        h0_0 += HVEC4(0.2775879, 0.04977417, 0.123046875, 0.10626221) * v0_0.z;
        h0_0 += HVEC4(-0.28442383, 0.07385254, -0.0054626465, 0.0074310303) * v0_0.w;
        h0_1 += HVEC4(-0.33325195, -0.15588379, 0.6098633, 0.13464355) * v0_0.x;
        h0_1 += HVEC4(0.057434082, 0.2277832, 0.21325684, 0.053253174) * v0_0.y;
        h0_1 += HVEC4(0.21240234, -0.07208252, 0.02041626, 0.037261963) * v0_0.z;
        h0_1 += HVEC4(0.060180664, -0.20446777, 0.040008545, 0.19140625) * v0_0.w;
        h0_2 += HVEC4(-0.0069618225, -0.38305664, -0.023803711, -0.032226562) * v0_0.x;
        h0_2 += HVEC4(0.10809326, -0.20739746, 0.2097168, 0.23095703) * v0_0.y;
        h0_2 += HVEC4(-0.05239868, 0.12597656, 0.20251465, 0.14489746) * v0_0.z;
        h0_2 += HVEC4(0.13916016, 0.018585205, -0.062805176, -0.2265625) * v0_0.w;
        h0_3 += HVEC4(0.30419922, -0.040374756, -0.30200195, 0.14794922) * v0_0.x;
        h0_3 += HVEC4(0.08117676, -0.59375, -0.028564453, 0.31103516) * v0_0.y;
        h0_3 += HVEC4(0.074157715, -2.6523438, 0.13586426, -0.14660645) * v0_0.z;
        h0_3 += HVEC4(-0.1328125, 0.34448242, -0.08544922, 0.107910156) * v0_0.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.014862061, 0.066467285, -0.01890564, -0.023590088) * v0_1.x;
        h0_0 += HVEC4(-0.016464233, 0.082458496, 0.058898926, -0.0051727295) * v0_1.y;
        h0_0 += HVEC4(0.07366943, -0.3310547, -0.053131104, 0.042938232) * v0_1.z;
        h0_0 += HVEC4(-0.023391724, -0.015403748, 0.002702713, 0.046722412) * v0_1.w;
        h0_1 += HVEC4(0.32421875, 0.1616211, -0.2705078, -0.15478516) * v0_1.x;
        h0_1 += HVEC4(-0.005142212, 0.07366943, -0.02758789, 0.04269409) * v0_1.y;
        h0_1 += HVEC4(0.02960205, -0.09790039, -0.042266846, -0.17089844) * v0_1.z;
        h0_1 += HVEC4(0.059143066, -0.09588623, 0.024536133, -0.014892578) * v0_1.w;
        h0_2 += HVEC4(-0.06774902, -0.14733887, 0.29174805, 0.17211914) * v0_1.x;
        h0_2 += HVEC4(0.09094238, 0.017974854, -0.004386902, -0.15075684) * v0_1.y;
        h0_2 += HVEC4(0.13623047, -0.032684326, -0.035247803, 0.20568848) * v0_1.z;
        h0_2 += HVEC4(0.10144043, -0.04336548, -0.059753418, 0.099609375) * v0_1.w;
        h0_3 += HVEC4(0.021057129, -0.05529785, -0.08178711, -0.21325684) * v0_1.x;
        h0_3 += HVEC4(-0.000998497, 0.008911133, 0.016983032, 0.009300232) * v0_1.y;
        h0_3 += HVEC4(0.048614502, -0.004623413, -0.0016317368, -0.07897949) * v0_1.z;
        h0_3 += HVEC4(-0.078430176, -0.110839844, -0.030899048, 0.020874023) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.12286377, 0.02999878, -0.024734497, 0.052856445) * v0_1.x;
        h0_0 += HVEC4(-0.076049805, 0.53271484, 0.029953003, 0.07421875) * v0_1.y;
        h0_0 += HVEC4(-0.119506836, -0.79541016, -0.117614746, -0.003780365) * v0_1.z;
        h0_0 += HVEC4(0.04650879, 0.1574707, -0.03050232, -0.068481445) * v0_1.w;
        h0_1 += HVEC4(-0.17053223, -0.06878662, 0.09484863, -0.46557617) * v0_1.x;
        h0_1 += HVEC4(0.16784668, 0.2130127, 0.055236816, 0.14099121) * v0_1.y;
        h0_1 += HVEC4(-0.24926758, -0.64404297, 0.14697266, 0.15966797) * v0_1.z;
        h0_1 += HVEC4(0.13635254, -0.107177734, 0.08081055, -0.47680664) * v0_1.w;
        h0_2 += HVEC4(-0.0847168, 0.115234375, 0.0014944077, 0.027526855) * v0_1.x;
        h0_2 += HVEC4(0.048828125, -0.10510254, -0.009178162, -0.13720703) * v0_1.y;
        h0_2 += HVEC4(-0.44458008, -0.22131348, 0.10357666, 0.080444336) * v0_1.z;
        h0_2 += HVEC4(-0.004623413, -0.16589355, -0.11395264, 0.008026123) * v0_1.w;
        h0_3 += HVEC4(0.18469238, 0.099487305, -0.051940918, -0.09588623) * v0_1.x;
        h0_3 += HVEC4(-0.0011386871, 0.015151978, -0.010261536, -0.013938904) * v0_1.y;
        h0_3 += HVEC4(-0.042816162, 0.059051514, -0.076171875, -0.10272217) * v0_1.z;
        h0_3 += HVEC4(-0.034576416, 0.2052002, 0.09741211, 0.025756836) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.10986328, -0.021713257, 0.0027046204, -0.08795166) * v0_1.x;
        h0_0 += HVEC4(-0.037628174, 0.17297363, 0.043273926, -0.0065231323) * v0_1.y;
        h0_0 += HVEC4(0.21594238, -0.13085938, 0.0029792786, 0.026779175) * v0_1.z;
        h0_0 += HVEC4(0.18408203, 0.009971619, 0.07330322, 0.057525635) * v0_1.w;
        h0_1 += HVEC4(0.033569336, 0.10772705, -0.08282471, -0.105163574) * v0_1.x;
        h0_1 += HVEC4(0.19946289, 1.1162109, -0.15246582, 0.20495605) * v0_1.y;
        h0_1 += HVEC4(0.057678223, -0.84472656, 0.16113281, -0.4404297) * v0_1.z;
        h0_1 += HVEC4(-0.20141602, -0.9145508, -0.13830566, 0.14086914) * v0_1.w;
        h0_2 += HVEC4(-0.0021343231, -0.15112305, 0.20300293, 0.0552063) * v0_1.x;
        h0_2 += HVEC4(0.070251465, 0.056488037, 0.097595215, 0.03390503) * v0_1.y;
        h0_2 += HVEC4(0.0037441254, 0.07928467, -0.04296875, 0.11224365) * v0_1.z;
        h0_2 += HVEC4(-0.22058105, -0.04269409, -0.28271484, -0.025344849) * v0_1.w;
        h0_3 += HVEC4(-0.43969727, 0.16760254, 0.03555298, -0.07745361) * v0_1.x;
        h0_3 += HVEC4(-0.38671875, 0.046936035, 0.08862305, -0.04486084) * v0_1.y;
        h0_3 += HVEC4(-0.80029297, -0.060394287, 0.024169922, -0.13745117) * v0_1.z;
        h0_3 += HVEC4(-0.55566406, -0.23132324, -0.041503906, -0.08239746) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.068847656, -0.015670776, 0.08642578, 0.015098572) * v0_1.x;
        h0_0 += HVEC4(-0.14208984, 0.037506104, 0.015174866, 0.017868042) * v0_1.y;
        h0_0 += HVEC4(0.010276794, -0.3347168, 0.023620605, 0.066345215) * v0_1.z;
        h0_0 += HVEC4(0.18981934, 0.014755249, -0.021575928, -0.025924683) * v0_1.w;
        h0_1 += HVEC4(0.103637695, 0.21740723, -0.16174316, 0.13342285) * v0_1.x;
        h0_1 += HVEC4(-0.018707275, -0.072631836, -0.040740967, 0.034942627) * v0_1.y;
        h0_1 += HVEC4(-0.19934082, 0.05114746, -0.020950317, 0.009277344) * v0_1.z;
        h0_1 += HVEC4(0.027862549, 0.0029354095, -0.075683594, -0.10473633) * v0_1.w;
        h0_2 += HVEC4(-0.18859863, -0.37524414, 0.33666992, 0.0021648407) * v0_1.x;
        h0_2 += HVEC4(0.04675293, 0.043701172, -0.0014362335, -0.28295898) * v0_1.y;
        h0_2 += HVEC4(-0.1697998, 0.048950195, 0.30541992, -0.2512207) * v0_1.z;
        h0_2 += HVEC4(-0.12792969, -0.13256836, 0.061523438, 0.13220215) * v0_1.w;
        h0_3 += HVEC4(0.030929565, -0.6118164, 0.10467529, -0.12390137) * v0_1.x;
        h0_3 += HVEC4(0.034729004, -0.10333252, 0.020355225, 0.0131073) * v0_1.y;
        h0_3 += HVEC4(-0.059173584, -0.77685547, -0.006416321, -0.011360168) * v0_1.z;
        h0_3 += HVEC4(0.035858154, 0.36376953, -0.002773285, -0.048065186) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.18200684, 0.21325684, -0.02204895, -0.086364746) * v0_1.x;
        h0_0 += HVEC4(-0.1015625, 0.11553955, -0.021499634, 0.088012695) * v0_1.y;
        h0_0 += HVEC4(0.33496094, 0.11425781, 0.75, 0.24572754) * v0_1.z;
        h0_0 += HVEC4(0.11871338, -0.40478516, 0.12670898, 0.07672119) * v0_1.w;
        h0_1 += HVEC4(0.35717773, -0.07788086, 0.099487305, -0.6118164) * v0_1.x;
        h0_1 += HVEC4(0.2133789, 0.060943604, -0.20373535, 0.31298828) * v0_1.y;
        h0_1 += HVEC4(-0.47338867, -0.3022461, 0.42407227, -0.075805664) * v0_1.z;
        h0_1 += HVEC4(-0.12976074, 0.024795532, -0.07696533, 0.10168457) * v0_1.w;
        h0_2 += HVEC4(0.1517334, -0.3095703, -0.28295898, 0.25439453) * v0_1.x;
        h0_2 += HVEC4(0.5546875, -0.07891846, -0.57177734, -0.7260742) * v0_1.y;
        h0_2 += HVEC4(-0.10998535, 0.36694336, 0.23901367, 0.01966858) * v0_1.z;
        h0_2 += HVEC4(-0.15454102, 0.086242676, 0.43896484, 0.5600586) * v0_1.w;
        h0_3 += HVEC4(0.50634766, 0.19396973, 0.14147949, -0.35229492) * v0_1.x;
        h0_3 += HVEC4(0.0960083, -0.014167786, -0.034729004, 0.056030273) * v0_1.y;
        h0_3 += HVEC4(-0.13952637, -1.0449219, -0.19250488, 0.007041931) * v0_1.z;
        h0_3 += HVEC4(0.14855957, 0.38427734, -0.006401062, -0.014205933) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.38476562, -0.036987305, -0.03756714, -0.043670654) * v0_1.x;
        h0_0 += HVEC4(-0.6816406, 0.13085938, 0.074523926, -0.0033283234) * v0_1.y;
        h0_0 += HVEC4(0.5126953, -0.09918213, -0.07086182, 0.016479492) * v0_1.z;
        h0_0 += HVEC4(0.42382812, -0.3449707, -0.02784729, 0.010498047) * v0_1.w;
        h0_1 += HVEC4(-0.14978027, -0.21777344, -0.022827148, 0.5493164) * v0_1.x;
        h0_1 += HVEC4(-0.014892578, 0.3671875, 0.0068588257, 0.8095703) * v0_1.y;
        h0_1 += HVEC4(0.054718018, -0.11853027, -0.20336914, -0.7495117) * v0_1.z;
        h0_1 += HVEC4(-0.03552246, -0.39916992, -0.40185547, -0.05822754) * v0_1.w;
        h0_2 += HVEC4(-0.06201172, 0.08154297, -0.16394043, -0.06188965) * v0_1.x;
        h0_2 += HVEC4(0.06524658, 0.097473145, 0.3918457, -0.29125977) * v0_1.y;
        h0_2 += HVEC4(-0.15942383, 0.089538574, -0.21948242, 0.115600586) * v0_1.z;
        h0_2 += HVEC4(0.38354492, 0.14660645, -4.3359375, 0.3413086) * v0_1.w;
        h0_3 += HVEC4(-0.061920166, -0.12841797, -0.07293701, -0.007572174) * v0_1.x;
        h0_3 += HVEC4(0.1081543, -0.16552734, 0.07269287, -0.022521973) * v0_1.y;
        h0_3 += HVEC4(-0.093322754, -0.87646484, -0.01878357, -0.14929199) * v0_1.z;
        h0_3 += HVEC4(-0.035858154, -0.57470703, -0.024856567, -0.17626953) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.08782959, 0.033599854, 0.0063476562, -0.0064468384) * v0_1.x;
        h0_0 += HVEC4(-0.016143799, 0.045166016, -0.040100098, -0.018188477) * v0_1.y;
        h0_0 += HVEC4(-0.0137786865, -0.014320374, 0.058410645, 0.07696533) * v0_1.z;
        h0_0 += HVEC4(-0.047546387, -0.066345215, 0.03427124, 0.03427124) * v0_1.w;
        h0_1 += HVEC4(0.11151123, 0.018295288, -0.10687256, 0.30493164) * v0_1.x;
        h0_1 += HVEC4(0.02684021, 0.097717285, 0.02178955, 0.06512451) * v0_1.y;
        h0_1 += HVEC4(-0.029403687, 0.006385803, 0.052612305, -0.029251099) * v0_1.z;
        h0_1 += HVEC4(0.036071777, -0.026885986, 0.0045776367, -0.015174866) * v0_1.w;
        h0_2 += HVEC4(0.0927124, -0.15490723, -0.012702942, -0.11798096) * v0_1.x;
        h0_2 += HVEC4(0.07434082, -7.879734e-05, -0.058288574, -0.18823242) * v0_1.y;
        h0_2 += HVEC4(-0.06317139, -0.037353516, -0.11126709, -0.0099105835) * v0_1.z;
        h0_2 += HVEC4(-0.011070251, -0.005329132, 0.022659302, 0.06335449) * v0_1.w;
        h0_3 += HVEC4(-0.025390625, 0.49853516, -0.07556152, 0.025756836) * v0_1.x;
        h0_3 += HVEC4(0.0025615692, -0.37548828, -0.02809143, 0.030593872) * v0_1.y;
        h0_3 += HVEC4(0.00491333, 0.15893555, 0.08068848, -0.0892334) * v0_1.z;
        h0_3 += HVEC4(0.036743164, -0.2824707, 0.03137207, 0.03161621) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.099121094, -0.032714844, 0.097839355, 0.117248535) * v0_1.x;
        h0_0 += HVEC4(-0.05633545, 0.09820557, -0.05307007, -0.048797607) * v0_1.y;
        h0_0 += HVEC4(0.23669434, 0.022827148, 0.025344849, 0.0362854) * v0_1.z;
        h0_0 += HVEC4(-0.075683594, -0.023590088, 0.03353882, 0.0072669983) * v0_1.w;
        h0_1 += HVEC4(-0.04067993, -0.045959473, 0.14685059, 0.32788086) * v0_1.x;
        h0_1 += HVEC4(-0.010543823, -0.075683594, -0.047424316, 0.3479004) * v0_1.y;
        h0_1 += HVEC4(0.024795532, -0.020843506, -0.008903503, -0.34179688) * v0_1.z;
        h0_1 += HVEC4(0.08685303, -0.019805908, 0.009025574, -0.07324219) * v0_1.w;
        h0_2 += HVEC4(0.091674805, 0.19433594, 0.37548828, -0.046295166) * v0_1.x;
        h0_2 += HVEC4(0.009536743, 0.06652832, 0.21154785, -0.515625) * v0_1.y;
        h0_2 += HVEC4(-0.03250122, 0.1418457, -1.8398438, 0.3173828) * v0_1.z;
        h0_2 += HVEC4(-0.09338379, -0.10760498, -0.15258789, 0.32739258) * v0_1.w;
        h0_3 += HVEC4(0.23547363, -1.2197266, -0.025344849, 0.21313477) * v0_1.x;
        h0_3 += HVEC4(-0.095581055, -0.8598633, 0.03488159, -0.015556335) * v0_1.y;
        h0_3 += HVEC4(0.058380127, 0.3864746, -0.05328369, -0.055236816) * v0_1.z;
        h0_3 += HVEC4(-0.007129669, -1.8222656, 0.020584106, 0.017227173) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.36987305, 0.05218506, -0.023422241, 0.042999268) * v0_1.x;
        h0_0 += HVEC4(-0.08453369, 0.12524414, -0.044006348, -0.043029785) * v0_1.y;
        h0_0 += HVEC4(0.016586304, -0.14868164, -0.037231445, -0.03173828) * v0_1.z;
        h0_0 += HVEC4(0.021102905, -0.04196167, 0.012046814, 0.001458168) * v0_1.w;
        h0_1 += HVEC4(-0.055755615, 0.18261719, 0.121032715, -0.30273438) * v0_1.x;
        h0_1 += HVEC4(0.021453857, -0.10357666, -0.032104492, 0.4428711) * v0_1.y;
        h0_1 += HVEC4(-0.14611816, 0.017196655, -0.027648926, -0.24121094) * v0_1.z;
        h0_1 += HVEC4(0.05895996, -0.09515381, -0.052093506, -0.19641113) * v0_1.w;
        h0_2 += HVEC4(0.025268555, 0.0848999, -0.14416504, -0.0574646) * v0_1.x;
        h0_2 += HVEC4(0.089782715, -0.03564453, -2.2441406, -0.44726562) * v0_1.y;
        h0_2 += HVEC4(-0.12963867, 0.009223938, 0.10546875, 0.11035156) * v0_1.z;
        h0_2 += HVEC4(-0.11584473, -0.09979248, 0.12768555, 0.31640625) * v0_1.w;
        h0_3 += HVEC4(0.0803833, -0.091552734, 0.029525757, 0.033721924) * v0_1.x;
        h0_3 += HVEC4(-0.07208252, 0.29370117, -0.0579834, 0.013000488) * v0_1.y;
        h0_3 += HVEC4(0.0524292, -1.7490234, 0.052886963, 0.008094788) * v0_1.z;
        h0_3 += HVEC4(-0.028411865, -2.4882812, 0.0058021545, 0.025512695) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.039520264, 0.03894043, 0.09057617, 0.097473145) * v0_2.x;
        h0_0 += HVEC4(-0.15966797, -0.14099121, 0.1685791, -0.026641846) * v0_2.y;
        h0_0 += HVEC4(-0.054107666, -0.05633545, 0.03439331, 0.021438599) * v0_2.z;
        h0_0 += HVEC4(0.005706787, -0.107421875, -0.04043579, 0.044158936) * v0_2.w;
        h0_1 += HVEC4(0.014762878, 0.11340332, 0.032684326, -0.0859375) * v0_2.x;
        h0_1 += HVEC4(0.103027344, -0.09283447, -0.09820557, 0.39819336) * v0_2.y;
        h0_1 += HVEC4(-0.037475586, 0.06707764, 0.019134521, 0.06536865) * v0_2.z;
        h0_1 += HVEC4(0.0027179718, -0.00308609, 0.029159546, -0.0062675476) * v0_2.w;
        h0_2 += HVEC4(0.19934082, -0.033294678, 0.057159424, 0.11541748) * v0_2.x;
        h0_2 += HVEC4(0.020309448, 0.02848816, 0.095703125, -0.044311523) * v0_2.y;
        h0_2 += HVEC4(0.0061454773, 0.12817383, 0.09802246, -0.125) * v0_2.z;
        h0_2 += HVEC4(-0.074645996, 0.026672363, 0.0042266846, 0.088256836) * v0_2.w;
        h0_3 += HVEC4(-0.07196045, -0.02633667, 0.12310791, 0.12915039) * v0_2.x;
        h0_3 += HVEC4(0.08459473, -0.05444336, 0.05307007, 0.17211914) * v0_2.y;
        h0_3 += HVEC4(0.054473877, -0.031143188, 0.04449463, -0.026367188) * v0_2.z;
        h0_3 += HVEC4(0.016296387, -0.007789612, -0.018676758, -0.06555176) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.11730957, -0.20141602, -0.040039062, 0.020935059) * v0_2.x;
        h0_0 += HVEC4(-0.29858398, 0.26708984, -0.19592285, -0.05999756) * v0_2.y;
        h0_0 += HVEC4(-0.0413208, -0.11480713, 0.00012660027, -0.018798828) * v0_2.z;
        h0_0 += HVEC4(0.024856567, -0.010559082, 0.06304932, -0.0020637512) * v0_2.w;
        h0_1 += HVEC4(-0.1685791, -0.18701172, 0.2932129, 0.07208252) * v0_2.x;
        h0_1 += HVEC4(-0.28735352, 0.56103516, 0.04638672, 0.49316406) * v0_2.y;
        h0_1 += HVEC4(-0.19116211, 0.17211914, 0.0029010773, -0.059936523) * v0_2.z;
        h0_1 += HVEC4(0.028579712, -0.13354492, -0.038116455, 0.00052309036) * v0_2.w;
        h0_2 += HVEC4(0.19335938, 0.37890625, 0.15979004, 0.09106445) * v0_2.x;
        h0_2 += HVEC4(0.12438965, 0.048217773, 0.2084961, 0.11254883) * v0_2.y;
        h0_2 += HVEC4(-0.07147217, 0.14343262, 0.080322266, -0.17871094) * v0_2.z;
        h0_2 += HVEC4(-0.049682617, -0.008514404, 0.025787354, 0.032104492) * v0_2.w;
        h0_3 += HVEC4(-0.24841309, -0.042114258, -0.018630981, 0.09161377) * v0_2.x;
        h0_3 += HVEC4(0.08483887, 0.08404541, -0.10784912, 0.21386719) * v0_2.y;
        h0_3 += HVEC4(0.07366943, 0.0066986084, 0.028381348, -0.09320068) * v0_2.z;
        h0_3 += HVEC4(-0.01222229, 0.044647217, 0.045410156, -0.019088745) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.03640747, 0.10247803, -0.030822754, -0.04083252) * v0_2.x;
        h0_0 += HVEC4(-0.047454834, 0.020843506, 0.06762695, 0.0073242188) * v0_2.y;
        h0_0 += HVEC4(-0.06573486, 0.027252197, -0.051208496, -0.019638062) * v0_2.z;
        h0_0 += HVEC4(0.054534912, -0.12017822, -0.03540039, 0.028305054) * v0_2.w;
        h0_1 += HVEC4(0.15283203, 0.007270813, 9.995699e-05, 0.23413086) * v0_2.x;
        h0_1 += HVEC4(0.14685059, -0.05807495, 0.008216858, 0.1907959) * v0_2.y;
        h0_1 += HVEC4(-0.18493652, 0.024353027, 0.054656982, 0.06274414) * v0_2.z;
        h0_1 += HVEC4(0.00881958, 0.08905029, 0.035461426, -0.112976074) * v0_2.w;
        h0_2 += HVEC4(-0.2631836, 0.19030762, 0.18579102, 0.13146973) * v0_2.x;
        h0_2 += HVEC4(0.06451416, 0.103149414, -0.017654419, 0.028213501) * v0_2.y;
        h0_2 += HVEC4(-0.18640137, 0.18896484, 0.10003662, -0.10455322) * v0_2.z;
        h0_2 += HVEC4(0.064575195, 0.06964111, 0.002506256, -0.0014123917) * v0_2.w;
        h0_3 += HVEC4(-0.026489258, -0.019760132, -0.05596924, -0.12054443) * v0_2.x;
        h0_3 += HVEC4(0.06100464, -0.011871338, 0.019729614, -0.020629883) * v0_2.y;
        h0_3 += HVEC4(0.040771484, 0.03942871, -0.050872803, -0.07623291) * v0_2.z;
        h0_3 += HVEC4(-0.025924683, 0.0038967133, -0.019088745, -0.025894165) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.04156494, 0.28027344, 0.06829834, 0.022354126) * v0_2.x;
        h0_0 += HVEC4(0.13671875, 0.15136719, -0.008422852, 0.5385742) * v0_2.y;
        h0_0 += HVEC4(-0.07336426, 0.008010864, 0.012504578, 0.0579834) * v0_2.z;
        h0_0 += HVEC4(0.013221741, -0.14245605, -0.007381439, 0.031982422) * v0_2.w;
        h0_1 += HVEC4(0.15979004, -0.15441895, 0.05303955, -0.048706055) * v0_2.x;
        h0_1 += HVEC4(0.07446289, 0.52490234, 0.2919922, -0.09729004) * v0_2.y;
        h0_1 += HVEC4(-0.14648438, 0.11029053, 0.08526611, 0.10424805) * v0_2.z;
        h0_1 += HVEC4(-0.1340332, 0.060394287, 0.06604004, -0.0022201538) * v0_2.w;
        h0_2 += HVEC4(0.06616211, 0.013191223, 0.030700684, 0.044952393) * v0_2.x;
        h0_2 += HVEC4(-0.29492188, -0.17114258, 0.1126709, 0.14379883) * v0_2.y;
        h0_2 += HVEC4(-0.07836914, 0.14672852, 0.070251465, -0.16064453) * v0_2.z;
        h0_2 += HVEC4(-0.20227051, 0.049926758, 0.038269043, 0.116882324) * v0_2.w;
        h0_3 += HVEC4(0.119628906, 0.2783203, 0.061309814, 0.17529297) * v0_2.x;
        h0_3 += HVEC4(-0.076538086, 0.06561279, 0.14208984, 0.12213135) * v0_2.y;
        h0_3 += HVEC4(-0.01966858, 0.062469482, 0.0018491745, 0.011222839) * v0_2.z;
        h0_3 += HVEC4(-0.029830933, 0.022125244, -0.00028395653, -0.047729492) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.6567383, -0.30273438, 0.23632812, 0.12976074) * v0_2.x;
        h0_0 += HVEC4(0.20983887, -0.45751953, 0.22705078, 0.08380127) * v0_2.y;
        h0_0 += HVEC4(-0.06500244, 0.034606934, -0.04147339, -0.025421143) * v0_2.z;
        h0_0 += HVEC4(0.019348145, -0.45703125, 0.014839172, 0.027191162) * v0_2.w;
        h0_1 += HVEC4(0.2685547, 0.74658203, -0.14953613, -0.47045898) * v0_2.x;
        h0_1 += HVEC4(-0.031829834, -0.8886719, 0.14416504, -1.1777344) * v0_2.y;
        h0_1 += HVEC4(0.014823914, 0.16125488, 0.1182251, 0.18774414) * v0_2.z;
        h0_1 += HVEC4(-0.027236938, 0.2142334, -0.030944824, -0.14025879) * v0_2.w;
        h0_2 += HVEC4(-0.07305908, 0.3671875, 0.2553711, -0.17346191) * v0_2.x;
        h0_2 += HVEC4(0.025619507, -0.12023926, 0.13183594, -0.2006836) * v0_2.y;
        h0_2 += HVEC4(-0.13623047, 0.23571777, 0.13012695, -0.3527832) * v0_2.z;
        h0_2 += HVEC4(-0.4309082, 0.16992188, 0.064941406, 0.044433594) * v0_2.w;
        h0_3 += HVEC4(0.4970703, 0.27441406, 0.33251953, 0.1385498) * v0_2.x;
        h0_3 += HVEC4(0.24633789, 0.20385742, 0.17041016, -0.01638794) * v0_2.y;
        h0_3 += HVEC4(-0.14611816, -0.053375244, -0.038238525, -0.13867188) * v0_2.z;
        h0_3 += HVEC4(0.06738281, -0.07739258, -0.009628296, -0.0026855469) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.57666016, -0.097473145, -0.009437561, -0.03756714) * v0_2.x;
        h0_0 += HVEC4(0.019744873, -0.06762695, -0.009567261, 0.07354736) * v0_2.y;
        h0_0 += HVEC4(-0.064819336, 0.13708496, -0.034332275, 0.005130768) * v0_2.z;
        h0_0 += HVEC4(0.20996094, -0.33422852, -0.016693115, -0.02861023) * v0_2.w;
        h0_1 += HVEC4(-0.052490234, 0.1895752, -0.0054626465, 0.20861816) * v0_2.x;
        h0_1 += HVEC4(0.026107788, 0.099121094, -0.12042236, -0.24279785) * v0_2.y;
        h0_1 += HVEC4(-0.15100098, 0.12036133, 0.2442627, 0.08258057) * v0_2.z;
        h0_1 += HVEC4(-0.15332031, 0.08569336, -0.051879883, -0.5078125) * v0_2.w;
        h0_2 += HVEC4(-0.045410156, -0.025848389, 0.007347107, -0.0046653748) * v0_2.x;
        h0_2 += HVEC4(-0.062469482, -0.038513184, -0.103027344, -0.050872803) * v0_2.y;
        h0_2 += HVEC4(-0.22058105, 0.07940674, 0.2775879, -0.20715332) * v0_2.z;
        h0_2 += HVEC4(-0.20507812, 0.23999023, 0.0435791, -0.028961182) * v0_2.w;
        h0_3 += HVEC4(0.1817627, 0.22692871, -0.043121338, -0.035003662) * v0_2.x;
        h0_3 += HVEC4(0.05441284, 0.053466797, -0.042175293, 0.059417725) * v0_2.y;
        h0_3 += HVEC4(0.066101074, -0.06286621, 0.09631348, 0.04510498) * v0_2.z;
        h0_3 += HVEC4(0.0259552, 0.08227539, -0.05078125, 0.043823242) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.109802246, 0.18432617, -0.07409668, 0.0054626465) * v0_2.x;
        h0_0 += HVEC4(0.098083496, 0.06451416, 0.26904297, 0.16955566) * v0_2.y;
        h0_0 += HVEC4(0.07098389, 0.023025513, 0.0713501, 0.034118652) * v0_2.z;
        h0_0 += HVEC4(0.05987549, -0.08105469, 0.10168457, 0.0881958) * v0_2.w;
        h0_1 += HVEC4(0.10406494, -0.059753418, 0.023330688, -0.03262329) * v0_2.x;
        h0_1 += HVEC4(-0.05038452, 0.14331055, 0.12939453, 0.62646484) * v0_2.y;
        h0_1 += HVEC4(-0.03756714, 0.11376953, 0.07946777, 0.14575195) * v0_2.z;
        h0_1 += HVEC4(-0.041046143, 0.060455322, 0.08972168, 0.048950195) * v0_2.w;
        h0_2 += HVEC4(0.2607422, 0.013542175, 0.0637207, -0.05126953) * v0_2.x;
        h0_2 += HVEC4(-0.110961914, 0.0395813, 0.56884766, 0.08483887) * v0_2.y;
        h0_2 += HVEC4(-0.11590576, 0.068481445, 0.12597656, -0.095458984) * v0_2.z;
        h0_2 += HVEC4(-0.13061523, 0.07385254, 0.014907837, 0.078063965) * v0_2.w;
        h0_3 += HVEC4(-0.031982422, 0.0129852295, -0.0848999, -0.026733398) * v0_2.x;
        h0_3 += HVEC4(-0.0078086853, -0.13354492, 0.06060791, 0.060760498) * v0_2.y;
        h0_3 += HVEC4(-0.010848999, 0.46655273, 0.06488037, -0.02319336) * v0_2.z;
        h0_3 += HVEC4(-0.046173096, -0.0072631836, 0.070495605, -0.0035190582) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.2553711, -0.052642822, 0.050933838, -0.016036987) * v0_2.x;
        h0_0 += HVEC4(-0.116760254, -0.072631836, -0.0022830963, -0.08843994) * v0_2.y;
        h0_0 += HVEC4(0.1595459, 0.00042414665, 0.074645996, 0.0019273758) * v0_2.z;
        h0_0 += HVEC4(0.1027832, -0.33813477, 0.2487793, 0.10900879) * v0_2.w;
        h0_1 += HVEC4(-0.004005432, 0.068725586, -0.06921387, 0.53515625) * v0_2.x;
        h0_1 += HVEC4(0.20117188, 0.48901367, 0.08679199, 0.0647583) * v0_2.y;
        h0_1 += HVEC4(-0.07171631, 0.14587402, 0.0002605915, 0.06933594) * v0_2.z;
        h0_1 += HVEC4(0.012580872, 0.14831543, 0.17687988, -0.21020508) * v0_2.w;
        h0_2 += HVEC4(-0.12780762, 0.2614746, 0.24206543, -0.18066406) * v0_2.x;
        h0_2 += HVEC4(-0.32006836, 0.08905029, -0.4152832, -0.21435547) * v0_2.y;
        h0_2 += HVEC4(-0.0011692047, 0.16186523, 0.12261963, -0.45214844) * v0_2.z;
        h0_2 += HVEC4(-0.5258789, 0.107299805, 0.19055176, 0.089904785) * v0_2.w;
        h0_3 += HVEC4(-0.018875122, -0.55078125, 0.07928467, 0.0028133392) * v0_2.x;
        h0_3 += HVEC4(0.11175537, -0.7324219, 0.0138549805, 0.11102295) * v0_2.y;
        h0_3 += HVEC4(0.008460999, 0.12219238, 0.025375366, -0.14819336) * v0_2.z;
        h0_3 += HVEC4(-0.009155273, -0.5058594, 0.28442383, -0.09838867) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.36547852, -0.027191162, 0.0032615662, 0.004169464) * v0_2.x;
        h0_0 += HVEC4(-0.042114258, 0.044677734, 0.040771484, 0.010009766) * v0_2.y;
        h0_0 += HVEC4(-0.02128601, 0.07373047, -0.004497528, 0.004360199) * v0_2.z;
        h0_0 += HVEC4(0.54589844, -0.14489746, 0.06222534, 0.019760132) * v0_2.w;
        h0_1 += HVEC4(-0.010238647, 0.105651855, -0.06161499, -0.2890625) * v0_2.x;
        h0_1 += HVEC4(0.059936523, -0.07171631, 0.04623413, -0.0960083) * v0_2.y;
        h0_1 += HVEC4(-0.1027832, 0.20056152, 0.076049805, 0.1550293) * v0_2.z;
        h0_1 += HVEC4(-0.02935791, 0.16784668, -0.15466309, -0.57373047) * v0_2.w;
        h0_2 += HVEC4(-0.09820557, -0.04574585, -0.009849548, 0.14953613) * v0_2.x;
        h0_2 += HVEC4(0.06210327, -0.066589355, 0.2631836, 0.088378906) * v0_2.y;
        h0_2 += HVEC4(0.092163086, 0.119506836, -0.012802124, -0.31811523) * v0_2.z;
        h0_2 += HVEC4(-0.46362305, 0.10650635, -0.05618286, 0.095458984) * v0_2.w;
        h0_3 += HVEC4(0.06640625, -0.3791504, 0.07763672, -0.0859375) * v0_2.x;
        h0_3 += HVEC4(0.056915283, -0.2006836, 0.05886841, 0.012290955) * v0_2.y;
        h0_3 += HVEC4(0.076293945, 0.86816406, -0.07293701, -0.17272949) * v0_2.z;
        h0_3 += HVEC4(-0.019851685, -0.8569336, 0.064941406, -0.13012695) * v0_2.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 3..3.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.074279785, -0.1126709, 0.037139893, 0.012802124) * v0_3.x;
        h0_0 += HVEC4(-0.019363403, 0.2064209, -0.048706055, 0.023925781) * v0_3.y;
        h0_0 += HVEC4(0.01826477, 0.06149292, 0.0725708, -0.016418457) * v0_3.z;
        h0_0 += HVEC4(0.10192871, -0.07800293, 0.041625977, 0.009162903) * v0_3.w;
        h0_1 += HVEC4(-0.050872803, 0.010772705, 0.06829834, 0.05065918) * v0_3.x;
        h0_1 += HVEC4(-0.101745605, 0.11505127, 0.0574646, -0.070129395) * v0_3.y;
        h0_1 += HVEC4(-0.011962891, 0.054473877, -0.024108887, 0.038970947) * v0_3.z;
        h0_1 += HVEC4(0.011680603, -0.00091028214, 0.003768921, 0.01574707) * v0_3.w;
        h0_2 += HVEC4(-0.08087158, -0.22302246, 0.07006836, 0.06689453) * v0_3.x;
        h0_2 += HVEC4(-0.25830078, -0.030639648, 0.07110596, 0.44189453) * v0_3.y;
        h0_2 += HVEC4(0.09051514, -0.008338928, 0.044921875, -0.1829834) * v0_3.z;
        h0_2 += HVEC4(-0.014717102, -0.008018494, -0.037994385, -0.07489014) * v0_3.w;
        h0_3 += HVEC4(0.07696533, -0.013885498, 0.06500244, -0.033599854) * v0_3.x;
        h0_3 += HVEC4(-0.07092285, -0.0004892349, -0.026824951, -0.02658081) * v0_3.y;
        h0_3 += HVEC4(0.022155762, 0.03161621, 0.041137695, 0.040740967) * v0_3.z;
        h0_3 += HVEC4(-0.008415222, 0.054748535, 0.034484863, 0.018478394) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.010986328, -0.16870117, 0.099365234, 0.14758301) * v0_3.x;
        h0_0 += HVEC4(0.37402344, -0.27001953, -0.0023212433, -0.13427734) * v0_3.y;
        h0_0 += HVEC4(-0.1274414, 0.32543945, -0.0058784485, 0.020355225) * v0_3.z;
        h0_0 += HVEC4(0.14575195, -0.055603027, -0.0892334, 0.07281494) * v0_3.w;
        h0_1 += HVEC4(0.0011024475, -0.6411133, -0.041534424, -0.2993164) * v0_3.x;
        h0_1 += HVEC4(-0.04071045, 0.62890625, -0.3149414, -0.22143555) * v0_3.y;
        h0_1 += HVEC4(-0.10046387, -0.0647583, 0.0025348663, 0.038360596) * v0_3.z;
        h0_1 += HVEC4(0.11645508, -0.06365967, -0.12817383, -0.26757812) * v0_3.w;
        h0_2 += HVEC4(-0.060302734, -0.19067383, -0.20214844, -0.011924744) * v0_3.x;
        h0_2 += HVEC4(0.28564453, 0.009117126, 0.119018555, 0.14331055) * v0_3.y;
        h0_2 += HVEC4(0.18225098, -0.13977051, 0.04510498, -0.09753418) * v0_3.z;
        h0_2 += HVEC4(0.04006958, 0.016311646, -0.21154785, -0.06530762) * v0_3.w;
        h0_3 += HVEC4(-0.0368042, -0.052856445, 0.0079574585, -0.01737976) * v0_3.x;
        h0_3 += HVEC4(0.17675781, 0.27148438, 0.13696289, -0.012054443) * v0_3.y;
        h0_3 += HVEC4(0.103149414, -0.013198853, -0.016281128, 0.018798828) * v0_3.z;
        h0_3 += HVEC4(-0.062561035, 0.029342651, -0.078430176, -0.02494812) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.029632568, -0.006313324, 0.036834717, 0.046051025) * v0_3.x;
        h0_0 += HVEC4(-0.3034668, -0.2244873, -0.10430908, 0.0063552856) * v0_3.y;
        h0_0 += HVEC4(-0.13842773, 0.16577148, -0.039978027, -0.0009841919) * v0_3.z;
        h0_0 += HVEC4(0.17077637, -0.005695343, 0.06359863, -0.015205383) * v0_3.w;
        h0_1 += HVEC4(0.059814453, 0.041107178, -3.8683414e-05, -0.2109375) * v0_3.x;
        h0_1 += HVEC4(-0.076660156, 0.49804688, 0.23120117, 0.19384766) * v0_3.y;
        h0_1 += HVEC4(-0.10058594, 0.13537598, 0.012367249, 0.26513672) * v0_3.z;
        h0_1 += HVEC4(0.27856445, -0.44677734, -0.1439209, 0.013069153) * v0_3.w;
        h0_2 += HVEC4(-0.0003902912, -0.03414917, 0.018417358, -0.010032654) * v0_3.x;
        h0_2 += HVEC4(0.007472992, -0.30688477, 0.04058838, 0.08148193) * v0_3.y;
        h0_2 += HVEC4(0.033691406, -0.037750244, 0.009857178, -0.057891846) * v0_3.z;
        h0_2 += HVEC4(-0.015380859, -0.07574463, -0.03201294, -0.07220459) * v0_3.w;
        h0_3 += HVEC4(0.018966675, -0.010215759, 0.018066406, 0.031585693) * v0_3.x;
        h0_3 += HVEC4(0.05999756, -0.11328125, -0.09362793, 0.2644043) * v0_3.y;
        h0_3 += HVEC4(0.088256836, 0.016143799, 0.021636963, -0.10144043) * v0_3.z;
        h0_3 += HVEC4(0.009849548, -0.008300781, 0.074401855, 0.011772156) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.028839111, -0.33203125, 0.21826172, -0.43603516) * v0_3.x;
        h0_0 += HVEC4(0.13476562, 0.2286377, -0.035461426, -0.036071777) * v0_3.y;
        h0_0 += HVEC4(-0.25634766, 0.13867188, -0.04348755, 0.011146545) * v0_3.z;
        h0_0 += HVEC4(0.0050964355, -0.045837402, -0.00082826614, -0.05267334) * v0_3.w;
        h0_1 += HVEC4(-0.001156807, -0.08685303, 0.035064697, 0.32739258) * v0_3.x;
        h0_1 += HVEC4(0.059661865, -0.030349731, -0.033172607, 0.10437012) * v0_3.y;
        h0_1 += HVEC4(0.08746338, -0.04626465, -0.01638794, -0.05545044) * v0_3.z;
        h0_1 += HVEC4(0.09741211, 0.042877197, -0.030380249, -0.033172607) * v0_3.w;
        h0_2 += HVEC4(0.1505127, -0.107543945, 0.09436035, 0.14611816) * v0_3.x;
        h0_2 += HVEC4(0.028915405, 0.07891846, 0.0073890686, 0.14807129) * v0_3.y;
        h0_2 += HVEC4(0.056915283, -0.037872314, 0.05029297, -0.35839844) * v0_3.z;
        h0_2 += HVEC4(-0.019729614, -0.0066184998, -0.0021533966, 0.017333984) * v0_3.w;
        h0_3 += HVEC4(-0.39086914, -0.083862305, 0.27905273, -0.070495605) * v0_3.x;
        h0_3 += HVEC4(-0.020492554, -0.1973877, -0.1161499, -0.046051025) * v0_3.y;
        h0_3 += HVEC4(0.047332764, -0.029953003, 0.0072021484, 0.0390625) * v0_3.z;
        h0_3 += HVEC4(0.05709839, 0.024627686, 0.057769775, 0.040740967) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.10900879, 0.34692383, 0.01512146, 0.025772095) * v0_3.x;
        h0_0 += HVEC4(0.016571045, -0.08544922, 0.11224365, 0.02798462) * v0_3.y;
        h0_0 += HVEC4(-0.2298584, -0.0413208, 0.078308105, 0.13476562) * v0_3.z;
        h0_0 += HVEC4(-0.32299805, -0.0066947937, 0.06512451, 0.5571289) * v0_3.w;
        h0_1 += HVEC4(0.2084961, -0.74121094, 0.58447266, 0.086120605) * v0_3.x;
        h0_1 += HVEC4(-0.015808105, 0.030334473, 0.13476562, -0.068237305) * v0_3.y;
        h0_1 += HVEC4(0.1217041, 0.23840332, 0.0062828064, -0.050567627) * v0_3.z;
        h0_1 += HVEC4(-0.20898438, -0.37841797, 0.5957031, 0.07244873) * v0_3.w;
        h0_2 += HVEC4(0.14233398, 0.24206543, -0.058776855, 0.11621094) * v0_3.x;
        h0_2 += HVEC4(0.107177734, 0.00082826614, -1.5751953, 0.089416504) * v0_3.y;
        h0_2 += HVEC4(0.36401367, -0.3630371, -0.010032654, -0.27392578) * v0_3.z;
        h0_2 += HVEC4(0.06677246, 0.07952881, -0.111083984, 0.10760498) * v0_3.w;
        h0_3 += HVEC4(0.03845215, 0.018997192, 0.01626587, 0.5180664) * v0_3.x;
        h0_3 += HVEC4(-0.06744385, 0.32202148, 0.020202637, -0.1262207) * v0_3.y;
        h0_3 += HVEC4(-0.047454834, 0.19067383, -0.05883789, 0.17419434) * v0_3.z;
        h0_3 += HVEC4(-0.035003662, -0.24511719, -0.049957275, 0.42626953) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.1315918, -0.019638062, -0.00724411, -0.046875) * v0_3.x;
        h0_0 += HVEC4(-0.006336212, 0.1270752, 0.048461914, 0.05178833) * v0_3.y;
        h0_0 += HVEC4(-0.2401123, 0.21850586, 0.052581787, 0.06173706) * v0_3.z;
        h0_0 += HVEC4(-0.19726562, 0.15148926, -0.027145386, -0.044525146) * v0_3.w;
        h0_1 += HVEC4(0.07763672, -0.089660645, -0.0236969, -0.39892578) * v0_3.x;
        h0_1 += HVEC4(0.08709717, 0.15612793, -0.14819336, 0.13427734) * v0_3.y;
        h0_1 += HVEC4(0.03262329, 0.011802673, 0.18554688, 0.49414062) * v0_3.z;
        h0_1 += HVEC4(0.21032715, -1.203125, -0.1270752, -1.5019531) * v0_3.w;
        h0_2 += HVEC4(-0.007698059, -0.0063476562, 0.07495117, 0.060028076) * v0_3.x;
        h0_2 += HVEC4(-0.21923828, -0.1619873, 0.004463196, 0.17004395) * v0_3.y;
        h0_2 += HVEC4(0.18676758, -0.08770752, 0.08068848, -0.13452148) * v0_3.z;
        h0_2 += HVEC4(0.027679443, -0.37158203, 0.04928589, 0.20361328) * v0_3.w;
        h0_3 += HVEC4(-0.1003418, 0.013694763, 0.054260254, -0.013999939) * v0_3.x;
        h0_3 += HVEC4(-0.09106445, -0.24414062, -0.03475952, -0.25512695) * v0_3.y;
        h0_3 += HVEC4(0.13049316, 0.04840088, 0.08483887, -0.01586914) * v0_3.z;
        h0_3 += HVEC4(-0.7626953, 0.075927734, 0.058013916, -0.25976562) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.048431396, 0.2298584, -0.014015198, -0.09625244) * v0_3.x;
        h0_0 += HVEC4(0.011962891, 0.2446289, -0.06640625, -0.075805664) * v0_3.y;
        h0_0 += HVEC4(-0.13293457, -0.03656006, 0.049713135, 0.062316895) * v0_3.z;
        h0_0 += HVEC4(-0.11090088, -0.07611084, 0.0024166107, 0.0602417) * v0_3.w;
        h0_1 += HVEC4(0.084472656, -0.13061523, -0.094177246, -0.48510742) * v0_3.x;
        h0_1 += HVEC4(0.07965088, 0.023925781, 0.03213501, 0.04458618) * v0_3.y;
        h0_1 += HVEC4(0.011260986, -0.011924744, 0.09277344, -0.019332886) * v0_3.z;
        h0_1 += HVEC4(-0.08465576, -0.036376953, 0.057647705, 0.008087158) * v0_3.w;
        h0_2 += HVEC4(0.2890625, -0.18579102, -0.1998291, 0.004760742) * v0_3.x;
        h0_2 += HVEC4(-0.040008545, 0.013626099, 0.14587402, -0.18762207) * v0_3.y;
        h0_2 += HVEC4(0.1373291, -0.099609375, 0.084472656, 0.059814453) * v0_3.z;
        h0_2 += HVEC4(0.121154785, 0.044433594, -0.036071777, 0.009010315) * v0_3.w;
        h0_3 += HVEC4(0.05303955, 0.34570312, -0.028808594, -0.021224976) * v0_3.x;
        h0_3 += HVEC4(-0.02999878, 0.26904297, -0.037139893, -0.093444824) * v0_3.y;
        h0_3 += HVEC4(-0.0061149597, 0.46655273, 0.060699463, 0.042297363) * v0_3.z;
        h0_3 += HVEC4(-0.022201538, -0.02267456, 0.011512756, 0.07366943) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.41845703, 0.22338867, 0.039154053, 0.08532715) * v0_3.x;
        h0_0 += HVEC4(0.021591187, 0.006793976, -0.12536621, -0.05493164) * v0_3.y;
        h0_0 += HVEC4(-0.1381836, -0.018325806, 0.041046143, 0.023712158) * v0_3.z;
        h0_0 += HVEC4(0.053100586, 0.120910645, 0.08416748, 0.04260254) * v0_3.w;
        h0_1 += HVEC4(-0.013656616, 0.17541504, 0.4326172, -0.35888672) * v0_3.x;
        h0_1 += HVEC4(0.21435547, 0.15808105, 0.050079346, -0.04385376) * v0_3.y;
        h0_1 += HVEC4(0.049743652, 0.21411133, 0.039978027, 0.1451416) * v0_3.z;
        h0_1 += HVEC4(0.0574646, -0.020401001, 0.122680664, -0.26171875) * v0_3.w;
        h0_2 += HVEC4(0.07476807, -0.24401855, 0.58447266, 0.010108948) * v0_3.x;
        h0_2 += HVEC4(0.068603516, 0.10614014, 0.20751953, -0.078186035) * v0_3.y;
        h0_2 += HVEC4(0.06567383, -0.05618286, 0.43359375, -0.18347168) * v0_3.z;
        h0_2 += HVEC4(0.06488037, 0.088378906, -2.5449219, -0.03277588) * v0_3.w;
        h0_3 += HVEC4(-0.022994995, 1.1269531, -0.0045204163, 0.22399902) * v0_3.x;
        h0_3 += HVEC4(0.00028204918, -0.82177734, -0.088134766, -0.10095215) * v0_3.y;
        h0_3 += HVEC4(0.052337646, -0.49438477, 0.014251709, 0.057037354) * v0_3.z;
        h0_3 += HVEC4(-0.053222656, -1.9384766, 0.044433594, 0.10760498) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.019042969, -0.036346436, -0.027282715, -0.012489319) * v0_3.x;
        h0_0 += HVEC4(0.012840271, -0.00459671, 0.029708862, -0.040161133) * v0_3.y;
        h0_0 += HVEC4(-0.1616211, 0.07342529, 0.05871582, 0.055480957) * v0_3.z;
        h0_0 += HVEC4(0.22949219, -0.039764404, 0.01965332, 0.049346924) * v0_3.w;
        h0_1 += HVEC4(-0.0129776, -0.06616211, -0.016296387, -0.0736084) * v0_3.x;
        h0_1 += HVEC4(0.11206055, 0.2524414, 0.013038635, 0.078430176) * v0_3.y;
        h0_1 += HVEC4(0.121398926, 0.13012695, 0.03668213, 0.098083496) * v0_3.z;
        h0_1 += HVEC4(0.0140686035, -0.122802734, -0.039794922, -0.4650879) * v0_3.w;
        h0_2 += HVEC4(-0.016082764, 0.04901123, -0.08404541, -0.0099487305) * v0_3.x;
        h0_2 += HVEC4(-0.13085938, -0.026519775, 0.22924805, 0.109069824) * v0_3.y;
        h0_2 += HVEC4(0.19128418, -0.0657959, 0.059570312, -0.111816406) * v0_3.z;
        h0_2 += HVEC4(0.21923828, -0.0446167, 0.007980347, -0.08062744) * v0_3.w;
        h0_3 += HVEC4(0.053009033, 0.40429688, -0.012619019, 0.0026416779) * v0_3.x;
        h0_3 += HVEC4(0.1274414, 0.3791504, 0.022277832, -0.16235352) * v0_3.y;
        h0_3 += HVEC4(-0.021194458, -0.23583984, 0.013015747, 0.055023193) * v0_3.z;
        h0_3 += HVEC4(-0.06427002, -2.3027344, 0.092041016, 0.034973145) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);

    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_1 = max(a0_1, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
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
//!COMPUTE 32 16 16 8

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
// A workgroup computes 16x8 pixels with 16x8 threads: 1 slice(s) of 16x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (18x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[180];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
    if (slice == 0) {
        a0_0 = vec4(0.014308364, -0.031445663, -0.01849288, -0.004246903);
        a0_1 = vec4(-0.021231862, 0.018275987, 0.004760984, 0.033462685);
        a0_2 = vec4(0.0017615217, 0.012336949, -0.022513494, 0.009208594);
        a0_3 = vec4(-0.0013368673, 0.0046511, 0.021403618, 0.012234549);
    }
    // Tile pixel i = thread + r * 128 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.025314331, -0.4074707, 0.3708496, 0.17919922) * v0_0.x;
        h0_0 += HVEC4(0.1517334, 0.099975586, 0.032104492, -0.025421143) * v0_0.y;
        h0_0 += HVEC4(-0.007209778, -0.04421997, -0.14147949, 0.021514893) * v0_0.z;
        h0_0 += HVEC4(0.07470703, 0.06695557, 0.08972168, 0.01626587) * v0_0.w;
        h0_1 += HVEC4(0.32348633, -0.016815186, -0.0579834, -0.07312012) * v0_0.x;
        h0_1 += HVEC4(-0.062805176, 0.012611389, 0.016723633, 0.119140625) * v0_0.y;
        h0_1 += HVEC4(0.05496216, -0.024871826, -0.007610321, -0.1116333) * v0_0.z;
        h0_1 += HVEC4(0.045806885, 0.009689331, 0.021316528, -0.08099365) * v0_0.w;
        h0_2 += HVEC4(-0.19787598, 0.08862305, 0.03289795, 0.018203735) * v0_0.x;
        h0_2 += HVEC4(-0.024291992, -0.008094788, 0.034423828, -0.036468506) * v0_0.y;
        h0_2 += HVEC4(-0.008781433, 0.08862305, -0.10650635, 0.030975342) * v0_0.z;
        h0_2 += HVEC4(0.016540527, -0.0022621155, 0.032440186, -0.017608643) * v0_0.w;
        h0_3 += HVEC4(-0.10949707, -0.25854492, 0.05102539, 0.008796692) * v0_0.x;
        h0_3 += HVEC4(0.0067100525, -0.004924774, -0.028457642, -0.020568848) * v0_0.y;
        h0_3 += HVEC4(0.018127441, -0.03289795, -0.059814453, 0.012542725) * v0_0.z;
        h0_3 += HVEC4(0.01902771, 0.03692627, 0.039978027, 0.011695862) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.47851562, -0.44970703, 0.16027832, -0.11273193) * v0_0.x;
        h0_0 += HVEC4(0.098083496, -0.16345215, -0.10913086, -0.057525635) * v0_0.y;
        h0_0 += HVEC4(-0.07067871, 0.046173096, -0.3869629, 0.076416016) * v0_0.z;
        h0_0 += HVEC4(0.0021820068, -0.29467773, 0.120666504, -0.15075684) * v0_0.w;
        h0_1 += HVEC4(0.16003418, -0.03152466, 0.012702942, 0.01689148) * v0_0.x;
        h0_1 += HVEC4(0.111328125, -0.06298828, 0.0005173683, -0.3425293) * v0_0.y;
        h0_1 += HVEC4(-0.004173279, -6.663799e-05, -0.012992859, 0.0059661865) * v0_0.z;
        h0_1 += HVEC4(-0.0602417, 0.0031833649, 0.02104187, -0.1194458) * v0_0.w;
        h0_2 += HVEC4(-0.046844482, -0.21289062, -0.0104522705, -0.05706787) * v0_0.x;
        h0_2 += HVEC4(0.06512451, 0.10925293, -0.053222656, 0.060913086) * v0_0.y;
        h0_2 += HVEC4(0.08013916, -0.0073394775, -0.20532227, -0.08758545) * v0_0.z;
        h0_2 += HVEC4(0.09222412, -0.06726074, 0.15014648, 0.054107666) * v0_0.w;
        h0_3 += HVEC4(0.15893555, -0.40185547, 0.020874023, -0.040893555) * v0_0.x;
        h0_3 += HVEC4(-0.061584473, 0.04800415, 0.02708435, 0.025619507) * v0_0.y;
        h0_3 += HVEC4(0.031082153, 0.15588379, 0.0619812, -0.05581665) * v0_0.z;
        h0_3 += HVEC4(0.009437561, 0.045532227, -0.009773254, 0.053649902) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.30078125, 0.0072746277, -0.07775879, 0.07562256) * v0_0.x;
        h0_0 += HVEC4(0.07476807, -0.030883789, 0.017959595, 0.03048706) * v0_0.y;
        h0_0 += HVEC4(-0.07537842, -0.006072998, -0.105773926, -0.041870117) * v0_0.z;
        h0_0 += HVEC4(-0.02935791, 0.0019550323, 0.0033950806, -0.042938232) * v0_0.w;
        h0_1 += HVEC4(0.027893066, -0.00062704086, -0.01637268, -2.270937e-05) * v0_0.x;
        h0_1 += HVEC4(0.25024414, -0.007827759, 0.021713257, -0.5678711) * v0_0.y;
        h0_1 += HVEC4(-0.053955078, -0.024810791, 0.045288086, -0.13232422) * v0_0.z;
        h0_1 += HVEC4(0.07678223, 0.06604004, -0.03201294, 0.1083374) * v0_0.w;
        h0_2 += HVEC4(-0.041656494, 0.004840851, 0.0036506653, 0.07128906) * v0_0.x;
        h0_2 += HVEC4(0.014259338, 0.09918213, -0.05065918, 0.046173096) * v0_0.y;
        h0_2 += HVEC4(-0.10662842, 0.08679199, -0.0736084, -0.093933105) * v0_0.z;
        h0_2 += HVEC4(0.11694336, -0.14025879, 0.061309814, -0.045410156) * v0_0.w;
        h0_3 += HVEC4(0.050628662, -0.34985352, -0.017333984, 0.029586792) * v0_0.x;
        h0_3 += HVEC4(-0.015335083, 0.16577148, -0.023071289, -0.48217773) * v0_0.y;
        h0_3 += HVEC4(-0.10180664, -0.07598877, -0.0055618286, -0.5263672) * v0_0.z;
        h0_3 += HVEC4(0.0076141357, -0.058563232, 0.051879883, 0.043701172) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.055389404, 0.11834717, -0.21008301, -0.06713867) * v0_0.x;
        h0_0 += HVEC4(0.037750244, 0.11126709, -0.21520996, 0.35864258) * v0_0.y;
        h0_0 += HVEC4(0.09039307, -0.13208008, -0.023986816, 0.03591919) * v0_0.z;
        h0_0 += HVEC4(-0.113708496, -0.10107422, -0.026794434, 0.17419434) * v0_0.w;
        h0_1 += HVEC4(-0.3635254, 0.021942139, -0.18371582, 0.028656006) * v0_0.x;
        h0_1 += HVEC4(0.1496582, 0.02784729, 0.072021484, 0.39892578) * v0_0.y;
        h0_1 += HVEC4(-0.060272217, 0.02545166, -0.0016927719, 0.060516357) * v0_0.z;
        h0_1 += HVEC4(-0.030944824, 0.11627197, -0.02758789, 0.07757568) * v0_0.w;
        h0_2 += HVEC4(-0.23547363, 0.54833984, -0.095336914, -0.020462036) * v0_0.x;
        h0_2 += HVEC4(0.13757324, -0.111083984, -0.06439209, -0.23583984) * v0_0.y;
        h0_2 += HVEC4(0.010124207, -0.11608887, -0.08721924, 0.07952881) * v0_0.z;
        h0_2 += HVEC4(0.14074707, -0.08026123, 0.03189087, -0.11407471) * v0_0.w;
        h0_3 += HVEC4(-0.064208984, -0.63671875, -0.036376953, -0.08312988) * v0_0.x;
        h0_3 += HVEC4(0.037475586, 0.38183594, 0.010391235, -0.08227539) * v0_0.y;
        h0_3 += HVEC4(0.06329346, -0.04837036, 0.062927246, 0.0043678284) * v0_0.z;
        h0_3 += HVEC4(0.037963867, -0.083740234, 0.05532837, -0.05734253) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.19140625, 0.25976562, -0.3564453, -0.13952637) * v0_0.x;
        h0_0 += HVEC4(-0.022140503, -0.12335205, 0.12976074, -0.06713867) * v0_0.y;
        h0_0 += HVEC4(-0.22619629, -0.017349243, 0.31567383, -0.07952881) * v0_0.z;
        h0_0 += HVEC4(0.06951904, 0.3503418, 0.3310547, -0.4189453) * v0_0.w;
        h0_1 += HVEC4(-0.23278809, 0.14025879, 0.062347412, -0.12310791) * v0_0.x;
        h0_1 += HVEC4(-0.19433594, -0.0814209, -0.061553955, -0.45825195) * v0_0.y;
        h0_1 += HVEC4(-0.03793335, 0.39794922, 0.073913574, -0.08874512) * v0_0.z;
        h0_1 += HVEC4(0.15808105, 0.30932617, -0.10168457, -0.07849121) * v0_0.w;
        h0_2 += HVEC4(-0.10583496, -0.25341797, 0.19934082, -0.06488037) * v0_0.x;
        h0_2 += HVEC4(-0.17175293, 0.0309906, 0.03765869, -0.23706055) * v0_0.y;
        h0_2 += HVEC4(0.39257812, -0.2043457, -0.011459351, -0.012390137) * v0_0.z;
        h0_2 += HVEC4(-0.19396973, -0.19897461, 0.5522461, 0.10076904) * v0_0.w;
        h0_3 += HVEC4(0.18933105, -0.58691406, 0.11621094, -0.04522705) * v0_0.x;
        h0_3 += HVEC4(-0.08166504, 0.30371094, -0.12817383, -0.10961914) * v0_0.y;
        h0_3 += HVEC4(-0.2121582, -0.26708984, 0.14648438, 0.10736084) * v0_0.z;
        h0_3 += HVEC4(0.00617218, -0.3828125, -0.22399902, -0.043029785) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.07861328, -0.011947632, -0.068725586, 0.06524658) * v0_0.x;
        h0_0 += HVEC4(-0.23120117, -0.07879639, 0.3076172, -0.15600586) * v0_0.y;
        h0_0 += HVEC4(-0.05154419, -0.15930176, 0.008895874, -0.032836914) * v0_0.z;
        h0_0 += HVEC4(-0.042297363, 0.19567871, -0.056243896, 0.2529297) * v0_0.w;
        h0_1 += HVEC4(0.023086548, -0.024765015, 0.008148193, 0.02381897) * v0_0.x;
        h0_1 += HVEC4(-0.15808105, 0.03967285, -0.016815186, -0.07147217) * v0_0.y;
        h0_1 += HVEC4(-0.2055664, 0.023651123, 0.0007519722, 0.14416504) * v0_0.z;
        h0_1 += HVEC4(0.14685059, -0.046203613, -0.00806427, -0.36108398) * v0_0.w;
        h0_2 += HVEC4(-0.07928467, 0.012466431, -0.018478394, 0.049835205) * v0_0.x;
        h0_2 += HVEC4(0.041290283, -0.203125, 0.061706543, -0.16064453) * v0_0.y;
        h0_2 += HVEC4(0.058502197, -0.05456543, 0.05505371, 0.018539429) * v0_0.z;
        h0_2 += HVEC4(-0.053833008, 0.1965332, -0.1459961, 0.10723877) * v0_0.w;
        h0_3 += HVEC4(-0.016357422, -0.21765137, -0.001080513, -0.0011348724) * v0_0.x;
        h0_3 += HVEC4(-0.13793945, 0.1998291, -0.019012451, 0.15356445) * v0_0.y;
        h0_3 += HVEC4(-0.049591064, -0.015350342, 0.075927734, 0.171875) * v0_0.z;
        h0_3 += HVEC4(0.12512207, 0.027282715, -0.037384033, -0.32348633) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.009292603, -0.0029087067, -0.23034668, 0.011116028) * v0_0.x;
        h0_0 += HVEC4(-0.11065674, -0.15600586, 0.26782227, 0.19274902) * v0_0.y;
        h0_0 += HVEC4(-0.03173828, -0.032287598, 0.01108551, -0.05331421) * v0_0.z;
        h0_0 += HVEC4(-0.22351074, 0.08081055, -0.020645142, 0.08239746) * v0_0.w;
        h0_1 += HVEC4(-0.14208984, -0.09991455, -0.09429932, 0.13378906) * v0_0.x;
        h0_1 += HVEC4(-0.00667572, -0.009483337, 0.06744385, 0.30273438) * v0_0.y;
        h0_1 += HVEC4(-0.03262329, 0.03591919, 0.10089111, 0.02885437) * v0_0.z;
        h0_1 += HVEC4(-0.041107178, -0.055725098, -0.11706543, -0.24926758) * v0_0.w;
        h0_2 += HVEC4(-0.14477539, -0.089904785, -0.02420044, -0.008216858) * v0_0.x;
        h0_2 += HVEC4(0.21960449, -0.39501953, 0.058654785, -0.15686035) * v0_0.y;
        h0_2 += HVEC4(0.0034217834, 0.09527588, -0.01499939, -0.0132369995) * v0_0.z;
        h0_2 += HVEC4(0.0042686462, 0.033081055, -0.036010742, 0.14111328) * v0_0.w;
        h0_3 += HVEC4(-0.019760132, -0.3112793, -0.06768799, -0.0140686035) * v0_0.x;
        h0_3 += HVEC4(0.036346436, 0.14196777, 0.0015611649, -0.007797241) * v0_0.y;
        h0_3 += HVEC4(0.00945282, -0.01776123, 0.062438965, 0.02659607) * v0_0.z;
        h0_3 += HVEC4(-0.02583313, -0.1038208, -0.021194458, 0.005466461) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.15124512, 0.022155762, -0.15783691, -0.025878906) * v0_0.x;
        h0_0 += HVEC4(0.15490723, 0.14941406, -0.034179688, 0.047698975) * v0_0.y;
        h0_0 += HVEC4(0.14819336, -0.010192871, 0.18554688, 0.030029297) * v0_0.z;
        h0_0 += HVEC4(0.024230957, 0.066711426, -0.2763672, -0.001490593) * v0_0.w;
        h0_1 += HVEC4(0.03048706, 0.013946533, 0.008178711, -0.048217773) * v0_0.x;
        h0_1 += HVEC4(-0.02911377, 0.08319092, 0.012535095, -0.06677246) * v0_0.y;
        h0_1 += HVEC4(0.07220459, 0.047027588, 0.073913574, 0.02154541) * v0_0.z;
        h0_1 += HVEC4(-0.10235596, 0.045043945, -0.1685791, 0.19897461) * v0_0.w;
        h0_2 += HVEC4(0.020019531, -0.111328125, -0.023635864, -0.07092285) * v0_0.x;
        h0_2 += HVEC4(0.07574463, 0.48413086, -0.016235352, -0.06933594) * v0_0.y;
        h0_2 += HVEC4(0.048980713, -0.024551392, 0.023513794, 0.032318115) * v0_0.z;
        h0_2 += HVEC4(-0.1274414, -0.13769531, -0.0041236877, -0.29296875) * v0_0.w;
        h0_3 += HVEC4(0.04626465, -0.45922852, 0.06591797, -0.036376953) * v0_0.x;
        h0_3 += HVEC4(-0.076660156, 0.29907227, -0.0016870499, 0.116882324) * v0_0.y;
        h0_3 += HVEC4(0.03186035, -0.027252197, 0.0758667, 0.08996582) * v0_0.z;
        h0_3 += HVEC4(-0.060821533, -0.045898438, -0.21520996, -0.047668457) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.117248535, -0.024276733, -0.09185791, -0.05911255) * v0_0.x;
        h0_0 += HVEC4(0.080444336, 0.22290039, 0.08227539, -0.08648682) * v0_0.y;
        h0_0 += HVEC4(0.077819824, 0.067993164, 0.109680176, 0.07208252) * v0_0.z;
        h0_0 += HVEC4(-0.10925293, -0.19543457, -0.20788574, -0.08770752) * v0_0.w;
        h0_1 += HVEC4(-0.10333252, 0.035369873, 0.0033073425, 0.0032176971) * v0_0.x;
        h0_1 += HVEC4(0.049041748, 0.07104492, -0.10333252, 0.14453125) * v0_0.y;
        h0_1 += HVEC4(0.052734375, -0.014968872, -0.085876465, 0.116882324) * v0_0.z;
        h0_1 += HVEC4(-0.07745361, 0.036010742, 0.15393066, -0.22509766) * v0_0.w;
        h0_2 += HVEC4(-0.04711914, -0.01966858, 0.020690918, 0.01689148) * v0_0.x;
        h0_2 += HVEC4(0.030059814, -0.032958984, 0.093566895, -0.060760498) * v0_0.y;
        h0_2 += HVEC4(-0.0065460205, 0.10437012, -0.05130005, 0.07507324) * v0_0.z;
        h0_2 += HVEC4(-0.09283447, -0.0098724365, 0.09234619, -0.092163086) * v0_0.w;
        h0_3 += HVEC4(0.008117676, -0.31225586, -0.019485474, -0.028823853) * v0_0.x;
        h0_3 += HVEC4(0.019546509, 0.14404297, 0.07366943, 0.0803833) * v0_0.y;
        h0_3 += HVEC4(-0.039733887, -0.07019043, -0.0060768127, 0.010894775) * v0_0.z;
        h0_3 += HVEC4(0.0013427734, -0.038726807, 0.03326416, -0.064697266) * v0_0.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.034576416, 0.0513916, 0.024536133, 0.09661865) * v0_1.x;
        h0_0 += HVEC4(0.21472168, -0.14367676, 0.09100342, 0.06439209) * v0_1.y;
        h0_0 += HVEC4(-0.07788086, 0.023101807, -0.08526611, -0.06896973) * v0_1.z;
        h0_0 += HVEC4(-0.076171875, 0.18591309, 0.05105591, 0.03591919) * v0_1.w;
        h0_1 += HVEC4(0.061523438, 0.060791016, 0.017196655, 0.22009277) * v0_1.x;
        h0_1 += HVEC4(-0.016021729, 0.03527832, -0.0006866455, -0.18139648) * v0_1.y;
        h0_1 += HVEC4(-0.0058670044, 0.042907715, 0.0014076233, 0.13171387) * v0_1.z;
        h0_1 += HVEC4(-0.0016622543, 0.09082031, -0.031677246, -0.29882812) * v0_1.w;
        h0_2 += HVEC4(0.045166016, -0.015449524, 0.030731201, -0.06402588) * v0_1.x;
        h0_2 += HVEC4(0.10253906, -0.010002136, 0.0024700165, -0.041412354) * v0_1.y;
        h0_2 += HVEC4(-0.074523926, 0.055664062, 0.017120361, 0.0005707741) * v0_1.z;
        h0_2 += HVEC4(0.076416016, -0.13696289, 0.04119873, -0.0970459) * v0_1.w;
        h0_3 += HVEC4(0.0076446533, 0.07305908, -0.018112183, 0.0446167) * v0_1.x;
        h0_3 += HVEC4(-0.028442383, 0.042266846, 0.033447266, 0.10406494) * v0_1.y;
        h0_3 += HVEC4(0.013542175, -0.105285645, -0.013450623, 0.024505615) * v0_1.z;
        h0_3 += HVEC4(-0.032958984, 0.27661133, 0.068359375, -0.008049011) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.14245605, -0.123291016, 0.26879883, 0.027862549) * v0_1.x;
        h0_0 += HVEC4(-0.19177246, -0.30249023, 0.21069336, -0.22106934) * v0_1.y;
        h0_0 += HVEC4(0.039245605, 0.32104492, -0.19555664, 0.041931152) * v0_1.z;
        h0_0 += HVEC4(-0.08166504, 0.042266846, 0.43115234, -0.17602539) * v0_1.w;
        h0_1 += HVEC4(-0.15649414, 0.0058135986, -0.0345459, -0.08770752) * v0_1.x;
        h0_1 += HVEC4(-0.0009918213, -1.4781952e-05, 0.00055933, 0.23693848) * v0_1.y;
        h0_1 += HVEC4(-0.15454102, 0.06695557, -0.014190674, 0.055908203) * v0_1.z;
        h0_1 += HVEC4(-0.19763184, 0.04675293, 0.033599854, -0.6357422) * v0_1.w;
        h0_2 += HVEC4(-0.11846924, 0.07739258, 0.04647827, -0.006717682) * v0_1.x;
        h0_2 += HVEC4(0.07867432, 0.018936157, -0.034118652, 0.0055122375) * v0_1.y;
        h0_2 += HVEC4(-0.122802734, 0.0056991577, -0.0050735474, -0.0206604) * v0_1.z;
        h0_2 += HVEC4(-0.031829834, 0.030044556, 0.056549072, -0.09039307) * v0_1.w;
        h0_3 += HVEC4(0.012557983, 0.0046958923, 0.032409668, 0.0552063) * v0_1.x;
        h0_3 += HVEC4(0.07733154, -0.07006836, -0.048675537, 0.05429077) * v0_1.y;
        h0_3 += HVEC4(0.07470703, 0.039245605, 0.031829834, -0.06732178) * v0_1.z;
        h0_3 += HVEC4(0.14855957, -0.09283447, -0.054260254, 0.03704834) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.072387695, -0.019332886, 0.014656067, 0.0103302) * v0_1.x;
        h0_0 += HVEC4(-0.0033092499, 0.00497818, 0.005619049, 0.050323486) * v0_1.y;
        h0_0 += HVEC4(0.09515381, 0.11871338, -0.089660645, 0.06640625) * v0_1.z;
        h0_0 += HVEC4(0.008766174, 0.020065308, -0.054260254, -0.026367188) * v0_1.w;
        h0_1 += HVEC4(0.07092285, 0.00023818016, 0.0065956116, -0.055847168) * v0_1.x;
        h0_1 += HVEC4(0.07672119, -0.062286377, 0.014953613, -0.002128601) * v0_1.y;
        h0_1 += HVEC4(-0.12426758, 0.016937256, -0.009628296, -0.02204895) * v0_1.z;
        h0_1 += HVEC4(-0.06970215, -0.02911377, 0.04916382, -0.39111328) * v0_1.w;
        h0_2 += HVEC4(-0.033111572, -0.007858276, -0.022705078, 0.018997192) * v0_1.x;
        h0_2 += HVEC4(0.024810791, 0.052215576, -0.071777344, 0.011482239) * v0_1.y;
        h0_2 += HVEC4(-0.07366943, 0.0137786865, 0.0035820007, 0.03540039) * v0_1.z;
        h0_2 += HVEC4(-0.014053345, 0.0725708, 0.011238098, -0.0690918) * v0_1.w;
        h0_3 += HVEC4(0.016693115, 0.05871582, -0.022232056, 0.0104904175) * v0_1.x;
        h0_3 += HVEC4(0.019226074, -0.044708252, -0.03277588, 0.12036133) * v0_1.y;
        h0_3 += HVEC4(-0.017059326, -0.09490967, -0.000749588, -0.18017578) * v0_1.z;
        h0_3 += HVEC4(0.035583496, -0.12768555, 0.037597656, -0.023147583) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.12109375, -0.08880615, 0.2019043, -0.013877869) * v0_1.x;
        h0_0 += HVEC4(-0.41479492, -0.1484375, 0.07385254, -0.04534912) * v0_1.y;
        h0_0 += HVEC4(0.04208374, 0.059173584, -0.012550354, -0.23522949) * v0_1.z;
        h0_0 += HVEC4(-0.12646484, 0.26782227, -0.20800781, -0.03942871) * v0_1.w;
        h0_1 += HVEC4(0.049072266, 0.06518555, 0.04135132, 0.18310547) * v0_1.x;
        h0_1 += HVEC4(0.06365967, -0.036346436, -0.08276367, -0.049072266) * v0_1.y;
        h0_1 += HVEC4(-0.036010742, 0.13354492, 0.07562256, 0.09301758) * v0_1.z;
        h0_1 += HVEC4(0.09832764, -0.111328125, -0.116882324, -0.30517578) * v0_1.w;
        h0_2 += HVEC4(0.026977539, 0.006362915, 0.1484375, 0.1184082) * v0_1.x;
        h0_2 += HVEC4(-0.23388672, 0.19592285, 0.021240234, -0.118652344) * v0_1.y;
        h0_2 += HVEC4(-0.02861023, -0.08050537, 0.19873047, 0.04876709) * v0_1.z;
        h0_2 += HVEC4(-0.032592773, 0.47436523, -0.0007972717, -0.08343506) * v0_1.w;
        h0_3 += HVEC4(0.033447266, -0.17919922, 0.07141113, -0.040222168) * v0_1.x;
        h0_3 += HVEC4(-0.05154419, 0.31518555, 0.032928467, -0.050811768) * v0_1.y;
        h0_3 += HVEC4(0.03074646, -0.043518066, 0.10192871, 0.10662842) * v0_1.z;
        h0_3 += HVEC4(-0.01096344, 0.2319336, -0.034454346, 0.012428284) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.23779297, -0.44995117, -0.28955078, -0.11138916) * v0_1.x;
        h0_0 += HVEC4(-0.41308594, -0.17480469, -0.11773682, 0.042266846) * v0_1.y;
        h0_0 += HVEC4(0.4404297, -0.04095459, -0.0769043, 0.15722656) * v0_1.z;
        h0_0 += HVEC4(-0.14611816, 0.56103516, -0.017074585, -0.26586914) * v0_1.w;
        h0_1 += HVEC4(-0.047180176, 0.1227417, -0.003396988, 0.08129883) * v0_1.x;
        h0_1 += HVEC4(0.15185547, 0.02670288, 0.033569336, -0.51171875) * v0_1.y;
        h0_1 += HVEC4(-0.18933105, 0.0947876, 0.018417358, 0.27856445) * v0_1.z;
        h0_1 += HVEC4(0.43359375, 0.3828125, 0.056427002, 0.0925293) * v0_1.w;
        h0_2 += HVEC4(0.10144043, 0.056518555, 0.0949707, -0.08319092) * v0_1.x;
        h0_2 += HVEC4(-0.3305664, 0.31982422, 0.066589355, -0.5253906) * v0_1.y;
        h0_2 += HVEC4(0.39916992, -0.04550171, 0.07635498, 0.515625) * v0_1.z;
        h0_2 += HVEC4(0.28955078, -0.026763916, 0.15429688, -0.22961426) * v0_1.w;
        h0_3 += HVEC4(-0.03967285, 0.28466797, 0.13562012, 0.021209717) * v0_1.x;
        h0_3 += HVEC4(0.05633545, -0.18566895, 0.16577148, -0.23083496) * v0_1.y;
        h0_3 += HVEC4(0.076171875, -0.04071045, 0.11627197, 0.119628906) * v0_1.z;
        h0_3 += HVEC4(0.093322754, 0.061920166, 0.30029297, 0.109069824) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.13513184, -0.19519043, -0.033416748, 0.15649414) * v0_1.x;
        h0_0 += HVEC4(0.014099121, -0.1472168, 0.022659302, -0.16784668) * v0_1.y;
        h0_0 += HVEC4(0.18981934, 0.055389404, 0.011528015, 0.16992188) * v0_1.z;
        h0_0 += HVEC4(0.25439453, 0.021057129, 0.07171631, 0.1385498) * v0_1.w;
        h0_1 += HVEC4(0.06390381, -0.032836914, -0.0015354156, 0.08770752) * v0_1.x;
        h0_1 += HVEC4(0.081848145, -0.008857727, 0.0067329407, -0.004722595) * v0_1.y;
        h0_1 += HVEC4(-0.0030517578, 0.0014219284, -0.049804688, 0.17150879) * v0_1.z;
        h0_1 += HVEC4(0.0034160614, 0.044921875, 0.03265381, -2.0058594) * v0_1.w;
        h0_2 += HVEC4(-0.053009033, 0.05255127, -0.035949707, 0.03237915) * v0_1.x;
        h0_2 += HVEC4(-0.08111572, -0.008544922, -0.025344849, 0.091796875) * v0_1.y;
        h0_2 += HVEC4(-0.0154418945, 0.12719727, -0.07122803, -0.0022525787) * v0_1.z;
        h0_2 += HVEC4(-0.018737793, 0.04220581, 0.03010559, 0.16259766) * v0_1.w;
        h0_3 += HVEC4(0.10821533, 0.15234375, -0.0005545616, -0.19750977) * v0_1.x;
        h0_3 += HVEC4(0.064208984, -0.03137207, -0.037353516, 0.15441895) * v0_1.y;
        h0_3 += HVEC4(0.016601562, 0.0051193237, -0.027297974, -0.02267456) * v0_1.z;
        h0_3 += HVEC4(0.05709839, 0.13696289, -0.032592773, -0.11682129) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.12109375, 0.06488037, -0.054870605, 0.013366699) * v0_1.x;
        h0_0 += HVEC4(-0.26171875, 0.008407593, -0.29174805, 0.09869385) * v0_1.y;
        h0_0 += HVEC4(0.30419922, -0.02468872, 0.09765625, -0.07366943) * v0_1.z;
        h0_0 += HVEC4(0.0032157898, -0.1784668, 0.113098145, 0.061767578) * v0_1.w;
        h0_1 += HVEC4(-0.08959961, 0.1026001, 0.112854004, 0.19445801) * v0_1.x;
        h0_1 += HVEC4(-0.15820312, -0.022384644, -0.13256836, -0.1685791) * v0_1.y;
        h0_1 += HVEC4(0.16760254, 0.031066895, 0.15673828, 0.16516113) * v0_1.z;
        h0_1 += HVEC4(-0.06530762, -0.022750854, 0.034851074, 0.09887695) * v0_1.w;
        h0_2 += HVEC4(0.007041931, 0.018218994, 0.08306885, -0.045196533) * v0_1.x;
        h0_2 += HVEC4(-0.31567383, 0.23120117, -0.06768799, -0.12646484) * v0_1.y;
        h0_2 += HVEC4(0.010871887, -0.107421875, 0.02999878, -0.14343262) * v0_1.z;
        h0_2 += HVEC4(0.10406494, -0.20532227, -0.03086853, -0.107543945) * v0_1.w;
        h0_3 += HVEC4(-0.002981186, 0.13879395, 0.047607422, 0.059326172) * v0_1.x;
        h0_3 += HVEC4(-0.008407593, -0.91015625, -0.038269043, -0.072265625) * v0_1.y;
        h0_3 += HVEC4(-0.00054979324, 0.22705078, -0.0079574585, 0.014038086) * v0_1.z;
        h0_3 += HVEC4(0.00048422813, 0.14807129, 0.017562866, 0.084472656) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.07678223, 0.46679688, -0.17211914, -0.03161621) * v0_1.x;
        h0_0 += HVEC4(-0.38110352, 0.05606079, -0.25610352, -0.10058594) * v0_1.y;
        h0_0 += HVEC4(-0.12561035, -0.016204834, 0.37109375, 0.0007429123) * v0_1.z;
        h0_0 += HVEC4(0.10882568, -0.21508789, -0.21960449, -0.10803223) * v0_1.w;
        h0_1 += HVEC4(-0.10949707, 0.013458252, -0.04916382, -0.15270996) * v0_1.x;
        h0_1 += HVEC4(-0.25830078, 0.060638428, -0.04107666, -0.15905762) * v0_1.y;
        h0_1 += HVEC4(0.47314453, -0.038391113, -0.004562378, 0.0008330345) * v0_1.z;
        h0_1 += HVEC4(0.008239746, -0.21289062, -0.18908691, 0.22436523) * v0_1.w;
        h0_2 += HVEC4(0.11212158, -0.117004395, -0.029693604, 0.07385254) * v0_1.x;
        h0_2 += HVEC4(-0.2088623, 0.15856934, 0.047821045, -0.19970703) * v0_1.y;
        h0_2 += HVEC4(0.030044556, -7.212162e-05, 0.0113220215, 0.053253174) * v0_1.z;
        h0_2 += HVEC4(-0.114868164, -0.21740723, -0.09643555, -0.32763672) * v0_1.w;
        h0_3 += HVEC4(-0.0013122559, 0.083984375, -0.044067383, 0.08526611) * v0_1.x;
        h0_3 += HVEC4(-0.0057029724, 0.1907959, -0.045440674, 0.05621338) * v0_1.y;
        h0_3 += HVEC4(0.031921387, 0.23217773, 0.07043457, 0.059783936) * v0_1.z;
        h0_3 += HVEC4(-0.017608643, 0.22583008, -0.09503174, -0.06213379) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.072021484, 0.08569336, 0.040771484, 0.024673462) * v0_1.x;
        h0_0 += HVEC4(0.11340332, 0.10424805, -0.014213562, -0.19763184) * v0_1.y;
        h0_0 += HVEC4(0.05783081, -0.18774414, 0.14172363, 0.122802734) * v0_1.z;
        h0_0 += HVEC4(-0.14733887, 0.099365234, 0.036895752, -0.06298828) * v0_1.w;
        h0_1 += HVEC4(-0.030456543, -0.020889282, 0.0692749, -0.02053833) * v0_1.x;
        h0_1 += HVEC4(-0.051361084, -0.028427124, 0.032409668, 0.27807617) * v0_1.y;
        h0_1 += HVEC4(0.09576416, 0.0018005371, -0.009597778, 0.24206543) * v0_1.z;
        h0_1 += HVEC4(0.0657959, 0.032409668, 0.15637207, -0.0625) * v0_1.w;
        h0_2 += HVEC4(0.02368164, 0.028015137, 3.796816e-05, 0.044189453) * v0_1.x;
        h0_2 += HVEC4(0.06768799, 0.062286377, -0.0005493164, 0.044006348) * v0_1.y;
        h0_2 += HVEC4(-0.054138184, 0.07348633, 0.003850937, 0.14343262) * v0_1.z;
        h0_2 += HVEC4(0.07183838, 0.02178955, 0.008979797, -0.038970947) * v0_1.w;
        h0_3 += HVEC4(-0.032104492, -0.059936523, 0.0014343262, -0.014442444) * v0_1.x;
        h0_3 += HVEC4(-0.0040740967, -0.07336426, -0.019180298, -0.033233643) * v0_1.y;
        h0_3 += HVEC4(0.036743164, 0.051330566, 0.023925781, 0.089416504) * v0_1.z;
        h0_3 += HVEC4(-0.02746582, -0.0016098022, 0.023284912, -0.039916992) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.07159424, -0.09631348, 0.0501709, -0.08050537) * v0_2.x;
        h0_0 += HVEC4(-0.0025348663, 0.16479492, -0.10638428, 0.083862305) * v0_2.y;
        h0_0 += HVEC4(0.1274414, 0.20422363, 0.29418945, -0.037017822) * v0_2.z;
        h0_0 += HVEC4(-0.26000977, -0.14855957, 0.20275879, 0.31176758) * v0_2.w;
        h0_1 += HVEC4(-0.07946777, 0.032989502, -0.04333496, -0.4934082) * v0_2.x;
        h0_1 += HVEC4(0.06402588, 0.027008057, -0.017181396, -0.02619934) * v0_2.y;
        h0_1 += HVEC4(0.2084961, -0.17382812, -0.1459961, -0.34228516) * v0_2.z;
        h0_1 += HVEC4(-0.028839111, 0.14440918, 0.017303467, 0.16113281) * v0_2.w;
        h0_2 += HVEC4(-0.027435303, -0.027862549, 0.11126709, -0.047790527) * v0_2.x;
        h0_2 += HVEC4(0.022964478, -0.010398865, -0.029449463, 0.07159424) * v0_2.y;
        h0_2 += HVEC4(-0.17944336, 0.32202148, -0.19311523, 0.06726074) * v0_2.z;
        h0_2 += HVEC4(0.16149902, -0.17944336, 0.13671875, 0.03225708) * v0_2.w;
        h0_3 += HVEC4(-0.0055007935, 0.0546875, -0.004634857, 0.017196655) * v0_2.x;
        h0_3 += HVEC4(0.018737793, 0.053955078, 0.0022392273, -0.07946777) * v0_2.y;
        h0_3 += HVEC4(-0.056732178, 0.06137085, -0.14892578, -0.0090408325) * v0_2.z;
        h0_3 += HVEC4(0.08331299, -0.080078125, 0.08911133, -0.052368164) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.050750732, -0.13745117, 0.15600586, -0.053375244) * v0_2.x;
        h0_0 += HVEC4(-0.066223145, -0.16833496, 0.08178711, -0.017913818) * v0_2.y;
        h0_0 += HVEC4(-0.41381836, -0.52685547, -1.0830078, 0.22619629) * v0_2.z;
        h0_0 += HVEC4(0.12756348, -0.1439209, -0.22363281, -0.5097656) * v0_2.w;
        h0_1 += HVEC4(0.13623047, 0.004940033, -0.05456543, 0.0368042) * v0_2.x;
        h0_1 += HVEC4(0.029846191, -0.041168213, -0.011154175, -0.10626221) * v0_2.y;
        h0_1 += HVEC4(0.48120117, -0.15612793, 0.1315918, -0.38452148) * v0_2.z;
        h0_1 += HVEC4(0.09643555, -0.077819824, 0.0041656494, -0.54052734) * v0_2.w;
        h0_2 += HVEC4(-0.06323242, -0.004749298, -0.047058105, -0.103393555) * v0_2.x;
        h0_2 += HVEC4(-0.03555298, 0.064086914, -0.11193848, 0.024291992) * v0_2.y;
        h0_2 += HVEC4(-0.50390625, 0.53564453, -0.025268555, -0.43652344) * v0_2.z;
        h0_2 += HVEC4(-0.11279297, 0.21069336, -0.08770752, 0.23034668) * v0_2.w;
        h0_3 += HVEC4(-0.07232666, -0.23925781, 0.045562744, -0.0848999) * v0_2.x;
        h0_3 += HVEC4(-0.037200928, -0.066833496, -0.009567261, -0.1640625) * v0_2.y;
        h0_3 += HVEC4(0.07080078, 0.24853516, 0.022232056, -0.60498047) * v0_2.z;
        h0_3 += HVEC4(-0.12695312, 0.09039307, -0.061462402, 0.02911377) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.109558105, -0.2467041, 0.15490723, -0.11090088) * v0_2.x;
        h0_0 += HVEC4(-0.027862549, 0.0335083, 0.095214844, -0.107299805) * v0_2.y;
        h0_0 += HVEC4(-0.45336914, 0.0021152496, -0.11706543, -0.2841797) * v0_2.z;
        h0_0 += HVEC4(-0.15185547, -0.030792236, 0.18310547, -0.2607422) * v0_2.w;
        h0_1 += HVEC4(0.22644043, -0.0008468628, 0.017959595, -0.018035889) * v0_2.x;
        h0_1 += HVEC4(-0.015312195, 0.0140686035, 0.015365601, 0.100097656) * v0_2.y;
        h0_1 += HVEC4(0.0146484375, 0.01889038, -0.008666992, 0.105773926) * v0_2.z;
        h0_1 += HVEC4(-0.24157715, -0.061828613, -0.0048179626, 0.5097656) * v0_2.w;
        h0_2 += HVEC4(0.091552734, -0.10131836, -0.0045280457, 0.0071258545) * v0_2.x;
        h0_2 += HVEC4(0.076049805, -0.011474609, -0.0014429092, -0.07727051) * v0_2.y;
        h0_2 += HVEC4(-0.06604004, 0.057373047, -0.0579834, -0.050323486) * v0_2.z;
        h0_2 += HVEC4(0.13476562, -0.18273926, -0.12414551, -0.24291992) * v0_2.w;
        h0_3 += HVEC4(0.14465332, 0.011604309, -0.01159668, 0.30615234) * v0_2.x;
        h0_3 += HVEC4(0.014564514, 0.07739258, -0.012504578, 0.10406494) * v0_2.y;
        h0_3 += HVEC4(0.06585693, 0.23278809, -0.021636963, 0.3256836) * v0_2.z;
        h0_3 += HVEC4(0.0069885254, -0.019714355, -0.03994751, -0.15026855) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.0028705597, 0.06060791, -0.056762695, -0.03692627) * v0_2.x;
        h0_0 += HVEC4(-0.28833008, 0.012138367, -0.123168945, 0.10296631) * v0_2.y;
        h0_0 += HVEC4(0.23376465, 0.049743652, -0.07092285, -0.017150879) * v0_2.z;
        h0_0 += HVEC4(-0.018966675, 0.1616211, 0.027313232, -0.008934021) * v0_2.w;
        h0_1 += HVEC4(0.04989624, 0.07775879, -0.079833984, -0.23522949) * v0_2.x;
        h0_1 += HVEC4(0.010772705, -0.018188477, -0.03277588, -0.18579102) * v0_2.y;
        h0_1 += HVEC4(-0.2397461, -0.052703857, -0.35839844, 0.13122559) * v0_2.z;
        h0_1 += HVEC4(0.013473511, -0.043914795, 0.032073975, -0.27441406) * v0_2.w;
        h0_2 += HVEC4(0.0018281937, 0.017852783, 0.06933594, 0.20275879) * v0_2.x;
        h0_2 += HVEC4(0.1418457, -0.0031318665, 0.10321045, 0.0657959) * v0_2.y;
        h0_2 += HVEC4(0.15283203, 0.074279785, -0.024978638, -0.033996582) * v0_2.z;
        h0_2 += HVEC4(-0.121154785, 0.013038635, -0.04156494, 0.13391113) * v0_2.w;
        h0_3 += HVEC4(-0.01675415, -0.05706787, 0.03213501, 0.039215088) * v0_2.x;
        h0_3 += HVEC4(0.019638062, -0.041381836, 0.035003662, 0.033081055) * v0_2.y;
        h0_3 += HVEC4(-0.008712769, 0.3623047, -0.009521484, -0.013198853) * v0_2.z;
        h0_3 += HVEC4(-0.06958008, 0.113098145, -0.02545166, -0.01676941) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.025680542, 0.059570312, -0.20739746, 0.18493652) * v0_2.x;
        h0_0 += HVEC4(-0.3239746, 0.1784668, -0.08648682, 0.14013672) * v0_2.y;
        h0_0 += HVEC4(-0.6611328, 0.11846924, -0.06149292, 0.13427734) * v0_2.z;
        h0_0 += HVEC4(-0.005783081, -0.15429688, -0.26391602, 0.054534912) * v0_2.w;
        h0_1 += HVEC4(-0.19934082, -0.053710938, -0.07611084, -0.13415527) * v0_2.x;
        h0_1 += HVEC4(-0.0869751, -0.19921875, -0.0026187897, -0.49121094) * v0_2.y;
        h0_1 += HVEC4(-0.50927734, 0.10992432, 0.1730957, -0.4375) * v0_2.z;
        h0_1 += HVEC4(-0.29345703, -0.011497498, -0.10974121, 0.4501953) * v0_2.w;
        h0_2 += HVEC4(-0.26782227, -0.029312134, -0.07965088, -0.12207031) * v0_2.x;
        h0_2 += HVEC4(-0.29467773, 0.030136108, -0.2692871, -0.22192383) * v0_2.y;
        h0_2 += HVEC4(0.11047363, 0.32885742, -0.1496582, 0.1730957) * v0_2.z;
        h0_2 += HVEC4(-0.047180176, -0.08850098, -0.12670898, -0.26367188) * v0_2.w;
        h0_3 += HVEC4(0.105407715, 0.0690918, 0.10083008, -0.25463867) * v0_2.x;
        h0_3 += HVEC4(-0.051635742, 0.26733398, -0.09423828, -0.10205078) * v0_2.y;
        h0_3 += HVEC4(0.090026855, 0.1895752, 0.024505615, 0.017242432) * v0_2.z;
        h0_3 += HVEC4(0.013259888, 0.38061523, 0.091674805, -0.119628906) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.015022278, -0.19946289, -0.2722168, -0.28588867) * v0_2.x;
        h0_0 += HVEC4(0.11065674, 0.10797119, 0.057006836, -0.0947876) * v0_2.y;
        h0_0 += HVEC4(0.055267334, 0.1274414, 0.11645508, -0.17919922) * v0_2.z;
        h0_0 += HVEC4(0.12731934, -0.001203537, 0.32495117, 0.08093262) * v0_2.w;
        h0_1 += HVEC4(-0.21166992, 0.025466919, 0.05505371, -0.18713379) * v0_2.x;
        h0_1 += HVEC4(0.26245117, 0.015350342, -0.006504059, -0.15979004) * v0_2.y;
        h0_1 += HVEC4(-0.06561279, -0.025772095, -0.016586304, 0.31201172) * v0_2.z;
        h0_1 += HVEC4(0.08282471, -0.00459671, -0.13696289, -0.097961426) * v0_2.w;
        h0_2 += HVEC4(-0.09802246, -0.14135742, 0.041412354, -0.1899414) * v0_2.x;
        h0_2 += HVEC4(0.028533936, -0.032928467, 0.0016431808, 0.04135132) * v0_2.y;
        h0_2 += HVEC4(0.009475708, 0.15393066, -0.016174316, 0.14782715) * v0_2.z;
        h0_2 += HVEC4(-0.20410156, -0.08001709, 0.05859375, 0.011665344) * v0_2.w;
        h0_3 += HVEC4(0.036743164, -0.20336914, -0.0019111633, -0.049682617) * v0_2.x;
        h0_3 += HVEC4(0.12670898, 0.016937256, -0.01902771, -0.12548828) * v0_2.y;
        h0_3 += HVEC4(0.057769775, 0.007972717, -0.0345459, 0.0126571655) * v0_2.z;
        h0_3 += HVEC4(0.10925293, 0.13867188, -0.0635376, -0.16003418) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.064086914, 0.030303955, -0.088256836, -0.0035972595) * v0_2.x;
        h0_0 += HVEC4(0.08392334, -0.009048462, 0.21447754, 0.04309082) * v0_2.y;
        h0_0 += HVEC4(0.1661377, -0.045898438, 0.10900879, 0.03982544) * v0_2.z;
        h0_0 += HVEC4(-0.061340332, -0.009559631, -0.023834229, 0.0028495789) * v0_2.w;
        h0_1 += HVEC4(-0.0881958, 0.032073975, -0.068481445, -0.18676758) * v0_2.x;
        h0_1 += HVEC4(0.13439941, 0.060302734, -0.062286377, -0.12512207) * v0_2.y;
        h0_1 += HVEC4(0.0519104, -0.07141113, -0.14807129, 0.03717041) * v0_2.z;
        h0_1 += HVEC4(-0.0647583, -0.041625977, -0.07287598, -0.009941101) * v0_2.w;
        h0_2 += HVEC4(-0.08392334, -0.015556335, 0.018875122, -0.12200928) * v0_2.x;
        h0_2 += HVEC4(0.054779053, -0.039916992, -0.011207581, 0.036315918) * v0_2.y;
        h0_2 += HVEC4(-0.009094238, 0.010520935, -0.07727051, 0.005470276) * v0_2.z;
        h0_2 += HVEC4(-0.05822754, 0.025344849, -0.054779053, 0.0038814545) * v0_2.w;
        h0_3 += HVEC4(-0.032989502, -0.008422852, 0.013175964, -0.017578125) * v0_2.x;
        h0_3 += HVEC4(0.0020656586, 0.053771973, -0.00970459, 0.014587402) * v0_2.y;
        h0_3 += HVEC4(-0.0395813, 0.2644043, -0.095214844, -0.008216858) * v0_2.z;
        h0_3 += HVEC4(0.03125, -0.0039749146, 0.01033783, -0.018127441) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.15002441, 0.025131226, -0.10852051, -0.115600586) * v0_2.x;
        h0_0 += HVEC4(-0.18737793, 0.06854248, -0.06677246, -0.103881836) * v0_2.y;
        h0_0 += HVEC4(0.17443848, -0.022003174, -0.13513184, -0.014183044) * v0_2.z;
        h0_0 += HVEC4(-0.18115234, 0.0736084, 0.12359619, 0.11022949) * v0_2.w;
        h0_1 += HVEC4(-0.13964844, -0.06021118, -0.088256836, -0.2697754) * v0_2.x;
        h0_1 += HVEC4(-0.09790039, -0.14855957, -0.08538818, 0.0072746277) * v0_2.y;
        h0_1 += HVEC4(0.032989502, -0.074645996, -0.030426025, 0.17285156) * v0_2.z;
        h0_1 += HVEC4(0.042633057, -0.11419678, -0.019577026, 0.2685547) * v0_2.w;
        h0_2 += HVEC4(-0.04244995, -0.07733154, -0.015258789, 0.06347656) * v0_2.x;
        h0_2 += HVEC4(0.07348633, 0.09063721, -0.07312012, 0.072387695) * v0_2.y;
        h0_2 += HVEC4(-0.09729004, -0.00472641, 0.008422852, -0.0057907104) * v0_2.z;
        h0_2 += HVEC4(0.16430664, -0.04156494, -0.002412796, 0.09124756) * v0_2.w;
        h0_3 += HVEC4(0.053833008, -0.26367188, 0.03488159, -0.03137207) * v0_2.x;
        h0_3 += HVEC4(-0.04989624, 0.113342285, -0.050964355, -0.07867432) * v0_2.y;
        h0_3 += HVEC4(0.01108551, 0.19677734, 0.028823853, -0.008415222) * v0_2.z;
        h0_3 += HVEC4(0.009468079, -0.20324707, -0.11102295, -0.08227539) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.005191803, 0.044555664, -0.011070251, -0.018508911) * v0_2.x;
        h0_0 += HVEC4(-0.04650879, -0.009307861, -0.07611084, -0.099609375) * v0_2.y;
        h0_0 += HVEC4(-0.029220581, -0.09069824, -0.029129028, -0.08721924) * v0_2.z;
        h0_0 += HVEC4(-0.0049438477, 0.20922852, -0.051086426, -0.086364746) * v0_2.w;
        h0_1 += HVEC4(-0.1026001, -0.011314392, 0.016937256, -0.13537598) * v0_2.x;
        h0_1 += HVEC4(0.0062942505, -0.05847168, 0.09472656, -0.17248535) * v0_2.y;
        h0_1 += HVEC4(0.06976318, -0.030380249, 0.0025253296, 0.27612305) * v0_2.z;
        h0_1 += HVEC4(-0.040039062, 0.0008249283, 0.099731445, -0.19958496) * v0_2.w;
        h0_2 += HVEC4(0.103881836, -0.11401367, -0.03652954, -0.09564209) * v0_2.x;
        h0_2 += HVEC4(0.026351929, -0.07763672, -0.001461029, 0.020706177) * v0_2.y;
        h0_2 += HVEC4(0.00056505203, -0.034118652, 0.00072431564, 0.012420654) * v0_2.z;
        h0_2 += HVEC4(0.119506836, 0.02758789, -0.040405273, -0.0019397736) * v0_2.w;
        h0_3 += HVEC4(0.0044784546, 0.023605347, -0.042541504, 0.0007481575) * v0_2.x;
        h0_3 += HVEC4(0.05026245, 0.14770508, 0.00044560432, 0.041046143) * v0_2.y;
        h0_3 += HVEC4(0.048034668, 0.06237793, -0.014595032, 0.07763672) * v0_2.z;
        h0_3 += HVEC4(-0.002008438, -0.006931305, 0.034210205, -0.16333008) * v0_2.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 3..3.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.002008438, -0.59472656, 0.13000488, 0.27612305) * v0_3.x;
        h0_0 += HVEC4(0.5107422, -0.1940918, 0.124572754, 0.27368164) * v0_3.y;
        h0_0 += HVEC4(-0.00015592575, 0.08239746, 0.060943604, -0.013420105) * v0_3.z;
        h0_0 += HVEC4(-0.13049316, -0.26098633, -0.00617218, 0.057617188) * v0_3.w;
        h0_1 += HVEC4(-0.12475586, 0.07409668, -0.077941895, -0.7133789) * v0_3.x;
        h0_1 += HVEC4(0.34570312, 0.01878357, -0.064697266, -2.4335938) * v0_3.y;
        h0_1 += HVEC4(-0.054534912, 0.040405273, -0.008636475, 0.0026817322) * v0_3.z;
        h0_1 += HVEC4(-0.002626419, -0.119018555, 0.019714355, 0.19567871) * v0_3.w;
        h0_2 += HVEC4(0.00025200844, 0.09649658, 0.03567505, 0.068359375) * v0_3.x;
        h0_2 += HVEC4(0.31591797, 0.5991211, -0.13439941, -1.0986328) * v0_3.y;
        h0_2 += HVEC4(0.033416748, -0.028564453, 0.06359863, -0.016830444) * v0_3.z;
        h0_2 += HVEC4(0.07196045, 0.016098022, -0.090270996, 0.039978027) * v0_3.w;
        h0_3 += HVEC4(-0.079589844, 0.22668457, 0.01084137, -0.15148926) * v0_3.x;
        h0_3 += HVEC4(-0.46411133, -0.9746094, -0.16064453, 0.26098633) * v0_3.y;
        h0_3 += HVEC4(-0.008850098, 0.14916992, 0.08892822, -0.009490967) * v0_3.z;
        h0_3 += HVEC4(-0.062194824, 0.062469482, -0.061920166, 0.024932861) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.22814941, -0.16821289, 0.12646484, -0.06750488) * v0_3.x;
        h0_0 += HVEC4(0.6928711, 0.06585693, 0.21520996, -0.0030937195) * v0_3.y;
        h0_0 += HVEC4(0.03527832, 0.07354736, 0.2088623, -0.12878418) * v0_3.z;
        h0_0 += HVEC4(0.0069236755, -0.3720703, -0.036987305, 0.20825195) * v0_3.w;
        h0_1 += HVEC4(0.18884277, 0.020965576, -0.018203735, -0.032440186) * v0_3.x;
        h0_1 += HVEC4(-0.15905762, 0.47705078, -0.49902344, -1.4130859) * v0_3.y;
        h0_1 += HVEC4(-0.084228516, 0.088378906, 0.028900146, 0.10473633) * v0_3.z;
        h0_1 += HVEC4(0.2993164, -0.083740234, 0.01574707, -0.13317871) * v0_3.w;
        h0_2 += HVEC4(0.27856445, -0.14562988, 0.026428223, -0.039611816) * v0_3.x;
        h0_2 += HVEC4(0.99072266, -0.24291992, 0.25561523, -0.7739258) * v0_3.y;
        h0_2 += HVEC4(0.0052604675, -0.058654785, 0.33032227, -0.09338379) * v0_3.z;
        h0_2 += HVEC4(0.05810547, 0.07104492, -0.11578369, 0.17175293) * v0_3.w;
        h0_3 += HVEC4(0.16052246, -0.050720215, -0.0099487305, 0.12512207) * v0_3.x;
        h0_3 += HVEC4(-0.07080078, -0.056732178, 0.05807495, 0.42578125) * v0_3.y;
        h0_3 += HVEC4(-0.07098389, -0.0993042, -0.03741455, 0.06060791) * v0_3.z;
        h0_3 += HVEC4(0.015014648, -0.084228516, -0.05807495, 0.09222412) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.04977417, -0.17810059, 0.054748535, 0.0031776428) * v0_3.x;
        h0_0 += HVEC4(0.4428711, -0.21411133, 0.25952148, -0.7739258) * v0_3.y;
        h0_0 += HVEC4(0.03338623, 0.021957397, -0.022109985, -0.0067367554) * v0_3.z;
        h0_0 += HVEC4(0.13415527, -0.11798096, -0.031799316, 0.117126465) * v0_3.w;
        h0_1 += HVEC4(0.00032162666, -0.02204895, -0.015426636, 0.08343506) * v0_3.x;
        h0_1 += HVEC4(-0.2130127, 0.26489258, -0.16430664, -1.125) * v0_3.y;
        h0_1 += HVEC4(-0.08581543, 0.020339966, -0.0046157837, 0.101135254) * v0_3.z;
        h0_1 += HVEC4(-0.013168335, -0.078186035, -0.0045700073, 0.04852295) * v0_3.w;
        h0_2 += HVEC4(0.052581787, -0.021591187, 0.006828308, 0.046173096) * v0_3.x;
        h0_2 += HVEC4(0.703125, 0.034362793, -0.13305664, -0.2998047) * v0_3.y;
        h0_2 += HVEC4(0.085510254, -0.0020980835, 0.098083496, 0.07446289) * v0_3.z;
        h0_2 += HVEC4(0.061767578, 0.044281006, -0.06591797, 0.054870605) * v0_3.w;
        h0_3 += HVEC4(-0.0023727417, -0.07165527, -0.026428223, 0.17736816) * v0_3.x;
        h0_3 += HVEC4(-0.22546387, -0.45043945, -0.02305603, 0.37231445) * v0_3.y;
        h0_3 += HVEC4(-0.024520874, -0.07006836, 0.09259033, 0.24609375) * v0_3.z;
        h0_3 += HVEC4(-0.008102417, 0.09411621, -0.04586792, 0.115234375) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.18530273, 0.35205078, 0.11651611, -0.39794922) * v0_3.x;
        h0_0 += HVEC4(0.085510254, -0.0079422, 0.20751953, -0.09185791) * v0_3.y;
        h0_0 += HVEC4(-0.15112305, -0.0234375, -0.12200928, 0.07019043) * v0_3.z;
        h0_0 += HVEC4(0.2619629, 0.2199707, 0.21594238, -0.13684082) * v0_3.w;
        h0_1 += HVEC4(-0.5107422, -0.017745972, -0.30029297, -1.2568359) * v0_3.x;
        h0_1 += HVEC4(-0.022369385, 0.025863647, 0.35473633, -0.11291504) * v0_3.y;
        h0_1 += HVEC4(0.015853882, -0.15783691, 0.004966736, -0.105651855) * v0_3.z;
        h0_1 += HVEC4(-0.09289551, -0.0927124, 0.023391724, -0.15942383) * v0_3.w;
        h0_2 += HVEC4(-0.6459961, 1.2109375, 0.0095825195, -0.83984375) * v0_3.x;
        h0_2 += HVEC4(0.046417236, -0.09643555, -0.06829834, -0.07446289) * v0_3.y;
        h0_2 += HVEC4(-0.01914978, 0.06549072, -0.028717041, -0.06915283) * v0_3.z;
        h0_2 += HVEC4(-0.14331055, 0.17614746, -0.14038086, 0.049560547) * v0_3.w;
        h0_3 += HVEC4(0.048339844, -0.45825195, 0.15551758, -0.6821289) * v0_3.x;
        h0_3 += HVEC4(0.07745361, -0.31811523, 0.18200684, 0.007106781) * v0_3.y;
        h0_3 += HVEC4(-0.07659912, -0.0008196831, -0.10876465, 0.0067100525) * v0_3.z;
        h0_3 += HVEC4(-0.041900635, 0.038269043, -0.14123535, -0.051605225) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.44702148, 0.19177246, 0.1706543, 0.18041992) * v0_3.x;
        h0_0 += HVEC4(-0.1303711, -0.1026001, -0.16003418, 0.03741455) * v0_3.y;
        h0_0 += HVEC4(0.11706543, -0.17248535, -0.13293457, 0.05291748) * v0_3.z;
        h0_0 += HVEC4(-0.4416504, -0.13415527, -0.23059082, 0.05456543) * v0_3.w;
        h0_1 += HVEC4(0.109558105, 0.1307373, -0.05380249, -0.25830078) * v0_3.x;
        h0_1 += HVEC4(-0.00032162666, 0.095947266, 0.57177734, 0.19299316) * v0_3.y;
        h0_1 += HVEC4(0.3618164, -0.3244629, 0.07696533, -0.12207031) * v0_3.z;
        h0_1 += HVEC4(-0.30932617, -0.013412476, 0.11791992, -0.37329102) * v0_3.w;
        h0_2 += HVEC4(-0.27124023, 0.2602539, 0.008529663, -0.13183594) * v0_3.x;
        h0_2 += HVEC4(0.06726074, 0.2208252, 0.06304932, 0.1352539) * v0_3.y;
        h0_2 += HVEC4(-0.30810547, -0.38085938, 0.20361328, -0.11218262) * v0_3.z;
        h0_2 += HVEC4(-0.20410156, 0.050628662, -0.022766113, -0.3881836) * v0_3.w;
        h0_3 += HVEC4(0.37939453, -0.044067383, -0.012390137, 0.2331543) * v0_3.x;
        h0_3 += HVEC4(0.40893555, -0.71972656, 0.48657227, 0.0713501) * v0_3.y;
        h0_3 += HVEC4(0.24414062, 0.18640137, 0.33911133, -0.035827637) * v0_3.z;
        h0_3 += HVEC4(-0.07501221, -0.67626953, 0.0016622543, -0.020858765) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.12890625, 0.06335449, 0.03414917, -0.12145996) * v0_3.x;
        h0_0 += HVEC4(-0.0046920776, 0.049072266, 0.27954102, 0.060577393) * v0_3.y;
        h0_0 += HVEC4(-0.036376953, 0.107055664, 0.05529785, -0.089538574) * v0_3.z;
        h0_0 += HVEC4(0.051635742, 0.0009431839, 0.061553955, -0.0014286041) * v0_3.w;
        h0_1 += HVEC4(0.097473145, 0.11035156, 0.02671814, -0.20239258) * v0_3.x;
        h0_1 += HVEC4(-0.03152466, 0.046691895, 0.13134766, 0.13586426) * v0_3.y;
        h0_1 += HVEC4(0.0039787292, 0.023422241, -0.06188965, 0.09851074) * v0_3.z;
        h0_1 += HVEC4(0.021255493, -0.027038574, -0.0010766983, 0.1751709) * v0_3.w;
        h0_2 += HVEC4(-0.15454102, -0.036468506, 0.10668945, 0.04067993) * v0_3.x;
        h0_2 += HVEC4(0.104003906, 0.026504517, -0.10015869, 0.012023926) * v0_3.y;
        h0_2 += HVEC4(0.13867188, 0.08459473, -0.02822876, -0.02281189) * v0_3.z;
        h0_2 += HVEC4(-0.03274536, 0.052856445, 0.031021118, 0.0501709) * v0_3.w;
        h0_3 += HVEC4(0.035980225, 0.07720947, 0.09637451, -0.16223145) * v0_3.x;
        h0_3 += HVEC4(0.32543945, -0.8720703, -0.074157715, 0.062561035) * v0_3.y;
        h0_3 += HVEC4(-0.16015625, -0.15905762, -0.05065918, -0.017456055) * v0_3.z;
        h0_3 += HVEC4(-0.04727173, 0.039215088, -0.014915466, -0.052947998) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.14916992, -0.45703125, -0.95751953, 0.26220703) * v0_3.x;
        h0_0 += HVEC4(0.03741455, -0.033935547, 0.11468506, -0.005783081) * v0_3.y;
        h0_0 += HVEC4(-0.08856201, 0.034301758, 0.032958984, -0.0050201416) * v0_3.z;
        h0_0 += HVEC4(0.0051345825, -0.12017822, -0.1875, -0.053375244) * v0_3.w;
        h0_1 += HVEC4(-0.9916992, -0.42749023, -0.62060547, 0.44677734) * v0_3.x;
        h0_1 += HVEC4(0.07354736, -0.083862305, -0.0335083, 0.22851562) * v0_3.y;
        h0_1 += HVEC4(0.026885986, -0.0028839111, -0.077941895, -0.1307373) * v0_3.z;
        h0_1 += HVEC4(-0.039642334, -0.055877686, -0.06121826, 0.15490723) * v0_3.w;
        h0_2 += HVEC4(-0.5395508, 0.5966797, -0.1484375, -0.11260986) * v0_3.x;
        h0_2 += HVEC4(-0.01689148, -0.0592041, -0.009490967, -0.014343262) * v0_3.y;
        h0_2 += HVEC4(-0.019485474, -0.0001450777, 0.028579712, 0.00881958) * v0_3.z;
        h0_2 += HVEC4(-0.02949524, 0.020584106, -0.045928955, -0.062316895) * v0_3.w;
        h0_3 += HVEC4(-0.012260437, -0.32128906, -0.022888184, -0.4506836) * v0_3.x;
        h0_3 += HVEC4(0.046325684, 0.058013916, -0.06536865, 0.0055732727) * v0_3.y;
        h0_3 += HVEC4(-0.008087158, -0.17382812, -0.010032654, -0.006591797) * v0_3.z;
        h0_3 += HVEC4(-0.004550934, 0.09918213, -0.049560547, -0.01386261) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.08758545, -0.125, -0.33642578, 0.18347168) * v0_3.x;
        h0_0 += HVEC4(0.051757812, 0.04916382, -0.04977417, 0.0073547363) * v0_3.y;
        h0_0 += HVEC4(-0.037322998, -0.016143799, -0.12695312, 0.01448822) * v0_3.z;
        h0_0 += HVEC4(0.105163574, -0.3112793, -0.37890625, 0.07501221) * v0_3.w;
        h0_1 += HVEC4(-0.36547852, -0.16674805, 0.03656006, 0.16027832) * v0_3.x;
        h0_1 += HVEC4(0.025756836, 0.0758667, 0.14074707, -0.0019426346) * v0_3.y;
        h0_1 += HVEC4(-0.2232666, 0.10900879, 0.10699463, 0.007701874) * v0_3.z;
        h0_1 += HVEC4(-0.42382812, -0.04940796, 0.15197754, -0.117492676) * v0_3.w;
        h0_2 += HVEC4(-0.13134766, -0.03237915, -0.11816406, -0.0357666) * v0_3.x;
        h0_2 += HVEC4(-0.03161621, 0.03933716, 0.03314209, -0.003047943) * v0_3.y;
        h0_2 += HVEC4(0.07800293, 0.038726807, 0.028701782, 0.0859375) * v0_3.z;
        h0_2 += HVEC4(-0.10406494, 0.19592285, 0.020187378, 0.038604736) * v0_3.w;
        h0_3 += HVEC4(0.17089844, 0.014678955, -0.014213562, -0.07659912) * v0_3.x;
        h0_3 += HVEC4(-0.017150879, 0.046295166, 0.07800293, 0.0128479) * v0_3.y;
        h0_3 += HVEC4(0.036590576, -0.02279663, 0.103515625, -0.03375244) * v0_3.z;
        h0_3 += HVEC4(-0.02911377, 0.07672119, -0.054351807, -0.09649658) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.02015686, 0.125, -0.12145996, -0.0009665489) * v0_3.x;
        h0_0 += HVEC4(0.08325195, -0.081726074, 0.050750732, 0.052642822) * v0_3.y;
        h0_0 += HVEC4(-0.007331848, 0.07788086, 0.11517334, -0.0016517639) * v0_3.z;
        h0_0 += HVEC4(-0.0037117004, 0.097961426, 0.061798096, 0.029144287) * v0_3.w;
        h0_1 += HVEC4(-0.0769043, -0.10192871, 0.023834229, -0.066467285) * v0_3.x;
        h0_1 += HVEC4(0.03366089, -0.024963379, -0.049621582, 0.05267334) * v0_3.y;
        h0_1 += HVEC4(0.14746094, 0.012939453, -0.064086914, -0.03778076) * v0_3.z;
        h0_1 += HVEC4(-0.018844604, 0.0395813, -0.02128601, -0.04486084) * v0_3.w;
        h0_2 += HVEC4(0.13671875, -0.02748108, -0.08111572, -0.13842773) * v0_3.x;
        h0_2 += HVEC4(0.035095215, 0.068115234, -0.0028038025, 0.0748291) * v0_3.y;
        h0_2 += HVEC4(0.04800415, -0.006259918, -0.025131226, -0.03970337) * v0_3.z;
        h0_2 += HVEC4(0.020385742, 0.02017212, -0.003604889, 0.0026073456) * v0_3.w;
        h0_3 += HVEC4(-0.023620605, 0.070251465, -0.08642578, 0.023666382) * v0_3.x;
        h0_3 += HVEC4(-0.018920898, 0.12915039, -0.025772095, 0.023223877) * v0_3.y;
        h0_3 += HVEC4(-0.030334473, 0.09173584, -0.037750244, 0.013420105) * v0_3.z;
        h0_3 += HVEC4(-0.051483154, -0.06311035, 0.0088272095, -0.030029297) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);

    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_1 = max(a0_1, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
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
//!COMPUTE 32 16 16 8

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
// A workgroup computes 16x8 pixels with 16x8 threads: 1 slice(s) of 16x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (18x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[180];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 18 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
    if (slice == 0) {
        a0_0 = vec4(-0.0040135784, 0.0032267163, 0.0077154385, -0.0131194005);
        a0_1 = vec4(0.00494108, 0.012729458, -0.007542627, 0.009159574);
        a0_2 = vec4(-0.0029531752, -0.08500148, -0.007686109, -0.0058430806);
        a0_3 = vec4(-0.0036268765, 0.012139913, -0.005200553, -0.008799173);
    }
    // Tile pixel i = thread + r * 128 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 128;
    ivec2 q1 = origin + ivec2(i1 % 18 - 1, i1 / 18 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.022445679, -0.092285156, -0.0010309219, -0.028869629) * v0_0.x;
        h0_0 += HVEC4(-0.00047969818, 0.018112183, 0.032806396, -0.034240723) * v0_0.y;
        h0_0 += HVEC4(-0.024047852, 0.09307861, 0.06225586, -0.09075928) * v0_0.z;
        h0_0 += HVEC4(0.017730713, 0.20983887, 0.055908203, -0.03274536) * v0_0.w;
        h0_1 += HVEC4(-0.004081726, -0.040374756, -0.016296387, -0.10900879) * v0_0.x;
        h0_1 += HVEC4(0.007583618, 0.068847656, -0.0015869141, 0.08685303) * v0_0.y;
        h0_1 += HVEC4(-0.02394104, 0.09033203, 0.0059547424, 0.07714844) * v0_0.z;
        h0_1 += HVEC4(-0.00027775764, -0.002779007, 0.022628784, 0.03503418) * v0_0.w;
        h0_2 += HVEC4(0.0496521, -0.014305115, 0.009559631, 0.050964355) * v0_0.x;
        h0_2 += HVEC4(0.02217102, 0.051879883, 0.014205933, 0.019485474) * v0_0.y;
        h0_2 += HVEC4(-0.0073776245, 0.06311035, 0.0013532639, 0.073791504) * v0_0.z;
        h0_2 += HVEC4(0.09710693, -0.031707764, -0.0050621033, 0.0027980804) * v0_0.w;
        h0_3 += HVEC4(-0.055236816, -0.05218506, 0.09710693, 0.05307007) * v0_0.x;
        h0_3 += HVEC4(0.00818634, 0.024032593, 0.006477356, 0.014923096) * v0_0.y;
        h0_3 += HVEC4(-0.101623535, 0.056884766, -0.08782959, -0.15661621) * v0_0.z;
        h0_3 += HVEC4(0.023040771, 0.10845947, -0.0055007935, 0.07574463) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.021194458, 0.03186035, -0.030059814, 0.08288574) * v0_0.x;
        h0_0 += HVEC4(0.00667572, 0.1282959, 0.045898438, -0.06088257) * v0_0.y;
        h0_0 += HVEC4(0.031219482, 0.027770996, -0.07556152, 0.13000488) * v0_0.z;
        h0_0 += HVEC4(-0.016571045, -0.040985107, -0.04345703, 0.02746582) * v0_0.w;
        h0_1 += HVEC4(-0.07055664, -0.08898926, -0.010795593, -0.24108887) * v0_0.x;
        h0_1 += HVEC4(0.060455322, 0.027236938, 0.010215759, 0.12780762) * v0_0.y;
        h0_1 += HVEC4(-0.018951416, 0.00983429, -0.00484848, -0.047088623) * v0_0.z;
        h0_1 += HVEC4(-0.0051994324, 0.0869751, -0.015357971, 0.21313477) * v0_0.w;
        h0_2 += HVEC4(-0.071899414, -0.079833984, 0.029296875, 0.013374329) * v0_0.x;
        h0_2 += HVEC4(0.029205322, -0.115600586, -0.038726807, 0.040893555) * v0_0.y;
        h0_2 += HVEC4(-0.05102539, 0.020080566, 0.027938843, -0.07055664) * v0_0.z;
        h0_2 += HVEC4(0.02482605, 0.02078247, -0.035461426, 0.029907227) * v0_0.w;
        h0_3 += HVEC4(0.019760132, 0.14318848, -0.11993408, 0.08312988) * v0_0.x;
        h0_3 += HVEC4(-0.07501221, 0.060028076, 0.02154541, -0.09753418) * v0_0.y;
        h0_3 += HVEC4(0.14648438, 0.14147949, 0.12145996, 0.0090408325) * v0_0.z;
        h0_3 += HVEC4(0.029510498, 0.21838379, 0.13928223, 0.024002075) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.020965576, -0.018737793, -0.0023078918, 0.036102295) * v0_0.x;
        h0_0 += HVEC4(-0.005607605, 0.006351471, 0.006893158, 0.0022335052) * v0_0.y;
        h0_0 += HVEC4(-0.014808655, 0.011123657, 0.0073280334, 0.022109985) * v0_0.z;
        h0_0 += HVEC4(0.0022563934, 0.01676941, 0.022613525, -0.0128479) * v0_0.w;
        h0_1 += HVEC4(0.0018949509, 0.029785156, -0.018417358, 0.09301758) * v0_0.x;
        h0_1 += HVEC4(0.02192688, 0.033416748, -0.0014514923, 0.02885437) * v0_0.y;
        h0_1 += HVEC4(-0.029968262, -0.03817749, -0.014045715, -0.11395264) * v0_0.z;
        h0_1 += HVEC4(-0.050628662, 0.018798828, 0.006286621, 0.008399963) * v0_0.w;
        h0_2 += HVEC4(0.03111267, -0.1060791, -0.10876465, 0.06561279) * v0_0.x;
        h0_2 += HVEC4(0.015991211, 0.07385254, 0.03439331, -0.043121338) * v0_0.y;
        h0_2 += HVEC4(0.038726807, -0.02116394, -0.07849121, 0.04837036) * v0_0.z;
        h0_2 += HVEC4(-0.02684021, -0.09661865, -0.04550171, 0.080444336) * v0_0.w;
        h0_3 += HVEC4(0.041625977, -0.122924805, 0.014007568, -0.004436493) * v0_0.x;
        h0_3 += HVEC4(0.0657959, 0.021362305, -0.032806396, 0.009635925) * v0_0.y;
        h0_3 += HVEC4(-0.00081157684, -0.11553955, -0.20898438, -0.03967285) * v0_0.z;
        h0_3 += HVEC4(-0.07501221, 0.09490967, 0.0062332153, -0.021896362) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.011665344, 0.0076446533, -0.14318848, 0.117004395) * v0_0.x;
        h0_0 += HVEC4(0.007080078, -0.20996094, -0.09295654, 0.048309326) * v0_0.y;
        h0_0 += HVEC4(0.0017309189, -0.38891602, -0.037902832, 0.037719727) * v0_0.z;
        h0_0 += HVEC4(0.068847656, 0.41992188, -0.03933716, -0.020812988) * v0_0.w;
        h0_1 += HVEC4(0.09106445, 0.12841797, -0.018325806, 0.10144043) * v0_0.x;
        h0_1 += HVEC4(0.027008057, -0.11706543, -0.021209717, 0.011100769) * v0_0.y;
        h0_1 += HVEC4(0.01890564, 0.05053711, -0.026153564, 0.116760254) * v0_0.z;
        h0_1 += HVEC4(-0.09124756, 0.018432617, 0.019210815, -0.12438965) * v0_0.w;
        h0_2 += HVEC4(-0.10333252, -0.014015198, 0.0038013458, -0.11590576) * v0_0.x;
        h0_2 += HVEC4(0.036590576, 0.03756714, -0.007865906, -0.09576416) * v0_0.y;
        h0_2 += HVEC4(-0.018234253, -0.026977539, -0.025314331, 0.06762695) * v0_0.z;
        h0_2 += HVEC4(0.17297363, 0.06549072, -0.022216797, 0.010513306) * v0_0.w;
        h0_3 += HVEC4(0.07446289, -0.08062744, 0.17834473, 0.34277344) * v0_0.x;
        h0_3 += HVEC4(0.02835083, -0.16894531, 0.031280518, -0.20043945) * v0_0.y;
        h0_3 += HVEC4(0.032592773, -0.21118164, 0.005622864, 0.04598999) * v0_0.z;
        h0_3 += HVEC4(-0.1538086, 0.055908203, 0.14892578, -0.086364746) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.0005493164, 0.0140686035, 0.2919922, -0.16040039) * v0_0.x;
        h0_0 += HVEC4(-0.013519287, -0.08538818, -0.18640137, 0.19128418) * v0_0.y;
        h0_0 += HVEC4(0.05038452, -0.093444824, 0.23132324, -0.296875) * v0_0.z;
        h0_0 += HVEC4(-0.013587952, 0.08959961, -0.26831055, 0.2175293) * v0_0.w;
        h0_1 += HVEC4(0.01574707, 0.089782715, 0.07067871, 0.14221191) * v0_0.x;
        h0_1 += HVEC4(-0.25976562, 0.06524658, -0.074157715, -0.24682617) * v0_0.y;
        h0_1 += HVEC4(0.05279541, 0.16308594, 0.011222839, 0.23205566) * v0_0.z;
        h0_1 += HVEC4(0.29760742, -0.14660645, -0.011741638, -0.10107422) * v0_0.w;
        h0_2 += HVEC4(0.031051636, 0.043701172, -0.03036499, 0.25878906) * v0_0.x;
        h0_2 += HVEC4(-0.08062744, 0.05038452, 0.061431885, -0.14611816) * v0_0.y;
        h0_2 += HVEC4(-0.06329346, -0.044952393, -0.037872314, -0.060516357) * v0_0.z;
        h0_2 += HVEC4(-0.037231445, 0.044403076, 0.15856934, 0.059265137) * v0_0.w;
        h0_3 += HVEC4(0.33081055, 0.18713379, 0.10241699, 0.14196777) * v0_0.x;
        h0_3 += HVEC4(0.0748291, 0.09423828, 0.07800293, 0.13342285) * v0_0.y;
        h0_3 += HVEC4(0.18737793, -0.10333252, -0.26879883, 0.016906738) * v0_0.z;
        h0_3 += HVEC4(-0.10406494, -0.2565918, 0.5058594, -0.121032715) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.012458801, 0.018981934, -0.10620117, 0.0881958) * v0_0.x;
        h0_0 += HVEC4(0.011352539, 0.0058670044, -0.018173218, -0.006336212) * v0_0.y;
        h0_0 += HVEC4(-0.020065308, -0.032714844, -0.04071045, -0.021881104) * v0_0.z;
        h0_0 += HVEC4(0.0071907043, 0.018859863, 0.121276855, -0.09802246) * v0_0.w;
        h0_1 += HVEC4(0.019485474, -0.081726074, -0.046722412, 0.0049552917) * v0_0.x;
        h0_1 += HVEC4(-0.014717102, -0.057678223, -0.014762878, 0.0046157837) * v0_0.y;
        h0_1 += HVEC4(0.042266846, 0.07232666, 0.016357422, 0.10571289) * v0_0.z;
        h0_1 += HVEC4(-0.10614014, 0.0013666153, 0.056030273, 0.033569336) * v0_0.w;
        h0_2 += HVEC4(0.036102295, -0.017288208, -0.15112305, 0.12756348) * v0_0.x;
        h0_2 += HVEC4(0.0013360977, -0.05255127, -0.19641113, 0.095581055) * v0_0.y;
        h0_2 += HVEC4(0.0657959, -0.020980835, -0.1751709, -0.027267456) * v0_0.z;
        h0_2 += HVEC4(-0.1628418, -0.07946777, 0.041900635, -0.19226074) * v0_0.w;
        h0_3 += HVEC4(-0.080322266, 0.009651184, -0.018005371, 0.0033817291) * v0_0.x;
        h0_3 += HVEC4(-0.04083252, 0.000770092, -0.06762695, -0.01928711) * v0_0.y;
        h0_3 += HVEC4(-0.04660034, 0.058746338, 0.020477295, -0.015792847) * v0_0.z;
        h0_3 += HVEC4(0.1541748, 0.20996094, -0.055511475, 0.03692627) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.0065231323, -0.08215332, -0.012008667, 0.017028809) * v0_0.x;
        h0_0 += HVEC4(-0.09265137, -0.056488037, 0.020812988, -0.02859497) * v0_0.y;
        h0_0 += HVEC4(-0.014274597, -0.037872314, -0.020141602, 0.05706787) * v0_0.z;
        h0_0 += HVEC4(-0.008407593, 0.26342773, 0.01977539, -0.03967285) * v0_0.w;
        h0_1 += HVEC4(-0.03237915, -0.036987305, -0.11853027, -0.060424805) * v0_0.x;
        h0_1 += HVEC4(-6.169081e-05, 0.07104492, -0.0020103455, 0.1842041) * v0_0.y;
        h0_1 += HVEC4(-0.019470215, 0.0256958, -0.06341553, 0.0056266785) * v0_0.z;
        h0_1 += HVEC4(0.013069153, -0.083862305, 0.046325684, -0.076293945) * v0_0.w;
        h0_2 += HVEC4(0.0058021545, -0.10522461, -0.0031433105, 0.02961731) * v0_0.x;
        h0_2 += HVEC4(-0.12322998, -0.107421875, 0.0011672974, 0.00819397) * v0_0.y;
        h0_2 += HVEC4(0.02684021, 0.05203247, -0.008125305, 0.054534912) * v0_0.z;
        h0_2 += HVEC4(-0.0066490173, -0.018737793, 0.008285522, -0.008682251) * v0_0.w;
        h0_3 += HVEC4(0.036132812, -0.21838379, 0.046569824, 0.09893799) * v0_0.x;
        h0_3 += HVEC4(-0.049102783, 0.0012149811, -0.094177246, 0.06713867) * v0_0.y;
        h0_3 += HVEC4(0.0053634644, -0.008132935, 0.029251099, -0.025878906) * v0_0.z;
        h0_3 += HVEC4(-0.02154541, 0.18652344, -0.05645752, 0.15185547) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.064697266, 0.0026893616, -0.07635498, 0.09625244) * v0_0.x;
        h0_0 += HVEC4(0.111083984, -0.045043945, 0.09686279, -0.050231934) * v0_0.y;
        h0_0 += HVEC4(-0.11029053, -0.07763672, -0.0703125, 0.03692627) * v0_0.z;
        h0_0 += HVEC4(0.006111145, -0.08666992, 0.017684937, 0.013015747) * v0_0.w;
        h0_1 += HVEC4(-0.0340271, -0.21118164, 0.12841797, -0.11895752) * v0_0.x;
        h0_1 += HVEC4(0.11138916, 0.18359375, 0.15478516, 0.2076416) * v0_0.y;
        h0_1 += HVEC4(-0.06933594, -0.32104492, -0.17297363, 0.005378723) * v0_0.z;
        h0_1 += HVEC4(-0.007118225, 0.13378906, -0.2253418, -0.13171387) * v0_0.w;
        h0_2 += HVEC4(0.011558533, 0.019119263, 0.00680542, -0.03378296) * v0_0.x;
        h0_2 += HVEC4(-0.11138916, -0.07873535, 0.016403198, -0.08886719) * v0_0.y;
        h0_2 += HVEC4(-0.00932312, -0.01449585, -0.0042877197, -0.010131836) * v0_0.z;
        h0_2 += HVEC4(-0.028411865, -0.060516357, -0.028762817, -0.007472992) * v0_0.w;
        h0_3 += HVEC4(-0.09942627, 0.118896484, 0.028686523, 0.023544312) * v0_0.x;
        h0_3 += HVEC4(0.08441162, -0.22924805, -0.072631836, -0.19372559) * v0_0.y;
        h0_3 += HVEC4(-0.03717041, -0.043029785, -0.027923584, -0.029510498) * v0_0.z;
        h0_3 += HVEC4(0.014289856, 0.12902832, 0.027923584, -0.028686523) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.0005970001, -0.038238525, 0.018478394, -0.052581787) * v0_0.x;
        h0_0 += HVEC4(-0.07531738, 0.043426514, -0.010246277, -0.009223938) * v0_0.y;
        h0_0 += HVEC4(0.00970459, 0.066589355, -0.002910614, 0.025802612) * v0_0.z;
        h0_0 += HVEC4(-0.017486572, 0.037719727, 0.02848816, -0.060302734) * v0_0.w;
        h0_1 += HVEC4(-0.0032520294, 0.13452148, -0.047546387, 0.0062789917) * v0_0.x;
        h0_1 += HVEC4(0.0146484375, 0.18859863, 0.012557983, 0.3239746) * v0_0.y;
        h0_1 += HVEC4(-0.008766174, 0.06726074, -0.035614014, -0.008270264) * v0_0.z;
        h0_1 += HVEC4(-0.027313232, -0.08465576, 0.12347412, -0.17138672) * v0_0.w;
        h0_2 += HVEC4(-0.13012695, -0.042175293, 0.035888672, -0.059173584) * v0_0.x;
        h0_2 += HVEC4(0.006336212, 0.07556152, -0.066345215, -0.03704834) * v0_0.y;
        h0_2 += HVEC4(-0.11340332, 0.011512756, 0.039154053, 0.015403748) * v0_0.z;
        h0_2 += HVEC4(0.09265137, -0.043395996, 0.035491943, 0.074157715) * v0_0.w;
        h0_3 += HVEC4(0.035186768, 0.0027008057, 0.0058898926, 0.003900528) * v0_0.x;
        h0_3 += HVEC4(-0.013519287, -0.06390381, 0.06866455, 0.050720215) * v0_0.y;
        h0_3 += HVEC4(0.02708435, 0.11584473, -0.04711914, -0.006843567) * v0_0.z;
        h0_3 += HVEC4(-0.054992676, 0.09436035, -0.0513916, 0.002943039) * v0_0.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.012878418, 0.05206299, -0.011955261, 0.002161026) * v0_1.x;
        h0_0 += HVEC4(0.00030231476, 0.017593384, -0.0105896, 0.00831604) * v0_1.y;
        h0_0 += HVEC4(-0.012512207, 0.29736328, -0.17883301, 0.17663574) * v0_1.z;
        h0_0 += HVEC4(0.021835327, 0.11468506, 0.012123108, -0.05657959) * v0_1.w;
        h0_1 += HVEC4(-0.019683838, -0.0064201355, -0.0047035217, 0.21887207) * v0_1.x;
        h0_1 += HVEC4(-0.019760132, 0.01020813, -0.0020122528, 0.028915405) * v0_1.y;
        h0_1 += HVEC4(0.083740234, 0.04083252, -0.008232117, -0.07080078) * v0_1.z;
        h0_1 += HVEC4(-0.033569336, -0.009796143, 0.003572464, 0.12023926) * v0_1.w;
        h0_2 += HVEC4(0.00020587444, -0.10595703, -0.02407837, -0.043914795) * v0_1.x;
        h0_2 += HVEC4(0.035980225, -0.1105957, 0.0005288124, 0.048828125) * v0_1.y;
        h0_2 += HVEC4(-0.12231445, 0.024856567, 0.009262085, -0.10461426) * v0_1.z;
        h0_2 += HVEC4(0.0067443848, 0.026535034, -0.0058250427, -0.03253174) * v0_1.w;
        h0_3 += HVEC4(0.0034103394, 0.055358887, 0.024108887, 0.021850586) * v0_1.x;
        h0_3 += HVEC4(-0.018096924, -0.054779053, 0.035583496, -0.107910156) * v0_1.y;
        h0_3 += HVEC4(0.07952881, -0.15844727, 0.28955078, 0.20373535) * v0_1.z;
        h0_3 += HVEC4(-0.02609253, 0.19641113, -0.17443848, 0.028182983) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.01348114, -0.30859375, 0.12512207, -0.05657959) * v0_1.x;
        h0_0 += HVEC4(-0.06088257, -0.04345703, -0.12939453, 0.13330078) * v0_1.y;
        h0_0 += HVEC4(-0.033355713, 0.1661377, 0.26342773, -0.34936523) * v0_1.z;
        h0_0 += HVEC4(-0.012771606, 0.019592285, -0.0256958, -0.0057640076) * v0_1.w;
        h0_1 += HVEC4(0.22265625, -0.0597229, 0.014297485, 0.16601562) * v0_1.x;
        h0_1 += HVEC4(-0.17382812, -0.082336426, -0.0126571655, -0.26000977) * v0_1.y;
        h0_1 += HVEC4(-0.39746094, -0.2722168, -0.0003004074, 0.14807129) * v0_1.z;
        h0_1 += HVEC4(-0.017852783, -0.12188721, -0.0056114197, -0.3659668) * v0_1.w;
        h0_2 += HVEC4(0.12145996, -0.02784729, -0.014602661, 0.15881348) * v0_1.x;
        h0_2 += HVEC4(-0.16918945, -0.10534668, -0.03363037, -0.24719238) * v0_1.y;
        h0_2 += HVEC4(-0.011940002, -0.028045654, -0.08630371, 0.08532715) * v0_1.z;
        h0_2 += HVEC4(0.08654785, -0.0057373047, -0.013717651, -3.2007694e-05) * v0_1.w;
        h0_3 += HVEC4(0.01309967, -0.25683594, -0.21118164, -0.058898926) * v0_1.x;
        h0_3 += HVEC4(0.1340332, -0.064086914, -0.038909912, 0.14892578) * v0_1.y;
        h0_3 += HVEC4(-0.3623047, 0.95751953, -0.38549805, 0.20861816) * v0_1.z;
        h0_3 += HVEC4(-0.013542175, -0.17541504, 0.21032715, -0.018539429) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.0045776367, 0.057617188, 0.031707764, -0.02192688) * v0_1.x;
        h0_0 += HVEC4(0.034118652, 0.044006348, -0.00932312, 0.025238037) * v0_1.y;
        h0_0 += HVEC4(-0.05178833, -0.037475586, -0.00818634, 0.18530273) * v0_1.z;
        h0_0 += HVEC4(0.0073394775, 0.013465881, -0.018798828, -0.00881958) * v0_1.w;
        h0_1 += HVEC4(-0.005306244, 0.07977295, 0.004486084, 0.17480469) * v0_1.x;
        h0_1 += HVEC4(-0.055877686, 0.0004787445, 4.708767e-06, 0.013214111) * v0_1.y;
        h0_1 += HVEC4(0.17053223, -0.06161499, 0.03488159, -0.17016602) * v0_1.z;
        h0_1 += HVEC4(0.03717041, 0.009338379, -0.005962372, 0.03137207) * v0_1.w;
        h0_2 += HVEC4(-6.389618e-05, -0.037017822, 0.18518066, 0.0041618347) * v0_1.x;
        h0_2 += HVEC4(-0.008392334, -0.04876709, -0.32373047, 0.11444092) * v0_1.y;
        h0_2 += HVEC4(0.42114258, 0.0736084, -0.084472656, 0.24987793) * v0_1.z;
        h0_2 += HVEC4(0.0030403137, 0.0574646, 0.010978699, 0.04928589) * v0_1.w;
        h0_3 += HVEC4(0.015327454, 0.10986328, -0.029220581, 0.04147339) * v0_1.x;
        h0_3 += HVEC4(-0.081726074, 0.06719971, -0.09716797, -0.024383545) * v0_1.y;
        h0_3 += HVEC4(-0.110961914, 0.87597656, 0.36279297, 0.0287323) * v0_1.z;
        h0_3 += HVEC4(-0.045318604, 0.03970337, 0.044555664, 0.01965332) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.035125732, -0.31469727, -0.028289795, 0.01486969) * v0_1.x;
        h0_0 += HVEC4(-0.05328369, -0.11248779, -0.055877686, 0.052368164) * v0_1.y;
        h0_0 += HVEC4(0.002216339, -0.20019531, -0.013069153, 0.0059394836) * v0_1.z;
        h0_0 += HVEC4(-0.026062012, 0.009231567, 0.041656494, -0.04550171) * v0_1.w;
        h0_1 += HVEC4(-0.0059013367, -0.047454834, -0.0034885406, 0.020828247) * v0_1.x;
        h0_1 += HVEC4(-0.00920105, 0.05392456, 0.049468994, 0.0041389465) * v0_1.y;
        h0_1 += HVEC4(0.10223389, -0.17626953, -0.11187744, 0.003829956) * v0_1.z;
        h0_1 += HVEC4(-0.0625, -0.07208252, 0.050628662, -0.019348145) * v0_1.w;
        h0_2 += HVEC4(-0.00012886524, -0.000726223, -0.0041046143, 0.013114929) * v0_1.x;
        h0_2 += HVEC4(-0.09918213, -0.06744385, -0.014274597, -0.12438965) * v0_1.y;
        h0_2 += HVEC4(-0.03552246, -0.084472656, -0.017166138, 0.0024299622) * v0_1.z;
        h0_2 += HVEC4(0.064331055, -0.008735657, 0.030807495, 0.080078125) * v0_1.w;
        h0_3 += HVEC4(0.04812622, 0.0848999, -0.011077881, -0.10333252) * v0_1.x;
        h0_3 += HVEC4(0.053009033, -0.019241333, 0.11584473, 0.27685547) * v0_1.y;
        h0_3 += HVEC4(-0.03894043, -0.07733154, 0.087890625, -0.13366699) * v0_1.z;
        h0_3 += HVEC4(-0.08453369, -0.0637207, -0.039916992, -0.08251953) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.031021118, 0.048461914, -0.1854248, 0.11187744) * v0_1.x;
        h0_0 += HVEC4(-0.038391113, 0.062072754, -0.25097656, 0.27001953) * v0_1.y;
        h0_0 += HVEC4(0.15197754, 0.18225098, 0.02468872, -0.0501709) * v0_1.z;
        h0_0 += HVEC4(0.11352539, -0.13842773, -0.08081055, 0.16748047) * v0_1.w;
        h0_1 += HVEC4(-0.22631836, 0.04534912, -0.052368164, -0.37060547) * v0_1.x;
        h0_1 += HVEC4(-0.29882812, -0.0770874, 0.19140625, -0.035247803) * v0_1.y;
        h0_1 += HVEC4(-0.09277344, -0.41235352, 0.23901367, -0.3869629) * v0_1.z;
        h0_1 += HVEC4(0.18395996, 0.12463379, 0.020111084, 0.074523926) * v0_1.w;
        h0_2 += HVEC4(0.123168945, -0.08862305, -0.05090332, -0.04437256) * v0_1.x;
        h0_2 += HVEC4(0.13427734, -0.085632324, -0.10211182, 0.18640137) * v0_1.y;
        h0_2 += HVEC4(0.15673828, 0.04321289, 0.057678223, 0.17980957) * v0_1.z;
        h0_2 += HVEC4(-0.017227173, -0.059448242, 0.047424316, -0.25610352) * v0_1.w;
        h0_3 += HVEC4(-0.11193848, -0.12854004, -0.042938232, -0.007648468) * v0_1.x;
        h0_3 += HVEC4(-0.0993042, -0.22058105, -0.18444824, -0.15222168) * v0_1.y;
        h0_3 += HVEC4(0.06964111, 0.29760742, 0.24694824, 0.07745361) * v0_1.z;
        h0_3 += HVEC4(-0.09423828, 0.034942627, 0.1352539, 0.01335144) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.059936523, 0.0053634644, -0.05166626, -0.009674072) * v0_1.x;
        h0_0 += HVEC4(-0.034729004, -0.016220093, -0.06744385, 0.08026123) * v0_1.y;
        h0_0 += HVEC4(0.13256836, 0.29711914, 0.024871826, 0.021713257) * v0_1.z;
        h0_0 += HVEC4(-0.031341553, -0.0050621033, 0.08538818, -0.09906006) * v0_1.w;
        h0_1 += HVEC4(-0.01638794, 0.17114258, 0.0054969788, 0.053100586) * v0_1.x;
        h0_1 += HVEC4(-0.07366943, -0.12976074, 0.030593872, -0.010528564) * v0_1.y;
        h0_1 += HVEC4(0.014091492, -0.008140564, -0.07495117, 0.118652344) * v0_1.z;
        h0_1 += HVEC4(-0.14685059, -0.019073486, -0.032409668, -0.0725708) * v0_1.w;
        h0_2 += HVEC4(-0.06549072, -0.09423828, 0.16259766, 0.03793335) * v0_1.x;
        h0_2 += HVEC4(-0.12322998, -0.11193848, 0.22595215, -0.031585693) * v0_1.y;
        h0_2 += HVEC4(-0.1574707, 0.035003662, -0.0262146, -0.22949219) * v0_1.z;
        h0_2 += HVEC4(-0.13208008, 0.0063591003, -0.008049011, -0.09222412) * v0_1.w;
        h0_3 += HVEC4(-0.05029297, -0.2841797, 0.015060425, -0.0061302185) * v0_1.x;
        h0_3 += HVEC4(-0.047088623, 0.008163452, 0.0020713806, 0.039276123) * v0_1.y;
        h0_3 += HVEC4(0.10284424, 0.28442383, 0.026443481, 0.002620697) * v0_1.z;
        h0_3 += HVEC4(0.018371582, 0.084350586, -0.083496094, 0.013046265) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.057891846, -0.11236572, 0.02331543, -0.02293396) * v0_1.x;
        h0_0 += HVEC4(-0.03768921, -0.22509766, -0.016220093, -0.009506226) * v0_1.y;
        h0_0 += HVEC4(0.068847656, 0.30395508, -0.01260376, 0.013618469) * v0_1.z;
        h0_0 += HVEC4(-0.014839172, 0.28393555, -0.0015935898, -0.020477295) * v0_1.w;
        h0_1 += HVEC4(0.015144348, 0.027328491, -0.028213501, -0.02973938) * v0_1.x;
        h0_1 += HVEC4(-0.0077171326, -0.017700195, -0.009017944, -0.041870117) * v0_1.y;
        h0_1 += HVEC4(0.0021896362, 0.016067505, -0.05303955, 0.087402344) * v0_1.z;
        h0_1 += HVEC4(0.011276245, 0.036224365, 0.06304932, -0.012237549) * v0_1.w;
        h0_2 += HVEC4(-0.052520752, -0.039215088, 0.003194809, 0.025054932) * v0_1.x;
        h0_2 += HVEC4(-0.03326416, -0.089904785, -0.006790161, 0.0030994415) * v0_1.y;
        h0_2 += HVEC4(0.03475952, -0.09118652, -0.009216309, 0.06970215) * v0_1.z;
        h0_2 += HVEC4(-0.04736328, 0.055236816, -0.0068206787, -0.12335205) * v0_1.w;
        h0_3 += HVEC4(-0.010063171, 0.015335083, 0.040374756, 0.0027275085) * v0_1.x;
        h0_3 += HVEC4(-0.048065186, -0.13378906, 0.047332764, -0.03338623) * v0_1.y;
        h0_3 += HVEC4(0.0035934448, -0.064086914, 0.03366089, 0.123535156) * v0_1.z;
        h0_3 += HVEC4(0.06878662, 0.020874023, 0.018493652, -0.09039307) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.10333252, 0.14611816, 0.05432129, -0.06072998) * v0_1.x;
        h0_0 += HVEC4(0.09320068, 0.15063477, 0.031204224, 0.022705078) * v0_1.y;
        h0_0 += HVEC4(0.011856079, 0.0440979, 0.058380127, -0.04916382) * v0_1.z;
        h0_0 += HVEC4(-0.119262695, -0.10217285, -0.023040771, -0.0038013458) * v0_1.w;
        h0_1 += HVEC4(0.041107178, 0.2536621, 0.17224121, 0.113220215) * v0_1.x;
        h0_1 += HVEC4(0.026641846, -0.089538574, 0.28027344, 0.030883789) * v0_1.y;
        h0_1 += HVEC4(0.032104492, 0.28759766, 0.042938232, 0.14978027) * v0_1.z;
        h0_1 += HVEC4(-0.036376953, -0.3010254, -0.11541748, -0.23925781) * v0_1.w;
        h0_2 += HVEC4(-0.017593384, -0.038085938, 0.023910522, -0.09637451) * v0_1.x;
        h0_2 += HVEC4(-0.013076782, -0.044433594, -0.0061683655, 0.029281616) * v0_1.y;
        h0_2 += HVEC4(-0.046966553, -0.048675537, 0.012832642, -0.17956543) * v0_1.z;
        h0_2 += HVEC4(-0.024993896, 0.028823853, -0.033172607, -0.004310608) * v0_1.w;
        h0_3 += HVEC4(-0.011871338, -0.002620697, 0.0046958923, 0.011116028) * v0_1.x;
        h0_3 += HVEC4(0.007129669, 0.16027832, -0.03704834, 0.044952393) * v0_1.y;
        h0_3 += HVEC4(0.015945435, 0.12207031, -0.0033493042, 0.018356323) * v0_1.z;
        h0_3 += HVEC4(-0.022903442, 0.020812988, 0.024230957, 0.0413208) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.080322266, -0.046142578, 0.00869751, -0.011177063) * v0_1.x;
        h0_0 += HVEC4(-0.0435791, -0.0927124, -0.002035141, -0.014877319) * v0_1.y;
        h0_0 += HVEC4(-0.066711426, -0.020111084, 0.023239136, -0.06100464) * v0_1.z;
        h0_0 += HVEC4(0.0013809204, 0.07714844, 0.03451538, -0.060150146) * v0_1.w;
        h0_1 += HVEC4(0.008331299, 0.14331055, -0.014167786, 0.028274536) * v0_1.x;
        h0_1 += HVEC4(0.013519287, -0.01209259, 0.028213501, 0.016342163) * v0_1.y;
        h0_1 += HVEC4(-0.019470215, 0.08227539, 0.029541016, 0.056793213) * v0_1.z;
        h0_1 += HVEC4(-0.0012998581, -0.10131836, 0.10571289, 0.004020691) * v0_1.w;
        h0_2 += HVEC4(0.024642944, -0.103637695, -0.021209717, 0.028686523) * v0_1.x;
        h0_2 += HVEC4(0.07312012, 0.024002075, 0.0031528473, -0.012840271) * v0_1.y;
        h0_2 += HVEC4(-0.13708496, -0.018325806, -0.01524353, -0.031677246) * v0_1.z;
        h0_2 += HVEC4(0.05947876, 0.04220581, -0.09136963, -0.095703125) * v0_1.w;
        h0_3 += HVEC4(0.0005159378, -0.111450195, 0.049041748, -0.0017185211) * v0_1.x;
        h0_3 += HVEC4(-0.012687683, -0.18041992, 0.03265381, -0.011062622) * v0_1.y;
        h0_3 += HVEC4(0.0038089752, 0.10369873, -0.0001705885, -0.0061950684) * v0_1.z;
        h0_3 += HVEC4(0.010643005, 0.21252441, 0.01499939, -0.0006046295) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.01876831, 0.37939453, 0.032409668, -0.07409668) * v0_2.x;
        h0_0 += HVEC4(0.013259888, -0.7338867, 0.025665283, 0.003730774) * v0_2.y;
        h0_0 += HVEC4(0.014625549, 0.007633209, 0.013870239, -0.015701294) * v0_2.z;
        h0_0 += HVEC4(-0.004634857, -0.2010498, -0.038024902, 0.022476196) * v0_2.w;
        h0_1 += HVEC4(-0.010055542, 0.14453125, 0.02520752, 0.16369629) * v0_2.x;
        h0_1 += HVEC4(-0.0077400208, 0.057250977, -0.0018720627, 0.009490967) * v0_2.y;
        h0_1 += HVEC4(-0.019683838, -0.0005040169, -0.002298355, 0.006427765) * v0_2.z;
        h0_1 += HVEC4(0.031829834, 0.085876465, 0.0052986145, 0.110839844) * v0_2.w;
        h0_2 += HVEC4(-0.046203613, -0.1038208, -0.010856628, 0.037353516) * v0_2.x;
        h0_2 += HVEC4(0.045166016, -0.115112305, 0.003238678, 0.05722046) * v0_2.y;
        h0_2 += HVEC4(-0.014320374, -0.020385742, -0.00687027, 0.01285553) * v0_2.z;
        h0_2 += HVEC4(0.066345215, -0.01448822, -0.0005683899, -0.018844604) * v0_2.w;
        h0_3 += HVEC4(-0.0033683777, 0.27490234, -0.14526367, 0.05618286) * v0_2.x;
        h0_3 += HVEC4(0.021560669, 0.12060547, 0.07470703, -0.06222534) * v0_2.y;
        h0_3 += HVEC4(-0.03161621, 0.082336426, -0.073913574, 0.028564453) * v0_2.z;
        h0_3 += HVEC4(-0.04598999, -0.35327148, 0.029922485, 0.039245605) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.037353516, -0.029846191, 0.1182251, -0.12658691) * v0_2.x;
        h0_0 += HVEC4(-0.03591919, -0.027175903, -0.093933105, -0.10723877) * v0_2.y;
        h0_0 += HVEC4(0.00054216385, -0.061187744, -0.024841309, 0.0053977966) * v0_2.z;
        h0_0 += HVEC4(0.017807007, -0.053833008, 0.092285156, -0.1550293) * v0_2.w;
        h0_1 += HVEC4(0.10028076, 0.032226562, 0.0076141357, 0.3076172) * v0_2.x;
        h0_1 += HVEC4(-0.116882324, 0.045532227, 0.005367279, -0.6640625) * v0_2.y;
        h0_1 += HVEC4(0.056732178, 0.06945801, 0.005958557, 0.12658691) * v0_2.z;
        h0_1 += HVEC4(0.11480713, 0.0078048706, 0.012672424, 0.14990234) * v0_2.w;
        h0_2 += HVEC4(0.0155181885, -0.043792725, -0.04824829, 0.009300232) * v0_2.x;
        h0_2 += HVEC4(-0.12683105, -0.083984375, -0.03845215, -0.44970703) * v0_2.y;
        h0_2 += HVEC4(0.02470398, -0.08453369, -0.0072746277, 0.0039596558) * v0_2.z;
        h0_2 += HVEC4(0.12060547, -0.06585693, 0.090026855, 0.05633545) * v0_2.w;
        h0_3 += HVEC4(-0.0892334, 0.017852783, 0.35180664, -0.07141113) * v0_2.x;
        h0_3 += HVEC4(0.049987793, -0.5800781, -0.3371582, -0.06652832) * v0_2.y;
        h0_3 += HVEC4(0.054779053, -0.14001465, 0.039398193, -0.043426514) * v0_2.z;
        h0_3 += HVEC4(-0.0657959, 0.2368164, 0.17028809, -0.17199707) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.026809692, -0.036895752, 0.024780273, -0.024780273) * v0_2.x;
        h0_0 += HVEC4(0.023834229, 0.10394287, -0.015808105, -0.014335632) * v0_2.y;
        h0_0 += HVEC4(-0.002204895, -0.006549835, 0.05847168, -0.05255127) * v0_2.z;
        h0_0 += HVEC4(-0.016159058, -0.026672363, -0.0022296906, -0.014503479) * v0_2.w;
        h0_1 += HVEC4(-0.014968872, -0.036132812, 0.017837524, 0.057891846) * v0_2.x;
        h0_1 += HVEC4(0.0016412735, 0.0390625, 0.004486084, 0.013145447) * v0_2.y;
        h0_1 += HVEC4(-0.076171875, -0.013137817, 0.014823914, -0.014854431) * v0_2.z;
        h0_1 += HVEC4(0.02104187, 0.058654785, 0.0053749084, 0.05987549) * v0_2.w;
        h0_2 += HVEC4(-0.045562744, -0.034088135, 0.13671875, -3.1888485e-05) * v0_2.x;
        h0_2 += HVEC4(0.019439697, -0.087768555, -0.32861328, -0.25317383) * v0_2.y;
        h0_2 += HVEC4(-0.0692749, -0.05050659, 0.07952881, 0.016784668) * v0_2.z;
        h0_2 += HVEC4(0.03704834, 0.066223145, 0.044525146, -0.14099121) * v0_2.w;
        h0_3 += HVEC4(0.1005249, 0.0335083, -0.050476074, -0.021377563) * v0_2.x;
        h0_3 += HVEC4(-0.13830566, -0.26513672, -0.06518555, 0.020996094) * v0_2.y;
        h0_3 += HVEC4(-0.07550049, 0.044036865, -0.0010061264, 0.008201599) * v0_2.z;
        h0_3 += HVEC4(0.020095825, -0.039215088, 0.023086548, 0.02456665) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.028076172, 0.27954102, 0.020431519, -0.013267517) * v0_2.x;
        h0_0 += HVEC4(-0.0069122314, -0.29052734, 0.006778717, 0.0008339882) * v0_2.y;
        h0_0 += HVEC4(-0.050231934, 0.10180664, 0.07702637, -0.054138184) * v0_2.z;
        h0_0 += HVEC4(0.06518555, -0.0413208, -0.11071777, 0.05218506) * v0_2.w;
        h0_1 += HVEC4(-0.019943237, -0.023376465, -0.0574646, 0.06390381) * v0_2.x;
        h0_1 += HVEC4(0.006198883, -0.035125732, 0.0039901733, -0.18701172) * v0_2.y;
        h0_1 += HVEC4(0.07623291, -0.041748047, 0.004207611, -0.090148926) * v0_2.z;
        h0_1 += HVEC4(0.050689697, -0.03286743, -0.03829956, -0.0680542) * v0_2.w;
        h0_2 += HVEC4(0.105651855, -0.054534912, -0.02444458, -0.04437256) * v0_2.x;
        h0_2 += HVEC4(0.005683899, -0.105041504, -0.0025806427, -0.011390686) * v0_2.y;
        h0_2 += HVEC4(-0.016311646, -0.07501221, 0.005718231, 0.017562866) * v0_2.z;
        h0_2 += HVEC4(0.020843506, -0.06982422, -0.025405884, -0.06463623) * v0_2.w;
        h0_3 += HVEC4(0.03164673, -0.07128906, -0.23962402, -0.23840332) * v0_2.x;
        h0_3 += HVEC4(-0.037719727, -0.17834473, 0.01638794, -0.25097656) * v0_2.y;
        h0_3 += HVEC4(0.06201172, 0.086364746, -0.027191162, -0.18969727) * v0_2.z;
        h0_3 += HVEC4(0.03994751, -0.17041016, 0.13964844, 0.2388916) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.1003418, -0.15917969, 0.055419922, 0.30004883) * v0_2.x;
        h0_0 += HVEC4(-0.014007568, -0.20996094, -0.09185791, -0.18786621) * v0_2.y;
        h0_0 += HVEC4(0.0113220215, 0.061462402, 0.26733398, -0.38842773) * v0_2.z;
        h0_0 += HVEC4(0.08074951, 0.11645508, 0.107421875, 0.13208008) * v0_2.w;
        h0_1 += HVEC4(0.11578369, -0.03567505, -0.14196777, 0.07684326) * v0_2.x;
        h0_1 += HVEC4(-0.119384766, -0.5449219, -0.019729614, -0.44384766) * v0_2.y;
        h0_1 += HVEC4(0.15454102, 0.0635376, -0.050598145, -0.17797852) * v0_2.z;
        h0_1 += HVEC4(-0.03933716, -0.18371582, -0.10638428, -0.024337769) * v0_2.w;
        h0_2 += HVEC4(-0.09686279, -0.013832092, -0.004299164, 0.19836426) * v0_2.x;
        h0_2 += HVEC4(-0.32543945, 0.070251465, 0.09075928, -0.42407227) * v0_2.y;
        h0_2 += HVEC4(-0.0262146, -0.04208374, 0.08190918, 0.08892822) * v0_2.z;
        h0_2 += HVEC4(0.32128906, -0.1027832, -0.04623413, -0.09222412) * v0_2.w;
        h0_3 += HVEC4(0.07141113, -0.015792847, 0.18591309, -0.10522461) * v0_2.x;
        h0_3 += HVEC4(-0.27905273, -0.49780273, -0.18444824, -0.12683105) * v0_2.y;
        h0_3 += HVEC4(-0.3330078, -0.0574646, 0.0017261505, -0.074279785) * v0_2.z;
        h0_3 += HVEC4(-0.03152466, 0.42138672, -0.114990234, -0.09283447) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.054534912, -0.030654907, 0.0647583, -0.115234375) * v0_2.x;
        h0_0 += HVEC4(-0.08294678, -0.16088867, -0.07055664, -0.012283325) * v0_2.y;
        h0_0 += HVEC4(-0.008300781, 0.030349731, 0.2763672, -0.24438477) * v0_2.z;
        h0_0 += HVEC4(0.027404785, -0.06085205, -0.050048828, 0.066833496) * v0_2.w;
        h0_1 += HVEC4(-0.06137085, -0.02848816, -0.013198853, 0.02911377) * v0_2.x;
        h0_1 += HVEC4(0.022155762, -0.47851562, -0.013122559, -0.37109375) * v0_2.y;
        h0_1 += HVEC4(-0.06439209, 0.12438965, 0.09442139, 0.09649658) * v0_2.z;
        h0_1 += HVEC4(0.061798096, -0.020523071, -0.02420044, -0.08087158) * v0_2.w;
        h0_2 += HVEC4(-0.028747559, 0.05834961, -0.074035645, -0.111083984) * v0_2.x;
        h0_2 += HVEC4(-0.12054443, -0.01689148, -0.87597656, -0.21655273) * v0_2.y;
        h0_2 += HVEC4(-0.023071289, -0.086242676, -0.33569336, -0.10699463) * v0_2.z;
        h0_2 += HVEC4(0.19421387, -0.060180664, 0.55371094, 0.04144287) * v0_2.w;
        h0_3 += HVEC4(-0.017425537, 0.052764893, -0.06378174, -0.053833008) * v0_2.x;
        h0_3 += HVEC4(0.12988281, -0.33032227, -0.04333496, -0.006729126) * v0_2.y;
        h0_3 += HVEC4(0.20227051, 0.103637695, -0.058013916, -0.013664246) * v0_2.z;
        h0_3 += HVEC4(-0.09454346, -0.32983398, -0.0680542, -0.0017375946) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.030807495, 0.28149414, 0.016296387, 0.00019216537) * v0_2.x;
        h0_0 += HVEC4(0.06384277, -0.7685547, -0.008865356, -0.0013580322) * v0_2.y;
        h0_0 += HVEC4(0.09295654, 0.17272949, 0.01499939, -0.011489868) * v0_2.z;
        h0_0 += HVEC4(0.039093018, 0.1274414, -0.037597656, -0.02822876) * v0_2.w;
        h0_1 += HVEC4(-0.02180481, 0.2915039, 0.07562256, -0.04638672) * v0_2.x;
        h0_1 += HVEC4(0.010124207, 0.020431519, 0.013893127, 0.01033783) * v0_2.y;
        h0_1 += HVEC4(-0.008270264, -0.0005159378, -0.049591064, 0.018035889) * v0_2.z;
        h0_1 += HVEC4(-0.002954483, 0.05319214, -0.12487793, 0.077941895) * v0_2.w;
        h0_2 += HVEC4(-0.10070801, -0.055725098, 0.0039253235, 0.031951904) * v0_2.x;
        h0_2 += HVEC4(0.016952515, -0.11444092, 0.006652832, -0.068115234) * v0_2.y;
        h0_2 += HVEC4(0.09802246, -0.1048584, 0.0005464554, 0.03543091) * v0_2.z;
        h0_2 += HVEC4(0.07800293, -0.013412476, -0.00289917, 0.050628662) * v0_2.w;
        h0_3 += HVEC4(0.061157227, 0.28759766, -0.12817383, 0.072753906) * v0_2.x;
        h0_3 += HVEC4(0.015068054, 0.066589355, -0.00072336197, 0.049621582) * v0_2.y;
        h0_3 += HVEC4(-0.02571106, 0.0925293, -0.081726074, -0.00092840195) * v0_2.z;
        h0_3 += HVEC4(-0.10876465, -0.070739746, 0.013694763, -0.10095215) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.113708496, -0.090148926, 0.009300232, -0.04232788) * v0_2.x;
        h0_0 += HVEC4(-0.23046875, 0.101867676, -0.025344849, 0.015197754) * v0_2.y;
        h0_0 += HVEC4(-0.19458008, -0.035339355, 0.09301758, -0.0579834) * v0_2.z;
        h0_0 += HVEC4(0.35327148, -0.03491211, 0.06756592, -0.06616211) * v0_2.w;
        h0_1 += HVEC4(0.037353516, 0.30517578, 0.15844727, -0.11755371) * v0_2.x;
        h0_1 += HVEC4(-0.034088135, -0.7470703, -0.13598633, 0.020095825) * v0_2.y;
        h0_1 += HVEC4(0.0056037903, -0.15625, -0.20568848, 0.0079956055) * v0_2.z;
        h0_1 += HVEC4(0.04525757, 0.37597656, 0.27783203, 0.14648438) * v0_2.w;
        h0_2 += HVEC4(-0.11785889, -0.12335205, -0.0017051697, -0.09075928) * v0_2.x;
        h0_2 += HVEC4(-0.0128479, -0.10455322, -0.024520874, 0.017059326) * v0_2.y;
        h0_2 += HVEC4(-0.121032715, 0.017425537, 0.024230957, -0.122802734) * v0_2.z;
        h0_2 += HVEC4(0.14794922, 0.010673523, 0.031433105, -0.08294678) * v0_2.w;
        h0_3 += HVEC4(0.019424438, -0.140625, 0.12890625, -0.08514404) * v0_2.x;
        h0_3 += HVEC4(-0.017364502, 0.044403076, 0.064208984, 0.0006785393) * v0_2.y;
        h0_3 += HVEC4(0.12817383, 0.05630493, -0.0074043274, -0.017318726) * v0_2.z;
        h0_3 += HVEC4(-0.0068359375, 0.11456299, -0.006690979, -0.13476562) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.0041122437, 0.07702637, 0.02909851, -0.021240234) * v0_2.x;
        h0_0 += HVEC4(-0.14221191, 0.07122803, 0.0027885437, 0.022720337) * v0_2.y;
        h0_0 += HVEC4(0.013450623, 0.0041275024, 0.04043579, -0.049041748) * v0_2.z;
        h0_0 += HVEC4(0.058898926, 0.00071525574, -0.030899048, -0.018066406) * v0_2.w;
        h0_1 += HVEC4(-0.010795593, 0.18566895, 0.05050659, -0.036712646) * v0_2.x;
        h0_1 += HVEC4(-0.018997192, -0.3269043, -0.05807495, -0.0574646) * v0_2.y;
        h0_1 += HVEC4(-0.019607544, -0.17663574, 0.12927246, -0.14428711) * v0_2.z;
        h0_1 += HVEC4(-0.018936157, 0.18481445, -0.07409668, 0.15722656) * v0_2.w;
        h0_2 += HVEC4(0.08343506, -0.093811035, -0.0050697327, 0.016662598) * v0_2.x;
        h0_2 += HVEC4(-0.13232422, -0.08898926, 0.011604309, 0.009849548) * v0_2.y;
        h0_2 += HVEC4(0.10913086, -0.00088119507, 0.03616333, -0.014381409) * v0_2.z;
        h0_2 += HVEC4(0.035705566, -0.005870819, -0.017227173, -0.09448242) * v0_2.w;
        h0_3 += HVEC4(0.007030487, 0.19067383, -0.017242432, 0.014099121) * v0_2.x;
        h0_3 += HVEC4(0.025512695, 0.013786316, -0.009262085, -0.0059318542) * v0_2.y;
        h0_3 += HVEC4(-0.0047836304, 0.16589355, -0.021026611, -0.020767212) * v0_2.z;
        h0_3 += HVEC4(-0.03540039, -0.097351074, 0.00019693375, -0.014091492) * v0_2.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 3..3.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.02848816, 0.20800781, 0.07788086, -0.0859375) * v0_3.x;
        h0_0 += HVEC4(-0.013137817, -0.125, -0.059570312, -0.009346008) * v0_3.y;
        h0_0 += HVEC4(-0.002620697, -0.1809082, 0.049957275, -0.024291992) * v0_3.z;
        h0_0 += HVEC4(0.023239136, 0.29907227, -0.022323608, -0.010681152) * v0_3.w;
        h0_1 += HVEC4(-0.012832642, -0.013290405, 0.014015198, -0.038604736) * v0_3.x;
        h0_1 += HVEC4(-0.0423584, -0.004020691, 0.00038146973, -0.068847656) * v0_3.y;
        h0_1 += HVEC4(0.0035114288, -0.05996704, -0.019546509, -0.06903076) * v0_3.z;
        h0_1 += HVEC4(-0.053833008, -0.18701172, -0.01689148, -0.52783203) * v0_3.w;
        h0_2 += HVEC4(0.020324707, -0.075805664, 0.00040864944, 0.17907715) * v0_3.x;
        h0_2 += HVEC4(-0.12487793, -0.038909912, -0.013404846, -0.15405273) * v0_3.y;
        h0_2 += HVEC4(-0.02949524, -0.019699097, 0.0037193298, -0.034942627) * v0_3.z;
        h0_2 += HVEC4(-0.048553467, -0.10083008, -0.011276245, -0.087768555) * v0_3.w;
        h0_3 += HVEC4(-0.08404541, -0.034179688, -0.11004639, 0.07598877) * v0_3.x;
        h0_3 += HVEC4(0.009529114, -0.123413086, 0.06298828, -0.0016975403) * v0_3.y;
        h0_3 += HVEC4(0.030776978, 0.06060791, -0.11218262, -0.015266418) * v0_3.z;
        h0_3 += HVEC4(0.06951904, -0.12866211, -0.17932129, -0.08227539) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.0064888, 0.16589355, -0.023757935, 0.008590698) * v0_3.x;
        h0_0 += HVEC4(0.017684937, 0.039245605, 0.03704834, 0.017822266) * v0_3.y;
        h0_0 += HVEC4(-0.032073975, -0.046936035, -0.038635254, 0.06677246) * v0_3.z;
        h0_0 += HVEC4(-0.052764893, -0.27954102, -0.109313965, 0.09338379) * v0_3.w;
        h0_1 += HVEC4(0.07489014, 0.030975342, -0.009689331, 0.021652222) * v0_3.x;
        h0_1 += HVEC4(-0.08746338, -0.12719727, -0.0073661804, -0.21032715) * v0_3.y;
        h0_1 += HVEC4(0.27539062, -0.17248535, -0.013801575, -0.2932129) * v0_3.z;
        h0_1 += HVEC4(0.019546509, -0.027435303, -0.023834229, -0.19921875) * v0_3.w;
        h0_2 += HVEC4(0.009025574, -0.080200195, 0.042388916, -0.005744934) * v0_3.x;
        h0_2 += HVEC4(-0.14025879, 0.04257202, 0.0015983582, 0.21289062) * v0_3.y;
        h0_2 += HVEC4(0.1973877, 0.0068740845, 0.029953003, -0.017944336) * v0_3.z;
        h0_2 += HVEC4(0.08294678, 0.04510498, -0.021026611, -0.08630371) * v0_3.w;
        h0_3 += HVEC4(0.035064697, -0.036499023, -0.03250122, -0.023605347) * v0_3.x;
        h0_3 += HVEC4(0.09576416, -0.09362793, -0.12768555, 0.022003174) * v0_3.y;
        h0_3 += HVEC4(0.052246094, -0.38452148, 0.20361328, -0.06781006) * v0_3.z;
        h0_3 += HVEC4(0.07537842, 0.24951172, 0.25854492, -0.026626587) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.0011110306, -0.09069824, -0.00844574, 0.006340027) * v0_3.x;
        h0_0 += HVEC4(-0.009590149, 0.08074951, 0.037017822, -0.010665894) * v0_3.y;
        h0_0 += HVEC4(0.0107421875, 0.020309448, -0.09259033, 0.07647705) * v0_3.z;
        h0_0 += HVEC4(0.04385376, 0.20861816, 0.011741638, -0.019821167) * v0_3.w;
        h0_1 += HVEC4(0.01374054, -0.11206055, 0.0022354126, -0.11029053) * v0_3.x;
        h0_1 += HVEC4(0.08355713, 0.02998352, -0.034576416, 0.19396973) * v0_3.y;
        h0_1 += HVEC4(0.10510254, 0.018066406, -0.02217102, -0.062927246) * v0_3.z;
        h0_1 += HVEC4(-0.053222656, 0.028213501, 0.01966858, -0.04876709) * v0_3.w;
        h0_2 += HVEC4(0.012321472, -0.07434082, 0.2758789, -0.014472961) * v0_3.x;
        h0_2 += HVEC4(-0.08569336, 0.074035645, -0.10467529, -0.034851074) * v0_3.y;
        h0_2 += HVEC4(0.046844482, -0.017837524, 0.16552734, -0.0154418945) * v0_3.z;
        h0_2 += HVEC4(-0.15039062, -0.03527832, -0.05996704, -0.03933716) * v0_3.w;
        h0_3 += HVEC4(0.05987549, 0.02418518, 0.053588867, 0.00680542) * v0_3.x;
        h0_3 += HVEC4(-0.010871887, -0.11883545, 0.07733154, 0.00021338463) * v0_3.y;
        h0_3 += HVEC4(-0.0020771027, -0.13195801, -0.059143066, -0.016540527) * v0_3.z;
        h0_3 += HVEC4(-0.070129395, 0.39038086, -0.044403076, 0.06021118) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.092041016, -0.9926758, 0.08190918, -0.019958496) * v0_3.x;
        h0_0 += HVEC4(-0.12249756, -0.23791504, 0.025909424, 0.061798096) * v0_3.y;
        h0_0 += HVEC4(0.024932861, -0.19628906, 0.020126343, -0.015655518) * v0_3.z;
        h0_0 += HVEC4(-0.16247559, -0.09033203, 0.036895752, -0.072753906) * v0_3.w;
        h0_1 += HVEC4(-0.05581665, -0.124694824, -0.0028305054, 0.05871582) * v0_3.x;
        h0_1 += HVEC4(0.099365234, 0.11291504, 0.005130768, 0.09088135) * v0_3.y;
        h0_1 += HVEC4(-0.08654785, 0.0184021, 0.028778076, 0.058929443) * v0_3.z;
        h0_1 += HVEC4(-0.020202637, 0.26757812, 0.0463562, 0.29833984) * v0_3.w;
        h0_2 += HVEC4(0.13513184, -0.015548706, 0.044067383, -0.08380127) * v0_3.x;
        h0_2 += HVEC4(-0.11248779, -0.11395264, 0.01084137, 0.0692749) * v0_3.y;
        h0_2 += HVEC4(0.066833496, -0.013420105, 0.009994507, 0.13867188) * v0_3.z;
        h0_2 += HVEC4(-0.11090088, -0.04586792, -0.02482605, -0.10614014) * v0_3.w;
        h0_3 += HVEC4(-0.0680542, 0.13830566, -0.09899902, 0.02760315) * v0_3.x;
        h0_3 += HVEC4(-0.012557983, -0.12609863, 0.009140015, 0.0027618408) * v0_3.y;
        h0_3 += HVEC4(-0.048950195, -0.04473877, -0.01939392, -0.050445557) * v0_3.z;
        h0_3 += HVEC4(-0.30371094, 0.09716797, -0.19274902, -0.21728516) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.049102783, -0.056488037, 0.23608398, -0.32104492) * v0_3.x;
        h0_0 += HVEC4(-0.14575195, -0.16601562, -0.13415527, -0.120910645) * v0_3.y;
        h0_0 += HVEC4(0.21850586, -0.0597229, -0.2783203, 0.34106445) * v0_3.z;
        h0_0 += HVEC4(0.2220459, 0.010498047, 0.074401855, 0.13757324) * v0_3.w;
        h0_1 += HVEC4(-0.34448242, 0.16101074, -0.014671326, -0.11444092) * v0_3.x;
        h0_1 += HVEC4(-0.15429688, 0.019302368, 0.09881592, -0.2286377) * v0_3.y;
        h0_1 += HVEC4(0.2626953, 0.15100098, -0.23583984, 0.2998047) * v0_3.z;
        h0_1 += HVEC4(0.1895752, 0.21118164, 0.09320068, 0.47265625) * v0_3.w;
        h0_2 += HVEC4(-0.18774414, -0.051483154, 0.26367188, 0.068237305) * v0_3.x;
        h0_2 += HVEC4(-0.60839844, 0.024780273, 0.021850586, -0.29345703) * v0_3.y;
        h0_2 += HVEC4(-0.06842041, 0.054748535, 0.056762695, -0.15771484) * v0_3.z;
        h0_2 += HVEC4(-0.23571777, 0.024887085, 0.18408203, -0.35424805) * v0_3.w;
        h0_3 += HVEC4(-0.0345459, -0.087768555, -0.5649414, 0.06738281) * v0_3.x;
        h0_3 += HVEC4(-0.08135986, -0.33911133, -0.13537598, 0.13549805) * v0_3.y;
        h0_3 += HVEC4(0.13305664, -0.15368652, 0.15393066, 0.051208496) * v0_3.z;
        h0_3 += HVEC4(0.24645996, -0.03591919, 0.35058594, -0.029891968) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.005882263, 0.055419922, -0.02255249, -0.0059776306) * v0_3.x;
        h0_0 += HVEC4(0.01864624, 0.029754639, 0.020004272, 0.0496521) * v0_3.y;
        h0_0 += HVEC4(-0.040802002, -0.08331299, -0.1550293, 0.14147949) * v0_3.z;
        h0_0 += HVEC4(-0.17504883, -0.04046631, 0.0949707, -0.074523926) * v0_3.w;
        h0_1 += HVEC4(0.059631348, 0.096191406, -0.044189453, 0.10699463) * v0_3.x;
        h0_1 += HVEC4(-0.011329651, -0.1998291, -0.06555176, -0.35620117) * v0_3.y;
        h0_1 += HVEC4(0.19165039, -0.17456055, -0.13793945, -0.08087158) * v0_3.z;
        h0_1 += HVEC4(-0.016433716, 0.22595215, 0.036315918, 0.34960938) * v0_3.w;
        h0_2 += HVEC4(0.032836914, -0.076416016, -0.23254395, 0.010231018) * v0_3.x;
        h0_2 += HVEC4(-0.20776367, 0.0099105835, -0.17907715, 0.12927246) * v0_3.y;
        h0_2 += HVEC4(0.08074951, 0.046966553, -0.17224121, 0.052520752) * v0_3.z;
        h0_2 += HVEC4(0.010612488, 0.061065674, -0.2409668, -0.18566895) * v0_3.w;
        h0_3 += HVEC4(-0.0259552, -0.3088379, -0.008308411, -0.04534912) * v0_3.x;
        h0_3 += HVEC4(0.008621216, 0.13208008, -0.14672852, 0.0022888184) * v0_3.y;
        h0_3 += HVEC4(-0.10180664, -0.16333008, 0.15063477, 0.03945923) * v0_3.z;
        h0_3 += HVEC4(0.028778076, 0.019317627, -0.08703613, 0.04751587) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.08569336, -0.2944336, -0.029312134, 0.05316162) * v0_3.x;
        h0_0 += HVEC4(0.0625, 0.06304932, 0.0035591125, 0.003288269) * v0_3.y;
        h0_0 += HVEC4(-0.025390625, -0.06500244, 0.0004041195, 0.0016469955) * v0_3.z;
        h0_0 += HVEC4(-0.2770996, 0.046447754, 0.012367249, -0.08404541) * v0_3.w;
        h0_1 += HVEC4(-0.02154541, -0.033416748, 0.12390137, -0.15234375) * v0_3.x;
        h0_1 += HVEC4(-0.064086914, -0.22961426, -0.05392456, 0.009300232) * v0_3.y;
        h0_1 += HVEC4(0.016418457, -0.031677246, 0.050109863, -0.041992188) * v0_3.z;
        h0_1 += HVEC4(-0.025558472, -0.6660156, 0.0064888, -0.06524658) * v0_3.w;
        h0_2 += HVEC4(0.06347656, -0.083496094, 0.03741455, -0.0013856888) * v0_3.x;
        h0_2 += HVEC4(0.045196533, 0.07849121, -0.0029029846, 0.034057617) * v0_3.y;
        h0_2 += HVEC4(-0.010978699, 0.02017212, -0.002155304, -0.061340332) * v0_3.z;
        h0_2 += HVEC4(-0.28051758, -0.08721924, -0.011894226, -0.35131836) * v0_3.w;
        h0_3 += HVEC4(-0.028442383, -0.04586792, -0.0793457, -0.22521973) * v0_3.x;
        h0_3 += HVEC4(-0.0010948181, 0.18371582, -0.16516113, -0.115478516) * v0_3.y;
        h0_3 += HVEC4(0.06097412, -0.0015048981, 0.011680603, -0.014152527) * v0_3.z;
        h0_3 += HVEC4(-0.18188477, -0.2770996, -0.13598633, -0.06512451) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.032806396, 0.037841797, 0.056732178, -0.03125) * v0_3.x;
        h0_0 += HVEC4(-0.19030762, -0.008682251, 0.04043579, 0.02444458) * v0_3.y;
        h0_0 += HVEC4(-0.20141602, -0.021835327, -0.0847168, 0.041381836) * v0_3.z;
        h0_0 += HVEC4(-0.37719727, -0.023529053, -0.08190918, 0.059051514) * v0_3.w;
        h0_1 += HVEC4(-0.009559631, -0.18823242, 0.20117188, 0.06756592) * v0_3.x;
        h0_1 += HVEC4(0.059631348, -0.21447754, -0.15588379, 0.1295166) * v0_3.y;
        h0_1 += HVEC4(-0.023849487, -0.17126465, -0.22094727, -0.15527344) * v0_3.z;
        h0_1 += HVEC4(0.021560669, -0.2442627, -0.11932373, -0.11993408) * v0_3.w;
        h0_2 += HVEC4(0.3203125, -0.02432251, 0.09509277, 0.023605347) * v0_3.x;
        h0_2 += HVEC4(-0.27563477, -0.04244995, -0.017150879, 0.14660645) * v0_3.y;
        h0_2 += HVEC4(-0.13391113, 0.02053833, -0.055755615, 0.11077881) * v0_3.z;
        h0_2 += HVEC4(-0.1685791, 0.022384644, 0.08459473, 0.14868164) * v0_3.w;
        h0_3 += HVEC4(0.017807007, 0.15783691, -0.028244019, 0.059509277) * v0_3.x;
        h0_3 += HVEC4(0.03869629, -0.36767578, 0.109313965, -0.010513306) * v0_3.y;
        h0_3 += HVEC4(-0.10296631, -0.16967773, 0.008987427, 0.07922363) * v0_3.z;
        h0_3 += HVEC4(-0.37402344, -0.12817383, -0.007270813, -0.12194824) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.010253906, -0.09588623, -0.052612305, 0.07550049) * v0_3.x;
        h0_0 += HVEC4(-0.09033203, 0.055755615, 0.0043525696, -0.021606445) * v0_3.y;
        h0_0 += HVEC4(0.060546875, 0.027450562, 0.0030231476, -0.013427734) * v0_3.z;
        h0_0 += HVEC4(0.12573242, 0.08050537, 0.00945282, -0.003932953) * v0_3.w;
        h0_1 += HVEC4(0.00027489662, -0.011146545, -0.04397583, -0.0151901245) * v0_3.x;
        h0_1 += HVEC4(-0.018692017, 0.17602539, 0.0362854, 0.027679443) * v0_3.y;
        h0_1 += HVEC4(0.024505615, 0.0287323, -0.18005371, -0.06768799) * v0_3.z;
        h0_1 += HVEC4(-0.018325806, -0.06329346, 0.06567383, -0.04260254) * v0_3.w;
        h0_2 += HVEC4(-0.016143799, 0.0027618408, -0.0030784607, 0.09069824) * v0_3.x;
        h0_2 += HVEC4(-0.105529785, -0.11328125, 0.016677856, -0.064697266) * v0_3.y;
        h0_2 += HVEC4(-0.09259033, 0.0008187294, -0.074645996, 0.0074005127) * v0_3.z;
        h0_2 += HVEC4(0.16638184, 0.08404541, 0.13671875, 0.019134521) * v0_3.w;
        h0_3 += HVEC4(-0.0034618378, -0.07922363, 0.05618286, -0.012786865) * v0_3.x;
        h0_3 += HVEC4(0.018112183, -0.02444458, -0.072631836, 0.0053977966) * v0_3.y;
        h0_3 += HVEC4(0.029769897, -0.09509277, -0.011047363, -0.026306152) * v0_3.z;
        h0_3 += HVEC4(-0.016540527, 0.1796875, -0.023208618, -0.0030765533) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);

    ivec2 p0 = origin + local + ivec2(0, 0);
    a0_0 = max(a0_0, vec4(0.0));
    a0_1 = max(a0_1, vec4(0.0));
    a0_2 = max(a0_2, vec4(0.0));
    a0_3 = max(a0_3, vec4(0.0));
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2);
        imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
        imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_2)));
        imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_3)));
    }
}

//!DESC ArtCNN_C4F16 compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L4
//!BIND HOOKED
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 16 16 8

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

// The tail is folded into this pass (conv, skip add and conv as one 5x5 sum). Beyond the frame that
// sum counts what the folded layers compute there, which Keras' zero padding leaves out: at the
// border it is subtracted, per side of the frame the pixel is on (a corner's pixel once less).
vec4 tail_input(ivec2 q, ivec2 last, int g)
{
    if (any(notEqual(q, clamp(q, ivec2(0), last))))
        return vec4(0.0);
    if (g == 0) return vec4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0));
    if (g == 1) return vec4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0));
    if (g == 2) return vec4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0));
    if (g == 3) return vec4(texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0));
    return vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0));
}

vec4 tail_edges(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(1.3714681e-05, -1.8840115e-06, 2.621097e-05, -1.1783507e-06);
        c += mat4(0.0011930511, -0.0005935664, 0.002193939, 0.00089246855, -0.0045548556, -0.0021704934, 0.0016016788, -0.0015747827, 0.0016532235, -0.0005707513, -0.000347291, 0.0013394853, 0.002779992, 0.0049742027, -0.004523402, 0.0006943011) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(-0.0009224703, 0.0020695054, -0.0009100818, -0.0011335962, -0.005186741, -0.0039952374, 0.0024819993, -0.0023043028, 0.00025994735, -9.636174e-05, -0.0010822046, 0.0003397384, 0.0016298185, 0.007830694, -0.0036957788, 0.0008325002) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(0.0020370695, -0.0083574625, 0.003204302, 0.0008810344, 0.020965489, 0.013067648, -3.5016878e-05, 0.011285673, 0.04839807, -0.04830564, 0.0156256, 0.025876105, 0.00056987687, 0.009350556, -0.007616278, 0.00035367225) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(-0.0019528489, -0.009287115, 0.011257255, 0.0007306545, 0.0015495986, 0.008771755, -0.006165877, 0.0037353185, 0.007473976, -0.0070390925, 0.004342366, 5.305336e-05, 0.0060171033, -0.00879922, 0.0030092448, 0.0011910386) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(9.004074e-05, 0.0010649532, -0.0011005575, 0.00036538, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.011078201, 0.033345666, 0.002203785, -0.0041978336, -0.0038270121, -0.0056286277, -0.0020944492, -0.012893796, -0.0012817765, -0.002289982, 0.015505358, -0.00510929, 0.024916396, 0.021338027, -0.047914386, 0.00065734354) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(-0.0056002806, 0.021478679, -0.008739418, -0.0010731082, -0.0019274976, -0.01558674, 0.0006132887, -0.0020028653, -0.001788413, 0.008159446, -0.0053439196, -0.0023162386, -0.028271278, 0.0046073883, 0.037196975, -0.007566145) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(0.0031275938, -0.018708993, -0.0027854631, -0.0061869086, -0.0030773499, -0.0001834264, 0.001705732, -0.0016475656, 0.0096957125, 0.37259898, -0.2277049, -0.16447565, 0.029631171, 0.015850326, -0.024870025, 0.0022927935) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(-0.032736655, -0.02990553, 0.06795203, -0.013914143, 0.03936734, -0.025393067, 0.012098588, -0.0043851444, -0.048961625, 0.016024416, 0.01709355, 0.0103828795, -0.01741643, -0.0075639887, 0.008214972, 0.0074065975) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(0.004638034, 0.0662775, -0.060973376, -0.005773651, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(0.00912464, -0.10878009, 0.078815274, 0.061379064, -0.010280895, 0.067919426, -0.07899889, 0.0018619093, -0.053028703, 0.0053474545, 0.007154874, 0.03682429, 0.08632569, 0.11892114, -0.12403319, -0.08718414) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.0039929925, -0.057672, 0.044804208, 0.020031221, -0.024017842, -0.017311282, 0.042369828, 0.011026457, 0.01505172, -0.007246057, -0.0010230668, 0.007716167, -0.040483776, -0.11748863, 0.035405543, 0.08827953) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(-0.007229987, 0.11334649, -0.093785845, -0.04672231, -0.0014178633, 0.0058007347, -0.012434667, -0.0131609505, -0.035796195, -0.004752976, 0.042680174, 0.041424155, -0.059334986, -0.016527254, 0.13097374, 0.0051702475) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.04661486, -0.092039995, 0.015819712, 0.09995572, -0.10646968, 0.20234428, -0.06541861, 0.0019256523, 0.10912644, -0.21977888, 0.09667453, -0.009952161, 0.039565373, -0.028026365, -0.0017994037, -0.032182895) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.042177707, -0.0070841485, 0.022810359, 0.004964853, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.0016787024, 0.038441736, -0.018459031, -0.0042994334, 0.05458619, -0.0004940178, -0.011195632, -0.04975855, 0.01294555, -0.03254772, 0.00865358, -0.00024754697, -0.0061749797, 0.1429732, -0.0609677, -0.052466337) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(0.0018830897, -0.005207789, 0.00010461807, 0.011807159, 0.008377266, -0.052109513, 0.027831752, 0.012984991, -0.018083958, 0.04486272, -0.018184388, 0.0030892538, 0.0049176915, 0.025396671, -0.014134911, 0.0019351114) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(-0.0021776971, 0.06398871, -0.037259195, -0.04374399, -0.011719627, -0.0020911044, 0.0026126336, 0.011836771, -0.0014381266, -0.02137355, 0.00019975287, 0.008717589, 0.015477427, -0.21925752, 0.07823061, 0.08042551) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(0.003966895, 0.038509432, 0.012619281, -0.034216754, 0.0219258, -0.12218645, 0.06358366, 0.031338047, -0.013827295, 0.01280887, 0.007227643, 0.0063202973, -0.036487494, 0.107145056, -0.09017293, -0.017413069) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(0.031655304, -0.06014249, 0.043097887, 0.00056261994, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(0.0023202505, 0.0027850321, 0.00080045155, -0.003454674, -0.040029816, 0.036034945, -0.011087526, 0.020046305, 0.005373198, -0.00714723, 0.0011230995, -0.0058471924, -0.0006438604, 0.011286837, -0.0005879798, -0.008731268) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(0.00045057994, 0.0022192155, 0.00046862138, -0.00068920036, -0.011300039, 0.0036635075, -0.0037800265, 0.012182593, 0.00020062753, 0.007556436, 0.0031101052, 0.004739179, 0.011148181, -0.0034479117, 0.0035163825, -0.011432893) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(0.0026248852, 0.0002594047, 0.000546032, -0.0077315406, 0.0078105573, -0.039150484, -0.0066392566, -0.0304473, -0.00043440505, 0.00023720857, 0.0010378959, -0.00018681951, -0.005199111, -0.018356765, -0.0029526378, 0.0073122084) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(-0.01379471, 0.0077252933, -0.004472869, 0.015604808, -0.008573224, -0.00562597, -0.0029631648, 0.010057605, 0.002897015, -0.0021833763, 0.0007701851, 0.0038785087, 0.04064775, -0.013397231, 0.01084265, -0.041883368) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(-0.001493656, -0.009026641, -0.00033953402, 0.0043947506, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 4);
    }
    if (p.y == last.y) {
        c += vec4(0.0014980665, 0.0015444567, 0.0017287176, 0.001582077);
        c += mat4(-0.01865544, -0.007349042, -0.03138208, -0.012838322, -0.0037947875, -0.0024547146, -0.011817048, -0.005419216, -0.0058377776, -0.004088704, -0.005080565, -0.00036417248, 0.009218457, 0.005803288, 0.006659556, 0.00050745247) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(-0.0019214688, -0.0045109023, -0.0075044064, -0.0019618608, -0.006831432, -0.0018654155, -0.0026348003, 0.0035391108, 0.0012185256, -0.001193217, 0.01679895, 0.008572289, 0.0009514207, -0.0015433785, 0.004735947, 0.0010381342) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(0.0028972055, 0.0013874943, 0.011743637, 0.0054745963, -0.011290666, -0.011025004, -0.019571906, -0.0023760712, 0.013800145, 0.017466655, 0.04593349, 0.014322944, 0.0005830415, 0.00017152002, -0.004171718, -0.004467927) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(-0.015366253, -0.009717577, -0.0074117263, 0.0013757834, -0.0015273341, 0.004851756, 0.011760535, 0.0038079915, -0.00090925326, -0.0037614657, -0.0060927104, -0.0023459354, -0.0031686258, 0.0009993542, 0.0020843048, 0.0017988096) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(0.019776851, 0.011711256, 0.029620279, 0.007877133, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.12965775, -0.09653307, -0.13052788, -0.07598988, -0.019611025, -0.019310644, -0.0452681, -0.020883482, -0.016256858, -0.01592338, 0.040018342, -0.023839332, 0.018401308, 0.013839331, -0.061971284, 0.030580034) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(-0.012555448, -0.0040756525, 0.0059496695, -0.006648132, 0.032684695, 0.03897601, 0.07141641, -0.014528507, 0.014196463, 0.015995355, 0.09525134, -0.006998771, -0.0058334293, -0.0025916167, 0.044309452, 0.0007547352) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(0.017249208, 0.021343233, 0.053697057, 0.008091684, -0.030768076, -0.011283576, -0.008393949, -0.022872098, 0.07463709, 0.074201465, -0.057292357, 0.04121982, 0.0029759584, 0.0017287653, -0.016833209, 0.020973897) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(-0.02876839, -0.008910062, 0.09342229, -0.045347143, 0.018322885, -0.004516861, 0.06324293, 0.00068297813, -0.005645931, -0.013281857, 0.011324506, -0.0061357236, -0.0017141161, 0.0005829104, -0.0006759433, -0.00788996) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(0.076499484, 0.073794775, 0.09115541, 0.09588301, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.21287763, -0.20899282, -0.4413922, -0.08681265, -0.026488898, -0.030381031, -0.055498745, -0.042183474, -0.043844998, -0.045817975, -0.017508768, 0.042556114, 0.054379053, 0.0699426, 0.014834827, -0.12324809) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(-0.02989461, -0.048882257, 0.06306695, 0.0153071415, 0.1665062, 0.09935843, -0.037901465, 0.07858381, -0.009402208, 0.0032807745, -0.007786797, 0.098009795, -0.041800994, -0.06143772, 0.06301774, 0.07643773) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.029453333, 0.024769958, 0.06525569, 0.03654329, -0.00027463032, -0.014123559, 0.023169994, -0.0016235873, 0.017086577, 0.047664195, 0.036624447, -0.100426815, -0.039175015, -0.03401243, 0.0009306752, 0.10354409) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.010486286, -0.011184176, -0.01562678, 0.091853574, 0.0149563905, 0.06135146, -0.04251334, 0.08103409, 0.012926545, -0.018635726, 0.07615307, -0.040143654, 0.013267672, 0.005064079, -0.08062836, -0.02247838) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.17914337, 0.16230658, 0.13219969, 0.14491586, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(-0.10595476, -0.20239097, -0.20465982, -0.15224826, -0.02269888, 0.0015379961, -0.09577372, -0.0153653445, -0.024344226, -0.030427473, -0.005150526, -0.017679453, 0.024047803, 0.02548615, 0.010822251, 0.012180784) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(-0.011691196, -0.017249133, -0.033459183, 0.037133146, 0.056103405, 0.098894104, 0.084190756, 0.047640666, -0.0053332713, -0.01174583, 0.023616113, -0.022364218, -0.01335906, -0.02631864, 0.012864207, 0.031627186) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(0.0157356, 0.019514512, 0.023213629, 0.021973446, -0.003877552, 0.018147722, -0.035756312, -0.022775583, -0.0040001925, -0.011487738, 0.0033190562, -0.0009107775, 0.009741223, -0.0014061725, 0.004100608, -0.015522652) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(0.01629715, 0.043959986, -0.007857185, 0.0011370657, 0.0025538595, 0.01155255, 0.0041580563, 0.005051542, -0.005698158, 0.006207732, 0.015464334, 0.0028496038, 0.02074381, 0.017049171, 0.04183575, -0.080588415) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(0.070327595, 0.11236682, 0.117837206, 0.07394914, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(-0.02010202, -0.031734027, -0.026424773, -0.045565777, -0.01582069, -0.009571242, -0.020564426, -0.0018978125, -0.006555835, -0.009273149, -0.0077036554, -0.007104178, 0.0040154695, 0.008015328, 0.0045639947, 0.007005638) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(0.0009985057, 0.0042448263, -0.00060411583, -0.0008645559, 0.0077123567, -0.012025401, 0.010018696, -0.018746123, -0.0008640336, -0.009640744, -0.00026810504, -0.008467488, 0.0052619306, -0.0015200425, 0.0047756727, -0.0103722345) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(0.0029968808, 0.005750241, 0.003639298, 0.0021447202, 0.009989659, 0.020658068, 0.007622454, 0.0043930816, -0.00027204122, -0.0017717556, 0.00033487772, -6.551599e-05, 0.0021405453, -4.0423724e-06, 0.0042520086, 0.0066082035) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(-0.0014122499, 0.005560775, -0.002901331, 0.0032368065, -0.004734508, -0.000521435, -0.00620421, 0.006330192, -0.0014285555, -0.007817645, 0.00016666128, -0.00489095, 0.017374227, 0.0030281972, 0.019722857, -0.014261327) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(0.009518649, 0.010342205, 0.01773712, 0.027449673, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 4);
    }
    if (p.x == 0) {
        c += vec4(1.718891e-05, 3.365292e-05, 4.3509088e-05, 9.355685e-06);
        c += mat4(-0.028209163, 0.002977215, 0.05709938, -0.0028376814, 0.0019214349, -0.00023279533, -0.009058844, -0.0045075393, -0.00068055524, 0.006884779, -0.0026345016, 1.5795616e-05, 0.001616624, -0.000495802, 0.00035649075, -9.9475044e-05) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.0025697043, -0.004624665, 0.005785729, 0.003995059, -0.011272424, -0.0029407644, 0.020501543, 0.0027348206, -0.013118843, -0.0017437598, 0.010970257, -0.0031486277, -0.0058199875, -0.0017616319, 0.007437196, 0.002171811) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(0.001514177, 0.005280774, -0.0014058101, 0.00045264373, 0.02373128, 0.02554721, -0.0068552434, 0.008259363, -0.00029008056, 0.0003452262, -0.0007208313, -0.001309178, -0.0032279044, -0.0044155875, 0.002780198, -0.0008608289) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.0052947984, 0.0037190653, -0.0015419783, 0.0020427646, -0.00930214, -0.0056559322, -0.009228897, -0.007596703, 0.008310439, 0.0054836683, -0.0007558032, 0.0041515627, 0.01979136, 0.010327417, 0.01701665, 0.013328075) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(-0.0001422666, 0.00044236088, -4.6079247e-05, -0.0014005743, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(0.07551655, -0.00095983665, -0.24711835, 0.07413761, 0.014417947, -0.006357714, 0.014282476, 0.0020000986, -0.010258392, 0.020738559, -0.01732906, 0.008953507, 0.008872357, -0.0157379, 0.010506902, 0.00015964061) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.022668414, 0.0024227516, -0.00012740097, -0.018860677, 0.07486535, 0.022049218, -0.06286943, -0.016294867, -0.0153638655, 0.050668284, -0.06386287, 0.037997093, 0.022390291, 0.008356551, -0.028047234, -0.014203085) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(-0.02479216, 0.0050608446, -0.00021214152, 0.006363974, -0.00041744436, -0.0007027076, 0.054674756, 0.0065666367, 0.0021103038, -0.013992418, -0.0053803893, 0.0022254612, 0.036477067, -0.051637776, -0.0027458281, -0.0141806835) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(0.008061129, 0.029919023, -0.0040491587, 0.003806455, -0.036680855, 0.03440386, -0.005039788, 0.013926884, 0.004833635, -0.011784963, 0.016685942, -0.010401716, 0.0009802744, 0.027149707, -0.031114649, -0.026924057) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(0.012142281, -0.06160914, 0.047904328, 0.005333948, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(0.017599242, -0.025411619, -0.043020315, 0.039834283, -0.0050861444, 0.0021931168, -0.008119348, 0.003061644, -0.081100024, 0.04265267, -0.005670014, 0.04329024, 0.103525214, -0.07897081, 0.019619584, -0.041027773) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(-0.0039388025, -0.03592939, 0.06392166, -0.008842802, -0.022847809, -0.01320983, 0.005184386, -0.0039488175, -0.0036053637, 0.015584184, -0.028926006, 0.008072104, -0.06422465, -0.025654275, 0.055640455, 0.036486235) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.021762934, -0.031230008, 0.0053928676, -0.00647309, -0.014267747, 0.006459309, 0.028487178, 0.0126507785, -0.0086851735, 0.01170712, 0.023531377, -0.011000309, -0.012944296, 0.0056774714, 0.076085374, -0.0725065) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.047412723, -0.012978974, 0.014561293, 0.051667992, -0.090716645, 0.119563706, -0.08500118, 0.06958272, 0.07474917, -0.07639661, 0.038529985, -0.037470724, -0.011761474, -0.0032220976, -0.050308842, 0.036154732) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.059503376, 0.07121119, -0.019711975, 0.0033928612, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(-0.00035170873, -0.0034066301, 0.0102998605, -0.008636442, 0.007356525, -0.00589804, 0.005013439, 0.0014998651, 0.018927928, -0.0017047038, -0.034760576, 0.0092044175, -0.0138995005, -0.005431927, 0.08358755, -0.03989502) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(0.009475084, -0.0042643296, -0.014504893, 0.011626514, -0.0053322124, -0.0059506637, 0.0042669345, 0.00847781, -0.003878567, 0.0068796123, -0.0059685432, -0.0006381292, 0.022412965, 0.009694968, -0.022246711, -0.0061663035) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(0.0023668178, -0.0048576905, 0.027928816, -0.0158303, 0.0076838033, 0.012406778, -0.028958613, 0.018936062, 0.024887042, 0.00864811, -0.020868165, 0.015577253, 0.014125673, 0.007911897, -0.07858668, 0.06577427) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(0.0027554838, -0.0017486231, 0.024489727, -0.04850729, 0.009130823, 0.010800284, -0.06268551, 0.06461871, 0.017047307, -0.016140275, 0.04893485, -0.060060635, -0.024010757, -0.00025253053, 0.017422013, 0.016933199) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.039189465, -0.0009183838, -0.043661382, -0.0044761975, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(0.0040254346, 0.0002356491, 0.0055858004, -0.00362199, -0.0031149902, 0.0010483719, -0.0042164014, 0.002814964, 0.0009866273, -0.0019616962, 0.008646596, 0.00015031954, 0.0037649735, 0.00059171626, -0.009805158, -0.007773474) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(-0.0020379478, 0.0021253114, -0.00017492405, 0.0015616866, -0.00017400294, 0.0031384327, -0.002497347, 0.0008070353, -0.0007151758, 0.00035539566, -0.0018500387, 0.0018868173, -0.0022946445, -0.0054874993, 0.0040589888, 0.00019592296) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(0.0019822724, 0.0004364333, -0.0014779326, -0.002660179, -0.006806187, -0.0032511337, -6.263594e-05, 0.0022100904, -0.00051424606, 3.9504583e-05, 0.0076118023, 0.004442781, -0.0025897983, 0.0036349124, 0.017727198, 0.01644435) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(0.0004951319, -0.0033566202, -0.0095069865, -0.007893521, -0.0029056713, 0.00027759466, 0.011160032, 0.009833196, 0.005133322, -0.0021978957, -0.0007077649, -0.009738807, -0.005086532, 0.002916654, -0.009964412, -0.0037047116) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(2.4539955e-05, -0.004449809, 0.008383989, 0.00078633527, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 4);
    }
    if (p.x == last.x) {
        c += vec4(0.0020195663, 0.0018412325, 0.002089836, 0.0018926137);
        c += mat4(-0.026705941, 0.0067369016, -0.023725836, -0.011995207, -0.0060618347, 0.0027357505, -0.0052618138, 0.00057271903, 0.0021472326, -0.005458516, 0.00068618485, 1.581541e-05, -0.012345538, -0.0065618134, -0.008085639, -0.005280544) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.008948579, 0.0028843358, 0.0071228207, 0.0045984252, 0.008755633, 0.011028151, 0.00018316586, -0.00846498, -0.004774247, -0.017794542, -0.0040044007, -0.012946924, 0.012422073, -0.0031794084, 0.008835232, 0.0030274866) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(0.007747543, 0.0019745778, 0.005264132, 0.0030759363, -0.006899112, 0.015875798, 0.00023293328, 0.0069691855, -0.033522096, -0.02320051, -0.019455884, -0.012860798, 0.016864268, -0.001139641, 0.013196678, 0.0031380495) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.006091673, 0.0025402156, 0.00095277384, 0.00044900362, -0.003842714, -0.00094950193, -0.0043886784, -0.0019336066, 0.0015948012, 0.0028593414, -0.0009830209, -0.0014785602, -0.001569677, -0.0060394984, -0.001359753, -0.0024995273) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(0.032948237, 0.029638622, 0.025135878, 0.0172982, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(-0.10117481, 0.1727765, -0.12477381, 0.0036561226, -0.0073718037, 0.00073989347, -0.0072608516, 0.0047089215, 0.0018516432, 0.0017262108, 0.004549977, -0.030136451, -0.013796699, -0.05858954, -0.029280454, -0.005600203) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.0056503844, 0.0150817875, 0.02419121, 0.029745305, 0.021731662, 0.048592776, 0.013393218, 0.0060755024, -0.04583172, -0.020494893, -0.0644881, -0.062452946, 0.017580193, 0.0036991234, 0.020390697, -0.012404094) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(-0.00423879, 0.031296283, 0.01672633, 0.019262899, 0.016312586, -0.012831402, 0.016866041, -0.021548798, -0.1478682, -0.19396071, -0.14662446, -0.118072964, 0.028796218, -0.027627645, 0.024020381, 0.0031021342) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(-0.04817886, 0.10044821, -0.009769596, 0.0030744611, -0.04082052, 0.05893727, -0.019084275, 0.009989784, 0.022035282, -0.013265519, 0.012932917, -0.017241022, -0.022250535, -0.0064131957, -0.006372411, -0.009094474) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(0.10707923, 0.14145377, 0.11334993, 0.12883715, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(-0.03890752, -0.0663772, -0.03408488, 0.06082207, -0.029377256, 0.007046185, -0.021367813, -0.0048426017, -0.06573251, -0.04727215, -0.024199134, 0.040157717, 0.042489, 0.024905726, 0.010740923, -0.10404888) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.045619737, -0.010719504, 0.052081887, 0.037403572, -0.019614236, 0.0031653186, -0.012692145, 0.01990021, -0.0069923014, -0.037740562, -3.6094367e-05, -0.004800474, -0.04589537, -0.05855223, 0.017665088, 0.07674802) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(-0.0064617577, 0.010799442, -0.011774556, 0.051678453, -0.028964555, -0.04283259, -0.036473956, -0.028052608, -0.35975984, -0.2961519, -0.3587438, -0.3179905, -0.05852567, 0.08547719, -0.04655982, 0.046388958) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.120567046, 0.018609706, -0.11086863, 0.10478971, -0.16247082, 0.16277952, -0.12736651, 0.12502073, 0.13997932, -0.1690908, 0.0913198, -0.103370205, 0.049910884, -0.07373506, 0.0068828925, -0.030560624) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.26732835, 0.17238893, 0.26755583, 0.19407219, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.018434597, 0.01108436, 0.017132506, -0.0026883837, -0.020130051, -0.003550379, -0.02795735, 0.0007555231, -0.01706978, -0.011386897, -0.026159026, -0.038075726, -0.017490944, 0.0011050486, -0.011886519, 0.027003555) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(0.00065483595, 0.0021433, 0.010893899, -0.012622929, -0.00389552, -0.0031708889, -0.008333288, 0.00043335563, 0.0116785355, 0.012433847, 0.006066582, 0.0024521586, -0.01824388, 0.011100709, -0.028632255, -0.020929055) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(0.0050733048, -0.012716411, 0.002097573, -0.037493877, -0.025159374, 0.0069660516, -0.02055309, 0.003931985, -0.21782696, -0.19158061, -0.27589613, -0.28683433, -0.04102744, -0.005988434, -0.052989997, 0.03754542) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(-0.024759768, -0.033790622, -0.038827453, 0.00566514, -0.061109085, -8.917071e-05, -0.098499544, 0.101728246, 0.056287374, -0.045342404, 0.11053125, -0.11663146, 0.04590606, -0.034830194, 0.07333102, -0.08132318) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.12378447, 0.13201903, 0.1323944, 0.14260827, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(0.0026674985, 0.003113566, 0.0037936156, 0.0060902433, -0.0019524843, -0.0040368275, -0.0022268393, -0.0046022, -0.0023835609, -0.0015151452, -0.0055353353, -0.008988175, -0.003046876, -0.009581163, -0.0052172244, -0.0074552405) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(-0.0052685714, -0.0037685053, -0.0056077177, -0.0061469716, 0.0012600523, -0.0012397888, 0.0018251267, -0.00042369004, 0.0043885773, 0.0021910276, 0.0039556683, 0.0011574929, -0.001964517, -0.003611176, -0.0058939904, -0.010704623) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(-0.001995478, 0.0027233665, 0.00019362273, 0.0065398607, -0.010220543, -0.0071661733, -0.014175452, -0.009108963, -0.040603798, -0.049157277, -0.060376957, -0.06595315, 0.0011941033, -0.0044894633, -0.0018528864, -0.0007756783) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(-0.0054339035, -0.0020919123, -0.0076285936, -0.007935783, 0.009086139, -0.0046360535, -9.0211815e-06, -0.017834453, -0.010901845, 0.007725038, -0.004249219, 0.0011965552, -0.0044106324, 0.008353136, -0.0009226126, 0.0002063973) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(0.028653815, 0.024309194, 0.038178753, 0.03092898, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 4);
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.0029535047, 0.0006068356, 0.0010755208, 0.0013571214);
        c -= mat4(0.011760124, -0.010581122, 0.0022135056, 0.005896064, 0.009889605, 0.017623007, -0.005042561, 0.0029606898, -0.012393801, -0.00024701885, 0.003696836, -0.002832298, 0.031627823, -0.019218523, -0.005998558, 0.01057321) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.0038785222, 0.0077127763, 0.0010346638, -0.0011846756, 3.2788903e-05, 0.008770847, -0.0029905066, -0.0016527476, 0.006860451, 0.0015913987, 0.0017587516, 0.0030846042, -0.015988909, -0.020391079, 0.0035339077, -0.004240828) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.01138046, -0.012668044, 0.0005907369, 0.003919062, -0.013167271, 0.0011756127, -0.0021329166, -0.0059786593, -0.0024509975, 0.004775621, 0.008449391, 0.0016387207, -0.04775502, 0.038768005, 0.0063364557, -0.017677816) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.017236013, -0.03703401, 0.0043772706, 0.0061440007, -0.029932544, 0.02623645, 0.0058593433, -0.009608826, 0.019171182, -0.016126953, 0.00045313602, 0.0076079117, 0.015162465, 0.0010086647, -0.014448848, 0.0028345797) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.01832664, -0.0039866096, 0.010975257, -0.0037164632, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0025428776, 0.0027583118, 0.0020885447, 0.0030248452);
        c -= mat4(-0.0015445013, 0.00789359, 0.0011390197, 0.006216319, -0.021577364, 0.0120297065, -0.0090367505, 0.0084106205, -0.028441628, 0.018009525, -0.005998356, 0.030177249, 0.020809898, -0.014834865, 0.0046563027, -0.03359246) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.0041003134, -0.011071758, 0.00041238422, -0.0067669004, -0.004518974, -0.00039535193, -0.004562877, -0.00570793, -0.0040822, 0.009313044, -0.0013604746, 0.0014641405, -0.04006341, 0.026715202, -0.008511981, 0.04393505) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(-0.0024041983, -0.0010431778, -0.0013996806, 0.0023343847, 0.009447237, -0.013017249, 0.0034425196, -0.0041355635, -0.075461835, 0.055961356, -0.022932451, -0.00797151, -0.0040502967, 0.008210197, -0.0033997456, -0.011956917) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(-0.047268298, 0.027744012, -0.011414518, 0.052160423, -0.06813385, 0.06530616, -0.018223975, 0.050606683, 0.086250894, -0.08351169, 0.02766576, -0.052084677, 0.04468368, -0.04267571, 0.016824886, -0.018044006) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.008285452, 0.028895916, -0.00013377938, -0.009423621, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.003052758, 0.0011991578, 0.006143735, 0.0013893369);
        c -= mat4(-0.03778407, 0.012490207, -0.045667637, 0.0042820238, -0.012444487, 0.004619005, -0.022339778, -0.0049769334, -0.005733897, -0.0017592275, -0.009785844, -0.00026513814, 0.004714136, 0.0035655065, 0.0072178287, 0.0011730379) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.0074955886, -0.0021813433, 0.01229115, -0.005858255, -0.0009408737, -0.013636894, 0.016272545, 0.0020138447, -0.012032193, -0.005774536, -0.018169494, 0.00798509, 0.006149748, -0.005738257, 0.013133975, -0.0011127737) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.0034554766, 0.0008823771, 0.0030646943, 0.0023907875, 0.01947206, 0.011933029, 0.035027873, 0.0071932403, -0.0026095717, 0.00167828, -0.0064686243, 0.00023730975, -0.0015193641, -0.0005689865, 0.004054986, -0.0017759926) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.00086086366, 0.0024978495, 0.0120565295, 0.0037541133, -0.009277165, 0.0060700728, -0.011586003, 0.005569125, -0.0011365229, -0.0074661463, -0.0043877494, -0.003977301, 0.01742624, -0.003221284, 0.023582613, 0.0018450876) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.0062531787, 0.0010572883, 0.012738986, 0.005545656, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0017449702, 0.0032138675, 0.0025764303, 0.0018684453);
        c -= mat4(-0.044756833, -0.07477089, -0.045763172, 0.046034206, -0.0018570204, -0.0056117843, -0.0016354977, -0.012510233, -0.014155545, -0.014326595, -0.008754796, 0.029464277, 0.018039124, 0.013986185, 0.007533203, -0.06736904) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.0036494066, -0.0020196624, -0.0007684006, 0.0088967895, 0.0063715433, 0.004531278, 0.015353073, 0.044435855, -0.01737889, -0.023218859, -0.019049555, 0.013164317, -0.013711001, -0.0065540248, -0.009384381, 0.0420263) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.0056146826, 0.010991342, 0.010938653, 0.028259031, -0.0005471576, -0.012243131, 0.00497348, 0.015033036, 0.0039452044, 0.021159632, -0.012329963, -0.052132275, -0.0136927795, -0.0013313057, -0.016389582, 0.017509256) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(-0.022161404, -0.025618114, -0.0084452685, 0.06889719, -0.0055002654, -7.589472e-05, -0.00054117653, 0.040368676, 0.005004625, 0.00053784234, 0.008051031, -0.007841372, -0.0035046171, -0.0011493897, -0.0023706248, 0.00095742237) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.03540832, 0.054779373, 0.038492493, 0.047795326, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    return c;
}

// conv 5x5, 16 channels and luma -> 2x luma (depth-to-space), then - what it counts beyond the frame (tail_edges), clip
// A workgroup computes 16x8 pixels with 16x8 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 2-pixel halo (20x12 pixels, 5 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
// The tile holds float16 pairs (packHalf2x16): the stored tensor is rgba16f, so this is exact.
shared uvec2 tile[1200];

#ifdef GL_EXT_shader_explicit_arithmetic_types_float16
// Where float16 arithmetic is compiled, the pairs are read as float16 (no conversion through float).
HVEC4 tile_texel(int i)
{
    uvec2 pair = tile[i];
    return HVEC4(unpackFloat2x16(pair.x), unpackFloat2x16(pair.y));
}
#else
vec4 tile_texel(int i)
{
    uvec2 pair = tile[i];
    return vec4(unpackHalf2x16(pair.x), unpackHalf2x16(pair.y));
}
#endif

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 8);
    for (int i = int(gl_LocalInvocationIndex); i < 240; i += 128) {
        ivec2 q = origin + ivec2(i % 20 - 2, i / 20 - 2);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        vec4 x0 = texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 240] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 480] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F16_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 720] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
        vec4 x4 = vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0);
        tile[i + 960] = inside ? uvec2(packHalf2x16(x4.xy), packHalf2x16(x4.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 20 + local.x;
    vec4 a0_0 = vec4(2.9588708e-07, -1.2468177e-05, 2.809895e-05, 1.8305635e-05);
    HVEC4 s0_0;
    {   // tap (-2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 240));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 480));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 720));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 960));
        s0_0 = HVEC4(-0.0050468445, 0.0029640198, -0.00028824806, 0.0002503395) * v0_0.x;
        s0_0 += HVEC4(9.10759e-05, -7.158518e-05, 3.0338764e-05, -2.5808811e-05) * v0_0.y;
        s0_0 += HVEC4(-7.289648e-05, 1.0788441e-05, 1.0430813e-05, -7.665157e-05) * v0_0.z;
        s0_0 += HVEC4(-3.1650066e-05, 6.020069e-06, 1.168251e-05, 4.10676e-05) * v0_0.w;
        s0_0 += HVEC4(0.00015938282, 0.00014090538, -0.00033044815, -0.00013959408) * v0_1.x;
        s0_0 += HVEC4(0.00085163116, -0.00015103817, 1.8894672e-05, -6.6280365e-05) * v0_1.y;
        s0_0 += HVEC4(0.00023400784, -0.00012516975, -0.0003297329, 0.00010317564) * v0_1.z;
        s0_0 += HVEC4(0.00023949146, 0.00024986267, 0.00010818243, -0.00024819374) * v0_1.w;
        s0_0 += HVEC4(0.00029444695, -0.00056028366, 0.0009174347, -7.134676e-05) * v0_2.x;
        s0_0 += HVEC4(-0.01612854, -0.009857178, -0.011482239, -0.008911133) * v0_2.y;
        s0_0 += HVEC4(0.00031018257, -0.00064754486, 0.00022864342, -0.0008378029) * v0_2.z;
        s0_0 += HVEC4(3.4213066e-05, -1.8119812e-05, 2.783537e-05, 8.606911e-05) * v0_2.w;
        s0_0 += HVEC4(9.286404e-05, 3.0636787e-05, 7.790327e-05, 4.2259693e-05) * v0_3.x;
        s0_0 += HVEC4(0.00013196468, -0.00013530254, 0.0004324913, 5.7160854e-05) * v0_3.y;
        s0_0 += HVEC4(-0.000100672245, 1.9669533e-05, 0.00012886524, 0.00011199713) * v0_3.z;
        s0_0 += HVEC4(0.00015330315, -7.56979e-06, -3.325939e-05, -5.698204e-05) * v0_3.w;
        s0_0 += HVEC4(-5.3822994e-05, -9.9897385e-05, 3.6358833e-05, 0.00019574165) * v0_4.x;
    }
    {   // tap (-1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 241));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 481));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 721));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 961));
        s0_0 += HVEC4(0.008964539, 0.01033783, -0.009613037, -0.008232117) * v0_0.x;
        s0_0 += HVEC4(0.000202775, 9.5665455e-05, -0.00032305717, -8.314848e-05) * v0_0.y;
        s0_0 += HVEC4(5.608797e-05, 0.00012397766, 1.9669533e-06, 3.9041042e-05) * v0_0.z;
        s0_0 += HVEC4(-0.00020039082, -8.2433224e-05, 1.4901161e-06, 9.518862e-05) * v0_0.w;
        s0_0 += HVEC4(0.0006122589, -0.0005249977, 0.00013303757, -0.000541687) * v0_1.x;
        s0_0 += HVEC4(0.0023918152, 0.007160187, -0.0013475418, -0.0015687943) * v0_1.y;
        s0_0 += HVEC4(-0.0020046234, -0.0011701584, 0.0032444, -0.0007619858) * v0_1.z;
        s0_0 += HVEC4(-0.0006117821, 0.00063180923, -0.000110566616, 0.00027108192) * v0_1.w;
        s0_0 += HVEC4(-0.00064754486, 0.00044369698, 2.3245811e-06, 0.00057172775) * v0_2.x;
        s0_0 += HVEC4(0.010498047, -0.014625549, -0.0154953, -0.0071144104) * v0_2.y;
        s0_0 += HVEC4(-0.0004658699, 0.0011081696, -0.00018298626, -0.0009794235) * v0_2.z;
        s0_0 += HVEC4(1.9073486e-05, 4.3928623e-05, -5.8472157e-05, -0.00013828278) * v0_2.w;
        s0_0 += HVEC4(-6.80089e-05, -1.1384487e-05, 3.8206577e-05, 0.00012922287) * v0_3.x;
        s0_0 += HVEC4(-0.0029754639, 0.0019607544, -0.0008497238, 0.00064468384) * v0_3.y;
        s0_0 += HVEC4(-6.93202e-05, 0.0003054142, -0.000106334686, 0.00025057793) * v0_3.z;
        s0_0 += HVEC4(0.00022125244, -0.00023293495, -0.00022470951, -9.304285e-05) * v0_3.w;
        s0_0 += HVEC4(-0.0006155968, -0.00039863586, -0.00010973215, -3.4093857e-05) * v0_4.x;
    }
    {   // tap (0, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 242));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 482));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 722));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 962));
        s0_0 += HVEC4(-0.027450562, 0.04168701, 0.0013113022, -0.009384155) * v0_0.x;
        s0_0 += HVEC4(0.0020771027, -0.0012397766, 0.00047397614, -0.0008878708) * v0_0.y;
        s0_0 += HVEC4(0.000995636, -0.0006008148, -0.00017666817, -0.00047516823) * v0_0.z;
        s0_0 += HVEC4(0.00011497736, -0.00022983551, 7.754564e-05, -5.185604e-05) * v0_0.w;
        s0_0 += HVEC4(-0.0022563934, 0.0010375977, -0.00017666817, -0.00073480606) * v0_1.x;
        s0_0 += HVEC4(0.0020103455, 0.0015392303, 0.0002746582, -0.00054073334) * v0_1.y;
        s0_0 += HVEC4(0.01322937, -0.019973755, -0.00036358833, 0.00089788437) * v0_1.z;
        s0_0 += HVEC4(0.00024414062, -0.0011548996, 0.00037240982, 0.00078487396) * v0_1.w;
        s0_0 += HVEC4(0.002313614, -0.0006322861, 0.0002799034, 0.0003592968) * v0_2.x;
        s0_0 += HVEC4(0.02796936, 0.05493164, 0.010070801, 0.013595581) * v0_2.y;
        s0_0 += HVEC4(-0.00048661232, 0.0013341904, -0.0001835823, 0.0002040863) * v0_2.z;
        s0_0 += HVEC4(-0.00017869473, 1.31726265e-05, 0.00015413761, 0.00019907951) * v0_2.w;
        s0_0 += HVEC4(0.0002156496, -0.0001745224, 0.00019967556, 4.6253204e-05) * v0_3.x;
        s0_0 += HVEC4(0.0054244995, -0.0051460266, 0.0011119843, -0.003320694) * v0_3.y;
        s0_0 += HVEC4(-0.0006623268, 0.0006928444, 1.2040138e-05, 0.00019073486) * v0_3.z;
        s0_0 += HVEC4(-0.0007457733, -0.0005016327, 0.00037240982, -0.00021541119) * v0_3.w;
        s0_0 += HVEC4(0.0010519028, -1.2695789e-05, 0.00027799606, -5.1021576e-05) * v0_4.x;
    }
    {   // tap (1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 3));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 243));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 483));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 723));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 963));
        s0_0 += HVEC4(0.0010824203, -0.0093307495, 0.0014305115, 0.0029506683) * v0_0.x;
        s0_0 += HVEC4(-0.002784729, -0.0016965866, -0.008407593, 0.010246277) * v0_0.y;
        s0_0 += HVEC4(5.2392483e-05, -0.00019407272, -0.0002770424, 0.00038027763) * v0_0.z;
        s0_0 += HVEC4(8.678436e-05, 0.00026249886, -0.000228405, -0.000104248524) * v0_0.w;
        s0_0 += HVEC4(-0.00010108948, -6.854534e-06, -4.3690205e-05, -0.00015974045) * v0_1.x;
        s0_0 += HVEC4(0.002117157, 0.006679535, -0.0011920929, -0.0021972656) * v0_1.y;
        s0_0 += HVEC4(-0.0020694733, 0.0052833557, -0.0007944107, -0.0014514923) * v0_1.z;
        s0_0 += HVEC4(0.00014805794, -0.00069618225, 2.3305416e-05, 0.00036001205) * v0_1.w;
        s0_0 += HVEC4(0.0004310608, -0.0011482239, 6.699562e-05, -0.0001103282) * v0_2.x;
        s0_0 += HVEC4(-0.007843018, -0.026550293, -0.022888184, -0.0016536713) * v0_2.y;
        s0_0 += HVEC4(-1.1920929e-06, 3.4093857e-05, 0.0001218915, -9.7453594e-05) * v0_2.z;
        s0_0 += HVEC4(0.00096559525, -0.0011510849, 9.816885e-05, 0.00051927567) * v0_2.w;
        s0_0 += HVEC4(0.00070619583, -0.0003759861, -1.1980534e-05, 0.000117242336) * v0_3.x;
        s0_0 += HVEC4(-0.000726223, 0.0023097992, -0.00013256073, 0.000118494034) * v0_3.y;
        s0_0 += HVEC4(-5.942583e-05, -3.9577484e-05, 3.9219856e-05, 0.0004234314) * v0_3.z;
        s0_0 += HVEC4(-0.014549255, 0.0079193115, -0.003610611, 0.005580902) * v0_3.w;
        s0_0 += HVEC4(-0.0003478527, 0.0005068779, -0.00026750565, -0.00017154217) * v0_4.x;
    }
    {   // tap (2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 4));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 244));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 484));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 724));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 964));
        s0_0 += HVEC4(-0.00019013882, -0.00010621548, 0.000107586384, 0.00011521578) * v0_0.x;
        s0_0 += HVEC4(0.0066604614, -0.008132935, 0.0026950836, -0.006046295) * v0_0.y;
        s0_0 += HVEC4(3.4809113e-05, 2.8908253e-05, 9.828806e-05, -0.0001732111) * v0_0.z;
        s0_0 += HVEC4(-0.00011771917, 3.5762787e-05, 9.930134e-05, 0.00012660027) * v0_0.w;
        s0_0 += HVEC4(2.3722649e-05, -0.0001796484, -0.000104784966, -5.376339e-05) * v0_1.x;
        s0_0 += HVEC4(-0.00016915798, 0.00028157234, 0.0002799034, 0.00014591217) * v0_1.y;
        s0_0 += HVEC4(0.00019335747, -0.00074100494, 0.00012481213, -8.3088875e-05) * v0_1.z;
        s0_0 += HVEC4(0.00016832352, 0.0007457733, -4.1365623e-05, -6.4730644e-05) * v0_1.w;
        s0_0 += HVEC4(-7.3850155e-05, 6.5267086e-05, -5.942583e-05, 0.00014650822) * v0_2.x;
        s0_0 += HVEC4(0.0090408325, -0.0064582825, 0.007419586, -0.0052108765) * v0_2.y;
        s0_0 += HVEC4(6.1392784e-06, 2.0861626e-05, 9.149313e-05, -3.3974648e-06) * v0_2.z;
        s0_0 += HVEC4(0.0001116395, 0.0017385483, 7.480383e-05, -0.00095176697) * v0_2.w;
        s0_0 += HVEC4(-5.5730343e-05, -0.00026345253, 0.00067710876, -0.0005412102) * v0_3.x;
        s0_0 += HVEC4(4.61936e-05, 8.428097e-05, -4.172325e-07, 1.8894672e-05) * v0_3.y;
        s0_0 += HVEC4(2.5868416e-05, -3.582239e-05, 9.2327595e-05, -7.504225e-05) * v0_3.z;
        s0_0 += HVEC4(0.0001154542, 0.00056648254, 8.511543e-05, 0.0010080338) * v0_3.w;
        s0_0 += HVEC4(-4.9114227e-05, -3.862381e-05, 5.5491924e-05, 7.3194504e-05) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 20));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 260));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 500));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 740));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 980));
        s0_0 = HVEC4(0.0037174225, -0.00056123734, -0.0054626465, 2.592802e-05) * v0_0.x;
        s0_0 += HVEC4(-2.4735928e-05, -8.881092e-06, 8.648634e-05, 3.772974e-05) * v0_0.y;
        s0_0 += HVEC4(0.00016748905, 0.00021958351, -8.225441e-05, 0.0001244545) * v0_0.z;
        s0_0 += HVEC4(-0.00023341179, -3.325939e-05, -2.7298927e-05, -6.407499e-05) * v0_0.w;
        s0_0 += HVEC4(1.41859055e-05, 0.00016593933, -1.7285347e-06, 4.887581e-06) * v0_1.x;
        s0_0 += HVEC4(0.0005927086, -0.004005432, -0.0014038086, 0.0025901794) * v0_1.y;
        s0_0 += HVEC4(-0.00068616867, -0.00059747696, 0.0009918213, -0.0006933212) * v0_1.z;
        s0_0 += HVEC4(-0.00046229362, -0.0011911392, 0.000685215, 0.0003581047) * v0_1.w;
        s0_0 += HVEC4(-0.0016555786, 0.00045228004, 0.0011339188, 0.00014829636) * v0_2.x;
        s0_0 += HVEC4(-0.014228821, -0.054138184, 0.014480591, -0.034301758) * v0_2.y;
        s0_0 += HVEC4(0.005302429, -0.01133728, -0.0053596497, 0.012626648) * v0_2.z;
        s0_0 += HVEC4(7.736683e-05, -0.000218153, 8.302927e-05, -7.212162e-05) * v0_2.w;
        s0_0 += HVEC4(0.0003607273, 8.350611e-05, -5.3167343e-05, 0.000121474266) * v0_3.x;
        s0_0 += HVEC4(-0.0003490448, 0.0004503727, -0.00022864342, 0.0001180172) * v0_3.y;
        s0_0 += HVEC4(6.246567e-05, -0.00012934208, 0.00018644333, 5.0663948e-05) * v0_3.z;
        s0_0 += HVEC4(-9.298325e-06, 1.7166138e-05, 1.2516975e-05, -2.783537e-05) * v0_3.w;
        s0_0 += HVEC4(-0.0001821518, -0.00028824806, -0.00014674664, -0.0005617142) * v0_4.x;
    }
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 21));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 261));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 501));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 741));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 981));
        s0_0 += HVEC4(0.050689697, 0.013916016, -0.062164307, -0.002067566) * v0_0.x;
        s0_0 += HVEC4(1.6331673e-05, -1.1324883e-06, 1.7225742e-05, 3.695488e-06) * v0_0.y;
        s0_0 += HVEC4(-0.0004286766, 0.0006632805, -0.00066423416, 0.0008120537) * v0_0.z;
        s0_0 += HVEC4(-0.0006623268, -0.00021791458, -0.0007176399, 5.90086e-06) * v0_0.w;
        s0_0 += HVEC4(-0.00071668625, 0.0002207756, -3.528595e-05, -0.00081825256) * v0_1.x;
        s0_0 += HVEC4(-0.05947876, -0.0040359497, 0.068725586, 0.0011529922) * v0_1.y;
        s0_0 += HVEC4(-0.02180481, 0.001950264, 0.013145447, 0.0010538101) * v0_1.z;
        s0_0 += HVEC4(-0.0013875961, -0.008895874, 0.0016183853, 0.004299164) * v0_1.w;
        s0_0 += HVEC4(-0.026046753, 0.0063552856, 0.008987427, 0.006046295) * v0_2.x;
        s0_0 += HVEC4(-0.016906738, 0.05493164, -0.04748535, 0.006801605) * v0_2.y;
        s0_0 += HVEC4(-0.016998291, 0.038085938, -0.00045132637, -0.012901306) * v0_2.z;
        s0_0 += HVEC4(-0.0012254715, 0.0016117096, 0.0013084412, -0.0008292198) * v0_2.w;
        s0_0 += HVEC4(-3.6656857e-05, 0.0003221035, 0.000104665756, 0.000104129314) * v0_3.x;
        s0_0 += HVEC4(-0.002811432, 0.004650116, -0.006828308, 0.0026741028) * v0_3.y;
        s0_0 += HVEC4(0.000852108, -0.00056028366, 0.00023627281, -0.00013315678) * v0_3.z;
        s0_0 += HVEC4(-0.000582695, 0.00016844273, 0.00036644936, -0.00048661232) * v0_3.w;
        s0_0 += HVEC4(-0.0016527176, -0.0008368492, -0.00037002563, -0.0006198883) * v0_4.x;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 22));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 262));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 502));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 742));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 982));
        s0_0 += HVEC4(0.1854248, -0.38134766, 0.03756714, 0.16491699) * v0_0.x;
        s0_0 += HVEC4(0.0037822723, -0.0017547607, 0.0010576248, -0.0013427734) * v0_0.y;
        s0_0 += HVEC4(0.007736206, -0.016525269, -0.00049066544, 0.00504303) * v0_0.z;
        s0_0 += HVEC4(-0.0051078796, 0.007785797, -0.0005950928, -0.0010414124) * v0_0.w;
        s0_0 += HVEC4(-0.0211792, 0.013427734, 0.003145218, -0.0085372925) * v0_1.x;
        s0_0 += HVEC4(-0.16223145, -0.17810059, 0.15844727, 0.18908691) * v0_1.y;
        s0_0 += HVEC4(0.012229919, -0.31518555, 0.29492188, 0.0034809113) * v0_1.z;
        s0_0 += HVEC4(0.0072402954, 0.008659363, -0.0048599243, -0.003189087) * v0_1.w;
        s0_0 += HVEC4(0.049621582, -0.06890869, -0.0034484863, 0.027832031) * v0_2.x;
        s0_0 += HVEC4(0.052215576, 0.090026855, 0.10394287, 0.034118652) * v0_2.y;
        s0_0 += HVEC4(0.0029773712, -0.0149002075, 0.000320673, 0.004940033) * v0_2.z;
        s0_0 += HVEC4(-0.0049362183, 0.016403198, 0.0013856888, -0.006778717) * v0_2.w;
        s0_0 += HVEC4(0.010375977, -0.010398865, -0.00023579597, 0.0017471313) * v0_3.x;
        s0_0 += HVEC4(0.035583496, -0.038970947, 0.009544373, -0.0015115738) * v0_3.y;
        s0_0 += HVEC4(-0.0011692047, 0.00085926056, 0.001200676, -0.0009813309) * v0_3.z;
        s0_0 += HVEC4(0.034210205, -0.00919342, -0.010368347, -0.00082302094) * v0_3.w;
        s0_0 += HVEC4(0.009613037, 0.012039185, -0.0020122528, -0.003074646) * v0_4.x;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 23));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 263));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 503));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 743));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 983));
        s0_0 += HVEC4(-0.001996994, 0.026473999, 0.00041604042, -0.015144348) * v0_0.x;
        s0_0 += HVEC4(-0.124694824, 0.12017822, -0.043518066, 0.04043579) * v0_0.y;
        s0_0 += HVEC4(0.0024166107, -0.002292633, -0.0006723404, -0.0004761219) * v0_0.z;
        s0_0 += HVEC4(-0.0012598038, -0.00017261505, -0.0005078316, 0.0017967224) * v0_0.w;
        s0_0 += HVEC4(0.0014295578, -0.0025024414, -1.3649464e-05, 0.0010414124) * v0_1.x;
        s0_0 += HVEC4(0.005329132, -0.032165527, -0.0034503937, 0.031097412) * v0_1.y;
        s0_0 += HVEC4(1.4901161e-05, -0.012145996, -0.0012226105, 0.009925842) * v0_1.z;
        s0_0 += HVEC4(-0.0017652512, -0.0035076141, 0.0017900467, 0.0016384125) * v0_1.w;
        s0_0 += HVEC4(-0.0018463135, 0.010894775, -0.0010757446, -0.0029029846) * v0_2.x;
        s0_0 += HVEC4(-0.021881104, -0.03729248, 0.0057525635, 0.038330078) * v0_2.y;
        s0_0 += HVEC4(-0.0002117157, 0.0006699562, -0.00034189224, -3.0457973e-05) * v0_2.z;
        s0_0 += HVEC4(-0.009124756, -0.004940033, 0.00983429, 0.0016679764) * v0_2.w;
        s0_0 += HVEC4(0.0015716553, 0.002702713, -0.0026893616, -0.00014412403) * v0_3.x;
        s0_0 += HVEC4(0.0008354187, -0.0017719269, 0.00015676022, 0.0013122559) * v0_3.y;
        s0_0 += HVEC4(0.00063943863, -0.0036392212, 0.00050735474, 0.00056552887) * v0_3.z;
        s0_0 += HVEC4(-0.07946777, 0.037078857, -0.093444824, 0.123535156) * v0_3.w;
        s0_0 += HVEC4(-0.0012655258, -0.00041890144, -0.0008802414, -0.00028443336) * v0_4.x;
    }
    {   // tap (2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 24));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 264));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 504));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 744));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 984));
        s0_0 += HVEC4(-0.000121474266, 0.0025615692, -0.00033473969, -0.0013208389) * v0_0.x;
        s0_0 += HVEC4(-0.0016756058, 0.0073432922, -0.0006747246, -0.0005273819) * v0_0.y;
        s0_0 += HVEC4(-0.00031590462, 0.0009698868, -0.0004119873, 0.00024342537) * v0_0.z;
        s0_0 += HVEC4(9.715557e-06, 9.673834e-05, -0.00022184849, -0.00019621849) * v0_0.w;
        s0_0 += HVEC4(-0.0002784729, 0.00052309036, 2.1457672e-05, -0.00021517277) * v0_1.x;
        s0_0 += HVEC4(-0.0014801025, -0.0026283264, 0.003604889, 0.00023508072) * v0_1.y;
        s0_0 += HVEC4(0.00036382675, -0.0010557175, 8.404255e-06, 0.0002515316) * v0_1.z;
        s0_0 += HVEC4(-0.0014810562, -0.0014295578, 0.00032377243, 0.0007381439) * v0_1.w;
        s0_0 += HVEC4(0.00037789345, -0.0001732111, 2.8431416e-05, -0.00017094612) * v0_2.x;
        s0_0 += HVEC4(0.010047913, -0.015357971, -0.005138397, -0.00023043156) * v0_2.y;
        s0_0 += HVEC4(0.00010937452, 5.1677227e-05, -2.5570393e-05, 4.7266483e-05) * v0_2.z;
        s0_0 += HVEC4(0.00027251244, 0.00060367584, -0.00032901764, -0.0010547638) * v0_2.w;
        s0_0 += HVEC4(2.002716e-05, 0.00030231476, 0.00051259995, -0.0011463165) * v0_3.x;
        s0_0 += HVEC4(5.9187412e-05, -0.000105917454, -1.0550022e-05, 7.5399876e-05) * v0_3.y;
        s0_0 += HVEC4(-9.328127e-05, 0.00037765503, 5.3703785e-05, 0.00017404556) * v0_3.z;
        s0_0 += HVEC4(-0.0026245117, 0.01890564, -0.003850937, -0.00088357925) * v0_3.w;
        s0_0 += HVEC4(0.0006814003, -0.001745224, -0.00012660027, -4.5716763e-05) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 40));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 280));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 520));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 760));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1000));
        s0_0 = HVEC4(-0.00076293945, -6.520748e-05, 0.0005302429, 0.00019955635) * v0_0.x;
        s0_0 += HVEC4(8.7320805e-05, -6.043911e-05, -2.4437904e-06, -8.5651875e-05) * v0_0.y;
        s0_0 += HVEC4(-0.00022125244, 0.00020551682, -0.00029826164, -0.0002772808) * v0_0.z;
        s0_0 += HVEC4(1.9848347e-05, 4.8577785e-05, 0.0002732277, -0.00032639503) * v0_0.w;
        s0_0 += HVEC4(0.0002465248, 8.416176e-05, -0.000600338, 0.00037670135) * v0_1.x;
        s0_0 += HVEC4(9.250641e-05, -0.00015318394, -0.0011730194, -0.0012435913) * v0_1.y;
        s0_0 += HVEC4(9.49502e-05, -0.000112235546, 0.000100016594, -0.00019001961) * v0_1.z;
        s0_0 += HVEC4(0.0004901886, 0.0023994446, -0.00092220306, -0.00094795227) * v0_1.w;
        s0_0 += HVEC4(0.00019693375, 0.0006918907, -0.00050878525, -5.3286552e-05) * v0_2.x;
        s0_0 += HVEC4(0.01939392, 0.018569946, -0.0362854, 0.0052986145) * v0_2.y;
        s0_0 += HVEC4(0.0059814453, -0.0073280334, 0.010612488, -0.0037994385) * v0_2.z;
        s0_0 += HVEC4(0.0013227463, -0.0009946823, 0.00011044741, 0.00040745735) * v0_2.w;
        s0_0 += HVEC4(-0.00010639429, -7.724762e-05, 9.512901e-05, 0.00037431717) * v0_3.x;
        s0_0 += HVEC4(0.00085401535, -0.0002632141, -0.0008468628, 0.00017404556) * v0_3.y;
        s0_0 += HVEC4(-1.3589859e-05, -0.00018882751, 8.291006e-05, 2.3782253e-05) * v0_3.z;
        s0_0 += HVEC4(-6.5267086e-05, -5.3167343e-05, -7.5519085e-05, 4.5359135e-05) * v0_3.w;
        s0_0 += HVEC4(0.000705719, 0.00042581558, 0.0008325577, -5.596876e-05) * v0_4.x;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 41));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 281));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 521));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 761));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1001));
        s0_0 += HVEC4(-0.023635864, 0.0027618408, 0.036468506, -0.004337311) * v0_0.x;
        s0_0 += HVEC4(9.661913e-05, 0.00015795231, -1.6152859e-05, 6.943941e-05) * v0_0.y;
        s0_0 += HVEC4(0.008010864, -9.679794e-05, -0.016326904, -0.00039815903) * v0_0.z;
        s0_0 += HVEC4(-0.0023994446, -0.0010099411, 0.004863739, -0.0014743805) * v0_0.w;
        s0_0 += HVEC4(0.008003235, -0.0018577576, -0.008560181, 0.0007658005) * v0_1.x;
        s0_0 += HVEC4(0.0056762695, 0.0066871643, -0.008720398, -0.003648758) * v0_1.y;
        s0_0 += HVEC4(0.0011310577, 0.0012874603, -0.006664276, 0.0017118454) * v0_1.z;
        s0_0 += HVEC4(0.030075073, -0.0007967949, -0.033996582, 0.008026123) * v0_1.w;
        s0_0 += HVEC4(0.02267456, -0.007381439, -0.013122559, -0.00064849854) * v0_2.x;
        s0_0 += HVEC4(0.017990112, 0.034179688, 0.04269409, 0.02949524) * v0_2.y;
        s0_0 += HVEC4(-0.21594238, 0.20410156, 0.14624023, -0.12219238) * v0_2.z;
        s0_0 += HVEC4(-0.012435913, 0.003206253, 0.011619568, 5.3346157e-05) * v0_2.w;
        s0_0 += HVEC4(0.0073394775, -0.0021018982, -0.007419586, 0.0029392242) * v0_3.x;
        s0_0 += HVEC4(0.0063209534, -0.0048713684, -0.0029029846, 0.00092315674) * v0_3.y;
        s0_0 += HVEC4(-0.00025820732, 0.0014514923, 0.002462387, 0.0004916191) * v0_3.z;
        s0_0 += HVEC4(-0.0016994476, 0.00084781647, -0.0013036728, 0.0009775162) * v0_3.w;
        s0_0 += HVEC4(0.010795593, -0.00283432, 0.008796692, -0.0017108917) * v0_4.x;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 42));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 282));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 522));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 762));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1002));
        s0_0 += HVEC4(0.06921387, 0.020263672, -0.26489258, 0.17053223) * v0_0.x;
        s0_0 += HVEC4(0.0014095306, -0.0018167496, 0.001748085, -0.0010175705) * v0_0.y;
        s0_0 += HVEC4(0.29101562, 0.00868988, 0.005104065, -0.3161621) * v0_0.z;
        s0_0 += HVEC4(-0.2734375, -0.0057640076, 0.013435364, 0.2553711) * v0_0.w;
        s0_0 += HVEC4(0.022521973, 0.2607422, -0.30249023, 0.009094238) * v0_1.x;
        s0_0 += HVEC4(-0.0048446655, -0.008529663, 0.013328552, 0.0050582886) * v0_1.y;
        s0_0 += HVEC4(-0.0052986145, 0.0030994415, 0.010810852, -0.013458252) * v0_1.z;
        s0_0 += HVEC4(0.17272949, 0.14440918, -0.15344238, -0.14831543) * v0_1.w;
        s0_0 += HVEC4(-0.04547119, 0.059936523, 0.119018555, -0.14685059) * v0_2.x;
        s0_0 += HVEC4(-0.13464355, -0.12866211, -0.070007324, -0.09423828) * v0_2.y;
        s0_0 += HVEC4(-0.011131287, 0.017120361, -0.0021686554, 0.00067281723) * v0_2.z;
        s0_0 += HVEC4(0.13208008, -0.124572754, -0.12249756, 0.12213135) * v0_2.w;
        s0_0 += HVEC4(-0.15112305, 0.14990234, 0.15026855, -0.12866211) * v0_3.x;
        s0_0 += HVEC4(0.1652832, -0.15551758, 0.11907959, -0.11248779) * v0_3.y;
        s0_0 += HVEC4(-0.12878418, 0.13549805, -0.01727295, 0.027404785) * v0_3.z;
        s0_0 += HVEC4(-0.012878418, -0.01398468, 0.060272217, -0.024246216) * v0_3.w;
        s0_0 += HVEC4(0.98779297, 0.9873047, 0.9873047, 0.98828125) * v0_4.x;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 43));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 283));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 523));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 763));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1003));
        s0_0 += HVEC4(0.002752304, -0.009552002, -3.916025e-05, 0.0022830963) * v0_0.x;
        s0_0 += HVEC4(-0.15820312, 0.15466309, -0.21118164, 0.20812988) * v0_0.y;
        s0_0 += HVEC4(-0.0019216537, 0.010429382, -0.00045609474, -0.0071105957) * v0_0.z;
        s0_0 += HVEC4(0.0014314651, -0.0109939575, 0.0015907288, 0.0034809113) * v0_0.w;
        s0_0 += HVEC4(-0.0050811768, 0.010391235, 0.002336502, -0.012168884) * v0_1.x;
        s0_0 += HVEC4(0.00090932846, 0.0015850067, -0.004863739, 0.00047302246) * v0_1.y;
        s0_0 += HVEC4(0.0014915466, -0.0017614365, 0.0002872944, 9.512901e-05) * v0_1.z;
        s0_0 += HVEC4(0.0039711, 0.056243896, -0.006462097, -0.054992676) * v0_1.w;
        s0_0 += HVEC4(-0.0010643005, -0.0055656433, -0.00037431717, 0.009017944) * v0_2.x;
        s0_0 += HVEC4(0.0070228577, 0.039733887, -0.02696228, 0.031402588) * v0_2.y;
        s0_0 += HVEC4(0.00059843063, 1.4901161e-06, -0.00079631805, 8.058548e-05) * v0_2.z;
        s0_0 += HVEC4(-0.0005302429, 0.00793457, 0.00030350685, -0.004878998) * v0_2.w;
        s0_0 += HVEC4(0.0036373138, -0.0115737915, -0.0012931824, 0.01184082) * v0_3.x;
        s0_0 += HVEC4(-0.00051021576, 0.0023937225, -0.00015699863, -0.0008187294) * v0_3.y;
        s0_0 += HVEC4(0.0028972626, -0.0056266785, -0.00017082691, -0.00065135956) * v0_3.z;
        s0_0 += HVEC4(0.20690918, -0.14013672, 0.20397949, -0.29467773) * v0_3.w;
        s0_0 += HVEC4(-0.0017633438, 0.010398865, -0.0032196045, 0.010269165) * v0_4.x;
    }
    {   // tap (2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 44));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 284));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 524));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 764));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1004));
        s0_0 += HVEC4(-0.0008749962, -0.0054969788, 0.00075912476, 0.0021419525) * v0_0.x;
        s0_0 += HVEC4(-0.0056152344, 0.0068855286, -0.0029830933, 0.00793457) * v0_0.y;
        s0_0 += HVEC4(-0.0002439022, 0.0005674362, -0.00024795532, 9.846687e-05) * v0_0.z;
        s0_0 += HVEC4(-7.081032e-05, -0.0010309219, 0.00029683113, 0.00012123585) * v0_0.w;
        s0_0 += HVEC4(-0.0010385513, 0.0001462698, 0.0001475811, -0.00053596497) * v0_1.x;
        s0_0 += HVEC4(0.0012550354, 0.0004785061, -0.0012025833, -0.0007762909) * v0_1.y;
        s0_0 += HVEC4(0.000116705894, -0.00035333633, 0.00017237663, -3.4809113e-05) * v0_1.z;
        s0_0 += HVEC4(0.0009703636, 0.0012645721, -0.0017881393, -0.0017843246) * v0_1.w;
        s0_0 += HVEC4(-0.00017690659, -0.00044727325, 7.516146e-05, 0.0006465912) * v0_2.x;
        s0_0 += HVEC4(0.0524292, -0.010383606, 0.042755127, -0.02923584) * v0_2.y;
        s0_0 += HVEC4(5.9843063e-05, 7.110834e-05, -0.00013196468, 6.890297e-05) * v0_2.z;
        s0_0 += HVEC4(0.000223279, 0.00036144257, -0.00013828278, 0.00049734116) * v0_2.w;
        s0_0 += HVEC4(0.00020766258, 0.0001642704, 0.00014400482, 0.000106573105) * v0_3.x;
        s0_0 += HVEC4(0.0001745224, 0.0004479885, 2.7179718e-05, -0.00012600422) * v0_3.y;
        s0_0 += HVEC4(0.00068187714, -0.0001578331, -2.9027462e-05, 0.0004105568) * v0_3.z;
        s0_0 += HVEC4(4.643202e-05, -0.011207581, -0.00074863434, 0.017913818) * v0_3.w;
        s0_0 += HVEC4(-9.202957e-05, 0.0020198822, -0.0002872944, 0.00017619133) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 60));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 300));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 540));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 780));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1020));
        s0_0 = HVEC4(0.0001116395, 6.7174435e-05, 1.2516975e-05, -0.00014996529) * v0_0.x;
        s0_0 += HVEC4(3.3080578e-05, 4.440546e-05, 4.0471554e-05, -3.5703182e-05) * v0_0.y;
        s0_0 += HVEC4(0.00015163422, 7.557869e-05, -7.212162e-05, 0.00010377169) * v0_0.z;
        s0_0 += HVEC4(0.00028562546, -0.00019013882, 0.00026869774, -0.00017666817) * v0_0.w;
        s0_0 += HVEC4(-0.0002323389, -8.5413456e-05, -0.00026655197, 0.00031518936) * v0_1.x;
        s0_0 += HVEC4(0.00012242794, 8.547306e-05, 0.00048446655, -0.0001745224) * v0_1.y;
        s0_0 += HVEC4(-9.1314316e-05, -0.00030112267, -3.3915043e-05, 0.00017869473) * v0_1.z;
        s0_0 += HVEC4(-0.0001244545, -0.0004618168, 0.0015506744, -0.00028562546) * v0_1.w;
        s0_0 += HVEC4(-0.00016272068, -0.00021910667, 8.559227e-05, 0.00023365021) * v0_2.x;
        s0_0 += HVEC4(0.020507812, 0.009185791, 0.05331421, 0.0031700134) * v0_2.y;
        s0_0 += HVEC4(0.0029697418, 0.000102460384, -0.008605957, 0.0015993118) * v0_2.z;
        s0_0 += HVEC4(-0.0003399849, -0.000579834, 0.0024204254, -0.00014483929) * v0_2.w;
        s0_0 += HVEC4(-0.0007662773, 0.00013792515, 0.0006222725, 0.000600338) * v0_3.x;
        s0_0 += HVEC4(-0.00016975403, -0.00012230873, 0.00016260147, 0.00022351742) * v0_3.y;
        s0_0 += HVEC4(-0.00026273727, 0.00012099743, 0.00025105476, -4.7385693e-05) * v0_3.z;
        s0_0 += HVEC4(-0.00013041496, 0.00023698807, -6.920099e-05, 3.939867e-05) * v0_3.w;
        s0_0 += HVEC4(-0.00060224533, -0.0006504059, -0.00025081635, 0.0007958412) * v0_4.x;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 61));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 301));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 541));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 781));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1021));
        s0_0 += HVEC4(0.0013713837, 0.0014696121, -0.0048332214, 0.0005197525) * v0_0.x;
        s0_0 += HVEC4(-5.978346e-05, -0.00012564659, 0.00011521578, 3.3974648e-05) * v0_0.y;
        s0_0 += HVEC4(0.0015325546, -0.00046038628, 0.0001347065, -0.0019388199) * v0_0.z;
        s0_0 += HVEC4(-0.0009713173, -1.180172e-05, -0.0036849976, 0.0015077591) * v0_0.w;
        s0_0 += HVEC4(-0.0012044907, -0.00097608566, 0.002374649, -0.0011053085) * v0_1.x;
        s0_0 += HVEC4(-1.0967255e-05, 0.0005054474, -0.0010719299, 0.00050115585) * v0_1.y;
        s0_0 += HVEC4(-0.0005030632, -0.0002168417, -0.00033545494, 0.00070762634) * v0_1.z;
        s0_0 += HVEC4(-0.00045657158, -0.00027775764, 0.0017824173, 0.0021572113) * v0_1.w;
        s0_0 += HVEC4(-0.00022125244, -0.0016651154, 0.0074501038, -0.0016679764) * v0_2.x;
        s0_0 += HVEC4(0.070373535, 0.049621582, 0.06921387, 0.031799316) * v0_2.y;
        s0_0 += HVEC4(-0.0135650635, -0.026123047, 0.05987549, -0.014076233) * v0_2.z;
        s0_0 += HVEC4(-0.000790596, 0.009284973, -0.003982544, -0.00048565865) * v0_2.w;
        s0_0 += HVEC4(0.0027008057, -0.0064735413, 0.0067100525, 0.0043029785) * v0_3.x;
        s0_0 += HVEC4(-0.0032577515, 0.0040016174, 0.004085541, -0.0021018982) * v0_3.y;
        s0_0 += HVEC4(-0.0010986328, 0.0006952286, 0.004085541, -0.0006375313) * v0_3.z;
        s0_0 += HVEC4(0.00035452843, -0.00038957596, -0.0016584396, 6.4969063e-06) * v0_3.w;
        s0_0 += HVEC4(-0.0005092621, -0.00021362305, -0.0009250641, -0.0014009476) * v0_4.x;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 62));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 302));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 542));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 782));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1022));
        s0_0 += HVEC4(-0.0033988953, -0.00012129545, 0.0053138733, -0.0024166107) * v0_0.x;
        s0_0 += HVEC4(0.0007147789, -0.0009198189, 0.00054836273, -0.00041246414) * v0_0.y;
        s0_0 += HVEC4(-0.0033626556, -0.0033740997, 0.008476257, -0.0020542145) * v0_0.z;
        s0_0 += HVEC4(-0.00037193298, 0.0025482178, -0.010910034, -0.0022010803) * v0_0.w;
        s0_0 += HVEC4(0.0018854141, 0.00094270706, -0.010719299, 0.005115509) * v0_1.x;
        s0_0 += HVEC4(0.0010547638, 0.0009608269, -0.0012388229, -6.6161156e-06) * v0_1.y;
        s0_0 += HVEC4(-0.0007324219, -0.0008635521, 0.0021152496, -0.0027484894) * v0_1.z;
        s0_0 += HVEC4(-0.00091457367, -0.00061511993, 0.0052375793, 0.001156807) * v0_1.w;
        s0_0 += HVEC4(0.0014562607, -5.8591366e-05, -0.012512207, 0.012756348) * v0_2.x;
        s0_0 += HVEC4(-0.06549072, 0.031173706, -0.047210693, 0.04446411) * v0_2.y;
        s0_0 += HVEC4(0.038482666, 0.0007195473, -0.008621216, -0.027359009) * v0_2.z;
        s0_0 += HVEC4(-0.0020618439, -0.00074386597, 0.0072021484, 0.00356102) * v0_2.w;
        s0_0 += HVEC4(0.0068206787, 0.0008034706, -0.00957489, 0.004878998) * v0_3.x;
        s0_0 += HVEC4(0.023468018, -0.03161621, 0.1104126, -0.09838867) * v0_3.y;
        s0_0 += HVEC4(0.017929077, -0.017242432, -0.093444824, 0.10772705) * v0_3.z;
        s0_0 += HVEC4(-0.0069465637, 0.012878418, -0.036102295, 0.0135269165) * v0_3.w;
        s0_0 += HVEC4(-0.0026226044, -0.0035324097, 0.010650635, 0.009757996) * v0_4.x;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 63));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 303));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 543));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 783));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1023));
        s0_0 += HVEC4(0.0011348724, -0.0016880035, 0.0011739731, 0.0011796951) * v0_0.x;
        s0_0 += HVEC4(-0.027816772, 0.024246216, -0.05633545, 0.046539307) * v0_0.y;
        s0_0 += HVEC4(-0.00085258484, -0.00013935566, -0.00027275085, 4.2915344e-05) * v0_0.z;
        s0_0 += HVEC4(0.0004324913, -0.0002477169, 9.9897385e-05, 0.0007176399) * v0_0.w;
        s0_0 += HVEC4(0.0007739067, 0.001414299, -0.0013666153, -0.00076532364) * v0_1.x;
        s0_0 += HVEC4(-0.0003581047, 0.00036025047, 0.00032782555, -0.0009407997) * v0_1.y;
        s0_0 += HVEC4(-0.000647068, -0.00019192696, 0.00034570694, 0.00048542023) * v0_1.z;
        s0_0 += HVEC4(-0.0019950867, -0.0013990402, 0.0048561096, 0.0019550323) * v0_1.w;
        s0_0 += HVEC4(0.0018720627, -0.0007328987, -0.0020751953, 0.0027809143) * v0_2.x;
        s0_0 += HVEC4(0.09490967, 0.07183838, 0.0692749, 0.045043945) * v0_2.y;
        s0_0 += HVEC4(-0.0008840561, -0.0004823208, -2.4080276e-05, 0.0002603531) * v0_2.z;
        s0_0 += HVEC4(-0.0005707741, 0.0008468628, 0.0006389618, -0.0009675026) * v0_2.w;
        s0_0 += HVEC4(0.0008068085, -0.00056886673, -9.697676e-05, -0.0006480217) * v0_3.x;
        s0_0 += HVEC4(-0.0013113022, 0.0036315918, 0.0003092289, 0.00025606155) * v0_3.y;
        s0_0 += HVEC4(-0.0005226135, 0.0013389587, 0.0014505386, -0.0049819946) * v0_3.z;
        s0_0 += HVEC4(-0.0051651, 0.0051879883, -0.0059165955, 0.01008606) * v0_3.w;
        s0_0 += HVEC4(-0.00020718575, -0.0011510849, 0.0002720356, -0.0016260147) * v0_4.x;
    }
    {   // tap (2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 64));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 304));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 544));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 784));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1024));
        s0_0 += HVEC4(0.0006599426, -0.0001348257, -0.0014533997, 0.00090169907) * v0_0.x;
        s0_0 += HVEC4(0.0024662018, -0.002357483, -0.0017700195, 0.0026340485) * v0_0.y;
        s0_0 += HVEC4(-7.724762e-05, 0.00014472008, -5.8412552e-05, -0.00014436245) * v0_0.z;
        s0_0 += HVEC4(2.5987625e-05, -0.00029563904, 0.00018680096, 8.106232e-05) * v0_0.w;
        s0_0 += HVEC4(-7.092953e-05, 0.00047421455, -0.00040316582, -0.0001733303) * v0_1.x;
        s0_0 += HVEC4(9.4890594e-05, -0.00023698807, 6.6936016e-05, 0.0005426407) * v0_1.y;
        s0_0 += HVEC4(-0.00028848648, -0.00019586086, 0.0003361702, 1.8119812e-05) * v0_1.z;
        s0_0 += HVEC4(0.00029826164, -0.0010938644, -0.00013387203, 0.0016860962) * v0_1.w;
        s0_0 += HVEC4(0.00045108795, 0.00078725815, 9.6440315e-05, -0.0010356903) * v0_2.x;
        s0_0 += HVEC4(-0.031951904, -0.03074646, -0.014144897, -0.03060913) * v0_2.y;
        s0_0 += HVEC4(-3.504753e-05, -0.00068092346, 0.0001835823, 0.00034308434) * v0_2.z;
        s0_0 += HVEC4(-2.6166439e-05, -0.00011307001, -3.1471252e-05, 0.00016307831) * v0_2.w;
        s0_0 += HVEC4(-1.4066696e-05, -2.938509e-05, 3.6597252e-05, 0.00024354458) * v0_3.x;
        s0_0 += HVEC4(-0.00020253658, 0.00051259995, -7.688999e-05, 9.328127e-05) * v0_3.y;
        s0_0 += HVEC4(0.0002670288, -0.00043916702, 6.431341e-05, 0.00019311905) * v0_3.z;
        s0_0 += HVEC4(0.0005903244, 0.00074481964, 0.0005097389, -0.003835678) * v0_3.w;
        s0_0 += HVEC4(-0.00059986115, -0.00025844574, 0.00013625622, -0.00029993057) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 80));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 320));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 560));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 800));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1040));
        s0_0 = HVEC4(5.9723854e-05, -2.9802322e-07, -0.000107586384, 0.0003232956) * v0_0.x;
        s0_0 += HVEC4(9.268522e-05, -1.9311905e-05, 4.029274e-05, -1.9431114e-05) * v0_0.y;
        s0_0 += HVEC4(0.00016367435, 8.970499e-05, -0.0002667904, -0.00010019541) * v0_0.z;
        s0_0 += HVEC4(-0.00018441677, -0.00040960312, 0.00032281876, 0.00044941902) * v0_0.w;
        s0_0 += HVEC4(5.4478645e-05, 0.00020682812, -0.000116825104, -0.00021386147) * v0_1.x;
        s0_0 += HVEC4(9.775162e-06, 3.6597252e-05, 8.952618e-05, 7.665157e-05) * v0_1.y;
        s0_0 += HVEC4(-7.8082085e-06, -8.863211e-05, 6.4373016e-06, -6.0081482e-05) * v0_1.z;
        s0_0 += HVEC4(5.185604e-06, 2.1338463e-05, 0.00022625923, -1.7344952e-05) * v0_1.w;
        s0_0 += HVEC4(1.31726265e-05, 0.00015068054, 0.0001348257, -0.00016701221) * v0_2.x;
        s0_0 += HVEC4(0.0093688965, -0.0009589195, 0.011909485, -0.006706238) * v0_2.y;
        s0_0 += HVEC4(-5.3048134e-05, -0.00045275688, -0.00013875961, 0.00015091896) * v0_2.z;
        s0_0 += HVEC4(-0.00035452843, 0.000998497, 0.00066518784, -0.00068950653) * v0_2.w;
        s0_0 += HVEC4(0.0005540848, 0.00012660027, -0.0018663406, 0.00038003922) * v0_3.x;
        s0_0 += HVEC4(0.0001282692, 4.2915344e-06, 0.00026082993, -9.596348e-06) * v0_3.y;
        s0_0 += HVEC4(0.00014650822, 0.00032949448, -0.00018143654, -0.00022006035) * v0_3.z;
        s0_0 += HVEC4(0.00021958351, -2.5629997e-05, -0.00028848648, 0.00016725063) * v0_3.w;
        s0_0 += HVEC4(0.00012338161, 0.0005950928, -0.00038146973, -0.00037693977) * v0_4.x;
    }
    {   // tap (-1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 81));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 321));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 561));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 801));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1041));
        s0_0 += HVEC4(-6.175041e-05, -1.8537045e-05, -0.00043964386, 0.00051784515) * v0_0.x;
        s0_0 += HVEC4(4.6491623e-06, 7.998943e-05, -7.522106e-05, 0.00014781952) * v0_0.y;
        s0_0 += HVEC4(-0.0004298687, -0.0004749298, 0.0011606216, 0.00016367435) * v0_0.z;
        s0_0 += HVEC4(0.00034689903, -0.0002168417, 0.00024533272, -8.183718e-05) * v0_0.w;
        s0_0 += HVEC4(6.109476e-05, 0.0002014637, -0.00034689903, -0.0002361536) * v0_1.x;
        s0_0 += HVEC4(-3.707409e-05, 3.5703182e-05, -7.778406e-05, 0.0001552105) * v0_1.y;
        s0_0 += HVEC4(1.1205673e-05, -2.270937e-05, -6.496906e-05, 7.033348e-06) * v0_1.z;
        s0_0 += HVEC4(0.0002450943, 5.841255e-06, -0.00021612644, 0.00011730194) * v0_1.w;
        s0_0 += HVEC4(0.0004184246, 5.9604645e-07, 0.000562191, -0.00057315826) * v0_2.x;
        s0_0 += HVEC4(-0.032714844, -0.013130188, -0.0385437, 0.012313843) * v0_2.y;
        s0_0 += HVEC4(0.0014715195, 0.00044178963, -0.00064373016, -0.0012683868) * v0_2.z;
        s0_0 += HVEC4(-0.0003015995, 0.00045847893, 0.0009756088, -0.00056505203) * v0_2.w;
        s0_0 += HVEC4(0.00059366226, 0.00033521652, -0.00028133392, -0.0002808571) * v0_3.x;
        s0_0 += HVEC4(-0.000395298, 0.00081443787, -0.0036010742, 0.001376152) * v0_3.y;
        s0_0 += HVEC4(0.0005617142, 0.00027561188, -0.0004582405, 0.00043725967) * v0_3.z;
        s0_0 += HVEC4(-0.0002682209, 1.0848045e-05, -0.00012946129, 0.00033783913) * v0_3.w;
        s0_0 += HVEC4(0.0001604557, -0.00042963028, -0.0003170967, -1.579523e-05) * v0_4.x;
    }
    {   // tap (0, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 82));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 322));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 562));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 802));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1042));
        s0_0 += HVEC4(-0.0001642704, 0.00014925003, 5.6505203e-05, 8.440018e-05) * v0_0.x;
        s0_0 += HVEC4(0.00025629997, -0.00013887882, 0.0012140274, -0.0005297661) * v0_0.y;
        s0_0 += HVEC4(0.00020766258, -0.0002655983, 0.0003476143, -0.0005106926) * v0_0.z;
        s0_0 += HVEC4(0.00017678738, 0.00047135353, -0.0019445419, 0.0002644062) * v0_0.w;
        s0_0 += HVEC4(-0.00029301643, -0.00010740757, -0.0006284714, 0.0008587837) * v0_1.x;
        s0_0 += HVEC4(9.572506e-05, -2.3305416e-05, 0.00019562244, 0.00010931492) * v0_1.y;
        s0_0 += HVEC4(1.3232231e-05, -0.00012129545, -2.1338463e-05, -0.00047516823) * v0_1.z;
        s0_0 += HVEC4(1.8119812e-05, 0.00024867058, 0.0006637573, -0.0003027916) * v0_1.w;
        s0_0 += HVEC4(-0.00043177605, 0.0007715225, -0.0016698837, 0.0016965866) * v0_2.x;
        s0_0 += HVEC4(-0.027893066, -0.016082764, -0.0725708, -0.02848816) * v0_2.y;
        s0_0 += HVEC4(-0.00016856194, 0.001490593, 0.0029964447, -0.0031013489) * v0_2.z;
        s0_0 += HVEC4(-0.0001553297, -0.00049352646, 0.001042366, 0.00021350384) * v0_2.w;
        s0_0 += HVEC4(-0.00046610832, 0.00059223175, 0.00033283234, 0.00029349327) * v0_3.x;
        s0_0 += HVEC4(0.0044288635, -0.0039749146, 0.001083374, -0.0021743774) * v0_3.y;
        s0_0 += HVEC4(-0.0019741058, -4.1902065e-05, 0.008377075, -0.0031375885) * v0_3.z;
        s0_0 += HVEC4(-0.0070533752, 5.4001808e-05, 0.0044441223, 0.0014715195) * v0_3.w;
        s0_0 += HVEC4(-0.00018203259, -0.00057172775, 0.001045227, 0.0013895035) * v0_4.x;
    }
    {   // tap (1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 83));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 323));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 563));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 803));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1043));
        s0_0 += HVEC4(0.000117599964, -0.00068855286, 0.0013637543, -0.0010204315) * v0_0.x;
        s0_0 += HVEC4(-0.003145218, 0.0037956238, -0.0064315796, 0.0026378632) * v0_0.y;
        s0_0 += HVEC4(-0.000104665756, 0.00012934208, 8.404255e-06, -0.00037002563) * v0_0.z;
        s0_0 += HVEC4(0.00030899048, 0.000233531, -0.00015342236, -0.00015234947) * v0_0.w;
        s0_0 += HVEC4(0.0004620552, -0.00046348572, -0.0005159378, 0.0006685257) * v0_1.x;
        s0_0 += HVEC4(-0.00016391277, -1.8179417e-05, 7.098913e-05, 0.00015735626) * v0_1.y;
        s0_0 += HVEC4(-0.00011712313, 0.00016129017, -0.00013434887, 3.8206577e-05) * v0_1.z;
        s0_0 += HVEC4(-5.77569e-05, 7.599592e-05, -0.00016474724, 0.00019049644) * v0_1.w;
        s0_0 += HVEC4(0.00052404404, -0.00024402142, 0.0009675026, -0.0009613037) * v0_2.x;
        s0_0 += HVEC4(0.010749817, -0.008102417, 0.02961731, -0.027496338) * v0_2.y;
        s0_0 += HVEC4(0.00024068356, 0.00020682812, 0.00023055077, -0.00016832352) * v0_2.z;
        s0_0 += HVEC4(-0.000114142895, -5.9843063e-05, 0.0001167655, 0.00019562244) * v0_2.w;
        s0_0 += HVEC4(0.00011533499, -0.000113129616, 2.1338463e-05, 0.00017142296) * v0_3.x;
        s0_0 += HVEC4(5.2809715e-05, -3.951788e-05, -0.00060510635, 0.0018663406) * v0_3.y;
        s0_0 += HVEC4(-0.0008277893, 0.00040268898, -0.0003118515, 0.0012102127) * v0_3.z;
        s0_0 += HVEC4(-0.001074791, 0.0013036728, -0.0004348755, 0.0015449524) * v0_3.w;
        s0_0 += HVEC4(-6.3836575e-05, -0.0001553297, 9.11355e-05, -0.0010375977) * v0_4.x;
    }
    {   // tap (2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 84));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 324));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 564));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 804));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1044));
        s0_0 += HVEC4(0.000104129314, 0.0006108284, -0.00080633163, 0.00013446808) * v0_0.x;
        s0_0 += HVEC4(0.0012083054, -0.003501892, 0.0030956268, -0.006023407) * v0_0.y;
        s0_0 += HVEC4(5.555153e-05, 0.00017249584, -0.000118255615, -4.9471855e-05) * v0_0.z;
        s0_0 += HVEC4(4.249811e-05, -0.00014722347, -1.680851e-05, -4.553795e-05) * v0_0.w;
        s0_0 += HVEC4(-0.00029563904, 0.00010442734, 5.877018e-05, -1.2814999e-05) * v0_1.x;
        s0_0 += HVEC4(2.425909e-05, -0.00015330315, 0.00011211634, 0.00014722347) * v0_1.y;
        s0_0 += HVEC4(4.863739e-05, 0.00016438961, -0.00016379356, -0.00015866756) * v0_1.z;
        s0_0 += HVEC4(0.0002758503, 4.053116e-05, -2.8014183e-05, -0.00014185905) * v0_1.w;
        s0_0 += HVEC4(-2.1457672e-05, -0.00043177605, 0.00056028366, -0.0003681183) * v0_2.x;
        s0_0 += HVEC4(-0.011619568, -0.016204834, -0.013320923, -0.026489258) * v0_2.y;
        s0_0 += HVEC4(-9.9778175e-05, 0.00057697296, -8.094311e-05, -0.00039100647) * v0_2.z;
        s0_0 += HVEC4(-1.6331673e-05, 8.326769e-05, 4.220009e-05, 9.036064e-05) * v0_2.w;
        s0_0 += HVEC4(1.4603138e-05, -9.715557e-05, 0.00016951561, 0.00013566017) * v0_3.x;
        s0_0 += HVEC4(9.304285e-05, -0.00012421608, -5.042553e-05, 0.00039887428) * v0_3.y;
        s0_0 += HVEC4(0.00027894974, 0.00016069412, 8.225441e-06, -8.1539154e-05) * v0_3.z;
        s0_0 += HVEC4(-0.00033307076, -8.779764e-05, 0.00031113625, -0.00072431564) * v0_3.w;
        s0_0 += HVEC4(-9.906292e-05, 0.00035619736, -0.00024580956, 0.0001732111) * v0_4.x;
        a0_0 += vec4(s0_0);
    }

    ivec2 p0 = origin + local + ivec2(0, 0);
    ivec2 c0 = min(p0, last);
    a0_0 -= vec4(tail_edges(c0, last));
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
