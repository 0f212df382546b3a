// ArtCNN_C4F16_DS: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F16_DS: C4F16 trained to denoise and sharpen
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DS variant=compute precision=fp16
// Weights: ArtCNN_C4F16_DS.keras
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

//!DESC ArtCNN_C4F16_DS compute conv2d_conv2d_1
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F16_DS_L1
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
        c += vec4(-0.03639613, -0.017230852, 0.0038173718, 0.0036885776);
        c += vec4(0.0720564, -0.06395141, 0.005934175, 0.02540871) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.17736915, 0.2769649, -0.09113538, 0.051783517) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-1.0113964, -0.03144248, -0.021273145, -0.077724166) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.21932356, 0.12598866, -0.016334293, 0.008000687) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.009274973, -0.09557647, -0.02433242, 0.004716651) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.0044095, -0.0035011894, 0.0054868637, -0.024841662);
        c += vec4(-0.049409114, -0.051636495, -0.0022541066, 0.023946883) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.01452391, -0.20734681, -0.014784025, 0.18548375) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.039240863, 0.24726146, -0.29605627, 1.1428118) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.036238384, 0.004652371, -0.057789765, 0.1766628) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.004633651, -0.1300518, -0.0543599, -0.021745106) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.0026879376, -0.01439534, 0.010592649, 0.0003156878);
        c += vec4(-0.04157667, 0.12916325, 0.011370324, 0.0028719425) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.12037147, -0.18245406, 0.055675227, 0.0007782042) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.038487192, 0.29098853, -0.2779993, 0.009911927) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.017354093, -0.16972105, 0.005900485, -0.03356911) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.025007306, -0.038071323, 0.027140308, -0.0017224199) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.0026695393, -0.01187612, 0.013885403, -0.0031429746);
        c += vec4(-0.055347983, 0.1520054, -0.061013553, 0.04521302) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.18495333, 0.017653042, -0.11641769, 0.10451536) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.035915494, 0.09525898, 0.010249107, -0.038981598) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.037967067, -0.15125309, 0.071899086, -0.057192862) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.009736231, -0.07930699, -0.01411775, -0.039983675) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.016968166, -0.018563056, 0.008663602, 0.0032330528);
        c -= vec4(-0.2763797, 0.1281536, -0.031015355, -0.023762828) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.027025897, -0.000689252, 0.0028216725, 0.0013846718);
        c -= vec4(0.110593535, 0.003757796, 0.07285604, -0.08635407) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.0033344852, -0.0034368313, -2.1187612e-05, -0.008330555);
        c -= vec4(0.0028010886, 0.014578518, -0.089163944, 0.06270079) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.005762588, -0.0014126957, 0.009545696, -0.010823276);
        c -= vec4(-0.11905645, 0.15421337, 0.027618919, 0.0610136) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_1(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(0.0004228333, -0.003314613, -0.003412496, 0.00039699694);
        c += vec4(0.006648305, -0.03435634, -0.018667022, 0.03741695) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.06753955, -0.043081038, -0.062728, -0.017317181) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.0798273, 0.26674983, 0.08228369, -0.024692947) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.040434003, -0.12037646, -0.044750787, -0.011601182) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.004207058, 0.0104593765, -0.030001996, 0.006606182) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(0.00045212096, 0.012678586, -0.004884155, -0.0049229083);
        c += vec4(-0.004793451, -0.15028459, 0.0022507706, -0.03005772) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.16606154, -0.49365938, -0.18728045, 0.2909864) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.2506348, -0.60959315, -0.93375266, -0.063839145) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.22100897, -0.17270292, -0.18181303, -0.094138056) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.028924005, -0.054372124, 0.0116753355, 0.032420196) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.010835717, -0.0023269905, -0.0090462975, -0.029837055);
        c += vec4(0.003195898, 0.024352793, 0.0008006333, -0.0018369991) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.15334415, 0.11315313, -0.044506464, 0.03714093) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.3469321, 0.2528754, 0.05744836, 0.34858048) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.21210109, 0.6469247, -0.07687328, 0.8463913) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.00511436, 0.136495, 0.0087581575, -0.014272018) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.034819916, -0.0016283839, -0.0039654877, 0.0029941644);
        c += vec4(0.048961733, -0.052756403, -0.03916406, 0.00926573) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.19702664, 0.023058636, -0.001044353, -0.022667725) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.5327505, 0.13602366, 0.14241694, -0.0016790968) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.42746848, -0.15382713, -0.052236456, -0.08404825) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.034617294, 0.05925652, 0.013842632, 0.030424958) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.00021751327, -0.001490901, -0.0074583483, -0.0017101355);
        c -= vec4(0.07350028, 0.04108652, 0.07369266, 0.021241942) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.006833548, -0.005185928, -0.0007722911, -0.0014041496);
        c -= vec4(-0.05141913, 0.15311626, 0.032855056, -0.012552576) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0012318153, 0.007717791, -0.0026391626, -0.0030376308);
        c -= vec4(0.044115514, -0.067355484, -0.049660113, 0.22541666) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0073014176, 0.007389654, 0.005762727, 0.0037246344);
        c -= vec4(-0.011751264, -0.061645936, -0.043418225, -0.024139443) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_2(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(0.001733257, -0.008325914, -0.003604778, 0.0033104902);
        c += vec4(0.02529661, 0.0076222927, 0.10086556, -0.20300397) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.13917333, -0.007554619, 0.5576445, -0.8082231) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.18759017, -0.06320393, -0.44745216, -0.108920366) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.0086655915, 0.10519348, -0.18549548, 0.018277133) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.022887407, 0.013469083, -0.037130192, -0.05055264) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.005146132, 0.00025160072, -0.0075816764, -0.011823856);
        c += vec4(0.008917478, -0.011869777, 0.17619477, -0.21197574) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.10575213, 0.07628587, 0.40376344, 0.008838598) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.76172465, -0.1190296, -0.41115394, -0.015525187) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.22580992, 0.0146960495, -0.10112287, -0.055731356) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.020927235, -0.0038205376, -0.05007306, 0.019969467) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(0.014813832, 0.003869942, 0.003865076, 0.03313371);
        c += vec4(0.0033982117, -0.009500695, 0.008891434, -0.01646073) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.120467216, 0.07496433, 0.56765354, 0.72051513) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.3778509, -0.06776559, -1.271216, 0.5038985) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.30756843, 0.13624497, 0.7989265, 0.06625727) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.071834534, 0.04002052, -0.051874805, -0.0071283868) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.001742225, 0.0008873797, 0.00072978693, -0.009578441);
        c += vec4(-0.038200438, 0.05825484, 0.07231581, 0.12608175) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.023240896, -0.10124415, -0.079951406, -0.17214395) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.3179443, 0.50057954, 0.18330565, 0.0656398) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.15903178, -0.10522687, -0.0022308107, 0.169195) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.028081337, 0.004894901, -0.00083840254, 0.014417901) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.0041657225, 0.0037347537, -0.00026551815, 0.0067574545);
        c -= vec4(-0.0025485684, -0.037665572, -0.37796837, 0.0810865) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.0007292853, -0.0016696915, -0.0107909, 0.011211372);
        c -= vec4(0.018291961, -0.06390475, 0.026766162, -0.020748807) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.0060353912, 0.003479841, 0.0059144017, 0.00022501357);
        c -= vec4(0.1294998, -0.1245181, -0.19951726, 0.025888909) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0031342271, -0.008698268, 0.0059076273, -0.007759185);
        c -= vec4(0.09909703, -0.051427417, -0.052626874, 0.022510232) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_3(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.0048188115, -0.010321624, 0.0030678117, -0.004601208);
        c += vec4(-0.0038672073, -0.05267312, -0.002833997, 0.09826982) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.04502439, 0.045577962, -0.38966733, 0.018948495) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.09223043, -0.048651904, -0.09726172, -0.014357113) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.1708039, -0.06029361, 0.06837746, 0.004993883) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.036854867, 0.018184146, -0.03424932, -0.012527223) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.018294616, -0.010153055, 0.0017165829, 0.003997963);
        c += vec4(0.005161283, 0.03046032, -0.15220018, 0.06357569) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.010283271, 0.14481668, 0.049647864, 0.0014983518) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.09672675, 0.66042215, -0.65576804, 0.0074600275) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.1110488, -0.02568651, -0.19001704, -0.05037378) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.08539012, 0.026404273, 0.04971606, -0.020815386) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.012315859, -0.008158364, -0.009529864, -0.029953811);
        c += vec4(0.0027785525, -0.013521119, -0.06252738, 0.020986414) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.038950298, -0.24657914, -0.32656386, -0.15032853) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.12304758, -0.095166355, 0.3329856, -0.8016633) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.017402766, -0.5864891, -0.11895737, -0.04366723) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.01355062, -0.02003692, -0.0936615, 0.022335779) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.02048108, -0.0054306467, -0.008807199, -1.6630636e-05);
        c += vec4(-0.050430063, 0.0045453287, 0.006526246, -0.03134929) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.15424372, 0.019817976, -0.10233939, 0.039751153) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.7825722, 0.13817587, -0.30090865, -0.0028219852) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.053935364, -0.37206647, -0.20227084, 0.01975915) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.0048215175, -0.007569196, 0.108079284, -0.022965647) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.0017903259, -0.0036290283, -0.018108193, -0.006745475);
        c -= vec4(-0.013349068, 0.02985455, 0.12254658, -0.053466816) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0003096533, 0.0017197798, 0.011278767, 0.0018554601);
        c -= vec4(0.01626058, -0.040319104, 0.011518678, 0.035401784) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.008075597, -0.0049897144, 0.008310232, -0.00010331156);
        c -= vec4(0.0065782527, 0.067693666, 0.0056194835, -0.036554493) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0046802294, -0.0067948843, -0.00534274, -0.0051628286);
        c -= vec4(-0.15068758, 0.0794083, -0.099679515, 0.016505292) * tail_input(p + ivec2(0, 0), last, 0).x;
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
        vec4 a0_0 = vec4(0.018646812, 0.0012177093, 0.12294095, -0.0092175985);
        vec4 a0_1 = vec4(0.01556576, -0.0045098374, -0.008689459, -0.02298388);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_0 = vec4(0.0045840554, -0.023846375, -0.008797665, -0.003679058);
            vec4 w0_1 = vec4(-0.007945883, 0.059846707, 0.0060323584, -0.0109264245);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_0 = vec4(0.08806645, -0.21920632, -0.071344726, -0.026686404);
            vec4 w0_1 = vec4(-0.0023918664, -0.04859819, -0.006410717, -0.005690757);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_0 = vec4(-0.008089084, 0.34168786, -0.026929716, 0.06582445);
            vec4 w0_1 = vec4(0.016538532, -0.031411406, -0.03749713, 0.038079485);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_0 = vec4(0.10681018, -0.11515823, 0.05084572, -0.054295562);
            vec4 w0_1 = vec4(-0.017136585, 0.01136077, 0.052231047, -0.012585123);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_0 = vec4(-0.004621388, -0.03278268, -0.010345456, 5.314078e-06);
            vec4 w0_1 = vec4(0.0060014385, 0.00803825, -0.0017282452, 0.0027066371);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_0 = vec4(0.017059676, 0.34326053, -0.027099596, -0.03215661);
            vec4 w0_1 = vec4(0.007054979, 0.13179606, 0.023703597, 0.043624163);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_0 = vec4(0.05417581, -0.80109257, 0.04114106, -0.040904462);
            vec4 w0_1 = vec4(0.01644587, -0.23546559, 0.077899635, -0.040286496);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_0 = vec4(-0.7397382, 1.0212983, 0.16251525, 0.1467901);
            vec4 w0_1 = vec4(-0.021561226, 0.068805896, -0.11968362, 0.024315594);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_0 = vec4(0.050010137, -0.62449825, -0.010579275, -0.07027415);
            vec4 w0_1 = vec4(-0.074364044, 0.013908717, 0.066192724, -0.009453918);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_0 = vec4(0.037187684, 0.24675974, 0.0170129, -0.0044093775);
            vec4 w0_1 = vec4(0.017329428, -0.034359977, 0.018552141, -0.009773635);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_0 = vec4(0.014237376, -0.29217625, 0.088590555, 0.073295675);
            vec4 w0_1 = vec4(-0.023098648, -0.19774641, -0.044973955, 0.08114327);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_0 = vec4(0.019126656, 0.46396542, 0.013611542, 0.23331462);
            vec4 w0_1 = vec4(0.23845883, -1.1999649, -0.20016295, -0.2850771);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_0 = vec4(0.078401, -0.62879175, -0.77869636, 1.7893686);
            vec4 w0_1 = vec4(0.3844234, -0.11033347, -1.9665945, 0.28289187);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_0 = vec4(0.04257707, 0.53946024, 0.033872657, 0.25986362);
            vec4 w0_1 = vec4(0.034574594, -0.04501897, -0.28330925, -0.04541834);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_0 = vec4(0.003281779, -0.35627636, -0.02967645, 0.0010902273);
            vec4 w0_1 = vec4(0.011384792, 0.0033351274, -0.04338012, 0.010328189);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_0 = vec4(-0.00226238, -0.039979342, -0.034042433, -0.035927415);
            vec4 w0_1 = vec4(-0.0021237812, -0.009688317, 0.04572368, -0.32335857);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_0 = vec4(-0.013541894, 0.41642806, 0.19245651, -0.19984555);
            vec4 w0_1 = vec4(0.10165278, -0.005738131, 0.2466368, -1.3174173);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_0 = vec4(0.09246802, -0.46236953, 0.23474063, -1.879062);
            vec4 w0_1 = vec4(-0.44431695, 1.3710842, 1.9615762, 1.3996677);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_0 = vec4(-0.018619396, 0.05377608, 0.032886013, -0.24927072);
            vec4 w0_1 = vec4(-0.11971686, 0.1978974, 0.19472471, 0.19221255);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_0 = vec4(-0.018664815, 0.17407097, 0.0073614703, -0.0033845967);
            vec4 w0_1 = vec4(-0.075791545, 0.05444275, 0.027117038, 0.024983207);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_0 = vec4(0.0021468552, 0.007038791, -0.010110913, -0.0067377705);
            vec4 w0_1 = vec4(0.015379467, 0.007896586, -0.042433634, 0.16556422);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_0 = vec4(0.030570237, 0.13968232, 0.014699074, 0.058341093);
            vec4 w0_1 = vec4(-0.00042430122, -0.06323641, -0.044770747, -0.19493961);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_0 = vec4(-0.054784074, -0.24995336, -0.01324647, -0.12438054);
            vec4 w0_1 = vec4(-0.094425164, 0.27003604, 0.1652349, 0.09393492);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_0 = vec4(0.03569059, 0.13691288, -0.018718135, 0.08331678);
            vec4 w0_1 = vec4(0.06602312, -0.17765673, -0.08572748, -0.06578281);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_0 = vec4(0.0034523434, -0.03701892, 0.02488304, 0.01757966);
            vec4 w0_1 = vec4(0.024368145, -0.040277936, -0.008195581, -0.0317);
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
        vec4 a0_2 = vec4(-0.001702937, 0.022390814, 0.00058688346, 0.0132684875);
        vec4 a0_3 = vec4(-0.01687515, -0.026358824, 0.0031308616, -0.021205332);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_2 = vec4(-0.011325404, 0.0050680526, -0.00350136, 0.07211079);
            vec4 w0_3 = vec4(-0.0027043624, 0.019471647, -0.04560535, -0.025631517);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_2 = vec4(0.035699718, -0.013181426, -0.016557528, 0.25102955);
            vec4 w0_3 = vec4(0.015508595, -0.02688058, 0.08011361, 0.01720107);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_2 = vec4(-0.014858546, 0.003819554, 0.11650172, -0.026635919);
            vec4 w0_3 = vec4(-0.06760317, -0.013704992, -0.014511204, -0.0010754963);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_2 = vec4(0.016525183, -0.0049801045, -0.12268698, -0.41033375);
            vec4 w0_3 = vec4(0.05987049, 0.05159199, -0.11761599, -0.0049375272);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_2 = vec4(-0.019351987, 0.016484369, 0.016831914, 0.029451117);
            vec4 w0_3 = vec4(-0.002832864, -0.023907818, 0.09039974, 0.011639477);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_2 = vec4(0.012812715, -0.024028184, -0.17316765, -0.22141746);
            vec4 w0_3 = vec4(0.029786795, 0.014264914, -0.009344396, -0.112563364);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_2 = vec4(-0.08368855, -0.025412474, -0.9422346, 0.20964104);
            vec4 w0_3 = vec4(0.090421885, -0.0007426456, 0.9162615, 0.1690158);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_2 = vec4(-0.10226051, 0.09776471, 0.7008758, 1.3226371);
            vec4 w0_3 = vec4(-0.18430962, 0.105642885, 0.09760517, -0.21276288);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_2 = vec4(0.054913227, -0.14666343, 0.368662, -0.073472776);
            vec4 w0_3 = vec4(0.1478533, -0.037480656, -0.4763442, 0.04368874);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_2 = vec4(0.006955164, 0.044515572, 0.070907585, 0.027161535);
            vec4 w0_3 = vec4(-0.09279857, 0.041004956, -0.030302474, 0.018430814);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_2 = vec4(0.0044570584, 0.017880304, 0.56429946, -0.33049896);
            vec4 w0_3 = vec4(-0.0220447, -0.029358933, -0.09439992, 0.2611032);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_2 = vec4(-0.41134408, -0.034550563, 1.6262145, -1.5742923);
            vec4 w0_3 = vec4(-0.027633253, 0.4813418, -0.19432151, 1.8869866);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_2 = vec4(2.2141228, 1.331434, -1.4465882, 0.2542189);
            vec4 w0_3 = vec4(-1.9095576, 0.6810026, -1.6983895, -1.8626362);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_2 = vec4(0.1273654, -1.2023591, -0.5634088, 0.114042);
            vec4 w0_3 = vec4(1.8608862, -0.072943866, 0.48112914, -0.14808989);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_2 = vec4(-0.02482629, -0.09630009, -0.18868244, 0.03568856);
            vec4 w0_3 = vec4(0.20449474, -0.019881805, 0.09627569, -0.020982688);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_2 = vec4(-0.04750276, 0.0019282969, -0.28282645, 0.5262183);
            vec4 w0_3 = vec4(0.012356915, 0.04884971, 0.085330874, -0.10144613);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_2 = vec4(-0.44584087, -0.087753, -1.1155056, -0.20906352);
            vec4 w0_3 = vec4(0.06810527, 0.47424084, -0.51616776, 0.20920576);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_2 = vec4(-0.9974352, 0.17692035, 1.1658093, -0.07577516);
            vec4 w0_3 = vec4(-0.25044894, -2.1370752, 0.62430817, -0.22445655);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_2 = vec4(-0.26395115, -0.09771622, 0.062793426, 0.15996225);
            vec4 w0_3 = vec4(0.20253246, 0.36088634, 0.8141772, 0.05449396);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_2 = vec4(-0.0018952941, 0.05880712, 0.15670003, -0.09573472);
            vec4 w0_3 = vec4(-0.13237771, -0.014743933, -0.06658631, 0.029232748);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_2 = vec4(0.044022106, -0.0032723872, -0.0021510583, 0.018962998);
            vec4 w0_3 = vec4(-0.0055360463, -0.04152045, 0.07169459, -0.013050754);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_2 = vec4(0.086340785, -0.02392975, 0.057279922, -0.008688314);
            vec4 w0_3 = vec4(0.026723363, 0.056967717, 0.035349388, 0.017460933);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_2 = vec4(-0.17985255, 0.008169623, -0.07967952, -0.0053542927);
            vec4 w0_3 = vec4(-0.007745617, 0.10699832, 0.12771219, -0.0020765944);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_2 = vec4(-0.034344953, -0.007363831, 0.07367414, 0.00748277);
            vec4 w0_3 = vec4(-0.011460772, -0.11168814, -0.16682172, 0.023350213);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_2 = vec4(0.053943947, 0.011590036, -0.04494791, -0.0060339905);
            vec4 w0_3 = vec4(-0.003375534, 0.046176076, -0.087486, -0.010271062);
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

