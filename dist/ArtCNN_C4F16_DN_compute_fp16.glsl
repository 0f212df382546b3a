// ArtCNN_C4F16_DN: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F16_DN: C4F16 trained to denoise and soften
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DN variant=compute precision=fp16
// Weights: ArtCNN_C4F16_DN.keras
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

//!DESC ArtCNN_C4F16_DN compute conv2d_conv2d_1
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F16_DN_L1
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
        c += vec4(-0.030467585, -0.010700932, 0.00519173, -0.0003714203);
        c += vec4(0.055655964, -0.0634756, 0.0072406475, 0.016166983) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.12605877, 0.3111087, -0.08489533, 0.038460735) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.945542, -0.059337456, 0.08163549, -0.08046111) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.22395241, 0.13074131, -0.03388198, 0.004536961) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.028769167, -0.034572043, -0.0368516, 0.025463287) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.0063579036, -0.004215793, 0.008760535, -0.0082246335);
        c += vec4(-0.034090735, -0.054265484, 0.0055046584, 0.048444606) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.0055372687, -0.13589197, 0.02440995, 0.19493534) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.04133792, 0.18856545, -0.23191406, 1.1481628) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.015369372, 0.05538165, -0.059661273, 0.21422003) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.029000623, -0.07151239, -0.04740095, -0.013544281) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.004471546, -0.015548226, 0.005074669, -0.0027179292);
        c += vec4(-0.04146845, 0.1335747, 0.025106447, 0.005922368) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.059721723, -0.17166121, 0.036376595, 0.010484255) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.0216367, 0.2549225, -0.18815988, 0.020974753) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.0012187777, -0.1283059, -0.02172226, -0.023255933) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.017893858, -0.009237058, 0.025019543, -0.051143322) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.0012135506, -0.013968056, 0.014668143, 0.00023872934);
        c += vec4(-0.042932056, 0.18180153, -0.07230854, 0.020103954) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.050506394, 0.025271289, -0.071462095, 0.07067641) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.0457056, -0.0074495557, 0.02642043, 0.018707288) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.0257299, -0.09838319, 0.01572325, -0.051664777) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.03389924, -0.00020076263, 0.014515147, -0.041259) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.016044823, -0.01778212, 0.007683239, 0.00062330277);
        c -= vec4(-0.27722132, 0.12783733, -0.0012273726, -0.029081939) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.019114777, -0.0008881425, 0.0049901064, 0.0002316225);
        c -= vec4(0.06838849, -0.027151946, 0.08478636, -0.06936053) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.005389951, -0.0038190165, -0.002081052, -0.004868326);
        c -= vec4(0.011177936, 0.015385037, -0.07648157, 0.069882005) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0025244728, -0.005137048, 0.011102373, -0.004844656);
        c -= vec4(-0.13367693, 0.087241925, 0.027438886, 0.070066124) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_1(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(0.0023066641, -0.00045230868, 0.00587947, 0.0024737138);
        c += vec4(0.0024146894, -0.034195762, -0.018974902, -0.003967794) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.0014138765, -0.087106846, -0.039884493, -0.018546408) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.0034198363, 0.24990587, 0.09200537, -0.008671869) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.0014281443, -0.11766232, -0.033113893, 0.022003109) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.048751883, 0.015407707, -0.046080716, 0.01937247) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(0.008437719, 0.0129804285, -0.0016692596, 0.010829884);
        c += vec4(0.00042286885, -0.11490559, -0.0040229517, -0.03605896) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.15008192, -0.5350971, -0.15979919, 0.24618901) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.18765584, -0.5920983, -0.91327757, -0.06815771) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.23709734, -0.14183153, -0.21025445, -0.10404664) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.022955827, -0.046118762, 0.009236139, 0.022357842) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.010880739, -0.0059452336, -0.010289954, -0.016654653);
        c += vec4(0.0034201199, 0.025216991, -0.04065666, -0.011072923) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.17272255, 0.07339613, -0.044334754, 0.04104445) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.30624413, 0.3032085, 0.099096574, 0.31567562) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.21681125, 0.68201727, -0.13220865, 0.76160437) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.02576594, 0.111185424, 0.046517648, 0.006161014) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.021939792, 0.00074872165, -0.0003473044, 0.0013001083);
        c += vec4(0.051799092, -0.04348958, -0.014100399, 0.018456215) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.16227016, 0.05685275, -0.010363549, -0.014978197) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.5256144, 0.099755324, 0.07784751, -0.01332851) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.3761432, -0.15504296, 0.011511598, -0.04055309) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.004058878, 0.032174204, 0.0052579935, 0.02211344) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-7.70281e-05, -0.0019585018, -0.006175072, 0.0013308255);
        c -= vec4(0.048242133, 0.082519, 0.09389899, 0.024716878) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.0060478756, -0.0020483984, 0.00206125, -0.0020820103);
        c -= vec4(-0.06652577, 0.11581375, 0.019623347, -0.019249033) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.00019167842, 0.003403385, -0.0026734786, 0.004111599);
        c -= vec4(0.040589813, -0.07893432, -0.04961537, 0.21692127) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.00039491488, 0.010951925, 0.008380773, 0.0060406225);
        c -= vec4(-0.05188859, -0.062396705, -0.0587684, -0.027648203) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_2(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.005478188, 0.004523614, -0.0032190585, -0.006197119);
        c += vec4(-0.007727448, 0.028351568, 0.12338389, -0.19787276) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.13217776, -0.009583375, 0.53649896, -0.6552081) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.07291926, -0.06847222, -0.41927886, -0.3305713) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.051696878, 0.084578186, -0.15850909, 0.0594606) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.041992474, -0.01110737, -0.053275876, -0.025020633) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.005286685, 0.0015253117, -0.009862531, -0.00587105);
        c += vec4(0.03125115, 0.0060511176, 0.1390771, -0.25147963) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.08685174, 0.08565555, 0.41674638, 0.16751103) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.76520383, -0.1582052, -0.39014277, 0.08320995) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.18405592, 0.05954544, -0.12514056, -0.06576265) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.03545779, -0.011314925, -0.019482652, -0.0042185225) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(0.011029452, -0.010787882, -0.016187487, 0.015543914);
        c += vec4(0.009308561, 0.020555766, 0.048595205, 0.030406693) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.091700874, 0.08001647, 0.41617438, 0.66837186) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.28751802, -0.034810293, -1.2085292, 0.5251972) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.14287871, 0.08920145, 0.63924986, 0.11648023) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.08363841, 0.02462401, -0.038326766, -0.00422935) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.011472949, -0.0071372613, 0.0052479696, -0.0017144462);
        c += vec4(-0.053283773, 0.06411046, 0.0393514, 0.19856293) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.025856683, -0.0554542, -0.06649416, -0.2243722) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.25051522, 0.37834245, 0.17456284, -0.06446539) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.12951493, -0.024495577, -0.04397281, 0.16595507) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.022495495, 0.0031984868, 0.012676876, -0.007899573) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.000119707074, 0.0020864254, -0.014667807, -0.005664173);
        c -= vec4(-0.041261714, -0.050986223, -0.38449085, 0.043787368) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.004070262, 0.0012688709, -0.004652607, 0.017781684);
        c -= vec4(-0.016567072, -0.055024747, 0.035903253, -0.11892887) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.0043322504, 0.00060882646, -0.0006150094, -0.0006513659);
        c -= vec4(0.1453638, -0.11234657, -0.15925077, 0.084383875) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.003991617, -0.0069169635, 0.0024427758, -0.0043496266);
        c -= vec4(0.094024435, -0.088623226, -0.077930465, 0.04850876) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_3(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.013250696, -0.008196292, 4.460315e-05, -0.0022986345);
        c += vec4(-0.012732369, -0.031502407, -0.013879085, 0.061429217) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.03405364, -0.029965874, -0.3858463, 0.06382014) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.06141766, -0.030285839, 0.081180945, -0.011062177) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.09561968, -0.006944903, 0.075947225, -0.026957968) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.036533725, 0.008000316, -0.043677922, -0.03454404) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.009354676, -0.016834782, 0.013376036, 0.0027691221);
        c += vec4(-0.010944907, 0.052032333, -0.15399824, 0.020851146) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.022131113, 0.18627983, 0.05966828, 0.04239108) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.0941288, 0.5982136, -0.3410156, 0.027557937) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.08476512, 0.0057826606, -0.30248374, -0.077453464) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.045242883, 0.020227503, -0.019037982, -0.04112033) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.00014368047, -0.011794116, -0.02333181, -0.02328381);
        c += vec4(-0.0023917179, -0.008569713, -0.08446827, 0.01043444) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.048626788, -0.22143286, -0.3714599, -0.14947686) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.0092215035, -0.1371243, 0.49618143, -0.7211283) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.028686808, -0.48677474, -0.13253939, -0.057308283) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.021694995, -0.022783576, -0.095202, 0.028356433) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.014520912, 0.0005937852, -0.0037920258, 0.000786386);
        c += vec4(-0.030606544, -0.023555398, 0.0035332704, -0.037394695) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.15712711, 0.0044818707, -0.20285757, -0.014236271) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.6838126, 0.145359, -0.051714037, 0.09307741) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.016574569, -0.31217504, -0.26885518, 0.016740462) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.0013411667, -0.034904342, 0.02606438, -0.04040588) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.00013381134, -0.0033289925, -0.020750592, -0.0077289417);
        c -= vec4(0.020233389, 0.024754245, 0.15903302, -0.058072235) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.00020649382, 0.0024489432, 0.014014512, 0.0035195155);
        c -= vec4(-0.03153764, -0.019422447, 0.046803672, 0.07567801) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0021059052, -0.006520476, 0.0079407785, -0.0011826098);
        c -= vec4(0.016885638, 0.046221275, 0.06214317, -0.0314416) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.005554062, -0.002379777, 0.00015096673, -0.007670122);
        c -= vec4(-0.11671502, 0.08048929, 0.010055043, 0.04467147) * tail_input(p + ivec2(0, 0), last, 0).x;
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
        vec4 a0_0 = vec4(0.0091242, 0.00019122139, 0.11367579, 0.003305794);
        vec4 a0_1 = vec4(0.015425068, 9.9034536e-05, 0.0037901609, 0.0038190389);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_0 = vec4(0.010978273, 0.03643648, -0.023073498, 0.007434354);
            vec4 w0_1 = vec4(0.011685171, 0.046003673, -0.0006168323, 0.0021400515);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_0 = vec4(0.03076009, -0.32608598, -0.035109825, -0.03789545);
            vec4 w0_1 = vec4(-0.03978224, -0.04665927, 0.043479066, 0.0031081403);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_0 = vec4(-0.025644964, 0.45041084, -0.015237659, 0.04887123);
            vec4 w0_1 = vec4(0.051489037, -0.0137062725, -0.05365586, 0.019922268);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_0 = vec4(0.03603875, -0.078873396, 0.052907407, -0.04146222);
            vec4 w0_1 = vec4(-0.017384907, 0.037241075, 0.02638963, -0.011143423);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_0 = vec4(0.019931339, -0.10085301, 0.022252392, 0.007835261);
            vec4 w0_1 = vec4(-0.007944866, -0.010280683, 0.0013424493, -0.008671742);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_0 = vec4(0.027680457, 0.27064627, 0.0061234455, -0.035245575);
            vec4 w0_1 = vec4(-0.040683515, 0.116909415, 0.03768834, 0.03198852);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_0 = vec4(0.048849005, -0.8046234, -0.009701075, -0.04137459);
            vec4 w0_1 = vec4(0.058152325, -0.14755177, 0.026184252, -0.0068573016);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_0 = vec4(-0.44394836, 0.94054747, 0.09516874, 0.14010562);
            vec4 w0_1 = vec4(-0.013436499, 0.026692929, -0.14969228, -0.035367765);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_0 = vec4(0.0035490755, -0.4976639, -0.010887185, -0.02083587);
            vec4 w0_1 = vec4(-0.025390854, 0.0049128504, 0.07295214, -0.01002273);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_0 = vec4(0.027570838, 0.11959606, 0.0014257709, -0.020107465);
            vec4 w0_1 = vec4(-0.008247733, -0.045057144, 0.033583693, -0.00033673292);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_0 = vec4(0.018022748, -0.24720499, 0.052639168, 0.057127085);
            vec4 w0_1 = vec4(-0.019780008, -0.12174627, -0.040944647, 0.023942368);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_0 = vec4(-0.0011524772, 0.61051834, 0.057605304, 0.23398142);
            vec4 w0_1 = vec4(0.27653214, -1.3201158, -0.19043902, -0.26110825);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_0 = vec4(0.02688384, -0.7179421, -0.56318265, 1.8021891);
            vec4 w0_1 = vec4(0.26953876, -0.0716902, -1.8585514, 0.279858);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_0 = vec4(0.025138361, 0.4398736, -0.013089764, 0.21197335);
            vec4 w0_1 = vec4(0.001676741, -0.03171374, -0.2963705, -0.027222678);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_0 = vec4(0.025218409, -0.11387671, -0.0371249, 0.024870735);
            vec4 w0_1 = vec4(0.054539204, 0.03698946, -0.05406928, 0.022029854);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_0 = vec4(-0.024548685, -0.05051534, -0.006664945, -0.049192075);
            vec4 w0_1 = vec4(0.034309633, -0.06133099, 0.03361851, -0.20536673);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_0 = vec4(-0.00121934, 0.35385004, 0.13138844, -0.22772637);
            vec4 w0_1 = vec4(0.041104596, 0.028351057, 0.3010783, -1.2111081);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_0 = vec4(0.074159816, -0.46257517, 0.102072336, -1.7770348);
            vec4 w0_1 = vec4(-0.37139082, 1.353559, 1.868776, 1.3267024);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_0 = vec4(0.016794097, 0.07256723, 0.09772152, -0.2494488);
            vec4 w0_1 = vec4(-0.12668897, 0.16767587, 0.18936776, 0.08568633);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_0 = vec4(-0.036613654, 0.108841576, -0.0072107026, -0.038548555);
            vec4 w0_1 = vec4(-0.06841736, 0.059046272, 0.014996438, 0.015563714);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_0 = vec4(0.002409023, 0.002229325, -0.018179957, 0.019492488);
            vec4 w0_1 = vec4(0.0223255, 0.025256127, -0.048161443, 0.13115504);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_0 = vec4(0.019005189, 0.09962438, 0.010867601, 0.10570851);
            vec4 w0_1 = vec4(0.0035170745, -0.014376992, -0.102240756, -0.24914669);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_0 = vec4(-0.033222724, -0.07082213, 0.026030282, -0.21243452);
            vec4 w0_1 = vec4(-0.10393564, 0.1767592, 0.2039438, 0.12870617);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_0 = vec4(0.013857382, 0.004536687, -0.04139885, 0.064922296);
            vec4 w0_1 = vec4(0.041240763, -0.13906492, -0.053367827, -0.0065632686);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_0 = vec4(0.0020495218, -0.037073564, 0.01999906, 0.028787684);
            vec4 w0_1 = vec4(0.020570178, -0.05694701, -0.0054825847, -0.03625973);
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
        vec4 a0_2 = vec4(-0.007562801, 0.037421536, 0.0009406353, 0.0037055437);
        vec4 a0_3 = vec4(-0.00028847987, -0.025750468, 0.0038068267, 0.0015051477);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_2 = vec4(0.0128684435, 0.0045293234, 0.0031563228, 0.049901344);
            vec4 w0_3 = vec4(-0.010400022, 0.0007450606, -0.102040544, -0.027434755);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_2 = vec4(-0.004401677, -0.010513426, -0.116940245, 0.12871066);
            vec4 w0_3 = vec4(0.017942902, -0.016456136, 0.2664719, 0.0031845695);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_2 = vec4(-0.041902024, 0.054745264, 0.17177583, 0.24258853);
            vec4 w0_3 = vec4(-0.030932004, -0.052999534, -0.086490765, -0.004191302);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_2 = vec4(0.033040047, -0.048138727, -0.06255068, -0.4244297);
            vec4 w0_3 = vec4(0.028533146, 0.07106135, -0.14279528, 0.023595056);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_2 = vec4(-0.0075092437, 0.0021617925, -0.0035665291, -0.06356157);
            vec4 w0_3 = vec4(-0.017317913, -0.016098442, 0.07146643, 0.0054667117);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_2 = vec4(0.003208358, -0.02038956, -0.14545687, -0.06966714);
            vec4 w0_3 = vec4(0.047514528, 0.002913102, 0.1919519, -0.056157842);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_2 = vec4(0.020209128, -0.042442992, -0.76988876, 0.024731595);
            vec4 w0_3 = vec4(0.061683517, 0.086398646, 0.58674157, 0.16735597);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_2 = vec4(-0.08357372, 0.15062046, 0.5354623, 1.0723813);
            vec4 w0_3 = vec4(-0.18906192, 0.0659365, -0.15541421, -0.273795);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_2 = vec4(0.15133405, -0.17365646, 0.313798, 0.19553402);
            vec4 w0_3 = vec4(0.11884425, -0.06158302, -0.24588041, 0.07413879);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_2 = vec4(-0.010058388, 0.06448484, 0.04898229, 0.05920069);
            vec4 w0_3 = vec4(-0.057743408, 0.03623904, -0.014612185, 0.028484775);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_2 = vec4(-0.017756278, 0.02208142, 0.5368986, -0.43227053);
            vec4 w0_3 = vec4(-0.038802497, 0.017506246, -0.16972743, 0.15762463);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_2 = vec4(-0.2801503, -0.03001402, 1.4952303, -1.1594224);
            vec4 w0_3 = vec4(-0.10960412, 0.44270867, -0.3107773, 1.843977);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_2 = vec4(2.0156603, 1.2456201, -1.2811905, 0.10994671);
            vec4 w0_3 = vec4(-1.6966463, 0.58521986, -0.8703478, -1.6902335);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_2 = vec4(0.041882005, -1.0574063, -0.5715205, 0.10108366);
            vec4 w0_3 = vec4(1.8029315, 0.025970003, 0.22419162, -0.1820566);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_2 = vec4(-0.015276364, -0.1585499, -0.13714327, 0.055622425);
            vec4 w0_3 = vec4(0.107984826, -0.02302665, 0.0115760155, -0.07233661);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_2 = vec4(-0.023785224, -0.018277913, -0.3679995, 0.37671208);
            vec4 w0_3 = vec4(0.013670042, 0.015180666, -0.026237512, -0.046000518);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_2 = vec4(-0.3145989, -0.049500063, -0.8547075, -0.30541396);
            vec4 w0_3 = vec4(0.052947223, 0.35383418, -0.1935178, 0.17592975);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_2 = vec4(-1.2032188, 0.114282414, 0.9367997, 0.021464976);
            vec4 w0_3 = vec4(-0.14134914, -1.7565275, 0.31505674, -0.20745492);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_2 = vec4(-0.2360275, -0.056582876, 0.1837299, 0.072998494);
            vec4 w0_3 = vec4(0.10880502, 0.15174904, 0.5666892, 0.042351518);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_2 = vec4(-0.016274305, 0.030037737, 0.092755064, -0.0669901);
            vec4 w0_3 = vec4(-0.058763362, -0.0051324912, 0.10048543, 0.0441544);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_2 = vec4(0.038617652, 0.00060933316, 0.0258633, 0.124564186);
            vec4 w0_3 = vec4(-0.007084016, -0.019696757, 0.14370488, -0.022086779);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_2 = vec4(0.09549397, -0.022513194, -0.076004595, -0.13846453);
            vec4 w0_3 = vec4(0.032405842, 0.039350856, -0.12796672, 0.0075604264);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_2 = vec4(-0.1892681, -0.008614941, 0.025746321, 0.020916576);
            vec4 w0_3 = vec4(-0.0026506304, -0.019301504, 0.03732144, -0.01311016);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_2 = vec4(-0.019032845, -0.016958637, 0.008113075, 0.016087947);
            vec4 w0_3 = vec4(-0.0091635715, 0.022160823, 0.114204764, 0.02461071);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_2 = vec4(0.0560537, 0.03603642, 0.007521683, -0.014428562);
            vec4 w0_3 = vec4(-0.023706978, 0.024916992, -0.1835646, 0.0019283332);
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

