// ArtCNN_C4F16: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F16: 2x luma upscaler for anime, 4 ReLU layers of 16 filters (12,340 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F16 variant=tensor precision=fp16
// Weights: ArtCNN_C4F16.keras
// 8 passes, hooked on LUMA; output: luma at 2x width and height.
// Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN
// shaders); otherwise mpv's own scaler is used.
// Tensor variant: the compute variant with its middle layers on tensor cores
// (GL_NV_cooperative_matrix: float16 products, float sums). Runs only on NVIDIA GPUs (Turing or
// later) in libplacebo on Vulkan (mpv --vo=gpu-next --gpu-api=vulkan); a compute file elsewhere.
// The network's linear head (its first two convolutions) is one 5x5 convolution of the
// luma plane in the first pass, corrected at the frame's border to match the layers' zero
// padding.
// That pass computes in float: its weights are products of two layers' weights.
// The network's linear tail (its last two convolutions and what is added between them) is
// one 5x5 convolution of the tensor before it and the luma plane in the last pass, corrected at the
// frame's border to match the layers' zero padding.
// 3 layers have two forms of their pass, each run by its WHEN: 4 tiles per workgroup
// for frames under 1500000 luma pixels (shorter tails), 8 for larger ones (fewer weight loads).
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

//!DESC ArtCNN_C4F16 tensor conv2d_conv2d_1
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

//!DESC ArtCNN_C4F16 tensor conv2d_2 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L1
//!BIND ArtCNN_C4F16_T2
//!SAVE ArtCNN_C4F16_L2
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > * HOOKED.w HOOKED.h * 1500000 < *
//!COMPUTE 32 64 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4

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
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
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
    // Workgroups in reverse order: this pass starts where the pass before it ended (still in the cache).
    ivec2 corner = ivec2(gl_NumWorkGroups.xy - 1u - gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    for (int t = 0; t < 4; t++) {
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 0);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 1);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
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
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > * HOOKED.w HOOKED.h * 1500000 < ! *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4

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
    // Workgroups in reverse order: this pass starts where the pass before it ended (still in the cache).
    ivec2 corner = ivec2(gl_NumWorkGroups.xy - 1u - gl_WorkGroupID.xy) * ivec2(16, 64);
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 0);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 1);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    }
}

//!DESC ArtCNN_C4F16 tensor conv2d_3 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L2
//!BIND ArtCNN_C4F16_T3
//!SAVE ArtCNN_C4F16_L3
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > * HOOKED.w HOOKED.h * 1500000 < *
//!COMPUTE 32 64 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4

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
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
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
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    for (int t = 0; t < 4; t++) {
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 0);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 1);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
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
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > * HOOKED.w HOOKED.h * 1500000 < ! *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4

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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 0);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 1);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    }
}

//!DESC ArtCNN_C4F16 tensor conv2d_4 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_L3
//!BIND ArtCNN_C4F16_T4
//!SAVE ArtCNN_C4F16_L4
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > * HOOKED.w HOOKED.h * 1500000 < *
//!COMPUTE 32 64 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4

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
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
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
    // Workgroups in reverse order: this pass starts where the pass before it ended (still in the cache).
    ivec2 corner = ivec2(gl_NumWorkGroups.xy - 1u - gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 384 + (lane % 16) * 24;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    for (int t = 0; t < 4; t++) {
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 0);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 1);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
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
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > * HOOKED.w HOOKED.h * 1500000 < ! *
//!COMPUTE 32 128 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t
#define HVEC4 f16vec4

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
    // Workgroups in reverse order: this pass starts where the pass before it ended (still in the cache).
    ivec2 corner = ivec2(gl_NumWorkGroups.xy - 1u - gl_WorkGroupID.xy) * ivec2(16, 64);
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 0);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 384), 24u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    {
    // Invocations 0-15 store groups 0 and 2 of the block, 16-31 groups 1 and 3: one code for
    // both, 4 channels and (1, 0) texels apart (no branch). The staged values are float16 already.
    ivec2 p0 = origin + ivec2(lane % 16, 2 * subgroup + 1);
    int hc = h + 4 * (lane >> 4);
    vec4 u0 = vec4(sh[hc + 0], sh[hc + 1], sh[hc + 2], sh[hc + 3]);
    vec4 u1 = vec4(sh[hc + 8], sh[hc + 9], sh[hc + 10], sh[hc + 11]);
    if (all(lessThan(p0, size))) {
        ivec2 o = p0 * ivec2(2, 2) + (lane >> 4) * ivec2(1, 0);
        imageStore(out_image, o + ivec2(0, 0), u0);
        imageStore(out_image, o + ivec2(0, 1), u1);
    }
    }
    }
}

//!DESC ArtCNN_C4F16 tensor conv2d_5_add_conv2d_6_depth_to_space
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