//!DESC ArtCNN_C4F16_DS compute conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L1
//!SAVE ArtCNN_C4F16_DS_L2
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
        a0_0 = vec4(0.044277187, -0.003769685, 0.014565699, 0.0028785786);
        a0_1 = vec4(-0.0013655169, 0.0010824914, -0.016440798, 0.026956681);
        a0_2 = vec4(0.07201445, 0.06504166, -0.022896532, 0.019721309);
        a0_3 = vec4(-0.025113558, -0.012103399, -0.007747329, 0.029531373);
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
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.014633179, 0.15625, -0.029418945, 0.0072402954) * v0_0.x;
        h0_0 += HVEC4(-0.043548584, -0.022064209, -0.013313293, 0.026031494) * v0_0.y;
        h0_0 += HVEC4(-0.074035645, 0.18054199, -0.10821533, -0.080200195) * v0_0.z;
        h0_0 += HVEC4(-0.00030875206, -0.09033203, 0.03186035, -0.14868164) * v0_0.w;
        h0_1 += HVEC4(-0.03338623, 0.022384644, 0.010902405, 0.08013916) * v0_0.x;
        h0_1 += HVEC4(0.020889282, 0.22106934, 0.085998535, -0.018951416) * v0_0.y;
        h0_1 += HVEC4(-0.14379883, -0.015388489, 0.07354736, -0.12683105) * v0_0.z;
        h0_1 += HVEC4(-0.42089844, -0.10644531, 0.028945923, 0.3161621) * v0_0.w;
        h0_2 += HVEC4(-0.059631348, -0.004714966, 0.022338867, -0.05709839) * v0_0.x;
        h0_2 += HVEC4(-0.026397705, -0.124938965, 0.107543945, 0.17492676) * v0_0.y;
        h0_2 += HVEC4(-0.09136963, 0.023208618, -0.09124756, -0.015213013) * v0_0.z;
        h0_2 += HVEC4(0.13671875, 0.15332031, -0.13952637, -0.43603516) * v0_0.w;
        h0_3 += HVEC4(-0.013893127, 0.038909912, -0.048919678, -0.06774902) * v0_0.x;
        h0_3 += HVEC4(0.016738892, -0.009674072, 0.004585266, 0.015975952) * v0_0.y;
        h0_3 += HVEC4(-0.07562256, -0.07989502, -0.117004395, 0.014526367) * v0_0.z;
        h0_3 += HVEC4(0.0057792664, 0.06274414, 0.019363403, -0.040283203) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.025604248, -0.15966797, 0.002008438, 0.00070667267) * v0_0.x;
        h0_0 += HVEC4(-0.14025879, -0.076293945, -0.020339966, -0.024765015) * v0_0.y;
        h0_0 += HVEC4(0.22839355, -0.18859863, 0.06100464, -0.039276123) * v0_0.z;
        h0_0 += HVEC4(-0.16638184, 0.4091797, 0.1026001, 0.18164062) * v0_0.w;
        h0_1 += HVEC4(0.040008545, -0.105651855, 0.037902832, -0.05480957) * v0_0.x;
        h0_1 += HVEC4(-0.085632324, 0.056549072, 0.04397583, 0.14111328) * v0_0.y;
        h0_1 += HVEC4(0.27783203, -0.17810059, 0.10858154, -0.06719971) * v0_0.z;
        h0_1 += HVEC4(-0.6118164, -0.45410156, 0.0619812, -0.14233398) * v0_0.w;
        h0_2 += HVEC4(0.011734009, 0.034057617, -0.014549255, 0.023986816) * v0_0.x;
        h0_2 += HVEC4(-0.08282471, -0.08984375, 0.18322754, 0.10797119) * v0_0.y;
        h0_2 += HVEC4(0.09588623, 0.021987915, 0.09844971, 0.05154419) * v0_0.z;
        h0_2 += HVEC4(0.03366089, 0.12988281, -0.26391602, -0.20812988) * v0_0.w;
        h0_3 += HVEC4(0.0076026917, -0.03817749, 0.054107666, 0.05026245) * v0_0.x;
        h0_3 += HVEC4(0.012931824, -0.046142578, 0.021743774, 0.06951904) * v0_0.y;
        h0_3 += HVEC4(0.05166626, 0.046020508, 0.034423828, -0.025726318) * v0_0.z;
        h0_3 += HVEC4(0.12963867, -0.1730957, -0.11456299, -0.05215454) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.095336914, 0.048339844, 0.048736572, 0.002752304) * v0_0.x;
        h0_0 += HVEC4(-0.04812622, 0.001876831, -0.073913574, -0.046081543) * v0_0.y;
        h0_0 += HVEC4(0.061706543, 0.11419678, 0.020126343, 0.11273193) * v0_0.z;
        h0_0 += HVEC4(0.09326172, 0.028549194, 0.085754395, 0.01890564) * v0_0.w;
        h0_1 += HVEC4(0.031433105, 0.05203247, -0.035980225, 0.044128418) * v0_0.x;
        h0_1 += HVEC4(0.10772705, -0.060546875, -0.017288208, 0.12854004) * v0_0.y;
        h0_1 += HVEC4(0.014167786, 0.24926758, -0.0010023117, 0.32470703) * v0_0.z;
        h0_1 += HVEC4(-0.23779297, -0.18969727, -0.24194336, 0.06964111) * v0_0.w;
        h0_2 += HVEC4(0.15356445, -0.06915283, 0.06549072, 0.04611206) * v0_0.x;
        h0_2 += HVEC4(-0.27026367, -0.04949951, 0.13293457, 0.03289795) * v0_0.y;
        h0_2 += HVEC4(0.014060974, -0.17260742, -0.1538086, 0.05142212) * v0_0.z;
        h0_2 += HVEC4(0.15466309, -0.03463745, -0.057647705, -0.14367676) * v0_0.w;
        h0_3 += HVEC4(-0.024261475, 0.030288696, 0.010482788, -0.031585693) * v0_0.x;
        h0_3 += HVEC4(0.051086426, -0.0030994415, -0.027496338, 0.06640625) * v0_0.y;
        h0_3 += HVEC4(-0.15148926, 0.04711914, 0.08917236, 0.010246277) * v0_0.z;
        h0_3 += HVEC4(0.18078613, 0.18688965, 0.017074585, -0.0619812) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.0021095276, -0.32104492, 0.1529541, -0.01625061) * v0_0.x;
        h0_0 += HVEC4(0.010498047, -0.13452148, 0.08081055, 0.017105103) * v0_0.y;
        h0_0 += HVEC4(0.04559326, 0.26098633, 0.09887695, 0.031402588) * v0_0.z;
        h0_0 += HVEC4(0.03765869, -0.04537964, -0.067993164, -0.017837524) * v0_0.w;
        h0_1 += HVEC4(-0.16418457, -0.011558533, -0.08758545, 0.02758789) * v0_0.x;
        h0_1 += HVEC4(-0.0034046173, 0.2055664, 0.08117676, 0.07159424) * v0_0.y;
        h0_1 += HVEC4(-0.014144897, -0.19616699, 0.113586426, -0.058135986) * v0_0.z;
        h0_1 += HVEC4(-0.16516113, -0.06854248, -0.010559082, -0.0031356812) * v0_0.w;
        h0_2 += HVEC4(0.29907227, 0.07861328, -0.007019043, -0.01007843) * v0_0.x;
        h0_2 += HVEC4(-0.019699097, -0.01701355, 0.024520874, 0.13061523) * v0_0.y;
        h0_2 += HVEC4(-0.17822266, -0.15393066, -0.22351074, -0.014183044) * v0_0.z;
        h0_2 += HVEC4(0.1616211, 0.15966797, -0.47802734, -0.4482422) * v0_0.w;
        h0_3 += HVEC4(-0.05126953, 0.10430908, -0.09588623, -0.062438965) * v0_0.x;
        h0_3 += HVEC4(0.027618408, 0.00894165, 0.0847168, 0.06726074) * v0_0.y;
        h0_3 += HVEC4(0.10784912, 0.056732178, 0.015014648, -0.093444824) * v0_0.z;
        h0_3 += HVEC4(-0.1484375, 0.140625, -0.083496094, -0.03668213) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.12890625, 0.3166504, -0.26245117, -0.033477783) * v0_0.x;
        h0_0 += HVEC4(-0.20581055, 0.030151367, -0.012428284, 0.009147644) * v0_0.y;
        h0_0 += HVEC4(-0.053466797, -0.16259766, -0.013679504, 0.1829834) * v0_0.z;
        h0_0 += HVEC4(-0.5644531, 0.004547119, -0.2890625, -0.04815674) * v0_0.w;
        h0_1 += HVEC4(-0.1619873, 0.15014648, 0.36254883, -0.10620117) * v0_0.x;
        h0_1 += HVEC4(-0.13781738, 0.2607422, 0.1628418, 0.0076293945) * v0_0.y;
        h0_1 += HVEC4(-0.09051514, -0.011489868, -0.54589844, -0.61035156) * v0_0.z;
        h0_1 += HVEC4(-0.07946777, -0.33740234, 0.15515137, 0.38500977) * v0_0.w;
        h0_2 += HVEC4(-0.009613037, -0.34106445, 0.099731445, 0.07562256) * v0_0.x;
        h0_2 += HVEC4(-0.16906738, 0.12658691, -0.105651855, 0.2121582) * v0_0.y;
        h0_2 += HVEC4(0.04638672, -0.18347168, -0.3852539, -0.16394043) * v0_0.z;
        h0_2 += HVEC4(0.07611084, -0.19726562, -1.9648438, -0.43066406) * v0_0.w;
        h0_3 += HVEC4(0.17834473, -0.13171387, 0.12719727, 0.13476562) * v0_0.x;
        h0_3 += HVEC4(0.035217285, -0.14099121, -0.0020694733, 0.27001953) * v0_0.y;
        h0_3 += HVEC4(0.21130371, 0.039916992, 0.045043945, 0.093322754) * v0_0.z;
        h0_3 += HVEC4(-0.22070312, 0.33789062, 0.4794922, -0.04699707) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.050628662, -0.0022258759, 0.09875488, 0.075805664) * v0_0.x;
        h0_0 += HVEC4(-0.03677368, 0.21350098, -0.040985107, 0.018096924) * v0_0.y;
        h0_0 += HVEC4(-0.18725586, -0.119384766, -0.0023555756, -0.0029029846) * v0_0.z;
        h0_0 += HVEC4(-0.5527344, -0.05734253, 0.10626221, 0.11206055) * v0_0.w;
        h0_1 += HVEC4(0.15148926, -0.13842773, -0.25390625, 0.1673584) * v0_0.x;
        h0_1 += HVEC4(0.06945801, 0.15539551, 0.055114746, -0.16516113) * v0_0.y;
        h0_1 += HVEC4(-0.017486572, 0.47802734, 0.19995117, 0.34545898) * v0_0.z;
        h0_1 += HVEC4(-0.14538574, -0.3322754, 0.027450562, -0.017990112) * v0_0.w;
        h0_2 += HVEC4(-0.2130127, 0.25341797, -0.022369385, 0.0803833) * v0_0.x;
        h0_2 += HVEC4(-0.08685303, -0.11206055, 0.17456055, -0.030319214) * v0_0.y;
        h0_2 += HVEC4(-0.10681152, 0.21606445, -0.30566406, 0.12011719) * v0_0.z;
        h0_2 += HVEC4(0.14990234, 0.10455322, 0.12536621, -0.13708496) * v0_0.w;
        h0_3 += HVEC4(-0.14074707, 0.1348877, -0.053131104, -0.16674805) * v0_0.x;
        h0_3 += HVEC4(0.08380127, 0.045684814, 0.039367676, 0.17028809) * v0_0.y;
        h0_3 += HVEC4(0.16552734, 0.020004272, -0.11517334, 0.0061302185) * v0_0.z;
        h0_3 += HVEC4(-0.12634277, 0.20751953, 0.07385254, 0.123413086) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.07171631, 0.03375244, 0.36914062, 0.22155762) * v0_0.x;
        h0_0 += HVEC4(0.044403076, 0.036590576, -0.030517578, -0.041290283) * v0_0.y;
        h0_0 += HVEC4(0.0357666, 0.15148926, -0.086364746, -0.18737793) * v0_0.z;
        h0_0 += HVEC4(0.1026001, -0.23657227, 0.038726807, 0.014511108) * v0_0.w;
        h0_1 += HVEC4(-0.34765625, -0.3125, 0.43725586, 0.33691406) * v0_0.x;
        h0_1 += HVEC4(0.0715332, 0.13330078, 0.018508911, 0.050598145) * v0_0.y;
        h0_1 += HVEC4(0.065979004, -0.0473938, -0.08306885, 0.11846924) * v0_0.z;
        h0_1 += HVEC4(-0.058532715, -0.0052833557, -0.0058174133, 0.002035141) * v0_0.w;
        h0_2 += HVEC4(-0.45385742, -0.01399231, -0.39868164, -0.6484375) * v0_0.x;
        h0_2 += HVEC4(-0.025970459, -0.080566406, 0.25854492, 0.21740723) * v0_0.y;
        h0_2 += HVEC4(0.29370117, 0.026428223, -0.02848816, 0.19616699) * v0_0.z;
        h0_2 += HVEC4(-0.17956543, 0.053588867, -0.08135986, -0.31958008) * v0_0.w;
        h0_3 += HVEC4(-0.07043457, -0.8911133, 0.30151367, -0.021057129) * v0_0.x;
        h0_3 += HVEC4(0.06060791, -0.45263672, -0.06274414, 0.07501221) * v0_0.y;
        h0_3 += HVEC4(-0.019958496, -2.9863281, -0.0758667, 0.017166138) * v0_0.z;
        h0_3 += HVEC4(-0.010894775, 0.1616211, 0.022277832, 0.09613037) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.36206055, -0.47607422, 0.3581543, 0.3112793) * v0_0.x;
        h0_0 += HVEC4(0.13916016, 0.2548828, 0.14978027, -0.032196045) * v0_0.y;
        h0_0 += HVEC4(-0.3400879, -0.14489746, -0.18066406, -0.11846924) * v0_0.z;
        h0_0 += HVEC4(0.07556152, 0.054779053, 0.07159424, -0.019073486) * v0_0.w;
        h0_1 += HVEC4(-0.123535156, 0.08294678, -0.99560547, -1.0771484) * v0_0.x;
        h0_1 += HVEC4(0.20349121, 0.052642822, 0.09387207, -0.021514893) * v0_0.y;
        h0_1 += HVEC4(0.17749023, -0.17028809, 0.10443115, 0.06677246) * v0_0.z;
        h0_1 += HVEC4(-0.14855957, -0.011047363, 0.04147339, -0.24597168) * v0_0.w;
        h0_2 += HVEC4(0.034240723, 1.5703125, -0.6665039, -0.27514648) * v0_0.x;
        h0_2 += HVEC4(-0.46948242, -0.0947876, -0.20983887, 0.2536621) * v0_0.y;
        h0_2 += HVEC4(-0.11566162, -0.23266602, 1.0898438, -0.31958008) * v0_0.z;
        h0_2 += HVEC4(0.022979736, -0.17260742, -0.37231445, -0.5932617) * v0_0.w;
        h0_3 += HVEC4(0.21655273, -0.7807617, 0.20397949, 0.9482422) * v0_0.x;
        h0_3 += HVEC4(0.06335449, -0.8310547, 0.085876465, 0.04751587) * v0_0.y;
        h0_3 += HVEC4(-0.101989746, -3.0410156, -0.020263672, -0.15893555) * v0_0.z;
        h0_3 += HVEC4(-0.0592041, 0.16308594, -0.0041999817, -0.14257812) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.46044922, -0.00013184547, -0.18774414, -0.034362793) * v0_0.x;
        h0_0 += HVEC4(-0.09539795, 0.103881836, -0.031829834, -0.014907837) * v0_0.y;
        h0_0 += HVEC4(0.20898438, 0.028579712, 0.058502197, 0.03237915) * v0_0.z;
        h0_0 += HVEC4(-0.3178711, 0.10998535, 0.0030117035, 0.02999878) * v0_0.w;
        h0_1 += HVEC4(-0.3996582, 0.36889648, 0.50927734, 0.46679688) * v0_0.x;
        h0_1 += HVEC4(0.05984497, 0.10699463, 0.1850586, 0.01890564) * v0_0.y;
        h0_1 += HVEC4(0.14697266, -0.17736816, 0.03375244, -0.13293457) * v0_0.z;
        h0_1 += HVEC4(-0.0014257431, -0.10290527, 0.011276245, 0.1015625) * v0_0.w;
        h0_2 += HVEC4(0.17053223, -0.41748047, -0.76416016, -0.07342529) * v0_0.x;
        h0_2 += HVEC4(0.044433594, -0.18457031, 0.2442627, -0.015090942) * v0_0.y;
        h0_2 += HVEC4(-0.0071754456, 0.09613037, 0.21728516, 0.13366699) * v0_0.z;
        h0_2 += HVEC4(0.07873535, -0.002521515, -0.04888916, -0.17932129) * v0_0.w;
        h0_3 += HVEC4(0.2998047, -0.026687622, -0.079833984, 0.2487793) * v0_0.x;
        h0_3 += HVEC4(0.0960083, -0.6582031, 0.06555176, 0.21911621) * v0_0.y;
        h0_3 += HVEC4(-0.0003607273, -2.4121094, 0.10760498, -0.026412964) * v0_0.z;
        h0_3 += HVEC4(-0.021362305, 0.2824707, -0.0056610107, 0.054718018) * v0_0.w;
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
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.05731201, 0.053863525, -0.029953003, 0.023101807) * v0_1.x;
        h0_0 += HVEC4(-0.007335663, -0.012382507, 0.12310791, -0.00026488304) * v0_1.y;
        h0_0 += HVEC4(0.08654785, -0.2446289, -0.08734131, 0.14770508) * v0_1.z;
        h0_0 += HVEC4(-0.039489746, 0.10803223, -0.016830444, 0.03265381) * v0_1.w;
        h0_1 += HVEC4(0.30664062, 0.03262329, -0.2286377, -0.110839844) * v0_1.x;
        h0_1 += HVEC4(-0.015808105, 0.04147339, -0.036224365, 0.15014648) * v0_1.y;
        h0_1 += HVEC4(0.07501221, -0.11810303, -0.037902832, -0.24047852) * v0_1.z;
        h0_1 += HVEC4(0.055755615, 0.0074005127, -0.004096985, -0.046661377) * v0_1.w;
        h0_2 += HVEC4(-0.06774902, -0.17907715, 0.3388672, 0.30151367) * v0_1.x;
        h0_2 += HVEC4(0.12695312, 0.053588867, 0.010749817, -0.1451416) * v0_1.y;
        h0_2 += HVEC4(0.12939453, -0.05203247, 0.023635864, 0.15478516) * v0_1.z;
        h0_2 += HVEC4(0.11273193, -0.10784912, -0.015602112, 0.19677734) * v0_1.w;
        h0_3 += HVEC4(0.01914978, -0.024932861, -0.12261963, -0.21228027) * v0_1.x;
        h0_3 += HVEC4(0.0012950897, 0.02255249, 0.056793213, -0.015609741) * v0_1.y;
        h0_3 += HVEC4(-0.15136719, -0.027313232, -0.0574646, -0.06439209) * v0_1.z;
        h0_3 += HVEC4(-0.015083313, -0.04348755, -0.039855957, -0.026641846) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.10107422, 0.009849548, -0.08190918, -0.00415802) * v0_1.x;
        h0_0 += HVEC4(-0.18859863, 0.46069336, -0.04046631, 0.034698486) * v0_1.y;
        h0_0 += HVEC4(-0.19433594, -0.50146484, -0.13891602, -0.074401855) * v0_1.z;
        h0_0 += HVEC4(0.030044556, 0.15185547, -0.14208984, -0.11126709) * v0_1.w;
        h0_1 += HVEC4(-0.11621094, -0.1060791, 0.1116333, -0.44799805) * v0_1.x;
        h0_1 += HVEC4(0.06695557, 0.20629883, 0.15270996, 0.046295166) * v0_1.y;
        h0_1 += HVEC4(-0.25708008, -0.32763672, 0.099365234, 0.07940674) * v0_1.z;
        h0_1 += HVEC4(0.19702148, -0.038513184, 0.029510498, -0.40112305) * v0_1.w;
        h0_2 += HVEC4(-0.07147217, 0.070129395, -0.007347107, 0.06842041) * v0_1.x;
        h0_2 += HVEC4(0.059570312, -0.10595703, 0.009162903, 0.03466797) * v0_1.y;
        h0_2 += HVEC4(-0.3918457, -0.20349121, 0.09954834, 0.10308838) * v0_1.z;
        h0_2 += HVEC4(-0.00497818, -0.13146973, -0.0032577515, -0.013381958) * v0_1.w;
        h0_3 += HVEC4(0.20019531, 0.17248535, 0.041900635, -0.010765076) * v0_1.x;
        h0_3 += HVEC4(0.0541687, 0.05783081, 0.04663086, -0.049560547) * v0_1.y;
        h0_3 += HVEC4(0.007106781, 0.17907715, 0.026351929, -0.25317383) * v0_1.z;
        h0_3 += HVEC4(-0.025802612, 0.4177246, 0.008140564, 0.024124146) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.13830566, -0.021942139, -0.018051147, -0.009178162) * v0_1.x;
        h0_0 += HVEC4(-0.09820557, 0.076416016, 0.074523926, 0.011909485) * v0_1.y;
        h0_0 += HVEC4(0.27441406, -0.055633545, -0.021102905, 0.02330017) * v0_1.z;
        h0_0 += HVEC4(0.21020508, -0.01928711, 0.13000488, 0.16320801) * v0_1.w;
        h0_1 += HVEC4(0.101867676, 0.16918945, 0.0035896301, -0.23083496) * v0_1.x;
        h0_1 += HVEC4(0.2076416, 0.006401062, -0.12573242, 0.25) * v0_1.y;
        h0_1 += HVEC4(-0.003501892, -0.5986328, 0.11303711, -0.4411621) * v0_1.z;
        h0_1 += HVEC4(-0.17565918, -1.09375, -0.23937988, 0.115478516) * v0_1.w;
        h0_2 += HVEC4(-0.0059013367, -0.11419678, 0.18225098, 0.044555664) * v0_1.x;
        h0_2 += HVEC4(0.08734131, 0.07684326, -0.027160645, -0.038848877) * v0_1.y;
        h0_2 += HVEC4(-0.110839844, 0.12561035, 0.087890625, 0.061950684) * v0_1.z;
        h0_2 += HVEC4(-0.19226074, -0.025161743, -0.13806152, -0.008972168) * v0_1.w;
        h0_3 += HVEC4(-0.34960938, 0.09161377, -0.051452637, -0.06945801) * v0_1.x;
        h0_3 += HVEC4(-0.3671875, -0.08972168, 0.046051025, -0.055419922) * v0_1.y;
        h0_3 += HVEC4(-0.008087158, -0.11480713, -0.011711121, -0.081970215) * v0_1.z;
        h0_3 += HVEC4(-0.2824707, -0.2746582, -0.061065674, -0.090026855) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.03491211, -0.07489014, 0.05215454, 0.056549072) * v0_1.x;
        h0_0 += HVEC4(-0.16369629, 0.023620605, 0.046325684, 0.055541992) * v0_1.y;
        h0_0 += HVEC4(0.0014886856, -0.31176758, -0.020370483, 0.029922485) * v0_1.z;
        h0_0 += HVEC4(0.1809082, -0.025375366, -0.11645508, -0.079956055) * v0_1.w;
        h0_1 += HVEC4(0.23034668, 0.21166992, -0.08569336, 0.22229004) * v0_1.x;
        h0_1 += HVEC4(0.019744873, -0.06573486, -0.030807495, 0.08874512) * v0_1.y;
        h0_1 += HVEC4(-0.28393555, 0.08581543, 0.019729614, 0.0657959) * v0_1.z;
        h0_1 += HVEC4(0.03805542, -0.048919678, 0.009376526, 0.015449524) * v0_1.w;
        h0_2 += HVEC4(-0.055358887, -0.33642578, 0.3779297, 0.25756836) * v0_1.x;
        h0_2 += HVEC4(-0.013916016, 0.06616211, -0.008377075, -0.22363281) * v0_1.y;
        h0_2 += HVEC4(-0.15368652, -0.012702942, 0.3623047, -0.20996094) * v0_1.z;
        h0_2 += HVEC4(-0.12237549, -0.10821533, 0.07385254, 0.15490723) * v0_1.w;
        h0_3 += HVEC4(0.052520752, -0.64208984, 0.0154418945, -0.21508789) * v0_1.x;
        h0_3 += HVEC4(0.00013256073, -0.08178711, 0.08660889, 0.040496826) * v0_1.y;
        h0_3 += HVEC4(-0.047180176, -1.0107422, 0.04989624, 0.0031166077) * v0_1.z;
        h0_3 += HVEC4(-0.015731812, 0.2055664, -0.12841797, -0.095581055) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.17041016, 0.2064209, -0.027801514, -0.071777344) * v0_1.x;
        h0_0 += HVEC4(-0.04449463, 0.1763916, 0.009178162, 0.12780762) * v0_1.y;
        h0_0 += HVEC4(0.2890625, 0.105041504, 0.7392578, 0.29882812) * v0_1.z;
        h0_0 += HVEC4(0.052947998, -0.38891602, 0.09118652, 0.049468994) * v0_1.w;
        h0_1 += HVEC4(0.30151367, 0.023117065, 0.12939453, -0.6123047) * v0_1.x;
        h0_1 += HVEC4(0.15002441, 0.062469482, -0.2298584, 0.09667969) * v0_1.y;
        h0_1 += HVEC4(-0.48583984, -0.30078125, 0.4104004, -0.10925293) * v0_1.z;
        h0_1 += HVEC4(-0.14733887, 0.030654907, 0.0013380051, 0.14697266) * v0_1.w;
        h0_2 += HVEC4(0.16821289, -0.29370117, -0.2692871, 0.18835449) * v0_1.x;
        h0_2 += HVEC4(0.5263672, -0.13476562, -0.5708008, -0.83251953) * v0_1.y;
        h0_2 += HVEC4(-0.06921387, 0.29467773, 0.19250488, -0.0725708) * v0_1.z;
        h0_2 += HVEC4(-0.13391113, 0.07897949, 0.3479004, 0.49780273) * v0_1.w;
        h0_3 += HVEC4(0.5185547, 0.3449707, 0.14355469, -0.23852539) * v0_1.x;
        h0_3 += HVEC4(-0.034240723, 0.08251953, 0.04043579, 0.04598999) * v0_1.y;
        h0_3 += HVEC4(-0.12792969, -1.1582031, -0.21069336, -0.05340576) * v0_1.z;
        h0_3 += HVEC4(0.09375, 0.45214844, -0.12536621, -0.017532349) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.41186523, -0.00051641464, -0.10449219, -0.038757324) * v0_1.x;
        h0_0 += HVEC4(-0.5444336, 0.052124023, 0.10614014, 0.08782959) * v0_1.y;
        h0_0 += HVEC4(0.4963379, -0.020126343, -0.008338928, -0.014945984) * v0_1.z;
        h0_0 += HVEC4(0.3869629, -0.34545898, -0.024414062, -0.031585693) * v0_1.w;
        h0_1 += HVEC4(-0.19470215, -0.1451416, -0.017120361, 0.47851562) * v0_1.x;
        h0_1 += HVEC4(-0.076416016, 0.04385376, 0.1307373, 0.8388672) * v0_1.y;
        h0_1 += HVEC4(0.08227539, -0.052459717, -0.19787598, -0.67871094) * v0_1.z;
        h0_1 += HVEC4(-0.013916016, -0.38232422, -0.44067383, -0.050933838) * v0_1.w;
        h0_2 += HVEC4(-0.054595947, 0.11151123, -0.13574219, 0.023757935) * v0_1.x;
        h0_2 += HVEC4(0.06713867, 0.07196045, 0.2915039, -0.3137207) * v0_1.y;
        h0_2 += HVEC4(-0.11138916, 0.04196167, -0.087646484, -0.05819702) * v0_1.z;
        h0_2 += HVEC4(0.33935547, 0.13476562, -2.1210938, 0.26513672) * v0_1.w;
        h0_3 += HVEC4(-0.10217285, -0.10418701, 0.044921875, 0.020874023) * v0_1.x;
        h0_3 += HVEC4(0.07507324, 0.022415161, 0.042510986, 0.07727051) * v0_1.y;
        h0_3 += HVEC4(-0.055358887, -1.0117188, 0.023071289, -0.19018555) * v0_1.z;
        h0_3 += HVEC4(-0.0859375, -0.7050781, 0.009513855, -0.1751709) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.22290039, 0.025238037, 0.026306152, -0.024627686) * v0_1.x;
        h0_0 += HVEC4(-0.014793396, 0.026000977, 0.007621765, -0.04296875) * v0_1.y;
        h0_0 += HVEC4(0.024597168, -0.064086914, 0.022964478, 0.054901123) * v0_1.z;
        h0_0 += HVEC4(-0.035583496, -0.14758301, 0.060455322, 0.0287323) * v0_1.w;
        h0_1 += HVEC4(0.21435547, -0.054901123, -0.105651855, 0.18554688) * v0_1.x;
        h0_1 += HVEC4(0.018936157, -0.030883789, 0.000518322, -0.0072784424) * v0_1.y;
        h0_1 += HVEC4(-0.06463623, 0.10266113, 0.028930664, -0.010398865) * v0_1.z;
        h0_1 += HVEC4(0.034332275, 0.06137085, -0.04034424, -0.06866455) * v0_1.w;
        h0_2 += HVEC4(0.17407227, -0.13598633, -0.053009033, -0.11798096) * v0_1.x;
        h0_2 += HVEC4(0.09075928, 0.0048828125, -0.09466553, -0.27929688) * v0_1.y;
        h0_2 += HVEC4(-0.036468506, -0.017440796, -0.19311523, -0.09063721) * v0_1.z;
        h0_2 += HVEC4(-0.05847168, 0.022109985, 0.044128418, 0.08074951) * v0_1.w;
        h0_3 += HVEC4(-0.078186035, 0.40014648, -0.034423828, -0.035491943) * v0_1.x;
        h0_3 += HVEC4(7.2062016e-05, -0.38793945, 0.011184692, 0.06359863) * v0_1.y;
        h0_3 += HVEC4(0.03149414, 0.13183594, -0.00063610077, -0.052581787) * v0_1.z;
        h0_3 += HVEC4(0.022033691, -0.26513672, 0.055908203, -0.0077590942) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.047302246, -0.09423828, 0.07299805, 0.08569336) * v0_1.x;
        h0_0 += HVEC4(-0.06591797, -0.0592041, 0.018554688, 0.0127334595) * v0_1.y;
        h0_0 += HVEC4(0.21350098, 0.05126953, 0.049468994, 0.02178955) * v0_1.z;
        h0_0 += HVEC4(0.003238678, -0.05407715, 0.066345215, 0.022064209) * v0_1.w;
        h0_1 += HVEC4(-5.799532e-05, 0.026794434, 0.11444092, 0.27294922) * v0_1.x;
        h0_1 += HVEC4(0.025299072, -0.12408447, 0.003276825, 0.36669922) * v0_1.y;
        h0_1 += HVEC4(0.022918701, 0.07110596, -0.011138916, -0.32666016) * v0_1.z;
        h0_1 += HVEC4(0.05911255, 0.078186035, 0.014678955, -0.10882568) * v0_1.w;
        h0_2 += HVEC4(0.06890869, 0.17260742, 0.36669922, -0.101623535) * v0_1.x;
        h0_2 += HVEC4(0.029052734, 0.017578125, 0.14282227, -0.4645996) * v0_1.y;
        h0_2 += HVEC4(-0.042053223, 0.13098145, -0.89746094, 0.105285645) * v0_1.z;
        h0_2 += HVEC4(-0.13659668, -0.10668945, -0.14758301, 0.27416992) * v0_1.w;
        h0_3 += HVEC4(0.20751953, -1.1347656, 0.05670166, 0.15136719) * v0_1.x;
        h0_3 += HVEC4(-0.097595215, -0.8173828, 0.06933594, 0.08886719) * v0_1.y;
        h0_3 += HVEC4(0.08111572, 0.35546875, 0.05444336, -0.059326172) * v0_1.z;
        h0_3 += HVEC4(0.0035514832, -1.7382812, 0.089660645, -0.027770996) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.31396484, 0.012374878, 0.078186035, 0.07354736) * v0_1.x;
        h0_0 += HVEC4(-0.050842285, 0.12597656, -0.047302246, -0.004081726) * v0_1.y;
        h0_0 += HVEC4(0.049041748, -0.19396973, -0.0129852295, 1.6987324e-05) * v0_1.z;
        h0_0 += HVEC4(0.055999756, -0.08526611, -0.019500732, 0.0022220612) * v0_1.w;
        h0_1 += HVEC4(-0.02067566, 0.13562012, 0.14001465, -0.2631836) * v0_1.x;
        h0_1 += HVEC4(0.054107666, -0.40405273, -0.029510498, 0.3010254) * v0_1.y;
        h0_1 += HVEC4(-0.12768555, 0.21130371, -0.050354004, -0.19946289) * v0_1.z;
        h0_1 += HVEC4(0.06738281, -0.014389038, -0.09338379, -0.36816406) * v0_1.w;
        h0_2 += HVEC4(-0.02748108, 0.011238098, -0.14941406, -0.09375) * v0_1.x;
        h0_2 += HVEC4(0.120788574, -0.054504395, -1.9882812, -0.3359375) * v0_1.y;
        h0_2 += HVEC4(-0.06665039, 0.041015625, 0.18249512, -0.06427002) * v0_1.z;
        h0_2 += HVEC4(-0.08062744, -0.10455322, 0.06677246, 0.1895752) * v0_1.w;
        h0_3 += HVEC4(0.045562744, -0.13317871, 0.024337769, -0.027572632) * v0_1.x;
        h0_3 += HVEC4(-0.07165527, 0.2607422, -0.01108551, 0.082336426) * v0_1.y;
        h0_3 += HVEC4(0.016860962, -1.6298828, -0.027282715, -0.047973633) * v0_1.z;
        h0_3 += HVEC4(-0.015945435, -1.4785156, 0.023422241, -0.036834717) * v0_1.w;
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
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.052459717, 0.1274414, 0.042236328, 0.02532959) * v0_2.x;
        h0_0 += HVEC4(-0.12792969, -0.13574219, 0.07757568, 0.16357422) * v0_2.y;
        h0_0 += HVEC4(-0.07208252, -0.06713867, 0.021560669, 0.02545166) * v0_2.z;
        h0_0 += HVEC4(-0.027236938, -0.08666992, -0.045654297, -0.0038852692) * v0_2.w;
        h0_1 += HVEC4(-0.01663208, 0.023101807, -0.0032234192, -0.06726074) * v0_2.x;
        h0_1 += HVEC4(0.19116211, -0.2220459, -0.020309448, 0.36743164) * v0_2.y;
        h0_1 += HVEC4(-0.103027344, 0.05810547, 0.011894226, -0.022140503) * v0_2.z;
        h0_1 += HVEC4(0.0049438477, -0.0064888, -0.029418945, -0.07885742) * v0_2.w;
        h0_2 += HVEC4(0.18225098, 0.012954712, -0.013870239, 0.04360962) * v0_2.x;
        h0_2 += HVEC4(-0.09631348, 0.1295166, 0.0038700104, -0.0011520386) * v0_2.y;
        h0_2 += HVEC4(0.0039634705, 0.114868164, 0.10473633, -0.06500244) * v0_2.z;
        h0_2 += HVEC4(-0.035308838, -0.039031982, 0.004180908, 0.08728027) * v0_2.w;
        h0_3 += HVEC4(-0.101867676, -0.04095459, 0.064453125, 0.087524414) * v0_2.x;
        h0_3 += HVEC4(-0.09375, 0.012329102, -0.03652954, 0.12023926) * v0_2.y;
        h0_3 += HVEC4(0.017059326, -0.015594482, 0.03591919, -0.02709961) * v0_2.z;
        h0_3 += HVEC4(0.019332886, -0.049804688, -0.024597168, -0.064697266) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.09069824, -0.15014648, -0.035980225, 0.08026123) * v0_2.x;
        h0_0 += HVEC4(-0.2388916, 0.2208252, -0.11187744, -0.097595215) * v0_2.y;
        h0_0 += HVEC4(-0.051361084, -0.09906006, -0.0064888, 0.021469116) * v0_2.z;
        h0_0 += HVEC4(-0.012931824, -0.12402344, 0.033416748, 0.02885437) * v0_2.w;
        h0_1 += HVEC4(-0.14807129, -0.37695312, 0.27490234, 0.13415527) * v0_2.x;
        h0_1 += HVEC4(-0.2590332, 0.47338867, 0.010818481, 0.40673828) * v0_2.y;
        h0_1 += HVEC4(-0.18493652, 0.09564209, 0.031280518, 0.023834229) * v0_2.z;
        h0_1 += HVEC4(-0.113464355, -0.09301758, -0.010810852, 0.0020275116) * v0_2.w;
        h0_2 += HVEC4(0.18969727, 0.21118164, 0.01033783, -0.02558899) * v0_2.x;
        h0_2 += HVEC4(0.012763977, -0.0034656525, 0.15148926, 0.058776855) * v0_2.y;
        h0_2 += HVEC4(0.023498535, 0.19885254, 0.22473145, 0.08874512) * v0_2.z;
        h0_2 += HVEC4(-0.04611206, 0.0058135986, 0.049835205, 0.076293945) * v0_2.w;
        h0_3 += HVEC4(-0.31982422, -0.004005432, 0.099609375, 0.005203247) * v0_2.x;
        h0_3 += HVEC4(0.005241394, 0.10534668, 0.024917603, 0.07989502) * v0_2.y;
        h0_3 += HVEC4(0.04348755, 0.014816284, -0.013198853, -0.091796875) * v0_2.z;
        h0_3 += HVEC4(0.0018043518, 0.021209717, 0.0011425018, -0.001991272) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.093811035, 0.14831543, -0.035217285, -0.048980713) * v0_2.x;
        h0_0 += HVEC4(0.005947113, 0.01940918, 0.0413208, -0.01739502) * v0_2.y;
        h0_0 += HVEC4(-0.039916992, -0.06274414, -0.034088135, -0.010627747) * v0_2.z;
        h0_0 += HVEC4(0.062469482, -0.10723877, -0.033721924, -0.00034809113) * v0_2.w;
        h0_1 += HVEC4(0.061767578, -0.17126465, 0.04107666, 0.20544434) * v0_2.x;
        h0_1 += HVEC4(0.031463623, -0.15588379, 0.014808655, 0.22485352) * v0_2.y;
        h0_1 += HVEC4(-0.10925293, 0.21313477, 0.036376953, 0.086242676) * v0_2.z;
        h0_1 += HVEC4(0.0178833, -0.17626953, 0.018371582, -0.07336426) * v0_2.w;
        h0_2 += HVEC4(-0.24279785, 0.09375, 0.07751465, 0.14282227) * v0_2.x;
        h0_2 += HVEC4(0.12670898, 0.047943115, -0.054595947, -0.0146102905) * v0_2.y;
        h0_2 += HVEC4(-0.101379395, 0.085632324, 0.17944336, 0.060272217) * v0_2.z;
        h0_2 += HVEC4(0.027252197, 0.049346924, -0.049957275, 0.048217773) * v0_2.w;
        h0_3 += HVEC4(-0.054138184, -0.07720947, -0.01777649, -0.083984375) * v0_2.x;
        h0_3 += HVEC4(0.0035152435, -0.06854248, 0.053985596, 0.0036888123) * v0_2.y;
        h0_3 += HVEC4(0.09069824, 0.002216339, -0.010604858, -0.09289551) * v0_2.z;
        h0_3 += HVEC4(0.053253174, 0.02053833, -0.011787415, -0.029037476) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.012573242, 0.2142334, 0.024002075, 0.0072250366) * v0_2.x;
        h0_0 += HVEC4(0.11053467, 0.037994385, -0.2578125, 0.5708008) * v0_2.y;
        h0_0 += HVEC4(-0.093444824, 0.048980713, -0.03225708, 0.04031372) * v0_2.z;
        h0_0 += HVEC4(-0.016571045, -0.107177734, -0.053222656, 0.009140015) * v0_2.w;
        h0_1 += HVEC4(0.19030762, -0.12878418, -0.0021896362, -0.09680176) * v0_2.x;
        h0_1 += HVEC4(0.21679688, 0.3474121, 0.3178711, 0.048583984) * v0_2.y;
        h0_1 += HVEC4(-0.099609375, 0.17248535, 0.09423828, 0.0138168335) * v0_2.z;
        h0_1 += HVEC4(-0.120666504, 0.057006836, 0.06915283, -0.07409668) * v0_2.w;
        h0_2 += HVEC4(0.016418457, -0.087768555, -0.1048584, 0.020690918) * v0_2.x;
        h0_2 += HVEC4(-0.21472168, -0.32104492, 0.072509766, 0.11035156) * v0_2.y;
        h0_2 += HVEC4(0.011665344, 0.103393555, 0.10736084, -0.060668945) * v0_2.z;
        h0_2 += HVEC4(-0.2355957, 0.029830933, 0.07067871, 0.078125) * v0_2.w;
        h0_3 += HVEC4(0.092163086, 0.26831055, 0.056610107, 0.0104522705) * v0_2.x;
        h0_3 += HVEC4(-0.37548828, -0.025146484, 0.27734375, 0.10998535) * v0_2.y;
        h0_3 += HVEC4(-0.042816162, 0.017822266, 0.007118225, 0.04034424) * v0_2.z;
        h0_3 += HVEC4(-0.015571594, 0.013168335, -0.021759033, -0.032714844) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.5830078, -0.17541504, 0.18432617, 0.1607666) * v0_2.x;
        h0_0 += HVEC4(0.15014648, -0.33911133, 0.24975586, 0.24316406) * v0_2.y;
        h0_0 += HVEC4(-0.17456055, 0.08795166, -0.0044555664, 0.003293991) * v0_2.z;
        h0_0 += HVEC4(0.017074585, -0.31103516, 0.025375366, 0.05130005) * v0_2.w;
        h0_1 += HVEC4(0.22375488, 0.81396484, -0.13110352, -0.33007812) * v0_2.x;
        h0_1 += HVEC4(-0.067993164, -0.8027344, 0.12805176, -1.1894531) * v0_2.y;
        h0_1 += HVEC4(-0.016983032, -0.03866577, 0.17199707, 0.05886841) * v0_2.z;
        h0_1 += HVEC4(-0.18652344, 0.11578369, -0.07470703, -0.10266113) * v0_2.w;
        h0_2 += HVEC4(-0.12573242, 0.15319824, -0.19042969, -0.17150879) * v0_2.x;
        h0_2 += HVEC4(0.007129669, -0.064819336, 0.083862305, -0.10296631) * v0_2.y;
        h0_2 += HVEC4(-0.1895752, 0.14538574, 0.24145508, 0.02418518) * v0_2.z;
        h0_2 += HVEC4(-0.44750977, 0.18811035, 0.1394043, 0.11468506) * v0_2.w;
        h0_3 += HVEC4(0.36206055, 0.28100586, 0.33007812, -0.045288086) * v0_2.x;
        h0_3 += HVEC4(0.22753906, 0.2163086, 0.08483887, -0.10180664) * v0_2.y;
        h0_3 += HVEC4(0.022598267, -0.01033783, -0.008003235, -0.013763428) * v0_2.z;
        h0_3 += HVEC4(-0.005771637, -0.05819702, -0.04446411, -0.08050537) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.39624023, -0.02760315, 0.015342712, -0.0030612946) * v0_2.x;
        h0_0 += HVEC4(-0.012001038, -0.051818848, 0.031311035, 0.08703613) * v0_2.y;
        h0_0 += HVEC4(-0.021453857, 0.09423828, -0.009407043, -0.0039405823) * v0_2.z;
        h0_0 += HVEC4(0.21289062, -0.2800293, -0.06341553, -0.10266113) * v0_2.w;
        h0_1 += HVEC4(-0.07165527, 0.21447754, 0.022613525, 0.13562012) * v0_2.x;
        h0_1 += HVEC4(0.09313965, 0.021224976, -0.1303711, -0.15649414) * v0_2.y;
        h0_1 += HVEC4(-0.21044922, 0.23852539, 0.22363281, 0.11291504) * v0_2.z;
        h0_1 += HVEC4(-0.1652832, 0.096191406, 0.049346924, -0.40795898) * v0_2.w;
        h0_2 += HVEC4(-0.043304443, -0.10223389, -0.14074707, -0.14562988) * v0_2.x;
        h0_2 += HVEC4(0.010971069, -0.033111572, -0.04751587, -0.042266846) * v0_2.y;
        h0_2 += HVEC4(-0.27807617, 0.19299316, 0.23400879, -0.034484863) * v0_2.z;
        h0_2 += HVEC4(-0.21936035, 0.22106934, 0.13220215, 0.047576904) * v0_2.w;
        h0_3 += HVEC4(0.15478516, 0.22155762, 0.014625549, 0.0121536255) * v0_2.x;
        h0_3 += HVEC4(0.03390503, 0.034057617, 0.02519226, 0.055114746) * v0_2.y;
        h0_3 += HVEC4(0.043670654, -0.05822754, 0.015312195, 0.14501953) * v0_2.z;
        h0_3 += HVEC4(0.11816406, -0.00712204, -0.039978027, 0.011108398) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.078063965, 0.17944336, -0.051818848, -0.039489746) * v0_2.x;
        h0_0 += HVEC4(0.109802246, 0.0066223145, 0.28076172, 0.2824707) * v0_2.y;
        h0_0 += HVEC4(0.08154297, 0.06188965, 0.07611084, 0.03817749) * v0_2.z;
        h0_0 += HVEC4(0.1003418, -0.10217285, 0.09326172, 0.052612305) * v0_2.w;
        h0_1 += HVEC4(0.10064697, -0.04736328, -0.0070877075, 0.017791748) * v0_2.x;
        h0_1 += HVEC4(-0.05493164, 0.2244873, 0.13635254, 0.55029297) * v0_2.y;
        h0_1 += HVEC4(-0.086242676, 0.10681152, 0.07550049, 0.16455078) * v0_2.z;
        h0_1 += HVEC4(-0.10021973, 0.1394043, 0.018234253, -0.09350586) * v0_2.w;
        h0_2 += HVEC4(0.1899414, -0.021011353, 0.12524414, 0.026489258) * v0_2.x;
        h0_2 += HVEC4(-0.079956055, -0.00045967102, -0.33251953, -0.046691895) * v0_2.y;
        h0_2 += HVEC4(-0.1459961, 0.0022907257, 0.024459839, 0.0041046143) * v0_2.z;
        h0_2 += HVEC4(-0.081848145, 0.09674072, -0.038604736, 0.03515625) * v0_2.w;
        h0_3 += HVEC4(0.037139893, -0.014709473, -0.0463562, 0.01222229) * v0_2.x;
        h0_3 += HVEC4(-0.041168213, -0.35742188, -0.059509277, 0.09692383) * v0_2.y;
        h0_3 += HVEC4(0.01285553, 0.43041992, 0.043029785, 0.011367798) * v0_2.z;
        h0_3 += HVEC4(-0.017837524, -0.12335205, 0.08288574, 0.017684937) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.1237793, -0.2097168, 0.041259766, 0.05130005) * v0_2.x;
        h0_0 += HVEC4(-0.1697998, -0.055908203, -0.016036987, -0.16418457) * v0_2.y;
        h0_0 += HVEC4(0.21850586, 0.08258057, 0.08996582, 0.01612854) * v0_2.z;
        h0_0 += HVEC4(0.042114258, -0.24658203, 0.30566406, 0.18884277) * v0_2.w;
        h0_1 += HVEC4(0.00818634, 0.025802612, -0.06921387, 0.39697266) * v0_2.x;
        h0_1 += HVEC4(0.14587402, 0.34887695, 0.039978027, -0.05593872) * v0_2.y;
        h0_1 += HVEC4(-0.06719971, 0.16564941, 0.023239136, -0.004875183) * v0_2.z;
        h0_1 += HVEC4(0.04107666, 0.14868164, 0.18566895, -0.17236328) * v0_2.w;
        h0_2 += HVEC4(-0.023529053, 0.17871094, 0.36987305, -0.061187744) * v0_2.x;
        h0_2 += HVEC4(-0.21728516, 0.13342285, -0.31762695, -0.14111328) * v0_2.y;
        h0_2 += HVEC4(0.027008057, 0.1105957, 0.019378662, -0.07006836) * v0_2.z;
        h0_2 += HVEC4(-0.55078125, 0.100097656, 0.06390381, 0.16052246) * v0_2.w;
        h0_3 += HVEC4(0.010894775, -0.49072266, 0.060394287, 0.10290527) * v0_2.x;
        h0_3 += HVEC4(0.06982422, -0.7060547, 0.11016846, 0.12225342) * v0_2.y;
        h0_3 += HVEC4(0.044067383, -0.099853516, 0.00945282, -0.04623413) * v0_2.z;
        h0_3 += HVEC4(-0.026611328, -0.5839844, 0.33081055, -0.0031433105) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.25708008, -0.031280518, 0.01751709, -0.013420105) * v0_2.x;
        h0_0 += HVEC4(-0.03414917, 0.04748535, -0.023147583, -0.037628174) * v0_2.y;
        h0_0 += HVEC4(-0.1105957, 0.12646484, 0.08996582, 0.015586853) * v0_2.z;
        h0_0 += HVEC4(0.3828125, -0.110839844, 0.056640625, -0.007232666) * v0_2.w;
        h0_1 += HVEC4(0.033447266, 0.02470398, -0.038269043, -0.19030762) * v0_2.x;
        h0_1 += HVEC4(0.032226562, -0.027420044, -0.008491516, -0.015640259) * v0_2.y;
        h0_1 += HVEC4(-0.029174805, 0.26123047, 0.060668945, 0.04788208) * v0_2.z;
        h0_1 += HVEC4(-0.029922485, -0.05493164, -0.14587402, -0.41186523) * v0_2.w;
        h0_2 += HVEC4(-0.06323242, -0.03677368, -0.08666992, -0.021148682) * v0_2.x;
        h0_2 += HVEC4(0.022949219, -0.015541077, 0.24975586, 0.085510254) * v0_2.y;
        h0_2 += HVEC4(0.09631348, 0.009422302, -0.058441162, -0.116882324) * v0_2.z;
        h0_2 += HVEC4(-0.4165039, 0.075927734, -0.5859375, 0.09057617) * v0_2.w;
        h0_3 += HVEC4(0.046051025, -0.37524414, 0.046905518, 0.015625) * v0_2.x;
        h0_3 += HVEC4(0.0011968613, -0.022583008, -0.009155273, 0.044769287) * v0_2.y;
        h0_3 += HVEC4(0.0869751, 1.0302734, 0.047790527, -0.15100098) * v0_2.z;
        h0_3 += HVEC4(-0.028182983, -0.94384766, 0.01687622, -0.11175537) * v0_2.w;
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
        h0_0 += HVEC4(-0.06286621, -0.06036377, 0.07116699, 0.0619812) * v0_3.x;
        h0_0 += HVEC4(-0.006629944, 0.13110352, -0.20983887, 0.0028591156) * v0_3.y;
        h0_0 += HVEC4(-0.04800415, 0.0001951456, 0.12200928, 0.03475952) * v0_3.z;
        h0_0 += HVEC4(0.13720703, -0.08544922, 0.005180359, 0.015716553) * v0_3.w;
        h0_1 += HVEC4(-0.10498047, 0.030014038, 0.0032253265, 0.10229492) * v0_3.x;
        h0_1 += HVEC4(0.17443848, 0.038726807, 0.032470703, -0.19299316) * v0_3.y;
        h0_1 += HVEC4(-0.04837036, 0.15368652, -0.0060539246, 0.08380127) * v0_3.z;
        h0_1 += HVEC4(0.0029239655, 0.037078857, 0.03567505, -0.018997192) * v0_3.w;
        h0_2 += HVEC4(5.13196e-05, -0.07128906, 0.07171631, 0.08673096) * v0_3.x;
        h0_2 += HVEC4(-0.23779297, -0.14135742, 0.13916016, 0.26782227) * v0_3.y;
        h0_2 += HVEC4(0.046417236, -0.024002075, 0.13671875, -0.056762695) * v0_3.z;
        h0_2 += HVEC4(0.01625061, 0.0038146973, -0.0569458, 0.021697998) * v0_3.w;
        h0_3 += HVEC4(0.06335449, -0.04711914, 0.07116699, 0.048431396) * v0_3.x;
        h0_3 += HVEC4(-0.0057754517, -0.05255127, -0.10430908, -0.08459473) * v0_3.y;
        h0_3 += HVEC4(0.025985718, -0.0099487305, 0.06210327, 0.028137207) * v0_3.z;
        h0_3 += HVEC4(0.0021705627, 0.0076560974, 0.0036907196, -0.018341064) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.013572693, -0.23205566, 0.051971436, 0.03466797) * v0_3.x;
        h0_0 += HVEC4(0.4362793, -0.3005371, 0.14550781, 0.018753052) * v0_3.y;
        h0_0 += HVEC4(-0.13684082, 0.28295898, -0.013587952, 0.036956787) * v0_3.z;
        h0_0 += HVEC4(0.030685425, 0.0010128021, -0.086120605, -0.119140625) * v0_3.w;
        h0_1 += HVEC4(0.047729492, -0.29370117, -0.05709839, -0.1394043) * v0_3.x;
        h0_1 += HVEC4(-0.20275879, 0.3623047, -0.2142334, -0.056762695) * v0_3.y;
        h0_1 += HVEC4(0.09967041, -0.05606079, 0.0075569153, 0.05206299) * v0_3.z;
        h0_1 += HVEC4(0.009216309, 0.04434204, -0.11578369, -0.19677734) * v0_3.w;
        h0_2 += HVEC4(-0.042785645, -0.15759277, -0.17663574, -0.017593384) * v0_3.x;
        h0_2 += HVEC4(0.2052002, 0.0970459, 0.08074951, 0.005672455) * v0_3.y;
        h0_2 += HVEC4(0.14892578, -0.028564453, 0.04269409, -0.09466553) * v0_3.z;
        h0_2 += HVEC4(0.012748718, -0.07739258, -0.20812988, -0.0047950745) * v0_3.w;
        h0_3 += HVEC4(-0.13317871, 0.0013856888, 0.039794922, 0.035217285) * v0_3.x;
        h0_3 += HVEC4(0.13085938, 0.25976562, 0.046875, -0.0003643036) * v0_3.y;
        h0_3 += HVEC4(0.09637451, 0.097717285, 0.0024280548, 0.0107040405) * v0_3.z;
        h0_3 += HVEC4(-0.03527832, -0.026550293, -0.0635376, 0.059020996) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.024124146, -0.0121536255, -9.673834e-05, 0.017547607) * v0_3.x;
        h0_0 += HVEC4(-0.27441406, -0.09802246, -0.15734863, -0.06036377) * v0_3.y;
        h0_0 += HVEC4(-0.14929199, 0.1430664, 0.024719238, 0.037719727) * v0_3.z;
        h0_0 += HVEC4(0.14172363, -0.034240723, -0.017166138, -0.0007119179) * v0_3.w;
        h0_1 += HVEC4(0.01727295, -0.29589844, -0.042175293, -0.1619873) * v0_3.x;
        h0_1 += HVEC4(0.10015869, -0.625, 0.22460938, 0.2866211) * v0_3.y;
        h0_1 += HVEC4(-0.08001709, 0.21887207, 0.012664795, 0.29125977) * v0_3.z;
        h0_1 += HVEC4(0.11102295, -0.9267578, -0.09881592, -0.14233398) * v0_3.w;
        h0_2 += HVEC4(-0.0038814545, 0.04373169, 0.13513184, 0.009559631) * v0_3.x;
        h0_2 += HVEC4(0.012435913, -0.30371094, 0.05859375, 0.1472168) * v0_3.y;
        h0_2 += HVEC4(0.06604004, -0.11791992, -0.05078125, -0.05960083) * v0_3.z;
        h0_2 += HVEC4(-0.011001587, -0.021118164, 0.051605225, -0.0357666) * v0_3.w;
        h0_3 += HVEC4(0.053863525, 0.06402588, 0.00806427, -0.015266418) * v0_3.x;
        h0_3 += HVEC4(-0.123046875, -0.093566895, 0.032196045, 0.14379883) * v0_3.y;
        h0_3 += HVEC4(-0.04675293, -0.034820557, 0.026321411, 0.009849548) * v0_3.z;
        h0_3 += HVEC4(0.019165039, 0.008232117, -0.051971436, 0.009895325) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.10784912, -0.16345215, 0.1932373, -0.3815918) * v0_3.x;
        h0_0 += HVEC4(0.13684082, 0.17883301, 0.03024292, -0.037597656) * v0_3.y;
        h0_0 += HVEC4(-0.32470703, 0.10546875, 0.044555664, 0.1204834) * v0_3.z;
        h0_0 += HVEC4(-0.009986877, -0.12359619, 0.03652954, -0.08959961) * v0_3.w;
        h0_1 += HVEC4(0.0647583, -0.15356445, -0.03729248, 0.2512207) * v0_3.x;
        h0_1 += HVEC4(-0.019714355, -0.008430481, 0.022491455, 0.098083496) * v0_3.y;
        h0_1 += HVEC4(-0.059814453, -0.051971436, 0.06939697, 0.07647705) * v0_3.z;
        h0_1 += HVEC4(-0.015602112, 0.055755615, -0.015235901, 0.07006836) * v0_3.w;
        h0_2 += HVEC4(0.09790039, -0.26220703, 0.12597656, 0.010574341) * v0_3.x;
        h0_2 += HVEC4(0.07495117, 0.044403076, -0.18383789, 0.04171753) * v0_3.y;
        h0_2 += HVEC4(-0.021194458, 0.014076233, 0.100097656, -0.44335938) * v0_3.z;
        h0_2 += HVEC4(-0.009231567, 0.06561279, -0.029083252, -0.1026001) * v0_3.w;
        h0_3 += HVEC4(-0.3239746, -0.30419922, 0.28955078, -0.008888245) * v0_3.x;
        h0_3 += HVEC4(0.025619507, -0.14123535, 0.0034255981, -0.0028152466) * v0_3.y;
        h0_3 += HVEC4(0.026748657, 0.09136963, 0.105529785, 0.10247803) * v0_3.z;
        h0_3 += HVEC4(0.0011672974, 0.035095215, 0.109191895, 0.11968994) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.13903809, 0.39208984, 0.010948181, 0.015945435) * v0_3.x;
        h0_0 += HVEC4(0.022445679, -0.08898926, 0.19226074, 0.06774902) * v0_3.y;
        h0_0 += HVEC4(-0.34399414, 0.083862305, 0.10632324, 0.09069824) * v0_3.z;
        h0_0 += HVEC4(-0.29956055, 0.060516357, 0.2298584, 0.40063477) * v0_3.w;
        h0_1 += HVEC4(0.08666992, 0.017684937, 0.6020508, -0.039916992) * v0_3.x;
        h0_1 += HVEC4(0.044403076, -0.21813965, 0.08343506, -0.033843994) * v0_3.y;
        h0_1 += HVEC4(0.032806396, 0.33740234, 0.02784729, 0.012756348) * v0_3.z;
        h0_1 += HVEC4(-0.40112305, -0.3857422, 0.5097656, -0.062194824) * v0_3.w;
        h0_2 += HVEC4(0.105773926, 0.2434082, -0.11199951, 0.18115234) * v0_3.x;
        h0_2 += HVEC4(0.07623291, -0.13342285, -1.6025391, -0.057373047) * v0_3.y;
        h0_2 += HVEC4(0.2854004, -0.23449707, -0.07171631, -0.12561035) * v0_3.z;
        h0_2 += HVEC4(0.09979248, 0.20739746, -0.24157715, 0.09527588) * v0_3.w;
        h0_3 += HVEC4(0.020568848, 0.043701172, -0.0287323, 0.48535156) * v0_3.x;
        h0_3 += HVEC4(-0.1071167, 0.3215332, 0.17773438, -0.19384766) * v0_3.y;
        h0_3 += HVEC4(-0.024627686, -0.08666992, 0.07537842, 0.10870361) * v0_3.z;
        h0_3 += HVEC4(0.0076446533, -0.28198242, -0.064208984, 0.42407227) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.1887207, -0.0056648254, -0.04421997, -0.03857422) * v0_3.x;
        h0_0 += HVEC4(0.076049805, 0.062164307, 0.03994751, -0.031829834) * v0_3.y;
        h0_0 += HVEC4(-0.2130127, 0.21374512, 0.05340576, 0.072631836) * v0_3.z;
        h0_0 += HVEC4(-0.13452148, 0.1496582, -0.1048584, -0.20471191) * v0_3.w;
        h0_1 += HVEC4(0.042999268, -0.27954102, 0.018005371, -0.609375) * v0_3.x;
        h0_1 += HVEC4(0.101135254, 0.08959961, -0.12841797, 0.015274048) * v0_3.y;
        h0_1 += HVEC4(0.08203125, 0.26831055, 0.10461426, 0.36791992) * v0_3.z;
        h0_1 += HVEC4(0.19592285, -0.26782227, -0.21704102, -0.28881836) * v0_3.w;
        h0_2 += HVEC4(-0.023605347, -0.02178955, 0.10290527, 0.07110596) * v0_3.x;
        h0_2 += HVEC4(-0.06903076, -0.35302734, -0.07720947, 0.054260254) * v0_3.y;
        h0_2 += HVEC4(0.115722656, -0.0049095154, 0.13989258, -0.05996704) * v0_3.z;
        h0_2 += HVEC4(-0.006679535, -0.4465332, 0.057891846, 0.15576172) * v0_3.w;
        h0_3 += HVEC4(-0.081604004, -6.610155e-05, 0.040496826, 0.07421875) * v0_3.x;
        h0_3 += HVEC4(-0.09082031, -0.22216797, -0.0040130615, -0.25878906) * v0_3.y;
        h0_3 += HVEC4(0.17626953, 0.032684326, 0.08081055, 0.011276245) * v0_3.z;
        h0_3 += HVEC4(-0.50097656, 0.12805176, 0.1973877, -0.23510742) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.069885254, 0.25439453, -0.055236816, -0.13122559) * v0_3.x;
        h0_0 += HVEC4(0.01423645, 0.16210938, -0.044830322, 0.019989014) * v0_3.y;
        h0_0 += HVEC4(-0.13293457, 0.18334961, 0.070007324, 0.051330566) * v0_3.z;
        h0_0 += HVEC4(-0.055267334, -0.07763672, 0.038726807, 0.07885742) * v0_3.w;
        h0_1 += HVEC4(0.17468262, -0.15905762, -0.064453125, -0.45996094) * v0_3.x;
        h0_1 += HVEC4(-0.036468506, 0.018951416, 0.037322998, 0.08807373) * v0_3.y;
        h0_1 += HVEC4(-0.020431519, 0.0040283203, 0.062683105, 0.10357666) * v0_3.z;
        h0_1 += HVEC4(-0.027572632, -0.030410767, -0.0132369995, -0.10418701) * v0_3.w;
        h0_2 += HVEC4(0.25585938, -0.19165039, -0.2746582, 0.018798828) * v0_3.x;
        h0_2 += HVEC4(-0.07397461, 0.044158936, 0.2998047, -0.040802002) * v0_3.y;
        h0_2 += HVEC4(0.11206055, -0.057281494, 0.043395996, -0.15942383) * v0_3.z;
        h0_2 += HVEC4(0.098083496, 0.04348755, -0.15246582, 0.0088272095) * v0_3.w;
        h0_3 += HVEC4(-0.012245178, 0.28442383, 0.024414062, -0.036865234) * v0_3.x;
        h0_3 += HVEC4(-0.023361206, 0.16955566, -0.0158844, -0.11376953) * v0_3.y;
        h0_3 += HVEC4(0.00065135956, 0.36669922, 0.03881836, 0.021697998) * v0_3.z;
        h0_3 += HVEC4(-0.03466797, 0.15942383, 0.027267456, 0.088134766) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.36108398, 0.2290039, -0.036712646, 0.013839722) * v0_3.x;
        h0_0 += HVEC4(0.14526367, 0.087768555, -0.07928467, 0.0026340485) * v0_3.y;
        h0_0 += HVEC4(-0.16882324, 0.06225586, 0.07543945, -0.0023384094) * v0_3.z;
        h0_0 += HVEC4(0.072387695, 0.12805176, 0.016021729, -0.005680084) * v0_3.w;
        h0_1 += HVEC4(-0.010986328, 0.20654297, 0.36914062, -0.48120117) * v0_3.x;
        h0_1 += HVEC4(0.1237793, 0.11425781, -0.013397217, -0.12573242) * v0_3.y;
        h0_1 += HVEC4(0.052520752, 0.14611816, -0.008056641, 0.18896484) * v0_3.z;
        h0_1 += HVEC4(0.14648438, -0.009048462, 0.04232788, -0.4230957) * v0_3.w;
        h0_2 += HVEC4(0.053253174, -0.20349121, 0.004055023, 0.1574707) * v0_3.x;
        h0_2 += HVEC4(-0.008560181, 0.042297363, -0.27026367, 0.014335632) * v0_3.y;
        h0_2 += HVEC4(0.06173706, -0.08703613, 0.44213867, -0.13513184) * v0_3.z;
        h0_2 += HVEC4(-0.008125305, 0.08984375, -1.5507812, 0.01675415) * v0_3.w;
        h0_3 += HVEC4(-0.044158936, 0.9555664, -0.0099105835, 0.19372559) * v0_3.x;
        h0_3 += HVEC4(-0.05407715, -0.79003906, -0.10211182, -0.09082031) * v0_3.y;
        h0_3 += HVEC4(0.08294678, -0.7973633, 0.0178833, 0.012840271) * v0_3.z;
        h0_3 += HVEC4(-0.06652832, -1.9902344, 0.16711426, 0.065979004) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.028717041, -0.054901123, -0.016845703, 7.56979e-05) * v0_3.x;
        h0_0 += HVEC4(0.016357422, 0.053894043, -0.052093506, -0.034179688) * v0_3.y;
        h0_0 += HVEC4(-0.22509766, 0.111206055, 0.017852783, 0.06561279) * v0_3.z;
        h0_0 += HVEC4(0.23266602, -0.004825592, 0.05596924, 0.14331055) * v0_3.w;
        h0_1 += HVEC4(-0.04309082, -0.030288696, -0.042144775, -0.24291992) * v0_3.x;
        h0_1 += HVEC4(0.07720947, 0.20336914, 0.09124756, -0.043121338) * v0_3.y;
        h0_1 += HVEC4(0.0345459, 0.13574219, 0.13391113, 0.18054199) * v0_3.z;
        h0_1 += HVEC4(-0.030288696, -0.3149414, 0.0041046143, -0.20385742) * v0_3.w;
        h0_2 += HVEC4(0.0049743652, -0.013877869, -0.20703125, -0.0010757446) * v0_3.x;
        h0_2 += HVEC4(-0.03955078, -0.03265381, 0.27807617, 0.04949951) * v0_3.y;
        h0_2 += HVEC4(0.103271484, 0.007637024, 0.11126709, -0.050079346) * v0_3.z;
        h0_2 += HVEC4(0.18103027, -0.107788086, -0.07116699, -0.19421387) * v0_3.w;
        h0_3 += HVEC4(-0.017089844, 0.3815918, -0.020721436, -0.046844482) * v0_3.x;
        h0_3 += HVEC4(0.011184692, 0.23510742, -0.047180176, -0.14477539) * v0_3.y;
        h0_3 += HVEC4(0.042175293, -0.32006836, 0.035888672, 0.0690918) * v0_3.z;
        h0_3 += HVEC4(0.022567749, -2.0761719, -0.049865723, 0.064819336) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L2
