// ArtCNN_C4F16: 2x luma upscaler, mpv user shader (compute, fp32)
// ArtCNN v1.6.2 C4F16: 2x luma upscaler for anime, 4 ReLU layers of 16 filters (12,340 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F16 variant=compute precision=fp32
// Weights: ArtCNN_C4F16.keras
// 5 passes, hooked on LUMA; output: luma at 2x width and height.
// Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN
// shaders); otherwise mpv's own scaler is used.
// Compute variant: one pass per layer, input tiles in shared memory; needs compute shaders
// (Vulkan, or OpenGL 4.3+ desktop).
// The network's linear head (its first two convolutions) is one 5x5 convolution of the
// luma plane in the first pass, corrected at the frame's border to match the layers' zero
// padding.
// The network's linear tail (its last two convolutions and what is added between them) is
// one 5x5 convolution of the tensor before it and the luma plane in the last pass, corrected at the
// frame's border to match the layers' zero padding.
// Arithmetic in float (fp32); pass outputs are stored as rgba16f by mpv/libplacebo.
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
//!COMPUTE 32 16 16 16

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
// A workgroup computes 16x8 pixels with 16x16 threads: 2 slice(s) of 16x8, each computing
// 2 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (18x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[180];

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
    if (slice == 0) {
        a0_0 = vec4(0.007665273, -0.012706782, -0.01845592, 0.026948148);
        a0_1 = vec4(-0.004221884, 0.016139362, -0.014981546, 0.016426912);
    } else if (slice == 1) {
        a0_0 = vec4(0.023174407, 0.05587216, -0.036808174, -0.002717008);
        a0_1 = vec4(-0.036521614, -0.027948106, 0.005269135, 0.016757237);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.039672762, 0.14756373, -0.08448369, 0.017731339) * v0_0.x;
            a0_0 += vec4(0.025569528, -0.040744573, 0.013367848, -0.019573305) * v0_0.y;
            a0_0 += vec4(-0.16450569, 0.33285397, -0.11215605, -0.028131716) * v0_0.z;
            a0_0 += vec4(0.016628815, 0.023166431, -0.00037328724, -0.08177501) * v0_0.w;
            a0_1 += vec4(0.085994475, -0.1193417, 0.0071456973, -0.0188979) * v0_0.x;
            a0_1 += vec4(0.04183363, 0.12310363, 0.05413761, 0.04909667) * v0_0.y;
            a0_1 += vec4(-0.30297938, 0.013713022, 0.033152174, -0.11379657) * v0_0.z;
            a0_1 += vec4(-0.18750672, -0.22004475, 0.072046556, 0.35643157) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.065025754, -0.104294226, 0.094719954, 0.038185492) * v0_0.x;
            a0_0 += vec4(-0.09666806, 0.027351536, -0.038861245, 0.004919656) * v0_0.y;
            a0_0 += vec4(0.19828482, -0.22604604, 0.024477452, -0.10591664) * v0_0.z;
            a0_0 += vec4(-0.19293559, 0.4599996, 0.04217503, 0.16875263) * v0_0.w;
            a0_1 += vec4(-0.044690162, -0.058702532, 0.007017294, -0.041176673) * v0_0.x;
            a0_1 += vec4(0.048408784, 0.080121264, 0.14161503, 0.12842357) * v0_0.y;
            a0_1 += vec4(0.16440009, -0.21827607, 0.108833574, -0.044027567) * v0_0.z;
            a0_1 += vec4(-0.7746953, -0.8959941, 0.12757428, -0.1544348) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.11909007, 0.022196636, 0.034610387, -0.018519526) * v0_0.x;
            a0_0 += vec4(-0.06364373, -0.008448898, 0.015312234, -0.0006501346) * v0_0.y;
            a0_0 += vec4(0.016660782, 0.11387573, -0.049037285, 0.024658464) * v0_0.z;
            a0_0 += vec4(0.034969676, 0.10625149, 0.053557772, 0.020835) * v0_0.w;
            a0_1 += vec4(0.042872313, 0.14205654, -0.03782293, 0.14235368) * v0_0.x;
            a0_1 += vec4(0.130305, 0.009863965, -0.036303528, 0.1701927) * v0_0.y;
            a0_1 += vec4(-0.032293867, 0.22456177, -0.062228113, 0.2358024) * v0_0.z;
            a0_1 += vec4(-0.16976565, -0.43414745, -0.21161576, 0.099397495) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.0125005925, -0.30383512, 0.118058, -0.0622122) * v0_0.x;
            a0_0 += vec4(-0.053739194, 0.02854181, 0.021767799, -0.023679044) * v0_0.y;
            a0_0 += vec4(0.1428111, 0.22441542, 0.13784951, 0.055275932) * v0_0.z;
            a0_0 += vec4(0.06970613, -0.03743594, -0.049048167, -0.018928634) * v0_0.w;
            a0_1 += vec4(-0.17363705, 0.0061433585, -0.13879266, 0.051511798) * v0_0.x;
            a0_1 += vec4(-0.022545822, 0.10734877, 0.06815579, -0.027122574) * v0_0.y;
            a0_1 += vec4(0.04138703, -0.15504237, 0.16342735, -0.072404325) * v0_0.z;
            a0_1 += vec4(-0.20245026, -0.052299656, -0.02321829, 0.002982435) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.061673142, 0.35783702, -0.2123013, -0.0029690831) * v0_0.x;
            a0_0 += vec4(-0.028315723, -0.014267534, -0.029230714, 0.033998776) * v0_0.y;
            a0_0 += vec4(-0.017710077, -0.12725465, 0.055828135, 0.16664071) * v0_0.z;
            a0_0 += vec4(-0.6307306, 0.087453276, -0.24898805, 0.04119017) * v0_0.w;
            a0_1 += vec4(0.02651482, 0.12583537, 0.45761207, -0.095229685) * v0_0.x;
            a0_1 += vec4(-0.09167909, 0.25368944, 0.1494136, 0.017393095) * v0_0.y;
            a0_1 += vec4(-0.22577058, -0.07560319, -0.5818347, -0.5617876) * v0_0.z;
            a0_1 += vec4(-0.20395924, -0.37043095, 0.25695607, 0.45370623) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.046845675, -0.034220554, 0.085932806, 0.083577596) * v0_0.x;
            a0_0 += vec4(-0.014423473, 0.24495147, 0.029078502, 0.05503181) * v0_0.y;
            a0_0 += vec4(-0.16131906, -0.10079813, 0.042977642, -0.0016745959) * v0_0.z;
            a0_0 += vec4(-0.65428495, 0.022565061, 0.067007095, 0.03766914) * v0_0.w;
            a0_1 += vec4(0.15493771, -0.1451798, -0.32017693, 0.106086396) * v0_0.x;
            a0_1 += vec4(0.14634423, 0.22603515, 0.07768741, -0.010450286) * v0_0.y;
            a0_1 += vec4(0.002767987, 0.46913233, 0.23929594, 0.44290265) * v0_0.z;
            a0_1 += vec4(-0.05627698, -0.33913442, 0.029245248, -0.02599956) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.06490114, 0.2199838, -0.22797251, -0.23349749) * v0_0.x;
            a0_0 += vec4(-0.010567795, 0.07199016, 0.0155491065, 0.04098838) * v0_0.y;
            a0_0 += vec4(0.101175986, 0.12190727, -0.072651304, -0.14695418) * v0_0.z;
            a0_0 += vec4(0.090389036, -0.28267708, 0.05694964, -0.012954298) * v0_0.w;
            a0_1 += vec4(-0.0021248949, 0.3092833, 0.15976787, 0.17359373) * v0_0.x;
            a0_1 += vec4(0.12920043, 0.106215686, 0.111749046, 0.032766804) * v0_0.y;
            a0_1 += vec4(0.0702469, -0.12661065, -0.1285257, -0.08318957) * v0_0.z;
            a0_1 += vec4(-0.06495591, 0.021884361, -0.043050367, -0.048703246) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.47807366, -0.030264005, 0.49982014, 0.33034417) * v0_0.x;
            a0_0 += vec4(0.11898345, 0.19849163, 0.09678157, -0.08528741) * v0_0.y;
            a0_0 += vec4(-0.2896773, -0.18903524, -0.19259109, -0.20551237) * v0_0.z;
            a0_0 += vec4(0.12084159, 0.02699669, 0.014437785, 0.032559108) * v0_0.w;
            a0_1 += vec4(-0.20655625, -0.51618236, -1.0094728, -1.0106137) * v0_0.x;
            a0_1 += vec4(0.18894927, 0.06065753, 0.12400759, -0.07092802) * v0_0.y;
            a0_1 += vec4(0.30361733, -0.16834623, -0.015209634, -0.0769189) * v0_0.z;
            a0_1 += vec4(-0.21808125, -0.07767393, 0.054584887, -0.3680687) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.45953196, -0.099686995, -0.48402756, -0.29487053) * v0_0.x;
            a0_0 += vec4(0.048139166, 0.025708836, -0.06933556, -0.0635896) * v0_0.y;
            a0_0 += vec4(0.27754197, 0.049773578, 0.12305871, 0.106278256) * v0_0.z;
            a0_0 += vec4(-0.2843809, 0.073834695, -0.0054634786, 0.007431036) * v0_0.w;
            a0_1 += vec4(-0.33314708, -0.15586081, 0.6099683, 0.13461177) * v0_0.x;
            a0_1 += vec4(0.057432342, 0.22775277, 0.21322937, 0.0532397) * v0_0.y;
            a0_1 += vec4(0.21244651, -0.0720669, 0.020412793, 0.037264194) * v0_0.z;
            a0_1 += vec4(0.06017442, -0.2044945, 0.040000513, 0.19136631) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.022256808, 0.04888811, -0.022015247, -0.092115186) * v0_0.x;
            a0_0 += vec4(0.020818705, -0.028380645, 0.06185778, 0.08197749) * v0_0.y;
            a0_0 += vec4(-0.15860432, 0.108361594, -0.19694375, 0.07381369) * v0_0.z;
            a0_0 += vec4(0.15101261, 0.14137074, -0.088994004, -0.5152534) * v0_0.w;
            a0_1 += vec4(-0.008393504, 0.06399756, -0.0042330017, -0.038735587) * v0_0.x;
            a0_1 += vec4(0.009515421, -0.009107273, 0.033609197, 0.017786147) * v0_0.y;
            a0_1 += vec4(-0.056026146, -0.015695263, -0.101369716, -0.047951315) * v0_0.z;
            a0_1 += vec4(-0.0045006033, -0.024499964, -0.059617385, -0.050731726) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(0.06987822, -0.082000196, 0.02866381, 0.02108778) * v0_0.x;
            a0_0 += vec4(-0.051829483, -0.10683904, 0.12230972, 0.06575793) * v0_0.y;
            a0_0 += vec4(0.090399876, -0.09562653, 0.043466404, 0.045909394) * v0_0.z;
            a0_0 += vec4(-0.020149088, -0.023214703, -0.30334076, -0.152464) * v0_0.w;
            a0_1 += vec4(0.05816133, -0.016608475, -0.008917803, 0.0039858357) * v0_0.x;
            a0_1 += vec4(0.04840855, -0.03989783, 0.021003753, 0.11802983) * v0_0.y;
            a0_1 += vec4(0.04186096, -0.02740838, 0.03711145, -0.15018326) * v0_0.z;
            a0_1 += vec4(0.06298314, -0.13889475, 0.0056237825, -0.1520681) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.0811315, -0.031609118, 0.01223644, 0.037147917) * v0_0.x;
            a0_0 += vec4(-0.18350898, -0.07458222, 0.089401655, 0.04162907) * v0_0.y;
            a0_0 += vec4(0.103615806, -0.10315151, -0.07726605, 0.19025756) * v0_0.z;
            a0_0 += vec4(0.1799963, -0.01810218, -0.14209187, -0.16685213) * v0_0.w;
            a0_1 += vec4(-0.0464783, 0.0043105236, 0.05190762, -0.016212137) * v0_0.x;
            a0_1 += vec4(0.08643694, 0.044873476, 0.01192245, 0.073939085) * v0_0.y;
            a0_1 += vec4(-0.050208796, -0.06378546, 0.040115822, -0.10028227) * v0_0.z;
            a0_1 += vec4(0.17046078, 0.104430355, 0.04660742, 0.004472599) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.36047256, 0.1324033, -0.035303097, -0.029761754) * v0_0.x;
            a0_0 += vec4(-0.08453878, -0.092538394, 0.048813272, 0.2952445) * v0_0.y;
            a0_0 += vec4(-0.16890605, -0.24446781, -0.2384415, -0.051971577) * v0_0.z;
            a0_0 += vec4(0.17304648, 0.015542306, -0.4414377, -0.20117971) * v0_0.w;
            a0_1 += vec4(0.01869681, 0.17765687, -0.01132854, -0.028719053) * v0_0.x;
            a0_1 += vec4(0.03712774, -0.03786645, 0.021126691, 0.03835777) * v0_0.y;
            a0_1 += vec4(0.07792008, 0.21017025, -0.017897833, -0.09897833) * v0_0.z;
            a0_1 += vec4(-0.08394025, 0.14385825, 0.021313882, -0.0965509) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.045148943, -0.3111919, 0.11992417, -0.027939236) * v0_0.x;
            a0_0 += vec4(-0.18373263, -0.015571242, 0.16786881, 0.19525638) * v0_0.y;
            a0_0 += vec4(0.017805958, -0.23059563, -0.410443, -0.16854092) * v0_0.z;
            a0_0 += vec4(0.1441553, -0.45532706, -3.1361716, -0.3325092) * v0_0.w;
            a0_1 += vec4(0.26953533, -0.046034764, -0.04922047, 0.2146039) * v0_0.x;
            a0_1 += vec4(-0.06167827, 0.10177388, -0.00028696132, 0.24834304) * v0_0.y;
            a0_1 += vec4(0.21333528, 0.09260683, -0.062288165, 0.011650751) * v0_0.z;
            a0_1 += vec4(-0.35006827, 0.34293538, 0.45763996, -0.2745375) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.38618526, 0.13740632, -0.08181973, 0.03373343) * v0_0.x;
            a0_0 += vec4(-0.14354973, -0.21948239, 0.18439542, 0.15648417) * v0_0.y;
            a0_0 += vec4(-0.085576214, 0.26852188, -0.26260558, 0.039526124) * v0_0.z;
            a0_0 += vec4(0.25491875, 0.045001876, 0.11680835, -0.30998042) * v0_0.w;
            a0_1 += vec4(-0.248477, 0.13341399, 0.046218965, -0.23830393) * v0_0.x;
            a0_1 += vec4(0.046279684, -0.04249783, 0.05034412, 0.22284749) * v0_0.y;
            a0_1 += vec4(0.19501184, -0.013352284, -0.08176439, 0.062934145) * v0_0.z;
            a0_1 += vec4(-0.38506672, 0.22943279, 0.09323349, 0.055179156) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.22676072, -0.19009703, 0.22159863, -0.30039275) * v0_0.x;
            a0_0 += vec4(-0.02362561, -0.11382714, 0.12698817, 0.44949046) * v0_0.y;
            a0_0 += vec4(0.26380983, 0.025303096, -0.06650232, 0.036743466) * v0_0.z;
            a0_0 += vec4(-0.23880884, 0.034025613, 0.016137755, -0.020864155) * v0_0.w;
            a0_1 += vec4(-0.16656476, -0.9840606, -0.20659976, -0.763574) * v0_0.x;
            a0_1 += vec4(-0.043892097, -0.44524747, -0.019569376, 0.08370716) * v0_0.y;
            a0_1 += vec4(-0.00852045, -3.123414, -0.08242622, 0.15859091) * v0_0.z;
            a0_1 += vec4(0.057629827, 0.21355532, 0.048139296, 0.13085455) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.35370076, 1.4717959, -0.39453936, 0.012876503) * v0_0.x;
            a0_0 += vec4(-0.22790988, 0.013500226, -0.023526462, 0.40373355) * v0_0.y;
            a0_0 += vec4(-0.12799382, -0.35260844, 1.2150608, -0.2795026) * v0_0.z;
            a0_0 += vec4(0.09862312, -0.31711802, -0.38266385, -0.4625872) * v0_0.w;
            a0_1 += vec4(0.16033624, -0.8272528, 0.20588383, 0.8193101) * v0_0.x;
            a0_1 += vec4(0.07821069, -0.8910632, 0.08296487, 0.28125536) * v0_0.y;
            a0_1 += vec4(-0.024175977, -3.1040792, 0.06526852, -0.1698219) * v0_0.z;
            a0_1 += vec4(-0.008097565, 0.17878205, -0.021604018, -0.03205016) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.006961403, -0.38303775, -0.023807812, -0.032239847) * v0_0.x;
            a0_0 += vec4(0.1080835, -0.20735481, 0.20969796, 0.23094925) * v0_0.y;
            a0_0 += vec4(-0.05239786, 0.12599377, 0.20246367, 0.14485277) * v0_0.z;
            a0_0 += vec4(0.13914481, 0.018579604, -0.0628238, -0.22654083) * v0_0.w;
            a0_1 += vec4(0.30415177, -0.04037523, -0.30204728, 0.1479439) * v0_0.x;
            a0_1 += vec4(0.08117435, -0.59381247, -0.028565824, 0.3110151) * v0_0.y;
            a0_1 += vec4(0.07412945, -2.6523457, 0.13584737, -0.14663945) * v0_0.z;
            a0_1 += vec4(-0.13277556, 0.3445814, -0.08542846, 0.10787985) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.014861815, 0.066454895, -0.018906003, -0.023595516) * v0_1.x;
            a0_0 += vec4(-0.016467934, 0.08245411, 0.058886092, -0.00517167) * v0_1.y;
            a0_0 += vec4(0.0736858, -0.33098358, -0.053136736, 0.042932037) * v0_1.z;
            a0_0 += vec4(-0.023391662, -0.0154059855, 0.0027027188, 0.04671472) * v0_1.w;
            a0_1 += vec4(0.32410297, 0.16156995, -0.2704675, -0.15474492) * v0_1.x;
            a0_1 += vec4(-0.0051417057, 0.0736679, -0.027583983, 0.042698298) * v0_1.y;
            a0_1 += vec4(0.029605344, -0.097892836, -0.042276148, -0.17086019) * v0_1.z;
            a0_1 += vec4(0.05914977, -0.0958991, 0.024540406, -0.014890719) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.12285722, 0.02999312, -0.024734395, 0.052841812) * v0_1.x;
            a0_0 += vec4(-0.07606859, 0.532711, 0.029948376, 0.07419315) * v0_1.y;
            a0_0 += vec4(-0.1194898, -0.7954723, -0.117610976, -0.0037800272) * v0_1.z;
            a0_0 += vec4(0.046508733, 0.15742284, -0.030505521, -0.06849125) * v0_1.w;
            a0_1 += vec4(-0.17057064, -0.06878893, 0.09484002, -0.46547592) * v0_1.x;
            a0_1 += vec4(0.16778767, 0.21305582, 0.055226404, 0.14098307) * v0_1.y;
            a0_1 += vec4(-0.24932669, -0.6438276, 0.1469775, 0.15965456) * v0_1.z;
            a0_1 += vec4(0.13635448, -0.10718979, 0.08083247, -0.47670645) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.10988922, -0.021709241, 0.0027044513, -0.087975435) * v0_1.x;
            a0_0 += vec4(-0.037619695, 0.1729772, 0.043288194, -0.00652201) * v0_1.y;
            a0_0 += vec4(0.215917, -0.13082863, 0.0029795505, 0.026782269) * v0_1.z;
            a0_0 += vec4(0.18413892, 0.009974911, 0.07329704, 0.057529766) * v0_1.w;
            a0_1 += vec4(0.033564653, 0.10775614, -0.082825914, -0.10517869) * v0_1.x;
            a0_1 += vec4(0.19951133, 1.1163155, -0.15247913, 0.20495285) * v0_1.y;
            a0_1 += vec4(0.057683297, -0.844752, 0.16111496, -0.44034448) * v0_1.z;
            a0_1 += vec4(-0.20139556, -0.9145029, -0.13836655, 0.1408168) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.068852276, -0.015672447, 0.08639786, 0.015099182) * v0_1.x;
            a0_0 += vec4(-0.14214975, 0.03751679, 0.01517611, 0.017874567) * v0_1.y;
            a0_0 += vec4(0.010275957, -0.33464134, 0.023621306, 0.06633157) * v0_1.z;
            a0_0 += vec4(0.18977083, 0.014755853, -0.021573516, -0.025924493) * v0_1.w;
            a0_1 += vec4(0.103660226, 0.21737917, -0.16172896, 0.13338298) * v0_1.x;
            a0_1 += vec4(-0.018703043, -0.07260912, -0.040737107, 0.034949742) * v0_1.y;
            a0_1 += vec4(-0.19936053, 0.051139116, -0.020942764, 0.009280968) * v0_1.z;
            a0_1 += vec4(0.027868485, 0.002934873, -0.07566193, -0.104706034) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.18194625, 0.21327859, -0.022046618, -0.0863755) * v0_1.x;
            a0_0 += vec4(-0.10154144, 0.11552613, -0.02150014, 0.08803059) * v0_1.y;
            a0_0 += vec4(0.33497876, 0.11428454, 0.7498792, 0.24571484) * v0_1.z;
            a0_0 += vec4(0.11873142, -0.40479037, 0.12675676, 0.076739) * v0_1.w;
            a0_1 += vec4(0.35724416, -0.077911, 0.09947001, -0.6117375) * v0_1.x;
            a0_1 += vec4(0.21342002, 0.060938604, -0.20370094, 0.3130246) * v0_1.y;
            a0_1 += vec4(-0.47341087, -0.30221367, 0.4240177, -0.0758348) * v0_1.z;
            a0_1 += vec4(-0.12976281, 0.024794862, -0.07694939, 0.101710096) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.38466164, -0.03697603, -0.037561305, -0.043681134) * v0_1.x;
            a0_0 += vec4(-0.6816189, 0.13083659, 0.07451801, -0.003327551) * v0_1.y;
            a0_0 += vec4(0.5126916, -0.09917474, -0.0708578, 0.01648595) * v0_1.z;
            a0_0 += vec4(0.423934, -0.34497714, -0.02784395, 0.010498842) * v0_1.w;
            a0_1 += vec4(-0.14973663, -0.2178218, -0.022833738, 0.5495507) * v0_1.x;
            a0_1 += vec4(-0.014890054, 0.36719897, 0.0068603246, 0.8096376) * v0_1.y;
            a0_1 += vec4(0.054707617, -0.11853919, -0.20341462, -0.7495799) * v0_1.z;
            a0_1 += vec4(-0.03551902, -0.3992545, -0.40176797, -0.058236588) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.08783385, 0.033599894, 0.006346594, -0.006446634) * v0_1.x;
            a0_0 += vec4(-0.016138535, 0.045155555, -0.04009477, -0.018183654) * v0_1.y;
            a0_0 += vec4(-0.013776878, -0.014323365, 0.05841988, 0.076961026) * v0_1.z;
            a0_0 += vec4(-0.047537193, -0.0663202, 0.03427056, 0.03428585) * v0_1.w;
            a0_1 += vec4(0.1114995, 0.018287987, -0.1068866, 0.30490544) * v0_1.x;
            a0_1 += vec4(0.026842179, 0.09772784, 0.021783939, 0.06514757) * v0_1.y;
            a0_1 += vec4(-0.02939784, 0.0063857757, 0.052597906, -0.029246058) * v0_1.z;
            a0_1 += vec4(0.03607791, -0.026882924, 0.0045780633, -0.015172184) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.09914099, -0.032711275, 0.097858556, 0.117271565) * v0_1.x;
            a0_0 += vec4(-0.056332853, 0.09818337, -0.05306024, -0.04881118) * v0_1.y;
            a0_0 += vec4(0.23671569, 0.02282729, 0.025347842, 0.03629352) * v0_1.z;
            a0_0 += vec4(-0.075708866, -0.023583038, 0.03354702, 0.007265923) * v0_1.w;
            a0_1 += vec4(-0.040682446, -0.045952864, 0.14679994, 0.3277869) * v0_1.x;
            a0_1 += vec4(-0.010540915, -0.075695984, -0.047419466, 0.34779298) * v0_1.y;
            a0_1 += vec4(0.02479446, -0.020837042, -0.0089015765, -0.34170833) * v0_1.z;
            a0_1 += vec4(0.08684945, -0.019799326, 0.009023451, -0.073233105) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.36997548, 0.052172437, -0.023425005, 0.042993546) * v0_1.x;
            a0_0 += vec4(-0.08452691, 0.12523419, -0.044003073, -0.0430429) * v0_1.y;
            a0_0 += vec4(0.016587403, -0.14865886, -0.03721655, -0.031733558) * v0_1.z;
            a0_0 += vec4(0.021108441, -0.041968603, 0.0120479325, 0.0014579248) * v0_1.w;
            a0_1 += vec4(-0.05574628, 0.18257698, 0.121048525, -0.3028285) * v0_1.x;
            a0_1 += vec4(0.021456659, -0.1035951, -0.032101694, 0.4428228) * v0_1.y;
            a0_1 += vec4(-0.14607942, 0.017202685, -0.027647339, -0.24124599) * v0_1.z;
            a0_1 += vec4(0.05897191, -0.095147684, -0.052099764, -0.19641311) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.0677571, -0.14728205, 0.2918349, 0.17206684) * v0_1.x;
            a0_0 += vec4(0.09093841, 0.017973123, -0.0043883957, -0.15070698) * v0_1.y;
            a0_0 += vec4(0.13623445, -0.03267367, -0.035259522, 0.2057031) * v0_1.z;
            a0_0 += vec4(0.10146496, -0.043358415, -0.059748214, 0.09960731) * v0_1.w;
            a0_1 += vec4(0.021053081, -0.055306282, -0.081807986, -0.21331595) * v0_1.x;
            a0_1 += vec4(-0.000998926, 0.008907352, 0.016980026, 0.009302538) * v0_1.y;
            a0_1 += vec4(0.04861071, -0.0046227667, -0.0016314664, -0.07899752) * v0_1.z;
            a0_1 += vec4(-0.078419186, -0.11081667, -0.030900553, 0.02087226) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.084727354, 0.11521498, 0.00149433, 0.027532067) * v0_1.x;
            a0_0 += vec4(0.048819114, -0.105092816, -0.009181161, -0.13722752) * v0_1.y;
            a0_0 += vec4(-0.44462013, -0.22134246, 0.10355644, 0.08042798) * v0_1.z;
            a0_0 += vec4(-0.004623407, -0.16590333, -0.11398178, 0.008029647) * v0_1.w;
            a0_1 += vec4(0.1846625, 0.099488035, -0.05193646, -0.095876545) * v0_1.x;
            a0_1 += vec4(-0.0011387762, 0.015150568, -0.010261407, -0.013941359) * v0_1.y;
            a0_1 += vec4(-0.042803578, 0.059049208, -0.07620146, -0.102711946) * v0_1.z;
            a0_1 += vec4(-0.034578953, 0.20519276, 0.097422205, 0.025764102) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0021335448, -0.15116176, 0.20302649, 0.055204622) * v0_1.x;
            a0_0 += vec4(0.07024495, 0.056478035, 0.09759212, 0.033892937) * v0_1.y;
            a0_0 += vec4(0.0037432178, 0.07928205, -0.04295959, 0.11223701) * v0_1.z;
            a0_0 += vec4(-0.22060403, -0.042706113, -0.28266382, -0.025342258) * v0_1.w;
            a0_1 += vec4(-0.43959314, 0.16758272, 0.035562072, -0.07742551) * v0_1.x;
            a0_1 += vec4(-0.38682875, 0.046922028, 0.08865273, -0.044875767) * v0_1.y;
            a0_1 += vec4(-0.80026156, -0.06039983, 0.024169726, -0.13747011) * v0_1.z;
            a0_1 += vec4(-0.55590475, -0.23130962, -0.04149803, -0.08241675) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.18853788, -0.37525776, 0.33662406, 0.0021643888) * v0_1.x;
            a0_0 += vec4(0.046762835, 0.043696124, -0.0014363487, -0.28293067) * v0_1.y;
            a0_0 += vec4(-0.16980772, 0.048948396, 0.3054481, -0.25124067) * v0_1.z;
            a0_0 += vec4(-0.12796396, -0.13256674, 0.061534125, 0.13214476) * v0_1.w;
            a0_1 += vec4(0.030927973, -0.6119503, 0.10466902, -0.12390426) * v0_1.x;
            a0_1 += vec4(0.034730162, -0.10333266, 0.02035231, 0.013106206) * v0_1.y;
            a0_1 += vec4(-0.05916547, -0.777083, -0.006414744, -0.011363021) * v0_1.z;
            a0_1 += vec4(0.035848703, 0.36386737, -0.002772792, -0.0480502) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.15168403, -0.30957776, -0.2828841, 0.25446436) * v0_1.x;
            a0_0 += vec4(0.55487597, -0.07893502, -0.5719077, -0.7259194) * v0_1.y;
            a0_0 += vec4(-0.109957784, 0.36705047, 0.23906712, 0.019667521) * v0_1.z;
            a0_0 += vec4(-0.15451595, 0.08622951, 0.4389705, 0.56009406) * v0_1.w;
            a0_1 += vec4(0.5065, 0.19396274, 0.14151096, -0.35221586) * v0_1.x;
            a0_1 += vec4(0.09600475, -0.014168858, -0.034725133, 0.05604017) * v0_1.y;
            a0_1 += vec4(-0.13955177, -1.0448937, -0.19251399, 0.007042205) * v0_1.z;
            a0_1 += vec4(0.14856394, 0.38436663, -0.0064019714, -0.014204183) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.062005397, 0.08156719, -0.16399525, -0.06189081) * v0_1.x;
            a0_0 += vec4(0.06525984, 0.09745813, 0.39185095, -0.29123664) * v0_1.y;
            a0_0 += vec4(-0.15941338, 0.08956102, -0.21950622, 0.11557442) * v0_1.z;
            a0_0 += vec4(0.38353565, 0.1466502, -4.3374176, 0.34140408) * v0_1.w;
            a0_1 += vec4(-0.061922383, -0.12842242, -0.07295167, -0.0075706756) * v0_1.x;
            a0_1 += vec4(0.10817202, -0.1655033, 0.07266308, -0.022521412) * v0_1.y;
            a0_1 += vec4(-0.093321756, -0.876699, -0.018780176, -0.14927478) * v0_1.z;
            a0_1 += vec4(-0.03584319, -0.5748604, -0.024849145, -0.17630738) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.092709705, -0.15493768, -0.012704912, -0.117980175) * v0_1.x;
            a0_0 += vec4(0.07436645, -7.8802695e-05, -0.058275957, -0.18827915) * v0_1.y;
            a0_0 += vec4(-0.0631416, -0.0373527, -0.11127798, -0.009910854) * v0_1.z;
            a0_0 += vec4(-0.011067589, -0.0053280033, 0.022658903, 0.06333271) * v0_1.w;
            a0_1 += vec4(-0.025384348, 0.49858052, -0.075553015, 0.025753077) * v0_1.x;
            a0_1 += vec4(0.002560775, -0.37545115, -0.028084433, 0.030594576) * v0_1.y;
            a0_1 += vec4(0.0049141925, 0.15890612, 0.08069018, -0.08922643) * v0_1.z;
            a0_1 += vec4(0.036730718, -0.2823979, 0.031380307, 0.031606745) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.0916497, 0.1943221, 0.37540963, -0.046307754) * v0_1.x;
            a0_0 += vec4(0.00953411, 0.066546984, 0.2116024, -0.5158029) * v0_1.y;
            a0_0 += vec4(-0.032494158, 0.14182144, -1.8395805, 0.3173581) * v0_1.z;
            a0_0 += vec4(-0.09340417, -0.10758007, -0.15254256, 0.32740375) * v0_1.w;
            a0_1 += vec4(0.23545441, -1.2197607, -0.025337541, 0.21307686) * v0_1.x;
            a0_1 += vec4(-0.09559411, -0.8597017, 0.034877297, -0.015559628) * v0_1.y;
            a0_1 += vec4(0.058392383, 0.3864891, -0.053282253, -0.055226818) * v0_1.z;
            a0_1 += vec4(-0.007128761, -1.8220773, 0.02058869, 0.017222092) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.025273405, 0.08492187, -0.14413005, -0.05747447) * v0_1.x;
            a0_0 += vec4(0.089801, -0.03564784, -2.2446504, -0.4472199) * v0_1.y;
            a0_0 += vec4(-0.12965105, 0.009225538, 0.10549652, 0.11036174) * v0_1.z;
            a0_0 += vec4(-0.115849234, -0.099777445, 0.12770584, 0.31634042) * v0_1.w;
            a0_1 += vec4(0.080354765, -0.09153391, 0.029530875, 0.03370949) * v0_1.x;
            a0_1 += vec4(-0.07208025, 0.2936868, -0.05797227, 0.013) * v0_1.y;
            a0_1 += vec4(0.052441202, -1.7494535, 0.052883293, 0.008096113) * v0_1.z;
            a0_1 += vec4(-0.028412474, -2.4877417, 0.005800512, 0.025508739) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.03952951, 0.038941756, 0.09056351, 0.097450286) * v0_2.x;
            a0_0 += vec4(-0.1596078, -0.1410198, 0.168562, -0.026641607) * v0_2.y;
            a0_0 += vec4(-0.054110724, -0.0563214, 0.034391247, 0.021438785) * v0_2.z;
            a0_0 += vec4(0.0057072574, -0.107405394, -0.04044469, 0.044145353) * v0_2.w;
            a0_1 += vec4(0.014763889, 0.11339801, 0.032690678, -0.08592508) * v0_2.x;
            a0_1 += vec4(0.103032224, -0.09282646, -0.098232545, 0.3981169) * v0_2.y;
            a0_1 += vec4(-0.03748985, 0.06707042, 0.019140782, 0.06538452) * v0_2.z;
            a0_1 += vec4(0.0027186018, -0.0030862922, 0.029157702, -0.006268967) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.11733438, -0.20137449, -0.040039547, 0.02093038) * v0_2.x;
            a0_0 += vec4(-0.2984962, 0.2671289, -0.19594978, -0.06000205) * v0_2.y;
            a0_0 += vec4(-0.041333724, -0.114821054, 0.00012655034, -0.018803762) * v0_2.z;
            a0_0 += vec4(0.02485363, -0.010562574, 0.06306494, -0.0020644043) * v0_2.w;
            a0_1 += vec4(-0.16860075, -0.18705767, 0.29325658, 0.07206259) * v0_2.x;
            a0_1 += vec4(-0.2872574, 0.5612131, 0.04638324, 0.49310178) * v0_2.y;
            a0_1 += vec4(-0.19112644, 0.17206986, 0.0029015448, -0.059934225) * v0_2.z;
            a0_1 += vec4(0.028581057, -0.13357182, -0.038109895, 0.0005232052) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.036415216, 0.10247068, -0.030816095, -0.040820822) * v0_2.x;
            a0_0 += vec4(-0.04745717, 0.020836288, 0.06765466, 0.007323091) * v0_2.y;
            a0_0 += vec4(-0.06571431, 0.027249105, -0.051204715, -0.019635567) * v0_2.z;
            a0_0 += vec4(0.05453804, -0.12017959, -0.035392873, 0.028308189) * v0_2.w;
            a0_1 += vec4(0.15277332, 0.007269086, 9.9966186e-05, 0.23408552) * v0_2.x;
            a0_1 += vec4(0.14690994, -0.058067933, 0.008219528, 0.19074975) * v0_2.y;
            a0_1 += vec4(-0.1848797, 0.024352368, 0.05464677, 0.06272763) * v0_2.z;
            a0_1 += vec4(0.008818596, 0.08902247, 0.035453882, -0.11298582) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.04156831, 0.28028694, 0.06831695, 0.022350814) * v0_2.x;
            a0_0 += vec4(0.13675615, 0.15137945, -0.0084258355, 0.53870726) * v0_2.y;
            a0_0 += vec4(-0.07335624, 0.00800944, 0.012506781, 0.057974383) * v0_2.z;
            a0_0 += vec4(0.013222071, -0.14250757, -0.007383215, 0.031982966) * v0_2.w;
            a0_1 += vec4(0.15972948, -0.15435955, 0.053044003, -0.048703156) * v0_2.x;
            a0_1 += vec4(0.07449017, 0.52491075, 0.29206496, -0.09729822) * v0_2.y;
            a0_1 += vec4(-0.14646658, 0.11030144, 0.08527744, 0.10426317) * v0_2.z;
            a0_1 += vec4(-0.13405898, 0.060408086, 0.06603381, -0.0022193235) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(0.65670925, -0.30265868, 0.2362948, 0.12972662) * v0_2.x;
            a0_0 += vec4(0.20985337, -0.45745087, 0.22702388, 0.083776616) * v0_2.y;
            a0_0 += vec4(-0.06499208, 0.03460006, -0.041461278, -0.025413781) * v0_2.z;
            a0_0 += vec4(0.019352706, -0.45709613, 0.014837353, 0.027197322) * v0_2.w;
            a0_1 += vec4(0.26860082, 0.7463653, -0.14953612, -0.47049257) * v0_2.x;
            a0_1 += vec4(-0.031829864, -0.8885134, 0.14411287, -1.1775255) * v0_2.y;
            a0_1 += vec4(0.014824517, 0.16122791, 0.1182362, 0.1877675) * v0_2.z;
            a0_1 += vec4(-0.027240504, 0.21426389, -0.030941296, -0.14024088) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.57660085, -0.09744273, -0.009441254, -0.03757566) * v0_2.x;
            a0_0 += vec4(0.019752283, -0.067605585, -0.009568382, 0.07353522) * v0_2.y;
            a0_0 += vec4(-0.064801805, 0.13704818, -0.034330864, 0.0051319897) * v0_2.z;
            a0_0 += vec4(0.20990741, -0.33425754, -0.016691428, -0.028612768) * v0_2.w;
            a0_1 += vec4(-0.05250066, 0.18955119, -0.00546335, 0.2086277) * v0_2.x;
            a0_1 += vec4(0.026105952, 0.09914598, -0.120411806, -0.24279192) * v0_2.y;
            a0_1 += vec4(-0.15098634, 0.12038881, 0.24426264, 0.08256465) * v0_2.z;
            a0_1 += vec4(-0.1532883, 0.08571956, -0.05187043, -0.50765544) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.10979933, 0.18432014, -0.074066855, 0.0054639196) * v0_2.x;
            a0_0 += vec4(0.098094076, 0.064506084, 0.26912084, 0.16957463) * v0_2.y;
            a0_0 += vec4(0.07098004, 0.023026804, 0.071376055, 0.034128394) * v0_2.z;
            a0_0 += vec4(0.059867695, -0.08107985, 0.10168895, 0.08820417) * v0_2.w;
            a0_1 += vec4(0.1040866, -0.05975824, 0.023336973, -0.032634534) * v0_2.x;
            a0_1 += vec4(-0.05037019, 0.14335546, 0.12934166, 0.6264734) * v0_2.y;
            a0_1 += vec4(-0.03757042, 0.113765046, 0.07949648, 0.14570814) * v0_2.z;
            a0_1 += vec4(-0.041041322, 0.060453493, 0.08972462, 0.048948) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.2552831, -0.052631672, 0.050921284, -0.016037157) * v0_2.x;
            a0_0 += vec4(-0.116781406, -0.07262549, -0.0022834113, -0.088421635) * v0_2.y;
            a0_0 += vec4(0.15951507, 0.00042410966, 0.07465069, 0.0019270786) * v0_2.z;
            a0_0 += vec4(0.10275644, -0.3381453, 0.24874882, 0.10901488) * v0_2.w;
            a0_1 += vec4(-0.00400568, 0.06874304, -0.06918383, 0.535076) * v0_2.x;
            a0_1 += vec4(0.20119326, 0.4890317, 0.08677889, 0.06478608) * v0_2.y;
            a0_1 += vec4(-0.071693674, 0.14588821, 0.000260698, 0.06933203) * v0_2.z;
            a0_1 += vec4(0.012584373, 0.1483624, 0.17692986, -0.21019499) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.36554116, -0.027189862, 0.0032612395, 0.004169092) * v0_2.x;
            a0_0 += vec4(-0.042129308, 0.044692904, 0.040775307, 0.010006452) * v0_2.y;
            a0_0 += vec4(-0.021286374, 0.073701605, -0.0044975975, 0.0043594157) * v0_2.z;
            a0_0 += vec4(0.54600775, -0.14487681, 0.062218707, 0.01976116) * v0_2.w;
            a0_1 += vec4(-0.0102418875, 0.10566752, -0.061612416, -0.28907233) * v0_2.x;
            a0_1 += vec4(0.0599261, -0.07173808, 0.046218887, -0.09600095) * v0_2.y;
            a0_1 += vec4(-0.1028075, 0.20061518, 0.07601999, 0.15499063) * v0_2.z;
            a0_1 += vec4(-0.029355908, 0.16779986, -0.15463807, -0.5739547) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.19928946, -0.033282038, 0.057147387, 0.115399025) * v0_2.x;
            a0_0 += vec4(0.020315133, 0.02849115, 0.09572222, -0.044312302) * v0_2.y;
            a0_0 += vec4(0.006143764, 0.12822536, 0.097994566, -0.124979936) * v0_2.z;
            a0_0 += vec4(-0.0746315, 0.026666824, 0.004227371, 0.08828524) * v0_2.w;
            a0_1 += vec4(-0.07195442, -0.026333254, 0.12311325, 0.12909564) * v0_2.x;
            a0_1 += vec4(0.084573925, -0.054440748, 0.053060867, 0.17208287) * v0_2.y;
            a0_1 += vec4(0.05446062, -0.03114994, 0.044506367, -0.026369767) * v0_2.z;
            a0_1 += vec4(0.01629298, -0.007789797, -0.018678132, -0.06553193) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.19336012, 0.37895447, 0.15984185, 0.09104523) * v0_2.x;
            a0_0 += vec4(0.124388486, 0.048203543, 0.2084745, 0.11253485) * v0_2.y;
            a0_0 += vec4(-0.07148966, 0.14339097, 0.08032688, -0.17872952) * v0_2.z;
            a0_0 += vec4(-0.049673792, -0.008513587, 0.025794912, 0.03211732) * v0_2.w;
            a0_1 += vec4(-0.24843477, -0.042103805, -0.018636895, 0.09162976) * v0_2.x;
            a0_1 += vec4(0.08486336, 0.08406515, -0.10784883, 0.21382321) * v0_2.y;
            a0_1 += vec4(0.07368658, 0.006697408, 0.028386468, -0.09322328) * v0_2.z;
            a0_1 += vec4(-0.012220106, 0.044635873, 0.045417525, -0.0190928) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.26330376, 0.19026726, 0.1857569, 0.1315198) * v0_2.x;
            a0_0 += vec4(0.064501986, 0.10317745, -0.0176552, 0.02821371) * v0_2.y;
            a0_0 += vec4(-0.18644843, 0.1889562, 0.10001778, -0.104555264) * v0_2.z;
            a0_0 += vec4(0.064582534, 0.06963303, 0.0025069967, -0.0014127698) * v0_2.w;
            a0_1 += vec4(-0.026487457, -0.019765217, -0.055956613, -0.12057359) * v0_2.x;
            a0_1 += vec4(0.061001785, -0.011873475, 0.019730749, -0.020624056) * v0_2.y;
            a0_1 += vec4(0.0407704, 0.03941482, -0.050869886, -0.07624975) * v0_2.z;
            a0_1 += vec4(-0.02593104, 0.003896486, -0.019085458, -0.025894178) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.066179745, 0.013192936, 0.030699657, 0.044947155) * v0_2.x;
            a0_0 += vec4(-0.29488063, -0.17109951, 0.1126733, 0.14376812) * v0_2.y;
            a0_0 += vec4(-0.078351244, 0.14674957, 0.07026974, -0.16070388) * v0_2.z;
            a0_0 += vec4(-0.2022285, 0.0499185, 0.03827287, 0.116912186) * v0_2.w;
            a0_1 += vec4(0.11962663, 0.27838814, 0.061310023, 0.17531951) * v0_2.x;
            a0_1 += vec4(-0.07656211, 0.065626204, 0.14210185, 0.12210379) * v0_2.y;
            a0_1 += vec4(-0.019672073, 0.062481478, 0.0018487858, 0.011222493) * v0_2.z;
            a0_1 += vec4(-0.029829169, 0.022130238, -0.0002840079, -0.04773493) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.073056035, 0.3671889, 0.25542954, -0.17342108) * v0_2.x;
            a0_0 += vec4(0.025615497, -0.12021865, 0.13177577, -0.2007023) * v0_2.y;
            a0_0 += vec4(-0.13627052, 0.2357552, 0.13015415, -0.35278785) * v0_2.z;
            a0_0 += vec4(-0.43087515, 0.169868, 0.06493807, 0.04443809) * v0_2.w;
            a0_1 += vec4(0.49700227, 0.27449438, 0.33256647, 0.13850217) * v0_2.x;
            a0_1 += vec4(0.24635719, 0.20387016, 0.17043021, -0.0163939) * v0_2.y;
            a0_1 += vec4(-0.1460736, -0.053372465, -0.038251426, -0.13872208) * v0_2.z;
            a0_1 += vec4(0.067372546, -0.07736337, -0.009627407, -0.0026862074) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.045416348, -0.025851315, 0.007347807, -0.004663971) * v0_2.x;
            a0_0 += vec4(-0.062454782, -0.038503435, -0.10300142, -0.050885145) * v0_2.y;
            a0_0 += vec4(-0.22055164, 0.079387955, 0.27758706, -0.20710965) * v0_2.z;
            a0_0 += vec4(-0.20509078, 0.24001168, 0.04358121, -0.028955676) * v0_2.w;
            a0_1 += vec4(0.1817412, 0.22691032, -0.043124903, -0.035016127) * v0_2.x;
            a0_1 += vec4(0.054409128, 0.05345417, -0.042170398, 0.059411958) * v0_2.y;
            a0_1 += vec4(0.06607303, -0.062856466, 0.096283935, 0.045097217) * v0_2.z;
            a0_1 += vec4(0.025960647, 0.08227504, -0.0507895, 0.043821495) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.26075888, 0.013541241, 0.06371779, -0.051259648) * v0_2.x;
            a0_0 += vec4(-0.110951304, 0.039574105, 0.56873083, 0.084856056) * v0_2.y;
            a0_0 += vec4(-0.11592972, 0.068496436, 0.12595423, -0.09547746) * v0_2.z;
            a0_0 += vec4(-0.13057609, 0.07384179, 0.014910358, 0.07805904) * v0_2.w;
            a0_1 += vec4(-0.031986434, 0.012987435, -0.08489054, -0.026731597) * v0_2.x;
            a0_1 += vec4(-0.0078079957, -0.13354276, 0.060593486, 0.060747415) * v0_2.y;
            a0_1 += vec4(-0.010851016, 0.4664801, 0.06491011, -0.023194442) * v0_2.z;
            a0_1 += vec4(-0.04618695, -0.007261282, 0.070509985, -0.0035181446) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.12786224, 0.26142845, 0.24205787, -0.18063907) * v0_2.x;
            a0_0 += vec4(-0.320074, 0.08904255, -0.41527358, -0.21437109) * v0_2.y;
            a0_0 += vec4(-0.0011689005, 0.1619207, 0.12261965, -0.45217648) * v0_2.z;
            a0_0 += vec4(-0.52569383, 0.107322425, 0.19049393, 0.08988259) * v0_2.w;
            a0_1 += vec4(-0.018880002, -0.550916, 0.07930929, 0.0028127227) * v0_2.x;
            a0_1 += vec4(0.11175226, -0.73254424, 0.013858653, 0.111013226) * v0_2.y;
            a0_1 += vec4(0.008463192, 0.122215405, 0.025371715, -0.14817141) * v0_2.z;
            a0_1 += vec4(-0.009153332, -0.5058772, 0.2843366, -0.09837672) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.09822684, -0.045753952, -0.009845761, 0.14947642) * v0_2.x;
            a0_0 += vec4(0.06210613, -0.06658182, 0.2632897, 0.08839577) * v0_2.y;
            a0_0 += vec4(0.09217471, 0.11952383, -0.01280119, -0.3180698) * v0_2.z;
            a0_0 += vec4(-0.4636886, 0.10647941, -0.05618376, 0.095478706) * v0_2.w;
            a0_1 += vec4(0.06638847, -0.379183, 0.07764303, -0.08592844) * v0_2.x;
            a0_1 += vec4(0.056915276, -0.20073003, 0.05886113, 0.012288142) * v0_2.y;
            a0_1 += vec4(0.07630634, 0.86829257, -0.07294268, -0.17273578) * v0_2.z;
            a0_1 += vec4(-0.019856475, -0.8567808, 0.064931154, -0.130162) * v0_2.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n2_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 3: input groups 3..3.
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.07428233, -0.11267418, 0.037147317, 0.012798383) * v0_3.x;
            a0_0 += vec4(-0.019355856, 0.2063775, -0.04869492, 0.023931865) * v0_3.y;
            a0_0 += vec4(0.01826915, 0.061503474, 0.0725478, -0.016411101) * v0_3.z;
            a0_0 += vec4(0.101941735, -0.07801213, 0.04161863, 0.0091594625) * v0_3.w;
            a0_1 += vec4(-0.050886225, 0.010773032, 0.068307996, 0.05066938) * v0_3.x;
            a0_1 += vec4(-0.10175775, 0.11504418, 0.057479113, -0.07015231) * v0_3.y;
            a0_1 += vec4(-0.011961269, 0.05447044, -0.024111401, 0.03896853) * v0_3.z;
            a0_1 += vec4(0.011676859, -0.00091025315, 0.0037686634, 0.01574372) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.010983235, -0.16873623, 0.09934868, 0.1475657) * v0_3.x;
            a0_0 += vec4(0.3739511, -0.26998657, -0.0023212505, -0.13427515) * v0_3.y;
            a0_0 += vec4(-0.12743473, 0.32550758, -0.00587959, 0.020362807) * v0_3.z;
            a0_0 += vec4(0.14574823, -0.055605818, -0.089228176, 0.07283733) * v0_3.w;
            a0_1 += vec4(0.0011024862, -0.6409941, -0.04154058, -0.29942003) * v0_3.x;
            a0_1 += vec4(-0.04070786, 0.6291146, -0.31498915, -0.22144635) * v0_3.y;
            a0_1 += vec4(-0.10045137, -0.06473676, 0.0025352717, 0.03836787) * v0_3.z;
            a0_1 += vec4(0.11647241, -0.06366675, -0.12816723, -0.26756752) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.029632267, -0.006311438, 0.03683852, 0.0460545) * v0_3.x;
            a0_0 += vec4(-0.30349982, -0.22447036, -0.104302175, 0.006356504) * v0_3.y;
            a0_0 += vec4(-0.13840042, 0.165813, -0.03996628, -0.0009846408) * v0_3.z;
            a0_0 += vec4(0.17081043, -0.005697063, 0.0636153, -0.015204903) * v0_3.w;
            a0_1 += vec4(0.059803132, 0.04112017, -3.865815e-05, -0.21099187) * v0_3.x;
            a0_1 += vec4(-0.0766396, 0.49812844, 0.23124191, 0.19388396) * v0_3.y;
            a0_1 += vec4(-0.10059807, 0.13539618, 0.012365532, 0.26512218) * v0_3.z;
            a0_1 += vec4(0.27849954, -0.4466902, -0.14386821, 0.013069269) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.0288406, -0.33211818, 0.21823318, -0.4359618) * v0_3.x;
            a0_0 += vec4(0.13476162, 0.2285806, -0.03546847, -0.036070306) * v0_3.y;
            a0_0 += vec4(-0.25634402, 0.13865985, -0.043487567, 0.011144803) * v0_3.z;
            a0_0 += vec4(0.005096203, -0.04584228, -0.0008283112, -0.05267128) * v0_3.w;
            a0_1 += vec4(-0.0011572625, -0.08685813, 0.03506645, 0.32730153) * v0_3.x;
            a0_1 += vec4(0.05965957, -0.030346887, -0.033162106, 0.10434774) * v0_3.y;
            a0_1 += vec4(0.087460466, -0.04626651, -0.016391698, -0.055453468) * v0_3.z;
            a0_1 += vec4(0.09741922, 0.04287869, -0.030375898, -0.033166446) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.10899708, 0.3470446, 0.0151194865, 0.025779225) * v0_3.x;
            a0_0 += vec4(0.016572125, -0.08544362, 0.11226876, 0.027983677) * v0_3.y;
            a0_0 += vec4(-0.22979917, -0.041324202, 0.07830652, 0.1347805) * v0_3.z;
            a0_0 += vec4(-0.32296747, -0.0066952063, 0.06512874, 0.55718046) * v0_3.w;
            a0_1 += vec4(0.20846428, -0.74136734, 0.5844527, 0.08609542) * v0_3.x;
            a0_1 += vec4(-0.015801225, 0.030329805, 0.13481435, -0.0682619) * v0_3.y;
            a0_1 += vec4(0.12169573, 0.23842777, 0.006281105, -0.050572608) * v0_3.z;
            a0_1 += vec4(-0.20900005, -0.37843063, 0.59546393, 0.07246317) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.13161051, -0.019632412, -0.007245154, -0.046875164) * v0_3.x;
            a0_0 += vec4(-0.0063375905, 0.12709594, 0.048449367, 0.051778726) * v0_3.y;
            a0_0 += vec4(-0.24015811, 0.21853109, 0.052569073, 0.061736215) * v0_3.z;
            a0_0 += vec4(-0.197316, 0.1515158, -0.027146904, -0.044522174) * v0_3.w;
            a0_1 += vec4(0.07766126, -0.089687124, -0.02369101, -0.39898276) * v0_3.x;
            a0_1 += vec4(0.08709351, 0.15610176, -0.14815669, 0.13425788) * v0_3.y;
            a0_1 += vec4(0.032636512, 0.011805772, 0.1855222, 0.49408266) * v0_3.z;
            a0_1 += vec4(0.2102859, -1.2030262, -0.12703134, -1.5024164) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.048434425, 0.22990787, -0.01401221, -0.09624674) * v0_3.x;
            a0_0 += vec4(0.011959234, 0.24457654, -0.06643086, -0.07578145) * v0_3.y;
            a0_0 += vec4(-0.13297154, -0.036548138, 0.049699903, 0.06231048) * v0_3.z;
            a0_0 += vec4(-0.110873826, -0.076110214, 0.002417552, 0.06022659) * v0_3.w;
            a0_1 += vec4(0.08445707, -0.13061571, -0.09417561, -0.48509976) * v0_3.x;
            a0_1 += vec4(0.07966434, 0.023925027, 0.032142166, 0.044588283) * v0_3.y;
            a0_1 += vec4(0.011262317, -0.011922964, 0.09275115, -0.019332774) * v0_3.z;
            a0_1 += vec4(-0.08464665, -0.036373246, 0.057657905, 0.008083529) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.41839388, 0.22337331, 0.039156444, 0.0853396) * v0_3.x;
            a0_0 += vec4(0.021588642, 0.0067923763, -0.12538072, -0.0549457) * v0_3.y;
            a0_0 += vec4(-0.1382161, -0.018326575, 0.041040212, 0.0237146) * v0_3.z;
            a0_0 += vec4(0.05310075, 0.12090509, 0.08417775, 0.0426096) * v0_3.w;
            a0_1 += vec4(-0.013658516, 0.17535844, 0.43256798, -0.3588802) * v0_3.x;
            a0_1 += vec4(0.21435346, 0.15809372, 0.05006835, -0.043844294) * v0_3.y;
            a0_1 += vec4(0.04974172, 0.21411541, 0.03997919, 0.14509) * v0_3.z;
            a0_1 += vec4(0.05745982, -0.02040189, 0.12265856, -0.26175705) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.01903611, -0.03635987, -0.02728464, -0.0124920765) * v0_3.x;
            a0_0 += vec4(0.012841934, -0.0045961696, 0.029713307, -0.040158134) * v0_3.y;
            a0_0 += vec4(-0.16160838, 0.07344862, 0.058719117, 0.05547189) * v0_3.z;
            a0_0 += vec4(0.22943653, -0.039776597, 0.019647159, 0.049335755) * v0_3.w;
            a0_1 += vec4(-0.012978171, -0.06615713, -0.016302722, -0.07360273) * v0_3.x;
            a0_1 += vec4(0.1120467, 0.2523338, 0.013040222, 0.07845912) * v0_3.y;
            a0_1 += vec4(0.12137823, 0.13015787, 0.036681052, 0.09809164) * v0_3.z;
            a0_1 += vec4(0.014065165, -0.122808255, -0.039797485, -0.46501014) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.080871835, -0.22307916, 0.07004091, 0.06692253) * v0_3.x;
            a0_0 += vec4(-0.25825113, -0.030632246, 0.07111695, 0.44181773) * v0_3.y;
            a0_0 += vec4(0.09049517, -0.008341272, 0.044914108, -0.18295835) * v0_3.z;
            a0_0 += vec4(-0.014715955, -0.008019641, -0.03798547, -0.074919805) * v0_3.w;
            a0_1 += vec4(0.07694559, -0.0138822915, 0.06503231, -0.03360788) * v0_3.x;
            a0_1 += vec4(-0.07092503, -0.00048928615, -0.026823722, -0.02658003) * v0_3.y;
            a0_1 += vec4(0.02215056, 0.031604793, 0.04115292, 0.040732138) * v0_3.z;
            a0_1 += vec4(-0.008415167, 0.054748695, 0.03447441, 0.018476207) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.060306337, -0.19063218, -0.20212461, -0.011923865) * v0_3.x;
            a0_0 += vec4(0.2857088, 0.009115366, 0.11899254, 0.14336674) * v0_3.y;
            a0_0 += vec4(0.18231158, -0.13981315, 0.045094874, -0.09755735) * v0_3.z;
            a0_0 += vec4(0.040069308, 0.016306436, -0.21158268, -0.06527811) * v0_3.w;
            a0_1 += vec4(-0.036803186, -0.05286142, 0.007957323, -0.017383374) * v0_3.x;
            a0_1 += vec4(0.17671868, 0.27140468, 0.13692562, -0.012053789) * v0_3.y;
            a0_1 += vec4(0.10316045, -0.013202491, -0.016275119, 0.01879904) * v0_3.z;
            a0_1 += vec4(-0.062531106, 0.029337812, -0.078415155, -0.0249412) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.00039039235, -0.03416186, 0.018411878, -0.010035256) * v0_3.x;
            a0_0 += vec4(0.0074744555, -0.30681312, 0.04060132, 0.08147552) * v0_3.y;
            a0_0 += vec4(0.033693682, -0.037743136, 0.009858464, -0.057877015) * v0_3.z;
            a0_0 += vec4(-0.015383695, -0.07576271, -0.03201459, -0.07223331) * v0_3.w;
            a0_1 += vec4(0.018963913, -0.010214533, 0.018063482, 0.031577088) * v0_3.x;
            a0_1 += vec4(0.05999718, -0.113296494, -0.09365664, 0.26440683) * v0_3.y;
            a0_1 += vec4(0.08826179, 0.016142845, 0.0216411, -0.101425715) * v0_3.z;
            a0_1 += vec4(0.009847335, -0.008299357, 0.074420415, 0.011775249) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.15047242, -0.10756204, 0.09433242, 0.14607352) * v0_3.x;
            a0_0 += vec4(0.028909385, 0.07892575, 0.007390004, 0.14807044) * v0_3.y;
            a0_0 += vec4(0.056910306, -0.037883703, 0.050295055, -0.35840037) * v0_3.z;
            a0_0 += vec4(-0.019727677, -0.0066186097, -0.0021540523, 0.017334) * v0_3.w;
            a0_1 += vec4(-0.39081585, -0.0838673, 0.27916974, -0.07050347) * v0_3.x;
            a0_1 += vec4(-0.020497013, -0.1974258, -0.11615982, -0.04604486) * v0_3.y;
            a0_1 += vec4(0.0473447, -0.029950554, 0.007203267, 0.039071508) * v0_3.z;
            a0_1 += vec4(0.05709263, 0.024631454, 0.057777587, 0.040751096) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(0.14233728, 0.24207225, -0.05877726, 0.11620321) * v0_3.x;
            a0_0 += vec4(0.10720529, 0.0008283299, -1.5752418, 0.08940047) * v0_3.y;
            a0_0 += vec4(0.36390868, -0.36308664, -0.010029068, -0.27397126) * v0_3.z;
            a0_0 += vec4(0.06675105, 0.07950608, -0.11110028, 0.10758905) * v0_3.w;
            a0_1 += vec4(0.03844488, 0.018994762, 0.016261842, 0.51800346) * v0_3.x;
            a0_1 += vec4(-0.06746922, 0.32197532, 0.020198246, -0.1261948) * v0_3.y;
            a0_1 += vec4(-0.047454923, 0.19068927, -0.058833476, 0.17420405) * v0_3.z;
            a0_1 += vec4(-0.035010174, -0.24515375, -0.049961384, 0.42633954) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.0076967604, -0.0063465773, 0.07495261, 0.060014434) * v0_3.x;
            a0_0 += vec4(-0.21927468, -0.16195607, 0.004462335, 0.1700076) * v0_3.y;
            a0_0 += vec4(0.18680118, -0.08768889, 0.08070937, -0.13451485) * v0_3.z;
            a0_0 += vec4(0.027677529, -0.37147608, 0.0492793, 0.20355256) * v0_3.w;
            a0_1 += vec4(-0.10035564, 0.013695476, 0.05426191, -0.014002882) * v0_3.x;
            a0_1 += vec4(-0.0910872, -0.24419665, -0.034756966, -0.2550853) * v0_3.y;
            a0_1 += vec4(0.13050632, 0.048386525, 0.08481854, -0.015868377) * v0_3.z;
            a0_1 += vec4(-0.7629353, 0.07594038, 0.058023147, -0.25982517) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.28913042, -0.1857833, -0.19982226, 0.0047614267) * v0_3.x;
            a0_0 += vec4(-0.040002443, 0.013629103, 0.14590615, -0.1875878) * v0_3.y;
            a0_0 += vec4(0.13732162, -0.0996179, 0.08447261, 0.059818078) * v0_3.z;
            a0_0 += vec4(0.12112791, 0.04442736, -0.036067992, 0.009009383) * v0_3.w;
            a0_1 += vec4(0.053038094, 0.3456283, -0.028815135, -0.021221591) * v0_3.x;
            a0_1 += vec4(-0.030001303, 0.26908705, -0.03715217, -0.093417) * v0_3.y;
            a0_1 += vec4(-0.0061158077, 0.46648175, 0.06069643, 0.042290237) * v0_3.z;
            a0_1 += vec4(-0.022208512, -0.022681322, 0.011513289, 0.07366402) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.074754044, -0.24406068, 0.5842961, 0.01011099) * v0_3.x;
            a0_0 += vec4(0.06859522, 0.106121376, 0.20751011, -0.078184746) * v0_3.y;
            a0_0 += vec4(0.06569143, -0.05616781, 0.43368873, -0.18342853) * v0_3.z;
            a0_0 += vec4(0.0648663, 0.08838746, -2.5457027, -0.032766283) * v0_3.w;
            a0_1 += vec4(-0.023000399, 1.1273052, -0.004522217, 0.22401826) * v0_3.x;
            a0_1 += vec4(0.00028205267, -0.82191133, -0.08815093, -0.10096036) * v0_3.y;
            a0_1 += vec4(0.052339103, -0.494361, 0.014254294, 0.05702493) * v0_3.z;
            a0_1 += vec4(-0.053227764, -1.9380327, 0.044443835, 0.10758067) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.016084341, 0.049012687, -0.0840192, -0.009945125) * v0_3.x;
            a0_0 += vec4(-0.13082097, -0.026519094, 0.22928171, 0.109046146) * v0_3.y;
            a0_0 += vec4(0.1913399, -0.06577869, 0.05957043, -0.111836284) * v0_3.z;
            a0_0 += vec4(0.21928439, -0.044628173, 0.007977876, -0.08064955) * v0_3.w;
            a0_1 += vec4(0.052999526, 0.40421763, -0.012616779, 0.002641059) * v0_3.x;
            a0_1 += vec4(0.12748745, 0.37926105, 0.022284118, -0.1623692) * v0_3.y;
            a0_1 += vec4(-0.021195088, -0.23581114, 0.013012999, 0.055029694) * v0_3.z;
            a0_1 += vec4(-0.064298704, -2.3030765, 0.092065066, 0.03497193) * v0_3.w;
        }
    }

    if (slice == 0) {
        ivec2 p0 = origin + local + ivec2(0, 0);
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        }
    } else if (slice == 1) {
        ivec2 p0 = origin + local + ivec2(0, 0);
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_1)));
        }
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
//!COMPUTE 32 16 16 16

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
// A workgroup computes 16x8 pixels with 16x16 threads: 2 slice(s) of 16x8, each computing
// 2 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (18x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[180];

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
    if (slice == 0) {
        a0_0 = vec4(0.014308364, -0.031445663, -0.01849288, -0.004246903);
        a0_1 = vec4(-0.021231862, 0.018275987, 0.004760984, 0.033462685);
    } else if (slice == 1) {
        a0_0 = vec4(0.0017615217, 0.012336949, -0.022513494, 0.009208594);
        a0_1 = vec4(-0.0013368673, 0.0046511, 0.021403618, 0.012234549);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.025315678, -0.40740538, 0.37080577, 0.17917906) * v0_0.x;
            a0_0 += vec4(0.1517135, 0.09999762, 0.03209811, -0.025414864) * v0_0.y;
            a0_0 += vec4(-0.0072085187, -0.044233754, -0.14142239, 0.021514736) * v0_0.z;
            a0_0 += vec4(0.074731536, 0.06694275, 0.08969647, 0.01626352) * v0_0.w;
            a0_1 += vec4(0.3236074, -0.016813854, -0.05796897, -0.07314582) * v0_0.x;
            a0_1 += vec4(-0.06281415, 0.012611842, 0.016730722, 0.11916892) * v0_0.y;
            a0_1 += vec4(0.054947067, -0.024866354, -0.007610447, -0.11161885) * v0_0.z;
            a0_1 += vec4(0.04581396, 0.009688132, 0.021315157, -0.08097858) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.4784662, -0.44962025, 0.16025928, -0.112756014) * v0_0.x;
            a0_0 += vec4(0.098072365, -0.16340493, -0.10911931, -0.057525925) * v0_0.y;
            a0_0 += vec4(-0.07066941, 0.04618561, -0.3869227, 0.07643021) * v0_0.z;
            a0_0 += vec4(0.002182261, -0.29465193, 0.12064611, -0.15072991) * v0_0.w;
            a0_1 += vec4(0.1599916, -0.031528797, 0.0126992585, 0.016889824) * v0_0.x;
            a0_1 += vec4(0.11132726, -0.06296075, 0.00051726383, -0.3424913) * v0_0.y;
            a0_1 += vec4(-0.004174934, -6.6618624e-05, -0.012995042, 0.005965193) * v0_0.z;
            a0_1 += vec4(-0.06023162, 0.003182649, 0.021039585, -0.11947315) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.3007937, 0.0072757923, -0.07775808, 0.075630665) * v0_0.x;
            a0_0 += vec4(0.07475434, -0.030880397, 0.017956393, 0.030480307) * v0_0.y;
            a0_0 += vec4(-0.07537768, -0.0060714884, -0.10579664, -0.041868184) * v0_0.z;
            a0_0 += vec4(-0.029362228, 0.0019552058, 0.0033949236, -0.042928576) * v0_0.w;
            a0_1 += vec4(0.027892213, -0.00062689267, -0.01636723, -2.2716187e-05) * v0_0.x;
            a0_1 += vec4(0.25023237, -0.007830497, 0.021714738, -0.56807584) * v0_0.y;
            a0_1 += vec4(-0.053948745, -0.024804676, 0.045291945, -0.13231511) * v0_0.z;
            a0_1 += vec4(0.07675576, 0.06605667, -0.032000583, 0.10833098) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.055378314, 0.11835048, -0.21005718, -0.067133605) * v0_0.x;
            a0_0 += vec4(0.037751865, 0.111293666, -0.2152327, 0.35863844) * v0_0.y;
            a0_0 += vec4(0.09041399, -0.13204306, -0.023983477, 0.035911985) * v0_0.z;
            a0_0 += vec4(-0.1136856, -0.101052254, -0.026796436, 0.17415252) * v0_0.w;
            a0_1 += vec4(-0.36363825, 0.021935955, -0.18368474, 0.028652018) * v0_0.x;
            a0_1 += vec4(0.14966221, 0.027848009, 0.072001524, 0.3989147) * v0_0.y;
            a0_1 += vec4(-0.060279924, 0.025458539, -0.0016928725, 0.060513448) * v0_0.z;
            a0_1 += vec4(-0.030946735, 0.116279155, -0.027582984, 0.07756251) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.19136935, 0.25973448, -0.35633188, -0.13955162) * v0_0.x;
            a0_0 += vec4(-0.022144493, -0.12332462, 0.12980436, -0.06716298) * v0_0.y;
            a0_0 += vec4(-0.226214, -0.017355867, 0.31573844, -0.07952507) * v0_0.z;
            a0_0 += vec4(0.06953637, 0.3504291, 0.3310475, -0.4188637) * v0_0.w;
            a0_1 += vec4(-0.23284562, 0.14024308, 0.062349986, -0.12310892) * v0_0.x;
            a0_1 += vec4(-0.19432355, -0.08142183, -0.061544392, -0.45819297) * v0_0.y;
            a0_1 += vec4(-0.037947427, 0.39792922, 0.07392991, -0.088718906) * v0_0.z;
            a0_1 += vec4(0.15805514, 0.30931425, -0.1016847, -0.078503326) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.07861268, -0.011944142, -0.06872131, 0.06526956) * v0_0.x;
            a0_0 += vec4(-0.23126051, -0.0787915, 0.3074996, -0.1560054) * v0_0.y;
            a0_0 += vec4(-0.0515472, -0.15933825, 0.008892285, -0.032828208) * v0_0.z;
            a0_0 += vec4(-0.04228462, 0.19568804, -0.056245092, 0.2529376) * v0_0.w;
            a0_1 += vec4(0.02309257, -0.024762606, 0.008150015, 0.023823071) * v0_0.x;
            a0_1 += vec4(-0.15807371, 0.03965886, -0.016814513, -0.07145885) * v0_0.y;
            a0_1 += vec4(-0.20561801, 0.02365692, 0.0007521815, 0.1441513) * v0_0.z;
            a0_1 += vec4(0.14683372, -0.046197027, -0.008067438, -0.36100286) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.0092896065, -0.0029096454, -0.23034982, 0.011114423) * v0_0.x;
            a0_0 += vec4(-0.1106547, -0.15602478, 0.2677796, 0.19269039) * v0_0.y;
            a0_0 += vec4(-0.031739205, -0.03228303, 0.011086476, -0.05332459) * v0_0.z;
            a0_0 += vec4(-0.22346567, 0.08080637, -0.020646531, 0.08239571) * v0_0.w;
            a0_1 += vec4(-0.1421229, -0.099885836, -0.09427238, 0.1337728) * v0_0.x;
            a0_1 += vec4(-0.0066758767, -0.009484399, 0.06744897, 0.30264565) * v0_0.y;
            a0_1 += vec4(-0.03263222, 0.03592801, 0.10090736, 0.028849022) * v0_0.z;
            a0_1 += vec4(-0.041092165, -0.05571495, -0.117078304, -0.2493043) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.15126343, 0.022163287, -0.15783563, -0.025882605) * v0_0.x;
            a0_0 += vec4(0.15493815, 0.1494604, -0.034188353, 0.047689065) * v0_0.y;
            a0_0 += vec4(0.14822488, -0.010189335, 0.18554454, 0.030036429) * v0_0.z;
            a0_0 += vec4(0.024229797, 0.06672721, -0.27624926, -0.0014910502) * v0_0.w;
            a0_1 += vec4(0.030493004, 0.013943649, 0.008176111, -0.048232153) * v0_0.x;
            a0_1 += vec4(-0.029120184, 0.0832065, 0.012535422, -0.06679524) * v0_0.y;
            a0_1 += vec4(0.072213255, 0.047026567, 0.0739274, 0.021540673) * v0_0.z;
            a0_1 += vec4(-0.10233502, 0.04503862, -0.16855547, 0.19900726) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.11723486, -0.024278458, -0.0918668, -0.05912352) * v0_0.x;
            a0_0 += vec4(0.0804538, 0.22284164, 0.082265265, -0.086509205) * v0_0.y;
            a0_0 += vec4(0.077792905, 0.06799491, 0.10968278, 0.07208801) * v0_0.z;
            a0_0 += vec4(-0.10925173, -0.19539174, -0.20790318, -0.08770796) * v0_0.w;
            a0_1 += vec4(-0.10335507, 0.03536097, 0.0033068694, 0.0032172517) * v0_0.x;
            a0_1 += vec4(0.049036283, 0.07101889, -0.10331261, 0.14447233) * v0_0.y;
            a0_1 += vec4(0.05273494, -0.014971053, -0.08585235, 0.11687278) * v0_0.z;
            a0_1 += vec4(-0.077435136, 0.03600481, 0.15392411, -0.22504471) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.19788808, 0.088607766, 0.03288371, 0.018204056) * v0_0.x;
            a0_0 += vec4(-0.024293097, -0.008095376, 0.03442426, -0.036480363) * v0_0.y;
            a0_0 += vec4(-0.008784721, 0.08859438, -0.10649091, 0.030977005) * v0_0.z;
            a0_0 += vec4(0.016547365, -0.0022618754, 0.0324507, -0.017606767) * v0_0.w;
            a0_1 += vec4(-0.109521486, -0.25843716, 0.051019795, 0.008796125) * v0_0.x;
            a0_1 += vec4(0.006710635, -0.0049244356, -0.028464736, -0.020576421) * v0_0.y;
            a0_1 += vec4(0.018126301, -0.03288581, -0.059816107, 0.012544033) * v0_0.z;
            a0_1 += vec4(0.019033715, 0.036934555, 0.03997806, 0.011696228) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.04685454, -0.21285146, -0.010454878, -0.057078585) * v0_0.x;
            a0_0 += vec4(0.065119885, 0.10927382, -0.05321152, 0.060907405) * v0_0.y;
            a0_0 += vec4(0.08013327, -0.0073412405, -0.20529112, -0.08758012) * v0_0.z;
            a0_0 += vec4(0.09224284, -0.067262664, 0.1502062, 0.05410036) * v0_0.w;
            a0_1 += vec4(0.15896165, -0.40192378, 0.020870406, -0.040908355) * v0_0.x;
            a0_1 += vec4(-0.06158074, 0.04799475, 0.02708582, 0.025623411) * v0_0.y;
            a0_1 += vec4(0.031087726, 0.15594003, 0.061994012, -0.055818196) * v0_0.z;
            a0_1 += vec4(0.009436111, 0.04553281, -0.009773234, 0.05364127) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.041660745, 0.0048408103, 0.003651176, 0.071307175) * v0_0.x;
            a0_0 += vec4(0.01425864, 0.09917961, -0.05065944, 0.04616355) * v0_0.y;
            a0_0 += vec4(-0.106611334, 0.08681873, -0.07359776, -0.09394259) * v0_0.z;
            a0_0 += vec4(0.11695499, -0.1402854, 0.061297946, -0.045418613) * v0_0.w;
            a0_1 += vec4(0.05062757, -0.34977517, -0.017327579, 0.029586911) * v0_0.x;
            a0_1 += vec4(-0.015337377, 0.1657842, -0.023074357, -0.48225418) * v0_0.y;
            a0_1 += vec4(-0.101821445, -0.07600293, -0.005563617, -0.5261255) * v0_0.z;
            a0_1 += vec4(0.00761482, -0.058566544, 0.05186853, 0.04371315) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.23553102, 0.5484784, -0.09534771, -0.02045959) * v0_0.x;
            a0_0 += vec4(0.13755015, -0.11109039, -0.06437182, -0.2358323) * v0_0.y;
            a0_0 += vec4(0.010125626, -0.11606748, -0.08721418, 0.07951246) * v0_0.z;
            a0_0 += vec4(0.14079992, -0.080286875, 0.03190584, -0.11406279) * v0_0.w;
            a0_1 += vec4(-0.06422451, -0.6366767, -0.036370903, -0.0831035) * v0_0.x;
            a0_1 += vec4(0.0374723, 0.38192326, 0.010392014, -0.08228988) * v0_0.y;
            a0_1 += vec4(0.0633136, -0.048369046, 0.06295746, 0.0043660635) * v0_0.z;
            a0_1 += vec4(0.037951868, -0.08372121, 0.055318434, -0.05734989) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.10584075, -0.2533913, 0.19931902, -0.06487168) * v0_0.x;
            a0_0 += vec4(-0.1717319, 0.030989863, 0.03765032, -0.23701997) * v0_0.y;
            a0_0 += vec4(0.392678, -0.20434664, -0.011459706, -0.012392768) * v0_0.z;
            a0_0 += vec4(-0.19392636, -0.19896725, 0.5523695, 0.10076211) * v0_0.w;
            a0_1 += vec4(0.18938878, -0.58693033, 0.11619453, -0.045211863) * v0_0.x;
            a0_1 += vec4(-0.081650935, 0.30361742, -0.12818241, -0.10964245) * v0_0.y;
            a0_1 += vec4(-0.21211484, -0.2671186, 0.14642583, 0.10737925) * v0_0.z;
            a0_1 += vec4(0.0061715045, -0.38273, -0.22397554, -0.04302644) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.07930697, 0.012467926, -0.018473605, 0.049829062) * v0_0.x;
            a0_0 += vec4(0.041304592, -0.20307006, 0.061710116, -0.1607002) * v0_0.y;
            a0_0 += vec4(0.05850921, -0.054579165, 0.05506371, 0.018534066) * v0_0.z;
            a0_0 += vec4(-0.05382266, 0.19656838, -0.14599052, 0.10722883) * v0_0.w;
            a0_1 += vec4(-0.016349845, -0.21763504, -0.0010806874, -0.0011352341) * v0_0.x;
            a0_1 += vec4(-0.1379133, 0.19977011, -0.019010192, 0.15351702) * v0_0.y;
            a0_1 += vec4(-0.049592014, -0.015350318, 0.075927876, 0.17186968) * v0_0.z;
            a0_1 += vec4(0.12509024, 0.02728859, -0.037378654, -0.32351947) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.14471711, -0.089903586, -0.024194038, -0.008216228) * v0_0.x;
            a0_0 += vec4(0.21955849, -0.3950722, 0.05865401, -0.15680425) * v0_0.y;
            a0_0 += vec4(0.0034217027, 0.09524851, -0.014997871, -0.01323649) * v0_0.z;
            a0_0 += vec4(0.0042688143, 0.033086605, -0.03602252, 0.14105399) * v0_0.w;
            a0_1 += vec4(-0.019764764, -0.31119177, -0.06767115, -0.014068403) * v0_0.x;
            a0_1 += vec4(0.03635759, 0.14193599, 0.0015609096, -0.0077975956) * v0_0.y;
            a0_1 += vec4(0.009449523, -0.01775413, 0.062425796, 0.026602777) * v0_0.z;
            a0_1 += vec4(-0.025830995, -0.10380951, -0.02119342, 0.0054662493) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.020014875, -0.11133592, -0.023629094, -0.0709405) * v0_0.x;
            a0_0 += vec4(0.07574613, 0.4842027, -0.016238315, -0.06935021) * v0_0.y;
            a0_0 += vec4(0.048983708, -0.02455697, 0.023512363, 0.032327037) * v0_0.z;
            a0_0 += vec4(-0.12747441, -0.137746, -0.0041232975, -0.29301938) * v0_0.w;
            a0_1 += vec4(0.046277538, -0.45933232, 0.06593023, -0.03638144) * v0_0.x;
            a0_1 += vec4(-0.07667149, 0.29901657, -0.0016867243, 0.11688226) * v0_0.y;
            a0_1 += vec4(0.031845666, -0.027253512, 0.07584758, 0.08993896) * v0_0.z;
            a0_1 += vec4(-0.060812075, -0.04589073, -0.21525094, -0.047655407) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.04711032, -0.019662969, 0.020692779, 0.01689221) * v0_0.x;
            a0_0 += vec4(0.030064257, -0.032970324, 0.093564175, -0.06074772) * v0_0.y;
            a0_0 += vec4(-0.0065473514, 0.10435069, -0.051301178, 0.07506068) * v0_0.z;
            a0_0 += vec4(-0.092831016, -0.0098741185, 0.092322186, -0.09218845) * v0_0.w;
            a0_1 += vec4(0.008118003, -0.31232572, -0.01947948, -0.028818972) * v0_0.x;
            a0_1 += vec4(0.01954803, 0.14400195, 0.07366684, 0.08039247) * v0_0.y;
            a0_1 += vec4(-0.039747268, -0.07018961, -0.006076149, 0.010897608) * v0_0.z;
            a0_1 += vec4(0.0013431206, -0.038716212, 0.033262603, -0.06467397) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.034586944, 0.051405124, 0.024543753, 0.09663699) * v0_1.x;
            a0_0 += vec4(0.21466514, -0.14363779, 0.091029935, 0.06438413) * v0_1.y;
            a0_0 += vec4(-0.07787725, 0.02310036, -0.08526669, -0.06898668) * v0_1.z;
            a0_0 += vec4(-0.07615313, 0.1859357, 0.051052812, 0.03592223) * v0_1.w;
            a0_1 += vec4(0.061538264, 0.060805965, 0.017201789, 0.22006647) * v0_1.x;
            a0_1 += vec4(-0.01602865, 0.035268907, -0.00068671186, -0.18142733) * v0_1.y;
            a0_1 += vec4(-0.0058686594, 0.04291206, 0.0014080717, 0.13177212) * v0_1.z;
            a0_1 += vec4(-0.0016620886, 0.09081882, -0.031675898, -0.29883888) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.14242817, -0.12330711, 0.26888746, 0.027858777) * v0_1.x;
            a0_0 += vec4(-0.19174838, -0.3025271, 0.21068037, -0.22111407) * v0_1.y;
            a0_0 += vec4(0.039243873, 0.32096145, -0.19555481, 0.041925013) * v0_1.z;
            a0_0 += vec4(-0.081656374, 0.042261768, 0.4310771, -0.17600678) * v0_1.w;
            a0_1 += vec4(-0.15646641, 0.0058149397, -0.034551397, -0.087699234) * v0_1.x;
            a0_1 += vec4(-0.0009914644, -1.4757978e-05, 0.00055921706, 0.23698746) * v0_1.y;
            a0_1 += vec4(-0.15453093, 0.06698371, -0.014193776, 0.055897992) * v0_1.z;
            a0_1 += vec4(-0.19766432, 0.046747115, 0.03361082, -0.63573986) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.07237473, -0.019333057, 0.01465501, 0.0103286505) * v0_1.x;
            a0_0 += vec4(-0.0033088874, 0.0049798666, 0.005620796, 0.050308306) * v0_1.y;
            a0_0 += vec4(0.095135905, 0.11874092, -0.089677125, 0.06639713) * v0_1.z;
            a0_0 += vec4(0.008767325, 0.020067416, -0.054253392, -0.02636066) * v0_1.w;
            a0_1 += vec4(0.07094494, 0.00023815216, 0.006596921, -0.05585263) * v0_1.x;
            a0_1 += vec4(0.07675021, -0.06228464, 0.014950143, -0.0021290332) * v0_1.y;
            a0_1 += vec4(-0.12428363, 0.016943645, -0.0096276365, -0.022048702) * v0_1.z;
            a0_1 += vec4(-0.06971582, -0.029114002, 0.049153633, -0.39115208) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.12108157, -0.08878159, 0.20186365, -0.013874086) * v0_1.x;
            a0_0 += vec4(-0.41484395, -0.14844953, 0.0738829, -0.045337558) * v0_1.y;
            a0_0 += vec4(0.042086396, 0.059161253, -0.012553872, -0.23520784) * v0_1.z;
            a0_0 += vec4(-0.12646332, 0.26784688, -0.20803319, -0.03942921) * v0_1.w;
            a0_1 += vec4(0.049078394, 0.06519899, 0.041337896, 0.18306711) * v0_1.x;
            a0_1 += vec4(0.06364234, -0.036350865, -0.082766965, -0.04908475) * v0_1.y;
            a0_1 += vec4(-0.03600516, 0.13349976, 0.075641125, 0.09301542) * v0_1.z;
            a0_1 += vec4(0.098319165, -0.111341886, -0.11690513, -0.30515233) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.23782037, -0.4498384, -0.2894948, -0.11137584) * v0_1.x;
            a0_0 += vec4(-0.41319975, -0.17482656, -0.117727414, 0.04227422) * v0_1.y;
            a0_0 += vec4(0.44053125, -0.040965743, -0.07687903, 0.1572281) * v0_1.z;
            a0_0 += vec4(-0.14606549, 0.5611193, -0.017074287, -0.26588884) * v0_1.w;
            a0_1 += vec4(-0.047191925, 0.122746356, -0.0033969765, 0.08131301) * v0_1.x;
            a0_1 += vec4(0.1518897, 0.02669907, 0.033575322, -0.511831) * v0_1.y;
            a0_1 += vec4(-0.18935362, 0.09478832, 0.018412145, 0.27864313) * v0_1.z;
            a0_1 += vec4(0.4335526, 0.38276324, 0.056418765, 0.092538744) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.13518186, -0.1952343, -0.033405837, 0.15649372) * v0_1.x;
            a0_0 += vec4(0.014096296, -0.1471687, 0.022654844, -0.16781017) * v0_1.y;
            a0_0 += vec4(0.1897826, 0.05537809, 0.011526008, 0.16989169) * v0_1.z;
            a0_0 += vec4(0.25440302, 0.02105957, 0.07173544, 0.13849147) * v0_1.w;
            a0_1 += vec4(0.06391543, -0.032844223, -0.0015351484, 0.08773329) * v0_1.x;
            a0_1 += vec4(0.0818433, -0.00886031, 0.006732896, -0.004721323) * v0_1.y;
            a0_1 += vec4(-0.0030527106, 0.0014216377, -0.04981653, 0.17145506) * v0_1.z;
            a0_1 += vec4(0.003415348, 0.04492702, 0.032660168, -2.0050154) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.12111377, 0.06486296, -0.054877255, 0.013369709) * v0_1.x;
            a0_0 += vec4(-0.26179752, 0.008404512, -0.291739, 0.09870817) * v0_1.y;
            a0_0 += vec4(0.30430415, -0.02468248, 0.09765464, -0.073647045) * v0_1.z;
            a0_0 += vec4(0.003215954, -0.17846975, 0.11312282, 0.061767615) * v0_1.w;
            a0_1 += vec4(-0.08958046, 0.10260106, 0.11284484, 0.19449843) * v0_1.x;
            a0_1 += vec4(-0.15825003, -0.022389483, -0.1325153, -0.16857241) * v0_1.y;
            a0_1 += vec4(0.16755177, 0.031064708, 0.1567697, 0.16521265) * v0_1.z;
            a0_1 += vec4(-0.065289006, -0.022755811, 0.03485217, 0.09884881) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.0767532, 0.46677387, -0.17212266, -0.03160566) * v0_1.x;
            a0_0 += vec4(-0.3810842, 0.056070074, -0.25618377, -0.100580625) * v0_1.y;
            a0_0 += vec4(-0.12561269, -0.016203389, 0.3710484, 0.00074308756) * v0_1.z;
            a0_0 += vec4(0.10880074, -0.21513747, -0.21955177, -0.10800783) * v0_1.w;
            a0_1 += vec4(-0.109482475, 0.013460136, -0.04917644, -0.15271996) * v0_1.x;
            a0_1 += vec4(-0.2583299, 0.060626, -0.041091472, -0.15900281) * v0_1.y;
            a0_1 += vec4(0.47309366, -0.03839146, -0.0045616627, 0.0008328471) * v0_1.z;
            a0_1 += vec4(0.0082431855, -0.21283317, -0.18913719, 0.2243721) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.07202282, 0.08571014, 0.04075649, 0.024679877) * v0_1.x;
            a0_0 += vec4(0.11339893, 0.10422508, -0.014214932, -0.19761975) * v0_1.y;
            a0_0 += vec4(0.05781747, -0.18774833, 0.14175606, 0.12277776) * v0_1.z;
            a0_0 += vec4(-0.14729902, 0.0993602, 0.03688781, -0.06296111) * v0_1.w;
            a0_1 += vec4(-0.030455546, -0.020884665, 0.06928861, -0.02054186) * v0_1.x;
            a0_1 += vec4(-0.051363032, -0.028426047, 0.032410964, 0.27805674) * v0_1.y;
            a0_1 += vec4(0.09577153, 0.0018001996, -0.009598458, 0.24205303) * v0_1.z;
            a0_1 += vec4(0.06581605, 0.032396894, 0.15634531, -0.062486712) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.04517026, -0.015449355, 0.030736623, -0.064001635) * v0_1.x;
            a0_0 += vec4(0.10251629, -0.010003219, 0.00246948, -0.041401625) * v0_1.y;
            a0_0 += vec4(-0.07452645, 0.055657007, 0.017119868, 0.00057093386) * v0_1.z;
            a0_0 += vec4(0.076428145, -0.13702212, 0.041210357, -0.097048655) * v0_1.w;
            a0_1 += vec4(0.0076448624, 0.073063046, -0.018112276, 0.044603255) * v0_1.x;
            a0_1 += vec4(-0.028443448, 0.042257074, 0.033456415, 0.10408893) * v0_1.y;
            a0_1 += vec4(0.013544821, -0.10530665, -0.013452262, 0.024509164) * v0_1.z;
            a0_1 += vec4(-0.032966062, 0.2765319, 0.06838193, -0.008048515) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.11847643, 0.07740604, 0.04646375, -0.006719404) * v0_1.x;
            a0_0 += vec4(0.078692794, 0.018933047, -0.03411219, 0.005511014) * v0_1.y;
            a0_0 += vec4(-0.12282886, 0.0056976853, -0.0050732824, -0.020660818) * v0_1.z;
            a0_0 += vec4(-0.031830277, 0.030043423, 0.056548044, -0.090381294) * v0_1.w;
            a0_1 += vec4(0.01256106, 0.0046958136, 0.03241983, 0.055210363) * v0_1.x;
            a0_1 += vec4(0.07731245, -0.07009144, -0.048668608, 0.05429069) * v0_1.y;
            a0_1 += vec4(0.07470501, 0.039248727, 0.03182757, -0.06734372) * v0_1.z;
            a0_1 += vec4(0.1485473, -0.09281201, -0.054269433, 0.03705732) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.033105094, -0.0078620855, -0.022709917, 0.019003244) * v0_1.x;
            a0_0 += vec4(0.024807753, 0.052204266, -0.071791224, 0.011485747) * v0_1.y;
            a0_0 += vec4(-0.07369586, 0.0137782805, 0.003582809, 0.035403106) * v0_1.z;
            a0_0 += vec4(-0.01405195, 0.07256009, 0.011241367, -0.06909385) * v0_1.w;
            a0_1 += vec4(0.016695606, 0.058716543, -0.022234729, 0.010488249) * v0_1.x;
            a0_1 += vec4(0.019232022, -0.044709843, -0.032776598, 0.12039033) * v0_1.y;
            a0_1 += vec4(-0.017063448, -0.09488618, -0.00074972864, -0.18022363) * v0_1.z;
            a0_1 += vec4(0.035581883, -0.12771232, 0.037610672, -0.02314014) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.026971996, 0.006361849, 0.14840193, 0.11840187) * v0_1.x;
            a0_0 += vec4(-0.23391397, 0.19595902, 0.021233503, -0.11863109) * v0_1.y;
            a0_0 += vec4(-0.02861322, -0.0805317, 0.19878447, 0.04877218) * v0_1.z;
            a0_0 += vec4(-0.03260752, 0.47443804, -0.0007973998, -0.083458565) * v0_1.w;
            a0_1 += vec4(0.033441305, -0.17919269, 0.071414076, -0.040231004) * v0_1.x;
            a0_1 += vec4(-0.051545292, 0.3152309, 0.032920167, -0.050826155) * v0_1.y;
            a0_1 += vec4(0.030751579, -0.043526605, 0.101936825, 0.10663154) * v0_1.z;
            a0_1 += vec4(-0.010965119, 0.23196171, -0.03446115, 0.012430032) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.10141363, 0.056519937, 0.09495047, -0.083211236) * v0_1.x;
            a0_0 += vec4(-0.33066672, 0.31982478, 0.06656332, -0.5255531) * v0_1.y;
            a0_0 += vec4(0.39907596, -0.04551523, 0.076361425, 0.515442) * v0_1.z;
            a0_0 += vec4(0.2894429, -0.026761035, 0.15433668, -0.22964536) * v0_1.w;
            a0_1 += vec4(-0.039667293, 0.28457764, 0.13565247, 0.021205531) * v0_1.x;
            a0_1 += vec4(0.05632608, -0.18567143, 0.16571477, -0.23085211) * v0_1.y;
            a0_1 += vec4(0.076178744, -0.04070206, 0.11625753, 0.11961359) * v0_1.z;
            a0_1 += vec4(0.09332873, 0.061907627, 0.30030668, 0.10909142) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.052999362, 0.052562866, -0.035938874, 0.032367133) * v0_1.x;
            a0_0 += vec4(-0.081125945, -0.008548732, -0.02534536, 0.09177157) * v0_1.y;
            a0_0 += vec4(-0.015444048, 0.12723202, -0.07120179, -0.0022531084) * v0_1.z;
            a0_0 += vec4(-0.018742096, 0.042202547, 0.030112537, 0.16257262) * v0_1.w;
            a0_1 += vec4(0.108230695, 0.15231377, -0.0005546767, -0.19747706) * v0_1.x;
            a0_1 += vec4(0.06423663, -0.031372365, -0.037357267, 0.15446967) * v0_1.y;
            a0_1 += vec4(0.01659812, 0.0051198537, -0.027291223, -0.022681922) * v0_1.z;
            a0_1 += vec4(0.057102717, 0.13700908, -0.032580305, -0.11682838) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.007041716, 0.018217154, 0.08307236, -0.04520616) * v0_1.x;
            a0_0 += vec4(-0.31561956, 0.23123385, -0.067681044, -0.12643862) * v0_1.y;
            a0_0 += vec4(0.010874087, -0.10742594, 0.030002201, -0.14344977) * v0_1.z;
            a0_0 += vec4(0.10406159, -0.20533821, -0.030862322, -0.10753616) * v0_1.w;
            a0_1 += vec4(-0.0029815636, 0.13884383, 0.04761928, 0.059312716) * v0_1.x;
            a0_1 += vec4(-0.008409305, -0.9101977, -0.03828398, -0.07224407) * v0_1.y;
            a0_1 += vec4(-0.0005499478, 0.22700396, -0.007955575, 0.014039278) * v0_1.z;
            a0_1 += vec4(0.00048419705, 0.14805353, 0.01756024, 0.08449175) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.11211696, -0.11703306, -0.029693123, 0.07388003) * v0_1.x;
            a0_0 += vec4(-0.2088053, 0.15857096, 0.047811363, -0.19972345) * v0_1.y;
            a0_0 += vec4(0.03004797, -7.211207e-05, 0.011323185, 0.053247977) * v0_1.z;
            a0_0 += vec4(-0.11488151, -0.21737544, -0.09646544, -0.32760012) * v0_1.w;
            a0_1 += vec4(-0.0013124654, 0.08395497, -0.044070862, 0.08525564) * v0_1.x;
            a0_1 += vec4(-0.0057046493, 0.1908161, -0.045428224, 0.05620147) * v0_1.y;
            a0_1 += vec4(0.03192862, 0.23222342, 0.07045153, 0.059786994) * v0_1.z;
            a0_1 += vec4(-0.017609006, 0.22580697, -0.095051855, -0.06213206) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.023682857, 0.028017636, 3.7979324e-05, 0.044192187) * v0_1.x;
            a0_0 += vec4(0.06769071, 0.062285192, -0.00054911565, 0.044016127) * v0_1.y;
            a0_0 += vec4(-0.054126956, 0.073501885, 0.0038514957, 0.14338864) * v0_1.z;
            a0_0 += vec4(0.07184208, 0.021787634, 0.008975992, -0.038967796) * v0_1.w;
            a0_1 += vec4(-0.032118272, -0.05992314, 0.0014346216, -0.0144403465) * v0_1.x;
            a0_1 += vec4(-0.0040735975, -0.07336036, -0.019177906, -0.033247244) * v0_1.y;
            a0_1 += vec4(0.036743563, 0.05132299, 0.023929443, 0.0894065) * v0_1.z;
            a0_1 += vec4(-0.02746859, -0.0016096028, 0.023279605, -0.03991766) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.0715746, -0.09631244, 0.050157297, -0.08048454) * v0_2.x;
            a0_0 += vec4(-0.0025352512, 0.16482176, -0.106414065, 0.083849244) * v0_2.y;
            a0_0 += vec4(0.12749393, 0.20426564, 0.29415998, -0.037008047) * v0_2.z;
            a0_0 += vec4(-0.26012027, -0.14854887, 0.20277677, 0.31178087) * v0_2.w;
            a0_1 += vec4(-0.079497606, 0.033001993, -0.0433299, -0.49341437) * v0_2.x;
            a0_1 += vec4(0.06402561, 0.027012901, -0.017186008, -0.026205903) * v0_2.y;
            a0_1 += vec4(0.20847131, -0.17379077, -0.1460187, -0.3422193) * v0_2.z;
            a0_1 += vec4(-0.028837888, 0.14444311, 0.017298697, 0.16118568) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.05076258, -0.13740575, 0.15595411, -0.053362656) * v0_2.x;
            a0_0 += vec4(-0.066203654, -0.16828513, 0.081790805, -0.017918047) * v0_2.y;
            a0_0 += vec4(-0.41374892, -0.52676713, -1.0831323, 0.22619742) * v0_2.z;
            a0_0 += vec4(0.12750734, -0.14390856, -0.22360946, -0.5096736) * v0_2.w;
            a0_1 += vec4(0.1362322, 0.0049404167, -0.0545727, 0.036812954) * v0_2.x;
            a0_1 += vec4(0.029849706, -0.041181613, -0.011156492, -0.10626014) * v0_2.y;
            a0_1 += vec4(0.4812216, -0.1561386, 0.13164558, -0.38440028) * v0_2.z;
            a0_1 += vec4(0.09642372, -0.07784491, 0.004167074, -0.54048723) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.10955963, -0.24669066, 0.15493616, -0.11090137) * v0_2.x;
            a0_0 += vec4(-0.027859153, 0.03351683, 0.09520772, -0.107278876) * v0_2.y;
            a0_0 += vec4(-0.45327467, 0.0021158315, -0.11707372, -0.28413826) * v0_2.z;
            a0_0 += vec4(-0.15181288, -0.030790092, 0.18309823, -0.26073602) * v0_2.w;
            a0_1 += vec4(0.22648239, -0.0008470028, 0.017957706, -0.018039277) * v0_2.x;
            a0_1 += vec4(-0.015313996, 0.014065825, 0.015366776, 0.10012267) * v0_2.y;
            a0_1 += vec4(0.014650181, 0.018891001, -0.008666813, 0.10578885) * v0_2.z;
            a0_1 += vec4(-0.24156433, -0.06182133, -0.0048173345, 0.50967747) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.0028697196, 0.06061011, -0.056756634, -0.036915377) * v0_2.x;
            a0_0 += vec4(-0.28824973, 0.012138959, -0.12313946, 0.10299592) * v0_2.y;
            a0_0 += vec4(0.23378398, 0.049730666, -0.07091768, -0.01715781) * v0_2.z;
            a0_0 += vec4(-0.018962007, 0.16162728, 0.027316753, -0.008936573) * v0_2.w;
            a0_1 += vec4(0.04990316, 0.077742726, -0.07985242, -0.23526481) * v0_2.x;
            a0_1 += vec4(0.010774825, -0.018184526, -0.032785896, -0.1857747) * v0_2.y;
            a0_1 += vec4(-0.23976691, -0.052705243, -0.35834587, 0.13117231) * v0_2.z;
            a0_1 += vec4(0.01347248, -0.043906253, 0.032065123, -0.27442545) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(0.025687302, 0.059557397, -0.20743646, 0.18490358) * v0_2.x;
            a0_0 += vec4(-0.3239818, 0.17850724, -0.08651508, 0.14011745) * v0_2.y;
            a0_0 += vec4(-0.66113037, 0.11846311, -0.061496705, 0.13422967) * v0_2.z;
            a0_0 += vec4(-0.005783129, -0.15430583, -0.26381627, 0.054521244) * v0_2.w;
            a0_1 += vec4(-0.199354, -0.053708132, -0.076112315, -0.13419336) * v0_2.x;
            a0_1 += vec4(-0.08698115, -0.1992096, -0.0026194518, -0.49119824) * v0_2.y;
            a0_1 += vec4(-0.50951654, 0.10993369, 0.17314698, -0.43758488) * v0_2.z;
            a0_1 += vec4(-0.2935566, -0.011501036, -0.10976056, 0.4501387) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.015021453, -0.19950967, -0.27221996, -0.28598326) * v0_2.x;
            a0_0 += vec4(0.110668495, 0.10796349, 0.05700929, -0.09480617) * v0_2.y;
            a0_0 += vec4(0.055270392, 0.12745835, 0.116460495, -0.17917821) * v0_2.z;
            a0_0 += vec4(0.12730812, -0.0012037748, 0.32492042, 0.08095944) * v0_2.w;
            a0_1 += vec4(-0.21165654, 0.025460485, 0.055044506, -0.18715349) * v0_2.x;
            a0_1 += vec4(0.26253015, 0.015346683, -0.0065055043, -0.1598433) * v0_2.y;
            a0_1 += vec4(-0.065605536, -0.025775231, -0.016590733, 0.31189066) * v0_2.z;
            a0_1 += vec4(0.08281263, -0.0045969966, -0.13699894, -0.097940974) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.06407335, 0.030303145, -0.08825665, -0.0035974658) * v0_2.x;
            a0_0 += vec4(0.08393234, -0.009050897, 0.21445066, 0.043095548) * v0_2.y;
            a0_0 += vec4(0.1661051, -0.0459125, 0.10902106, 0.039837647) * v0_2.z;
            a0_0 += vec4(-0.061346497, -0.009559113, -0.02383936, 0.0028487262) * v0_2.w;
            a0_1 += vec4(-0.088196106, 0.03208788, -0.06850063, -0.18676445) * v0_2.x;
            a0_1 += vec4(0.13442639, 0.06030712, -0.062297534, -0.12515818) * v0_2.y;
            a0_1 += vec4(0.051921774, -0.071406096, -0.14802997, 0.037173603) * v0_2.z;
            a0_1 += vec4(-0.06478699, -0.04161509, -0.07285825, -0.009940458) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.1500397, 0.025134781, -0.10852966, -0.11559518) * v0_2.x;
            a0_0 += vec4(-0.18731914, 0.06851372, -0.066781044, -0.10385313) * v0_2.y;
            a0_0 += vec4(0.17443936, -0.021997442, -0.13519152, -0.014186667) * v0_2.z;
            a0_0 += vec4(-0.18113253, 0.07363012, 0.12357896, 0.11021419) * v0_2.w;
            a0_1 += vec4(-0.13968326, -0.06019821, -0.0882567, -0.2698704) * v0_2.x;
            a0_1 += vec4(-0.09788051, -0.1485394, -0.085379414, 0.0072728456) * v0_2.y;
            a0_1 += vec4(0.03298984, -0.074674346, -0.030420514, 0.17290293) * v0_2.z;
            a0_1 += vec4(0.04263921, -0.11421748, -0.019576881, 0.2684657) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.005192235, 0.044567242, -0.011068163, -0.018504843) * v0_2.x;
            a0_0 += vec4(-0.04650239, -0.009309463, -0.07613297, -0.099593356) * v0_2.y;
            a0_0 += vec4(-0.029223667, -0.09067077, -0.029125804, -0.08720748) * v0_2.z;
            a0_0 += vec4(-0.004944248, 0.20919052, -0.051089592, -0.086393625) * v0_2.w;
            a0_1 += vec4(-0.1025962, -0.011311065, 0.01694238, -0.13532774) * v0_2.x;
            a0_1 += vec4(0.0062958077, -0.058460772, 0.09474729, -0.17248796) * v0_2.y;
            a0_1 += vec4(0.06978807, -0.030376935, 0.0025259845, 0.27620357) * v0_2.z;
            a0_1 += vec4(-0.04003609, 0.0008251506, 0.09974402, -0.19953759) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.0274369, -0.02785617, 0.111271836, -0.04777609) * v0_2.x;
            a0_0 += vec4(0.022969048, -0.0103979325, -0.029450497, 0.071567275) * v0_2.y;
            a0_0 += vec4(-0.17947961, 0.3219096, -0.19316356, 0.06724893) * v0_2.z;
            a0_0 += vec4(0.16150929, -0.17940994, 0.13669962, 0.0322664) * v0_2.w;
            a0_1 += vec4(-0.0054999315, 0.054679673, -0.0046336288, 0.017204197) * v0_2.x;
            a0_1 += vec4(0.01873656, 0.053969342, 0.0022390555, -0.079477236) * v0_2.y;
            a0_1 += vec4(-0.056740683, 0.061366238, -0.14898393, -0.009038732) * v0_2.z;
            a0_1 += vec4(0.08329993, -0.08009324, 0.089084126, -0.052381206) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.063206606, -0.004748452, -0.047064275, -0.10338681) * v0_2.x;
            a0_0 += vec4(-0.03555205, 0.06408232, -0.11194569, 0.024295783) * v0_2.y;
            a0_0 += vec4(-0.5038483, 0.5358632, -0.025267152, -0.43657935) * v0_2.z;
            a0_0 += vec4(-0.11281369, 0.21069881, -0.0877243, 0.23032966) * v0_2.w;
            a0_1 += vec4(-0.07229899, -0.23929752, 0.045575928, -0.08491341) * v0_2.x;
            a0_1 += vec4(-0.037206728, -0.066858895, -0.009566649, -0.16403022) * v0_2.y;
            a0_1 += vec4(0.070830956, 0.24849686, 0.022231523, -0.60494363) * v0_2.z;
            a0_1 += vec4(-0.12693338, 0.09039926, -0.061455548, 0.029116308) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(0.09157177, -0.101289205, -0.0045268014, 0.007126031) * v0_2.x;
            a0_0 += vec4(0.076024644, -0.011473527, -0.0014426362, -0.0772565) * v0_2.y;
            a0_0 += vec4(-0.066013575, 0.0573791, -0.057972565, -0.050329443) * v0_2.z;
            a0_0 += vec4(0.13471925, -0.18278362, -0.124123216, -0.24296595) * v0_2.w;
            a0_1 += vec4(0.14467773, 0.011604675, -0.011593841, 0.3062551) * v0_2.x;
            a0_1 += vec4(0.014567709, 0.07741014, -0.012507825, 0.10407626) * v0_2.y;
            a0_1 += vec4(0.06588569, 0.2327419, -0.021636222, 0.32575372) * v0_2.z;
            a0_1 += vec4(0.0069890674, -0.019714063, -0.039952785, -0.15029353) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.0018280116, 0.017851619, 0.06933558, 0.2027289) * v0_2.x;
            a0_0 += vec4(0.14181142, -0.0031327193, 0.10318157, 0.06581663) * v0_2.y;
            a0_0 += vec4(0.1528262, 0.07430443, -0.02498459, -0.03398527) * v0_2.z;
            a0_0 += vec4(-0.121124454, 0.0130372215, -0.04157365, 0.13387349) * v0_2.w;
            a0_1 += vec4(-0.016747722, -0.057078633, 0.032135896, 0.03921812) * v0_2.x;
            a0_1 += vec4(0.01964165, -0.041367184, 0.034990914, 0.03307513) * v0_2.y;
            a0_1 += vec4(-0.008712541, 0.36230156, -0.009524529, -0.013199496) * v0_2.z;
            a0_1 += vec4(-0.06960267, 0.11308598, -0.025458774, -0.016773175) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.2677744, -0.029308412, -0.07962408, -0.12204546) * v0_2.x;
            a0_0 += vec4(-0.29457334, 0.030129738, -0.26925707, -0.22190627) * v0_2.y;
            a0_0 += vec4(0.110479586, 0.3287684, -0.14959732, 0.17304076) * v0_2.z;
            a0_0 += vec4(-0.04718754, -0.08847532, -0.1267441, -0.26355487) * v0_2.w;
            a0_1 += vec4(0.10539831, 0.06910462, 0.10081203, -0.25462282) * v0_2.x;
            a0_1 += vec4(-0.051628787, 0.26734698, -0.09425403, -0.10206043) * v0_2.y;
            a0_1 += vec4(0.0900536, 0.18957601, 0.024502385, 0.017249644) * v0_2.z;
            a0_1 += vec4(0.013259816, 0.3805416, 0.09170492, -0.11961444) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.09800573, -0.14139035, 0.04140986, -0.18992579) * v0_2.x;
            a0_0 += vec4(0.028541153, -0.0329216, 0.0016428916, 0.041346528) * v0_2.y;
            a0_0 += vec4(0.009479444, 0.1538949, -0.016167583, 0.14781687) * v0_2.z;
            a0_0 += vec4(-0.20410268, -0.08003033, 0.058599915, 0.011661855) * v0_2.w;
            a0_1 += vec4(0.03674796, -0.20332646, -0.0019113279, -0.049671765) * v0_2.x;
            a0_1 += vec4(0.12674725, 0.016929649, -0.019033445, -0.12554397) * v0_2.y;
            a0_1 += vec4(0.057757977, 0.0079718605, -0.03455191, 0.012654533) * v0_2.z;
            a0_1 += vec4(0.10924967, 0.13866869, -0.06353784, -0.15997352) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.08390431, -0.015559658, 0.018878765, -0.12197927) * v0_2.x;
            a0_0 += vec4(0.054793455, -0.03990255, -0.011211109, 0.036316004) * v0_2.y;
            a0_0 += vec4(-0.00909181, 0.01052049, -0.07726077, 0.0054688193) * v0_2.z;
            a0_0 += vec4(-0.058225293, 0.025337262, -0.054769665, 0.0038822803) * v0_2.w;
            a0_1 += vec4(-0.032977168, -0.008423808, 0.0131768845, -0.017573318) * v0_2.x;
            a0_1 += vec4(0.0020663647, 0.05378569, -0.009707578, 0.01458635) * v0_2.y;
            a0_1 += vec4(-0.039570022, 0.26450455, -0.09522793, -0.0082146) * v0_2.z;
            a0_1 += vec4(0.03125363, -0.0039754794, 0.0103347115, -0.018126415) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.042446077, -0.077310875, -0.015256182, 0.06345937) * v0_2.x;
            a0_0 += vec4(0.073480725, 0.09065197, -0.0731339, 0.0723991) * v0_2.y;
            a0_0 += vec4(-0.0973175, -0.004725554, 0.00842376, -0.0057924674) * v0_2.z;
            a0_0 += vec4(0.16431709, -0.041569393, -0.0024132037, 0.09127265) * v0_2.w;
            a0_1 += vec4(0.053846017, -0.2637847, 0.034869306, -0.031385496) * v0_2.x;
            a0_1 += vec4(-0.049894933, 0.11334788, -0.050957955, -0.07865399) * v0_2.y;
            a0_1 += vec4(0.0110876765, 0.19674455, 0.02882469, -0.008416688) * v0_2.z;
            a0_1 += vec4(0.0094687035, -0.20319644, -0.11101057, -0.08230348) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.103879355, -0.114007644, -0.036526263, -0.09562801) * v0_2.x;
            a0_0 += vec4(0.026349826, -0.077657074, -0.0014605734, 0.020703465) * v0_2.y;
            a0_0 += vec4(0.00056508253, -0.034128983, 0.00072431617, 0.0124235535) * v0_2.z;
            a0_0 += vec4(0.119479515, 0.027588964, -0.040412117, -0.0019401097) * v0_2.w;
            a0_1 += vec4(0.0044784476, 0.023611512, -0.042547744, 0.0007483636) * v0_2.x;
            a0_1 += vec4(0.05025809, 0.14764841, 0.00044558995, 0.04103793) * v0_2.y;
            a0_1 += vec4(0.048046812, 0.062373303, -0.014592626, 0.07766575) * v0_2.z;
            a0_1 += vec4(-0.0020092498, -0.0069300635, 0.03421132, -0.16338684) * v0_2.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n2_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 3: input groups 3..3.
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(0.0020083024, -0.59463024, 0.13003162, 0.27622712) * v0_3.x;
            a0_0 += vec4(0.51078737, -0.19404446, 0.12455177, 0.27357444) * v0_3.y;
            a0_0 += vec4(-0.00015589895, 0.08237507, 0.060955554, -0.013423829) * v0_3.z;
            a0_0 += vec4(-0.13043714, -0.26090437, -0.0061712246, 0.057619814) * v0_3.w;
            a0_1 += vec4(-0.12472872, 0.07407384, -0.07791997, -0.7134498) * v0_3.x;
            a0_1 += vec4(0.3457181, 0.018778412, -0.064711064, -2.43281) * v0_3.y;
            a0_1 += vec4(-0.054541327, 0.04039896, -0.008637337, 0.002681813) * v0_3.z;
            a0_1 += vec4(-0.0026259732, -0.11904751, 0.019719794, 0.19572537) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.22813018, -0.16819888, 0.12644678, -0.06749888) * v0_3.x;
            a0_0 += vec4(0.6929881, 0.06584952, 0.2152027, -0.0030935707) * v0_3.y;
            a0_0 += vec4(0.03527825, 0.07355563, 0.20881042, -0.1287684) * v0_3.z;
            a0_0 += vec4(0.006924962, -0.3719862, -0.036988992, 0.20827514) * v0_3.w;
            a0_1 += vec4(0.18888874, 0.020963661, -0.018200552, -0.032447737) * v0_3.x;
            a0_1 += vec4(-0.15910539, 0.47710067, -0.49904862, -1.4134532) * v0_3.y;
            a0_1 += vec4(-0.084259026, 0.08839054, 0.028906915, 0.104726486) * v0_3.z;
            a0_1 += vec4(0.29923728, -0.08374105, 0.01574318, -0.13314894) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.049787976, -0.1781383, 0.054748017, 0.003178183) * v0_3.x;
            a0_0 += vec4(0.44286513, -0.21408647, 0.2594575, -0.7740605) * v0_3.y;
            a0_0 += vec4(0.033387452, 0.021950949, -0.022106573, -0.0067378515) * v0_3.z;
            a0_0 += vec4(0.13417983, -0.11796911, -0.031810988, 0.1171123) * v0_3.w;
            a0_1 += vec4(0.00032150888, -0.022052694, -0.015426221, 0.08341028) * v0_3.x;
            a0_1 += vec4(-0.21296762, 0.26484624, -0.1642875, -1.1250306) * v0_3.y;
            a0_1 += vec4(-0.085825145, 0.020342987, -0.004617357, 0.10114876) * v0_3.z;
            a0_1 += vec4(-0.013172022, -0.07820508, -0.004570691, 0.04852303) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.18528815, 0.35193694, 0.11649766, -0.39793167) * v0_3.x;
            a0_0 += vec4(0.08550548, -0.007938471, 0.20756447, -0.0918376) * v0_3.y;
            a0_0 += vec4(-0.1510857, -0.023432646, -0.12200965, 0.07017334) * v0_3.z;
            a0_0 += vec4(0.26202187, 0.2199531, 0.21588492, -0.1368237) * v0_3.w;
            a0_1 += vec4(-0.51067257, -0.017741462, -0.30039522, -1.2571963) * v0_3.x;
            a0_1 += vec4(-0.02236554, 0.025866626, 0.35474715, -0.11294425) * v0_3.y;
            a0_1 += vec4(0.015856761, -0.15779603, 0.004964842, -0.10562984) * v0_3.z;
            a0_1 += vec4(-0.092869416, -0.09270884, 0.023389773, -0.1594219) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.44707954, 0.19176868, 0.17061797, 0.18040551) * v0_3.x;
            a0_0 += vec4(-0.13039091, -0.10258424, -0.16008896, 0.037404172) * v0_3.y;
            a0_0 += vec4(0.117038585, -0.17250147, -0.1328998, 0.052930426) * v0_3.z;
            a0_0 += vec4(-0.44167283, -0.13420883, -0.23059113, 0.054577902) * v0_3.w;
            a0_1 += vec4(0.109542504, 0.13075843, -0.053791624, -0.2583805) * v0_3.x;
            a0_1 += vec4(-0.0003216644, 0.09596493, 0.57191336, 0.1930133) * v0_3.y;
            a0_1 += vec4(0.36178964, -0.32451582, 0.076985724, -0.122095495) * v0_3.z;
            a0_1 += vec4(-0.3093755, -0.013410467, 0.11794235, -0.37326223) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.12896018, 0.0633688, 0.034150008, -0.12148736) * v0_3.x;
            a0_0 += vec4(-0.004690631, 0.04905833, 0.27947712, 0.060562916) * v0_3.y;
            a0_0 += vec4(-0.03636501, 0.10707534, 0.055300053, -0.08954744) * v0_3.z;
            a0_0 += vec4(0.051630456, 0.00094299554, 0.061553795, -0.0014282514) * v0_3.w;
            a0_1 += vec4(0.09745649, 0.110358074, 0.026718691, -0.20241807) * v0_3.x;
            a0_1 += vec4(-0.03151634, 0.046703037, 0.13132267, 0.13586995) * v0_3.y;
            a0_1 += vec4(0.0039782166, 0.023424538, -0.06189003, 0.09849016) * v0_3.z;
            a0_1 += vec4(0.021251155, -0.027039757, -0.001076575, 0.1751954) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.14921282, -0.45711362, -0.957326, 0.26230615) * v0_3.x;
            a0_0 += vec4(0.037424088, -0.033945464, 0.114703685, -0.0057828487) * v0_3.y;
            a0_0 += vec4(-0.08853224, 0.034291565, 0.032943837, -0.005019218) * v0_3.z;
            a0_0 += vec4(0.005135216, -0.12015115, -0.18748857, -0.05337296) * v0_3.w;
            a0_1 += vec4(-0.9915245, -0.42759714, -0.6206918, 0.44665846) * v0_3.x;
            a0_1 += vec4(0.07352433, -0.08387705, -0.03350734, 0.22847399) * v0_3.y;
            a0_1 += vec4(0.026893489, -0.0028833593, -0.07794939, -0.1306795) * v0_3.z;
            a0_1 += vec4(-0.039633114, -0.055868, -0.061232213, 0.15494743) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.087564476, -0.1250068, -0.3363717, 0.18351421) * v0_3.x;
            a0_0 += vec4(0.05174429, 0.049167316, -0.049760886, 0.007353514) * v0_3.y;
            a0_0 += vec4(-0.037329644, -0.016148722, -0.12699443, 0.014485368) * v0_3.z;
            a0_0 += vec4(0.105171196, -0.31134298, -0.37899444, 0.07498702) * v0_3.w;
            a0_1 += vec4(-0.36546615, -0.16674288, 0.036561977, 0.16032474) * v0_3.x;
            a0_1 += vec4(0.025758734, 0.07587018, 0.14069304, -0.0019422671) * v0_3.y;
            a0_1 += vec4(-0.22332664, 0.109017774, 0.10702005, 0.007700021) * v0_3.z;
            a0_1 += vec4(-0.42372864, -0.049412824, 0.15198228, -0.11751534) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.020149319, 0.124999724, -0.12147029, -0.00096658675) * v0_3.x;
            a0_0 += vec4(0.0832416, -0.08173243, 0.05076248, 0.052645613) * v0_3.y;
            a0_0 += vec4(-0.0073318128, 0.077881485, 0.11520081, -0.0016521994) * v0_3.z;
            a0_0 += vec4(-0.0037119072, 0.09793644, 0.061810687, 0.029145136) * v0_3.w;
            a0_1 += vec4(-0.076892026, -0.10194194, 0.023829062, -0.0664451) * v0_3.x;
            a0_1 += vec4(0.033672974, -0.024957536, -0.049628306, 0.05266212) * v0_3.y;
            a0_1 += vec4(0.14750876, 0.012939363, -0.06411259, -0.03776985) * v0_3.z;
            a0_1 += vec4(-0.01884732, 0.03957383, -0.021288283, -0.044852577) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(0.00025199563, 0.096507885, 0.035680834, 0.06834127) * v0_3.x;
            a0_0 += vec4(0.31596154, 0.5993435, -0.13442408, -1.0987302) * v0_3.y;
            a0_0 += vec4(0.033409167, -0.028566176, 0.06360105, -0.016831838) * v0_3.z;
            a0_0 += vec4(0.07198026, 0.0160935, -0.09025124, 0.039986104) * v0_3.w;
            a0_1 += vec4(-0.07958163, 0.226626, 0.010839079, -0.15146959) * v0_3.x;
            a0_1 += vec4(-0.46411514, -0.9746635, -0.16067171, 0.26086998) * v0_3.y;
            a0_1 += vec4(-0.008847108, 0.1492069, 0.08893505, -0.009487972) * v0_3.z;
            a0_1 += vec4(-0.06220731, 0.06247489, -0.061906796, 0.024931276) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.27852255, -0.1456235, 0.026425557, -0.03960402) * v0_3.x;
            a0_0 += vec4(0.99083656, -0.24289148, 0.255672, -0.7740539) * v0_3.y;
            a0_0 += vec4(0.005261177, -0.058641613, 0.33040568, -0.09337607) * v0_3.z;
            a0_0 += vec4(0.05810956, 0.07106933, -0.115775965, 0.17179202) * v0_3.w;
            a0_1 += vec4(0.1605299, -0.050733022, -0.009947459, 0.12511593) * v0_3.x;
            a0_1 += vec4(-0.070824474, -0.056747224, 0.05806642, 0.42568368) * v0_3.y;
            a0_1 += vec4(-0.07097865, -0.09931744, -0.037423436, 0.060617164) * v0_3.z;
            a0_1 += vec4(0.0150114, -0.08423409, -0.05806379, 0.092213616) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.05257131, -0.021596745, 0.0068275137, 0.046166256) * v0_3.x;
            a0_0 += vec4(0.7031302, 0.034376085, -0.13304152, -0.29976267) * v0_3.y;
            a0_0 += vec4(0.08550005, -0.0020981333, 0.09808359, 0.07445061) * v0_3.z;
            a0_0 += vec4(0.061775465, 0.04428485, -0.06592481, 0.054875463) * v0_3.w;
            a0_1 += vec4(-0.0023733436, -0.071667895, -0.026429838, 0.17737049) * v0_3.x;
            a0_1 += vec4(-0.2254883, -0.45036575, -0.02305606, 0.37234473) * v0_3.y;
            a0_1 += vec4(-0.024518099, -0.07007941, 0.09261846, 0.24610615) * v0_3.z;
            a0_1 += vec4(-0.008102975, 0.094132714, -0.04586088, 0.11520861) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.64612305, 1.2113901, 0.009581094, -0.8400584) * v0_3.x;
            a0_0 += vec4(0.046426214, -0.09642886, -0.06831416, -0.07444592) * v0_3.y;
            a0_0 += vec4(-0.019154096, 0.065491885, -0.028710717, -0.069172874) * v0_3.z;
            a0_0 += vec4(-0.14328499, 0.17614238, -0.14039895, 0.049561076) * v0_3.w;
            a0_1 += vec4(0.04834176, -0.45825547, 0.15551898, -0.6823625) * v0_3.x;
            a0_1 += vec4(0.077481635, -0.3181704, 0.1819974, 0.007107567) * v0_3.y;
            a0_1 += vec4(-0.07662808, -0.0008196648, -0.10875353, 0.0067090136) * v0_3.z;
            a0_1 += vec4(-0.04190695, 0.03827345, -0.14126761, -0.051619746) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.27135545, 0.26022336, 0.008533434, -0.13182087) * v0_3.x;
            a0_0 += vec4(0.06728565, 0.22086637, 0.06302549, 0.13521333) * v0_3.y;
            a0_0 += vec4(-0.3080801, -0.38079894, 0.20361297, -0.11221058) * v0_3.z;
            a0_0 += vec4(-0.20414463, 0.050636705, -0.022766195, -0.38828018) * v0_3.w;
            a0_1 += vec4(0.37930316, -0.04407946, -0.01238782, 0.23310061) * v0_3.x;
            a0_1 += vec4(0.40887487, -0.719703, 0.48665968, 0.07135413) * v0_3.y;
            a0_1 += vec4(0.24413355, 0.18634869, 0.3390411, -0.035839304) * v0_3.z;
            a0_1 += vec4(-0.07502038, -0.67640567, 0.0016627117, -0.02085262) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.15456447, -0.03646629, 0.10671977, 0.040676594) * v0_3.x;
            a0_0 += vec4(0.10400211, 0.026499726, -0.100129865, 0.012024702) * v0_3.y;
            a0_0 += vec4(0.13864364, 0.08457329, -0.02822368, -0.022809839) * v0_3.z;
            a0_0 += vec4(-0.032735273, 0.05287141, 0.031021947, 0.050165605) * v0_3.w;
            a0_1 += vec4(0.035987593, 0.07719589, 0.096374325, -0.16219136) * v0_3.x;
            a0_1 += vec4(0.32538247, -0.87211215, -0.07418743, 0.062578045) * v0_3.y;
            a0_1 += vec4(-0.16020074, -0.15909803, -0.05066982, -0.017460218) * v0_3.z;
            a0_1 += vec4(-0.04726886, 0.039209247, -0.014914555, -0.052938584) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.5396394, 0.59668887, -0.14847545, -0.11262023) * v0_3.x;
            a0_0 += vec4(-0.01689237, -0.05919283, -0.009492103, -0.014342331) * v0_3.y;
            a0_0 += vec4(-0.019490363, -0.00014506304, 0.028579397, 0.00881577) * v0_3.z;
            a0_0 += vec4(-0.02950097, 0.020590046, -0.04593803, -0.06230642) * v0_3.w;
            a0_1 += vec4(-0.012261669, -0.32118237, -0.022893699, -0.45062086) * v0_3.x;
            a0_1 += vec4(0.046327095, 0.058009263, -0.065376736, 0.0055734706) * v0_3.y;
            a0_1 += vec4(-0.008084718, -0.17385426, -0.010035008, -0.006593194) * v0_3.z;
            a0_1 += vec4(-0.004550724, 0.09920785, -0.049575035, -0.013862305) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.13129808, -0.032387625, -0.11815697, -0.035777994) * v0_3.x;
            a0_0 += vec4(-0.031615224, 0.03932641, 0.033151463, -0.0030484225) * v0_3.y;
            a0_0 += vec4(0.078017905, 0.038734343, 0.0287011, 0.08592658) * v0_3.z;
            a0_0 += vec4(-0.10403654, 0.19592181, 0.020191323, 0.038593575) * v0_3.w;
            a0_1 += vec4(0.17086881, 0.014676094, -0.014210215, -0.076593995) * v0_3.x;
            a0_1 += vec4(-0.017158492, 0.046289034, 0.07802933, 0.012850987) * v0_3.y;
            a0_1 += vec4(0.036605753, -0.02279402, 0.10354422, -0.033762064) * v0_3.z;
            a0_1 += vec4(-0.029116895, 0.07669946, -0.054344196, -0.096501894) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.13677305, -0.027477767, -0.08110967, -0.13846825) * v0_3.x;
            a0_0 += vec4(0.03510477, 0.06813107, -0.0028038565, 0.074799486) * v0_3.y;
            a0_0 += vec4(0.048010178, -0.0062584206, -0.025137382, -0.03969312) * v0_3.z;
            a0_0 += vec4(0.020384584, 0.020166244, -0.003604738, 0.0026067435) * v0_3.w;
            a0_1 += vec4(-0.023615815, 0.07025445, -0.08641296, 0.023666015) * v0_3.x;
            a0_1 += vec4(-0.018913722, 0.12914129, -0.025764482, 0.023226101) * v0_3.y;
            a0_1 += vec4(-0.030333309, 0.09175346, -0.037754275, 0.013420556) * v0_3.z;
            a0_1 += vec4(-0.051498346, -0.06312313, 0.008825869, -0.030032167) * v0_3.w;
        }
    }

    if (slice == 0) {
        ivec2 p0 = origin + local + ivec2(0, 0);
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        }
    } else if (slice == 1) {
        ivec2 p0 = origin + local + ivec2(0, 0);
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_1)));
        }
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
//!COMPUTE 32 16 16 16

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
// A workgroup computes 16x8 pixels with 16x16 threads: 2 slice(s) of 16x8, each computing
// 2 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (18x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[180];

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
    if (slice == 0) {
        a0_0 = vec4(-0.0040135784, 0.0032267163, 0.0077154385, -0.0131194005);
        a0_1 = vec4(0.00494108, 0.012729458, -0.007542627, 0.009159574);
    } else if (slice == 1) {
        a0_0 = vec4(-0.0029531752, -0.08500148, -0.007686109, -0.0058430806);
        a0_1 = vec4(-0.0036268765, 0.012139913, -0.005200553, -0.008799173);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(0.022446819, -0.09229735, -0.0010310403, -0.02886567) * v0_0.x;
            a0_0 += vec4(-0.00047958214, 0.018106725, 0.03281179, -0.03424525) * v0_0.y;
            a0_0 += vec4(-0.024050377, 0.093056306, 0.062247727, -0.09075345) * v0_0.z;
            a0_0 += vec4(0.017732942, 0.20980102, 0.055907458, -0.032751247) * v0_0.w;
            a0_1 += vec4(-0.0040805386, -0.04037355, -0.016298028, -0.10901159) * v0_0.x;
            a0_1 += vec4(0.0075836866, 0.068849795, -0.0015867921, 0.08682354) * v0_0.y;
            a0_1 += vec4(-0.023941765, 0.09033158, 0.005955157, 0.07716451) * v0_0.z;
            a0_1 += vec4(-0.00027787118, -0.0027789993, 0.02263391, 0.03503209) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.021193886, 0.031856388, -0.030064065, 0.08287286) * v0_0.x;
            a0_0 += vec4(0.006676548, 0.1282676, 0.045911342, -0.060882766) * v0_0.y;
            a0_0 += vec4(0.031217102, 0.027770746, -0.0755595, 0.1300494) * v0_0.z;
            a0_0 += vec4(-0.01657229, -0.04097931, -0.043443713, 0.02746677) * v0_0.w;
            a0_1 += vec4(-0.07058509, -0.08898672, -0.010795215, -0.24106635) * v0_0.x;
            a0_1 += vec4(0.060452018, 0.027231239, 0.010219462, 0.12779248) * v0_0.y;
            a0_1 += vec4(-0.018958434, 0.009836416, -0.0048490902, -0.04708482) * v0_0.z;
            a0_1 += vec4(-0.0052001905, 0.0869615, -0.0153578855, 0.21318588) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.020963114, -0.018738257, -0.0023086926, 0.03609221) * v0_0.x;
            a0_0 += vec4(-0.005606688, 0.0063512777, 0.0068921973, 0.002232806) * v0_0.y;
            a0_0 += vec4(-0.014810783, 0.011125607, 0.0073286225, 0.022102851) * v0_0.z;
            a0_0 += vec4(0.0022564398, 0.016772412, 0.022617707, -0.012849541) * v0_0.w;
            a0_1 += vec4(0.0018951882, 0.029790182, -0.018424176, 0.093001716) * v0_0.x;
            a0_1 += vec4(0.021929987, 0.033413723, -0.0014516768, 0.028860403) * v0_0.y;
            a0_1 += vec4(-0.029973764, -0.038182214, -0.014042475, -0.113934435) * v0_0.z;
            a0_1 += vec4(-0.05061862, 0.018797146, 0.0062874416, 0.00840364) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.01166327, 0.00764596, -0.1432118, 0.11700769) * v0_0.x;
            a0_0 += vec4(0.007080215, -0.20993969, -0.09295115, 0.048322495) * v0_0.y;
            a0_0 += vec4(0.0017307845, -0.38891366, -0.037892267, 0.037722066) * v0_0.z;
            a0_0 += vec4(0.068878174, 0.41997644, -0.039344516, -0.020811452) * v0_0.w;
            a0_1 += vec4(0.09108281, 0.12842284, -0.018321656, 0.101437524) * v0_0.x;
            a0_1 += vec4(0.027001908, -0.1170763, -0.02120495, 0.011102345) * v0_0.y;
            a0_1 += vec4(0.01890289, 0.050531536, -0.0261549, 0.11677346) * v0_0.z;
            a0_1 += vec4(-0.09126036, 0.018427776, 0.019214539, -0.12438176) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.00054955384, 0.014067522, 0.29207587, -0.16043621) * v0_0.x;
            a0_0 += vec4(-0.01351949, -0.08538314, -0.18636976, 0.19134319) * v0_0.y;
            a0_0 += vec4(0.05039821, -0.093454875, 0.23129071, -0.29693934) * v0_0.z;
            a0_0 += vec4(-0.013584321, 0.08959259, -0.2683566, 0.21759026) * v0_0.w;
            a0_1 += vec4(0.015747905, 0.089796506, 0.070704944, 0.14218248) * v0_0.x;
            a0_1 += vec4(-0.25985935, 0.06523569, -0.074167654, -0.2468187) * v0_0.y;
            a0_1 += vec4(0.052781288, 0.16311482, 0.011219645, 0.23202926) * v0_0.z;
            a0_1 += vec4(0.29769585, -0.14658746, -0.011744472, -0.1010643) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.012457035, 0.018976199, -0.10622637, 0.08818159) * v0_0.x;
            a0_0 += vec4(0.011355054, 0.005865674, -0.018169943, -0.0063354126) * v0_0.y;
            a0_0 += vec4(-0.020067457, -0.032704737, -0.04071966, -0.021879561) * v0_0.z;
            a0_0 += vec4(0.0071899095, 0.018855078, 0.12129616, -0.098034054) * v0_0.w;
            a0_1 += vec4(0.019483117, -0.081753485, -0.04673089, 0.004953991) * v0_0.x;
            a0_1 += vec4(-0.01471788, -0.057692084, -0.014760175, 0.004616836) * v0_0.y;
            a0_1 += vec4(0.0422738, 0.07234505, 0.016358959, 0.10570093) * v0_0.z;
            a0_1 += vec4(-0.10613088, 0.0013665945, 0.056043588, 0.033560395) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.0065247775, -0.08215552, -0.012008458, 0.01703386) * v0_0.x;
            a0_0 += vec4(-0.09267752, -0.05647333, 0.020818327, -0.028593764) * v0_0.y;
            a0_0 += vec4(-0.014271322, -0.03788656, -0.020144267, 0.057078477) * v0_0.z;
            a0_0 += vec4(-0.008407014, 0.26333922, 0.019777702, -0.039687045) * v0_0.w;
            a0_1 += vec4(-0.032377638, -0.036992475, -0.11856061, -0.06043218) * v0_0.x;
            a0_1 += vec4(-6.167084e-05, 0.071027756, -0.0020108805, 0.18424764) * v0_0.y;
            a0_1 += vec4(-0.019465916, 0.02570314, -0.063401304, 0.005627003) * v0_0.z;
            a0_1 += vec4(0.013067235, -0.08386608, 0.046325788, -0.07629352) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.064684056, 0.0026886077, -0.076331764, 0.09625828) * v0_0.x;
            a0_0 += vec4(0.1110674, -0.045051012, 0.09687265, -0.05024201) * v0_0.y;
            a0_0 += vec4(-0.11028242, -0.07762572, -0.07028817, 0.036931906) * v0_0.z;
            a0_0 += vec4(0.006109739, -0.08666, 0.017680138, 0.013017057) * v0_0.w;
            a0_1 += vec4(-0.03403502, -0.21124011, 0.128395, -0.118983746) * v0_0.x;
            a0_1 += vec4(0.11138527, 0.18360862, 0.15476844, 0.20760833) * v0_0.y;
            a0_1 += vec4(-0.069354326, -0.32101798, -0.17294091, 0.0053785504) * v0_0.z;
            a0_1 += vec4(-0.007118223, 0.13378446, -0.22533989, -0.1316874) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.00059720327, -0.03823437, 0.018477794, -0.052589536) * v0_0.x;
            a0_0 += vec4(-0.07530563, 0.043434873, -0.010242496, -0.009225539) * v0_0.y;
            a0_0 += vec4(0.009707166, 0.0665768, -0.0029107493, 0.025805281) * v0_0.z;
            a0_0 += vec4(-0.017479628, 0.037734512, 0.028485654, -0.06030078) * v0_0.w;
            a0_1 += vec4(-0.0032518269, 0.13455972, -0.047548614, 0.006280591) * v0_0.x;
            a0_1 += vec4(0.014651311, 0.18860312, 0.012555325, 0.32387522) * v0_0.y;
            a0_1 += vec4(-0.00876885, 0.06728457, -0.03561065, -0.008271451) * v0_0.z;
            a0_1 += vec4(-0.027320381, -0.08463112, 0.123492375, -0.17134361) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(0.04966542, -0.014303865, 0.009559554, 0.050956815) * v0_0.x;
            a0_0 += vec4(0.022178259, 0.051871855, 0.014207632, 0.019486817) * v0_0.y;
            a0_0 += vec4(-0.007377738, 0.063087024, 0.0013534816, 0.073808886) * v0_0.z;
            a0_0 += vec4(0.097131714, -0.031721152, -0.0050633196, 0.0027983838) * v0_0.w;
            a0_1 += vec4(-0.055232104, -0.052181397, 0.09712439, 0.053068426) * v0_0.x;
            a0_1 += vec4(0.008184627, 0.024033103, 0.0064768447, 0.01491977) * v0_0.y;
            a0_1 += vec4(-0.10160054, 0.056887053, -0.08783956, -0.15666912) * v0_0.z;
            a0_1 += vec4(0.023039022, 0.10843832, -0.005499212, 0.07572511) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.071889535, -0.07981853, 0.029291, 0.0133744525) * v0_0.x;
            a0_0 += vec4(0.02921235, -0.11562819, -0.038736906, 0.040879827) * v0_0.y;
            a0_0 += vec4(-0.05101825, 0.020087246, 0.027933752, -0.07056633) * v0_0.z;
            a0_0 += vec4(0.024828767, 0.020775083, -0.03545826, 0.029901035) * v0_0.w;
            a0_1 += vec4(0.01975557, 0.14321215, -0.119914174, 0.083147004) * v0_0.x;
            a0_1 += vec4(-0.075017564, 0.060033094, 0.02153906, -0.097562775) * v0_0.y;
            a0_1 += vec4(0.14652961, 0.14147766, 0.12143339, 0.009040502) * v0_0.z;
            a0_1 += vec4(0.029516807, 0.2184188, 0.13927828, 0.024003804) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.031110793, -0.106053896, -0.10874414, 0.06562912) * v0_0.x;
            a0_0 += vec4(0.015990185, 0.07383382, 0.034378067, -0.043125585) * v0_0.y;
            a0_0 += vec4(0.038731106, -0.021163106, -0.07850288, 0.048384033) * v0_0.z;
            a0_0 += vec4(-0.026847137, -0.09662953, -0.045504253, 0.08047158) * v0_0.w;
            a0_1 += vec4(0.04161908, -0.12291186, 0.014007055, -0.0044366475) * v0_0.x;
            a0_1 += vec4(0.065806784, 0.021362163, -0.03280152, 0.009637781) * v0_0.y;
            a0_1 += vec4(-0.0008115923, -0.11553343, -0.20894948, -0.039682742) * v0_0.z;
            a0_1 += vec4(-0.075024076, 0.094884165, 0.006231465, -0.021898488) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.10335108, -0.01401889, 0.0038016094, -0.11588568) * v0_0.x;
            a0_0 += vec4(0.036600247, 0.037577584, -0.007868014, -0.09576454) * v0_0.y;
            a0_0 += vec4(-0.018236142, -0.02697432, -0.025315316, 0.06763838) * v0_0.z;
            a0_0 += vec4(0.17294714, 0.0654633, -0.02221289, 0.010515907) * v0_0.w;
            a0_1 += vec4(0.07448278, -0.08064785, 0.1783025, 0.34271577) * v0_0.x;
            a0_1 += vec4(0.028346969, -0.16897051, 0.031269226, -0.20038049) * v0_0.y;
            a0_1 += vec4(0.032590013, -0.21115056, 0.0056216186, 0.04599637) * v0_0.z;
            a0_1 += vec4(-0.15385234, 0.055903055, 0.14891788, -0.08639215) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(0.031055294, 0.0437143, -0.030369015, 0.25869074) * v0_0.x;
            a0_0 += vec4(-0.080643415, 0.05039154, 0.061441638, -0.14613687) * v0_0.y;
            a0_0 += vec4(-0.06329736, -0.04495888, -0.037863605, -0.06050588) * v0_0.z;
            a0_0 += vec4(-0.037237942, 0.04440609, 0.15861167, 0.059269182) * v0_0.w;
            a0_1 += vec4(0.33081916, 0.18709011, 0.10239755, 0.14202496) * v0_0.x;
            a0_1 += vec4(0.074805714, 0.094217606, 0.078011304, 0.13345073) * v0_0.y;
            a0_1 += vec4(0.18732202, -0.10334045, -0.2688966, 0.016904162) * v0_0.z;
            a0_1 += vec4(-0.104053885, -0.25665408, 0.5058878, -0.12103951) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.0361052, -0.017285489, -0.15113652, 0.12752944) * v0_0.x;
            a0_0 += vec4(0.001336428, -0.052559424, -0.19642851, 0.095575675) * v0_0.y;
            a0_0 += vec4(0.065766186, -0.020980414, -0.1751973, -0.027264522) * v0_0.z;
            a0_0 += vec4(-0.16278692, -0.07947443, 0.041906893, -0.1923021) * v0_0.w;
            a0_1 += vec4(-0.080311626, 0.0096476115, -0.018007856, 0.0033822898) * v0_0.x;
            a0_1 += vec4(-0.040847033, 0.00077008334, -0.06762089, -0.019284576) * v0_0.y;
            a0_1 += vec4(-0.046603885, 0.05875434, 0.020478599, -0.015789887) * v0_0.z;
            a0_1 += vec4(0.15411441, 0.20997126, -0.055525854, 0.036925472) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.0058025694, -0.10522837, -0.003142448, 0.029614868) * v0_0.x;
            a0_0 += vec4(-0.12325673, -0.10741578, 0.0011671841, 0.008194599) * v0_0.y;
            a0_0 += vec4(0.02683286, 0.05202333, -0.0081239175, 0.054529086) * v0_0.z;
            a0_0 += vec4(-0.0066502932, -0.01873842, 0.00828223, -0.008685434) * v0_0.w;
            a0_1 += vec4(0.036129907, -0.21834287, 0.046575624, 0.09891928) * v0_0.x;
            a0_1 += vec4(-0.049099892, 0.0012149358, -0.0941673, 0.06713417) * v0_0.y;
            a0_1 += vec4(0.005362152, -0.008132467, 0.029246638, -0.025881121) * v0_0.z;
            a0_1 += vec4(-0.021541959, 0.1865162, -0.056459565, 0.15184881) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.011555687, 0.019120391, 0.0068035405, -0.033768255) * v0_0.x;
            a0_0 += vec4(-0.11139161, -0.07871454, 0.016408984, -0.08887099) * v0_0.y;
            a0_0 += vec4(-0.009325316, -0.014493788, -0.0042881635, -0.010129332) * v0_0.z;
            a0_0 += vec4(-0.028416067, -0.06053119, -0.028769666, -0.0074731703) * v0_0.w;
            a0_1 += vec4(-0.099397436, 0.11888237, 0.02868581, 0.023543233) * v0_0.x;
            a0_1 += vec4(0.08439208, -0.22925763, -0.072643846, -0.19373773) * v0_0.y;
            a0_1 += vec4(-0.03718246, -0.043030668, -0.0279274, -0.02950604) * v0_0.z;
            a0_1 += vec4(0.014288387, 0.12906073, 0.027930567, -0.028679885) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.13009775, -0.04216335, 0.03589062, -0.05918483) * v0_0.x;
            a0_0 += vec4(0.0063349833, 0.075580046, -0.06637416, -0.037039958) * v0_0.y;
            a0_0 += vec4(-0.11341202, 0.011516089, 0.03915498, 0.015401149) * v0_0.z;
            a0_0 += vec4(0.09263449, -0.043401238, 0.035506167, 0.07418732) * v0_0.w;
            a0_1 += vec4(0.035180163, 0.0027005104, 0.0058912137, 0.0039001005) * v0_0.x;
            a0_1 += vec4(-0.013516835, -0.063876055, 0.068691954, 0.050706748) * v0_0.y;
            a0_1 += vec4(0.02708764, 0.11582471, -0.04711184, -0.0068420544) * v0_0.z;
            a0_1 += vec4(-0.05498892, 0.094348386, -0.051397104, 0.0029429044) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.0128763085, 0.052068323, -0.011954824, 0.0021608714) * v0_1.x;
            a0_0 += vec4(0.00030223568, 0.017587025, -0.01058941, 0.008313421) * v0_1.y;
            a0_0 += vec4(-0.01251023, 0.29738817, -0.17888871, 0.17669652) * v0_1.z;
            a0_0 += vec4(0.02183395, 0.11471337, 0.012121865, -0.056569528) * v0_1.w;
            a0_1 += vec4(-0.019680703, -0.006418717, -0.004702196, 0.21885663) * v0_1.x;
            a0_1 += vec4(-0.019759674, 0.0102063, -0.002012741, 0.02891873) * v0_1.y;
            a0_1 += vec4(0.08375299, 0.04083115, -0.008229031, -0.070820324) * v0_1.z;
            a0_1 += vec4(-0.033556238, -0.009796709, 0.0035726011, 0.120267294) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.013480782, -0.30869487, 0.12514831, -0.056587443) * v0_1.x;
            a0_0 += vec4(-0.06087438, -0.043470133, -0.12944093, 0.1333073) * v0_1.y;
            a0_0 += vec4(-0.033362042, 0.16611177, 0.26333383, -0.3493265) * v0_1.z;
            a0_0 += vec4(-0.012774537, 0.01958674, -0.025693916, -0.00576545) * v0_1.w;
            a0_1 += vec4(0.22270824, -0.05971591, 0.014297061, 0.16603453) * v0_1.x;
            a0_1 += vec4(-0.17384386, -0.082323544, -0.012659822, -0.26011658) * v0_1.y;
            a0_1 += vec4(-0.39758298, -0.27216193, -0.0003004569, 0.14809889) * v0_1.z;
            a0_1 += vec4(-0.017855754, -0.12187555, -0.0056101284, -0.36598822) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0045791795, 0.057620887, 0.031712543, -0.021927495) * v0_1.x;
            a0_0 += vec4(0.034111075, 0.04401428, -0.00932385, 0.02523834) * v0_1.y;
            a0_0 += vec4(-0.05177421, -0.037475258, -0.00818403, 0.18527389) * v0_1.z;
            a0_0 += vec4(0.0073408224, 0.013466603, -0.018797964, -0.008819587) * v0_1.w;
            a0_1 += vec4(-0.0053077796, 0.07974863, 0.0044853278, 0.17476735) * v0_1.x;
            a0_1 += vec4(-0.05587634, 0.000478736, 4.7219305e-06, 0.013212377) * v0_1.y;
            a0_1 += vec4(0.17053604, -0.061615106, 0.034866598, -0.1701907) * v0_1.z;
            a0_1 += vec4(0.037163932, 0.0093364, -0.0059611164, 0.031372953) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.03511881, -0.31476012, -0.028296899, 0.014868918) * v0_1.x;
            a0_0 += vec4(-0.053283457, -0.11248065, -0.05588429, 0.052380826) * v0_1.y;
            a0_0 += vec4(0.0022158825, -0.20020013, -0.013065737, 0.0059395954) * v0_1.z;
            a0_0 += vec4(-0.026061038, 0.009230161, 0.041668627, -0.04549138) * v0_1.w;
            a0_1 += vec4(-0.005903216, -0.047463845, -0.0034881225, 0.020824652) * v0_1.x;
            a0_1 += vec4(-0.009203731, 0.053911712, 0.04947658, 0.004140391) * v0_1.y;
            a0_1 += vec4(0.102251, -0.1762965, -0.111852996, 0.0038294205) * v0_1.z;
            a0_1 += vec4(-0.062487774, -0.07207221, 0.050615903, -0.019346781) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.03102469, 0.048471652, -0.18547377, 0.11187585) * v0_1.x;
            a0_0 += vec4(-0.03838462, 0.062065408, -0.25089842, 0.27000895) * v0_1.y;
            a0_0 += vec4(0.15203376, 0.1822979, 0.024691727, -0.05018225) * v0_1.z;
            a0_0 += vec4(0.11352361, -0.13844427, -0.08078384, 0.16746117) * v0_1.w;
            a0_1 += vec4(-0.22630687, 0.045354478, -0.052379932, -0.3705097) * v0_1.x;
            a0_1 += vec4(-0.29889983, -0.077089064, 0.19144304, -0.035254218) * v0_1.y;
            a0_1 += vec4(-0.09279178, -0.41239044, 0.23899618, -0.3868468) * v0_1.z;
            a0_1 += vec4(0.18396308, 0.12465744, 0.020112954, 0.074541666) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.05993513, 0.0053647747, -0.051664807, -0.009675976) * v0_1.x;
            a0_0 += vec4(-0.034741007, -0.016219925, -0.06747187, 0.08026824) * v0_1.y;
            a0_0 += vec4(0.13252358, 0.2971501, 0.024876906, 0.021718679) * v0_1.z;
            a0_0 += vec4(-0.031329714, -0.0050613126, 0.085378274, -0.09904521) * v0_1.w;
            a0_1 += vec4(-0.016391076, 0.17111103, 0.005496715, 0.053091466) * v0_1.x;
            a0_1 += vec4(-0.07366343, -0.12970647, 0.030588876, -0.010529222) * v0_1.y;
            a0_1 += vec4(0.014089911, -0.008137579, -0.07495139, 0.11865472) * v0_1.z;
            a0_1 += vec4(-0.1468576, -0.019079275, -0.032410286, -0.07259862) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.057906702, -0.11236472, 0.023313101, -0.02293448) * v0_1.x;
            a0_0 += vec4(-0.03768937, -0.2251109, -0.016215017, -0.00950604) * v0_1.y;
            a0_0 += vec4(0.068863146, 0.30394804, -0.012602742, 0.013618551) * v0_1.z;
            a0_0 += vec4(-0.014835617, 0.28404757, -0.0015931885, -0.02047274) * v0_1.w;
            a0_1 += vec4(0.0151464455, 0.027335307, -0.028206328, -0.029740231) * v0_1.x;
            a0_1 += vec4(-0.0077183773, -0.017693141, -0.009017493, -0.04187936) * v0_1.y;
            a0_1 += vec4(0.0021898046, 0.016073616, -0.053040896, 0.087421216) * v0_1.z;
            a0_1 += vec4(0.011279699, 0.036217406, 0.06301923, -0.012236634) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.10332839, 0.14611422, 0.05431722, -0.060723606) * v0_1.x;
            a0_0 += vec4(0.09322961, 0.15063441, 0.03119704, 0.022710817) * v0_1.y;
            a0_0 += vec4(0.01185925, 0.044084266, 0.05836641, -0.04914897) * v0_1.z;
            a0_0 += vec4(-0.11924304, -0.10219539, -0.023038983, -0.003801836) * v0_1.w;
            a0_1 += vec4(0.041095432, 0.2537466, 0.17225754, 0.11324849) * v0_1.x;
            a0_1 += vec4(0.026644496, -0.08952341, 0.2803843, 0.030880537) * v0_1.y;
            a0_1 += vec4(0.03209173, 0.28756225, 0.042938236, 0.14979622) * v0_1.z;
            a0_1 += vec4(-0.036367867, -0.30107048, -0.115396775, -0.23922656) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.08029915, -0.046139803, 0.008697404, -0.01117896) * v0_1.x;
            a0_0 += vec4(-0.043575782, -0.09271846, -0.0020342334, -0.014879644) * v0_1.y;
            a0_0 += vec4(-0.06671466, -0.02011031, 0.023232145, -0.06101047) * v0_1.z;
            a0_0 += vec4(0.0013811433, 0.077171504, 0.034526013, -0.060139507) * v0_1.w;
            a0_1 += vec4(0.008334098, 0.1433527, -0.014165843, 0.028277045) * v0_1.x;
            a0_1 += vec4(0.013517422, -0.012090402, 0.028212752, 0.016341574) * v0_1.y;
            a0_1 += vec4(-0.019476518, 0.08225366, 0.02954602, 0.056807607) * v0_1.z;
            a0_1 += vec4(-0.0013000853, -0.10133523, 0.10570841, 0.0040202886) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.00020585542, -0.10595579, -0.024075527, -0.043914355) * v0_1.x;
            a0_0 += vec4(0.035975162, -0.110578425, 0.0005285829, 0.048812922) * v0_1.y;
            a0_0 += vec4(-0.122295074, 0.024852939, 0.00926203, -0.104586475) * v0_1.z;
            a0_0 += vec4(0.006746198, 0.026529612, -0.005823842, -0.032530647) * v0_1.w;
            a0_1 += vec4(0.0034101333, 0.05535736, 0.024105577, 0.021848775) * v0_1.x;
            a0_1 += vec4(-0.018094912, -0.054792136, 0.035593905, -0.107914925) * v0_1.y;
            a0_1 += vec4(0.079538144, -0.15841089, 0.28956112, 0.2037883) * v0_1.z;
            a0_1 += vec4(-0.026085768, 0.19641061, -0.17448546, 0.02818008) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.12146054, -0.02784996, -0.014604895, 0.15886171) * v0_1.x;
            a0_0 += vec4(-0.1691908, -0.10535379, -0.03362664, -0.24715196) * v0_1.y;
            a0_0 += vec4(-0.011940299, -0.028050655, -0.08629228, 0.08535456) * v0_1.z;
            a0_0 += vec4(0.08652907, -0.0057366705, -0.013718489, -3.2006486e-05) * v0_1.w;
            a0_1 += vec4(0.013099687, -0.25685248, -0.21123523, -0.058896057) * v0_1.x;
            a0_1 += vec4(0.13408852, -0.06408254, -0.038902212, 0.148966) * v0_1.y;
            a0_1 += vec4(-0.36242187, 0.9573575, -0.38538298, 0.20866586) * v0_1.z;
            a0_1 += vec4(-0.0135457115, -0.17544252, 0.21034725, -0.01854412) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-6.391767e-05, -0.03701326, 0.18519332, 0.004163531) * v0_1.x;
            a0_0 += vec4(-0.008389772, -0.04877323, -0.3238021, 0.11442726) * v0_1.y;
            a0_0 += vec4(0.42126325, 0.07359092, -0.08448461, 0.2498309) * v0_1.z;
            a0_0 += vec4(0.0030401861, 0.057449795, 0.0109812785, 0.04928388) * v0_1.w;
            a0_1 += vec4(0.015325741, 0.109892145, -0.029220585, 0.0414602) * v0_1.x;
            a0_1 += vec4(-0.08171769, 0.0672044, -0.09715838, -0.024387505) * v0_1.y;
            a0_1 += vec4(-0.110984795, 0.87591684, 0.36287174, 0.02873156) * v0_1.z;
            a0_1 += vec4(-0.045318272, 0.03970228, 0.044567477, 0.019652335) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.00012884365, -0.00072631775, -0.0041053053, 0.013112391) * v0_1.x;
            a0_0 += vec4(-0.09921218, -0.067468196, -0.014271074, -0.12439954) * v0_1.y;
            a0_0 += vec4(-0.035519533, -0.08444414, -0.017164286, 0.0024305168) * v0_1.z;
            a0_0 += vec4(0.06430278, -0.008736951, 0.030803327, 0.08006712) * v0_1.w;
            a0_1 += vec4(0.048121918, 0.08487519, -0.0110788485, -0.10335771) * v0_1.x;
            a0_1 += vec4(0.053024076, -0.019237788, 0.115838595, 0.27692616) * v0_1.y;
            a0_1 += vec4(-0.038947303, -0.07734193, 0.08789802, -0.13361062) * v0_1.z;
            a0_1 += vec4(-0.084543034, -0.063710235, -0.039903134, -0.082545) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.12315418, -0.088640936, -0.050914943, -0.044375017) * v0_1.x;
            a0_0 += vec4(0.13423163, -0.08564678, -0.102095746, 0.18636574) * v0_1.y;
            a0_0 += vec4(0.15668021, 0.04321122, 0.057674617, 0.17986007) * v0_1.z;
            a0_0 += vec4(-0.017220415, -0.059452653, 0.047418516, -0.25613683) * v0_1.w;
            a0_1 += vec4(-0.111958675, -0.12849922, -0.042949416, -0.007649164) * v0_1.x;
            a0_1 += vec4(-0.09928454, -0.22055286, -0.1844109, -0.15226477) * v0_1.y;
            a0_1 += vec4(0.06964548, 0.29758227, 0.2469849, 0.07742351) * v0_1.z;
            a0_1 += vec4(-0.094236195, 0.034951027, 0.13522738, 0.0133545175) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.065463364, -0.09421511, 0.16259682, 0.037939362) * v0_1.x;
            a0_0 += vec4(-0.1232132, -0.111910224, 0.22589701, -0.031586938) * v0_1.y;
            a0_0 += vec4(-0.15750502, 0.03500383, -0.02621489, -0.22954142) * v0_1.z;
            a0_0 += vec4(-0.13212022, 0.0063589057, -0.008052567, -0.092233874) * v0_1.w;
            a0_1 += vec4(-0.050296642, -0.28410354, 0.015063976, -0.006128918) * v0_1.x;
            a0_1 += vec4(-0.0470889, 0.008160088, 0.0020720777, 0.039283343) * v0_1.y;
            a0_1 += vec4(0.10286344, 0.28448346, 0.02644191, 0.0026204113) * v0_1.z;
            a0_1 += vec4(0.01836578, 0.084340185, -0.08349685, 0.013048368) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.052525025, -0.03922068, 0.003195036, 0.025051178) * v0_1.x;
            a0_0 += vec4(-0.03326035, -0.08989328, -0.006789344, 0.0030992923) * v0_1.y;
            a0_0 += vec4(0.034772567, -0.091194555, -0.009219043, 0.0696772) * v0_1.z;
            a0_0 += vec4(-0.047364756, 0.055251293, -0.006822553, -0.12333176) * v0_1.w;
            a0_1 += vec4(-0.010066227, 0.015333275, 0.040386546, 0.0027275602) * v0_1.x;
            a0_1 += vec4(-0.048058737, -0.13380641, 0.047336664, -0.03337915) * v0_1.y;
            a0_1 += vec4(0.0035930146, -0.06406163, 0.033675723, 0.12354965) * v0_1.z;
            a0_1 += vec4(0.06876556, 0.020875918, 0.018492095, -0.09037671) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.017599246, -0.038083553, 0.023908038, -0.09640398) * v0_1.x;
            a0_0 += vec4(-0.013075659, -0.04444389, -0.006169872, 0.0292883) * v0_1.y;
            a0_0 += vec4(-0.046958275, -0.048682574, 0.012830524, -0.17958483) * v0_1.z;
            a0_0 += vec4(-0.024997052, 0.028825838, -0.03318397, -0.0043117087) * v0_1.w;
            a0_1 += vec4(-0.011871062, -0.002620799, 0.004697188, 0.011113553) * v0_1.x;
            a0_1 += vec4(0.0071302364, 0.16026612, -0.037049957, 0.044946592) * v0_1.y;
            a0_1 += vec4(0.015945464, 0.122067764, -0.0033488947, 0.018354658) * v0_1.z;
            a0_1 += vec4(-0.022900213, 0.02081817, 0.024235805, 0.041325647) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.024646105, -0.10364469, -0.021210829, 0.028682416) * v0_1.x;
            a0_0 += vec4(0.0731311, 0.02400633, 0.0031529882, -0.012837452) * v0_1.y;
            a0_0 += vec4(-0.13710135, -0.018319733, -0.015243259, -0.031686984) * v0_1.z;
            a0_0 += vec4(0.059482705, 0.042210914, -0.09135384, -0.095729634) * v0_1.w;
            a0_1 += vec4(0.00051608094, -0.111439236, 0.049050186, -0.0017189587) * v0_1.x;
            a0_1 += vec4(-0.012687636, -0.18043011, 0.032639593, -0.011066172) * v0_1.y;
            a0_1 += vec4(0.003809168, 0.10372078, -0.00017059076, -0.0061963093) * v0_1.z;
            a0_1 += vec4(0.010642897, 0.21251322, 0.01499975, -0.00060482975) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.018767586, 0.37946993, 0.03240346, -0.074103445) * v0_2.x;
            a0_0 += vec4(0.013256744, -0.73405415, 0.025663486, 0.0037305616) * v0_2.y;
            a0_0 += vec4(0.014623672, 0.007632366, 0.013873153, -0.015707593) * v0_2.z;
            a0_0 += vec4(-0.0046343533, -0.20099154, -0.038023286, 0.022481618) * v0_2.w;
            a0_1 += vec4(-0.0100553315, 0.1445101, 0.025206093, 0.16367912) * v0_2.x;
            a0_1 += vec4(-0.0077398536, 0.057262916, -0.0018721124, 0.009491158) * v0_2.y;
            a0_1 += vec4(-0.019690538, -0.00050403655, -0.0022982846, 0.0064275805) * v0_2.z;
            a0_1 += vec4(0.03182664, 0.08586602, 0.005296856, 0.11086229) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.037362464, -0.029853325, 0.11825507, -0.1266219) * v0_2.x;
            a0_0 += vec4(-0.035908747, -0.027179906, -0.09394578, -0.107248306) * v0_2.y;
            a0_0 += vec4(0.000541979, -0.061200544, -0.024837013, 0.0053975997) * v0_2.z;
            a0_0 += vec4(0.017814586, -0.05382926, 0.0922865, -0.15499015) * v0_2.w;
            a0_1 += vec4(0.100263774, 0.032224674, 0.007614719, 0.3077328) * v0_2.x;
            a0_1 += vec4(-0.11689845, 0.045522682, 0.005368042, -0.6640451) * v0_2.y;
            a0_1 += vec4(0.05671755, 0.06947968, 0.0059584933, 0.12661453) * v0_2.z;
            a0_1 += vec4(0.114836976, 0.0078067435, 0.012673742, 0.14992271) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.026803698, -0.03689163, 0.024773858, -0.024776613) * v0_2.x;
            a0_0 += vec4(0.023835085, 0.103969544, -0.01580862, -0.014334969) * v0_2.y;
            a0_0 += vec4(-0.002205302, -0.0065507595, 0.058469918, -0.05255904) * v0_2.z;
            a0_0 += vec4(-0.016154546, -0.026679695, -0.0022297816, -0.014502392) * v0_2.w;
            a0_1 += vec4(-0.014965994, -0.03613807, 0.017843746, 0.057888564) * v0_2.x;
            a0_1 += vec4(0.0016416174, 0.039073598, 0.004485906, 0.01314407) * v0_2.y;
            a0_1 += vec4(-0.07619885, -0.013138787, 0.01482138, -0.014854271) * v0_2.z;
            a0_1 += vec4(0.02104871, 0.058661107, 0.00537317, 0.059871946) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.028078122, 0.2794735, 0.02043743, -0.013269822) * v0_2.x;
            a0_0 += vec4(-0.0069112084, -0.2905295, 0.0067768595, 0.0008341885) * v0_2.y;
            a0_0 += vec4(-0.05023395, 0.10181315, 0.07705284, -0.054124117) * v0_2.z;
            a0_0 += vec4(0.06520775, -0.04132514, -0.11068868, 0.052190818) * v0_2.w;
            a0_1 += vec4(-0.019947665, -0.02337146, -0.05745076, 0.06390522) * v0_2.x;
            a0_1 += vec4(0.0061994577, -0.03513352, 0.0039894506, -0.1870658) * v0_2.y;
            a0_1 += vec4(0.07621767, -0.041756485, 0.0042083175, -0.09015903) * v0_2.z;
            a0_1 += vec4(0.050684888, -0.032862004, -0.0383148, -0.06806279) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.10037066, -0.15912087, 0.055432197, 0.3000064) * v0_2.x;
            a0_0 += vec4(-0.014009785, -0.20990136, -0.09185901, -0.18783937) * v0_2.y;
            a0_0 += vec4(0.011323513, 0.06145226, 0.26730964, -0.38835666) * v0_2.z;
            a0_0 += vec4(0.08074848, 0.11648274, 0.107400686, 0.13202316) * v0_2.w;
            a0_1 += vec4(0.11575761, -0.03566747, -0.1419168, 0.07686426) * v0_2.x;
            a0_1 += vec4(-0.11935506, -0.5449443, -0.019731725, -0.4439198) * v0_2.y;
            a0_1 += vec4(0.15448299, 0.06354772, -0.050596375, -0.17802976) * v0_2.z;
            a0_1 += vec4(-0.039333005, -0.1836554, -0.10640459, -0.024331508) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.054533374, -0.030651595, 0.064748436, -0.11521519) * v0_2.x;
            a0_0 += vec4(-0.082970746, -0.16089259, -0.07056045, -0.0122828195) * v0_2.y;
            a0_0 += vec4(-0.008300171, 0.030350173, 0.2764626, -0.24443032) * v0_2.z;
            a0_0 += vec4(0.027398918, -0.060851287, -0.050053008, 0.06686099) * v0_2.w;
            a0_1 += vec4(-0.06137397, -0.028483927, -0.01319596, 0.029112315) * v0_2.x;
            a0_1 += vec4(0.02215432, -0.47851038, -0.013122113, -0.37099057) * v0_2.y;
            a0_1 += vec4(-0.064374104, 0.12437201, 0.09441625, 0.0964911) * v0_2.z;
            a0_1 += vec4(0.061800938, -0.020516852, -0.024200046, -0.080888055) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.030806756, 0.28152052, 0.016293688, 0.00019218923) * v0_2.x;
            a0_0 += vec4(0.06385456, -0.768716, -0.008862266, -0.0013578102) * v0_2.y;
            a0_0 += vec4(0.09297159, 0.17276277, 0.015002878, -0.011491623) * v0_2.z;
            a0_0 += vec4(0.039086744, 0.12742285, -0.037600823, -0.028224783) * v0_2.w;
            a0_1 += vec4(-0.02180753, 0.2914682, 0.07562381, -0.046386164) * v0_2.x;
            a0_1 += vec4(0.010121207, 0.020429429, 0.013896352, 0.010339173) * v0_2.y;
            a0_1 += vec4(-0.008270475, -0.0005158645, -0.0496025, 0.018030144) * v0_2.z;
            a0_1 += vec4(-0.0029540863, 0.053199697, -0.12489866, 0.07791219) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.113680325, -0.090142876, 0.009299604, -0.042315293) * v0_2.x;
            a0_0 += vec4(-0.23041852, 0.10187753, -0.02534172, 0.015198311) * v0_2.y;
            a0_0 += vec4(-0.19454521, -0.03534942, 0.09299287, -0.05797667) * v0_2.z;
            a0_0 += vec4(0.35324952, -0.034904387, 0.06753692, -0.06613343) * v0_2.w;
            a0_1 += vec4(0.03735715, 0.30508387, 0.15844251, -0.1175811) * v0_2.x;
            a0_1 += vec4(-0.03410126, -0.7469112, -0.13593495, 0.020091493) * v0_2.y;
            a0_1 += vec4(0.0056048105, -0.1562087, -0.20568803, 0.007995341) * v0_2.z;
            a0_1 += vec4(0.045260154, 0.37609518, 0.27776894, 0.14643498) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.0041130786, 0.07705423, 0.029097408, -0.021241808) * v0_2.x;
            a0_0 += vec4(-0.14221656, 0.071248285, 0.0027881418, 0.02272239) * v0_2.y;
            a0_0 += vec4(0.013451467, 0.0041271113, 0.04043472, -0.049031157) * v0_2.z;
            a0_0 += vec4(0.05890192, 0.00071542076, -0.030902434, -0.01806016) * v0_2.w;
            a0_1 += vec4(-0.010797698, 0.18568471, 0.05050696, -0.03671986) * v0_2.x;
            a0_1 += vec4(-0.01899938, -0.3269143, -0.05808486, -0.057467256) * v0_2.y;
            a0_1 += vec4(-0.01960092, -0.17659442, 0.12925349, -0.14431082) * v0_2.z;
            a0_1 += vec4(-0.018930312, 0.18480995, -0.07412044, 0.15717995) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.046204865, -0.103821956, -0.010860188, 0.037352648) * v0_2.x;
            a0_0 += vec4(0.045176484, -0.11509887, 0.0032391804, 0.05722828) * v0_2.y;
            a0_0 += vec4(-0.014318247, -0.020388361, -0.006871636, 0.012856181) * v0_2.z;
            a0_0 += vec4(0.0663493, -0.014491342, -0.00056829635, -0.018839898) * v0_2.w;
            a0_1 += vec4(-0.0033674666, 0.27479184, -0.14520442, 0.056195375) * v0_2.x;
            a0_1 += vec4(0.021564325, 0.120622255, 0.0747343, -0.06224032) * v0_2.y;
            a0_1 += vec4(-0.0316305, 0.08231498, -0.07389498, 0.02856619) * v0_2.z;
            a0_1 += vec4(-0.045992043, -0.35338366, 0.029923819, 0.039241537) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.015519363, -0.04379356, -0.048258897, 0.0092985695) * v0_2.x;
            a0_0 += vec4(-0.12677082, -0.0840051, -0.03845116, -0.44977376) * v0_2.y;
            a0_0 += vec4(0.024705162, -0.08450324, -0.007273154, 0.003961096) * v0_2.z;
            a0_0 += vec4(0.1205917, -0.06583735, 0.09004664, 0.056332048) * v0_2.w;
            a0_1 += vec4(-0.08923331, 0.017857159, 0.35180876, -0.07138678) * v0_2.x;
            a0_1 += vec4(0.04999131, -0.57993644, -0.33715415, -0.06651225) * v0_2.y;
            a0_1 += vec4(0.05477934, -0.14006998, 0.039397564, -0.043427624) * v0_2.z;
            a0_1 += vec4(-0.06581547, 0.23676425, 0.17026886, -0.17200765) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.045568097, -0.03407655, 0.13666867, -3.1876676e-05) * v0_2.x;
            a0_0 += vec4(0.019434048, -0.0877716, -0.32850698, -0.2531008) * v0_2.y;
            a0_0 += vec4(-0.06927688, -0.05049396, 0.07952079, 0.016784674) * v0_2.z;
            a0_0 += vec4(0.037036795, 0.06620619, 0.044526313, -0.14102459) * v0_2.w;
            a0_1 += vec4(0.10055006, 0.033518847, -0.050471883, -0.021379095) * v0_2.x;
            a0_1 += vec4(-0.13827854, -0.2650917, -0.06516931, 0.02099619) * v0_2.y;
            a0_1 += vec4(-0.07549386, 0.044028837, -0.0010062923, 0.00819925) * v0_2.z;
            a0_1 += vec4(0.020101171, -0.03921381, 0.023089815, 0.02456863) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.10563744, -0.054532535, -0.02444866, -0.04438278) * v0_2.x;
            a0_0 += vec4(0.0056826673, -0.10505247, -0.0025805442, -0.011387135) * v0_2.y;
            a0_0 += vec4(-0.0163086, -0.0750018, 0.0057180603, 0.017566675) * v0_2.z;
            a0_0 += vec4(0.020842876, -0.069835514, -0.025404071, -0.06463173) * v0_2.w;
            a0_1 += vec4(0.03165244, -0.07129725, -0.23964712, -0.23844421) * v0_2.x;
            a0_1 += vec4(-0.037724618, -0.17837454, 0.016393203, -0.25098523) * v0_2.y;
            a0_1 += vec4(0.06200857, 0.086369134, -0.027192384, -0.18964183) * v0_2.z;
            a0_1 += vec4(0.039954573, -0.17039742, 0.13961609, 0.23892525) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.09687428, -0.013830805, -0.0043008714, 0.19830416) * v0_2.x;
            a0_0 += vec4(-0.3254863, 0.07027251, 0.090760596, -0.42412746) * v0_2.y;
            a0_0 += vec4(-0.026216919, -0.042083472, 0.08191527, 0.08890029) * v0_2.z;
            a0_0 += vec4(0.32130423, -0.10276524, -0.046229154, -0.09222065) * v0_2.w;
            a0_1 += vec4(0.071400404, -0.015791003, 0.18592079, -0.10519635) * v0_2.x;
            a0_1 += vec4(-0.27906966, -0.4978389, -0.18447538, -0.12677093) * v0_2.y;
            a0_1 += vec4(-0.3329094, -0.0574575, 0.0017264464, -0.07430323) * v0_2.z;
            a0_1 += vec4(-0.031537917, 0.42141986, -0.11500433, -0.09284232) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.028740982, 0.05833635, -0.074025534, -0.11106386) * v0_2.x;
            a0_0 += vec4(-0.12051663, -0.016884184, -0.8760091, -0.21653624) * v0_2.y;
            a0_0 += vec4(-0.023070619, -0.086227246, -0.3356709, -0.10698863) * v0_2.z;
            a0_0 += vec4(0.19418916, -0.06019335, 0.55395144, 0.04142959) * v0_2.w;
            a0_1 += vec4(-0.01741798, 0.052760378, -0.06376725, -0.053840555) * v0_2.x;
            a0_1 += vec4(0.12993482, -0.33029583, -0.043332346, -0.0067290626) * v0_2.y;
            a0_1 += vec4(0.20229244, 0.1036244, -0.05800761, -0.013660656) * v0_2.z;
            a0_1 += vec4(-0.09456258, -0.32976916, -0.068030186, -0.0017372206) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.10068316, -0.055732206, 0.0039255223, 0.03194576) * v0_2.x;
            a0_0 += vec4(0.0169547, -0.11442009, 0.0066540116, -0.06813424) * v0_2.y;
            a0_0 += vec4(0.098051235, -0.104861155, 0.00054658856, 0.035421174) * v0_2.z;
            a0_0 += vec4(0.078026086, -0.013412237, -0.0028990135, 0.050640628) * v0_2.w;
            a0_1 += vec4(0.061151385, 0.28756905, -0.1282007, 0.072775304) * v0_2.x;
            a0_1 += vec4(0.015067437, 0.06658751, -0.0007233735, 0.049608916) * v0_2.y;
            a0_1 += vec4(-0.025705693, 0.09252448, -0.081732415, -0.00092824135) * v0_2.z;
            a0_1 += vec4(-0.10873655, -0.07075192, 0.013692618, -0.10097195) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.11782882, -0.123334214, -0.0017048669, -0.09074227) * v0_2.x;
            a0_0 += vec4(-0.012847767, -0.104540326, -0.024515854, 0.017064922) * v0_2.y;
            a0_0 += vec4(-0.12106071, 0.01742032, 0.024233157, -0.12282968) * v0_2.z;
            a0_0 += vec4(0.1479409, 0.010675117, 0.03142114, -0.08293813) * v0_2.w;
            a0_1 += vec4(0.019418621, -0.14067507, 0.12894523, -0.08513426) * v0_2.x;
            a0_1 += vec4(-0.017363464, 0.044414137, 0.06420442, 0.0006786324) * v0_2.y;
            a0_1 += vec4(0.1281164, 0.056295928, -0.007402897, -0.017317312) * v0_2.z;
            a0_1 += vec4(-0.006835481, 0.11457798, -0.0066917334, -0.13481094) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.08341529, -0.093824685, -0.0050690966, 0.016659621) * v0_2.x;
            a0_0 += vec4(-0.1323844, -0.08899898, 0.011605324, 0.009853149) * v0_2.y;
            a0_0 += vec4(0.1091089, -0.0008812067, 0.03615029, -0.014381648) * v0_2.z;
            a0_0 += vec4(0.035703827, -0.0058702324, -0.01723073, -0.09445252) * v0_2.w;
            a0_1 += vec4(0.0070297364, 0.19065014, -0.017244624, 0.014097578) * v0_2.x;
            a0_1 += vec4(0.02551897, 0.013782661, -0.00926291, -0.00593344) * v0_2.y;
            a0_1 += vec4(-0.004784505, 0.16583267, -0.021029223, -0.020769436) * v0_2.z;
            a0_1 += vec4(-0.035404734, -0.09736763, 0.00019690121, -0.01409137) * v0_2.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n2_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 3: input groups 3..3.
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(0.02849564, 0.20801629, 0.07789714, -0.08591794) * v0_3.x;
            a0_0 += vec4(-0.013138032, -0.12500729, -0.05955897, -0.009347837) * v0_3.y;
            a0_0 += vec4(-0.0026199075, -0.18090871, 0.04996966, -0.024295611) * v0_3.z;
            a0_0 += vec4(0.023241067, 0.2989913, -0.022329632, -0.01068407) * v0_3.w;
            a0_1 += vec4(-0.012831924, -0.0132940365, 0.014013292, -0.038607925) * v0_3.x;
            a0_1 += vec4(-0.04236358, -0.0040199724, 0.00038156085, -0.06882647) * v0_3.y;
            a0_1 += vec4(0.0035105674, -0.05997285, -0.019546315, -0.0690018) * v0_3.z;
            a0_1 += vec4(-0.05382405, -0.18697755, -0.016889963, -0.5278594) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.006488096, 0.16587855, -0.023761768, 0.008591953) * v0_3.x;
            a0_0 += vec4(0.017688885, 0.03924619, 0.037046492, 0.017823525) * v0_3.y;
            a0_0 += vec4(-0.032084648, -0.04694791, -0.038628716, 0.06675431) * v0_3.z;
            a0_0 += vec4(-0.05275973, -0.27945307, -0.10931105, 0.0933604) * v0_3.w;
            a0_1 += vec4(0.074903056, 0.030982196, -0.009691815, 0.021653235) * v0_3.x;
            a0_1 += vec4(-0.08748461, -0.12714823, -0.0073664947, -0.2103852) * v0_3.y;
            a0_1 += vec4(0.27545306, -0.172489, -0.0138034215, -0.29320762) * v0_3.z;
            a0_1 += vec4(0.01954728, -0.02743053, -0.023833975, -0.19926408) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0011106502, -0.09068102, -0.008446835, 0.0063396683) * v0_3.x;
            a0_0 += vec4(-0.0095890695, 0.080751486, 0.03700392, -0.010667634) * v0_3.y;
            a0_0 += vec4(0.010742994, 0.020316003, -0.09261909, 0.07645715) * v0_3.z;
            a0_0 += vec4(0.04386066, 0.20862317, 0.011739568, -0.019822497) * v0_3.w;
            a0_1 += vec4(0.013739132, -0.112030625, 0.002236266, -0.11029386) * v0_3.x;
            a0_1 += vec4(0.08357734, 0.029980266, -0.034573138, 0.19402589) * v0_3.y;
            a0_1 += vec4(0.10511627, 0.018066818, -0.022175178, -0.06294438) * v0_3.z;
            a0_1 += vec4(-0.053210363, 0.02821048, 0.019673957, -0.048769414) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.092012346, -0.99243253, 0.08192624, -0.01996185) * v0_3.x;
            a0_0 += vec4(-0.12249764, -0.23786958, 0.02590213, 0.061792508) * v0_3.y;
            a0_0 += vec4(0.024931097, -0.19624819, 0.020123413, -0.015653277) * v0_3.z;
            a0_0 += vec4(-0.1624149, -0.09031144, 0.036892284, -0.07276322) * v0_3.w;
            a0_1 += vec4(-0.055812005, -0.124672994, -0.0028307915, 0.058708996) * v0_3.x;
            a0_1 += vec4(0.0993413, 0.11292148, 0.0051302207, 0.09086054) * v0_3.y;
            a0_1 += vec4(-0.08655739, 0.018395796, 0.02877268, 0.05893856) * v0_3.z;
            a0_1 += vec4(-0.020206036, 0.2676144, 0.046343397, 0.2983221) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(0.04910099, -0.05648109, 0.23602869, -0.32097897) * v0_3.x;
            a0_0 += vec4(-0.1457341, -0.16602312, -0.13416448, -0.12093756) * v0_3.y;
            a0_0 += vec4(0.2184975, -0.059735287, -0.27835158, 0.3410014) * v0_3.z;
            a0_0 += vec4(0.22202568, 0.010500871, 0.07437828, 0.13752706) * v0_3.w;
            a0_1 += vec4(-0.34456164, 0.16105084, -0.014667792, -0.11443499) * v0_3.x;
            a0_1 += vec4(-0.15428352, 0.019309709, 0.098831594, -0.22864045) * v0_3.y;
            a0_1 += vec4(0.2626861, 0.15095614, -0.23578995, 0.29990196) * v0_3.z;
            a0_1 += vec4(0.18960963, 0.21112593, 0.093182735, 0.47255817) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.005880409, 0.055422354, -0.022551373, -0.0059791715) * v0_3.x;
            a0_0 += vec4(0.018647302, 0.029757852, 0.019998867, 0.049658902) * v0_3.y;
            a0_0 += vec4(-0.04080723, -0.08332848, -0.15499778, 0.14148471) * v0_3.z;
            a0_0 += vec4(-0.17509991, -0.040453184, 0.09497388, -0.07449588) * v0_3.w;
            a0_1 += vec4(0.059633996, 0.09617087, -0.044195272, 0.10701252) * v0_3.x;
            a0_1 += vec4(-0.0113297105, -0.19980581, -0.06557026, -0.35609877) * v0_3.y;
            a0_1 += vec4(0.19168015, -0.17455539, -0.13791767, -0.080850326) * v0_3.z;
            a0_1 += vec4(-0.01642995, 0.2259445, 0.03632761, 0.34964672) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.08568281, -0.29432014, -0.029305942, 0.053156) * v0_3.x;
            a0_0 += vec4(0.06250727, 0.063061155, 0.0035598758, 0.003287929) * v0_3.y;
            a0_0 += vec4(-0.025394496, -0.06501153, 0.00040421658, 0.0016468758) * v0_3.z;
            a0_0 += vec4(-0.27703464, 0.046435226, 0.012366997, -0.08402375) * v0_3.w;
            a0_1 += vec4(-0.021547923, -0.033423975, 0.12387771, -0.15235455) * v0_3.x;
            a0_1 += vec4(-0.064095765, -0.22966129, -0.053911634, 0.009297953) * v0_3.y;
            a0_1 += vec4(0.016425744, -0.031667043, 0.050109, -0.041998934) * v0_3.z;
            a0_1 += vec4(-0.0255521, -0.6661454, 0.0064874776, -0.06525574) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.032805514, 0.037855648, 0.056718554, -0.031252827) * v0_3.x;
            a0_0 += vec4(-0.19035767, -0.008683348, 0.040429004, 0.024449537) * v0_3.y;
            a0_0 += vec4(-0.2014328, -0.021833923, -0.08468981, 0.04139073) * v0_3.z;
            a0_0 += vec4(-0.37713024, -0.023530802, -0.08192364, 0.059064213) * v0_3.w;
            a0_1 += vec4(-0.00955878, -0.18819161, 0.20119229, 0.067589976) * v0_3.x;
            a0_1 += vec4(0.059636027, -0.21445525, -0.15586011, 0.12951705) * v0_3.y;
            a0_1 += vec4(-0.023852644, -0.17125781, -0.22089507, -0.15525785) * v0_3.z;
            a0_1 += vec4(0.021554073, -0.24427617, -0.11932995, -0.11995491) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.010253931, -0.09591305, -0.05260071, 0.07549732) * v0_3.x;
            a0_0 += vec4(-0.09035534, 0.055765323, 0.0043522757, -0.02160955) * v0_3.y;
            a0_0 += vec4(0.06055933, 0.02745642, 0.0030234493, -0.013425673) * v0_3.z;
            a0_0 += vec4(0.12574619, 0.080521055, 0.0094557395, -0.003933899) * v0_3.w;
            a0_1 += vec4(0.00027492762, -0.011149431, -0.04397851, -0.015187671) * v0_3.x;
            a0_1 += vec4(-0.018693645, 0.17604014, 0.036288437, 0.027685415) * v0_3.y;
            a0_1 += vec4(0.02450683, 0.028729985, -0.18002404, -0.06767717) * v0_3.z;
            a0_1 += vec4(-0.018331988, -0.06327862, 0.06566395, -0.04259143) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(0.020330925, -0.07583019, 0.00040865978, 0.17905723) * v0_3.x;
            a0_0 += vec4(-0.12488742, -0.038913324, -0.013407421, -0.15406337) * v0_3.y;
            a0_0 += vec4(-0.029491287, -0.019691758, 0.0037197322, -0.03494804) * v0_3.z;
            a0_0 += vec4(-0.048548967, -0.10085025, -0.011280026, -0.08775244) * v0_3.w;
            a0_1 += vec4(-0.084024556, -0.034183636, -0.11003828, 0.07596261) * v0_3.x;
            a0_1 += vec4(0.009530936, -0.123412155, 0.062994644, -0.0016971333) * v0_3.y;
            a0_1 += vec4(0.030774757, 0.06060111, -0.112204134, -0.015265249) * v0_3.z;
            a0_1 += vec4(0.06952364, -0.12871222, -0.1793224, -0.082263656) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.009023494, -0.08019787, 0.042378664, -0.005744673) * v0_3.x;
            a0_0 += vec4(-0.14025515, 0.04256303, 0.001598648, 0.21287486) * v0_3.y;
            a0_0 += vec4(0.19740039, 0.006873391, 0.02995404, -0.017945066) * v0_3.z;
            a0_0 += vec4(0.082922794, 0.045110267, -0.021023361, -0.0863003) * v0_3.w;
            a0_1 += vec4(0.035075944, -0.03648615, -0.03251158, -0.02360845) * v0_3.x;
            a0_1 += vec4(0.09579168, -0.093637735, -0.12766589, 0.02200376) * v0_3.y;
            a0_1 += vec4(0.05223472, -0.38457364, 0.2035677, -0.06779454) * v0_3.z;
            a0_1 += vec4(0.075349145, 0.24952288, 0.2585974, -0.026620159) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.012322307, -0.07433875, 0.27594987, -0.014473471) * v0_3.x;
            a0_0 += vec4(-0.085696355, 0.0740318, -0.10467701, -0.03484768) * v0_3.y;
            a0_0 += vec4(0.04685408, -0.017835882, 0.16549787, -0.01544419) * v0_3.z;
            a0_0 += vec4(-0.15037893, -0.03528296, -0.059958216, -0.039337374) * v0_3.w;
            a0_1 += vec4(0.05988551, 0.024185207, 0.053580564, 0.00680627) * v0_3.x;
            a0_1 += vec4(-0.010874452, -0.118844636, 0.077303134, 0.0002133361) * v0_3.y;
            a0_1 += vec4(-0.002078051, -0.13200852, -0.059146896, -0.016534718) * v0_3.z;
            a0_1 += vec4(-0.0701598, 0.3903104, -0.044406667, 0.06022056) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.13516413, -0.015549442, 0.04405686, -0.08380343) * v0_3.x;
            a0_0 += vec4(-0.112463795, -0.11393289, 0.010840805, 0.06926739) * v0_3.y;
            a0_0 += vec4(0.06683571, -0.013422019, 0.009995389, 0.13865924) * v0_3.z;
            a0_0 += vec4(-0.11091083, -0.04586237, -0.024832733, -0.10614919) * v0_3.w;
            a0_1 += vec4(-0.0680266, 0.13831161, -0.099020086, 0.027603677) * v0_3.x;
            a0_1 += vec4(-0.012557745, -0.12612383, 0.009141904, 0.0027618592) * v0_3.y;
            a0_1 += vec4(-0.048944946, -0.04472969, -0.019392889, -0.050438944) * v0_3.z;
            a0_1 += vec4(-0.30377015, 0.09719155, -0.1927275, -0.21734476) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.18775412, -0.05149138, 0.26367128, 0.06821067) * v0_3.x;
            a0_0 += vec4(-0.60855925, 0.024774756, 0.021855973, -0.29352945) * v0_3.y;
            a0_0 += vec4(-0.06843421, 0.054736953, 0.05677782, -0.15776412) * v0_3.z;
            a0_0 += vec4(-0.23566322, 0.024886563, 0.18402183, -0.35429534) * v0_3.w;
            a0_1 += vec4(-0.0345394, -0.087790735, -0.5650414, 0.06738396) * v0_3.x;
            a0_1 += vec4(-0.08137511, -0.33920997, -0.13534264, 0.13543794) * v0_3.y;
            a0_1 += vec4(0.13309768, -0.15364899, 0.15392002, 0.051194873) * v0_3.z;
            a0_1 += vec4(0.24646005, -0.035910964, 0.35060343, -0.029892717) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.03283841, -0.07640909, -0.23255424, 0.010227406) * v0_3.x;
            a0_0 += vec4(-0.20778243, 0.00991061, -0.17909159, 0.12931508) * v0_3.y;
            a0_0 += vec4(0.08077656, 0.046959363, -0.17226915, 0.052532163) * v0_3.z;
            a0_0 += vec4(0.010613912, 0.061070718, -0.24095905, -0.18562591) * v0_3.w;
            a0_1 += vec4(-0.02596073, -0.3088059, -0.008306526, -0.0453417) * v0_3.x;
            a0_1 += vec4(0.008620145, 0.13213503, -0.14677626, 0.0022890011) * v0_3.y;
            a0_1 += vec4(-0.1017914, -0.16327615, 0.15063281, 0.03946359) * v0_3.z;
            a0_1 += vec4(0.028780328, 0.01931414, -0.08703548, 0.047522143) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.0634982, -0.08347916, 0.03740913, -0.0013856665) * v0_3.x;
            a0_0 += vec4(0.045188613, 0.07850495, -0.0029027993, 0.034063198) * v0_3.y;
            a0_0 += vec4(-0.010978764, 0.02016892, -0.002155239, -0.061337594) * v0_3.z;
            a0_0 += vec4(-0.28043994, -0.0872294, -0.011892446, -0.35126853) * v0_3.w;
            a0_1 += vec4(-0.028443659, -0.04586124, -0.079354525, -0.22521858) * v0_3.x;
            a0_1 += vec4(-0.0010945717, 0.18372962, -0.16510531, -0.11550843) * v0_3.y;
            a0_1 += vec4(0.060972877, -0.0015049014, 0.011682705, -0.014153036) * v0_3.z;
            a0_1 += vec4(-0.18183236, -0.27702382, -0.13596578, -0.065135516) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.3203884, -0.024319857, 0.09506602, 0.023610925) * v0_3.x;
            a0_0 += vec4(-0.27575597, -0.042449426, -0.017148286, 0.14666425) * v0_3.y;
            a0_0 += vec4(-0.13386834, 0.02054439, -0.05575814, 0.1107654) * v0_3.z;
            a0_0 += vec4(-0.16863112, 0.022383632, 0.08456575, 0.14868464) * v0_3.w;
            a0_1 += vec4(0.017811868, 0.15783854, -0.028239341, 0.059509262) * v0_3.x;
            a0_1 += vec4(0.038688328, -0.36765572, 0.10929163, -0.010511875) * v0_3.y;
            a0_1 += vec4(-0.10294899, -0.1696231, 0.008989734, 0.07924746) * v0_3.z;
            a0_1 += vec4(-0.37400815, -0.12820886, -0.0072698053, -0.12196404) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.016137088, 0.002761102, -0.0030788647, 0.09071825) * v0_3.x;
            a0_0 += vec4(-0.10555493, -0.11326085, 0.016684838, -0.06471668) * v0_3.y;
            a0_0 += vec4(-0.09259946, 0.0008187052, -0.074667886, 0.007401484) * v0_3.z;
            a0_0 += vec4(0.16636859, 0.08404795, 0.1367621, 0.019132363) * v0_3.w;
            a0_1 += vec4(-0.0034627488, -0.07924724, 0.05619683, -0.012788033) * v0_3.x;
            a0_1 += vec4(0.018114138, -0.024447763, -0.07260673, 0.005397169) * v0_3.y;
            a0_1 += vec4(0.029772269, -0.095115826, -0.011049113, -0.026298985) * v0_3.z;
            a0_1 += vec4(-0.016546406, 0.17970195, -0.023208177, -0.0030759405) * v0_3.w;
        }
    }

    if (slice == 0) {
        ivec2 p0 = origin + local + ivec2(0, 0);
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
        }
    } else if (slice == 1) {
        ivec2 p0 = origin + local + ivec2(0, 0);
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 = max(a0_1, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(2, 2);
            imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_1)));
        }
    }
}