//!DESC ArtCNN_C4F16_DN compute conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L1
//!SAVE ArtCNN_C4F16_DN_L2
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
        a0_0 = vec4(0.03909646, -0.004505271, 0.012983942, 0.026891395);
        a0_1 = vec4(0.041329455, 0.054632217, -0.015681814, 0.04566188);
        a0_2 = vec4(0.028717848, 0.054259814, 0.024503466, 0.019481014);
        a0_3 = vec4(-0.01950534, -0.015496908, 0.039383724, 0.00995921);
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
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.024414062, 0.11755371, -0.06463623, 0.012535095) * v0_0.x;
        h0_0 += HVEC4(0.018096924, 0.013320923, -0.02949524, -0.017745972) * v0_0.y;
        h0_0 += HVEC4(-0.107177734, 0.43652344, -0.060516357, -0.04977417) * v0_0.z;
        h0_0 += HVEC4(-0.028656006, -0.1262207, -0.0020942688, -0.066467285) * v0_0.w;
        h0_1 += HVEC4(0.117492676, -0.044830322, 0.021209717, 0.061340332) * v0_0.x;
        h0_1 += HVEC4(0.07080078, 0.14660645, 0.059936523, 0.006591797) * v0_0.y;
        h0_1 += HVEC4(-0.097351074, -0.05432129, 0.008361816, -0.064575195) * v0_0.z;
        h0_1 += HVEC4(-0.37426758, -0.16357422, -0.004196167, 0.328125) * v0_0.w;
        h0_2 += HVEC4(-0.012619019, -0.07348633, -0.027389526, -0.08532715) * v0_0.x;
        h0_2 += HVEC4(0.05117798, -0.027053833, 0.09490967, 0.16870117) * v0_0.y;
        h0_2 += HVEC4(-0.12347412, 0.09448242, -0.14367676, 0.0574646) * v0_0.z;
        h0_2 += HVEC4(0.09716797, 0.16955566, -0.06161499, -0.39916992) * v0_0.w;
        h0_3 += HVEC4(0.019607544, -0.01159668, -0.03652954, 0.049041748) * v0_0.x;
        h0_3 += HVEC4(0.013679504, 0.010559082, -0.018875122, 0.047851562) * v0_0.y;
        h0_3 += HVEC4(-0.0335083, -0.042144775, -0.038330078, 0.06976318) * v0_0.z;
        h0_3 += HVEC4(-0.012741089, 0.021316528, -0.08496094, 0.010322571) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.04876709, -0.17675781, 0.041015625, 0.01751709) * v0_0.x;
        h0_0 += HVEC4(-0.046722412, -0.15551758, -0.0579834, -0.011550903) * v0_0.y;
        h0_0 += HVEC4(0.15014648, -0.22058105, -0.020401001, -0.07171631) * v0_0.z;
        h0_0 += HVEC4(-0.18103027, 0.35351562, 0.066467285, 0.16186523) * v0_0.w;
        h0_1 += HVEC4(-0.12365723, -0.11175537, 0.033081055, -0.034301758) * v0_0.x;
        h0_1 += HVEC4(0.011421204, 0.05343628, 0.11315918, 0.042022705) * v0_0.y;
        h0_1 += HVEC4(0.12988281, -0.19018555, 0.15258789, -0.060424805) * v0_0.z;
        h0_1 += HVEC4(-1.4628906, -0.5102539, 0.056793213, -0.09008789) * v0_0.w;
        h0_2 += HVEC4(0.009216309, 0.0680542, 0.010307312, 0.040924072) * v0_0.x;
        h0_2 += HVEC4(-0.011054993, -0.020965576, 0.22424316, 0.0028381348) * v0_0.y;
        h0_2 += HVEC4(0.07281494, -0.013198853, 0.034851074, -0.017547607) * v0_0.z;
        h0_2 += HVEC4(0.08959961, 0.053497314, -0.17749023, -0.118774414) * v0_0.w;
        h0_3 += HVEC4(-0.00573349, -0.048950195, 0.03866577, -0.026687622) * v0_0.x;
        h0_3 += HVEC4(-0.013687134, -0.008842468, -0.04257202, 0.1583252) * v0_0.y;
        h0_3 += HVEC4(0.05606079, 0.0053253174, -0.0011520386, 0.0003285408) * v0_0.z;
        h0_3 += HVEC4(0.07299805, -0.20861816, -0.0022850037, -0.1685791) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.07885742, 0.08306885, 0.04837036, -0.011192322) * v0_0.x;
        h0_0 += HVEC4(-0.10662842, 0.12310791, -0.04458618, -0.02015686) * v0_0.y;
        h0_0 += HVEC4(0.050933838, -0.14501953, -0.027420044, 0.06933594) * v0_0.z;
        h0_0 += HVEC4(0.0051002502, 0.04067993, 0.11071777, -0.029174805) * v0_0.w;
        h0_1 += HVEC4(0.062072754, 0.2019043, -0.045837402, 0.037384033) * v0_0.x;
        h0_1 += HVEC4(0.105529785, -0.029373169, -0.0036258698, 0.08630371) * v0_0.y;
        h0_1 += HVEC4(-0.028335571, 0.3696289, -0.063964844, 0.23522949) * v0_0.z;
        h0_1 += HVEC4(-0.0848999, -0.21447754, -0.22302246, 0.10418701) * v0_0.w;
        h0_2 += HVEC4(0.07098389, -0.02619934, 0.0491333, 0.0005288124) * v0_0.x;
        h0_2 += HVEC4(-0.13305664, -0.04763794, 0.030960083, -0.059570312) * v0_0.y;
        h0_2 += HVEC4(0.028869629, -0.15722656, -0.15246582, 0.06506348) * v0_0.z;
        h0_2 += HVEC4(0.1463623, 0.06738281, -0.045196533, -0.2220459) * v0_0.w;
        h0_3 += HVEC4(-0.007835388, -0.039398193, 0.004917145, -0.01739502) * v0_0.x;
        h0_3 += HVEC4(0.026763916, -0.016921997, -0.0107040405, 0.06842041) * v0_0.y;
        h0_3 += HVEC4(-0.14855957, 0.05697632, -0.0043945312, 0.050933838) * v0_0.z;
        h0_3 += HVEC4(0.15661621, 0.111206055, 0.040924072, 0.094177246) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.05130005, -0.20300293, 0.13378906, -0.012466431) * v0_0.x;
        h0_0 += HVEC4(0.046844482, -0.05645752, 0.037322998, 0.005908966) * v0_0.y;
        h0_0 += HVEC4(0.11401367, 0.18286133, 0.06591797, 0.08050537) * v0_0.z;
        h0_0 += HVEC4(-0.00018239021, -0.122558594, -0.018051147, -0.08691406) * v0_0.w;
        h0_1 += HVEC4(-0.07305908, -0.019470215, -0.14318848, 0.16882324) * v0_0.x;
        h0_1 += HVEC4(0.18664551, 0.2680664, 0.061553955, -0.013832092) * v0_0.y;
        h0_1 += HVEC4(0.047546387, -0.22155762, 0.10858154, -0.07232666) * v0_0.z;
        h0_1 += HVEC4(-0.1706543, -0.027633667, -0.070251465, 0.09057617) * v0_0.w;
        h0_2 += HVEC4(0.25561523, 0.06323242, -0.022323608, -0.009346008) * v0_0.x;
        h0_2 += HVEC4(0.001329422, -0.05731201, 0.059570312, 0.17736816) * v0_0.y;
        h0_2 += HVEC4(-0.14025879, -0.09320068, -0.20935059, 0.048950195) * v0_0.z;
        h0_2 += HVEC4(0.18005371, 0.08453369, -0.39868164, -0.15026855) * v0_0.w;
        h0_3 += HVEC4(-0.010108948, 0.18786621, -0.07775879, 0.016921997) * v0_0.x;
        h0_3 += HVEC4(0.03793335, -0.0042152405, 0.04449463, 0.050842285) * v0_0.y;
        h0_3 += HVEC4(0.025100708, 0.1586914, -0.003211975, -0.023757935) * v0_0.z;
        h0_3 += HVEC4(-0.08898926, 0.1652832, -0.04135132, -0.03253174) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.15185547, 0.3618164, -0.2199707, -0.09820557) * v0_0.x;
        h0_0 += HVEC4(-0.030548096, 0.05770874, 0.05947876, 0.075805664) * v0_0.y;
        h0_0 += HVEC4(-0.072387695, -0.09881592, -0.0095825195, 0.09185791) * v0_0.z;
        h0_0 += HVEC4(-0.57470703, 0.08770752, -0.25732422, -0.04208374) * v0_0.w;
        h0_1 += HVEC4(-0.056884766, 0.12756348, 0.42285156, -0.16357422) * v0_0.x;
        h0_1 += HVEC4(0.14855957, 0.30566406, 0.16687012, 0.05596924) * v0_0.y;
        h0_1 += HVEC4(-0.05380249, -0.08929443, -0.5566406, -0.6040039) * v0_0.z;
        h0_1 += HVEC4(-0.6508789, -0.34936523, 0.18823242, 0.42382812) * v0_0.w;
        h0_2 += HVEC4(0.034088135, -0.27539062, 0.14562988, -0.008026123) * v0_0.x;
        h0_2 += HVEC4(-0.15014648, 0.024017334, -0.040771484, 0.15368652) * v0_0.y;
        h0_2 += HVEC4(0.01928711, -0.19250488, -0.37280273, -0.19567871) * v0_0.z;
        h0_2 += HVEC4(0.1274414, -0.3005371, -2.2167969, -0.21166992) * v0_0.w;
        h0_3 += HVEC4(0.2590332, -0.04748535, 0.12109375, 0.10070801) * v0_0.x;
        h0_3 += HVEC4(-0.037353516, -0.057006836, 0.09411621, 0.32885742) * v0_0.y;
        h0_3 += HVEC4(0.18615723, 0.0065841675, -0.03338623, 0.02142334) * v0_0.z;
        h0_3 += HVEC4(-0.20788574, 0.36914062, 0.45629883, -0.25024414) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.04345703, -0.13195801, 0.080444336, 0.08911133) * v0_0.x;
        h0_0 += HVEC4(-0.03692627, 0.20581055, 0.057128906, 0.05770874) * v0_0.y;
        h0_0 += HVEC4(-0.12585449, -0.066223145, -0.0044021606, -0.057922363) * v0_0.z;
        h0_0 += HVEC4(-0.58496094, 0.035308838, 0.07714844, 0.08770752) * v0_0.w;
        h0_1 += HVEC4(0.11175537, -0.12805176, -0.23425293, 0.08087158) * v0_0.x;
        h0_1 += HVEC4(0.14013672, 0.35986328, 0.045135498, -0.078125) * v0_0.y;
        h0_1 += HVEC4(0.0602417, 0.42700195, 0.22998047, 0.3256836) * v0_0.z;
        h0_1 += HVEC4(-0.1381836, -0.25463867, 0.07110596, 0.02192688) * v0_0.w;
        h0_2 += HVEC4(-0.22949219, 0.13513184, -0.08514404, -0.00749588) * v0_0.x;
        h0_2 += HVEC4(0.014633179, -0.20483398, 0.16955566, 0.095214844) * v0_0.y;
        h0_2 += HVEC4(-0.104003906, 0.2265625, -0.2331543, 0.041534424) * v0_0.z;
        h0_2 += HVEC4(0.17871094, 0.08343506, 0.18115234, -0.3100586) * v0_0.w;
        h0_3 += HVEC4(-0.21679688, -0.007987976, -0.038604736, -0.11883545) * v0_0.x;
        h0_3 += HVEC4(0.07574463, 0.032928467, 0.045166016, 0.16699219) * v0_0.y;
        h0_3 += HVEC4(0.19384766, 0.00674057, -0.14587402, 0.082458496) * v0_0.z;
        h0_3 += HVEC4(-0.19372559, 0.24938965, 0.02720642, 0.15270996) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.064819336, -0.27172852, 0.14550781, 0.043029785) * v0_0.x;
        h0_0 += HVEC4(-0.000746727, -0.023757935, 0.03881836, 0.01499176) * v0_0.y;
        h0_0 += HVEC4(0.012130737, 0.03668213, -0.027313232, -0.11871338) * v0_0.z;
        h0_0 += HVEC4(0.036071777, -0.27124023, 0.05618286, -0.029571533) * v0_0.w;
        h0_1 += HVEC4(-0.16149902, -0.38671875, 0.13574219, 0.34887695) * v0_0.x;
        h0_1 += HVEC4(0.13513184, 0.20214844, 0.0826416, 0.016342163) * v0_0.y;
        h0_1 += HVEC4(-0.20056152, -0.018295288, -0.02696228, 0.05630493) * v0_0.z;
        h0_1 += HVEC4(-0.03842163, 0.00920105, -0.101623535, 0.024108887) * v0_0.w;
        h0_2 += HVEC4(-0.10852051, -0.21081543, -0.006626129, -0.44995117) * v0_0.x;
        h0_2 += HVEC4(-0.016357422, -0.15332031, 0.18225098, 0.17077637) * v0_0.y;
        h0_2 += HVEC4(0.31347656, 0.09289551, -0.11987305, 0.2277832) * v0_0.z;
        h0_2 += HVEC4(-0.16174316, 0.047180176, -0.014892578, -0.049316406) * v0_0.w;
        h0_3 += HVEC4(-0.33422852, -0.88134766, 0.023498535, -0.35131836) * v0_0.x;
        h0_3 += HVEC4(0.025619507, -0.35253906, 0.033203125, 0.091552734) * v0_0.y;
        h0_3 += HVEC4(-0.022018433, -2.9550781, -0.08001709, 0.060791016) * v0_0.z;
        h0_3 += HVEC4(-0.048736572, 0.19946289, 0.040161133, 0.14208984) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.41455078, -0.42163086, 0.32299805, 0.4650879) * v0_0.x;
        h0_0 += HVEC4(-0.016296387, 0.08874512, 0.13891602, 0.031707764) * v0_0.y;
        h0_0 += HVEC4(-0.29736328, -0.050231934, -0.18066406, -0.07702637) * v0_0.z;
        h0_0 += HVEC4(0.01576233, 0.025741577, 0.049468994, 0.0135650635) * v0_0.w;
        h0_1 += HVEC4(-0.35791016, -0.109436035, -0.7949219, -1.0810547) * v0_0.x;
        h0_1 += HVEC4(0.080322266, -0.0001950264, 0.06604004, 0.06512451) * v0_0.y;
        h0_1 += HVEC4(0.19995117, -0.16662598, 0.1262207, -0.06530762) * v0_0.z;
        h0_1 += HVEC4(-0.2088623, -0.046325684, -0.013885498, -0.30908203) * v0_0.w;
        h0_2 += HVEC4(0.2006836, 1.3056641, -0.07989502, -0.43554688) * v0_0.x;
        h0_2 += HVEC4(-0.22937012, -0.15258789, -0.015975952, 0.3803711) * v0_0.y;
        h0_2 += HVEC4(-0.113342285, -0.3137207, 0.99853516, -0.29174805) * v0_0.z;
        h0_2 += HVEC4(0.124572754, -0.14868164, -0.2746582, -0.30493164) * v0_0.w;
        h0_3 += HVEC4(0.24633789, -0.7685547, 0.15197754, 1.1894531) * v0_0.x;
        h0_3 += HVEC4(0.04006958, -0.7939453, 0.10559082, 0.26220703) * v0_0.y;
        h0_3 += HVEC4(-0.049072266, -3.1230469, -0.0018787384, -0.1730957) * v0_0.z;
        h0_3 += HVEC4(-0.05239868, 0.1586914, 0.011489868, -0.14941406) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.36645508, -0.019989014, -0.33251953, -0.05834961) * v0_0.x;
        h0_0 += HVEC4(0.04647827, 0.031555176, 0.011810303, 0.0066490173) * v0_0.y;
        h0_0 += HVEC4(0.18225098, 0.08917236, 0.10803223, 0.03717041) * v0_0.z;
        h0_0 += HVEC4(-0.33618164, 0.036895752, 0.018096924, -0.009498596) * v0_0.w;
        h0_1 += HVEC4(-0.10498047, 0.8564453, 0.25195312, 0.04724121) * v0_0.x;
        h0_1 += HVEC4(0.18029785, 0.33544922, 0.035980225, -0.03692627) * v0_0.y;
        h0_1 += HVEC4(-0.015022278, -0.13330078, 0.06311035, 0.06707764) * v0_0.z;
        h0_1 += HVEC4(0.13879395, -0.11828613, -0.003255844, 0.08508301) * v0_0.w;
        h0_2 += HVEC4(0.09838867, -0.5986328, -0.19042969, -0.16333008) * v0_0.x;
        h0_2 += HVEC4(0.04360962, -0.21740723, 0.23815918, 0.28979492) * v0_0.y;
        h0_2 += HVEC4(-0.012634277, 0.06561279, 0.18920898, 0.038330078) * v0_0.z;
        h0_2 += HVEC4(0.05657959, 0.023880005, -0.10107422, -0.13317871) * v0_0.w;
        h0_3 += HVEC4(0.12200928, -0.07940674, -0.18005371, 0.06903076) * v0_0.x;
        h0_3 += HVEC4(0.09423828, -0.25830078, -0.0335083, 0.14709473) * v0_0.y;
        h0_3 += HVEC4(0.013679504, -2.3417969, 0.14489746, -0.15637207) * v0_0.z;
        h0_3 += HVEC4(-0.080444336, 0.25805664, -0.04727173, 0.092163086) * v0_0.w;
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
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.010940552, 0.09942627, -0.038085938, -0.0035076141) * v0_1.x;
        h0_0 += HVEC4(-0.044433594, 0.033081055, 0.05709839, 0.035369873) * v0_1.y;
        h0_0 += HVEC4(0.14196777, -0.41601562, -0.06213379, 0.009346008) * v0_1.z;
        h0_0 += HVEC4(-0.008636475, 0.017288208, 0.015731812, -0.024368286) * v0_1.w;
        h0_1 += HVEC4(0.35351562, 0.16308594, -0.19226074, -0.1161499) * v0_1.x;
        h0_1 += HVEC4(0.04522705, -0.025054932, -0.017654419, 0.117370605) * v0_1.y;
        h0_1 += HVEC4(-0.0345459, -0.15551758, -0.06677246, -0.26757812) * v0_1.z;
        h0_1 += HVEC4(0.02998352, 0.011741638, -0.02130127, -0.037322998) * v0_1.w;
        h0_2 += HVEC4(-0.07507324, -0.18603516, 0.3642578, 0.057861328) * v0_1.x;
        h0_2 += HVEC4(0.11993408, 0.0043640137, -0.028686523, -0.13842773) * v0_1.y;
        h0_2 += HVEC4(0.078552246, -0.01058197, 0.037719727, 0.06008911) * v0_1.z;
        h0_2 += HVEC4(0.064941406, -0.08166504, -0.088134766, 0.118896484) * v0_1.w;
        h0_3 += HVEC4(0.036376953, -0.105773926, -0.14001465, -0.19506836) * v0_1.x;
        h0_3 += HVEC4(0.008476257, 0.027542114, 0.036956787, -0.0014362335) * v0_1.y;
        h0_3 += HVEC4(0.013473511, -0.030639648, 0.028900146, -0.09173584) * v0_1.z;
        h0_3 += HVEC4(-0.03112793, -0.0847168, -0.03491211, 0.004421234) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.09655762, 0.012756348, -0.04837036, 0.06652832) * v0_1.x;
        h0_0 += HVEC4(-0.099731445, 0.49487305, -0.006702423, 0.068847656) * v0_1.y;
        h0_0 += HVEC4(-0.09613037, -0.453125, -0.107910156, -0.029556274) * v0_1.z;
        h0_0 += HVEC4(-0.0050354004, 0.11151123, -0.03543091, -0.08746338) * v0_1.w;
        h0_1 += HVEC4(-0.025650024, -0.08959961, 0.05215454, -0.39648438) * v0_1.x;
        h0_1 += HVEC4(-0.052825928, 0.07739258, 0.15209961, 0.11657715) * v0_1.y;
        h0_1 += HVEC4(-0.30126953, -0.359375, 0.1430664, 0.20288086) * v0_1.z;
        h0_1 += HVEC4(0.20129395, -0.0061836243, 0.033447266, -0.44262695) * v0_1.w;
        h0_2 += HVEC4(-0.013671875, 0.12719727, 0.013626099, -0.032226562) * v0_1.x;
        h0_2 += HVEC4(0.11846924, -0.10089111, -0.015594482, 0.008460999) * v0_1.y;
        h0_2 += HVEC4(-0.3881836, -0.027542114, 0.12524414, 0.08520508) * v0_1.z;
        h0_2 += HVEC4(0.028869629, -0.11279297, -0.07684326, -0.07159424) * v0_1.w;
        h0_3 += HVEC4(0.21716309, 0.07904053, 0.055236816, -0.06890869) * v0_1.x;
        h0_3 += HVEC4(-0.051208496, 0.05770874, 0.0031757355, -0.066711426) * v0_1.y;
        h0_3 += HVEC4(0.020690918, 0.09313965, -0.06439209, -0.15661621) * v0_1.z;
        h0_3 += HVEC4(0.03427124, 0.2788086, 0.023971558, 0.09564209) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.088012695, -0.037506104, -0.029693604, 0.020248413) * v0_1.x;
        h0_0 += HVEC4(-0.03768921, 0.13342285, 0.11187744, 0.057800293) * v0_1.y;
        h0_0 += HVEC4(0.1307373, -0.07678223, 0.02532959, 0.049346924) * v0_1.z;
        h0_0 += HVEC4(0.11816406, -0.00037574768, 0.096069336, 0.03744507) * v0_1.w;
        h0_1 += HVEC4(0.12646484, 0.034576416, 0.004627228, -0.13342285) * v0_1.x;
        h0_1 += HVEC4(0.18725586, -0.3125, -0.21679688, 0.22045898) * v0_1.y;
        h0_1 += HVEC4(-0.1887207, -0.56591797, 0.11730957, -0.4230957) * v0_1.z;
        h0_1 += HVEC4(-0.21960449, -0.1184082, -0.13916016, -0.025100708) * v0_1.w;
        h0_2 += HVEC4(0.023925781, -0.16882324, 0.13916016, -0.07208252) * v0_1.x;
        h0_2 += HVEC4(0.11248779, 0.05014038, -0.071777344, -0.057006836) * v0_1.y;
        h0_2 += HVEC4(-0.053955078, 0.041381836, 0.051727295, 0.097473145) * v0_1.z;
        h0_2 += HVEC4(-0.2043457, -0.08166504, -0.1640625, -0.006298065) * v0_1.w;
        h0_3 += HVEC4(-0.36694336, 0.10369873, -0.012001038, -0.066345215) * v0_1.x;
        h0_3 += HVEC4(-0.17175293, -0.046325684, 0.10583496, -0.006816864) * v0_1.y;
        h0_3 += HVEC4(-0.41748047, -0.054779053, 0.006996155, -0.13500977) * v0_1.z;
        h0_3 += HVEC4(-0.28173828, -0.19421387, -0.008781433, -0.10144043) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.029052734, -0.012245178, 0.07446289, -0.037200928) * v0_1.x;
        h0_0 += HVEC4(-0.16540527, 0.09918213, -0.010520935, 0.032196045) * v0_1.y;
        h0_0 += HVEC4(0.02355957, -0.27197266, -0.0234375, 0.10015869) * v0_1.z;
        h0_0 += HVEC4(0.15429688, 0.055389404, -0.051361084, -0.025390625) * v0_1.w;
        h0_1 += HVEC4(-0.08001709, 0.3330078, -0.07305908, 0.20043945) * v0_1.x;
        h0_1 += HVEC4(-0.050354004, -0.03955078, -0.038848877, 0.07080078) * v0_1.y;
        h0_1 += HVEC4(-0.35473633, 0.16503906, -0.021652222, 0.005947113) * v0_1.z;
        h0_1 += HVEC4(0.115234375, 0.008865356, -0.03643799, -0.09527588) * v0_1.w;
        h0_2 += HVEC4(-0.11193848, -0.33007812, 0.46313477, -0.09362793) * v0_1.x;
        h0_2 += HVEC4(0.036102295, 0.076416016, -0.016998291, -0.16625977) * v0_1.y;
        h0_2 += HVEC4(-0.2175293, -0.07556152, 0.36767578, -0.3100586) * v0_1.z;
        h0_2 += HVEC4(-0.08685303, -0.14953613, 0.07434082, 0.15930176) * v0_1.w;
        h0_3 += HVEC4(0.097351074, -0.46142578, 0.15551758, -0.19970703) * v0_1.x;
        h0_3 += HVEC4(0.0052986145, -0.2401123, 0.017318726, 0.008270264) * v0_1.y;
        h0_3 += HVEC4(-0.0014333725, -0.5888672, 0.05355835, -0.015075684) * v0_1.z;
        h0_3 += HVEC4(0.042144775, 0.42749023, -0.01512146, -0.0026893616) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.18481445, 0.22375488, -0.026168823, -0.13269043) * v0_1.x;
        h0_0 += HVEC4(-0.027267456, 0.061279297, -0.01689148, 0.035888672) * v0_1.y;
        h0_0 += HVEC4(0.26245117, 0.19250488, 0.734375, 0.3088379) * v0_1.z;
        h0_0 += HVEC4(0.038269043, -0.41674805, 0.02658081, 0.05606079) * v0_1.w;
        h0_1 += HVEC4(0.15698242, 0.0690918, 0.1619873, -0.55566406) * v0_1.x;
        h0_1 += HVEC4(0.0993042, -0.0027065277, -0.20373535, 0.14892578) * v0_1.y;
        h0_1 += HVEC4(-0.3713379, -0.29077148, 0.3479004, -0.06616211) * v0_1.z;
        h0_1 += HVEC4(-0.119018555, 0.021484375, -0.033966064, 0.22827148) * v0_1.w;
        h0_2 += HVEC4(0.15283203, -0.2529297, -0.16186523, 0.2536621) * v0_1.x;
        h0_2 += HVEC4(0.56347656, 0.0077438354, -0.52685547, -0.79785156) * v0_1.y;
        h0_2 += HVEC4(-0.075927734, 0.3791504, 0.18737793, 0.09967041) * v0_1.z;
        h0_2 += HVEC4(-0.16821289, -0.054016113, 0.42797852, 0.55029297) * v0_1.w;
        h0_3 += HVEC4(0.54052734, 0.28857422, 0.20202637, -0.25952148) * v0_1.x;
        h0_3 += HVEC4(-0.013900757, 0.27172852, 0.04736328, 0.06695557) * v0_1.y;
        h0_3 += HVEC4(-0.09265137, -0.77001953, -0.30151367, -0.042816162) * v0_1.z;
        h0_3 += HVEC4(0.09777832, 0.4050293, -0.03286743, 0.08166504) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.2944336, -0.028839111, -0.080566406, -0.0836792) * v0_1.x;
        h0_0 += HVEC4(-0.6411133, 0.012176514, 0.062683105, -0.02609253) * v0_1.y;
        h0_0 += HVEC4(0.41333008, -0.064941406, -0.044189453, -0.074523926) * v0_1.z;
        h0_0 += HVEC4(0.4050293, -0.3371582, -0.07989502, -0.010795593) * v0_1.w;
        h0_1 += HVEC4(-0.16723633, -0.08190918, -0.024932861, 0.44580078) * v0_1.x;
        h0_1 += HVEC4(-0.03994751, 0.12512207, 0.10864258, 0.8305664) * v0_1.y;
        h0_1 += HVEC4(-0.10089111, 0.014343262, -0.19616699, -0.63134766) * v0_1.z;
        h0_1 += HVEC4(0.070617676, -0.40283203, -0.3864746, -0.075927734) * v0_1.w;
        h0_2 += HVEC4(-0.059051514, 0.034423828, -0.14001465, 0.070617676) * v0_1.x;
        h0_2 += HVEC4(0.09893799, 0.056243896, 0.33789062, -0.3161621) * v0_1.y;
        h0_2 += HVEC4(-0.18139648, 0.15026855, -0.1418457, -0.037261963) * v0_1.z;
        h0_2 += HVEC4(0.35742188, 0.09979248, -2.4101562, 0.27392578) * v0_1.w;
        h0_3 += HVEC4(-0.06036377, -0.11755371, 0.05102539, 0.054779053) * v0_1.x;
        h0_3 += HVEC4(-0.003604889, -0.09436035, -0.016571045, 0.022369385) * v0_1.y;
        h0_3 += HVEC4(-0.039093018, -0.8803711, 0.029144287, -0.18566895) * v0_1.z;
        h0_3 += HVEC4(-0.07897949, -1.0185547, -0.037261963, -0.20507812) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.09039307, -0.012504578, 0.070739746, -0.011802673) * v0_1.x;
        h0_0 += HVEC4(-0.04083252, 0.016525269, 0.008415222, -0.038970947) * v0_1.y;
        h0_0 += HVEC4(-0.02583313, 0.010658264, 0.025650024, 0.052612305) * v0_1.z;
        h0_0 += HVEC4(-0.057922363, -0.13391113, 0.052124023, 0.04449463) * v0_1.w;
        h0_1 += HVEC4(0.12817383, 0.037322998, -0.12322998, 0.111816406) * v0_1.x;
        h0_1 += HVEC4(-0.019134521, -0.007987976, -0.00025510788, 0.06097412) * v0_1.y;
        h0_1 += HVEC4(-0.040283203, 0.08258057, 0.046722412, -0.040496826) * v0_1.z;
        h0_1 += HVEC4(0.058685303, 0.0009784698, 0.0019359589, -0.08508301) * v0_1.w;
        h0_2 += HVEC4(0.12512207, -0.10803223, 0.007232666, -0.17700195) * v0_1.x;
        h0_2 += HVEC4(0.1340332, -0.023910522, -0.0769043, -0.20837402) * v0_1.y;
        h0_2 += HVEC4(-0.14990234, -0.019592285, -0.20654297, -0.09063721) * v0_1.z;
        h0_2 += HVEC4(0.053253174, -0.0059776306, 0.03161621, 0.026245117) * v0_1.w;
        h0_3 += HVEC4(-0.049865723, 0.49804688, 0.008163452, -0.14746094) * v0_1.x;
        h0_3 += HVEC4(0.012825012, -0.39526367, -0.009963989, 0.01210022) * v0_1.y;
        h0_3 += HVEC4(0.014801025, 0.107910156, 0.05618286, 0.0026493073) * v0_1.z;
        h0_3 += HVEC4(0.009063721, -0.3203125, 0.094055176, 0.066223145) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.11682129, -0.027175903, 0.18066406, 0.10223389) * v0_1.x;
        h0_0 += HVEC4(-0.019882202, -0.007843018, -0.04525757, -0.010437012) * v0_1.y;
        h0_0 += HVEC4(0.20031738, -0.02407837, -0.04373169, 0.008865356) * v0_1.z;
        h0_0 += HVEC4(-0.060943604, -0.01637268, 0.08862305, 0.010551453) * v0_1.w;
        h0_1 += HVEC4(-0.03253174, 0.03201294, 0.13208008, 0.2849121) * v0_1.x;
        h0_1 += HVEC4(0.016021729, -0.119140625, -0.008163452, 0.31445312) * v0_1.y;
        h0_1 += HVEC4(0.024383545, 0.04257202, -0.020217896, -0.3088379) * v0_1.z;
        h0_1 += HVEC4(0.026489258, 0.048828125, 0.020004272, -0.14318848) * v0_1.w;
        h0_2 += HVEC4(0.040802002, 0.12939453, 0.35546875, -0.07385254) * v0_1.x;
        h0_2 += HVEC4(0.045898438, 0.049926758, 0.12683105, -0.61083984) * v0_1.y;
        h0_2 += HVEC4(-0.019683838, 0.1161499, -1.4111328, 0.24975586) * v0_1.z;
        h0_2 += HVEC4(-0.18041992, -0.15429688, -0.20361328, 0.28149414) * v0_1.w;
        h0_3 += HVEC4(0.22375488, -1.0478516, 0.01777649, 0.12805176) * v0_1.x;
        h0_3 += HVEC4(-0.024414062, -0.86035156, 0.073791504, -0.026382446) * v0_1.y;
        h0_3 += HVEC4(0.028915405, 0.3359375, -0.051757812, -0.04385376) * v0_1.z;
        h0_3 += HVEC4(-0.018920898, -1.7734375, 0.09667969, 0.062408447) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.25170898, 0.061553955, 0.022064209, 0.06286621) * v0_1.x;
        h0_0 += HVEC4(-0.09527588, 0.09552002, -0.03866577, -0.019500732) * v0_1.y;
        h0_0 += HVEC4(0.0113220215, -0.12756348, -0.031951904, 0.006477356) * v0_1.z;
        h0_0 += HVEC4(0.095581055, -0.05996704, -0.0031108856, 0.027755737) * v0_1.w;
        h0_1 += HVEC4(-0.032440186, 0.08502197, 0.11621094, -0.21582031) * v0_1.x;
        h0_1 += HVEC4(0.11151123, -0.30297852, -0.078125, 0.3515625) * v0_1.y;
        h0_1 += HVEC4(-0.10394287, 0.12207031, -0.024963379, -0.23461914) * v0_1.z;
        h0_1 += HVEC4(0.00217247, -0.11645508, -0.020126343, -0.3564453) * v0_1.w;
        h0_2 += HVEC4(0.023010254, 0.10839844, -0.05407715, -0.016693115) * v0_1.x;
        h0_2 += HVEC4(0.16003418, -0.066223145, -2.0820312, -0.31689453) * v0_1.y;
        h0_2 += HVEC4(-0.06719971, 0.03366089, 0.17260742, -0.05908203) * v0_1.z;
        h0_2 += HVEC4(-0.12890625, -0.10797119, 0.123291016, 0.29614258) * v0_1.w;
        h0_3 += HVEC4(0.098083496, -0.06088257, -0.07421875, 0.004711151) * v0_1.x;
        h0_3 += HVEC4(-0.062469482, 0.21960449, -0.048797607, 0.046966553) * v0_1.y;
        h0_3 += HVEC4(0.03250122, -1.6298828, -0.0036678314, -0.03753662) * v0_1.z;
        h0_3 += HVEC4(-0.039489746, -2.1660156, 0.075683594, 0.079956055) * v0_1.w;
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
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.07281494, 0.08746338, 0.040161133, 0.07800293) * v0_2.x;
        h0_0 += HVEC4(-0.1307373, -0.04119873, 0.15429688, -0.087768555) * v0_2.y;
        h0_0 += HVEC4(-0.03363037, -0.034179688, -0.013801575, -0.00023782253) * v0_2.z;
        h0_0 += HVEC4(0.02279663, -0.11608887, -0.01071167, 0.024215698) * v0_2.w;
        h0_1 += HVEC4(-0.13342285, -0.050598145, 0.09539795, -0.086242676) * v0_2.x;
        h0_1 += HVEC4(0.18395996, -0.2841797, -0.055633545, 0.3581543) * v0_2.y;
        h0_1 += HVEC4(-0.028137207, -0.0003323555, 0.04812622, -0.050750732) * v0_2.z;
        h0_1 += HVEC4(0.06427002, 0.053253174, 0.013938904, -0.0670166) * v0_2.w;
        h0_2 += HVEC4(0.15234375, -0.093688965, -0.019851685, 0.12963867) * v0_2.x;
        h0_2 += HVEC4(-0.012718201, 0.113708496, 0.18371582, -0.0037994385) * v0_2.y;
        h0_2 += HVEC4(0.03253174, 0.1328125, 0.09387207, -0.10668945) * v0_2.z;
        h0_2 += HVEC4(-0.015037537, 0.024597168, 0.053253174, 0.059448242) * v0_2.w;
        h0_3 += HVEC4(-0.06335449, -0.04534912, 0.06335449, 0.047576904) * v0_2.x;
        h0_3 += HVEC4(0.016601562, -0.04284668, 0.029678345, 0.086364746) * v0_2.y;
        h0_3 += HVEC4(0.03729248, 0.0099487305, -0.007335663, -0.060058594) * v0_2.z;
        h0_3 += HVEC4(0.016159058, -0.0008883476, -0.0032024384, -0.034698486) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.11627197, -0.22973633, 0.0010251999, 0.044921875) * v0_2.x;
        h0_0 += HVEC4(-0.27685547, 0.28833008, -0.14892578, -0.14282227) * v0_2.y;
        h0_0 += HVEC4(-0.0029621124, -0.10479736, 0.0038547516, 0.023712158) * v0_2.z;
        h0_0 += HVEC4(0.02368164, -0.12023926, 0.02482605, -0.0028419495) * v0_2.w;
        h0_1 += HVEC4(-0.4880371, -0.40771484, 0.24841309, 0.113342285) * v0_2.x;
        h0_1 += HVEC4(-0.22595215, 0.47827148, 0.035980225, 0.36694336) * v0_2.y;
        h0_1 += HVEC4(0.02659607, 0.078308105, 0.053619385, -0.008300781) * v0_2.z;
        h0_1 += HVEC4(-0.07879639, -0.0826416, 0.0023384094, 0.002500534) * v0_2.w;
        h0_2 += HVEC4(0.2208252, 0.21435547, 0.066223145, 0.020507812) * v0_2.x;
        h0_2 += HVEC4(0.11004639, 0.04598999, 0.117614746, 0.08154297) * v0_2.y;
        h0_2 += HVEC4(0.056640625, 0.11987305, 0.25634766, -0.07305908) * v0_2.z;
        h0_2 += HVEC4(-0.08666992, 0.030593872, -0.010040283, 0.049713135) * v0_2.w;
        h0_3 += HVEC4(-0.24719238, 0.09020996, -0.03768921, 0.07019043) * v0_2.x;
        h0_3 += HVEC4(-0.054473877, 0.11846924, -0.025878906, 0.16931152) * v0_2.y;
        h0_3 += HVEC4(0.036102295, -0.020111084, 0.019729614, -0.16796875) * v0_2.z;
        h0_3 += HVEC4(0.00076055527, -0.0012140274, -0.002462387, 0.015914917) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.02999878, 0.23754883, -0.06304932, -0.02520752) * v0_2.x;
        h0_0 += HVEC4(-0.020355225, 0.012886047, 0.010421753, -0.03475952) * v0_2.y;
        h0_0 += HVEC4(0.0075950623, -0.057739258, 0.040649414, 0.045959473) * v0_2.z;
        h0_0 += HVEC4(0.05718994, -0.16638184, -0.009269714, 0.027023315) * v0_2.w;
        h0_1 += HVEC4(-0.051086426, -0.003967285, 0.021652222, 0.2211914) * v0_2.x;
        h0_1 += HVEC4(0.060943604, -0.1307373, 0.0041389465, 0.24487305) * v0_2.y;
        h0_1 += HVEC4(0.13244629, 0.26220703, 0.08190918, 0.08831787) * v0_2.z;
        h0_1 += HVEC4(0.0074043274, -0.10760498, -0.01889038, -0.06524658) * v0_2.w;
        h0_2 += HVEC4(-0.22570801, 0.10974121, 0.022323608, 0.094177246) * v0_2.x;
        h0_2 += HVEC4(0.11071777, 0.12005615, -0.09057617, -0.008583069) * v0_2.y;
        h0_2 += HVEC4(-0.1015625, 0.17358398, 0.19580078, -0.105651855) * v0_2.z;
        h0_2 += HVEC4(0.03289795, 0.013542175, 0.0029506683, 0.09655762) * v0_2.w;
        h0_3 += HVEC4(-0.07373047, -0.034118652, -0.04055786, -0.057037354) * v0_2.x;
        h0_3 += HVEC4(0.024749756, -0.048034668, 0.03363037, -0.020141602) * v0_2.y;
        h0_3 += HVEC4(0.109069824, 0.015586853, 0.059906006, -0.03567505) * v0_2.z;
        h0_3 += HVEC4(-0.0056991577, 0.045074463, -0.012924194, -0.006298065) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.035369873, 0.25732422, 0.061950684, 0.051696777) * v0_2.x;
        h0_0 += HVEC4(0.15319824, 0.09637451, -0.14416504, 0.63623047) * v0_2.y;
        h0_0 += HVEC4(-0.016418457, 0.009811401, 0.010543823, -0.0026454926) * v0_2.z;
        h0_0 += HVEC4(0.06185913, -0.19665527, -0.026733398, 0.045135498) * v0_2.w;
        h0_1 += HVEC4(0.15490723, -0.19006348, 0.040740967, -0.11682129) * v0_2.x;
        h0_1 += HVEC4(0.097473145, 0.43481445, 0.3010254, -0.13232422) * v0_2.y;
        h0_1 += HVEC4(-0.11853027, 0.08062744, 0.05014038, 0.060455322) * v0_2.z;
        h0_1 += HVEC4(-0.0770874, 0.017105103, 0.09802246, -0.107299805) * v0_2.w;
        h0_2 += HVEC4(0.06451416, -0.006855011, -0.112854004, -0.084472656) * v0_2.x;
        h0_2 += HVEC4(-0.2043457, -0.23095703, 0.38720703, 0.035247803) * v0_2.y;
        h0_2 += HVEC4(-0.021514893, 0.090270996, 0.06982422, -0.12451172) * v0_2.z;
        h0_2 += HVEC4(-0.17333984, 0.08404541, 0.042938232, 0.10961914) * v0_2.w;
        h0_3 += HVEC4(0.06365967, 0.2866211, 0.03982544, 0.099365234) * v0_2.x;
        h0_3 += HVEC4(-0.13513184, 0.06555176, 0.11828613, 0.05307007) * v0_2.y;
        h0_3 += HVEC4(-0.0317688, 0.010345459, -0.009887695, -0.03741455) * v0_2.z;
        h0_3 += HVEC4(-0.007156372, 0.0012788773, 0.005004883, -0.051818848) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.5439453, -0.24743652, 0.19677734, 0.07385254) * v0_2.x;
        h0_0 += HVEC4(0.17675781, -0.34106445, 0.20019531, 0.18811035) * v0_2.y;
        h0_0 += HVEC4(-0.107421875, 0.16540527, -0.035491943, -0.013786316) * v0_2.z;
        h0_0 += HVEC4(0.06713867, -0.3112793, 0.013290405, 0.045288086) * v0_2.w;
        h0_1 += HVEC4(0.41845703, 0.7055664, -0.10491943, -0.44702148) * v0_2.x;
        h0_1 += HVEC4(0.002336502, -0.90771484, 0.16418457, -0.94921875) * v0_2.y;
        h0_1 += HVEC4(0.07122803, -0.0009775162, 0.080566406, 0.03704834) * v0_2.z;
        h0_1 += HVEC4(-0.049957275, 0.12432861, -0.11193848, -0.18286133) * v0_2.w;
        h0_2 += HVEC4(-0.05758667, 0.140625, -0.11437988, -0.21899414) * v0_2.x;
        h0_2 += HVEC4(-0.03756714, -0.044281006, 0.04348755, -0.12646484) * v0_2.y;
        h0_2 += HVEC4(-0.067993164, 0.1303711, 0.12145996, -0.08703613) * v0_2.z;
        h0_2 += HVEC4(-0.43920898, 0.13659668, 0.09112549, 0.022155762) * v0_2.w;
        h0_3 += HVEC4(0.2902832, 0.31591797, 0.31176758, 0.13598633) * v0_2.x;
        h0_3 += HVEC4(0.2376709, 0.24804688, 0.14343262, -0.026260376) * v0_2.y;
        h0_3 += HVEC4(-0.038757324, -0.09008789, -0.05871582, -0.07171631) * v0_2.z;
        h0_3 += HVEC4(-0.019454956, -0.044158936, 0.05114746, -0.011581421) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.50439453, -0.014701843, -0.038024902, 0.029052734) * v0_2.x;
        h0_0 += HVEC4(0.047088623, -0.017852783, -0.024795532, 0.031433105) * v0_2.y;
        h0_0 += HVEC4(0.027267456, 0.22265625, 0.061553955, 0.034851074) * v0_2.z;
        h0_0 += HVEC4(0.19995117, -0.2644043, -0.016189575, -0.00057315826) * v0_2.w;
        h0_1 += HVEC4(0.06726074, 0.3076172, -0.014404297, 0.13366699) * v0_2.x;
        h0_1 += HVEC4(0.028335571, 0.05154419, -0.12915039, -0.33422852) * v0_2.y;
        h0_1 += HVEC4(-0.09313965, 0.31713867, 0.24365234, 0.23791504) * v0_2.z;
        h0_1 += HVEC4(-0.19470215, -0.029403687, 0.006690979, -0.42333984) * v0_2.w;
        h0_2 += HVEC4(0.054992676, -0.04486084, -0.19238281, -0.0287323) * v0_2.x;
        h0_2 += HVEC4(-0.068237305, -0.047790527, -0.032348633, -0.06628418) * v0_2.y;
        h0_2 += HVEC4(-0.081970215, 0.12322998, 0.33740234, -0.15185547) * v0_2.z;
        h0_2 += HVEC4(-0.23815918, 0.22290039, 0.092041016, 0.062072754) * v0_2.w;
        h0_3 += HVEC4(0.20568848, 0.25610352, 0.04522705, -0.091796875) * v0_2.x;
        h0_3 += HVEC4(-0.010421753, 0.0064735413, -0.0032291412, -0.02230835) * v0_2.y;
        h0_3 += HVEC4(0.06768799, -0.02482605, 0.088256836, 0.022644043) * v0_2.z;
        h0_3 += HVEC4(0.027908325, 0.017044067, -0.052825928, 0.0056915283) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.043426514, 0.1541748, -0.11352539, 0.037597656) * v0_2.x;
        h0_0 += HVEC4(0.11993408, 0.013000488, 0.2668457, 0.1361084) * v0_2.y;
        h0_0 += HVEC4(0.03567505, 0.13830566, 0.024505615, -0.005756378) * v0_2.z;
        h0_0 += HVEC4(0.082336426, -0.05758667, 0.08972168, 0.07513428) * v0_2.w;
        h0_1 += HVEC4(0.064086914, -0.13378906, 0.07647705, -0.09863281) * v0_2.x;
        h0_1 += HVEC4(-0.019821167, 0.15612793, 0.12988281, 0.61328125) * v0_2.y;
        h0_1 += HVEC4(-0.030151367, 0.13623047, 0.024307251, 0.23901367) * v0_2.z;
        h0_1 += HVEC4(-0.09082031, 0.18725586, 0.070251465, -0.14038086) * v0_2.w;
        h0_2 += HVEC4(0.1809082, -0.036224365, 0.111572266, -0.06185913) * v0_2.x;
        h0_2 += HVEC4(-0.07989502, 0.08129883, 0.3466797, -0.016845703) * v0_2.y;
        h0_2 += HVEC4(-0.17285156, 0.007507324, 0.07525635, -0.017532349) * v0_2.z;
        h0_2 += HVEC4(-0.18310547, 0.11175537, -0.017578125, 0.025665283) * v0_2.w;
        h0_3 += HVEC4(0.051849365, 0.011955261, -0.05822754, -0.05218506) * v0_2.x;
        h0_3 += HVEC4(-0.09240723, -0.0043907166, -0.08721924, 0.0049934387) * v0_2.y;
        h0_3 += HVEC4(-0.0028266907, 0.23913574, -0.0055999756, -0.036346436) * v0_2.z;
        h0_3 += HVEC4(-0.03955078, -0.069885254, 0.079956055, -0.0017728806) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.13293457, -0.12512207, 0.062469482, 0.0053977966) * v0_2.x;
        h0_0 += HVEC4(-0.09515381, -0.1694336, 0.029266357, -0.064575195) * v0_2.y;
        h0_0 += HVEC4(0.1619873, 0.13671875, -0.043273926, -0.017196655) * v0_2.z;
        h0_0 += HVEC4(0.07086182, -0.19824219, 0.24841309, 0.10418701) * v0_2.w;
        h0_1 += HVEC4(0.007194519, 0.06994629, -0.04046631, 0.43530273) * v0_2.x;
        h0_1 += HVEC4(0.16357422, 0.32958984, 0.01033783, -0.06713867) * v0_2.y;
        h0_1 += HVEC4(-0.072143555, 0.203125, -0.014183044, 0.040252686) * v0_2.z;
        h0_1 += HVEC4(-0.09893799, 0.12841797, 0.103759766, -0.1439209) * v0_2.w;
        h0_2 += HVEC4(-0.09674072, 0.15356445, 0.27783203, -0.37719727) * v0_2.x;
        h0_2 += HVEC4(-0.26245117, 0.058685303, -0.40307617, -0.13439941) * v0_2.y;
        h0_2 += HVEC4(0.022979736, 0.08886719, 0.08319092, -0.07470703) * v0_2.z;
        h0_2 += HVEC4(-0.52734375, 0.18273926, 0.13574219, 0.04711914) * v0_2.w;
        h0_3 += HVEC4(0.02218628, -0.49438477, -0.041625977, 0.117614746) * v0_2.x;
        h0_3 += HVEC4(0.030960083, -0.5800781, -0.014915466, 0.10095215) * v0_2.y;
        h0_3 += HVEC4(0.058929443, 0.048583984, -0.08105469, -0.10845947) * v0_2.z;
        h0_3 += HVEC4(-0.05303955, -0.5439453, 0.24243164, -0.093688965) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.39501953, -0.027801514, -0.008415222, 0.032806396) * v0_2.x;
        h0_0 += HVEC4(-0.01109314, 0.009132385, 0.061584473, -0.013702393) * v0_2.y;
        h0_0 += HVEC4(-0.07946777, 0.031951904, 0.031143188, -0.009254456) * v0_2.z;
        h0_0 += HVEC4(0.51953125, -0.0657959, 0.036956787, 0.03967285) * v0_2.w;
        h0_1 += HVEC4(-0.07519531, 0.09069824, -0.01235199, -0.19506836) * v0_2.x;
        h0_1 += HVEC4(0.016860962, 0.06384277, 0.0335083, 0.0413208) * v0_2.y;
        h0_1 += HVEC4(0.07147217, 0.3166504, 0.077941895, 0.11114502) * v0_2.z;
        h0_1 += HVEC4(-0.22802734, 0.13903809, -0.16210938, -0.4885254) * v0_2.w;
        h0_2 += HVEC4(-0.060913086, -0.02281189, -0.026473999, 0.05239868) * v0_2.x;
        h0_2 += HVEC4(0.026931763, -0.046295166, 0.20825195, 0.09075928) * v0_2.y;
        h0_2 += HVEC4(0.10308838, 0.23754883, -0.109191895, -0.097839355) * v0_2.z;
        h0_2 += HVEC4(-0.3857422, 0.12231445, 0.006439209, 0.067993164) * v0_2.w;
        h0_3 += HVEC4(0.055114746, -0.41357422, 0.08074951, -0.036712646) * v0_2.x;
        h0_3 += HVEC4(0.05831909, 0.07086182, 0.022003174, 0.024459839) * v0_2.y;
        h0_3 += HVEC4(0.11279297, 0.80810547, -0.05038452, -0.14538574) * v0_2.z;
        h0_3 += HVEC4(-0.07141113, -0.84472656, 0.034851074, -0.13720703) * v0_2.w;
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
        h0_0 += HVEC4(-0.02822876, -0.15808105, 0.0029354095, 0.048980713) * v0_3.x;
        h0_0 += HVEC4(0.0026454926, 0.31933594, -0.11602783, -0.012214661) * v0_3.y;
        h0_0 += HVEC4(-0.0011425018, 0.0015907288, 0.06726074, -0.00983429) * v0_3.z;
        h0_0 += HVEC4(0.12109375, -0.17333984, 0.029525757, 0.02671814) * v0_3.w;
        h0_1 += HVEC4(0.035461426, 0.058502197, -0.00819397, 0.08520508) * v0_3.x;
        h0_1 += HVEC4(0.0013780594, 0.014831543, 0.0713501, -0.107910156) * v0_3.y;
        h0_1 += HVEC4(0.11669922, 0.18798828, -0.007434845, 0.019927979) * v0_3.z;
        h0_1 += HVEC4(0.011680603, 0.051879883, 0.029586792, -1.21593475e-05) * v0_3.w;
        h0_2 += HVEC4(-0.070617676, -0.1776123, 0.11029053, 0.09338379) * v0_3.x;
        h0_2 += HVEC4(-0.23693848, -0.06390381, -0.042785645, 0.2783203) * v0_3.y;
        h0_2 += HVEC4(0.069885254, -0.0070381165, 0.12445068, -0.09613037) * v0_3.z;
        h0_2 += HVEC4(0.0118637085, 0.0131073, -0.04437256, 0.019256592) * v0_3.w;
        h0_3 += HVEC4(0.10144043, -0.014831543, 0.0082092285, -0.020645142) * v0_3.x;
        h0_3 += HVEC4(-0.01663208, 0.035705566, 0.064941406, -0.11248779) * v0_3.y;
        h0_3 += HVEC4(0.07330322, 0.0001320839, 0.068603516, 0.0033931732) * v0_3.z;
        h0_3 += HVEC4(0.00010770559, 0.036956787, 0.028366089, 0.019699097) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.047332764, -0.15283203, 0.047210693, 0.07232666) * v0_3.x;
        h0_0 += HVEC4(0.30541992, -0.20300293, 0.15783691, -0.06121826) * v0_3.y;
        h0_0 += HVEC4(-0.117370605, 0.27612305, -0.04324341, -0.018676758) * v0_3.z;
        h0_0 += HVEC4(0.115356445, -0.05908203, -0.12084961, -0.0012550354) * v0_3.w;
        h0_1 += HVEC4(0.036895752, -0.5839844, -0.011177063, -0.11694336) * v0_3.x;
        h0_1 += HVEC4(-0.22485352, 0.30126953, -0.23498535, -0.1739502) * v0_3.y;
        h0_1 += HVEC4(0.08691406, -0.028366089, 0.052764893, 0.066345215) * v0_3.z;
        h0_1 += HVEC4(-0.0013065338, -0.024963379, -0.09967041, -0.27148438) * v0_3.w;
        h0_2 += HVEC4(-0.078186035, -0.078186035, -0.14892578, 0.017440796) * v0_3.x;
        h0_2 += HVEC4(0.10559082, 0.019454956, -0.055419922, 0.014694214) * v0_3.y;
        h0_2 += HVEC4(0.1763916, -0.119140625, 0.072143555, -0.17749023) * v0_3.z;
        h0_2 += HVEC4(0.040893555, -0.034179688, -0.36743164, -0.0020179749) * v0_3.w;
        h0_3 += HVEC4(-0.11212158, -0.113464355, 0.038085938, -0.02859497) * v0_3.x;
        h0_3 += HVEC4(0.23413086, 0.1809082, 0.10998535, 0.061767578) * v0_3.y;
        h0_3 += HVEC4(0.08795166, -0.00070762634, -0.004081726, -0.036895752) * v0_3.z;
        h0_3 += HVEC4(-0.04638672, 0.08203125, -0.025299072, 0.02458191) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.042755127, -0.0013332367, -0.00053215027, 0.0030403137) * v0_3.x;
        h0_0 += HVEC4(-0.18981934, -0.25, -0.16711426, -0.06756592) * v0_3.y;
        h0_0 += HVEC4(-0.12841797, 0.07550049, 0.024917603, 0.008911133) * v0_3.z;
        h0_0 += HVEC4(0.15771484, -0.023239136, 0.04953003, -0.0016784668) * v0_3.w;
        h0_1 += HVEC4(0.019699097, 0.026107788, -0.026687622, -0.14697266) * v0_3.x;
        h0_1 += HVEC4(-0.032562256, -0.27978516, 0.19030762, 0.17834473) * v0_3.y;
        h0_1 += HVEC4(-0.007873535, -0.07446289, -0.013145447, 0.34399414) * v0_3.z;
        h0_1 += HVEC4(0.19299316, -0.5527344, -0.1239624, -0.06677246) * v0_3.w;
        h0_2 += HVEC4(-0.01763916, -0.023483276, 0.07305908, 0.01146698) * v0_3.x;
        h0_2 += HVEC4(0.014503479, -0.31884766, 0.15148926, -0.068115234) * v0_3.y;
        h0_2 += HVEC4(0.11242676, -0.045440674, -0.051727295, -0.1418457) * v0_3.z;
        h0_2 += HVEC4(0.050628662, -0.07543945, 0.0049858093, -0.047698975) * v0_3.w;
        h0_3 += HVEC4(0.07763672, 0.025543213, -0.010650635, 0.014915466) * v0_3.x;
        h0_3 += HVEC4(-0.010986328, -0.035614014, -0.0052719116, 0.08654785) * v0_3.y;
        h0_3 += HVEC4(0.06311035, 0.06561279, 0.044433594, 0.013412476) * v0_3.z;
        h0_3 += HVEC4(-0.02645874, -0.01222229, -0.012710571, -0.01398468) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.05328369, -0.2614746, 0.25, -0.4074707) * v0_3.x;
        h0_0 += HVEC4(0.15246582, 0.15515137, -0.009063721, -0.024551392) * v0_3.y;
        h0_0 += HVEC4(-0.32495117, 0.057006836, -0.020996094, 0.011604309) * v0_3.z;
        h0_0 += HVEC4(-0.0317688, -0.20947266, -0.025009155, -0.050109863) * v0_3.w;
        h0_1 += HVEC4(0.0066070557, -0.07171631, 0.024124146, 0.2758789) * v0_3.x;
        h0_1 += HVEC4(-0.03878784, -0.11730957, 0.002128601, 0.0748291) * v0_3.y;
        h0_1 += HVEC4(-0.02204895, -0.025497437, 0.048553467, 0.09802246) * v0_3.z;
        h0_1 += HVEC4(0.045684814, 0.051696777, -0.028289795, -0.031341553) * v0_3.w;
        h0_2 += HVEC4(0.18554688, -0.3461914, 0.14086914, 0.11853027) * v0_3.x;
        h0_2 += HVEC4(0.030044556, 0.14990234, -0.20092773, 0.00047826767) * v0_3.y;
        h0_2 += HVEC4(0.09893799, 0.009635925, 0.029846191, -0.21411133) * v0_3.z;
        h0_2 += HVEC4(0.04574585, 0.010345459, 0.07141113, -0.011413574) * v0_3.w;
        h0_3 += HVEC4(-0.16577148, -0.13378906, 0.26489258, -0.15576172) * v0_3.x;
        h0_3 += HVEC4(-0.05947876, -0.11071777, -0.11956787, 0.026885986) * v0_3.y;
        h0_3 += HVEC4(0.0088272095, -0.088378906, -0.0070610046, 0.04360962) * v0_3.z;
        h0_3 += HVEC4(0.016586304, 0.029281616, 0.031982422, 0.09234619) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.11645508, 0.34228516, 0.03805542, -0.020370483) * v0_3.x;
        h0_0 += HVEC4(-0.024887085, -0.11975098, 0.1973877, -0.039916992) * v0_3.y;
        h0_0 += HVEC4(-0.23327637, -0.023040771, 0.039794922, 0.08569336) * v0_3.z;
        h0_0 += HVEC4(-0.3479004, -0.06536865, 0.097961426, 0.43554688) * v0_3.w;
        h0_1 += HVEC4(0.1262207, -0.40820312, 0.6069336, 0.009162903) * v0_3.x;
        h0_1 += HVEC4(-0.0022468567, -0.15576172, 0.09442139, -0.096191406) * v0_3.y;
        h0_1 += HVEC4(0.07922363, 0.24829102, 0.004737854, 0.05215454) * v0_3.z;
        h0_1 += HVEC4(-0.21228027, -0.33520508, 0.52441406, 0.087524414) * v0_3.w;
        h0_2 += HVEC4(0.13195801, 0.18249512, -0.09576416, 0.15161133) * v0_3.x;
        h0_2 += HVEC4(0.05847168, 0.054016113, -1.2773438, 0.111450195) * v0_3.y;
        h0_2 += HVEC4(0.18115234, -0.27734375, -0.025939941, -0.1015625) * v0_3.z;
        h0_2 += HVEC4(0.093688965, 0.0836792, -0.37353516, 0.1274414) * v0_3.w;
        h0_3 += HVEC4(0.051208496, 0.12512207, -0.037841797, 0.44140625) * v0_3.x;
        h0_3 += HVEC4(-0.047546387, 0.3293457, -0.016677856, -0.3059082) * v0_3.y;
        h0_3 += HVEC4(-0.07318115, 0.021118164, 0.009353638, 0.24658203) * v0_3.z;
        h0_3 += HVEC4(-0.07702637, -0.20996094, 0.004547119, 0.42626953) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.1895752, 0.052459717, -0.0055999756, 0.0027484894) * v0_3.x;
        h0_0 += HVEC4(-0.04257202, -0.072631836, -0.015792847, 0.011100769) * v0_3.y;
        h0_0 += HVEC4(-0.20605469, 0.16418457, 0.04916382, 0.04272461) * v0_3.z;
        h0_0 += HVEC4(-0.15844727, 0.21826172, -0.113586426, -0.034851074) * v0_3.w;
        h0_1 += HVEC4(0.025299072, -0.2241211, 0.004257202, -0.34765625) * v0_3.x;
        h0_1 += HVEC4(0.08862305, -0.2722168, -0.10437012, 0.17578125) * v0_3.y;
        h0_1 += HVEC4(0.064697266, 0.17102051, 0.062408447, 0.27490234) * v0_3.z;
        h0_1 += HVEC4(0.080322266, -0.4177246, -0.075683594, -0.38476562) * v0_3.w;
        h0_2 += HVEC4(-0.019958496, -0.0008921623, 0.07513428, 0.064819336) * v0_3.x;
        h0_2 += HVEC4(-0.17211914, -0.37524414, -0.011657715, -0.012069702) * v0_3.y;
        h0_2 += HVEC4(0.023468018, -0.009468079, 0.08300781, -0.028137207) * v0_3.z;
        h0_2 += HVEC4(0.050201416, -0.44458008, 0.07397461, 0.18676758) * v0_3.w;
        h0_3 += HVEC4(-0.101623535, -0.025238037, 0.02281189, 0.045562744) * v0_3.x;
        h0_3 += HVEC4(-0.17492676, -0.17529297, -0.02154541, -0.2265625) * v0_3.y;
        h0_3 += HVEC4(0.21166992, 0.08093262, 0.05633545, 0.040161133) * v0_3.z;
        h0_3 += HVEC4(-0.46801758, 0.061798096, 0.11053467, -0.19348145) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.06317139, 0.27416992, 0.04537964, -0.10284424) * v0_3.x;
        h0_0 += HVEC4(0.006839752, 0.24645996, -0.088012695, 0.008918762) * v0_3.y;
        h0_0 += HVEC4(-0.10284424, 0.018814087, 0.111328125, 0.007534027) * v0_3.z;
        h0_0 += HVEC4(-0.10760498, -0.13012695, 0.04421997, 0.03527832) * v0_3.w;
        h0_1 += HVEC4(0.11022949, -0.089660645, -0.10223389, -0.36376953) * v0_3.x;
        h0_1 += HVEC4(0.0473938, -0.027618408, 0.060699463, 0.101745605) * v0_3.y;
        h0_1 += HVEC4(0.010948181, 0.058563232, 0.06628418, 0.08050537) * v0_3.z;
        h0_1 += HVEC4(-0.012588501, -0.04940796, 0.022842407, -0.118774414) * v0_3.w;
        h0_2 += HVEC4(0.2705078, -0.18151855, -0.14904785, 0.18200684) * v0_3.x;
        h0_2 += HVEC4(-0.08123779, -0.034423828, 0.17614746, -0.089904785) * v0_3.y;
        h0_2 += HVEC4(0.08319092, -0.09991455, 0.033966064, -0.032196045) * v0_3.z;
        h0_2 += HVEC4(0.06665039, 0.023971558, -0.095947266, 0.040924072) * v0_3.w;
        h0_3 += HVEC4(-0.0003554821, 0.14050293, -0.015945435, -0.09039307) * v0_3.x;
        h0_3 += HVEC4(0.016601562, 0.20666504, -0.015419006, -0.06768799) * v0_3.y;
        h0_3 += HVEC4(-0.011444092, 0.14587402, 0.02166748, 0.06173706) * v0_3.z;
        h0_3 += HVEC4(-0.01576233, 0.10345459, 0.032928467, 0.0635376) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.4423828, 0.20153809, -0.038482666, 0.042999268) * v0_3.x;
        h0_0 += HVEC4(0.08294678, 0.18322754, -0.042236328, -0.049957275) * v0_3.y;
        h0_0 += HVEC4(-0.18334961, 0.099121094, 0.06933594, 0.004798889) * v0_3.z;
        h0_0 += HVEC4(0.055755615, 0.13549805, 0.06713867, 0.047821045) * v0_3.w;
        h0_1 += HVEC4(0.058685303, 0.14416504, 0.35180664, -0.34960938) * v0_3.x;
        h0_1 += HVEC4(0.2097168, 0.13671875, 0.034820557, -0.030853271) * v0_3.y;
        h0_1 += HVEC4(0.040252686, 0.20214844, 0.06378174, 0.14868164) * v0_3.z;
        h0_1 += HVEC4(0.049591064, 0.019805908, 0.066833496, -0.36914062) * v0_3.w;
        h0_2 += HVEC4(0.0725708, -0.22485352, -0.24499512, 0.036254883) * v0_3.x;
        h0_2 += HVEC4(0.007194519, -0.009239197, -0.19042969, 0.029129028) * v0_3.y;
        h0_2 += HVEC4(-0.051086426, -0.049865723, 0.38842773, -0.08691406) * v0_3.z;
        h0_2 += HVEC4(0.006832123, 0.019897461, -2.0742188, 0.058929443) * v0_3.w;
        h0_3 += HVEC4(-0.025238037, 0.62597656, 0.021636963, 0.18078613) * v0_3.x;
        h0_3 += HVEC4(-0.0390625, -0.80029297, -0.13549805, -0.07904053) * v0_3.y;
        h0_3 += HVEC4(0.046539307, -1.0410156, 0.05709839, 0.10992432) * v0_3.z;
        h0_3 += HVEC4(-0.02722168, -1.8144531, 0.121520996, 0.1661377) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.011688232, -0.05734253, -0.045074463, 0.001540184) * v0_3.x;
        h0_0 += HVEC4(0.03677368, 0.008796692, -0.13928223, -0.049743652) * v0_3.y;
        h0_0 += HVEC4(-0.18969727, 0.080078125, 0.0070495605, -0.009307861) * v0_3.z;
        h0_0 += HVEC4(0.22363281, 0.051635742, 0.058044434, 0.018035889) * v0_3.w;
        h0_1 += HVEC4(-0.008552551, -0.03652954, -0.009895325, -0.1850586) * v0_3.x;
        h0_1 += HVEC4(0.016220093, 0.24963379, 0.11126709, 0.08502197) * v0_3.y;
        h0_1 += HVEC4(0.089660645, 0.18884277, 0.07989502, 0.18713379) * v0_3.z;
        h0_1 += HVEC4(-0.05090332, -0.3708496, -0.029205322, -0.46533203) * v0_3.w;
        h0_2 += HVEC4(-0.005016327, 0.041900635, -0.1385498, -0.013221741) * v0_3.x;
        h0_2 += HVEC4(-0.14562988, 0.06072998, 0.2286377, 0.13757324) * v0_3.y;
        h0_2 += HVEC4(0.1138916, -0.093933105, 0.06573486, -0.06982422) * v0_3.z;
        h0_2 += HVEC4(0.16430664, -0.16247559, -0.026321411, -0.031555176) * v0_3.w;
        h0_3 += HVEC4(0.025878906, 0.47021484, -0.028686523, -0.029067993) * v0_3.x;
        h0_3 += HVEC4(0.046417236, 0.23706055, -0.016815186, -0.14025879) * v0_3.y;
        h0_3 += HVEC4(-0.01826477, -0.4741211, 0.035461426, 0.07336426) * v0_3.z;
        h0_3 += HVEC4(-0.083984375, -2.1796875, 0.071899414, 0.026062012) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DN compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L2
