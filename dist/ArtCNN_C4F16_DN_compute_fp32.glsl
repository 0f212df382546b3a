// ArtCNN_C4F16_DN: 2x luma upscaler, mpv user shader (compute, fp32)
// ArtCNN v1.6.2 C4F16_DN: C4F16 trained to denoise and soften
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DN variant=compute precision=fp32
// Weights: ArtCNN_C4F16_DN.keras
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
        a0_0 = vec4(0.03909646, -0.004505271, 0.012983942, 0.026891395);
        a0_1 = vec4(0.041329455, 0.054632217, -0.015681814, 0.04566188);
    } else if (slice == 1) {
        a0_0 = vec4(0.028717848, 0.054259814, 0.024503466, 0.019481014);
        a0_1 = vec4(-0.01950534, -0.015496908, 0.039383724, 0.00995921);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.02440927, 0.11754341, -0.06463376, 0.012533597) * v0_0.x;
            a0_0 += vec4(0.018102981, 0.013319773, -0.029489769, -0.017739726) * v0_0.y;
            a0_0 += vec4(-0.10715741, 0.4366363, -0.060514566, -0.049784467) * v0_0.z;
            a0_0 += vec4(-0.028661227, -0.1262117, -0.0020947, -0.06646608) * v0_0.w;
            a0_1 += vec4(0.11749309, -0.04482457, 0.021205656, 0.06133069) * v0_0.x;
            a0_1 += vec4(0.0708238, 0.1466561, 0.05993039, 0.0065919133) * v0_0.y;
            a0_1 += vec4(-0.09735079, -0.054327242, 0.008364522, -0.06455671) * v0_0.z;
            a0_1 += vec4(-0.37437946, -0.16363223, -0.00419691, 0.3280814) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.048752658, -0.17673871, 0.041007068, 0.017514301) * v0_0.x;
            a0_0 += vec4(-0.046728212, -0.15553582, -0.057974696, -0.011551316) * v0_0.y;
            a0_0 += vec4(0.15017612, -0.22056383, -0.020404551, -0.071739115) * v0_0.z;
            a0_0 += vec4(-0.1809755, 0.3534336, 0.06647351, 0.16188721) * v0_0.w;
            a0_1 += vec4(-0.12362751, -0.11176043, 0.03306611, -0.034291547) * v0_0.x;
            a0_1 += vec4(0.011423073, 0.05345054, 0.11317504, 0.042010374) * v0_0.y;
            a0_1 += vec4(0.12983204, -0.19023292, 0.15258941, -0.060436796) * v0_0.z;
            a0_1 += vec4(-1.462679, -0.51041776, 0.056788865, -0.09006912) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.07888512, 0.08307376, 0.0483718, -0.011193644) * v0_0.x;
            a0_0 += vec4(-0.10661755, 0.12312801, -0.044594016, -0.020152) * v0_0.y;
            a0_0 += vec4(0.050946027, -0.14507155, -0.0274148, 0.06933024) * v0_0.z;
            a0_0 += vec4(0.0051011075, 0.04069506, 0.110716105, -0.029168531) * v0_0.w;
            a0_1 += vec4(0.062058568, 0.20188984, -0.045832906, 0.037396107) * v0_0.x;
            a0_1 += vec4(0.1055154, -0.029369133, -0.003626663, 0.086317055) * v0_0.y;
            a0_1 += vec4(-0.02834214, 0.36966154, -0.063973084, 0.2352488) * v0_0.z;
            a0_1 += vec4(-0.08492764, -0.21444978, -0.22300793, 0.10421281) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.051297415, -0.20294258, 0.1337975, -0.012469544) * v0_0.x;
            a0_0 += vec4(0.04685022, -0.056453686, 0.037336614, 0.005908606) * v0_0.y;
            a0_0 += vec4(0.11399091, 0.18280078, 0.06590393, 0.08047819) * v0_0.z;
            a0_0 += vec4(-0.00018236927, -0.12257621, -0.018057104, -0.08690345) * v0_0.w;
            a0_1 += vec4(-0.07308949, -0.019476315, -0.14322327, 0.16887446) * v0_0.x;
            a0_1 += vec4(0.18664466, 0.2679502, 0.06154644, -0.013832591) * v0_0.y;
            a0_1 += vec4(0.04753997, -0.22159791, 0.108560055, -0.072306864) * v0_0.z;
            a0_1 += vec4(-0.17060934, -0.027640646, -0.07024213, 0.090557575) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.15180169, 0.36170676, -0.21996455, -0.09820703) * v0_0.x;
            a0_0 += vec4(-0.030552538, 0.057694733, 0.059468906, 0.07578781) * v0_0.y;
            a0_0 += vec4(-0.072388835, -0.09882225, -0.009585016, 0.09183813) * v0_0.z;
            a0_0 += vec4(-0.57449245, 0.08770197, -0.25731835, -0.04208811) * v0_0.w;
            a0_1 += vec4(-0.05689413, 0.12760733, 0.42274916, -0.16359092) * v0_0.x;
            a0_1 += vec4(0.14861414, 0.3057243, 0.16690418, 0.055979155) * v0_0.y;
            a0_1 += vec4(-0.0538172, -0.089299604, -0.55645007, -0.6041546) * v0_0.z;
            a0_1 += vec4(-0.6507816, -0.34928736, 0.18818633, 0.42379308) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.0434462, -0.13199183, 0.0804316, 0.089122415) * v0_0.x;
            a0_0 += vec4(-0.036931343, 0.20584461, 0.057138387, 0.05769624) * v0_0.y;
            a0_0 += vec4(-0.12585095, -0.06620342, -0.0044036433, -0.057915125) * v0_0.z;
            a0_0 += vec4(-0.58514696, 0.035301942, 0.077177316, 0.08770613) * v0_0.w;
            a0_1 += vec4(0.111729376, -0.12801322, -0.2342129, 0.080871485) * v0_0.x;
            a0_1 += vec4(0.14011738, 0.3598516, 0.045143664, -0.078103095) * v0_0.y;
            a0_1 += vec4(0.060249392, 0.42706493, 0.22994184, 0.32568684) * v0_0.z;
            a0_1 += vec4(-0.13819557, -0.25471863, 0.07110611, 0.021921877) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.06482732, -0.27184904, 0.1455255, 0.04302426) * v0_0.x;
            a0_0 += vec4(-0.0007465947, -0.023756802, 0.03880538, 0.014991691) * v0_0.y;
            a0_0 += vec4(0.012131236, 0.036687985, -0.02731188, -0.1186913) * v0_0.z;
            a0_0 += vec4(0.036057197, -0.27123633, 0.056178674, -0.029574448) * v0_0.w;
            a0_1 += vec4(-0.16151632, -0.38663536, 0.13579574, 0.34884) * v0_0.x;
            a0_1 += vec4(0.13509597, 0.20217174, 0.0826196, 0.016339105) * v0_0.y;
            a0_1 += vec4(-0.20061478, -0.018301496, -0.026964054, 0.056319073) * v0_0.z;
            a0_1 += vec4(-0.0384226, 0.009198581, -0.10160979, 0.024110269) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.41464543, -0.42153788, 0.32305166, 0.46518198) * v0_0.x;
            a0_0 += vec4(-0.016301902, 0.08875886, 0.13891508, 0.03171341) * v0_0.y;
            a0_0 += vec4(-0.29737934, -0.050235823, -0.18061309, -0.07702682) * v0_0.z;
            a0_0 += vec4(0.015756825, 0.0257382, 0.049465246, 0.013565939) * v0_0.w;
            a0_1 += vec4(-0.3580269, -0.10945165, -0.79502887, -1.0808681) * v0_0.x;
            a0_1 += vec4(0.08034371, -0.00019505927, 0.0660563, 0.06509454) * v0_0.y;
            a0_1 += vec4(0.19992088, -0.16659474, 0.12616025, -0.06528491) * v0_0.z;
            a0_1 += vec4(-0.20889403, -0.04633464, -0.013882045, -0.3090062) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.3664773, -0.019989902, -0.33244714, -0.058345307) * v0_0.x;
            a0_0 += vec4(0.046463378, 0.031554125, 0.011809284, 0.006650318) * v0_0.y;
            a0_0 += vec4(0.1822308, 0.08917091, 0.10801117, 0.037158206) * v0_0.z;
            a0_0 += vec4(-0.33611676, 0.03688645, 0.018101992, -0.009498678) * v0_0.w;
            a0_1 += vec4(-0.10499065, 0.85637033, 0.2520677, 0.047252323) * v0_0.x;
            a0_1 += vec4(0.18033579, 0.3353768, 0.035979122, -0.036911834) * v0_0.y;
            a0_1 += vec4(-0.015019046, -0.13328336, 0.063115984, 0.067050196) * v0_0.z;
            a0_1 += vec4(0.13884822, -0.118288524, -0.0032560786, 0.085100934) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.0126198465, -0.0734874, -0.027395954, -0.0853285) * v0_0.x;
            a0_0 += vec4(0.051168174, -0.02705187, 0.094908305, 0.16864067) * v0_0.y;
            a0_0 += vec4(-0.12344986, 0.09450904, -0.14364678, 0.05745028) * v0_0.z;
            a0_0 += vec4(0.097139254, 0.16953447, -0.061624736, -0.3991716) * v0_0.w;
            a0_1 += vec4(0.01960529, -0.011593507, -0.036536302, 0.049040895) * v0_0.x;
            a0_1 += vec4(0.013677713, 0.010556614, -0.018876687, 0.047845744) * v0_0.y;
            a0_1 += vec4(-0.03350502, -0.04215747, -0.038327556, 0.0697508) * v0_0.z;
            a0_1 += vec4(-0.0127441455, 0.021315055, -0.0849465, 0.010319343) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(0.00921471, 0.06805091, 0.01030922, 0.04093222) * v0_0.x;
            a0_0 += vec4(-0.011051648, -0.020967891, 0.22419278, 0.0028383813) * v0_0.y;
            a0_0 += vec4(0.07282784, -0.013201253, 0.0348395, -0.017543519) * v0_0.z;
            a0_0 += vec4(0.08957112, 0.053494245, -0.17745622, -0.11878433) * v0_0.w;
            a0_1 += vec4(-0.0057338085, -0.048959874, 0.038667534, -0.026692951) * v0_0.x;
            a0_1 += vec4(-0.013689571, -0.00884479, -0.04257194, 0.1583491) * v0_0.y;
            a0_1 += vec4(0.056050207, 0.0053248806, -0.0011519056, 0.0003284773) * v0_0.z;
            a0_1 += vec4(0.07296835, -0.20864008, -0.0022850034, -0.16858852) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.07095997, -0.026192164, 0.049144126, 0.00052876986) * v0_0.x;
            a0_0 += vec4(-0.13303173, -0.047635056, 0.030952554, -0.05956805) * v0_0.y;
            a0_0 += vec4(0.028867906, -0.1572823, -0.15248808, 0.06508216) * v0_0.z;
            a0_0 += vec4(0.14638136, 0.067401476, -0.045208734, -0.2219912) * v0_0.w;
            a0_1 += vec4(-0.007834832, -0.039387133, 0.0049164942, -0.017396998) * v0_0.x;
            a0_1 += vec4(0.02675699, -0.016915016, -0.010707609, 0.06844644) * v0_0.y;
            a0_1 += vec4(-0.14858186, 0.056976296, -0.0043929643, 0.05093918) * v0_0.z;
            a0_1 += vec4(0.15655728, 0.11122824, 0.040920608, 0.09416295) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.25552365, 0.06325234, -0.022327002, -0.009345007) * v0_0.x;
            a0_0 += vec4(0.001329789, -0.057297945, 0.05957314, 0.17732276) * v0_0.y;
            a0_0 += vec4(-0.14024484, -0.09320315, -0.20933586, 0.048950456) * v0_0.z;
            a0_0 += vec4(0.18000115, 0.0845512, -0.3985899, -0.1502637) * v0_0.w;
            a0_1 += vec4(-0.010109101, 0.18780567, -0.077785134, 0.01691579) * v0_0.x;
            a0_1 += vec4(0.037929032, -0.004217019, 0.04449027, 0.05083806) * v0_0.y;
            a0_1 += vec4(0.025105303, 0.15873511, -0.0032121905, -0.023756256) * v0_0.z;
            a0_1 += vec4(-0.089006335, 0.16530332, -0.041360747, -0.03253172) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(0.034084763, -0.27535194, 0.14564724, -0.0080224965) * v0_0.x;
            a0_0 += vec4(-0.15015432, 0.024011653, -0.040758032, 0.15372778) * v0_0.y;
            a0_0 += vec4(0.0192831, -0.19247982, -0.3727847, -0.19563217) * v0_0.z;
            a0_0 += vec4(0.12739773, -0.30046487, -2.2175372, -0.211632) * v0_0.w;
            a0_1 += vec4(0.25909817, -0.047492925, 0.121079184, 0.100717224) * v0_0.x;
            a0_1 += vec4(-0.037364703, -0.057012778, 0.09413464, 0.3289494) * v0_0.y;
            a0_1 += vec4(0.18611766, 0.0065839416, -0.03337482, 0.021420874) * v0_0.z;
            a0_1 += vec4(-0.20785086, 0.36919594, 0.45637164, -0.2501767) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.22951029, 0.1351793, -0.085167915, -0.0074958974) * v0_0.x;
            a0_0 += vec4(0.014629496, -0.2047836, 0.16958025, 0.095209494) * v0_0.y;
            a0_0 += vec4(-0.10398618, 0.22653079, -0.23317987, 0.041523606) * v0_0.z;
            a0_0 += vec4(0.17875288, 0.083442956, 0.18114457, -0.30996907) * v0_0.w;
            a0_1 += vec4(-0.21674378, -0.007988644, -0.03859004, -0.11881898) * v0_0.x;
            a0_1 += vec4(0.07572592, 0.0329369, 0.045173235, 0.16704929) * v0_0.y;
            a0_1 += vec4(0.19382381, 0.006739837, -0.14585167, 0.08245774) * v0_0.z;
            a0_1 += vec4(-0.19375148, 0.24940033, 0.027207816, 0.15276702) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.10852791, -0.21087286, -0.0066274256, -0.44991815) * v0_0.x;
            a0_0 += vec4(-0.016353535, -0.15328182, 0.18231137, 0.17082796) * v0_0.y;
            a0_0 += vec4(0.31353503, 0.09286742, -0.11985553, 0.22782911) * v0_0.z;
            a0_0 += vec4(-0.16178475, 0.047187667, -0.01489025, -0.049321964) * v0_0.w;
            a0_1 += vec4(-0.33433664, -0.8812017, 0.023493927, -0.35139126) * v0_0.x;
            a0_1 += vec4(0.025615621, -0.3524535, 0.03319005, 0.09156563) * v0_0.y;
            a0_1 += vec4(-0.022017434, -2.9544747, -0.08004048, 0.060804356) * v0_0.z;
            a0_1 += vec4(-0.04874923, 0.19946489, 0.04015675, 0.14206173) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.20071574, 1.3057673, -0.07988365, -0.43546632) * v0_0.x;
            a0_0 += vec4(-0.22936541, -0.15252951, -0.015971782, 0.38040942) * v0_0.y;
            a0_0 += vec4(-0.113343544, -0.31382155, 0.9983107, -0.2917266) * v0_0.z;
            a0_0 += vec4(0.124553695, -0.14871721, -0.2745892, -0.3048683) * v0_0.w;
            a0_1 += vec4(0.24629617, -0.7684075, 0.15194592, 1.1895655) * v0_0.x;
            a0_1 += vec4(0.040077683, -0.7937685, 0.10558391, 0.26215798) * v0_0.y;
            a0_1 += vec4(-0.04908062, -3.123559, -0.0018783193, -0.17312329) * v0_0.z;
            a0_1 += vec4(-0.052393068, 0.15867758, 0.01149309, -0.14940564) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(0.09837156, -0.5987839, -0.19037445, -0.16338153) * v0_0.x;
            a0_0 += vec4(0.04359456, -0.21739283, 0.2381782, 0.28982294) * v0_0.y;
            a0_0 += vec4(-0.012633304, 0.06560762, 0.18924372, 0.038329646) * v0_0.z;
            a0_0 += vec4(0.05656666, 0.023874031, -0.10105941, -0.13315415) * v0_0.w;
            a0_1 += vec4(0.12201637, -0.07937734, -0.18010414, 0.069006145) * v0_0.x;
            a0_1 += vec4(0.0942661, -0.2583284, -0.033501256, 0.14710441) * v0_0.y;
            a0_1 += vec4(0.013677819, -2.3417444, 0.14488895, -0.15634546) * v0_0.z;
            a0_1 += vec4(-0.08041966, 0.2580445, -0.047279548, 0.09213841) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.010942454, 0.09944874, -0.038099464, -0.0035068153) * v0_1.x;
            a0_0 += vec4(-0.044443708, 0.033071306, 0.057096764, 0.035378825) * v0_1.y;
            a0_0 += vec4(0.14191636, -0.41590405, -0.062124513, 0.009347768) * v0_1.z;
            a0_0 += vec4(-0.008640163, 0.0172865, 0.015726998, -0.024364218) * v0_1.w;
            a0_1 += vec4(0.35346833, 0.16302755, -0.19224632, -0.1161477) * v0_1.x;
            a0_1 += vec4(0.045230318, -0.025047584, -0.017656136, 0.11737884) * v0_1.y;
            a0_1 += vec4(-0.034554273, -0.15547289, -0.066790774, -0.2675812) * v0_1.z;
            a0_1 += vec4(0.029990593, 0.0117417285, -0.021296734, -0.03733116) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.09658633, 0.012754274, -0.04836428, 0.06653533) * v0_1.x;
            a0_0 += vec4(-0.099749744, 0.49495235, -0.0067024166, 0.0688448) * v0_1.y;
            a0_0 += vec4(-0.09610574, -0.45322427, -0.107889794, -0.0295604) * v0_1.z;
            a0_0 += vec4(-0.005036497, 0.1115163, -0.0354274, -0.08747497) * v0_1.w;
            a0_1 += vec4(-0.025646413, -0.08962891, 0.05215609, -0.39653596) * v0_1.x;
            a0_1 += vec4(-0.052810904, 0.077418156, 0.15208042, 0.11655323) * v0_1.y;
            a0_1 += vec4(-0.30117962, -0.35941458, 0.14308634, 0.2029073) * v0_1.z;
            a0_1 += vec4(0.20133588, -0.0061818566, 0.03345282, -0.44253027) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.087985575, -0.03749691, -0.029689398, 0.020252384) * v0_1.x;
            a0_0 += vec4(-0.03769787, 0.13338475, 0.111861, 0.057815053) * v0_1.y;
            a0_0 += vec4(0.13078515, -0.07676194, 0.025330864, 0.04935342) * v0_1.z;
            a0_0 += vec4(0.11813498, -0.00037579343, 0.09607195, 0.03745005) * v0_1.w;
            a0_1 += vec4(0.12650868, 0.034587916, 0.004627745, -0.13341278) * v0_1.x;
            a0_1 += vec4(0.1872406, -0.31258598, -0.2168529, 0.2204325) * v0_1.y;
            a0_1 += vec4(-0.18869215, -0.5661246, 0.11728899, -0.42303234) * v0_1.z;
            a0_1 += vec4(-0.21961051, -0.11842834, -0.13919923, -0.025098614) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.029052768, -0.012241918, 0.07443995, -0.037203148) * v0_1.x;
            a0_0 += vec4(-0.16541001, 0.099179186, -0.010523857, 0.032190647) * v0_1.y;
            a0_0 += vec4(0.02355864, -0.27200106, -0.023433903, 0.10015448) * v0_1.z;
            a0_0 += vec4(0.1542766, 0.055397134, -0.05136382, -0.02538636) * v0_1.w;
            a0_1 += vec4(-0.080008104, 0.3329807, -0.07305105, 0.20045449) * v0_1.x;
            a0_1 += vec4(-0.050357725, -0.039553504, -0.03886121, 0.070780426) * v0_1.y;
            a0_1 += vec4(-0.35480216, 0.16503237, -0.021656794, 0.0059471624) * v0_1.z;
            a0_1 += vec4(0.115227535, 0.00886256, -0.036431976, -0.0952726) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.18482365, 0.22372514, -0.026168073, -0.13267456) * v0_1.x;
            a0_0 += vec4(-0.027272766, 0.06126862, -0.016892115, 0.035903152) * v0_1.y;
            a0_0 += vec4(0.2624843, 0.19245523, 0.73426795, 0.30889854) * v0_1.z;
            a0_0 += vec4(0.038263354, -0.4166956, 0.02657839, 0.05607328) * v0_1.w;
            a0_1 += vec4(0.15694916, 0.06909551, 0.1619984, -0.5557578) * v0_1.x;
            a0_1 += vec4(0.09930702, -0.0027064765, -0.20367679, 0.14887923) * v0_1.y;
            a0_1 += vec4(-0.37142795, -0.2907718, 0.3478417, -0.06613804) * v0_1.z;
            a0_1 += vec4(-0.11903193, 0.02149074, -0.033953104, 0.22821529) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.2943818, -0.02884446, -0.08053768, -0.08369378) * v0_1.x;
            a0_0 += vec4(-0.64114785, 0.012173066, 0.062701, -0.026087305) * v0_1.y;
            a0_0 += vec4(0.41329235, -0.064962156, -0.04419734, -0.074548304) * v0_1.z;
            a0_0 += vec4(0.4050007, -0.3372549, -0.07987614, -0.010794803) * v0_1.w;
            a0_1 += vec4(-0.16721477, -0.08190961, -0.02493532, 0.44571516) * v0_1.x;
            a0_1 += vec4(-0.039943814, 0.12512708, 0.108652264, 0.83032733) * v0_1.y;
            a0_1 += vec4(-0.10091783, 0.014339968, -0.19615686, -0.63110524) * v0_1.z;
            a0_1 += vec4(0.0706177, -0.40280434, -0.3864074, -0.07591656) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.09040017, -0.01250534, 0.0707598, -0.011806016) * v0_1.x;
            a0_0 += vec4(-0.040823992, 0.016528446, 0.008413043, -0.03896818) * v0_1.y;
            a0_0 += vec4(-0.02583598, 0.0106597915, 0.025649821, 0.052619502) * v0_1.z;
            a0_0 += vec4(-0.057937264, -0.13386935, 0.052120358, 0.044491354) * v0_1.w;
            a0_1 += vec4(0.12817994, 0.03732391, -0.12325779, 0.111811504) * v0_1.x;
            a0_1 += vec4(-0.019130345, -0.007990465, -0.00025505526, 0.060971685) * v0_1.y;
            a0_1 += vec4(-0.040297035, 0.082599476, 0.04672714, -0.04050323) * v0_1.z;
            a0_1 += vec4(0.05867372, 0.0009782095, 0.0019360143, -0.08505782) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.11679213, -0.02718018, 0.18067107, 0.1022573) * v0_1.x;
            a0_0 += vec4(-0.019883346, -0.007843462, -0.045243546, -0.010437931) * v0_1.y;
            a0_0 += vec4(0.20035864, -0.02408216, -0.043721154, 0.00886646) * v0_1.z;
            a0_0 += vec4(-0.060950287, -0.016365241, 0.088595375, 0.010554224) * v0_1.w;
            a0_1 += vec4(-0.03251864, 0.03200633, 0.13207147, 0.28494328) * v0_1.x;
            a0_1 += vec4(0.01602087, -0.1191387, -0.008163741, 0.31449923) * v0_1.y;
            a0_1 += vec4(0.02437599, 0.04256402, -0.020220181, -0.30878797) * v0_1.z;
            a0_1 += vec4(0.026483066, 0.048830442, 0.020010727, -0.14318004) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.25176695, 0.06156835, 0.022066737, 0.06283851) * v0_1.x;
            a0_0 += vec4(-0.0952694, 0.09550917, -0.03866891, -0.019505467) * v0_1.y;
            a0_0 += vec4(0.01132229, -0.12760882, -0.03194661, 0.0064781867) * v0_1.z;
            a0_0 += vec4(0.0955626, -0.059972037, -0.0031118277, 0.02775382) * v0_1.w;
            a0_1 += vec4(-0.0324455, 0.08504996, 0.116202675, -0.21581794) * v0_1.x;
            a0_1 += vec4(0.111519404, -0.30298898, -0.07813377, 0.3514701) * v0_1.y;
            a0_1 += vec4(-0.1039361, 0.12205865, -0.024969956, -0.23462017) * v0_1.z;
            a0_1 += vec4(0.0021715404, -0.11644608, -0.020121662, -0.35634544) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.07506341, -0.18604699, 0.3643417, 0.05785531) * v0_1.x;
            a0_0 += vec4(0.119916804, 0.0043638903, -0.028687544, -0.1384619) * v0_1.y;
            a0_0 += vec4(0.07856802, -0.010579915, 0.037722453, 0.060087115) * v0_1.z;
            a0_0 += vec4(0.06493423, -0.08166441, -0.08812353, 0.118907705) * v0_1.w;
            a0_1 += vec4(0.036373407, -0.10574444, -0.13995656, -0.19504063) * v0_1.x;
            a0_1 += vec4(0.008477114, 0.027547328, 0.03694508, -0.0014364028) * v0_1.y;
            a0_1 += vec4(0.013475774, -0.030643603, 0.028895844, -0.091765374) * v0_1.z;
            a0_1 += vec4(-0.031131774, -0.08468949, -0.03492025, 0.0044209934) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.013671779, 0.12719049, 0.013628861, -0.03221296) * v0_1.x;
            a0_0 += vec4(0.11845508, -0.100917354, -0.015596942, 0.008461241) * v0_1.y;
            a0_0 += vec4(-0.38821453, -0.027548704, 0.12525776, 0.085184135) * v0_1.z;
            a0_0 += vec4(0.028874563, -0.11281509, -0.07687131, -0.07160905) * v0_1.w;
            a0_1 += vec4(0.21722227, 0.0790196, 0.055232707, -0.068929255) * v0_1.x;
            a0_1 += vec4(-0.051214352, 0.057703253, 0.0031751248, -0.06671486) * v0_1.y;
            a0_1 += vec4(0.020697853, 0.09311156, -0.06438965, -0.1565772) * v0_1.z;
            a0_1 += vec4(0.0342633, 0.27882284, 0.023969011, 0.09564149) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.023920223, -0.16879302, 0.1391076, -0.07207932) * v0_1.x;
            a0_0 += vec4(0.112463616, 0.05013536, -0.071803376, -0.05700094) * v0_1.y;
            a0_0 += vec4(-0.053969067, 0.04137503, 0.051742066, 0.09747581) * v0_1.z;
            a0_0 += vec4(-0.20432952, -0.08168226, -0.16408397, -0.006298357) * v0_1.w;
            a0_1 += vec4(-0.36703935, 0.103721865, -0.012000748, -0.06634204) * v0_1.x;
            a0_1 += vec4(-0.17179787, -0.04633118, 0.10582786, -0.0068166065) * v0_1.y;
            a0_1 += vec4(-0.4174795, -0.054771073, 0.0069963112, -0.13501774) * v0_1.z;
            a0_1 += vec4(-0.28178695, -0.19420552, -0.008778167, -0.101419784) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.11193911, -0.3299653, 0.46316102, -0.093632944) * v0_1.x;
            a0_0 += vec4(0.0360988, 0.076418296, -0.016998924, -0.16631016) * v0_1.y;
            a0_0 += vec4(-0.21757469, -0.0755905, 0.3676647, -0.3099614) * v0_1.z;
            a0_0 += vec4(-0.0868556, -0.14957301, 0.074332766, 0.15925898) * v0_1.w;
            a0_1 += vec4(0.097344495, -0.4613829, 0.15552746, -0.19972534) * v0_1.x;
            a0_1 += vec4(0.00529938, -0.24011123, 0.017323608, 0.00826645) * v0_1.y;
            a0_1 += vec4(-0.0014337935, -0.58909565, 0.05354866, -0.015075216) * v0_1.z;
            a0_1 += vec4(0.0421298, 0.4274983, -0.015119621, -0.0026902535) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.15280448, -0.2528925, -0.16184416, 0.25375786) * v0_1.x;
            a0_0 += vec4(0.5636532, 0.007741936, -0.5266848, -0.7979436) * v0_1.y;
            a0_0 += vec4(-0.07593423, 0.37916425, 0.18733892, 0.09965503) * v0_1.z;
            a0_0 += vec4(-0.16824372, -0.054025266, 0.4279841, 0.5501309) * v0_1.w;
            a0_1 += vec4(0.540735, 0.28868297, 0.20200054, -0.25962844) * v0_1.x;
            a0_1 += vec4(-0.013899553, 0.27178004, 0.047359616, 0.06696254) * v0_1.y;
            a0_1 += vec4(-0.09264581, -0.769925, -0.30157325, -0.04281579) * v0_1.z;
            a0_1 += vec4(0.09774948, 0.4049582, -0.032872066, 0.08165663) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.05905415, 0.03441564, -0.14000395, 0.070599794) * v0_1.x;
            a0_0 += vec4(0.09891432, 0.05623498, 0.33777285, -0.31627867) * v0_1.y;
            a0_0 += vec4(-0.18136686, 0.15027462, -0.14182068, -0.03727184) * v0_1.z;
            a0_0 += vec4(0.35730818, 0.09976829, -2.4111097, 0.2739688) * v0_1.w;
            a0_1 += vec4(-0.060370874, -0.117583, 0.051016323, 0.05476952) * v0_1.x;
            a0_1 += vec4(-0.00360531, -0.09437053, -0.01656826, 0.0223665) * v0_1.y;
            a0_1 += vec4(-0.039108083, -0.8803417, 0.02915148, -0.18562444) * v0_1.z;
            a0_1 += vec4(-0.078956656, -1.0181186, -0.03725451, -0.20506951) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.12513106, -0.10803769, 0.0072344155, -0.17701167) * v0_1.x;
            a0_0 += vec4(0.13403879, -0.02390855, -0.07690207, -0.20836043) * v0_1.y;
            a0_0 += vec4(-0.1499199, -0.019585153, -0.20649935, -0.09064386) * v0_1.z;
            a0_0 += vec4(0.05326226, -0.0059780395, 0.03161137, 0.026238658) * v0_1.w;
            a0_1 += vec4(-0.049875084, 0.49808756, 0.008163257, -0.14750168) * v0_1.x;
            a0_1 += vec4(0.012823809, -0.39525926, -0.009966971, 0.012099616) * v0_1.y;
            a0_1 += vec4(0.014798962, 0.10790177, 0.056190513, 0.0026484877) * v0_1.z;
            a0_1 += vec4(0.009062768, -0.3203171, 0.09407376, 0.066246524) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.040802322, 0.12941146, 0.35536864, -0.073862076) * v0_1.x;
            a0_0 += vec4(0.045912255, 0.04993951, 0.12683637, -0.6108439) * v0_1.y;
            a0_0 += vec4(-0.019681098, 0.11613508, -1.410698, 0.24978702) * v0_1.z;
            a0_0 += vec4(-0.18036038, -0.15424867, -0.20355783, 0.28145936) * v0_1.w;
            a0_1 += vec4(0.2236997, -1.0474347, 0.01777994, 0.12803492) * v0_1.x;
            a0_1 += vec4(-0.024419054, -0.8603769, 0.073769994, -0.026376901) * v0_1.y;
            a0_1 += vec4(0.028914912, 0.33589706, -0.05176878, -0.043868214) * v0_1.z;
            a0_1 += vec4(-0.018920148, -1.7729781, 0.096696116, 0.062401805) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.02301297, 0.10841617, -0.054063883, -0.016699998) * v0_1.x;
            a0_0 += vec4(0.15997717, -0.066217266, -2.08251, -0.3168746) * v0_1.y;
            a0_0 += vec4(-0.06719618, 0.033670276, 0.17262957, -0.059078004) * v0_1.z;
            a0_0 += vec4(-0.12887487, -0.10797655, 0.12330812, 0.29621586) * v0_1.w;
            a0_1 += vec4(0.098097414, -0.060875047, -0.07423181, 0.0047103423) * v0_1.x;
            a0_1 += vec4(-0.062469732, 0.21964231, -0.048789505, 0.046979155) * v0_1.y;
            a0_1 += vec4(0.032516025, -1.629462, -0.003667654, -0.037538934) * v0_1.z;
            a0_1 += vec4(-0.039485857, -2.1651514, 0.07569745, 0.079983406) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.072799414, 0.08744321, 0.040167782, 0.07801806) * v0_2.x;
            a0_0 += vec4(-0.13075572, -0.041201074, 0.15424213, -0.08775551) * v0_2.y;
            a0_0 += vec4(-0.03363911, -0.03419103, -0.013801273, -0.00023779462) * v0_2.z;
            a0_0 += vec4(0.022803811, -0.116114564, -0.010712319, 0.024217663) * v0_2.w;
            a0_1 += vec4(-0.13344434, -0.05061323, 0.095408544, -0.08625949) * v0_2.x;
            a0_1 += vec4(0.18399197, -0.28417143, -0.05562017, 0.35825208) * v0_2.y;
            a0_1 += vec4(-0.02813501, -0.00033244916, 0.048123784, -0.050765194) * v0_2.z;
            a0_1 += vec4(0.06428936, 0.053244866, 0.013941826, -0.067021795) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.116282396, -0.22978795, 0.0010254681, 0.044921923) * v0_2.x;
            a0_0 += vec4(-0.27694124, 0.28832573, -0.14890853, -0.14285709) * v0_2.y;
            a0_0 += vec4(-0.0029613716, -0.104804, 0.0038539765, 0.02370719) * v0_2.z;
            a0_0 += vec4(0.023678688, -0.12024093, 0.024828002, -0.0028414524) * v0_2.w;
            a0_1 += vec4(-0.4880999, -0.40759933, 0.24839535, 0.11334278) * v0_2.x;
            a0_1 += vec4(-0.22599585, 0.47816646, 0.035981376, 0.36705965) * v0_2.y;
            a0_1 += vec4(0.026598345, 0.07833052, 0.05360656, -0.008302733) * v0_2.z;
            a0_1 += vec4(-0.078774944, -0.08263261, 0.0023377552, 0.0024999976) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.02999817, 0.2375918, -0.06304347, -0.02520088) * v0_2.x;
            a0_0 += vec4(-0.020348685, 0.012882685, 0.010424472, -0.03477082) * v0_2.y;
            a0_0 += vec4(0.0075967344, -0.057727862, 0.04064625, 0.045959648) * v0_2.z;
            a0_0 += vec4(0.057181083, -0.16637234, -0.009267095, 0.027016904) * v0_2.w;
            a0_1 += vec4(-0.051072344, -0.0039665406, 0.021645017, 0.22113493) * v0_2.x;
            a0_1 += vec4(0.060950276, -0.13074085, 0.0041375337, 0.24489175) * v0_2.y;
            a0_1 += vec4(0.13239065, 0.2622611, 0.081917554, 0.08832118) * v0_2.z;
            a0_1 += vec4(0.007404869, -0.10759696, -0.018897135, -0.06522433) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.03535756, 0.25735763, 0.061940547, 0.05169799) * v0_2.x;
            a0_0 += vec4(0.15315002, 0.09639632, -0.1441255, 0.63641953) * v0_2.y;
            a0_0 += vec4(-0.016424038, 0.009807678, 0.010543245, -0.002645016) * v0_2.z;
            a0_0 += vec4(0.061863508, -0.19666633, -0.02673549, 0.045145497) * v0_2.w;
            a0_1 += vec4(0.1548679, -0.19012247, 0.040739402, -0.11684377) * v0_2.x;
            a0_1 += vec4(0.09749787, 0.43472815, 0.30111587, -0.13235483) * v0_2.y;
            a0_1 += vec4(-0.11852698, 0.08064614, 0.050126582, 0.0604606) * v0_2.z;
            a0_1 += vec4(-0.07711342, 0.017106608, 0.09800072, -0.10731661) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(0.5441342, -0.24739625, 0.19671685, 0.07384677) * v0_2.x;
            a0_0 += vec4(0.17680992, -0.34100544, 0.20023882, 0.18809077) * v0_2.y;
            a0_0 += vec4(-0.107429236, 0.16537581, -0.035499882, -0.013783175) * v0_2.z;
            a0_0 += vec4(0.0671155, -0.31121582, 0.01329084, 0.045274522) * v0_2.w;
            a0_1 += vec4(0.41855404, 0.70561653, -0.1048972, -0.44700545) * v0_2.x;
            a0_1 += vec4(0.0023366297, -0.9075298, 0.16412388, -0.9492702) * v0_2.y;
            a0_1 += vec4(0.07125288, -0.0009775743, 0.08054489, 0.037058916) * v0_2.z;
            a0_1 += vec4(-0.049970914, 0.12432605, -0.111967, -0.18291178) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.5045321, -0.014700846, -0.03802451, 0.029056238) * v0_2.x;
            a0_0 += vec4(0.047088422, -0.017848155, -0.024791554, 0.03144676) * v0_2.y;
            a0_0 += vec4(0.027261524, 0.22264233, 0.061547857, 0.034849584) * v0_2.z;
            a0_0 += vec4(0.19999838, -0.26441187, -0.016186351, -0.0005733585) * v0_2.w;
            a0_1 += vec4(0.06725966, 0.30761692, -0.014406864, 0.1336458) * v0_2.x;
            a0_1 += vec4(0.028338261, 0.051551014, -0.12911175, -0.3341948) * v0_2.y;
            a0_1 += vec4(-0.093127325, 0.3172456, 0.24364054, 0.2379035) * v0_2.z;
            a0_1 += vec4(-0.19475909, -0.029400589, 0.006691412, -0.42334718) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.04342559, 0.15420718, -0.11350817, 0.037585698) * v0_2.x;
            a0_0 += vec4(0.11990897, 0.012997044, 0.26682645, 0.1361035) * v0_2.y;
            a0_0 += vec4(0.035671446, 0.13826424, 0.024501644, -0.0057563004) * v0_2.z;
            a0_0 += vec4(0.082340494, -0.05760183, 0.08970937, 0.07513736) * v0_2.w;
            a0_1 += vec4(0.064074695, -0.13376294, 0.07650361, -0.09864145) * v0_2.x;
            a0_1 += vec4(-0.019821458, 0.15614319, 0.12984146, 0.6133629) * v0_2.y;
            a0_1 += vec4(-0.03014574, 0.13625655, 0.024304224, 0.23896505) * v0_2.z;
            a0_1 += vec4(-0.09079825, 0.1872697, 0.07023439, -0.14040154) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.13289104, -0.1250671, 0.062479753, 0.0053964024) * v0_2.x;
            a0_0 += vec4(-0.095126316, -0.16940954, 0.029271794, -0.06458968) * v0_2.y;
            a0_0 += vec4(0.16199836, 0.13677524, -0.04327446, -0.017199488) * v0_2.z;
            a0_0 += vec4(0.07083147, -0.19821729, 0.2484696, 0.10415683) * v0_2.w;
            a0_1 += vec4(0.0071960436, 0.06991962, -0.040481415, 0.4354086) * v0_2.x;
            a0_1 += vec4(0.16354457, 0.3296082, 0.01033596, -0.06714803) * v0_2.y;
            a0_1 += vec4(-0.07215524, 0.20311038, -0.01418043, 0.04026604) * v0_2.z;
            a0_1 += vec4(-0.09893795, 0.12845664, 0.103764, -0.14395782) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.3950696, -0.02779432, -0.008416681, 0.032792997) * v0_2.x;
            a0_0 += vec4(-0.011090952, 0.009134894, 0.06158654, -0.013701681) * v0_2.y;
            a0_0 += vec4(-0.079472095, 0.031954937, 0.031148722, -0.00925102) * v0_2.z;
            a0_0 += vec4(0.51940686, -0.0658239, 0.036954366, 0.039659005) * v0_2.w;
            a0_1 += vec4(-0.0751989, 0.090697154, -0.0123552475, -0.1950665) * v0_2.x;
            a0_1 += vec4(0.016859578, 0.063860744, 0.033516552, 0.041306533) * v0_2.y;
            a0_1 += vec4(0.07146868, 0.3165332, 0.07795557, 0.11117007) * v0_2.z;
            a0_1 += vec4(-0.22798586, 0.13899375, -0.16213746, -0.48850942) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.15237708, -0.093690485, -0.019858027, 0.1296725) * v0_2.x;
            a0_0 += vec4(-0.012717826, 0.11369542, 0.18368796, -0.0037986266) * v0_2.y;
            a0_0 += vec4(0.032529753, 0.13281688, 0.09390179, -0.106662616) * v0_2.z;
            a0_0 += vec4(-0.015035752, 0.024596656, 0.053266823, 0.059434105) * v0_2.w;
            a0_1 += vec4(-0.06332975, -0.045362424, 0.06336836, 0.04757446) * v0_2.x;
            a0_1 += vec4(0.016607732, -0.04284567, 0.029675823, 0.08636747) * v0_2.y;
            a0_1 += vec4(0.037303764, 0.009950395, -0.00733445, -0.06005233) * v0_2.z;
            a0_1 += vec4(0.016153969, -0.0008884444, -0.0032025373, -0.034683444) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.22088106, 0.21435592, 0.066211306, 0.020514933) * v0_2.x;
            a0_0 += vec4(0.110036574, 0.046004176, 0.11759049, 0.08156271) * v0_2.y;
            a0_0 += vec4(0.056655344, 0.11986657, 0.25629577, -0.07306872) * v0_2.z;
            a0_0 += vec4(-0.086689524, 0.030591225, -0.010039397, 0.049706254) * v0_2.w;
            a0_1 += vec4(-0.24719793, 0.090185344, -0.03767582, 0.07020827) * v0_2.x;
            a0_1 += vec4(-0.05447242, 0.118457206, -0.02587372, 0.16932541) * v0_2.y;
            a0_1 += vec4(0.03610353, -0.020108169, 0.019735262, -0.16801701) * v0_2.z;
            a0_1 += vec4(0.0007604271, -0.0012140255, -0.0024629282, 0.015910422) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.22565156, 0.10976606, 0.02232104, 0.0941895) * v0_2.x;
            a0_0 += vec4(0.11069228, 0.1200716, -0.090560555, -0.008581371) * v0_2.y;
            a0_0 += vec4(-0.1015723, 0.17354038, 0.19579205, -0.10567534) * v0_2.z;
            a0_0 += vec4(0.032907687, 0.013541313, 0.002951452, 0.09654139) * v0_2.w;
            a0_1 += vec4(-0.07372321, -0.034131594, -0.04057007, -0.057027996) * v0_2.x;
            a0_1 += vec4(0.024751434, -0.048019934, 0.033641532, -0.02014) * v0_2.y;
            a0_1 += vec4(0.10906949, 0.015583992, 0.05991447, -0.03566063) * v0_2.z;
            a0_1 += vec4(-0.0056983666, 0.04507956, -0.012921162, -0.0062985355) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.06448949, -0.006854776, -0.11283963, -0.08448216) * v0_2.x;
            a0_0 += vec4(-0.20433678, -0.23100254, 0.38711995, 0.035240192) * v0_2.y;
            a0_0 += vec4(-0.021509502, 0.09027253, 0.06981108, -0.12453191) * v0_2.z;
            a0_0 += vec4(-0.17339708, 0.08405211, 0.042923033, 0.10962308) * v0_2.w;
            a0_1 += vec4(0.06364227, 0.2866662, 0.039823856, 0.09935332) * v0_2.x;
            a0_1 += vec4(-0.13515139, 0.065582104, 0.11825642, 0.053079695) * v0_2.y;
            a0_1 += vec4(-0.031755637, 0.010345929, -0.009890781, -0.03741963) * v0_2.z;
            a0_1 += vec4(-0.00715705, 0.0012790078, 0.005006744, -0.051825915) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.057601467, 0.14067733, -0.11439154, -0.21898924) * v0_2.x;
            a0_0 += vec4(-0.037575383, -0.044274174, 0.043474395, -0.12645152) * v0_2.y;
            a0_0 += vec4(-0.06800465, 0.1303356, 0.12144193, -0.08704225) * v0_2.z;
            a0_0 += vec4(-0.43908864, 0.13658917, 0.09110692, 0.022152238) * v0_2.w;
            a0_1 += vec4(0.29026803, 0.3158196, 0.31176165, 0.13595597) * v0_2.x;
            a0_1 += vec4(0.23772418, 0.24806638, 0.14339897, -0.026260424) * v0_2.y;
            a0_1 += vec4(-0.03874301, -0.09009171, -0.058700938, -0.071720496) * v0_2.z;
            a0_1 += vec4(-0.019458614, -0.04415241, 0.05115, -0.011578325) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.054993697, -0.044851016, -0.19236383, -0.02872818) * v0_2.x;
            a0_0 += vec4(-0.068216026, -0.047781873, -0.032338392, -0.066288285) * v0_2.y;
            a0_0 += vec4(-0.081951365, 0.123208925, 0.33749267, -0.15188901) * v0_2.z;
            a0_0 += vec4(-0.23813303, 0.22284123, 0.09201899, 0.062063165) * v0_2.w;
            a0_1 += vec4(0.20564541, 0.2561305, 0.04521215, -0.09180184) * v0_2.x;
            a0_1 += vec4(-0.010420101, 0.006472085, -0.0032282514, -0.022307277) * v0_2.y;
            a0_1 += vec4(0.06771457, -0.02482564, 0.088228256, 0.022646531) * v0_2.z;
            a0_1 += vec4(0.027913377, 0.017049076, -0.05283625, 0.0056922087) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.18088214, -0.03621234, 0.111584276, -0.06185883) * v0_2.x;
            a0_0 += vec4(-0.079901256, 0.081294745, 0.3466588, -0.016852016) * v0_2.y;
            a0_0 += vec4(-0.1728647, 0.0075069377, 0.07527052, -0.017532937) * v0_2.z;
            a0_0 += vec4(-0.18314874, 0.111777656, -0.01757962, 0.025657792) * v0_2.w;
            a0_1 += vec4(0.051853072, 0.011956129, -0.058225747, -0.052184515) * v0_2.x;
            a0_1 += vec4(-0.09241479, -0.0043889955, -0.087238386, 0.004991534) * v0_2.y;
            a0_1 += vec4(-0.0028273119, 0.23908603, -0.005600015, -0.036348272) * v0_2.z;
            a0_1 += vec4(-0.03955941, -0.06988106, 0.07995407, -0.0017726986) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.096723825, 0.15362471, 0.27789408, -0.37709025) * v0_2.x;
            a0_0 += vec4(-0.26250958, 0.058698505, -0.4031661, -0.1343675) * v0_2.y;
            a0_0 += vec4(0.022980133, 0.08884035, 0.08319577, -0.07469558) * v0_2.z;
            a0_0 += vec4(-0.5274334, 0.1826839, 0.13579038, 0.047112245) * v0_2.w;
            a0_1 += vec4(0.022193674, -0.49433565, -0.041616276, 0.11763259) * v0_2.x;
            a0_1 += vec4(0.030960362, -0.5798498, -0.014916329, 0.10095068) * v0_2.y;
            a0_1 += vec4(0.05894431, 0.04858647, -0.08104756, -0.10843685) * v0_2.z;
            a0_1 += vec4(-0.053030152, -0.5437696, 0.24242237, -0.09370472) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.060920365, -0.02281752, -0.026471514, 0.05238651) * v0_2.x;
            a0_0 += vec4(0.026928412, -0.046293512, 0.20830363, 0.09074479) * v0_2.y;
            a0_0 += vec4(0.103096575, 0.2375537, -0.10920924, -0.09786074) * v0_2.z;
            a0_0 += vec4(-0.38563517, 0.122289844, 0.006439691, 0.0679703) * v0_2.w;
            a0_1 += vec4(0.05510592, -0.41354832, 0.08075133, -0.036698166) * v0_2.x;
            a0_1 += vec4(0.058322094, 0.07087921, 0.022004507, 0.02445239) * v0_2.y;
            a0_1 += vec4(0.11281988, 0.80824155, -0.0503837, -0.14536782) * v0_2.z;
            a0_1 += vec4(-0.07139452, -0.8448055, 0.034852218, -0.13722979) * v0_2.w;
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
            a0_0 += vec4(-0.028229274, -0.15808907, 0.0029349672, 0.048995692) * v0_3.x;
            a0_0 += vec4(0.002644965, 0.31930134, -0.116009064, -0.012212212) * v0_3.y;
            a0_0 += vec4(-0.001142441, 0.0015908619, 0.06726233, -0.009835712) * v0_3.z;
            a0_0 += vec4(0.12112165, -0.17337134, 0.029518513, 0.026719) * v0_3.w;
            a0_1 += vec4(0.03547299, 0.05851019, -0.0081921425, 0.085203506) * v0_3.x;
            a0_1 += vec4(0.0013783668, 0.014833073, 0.0713247, -0.10794005) * v0_3.y;
            a0_1 += vec4(0.11669975, 0.18794234, -0.007436312, 0.019923756) * v0_3.z;
            a0_1 += vec4(0.011684142, 0.051879328, 0.029590584, -1.215527e-05) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.04731849, -0.15287589, 0.047197033, 0.0723312) * v0_3.x;
            a0_0 += vec4(0.30545032, -0.2030436, 0.15785033, -0.061221592) * v0_3.y;
            a0_0 += vec4(-0.117341705, 0.276046, -0.043229923, -0.018675653) * v0_3.z;
            a0_0 += vec4(0.11536683, -0.059095472, -0.12083619, -0.0012550695) * v0_3.w;
            a0_1 += vec4(0.03689211, -0.5839489, -0.011177477, -0.11696028) * v0_3.x;
            a0_1 += vec4(-0.22489724, 0.30125484, -0.23497492, -0.17400064) * v0_3.y;
            a0_1 += vec4(0.08691893, -0.028360978, 0.052778564, 0.06633927) * v0_3.z;
            a0_1 += vec4(-0.0013068747, -0.024958352, -0.09970068, -0.27149665) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.04275924, -0.0013328195, -0.00053214835, 0.0030408858) * v0_3.x;
            a0_0 += vec4(-0.18982571, -0.2500298, -0.16711596, -0.06754797) * v0_3.y;
            a0_0 += vec4(-0.1284676, 0.07549749, 0.024914779, 0.008913011) * v0_3.z;
            a0_0 += vec4(0.1576947, -0.02323942, 0.0495373, -0.0016789264) * v0_3.w;
            a0_1 += vec4(0.019699043, 0.02610097, -0.026687765, -0.14701466) * v0_3.x;
            a0_1 += vec4(-0.032561384, -0.27974248, 0.19027138, 0.17831229) * v0_3.y;
            a0_1 += vec4(-0.007870156, -0.07446247, -0.013146453, 0.34408414) * v0_3.z;
            a0_1 += vec4(0.1929401, -0.5529677, -0.123961024, -0.066796646) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.05329475, -0.26152134, 0.24998888, -0.4073586) * v0_3.x;
            a0_0 += vec4(0.15245098, 0.15509467, -0.0090638595, -0.024546094) * v0_3.y;
            a0_0 += vec4(-0.32494077, 0.057003286, -0.020988716, 0.01160119) * v0_3.z;
            a0_0 += vec4(-0.03176068, -0.20947576, -0.025002478, -0.050115187) * v0_3.w;
            a0_1 += vec4(0.006607319, -0.071695104, 0.024131488, 0.2758632) * v0_3.x;
            a0_1 += vec4(-0.03878548, -0.11731504, 0.0021283203, 0.07485747) * v0_3.y;
            a0_1 += vec4(-0.02205156, -0.02549247, 0.04853896, 0.097996734) * v0_3.z;
            a0_1 += vec4(0.045671396, 0.051710986, -0.028297408, -0.03133342) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.11647435, 0.3421739, 0.038057614, -0.020363536) * v0_3.x;
            a0_0 += vec4(-0.024888787, -0.11973555, 0.19738191, -0.0399157) * v0_3.y;
            a0_0 += vec4(-0.23331755, -0.023038194, 0.03979752, 0.08568473) * v0_3.z;
            a0_0 += vec4(-0.3479674, -0.06537933, 0.097977616, 0.43557504) * v0_3.w;
            a0_1 += vec4(0.1262738, -0.408174, 0.60694927, 0.009159394) * v0_3.x;
            a0_1 += vec4(-0.0022468935, -0.15571602, 0.09440904, -0.096211806) * v0_3.y;
            a0_1 += vec4(0.07922945, 0.24831027, 0.0047393334, 0.052152175) * v0_3.z;
            a0_1 += vec4(-0.21231282, -0.33517617, 0.5245132, 0.08751944) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.18954818, 0.052447174, -0.00559989, 0.002748732) * v0_3.x;
            a0_0 += vec4(-0.042568576, -0.07263501, -0.015797198, 0.01110267) * v0_3.y;
            a0_0 += vec4(-0.20603408, 0.16414873, 0.04915119, 0.042721037) * v0_3.z;
            a0_0 += vec4(-0.15841815, 0.21831283, -0.113570996, -0.034846157) * v0_3.w;
            a0_1 += vec4(0.025296621, -0.22410855, 0.0042572175, -0.34757662) * v0_3.x;
            a0_1 += vec4(0.088625416, -0.2722951, -0.104385555, 0.17578018) * v0_3.y;
            a0_1 += vec4(0.06467597, 0.1710617, 0.06241217, 0.2748244) * v0_3.z;
            a0_1 += vec4(0.08033286, -0.417735, -0.075683504, -0.38483784) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.06316668, 0.274095, 0.045388404, -0.102868915) * v0_3.x;
            a0_0 += vec4(0.006839498, 0.24644312, -0.08802566, 0.008921657) * v0_3.y;
            a0_0 += vec4(-0.10284603, 0.0188134, 0.111351326, 0.007533085) * v0_3.z;
            a0_0 += vec4(-0.10760515, -0.13009074, 0.044235133, 0.035270248) * v0_3.w;
            a0_1 += vec4(0.11022106, -0.08966795, -0.10224968, -0.36379373) * v0_3.x;
            a0_1 += vec4(0.047402475, -0.027613077, 0.060701806, 0.101724945) * v0_3.y;
            a0_1 += vec4(0.010951261, 0.058559462, 0.06629261, 0.08052335) * v0_3.z;
            a0_1 += vec4(-0.012587537, -0.04941149, 0.022848893, -0.11876117) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.44240746, 0.20148173, -0.03848018, 0.043000404) * v0_3.x;
            a0_0 += vec4(0.082922965, 0.18317346, -0.042247277, -0.04995591) * v0_3.y;
            a0_0 += vec4(-0.18334667, 0.09915136, 0.06934556, 0.004800439) * v0_3.z;
            a0_0 += vec4(0.05574841, 0.13553965, 0.06714108, 0.04783485) * v0_3.w;
            a0_1 += vec4(0.058699477, 0.1441915, 0.35178068, -0.34961215) * v0_3.x;
            a0_1 += vec4(0.20973763, 0.13676962, 0.03482411, -0.030854367) * v0_3.y;
            a0_1 += vec4(0.040238474, 0.20211528, 0.063762456, 0.1486921) * v0_3.z;
            a0_1 += vec4(0.04960421, 0.01980245, 0.066835575, -0.36922836) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.011692011, -0.057334714, -0.045064032, 0.0015405063) * v0_3.x;
            a0_0 += vec4(0.03675992, 0.008795961, -0.1392408, -0.04973309) * v0_3.y;
            a0_0 += vec4(-0.18971889, 0.08004836, 0.0070512933, -0.009305137) * v0_3.z;
            a0_0 += vec4(0.22364588, 0.051634047, 0.05805451, 0.018030219) * v0_3.w;
            a0_1 += vec4(-0.0085519785, -0.036524754, -0.009898647, -0.18509723) * v0_3.x;
            a0_1 += vec4(0.016218416, 0.24959671, 0.11126359, 0.08500051) * v0_3.y;
            a0_1 += vec4(0.089658245, 0.1887928, 0.07986775, 0.1871863) * v0_3.z;
            a0_1 += vec4(-0.050901197, -0.37088227, -0.029208146, -0.4654414) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.07062753, -0.17764631, 0.110274054, 0.093388826) * v0_3.x;
            a0_0 += vec4(-0.23699687, -0.063923724, -0.042797353, 0.27830544) * v0_3.y;
            a0_0 += vec4(0.06987477, -0.007036766, 0.124464676, -0.09610872) * v0_3.z;
            a0_0 += vec4(0.011860872, 0.013104085, -0.044358406, 0.019261397) * v0_3.w;
            a0_1 += vec4(0.1014589, -0.014833683, 0.008208296, -0.020643512) * v0_3.x;
            a0_1 += vec4(-0.016634094, 0.03571846, 0.06496934, -0.112473115) * v0_3.y;
            a0_1 += vec4(0.07333354, 0.0001321044, 0.06860599, 0.0033938074) * v0_3.z;
            a0_1 += vec4(0.000107696455, 0.03696719, 0.02836111, 0.019694965) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.07819913, -0.07821445, -0.14890507, 0.017445445) * v0_3.x;
            a0_0 += vec4(0.105565205, 0.0194577, -0.055422295, 0.014694824) * v0_3.y;
            a0_0 += vec4(0.17635679, -0.11911035, 0.07212651, -0.17742957) * v0_3.z;
            a0_0 += vec4(0.04089121, -0.034174975, -0.367417, -0.0020178915) * v0_3.w;
            a0_1 += vec4(-0.11211915, -0.11346576, 0.038090814, -0.028592154) * v0_3.x;
            a0_1 += vec4(0.23409663, 0.18085325, 0.109985724, 0.061777465) * v0_3.y;
            a0_1 += vec4(0.08796477, -0.00070777815, -0.0040811733, -0.036895335) * v0_3.z;
            a0_1 += vec4(-0.046381988, 0.082006946, -0.025298502, 0.024579044) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.017635105, -0.023483574, 0.07303234, 0.011463963) * v0_3.x;
            a0_0 += vec4(0.014501976, -0.31889856, 0.15147841, -0.0681412) * v0_3.y;
            a0_0 += vec4(0.11242115, -0.045445487, -0.051736005, -0.14182724) * v0_3.z;
            a0_0 += vec4(0.050621122, -0.07541121, 0.004984524, -0.04769511) * v0_3.w;
            a0_1 += vec4(0.07765319, 0.025547238, -0.0106491055, 0.014916862) * v0_3.x;
            a0_1 += vec4(-0.010984025, -0.035625678, -0.0052736867, 0.086563304) * v0_3.y;
            a0_1 += vec4(0.0630867, 0.06560121, 0.044427283, 0.013414062) * v0_3.z;
            a0_1 += vec4(-0.026453167, -0.01222179, -0.012707303, -0.013987003) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.18549538, -0.3461141, 0.14092724, 0.118560426) * v0_3.x;
            a0_0 += vec4(0.03003999, 0.14992955, -0.20096691, 0.0004782822) * v0_3.y;
            a0_0 += vec4(0.09892659, 0.009632844, 0.029848214, -0.21411105) * v0_3.z;
            a0_0 += vec4(0.045754626, 0.010341653, 0.07142335, -0.011409884) * v0_3.w;
            a0_1 += vec4(-0.1657694, -0.13384472, 0.2649824, -0.1557415) * v0_3.x;
            a0_1 += vec4(-0.05946729, -0.11069863, -0.11955934, 0.026888687) * v0_3.y;
            a0_1 += vec4(0.008828967, -0.08834899, -0.007061245, 0.043610103) * v0_3.z;
            a0_1 += vec4(0.016584713, 0.029276473, 0.03197604, 0.092329465) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(0.13191569, 0.18247747, -0.095738664, 0.15164803) * v0_3.x;
            a0_0 += vec4(0.058459304, 0.054026682, -1.2770208, 0.11147907) * v0_3.y;
            a0_0 += vec4(0.18119441, -0.27731737, -0.025941458, -0.10154562) * v0_3.z;
            a0_0 += vec4(0.09371109, 0.083652884, -0.37354496, 0.12748018) * v0_3.w;
            a0_1 += vec4(0.051200595, 0.12516646, -0.037845865, 0.44136465) * v0_3.x;
            a0_1 += vec4(-0.047560405, 0.32929957, -0.01667233, -0.30584052) * v0_3.y;
            a0_1 += vec4(-0.07320588, 0.021124983, 0.009349959, 0.24658766) * v0_3.z;
            a0_1 += vec4(-0.077031195, -0.20990203, 0.004546854, 0.42629874) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.019956289, -0.0008922446, 0.07510559, 0.06480862) * v0_3.x;
            a0_0 += vec4(-0.17211545, -0.37512273, -0.011657241, -0.012069124) * v0_3.y;
            a0_0 += vec4(0.023464805, -0.009468669, 0.08297992, -0.02813354) * v0_3.z;
            a0_0 += vec4(0.05020553, -0.44460508, 0.07396968, 0.18682356) * v0_3.w;
            a0_1 += vec4(-0.10160456, -0.025241196, 0.022817455, 0.045562264) * v0_3.x;
            a0_1 += vec4(-0.17488277, -0.1752493, -0.021545727, -0.22657886) * v0_3.y;
            a0_1 += vec4(0.21162148, 0.080916315, 0.056348268, 0.040147092) * v0_3.z;
            a0_1 += vec4(-0.4680261, 0.06179451, 0.1105306, -0.1934967) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.27052638, -0.18151847, -0.14909685, 0.18196584) * v0_3.x;
            a0_0 += vec4(-0.08121016, -0.034422684, 0.17616731, -0.08992287) * v0_3.y;
            a0_0 += vec4(0.08317913, -0.09990855, 0.03395792, -0.03219029) * v0_3.z;
            a0_0 += vec4(0.06662035, 0.023967143, -0.09593995, 0.0409232) * v0_3.w;
            a0_1 += vec4(-0.00035547843, 0.14046781, -0.015938537, -0.09040939) * v0_3.x;
            a0_1 += vec4(0.016596265, 0.20661904, -0.015420129, -0.06767596) * v0_3.y;
            a0_1 += vec4(-0.011444506, 0.1458512, 0.021674052, 0.06173179) * v0_3.z;
            a0_1 += vec4(-0.015764581, 0.10346476, 0.032934316, 0.06355381) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.07255279, -0.22483088, -0.24502246, 0.03624853) * v0_3.x;
            a0_0 += vec4(0.0071962625, -0.0092357835, -0.19045441, 0.029129693) * v0_3.y;
            a0_0 += vec4(-0.051086012, -0.049864367, 0.3883846, -0.08690167) * v0_3.z;
            a0_0 += vec4(0.0068329787, 0.019896312, -2.074018, 0.05893891) * v0_3.w;
            a0_1 += vec4(-0.025236825, 0.62611204, 0.021639993, 0.18076484) * v0_3.x;
            a0_1 += vec4(-0.03906318, -0.8003873, -0.13554086, -0.079016104) * v0_3.y;
            a0_1 += vec4(0.046530988, -1.0408324, 0.057111077, 0.10992777) * v0_3.z;
            a0_1 += vec4(-0.027221091, -1.8143699, 0.12154521, 0.16609849) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.005017375, 0.0419022, -0.1385052, -0.013220369) * v0_3.x;
            a0_0 += vec4(-0.14568825, 0.060737297, 0.22865447, 0.13756444) * v0_3.y;
            a0_0 += vec4(0.113874584, -0.09395729, 0.065711625, -0.069827855) * v0_3.z;
            a0_0 += vec4(0.1642554, -0.16244127, -0.026328873, -0.031566203) * v0_3.w;
            a0_1 += vec4(0.025872175, 0.47021398, -0.028681872, -0.029060496) * v0_3.x;
            a0_1 += vec4(0.04642599, 0.23709211, -0.016820239, -0.14024179) * v0_3.y;
            a0_1 += vec4(-0.018264806, -0.47421166, 0.03545667, 0.07336715) * v0_3.z;
            a0_1 += vec4(-0.083956845, -2.1798747, 0.071906306, 0.026066884) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DN compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L2