//!SAVE ArtCNN_C4F16_DS_L3
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
        a0_0 = vec4(0.027778136, 0.0038762365, 0.0060112406, 0.0006000015);
        a0_1 = vec4(-0.0017351743, 0.0009950683, 0.010912907, 0.03908604);
        a0_2 = vec4(0.000266976, 0.017418299, -0.008647216, 0.015921349);
        a0_3 = vec4(-0.013619726, 0.0029480434, 0.01368811, 0.012646604);
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
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.037963867, -0.25024414, 0.32177734, 0.037506104) * v0_0.x;
        h0_0 += HVEC4(0.11102295, 0.036254883, -0.044830322, 0.04623413) * v0_0.y;
        h0_0 += HVEC4(0.061523438, 0.06689453, -0.06402588, 0.0137786865) * v0_0.z;
        h0_0 += HVEC4(0.058654785, 0.091918945, -0.006690979, -0.00027561188) * v0_0.w;
        h0_1 += HVEC4(0.111206055, 0.01486969, -0.085876465, -0.11975098) * v0_0.x;
        h0_1 += HVEC4(-0.036315918, -0.06188965, 0.030548096, 0.055511475) * v0_0.y;
        h0_1 += HVEC4(0.008384705, -0.07507324, -0.03982544, -0.12780762) * v0_0.z;
        h0_1 += HVEC4(-0.0026454926, 0.082336426, 0.0055236816, -0.12878418) * v0_0.w;
        h0_2 += HVEC4(-0.07208252, 0.06298828, 0.011108398, -0.046661377) * v0_0.x;
        h0_2 += HVEC4(-0.042755127, 0.08850098, -0.086242676, -0.06286621) * v0_0.y;
        h0_2 += HVEC4(-0.06958008, 0.14160156, -0.110839844, 0.057556152) * v0_0.z;
        h0_2 += HVEC4(0.024887085, 0.028274536, 0.048309326, -0.042175293) * v0_0.w;
        h0_3 += HVEC4(-0.059509277, -0.007369995, 0.0005555153, -0.03289795) * v0_0.x;
        h0_3 += HVEC4(0.058776855, 0.18408203, -0.077941895, 0.031402588) * v0_0.y;
        h0_3 += HVEC4(-0.020980835, -0.054260254, -0.09051514, -0.05307007) * v0_0.z;
        h0_3 += HVEC4(0.035186768, 0.025772095, 0.06011963, 0.032165527) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.31347656, -0.52978516, 0.117004395, -0.20373535) * v0_0.x;
        h0_0 += HVEC4(0.17797852, -0.1899414, -0.103637695, -0.02798462) * v0_0.y;
        h0_0 += HVEC4(-0.16381836, -0.010292053, -0.28344727, 0.060455322) * v0_0.z;
        h0_0 += HVEC4(-0.0074653625, -0.33032227, 0.12475586, -0.19226074) * v0_0.w;
        h0_1 += HVEC4(0.17016602, 0.025878906, -0.019714355, 0.10479736) * v0_0.x;
        h0_1 += HVEC4(-0.001698494, -0.028778076, 0.027542114, -0.27734375) * v0_0.y;
        h0_1 += HVEC4(0.12841797, 0.025970459, 0.042236328, 0.01423645) * v0_0.z;
        h0_1 += HVEC4(0.006591797, 0.0206604, -0.02243042, -0.049865723) * v0_0.w;
        h0_2 += HVEC4(-0.078063965, -0.13000488, 0.036834717, 0.035858154) * v0_0.x;
        h0_2 += HVEC4(0.13781738, -0.03439331, -0.026519775, 0.03024292) * v0_0.y;
        h0_2 += HVEC4(0.023208618, -0.033294678, -0.20239258, -0.083496094) * v0_0.z;
        h0_2 += HVEC4(0.11029053, -0.11151123, 0.22106934, 0.047729492) * v0_0.w;
        h0_3 += HVEC4(0.055786133, 0.29736328, 0.03640747, 0.070495605) * v0_0.x;
        h0_3 += HVEC4(-0.10015869, 0.11645508, 0.027862549, -0.0021781921) * v0_0.y;
        h0_3 += HVEC4(0.048706055, 0.12780762, 0.0657959, 0.00504303) * v0_0.z;
        h0_3 += HVEC4(-0.035369873, 0.0206604, 0.016235352, 0.016525269) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.107055664, -0.1048584, -0.06188965, 0.0077438354) * v0_0.x;
        h0_0 += HVEC4(0.09234619, 0.062042236, 0.1640625, 0.13586426) * v0_0.y;
        h0_0 += HVEC4(-0.14196777, 0.0035324097, -0.16381836, -0.12072754) * v0_0.z;
        h0_0 += HVEC4(-0.023742676, -0.077819824, 0.03540039, 0.018829346) * v0_0.w;
        h0_1 += HVEC4(-0.04724121, 0.0037574768, -4.3988228e-05, 0.03289795) * v0_0.x;
        h0_1 += HVEC4(-0.041046143, -0.026229858, -0.010902405, -0.4086914) * v0_0.y;
        h0_1 += HVEC4(-0.109375, -0.04751587, 0.0118255615, -0.10089111) * v0_0.z;
        h0_1 += HVEC4(0.060058594, 0.11657715, -0.0079193115, 0.17785645) * v0_0.w;
        h0_2 += HVEC4(-0.049591064, 0.050354004, -0.00067424774, 0.07281494) * v0_0.x;
        h0_2 += HVEC4(0.018997192, 0.13085938, -0.08343506, 0.04699707) * v0_0.y;
        h0_2 += HVEC4(-0.10656738, 0.095703125, -0.0135269165, -0.13244629) * v0_0.z;
        h0_2 += HVEC4(0.107421875, -0.14257812, -0.0067634583, -0.017990112) * v0_0.w;
        h0_3 += HVEC4(-0.012748718, -0.07720947, -0.02998352, 0.047180176) * v0_0.x;
        h0_3 += HVEC4(-0.061401367, 0.037475586, -0.086364746, -0.22607422) * v0_0.y;
        h0_3 += HVEC4(-0.07598877, -0.09515381, 0.039886475, -0.4555664) * v0_0.z;
        h0_3 += HVEC4(0.04663086, -0.11224365, 0.07128906, 0.015975952) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.06573486, -0.003932953, -0.3005371, -0.012649536) * v0_0.x;
        h0_0 += HVEC4(-0.009269714, 0.22290039, -0.16772461, 0.20153809) * v0_0.y;
        h0_0 += HVEC4(0.017242432, -0.10797119, 0.047973633, 0.08984375) * v0_0.z;
        h0_0 += HVEC4(-0.048797607, -0.10223389, 0.022750854, 0.16699219) * v0_0.w;
        h0_1 += HVEC4(-0.2241211, -0.1003418, -0.15209961, -0.17358398) * v0_0.x;
        h0_1 += HVEC4(0.01638794, 0.028366089, 0.0335083, 0.23291016) * v0_0.y;
        h0_1 += HVEC4(-0.020202637, 0.032165527, 0.037750244, -0.029708862) * v0_0.z;
        h0_1 += HVEC4(0.009857178, 0.22143555, -0.036895752, 0.14477539) * v0_0.w;
        h0_2 += HVEC4(-0.31713867, 0.3317871, -0.114746094, -0.010528564) * v0_0.x;
        h0_2 += HVEC4(0.13391113, -0.21240234, -0.04852295, -0.0847168) * v0_0.y;
        h0_2 += HVEC4(0.03753662, -0.121154785, -0.064208984, 0.117492676) * v0_0.z;
        h0_2 += HVEC4(0.14038086, -0.10235596, 0.014907837, -0.11608887) * v0_0.w;
        h0_3 += HVEC4(-0.020690918, -0.39257812, -0.049957275, -0.18383789) * v0_0.x;
        h0_3 += HVEC4(0.070739746, 0.14099121, 0.011054993, -0.024993896) * v0_0.y;
        h0_3 += HVEC4(0.024124146, 0.02558899, 0.14709473, 0.0009431839) * v0_0.z;
        h0_3 += HVEC4(0.08282471, -0.085510254, 0.03186035, -0.021636963) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.05267334, 0.22583008, -0.35546875, -0.07244873) * v0_0.x;
        h0_0 += HVEC4(-0.031280518, -0.05117798, 0.049621582, -0.15283203) * v0_0.y;
        h0_0 += HVEC4(-0.2043457, -0.05215454, 0.37304688, -0.11291504) * v0_0.z;
        h0_0 += HVEC4(0.055023193, 0.3232422, 0.27807617, -0.38378906) * v0_0.w;
        h0_1 += HVEC4(-0.30151367, 0.06323242, -0.0067253113, -0.15319824) * v0_0.x;
        h0_1 += HVEC4(-0.17114258, -0.18322754, -0.08831787, -0.41601562) * v0_0.y;
        h0_1 += HVEC4(-0.13012695, 0.49975586, 0.05633545, -0.011688232) * v0_0.z;
        h0_1 += HVEC4(0.001086235, 0.22558594, -0.080078125, -0.13024902) * v0_0.w;
        h0_2 += HVEC4(-0.12536621, -0.2467041, 0.054382324, -0.1348877) * v0_0.x;
        h0_2 += HVEC4(-0.15002441, 0.16308594, -0.09460449, -0.120910645) * v0_0.y;
        h0_2 += HVEC4(0.39086914, -0.14489746, -0.04660034, 0.013114929) * v0_0.z;
        h0_2 += HVEC4(-0.061828613, -0.2109375, 0.5366211, 0.10144043) * v0_0.w;
        h0_3 += HVEC4(0.13317871, -0.17736816, 0.06970215, -0.062805176) * v0_0.x;
        h0_3 += HVEC4(-0.13269043, 0.22241211, -0.1505127, -0.14050293) * v0_0.y;
        h0_3 += HVEC4(-0.19543457, -0.31396484, 0.19543457, 0.09881592) * v0_0.z;
        h0_3 += HVEC4(-0.070617676, -0.24804688, -0.066589355, -0.07385254) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.060760498, 0.14416504, -0.004398346, -0.059051514) * v0_0.x;
        h0_0 += HVEC4(-0.19177246, -0.16235352, 0.13513184, -0.14575195) * v0_0.y;
        h0_0 += HVEC4(0.0016393661, -0.1574707, 0.10534668, -0.048187256) * v0_0.z;
        h0_0 += HVEC4(-0.011856079, 0.18737793, 0.0010509491, 0.29077148) * v0_0.w;
        h0_1 += HVEC4(0.039978027, 0.030273438, 0.021957397, 0.078063965) * v0_0.x;
        h0_1 += HVEC4(-0.14123535, -0.036010742, 0.007160187, -0.07519531) * v0_0.y;
        h0_1 += HVEC4(-0.025756836, 0.005378723, -0.0146865845, 0.09942627) * v0_0.z;
        h0_1 += HVEC4(0.13549805, 0.07897949, 0.0011520386, -0.3852539) * v0_0.w;
        h0_2 += HVEC4(-0.090270996, 0.028686523, 0.015945435, 0.04348755) * v0_0.x;
        h0_2 += HVEC4(0.00018620491, -0.059417725, -0.0046691895, -0.19006348) * v0_0.y;
        h0_2 += HVEC4(0.07696533, -0.097839355, 0.023544312, 0.016952515) * v0_0.z;
        h0_2 += HVEC4(-0.06201172, 0.108947754, -0.052093506, 0.14001465) * v0_0.w;
        h0_3 += HVEC4(-0.023834229, -0.06890869, -0.022720337, -0.0619812) * v0_0.x;
        h0_3 += HVEC4(0.02861023, 0.4326172, 0.0015029907, 0.23962402) * v0_0.y;
        h0_3 += HVEC4(0.044952393, -0.039611816, 0.105895996, 0.099243164) * v0_0.z;
        h0_3 += HVEC4(0.06939697, -0.021636963, -0.082092285, -0.3256836) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.059783936, -0.004421234, -0.13171387, -0.047424316) * v0_0.x;
        h0_0 += HVEC4(0.117370605, -0.15161133, 0.28320312, 0.16113281) * v0_0.y;
        h0_0 += HVEC4(0.019210815, -0.0016698837, 0.02986145, -0.007545471) * v0_0.z;
        h0_0 += HVEC4(-0.15893555, 0.019607544, -0.054382324, 0.024536133) * v0_0.w;
        h0_1 += HVEC4(-0.13574219, -0.022399902, -0.03010559, 0.10223389) * v0_0.x;
        h0_1 += HVEC4(0.15515137, -0.06994629, -0.031097412, 0.17578125) * v0_0.y;
        h0_1 += HVEC4(-0.056915283, 0.013969421, 0.14331055, -0.036743164) * v0_0.z;
        h0_1 += HVEC4(0.011787415, -0.051605225, -0.15612793, -0.17407227) * v0_0.w;
        h0_2 += HVEC4(-0.12036133, -0.041107178, 0.006198883, -0.00667572) * v0_0.x;
        h0_2 += HVEC4(0.19250488, -0.073913574, 0.04498291, -0.12939453) * v0_0.y;
        h0_2 += HVEC4(0.023895264, 0.052581787, -0.062469482, -0.01802063) * v0_0.z;
        h0_2 += HVEC4(-0.06161499, 0.13867188, 0.012268066, 0.14672852) * v0_0.w;
        h0_3 += HVEC4(-0.019683838, -0.17370605, -0.035888672, -0.009284973) * v0_0.x;
        h0_3 += HVEC4(-0.029968262, 0.28027344, -0.047424316, 0.105041504) * v0_0.y;
        h0_3 += HVEC4(0.012741089, 0.012954712, 0.10845947, 0.017196655) * v0_0.z;
        h0_3 += HVEC4(-0.0070724487, -0.13049316, -0.05947876, -0.0107040405) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.08294678, -0.027145386, -0.027526855, -0.011505127) * v0_0.x;
        h0_0 += HVEC4(0.086364746, 0.04168701, -0.21728516, 0.038269043) * v0_0.y;
        h0_0 += HVEC4(0.26367188, 0.04574585, 0.11187744, -0.006793976) * v0_0.z;
        h0_0 += HVEC4(-0.03161621, 0.010047913, -0.32641602, -0.06665039) * v0_0.w;
        h0_1 += HVEC4(0.073913574, 0.05078125, -0.03189087, 0.06689453) * v0_0.x;
        h0_1 += HVEC4(-0.14318848, -0.052581787, -0.031311035, -0.050048828) * v0_0.y;
        h0_1 += HVEC4(0.09844971, -0.016998291, 0.07714844, 0.048583984) * v0_0.z;
        h0_1 += HVEC4(-0.14135742, 0.101623535, -0.2232666, 0.2097168) * v0_0.w;
        h0_2 += HVEC4(-0.026763916, -0.16003418, 0.015991211, -0.036865234) * v0_0.x;
        h0_2 += HVEC4(-0.066589355, 0.48242188, -0.11633301, -0.054534912) * v0_0.y;
        h0_2 += HVEC4(0.011909485, -0.062927246, 0.032989502, 0.004497528) * v0_0.z;
        h0_2 += HVEC4(-0.20788574, -0.15429688, -0.0036315918, -0.27441406) * v0_0.w;
        h0_3 += HVEC4(0.030395508, -0.008544922, 0.010887146, -0.013290405) * v0_0.x;
        h0_3 += HVEC4(-0.11987305, 0.2397461, -0.08276367, -0.073913574) * v0_0.y;
        h0_3 += HVEC4(-0.017440796, 0.035064697, 0.065979004, 0.10858154) * v0_0.z;
        h0_3 += HVEC4(0.01184082, 0.1071167, -0.21069336, -0.042938232) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.18078613, -0.068603516, -0.12237549, -0.022277832) * v0_0.x;
        h0_0 += HVEC4(0.0769043, 0.30908203, -0.12194824, -0.22363281) * v0_0.y;
        h0_0 += HVEC4(0.033447266, 0.023544312, 0.038757324, 0.13391113) * v0_0.z;
        h0_0 += HVEC4(-0.19921875, -0.24060059, -0.115112305, -0.077697754) * v0_0.w;
        h0_1 += HVEC4(-0.03111267, 0.02154541, 0.017196655, 0.0524292) * v0_0.x;
        h0_1 += HVEC4(0.04916382, 0.032989502, -0.085876465, 0.07537842) * v0_0.y;
        h0_1 += HVEC4(0.10845947, 0.006126404, -0.027160645, 0.17321777) * v0_0.z;
        h0_1 += HVEC4(-0.20800781, -0.033477783, 0.12408447, -0.32080078) * v0_0.w;
        h0_2 += HVEC4(-0.05340576, 0.0034275055, 0.02154541, 0.09436035) * v0_0.x;
        h0_2 += HVEC4(0.03540039, 0.008163452, 0.08111572, -0.12487793) * v0_0.y;
        h0_2 += HVEC4(0.0048828125, 0.08392334, -0.049957275, 0.13183594) * v0_0.z;
        h0_2 += HVEC4(-0.109313965, -0.041992188, 0.12658691, -0.1270752) * v0_0.w;
        h0_3 += HVEC4(0.03237915, -0.060638428, 0.042663574, -0.04168701) * v0_0.x;
        h0_3 += HVEC4(-0.034118652, -0.02758789, 0.04937744, 0.079833984) * v0_0.y;
        h0_3 += HVEC4(-0.002664566, -0.05166626, -0.00881958, -0.021850586) * v0_0.z;
        h0_3 += HVEC4(-0.0006761551, -0.018844604, 0.034820557, -0.036102295) * v0_0.w;
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
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.049743652, 0.101135254, 0.15197754, 0.055603027) * v0_1.x;
        h0_0 += HVEC4(0.14160156, -0.009552002, 0.051879883, 0.007293701) * v0_1.y;
        h0_0 += HVEC4(-0.076049805, -0.008850098, -0.03237915, -0.03125) * v0_1.z;
        h0_0 += HVEC4(0.0023498535, -0.011146545, 0.11743164, 0.011352539) * v0_1.w;
        h0_1 += HVEC4(-0.020019531, 0.055114746, 0.026290894, 0.07336426) * v0_1.x;
        h0_1 += HVEC4(0.012962341, -0.013092041, -0.06036377, -0.07659912) * v0_1.y;
        h0_1 += HVEC4(-0.020050049, 0.00121212, -0.008934021, 0.030899048) * v0_1.z;
        h0_1 += HVEC4(0.06021118, 0.029006958, -0.046417236, -0.3154297) * v0_1.w;
        h0_2 += HVEC4(0.014556885, -0.053863525, 0.07489014, -0.03781128) * v0_1.x;
        h0_2 += HVEC4(0.110839844, 0.22473145, -0.027313232, -0.020858765) * v0_1.y;
        h0_2 += HVEC4(-0.08538818, -0.007282257, -0.030792236, 0.020706177) * v0_1.z;
        h0_2 += HVEC4(0.10437012, -0.05331421, 0.045837402, -0.07281494) * v0_1.w;
        h0_3 += HVEC4(-0.0060768127, -0.018356323, 0.05633545, 0.061645508) * v0_1.x;
        h0_3 += HVEC4(-0.0036945343, 0.08831787, -0.025283813, 0.1027832) * v0_1.y;
        h0_3 += HVEC4(-0.024017334, 0.008621216, 0.03060913, 0.0034999847) * v0_1.z;
        h0_3 += HVEC4(0.008911133, 0.082458496, 0.030273438, 0.022003174) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.049591064, 0.1239624, 0.07495117, 0.013519287) * v0_1.x;
        h0_0 += HVEC4(-0.000620842, -0.30273438, 0.21472168, -0.12670898) * v0_1.y;
        h0_0 += HVEC4(0.04928589, 0.26049805, -0.19165039, 0.10235596) * v0_1.z;
        h0_0 += HVEC4(0.015556335, -0.21069336, 0.24853516, -0.083862305) * v0_1.w;
        h0_1 += HVEC4(0.103271484, -0.08905029, -0.057800293, -0.31860352) * v0_1.x;
        h0_1 += HVEC4(0.15563965, -0.014602661, 0.013893127, 0.2890625) * v0_1.y;
        h0_1 += HVEC4(-0.026306152, 0.016571045, 0.021774292, 0.027450562) * v0_1.z;
        h0_1 += HVEC4(-0.12182617, -0.09283447, 0.031311035, -0.46118164) * v0_1.w;
        h0_2 += HVEC4(-0.044403076, 0.035980225, -0.03930664, -0.048583984) * v0_1.x;
        h0_2 += HVEC4(0.024871826, 0.045715332, 0.005130768, -0.07836914) * v0_1.y;
        h0_2 += HVEC4(-0.16601562, 0.07714844, -0.031829834, 0.04864502) * v0_1.z;
        h0_2 += HVEC4(-0.035217285, 0.119384766, -0.061340332, -0.22058105) * v0_1.w;
        h0_3 += HVEC4(0.030212402, 0.1920166, -0.035095215, 0.09075928) * v0_1.x;
        h0_3 += HVEC4(0.061767578, 0.22888184, -0.011009216, 0.15136719) * v0_1.y;
        h0_3 += HVEC4(0.08331299, -0.08026123, 0.021759033, -0.09564209) * v0_1.z;
        h0_3 += HVEC4(0.08129883, 0.06964111, -0.054870605, 0.061431885) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.04119873, -0.047607422, -0.12731934, -0.06719971) * v0_1.x;
        h0_0 += HVEC4(-0.03012085, -0.072265625, 0.052978516, -0.07244873) * v0_1.y;
        h0_0 += HVEC4(0.072753906, 0.14904785, -0.012969971, 0.070373535) * v0_1.z;
        h0_0 += HVEC4(-0.036102295, -0.1706543, -0.09094238, -0.23730469) * v0_1.w;
        h0_1 += HVEC4(0.052825928, -0.060913086, 0.03466797, 0.1538086) * v0_1.x;
        h0_1 += HVEC4(-0.0040626526, -0.03161621, 0.029541016, 0.037994385) * v0_1.y;
        h0_1 += HVEC4(-0.10003662, -0.036010742, -0.0043258667, 0.06500244) * v0_1.z;
        h0_1 += HVEC4(-0.16967773, -0.012664795, 0.0063591003, -0.22241211) * v0_1.w;
        h0_2 += HVEC4(-0.07965088, -0.0012407303, -0.097473145, -0.13842773) * v0_1.x;
        h0_2 += HVEC4(0.08465576, 0.07824707, -0.048217773, 0.14416504) * v0_1.y;
        h0_2 += HVEC4(0.0048179626, 0.00497818, -0.046875, -0.10510254) * v0_1.z;
        h0_2 += HVEC4(-0.08984375, 0.044006348, -0.04788208, -0.17150879) * v0_1.w;
        h0_3 += HVEC4(-0.01436615, 0.13232422, -0.014389038, -0.016448975) * v0_1.x;
        h0_3 += HVEC4(0.060546875, 0.14794922, -0.051971436, 0.27001953) * v0_1.y;
        h0_3 += HVEC4(-0.014167786, -0.008476257, -0.03314209, -0.15368652) * v0_1.z;
        h0_3 += HVEC4(-0.06304932, 0.076049805, -0.030319214, 0.18701172) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.075683594, -0.019836426, 0.053833008, 0.080566406) * v0_1.x;
        h0_0 += HVEC4(-0.19421387, -0.02331543, -0.0058784485, -0.059936523) * v0_1.y;
        h0_0 += HVEC4(-0.006706238, 0.005493164, -0.019866943, -0.109802246) * v0_1.z;
        h0_0 += HVEC4(-0.038513184, 0.27978516, -0.03274536, 0.03366089) * v0_1.w;
        h0_1 += HVEC4(0.11517334, 0.010261536, 0.085754395, 0.15307617) * v0_1.x;
        h0_1 += HVEC4(-0.03768921, -0.0027217865, -0.119018555, -0.19165039) * v0_1.y;
        h0_1 += HVEC4(-0.017868042, 0.08728027, 0.14160156, 0.109680176) * v0_1.z;
        h0_1 += HVEC4(0.08874512, 0.16271973, -0.03933716, -0.26391602) * v0_1.w;
        h0_2 += HVEC4(-0.030075073, -0.045074463, 0.04373169, 0.046295166) * v0_1.x;
        h0_2 += HVEC4(-0.14758301, 0.089538574, -0.005622864, -0.17248535) * v0_1.y;
        h0_2 += HVEC4(-0.034088135, -0.21276855, 0.1652832, 0.051513672) * v0_1.z;
        h0_2 += HVEC4(-0.00082826614, 0.34326172, 0.18432617, -0.08282471) * v0_1.w;
        h0_3 += HVEC4(0.08691406, 0.10522461, 0.098083496, 0.0073547363) * v0_1.x;
        h0_3 += HVEC4(-0.0010280609, -0.10644531, 0.012023926, -0.08453369) * v0_1.y;
        h0_3 += HVEC4(-0.0014572144, -0.004760742, 0.14001465, 0.17004395) * v0_1.z;
        h0_3 += HVEC4(-0.08782959, 0.13439941, 0.043121338, -0.13452148) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.20410156, -0.5073242, -0.25512695, -0.041259766) * v0_1.x;
        h0_0 += HVEC4(-0.07720947, -0.109680176, -0.25854492, 0.036102295) * v0_1.y;
        h0_0 += HVEC4(0.4416504, 0.02432251, 0.0082473755, 0.1484375) * v0_1.z;
        h0_0 += HVEC4(-0.25756836, 0.23278809, -0.23303223, -0.31176758) * v0_1.w;
        h0_1 += HVEC4(0.14697266, 0.24108887, -0.06414795, 0.01260376) * v0_1.x;
        h0_1 += HVEC4(-0.24572754, 0.046539307, -0.044067383, -0.38330078) * v0_1.y;
        h0_1 += HVEC4(-0.093933105, 0.14990234, 0.047302246, 0.18896484) * v0_1.z;
        h0_1 += HVEC4(0.29125977, 0.06750488, -0.051635742, 0.04815674) * v0_1.w;
        h0_2 += HVEC4(0.20544434, -0.052978516, 0.11529541, 0.0044059753) * v0_1.x;
        h0_2 += HVEC4(-0.23254395, 0.25585938, -0.0060424805, -0.3720703) * v0_1.y;
        h0_2 += HVEC4(0.37280273, -0.11480713, 0.07678223, 0.4465332) * v0_1.z;
        h0_2 += HVEC4(0.06591797, -0.013900757, -0.04937744, -0.124572754) * v0_1.w;
        h0_3 += HVEC4(-0.06628418, -0.051971436, 0.07788086, 0.06427002) * v0_1.x;
        h0_3 += HVEC4(0.09625244, -0.21508789, 0.06604004, -0.4038086) * v0_1.y;
        h0_3 += HVEC4(0.042022705, -0.32421875, 0.00046396255, 0.07531738) * v0_1.z;
        h0_3 += HVEC4(0.21838379, 0.4494629, 0.18762207, 0.18640137) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.17175293, -0.18579102, -0.14221191, 0.09210205) * v0_1.x;
        h0_0 += HVEC4(-0.10467529, -0.09991455, 0.014709473, -0.2993164) * v0_1.y;
        h0_0 += HVEC4(0.20275879, 0.07299805, 0.02935791, 0.2211914) * v0_1.z;
        h0_0 += HVEC4(0.2956543, 0.09197998, 0.062072754, 0.14672852) * v0_1.w;
        h0_1 += HVEC4(0.028564453, -0.07965088, 0.019683838, 0.06088257) * v0_1.x;
        h0_1 += HVEC4(0.13623047, -0.027954102, 0.008323669, 0.15856934) * v0_1.y;
        h0_1 += HVEC4(0.0003745556, -0.037200928, -0.04055786, 0.22741699) * v0_1.z;
        h0_1 += HVEC4(0.111694336, -0.07269287, -0.021453857, -0.8544922) * v0_1.w;
        h0_2 += HVEC4(-0.06951904, 0.025619507, -0.013458252, 0.110839844) * v0_1.x;
        h0_2 += HVEC4(-0.012290955, -0.029724121, 0.027420044, -0.07110596) * v0_1.y;
        h0_2 += HVEC4(-0.038879395, 0.18151855, -0.078430176, 0.08312988) * v0_1.z;
        h0_2 += HVEC4(0.049560547, 0.014556885, -0.014511108, 0.10479736) * v0_1.w;
        h0_3 += HVEC4(0.017288208, -0.005344391, -0.053985596, -0.30932617) * v0_1.x;
        h0_3 += HVEC4(0.097351074, 0.23400879, 0.017288208, 0.1307373) * v0_1.y;
        h0_3 += HVEC4(0.09881592, 0.02998352, -0.056884766, -0.07092285) * v0_1.z;
        h0_3 += HVEC4(0.0053749084, -0.038391113, -0.09362793, -0.24804688) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.10675049, 0.07788086, 0.05038452, -0.071899414) * v0_1.x;
        h0_0 += HVEC4(-0.1262207, -0.026870728, -0.12432861, -0.02230835) * v0_1.y;
        h0_0 += HVEC4(0.29467773, -0.011390686, 0.03591919, -0.08111572) * v0_1.z;
        h0_0 += HVEC4(0.066101074, -0.0904541, 0.012588501, -0.03503418) * v0_1.w;
        h0_1 += HVEC4(-0.09851074, 0.019943237, 0.037506104, 0.03970337) * v0_1.x;
        h0_1 += HVEC4(0.028259277, -0.03161621, 0.074035645, -0.15429688) * v0_1.y;
        h0_1 += HVEC4(0.1184082, 0.026489258, 0.14807129, 0.054351807) * v0_1.z;
        h0_1 += HVEC4(-0.09301758, 0.0050086975, 0.025009155, -0.11669922) * v0_1.w;
        h0_2 += HVEC4(-0.0067634583, -0.04269409, 0.009094238, 0.04537964) * v0_1.x;
        h0_2 += HVEC4(-0.05557251, 0.18347168, -0.010971069, -0.058807373) * v0_1.y;
        h0_2 += HVEC4(0.01676941, -0.14587402, 0.037109375, -0.19238281) * v0_1.z;
        h0_2 += HVEC4(0.088012695, 0.048217773, 0.0032672882, -0.1159668) * v0_1.w;
        h0_3 += HVEC4(-0.046539307, -0.08282471, -0.079833984, 0.027313232) * v0_1.x;
        h0_3 += HVEC4(-0.049743652, -0.37060547, -0.012550354, -0.07940674) * v0_1.y;
        h0_3 += HVEC4(-0.033081055, 0.21557617, -0.024536133, 0.044433594) * v0_1.z;
        h0_3 += HVEC4(0.0357666, 0.13049316, 0.023071289, 0.070373535) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.09088135, -0.018508911, -0.06555176, 0.11975098) * v0_1.x;
        h0_0 += HVEC4(-0.26513672, 0.09118652, -0.006580353, 0.007980347) * v0_1.y;
        h0_0 += HVEC4(-0.089416504, -0.036987305, 0.35742188, 0.115356445) * v0_1.z;
        h0_0 += HVEC4(0.15197754, -0.13122559, 0.21936035, -0.08666992) * v0_1.w;
        h0_1 += HVEC4(0.017318726, -0.14892578, -0.044067383, -0.009735107) * v0_1.x;
        h0_1 += HVEC4(-0.13305664, 0.050750732, -0.088378906, -0.37426758) * v0_1.y;
        h0_1 += HVEC4(0.44458008, -0.115356445, -0.008743286, 0.11859131) * v0_1.z;
        h0_1 += HVEC4(0.03491211, -0.0206604, -0.040740967, 0.17211914) * v0_1.w;
        h0_2 += HVEC4(0.11010742, -0.11230469, -0.18225098, 0.0069274902) * v0_1.x;
        h0_2 += HVEC4(-0.23742676, 0.16186523, 0.039154053, -0.14440918) * v0_1.y;
        h0_2 += HVEC4(0.041809082, 0.1105957, -0.056884766, 0.06561279) * v0_1.z;
        h0_2 += HVEC4(0.09490967, -0.32373047, 0.00944519, -0.13720703) * v0_1.w;
        h0_3 += HVEC4(0.088378906, 0.080444336, -0.059570312, 0.10900879) * v0_1.x;
        h0_3 += HVEC4(-0.059539795, 0.0074501038, 0.03479004, -0.034942627) * v0_1.y;
        h0_3 += HVEC4(0.05770874, 0.18945312, -0.01675415, 0.048065186) * v0_1.z;
        h0_3 += HVEC4(-0.014762878, 0.064453125, -0.06439209, 0.035888672) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.08215332, 0.085632324, 0.10571289, 0.037506104) * v0_1.x;
        h0_0 += HVEC4(0.17248535, 0.20788574, -0.1953125, -0.14379883) * v0_1.y;
        h0_0 += HVEC4(-0.10369873, -0.122680664, 0.040008545, 0.090148926) * v0_1.z;
        h0_0 += HVEC4(-0.023513794, 0.09326172, 0.07080078, 0.040924072) * v0_1.w;
        h0_1 += HVEC4(0.039093018, -0.047698975, 0.024627686, 0.08416748) * v0_1.x;
        h0_1 += HVEC4(-0.21508789, -0.06414795, 0.040161133, 0.2097168) * v0_1.y;
        h0_1 += HVEC4(0.04989624, -0.08203125, 0.02482605, 0.14318848) * v0_1.z;
        h0_1 += HVEC4(-0.016143799, 0.03274536, 0.048706055, -0.16259766) * v0_1.w;
        h0_2 += HVEC4(0.09033203, 0.043762207, -0.042114258, 0.024963379) * v0_1.x;
        h0_2 += HVEC4(0.09918213, 0.054016113, -0.039642334, 0.04373169) * v0_1.y;
        h0_2 += HVEC4(-0.045135498, 0.081848145, -0.052124023, 0.11175537) * v0_1.z;
        h0_2 += HVEC4(-0.03866577, 0.19140625, 0.032928467, 0.07055664) * v0_1.w;
        h0_3 += HVEC4(-0.092163086, 0.004501343, -0.065979004, -0.07849121) * v0_1.x;
        h0_3 += HVEC4(0.08874512, 0.16003418, -0.022491455, 0.10534668) * v0_1.y;
        h0_3 += HVEC4(0.0814209, 0.049682617, -0.0546875, 0.01802063) * v0_1.z;
        h0_3 += HVEC4(-0.1026001, 0.23303223, 0.0236969, -0.03994751) * v0_1.w;
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
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.078308105, -0.14880371, 0.05355835, -0.017944336) * v0_2.x;
        h0_0 += HVEC4(-0.01927185, 0.14990234, -0.11395264, 0.07977295) * v0_2.y;
        h0_0 += HVEC4(-0.001578331, -0.01751709, 0.11895752, 0.09301758) * v0_2.z;
        h0_0 += HVEC4(-0.18664551, -0.121276855, -0.10223389, 0.08514404) * v0_2.w;
        h0_1 += HVEC4(-0.0022907257, 0.014694214, -0.04562378, -0.3256836) * v0_2.x;
        h0_1 += HVEC4(0.066223145, -0.028060913, -0.0005469322, 0.05996704) * v0_2.y;
        h0_1 += HVEC4(0.015602112, -0.1418457, -0.11932373, -0.3178711) * v0_2.z;
        h0_1 += HVEC4(-0.08166504, 0.1998291, 0.0143966675, 0.36547852) * v0_2.w;
        h0_2 += HVEC4(-0.044036865, -0.016174316, 0.08917236, -0.024749756) * v0_2.x;
        h0_2 += HVEC4(0.026473999, -0.060943604, -0.038208008, 0.07519531) * v0_2.y;
        h0_2 += HVEC4(-0.11706543, 0.32983398, -0.3305664, -0.03643799) * v0_2.z;
        h0_2 += HVEC4(0.09423828, -0.13793945, 0.14147949, 0.14904785) * v0_2.w;
        h0_3 += HVEC4(-0.05996704, -0.19372559, 0.011016846, -0.013717651) * v0_2.x;
        h0_3 += HVEC4(0.06512451, -0.03555298, 0.009307861, -0.038482666) * v0_2.y;
        h0_3 += HVEC4(0.068237305, 0.515625, -0.1496582, 0.018203735) * v0_2.z;
        h0_3 += HVEC4(-0.051757812, 0.08117676, 0.09173584, 0.03778076) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.06616211, -0.06335449, 0.08520508, -0.06225586) * v0_2.x;
        h0_0 += HVEC4(-0.06896973, -0.047912598, 0.06793213, -0.042816162) * v0_2.y;
        h0_0 += HVEC4(-0.20898438, -0.33398438, -0.3400879, -0.18615723) * v0_2.z;
        h0_0 += HVEC4(0.2590332, -0.092163086, -0.16052246, -0.0657959) * v0_2.w;
        h0_1 += HVEC4(-0.048950195, -0.014541626, -0.046325684, -0.0024299622) * v0_2.x;
        h0_1 += HVEC4(0.021743774, -0.0053215027, 0.00068187714, 0.044769287) * v0_2.y;
        h0_1 += HVEC4(-0.080444336, 0.018997192, -0.012031555, -0.37963867) * v0_2.z;
        h0_1 += HVEC4(0.19396973, -0.17773438, 0.027038574, -0.359375) * v0_2.w;
        h0_2 += HVEC4(-0.036254883, -0.038391113, -0.0146484375, -0.09588623) * v0_2.x;
        h0_2 += HVEC4(-0.02885437, 0.13317871, -0.033569336, -0.0068092346) * v0_2.y;
        h0_2 += HVEC4(-0.1953125, 0.20458984, -0.019821167, -0.14794922) * v0_2.z;
        h0_2 += HVEC4(-0.037963867, 0.14758301, 0.10321045, 0.18151855) * v0_2.w;
        h0_3 += HVEC4(-0.02357483, -0.05697632, -0.062286377, -0.005268097) * v0_2.x;
        h0_3 += HVEC4(-0.046569824, -0.12915039, -0.056396484, -0.203125) * v0_2.y;
        h0_3 += HVEC4(0.020324707, -0.19311523, -0.01776123, -0.44018555) * v0_2.z;
        h0_3 += HVEC4(-0.04647827, -0.048950195, -0.120666504, 0.009521484) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.12261963, -0.16015625, 0.04727173, -0.115112305) * v0_2.x;
        h0_0 += HVEC4(-0.04446411, -0.12445068, 0.06011963, -0.10595703) * v0_2.y;
        h0_0 += HVEC4(-0.089904785, -0.07873535, 0.035827637, -0.1459961) * v0_2.z;
        h0_0 += HVEC4(-0.08660889, -0.10394287, -0.044952393, 0.10498047) * v0_2.w;
        h0_1 += HVEC4(0.22473145, 0.009414673, 0.068237305, 0.013900757) * v0_2.x;
        h0_1 += HVEC4(0.001373291, 0.0065231323, 0.013259888, 0.06933594) * v0_2.y;
        h0_1 += HVEC4(0.14025879, -0.052764893, 0.04244995, 0.12915039) * v0_2.z;
        h0_1 += HVEC4(-0.012611389, 0.06365967, -0.01927185, 0.49731445) * v0_2.w;
        h0_2 += HVEC4(0.07244873, -0.12365723, 0.017578125, -0.03012085) * v0_2.x;
        h0_2 += HVEC4(0.046417236, -0.027130127, -0.007286072, 0.02381897) * v0_2.y;
        h0_2 += HVEC4(-0.011184692, 0.17993164, -0.090270996, -0.056762695) * v0_2.z;
        h0_2 += HVEC4(0.02104187, -0.05593872, -0.09069824, -0.103149414) * v0_2.w;
        h0_3 += HVEC4(0.06542969, 0.04623413, 0.015602112, 0.12561035) * v0_2.x;
        h0_3 += HVEC4(0.03111267, 0.03475952, 0.007671356, 0.13305664) * v0_2.y;
        h0_3 += HVEC4(0.14709473, 0.32739258, -0.029800415, 0.16101074) * v0_2.z;
        h0_3 += HVEC4(-0.019180298, 0.076416016, 0.095581055, 0.015411377) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.045532227, 0.0044937134, -0.032165527, -0.07244873) * v0_2.x;
        h0_0 += HVEC4(-0.20996094, 0.13330078, -0.050598145, 0.072631836) * v0_2.y;
        h0_0 += HVEC4(0.19335938, -0.0036888123, -0.05819702, 0.06439209) * v0_2.z;
        h0_0 += HVEC4(-0.015342712, 0.10461426, -0.026245117, 0.0026340485) * v0_2.w;
        h0_1 += HVEC4(-0.076416016, 0.0657959, -0.040893555, -0.07623291) * v0_2.x;
        h0_1 += HVEC4(0.037628174, 0.12585449, -0.0034389496, 0.06109619) * v0_2.y;
        h0_1 += HVEC4(-0.2541504, -0.17175293, -0.14416504, -0.13513184) * v0_2.z;
        h0_1 += HVEC4(-0.05496216, -0.044677734, -0.022750854, -0.13879395) * v0_2.w;
        h0_2 += HVEC4(-0.05392456, 0.12878418, 0.055419922, 0.0770874) * v0_2.x;
        h0_2 += HVEC4(0.1104126, -0.061920166, 0.11376953, 0.0047454834) * v0_2.y;
        h0_2 += HVEC4(0.07409668, 0.30786133, -0.0927124, 0.18591309) * v0_2.z;
        h0_2 += HVEC4(-0.094177246, -0.008346558, -0.04562378, 0.0026111603) * v0_2.w;
        h0_3 += HVEC4(-0.021057129, -0.23168945, 0.04119873, -0.05758667) * v0_2.x;
        h0_3 += HVEC4(-0.01586914, -0.025680542, 0.10900879, 0.028579712) * v0_2.y;
        h0_3 += HVEC4(0.01210022, 0.3828125, -0.06530762, 0.017669678) * v0_2.z;
        h0_3 += HVEC4(-0.010284424, 0.18530273, -0.08758545, -0.03439331) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.04638672, 0.02268982, -0.13696289, 0.14233398) * v0_2.x;
        h0_0 += HVEC4(-0.23535156, 0.117614746, -0.21252441, -0.07519531) * v0_2.y;
        h0_0 += HVEC4(-0.28393555, 0.088378906, -0.35888672, 0.07446289) * v0_2.z;
        h0_0 += HVEC4(0.0064735413, 0.07556152, -0.13549805, 0.0073928833) * v0_2.w;
        h0_1 += HVEC4(-0.022018433, 0.06945801, -0.09283447, -0.030212402) * v0_2.x;
        h0_1 += HVEC4(-0.046691895, -0.20446777, -0.04260254, -0.34985352) * v0_2.y;
        h0_1 += HVEC4(-0.28149414, -0.046417236, -0.06921387, -0.29077148) * v0_2.z;
        h0_1 += HVEC4(-0.041168213, 0.23400879, 0.056243896, 0.32373047) * v0_2.w;
        h0_2 += HVEC4(-0.18725586, -0.049224854, -0.01486969, -0.049865723) * v0_2.x;
        h0_2 += HVEC4(-0.17504883, -0.010124207, -0.18615723, -0.18481445) * v0_2.y;
        h0_2 += HVEC4(-0.09887695, 0.2614746, -0.12854004, 0.018875122) * v0_2.z;
        h0_2 += HVEC4(-0.0826416, -0.18701172, 0.03869629, -0.19226074) * v0_2.w;
        h0_3 += HVEC4(0.11395264, -0.29101562, 0.10345459, -0.23620605) * v0_2.x;
        h0_3 += HVEC4(0.114746094, 0.053527832, -0.09442139, -0.09686279) * v0_2.y;
        h0_3 += HVEC4(0.09112549, 0.4519043, -0.046539307, 0.022155762) * v0_2.z;
        h0_3 += HVEC4(-0.04269409, 0.10266113, 0.29370117, 0.009254456) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.006099701, -0.18859863, -0.13305664, -0.14575195) * v0_2.x;
        h0_0 += HVEC4(-0.056640625, 0.21264648, 0.0035953522, -0.25195312) * v0_2.y;
        h0_0 += HVEC4(-0.061920166, 0.08526611, -0.14013672, -0.17492676) * v0_2.z;
        h0_0 += HVEC4(0.055908203, -0.2541504, -0.053619385, -0.10308838) * v0_2.w;
        h0_1 += HVEC4(-0.19348145, 0.08270264, 0.025268555, -0.24499512) * v0_2.x;
        h0_1 += HVEC4(0.113220215, 0.0058631897, 0.009140015, -0.25732422) * v0_2.y;
        h0_1 += HVEC4(-0.16491699, -0.030181885, 0.026397705, 0.10510254) * v0_2.z;
        h0_1 += HVEC4(-0.07727051, 0.030471802, 0.007335663, -0.24438477) * v0_2.w;
        h0_2 += HVEC4(-0.13574219, -0.21166992, 0.11383057, -0.035064697) * v0_2.x;
        h0_2 += HVEC4(-0.0038032532, 0.0058174133, -0.002729416, -0.025802612) * v0_2.y;
        h0_2 += HVEC4(0.11663818, 0.20678711, -0.03994751, 0.123291016) * v0_2.z;
        h0_2 += HVEC4(-0.17346191, -0.0234375, 0.15612793, -0.037322998) * v0_2.w;
        h0_3 += HVEC4(-0.004840851, -0.15722656, 0.04827881, 0.002986908) * v0_2.x;
        h0_3 += HVEC4(-0.057556152, -0.049316406, -0.003835678, -0.0034313202) * v0_2.y;
        h0_3 += HVEC4(0.1315918, 0.2043457, 0.03010559, 0.12878418) * v0_2.z;
        h0_3 += HVEC4(-0.0044517517, -0.125, -0.119384766, -0.06512451) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.0013437271, 0.09741211, -0.078063965, -2.926588e-05) * v0_2.x;
        h0_0 += HVEC4(0.09094238, -0.04144287, 0.19152832, 0.11627197) * v0_2.y;
        h0_0 += HVEC4(0.06604004, -0.027023315, 0.20935059, -0.0013713837) * v0_2.z;
        h0_0 += HVEC4(-0.18261719, 0.05154419, 0.07531738, 0.06112671) * v0_2.w;
        h0_1 += HVEC4(-0.049224854, 0.061309814, -0.047607422, -0.045288086) * v0_2.x;
        h0_1 += HVEC4(0.1607666, -0.019561768, -0.085754395, -0.012527466) * v0_2.y;
        h0_1 += HVEC4(0.019348145, -0.06201172, -0.10852051, 0.29492188) * v0_2.z;
        h0_1 += HVEC4(-0.050933838, 0.011360168, 0.022781372, -0.16674805) * v0_2.w;
        h0_2 += HVEC4(-0.097839355, -0.13012695, 0.058013916, -0.14672852) * v0_2.x;
        h0_2 += HVEC4(0.1104126, -0.021575928, -0.0048828125, 0.05105591) * v0_2.y;
        h0_2 += HVEC4(0.017120361, 0.060546875, -0.058166504, 0.059448242) * v0_2.z;
        h0_2 += HVEC4(0.13598633, 0.095825195, 0.070007324, 0.14953613) * v0_2.w;
        h0_3 += HVEC4(-0.010284424, -0.12023926, 0.04434204, -0.0625) * v0_2.x;
        h0_3 += HVEC4(0.004776001, 0.14343262, -0.004196167, 0.0021915436) * v0_2.y;
        h0_3 += HVEC4(-0.03967285, 0.27661133, -0.11981201, 0.11035156) * v0_2.z;
        h0_3 += HVEC4(0.017501831, -0.0059013367, 0.12121582, 0.020187378) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.14013672, 0.088256836, -0.0017156601, -0.014762878) * v0_2.x;
        h0_0 += HVEC4(-0.18652344, 0.0836792, -0.007083893, -0.0871582) * v0_2.y;
        h0_0 += HVEC4(0.06616211, 0.008010864, 0.08270264, 0.0793457) * v0_2.z;
        h0_0 += HVEC4(-0.022094727, 0.06695557, 0.037597656, 0.03253174) * v0_2.w;
        h0_1 += HVEC4(-0.1895752, -0.0043678284, -0.026504517, -0.31323242) * v0_2.x;
        h0_1 += HVEC4(-0.030761719, -0.03994751, -0.15686035, -0.08795166) * v0_2.y;
        h0_1 += HVEC4(-0.19421387, -0.01838684, 0.02154541, -0.01991272) * v0_2.z;
        h0_1 += HVEC4(-0.011947632, 0.022140503, -0.0713501, 0.32788086) * v0_2.w;
        h0_2 += HVEC4(0.039215088, -0.011375427, -0.027145386, 0.033416748) * v0_2.x;
        h0_2 += HVEC4(0.14794922, 0.12011719, -0.02810669, 0.04574585) * v0_2.y;
        h0_2 += HVEC4(0.12670898, 0.082092285, -0.067871094, 0.115112305) * v0_2.z;
        h0_2 += HVEC4(0.067871094, 0.039367676, 0.03060913, -0.050598145) * v0_2.w;
        h0_3 += HVEC4(0.029647827, -0.083496094, 0.002313614, -0.053222656) * v0_2.x;
        h0_3 += HVEC4(-0.07775879, -0.061645508, -0.0715332, -0.09509277) * v0_2.y;
        h0_3 += HVEC4(-0.0013570786, 0.22802734, 0.012687683, 0.09106445) * v0_2.z;
        h0_3 += HVEC4(-0.031677246, 0.04611206, -0.09527588, -0.04156494) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.026779175, 0.06982422, -0.09851074, -0.107299805) * v0_2.x;
        h0_0 += HVEC4(-0.013397217, 0.02168274, -0.027862549, -0.14086914) * v0_2.y;
        h0_0 += HVEC4(0.10217285, 0.022018433, 0.13134766, -0.006893158) * v0_2.z;
        h0_0 += HVEC4(-0.0038604736, 0.22766113, -0.5239258, -0.11682129) * v0_2.w;
        h0_1 += HVEC4(-0.048461914, 0.010177612, 0.0104599, -0.12426758) * v0_2.x;
        h0_1 += HVEC4(-0.029373169, -0.006755829, 0.024719238, -0.11230469) * v0_2.y;
        h0_1 += HVEC4(-0.005622864, -0.042510986, 0.039001465, 0.10583496) * v0_2.z;
        h0_1 += HVEC4(-0.03982544, -0.08117676, 0.035461426, -0.0035896301) * v0_2.w;
        h0_2 += HVEC4(0.060699463, -0.07763672, -0.020309448, -0.14086914) * v0_2.x;
        h0_2 += HVEC4(0.047180176, -0.11230469, -0.0047454834, -0.0002977848) * v0_2.y;
        h0_2 += HVEC4(0.06124878, 0.0597229, -0.0038108826, 0.029571533) * v0_2.z;
        h0_2 += HVEC4(-0.049468994, 0.12310791, -0.101379395, -0.04928589) * v0_2.w;
        h0_3 += HVEC4(0.01713562, -0.08972168, 0.033966064, 0.07287598) * v0_2.x;
        h0_3 += HVEC4(0.009605408, 0.17651367, 0.005886078, 0.058258057) * v0_2.y;
        h0_3 += HVEC4(0.01586914, 0.25146484, -0.03668213, 0.14880371) * v0_2.z;
        h0_3 += HVEC4(0.08392334, 0.16333008, 0.040405273, -0.17297363) * v0_2.w;
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
        h0_0 += HVEC4(0.64990234, -0.7055664, 0.37329102, 0.42260742) * v0_3.x;
        h0_0 += HVEC4(0.005645752, -0.1418457, -0.015220642, 0.2529297) * v0_3.y;
        h0_0 += HVEC4(-0.0023117065, 0.0579834, -0.01235199, 0.031555176) * v0_3.z;
        h0_0 += HVEC4(-0.11645508, -0.31640625, 0.068115234, 0.002035141) * v0_3.w;
        h0_1 += HVEC4(-0.18701172, -0.13879395, -0.27929688, -0.51708984) * v0_3.x;
        h0_1 += HVEC4(-0.06439209, -0.02998352, -0.12084961, -2.0898438) * v0_3.y;
        h0_1 += HVEC4(-0.0058517456, 0.020828247, 0.015396118, 0.042236328) * v0_3.z;
        h0_1 += HVEC4(0.00894928, -0.068115234, 0.01751709, 0.14868164) * v0_3.w;
        h0_2 += HVEC4(-0.103637695, 0.21789551, -0.13586426, -0.35424805) * v0_3.x;
        h0_2 += HVEC4(0.20605469, 0.47631836, -0.28710938, -0.9301758) * v0_3.y;
        h0_2 += HVEC4(0.04449463, -0.042541504, 0.094055176, -0.032806396) * v0_3.z;
        h0_2 += HVEC4(0.04550171, -0.031921387, -0.10888672, 0.0028095245) * v0_3.w;
        h0_3 += HVEC4(-0.11791992, 0.44506836, -0.08935547, 0.22021484) * v0_3.x;
        h0_3 += HVEC4(0.12200928, -0.6328125, -0.15429688, 0.17260742) * v0_3.y;
        h0_3 += HVEC4(0.03643799, 0.0059928894, 0.022827148, 0.014846802) * v0_3.z;
        h0_3 += HVEC4(-0.0030651093, 0.12988281, -0.062408447, -0.0076141357) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.08526611, -0.10687256, 0.101867676, -0.048797607) * v0_3.x;
        h0_0 += HVEC4(0.097229004, 0.1217041, 0.23071289, 0.076293945) * v0_3.y;
        h0_0 += HVEC4(0.072143555, 0.097717285, 0.20239258, -0.066101074) * v0_3.z;
        h0_0 += HVEC4(-0.058441162, -0.60058594, 0.05303955, 0.10473633) * v0_3.w;
        h0_1 += HVEC4(0.13989258, 0.03756714, -0.024337769, 0.029830933) * v0_3.x;
        h0_1 += HVEC4(-0.36669922, -0.18798828, -0.46777344, -1.2695312) * v0_3.y;
        h0_1 += HVEC4(-0.24279785, 0.034423828, -0.009056091, 0.04977417) * v0_3.z;
        h0_1 += HVEC4(0.15161133, 0.007385254, 0.019378662, -0.093688965) * v0_3.w;
        h0_2 += HVEC4(0.19250488, -0.051849365, 0.08068848, -0.046783447) * v0_3.x;
        h0_2 += HVEC4(0.39257812, -0.20678711, -0.3071289, -0.7080078) * v0_3.y;
        h0_2 += HVEC4(-0.031082153, -0.10583496, 0.28710938, -0.099243164) * v0_3.z;
        h0_2 += HVEC4(0.010398865, -0.0064430237, -0.064575195, 0.1583252) * v0_3.w;
        h0_3 += HVEC4(0.13928223, -0.004386902, -0.011436462, 0.1394043) * v0_3.x;
        h0_3 += HVEC4(0.41748047, 0.0046958923, -0.16088867, 0.46191406) * v0_3.y;
        h0_3 += HVEC4(-0.07757568, -0.064208984, 0.07067871, 0.004814148) * v0_3.z;
        h0_3 += HVEC4(-0.006702423, -0.005378723, -0.04916382, 0.10632324) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.015586853, -0.1083374, -0.005832672, 0.015945435) * v0_3.x;
        h0_0 += HVEC4(0.016036987, -0.112976074, 0.22497559, -0.6464844) * v0_3.y;
        h0_0 += HVEC4(0.070129395, 0.049835205, 0.019638062, 0.02368164) * v0_3.z;
        h0_0 += HVEC4(0.109375, -0.1583252, 0.03829956, 0.12976074) * v0_3.w;
        h0_1 += HVEC4(0.032409668, 0.012649536, 0.0031776428, 0.10821533) * v0_3.x;
        h0_1 += HVEC4(-0.5, -0.31298828, -0.2619629, -0.8330078) * v0_3.y;
        h0_1 += HVEC4(-0.032287598, 0.07635498, -0.006511688, 0.020050049) * v0_3.z;
        h0_1 += HVEC4(0.07977295, -0.0016059875, -0.0054740906, -0.02078247) * v0_3.w;
        h0_2 += HVEC4(0.0647583, -0.028808594, -0.016738892, 0.108947754) * v0_3.x;
        h0_2 += HVEC4(0.28027344, 0.017669678, -0.1574707, -0.1784668) * v0_3.y;
        h0_2 += HVEC4(0.04638672, -0.048431396, 0.11236572, 0.08294678) * v0_3.z;
        h0_2 += HVEC4(0.040740967, 0.06500244, -0.026947021, 0.060913086) * v0_3.w;
        h0_3 += HVEC4(-0.060302734, 0.036102295, -0.0071525574, 0.14501953) * v0_3.x;
        h0_3 += HVEC4(0.057159424, -0.26733398, -0.06518555, 0.21179199) * v0_3.y;
        h0_3 += HVEC4(-0.009513855, -0.16784668, 0.052001953, 0.17443848) * v0_3.z;
        h0_3 += HVEC4(-0.011558533, 0.054992676, -0.032073975, -0.021652222) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(-0.8173828, 0.0060272217, -0.37475586, -0.16430664) * v0_3.x;
        h0_0 += HVEC4(-0.022262573, -0.021224976, 0.19470215, -0.06817627) * v0_3.y;
        h0_0 += HVEC4(-0.047698975, 0.00881958, -0.06100464, -0.07574463) * v0_3.z;
        h0_0 += HVEC4(0.18286133, 0.23339844, 0.09490967, -0.15429688) * v0_3.w;
        h0_1 += HVEC4(-0.17041016, -0.011512756, -0.29638672, -1.1347656) * v0_3.x;
        h0_1 += HVEC4(-0.04296875, 0.1104126, 0.33422852, -0.025939941) * v0_3.y;
        h0_1 += HVEC4(0.022003174, -0.02406311, -0.03543091, -0.10522461) * v0_3.z;
        h0_1 += HVEC4(-0.08642578, -0.23461914, -0.017303467, -0.10223389) * v0_3.w;
        h0_2 += HVEC4(-0.86328125, 0.828125, -0.036315918, -0.7998047) * v0_3.x;
        h0_2 += HVEC4(0.05532837, -0.044006348, 0.03010559, -0.07525635) * v0_3.y;
        h0_2 += HVEC4(-0.049957275, 0.07409668, 0.05480957, -0.030883789) * v0_3.z;
        h0_2 += HVEC4(-0.10870361, 0.26757812, -0.18322754, 0.0035114288) * v0_3.w;
        h0_3 += HVEC4(0.15942383, -0.74316406, 0.17443848, -0.44433594) * v0_3.x;
        h0_3 += HVEC4(0.117248535, -0.12005615, 0.1697998, 0.011650085) * v0_3.y;
        h0_3 += HVEC4(-0.058563232, 0.028320312, -0.10131836, 0.0041542053) * v0_3.z;
        h0_3 += HVEC4(-0.079956055, 0.05444336, -0.14233398, -0.12854004) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.28686523, 0.13427734, 0.12609863, 0.1505127) * v0_3.x;
        h0_0 += HVEC4(-0.03274536, -0.056427002, -0.061584473, 0.10583496) * v0_3.y;
        h0_0 += HVEC4(0.014640808, -0.22314453, -0.4519043, 0.11816406) * v0_3.z;
        h0_0 += HVEC4(-0.44555664, -0.014785767, -0.21569824, 0.15014648) * v0_3.w;
        h0_1 += HVEC4(-0.13586426, 0.049835205, -0.054656982, -0.22692871) * v0_3.x;
        h0_1 += HVEC4(-0.18103027, 0.036468506, 0.52685547, -0.07910156) * v0_3.y;
        h0_1 += HVEC4(0.42016602, -0.25463867, 0.15368652, 0.020828247) * v0_3.z;
        h0_1 += HVEC4(-0.52490234, 0.10180664, 0.042297363, -0.45483398) * v0_3.w;
        h0_2 += HVEC4(-0.099365234, 0.2800293, -0.06137085, -0.12432861) * v0_3.x;
        h0_2 += HVEC4(0.08068848, 0.22961426, 0.12060547, 0.16247559) * v0_3.y;
        h0_2 += HVEC4(-0.32421875, -0.23498535, 0.2286377, -0.11621094) * v0_3.z;
        h0_2 += HVEC4(-0.14770508, 0.18383789, 0.0079956055, -0.31054688) * v0_3.w;
        h0_3 += HVEC4(0.39038086, -0.080444336, 0.10369873, 0.22302246) * v0_3.x;
        h0_3 += HVEC4(0.49780273, -0.47583008, 0.5576172, 0.072387695) * v0_3.y;
        h0_3 += HVEC4(0.23083496, 0.28320312, 0.39819336, -0.026870728) * v0_3.z;
        h0_3 += HVEC4(-0.023757935, -0.107666016, 0.022903442, -0.08929443) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(-0.07720947, -0.017333984, -0.0066566467, -0.10369873) * v0_3.x;
        h0_0 += HVEC4(0.03314209, 0.14465332, 0.19665527, -0.029586792) * v0_3.y;
        h0_0 += HVEC4(-0.019119263, 0.11254883, 0.11419678, -0.071899414) * v0_3.z;
        h0_0 += HVEC4(-0.04928589, 0.026107788, 0.072753906, -0.06286621) * v0_3.w;
        h0_1 += HVEC4(0.06335449, 0.055023193, 0.0234375, -0.21386719) * v0_3.x;
        h0_1 += HVEC4(-0.01096344, -0.009635925, 0.13012695, 0.13598633) * v0_3.y;
        h0_1 += HVEC4(0.013381958, 0.036254883, -0.05822754, 0.125) * v0_3.z;
        h0_1 += HVEC4(-0.10144043, -0.08917236, 0.017532349, 0.10559082) * v0_3.w;
        h0_2 += HVEC4(-0.11743164, -0.008270264, 0.05404663, -0.093322754) * v0_3.x;
        h0_2 += HVEC4(0.084350586, -0.04321289, -0.111572266, 0.007068634) * v0_3.y;
        h0_2 += HVEC4(0.10467529, 0.05581665, -0.03201294, -0.0657959) * v0_3.z;
        h0_2 += HVEC4(-0.015060425, 0.06341553, -0.05239868, -0.009346008) * v0_3.w;
        h0_3 += HVEC4(0.052337646, 0.061035156, 0.07043457, -0.14355469) * v0_3.x;
        h0_3 += HVEC4(0.25976562, -0.4482422, -0.027038574, 0.0057525635) * v0_3.y;
        h0_3 += HVEC4(-0.10211182, -0.103515625, -0.060333252, 0.06100464) * v0_3.z;
        h0_3 += HVEC4(0.037078857, 0.072631836, -0.01550293, -0.058502197) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.4638672, -0.010498047, -0.9296875, -0.056488037) * v0_3.x;
        h0_0 += HVEC4(0.09655762, -0.03286743, 0.020080566, -0.040374756) * v0_3.y;
        h0_0 += HVEC4(-0.037963867, -0.011558533, 0.03643799, 0.0009737015) * v0_3.z;
        h0_0 += HVEC4(-0.06414795, 0.062683105, -0.036499023, -0.04827881) * v0_3.w;
        h0_1 += HVEC4(-0.6479492, -0.052642822, -0.1907959, -1.1455078) * v0_3.x;
        h0_1 += HVEC4(0.04815674, -0.051635742, -0.0006775856, 0.10601807) * v0_3.y;
        h0_1 += HVEC4(0.0126571655, 0.012138367, -0.10266113, -0.0018110275) * v0_3.z;
        h0_1 += HVEC4(-0.08850098, -0.004348755, -0.028213501, 0.14294434) * v0_3.w;
        h0_2 += HVEC4(-0.8930664, 0.45239258, 0.005554199, -0.22717285) * v0_3.x;
        h0_2 += HVEC4(-0.014129639, -0.057495117, -0.032714844, -0.03567505) * v0_3.y;
        h0_2 += HVEC4(-0.024932861, 0.02229309, 0.03933716, -0.0064353943) * v0_3.z;
        h0_2 += HVEC4(0.027160645, 0.0040130615, 0.009147644, 0.014770508) * v0_3.w;
        h0_3 += HVEC4(0.08068848, -0.85058594, 0.13586426, -0.44482422) * v0_3.x;
        h0_3 += HVEC4(0.008995056, 0.023071289, -0.040649414, 0.017990112) * v0_3.y;
        h0_3 += HVEC4(-0.016708374, -0.059020996, -0.054016113, 0.010597229) * v0_3.z;
        h0_3 += HVEC4(0.00041937828, 0.0015983582, -0.015563965, -0.03744507) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.052856445, -0.1194458, -0.21655273, 0.16638184) * v0_3.x;
        h0_0 += HVEC4(0.015792847, -0.023651123, -0.039489746, 0.03201294) * v0_3.y;
        h0_0 += HVEC4(-0.13391113, 0.049346924, -0.04525757, 0.050079346) * v0_3.z;
        h0_0 += HVEC4(-0.009262085, -0.12207031, -0.26538086, 0.07244873) * v0_3.w;
        h0_1 += HVEC4(-0.14367676, -0.13452148, -0.047668457, 0.09814453) * v0_3.x;
        h0_1 += HVEC4(0.038635254, -0.0051116943, 0.05908203, 0.06124878) * v0_3.y;
        h0_1 += HVEC4(-0.20715332, 0.103759766, 0.13513184, -0.12371826) * v0_3.z;
        h0_1 += HVEC4(-0.23278809, -0.020614624, 0.15698242, -0.10235596) * v0_3.w;
        h0_2 += HVEC4(-0.16699219, -0.1038208, -0.048095703, -0.024810791) * v0_3.x;
        h0_2 += HVEC4(-0.027359009, 0.010620117, -0.013404846, 0.028442383) * v0_3.y;
        h0_2 += HVEC4(0.16491699, 0.037384033, -0.003648758, 0.1303711) * v0_3.z;
        h0_2 += HVEC4(-0.09350586, 0.07739258, 0.013145447, 0.011390686) * v0_3.w;
        h0_3 += HVEC4(0.19433594, 0.061950684, -0.19470215, -0.015266418) * v0_3.x;
        h0_3 += HVEC4(0.016189575, 0.015991211, 0.008766174, 0.029083252) * v0_3.y;
        h0_3 += HVEC4(0.059265137, 0.069885254, 0.13867188, -0.013328552) * v0_3.z;
        h0_3 += HVEC4(-0.025314331, -0.13110352, -0.0071525574, -0.040618896) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.039764404, 0.024841309, -0.06378174, 0.016708374) * v0_3.x;
        h0_0 += HVEC4(0.031280518, -0.01852417, 0.06060791, 0.06817627) * v0_3.y;
        h0_0 += HVEC4(0.09277344, 0.07672119, 0.096069336, -0.06488037) * v0_3.z;
        h0_0 += HVEC4(0.070007324, 0.07116699, 0.008239746, 0.053375244) * v0_3.w;
        h0_1 += HVEC4(-0.11798096, -0.06689453, 0.037872314, -0.15588379) * v0_3.x;
        h0_1 += HVEC4(0.051208496, -0.055725098, 0.011001587, 0.04385376) * v0_3.y;
        h0_1 += HVEC4(0.11694336, 0.008842468, -0.07635498, 0.017242432) * v0_3.z;
        h0_1 += HVEC4(0.0016326904, 0.010185242, -0.041107178, 0.0025539398) * v0_3.w;
        h0_2 += HVEC4(0.039398193, -0.03967285, -0.027389526, -0.030975342) * v0_3.x;
        h0_2 += HVEC4(-0.00033450127, 0.027633667, 0.010307312, 0.060028076) * v0_3.y;
        h0_2 += HVEC4(0.009643555, 0.03387451, -0.008293152, -0.05267334) * v0_3.z;
        h0_2 += HVEC4(0.04751587, -0.002254486, -0.03781128, 0.015602112) * v0_3.w;
        h0_3 += HVEC4(-0.014976501, -0.041992188, -0.002937317, 0.0068588257) * v0_3.x;
        h0_3 += HVEC4(-0.01890564, 0.007865906, -0.0062713623, -0.036376953) * v0_3.y;
        h0_3 += HVEC4(-0.060699463, 0.037872314, -0.0064849854, 0.041168213) * v0_3.z;
        h0_3 += HVEC4(-0.05758667, -0.045410156, -0.0030212402, -0.08416748) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L3