//!SAVE ArtCNN_C4F16_DN_L3
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
        a0_0 = vec4(0.0037328722, 0.0058725104, 0.014844512, -0.010170196);
        a0_1 = vec4(-0.0037970059, 0.0066255014, 0.007933397, 0.021553462);
        a0_2 = vec4(0.01128321, -0.01463951, -0.0019001827, 0.0040911147);
        a0_3 = vec4(-0.015792493, -0.005102591, 0.010113186, 0.007888773);
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
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.05731201, -0.33740234, 0.1772461, 0.09954834) * v0_0.x;
        h0_0 += HVEC4(0.044891357, 0.06640625, 0.0025520325, -0.031707764) * v0_0.y;
        h0_0 += HVEC4(0.04260254, 0.008026123, -0.031341553, 0.028717041) * v0_0.z;
        h0_0 += HVEC4(-0.0021381378, 0.06750488, -0.0018148422, -0.035705566) * v0_0.w;
        h0_1 += HVEC4(0.1541748, -0.020553589, -0.059448242, -0.12805176) * v0_0.x;
        h0_1 += HVEC4(0.0045433044, -0.055236816, -0.023376465, -0.07507324) * v0_0.y;
        h0_1 += HVEC4(-0.030227661, -0.054534912, -0.050872803, -0.07281494) * v0_0.z;
        h0_1 += HVEC4(-0.045166016, 0.0033168793, 0.021331787, -0.19909668) * v0_0.w;
        h0_2 += HVEC4(-0.14733887, 0.12670898, 0.03967285, 0.0019798279) * v0_0.x;
        h0_2 += HVEC4(-0.041931152, 0.10223389, -0.046966553, -0.09118652) * v0_0.y;
        h0_2 += HVEC4(-0.0814209, 0.062194824, -0.045074463, 0.020965576) * v0_0.z;
        h0_2 += HVEC4(0.09564209, 0.00028133392, 0.006137848, -0.051574707) * v0_0.w;
        h0_3 += HVEC4(-0.011428833, -0.054382324, 0.033203125, 0.055633545) * v0_0.x;
        h0_3 += HVEC4(0.022079468, 0.103393555, -0.05267334, -0.0135269165) * v0_0.y;
        h0_3 += HVEC4(-0.00724411, -0.05316162, -0.039916992, -0.025131226) * v0_0.z;
        h0_3 += HVEC4(-0.011268616, 0.06097412, 0.04119873, 0.038208008) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.29858398, -0.49243164, 0.03427124, -0.23864746) * v0_0.x;
        h0_0 += HVEC4(0.20593262, 0.12841797, -0.018447876, 0.084228516) * v0_0.y;
        h0_0 += HVEC4(-0.08270264, 0.0062789917, -0.13757324, 0.029907227) * v0_0.z;
        h0_0 += HVEC4(0.026901245, -0.3293457, 0.02458191, -0.068115234) * v0_0.w;
        h0_1 += HVEC4(0.20141602, 0.009277344, -0.0093688965, 0.26733398) * v0_0.x;
        h0_1 += HVEC4(-0.050811768, 0.016220093, -0.041778564, -0.56347656) * v0_0.y;
        h0_1 += HVEC4(0.050842285, 0.047698975, 0.026672363, 0.020553589) * v0_0.z;
        h0_1 += HVEC4(-0.04598999, 0.040771484, -0.021606445, -0.03466797) * v0_0.w;
        h0_2 += HVEC4(-0.078430176, -0.18127441, 0.029342651, 0.0368042) * v0_0.x;
        h0_2 += HVEC4(0.11462402, -0.064331055, 0.07366943, 0.014312744) * v0_0.y;
        h0_2 += HVEC4(0.08569336, 0.029708862, -0.093933105, 0.03250122) * v0_0.z;
        h0_2 += HVEC4(0.09466553, -0.07232666, 0.0713501, 0.04168701) * v0_0.w;
        h0_3 += HVEC4(0.08074951, -0.031051636, -0.002500534, -0.068481445) * v0_0.x;
        h0_3 += HVEC4(-0.05065918, 0.3005371, 0.0006198883, -0.058532715) * v0_0.y;
        h0_3 += HVEC4(-0.010223389, 0.11773682, 0.08911133, 0.00806427) * v0_0.z;
        h0_3 += HVEC4(-0.011665344, -0.029464722, -0.010650635, 0.036987305) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.1776123, -0.11242676, -0.0010271072, 0.059173584) * v0_0.x;
        h0_0 += HVEC4(0.14257812, 0.053375244, 0.14025879, 0.092285156) * v0_0.y;
        h0_0 += HVEC4(-0.091918945, 0.057403564, -0.08337402, -0.11779785) * v0_0.z;
        h0_0 += HVEC4(-0.03652954, -0.113220215, 0.004749298, -0.022323608) * v0_0.w;
        h0_1 += HVEC4(-0.06738281, 0.023712158, -0.014732361, -0.042938232) * v0_0.x;
        h0_1 += HVEC4(0.004512787, 0.027664185, -0.0038776398, -0.3635254) * v0_0.y;
        h0_1 += HVEC4(-0.025558472, -0.034851074, 0.03164673, -0.070495605) * v0_0.z;
        h0_1 += HVEC4(0.045928955, 0.030319214, -0.030761719, 0.061920166) * v0_0.w;
        h0_2 += HVEC4(-0.037841797, 0.055603027, 0.028060913, 0.15734863) * v0_0.x;
        h0_2 += HVEC4(0.042785645, 0.16320801, 0.057403564, -0.014137268) * v0_0.y;
        h0_2 += HVEC4(-0.03237915, 0.07196045, -0.029708862, -0.14929199) * v0_0.z;
        h0_2 += HVEC4(0.047912598, -0.08276367, -0.007835388, -0.022094727) * v0_0.w;
        h0_3 += HVEC4(-0.07122803, -0.09234619, 0.022354126, 0.08294678) * v0_0.x;
        h0_3 += HVEC4(-0.030227661, 0.27978516, 0.011070251, -0.3251953) * v0_0.y;
        h0_3 += HVEC4(-0.06738281, -0.0102005005, 0.00756073, -0.4255371) * v0_0.z;
        h0_3 += HVEC4(0.0036640167, -0.1282959, 0.009719849, -0.027374268) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.0026187897, 0.0519104, -0.3557129, 0.01876831) * v0_0.x;
        h0_0 += HVEC4(0.080322266, 0.19885254, -0.07495117, 0.011154175) * v0_0.y;
        h0_0 += HVEC4(0.0602417, -0.18933105, 0.05065918, 0.010635376) * v0_0.z;
        h0_0 += HVEC4(-0.024505615, -0.09063721, 0.061340332, 0.08850098) * v0_0.w;
        h0_1 += HVEC4(-0.2644043, -0.066589355, -0.18347168, -0.08117676) * v0_0.x;
        h0_1 += HVEC4(-0.0440979, -0.10058594, -0.061645508, 0.12322998) * v0_0.y;
        h0_1 += HVEC4(-0.038330078, 0.12646484, -0.01184845, 0.062286377) * v0_0.z;
        h0_1 += HVEC4(0.027572632, -0.014312744, 0.003042221, 0.021438599) * v0_0.w;
        h0_2 += HVEC4(-0.21655273, 0.4411621, 0.032806396, 0.13598633) * v0_0.x;
        h0_2 += HVEC4(0.07220459, -0.09765625, -0.18920898, -0.18225098) * v0_0.y;
        h0_2 += HVEC4(0.1027832, -0.050598145, -0.033111572, 0.04650879) * v0_0.z;
        h0_2 += HVEC4(0.07208252, -0.07727051, -0.07409668, -0.00029063225) * v0_0.w;
        h0_3 += HVEC4(-0.065979004, -0.3178711, -0.04827881, -0.08569336) * v0_0.x;
        h0_3 += HVEC4(0.01423645, 0.2355957, -0.080078125, -0.024978638) * v0_0.y;
        h0_3 += HVEC4(0.046875, 0.109680176, 0.08929443, 0.04849243) * v0_0.z;
        h0_3 += HVEC4(0.055755615, -0.0725708, -0.011756897, -0.023025513) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.0002667904, 0.25073242, -0.2849121, -0.12561035) * v0_0.x;
        h0_0 += HVEC4(0.14477539, -0.26293945, 0.10321045, -0.05050659) * v0_0.y;
        h0_0 += HVEC4(-0.20263672, -0.050354004, 0.5620117, -0.1274414) * v0_0.z;
        h0_0 += HVEC4(0.1237793, 0.2541504, 0.25708008, -0.27661133) * v0_0.w;
        h0_1 += HVEC4(-0.37451172, 0.10369873, 0.04937744, -0.35839844) * v0_0.x;
        h0_1 += HVEC4(0.05557251, 0.16088867, -0.1348877, -0.6948242) * v0_0.y;
        h0_1 += HVEC4(-0.15808105, 0.3930664, 0.08526611, -0.06188965) * v0_0.z;
        h0_1 += HVEC4(0.15673828, 0.24829102, -0.038635254, -0.19421387) * v0_0.w;
        h0_2 += HVEC4(-0.026779175, -0.19299316, 0.15490723, -0.12487793) * v0_0.x;
        h0_2 += HVEC4(-0.01878357, -0.23498535, 0.06530762, -0.20507812) * v0_0.y;
        h0_2 += HVEC4(0.42358398, -0.16748047, -0.14086914, 0.07458496) * v0_0.z;
        h0_2 += HVEC4(-0.27441406, -0.17407227, 0.55322266, 0.086120605) * v0_0.w;
        h0_3 += HVEC4(0.07696533, -0.22399902, 0.11065674, -0.08935547) * v0_0.x;
        h0_3 += HVEC4(0.12927246, 0.5234375, 0.030471802, 0.040527344) * v0_0.y;
        h0_3 += HVEC4(-0.15661621, -0.2241211, 0.1081543, 0.107788086) * v0_0.z;
        h0_3 += HVEC4(0.020065308, -0.32421875, -0.27319336, -0.1005249) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.07324219, 0.14245605, -0.035491943, -0.033569336) * v0_0.x;
        h0_0 += HVEC4(-0.18969727, -0.31176758, 0.06149292, -0.23352051) * v0_0.y;
        h0_0 += HVEC4(0.022415161, -0.11645508, 0.05279541, -0.071777344) * v0_0.z;
        h0_0 += HVEC4(-0.011489868, 0.23474121, 0.040618896, 0.2861328) * v0_0.w;
        h0_1 += HVEC4(0.024871826, 0.04333496, 0.0039043427, 0.109680176) * v0_0.x;
        h0_1 += HVEC4(0.09069824, 0.045135498, -0.017852783, -0.2709961) * v0_0.y;
        h0_1 += HVEC4(-0.10491943, 0.09454346, 0.024505615, 0.064086914) * v0_0.z;
        h0_1 += HVEC4(0.0003631115, -0.012962341, -0.04537964, -0.27685547) * v0_0.w;
        h0_2 += HVEC4(-0.090270996, 0.015930176, 0.074401855, 0.019088745) * v0_0.x;
        h0_2 += HVEC4(-0.104003906, 0.14245605, 0.041534424, -0.35473633) * v0_0.y;
        h0_2 += HVEC4(0.056518555, -0.07501221, 0.06439209, 0.024673462) * v0_0.z;
        h0_2 += HVEC4(-0.1171875, 0.15820312, -0.04748535, 0.15478516) * v0_0.w;
        h0_3 += HVEC4(-0.085510254, 0.07556152, 0.030151367, -0.21289062) * v0_0.x;
        h0_3 += HVEC4(0.08154297, 0.30444336, -0.028396606, 0.22302246) * v0_0.y;
        h0_3 += HVEC4(-0.105529785, -0.009559631, 0.053649902, 0.122558594) * v0_0.z;
        h0_3 += HVEC4(0.20092773, -0.022125244, -0.054840088, -0.2734375) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.060699463, 0.028930664, -0.029022217, -0.046447754) * v0_0.x;
        h0_0 += HVEC4(0.18127441, -0.31884766, 0.14672852, 0.018722534) * v0_0.y;
        h0_0 += HVEC4(-0.014060974, 0.015777588, 0.12225342, -0.04324341) * v0_0.z;
        h0_0 += HVEC4(-0.16052246, 0.0040245056, -0.12963867, 0.046783447) * v0_0.w;
        h0_1 += HVEC4(-0.00013101101, 0.04244995, -0.07647705, 0.13330078) * v0_0.x;
        h0_1 += HVEC4(0.1998291, -0.08062744, 0.042938232, 0.25927734) * v0_0.y;
        h0_1 += HVEC4(-0.07171631, 0.03387451, 0.076538086, -0.08343506) * v0_0.z;
        h0_1 += HVEC4(-0.08117676, -0.037078857, -0.09661865, -0.11669922) * v0_0.w;
        h0_2 += HVEC4(-0.023025513, -0.07293701, 0.06341553, 0.044952393) * v0_0.x;
        h0_2 += HVEC4(0.11956787, -0.17224121, -0.036499023, -0.23657227) * v0_0.y;
        h0_2 += HVEC4(0.0317688, 0.10644531, -0.0077056885, 0.0011701584) * v0_0.z;
        h0_2 += HVEC4(-0.048217773, -0.026062012, -0.006286621, 0.05508423) * v0_0.w;
        h0_3 += HVEC4(-0.03237915, -0.044647217, 0.07305908, -0.016799927) * v0_0.x;
        h0_3 += HVEC4(0.01574707, 0.1776123, 0.005264282, 0.049438477) * v0_0.y;
        h0_3 += HVEC4(0.00048041344, 0.015701294, 0.0087509155, -0.008613586) * v0_0.z;
        h0_3 += HVEC4(-0.016220093, -0.1817627, 0.011451721, 0.036621094) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.16601562, -0.009468079, 0.06976318, -0.0071754456) * v0_0.x;
        h0_0 += HVEC4(0.10241699, 0.124694824, -0.38842773, -0.08190918) * v0_0.y;
        h0_0 += HVEC4(0.13684082, -0.03930664, 0.027999878, 0.039245605) * v0_0.z;
        h0_0 += HVEC4(-0.052581787, 0.025436401, -0.36328125, -0.06072998) * v0_0.w;
        h0_1 += HVEC4(0.010467529, 0.05331421, -0.015235901, 0.034210205) * v0_0.x;
        h0_1 += HVEC4(-0.16967773, 0.061309814, 0.0072402954, -0.26367188) * v0_0.y;
        h0_1 += HVEC4(0.01159668, 0.036499023, 0.11090088, -0.010856628) * v0_0.z;
        h0_1 += HVEC4(-0.09362793, -0.032348633, -0.18078613, 0.14941406) * v0_0.w;
        h0_2 += HVEC4(-0.043640137, -0.10040283, 0.007980347, 0.015274048) * v0_0.x;
        h0_2 += HVEC4(-0.07006836, 0.453125, -0.014228821, 0.01928711) * v0_0.y;
        h0_2 += HVEC4(0.037109375, -0.109436035, 0.049072266, -0.01838684) * v0_0.z;
        h0_2 += HVEC4(-0.10974121, -0.22253418, -0.050231934, -0.1784668) * v0_0.w;
        h0_3 += HVEC4(0.041992188, -0.06945801, 0.008628845, -0.01739502) * v0_0.x;
        h0_3 += HVEC4(-0.0065994263, 0.4794922, 0.021530151, 0.070495605) * v0_0.y;
        h0_3 += HVEC4(0.013381958, 0.016525269, 0.052978516, 0.05822754) * v0_0.z;
        h0_3 += HVEC4(-0.03640747, -0.013763428, -0.17822266, -0.05041504) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.11047363, -0.039245605, -0.10803223, -0.0022563934) * v0_0.x;
        h0_0 += HVEC4(0.16821289, 0.1986084, -0.0024795532, -0.0014619827) * v0_0.y;
        h0_0 += HVEC4(0.027359009, 0.012779236, 0.08898926, 0.033325195) * v0_0.z;
        h0_0 += HVEC4(-0.10961914, -0.19165039, -0.0287323, -0.044067383) * v0_0.w;
        h0_1 += HVEC4(0.007499695, -0.010902405, -0.03704834, 0.10583496) * v0_0.x;
        h0_1 += HVEC4(-0.20458984, -0.008384705, -0.0158844, -0.0058403015) * v0_0.y;
        h0_1 += HVEC4(0.06921387, -0.01448822, -0.04345703, 0.18237305) * v0_0.z;
        h0_1 += HVEC4(-0.122924805, 0.0038223267, 0.08380127, -0.3022461) * v0_0.w;
        h0_2 += HVEC4(0.027679443, 0.035827637, 0.012413025, 0.099121094) * v0_0.x;
        h0_2 += HVEC4(-0.05355835, -0.004600525, 0.097839355, -0.046875) * v0_0.y;
        h0_2 += HVEC4(0.042114258, 0.025039673, -0.039916992, 0.07354736) * v0_0.z;
        h0_2 += HVEC4(-0.10253906, -0.0154418945, 0.07312012, -0.123535156) * v0_0.w;
        h0_3 += HVEC4(-0.01210022, -0.0015182495, 0.015930176, -0.0309906) * v0_0.x;
        h0_3 += HVEC4(0.23144531, 0.032440186, 0.080200195, 0.11206055) * v0_0.y;
        h0_3 += HVEC4(-0.054229736, -0.110961914, 0.0027942657, 0.0018415451) * v0_0.z;
        h0_3 += HVEC4(-0.019256592, -0.075927734, 0.078552246, -0.018127441) * v0_0.w;
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
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.06463623, -0.19836426, -0.021759033, 0.055908203) * v0_1.x;
        h0_0 += HVEC4(0.12695312, -0.11279297, 0.03515625, 0.028564453) * v0_1.y;
        h0_0 += HVEC4(0.010223389, 0.025802612, -0.02420044, 0.015159607) * v0_1.z;
        h0_0 += HVEC4(0.10333252, -0.09100342, 0.057922363, 0.0491333) * v0_1.w;
        h0_1 += HVEC4(0.08795166, -0.03302002, -0.0069999695, 0.17956543) * v0_1.x;
        h0_1 += HVEC4(0.031707764, 0.029312134, -0.062286377, 0.021957397) * v0_1.y;
        h0_1 += HVEC4(0.064331055, 0.0061454773, -0.027450562, 0.12963867) * v0_1.z;
        h0_1 += HVEC4(0.0055007935, 0.014228821, -0.042785645, -0.02709961) * v0_1.w;
        h0_2 += HVEC4(0.04034424, -0.017318726, 0.011688232, -0.095214844) * v0_1.x;
        h0_2 += HVEC4(0.08074951, 0.058563232, -0.028823853, -0.014183044) * v0_1.y;
        h0_2 += HVEC4(-0.09423828, 0.025772095, 0.01751709, 0.07122803) * v0_1.z;
        h0_2 += HVEC4(0.12384033, -0.029251099, -0.10882568, -0.035369873) * v0_1.w;
        h0_3 += HVEC4(0.015823364, 0.021102905, 0.007610321, 0.012489319) * v0_1.x;
        h0_3 += HVEC4(0.026916504, 0.10430908, 0.018112183, 0.11273193) * v0_1.y;
        h0_3 += HVEC4(-0.015220642, -0.04269409, -0.0017557144, -0.0006890297) * v0_1.z;
        h0_3 += HVEC4(-0.021347046, 0.2709961, -0.039642334, 0.13000488) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.10681152, -0.45458984, -0.14099121, 0.016418457) * v0_1.x;
        h0_0 += HVEC4(-0.09680176, -0.05847168, 0.030517578, -0.14343262) * v0_1.y;
        h0_0 += HVEC4(0.020950317, 0.26489258, -0.07543945, 0.038513184) * v0_1.z;
        h0_0 += HVEC4(-0.036376953, -0.26245117, 0.035308838, -0.21459961) * v0_1.w;
        h0_1 += HVEC4(0.076660156, -0.028274536, -0.021865845, -0.296875) * v0_1.x;
        h0_1 += HVEC4(0.003440857, 0.019485474, 0.0143966675, 0.19262695) * v0_1.y;
        h0_1 += HVEC4(-0.008369446, 0.021270752, -0.0048599243, 0.05508423) * v0_1.z;
        h0_1 += HVEC4(-0.0039596558, -0.08154297, 0.0078048706, -0.22399902) * v0_1.w;
        h0_2 += HVEC4(-0.07159424, 0.08300781, -0.026428223, 0.0074920654) * v0_1.x;
        h0_2 += HVEC4(-0.06222534, 0.074645996, -0.035614014, -0.055480957) * v0_1.y;
        h0_2 += HVEC4(-0.08532715, -0.02142334, -0.02658081, -0.024841309) * v0_1.z;
        h0_2 += HVEC4(-0.14929199, 0.10656738, -0.054626465, -0.20458984) * v0_1.w;
        h0_3 += HVEC4(-0.034973145, 0.23962402, -0.0022354126, 0.05819702) * v0_1.x;
        h0_3 += HVEC4(0.10205078, -0.054260254, -0.011512756, 0.015144348) * v0_1.y;
        h0_3 += HVEC4(0.048614502, 0.095703125, 0.033355713, -0.024368286) * v0_1.z;
        h0_3 += HVEC4(0.08862305, 0.08282471, -0.06072998, -0.03414917) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.10601807, -0.42504883, -0.16882324, 0.058441162) * v0_1.x;
        h0_0 += HVEC4(0.023101807, 0.05618286, -0.016586304, 0.0982666) * v0_1.y;
        h0_0 += HVEC4(0.10467529, 0.114990234, 0.02027893, 0.07128906) * v0_1.z;
        h0_0 += HVEC4(-0.12670898, 0.0024814606, -0.07128906, -0.18676758) * v0_1.w;
        h0_1 += HVEC4(0.15368652, -0.08343506, 0.021835327, 0.17626953) * v0_1.x;
        h0_1 += HVEC4(-0.015403748, -0.018417358, 0.0029659271, 0.013671875) * v0_1.y;
        h0_1 += HVEC4(-0.07122803, 0.0033073425, 0.018585205, -0.025726318) * v0_1.z;
        h0_1 += HVEC4(-0.2619629, 0.012573242, -0.0058670044, -0.31567383) * v0_1.w;
        h0_2 += HVEC4(-0.093811035, -0.0033836365, -0.049713135, -0.11981201) * v0_1.x;
        h0_2 += HVEC4(-0.034088135, 0.090026855, -0.034851074, 0.113342285) * v0_1.y;
        h0_2 += HVEC4(0.007030487, -0.05593872, 0.008354187, -0.06744385) * v0_1.z;
        h0_2 += HVEC4(0.01309967, 0.06878662, 0.049316406, -0.20239258) * v0_1.w;
        h0_3 += HVEC4(0.01977539, 0.07446289, -0.02607727, -0.14624023) * v0_1.x;
        h0_3 += HVEC4(0.048065186, 0.014404297, -0.013999939, 0.16418457) * v0_1.y;
        h0_3 += HVEC4(-0.0055007935, 0.031021118, -0.012420654, -0.11480713) * v0_1.z;
        h0_3 += HVEC4(-0.0041885376, 0.1315918, -0.01612854, 0.13769531) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.013465881, -0.30273438, -0.1005249, -0.0021858215) * v0_1.x;
        h0_0 += HVEC4(-0.06530762, -0.11755371, 0.05908203, 0.012908936) * v0_1.y;
        h0_0 += HVEC4(-0.041168213, 0.011940002, -0.057891846, -0.11920166) * v0_1.z;
        h0_0 += HVEC4(-0.14807129, 0.36523438, 0.060577393, -0.009391785) * v0_1.w;
        h0_1 += HVEC4(-0.07397461, 0.00033593178, 0.08459473, 0.2998047) * v0_1.x;
        h0_1 += HVEC4(-0.006801605, -0.019592285, -0.07067871, -0.2298584) * v0_1.y;
        h0_1 += HVEC4(-0.049041748, 0.08807373, 0.057006836, 0.14355469) * v0_1.z;
        h0_1 += HVEC4(-0.0054779053, -0.03704834, -0.06896973, -0.27978516) * v0_1.w;
        h0_2 += HVEC4(0.112854004, 0.064819336, 0.04660034, 0.04699707) * v0_1.x;
        h0_2 += HVEC4(-0.13549805, 0.105651855, -0.05126953, -0.10583496) * v0_1.y;
        h0_2 += HVEC4(-0.03994751, -0.08026123, 0.16064453, 0.032440186) * v0_1.z;
        h0_2 += HVEC4(0.097961426, 0.39160156, -0.0513916, -0.0368042) * v0_1.w;
        h0_3 += HVEC4(-0.037506104, 0.06665039, 0.027404785, 0.026565552) * v0_1.x;
        h0_3 += HVEC4(-0.012069702, 0.0026836395, -0.008293152, 0.050048828) * v0_1.y;
        h0_3 += HVEC4(-0.0007209778, -0.06628418, 0.023773193, 0.027938843) * v0_1.z;
        h0_3 += HVEC4(-0.057281494, 0.21777344, 0.02859497, 0.07421875) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.2064209, -0.28051758, -0.08178711, -0.12347412) * v0_1.x;
        h0_0 += HVEC4(-0.26782227, -0.04763794, -0.08630371, -0.1998291) * v0_1.y;
        h0_0 += HVEC4(0.4963379, -0.038879395, -0.039031982, 0.16320801) * v0_1.z;
        h0_0 += HVEC4(-0.12390137, 0.27270508, -0.06817627, -0.07788086) * v0_1.w;
        h0_1 += HVEC4(-0.31762695, 0.10131836, -0.042663574, -0.056915283) * v0_1.x;
        h0_1 += HVEC4(0.05130005, -0.025482178, 0.03201294, -0.19677734) * v0_1.y;
        h0_1 += HVEC4(-0.20422363, 0.0836792, 0.04425049, 0.30029297) * v0_1.z;
        h0_1 += HVEC4(0.5317383, 0.024017334, 0.017669678, 0.21228027) * v0_1.w;
        h0_2 += HVEC4(0.2626953, -0.09375, -0.02456665, 0.021591187) * v0_1.x;
        h0_2 += HVEC4(-0.19128418, 0.16894531, 0.09588623, -0.1730957) * v0_1.y;
        h0_2 += HVEC4(0.37695312, -0.029571533, 0.058410645, 0.41137695) * v0_1.z;
        h0_2 += HVEC4(0.11376953, 0.010940552, 0.095703125, -0.045684814) * v0_1.w;
        h0_3 += HVEC4(-0.035461426, -0.14038086, -0.004558563, 0.09661865) * v0_1.x;
        h0_3 += HVEC4(0.04498291, -0.0044021606, 0.077697754, -0.12005615) * v0_1.y;
        h0_3 += HVEC4(0.03111267, -0.089904785, 0.036071777, 0.12805176) * v0_1.z;
        h0_3 += HVEC4(0.18041992, 0.13635254, 0.03640747, 0.16418457) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.2541504, -0.36645508, -0.036987305, 0.21704102) * v0_1.x;
        h0_0 += HVEC4(-0.05621338, -0.29052734, -0.04473877, -0.08843994) * v0_1.y;
        h0_0 += HVEC4(0.14233398, 0.08508301, 0.07946777, 0.27001953) * v0_1.z;
        h0_0 += HVEC4(0.19604492, 0.11138916, 0.05227661, -0.09448242) * v0_1.w;
        h0_1 += HVEC4(-0.21691895, -0.009033203, 0.04159546, 0.076293945) * v0_1.x;
        h0_1 += HVEC4(0.068359375, 0.021270752, -0.00037431717, 0.120788574) * v0_1.y;
        h0_1 += HVEC4(0.044799805, 0.010574341, -0.015396118, 0.14538574) * v0_1.z;
        h0_1 += HVEC4(0.20214844, 0.058532715, -0.052246094, -1.0673828) * v0_1.w;
        h0_2 += HVEC4(-0.025802612, 0.101623535, 0.0005426407, 0.14147949) * v0_1.x;
        h0_2 += HVEC4(-0.08074951, 0.03677368, -0.025054932, -0.03390503) * v0_1.y;
        h0_2 += HVEC4(0.055847168, 0.101623535, 0.004043579, 0.09692383) * v0_1.z;
        h0_2 += HVEC4(0.033721924, 0.006916046, 0.10089111, 0.12548828) * v0_1.w;
        h0_3 += HVEC4(0.042663574, 0.18981934, 0.006149292, -0.05480957) * v0_1.x;
        h0_3 += HVEC4(0.03729248, 0.066101074, -0.03652954, 0.13085938) * v0_1.y;
        h0_3 += HVEC4(0.060180664, 0.121154785, 0.010795593, -0.009292603) * v0_1.z;
        h0_3 += HVEC4(-0.15014648, 0.23950195, 0.05392456, -0.40405273) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.09820557, 0.22192383, 0.004547119, -0.044006348) * v0_1.x;
        h0_0 += HVEC4(-0.17199707, 0.040130615, -0.2927246, 0.019134521) * v0_1.y;
        h0_0 += HVEC4(0.20471191, 0.009757996, 0.17858887, -0.06713867) * v0_1.z;
        h0_0 += HVEC4(0.049987793, -0.2084961, -0.07867432, -0.067871094) * v0_1.w;
        h0_1 += HVEC4(-0.23571777, 0.026611328, 0.007972717, -0.019500732) * v0_1.x;
        h0_1 += HVEC4(-0.10418701, 0.0038166046, -0.15222168, -0.06994629) * v0_1.y;
        h0_1 += HVEC4(0.17041016, 0.021270752, 0.1619873, -0.0011291504) * v0_1.z;
        h0_1 += HVEC4(-0.053375244, -0.101867676, -0.016204834, -0.27172852) * v0_1.w;
        h0_2 += HVEC4(-0.091430664, 0.01637268, -0.017074585, -0.02331543) * v0_1.x;
        h0_2 += HVEC4(-0.08666992, -0.05682373, -0.0031967163, -0.03262329) * v0_1.y;
        h0_2 += HVEC4(0.029266357, -0.05404663, -0.0022964478, -0.10546875) * v0_1.z;
        h0_2 += HVEC4(-0.023086548, 0.088134766, -0.052520752, -0.22192383) * v0_1.w;
        h0_3 += HVEC4(-0.026153564, 0.023925781, -0.033966064, -0.034698486) * v0_1.x;
        h0_3 += HVEC4(0.03137207, -0.029449463, 0.02885437, -0.030334473) * v0_1.y;
        h0_3 += HVEC4(0.0066490173, 0.20080566, -0.021011353, 0.008888245) * v0_1.z;
        h0_3 += HVEC4(-0.046020508, 0.063964844, -0.010482788, 0.12902832) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.0814209, -0.016189575, -0.16552734, 0.16174316) * v0_1.x;
        h0_0 += HVEC4(-0.27563477, 0.012992859, -0.24499512, -0.14929199) * v0_1.y;
        h0_0 += HVEC4(-0.03186035, 0.008506775, 0.30517578, 0.09631348) * v0_1.z;
        h0_0 += HVEC4(0.02130127, -0.09649658, 0.062072754, -0.39501953) * v0_1.w;
        h0_1 += HVEC4(-0.41186523, 0.07849121, 0.020355225, -0.23864746) * v0_1.x;
        h0_1 += HVEC4(-0.21118164, 0.08972168, -0.008720398, -0.23266602) * v0_1.y;
        h0_1 += HVEC4(0.41381836, -0.023880005, -0.061157227, 0.11273193) * v0_1.z;
        h0_1 += HVEC4(0.11010742, -0.067993164, -0.048706055, 0.37182617) * v0_1.w;
        h0_2 += HVEC4(-0.006965637, 0.09197998, 0.013214111, 0.119262695) * v0_1.x;
        h0_2 += HVEC4(-0.11248779, 0.103393555, -0.0021896362, -0.16882324) * v0_1.y;
        h0_2 += HVEC4(0.004501343, 0.04031372, -0.0053138733, -0.0095825195) * v0_1.z;
        h0_2 += HVEC4(0.007411957, -0.34277344, -0.101989746, -0.24023438) * v0_1.w;
        h0_3 += HVEC4(0.014633179, 0.14990234, -0.06842041, 0.08569336) * v0_1.x;
        h0_3 += HVEC4(0.040496826, -0.11834717, 0.0041236877, 0.00071907043) * v0_1.y;
        h0_3 += HVEC4(0.056610107, 0.06585693, 0.05621338, 0.076538086) * v0_1.z;
        h0_3 += HVEC4(0.00894165, 0.089660645, -0.05456543, 0.0592041) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.0390625, 0.1550293, -0.09320068, -0.16699219) * v0_1.x;
        h0_0 += HVEC4(0.22802734, 0.029403687, -0.24279785, -0.016220093) * v0_1.y;
        h0_0 += HVEC4(-0.04034424, -0.025558472, 0.021362305, 0.12805176) * v0_1.z;
        h0_0 += HVEC4(-0.06524658, -0.0010595322, 0.06524658, -0.020614624) * v0_1.w;
        h0_1 += HVEC4(-0.13208008, -0.010948181, -0.037078857, 0.034942627) * v0_1.x;
        h0_1 += HVEC4(-0.064819336, 0.011817932, 0.0107040405, 0.052581787) * v0_1.y;
        h0_1 += HVEC4(0.14343262, -0.027420044, 0.009635925, 0.26367188) * v0_1.z;
        h0_1 += HVEC4(0.08483887, -0.007282257, -0.021255493, -0.3166504) * v0_1.w;
        h0_2 += HVEC4(0.037322998, -0.011444092, 0.046203613, -0.19641113) * v0_1.x;
        h0_2 += HVEC4(0.016464233, 0.057891846, -0.008132935, -0.015266418) * v0_1.y;
        h0_2 += HVEC4(-0.009918213, 0.05886841, -0.023757935, 0.07678223) * v0_1.z;
        h0_2 += HVEC4(0.0073776245, 0.08319092, 0.0027389526, 0.029251099) * v0_1.w;
        h0_3 += HVEC4(-0.13378906, -0.06878662, 0.014213562, 0.05206299) * v0_1.x;
        h0_3 += HVEC4(0.076660156, 0.08013916, 0.011230469, 0.077819824) * v0_1.y;
        h0_3 += HVEC4(0.075805664, -0.05987549, 0.003660202, -0.0023536682) * v0_1.z;
        h0_3 += HVEC4(0.023956299, 0.06768799, 0.0068092346, -0.035308838) * v0_1.w;
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
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.08691406, -0.1706543, 0.021392822, -0.030593872) * v0_2.x;
        h0_0 += HVEC4(-0.08276367, 0.23095703, -0.0031490326, -0.010559082) * v0_2.y;
        h0_0 += HVEC4(0.0154800415, 0.0020866394, -0.046569824, 0.12634277) * v0_2.z;
        h0_0 += HVEC4(-0.2208252, -0.16003418, -0.022155762, 0.073913574) * v0_2.w;
        h0_1 += HVEC4(-0.0044555664, 0.05834961, -0.012924194, -0.37475586) * v0_2.x;
        h0_1 += HVEC4(0.08251953, 0.0725708, 0.00592041, 0.025375366) * v0_2.y;
        h0_1 += HVEC4(0.06542969, -0.034851074, -0.043151855, -0.25439453) * v0_2.z;
        h0_1 += HVEC4(-0.040405273, 0.08770752, 0.07019043, 0.18054199) * v0_2.w;
        h0_2 += HVEC4(0.0058250427, -0.022094727, 0.08325195, -0.117126465) * v0_2.x;
        h0_2 += HVEC4(0.06347656, -0.0060195923, -0.014846802, 0.079956055) * v0_2.y;
        h0_2 += HVEC4(-0.1496582, 0.14208984, -0.07751465, -0.016921997) * v0_2.z;
        h0_2 += HVEC4(-0.052825928, -0.10559082, 0.020812988, 0.05065918) * v0_2.w;
        h0_3 += HVEC4(0.013656616, 0.011207581, 0.051940918, 0.000521183) * v0_2.x;
        h0_3 += HVEC4(0.02659607, -0.020935059, 0.025619507, -0.052124023) * v0_2.y;
        h0_3 += HVEC4(0.047454834, 0.33007812, -0.031555176, -0.03994751) * v0_2.z;
        h0_3 += HVEC4(0.068115234, -0.22619629, 0.058807373, 0.0070762634) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.034423828, -0.26464844, 0.071899414, -0.036132812) * v0_2.x;
        h0_0 += HVEC4(0.010475159, -0.11016846, 0.10406494, 0.032226562) * v0_2.y;
        h0_0 += HVEC4(-0.16601562, -0.13671875, -0.20715332, -0.10772705) * v0_2.z;
        h0_0 += HVEC4(0.21289062, -0.11352539, -0.20983887, 0.072265625) * v0_2.w;
        h0_1 += HVEC4(-0.0009675026, 0.038635254, -0.03353882, -0.04714966) * v0_2.x;
        h0_1 += HVEC4(-0.028671265, -0.05847168, -0.006214142, 0.0647583) * v0_2.y;
        h0_1 += HVEC4(-0.07086182, 0.07867432, -0.0014772415, -0.20141602) * v0_2.z;
        h0_1 += HVEC4(0.061706543, 0.013114929, -0.01399231, -0.44360352) * v0_2.w;
        h0_2 += HVEC4(-0.027679443, -0.016860962, -0.037231445, -0.1217041) * v0_2.x;
        h0_2 += HVEC4(-0.08807373, 0.044677734, -0.064941406, -0.04458618) * v0_2.y;
        h0_2 += HVEC4(-0.22924805, 0.18054199, 0.08087158, -0.11932373) * v0_2.z;
        h0_2 += HVEC4(-0.123046875, 0.26611328, 0.03286743, 0.32373047) * v0_2.w;
        h0_3 += HVEC4(0.054748535, -0.054748535, -0.03878784, -0.007610321) * v0_2.x;
        h0_3 += HVEC4(-0.0042762756, 0.020080566, -0.017074585, -0.2310791) * v0_2.y;
        h0_3 += HVEC4(0.13134766, 0.05166626, 0.039916992, -0.25170898) * v0_2.z;
        h0_3 += HVEC4(0.0045661926, 0.16137695, 0.0028438568, -0.027801514) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.111694336, -0.3425293, 0.03805542, -0.1784668) * v0_2.x;
        h0_0 += HVEC4(-0.039794922, -0.005630493, -0.019332886, -0.012229919) * v0_2.y;
        h0_0 += HVEC4(-0.099487305, -0.0803833, -0.09466553, -0.20507812) * v0_2.z;
        h0_0 += HVEC4(-0.19250488, -0.22265625, -0.12939453, -0.12695312) * v0_2.w;
        h0_1 += HVEC4(0.15808105, 0.004135132, 0.022872925, 0.09790039) * v0_2.x;
        h0_1 += HVEC4(-0.021102905, -0.008430481, 0.015022278, 0.081604004) * v0_2.y;
        h0_1 += HVEC4(0.08905029, 0.04260254, 0.0007534027, 0.034698486) * v0_2.z;
        h0_1 += HVEC4(0.028579712, -0.043151855, 0.014320374, 0.3876953) * v0_2.w;
        h0_2 += HVEC4(0.07458496, -0.13598633, 0.007610321, 0.14379883) * v0_2.x;
        h0_2 += HVEC4(-0.010864258, -0.02142334, -0.012565613, 0.03201294) * v0_2.y;
        h0_2 += HVEC4(-0.04248047, 0.0637207, 0.0082473755, -0.12384033) * v0_2.z;
        h0_2 += HVEC4(0.0793457, -0.10467529, -0.025924683, -0.27294922) * v0_2.w;
        h0_3 += HVEC4(0.027618408, -0.11138916, 0.029251099, 0.17932129) * v0_2.x;
        h0_3 += HVEC4(0.036071777, 0.014297485, -0.010299683, 0.07965088) * v0_2.y;
        h0_3 += HVEC4(0.1430664, 0.09094238, 0.001991272, 0.07342529) * v0_2.z;
        h0_3 += HVEC4(0.1418457, -0.10430908, -0.02192688, 0.103515625) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.0019664764, 0.021438599, -0.0703125, -0.061798096) * v0_2.x;
        h0_0 += HVEC4(-0.25097656, 0.08605957, 0.020446777, 0.035888672) * v0_2.y;
        h0_0 += HVEC4(0.041503906, -0.014595032, 0.018997192, 0.11004639) * v0_2.z;
        h0_0 += HVEC4(-0.0017623901, 0.14001465, -0.21374512, -0.019866943) * v0_2.w;
        h0_1 += HVEC4(-0.12524414, 0.06915283, -0.040496826, -0.07867432) * v0_2.x;
        h0_1 += HVEC4(-0.067871094, 0.04345703, -0.008453369, 0.07727051) * v0_2.y;
        h0_1 += HVEC4(-0.022994995, -0.0030708313, -0.15258789, -0.021606445) * v0_2.z;
        h0_1 += HVEC4(0.07446289, 0.0018358231, -0.03894043, -0.22790527) * v0_2.w;
        h0_2 += HVEC4(0.046051025, -0.020248413, 0.09173584, 0.13317871) * v0_2.x;
        h0_2 += HVEC4(0.11364746, -0.12426758, -0.031921387, -0.09692383) * v0_2.y;
        h0_2 += HVEC4(0.060394287, 0.20324707, 0.007713318, 0.11047363) * v0_2.z;
        h0_2 += HVEC4(-0.111083984, 0.0032901764, -0.04272461, -0.005420685) * v0_2.w;
        h0_3 += HVEC4(-0.027801514, -0.0054359436, 0.034606934, -0.01977539) * v0_2.x;
        h0_3 += HVEC4(-0.013809204, -0.016983032, 0.07946777, 0.054473877) * v0_2.y;
        h0_3 += HVEC4(0.028930664, 0.15332031, 0.025482178, -0.0007972717) * v0_2.z;
        h0_3 += HVEC4(-0.027267456, 0.07672119, -0.018753052, -0.03353882) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.048309326, 0.14733887, -0.15270996, 0.13220215) * v0_2.x;
        h0_0 += HVEC4(-0.25170898, 0.03289795, -0.09875488, 0.0024986267) * v0_2.y;
        h0_0 += HVEC4(-0.24328613, -0.03262329, -0.25463867, 0.05267334) * v0_2.z;
        h0_0 += HVEC4(0.012016296, -0.2397461, -0.08508301, -0.064453125) * v0_2.w;
        h0_1 += HVEC4(-0.15795898, -0.027557373, -0.09411621, 0.018722534) * v0_2.x;
        h0_1 += HVEC4(0.11645508, -0.117492676, -0.051879883, -0.20361328) * v0_2.y;
        h0_1 += HVEC4(-0.046875, 0.09893799, -0.09259033, -0.17272949) * v0_2.z;
        h0_1 += HVEC4(-0.36083984, 0.12072754, 0.025100708, 0.39794922) * v0_2.w;
        h0_2 += HVEC4(-0.2175293, -0.06750488, 0.06958008, 0.009300232) * v0_2.x;
        h0_2 += HVEC4(-0.23791504, 0.00056028366, -0.15808105, -0.23181152) * v0_2.y;
        h0_2 += HVEC4(-0.078186035, 0.20275879, 0.041503906, 0.0065231323) * v0_2.z;
        h0_2 += HVEC4(0.06933594, 0.1427002, 0.08154297, -0.17138672) * v0_2.w;
        h0_3 += HVEC4(0.004711151, -0.19592285, 0.10510254, -0.26953125) * v0_2.x;
        h0_3 += HVEC4(0.08154297, 0.16833496, -0.031829834, -0.12854004) * v0_2.y;
        h0_3 += HVEC4(0.07562256, 0.29858398, 0.101379395, -0.056884766) * v0_2.z;
        h0_3 += HVEC4(0.07330322, 0.28857422, 0.13024902, -0.115112305) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.05154419, -0.12408447, -0.10821533, -0.26000977) * v0_2.x;
        h0_0 += HVEC4(0.010383606, 0.07727051, 0.015136719, -0.111206055) * v0_2.y;
        h0_0 += HVEC4(-0.057769775, 0.0074501038, -0.021148682, 0.08886719) * v0_2.z;
        h0_0 += HVEC4(0.0340271, 0.03793335, -0.19641113, -0.015960693) * v0_2.w;
        h0_1 += HVEC4(-0.22595215, 0.002614975, 0.030273438, -0.21972656) * v0_2.x;
        h0_1 += HVEC4(0.16345215, -0.01309967, -0.003944397, -0.0524292) * v0_2.y;
        h0_1 += HVEC4(-0.037872314, 0.038848877, 0.05026245, 0.030151367) * v0_2.z;
        h0_1 += HVEC4(0.18103027, -0.07647705, -0.033050537, -0.03704834) * v0_2.w;
        h0_2 += HVEC4(-0.058776855, -0.17346191, 0.014984131, -0.16784668) * v0_2.x;
        h0_2 += HVEC4(-0.06951904, 0.049987793, -0.03692627, 0.013641357) * v0_2.y;
        h0_2 += HVEC4(0.07562256, 0.07421875, 0.0008482933, 0.038238525) * v0_2.z;
        h0_2 += HVEC4(-0.19274902, -0.043060303, 0.009140015, 0.016418457) * v0_2.w;
        h0_3 += HVEC4(-0.035186768, -0.051605225, -0.0005092621, -0.20373535) * v0_2.x;
        h0_3 += HVEC4(0.14233398, -0.048919678, -0.014953613, -0.074645996) * v0_2.y;
        h0_3 += HVEC4(0.17114258, 0.01776123, 0.040374756, -0.013633728) * v0_2.z;
        h0_3 += HVEC4(-0.01789856, -0.21191406, 0.02267456, 0.01146698) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.06854248, 0.09240723, 0.03036499, 0.06994629) * v0_2.x;
        h0_0 += HVEC4(0.06628418, -0.038116455, 0.04019165, 0.06365967) * v0_2.y;
        h0_0 += HVEC4(0.029205322, -0.028259277, 0.05960083, 0.05419922) * v0_2.z;
        h0_0 += HVEC4(-0.060394287, 0.050720215, 0.00705719, 0.0635376) * v0_2.w;
        h0_1 += HVEC4(-0.062469482, 0.06011963, -0.05532837, -0.13635254) * v0_2.x;
        h0_1 += HVEC4(0.123291016, 0.02305603, -0.061645508, 0.057495117) * v0_2.y;
        h0_1 += HVEC4(0.03024292, -0.0011672974, -0.101623535, 0.11273193) * v0_2.z;
        h0_1 += HVEC4(-0.1352539, 0.07739258, -0.026138306, -0.018844604) * v0_2.w;
        h0_2 += HVEC4(0.05960083, -0.09838867, 0.060791016, -0.05432129) * v0_2.x;
        h0_2 += HVEC4(0.009536743, 0.10015869, 0.010566711, 0.06817627) * v0_2.y;
        h0_2 += HVEC4(-0.011329651, 0.05203247, -0.0463562, 0.009513855) * v0_2.z;
        h0_2 += HVEC4(0.07678223, 0.10839844, 0.026855469, 0.10223389) * v0_2.w;
        h0_3 += HVEC4(0.025848389, 0.05935669, 0.05029297, -0.021881104) * v0_2.x;
        h0_3 += HVEC4(0.03475952, 0.08062744, 0.015434265, 0.02355957) * v0_2.y;
        h0_3 += HVEC4(0.008659363, 0.021652222, -0.017837524, 0.01940918) * v0_2.z;
        h0_3 += HVEC4(0.018005371, -0.0637207, 0.06585693, 0.055480957) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.15539551, 0.056610107, -0.1427002, -0.05633545) * v0_2.x;
        h0_0 += HVEC4(-0.19470215, 0.12322998, 0.010368347, -0.02558899) * v0_2.y;
        h0_0 += HVEC4(-0.0015964508, -0.011451721, 0.09820557, 0.059631348) * v0_2.z;
        h0_0 += HVEC4(-0.023101807, 0.17248535, -0.07550049, 0.0074424744) * v0_2.w;
        h0_1 += HVEC4(-0.15612793, 0.022888184, -0.10662842, -0.10424805) * v0_2.x;
        h0_1 += HVEC4(-0.015899658, -0.012275696, -0.12854004, -0.07312012) * v0_2.y;
        h0_1 += HVEC4(-0.08795166, 0.045013428, 0.04647827, 0.0037994385) * v0_2.z;
        h0_1 += HVEC4(0.23925781, -0.068359375, 0.054504395, 0.2142334) * v0_2.w;
        h0_2 += HVEC4(-0.05441284, 0.007621765, 0.048980713, 0.016235352) * v0_2.x;
        h0_2 += HVEC4(0.08526611, 0.10083008, -0.016067505, 0.13916016) * v0_2.y;
        h0_2 += HVEC4(0.02319336, 0.09576416, -0.05026245, 0.062194824) * v0_2.z;
        h0_2 += HVEC4(0.11590576, -0.07159424, 0.019348145, 0.051849365) * v0_2.w;
        h0_3 += HVEC4(0.037231445, -0.08508301, 0.050323486, -0.14916992) * v0_2.x;
        h0_3 += HVEC4(-0.0056610107, -0.044403076, 0.007896423, -0.040985107) * v0_2.y;
        h0_3 += HVEC4(0.056121826, 0.055419922, -0.011772156, 0.020721436) * v0_2.z;
        h0_3 += HVEC4(0.029434204, -0.030578613, -0.01739502, -0.09307861) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.04360962, 0.08544922, -0.0625, -0.15856934) * v0_2.x;
        h0_0 += HVEC4(0.07244873, 0.04135132, -0.066223145, -0.11462402) * v0_2.y;
        h0_0 += HVEC4(0.029403687, 0.030639648, 0.09613037, 0.0072364807) * v0_2.z;
        h0_0 += HVEC4(-0.036590576, -0.024627686, -0.31860352, -0.028030396) * v0_2.w;
        h0_1 += HVEC4(-0.07623291, 0.08508301, 0.007949829, -0.3317871) * v0_2.x;
        h0_1 += HVEC4(0.030212402, -0.034118652, -0.034484863, -0.14428711) * v0_2.y;
        h0_1 += HVEC4(-0.007255554, -0.02381897, 0.034942627, -0.03567505) * v0_2.z;
        h0_1 += HVEC4(0.023361206, 0.14208984, 0.0044898987, 0.10632324) * v0_2.w;
        h0_2 += HVEC4(0.09460449, -0.10620117, 0.030532837, -0.19226074) * v0_2.x;
        h0_2 += HVEC4(-0.02180481, -0.04119873, -0.011802673, -0.0284729) * v0_2.y;
        h0_2 += HVEC4(0.02067566, 0.009971619, -0.0625, -0.0026721954) * v0_2.z;
        h0_2 += HVEC4(-0.017730713, 0.09246826, 0.015213013, 0.036834717) * v0_2.w;
        h0_3 += HVEC4(-0.0025234222, 0.043548584, 0.02520752, 0.015464783) * v0_2.x;
        h0_3 += HVEC4(-0.0501709, 0.07312012, -0.02180481, 0.016036987) * v0_2.y;
        h0_3 += HVEC4(0.039611816, 0.054138184, -0.044769287, 0.066833496) * v0_2.z;
        h0_3 += HVEC4(-0.013832092, 0.018753052, 0.026062012, -0.1262207) * v0_2.w;
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
        h0_0 += HVEC4(0.2932129, -0.6513672, -0.095703125, 0.3059082) * v0_3.x;
        h0_0 += HVEC4(0.41967773, -0.19067383, 0.11450195, 0.4975586) * v0_3.y;
        h0_0 += HVEC4(-0.014450073, 0.08514404, 0.030670166, -0.0022239685) * v0_3.z;
        h0_0 += HVEC4(-0.03112793, -0.30493164, 0.068847656, 0.06976318) * v0_3.w;
        h0_1 += HVEC4(-0.25341797, -0.0027923584, -0.22399902, -0.65527344) * v0_3.x;
        h0_1 += HVEC4(0.038879395, 0.07086182, -0.10284424, -1.6240234) * v0_3.y;
        h0_1 += HVEC4(0.052459717, -0.0036392212, 0.035064697, 0.027542114) * v0_3.z;
        h0_1 += HVEC4(6.2048435e-05, -0.01436615, 0.015457153, 0.23144531) * v0_3.w;
        h0_2 += HVEC4(-0.20141602, 0.008712769, -0.07525635, -0.36328125) * v0_3.x;
        h0_2 += HVEC4(0.50878906, 0.54296875, 0.09625244, -1.0048828) * v0_3.y;
        h0_2 += HVEC4(0.062927246, -0.051727295, -0.013320923, -0.057434082) * v0_3.z;
        h0_2 += HVEC4(0.026138306, -0.09448242, -0.08721924, -0.00056552887) * v0_3.w;
        h0_3 += HVEC4(0.20947266, -0.061645508, 0.0058670044, 0.1315918) * v0_3.x;
        h0_3 += HVEC4(0.19421387, -0.98828125, 0.14904785, 0.12719727) * v0_3.y;
        h0_3 += HVEC4(0.018051147, 0.070617676, 0.018203735, 0.0053596497) * v0_3.z;
        h0_3 += HVEC4(0.013031006, 0.020217896, -0.037109375, 0.04019165) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.13220215, -0.10357666, 0.18969727, -0.12939453) * v0_3.x;
        h0_0 += HVEC4(0.7363281, 0.021820068, 0.3034668, 0.054016113) * v0_3.y;
        h0_0 += HVEC4(0.07043457, 0.15698242, 0.058441162, -0.118896484) * v0_3.z;
        h0_0 += HVEC4(-0.17150879, -0.52441406, 0.013435364, 0.07739258) * v0_3.w;
        h0_1 += HVEC4(-0.06958008, 0.058776855, -0.037353516, 6.2048435e-05) * v0_3.x;
        h0_1 += HVEC4(-0.23498535, 0.52490234, -0.37890625, -1.1923828) * v0_3.y;
        h0_1 += HVEC4(-0.12927246, 0.008682251, 0.015579224, -0.020935059) * v0_3.z;
        h0_1 += HVEC4(0.080322266, -0.051849365, 0.01953125, -0.1161499) * v0_3.w;
        h0_2 += HVEC4(0.24694824, -0.062469482, -0.070007324, -0.041168213) * v0_3.x;
        h0_2 += HVEC4(0.8642578, -0.14941406, 0.20617676, -0.6611328) * v0_3.y;
        h0_2 += HVEC4(-0.049835205, -0.02519226, 0.21862793, -0.12121582) * v0_3.z;
        h0_2 += HVEC4(0.05996704, 0.13000488, -0.029937744, 0.17993164) * v0_3.w;
        h0_3 += HVEC4(0.14709473, -0.16296387, -0.020935059, 0.19445801) * v0_3.x;
        h0_3 += HVEC4(0.34594727, -0.04928589, 0.24365234, 0.3400879) * v0_3.y;
        h0_3 += HVEC4(-0.06262207, -0.08215332, -0.01386261, 0.010902405) * v0_3.z;
        h0_3 += HVEC4(-0.031555176, -0.08404541, -0.038085938, 0.09564209) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.0016431808, -0.25048828, 0.03427124, 0.05960083) * v0_3.x;
        h0_0 += HVEC4(0.29467773, -0.28320312, 0.34301758, -0.6777344) * v0_3.y;
        h0_0 += HVEC4(0.12927246, 0.10803223, -0.064453125, 0.00023174286) * v0_3.z;
        h0_0 += HVEC4(0.117370605, -0.050811768, 0.016174316, 0.1394043) * v0_3.w;
        h0_1 += HVEC4(0.031707764, 0.018051147, 0.0027427673, -0.0037345886) * v0_3.x;
        h0_1 += HVEC4(-0.2319336, 0.34765625, -0.0949707, -1.0429688) * v0_3.y;
        h0_1 += HVEC4(-0.084472656, 0.0236969, -0.0026798248, 0.021530151) * v0_3.z;
        h0_1 += HVEC4(-0.007545471, -0.00039696693, -0.015274048, -0.07269287) * v0_3.w;
        h0_2 += HVEC4(0.00932312, 0.0037155151, -0.0053634644, 0.13574219) * v0_3.x;
        h0_2 += HVEC4(0.73046875, -0.04083252, -0.095581055, -0.09399414) * v0_3.y;
        h0_2 += HVEC4(0.06970215, -0.041778564, 0.086242676, 0.099975586) * v0_3.z;
        h0_2 += HVEC4(0.025726318, 0.05105591, -0.0050201416, 0.0982666) * v0_3.w;
        h0_3 += HVEC4(0.05355835, -0.03564453, 0.0035686493, 0.12249756) * v0_3.x;
        h0_3 += HVEC4(0.30029297, -0.1237793, 0.076171875, 0.28295898) * v0_3.y;
        h0_3 += HVEC4(-0.07122803, -0.032318115, 0.038085938, 0.23950195) * v0_3.z;
        h0_3 += HVEC4(0.00022423267, 0.088378906, 0.0072364807, 0.18054199) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.7270508, -0.16638184, -0.71533203, 0.22302246) * v0_3.x;
        h0_0 += HVEC4(0.033996582, 0.0064086914, 0.16235352, -0.09820557) * v0_3.y;
        h0_0 += HVEC4(-0.045135498, 0.09124756, -0.0039043427, 0.0042762756) * v0_3.z;
        h0_0 += HVEC4(0.1751709, 0.20751953, 0.04437256, -0.034851074) * v0_3.w;
        h0_1 += HVEC4(-0.23168945, -0.13208008, -0.19396973, -0.6694336) * v0_3.x;
        h0_1 += HVEC4(-0.0038261414, -0.052368164, 0.35791016, -0.2319336) * v0_3.y;
        h0_1 += HVEC4(0.049346924, -0.15515137, 0.019714355, -0.13354492) * v0_3.z;
        h0_1 += HVEC4(-0.01461792, -0.029006958, -0.0048446655, -0.119506836) * v0_3.w;
        h0_2 += HVEC4(-0.7607422, 0.6801758, -0.029907227, -0.41796875) * v0_3.x;
        h0_2 += HVEC4(0.018844604, -0.079956055, 0.013969421, -0.09051514) * v0_3.y;
        h0_2 += HVEC4(-0.05255127, 0.04309082, -0.027648926, -0.03967285) * v0_3.z;
        h0_2 += HVEC4(-0.07489014, 0.29125977, -0.013961792, -0.013420105) * v0_3.w;
        h0_3 += HVEC4(0.19189453, -2.203125, 0.10748291, -0.5439453) * v0_3.x;
        h0_3 += HVEC4(0.07824707, -0.47558594, 0.29345703, 0.014022827) * v0_3.y;
        h0_3 += HVEC4(-0.044555664, 0.037872314, -0.06890869, -0.0049819946) * v0_3.z;
        h0_3 += HVEC4(-0.053649902, 0.088378906, -0.046447754, -0.056549072) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.31225586, 0.035095215, 0.05960083, 0.05279541) * v0_3.x;
        h0_0 += HVEC4(-0.04727173, -0.11883545, -0.17028809, 0.20703125) * v0_3.y;
        h0_0 += HVEC4(0.05429077, -0.23352051, -0.3371582, 0.12683105) * v0_3.z;
        h0_0 += HVEC4(-0.46704102, 0.053527832, -0.08709717, 0.13537598) * v0_3.w;
        h0_1 += HVEC4(0.20080566, 0.06585693, -0.056427002, -0.32104492) * v0_3.x;
        h0_1 += HVEC4(0.04611206, 0.14208984, 0.5761719, 0.2310791) * v0_3.y;
        h0_1 += HVEC4(0.44702148, -0.33154297, 0.0927124, 0.15039062) * v0_3.z;
        h0_1 += HVEC4(-0.4033203, 0.122802734, -0.009132385, -0.37939453) * v0_3.w;
        h0_2 += HVEC4(-0.18920898, 0.20166016, -0.0030651093, -0.07556152) * v0_3.x;
        h0_2 += HVEC4(0.00774765, 0.22131348, 0.15783691, 0.08642578) * v0_3.y;
        h0_2 += HVEC4(-0.31152344, -0.20629883, 0.2553711, -0.15930176) * v0_3.z;
        h0_2 += HVEC4(-0.15991211, 0.10876465, -0.04611206, -0.41601562) * v0_3.w;
        h0_3 += HVEC4(0.3544922, -0.09490967, -0.017059326, 0.3005371) * v0_3.x;
        h0_3 += HVEC4(0.35595703, -0.51708984, 0.6333008, 0.111083984) * v0_3.y;
        h0_3 += HVEC4(0.23339844, 0.17944336, 0.25219727, -0.010604858) * v0_3.z;
        h0_3 += HVEC4(0.01626587, -0.35229492, 0.05328369, -0.08483887) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.09112549, 0.22290039, 0.0004081726, -0.1227417) * v0_3.x;
        h0_0 += HVEC4(-0.010185242, 0.113098145, 0.24645996, -0.040283203) * v0_3.y;
        h0_0 += HVEC4(-0.08618164, 0.012649536, 0.071777344, -0.17016602) * v0_3.z;
        h0_0 += HVEC4(0.027114868, -0.10095215, 0.05267334, -0.03543091) * v0_3.w;
        h0_1 += HVEC4(-0.036132812, 0.0769043, -0.005405426, -0.11029053) * v0_3.x;
        h0_1 += HVEC4(-0.0758667, 0.03717041, 0.15588379, 0.077819824) * v0_3.y;
        h0_1 += HVEC4(0.07165527, 0.0026988983, -0.054901123, 0.045074463) * v0_3.z;
        h0_1 += HVEC4(-0.053253174, 0.015792847, 0.008178711, 0.101379395) * v0_3.w;
        h0_2 += HVEC4(-0.1418457, 0.003929138, 0.06982422, -0.04269409) * v0_3.x;
        h0_2 += HVEC4(0.17382812, -0.002916336, -0.11859131, 0.06939697) * v0_3.y;
        h0_2 += HVEC4(0.13085938, 0.028884888, -0.0848999, -0.04711914) * v0_3.z;
        h0_2 += HVEC4(-0.018814087, -0.036468506, -0.0041923523, -0.026672363) * v0_3.w;
        h0_3 += HVEC4(-0.02696228, -0.03869629, 0.03942871, -0.14404297) * v0_3.x;
        h0_3 += HVEC4(0.26220703, -0.41845703, 0.03753662, 0.0769043) * v0_3.y;
        h0_3 += HVEC4(-0.13269043, -0.09460449, -0.020187378, -0.02809143) * v0_3.z;
        h0_3 += HVEC4(0.0020275116, 0.04156494, 0.030731201, -0.16821289) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.5527344, 0.013618469, -0.38745117, -0.33251953) * v0_3.x;
        h0_0 += HVEC4(-0.010040283, -0.042816162, 0.052581787, -0.04168701) * v0_3.y;
        h0_0 += HVEC4(-0.06451416, 0.030914307, -0.074157715, -0.00014257431) * v0_3.z;
        h0_0 += HVEC4(0.053863525, 0.025283813, -0.08959961, -0.03338623) * v0_3.w;
        h0_1 += HVEC4(-0.8769531, -0.30249023, -0.5566406, -0.78759766) * v0_3.x;
        h0_1 += HVEC4(0.09289551, -0.08135986, 0.050109863, 0.1348877) * v0_3.y;
        h0_1 += HVEC4(-0.002696991, -0.022460938, -0.09906006, -0.075927734) * v0_3.z;
        h0_1 += HVEC4(0.009544373, -0.044403076, -0.08392334, 0.20446777) * v0_3.w;
        h0_2 += HVEC4(-0.81347656, 0.00028944016, -0.04837036, -0.22399902) * v0_3.x;
        h0_2 += HVEC4(-0.030059814, -0.0007853508, -0.050109863, -0.045043945) * v0_3.y;
        h0_2 += HVEC4(-0.04244995, 0.00046753883, -0.009437561, 0.025863647) * v0_3.z;
        h0_2 += HVEC4(0.026382446, -0.13085938, -0.001001358, -0.024642944) * v0_3.w;
        h0_3 += HVEC4(-0.1619873, -0.50097656, 0.07067871, -0.107421875) * v0_3.x;
        h0_3 += HVEC4(-0.009895325, -0.014762878, 0.02960205, 0.00944519) * v0_3.y;
        h0_3 += HVEC4(-0.028884888, -0.095458984, -0.0003888607, 0.012580872) * v0_3.z;
        h0_3 += HVEC4(-0.001991272, 0.04901123, -0.0077323914, -0.048065186) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.019638062, -0.026031494, -0.3154297, 0.05758667) * v0_3.x;
        h0_0 += HVEC4(0.01550293, 0.012870789, 0.05267334, 0.062408447) * v0_3.y;
        h0_0 += HVEC4(-0.029830933, -0.028717041, -0.08886719, 0.024795532) * v0_3.z;
        h0_0 += HVEC4(0.080444336, -0.07800293, -0.18676758, 0.005050659) * v0_3.w;
        h0_1 += HVEC4(-0.2607422, -0.17663574, 0.0075187683, 0.107788086) * v0_3.x;
        h0_1 += HVEC4(0.012779236, 0.01739502, 0.051513672, -0.015930176) * v0_3.y;
        h0_1 += HVEC4(-0.19616699, 0.08026123, 0.09893799, -0.02268982) * v0_3.z;
        h0_1 += HVEC4(-0.30810547, -0.14526367, 0.12878418, -0.17810059) * v0_3.w;
        h0_2 += HVEC4(-0.14123535, -0.012741089, -0.09173584, 0.022888184) * v0_3.x;
        h0_2 += HVEC4(0.0184021, 0.058380127, -0.012565613, 0.051635742) * v0_3.y;
        h0_2 += HVEC4(0.011817932, 0.05834961, 0.09503174, 0.036102295) * v0_3.z;
        h0_2 += HVEC4(-0.103759766, 0.119262695, -0.09442139, -0.049316406) * v0_3.w;
        h0_3 += HVEC4(0.11968994, 0.16748047, -0.06365967, 0.027267456) * v0_3.x;
        h0_3 += HVEC4(0.062438965, -0.07611084, -0.026565552, 0.061309814) * v0_3.y;
        h0_3 += HVEC4(0.073913574, 0.04937744, 0.0390625, -0.009689331) * v0_3.z;
        h0_3 += HVEC4(-0.077941895, 0.054382324, -0.06567383, -0.08929443) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.022018433, -0.066223145, -0.085754395, -0.03186035) * v0_3.x;
        h0_0 += HVEC4(0.07080078, -0.06677246, 0.03137207, 0.032440186) * v0_3.y;
        h0_0 += HVEC4(0.033233643, 0.017196655, 0.06329346, -0.056732178) * v0_3.z;
        h0_0 += HVEC4(-0.01399231, 0.090148926, -0.049682617, 0.012550354) * v0_3.w;
        h0_1 += HVEC4(-0.06304932, -0.054504395, 0.024398804, -0.103149414) * v0_3.x;
        h0_1 += HVEC4(0.030212402, -0.04171753, -0.0132751465, 0.12011719) * v0_3.y;
        h0_1 += HVEC4(0.09887695, 0.012969971, -0.041534424, -0.059783936) * v0_3.z;
        h0_1 += HVEC4(-0.017700195, 0.031555176, 0.0045661926, 0.0027637482) * v0_3.w;
        h0_2 += HVEC4(0.041748047, -0.05505371, -0.03717041, -0.12817383) * v0_3.x;
        h0_2 += HVEC4(0.0070343018, -0.04660034, -0.018630981, 0.043029785) * v0_3.y;
        h0_2 += HVEC4(0.036834717, 0.0103302, -0.043914795, -0.023727417) * v0_3.z;
        h0_2 += HVEC4(0.093322754, -0.026275635, -0.011169434, 0.020706177) * v0_3.w;
        h0_3 += HVEC4(0.008781433, 0.0859375, -0.035308838, 0.06524658) * v0_3.x;
        h0_3 += HVEC4(-0.076660156, 0.10839844, -0.03945923, 0.011627197) * v0_3.y;
        h0_3 += HVEC4(-0.08319092, 0.018539429, -0.025299072, -0.003232956) * v0_3.z;
        h0_3 += HVEC4(0.0066490173, 0.0053749084, 0.0065956116, -0.050842285) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DN compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L3