//!SAVE ArtCNN_C4F16_DN_L3
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
        a0_0 = vec4(0.0037328722, 0.0058725104, 0.014844512, -0.010170196);
        a0_1 = vec4(-0.0037970059, 0.0066255014, 0.007933397, 0.021553462);
    } else if (slice == 1) {
        a0_0 = vec4(0.01128321, -0.01463951, -0.0019001827, 0.0040911147);
        a0_1 = vec4(-0.015792493, -0.005102591, 0.010113186, 0.007888773);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.057311125, -0.33730522, 0.17722802, 0.099562034) * v0_0.x;
            a0_0 += vec4(0.04489983, 0.066418335, 0.0025516888, -0.031703223) * v0_0.y;
            a0_0 += vec4(0.04261083, 0.008025669, -0.031327475, 0.028717587) * v0_0.z;
            a0_0 += vec4(-0.0021385073, 0.06751389, -0.0018151092, -0.035716765) * v0_0.w;
            a0_1 += vec4(0.15415266, -0.020546548, -0.059446156, -0.1280987) * v0_0.x;
            a0_1 += vec4(0.0045443214, -0.055239834, -0.023375025, -0.07507093) * v0_0.y;
            a0_1 += vec4(-0.030234301, -0.054547466, -0.050885428, -0.07283002) * v0_0.z;
            a0_1 += vec4(-0.0451633, 0.0033173177, 0.021325724, -0.19910954) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.29858246, -0.49254423, 0.0342645, -0.23860483) * v0_0.x;
            a0_0 += vec4(0.20589676, 0.12836272, -0.018455105, 0.08420646) * v0_0.y;
            a0_0 += vec4(-0.08268355, 0.0062804697, -0.13761322, 0.029906414) * v0_0.z;
            a0_0 += vec4(0.026897382, -0.32939956, 0.024576906, -0.06813576) * v0_0.w;
            a0_1 += vec4(0.20146526, 0.009274158, -0.009369634, 0.26728374) * v0_0.x;
            a0_1 += vec4(-0.050820924, 0.016226776, -0.04178401, -0.56331444) * v0_0.y;
            a0_1 += vec4(0.05084628, 0.047705546, 0.026667554, 0.02055655) * v0_0.z;
            a0_1 += vec4(-0.046001945, 0.040772464, -0.02160904, -0.034682248) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.17761756, -0.112442896, -0.0010267365, 0.059175014) * v0_0.x;
            a0_0 += vec4(0.14254588, 0.053389143, 0.14026527, 0.09227782) * v0_0.y;
            a0_0 += vec4(-0.09193419, 0.05739666, -0.08340119, -0.11782619) * v0_0.z;
            a0_0 += vec4(-0.036528263, -0.11322737, 0.0047511104, -0.022319866) * v0_0.w;
            a0_1 += vec4(-0.06735462, 0.023717906, -0.0147328805, -0.042945515) * v0_0.x;
            a0_1 += vec4(0.0045133294, 0.027662719, -0.003877345, -0.36353222) * v0_0.y;
            a0_1 += vec4(-0.025560386, -0.03483773, 0.031655077, -0.07050543) * v0_0.z;
            a0_1 += vec4(0.045928318, 0.030316144, -0.030757774, 0.06193463) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.0026187329, 0.05192515, -0.35563847, 0.018763697) * v0_0.x;
            a0_0 += vec4(0.080300055, 0.19880784, -0.07495418, 0.011154424) * v0_0.y;
            a0_0 += vec4(0.060256362, -0.18936585, 0.0506482, 0.010638225) * v0_0.z;
            a0_0 += vec4(-0.02450057, -0.090643086, 0.06135241, 0.08848365) * v0_0.w;
            a0_1 += vec4(-0.26449147, -0.06658087, -0.18341315, -0.08120221) * v0_0.x;
            a0_1 += vec4(-0.04409864, -0.10057631, -0.06163193, 0.12324599) * v0_0.y;
            a0_1 += vec4(-0.038345274, 0.12648982, -0.011846925, 0.062293634) * v0_0.z;
            a0_1 += vec4(0.027566293, -0.014313978, 0.0030416888, 0.021438379) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.00026681082, 0.25067797, -0.284964, -0.12559184) * v0_0.x;
            a0_0 += vec4(0.14472395, -0.26301527, 0.10322377, -0.050515495) * v0_0.y;
            a0_0 += vec4(-0.20266251, -0.050360467, 0.5620355, -0.12746911) * v0_0.z;
            a0_0 += vec4(0.12380374, 0.25418535, 0.25700554, -0.27655384) * v0_0.w;
            a0_1 += vec4(-0.37453195, 0.103699595, 0.049381275, -0.35834262) * v0_0.x;
            a0_1 += vec4(0.05558604, 0.16094159, -0.13492739, -0.69478434) * v0_0.y;
            a0_1 += vec4(-0.15806107, 0.3930051, 0.08528715, -0.061892487) * v0_0.z;
            a0_1 += vec4(0.15677974, 0.24826813, -0.038633473, -0.19416066) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.07324497, 0.14240251, -0.035483994, -0.033564057) * v0_0.x;
            a0_0 += vec4(-0.18969204, -0.3118714, 0.061486945, -0.23348323) * v0_0.y;
            a0_0 += vec4(0.022422135, -0.11645774, 0.0527955, -0.07180278) * v0_0.z;
            a0_0 += vec4(-0.011491041, 0.2347098, 0.040632453, 0.28610966) * v0_0.w;
            a0_1 += vec4(0.024870683, 0.043322604, 0.0039035035, 0.109675616) * v0_0.x;
            a0_1 += vec4(0.09069931, 0.045144923, -0.017851543, -0.27103412) * v0_0.y;
            a0_1 += vec4(-0.104906276, 0.09456023, 0.024502281, 0.06409243) * v0_0.z;
            a0_1 += vec4(0.00036319965, -0.012959684, -0.04537507, -0.2768153) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.060701624, 0.02892825, -0.029021867, -0.04644597) * v0_0.x;
            a0_0 += vec4(0.1812817, -0.31875467, 0.1466932, 0.01871686) * v0_0.y;
            a0_0 += vec4(-0.014059611, 0.015782023, 0.12227289, -0.043247525) * v0_0.z;
            a0_0 += vec4(-0.16047347, 0.0040257545, -0.12969261, 0.046771348) * v0_0.w;
            a0_1 += vec4(-0.0001310049, 0.042455357, -0.07644763, 0.1332962) * v0_0.x;
            a0_1 += vec4(0.19978717, -0.08062351, 0.042941224, 0.2592865) * v0_0.y;
            a0_1 += vec4(-0.07169434, 0.033888675, 0.07653987, -0.08345706) * v0_0.z;
            a0_1 += vec4(-0.081177115, -0.03707285, -0.0966338, -0.11672543) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.16605069, -0.009466687, 0.06974187, -0.007174108) * v0_0.x;
            a0_0 += vec4(0.10242719, 0.124690115, -0.3884307, -0.08188579) * v0_0.y;
            a0_0 += vec4(0.13683674, -0.039301425, 0.027998246, 0.039255895) * v0_0.z;
            a0_0 += vec4(-0.05257704, 0.025434602, -0.36315975, -0.060723685) * v0_0.w;
            a0_1 += vec4(0.01046906, 0.05332057, -0.015239124, 0.03420666) * v0_0.x;
            a0_1 += vec4(-0.16968647, 0.061304532, 0.0072402013, -0.26372555) * v0_0.y;
            a0_1 += vec4(0.011594187, 0.03648952, 0.11088155, -0.010853507) * v0_0.z;
            a0_1 += vec4(-0.09365042, -0.03236388, -0.18072683, 0.14938737) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.11046759, -0.039235678, -0.10805639, -0.0022571879) * v0_0.x;
            a0_0 += vec4(0.16817255, 0.19854929, -0.0024788599, -0.0014621204) * v0_0.y;
            a0_0 += vec4(0.027354334, 0.0127763515, 0.08901011, 0.03333765) * v0_0.z;
            a0_0 += vec4(-0.109630555, -0.19170083, -0.028727, -0.044065822) * v0_0.w;
            a0_1 += vec4(0.0074982196, -0.010905732, -0.037048172, 0.105806135) * v0_0.x;
            a0_1 += vec4(-0.20452976, -0.008387096, -0.015883567, -0.005840342) * v0_0.y;
            a0_1 += vec4(0.06923332, -0.014491837, -0.04346129, 0.18234922) * v0_0.z;
            a0_1 += vec4(-0.12291954, 0.003822335, 0.08380928, -0.30222356) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.14737174, 0.12668476, 0.039674796, 0.0019796097) * v0_0.x;
            a0_0 += vec4(-0.041919395, 0.10225956, -0.046957072, -0.091206774) * v0_0.y;
            a0_0 += vec4(-0.08142077, 0.062196873, -0.045064557, 0.020962138) * v0_0.z;
            a0_0 += vec4(0.09562319, 0.0002813835, 0.006137338, -0.051575977) * v0_0.w;
            a0_1 += vec4(-0.0114304265, -0.054385502, 0.033188645, 0.055635832) * v0_0.x;
            a0_1 += vec4(0.022074416, 0.10337773, -0.05266332, -0.013529274) * v0_0.y;
            a0_1 += vec4(-0.0072458913, -0.053168047, -0.039922617, -0.025124865) * v0_0.z;
            a0_1 += vec4(-0.011270478, 0.060973402, 0.04120601, 0.03821678) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.07843492, -0.18126814, 0.029349761, 0.036800716) * v0_0.x;
            a0_0 += vec4(0.114595495, -0.06434297, 0.07369903, 0.014313645) * v0_0.y;
            a0_0 += vec4(0.08571309, 0.02971206, -0.093930274, 0.032504056) * v0_0.z;
            a0_0 += vec4(0.09469144, -0.07230047, 0.07137617, 0.04168533) * v0_0.w;
            a0_1 += vec4(0.08077055, -0.031046102, -0.0024996796, -0.06846161) * v0_0.x;
            a0_1 += vec4(-0.050653562, 0.30045447, 0.0006201094, -0.058525722) * v0_0.y;
            a0_1 += vec4(-0.010223777, 0.117760874, 0.0891194, 0.0080667315) * v0_0.z;
            a0_1 += vec4(-0.011669109, -0.029468624, -0.010653135, 0.036980182) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0378474, 0.055589337, 0.02806545, 0.15738419) * v0_0.x;
            a0_0 += vec4(0.042789325, 0.1632531, 0.057394493, -0.014136403) * v0_0.y;
            a0_0 += vec4(-0.03237198, 0.07195159, -0.029715361, -0.14924638) * v0_0.z;
            a0_0 += vec4(0.047915243, -0.08276493, -0.007835794, -0.02210075) * v0_0.w;
            a0_1 += vec4(-0.07125412, -0.09232983, 0.022352181, 0.08297323) * v0_0.x;
            a0_1 += vec4(-0.030222695, 0.27985922, 0.011070039, -0.32528615) * v0_0.y;
            a0_1 += vec4(-0.06738612, -0.010199246, 0.0075620855, -0.42562532) * v0_0.z;
            a0_1 += vec4(0.0036646973, -0.12825595, 0.009720933, -0.027377712) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.21651964, 0.4412457, 0.03280652, 0.13598813) * v0_0.x;
            a0_0 += vec4(0.07218968, -0.09764164, -0.18918325, -0.18227437) * v0_0.y;
            a0_0 += vec4(0.10279276, -0.05060742, -0.033106044, 0.046505257) * v0_0.z;
            a0_0 += vec4(0.07210037, -0.07728526, -0.074096695, -0.00029055317) * v0_0.w;
            a0_1 += vec4(-0.06598496, -0.3177966, -0.048268646, -0.085706666) * v0_0.x;
            a0_1 += vec4(0.0142342085, 0.23555645, -0.0800571, -0.024977325) * v0_0.y;
            a0_1 += vec4(0.046872094, 0.109668575, 0.08928605, 0.048477955) * v0_0.z;
            a0_1 += vec4(0.05575906, -0.07255419, -0.01175848, -0.023029475) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.02678047, -0.19298227, 0.1549211, -0.12486826) * v0_0.x;
            a0_0 += vec4(-0.018778423, -0.23496163, 0.06532005, -0.20513189) * v0_0.y;
            a0_0 += vec4(0.42357862, -0.16753252, -0.14087535, 0.074602485) * v0_0.z;
            a0_0 += vec4(-0.27450734, -0.17410919, 0.5533737, 0.08614045) * v0_0.w;
            a0_1 += vec4(0.0769893, -0.22401986, 0.11066653, -0.0893753) * v0_0.x;
            a0_1 += vec4(0.1292731, 0.52361447, 0.030467212, 0.04053145) * v0_0.y;
            a0_1 += vec4(-0.1566641, -0.22413911, 0.10816599, 0.107783474) * v0_0.z;
            a0_1 += vec4(0.020059573, -0.3243195, -0.27325553, -0.10052702) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.09029694, 0.015931137, 0.0743981, 0.01909146) * v0_0.x;
            a0_0 += vec4(-0.10399329, 0.14246273, 0.04153277, -0.35467854) * v0_0.y;
            a0_0 += vec4(0.056509368, -0.07503476, 0.064372435, 0.024670899) * v0_0.z;
            a0_0 += vec4(-0.11719109, 0.15818635, -0.04747414, 0.15476778) * v0_0.w;
            a0_1 += vec4(-0.08552759, 0.07555734, 0.03014692, -0.21292642) * v0_0.x;
            a0_1 += vec4(0.08157099, 0.3045615, -0.028390385, 0.22297645) * v0_0.y;
            a0_1 += vec4(-0.10555077, -0.009558497, 0.053637836, 0.12255976) * v0_0.z;
            a0_1 += vec4(0.20098098, -0.022126397, -0.054854847, -0.2733438) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.023030885, -0.07294554, 0.063414015, 0.04494725) * v0_0.x;
            a0_0 += vec4(0.119585514, -0.17223276, -0.03650087, -0.236611) * v0_0.y;
            a0_0 += vec4(0.031771086, 0.10642711, -0.0077042966, 0.0011706111) * v0_0.z;
            a0_0 += vec4(-0.04822736, -0.026068194, -0.006286887, 0.05509064) * v0_0.w;
            a0_1 += vec4(-0.03238179, -0.044636417, 0.07305584, -0.01680133) * v0_0.x;
            a0_1 += vec4(0.01573967, 0.17757595, 0.005263989, 0.049440477) * v0_0.y;
            a0_1 += vec4(0.0004803389, 0.01569422, 0.008749287, -0.008612325) * v0_0.z;
            a0_1 += vec4(-0.016214097, -0.18174773, 0.011452576, 0.03661822) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.04365382, -0.10037996, 0.007977033, 0.015273977) * v0_0.x;
            a0_0 += vec4(-0.070039675, 0.4532462, -0.014230738, 0.019286774) * v0_0.y;
            a0_0 += vec4(0.03710506, -0.109425515, 0.04906851, -0.018390283) * v0_0.z;
            a0_0 += vec4(-0.10975576, -0.22251898, -0.050223477, -0.17851599) * v0_0.w;
            a0_1 += vec4(0.04198888, -0.06944021, 0.008626933, -0.017396564) * v0_0.x;
            a0_1 += vec4(-0.006598903, 0.47955868, 0.021522667, 0.070495084) * v0_0.y;
            a0_1 += vec4(0.013385762, 0.016531087, 0.05296396, 0.05821235) * v0_0.z;
            a0_1 += vec4(-0.03639729, -0.0137632955, -0.17826952, -0.050428025) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(0.02767426, 0.035828777, 0.012412095, 0.09910354) * v0_0.x;
            a0_0 += vec4(-0.053543106, -0.0046022977, 0.09781934, -0.04686058) * v0_0.y;
            a0_0 += vec4(0.042102795, 0.025042376, -0.039929982, 0.073552944) * v0_0.z;
            a0_0 += vec4(-0.10253105, -0.0154435625, 0.07313006, -0.12352622) * v0_0.w;
            a0_1 += vec4(-0.012103764, -0.0015183222, 0.015929924, -0.030985666) * v0_0.x;
            a0_1 += vec4(0.23147166, 0.032427263, 0.08017996, 0.11206087) * v0_0.y;
            a0_1 += vec4(-0.054225363, -0.11097816, 0.0027947426, 0.0018414989) * v0_0.z;
            a0_1 += vec4(-0.0192582, -0.075916626, 0.07855342, -0.018122781) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.064635575, -0.19836202, -0.021761142, 0.055908635) * v0_1.x;
            a0_0 += vec4(0.12697479, -0.112800576, 0.035145603, 0.028566537) * v0_1.y;
            a0_0 += vec4(0.010227013, 0.025797663, -0.02420788, 0.015162584) * v0_1.z;
            a0_0 += vec4(0.10334518, -0.091016054, 0.05793684, 0.049134534) * v0_1.w;
            a0_1 += vec4(0.0879546, -0.033016626, -0.0070018354, 0.17959453) * v0_1.x;
            a0_1 += vec4(0.031718485, 0.029317882, -0.062298536, 0.02195874) * v0_1.y;
            a0_1 += vec4(0.064314224, 0.006145347, -0.027452173, 0.12968588) * v0_1.z;
            a0_1 += vec4(0.00550207, 0.014228396, -0.04277051, -0.02710164) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.1068277, -0.45457143, -0.14095666, 0.016418293) * v0_1.x;
            a0_0 += vec4(-0.0968267, -0.058457382, 0.030517995, -0.14341317) * v0_1.y;
            a0_0 += vec4(0.020955076, 0.26496652, -0.07544986, 0.0385109) * v0_1.z;
            a0_0 += vec4(-0.036384083, -0.26250187, 0.035307683, -0.21457018) * v0_1.w;
            a0_1 += vec4(0.076653786, -0.028272716, -0.021867068, -0.29692534) * v0_1.x;
            a0_1 += vec4(0.0034413435, 0.019480824, 0.014396733, 0.192671) * v0_1.y;
            a0_1 += vec4(-0.008372062, 0.021276029, -0.0048600165, 0.055097096) * v0_1.z;
            a0_1 += vec4(-0.0039592823, -0.08152834, 0.007803608, -0.22398606) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.10602439, -0.4249803, -0.16876768, 0.058436945) * v0_1.x;
            a0_0 += vec4(0.02310732, 0.056188162, -0.016591296, 0.09825222) * v0_1.y;
            a0_0 += vec4(0.10470303, 0.11498233, 0.020271882, 0.07126519) * v0_1.z;
            a0_0 += vec4(-0.12668677, 0.0024808717, -0.07129154, -0.18679684) * v0_1.w;
            a0_1 += vec4(0.15371776, -0.08345578, 0.02183168, 0.17630763) * v0_1.x;
            a0_1 += vec4(-0.015404357, -0.018420875, 0.0029649881, 0.013670328) * v0_1.y;
            a0_1 += vec4(-0.07125709, 0.0033065167, 0.018581372, -0.025726117) * v0_1.z;
            a0_1 += vec4(-0.26193857, 0.012576833, -0.005868319, -0.31578586) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.0134678995, -0.3026336, -0.10053992, -0.0021864031) * v0_1.x;
            a0_0 += vec4(-0.06533563, -0.1175363, 0.059084207, 0.012906392) * v0_1.y;
            a0_0 += vec4(-0.04117483, 0.011936351, -0.05788392, -0.11920587) * v0_1.z;
            a0_0 += vec4(-0.14810948, 0.36511353, 0.06058582, -0.009389634) * v0_1.w;
            a0_1 += vec4(-0.073959365, 0.00033603763, 0.08458416, 0.29985818) * v0_1.x;
            a0_1 += vec4(-0.006801125, -0.019592974, -0.07067609, -0.22987774) * v0_1.y;
            a0_1 += vec4(-0.049043745, 0.08805297, 0.056997526, 0.14354225) * v0_1.z;
            a0_1 += vec4(-0.0054788515, -0.037050486, -0.06897279, -0.27980012) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.20641549, -0.28057954, -0.08179525, -0.12345122) * v0_1.x;
            a0_0 += vec4(-0.26783782, -0.047627326, -0.08628124, -0.19976877) * v0_1.y;
            a0_0 += vec4(0.49624243, -0.038870372, -0.039042618, 0.16322885) * v0_1.z;
            a0_0 += vec4(-0.12391084, 0.27275205, -0.06819445, -0.07791087) * v0_1.w;
            a0_1 += vec4(-0.31769165, 0.10134186, -0.042652737, -0.05692838) * v0_1.x;
            a0_1 += vec4(0.05131074, -0.025483308, 0.031998184, -0.19680986) * v0_1.y;
            a0_1 += vec4(-0.20419957, 0.083706304, 0.044261165, 0.30023435) * v0_1.z;
            a0_1 += vec4(0.53163344, 0.02401546, 0.017665062, 0.21223086) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.25412214, -0.36657393, -0.03698488, 0.21699896) * v0_1.x;
            a0_0 += vec4(-0.056221366, -0.29055485, -0.04474108, -0.08842575) * v0_1.y;
            a0_0 += vec4(0.14233609, 0.08508943, 0.079451114, 0.27008066) * v0_1.z;
            a0_0 += vec4(0.19608529, 0.111376286, 0.052274898, -0.094468184) * v0_1.w;
            a0_1 += vec4(-0.21697037, -0.009032971, 0.04160413, 0.076278895) * v0_1.x;
            a0_1 += vec4(0.06834075, 0.021274738, -0.00037423655, 0.12081354) * v0_1.y;
            a0_1 += vec4(0.044798497, 0.0105751185, -0.01539362, 0.14540946) * v0_1.z;
            a0_1 += vec4(0.20215076, 0.05851951, -0.052253757, -1.0678191) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.09823228, 0.22193311, 0.004547766, -0.044004858) * v0_1.x;
            a0_0 += vec4(-0.17202128, 0.040115863, -0.29274777, 0.019130897) * v0_1.y;
            a0_0 += vec4(0.20466413, 0.009757409, 0.17860956, -0.067145266) * v0_1.z;
            a0_0 += vec4(0.049977195, -0.20854245, -0.07865578, -0.067860074) * v0_1.w;
            a0_1 += vec4(-0.23572817, 0.02660997, 0.007971347, -0.019506771) * v0_1.x;
            a0_1 += vec4(-0.1042133, 0.0038162116, -0.15216173, -0.06995908) * v0_1.y;
            a0_1 += vec4(0.1704218, 0.02127488, 0.16194439, -0.0011293028) * v0_1.z;
            a0_1 += vec4(-0.053386584, -0.101891816, -0.016208246, -0.2716569) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.08140916, -0.016183913, -0.16555955, 0.16173053) * v0_1.x;
            a0_0 += vec4(-0.27565897, 0.012991762, -0.24500275, -0.14935103) * v0_1.y;
            a0_0 += vec4(-0.03185973, 0.008508981, 0.30507913, 0.09633955) * v0_1.z;
            a0_0 += vec4(0.021306138, -0.09650847, 0.062071867, -0.3949359) * v0_1.w;
            a0_1 += vec4(-0.4117975, 0.07848588, 0.020361321, -0.23860869) * v0_1.x;
            a0_1 += vec4(-0.21115085, 0.089730784, -0.0087175565, -0.23265773) * v0_1.y;
            a0_1 += vec4(0.4137555, -0.023885092, -0.061168768, 0.112749904) * v0_1.z;
            a0_1 += vec4(0.110101365, -0.06801267, -0.048692144, 0.37191698) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.039056715, 0.15500458, -0.09322355, -0.16704942) * v0_1.x;
            a0_0 += vec4(0.22802258, 0.02940326, -0.24282627, -0.016224101) * v0_1.y;
            a0_0 += vec4(-0.040328983, -0.02556315, 0.021358714, 0.12810113) * v0_1.z;
            a0_0 += vec4(-0.06526214, -0.0010595241, 0.065223075, -0.020621695) * v0_1.w;
            a0_1 += vec4(-0.13204733, -0.010949663, -0.03706695, 0.034934383) * v0_1.x;
            a0_1 += vec4(-0.0648263, 0.011819965, 0.010707643, 0.052589357) * v0_1.y;
            a0_1 += vec4(0.14337738, -0.027416432, 0.009636546, 0.26372597) * v0_1.z;
            a0_1 += vec4(0.084866345, -0.0072827893, -0.0212521, -0.31661683) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.04035527, -0.017316733, 0.011689872, -0.09518651) * v0_1.x;
            a0_0 += vec4(0.08074247, 0.058552887, -0.028824281, -0.014180605) * v0_1.y;
            a0_0 += vec4(-0.09423785, 0.025767181, 0.017518284, 0.071245134) * v0_1.z;
            a0_0 += vec4(0.12381295, -0.029249229, -0.10879951, -0.035357144) * v0_1.w;
            a0_1 += vec4(0.015821027, 0.021100663, 0.007608764, 0.012485533) * v0_1.x;
            a0_1 += vec4(0.026919948, 0.104333505, 0.018111547, 0.112735204) * v0_1.y;
            a0_1 += vec4(-0.015223109, -0.042692628, -0.001755492, -0.00068888516) * v0_1.z;
            a0_1 += vec4(-0.021349102, 0.27093062, -0.039633453, 0.13004722) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.071576595, 0.08298009, -0.026430612, 0.0074916393) * v0_1.x;
            a0_0 += vec4(-0.06223611, 0.07461952, -0.035599675, -0.055486828) * v0_1.y;
            a0_0 += vec4(-0.08531671, -0.021416565, -0.02658609, -0.02484598) * v0_1.z;
            a0_0 += vec4(-0.14924097, 0.10654974, -0.05462158, -0.20455745) * v0_1.w;
            a0_1 += vec4(-0.034961153, 0.23967126, -0.0022346678, 0.058189902) * v0_1.x;
            a0_1 += vec4(0.10207113, -0.05425977, -0.011510399, 0.015147186) * v0_1.y;
            a0_1 += vec4(0.0486267, 0.09567271, 0.033346858, -0.024370417) * v0_1.z;
            a0_1 += vec4(0.08859623, 0.08285227, -0.06074484, -0.034162886) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.093800455, -0.0033841708, -0.049712677, -0.11978762) * v0_1.x;
            a0_0 += vec4(-0.03408858, 0.09003755, -0.034858696, 0.11337182) * v0_1.y;
            a0_0 += vec4(0.00703125, -0.05594614, 0.00835779, -0.06744898) * v0_1.z;
            a0_0 += vec4(0.013101136, 0.068808496, 0.049306642, -0.2024081) * v0_1.w;
            a0_1 += vec4(0.019782502, 0.07446156, -0.026075305, -0.1462709) * v0_1.x;
            a0_1 += vec4(0.048057016, 0.01440537, -0.013998919, 0.16413637) * v0_1.y;
            a0_1 += vec4(-0.0055024396, 0.031014197, -0.01241874, -0.114800036) * v0_1.z;
            a0_1 += vec4(-0.004189944, 0.13158269, -0.016131738, 0.13775526) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.1128564, 0.06483098, 0.046601634, 0.046991065) * v0_1.x;
            a0_0 += vec4(-0.13544942, 0.10566286, -0.051272973, -0.10581953) * v0_1.y;
            a0_0 += vec4(-0.0399486, -0.0802472, 0.16060595, 0.03244527) * v0_1.z;
            a0_0 += vec4(0.09795031, 0.39165917, -0.05140297, -0.03681519) * v0_1.w;
            a0_1 += vec4(-0.037508957, 0.06663466, 0.027408179, 0.026563229) * v0_1.x;
            a0_1 += vec4(-0.012067508, 0.0026841047, -0.008295769, 0.05006022) * v0_1.y;
            a0_1 += vec4(-0.00072103995, -0.066296935, 0.023772482, 0.027933216) * v0_1.z;
            a0_1 += vec4(-0.057277035, 0.2177611, 0.028595591, 0.07420207) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.2626928, -0.093770996, -0.024563592, 0.021592934) * v0_1.x;
            a0_0 += vec4(-0.19125529, 0.16897103, 0.09587122, -0.17313519) * v0_1.y;
            a0_0 += vec4(0.377054, -0.029573312, 0.05840241, 0.41140825) * v0_1.z;
            a0_0 += vec4(0.113769755, 0.010943671, 0.0956784, -0.045683797) * v0_1.w;
            a0_1 += vec4(-0.035451714, -0.1403673, -0.0045600575, 0.09662095) * v0_1.x;
            a0_1 += vec4(0.04496836, -0.0044004438, 0.07769002, -0.12002895) * v0_1.y;
            a0_1 += vec4(0.031108193, -0.08988085, 0.036074776, 0.12800618) * v0_1.z;
            a0_1 += vec4(0.18041886, 0.13634633, 0.036399633, 0.1641856) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.025805825, 0.10162252, 0.00054252776, 0.14143053) * v0_1.x;
            a0_0 += vec4(-0.080749884, 0.036776923, -0.025050428, -0.033903494) * v0_1.y;
            a0_0 += vec4(0.055847973, 0.10161979, 0.004042486, 0.096927956) * v0_1.z;
            a0_0 += vec4(0.03371332, 0.0069152676, 0.100909024, 0.12545516) * v0_1.w;
            a0_1 += vec4(0.04266117, 0.18987007, 0.006148413, -0.054817174) * v0_1.x;
            a0_1 += vec4(0.03728923, 0.066090465, -0.03653267, 0.13088347) * v0_1.y;
            a0_1 += vec4(0.06018789, 0.12113287, 0.010795441, -0.009296045) * v0_1.z;
            a0_1 += vec4(-0.15010966, 0.23944269, 0.05392461, -0.4040098) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.09145994, 0.016366532, -0.017075414, -0.023316022) * v0_1.x;
            a0_0 += vec4(-0.08669089, -0.056836553, -0.0031958094, -0.0326252) * v0_1.y;
            a0_0 += vec4(0.029263152, -0.054057084, -0.0022970156, -0.10546944) * v0_1.z;
            a0_0 += vec4(-0.023081899, 0.088110805, -0.052521393, -0.22186917) * v0_1.w;
            a0_1 += vec4(-0.026160134, 0.023919683, -0.03395546, -0.03470103) * v0_1.x;
            a0_1 += vec4(0.031370226, -0.029447485, 0.028847316, -0.030334778) * v0_1.y;
            a0_1 += vec4(0.006648905, 0.20081076, -0.021005023, 0.008886418) * v0_1.z;
            a0_1 += vec4(-0.046030175, 0.063995056, -0.010483795, 0.12908041) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.006966543, 0.09195034, 0.01321291, 0.119268015) * v0_1.x;
            a0_0 += vec4(-0.11246801, 0.10336377, -0.0021902958, -0.1688245) * v0_1.y;
            a0_0 += vec4(0.0045004673, 0.040309045, -0.005312909, -0.009582241) * v0_1.z;
            a0_0 += vec4(0.007413412, -0.3428319, -0.101993926, -0.2402694) * v0_1.w;
            a0_1 += vec4(0.014633682, 0.14989322, -0.06841363, 0.08567676) * v0_1.x;
            a0_1 += vec4(0.04050588, -0.11836059, 0.0041233604, 0.0007188805) * v0_1.y;
            a0_1 += vec4(0.056597404, 0.06586901, 0.056220595, 0.07655318) * v0_1.z;
            a0_1 += vec4(0.008944085, 0.08967679, -0.05457944, 0.059189234) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.037336282, -0.011441819, 0.046190716, -0.19637376) * v0_1.x;
            a0_0 += vec4(0.016460652, 0.057905503, -0.00813096, -0.015268983) * v0_1.y;
            a0_0 += vec4(-0.0099185, 0.058853894, -0.02376407, 0.07680481) * v0_1.z;
            a0_0 += vec4(0.007379123, 0.0831982, 0.002739225, 0.029244155) * v0_1.w;
            a0_1 += vec4(-0.13379431, -0.068811804, 0.014212837, 0.05204989) * v0_1.x;
            a0_1 += vec4(0.07668834, 0.08014223, 0.011227577, 0.07779124) * v0_1.y;
            a0_1 += vec4(0.07577975, -0.05987471, 0.0036609427, -0.0023543087) * v0_1.z;
            a0_1 += vec4(0.023952609, 0.06771816, 0.0068097836, -0.035313968) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.08693307, -0.17065081, 0.02139556, -0.030592747) * v0_2.x;
            a0_0 += vec4(-0.082750045, 0.23090185, -0.0031490277, -0.010562262) * v0_2.y;
            a0_0 += vec4(0.015483159, 0.0020871374, -0.04655774, 0.12630165) * v0_2.z;
            a0_0 += vec4(-0.22085539, -0.16003695, -0.022152767, 0.073887035) * v0_2.w;
            a0_1 += vec4(-0.004454486, 0.05834628, -0.012924568, -0.37472776) * v0_2.x;
            a0_1 += vec4(0.08252636, 0.072584234, 0.00592066, 0.02537231) * v0_2.y;
            a0_1 += vec4(0.0654167, -0.034857713, -0.04314882, -0.25448936) * v0_2.z;
            a0_1 += vec4(-0.04042044, 0.08771209, 0.07018442, 0.18050739) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.034414124, -0.26465952, 0.07190282, -0.036128797) * v0_2.x;
            a0_0 += vec4(0.010475648, -0.1101459, 0.10406679, 0.0322411) * v0_2.y;
            a0_0 += vec4(-0.16600713, -0.13674136, -0.20712182, -0.10773136) * v0_2.z;
            a0_0 += vec4(0.21288748, -0.11352627, -0.20985527, 0.072240576) * v0_2.w;
            a0_1 += vec4(-0.000967292, 0.03862141, -0.033549648, -0.047140855) * v0_2.x;
            a0_1 += vec4(-0.028668344, -0.05847452, -0.0062128534, 0.064767234) * v0_2.y;
            a0_1 += vec4(-0.07083433, 0.078675754, -0.001477483, -0.20136821) * v0_2.z;
            a0_1 += vec4(0.06169485, 0.013113486, -0.013994646, -0.44361335) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.11169629, -0.3425102, 0.038066078, -0.17851852) * v0_2.x;
            a0_0 += vec4(-0.039806835, -0.005631269, -0.019329347, -0.012230255) * v0_2.y;
            a0_0 += vec4(-0.099507704, -0.080405585, -0.094689496, -0.20508128) * v0_2.z;
            a0_0 += vec4(-0.19254299, -0.22259642, -0.12937008, -0.12696697) * v0_2.w;
            a0_1 += vec4(0.15813215, 0.004134095, 0.022878574, 0.097924024) * v0_2.x;
            a0_1 += vec4(-0.021102453, -0.008426715, 0.015019701, 0.08162131) * v0_2.y;
            a0_1 += vec4(0.08906046, 0.04260382, 0.00075325626, 0.034683563) * v0_2.z;
            a0_1 += vec4(0.028574366, -0.043164268, 0.014318217, 0.38759363) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.0019668678, 0.02143185, -0.070310004, -0.061805986) * v0_2.x;
            a0_0 += vec4(-0.25092497, 0.08604996, 0.020442959, 0.03588982) * v0_2.y;
            a0_0 += vec4(0.041495904, -0.014598018, 0.01900437, 0.11005241) * v0_2.z;
            a0_0 += vec4(-0.0017620308, 0.13998301, -0.21371387, -0.01986202) * v0_2.w;
            a0_1 += vec4(-0.12522721, 0.069173336, -0.040488705, -0.07868339) * v0_2.x;
            a0_1 += vec4(-0.06788939, 0.043450426, -0.008449798, 0.07729012) * v0_2.y;
            a0_1 += vec4(-0.02299943, -0.0030704122, -0.15255092, -0.021611657) * v0_2.z;
            a0_1 += vec4(0.0744391, 0.0018362101, -0.03894265, -0.22794332) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.048302174, 0.14728042, -0.15273394, 0.1321596) * v0_2.x;
            a0_0 += vec4(-0.25160158, 0.032884177, -0.09878093, 0.0024988288) * v0_2.y;
            a0_0 += vec4(-0.24327305, -0.032637794, -0.25463334, 0.052673325) * v0_2.z;
            a0_0 += vec4(0.0120140845, -0.23976275, -0.08505831, -0.06446488) * v0_2.w;
            a0_1 += vec4(-0.1580109, -0.02756036, -0.09412902, 0.018727422) * v0_2.x;
            a0_1 += vec4(0.11647076, -0.11746908, -0.051888343, -0.20360778) * v0_2.y;
            a0_1 += vec4(-0.04686845, 0.09895321, -0.0926199, -0.17273769) * v0_2.z;
            a0_1 += vec4(-0.36080354, 0.12071697, 0.025097406, 0.39789715) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.051554512, -0.12408508, -0.10820404, -0.26008892) * v0_2.x;
            a0_0 += vec4(0.010385675, 0.0772672, 0.015134421, -0.11121075) * v0_2.y;
            a0_0 += vec4(-0.057776544, 0.0074493457, -0.021145655, 0.088842094) * v0_2.z;
            a0_0 += vec4(0.03401228, 0.03792837, -0.1963977, -0.015956495) * v0_2.w;
            a0_1 += vec4(-0.22594833, 0.0026147836, 0.030267097, -0.21973489) * v0_2.x;
            a0_1 += vec4(0.16349053, -0.013097791, -0.0039449097, -0.05241686) * v0_2.y;
            a0_1 += vec4(-0.037861373, 0.038856905, 0.05024988, 0.030154739) * v0_2.z;
            a0_1 += vec4(0.18097909, -0.07648695, -0.033047095, -0.037038796) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.068534, 0.0924, 0.03035767, 0.069969915) * v0_2.x;
            a0_0 += vec4(0.06627623, -0.038117707, 0.04019549, 0.06364771) * v0_2.y;
            a0_0 += vec4(0.029199759, -0.028264062, 0.059588578, 0.054205336) * v0_2.z;
            a0_0 += vec4(-0.06039334, 0.050723672, 0.007056707, 0.06353082) * v0_2.w;
            a0_1 += vec4(-0.062484283, 0.060117625, -0.055314973, -0.13637567) * v0_2.x;
            a0_1 += vec4(0.12328895, 0.023053851, -0.06164984, 0.057503) * v0_2.y;
            a0_1 += vec4(0.030249804, -0.0011671329, -0.10160986, 0.112754814) * v0_2.z;
            a0_1 += vec4(-0.13527262, 0.07738453, -0.026142327, -0.01884289) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.15534253, 0.056620944, -0.14271495, -0.056332547) * v0_2.x;
            a0_0 += vec4(-0.19474366, 0.12321013, 0.01036483, -0.025593193) * v0_2.y;
            a0_0 += vec4(-0.0015963401, -0.01145436, 0.09820064, 0.05964219) * v0_2.z;
            a0_0 += vec4(-0.023103386, 0.17248192, -0.075484894, 0.007442714) * v0_2.w;
            a0_1 += vec4(-0.15617636, 0.022888018, -0.106631406, -0.104274504) * v0_2.x;
            a0_1 += vec4(-0.015902499, -0.012276889, -0.12850161, -0.073125124) * v0_2.y;
            a0_1 += vec4(-0.08795187, 0.045019627, 0.04648159, 0.0037987735) * v0_2.z;
            a0_1 += vec4(0.23930883, -0.068329036, 0.054500047, 0.214235) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.043611422, 0.08544304, -0.06249114, -0.15859029) * v0_2.x;
            a0_0 += vec4(0.072452195, 0.04134663, -0.06620151, -0.11465052) * v0_2.y;
            a0_0 += vec4(0.029403238, 0.030644985, 0.096108645, 0.0072367415) * v0_2.z;
            a0_0 += vec4(-0.036580753, -0.024625713, -0.3187224, -0.0280319) * v0_2.w;
            a0_1 += vec4(-0.07621754, 0.085056655, 0.007952461, -0.3316923) * v0_2.x;
            a0_1 += vec4(0.03021259, -0.03413086, -0.034499064, -0.1442444) * v0_2.y;
            a0_1 += vec4(-0.007256017, -0.023825426, 0.034957547, -0.035687182) * v0_2.z;
            a0_1 += vec4(0.023364687, 0.142062, 0.004490117, 0.10633194) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.0058248662, -0.022090416, 0.08324298, -0.11713383) * v0_2.x;
            a0_0 += vec4(0.06348201, -0.006018769, -0.014847065, 0.079931535) * v0_2.y;
            a0_0 += vec4(-0.14967066, 0.14211667, -0.07751118, -0.016927801) * v0_2.z;
            a0_0 += vec4(-0.052836828, -0.105575055, 0.020811426, 0.050663218) * v0_2.w;
            a0_1 += vec4(0.013653418, 0.011209737, 0.05195148, 0.00052129483) * v0_2.x;
            a0_1 += vec4(0.026601542, -0.020930406, 0.025614375, -0.05213661) * v0_2.y;
            a0_1 += vec4(0.047446735, 0.32998148, -0.03154811, -0.03994428) * v0_2.z;
            a0_1 += vec4(0.0681432, -0.22614044, 0.058815055, 0.0070781177) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.027677637, -0.016862823, -0.03723962, -0.12170521) * v0_2.x;
            a0_0 += vec4(-0.08804449, 0.044675115, -0.06492734, -0.0445724) * v0_2.y;
            a0_0 += vec4(-0.2292301, 0.18049008, 0.08087464, -0.11929889) * v0_2.z;
            a0_0 += vec4(-0.12307612, 0.26611283, 0.032856025, 0.32367548) * v0_2.w;
            a0_1 += vec4(0.054749466, -0.054752223, -0.03880007, -0.0076104626) * v0_2.x;
            a0_1 += vec4(-0.0042746123, 0.020084158, -0.01708166, -0.23105499) * v0_2.y;
            a0_1 += vec4(0.13129725, 0.05165562, 0.039911408, -0.25163162) * v0_2.z;
            a0_1 += vec4(0.0045669484, 0.16142978, 0.0028432074, -0.027801039) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(0.074571244, -0.1359584, 0.0076102363, 0.14377402) * v0_2.x;
            a0_0 += vec4(-0.010866609, -0.021425126, -0.012563005, 0.032009874) * v0_2.y;
            a0_0 += vec4(-0.042469706, 0.06373109, 0.008247611, -0.123839855) * v0_2.z;
            a0_0 += vec4(0.07936991, -0.10466879, -0.025932126, -0.27297425) * v0_2.w;
            a0_1 += vec4(0.027611684, -0.111409254, 0.029255027, 0.17930311) * v0_2.x;
            a0_1 += vec4(0.036068276, 0.014293913, -0.010299533, 0.07962782) * v0_2.y;
            a0_1 += vec4(0.14310342, 0.09096752, 0.0019909753, 0.073413424) * v0_2.z;
            a0_1 += vec4(0.14182977, -0.104282916, -0.02193382, 0.10353244) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.04605778, -0.02024964, 0.09176006, 0.1332358) * v0_2.x;
            a0_0 += vec4(0.11362848, -0.12425884, -0.031933445, -0.09694159) * v0_2.y;
            a0_0 += vec4(0.060391363, 0.20319493, 0.0077123214, 0.11044802) * v0_2.z;
            a0_0 += vec4(-0.1110636, 0.003289694, -0.042722244, -0.005420704) * v0_2.w;
            a0_1 += vec4(-0.027803004, -0.0054363934, 0.03462184, -0.019776775) * v0_2.x;
            a0_1 += vec4(-0.013811756, -0.016983695, 0.07945102, 0.054471068) * v0_2.y;
            a0_1 += vec4(0.02892569, 0.15335307, 0.02548671, -0.00079713966) * v0_2.z;
            a0_1 += vec4(-0.0272622, 0.07675037, -0.018749729, -0.033545755) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.21746966, -0.06753049, 0.06957026, 0.00929675) * v0_2.x;
            a0_0 += vec4(-0.23789741, 0.00056044257, -0.15806296, -0.23176935) * v0_2.y;
            a0_0 += vec4(-0.07820704, 0.20272218, 0.04149118, 0.00652215) * v0_2.z;
            a0_0 += vec4(0.06933115, 0.14265442, 0.08155157, -0.1713965) * v0_2.w;
            a0_1 += vec4(0.0047113053, -0.19591737, 0.10511281, -0.26956907) * v0_2.x;
            a0_1 += vec4(0.08151275, 0.16827774, -0.031831272, -0.1284985) * v0_2.y;
            a0_1 += vec4(0.07563294, 0.29861048, 0.101399206, -0.056886517) * v0_2.z;
            a0_1 += vec4(0.07329864, 0.28858513, 0.13025235, -0.11513965) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.058762427, -0.17342776, 0.014982224, -0.16786353) * v0_2.x;
            a0_0 += vec4(-0.06949061, 0.049996514, -0.036930192, 0.013639558) * v0_2.y;
            a0_0 += vec4(0.07561608, 0.07422858, 0.00084817206, 0.038239725) * v0_2.z;
            a0_0 += vec4(-0.19279233, -0.043070424, 0.009139869, 0.016415402) * v0_2.w;
            a0_1 += vec4(-0.03520097, -0.051618017, -0.0005094083, -0.20378071) * v0_2.x;
            a0_1 += vec4(0.14233756, -0.048920494, -0.014952656, -0.074660905) * v0_2.y;
            a0_1 += vec4(0.17109272, 0.017767409, 0.040378034, -0.013631757) * v0_2.z;
            a0_1 += vec4(-0.017902832, -0.21197207, 0.02267449, 0.011469238) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.05960569, -0.09840411, 0.06079903, -0.05432497) * v0_2.x;
            a0_0 += vec4(0.009538931, 0.10017572, 0.010566671, 0.0682006) * v0_2.y;
            a0_0 += vec4(-0.011331594, 0.052025422, -0.046343185, 0.009512244) * v0_2.z;
            a0_0 += vec4(0.07680127, 0.10840038, 0.026848562, 0.10226063) * v0_2.w;
            a0_1 += vec4(0.025841124, 0.059367023, 0.050303422, -0.021874394) * v0_2.x;
            a0_1 += vec4(0.034771312, 0.08063455, 0.015433658, 0.023556221) * v0_2.y;
            a0_1 += vec4(0.008661646, 0.0216571, -0.017842129, 0.019407727) * v0_2.z;
            a0_1 += vec4(0.01801039, -0.063731365, 0.06588262, 0.055482883) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.05441211, 0.007620672, 0.04898413, 0.016237747) * v0_2.x;
            a0_0 += vec4(0.08523733, 0.1008421, -0.016069591, 0.13920736) * v0_2.y;
            a0_0 += vec4(0.023195423, 0.09577443, -0.05025333, 0.062203858) * v0_2.z;
            a0_0 += vec4(0.115916625, -0.07159564, 0.019350711, 0.051842786) * v0_2.w;
            a0_1 += vec4(0.03721624, -0.08508771, 0.050330747, -0.14914006) * v0_2.x;
            a0_1 += vec4(-0.005661827, -0.044399496, 0.0078945765, -0.04097424) * v0_2.y;
            a0_1 += vec4(0.05613064, 0.055422217, -0.011771005, 0.020723779) * v0_2.z;
            a0_1 += vec4(0.029433575, -0.03057195, -0.01739016, -0.09306693) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.09460671, -0.106210634, 0.030534955, -0.1922735) * v0_2.x;
            a0_0 += vec4(-0.02180319, -0.041184213, -0.011801764, -0.028470462) * v0_2.y;
            a0_0 += vec4(0.02066972, 0.009972696, -0.06250501, -0.002671642) * v0_2.z;
            a0_0 += vec4(-0.017733835, 0.09246019, 0.0152162835, 0.036849305) * v0_2.w;
            a0_1 += vec4(-0.0025235803, 0.04354556, 0.025213884, 0.015466238) * v0_2.x;
            a0_1 += vec4(-0.050181773, 0.073123336, -0.021807548, 0.016036587) * v0_2.y;
            a0_1 += vec4(0.03960988, 0.054143436, -0.044757236, 0.066858016) * v0_2.z;
            a0_1 += vec4(-0.013835072, 0.018757863, 0.02605898, -0.12627815) * v0_2.w;
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
            a0_0 += vec4(0.29331043, -0.65134513, -0.09568241, 0.30595055) * v0_3.x;
            a0_0 += vec4(0.41973484, -0.19069259, 0.11450455, 0.49766144) * v0_3.y;
            a0_0 += vec4(-0.0144500965, 0.08511677, 0.0306714, -0.00222399) * v0_3.z;
            a0_0 += vec4(-0.031124996, -0.3049307, 0.068836264, 0.0697639) * v0_3.w;
            a0_1 += vec4(-0.25348434, -0.0027920124, -0.22405544, -0.6551902) * v0_3.x;
            a0_1 += vec4(0.03886823, 0.07083372, -0.10281821, -1.6235825) * v0_3.y;
            a0_1 += vec4(0.05245514, -0.0036389965, 0.03506393, 0.0275485) * v0_3.z;
            a0_1 += vec4(6.205095e-05, -0.014367808, 0.015460845, 0.2314782) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.13214809, -0.10355065, 0.18974772, -0.12940946) * v0_3.x;
            a0_0 += vec4(0.7363369, 0.02181728, 0.3035599, 0.054012407) * v0_3.y;
            a0_0 += vec4(0.07044149, 0.15703188, 0.058442768, -0.118907176) * v0_3.z;
            a0_0 += vec4(-0.17151129, -0.52445394, 0.013431938, 0.077401474) * v0_3.w;
            a0_1 += vec4(-0.06960072, 0.05878519, -0.037354827, 6.20384e-05) * v0_3.x;
            a0_1 += vec4(-0.23495986, 0.52467465, -0.37882438, -1.1928656) * v0_3.y;
            a0_1 += vec4(-0.12926176, 0.008683721, 0.015578641, -0.020937784) * v0_3.z;
            a0_1 += vec4(0.08035078, -0.051837415, 0.019532701, -0.11615856) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0016434641, -0.25046545, 0.03426973, 0.059594158) * v0_3.x;
            a0_0 += vec4(0.29475465, -0.283165, 0.3430277, -0.6775914) * v0_3.y;
            a0_0 += vec4(0.12928636, 0.10802228, -0.06445197, 0.0002316847) * v0_3.z;
            a0_0 += vec4(0.11736478, -0.050811768, 0.016172409, 0.13938946) * v0_3.w;
            a0_1 += vec4(0.031722657, 0.018048, 0.0027426707, -0.003734051) * v0_3.x;
            a0_1 += vec4(-0.23190165, 0.34762144, -0.09495745, -1.0429838) * v0_3.y;
            a0_1 += vec4(-0.08445675, 0.023699716, -0.0026799662, 0.021530788) * v0_3.z;
            a0_1 += vec4(-0.0075454107, -0.00039693766, -0.015276738, -0.07271316) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.7271733, -0.16638061, -0.7151816, 0.2229782) * v0_3.x;
            a0_0 += vec4(0.033997662, 0.0064102933, 0.16239409, -0.09820371) * v0_3.y;
            a0_0 += vec4(-0.045126047, 0.09123416, -0.0039047091, 0.0042754556) * v0_3.z;
            a0_0 += vec4(0.17513506, 0.20754345, 0.04437171, -0.034857318) * v0_3.w;
            a0_1 += vec4(-0.23174834, -0.13209529, -0.19401728, -0.66928273) * v0_3.x;
            a0_1 += vec4(-0.0038258058, -0.05235682, 0.35788742, -0.23198242) * v0_3.y;
            a0_1 += vec4(0.04934844, -0.15510008, 0.019713508, -0.1335248) * v0_3.z;
            a0_1 += vec4(-0.0146158915, -0.02901011, -0.0048464984, -0.11951175) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.31226203, 0.035098568, 0.059601694, 0.052784514) * v0_3.x;
            a0_0 += vec4(-0.047278155, -0.118859135, -0.17026788, 0.20707436) * v0_3.y;
            a0_0 += vec4(0.054290563, -0.23348564, -0.3370832, 0.12680693) * v0_3.z;
            a0_0 += vec4(-0.46709326, 0.053526495, -0.08707539, 0.13533548) * v0_3.w;
            a0_1 += vec4(0.20075168, 0.06585916, -0.056418177, -0.32109964) * v0_3.x;
            a0_1 += vec4(0.046115667, 0.14204009, 0.5762242, 0.23112637) * v0_3.y;
            a0_1 += vec4(0.44695127, -0.331473, 0.09270788, 0.15044361) * v0_3.z;
            a0_1 += vec4(-0.40329382, 0.12278225, -0.009131341, -0.37936768) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.091123275, 0.22284336, 0.0004082688, -0.12275304) * v0_3.x;
            a0_0 += vec4(-0.010187943, 0.113089226, 0.24644089, -0.040277157) * v0_3.y;
            a0_0 += vec4(-0.086181626, 0.012649849, 0.07180187, -0.1702207) * v0_3.z;
            a0_0 += vec4(0.02711439, -0.10095026, 0.05267242, -0.035415858) * v0_3.w;
            a0_1 += vec4(-0.036146384, 0.07687927, -0.0054054754, -0.11028452) * v0_3.x;
            a0_1 += vec4(-0.07586812, 0.037179697, 0.15583162, 0.07782492) * v0_3.y;
            a0_1 += vec4(0.071678534, 0.0026992327, -0.054894257, 0.04508182) * v0_3.z;
            a0_1 += vec4(-0.05324789, 0.015786594, 0.008175969, 0.10140928) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.5525359, 0.013622019, -0.38750458, -0.33257785) * v0_3.x;
            a0_0 += vec4(-0.010041472, -0.04280583, 0.05258217, -0.041685894) * v0_3.y;
            a0_0 += vec4(-0.06449196, 0.030908382, -0.07413317, -0.000142608) * v0_3.z;
            a0_0 += vec4(0.05386494, 0.025279734, -0.08958719, -0.0333841) * v0_3.w;
            a0_1 += vec4(-0.87673324, -0.3025884, -0.5566484, -0.7876726) * v0_3.x;
            a0_1 += vec4(0.0928883, -0.08137358, 0.050119635, 0.13488306) * v0_3.y;
            a0_1 += vec4(-0.0026967183, -0.022458546, -0.09903374, -0.07593027) * v0_3.z;
            a0_1 += vec4(0.00954073, -0.044409025, -0.08390191, 0.2044652) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.019637544, -0.026034161, -0.3154136, 0.057586942) * v0_3.x;
            a0_0 += vec4(0.015503398, 0.01286974, 0.052676495, 0.062401555) * v0_3.y;
            a0_0 += vec4(-0.029826092, -0.028712852, -0.088876314, 0.024794703) * v0_3.z;
            a0_0 += vec4(0.08045395, -0.07798036, -0.1867407, 0.005052557) * v0_3.w;
            a0_1 += vec4(-0.26082185, -0.17667769, 0.007517952, 0.10776434) * v0_3.x;
            a0_1 += vec4(0.01278051, 0.017400231, 0.051507194, -0.015931614) * v0_3.y;
            a0_1 += vec4(-0.19612557, 0.08023725, 0.09892996, -0.0226856) * v0_3.z;
            a0_1 += vec4(-0.30799457, -0.14527254, 0.12882468, -0.17808507) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.022020457, -0.06625262, -0.08575337, -0.03185336) * v0_3.x;
            a0_0 += vec4(0.07079994, -0.06675598, 0.03136564, 0.032442454) * v0_3.y;
            a0_0 += vec4(0.03324187, 0.017196575, 0.06327241, -0.056735367) * v0_3.z;
            a0_0 += vec4(-0.013993971, 0.09015031, -0.04969764, 0.012548671) * v0_3.w;
            a0_1 += vec4(-0.06306353, -0.054495078, 0.02439301, -0.10317908) * v0_3.x;
            a0_1 += vec4(0.0302134, -0.04173077, -0.013272951, 0.12012308) * v0_3.y;
            a0_1 += vec4(0.09887524, 0.012970351, -0.041545805, -0.059782024) * v0_3.z;
            a0_1 += vec4(-0.017693106, 0.03156086, 0.0045670774, 0.0027636376) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.20144346, 0.008712933, -0.075261384, -0.36317047) * v0_3.x;
            a0_0 += vec4(0.5086468, 0.5427755, 0.09623957, -1.0044582) * v0_3.y;
            a0_0 += vec4(0.06291748, -0.051731467, -0.013319902, -0.057448927) * v0_3.z;
            a0_0 += vec4(0.026144058, -0.094469674, -0.08719515, -0.0005656063) * v0_3.w;
            a0_1 += vec4(0.20946784, -0.061636258, 0.005867587, 0.13153915) * v0_3.x;
            a0_1 += vec4(0.19424273, -0.9881449, 0.14904043, 0.12721889) * v0_3.y;
            a0_1 += vec4(0.01805199, 0.07062746, 0.018206235, 0.005357882) * v0_3.z;
            a0_1 += vec4(0.013032781, 0.020222718, -0.03712409, 0.040184762) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.24697809, -0.062479902, -0.07002259, -0.041172896) * v0_3.x;
            a0_0 += vec4(0.8642167, -0.14940973, 0.20617324, -0.66097945) * v0_3.y;
            a0_0 += vec4(-0.049823277, -0.02518739, 0.2186299, -0.12120603) * v0_3.z;
            a0_0 += vec4(0.05995945, 0.1300007, -0.029941244, 0.17990863) * v0_3.w;
            a0_1 += vec4(0.14709976, -0.1630133, -0.02093563, 0.19440834) * v0_3.x;
            a0_1 += vec4(0.3460318, -0.049277145, 0.24367408, 0.3400163) * v0_3.y;
            a0_1 += vec4(-0.06265202, -0.08215433, -0.013862488, 0.010900778) * v0_3.z;
            a0_1 += vec4(-0.031556007, -0.08406643, -0.038086377, 0.0956199) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.009326906, 0.0037161903, -0.0053637316, 0.13570231) * v0_3.x;
            a0_0 += vec4(0.730324, -0.04082691, -0.0955507, -0.09399726) * v0_3.y;
            a0_0 += vec4(0.069702126, -0.041782245, 0.086260274, 0.09996367) * v0_3.z;
            a0_0 += vec4(0.025720311, 0.051068645, -0.005021416, 0.09827582) * v0_3.w;
            a0_1 += vec4(0.053559713, -0.035656653, 0.0035685876, 0.122467466) * v0_3.x;
            a0_1 += vec4(0.3002568, -0.12376134, 0.076163664, 0.28286678) * v0_3.y;
            a0_1 += vec4(-0.07123029, -0.032319725, 0.038096048, 0.2394619) * v0_3.z;
            a0_1 += vec4(0.00022420919, 0.08835556, 0.007234805, 0.18054554) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.76068705, 0.68030065, -0.029912097, -0.41790232) * v0_3.x;
            a0_0 += vec4(0.018840808, -0.07995391, 0.013972523, -0.090490066) * v0_3.y;
            a0_0 += vec4(-0.052537132, 0.04310287, -0.02764603, -0.03967031) * v0_3.z;
            a0_0 += vec4(-0.0748654, 0.2913346, -0.013958741, -0.0134184) * v0_3.w;
            a0_1 += vec4(0.19193918, -2.2039819, 0.10748303, -0.54407996) * v0_3.x;
            a0_1 += vec4(0.078228086, -0.47569034, 0.29334813, 0.014020992) * v0_3.y;
            a0_1 += vec4(-0.044548374, 0.037887417, -0.06892848, -0.004981244) * v0_3.z;
            a0_1 += vec4(-0.053659465, 0.088396825, -0.046439134, -0.056549717) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.18920162, 0.20166536, -0.0030654322, -0.075543545) * v0_3.x;
            a0_0 += vec4(0.007748557, 0.22134826, 0.1577859, 0.086432666) * v0_3.y;
            a0_0 += vec4(-0.3115508, -0.2062658, 0.25531858, -0.15933642) * v0_3.z;
            a0_0 += vec4(-0.15985927, 0.1087903, -0.0461201, -0.41595927) * v0_3.w;
            a0_1 += vec4(0.35448378, -0.09493189, -0.01705788, 0.30046645) * v0_3.x;
            a0_1 += vec4(0.35604927, -0.5172242, 0.6333852, 0.11109572) * v0_3.y;
            a0_1 += vec4(0.2333543, 0.17949948, 0.2522828, -0.0106073795) * v0_3.z;
            a0_1 += vec4(0.016260436, -0.35237148, 0.053269006, -0.08483123) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.1418203, 0.003930493, 0.06983122, -0.04268959) * v0_3.x;
            a0_0 += vec4(0.17384261, -0.0029162853, -0.11858095, 0.0694216) * v0_3.y;
            a0_0 += vec4(0.13090529, 0.028877735, -0.084912844, -0.047109142) * v0_3.z;
            a0_0 += vec4(-0.01880874, -0.03648126, -0.004192422, -0.026673542) * v0_3.w;
            a0_1 += vec4(-0.026958898, -0.03869937, 0.03943161, -0.1440067) * v0_3.x;
            a0_1 += vec4(0.2621812, -0.41849393, 0.037529465, 0.076904066) * v0_3.y;
            a0_1 += vec4(-0.13265266, -0.09460549, -0.020180644, -0.028084535) * v0_3.z;
            a0_1 += vec4(0.0020274273, 0.041577503, 0.03072593, -0.1682099) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.8132464, 0.00028948364, -0.048362605, -0.2240111) * v0_3.x;
            a0_0 += vec4(-0.030052396, -0.0007855427, -0.050095633, -0.045051746) * v0_3.y;
            a0_0 += vec4(-0.042445764, 0.00046762917, -0.009439505, 0.025868075) * v0_3.z;
            a0_0 += vec4(0.026378391, -0.13082972, -0.0010010166, -0.024644386) * v0_3.w;
            a0_1 += vec4(-0.16202508, -0.50075394, 0.07069585, -0.10742512) * v0_3.x;
            a0_1 += vec4(-0.00989692, -0.014762547, 0.029606273, 0.009444442) * v0_3.y;
            a0_1 += vec4(-0.028881554, -0.09548789, -0.00038876964, 0.012579589) * v0_3.z;
            a0_1 += vec4(-0.001990668, 0.049019277, -0.0077309147, -0.048075207) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.1411771, -0.012740163, -0.091763794, 0.022893801) * v0_3.x;
            a0_0 += vec4(0.018405993, 0.058371857, -0.01256255, 0.05162234) * v0_3.y;
            a0_0 += vec4(0.011817537, 0.058343552, 0.09502954, 0.036101297) * v0_3.z;
            a0_0 += vec4(-0.10378635, 0.11927344, -0.0943947, -0.049324565) * v0_3.w;
            a0_1 += vec4(0.11969819, 0.16745526, -0.063689075, 0.027267152) * v0_3.x;
            a0_1 += vec4(0.06244547, -0.076096006, -0.026568405, 0.061310668) * v0_3.y;
            a0_1 += vec4(0.07393112, 0.049375687, 0.039074425, -0.009690288) * v0_3.z;
            a0_1 += vec4(-0.07793207, 0.054376584, -0.065702945, -0.08929367) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.041735645, -0.05504158, -0.037157748, -0.12814182) * v0_3.x;
            a0_0 += vec4(0.007035172, -0.046590902, -0.018629909, 0.043037876) * v0_3.y;
            a0_0 += vec4(0.03682162, 0.0103306, -0.04390027, -0.023723379) * v0_3.z;
            a0_0 += vec4(0.093299285, -0.026278881, -0.011165699, 0.020702822) * v0_3.w;
            a0_1 += vec4(0.008781726, 0.08592548, -0.035295513, 0.06523619) * v0_3.x;
            a0_1 += vec4(-0.07667418, 0.1083951, -0.03946963, 0.011626628) * v0_3.y;
            a0_1 += vec4(-0.08317993, 0.01853213, -0.025292184, -0.0032334356) * v0_3.z;
            a0_1 += vec4(0.0066494923, 0.0053733597, 0.0065964023, -0.050833173) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DN compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L3
