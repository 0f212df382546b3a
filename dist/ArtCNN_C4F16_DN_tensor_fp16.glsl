// ArtCNN_C4F16_DN: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F16_DN: C4F16 trained to denoise and soften
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DN variant=tensor precision=fp16
// Weights: ArtCNN_C4F16_DN.keras
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_conv2d_1
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_2 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L1
//!BIND ArtCNN_C4F16_DN_T2
//!SAVE ArtCNN_C4F16_DN_L2
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L1
//!BIND ArtCNN_C4F16_DN_T2
//!SAVE ArtCNN_C4F16_DN_L2
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_3 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L2
//!BIND ArtCNN_C4F16_DN_T3
//!SAVE ArtCNN_C4F16_DN_L3
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L2
//!BIND ArtCNN_C4F16_DN_T3
//!SAVE ArtCNN_C4F16_DN_L3
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_4 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L3
//!BIND ArtCNN_C4F16_DN_T4
//!SAVE ArtCNN_C4F16_DN_L4
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DN_L3
//!BIND ArtCNN_C4F16_DN_T4
//!SAVE ArtCNN_C4F16_DN_L4
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
    HVEC4 n0_0, n0_1, n0_2, n0_3;
    HVEC4 n1_0, n1_1, n1_2, n1_3;
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DN_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DN tensor conv2d_5_add_conv2d_6_depth_to_space
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