//!DESC ArtCNN_C4F16 compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L4
//!BIND HOOKED
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 32 16 16

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
// A workgroup computes 16x16 pixels with 16x16 threads: 1 slice(s) of 16x16, each computing
// 1 of the 1 output groups of 1 pixel(s) per thread. It works in 5 phases: each loads 1 input
// group(s) of its tile plus a 2-pixel halo (20x20 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[400];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(16, 16);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 16);
    int slice = int(gl_LocalInvocationID.y) / 16;
    int at = local.y * 20 + local.x;

    vec4 a0_0;
    if (slice == 0) {
        a0_0 = vec4(2.9588708e-07, -1.2468177e-05, 2.809895e-05, 1.8305635e-05);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 20 - 2, i0 / 20 - 2);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 20 - 2, i1 / 20 - 2);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0050450736, 0.0029640207, -0.00028827108, 0.0002503904) * v0_0.x;
        a0_0 += vec4(9.106838e-05, -7.156324e-05, 3.0309631e-05, -2.5814914e-05) * v0_0.y;
        a0_0 += vec4(-7.287052e-05, 1.0794974e-05, 1.04374e-05, -7.6658966e-05) * v0_0.z;
        a0_0 += vec4(-3.1653235e-05, 6.007476e-06, 1.1655106e-05, 4.1090578e-05) * v0_0.w;
    }
    {   // tap (-1, -2)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(0.008965677, 0.0103347665, -0.009615081, -0.008232442) * v0_0.x;
        a0_0 += vec4(0.0002027532, 9.564134e-05, -0.0003231305, -8.315243e-05) * v0_0.y;
        a0_0 += vec4(5.6075143e-05, 0.00012398642, 1.990577e-06, 3.9063118e-05) * v0_0.z;
        a0_0 += vec4(-0.00020035642, -8.243683e-05, 1.5092243e-06, 9.51782e-05) * v0_0.w;
    }
    {   // tap (0, -2)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.027452623, 0.041677326, 0.0013112276, -0.009384329) * v0_0.x;
        a0_0 += vec4(0.0020777485, -0.0012400647, 0.00047401548, -0.0008877972) * v0_0.y;
        a0_0 += vec4(0.0009959694, -0.0006005847, -0.00017670084, -0.00047508444) * v0_0.z;
        a0_0 += vec4(0.00011498222, -0.0002298691, 7.757208e-05, -5.182832e-05) * v0_0.w;
    }
    {   // tap (1, -2)
        vec4 v0_0 = vec4(tile[at + 3]);
        a0_0 += vec4(0.001081956, -0.00933283, 0.0014302037, 0.0029508495) * v0_0.x;
        a0_0 += vec4(-0.0027839395, -0.0016965211, -0.00841088, 0.010250087) * v0_0.y;
        a0_0 += vec4(5.240419e-05, -0.00019408898, -0.00027706998, 0.00038035458) * v0_0.z;
        a0_0 += vec4(8.680876e-05, 0.0002625214, -0.00022844877, -0.0001042371) * v0_0.w;
    }
    {   // tap (2, -2)
        vec4 v0_0 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.00019016858, -0.000106201034, 0.00010760745, 0.000115224655) * v0_0.x;
        a0_0 += vec4(0.0066594672, -0.008135022, 0.0026942627, -0.006046944) * v0_0.y;
        a0_0 += vec4(3.4805347e-05, 2.8891354e-05, 9.82899e-05, -0.00017317118) * v0_0.z;
        a0_0 += vec4(-0.000117697986, 3.5781337e-05, 9.929586e-05, 0.00012664404) * v0_0.w;
    }
    {   // tap (-2, -1)
        vec4 v0_0 = vec4(tile[at + 20]);
        a0_0 += vec4(0.0037181822, -0.00056102517, -0.0054633464, 2.5916079e-05) * v0_0.x;
        a0_0 += vec4(-2.4743116e-05, -8.887261e-06, 8.649255e-05, 3.775489e-05) * v0_0.y;
        a0_0 += vec4(0.00016744302, 0.00021953612, -8.225509e-05, 0.00012443357) * v0_0.z;
        a0_0 += vec4(-0.00023344356, -3.328694e-05, -2.7293883e-05, -6.4075e-05) * v0_0.w;
    }
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 21]);
        a0_0 += vec4(0.050699808, 0.013917241, -0.062151063, -0.0020682015) * v0_0.x;
        a0_0 += vec4(1.6319611e-05, -1.1029832e-06, 1.7209077e-05, 3.6958797e-06) * v0_0.y;
        a0_0 += vec4(-0.00042871604, 0.0006634827, -0.0006644377, 0.00081221777) * v0_0.z;
        a0_0 += vec4(-0.00066246145, -0.00021787612, -0.00071743334, 5.9151666e-06) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 22]);
        a0_0 += vec4(0.18541192, -0.38143107, 0.03755988, 0.164893) * v0_0.x;
        a0_0 += vec4(0.003781611, -0.001754972, 0.0010577559, -0.0013425314) * v0_0.y;
        a0_0 += vec4(0.007735051, -0.016526127, -0.000490821, 0.005044682) * v0_0.z;
        a0_0 += vec4(-0.0051085805, 0.0077865613, -0.00059526163, -0.001041426) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0019974727, 0.026477966, 0.0004161359, -0.015148093) * v0_0.x;
        a0_0 += vec4(-0.12470903, 0.12017075, -0.04352678, 0.040444918) * v0_0.y;
        a0_0 += vec4(0.0024175248, -0.002293042, -0.00067239173, -0.00047623983) * v0_0.z;
        a0_0 += vec4(-0.0012597775, -0.00017264618, -0.0005078417, 0.0017963484) * v0_0.w;
    }
    {   // tap (2, -1)
        vec4 v0_0 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.00012145457, 0.0025625164, -0.00033471268, -0.0013210354) * v0_0.x;
        a0_0 += vec4(-0.0016758414, 0.0073432084, -0.00067458564, -0.00052729086) * v0_0.y;
        a0_0 += vec4(-0.000315861, 0.00096986507, -0.00041205328, 0.0002434099) * v0_0.z;
        a0_0 += vec4(9.701549e-06, 9.67402e-05, -0.00022189297, -0.00019625104) * v0_0.w;
    }
    {   // tap (-2, 0)
        vec4 v0_0 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.00076290005, -6.521379e-05, 0.00053018006, 0.0001995448) * v0_0.x;
        a0_0 += vec4(8.731578e-05, -6.0462004e-05, -2.4658757e-06, -8.566127e-05) * v0_0.y;
        a0_0 += vec4(-0.00022121861, 0.00020550989, -0.00029830248, -0.00027723174) * v0_0.z;
        a0_0 += vec4(1.9845991e-05, 4.8565395e-05, 0.00027319332, -0.00032638825) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.023629159, 0.0027617058, 0.036469787, -0.0043369955) * v0_0.x;
        a0_0 += vec4(9.6646545e-05, 0.00015796251, -1.6163129e-05, 6.9465204e-05) * v0_0.y;
        a0_0 += vec4(0.008009834, -9.677886e-05, -0.016325181, -0.00039809573) * v0_0.z;
        a0_0 += vec4(-0.002400236, -0.0010103486, 0.004863812, -0.0014744289) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 42]);
        a0_0 += vec4(0.06923481, 0.020265961, -0.26501304, 0.1705523) * v0_0.x;
        a0_0 += vec4(0.001409705, -0.0018171894, 0.0017484947, -0.0010175185) * v0_0.y;
        a0_0 += vec4(0.29107314, 0.0086922, 0.0051029962, -0.31619084) * v0_0.z;
        a0_0 += vec4(-0.2735284, -0.0057638464, 0.013432735, 0.2554117) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 43]);
        a0_0 += vec4(0.0027527465, -0.009548858, -3.916978e-05, 0.002283312) * v0_0.x;
        a0_0 += vec4(-0.15814646, 0.15470855, -0.21123166, 0.20817724) * v0_0.y;
        a0_0 += vec4(-0.0019218669, 0.010429958, -0.00045605833, -0.0071101887) * v0_0.z;
        a0_0 += vec4(0.0014315014, -0.010993646, 0.0015910547, 0.0034807078) * v0_0.w;
    }
    {   // tap (2, 0)
        vec4 v0_0 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.00087519764, -0.0054974374, 0.000758983, 0.002142711) * v0_0.x;
        a0_0 += vec4(-0.0056139184, 0.0068860156, -0.002983057, 0.007935255) * v0_0.y;
        a0_0 += vec4(-0.00024386522, 0.00056752574, -0.00024800358, 9.84702e-05) * v0_0.z;
        a0_0 += vec4(-7.081134e-05, -0.0010307819, 0.00029676472, 0.000121247715) * v0_0.w;
    }
    {   // tap (-2, 1)
        vec4 v0_0 = vec4(tile[at + 60]);
        a0_0 += vec4(0.000111614805, 6.71859e-05, 1.2536816e-05, -0.00014991114) * v0_0.x;
        a0_0 += vec4(3.3095228e-05, 4.4426368e-05, 4.0485367e-05, -3.5685494e-05) * v0_0.y;
        a0_0 += vec4(0.00015165703, 7.560587e-05, -7.209451e-05, 0.00010378374) * v0_0.z;
        a0_0 += vec4(0.0002855609, -0.00019016175, 0.00026866834, -0.00017662423) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 61]);
        a0_0 += vec4(0.0013716061, 0.0014698862, -0.0048334184, 0.00051964) * v0_0.x;
        a0_0 += vec4(-5.9767117e-05, -0.00012561376, 0.000115232644, 3.396023e-05) * v0_0.y;
        a0_0 += vec4(0.0015323658, -0.0004604435, 0.00013472968, -0.001938868) * v0_0.z;
        a0_0 += vec4(-0.00097146205, -1.1792727e-05, -0.003685947, 0.0015077696) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.0033983325, -0.000121323916, 0.005314473, -0.0024167872) * v0_0.x;
        a0_0 += vec4(0.00071459706, -0.00091963954, 0.00054841535, -0.00041251132) * v0_0.y;
        a0_0 += vec4(-0.0033634352, -0.0033747677, 0.008477598, -0.0020535425) * v0_0.z;
        a0_0 += vec4(-0.00037202073, 0.0025474976, -0.010907573, -0.0022009606) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 63]);
        a0_0 += vec4(0.001134472, -0.0016884253, 0.0011743723, 0.001179786) * v0_0.x;
        a0_0 += vec4(-0.027815267, 0.024252458, -0.056328285, 0.046524636) * v0_0.y;
        a0_0 += vec4(-0.00085261784, -0.00013935281, -0.0002728283, 4.2911783e-05) * v0_0.z;
        a0_0 += vec4(0.00043252908, -0.0002476285, 9.988828e-05, 0.00071748206) * v0_0.w;
    }
    {   // tap (2, 1)
        vec4 v0_0 = vec4(tile[at + 64]);
        a0_0 += vec4(0.000660155, -0.00013484608, -0.0014531288, 0.0009015218) * v0_0.x;
        a0_0 += vec4(0.002466025, -0.002357047, -0.0017695653, 0.002633868) * v0_0.y;
        a0_0 += vec4(-7.72676e-05, 0.00014473278, -5.839628e-05, -0.0001444001) * v0_0.z;
        a0_0 += vec4(2.5958414e-05, -0.00029555196, 0.0001867865, 8.105129e-05) * v0_0.w;
    }
    {   // tap (-2, 2)
        vec4 v0_0 = vec4(tile[at + 80]);
        a0_0 += vec4(5.970305e-05, -2.7176947e-07, -0.0001075945, 0.0003232997) * v0_0.x;
        a0_0 += vec4(9.269701e-05, -1.9312425e-05, 4.0316132e-05, -1.9417084e-05) * v0_0.y;
        a0_0 += vec4(0.00016369915, 8.969976e-05, -0.00026671437, -0.00010018663) * v0_0.z;
        a0_0 += vec4(-0.00018442805, -0.00040962393, 0.00032277778, 0.00044939402) * v0_0.w;
    }
    {   // tap (-1, 2)
        vec4 v0_0 = vec4(tile[at + 81]);
        a0_0 += vec4(-6.1754574e-05, -1.8508856e-05, -0.00043966307, 0.00051766296) * v0_0.x;
        a0_0 += vec4(4.6376854e-06, 8.0010424e-05, -7.521796e-05, 0.00014778394) * v0_0.y;
        a0_0 += vec4(-0.00042983983, -0.0004750156, 0.0011610109, 0.00016370183) * v0_0.z;
        a0_0 += vec4(0.0003469379, -0.00021686267, 0.0002452545, -8.1811246e-05) * v0_0.w;
    }
    {   // tap (0, 2)
        vec4 v0_0 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00016432599, 0.00014928858, 5.6504385e-05, 8.441298e-05) * v0_0.x;
        a0_0 += vec4(0.00025625693, -0.00013882694, 0.0012140386, -0.00052986434) * v0_0.y;
        a0_0 += vec4(0.00020768255, -0.000265598, 0.00034773297, -0.0005105171) * v0_0.z;
        a0_0 += vec4(0.00017683196, 0.00047136235, -0.0019448084, 0.0002643934) * v0_0.w;
    }
    {   // tap (1, 2)
        vec4 v0_0 = vec4(tile[at + 83]);
        a0_0 += vec4(0.00011760166, -0.000688531, 0.00136399, -0.0010200645) * v0_0.x;
        a0_0 += vec4(-0.0031460307, 0.0037949504, -0.006431071, 0.0026376392) * v0_0.y;
        a0_0 += vec4(-0.00010465359, 0.00012933255, 8.392541e-06, -0.00037012977) * v0_0.z;
        a0_0 += vec4(0.00030905192, 0.00023359057, -0.00015342378, -0.00015231842) * v0_0.w;
    }
    {   // tap (2, 2)
        vec4 v0_0 = vec4(tile[at + 84]);
        a0_0 += vec4(0.000104148436, 0.0006106507, -0.0008063652, 0.00013449824) * v0_0.x;
        a0_0 += vec4(0.0012087384, -0.0035010893, 0.003096368, -0.006023297) * v0_0.y;
        a0_0 += vec4(5.556498e-05, 0.0001725502, -0.00011823291, -4.9455364e-05) * v0_0.z;
        a0_0 += vec4(4.2490923e-05, -0.00014724194, -1.679777e-05, -4.552052e-05) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(0.00015942931, 0.00014087564, -0.00033044096, -0.00013964379) * v0_1.x;
        a0_0 += vec4(0.00085165387, -0.0001509987, 1.8879295e-05, -6.628187e-05) * v0_1.y;
        a0_0 += vec4(0.00023395524, -0.00012516433, -0.00032984794, 0.0001031897) * v0_1.z;
        a0_0 += vec4(0.00023946557, 0.00024987996, 0.00010817398, -0.00024827308) * v0_1.w;
    }
    {   // tap (-1, -2)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(0.00061208644, -0.0005248873, 0.0001330588, -0.0005419167) * v0_1.x;
        a0_0 += vec4(0.0023909777, 0.007158304, -0.0013473905, -0.0015685024) * v0_1.y;
        a0_0 += vec4(-0.0020043969, -0.001169883, 0.0032434524, -0.00076179445) * v0_1.z;
        a0_0 += vec4(-0.00061157614, 0.0006319022, -0.00011054007, 0.00027098507) * v0_1.w;
    }
    {   // tap (0, -2)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0022559704, 0.0010378914, -0.00017669068, -0.00073463056) * v0_1.x;
        a0_0 += vec4(0.0020110346, 0.001539669, 0.00027456612, -0.0005406674) * v0_1.y;
        a0_0 += vec4(0.013230836, -0.019972079, -0.00036360484, 0.0008980774) * v0_1.z;
        a0_0 += vec4(0.00024417997, -0.0011552608, 0.00037238715, 0.0007847866) * v0_1.w;
    }
    {   // tap (1, -2)
        vec4 v0_1 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0001010758, -6.8675668e-06, -4.367432e-05, -0.00015973471) * v0_1.x;
        a0_0 += vec4(0.0021163092, 0.0066777025, -0.0011919667, -0.0021967837) * v0_1.y;
        a0_0 += vec4(-0.0020702707, 0.0052822116, -0.00079443195, -0.0014513155) * v0_1.z;
        a0_0 += vec4(0.00014804705, -0.00069620676, 2.3326344e-05, 0.00036007832) * v0_1.w;
    }
    {   // tap (2, -2)
        vec4 v0_1 = vec4(tile[at + 4]);
        a0_0 += vec4(2.3701541e-05, -0.0001796999, -0.00010480252, -5.3780725e-05) * v0_1.x;
        a0_0 += vec4(-0.00016916422, 0.00028167674, 0.00027980865, 0.00014593711) * v0_1.y;
        a0_0 += vec4(0.00019330253, -0.00074106286, 0.00012480482, -8.310951e-05) * v0_1.z;
        a0_0 += vec4(0.00016830658, 0.00074556004, -4.1387022e-05, -6.470302e-05) * v0_1.w;
    }
    {   // tap (-2, -1)
        vec4 v0_1 = vec4(tile[at + 20]);
        a0_0 += vec4(1.4213653e-05, 0.00016596804, -1.7129431e-06, 4.8618017e-06) * v0_1.x;
        a0_0 += vec4(0.0005926449, -0.0040069968, -0.0014038517, 0.0025894784) * v0_1.y;
        a0_0 += vec4(-0.0006862423, -0.00059759466, 0.0009918927, -0.00069352787) * v0_1.z;
        a0_0 += vec4(-0.00046235378, -0.0011908553, 0.0006850548, 0.00035807697) * v0_1.w;
    }
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.00071656285, 0.00022076155, -3.5266905e-05, -0.00081839325) * v0_1.x;
        a0_0 += vec4(-0.0594748, -0.0040347856, 0.06870737, 0.0011533046) * v0_1.y;
        a0_0 += vec4(-0.021808965, 0.001950203, 0.013144853, 0.001053775) * v0_1.z;
        a0_0 += vec4(-0.0013875588, -0.008899297, 0.0016182344, 0.004300538) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.021185832, 0.013430052, 0.0031448319, -0.008534722) * v0_1.x;
        a0_0 += vec4(-0.16228223, -0.17804536, 0.15839893, 0.18907288) * v0_1.y;
        a0_0 += vec4(0.012229933, -0.31519786, 0.294836, 0.0034804253) * v0_1.z;
        a0_0 += vec4(0.0072402726, 0.008659345, -0.00486035, -0.003189983) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 23]);
        a0_0 += vec4(0.0014294119, -0.0025026903, -1.3650362e-05, 0.0010409823) * v0_1.x;
        a0_0 += vec4(0.0053287107, -0.032178827, -0.0034512244, 0.031097965) * v0_1.y;
        a0_0 += vec4(1.4902258e-05, -0.012148606, -0.0012226175, 0.009927478) * v0_1.z;
        a0_0 += vec4(-0.0017650046, -0.0035079683, 0.0017901703, 0.001638131) * v0_1.w;
    }
    {   // tap (2, -1)
        vec4 v0_1 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.00027850684, 0.00052310084, 2.1433749e-05, -0.0002151474) * v0_1.x;
        a0_0 += vec4(-0.0014796905, -0.0026277164, 0.0036056873, 0.00023504945) * v0_1.y;
        a0_0 += vec4(0.00036385612, -0.0010553105, 8.379781e-06, 0.00025150506) * v0_1.z;
        a0_0 += vec4(-0.001480997, -0.001429836, 0.00032378727, 0.00073797035) * v0_1.w;
    }
    {   // tap (-2, 0)
        vec4 v0_1 = vec4(tile[at + 40]);
        a0_0 += vec4(0.00024655386, 8.414234e-05, -0.00060047925, 0.00037677892) * v0_1.x;
        a0_0 += vec4(9.251004e-05, -0.0001531638, -0.0011730595, -0.0012431961) * v0_1.y;
        a0_0 += vec4(9.4945084e-05, -0.00011221258, 0.0001000453, -0.00019001613) * v0_1.z;
        a0_0 += vec4(0.0004901291, 0.00239977, -0.00092204375, -0.0009477949) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 41]);
        a0_0 += vec4(0.008000496, -0.0018575713, -0.0085597355, 0.0007658097) * v0_1.x;
        a0_0 += vec4(0.005674812, 0.0066854428, -0.008721754, -0.0036479295) * v0_1.y;
        a0_0 += vec4(0.0011311413, 0.0012872965, -0.006664301, 0.0017115804) * v0_1.z;
        a0_0 += vec4(0.030069942, -0.0007965745, -0.034010082, 0.008027618) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 42]);
        a0_0 += vec4(0.022516752, 0.26076046, -0.30256206, 0.009093107) * v0_1.x;
        a0_0 += vec4(-0.0048450297, -0.008527536, 0.013331753, 0.0050584753) * v0_1.y;
        a0_0 += vec4(-0.0052971807, 0.0030998862, 0.010810666, -0.013458381) * v0_1.z;
        a0_0 += vec4(0.17273407, 0.14444038, -0.15343325, -0.14836206) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.0050794487, 0.010394535, 0.0023368192, -0.012165907) * v0_1.x;
        a0_0 += vec4(0.00090917264, 0.001585466, -0.00486529, 0.00047310197) * v0_1.y;
        a0_0 += vec4(0.0014917934, -0.0017613594, 0.00028717925, 9.5110656e-05) * v0_1.z;
        a0_0 += vec4(0.003971846, 0.05625457, -0.0064602657, -0.05498608) * v0_1.w;
    }
    {   // tap (2, 0)
        vec4 v0_1 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0010383998, 0.00014626776, 0.00014757356, -0.00053601817) * v0_1.x;
        a0_0 += vec4(0.0012554183, 0.00047839148, -0.0012027168, -0.0007763247) * v0_1.y;
        a0_0 += vec4(0.000116684205, -0.000353302, 0.00017242617, -3.478229e-05) * v0_1.z;
        a0_0 += vec4(0.0009701363, 0.0012648595, -0.0017885765, -0.0017844348) * v0_1.w;
    }
    {   // tap (-2, 1)
        vec4 v0_1 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.00023231261, -8.541366e-05, -0.00026649228, 0.0003151113) * v0_1.x;
        a0_0 += vec4(0.00012247887, 8.5483494e-05, 0.00048450427, -0.00017457556) * v0_1.y;
        a0_0 += vec4(-9.128719e-05, -0.00030108256, -3.393877e-05, 0.00017867658) * v0_1.z;
        a0_0 += vec4(-0.00012440866, -0.00046181836, 0.0015507159, -0.00028564714) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.0012041507, -0.00097586995, 0.0023741948, -0.0011053508) * v0_1.x;
        a0_0 += vec4(-1.0960684e-05, 0.000505639, -0.0010722592, 0.00050111394) * v0_1.y;
        a0_0 += vec4(-0.0005029209, -0.00021688685, -0.00033541958, 0.00070740026) * v0_1.z;
        a0_0 += vec4(-0.0004566006, -0.00027764594, 0.0017823789, 0.002157823) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0018853986, 0.0009428338, -0.010719535, 0.005115404) * v0_1.x;
        a0_0 += vec4(0.0010547936, 0.0009609901, -0.0012389431, -6.6063562e-06) * v0_1.y;
        a0_0 += vec4(-0.00073245115, -0.0008637489, 0.0021155349, -0.0027483997) * v0_1.z;
        a0_0 += vec4(-0.00091472734, -0.0006152082, 0.005237336, 0.0011571103) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 63]);
        a0_0 += vec4(0.0007738487, 0.0014144083, -0.0013663399, -0.0007653318) * v0_1.x;
        a0_0 += vec4(-0.00035807418, 0.00036015778, 0.00032773253, -0.0009407899) * v0_1.y;
        a0_0 += vec4(-0.00064686546, -0.00019190619, 0.0003458005, 0.00048536318) * v0_1.z;
        a0_0 += vec4(-0.001994984, -0.001398967, 0.004855222, 0.0019558517) * v0_1.w;
    }
    {   // tap (2, 1)
        vec4 v0_1 = vec4(tile[at + 64]);
        a0_0 += vec4(-7.0922084e-05, 0.00047426656, -0.0004032434, -0.00017338562) * v0_1.x;
        a0_0 += vec4(9.4912444e-05, -0.00023697744, 6.694177e-05, 0.00054273295) * v0_1.y;
        a0_0 += vec4(-0.00028851462, -0.00019585932, 0.00033606324, 1.81383e-05) * v0_1.z;
        a0_0 += vec4(0.00029826598, -0.0010935469, -0.00013391183, 0.0016863353) * v0_1.w;
    }
    {   // tap (-2, 2)
        vec4 v0_1 = vec4(tile[at + 80]);
        a0_0 += vec4(5.448559e-05, 0.00020684821, -0.00011679609, -0.00021382143) * v0_1.x;
        a0_0 += vec4(9.773352e-06, 3.661178e-05, 8.955027e-05, 7.6647084e-05) * v0_1.y;
        a0_0 += vec4(-7.780406e-06, -8.860534e-05, 6.4509e-06, -6.0056445e-05) * v0_1.z;
        a0_0 += vec4(5.1601487e-06, 2.1332906e-05, 0.00022624877, -1.7320166e-05) * v0_1.w;
    }
    {   // tap (-1, 2)
        vec4 v0_1 = vec4(tile[at + 81]);
        a0_0 += vec4(6.1087216e-05, 0.00020151357, -0.00034692363, -0.00023616642) * v0_1.x;
        a0_0 += vec4(-3.704971e-05, 3.569192e-05, -7.7784964e-05, 0.00015518386) * v0_1.y;
        a0_0 += vec4(1.1182419e-05, -2.2680379e-05, -6.498746e-05, 7.054394e-06) * v0_1.z;
        a0_0 += vec4(0.00024500085, 5.819321e-06, -0.00021607545, 0.000117281474) * v0_1.w;
    }
    {   // tap (0, 2)
        vec4 v0_1 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00029291428, -0.00010738848, -0.0006284079, 0.0008585607) * v0_1.x;
        a0_0 += vec4(9.573843e-05, -2.3279088e-05, 0.00019562092, 0.0001093446) * v0_1.y;
        a0_0 += vec4(1.3227068e-05, -0.00012131202, -2.136792e-05, -0.00047511692) * v0_1.z;
        a0_0 += vec4(1.8147475e-05, 0.0002486033, 0.0006637983, -0.00030280466) * v0_1.w;
    }
    {   // tap (1, 2)
        vec4 v0_1 = vec4(tile[at + 83]);
        a0_0 += vec4(0.00046214418, -0.00046341217, -0.00051592087, 0.0006683602) * v0_1.x;
        a0_0 += vec4(-0.00016396321, -1.8149713e-05, 7.0995826e-05, 0.00015740546) * v0_1.y;
        a0_0 += vec4(-0.00011711924, 0.00016126859, -0.00013436216, 3.822991e-05) * v0_1.z;
        a0_0 += vec4(-5.7746114e-05, 7.6011514e-05, -0.00016477595, 0.00019045804) * v0_1.w;
    }
    {   // tap (2, 2)
        vec4 v0_1 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.0002956726, 0.00010444988, 5.8766167e-05, -1.2802098e-05) * v0_1.x;
        a0_0 += vec4(2.4285722e-05, -0.00015331838, 0.000112114794, 0.00014717145) * v0_1.y;
        a0_0 += vec4(4.8615228e-05, 0.00016438858, -0.00016378776, -0.00015870895) * v0_1.z;
        a0_0 += vec4(0.00027585257, 4.0553226e-05, -2.798949e-05, -0.00014185683) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(0.00029444115, -0.00056048867, 0.00091765507, -7.134414e-05) * v0_2.x;
        a0_0 += vec4(-0.016134623, -0.009856866, -0.011478922, -0.00891185) * v0_2.y;
        a0_0 += vec4(0.00031024014, -0.0006475958, 0.00022867006, -0.0008380176) * v0_2.z;
        a0_0 += vec4(3.4232427e-05, -1.8099407e-05, 2.7856162e-05, 8.605805e-05) * v0_2.w;
    }
    {   // tap (-1, -2)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0006474719, 0.00044375713, 2.3366542e-06, 0.0005718305) * v0_2.x;
        a0_0 += vec4(0.010500718, -0.014624263, -0.015495111, -0.0071128528) * v0_2.y;
        a0_0 += vec4(-0.0004659756, 0.0011084555, -0.00018301487, -0.0009793302) * v0_2.z;
        a0_0 += vec4(1.907304e-05, 4.39212e-05, -5.8477144e-05, -0.00013833668) * v0_2.w;
    }
    {   // tap (0, -2)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.002313022, -0.0006324255, 0.00027981552, 0.00035934866) * v0_2.x;
        a0_0 += vec4(0.027964622, 0.05492662, 0.010070264, 0.013598734) * v0_2.y;
        a0_0 += vec4(-0.00048671628, 0.001334005, -0.00018359422, 0.00020406135) * v0_2.z;
        a0_0 += vec4(-0.00017867076, 1.3199872e-05, 0.00015410552, 0.00019913263) * v0_2.w;
    }
    {   // tap (1, -2)
        vec4 v0_2 = vec4(tile[at + 3]);
        a0_0 += vec4(0.00043097115, -0.0011481671, 6.698606e-05, -0.000110316076) * v0_2.x;
        a0_0 += vec4(-0.007845222, -0.026554668, -0.022891706, -0.0016533264) * v0_2.y;
        a0_0 += vec4(-1.17824e-06, 3.4071472e-05, 0.00012187469, -9.747709e-05) * v0_2.z;
        a0_0 += vec4(0.0009656979, -0.0011512813, 9.814023e-05, 0.00051920145) * v0_2.w;
    }
    {   // tap (2, -2)
        vec4 v0_2 = vec4(tile[at + 4]);
        a0_0 += vec4(-7.387503e-05, 6.525422e-05, -5.944825e-05, 0.00014655209) * v0_2.x;
        a0_0 += vec4(0.0090391375, -0.006456926, 0.0074183117, -0.005211626) * v0_2.y;
        a0_0 += vec4(6.1247397e-06, 2.0851836e-05, 9.147122e-05, -3.4221755e-06) * v0_2.z;
        a0_0 += vec4(0.00011161346, 0.0017381978, 7.480797e-05, -0.000951722) * v0_2.w;
    }
    {   // tap (-2, -1)
        vec4 v0_2 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.001655674, 0.0004523903, 0.0011337282, 0.00014826831) * v0_2.x;
        a0_0 += vec4(-0.014225609, -0.054128855, 0.014478392, -0.03430289) * v0_2.y;
        a0_0 += vec4(0.0053005503, -0.011334369, -0.0053608366, 0.012627589) * v0_2.z;
        a0_0 += vec4(7.7345874e-05, -0.00021815694, 8.3031875e-05, -7.213806e-05) * v0_2.w;
    }
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.026039803, 0.0063567795, 0.00898412, 0.006047606) * v0_2.x;
        a0_0 += vec4(-0.01690066, 0.054938976, -0.04749082, 0.0068004904) * v0_2.y;
        a0_0 += vec4(-0.017005887, 0.038079046, -0.00045138746, -0.012902109) * v0_2.z;
        a0_0 += vec4(-0.0012253008, 0.0016115926, 0.0013084617, -0.00082927593) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 22]);
        a0_0 += vec4(0.04961645, -0.06890383, -0.0034484754, 0.027826756) * v0_2.x;
        a0_0 += vec4(0.0522256, 0.090020254, 0.10395664, 0.03413029) * v0_2.y;
        a0_0 += vec4(0.0029775756, -0.014903925, 0.00032069138, 0.0049418854) * v0_2.z;
        a0_0 += vec4(-0.0049348283, 0.016398622, 0.0013854373, -0.0067782854) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.001846025, 0.0108954385, -0.0010754702, -0.0029037364) * v0_2.x;
        a0_0 += vec4(-0.021881511, -0.037278503, 0.005752098, 0.038336217) * v0_2.y;
        a0_0 += vec4(-0.00021173128, 0.0006697186, -0.00034181736, -3.0466646e-05) * v0_2.z;
        a0_0 += vec4(-0.009123275, -0.004939187, 0.0098332325, 0.0016683049) * v0_2.w;
    }
    {   // tap (2, -1)
        vec4 v0_2 = vec4(tile[at + 24]);
        a0_0 += vec4(0.00037787002, -0.00017320317, 2.8408447e-05, -0.00017089678) * v0_2.x;
        a0_0 += vec4(0.010051074, -0.015354528, -0.005138004, -0.00023047233) * v0_2.y;
        a0_0 += vec4(0.00010939728, 5.165413e-05, -2.5590158e-05, 4.7255715e-05) * v0_2.z;
        a0_0 += vec4(0.00027246235, 0.00060356973, -0.00032894628, -0.0010545988) * v0_2.w;
    }
    {   // tap (-2, 0)
        vec4 v0_2 = vec4(tile[at + 40]);
        a0_0 += vec4(0.00019689459, 0.0006918203, -0.0005087885, -5.326001e-05) * v0_2.x;
        a0_0 += vec4(0.019397793, 0.01856673, -0.03628275, 0.0052996045) * v0_2.y;
        a0_0 += vec4(0.005979757, -0.007326566, 0.010615499, -0.0037986015) * v0_2.z;
        a0_0 += vec4(0.0013226892, -0.0009947799, 0.000110425724, 0.00040747246) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 41]);
        a0_0 += vec4(0.022669645, -0.0073817386, -0.013124041, -0.00064857665) * v0_2.x;
        a0_0 += vec4(0.01799713, 0.034193717, 0.042693466, 0.029489677) * v0_2.y;
        a0_0 += vec4(-0.21592982, 0.20414639, 0.14628959, -0.12216947) * v0_2.z;
        a0_0 += vec4(-0.01243938, 0.003206206, 0.011617575, 5.331809e-05) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.04546027, 0.05993119, 0.119039595, -0.14679958) * v0_2.x;
        a0_0 += vec4(-0.13459714, -0.12870695, -0.0700137, -0.09421291) * v0_2.y;
        a0_0 += vec4(-0.01112974, 0.017120503, -0.002169259, 0.0006727474) * v0_2.z;
        a0_0 += vec4(0.13210468, -0.12454241, -0.122514784, 0.122115694) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.001063825, -0.005567005, -0.00037440233, 0.009015273) * v0_2.x;
        a0_0 += vec4(0.007023468, 0.039743412, -0.026959287, 0.031395108) * v0_2.y;
        a0_0 += vec4(0.00059840374, 1.4843439e-06, -0.0007963387, 8.0562786e-05) * v0_2.z;
        a0_0 += vec4(-0.0005301359, 0.0079371035, 0.0003035283, -0.004878465) * v0_2.w;
    }
    {   // tap (2, 0)
        vec4 v0_2 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.00017689161, -0.00044732506, 7.51448e-05, 0.00064643024) * v0_2.x;
        a0_0 += vec4(0.052440017, -0.01038317, 0.04276885, -0.0292419) * v0_2.y;
        a0_0 += vec4(5.9825896e-05, 7.108493e-05, -0.00013202397, 6.892714e-05) * v0_2.z;
        a0_0 += vec4(0.00022331225, 0.00036143715, -0.00013831316, 0.0004973781) * v0_2.w;
    }
    {   // tap (-2, 1)
        vec4 v0_2 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.00016269121, -0.00021908754, 8.558199e-05, 0.00023367815) * v0_2.x;
        a0_0 += vec4(0.020509789, 0.00918425, 0.053323135, 0.0031691457) * v0_2.y;
        a0_0 += vec4(0.0029688485, 0.0001024799, -0.008609384, 0.0015996342) * v0_2.z;
        a0_0 += vec4(-0.00033987898, -0.00057962775, 0.0024213113, -0.00014479816) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.00022119569, -0.0016652489, 0.007449752, -0.0016675041) * v0_2.x;
        a0_0 += vec4(0.07035782, 0.049622558, 0.06923511, 0.03178616) * v0_2.y;
        a0_0 += vec4(-0.01356702, -0.026124451, 0.05987845, -0.014073083) * v0_2.z;
        a0_0 += vec4(-0.00079075043, 0.009286163, -0.003982094, -0.00048566473) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0014560786, -5.860361e-05, -0.012508841, 0.012757637) * v0_2.x;
        a0_0 += vec4(-0.06547318, 0.0311735, -0.04721658, 0.04445988) * v0_2.y;
        a0_0 += vec4(0.038480327, 0.0007196542, -0.008621769, -0.027356198) * v0_2.z;
        a0_0 += vec4(-0.0020619493, -0.00074376323, 0.0072019924, 0.003560646) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 63]);
        a0_0 += vec4(0.0018716073, -0.00073292915, -0.0020746102, 0.0027805157) * v0_2.x;
        a0_0 += vec4(0.09489593, 0.07185275, 0.06926733, 0.045042645) * v0_2.y;
        a0_0 += vec4(-0.00088424416, -0.00048230414, -2.4058723e-05, 0.0002603221) * v0_2.z;
        a0_0 += vec4(-0.0005709804, 0.0008469047, 0.00063901243, -0.0009676582) * v0_2.w;
    }
    {   // tap (2, 1)
        vec4 v0_2 = vec4(tile[at + 64]);
        a0_0 += vec4(0.00045110963, 0.00078749645, 9.6414384e-05, -0.0010354068) * v0_2.x;
        a0_0 += vec4(-0.031947516, -0.030740714, -0.014141147, -0.030614685) * v0_2.y;
        a0_0 += vec4(-3.5046327e-05, -0.00068080897, 0.00018358984, 0.0003430567) * v0_2.z;
        a0_0 += vec4(-2.6171674e-05, -0.000113063936, -3.146324e-05, 0.00016307602) * v0_2.w;
    }
    {   // tap (-2, 2)
        vec4 v0_2 = vec4(tile[at + 80]);
        a0_0 += vec4(1.316546e-05, 0.00015071392, 0.00013485776, -0.00016696053) * v0_2.x;
        a0_0 += vec4(0.009371218, -0.00095897936, 0.011909876, -0.0067071375) * v0_2.y;
        a0_0 += vec4(-5.3051728e-05, -0.00045270662, -0.00013881155, 0.00015092366) * v0_2.z;
        a0_0 += vec4(-0.00035443009, 0.0009986224, 0.0006651673, -0.00068965816) * v0_2.w;
    }
    {   // tap (-1, 2)
        vec4 v0_2 = vec4(tile[at + 81]);
        a0_0 += vec4(0.00041839707, 5.7181626e-07, 0.00056213496, -0.0005733616) * v0_2.x;
        a0_0 += vec4(-0.032714687, -0.013132876, -0.038553618, 0.012311006) * v0_2.y;
        a0_0 += vec4(0.0014711489, 0.00044187708, -0.0006438798, -0.0012688403) * v0_2.z;
        a0_0 += vec4(-0.00030154188, 0.0004585822, 0.0009756316, -0.00056513114) * v0_2.w;
    }
    {   // tap (0, 2)
        vec4 v0_2 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00043183434, 0.00077160174, -0.0016702664, 0.0016964044) * v0_2.x;
        a0_0 += vec4(-0.027893, -0.016084464, -0.072586596, -0.028483571) * v0_2.y;
        a0_0 += vec4(-0.00016861522, 0.0014906725, 0.00299614, -0.0031015154) * v0_2.z;
        a0_0 += vec4(-0.00015534153, -0.00049372704, 0.0010427857, 0.00021351165) * v0_2.w;
    }
    {   // tap (1, 2)
        vec4 v0_2 = vec4(tile[at + 83]);
        a0_0 += vec4(0.00052394794, -0.00024404514, 0.000967328, -0.0009613811) * v0_2.x;
        a0_0 += vec4(0.0107490495, -0.008105728, 0.029620579, -0.027492892) * v0_2.y;
        a0_0 += vec4(0.00024069601, 0.000206785, 0.00023055355, -0.00016836976) * v0_2.z;
        a0_0 += vec4(-0.00011412735, -5.98649e-05, 0.00011674845, 0.0001955985) * v0_2.w;
    }
    {   // tap (2, 2)
        vec4 v0_2 = vec4(tile[at + 84]);
        a0_0 += vec4(-2.1435073e-05, -0.00043177386, 0.0005601472, -0.00036813776) * v0_2.x;
        a0_0 += vec4(-0.011618492, -0.016202677, -0.013324057, -0.02648874) * v0_2.y;
        a0_0 += vec4(-9.9798985e-05, 0.0005771217, -8.091362e-05, -0.00039108066) * v0_2.z;
        a0_0 += vec4(-1.6305266e-05, 8.329544e-05, 4.2187115e-05, 9.034686e-05) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(9.2882896e-05, 3.061732e-05, 7.787558e-05, 4.227709e-05) * v0_3.x;
        a0_0 += vec4(0.00013196778, -0.00013533165, 0.00043239733, 5.7157595e-05) * v0_3.y;
        a0_0 += vec4(-0.00010066447, 1.967961e-05, 0.00012888503, 0.00011196964) * v0_3.z;
        a0_0 += vec4(0.00015332726, -7.570941e-06, -3.325837e-05, -5.6988283e-05) * v0_3.w;
    }
    {   // tap (-1, -2)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(-6.8000154e-05, -1.1358874e-05, 3.8188027e-05, 0.00012924719) * v0_3.x;
        a0_0 += vec4(-0.0029751535, 0.0019616932, -0.0008499003, 0.00064488954) * v0_3.y;
        a0_0 += vec4(-6.931694e-05, 0.00030544557, -0.00010636292, 0.0002506718) * v0_3.z;
        a0_0 += vec4(0.00022130611, -0.00023298344, -0.0002247311, -9.304804e-05) * v0_3.w;
    }
    {   // tap (0, -2)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(0.00021566649, -0.0001744974, 0.00019967009, 4.6223628e-05) * v0_3.x;
        a0_0 += vec4(0.0054256245, -0.005147902, 0.0011116032, -0.0033201291) * v0_3.y;
        a0_0 += vec4(-0.0006623269, 0.0006929267, 1.2011247e-05, 0.00019076078) * v0_3.z;
        a0_0 += vec4(-0.0007459923, -0.00050176523, 0.00037239393, -0.00021540136) * v0_3.w;
    }
    {   // tap (1, -2)
        vec4 v0_3 = vec4(tile[at + 3]);
        a0_0 += vec4(0.0007060522, -0.00037603802, -1.2005827e-05, 0.00011725132) * v0_3.x;
        a0_0 += vec4(-0.00072625256, 0.002309138, -0.0001326168, 0.00011849252) * v0_3.y;
        a0_0 += vec4(-5.943947e-05, -3.9567698e-05, 3.923931e-05, 0.00042344697) * v0_3.z;
        a0_0 += vec4(-0.014546484, 0.00792241, -0.0036113819, 0.0055814525) * v0_3.w;
    }
    {   // tap (2, -2)
        vec4 v0_3 = vec4(tile[at + 4]);
        a0_0 += vec4(-5.575842e-05, -0.00026349828, 0.0006770706, -0.00054111733) * v0_3.x;
        a0_0 += vec4(4.616995e-05, 8.42981e-05, -4.3277285e-07, 1.8884013e-05) * v0_3.y;
        a0_0 += vec4(2.5871115e-05, -3.580401e-05, 9.234835e-05, -7.5061536e-05) * v0_3.z;
        a0_0 += vec4(0.0001154558, 0.00056662346, 8.512989e-05, 0.0010078482) * v0_3.w;
    }
    {   // tap (-2, -1)
        vec4 v0_3 = vec4(tile[at + 20]);
        a0_0 += vec4(0.00036073438, 8.348679e-05, -5.315456e-05, 0.00012147342) * v0_3.x;
        a0_0 += vec4(-0.0003491288, 0.00045028978, -0.00022865614, 0.00011802707) * v0_3.y;
        a0_0 += vec4(6.247592e-05, -0.0001293488, 0.00018640542, 5.064095e-05) * v0_3.z;
        a0_0 += vec4(-9.291021e-06, 1.718113e-05, 1.2529107e-05, -2.7850441e-05) * v0_3.w;
    }
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 21]);
        a0_0 += vec4(-3.6662303e-05, 0.00032206462, 0.00010469473, 0.000104154664) * v0_3.x;
        a0_0 += vec4(-0.0028111963, 0.00464888, -0.006827329, 0.0026747975) * v0_3.y;
        a0_0 += vec4(0.0008522297, -0.0005600746, 0.00023633019, -0.0001331626) * v0_3.z;
        a0_0 += vec4(-0.00058272976, 0.00016838862, 0.0003663652, -0.00048652047) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 22]);
        a0_0 += vec4(0.010379475, -0.010399502, -0.00023576306, 0.0017472733) * v0_3.x;
        a0_0 += vec4(0.03558873, -0.038972437, 0.009547403, -0.0015116635) * v0_3.y;
        a0_0 += vec4(-0.001169641, 0.0008590964, 0.001201016, -0.0009814263) * v0_3.z;
        a0_0 += vec4(0.034225095, -0.009192459, -0.010364761, -0.0008231546) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 23]);
        a0_0 += vec4(0.0015711923, 0.0027021237, -0.0026888512, -0.00014416229) * v0_3.x;
        a0_0 += vec4(0.0008353449, -0.0017721636, 0.00015672603, 0.0013122036) * v0_3.y;
        a0_0 += vec4(0.00063928193, -0.0036391057, 0.0005072827, 0.0005653251) * v0_3.z;
        a0_0 += vec4(-0.079476036, 0.037083562, -0.09342788, 0.12352815) * v0_3.w;
    }
    {   // tap (2, -1)
        vec4 v0_3 = vec4(tile[at + 24]);
        a0_0 += vec4(2.00086e-05, 0.0003022914, 0.00051261846, -0.0011461066) * v0_3.x;
        a0_0 += vec4(5.9187463e-05, -0.00010591098, -1.0567811e-05, 7.53793e-05) * v0_3.y;
        a0_0 += vec4(-9.329606e-05, 0.00037767467, 5.3718846e-05, 0.0001740229) * v0_3.z;
        a0_0 += vec4(-0.0026239478, 0.01891138, -0.003851366, -0.00088379445) * v0_3.w;
    }
    {   // tap (-2, 0)
        vec4 v0_3 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.00010640366, -7.726965e-05, 9.514545e-05, 0.0003742272) * v0_3.x;
        a0_0 += vec4(0.0008542376, -0.0002632499, -0.00084700156, 0.00017409274) * v0_3.y;
        a0_0 += vec4(-1.3570774e-05, -0.00018878693, 8.290686e-05, 2.3802671e-05) * v0_3.z;
        a0_0 += vec4(-6.524328e-05, -5.3187527e-05, -7.551146e-05, 4.5332123e-05) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 41]);
        a0_0 += vec4(0.00733884, -0.002101071, -0.0074183834, 0.0029394901) * v0_3.x;
        a0_0 += vec4(0.006321229, -0.0048704688, -0.002903722, 0.00092328584) * v0_3.y;
        a0_0 += vec4(-0.00025808893, 0.0014511913, 0.0024623799, 0.0004918348) * v0_3.z;
        a0_0 += vec4(-0.0016990381, 0.0008478172, -0.0013033027, 0.0009773048) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.15116256, 0.14988548, 0.15024756, -0.1286888) * v0_3.x;
        a0_0 += vec4(0.16530025, -0.15547238, 0.11906849, -0.11247416) * v0_3.y;
        a0_0 += vec4(-0.12879789, 0.13551533, -0.017274905, 0.0273987) * v0_3.z;
        a0_0 += vec4(-0.012878577, -0.013981952, 0.06027203, -0.024251813) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 43]);
        a0_0 += vec4(0.0036366754, -0.01157339, -0.0012929176, 0.01184456) * v0_3.x;
        a0_0 += vec4(-0.00051008724, 0.0023946378, -0.00015699356, -0.00081851106) * v0_3.y;
        a0_0 += vec4(0.00289643, -0.005626749, -0.00017085977, -0.0006512945) * v0_3.z;
        a0_0 += vec4(0.2068984, -0.14017987, 0.20392151, -0.2945702) * v0_3.w;
    }
    {   // tap (2, 0)
        vec4 v0_3 = vec4(tile[at + 44]);
        a0_0 += vec4(0.00020763773, 0.00016425236, 0.00014405657, 0.00010656193) * v0_3.x;
        a0_0 += vec4(0.00017453541, 0.00044791406, 2.7159549e-05, -0.00012596635) * v0_3.y;
        a0_0 += vec4(0.00068194047, -0.00015786021, -2.902419e-05, 0.00041053098) * v0_3.z;
        a0_0 += vec4(4.644306e-05, -0.011208329, -0.0007485725, 0.01790824) * v0_3.w;
    }
    {   // tap (-2, 1)
        vec4 v0_3 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.0007664688, 0.0001379455, 0.00062220846, 0.00060014334) * v0_3.x;
        a0_0 += vec4(-0.00016972564, -0.00012231097, 0.00016256739, 0.00022357139) * v0_3.y;
        a0_0 += vec4(-0.0002626291, 0.000120986646, 0.000251056, -4.7405298e-05) * v0_3.z;
        a0_0 += vec4(-0.0001303649, 0.00023696736, -6.91969e-05, 3.9386294e-05) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 61]);
        a0_0 += vec4(0.0027015668, -0.006473914, 0.0067099356, 0.004304344) * v0_3.x;
        a0_0 += vec4(-0.0032584532, 0.004002631, 0.004085643, -0.002102087) * v0_3.y;
        a0_0 += vec4(-0.0010986984, 0.00069508003, 0.0040852074, -0.000637586) * v0_3.z;
        a0_0 += vec4(0.00035448532, -0.00038954956, -0.001658342, 6.511232e-06) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 62]);
        a0_0 += vec4(0.006820597, 0.0008032778, -0.009572568, 0.0048805247) * v0_3.x;
        a0_0 += vec4(0.023469329, -0.03161672, 0.11043381, -0.09836996) * v0_3.y;
        a0_0 += vec4(0.017924115, -0.017242175, -0.09345017, 0.10772207) * v0_3.z;
        a0_0 += vec4(-0.006946725, 0.012880299, -0.036094118, 0.013528142) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 63]);
        a0_0 += vec4(0.0008070202, -0.00056891976, -9.69976e-05, -0.0006481716) * v0_3.x;
        a0_0 += vec4(-0.00131117, 0.0036307466, 0.00030934147, 0.00025613638) * v0_3.y;
        a0_0 += vec4(-0.0005227067, 0.001338507, 0.0014500987, -0.0049823066) * v0_3.z;
        a0_0 += vec4(-0.005166814, 0.005187646, -0.0059150327, 0.010088665) * v0_3.w;
    }
    {   // tap (2, 1)
        vec4 v0_3 = vec4(tile[at + 64]);
        a0_0 += vec4(-1.4084502e-05, -2.93659e-05, 3.660234e-05, 0.00024351272) * v0_3.x;
        a0_0 += vec4(-0.00020257957, 0.00051271205, -7.6910255e-05, 9.325803e-05) * v0_3.y;
        a0_0 += vec4(0.00026694182, -0.00043916266, 6.432498e-05, 0.00019308722) * v0_3.z;
        a0_0 += vec4(0.00059009454, 0.00074503745, 0.00050970085, -0.0038360162) * v0_3.w;
    }
    {   // tap (-2, 2)
        vec4 v0_3 = vec4(tile[at + 80]);
        a0_0 += vec4(0.00055418746, 0.00012659388, -0.0018664004, 0.00038001154) * v0_3.x;
        a0_0 += vec4(0.00012832001, 4.2916886e-06, 0.0002608093, -9.5896785e-06) * v0_3.y;
        a0_0 += vec4(0.00014650646, 0.00032948234, -0.00018142813, -0.00022001276) * v0_3.z;
        a0_0 += vec4(0.00021956714, -2.5612238e-05, -0.00028856948, 0.0001672469) * v0_3.w;
    }
    {   // tap (-1, 2)
        vec4 v0_3 = vec4(tile[at + 81]);
        a0_0 += vec4(0.000593888, 0.0003352147, -0.0002813014, -0.00028079838) * v0_3.x;
        a0_0 += vec4(-0.00039531905, 0.0008142469, -0.0036007264, 0.0013762495) * v0_3.y;
        a0_0 += vec4(0.0005617086, 0.00027565588, -0.00045826586, 0.0004373592) * v0_3.z;
        a0_0 += vec4(-0.0002681285, 1.0820608e-05, -0.00012944895, 0.00033794754) * v0_3.w;
    }
    {   // tap (0, 2)
        vec4 v0_3 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.0004660963, 0.0005920962, 0.00033273536, 0.0002934167) * v0_3.x;
        a0_0 += vec4(0.004428198, -0.0039758333, 0.0010837617, -0.0021748368) * v0_3.y;
        a0_0 += vec4(-0.0019743573, -4.1918072e-05, 0.008376492, -0.0031369734) * v0_3.z;
        a0_0 += vec4(-0.0070551247, 5.3973028e-05, 0.004445549, 0.0014716987) * v0_3.w;
    }
    {   // tap (1, 2)
        vec4 v0_3 = vec4(tile[at + 83]);
        a0_0 += vec4(0.00011535144, -0.00011310165, 2.1333428e-05, 0.00017138281) * v0_3.x;
        a0_0 += vec4(5.283364e-05, -3.9494447e-05, -0.00060530234, 0.0018665644) * v0_3.y;
        a0_0 += vec4(-0.000827879, 0.00040277728, -0.00031174696, 0.0012104972) * v0_3.z;
        a0_0 += vec4(-0.0010752318, 0.001303362, -0.0004349901, 0.001545131) * v0_3.w;
    }
    {   // tap (2, 2)
        vec4 v0_3 = vec4(tile[at + 84]);
        a0_0 += vec4(1.4626724e-05, -9.716011e-05, 0.0001695502, 0.0001356657) * v0_3.x;
        a0_0 += vec4(9.30337e-05, -0.00012426042, -5.0441904e-05, 0.00039887283) * v0_3.y;
        a0_0 += vec4(0.00027890864, 0.00016071663, 8.247118e-06, -8.1550425e-05) * v0_3.z;
        a0_0 += vec4(-0.00033299762, -8.782428e-05, 0.00031114777, -0.0007245192) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q0, 0).x, 0.0, 0.0, 0.0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q1, 0).x, 0.0, 0.0, 0.0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(-5.382335e-05, -9.991348e-05, 3.634024e-05, 0.00019575968) * v0_4.x;
    }
    {   // tap (-1, -2)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0006153925, -0.00039870746, -0.000109730696, -3.407711e-05) * v0_4.x;
    }
    {   // tap (0, -2)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0010521136, -1.2702335e-05, 0.00027809246, -5.103918e-05) * v0_4.x;
    }
    {   // tap (1, -2)
        vec4 v0_4 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.00034779072, 0.00050668453, -0.00026746103, -0.00017155768) * v0_4.x;
    }
    {   // tap (2, -2)
        vec4 v0_4 = vec4(tile[at + 4]);
        a0_0 += vec4(-4.9088485e-05, -3.8626713e-05, 5.546249e-05, 7.3176765e-05) * v0_4.x;
    }
    {   // tap (-2, -1)
        vec4 v0_4 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.00018218084, -0.00028833663, -0.00014677823, -0.00056174333) * v0_4.x;
    }
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.0016531494, -0.0008367558, -0.00037004688, -0.00062012475) * v0_4.x;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 22]);
        a0_0 += vec4(0.009610127, 0.012040632, -0.0020115844, -0.0030751503) * v0_4.x;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0012658442, -0.00041894332, -0.00088010146, -0.00028434256) * v0_4.x;
    }
    {   // tap (2, -1)
        vec4 v0_4 = vec4(tile[at + 24]);
        a0_0 += vec4(0.00068137754, -0.0017450325, -0.00012656862, -4.5701032e-05) * v0_4.x;
    }
    {   // tap (-2, 0)
        vec4 v0_4 = vec4(tile[at + 40]);
        a0_0 += vec4(0.0007054892, 0.000425747, 0.0008323283, -5.5976587e-05) * v0_4.x;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 41]);
        a0_0 += vec4(0.010799035, -0.0028342837, 0.0087956935, -0.0017104252) * v0_4.x;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 42]);
        a0_0 += vec4(0.98772556, 0.9872477, 0.9872076, 0.9884691) * v0_4.x;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.0017633132, 0.010400397, -0.0032195929, 0.010271508) * v0_4.x;
    }
    {   // tap (2, 0)
        vec4 v0_4 = vec4(tile[at + 44]);
        a0_0 += vec4(-9.203636e-05, 0.0020196245, -0.00028721459, 0.00017618731) * v0_4.x;
    }
    {   // tap (-2, 1)
        vec4 v0_4 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.0006022117, -0.00065060845, -0.00025071533, 0.0007956884) * v0_4.x;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.00050930504, -0.00021364466, -0.00092491496, -0.0014006633) * v0_4.x;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.0026216877, -0.0035333452, 0.010651722, 0.009760589) * v0_4.x;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.00020717579, -0.0011506673, 0.00027192704, -0.0016255984) * v0_4.x;
    }
    {   // tap (2, 1)
        vec4 v0_4 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.00059984246, -0.0002584539, 0.00013622224, -0.0002999229) * v0_4.x;
    }
    {   // tap (-2, 2)
        vec4 v0_4 = vec4(tile[at + 80]);
        a0_0 += vec4(0.00012333092, 0.0005951293, -0.0003814307, -0.00037703328) * v0_4.x;
    }
    {   // tap (-1, 2)
        vec4 v0_4 = vec4(tile[at + 81]);
        a0_0 += vec4(0.00016048926, -0.00042971506, -0.0003171502, -1.5772059e-05) * v0_4.x;
    }
    {   // tap (0, 2)
        vec4 v0_4 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00018202688, -0.00057180517, 0.0010447943, 0.0013895541) * v0_4.x;
    }
    {   // tap (1, 2)
        vec4 v0_4 = vec4(tile[at + 83]);
        a0_0 += vec4(-6.382727e-05, -0.00015529206, 9.114959e-05, -0.0010377014) * v0_4.x;
    }
    {   // tap (2, 2)
        vec4 v0_4 = vec4(tile[at + 84]);
        a0_0 += vec4(-9.907714e-05, 0.00035630388, -0.00024570458, 0.00017326929) * v0_4.x;
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