//!SAVE ArtCNN_C4F16_DN_L4
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
        a0_0 = vec4(-0.0026729486, -0.009118031, -0.004540173, 0.0025627601);
        a0_1 = vec4(0.0010126249, -0.005367281, -0.0069887056, -0.012432767);
    } else if (slice == 1) {
        a0_0 = vec4(0.00539171, -0.0775509, -0.006941183, 0.0041552046);
        a0_1 = vec4(0.011853503, 0.0043568853, -0.0006060599, -0.0006150335);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(0.021914218, -0.11617246, -0.009368583, 0.05684142) * v0_0.x;
            a0_0 += vec4(-0.005133314, 0.011350818, 0.026205866, -0.028534824) * v0_0.y;
            a0_0 += vec4(-0.03062303, -0.09732941, 0.025517836, -0.069901094) * v0_0.z;
            a0_0 += vec4(-0.013303909, 0.062747434, -0.02568686, 0.037145246) * v0_0.w;
            a0_1 += vec4(-0.022636406, -0.0317987, 0.009924718, -0.02755363) * v0_0.x;
            a0_1 += vec4(-0.012476474, 0.008858244, 0.008336963, 0.021115713) * v0_0.y;
            a0_1 += vec4(-0.038300052, 0.038209908, 0.029868802, 0.063013546) * v0_0.z;
            a0_1 += vec4(0.08995586, -0.022677617, -0.0012756002, -0.09218601) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.010360038, 0.015028782, -0.030567572, 0.1106487) * v0_0.x;
            a0_0 += vec4(-0.0049328087, 0.020606536, 0.0297191, 0.0013530798) * v0_0.y;
            a0_0 += vec4(0.047092088, 0.16738015, 0.08345388, -0.16187893) * v0_0.z;
            a0_0 += vec4(0.022272006, -0.092916265, 0.03022449, -0.016449388) * v0_0.w;
            a0_1 += vec4(0.08527425, -0.05057232, -0.033574633, -0.0312959) * v0_0.x;
            a0_1 += vec4(0.0046156878, 0.03250658, -0.015200698, 0.037020586) * v0_0.y;
            a0_1 += vec4(-0.052733626, 0.06011997, -0.018855006, 0.05681049) * v0_0.z;
            a0_1 += vec4(-0.02258977, -0.002664506, -0.04954991, 0.142494) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.01982294, 0.019875335, 0.01996053, -0.012867403) * v0_0.x;
            a0_0 += vec4(0.00044470024, -0.010377027, -0.0006554032, -0.010035933) * v0_0.y;
            a0_0 += vec4(-0.016700005, -0.07441203, 0.07416025, 0.018944684) * v0_0.z;
            a0_0 += vec4(-0.010561674, -0.0019200646, -0.049225237, 0.033712704) * v0_0.w;
            a0_1 += vec4(-0.023235567, 0.007500269, -0.030917551, 0.0072317133) * v0_0.x;
            a0_1 += vec4(0.007158622, -0.0024224983, 0.012482237, 0.02289667) * v0_0.y;
            a0_1 += vec4(0.07065561, 0.025944293, 0.0014435597, 0.009262399) * v0_0.z;
            a0_1 += vec4(-0.045243554, -0.005633511, 0.023493696, 0.009249902) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.045345485, 0.09474655, -0.06943947, 0.054978676) * v0_0.x;
            a0_0 += vec4(-0.009174117, -0.14775373, -0.05860814, 0.05651886) * v0_0.y;
            a0_0 += vec4(-0.009118274, -0.0027854848, 0.033663277, 0.018826002) * v0_0.z;
            a0_0 += vec4(0.042624157, 0.40488443, -0.024503676, 0.013733116) * v0_0.w;
            a0_1 += vec4(0.048096385, 0.029852595, -0.0133559285, 0.022333201) * v0_0.x;
            a0_1 += vec4(-0.026130898, -0.04073744, 0.0067113335, -0.08450368) * v0_0.y;
            a0_1 += vec4(0.02872919, 0.037127454, -0.02849763, 0.008312485) * v0_0.z;
            a0_1 += vec4(0.19058801, 0.023126625, 0.10608803, 0.0054010903) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(0.054090824, 0.00046856125, 0.30721238, 0.1362059) * v0_0.x;
            a0_0 += vec4(-0.068569876, -0.024960056, -0.28240675, 0.12252294) * v0_0.y;
            a0_0 += vec4(0.070837885, -0.07752152, 0.11132685, -0.041233696) * v0_0.z;
            a0_0 += vec4(0.0044298647, -0.02591389, -0.14131497, -0.13089809) * v0_0.w;
            a0_1 += vec4(0.2142595, 0.10368686, 0.14137582, 0.2276841) * v0_0.x;
            a0_1 += vec4(-0.2762845, 0.0638718, -0.02803275, -0.25499943) * v0_0.y;
            a0_1 += vec4(0.08047295, 0.2840706, 0.043346327, 0.42839414) * v0_0.z;
            a0_1 += vec4(0.028717794, -0.03153078, -0.04262977, -0.25685337) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.0047843037, 0.029245751, -0.07881148, 0.08345751) * v0_0.x;
            a0_0 += vec4(0.009018998, -0.00029674076, 0.050434228, 0.0073297) * v0_0.y;
            a0_0 += vec4(-0.012123766, -0.08651535, 0.103444204, -0.030845152) * v0_0.z;
            a0_0 += vec4(0.024352966, 0.048987303, 0.026123606, -0.10305901) * v0_0.w;
            a0_1 += vec4(-0.021053022, 0.028336195, -0.008409941, 0.06323808) * v0_0.x;
            a0_1 += vec4(0.012621629, -0.048663706, -0.007692989, -0.008808492) * v0_0.y;
            a0_1 += vec4(-0.074138805, -0.019989787, -0.060010724, 0.026547564) * v0_0.z;
            a0_1 += vec4(-0.05273946, 0.0060660257, 0.07014408, 0.019586938) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.062391043, 0.00033705082, 0.03076704, -0.016758792) * v0_0.x;
            a0_0 += vec4(0.0022186157, 0.03866735, 0.040886477, -0.020763757) * v0_0.y;
            a0_0 += vec4(-0.017459437, -0.1524573, 0.00772104, 0.01819153) * v0_0.z;
            a0_0 += vec4(0.08693081, 0.27039582, 0.030538807, -0.15906724) * v0_0.w;
            a0_1 += vec4(-0.02078598, 0.045829583, -0.14027956, -0.012883261) * v0_0.x;
            a0_1 += vec4(0.020552302, 0.07820469, -0.12777452, 0.1382588) * v0_0.y;
            a0_1 += vec4(0.014396063, -0.00068621116, -0.04793995, 0.011032088) * v0_0.z;
            a0_1 += vec4(0.20897827, 0.0822608, 0.021842653, 0.057548907) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.018527227, 0.04462623, -0.052682225, 0.015176739) * v0_0.x;
            a0_0 += vec4(0.18499543, -0.054205116, 0.13735813, 0.046176717) * v0_0.y;
            a0_0 += vec4(-0.06778874, -0.13747382, 0.011973823, 0.06718452) * v0_0.z;
            a0_0 += vec4(-0.009913105, -0.122881696, 0.066367164, 0.017406069) * v0_0.w;
            a0_1 += vec4(-0.032614954, -0.105935656, 0.17362007, -0.09422867) * v0_0.x;
            a0_1 += vec4(0.14629605, 0.20561257, 0.027214428, 0.32978624) * v0_0.y;
            a0_1 += vec4(-0.027780017, -0.2749673, -0.03141362, -0.007930343) * v0_0.z;
            a0_1 += vec4(-0.06896758, -0.1809557, -0.2074018, -0.052662022) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.03978319, -0.05712093, -0.07798799, -0.014469282) * v0_0.x;
            a0_0 += vec4(-0.018711641, 0.00088872586, 0.0131670525, -0.004277697) * v0_0.y;
            a0_0 += vec4(0.0032192068, -0.031519994, -0.0057276185, 0.08477646) * v0_0.z;
            a0_0 += vec4(-0.0074445987, 0.032388695, -0.014035215, 0.059175678) * v0_0.w;
            a0_1 += vec4(-0.009896517, 0.044701114, -0.09129433, 0.010653113) * v0_0.x;
            a0_1 += vec4(-0.01603519, 0.12504293, -0.046071548, 0.30467135) * v0_0.y;
            a0_1 += vec4(0.012440922, -0.055328626, 0.029698366, -0.027931482) * v0_0.z;
            a0_1 += vec4(0.01550809, -0.023697475, 0.010139957, -0.032961883) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.01083501, -0.013205528, 0.02171723, 0.03952358) * v0_0.x;
            a0_0 += vec4(-0.0072034732, 0.048146565, 0.009342348, -0.018610718) * v0_0.y;
            a0_0 += vec4(0.04162874, 0.055757895, 0.023857849, -0.0023682597) * v0_0.z;
            a0_0 += vec4(0.006735038, -0.027995862, -0.02188188, -0.073906764) * v0_0.w;
            a0_1 += vec4(0.02400641, -0.030053487, 0.029978657, -0.011472378) * v0_0.x;
            a0_1 += vec4(-0.015705207, 0.0020864124, 0.012621335, -0.0015994518) * v0_0.y;
            a0_1 += vec4(-0.038646378, 0.08283212, -0.14588745, -0.069090776) * v0_0.z;
            a0_1 += vec4(-0.0253787, 0.08982443, 0.12616988, 0.19617043) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(0.020816028, -0.07236795, 0.010545047, -0.10577178) * v0_0.x;
            a0_0 += vec4(-0.004693639, -0.106242865, -0.03869585, -0.0023009356) * v0_0.y;
            a0_0 += vec4(-0.012141896, 0.0182246, 0.030711, 0.04527034) * v0_0.z;
            a0_0 += vec4(-0.015984364, 0.018912438, -0.022966016, -0.037378892) * v0_0.w;
            a0_1 += vec4(-0.041714545, 0.09706045, -0.004786727, 0.11758148) * v0_0.x;
            a0_1 += vec4(0.0064028953, 0.015090976, -0.014620722, -0.013272027) * v0_0.y;
            a0_1 += vec4(0.056923486, -0.15268135, 0.10741715, -0.026256103) * v0_0.z;
            a0_1 += vec4(-0.022867711, 0.19453919, 0.16719228, 0.02380112) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.03574745, -0.098603316, -0.039416097, 0.004244213) * v0_0.x;
            a0_0 += vec4(-0.012500202, 0.06638324, 0.006413618, 0.020164093) * v0_0.y;
            a0_0 += vec4(0.010199427, -0.01930046, 0.027108775, -0.025017312) * v0_0.z;
            a0_0 += vec4(-0.005244926, -0.08917895, 0.09999863, -0.037757203) * v0_0.w;
            a0_1 += vec4(0.023517817, -0.13354391, -0.0037430539, 0.017306717) * v0_0.x;
            a0_1 += vec4(0.015342763, 0.074930035, 0.023201792, -0.024335487) * v0_0.y;
            a0_1 += vec4(-0.013311295, -0.1150749, -0.007604741, -0.042021632) * v0_0.z;
            a0_1 += vec4(-0.030143825, 0.08355529, -0.043661103, -0.0038049892) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.014028899, -0.0130630415, 0.0023326976, -0.03877837) * v0_0.x;
            a0_0 += vec4(-0.031694643, 0.033852294, 0.01874934, 0.066198945) * v0_0.y;
            a0_0 += vec4(0.007474204, -0.025111675, -0.028084328, -0.0065908534) * v0_0.z;
            a0_0 += vec4(-0.00590667, 0.058012716, -0.019149536, -0.17256194) * v0_0.w;
            a0_1 += vec4(0.01569501, -0.14677982, 0.08849391, 0.39460534) * v0_0.x;
            a0_1 += vec4(0.11121792, -0.056983557, 0.053217273, -0.2879503) * v0_0.y;
            a0_1 += vec4(0.067050174, -0.13749118, 0.0906637, 0.17839515) * v0_0.z;
            a0_1 += vec4(-0.12297249, -0.010817937, 0.26691332, -0.021792648) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.14539951, 0.03998901, -0.11717134, -0.058644366) * v0_0.x;
            a0_0 += vec4(0.006408735, 0.04666625, 0.049062427, -0.02491412) * v0_0.y;
            a0_0 += vec4(-0.28878614, -0.041233588, -0.092074364, -0.14267835) * v0_0.z;
            a0_0 += vec4(-0.08365703, 0.0406808, 0.21130432, 0.2682896) * v0_0.w;
            a0_1 += vec4(-0.01561178, 0.3136138, 0.025481842, 0.063206874) * v0_0.x;
            a0_1 += vec4(0.0053315097, 0.085575454, -0.08153937, 0.0733605) * v0_0.y;
            a0_1 += vec4(-0.062703975, -0.18080904, -0.07564181, -0.12950756) * v0_0.z;
            a0_1 += vec4(0.10764349, -0.21262601, 0.349146, 0.13234591) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.02708198, -0.015422843, -0.06906002, 0.042163003) * v0_0.x;
            a0_0 += vec4(0.02414785, -0.048834134, -0.22201012, -0.0021014155) * v0_0.y;
            a0_0 += vec4(-0.029413834, -0.019117769, -0.045291685, -0.04816397) * v0_0.z;
            a0_0 += vec4(-0.030427815, -0.072023846, -0.18592322, 0.033404402) * v0_0.w;
            a0_1 += vec4(0.03953356, -0.08297436, 0.06468856, 0.068263195) * v0_0.x;
            a0_1 += vec4(0.0013706506, 0.035552897, 0.033942375, -0.1047216) * v0_0.y;
            a0_1 += vec4(-0.015826162, 0.0765416, 0.031275272, -0.036474463) * v0_0.z;
            a0_1 += vec4(0.0045872545, 0.14914781, 0.0010758708, 0.00592594) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.01480917, -0.09777779, -0.0043074386, -0.011114537) * v0_0.x;
            a0_0 += vec4(0.057193402, -0.0999652, -0.0025167288, -0.022626963) * v0_0.y;
            a0_0 += vec4(0.047978405, 0.04829804, -0.015542103, -0.0036211882) * v0_0.z;
            a0_0 += vec4(0.036602892, -0.016875776, 0.007938298, -0.04066141) * v0_0.w;
            a0_1 += vec4(-0.025000282, -0.15813701, 0.0519935, 0.20247252) * v0_0.x;
            a0_1 += vec4(-0.06564599, 0.05463698, -0.057924747, 0.017237851) * v0_0.y;
            a0_1 += vec4(-0.003947944, -0.05726331, 0.033640172, 0.0063196914) * v0_0.z;
            a0_1 += vec4(-0.05535237, 0.085298754, 0.0078039947, 0.059405714) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.1538022, 0.017257746, -0.013787097, 0.017655334) * v0_0.x;
            a0_0 += vec4(0.11901589, -0.07126396, -0.014715636, 0.07018272) * v0_0.y;
            a0_0 += vec4(0.02493138, -0.01330049, 0.02054418, -0.0057723266) * v0_0.z;
            a0_0 += vec4(0.047818337, -0.05447998, -0.058911216, 0.0051705465) * v0_0.w;
            a0_1 += vec4(0.031319655, 0.10970675, -0.0139634665, 0.15957037) * v0_0.x;
            a0_1 += vec4(-0.045529045, -0.085457146, 0.018284436, -0.04103284) * v0_0.y;
            a0_1 += vec4(-0.00945746, 0.0026015304, -0.010887531, -0.06979818) * v0_0.z;
            a0_1 += vec4(-0.03884228, 0.099270575, 0.054990254, -0.055025492) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.017634943, -0.03843806, -0.0139824925, -0.022553438) * v0_0.x;
            a0_0 += vec4(-0.011063969, 0.068129465, 0.08750126, 0.006165332) * v0_0.y;
            a0_0 += vec4(0.013532302, 0.010584766, -0.0029774788, -0.007267035) * v0_0.z;
            a0_0 += vec4(0.030596418, -0.039675947, 0.13740534, 0.017895224) * v0_0.w;
            a0_1 += vec4(-0.008159392, 0.062612526, 0.017000064, 0.008448395) * v0_0.x;
            a0_1 += vec4(-0.022207238, -0.05284995, -0.0045499234, -0.018014405) * v0_0.y;
            a0_1 += vec4(-0.0041577164, 0.07368823, 0.0012046184, -0.038139135) * v0_0.z;
            a0_1 += vec4(-0.009365521, 0.042610925, -0.036690906, 0.000729563) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.0034388818, -0.22251937, 0.015777363, -0.021770088) * v0_1.x;
            a0_0 += vec4(0.017489126, 0.03589511, -0.0916312, 0.11796661) * v0_1.y;
            a0_0 += vec4(-0.0035037077, 0.18664715, -0.027220918, -0.025669707) * v0_1.z;
            a0_0 += vec4(0.04000356, 0.19243294, 0.02600755, -0.025025833) * v0_1.w;
            a0_1 += vec4(0.028379917, 0.011210592, 0.019203654, 0.11054584) * v0_1.x;
            a0_1 += vec4(-0.047909312, 9.788465e-05, 0.02348728, -0.0037367179) * v0_1.y;
            a0_1 += vec4(0.008654384, -0.077300586, -0.010734743, 0.012730441) * v0_1.z;
            a0_1 += vec4(-0.014930329, -0.025063215, 0.012640007, 0.049787458) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.059549175, -0.16614975, 0.21939614, 0.043308586) * v0_1.x;
            a0_0 += vec4(-0.10604001, -0.07033872, -0.14174762, 0.15222417) * v0_1.y;
            a0_0 += vec4(-0.29018486, 0.18095215, -0.06730326, -0.2907948) * v0_1.z;
            a0_0 += vec4(-0.01268461, 0.042411525, -0.0032481707, -0.004444033) * v0_1.w;
            a0_1 += vec4(0.2915809, -0.096177585, -0.023518667, 0.15956287) * v0_1.x;
            a0_1 += vec4(-0.026792454, -0.076637276, 0.008837276, -0.21254142) * v0_1.y;
            a0_1 += vec4(-0.12555294, -0.17625237, 0.1897836, -0.35824615) * v0_1.z;
            a0_1 += vec4(0.05468509, -0.033178657, 0.070616506, -0.098863155) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.04943294, 0.020744942, 0.001127501, 0.06722202) * v0_1.x;
            a0_0 += vec4(0.016904969, 0.096810736, -0.08340058, 0.012369877) * v0_1.y;
            a0_0 += vec4(-0.07199274, 0.033250358, -0.15037698, 0.1194357) * v0_1.z;
            a0_0 += vec4(0.019775502, 0.047764156, -0.08906369, -0.043471884) * v0_1.w;
            a0_1 += vec4(-0.016640538, 0.037484664, 0.028590482, 0.16368777) * v0_1.x;
            a0_1 += vec4(-0.11102847, -0.016844792, 0.027420374, -0.008949887) * v0_1.y;
            a0_1 += vec4(0.12293318, 0.109256506, 0.266119, -0.24282989) * v0_1.z;
            a0_1 += vec4(-0.043449447, -0.032302603, -0.011179436, -0.15413104) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.0005035524, -0.23813362, 0.00093171897, 0.043691058) * v0_1.x;
            a0_0 += vec4(0.026167134, -0.16768363, -0.10153279, 0.050802443) * v0_1.y;
            a0_0 += vec4(-0.010336683, -0.3315735, 0.010909711, 0.016040836) * v0_1.z;
            a0_0 += vec4(-0.026837667, 0.22961362, -0.029229645, -0.02952048) * v0_1.w;
            a0_1 += vec4(-0.01972686, 0.013956036, 0.023198597, -0.03308292) * v0_1.x;
            a0_1 += vec4(-0.041099463, -0.0336348, -0.013545791, -0.0008662928) * v0_1.y;
            a0_1 += vec4(-0.016514443, -0.12550876, -0.07553051, -0.021900078) * v0_1.z;
            a0_1 += vec4(-0.05558041, 0.034059007, 0.06549839, -0.05871351) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.06502538, 0.14627588, -0.23347846, 0.3320102) * v0_1.x;
            a0_0 += vec4(0.0016062058, 0.072593614, -0.21032543, 0.27012083) * v0_1.y;
            a0_0 += vec4(0.16581939, 0.22792867, -0.14786328, 0.03359701) * v0_1.z;
            a0_0 += vec4(0.13694751, -0.14298105, -0.05472996, -0.042857062) * v0_1.w;
            a0_1 += vec4(-0.23278229, 0.047352415, 0.07494679, -0.29979485) * v0_1.x;
            a0_1 += vec4(-0.1302117, -0.1902857, 0.083591044, -0.059333637) * v0_1.y;
            a0_1 += vec4(-0.1672969, -0.46168566, 0.38621432, -0.3404379) * v0_1.z;
            a0_1 += vec4(0.23329675, 0.034085, -0.10168409, 0.11679009) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.07553243, 0.08353711, -0.023384081, 0.1039068) * v0_1.x;
            a0_0 += vec4(-0.059030533, 0.035383586, -0.18214476, 0.11393003) * v0_1.y;
            a0_0 += vec4(0.14167774, 0.3084042, 0.021511517, -0.06643137) * v0_1.z;
            a0_0 += vec4(-0.02965274, 0.030708699, 0.08792437, -0.20370322) * v0_1.w;
            a0_1 += vec4(-0.00012295214, 0.025385812, 0.054497138, -0.113505885) * v0_1.x;
            a0_1 += vec4(-0.025128443, 0.01302705, 0.05143675, 0.031367294) * v0_1.y;
            a0_1 += vec4(-0.015637888, -0.16113235, 0.05322388, 0.16249835) * v0_1.z;
            a0_1 += vec4(-0.06623687, -0.06481244, 0.05881237, -0.0005509477) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.016985402, -0.11716031, -0.012229469, -0.06267599) * v0_1.x;
            a0_0 += vec4(-0.019581117, -0.17806175, -0.007790088, -0.042735703) * v0_1.y;
            a0_0 += vec4(0.041139144, 0.23682407, 0.03239123, -0.0019922866) * v0_1.z;
            a0_0 += vec4(0.048376363, 0.10858235, -0.019264022, -0.025549449) * v0_1.w;
            a0_1 += vec4(0.008287356, 0.05481202, -0.0031455504, 0.03494167) * v0_1.x;
            a0_1 += vec4(-0.009636335, 0.014740706, -0.018926574, 0.014098675) * v0_1.y;
            a0_1 += vec4(0.05158682, 0.08743864, -0.053138684, -0.023413943) * v0_1.z;
            a0_1 += vec4(0.017271196, -0.06987205, -0.0035899857, -0.047700323) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.11800596, 0.3079564, -0.003688073, -0.027492886) * v0_1.x;
            a0_0 += vec4(0.09356869, 0.20233992, -0.053107467, -0.001968934) * v0_1.y;
            a0_0 += vec4(0.06199058, 0.08166848, 0.022896048, -0.022796337) * v0_1.z;
            a0_0 += vec4(-0.039976187, -0.2079883, -0.057612967, -0.013818615) * v0_1.w;
            a0_1 += vec4(-0.038841106, 0.2481033, 0.036087137, 0.09782248) * v0_1.x;
            a0_1 += vec4(-0.011248842, 0.011795868, 0.09937443, -0.034050684) * v0_1.y;
            a0_1 += vec4(-0.022367714, 0.16136482, 0.13208714, 0.0888113) * v0_1.z;
            a0_1 += vec4(-0.061618242, -0.18804665, 0.0031957757, -0.04843446) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.014574165, -0.0384134, 0.04750934, -0.03633887) * v0_1.x;
            a0_0 += vec4(-0.02541977, -0.011050764, -0.014376186, -0.055349994) * v0_1.y;
            a0_0 += vec4(0.009267849, -0.060408834, -0.008768118, 0.030549001) * v0_1.z;
            a0_0 += vec4(0.033920042, 0.047876347, -0.06073797, -0.0010981291) * v0_1.w;
            a0_1 += vec4(0.022460306, 0.08452179, -0.058385942, 0.0013175992) * v0_1.x;
            a0_1 += vec4(-0.03691133, 0.07601965, -0.09082835, 0.014730101) * v0_1.y;
            a0_1 += vec4(0.004300361, -0.036070473, 0.048449922, -0.023776386) * v0_1.z;
            a0_1 += vec4(0.023770131, 0.008518323, 0.11813234, 0.00757947) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.020158121, -0.09850521, -0.01808786, -0.046930075) * v0_1.x;
            a0_0 += vec4(-0.027790267, -0.103127845, 0.01063326, 0.072075725) * v0_1.y;
            a0_0 += vec4(-0.017249933, 0.022990294, -0.044194583, -0.022566233) * v0_1.z;
            a0_0 += vec4(-0.018338412, 0.024666967, -0.012920887, 0.002205528) * v0_1.w;
            a0_1 += vec4(-0.018023018, -0.22268036, -0.010118457, 0.12083423) * v0_1.x;
            a0_1 += vec4(0.08868193, -0.08723853, 0.054014914, -0.07871126) * v0_1.y;
            a0_1 += vec4(0.0014852068, -0.27475482, 0.1344719, 0.35642904) * v0_1.z;
            a0_1 += vec4(-0.039651792, 0.1442475, -0.12684906, -0.10184133) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.0043274807, -0.025987314, -0.0048197987, -0.14275232) * v0_1.x;
            a0_0 += vec4(-0.0032608795, -0.09790321, -0.030660104, -0.05750191) * v0_1.y;
            a0_0 += vec4(-0.07502013, -0.02613252, -0.025338776, 0.17625573) * v0_1.z;
            a0_0 += vec4(-0.015900005, -0.005271009, 0.066648126, -0.0234273) * v0_1.w;
            a0_1 += vec4(-0.0062152115, -0.14542343, 0.0689232, -0.12393639) * v0_1.x;
            a0_1 += vec4(-0.06774685, -0.06895931, 0.021166941, 0.17175993) * v0_1.y;
            a0_1 += vec4(-0.46087044, 0.86618984, -0.2544583, -0.031175148) * v0_1.z;
            a0_1 += vec4(0.014467316, -0.23921335, 0.15917084, 0.0762022) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.039598502, -0.03328797, 0.32940257, -0.04562815) * v0_1.x;
            a0_0 += vec4(-0.0353374, -0.04504794, -0.21068643, 0.008190476) * v0_1.y;
            a0_0 += vec4(0.073044285, 0.06614034, -0.16404161, -0.3555844) * v0_1.z;
            a0_0 += vec4(-0.0038737059, 0.05293928, 0.14013302, 0.05310725) * v0_1.w;
            a0_1 += vec4(0.004867307, 0.11595519, -0.13230495, 0.10551799) * v0_1.x;
            a0_1 += vec4(-0.013391747, 0.19720493, -0.101588905, 0.003120132) * v0_1.y;
            a0_1 += vec4(-0.2507478, 0.7528746, -0.19852473, -0.1611645) * v0_1.z;
            a0_1 += vec4(0.024158075, 0.020770704, -0.05832225, -0.06270948) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.03245594, -0.0006681101, 0.028493475, 0.013937221) * v0_1.x;
            a0_0 += vec4(0.022651397, -0.060017616, 0.00045232504, 0.039613184) * v0_1.y;
            a0_0 += vec4(-0.016315138, -0.07699356, 0.03116988, -0.0013970529) * v0_1.z;
            a0_0 += vec4(-0.018040176, -0.0078056287, 0.009626658, -0.005372535) * v0_1.w;
            a0_1 += vec4(-0.0050929687, 0.0863073, -0.0054171965, -0.26847932) * v0_1.x;
            a0_1 += vec4(0.019065605, -0.010229373, 0.0005582388, -0.06430581) * v0_1.y;
            a0_1 += vec4(-0.070207946, -0.015083051, 0.08486984, -0.043621033) * v0_1.z;
            a0_1 += vec4(-0.04721619, 0.06524787, -0.049205672, -0.17376764) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.015245987, -0.081190355, 0.042198323, 0.12110874) * v0_1.x;
            a0_0 += vec4(0.3102424, -0.0781962, -0.048363935, 0.19533187) * v0_1.y;
            a0_0 += vec4(0.060880117, 0.03948593, -0.0036099968, 0.0745693) * v0_1.z;
            a0_0 += vec4(0.073447965, -0.05394071, 0.04728113, 0.11637924) * v0_1.w;
            a0_1 += vec4(0.0899495, -0.10129062, -0.16424108, -0.04958253) * v0_1.x;
            a0_1 += vec4(0.03987438, -0.22187415, -0.13767736, -0.08229199) * v0_1.y;
            a0_1 += vec4(-0.19647618, 0.2683044, 0.16675515, 0.14442638) * v0_1.z;
            a0_1 += vec4(-0.13335909, 0.0024356258, 0.04635373, 0.07521537) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.026860232, -0.08676453, 0.05316562, 0.005580267) * v0_1.x;
            a0_0 += vec4(0.119789205, -0.10438388, 0.2348632, 0.09106093) * v0_1.y;
            a0_0 += vec4(-0.067379184, 0.03127854, -0.0292501, -0.016699823) * v0_1.z;
            a0_0 += vec4(-0.025111338, 0.0058932444, 0.018528486, 0.005884707) * v0_1.w;
            a0_1 += vec4(0.021234225, -0.007909786, 0.063831486, 0.04684496) * v0_1.x;
            a0_1 += vec4(0.021934262, 0.056450114, 0.038840026, 0.10748965) * v0_1.y;
            a0_1 += vec4(-0.03119394, 0.27394497, -0.12684338, -0.07638854) * v0_1.z;
            a0_1 += vec4(-0.023557354, -0.027721949, -0.10537403, -0.031434588) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.014241679, -0.03549539, -0.0047758385, 0.0024502946) * v0_1.x;
            a0_0 += vec4(0.00646248, -0.0824427, -0.011903519, 0.0036518613) * v0_1.y;
            a0_0 += vec4(0.023506565, -0.083743975, -0.01732398, -0.016005794) * v0_1.z;
            a0_0 += vec4(0.041228626, 0.051526003, -0.015401267, 0.0075635584) * v0_1.w;
            a0_1 += vec4(0.016883172, 0.07640007, 0.016733358, -0.07860764) * v0_1.x;
            a0_1 += vec4(0.005891939, -0.033956338, 0.044089694, 0.029401427) * v0_1.y;
            a0_1 += vec4(0.014568519, 0.014736637, 0.07419951, 0.12602183) * v0_1.z;
            a0_1 += vec4(0.001177508, 0.026857853, -0.004555376, -0.061354365) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(1.5450622e-06, -0.034358263, -0.005129755, 0.009393682) * v0_1.x;
            a0_0 += vec4(0.049481627, -0.0407186, 0.007249781, 0.040843047) * v0_1.y;
            a0_0 += vec4(-0.042809896, -0.044957284, 0.0230393, -0.010794798) * v0_1.z;
            a0_0 += vec4(0.15940621, 0.02652011, 0.0049234307, -0.01672704) * v0_1.w;
            a0_1 += vec4(-0.0029344645, 0.0021290176, -0.061407614, 0.057441633) * v0_1.x;
            a0_1 += vec4(0.018483112, 0.11891605, -0.040536378, 0.049786873) * v0_1.y;
            a0_1 += vec4(-0.045275364, 0.06532136, 0.019390369, 0.046174325) * v0_1.z;
            a0_1 += vec4(0.0038830922, 0.044246383, 0.033863187, -0.094401844) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.019379763, -0.09619411, 0.015969643, 0.00918782) * v0_1.x;
            a0_0 += vec4(0.04712389, 0.022143684, 0.025466282, 0.0108416155) * v0_1.y;
            a0_0 += vec4(-0.051184606, -0.016457088, 0.05162733, 0.030954542) * v0_1.z;
            a0_0 += vec4(0.07769302, 0.038485624, 0.030722763, -0.00725257) * v0_1.w;
            a0_1 += vec4(0.004250417, -0.19011125, 0.024171567, 0.030616688) * v0_1.x;
            a0_1 += vec4(-0.0009285442, -0.13717915, -0.005568848, 0.064350225) * v0_1.y;
            a0_1 += vec4(-0.011079808, 0.14001597, 0.012137072, -0.015471606) * v0_1.z;
            a0_1 += vec4(0.0053901244, 0.21411322, 0.02529913, 0.0011231042) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.006544937, 0.20037472, 0.05033, -0.041819345) * v0_2.x;
            a0_0 += vec4(-0.015686484, -0.28013623, 0.018032836, -0.0040389886) * v0_2.y;
            a0_0 += vec4(-0.009043295, 0.042341605, 0.008686977, -0.053913094) * v0_2.z;
            a0_0 += vec4(0.011873743, -0.12808876, 0.015899561, -0.008667955) * v0_2.w;
            a0_1 += vec4(-4.6390644e-05, 0.007916008, -0.034629934, 0.05132497) * v0_2.x;
            a0_1 += vec4(0.04577068, 0.042978056, 0.03687802, 0.0074186316) * v0_2.y;
            a0_1 += vec4(0.01617834, 0.019615643, -0.012439609, -0.012771611) * v0_2.z;
            a0_1 += vec4(0.009521936, -0.019483749, 0.025724342, 0.03006194) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.02852179, -0.11842061, 0.115211405, -0.08087732) * v0_2.x;
            a0_0 += vec4(-0.04863151, 0.03568601, -0.14492416, 0.041267157) * v0_2.y;
            a0_0 += vec4(0.020076822, -0.09829242, 0.030316172, -0.058378298) * v0_2.z;
            a0_0 += vec4(0.032858066, -0.011191043, 0.06708765, -0.10711039) * v0_2.w;
            a0_1 += vec4(0.03434348, -0.0061711813, -0.052097272, 0.15398455) * v0_2.x;
            a0_1 += vec4(-0.20019253, -0.098319, 0.0089352885, -0.5355899) * v0_2.y;
            a0_1 += vec4(-0.00864451, -0.018339537, 0.010410758, 0.058595143) * v0_2.z;
            a0_1 += vec4(0.05815213, 0.010708401, -0.009529101, 0.07719009) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.021147534, -0.029282019, 0.03145295, 0.03709564) * v0_2.x;
            a0_0 += vec4(0.032923583, 0.025628008, 0.05886124, -0.07339989) * v0_2.y;
            a0_0 += vec4(-0.013056337, -0.00027571403, 0.038693853, 0.0026567068) * v0_2.z;
            a0_0 += vec4(-0.0074959155, -0.048250403, 0.014360964, -0.02788644) * v0_2.w;
            a0_1 += vec4(0.034309804, -0.026743265, -0.015421511, -0.028691316) * v0_2.x;
            a0_1 += vec4(0.13008156, 0.0028013894, 0.032863535, 0.016447697) * v0_2.y;
            a0_1 += vec4(0.017459905, 0.010298156, 0.006842976, -0.03940576) * v0_2.z;
            a0_1 += vec4(0.002881879, 0.02232878, 0.014156417, -0.024331298) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.0007655318, 0.33527058, 0.08791671, -0.033950493) * v0_2.x;
            a0_0 += vec4(-0.032871395, -0.26882422, -0.031202178, -0.039565343) * v0_2.y;
            a0_0 += vec4(-0.06362505, 0.07952772, 0.102085434, -0.1028801) * v0_2.z;
            a0_0 += vec4(0.07634172, -0.016678646, -0.033579424, 0.13230798) * v0_2.w;
            a0_1 += vec4(-0.036917035, -0.05445811, -0.0052488716, -0.1304934) * v0_2.x;
            a0_1 += vec4(-0.017699966, -0.5425492, 0.06660457, -0.091407195) * v0_2.y;
            a0_1 += vec4(0.0014985848, -0.040697455, 0.007729487, -0.049600273) * v0_2.z;
            a0_1 += vec4(0.08233694, -0.16426156, -0.032801367, 0.03943374) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.132355, -0.24674733, 0.13423389, 0.32768652) * v0_2.x;
            a0_0 += vec4(3.3065012e-06, -0.37074685, -0.122270614, -0.12637337) * v0_2.y;
            a0_0 += vec4(-0.08032441, 0.009011351, 0.22942197, -0.3551515) * v0_2.z;
            a0_0 += vec4(-0.027475819, 0.0030045623, 0.12694083, 0.27990055) * v0_2.w;
            a0_1 += vec4(0.23900944, -0.20509693, -0.08359304, -0.079740815) * v0_2.x;
            a0_1 += vec4(-0.25834337, -0.52895516, -0.12921919, -0.65159136) * v0_2.y;
            a0_1 += vec4(0.013416304, -0.0055010784, -0.028395982, -0.09397283) * v0_2.z;
            a0_1 += vec4(-0.015769552, -0.07127774, -0.05852494, -0.08654528) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.023728292, -0.03154482, 0.09700635, -0.008571529) * v0_2.x;
            a0_0 += vec4(-0.1625927, -0.05563605, -0.07958493, -0.1376181) * v0_2.y;
            a0_0 += vec4(0.021673266, -0.04591957, 0.19080557, -0.09853852) * v0_2.z;
            a0_0 += vec4(0.022094866, -0.047617644, -0.05100719, 0.050611723) * v0_2.w;
            a0_1 += vec4(-0.056234617, -0.10241435, 0.019168172, -0.0056578577) * v0_2.x;
            a0_1 += vec4(-0.08265089, -0.3069197, 0.012041601, -0.67089635) * v0_2.y;
            a0_1 += vec4(-0.06044606, 0.09445191, 0.10352455, 0.12538698) * v0_2.z;
            a0_1 += vec4(0.100340895, -0.074211754, -0.048824742, -0.19160897) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.017482402, 0.35230842, -0.029921815, 0.0870144) * v0_2.x;
            a0_0 += vec4(-0.039402463, -0.29561433, -0.032131974, 0.013368336) * v0_2.y;
            a0_0 += vec4(0.028527563, 0.08090538, 0.0049523516, 0.016600365) * v0_2.z;
            a0_0 += vec4(-0.038189407, -0.21114638, 0.03908797, -0.00045737863) * v0_2.w;
            a0_1 += vec4(0.002882114, 0.2818049, 0.118393354, 0.14363639) * v0_2.x;
            a0_1 += vec4(-0.051528692, -0.023970496, 0.0051588146, 0.032540258) * v0_2.y;
            a0_1 += vec4(0.015679443, -0.051805012, 0.06392477, -0.0664962) * v0_2.z;
            a0_1 += vec4(0.06424042, 0.04272967, -0.117686935, -0.008106264) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.0147597315, -0.027696725, 0.1006539, -0.124979205) * v0_2.x;
            a0_0 += vec4(-0.12613972, -0.18010202, 0.040683333, 0.04398686) * v0_2.y;
            a0_0 += vec4(-0.17378564, -0.099880986, 0.05311167, 0.04438637) * v0_2.z;
            a0_0 += vec4(0.31442344, 0.07070489, 0.08360837, -0.30857858) * v0_2.w;
            a0_1 += vec4(0.11797134, 0.45655525, -0.012624519, -0.0803568) * v0_2.x;
            a0_1 += vec4(-0.050741155, -0.31472182, -0.06176874, -0.045772642) * v0_2.y;
            a0_1 += vec4(-0.0013649948, -0.2081288, -0.016546978, -0.0636714) * v0_2.z;
            a0_1 += vec4(-0.008198913, 0.4061505, 0.26698568, -0.040717427) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.0482595, 0.08756133, 0.013397927, -0.13135742) * v0_2.x;
            a0_0 += vec4(-0.047784545, 0.112133294, 0.0063924794, 0.07607172) * v0_2.y;
            a0_0 += vec4(-0.019850073, -0.019522717, 0.04631542, -0.07066603) * v0_2.z;
            a0_0 += vec4(0.013587011, 0.03984567, -0.058910504, -0.008669553) * v0_2.w;
            a0_1 += vec4(-0.0323195, 0.110138424, 0.0862328, -0.048688423) * v0_2.x;
            a0_1 += vec4(0.03862147, -0.109717965, -0.0929096, 0.09991721) * v0_2.y;
            a0_1 += vec4(0.0005059013, -0.036268096, 0.17718583, -0.1122647) * v0_2.z;
            a0_1 += vec4(0.026055383, 0.0022242763, -0.012423542, -0.0039228927) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.04044038, -0.096371375, -0.021789981, -0.071445) * v0_2.x;
            a0_0 += vec4(0.0009957566, -0.105978206, -0.0143226115, -0.010027241) * v0_2.y;
            a0_0 += vec4(0.0047718785, -0.018525716, -0.016413042, -0.026458079) * v0_2.z;
            a0_0 += vec4(-0.005588679, -0.013299267, -0.021630894, 0.011111079) * v0_2.w;
            a0_1 += vec4(-0.055380687, 0.16669409, -0.0938755, 0.10752451) * v0_2.x;
            a0_1 += vec4(0.021946238, 0.05103282, 0.014277077, -0.25002837) * v0_2.y;
            a0_1 += vec4(-0.046155676, 0.08389975, -0.07493241, 0.046846) * v0_2.z;
            a0_1 += vec4(-0.037565015, -0.25558692, 0.017759074, -0.027032515) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.044821437, -0.04006827, -0.08219836, 0.012845246) * v0_2.x;
            a0_0 += vec4(0.020986784, -0.07655452, -0.024724279, -0.08059459) * v0_2.y;
            a0_0 += vec4(0.007297331, -0.07705266, -0.021004222, 0.054187544) * v0_2.z;
            a0_0 += vec4(-0.018772515, -0.058386773, 0.058217317, 0.061819173) * v0_2.w;
            a0_1 += vec4(-0.02166214, -0.045312904, 0.1094712, 0.061236303) * v0_2.x;
            a0_1 += vec4(-0.010012408, -0.5659751, -0.24484539, -0.10113387) * v0_2.y;
            a0_1 += vec4(-0.004530273, -0.12730299, 0.04622873, -0.05087922) * v0_2.z;
            a0_1 += vec4(0.029602518, 0.11414425, -0.0009816709, -0.1326802) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(0.0044753267, -0.030351259, 0.003868879, -0.036649525) * v0_2.x;
            a0_0 += vec4(0.028296432, -0.08032102, -0.6220036, -0.09046587) * v0_2.y;
            a0_0 += vec4(0.030391065, -0.04676867, 0.024380652, -0.04397051) * v0_2.z;
            a0_0 += vec4(-0.0029766718, 0.058755606, 0.003642061, 0.035753977) * v0_2.w;
            a0_1 += vec4(-0.012073087, -0.062373415, -0.016276214, 0.0040893494) * v0_2.x;
            a0_1 += vec4(-0.031947974, -0.16934228, -0.03264203, 0.116392694) * v0_2.y;
            a0_1 += vec4(-0.023850702, 0.000800109, -0.08675568, -0.03475479) * v0_2.z;
            a0_1 += vec4(0.012771642, 0.07130754, 0.023760373, 0.0076029086) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.04666091, -0.050807245, -0.00086310366, -0.10128759) * v0_2.x;
            a0_0 += vec4(-0.036126237, -0.09760189, -0.0020485597, -0.021196295) * v0_2.y;
            a0_0 += vec4(0.014236133, -0.06755122, -0.024824101, -0.014859435) * v0_2.z;
            a0_0 += vec4(0.072358176, -0.062384933, -0.00085328973, -0.09911439) * v0_2.w;
            a0_1 += vec4(-0.17638233, 0.03595908, -0.1650435, -0.14176641) * v0_2.x;
            a0_1 += vec4(-0.022237023, -0.018819911, -0.17166752, 0.00687222) * v0_2.y;
            a0_1 += vec4(-0.08570393, 0.060104117, -0.025958924, -0.12837827) * v0_2.z;
            a0_1 += vec4(0.05335692, -0.21326685, 0.13832414, 0.17622389) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.08460168, -0.012899483, 0.15668939, -0.19732508) * v0_2.x;
            a0_0 += vec4(-0.060123093, 0.06282193, 0.0050411485, -0.09242387) * v0_2.y;
            a0_0 += vec4(-0.022566162, -0.03835818, 0.11863054, 0.11179486) * v0_2.z;
            a0_0 += vec4(-0.0030568535, -0.09531466, 0.02557796, -0.13444778) * v0_2.w;
            a0_1 += vec4(-0.15794072, 0.18866552, 0.28993157, 0.0218225) * v0_2.x;
            a0_1 += vec4(-0.037377886, -0.256043, -0.2566959, -0.38136497) * v0_2.y;
            a0_1 += vec4(-0.23947175, -0.15923594, 0.0072759874, -0.034053214) * v0_2.z;
            a0_1 += vec4(0.013555624, 0.46617824, -0.06487164, -0.09585598) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.06505708, 0.05338256, 0.0006118085, -0.06960286) * v0_2.x;
            a0_0 += vec4(-0.13220876, -0.015021538, -0.6336587, -0.02202983) * v0_2.y;
            a0_0 += vec4(-0.14596632, -0.078776665, -0.3834913, -0.12987532) * v0_2.z;
            a0_0 += vec4(0.07981082, -0.05431106, 0.39070937, -0.001598135) * v0_2.w;
            a0_1 += vec4(-0.022814212, -0.05666551, -0.06700641, -0.05313354) * v0_2.x;
            a0_1 += vec4(0.0010661898, -0.42204764, 0.15316229, -0.035778888) * v0_2.y;
            a0_1 += vec4(-0.103586145, 0.041284427, -0.11302881, -0.06529739) * v0_2.z;
            a0_1 += vec4(0.021034274, -0.18391745, 0.009974232, 0.02652567) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.088688895, -0.052006915, 0.001872688, -0.01005774) * v0_2.x;
            a0_0 += vec4(-0.023486566, -0.10563882, -0.0035660893, -0.009143066) * v0_2.y;
            a0_0 += vec4(-0.0012877774, -0.097410575, 0.0036268611, -0.014035817) * v0_2.z;
            a0_0 += vec4(-0.04607928, -0.012480915, 0.007927078, 0.032361407) * v0_2.w;
            a0_1 += vec4(0.0025376459, 0.20382702, -0.12666345, 0.089404844) * v0_2.x;
            a0_1 += vec4(0.0051221945, 0.09071796, -0.031966656, -0.30140343) * v0_2.y;
            a0_1 += vec4(-0.021731537, 0.043591, -0.068466306, -0.03629854) * v0_2.z;
            a0_1 += vec4(0.03593656, -0.064715445, -0.009038506, -0.060983896) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.23370704, -0.11009587, -0.07994988, -0.0451615) * v0_2.x;
            a0_0 += vec4(-0.064652205, -0.097089745, -0.02986755, -0.009491615) * v0_2.y;
            a0_0 += vec4(-0.13273087, 0.015557675, 0.029492814, -0.112398036) * v0_2.z;
            a0_0 += vec4(-0.22572236, 0.009743795, -0.05587966, -0.071701504) * v0_2.w;
            a0_1 += vec4(-0.001579426, -0.23231557, 0.05045837, -0.10650394) * v0_2.x;
            a0_1 += vec4(-0.004394364, 0.043083694, 0.020183617, 0.087281354) * v0_2.y;
            a0_1 += vec4(-0.057550546, -0.039534494, 0.07643428, -0.10138858) * v0_2.z;
            a0_1 += vec4(-0.059534606, 0.13166727, -0.07082291, 0.058117766) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.0133471135, -0.086374104, -0.12500928, 0.010345139) * v0_2.x;
            a0_0 += vec4(-0.10274953, -0.0815484, -0.033199195, 0.0012338199) * v0_2.y;
            a0_0 += vec4(0.105033636, -0.0008189531, -0.059250694, 0.041190587) * v0_2.z;
            a0_0 += vec4(0.024323355, -0.005404571, 0.031993072, 0.0042580417) * v0_2.w;
            a0_1 += vec4(0.008781179, 0.08334107, 0.011425899, -0.055121806) * v0_2.x;
            a0_1 += vec4(-0.008902418, 0.07012958, -0.051271096, -0.07378069) * v0_2.y;
            a0_1 += vec4(-0.017613834, 0.21545696, -0.01606559, -0.08676065) * v0_2.z;
            a0_1 += vec4(0.019279307, -0.19573654, 0.009117223, 0.0025168955) * v0_2.w;
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
            a0_0 += vec4(0.047176953, 0.06546972, 0.061290484, -0.08785169) * v0_3.x;
            a0_0 += vec4(-0.0025562202, -0.097058795, -0.005496038, -0.034214366) * v0_3.y;
            a0_0 += vec4(-0.014340389, -0.12554163, 0.0039833146, 0.06317304) * v0_3.z;
            a0_0 += vec4(-0.015697563, 0.40280426, -0.08270903, 0.01913588) * v0_3.w;
            a0_1 += vec4(-0.057687134, 0.11115435, -0.03051037, 0.2550234) * v0_3.x;
            a0_1 += vec4(-0.06588612, 0.07204563, -0.0057049966, -0.003429887) * v0_3.y;
            a0_1 += vec4(0.04804781, -0.0640858, 0.00963969, -0.11559419) * v0_3.z;
            a0_1 += vec4(-0.08179765, 0.04089692, -0.0025251927, -0.1679003) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.017820647, 0.1808409, -0.013894654, 0.01266456) * v0_3.x;
            a0_0 += vec4(-0.0031195942, 0.036018193, -0.0043291138, -0.0357511) * v0_3.y;
            a0_0 += vec4(0.016819967, -0.113933586, 0.039245002, 0.01045358) * v0_3.z;
            a0_0 += vec4(0.057540763, -0.25602683, -0.022592431, 0.04708544) * v0_3.w;
            a0_1 += vec4(0.03092165, 0.07689156, -0.024868615, 0.069487825) * v0_3.x;
            a0_1 += vec4(0.058287278, -0.076148294, -0.003958981, -0.072882414) * v0_3.y;
            a0_1 += vec4(0.11731506, -0.041059308, -0.005271441, -0.1530415) * v0_3.z;
            a0_1 += vec4(0.0136738885, -0.07863047, -0.016996045, -0.0435093) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.021587303, -0.00592277, 0.000121763864, 0.0033892011) * v0_3.x;
            a0_0 += vec4(0.041231796, 0.12641995, 0.017967332, 0.021465212) * v0_3.y;
            a0_0 += vec4(0.047604345, 0.04323011, -0.051885728, -0.10163784) * v0_3.z;
            a0_0 += vec4(-0.06306999, 0.017898155, -0.017956039, 0.0015216748) * v0_3.w;
            a0_1 += vec4(-0.01146854, -0.016600708, -0.033588447, 0.0012270089) * v0_3.x;
            a0_1 += vec4(0.035951294, 0.054894537, -1.13159795e-05, 0.17634025) * v0_3.y;
            a0_1 += vec4(0.053525146, 0.021500906, -0.072299995, -0.051633034) * v0_3.z;
            a0_1 += vec4(0.002965773, -0.08495711, 0.072476394, -0.1223996) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.078702845, -0.8549312, 0.011044799, 0.0025655187) * v0_3.x;
            a0_0 += vec4(-0.10345831, -0.2555163, 0.01855684, -0.026774418) * v0_3.y;
            a0_0 += vec4(0.029036265, -0.087231815, -0.020669347, 0.020434786) * v0_3.z;
            a0_0 += vec4(0.084973276, -0.095972836, 0.0566549, -0.17423083) * v0_3.w;
            a0_1 += vec4(0.005871206, -0.105177775, -0.0791218, -0.016229464) * v0_3.x;
            a0_1 += vec4(0.07280378, -0.004122874, -0.113126144, 0.044805117) * v0_3.y;
            a0_1 += vec4(0.045362312, 0.101477936, 0.037946038, 0.04767734) * v0_3.z;
            a0_1 += vec4(-0.00034516538, 0.31684762, -0.067382894, 0.48992357) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(0.028819082, 0.064568385, 0.06841548, -0.08379316) * v0_3.x;
            a0_0 += vec4(-0.17367502, -0.118805714, -0.09016372, -0.12723123) * v0_3.y;
            a0_0 += vec4(0.18929319, -0.08041561, 0.0054725185, 0.090767704) * v0_3.z;
            a0_0 += vec4(0.043644324, -0.030495595, 0.0061680325, -0.030583985) * v0_3.w;
            a0_1 += vec4(-0.2756899, 0.0072091864, 0.03579761, -0.025060056) * v0_3.x;
            a0_1 += vec4(-0.34965304, 0.12822221, 0.19560874, -0.077734984) * v0_3.y;
            a0_1 += vec4(0.26401618, 0.09215094, -0.18350019, 0.2263465) * v0_3.z;
            a0_1 += vec4(0.07463906, 0.23723441, 0.021495258, 0.41249377) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.020270335, 0.03830618, -0.011277325, 0.08435309) * v0_3.x;
            a0_0 += vec4(-0.04558835, 0.025401825, -0.06886786, 0.06149104) * v0_3.y;
            a0_0 += vec4(-0.034091864, -0.11810014, -0.046813693, 0.031524304) * v0_3.z;
            a0_0 += vec4(0.06839769, -0.08676655, 0.040075045, -0.024072835) * v0_3.w;
            a0_1 += vec4(0.024807172, 0.030604724, -0.03160554, 0.012514526) * v0_3.x;
            a0_1 += vec4(0.08407682, -0.13079299, -0.0052058324, -0.28281787) * v0_3.y;
            a0_1 += vec4(0.051948566, -0.120411694, -0.18100208, -0.056026626) * v0_3.z;
            a0_1 += vec4(-0.0017428737, 0.21138218, 0.024954556, 0.26825067) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.057000365, -0.38540158, -0.014076238, -0.044200398) * v0_3.x;
            a0_0 += vec4(0.111268215, -0.17368038, 0.020275686, 0.06348695) * v0_3.y;
            a0_0 += vec4(-0.020360367, -0.06140743, -0.010654506, 0.0083129015) * v0_3.z;
            a0_0 += vec4(-0.5010304, 0.3049326, -0.11942746, -0.20294948) * v0_3.w;
            a0_1 += vec4(-0.07940626, 0.15188265, 0.051784057, -0.040623672) * v0_3.x;
            a0_1 += vec4(-0.014308438, -0.089954354, 0.031299967, -0.06854617) * v0_3.y;
            a0_1 += vec4(-0.046330813, -0.13673227, -0.006247856, -0.037827484) * v0_3.z;
            a0_1 += vec4(-0.11631821, -0.8061699, -0.23532005, -1.002454) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.030985683, 0.17419535, -0.0132487845, -0.015778255) * v0_3.x;
            a0_0 += vec4(-0.24990435, -0.14213361, -0.022769483, -0.0032053238) * v0_3.y;
            a0_0 += vec4(-0.08411269, -0.01908517, -0.04310704, 0.036254123) * v0_3.z;
            a0_0 += vec4(-0.17422047, -0.14021742, -0.025097467, 0.08136049) * v0_3.w;
            a0_1 += vec4(-0.013199798, 0.049193125, 0.1632797, -0.054099705) * v0_3.x;
            a0_1 += vec4(0.05546928, -0.1596701, -0.26618502, 0.07581473) * v0_3.y;
            a0_1 += vec4(0.04443022, -0.13839734, -0.17592144, 0.0397375) * v0_3.z;
            a0_1 += vec4(0.16645041, -0.25150985, -0.13356121, -0.33840844) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.00877972, 0.007853932, 0.010431558, -0.0422538) * v0_3.x;
            a0_0 += vec4(0.0219132, 0.042034097, 0.07400563, -0.010340563) * v0_3.y;
            a0_0 += vec4(-0.033042695, -0.05594977, -0.011721329, 0.015070252) * v0_3.z;
            a0_0 += vec4(-0.04482626, 0.025839189, -0.0030424611, -0.03862292) * v0_3.w;
            a0_1 += vec4(-0.028304888, 0.05541919, -0.01743208, 0.10305273) * v0_3.x;
            a0_1 += vec4(-0.004793849, 0.09517237, 0.06883767, 0.0053431964) * v0_3.y;
            a0_1 += vec4(0.04019572, -0.04500617, -0.11817994, -0.006176183) * v0_3.z;
            a0_1 += vec4(-0.017990861, -0.17088811, 0.0071092104, -0.23767042) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(0.0013994346, -0.06837961, -0.025102375, 0.025612231) * v0_3.x;
            a0_0 += vec4(-0.002886228, -0.035188034, 0.009497263, 0.04956617) * v0_3.y;
            a0_0 += vec4(0.018853564, -0.017829113, 0.014429178, 0.012447693) * v0_3.z;
            a0_0 += vec4(0.005771668, -0.093399666, -0.007896787, 0.02203381) * v0_3.w;
            a0_1 += vec4(-0.024235457, 0.25527453, -0.15874892, -0.056536045) * v0_3.x;
            a0_1 += vec4(0.017701514, -0.0040107914, -0.05249745, -0.014781824) * v0_3.y;
            a0_1 += vec4(0.016323995, -0.012834976, -0.047403287, -0.119762935) * v0_3.z;
            a0_1 += vec4(0.006082971, -0.010637851, 0.026278764, -0.21723838) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.0028603678, -0.07274729, 0.059039123, 0.017157476) * v0_3.x;
            a0_0 += vec4(-0.002110275, 0.03883774, 0.026422914, 0.022414958) * v0_3.y;
            a0_0 += vec4(-0.018913966, 0.00640773, -0.03321349, 0.051801093) * v0_3.z;
            a0_0 += vec4(-0.008502038, 0.041384976, -0.02903082, 0.040413838) * v0_3.w;
            a0_1 += vec4(0.041858945, -0.08642385, -0.10919711, -0.15835606) * v0_3.x;
            a0_1 += vec4(0.0196558, 0.0053978614, -0.030226529, 0.0073835272) * v0_3.y;
            a0_1 += vec4(0.119405404, -0.3707116, 0.26469165, -0.067286305) * v0_3.z;
            a0_1 += vec4(0.0013275777, 0.29494864, 0.19798565, 0.20371196) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.021003386, -0.06688817, 0.046146005, 0.027099816) * v0_3.x;
            a0_0 += vec4(-0.0050547775, 0.06658122, -0.115234755, 0.020772832) * v0_3.y;
            a0_0 += vec4(0.038237665, -0.015973236, 0.17125757, 0.15080918) * v0_3.z;
            a0_0 += vec4(-0.024309648, -0.031557668, 0.12372848, -0.018880576) * v0_3.w;
            a0_1 += vec4(0.03123018, -0.03964481, -0.016400093, -0.013420101) * v0_3.x;
            a0_1 += vec4(0.011345609, -0.023958415, 0.075129904, 0.028670214) * v0_3.y;
            a0_1 += vec4(0.07178742, -0.15100259, 0.057549924, 0.0057663694) * v0_3.z;
            a0_1 += vec4(-0.011026996, 0.25405392, -0.027079811, 0.008135458) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.015328117, -0.013828317, -0.04727279, 0.037072692) * v0_3.x;
            a0_0 += vec4(0.047769833, -0.10539521, -0.0132302875, 0.012750267) * v0_3.y;
            a0_0 += vec4(0.028841773, -0.012490696, -0.01268388, 0.03381839) * v0_3.z;
            a0_0 += vec4(0.006256026, -0.04213708, -0.081615455, 0.0366397) * v0_3.w;
            a0_1 += vec4(-0.078388974, 0.18629561, -0.18023401, -0.025949337) * v0_3.x;
            a0_1 += vec4(0.0109509295, -0.012847668, 0.0998278, -0.07543268) * v0_3.y;
            a0_1 += vec4(0.10949399, -0.008418669, -0.03613263, -0.034801338) * v0_3.z;
            a0_1 += vec4(-0.07420326, 0.098999076, -0.033478837, -0.3266737) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.14221717, -0.04776609, 0.29248273, -0.10310992) * v0_3.x;
            a0_0 += vec4(0.0392348, 0.022912111, -0.01991929, 0.08570591) * v0_3.y;
            a0_0 += vec4(0.00038357486, 0.051011663, 0.0572705, -0.13345142) * v0_3.z;
            a0_0 += vec4(0.030156648, 0.023023918, 0.15148051, 0.17381103) * v0_3.w;
            a0_1 += vec4(-0.057539783, -0.15052891, -0.54861397, -0.10363378) * v0_3.x;
            a0_1 += vec4(0.05402106, -0.45087954, -0.07335091, 0.111176655) * v0_3.y;
            a0_1 += vec4(0.27929747, -0.2028497, 0.1893921, 0.0875546) * v0_3.z;
            a0_1 += vec4(-0.0365288, 0.072757944, 0.31756896, 0.06242136) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.02596927, -0.068958506, -0.046814606, -0.050394855) * v0_3.x;
            a0_0 += vec4(0.046611857, 0.008979287, -0.30064848, -0.0023000767) * v0_3.y;
            a0_0 += vec4(0.09949388, 0.043234073, -0.116611056, 0.13711512) * v0_3.z;
            a0_0 += vec4(-0.042148784, 0.054749742, -0.16850804, 0.04142267) * v0_3.w;
            a0_1 += vec4(-0.013704621, -0.17614125, 0.03911541, -0.00017532289) * v0_3.x;
            a0_1 += vec4(0.0067429147, -0.14264733, -0.08522978, 0.015170842) * v0_3.y;
            a0_1 += vec4(0.095153235, -0.23932184, 0.16221853, 0.07148039) * v0_3.z;
            a0_1 += vec4(-0.029124409, -0.13477075, -0.006440073, 0.04786291) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.08161432, -0.07602858, -0.015840046, 0.013777974) * v0_3.x;
            a0_0 += vec4(0.0026979486, 0.07105437, 0.021291763, 0.010337297) * v0_3.y;
            a0_0 += vec4(0.04458804, 0.018306274, 0.017809602, 0.024937486) * v0_3.z;
            a0_0 += vec4(0.072553195, -0.07977882, 0.053772118, -0.035464216) * v0_3.w;
            a0_1 += vec4(-0.0009950326, 0.012303017, -0.025330728, -0.20560485) * v0_3.x;
            a0_1 += vec4(-0.019842902, 0.10210815, -0.007610416, -0.07080631) * v0_3.y;
            a0_1 += vec4(0.0054788617, 0.014626018, -0.020641312, -0.05595626) * v0_3.z;
            a0_1 += vec4(-0.03600435, -0.26272658, -0.26962242, -0.11484998) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.028709304, -0.022457212, 0.08779636, 0.0057748095) * v0_3.x;
            a0_0 += vec4(0.112574026, -0.038724136, 0.008563079, 0.013568348) * v0_3.y;
            a0_0 += vec4(0.16295987, 0.018681744, -0.025352206, 0.03788631) * v0_3.z;
            a0_0 += vec4(0.15554075, 0.020520987, 0.0998091, 0.0074922573) * v0_3.w;
            a0_1 += vec4(0.004385065, 0.10421658, -0.047686987, 0.03491564) * v0_3.x;
            a0_1 += vec4(0.004855821, -0.111317754, 0.092621565, -0.02201178) * v0_3.y;
            a0_1 += vec4(0.048912246, -0.16542295, -0.01776309, 0.09115785) * v0_3.z;
            a0_1 += vec4(-0.007184291, -0.12095103, 0.1376195, -0.01581858) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.029526303, 0.0025282714, -0.088060245, -0.015813017) * v0_3.x;
            a0_0 += vec4(0.029920185, -0.10505919, 0.04108355, 0.00897648) * v0_3.y;
            a0_0 += vec4(-0.101660796, 0.0007604975, -0.03198941, -0.043820553) * v0_3.z;
            a0_0 += vec4(-0.010520588, 0.07659737, 0.12798415, 0.025953313) * v0_3.w;
            a0_1 += vec4(0.005102185, -0.05795764, -0.00033205023, -0.0069221654) * v0_3.x;
            a0_1 += vec4(0.008030218, 0.08920834, -0.034672797, 0.044737794) * v0_3.y;
            a0_1 += vec4(0.00018649735, -0.18196213, -0.020412631, -0.021360455) * v0_3.z;
            a0_1 += vec4(0.0069087883, 0.2503944, -0.0019101449, -0.027599907) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DN compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L4
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
        a0_0 = vec4(0.00038265274, 8.510565e-05, 0.00030244264, 4.525528e-05);
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
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.014750142, 0.00018679044, -0.002626029, -0.0029373222) * v0_0.x;
        a0_0 += vec4(3.4560693e-05, -0.0015812734, 0.00020048843, -0.0008698795) * v0_0.y;
        a0_0 += vec4(0.0017741522, 0.0015754347, 0.0019949444, 0.0015171615) * v0_0.z;
        a0_0 += vec4(-0.0030385214, -0.0020526086, -0.0002656396, 6.713868e-05) * v0_0.w;
    }
    {   // tap (-1, -2)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.023806496, 0.008054507, 0.0037936447, -0.0076198177) * v0_0.x;
        a0_0 += vec4(-0.0001859906, -0.002095567, -0.002656408, -0.0006584293) * v0_0.y;
        a0_0 += vec4(0.0009449262, 0.0028780955, 0.0029792718, 0.00029141872) * v0_0.z;
        a0_0 += vec4(-0.0034616252, -0.0033285585, -0.0027819988, 0.0004922066) * v0_0.w;
    }
    {   // tap (0, -2)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.020235179, 0.003981361, -0.005375478, 0.0048745014) * v0_0.x;
        a0_0 += vec4(0.031371407, -0.007893518, 0.013951588, -0.00031534466) * v0_0.y;
        a0_0 += vec4(0.01666584, -0.0016273307, 0.002568562, -0.0023602694) * v0_0.z;
        a0_0 += vec4(0.0042056143, -0.0028973888, -0.00010393753, -0.0034542945) * v0_0.w;
    }
    {   // tap (1, -2)
        vec4 v0_0 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.006015724, -0.03360249, 0.0064381333, -0.0066493694) * v0_0.x;
        a0_0 += vec4(-0.028395446, 0.011981009, -0.020750506, 0.0128481295) * v0_0.y;
        a0_0 += vec4(-0.00012808522, 0.0037013828, 0.0049015167, 0.0053623314) * v0_0.z;
        a0_0 += vec4(-0.005694865, -0.0024605866, -0.0042445725, -0.0056926156) * v0_0.w;
    }
    {   // tap (2, -2)
        vec4 v0_0 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.0002283175, -0.011165966, 0.00055840774, -0.00219357) * v0_0.x;
        a0_0 += vec4(0.00083321985, -0.019435624, -0.0011161867, -0.015699904) * v0_0.y;
        a0_0 += vec4(0.0015729626, 0.0005032771, 0.0023502766, 0.0023472244) * v0_0.z;
        a0_0 += vec4(-0.00083029777, -0.0020288068, -0.00064251624, -0.0010716474) * v0_0.w;
    }
    {   // tap (-2, -1)
        vec4 v0_0 = vec4(tile[at + 20]);
        a0_0 += vec4(0.0024692959, 0.0045256093, -0.01420657, -0.00026436817) * v0_0.x;
        a0_0 += vec4(0.0015460548, 0.0020096062, -0.00040451274, 0.0008472753) * v0_0.y;
        a0_0 += vec4(0.008752251, 0.0041794837, 0.00261158, 0.0020727192) * v0_0.z;
        a0_0 += vec4(-0.002466125, -0.0020820345, -0.00067113724, -0.0039706775) * v0_0.w;
    }
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.08673113, 0.01858121, -0.103727326, -0.0040135263) * v0_0.x;
        a0_0 += vec4(0.0010886745, -0.00020478295, 0.0016503077, -0.0007686492) * v0_0.y;
        a0_0 += vec4(-0.06391856, 0.005803609, -0.006160149, 0.0065242997) * v0_0.z;
        a0_0 += vec4(0.044880357, 0.0036374624, -0.012114701, -0.0072888215) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.005708581, -0.42372185, 0.123549804, 0.019821672) * v0_0.x;
        a0_0 += vec4(0.031520553, -0.004601735, 0.038835175, -0.01484816) * v0_0.y;
        a0_0 += vec4(-0.06771547, -0.14826801, -0.031625126, -0.013797988) * v0_0.z;
        a0_0 += vec4(0.102739014, 0.12972613, 0.017045854, 0.004682564) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.024659881, 0.04753516, -0.032301817, -0.05064542) * v0_0.x;
        a0_0 += vec4(-0.11755624, 0.22698131, -0.047520738, 0.09900445) * v0_0.y;
        a0_0 += vec4(-0.0054914015, -0.032306556, -0.0119634755, -0.020723987) * v0_0.z;
        a0_0 += vec4(0.0023494572, 0.013136853, -0.0025563145, 0.004061083) * v0_0.w;
    }
    {   // tap (2, -1)
        vec4 v0_0 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.0015080427, -0.0008524915, -0.0054107513, -0.021012848) * v0_0.x;
        a0_0 += vec4(0.002562315, 0.010313502, -0.0013120681, -0.0103973) * v0_0.y;
        a0_0 += vec4(0.0071075647, 0.0023872044, 0.0046903784, 0.0023170463) * v0_0.z;
        a0_0 += vec4(-0.0032671473, 0.01115747, -0.0039594793, -0.0025462199) * v0_0.w;
    }
    {   // tap (-2, 0)
        vec4 v0_0 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.008400564, -0.009039878, 0.0027610627, -0.003194488) * v0_0.x;
        a0_0 += vec4(-0.0023914133, -0.00313445, -0.00074166694, -0.0024453257) * v0_0.y;
        a0_0 += vec4(-0.008885131, -0.001058541, 0.0013374125, -0.003377154) * v0_0.z;
        a0_0 += vec4(-0.0073151784, -0.005036091, -0.0077093537, -0.0062142313) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.01862014, -0.0143283205, 0.07025096, -0.01189723) * v0_0.x;
        a0_0 += vec4(-8.448721e-05, -0.004300109, 0.00096288725, -0.0028421232) * v0_0.y;
        a0_0 += vec4(-0.012152208, -0.021007715, -0.09932811, -0.0018527355) * v0_0.z;
        a0_0 += vec4(0.00048201933, -0.0010791682, 0.08109914, -0.011512856) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 42]);
        a0_0 += vec4(0.005814476, 0.085821636, -0.40611574, -0.057692066) * v0_0.x;
        a0_0 += vec4(0.02821475, 0.008609582, 0.024087235, 0.0019392192) * v0_0.y;
        a0_0 += vec4(0.12193389, 0.06522492, 0.038741335, -0.18846054) * v0_0.z;
        a0_0 += vec4(-0.10958665, -0.08021832, 0.06753507, 0.19456081) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.016210265, -0.05829451, -0.002124281, -0.08208231) * v0_0.x;
        a0_0 += vec4(-0.13090971, 0.13323703, -0.16096689, 0.22511457) * v0_0.y;
        a0_0 += vec4(-0.002146813, 0.025570545, 0.0055633434, 0.0018763967) * v0_0.z;
        a0_0 += vec4(0.015909316, -0.02114995, 0.017346535, -0.008480039) * v0_0.w;
    }
    {   // tap (2, 0)
        vec4 v0_0 = vec4(tile[at + 44]);
        a0_0 += vec4(0.00688606, -0.010714789, 0.0031452796, -0.006397536) * v0_0.x;
        a0_0 += vec4(0.01150577, -0.009324606, 0.010217311, 0.013991056) * v0_0.y;
        a0_0 += vec4(-0.0031907137, -0.0034540882, 0.0016490516, 0.0016216496) * v0_0.z;
        a0_0 += vec4(-0.0065818843, 0.00022473212, -0.002665462, 0.010734269) * v0_0.w;
    }
    {   // tap (-2, 1)
        vec4 v0_0 = vec4(tile[at + 60]);
        a0_0 += vec4(0.00078273413, 0.00021504835, -0.0011542107, -0.0007961257) * v0_0.x;
        a0_0 += vec4(0.0013131096, 0.00218302, 0.0008765722, 0.0011333264) * v0_0.y;
        a0_0 += vec4(-0.0036045876, -0.0045647887, -0.007159407, -0.00046300667) * v0_0.z;
        a0_0 += vec4(-0.0021967562, -0.0008651126, -0.0014738792, -0.0045107156) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 61]);
        a0_0 += vec4(0.004231866, 0.0016447824, -0.0018496774, 0.004159681) * v0_0.x;
        a0_0 += vec4(0.0017473695, 0.001689066, 0.0010629, -0.0008345895) * v0_0.y;
        a0_0 += vec4(0.0042739185, -0.0013837958, 0.026823536, 0.00014530029) * v0_0.z;
        a0_0 += vec4(0.0006916885, -0.00268601, -0.014623253, -0.0016024266) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.01024067, -0.001282275, -0.014706018, 0.003892416) * v0_0.x;
        a0_0 += vec4(0.01008282, 0.0026736353, 0.018718153, 0.0033251005) * v0_0.y;
        a0_0 += vec4(0.021497503, 0.020580195, 0.054833543, 0.07730249) * v0_0.z;
        a0_0 += vec4(-0.0072447266, 0.0034045468, -0.03428924, -0.03220067) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 63]);
        a0_0 += vec4(0.007463834, -0.0040385453, 0.013400621, -0.008681317) * v0_0.x;
        a0_0 += vec4(-0.01608652, 0.0042201923, -0.0562634, 0.037681557) * v0_0.y;
        a0_0 += vec4(0.0029892304, 0.007707077, -0.00040365997, 0.02278) * v0_0.z;
        a0_0 += vec4(0.0007444966, -0.009494364, 0.0009814497, -0.009053112) * v0_0.w;
    }
    {   // tap (2, 1)
        vec4 v0_0 = vec4(tile[at + 64]);
        a0_0 += vec4(0.0003370341, 0.006082549, -0.0003822093, 0.0005574274) * v0_0.x;
        a0_0 += vec4(-0.004352668, -0.019106315, -0.010259545, -0.02389819) * v0_0.y;
        a0_0 += vec4(-0.0036691984, -0.002586338, -0.004412374, -0.006450867) * v0_0.z;
        a0_0 += vec4(0.001381087, 0.0026243797, -0.00064721494, 0.00053375075) * v0_0.w;
    }
    {   // tap (-2, 2)
        vec4 v0_0 = vec4(tile[at + 80]);
        a0_0 += vec4(-3.6575977e-05, 0.001169944, 0.00056584383, -0.00023038225) * v0_0.x;
        a0_0 += vec4(-0.001330042, -0.0008197062, -0.00069582433, -0.00017450778) * v0_0.y;
        a0_0 += vec4(-0.0021095304, -0.000119072676, -0.002856887, -0.0012956407) * v0_0.z;
        a0_0 += vec4(0.0016513157, -9.5792806e-05, 0.00029249632, -0.00015066523) * v0_0.w;
    }
    {   // tap (-1, 2)
        vec4 v0_0 = vec4(tile[at + 81]);
        a0_0 += vec4(0.0019948767, -0.0024317314, 0.0016622707, 0.0014127465) * v0_0.x;
        a0_0 += vec4(-0.0018492865, -0.000613228, 0.0004926191, -0.00020936585) * v0_0.y;
        a0_0 += vec4(-0.0017545852, -0.003663768, -0.00082272425, -0.0049905037) * v0_0.z;
        a0_0 += vec4(-0.0022225275, 0.0030998162, 0.0028686093, 0.00060469774) * v0_0.w;
    }
    {   // tap (0, 2)
        vec4 v0_0 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.0048663877, 0.0014968556, -0.006829932, 0.00053726236) * v0_0.x;
        a0_0 += vec4(0.006823196, -0.002825381, 0.007886651, -0.0014831774) * v0_0.y;
        a0_0 += vec4(-0.0030723033, -0.005490479, -2.8245648e-05, -0.0018133492) * v0_0.z;
        a0_0 += vec4(0.0028267158, -0.0035265852, -0.005360068, -0.0029075134) * v0_0.w;
    }
    {   // tap (1, 2)
        vec4 v0_0 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0035164563, 0.00017800252, 0.0048997262, -0.0036870695) * v0_0.x;
        a0_0 += vec4(-0.0074955905, 0.0059132995, -0.009911904, 0.010185478) * v0_0.y;
        a0_0 += vec4(-0.0017054571, -0.0016112477, -0.0030553732, -0.0025415954) * v0_0.z;
        a0_0 += vec4(0.0015314359, 0.0022711665, 0.003868562, -0.0004241189) * v0_0.w;
    }
    {   // tap (2, 2)
        vec4 v0_0 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.000781377, -0.00068055245, -0.0005769468, 0.0016426425) * v0_0.x;
        a0_0 += vec4(0.00090051664, -0.0069577796, 0.0036770173, -0.0125207985) * v0_0.y;
        a0_0 += vec4(-0.0017717627, -0.002794079, -0.0028986442, -0.0033564349) * v0_0.z;
        a0_0 += vec4(3.317725e-05, 0.0020979084, 0.0002229598, 0.0018798194) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(0.0016729828, 0.0001924301, -0.00087436417, -0.0006825824) * v0_1.x;
        a0_0 += vec4(0.0030077442, 0.001751383, 0.00014722091, -0.0005811272) * v0_1.y;
        a0_0 += vec4(-0.0025505626, -0.002591108, -0.0025015995, -0.0024235072) * v0_1.z;
        a0_0 += vec4(0.0013984437, 0.0017026217, 0.00025650667, -0.00042018175) * v0_1.w;
    }
    {   // tap (-1, -2)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0024270932, -0.0064461036, -0.001897802, 0.0023727792) * v0_1.x;
        a0_0 += vec4(0.0033001672, 0.0080914805, 0.0019805986, -7.866224e-05) * v0_1.y;
        a0_0 += vec4(-0.012460038, -0.007999869, -0.00878767, -0.0015890991) * v0_1.z;
        a0_0 += vec4(-0.0022442637, -0.0038811117, 0.00013573727, 0.0014130428) * v0_1.w;
    }
    {   // tap (0, -2)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.009066524, -0.0011932971, 0.001057371, 0.001719916) * v0_1.x;
        a0_0 += vec4(0.0065397467, -0.00093855086, -0.006551873, -0.006642524) * v0_1.y;
        a0_0 += vec4(0.027068067, 0.023111168, 0.005662527, -0.0086822575) * v0_1.z;
        a0_0 += vec4(-0.0059618945, -0.006109263, -0.0016279676, -0.0003254899) * v0_1.w;
    }
    {   // tap (1, -2)
        vec4 v0_1 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0006028536, 0.010857474, -0.0017930155, 0.002661079) * v0_1.x;
        a0_0 += vec4(0.015730582, 0.022500614, -0.0023310687, -0.0046245786) * v0_1.y;
        a0_0 += vec4(0.006871227, 0.024322217, -0.003536932, 0.004985717) * v0_1.z;
        a0_0 += vec4(-0.0020270203, -0.0015903455, 0.0017227561, -0.00034151724) * v0_1.w;
    }
    {   // tap (2, -2)
        vec4 v0_1 = vec4(tile[at + 4]);
        a0_0 += vec4(0.00062967144, 0.0043344283, 0.000572487, 0.0021692694) * v0_1.x;
        a0_0 += vec4(0.006143943, 0.0073529663, 0.0023750912, 0.00018884064) * v0_1.y;
        a0_0 += vec4(-0.00046668094, 0.003006098, -0.00067108334, 0.000569003) * v0_1.z;
        a0_0 += vec4(-0.00035058975, -0.001737385, -0.00091511884, 3.8311722e-05) * v0_1.w;
    }
    {   // tap (-2, -1)
        vec4 v0_1 = vec4(tile[at + 20]);
        a0_0 += vec4(0.0040260637, 0.002562753, 0.00083118374, 0.0022628547) * v0_1.x;
        a0_0 += vec4(-0.008280151, -0.0016759288, 0.008298794, 0.0040272344) * v0_1.y;
        a0_0 += vec4(-0.0017453225, -0.0028383993, -0.0023812074, 0.0021233568) * v0_1.z;
        a0_0 += vec4(-0.012062633, -0.0062320456, 0.00084722537, 0.0021662898) * v0_1.w;
    }
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 21]);
        a0_0 += vec4(0.022711612, 0.006763289, 0.0039990656, -0.008711511) * v0_1.x;
        a0_0 += vec4(-0.025643632, -0.019956486, 0.023457846, 0.022771835) * v0_1.y;
        a0_0 += vec4(-0.04580398, -0.015045283, -0.011623192, -0.016115762) * v0_1.z;
        a0_0 += vec4(0.05640561, -0.006049308, -0.018291667, -0.013170087) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.05036554, 0.06731885, 0.017495075, -0.0061528524) * v0_1.x;
        a0_0 += vec4(-0.2982754, -0.17679632, 0.13634574, 0.12733823) * v0_1.y;
        a0_0 += vec4(0.21108155, -0.1362861, 0.14230253, -0.011033407) * v0_1.z;
        a0_0 += vec4(0.0073339837, 0.09946661, -0.011609572, -0.028623879) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0015342174, 0.0007693504, 0.0026440274, 0.01926779) * v0_1.x;
        a0_0 += vec4(0.008956399, -0.10827909, 0.012316693, 0.060771637) * v0_1.y;
        a0_0 += vec4(0.010292647, 0.075198755, 0.019659612, 0.06139639) * v0_1.z;
        a0_0 += vec4(-0.0026618864, -0.037152573, -0.0066016307, -0.009081128) * v0_1.w;
    }
    {   // tap (2, -1)
        vec4 v0_1 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.00052946346, 0.0073312814, 0.0025818143, 0.006585399) * v0_1.x;
        a0_0 += vec4(0.001287824, 0.0015521325, 0.00893092, 0.025868488) * v0_1.y;
        a0_0 += vec4(0.0012480915, 0.006041287, 0.0011388074, 0.0021058351) * v0_1.z;
        a0_0 += vec4(-0.0020691936, 0.0016342035, 0.0009125123, -0.004322957) * v0_1.w;
    }
    {   // tap (-2, 0)
        vec4 v0_1 = vec4(tile[at + 40]);
        a0_0 += vec4(0.002234541, -0.0034541632, 0.009623174, 0.0012369617) * v0_1.x;
        a0_0 += vec4(0.00039815524, 0.006196158, 0.009070876, -0.0006923823) * v0_1.y;
        a0_0 += vec4(-0.0035911931, 0.0013561246, -0.002948593, -0.005450377) * v0_1.z;
        a0_0 += vec4(0.018460277, 0.01183496, -0.004908425, -0.0070642442) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 41]);
        a0_0 += vec4(0.046063665, 0.024715094, 0.08135093, 0.027039975) * v0_1.x;
        a0_0 += vec4(0.0022354384, 0.001488585, -0.063748606, -0.003669081) * v0_1.y;
        a0_0 += vec4(-0.0026355574, -0.007654082, -0.04578058, -0.012945286) * v0_1.z;
        a0_0 += vec4(0.032559346, 0.0024849493, -0.058538754, 0.018454598) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 42]);
        a0_0 += vec4(0.029382309, 0.06325962, -0.15836552, 0.11245638) * v0_1.x;
        a0_0 += vec4(-0.042502623, -0.01993369, 0.061537214, -0.029510425) * v0_1.y;
        a0_0 += vec4(-0.01892672, -0.0006557968, 0.09218186, -0.057196558) * v0_1.z;
        a0_0 += vec4(0.10458272, 0.109151945, -0.13609032, -0.21219768) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.029394016, 0.01822809, -0.009651209, 0.014645235) * v0_1.x;
        a0_0 += vec4(0.013465906, 0.0004195984, -0.0065279165, 0.012696729) * v0_1.y;
        a0_0 += vec4(-0.0014635158, 0.0047797128, 0.0032294418, 0.035681788) * v0_1.z;
        a0_0 += vec4(0.0040672044, 0.018027239, -0.010411753, -0.0031049121) * v0_1.w;
    }
    {   // tap (2, 0)
        vec4 v0_1 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0032794955, -0.011217211, -0.00381886, -0.0050637266) * v0_1.x;
        a0_0 += vec4(-0.0002982264, 0.005219299, -0.0044282684, -0.009095561) * v0_1.y;
        a0_0 += vec4(0.0021951701, -0.0006219396, 0.0004687667, 0.0052397302) * v0_1.z;
        a0_0 += vec4(0.0032396512, -0.0014657646, 0.0012685452, -0.007768536) * v0_1.w;
    }
    {   // tap (-2, 1)
        vec4 v0_1 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.0027119757, -0.00080830336, -0.0025060563, -0.0025857326) * v0_1.x;
        a0_0 += vec4(0.0032224164, 0.0015456305, 0.0035164107, 0.0016045913) * v0_1.y;
        a0_0 += vec4(0.004245589, 0.005163751, 5.981419e-05, 0.0030308748) * v0_1.z;
        a0_0 += vec4(0.0023354886, 0.0031267758, 0.0067431945, 0.0058248322) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.0030866314, -0.009907481, -0.0067341835, -0.006685071) * v0_1.x;
        a0_0 += vec4(-0.0044869627, -0.0047730324, -0.0030682536, 0.0040742834) * v0_1.y;
        a0_0 += vec4(-0.0030448304, -0.0032820343, 0.002204885, -0.0056676744) * v0_1.z;
        a0_0 += vec4(0.0002823615, 0.0021844844, 0.01540055, 0.0057299095) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0011078002, 0.009191875, 0.040149856, 0.019802809) * v0_1.x;
        a0_0 += vec4(-0.00032843795, -0.0037937306, -0.011985663, -0.016248165) * v0_1.y;
        a0_0 += vec4(-0.008081408, -0.006081176, -0.004976067, -0.008501335) * v0_1.z;
        a0_0 += vec4(-0.0062109176, -0.004033635, 0.0069978097, 0.01274597) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.00818861, 0.005360636, -0.012000631, -0.008364315) * v0_1.x;
        a0_0 += vec4(0.0001224665, 0.004960768, -0.0053299065, -0.00673761) * v0_1.y;
        a0_0 += vec4(-0.0051966, -0.012614477, -0.005616166, -0.006273422) * v0_1.z;
        a0_0 += vec4(-0.0016236283, -0.0069184685, 0.006440481, 0.009020169) * v0_1.w;
    }
    {   // tap (2, 1)
        vec4 v0_1 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.0025982533, -0.004143644, -0.0033816898, -0.0059559415) * v0_1.x;
        a0_0 += vec4(-0.0007381452, -0.0016071433, 0.0048553734, 0.004016632) * v0_1.y;
        a0_0 += vec4(-0.0011112875, -0.0030901434, -0.00041888602, -0.00217069) * v0_1.z;
        a0_0 += vec4(0.0011989531, 0.00056117837, 0.0012976938, 0.0034459054) * v0_1.w;
    }
    {   // tap (-2, 2)
        vec4 v0_1 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.00046797583, -1.522158e-05, -0.0027402814, -0.0004293371) * v0_1.x;
        a0_0 += vec4(0.0003579335, -0.0011488654, 0.0022465596, 0.0015127884) * v0_1.y;
        a0_0 += vec4(0.0025419444, 0.0010102636, 0.0047634915, 0.0026158672) * v0_1.z;
        a0_0 += vec4(0.00044295567, -9.085125e-05, 0.0020146552, 0.0018540748) * v0_1.w;
    }
    {   // tap (-1, 2)
        vec4 v0_1 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.0033506963, -0.0011465943, -0.0074592805, -0.003355881) * v0_1.x;
        a0_0 += vec4(-0.0013703736, 0.000996938, -0.0025000395, 0.00058290234) * v0_1.y;
        a0_0 += vec4(0.001400708, 0.0023577553, -0.00019696179, 0.0014135415) * v0_1.z;
        a0_0 += vec4(0.0012421532, 0.00021400655, 0.0027874275, 0.0015496848) * v0_1.w;
    }
    {   // tap (0, 2)
        vec4 v0_1 = vec4(tile[at + 82]);
        a0_0 += vec4(0.00089054985, -0.0003042744, 0.007348386, 7.875209e-06) * v0_1.x;
        a0_0 += vec4(0.0025224967, -0.0006790404, 0.0014663223, -0.002422313) * v0_1.y;
        a0_0 += vec4(0.0016484692, 0.0013585979, -0.0020043536, -0.0015678956) * v0_1.z;
        a0_0 += vec4(0.00046937077, 0.0029286777, -0.0009937547, 0.004557145) * v0_1.w;
    }
    {   // tap (1, 2)
        vec4 v0_1 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0023247197, 0.00384646, -0.0024291433, 0.00737537) * v0_1.x;
        a0_0 += vec4(-0.0014280448, -0.0003330968, 0.0010411997, 0.002267737) * v0_1.y;
        a0_0 += vec4(-0.00019566972, -0.00027634396, -0.001337475, -0.0031406276) * v0_1.z;
        a0_0 += vec4(-0.0010964599, -0.00056253746, -0.0013288761, -0.004344565) * v0_1.w;
    }
    {   // tap (2, 2)
        vec4 v0_1 = vec4(tile[at + 84]);
        a0_0 += vec4(0.0017403542, 0.0013435897, 0.0023262694, 0.0016954212) * v0_1.x;
        a0_0 += vec4(0.00015982435, 0.0003170118, -0.0001098592, 0.00016457847) * v0_1.y;
        a0_0 += vec4(0.0013802256, 0.0014139134, 0.0016223924, -0.0002652865) * v0_1.z;
        a0_0 += vec4(0.0013226654, 0.00073713873, 0.0010662244, 0.001350307) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(0.0019925865, 0.0021722622, 0.00029709196, 0.0006007344) * v0_2.x;
        a0_0 += vec4(-0.008756131, -0.010174782, -0.009763427, -0.008285738) * v0_2.y;
        a0_0 += vec4(0.004449147, 0.004387639, 0.0025245936, 0.0016915452) * v0_2.z;
        a0_0 += vec4(0.0010865801, 0.0018353385, 0.002017866, 0.0006059262) * v0_2.w;
    }
    {   // tap (-1, -2)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.010826385, -0.0044188714, 0.00022727437, -0.00043989308) * v0_2.x;
        a0_0 += vec4(0.035338145, 0.010564586, -0.015116593, -0.008511213) * v0_2.y;
        a0_0 += vec4(0.0047955858, 0.0022361279, -0.00234585, 0.0015715269) * v0_2.z;
        a0_0 += vec4(-0.0012559316, -0.004152613, 0.0003218346, 0.005379058) * v0_2.w;
    }
    {   // tap (0, -2)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0260089, -0.020673344, 0.005593056, 0.003421265) * v0_2.x;
        a0_0 += vec4(0.054878812, 0.06556968, 0.017990028, 0.006319721) * v0_2.y;
        a0_0 += vec4(-0.0010308845, -0.0062282844, -0.0012288812, -0.0038312573) * v0_2.z;
        a0_0 += vec4(-0.0064420765, -0.015529505, 0.005861167, 0.0029872265) * v0_2.w;
    }
    {   // tap (1, -2)
        vec4 v0_2 = vec4(tile[at + 3]);
        a0_0 += vec4(0.00094031397, -0.0027931759, 0.004830337, 0.009363951) * v0_2.x;
        a0_0 += vec4(0.0021474073, -0.008985162, -0.017102413, -0.005813006) * v0_2.y;
        a0_0 += vec4(-0.0014566359, 0.0031718423, -3.2556607e-05, 0.0017406087) * v0_2.z;
        a0_0 += vec4(0.005393777, 0.00096371083, 0.0040647755, 0.0032283561) * v0_2.w;
    }
    {   // tap (2, -2)
        vec4 v0_2 = vec4(tile[at + 4]);
        a0_0 += vec4(0.004220282, 0.0051446976, 0.0023305009, 0.002438201) * v0_2.x;
        a0_0 += vec4(0.0012114797, -0.001740129, 0.0030641982, -0.0039934013) * v0_2.y;
        a0_0 += vec4(-0.00036042702, -0.001177528, -0.0004805373, -0.00065443735) * v0_2.z;
        a0_0 += vec4(0.0022986678, 0.007027186, 0.000651312, 0.0031753546) * v0_2.w;
    }
    {   // tap (-2, -1)
        vec4 v0_2 = vec4(tile[at + 20]);
        a0_0 += vec4(0.008035617, 0.005363392, 0.0025118354, 0.0048992196) * v0_2.x;
        a0_0 += vec4(-0.012491945, -0.03853712, 0.0029183473, -0.030334206) * v0_2.y;
        a0_0 += vec4(0.033006765, 0.0033400003, -0.0012914204, 0.014335029) * v0_2.z;
        a0_0 += vec4(0.0041634277, -9.375077e-05, -0.004486904, 0.0017009736) * v0_2.w;
    }
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.0477514, 0.013309364, -0.0163621, 0.0068052756) * v0_2.x;
        a0_0 += vec4(0.008219168, 0.054657746, -0.02970361, 0.005366189) * v0_2.y;
        a0_0 += vec4(0.10250384, 0.05249491, -0.020131681, 0.0071343966) * v0_2.z;
        a0_0 += vec4(0.014709453, 0.004504575, -0.009952842, -0.012751563) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.097940065, -0.17807166, -0.13447627, -0.140307) * v0_2.x;
        a0_0 += vec4(0.04480873, 0.04494082, 0.111521825, 0.03311024) * v0_2.y;
        a0_0 += vec4(-0.00043838008, 0.00024097024, 0.0012744137, -0.008978728) * v0_2.z;
        a0_0 += vec4(0.009664181, 0.054571737, -0.057116386, -0.060004205) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.011307684, -0.002253038, 0.003909716, -0.012462961) * v0_2.x;
        a0_0 += vec4(-0.03100708, -0.051974166, 0.0039354186, 0.029643496) * v0_2.y;
        a0_0 += vec4(0.0013884311, -0.0002282491, -0.0028911985, 0.0005407001) * v0_2.z;
        a0_0 += vec4(-0.01399414, -0.019834671, 0.0023989382, -0.011721337) * v0_2.w;
    }
    {   // tap (2, -1)
        vec4 v0_2 = vec4(tile[at + 24]);
        a0_0 += vec4(0.0034455664, -0.0025349185, 0.008936056, 0.011071598) * v0_2.x;
        a0_0 += vec4(0.0027710074, -0.021255642, -0.005144438, 0.0013454389) * v0_2.y;
        a0_0 += vec4(0.0005070533, -0.0007795032, -0.0005615361, -0.00084631535) * v0_2.z;
        a0_0 += vec4(0.00592111, 0.00022183808, 0.0050564157, 0.006206287) * v0_2.w;
    }
    {   // tap (-2, 0)
        vec4 v0_2 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.00922725, -0.0045168446, 0.008374376, -0.0036640898) * v0_2.x;
        a0_0 += vec4(-0.0066925683, 0.010292776, -0.05274617, -0.005553241) * v0_2.y;
        a0_0 += vec4(0.08356142, -0.005222184, 0.057171736, 0.005807215) * v0_2.z;
        a0_0 += vec4(-0.0107740555, -0.006597281, -0.0023220496, -0.006752793) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 41]);
        a0_0 += vec4(0.00049024896, -0.028256707, -0.063454136, -0.01679605) * v0_2.x;
        a0_0 += vec4(-0.005793567, 0.02480164, 0.057191342, 0.039231256) * v0_2.y;
        a0_0 += vec4(-0.118613064, 0.16752471, 0.18966496, -0.07509176) * v0_2.z;
        a0_0 += vec4(0.018634282, -0.021720784, 0.059211906, -0.004929626) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 42]);
        a0_0 += vec4(0.031000167, 0.078221455, 0.055418544, 0.00689774) * v0_2.x;
        a0_0 += vec4(-0.11302237, -0.13162015, -0.040431283, -0.056457527) * v0_2.y;
        a0_0 += vec4(0.020262066, 0.046827786, -0.019766016, 0.09825477) * v0_2.z;
        a0_0 += vec4(0.27980855, 0.25251955, 0.23584507, 0.29314706) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.008917733, -0.008065764, -0.018015835, -0.006041034) * v0_2.x;
        a0_0 += vec4(-0.029749248, 0.0011818664, -0.017992714, 0.029059637) * v0_2.y;
        a0_0 += vec4(0.010049372, 0.0044467878, 0.0071309344, 0.006623483) * v0_2.z;
        a0_0 += vec4(-0.061177976, -0.004798776, -0.059295576, -0.02992701) * v0_2.w;
    }
    {   // tap (2, 0)
        vec4 v0_2 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0006104736, -0.00015507547, -0.00078018487, -0.009462375) * v0_2.x;
        a0_0 += vec4(0.034716617, -0.01072844, 0.035664078, -0.019146431) * v0_2.y;
        a0_0 += vec4(-0.000617688, 0.0021089173, 0.0006009951, 0.0008742938) * v0_2.z;
        a0_0 += vec4(-0.0011669424, -0.016803477, -0.0001237911, -0.015021447) * v0_2.w;
    }
    {   // tap (-2, 1)
        vec4 v0_2 = vec4(tile[at + 60]);
        a0_0 += vec4(0.0017662254, 0.0034103151, -0.005095676, -0.00080508256) * v0_2.x;
        a0_0 += vec4(0.017969573, 0.008692423, 0.05058411, 0.013481611) * v0_2.y;
        a0_0 += vec4(0.0008356931, -0.0040350026, -0.013809056, -0.0010230355) * v0_2.z;
        a0_0 += vec4(-0.00059312215, -0.0012227829, -0.0062375097, -4.9093902e-05) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.0007710819, -0.001252255, 0.015945753, -0.007440393) * v0_2.x;
        a0_0 += vec4(0.07410991, 0.045417167, 0.068806596, 0.038324133) * v0_2.y;
        a0_0 += vec4(0.023860196, -0.011805354, 0.09887011, 0.09078934) * v0_2.z;
        a0_0 += vec4(-0.02263468, -0.005862801, -0.017966257, -0.006187524) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.000842675, -0.00097262714, -0.0064298124, 0.0123242205) * v0_2.x;
        a0_0 += vec4(-0.056895927, 0.022971485, -0.04761794, 0.036136072) * v0_2.y;
        a0_0 += vec4(0.021924779, 0.0135018155, 0.020016562, -0.009925682) * v0_2.z;
        a0_0 += vec4(-0.030924827, -0.04536284, 0.050434563, 0.02111329) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.0022906882, 0.003200917, -0.0030671905, -0.0019053128) * v0_2.x;
        a0_0 += vec4(0.07920238, 0.050941914, 0.05143485, 0.031511813) * v0_2.y;
        a0_0 += vec4(-0.004222154, 0.00063321553, 0.0019358371, -0.0017605713) * v0_2.z;
        a0_0 += vec4(-0.014270373, -0.02084567, -0.027813556, -0.0072714924) * v0_2.w;
    }
    {   // tap (2, 1)
        vec4 v0_2 = vec4(tile[at + 64]);
        a0_0 += vec4(0.0015588467, -0.00056385, -0.000576966, 0.00080541905) * v0_2.x;
        a0_0 += vec4(-0.030105574, -0.024563897, -0.012577581, -0.022651352) * v0_2.y;
        a0_0 += vec4(-0.0029630307, -0.0011626728, -0.0026115815, -0.0006665363) * v0_2.z;
        a0_0 += vec4(0.0021072454, -0.0020182761, -0.00010879804, -0.00464645) * v0_2.w;
    }
    {   // tap (-2, 2)
        vec4 v0_2 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.00039294857, -0.0015062259, 0.0021157677, 0.0015144607) * v0_2.x;
        a0_0 += vec4(0.005638988, 0.0005248716, 0.011705267, 0.0043098405) * v0_2.y;
        a0_0 += vec4(-0.00035515943, 0.0023232885, 0.0032929354, -0.0023003179) * v0_2.z;
        a0_0 += vec4(0.0031016208, 0.0036048589, 0.0020969121, 0.0026229597) * v0_2.w;
    }
    {   // tap (-1, 2)
        vec4 v0_2 = vec4(tile[at + 81]);
        a0_0 += vec4(0.0019527446, -0.0013824711, -0.0004351174, -0.0003197011) * v0_2.x;
        a0_0 += vec4(-0.02302209, -0.012387587, -0.022696448, 0.024694758) * v0_2.y;
        a0_0 += vec4(0.0013989223, -0.001581537, 0.0026751861, 0.0043948414) * v0_2.z;
        a0_0 += vec4(-0.000889272, -0.0010798761, -0.01367539, -0.006272284) * v0_2.w;
    }
    {   // tap (0, 2)
        vec4 v0_2 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.0010992978, 0.0019291095, 0.0029954123, 0.004558251) * v0_2.x;
        a0_0 += vec4(-0.028433904, -0.018604495, -0.051026907, -0.018013166) * v0_2.y;
        a0_0 += vec4(-0.00020166922, 0.00080093154, 0.0021493272, -0.0026351202) * v0_2.z;
        a0_0 += vec4(-0.0011191191, 0.0005842073, -0.010477817, -0.014152194) * v0_2.w;
    }
    {   // tap (1, 2)
        vec4 v0_2 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.0008825055, -0.00035911126, -0.0012758864, 0.00025310135) * v0_2.x;
        a0_0 += vec4(0.008188836, -0.011663167, 0.03293634, -0.025993684) * v0_2.y;
        a0_0 += vec4(0.0004673068, -0.0013075239, 0.00028963503, 0.003555554) * v0_2.z;
        a0_0 += vec4(0.006165813, 0.00019392927, -0.00461711, -0.008840712) * v0_2.w;
    }
    {   // tap (2, 2)
        vec4 v0_2 = vec4(tile[at + 84]);
        a0_0 += vec4(-8.450704e-05, -0.000136901, 0.001095057, 0.0019061099) * v0_2.x;
        a0_0 += vec4(-0.010414051, -0.008859077, -0.013962409, -0.017274672) * v0_2.y;
        a0_0 += vec4(-0.0010395091, -0.0012557864, -0.0013873578, -0.00056471763) * v0_2.z;
        a0_0 += vec4(0.0018050026, 0.0038974204, 0.0053036283, 0.0005951681) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DN_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0029386133, -0.0012646387, -0.008055732, -0.0063338545) * v0_3.x;
        a0_0 += vec4(-0.0010096129, 0.001292262, 0.003895201, 0.00080831035) * v0_3.y;
        a0_0 += vec4(0.001969198, -0.0011275341, -0.0015724463, -0.0014579888) * v0_3.z;
        a0_0 += vec4(0.0001813308, -0.00038925305, -0.00035279794, 3.5104138e-06) * v0_3.w;
    }
    {   // tap (-1, -2)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(0.010778185, 0.010554785, 0.0034155345, 0.0011086661) * v0_3.x;
        a0_0 += vec4(-0.013775079, 0.0065242606, -0.0045577427, 0.0005420027) * v0_3.y;
        a0_0 += vec4(0.001166881, 0.0066814637, -0.0014031118, -0.0016733961) * v0_3.z;
        a0_0 += vec4(-0.0035460475, -0.0045145187, -0.002098062, -0.0021666815) * v0_3.w;
    }
    {   // tap (0, -2)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(0.005621044, 0.0025197426, 0.00040936074, 0.001178445) * v0_3.x;
        a0_0 += vec4(-0.000655177, -0.018833345, -0.00038248627, -0.015670251) * v0_3.y;
        a0_0 += vec4(-0.008437593, -0.0011678697, -0.0025247494, 5.2063977e-05) * v0_3.z;
        a0_0 += vec4(0.015774937, -0.004645518, 0.009246428, -0.002037057) * v0_3.w;
    }
    {   // tap (1, -2)
        vec4 v0_3 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0053186654, 0.0033254065, 0.0010285488, 0.001789701) * v0_3.x;
        a0_0 += vec4(-0.004838088, 0.0012750529, -0.0021103716, 0.0018510642) * v0_3.y;
        a0_0 += vec4(0.0024331182, -0.003407782, -0.00023183197, -0.0010365315) * v0_3.z;
        a0_0 += vec4(0.012599297, 0.029032135, -0.0064917565, 0.011788103) * v0_3.w;
    }
    {   // tap (2, -2)
        vec4 v0_3 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.00015872087, -0.006014522, 0.0018255443, 0.0007408459) * v0_3.x;
        a0_0 += vec4(0.0001482624, -0.0028997737, 0.001315108, -0.00096528966) * v0_3.y;
        a0_0 += vec4(0.001115962, -0.0029133344, -0.0008263078, -0.0020223584) * v0_3.z;
        a0_0 += vec4(-0.0029702133, 0.008998721, -0.0015785048, 0.004029357) * v0_3.w;
    }
    {   // tap (-2, -1)
        vec4 v0_3 = vec4(tile[at + 20]);
        a0_0 += vec4(0.0024979177, -0.007087294, 0.012078189, 0.00410046) * v0_3.x;
        a0_0 += vec4(-0.0018375197, 4.727944e-05, -0.00360153, 0.0031928758) * v0_3.y;
        a0_0 += vec4(-0.0023717259, 0.0014014423, 0.0028552725, 6.997413e-05) * v0_3.z;
        a0_0 += vec4(-0.0003526278, -3.7382903e-05, 0.0030498812, 8.317262e-07) * v0_3.w;
    }
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.031255804, 0.00088871917, 0.015514061, 0.022710979) * v0_3.x;
        a0_0 += vec4(-0.063162915, -0.0028545938, -0.040665418, -0.0018007446) * v0_3.y;
        a0_0 += vec4(-0.010461242, 0.002657932, 0.0016225616, 1.9991956e-05) * v0_3.z;
        a0_0 += vec4(0.0011681826, -0.00084734766, -0.0022374636, -0.0028892912) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.041741043, -0.06049758, 0.019155206, 0.034131482) * v0_3.x;
        a0_0 += vec4(0.053675205, -0.087341994, 0.012201029, -0.01905575) * v0_3.y;
        a0_0 += vec4(-0.014653002, -0.044322543, -0.011390524, -0.016720023) * v0_3.z;
        a0_0 += vec4(0.10119339, 0.0046014814, 0.029256243, -0.0019094058) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 23]);
        a0_0 += vec4(0.051511507, 0.057913985, -0.004717193, 0.0086835725) * v0_3.x;
        a0_0 += vec4(-0.0013303069, 0.004343174, -0.0028176676, -0.0015812053) * v0_3.y;
        a0_0 += vec4(-0.010386052, -0.050099153, 0.003699994, -0.010033204) * v0_3.z;
        a0_0 += vec4(0.006047573, -0.04352732, 0.017547455, 0.08058537) * v0_3.w;
    }
    {   // tap (2, -1)
        vec4 v0_3 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.01124386, 5.078651e-05, -0.010492193, -0.014765473) * v0_3.x;
        a0_0 += vec4(-0.00015027182, -0.00035635766, -0.0008991341, -0.0017456071) * v0_3.y;
        a0_0 += vec4(0.001685651, -0.010675337, 0.0025314018, -0.0060489606) * v0_3.z;
        a0_0 += vec4(-0.00059481914, 0.03985019, -0.0016922733, 0.02235661) * v0_3.w;
    }
    {   // tap (-2, 0)
        vec4 v0_3 = vec4(tile[at + 40]);
        a0_0 += vec4(0.009235738, -0.0033028563, 0.0013110085, -0.006872751) * v0_3.x;
        a0_0 += vec4(-0.0007694821, 0.0013785737, 0.0011985918, -0.001182017) * v0_3.y;
        a0_0 += vec4(-0.0012755406, 0.003139695, 0.0008063235, 0.0021251347) * v0_3.z;
        a0_0 += vec4(0.00053439796, 0.0007648903, -0.0028884665, 0.0010273427) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.06192256, -0.0015012103, -0.085954145, -0.015294549) * v0_3.x;
        a0_0 += vec4(0.020559194, 0.0038585833, -0.028930658, 0.00023790574) * v0_3.y;
        a0_0 += vec4(0.009726964, -0.004414539, -0.020469185, 0.011860773) * v0_3.z;
        a0_0 += vec4(0.0021504445, 0.0009949114, 0.0019966797, 0.0027420656) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.15833436, -0.17977774, -0.16254343, -0.2522304) * v0_3.x;
        a0_0 += vec4(0.15564363, -0.1859655, 0.13831218, -0.1830734) * v0_3.y;
        a0_0 += vec4(-0.27525437, 0.11426799, -0.1351163, 0.055139944) * v0_3.z;
        a0_0 += vec4(-0.19048885, 0.027903546, 0.033134114, 0.013751409) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 43]);
        a0_0 += vec4(0.13931216, 0.116137214, 0.13926215, 0.13989852) * v0_3.x;
        a0_0 += vec4(-0.009037074, -0.0058404948, -0.0032185179, -0.0034528726) * v0_3.y;
        a0_0 += vec4(-0.04545509, -0.095246725, -0.04531552, -0.09037581) * v0_3.z;
        a0_0 += vec4(0.1162904, -0.13469504, 0.11953179, -0.29544273) * v0_3.w;
    }
    {   // tap (2, 0)
        vec4 v0_3 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0057056868, 0.03145356, -0.009795744, 0.026634341) * v0_3.x;
        a0_0 += vec4(-0.0024088265, -0.0035367573, -0.0014858348, 0.00038448433) * v0_3.y;
        a0_0 += vec4(0.0053711915, -0.0039961543, 0.0015626265, -0.0019871565) * v0_3.z;
        a0_0 += vec4(0.0046822927, -0.021942645, -0.0036105048, 0.020949474) * v0_3.w;
    }
    {   // tap (-2, 1)
        vec4 v0_3 = vec4(tile[at + 60]);
        a0_0 += vec4(0.01279322, 0.005526758, 0.008136986, 0.0026867222) * v0_3.x;
        a0_0 += vec4(-0.001064308, 0.0004032326, 0.001129165, 0.0011677932) * v0_3.y;
        a0_0 += vec4(-0.004667198, -0.0031211758, -0.0059938417, 0.00090762984) * v0_3.z;
        a0_0 += vec4(0.00051026203, 0.0006068481, 0.00015967991, 0.00034084063) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 61]);
        a0_0 += vec4(0.01661512, 0.018947778, 0.008521925, 0.017152116) * v0_3.x;
        a0_0 += vec4(-0.010488002, 0.0018129058, 0.012712928, 0.007354415) * v0_3.y;
        a0_0 += vec4(-0.003863641, -0.0011202219, 0.008204565, -0.0013055976) * v0_3.z;
        a0_0 += vec4(0.005564361, -0.002632893, 0.0025436687, 0.00036987706) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 62]);
        a0_0 += vec4(0.014424674, 0.011760266, -0.05466358, -0.027632337) * v0_3.x;
        a0_0 += vec4(0.051744435, -0.036002982, 0.09496006, -0.08913007) * v0_3.y;
        a0_0 += vec4(0.024463564, -0.0086126365, -0.06737157, 0.010588194) * v0_3.z;
        a0_0 += vec4(0.008085372, 0.0033914754, -0.15164287, 0.015017442) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.0011516128, 0.0034036275, 0.054679293, 0.04028441) * v0_3.x;
        a0_0 += vec4(-0.010888109, 0.036673218, -0.007701307, 0.01601396) * v0_3.y;
        a0_0 += vec4(0.016198698, -0.020302799, -0.010726346, -0.07162299) * v0_3.z;
        a0_0 += vec4(-0.019321816, 0.03156086, -0.01416165, 0.053272206) * v0_3.w;
    }
    {   // tap (2, 1)
        vec4 v0_3 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.01720177, -0.014344876, -0.007050847, 0.010312326) * v0_3.x;
        a0_0 += vec4(0.0004430376, 0.0032490874, -7.3054696e-05, -0.00044178715) * v0_3.y;
        a0_0 += vec4(0.0044609723, 0.0032332283, 0.004141379, -0.003698827) * v0_3.z;
        a0_0 += vec4(0.0053893076, -0.0027252336, 0.004523869, -0.019791463) * v0_3.w;
    }
    {   // tap (-2, 2)
        vec4 v0_3 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.0052266004, -0.00531248, -0.0039244792, -0.005365338) * v0_3.x;
        a0_0 += vec4(0.00026758842, -0.0005339805, -0.0032519272, -0.0017697876) * v0_3.y;
        a0_0 += vec4(0.00032597006, 1.844097e-06, -0.0004703559, -0.0009831481) * v0_3.z;
        a0_0 += vec4(0.0031044483, 0.0025596067, 0.0015996816, 0.00078285136) * v0_3.w;
    }
    {   // tap (-1, 2)
        vec4 v0_3 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.00396073, -0.0020305272, 0.0068218186, 0.0029945464) * v0_3.x;
        a0_0 += vec4(-0.009600439, 0.0027875197, -0.016763108, 0.0009820746) * v0_3.y;
        a0_0 += vec4(-0.0004944687, -0.0012462934, 0.0058983574, -0.002438908) * v0_3.z;
        a0_0 += vec4(0.013721004, 0.002851123, 0.008029459, 0.0024991652) * v0_3.w;
    }
    {   // tap (0, 2)
        vec4 v0_3 = vec4(tile[at + 82]);
        a0_0 += vec4(0.00046799576, 0.0011010871, 0.0044566127, 0.010054931) * v0_3.x;
        a0_0 += vec4(0.013879737, -0.008383078, 0.027419936, -0.021207241) * v0_3.y;
        a0_0 += vec4(-0.0077696685, -0.0032587147, -0.014624316, -0.0041811536) * v0_3.z;
        a0_0 += vec4(0.0009794841, 0.0045162076, 0.011957563, 0.01262542) * v0_3.w;
    }
    {   // tap (1, 2)
        vec4 v0_3 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0016864405, 0.0037481443, 0.0029937513, 0.00447751) * v0_3.x;
        a0_0 += vec4(0.0002420977, 0.013410045, -0.007829069, 0.029403225) * v0_3.y;
        a0_0 += vec4(0.0006579798, 0.004407971, 0.0058566853, 0.011413876) * v0_3.z;
        a0_0 += vec4(-0.0030627656, 0.008924043, 0.0008221802, 0.008222688) * v0_3.w;
    }
    {   // tap (2, 2)
        vec4 v0_3 = vec4(tile[at + 84]);
        a0_0 += vec4(0.003229069, 0.0019613672, -0.0051489486, -0.006178552) * v0_3.x;
        a0_0 += vec4(0.0007759171, -0.0016904962, 0.0004822097, 0.0012562412) * v0_3.y;
        a0_0 += vec4(0.0021460026, 0.0027045088, 0.0022655516, 0.0013000572) * v0_3.z;
        a0_0 += vec4(-0.001939394, -0.0026410874, 0.0023563246, 7.122572e-07) * v0_3.w;
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
        a0_0 += vec4(-0.0015846592, -0.00040923912, -0.0006896529, 0.00013848067) * v0_4.x;
    }
    {   // tap (-1, -2)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0016104449, -0.005799473, -0.0001931421, 0.001369916) * v0_4.x;
    }
    {   // tap (0, -2)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(0.008065921, 0.008042469, 0.0015367361, -0.003717416) * v0_4.x;
    }
    {   // tap (1, -2)
        vec4 v0_4 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0022085134, -0.0023912226, -2.5274983e-05, 0.0011185446) * v0_4.x;
    }
    {   // tap (2, -2)
        vec4 v0_4 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.002199537, 0.0008522311, -0.0013059301, 0.000448583) * v0_4.x;
    }
    {   // tap (-2, -1)
        vec4 v0_4 = vec4(tile[at + 20]);
        a0_0 += vec4(0.006803885, 0.0007250708, -0.004642754, -0.0018090644) * v0_4.x;
    }
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 21]);
        a0_0 += vec4(0.043876603, 0.014041138, -0.002489235, -0.013912721) * v0_4.x;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 22]);
        a0_0 += vec4(0.1820819, 0.17041369, -0.0041053323, 0.0012474445) * v0_4.x;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0020887286, 0.043984197, -0.0076322677, -0.009016387) * v0_4.x;
    }
    {   // tap (2, -1)
        vec4 v0_4 = vec4(tile[at + 24]);
        a0_0 += vec4(0.0017880163, -0.005725541, -0.0023489601, -0.0025545075) * v0_4.x;
    }
    {   // tap (-2, 0)
        vec4 v0_4 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.005440796, -0.00062383566, 0.016482683, -0.0006882086) * v0_4.x;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 41]);
        a0_0 += vec4(0.13332096, -0.012216775, 0.13291006, 0.021034101) * v0_4.x;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 42]);
        a0_0 += vec4(0.6196764, 0.6646892, 0.6498709, 0.68271166) * v0_4.x;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 43]);
        a0_0 += vec4(0.032725673, 0.12588942, 0.024246266, 0.12910727) * v0_4.x;
    }
    {   // tap (2, 0)
        vec4 v0_4 = vec4(tile[at + 44]);
        a0_0 += vec4(0.0036821172, 0.014297933, 0.0057718707, 0.0025835405) * v0_4.x;
    }
    {   // tap (-2, 1)
        vec4 v0_4 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.0005198207, -0.0005341378, -0.014359878, -0.0001984552) * v0_4.x;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.01597027, -0.005306434, 0.051311098, -0.014160073) * v0_4.x;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 62]);
        a0_0 += vec4(0.019216197, -0.0011082476, 0.1555528, 0.16375571) * v0_4.x;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.016231077, -0.0034373472, 0.00823538, 0.037526395) * v0_4.x;
    }
    {   // tap (2, 1)
        vec4 v0_4 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.0060552293, -0.00827208, -0.0046525113, 0.005110972) * v0_4.x;
    }
    {   // tap (-2, 2)
        vec4 v0_4 = vec4(tile[at + 80]);
        a0_0 += vec4(0.00037150705, -0.00022318937, 0.0027373352, 0.0016255818) * v0_4.x;
    }
    {   // tap (-1, 2)
        vec4 v0_4 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.00045843897, -0.0016131612, -0.0147511745, -0.005878116) * v0_4.x;
    }
    {   // tap (0, 2)
        vec4 v0_4 = vec4(tile[at + 82]);
        a0_0 += vec4(0.0020220045, 0.005205329, 0.015687788, 0.0099978335) * v0_4.x;
    }
    {   // tap (1, 2)
        vec4 v0_4 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0009132883, -0.0007421028, -0.0056693032, -0.0027336325) * v0_4.x;
    }
    {   // tap (2, 2)
        vec4 v0_4 = vec4(tile[at + 84]);
        a0_0 += vec4(0.00010087825, 0.00042384892, -0.0011957088, -0.0029054557) * v0_4.x;
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