//!SAVE ArtCNN_C4F16_DS_L4
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
        a0_0 = vec4(-0.008426555, -0.00608675, 0.015372099, -0.017764276);
        a0_1 = vec4(-0.0028048248, -0.0015283623, 0.0020479837, -0.0020652146);
        a0_2 = vec4(0.00010571977, -0.07778373, -0.0116359, 0.004983804);
        a0_3 = vec4(-0.00149783, 0.0037423728, -0.008396466, -0.006738096);
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
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 180) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.04916382, 0.08300781, 0.012031555, -0.05001831) * v0_0.x;
        h0_0 += HVEC4(0.0020332336, 0.038208008, 0.040496826, -0.03878784) * v0_0.y;
        h0_0 += HVEC4(0.005821228, 0.04119873, 0.029281616, -0.08306885) * v0_0.z;
        h0_0 += HVEC4(-0.0025100708, 0.1081543, -0.052703857, 0.04537964) * v0_0.w;
        h0_1 += HVEC4(0.007858276, -0.05996704, -0.022567749, -0.06463623) * v0_0.x;
        h0_1 += HVEC4(-0.0064582825, 0.058746338, -0.011405945, 0.028579712) * v0_0.y;
        h0_1 += HVEC4(-0.032043457, 0.087890625, -0.0032577515, 0.040405273) * v0_0.z;
        h0_1 += HVEC4(-0.085876465, 0.0030975342, 0.01083374, -0.02255249) * v0_0.w;
        h0_2 += HVEC4(-0.022369385, -0.013252258, 0.014854431, 0.0008034706) * v0_0.x;
        h0_2 += HVEC4(0.0060195923, 0.04815674, 0.0146102905, 0.016601562) * v0_0.y;
        h0_2 += HVEC4(-0.018356323, 0.05609131, -0.00052690506, -0.041778564) * v0_0.z;
        h0_2 += HVEC4(-0.018432617, -0.02822876, 0.01625061, -0.093322754) * v0_0.w;
        h0_3 += HVEC4(0.040222168, -0.026550293, -0.042510986, 0.018981934) * v0_0.x;
        h0_3 += HVEC4(-0.0036697388, 0.004333496, 0.01209259, 0.013145447) * v0_0.y;
        h0_3 += HVEC4(-0.021957397, 0.1315918, 0.034820557, -0.028503418) * v0_0.z;
        h0_3 += HVEC4(0.03277588, 0.11645508, 0.06561279, 0.105285645) * v0_0.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.024536133, -0.1237793, -0.1262207, 0.1928711) * v0_0.x;
        h0_0 += HVEC4(-0.01210022, 0.028945923, -0.016952515, 0.005973816) * v0_0.y;
        h0_0 += HVEC4(-0.0027809143, 0.040802002, -0.029266357, 0.11694336) * v0_0.z;
        h0_0 += HVEC4(0.021209717, -0.054229736, -0.017288208, -0.0056266785) * v0_0.w;
        h0_1 += HVEC4(-0.045715332, -0.059509277, 0.008895874, -0.18200684) * v0_0.x;
        h0_1 += HVEC4(-0.01991272, 0.022094727, 0.0014514923, 0.06689453) * v0_0.y;
        h0_1 += HVEC4(-0.024246216, 0.045166016, -0.027908325, -0.1239624) * v0_0.z;
        h0_1 += HVEC4(0.048675537, 0.032409668, 0.007537842, 0.06903076) * v0_0.w;
        h0_2 += HVEC4(-0.03439331, -0.072631836, 0.004840851, -0.017242432) * v0_0.x;
        h0_2 += HVEC4(-0.04574585, -0.10656738, -0.04949951, 0.010292053) * v0_0.y;
        h0_2 += HVEC4(0.009841919, 0.01828003, 0.08453369, 0.05307007) * v0_0.z;
        h0_2 += HVEC4(0.047607422, 0.018966675, -0.046966553, 0.12133789) * v0_0.w;
        h0_3 += HVEC4(0.11651611, 0.0758667, 0.082336426, 0.0064048767) * v0_0.x;
        h0_3 += HVEC4(0.03302002, -0.04562378, -0.045715332, 0.022750854) * v0_0.y;
        h0_3 += HVEC4(0.12609863, 0.0033130646, 0.10089111, 0.003250122) * v0_0.z;
        h0_3 += HVEC4(0.0022239685, 0.08465576, 0.27001953, 0.0077705383) * v0_0.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(0.032226562, -0.013000488, 0.05105591, 0.032836914) * v0_0.x;
        h0_0 += HVEC4(0.0038700104, -0.010910034, 0.01663208, -0.011528015) * v0_0.y;
        h0_0 += HVEC4(-0.013328552, -0.007167816, 0.020645142, -0.023406982) * v0_0.z;
        h0_0 += HVEC4(-0.011352539, 0.014328003, -0.0038967133, -0.0063476562) * v0_0.w;
        h0_1 += HVEC4(0.018295288, 0.011795044, -0.010765076, 0.00023424625) * v0_0.x;
        h0_1 += HVEC4(0.011962891, 0.034301758, -0.002401352, 0.04034424) * v0_0.y;
        h0_1 += HVEC4(0.0034732819, 0.027313232, -0.0034999847, 0.061035156) * v0_0.z;
        h0_1 += HVEC4(-0.04196167, 0.007522583, 0.0101623535, 0.03829956) * v0_0.w;
        h0_2 += HVEC4(0.06427002, -0.09863281, -0.045013428, 0.14672852) * v0_0.x;
        h0_2 += HVEC4(0.011100769, 0.066833496, 0.0047950745, 0.026504517) * v0_0.y;
        h0_2 += HVEC4(0.019729614, -0.019363403, -0.17578125, 0.035339355) * v0_0.z;
        h0_2 += HVEC4(-0.023468018, -0.08917236, 0.064941406, -0.040527344) * v0_0.w;
        h0_3 += HVEC4(0.12609863, -0.064453125, 0.054107666, 0.00016653538) * v0_0.x;
        h0_3 += HVEC4(0.0023517609, 0.07519531, 0.07293701, 0.007785797) * v0_0.y;
        h0_3 += HVEC4(-0.024993896, -0.05130005, -0.021743774, -0.01399231) * v0_0.z;
        h0_3 += HVEC4(-0.018737793, 0.09185791, -0.0104599, -0.00018239021) * v0_0.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.011665344, 0.009803772, -0.09094238, 0.15222168) * v0_0.x;
        h0_0 += HVEC4(-0.006477356, 0.035888672, -0.06817627, 0.06951904) * v0_0.y;
        h0_0 += HVEC4(-0.041290283, -0.005290985, -0.034210205, 0.062469482) * v0_0.z;
        h0_0 += HVEC4(0.039886475, 0.22595215, 0.08258057, -0.10961914) * v0_0.w;
        h0_1 += HVEC4(-0.00217247, -0.08538818, -0.041778564, -0.041381836) * v0_0.x;
        h0_1 += HVEC4(0.04107666, -0.09466553, -0.0037021637, -0.08129883) * v0_0.y;
        h0_1 += HVEC4(0.016921997, 0.13195801, 0.042388916, 0.05230713) * v0_0.z;
        h0_1 += HVEC4(-0.14282227, -0.019699097, 0.060546875, -0.07928467) * v0_0.w;
        h0_2 += HVEC4(-0.032989502, -0.013061523, 0.011619568, -0.004497528) * v0_0.x;
        h0_2 += HVEC4(0.059387207, 0.034088135, -0.029342651, -0.08892822) * v0_0.y;
        h0_2 += HVEC4(-0.024337769, -0.025115967, -0.0015802383, 0.06149292) * v0_0.z;
        h0_2 += HVEC4(0.1262207, 0.05834961, -0.15759277, 0.113098145) * v0_0.w;
        h0_3 += HVEC4(0.07366943, -0.2890625, 0.26416016, 0.19580078) * v0_0.x;
        h0_3 += HVEC4(0.14001465, -0.15100098, 0.027191162, -0.0023708344) * v0_0.y;
        h0_3 += HVEC4(0.01878357, -0.021469116, 0.14624023, 0.18200684) * v0_0.z;
        h0_3 += HVEC4(-0.046539307, 0.014289856, 0.18969727, 0.099731445) * v0_0.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.005367279, 0.07647705, 0.30395508, -0.23669434) * v0_0.x;
        h0_0 += HVEC4(-0.07867432, 0.008018494, -0.04953003, 0.028640747) * v0_0.y;
        h0_0 += HVEC4(0.09136963, 0.007835388, 0.09680176, -0.12683105) * v0_0.z;
        h0_0 += HVEC4(-0.031555176, -0.054595947, -0.17565918, 0.13916016) * v0_0.w;
        h0_1 += HVEC4(-0.02709961, 0.10247803, 0.06829834, 0.24938965) * v0_0.x;
        h0_1 += HVEC4(0.016281128, 0.013908386, 0.0006198883, -0.3100586) * v0_0.y;
        h0_1 += HVEC4(0.040039062, 0.39892578, 0.0077819824, 0.38110352) * v0_0.z;
        h0_1 += HVEC4(0.075927734, 0.039215088, 0.021820068, -0.08532715) * v0_0.w;
        h0_2 += HVEC4(-0.051696777, 0.040100098, -0.042877197, 0.3347168) * v0_0.x;
        h0_2 += HVEC4(0.056854248, 0.046661377, 0.036224365, 0.01537323) * v0_0.y;
        h0_2 += HVEC4(0.16101074, -0.04135132, -0.09313965, 0.054626465) * v0_0.z;
        h0_2 += HVEC4(-0.16601562, 0.040802002, 0.18896484, -0.09716797) * v0_0.w;
        h0_3 += HVEC4(0.3815918, 0.29614258, -0.16699219, 0.08343506) * v0_0.x;
        h0_3 += HVEC4(-0.08215332, 0.03274536, -0.040252686, 0.009460449) * v0_0.y;
        h0_3 += HVEC4(0.08874512, 0.111206055, -0.2421875, -0.12371826) * v0_0.z;
        h0_3 += HVEC4(-0.010543823, -0.31713867, 0.47558594, 0.038635254) * v0_0.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.011878967, 0.0072898865, -0.1607666, 0.14575195) * v0_0.x;
        h0_0 += HVEC4(0.02973938, 0.013717651, 0.009262085, -0.004600525) * v0_0.y;
        h0_0 += HVEC4(-0.05038452, 0.0063095093, 0.009819031, -0.021377563) * v0_0.z;
        h0_0 += HVEC4(0.0056381226, 0.014221191, 0.06048584, -0.026733398) * v0_0.w;
        h0_1 += HVEC4(-0.00299263, 0.033721924, -0.07446289, 0.113342285) * v0_0.x;
        h0_1 += HVEC4(-0.018325806, -0.017913818, 0.0009455681, 0.006374359) * v0_0.y;
        h0_1 += HVEC4(-0.00724411, 0.04260254, -0.0068092346, 0.024749756) * v0_0.z;
        h0_1 += HVEC4(-0.0053100586, 0.002248764, 0.040405273, -0.0030269623) * v0_0.w;
        h0_2 += HVEC4(0.027999878, -0.015541077, -0.22521973, 0.006084442) * v0_0.x;
        h0_2 += HVEC4(-0.04876709, -0.048828125, -0.28051758, 0.056640625) * v0_0.y;
        h0_2 += HVEC4(0.041625977, -0.019180298, -0.084228516, -0.028915405) * v0_0.z;
        h0_2 += HVEC4(-0.0022239685, -0.072509766, -0.13513184, 0.101989746) * v0_0.w;
        h0_3 += HVEC4(-0.050872803, -0.15356445, 0.06842041, -0.01739502) * v0_0.x;
        h0_3 += HVEC4(0.04537964, 0.027252197, 0.019165039, 0.0054512024) * v0_0.y;
        h0_3 += HVEC4(0.045654297, 0.06732178, 0.107299805, 0.043945312) * v0_0.z;
        h0_3 += HVEC4(0.001326561, 0.13598633, -0.12841797, -0.044555664) * v0_0.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.0071411133, -0.20080566, 0.012687683, 0.04257202) * v0_0.x;
        h0_0 += HVEC4(-0.04486084, -0.061431885, 0.035980225, -0.041778564) * v0_0.y;
        h0_0 += HVEC4(0.008987427, -0.022872925, -0.0010690689, 0.018493652) * v0_0.z;
        h0_0 += HVEC4(-0.022964478, 0.17138672, 0.06677246, -0.012954712) * v0_0.w;
        h0_1 += HVEC4(-0.042022705, 0.080200195, 0.05001831, -0.018218994) * v0_0.x;
        h0_1 += HVEC4(-0.035583496, 0.08673096, -0.039611816, 0.15344238) * v0_0.y;
        h0_1 += HVEC4(-0.025604248, -0.08294678, -0.045318604, -0.023071289) * v0_0.z;
        h0_1 += HVEC4(0.015945435, -0.13562012, 0.16027832, -0.020065308) * v0_0.w;
        h0_2 += HVEC4(-0.059387207, -0.09777832, -0.010917664, 0.08154297) * v0_0.x;
        h0_2 += HVEC4(-0.027236938, -0.099975586, 0.017578125, 0.10845947) * v0_0.y;
        h0_2 += HVEC4(0.055358887, 0.048309326, -0.03857422, -0.0045700073) * v0_0.z;
        h0_2 += HVEC4(-0.07537842, -0.016998291, 0.09020996, -0.048980713) * v0_0.w;
        h0_3 += HVEC4(0.06726074, -0.11218262, 0.08795166, 0.074401855) * v0_0.x;
        h0_3 += HVEC4(-0.10491943, -0.117248535, -0.028961182, 0.052978516) * v0_0.y;
        h0_3 += HVEC4(0.039978027, -0.028808594, 0.07611084, -0.026504517) * v0_0.z;
        h0_3 += HVEC4(0.0552063, 0.21020508, 0.016326904, 0.08001709) * v0_0.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.07397461, 0.11407471, -0.08496094, 0.10662842) * v0_0.x;
        h0_0 += HVEC4(0.14501953, 0.020431519, 0.054382324, -0.019378662) * v0_0.y;
        h0_0 += HVEC4(-0.11987305, 0.01335144, -0.031280518, 0.057556152) * v0_0.z;
        h0_0 += HVEC4(-0.097839355, -0.09613037, -0.08648682, 0.11468506) * v0_0.w;
        h0_1 += HVEC4(-0.0065231323, -0.13427734, -0.00081825256, -0.12988281) * v0_0.x;
        h0_1 += HVEC4(0.014862061, 0.1973877, 0.00071287155, 0.40625) * v0_0.y;
        h0_1 += HVEC4(-0.01687622, -0.37670898, -0.025039673, 0.055419922) * v0_0.z;
        h0_1 += HVEC4(-0.00881958, -0.06530762, -0.10736084, 0.006011963) * v0_0.w;
        h0_2 += HVEC4(0.059143066, 0.01737976, 0.04711914, 0.07287598) * v0_0.x;
        h0_2 += HVEC4(-0.07409668, -0.07171631, -0.050445557, -0.020706177) * v0_0.y;
        h0_2 += HVEC4(0.05606079, -0.013343811, 0.014587402, 0.093688965) * v0_0.z;
        h0_2 += HVEC4(-0.024291992, -0.054656982, -0.065979004, 0.07885742) * v0_0.w;
        h0_3 += HVEC4(-0.091796875, 0.08258057, 0.05899048, 0.10852051) * v0_0.x;
        h0_3 += HVEC4(0.1161499, -0.009284973, 0.038238525, -0.065979004) * v0_0.y;
        h0_3 += HVEC4(0.03640747, -0.03540039, -0.054901123, 0.004169464) * v0_0.z;
        h0_3 += HVEC4(-0.11468506, 0.024368286, 0.09899902, 0.03753662) * v0_0.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.021621704, -0.0085372925, -0.034179688, -0.0056877136) * v0_0.x;
        h0_0 += HVEC4(-0.12200928, 0.030776978, -0.0010690689, 0.009094238) * v0_0.y;
        h0_0 += HVEC4(0.0046424866, 0.005908966, -0.04135132, 0.04248047) * v0_0.z;
        h0_0 += HVEC4(0.026443481, 0.035827637, 0.03427124, -0.04171753) * v0_0.w;
        h0_1 += HVEC4(-0.014862061, 0.01876831, -0.025436401, 0.07757568) * v0_0.x;
        h0_1 += HVEC4(0.0029621124, 0.09234619, 0.00712204, 0.28027344) * v0_0.y;
        h0_1 += HVEC4(-0.004550934, -0.005558014, -0.009681702, -0.037322998) * v0_0.z;
        h0_1 += HVEC4(-0.006011963, -0.0028896332, 0.012130737, -0.058044434) * v0_0.w;
        h0_2 += HVEC4(0.013114929, -0.0385437, 0.05618286, 0.097351074) * v0_0.x;
        h0_2 += HVEC4(0.05883789, 0.068603516, 0.09094238, -0.009719849) * v0_0.y;
        h0_2 += HVEC4(0.02407837, 0.010612488, 0.018585205, 0.03338623) * v0_0.z;
        h0_2 += HVEC4(-0.00774765, -0.039794922, 0.010017395, -0.04812622) * v0_0.w;
        h0_3 += HVEC4(-0.06384277, 0.012779236, -0.019592285, -0.022033691) * v0_0.x;
        h0_3 += HVEC4(-0.0074691772, 0.00024175644, -0.0020828247, 0.01977539) * v0_0.y;
        h0_3 += HVEC4(-0.013679504, 0.059173584, 0.015716553, 0.013092041) * v0_0.z;
        h0_3 += HVEC4(0.033355713, 0.08093262, -0.0181427, -0.008560181) * v0_0.w;
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
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(0.022613525, -0.0132751465, -0.018188477, 0.042907715) * v0_1.x;
        h0_0 += HVEC4(0.0023269653, 0.043914795, 0.01109314, -0.012145996) * v0_1.y;
        h0_0 += HVEC4(0.03857422, 0.62060547, -0.06903076, 0.08935547) * v0_1.z;
        h0_0 += HVEC4(0.022491455, 0.06866455, 0.018692017, -0.05307007) * v0_1.w;
        h0_1 += HVEC4(-0.039093018, -0.010620117, -0.0035820007, 0.11566162) * v0_1.x;
        h0_1 += HVEC4(-0.08898926, 0.019683838, 0.0057525635, 0.041168213) * v0_1.y;
        h0_1 += HVEC4(-0.097473145, 0.18444824, -0.023529053, 0.15856934) * v0_1.z;
        h0_1 += HVEC4(0.07147217, -0.026153564, 0.005340576, 0.047607422) * v0_1.w;
        h0_2 += HVEC4(0.021469116, -0.09851074, -0.025390625, 0.022842407) * v0_1.x;
        h0_2 += HVEC4(-0.019973755, -0.103149414, -0.003921509, 0.021713257) * v0_1.y;
        h0_2 += HVEC4(0.034240723, 0.022994995, -0.011909485, 0.12414551) * v0_1.z;
        h0_2 += HVEC4(-0.0044822693, 0.024673462, -0.008163452, -0.008743286) * v0_1.w;
        h0_3 += HVEC4(-0.0132751465, -0.015579224, -0.043395996, 0.07385254) * v0_1.x;
        h0_3 += HVEC4(0.022735596, -0.023590088, 0.039520264, -0.020950317) * v0_1.y;
        h0_3 += HVEC4(0.03225708, -0.40942383, 0.27612305, -0.058288574) * v0_1.z;
        h0_3 += HVEC4(-0.020629883, 0.19311523, -0.15991211, 0.082336426) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.058135986, -0.054656982, 0.16662598, -0.14257812) * v0_1.x;
        h0_0 += HVEC4(-0.050811768, -0.07751465, -0.16442871, 0.22290039) * v0_1.y;
        h0_0 += HVEC4(-0.036499023, 0.04067993, 0.30419922, -0.2734375) * v0_1.z;
        h0_0 += HVEC4(0.0038394928, -0.020721436, -0.06008911, 0.04763794) * v0_1.w;
        h0_1 += HVEC4(0.22497559, -0.03414917, 0.07080078, 0.14929199) * v0_1.x;
        h0_1 += HVEC4(-0.22216797, -0.07318115, 0.005844116, -0.21887207) * v0_1.y;
        h0_1 += HVEC4(0.15600586, 0.21191406, -0.00868988, 0.21142578) * v0_1.z;
        h0_1 += HVEC4(0.0030136108, -0.042510986, 0.0068473816, -0.13110352) * v0_1.w;
        h0_2 += HVEC4(0.30151367, -0.025985718, -0.025390625, 0.088134766) * v0_1.x;
        h0_2 += HVEC4(-0.26049805, -0.09790039, -0.121276855, -0.21325684) * v0_1.y;
        h0_2 += HVEC4(-0.17004395, -0.026138306, 0.025100708, 0.066101074) * v0_1.z;
        h0_2 += HVEC4(0.070251465, -0.0052871704, 0.049682617, -0.07116699) * v0_1.w;
        h0_3 += HVEC4(-0.016036987, -0.17492676, 0.13842773, -0.08441162) * v0_1.x;
        h0_3 += HVEC4(0.16516113, -0.07928467, -0.051483154, 0.02684021) * v0_1.y;
        h0_3 += HVEC4(-0.046936035, 1.0039062, -0.32739258, 0.22875977) * v0_1.z;
        h0_3 += HVEC4(-0.05126953, -0.05050659, 0.18945312, -0.011230469) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_1 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.014678955, 0.013214111, 0.05783081, -0.05517578) * v0_1.x;
        h0_0 += HVEC4(0.0033493042, 0.037261963, 0.025512695, 0.006362915) * v0_1.y;
        h0_0 += HVEC4(-0.12597656, -0.0826416, -0.15478516, 0.36914062) * v0_1.z;
        h0_0 += HVEC4(-0.018844604, 0.025634766, -0.0040626526, -0.022338867) * v0_1.w;
        h0_1 += HVEC4(-2.0503998e-05, 0.02748108, 0.007575989, 0.055664062) * v0_1.x;
        h0_1 += HVEC4(-0.091674805, 0.01713562, -0.0050735474, -0.06329346) * v0_1.y;
        h0_1 += HVEC4(-0.045837402, 0.0027713776, 0.050689697, -0.029632568) * v0_1.z;
        h0_1 += HVEC4(-0.04647827, 0.0021800995, -0.031585693, -0.111572266) * v0_1.w;
        h0_2 += HVEC4(0.13842773, -0.0335083, 0.36694336, 0.043395996) * v0_1.x;
        h0_2 += HVEC4(-0.09436035, -0.045043945, -0.16003418, 0.08282471) * v0_1.y;
        h0_2 += HVEC4(0.08709717, 0.066589355, -0.058258057, 0.076171875) * v0_1.z;
        h0_2 += HVEC4(-0.113586426, 0.053100586, 0.12597656, -0.015541077) * v0_1.w;
        h0_3 += HVEC4(0.050720215, 0.0287323, -0.099853516, 0.027526855) * v0_1.x;
        h0_3 += HVEC4(-0.052978516, 0.13085938, -0.064453125, 0.00020086765) * v0_1.y;
        h0_3 += HVEC4(0.23571777, 0.625, 0.35839844, 0.06365967) * v0_1.z;
        h0_3 += HVEC4(-0.058807373, -0.039123535, -0.14978027, 0.012954712) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.028259277, -0.13024902, -0.04095459, 0.027755737) * v0_1.x;
        h0_0 += HVEC4(-0.059265137, -0.10290527, -0.07720947, 0.10638428) * v0_1.y;
        h0_0 += HVEC4(0.0048561096, 0.29711914, -0.01133728, -0.020889282) * v0_1.z;
        h0_0 += HVEC4(-0.0016622543, 0.12084961, 0.03213501, -0.089416504) * v0_1.w;
        h0_1 += HVEC4(-0.049346924, 0.004459381, 0.016708374, -0.038482666) * v0_1.x;
        h0_1 += HVEC4(0.04437256, -0.023468018, 0.06604004, -0.01701355) * v0_1.y;
        h0_1 += HVEC4(-0.018081665, -0.062561035, 0.10583496, -0.037353516) * v0_1.z;
        h0_1 += HVEC4(-0.061676025, 0.029769897, -0.008811951, -0.115234375) * v0_1.w;
        h0_2 += HVEC4(0.1776123, -0.0006699562, -0.016464233, -0.0592041) * v0_1.x;
        h0_2 += HVEC4(0.04876709, -0.06036377, 0.0071983337, -0.027420044) * v0_1.y;
        h0_2 += HVEC4(-0.00023984909, -0.07720947, 0.038208008, 0.04244995) * v0_1.z;
        h0_2 += HVEC4(0.030715942, -0.007865906, 0.00068187714, -0.030685425) * v0_1.w;
        h0_3 += HVEC4(0.05227661, -0.013076782, 0.037719727, -0.11065674) * v0_1.x;
        h0_3 += HVEC4(0.02267456, -0.07800293, 0.11071777, 0.07299805) * v0_1.y;
        h0_3 += HVEC4(-0.07733154, -0.18408203, 0.21166992, -0.028747559) * v0_1.z;
        h0_3 += HVEC4(0.008178711, 0.1227417, -0.099609375, -0.12878418) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.015686035, -0.036315918, -0.14782715, 0.083496094) * v0_1.x;
        h0_0 += HVEC4(-0.09814453, 0.11425781, -0.2088623, 0.21960449) * v0_1.y;
        h0_0 += HVEC4(0.16845703, 0.10852051, 0.014389038, -0.045166016) * v0_1.z;
        h0_0 += HVEC4(0.12695312, -0.12780762, -0.008430481, 0.0048561096) * v0_1.w;
        h0_1 += HVEC4(-0.07879639, 0.09918213, -0.20959473, -0.1739502) * v0_1.x;
        h0_1 += HVEC4(-0.26611328, -0.13122559, 0.27416992, -0.011619568) * v0_1.y;
        h0_1 += HVEC4(-0.11212158, -0.40795898, -0.027038574, -0.40039062) * v0_1.z;
        h0_1 += HVEC4(0.046813965, 0.015075684, 0.010169983, 0.010749817) * v0_1.w;
        h0_2 += HVEC4(0.30786133, -0.0814209, 0.019454956, 0.003255844) * v0_1.x;
        h0_2 += HVEC4(0.21691895, -0.078430176, -0.14355469, 0.1685791) * v0_1.y;
        h0_2 += HVEC4(0.13464355, 0.039611816, -0.08581543, -0.021087646) * v0_1.z;
        h0_2 += HVEC4(0.043273926, -0.054107666, 0.0579834, -0.13012695) * v0_1.w;
        h0_3 += HVEC4(-0.016677856, -0.12286377, -0.19470215, 0.079833984) * v0_1.x;
        h0_3 += HVEC4(-0.19189453, -0.24829102, -0.1899414, -0.17907715) * v0_1.y;
        h0_3 += HVEC4(0.14233398, 0.31152344, 0.097229004, 0.17919922) * v0_1.z;
        h0_3 += HVEC4(-0.029434204, -0.17456055, 0.14331055, 0.018936157) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_1 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.099487305, 0.04135132, -0.08355713, 0.088134766) * v0_1.x;
        h0_0 += HVEC4(-0.0446167, -0.041503906, -0.0703125, 0.054107666) * v0_1.y;
        h0_0 += HVEC4(0.1003418, 0.10772705, -0.070739746, 0.097229004) * v0_1.z;
        h0_0 += HVEC4(-0.02760315, 0.033935547, 0.052886963, -0.08392334) * v0_1.w;
        h0_1 += HVEC4(0.029220581, 0.09887695, 0.008270264, 0.08673096) * v0_1.x;
        h0_1 += HVEC4(-0.0496521, -0.1665039, 0.10107422, -0.010887146) * v0_1.y;
        h0_1 += HVEC4(0.010017395, -0.028121948, 0.10003662, 0.068847656) * v0_1.z;
        h0_1 += HVEC4(-0.04031372, -0.05960083, 0.03857422, 0.027328491) * v0_1.w;
        h0_2 += HVEC4(0.06500244, -0.0869751, 0.052520752, 0.00969696) * v0_1.x;
        h0_2 += HVEC4(0.05984497, -0.10437012, 0.16760254, -0.044006348) * v0_1.y;
        h0_2 += HVEC4(0.011352539, 0.03152466, 0.09118652, 0.10247803) * v0_1.z;
        h0_2 += HVEC4(0.066467285, 0.0058937073, -0.047698975, -0.056732178) * v0_1.w;
        h0_3 += HVEC4(-0.09515381, -0.12817383, 0.0836792, -0.011146545) * v0_1.x;
        h0_3 += HVEC4(0.0082473755, 0.052093506, 0.014465332, -0.049926758) * v0_1.y;
        h0_3 += HVEC4(-0.08190918, 0.18786621, 0.09082031, -0.0024967194) * v0_1.z;
        h0_3 += HVEC4(0.07116699, 0.15429688, -0.14746094, 0.009521484) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(-0.055541992, -0.12487793, 0.0002808571, -0.020965576) * v0_1.x;
        h0_0 += HVEC4(-0.07800293, -0.21582031, -0.025375366, 0.005004883) * v0_1.y;
        h0_0 += HVEC4(-0.008636475, 0.26000977, -0.015686035, -0.0026397705) * v0_1.z;
        h0_0 += HVEC4(0.048431396, 0.19140625, -0.009162903, -0.012550354) * v0_1.w;
        h0_1 += HVEC4(0.020889282, 0.050811768, 0.04928589, 0.024093628) * v0_1.x;
        h0_1 += HVEC4(0.018325806, 0.04171753, -0.040649414, 0.011619568) * v0_1.y;
        h0_1 += HVEC4(0.017745972, 0.051818848, 0.028701782, 0.026016235) * v0_1.z;
        h0_1 += HVEC4(-0.023895264, -0.12158203, 0.055267334, -0.01322937) * v0_1.w;
        h0_2 += HVEC4(-0.024719238, -0.035736084, -0.002981186, -0.013114929) * v0_1.x;
        h0_2 += HVEC4(-0.05218506, -0.08270264, 0.016830444, 0.020019531) * v0_1.y;
        h0_2 += HVEC4(-0.058044434, -0.083984375, -0.03555298, -0.015571594) * v0_1.z;
        h0_2 += HVEC4(0.04534912, 0.051513672, 0.0007805824, -0.016845703) * v0_1.w;
        h0_3 += HVEC4(-0.042175293, -0.01499176, 0.08093262, 0.054992676) * v0_1.x;
        h0_3 += HVEC4(-0.06689453, -0.1352539, 0.02810669, 0.033721924) * v0_1.y;
        h0_3 += HVEC4(-0.014526367, -0.092041016, 0.11663818, 0.22021484) * v0_1.z;
        h0_3 += HVEC4(0.027191162, 0.001458168, 0.021530151, -0.1027832) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.1907959, 0.026855469, 0.010444641, -0.006248474) * v0_1.x;
        h0_0 += HVEC4(0.1574707, 0.113098145, 0.006023407, -0.020324707) * v0_1.y;
        h0_0 += HVEC4(0.05609131, 0.012794495, 0.025909424, -0.0017604828) * v0_1.z;
        h0_0 += HVEC4(-0.07928467, -0.042633057, -0.032226562, 0.025909424) * v0_1.w;
        h0_1 += HVEC4(-0.002439499, 0.34985352, 0.058013916, 0.23083496) * v0_1.x;
        h0_1 += HVEC4(0.01184082, 0.039367676, 0.1694336, 0.048065186) * v0_1.y;
        h0_1 += HVEC4(0.005027771, 0.24499512, 0.05947876, 0.24584961) * v0_1.z;
        h0_1 += HVEC4(-0.011642456, -0.20092773, -0.0146102905, -0.0703125) * v0_1.w;
        h0_2 += HVEC4(0.14001465, -0.034576416, -0.04058838, 0.06225586) * v0_1.x;
        h0_2 += HVEC4(0.03378296, -0.04083252, -0.059143066, -0.015602112) * v0_1.y;
        h0_2 += HVEC4(-0.0076179504, -0.044952393, 0.015174866, 0.024902344) * v0_1.z;
        h0_2 += HVEC4(0.014373779, 0.026611328, -0.015197754, 0.019348145) * v0_1.w;
        h0_3 += HVEC4(-0.06536865, 0.049316406, -0.079956055, -0.09448242) * v0_1.x;
        h0_3 += HVEC4(-0.014846802, 0.12261963, -0.01210022, -0.0048446655) * v0_1.y;
        h0_3 += HVEC4(0.04248047, 0.09637451, -0.04244995, 0.05267334) * v0_1.z;
        h0_3 += HVEC4(0.018432617, 0.0024414062, 0.078430176, 0.12176514) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_1 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.0007176399, -0.0060157776, 0.005191803, -0.01235199) * v0_1.x;
        h0_0 += HVEC4(-0.04434204, -0.023544312, 0.020141602, -0.020111084) * v0_1.y;
        h0_0 += HVEC4(-0.017242432, -0.04208374, 0.040008545, -0.0541687) * v0_1.z;
        h0_0 += HVEC4(0.030090332, 0.07800293, 0.002773285, -0.0057525635) * v0_1.w;
        h0_1 += HVEC4(-0.005393982, 0.07611084, -0.0075569153, 0.061187744) * v0_1.x;
        h0_1 += HVEC4(-0.014976501, 0.02848816, 0.06390381, 0.07165527) * v0_1.y;
        h0_1 += HVEC4(-0.002313614, -0.015594482, 0.008529663, -0.0033187866) * v0_1.z;
        h0_1 += HVEC4(0.011047363, -0.03555298, 0.040252686, -0.030258179) * v0_1.w;
        h0_2 += HVEC4(0.022323608, -0.096191406, 0.0011024475, -0.0038433075) * v0_1.x;
        h0_2 += HVEC4(0.05432129, 0.022140503, 0.0057525635, -0.026107788) * v0_1.y;
        h0_2 += HVEC4(-0.005279541, -0.016571045, -0.050231934, -0.0881958) * v0_1.z;
        h0_2 += HVEC4(-0.024505615, 0.038604736, -0.020080566, -0.02116394) * v0_1.w;
        h0_3 += HVEC4(0.00085163116, -0.09857178, 0.05105591, 0.03289795) * v0_1.x;
        h0_3 += HVEC4(-0.0068359375, -0.03805542, 0.037322998, -0.02217102) * v0_1.y;
        h0_3 += HVEC4(0.016616821, 0.0284729, 0.045837402, 0.054473877) * v0_1.z;
        h0_3 += HVEC4(0.02130127, 0.16052246, 0.018035889, -0.043823242) * v0_1.w;
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
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        h0_0 += HVEC4(-0.06915283, 0.13342285, 0.04840088, -0.12817383) * v0_2.x;
        h0_0 += HVEC4(0.021255493, -0.3630371, 0.01828003, -0.02809143) * v0_2.y;
        h0_0 += HVEC4(0.036621094, -0.03604126, 0.010658264, -0.03427124) * v0_2.z;
        h0_0 += HVEC4(0.015106201, -0.15771484, -0.020706177, -0.0045661926) * v0_2.w;
        h0_1 += HVEC4(-0.04220581, 0.06512451, 0.004119873, 0.10418701) * v0_2.x;
        h0_1 += HVEC4(-0.06652832, 0.053527832, -0.012046814, 0.07696533) * v0_2.y;
        h0_1 += HVEC4(0.026153564, 0.002210617, 0.001493454, 0.020187378) * v0_2.z;
        h0_1 += HVEC4(-0.024429321, 0.01373291, 0.012809753, 0.024810791) * v0_2.w;
        h0_2 += HVEC4(0.008544922, -0.09637451, 0.019241333, 0.11462402) * v0_2.x;
        h0_2 += HVEC4(-0.068481445, -0.10632324, -0.0031490326, 0.14318848) * v0_2.y;
        h0_2 += HVEC4(0.004924774, -0.018585205, 0.016418457, 0.03741455) * v0_2.z;
        h0_2 += HVEC4(0.06781006, -0.013343811, 0.018722534, -0.013549805) * v0_2.w;
        h0_3 += HVEC4(-0.21435547, -0.00497818, -0.2043457, -0.15332031) * v0_2.x;
        h0_3 += HVEC4(0.03643799, 0.101867676, 0.096191406, 0.08648682) * v0_2.y;
        h0_3 += HVEC4(-0.029006958, -0.014129639, 0.009796143, 0.029678345) * v0_2.z;
        h0_3 += HVEC4(-0.010772705, -0.12249756, 0.037994385, 0.0390625) * v0_2.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(0.030593872, 0.026626587, 0.19543457, -0.20178223) * v0_2.x;
        h0_0 += HVEC4(-0.028457642, 0.020263672, -0.09259033, -0.024429321) * v0_2.y;
        h0_0 += HVEC4(-0.013175964, -0.05355835, 0.01828003, -0.030334473) * v0_2.z;
        h0_0 += HVEC4(0.012107849, -0.066833496, 0.101135254, -0.15649414) * v0_2.w;
        h0_1 += HVEC4(0.090026855, 0.05319214, -0.03149414, 0.30639648) * v0_2.x;
        h0_1 += HVEC4(-0.090026855, -0.058898926, -0.036956787, -0.24121094) * v0_2.y;
        h0_1 += HVEC4(-0.01966858, 0.06829834, 0.023880005, 0.17272949) * v0_2.z;
        h0_1 += HVEC4(0.1796875, 0.03286743, -0.018936157, 0.10217285) * v0_2.w;
        h0_2 += HVEC4(0.1239624, -0.04019165, -0.042175293, -0.06121826) * v0_2.x;
        h0_2 += HVEC4(-0.08117676, -0.07678223, -0.019882202, -0.34057617) * v0_2.y;
        h0_2 += HVEC4(0.03555298, -0.07727051, 0.010787964, 0.040283203) * v0_2.z;
        h0_2 += HVEC4(0.08166504, -0.058746338, 0.14196777, 0.07312012) * v0_2.w;
        h0_3 += HVEC4(-0.016601562, -0.04257202, 0.19726562, 0.087890625) * v0_2.x;
        h0_3 += HVEC4(-0.018096924, -0.5527344, -0.40478516, -0.13293457) * v0_2.y;
        h0_3 += HVEC4(-0.03225708, -0.109680176, 0.011459351, -0.032073975) * v0_2.z;
        h0_3 += HVEC4(-0.027908325, 0.08105469, 0.1463623, -0.046142578) * v0_2.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.024505615, -0.001373291, 0.0054893494, 0.0012483597) * v0_2.x;
        h0_0 += HVEC4(0.02658081, 0.047729492, -0.012504578, -0.09893799) * v0_2.y;
        h0_0 += HVEC4(0.0061416626, 0.049957275, 0.06726074, -0.09832764) * v0_2.z;
        h0_0 += HVEC4(-0.004196167, -0.004096985, -0.0112838745, -0.056518555) * v0_2.w;
        h0_1 += HVEC4(-0.007095337, -0.029891968, 0.01991272, 0.080566406) * v0_2.x;
        h0_1 += HVEC4(-0.0104904175, 0.03149414, -0.0040359497, -0.20605469) * v0_2.y;
        h0_1 += HVEC4(-0.012886047, -0.030883789, -0.009231567, -0.039794922) * v0_2.z;
        h0_1 += HVEC4(0.043151855, 0.03491211, 0.015640259, 0.049621582) * v0_2.w;
        h0_2 += HVEC4(0.09063721, -0.030578613, -0.02520752, 0.042022705) * v0_2.x;
        h0_2 += HVEC4(-0.07446289, -0.080566406, -0.58496094, -0.13793945) * v0_2.y;
        h0_2 += HVEC4(0.0074920654, -0.046783447, 0.009399414, -0.036254883) * v0_2.z;
        h0_2 += HVEC4(0.12719727, 0.05911255, -0.0362854, -0.08135986) * v0_2.w;
        h0_3 += HVEC4(0.053009033, 0.09100342, -0.118774414, 0.0024986267) * v0_2.x;
        h0_3 += HVEC4(-0.09075928, -0.12060547, -0.06549072, 0.013023376) * v0_2.y;
        h0_3 += HVEC4(-0.077941895, 0.073913574, -0.093322754, 0.018066406) * v0_2.z;
        h0_3 += HVEC4(0.004169464, -0.1270752, -0.09887695, -0.019821167) * v0_2.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.034057617, 0.22814941, -0.03717041, 0.05456543) * v0_2.x;
        h0_0 += HVEC4(-0.019958496, -0.1574707, -0.009857178, -0.0552063) * v0_2.y;
        h0_0 += HVEC4(-0.06201172, 0.18005371, 0.10510254, -0.10284424) * v0_2.z;
        h0_0 += HVEC4(0.103149414, -0.027114868, -0.116882324, 0.097961426) * v0_2.w;
        h0_1 += HVEC4(0.09979248, -0.068603516, -0.016067505, 0.042236328) * v0_2.x;
        h0_1 += HVEC4(-0.023483276, -0.14904785, -0.011955261, -0.12902832) * v0_2.y;
        h0_1 += HVEC4(0.054901123, 0.0053482056, -0.070739746, -0.02935791) * v0_2.z;
        h0_1 += HVEC4(0.107543945, -0.043701172, 0.06915283, -0.010284424) * v0_2.w;
        h0_2 += HVEC4(0.11126709, -0.050811768, -0.026885986, 0.03845215) * v0_2.x;
        h0_2 += HVEC4(-0.071777344, -0.097595215, 0.0045280457, -0.07733154) * v0_2.y;
        h0_2 += HVEC4(-0.0036525726, -0.067993164, -0.0007696152, 0.00021636486) * v0_2.z;
        h0_2 += HVEC4(0.10839844, -0.06286621, -0.032592773, -0.08270264) * v0_2.w;
        h0_3 += HVEC4(0.15075684, 0.07159424, -0.32714844, -0.13623047) * v0_2.x;
        h0_3 += HVEC4(-0.024169922, 0.08874512, 0.064575195, -0.15124512) * v0_2.y;
        h0_3 += HVEC4(-0.0059661865, 0.20715332, -0.069885254, -0.07745361) * v0_2.z;
        h0_3 += HVEC4(0.01751709, -0.4567871, 0.072143555, 0.18249512) * v0_2.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(-0.06402588, -0.17602539, -0.14135742, 0.29785156) * v0_2.x;
        h0_0 += HVEC4(0.004016876, -0.14978027, -0.046813965, -0.06463623) * v0_2.y;
        h0_0 += HVEC4(-0.008659363, -0.103515625, 0.27368164, -0.3737793) * v0_2.z;
        h0_0 += HVEC4(0.05493164, 0.103637695, 0.07647705, 0.035461426) * v0_2.w;
        h0_1 += HVEC4(0.011260986, -0.1430664, -0.09118652, 0.15478516) * v0_2.x;
        h0_1 += HVEC4(0.00059080124, -0.21264648, -0.038970947, -0.39990234) * v0_2.y;
        h0_1 += HVEC4(0.019119263, 0.08270264, -0.008735657, -0.078308105) * v0_2.z;
        h0_1 += HVEC4(-0.09387207, -0.15551758, -0.17419434, -0.020751953) * v0_2.w;
        h0_2 += HVEC4(0.094055176, -0.012901306, -0.003019333, 0.16149902) * v0_2.x;
        h0_2 += HVEC4(-0.1586914, 0.06329346, 0.009223938, -0.17041016) * v0_2.y;
        h0_2 += HVEC4(-0.0006866455, -0.038482666, 0.13183594, 0.07409668) * v0_2.z;
        h0_2 += HVEC4(0.2166748, -0.095336914, -0.016784668, -0.050231934) * v0_2.w;
        h0_3 += HVEC4(0.06439209, -0.020965576, 0.28344727, 0.08734131) * v0_2.x;
        h0_3 += HVEC4(-0.18859863, -0.65966797, -0.38623047, -0.17163086) * v0_2.y;
        h0_3 += HVEC4(-0.2409668, -0.12432861, -0.022613525, 0.03591919) * v0_2.z;
        h0_3 += HVEC4(-0.009140015, 0.4399414, -0.13842773, 0.14953613) * v0_2.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.06695557, 0.04663086, 0.10003662, -0.06958008) * v0_2.x;
        h0_0 += HVEC4(-0.08666992, -0.021453857, -0.06689453, -0.07043457) * v0_2.y;
        h0_0 += HVEC4(-0.01727295, -0.014259338, 0.21264648, -0.17858887) * v0_2.z;
        h0_0 += HVEC4(0.078552246, 0.003604889, -0.07873535, 0.07940674) * v0_2.w;
        h0_1 += HVEC4(-0.019958496, 0.044158936, -0.0032978058, 0.058532715) * v0_2.x;
        h0_1 += HVEC4(0.0096588135, -0.37768555, -0.042755127, -0.3659668) * v0_2.y;
        h0_1 += HVEC4(0.013832092, 0.15283203, 0.0007619858, 0.0993042) * v0_2.z;
        h0_1 += HVEC4(0.015045166, -0.06225586, -0.057037354, -0.12768555) * v0_2.w;
        h0_2 += HVEC4(0.064208984, 0.05355835, 0.13549805, -0.084106445) * v0_2.x;
        h0_2 += HVEC4(-0.08190918, -0.015106201, -1.1611328, -0.39233398) * v0_2.y;
        h0_2 += HVEC4(-0.021469116, -0.07897949, -0.4296875, 0.025115967) * v0_2.z;
        h0_2 += HVEC4(-0.008880615, -0.054473877, 0.45263672, -0.0075187683) * v0_2.w;
        h0_3 += HVEC4(0.020996094, -0.0178833, -0.18164062, -0.0011835098) * v0_2.x;
        h0_3 += HVEC4(0.10455322, -0.14221191, -0.062438965, 0.067993164) * v0_2.y;
        h0_3 += HVEC4(0.18225098, 0.05392456, -0.062408447, 0.048309326) * v0_2.z;
        h0_3 += HVEC4(-0.09338379, -0.23913574, 0.023406982, -0.030303955) * v0_2.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.016433716, 0.17687988, 0.030471802, -0.0027275085) * v0_2.x;
        h0_0 += HVEC4(0.03665161, -0.32885742, -0.005088806, -0.022567749) * v0_2.y;
        h0_0 += HVEC4(0.13195801, 0.33276367, 0.019058228, -0.028366089) * v0_2.z;
        h0_0 += HVEC4(-0.06402588, 0.099365234, -0.030136108, -0.010658264) * v0_2.w;
        h0_1 += HVEC4(0.0074768066, 0.34155273, -0.011222839, 0.140625) * v0_2.x;
        h0_1 += HVEC4(-0.020385742, -0.023498535, 0.007980347, 0.006652832) * v0_2.y;
        h0_1 += HVEC4(-0.045776367, -0.0059127808, 0.01687622, 0.020980835) * v0_2.z;
        h0_1 += HVEC4(0.011459351, -0.02142334, -0.077819824, -0.03451538) * v0_2.w;
        h0_2 += HVEC4(-0.019317627, -0.052001953, 0.00818634, 0.0927124) * v0_2.x;
        h0_2 += HVEC4(0.030670166, -0.10601807, 0.0073394775, 0.009941101) * v0_2.y;
        h0_2 += HVEC4(-0.0034370422, -0.09741211, -0.00070619583, -0.038757324) * v0_2.z;
        h0_2 += HVEC4(-0.14733887, -0.012481689, 0.000849247, 0.015640259) * v0_2.w;
        h0_3 += HVEC4(0.04119873, 0.1821289, -0.08685303, 0.10760498) * v0_2.x;
        h0_3 += HVEC4(-0.021148682, 0.1104126, 0.03062439, 0.049987793) * v0_2.y;
        h0_3 += HVEC4(0.019210815, 0.13928223, -0.033691406, -0.021194458) * v0_2.z;
        h0_3 += HVEC4(-0.10089111, -0.16540527, -0.049560547, -0.00579834) * v0_2.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(-0.009666443, -0.10699463, 0.044799805, -0.08270264) * v0_2.x;
        h0_0 += HVEC4(-0.24645996, 0.007881165, -0.015945435, -0.0031852722) * v0_2.y;
        h0_0 += HVEC4(-0.22253418, -0.13549805, 0.11022949, -0.08404541) * v0_2.z;
        h0_0 += HVEC4(0.3737793, 0.0044670105, 0.066223145, -0.08520508) * v0_2.w;
        h0_1 += HVEC4(-0.00466156, 0.23706055, 0.028182983, -0.13928223) * v0_2.x;
        h0_1 += HVEC4(-0.020996094, -0.6821289, -0.03665161, -0.109680176) * v0_2.y;
        h0_1 += HVEC4(-0.012756348, -0.09661865, 0.022384644, -0.04220581) * v0_2.z;
        h0_1 += HVEC4(0.025619507, 0.35595703, 0.13952637, 0.0947876) * v0_2.w;
        h0_2 += HVEC4(-0.08227539, -0.11053467, -0.011627197, -0.15771484) * v0_2.x;
        h0_2 += HVEC4(-0.010887146, -0.09710693, 0.028640747, -0.04562378) * v0_2.y;
        h0_2 += HVEC4(-0.11566162, 0.015670776, 0.13977051, -0.13549805) * v0_2.z;
        h0_2 += HVEC4(0.08111572, 0.009773254, -0.017623901, -0.040893555) * v0_2.w;
        h0_3 += HVEC4(0.07446289, 0.0073242188, 0.08996582, -0.068481445) * v0_2.x;
        h0_3 += HVEC4(0.08807373, -0.090148926, -0.042144775, -0.033447266) * v0_2.y;
        h0_3 += HVEC4(0.1829834, 0.051757812, 0.029296875, -0.03967285) * v0_2.z;
        h0_3 += HVEC4(0.018096924, 0.17553711, 0.0004878044, -0.008895874) * v0_2.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(0.065979004, 0.05328369, 0.018096924, -0.005279541) * v0_2.x;
        h0_0 += HVEC4(-0.103271484, 0.014015198, -0.04348755, 0.03338623) * v0_2.y;
        h0_0 += HVEC4(0.025512695, -0.005443573, -0.0023918152, 0.0026054382) * v0_2.z;
        h0_0 += HVEC4(0.033569336, -0.055725098, -0.021011353, -0.0049209595) * v0_2.w;
        h0_1 += HVEC4(-0.00674057, 0.062469482, 0.009803772, -0.13952637) * v0_2.x;
        h0_1 += HVEC4(-0.040649414, -0.3269043, -0.029296875, -0.08911133) * v0_2.y;
        h0_1 += HVEC4(-0.010726929, -0.14025879, 0.0072517395, -0.2130127) * v0_2.z;
        h0_1 += HVEC4(0.0070610046, 0.114990234, -0.019958496, 0.12890625) * v0_2.w;
        h0_2 += HVEC4(-0.03302002, -0.08660889, -0.04147339, -0.0043678284) * v0_2.x;
        h0_2 += HVEC4(-0.008811951, -0.08178711, -0.05343628, 0.078125) * v0_2.y;
        h0_2 += HVEC4(-0.012214661, -0.0008187294, -0.022766113, -0.047088623) * v0_2.z;
        h0_2 += HVEC4(0.07635498, -0.005420685, 0.15429688, -0.07336426) * v0_2.w;
        h0_3 += HVEC4(-0.02947998, 0.035949707, -0.039123535, -0.0073242188) * v0_2.x;
        h0_3 += HVEC4(-0.11242676, -0.050048828, 0.053131104, -0.0051078796) * v0_2.y;
        h0_3 += HVEC4(-0.037994385, 0.051940918, -0.008781433, -0.010826111) * v0_2.z;
        h0_3 += HVEC4(0.015464783, -0.14221191, 0.022583008, -0.012451172) * v0_2.w;
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
        h0_0 += HVEC4(0.01651001, 0.14074707, 0.05596924, -0.14929199) * v0_3.x;
        h0_0 += HVEC4(-0.01373291, 0.023590088, 0.008026123, 0.023605347) * v0_3.y;
        h0_0 += HVEC4(-0.010231018, -0.16247559, -0.01878357, 0.0491333) * v0_3.z;
        h0_0 += HVEC4(0.038208008, 0.11328125, -0.057678223, -0.01638794) * v0_3.w;
        h0_1 += HVEC4(0.09039307, 0.032165527, -0.011268616, -0.0519104) * v0_3.x;
        h0_1 += HVEC4(-0.03845215, -0.03262329, 0.0026302338, 0.08343506) * v0_3.y;
        h0_1 += HVEC4(0.08270264, -0.10498047, -0.002450943, -0.097351074) * v0_3.z;
        h0_1 += HVEC4(0.04699707, -0.02557373, -0.030517578, -0.18896484) * v0_3.w;
        h0_2 += HVEC4(0.10253906, -0.068847656, -0.032989502, 0.1616211) * v0_3.x;
        h0_2 += HVEC4(-0.013916016, -0.03543091, -0.015060425, -0.13012695) * v0_3.y;
        h0_2 += HVEC4(-0.03137207, -0.017944336, 0.0022850037, -0.076049805) * v0_3.z;
        h0_2 += HVEC4(-0.005886078, -0.09338379, -0.024490356, -0.08203125) * v0_3.w;
        h0_3 += HVEC4(-0.051361084, 0.13769531, -0.11401367, 0.06414795) * v0_3.x;
        h0_3 += HVEC4(0.03955078, -0.00041627884, -0.021636963, -0.11328125) * v0_3.y;
        h0_3 += HVEC4(0.02444458, 0.18310547, -0.14074707, -0.034484863) * v0_3.z;
        h0_3 += HVEC4(0.088256836, -0.04837036, -0.032104492, 0.023742676) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 1]);
        h0_0 += HVEC4(-0.0018405914, 0.06506348, -0.05831909, 0.07867432) * v0_3.x;
        h0_0 += HVEC4(0.0037708282, -0.011260986, 0.0284729, -0.043426514) * v0_3.y;
        h0_0 += HVEC4(-0.030685425, 0.053588867, -0.06829834, 0.08868408) * v0_3.z;
        h0_0 += HVEC4(-0.03652954, -0.10290527, -0.026657104, 0.095336914) * v0_3.w;
        h0_1 += HVEC4(-0.009048462, -0.00982666, -0.039978027, 0.103149414) * v0_3.x;
        h0_1 += HVEC4(0.027236938, -0.05380249, 0.014221191, 0.11376953) * v0_3.y;
        h0_1 += HVEC4(0.3022461, -0.18164062, -0.03363037, -0.2364502) * v0_3.z;
        h0_1 += HVEC4(0.02609253, -0.039489746, 0.00010663271, -0.31884766) * v0_3.w;
        h0_2 += HVEC4(-0.030715942, -0.07299805, 0.05633545, 0.047821045) * v0_3.x;
        h0_2 += HVEC4(-0.058563232, 0.03894043, -0.042022705, 0.14685059) * v0_3.y;
        h0_2 += HVEC4(0.2388916, 0.0064086914, 0.049621582, -0.05923462) * v0_3.z;
        h0_2 += HVEC4(0.087646484, 0.041503906, -0.08312988, 0.07128906) * v0_3.w;
        h0_3 += HVEC4(0.072631836, 0.054870605, -0.033325195, 0.0036392212) * v0_3.x;
        h0_3 += HVEC4(0.0657959, 0.008392334, -0.18701172, 0.043060303) * v0_3.y;
        h0_3 += HVEC4(-0.019256592, -0.34643555, 0.20837402, -0.030380249) * v0_3.z;
        h0_3 += HVEC4(0.07763672, 0.3173828, 0.2355957, 0.034057617) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_3 = HVEC4(tile[at + 2]);
        h0_0 += HVEC4(-0.0026855469, -0.006427765, 0.009979248, 0.0050811768) * v0_3.x;
        h0_0 += HVEC4(0.00053167343, 0.03111267, 0.01878357, -0.020874023) * v0_3.y;
        h0_0 += HVEC4(0.04144287, -0.022735596, -0.06335449, 0.020599365) * v0_3.z;
        h0_0 += HVEC4(0.030181885, 0.060150146, -0.01727295, 0.03741455) * v0_3.w;
        h0_1 += HVEC4(0.0050201416, 0.027633667, -0.009422302, 0.010147095) * v0_3.x;
        h0_1 += HVEC4(0.013885498, 0.03793335, -0.011520386, 0.2607422) * v0_3.y;
        h0_1 += HVEC4(0.09863281, 0.017105103, 0.0011329651, -0.024841309) * v0_3.z;
        h0_1 += HVEC4(-0.054473877, -0.06188965, 0.002216339, -0.20324707) * v0_3.w;
        h0_2 += HVEC4(0.022598267, -0.06738281, 0.22949219, -0.0059776306) * v0_3.x;
        h0_2 += HVEC4(0.050476074, 0.0670166, -0.08947754, -0.042144775) * v0_3.y;
        h0_2 += HVEC4(0.10070801, -0.016082764, 0.23095703, -0.06335449) * v0_3.z;
        h0_2 += HVEC4(-0.04434204, -0.031799316, 0.2055664, 0.08850098) * v0_3.w;
        h0_3 += HVEC4(0.025375366, -0.06732178, 0.07672119, -0.004589081) * v0_3.x;
        h0_3 += HVEC4(-0.03567505, -0.05041504, 0.11035156, -0.012519836) * v0_3.y;
        h0_3 += HVEC4(-0.044647217, -0.0826416, -0.10217285, -0.08105469) * v0_3.z;
        h0_3 += HVEC4(0.033447266, 0.35131836, -0.13256836, -0.0063438416) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 18]);
        h0_0 += HVEC4(0.1138916, -0.5419922, 0.10620117, 0.007827759) * v0_3.x;
        h0_0 += HVEC4(-0.064697266, -0.25390625, -0.040008545, 0.011726379) * v0_3.y;
        h0_0 += HVEC4(0.035858154, -0.31396484, -0.016616821, -0.0030708313) * v0_3.z;
        h0_0 += HVEC4(-0.031982422, 0.15551758, 0.12030029, -0.22070312) * v0_3.w;
        h0_1 += HVEC4(-0.028076172, 0.058898926, -0.076416016, 0.14111328) * v0_3.x;
        h0_1 += HVEC4(-0.01751709, -0.001004219, 0.020492554, -0.016082764) * v0_3.y;
        h0_1 += HVEC4(-0.041778564, 0.060058594, -0.030258179, 0.014762878) * v0_3.z;
        h0_1 += HVEC4(-0.033416748, 0.15698242, -0.0048713684, 0.32666016) * v0_3.w;
        h0_2 += HVEC4(0.11987305, -0.013885498, 0.09637451, -0.017089844) * v0_3.x;
        h0_2 += HVEC4(-0.04800415, -0.105529785, 0.0135269165, 0.062042236) * v0_3.y;
        h0_2 += HVEC4(-0.055603027, -0.012489319, -0.027648926, 0.0121536255) * v0_3.z;
        h0_2 += HVEC4(-0.013801575, -0.042266846, -0.02861023, -0.15356445) * v0_3.w;
        h0_3 += HVEC4(0.10760498, 0.203125, 0.018798828, -0.22814941) * v0_3.x;
        h0_3 += HVEC4(0.05206299, 0.036132812, 0.0680542, -0.2746582) * v0_3.y;
        h0_3 += HVEC4(-0.015808105, 0.04220581, -0.16320801, -0.1463623) * v0_3.z;
        h0_3 += HVEC4(-0.042510986, 0.043060303, -0.22741699, -0.2479248) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 19]);
        h0_0 += HVEC4(0.07354736, 0.07672119, 0.15734863, -0.21826172) * v0_3.x;
        h0_0 += HVEC4(-0.36328125, -0.040222168, -0.11273193, -0.09020996) * v0_3.y;
        h0_0 += HVEC4(0.22595215, 0.09643555, -0.10772705, 0.14001465) * v0_3.z;
        h0_0 += HVEC4(0.15588379, -0.09112549, 0.07531738, 0.07299805) * v0_3.w;
        h0_1 += HVEC4(-0.15795898, 0.14709473, 0.02822876, 0.039794922) * v0_3.x;
        h0_1 += HVEC4(-0.025024414, 0.17163086, -0.013793945, -0.64208984) * v0_3.y;
        h0_1 += HVEC4(0.2861328, 0.14770508, -0.27685547, 0.23986816) * v0_3.z;
        h0_1 += HVEC4(-0.0015888214, 0.07922363, 0.0093307495, 0.36328125) * v0_3.w;
        h0_2 += HVEC4(-0.006084442, -0.04776001, 0.28710938, -0.034606934) * v0_3.x;
        h0_2 += HVEC4(-0.03237915, 0.022918701, 0.028366089, -0.35961914) * v0_3.y;
        h0_2 += HVEC4(-0.19311523, 0.05102539, 0.07208252, -0.1161499) * v0_3.z;
        h0_2 += HVEC4(-0.04949951, 0.023025513, 0.10925293, -0.056518555) * v0_3.w;
        h0_3 += HVEC4(-0.103393555, -0.041625977, -0.66308594, 0.0011301041) * v0_3.x;
        h0_3 += HVEC4(-0.3017578, -0.36669922, -0.51220703, 0.05886841) * v0_3.y;
        h0_3 += HVEC4(0.12634277, -0.2290039, 0.2788086, 0.17993164) * v0_3.z;
        h0_3 += HVEC4(0.10070801, -0.002626419, 0.22363281, 0.056762695) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_3 = HVEC4(tile[at + 20]);
        h0_0 += HVEC4(0.018966675, -0.048431396, -0.052612305, 0.0134887695) * v0_3.x;
        h0_0 += HVEC4(0.036346436, 0.049468994, -0.039978027, 0.052246094) * v0_3.y;
        h0_0 += HVEC4(0.024627686, -0.036590576, -0.1652832, 0.19604492) * v0_3.z;
        h0_0 += HVEC4(-0.08996582, 0.036499023, 0.011169434, -0.020446777) * v0_3.w;
        h0_1 += HVEC4(-0.01134491, -0.011238098, -0.015014648, -0.0002411604) * v0_3.x;
        h0_1 += HVEC4(-0.007865906, 0.03149414, 0.015930176, -0.40478516) * v0_3.y;
        h0_1 += HVEC4(0.09881592, -0.09283447, -0.10675049, -0.06939697) * v0_3.z;
        h0_1 += HVEC4(0.022720337, 0.09509277, 0.07507324, 0.36279297) * v0_3.w;
        h0_2 += HVEC4(0.016540527, -0.06939697, -0.2763672, -0.06188965) * v0_3.x;
        h0_2 += HVEC4(-0.14941406, 0.0090408325, -1.1347656, 0.09320068) * v0_3.y;
        h0_2 += HVEC4(-0.09893799, 0.04336548, -0.11328125, 0.024932861) * v0_3.z;
        h0_2 += HVEC4(0.029968262, 0.054992676, -0.3215332, 0.03439331) * v0_3.w;
        h0_3 += HVEC4(0.010101318, -0.21228027, 0.12902832, 0.05429077) * v0_3.x;
        h0_3 += HVEC4(0.060913086, 0.087768555, 0.055999756, 0.0037593842) * v0_3.y;
        h0_3 += HVEC4(-0.08911133, -0.14367676, 0.029190063, -0.020233154) * v0_3.z;
        h0_3 += HVEC4(-0.046203613, 0.13366699, -0.18200684, -0.030639648) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 36]);
        h0_0 += HVEC4(0.21643066, -0.28857422, -0.025283813, 0.00018548965) * v0_3.x;
        h0_0 += HVEC4(0.064086914, -0.14099121, -0.014755249, -0.009140015) * v0_3.y;
        h0_0 += HVEC4(-0.0076026917, -0.16430664, 0.018447876, -0.0059318542) * v0_3.z;
        h0_0 += HVEC4(-0.32006836, 0.12176514, -0.06829834, -0.19934082) * v0_3.w;
        h0_1 += HVEC4(-0.029556274, 0.10455322, 0.07745361, -0.023117065) * v0_3.x;
        h0_1 += HVEC4(0.02330017, -0.14831543, -0.0001424551, -0.06524658) * v0_3.y;
        h0_1 += HVEC4(-0.013656616, -0.12200928, -0.014511108, -0.066467285) * v0_3.z;
        h0_1 += HVEC4(-0.015388489, -0.83203125, 0.040161133, -1.0673828) * v0_3.w;
        h0_2 += HVEC4(0.09185791, -0.07623291, -0.027023315, 0.035491943) * v0_3.x;
        h0_2 += HVEC4(0.017166138, 0.0715332, -0.0076446533, 0.0076026917) * v0_3.y;
        h0_2 += HVEC4(0.047698975, 0.018371582, 0.020050049, -0.030044556) * v0_3.z;
        h0_2 += HVEC4(-0.15783691, -0.08001709, 0.04800415, -0.45141602) * v0_3.w;
        h0_3 += HVEC4(-0.060546875, -0.0020618439, 0.0037631989, -0.24621582) * v0_3.x;
        h0_3 += HVEC4(-0.027572632, 0.11065674, 0.047698975, -0.29956055) * v0_3.y;
        h0_3 += HVEC4(0.030136108, 0.07110596, -0.0602417, -0.11791992) * v0_3.z;
        h0_3 += HVEC4(-0.3618164, -0.30273438, -0.4243164, -0.61083984) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 37]);
        h0_0 += HVEC4(0.07623291, 0.15222168, 0.023986816, -0.02999878) * v0_3.x;
        h0_0 += HVEC4(-0.26953125, -0.022201538, -0.0158844, -0.008956909) * v0_3.y;
        h0_0 += HVEC4(-0.24365234, 0.03552246, -0.07434082, 0.082092285) * v0_3.z;
        h0_0 += HVEC4(-0.26098633, -0.18945312, -0.0892334, 0.05718994) * v0_3.w;
        h0_1 += HVEC4(-0.015182495, -0.034301758, 0.16247559, 0.017868042) * v0_3.x;
        h0_1 += HVEC4(0.022567749, -0.37597656, -0.03591919, -0.036376953) * v0_3.y;
        h0_1 += HVEC4(0.04711914, -0.16931152, -0.28881836, -0.18139648) * v0_3.z;
        h0_1 += HVEC4(-0.0025119781, -0.23718262, -0.013046265, -0.37963867) * v0_3.w;
        h0_2 += HVEC4(0.11437988, -0.022460938, 0.11767578, -0.07147217) * v0_3.x;
        h0_2 += HVEC4(-0.055908203, -0.038848877, 0.0048103333, 0.10821533) * v0_3.y;
        h0_2 += HVEC4(-0.08203125, 0.018737793, -0.012664795, 0.09295654) * v0_3.z;
        h0_2 += HVEC4(-0.0036201477, 0.020584106, 0.047576904, 0.029052734) * v0_3.w;
        h0_3 += HVEC4(0.10217285, 0.19165039, -0.06652832, -0.11779785) * v0_3.x;
        h0_3 += HVEC4(0.093688965, -0.16210938, -0.0021324158, 0.04660034) * v0_3.y;
        h0_3 += HVEC4(-0.14709473, -0.25927734, -0.027664185, 0.1517334) * v0_3.z;
        h0_3 += HVEC4(-0.21813965, -0.11999512, 0.12573242, -0.031402588) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_3 = HVEC4(tile[at + 38]);
        h0_0 += HVEC4(-0.06506348, -0.03137207, -0.027389526, 0.06335449) * v0_3.x;
        h0_0 += HVEC4(-0.12756348, 0.080078125, 0.056518555, -0.022918701) * v0_3.y;
        h0_0 += HVEC4(-0.016525269, -0.003768921, -0.0058174133, -0.008453369) * v0_3.z;
        h0_0 += HVEC4(0.13232422, 0.030593872, 0.02420044, -0.04840088) * v0_3.w;
        h0_1 += HVEC4(-0.009918213, -0.0340271, 0.03152466, 0.012435913) * v0_3.x;
        h0_1 += HVEC4(-0.0031833649, 0.0340271, 0.015426636, 0.020874023) * v0_3.y;
        h0_1 += HVEC4(0.024917603, 0.06112671, -0.12017822, 0.0045318604) * v0_3.z;
        h0_1 += HVEC4(-0.02658081, -0.008460999, -0.003042221, -0.10559082) * v0_3.w;
        h0_2 += HVEC4(0.02507019, 0.0025348663, 0.076538086, 0.07733154) * v0_3.x;
        h0_2 += HVEC4(-0.033599854, -0.105041504, -0.036468506, -0.068359375) * v0_3.y;
        h0_2 += HVEC4(-0.099731445, 0.00076055527, -0.12780762, 0.051330566) * v0_3.z;
        h0_2 += HVEC4(-0.035705566, 0.07684326, 0.19787598, -0.13256836) * v0_3.w;
        h0_3 += HVEC4(-0.048675537, -0.06842041, 0.04220581, -0.01184082) * v0_3.x;
        h0_3 += HVEC4(0.06329346, 0.103881836, 0.06744385, 0.026428223) * v0_3.y;
        h0_3 += HVEC4(0.031463623, -0.039001465, -0.031173706, 0.018951416) * v0_3.z;
        h0_3 += HVEC4(0.045806885, 0.066711426, -0.012931824, -0.028457642) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L4
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
    if (g == 0) return vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0));
    if (g == 1) return vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0));
    if (g == 2) return vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0));
    if (g == 3) return vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0));
    return vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0));
}