//!SAVE ArtCNN_C4F16_DN_L4
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
        a0_0 = vec4(-0.0026729486, -0.009118031, -0.004540173, 0.0025627601);
        a0_1 = vec4(0.0010126249, -0.005367281, -0.0069887056, -0.012432767);
        a0_2 = vec4(0.00539171, -0.0775509, -0.006941183, 0.0041552046);
        a0_3 = vec4(0.011853503, 0.0043568853, -0.0006060599, -0.0006150335);
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
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.021911621, -0.1161499, -0.0093688965, 0.056854248) * v0_0.x;
        h0_0 += HVEC4(-0.0051345825, 0.011352539, 0.02619934, -0.028533936) * v0_0.y;
        h0_0 += HVEC4(-0.03062439, -0.097351074, 0.025512695, -0.069885254) * v0_0.z;
        h0_0 += HVEC4(-0.013305664, 0.06274414, -0.025680542, 0.037139893) * v0_0.w;
        h0_1 += HVEC4(-0.022628784, -0.031799316, 0.009925842, -0.027557373) * v0_0.x;
        h0_1 += HVEC4(-0.01247406, 0.008857727, 0.008338928, 0.021118164) * v0_0.y;
        h0_1 += HVEC4(-0.03829956, 0.038208008, 0.02986145, 0.06298828) * v0_0.z;
        h0_1 += HVEC4(0.08996582, -0.02267456, -0.0012760162, -0.092163086) * v0_0.w;
        h0_2 += HVEC4(-0.01083374, -0.013206482, 0.021713257, 0.039520264) * v0_0.x;
        h0_2 += HVEC4(-0.0072021484, 0.04815674, 0.009346008, -0.018615723) * v0_0.y;
        h0_2 += HVEC4(0.041625977, 0.055755615, 0.023864746, -0.002368927) * v0_0.z;
        h0_2 += HVEC4(0.0067367554, -0.027999878, -0.021881104, -0.073913574) * v0_0.w;
        h0_3 += HVEC4(0.024002075, -0.030059814, 0.02998352, -0.011474609) * v0_0.x;
        h0_3 += HVEC4(-0.015701294, 0.0020866394, 0.012619019, -0.0015993118) * v0_0.y;
        h0_3 += HVEC4(-0.038635254, 0.08282471, -0.14587402, -0.0690918) * v0_0.z;
        h0_3 += HVEC4(-0.025375366, 0.08984375, 0.1262207, 0.19616699) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.010360718, 0.015029907, -0.030563354, 0.11065674) * v0_0.x;
        h0_0 += HVEC4(-0.0049324036, 0.020599365, 0.029724121, 0.0013532639) * v0_0.y;
        h0_0 += HVEC4(0.047088623, 0.1673584, 0.08343506, -0.16186523) * v0_0.z;
        h0_0 += HVEC4(0.022277832, -0.09289551, 0.030227661, -0.016448975) * v0_0.w;
        h0_1 += HVEC4(0.08526611, -0.050567627, -0.033569336, -0.031311035) * v0_0.x;
        h0_1 += HVEC4(0.0046157837, 0.03250122, -0.015197754, 0.037017822) * v0_0.y;
        h0_1 += HVEC4(-0.052734375, 0.06011963, -0.018859863, 0.05682373) * v0_0.z;
        h0_1 += HVEC4(-0.022583008, -0.002664566, -0.049560547, 0.14245605) * v0_0.w;
        h0_2 += HVEC4(0.020812988, -0.072387695, 0.010543823, -0.105773926) * v0_0.x;
        h0_2 += HVEC4(-0.0046920776, -0.10626221, -0.03869629, -0.0023002625) * v0_0.y;
        h0_2 += HVEC4(-0.012138367, 0.018218994, 0.030715942, 0.04525757) * v0_0.z;
        h0_2 += HVEC4(-0.015991211, 0.01890564, -0.022964478, -0.037384033) * v0_0.w;
        h0_3 += HVEC4(-0.04171753, 0.0970459, -0.004787445, 0.11755371) * v0_0.x;
        h0_3 += HVEC4(0.006401062, 0.015090942, -0.01461792, -0.0132751465) * v0_0.y;
        h0_3 += HVEC4(0.056915283, -0.15270996, 0.107421875, -0.026260376) * v0_0.z;
        h0_3 += HVEC4(-0.022872925, 0.19458008, 0.16723633, 0.023803711) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.019821167, 0.019882202, 0.019958496, -0.012870789) * v0_0.x;
        h0_0 += HVEC4(0.00044465065, -0.010375977, -0.00065517426, -0.010032654) * v0_0.y;
        h0_0 += HVEC4(-0.016693115, -0.074401855, 0.074157715, 0.018951416) * v0_0.z;
        h0_0 += HVEC4(-0.010559082, -0.0019197464, -0.049224854, 0.033721924) * v0_0.w;
        h0_1 += HVEC4(-0.023239136, 0.007499695, -0.030914307, 0.007232666) * v0_0.x;
        h0_1 += HVEC4(0.007160187, -0.0024223328, 0.012481689, 0.022903442) * v0_0.y;
        h0_1 += HVEC4(0.07067871, 0.025939941, 0.0014438629, 0.009262085) * v0_0.z;
        h0_1 += HVEC4(-0.04525757, -0.005634308, 0.023498535, 0.009246826) * v0_0.w;
        h0_2 += HVEC4(-0.035736084, -0.09863281, -0.03942871, 0.004245758) * v0_0.x;
        h0_2 += HVEC4(-0.012496948, 0.06640625, 0.006412506, 0.02015686) * v0_0.y;
        h0_2 += HVEC4(0.0102005005, -0.019302368, 0.027114868, -0.025024414) * v0_0.z;
        h0_2 += HVEC4(-0.0052452087, -0.08917236, 0.099975586, -0.037750244) * v0_0.w;
        h0_3 += HVEC4(0.023513794, -0.13354492, -0.003742218, 0.017303467) * v0_0.x;
        h0_3 += HVEC4(0.015342712, 0.07495117, 0.023208618, -0.024337769) * v0_0.y;
        h0_3 += HVEC4(-0.013313293, -0.11505127, -0.0076065063, -0.042022705) * v0_0.z;
        h0_3 += HVEC4(-0.030151367, 0.08355713, -0.043670654, -0.0038051605) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.04534912, 0.09472656, -0.06945801, 0.054992676) * v0_0.x;
        h0_0 += HVEC4(-0.009170532, -0.14770508, -0.05859375, 0.056518555) * v0_0.y;
        h0_0 += HVEC4(-0.009117126, -0.002784729, 0.03366089, 0.018829346) * v0_0.z;
        h0_0 += HVEC4(0.042633057, 0.40478516, -0.024505615, 0.01373291) * v0_0.w;
        h0_1 += HVEC4(0.048095703, 0.029846191, -0.01335907, 0.022338867) * v0_0.x;
        h0_1 += HVEC4(-0.026138306, -0.040740967, 0.0067100525, -0.08453369) * v0_0.y;
        h0_1 += HVEC4(0.0287323, 0.037139893, -0.028503418, 0.00831604) * v0_0.z;
        h0_1 += HVEC4(0.19055176, 0.023132324, 0.1060791, 0.0054016113) * v0_0.w;
        h0_2 += HVEC4(0.014030457, -0.013061523, 0.0023326874, -0.03878784) * v0_0.x;
        h0_2 += HVEC4(-0.031707764, 0.033843994, 0.018753052, 0.066223145) * v0_0.y;
        h0_2 += HVEC4(0.007472992, -0.025115967, -0.02809143, -0.006591797) * v0_0.z;
        h0_2 += HVEC4(-0.0059051514, 0.058013916, -0.01914978, -0.17260742) * v0_0.w;
        h0_3 += HVEC4(0.015701294, -0.14672852, 0.08850098, 0.39453125) * v0_0.x;
        h0_3 += HVEC4(0.111206055, -0.05697632, 0.053222656, -0.2878418) * v0_0.y;
        h0_3 += HVEC4(0.06707764, -0.13745117, 0.09063721, 0.17834473) * v0_0.z;
        h0_3 += HVEC4(-0.12298584, -0.010818481, 0.2668457, -0.02178955) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.05407715, 0.0004684925, 0.3071289, 0.13623047) * v0_0.x;
        h0_0 += HVEC4(-0.06854248, -0.024963379, -0.2824707, 0.12249756) * v0_0.y;
        h0_0 += HVEC4(0.07086182, -0.07751465, 0.111328125, -0.041229248) * v0_0.z;
        h0_0 += HVEC4(0.0044288635, -0.025909424, -0.14135742, -0.13085938) * v0_0.w;
        h0_1 += HVEC4(0.2142334, 0.10369873, 0.14135742, 0.22766113) * v0_0.x;
        h0_1 += HVEC4(-0.2763672, 0.06384277, -0.028030396, -0.2548828) * v0_0.y;
        h0_1 += HVEC4(0.080444336, 0.2841797, 0.04333496, 0.4284668) * v0_0.z;
        h0_1 += HVEC4(0.028717041, -0.03152466, -0.042633057, -0.25683594) * v0_0.w;
        h0_2 += HVEC4(-0.14538574, 0.039978027, -0.1171875, -0.058654785) * v0_0.x;
        h0_2 += HVEC4(0.0064086914, 0.046661377, 0.049072266, -0.024917603) * v0_0.y;
        h0_2 += HVEC4(-0.28881836, -0.041229248, -0.09210205, -0.1427002) * v0_0.z;
        h0_2 += HVEC4(-0.0836792, 0.04067993, 0.21130371, 0.26831055) * v0_0.w;
        h0_3 += HVEC4(-0.015609741, 0.3137207, 0.025482178, 0.06323242) * v0_0.x;
        h0_3 += HVEC4(0.005332947, 0.08557129, -0.08154297, 0.07336426) * v0_0.y;
        h0_3 += HVEC4(-0.062683105, -0.18078613, -0.07562256, -0.1295166) * v0_0.z;
        h0_3 += HVEC4(0.107666016, -0.21264648, 0.3491211, 0.13232422) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.0047836304, 0.029251099, -0.07879639, 0.08343506) * v0_0.x;
        h0_0 += HVEC4(0.009017944, -0.00029683113, 0.050445557, 0.0073280334) * v0_0.y;
        h0_0 += HVEC4(-0.012123108, -0.08648682, 0.10345459, -0.030838013) * v0_0.z;
        h0_0 += HVEC4(0.024353027, 0.048980713, 0.026123047, -0.10308838) * v0_0.w;
        h0_1 += HVEC4(-0.021057129, 0.028335571, -0.008407593, 0.06323242) * v0_0.x;
        h0_1 += HVEC4(0.012619019, -0.048675537, -0.0076942444, -0.008811951) * v0_0.y;
        h0_1 += HVEC4(-0.074157715, -0.019989014, -0.05999756, 0.026550293) * v0_0.z;
        h0_1 += HVEC4(-0.052734375, 0.0060653687, 0.070129395, 0.019592285) * v0_0.w;
        h0_2 += HVEC4(-0.02708435, -0.015426636, -0.06903076, 0.042175293) * v0_0.x;
        h0_2 += HVEC4(0.024154663, -0.048828125, -0.2220459, -0.0021018982) * v0_0.y;
        h0_2 += HVEC4(-0.029418945, -0.019119263, -0.045288086, -0.04815674) * v0_0.z;
        h0_2 += HVEC4(-0.030426025, -0.072021484, -0.18591309, 0.033416748) * v0_0.w;
        h0_3 += HVEC4(0.039520264, -0.08294678, 0.064697266, 0.068237305) * v0_0.x;
        h0_3 += HVEC4(0.00137043, 0.03555298, 0.033935547, -0.10473633) * v0_0.y;
        h0_3 += HVEC4(-0.015823364, 0.076538086, 0.031280518, -0.036468506) * v0_0.z;
        h0_3 += HVEC4(0.004589081, 0.14916992, 0.0010757446, 0.005924225) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.06237793, 0.00033712387, 0.030761719, -0.01675415) * v0_0.x;
        h0_0 += HVEC4(0.0022182465, 0.03866577, 0.040893555, -0.020767212) * v0_0.y;
        h0_0 += HVEC4(-0.017456055, -0.15246582, 0.0077209473, 0.018188477) * v0_0.z;
        h0_0 += HVEC4(0.08691406, 0.2705078, 0.030532837, -0.15905762) * v0_0.w;
        h0_1 += HVEC4(-0.02078247, 0.045837402, -0.14025879, -0.012886047) * v0_0.x;
        h0_1 += HVEC4(0.020553589, 0.078186035, -0.12780762, 0.13830566) * v0_0.y;
        h0_1 += HVEC4(0.0143966675, -0.00068616867, -0.047943115, 0.0110321045) * v0_0.z;
        h0_1 += HVEC4(0.20898438, 0.08227539, 0.021835327, 0.057556152) * v0_0.w;
        h0_2 += HVEC4(-0.014808655, -0.09777832, -0.004306793, -0.011116028) * v0_0.x;
        h0_2 += HVEC4(0.05718994, -0.099975586, -0.0025157928, -0.022628784) * v0_0.y;
        h0_2 += HVEC4(0.047973633, 0.048309326, -0.015541077, -0.003622055) * v0_0.z;
        h0_2 += HVEC4(0.036590576, -0.01687622, 0.00793457, -0.040649414) * v0_0.w;
        h0_3 += HVEC4(-0.024993896, -0.15808105, 0.052001953, 0.20251465) * v0_0.x;
        h0_3 += HVEC4(-0.06567383, 0.054626465, -0.057922363, 0.017242432) * v0_0.y;
        h0_3 += HVEC4(-0.0039482117, -0.057250977, 0.03363037, 0.0063209534) * v0_0.z;
        h0_3 += HVEC4(-0.055358887, 0.08532715, 0.0078048706, 0.059417725) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.01852417, 0.0446167, -0.05267334, 0.015174866) * v0_0.x;
        h0_0 += HVEC4(0.18493652, -0.05419922, 0.1373291, 0.046173096) * v0_0.y;
        h0_0 += HVEC4(-0.06781006, -0.13745117, 0.01197052, 0.06719971) * v0_0.z;
        h0_0 += HVEC4(-0.0099105835, -0.12286377, 0.066345215, 0.017410278) * v0_0.w;
        h0_1 += HVEC4(-0.03262329, -0.10595703, 0.17358398, -0.09423828) * v0_0.x;
        h0_1 += HVEC4(0.14624023, 0.2055664, 0.02722168, 0.32983398) * v0_0.y;
        h0_1 += HVEC4(-0.027786255, -0.27490234, -0.031402588, -0.007926941) * v0_0.z;
        h0_1 += HVEC4(-0.06896973, -0.1809082, -0.20739746, -0.05267334) * v0_0.w;
        h0_2 += HVEC4(-0.1538086, 0.01725769, -0.013786316, 0.017654419) * v0_0.x;
        h0_2 += HVEC4(0.119018555, -0.07128906, -0.014717102, 0.07019043) * v0_0.y;
        h0_2 += HVEC4(0.024932861, -0.013298035, 0.02053833, -0.005771637) * v0_0.z;
        h0_2 += HVEC4(0.047821045, -0.054473877, -0.058898926, 0.005168915) * v0_0.w;
        h0_3 += HVEC4(0.031311035, 0.109680176, -0.013961792, 0.1595459) * v0_0.x;
        h0_3 += HVEC4(-0.045532227, -0.08544922, 0.01828003, -0.041046143) * v0_0.y;
        h0_3 += HVEC4(-0.009460449, 0.0026016235, -0.010887146, -0.06982422) * v0_0.z;
        h0_3 += HVEC4(-0.038848877, 0.099243164, 0.054992676, -0.055023193) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.039794922, -0.057128906, -0.07800293, -0.014472961) * v0_0.x;
        h0_0 += HVEC4(-0.018707275, 0.00088882446, 0.013168335, -0.0042762756) * v0_0.y;
        h0_0 += HVEC4(0.0032196045, -0.03152466, -0.0057258606, 0.08477783) * v0_0.z;
        h0_0 += HVEC4(-0.007446289, 0.03237915, -0.014038086, 0.059173584) * v0_0.w;
        h0_1 += HVEC4(-0.009895325, 0.044708252, -0.091308594, 0.010650635) * v0_0.x;
        h0_1 += HVEC4(-0.016036987, 0.125, -0.046081543, 0.3046875) * v0_0.y;
        h0_1 += HVEC4(0.0124435425, -0.05532837, 0.029693604, -0.027938843) * v0_0.z;
        h0_1 += HVEC4(0.015510559, -0.0236969, 0.010139465, -0.032958984) * v0_0.w;
        h0_2 += HVEC4(-0.01763916, -0.03845215, -0.01398468, -0.02255249) * v0_0.x;
        h0_2 += HVEC4(-0.011062622, 0.068115234, 0.087524414, 0.006164551) * v0_0.y;
        h0_2 += HVEC4(0.013534546, 0.01058197, -0.0029773712, -0.0072669983) * v0_0.z;
        h0_2 += HVEC4(0.030593872, -0.03967285, 0.13745117, 0.01789856) * v0_0.w;
        h0_3 += HVEC4(-0.008155823, 0.06262207, 0.016998291, 0.00844574) * v0_0.x;
        h0_3 += HVEC4(-0.022201538, -0.052856445, -0.004550934, -0.01802063) * v0_0.y;
        h0_3 += HVEC4(-0.00415802, 0.07366943, 0.0012044907, -0.038146973) * v0_0.z;
        h0_3 += HVEC4(-0.0093688965, 0.04260254, -0.03668213, 0.00072956085) * v0_0.w;
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
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.0034389496, -0.22253418, 0.015777588, -0.021774292) * v0_1.x;
        h0_0 += HVEC4(0.017486572, 0.035888672, -0.09161377, 0.11798096) * v0_1.y;
        h0_0 += HVEC4(-0.0035037994, 0.18664551, -0.02722168, -0.025665283) * v0_1.z;
        h0_0 += HVEC4(0.040008545, 0.19238281, 0.026000977, -0.025024414) * v0_1.w;
        h0_1 += HVEC4(0.028381348, 0.011207581, 0.019210815, 0.11053467) * v0_1.x;
        h0_1 += HVEC4(-0.047912598, 9.787083e-05, 0.023483276, -0.003736496) * v0_1.y;
        h0_1 += HVEC4(0.008651733, -0.07727051, -0.010734558, 0.0127334595) * v0_1.z;
        h0_1 += HVEC4(-0.014930725, -0.02507019, 0.012641907, 0.04977417) * v0_1.w;
        h0_2 += HVEC4(-0.02015686, -0.09851074, -0.018081665, -0.046936035) * v0_1.x;
        h0_2 += HVEC4(-0.027786255, -0.103149414, 0.010635376, 0.07208252) * v0_1.y;
        h0_2 += HVEC4(-0.017242432, 0.022994995, -0.044189453, -0.022567749) * v0_1.z;
        h0_2 += HVEC4(-0.018341064, 0.024673462, -0.012924194, 0.002204895) * v0_1.w;
        h0_3 += HVEC4(-0.01802063, -0.22265625, -0.010116577, 0.12084961) * v0_1.x;
        h0_3 += HVEC4(0.08868408, -0.08721924, 0.054016113, -0.07873535) * v0_1.y;
        h0_3 += HVEC4(0.0014848709, -0.2746582, 0.13452148, 0.3564453) * v0_1.z;
        h0_3 += HVEC4(-0.039642334, 0.14428711, -0.12683105, -0.101867676) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.059539795, -0.1661377, 0.21936035, 0.043304443) * v0_1.x;
        h0_0 += HVEC4(-0.10601807, -0.0703125, -0.14172363, 0.15222168) * v0_1.y;
        h0_0 += HVEC4(-0.2902832, 0.1809082, -0.06732178, -0.29077148) * v0_1.z;
        h0_0 += HVEC4(-0.012687683, 0.042419434, -0.0032482147, -0.0044441223) * v0_1.w;
        h0_1 += HVEC4(0.2915039, -0.096191406, -0.023513794, 0.1595459) * v0_1.x;
        h0_1 += HVEC4(-0.026794434, -0.076660156, 0.008834839, -0.21252441) * v0_1.y;
        h0_1 += HVEC4(-0.12561035, -0.17626953, 0.18981934, -0.3581543) * v0_1.z;
        h0_1 += HVEC4(0.0546875, -0.033172607, 0.070617676, -0.09887695) * v0_1.w;
        h0_2 += HVEC4(0.0043258667, -0.025985718, -0.0048179626, -0.1427002) * v0_1.x;
        h0_2 += HVEC4(-0.0032615662, -0.09790039, -0.030654907, -0.057495117) * v0_1.y;
        h0_2 += HVEC4(-0.07501221, -0.026138306, -0.025344849, 0.17626953) * v0_1.z;
        h0_2 += HVEC4(-0.015899658, -0.0052719116, 0.06665039, -0.023422241) * v0_1.w;
        h0_3 += HVEC4(-0.006214142, -0.14538574, 0.06890869, -0.1239624) * v0_1.x;
        h0_3 += HVEC4(-0.06774902, -0.06896973, 0.02116394, 0.17175293) * v0_1.y;
        h0_3 += HVEC4(-0.4609375, 0.86621094, -0.25439453, -0.031173706) * v0_1.z;
        h0_3 += HVEC4(0.014465332, -0.23925781, 0.15917969, 0.076171875) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.049438477, 0.020751953, 0.001127243, 0.06719971) * v0_1.x;
        h0_0 += HVEC4(0.016906738, 0.09680176, -0.08337402, 0.012367249) * v0_1.y;
        h0_0 += HVEC4(-0.072021484, 0.03326416, -0.15039062, 0.1194458) * v0_1.z;
        h0_0 += HVEC4(0.01977539, 0.04776001, -0.08905029, -0.04345703) * v0_1.w;
        h0_1 += HVEC4(-0.016647339, 0.037475586, 0.02859497, 0.16369629) * v0_1.x;
        h0_1 += HVEC4(-0.11102295, -0.016845703, 0.027420044, -0.00894928) * v0_1.y;
        h0_1 += HVEC4(0.122924805, 0.10925293, 0.26611328, -0.24279785) * v0_1.z;
        h0_1 += HVEC4(-0.04345703, -0.032287598, -0.011177063, -0.1541748) * v0_1.w;
        h0_2 += HVEC4(-0.039611816, -0.033294678, 0.3293457, -0.04562378) * v0_1.x;
        h0_2 += HVEC4(-0.035339355, -0.045043945, -0.21069336, 0.00819397) * v0_1.y;
        h0_2 += HVEC4(0.07305908, 0.06616211, -0.1640625, -0.35546875) * v0_1.z;
        h0_2 += HVEC4(-0.003873825, 0.052947998, 0.14013672, 0.053100586) * v0_1.w;
        h0_3 += HVEC4(0.0048675537, 0.1159668, -0.13232422, 0.105529785) * v0_1.x;
        h0_3 += HVEC4(-0.013389587, 0.19726562, -0.1015625, 0.0031204224) * v0_1.y;
        h0_3 += HVEC4(-0.25073242, 0.7529297, -0.19848633, -0.16113281) * v0_1.z;
        h0_3 += HVEC4(0.024154663, 0.020767212, -0.05831909, -0.062683105) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.00050354004, -0.23815918, 0.0009317398, 0.043701172) * v0_1.x;
        h0_0 += HVEC4(0.026168823, -0.16772461, -0.1015625, 0.050811768) * v0_1.y;
        h0_0 += HVEC4(-0.01033783, -0.33154297, 0.010910034, 0.016036987) * v0_1.z;
        h0_0 += HVEC4(-0.02684021, 0.22961426, -0.02923584, -0.029525757) * v0_1.w;
        h0_1 += HVEC4(-0.019729614, 0.013954163, 0.02319336, -0.033081055) * v0_1.x;
        h0_1 += HVEC4(-0.041107178, -0.03363037, -0.013542175, -0.0008664131) * v0_1.y;
        h0_1 += HVEC4(-0.01651001, -0.12548828, -0.07550049, -0.021896362) * v0_1.z;
        h0_1 += HVEC4(-0.05557251, 0.034057617, 0.06549072, -0.05871582) * v0_1.w;
        h0_2 += HVEC4(-0.032470703, -0.00066804886, 0.02848816, 0.013938904) * v0_1.x;
        h0_2 += HVEC4(0.022644043, -0.060028076, 0.00045228004, 0.039611816) * v0_1.y;
        h0_2 += HVEC4(-0.016311646, -0.07696533, 0.031173706, -0.0013971329) * v0_1.z;
        h0_2 += HVEC4(-0.018035889, -0.0078048706, 0.009628296, -0.0053710938) * v0_1.w;
        h0_3 += HVEC4(-0.005092621, 0.08630371, -0.00541687, -0.2685547) * v0_1.x;
        h0_3 += HVEC4(0.019058228, -0.010231018, 0.0005583763, -0.064331055) * v0_1.y;
        h0_3 += HVEC4(-0.07019043, -0.015083313, 0.0848999, -0.04360962) * v0_1.z;
        h0_3 += HVEC4(-0.047210693, 0.06524658, -0.049194336, -0.17382812) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.06500244, 0.14624023, -0.23352051, 0.33203125) * v0_1.x;
        h0_0 += HVEC4(0.0016059875, 0.0725708, -0.21032715, 0.27001953) * v0_1.y;
        h0_0 += HVEC4(0.16577148, 0.22790527, -0.14782715, 0.033599854) * v0_1.z;
        h0_0 += HVEC4(0.13696289, -0.14294434, -0.054718018, -0.04284668) * v0_1.w;
        h0_1 += HVEC4(-0.23278809, 0.04736328, 0.07495117, -0.2998047) * v0_1.x;
        h0_1 += HVEC4(-0.13024902, -0.19030762, 0.083618164, -0.059326172) * v0_1.y;
        h0_1 += HVEC4(-0.16723633, -0.46166992, 0.38623047, -0.34033203) * v0_1.z;
        h0_1 += HVEC4(0.23327637, 0.034088135, -0.10168457, 0.116760254) * v0_1.w;
        h0_2 += HVEC4(-0.01524353, -0.08117676, 0.04220581, 0.12109375) * v0_1.x;
        h0_2 += HVEC4(0.31030273, -0.078186035, -0.04837036, 0.1953125) * v0_1.y;
        h0_2 += HVEC4(0.06088257, 0.039489746, -0.003610611, 0.07458496) * v0_1.z;
        h0_2 += HVEC4(0.07342529, -0.053955078, 0.04727173, 0.11639404) * v0_1.w;
        h0_3 += HVEC4(0.08996582, -0.10131836, -0.16418457, -0.049591064) * v0_1.x;
        h0_3 += HVEC4(0.039886475, -0.22192383, -0.13769531, -0.08227539) * v0_1.y;
        h0_3 += HVEC4(-0.1965332, 0.26831055, 0.16674805, 0.14440918) * v0_1.z;
        h0_3 += HVEC4(-0.13330078, 0.0024356842, 0.0463562, 0.07519531) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.07556152, 0.08355713, -0.023376465, 0.103881836) * v0_1.x;
        h0_0 += HVEC4(-0.059020996, 0.035369873, -0.1821289, 0.11395264) * v0_1.y;
        h0_0 += HVEC4(0.14172363, 0.3083496, 0.021514893, -0.06640625) * v0_1.z;
        h0_0 += HVEC4(-0.029647827, 0.030715942, 0.08795166, -0.20373535) * v0_1.w;
        h0_1 += HVEC4(-0.00012290478, 0.025390625, 0.054504395, -0.11352539) * v0_1.x;
        h0_1 += HVEC4(-0.025131226, 0.013023376, 0.05142212, 0.03137207) * v0_1.y;
        h0_1 += HVEC4(-0.015640259, -0.16113281, 0.053222656, 0.16247559) * v0_1.z;
        h0_1 += HVEC4(-0.066223145, -0.064819336, 0.058807373, -0.0005507469) * v0_1.w;
        h0_2 += HVEC4(0.026855469, -0.08679199, 0.05316162, 0.005580902) * v0_1.x;
        h0_2 += HVEC4(0.11981201, -0.10437012, 0.23486328, 0.09106445) * v0_1.y;
        h0_2 += HVEC4(-0.06738281, 0.031280518, -0.029251099, -0.016693115) * v0_1.z;
        h0_2 += HVEC4(-0.025115967, 0.0058937073, 0.01852417, 0.005886078) * v0_1.w;
        h0_3 += HVEC4(0.021240234, -0.007911682, 0.06384277, 0.046844482) * v0_1.x;
        h0_3 += HVEC4(0.02192688, 0.05645752, 0.038848877, 0.10748291) * v0_1.y;
        h0_3 += HVEC4(-0.031188965, 0.27392578, -0.12683105, -0.076416016) * v0_1.z;
        h0_3 += HVEC4(-0.02355957, -0.02772522, -0.10534668, -0.031433105) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.016983032, -0.1171875, -0.012229919, -0.062683105) * v0_1.x;
        h0_0 += HVEC4(-0.019577026, -0.17810059, -0.007789612, -0.04272461) * v0_1.y;
        h0_0 += HVEC4(0.041137695, 0.2368164, 0.03237915, -0.0019931793) * v0_1.z;
        h0_0 += HVEC4(0.04837036, 0.10858154, -0.019256592, -0.025543213) * v0_1.w;
        h0_1 += HVEC4(0.008285522, 0.05480957, -0.003145218, 0.034942627) * v0_1.x;
        h0_1 += HVEC4(-0.009635925, 0.01473999, -0.018920898, 0.014099121) * v0_1.y;
        h0_1 += HVEC4(0.051574707, 0.08746338, -0.053131104, -0.023406982) * v0_1.z;
        h0_1 += HVEC4(0.01727295, -0.069885254, -0.0035896301, -0.047698975) * v0_1.w;
        h0_2 += HVEC4(-0.01424408, -0.035491943, -0.004776001, 0.002450943) * v0_1.x;
        h0_2 += HVEC4(0.006462097, -0.082458496, -0.0119018555, 0.0036525726) * v0_1.y;
        h0_2 += HVEC4(0.023513794, -0.083740234, -0.017318726, -0.01600647) * v0_1.z;
        h0_2 += HVEC4(0.041229248, 0.051513672, -0.015403748, 0.0075645447) * v0_1.w;
        h0_3 += HVEC4(0.01687622, 0.076416016, 0.016738892, -0.07861328) * v0_1.x;
        h0_3 += HVEC4(0.0058937073, -0.033966064, 0.0440979, 0.029403687) * v0_1.y;
        h0_3 += HVEC4(0.014572144, 0.01473999, 0.07421875, 0.12597656) * v0_1.z;
        h0_3 += HVEC4(0.0011777878, 0.026855469, -0.0045547485, -0.061340332) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.11798096, 0.30786133, -0.0036888123, -0.027496338) * v0_1.x;
        h0_0 += HVEC4(0.093566895, 0.20239258, -0.053100586, -0.0019683838) * v0_1.y;
        h0_0 += HVEC4(0.0619812, 0.08166504, 0.022903442, -0.02279663) * v0_1.z;
        h0_0 += HVEC4(-0.039978027, -0.20800781, -0.057617188, -0.0138168335) * v0_1.w;
        h0_1 += HVEC4(-0.038848877, 0.24804688, 0.036102295, 0.097839355) * v0_1.x;
        h0_1 += HVEC4(-0.011245728, 0.011795044, 0.099365234, -0.034057617) * v0_1.y;
        h0_1 += HVEC4(-0.022369385, 0.16137695, 0.13208008, 0.08880615) * v0_1.z;
        h0_1 += HVEC4(-0.06161499, -0.18798828, 0.0031967163, -0.048431396) * v0_1.w;
        h0_2 += HVEC4(1.5497208e-06, -0.034362793, -0.005130768, 0.009391785) * v0_1.x;
        h0_2 += HVEC4(0.049468994, -0.04071045, 0.007247925, 0.04083252) * v0_1.y;
        h0_2 += HVEC4(-0.042816162, -0.044952393, 0.023040771, -0.010795593) * v0_1.z;
        h0_2 += HVEC4(0.15942383, 0.026519775, 0.004924774, -0.016723633) * v0_1.w;
        h0_3 += HVEC4(-0.0029354095, 0.002128601, -0.061401367, 0.057434082) * v0_1.x;
        h0_3 += HVEC4(0.018478394, 0.118896484, -0.040527344, 0.04977417) * v0_1.y;
        h0_3 += HVEC4(-0.045288086, 0.06530762, 0.01939392, 0.046173096) * v0_1.z;
        h0_3 += HVEC4(0.0038833618, 0.04425049, 0.03387451, -0.09442139) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.014572144, -0.03842163, 0.04751587, -0.036346436) * v0_1.x;
        h0_0 += HVEC4(-0.025421143, -0.011047363, -0.014373779, -0.055358887) * v0_1.y;
        h0_0 += HVEC4(0.009269714, -0.060394287, -0.008766174, 0.030548096) * v0_1.z;
        h0_0 += HVEC4(0.03390503, 0.04788208, -0.06072998, -0.0010976791) * v0_1.w;
        h0_1 += HVEC4(0.022460938, 0.08453369, -0.058380127, 0.0013179779) * v0_1.x;
        h0_1 += HVEC4(-0.03692627, 0.076049805, -0.09082031, 0.014732361) * v0_1.y;
        h0_1 += HVEC4(0.004299164, -0.036071777, 0.048461914, -0.023773193) * v0_1.z;
        h0_1 += HVEC4(0.023773193, 0.008522034, 0.11810303, 0.0075798035) * v0_1.w;
        h0_2 += HVEC4(-0.019378662, -0.096191406, 0.015975952, 0.009185791) * v0_1.x;
        h0_2 += HVEC4(0.04711914, 0.022140503, 0.025466919, 0.01084137) * v0_1.y;
        h0_2 += HVEC4(-0.05117798, -0.016464233, 0.051635742, 0.030960083) * v0_1.z;
        h0_2 += HVEC4(0.077697754, 0.038482666, 0.030715942, -0.0072517395) * v0_1.w;
        h0_3 += HVEC4(0.0042495728, -0.19006348, 0.024169922, 0.03060913) * v0_1.x;
        h0_3 += HVEC4(-0.00092840195, -0.13720703, -0.005569458, 0.064331055) * v0_1.y;
        h0_3 += HVEC4(-0.011077881, 0.14001465, 0.012138367, -0.015472412) * v0_1.z;
        h0_3 += HVEC4(0.0053901672, 0.21411133, 0.025299072, 0.0011234283) * v0_1.w;
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
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.0065460205, 0.20031738, 0.050323486, -0.041809082) * v0_2.x;
        h0_0 += HVEC4(-0.015686035, -0.2800293, 0.018035889, -0.0040397644) * v0_2.y;
        h0_0 += HVEC4(-0.0090408325, 0.04232788, 0.00868988, -0.05392456) * v0_2.z;
        h0_0 += HVEC4(0.011871338, -0.12805176, 0.015899658, -0.008666992) * v0_2.w;
        h0_1 += HVEC4(-4.6372414e-05, 0.0079193115, -0.03463745, 0.051330566) * v0_2.x;
        h0_1 += HVEC4(0.045776367, 0.04296875, 0.036865234, 0.007419586) * v0_2.y;
        h0_1 += HVEC4(0.016174316, 0.019622803, -0.012435913, -0.012771606) * v0_2.z;
        h0_1 += HVEC4(0.009521484, -0.019485474, 0.025726318, 0.030059814) * v0_2.w;
        h0_2 += HVEC4(0.04043579, -0.09637451, -0.02178955, -0.07147217) * v0_2.x;
        h0_2 += HVEC4(0.000995636, -0.10595703, -0.014320374, -0.010025024) * v0_2.y;
        h0_2 += HVEC4(0.0047721863, -0.01852417, -0.016418457, -0.02645874) * v0_2.z;
        h0_2 += HVEC4(-0.0055885315, -0.013298035, -0.021636963, 0.011108398) * v0_2.w;
        h0_3 += HVEC4(-0.055389404, 0.16674805, -0.09387207, 0.107543945) * v0_2.x;
        h0_3 += HVEC4(0.021942139, 0.05102539, 0.014274597, -0.25) * v0_2.y;
        h0_3 += HVEC4(-0.046142578, 0.08392334, -0.07495117, 0.046844482) * v0_2.z;
        h0_3 += HVEC4(-0.03756714, -0.25561523, 0.01776123, -0.027038574) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.028518677, -0.1184082, 0.115234375, -0.08087158) * v0_2.x;
        h0_0 += HVEC4(-0.04864502, 0.03567505, -0.14489746, 0.041259766) * v0_2.y;
        h0_0 += HVEC4(0.020080566, -0.0982666, 0.030319214, -0.058380127) * v0_2.z;
        h0_0 += HVEC4(0.03286743, -0.011192322, 0.06707764, -0.1071167) * v0_2.w;
        h0_1 += HVEC4(0.034332275, -0.00617218, -0.052093506, 0.15393066) * v0_2.x;
        h0_1 += HVEC4(-0.20019531, -0.09832764, 0.008934021, -0.53564453) * v0_2.y;
        h0_1 += HVEC4(-0.008644104, -0.018341064, 0.010414124, 0.05859375) * v0_2.z;
        h0_1 += HVEC4(0.058166504, 0.01071167, -0.009529114, 0.07720947) * v0_2.w;
        h0_2 += HVEC4(-0.044830322, -0.04006958, -0.082214355, 0.0128479) * v0_2.x;
        h0_2 += HVEC4(0.020980835, -0.076538086, -0.024719238, -0.080566406) * v0_2.y;
        h0_2 += HVEC4(0.007297516, -0.07702637, -0.021011353, 0.05419922) * v0_2.z;
        h0_2 += HVEC4(-0.01876831, -0.058380127, 0.05822754, 0.061828613) * v0_2.w;
        h0_3 += HVEC4(-0.02166748, -0.045318604, 0.10949707, 0.06124878) * v0_2.x;
        h0_3 += HVEC4(-0.010009766, -0.56591797, -0.24487305, -0.101135254) * v0_2.y;
        h0_3 += HVEC4(-0.0045318604, -0.12731934, 0.04623413, -0.050872803) * v0_2.z;
        h0_3 += HVEC4(0.02960205, 0.11413574, -0.0009813309, -0.13269043) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.021148682, -0.029281616, 0.031463623, 0.037109375) * v0_2.x;
        h0_0 += HVEC4(0.032928467, 0.025634766, 0.05886841, -0.07342529) * v0_2.y;
        h0_0 += HVEC4(-0.013053894, -0.00027561188, 0.03869629, 0.0026569366) * v0_2.z;
        h0_0 += HVEC4(-0.00749588, -0.04824829, 0.0143585205, -0.027893066) * v0_2.w;
        h0_1 += HVEC4(0.034301758, -0.026748657, -0.015419006, -0.028686523) * v0_2.x;
        h0_1 += HVEC4(0.13012695, 0.0028018951, 0.03286743, 0.016448975) * v0_2.y;
        h0_1 += HVEC4(0.017456055, 0.010299683, 0.006843567, -0.039398193) * v0_2.z;
        h0_1 += HVEC4(0.0028820038, 0.022323608, 0.014160156, -0.024337769) * v0_2.w;
        h0_2 += HVEC4(0.00447464, -0.030349731, 0.003868103, -0.03665161) * v0_2.x;
        h0_2 += HVEC4(0.028289795, -0.080322266, -0.6220703, -0.0904541) * v0_2.y;
        h0_2 += HVEC4(0.030395508, -0.046783447, 0.024383545, -0.04397583) * v0_2.z;
        h0_2 += HVEC4(-0.0029773712, 0.058746338, 0.0036411285, 0.0357666) * v0_2.w;
        h0_3 += HVEC4(-0.012069702, -0.06237793, -0.016281128, 0.0040893555) * v0_2.x;
        h0_3 += HVEC4(-0.031951904, -0.16931152, -0.03265381, 0.11639404) * v0_2.y;
        h0_3 += HVEC4(-0.023849487, 0.00080013275, -0.08673096, -0.03475952) * v0_2.z;
        h0_3 += HVEC4(0.012771606, 0.07128906, 0.023757935, 0.0076026917) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.00076532364, 0.33520508, 0.087890625, -0.033935547) * v0_2.x;
        h0_0 += HVEC4(-0.03286743, -0.26879883, -0.031204224, -0.03955078) * v0_2.y;
        h0_0 += HVEC4(-0.06359863, 0.07952881, 0.10211182, -0.10290527) * v0_2.z;
        h0_0 += HVEC4(0.07635498, -0.016677856, -0.033569336, 0.13232422) * v0_2.w;
        h0_1 += HVEC4(-0.03692627, -0.05444336, -0.0052490234, -0.13049316) * v0_2.x;
        h0_1 += HVEC4(-0.017700195, -0.54248047, 0.066589355, -0.091430664) * v0_2.y;
        h0_1 += HVEC4(0.0014982224, -0.04071045, 0.0077285767, -0.049591064) * v0_2.z;
        h0_1 += HVEC4(0.082336426, -0.16430664, -0.032806396, 0.03942871) * v0_2.w;
        h0_2 += HVEC4(-0.046661377, -0.050811768, -0.00086307526, -0.101257324) * v0_2.x;
        h0_2 += HVEC4(-0.036132812, -0.097595215, -0.0020484924, -0.021194458) * v0_2.y;
        h0_2 += HVEC4(0.01423645, -0.06756592, -0.02482605, -0.014862061) * v0_2.z;
        h0_2 += HVEC4(0.072387695, -0.06237793, -0.0008530617, -0.099121094) * v0_2.w;
        h0_3 += HVEC4(-0.1763916, 0.035949707, -0.16503906, -0.14172363) * v0_2.x;
        h0_3 += HVEC4(-0.022232056, -0.018814087, -0.17163086, 0.0068740845) * v0_2.y;
        h0_3 += HVEC4(-0.08569336, 0.06008911, -0.0259552, -0.12841797) * v0_2.z;
        h0_3 += HVEC4(0.053344727, -0.21325684, 0.13830566, 0.17626953) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.13232422, -0.2467041, 0.13427734, 0.32763672) * v0_2.x;
        h0_0 += HVEC4(3.2782555e-06, -0.3708496, -0.12225342, -0.12634277) * v0_2.y;
        h0_0 += HVEC4(-0.080322266, 0.009010315, 0.22937012, -0.3552246) * v0_2.z;
        h0_0 += HVEC4(-0.02748108, 0.003004074, 0.12695312, 0.27978516) * v0_2.w;
        h0_1 += HVEC4(0.23901367, -0.20507812, -0.083618164, -0.079711914) * v0_2.x;
        h0_1 += HVEC4(-0.25830078, -0.5288086, -0.12927246, -0.6513672) * v0_2.y;
        h0_1 += HVEC4(0.013420105, -0.0055007935, -0.028396606, -0.09399414) * v0_2.z;
        h0_1 += HVEC4(-0.01576233, -0.07128906, -0.058532715, -0.08654785) * v0_2.w;
        h0_2 += HVEC4(-0.08459473, -0.012901306, 0.15673828, -0.19726562) * v0_2.x;
        h0_2 += HVEC4(-0.06011963, 0.062805176, 0.00504303, -0.09240723) * v0_2.y;
        h0_2 += HVEC4(-0.022567749, -0.038360596, 0.118652344, 0.111816406) * v0_2.z;
        h0_2 += HVEC4(-0.0030574799, -0.095336914, 0.02557373, -0.13439941) * v0_2.w;
        h0_3 += HVEC4(-0.15795898, 0.1887207, 0.29003906, 0.021820068) * v0_2.x;
        h0_3 += HVEC4(-0.037384033, -0.25610352, -0.2565918, -0.38134766) * v0_2.y;
        h0_3 += HVEC4(-0.23950195, -0.15917969, 0.0072746277, -0.034057617) * v0_2.z;
        h0_3 += HVEC4(0.013557434, 0.46606445, -0.06488037, -0.09588623) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.023727417, -0.031555176, 0.09698486, -0.00856781) * v0_2.x;
        h0_0 += HVEC4(-0.16259766, -0.055633545, -0.079589844, -0.13757324) * v0_2.y;
        h0_0 += HVEC4(0.02166748, -0.045928955, 0.1907959, -0.09851074) * v0_2.z;
        h0_0 += HVEC4(0.022094727, -0.047607422, -0.050994873, 0.050598145) * v0_2.w;
        h0_1 += HVEC4(-0.056243896, -0.10241699, 0.019165039, -0.005657196) * v0_2.x;
        h0_1 += HVEC4(-0.0826416, -0.30688477, 0.012039185, -0.67089844) * v0_2.y;
        h0_1 += HVEC4(-0.060455322, 0.09448242, 0.103515625, 0.12536621) * v0_2.z;
        h0_1 += HVEC4(0.1003418, -0.07421875, -0.048828125, -0.19165039) * v0_2.w;
        h0_2 += HVEC4(-0.06506348, 0.053375244, 0.0006117821, -0.06958008) * v0_2.x;
        h0_2 += HVEC4(-0.13220215, -0.015022278, -0.63378906, -0.022033691) * v0_2.y;
        h0_2 += HVEC4(-0.1459961, -0.07879639, -0.38354492, -0.12988281) * v0_2.z;
        h0_2 += HVEC4(0.079833984, -0.05432129, 0.390625, -0.0015983582) * v0_2.w;
        h0_3 += HVEC4(-0.02281189, -0.056671143, -0.0670166, -0.053131104) * v0_2.x;
        h0_3 += HVEC4(0.0010662079, -0.42211914, 0.15319824, -0.0357666) * v0_2.y;
        h0_3 += HVEC4(-0.10357666, 0.041290283, -0.11303711, -0.06530762) * v0_2.z;
        h0_3 += HVEC4(0.02104187, -0.18395996, 0.009971619, 0.026519775) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.017486572, 0.35229492, -0.029922485, 0.08703613) * v0_2.x;
        h0_0 += HVEC4(-0.039398193, -0.2956543, -0.03213501, 0.013366699) * v0_2.y;
        h0_0 += HVEC4(0.028533936, 0.08093262, 0.004951477, 0.016601562) * v0_2.z;
        h0_0 += HVEC4(-0.03817749, -0.21118164, 0.039093018, -0.00045728683) * v0_2.w;
        h0_1 += HVEC4(0.0028820038, 0.28173828, 0.1184082, 0.14367676) * v0_2.x;
        h0_1 += HVEC4(-0.051513672, -0.023971558, 0.0051574707, 0.03253174) * v0_2.y;
        h0_1 += HVEC4(0.015686035, -0.051818848, 0.06390381, -0.066467285) * v0_2.z;
        h0_1 += HVEC4(0.06427002, 0.04272461, -0.11767578, -0.008110046) * v0_2.w;
        h0_2 += HVEC4(-0.08868408, -0.052001953, 0.0018730164, -0.010055542) * v0_2.x;
        h0_2 += HVEC4(-0.023483276, -0.105651855, -0.003566742, -0.009140015) * v0_2.y;
        h0_2 += HVEC4(-0.0012874603, -0.09741211, 0.003627777, -0.014038086) * v0_2.z;
        h0_2 += HVEC4(-0.046081543, -0.012481689, 0.007926941, 0.032348633) * v0_2.w;
        h0_3 += HVEC4(0.0025367737, 0.20385742, -0.12670898, 0.089416504) * v0_2.x;
        h0_3 += HVEC4(0.0051231384, 0.09069824, -0.031951904, -0.30151367) * v0_2.y;
        h0_3 += HVEC4(-0.021728516, 0.0435791, -0.068481445, -0.0362854) * v0_2.z;
        h0_3 += HVEC4(0.035949707, -0.064697266, -0.0090408325, -0.06097412) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.014762878, -0.027694702, 0.10064697, -0.125) * v0_2.x;
        h0_0 += HVEC4(-0.12609863, -0.18005371, 0.04067993, 0.04397583) * v0_2.y;
        h0_0 += HVEC4(-0.17382812, -0.099853516, 0.053100586, 0.04437256) * v0_2.z;
        h0_0 += HVEC4(0.31445312, 0.07067871, 0.083618164, -0.30859375) * v0_2.w;
        h0_1 += HVEC4(0.11798096, 0.45654297, -0.012626648, -0.0803833) * v0_2.x;
        h0_1 += HVEC4(-0.050750732, -0.31469727, -0.061767578, -0.045776367) * v0_2.y;
        h0_1 += HVEC4(-0.001364708, -0.20812988, -0.016540527, -0.06365967) * v0_2.z;
        h0_1 += HVEC4(-0.008201599, 0.40625, 0.26708984, -0.04071045) * v0_2.w;
        h0_2 += HVEC4(-0.23376465, -0.11010742, -0.079956055, -0.045166016) * v0_2.x;
        h0_2 += HVEC4(-0.06463623, -0.09710693, -0.02986145, -0.009490967) * v0_2.y;
        h0_2 += HVEC4(-0.13269043, 0.015556335, 0.02949524, -0.11242676) * v0_2.z;
        h0_2 += HVEC4(-0.22570801, 0.009742737, -0.055877686, -0.07171631) * v0_2.w;
        h0_3 += HVEC4(-0.0015792847, -0.2322998, 0.050445557, -0.10650635) * v0_2.x;
        h0_3 += HVEC4(-0.0043945312, 0.04309082, 0.020187378, 0.08728027) * v0_2.y;
        h0_3 += HVEC4(-0.057556152, -0.039520264, 0.076416016, -0.101379395) * v0_2.z;
        h0_3 += HVEC4(-0.059539795, 0.13171387, -0.07080078, 0.05810547) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.04824829, 0.08758545, 0.013397217, -0.13134766) * v0_2.x;
        h0_0 += HVEC4(-0.047790527, 0.11212158, 0.0063934326, 0.076049805) * v0_2.y;
        h0_0 += HVEC4(-0.019851685, -0.019515991, 0.046325684, -0.07067871) * v0_2.z;
        h0_0 += HVEC4(0.013587952, 0.039855957, -0.058898926, -0.008666992) * v0_2.w;
        h0_1 += HVEC4(-0.032318115, 0.11016846, 0.086242676, -0.048675537) * v0_2.x;
        h0_1 += HVEC4(0.038635254, -0.10974121, -0.09289551, 0.09991455) * v0_2.y;
        h0_1 += HVEC4(0.0005059242, -0.036254883, 0.1772461, -0.11224365) * v0_2.z;
        h0_1 += HVEC4(0.026062012, 0.0022239685, -0.012420654, -0.003921509) * v0_2.w;
        h0_2 += HVEC4(-0.013343811, -0.086364746, -0.125, 0.010345459) * v0_2.x;
        h0_2 += HVEC4(-0.10272217, -0.08154297, -0.033203125, 0.0012340546) * v0_2.y;
        h0_2 += HVEC4(0.105041504, -0.0008187294, -0.059265137, 0.04119873) * v0_2.z;
        h0_2 += HVEC4(0.02432251, -0.005405426, 0.031982422, 0.004257202) * v0_2.w;
        h0_3 += HVEC4(0.008781433, 0.08331299, 0.011428833, -0.055114746) * v0_2.x;
        h0_3 += HVEC4(-0.008903503, 0.070129395, -0.05126953, -0.073791504) * v0_2.y;
        h0_3 += HVEC4(-0.017608643, 0.2154541, -0.016067505, -0.08673096) * v0_2.z;
        h0_3 += HVEC4(0.01927185, -0.19567871, 0.009117126, 0.0025177002) * v0_2.w;
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
        h0_0 += HVEC4(0.047180176, 0.06549072, 0.061279297, -0.08782959) * v0_3.x;
        h0_0 += HVEC4(-0.0025558472, -0.0970459, -0.0054969788, -0.034210205) * v0_3.y;
        h0_0 += HVEC4(-0.014343262, -0.12548828, 0.003982544, 0.06317139) * v0_3.z;
        h0_0 += HVEC4(-0.015701294, 0.40283203, -0.08270264, 0.019134521) * v0_3.w;
        h0_1 += HVEC4(-0.057678223, 0.11114502, -0.030517578, 0.25512695) * v0_3.x;
        h0_1 += HVEC4(-0.06585693, 0.072021484, -0.005706787, -0.0034294128) * v0_3.y;
        h0_1 += HVEC4(0.048034668, -0.064086914, 0.009635925, -0.115600586) * v0_3.z;
        h0_1 += HVEC4(-0.08178711, 0.040893555, -0.0025253296, -0.16784668) * v0_3.w;
        h0_2 += HVEC4(0.0013990402, -0.068359375, -0.025100708, 0.025619507) * v0_3.x;
        h0_2 += HVEC4(-0.0028858185, -0.035186768, 0.009498596, 0.049560547) * v0_3.y;
        h0_2 += HVEC4(0.018859863, -0.017822266, 0.014427185, 0.012451172) * v0_3.z;
        h0_2 += HVEC4(0.005771637, -0.09338379, -0.007896423, 0.022033691) * v0_3.w;
        h0_3 += HVEC4(-0.024230957, 0.2553711, -0.1586914, -0.056549072) * v0_3.x;
        h0_3 += HVEC4(0.017700195, -0.004009247, -0.052490234, -0.014778137) * v0_3.y;
        h0_3 += HVEC4(0.016326904, -0.012832642, -0.0473938, -0.11975098) * v0_3.z;
        h0_3 += HVEC4(0.006084442, -0.010635376, 0.026275635, -0.21728516) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.017822266, 0.18078613, -0.013893127, 0.012664795) * v0_3.x;
        h0_0 += HVEC4(-0.0031204224, 0.036010742, -0.0043296814, -0.035736084) * v0_3.y;
        h0_0 += HVEC4(0.016815186, -0.11395264, 0.039245605, 0.0104522705) * v0_3.z;
        h0_0 += HVEC4(0.057525635, -0.25610352, -0.022598267, 0.047088623) * v0_3.w;
        h0_1 += HVEC4(0.030914307, 0.0769043, -0.024871826, 0.06945801) * v0_3.x;
        h0_1 += HVEC4(0.058288574, -0.076171875, -0.0039596558, -0.07287598) * v0_3.y;
        h0_1 += HVEC4(0.11730957, -0.041046143, -0.0052719116, -0.15307617) * v0_3.z;
        h0_1 += HVEC4(0.013671875, -0.07861328, -0.016998291, -0.043518066) * v0_3.w;
        h0_2 += HVEC4(0.002861023, -0.072753906, 0.059051514, 0.017150879) * v0_3.x;
        h0_2 += HVEC4(-0.0021095276, 0.038848877, 0.026428223, 0.022415161) * v0_3.y;
        h0_2 += HVEC4(-0.018920898, 0.0064086914, -0.033203125, 0.05178833) * v0_3.z;
        h0_2 += HVEC4(-0.0084991455, 0.041381836, -0.029037476, 0.040405273) * v0_3.w;
        h0_3 += HVEC4(0.041870117, -0.08642578, -0.109191895, -0.1583252) * v0_3.x;
        h0_3 += HVEC4(0.01965332, 0.0053977966, -0.030227661, 0.007385254) * v0_3.y;
        h0_3 += HVEC4(0.119384766, -0.37060547, 0.26464844, -0.06726074) * v0_3.z;
        h0_3 += HVEC4(0.0013275146, 0.29492188, 0.19799805, 0.20373535) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.021591187, -0.005924225, 0.00012177229, 0.0033893585) * v0_3.x;
        h0_0 += HVEC4(0.041229248, 0.12646484, 0.017974854, 0.021469116) * v0_3.y;
        h0_0 += HVEC4(0.047607422, 0.04324341, -0.051879883, -0.101623535) * v0_3.z;
        h0_0 += HVEC4(-0.06304932, 0.01789856, -0.017959595, 0.0015220642) * v0_3.w;
        h0_1 += HVEC4(-0.01146698, -0.016601562, -0.033599854, 0.0012273788) * v0_3.x;
        h0_1 += HVEC4(0.035949707, 0.054901123, -1.13248825e-05, 0.1763916) * v0_3.y;
        h0_1 += HVEC4(0.053527832, 0.021499634, -0.07232666, -0.051635742) * v0_3.z;
        h0_1 += HVEC4(0.0029659271, -0.08496094, 0.07244873, -0.12237549) * v0_3.w;
        h0_2 += HVEC4(0.020996094, -0.06689453, 0.046142578, 0.02709961) * v0_3.x;
        h0_2 += HVEC4(-0.005054474, 0.066589355, -0.115234375, 0.020767212) * v0_3.y;
        h0_2 += HVEC4(0.038238525, -0.015975952, 0.17126465, 0.15075684) * v0_3.z;
        h0_2 += HVEC4(-0.024307251, -0.031555176, 0.12371826, -0.018875122) * v0_3.w;
        h0_3 += HVEC4(0.031234741, -0.039642334, -0.016403198, -0.013420105) * v0_3.x;
        h0_3 += HVEC4(0.01134491, -0.023956299, 0.07513428, 0.028671265) * v0_3.y;
        h0_3 += HVEC4(0.071777344, -0.15100098, 0.057556152, 0.0057678223) * v0_3.z;
        h0_3 += HVEC4(-0.011024475, 0.2541504, -0.02708435, 0.008132935) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.07867432, -0.85498047, 0.011047363, 0.002565384) * v0_3.x;
        h0_0 += HVEC4(-0.10345459, -0.25561523, 0.018554688, -0.026779175) * v0_3.y;
        h0_0 += HVEC4(0.029037476, -0.08721924, -0.02067566, 0.020431519) * v0_3.z;
        h0_0 += HVEC4(0.08496094, -0.095947266, 0.056640625, -0.17419434) * v0_3.w;
        h0_1 += HVEC4(0.005870819, -0.105163574, -0.07910156, -0.016235352) * v0_3.x;
        h0_1 += HVEC4(0.07281494, -0.0041236877, -0.113098145, 0.044799805) * v0_3.y;
        h0_1 += HVEC4(0.04534912, 0.101501465, 0.03793335, 0.047668457) * v0_3.z;
        h0_1 += HVEC4(-0.0003452301, 0.31689453, -0.06738281, 0.48999023) * v0_3.w;
        h0_2 += HVEC4(0.015327454, -0.013832092, -0.04727173, 0.037078857) * v0_3.x;
        h0_2 += HVEC4(0.04776001, -0.105407715, -0.01322937, 0.012748718) * v0_3.y;
        h0_2 += HVEC4(0.028839111, -0.012489319, -0.012687683, 0.033813477) * v0_3.z;
        h0_2 += HVEC4(0.0062561035, -0.042144775, -0.081604004, 0.03665161) * v0_3.w;
        h0_3 += HVEC4(-0.07836914, 0.1862793, -0.18017578, -0.0259552) * v0_3.x;
        h0_3 += HVEC4(0.010948181, -0.0128479, 0.099853516, -0.07543945) * v0_3.y;
        h0_3 += HVEC4(0.10949707, -0.008415222, -0.036132812, -0.03479004) * v0_3.z;
        h0_3 += HVEC4(-0.07421875, 0.09899902, -0.033477783, -0.32666016) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.028823853, 0.064575195, 0.06842041, -0.08380127) * v0_3.x;
        h0_0 += HVEC4(-0.17370605, -0.11883545, -0.090148926, -0.12719727) * v0_3.y;
        h0_0 += HVEC4(0.18933105, -0.080444336, 0.0054740906, 0.09075928) * v0_3.z;
        h0_0 += HVEC4(0.043640137, -0.03050232, 0.0061683655, -0.030578613) * v0_3.w;
        h0_1 += HVEC4(-0.27563477, 0.007209778, 0.03579712, -0.025054932) * v0_3.x;
        h0_1 += HVEC4(-0.34960938, 0.12817383, 0.19555664, -0.07775879) * v0_3.y;
        h0_1 += HVEC4(0.26391602, 0.092163086, -0.18347168, 0.22631836) * v0_3.z;
        h0_1 += HVEC4(0.074645996, 0.23718262, 0.021499634, 0.41259766) * v0_3.w;
        h0_2 += HVEC4(-0.14221191, -0.04776001, 0.29248047, -0.10308838) * v0_3.x;
        h0_2 += HVEC4(0.039245605, 0.022918701, -0.01991272, 0.08569336) * v0_3.y;
        h0_2 += HVEC4(0.0003836155, 0.05102539, 0.057281494, -0.13342285) * v0_3.z;
        h0_2 += HVEC4(0.030151367, 0.023025513, 0.15148926, 0.17382812) * v0_3.w;
        h0_3 += HVEC4(-0.057525635, -0.1505127, -0.5488281, -0.103637695) * v0_3.x;
        h0_3 += HVEC4(0.054016113, -0.45092773, -0.07336426, 0.111206055) * v0_3.y;
        h0_3 += HVEC4(0.27929688, -0.20288086, 0.18945312, 0.087524414) * v0_3.z;
        h0_3 += HVEC4(-0.03652954, 0.072753906, 0.31762695, 0.062408447) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.020263672, 0.03829956, -0.011276245, 0.084350586) * v0_3.x;
        h0_0 += HVEC4(-0.04559326, 0.025405884, -0.068847656, 0.06149292) * v0_3.y;
        h0_0 += HVEC4(-0.034088135, -0.11810303, -0.046813965, 0.03152466) * v0_3.z;
        h0_0 += HVEC4(0.06842041, -0.08679199, 0.04006958, -0.02407837) * v0_3.w;
        h0_1 += HVEC4(0.024810791, 0.03060913, -0.03161621, 0.012512207) * v0_3.x;
        h0_1 += HVEC4(0.084106445, -0.1307373, -0.005207062, -0.28271484) * v0_3.y;
        h0_1 += HVEC4(0.051940918, -0.12042236, -0.18103027, -0.056030273) * v0_3.z;
        h0_1 += HVEC4(-0.0017433167, 0.21142578, 0.02494812, 0.26831055) * v0_3.w;
        h0_2 += HVEC4(0.025970459, -0.06896973, -0.046813965, -0.05038452) * v0_3.x;
        h0_2 += HVEC4(0.04660034, 0.008979797, -0.3005371, -0.0023002625) * v0_3.y;
        h0_2 += HVEC4(0.099487305, 0.04324341, -0.11663818, 0.13708496) * v0_3.z;
        h0_2 += HVEC4(-0.042144775, 0.054748535, -0.16845703, 0.041412354) * v0_3.w;
        h0_3 += HVEC4(-0.013702393, -0.17614746, 0.039123535, -0.00017535686) * v0_3.x;
        h0_3 += HVEC4(0.0067443848, -0.1427002, -0.08520508, 0.015167236) * v0_3.y;
        h0_3 += HVEC4(0.09515381, -0.23937988, 0.16223145, 0.07147217) * v0_3.z;
        h0_3 += HVEC4(-0.029129028, -0.13476562, -0.006439209, 0.047851562) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.057006836, -0.38549805, -0.014076233, -0.044189453) * v0_3.x;
        h0_0 += HVEC4(0.11126709, -0.17370605, 0.02027893, 0.06347656) * v0_3.y;
        h0_0 += HVEC4(-0.020355225, -0.061401367, -0.010658264, 0.00831604) * v0_3.z;
        h0_0 += HVEC4(-0.50097656, 0.30493164, -0.1194458, -0.20300293) * v0_3.w;
        h0_1 += HVEC4(-0.07940674, 0.15185547, 0.05178833, -0.040618896) * v0_3.x;
        h0_1 += HVEC4(-0.014305115, -0.08996582, 0.031311035, -0.06854248) * v0_3.y;
        h0_1 += HVEC4(-0.046325684, -0.13671875, -0.006248474, -0.037841797) * v0_3.z;
        h0_1 += HVEC4(-0.11633301, -0.80615234, -0.23535156, -1.0029297) * v0_3.w;
        h0_2 += HVEC4(-0.081604004, -0.076049805, -0.015838623, 0.0137786865) * v0_3.x;
        h0_2 += HVEC4(0.0026988983, 0.07104492, 0.02128601, 0.01033783) * v0_3.y;
        h0_2 += HVEC4(0.04458618, 0.018310547, 0.017807007, 0.024932861) * v0_3.z;
        h0_2 += HVEC4(0.0725708, -0.07977295, 0.053771973, -0.035461426) * v0_3.w;
        h0_3 += HVEC4(-0.0009946823, 0.012306213, -0.02532959, -0.2055664) * v0_3.x;
        h0_3 += HVEC4(-0.019836426, 0.10211182, -0.007610321, -0.07080078) * v0_3.y;
        h0_3 += HVEC4(0.0054779053, 0.014625549, -0.020645142, -0.05596924) * v0_3.z;
        h0_3 += HVEC4(-0.036010742, -0.2626953, -0.26953125, -0.114868164) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.0309906, 0.17419434, -0.013252258, -0.015777588) * v0_3.x;
        h0_0 += HVEC4(-0.24987793, -0.14208984, -0.022766113, -0.003206253) * v0_3.y;
        h0_0 += HVEC4(-0.084106445, -0.019088745, -0.043121338, 0.036254883) * v0_3.z;
        h0_0 += HVEC4(-0.17419434, -0.14025879, -0.025100708, 0.08135986) * v0_3.w;
        h0_1 += HVEC4(-0.013198853, 0.049194336, 0.16333008, -0.054107666) * v0_3.x;
        h0_1 += HVEC4(0.055480957, -0.15966797, -0.26611328, 0.075805664) * v0_3.y;
        h0_1 += HVEC4(0.044433594, -0.13842773, -0.17590332, 0.039733887) * v0_3.z;
        h0_1 += HVEC4(0.1665039, -0.25146484, -0.13354492, -0.3383789) * v0_3.w;
        h0_2 += HVEC4(0.028701782, -0.022460938, 0.087768555, 0.0057754517) * v0_3.x;
        h0_2 += HVEC4(0.11254883, -0.038726807, 0.008560181, 0.0135650635) * v0_3.y;
        h0_2 += HVEC4(0.16296387, 0.018676758, -0.025344849, 0.037872314) * v0_3.z;
        h0_2 += HVEC4(0.15551758, 0.020523071, 0.09979248, 0.0074920654) * v0_3.w;
        h0_3 += HVEC4(0.004386902, 0.10418701, -0.047698975, 0.03491211) * v0_3.x;
        h0_3 += HVEC4(0.0048561096, -0.111328125, 0.09265137, -0.022018433) * v0_3.y;
        h0_3 += HVEC4(0.048919678, -0.16540527, -0.01776123, 0.09118652) * v0_3.z;
        h0_3 += HVEC4(-0.007183075, -0.12097168, 0.13757324, -0.015823364) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.008781433, 0.007850647, 0.010429382, -0.042266846) * v0_3.x;
        h0_0 += HVEC4(0.021911621, 0.042022705, 0.074035645, -0.01033783) * v0_3.y;
        h0_0 += HVEC4(-0.033050537, -0.05593872, -0.01171875, 0.015068054) * v0_3.z;
        h0_0 += HVEC4(-0.044830322, 0.02583313, -0.003042221, -0.038635254) * v0_3.w;
        h0_1 += HVEC4(-0.028305054, 0.055419922, -0.017425537, 0.103027344) * v0_3.x;
        h0_1 += HVEC4(-0.0047950745, 0.09515381, 0.068847656, 0.005344391) * v0_3.y;
        h0_1 += HVEC4(0.04019165, -0.045013428, -0.11816406, -0.006175995) * v0_3.z;
        h0_1 += HVEC4(-0.017990112, -0.17089844, 0.0071105957, -0.2376709) * v0_3.w;
        h0_2 += HVEC4(0.029525757, 0.0025291443, -0.08807373, -0.015808105) * v0_3.x;
        h0_2 += HVEC4(0.029922485, -0.105041504, 0.04107666, 0.008979797) * v0_3.y;
        h0_2 += HVEC4(-0.10168457, 0.00076055527, -0.031982422, -0.043823242) * v0_3.z;
        h0_2 += HVEC4(-0.010520935, 0.07659912, 0.12792969, 0.0259552) * v0_3.w;
        h0_3 += HVEC4(0.005104065, -0.05795288, -0.00033211708, -0.0069236755) * v0_3.x;
        h0_3 += HVEC4(0.008033752, 0.0892334, -0.03466797, 0.04473877) * v0_3.y;
        h0_3 += HVEC4(0.00018644333, -0.18200684, -0.02041626, -0.021362305) * v0_3.z;
        h0_3 += HVEC4(0.0069084167, 0.25048828, -0.0019102097, -0.02760315) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DN compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L4
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
    if (g == 0) return vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0));
    if (g == 1) return vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0));
    if (g == 2) return vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0));
    if (g == 3) return vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0));
    return vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0));
}