vec4 tail_edges(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(8.6837754e-05, 5.0140054e-05, -0.00013701442, -2.8748304e-05);
        c += mat4(0.00094534183, 0.0011001108, 0.00047759744, 0.00029470338, -0.0054990975, 0.00037652772, 0.0021522501, -0.00015018934, 0.013018436, 0.0044951797, -0.0029905536, 0.0034970362, -0.013440903, -0.0029645546, -0.0019803671, -0.007631311) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(0.012054569, 0.002174692, 0.001933566, 0.00097141945, 0.00022233477, -0.0031726772, 0.0012253856, 9.1316644e-05, 0.004280608, 0.00063857046, 0.0011353097, 0.0008878422, -0.0036318516, 0.01195417, 0.00042785273, 0.0014539744) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(-0.0047017876, -0.0050339676, -0.0037809247, -0.0008253061, 0.01838658, 0.008797938, -0.002700907, 0.0058550565, 0.02941157, -0.06674714, 0.00036972942, -0.009399297, -0.0127855195, -0.011071531, -0.0076057273, -0.008544609) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(0.029576045, 0.007830808, 0.010826839, 0.0075026145, -0.01219604, -0.016877003, -0.0027773175, -0.005155157, 0.013758067, 0.014950756, -0.006608902, 0.0069270087, 0.005124062, -0.0032367285, -0.0018119746, 0.00028099323) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(0.008131842, 0.0037268947, 0.015383473, 0.008709416, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.04783592, 0.00854865, -0.006639313, -0.0023622476, -0.0020744896, -0.0043373248, 0.0044929665, -0.0025192339, -0.04399139, -0.030931156, -0.029545834, -0.025479453, 0.06553951, 0.019967413, 0.009273306, 0.012342111) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(-0.029108616, 0.004235572, -0.019902159, -0.011648728, 0.0011765807, 0.0022251632, -0.009181402, -0.0049447906, 0.004549289, 0.0039229738, -0.010711653, -0.010329388, -0.043764245, -0.014379795, 0.015364952, 0.014406875) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(0.0067332983, -0.018563587, 0.00842532, -0.0017274981, -0.028417207, -0.022078585, -0.011874184, -0.017341245, 0.116034746, 0.3956511, -0.1487668, -0.12103334, 0.009987177, -0.008670851, -0.026838183, -0.020411544) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(-0.051501, 0.013976123, 0.008302025, -0.0048593995, 0.03064296, -0.008535343, 0.00034465396, -0.0064837974, -0.06359453, -0.00785906, 0.021651784, 0.0032136322, -0.0060661524, -0.005057699, -0.0044410867, 0.007113809) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(-0.021299291, 0.03451462, -0.054071456, -0.0073184543, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.05322271, -0.16128394, 0.052403044, 0.04195521, 0.020128816, 0.08247797, -0.032702964, 0.010136627, -0.1656061, -0.07589375, -0.07108364, -0.036846925, 0.25194448, 0.18774648, -0.004670345, -0.021186782) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(-0.132627, -0.13520068, -0.015753824, -0.011031228, -0.0502102, -0.043715313, 0.037946988, 0.0074051074, 0.028282426, 0.04415323, 0.00044540776, 0.009694689, -0.083965294, -0.12907238, 0.0075884373, 0.041739386) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.049021687, 0.09622564, -0.07553918, -0.05061209, -0.028786194, -0.016887203, -0.01928683, -0.017120317, -0.009513406, -0.0069694766, 0.021659007, 0.0014452531, -0.0035987261, 0.052032582, 0.04048466, 0.016886257) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.069444925, -0.16119708, 0.012096266, 0.053817503, -0.09638884, 0.15264454, -0.02308853, 0.021502202, 0.121510476, -0.16784199, 0.08335325, 0.012186569, -0.10165845, -0.13252674, 0.011744622, -0.04892746) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.33229375, -0.28230506, -0.14625573, -0.15460354, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.023113826, 0.040004857, -0.009569016, 0.0103916675, 0.0683584, 0.00733335, -0.036813505, -0.04425405, -0.0213805, -0.09991565, -0.018686077, -0.055880826, 0.02511705, 0.14284615, -0.018901145, -0.0040670284) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(-0.051653136, -0.10114048, -0.0066378657, -0.0058341445, 0.0056307283, -0.039322745, 0.025051095, 0.026349496, -0.051485687, -0.02234917, -0.009121577, 0.007556911, 0.05098781, 0.06361393, 0.025784114, 0.03309978) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(-0.04638698, -0.031226277, -0.05078515, -0.08157032, -0.026643954, -0.033855632, -0.0035858315, -0.0016111147, 0.002055283, 0.0032064482, 0.006407781, 0.0023807513, -0.04712321, -0.1714051, 0.025264712, 0.02350888) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(0.044150442, 0.072336696, 0.011146421, -0.013133449, -0.021862496, -0.17240347, 0.039006636, -0.002549912, -0.009467986, 0.048256066, 0.007585255, 0.01517797, 0.014908102, 0.09430363, -0.03216182, 0.035982292) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(-0.012823126, -0.115542375, 0.022964142, -0.022775598, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(-0.0037487382, -0.017309485, -0.006116989, -0.020097569, -0.047569763, 0.01971436, -0.024913535, -0.008962364, -0.0060297716, -0.012460746, -0.006367929, -0.012528881, -0.007592838, 0.016167745, -0.00286687, 0.003015637) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(-0.005871305, -0.021998553, -0.00691816, -0.01454192, -0.009838038, 0.013242934, -0.0018811958, 0.01574747, -0.005365704, -0.009998516, -0.0028071236, -0.0039220056, 0.008455955, -0.005747411, 0.0016475384, -0.010337904) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(-0.0059208027, -0.015290974, -0.006254967, -0.0165378, -0.0037909823, -0.040033977, -0.008331817, -0.02961234, -0.00018297827, 0.0011093871, 0.0016197663, -0.0029383614, -0.0014812988, -0.0131457755, 0.0011029083, 0.0016321373) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(-0.0038346583, 0.016275061, 0.0029488879, 0.013947819, -0.0069268756, -0.011341685, -0.0025465821, 0.0034024909, 0.01387529, -0.005967371, 0.005630042, 0.006622353, 0.0076814345, -0.01693051, -0.003810098, -0.031427417) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(0.0007029807, 0.001702773, 0.001991647, 0.01108665, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 4);
    }
    if (p.y == last.y) {
        c += vec4(-0.0019212645, -0.0019038913, -0.002479591, -0.0022324761);
        c += mat4(-0.025981992, -0.006036541, -0.026546067, -0.013319322, -0.0057078074, -0.0028902257, -0.00976844, -0.0058920877, -0.013567568, -0.0065119117, -0.018336786, -0.011829464, 0.022351883, 0.010852794, 0.021564929, 0.012727419) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(-9.5129835e-05, -0.0011568711, 0.00055775, 0.001671042, -0.027010519, -0.010668462, -0.031478286, -0.0052175247, 0.0042627878, 0.0002092556, 0.0035731979, 0.0009184249, -0.004610047, -0.00013070264, -0.003469438, 0.00017547513) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(0.0015320795, -0.00024281793, 0.0034246433, -0.0009775765, -0.020473046, -0.013738278, -0.039192677, -0.012378064, 0.055944175, 0.030316744, 0.07895, 0.046950128, 0.010162851, 0.0027729417, 0.016177146, 0.007100155) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(-0.016636614, -0.007512085, -0.016906587, -0.009462682, -0.012117445, -0.0024108961, -0.009055451, -0.007543357, -0.0012698967, -0.0015605274, -0.0069277845, -0.0022958962, 0.008454135, 0.004360087, 0.010688169, 0.0076016225) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(0.031855218, 0.0114525575, 0.048637185, 0.014580175, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.15407534, -0.078759514, -0.119482934, -0.08545868, -0.043178182, -0.031147368, -0.049381554, -0.014807418, 0.007598074, -0.008885414, 0.08661751, 0.029082054, 0.0024613068, 0.01387912, -0.1080065, -0.02658613) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(-0.024513073, -0.010178634, -0.036737543, -0.013061773, 0.033735983, 0.015449387, 0.124832995, 0.0052591553, 0.044500645, 0.026270883, 0.12555161, 0.026444336, 0.0064538564, 0.0012031902, 0.018472517, -0.022713836) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(0.0016711368, 0.009144344, -0.0009406318, 0.0062316316, -0.029132638, -0.011653792, 0.010486096, -0.0069704494, 0.040117893, 0.055558804, -0.047281764, -0.005140539, -0.012839145, -0.004857758, -0.05185262, -0.0030459885) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(-0.0071674404, -0.008844224, 0.121096276, 0.029515788, 0.013667583, -0.010344441, 0.08951111, 0.01751074, -0.0025713684, 0.0064580403, -0.03952151, -0.018873768, 0.0019277433, 0.0124101285, -0.009489724, 0.0066133672) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(0.11259798, 0.092807055, 0.07750209, 0.09046218, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.14213268, -0.16122146, -0.5787157, -0.30371052, -0.048735943, -0.061280377, -0.05113016, -0.03534082, 0.017205676, 0.022187589, -0.03652206, 0.030654587, -0.03454672, -0.026678044, -0.008398303, -0.1295726) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(-0.029247608, -0.04272751, 0.102048375, 0.010017093, 0.05261351, 0.07441028, -0.23631541, 0.0026519198, -0.016732978, 0.017657125, -0.032709602, 0.0524597, -0.01312423, -0.014380074, 0.14873359, 0.10444848) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.0054566385, 0.000101494945, 0.088935725, 0.05236109, 0.03453205, 0.0023678916, 0.07152572, 0.028656958, 0.026941858, 0.048362244, -0.04546461, -0.2021907, -0.03239581, -0.033634137, 0.075860925, 0.07616315) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.050059866, 0.033357825, -0.0076328907, 0.017367916, 0.03647894, 0.061494302, -0.051735155, 0.026005633, -0.009053123, -0.017388145, 0.105817, -0.012190571, -0.011386833, 0.0014319873, -0.10784964, -0.12691392) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.099721916, 0.10642521, -0.014462063, 0.021926614, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(-0.16840626, -0.2402624, -0.20449553, -0.0951506, -0.03841446, -0.04168346, -0.16485143, -0.03165003, -0.011806535, -0.0019397511, -0.0055053686, 0.008667172, 0.014831072, 0.0018234005, 0.0127723655, 0.00018915569) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(-0.015515691, -0.024772499, -0.0050642365, 0.034016673, 0.013793863, 0.04646663, 0.08334522, -0.0062079416, 0.009532961, 0.0063863504, 0.058919363, -0.012558771, -0.0048493766, -0.010267342, -0.023253884, -0.00054794893) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(-0.0048413994, -0.0077291513, -0.04635147, -0.030926943, 0.004185646, 0.013028699, -0.03910477, -0.023094423, 0.027694449, 0.023337599, 0.03162369, 0.034244444, -0.010247558, -0.029208686, -0.010527012, -0.03977953) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(-0.016779201, 0.014812377, -0.036643315, -0.00061011943, 0.004228899, 0.011757791, -0.013630927, -0.055083938, -0.015403365, 0.0038666306, 0.04723831, 0.07151281, -0.007071362, -0.004922351, 0.10194035, -0.07972436) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(0.07656015, 0.10764302, 0.10587383, 0.03681325, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(-0.013270926, -0.049607724, 0.004620004, -0.030137895, -0.007531163, -0.00096155057, -0.004697518, 0.089258574, -0.005217471, -0.001937262, -0.00085929857, 0.013851432, 0.0040523144, 0.0034949174, 0.004550823, -0.0005317725) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(-0.009744253, -0.013916037, -0.016381467, -0.023065891, 0.012981808, -0.018436827, 0.015537169, -0.026674852, 0.0041271495, -0.0010627432, 0.0104805045, -0.013980295, 0.0017125944, 0.0018415547, 0.0038275605, -0.0043496997) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(0.007924682, 0.018843807, 0.009580905, 0.024040671, 0.010434535, 0.01960377, 0.0035523658, 0.0067042387, -0.00025327163, -0.0017656867, 0.0021309468, -0.0025420673, -0.0026727924, -0.005667794, -0.0013645159, -0.0012152535) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(0.0027502887, -0.0060974224, 0.00020865323, -0.013072852, 0.0041334378, 0.008798637, 0.01005747, 0.009253042, -5.3025622e-05, -0.014635903, -0.0005007506, -0.015602354, 0.0037467757, -0.012590218, 0.010043113, -0.013076779) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(0.025179796, 0.024295317, 0.034415856, 0.033793915, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 4);
    }
    if (p.x == 0) {
        c += vec4(-0.00028818275, -0.00041237925, -0.00040725496, -0.00029366039);
        c += mat4(-0.036352247, -0.008521732, 0.06397509, -0.006443486, 0.0019728083, -0.026954452, -0.016957717, -0.014505623, -0.003885964, 0.0014334663, -9.598207e-05, 0.0021982063, -0.00021810182, 0.0013026876, 0.0022992003, -0.0004357222) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.004226335, -0.0051290877, -0.002884175, -0.003715311, 0.0044006356, 0.0062855175, 0.020660553, 0.005644392, -0.047980398, -0.019727288, -0.0017691209, -0.0069089117, -0.018998187, -0.011899186, -0.0068098097, -0.0058833994) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(0.0065940833, 0.013343221, 0.0031443555, 0.0073060347, 0.045483775, 0.034976114, 0.0075302976, 0.011848395, -0.003219556, -0.006016727, 0.00081594347, -0.0033532265, 0.0023773292, -0.0054478683, -0.002971311, -0.00434736) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.017441554, 0.011622178, 0.008443534, 0.008598405, 0.0074783815, 0.017196074, 0.009033199, 0.009039754, -0.009099388, -0.0029542614, -0.003419184, -0.001139015, 0.038681448, 0.0269837, 0.021504741, 0.015375856) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(0.005188699, 0.012877899, 0.009929243, 0.004384586, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(0.061886292, -0.0004828371, -0.29863277, 0.064270094, -0.00067803956, -0.026681215, 0.022078432, -0.026275313, -0.06346422, -0.010706854, -0.04711058, -0.010220168, 0.027908029, 0.007758203, 0.012750057, 0.010819316) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.049739502, 0.020510474, 0.038294688, -0.0024088537, 0.077745445, 0.042302355, -0.005482539, 0.011451422, -0.07683827, 0.0032319354, -0.12319221, -0.011418463, 0.0073228916, -0.0022220705, -0.028681073, -0.023870427) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(-0.039481882, -0.0070065935, -0.011781024, 0.009851612, 0.04409678, 0.03344315, 0.10551156, 0.04795197, 0.011462099, -0.0128232, -0.013898445, -0.004255463, 0.036831193, -0.026239777, 0.02987388, -0.012479661) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(0.012626376, 0.038337134, 0.01732435, 0.011834275, -0.07222736, 0.030013138, -0.034187563, 0.027723163, -0.014954354, -0.025271762, 0.013061024, -0.030691316, -0.00408624, 0.0123130195, -0.0071561565, -0.0057899198) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(-0.05869243, -0.07617331, -0.004264464, 0.0040796027, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(0.0662026, 0.0188992, -0.049163833, 0.02642973, -0.01941757, -0.019461095, -0.037173357, -0.027938528, -0.118123055, -0.006405198, -0.06326782, 0.00088775635, 0.12869856, -0.0025717018, 0.04115134, -0.004650948) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.02925569, 0.0055297907, 0.0953307, 0.038974345, -0.04936772, -0.020956766, 0.0030777392, -0.03200973, -0.04016197, -0.0046422603, -0.063214265, -0.035168383, -0.024107283, -0.008502633, 0.089234956, 0.040182903) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.049739145, -0.017948627, -0.009266857, -0.023426548, -0.002982364, 0.007075339, 0.035121724, 0.027191197, -0.049617354, -0.00634324, 0.014089027, -0.026154488, -0.035768643, -0.019495772, 0.06719332, -0.05293181) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.05387619, -0.006024701, -0.05672661, 0.014220645, -0.15304795, 0.05497485, -0.114738174, 0.023638936, 0.116468534, -0.040897448, 0.026340742, 4.552968e-05, 0.0017204399, -0.0054235365, -0.09484879, 0.0025892719) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.27291515, -0.08694657, -0.242252, -0.16312331, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.009876092, 0.001504431, 0.039223794, -0.0022081514, -0.031030944, -0.009511654, 0.014988885, -0.014020876, -0.0089343265, -0.017761389, -0.03911874, -0.004151238, -0.0231397, 0.0036278379, 0.057687152, -0.031099906) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(0.04581881, 0.028211446, 0.05066867, 0.061593145, 0.016061684, -0.0016442855, -0.017673565, 0.0012859853, -0.0009935312, 0.011565385, -0.020221403, 0.0045257346, 0.0021639436, -0.0058094123, -0.038955912, -0.011218127) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(-0.010835445, -0.008630676, 0.0074416897, -0.021317393, 0.008748148, 0.010797405, -0.014481355, 0.018605528, 0.016677694, 0.0037432476, -0.025201475, 0.012819498, 0.014092155, 0.012986143, -0.06755766, 0.055986006) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(0.02250513, -0.0063966806, 0.03670117, -0.044917744, -0.006835082, 0.023752028, -0.09584246, 0.07219043, 0.019281035, 0.0061258445, 0.10578054, -0.040207103, 0.043464676, 0.004975429, 0.09180817, 0.036719076) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(-0.028730351, -0.04095762, -0.113655634, -0.03899427, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(0.0007211778, -0.0016433814, 0.0005298682, -0.0041590007, -0.003001187, -0.0012198357, -0.01182264, 0.0007374038, -0.007241449, -0.0019540659, -0.009060141, -0.000856102, 0.002425548, -0.0027902501, -0.0014423266, 0.0003458079) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(0.0015024154, 0.0042889765, 0.006756347, 0.0049662855, 0.004544517, 0.0030986306, 0.008597283, 0.0037866037, 0.0028310746, 0.0036591473, 0.006965486, 0.007355198, -0.009133575, -0.004450551, -0.010132424, -0.004033636) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(-0.0006995114, -0.0006118673, -0.0028421055, 0.00020901661, -0.001050655, 0.0016335389, -0.000330725, 0.0047801044, -0.00039307628, 0.0023987957, 0.001001477, 0.0028529356, 0.006115602, 0.010735235, 0.014424322, 0.012239243) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(-0.011580246, -0.008167592, -0.023700176, -0.00700729, 0.0024617598, 0.009025031, 0.009784488, 0.009423498, 7.017437e-05, -0.0058680763, -0.0030113338, -0.009224266, 0.0056125307, 0.00012614584, 0.011583861, -0.0024787658) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(-0.0066528157, -0.0017779525, -0.008209692, -5.6816476e-05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 4);
    }
    if (p.x == last.x) {
        c += vec4(-0.002226627, -0.0024353212, -0.0022275646, -0.0024255444);
        c += mat4(-0.07711906, 0.00050680386, -0.038168624, -0.015568461, 0.0010192367, -0.00042648273, -0.0034679712, 0.0015808598, 0.005869418, 0.0027410486, 0.00580642, 0.0035174093, -0.012192109, -0.016563488, -0.015356188, -0.0073624295) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.0060332674, 0.0034961398, 0.0026592056, 0.0013407426, -0.014820493, -0.01776224, -0.005444624, -0.024066277, -0.0013702568, -0.03147197, -0.00013968268, -0.02243008, -0.00030507002, -1.780827e-05, 0.0053634606, 0.0006035853) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(0.011636036, 0.010413541, 0.009387682, 0.009896531, 0.012269032, 0.021007143, 0.0097572, 0.013554116, -0.024143022, -0.005550215, -0.01907546, -0.013554699, 0.019378832, 0.016968165, 0.012192901, 0.011516691) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.0021578893, 0.008708088, 0.0089896945, 0.0065104496, -0.023808088, -0.01987332, -0.011686002, -0.018277824, 0.011500275, 0.007452974, 0.0064939875, 0.010672509, 0.0007509142, -0.000706504, 0.00035219736, -0.0020838103) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(0.052443873, 0.029302947, 0.031953685, 0.024302835, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(-0.054614436, 0.18672638, -0.07502148, 0.11927263, -0.0120146135, -0.008241171, -0.0015994591, 0.015015942, 0.04956559, 0.032477684, 0.03319181, 0.027855352, -0.06611709, -0.12076479, -0.048171718, -0.051495593) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.006507858, 0.033875626, 0.011895651, 0.030990371, 0.0044861985, 0.06692891, 0.0011068409, -0.020285696, -0.0019359424, -0.04826773, -0.023330918, -0.07181023, 0.0057528922, 0.031655576, -0.0058216495, -0.01542181) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(0.012071254, 0.02531594, 0.013397661, 0.017679902, -0.0015903098, -0.02361852, 0.00607761, -0.038295425, -0.14380623, -0.22468694, -0.096517965, -0.09628034, -0.020579726, -0.083901234, -0.0056596426, -0.055793334) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(-0.06184359, 0.07928715, -0.033349626, 0.014841274, -0.058060452, 0.060134348, -0.028831394, -0.007912129, 0.045342345, -0.015986055, 0.023447342, -0.008229878, -0.014078642, -0.032179218, -0.0037318275, -0.0026483533) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(0.14098898, 0.13463987, 0.1233522, 0.1292183, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(-0.0635977, -0.04113959, -0.043288283, 0.014179326, -0.017733933, 0.0043599037, -0.022251105, -0.01732086, 0.00047443615, -0.090826765, 0.046404317, 0.0031821213, -0.0045373957, 0.02390629, -0.049208593, -0.12590684) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(-0.006548706, -0.03044322, 0.005581661, 0.0028037573, -0.032101713, -0.039177336, 0.0036847764, 0.055084776, -0.0015474888, -0.026636971, 0.013875648, -0.04336232, -0.031375393, -0.029198838, -0.010312672, 0.06708395) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.018411936, 0.013129516, 1.4107245e-05, 0.05699204, -0.013119459, -0.017357271, -0.01796968, -0.008683511, -0.33087504, -0.33887547, -0.33909464, -0.365501, -0.046949815, 0.12482739, -0.07327782, 0.019044675) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(-0.07143535, -0.009578723, -0.0703083, 0.035850912, -0.073102914, 0.2088193, -0.07341397, 0.17336969, 0.10301877, -0.15906596, 0.07690538, -0.09802997, 0.0027551611, -0.03854409, -0.012696666, -0.044223223) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.087143704, -0.034505073, 0.10793772, -0.0003176187, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.0101908725, 0.021472063, 0.011293953, 0.023993423, 0.003290486, -0.018265046, 0.004901671, 0.009479849, -0.003212202, -0.0119898785, -0.016225733, -0.085036464, -0.021479532, 0.0070132674, -0.009243968, 0.044899695) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(-0.019609021, -0.01724624, -0.012486824, -0.017622285, 0.014021663, 0.011270651, 0.011909596, 0.011888951, 0.004955784, 0.0025778543, -0.008839277, 0.006463174, -0.017109528, -0.006119477, -0.04026411, -0.06345009) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(-0.023008743, -0.050665397, -0.009121322, -0.0874045, -0.01238439, 0.01779695, -0.007917268, 0.013282575, -0.21566044, -0.20290463, -0.2921875, -0.37695187, -0.044213597, -0.020241752, -0.04127239, 0.07864923) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(-0.047386087, -0.028707463, -0.06175714, -0.028765565, -0.03242109, 0.00638197, -0.05992229, 0.13157618, 0.020670911, -0.08163203, 0.078587115, -0.16162112, -0.021884775, -0.018944832, -0.023411335, -0.06370386) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.13539538, 0.13099347, 0.12313632, 0.119301595, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(0.0015843869, 0.0017909039, 0.004208598, 0.006673742, 0.0014945649, -0.0018527373, -0.0007516271, -0.018336652, 0.0057122684, 0.0144450795, 0.008233193, 0.015418469, -0.017955119, -0.032106873, -0.024394419, -0.028421191) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(0.0019324323, 0.0037054818, 0.0002874227, 0.0024722572, 0.0032229363, 0.0019239894, 0.0029833997, -0.00801164, -0.00013058264, -0.00096019084, 0.0004438962, -0.0031444707, -0.005867944, -0.008920284, -0.0015075185, 0.0010470604) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(0.0017602355, 0.0096427165, -0.0021710393, 0.011295698, -0.012411808, -0.00777554, -0.015428563, -0.0028565358, -0.057339095, -0.05825933, -0.0763928, -0.07405001, -0.010182692, -0.010293695, -0.010110871, -0.012826577) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(-0.0017400593, -0.003175155, -0.0011997271, 0.004937824, -0.00571892, -0.009126784, 0.0015740156, -0.016929353, 0.0027887633, 0.01710577, -0.012836732, 0.0023788388, 0.0070797666, 0.011059723, 0.007237404, 0.014845576) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(0.03354703, 0.031664442, 0.053230017, 0.03532324, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 4);
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.0018137651, 0.0022014552, 0.0017004517, 0.0021927499);
        c -= mat4(0.013650427, -0.006199696, 0.000106689666, 0.0013822219, -0.008282217, 0.007131131, 0.0052369926, -0.0042637507, -0.042054072, -0.024995396, -0.011824328, -0.016034368, 0.048820555, 0.012812084, 0.0036654463, 0.01325916) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.02280081, 0.0057621426, -0.0018734661, -0.0033667802, -0.005859778, 0.0018860775, -0.00039315652, -0.0020690223, 0.0007335936, 0.008650344, 0.00035204232, 0.002490836, -0.029013228, -0.03126421, -0.0061783264, -0.010143704) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.008018944, -0.0019117, -0.0023156153, -0.00024753442, -0.02017717, -0.006756089, -0.0072605335, -0.006406357, -0.009777344, -0.0076086386, 6.892049e-05, -0.0044186087, -0.043538053, 0.017174518, 0.0021657613, -0.0066109532) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.030807942, -0.021710755, -0.0052552037, -0.0020240338, -0.055043187, 0.0070543066, 0.0016035993, -0.00856237, 0.05428261, 0.012073525, 0.0051366338, 0.016001191, 0.010208944, -0.0018171364, 0.0005153439, 0.0029912887) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.06145998, -0.035608307, -0.016407117, -0.02299172, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0032491572, 0.000670455, 0.00091232784, 0.00055194326);
        c -= mat4(-0.0060891355, 0.0026342075, -0.0030572927, 0.00233534, -0.005900492, 0.027968217, -0.0025156885, 0.018597694, -0.004512235, 0.029529873, 0.0008531485, 0.025959376, 0.004493905, -0.054699425, -0.0026771938, -0.051605362) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.010976571, 0.0007690987, -0.005726125, 0.0015679251, -0.009848225, 0.0011278521, -0.0075528664, -0.0037762462, -0.0013758246, 0.011807409, 0.00028877964, 0.0044256793, -0.0021451355, 0.030176895, 0.0036857715, 0.03580267) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.018284487, -0.011029921, 0.008872544, -0.0036163782, 0.0067663332, -0.007727174, 0.0030977777, -0.0036833612, -0.033026114, 0.048142053, -0.016270973, -0.034051675, -0.019919282, -0.0024331314, -0.011140744, -0.013079164) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(-0.01545634, 0.04092129, 0.0002907457, 0.04541212, -0.037227537, 0.071992196, -0.011623214, 0.052209917, 0.087292776, -0.08064172, 0.03768487, -0.041860264, -0.0046355566, -0.04553114, -0.0067573637, -0.030227732) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.053863756, -0.034063794, -0.04252909, -0.049582265, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.0024379357, 0.00063941587, 0.005373338, 0.0011188755);
        c -= mat4(-0.04167659, -0.00029715375, -0.05666691, -0.040104885, -0.021645831, -0.0049536466, -0.019682355, 0.0064915363, -0.006934095, -0.0018737083, -0.006413806, -0.001622468, -0.003210128, -0.0009804307, -0.008941213, -0.002944352) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.007947466, 0.0016446301, 0.0124240955, 0.0015335886, -0.02652638, -0.016737713, -0.04839151, -0.019380474, -0.024804518, -0.010594627, -0.045129284, -0.009655027, 0.006739685, 0.0017042935, 0.010428433, 0.002091002) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.0045724935, 0.0038365105, 0.0067113973, 0.0049116015, 0.03540717, 0.017539386, 0.05122638, 0.019605113, -0.0038680711, -0.001500866, -0.0076428014, -0.0064730076, -0.0008462739, -0.0011655517, -0.00068438106, -0.0040661623) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.0003317922, -0.0020773183, -0.0021640428, 0.000103413004, -0.0044895257, 0.0018989232, -0.0075506074, -0.0005034643, -0.0099721365, -0.010062685, -0.01848432, -0.004410722, -0.00826113, -0.005552407, -0.019513918, -0.012268486) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.011182659, -0.0064175706, -0.024987284, -0.012811416, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0018193985, 0.0015040024, 0.002268867, 0.0040754625);
        c -= mat4(-0.045248676, -0.06064097, -0.019476773, 0.01347145, -0.009628667, -0.01421082, -0.010377483, -0.029280901, -0.0046841777, -0.0046481136, -4.5955032e-05, 0.011845471, 0.00075287366, -0.00014157007, -0.0117336605, -0.077848434) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.0016698982, 0.0011828231, 0.00019726428, 0.0048542907, 0.004737286, 0.011984194, 0.0190967, 0.08644409, -0.0019775417, -0.001694164, -0.0040406785, 0.008691335, -0.00033558803, 0.006341899, 0.0019494868, 0.04487365) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.011185859, 0.016229795, 0.0138429515, 0.025363231, 0.005607657, -0.006436995, 0.008322068, 0.0062120734, 0.013061335, 0.024716485, -0.021333978, -0.10712664, -0.0026881625, -0.0024170664, -0.013111741, -0.0037358417) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(-0.0032866246, -0.0041223094, 0.00542384, 0.04366283, -0.0034951014, 0.0017307412, 0.006624082, 0.03927963, 0.013212169, 0.014540559, 0.014766554, 0.0055327513, 0.0021479789, 0.0023596364, -0.0032407404, -0.019891148) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.017867878, 0.02970378, 0.013991891, 0.016369473, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 4);
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
        vec4 x0 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 240] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 480] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F16_DS_L4_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 720] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
        vec4 x4 = vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0);
        tile[i + 960] = inside ? uvec2(packHalf2x16(x4.xy), packHalf2x16(x4.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 20 + local.x;
    vec4 a0_0 = vec4(0.00014482258, 5.7791884e-05, 0.00010466806, 6.868149e-05);
    HVEC4 s0_0;
    {   // tap (-2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 240));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 480));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 720));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 960));
        s0_0 = HVEC4(-0.00023710728, -0.00048041344, 0.0059165955, -0.0019950867) * v0_0.x;
        s0_0 += HVEC4(-0.0013179779, -0.0011205673, 0.0005555153, 0.00085639954) * v0_0.y;
        s0_0 += HVEC4(0.004272461, -0.0004119873, 0.0012664795, 5.4061413e-05) * v0_0.z;
        s0_0 += HVEC4(-0.004962921, -0.0009365082, -0.0029201508, -0.00020813942) * v0_0.w;
        s0_0 += HVEC4(-0.0019083023, 0.00027942657, -0.0016355515, 0.00022232533) * v0_1.x;
        s0_0 += HVEC4(0.0020561218, 0.0015954971, -0.0056381226, 0.00055742264) * v0_1.y;
        s0_0 += HVEC4(-0.0052871704, -0.0015573502, -0.0040740967, -0.0027694702) * v0_1.z;
        s0_0 += HVEC4(0.005706787, 0.004119873, -0.0011081696, -0.0013790131) * v0_1.w;
        s0_0 += HVEC4(-0.0010480881, -0.0007047653, 0.00018954277, 0.00019156933) * v0_2.x;
        s0_0 += HVEC4(-0.009895325, -0.0050239563, -0.0040626526, -0.005744934) * v0_2.y;
        s0_0 += HVEC4(-0.008346558, -0.0007100105, -0.006061554, -0.002872467) * v0_2.z;
        s0_0 += HVEC4(-0.00024580956, 0.0010271072, -0.00064754486, -0.00039434433) * v0_2.w;
        s0_0 += HVEC4(0.00089120865, 0.0006971359, 0.0029964447, 0.00024175644) * v0_3.x;
        s0_0 += HVEC4(0.0029277802, -0.0009331703, 0.002532959, -0.0004620552) * v0_3.y;
        s0_0 += HVEC4(0.002128601, 9.5665455e-05, 0.000644207, 0.001250267) * v0_3.z;
        s0_0 += HVEC4(-0.0027446747, -0.00048708916, -0.002588272, -0.0017328262) * v0_3.w;
        s0_0 += HVEC4(-0.013435364, -0.004486084, -0.006198883, -0.0015592575) * v0_4.x;
    }
    {   // tap (-1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 241));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 481));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 721));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 961));
        s0_0 += HVEC4(-0.0024108887, 0.0231781, 0.0046691895, -0.01953125) * v0_0.x;
        s0_0 += HVEC4(0.0015325546, 0.0013036728, -0.0010299683, 0.00035333633) * v0_0.y;
        s0_0 += HVEC4(0.0016298294, 0.009292603, 0.003364563, 0.0032920837) * v0_0.z;
        s0_0 += HVEC4(0.0022602081, -0.0036296844, -0.00097465515, -0.0016450882) * v0_0.w;
        s0_0 += HVEC4(-0.001080513, -0.0017642975, 0.00051259995, -0.001127243) * v0_1.x;
        s0_0 += HVEC4(-0.00071907043, -0.0021305084, -0.0054512024, -0.0067100525) * v0_1.y;
        s0_0 += HVEC4(-0.004047394, 0.00072336197, 0.010696411, 0.006313324) * v0_1.z;
        s0_0 += HVEC4(-0.0014743805, 0.001335144, 0.00017809868, -0.0029582977) * v0_1.w;
        s0_0 += HVEC4(0.002105713, -0.0042648315, -0.0016479492, -0.00024724007) * v0_2.x;
        s0_0 += HVEC4(0.047088623, 0.019851685, -0.0037899017, 0.007457733) * v0_2.y;
        s0_0 += HVEC4(-0.0045661926, 0.007293701, -0.005138397, -0.0032405853) * v0_2.z;
        s0_0 += HVEC4(-0.001364708, -0.0040359497, -0.0002808571, -0.0007805824) * v0_2.w;
        s0_0 += HVEC4(-0.005104065, -0.0037822723, 0.0027256012, 0.0008263588) * v0_3.x;
        s0_0 += HVEC4(-0.008270264, 0.0058555603, -0.0025405884, 0.0046463013) * v0_3.y;
        s0_0 += HVEC4(0.0022068024, -0.0007753372, 0.005393982, 0.00023829937) * v0_3.z;
        s0_0 += HVEC4(0.0087509155, 0.0018482208, 0.0044670105, 0.00089740753) * v0_3.w;
        s0_0 += HVEC4(0.006629944, -0.012542725, 0.00049495697, -0.004463196) * v0_4.x;
    }
    {   // tap (0, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 242));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 482));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 722));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 962));
        s0_0 += HVEC4(-0.041290283, 0.03543091, -0.0017299652, -0.008132935) * v0_0.x;
        s0_0 += HVEC4(0.015350342, -7.593632e-05, -0.00082588196, -0.0044059753) * v0_0.y;
        s0_0 += HVEC4(0.004196167, -0.002998352, -0.004398346, -0.0045547485) * v0_0.z;
        s0_0 += HVEC4(0.0005068779, 0.0023555756, 0.0010643005, -0.00014638901) * v0_0.w;
        s0_0 += HVEC4(-0.006477356, -0.0065231323, -0.00541687, -0.0036315918) * v0_1.x;
        s0_0 += HVEC4(-0.022415161, -0.021759033, -0.018371582, -0.01826477) * v0_1.y;
        s0_0 += HVEC4(0.036010742, -0.017944336, 0.015899658, -0.0026721954) * v0_1.z;
        s0_0 += HVEC4(-0.005432129, -0.0015563965, 0.00042510033, 0.0031318665) * v0_1.w;
        s0_0 += HVEC4(0.006248474, 0.01171875, 0.006931305, 0.005844116) * v0_2.x;
        s0_0 += HVEC4(0.07293701, 0.07635498, 0.026901245, 0.02545166) * v0_2.y;
        s0_0 += HVEC4(0.0016317368, -0.0035171509, 0.0018987656, -0.0016841888) * v0_2.z;
        s0_0 += HVEC4(-0.009231567, 0.0019874573, -0.0015144348, 0.004371643) * v0_2.w;
        s0_0 += HVEC4(-0.0013036728, 4.6551228e-05, -0.0015106201, 0.0012130737) * v0_3.x;
        s0_0 += HVEC4(0.0028839111, -0.010566711, 0.0068855286, -0.011421204) * v0_3.y;
        s0_0 += HVEC4(-0.011993408, 0.0033512115, -0.004070282, 0.005264282) * v0_3.z;
        s0_0 += HVEC4(0.0074806213, 0.0010499954, 0.017974854, 0.0036582947) * v0_3.w;
        s0_0 += HVEC4(0.02217102, 0.017990112, 0.012161255, 0.007965088) * v0_4.x;
    }
    {   // tap (1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 3));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 243));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 483));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 723));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 963));
        s0_0 += HVEC4(0.0062789917, -0.043914795, 0.019241333, 0.009231567) * v0_0.x;
        s0_0 += HVEC4(-0.014350891, 0.012916565, -0.022323608, 0.012481689) * v0_0.y;
        s0_0 += HVEC4(-0.00086307526, 0.0070724487, -0.0032310486, -0.0037021637) * v0_0.z;
        s0_0 += HVEC4(0.002363205, 0.0016546249, 0.0018091202, 0.001958847) * v0_0.w;
        s0_0 += HVEC4(0.0010900497, -0.00077962875, -0.0009860992, -0.0031700134) * v0_1.x;
        s0_0 += HVEC4(0.0039100647, 0.0047454834, 0.00080919266, -0.0052871704) * v0_1.y;
        s0_0 += HVEC4(0.008987427, 0.055877686, -0.004283905, 0.009796143) * v0_1.z;
        s0_0 += HVEC4(0.0047302246, -0.006061554, 0.003019333, -0.00045466423) * v0_1.w;
        s0_0 += HVEC4(-0.0027885437, -0.0029850006, -0.00054359436, 0.00047779083) * v0_2.x;
        s0_0 += HVEC4(-0.0028705597, -0.022109985, -0.020492554, -0.008110046) * v0_2.y;
        s0_0 += HVEC4(-0.0003092289, 0.005332947, 0.0010070801, 0.0028133392) * v0_2.z;
        s0_0 += HVEC4(0.0041275024, -0.007156372, 0.0045204163, 0.0016555786) * v0_2.w;
        s0_0 += HVEC4(0.0006122589, -0.0032863617, 0.0012798309, -0.0045776367) * v0_3.x;
        s0_0 += HVEC4(-0.0024490356, -0.0015563965, 0.0004453659, 0.002149582) * v0_3.y;
        s0_0 += HVEC4(0.0035991669, -0.0074310303, 0.0033874512, -0.0025997162) * v0_3.z;
        s0_0 += HVEC4(0.00047302246, 0.019302368, -0.0018148422, 0.0036182404) * v0_3.w;
        s0_0 += HVEC4(-0.005153656, 0.010292053, -0.0019130707, 0.0043296814) * v0_4.x;
    }
    {   // tap (2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 4));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 244));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 484));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 724));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 964));
        s0_0 += HVEC4(-0.0021858215, -0.00504303, 0.0009431839, 0.0026683807) * v0_0.x;
        s0_0 += HVEC4(-0.0053710938, -0.013473511, -0.0005836487, -0.012878418) * v0_0.y;
        s0_0 += HVEC4(0.0034751892, 0.0060195923, 0.0023422241, 0.001168251) * v0_0.z;
        s0_0 += HVEC4(-0.0041236877, -0.004295349, -0.0018091202, -0.0021247864) * v0_0.w;
        s0_0 += HVEC4(0.00058841705, 0.003074646, 0.00035881996, 0.00198555) * v0_1.x;
        s0_0 += HVEC4(0.0018796921, -0.0027503967, -0.00054216385, 0.0005249977) * v0_1.y;
        s0_0 += HVEC4(-0.007980347, 0.004398346, -0.0043678284, -0.003293991) * v0_1.z;
        s0_0 += HVEC4(0.00096845627, 0.004257202, -0.0010023117, 0.0028629303) * v0_1.w;
        s0_0 += HVEC4(-0.0021362305, -0.0053482056, -0.00093364716, -0.0030727386) * v0_2.x;
        s0_0 += HVEC4(0.0007596016, -0.010292053, 0.0033817291, -0.010688782) * v0_2.y;
        s0_0 += HVEC4(0.00056648254, 0.0011558533, -6.4730644e-05, 0.00061511993) * v0_2.z;
        s0_0 += HVEC4(0.0018796921, 0.00059366226, 0.0011177063, 0.004070282) * v0_2.w;
        s0_0 += HVEC4(0.0022296906, -0.005760193, -0.00071144104, -0.0008673668) * v0_3.x;
        s0_0 += HVEC4(-0.00060129166, 0.0001834631, 0.00030589104, 0.00018644333) * v0_3.y;
        s0_0 += HVEC4(0.00017416477, 0.0015010834, -0.001666069, -0.0005068779) * v0_3.z;
        s0_0 += HVEC4(-0.006713867, -0.018814087, -0.0010023117, -0.009719849) * v0_3.w;
        s0_0 += HVEC4(-0.01020813, -0.01134491, -0.0048103333, -0.0064735413) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 20));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 260));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 500));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 740));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 980));
        s0_0 = HVEC4(0.016143799, 0.0112838745, -0.010231018, 0.0011501312) * v0_0.x;
        s0_0 += HVEC4(-0.00019204617, -0.0005168915, -7.086992e-05, -0.0025081635) * v0_0.y;
        s0_0 += HVEC4(0.010505676, 0.0008802414, 0.007183075, -0.0004413128) * v0_0.z;
        s0_0 += HVEC4(-0.0121536255, -0.0022792816, -0.0077209473, -0.0019311905) * v0_0.w;
        s0_0 += HVEC4(0.0053520203, 0.002231598, 0.0037841797, 0.0015869141) * v0_1.x;
        s0_0 += HVEC4(-0.009750366, -0.00027441978, 0.01461792, 0.0049972534) * v0_1.y;
        s0_0 += HVEC4(-0.0008945465, 0.000118374825, 0.006088257, 0.002231598) * v0_1.z;
        s0_0 += HVEC4(-0.01360321, -0.0018386841, 0.008178711, 0.00793457) * v0_1.w;
        s0_0 += HVEC4(-0.001824379, -0.00415802, 0.0030498505, -0.0018348694) * v0_2.x;
        s0_0 += HVEC4(-0.031311035, -0.05105591, 7.408857e-05, -0.03289795) * v0_2.y;
        s0_0 += HVEC4(-0.011314392, -0.0039520264, -0.023788452, 0.015281677) * v0_2.z;
        s0_0 += HVEC4(0.0021133423, 0.0032997131, -0.0066604614, -0.0015239716) * v0_2.w;
        s0_0 += HVEC4(0.004764557, -0.0016517639, 0.003917694, 0.0014410019) * v0_3.x;
        s0_0 += HVEC4(-0.0024223328, 5.9843063e-05, -0.0012264252, 0.00052785873) * v0_3.y;
        s0_0 += HVEC4(0.002981186, 0.0011148453, 0.0067710876, 0.0010213852) * v0_3.z;
        s0_0 += HVEC4(0.0020885468, 0.00085163116, 0.0006775856, 0.00021588802) * v0_3.w;
        s0_0 += HVEC4(0.0056610107, 0.0012149811, -0.015838623, -0.00868988) * v0_4.x;
    }
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 21));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 261));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 501));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 741));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 981));
        s0_0 += HVEC4(-0.016036987, 0.041107178, -0.1048584, 0.012641907) * v0_0.x;
        s0_0 += HVEC4(-0.0024032593, 0.0006227493, 0.00017356873, 0.0027675629) * v0_0.y;
        s0_0 += HVEC4(-0.08062744, -0.020263672, -0.016159058, 0.0079574585) * v0_0.z;
        s0_0 += HVEC4(0.06329346, 0.018051147, 0.021987915, -0.0011491776) * v0_0.w;
        s0_0 += HVEC4(0.0107803345, 0.0011520386, -0.011138916, -0.006023407) * v0_1.x;
        s0_0 += HVEC4(-0.010314941, -0.012931824, 0.028564453, -0.0023612976) * v0_1.y;
        s0_0 += HVEC4(-0.01663208, 0.005004883, 0.008430481, 0.010269165) * v0_1.z;
        s0_0 += HVEC4(0.038482666, -0.02470398, 0.0016641617, 0.003206253) * v0_1.w;
        s0_0 += HVEC4(-0.009422302, 0.004081726, 0.020736694, 0.0103302) * v0_2.x;
        s0_0 += HVEC4(0.034851074, 0.092285156, -0.022705078, 0.022109985) * v0_2.y;
        s0_0 += HVEC4(0.035614014, 0.041900635, -0.026992798, 0.01373291) * v0_2.z;
        s0_0 += HVEC4(0.039489746, 0.02003479, 0.0029525757, -0.011428833) * v0_2.w;
        s0_0 += HVEC4(-0.003124237, -0.010063171, -0.0032978058, 0.006942749) * v0_3.x;
        s0_0 += HVEC4(0.004787445, 0.01058197, -0.025817871, 0.001660347) * v0_3.y;
        s0_0 += HVEC4(3.1411648e-05, -0.007446289, -0.009437561, 0.0024280548) * v0_3.z;
        s0_0 += HVEC4(-0.006729126, 0.0071487427, 0.006122589, 0.004711151) * v0_3.w;
        s0_0 += HVEC4(0.12023926, 0.07116699, 0.059448242, 0.021560669) * v0_4.x;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 22));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 262));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 502));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 742));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 982));
        s0_0 += HVEC4(0.25463867, -0.4350586, 0.16589355, 0.21826172) * v0_0.x;
        s0_0 += HVEC4(0.025817871, -0.010803223, 0.023910522, -0.006919861) * v0_0.y;
        s0_0 += HVEC4(-0.115234375, -0.1784668, -0.024169922, -0.04208374) * v0_0.z;
        s0_0 += HVEC4(0.08691406, 0.12731934, 0.030639648, 0.038360596) * v0_0.w;
        s0_0 += HVEC4(-0.050994873, 0.015556335, -0.015312195, -0.004173279) * v0_1.x;
        s0_0 += HVEC4(-0.2709961, -0.19360352, 0.18798828, 0.18359375) * v0_1.y;
        s0_0 += HVEC4(-0.028533936, -0.17956543, 0.10290527, -0.022018433) * v0_1.z;
        s0_0 += HVEC4(0.049194336, 0.11584473, -0.013504028, -0.007835388) * v0_1.w;
        s0_0 += HVEC4(0.10510254, 0.03201294, 0.03781128, 0.04498291) * v0_2.x;
        s0_0 += HVEC4(0.056152344, 0.07946777, 0.12475586, 0.03152466) * v0_2.y;
        s0_0 += HVEC4(-0.013015747, -0.06781006, -0.004348755, -0.025756836) * v0_2.z;
        s0_0 += HVEC4(0.01474762, 0.10321045, -0.0018501282, 0.006965637) * v0_2.w;
        s0_0 += HVEC4(-0.06185913, -0.11022949, -0.028152466, 0.0019130707) * v0_3.x;
        s0_0 += HVEC4(0.05819702, -0.056915283, -0.005722046, 0.015792847) * v0_3.y;
        s0_0 += HVEC4(-0.006477356, 0.016159058, 0.0067329407, -0.016815186) * v0_3.z;
        s0_0 += HVEC4(0.107543945, -0.004245758, -0.0025558472, -0.0011463165) * v0_3.w;
        s0_0 += HVEC4(0.14501953, 0.13891602, 0.0803833, 0.08111572) * v0_4.x;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 23));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 263));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 503));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 743));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 983));
        s0_0 += HVEC4(-0.022735596, 0.1182251, -0.032104492, -0.030426025) * v0_0.x;
        s0_0 += HVEC4(-0.24853516, 0.111083984, -0.07702637, 0.011177063) * v0_0.y;
        s0_0 += HVEC4(-0.027450562, -0.03302002, -0.010887146, -0.020523071) * v0_0.z;
        s0_0 += HVEC4(0.025253296, 0.021469116, 0.013710022, 0.02909851) * v0_0.w;
        s0_0 += HVEC4(-0.002407074, -0.05545044, 0.00920105, -0.0047683716) * v0_1.x;
        s0_0 += HVEC4(0.014122009, -0.053497314, 0.014221191, 0.062683105) * v0_1.y;
        s0_0 += HVEC4(0.18029785, 0.20690918, 0.12597656, 0.20507812) * v0_1.z;
        s0_0 += HVEC4(-0.0073509216, -0.01776123, 0.000770092, -0.00016450882) * v0_1.w;
        s0_0 += HVEC4(-0.005252838, 0.060058594, -0.013946533, 0.007247925) * v0_2.x;
        s0_0 += HVEC4(-0.05569458, -0.0871582, -0.017608643, -0.017608643) * v0_2.y;
        s0_0 += HVEC4(-0.0061683655, 0.0076522827, -0.00705719, 0.00737381) * v0_2.z;
        s0_0 += HVEC4(0.008743286, -0.026428223, 0.0016098022, -0.012062073) * v0_2.w;
        s0_0 += HVEC4(0.012664795, 0.03942871, -0.015960693, -0.008880615) * v0_3.x;
        s0_0 += HVEC4(-0.010147095, 0.004211426, -0.004295349, 0.0047950745) * v0_3.y;
        s0_0 += HVEC4(0.011741638, -0.010421753, -0.0032730103, -0.006072998) * v0_3.z;
        s0_0 += HVEC4(0.056762695, -0.19348145, -0.0067596436, 0.017166138) * v0_3.w;
        s0_0 += HVEC4(0.07824707, 0.11743164, 0.037841797, 0.066589355) * v0_4.x;
    }
    {   // tap (2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 24));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 264));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 504));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 744));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 984));
        s0_0 += HVEC4(0.0043525696, -0.004878998, -0.0044021606, -0.022766113) * v0_0.x;
        s0_0 += HVEC4(-0.008255005, 0.10882568, -0.008720398, 0.007686615) * v0_0.y;
        s0_0 += HVEC4(-5.6564808e-05, -0.0007891655, 0.0008087158, 0.00082731247) * v0_0.z;
        s0_0 += HVEC4(0.0020008087, 0.0077934265, 0.001080513, 0.0027999878) * v0_0.w;
        s0_0 += HVEC4(0.006958008, 0.0018520355, 0.0034770966, 0.006214142) * v0_1.x;
        s0_0 += HVEC4(-0.008964539, -0.0074768066, 0.002336502, -0.0012130737) * v0_1.y;
        s0_0 += HVEC4(0.022735596, 0.04498291, 0.018722534, 0.04498291) * v0_1.z;
        s0_0 += HVEC4(0.002035141, -0.0010728836, 0.0023422241, 0.0025043488) * v0_1.w;
        s0_0 += HVEC4(0.008483887, 0.008163452, 0.0018587112, -0.0045700073) * v0_2.x;
        s0_0 += HVEC4(-0.015808105, -0.045166016, -0.022277832, -0.030227661) * v0_2.y;
        s0_0 += HVEC4(-0.00026082993, -0.001996994, -0.000344038, 0.0008687973) * v0_2.z;
        s0_0 += HVEC4(8.9764595e-05, 0.009506226, 0.00018787384, 0.0013933182) * v0_2.w;
        s0_0 += HVEC4(-0.004749298, -0.0008339882, -0.0045547485, -0.0056915283) * v0_3.x;
        s0_0 += HVEC4(-0.0027256012, -0.0074424744, -0.0041923523, -0.006843567) * v0_3.y;
        s0_0 += HVEC4(0.003522873, 0.009063721, 0.0028190613, 0.00894165) * v0_3.z;
        s0_0 += HVEC4(-0.014968872, 0.02017212, -0.015716553, -0.0025463104) * v0_3.w;
        s0_0 += HVEC4(0.008407593, 0.029037476, -0.001578331, 0.0044555664) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 40));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 280));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 520));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 760));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1000));
        s0_0 = HVEC4(-0.0038375854, 0.0018854141, 0.007820129, 0.006149292) * v0_0.x;
        s0_0 += HVEC4(0.00070524216, 0.0005841255, -0.00088500977, 0.0010719299) * v0_0.y;
        s0_0 += HVEC4(0.0020370483, -0.0071258545, -0.007255554, -0.008811951) * v0_0.z;
        s0_0 += HVEC4(0.0022640228, 0.00843811, 0.0038375854, 0.0059280396) * v0_0.w;
        s0_0 += HVEC4(-0.00068569183, 0.0008225441, -0.0025501251, 0.0008673668) * v0_1.x;
        s0_0 += HVEC4(-0.000813961, -0.00010019541, -0.002380371, -0.0007853508) * v0_1.y;
        s0_0 += HVEC4(0.0031356812, 0.0030231476, -0.0051345825, 0.0017566681) * v0_1.z;
        s0_0 += HVEC4(0.0062561035, 0.005580902, -0.01272583, -0.009132385) * v0_1.w;
        s0_0 += HVEC4(-0.0041160583, 0.00021529198, -0.0025463104, -0.0049743652) * v0_2.x;
        s0_0 += HVEC4(-0.026901245, -0.016342163, -0.087768555, -0.03414917) * v0_2.y;
        s0_0 += HVEC4(0.06549072, -0.021270752, 0.05581665, 0.005279541) * v0_2.z;
        s0_0 += HVEC4(-0.0066947937, 0.00058984756, 0.0038776398, 0.004798889) * v0_2.w;
        s0_0 += HVEC4(-0.00497818, -0.007621765, -0.014633179, -0.006679535) * v0_3.x;
        s0_0 += HVEC4(-0.010154724, 0.0021877289, -0.006549835, 0.00092315674) * v0_3.y;
        s0_0 += HVEC4(-0.0069389343, 0.00048828125, -0.005947113, 0.00012290478) * v0_3.z;
        s0_0 += HVEC4(0.00056409836, 5.1677227e-05, 0.00017285347, 0.0021533966) * v0_3.w;
        s0_0 += HVEC4(0.029556274, 0.019424438, 0.030715942, 0.018463135) * v0_4.x;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 41));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 281));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 521));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 761));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1001));
        s0_0 += HVEC4(-0.02748108, -0.014907837, 0.13122559, -0.0055656433) * v0_0.x;
        s0_0 += HVEC4(0.00031161308, 0.001455307, 0.0013551712, 0.000702858) * v0_0.y;
        s0_0 += HVEC4(-0.103149414, -0.023239136, -0.19238281, -0.062927246) * v0_0.z;
        s0_0 += HVEC4(0.09820557, 0.014175415, 0.15710449, 0.04421997) * v0_0.w;
        s0_0 += HVEC4(0.029800415, -0.008926392, 0.021224976, -0.0045204163) * v0_1.x;
        s0_0 += HVEC4(-0.011299133, 0.00844574, -0.009147644, -0.003627777) * v0_1.y;
        s0_0 += HVEC4(0.0034694672, 0.002696991, -0.032043457, -0.0038604736) * v0_1.z;
        s0_0 += HVEC4(0.07775879, 0.0107421875, -0.07122803, 0.011772156) * v0_1.w;
        s0_0 += HVEC4(0.017547607, 0.01776123, -0.06414795, 0.013587952) * v0_2.x;
        s0_0 += HVEC4(-0.006175995, 0.026382446, 0.045166016, 0.04260254) * v0_2.y;
        s0_0 += HVEC4(-0.33422852, 0.22253418, 0.16662598, -0.27075195) * v0_2.z;
        s0_0 += HVEC4(-0.048065186, 0.011405945, 0.08642578, 0.01979065) * v0_2.w;
        s0_0 += HVEC4(-0.029953003, -0.010368347, -0.12322998, -0.018554688) * v0_3.x;
        s0_0 += HVEC4(0.043792725, 0.009666443, 0.05822754, 0.011978149) * v0_3.y;
        s0_0 += HVEC4(-0.007850647, -0.036132812, 0.003522873, -0.027252197) * v0_3.z;
        s0_0 += HVEC4(-0.0017967224, 0.015457153, -0.009567261, 0.0103302) * v0_3.w;
        s0_0 += HVEC4(0.15710449, 0.105163574, 0.15319824, 0.100097656) * v0_4.x;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 42));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 282));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 522));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 762));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1002));
        s0_0 += HVEC4(0.119018555, 0.11328125, -0.37573242, 0.11407471) * v0_0.x;
        s0_0 += HVEC4(0.04159546, 0.0033245087, 0.045288086, -0.0016641617) * v0_0.y;
        s0_0 += HVEC4(0.30541992, 0.04437256, 0.047668457, -0.21850586) * v0_0.z;
        s0_0 += HVEC4(-0.27124023, -0.037261963, -0.061584473, 0.18395996) * v0_0.w;
        s0_0 += HVEC4(0.050750732, 0.1796875, -0.101989746, 0.0680542) * v0_1.x;
        s0_0 += HVEC4(-0.022994995, -0.043121338, 0.13708496, 0.080322266) * v0_1.y;
        s0_0 += HVEC4(-0.19714355, -0.11578369, -0.23303223, -0.2536621) * v0_1.z;
        s0_0 += HVEC4(0.15820312, 0.21289062, -0.16687012, -0.25708008) * v0_1.w;
        s0_0 += HVEC4(-0.20959473, -0.13061523, -0.066101074, -0.19152832) * v0_2.x;
        s0_0 += HVEC4(-0.09863281, -0.10559082, -0.0012025833, -0.028274536) * v0_2.y;
        s0_0 += HVEC4(0.0035495758, 0.06793213, -0.03933716, 0.053466797) * v0_2.z;
        s0_0 += HVEC4(0.08392334, -0.22546387, -0.22888184, -0.014434814) * v0_2.w;
        s0_0 += HVEC4(-0.06945801, 0.24707031, 0.29296875, -0.11151123) * v0_3.x;
        s0_0 += HVEC4(0.25634766, -0.23962402, 0.24035645, -0.26635742) * v0_3.y;
        s0_0 += HVEC4(-0.27197266, 0.25732422, -0.1928711, 0.17456055) * v0_3.z;
        s0_0 += HVEC4(0.06591797, -0.026763916, 0.18103027, -0.0042152405) * v0_3.w;
        s0_0 += HVEC4(0.17797852, 0.17822266, 0.18151855, 0.17114258) * v0_4.x;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 43));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 283));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 523));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 763));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1003));
        s0_0 += HVEC4(-0.009414673, -0.04650879, 0.009376526, 0.0068359375) * v0_0.x;
        s0_0 += HVEC4(-0.121276855, 0.034301758, -0.28759766, 0.13452148) * v0_0.y;
        s0_0 += HVEC4(0.04486084, 0.1665039, 0.010353088, 0.09387207) * v0_0.z;
        s0_0 += HVEC4(-0.028625488, -0.13098145, 0.00019097328, -0.091918945) * v0_0.w;
        s0_0 += HVEC4(-0.2006836, -0.20227051, -0.120666504, -0.21936035) * v0_1.x;
        s0_0 += HVEC4(0.0049743652, 0.0011930466, -0.023117065, 0.016921997) * v0_1.y;
        s0_0 += HVEC4(0.0491333, -0.021957397, 0.09887695, 0.050476074) * v0_1.z;
        s0_0 += HVEC4(0.0014486313, 0.025527954, -0.012107849, -0.00440979) * v0_1.w;
        s0_0 += HVEC4(0.017425537, -0.05618286, 0.0317688, 0.034576416) * v0_2.x;
        s0_0 += HVEC4(-0.020889282, -0.028778076, -0.049468994, -0.0023479462) * v0_2.y;
        s0_0 += HVEC4(0.008903503, 0.029129028, 0.002937317, 0.023727417) * v0_2.z;
        s0_0 += HVEC4(0.008262634, 0.07885742, 0.019424438, 0.011856079) * v0_2.w;
        s0_0 += HVEC4(-0.021835327, -0.12536621, -0.015899658, 0.0289917) * v0_3.x;
        s0_0 += HVEC4(-0.031311035, -0.027664185, -0.028869629, -0.032989502) * v0_3.y;
        s0_0 += HVEC4(0.015731812, 0.04660034, 0.029418945, 0.022491455) * v0_3.z;
        s0_0 += HVEC4(0.023895264, -0.12042236, 0.10424805, -0.36108398) * v0_3.w;
        s0_0 += HVEC4(0.1048584, 0.14746094, 0.10217285, 0.14257812) * v0_4.x;
    }
    {   // tap (2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 44));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 284));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 524));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 764));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1004));
        s0_0 += HVEC4(-0.0035476685, -0.027877808, 0.006629944, -0.009346008) * v0_0.x;
        s0_0 += HVEC4(-0.007587433, 0.03111267, -0.015274048, 0.15246582) * v0_0.y;
        s0_0 += HVEC4(0.0037994385, 0.01374054, 0.004020691, 0.020904541) * v0_0.z;
        s0_0 += HVEC4(-0.0026836395, -0.011054993, -0.00063180923, -0.00919342) * v0_0.w;
        s0_0 += HVEC4(-0.0126953125, -0.04006958, -0.006580353, -0.02734375) * v0_1.x;
        s0_0 += HVEC4(0.0016384125, 0.0050849915, -0.0036621094, -0.0054244995) * v0_1.y;
        s0_0 += HVEC4(0.0067253113, 0.012229919, 0.0019683838, 0.0055007935) * v0_1.z;
        s0_0 += HVEC4(0.001750946, 0.007534027, -0.0019321442, -0.00856781) * v0_1.w;
        s0_0 += HVEC4(9.6440315e-05, 0.00013113022, 0.0028686523, 0.0063056946) * v0_2.x;
        s0_0 += HVEC4(0.048339844, 0.0035915375, 0.03805542, -0.021820068) * v0_2.y;
        s0_0 += HVEC4(7.516146e-05, -0.0015954971, -0.00019621849, -0.00084638596) * v0_2.z;
        s0_0 += HVEC4(0.0038795471, 0.010353088, 0.004714966, -0.0038757324) * v0_2.w;
        s0_0 += HVEC4(-0.0035362244, -0.009498596, -0.009246826, -0.008522034) * v0_3.x;
        s0_0 += HVEC4(-0.0041656494, -0.00018620491, -0.002204895, 0.0029411316) * v0_3.y;
        s0_0 += HVEC4(4.6253204e-05, -0.0032978058, -0.0018606186, -0.0031108856) * v0_3.z;
        s0_0 += HVEC4(-0.0044784546, 0.015266418, -0.0024261475, 0.0115356445) * v0_3.w;
        s0_0 += HVEC4(0.022079468, 0.052459717, 0.019546509, 0.05102539) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 60));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 300));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 540));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 780));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1020));
        s0_0 = HVEC4(-0.0070266724, -0.0026721954, -0.00081300735, -0.0013046265) * v0_0.x;
        s0_0 += HVEC4(-0.0009422302, -0.00038003922, -0.00035309792, -0.0010623932) * v0_0.y;
        s0_0 += HVEC4(-0.0019416809, -0.007785797, 0.01071167, -0.0060424805) * v0_0.z;
        s0_0 += HVEC4(0.001156807, 0.0064430237, -0.00869751, 0.005428314) * v0_0.w;
        s0_0 += HVEC4(-0.0013694763, -0.0018196106, 0.0038414001, 0.00025367737) * v0_1.x;
        s0_0 += HVEC4(-0.00055217743, -0.0015478134, 0.0045204163, -0.0006260872) * v0_1.y;
        s0_0 += HVEC4(0.0013809204, 8.368492e-05, 0.0026664734, -0.0005121231) * v0_1.z;
        s0_0 += HVEC4(-0.005302429, -0.0019836426, -0.0020160675, 0.0021076202) * v0_1.w;
        s0_0 += HVEC4(0.0034675598, -0.00030183792, -0.003479004, -0.00015342236) * v0_2.x;
        s0_0 += HVEC4(0.017196655, 0.009086609, 0.045532227, -0.00274086) * v0_2.y;
        s0_0 += HVEC4(-0.007537842, -0.0035686493, -0.059051514, -0.010627747) * v0_2.z;
        s0_0 += HVEC4(0.00819397, 0.0017690659, 0.008872986, 0.0030384064) * v0_2.w;
        s0_0 += HVEC4(0.009475708, 0.0034503937, -0.00070905685, 0.0021877289) * v0_3.x;
        s0_0 += HVEC4(0.0054130554, 0.003080368, -0.004917145, 0.001282692) * v0_3.y;
        s0_0 += HVEC4(-0.0013132095, -0.002008438, -0.000562191, -0.002483368) * v0_3.z;
        s0_0 += HVEC4(0.0013628006, 0.00017809868, 0.0017747879, -0.0008740425) * v0_3.w;
        s0_0 += HVEC4(-0.010169983, -0.011978149, 0.0046653748, 0.00092077255) * v0_4.x;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 61));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 301));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 541));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 781));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1021));
        s0_0 += HVEC4(0.0069351196, 0.006160736, -0.004966736, 0.00440979) * v0_0.x;
        s0_0 += HVEC4(0.0030727386, 0.0017528534, -0.0009813309, 0.002954483) * v0_0.y;
        s0_0 += HVEC4(0.007648468, -0.00066280365, 0.008399963, 0.00061941147) * v0_0.z;
        s0_0 += HVEC4(-0.0059318542, -0.0020751953, -0.00548172, -0.0037975311) * v0_0.w;
        s0_0 += HVEC4(-0.0067634583, -0.0069389343, 0.028579712, 0.0025787354) * v0_1.x;
        s0_0 += HVEC4(0.011177063, 0.008460999, 0.0062561035, 0.0099105835) * v0_1.y;
        s0_0 += HVEC4(0.0061073303, 0.0046043396, 0.0065193176, 0.0078125) * v0_1.z;
        s0_0 += HVEC4(-0.023803711, -0.010925293, -0.013191223, -0.0075149536) * v0_1.w;
        s0_0 += HVEC4(0.007499695, -0.0046806335, 0.043640137, -0.0065612793) * v0_2.x;
        s0_0 += HVEC4(0.073913574, 0.055786133, 0.08868408, 0.051757812) * v0_2.y;
        s0_0 += HVEC4(0.0066375732, -0.027923584, 0.115478516, 0.026992798) * v0_2.z;
        s0_0 += HVEC4(0.005428314, 0.008766174, -0.0037841797, 0.006187439) * v0_2.w;
        s0_0 += HVEC4(0.0044174194, -0.021530151, 0.012260437, 0.0020256042) * v0_3.x;
        s0_0 += HVEC4(-0.011245728, 0.00440979, -0.0018787384, 0.00655365) * v0_3.y;
        s0_0 += HVEC4(-0.009712219, -0.012641907, -0.007698059, -0.026641846) * v0_3.z;
        s0_0 += HVEC4(0.011955261, 0.006439209, 0.007293701, 0.012626648) * v0_3.w;
        s0_0 += HVEC4(0.07678223, 0.03753662, 0.121032715, 0.07305908) * v0_4.x;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 62));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 302));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 542));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 782));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1022));
        s0_0 += HVEC4(-0.015487671, -0.006866455, 0.017593384, -0.007331848) * v0_0.x;
        s0_0 += HVEC4(-0.007335663, -0.00059223175, 0.0073394775, 0.002735138) * v0_0.y;
        s0_0 += HVEC4(0.052246094, 0.042510986, 0.18725586, 0.12298584) * v0_0.z;
        s0_0 += HVEC4(-0.039764404, -0.031204224, -0.16015625, -0.11853027) * v0_0.w;
        s0_0 += HVEC4(0.15356445, 0.10418701, 0.2006836, 0.1986084) * v0_1.x;
        s0_0 += HVEC4(0.007843018, 0.0072364807, -0.007865906, -0.003030777) * v0_1.y;
        s0_0 += HVEC4(-0.013031006, -0.0090789795, -0.055999756, -0.023544312) * v0_1.z;
        s0_0 += HVEC4(-0.024505615, -0.0309906, 0.0026855469, -0.021759033) * v0_1.w;
        s0_0 += HVEC4(0.041046143, 0.043395996, -0.005962372, 0.059783936) * v0_2.x;
        s0_0 += HVEC4(-0.060577393, 0.037231445, -0.030349731, 0.0519104) * v0_2.y;
        s0_0 += HVEC4(0.0357666, 0.013473511, -0.0110321045, -0.097839355) * v0_2.z;
        s0_0 += HVEC4(0.004749298, 0.01713562, 0.08605957, 0.084228516) * v0_2.w;
        s0_0 += HVEC4(0.001537323, 0.0070381165, -0.111328125, -0.024917603) * v0_3.x;
        s0_0 += HVEC4(-0.01802063, -0.0020618439, 0.053588867, -0.0345459) * v0_3.y;
        s0_0 += HVEC4(0.039764404, -0.00058174133, -0.066345215, 0.11218262) * v0_3.z;
        s0_0 += HVEC4(-0.0067329407, -0.0023918152, -0.008720398, -0.021652222) * v0_3.w;
        s0_0 += HVEC4(0.08300781, 0.0769043, 0.13208008, 0.13195801) * v0_4.x;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 63));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 303));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 543));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 783));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1023));
        s0_0 += HVEC4(0.00095796585, -0.0143966675, 0.03213501, 0.037322998) * v0_0.x;
        s0_0 += HVEC4(-0.0018672943, 0.018218994, -0.012641907, 0.00258255) * v0_0.y;
        s0_0 += HVEC4(-0.015640259, 0.007118225, 0.0031700134, 0.06225586) * v0_0.z;
        s0_0 += HVEC4(0.013832092, -0.0008997917, 0.0019140244, -0.03604126) * v0_0.w;
        s0_0 += HVEC4(0.0027980804, 0.038208008, -0.0993042, -0.023986816) * v0_1.x;
        s0_0 += HVEC4(-0.0045661926, 0.00041890144, -0.004497528, -0.005142212) * v0_1.y;
        s0_0 += HVEC4(0.010726929, 0.009757996, 0.028701782, -0.0010118484) * v0_1.z;
        s0_0 += HVEC4(-0.005004883, -0.011146545, 0.0012340546, 0.008926392) * v0_1.w;
        s0_0 += HVEC4(0.018493652, 0.020629883, 0.013725281, -0.015670776) * v0_2.x;
        s0_0 += HVEC4(0.078063965, 0.054534912, 0.053710938, 0.03970337) * v0_2.y;
        s0_0 += HVEC4(-0.0019102097, 0.024276733, 0.0030021667, 0.016983032) * v0_2.z;
        s0_0 += HVEC4(-0.006111145, -0.0005888939, 0.011413574, 0.021484375) * v0_2.w;
        s0_0 += HVEC4(0.011398315, -0.0023727417, 0.003686905, -0.040008545) * v0_3.x;
        s0_0 += HVEC4(-0.0012512207, 0.016281128, -0.01171875, 0.009719849) * v0_3.y;
        s0_0 += HVEC4(-0.008857727, -0.012451172, -0.0024909973, -0.0022964478) * v0_3.z;
        s0_0 += HVEC4(0.014312744, -0.00497818, -0.010276794, 0.049346924) * v0_3.w;
        s0_0 += HVEC4(0.029327393, 0.060516357, 0.06427002, 0.10217285) * v0_4.x;
    }
    {   // tap (2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 64));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 304));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 544));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 784));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1024));
        s0_0 += HVEC4(-0.005947113, -0.005718231, -0.0072135925, -0.0077285767) * v0_0.x;
        s0_0 += HVEC4(0.011314392, 0.02130127, 0.0075683594, -0.024368286) * v0_0.y;
        s0_0 += HVEC4(-0.0024776459, -0.0018596649, -0.0031490326, -0.005592346) * v0_0.z;
        s0_0 += HVEC4(0.0027828217, 0.0025787354, 0.0020256042, 0.000975132) * v0_0.w;
        s0_0 += HVEC4(0.0017280579, 0.004760742, -0.0042304993, -0.0046844482) * v0_1.x;
        s0_0 += HVEC4(-0.0011606216, -0.001666069, 0.0030403137, 0.0039634705) * v0_1.y;
        s0_0 += HVEC4(-0.0011978149, -0.00024163723, 0.004863739, 0.012313843) * v0_1.z;
        s0_0 += HVEC4(-0.0018539429, -0.0037002563, 0.00021100044, 0.00085544586) * v0_1.w;
        s0_0 += HVEC4(-0.0015134811, 0.004146576, 0.0011940002, 0.006629944) * v0_2.x;
        s0_0 += HVEC4(-0.030059814, -0.03152466, -0.010253906, -0.022323608) * v0_2.y;
        s0_0 += HVEC4(-0.00077724457, 0.00074625015, 0.0020122528, 0.00070619583) * v0_2.z;
        s0_0 += HVEC4(-0.002626419, -0.002960205, 0.0018672943, 0.004310608) * v0_2.w;
        s0_0 += HVEC4(-0.0032234192, -0.00028300285, -0.001704216, 0.0021381378) * v0_3.x;
        s0_0 += HVEC4(-0.0009636879, -9.059906e-05, -0.0025577545, -0.00166893) * v0_3.y;
        s0_0 += HVEC4(-0.00011843443, 0.00027418137, 0.0014877319, 0.0032405853) * v0_3.z;
        s0_0 += HVEC4(-0.0005078316, -0.0032863617, -0.007209778, 0.0036907196) * v0_3.w;
        s0_0 += HVEC4(-0.010765076, -0.0031414032, -0.0005297661, 0.02217102) * v0_4.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 80));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 320));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 560));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 800));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1040));
        s0_0 = HVEC4(-0.0007929802, -0.0002734661, -0.00091362, -0.0010118484) * v0_0.x;
        s0_0 += HVEC4(0.0017700195, -6.0796738e-06, 0.0009098053, 0.00072050095) * v0_0.y;
        s0_0 += HVEC4(0.00088596344, 0.00021123886, 0.004085541, 0.0012044907) * v0_0.z;
        s0_0 += HVEC4(0.0022468567, 0.001124382, -0.0026226044, 0.0021133423) * v0_0.w;
        s0_0 += HVEC4(-0.0018320084, 0.00033664703, -0.0029506683, -0.0002772808) * v0_1.x;
        s0_0 += HVEC4(-0.00082206726, -0.00046229362, -0.001906395, -2.7239323e-05) * v0_1.y;
        s0_0 += HVEC4(1.5735626e-05, -0.00025606155, -0.0011672974, -9.161234e-05) * v0_1.z;
        s0_0 += HVEC4(-0.0012207031, -0.0007610321, -0.0022602081, -0.002412796) * v0_1.w;
        s0_0 += HVEC4(-0.0013380051, -0.00011795759, 0.0011129379, 0.00053834915) * v0_2.x;
        s0_0 += HVEC4(0.01146698, 0.0035533905, 0.021652222, 0.00440979) * v0_2.y;
        s0_0 += HVEC4(0.0029621124, -7.998943e-05, -0.0019483566, -0.00089883804) * v0_2.z;
        s0_0 += HVEC4(0.0022792816, 0.0035247803, 0.0046920776, 0.0056648254) * v0_2.w;
        s0_0 += HVEC4(0.0023269653, 0.0003476143, 0.0027122498, -0.0032157898) * v0_3.x;
        s0_0 += HVEC4(0.0023097992, 0.00054836273, 0.0054397583, 0.0020866394) * v0_3.y;
        s0_0 += HVEC4(-0.00051164627, 0.00046896935, -0.0014829636, 0.00032281876) * v0_3.z;
        s0_0 += HVEC4(0.00055265427, -7.599592e-05, 0.00040984154, -0.0007624626) * v0_3.w;
        s0_0 += HVEC4(-0.012840271, -0.005241394, -0.014511108, -0.010185242) * v0_4.x;
    }
    {   // tap (-1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 81));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 321));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 561));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 801));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1041));
        s0_0 += HVEC4(0.0028419495, 0.0019187927, 0.005126953, 0.0033397675) * v0_0.x;
        s0_0 += HVEC4(-0.003648758, 0.0008201599, -0.0015563965, -0.00057029724) * v0_0.y;
        s0_0 += HVEC4(0.0008354187, 0.0041923523, 0.006462097, 0.007045746) * v0_0.z;
        s0_0 += HVEC4(-0.0022964478, -0.0015878677, 0.0023975372, -0.005882263) * v0_0.w;
        s0_0 += HVEC4(-0.010398865, -0.006511688, -0.014122009, -0.011505127) * v0_1.x;
        s0_0 += HVEC4(-0.0010633469, -0.001537323, 0.0012283325, 0.00039553642) * v0_1.y;
        s0_0 += HVEC4(0.002626419, 0.0015525818, 0.0024871826, 0.0005965233) * v0_1.z;
        s0_0 += HVEC4(-0.00016832352, -0.0006008148, -0.0017433167, -0.0031032562) * v0_1.w;
        s0_0 += HVEC4(-0.0002462864, -0.002128601, -0.0019187927, -0.00014388561) * v0_2.x;
        s0_0 += HVEC4(-0.016662598, -0.008239746, -0.01285553, 0.029281616) * v0_2.y;
        s0_0 += HVEC4(0.0009255409, 0.00019264221, -0.016830444, -0.0052223206) * v0_2.z;
        s0_0 += HVEC4(0.0038909912, 0.0015697479, 0.0042152405, 0.0028095245) * v0_2.w;
        s0_0 += HVEC4(-0.0010223389, -0.0034065247, -0.0018119812, -0.0104599) * v0_3.x;
        s0_0 += HVEC4(-0.00089120865, 0.0028362274, -0.00058555603, 0.004676819) * v0_3.y;
        s0_0 += HVEC4(0.003162384, 0.0014019012, -0.0035381317, 0.00045681) * v0_3.z;
        s0_0 += HVEC4(-0.0024147034, -0.00083732605, 0.0004608631, -0.0003068447) * v0_3.w;
        s0_0 += HVEC4(0.0039901733, -0.006427765, 0.026947021, 0.0050239563) * v0_4.x;
    }
    {   // tap (0, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 82));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 322));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 562));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 802));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1042));
        s0_0 += HVEC4(-0.0026168823, 0.0019445419, -0.0056114197, 0.0031719208) * v0_0.x;
        s0_0 += HVEC4(0.00831604, -0.003189087, 0.012939453, -0.003753662) * v0_0.y;
        s0_0 += HVEC4(0.0044784546, -0.0007109642, 0.014564514, 0.014190674) * v0_0.z;
        s0_0 += HVEC4(-0.004306793, -0.0040779114, -0.013130188, -0.012145996) * v0_0.w;
        s0_0 += HVEC4(0.006931305, -0.002494812, 0.042816162, 0.015930176) * v0_1.x;
        s0_0 += HVEC4(-0.00024819374, -0.0012321472, 0.0008735657, -0.0017223358) * v0_1.y;
        s0_0 += HVEC4(0.0021076202, 0.0015478134, 0.0017786026, -0.0009264946) * v0_1.z;
        s0_0 += HVEC4(0.0014505386, 0.0009551048, -0.0008325577, 0.00070524216) * v0_1.w;
        s0_0 += HVEC4(0.00013077259, 0.0027160645, 0.006668091, 0.008666992) * v0_2.x;
        s0_0 += HVEC4(-0.0284729, -0.01638794, -0.06402588, -0.015670776) * v0_2.y;
        s0_0 += HVEC4(-0.000110924244, -0.0038909912, 0.013206482, -0.0024318695) * v0_2.z;
        s0_0 += HVEC4(0.0063705444, 0.0061912537, 0.009010315, 0.003572464) * v0_2.w;
        s0_0 += HVEC4(-0.0068130493, 0.0077171326, -0.009284973, 0.00756073) * v0_3.x;
        s0_0 += HVEC4(0.006587982, -0.0053863525, 0.009117126, -0.01537323) * v0_3.y;
        s0_0 += HVEC4(-0.009819031, -0.001832962, -0.0032844543, -0.008911133) * v0_3.z;
        s0_0 += HVEC4(0.0028018951, 0.0011472702, 0.0038452148, 0.0023021698) * v0_3.w;
        s0_0 += HVEC4(0.007194519, 0.0058135986, 0.03579712, 0.028457642) * v0_4.x;
    }
    {   // tap (1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 83));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 323));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 563));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 803));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1043));
        s0_0 += HVEC4(0.00116539, -0.003665924, 0.0009589195, -0.007335663) * v0_0.x;
        s0_0 += HVEC4(-0.0041160583, 0.0075416565, -0.010139465, 0.021987915) * v0_0.y;
        s0_0 += HVEC4(-0.0063934326, -0.005393982, -0.008476257, -0.00233078) * v0_0.z;
        s0_0 += HVEC4(0.005783081, 0.006713867, 0.0069503784, 0.0037326813) * v0_0.w;
        s0_0 += HVEC4(-0.008201599, -0.007659912, -0.0021018982, 0.005214691) * v0_1.x;
        s0_0 += HVEC4(0.0003683567, 0.0014047623, 0.0008993149, 0.0018281937) * v0_1.y;
        s0_0 += HVEC4(0.0014448166, 0.0035514832, 0.002986908, 0.006111145) * v0_1.z;
        s0_0 += HVEC4(-0.00038719177, 0.0011034012, -0.000790596, -0.0032672882) * v0_1.w;
        s0_0 += HVEC4(-0.0041122437, -0.0055885315, -0.0049438477, -0.0008010864) * v0_2.x;
        s0_0 += HVEC4(0.00049448013, -0.013519287, 0.025939941, -0.033935547) * v0_2.y;
        s0_0 += HVEC4(0.005256653, 0.009254456, 0.004295349, 0.020111084) * v0_2.z;
        s0_0 += HVEC4(0.0014047623, -0.001285553, -0.00020110607, 0.0016851425) * v0_2.w;
        s0_0 += HVEC4(-4.1127205e-06, 0.0021018982, -0.00036025047, -0.0016746521) * v0_3.x;
        s0_0 += HVEC4(-0.0005607605, 0.0026187897, -0.0016298294, 0.0038471222) * v0_3.y;
        s0_0 += HVEC4(0.0017709732, -0.006225586, -0.0027828217, 0.002325058) * v0_3.z;
        s0_0 += HVEC4(-0.001666069, 0.003320694, 0.00035357475, -0.013633728) * v0_3.w;
        s0_0 += HVEC4(-0.011222839, -0.008720398, -0.007873535, 0.011756897) * v0_4.x;
    }
    {   // tap (2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 84));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 324));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 564));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 804));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 1044));
        s0_0 += HVEC4(-0.0005698204, -2.0563602e-05, 0.00034284592, 0.0016107559) * v0_0.x;
        s0_0 += HVEC4(0.0034999847, -0.0075035095, 0.0073928833, 0.004432678) * v0_0.y;
        s0_0 += HVEC4(-0.0011138916, -0.0015945435, -0.0014801025, -0.0018377304) * v0_0.z;
        s0_0 += HVEC4(-0.00020718575, 0.0007214546, -0.0003900528, 0.0021820068) * v0_0.w;
        s0_0 += HVEC4(0.000644207, 0.0020160675, 0.0015850067, 0.00080633163) * v0_1.x;
        s0_0 += HVEC4(-0.0007505417, -0.0014429092, -0.0003244877, -0.0011901855) * v0_1.y;
        s0_0 += HVEC4(-0.00040316582, 0.00070667267, -0.0010051727, 6.365776e-05) * v0_1.z;
        s0_0 += HVEC4(0.00042009354, 0.001332283, -0.0005950928, 0.00051259995) * v0_1.w;
        s0_0 += HVEC4(-0.00045514107, -0.0015192032, -0.00016713142, -0.0025024414) * v0_2.x;
        s0_0 += HVEC4(-0.009140015, -0.010604858, -0.016296387, -0.025619507) * v0_2.y;
        s0_0 += HVEC4(-0.0004940033, 0.0007829666, -0.002231598, -0.002374649) * v0_2.z;
        s0_0 += HVEC4(-0.00024211407, -0.0029277802, 0.0003285408, -0.0008072853) * v0_2.w;
        s0_0 += HVEC4(0.00086402893, 0.0012454987, -0.0015516281, -0.002986908) * v0_3.x;
        s0_0 += HVEC4(-8.2075596e-05, 0.00095415115, -0.00050115585, -0.0014848709) * v0_3.y;
        s0_0 += HVEC4(0.0011119843, 0.002035141, 0.001876831, 0.0009727478) * v0_3.z;
        s0_0 += HVEC4(-0.0019168854, -0.001408577, 9.179115e-05, 0.0008635521) * v0_3.w;
        s0_0 += HVEC4(-0.004425049, -0.005504608, -0.009109497, -0.013343811) * v0_4.x;
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