vec4 tail_edges(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(0.0009160832, 0.000927144, 0.0002348269, 0.0003086762);
        c += mat4(0.0022722913, -0.0028141055, 0.0003618389, -0.00080282823, -0.0033169165, -0.0017940223, 0.00025113334, -0.00036058854, 0.0077216425, 0.0043842797, -0.003348997, -0.001607578, -0.014028881, -0.0045788162, -0.0023838333, -0.002465607) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(0.0011042474, 0.0006321768, 0.00074938324, 0.00042969405, -0.0030732315, -0.0026475533, 0.0010170864, -1.7584125e-05, 0.01018915, 0.00202169, 0.002271956, 0.0016522341, 8.1629725e-05, 0.009097121, -0.0028416766, 0.0006312242) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(0.012968342, 0.0026530258, 0.0034169261, 0.0030701968, 0.022018194, 0.012072932, 0.005071787, 0.008221653, 0.09068206, -0.004395643, 0.007845827, 0.00040846606, 0.02870801, 0.010027097, 0.008291925, 0.007440982) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(0.003663024, -0.00533382, 0.0007213886, -0.0017335978, 0.014714524, 0.009987725, -0.0068520545, -0.0023377892, -0.004458395, -0.0038000708, 0.006081816, 0.0038031235, 0.0008916789, -0.0014341624, 0.00040213924, 0.00025593798) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(-0.006534368, -0.00059135334, 0.005772741, 0.0030386972, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.0443845, 0.007478673, -0.0051503596, -0.0024782952, 0.02768778, 0.0072221207, 0.009509826, 0.004934804, 0.0062480606, 0.00053365866, 0.02150203, 0.0048456686, 0.03551346, 0.004923544, -0.03832743, -0.010370245) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(-0.011517831, 0.00893268, -0.0013341375, 0.0037040794, 0.03751186, 0.0018211239, -0.0055323164, -0.00022234599, 0.011832214, 0.009024204, 0.001009503, -0.0032094517, -0.03243312, -0.009031609, 0.026759695, 0.01138343) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(0.014114647, 0.023801897, 0.014078269, 0.0019141799, -0.019097883, -0.014177498, 0.00085571484, -0.002672655, 0.05152608, 0.3398728, -0.12866777, -0.06261943, 6.8032976e-05, 0.01781926, -0.001984256, 0.006780442) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(0.04396635, 0.06638986, 0.0025597992, -0.0068558576, 0.095890984, 0.02218883, 0.02450962, 0.0005817431, -0.0814817, -0.013136248, -0.014819565, -0.0034882976, -0.007986709, -0.017185275, -0.0031476517, -0.0005786744) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(-0.031981327, 0.0014811464, -0.0076740463, 0.008553391, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.010564546, -0.0894548, 0.050442033, 0.02645827, -0.058996435, 0.037453126, -0.0538403, -0.004441091, -0.1557351, -0.05130933, -0.012342979, 0.037768833, 0.1798094, 0.1573453, -0.0663226, -0.06513798) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(-0.028498052, -0.060495544, 0.02293058, 0.0034178533, -0.01767041, 0.01721396, 0.016853368, -0.013720564, 0.030677568, 0.030008204, -0.003975056, 0.0007771466, -0.085544996, -0.07907255, 0.034329023, 0.05078343) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(-0.026189102, -0.0024255079, -0.02147203, 0.005880585, -0.022902092, -0.010429194, -0.0058620926, -0.00041433537, 0.015084598, -0.07994236, 0.0073106857, -0.045811523, -0.036426194, -0.0403234, 0.08438168, 0.004578957) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.01651996, -0.0028363885, -0.0050915605, 0.0056536635, -0.14678457, 0.157368, -0.061947256, 0.038433123, 0.118999094, -0.11728869, 0.06586027, -0.04032031, -0.015713412, -0.023501981, 0.019522252, -0.017206898) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.1928579, -0.14137943, -0.002581215, 0.0060356962, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.003074348, 0.039579492, -0.015101472, 0.02124508, 0.082194805, -0.029269284, 0.020343041, -0.042675223, 0.014549036, -0.06912648, 0.017572574, -0.012109438, -0.004372141, 0.072880626, -0.034917444, -0.04015508) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(-0.0058955415, -0.026365321, 0.0062231137, 0.008099021, 0.0037793762, 0.005935545, 0.00993164, 0.023740146, -0.018782903, 0.042553734, -0.017774338, 0.0041713575, 0.03309989, -0.014188304, 0.013682232, 0.009865898) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(0.013618932, 0.026266847, -0.0021598556, -0.013476573, -0.03164644, -0.020712804, 0.0010617854, 0.003619342, 0.0019636669, -0.010374035, -0.0028385096, -0.00026414328, 0.04875455, 0.0033388482, 0.037092485, 0.056125082) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(-0.06800156, -0.054341517, -0.016513348, -0.008466578, 0.006133757, -0.12519234, 0.023191066, -0.015718926, 0.016946677, 0.087259516, 0.00043982183, 0.017306387, -0.07377352, 0.06564997, -0.05800198, 0.03489626) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(-0.0037074042, -0.080855265, 0.024580725, 0.0051152725, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(0.0034818067, -0.012817158, -0.001273934, -0.016465155, -0.028265344, 0.044948284, -0.009210557, 0.027706673, -0.0012875597, -0.0078071817, -0.0016352406, -0.0041260105, -0.0073038363, 0.0074972957, -0.004977484, -0.0027520352) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(-0.00032204847, -0.005358312, 0.0010256886, -0.002549101, -0.010297613, -0.0032119094, -0.0044584544, 0.0036033876, -0.0011147427, 0.0026376366, -0.0011923417, 0.0006612871, 0.002020414, -0.01303691, -0.001362048, -0.015339399) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(0.0061861146, 0.0075904774, 0.001034221, 0.0018406347, -0.0034112574, -0.04128385, -0.004434831, -0.019470379, -0.0053454135, -0.0036010626, -0.0017647907, -0.004170718, -7.5768316e-05, -0.0041653225, 0.0033708233, 0.0047244476) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(-0.01150396, 0.0009535308, -0.007322854, 0.0050310194, -0.011174997, -0.012256021, -0.0015541557, 0.0032326623, 0.009134316, 0.02381889, 0.0019643921, 0.011515999, 0.021359641, -0.052513197, 0.0056855828, -0.05257068) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(0.00295054, -0.0018295372, 0.0025551089, 0.0051106033, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 4);
    }
    if (p.y == last.y) {
        c += vec4(-0.00025473136, -0.00024855617, -3.385344e-05, -0.0006889787);
        c += mat4(-0.030492997, -0.015365501, -0.031570412, -0.016995842, -0.007442131, -0.0016934494, -0.017420586, -0.0026666664, -0.0053759497, -0.003021973, 0.0030292496, -0.004291614, 0.009093947, 0.0064466177, -0.0018940797, 0.0014187082) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(0.0011435866, -0.00014098207, 0.0005359626, 0.0059531336, -0.0070513394, -0.006527636, 0.0029539443, 0.0026913583, 0.0014923734, 0.0014320952, 0.009671895, 0.0029798853, -0.004802593, -0.0035041356, 0.0002464178, -0.0024550857) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(0.0060009873, 0.0038994795, 0.010042224, -0.00026612775, -0.017762091, -0.0098687215, -0.025247179, -0.0069963867, 0.037512295, 0.02073078, 0.06425051, 0.02805633, 0.009612585, 0.005390364, 0.016043106, 0.007352354) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(-0.024257828, -0.013077307, -0.028690608, -0.00011333557, -0.0028892609, 0.0016108946, -0.001000943, -0.007107214, -0.0016986196, -0.00092047226, -0.007384253, -6.233729e-05, 0.0013794308, 0.0020978842, 0.0005323419, -0.0014990922) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(0.023695672, 0.010021474, 0.023776315, 0.0058002966, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.12010332, -0.0805894, -0.09665314, -0.07248201, -0.030806245, -0.024955615, -0.07480273, -0.033788666, 0.005339778, -0.0036061094, 0.07209515, 0.022187099, -0.009037014, -0.010951748, -0.08273243, -0.025676424) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(0.018382449, 0.018601647, 5.6178058e-05, -0.002964144, 0.05078089, 0.027551461, 0.104157515, 0.04134156, 0.0043911547, -6.5329215e-05, 0.06927122, 0.026333328, 0.0032064985, -0.00031087457, 0.037458073, -0.0058936253) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(0.03417573, 0.016668774, 0.056989644, 0.03222951, -0.026717685, -0.009483409, 0.008205465, 0.0020695177, 0.04962577, 0.054247063, 0.0060392823, 0.007895249, 0.04399129, 0.03777853, 0.034939468, 0.01178322) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(-0.011046205, -0.005942803, 0.024554888, -0.006929244, 0.026347881, -0.001419777, 0.0555477, 0.0061816573, -0.0143394815, -0.008222225, -0.03469627, -0.023823416, 0.014754247, 0.010003708, 0.017982956, 0.0033300512) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(0.10529031, 0.08741615, 0.067765616, 0.057869453, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.21971433, -0.1661317, -0.6150873, -0.34617528, -0.025306838, -0.020874135, -0.10543152, -0.034592696, 0.002206755, 0.0018918578, 0.0022590812, 0.057396468, -0.012296481, 0.0014661287, -0.050484993, -0.10498274) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.044357903, 0.0148669295, 0.14112689, 0.0964396, 0.08685059, 0.08698692, -0.12070147, 0.011862551, -0.038400963, -0.021474414, -0.009357125, 0.02559951, 0.0016845723, -0.013235704, 0.13762479, 0.100321166) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.050073195, 0.047416694, 0.017540019, 0.050552577, 0.011733528, -0.013774708, 0.040130224, 0.0026824637, -0.0018067166, 0.017524011, -0.021821838, -0.091366634, 0.055050462, 0.05079033, 0.069079585, 0.042120058) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.015951892, -0.007763643, -0.0020573894, 0.04835098, 0.0048063197, 0.03876243, -0.10552944, 0.024294352, -0.013741086, -0.023764353, 0.066649914, -0.045688752, 0.0061603733, 0.009272985, -0.06572049, -0.046712648) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.1485735, 0.14467026, 0.048770152, 0.06756596, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(-0.08725269, -0.1616907, -0.12889048, -0.19238463, -0.016851082, -0.016987037, -0.11454532, -0.031208921, -0.01674578, -0.008085168, 0.0009721532, -0.0064077647, 0.0140315965, 0.0027744102, -0.008995423, -0.01015251) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(0.015391949, 0.026777808, -0.0031117857, 0.07703913, 0.031770073, 0.08043779, 0.074623026, 0.0061217807, -0.029280014, -0.032292854, 0.017288553, -0.021389853, -0.0048218397, -0.0058581806, 0.008874464, 0.026561838) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(0.020421797, 0.04744688, 0.025725905, 0.045564603, -0.0025755332, 0.0035289929, -0.035075646, -0.01963734, -0.0012180009, -0.008205604, -0.009123037, 0.005945026, 0.015025924, 0.032547377, 0.03968339, 0.0436618) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(0.029169187, 0.037495513, -0.025786098, -0.018142449, -0.0031150624, -0.00013831176, -0.010905191, -0.055389695, -0.0010978373, 0.0074961237, 0.01187253, 0.011160434, 0.0010998724, 0.01918613, 0.03333184, -0.04343895) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(0.0782053, 0.11579869, 0.088838615, 0.053797647, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(-0.011589193, -0.032248273, -0.005102457, -0.032368273, -0.0039198734, -0.008910542, -0.003936321, -0.0032521705, -0.009033247, -0.009473077, -0.007750267, 0.0054770247, 0.0062520383, 0.009706534, 0.006613645, 0.010500136) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(0.0052045253, 0.011387013, 0.0046835565, 0.010932035, 0.010583543, -0.013107253, 0.017930953, -0.02537225, 0.0021336768, -0.0041490193, 0.004880269, -0.0019172861, -0.0027836433, 0.0006958799, -0.0050659026, 0.002757603) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(0.0036581503, 0.00530801, 0.0028284278, 0.008291285, 0.009673681, 0.017491726, 0.005010864, 0.006458093, 0.0023026322, 0.002703738, 0.0019432574, -0.0003520452, 0.0013614031, -0.0020048786, 0.0022310605, 0.010625077) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(0.01151549, 0.01972701, 0.010590469, 0.011148766, 0.0005946422, 0.004571574, -0.0011468037, 0.007926918, 0.002107555, -0.00810228, 0.0058216844, -0.008471318, 0.011718249, 0.0030910752, 0.013755382, 0.0066676657) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(0.016705245, 0.021999655, 0.020353265, 0.02871075, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 4);
    }
    if (p.x == 0) {
        c += vec4(0.00024638357, -0.00014343984, 0.00039949335, 4.7535258e-07);
        c += mat4(-0.09690868, -0.060748793, 0.014843599, -0.008757695, 0.01921049, -0.0108109, 0.004308601, -0.0014772114, 0.0073636514, 0.013182642, 0.0014597122, 0.0025420173, 0.007504015, -0.0026156856, 0.0028261396, 0.0006049462) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.0076962113, -0.0104395365, 0.00474361, 0.004916262, 0.015513844, 0.0035325754, 0.013412843, 0.010579813, -0.025874982, -0.0013609192, -0.005823148, -0.0073925504, -0.008636873, -0.008052362, -0.003445876, -0.0011664181) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(0.0145229045, 0.0051573394, -0.00072068186, 0.00032108228, 0.031998724, 0.022354338, 0.008672713, 0.0074040387, -0.0021759714, -0.0029875312, 0.00066844304, -0.000654459, -0.0058920933, -0.01945054, 0.0051366664, 0.001046034) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.009490112, 0.010972699, 0.0019168905, 0.0014428498, -0.001978782, 0.008221046, -5.7333713e-05, -0.001981539, 0.008387923, 0.0031302215, 0.00014838447, 0.000894392, 0.014964846, 0.007040437, 0.0052447408, 0.0026390634) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(0.003652487, 0.006116747, 0.0004910727, -0.0013437184, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(0.057780825, 0.018738324, -0.19801427, -0.019335637, 0.03092989, -0.023134932, 0.046568133, -0.0054665594, -0.017410493, 0.023695506, 0.0070407526, 0.018563636, 0.02652086, -0.022256652, 0.00921027, -0.009263335) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.043411974, 0.00018582238, 0.018234158, -0.015458825, 0.082227826, 0.047958337, 0.011392392, -0.011811221, -0.027666338, 0.031163825, -0.08141749, 0.016802602, 0.0045665815, 0.014206295, -0.012981374, -0.010496113) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(0.0023589695, -0.020012956, 0.032575734, -0.008489788, 0.015827859, -0.0060219415, 0.076959334, 0.018568564, 0.0018071833, 0.0055717076, -0.009994035, -0.0057996293, 0.08722884, 0.014891066, 0.008621631, -0.017203646) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(-0.053876292, -0.009934201, -0.008708593, 0.013083404, -0.032465104, 0.022000981, -0.018530287, 0.018302957, -0.003793018, -0.0030882533, 0.012075038, -0.0035442438, -0.03222288, -0.019211022, -0.019726206, -0.04348876) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(0.008683373, -0.008015131, 0.0020381673, -0.0011425794, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(0.033189025, 0.0112946415, -0.041198716, -0.028850721, 0.017151397, 0.02091076, -0.035126206, -0.043604385, -0.117930844, -0.0045955773, -0.025334254, 0.04065188, 0.1166235, -0.013295444, 0.051509228, -0.060808774) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.019926671, -0.027478129, 0.10774164, 0.013687564, 0.013997453, 0.0072308946, 0.06286608, 0.019380016, 0.019326102, 0.005797497, -0.0035505653, 0.0031878669, -0.057131633, -0.030693531, 0.04953304, 0.040537942) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(-0.0334153, -0.00071813265, -0.056142297, -0.00673797, -0.0018268125, 0.0044005006, 0.019980578, 0.0064869244, -0.023378283, 0.0052092243, 0.010523822, -0.0007991683, -0.05587492, 0.033763014, 0.03063164, 0.014909411) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.00450891, -0.025962265, -0.042277988, -0.005256414, -0.16764584, 0.029730352, -0.0934472, 0.029446349, 0.09010556, -0.0086099785, 0.015809527, -0.0048979265, -0.08242951, -0.025458299, -0.065068804, 0.029555276) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.17912927, 0.016332576, -0.12750046, -0.010933213, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.0049825795, 0.0037932456, 0.0005068804, -0.02506479, -0.013580942, -0.0052994173, 0.010139384, 0.014872743, 0.0041771196, -0.0026594151, -0.049446475, 0.0015406678, -0.023486115, -0.002341495, 0.02964844, -0.014855365) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(0.008426469, 0.0095013855, -0.022771534, 0.0055831047, 0.0006772089, -0.008318515, 0.033874895, -0.010601366, -0.0037573972, -0.00037823996, 0.012798846, -0.009437782, -0.005171869, 0.0031543346, -0.056575567, -0.013481311) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(-0.012102994, -0.0070646675, -0.015767839, -0.010642024, 0.011409132, 0.010069279, -0.01853984, 0.008695126, 0.012825352, 0.00088687905, -0.0067388997, 0.016452448, 0.041226987, 0.011025551, 0.02358573, 0.046565205) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(-0.002766641, -0.025170175, 0.0012144592, -0.045796536, -0.0012551494, 0.010268766, -0.05041375, 0.05105463, -0.008955926, -0.007882631, 0.040951584, -0.040893085, 0.021368975, 0.006342665, -0.005632744, 0.011149291) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.00630895, -0.005479095, -0.046528917, 0.024859468, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(0.0031011216, 0.0003393496, 0.0035172924, -0.00063709874, -0.0033426778, -0.0021425271, -0.0018325918, -0.0003468019, -0.0049745264, 0.0008982182, -0.0067685265, 0.0017003499, -0.003922602, -0.0038128407, -0.007353523, 0.0012243236) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(0.00030518314, 0.0017922218, 0.0007771245, -0.0004381383, -0.00080366764, -0.0016050364, -0.003043194, -0.0030788574, 0.0008428685, -0.0010107718, 0.00091376744, -0.00075924984, -0.0040791463, 0.00015698826, -0.004197697, 0.0053668274) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(-0.0012268019, -0.0016967567, -0.0011940973, -0.00014432879, -0.001434811, 0.00097070803, 0.0024173837, 0.0036134922, -0.0009675107, 0.0020909673, -0.001757127, -0.002770772, 0.010475797, 0.005661012, 0.015944656, -0.010919615) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(-0.0035693885, 0.00073070574, -0.013262977, 0.0045275497, 0.000383381, 0.0036057886, 0.005603275, 0.0023499092, -0.0019861932, -0.005063277, -0.0056892945, 0.00040062141, -0.0035125087, -0.00079168176, -0.0060337177, -0.0009084417) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(0.0028821991, 0.004368614, 0.006305763, 0.0026476944, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 4);
    }
    if (p.x == last.x) {
        c += vec4(0.0038314196, 0.0035020327, 0.0034402465, 0.0028005266);
        c += mat4(-0.036470193, 0.026975602, -0.012546756, 0.016059771, -0.007205923, -0.006728376, -0.004203907, -0.0028546671, 0.0012721273, -0.01478957, -0.0005864047, -0.004629571, -0.010180692, -0.010418639, -0.0058405967, -0.0042612273) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.013515354, 0.0077229836, 0.006736163, 0.00014753659, 0.0019049308, -0.021561563, -0.0007177204, -0.0163739, -0.012827573, -0.016197916, -0.0066717565, -0.0052521117, 0.0027725366, 0.0022566784, 0.0010642699, -0.00059137144) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(-0.003054825, -0.0010304751, -0.00086270744, 0.0042378977, 0.0074075805, 0.01864994, 0.0012487968, -0.0014719864, -0.04522177, -0.036721118, -0.021295603, -0.008470148, 0.00068094145, 0.015015709, 0.0032241305, 0.0035068216) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.015499729, -0.0021371336, 0.0056895413, -0.0013879471, -0.006057461, -0.028066747, -0.0035395878, -0.010466095, 0.003118206, 0.0065238066, 0.0011485699, 0.00036063546, -0.00011802684, -0.0034757417, -0.0003921014, -0.0020187432) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(0.04337645, 0.03294005, 0.025009768, 0.008844896, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(-0.02198991, 0.16608153, -0.023307867, 0.10104856, -0.0101459315, -0.004427347, -0.0042021847, 0.002471062, -0.029149175, 0.0042888965, -0.024160938, -0.026871996, -0.016693767, -0.062168185, -0.017592128, -0.017732527) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.03710207, 0.018467495, 0.04062414, 0.023325233, -0.002762516, 0.052536614, 0.0047642286, -0.0033790008, -0.024620423, 0.0011705068, -0.033757783, -0.015576302, 0.017165747, 0.026206095, 0.0011976644, -0.023400925) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(-0.01568511, 0.025951201, -0.014157348, 0.008797319, 0.0068623046, -0.020389011, 0.011043559, -0.029046306, -0.16297524, -0.19438133, -0.1449192, -0.12154729, 0.0303285, 0.06222383, 0.01608883, 0.047681555) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(-0.00079818396, 0.00014558896, 0.025932299, -0.029992003, -0.04599453, 0.049814716, -0.019454641, -0.006994325, 0.02274399, -0.038396794, 0.010088699, -0.023413425, -0.026791427, -0.01904794, -0.014644952, -0.00045010564) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(0.12867714, 0.13165936, 0.10416258, 0.09205824, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(-0.04131987, -0.024439907, -0.03011267, 0.056151826, -0.015481537, -0.0063063833, -0.011750535, -0.005973431, -0.095331214, -0.022649499, -0.066424616, 0.0125106145, 0.022327544, 0.029019631, -0.0027312269, -0.0638756) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.056863293, -0.014131591, 0.051660202, -0.00021316818, -0.0020981578, -0.020271786, 0.016698143, 0.054329854, -0.035247184, -0.03423923, -0.030476933, -0.023929646, -0.023780623, -0.022010922, -0.0016647658, 0.056498464) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.018481841, -0.003977011, 0.008986382, 0.010881873, -0.029384656, -0.03211411, -0.025239296, -0.012361218, -0.25970808, -0.30256486, -0.3003291, -0.25044098, 0.0740684, 0.045959566, 0.0638194, 0.029655177) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.011263985, -0.0028276243, -0.019459989, 0.06499286, -0.08767552, 0.22915778, -0.06747264, 0.17610924, 0.08022942, -0.17360753, 0.05284372, -0.12055504, -0.00012548259, -0.05773057, -0.023919024, -0.041242253) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.18056633, 0.07969495, 0.1890967, 0.10376292, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.003007147, 0.019643292, -0.0010976454, 0.004128312, 0.00012731177, 0.0072666747, -0.009690699, 0.0023582077, -0.04904111, -0.043870024, -0.065523274, -0.02672842, -0.015563742, 0.007077454, -0.011843917, 0.024049623) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(0.013722584, 0.007966694, 0.01965082, -0.00077499275, 0.001931515, -0.0016039817, -0.0042303284, -0.021640148, -0.0077209887, -0.01367013, -0.009181426, -0.00068482256, -0.0026581897, -0.007052884, -0.017938845, -0.028398594) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(0.024983194, -0.0010166288, 0.026859911, -0.0014149557, -0.015063833, 0.016068587, -0.01295192, 0.016094113, -0.18412076, -0.16657618, -0.20728396, -0.23068564, 0.020963043, 0.013306845, 0.04379502, 0.0683702) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(0.026613189, 0.0039044677, 0.010282571, -0.031336337, -0.0247227, 0.0027634553, -0.06896295, 0.13064729, 0.018578557, -0.036435053, 0.06629627, -0.12358905, -0.012971597, -0.038937375, -0.0014706665, -0.06768772) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.106527284, 0.091169, 0.11856691, 0.09556755, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(0.003878872, 0.007441916, 0.0041740946, 0.013439607, -0.0007034976, -0.005293557, 0.0015392276, -0.0060790177, -0.0033525657, -0.0048481557, -0.0077728527, -0.015696334, -0.012437498, -0.01929383, -0.013035918, -0.016201898) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(-0.005671783, -0.008717562, -0.005363456, -0.010445452, 0.0004851742, -0.0039474536, 0.0023786076, -0.009666648, 0.0014505619, 0.0027848452, 0.0005192598, -0.0036725549, 0.0009891512, 0.00064303546, -0.0010213788, -0.003323417) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(0.0057437737, 0.006530019, 0.0077588316, -0.0005689313, -0.010875608, -0.008500562, -0.012615231, -0.004904584, -0.054788433, -0.052507263, -0.056825206, -0.052576657, -0.006100402, -0.00032139855, -0.007763988, -0.0018208309) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(0.00510453, -0.0021289184, 0.012556688, 0.00655851, 0.0007331717, -0.0071409065, -0.0052523473, -0.024415093, -0.002050488, 0.007228132, 0.0005000352, 0.01160821, 0.001375707, 0.0096753, -0.0018618186, -0.00041608533) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(0.028718762, 0.03444901, 0.03426099, 0.027852364, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 4);
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.0030154295, 0.0011610888, 0.0020396947, 0.001775039);
        c -= mat4(0.009600771, -0.0020825763, 0.0019989272, 0.0009357137, 0.012614788, 0.019158207, -0.002011616, -0.0015102962, -0.04070695, -0.025022678, -0.007572052, -0.007391386, 0.039738383, 0.016760318, 0.00080853654, 0.0011110723) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.017997634, -0.00550007, 0.000415384, -0.0008707182, 0.016951483, 0.011326499, 0.0033414278, 0.003934879, 0.021150216, 0.007985014, 0.003123851, 0.002237315, -0.036670294, -0.024704728, -0.008080836, -0.008392324) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.0075359424, -0.005282772, -0.00069295627, -0.00055170275, -0.018530892, -0.0076494226, -0.00069143774, -0.00040203272, -0.010427738, -0.0019159628, 8.058484e-05, -0.0017989315, -0.011443101, 0.010957733, 0.0115823075, 0.008786705) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.002545845, -0.019080708, -0.0097187795, -0.008062517, -0.06017608, -0.011997006, -0.004618326, -0.005734719, 0.049440183, 0.008630595, 0.0010197309, 0.0029686117, -0.0057931594, -0.010254124, 0.0073871673, 0.0045127855) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.036469284, -0.01757692, -0.0040811254, -0.0037856314, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0032769316, 0.002478658, 0.0018967629, 0.0020453888);
        c -= mat4(-0.0040596467, 0.0071164374, -0.0012239785, 0.006039329, -0.014618663, 0.009548992, -0.006680775, 0.003427978, -0.02897405, 0.03337805, -0.011142878, 0.033164695, 0.005537877, -0.033401065, -0.001738821, -0.040340878) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.008868984, -0.00731005, 0.0033027006, -0.007290377, -0.005935488, -0.010059219, -0.004839372, -0.012516275, -0.0026043311, 0.0024547486, -0.0011983084, 0.0029610682, -0.013398495, 0.038529813, -0.0009557347, 0.036386173) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.004781111, 0.011569049, 0.0027352476, 0.012249184, 0.004356159, -0.0066575888, 0.0023532063, 7.020142e-05, 0.0077251242, -0.0059745414, -0.013444193, -0.059525363, 0.010071078, -0.016045019, 0.0050976183, -0.01088364) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.012081407, 0.03269406, 0.0048626186, 0.011576305, -0.054197747, 0.09471086, -0.018230353, 0.06092313, 0.0692226, -0.07727261, 0.026410606, -0.049861576, 0.015366971, -0.02829136, 0.004912731, -0.011502277) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.017571077, -0.0021387464, -0.0058365543, -0.0023776905, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.003304973, 0.00029035937, 0.0061871447, 0.00045671375);
        c -= mat4(-0.024282476, 0.0069624227, -0.05794846, -0.057320766, 0.007445538, 0.009510767, -0.0033282216, 0.00647855, -0.006669181, -0.0037871718, -0.006487069, -0.0023409936, 0.005196303, 0.0037269562, 0.0038591116, -0.00029674574) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.019915828, 0.010053685, 0.032980967, 0.010622132, 0.0056380294, -0.006148266, 0.017800247, -0.004076366, -0.019282196, -0.011232925, -0.019659718, -0.0043414575, 0.0018317999, 0.0005736236, 0.006108403, 0.0045520435) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.001775106, 0.00039431767, 0.0008328365, 0.00033429582, 0.025403054, 0.0119933225, 0.029161952, -0.0009657133, -0.0008747435, 0.0004732272, -0.0062869247, -0.004685838, 0.0026177338, 0.003917935, 0.0013654474, -0.013792974) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.018032603, 0.00809917, 0.030311909, 0.01715683, -0.0057032136, -0.0011007086, -0.012479084, -0.008409845, -0.0035043114, -0.005962306, -7.6261415e-05, 0.0060344813, 0.0013315801, -0.0038217518, 0.0026754471, -0.011853831) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.0003392378, -0.00114472, 0.0021124706, -0.0061925706, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0028127914, 0.0028377287, 0.0033956189, 0.0033335509);
        c -= mat4(-0.013555615, -0.025968911, -0.0071927197, 0.052398633, -0.003861757, -0.0069728647, -0.0042715045, -0.017811047, -0.009838236, -0.007786038, -0.006828568, 0.026606144, 2.2040622e-05, 0.00048787714, -0.009566899, -0.05437655) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.010846761, 0.011645557, 0.014624456, 0.0040358496, 0.006466253, 0.012447619, 0.01395295, 0.063164756, -0.009249688, -0.0057160086, -0.014025377, 0.017477144, -0.00049521285, 0.00038704785, 0.006445045, 0.03586963) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(-1.7035425e-05, 0.008206004, -0.0026047812, 0.01259914, 0.000715428, -0.009941792, 0.006648546, 0.008907213, -0.0016727502, 0.009602827, -0.017554827, -0.0330268, 0.0005254593, -0.00348188, 0.0029665127, 0.006442798) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(-0.00050816603, -0.0051630624, 0.006616875, 0.023748418, -0.001417944, 0.00943191, -0.0014714731, 0.03171043, 0.0040178024, 0.0028588178, 0.0044851447, -0.005731575, -0.006374184, -0.0065345843, -0.010480283, -0.017058577) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.027183795, 0.03786892, 0.027058605, 0.034010105, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
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
        vec4 x0 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 240] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 480] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F16_DN_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 720] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
        vec4 x4 = vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0);
        tile[i + 960] = inside ? uvec2(packHalf2x16(x4.xy), packHalf2x16(x4.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 20 + local.x;
    vec4 a0_0 = vec4(0.00038265274, 8.510565e-05, 0.00030244264, 4.525528e-05);
    HVEC4 s0_0;
    {   // tap (-2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 240));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 480));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 720));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 960));
        s0_0 = HVEC4(-0.01474762, 0.00018680096, -0.002626419, -0.002937317) * v0_0.x;
        s0_0 += HVEC4(3.4570694e-05, -0.001581192, 0.00020051003, -0.000869751) * v0_0.y;
        s0_0 += HVEC4(0.0017738342, 0.00157547, 0.0019950867, 0.0015172958) * v0_0.z;
        s0_0 += HVEC4(-0.0030384064, -0.0020523071, -0.0002655983, 6.711483e-05) * v0_0.w;
        s0_0 += HVEC4(0.0016727448, 0.0001924038, -0.00087451935, -0.000682354) * v0_1.x;
        s0_0 += HVEC4(0.0030078888, 0.001750946, 0.00014722347, -0.0005812645) * v0_1.y;
        s0_0 += HVEC4(-0.0025501251, -0.0025901794, -0.0025024414, -0.00242424) * v0_1.z;
        s0_0 += HVEC4(0.0013980865, 0.0017023087, 0.0002565384, -0.00042009354) * v0_1.w;
        s0_0 += HVEC4(0.0019931793, 0.00217247, 0.00029706955, 0.0006008148) * v0_2.x;
        s0_0 += HVEC4(-0.008758545, -0.010177612, -0.009765625, -0.008285522) * v0_2.y;
        s0_0 += HVEC4(0.004447937, 0.004386902, 0.0025253296, 0.0016918182) * v0_2.z;
        s0_0 += HVEC4(0.001086235, 0.0018348694, 0.0020179749, 0.00060606) * v0_2.w;
        s0_0 += HVEC4(-0.0029392242, -0.0012645721, -0.008056641, -0.0063323975) * v0_3.x;
        s0_0 += HVEC4(-0.0010099411, 0.0012922287, 0.003894806, 0.000808239) * v0_3.y;
        s0_0 += HVEC4(0.0019683838, -0.001127243, -0.001572609, -0.001458168) * v0_3.z;
        s0_0 += HVEC4(0.00018131733, -0.00038933754, -0.0003528595, 3.516674e-06) * v0_3.w;
        s0_0 += HVEC4(-0.0015850067, -0.00040912628, -0.00068950653, 0.0001385212) * v0_4.x;
    }
    {   // tap (-1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 241));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 481));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 721));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 961));
        s0_0 += HVEC4(-0.023803711, 0.008056641, 0.0037937164, -0.0076179504) * v0_0.x;
        s0_0 += HVEC4(-0.00018596649, -0.0020961761, -0.0026569366, -0.0006585121) * v0_0.y;
        s0_0 += HVEC4(0.00094509125, 0.002878189, 0.0029792786, 0.0002913475) * v0_0.z;
        s0_0 += HVEC4(-0.0034618378, -0.0033283234, -0.0027828217, 0.00049209595) * v0_0.w;
        s0_0 += HVEC4(-0.0024261475, -0.0064468384, -0.0018978119, 0.0023727417) * v0_1.x;
        s0_0 += HVEC4(0.0032997131, 0.008094788, 0.0019798279, -7.867813e-05) * v0_1.y;
        s0_0 += HVEC4(-0.012458801, -0.008003235, -0.0087890625, -0.0015888214) * v0_1.z;
        s0_0 += HVEC4(-0.0022449493, -0.0038814545, 0.00013577938, 0.0014133453) * v0_1.w;
        s0_0 += HVEC4(-0.010826111, -0.0044174194, 0.00022733212, -0.00043988228) * v0_2.x;
        s0_0 += HVEC4(0.035339355, 0.010566711, -0.015113831, -0.008514404) * v0_2.y;
        s0_0 += HVEC4(0.0047950745, 0.0022354126, -0.0023460388, 0.0015716553) * v0_2.z;
        s0_0 += HVEC4(-0.0012559891, -0.0041542053, 0.00032186508, 0.005378723) * v0_2.w;
        s0_0 += HVEC4(0.0107803345, 0.010551453, 0.0034160614, 0.0011091232) * v0_3.x;
        s0_0 += HVEC4(-0.0137786865, 0.0065231323, -0.004558563, 0.00054216385) * v0_3.y;
        s0_0 += HVEC4(0.0011672974, 0.0066833496, -0.0014028549, -0.0016736984) * v0_3.z;
        s0_0 += HVEC4(-0.003545761, -0.004512787, -0.0020980835, -0.002166748) * v0_3.w;
        s0_0 += HVEC4(-0.0016107559, -0.00579834, -0.00019311905, 0.0013694763) * v0_4.x;
    }
    {   // tap (0, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 242));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 482));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 722));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 962));
        s0_0 += HVEC4(-0.020233154, 0.003982544, -0.0053749084, 0.004875183) * v0_0.x;
        s0_0 += HVEC4(0.03137207, -0.007896423, 0.013954163, -0.00031542778) * v0_0.y;
        s0_0 += HVEC4(0.016662598, -0.0016269684, 0.0025691986, -0.0023593903) * v0_0.z;
        s0_0 += HVEC4(0.0042037964, -0.0028972626, -0.0001039505, -0.0034542084) * v0_0.w;
        s0_0 += HVEC4(-0.009063721, -0.0011930466, 0.0010576248, 0.0017194748) * v0_1.x;
        s0_0 += HVEC4(0.006538391, -0.0009384155, -0.00655365, -0.006641388) * v0_1.y;
        s0_0 += HVEC4(0.027069092, 0.023117065, 0.0056610107, -0.008682251) * v0_1.z;
        s0_0 += HVEC4(-0.005962372, -0.006111145, -0.001627922, -0.00032544136) * v0_1.w;
        s0_0 += HVEC4(-0.026016235, -0.02067566, 0.005592346, 0.0034217834) * v0_2.x;
        s0_0 += HVEC4(0.054870605, 0.06555176, 0.017990112, 0.0063209534) * v0_2.y;
        s0_0 += HVEC4(-0.0010309219, -0.0062294006, -0.0012292862, -0.0038318634) * v0_2.z;
        s0_0 += HVEC4(-0.0064430237, -0.015525818, 0.005859375, 0.002986908) * v0_2.w;
        s0_0 += HVEC4(0.005622864, 0.0025196075, 0.0004093647, 0.0011787415) * v0_3.x;
        s0_0 += HVEC4(-0.00065517426, -0.018829346, -0.0003824234, -0.015670776) * v0_3.y;
        s0_0 += HVEC4(-0.00843811, -0.001168251, -0.0025253296, 5.2034855e-05) * v0_3.z;
        s0_0 += HVEC4(0.015777588, -0.0046463013, 0.009246826, -0.0020370483) * v0_3.w;
        s0_0 += HVEC4(0.00806427, 0.008041382, 0.0015363693, -0.0037174225) * v0_4.x;
    }
    {   // tap (1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 3));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 243));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 483));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 723));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 963));
        s0_0 += HVEC4(-0.0060157776, -0.033599854, 0.006439209, -0.0066490173) * v0_0.x;
        s0_0 += HVEC4(-0.028396606, 0.011978149, -0.020751953, 0.0128479) * v0_0.y;
        s0_0 += HVEC4(-0.00012803078, 0.0037021637, 0.004901886, 0.0053634644) * v0_0.z;
        s0_0 += HVEC4(-0.005695343, -0.0024604797, -0.004245758, -0.0056915283) * v0_0.w;
        s0_0 += HVEC4(-0.00060272217, 0.010856628, -0.0017929077, 0.0026607513) * v0_1.x;
        s0_0 += HVEC4(0.015731812, 0.022506714, -0.00233078, -0.004623413) * v0_1.y;
        s0_0 += HVEC4(0.00687027, 0.02432251, -0.0035362244, 0.0049858093) * v0_1.z;
        s0_0 += HVEC4(-0.0020275116, -0.0015907288, 0.0017223358, -0.0003414154) * v0_1.w;
        s0_0 += HVEC4(0.0009403229, -0.0027923584, 0.0048294067, 0.009361267) * v0_2.x;
        s0_0 += HVEC4(0.0021476746, -0.008987427, -0.017105103, -0.0058135986) * v0_2.y;
        s0_0 += HVEC4(-0.0014562607, 0.0031719208, -3.2544136e-05, 0.0017404556) * v0_2.z;
        s0_0 += HVEC4(0.005393982, 0.0009636879, 0.0040664673, 0.0032291412) * v0_2.w;
        s0_0 += HVEC4(-0.005317688, 0.0033245087, 0.0010290146, 0.0017900467) * v0_3.x;
        s0_0 += HVEC4(-0.004837036, 0.0012750626, -0.0021095276, 0.0018510818) * v0_3.y;
        s0_0 += HVEC4(0.0024337769, -0.003408432, -0.00023186207, -0.001036644) * v0_3.z;
        s0_0 += HVEC4(0.01259613, 0.029037476, -0.0064926147, 0.011787415) * v0_3.w;
        s0_0 += HVEC4(-0.0022087097, -0.0023918152, -2.527237e-05, 0.00111866) * v0_4.x;
    }
    {   // tap (2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 4));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 244));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 484));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 724));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 964));
        s0_0 += HVEC4(-0.00022828579, -0.011169434, 0.0005583763, -0.002193451) * v0_0.x;
        s0_0 += HVEC4(0.0008330345, -0.019439697, -0.001115799, -0.015701294) * v0_0.y;
        s0_0 += HVEC4(0.001572609, 0.0005030632, 0.0023498535, 0.0023479462) * v0_0.z;
        s0_0 += HVEC4(-0.0008301735, -0.002029419, -0.00064229965, -0.0010719299) * v0_0.w;
        s0_0 += HVEC4(0.0006299019, 0.004333496, 0.0005726814, 0.0021686554) * v0_1.x;
        s0_0 += HVEC4(0.0061454773, 0.0073547363, 0.002374649, 0.00018882751) * v0_1.y;
        s0_0 += HVEC4(-0.00046658516, 0.0030059814, -0.0006709099, 0.00056886673) * v0_1.z;
        s0_0 += HVEC4(-0.0003504753, -0.0017375946, -0.0009150505, 3.8325787e-05) * v0_1.w;
        s0_0 += HVEC4(0.004219055, 0.0051460266, 0.00233078, 0.0024375916) * v0_2.x;
        s0_0 += HVEC4(0.0012111664, -0.0017404556, 0.0030651093, -0.003993988) * v0_2.y;
        s0_0 += HVEC4(-0.0003604889, -0.0011777878, -0.00048065186, -0.0006542206) * v0_2.z;
        s0_0 += HVEC4(0.002298355, 0.0070266724, 0.00065135956, 0.0031757355) * v0_2.w;
        s0_0 += HVEC4(-0.00015866756, -0.0060157776, 0.0018253326, 0.00074100494) * v0_3.x;
        s0_0 += HVEC4(0.00014829636, -0.00289917, 0.0013151169, -0.0009651184) * v0_3.y;
        s0_0 += HVEC4(0.001115799, -0.0029125214, -0.0008263588, -0.0020217896) * v0_3.z;
        s0_0 += HVEC4(-0.0029697418, 0.008995056, -0.001578331, 0.0040283203) * v0_3.w;
        s0_0 += HVEC4(-0.002199173, 0.000852108, -0.0013055801, 0.00044846535) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 20));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 260));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 500));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 740));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 980));
        s0_0 = HVEC4(0.0024700165, 0.004524231, -0.014205933, -0.0002644062) * v0_0.x;
        s0_0 += HVEC4(0.0015459061, 0.0020103455, -0.00040459633, 0.00084733963) * v0_0.y;
        s0_0 += HVEC4(0.0087509155, 0.004180908, 0.0026111603, 0.002073288) * v0_0.z;
        s0_0 += HVEC4(-0.0024662018, -0.0020828247, -0.0006709099, -0.0039711) * v0_0.w;
        s0_0 += HVEC4(0.0040245056, 0.0025634766, 0.00083112717, 0.0022621155) * v0_1.x;
        s0_0 += HVEC4(-0.008277893, -0.0016756058, 0.008300781, 0.0040283203) * v0_1.y;
        s0_0 += HVEC4(-0.001745224, -0.0028381348, -0.002380371, 0.002122879) * v0_1.z;
        s0_0 += HVEC4(-0.012062073, -0.0062332153, 0.00084733963, 0.002166748) * v0_1.w;
        s0_0 += HVEC4(0.008033752, 0.0053634644, 0.0025119781, 0.0048980713) * v0_2.x;
        s0_0 += HVEC4(-0.012489319, -0.0385437, 0.0029182434, -0.030334473) * v0_2.y;
        s0_0 += HVEC4(0.03302002, 0.0033397675, -0.001291275, 0.014335632) * v0_2.z;
        s0_0 += HVEC4(0.0041618347, -9.3758106e-05, -0.004486084, 0.001701355) * v0_2.w;
        s0_0 += HVEC4(0.0024986267, -0.0070877075, 0.012077332, 0.0041007996) * v0_3.x;
        s0_0 += HVEC4(-0.0018377304, 4.7266483e-05, -0.0036010742, 0.0031929016) * v0_3.y;
        s0_0 += HVEC4(-0.0023708344, 0.0014019012, 0.002855301, 6.997585e-05) * v0_3.z;
        s0_0 += HVEC4(-0.00035262108, -3.7372112e-05, 0.0030498505, 8.34465e-07) * v0_3.w;
        s0_0 += HVEC4(0.00680542, 0.0007252693, -0.0046424866, -0.0018091202) * v0_4.x;
    }
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 21));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 261));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 501));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 741));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 981));
        s0_0 += HVEC4(-0.08673096, 0.018585205, -0.10369873, -0.0040130615) * v0_0.x;
        s0_0 += HVEC4(0.0010890961, -0.00020480156, 0.0016498566, -0.0007686615) * v0_0.y;
        s0_0 += HVEC4(-0.06390381, 0.0058021545, -0.006160736, 0.0065231323) * v0_0.z;
        s0_0 += HVEC4(0.044891357, 0.0036373138, -0.0121154785, -0.0072898865) * v0_0.w;
        s0_0 += HVEC4(0.022705078, 0.0067634583, 0.0039978027, -0.008712769) * v0_1.x;
        s0_0 += HVEC4(-0.025650024, -0.019958496, 0.023452759, 0.022766113) * v0_1.y;
        s0_0 += HVEC4(-0.045806885, -0.015045166, -0.011619568, -0.016113281) * v0_1.z;
        s0_0 += HVEC4(0.056396484, -0.00605011, -0.018295288, -0.013168335) * v0_1.w;
        s0_0 += HVEC4(-0.04776001, 0.013305664, -0.016357422, 0.00680542) * v0_2.x;
        s0_0 += HVEC4(0.008216858, 0.054656982, -0.029708862, 0.005367279) * v0_2.y;
        s0_0 += HVEC4(0.10247803, 0.052490234, -0.020126343, 0.007133484) * v0_2.z;
        s0_0 += HVEC4(0.014709473, 0.0045051575, -0.00995636, -0.012748718) * v0_2.w;
        s0_0 += HVEC4(-0.03125, 0.00088882446, 0.015510559, 0.022705078) * v0_3.x;
        s0_0 += HVEC4(-0.06317139, -0.002855301, -0.04067993, -0.0018005371) * v0_3.y;
        s0_0 += HVEC4(-0.0104599, 0.002658844, 0.0016222, 1.9967556e-05) * v0_3.z;
        s0_0 += HVEC4(0.001168251, -0.00084733963, -0.00223732, -0.0028896332) * v0_3.w;
        s0_0 += HVEC4(0.043884277, 0.014038086, -0.00248909, -0.013916016) * v0_4.x;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 22));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 262));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 502));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 742));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 982));
        s0_0 += HVEC4(-0.005706787, -0.42382812, 0.123535156, 0.019821167) * v0_0.x;
        s0_0 += HVEC4(0.03152466, -0.004600525, 0.038848877, -0.014846802) * v0_0.y;
        s0_0 += HVEC4(-0.06768799, -0.14831543, -0.03161621, -0.013801575) * v0_0.z;
        s0_0 += HVEC4(0.10272217, 0.12976074, 0.017044067, 0.0046844482) * v0_0.w;
        s0_0 += HVEC4(-0.050354004, 0.06732178, 0.017501831, -0.0061531067) * v0_1.x;
        s0_0 += HVEC4(-0.29833984, -0.17675781, 0.13635254, 0.12731934) * v0_1.y;
        s0_0 += HVEC4(0.21105957, -0.13623047, 0.14233398, -0.0110321045) * v0_1.z;
        s0_0 += HVEC4(0.007335663, 0.099487305, -0.0116119385, -0.028625488) * v0_1.w;
        s0_0 += HVEC4(-0.097961426, -0.17810059, -0.13452148, -0.14025879) * v0_2.x;
        s0_0 += HVEC4(0.044799805, 0.044952393, 0.11151123, 0.033111572) * v0_2.y;
        s0_0 += HVEC4(-0.00043845177, 0.00024092197, 0.0012741089, -0.008979797) * v0_2.z;
        s0_0 += HVEC4(0.009666443, 0.05456543, -0.057128906, -0.05999756) * v0_2.w;
        s0_0 += HVEC4(-0.041748047, -0.06048584, 0.01914978, 0.034118652) * v0_3.x;
        s0_0 += HVEC4(0.05368042, -0.08734131, 0.012199402, -0.019058228) * v0_3.y;
        s0_0 += HVEC4(-0.014656067, -0.044311523, -0.011390686, -0.016723633) * v0_3.z;
        s0_0 += HVEC4(0.10119629, 0.004600525, 0.029251099, -0.001909256) * v0_3.w;
        s0_0 += HVEC4(0.1821289, 0.17041016, -0.0041046143, 0.001247406) * v0_4.x;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 23));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 263));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 503));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 743));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 983));
        s0_0 += HVEC4(-0.024658203, 0.047546387, -0.032287598, -0.05065918) * v0_0.x;
        s0_0 += HVEC4(-0.11755371, 0.22692871, -0.04751587, 0.09899902) * v0_0.y;
        s0_0 += HVEC4(-0.005493164, -0.032318115, -0.011962891, -0.020721436) * v0_0.z;
        s0_0 += HVEC4(0.0023498535, 0.013137817, -0.0025558472, 0.0040626526) * v0_0.w;
        s0_0 += HVEC4(-0.001534462, 0.00076913834, 0.0026435852, 0.01927185) * v0_1.x;
        s0_0 += HVEC4(0.008956909, -0.10827637, 0.012313843, 0.060760498) * v0_1.y;
        s0_0 += HVEC4(0.010292053, 0.07519531, 0.01965332, 0.061401367) * v0_1.z;
        s0_0 += HVEC4(-0.0026626587, -0.037139893, -0.006603241, -0.0090789795) * v0_1.w;
        s0_0 += HVEC4(-0.011306763, -0.0022525787, 0.0039100647, -0.012466431) * v0_2.x;
        s0_0 += HVEC4(-0.03100586, -0.051971436, 0.0039367676, 0.029647827) * v0_2.y;
        s0_0 += HVEC4(0.0013885498, -0.00022828579, -0.0028915405, 0.00054073334) * v0_2.z;
        s0_0 += HVEC4(-0.01399231, -0.019836426, 0.0023994446, -0.01171875) * v0_2.w;
        s0_0 += HVEC4(0.051513672, 0.057922363, -0.0047187805, 0.008682251) * v0_3.x;
        s0_0 += HVEC4(-0.0013303757, 0.00434494, -0.002817154, -0.001581192) * v0_3.y;
        s0_0 += HVEC4(-0.010383606, -0.050109863, 0.0037002563, -0.010032654) * v0_3.z;
        s0_0 += HVEC4(0.006046295, -0.043518066, 0.017547607, 0.080566406) * v0_3.w;
        s0_0 += HVEC4(-0.0020885468, 0.04397583, -0.007633209, -0.009017944) * v0_4.x;
    }
    {   // tap (2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 24));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 264));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 504));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 744));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 984));
        s0_0 += HVEC4(-0.0015077591, -0.00085258484, -0.0054092407, -0.021011353) * v0_0.x;
        s0_0 += HVEC4(0.0025615692, 0.010314941, -0.0013122559, -0.010398865) * v0_0.y;
        s0_0 += HVEC4(0.007106781, 0.0023880005, 0.0046920776, 0.0023174286) * v0_0.z;
        s0_0 += HVEC4(-0.0032672882, 0.011154175, -0.0039596558, -0.0025463104) * v0_0.w;
        s0_0 += HVEC4(-0.00052928925, 0.007331848, 0.00258255, 0.0065841675) * v0_1.x;
        s0_0 += HVEC4(0.0012874603, 0.0015525818, 0.008934021, 0.025863647) * v0_1.y;
        s0_0 += HVEC4(0.0012483597, 0.0060424805, 0.0011386871, 0.002105713) * v0_1.z;
        s0_0 += HVEC4(-0.0020694733, 0.0016345978, 0.0009126663, -0.004322052) * v0_1.w;
        s0_0 += HVEC4(0.0034446716, -0.0025348663, 0.008934021, 0.011070251) * v0_2.x;
        s0_0 += HVEC4(0.0027713776, -0.021255493, -0.0051460266, 0.0013456345) * v0_2.y;
        s0_0 += HVEC4(0.0005068779, -0.00077962875, -0.0005617142, -0.00084638596) * v0_2.z;
        s0_0 += HVEC4(0.00592041, 0.00022184849, 0.0050582886, 0.0062065125) * v0_2.w;
        s0_0 += HVEC4(-0.011245728, 5.0783157e-05, -0.0104904175, -0.014762878) * v0_3.x;
        s0_0 += HVEC4(-0.00015032291, -0.00035643578, -0.0008993149, -0.001745224) * v0_3.y;
        s0_0 += HVEC4(0.0016860962, -0.010673523, 0.0025310516, -0.00605011) * v0_3.z;
        s0_0 += HVEC4(-0.00059461594, 0.039855957, -0.0016918182, 0.022354126) * v0_3.w;
        s0_0 += HVEC4(0.0017881393, -0.0057258606, -0.0023498535, -0.0025539398) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 40));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 280));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 520));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 760));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1000));
        s0_0 = HVEC4(-0.008399963, -0.0090408325, 0.0027618408, -0.003194809) * v0_0.x;
        s0_0 += HVEC4(-0.0023918152, -0.0031337738, -0.0007414818, -0.002445221) * v0_0.y;
        s0_0 += HVEC4(-0.008888245, -0.0010585785, 0.0013370514, -0.0033779144) * v0_0.z;
        s0_0 += HVEC4(-0.0073165894, -0.0050354004, -0.007709503, -0.006214142) * v0_0.w;
        s0_0 += HVEC4(0.0022354126, -0.0034542084, 0.0096206665, 0.0012369156) * v0_1.x;
        s0_0 += HVEC4(0.00039815903, 0.0061950684, 0.00907135, -0.00069236755) * v0_1.y;
        s0_0 += HVEC4(-0.0035915375, 0.0013561249, -0.002948761, -0.0054512024) * v0_1.z;
        s0_0 += HVEC4(0.018463135, 0.011833191, -0.0049095154, -0.0070648193) * v0_1.w;
        s0_0 += HVEC4(-0.009223938, -0.0045166016, 0.008377075, -0.0036640167) * v0_2.x;
        s0_0 += HVEC4(-0.006690979, 0.010292053, -0.052734375, -0.005554199) * v0_2.y;
        s0_0 += HVEC4(0.08355713, -0.0052223206, 0.057159424, 0.0058059692) * v0_2.z;
        s0_0 += HVEC4(-0.010772705, -0.0065956116, -0.0023212433, -0.006752014) * v0_2.w;
        s0_0 += HVEC4(0.009239197, -0.0033035278, 0.0013113022, -0.0068740845) * v0_3.x;
        s0_0 += HVEC4(-0.0007696152, 0.0013790131, 0.0011987686, -0.0011816025) * v0_3.y;
        s0_0 += HVEC4(-0.0012760162, 0.0031394958, 0.00080633163, 0.0021247864) * v0_3.z;
        s0_0 += HVEC4(0.00053453445, 0.0007648468, -0.0028877258, 0.0010271072) * v0_3.w;
        s0_0 += HVEC4(-0.0054397583, -0.000623703, 0.016479492, -0.000688076) * v0_4.x;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 41));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 281));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 521));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 761));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1001));
        s0_0 += HVEC4(-0.018615723, -0.014328003, 0.070251465, -0.011894226) * v0_0.x;
        s0_0 += HVEC4(-8.445978e-05, -0.004299164, 0.0009627342, -0.0028419495) * v0_0.y;
        s0_0 += HVEC4(-0.0121536255, -0.021011353, -0.0993042, -0.0018529892) * v0_0.z;
        s0_0 += HVEC4(0.00048208237, -0.0010795593, 0.08111572, -0.011512756) * v0_0.w;
        s0_0 += HVEC4(0.046051025, 0.024719238, 0.08135986, 0.027038574) * v0_1.x;
        s0_0 += HVEC4(0.0022354126, 0.0014886856, -0.0637207, -0.0036697388) * v0_1.y;
        s0_0 += HVEC4(-0.0026359558, -0.0076522827, -0.045776367, -0.0129470825) * v0_1.z;
        s0_0 += HVEC4(0.032562256, 0.0024852753, -0.058532715, 0.018447876) * v0_1.w;
        s0_0 += HVEC4(0.0004901886, -0.028259277, -0.06347656, -0.016799927) * v0_2.x;
        s0_0 += HVEC4(-0.005794525, 0.024795532, 0.05718994, 0.039245605) * v0_2.y;
        s0_0 += HVEC4(-0.11859131, 0.16748047, 0.18969727, -0.07507324) * v0_2.z;
        s0_0 += HVEC4(0.018630981, -0.021713257, 0.0592041, -0.004928589) * v0_2.w;
        s0_0 += HVEC4(-0.061920166, -0.0015010834, -0.0859375, -0.015296936) * v0_3.x;
        s0_0 += HVEC4(0.020553589, 0.0038585663, -0.028930664, 0.00023794174) * v0_3.y;
        s0_0 += HVEC4(0.009727478, -0.0044136047, -0.020462036, 0.0118637085) * v0_3.z;
        s0_0 += HVEC4(0.002149582, 0.0009946823, 0.001996994, 0.0027427673) * v0_3.w;
        s0_0 += HVEC4(0.13330078, -0.012214661, 0.13293457, 0.021026611) * v0_4.x;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 42));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 282));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 522));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 762));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1002));
        s0_0 += HVEC4(0.0058135986, 0.08581543, -0.40600586, -0.057678223) * v0_0.x;
        s0_0 += HVEC4(0.028213501, 0.008605957, 0.024093628, 0.0019388199) * v0_0.y;
        s0_0 += HVEC4(0.12194824, 0.06524658, 0.038726807, -0.18847656) * v0_0.z;
        s0_0 += HVEC4(-0.109558105, -0.080200195, 0.06750488, 0.19458008) * v0_0.w;
        s0_0 += HVEC4(0.029388428, 0.06323242, -0.1583252, 0.11242676) * v0_1.x;
        s0_0 += HVEC4(-0.042510986, -0.019927979, 0.061523438, -0.029510498) * v0_1.y;
        s0_0 += HVEC4(-0.018920898, -0.0006556511, 0.092163086, -0.05718994) * v0_1.z;
        s0_0 += HVEC4(0.10455322, 0.10913086, -0.1361084, -0.2121582) * v0_1.w;
        s0_0 += HVEC4(0.03100586, 0.07824707, 0.055419922, 0.0068969727) * v0_2.x;
        s0_0 += HVEC4(-0.11303711, -0.1315918, -0.04043579, -0.05645752) * v0_2.y;
        s0_0 += HVEC4(0.020263672, 0.046813965, -0.019760132, 0.0982666) * v0_2.z;
        s0_0 += HVEC4(0.27978516, 0.2524414, 0.23583984, 0.2932129) * v0_2.w;
        s0_0 += HVEC4(-0.1583252, -0.17980957, -0.16259766, -0.25219727) * v0_3.x;
        s0_0 += HVEC4(0.15563965, -0.18591309, 0.13830566, -0.18310547) * v0_3.y;
        s0_0 += HVEC4(-0.27514648, 0.11425781, -0.13513184, 0.055145264) * v0_3.z;
        s0_0 += HVEC4(-0.19042969, 0.027908325, 0.03314209, 0.013748169) * v0_3.w;
        s0_0 += HVEC4(0.6196289, 0.6645508, 0.64990234, 0.6826172) * v0_4.x;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 43));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 283));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 523));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 763));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1003));
        s0_0 += HVEC4(-0.016204834, -0.058288574, -0.0021247864, -0.082092285) * v0_0.x;
        s0_0 += HVEC4(-0.13085938, 0.13317871, -0.16101074, 0.22509766) * v0_0.y;
        s0_0 += HVEC4(-0.0021476746, 0.02557373, 0.0055618286, 0.001876831) * v0_0.z;
        s0_0 += HVEC4(0.015914917, -0.021148682, 0.017349243, -0.008476257) * v0_0.w;
        s0_0 += HVEC4(-0.029388428, 0.018234253, -0.009651184, 0.0146484375) * v0_1.x;
        s0_0 += HVEC4(0.013465881, 0.0004196167, -0.006526947, 0.0126953125) * v0_1.y;
        s0_0 += HVEC4(-0.0014638901, 0.0047798157, 0.0032291412, 0.03567505) * v0_1.z;
        s0_0 += HVEC4(0.0040664673, 0.01802063, -0.010414124, -0.0031051636) * v0_1.w;
        s0_0 += HVEC4(-0.008918762, -0.00806427, -0.01802063, -0.0060424805) * v0_2.x;
        s0_0 += HVEC4(-0.029754639, 0.0011816025, -0.017990112, 0.029052734) * v0_2.y;
        s0_0 += HVEC4(0.010047913, 0.004447937, 0.007129669, 0.0066223145) * v0_2.z;
        s0_0 += HVEC4(-0.061187744, -0.004798889, -0.059295654, -0.029922485) * v0_2.w;
        s0_0 += HVEC4(0.13928223, 0.1161499, 0.13928223, 0.13989258) * v0_3.x;
        s0_0 += HVEC4(-0.0090408325, -0.0058403015, -0.0032176971, -0.003452301) * v0_3.y;
        s0_0 += HVEC4(-0.045440674, -0.09527588, -0.045318604, -0.09039307) * v0_3.z;
        s0_0 += HVEC4(0.11627197, -0.13464355, 0.119506836, -0.29541016) * v0_3.w;
        s0_0 += HVEC4(0.032714844, 0.12585449, 0.024246216, 0.12915039) * v0_4.x;
    }
    {   // tap (2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 44));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 284));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 524));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 764));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1004));
        s0_0 += HVEC4(0.0068855286, -0.01071167, 0.003145218, -0.0063972473) * v0_0.x;
        s0_0 += HVEC4(0.011505127, -0.00932312, 0.010215759, 0.01399231) * v0_0.y;
        s0_0 += HVEC4(-0.0031909943, -0.0034542084, 0.0016489029, 0.0016212463) * v0_0.z;
        s0_0 += HVEC4(-0.006580353, 0.00022470951, -0.002664566, 0.010734558) * v0_0.w;
        s0_0 += HVEC4(-0.0032787323, -0.01121521, -0.003818512, -0.0050621033) * v0_1.x;
        s0_0 += HVEC4(-0.00029826164, 0.005218506, -0.0044288635, -0.009094238) * v0_1.y;
        s0_0 += HVEC4(0.0021953583, -0.00062179565, 0.00046873093, 0.005241394) * v0_1.z;
        s0_0 += HVEC4(0.0032405853, -0.0014657974, 0.0012683868, -0.0077667236) * v0_1.w;
        s0_0 += HVEC4(-0.00061035156, -0.00015509129, -0.0007801056, -0.009460449) * v0_2.x;
        s0_0 += HVEC4(0.034729004, -0.010726929, 0.03567505, -0.01914978) * v0_2.y;
        s0_0 += HVEC4(-0.0006175041, 0.0021095276, 0.0006008148, 0.00087451935) * v0_2.z;
        s0_0 += HVEC4(-0.0011672974, -0.016799927, -0.00012373924, -0.015022278) * v0_2.w;
        s0_0 += HVEC4(-0.005706787, 0.031463623, -0.009796143, 0.026641846) * v0_3.x;
        s0_0 += HVEC4(-0.0024089813, -0.0035362244, -0.0014858246, 0.00038456917) * v0_3.y;
        s0_0 += HVEC4(0.0053710938, -0.0039978027, 0.0015630722, -0.0019874573) * v0_3.z;
        s0_0 += HVEC4(0.0046806335, -0.021942139, -0.003610611, 0.020950317) * v0_3.w;
        s0_0 += HVEC4(0.0036811829, 0.014297485, 0.005771637, 0.0025844574) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 60));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 300));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 540));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 780));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1020));
        s0_0 = HVEC4(0.0007829666, 0.00021505356, -0.0011539459, -0.00079631805) * v0_0.x;
        s0_0 += HVEC4(0.0013132095, 0.0021839142, 0.0008764267, 0.0011329651) * v0_0.y;
        s0_0 += HVEC4(-0.003604889, -0.0045661926, -0.007160187, -0.00046300888) * v0_0.z;
        s0_0 += HVEC4(-0.0021972656, -0.0008649826, -0.0014734268, -0.004508972) * v0_0.w;
        s0_0 += HVEC4(-0.0027122498, -0.000808239, -0.002506256, -0.0025863647) * v0_1.x;
        s0_0 += HVEC4(0.0032215118, 0.0015459061, 0.0035171509, 0.0016050339) * v0_1.y;
        s0_0 += HVEC4(0.004245758, 0.0051651, 5.9843063e-05, 0.003030777) * v0_1.z;
        s0_0 += HVEC4(0.0023345947, 0.0031261444, 0.0067443848, 0.0058250427) * v0_1.w;
        s0_0 += HVEC4(0.0017662048, 0.0034103394, -0.0050964355, -0.0008049011) * v0_2.x;
        s0_0 += HVEC4(0.017974854, 0.00868988, 0.050598145, 0.01348114) * v0_2.y;
        s0_0 += HVEC4(0.00083589554, -0.0040359497, -0.013809204, -0.0010232925) * v0_2.z;
        s0_0 += HVEC4(-0.0005931854, -0.0012226105, -0.00623703, -4.9114227e-05) * v0_2.w;
        s0_0 += HVEC4(0.012794495, 0.0055274963, 0.008140564, 0.0026874542) * v0_3.x;
        s0_0 += HVEC4(-0.0010643005, 0.00040316582, 0.0011291504, 0.001168251) * v0_3.y;
        s0_0 += HVEC4(-0.0046653748, -0.0031204224, -0.0059928894, 0.0009074211) * v0_3.z;
        s0_0 += HVEC4(0.00051021576, 0.0006070137, 0.00015962124, 0.00034093857) * v0_3.w;
        s0_0 += HVEC4(-0.0005197525, -0.0005340576, -0.0143585205, -0.00019848347) * v0_4.x;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 61));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 301));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 541));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 781));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1021));
        s0_0 += HVEC4(0.0042304993, 0.0016450882, -0.0018501282, 0.00415802) * v0_0.x;
        s0_0 += HVEC4(0.0017471313, 0.0016889572, 0.0010633469, -0.000834465) * v0_0.y;
        s0_0 += HVEC4(0.004272461, -0.0013837814, 0.026824951, 0.00014531612) * v0_0.z;
        s0_0 += HVEC4(0.0006918907, -0.0026855469, -0.014625549, -0.0016021729) * v0_0.w;
        s0_0 += HVEC4(-0.00308609, -0.0099105835, -0.0067329407, -0.0066833496) * v0_1.x;
        s0_0 += HVEC4(-0.004486084, -0.0047721863, -0.003068924, 0.0040740967) * v0_1.y;
        s0_0 += HVEC4(-0.0030441284, -0.003282547, 0.002204895, -0.00566864) * v0_1.z;
        s0_0 += HVEC4(0.0002822876, 0.0021839142, 0.015403748, 0.0057296753) * v0_1.w;
        s0_0 += HVEC4(-0.0007710457, -0.0012521744, 0.015945435, -0.0074386597) * v0_2.x;
        s0_0 += HVEC4(0.07409668, 0.045410156, 0.06878662, 0.038330078) * v0_2.y;
        s0_0 += HVEC4(0.023864746, -0.011802673, 0.09887695, 0.09075928) * v0_2.z;
        s0_0 += HVEC4(-0.022628784, -0.0058631897, -0.017959595, -0.006187439) * v0_2.w;
        s0_0 += HVEC4(0.016616821, 0.018951416, 0.008522034, 0.017150879) * v0_3.x;
        s0_0 += HVEC4(-0.0104904175, 0.0018129349, 0.012710571, 0.0073547363) * v0_3.y;
        s0_0 += HVEC4(-0.0038642883, -0.0011205673, 0.008201599, -0.0013055801) * v0_3.z;
        s0_0 += HVEC4(0.0055656433, -0.002632141, 0.002544403, 0.00036978722) * v0_3.w;
        s0_0 += HVEC4(-0.015975952, -0.005306244, 0.05130005, -0.014160156) * v0_4.x;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 62));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 302));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 542));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 782));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1022));
        s0_0 += HVEC4(-0.010238647, -0.001282692, -0.014709473, 0.0038928986) * v0_0.x;
        s0_0 += HVEC4(0.01008606, 0.0026741028, 0.018722534, 0.0033245087) * v0_0.y;
        s0_0 += HVEC4(0.021499634, 0.020584106, 0.054840088, 0.07733154) * v0_0.z;
        s0_0 += HVEC4(-0.00724411, 0.0034046173, -0.034301758, -0.032196045) * v0_0.w;
        s0_0 += HVEC4(0.0011081696, 0.00919342, 0.040161133, 0.019805908) * v0_1.x;
        s0_0 += HVEC4(-0.0003285408, -0.0037937164, -0.011985779, -0.01625061) * v0_1.y;
        s0_0 += HVEC4(-0.008079529, -0.0060806274, -0.0049743652, -0.0084991455) * v0_1.z;
        s0_0 += HVEC4(-0.006210327, -0.004032135, 0.006996155, 0.012748718) * v0_1.w;
        s0_0 += HVEC4(-0.00084257126, -0.0009727478, -0.0064315796, 0.012321472) * v0_2.x;
        s0_0 += HVEC4(-0.056884766, 0.022964478, -0.047607422, 0.036132812) * v0_2.y;
        s0_0 += HVEC4(0.02192688, 0.013504028, 0.020019531, -0.009925842) * v0_2.z;
        s0_0 += HVEC4(-0.030929565, -0.04534912, 0.050445557, 0.021118164) * v0_2.w;
        s0_0 += HVEC4(0.014427185, 0.011756897, -0.054656982, -0.027633667) * v0_3.x;
        s0_0 += HVEC4(0.051757812, -0.036010742, 0.0949707, -0.08911133) * v0_3.y;
        s0_0 += HVEC4(0.024459839, -0.008613586, -0.06738281, 0.0105896) * v0_3.z;
        s0_0 += HVEC4(0.008087158, 0.0033912659, -0.15161133, 0.015014648) * v0_3.w;
        s0_0 += HVEC4(0.019210815, -0.0011081696, 0.15551758, 0.16369629) * v0_4.x;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 63));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 303));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 543));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 783));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1023));
        s0_0 += HVEC4(0.0074653625, -0.0040397644, 0.013397217, -0.008682251) * v0_0.x;
        s0_0 += HVEC4(-0.016082764, 0.004219055, -0.056274414, 0.03768921) * v0_0.y;
        s0_0 += HVEC4(0.0029888153, 0.0077056885, -0.00040364265, 0.022781372) * v0_0.z;
        s0_0 += HVEC4(0.0007443428, -0.009490967, 0.0009813309, -0.009056091) * v0_0.w;
        s0_0 += HVEC4(-0.00818634, 0.0053596497, -0.012001038, -0.008361816) * v0_1.x;
        s0_0 += HVEC4(0.00012242794, 0.0049591064, -0.005329132, -0.0067367554) * v0_1.y;
        s0_0 += HVEC4(-0.0051956177, -0.012611389, -0.0056152344, -0.006275177) * v0_1.z;
        s0_0 += HVEC4(-0.0016231537, -0.006919861, 0.006439209, 0.009017944) * v0_1.w;
        s0_0 += HVEC4(-0.0022907257, 0.003200531, -0.0030670166, -0.0019054413) * v0_2.x;
        s0_0 += HVEC4(0.07922363, 0.050933838, 0.05142212, 0.03152466) * v0_2.y;
        s0_0 += HVEC4(-0.00422287, 0.00063323975, 0.0019359589, -0.0017604828) * v0_2.z;
        s0_0 += HVEC4(-0.014266968, -0.020843506, -0.027816772, -0.007270813) * v0_2.w;
        s0_0 += HVEC4(-0.0011520386, 0.00340271, 0.0546875, 0.040283203) * v0_3.x;
        s0_0 += HVEC4(-0.010887146, 0.03668213, -0.007701874, 0.01600647) * v0_3.y;
        s0_0 += HVEC4(0.016204834, -0.020309448, -0.010726929, -0.07159424) * v0_3.z;
        s0_0 += HVEC4(-0.019317627, 0.031555176, -0.014160156, 0.05328369) * v0_3.w;
        s0_0 += HVEC4(-0.016235352, -0.0034370422, 0.008232117, 0.03753662) * v0_4.x;
    }
    {   // tap (2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 64));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 304));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 544));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 784));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1024));
        s0_0 += HVEC4(0.00033712387, 0.006084442, -0.00038218498, 0.00055742264) * v0_0.x;
        s0_0 += HVEC4(-0.0043525696, -0.019104004, -0.010261536, -0.023895264) * v0_0.y;
        s0_0 += HVEC4(-0.0036697388, -0.0025863647, -0.0044136047, -0.006450653) * v0_0.z;
        s0_0 += HVEC4(0.0013809204, 0.0026245117, -0.000647068, 0.0005335808) * v0_0.w;
        s0_0 += HVEC4(-0.0025978088, -0.004142761, -0.0033817291, -0.0059547424) * v0_1.x;
        s0_0 += HVEC4(-0.0007381439, -0.0016069412, 0.0048561096, 0.004016876) * v0_1.y;
        s0_0 += HVEC4(-0.0011110306, -0.0030899048, -0.00041890144, -0.0021705627) * v0_1.z;
        s0_0 += HVEC4(0.0011987686, 0.00056123734, 0.0012979507, 0.003446579) * v0_1.w;
        s0_0 += HVEC4(0.0015592575, -0.0005636215, -0.00057697296, 0.00080537796) * v0_2.x;
        s0_0 += HVEC4(-0.03010559, -0.02456665, -0.012580872, -0.022644043) * v0_2.y;
        s0_0 += HVEC4(-0.0029621124, -0.001162529, -0.0026111603, -0.00066661835) * v0_2.z;
        s0_0 += HVEC4(0.0021076202, -0.0020179749, -0.00010877848, -0.0046463013) * v0_2.w;
        s0_0 += HVEC4(-0.017196655, -0.014343262, -0.0070495605, 0.010314941) * v0_3.x;
        s0_0 += HVEC4(0.00044298172, 0.0032482147, -7.3075294e-05, -0.00044178963) * v0_3.y;
        s0_0 += HVEC4(0.004459381, 0.003232956, 0.004142761, -0.003698349) * v0_3.z;
        s0_0 += HVEC4(0.0053901672, -0.0027256012, 0.004524231, -0.01979065) * v0_3.w;
        s0_0 += HVEC4(-0.0060539246, -0.008270264, -0.0046539307, 0.0051116943) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 80));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 320));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 560));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 800));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1040));
        s0_0 = HVEC4(-3.6597252e-05, 0.0011701584, 0.0005660057, -0.00023043156) * v0_0.x;
        s0_0 += HVEC4(-0.0013303757, -0.0008196831, -0.0006957054, -0.0001745224) * v0_0.y;
        s0_0 += HVEC4(-0.0021095276, -0.00011909008, -0.0028572083, -0.0012960434) * v0_0.z;
        s0_0 += HVEC4(0.0016517639, -9.5784664e-05, 0.0002925396, -0.00015068054) * v0_0.w;
        s0_0 += HVEC4(-0.00046801567, -1.5199184e-05, -0.00274086, -0.00042939186) * v0_1.x;
        s0_0 += HVEC4(0.0003578663, -0.0011491776, 0.0022468567, 0.0015125275) * v0_1.y;
        s0_0 += HVEC4(0.0025424957, 0.0010099411, 0.004764557, 0.002614975) * v0_1.z;
        s0_0 += HVEC4(0.00044298172, -9.083748e-05, 0.0020141602, 0.0018539429) * v0_1.w;
        s0_0 += HVEC4(-0.00039291382, -0.0015058517, 0.0021152496, 0.0015144348) * v0_2.x;
        s0_0 += HVEC4(0.0056381226, 0.0005249977, 0.011703491, 0.004310608) * v0_2.y;
        s0_0 += HVEC4(-0.00035524368, 0.0023231506, 0.0032920837, -0.0023002625) * v0_2.z;
        s0_0 += HVEC4(0.0031013489, 0.003604889, 0.0020961761, 0.0026226044) * v0_2.w;
        s0_0 += HVEC4(-0.0052261353, -0.0053138733, -0.0039253235, -0.0053634644) * v0_3.x;
        s0_0 += HVEC4(0.00026750565, -0.0005340576, -0.0032520294, -0.0017700195) * v0_3.y;
        s0_0 += HVEC4(0.0003259182, 1.847744e-06, -0.00047039986, -0.0009832382) * v0_3.z;
        s0_0 += HVEC4(0.0031051636, 0.0025596619, 0.0015993118, 0.0007829666) * v0_3.w;
        s0_0 += HVEC4(0.00037145615, -0.00022315979, 0.0027370453, 0.0016260147) * v0_4.x;
    }
    {   // tap (-1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 81));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 321));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 561));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 801));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1041));
        s0_0 += HVEC4(0.0019950867, -0.0024318695, 0.0016622543, 0.0014123917) * v0_0.x;
        s0_0 += HVEC4(-0.0018491745, -0.0006132126, 0.0004925728, -0.00020933151) * v0_0.y;
        s0_0 += HVEC4(-0.0017547607, -0.0036640167, -0.0008225441, -0.004989624) * v0_0.z;
        s0_0 += HVEC4(-0.0022220612, 0.0030994415, 0.0028686523, 0.0006046295) * v0_0.w;
        s0_0 += HVEC4(-0.0033512115, -0.0011463165, -0.007457733, -0.0033550262) * v0_1.x;
        s0_0 += HVEC4(-0.00137043, 0.0009965897, -0.002500534, 0.000582695) * v0_1.y;
        s0_0 += HVEC4(0.0014009476, 0.002357483, -0.00019693375, 0.0014133453) * v0_1.z;
        s0_0 += HVEC4(0.001241684, 0.00021398067, 0.0027866364, 0.0015497208) * v0_1.w;
        s0_0 += HVEC4(0.001953125, -0.0013828278, -0.0004351139, -0.00031971931) * v0_2.x;
        s0_0 += HVEC4(-0.023025513, -0.012390137, -0.02268982, 0.02468872) * v0_2.y;
        s0_0 += HVEC4(0.0013990402, -0.001581192, 0.0026760101, 0.0043945312) * v0_2.z;
        s0_0 += HVEC4(-0.0008893013, -0.0010795593, -0.013671875, -0.0062713623) * v0_2.w;
        s0_0 += HVEC4(-0.0039596558, -0.0020313263, 0.0068206787, 0.0029945374) * v0_3.x;
        s0_0 += HVEC4(-0.009597778, 0.0027866364, -0.01676941, 0.0009822845) * v0_3.y;
        s0_0 += HVEC4(-0.00049448013, -0.0012464523, 0.005897522, -0.002439499) * v0_3.z;
        s0_0 += HVEC4(0.013717651, 0.0028514862, 0.008026123, 0.0024986267) * v0_3.w;
        s0_0 += HVEC4(-0.00045847893, -0.001613617, -0.01474762, -0.0058784485) * v0_4.x;
    }
    {   // tap (0, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 82));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 322));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 562));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 802));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1042));
        s0_0 += HVEC4(-0.0048675537, 0.0014972687, -0.006828308, 0.0005373955) * v0_0.x;
        s0_0 += HVEC4(0.0068244934, -0.0028247833, 0.007888794, -0.0014829636) * v0_0.y;
        s0_0 += HVEC4(-0.0030727386, -0.0054893494, -2.8252602e-05, -0.0018129349) * v0_0.z;
        s0_0 += HVEC4(0.0028266907, -0.0035266876, -0.0053596497, -0.0029067993) * v0_0.w;
        s0_0 += HVEC4(0.0008907318, -0.0003042221, 0.007347107, 7.867813e-06) * v0_1.x;
        s0_0 += HVEC4(0.0025234222, -0.0006790161, 0.0014667511, -0.0024223328) * v0_1.y;
        s0_0 += HVEC4(0.0016489029, 0.0013589859, -0.0020046234, -0.0015678406) * v0_1.z;
        s0_0 += HVEC4(0.00046944618, 0.0029277802, -0.0009937286, 0.004558563) * v0_1.w;
        s0_0 += HVEC4(-0.0010995865, 0.0019292831, 0.0029945374, 0.004558563) * v0_2.x;
        s0_0 += HVEC4(-0.028427124, -0.018600464, -0.05102539, -0.01802063) * v0_2.y;
        s0_0 += HVEC4(-0.00020170212, 0.0008010864, 0.002149582, -0.0026359558) * v0_2.z;
        s0_0 += HVEC4(-0.00111866, 0.0005841255, -0.010475159, -0.014152527) * v0_2.w;
        s0_0 += HVEC4(0.00046801567, 0.0011014938, 0.0044555664, 0.010055542) * v0_3.x;
        s0_0 += HVEC4(0.013877869, -0.008384705, 0.027420044, -0.021209717) * v0_3.y;
        s0_0 += HVEC4(-0.0077705383, -0.0032596588, -0.014625549, -0.004180908) * v0_3.z;
        s0_0 += HVEC4(0.0009794235, 0.0045166016, 0.011955261, 0.012626648) * v0_3.w;
        s0_0 += HVEC4(0.0020217896, 0.005207062, 0.015686035, 0.009994507) * v0_4.x;
    }
    {   // tap (1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 83));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 323));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 563));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 803));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1043));
        s0_0 += HVEC4(0.0035171509, 0.00017797947, 0.0048980713, -0.003686905) * v0_0.x;
        s0_0 += HVEC4(-0.00749588, 0.0059127808, -0.0099105835, 0.010185242) * v0_0.y;
        s0_0 += HVEC4(-0.0017051697, -0.0016117096, -0.0030555725, -0.0025424957) * v0_0.z;
        s0_0 += HVEC4(0.001531601, 0.0022716522, 0.003868103, -0.00042414665) * v0_0.w;
        s0_0 += HVEC4(0.002325058, 0.0038471222, -0.0024299622, 0.00737381) * v0_1.x;
        s0_0 += HVEC4(-0.0014276505, -0.00033307076, 0.0010414124, 0.0022678375) * v0_1.y;
        s0_0 += HVEC4(-0.00019562244, -0.00027632713, -0.0013370514, -0.0031414032) * v0_1.z;
        s0_0 += HVEC4(-0.0010967255, -0.00056266785, -0.0013284683, -0.00434494) * v0_1.w;
        s0_0 += HVEC4(-0.0008826256, -0.00035905838, -0.0012760162, 0.00025320053) * v0_2.x;
        s0_0 += HVEC4(0.00818634, -0.011665344, 0.032928467, -0.026000977) * v0_2.y;
        s0_0 += HVEC4(0.00046730042, -0.0013074875, 0.00028967857, 0.0035552979) * v0_2.z;
        s0_0 += HVEC4(0.006164551, 0.00019395351, -0.0046157837, -0.008842468) * v0_2.w;
        s0_0 += HVEC4(0.0016860962, 0.00374794, 0.0029945374, 0.0044784546) * v0_3.x;
        s0_0 += HVEC4(0.00024211407, 0.013412476, -0.007827759, 0.029403687) * v0_3.y;
        s0_0 += HVEC4(0.0006580353, 0.00440979, 0.0058555603, 0.011413574) * v0_3.z;
        s0_0 += HVEC4(-0.003063202, 0.008926392, 0.00082206726, 0.008224487) * v0_3.w;
        s0_0 += HVEC4(0.00091314316, -0.0007419586, -0.00566864, -0.0027332306) * v0_4.x;
    }
    {   // tap (2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 84));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 324));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 564));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 804));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1044));
        s0_0 += HVEC4(-0.0007815361, -0.0006804466, -0.00057697296, 0.0016422272) * v0_0.x;
        s0_0 += HVEC4(0.0009007454, -0.006958008, 0.0036773682, -0.012519836) * v0_0.y;
        s0_0 += HVEC4(-0.0017719269, -0.0027942657, -0.00289917, -0.0033569336) * v0_0.z;
        s0_0 += HVEC4(3.3199787e-05, 0.0020980835, 0.00022292137, 0.0018796921) * v0_0.w;
        s0_0 += HVEC4(0.0017404556, 0.0013437271, 0.0023269653, 0.0016956329) * v0_1.x;
        s0_0 += HVEC4(0.00015985966, 0.0003170967, -0.00010985136, 0.00016462803) * v0_1.y;
        s0_0 += HVEC4(0.0013799667, 0.001414299, 0.0016222, -0.00026535988) * v0_1.z;
        s0_0 += HVEC4(0.0013227463, 0.00073719025, 0.0010662079, 0.0013504028) * v0_1.w;
        s0_0 += HVEC4(-8.4519386e-05, -0.00013685226, 0.0010948181, 0.001906395) * v0_2.x;
        s0_0 += HVEC4(-0.010414124, -0.008857727, -0.013961792, -0.01727295) * v0_2.y;
        s0_0 += HVEC4(-0.001039505, -0.0012559891, -0.0013875961, -0.0005645752) * v0_2.z;
        s0_0 += HVEC4(0.0018053055, 0.0038967133, 0.005302429, 0.0005950928) * v0_2.w;
        s0_0 += HVEC4(0.0032291412, 0.0019607544, -0.0051498413, -0.0061798096) * v0_3.x;
        s0_0 += HVEC4(0.00077581406, -0.0016908646, 0.0004823208, 0.0012559891) * v0_3.y;
        s0_0 += HVEC4(0.0021457672, 0.0027046204, 0.0022659302, 0.0012998581) * v0_3.z;
        s0_0 += HVEC4(-0.0019397736, -0.0026416779, 0.0023555756, 7.1525574e-07) * v0_3.w;
        s0_0 += HVEC4(0.00010085106, 0.00042390823, -0.0011959076, -0.002904892) * v0_4.x;
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
