// ArtCNN_C4F16_DS: 2x luma upscaler, mpv user shader (compute, fp32)
// ArtCNN v1.6.2 C4F16_DS: C4F16 trained to denoise and sharpen
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DS variant=compute precision=fp32
// Weights: ArtCNN_C4F16_DS.keras
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
        a0_0 = vec4(0.044277187, -0.003769685, 0.014565699, 0.0028785786);
        a0_1 = vec4(-0.0013655169, 0.0010824914, -0.016440798, 0.026956681);
    } else if (slice == 1) {
        a0_0 = vec4(0.07201445, 0.06504166, -0.022896532, 0.019721309);
        a0_1 = vec4(-0.025113558, -0.012103399, -0.007747329, 0.029531373);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.014634767, 0.15630984, -0.029423967, 0.0072399154) * v0_0.x;
            a0_0 += vec4(-0.04355507, -0.022069488, -0.013310467, 0.026025603) * v0_0.y;
            a0_0 += vec4(-0.074033655, 0.18053663, -0.10821657, -0.08022404) * v0_0.z;
            a0_0 += vec4(-0.00030872333, -0.090354525, 0.03184815, -0.14863291) * v0_0.w;
            a0_1 += vec4(-0.03337578, 0.022388672, 0.010904485, 0.080152474) * v0_0.x;
            a0_1 += vec4(0.02088438, 0.22108766, 0.085983746, -0.018951936) * v0_0.y;
            a0_1 += vec4(-0.14385422, -0.015390145, 0.07353964, -0.12680687) * v0_0.z;
            a0_1 += vec4(-0.42101434, -0.106439255, 0.028944317, 0.3162574) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.025610065, -0.15965246, 0.0020090963, 0.0007068004) * v0_0.x;
            a0_0 += vec4(-0.14022209, -0.07630618, -0.020334993, -0.024759678) * v0_0.y;
            a0_0 += vec4(0.22838855, -0.18860994, 0.061001968, -0.03926328) * v0_0.z;
            a0_0 += vec4(-0.16637982, 0.40926605, 0.10258026, 0.18161486) * v0_0.w;
            a0_1 += vec4(0.04000797, -0.10566103, 0.037907653, -0.05479594) * v0_0.x;
            a0_1 += vec4(-0.085618734, 0.056540187, 0.043981496, 0.14105529) * v0_0.y;
            a0_1 += vec4(0.27771512, -0.17809473, 0.10856805, -0.06717238) * v0_0.z;
            a0_1 += vec4(-0.61159694, -0.4539899, 0.06197047, -0.14239468) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.095354915, 0.048326947, 0.04872187, 0.0027520948) * v0_0.x;
            a0_0 += vec4(-0.048138056, 0.0018763769, -0.07391217, -0.04609482) * v0_0.y;
            a0_0 += vec4(0.061720725, 0.114188656, 0.02012309, 0.11273987) * v0_0.z;
            a0_0 += vec4(0.09328652, 0.02855171, 0.08577286, 0.018900903) * v0_0.w;
            a0_1 += vec4(0.031441744, 0.052026227, -0.0359873, 0.04414366) * v0_0.x;
            a0_1 += vec4(0.107751384, -0.060534384, -0.017295673, 0.12851727) * v0_0.y;
            a0_1 += vec4(0.014163988, 0.2492077, -0.0010027151, 0.32475546) * v0_0.z;
            a0_1 += vec4(-0.23782828, -0.18969488, -0.24189982, 0.069655806) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.0021089504, -0.32101044, 0.15298578, -0.016247941) * v0_0.x;
            a0_0 += vec4(0.0104974825, -0.13452874, 0.080836676, 0.017099392) * v0_0.y;
            a0_0 += vec4(0.045597844, 0.26106447, 0.09887003, 0.03140661) * v0_0.z;
            a0_0 += vec4(0.03765076, -0.04539478, -0.0680001, -0.017838618) * v0_0.w;
            a0_1 += vec4(-0.1641532, -0.011558361, -0.08760945, 0.027580395) * v0_0.x;
            a0_1 += vec4(-0.0034046413, 0.2055125, 0.081149034, 0.07157708) * v0_0.y;
            a0_1 += vec4(-0.014148349, -0.19612636, 0.113609575, -0.058149792) * v0_0.z;
            a0_1 += vec4(-0.16512875, -0.068568215, -0.010557955, -0.003134739) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.12891522, 0.31653318, -0.26245332, -0.033467766) * v0_0.x;
            a0_0 += vec4(-0.20582266, 0.030145617, -0.012431017, 0.009144622) * v0_0.y;
            a0_0 += vec4(-0.05345351, -0.16258076, -0.01368063, 0.1829753) * v0_0.z;
            a0_0 += vec4(-0.56432015, 0.004548779, -0.28909543, -0.04815182) * v0_0.w;
            a0_1 += vec4(-0.16203202, 0.150089, 0.3624575, -0.10621861) * v0_0.x;
            a0_1 += vec4(-0.13786824, 0.26082137, 0.16279435, 0.0076275812) * v0_0.y;
            a0_1 += vec4(-0.090486474, -0.011490313, -0.5461046, -0.610537) * v0_0.z;
            a0_1 += vec4(-0.07946425, -0.33735472, 0.15519261, 0.38508213) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.05062229, -0.0022266612, 0.098771535, 0.07579765) * v0_0.x;
            a0_0 += vec4(-0.036776427, 0.21347974, -0.04098129, 0.018094227) * v0_0.y;
            a0_0 += vec4(-0.18730406, -0.119365536, -0.0023549348, -0.002902683) * v0_0.z;
            a0_0 += vec4(-0.55265886, -0.057339113, 0.10623818, 0.11207093) * v0_0.w;
            a0_1 += vec4(0.15145469, -0.1384171, -0.25386083, 0.16733949) * v0_0.x;
            a0_1 += vec4(0.069470726, 0.15541607, 0.05512024, -0.1651548) * v0_0.y;
            a0_1 += vec4(-0.017482812, 0.47807214, 0.19994624, 0.34548458) * v0_0.z;
            a0_1 += vec4(-0.14542283, -0.33229935, 0.027457071, -0.017986657) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.07169226, 0.033743925, 0.36917037, 0.22151147) * v0_0.x;
            a0_0 += vec4(0.04440506, 0.036597893, -0.03051663, -0.04129989) * v0_0.y;
            a0_0 += vec4(0.035774257, 0.15148096, -0.08635634, -0.18735746) * v0_0.z;
            a0_0 += vec4(0.102615125, -0.23651586, 0.038719635, 0.014512702) * v0_0.w;
            a0_1 += vec4(-0.3476195, -0.31253996, 0.43730617, 0.33695307) * v0_0.x;
            a0_1 += vec4(0.07150534, 0.13329722, 0.018514723, 0.050586183) * v0_0.y;
            a0_1 += vec4(0.06598951, -0.04738193, -0.083085515, 0.11844146) * v0_0.z;
            a0_1 += vec4(-0.05854192, -0.0052844044, -0.005816041, 0.0020355242) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.3619398, -0.4759685, 0.35825154, 0.3112152) * v0_0.x;
            a0_0 += vec4(0.13919957, 0.25496235, 0.14981593, -0.0322036) * v0_0.y;
            a0_0 += vec4(-0.34000197, -0.14486827, -0.18062139, -0.11848289) * v0_0.z;
            a0_0 += vec4(0.075585306, 0.054790385, 0.07161929, -0.019073537) * v0_0.w;
            a0_1 += vec4(-0.12351043, 0.08294355, -0.9955969, -1.0773562) * v0_0.x;
            a0_1 += vec4(0.20348985, 0.052636065, 0.09385937, -0.021512419) * v0_0.y;
            a0_1 += vec4(0.17754123, -0.17032368, 0.104445666, 0.0667925) * v0_0.z;
            a0_1 += vec4(-0.14855188, -0.011046104, 0.041475873, -0.24603228) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.4604835, -0.00013186327, -0.18777275, -0.034361757) * v0_0.x;
            a0_0 += vec4(-0.09540427, 0.10385504, -0.03184178, -0.014908893) * v0_0.y;
            a0_0 += vec4(0.20893091, 0.028585754, 0.058512535, 0.032375026) * v0_0.z;
            a0_0 += vec4(-0.3179424, 0.10997816, 0.0030110697, 0.02999478) * v0_0.w;
            a0_1 += vec4(-0.39967984, 0.36878276, 0.5093688, 0.4667422) * v0_0.x;
            a0_1 += vec4(0.059835784, 0.10701772, 0.18508513, 0.018913126) * v0_0.y;
            a0_1 += vec4(0.1470129, -0.17738493, 0.03374452, -0.13290527) * v0_0.z;
            a0_1 += vec4(-0.0014256088, -0.1029254, 0.011276339, 0.10154437) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.05962457, -0.004715072, 0.02234217, -0.05710583) * v0_0.x;
            a0_0 += vec4(-0.026399445, -0.12493333, 0.10754376, 0.17489164) * v0_0.y;
            a0_0 += vec4(-0.091370255, 0.023207717, -0.09124297, -0.015216131) * v0_0.z;
            a0_0 += vec4(0.13677351, 0.1533294, -0.13948523, -0.4361088) * v0_0.w;
            a0_1 += vec4(-0.01389366, 0.038920455, -0.04891502, -0.067761436) * v0_0.x;
            a0_1 += vec4(0.016736465, -0.009674868, 0.0045855423, 0.01597171) * v0_0.y;
            a0_1 += vec4(-0.07564618, -0.07989838, -0.11698872, 0.014528848) * v0_0.z;
            a0_1 += vec4(0.0057780454, 0.06276523, 0.01936233, -0.04028968) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(0.011737732, 0.034070693, -0.014549742, 0.023983805) * v0_0.x;
            a0_0 += vec4(-0.082799725, -0.08983465, 0.18321748, 0.10799907) * v0_0.y;
            a0_0 += vec4(0.09588053, 0.02198347, 0.0984446, 0.0515354) * v0_0.z;
            a0_0 += vec4(0.033660185, 0.12984885, -0.26386133, -0.20809138) * v0_0.w;
            a0_1 += vec4(0.0076031545, -0.03817588, 0.054094262, 0.050268263) * v0_0.x;
            a0_1 += vec4(0.012934474, -0.046132997, 0.021750458, 0.0695329) * v0_0.y;
            a0_1 += vec4(0.051675014, 0.04603168, 0.034410257, -0.025720796) * v0_0.z;
            a0_1 += vec4(0.12969477, -0.17309085, -0.11458307, -0.052167386) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.15357424, -0.06915272, 0.06550216, 0.04612258) * v0_0.x;
            a0_0 += vec4(-0.27024624, -0.04948926, 0.13293487, 0.03289013) * v0_0.y;
            a0_0 += vec4(0.014061624, -0.17260186, -0.15380125, 0.05142931) * v0_0.z;
            a0_0 += vec4(0.15461798, -0.034638174, -0.05765393, -0.1436692) * v0_0.w;
            a0_1 += vec4(-0.02426324, 0.03028118, 0.010480843, -0.03159594) * v0_0.x;
            a0_1 += vec4(0.051091306, -0.003098713, -0.027490126, 0.066387095) * v0_0.y;
            a0_1 += vec4(-0.15151627, 0.047113728, 0.089175396, 0.01024784) * v0_0.z;
            a0_1 += vec4(0.18084714, 0.18693674, 0.017071737, -0.06197378) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.29907557, 0.078585014, -0.0070183896, -0.010081835) * v0_0.x;
            a0_0 += vec4(-0.019700088, -0.017014056, 0.024523254, 0.13058147) * v0_0.y;
            a0_0 += vec4(-0.17817716, -0.15394163, -0.2234924, -0.014181057) * v0_0.z;
            a0_0 += vec4(0.16166586, 0.15966643, -0.47799465, -0.4482853) * v0_0.w;
            a0_1 += vec4(-0.051275726, 0.10429716, -0.09589524, -0.062424902) * v0_0.x;
            a0_1 += vec4(0.02761969, 0.008939025, 0.084714286, 0.067290224) * v0_0.y;
            a0_1 += vec4(0.10786927, 0.056733806, 0.015018431, -0.09346906) * v0_0.z;
            a0_1 += vec4(-0.14848347, 0.14067471, -0.08346787, -0.03666982) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.009615613, -0.34115693, 0.09974929, 0.07560026) * v0_0.x;
            a0_0 += vec4(-0.16909823, 0.12662643, -0.10565487, 0.21221353) * v0_0.y;
            a0_0 += vec4(0.04638542, -0.18350223, -0.38520643, -0.16398309) * v0_0.z;
            a0_0 += vec4(0.076108105, -0.19730397, -1.9648284, -0.43060794) * v0_0.w;
            a0_1 += vec4(0.17836887, -0.13172117, 0.12725402, 0.13476504) * v0_0.x;
            a0_1 += vec4(0.03520397, -0.14093514, -0.0020699543, 0.27004442) * v0_0.y;
            a0_1 += vec4(0.21125396, 0.039928548, 0.0450391, 0.093295604) * v0_0.z;
            a0_1 += vec4(-0.22072269, 0.33785778, 0.4795142, -0.04699993) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.21301995, 0.25342563, -0.02236922, 0.080391206) * v0_0.x;
            a0_0 += vec4(-0.086874254, -0.112069696, 0.1745379, -0.030322224) * v0_0.y;
            a0_0 += vec4(-0.10684035, 0.21604033, -0.30554447, 0.120111726) * v0_0.z;
            a0_0 += vec4(0.14993273, 0.1045365, 0.12534261, -0.13708992) * v0_0.w;
            a0_1 += vec4(-0.1407182, 0.13486551, -0.053121936, -0.16674417) * v0_0.x;
            a0_1 += vec4(0.08382855, 0.04568961, 0.039359618, 0.17024429) * v0_0.y;
            a0_1 += vec4(0.1655759, 0.019997666, -0.11520099, 0.0061305654) * v0_0.z;
            a0_1 += vec4(-0.1263614, 0.2075397, 0.07383819, 0.12338807) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.45374268, -0.013988875, -0.39868528, -0.6484394) * v0_0.x;
            a0_0 += vec4(-0.025964694, -0.08057576, 0.25853273, 0.21734641) * v0_0.y;
            a0_0 += vec4(0.2938183, 0.02642324, -0.02849347, 0.19621953) * v0_0.z;
            a0_0 += vec4(-0.17958161, 0.053583346, -0.0813751, -0.31958708) * v0_0.w;
            a0_1 += vec4(-0.07042244, -0.8911705, 0.301547, -0.021055175) * v0_0.x;
            a0_1 += vec4(0.060619745, -0.45262864, -0.06276716, 0.07503793) * v0_0.y;
            a0_1 += vec4(-0.019952798, -2.9853837, -0.07585689, 0.017160557) * v0_0.z;
            a0_1 += vec4(-0.010893544, 0.16166717, 0.022283293, 0.09610125) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.03423103, 1.5701689, -0.66674, -0.27525982) * v0_0.x;
            a0_0 += vec4(-0.46953365, -0.094777554, -0.2098449, 0.25355667) * v0_0.y;
            a0_0 += vec4(-0.11566727, -0.23263042, 1.0899607, -0.3195421) * v0_0.z;
            a0_0 += vec4(0.022980163, -0.17261745, -0.3722295, -0.5930962) * v0_0.w;
            a0_1 += vec4(0.21661185, -0.7806377, 0.20403957, 0.9482149) * v0_0.x;
            a0_1 += vec4(0.06337114, -0.83101803, 0.08590058, 0.047518075) * v0_0.y;
            a0_1 += vec4(-0.10200477, -3.0411434, -0.020257324, -0.15889971) * v0_0.z;
            a0_1 += vec4(-0.05920785, 0.16311024, -0.004201432, -0.1425621) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(0.17055535, -0.41756687, -0.76407987, -0.07344739) * v0_0.x;
            a0_0 += vec4(0.044425845, -0.18455426, 0.2442799, -0.0150920935) * v0_0.y;
            a0_0 += vec4(-0.0071766865, 0.096144944, 0.21722835, 0.13363552) * v0_0.z;
            a0_0 += vec4(0.07872144, -0.0025218495, -0.048890345, -0.17932852) * v0_0.w;
            a0_1 += vec4(0.29969993, -0.026688403, -0.07981868, 0.24880359) * v0_0.x;
            a0_1 += vec4(0.09598571, -0.6582316, 0.06554869, 0.21911867) * v0_0.y;
            a0_1 += vec4(-0.00036072265, -2.412395, 0.1076175, -0.026406476) * v0_0.z;
            a0_1 += vec4(-0.021368412, 0.28235295, -0.005661217, 0.0547056) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.057321046, 0.053859103, -0.0299491, 0.023096962) * v0_1.x;
            a0_0 += vec4(-0.0073347692, -0.012385915, 0.12310169, -0.00026481555) * v0_1.y;
            a0_0 += vec4(0.08654579, -0.24458945, -0.087337196, 0.14775553) * v0_1.z;
            a0_0 += vec4(-0.039497606, 0.108056985, -0.016828354, 0.03266492) * v0_1.w;
            a0_1 += vec4(0.30657268, 0.032623928, -0.22862461, -0.11083645) * v0_1.x;
            a0_1 += vec4(-0.015801003, 0.04147296, -0.036234114, 0.15010823) * v0_1.y;
            a0_1 += vec4(0.07499895, -0.11810654, -0.037902914, -0.24042296) * v0_1.z;
            a0_1 += vec4(0.05575736, 0.0073987087, -0.004096944, -0.04667532) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.10106384, 0.0098461015, -0.08190356, -0.004158164) * v0_1.x;
            a0_0 += vec4(-0.18854575, 0.4606043, -0.040468078, 0.03470337) * v0_1.y;
            a0_0 += vec4(-0.19434623, -0.501395, -0.13892312, -0.07441061) * v0_1.z;
            a0_0 += vec4(0.030041184, 0.15185308, -0.14214228, -0.11128363) * v0_1.w;
            a0_1 += vec4(-0.116235174, -0.10606845, 0.11162732, -0.44803506) * v0_1.x;
            a0_1 += vec4(0.06697123, 0.20626433, 0.15276845, 0.046309594) * v0_1.y;
            a0_1 += vec4(-0.25704938, -0.32768592, 0.099346414, 0.07941797) * v0_1.z;
            a0_1 += vec4(0.19700924, -0.038505454, 0.029507188, -0.40108195) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.13830176, -0.02194429, -0.01805186, -0.009180096) * v0_1.x;
            a0_0 += vec4(-0.09819206, 0.07643585, 0.074552655, 0.011912278) * v0_1.y;
            a0_0 += vec4(0.27451447, -0.055647332, -0.021103159, 0.02330324) * v0_1.z;
            a0_0 += vec4(0.21019225, -0.019286422, 0.12997612, 0.16320619) * v0_1.w;
            a0_1 += vec4(0.101845436, 0.16913016, 0.0035905272, -0.23084931) * v0_1.x;
            a0_1 += vec4(0.20762274, 0.0064020725, -0.12577556, 0.25008404) * v0_1.y;
            a0_1 += vec4(-0.0035024118, -0.5985989, 0.113010995, -0.44113696) * v0_1.z;
            a0_1 += vec4(-0.17561768, -1.0940877, -0.23943736, 0.11547279) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.03492198, -0.074920535, 0.052158944, 0.056553755) * v0_1.x;
            a0_0 += vec4(-0.16375586, 0.023614012, 0.046315745, 0.05552825) * v0_1.y;
            a0_0 += vec4(0.0014883408, -0.311755, -0.020377366, 0.02991688) * v0_1.z;
            a0_0 += vec4(0.18095767, -0.025379878, -0.116475224, -0.079954505) * v0_1.w;
            a0_1 += vec4(0.23035224, 0.2116884, -0.08572305, 0.22224797) * v0_1.x;
            a0_1 += vec4(0.019741915, -0.06574452, -0.030806364, 0.08874964) * v0_1.y;
            a0_1 += vec4(-0.28405023, 0.08581093, 0.01973589, 0.06577321) * v0_1.z;
            a0_1 += vec4(0.03806914, -0.048923597, 0.009378118, 0.015447064) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.17044592, 0.20644747, -0.027797032, -0.07176091) * v0_1.x;
            a0_0 += vec4(-0.04449115, 0.17634824, 0.009181716, 0.12777258) * v0_1.y;
            a0_0 += vec4(0.2890608, 0.105031915, 0.7392829, 0.29894456) * v0_1.z;
            a0_0 += vec4(0.05294484, -0.388827, 0.091156386, 0.049468376) * v0_1.w;
            a0_1 += vec4(0.3014894, 0.023111667, 0.12945335, -0.61209434) * v0_1.x;
            a0_1 += vec4(0.15007457, 0.062464364, -0.22989577, 0.09670528) * v0_1.y;
            a0_1 += vec4(-0.48571834, -0.30086595, 0.4103918, -0.10922932) * v0_1.z;
            a0_1 += vec4(-0.14738347, 0.030656854, 0.0013381391, 0.1469542) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.41188475, -0.00051654025, -0.10447215, -0.03876539) * v0_1.x;
            a0_0 += vec4(-0.5443957, 0.052119132, 0.106150664, 0.08782793) * v0_1.y;
            a0_0 += vec4(0.4962257, -0.020130487, -0.008338209, -0.014943302) * v0_1.z;
            a0_0 += vec4(0.38697872, -0.3454212, -0.024419049, -0.03157343) * v0_1.w;
            a0_1 += vec4(-0.19467439, -0.14520124, -0.017115602, 0.47857285) * v0_1.x;
            a0_1 += vec4(-0.07640264, 0.043847974, 0.13076276, 0.83863395) * v0_1.y;
            a0_1 += vec4(0.08228972, -0.052448384, -0.19783954, -0.6784934) * v0_1.z;
            a0_1 += vec4(-0.013913508, -0.38232347, -0.4405589, -0.05094737) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.22295529, 0.025243433, 0.02631261, -0.024623772) * v0_1.x;
            a0_0 += vec4(-0.014794281, 0.026001614, 0.0076207914, -0.042967085) * v0_1.y;
            a0_0 += vec4(0.024598451, -0.06407118, 0.022959631, 0.054899387) * v0_1.z;
            a0_0 += vec4(-0.035591844, -0.1476001, 0.060459446, 0.028730432) * v0_1.w;
            a0_1 += vec4(0.21441185, -0.054897238, -0.10568191, 0.1855502) * v0_1.x;
            a0_1 += vec4(0.018933177, -0.030876845, 0.0005181038, -0.007279288) * v0_1.y;
            a0_1 += vec4(-0.06466442, 0.10263382, 0.028937435, -0.010395412) * v0_1.z;
            a0_1 += vec4(0.034320485, 0.06137796, -0.040333863, -0.06866654) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.04730221, -0.09425716, 0.07300297, 0.08571772) * v0_1.x;
            a0_0 += vec4(-0.06593263, -0.059201233, 0.018556554, 0.012733373) * v0_1.y;
            a0_0 += vec4(0.21346302, 0.05125445, 0.049463913, 0.021796405) * v0_1.z;
            a0_0 += vec4(0.0032378077, -0.054082617, 0.06635155, 0.022058709) * v0_1.w;
            a0_1 += vec4(-5.7975823e-05, 0.026788734, 0.11443162, 0.27297434) * v0_1.x;
            a0_1 += vec4(0.025297673, -0.12407765, 0.0032770426, 0.36668846) * v0_1.y;
            a0_1 += vec4(0.022925714, 0.071118385, -0.011136096, -0.32670555) * v0_1.z;
            a0_1 += vec4(0.059126757, 0.07819804, 0.014679438, -0.10881568) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.3140107, 0.012376735, 0.07819475, 0.073532306) * v0_1.x;
            a0_0 += vec4(-0.050842572, 0.1259186, -0.04731503, -0.0040802998) * v0_1.y;
            a0_0 += vec4(0.049030453, -0.19392884, -0.012986976, 1.6971964e-05) * v0_1.z;
            a0_0 += vec4(0.05600981, -0.08525247, -0.01950282, 0.0022216714) * v0_1.w;
            a0_1 += vec4(-0.020675838, 0.13560276, 0.13995661, -0.26323274) * v0_1.x;
            a0_1 += vec4(0.054114692, -0.40400267, -0.029512106, 0.30100182) * v0_1.y;
            a0_1 += vec4(-0.12764353, 0.2113248, -0.050346904, -0.19945931) * v0_1.z;
            a0_1 += vec4(0.06737086, -0.014390057, -0.09339663, -0.3682717) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.06776904, -0.17906755, 0.33880135, 0.3015638) * v0_1.x;
            a0_0 += vec4(0.12696397, 0.05359989, 0.010746231, -0.14514397) * v0_1.y;
            a0_0 += vec4(0.12944835, -0.05202778, 0.02363327, 0.15484537) * v0_1.z;
            a0_0 += vec4(0.112722866, -0.107847966, -0.015603026, 0.19676794) * v0_1.w;
            a0_1 += vec4(0.019152254, -0.024938367, -0.12263788, -0.21224716) * v0_1.x;
            a0_1 += vec4(0.0012947255, 0.022558855, 0.056798324, -0.015610633) * v0_1.y;
            a0_1 += vec4(-0.15135229, -0.027307037, -0.057479627, -0.06439594) * v0_1.z;
            a0_1 += vec4(-0.015079679, -0.043502446, -0.039853066, -0.026641052) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.07149168, 0.07011049, -0.007347454, 0.06839382) * v0_1.x;
            a0_0 += vec4(0.05958515, -0.105959654, 0.009165822, 0.034668233) * v0_1.y;
            a0_0 += vec4(-0.39178568, -0.20354827, 0.09952585, 0.10311294) * v0_1.z;
            a0_0 += vec4(-0.0049763, -0.13143009, -0.0032570977, -0.013385735) * v0_1.w;
            a0_1 += vec4(0.20018214, 0.17250511, 0.041895084, -0.010765727) * v0_1.x;
            a0_1 += vec4(0.05415768, 0.057831973, 0.046640217, -0.049575217) * v0_1.y;
            a0_1 += vec4(0.007107481, 0.17912689, 0.02634632, -0.25308734) * v0_1.z;
            a0_1 += vec4(-0.025803518, 0.41781902, 0.008137001, 0.024117699) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.005899859, -0.11422312, 0.18228857, 0.044557884) * v0_1.x;
            a0_0 += vec4(0.0873693, 0.07684735, -0.02715937, -0.03885502) * v0_1.y;
            a0_0 += vec4(-0.11086569, 0.12565431, 0.087907344, 0.06195444) * v0_1.z;
            a0_0 += vec4(-0.19221805, -0.025161821, -0.13800278, -0.0089707915) * v0_1.w;
            a0_1 += vec4(-0.34954807, 0.09161861, -0.051454097, -0.069458865) * v0_1.x;
            a0_1 += vec4(-0.36721495, -0.08972565, 0.046043105, -0.055432994) * v0_1.y;
            a0_1 += vec4(-0.00808699, -0.11479828, -0.011712863, -0.08195792) * v0_1.z;
            a0_1 += vec4(-0.2824482, -0.2746848, -0.061077397, -0.09002705) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.055366457, -0.33638182, 0.37802935, 0.25762385) * v0_1.x;
            a0_0 += vec4(-0.013914628, 0.06616923, -0.00837364, -0.22365782) * v0_1.y;
            a0_0 += vec4(-0.15368566, -0.0127001945, 0.36219886, -0.2100151) * v0_1.z;
            a0_0 += vec4(-0.12239298, -0.10822355, 0.07385739, 0.15493166) * v0_1.w;
            a0_1 += vec4(0.052527335, -0.64194244, 0.015442956, -0.2151181) * v0_1.x;
            a0_1 += vec4(0.0001325505, -0.08178861, 0.08658557, 0.040494245) * v0_1.y;
            a0_1 += vec4(-0.047189698, -1.0105958, 0.04988385, 0.0031174703) * v0_1.z;
            a0_1 += vec4(-0.015738374, 0.20561613, -0.12841596, -0.09555848) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.16826054, -0.29359353, -0.26931676, 0.18831216) * v0_1.x;
            a0_0 += vec4(0.5264418, -0.13475014, -0.57072085, -0.8325909) * v0_1.y;
            a0_0 += vec4(-0.069185644, 0.29470894, 0.19252887, -0.072568044) * v0_1.z;
            a0_0 += vec4(-0.13387288, 0.07898423, 0.34800267, 0.49774054) * v0_1.w;
            a0_1 += vec4(0.518541, 0.3450534, 0.14350261, -0.23846437) * v0_1.x;
            a0_1 += vec4(-0.0342463, 0.08253805, 0.040425297, 0.045978785) * v0_1.y;
            a0_1 += vec4(-0.12789232, -1.1581084, -0.21066931, -0.05341992) * v0_1.z;
            a0_1 += vec4(0.09373755, 0.45204666, -0.12531018, -0.017535415) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.054599456, 0.11148192, -0.1357121, 0.02375308) * v0_1.x;
            a0_0 += vec4(0.06711263, 0.071961, 0.29140726, -0.31375977) * v0_1.y;
            a0_0 += vec4(-0.111368805, 0.041955654, -0.087637834, -0.058202393) * v0_1.z;
            a0_0 += vec4(0.33927858, 0.13471937, -2.1211426, 0.26503927) * v0_1.w;
            a0_1 += vec4(-0.10217886, -0.10415733, 0.044932682, 0.0208779) * v0_1.x;
            a0_1 += vec4(0.07507747, 0.022418318, 0.04249721, 0.07729961) * v0_1.y;
            a0_1 += vec4(-0.05535511, -1.0112993, 0.023070825, -0.1901502) * v0_1.z;
            a0_1 += vec4(-0.08592825, -0.70491475, 0.0095128, -0.17512304) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.17403923, -0.13595451, -0.053004354, -0.117963396) * v0_1.x;
            a0_0 += vec4(0.09073441, 0.00488163, -0.09467348, -0.2792933) * v0_1.y;
            a0_0 += vec4(-0.036479052, -0.017435621, -0.19307491, -0.090628974) * v0_1.z;
            a0_0 += vec4(-0.058461964, 0.022112835, 0.044139117, 0.08073148) * v0_1.w;
            a0_1 += vec4(-0.07820092, 0.4001301, -0.034423947, -0.03550501) * v0_1.x;
            a0_1 += vec4(7.203649e-05, -0.3878972, 0.011186198, 0.06360504) * v0_1.y;
            a0_1 += vec4(0.031479735, 0.13187805, -0.00063615554, -0.052595768) * v0_1.z;
            a0_1 += vec4(0.02203997, -0.26508287, 0.055894937, -0.007758194) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.068919815, 0.17261443, 0.36675793, -0.10162144) * v0_1.x;
            a0_0 += vec4(0.02905981, 0.017575355, 0.14280069, -0.46455213) * v0_1.y;
            a0_0 += vec4(-0.042059883, 0.13099466, -0.89741933, 0.10530428) * v0_1.z;
            a0_0 += vec4(-0.13663234, -0.10670392, -0.14754881, 0.27423796) * v0_1.w;
            a0_1 += vec4(0.20748435, -1.1345264, 0.05670349, 0.15132661) * v0_1.x;
            a0_1 += vec4(-0.09760737, -0.81726766, 0.06930857, 0.08885542) * v0_1.y;
            a0_1 += vec4(0.081142016, 0.35544363, 0.054454174, -0.059337378) * v0_1.z;
            a0_1 += vec4(0.0035523912, -1.7387451, 0.0896343, -0.027776714) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.027487874, 0.011236144, -0.14940494, -0.09374742) * v0_1.x;
            a0_0 += vec4(0.12077163, -0.054499656, -1.9882382, -0.3360065) * v0_1.y;
            a0_0 += vec4(-0.06666102, 0.04101125, 0.18246073, -0.0642536) * v0_1.z;
            a0_0 += vec4(-0.080615625, -0.10456731, 0.0668002, 0.1896114) * v0_1.w;
            a0_1 += vec4(0.04555756, -0.1331195, 0.0243432, -0.027577097) * v0_1.x;
            a0_1 += vec4(-0.07165021, 0.26079252, -0.011086633, 0.08233047) * v0_1.y;
            a0_1 += vec4(0.016859751, -1.6297228, -0.027284605, -0.047975987) * v0_1.z;
            a0_1 += vec4(-0.015951846, -1.4781954, 0.023418473, -0.036843766) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.05245787, 0.12742041, 0.042222377, 0.025327051) * v0_2.x;
            a0_0 += vec4(-0.1278877, -0.13577572, 0.07758009, 0.16354473) * v0_2.y;
            a0_0 += vec4(-0.07209328, -0.067111224, 0.021558063, 0.025444176) * v0_2.z;
            a0_0 += vec4(-0.027242167, -0.086679734, -0.045669444, -0.0038859942) * v0_2.w;
            a0_1 += vec4(-0.01663805, 0.02310054, -0.0032239282, -0.067230605) * v0_2.x;
            a0_1 += vec4(0.19121546, -0.2220636, -0.020307856, 0.36737743) * v0_2.y;
            a0_1 += vec4(-0.10305166, 0.05811332, 0.01189378, -0.022137491) * v0_2.z;
            a0_1 += vec4(0.004945409, -0.0064889216, -0.029415946, -0.07888425) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.090672754, -0.15019369, -0.035968777, 0.080244906) * v0_2.x;
            a0_0 += vec4(-0.23888364, 0.22086069, -0.1118529, -0.09757003) * v0_2.y;
            a0_0 += vec4(-0.051360104, -0.099072225, -0.0064880624, 0.021462895) * v0_2.z;
            a0_0 += vec4(-0.012929184, -0.12400293, 0.03340523, 0.028858382) * v0_2.w;
            a0_1 += vec4(-0.14811738, -0.37699458, 0.27487242, 0.13421494) * v0_2.x;
            a0_1 += vec4(-0.2590526, 0.47328016, 0.010816105, 0.40685824) * v0_2.y;
            a0_1 += vec4(-0.18497397, 0.095671766, 0.031281278, 0.023830207) * v0_2.z;
            a0_1 += vec4(-0.11345598, -0.09300524, -0.010809514, 0.0020269547) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0938274, 0.14826979, -0.03521766, -0.048983887) * v0_2.x;
            a0_0 += vec4(0.005948068, 0.019412184, 0.041324906, -0.017393446) * v0_2.y;
            a0_0 += vec4(-0.039915707, -0.06274043, -0.034093108, -0.0106262155) * v0_2.z;
            a0_0 += vec4(0.062472336, -0.10723927, -0.033728104, -0.0003482084) * v0_2.w;
            a0_1 += vec4(0.061775193, -0.1712892, 0.041075125, 0.20546062) * v0_2.x;
            a0_1 += vec4(0.031466, -0.15585797, 0.014810759, 0.22489391) * v0_2.y;
            a0_1 += vec4(-0.1092278, 0.21315832, 0.036377225, 0.08622906) * v0_2.z;
            a0_1 += vec4(0.017885432, -0.17632127, 0.018369181, -0.07337717) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.012575323, 0.21428107, 0.024009118, 0.0072234366) * v0_2.x;
            a0_0 += vec4(0.110534936, 0.038000148, -0.25788772, 0.57073885) * v0_2.y;
            a0_0 += vec4(-0.093418255, 0.0489895, -0.032271013, 0.040298827) * v0_2.z;
            a0_0 += vec4(-0.01656662, -0.10717151, -0.05323044, 0.009139213) * v0_2.w;
            a0_1 += vec4(0.19034968, -0.12876624, -0.002189227, -0.096818306) * v0_2.x;
            a0_1 += vec4(0.21685769, 0.34736016, 0.31792116, 0.048570324) * v0_2.y;
            a0_1 += vec4(-0.09962518, 0.17246957, 0.09426425, 0.013819997) * v0_2.z;
            a0_1 += vec4(-0.12065603, 0.05699758, 0.06912247, -0.07408931) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(0.5831522, -0.17538753, 0.18433517, 0.16077118) * v0_2.x;
            a0_0 += vec4(0.1501084, -0.33913323, 0.24974765, 0.24317762) * v0_2.y;
            a0_0 += vec4(-0.17460136, 0.08797354, -0.0044557275, 0.0032939329) * v0_2.z;
            a0_0 += vec4(0.017071487, -0.31103528, 0.025371121, 0.05131224) * v0_2.w;
            a0_1 += vec4(0.22381315, 0.81377786, -0.131091, -0.33007315) * v0_2.x;
            a0_1 += vec4(-0.06802222, -0.8026919, 0.12802102, -1.1894389) * v0_2.y;
            a0_1 += vec4(-0.01698604, -0.038668323, 0.17198865, 0.058861967) * v0_2.z;
            a0_1 += vec4(-0.18650739, 0.11578547, -0.07472778, -0.10268028) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.39614585, -0.02760399, 0.015339275, -0.003060968) * v0_2.x;
            a0_0 += vec4(-0.012000301, -0.051808078, 0.031300403, 0.08704484) * v0_2.y;
            a0_0 += vec4(-0.021450762, 0.09426401, -0.009409565, -0.0039392645) * v0_2.z;
            a0_0 += vec4(0.21290441, -0.27999678, -0.06340699, -0.102655925) * v0_2.w;
            a0_1 += vec4(-0.071625575, 0.2144827, 0.022619078, 0.13562746) * v0_2.x;
            a0_1 += vec4(0.093113266, 0.021232337, -0.1303427, -0.15647937) * v0_2.y;
            a0_1 += vec4(-0.2104433, 0.23855501, 0.22365434, 0.11294459) * v0_2.z;
            a0_1 += vec4(-0.16526905, 0.09619447, 0.04934603, -0.40786266) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.078089006, 0.17946592, -0.051808182, -0.039482597) * v0_2.x;
            a0_0 += vec4(0.10982464, 0.006621336, 0.28069186, 0.2825716) * v0_2.y;
            a0_0 += vec4(0.08154041, 0.061886646, 0.076081514, 0.03819258) * v0_2.z;
            a0_0 += vec4(0.10033133, -0.10218606, 0.09323228, 0.052600436) * v0_2.w;
            a0_1 += vec4(0.10064239, -0.04736303, -0.0070879846, 0.017786024) * v0_2.x;
            a0_1 += vec4(-0.054937042, 0.22450395, 0.13634747, 0.5500765) * v0_2.y;
            a0_1 += vec4(-0.086268514, 0.1068056, 0.075488545, 0.16452391) * v0_2.z;
            a0_1 += vec4(-0.100230396, 0.13944808, 0.018234892, -0.09347855) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.12375716, -0.20972097, 0.041274253, 0.05129408) * v0_2.x;
            a0_0 += vec4(-0.16977555, -0.055903092, -0.016043866, -0.16422828) * v0_2.y;
            a0_0 += vec4(0.21849725, 0.082607955, 0.08996517, 0.016130572) * v0_2.z;
            a0_0 += vec4(0.042123027, -0.24660805, 0.30570075, 0.18885633) * v0_2.w;
            a0_1 += vec4(0.008185982, 0.02580795, -0.06922441, 0.39691514) * v0_2.x;
            a0_1 += vec4(0.14592198, 0.34882262, 0.039981134, -0.05594578) * v0_2.y;
            a0_1 += vec4(-0.067179784, 0.16566387, 0.023238637, -0.004874816) * v0_2.z;
            a0_1 += vec4(0.04108678, 0.14870435, 0.18564744, -0.17238356) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.2570936, -0.031269316, 0.01752135, -0.01341762) * v0_2.x;
            a0_0 += vec4(-0.034155574, 0.04749098, -0.023148425, -0.037623752) * v0_2.y;
            a0_0 += vec4(-0.11057623, 0.12646434, 0.08996353, 0.015585094) * v0_2.z;
            a0_0 += vec4(0.38278243, -0.11085706, 0.05663836, -0.007234258) * v0_2.w;
            a0_1 += vec4(0.03345898, 0.024706494, -0.038273126, -0.19032453) * v0_2.x;
            a0_1 += vec4(0.032221705, -0.027420525, -0.008488926, -0.015636519) * v0_2.y;
            a0_1 += vec4(-0.029178573, 0.26111493, 0.060684104, 0.047895722) * v0_2.z;
            a0_1 += vec4(-0.02992049, -0.054927755, -0.14593197, -0.4119801) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.18225953, 0.012950922, -0.013866792, 0.043620367) * v0_2.x;
            a0_0 += vec4(-0.09634382, 0.1295574, 0.0038702164, -0.0011518892) * v0_2.y;
            a0_0 += vec4(0.003963204, 0.11485575, 0.10470611, -0.06498091) * v0_2.z;
            a0_0 += vec4(-0.035300884, -0.03904593, 0.004180129, 0.08727307) * v0_2.w;
            a0_1 += vec4(-0.10185243, -0.04096928, 0.0644769, 0.08752083) * v0_2.x;
            a0_1 += vec4(-0.09376103, 0.012330129, -0.036529038, 0.12024477) * v0_2.y;
            a0_1 += vec4(0.01705568, -0.015592525, 0.03592273, -0.02709768) * v0_2.z;
            a0_1 += vec4(0.01932748, -0.049810838, -0.024598582, -0.064706616) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.18973833, 0.21122196, 0.010338642, -0.025594281) * v0_2.x;
            a0_0 += vec4(0.012766486, -0.0034648252, 0.15152732, 0.058770522) * v0_2.y;
            a0_0 += vec4(0.02350035, 0.19883706, 0.22473219, 0.08871804) * v0_2.z;
            a0_0 += vec4(-0.04612259, 0.0058129514, 0.049838036, 0.07630988) * v0_2.w;
            a0_1 += vec4(-0.31974673, -0.0040072883, 0.09960042, 0.005202683) * v0_2.x;
            a0_1 += vec4(0.005240544, 0.10535383, 0.024910176, 0.07988779) * v0_2.y;
            a0_1 += vec4(0.043493006, 0.014817267, -0.013197175, -0.09177089) * v0_2.z;
            a0_1 += vec4(0.001804822, 0.021216314, 0.0011425817, -0.0019903353) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.24278288, 0.0937234, 0.077520415, 0.14284946) * v0_2.x;
            a0_0 += vec4(0.12666269, 0.04793069, -0.054602575, -0.014613225) * v0_2.y;
            a0_0 += vec4(-0.10137733, 0.08561996, 0.17945066, 0.060258545) * v0_2.z;
            a0_0 += vec4(0.027247187, 0.04935797, -0.049956676, 0.0482109) * v0_2.w;
            a0_1 += vec4(-0.054151267, -0.07719161, -0.017777406, -0.08397006) * v0_2.x;
            a0_1 += vec4(0.0035161783, -0.06851633, 0.05399078, 0.0036892744) * v0_2.y;
            a0_1 += vec4(0.09071474, 0.0022154385, -0.010603513, -0.092870176) * v0_2.z;
            a0_1 += vec4(0.053248636, 0.02053424, -0.011789118, -0.029040914) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.016425801, -0.08777978, -0.10486159, 0.020694451) * v0_2.x;
            a0_0 += vec4(-0.21469139, -0.320999, 0.07249864, 0.11032764) * v0_2.y;
            a0_0 += vec4(0.0116639715, 0.1033857, 0.1073603, -0.0606767) * v0_2.z;
            a0_0 += vec4(-0.23564965, 0.029830692, 0.07067359, 0.07812588) * v0_2.w;
            a0_1 += vec4(0.0921724, 0.26840508, 0.056612138, 0.010450419) * v0_2.x;
            a0_1 += vec4(-0.37549165, -0.025144171, 0.2773017, 0.11000934) * v0_2.y;
            a0_1 += vec4(-0.042817507, 0.017823583, 0.0071191904, 0.04034717) * v0_2.z;
            a0_1 += vec4(-0.015570028, 0.013171149, -0.021756306, -0.032700054) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.12570058, 0.15321311, -0.19042765, -0.17150038) * v0_2.x;
            a0_0 += vec4(0.0071306913, -0.064806096, 0.083851196, -0.10297927) * v0_2.y;
            a0_0 += vec4(-0.18961534, 0.14536737, 0.24145201, 0.024179677) * v0_2.z;
            a0_0 += vec4(-0.4475021, 0.18808544, 0.13944514, 0.11471266) * v0_2.w;
            a0_1 += vec4(0.3621139, 0.2809216, 0.32998696, -0.04528144) * v0_2.x;
            a0_1 += vec4(0.22751562, 0.2162859, 0.08484499, -0.101792164) * v0_2.y;
            a0_1 += vec4(0.022602912, -0.010337523, -0.008003397, -0.013766157) * v0_2.z;
            a0_1 += vec4(-0.0057711024, -0.05819619, -0.04446155, -0.08052716) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.04329208, -0.102230474, -0.14077887, -0.1455721) * v0_2.x;
            a0_0 += vec4(0.010968888, -0.033099134, -0.047514163, -0.04225756) * v0_2.y;
            a0_0 += vec4(-0.27817902, 0.193033, 0.23406045, -0.034473438) * v0_2.z;
            a0_0 += vec4(-0.21932313, 0.22107722, 0.13216983, 0.047587793) * v0_2.w;
            a0_1 += vec4(0.1547679, 0.22161007, 0.014627768, 0.012153356) * v0_2.x;
            a0_1 += vec4(0.033899494, 0.034064934, 0.025189225, 0.055117983) * v0_2.y;
            a0_1 += vec4(0.043660346, -0.058228914, 0.015314688, 0.14504164) * v0_2.z;
            a0_1 += vec4(0.11813863, -0.007121823, -0.039966784, 0.0111110695) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.18999028, -0.021009836, 0.12522012, 0.026489483) * v0_2.x;
            a0_0 += vec4(-0.07996968, -0.00045964748, -0.33249003, -0.046706114) * v0_2.y;
            a0_0 += vec4(-0.1460439, 0.0022909723, 0.02446258, 0.0041036597) * v0_2.z;
            a0_0 += vec4(-0.081839465, 0.09676201, -0.038614098, 0.035158537) * v0_2.w;
            a0_1 += vec4(0.037130073, -0.014706611, -0.046346705, 0.012224429) * v0_2.x;
            a0_1 += vec4(-0.041157037, -0.35751107, -0.05951779, 0.09695064) * v0_2.y;
            a0_1 += vec4(0.01285512, 0.43048343, 0.04302009, 0.011366874) * v0_2.z;
            a0_1 += vec4(-0.017840335, -0.12335119, 0.08287626, 0.017680923) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.023535606, 0.17872299, 0.3698135, -0.061200347) * v0_2.x;
            a0_0 += vec4(-0.21729006, 0.13345364, -0.31766793, -0.14105877) * v0_2.y;
            a0_0 += vec4(0.027014088, 0.110602126, 0.019382484, -0.07007112) * v0_2.z;
            a0_0 += vec4(-0.550843, 0.10007874, 0.06388137, 0.1605647) * v0_2.w;
            a0_1 += vec4(0.010891541, -0.49083295, 0.060383532, 0.10288336) * v0_2.x;
            a0_1 += vec4(0.06985232, -0.7059014, 0.11019046, 0.122279085) * v0_2.y;
            a0_1 += vec4(0.044065747, -0.09983451, 0.009456532, -0.046246454) * v0_2.z;
            a0_1 += vec4(-0.026614493, -0.58389384, 0.33076137, -0.0031434675) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.0632529, -0.03677373, -0.08668102, -0.021147251) * v0_2.x;
            a0_0 += vec4(0.022946224, -0.01554489, 0.24977423, 0.08550634) * v0_2.y;
            a0_0 += vec4(0.09633588, 0.00942261, -0.058447283, -0.11685332) * v0_2.z;
            a0_0 += vec4(-0.41660216, 0.075901665, -0.5861667, 0.09059572) * v0_2.w;
            a0_1 += vec4(0.04606002, -0.37527433, 0.046905946, 0.01563129) * v0_2.x;
            a0_1 += vec4(0.0011968618, -0.022588259, -0.009153364, 0.044754457) * v0_2.y;
            a0_1 += vec4(0.08695484, 1.0303904, 0.04778055, -0.15094581) * v0_2.z;
            a0_1 += vec4(-0.028186394, -0.9436374, 0.016880145, -0.11173819) * v0_2.w;
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
            a0_0 += vec4(-0.06286261, -0.060373593, 0.07116647, 0.0619829) * v0_3.x;
            a0_0 += vec4(-0.0066299126, 0.13109206, -0.20979518, 0.002858611) * v0_3.y;
            a0_0 += vec4(-0.048014127, 0.00019520303, 0.121980846, 0.034745358) * v0_3.z;
            a0_0 += vec4(0.13724911, -0.085459515, 0.0051784874, 0.01571718) * v0_3.w;
            a0_1 += vec4(-0.10498621, 0.030014794, 0.0032244981, 0.102304555) * v0_3.x;
            a0_1 += vec4(0.17439382, 0.038725745, 0.032478284, -0.19305107) * v0_3.y;
            a0_1 += vec4(-0.048359256, 0.15367508, -0.006052263, 0.083774105) * v0_3.z;
            a0_1 += vec4(0.00292457, 0.037073225, 0.035675347, -0.019000113) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.013574857, -0.23202792, 0.0519594, 0.034660738) * v0_3.x;
            a0_0 += vec4(0.43635687, -0.30060947, 0.14550194, 0.018748902) * v0_3.y;
            a0_0 += vec4(-0.13679627, 0.2829286, -0.013588786, 0.036971442) * v0_3.z;
            a0_0 += vec4(0.030681746, 0.0010127635, -0.08614273, -0.11911174) * v0_3.w;
            a0_1 += vec4(0.04774375, -0.2938067, -0.05709124, -0.13943814) * v0_3.x;
            a0_1 += vec4(-0.20270431, 0.3623445, -0.21419439, -0.05675482) * v0_3.y;
            a0_1 += vec4(0.099672005, -0.05606282, 0.007557265, 0.05206348) * v0_3.z;
            a0_1 += vec4(0.009219706, 0.04432889, -0.11578689, -0.19682948) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.024118878, -0.012151595, -9.674262e-05, 0.017549517) * v0_3.x;
            a0_0 += vec4(-0.27432656, -0.09803597, -0.15732808, -0.060366213) * v0_3.y;
            a0_0 += vec4(-0.14930736, 0.14311892, 0.024713188, 0.037726585) * v0_3.z;
            a0_0 += vec4(0.14170945, -0.03425068, -0.017167509, -0.00071168476) * v0_3.w;
            a0_1 += vec4(0.01726662, -0.29581445, -0.04216016, -0.16203597) * v0_3.x;
            a0_1 += vec4(0.100185566, -0.6252325, 0.22465782, 0.28656498) * v0_3.y;
            a0_1 += vec4(-0.08000968, 0.21885292, 0.012668427, 0.291217) * v0_3.z;
            a0_1 += vec4(0.111002214, -0.926955, -0.09882393, -0.1423236) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.10782089, -0.16344099, 0.19317712, -0.38159618) * v0_3.x;
            a0_0 += vec4(0.13680598, 0.17883787, 0.030246858, -0.037606556) * v0_3.y;
            a0_0 += vec4(-0.32459244, 0.10547758, 0.044550784, 0.12048204) * v0_3.z;
            a0_0 += vec4(-0.0099839885, -0.12357541, 0.036530048, -0.089610785) * v0_3.w;
            a0_1 += vec4(0.064765096, -0.15353599, -0.037294686, 0.25121227) * v0_3.x;
            a0_1 += vec4(-0.019713858, -0.00843203, 0.022497868, 0.098086946) * v0_3.y;
            a0_1 += vec4(-0.05982795, -0.051977072, 0.06938831, 0.076482974) * v0_3.z;
            a0_1 += vec4(-0.015600241, 0.05576615, -0.015238523, 0.070096485) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.13898109, 0.39208248, 0.0109475395, 0.015943753) * v0_3.x;
            a0_0 += vec4(0.022446962, -0.08900124, 0.19220018, 0.0677409) * v0_3.y;
            a0_0 += vec4(-0.3439734, 0.08384029, 0.10629637, 0.09067521) * v0_3.z;
            a0_0 += vec4(-0.29944092, 0.060521916, 0.22991458, 0.40063986) * v0_3.w;
            a0_1 += vec4(0.08664475, 0.01768298, 0.6020848, -0.039920695) * v0_3.x;
            a0_1 += vec4(0.044405468, -0.21811347, 0.08342741, -0.033837955) * v0_3.y;
            a0_1 += vec4(0.03281182, 0.3374107, 0.027843654, 0.012756136) * v0_3.z;
            a0_1 += vec4(-0.4012199, -0.38563505, 0.5097441, -0.062200487) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.18874273, -0.0056638373, -0.04421056, -0.038572893) * v0_3.x;
            a0_0 += vec4(0.07605439, 0.062168654, 0.03995903, -0.031816024) * v0_3.y;
            a0_0 += vec4(-0.2129637, 0.21379061, 0.053394426, 0.07264673) * v0_3.z;
            a0_0 += vec4(-0.13454273, 0.14965035, -0.10484448, -0.20467016) * v0_3.w;
            a0_1 += vec4(0.04299441, -0.2796033, 0.018012377, -0.60941917) * v0_3.x;
            a0_1 += vec4(0.1011615, 0.08959307, -0.12839684, 0.015276757) * v0_3.y;
            a0_1 += vec4(0.08205204, 0.26834708, 0.10463888, 0.36799002) * v0_3.z;
            a0_1 += vec4(0.19586207, -0.26779923, -0.21701203, -0.2887069) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.06988142, 0.25449514, -0.05523505, -0.13124296) * v0_3.x;
            a0_0 += vec4(0.014233429, 0.16215482, -0.04481816, 0.019992262) * v0_3.y;
            a0_0 += vec4(-0.13293903, 0.18337868, 0.07000366, 0.0513191) * v0_3.z;
            a0_0 += vec4(-0.055277914, -0.07764673, 0.03873142, 0.07883217) * v0_3.w;
            a0_1 += vec4(0.17462203, -0.15911232, -0.0644498, -0.46001348) * v0_3.x;
            a0_1 += vec4(-0.03646808, 0.01894494, 0.037309248, 0.08804501) * v0_3.y;
            a0_1 += vec4(-0.02043176, 0.0040285555, 0.062654845, 0.10359963) * v0_3.z;
            a0_1 += vec4(-0.027579963, -0.03041531, -0.013238214, -0.1042015) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.36113358, 0.22899732, -0.036704354, 0.013839135) * v0_3.x;
            a0_0 += vec4(0.14529197, 0.08774893, -0.07928519, 0.0026338708) * v0_3.y;
            a0_0 += vec4(-0.16879976, 0.062266976, 0.07541507, -0.0023375154) * v0_3.z;
            a0_0 += vec4(0.0723696, 0.12809074, 0.016016755, -0.0056813788) * v0_3.w;
            a0_1 += vec4(-0.010989444, 0.20658334, 0.3690644, -0.4812721) * v0_3.x;
            a0_1 += vec4(0.1237659, 0.11424956, -0.013393478, -0.1257435) * v0_3.y;
            a0_1 += vec4(0.052512053, 0.14608477, -0.008053595, 0.188952) * v0_3.z;
            a0_1 += vec4(0.14650895, -0.00904681, 0.042338386, -0.42307767) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.028720137, -0.05488755, -0.016848313, 7.5715514e-05) * v0_3.x;
            a0_0 += vec4(0.016350053, 0.053903952, -0.05208008, -0.034171015) * v0_3.y;
            a0_0 += vec4(-0.22506568, 0.11121778, 0.01785079, 0.06564211) * v0_3.z;
            a0_0 += vec4(0.23272583, -0.00482589, 0.055954725, 0.1432723) * v0_3.w;
            a0_1 += vec4(-0.043099996, -0.03028995, -0.042148624, -0.24289148) * v0_3.x;
            a0_1 += vec4(0.07717908, 0.20333739, 0.09126126, -0.043131243) * v0_3.y;
            a0_1 += vec4(0.034551986, 0.13580005, 0.13391165, 0.18057454) * v0_3.z;
            a0_1 += vec4(-0.030283766, -0.31506154, 0.004103044, -0.20386352) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(5.1323554e-05, -0.07126976, 0.0717044, 0.08670506) * v0_3.x;
            a0_0 += vec4(-0.23780937, -0.14137544, 0.13912621, 0.2678485) * v0_3.y;
            a0_0 += vec4(0.046414807, -0.02400199, 0.1367385, -0.05674787) * v0_3.z;
            a0_0 += vec4(0.01625005, 0.0038141713, -0.056956522, 0.02169852) * v0_3.w;
            a0_1 += vec4(0.0633404, -0.047110643, 0.07118211, 0.048444882) * v0_3.x;
            a0_1 += vec4(-0.005775792, -0.052555647, -0.104302905, -0.08460713) * v0_3.y;
            a0_1 += vec4(0.02597907, -0.009950657, 0.06209868, 0.028137863) * v0_3.z;
            a0_1 += vec4(0.0021697362, 0.0076568406, 0.0036912055, -0.018345946) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.04279038, -0.15758245, -0.17662711, -0.017594846) * v0_3.x;
            a0_0 += vec4(0.20519647, 0.09704495, 0.080727994, 0.005672992) * v0_3.y;
            a0_0 += vec4(0.14894627, -0.028557528, 0.042686574, -0.09464376) * v0_3.z;
            a0_0 += vec4(0.012749778, -0.07738155, -0.20807444, -0.0047955588) * v0_3.w;
            a0_1 += vec4(-0.1331605, 0.0013857342, 0.039788213, 0.035220563) * v0_3.x;
            a0_1 += vec4(0.13084726, 0.25971624, 0.046869524, -0.00036427676) * v0_3.y;
            a0_1 += vec4(0.09637856, 0.09770717, 0.0024276047, 0.010706814) * v0_3.z;
            a0_1 += vec4(-0.035277203, -0.026551245, -0.06352065, 0.059016775) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.003882164, 0.043724775, 0.13515851, 0.009558198) * v0_3.x;
            a0_0 += vec4(0.01243602, -0.30368036, 0.0585837, 0.14723654) * v0_3.y;
            a0_0 += vec4(0.066010594, -0.117944345, -0.05076957, -0.059586998) * v0_3.z;
            a0_0 += vec4(-0.01100473, -0.021125365, 0.051611323, -0.035773404) * v0_3.w;
            a0_1 += vec4(0.053855784, 0.064021416, 0.008060696, -0.01526441) * v0_3.x;
            a0_1 += vec4(-0.12302382, -0.09358945, 0.032181762, 0.14378323) * v0_3.y;
            a0_1 += vec4(-0.04676286, -0.034834966, 0.026324442, 0.00984958) * v0_3.z;
            a0_1 += vec4(0.019158434, 0.008232241, -0.051986564, 0.00989814) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.0978772, -0.26208955, 0.12593898, 0.010574613) * v0_3.x;
            a0_0 += vec4(0.074951276, 0.044399165, -0.1838051, 0.041730907) * v0_3.y;
            a0_0 += vec4(-0.021193745, 0.014078046, 0.10010997, -0.44335574) * v0_3.z;
            a0_0 += vec4(-0.009230954, 0.06559567, -0.029090464, -0.102578215) * v0_3.w;
            a0_1 += vec4(-0.32401672, -0.30412912, 0.2895643, -0.008885428) * v0_3.x;
            a0_1 += vec4(0.025618806, -0.14120665, 0.003426259, -0.0028148086) * v0_3.y;
            a0_1 += vec4(0.026743617, 0.091353565, 0.105543524, 0.10250313) * v0_3.z;
            a0_1 += vec4(0.0011675783, 0.035086125, 0.10921663, 0.11966283) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(0.105781436, 0.24344411, -0.11202546, 0.18120848) * v0_3.x;
            a0_0 += vec4(0.07621527, -0.13348265, -1.602721, -0.05735984) * v0_3.y;
            a0_0 += vec4(0.2853178, -0.23445512, -0.0717304, -0.12555635) * v0_3.z;
            a0_0 += vec4(0.09977452, 0.20737745, -0.2415741, 0.0952919) * v0_3.w;
            a0_1 += vec4(0.020567996, 0.043697476, -0.028728785, 0.48524925) * v0_3.x;
            a0_1 += vec4(-0.1070952, 0.32152945, 0.17778619, -0.19383006) * v0_3.y;
            a0_1 += vec4(-0.024628215, -0.08665188, 0.07534843, 0.10868306) * v0_3.z;
            a0_1 += vec4(0.0076442426, -0.2820696, -0.064204305, 0.42395118) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.023610769, -0.021789312, 0.10287518, 0.07111899) * v0_3.x;
            a0_0 += vec4(-0.069030195, -0.3530963, -0.0772313, 0.054264646) * v0_3.y;
            a0_0 += vec4(0.11574515, -0.0049083773, 0.13987744, -0.05995539) * v0_3.z;
            a0_0 += vec4(-0.0066793635, -0.44646642, 0.057889964, 0.1557922) * v0_3.w;
            a0_1 += vec4(-0.08160614, -6.6108376e-05, 0.040490992, 0.074189894) * v0_3.x;
            a0_1 += vec4(-0.09084997, -0.22213592, -0.0040130247, -0.25885248) * v0_3.y;
            a0_1 += vec4(0.1762984, 0.032682348, 0.080818735, 0.011279443) * v0_3.z;
            a0_1 += vec4(-0.5007788, 0.1279997, 0.1973625, -0.23513627) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.25576854, -0.19167414, -0.27466488, 0.01879606) * v0_3.x;
            a0_0 += vec4(-0.07399727, 0.044162035, 0.29977044, -0.040815722) * v0_3.y;
            a0_0 += vec4(0.11204664, -0.057289813, 0.0433811, -0.15938447) * v0_3.z;
            a0_0 += vec4(0.09806077, 0.043475185, -0.15241355, 0.008824298) * v0_3.w;
            a0_1 += vec4(-0.012247044, 0.28446662, 0.024418319, -0.0368572) * v0_3.x;
            a0_1 += vec4(-0.023362575, 0.16955037, -0.01587947, -0.11374387) * v0_3.y;
            a0_1 += vec4(0.00065157504, 0.36673146, 0.038827658, 0.021695819) * v0_3.z;
            a0_1 += vec4(-0.03466305, 0.15947455, 0.027267056, 0.08813025) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.053252265, -0.20352285, 0.0040533496, 0.15751232) * v0_3.x;
            a0_0 += vec4(-0.008557037, 0.042300053, -0.27024773, 0.014334498) * v0_3.y;
            a0_0 += vec4(0.061752044, -0.087051116, 0.44206765, -0.13514131) * v0_3.z;
            a0_0 += vec4(-0.008122361, 0.08984067, -1.5512228, 0.016748672) * v0_3.w;
            a0_1 += vec4(-0.044156477, 0.95561594, -0.009911129, 0.19367605) * v0_3.x;
            a0_1 += vec4(-0.054063108, -0.79020953, -0.10213113, -0.0908398) * v0_3.y;
            a0_1 += vec4(0.08291707, -0.79757714, 0.01788996, 0.0128420135) * v0_3.z;
            a0_1 += vec4(-0.06652311, -1.9906149, 0.16717233, 0.06597571) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.004975121, -0.013876289, -0.20706643, -0.0010754706) * v0_3.x;
            a0_0 += vec4(-0.03956546, -0.032669004, 0.27811366, 0.049491927) * v0_3.y;
            a0_0 += vec4(0.103271104, 0.0076353475, 0.111283086, -0.05007348) * v0_3.z;
            a0_0 += vec4(0.18108976, -0.10776404, -0.07119156, -0.19419111) * v0_3.w;
            a0_1 += vec4(-0.01709236, 0.38168252, -0.020716643, -0.04685829) * v0_3.x;
            a0_1 += vec4(0.011182388, 0.23508231, -0.047186192, -0.14482248) * v0_3.y;
            a0_1 += vec4(0.042174943, -0.32013205, 0.035887044, 0.069062434) * v0_3.z;
            a0_1 += vec4(0.022560531, -2.0759308, -0.04987254, 0.06480788) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L2
//!SAVE ArtCNN_C4F16_DS_L3
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
        a0_0 = vec4(0.027778136, 0.0038762365, 0.0060112406, 0.0006000015);
        a0_1 = vec4(-0.0017351743, 0.0009950683, 0.010912907, 0.03908604);
    } else if (slice == 1) {
        a0_0 = vec4(0.000266976, 0.017418299, -0.008647216, 0.015921349);
        a0_1 = vec4(-0.013619726, 0.0029480434, 0.01368811, 0.012646604);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(0.037959523, -0.25021362, 0.32180902, 0.037510023) * v0_0.x;
            a0_0 += vec4(0.111008085, 0.036263727, -0.044832613, 0.046227634) * v0_0.y;
            a0_0 += vec4(0.06153237, 0.066887036, -0.06402503, 0.0137818055) * v0_0.z;
            a0_0 += vec4(0.058643926, 0.09194818, -0.0066927616, -0.00027553178) * v0_0.w;
            a0_1 += vec4(0.11119281, 0.014871417, -0.08584802, -0.11974283) * v0_0.x;
            a0_1 += vec4(-0.036323845, -0.061903026, 0.030546349, 0.0555025) * v0_0.y;
            a0_1 += vec4(0.008382123, -0.07504962, -0.039831385, -0.12784553) * v0_0.z;
            a0_1 += vec4(-0.0026460697, 0.08231018, 0.0055240174, -0.12879173) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.31354797, -0.52957594, 0.11697425, -0.20372826) * v0_0.x;
            a0_0 += vec4(0.17802851, -0.18988231, -0.10361172, -0.027982308) * v0_0.y;
            a0_0 += vec4(-0.16375913, -0.010294441, -0.2834363, 0.06046444) * v0_0.z;
            a0_0 += vec4(-0.007466428, -0.33041412, 0.124784246, -0.19223383) * v0_0.w;
            a0_1 += vec4(0.17016123, 0.02588196, -0.019716628, 0.10479849) * v0_0.x;
            a0_1 += vec4(-0.0016980349, -0.028776024, 0.027543277, -0.2772358) * v0_0.y;
            a0_1 += vec4(0.1283749, 0.025966087, 0.042241443, 0.014233859) * v0_0.z;
            a0_1 += vec4(0.0065921512, 0.020656658, -0.022434035, -0.04985252) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.10706539, -0.10484983, -0.061880626, 0.00774244) * v0_0.x;
            a0_0 += vec4(0.09231609, 0.06202766, 0.1640999, 0.13581178) * v0_0.y;
            a0_0 += vec4(-0.1420185, 0.0035332106, -0.16379459, -0.120733924) * v0_0.z;
            a0_0 += vec4(-0.02373713, -0.07780154, 0.035413943, 0.01883168) * v0_0.w;
            a0_1 += vec4(-0.0472501, 0.0037576957, -4.3977616e-05, 0.03290291) * v0_0.x;
            a0_1 += vec4(-0.04104652, -0.026227556, -0.010901347, -0.4085957) * v0_0.y;
            a0_1 += vec4(-0.10935482, -0.047516197, 0.0118241785, -0.100866616) * v0_0.z;
            a0_1 += vec4(0.060059942, 0.116595045, -0.007916477, 0.17789184) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.06571661, -0.003932265, -0.30063874, -0.012647723) * v0_0.x;
            a0_0 += vec4(-0.009271675, 0.22283988, -0.16774207, 0.20155182) * v0_0.y;
            a0_0 += vec4(0.017236145, -0.10799352, 0.04796609, 0.08983289) * v0_0.z;
            a0_0 += vec4(-0.04880977, -0.10221234, 0.022749677, 0.16696925) * v0_0.w;
            a0_1 += vec4(-0.22412719, -0.10033592, -0.1521234, -0.17362382) * v0_0.x;
            a0_1 += vec4(0.01638626, 0.02835907, 0.033511728, 0.2328821) * v0_0.y;
            a0_1 += vec4(-0.020197593, 0.03216839, 0.037741493, -0.029707273) * v0_0.z;
            a0_1 += vec4(0.009855981, 0.22149108, -0.03689686, 0.1447713) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.05266035, 0.22585094, -0.35540175, -0.07244089) * v0_0.x;
            a0_0 += vec4(-0.031269263, -0.051175628, 0.04963369, -0.15279794) * v0_0.y;
            a0_0 += vec4(-0.20429726, -0.052164555, 0.37304792, -0.11294483) * v0_0.z;
            a0_0 += vec4(0.055018574, 0.32319817, 0.27816808, -0.38375401) * v0_0.w;
            a0_1 += vec4(-0.30148375, 0.0632023, -0.0067251194, -0.15317558) * v0_0.x;
            a0_1 += vec4(-0.17110342, -0.18321693, -0.088327326, -0.41609433) * v0_0.y;
            a0_1 += vec4(-0.13017967, 0.49971968, 0.056333855, -0.011686353) * v0_0.z;
            a0_1 += vec4(0.0010861221, 0.22562495, -0.080076136, -0.1302788) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.060769554, 0.14420046, -0.0043999953, -0.059062645) * v0_0.x;
            a0_0 += vec4(-0.19179358, -0.16230205, 0.13510382, -0.1457872) * v0_0.y;
            a0_0 += vec4(0.0016391758, -0.15750861, 0.105348974, -0.04819904) * v0_0.z;
            a0_0 += vec4(-0.011858636, 0.18733023, 0.0010513674, 0.2908214) * v0_0.w;
            a0_1 += vec4(0.039973423, 0.03028041, 0.021956658, 0.07808441) * v0_0.x;
            a0_1 += vec4(-0.14125678, -0.036012925, 0.0071603158, -0.07522537) * v0_0.y;
            a0_1 += vec4(-0.025754103, 0.005378989, -0.014686566, 0.09944998) * v0_0.z;
            a0_1 += vec4(0.13554697, 0.079004906, 0.0011523525, -0.38537538) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.059792068, -0.004420408, -0.1316754, -0.047432523) * v0_0.x;
            a0_0 += vec4(0.11734924, -0.15156738, 0.28328276, 0.16117229) * v0_0.y;
            a0_0 += vec4(0.01921817, -0.0016701889, 0.029864851, -0.0075468165) * v0_0.z;
            a0_0 += vec4(-0.15897815, 0.01961235, -0.054396078, 0.024539033) * v0_0.w;
            a0_1 += vec4(-0.13575977, -0.022396836, -0.030112451, 0.10222917) * v0_0.x;
            a0_1 += vec4(0.1552075, -0.06995485, -0.031099742, 0.17577963) * v0_0.y;
            a0_1 += vec4(-0.056910343, 0.013968224, 0.14333825, -0.03675011) * v0_0.z;
            a0_1 += vec4(0.011783875, -0.051590312, -0.15610342, -0.17404863) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.08292198, -0.027146012, -0.027524365, -0.011506686) * v0_0.x;
            a0_0 += vec4(0.086338654, 0.041687276, -0.2173084, 0.038262483) * v0_0.y;
            a0_0 += vec4(0.263645, 0.045751404, 0.11188837, -0.0067946645) * v0_0.z;
            a0_0 += vec4(-0.03161529, 0.010051411, -0.3263065, -0.06663389) * v0_0.w;
            a0_1 += vec4(0.07389935, 0.050780647, -0.031877898, 0.06690987) * v0_0.x;
            a0_1 += vec4(-0.14316311, -0.052577198, -0.031312797, -0.05003997) * v0_0.y;
            a0_1 += vec4(0.09845202, -0.017005472, 0.07714886, 0.048596397) * v0_0.z;
            a0_1 += vec4(-0.14131732, 0.101602435, -0.22325617, 0.20973825) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.18083061, -0.0685881, -0.12234881, -0.02228465) * v0_0.x;
            a0_0 += vec4(0.07691137, 0.30900759, -0.121936925, -0.22359262) * v0_0.y;
            a0_0 += vec4(0.03343305, 0.023539206, 0.038763672, 0.1339184) * v0_0.z;
            a0_0 += vec4(-0.19916165, -0.24065477, -0.11511568, -0.077685505) * v0_0.w;
            a0_1 += vec4(-0.031117477, 0.021548124, 0.017189413, 0.052431688) * v0_0.x;
            a0_1 += vec4(0.04915466, 0.032980744, -0.08586304, 0.07536542) * v0_0.y;
            a0_1 += vec4(0.108461745, 0.006127045, -0.02716071, 0.17326802) * v0_0.z;
            a0_1 += vec4(-0.2079598, -0.033492446, 0.12408041, -0.3209048) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.07207634, 0.06296876, 0.011107316, -0.046647698) * v0_0.x;
            a0_0 += vec4(-0.042769343, 0.08852506, -0.0862486, -0.062856324) * v0_0.y;
            a0_0 += vec4(-0.06955706, 0.14166252, -0.110850886, 0.057559825) * v0_0.z;
            a0_0 += vec4(0.02488229, 0.028278602, 0.048295196, -0.042165864) * v0_0.w;
            a0_1 += vec4(-0.059499647, -0.0073708887, 0.0005556805, -0.03291036) * v0_0.x;
            a0_1 += vec4(0.058782015, 0.18408404, -0.07796206, 0.03141434) * v0_0.y;
            a0_1 += vec4(-0.020975662, -0.054250263, -0.09048935, -0.053082395) * v0_0.z;
            a0_1 += vec4(0.035196614, 0.025776194, 0.060131244, 0.032159604) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.078074485, -0.12998049, 0.03683518, 0.03586195) * v0_0.x;
            a0_0 += vec4(0.13785475, -0.034398697, -0.026527341, 0.030237446) * v0_0.y;
            a0_0 += vec4(0.023203412, -0.033291623, -0.20238021, -0.08348794) * v0_0.z;
            a0_0 += vec4(0.11027605, -0.11150891, 0.22111917, 0.047726396) * v0_0.w;
            a0_1 += vec4(0.05577379, 0.29738176, 0.03639504, 0.070511274) * v0_0.x;
            a0_1 += vec4(-0.10016375, 0.116460875, 0.027865486, -0.0021787724) * v0_0.y;
            a0_1 += vec4(0.048691228, 0.12781721, 0.06580767, 0.005042384) * v0_0.z;
            a0_1 += vec4(-0.03535735, 0.02066432, 0.016236791, 0.016517907) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.04960072, 0.050353494, -0.0006742855, 0.07279159) * v0_0.x;
            a0_0 += vec4(0.018991109, 0.13089311, -0.08346107, 0.04701187) * v0_0.y;
            a0_0 += vec4(-0.106585406, 0.095715374, -0.013524885, -0.13243644) * v0_0.z;
            a0_0 += vec4(0.10742847, -0.14261742, -0.006763274, -0.017986735) * v0_0.w;
            a0_1 += vec4(-0.012746767, -0.07717965, -0.0299835, 0.047176152) * v0_0.x;
            a0_1 += vec4(-0.061407626, 0.037478063, -0.0863785, -0.22612846) * v0_0.y;
            a0_1 += vec4(-0.07601034, -0.09515252, 0.039877407, -0.45562136) * v0_0.z;
            a0_1 += vec4(0.046642363, -0.112222865, 0.07126736, 0.015969459) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.31722686, 0.33172634, -0.11477239, -0.01052745) * v0_0.x;
            a0_0 += vec4(0.13394238, -0.21245277, -0.048528012, -0.08471889) * v0_0.y;
            a0_0 += vec4(0.03754863, -0.121182695, -0.06421948, 0.11747149) * v0_0.z;
            a0_0 += vec4(0.14040497, -0.10238033, 0.014908958, -0.11607542) * v0_0.w;
            a0_1 += vec4(-0.020686973, -0.39262164, -0.049958147, -0.18389036) * v0_0.x;
            a0_1 += vec4(0.07072307, 0.14095645, 0.011051769, -0.024992006) * v0_0.y;
            a0_1 += vec4(0.02413172, 0.025585402, 0.14711273, 0.0009433553) * v0_0.z;
            a0_1 += vec4(0.082829006, -0.08550096, 0.031845223, -0.021640275) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.12532279, -0.24670208, 0.054382693, -0.1348918) * v0_0.x;
            a0_0 += vec4(-0.14999142, 0.16309962, -0.094578154, -0.120880246) * v0_0.y;
            a0_0 += vec4(0.3908203, -0.14487007, -0.046591494, 0.013118504) * v0_0.z;
            a0_0 += vec4(-0.061832704, -0.21098945, 0.536612, 0.10142396) * v0_0.w;
            a0_1 += vec4(0.13317253, -0.1773227, 0.069683515, -0.062820196) * v0_0.x;
            a0_1 += vec4(-0.132651, 0.22238003, -0.15049596, -0.14053519) * v0_0.y;
            a0_1 += vec4(-0.1953743, -0.31396723, 0.19547622, 0.09879975) * v0_0.z;
            a0_1 += vec4(-0.070646785, -0.24801955, -0.06661288, -0.07386374) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.09028333, 0.028686114, 0.015947023, 0.043474127) * v0_0.x;
            a0_0 += vec4(0.00018622568, -0.05940896, -0.0046693394, -0.19012134) * v0_0.y;
            a0_0 += vec4(0.07697358, -0.09784354, 0.023551218, 0.01695114) * v0_0.z;
            a0_0 += vec4(-0.062011518, 0.10891911, -0.05207921, 0.14000526) * v0_0.w;
            a0_1 += vec4(-0.023832645, -0.06890217, -0.02271733, -0.061990146) * v0_0.x;
            a0_1 += vec4(0.028613089, 0.43251, 0.0015032064, 0.23960596) * v0_0.y;
            a0_1 += vec4(0.04496337, -0.039601058, 0.10589893, 0.09921791) * v0_0.z;
            a0_1 += vec4(0.0694232, -0.021629777, -0.08209238, -0.32568154) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.12038265, -0.04111566, 0.0061977906, -0.0066740876) * v0_0.x;
            a0_0 += vec4(0.19252938, -0.073932864, 0.04497398, -0.12940288) * v0_0.y;
            a0_0 += vec4(0.023895219, 0.052579913, -0.06248462, -0.018015474) * v0_0.z;
            a0_0 += vec4(-0.06162621, 0.13864444, 0.012270212, 0.14669923) * v0_0.w;
            a0_1 += vec4(-0.019684972, -0.17369469, -0.035898644, -0.009288769) * v0_0.x;
            a0_1 += vec4(-0.029961757, 0.28030127, -0.047418542, 0.1050209) * v0_0.y;
            a0_1 += vec4(0.012742063, 0.012955064, 0.10846161, 0.017202027) * v0_0.z;
            a0_1 += vec4(-0.007071718, -0.13051221, -0.059489317, -0.010704965) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.026761789, -0.16008343, 0.01598532, -0.036855735) * v0_0.x;
            a0_0 += vec4(-0.06660676, 0.48246488, -0.11632707, -0.054524817) * v0_0.y;
            a0_0 += vec4(0.011908513, -0.06293734, 0.03299855, 0.004496553) * v0_0.z;
            a0_0 += vec4(-0.2079089, -0.15423803, -0.00363188, -0.27435684) * v0_0.w;
            a0_1 += vec4(0.030396469, -0.0085416185, 0.010889212, -0.013288528) * v0_0.x;
            a0_1 += vec4(-0.11988267, 0.23979446, -0.08275844, -0.07391667) * v0_0.y;
            a0_1 += vec4(-0.017446905, 0.035077866, 0.065961614, 0.108566545) * v0_0.z;
            a0_1 += vec4(0.011839677, 0.107098676, -0.21068384, -0.04293339) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.05339288, 0.0034270918, 0.021551864, 0.0943767) * v0_0.x;
            a0_0 += vec4(0.0353858, 0.0081639625, 0.08109295, -0.12489351) * v0_0.y;
            a0_0 += vec4(0.004884049, 0.0839288, -0.049969826, 0.13181311) * v0_0.z;
            a0_0 += vec4(-0.10933589, -0.04199368, 0.1266411, -0.12711206) * v0_0.w;
            a0_1 += vec4(0.032374904, -0.06064427, 0.042649727, -0.041691136) * v0_0.x;
            a0_1 += vec4(-0.034122627, -0.027580267, 0.04937551, 0.07984096) * v0_0.y;
            a0_1 += vec4(-0.0026640114, -0.051669076, -0.0088173095, -0.021853855) * v0_0.z;
            a0_1 += vec4(-0.0006762643, -0.018843781, 0.034812227, -0.036094137) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.049737405, 0.10112139, 0.15198193, 0.055590257) * v0_1.x;
            a0_0 += vec4(0.14161181, -0.009554299, 0.05187236, 0.007295027) * v0_1.y;
            a0_0 += vec4(-0.076030694, -0.008848272, -0.032388974, -0.031260557) * v0_1.z;
            a0_0 += vec4(0.0023497243, -0.011150315, 0.117461964, 0.011355564) * v0_1.w;
            a0_1 += vec4(-0.020023866, 0.05511347, 0.02629812, 0.07336269) * v0_1.x;
            a0_1 += vec4(0.012964031, -0.013091053, -0.06035449, -0.0766252) * v0_1.y;
            a0_1 += vec4(-0.020045916, 0.0012118748, -0.008933977, 0.030894501) * v0_1.z;
            a0_1 += vec4(0.060210135, 0.028999412, -0.046427708, -0.31539044) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.049602464, 0.12393386, 0.07494285, 0.013518429) * v0_1.x;
            a0_0 += vec4(-0.00062100356, -0.30270538, 0.21470521, -0.12667775) * v0_1.y;
            a0_0 += vec4(0.04928282, 0.26048595, -0.19169326, 0.102354474) * v0_1.z;
            a0_0 += vec4(0.015559531, -0.21064574, 0.24859385, -0.08383248) * v0_1.w;
            a0_1 += vec4(0.10327783, -0.089026466, -0.05779666, -0.3186047) * v0_1.x;
            a0_1 += vec4(0.15567823, -0.014601195, 0.013896689, 0.2891833) * v0_1.y;
            a0_1 += vec4(-0.026302965, 0.01657755, 0.021771517, 0.027450055) * v0_1.z;
            a0_1 += vec4(-0.12184151, -0.09281342, 0.031317703, -0.46122685) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.041198667, -0.047608078, -0.12736973, -0.067202985) * v0_1.x;
            a0_0 += vec4(-0.030117298, -0.07227502, 0.052990768, -0.07245678) * v0_1.y;
            a0_0 += vec4(0.072775185, 0.149006, -0.012968183, 0.070384994) * v0_1.z;
            a0_0 += vec4(-0.036099825, -0.17070374, -0.09094623, -0.23726371) * v0_1.w;
            a0_1 += vec4(0.05281817, -0.060926266, 0.03465716, 0.1537782) * v0_1.x;
            a0_1 += vec4(-0.00406323, -0.031619772, 0.029534522, 0.038000755) * v0_1.y;
            a0_1 += vec4(-0.10006288, -0.036024965, -0.0043251277, 0.065014035) * v0_1.z;
            a0_1 += vec4(-0.16962057, -0.012664665, 0.006357872, -0.22239052) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.07570894, -0.019841881, 0.053823378, 0.08053692) * v0_1.x;
            a0_0 += vec4(-0.19421548, -0.023310207, -0.00587786, -0.059943005) * v0_1.y;
            a0_0 += vec4(-0.0067059323, 0.0054926104, -0.01987329, -0.109774485) * v0_1.z;
            a0_0 += vec4(-0.038503513, 0.27981672, -0.032750774, 0.033647776) * v0_1.w;
            a0_1 += vec4(0.11518227, 0.010263358, 0.08577697, 0.15312295) * v0_1.x;
            a0_1 += vec4(-0.037677236, -0.0027213697, -0.11902089, -0.19166042) * v0_1.y;
            a0_1 += vec4(-0.017873341, 0.087266244, 0.14162566, 0.109701104) * v0_1.z;
            a0_1 += vec4(0.08876657, 0.16271667, -0.03934269, -0.2638168) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.2040691, -0.50750333, -0.25517917, -0.041274745) * v0_1.x;
            a0_0 += vec4(-0.077208094, -0.10966754, -0.25866443, 0.03609157) * v0_1.y;
            a0_0 += vec4(0.44166267, 0.024327517, 0.008248632, 0.14844674) * v0_1.z;
            a0_0 += vec4(-0.257685, 0.2327391, -0.23297633, -0.31173524) * v0_1.w;
            a0_1 += vec4(0.14694956, 0.24107741, -0.064176224, 0.012601089) * v0_1.x;
            a0_1 += vec4(-0.24566709, 0.046524867, -0.044068787, -0.38319376) * v0_1.y;
            a0_1 += vec4(-0.09396184, 0.14992373, 0.047297783, 0.18897937) * v0_1.z;
            a0_1 += vec4(0.29115647, 0.06750328, -0.05164348, 0.048152927) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.17179568, -0.18574522, -0.14215833, 0.0921146) * v0_1.x;
            a0_0 += vec4(-0.10469169, -0.09989844, 0.014709461, -0.29928666) * v0_1.y;
            a0_0 += vec4(0.20280173, 0.073017, 0.029359704, 0.22120892) * v0_1.z;
            a0_0 += vec4(0.2955338, 0.09198686, 0.06208465, 0.14668238) * v0_1.w;
            a0_1 += vec4(0.028561851, -0.07966852, 0.019684726, 0.060895246) * v0_1.x;
            a0_1 += vec4(0.13620286, -0.027948124, 0.008325096, 0.15856534) * v0_1.y;
            a0_1 += vec4(0.00037458312, -0.03720846, -0.04055448, 0.22735646) * v0_1.z;
            a0_1 += vec4(0.11170028, -0.07271811, -0.021446977, -0.8544288) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(0.106726326, 0.07787966, 0.050393373, -0.071895614) * v0_1.x;
            a0_0 += vec4(-0.12616977, -0.026866462, -0.124319114, -0.022309849) * v0_1.y;
            a0_0 += vec4(0.29465798, -0.011388022, 0.035920814, -0.08112228) * v0_1.z;
            a0_0 += vec4(0.06610995, -0.090453535, 0.012587257, -0.03502615) * v0_1.w;
            a0_1 += vec4(-0.09848077, 0.019949809, 0.037518136, 0.039713357) * v0_1.x;
            a0_1 += vec4(0.02826462, -0.031607497, 0.07404682, -0.1543524) * v0_1.y;
            a0_1 += vec4(0.1183806, 0.026495025, 0.14806303, 0.05435128) * v0_1.z;
            a0_1 += vec4(-0.09303162, 0.0050084465, 0.02500928, -0.11671158) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.09085307, -0.01851332, -0.06552974, 0.119773336) * v0_1.x;
            a0_0 += vec4(-0.2650174, 0.09117819, -0.006581445, 0.007982912) * v0_1.y;
            a0_0 += vec4(-0.08942961, -0.036977448, 0.3574564, 0.115335606) * v0_1.z;
            a0_0 += vec4(0.15192772, -0.13126537, 0.21937312, -0.0866423) * v0_1.w;
            a0_1 += vec4(0.01732424, -0.14889592, -0.04405508, -0.009738755) * v0_1.x;
            a0_1 += vec4(-0.1330518, 0.050765615, -0.08840394, -0.3742453) * v0_1.y;
            a0_1 += vec4(0.4446187, -0.11536998, -0.00874284, 0.1185657) * v0_1.z;
            a0_1 += vec4(0.034900803, -0.020656813, -0.040750742, 0.1721268) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.08212599, 0.08564393, 0.10571549, 0.037520695) * v0_1.x;
            a0_0 += vec4(0.17252308, 0.20790944, -0.1953515, -0.14376622) * v0_1.y;
            a0_0 += vec4(-0.103681706, -0.122653864, 0.04001299, 0.0901387) * v0_1.z;
            a0_0 += vec4(-0.023518613, 0.09323124, 0.07081224, 0.04092316) * v0_1.w;
            a0_1 += vec4(0.03909118, -0.04768464, 0.024626907, 0.08413739) * v0_1.x;
            a0_1 += vec4(-0.21506998, -0.064118676, 0.040168203, 0.20975374) * v0_1.y;
            a0_1 += vec4(0.049888425, -0.08201531, 0.024820967, 0.14323507) * v0_1.z;
            a0_1 += vec4(-0.01613754, 0.032754418, 0.048710797, -0.16260536) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.014555774, -0.05387529, 0.07489625, -0.037802383) * v0_1.x;
            a0_0 += vec4(0.11082838, 0.22475928, -0.02731996, -0.020853342) * v0_1.y;
            a0_0 += vec4(-0.085412845, -0.0072837793, -0.030785799, 0.0207054) * v0_1.z;
            a0_0 += vec4(0.10435998, -0.053322036, 0.045852542, -0.072835155) * v0_1.w;
            a0_1 += vec4(-0.006075063, -0.018356796, 0.056341976, 0.061644454) * v0_1.x;
            a0_1 += vec4(-0.003693901, 0.088303156, -0.025287738, 0.102778904) * v0_1.y;
            a0_1 += vec4(-0.024020348, 0.008624734, 0.03060497, 0.003500091) * v0_1.z;
            a0_1 += vec4(0.008914277, 0.08248106, 0.03027586, 0.022001492) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.044397313, 0.035971496, -0.039311487, -0.048572432) * v0_1.x;
            a0_0 += vec4(0.024876634, 0.045701887, 0.0051326402, -0.07839732) * v0_1.y;
            a0_0 += vec4(-0.16601965, 0.077138126, -0.031825293, 0.048639063) * v0_1.z;
            a0_0 += vec4(-0.035221197, 0.1193912, -0.061341498, -0.22058457) * v0_1.w;
            a0_1 += vec4(0.030211737, 0.1920699, -0.035096638, 0.09076857) * v0_1.x;
            a0_1 += vec4(0.061769173, 0.22886829, -0.01100735, 0.15141578) * v0_1.y;
            a0_1 += vec4(0.08333679, -0.08026299, 0.021761127, -0.0956161) * v0_1.z;
            a0_1 += vec4(0.08128157, 0.06965095, -0.054878283, 0.061419416) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.07963994, -0.0012402748, -0.09748513, -0.13840656) * v0_1.x;
            a0_0 += vec4(0.08465801, 0.07826156, -0.048214708, 0.14418165) * v0_1.y;
            a0_0 += vec4(0.0048163394, 0.0049762996, -0.046877004, -0.105099805) * v0_1.z;
            a0_0 += vec4(-0.0898626, 0.043998107, -0.04787935, -0.17147085) * v0_1.w;
            a0_1 += vec4(-0.014367132, 0.13236003, -0.014388146, -0.016444584) * v0_1.x;
            a0_1 += vec4(0.060558107, 0.1479671, -0.051986463, 0.27006805) * v0_1.y;
            a0_1 += vec4(-0.014165216, -0.008474633, -0.033131737, -0.15365377) * v0_1.z;
            a0_1 += vec4(-0.063046716, 0.076039515, -0.030319618, 0.18705176) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.03007813, -0.04507198, 0.04373128, 0.046295237) * v0_1.x;
            a0_0 += vec4(-0.14763202, 0.08955579, -0.0056225783, -0.17248668) * v0_1.y;
            a0_0 += vec4(-0.03410238, -0.21272641, 0.16527392, 0.05150794) * v0_1.z;
            a0_0 += vec4(-0.0008284313, 0.34322238, 0.18438488, -0.08285268) * v0_1.w;
            a0_1 += vec4(0.08690382, 0.10524188, 0.098085724, 0.0073540076) * v0_1.x;
            a0_1 += vec4(-0.0010277773, -0.106429204, 0.012025196, -0.08451286) * v0_1.y;
            a0_1 += vec4(-0.0014571212, -0.0047601513, 0.13999857, 0.17007957) * v0_1.z;
            a0_1 += vec4(-0.08780816, 0.13444522, 0.04313614, -0.1345045) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.20539062, -0.052982114, 0.11531658, 0.004405453) * v0_1.x;
            a0_0 += vec4(-0.23253845, 0.25590232, -0.006042095, -0.37196597) * v0_1.y;
            a0_0 += vec4(0.37283424, -0.114811875, 0.076772586, 0.44651106) * v0_1.z;
            a0_0 += vec4(0.06591493, -0.01390104, -0.049379475, -0.124592274) * v0_1.w;
            a0_1 += vec4(-0.06625476, -0.05198299, 0.07787109, 0.06424893) * v0_1.x;
            a0_1 += vec4(0.09623473, -0.21509515, 0.06602832, -0.40384206) * v0_1.y;
            a0_1 += vec4(0.042008884, -0.3242389, 0.0004638634, 0.07529427) * v0_1.z;
            a0_1 += vec4(0.2183538, 0.44943228, 0.18759978, 0.18637761) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.06954386, 0.025619017, -0.013459233, 0.11084479) * v0_1.x;
            a0_0 += vec4(-0.0122944955, -0.029727878, 0.027424242, -0.0711348) * v0_1.y;
            a0_0 += vec4(-0.038871937, 0.18157594, -0.07843295, 0.08314225) * v0_1.z;
            a0_0 += vec4(0.049545646, 0.014560142, -0.014511459, 0.10481229) * v0_1.w;
            a0_1 += vec4(0.017288215, -0.0053434055, -0.05398195, -0.30934304) * v0_1.x;
            a0_1 += vec4(0.09737048, 0.23400407, 0.017283117, 0.13071308) * v0_1.y;
            a0_1 += vec4(0.098832235, 0.029988274, -0.056879498, -0.0709281) * v0_1.z;
            a0_1 += vec4(0.0053742863, -0.038387857, -0.09361794, -0.24800858) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.0067635993, -0.0426838, 0.009092639, 0.045384463) * v0_1.x;
            a0_0 += vec4(-0.055559993, 0.1834391, -0.010972788, -0.058796592) * v0_1.y;
            a0_0 += vec4(0.016764998, -0.14589033, 0.03710905, -0.19244063) * v0_1.z;
            a0_0 += vec4(0.08801586, 0.048219733, 0.0032665506, -0.11597082) * v0_1.w;
            a0_1 += vec4(-0.04654279, -0.08282567, -0.07984369, 0.02731204) * v0_1.x;
            a0_1 += vec4(-0.049747776, -0.37062362, -0.012547069, -0.07941997) * v0_1.y;
            a0_1 += vec4(-0.033091046, 0.21559149, -0.024537416, 0.044424098) * v0_1.z;
            a0_1 += vec4(0.035754018, 0.13048185, 0.023078835, 0.07034805) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.11009294, -0.11232908, -0.18222374, 0.0069267782) * v0_1.x;
            a0_0 += vec4(-0.23742944, 0.16188273, 0.039160475, -0.14444447) * v0_1.y;
            a0_0 += vec4(0.041798852, 0.11060181, -0.056890566, 0.06563856) * v0_1.z;
            a0_0 += vec4(0.09489458, -0.32361597, 0.00944493, -0.13721743) * v0_1.w;
            a0_1 += vec4(0.08840687, 0.08042513, -0.059584785, 0.10899964) * v0_1.x;
            a0_1 += vec4(-0.05955278, 0.0074485806, 0.03477998, -0.0349439) * v0_1.y;
            a0_1 += vec4(0.057696942, 0.18947934, -0.016750978, 0.04807282) * v0_1.z;
            a0_1 += vec4(-0.014760053, 0.06442668, -0.06439979, 0.035887294) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.090349786, 0.04376149, -0.04210093, 0.024956677) * v0_1.x;
            a0_0 += vec4(0.09916894, 0.05401307, -0.039633594, 0.04372982) * v0_1.y;
            a0_0 += vec4(-0.045141205, 0.08186336, -0.052114937, 0.11175199) * v0_1.z;
            a0_0 += vec4(-0.038679104, 0.19140874, 0.032928012, 0.07058188) * v0_1.w;
            a0_1 += vec4(-0.092143014, 0.004501364, -0.06596536, -0.07849936) * v0_1.x;
            a0_1 += vec4(0.08872182, 0.16008253, -0.02249607, 0.105323866) * v0_1.y;
            a0_1 += vec4(0.081439696, 0.04969625, -0.054679964, 0.018016027) * v0_1.z;
            a0_1 += vec4(-0.10262612, 0.2330462, 0.023691272, -0.03993842) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.07830172, -0.14876914, 0.05355828, -0.017940922) * v0_2.x;
            a0_0 += vec4(-0.019273747, 0.14990099, -0.11393343, 0.07979009) * v0_2.y;
            a0_0 += vec4(-0.0015779808, -0.01751936, 0.11896217, 0.09300908) * v0_2.z;
            a0_0 += vec4(-0.18659098, -0.121288, -0.10224859, 0.08513331) * v0_2.w;
            a0_1 += vec4(-0.0022912854, 0.014696039, -0.045634188, -0.32560205) * v0_2.x;
            a0_1 += vec4(0.06622815, -0.028060323, -0.00054672034, 0.05995792) * v0_2.y;
            a0_1 += vec4(0.015599163, -0.14182657, -0.119303025, -0.31783292) * v0_2.z;
            a0_1 += vec4(-0.08163518, 0.1998592, 0.014395973, 0.36548176) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.06617709, -0.06332952, 0.085182324, -0.06225419) * v0_2.x;
            a0_0 += vec4(-0.068945736, -0.047913596, 0.0679214, -0.042801455) * v0_2.y;
            a0_0 += vec4(-0.2090096, -0.33409768, -0.34005722, -0.18613161) * v0_2.z;
            a0_0 += vec4(0.25908467, -0.09217444, -0.16051349, -0.0657742) * v0_2.w;
            a0_1 += vec4(-0.048939884, -0.014542668, -0.04633463, -0.0024297945) * v0_2.x;
            a0_1 += vec4(0.021747867, -0.005321564, 0.0006820998, 0.04477135) * v0_2.y;
            a0_1 += vec4(-0.08045946, 0.018998336, -0.012030636, -0.37954047) * v0_2.z;
            a0_1 += vec4(0.19400491, -0.1777233, 0.027039776, -0.35942712) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.1226092, -0.1602081, 0.047278337, -0.115120985) * v0_2.x;
            a0_0 += vec4(-0.04447372, -0.124471955, 0.060112022, -0.10595812) * v0_2.y;
            a0_0 += vec4(-0.08988814, -0.078760855, 0.035831973, -0.14604607) * v0_2.z;
            a0_0 += vec4(-0.0865866, -0.10393967, -0.04495893, 0.104952656) * v0_2.w;
            a0_1 += vec4(0.22468618, 0.009416585, 0.068244815, 0.013901826) * v0_2.x;
            a0_1 += vec4(0.0013728689, 0.006522658, 0.013258042, 0.06934019) * v0_2.y;
            a0_1 += vec4(0.14028855, -0.052762188, 0.04244879, 0.12911086) * v0_2.z;
            a0_1 += vec4(-0.012612758, 0.063661866, -0.019271184, 0.49719647) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.04553624, 0.004493914, -0.03215308, -0.07242546) * v0_2.x;
            a0_0 += vec4(-0.2099704, 0.13326094, -0.05061192, 0.07261988) * v0_2.y;
            a0_0 += vec4(0.19333044, -0.0036887063, -0.058196995, 0.06439614) * v0_2.z;
            a0_0 += vec4(-0.015342901, 0.1046101, -0.026241194, 0.0026343958) * v0_2.w;
            a0_1 += vec4(-0.07641639, 0.06576701, -0.04090497, -0.07621283) * v0_2.x;
            a0_1 += vec4(0.037623473, 0.12585929, -0.0034381796, 0.06110379) * v0_2.y;
            a0_1 += vec4(-0.25403705, -0.17175984, -0.14418678, -0.13508902) * v0_2.z;
            a0_1 += vec4(-0.05494865, -0.04467614, -0.022754882, -0.13877377) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.04640111, 0.02269332, -0.13698405, 0.14231233) * v0_2.x;
            a0_0 += vec4(-0.2353856, 0.11762217, -0.21256813, -0.0751768) * v0_2.y;
            a0_0 += vec4(-0.28383654, 0.08840888, -0.35885394, 0.07443314) * v0_2.z;
            a0_0 += vec4(0.006475096, 0.075548895, -0.13544, 0.007391659) * v0_2.w;
            a0_1 += vec4(-0.022023944, 0.0694346, -0.0928517, -0.030216185) * v0_2.x;
            a0_1 += vec4(-0.046700295, -0.20443448, -0.042605206, -0.3497664) * v0_2.y;
            a0_1 += vec4(-0.28156304, -0.046425324, -0.069200635, -0.2907517) * v0_2.z;
            a0_1 += vec4(-0.041153204, 0.2339898, 0.056259148, 0.3236588) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.0061011375, -0.18857023, -0.1331054, -0.1458119) * v0_2.x;
            a0_0 += vec4(-0.056649227, 0.2125942, 0.0035952234, -0.2520607) * v0_2.y;
            a0_0 += vec4(-0.061908383, 0.08528804, -0.1401447, -0.17498317) * v0_2.z;
            a0_0 += vec4(0.055922613, -0.2542001, -0.053608503, -0.10309074) * v0_2.w;
            a0_1 += vec4(-0.1934648, 0.082691304, 0.025272142, -0.2449607) * v0_2.x;
            a0_1 += vec4(0.113218695, 0.005864238, 0.009141561, -0.25729316) * v0_2.y;
            a0_1 += vec4(-0.16493188, -0.030178424, 0.026396386, 0.10509887) * v0_2.z;
            a0_1 += vec4(-0.07728693, 0.030472185, 0.007334793, -0.24442962) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.0013440554, 0.09742524, -0.07804046, -2.9276303e-05) * v0_2.x;
            a0_0 += vec4(0.09091256, -0.04144601, 0.19149931, 0.11628538) * v0_2.y;
            a0_0 += vec4(0.06605791, -0.027023803, 0.20933603, -0.0013714015) * v0_2.z;
            a0_0 += vec4(-0.1825846, 0.051553044, 0.07532552, 0.0611219) * v0_2.w;
            a0_1 += vec4(-0.049236957, 0.061303, -0.0476163, -0.04529243) * v0_2.x;
            a0_1 += vec4(0.160712, -0.019567957, -0.085775815, -0.012528159) * v0_2.y;
            a0_1 += vec4(0.01934386, -0.062015988, -0.10854266, 0.29481542) * v0_2.z;
            a0_1 += vec4(-0.050939184, 0.011357999, 0.022786815, -0.16671933) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.14012764, 0.088257074, -0.0017159806, -0.014765264) * v0_2.x;
            a0_0 += vec4(-0.18646921, 0.083673865, -0.00708201, -0.08717221) * v0_2.y;
            a0_0 += vec4(0.06615527, 0.008008079, 0.08269794, 0.07934124) * v0_2.z;
            a0_0 += vec4(-0.022100735, 0.06695116, 0.037599433, 0.03254533) * v0_2.w;
            a0_1 += vec4(-0.1895148, -0.004369672, -0.026504187, -0.31326336) * v0_2.x;
            a0_1 += vec4(-0.03075505, -0.039938275, -0.1568032, -0.08793934) * v0_2.y;
            a0_1 += vec4(-0.19416727, -0.01838946, 0.021547195, -0.01991532) * v0_2.z;
            a0_1 += vec4(-0.011946745, 0.022138476, -0.071378626, 0.32779557) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.026773917, 0.069848076, -0.09850413, -0.10729503) * v0_2.x;
            a0_0 += vec4(-0.013395189, 0.021682922, -0.02786287, -0.14085256) * v0_2.y;
            a0_0 += vec4(0.10214859, 0.022021992, 0.13136691, -0.0068947654) * v0_2.z;
            a0_0 += vec4(-0.00386047, 0.22761689, -0.5240749, -0.116791986) * v0_2.w;
            a0_1 += vec4(-0.048454516, 0.0101790745, 0.010456961, -0.12427452) * v0_2.x;
            a0_1 += vec4(-0.029380482, -0.00675534, 0.024718262, -0.11232896) * v0_2.y;
            a0_1 += vec4(-0.005622325, -0.042526126, 0.038992226, 0.105863325) * v0_2.z;
            a0_1 += vec4(-0.039813906, -0.08115853, 0.035461422, -0.0035903116) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.04402709, -0.016180942, 0.0891615, -0.024753463) * v0_2.x;
            a0_0 += vec4(0.026478985, -0.060945697, -0.038198218, 0.07520962) * v0_2.y;
            a0_0 += vec4(-0.11705836, 0.3297686, -0.3305377, -0.03645195) * v0_2.z;
            a0_0 += vec4(0.09425081, -0.1378984, 0.14152278, 0.14905073) * v0_2.w;
            a0_1 += vec4(-0.05995501, -0.19377929, 0.011020564, -0.0137210265) * v0_2.x;
            a0_1 += vec4(0.06509773, -0.03555212, 0.009308156, -0.0384802) * v0_2.y;
            a0_1 += vec4(0.06821294, 0.51575565, -0.14969237, 0.01820171) * v0_2.z;
            a0_1 += vec4(-0.051772907, 0.08119263, 0.091751784, 0.03777193) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.036260195, -0.038402468, -0.014645692, -0.09586455) * v0_2.x;
            a0_0 += vec4(-0.028859043, 0.13312396, -0.033565793, -0.006808677) * v0_2.y;
            a0_0 += vec4(-0.19537334, 0.20457137, -0.019814363, -0.1478949) * v0_2.z;
            a0_0 += vec4(-0.03796106, 0.14760232, 0.10321775, 0.18156669) * v0_2.w;
            a0_1 += vec4(-0.023581011, -0.056972954, -0.062301133, -0.005267148) * v0_2.x;
            a0_1 += vec4(-0.04656849, -0.12911879, -0.056384224, -0.20316291) * v0_2.y;
            a0_1 += vec4(0.020328935, -0.19311786, -0.017756406, -0.440162) * v0_2.z;
            a0_1 += vec4(-0.046479993, -0.04894829, -0.12064701, 0.009520059) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(0.07246825, -0.12365076, 0.017575905, -0.030126406) * v0_2.x;
            a0_0 += vec4(0.046405137, -0.027133245, -0.00728452, 0.023818508) * v0_2.y;
            a0_0 += vec4(-0.011183579, 0.17990333, -0.090246476, -0.056757174) * v0_2.z;
            a0_0 += vec4(0.021047695, -0.055925988, -0.090673156, -0.10315814) * v0_2.w;
            a0_1 += vec4(0.065435186, 0.046228252, 0.015604604, 0.12556326) * v0_2.x;
            a0_1 += vec4(0.0311201, 0.03474904, 0.007671514, 0.13301536) * v0_2.y;
            a0_1 += vec4(0.147046, 0.32736132, -0.029793039, 0.16100106) * v0_2.z;
            a0_1 += vec4(-0.019186867, 0.0764082, 0.095556155, 0.0154143665) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.053926427, 0.12874521, 0.055412356, 0.07707581) * v0_2.x;
            a0_0 += vec4(0.11041836, -0.0619052, 0.11376377, 0.0047456403) * v0_2.y;
            a0_0 += vec4(0.07408073, 0.30795145, -0.09270666, 0.18595006) * v0_2.z;
            a0_0 += vec4(-0.09417252, -0.008349854, -0.045618307, 0.0026119053) * v0_2.w;
            a0_1 += vec4(-0.021057187, -0.23164107, 0.04121273, -0.057586726) * v0_2.x;
            a0_1 += vec4(-0.015876006, -0.025681451, 0.10902072, 0.028581731) * v0_2.y;
            a0_1 += vec4(0.012099319, 0.38269964, -0.065280735, 0.017670808) * v0_2.z;
            a0_1 += vec4(-0.010285842, 0.18524677, -0.087604806, -0.03439786) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.18726636, -0.049225733, -0.014870134, -0.04986034) * v0_2.x;
            a0_0 += vec4(-0.17504306, -0.0101219565, -0.18615387, -0.18480326) * v0_2.y;
            a0_0 += vec4(-0.09888477, 0.26136908, -0.1285738, 0.018871862) * v0_2.z;
            a0_0 += vec4(-0.082627825, -0.18695119, 0.038688343, -0.19229518) * v0_2.w;
            a0_1 += vec4(0.11392782, -0.29091293, 0.10342652, -0.23618536) * v0_2.x;
            a0_1 += vec4(0.11477608, 0.053516373, -0.09443937, -0.09684282) * v0_2.y;
            a0_1 += vec4(0.09109838, 0.45194867, -0.046550203, 0.0221495) * v0_2.z;
            a0_1 += vec4(-0.042682752, 0.102678895, 0.29369763, 0.00925415) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.1357095, -0.2116362, 0.11381856, -0.03507191) * v0_2.x;
            a0_0 += vec4(-0.003802864, 0.0058168387, -0.0027301705, -0.025808165) * v0_2.y;
            a0_0 += vec4(0.1166466, 0.20676197, -0.039956033, 0.123297445) * v0_2.z;
            a0_0 += vec4(-0.17349635, -0.02343101, 0.15615699, -0.03733561) * v0_2.w;
            a0_1 += vec4(-0.004839339, -0.15727241, 0.048287038, 0.0029870898) * v0_2.x;
            a0_1 += vec4(-0.05756318, -0.049316205, -0.0038349917, -0.0034320785) * v0_2.y;
            a0_1 += vec4(0.13156709, 0.20430067, 0.030107941, 0.128813) * v0_2.z;
            a0_1 += vec4(-0.0044505526, -0.12501612, -0.11940773, -0.06513706) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.09785833, -0.1301683, 0.058012683, -0.14668626) * v0_2.x;
            a0_0 += vec4(0.11043156, -0.021580258, -0.0048840144, 0.051045064) * v0_2.y;
            a0_0 += vec4(0.017120682, 0.060549524, -0.0581592, 0.059453953) * v0_2.z;
            a0_0 += vec4(0.13603266, 0.09581823, 0.06997952, 0.14956342) * v0_2.w;
            a0_1 += vec4(-0.010287529, -0.12021754, 0.044335917, -0.062519714) * v0_2.x;
            a0_1 += vec4(0.0047769775, 0.14337285, -0.0041972697, 0.0021912442) * v0_2.y;
            a0_1 += vec4(-0.039687414, 0.27661455, -0.11983723, 0.110354885) * v0_2.z;
            a0_1 += vec4(0.017496211, -0.005899736, 0.12120136, 0.0201866) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(0.03921401, -0.011373782, -0.02715269, 0.033428404) * v0_2.x;
            a0_0 += vec4(0.14793101, 0.120102376, -0.02810595, 0.045744553) * v0_2.y;
            a0_0 += vec4(0.12669022, 0.082077585, -0.06789836, 0.11513189) * v0_2.z;
            a0_0 += vec4(0.067867525, 0.039381277, 0.030606287, -0.050590288) * v0_2.w;
            a0_1 += vec4(0.029648883, -0.08350448, 0.0023131538, -0.053223442) * v0_2.x;
            a0_1 += vec4(-0.07777787, -0.06163523, -0.07151345, -0.09511577) * v0_2.y;
            a0_1 += vec4(-0.0013567068, 0.22802375, 0.0126903765, 0.09104845) * v0_2.z;
            a0_1 += vec4(-0.03168009, 0.04610355, -0.09529103, -0.0415571) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.060713027, -0.07761676, -0.020310812, -0.1408103) * v0_2.x;
            a0_0 += vec4(0.04719172, -0.11227698, -0.004746477, -0.00029776423) * v0_2.y;
            a0_0 += vec4(0.0612426, 0.059729498, -0.0038103021, 0.029575326) * v0_2.z;
            a0_0 += vec4(-0.049457733, 0.12310257, -0.10137025, -0.049271993) * v0_2.w;
            a0_1 += vec4(0.01713689, -0.08970735, 0.03395826, 0.07288721) * v0_2.x;
            a0_1 += vec4(0.009608083, 0.17656006, 0.0058848923, 0.058268953) * v0_2.y;
            a0_1 += vec4(0.015873602, 0.25157657, -0.03667608, 0.14882235) * v0_2.z;
            a0_1 += vec4(0.08391907, 0.16336252, 0.0404145, -0.17297803) * v0_2.w;
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
            a0_0 += vec4(0.64978004, -0.7055976, 0.37329084, 0.42248994) * v0_3.x;
            a0_0 += vec4(0.005646127, -0.14189062, -0.01521882, 0.25290447) * v0_3.y;
            a0_0 += vec4(-0.002311906, 0.057981193, -0.012354303, 0.031552535) * v0_3.z;
            a0_0 += vec4(-0.116451494, -0.31628877, 0.06812718, 0.002035635) * v0_3.w;
            a0_1 += vec4(-0.186994, -0.13882937, -0.2792112, -0.5172941) * v0_3.x;
            a0_1 += vec4(-0.06437249, -0.029983457, -0.120821126, -2.0890954) * v0_3.y;
            a0_1 += vec4(-0.005852748, 0.020830693, 0.015395274, 0.042236257) * v0_3.z;
            a0_1 += vec4(0.0089487685, -0.06811956, 0.017523056, 0.14868736) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.08526251, -0.10687228, 0.1018455, -0.048811555) * v0_3.x;
            a0_0 += vec4(0.0972552, 0.12168895, 0.23065677, 0.07628282) * v0_3.y;
            a0_0 += vec4(0.07211858, 0.097696766, 0.2023464, -0.06609914) * v0_3.z;
            a0_0 += vec4(-0.05843905, -0.60055965, 0.053053044, 0.104710914) * v0_3.w;
            a0_1 += vec4(0.13994963, 0.037573565, -0.024332019, 0.029830357) * v0_3.x;
            a0_1 += vec4(-0.36677074, -0.18800744, -0.46785566, -1.2694392) * v0_3.y;
            a0_1 += vec4(-0.2427815, 0.03442274, -0.009058491, 0.049773645) * v0_3.z;
            a0_1 += vec4(0.15166819, 0.007386017, 0.019380799, -0.09367345) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.015588831, -0.10835923, -0.005832112, 0.015941625) * v0_3.x;
            a0_0 += vec4(0.016038898, -0.11295594, 0.22500065, -0.6465217) * v0_3.y;
            a0_0 += vec4(0.07011706, 0.049850166, 0.019633831, 0.023681784) * v0_3.z;
            a0_0 += vec4(0.10936587, -0.15829137, 0.038289092, 0.12973686) * v0_3.w;
            a0_1 += vec4(0.0324228, 0.012651934, 0.003177646, 0.10822968) * v0_3.x;
            a0_1 += vec4(-0.5002241, -0.3129791, -0.26208407, -0.8329386) * v0_3.y;
            a0_1 += vec4(-0.03229942, 0.07636274, -0.0065100994, 0.020053167) * v0_3.z;
            a0_1 += vec4(0.0797911, -0.0016059112, -0.0054755905, -0.020783868) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.81747675, 0.0060281423, -0.37481412, -0.16429435) * v0_3.x;
            a0_0 += vec4(-0.022257434, -0.021219831, 0.19469346, -0.06816004) * v0_3.y;
            a0_0 += vec4(-0.04769545, 0.008818083, -0.060993325, -0.07576861) * v0_3.z;
            a0_0 += vec4(0.18285233, 0.23343377, 0.09489507, -0.15429786) * v0_3.w;
            a0_1 += vec4(-0.17041302, -0.011512464, -0.29641855, -1.1348844) * v0_3.x;
            a0_1 += vec4(-0.04297159, 0.11039547, 0.33416325, -0.025935512) * v0_3.y;
            a0_1 += vec4(0.022003662, -0.024068726, -0.035436515, -0.105234675) * v0_3.z;
            a0_1 += vec4(-0.086429894, -0.23458219, -0.017305259, -0.10222359) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.2869166, 0.13430862, 0.12610464, 0.15046954) * v0_3.x;
            a0_0 += vec4(-0.03273977, -0.056424983, -0.061575256, 0.10581605) * v0_3.y;
            a0_0 += vec4(0.014637298, -0.22314495, -0.4518202, 0.118180245) * v0_3.z;
            a0_0 += vec4(-0.44551808, -0.014786073, -0.21566299, 0.15018561) * v0_3.w;
            a0_1 += vec4(-0.13581301, 0.049839467, -0.054643936, -0.22698303) * v0_3.x;
            a0_1 += vec4(-0.18105572, 0.036455046, 0.527013, -0.07911771) * v0_3.y;
            a0_1 += vec4(0.42024934, -0.2547043, 0.15371004, 0.020823417) * v0_3.z;
            a0_1 += vec4(-0.52504796, 0.10181446, 0.042308375, -0.45486203) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.07718609, -0.017327398, -0.0066560586, -0.10367238) * v0_3.x;
            a0_0 += vec4(0.03314044, 0.14459963, 0.19663914, -0.029582703) * v0_3.y;
            a0_0 += vec4(-0.019116811, 0.11255097, 0.11420194, -0.07190823) * v0_3.z;
            a0_0 += vec4(-0.049284514, 0.026102819, 0.072750315, -0.06288428) * v0_3.w;
            a0_1 += vec4(0.06337127, 0.055027306, 0.023444772, -0.213856) * v0_3.x;
            a0_1 += vec4(-0.01096344, -0.009638957, 0.13013501, 0.13603643) * v0_3.y;
            a0_1 += vec4(0.013382096, 0.036267877, -0.05823589, 0.12503316) * v0_3.z;
            a0_1 += vec4(-0.10146856, -0.089142695, 0.017534975, 0.10561296) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.4639331, -0.010496345, -0.92964953, -0.05647325) * v0_3.x;
            a0_0 += vec4(0.09655988, -0.03287657, 0.020075938, -0.0403688) * v0_3.y;
            a0_0 += vec4(-0.03797208, -0.011555577, 0.036433052, 0.00097384065) * v0_3.z;
            a0_0 += vec4(-0.06417242, 0.062704034, -0.036490288, -0.048273157) * v0_3.w;
            a0_1 += vec4(-0.6477063, -0.052642237, -0.19078413, -1.1455024) * v0_3.x;
            a0_1 += vec4(0.04815835, -0.051643535, -0.0006776971, 0.1060261) * v0_3.y;
            a0_1 += vec4(0.0126540335, 0.012136044, -0.10264911, -0.0018114962) * v0_3.z;
            a0_1 += vec4(-0.08852105, -0.0043487516, -0.02821457, 0.14296642) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.052856382, -0.11946056, -0.21658902, 0.1663539) * v0_3.x;
            a0_0 += vec4(0.015798254, -0.02364451, -0.039495207, 0.032014485) * v0_3.y;
            a0_0 += vec4(-0.13387467, 0.04934571, -0.045255907, 0.050074626) * v0_3.z;
            a0_0 += vec4(-0.009264434, -0.122095585, -0.26536715, 0.072435774) * v0_3.w;
            a0_1 += vec4(-0.143665, -0.1344808, -0.047664102, 0.0981339) * v0_3.x;
            a0_1 += vec4(0.038641457, -0.0051126746, 0.05908141, 0.061254892) * v0_3.y;
            a0_1 += vec4(-0.20713891, 0.103753574, 0.13513431, -0.12371602) * v0_3.z;
            a0_1 += vec4(-0.23276167, -0.020618634, 0.15698904, -0.10238242) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.039749853, 0.024842054, -0.06380302, 0.016700828) * v0_3.x;
            a0_0 += vec4(0.031295385, -0.018516634, 0.0606098, 0.06819722) * v0_3.y;
            a0_0 += vec4(0.092773035, 0.07673667, 0.096040696, -0.06490305) * v0_3.z;
            a0_0 += vec4(0.06999165, 0.071195774, 0.008237743, 0.0533785) * v0_3.w;
            a0_1 += vec4(-0.11796208, -0.06686781, 0.037864454, -0.15586178) * v0_3.x;
            a0_1 += vec4(0.051201712, -0.05574015, 0.011004961, 0.04386166) * v0_3.y;
            a0_1 += vec4(0.11692864, 0.008844962, -0.07634434, 0.017237084) * v0_3.z;
            a0_1 += vec4(0.0016323748, 0.010188957, -0.041119553, 0.002554004) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.103635855, 0.21784326, -0.13587059, -0.35419613) * v0_3.x;
            a0_0 += vec4(0.20600216, 0.47627842, -0.2870881, -0.930401) * v0_3.y;
            a0_0 += vec4(0.044500142, -0.042541455, 0.094047874, -0.03281978) * v0_3.z;
            a0_0 += vec4(0.045493197, -0.031918686, -0.1088684, 0.002809345) * v0_3.w;
            a0_1 += vec4(-0.11789011, 0.44516036, -0.08934431, 0.220267) * v0_3.x;
            a0_1 += vec4(0.12198885, -0.6329441, -0.15433398, 0.17256717) * v0_3.y;
            a0_1 += vec4(0.03643419, 0.005992591, 0.022825183, 0.014848481) * v0_3.z;
            a0_1 += vec4(-0.0030650853, 0.12992474, -0.06241627, -0.007614445) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(0.19249105, -0.051852692, 0.08068763, -0.046794835) * v0_3.x;
            a0_0 += vec4(0.39253223, -0.20681797, -0.3071967, -0.70802903) * v0_3.y;
            a0_0 += vec4(-0.031074798, -0.10585034, 0.28703815, -0.0992385) * v0_3.z;
            a0_0 += vec4(0.0103970645, -0.0064417487, -0.06456235, 0.15826654) * v0_3.w;
            a0_1 += vec4(0.1392299, -0.004387685, -0.011434133, 0.13943672) * v0_3.x;
            a0_1 += vec4(0.4175717, 0.0046960246, -0.16086748, 0.46190843) * v0_3.y;
            a0_1 += vec4(-0.07758773, -0.06420011, 0.070704944, 0.004813976) * v0_3.z;
            a0_1 += vec4(-0.0067026247, -0.0053799874, -0.04917083, 0.1063254) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.06473846, -0.028811192, -0.016735923, 0.10896172) * v0_3.x;
            a0_0 += vec4(0.28018892, 0.017665058, -0.15745583, -0.1784335) * v0_3.y;
            a0_0 += vec4(0.046376154, -0.048424784, 0.11238771, 0.08294912) * v0_3.z;
            a0_0 += vec4(0.040740512, 0.06497799, -0.026949983, 0.060919166) * v0_3.w;
            a0_1 += vec4(-0.060307685, 0.03610157, -0.00715225, 0.14505748) * v0_3.x;
            a0_1 += vec4(0.057170462, -0.26744834, -0.06521344, 0.2117836) * v0_3.y;
            a0_1 += vec4(-0.009516656, -0.1678915, 0.05200416, 0.17440742) * v0_3.z;
            a0_1 += vec4(-0.011559588, 0.055006467, -0.032087192, -0.021654543) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.8633351, 0.8283246, -0.036326714, -0.7995669) * v0_3.x;
            a0_0 += vec4(0.05532366, -0.04401733, 0.03010207, -0.07525483) * v0_3.y;
            a0_0 += vec4(-0.04994537, 0.07407706, 0.054821197, -0.030883543) * v0_3.z;
            a0_0 += vec4(-0.10867963, 0.267614, -0.18325415, 0.0035117737) * v0_3.w;
            a0_1 += vec4(0.15943098, -0.7433741, 0.17446794, -0.44427413) * v0_3.x;
            a0_1 += vec4(0.11725368, -0.12007593, 0.16977297, 0.011650246) * v0_3.y;
            a0_1 += vec4(-0.058553025, 0.028326806, -0.10134037, 0.004153015) * v0_3.z;
            a0_1 += vec4(-0.07997054, 0.05444323, -0.14236689, -0.12852179) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.09937999, 0.28001788, -0.06138162, -0.12432357) * v0_3.x;
            a0_0 += vec4(0.080671236, 0.22956274, 0.12058039, 0.16250442) * v0_3.y;
            a0_0 += vec4(-0.32428458, -0.23500323, 0.2286432, -0.116187744) * v0_3.z;
            a0_0 += vec4(-0.14772466, 0.18380985, 0.007997263, -0.31045377) * v0_3.w;
            a0_1 += vec4(0.3903258, -0.08046317, 0.103695065, 0.2229703) * v0_3.x;
            a0_1 += vec4(0.4978261, -0.47582284, 0.5576808, 0.07237802) * v0_3.y;
            a0_1 += vec4(0.2307845, 0.2831375, 0.39819437, -0.026871437) * v0_3.z;
            a0_1 += vec4(-0.02375542, -0.10765991, 0.022902295, -0.0893218) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(-0.117416434, -0.008269394, 0.054047816, -0.09334604) * v0_3.x;
            a0_0 += vec4(0.08437487, -0.043212064, -0.11157846, 0.00706703) * v0_3.y;
            a0_0 += vec4(0.10470417, 0.055826023, -0.03200874, -0.06579435) * v0_3.z;
            a0_0 += vec4(-0.015056697, 0.06340144, -0.052412342, -0.009344275) * v0_3.w;
            a0_1 += vec4(0.052341223, 0.061019912, 0.07044633, -0.14360698) * v0_3.x;
            a0_1 += vec4(0.25965774, -0.4483095, -0.027038181, 0.0057507213) * v0_3.y;
            a0_1 += vec4(-0.10209962, -0.1035324, -0.06031837, 0.061010994) * v0_3.z;
            a0_1 += vec4(0.037079018, 0.0726551, -0.015500315, -0.05850454) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.89309275, 0.45231202, 0.005553009, -0.2271485) * v0_3.x;
            a0_0 += vec4(-0.014126794, -0.05748891, -0.0326996, -0.03566514) * v0_3.y;
            a0_0 += vec4(-0.02492587, 0.022299992, 0.039326653, -0.0064354045) * v0_3.z;
            a0_0 += vec4(0.02715479, 0.0040139225, 0.009149871, 0.01476765) * v0_3.w;
            a0_1 += vec4(0.08071034, -0.8508103, 0.13581967, -0.44484496) * v0_3.x;
            a0_1 += vec4(0.008995087, 0.023074625, -0.040651105, 0.01799218) * v0_3.y;
            a0_1 += vec4(-0.016711365, -0.059008274, -0.054008543, 0.010594087) * v0_3.z;
            a0_1 += vec4(0.00041932653, 0.0015985828, -0.015563423, -0.037431866) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.16695513, -0.10379552, -0.04809947, -0.024803383) * v0_3.x;
            a0_0 += vec4(-0.027351547, 0.010618637, -0.013406221, 0.028449306) * v0_3.y;
            a0_0 += vec4(0.16490756, 0.037394505, -0.003649042, 0.13043085) * v0_3.z;
            a0_0 += vec4(-0.09352414, 0.07740424, 0.013147284, 0.011387607) * v0_3.w;
            a0_1 += vec4(0.19429405, 0.0619476, -0.1947009, -0.015263614) * v0_3.x;
            a0_1 += vec4(0.016195027, 0.015985524, 0.008769321, 0.02907986) * v0_3.y;
            a0_1 += vec4(0.05927154, 0.069897935, 0.13867302, -0.01332996) * v0_3.z;
            a0_1 += vec4(-0.025319148, -0.13105705, -0.0071523706, -0.040623024) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.039393626, -0.039682057, -0.027382568, -0.030978914) * v0_3.x;
            a0_0 += vec4(-0.00033440083, 0.027630033, 0.010305286, 0.060036305) * v0_3.y;
            a0_0 += vec4(0.009641742, 0.03387769, -0.008292754, -0.052675962) * v0_3.z;
            a0_0 += vec4(0.04750279, -0.0022538097, -0.03782374, 0.015602302) * v0_3.w;
            a0_1 += vec4(-0.01497422, -0.04198167, -0.002937042, 0.0068572527) * v0_3.x;
            a0_1 += vec4(-0.01890894, 0.007862905, -0.0062713735, -0.03638882) * v0_3.y;
            a0_1 += vec4(-0.06070135, 0.037883688, -0.0064867814, 0.0411706) * v0_3.z;
            a0_1 += vec4(-0.057592593, -0.045405235, -0.003021456, -0.084143095) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L3
//!SAVE ArtCNN_C4F16_DS_L4
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
        a0_0 = vec4(-0.008426555, -0.00608675, 0.015372099, -0.017764276);
        a0_1 = vec4(-0.0028048248, -0.0015283623, 0.0020479837, -0.0020652146);
    } else if (slice == 1) {
        a0_0 = vec4(0.00010571977, -0.07778373, -0.0116359, 0.004983804);
        a0_1 = vec4(-0.00149783, 0.0037423728, -0.008396466, -0.006738096);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 18 - 1, i0 / 18 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);

    // Phase 0: input groups 0..0.
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(0.049150884, 0.08303821, 0.012033905, -0.050011367) * v0_0.x;
            a0_0 += vec4(0.0020335198, 0.038214095, 0.040487107, -0.03879806) * v0_0.y;
            a0_0 += vec4(0.005820402, 0.04119077, 0.029286033, -0.08306024) * v0_0.z;
            a0_0 += vec4(-0.0025097895, 0.10817701, -0.05270257, 0.045387577) * v0_0.w;
            a0_1 += vec4(0.0078585325, -0.05996815, -0.022563439, -0.06463917) * v0_0.x;
            a0_1 += vec4(-0.0064566745, 0.058760103, -0.011402986, 0.028585859) * v0_0.y;
            a0_1 += vec4(-0.032048915, 0.087861136, -0.0032572711, 0.04040367) * v0_0.z;
            a0_1 += vec4(-0.085849166, 0.0030982697, 0.010833698, -0.02255308) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.024534283, -0.123805664, -0.12625104, 0.19290835) * v0_0.x;
            a0_0 += vec4(-0.012097858, 0.028951729, -0.016953299, 0.0059751193) * v0_0.y;
            a0_0 += vec4(-0.002781773, 0.040795483, -0.029265823, 0.11695778) * v0_0.z;
            a0_0 += vec4(0.02120979, -0.054219384, -0.017283525, -0.0056273555) * v0_0.w;
            a0_1 += vec4(-0.045727197, -0.05950175, 0.008893502, -0.18198222) * v0_0.x;
            a0_1 += vec4(-0.019911386, 0.022098675, 0.0014515361, 0.06689043) * v0_0.y;
            a0_1 += vec4(-0.024244215, 0.04516908, -0.027911257, -0.12396394) * v0_0.z;
            a0_1 += vec4(0.04867298, 0.032395583, 0.007539635, 0.069002435) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.03221165, -0.013001583, 0.05105026, 0.032833066) * v0_0.x;
            a0_0 += vec4(0.0038700192, -0.010910044, 0.016625457, -0.011530757) * v0_0.y;
            a0_0 += vec4(-0.013329594, -0.0071691833, 0.020649964, -0.023414345) * v0_0.z;
            a0_0 += vec4(-0.011355357, 0.014325664, -0.0038959065, -0.006348593) * v0_0.w;
            a0_1 += vec4(0.018299026, 0.0117934365, -0.010762547, 0.00023430059) * v0_0.x;
            a0_1 += vec4(0.011959791, 0.034315705, -0.002402146, 0.040339895) * v0_0.y;
            a0_1 += vec4(0.0034737564, 0.027308892, -0.0034999792, 0.06104032) * v0_0.z;
            a0_1 += vec4(-0.041968938, 0.007523146, 0.010161941, 0.038289234) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(0.011664604, 0.009803041, -0.09092676, 0.15226963) * v0_0.x;
            a0_0 += vec4(-0.006475794, 0.03587541, -0.06814583, 0.06952799) * v0_0.y;
            a0_0 += vec4(-0.04129393, -0.005290738, -0.03422334, 0.06247801) * v0_0.z;
            a0_0 += vec4(0.03988757, 0.22598296, 0.082593344, -0.10963729) * v0_0.w;
            a0_1 += vec4(-0.002173211, -0.08541823, -0.041780178, -0.041376557) * v0_0.x;
            a0_1 += vec4(0.041082446, -0.09464818, -0.0037029267, -0.081314795) * v0_0.y;
            a0_1 += vec4(0.016914576, 0.13190606, 0.04237886, 0.052297175) * v0_0.z;
            a0_1 += vec4(-0.14287877, -0.019695375, 0.060547326, -0.07931451) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.005369066, 0.07645678, 0.3038982, -0.23668298) * v0_0.x;
            a0_0 += vec4(-0.07865444, 0.008021137, -0.049542636, 0.028636122) * v0_0.y;
            a0_0 += vec4(0.091397695, 0.007837717, 0.09681184, -0.12683915) * v0_0.z;
            a0_0 += vec4(-0.031565387, -0.054583948, -0.17562395, 0.13913758) * v0_0.w;
            a0_1 += vec4(-0.027099535, 0.102475405, 0.06828852, 0.24934609) * v0_0.x;
            a0_1 += vec4(0.016280547, 0.01390727, 0.00061969925, -0.31006145) * v0_0.y;
            a0_1 += vec4(0.04003824, 0.398926, 0.0077802837, 0.38100955) * v0_0.z;
            a0_1 += vec4(0.07592722, 0.039221898, 0.021819592, -0.085333474) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.011882371, 0.0072891493, -0.1607509, 0.14571878) * v0_0.x;
            a0_0 += vec4(0.029746724, 0.013717824, 0.009265695, -0.004600145) * v0_0.y;
            a0_0 += vec4(-0.050382476, 0.0063097286, 0.009816309, -0.021377675) * v0_0.z;
            a0_0 += vec4(0.0056368685, 0.014222139, 0.060489733, -0.026733067) * v0_0.w;
            a0_1 += vec4(-0.0029919604, 0.03372558, -0.07449223, 0.11334248) * v0_0.x;
            a0_1 += vec4(-0.018319916, -0.01791459, 0.0009454129, 0.0063748835) * v0_0.y;
            a0_1 += vec4(-0.0072452947, 0.042601515, -0.0068102847, 0.024755985) * v0_0.z;
            a0_1 += vec4(-0.0053090374, 0.0022485254, 0.040401448, -0.0030272396) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(0.0071429755, -0.20079894, 0.012684972, 0.042572815) * v0_0.x;
            a0_0 += vec4(-0.044874936, -0.061423592, 0.03596551, -0.04179123) * v0_0.y;
            a0_0 += vec4(0.008989061, -0.022877404, -0.0010687895, 0.018489586) * v0_0.z;
            a0_0 += vec4(-0.022968484, 0.17141557, 0.06674847, -0.012953668) * v0_0.w;
            a0_1 += vec4(-0.04202046, 0.08017681, 0.050020546, -0.018225204) * v0_0.x;
            a0_1 += vec4(-0.035582356, 0.08675299, -0.03960666, 0.1534292) * v0_0.y;
            a0_1 += vec4(-0.02559914, -0.0829763, -0.04531911, -0.023071459) * v0_0.z;
            a0_1 += vec4(0.015945915, -0.13558877, 0.16028292, -0.020069852) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.074000455, 0.1140714, -0.08493611, 0.10659857) * v0_0.x;
            a0_0 += vec4(0.14503445, 0.020435661, 0.05438315, -0.019376434) * v0_0.y;
            a0_0 += vec4(-0.11986935, 0.013349634, -0.03127411, 0.057553403) * v0_0.z;
            a0_0 += vec4(-0.0978607, -0.09611534, -0.08649995, 0.11466242) * v0_0.w;
            a0_1 += vec4(-0.0065235347, -0.1342791, -0.0008180927, -0.12993091) * v0_0.x;
            a0_1 += vec4(0.0148595, 0.19743621, 0.00071265805, 0.40621808) * v0_0.y;
            a0_1 += vec4(-0.016882312, -0.37665656, -0.025039185, 0.05541135) * v0_0.z;
            a0_1 += vec4(-0.008819757, -0.06528289, -0.10738381, 0.006010138) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.02161664, -0.008538941, -0.03418239, -0.005687312) * v0_0.x;
            a0_0 += vec4(-0.122034654, 0.030773161, -0.0010687078, 0.00909646) * v0_0.y;
            a0_0 += vec4(0.0046407483, 0.005907978, -0.041347902, 0.04246942) * v0_0.z;
            a0_0 += vec4(0.026435863, 0.03583877, 0.03428033, -0.04170504) * v0_0.w;
            a0_1 += vec4(-0.014865434, 0.018772328, -0.025438642, 0.07760517) * v0_0.x;
            a0_1 += vec4(0.0029619993, 0.09237267, 0.007121208, 0.28030843) * v0_0.y;
            a0_1 += vec4(-0.0045525124, -0.005558696, -0.009678157, -0.037318688) * v0_0.z;
            a0_1 += vec4(-0.0060138237, -0.002889905, 0.012129418, -0.05804243) * v0_0.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_0 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.022364201, -0.013249184, 0.014853851, 0.00080365554) * v0_0.x;
            a0_0 += vec4(0.0060181576, 0.048146565, 0.014607722, 0.016596831) * v0_0.y;
            a0_0 += vec4(-0.0183556, 0.056102104, -0.00052671734, -0.041792676) * v0_0.z;
            a0_0 += vec4(-0.018434923, -0.02822732, 0.016246246, -0.09330346) * v0_0.w;
            a0_1 += vec4(0.040209252, -0.026553592, -0.042522084, 0.018986344) * v0_0.x;
            a0_1 += vec4(-0.0036692854, 0.004334352, 0.012089633, 0.0131459525) * v0_0.y;
            a0_1 += vec4(-0.021956816, 0.1315891, 0.03481177, -0.028497085) * v0_0.z;
            a0_1 += vec4(0.032782964, 0.11643782, 0.065594785, 0.10531411) * v0_0.w;
        }
        {   // tap (0, -1)
            vec4 v0_0 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.034384638, -0.07264316, 0.0048400126, -0.017245) * v0_0.x;
            a0_0 += vec4(-0.04574911, -0.10659211, -0.049507152, 0.010289987) * v0_0.y;
            a0_0 += vec4(0.009845357, 0.018282808, 0.084556624, 0.053067964) * v0_0.z;
            a0_0 += vec4(0.047609176, 0.018970646, -0.046951596, 0.12136056) * v0_0.w;
            a0_1 += vec4(0.1165321, 0.07589202, 0.08236476, 0.006405895) * v0_0.x;
            a0_1 += vec4(0.033018623, -0.045625623, -0.045705937, 0.022749389) * v0_0.y;
            a0_1 += vec4(0.1261274, 0.0033127721, 0.1008741, 0.0032506906) * v0_0.z;
            a0_1 += vec4(0.0022236253, 0.08464684, 0.27013272, 0.007771924) * v0_0.w;
        }
        {   // tap (1, -1)
            vec4 v0_0 = vec4(tile[at + 2]);
            a0_0 += vec4(0.064278424, -0.098603316, -0.045026373, 0.14673443) * v0_0.x;
            a0_0 += vec4(0.0110972235, 0.066848904, 0.004796281, 0.026504219) * v0_0.y;
            a0_0 += vec4(0.019734928, -0.019358668, -0.17578258, 0.035338067) * v0_0.z;
            a0_0 += vec4(-0.023462994, -0.08917895, 0.06494865, -0.040515177) * v0_0.w;
            a0_1 += vec4(0.12612556, -0.06447687, 0.05410633, 0.00016651677) * v0_0.x;
            a0_1 += vec4(0.0023512023, 0.075208336, 0.07294793, 0.007787609) * v0_0.y;
            a0_1 += vec4(-0.024997905, -0.051295586, -0.021743614, -0.013990702) * v0_0.z;
            a0_1 += vec4(-0.018744811, 0.091843784, -0.010463005, -0.00018233173) * v0_0.w;
        }
        {   // tap (-1, 0)
            vec4 v0_0 = vec4(tile[at + 18]);
            a0_0 += vec4(-0.03300244, -0.0130630415, 0.011616013, -0.0044976925) * v0_0.x;
            a0_0 += vec4(0.059372265, 0.034085125, -0.02934885, -0.0889128) * v0_0.y;
            a0_0 += vec4(-0.02434373, -0.025111675, -0.0015805602, 0.06150025) * v0_0.z;
            a0_0 += vec4(0.12625213, 0.058361962, -0.15754679, 0.1131245) * v0_0.w;
            a0_1 += vec4(0.07365277, -0.28903717, 0.26424924, 0.19585352) * v0_0.x;
            a0_1 += vec4(0.14000684, -0.15104769, 0.027192613, -0.0023709072) * v0_0.y;
            a0_1 += vec4(0.018775968, -0.021467654, 0.14627346, 0.18203463) * v0_0.z;
            a0_1 += vec4(-0.046538375, 0.014291119, 0.18974608, 0.099733375) * v0_0.w;
        }
        {   // tap (0, 0)
            vec4 v0_0 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.051687285, 0.040105425, -0.042874604, 0.33462095) * v0_0.x;
            a0_0 += vec4(0.056855943, 0.04666625, 0.03622229, 0.015373705) * v0_0.y;
            a0_0 += vec4(0.16100606, -0.041350003, -0.09312386, 0.054633576) * v0_0.z;
            a0_0 += vec4(-0.16607627, 0.040797215, 0.18893753, -0.097198226) * v0_0.w;
            a0_1 += vec4(0.38158882, 0.29611287, -0.16693959, 0.08341537) * v0_0.x;
            a0_1 += vec4(-0.08217879, 0.032737907, -0.040266223, 0.009462242) * v0_0.y;
            a0_1 += vec4(0.088758506, 0.11121866, -0.24215022, -0.123734735) * v0_0.z;
            a0_1 += vec4(-0.010545846, -0.31716895, 0.4755067, 0.03863355) * v0_0.w;
        }
        {   // tap (1, 0)
            vec4 v0_0 = vec4(tile[at + 20]);
            a0_0 += vec4(0.028004581, -0.015539259, -0.22522146, 0.0060853674) * v0_0.x;
            a0_0 += vec4(-0.048761923, -0.048834134, -0.28062484, 0.056633484) * v0_0.y;
            a0_0 += vec4(0.04163052, -0.019175977, -0.08420383, -0.028913291) * v0_0.z;
            a0_0 += vec4(-0.002224595, -0.07248951, -0.1351111, 0.101979166) * v0_0.w;
            a0_1 += vec4(-0.050887097, -0.15354572, 0.06841218, -0.017394107) * v0_0.x;
            a0_1 += vec4(0.045365237, 0.027251005, 0.019162906, 0.0054504545) * v0_0.y;
            a0_1 += vec4(0.04566615, 0.06732857, 0.10730817, 0.043945577) * v0_0.z;
            a0_1 += vec4(0.0013263884, 0.13601455, -0.12844922, -0.044564318) * v0_0.w;
        }
        {   // tap (-1, 1)
            vec4 v0_0 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.059391137, -0.09777779, -0.010915842, 0.08154052) * v0_0.x;
            a0_0 += vec4(-0.027239826, -0.0999652, 0.017582547, 0.10848965) * v0_0.y;
            a0_0 += vec4(0.055354934, 0.04829804, -0.03856575, -0.0045682085) * v0_0.z;
            a0_0 += vec4(-0.075407736, -0.01699219, 0.0902257, -0.048990272) * v0_0.w;
            a0_1 += vec4(0.06725607, -0.11217208, 0.087947935, 0.07439899) * v0_0.x;
            a0_1 += vec4(-0.104916416, -0.11723395, -0.028964618, 0.052976683) * v0_0.y;
            a0_1 += vec4(0.03999117, -0.028815921, 0.07611735, -0.026506374) * v0_0.z;
            a0_1 += vec4(0.055216532, 0.21016432, 0.01633367, 0.080003835) * v0_0.w;
        }
        {   // tap (0, 1)
            vec4 v0_0 = vec4(tile[at + 37]);
            a0_0 += vec4(0.05914576, 0.017374162, 0.04711798, 0.07290516) * v0_0.x;
            a0_0 += vec4(-0.07408, -0.07172962, -0.05045581, -0.020704951) * v0_0.y;
            a0_0 += vec4(0.056072317, -0.013344145, 0.014590832, 0.09366182) * v0_0.z;
            a0_0 += vec4(-0.024296649, -0.054654602, -0.06599339, 0.07888074) * v0_0.w;
            a0_1 += vec4(-0.09182148, 0.082572475, 0.058990464, 0.108496144) * v0_0.x;
            a0_1 += vec4(0.11612998, -0.009283795, 0.03823256, -0.06595171) * v0_0.y;
            a0_1 += vec4(0.036401995, -0.035394445, -0.054898217, 0.004169619) * v0_0.z;
            a0_1 += vec4(-0.11469271, 0.02436147, 0.09900298, 0.037545457) * v0_0.w;
        }
        {   // tap (1, 1)
            vec4 v0_0 = vec4(tile[at + 38]);
            a0_0 += vec4(0.013118569, -0.038554475, 0.056193497, 0.09734985) * v0_0.x;
            a0_0 += vec4(0.058845464, 0.068595126, 0.090914205, -0.009718755) * v0_0.y;
            a0_0 += vec4(0.024079375, 0.01061387, 0.018581096, 0.033399493) * v0_0.z;
            a0_0 += vec4(-0.0077493726, -0.039792363, 0.010018722, -0.048118595) * v0_0.w;
            a0_1 += vec4(-0.063864306, 0.012776135, -0.019585809, -0.02203825) * v0_0.x;
            a0_1 += vec4(-0.0074706925, 0.00024170175, -0.0020833344, 0.0197678) * v0_0.y;
            a0_1 += vec4(-0.0136811, 0.05918462, 0.015717145, 0.013089661) * v0_0.z;
            a0_1 += vec4(0.03335363, 0.08093602, -0.01813918, -0.008561933) * v0_0.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n0_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 1: input groups 1..1.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.022620026, -0.01327496, -0.018181378, 0.04291668) * v0_1.x;
            a0_0 += vec4(0.0023275688, 0.04389994, 0.011092448, -0.012143834) * v0_1.y;
            a0_0 += vec4(0.038579885, 0.62080353, -0.06904402, 0.0893757) * v0_1.z;
            a0_0 += vec4(0.022484886, 0.06868525, 0.018686157, -0.053071123) * v0_1.w;
            a0_1 += vec4(-0.039079234, -0.01061953, -0.0035817276, 0.11568597) * v0_1.x;
            a0_1 += vec4(-0.08901245, 0.019681716, 0.005750874, 0.041182578) * v0_1.y;
            a0_1 += vec4(-0.097447924, 0.18440036, -0.023536533, 0.15858142) * v0_1.z;
            a0_1 += vec4(0.07145393, -0.02615318, 0.005340458, 0.047621462) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.05813249, -0.054660797, 0.16666593, -0.14256336) * v0_1.x;
            a0_0 += vec4(-0.050821535, -0.07752234, -0.16446769, 0.22290903) * v0_1.y;
            a0_0 += vec4(-0.036485523, 0.040691316, 0.30419165, -0.27348974) * v0_1.z;
            a0_0 += vec4(0.0038400025, -0.020716436, -0.060080424, 0.04764196) * v0_1.w;
            a0_1 += vec4(0.22495309, -0.034155764, 0.07078434, 0.14927644) * v0_1.x;
            a0_1 += vec4(-0.22218378, -0.07318315, 0.0058430852, -0.21889053) * v0_1.y;
            a0_1 += vec4(0.15596004, 0.21190634, -0.008688967, 0.21138738) * v0_1.z;
            a0_1 += vec4(0.0030142656, -0.04250895, 0.0068484037, -0.13113923) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.014677769, 0.013217832, 0.057844646, -0.055169865) * v0_1.x;
            a0_0 += vec4(0.0033487824, 0.037252087, 0.025515193, 0.0063637146) * v0_1.y;
            a0_0 += vec4(-0.1259608, -0.08265291, -0.1548423, 0.36920395) * v0_1.z;
            a0_0 += vec4(-0.01885184, 0.025629159, -0.0040633455, -0.022334332) * v0_1.w;
            a0_1 += vec4(-2.0481179e-05, 0.027475659, 0.0075741364, 0.055654224) * v0_1.x;
            a0_1 += vec4(-0.09165779, 0.017131073, -0.0050730384, -0.06332306) * v0_1.y;
            a0_1 += vec4(-0.04585, 0.0027711522, 0.0506858, -0.029632602) * v0_1.z;
            a0_1 += vec4(-0.046465766, 0.0021791956, -0.03159896, -0.11156554) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.028262679, -0.13026789, -0.040962823, 0.027758371) * v0_1.x;
            a0_0 += vec4(-0.059275705, -0.102889016, -0.077182, 0.106376484) * v0_1.y;
            a0_0 += vec4(0.0048567164, 0.2970851, -0.011338717, -0.020883067) * v0_1.z;
            a0_0 += vec4(-0.0016620158, 0.12083735, 0.032132026, -0.08941088) * v0_1.w;
            a0_1 += vec4(-0.049355168, 0.0044603003, 0.016708039, -0.038491063) * v0_1.x;
            a0_1 += vec4(0.044376597, -0.023473237, 0.06602814, -0.017010847) * v0_1.y;
            a0_1 += vec4(-0.018081142, -0.06254764, 0.105830394, -0.03734744) * v0_1.z;
            a0_1 += vec4(-0.061663393, 0.02977158, -0.008808717, -0.11525575) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.015686521, -0.03632428, -0.14787531, 0.08351627) * v0_1.x;
            a0_0 += vec4(-0.09814197, 0.114231825, -0.20883533, 0.21958128) * v0_1.y;
            a0_0 += vec4(0.1684584, 0.10849257, 0.0143906055, -0.04515439) * v0_1.z;
            a0_0 += vec4(0.1269198, -0.12782094, -0.008432858, 0.004856888) * v0_1.w;
            a0_1 += vec4(-0.07880728, 0.0991995, -0.20954509, -0.17399926) * v0_1.x;
            a0_1 += vec4(-0.26611617, -0.13118474, 0.27420774, -0.011622579) * v0_1.y;
            a0_1 += vec4(-0.11214057, -0.4080341, -0.027038977, -0.4004163) * v0_1.z;
            a0_1 += vec4(0.046804074, 0.015074709, 0.010166618, 0.010747146) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.09946998, 0.041347824, -0.08354351, 0.08815269) * v0_1.x;
            a0_0 += vec4(-0.044631567, -0.041491847, -0.07028814, 0.05412051) * v0_1.y;
            a0_0 += vec4(0.10032194, 0.107704975, -0.070754066, 0.0972406) * v0_1.z;
            a0_0 += vec4(-0.027598878, 0.033939812, 0.05288882, -0.083937734) * v0_1.w;
            a0_1 += vec4(0.029214008, 0.09886194, 0.008267249, 0.086701736) * v0_1.x;
            a0_1 += vec4(-0.049656343, -0.16645259, 0.101058625, -0.010884626) * v0_1.y;
            a0_1 += vec4(0.010018297, -0.028117293, 0.10005749, 0.06882886) * v0_1.z;
            a0_1 += vec4(-0.04031949, -0.059592918, 0.03857011, 0.027322678) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.055530038, -0.12487986, 0.0002808986, -0.020966293) * v0_1.x;
            a0_0 += vec4(-0.07799559, -0.21576436, -0.025372665, 0.0050066435) * v0_1.y;
            a0_0 += vec4(-0.008635724, 0.26010534, -0.015682472, -0.0026390448) * v0_1.z;
            a0_0 += vec4(0.04842233, 0.19143379, -0.009159703, -0.012553214) * v0_1.w;
            a0_1 += vec4(0.020888817, 0.050819844, 0.049289692, 0.024094107) * v0_1.x;
            a0_1 += vec4(0.018319238, 0.041710917, -0.04065574, 0.011622537) * v0_1.y;
            a0_1 += vec4(0.017747907, 0.05181506, 0.028695958, 0.026020106) * v0_1.z;
            a0_1 += vec4(-0.023893584, -0.12155769, 0.05525344, -0.013230433) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.19082817, 0.026858827, 0.010448402, -0.0062468736) * v0_1.x;
            a0_0 += vec4(0.15747243, 0.11308306, 0.00602183, -0.02033222) * v0_1.y;
            a0_0 += vec4(0.0560767, 0.012797307, 0.025911804, -0.001760403) * v0_1.z;
            a0_0 += vec4(-0.07928981, -0.042633023, -0.03221251, 0.025901975) * v0_1.w;
            a0_1 += vec4(-0.0024397685, 0.3499193, 0.058017172, 0.23077789) * v0_1.x;
            a0_1 += vec4(0.01184294, 0.03937722, 0.1694573, 0.048050348) * v0_1.y;
            a0_1 += vec4(0.0050289696, 0.24493644, 0.05948066, 0.24590576) * v0_1.z;
            a0_1 += vec4(-0.011640065, -0.2008774, -0.014614097, -0.07029619) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.000717464, -0.006014153, 0.005190413, -0.01235481) * v0_1.x;
            a0_0 += vec4(-0.04434364, -0.023538467, 0.020146336, -0.02010874) * v0_1.y;
            a0_0 += vec4(-0.017244585, -0.04207766, 0.04001201, -0.0541728) * v0_1.z;
            a0_0 += vec4(0.030088598, 0.07799774, 0.0027739797, -0.005752545) * v0_1.w;
            a0_1 += vec4(-0.00539391, 0.07612528, -0.0075564296, 0.061175168) * v0_1.x;
            a0_1 += vec4(-0.014973727, 0.028482888, 0.06390409, 0.07168227) * v0_1.y;
            a0_1 += vec4(-0.0023132476, -0.015594459, 0.008530318, -0.0033192455) * v0_1.z;
            a0_1 += vec4(0.011050624, -0.035543885, 0.040238176, -0.030256292) * v0_1.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_1 = vec4(tile[at + 0]);
            a0_0 += vec4(0.021471538, -0.09850521, -0.025392812, 0.022848705) * v0_1.x;
            a0_0 += vec4(-0.019976025, -0.103127845, -0.003921275, 0.021711862) * v0_1.y;
            a0_0 += vec4(0.0342323, 0.022990294, -0.01190668, 0.12412443) * v0_1.z;
            a0_0 += vec4(-0.004483523, 0.024666967, -0.008162571, -0.00874651) * v0_1.w;
            a0_1 += vec4(-0.0132755935, -0.015579417, -0.04340575, 0.07382461) * v0_1.x;
            a0_1 += vec4(0.02273824, -0.023590509, 0.039535116, -0.020950135) * v0_1.y;
            a0_1 += vec4(0.03226639, -0.4095456, 0.2760161, -0.058276474) * v0_1.z;
            a0_1 += vec4(-0.02063578, 0.19306506, -0.15992817, 0.0823071) * v0_1.w;
        }
        {   // tap (0, -1)
            vec4 v0_1 = vec4(tile[at + 1]);
            a0_0 += vec4(0.30154854, -0.025987314, -0.025388924, 0.08813571) * v0_1.x;
            a0_0 += vec4(-0.26051033, -0.09790321, -0.12128715, -0.21326691) * v0_1.y;
            a0_0 += vec4(-0.17002036, -0.02613252, 0.02510786, 0.066083886) * v0_1.z;
            a0_0 += vec4(0.07025742, -0.005285561, 0.04968494, -0.07117679) * v0_1.w;
            a0_1 += vec4(-0.016031329, -0.1749272, 0.13842008, -0.08440001) * v0_1.x;
            a0_1 += vec4(0.16516167, -0.07927805, -0.051492058, 0.026846396) * v0_1.y;
            a0_1 += vec4(-0.046929114, 1.0037713, -0.32727426, 0.22876357) * v0_1.z;
            a0_1 += vec4(-0.05126102, -0.05051552, 0.18941402, -0.0112335365) * v0_1.w;
        }
        {   // tap (1, -1)
            vec4 v0_1 = vec4(tile[at + 2]);
            a0_0 += vec4(0.13845839, -0.0335208, 0.36684504, 0.043384336) * v0_1.x;
            a0_0 += vec4(-0.09438671, -0.04504794, -0.16000237, 0.08285503) * v0_1.y;
            a0_0 += vec4(0.087093025, 0.066606, -0.058267154, 0.07617475) * v0_1.z;
            a0_0 += vec4(-0.11356545, 0.053113904, 0.12596144, -0.015543503) * v0_1.w;
            a0_1 += vec4(0.05071907, 0.028737139, -0.09987869, 0.027525974) * v0_1.x;
            a0_1 += vec4(-0.052988265, 0.13088825, -0.064435005, 0.00020091378) * v0_1.y;
            a0_1 += vec4(0.23576446, 0.6250477, 0.3584848, 0.06366445) * v0_1.z;
            a0_1 += vec4(-0.05879213, -0.039108362, -0.14976116, 0.012957173) * v0_1.w;
        }
        {   // tap (-1, 0)
            vec4 v0_1 = vec4(tile[at + 18]);
            a0_0 += vec4(0.17756566, -0.0006699291, -0.016469292, -0.059206545) * v0_1.x;
            a0_0 += vec4(0.048780378, -0.06036686, 0.007196549, -0.027418237) * v0_1.y;
            a0_0 += vec4(-0.00023978966, -0.07722639, 0.038196407, 0.04246414) * v0_1.z;
            a0_0 += vec4(0.030720234, -0.007863836, 0.0006818092, -0.030686336) * v0_1.w;
            a0_1 += vec4(0.05227246, -0.01307796, 0.037732925, -0.110685445) * v0_1.x;
            a0_1 += vec4(0.022667404, -0.07803258, 0.11074173, 0.07299939) * v0_1.y;
            a0_1 += vec4(-0.0773058, -0.18408875, 0.21162948, -0.028747616) * v0_1.z;
            a0_1 += vec4(0.008178176, 0.12275557, -0.09961481, -0.12878387) * v0_1.w;
        }
        {   // tap (0, 0)
            vec4 v0_1 = vec4(tile[at + 19]);
            a0_0 += vec4(0.3078429, -0.081423186, 0.019449547, 0.0032560404) * v0_1.x;
            a0_0 += vec4(0.21689391, -0.07842903, -0.14349711, 0.1685552) * v0_1.y;
            a0_0 += vec4(0.13458614, 0.039602347, -0.08584586, -0.021086972) * v0_1.z;
            a0_0 += vec4(0.04326235, -0.054115333, 0.05798604, -0.13014658) * v0_1.w;
            a0_1 += vec4(-0.016670937, -0.12284226, -0.19469082, 0.079835355) * v0_1.x;
            a0_1 += vec4(-0.1918625, -0.24832599, -0.18991998, -0.17906106) * v0_1.y;
            a0_1 += vec4(0.14227316, 0.311541, 0.0972453, 0.1792504) * v0_1.z;
            a0_1 += vec4(-0.02943, -0.17458557, 0.14336902, 0.018938327) * v0_1.w;
        }
        {   // tap (1, 0)
            vec4 v0_1 = vec4(tile[at + 20]);
            a0_0 += vec4(0.06498943, -0.086946845, 0.05251322, 0.009698596) * v0_1.x;
            a0_0 += vec4(0.059840333, -0.10438388, 0.16757676, -0.04400854) * v0_1.y;
            a0_0 += vec4(0.011354857, 0.03151137, 0.09117436, 0.10245809) * v0_1.z;
            a0_0 += vec4(0.06644416, 0.0058932444, -0.04768499, -0.056727793) * v0_1.w;
            a0_1 += vec4(-0.09515898, -0.12812407, 0.08365541, -0.01114714) * v0_1.x;
            a0_1 += vec4(0.008249364, 0.052085567, 0.014467139, -0.04992895) * v0_1.y;
            a0_1 += vec4(-0.081930816, 0.18790627, 0.09079781, -0.0024972733) * v0_1.z;
            a0_1 += vec4(0.071153775, 0.15428342, -0.14747834, 0.009520206) * v0_1.w;
        }
        {   // tap (-1, 1)
            vec4 v0_1 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.024726087, -0.03572822, -0.0029814835, -0.013115334) * v0_1.x;
            a0_0 += vec4(-0.052180223, -0.08267553, 0.016829582, 0.020023298) * v0_1.y;
            a0_0 += vec4(-0.058056474, -0.083976805, -0.03556371, -0.015571186) * v0_1.z;
            a0_0 += vec4(0.045359172, 0.051526003, 0.0007805793, -0.016840192) * v0_1.w;
            a0_1 += vec4(-0.042183597, -0.014994091, 0.08093629, 0.055007707) * v0_1.x;
            a0_1 += vec4(-0.06690945, -0.13523485, 0.028103815, 0.03372316) * v0_1.y;
            a0_1 += vec4(-0.014526776, -0.09204054, 0.116618514, 0.2201747) * v0_1.z;
            a0_1 += vec4(0.027195483, 0.0014581153, 0.021532962, -0.102800645) * v0_1.w;
        }
        {   // tap (0, 1)
            vec4 v0_1 = vec4(tile[at + 37]);
            a0_0 += vec4(0.14000556, -0.034591094, -0.040579926, 0.06224335) * v0_1.x;
            a0_0 += vec4(0.03379367, -0.040835015, -0.05913732, -0.015605768) * v0_1.y;
            a0_0 += vec4(-0.0076182503, -0.044957284, 0.015172679, 0.024903005) * v0_1.z;
            a0_0 += vec4(0.014372602, 0.026607422, -0.015194611, 0.019344516) * v0_1.w;
            a0_1 += vec4(-0.06537036, 0.04932205, -0.07995993, -0.09449995) * v0_1.x;
            a0_1 += vec4(-0.014847251, 0.12263274, -0.01210368, -0.004844193) * v0_1.y;
            a0_1 += vec4(0.04247423, 0.09640001, -0.04244972, 0.052659232) * v0_1.z;
            a0_1 += vec4(0.018430978, 0.0024422226, 0.07842791, 0.12178166) * v0_1.w;
        }
        {   // tap (1, 1)
            vec4 v0_1 = vec4(tile[at + 38]);
            a0_0 += vec4(0.022330536, -0.09619411, 0.0011024416, -0.003842784) * v0_1.x;
            a0_0 += vec4(0.05433146, 0.022143684, 0.0057521216, -0.026110109) * v0_1.y;
            a0_0 += vec4(-0.0052812425, -0.016573504, -0.05022548, -0.088225864) * v0_1.z;
            a0_0 += vec4(-0.024511667, 0.03860204, -0.02007638, -0.02116371) * v0_1.w;
            a0_1 += vec4(0.0008514792, -0.09858568, 0.051041268, 0.03289633) * v0_1.x;
            a0_1 += vec4(-0.00683587, -0.03806706, 0.037325554, -0.02217423) * v0_1.y;
            a0_1 += vec4(0.016620057, 0.028475462, 0.045836117, 0.05448259) * v0_1.z;
            a0_1 += vec4(0.021301929, 0.16057958, 0.018034654, -0.04381985) * v0_1.w;
        }
    }
    barrier();  // every thread is done with this phase's tile
    if (i0 < 180) {
        tile[i0] = f0 ? vec4(n1_0_0) : vec4(0.0);
    }
    barrier();

    // Phase 2: input groups 2..2.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    if (slice == 0) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(-0.06914195, 0.13339214, 0.048398618, -0.12811656) * v0_2.x;
            a0_0 += vec4(0.021253617, -0.36309642, 0.018277615, -0.028090471) * v0_2.y;
            a0_0 += vec4(0.03661727, -0.036048584, 0.010660018, -0.034270763) * v0_2.z;
            a0_0 += vec4(0.015104975, -0.15772496, -0.02071043, -0.0045651104) * v0_2.w;
            a0_1 += vec4(-0.042199537, 0.06514403, 0.0041182763, 0.10419434) * v0_2.x;
            a0_1 += vec4(-0.066554256, 0.053522147, -0.012046035, 0.07695172) * v0_2.y;
            a0_1 += vec4(0.026147608, 0.0022100087, 0.0014933374, 0.020186525) * v0_2.z;
            a0_1 += vec4(-0.024421744, 0.013735968, 0.012807708, 0.024805086) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.030586412, 0.026632411, 0.19549118, -0.20182693) * v0_2.x;
            a0_0 += vec4(-0.028451914, 0.020268882, -0.09259671, -0.024433767) * v0_2.y;
            a0_0 += vec4(-0.013178127, -0.05355112, 0.018274756, -0.030340966) * v0_2.z;
            a0_0 += vec4(0.012110066, -0.06680609, 0.101139, -0.1564674) * v0_2.w;
            a0_1 += vec4(0.090034455, 0.053199038, -0.031491235, 0.30642694) * v0_2.x;
            a0_1 += vec4(-0.09002187, -0.05888926, -0.036953535, -0.24115825) * v0_2.y;
            a0_1 += vec4(-0.01967388, 0.06827584, 0.023875365, 0.17267382) * v0_2.z;
            a0_1 += vec4(0.17968073, 0.0328792, -0.018938016, 0.10217199) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.024503978, -0.0013736278, 0.005488263, 0.0012488114) * v0_2.x;
            a0_0 += vec4(0.026574386, 0.04773289, -0.0125016775, -0.09893556) * v0_2.y;
            a0_0 += vec4(0.006143325, 0.049946632, 0.06725519, -0.098342024) * v0_2.z;
            a0_0 += vec4(-0.0041975807, -0.0040963376, -0.011283104, -0.056529332) * v0_2.w;
            a0_1 += vec4(-0.0070945737, -0.029887404, 0.019907847, 0.080578774) * v0_2.x;
            a0_1 += vec4(-0.0104916375, 0.031485423, -0.0040368116, -0.20609824) * v0_2.y;
            a0_1 += vec4(-0.01288717, -0.030881308, -0.00923019, -0.039783157) * v0_2.z;
            a0_1 += vec4(0.043159645, 0.034918122, 0.015641898, 0.049612198) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.034050535, 0.22817062, -0.037159316, 0.05455461) * v0_2.x;
            a0_0 += vec4(-0.019964907, -0.15749495, -0.0098566655, -0.05521167) * v0_2.y;
            a0_0 += vec4(-0.062018666, 0.18009211, 0.10512735, -0.102831826) * v0_2.z;
            a0_0 += vec4(0.103150815, -0.02711431, -0.11689084, 0.09794336) * v0_2.w;
            a0_1 += vec4(0.09977873, -0.06861798, -0.016068403, 0.042247154) * v0_2.x;
            a0_1 += vec4(-0.023489943, -0.14908704, -0.011956723, -0.12897724) * v0_2.y;
            a0_1 += vec4(0.054896604, 0.0053481786, -0.07075523, -0.029364835) * v0_2.z;
            a0_1 += vec4(0.10753287, -0.04370973, 0.06913493, -0.010281068) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.064001545, -0.1760742, -0.14141054, 0.2979168) * v0_2.x;
            a0_0 += vec4(0.0040153014, -0.14978859, -0.0468201, -0.06465487) * v0_2.y;
            a0_0 += vec4(-0.008661776, -0.10349149, 0.27369124, -0.37374756) * v0_2.z;
            a0_0 += vec4(0.05493842, 0.103665985, 0.076477915, 0.035448242) * v0_2.w;
            a0_1 += vec4(0.011263082, -0.1430765, -0.09116641, 0.15478596) * v0_2.x;
            a0_1 += vec4(0.0005909401, -0.21261545, -0.038970474, -0.39987388) * v0_2.y;
            a0_1 += vec4(0.019126404, 0.08268185, -0.0087345075, -0.078335196) * v0_2.z;
            a0_1 += vec4(-0.09388122, -0.15557027, -0.17419119, -0.020753648) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.066968516, 0.046631306, 0.100027256, -0.0695818) * v0_2.x;
            a0_0 += vec4(-0.08668963, -0.021459226, -0.06689473, -0.07044926) * v0_2.y;
            a0_0 += vec4(-0.01727822, -0.014256105, 0.21263537, -0.17862949) * v0_2.z;
            a0_0 += vec4(0.07852968, 0.0036043774, -0.07873951, 0.0794069) * v0_2.w;
            a0_1 += vec4(-0.019960165, 0.04416159, -0.0032977522, 0.05851758) * v0_2.x;
            a0_1 += vec4(0.009656801, -0.37775734, -0.042743668, -0.36597484) * v0_2.y;
            a0_1 += vec4(0.013834739, 0.15288833, 0.00076176226, 0.09931899) * v0_2.z;
            a0_1 += vec4(0.015045023, -0.062259644, -0.0570378, -0.12763566) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(0.016434139, 0.176921, 0.03046453, -0.0027281933) * v0_2.x;
            a0_0 += vec4(0.036648605, -0.328887, -0.005089097, -0.022565803) * v0_2.y;
            a0_0 += vec4(0.1319457, 0.33265725, 0.01906483, -0.028372983) * v0_2.z;
            a0_0 += vec4(-0.06404304, 0.09938218, -0.030138487, -0.010661682) * v0_2.w;
            a0_1 += vec4(0.007477576, 0.34166184, -0.011222693, 0.14065164) * v0_2.x;
            a0_1 += vec4(-0.020381102, -0.02349622, 0.0079839425, 0.006651996) * v0_2.y;
            a0_1 += vec4(-0.045783587, -0.005913802, 0.016870081, 0.020984847) * v0_2.z;
            a0_1 += vec4(0.01145587, -0.021422416, -0.07780442, -0.034530077) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.009668426, -0.10699222, 0.04481441, -0.08269405) * v0_2.x;
            a0_0 += vec4(-0.24650784, 0.00788138, -0.015949186, -0.0031860343) * v0_2.y;
            a0_0 += vec4(-0.22258663, -0.13550116, 0.110215284, -0.084069595) * v0_2.z;
            a0_0 += vec4(0.37387764, 0.0044653243, 0.06622237, -0.08521602) * v0_2.w;
            a0_1 += vec4(-0.0046627065, 0.23707089, 0.028185658, -0.13930853) * v0_2.x;
            a0_1 += vec4(-0.020990362, -0.6822837, -0.036652133, -0.109677136) * v0_2.y;
            a0_1 += vec4(-0.012757348, -0.096634015, 0.02238962, -0.04221185) * v0_2.z;
            a0_1 += vec4(0.0256179, 0.3560137, 0.13947178, 0.094775066) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(0.065998, 0.053278346, 0.018090721, -0.005278992) * v0_2.x;
            a0_0 += vec4(-0.10324106, 0.014011967, -0.043487675, 0.033378452) * v0_2.y;
            a0_0 += vec4(0.02550825, -0.0054437267, -0.0023925824, 0.0026046822) * v0_2.z;
            a0_0 += vec4(0.033575617, -0.055714846, -0.0210072, -0.00492163) * v0_2.w;
            a0_1 += vec4(-0.006740598, 0.062456362, 0.009803291, -0.1394946) * v0_2.x;
            a0_1 += vec4(-0.04064796, -0.327026, -0.029296402, -0.08911293) * v0_2.y;
            a0_1 += vec4(-0.010727414, -0.14023723, 0.0072535616, -0.21302187) * v0_2.z;
            a0_1 += vec4(0.0070622046, 0.11500551, -0.019963272, 0.12894768) * v0_2.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_2 = vec4(tile[at + 0]);
            a0_0 += vec4(0.008546879, -0.096371375, 0.019234747, 0.114618495) * v0_2.x;
            a0_0 += vec4(-0.06848686, -0.10632745, -0.003148084, 0.14322796) * v0_2.y;
            a0_0 += vec4(0.004925617, -0.018583924, 0.016421888, 0.037403155) * v0_2.z;
            a0_0 += vec4(0.06778088, -0.013342923, 0.018716635, -0.013551148) * v0_2.w;
            a0_1 += vec4(-0.21432555, -0.0049800696, -0.20435005, -0.15326726) * v0_2.x;
            a0_1 += vec4(0.036426637, 0.10189043, 0.09616878, 0.086482376) * v0_2.y;
            a0_1 += vec4(-0.029009927, -0.014128022, 0.009796791, 0.029672232) * v0_2.z;
            a0_1 += vec4(-0.010774949, -0.12251822, 0.03800453, 0.039074153) * v0_2.w;
        }
        {   // tap (0, -1)
            vec4 v0_2 = vec4(tile[at + 1]);
            a0_0 += vec4(0.12394422, -0.040184684, -0.042171814, -0.061231904) * v0_2.x;
            a0_0 += vec4(-0.08118375, -0.07678735, -0.019878611, -0.34045586) * v0_2.y;
            a0_0 += vec4(0.035549898, -0.07728549, 0.010788201, 0.040298194) * v0_2.z;
            a0_0 += vec4(0.08166958, -0.05873602, 0.14200775, 0.07314623) * v0_2.w;
            a0_1 += vec4(-0.016606344, -0.04257638, 0.19731708, 0.08791594) * v0_2.x;
            a0_1 += vec4(-0.018101793, -0.5529762, -0.40477806, -0.13289483) * v0_2.y;
            a0_1 += vec4(-0.03224688, -0.109685324, 0.011456146, -0.032067716) * v0_2.z;
            a0_1 += vec4(-0.027908076, 0.0810277, 0.14634816, -0.046152223) * v0_2.w;
        }
        {   // tap (1, -1)
            vec4 v0_2 = vec4(tile[at + 2]);
            a0_0 += vec4(0.090622835, -0.03058409, -0.02521208, 0.042029995) * v0_2.x;
            a0_0 += vec4(-0.07446186, -0.08055385, -0.5850632, -0.13793841) * v0_2.y;
            a0_0 += vec4(0.0074929795, -0.04676867, 0.009400757, -0.03624027) * v0_2.z;
            a0_0 += vec4(0.12717111, 0.059104852, -0.036297746, -0.081366666) * v0_2.w;
            a0_1 += vec4(0.052996196, 0.090979554, -0.11875185, 0.0024985601) * v0_2.x;
            a0_1 += vec4(-0.09077908, -0.120611824, -0.06547517, 0.013026569) * v0_2.y;
            a0_1 += vec4(-0.07795859, 0.073894024, -0.09333571, 0.018070828) * v0_2.z;
            a0_1 += vec4(0.004168487, -0.12703654, -0.09890005, -0.019814925) * v0_2.w;
        }
        {   // tap (-1, 0)
            vec4 v0_2 = vec4(tile[at + 18]);
            a0_0 += vec4(0.11128533, -0.050807245, -0.026892664, 0.03843996) * v0_2.x;
            a0_0 += vec4(-0.07177549, -0.09760189, 0.004527165, -0.077354014) * v0_2.y;
            a0_0 += vec4(-0.00365311, -0.06801688, -0.0007698148, 0.00021632586) * v0_2.z;
            a0_0 += vec4(0.10842108, -0.062850595, -0.03260353, -0.082710534) * v0_2.w;
            a0_1 += vec4(0.15073748, 0.07157663, -0.32704955, -0.13619503) * v0_2.x;
            a0_1 += vec4(-0.024163775, 0.08876866, 0.06455796, -0.15121347) * v0_2.y;
            a0_1 += vec4(-0.0059654503, 0.20711628, -0.06989593, -0.07744863) * v0_2.z;
            a0_1 += vec4(0.017520549, -0.45670873, 0.07212162, 0.18249337) * v0_2.w;
        }
        {   // tap (0, 0)
            vec4 v0_2 = vec4(tile[at + 19]);
            a0_0 += vec4(0.09407412, -0.012899483, -0.0030194717, 0.16151932) * v0_2.x;
            a0_0 += vec4(-0.15870965, 0.06328759, 0.009220904, -0.17043744) * v0_2.y;
            a0_0 += vec4(-0.0006868065, -0.038474597, 0.13184194, 0.07412256) * v0_2.z;
            a0_0 += vec4(0.21668606, -0.09531466, -0.01679192, -0.050235253) * v0_2.w;
            a0_1 += vec4(0.064401545, -0.020970412, 0.28348637, 0.087353006) * v0_2.x;
            a0_1 += vec4(-0.18860021, -0.6594638, -0.38629526, -0.17161407) * v0_2.y;
            a0_1 += vec4(-0.24099971, -0.124352954, -0.022617377, 0.035923474) * v0_2.z;
            a0_1 += vec4(-0.009142153, 0.43985838, -0.13837199, 0.14951207) * v0_2.w;
        }
        {   // tap (1, 0)
            vec4 v0_2 = vec4(tile[at + 20]);
            a0_0 += vec4(0.064208165, 0.053557184, 0.13550778, -0.08410364) * v0_2.x;
            a0_0 += vec4(-0.08188253, -0.01510885, -1.1613963, -0.3922998) * v0_2.y;
            a0_0 += vec4(-0.021475751, -0.079009496, -0.42976186, 0.025112515) * v0_2.z;
            a0_0 += vec4(-0.008877652, -0.054485682, 0.4526215, -0.007519804) * v0_2.w;
            a0_1 += vec4(0.020992033, -0.017877584, -0.18158714, -0.0011831733) * v0_2.x;
            a0_1 += vec4(0.104558416, -0.1421867, -0.062443722, 0.067995004) * v0_2.y;
            a0_1 += vec4(0.18223514, 0.0539283, -0.06239333, 0.04832435) * v0_2.z;
            a0_1 += vec4(-0.09337277, -0.23916928, 0.023411114, -0.030298226) * v0_2.w;
        }
        {   // tap (-1, 1)
            vec4 v0_2 = vec4(tile[at + 36]);
            a0_0 += vec4(-0.019313168, -0.052006915, 0.00818925, 0.09272176) * v0_2.x;
            a0_0 += vec4(0.030670542, -0.10598806, 0.0073383003, 0.009938494) * v0_2.y;
            a0_0 += vec4(-0.0034374336, -0.097410575, -0.0007062396, -0.0387707) * v0_2.z;
            a0_0 += vec4(-0.14739253, -0.012480915, 0.00084915553, 0.015645193) * v0_2.w;
            a0_1 += vec4(0.041208994, 0.18213409, -0.08683558, 0.10761209) * v0_2.x;
            a0_1 += vec4(-0.021152928, 0.11039553, 0.03062778, 0.04999987) * v0_2.y;
            a0_1 += vec4(0.019212931, 0.13926001, -0.033697374, -0.021196678) * v0_2.z;
            a0_1 += vec4(-0.1009084, -0.16542406, -0.049563635, -0.005799675) * v0_2.w;
        }
        {   // tap (0, 1)
            vec4 v0_2 = vec4(tile[at + 37]);
            a0_0 += vec4(-0.08226901, -0.110561535, -0.01162811, -0.15771443) * v0_2.x;
            a0_0 += vec4(-0.010890763, -0.097089745, 0.028644335, -0.04562119) * v0_2.y;
            a0_0 += vec4(-0.1156834, 0.01567409, 0.13972273, -0.13550776) * v0_2.z;
            a0_0 += vec4(0.08110466, 0.009772899, -0.017626889, -0.040904697) * v0_2.w;
            a0_1 += vec4(0.07444076, 0.007324226, 0.089972325, -0.06849839) * v0_2.x;
            a0_1 += vec4(0.08805609, -0.09015601, -0.042139903, -0.033460326) * v0_2.y;
            a0_1 += vec4(0.18303896, 0.0517709, 0.02929259, -0.03966305) * v0_2.z;
            a0_1 += vec4(0.018097894, 0.17557548, 0.00048785465, -0.00889272) * v0_2.w;
        }
        {   // tap (1, 1)
            vec4 v0_2 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.033033088, -0.086606935, -0.041472204, -0.0043669054) * v0_2.x;
            a0_0 += vec4(-0.008811727, -0.08178123, -0.05344508, 0.07810757) * v0_2.y;
            a0_0 += vec4(-0.012216374, -0.0008189531, -0.022766385, -0.047102883) * v0_2.z;
            a0_0 += vec4(0.07632525, -0.005419123, 0.1542713, -0.07334915) * v0_2.w;
            a0_1 += vec4(-0.029477533, 0.035944257, -0.039134536, -0.007325171) * v0_2.x;
            a0_1 += vec4(-0.11243466, -0.050041996, 0.053124238, -0.0051070033) * v0_2.y;
            a0_1 += vec4(-0.037979253, 0.05194133, -0.008782816, -0.010822968) * v0_2.z;
            a0_1 += vec4(0.01546747, -0.14223203, 0.022589792, -0.012450892) * v0_2.w;
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
            a0_0 += vec4(0.016517546, 0.14071716, 0.055979695, -0.14923728) * v0_3.x;
            a0_0 += vec4(-0.013732567, 0.023582976, 0.008029366, 0.023603883) * v0_3.y;
            a0_0 += vec4(-0.010227326, -0.16249846, -0.018786658, 0.049133487) * v0_3.z;
            a0_0 += vec4(0.03820013, 0.11328664, -0.057667863, -0.016381772) * v0_3.w;
            a0_1 += vec4(0.090376996, 0.032160677, -0.011271607, -0.051918563) * v0_3.x;
            a0_1 += vec4(-0.03846735, -0.032626696, 0.0026298899, 0.08346017) * v0_3.y;
            a0_1 += vec4(0.08271624, -0.10497325, -0.0024514908, -0.09737481) * v0_3.z;
            a0_1 += vec4(0.04699478, -0.025576802, -0.030513506, -0.18892516) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.0018407269, 0.06507868, -0.058316037, 0.07867878) * v0_3.x;
            a0_0 += vec4(0.0037703225, -0.011257417, 0.028475052, -0.043415193) * v0_3.y;
            a0_0 += vec4(-0.030690897, 0.05359556, -0.068271086, 0.08866126) * v0_3.z;
            a0_0 += vec4(-0.036519725, -0.10291551, -0.026662095, 0.09532737) * v0_3.w;
            a0_1 += vec4(-0.009049112, -0.009827358, -0.039982107, 0.10312807) * v0_3.x;
            a0_1 += vec4(0.027232036, -0.053808045, 0.014220078, 0.11374512) * v0_3.y;
            a0_1 += vec4(0.30233118, -0.18168451, -0.033631276, -0.23642822) * v0_3.z;
            a0_1 += vec4(0.026098134, -0.039475795, 0.00010665599, -0.3187771) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(-0.0026858298, -0.0064280527, 0.009976274, 0.005079816) * v0_3.x;
            a0_0 += vec4(0.00053144136, 0.031115668, 0.018778846, -0.020872941) * v0_3.y;
            a0_0 += vec4(0.041437767, -0.022737948, -0.063349344, 0.020602591) * v0_3.z;
            a0_0 += vec4(0.030174792, 0.06016311, -0.017268896, 0.037420183) * v0_3.w;
            a0_1 += vec4(0.005020725, 0.027630454, -0.009424575, 0.010143711) * v0_3.x;
            a0_1 += vec4(0.01388194, 0.037936732, -0.011521707, 0.2608571) * v0_3.y;
            a0_1 += vec4(0.09862385, 0.017104909, 0.0011325767, -0.024842555) * v0_3.z;
            a0_1 += vec4(-0.054478083, -0.061899375, 0.0022155785, -0.20320337) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.11391104, -0.5418659, 0.106175594, 0.007830642) * v0_3.x;
            a0_0 += vec4(-0.064672254, -0.25390816, -0.04000317, 0.01172606) * v0_3.y;
            a0_0 += vec4(0.035846617, -0.31394276, -0.016624335, -0.0030710492) * v0_3.z;
            a0_0 += vec4(-0.03197066, 0.15553272, 0.1203197, -0.22074579) * v0_3.w;
            a0_1 += vec4(-0.028083554, 0.058884908, -0.076393485, 0.14114946) * v0_3.x;
            a0_1 += vec4(-0.0175197, -0.0010038827, 0.020489998, -0.016080735) * v0_3.y;
            a0_1 += vec4(-0.041764557, 0.060056854, -0.030255709, 0.014763931) * v0_3.z;
            a0_1 += vec4(-0.033417743, 0.15704143, -0.004872463, 0.32666832) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(0.073533505, 0.07670912, 0.15732332, -0.21829577) * v0_3.x;
            a0_0 += vec4(-0.3632317, -0.040219955, -0.11275347, -0.09020691) * v0_3.y;
            a0_0 += vec4(0.22591062, 0.096453294, -0.10771133, 0.13995649) * v0_3.z;
            a0_0 += vec4(0.15587366, -0.09109616, 0.075334035, 0.07299529) * v0_3.w;
            a0_1 += vec4(-0.15793063, 0.14707209, 0.02822298, 0.039801963) * v0_3.x;
            a0_1 += vec4(-0.025024747, 0.17166516, -0.013794821, -0.641853) * v0_3.y;
            a0_1 += vec4(0.2861079, 0.14766458, -0.27688196, 0.23992361) * v0_3.z;
            a0_1 += vec4(-0.0015891942, 0.0791987, 0.009331789, 0.36340135) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.018969523, -0.048446, -0.052626546, 0.01348503) * v0_3.x;
            a0_0 += vec4(0.036349174, 0.049467426, -0.039968934, 0.052235637) * v0_3.y;
            a0_0 += vec4(0.024635078, -0.036596164, -0.16531141, 0.19605955) * v0_3.z;
            a0_0 += vec4(-0.08996959, 0.036513206, 0.011171901, -0.020447344) * v0_3.w;
            a0_1 += vec4(-0.0113426475, -0.011241314, -0.015015709, -0.00024118423) * v0_3.x;
            a0_1 += vec4(-0.007866718, 0.031480733, 0.015936514, -0.4048075) * v0_3.y;
            a0_1 += vec4(0.09881601, -0.09281386, -0.10672593, -0.069426954) * v0_3.z;
            a0_1 += vec4(0.022721149, 0.09510447, 0.07507336, 0.36284536) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.21644916, -0.28860408, -0.025285212, 0.00018547813) * v0_3.x;
            a0_0 += vec4(0.06411445, -0.14097448, -0.014758448, -0.009142428) * v0_3.y;
            a0_0 += vec4(-0.0076014777, -0.16426326, 0.018447733, -0.0059310007) * v0_3.z;
            a0_0 += vec4(-0.32009697, 0.121759884, -0.0683219, -0.19933851) * v0_3.w;
            a0_1 += vec4(-0.029554367, 0.10454818, 0.07746192, -0.023122355) * v0_3.x;
            a0_1 += vec4(0.023307635, -0.14831541, -0.0001424677, -0.06524427) * v0_3.y;
            a0_1 += vec4(-0.01365356, -0.12203374, -0.014507703, -0.066484444) * v0_3.z;
            a0_1 += vec4(-0.015388855, -0.83199894, 0.040152762, -1.0670595) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.076206155, 0.15219428, 0.02398777, -0.02999749) * v0_3.x;
            a0_0 += vec4(-0.26963413, -0.022204816, -0.015889864, -0.008959731) * v0_3.y;
            a0_0 += vec4(-0.24361457, 0.035508446, -0.07435188, 0.082117595) * v0_3.z;
            a0_0 += vec4(-0.26088983, -0.1894151, -0.08925359, 0.057186298) * v0_3.w;
            a0_1 += vec4(-0.015179961, -0.03430511, 0.16251066, 0.017875576) * v0_3.x;
            a0_1 += vec4(0.022566544, -0.37600192, -0.03590636, -0.036391556) * v0_3.y;
            a0_1 += vec4(0.047104016, -0.16936892, -0.28877383, -0.18139152) * v0_3.z;
            a0_1 += vec4(-0.0025123227, -0.2371731, -0.013042876, -0.3796641) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(-0.0650706, -0.03136949, -0.027383223, 0.06334687) * v0_3.x;
            a0_0 += vec4(-0.1275961, 0.08010305, 0.05650764, -0.022922458) * v0_3.y;
            a0_0 += vec4(-0.016520739, -0.003769084, -0.0058191377, -0.008453305) * v0_3.z;
            a0_0 += vec4(0.13237013, 0.030589337, 0.024197489, -0.04839925) * v0_3.w;
            a0_1 += vec4(-0.009914548, -0.034025755, 0.03151179, 0.0124371275) * v0_3.x;
            a0_1 += vec4(-0.0031826585, 0.0340399, 0.015427581, 0.02087651) * v0_3.y;
            a0_1 += vec4(0.024921117, 0.061125282, -0.12019245, 0.004533588) * v0_3.z;
            a0_1 += vec4(-0.026575055, -0.008458912, -0.0030413829, -0.105576664) * v0_3.w;
        }
    } else if (slice == 1) {
        {   // tap (-1, -1)
            vec4 v0_3 = vec4(tile[at + 0]);
            a0_0 += vec4(0.1025674, -0.06884527, -0.032975577, 0.16163243) * v0_3.x;
            a0_0 += vec4(-0.013918836, -0.035420865, -0.015059215, -0.13011861) * v0_3.y;
            a0_0 += vec4(-0.031375922, -0.017945528, 0.0022855666, -0.07604169) * v0_3.z;
            a0_0 += vec4(-0.0058852425, -0.093399666, -0.024488239, -0.08205088) * v0_3.w;
            a0_1 += vec4(-0.05136503, 0.13771406, -0.114014626, 0.064138405) * v0_3.x;
            a0_1 += vec4(0.039557356, -0.0004163289, -0.021641951, -0.113257185) * v0_3.y;
            a0_1 += vec4(0.02445102, 0.18312773, -0.14075582, -0.034481775) * v0_3.z;
            a0_1 += vec4(0.0882804, -0.048382476, -0.03211333, 0.023749832) * v0_3.w;
        }
        {   // tap (0, -1)
            vec4 v0_3 = vec4(tile[at + 1]);
            a0_0 += vec4(-0.030722225, -0.07298012, 0.056347545, 0.047832392) * v0_3.x;
            a0_0 += vec4(-0.058571827, 0.038954154, -0.0420291, 0.14690499) * v0_3.y;
            a0_0 += vec4(0.23894222, 0.00640773, 0.04961179, -0.05923924) * v0_3.z;
            a0_0 += vec4(0.08763642, 0.04150139, -0.08312161, 0.07129397) * v0_3.w;
            a0_1 += vec4(0.07260956, 0.05485739, -0.033338796, 0.0036388054) * v0_3.x;
            a0_1 += vec4(0.06580903, 0.008388936, -0.1870041, 0.043054212) * v0_3.y;
            a0_1 += vec4(-0.019263102, -0.34647432, 0.20840128, -0.030387072) * v0_3.z;
            a0_1 += vec4(0.077651076, 0.31734568, 0.23560731, 0.034042668) * v0_3.w;
        }
        {   // tap (1, -1)
            vec4 v0_3 = vec4(tile[at + 2]);
            a0_0 += vec4(0.022593182, -0.06735383, 0.22949359, -0.0059790215) * v0_3.x;
            a0_0 += vec4(0.05046319, 0.06704688, -0.089458, -0.042153675) * v0_3.y;
            a0_0 += vec4(0.1007029, -0.016089652, 0.23093168, -0.06334278) * v0_3.z;
            a0_0 += vec4(-0.044351403, -0.0317905, 0.20557153, 0.08849354) * v0_3.w;
            a0_1 += vec4(0.025370283, -0.067337096, 0.076694235, -0.004587968) * v0_3.x;
            a0_1 += vec4(-0.03568763, -0.050417345, 0.11035511, -0.012519302) * v0_3.y;
            a0_1 += vec4(-0.044633765, -0.08265241, -0.102170475, -0.08103162) * v0_3.z;
            a0_1 += vec4(0.033459354, 0.3513106, -0.13261169, -0.0063433284) * v0_3.w;
        }
        {   // tap (-1, 0)
            vec4 v0_3 = vec4(tile[at + 18]);
            a0_0 += vec4(0.11986098, -0.013886524, 0.096399754, -0.017085223) * v0_3.x;
            a0_0 += vec4(-0.047992036, -0.10555099, 0.013526586, 0.06203824) * v0_3.y;
            a0_0 += vec4(-0.055617083, -0.012490696, -0.027646562, 0.012154294) * v0_3.z;
            a0_0 += vec4(-0.013802101, -0.042253494, -0.02861624, -0.15358444) * v0_3.w;
            a0_1 += vec4(0.107587904, 0.20308128, 0.01880237, -0.22812884) * v0_3.x;
            a0_1 += vec4(0.052069347, 0.03613893, 0.06806117, -0.27468088) * v0_3.y;
            a0_1 += vec4(-0.015811145, 0.04221028, -0.16322091, -0.146384) * v0_3.z;
            a0_1 += vec4(-0.042499647, 0.04306909, -0.22742802, -0.24797286) * v0_3.w;
        }
        {   // tap (0, 0)
            vec4 v0_3 = vec4(tile[at + 19]);
            a0_0 += vec4(-0.0060851173, -0.04776609, 0.28700003, -0.03461084) * v0_3.x;
            a0_0 += vec4(-0.032389536, 0.022912111, 0.028368754, -0.35953093) * v0_3.y;
            a0_0 += vec4(-0.1931182, 0.051011663, 0.072094835, -0.11615581) * v0_3.z;
            a0_0 += vec4(-0.049488205, 0.023023918, 0.10924505, -0.056530826) * v0_3.w;
            a0_1 += vec4(-0.1034172, -0.04162875, -0.663259, 0.0011299119) * v0_3.x;
            a0_1 += vec4(-0.30165112, -0.3667824, -0.51198894, 0.05885436) * v0_3.y;
            a0_1 += vec4(0.12635992, -0.22895315, 0.278809, 0.1799213) * v0_3.z;
            a0_1 += vec4(0.10070451, -0.0026272922, 0.22361255, 0.05674787) * v0_3.w;
        }
        {   // tap (1, 0)
            vec4 v0_3 = vec4(tile[at + 20]);
            a0_0 += vec4(0.016539758, -0.06942417, -0.2764368, -0.061891455) * v0_3.x;
            a0_0 += vec4(-0.14943123, 0.009037495, -1.1346684, 0.0932072) * v0_3.y;
            a0_0 += vec4(-0.09891529, 0.043350488, -0.113299035, 0.024940245) * v0_3.z;
            a0_0 += vec4(0.029970074, 0.054982573, -0.32145932, 0.034403335) * v0_3.w;
            a0_1 += vec4(0.010102244, -0.21231534, 0.12898694, 0.054293495) * v0_3.x;
            a0_1 += vec4(0.060909696, 0.08775321, 0.056001425, 0.0037596873) * v0_3.y;
            a0_1 += vec4(-0.08909185, -0.14365669, 0.029197007, -0.020237122) * v0_3.z;
            a0_1 += vec4(-0.046196915, 0.13361555, -0.1819643, -0.030644964) * v0_3.w;
        }
        {   // tap (-1, 1)
            vec4 v0_3 = vec4(tile[at + 36]);
            a0_0 += vec4(0.09185862, -0.07626141, -0.027023315, 0.035493936) * v0_3.x;
            a0_0 += vec4(0.017172612, 0.07152003, -0.0076461053, 0.0076034605) * v0_3.y;
            a0_0 += vec4(0.047696777, 0.018364482, 0.020047182, -0.030043533) * v0_3.z;
            a0_0 += vec4(-0.15779461, -0.08001165, 0.047990307, -0.45145544) * v0_3.w;
            a0_1 += vec4(-0.060545325, -0.002060891, 0.0037631516, -0.24623048) * v0_3.x;
            a0_1 += vec4(-0.027565302, 0.11067175, 0.047710482, -0.2994418) * v0_3.y;
            a0_1 += vec4(0.03014087, 0.07111164, -0.060236625, -0.11790484) * v0_3.z;
            a0_1 += vec4(-0.36170292, -0.30276245, -0.42436174, -0.61102) * v0_3.w;
        }
        {   // tap (0, 1)
            vec4 v0_3 = vec4(tile[at + 37]);
            a0_0 += vec4(0.11439273, -0.022457212, 0.11767088, -0.071477026) * v0_3.x;
            a0_0 += vec4(-0.05590855, -0.03884055, 0.004808932, 0.10818936) * v0_3.y;
            a0_0 += vec4(-0.08204393, 0.018739952, -0.012666444, 0.09295012) * v0_3.z;
            a0_0 += vec4(-0.0036205878, 0.020579195, 0.04758364, 0.02905984) * v0_3.w;
            a0_1 += vec4(0.10219803, 0.19162507, -0.066527314, -0.117798224) * v0_3.x;
            a0_1 += vec4(0.093707405, -0.16210306, -0.0021316912, 0.04660625) * v0_3.y;
            a0_1 += vec4(-0.14706184, -0.25934738, -0.027660824, 0.1517413) * v0_3.z;
            a0_1 += vec4(-0.21809323, -0.12002127, 0.1257683, -0.031414688) * v0_3.w;
        }
        {   // tap (1, 1)
            vec4 v0_3 = vec4(tile[at + 38]);
            a0_0 += vec4(0.025066156, 0.0025355474, 0.076510616, 0.077349946) * v0_3.x;
            a0_0 += vec4(-0.033585873, -0.10505919, -0.036480796, -0.06836807) * v0_3.y;
            a0_0 += vec4(-0.099729896, 0.0007604975, -0.12785755, 0.05133283) * v0_3.z;
            a0_0 += vec4(-0.03571459, 0.0768302, 0.19786789, -0.13260569) * v0_3.w;
            a0_1 += vec4(-0.048686214, -0.06841937, 0.042205945, -0.011840667) * v0_3.x;
            a0_1 += vec4(0.06331203, 0.10386785, 0.06744185, 0.026435638) * v0_3.y;
            a0_1 += vec4(0.03145269, -0.038988262, -0.031168215, 0.018948134) * v0_3.z;
            a0_1 += vec4(0.045793254, 0.06672244, -0.012933256, -0.028462416) * v0_3.w;
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

//!DESC ArtCNN_C4F16_DS compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L4
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
        a0_0 = vec4(0.00014482258, 5.7791884e-05, 0.00010466806, 6.868149e-05);
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
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.00023707452, -0.00048041582, 0.0059177508, -0.0019955963) * v0_0.x;
        a0_0 += vec4(-0.0013178233, -0.0011201916, 0.0005553395, 0.0008564029) * v0_0.y;
        a0_0 += vec4(0.0042721997, -0.0004119454, 0.0012668725, 5.4073702e-05) * v0_0.z;
        a0_0 += vec4(-0.0049626925, -0.0009363387, -0.0029200467, -0.00020816678) * v0_0.w;
    }
    {   // tap (-1, -2)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0024101078, 0.023170808, 0.004669086, -0.01953179) * v0_0.x;
        a0_0 += vec4(0.0015329802, 0.0013040268, -0.0010302709, 0.00035322682) * v0_0.y;
        a0_0 += vec4(0.0016297303, 0.009295516, 0.00336377, 0.0032929804) * v0_0.z;
        a0_0 += vec4(0.0022593257, -0.003628973, -0.0009745226, -0.001644865) * v0_0.w;
    }
    {   // tap (0, -2)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.04130255, 0.035425898, -0.0017300971, -0.008129447) * v0_0.x;
        a0_0 += vec4(0.015348773, -7.596392e-05, -0.0008259095, -0.0044071665) * v0_0.y;
        a0_0 += vec4(0.0041974275, -0.0029991039, -0.0043987073, -0.0045538847) * v0_0.z;
        a0_0 += vec4(0.00050687074, 0.0023559702, 0.0010645015, -0.00014638304) * v0_0.w;
    }
    {   // tap (1, -2)
        vec4 v0_0 = vec4(tile[at + 3]);
        a0_0 += vec4(0.006277569, -0.043913677, 0.019248405, 0.009228466) * v0_0.x;
        a0_0 += vec4(-0.014351066, 0.0129169645, -0.022328423, 0.012485206) * v0_0.y;
        a0_0 += vec4(-0.0008629153, 0.007072101, -0.0032307794, -0.0037012429) * v0_0.z;
        a0_0 += vec4(0.0023629405, 0.0016544772, 0.0018094771, 0.001959229) * v0_0.w;
    }
    {   // tap (2, -2)
        vec4 v0_0 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.0021852562, -0.005042033, 0.0009431722, 0.00266904) * v0_0.x;
        a0_0 += vec4(-0.0053724586, -0.013473457, -0.0005836388, -0.012882045) * v0_0.y;
        a0_0 += vec4(0.0034759915, 0.006019433, 0.0023415857, 0.0011686885) * v0_0.z;
        a0_0 += vec4(-0.0041224943, -0.004295703, -0.0018094842, -0.0021246935) * v0_0.w;
    }
    {   // tap (-2, -1)
        vec4 v0_0 = vec4(tile[at + 20]);
        a0_0 += vec4(0.01613805, 0.011282281, -0.010227698, 0.0011498984) * v0_0.x;
        a0_0 += vec4(-0.00019203413, -0.0005169946, -7.086241e-05, -0.0025086433) * v0_0.y;
        a0_0 += vec4(0.010502872, 0.0008803447, 0.007184918, -0.00044135124) * v0_0.z;
        a0_0 += vec4(-0.012155586, -0.002278425, -0.0077198157, -0.0019310256) * v0_0.w;
    }
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.016033314, 0.041106917, -0.10483089, 0.012641834) * v0_0.x;
        a0_0 += vec4(-0.002403132, 0.0006228083, 0.00017356036, 0.0027672932) * v0_0.y;
        a0_0 += vec4(-0.080605574, -0.020263935, -0.01616014, 0.007954837) * v0_0.z;
        a0_0 += vec4(0.06326897, 0.018056516, 0.02198569, -0.0011490216) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 22]);
        a0_0 += vec4(0.25472763, -0.4350824, 0.16589645, 0.21823153) * v0_0.x;
        a0_0 += vec4(0.025823968, -0.0108034955, 0.023913477, -0.0069212047) * v0_0.y;
        a0_0 += vec4(-0.115219966, -0.17850138, -0.024175517, -0.042089786) * v0_0.z;
        a0_0 += vec4(0.086914115, 0.12726246, 0.030637166, 0.038374517) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.02272839, 0.11819967, -0.0321038, -0.030427085) * v0_0.x;
        a0_0 += vec4(-0.24857672, 0.11107527, -0.07705007, 0.011175265) * v0_0.y;
        a0_0 += vec4(-0.027455192, -0.033020545, -0.010889937, -0.020519745) * v0_0.z;
        a0_0 += vec4(0.025257131, 0.02146222, 0.013712824, 0.029105436) * v0_0.w;
    }
    {   // tap (2, -1)
        vec4 v0_0 = vec4(tile[at + 24]);
        a0_0 += vec4(0.004352513, -0.0048776567, -0.0044020065, -0.022771299) * v0_0.x;
        a0_0 += vec4(-0.008255823, 0.1088357, -0.008720705, 0.007685116) * v0_0.y;
        a0_0 += vec4(-5.6561646e-05, -0.00078894524, 0.0008088837, 0.0008272398) * v0_0.z;
        a0_0 += vec4(0.0020013407, 0.0077915657, 0.0010803433, 0.002799663) * v0_0.w;
    }
    {   // tap (-2, 0)
        vec4 v0_0 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.003838478, 0.0018855421, 0.0078196125, 0.0061493637) * v0_0.x;
        a0_0 += vec4(0.00070538867, 0.0005839496, -0.0008850822, 0.0010722415) * v0_0.y;
        a0_0 += vec4(0.002036257, -0.007126884, -0.007254191, -0.008810094) * v0_0.z;
        a0_0 += vec4(0.0022640368, 0.008435437, 0.0038380018, 0.005926229) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.027481848, -0.014904965, 0.13122953, -0.005564641) * v0_0.x;
        a0_0 += vec4(0.00031171824, 0.0014555585, 0.0013551697, 0.0007030741) * v0_0.y;
        a0_0 += vec4(-0.10312978, -0.023232976, -0.1923503, -0.06293744) * v0_0.z;
        a0_0 += vec4(0.09820248, 0.01417874, 0.15705283, 0.044209104) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 42]);
        a0_0 += vec4(0.119042136, 0.11326303, -0.3756831, 0.11404572) * v0_0.x;
        a0_0 += vec4(0.04159303, 0.0033239592, 0.04527472, -0.0016646296) * v0_0.y;
        a0_0 += vec4(0.3053316, 0.044364166, 0.047654882, -0.21846443) * v0_0.z;
        a0_0 += vec4(-0.27124384, -0.03725663, -0.061588615, 0.18397091) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.009416978, -0.046514716, 0.009380066, 0.0068372875) * v0_0.x;
        a0_0 += vec4(-0.1212941, 0.03431455, -0.28748792, 0.13450126) * v0_0.y;
        a0_0 += vec4(0.04485691, 0.16652708, 0.010352443, 0.09385158) * v0_0.z;
        a0_0 += vec4(-0.028618058, -0.13096504, 0.00019097247, -0.09192034) * v0_0.w;
    }
    {   // tap (2, 0)
        vec4 v0_0 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0035476133, -0.02788082, 0.006628288, -0.009346061) * v0_0.x;
        a0_0 += vec4(-0.0075865774, 0.031118555, -0.015276989, 0.15246674) * v0_0.y;
        a0_0 += vec4(0.0037986145, 0.01374414, 0.004019445, 0.020910703) * v0_0.z;
        a0_0 += vec4(-0.002683319, -0.011058197, -0.00063190405, -0.009190559) * v0_0.w;
    }
    {   // tap (-2, 1)
        vec4 v0_0 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.007025988, -0.002673112, -0.00081301463, -0.0013043021) * v0_0.x;
        a0_0 += vec4(-0.00094214734, -0.00037994323, -0.00035316823, -0.0010623228) * v0_0.y;
        a0_0 += vec4(-0.0019420455, -0.007787416, 0.010714521, -0.0060443687) * v0_0.z;
        a0_0 += vec4(0.0011571754, 0.006442636, -0.008697539, 0.00542673) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 61]);
        a0_0 += vec4(0.0069341413, 0.006159598, -0.0049684336, 0.00440822) * v0_0.x;
        a0_0 += vec4(0.0030720425, 0.0017529383, -0.0009808616, 0.0029535866) * v0_0.y;
        a0_0 += vec4(0.007650106, -0.00066258945, 0.008400197, 0.00061934115) * v0_0.z;
        a0_0 += vec4(-0.005931207, -0.002075474, -0.0054816203, -0.0037979165) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.015488753, -0.006868029, 0.017590236, -0.0073320926) * v0_0.x;
        a0_0 += vec4(-0.0073345234, -0.00059210835, 0.0073413644, 0.0027351466) * v0_0.y;
        a0_0 += vec4(0.052253995, 0.04250259, 0.18726301, 0.122959) * v0_0.z;
        a0_0 += vec4(-0.039770834, -0.031199137, -0.16019842, -0.118504874) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 63]);
        a0_0 += vec4(0.0009580795, -0.01439899, 0.03212615, 0.037316646) * v0_0.x;
        a0_0 += vec4(-0.0018670089, 0.018226547, -0.012641351, 0.0025816772) * v0_0.y;
        a0_0 += vec4(-0.015643233, 0.007118949, 0.0031694043, 0.062265236) * v0_0.z;
        a0_0 += vec4(0.0138330255, -0.00089960994, 0.0019137465, -0.036051653) * v0_0.w;
    }
    {   // tap (2, 1)
        vec4 v0_0 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.0059456713, -0.0057176603, -0.007212875, -0.00772941) * v0_0.x;
        a0_0 += vec4(0.011312867, 0.021298813, 0.0075676395, -0.024365876) * v0_0.y;
        a0_0 += vec4(-0.002477459, -0.0018600492, -0.003148396, -0.005591159) * v0_0.z;
        a0_0 += vec4(0.002783344, 0.0025789337, 0.002024917, 0.00097494666) * v0_0.w;
    }
    {   // tap (-2, 2)
        vec4 v0_0 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.0007931829, -0.00027338573, -0.00091368536, -0.0010116696) * v0_0.x;
        a0_0 += vec4(0.0017695857, -6.080696e-06, 0.000909777, 0.00072059006) * v0_0.y;
        a0_0 += vec4(0.00088575744, 0.00021118642, 0.0040852213, 0.0012041674) * v0_0.z;
        a0_0 += vec4(0.002247394, 0.0011247072, -0.0026228821, 0.0021135968) * v0_0.w;
    }
    {   // tap (-1, 2)
        vec4 v0_0 = vec4(tile[at + 81]);
        a0_0 += vec4(0.002842051, 0.0019191474, 0.0051286826, 0.0033398506) * v0_0.x;
        a0_0 += vec4(-0.0036497104, 0.000820043, -0.0015562694, -0.0005702996) * v0_0.y;
        a0_0 += vec4(0.0008356354, 0.00419159, 0.006460778, 0.00704698) * v0_0.z;
        a0_0 += vec4(-0.0022966233, -0.001587536, 0.002397125, -0.0058807344) * v0_0.w;
    }
    {   // tap (0, 2)
        vec4 v0_0 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.0026178283, 0.0019446708, -0.0056127966, 0.0031717606) * v0_0.x;
        a0_0 += vec4(0.008314309, -0.0031883237, 0.012939478, -0.003753923) * v0_0.y;
        a0_0 += vec4(0.004477001, -0.00071083754, 0.014567016, 0.014189972) * v0_0.z;
        a0_0 += vec4(-0.0043081553, -0.0040783873, -0.013128153, -0.012148515) * v0_0.w;
    }
    {   // tap (1, 2)
        vec4 v0_0 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0011649367, -0.0036667408, 0.0009591225, -0.0073339758) * v0_0.x;
        a0_0 += vec4(-0.004117943, 0.0075434125, -0.010141828, 0.021987217) * v0_0.y;
        a0_0 += vec4(-0.0063915886, -0.0053949747, -0.008476179, -0.0023316208) * v0_0.z;
        a0_0 += vec4(0.0057823057, 0.0067145946, 0.00695043, 0.0037327893) * v0_0.w;
    }
    {   // tap (2, 2)
        vec4 v0_0 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.0005697697, -2.0550047e-05, 0.00034281623, 0.0016105955) * v0_0.x;
        a0_0 += vec4(0.0034997314, -0.0075037293, 0.0073931743, 0.0044322005) * v0_0.y;
        a0_0 += vec4(-0.0011134782, -0.0015946436, -0.001479801, -0.0018376806) * v0_0.z;
        a0_0 += vec4(-0.00020716594, 0.0007212503, -0.00039006196, 0.002181524) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0019079428, 0.00027946575, -0.001635646, 0.00022238093) * v0_1.x;
        a0_0 += vec4(0.0020566394, 0.0015954629, -0.0056377053, 0.00055757357) * v0_1.y;
        a0_0 += vec4(-0.005287349, -0.0015575194, -0.0040756892, -0.0027697417) * v0_1.z;
        a0_0 += vec4(0.0057084146, 0.00412019, -0.0011082586, -0.0013788329) * v0_1.w;
    }
    {   // tap (-1, -2)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0010802541, -0.0017646187, 0.0005124168, -0.0011268314) * v0_1.x;
        a0_0 += vec4(-0.0007192728, -0.0021310642, -0.0054526445, -0.0067094485) * v0_1.y;
        a0_0 += vec4(-0.004046745, 0.0007233355, 0.010694738, 0.0063134073) * v0_1.z;
        a0_0 += vec4(-0.0014740035, 0.0013355135, 0.0001780474, -0.0029577082) * v0_1.w;
    }
    {   // tap (0, -2)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.00647773, -0.006522393, -0.0054171258, -0.0036316805) * v0_1.x;
        a0_0 += vec4(-0.02242209, -0.021760864, -0.01837878, -0.018259719) * v0_1.y;
        a0_0 += vec4(0.036004387, -0.017940642, 0.015898589, -0.002671801) * v0_1.z;
        a0_0 += vec4(-0.0054339017, -0.001556768, 0.0004250008, 0.0031316504) * v0_1.w;
    }
    {   // tap (1, -2)
        vec4 v0_1 = vec4(tile[at + 3]);
        a0_0 += vec4(0.0010901417, -0.00077961973, -0.0009863208, -0.003169234) * v0_1.x;
        a0_0 += vec4(0.0039103446, 0.0047442215, 0.00080903363, -0.0052887616) * v0_1.y;
        a0_0 += vec4(0.008984794, 0.055863157, -0.0042821774, 0.009793034) * v0_1.z;
        a0_0 += vec4(0.004729931, -0.006061401, 0.0030184193, -0.00045474112) * v0_1.w;
    }
    {   // tap (2, -2)
        vec4 v0_1 = vec4(tile[at + 4]);
        a0_0 += vec4(0.0005885003, 0.0030743147, 0.00035870625, 0.0019864456) * v0_1.x;
        a0_0 += vec4(0.0018792477, -0.0027495094, -0.00054233515, 0.00052510144) * v0_1.y;
        a0_0 += vec4(-0.007982082, 0.004397799, -0.004367492, -0.003293328) * v0_1.z;
        a0_0 += vec4(0.00096853514, 0.00425822, -0.0010019657, 0.00286386) * v0_1.w;
    }
    {   // tap (-2, -1)
        vec4 v0_1 = vec4(tile[at + 20]);
        a0_0 += vec4(0.005351877, 0.0022308761, 0.0037832845, 0.0015865053) * v0_1.x;
        a0_0 += vec4(-0.0097484905, -0.0002744447, 0.014615288, 0.004995613) * v0_1.y;
        a0_0 += vec4(-0.00089457544, 0.00011835441, 0.0060870387, 0.0022313574) * v0_1.z;
        a0_0 += vec4(-0.013604137, -0.0018390843, 0.008177476, 0.007935755) * v0_1.w;
    }
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 21]);
        a0_0 += vec4(0.010781319, 0.0011518833, -0.011142406, -0.006023031) * v0_1.x;
        a0_0 += vec4(-0.0103184115, -0.012933535, 0.028561054, -0.002361776) * v0_1.y;
        a0_0 += vec4(-0.016629731, 0.0050042765, 0.00842784, 0.0102657005) * v0_1.z;
        a0_0 += vec4(0.038476802, -0.024700508, 0.0016643896, 0.0032060249) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.05099349, 0.015558671, -0.015311082, -0.0041735987) * v0_1.x;
        a0_0 += vec4(-0.2711059, -0.19364989, 0.18793072, 0.18353488) * v0_1.y;
        a0_0 += vec4(-0.028538156, -0.17951058, 0.102905944, -0.022025734) * v0_1.z;
        a0_0 += vec4(0.04920831, 0.11582555, -0.013500834, -0.007836973) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0024066623, -0.05545132, 0.0091995755, -0.004769422) * v0_1.x;
        a0_0 += vec4(0.014118562, -0.05350439, 0.014221319, 0.06266769) * v0_1.y;
        a0_0 += vec4(0.18027924, 0.20694514, 0.12592201, 0.205085) * v0_1.z;
        a0_0 += vec4(-0.0073506953, -0.01775478, 0.0007701884, -0.00016449123) * v0_1.w;
    }
    {   // tap (2, -1)
        vec4 v0_1 = vec4(tile[at + 24]);
        a0_0 += vec4(0.0069578993, 0.0018521087, 0.0034764453, 0.00621517) * v0_1.x;
        a0_0 += vec4(-0.008968347, -0.007477663, 0.002337286, -0.0012126431) * v0_1.y;
        a0_0 += vec4(0.022741344, 0.0449921, 0.018716734, 0.044979908) * v0_1.z;
        a0_0 += vec4(0.0020343924, -0.0010733352, 0.0023420171, 0.002503853) * v0_1.w;
    }
    {   // tap (-2, 0)
        vec4 v0_1 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.0006855734, 0.00082263694, -0.002550293, 0.0008675355) * v0_1.x;
        a0_0 += vec4(-0.0008139504, -0.00010020194, -0.0023812058, -0.00078537) * v0_1.y;
        a0_0 += vec4(0.0031363585, 0.003023065, -0.0051360484, 0.0017562944) * v0_1.z;
        a0_0 += vec4(0.006257912, 0.0055804173, -0.012728642, -0.009131172) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 41]);
        a0_0 += vec4(0.029799528, -0.008925606, 0.021226767, -0.0045198123) * v0_1.x;
        a0_0 += vec4(-0.01129595, 0.00844786, -0.009151383, -0.0036276896) * v0_1.y;
        a0_0 += vec4(0.0034694776, 0.002697261, -0.03205074, -0.0038611237) * v0_1.z;
        a0_0 += vec4(0.077737845, 0.01073919, -0.07120227, 0.011773822) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 42]);
        a0_0 += vec4(0.05075424, 0.17963755, -0.101961285, 0.06805462) * v0_1.x;
        a0_0 += vec4(-0.022997402, -0.043133557, 0.13710386, 0.08030161) * v0_1.y;
        a0_0 += vec4(-0.19715428, -0.11575342, -0.23306982, -0.25376874) * v0_1.z;
        a0_0 += vec4(0.15824573, 0.21294728, -0.16683497, -0.25713176) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.20069695, -0.20233147, -0.12069093, -0.21937074) * v0_1.x;
        a0_0 += vec4(0.0049742796, 0.001192663, -0.023111956, 0.016926434) * v0_1.y;
        a0_0 += vec4(0.049141645, -0.021953195, 0.098885104, 0.05046607) * v0_1.z;
        a0_0 += vec4(0.0014483485, 0.025531417, -0.012105884, -0.0044108643) * v0_1.w;
    }
    {   // tap (2, 0)
        vec4 v0_1 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0126923295, -0.040067293, -0.0065804305, -0.027337424) * v0_1.x;
        a0_0 += vec4(0.0016383504, 0.0050854054, -0.0036627303, -0.0054250746) * v0_1.y;
        a0_0 += vec4(0.006724978, 0.012226412, 0.0019676823, 0.0055016214) * v0_1.z;
        a0_0 += vec4(0.0017512662, 0.0075323293, -0.0019320791, -0.008566016) * v0_1.w;
    }
    {   // tap (-2, 1)
        vec4 v0_1 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.0013690111, -0.0018194945, 0.003842043, 0.00025375065) * v0_1.x;
        a0_0 += vec4(-0.00055236486, -0.0015475629, 0.004518907, -0.0006261997) * v0_1.y;
        a0_0 += vec4(0.0013810744, 8.370388e-05, 0.002666023, -0.0005119609) * v0_1.z;
        a0_0 += vec4(-0.00530136, -0.0019842829, -0.002016483, 0.0021077483) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.006762306, -0.0069396407, 0.028583985, 0.0025785423) * v0_1.x;
        a0_0 += vec4(0.011178412, 0.008464695, 0.006255038, 0.00991226) * v0_1.y;
        a0_0 += vec4(0.006107608, 0.0046036504, 0.00651794, 0.0078119277) * v0_1.z;
        a0_0 += vec4(-0.023808813, -0.010923749, -0.01319036, -0.0075139375) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 62]);
        a0_0 += vec4(0.15350594, 0.104166284, 0.20066307, 0.19861723) * v0_1.x;
        a0_0 += vec4(0.007844756, 0.0072365184, -0.007868527, -0.0030311483) * v0_1.y;
        a0_0 += vec4(-0.013031487, -0.009078575, -0.056001548, -0.0235401) * v0_1.z;
        a0_0 += vec4(-0.02450368, -0.03099563, 0.0026853855, -0.021763477) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 63]);
        a0_0 += vec4(0.0027983722, 0.03821915, -0.09931971, -0.02398811) * v0_1.x;
        a0_0 += vec4(-0.00456753, 0.00041882173, -0.0044978634, -0.0051410203) * v0_1.y;
        a0_0 += vec4(0.010726145, 0.009757147, 0.028707234, -0.0010115971) * v0_1.z;
        a0_0 += vec4(-0.0050033564, -0.011149731, 0.0012336364, 0.008926191) * v0_1.w;
    }
    {   // tap (2, 1)
        vec4 v0_1 = vec4(tile[at + 64]);
        a0_0 += vec4(0.0017278369, 0.004760315, -0.004230822, -0.0046838196) * v0_1.x;
        a0_0 += vec4(-0.0011610014, -0.0016662658, 0.0030400027, 0.003963206) * v0_1.y;
        a0_0 += vec4(-0.0011974598, -0.00024163128, 0.004861861, 0.0123109585) * v0_1.z;
        a0_0 += vec4(-0.0018541876, -0.0037006037, 0.00021103691, 0.00085546874) * v0_1.w;
    }
    {   // tap (-2, 2)
        vec4 v0_1 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.001831949, 0.00033666322, -0.0029498632, -0.00027735252) * v0_1.x;
        a0_0 += vec4(-0.0008222965, -0.0004623537, -0.0019061966, -2.7233546e-05) * v0_1.y;
        a0_0 += vec4(1.5743577e-05, -0.00025599825, -0.0011674494, -9.1631e-05) * v0_1.z;
        a0_0 += vec4(-0.0012203543, -0.0007609096, -0.002259528, -0.0024119653) * v0_1.w;
    }
    {   // tap (-1, 2)
        vec4 v0_1 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.010398271, -0.0065122177, -0.0141247315, -0.01150174) * v0_1.x;
        a0_0 += vec4(-0.0010637403, -0.0015374365, 0.0012280397, 0.00039555525) * v0_1.y;
        a0_0 += vec4(0.0026270153, 0.0015521566, 0.0024877891, 0.00059638394) * v0_1.z;
        a0_0 += vec4(-0.00016827235, -0.0006006101, -0.0017433042, -0.0031034055) * v0_1.w;
    }
    {   // tap (0, 2)
        vec4 v0_1 = vec4(tile[at + 82]);
        a0_0 += vec4(0.006930683, -0.0024943324, 0.042804617, 0.015925283) * v0_1.x;
        a0_0 += vec4(-0.00024829272, -0.0012325699, 0.0008734856, -0.0017219016) * v0_1.y;
        a0_0 += vec4(0.0021081965, 0.0015474788, 0.0017784145, -0.00092646986) * v0_1.z;
        a0_0 += vec4(0.0014504411, 0.00095490547, -0.0008323266, 0.0007052451) * v0_1.w;
    }
    {   // tap (1, 2)
        vec4 v0_1 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.008202645, -0.0076616267, -0.002101208, 0.005214342) * v0_1.x;
        a0_0 += vec4(0.00036840173, 0.001405207, 0.0008991414, 0.00182801) * v0_1.y;
        a0_0 += vec4(0.0014445331, 0.0035507788, 0.0029873773, 0.0061100484) * v0_1.z;
        a0_0 += vec4(-0.00038717242, 0.0011032986, -0.0007903979, -0.0032674677) * v0_1.w;
    }
    {   // tap (2, 2)
        vec4 v0_1 = vec4(tile[at + 84]);
        a0_0 += vec4(0.00064400746, 0.002016477, 0.0015848712, 0.00080649805) * v0_1.x;
        a0_0 += vec4(-0.0007504077, -0.0014432492, -0.00032453064, -0.0011901082) * v0_1.y;
        a0_0 += vec4(-0.00040317536, 0.0007067887, -0.0010050666, 6.3677304e-05) * v0_1.z;
        a0_0 += vec4(0.00041999688, 0.0013327046, -0.00059527304, 0.0005127181) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0010476671, -0.0007049477, 0.0001895265, 0.00019157922) * v0_2.x;
        a0_0 += vec4(-0.009894584, -0.005025231, -0.0040619336, -0.0057431236) * v0_2.y;
        a0_0 += vec4(-0.008342833, -0.000709818, -0.0060621845, -0.0028724163) * v0_2.z;
        a0_0 += vec4(-0.00024592236, 0.0010269588, -0.00064741296, -0.00039425655) * v0_2.w;
    }
    {   // tap (-1, -2)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0021059734, -0.0042658644, -0.001648393, -0.0002472138) * v0_2.x;
        a0_0 += vec4(0.04707964, 0.019850548, -0.0037898999, 0.007456986) * v0_2.y;
        a0_0 += vec4(-0.004565886, 0.0072929864, -0.005139777, -0.0032412207) * v0_2.z;
        a0_0 += vec4(-0.0013645238, -0.004036776, -0.0002809416, -0.00078045833) * v0_2.w;
    }
    {   // tap (0, -2)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0062498283, 0.011719408, 0.0069295242, 0.0058442852) * v0_2.x;
        a0_0 += vec4(0.07294085, 0.0763665, 0.026896419, 0.025454689) * v0_2.y;
        a0_0 += vec4(0.0016313841, -0.0035175728, 0.0018984213, -0.0016844097) * v0_2.z;
        a0_0 += vec4(-0.009228199, 0.0019878407, -0.0015141251, 0.004372566) * v0_2.w;
    }
    {   // tap (1, -2)
        vec4 v0_2 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.00278864, -0.0029855578, -0.00054351817, 0.00047784694) * v0_2.x;
        a0_0 += vec4(-0.0028697392, -0.022110008, -0.020489534, -0.008113056) * v0_2.y;
        a0_0 += vec4(-0.00030922587, 0.005331869, 0.0010068738, 0.0028139644) * v0_2.z;
        a0_0 += vec4(0.00412706, -0.0071582436, 0.0045212954, 0.0016556344) * v0_2.w;
    }
    {   // tap (2, -2)
        vec4 v0_2 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.0021361115, -0.005347519, -0.00093383685, -0.0030726504) * v0_2.x;
        a0_0 += vec4(0.00075937505, -0.010291879, 0.0033825864, -0.010687199) * v0_2.y;
        a0_0 += vec4(0.00056631095, 0.0011561364, -6.474622e-05, 0.000615165) * v0_2.z;
        a0_0 += vec4(0.0018794017, 0.00059345516, 0.0011174597, 0.00407176) * v0_2.w;
    }
    {   // tap (-2, -1)
        vec4 v0_2 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.0018247615, -0.0041563595, 0.0030489757, -0.0018350285) * v0_2.x;
        a0_0 += vec4(-0.031302024, -0.05105151, 7.408927e-05, -0.03291124) * v0_2.y;
        a0_0 += vec4(-0.01131392, -0.0039534196, -0.023795856, 0.015283431) * v0_2.z;
        a0_0 += vec4(0.0021125565, 0.0033005206, -0.006661706, -0.0015235038) * v0_2.w;
    }
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.009423064, 0.004081549, 0.020732526, 0.010331192) * v0_2.x;
        a0_0 += vec4(0.0348381, 0.092295475, -0.02270711, 0.022113347) * v0_2.y;
        a0_0 += vec4(0.03560418, 0.041888457, -0.02699929, 0.013733699) * v0_2.z;
        a0_0 += vec4(0.03949172, 0.02003471, 0.0029529608, -0.011432169) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 22]);
        a0_0 += vec4(0.10509529, 0.032027345, 0.037818134, 0.044969518) * v0_2.x;
        a0_0 += vec4(0.056154706, 0.07949642, 0.12477159, 0.031528957) * v0_2.y;
        a0_0 += vec4(-0.013018286, -0.06778591, -0.004349463, -0.025752919) * v0_2.z;
        a0_0 += vec4(0.0147453025, 0.10321117, -0.0018497843, 0.0069665117) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0052535953, 0.06004456, -0.013947263, 0.007248781) * v0_2.x;
        a0_0 += vec4(-0.055686694, -0.087178595, -0.017601892, -0.017610494) * v0_2.y;
        a0_0 += vec4(-0.006168997, 0.0076534715, -0.0070571247, 0.0073736343) * v0_2.z;
        a0_0 += vec4(0.008746481, -0.026435342, 0.0016101854, -0.012062939) * v0_2.w;
    }
    {   // tap (2, -1)
        vec4 v0_2 = vec4(tile[at + 24]);
        a0_0 += vec4(0.008486961, 0.008163541, 0.0018589298, -0.0045685885) * v0_2.x;
        a0_0 += vec4(-0.015803855, -0.045165744, -0.022274746, -0.030222459) * v0_2.y;
        a0_0 += vec4(-0.00026077224, -0.001996858, -0.00034412666, 0.0008689206) * v0_2.z;
        a0_0 += vec4(8.978091e-05, 0.0095033785, 0.00018791929, 0.001393372) * v0_2.w;
    }
    {   // tap (-2, 0)
        vec4 v0_2 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.0041143782, 0.00021527747, -0.002545638, -0.004974869) * v0_2.x;
        a0_0 += vec4(-0.026905496, -0.016341988, -0.0877569, -0.034147795) * v0_2.y;
        a0_0 += vec4(0.06550665, -0.0212708, 0.055818297, 0.0052791634) * v0_2.z;
        a0_0 += vec4(-0.0066931224, 0.0005900518, 0.003878002, 0.004800463) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 41]);
        a0_0 += vec4(0.017548334, 0.01776722, -0.06412184, 0.0135877235) * v0_2.x;
        a0_0 += vec4(-0.006175501, 0.026378833, 0.045178864, 0.04260766) * v0_2.y;
        a0_0 += vec4(-0.33428857, 0.22247867, 0.16664784, -0.27086756) * v0_2.z;
        a0_0 += vec4(-0.048052926, 0.011407314, 0.086452484, 0.019790335) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.20957921, -0.13056502, -0.06610698, -0.19149275) * v0_2.x;
        a0_0 += vec4(-0.098621584, -0.105608515, -0.0012021312, -0.028274346) * v0_2.y;
        a0_0 += vec4(0.0035496668, 0.0679232, -0.039342612, 0.05345874) * v0_2.z;
        a0_0 += vec4(0.083951294, -0.2255207, -0.22888428, -0.014431849) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 43]);
        a0_0 += vec4(0.017424187, -0.0561944, 0.03177376, 0.034577694) * v0_2.x;
        a0_0 += vec4(-0.020896241, -0.02877612, -0.049467947, -0.0023488193) * v0_2.y;
        a0_0 += vec4(0.008906458, 0.029129596, 0.0029365425, 0.023726521) * v0_2.z;
        a0_0 += vec4(0.008262632, 0.07887446, 0.01942025, 0.01185306) * v0_2.w;
    }
    {   // tap (2, 0)
        vec4 v0_2 = vec4(tile[at + 44]);
        a0_0 += vec4(9.64675e-05, 0.0001310766, 0.002868382, 0.0063063568) * v0_2.x;
        a0_0 += vec4(0.04834107, 0.003591163, 0.038051993, -0.021822091) * v0_2.y;
        a0_0 += vec4(7.5157724e-05, -0.0015954745, -0.00019619032, -0.0008462244) * v0_2.z;
        a0_0 += vec4(0.003879363, 0.010353498, 0.004715503, -0.003875533) * v0_2.w;
    }
    {   // tap (-2, 1)
        vec4 v0_2 = vec4(tile[at + 60]);
        a0_0 += vec4(0.003467701, -0.00030192887, -0.0034797227, -0.00015344347) * v0_2.x;
        a0_0 += vec4(0.017196126, 0.00908789, 0.045540705, -0.002740591) * v0_2.y;
        a0_0 += vec4(-0.007538525, -0.0035681599, -0.05906641, -0.010624015) * v0_2.z;
        a0_0 += vec4(0.008196258, 0.0017690667, 0.008874688, 0.0030385992) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 61]);
        a0_0 += vec4(0.007501544, -0.004681545, 0.0436295, -0.0065602637) * v0_2.x;
        a0_0 += vec4(0.07393142, 0.055777244, 0.088706985, 0.051763333) * v0_2.y;
        a0_0 += vec4(0.0066392845, -0.027917542, 0.11546401, 0.02700011) * v0_2.z;
        a0_0 += vec4(0.005426541, 0.008762529, -0.0037850572, 0.006187972) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 62]);
        a0_0 += vec4(0.041043714, 0.043389156, -0.0059635914, 0.059786536) * v0_2.x;
        a0_0 += vec4(-0.060571373, 0.037234683, -0.030345278, 0.051903937) * v0_2.y;
        a0_0 += vec4(0.035752244, 0.013475581, -0.011035267, -0.09783491) * v0_2.z;
        a0_0 += vec4(0.0047508236, 0.017129786, 0.0860734, 0.08419813) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 63]);
        a0_0 += vec4(0.018490579, 0.020632524, 0.013728198, -0.015675267) * v0_2.x;
        a0_0 += vec4(0.07805695, 0.05452968, 0.053700976, 0.039707232) * v0_2.y;
        a0_0 += vec4(-0.0019098275, 0.024275126, 0.003003022, 0.016979314) * v0_2.z;
        a0_0 += vec4(-0.006111461, -0.00058898324, 0.011416348, 0.021483006) * v0_2.w;
    }
    {   // tap (2, 1)
        vec4 v0_2 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.0015136489, 0.0041450555, 0.0011941026, 0.0066301683) * v0_2.x;
        a0_0 += vec4(-0.03006423, -0.03151349, -0.010254222, -0.02232926) * v0_2.y;
        a0_0 += vec4(-0.0007770445, 0.00074615993, 0.002013086, 0.00070604606) * v0_2.z;
        a0_0 += vec4(-0.0026263022, -0.0029601115, 0.0018676771, 0.0043102503) * v0_2.w;
    }
    {   // tap (-2, 2)
        vec4 v0_2 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.0013384749, -0.0001179483, 0.0011130541, 0.00053843646) * v0_2.x;
        a0_0 += vec4(0.011467255, 0.0035541225, 0.02165353, 0.0044092773) * v0_2.y;
        a0_0 += vec4(0.0029614482, -8.000144e-05, -0.0019485841, -0.00089897803) * v0_2.z;
        a0_0 += vec4(0.002279676, 0.0035243665, 0.0046915384, 0.0056662876) * v0_2.w;
    }
    {   // tap (-1, 2)
        vec4 v0_2 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.00024631293, -0.002128183, -0.0019184846, -0.00014390778) * v0_2.x;
        a0_0 += vec4(-0.016656162, -0.008239089, -0.012854959, 0.029280595) * v0_2.y;
        a0_0 += vec4(0.00092536426, 0.00019268952, -0.016831117, -0.005222424) * v0_2.z;
        a0_0 += vec4(0.003890278, 0.0015699014, 0.0042160098, 0.0028087874) * v0_2.w;
    }
    {   // tap (0, 2)
        vec4 v0_2 = vec4(tile[at + 82]);
        a0_0 += vec4(0.00013079486, 0.0027157385, 0.006667116, 0.008667634) * v0_2.x;
        a0_0 += vec4(-0.02847407, -0.016395414, -0.064043686, -0.01567669) * v0_2.y;
        a0_0 += vec4(-0.00011094188, -0.003890788, 0.013208768, -0.002431295) * v0_2.z;
        a0_0 += vec4(0.0063721, 0.0061895316, 0.009011549, 0.0035727369) * v0_2.w;
    }
    {   // tap (1, 2)
        vec4 v0_2 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.004111133, -0.005590364, -0.0049421294, -0.0008009916) * v0_2.x;
        a0_0 += vec4(0.0004943794, -0.013522003, 0.02594265, -0.03393665) * v0_2.y;
        a0_0 += vec4(0.0052556386, 0.009258008, 0.004294084, 0.020105211) * v0_2.z;
        a0_0 += vec4(0.0014047486, -0.0012859917, -0.00020114197, 0.0016849267) * v0_2.w;
    }
    {   // tap (2, 2)
        vec4 v0_2 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.00045514625, -0.0015191389, -0.00016717332, -0.0025023879) * v0_2.x;
        a0_0 += vec4(-0.009141252, -0.010603373, -0.016293904, -0.025625423) * v0_2.y;
        a0_0 += vec4(-0.00049420807, 0.000782751, -0.0022314535, -0.0023753655) * v0_2.z;
        a0_0 += vec4(-0.00024207686, -0.0029279194, 0.00032853938, -0.00080711703) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F16_DS_L4_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(0.0008910365, 0.0006970913, 0.0029955315, 0.00024172086) * v0_3.x;
        a0_0 += vec4(0.0029269718, -0.0009331185, 0.0025338836, -0.00046206827) * v0_3.y;
        a0_0 += vec4(0.0021276765, 9.56635e-05, 0.0006440483, 0.0012500514) * v0_3.z;
        a0_0 += vec4(-0.0027440144, -0.00048709198, -0.0025887978, -0.0017326927) * v0_3.w;
    }
    {   // tap (-1, -2)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0051044477, -0.0037817208, 0.0027251244, 0.00082631066) * v0_3.x;
        a0_0 += vec4(-0.008273686, 0.005857374, -0.0025399767, 0.0046449564) * v0_3.y;
        a0_0 += vec4(0.002206114, -0.00077510753, 0.0053940564, 0.00023826215) * v0_3.z;
        a0_0 += vec4(0.008747716, 0.0018484476, 0.004465934, 0.0008973264) * v0_3.w;
    }
    {   // tap (0, -2)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0013038021, 4.652402e-05, -0.0015110888, 0.0012130814) * v0_3.x;
        a0_0 += vec4(0.0028841244, -0.010564303, 0.0068838843, -0.011420118) * v0_3.y;
        a0_0 += vec4(-0.011992649, 0.0033511117, -0.0040687383, 0.00526471) * v0_3.z;
        a0_0 += vec4(0.00747988, 0.0010501028, 0.017971866, 0.003657354) * v0_3.w;
    }
    {   // tap (1, -2)
        vec4 v0_3 = vec4(tile[at + 3]);
        a0_0 += vec4(0.0006120292, -0.0032858006, 0.0012801535, -0.004575946) * v0_3.x;
        a0_0 += vec4(-0.002448542, -0.0015565376, 0.00044545296, 0.0021504422) * v0_3.y;
        a0_0 += vec4(0.0035982353, -0.007430667, 0.0033872155, -0.0025991385) * v0_3.z;
        a0_0 += vec4(0.0004729173, 0.01930137, -0.0018152816, 0.0036180473) * v0_3.w;
    }
    {   // tap (2, -2)
        vec4 v0_3 = vec4(tile[at + 4]);
        a0_0 += vec4(0.0022302878, -0.005760135, -0.0007112992, -0.0008674278) * v0_3.x;
        a0_0 += vec4(-0.0006010669, 0.00018341506, 0.00030594322, 0.00018649134) * v0_3.y;
        a0_0 += vec4(0.00017420456, 0.0015012529, -0.001666046, -0.00050682813) * v0_3.z;
        a0_0 += vec4(-0.006714236, -0.018821081, -0.0010024235, -0.009719021) * v0_3.w;
    }
    {   // tap (-2, -1)
        vec4 v0_3 = vec4(tile[at + 20]);
        a0_0 += vec4(0.004766344, -0.0016518255, 0.003917882, 0.0014406578) * v0_3.x;
        a0_0 += vec4(-0.0024222564, 5.9872775e-05, -0.0012266773, 0.0005276628) * v0_3.y;
        a0_0 += vec4(0.002980435, 0.0011147322, 0.00677212, 0.0010210372) * v0_3.z;
        a0_0 += vec4(0.0020888539, 0.0008516749, 0.00067765417, 0.00021593459) * v0_3.w;
    }
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.0031244156, -0.010062532, -0.003297518, 0.0069414433) * v0_3.x;
        a0_0 += vec4(0.004788362, 0.010584097, -0.025815915, 0.0016607271) * v0_3.y;
        a0_0 += vec4(3.1439547e-05, -0.0074469587, -0.009439732, 0.002428187) * v0_3.z;
        a0_0 += vec4(-0.006729715, 0.0071494994, 0.0061230287, 0.0047108806) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.06184464, -0.11022349, -0.028156249, 0.0019126277) * v0_3.x;
        a0_0 += vec4(0.058198284, -0.056928955, -0.005722736, 0.01578837) * v0_3.y;
        a0_0 += vec4(-0.006476455, 0.016158162, 0.0067331875, -0.016819824) * v0_3.z;
        a0_0 += vec4(0.107523955, -0.004246311, -0.002555565, -0.0011460655) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 23]);
        a0_0 += vec4(0.012662428, 0.039438244, -0.015955009, -0.008876893) * v0_3.x;
        a0_0 += vec4(-0.010144738, 0.0042111822, -0.004295733, 0.0047958116) * v0_3.y;
        a0_0 += vec4(0.01174232, -0.010421288, -0.0032738834, -0.006072223) * v0_3.z;
        a0_0 += vec4(0.056776498, -0.19349529, -0.006757801, 0.017168261) * v0_3.w;
    }
    {   // tap (2, -1)
        vec4 v0_3 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.0047496352, -0.0008340299, -0.004553428, -0.0056900703) * v0_3.x;
        a0_0 += vec4(-0.002725665, -0.007442483, -0.0041930014, -0.0068448684) * v0_3.y;
        a0_0 += vec4(0.0035228373, 0.009065916, 0.0028188736, 0.008945314) * v0_3.z;
        a0_0 += vec4(-0.0149710635, 0.02016692, -0.015710756, -0.0025470383) * v0_3.w;
    }
    {   // tap (-2, 0)
        vec4 v0_3 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.004979341, -0.007621952, -0.014632189, -0.0066780644) * v0_3.x;
        a0_0 += vec4(-0.010156778, 0.0021876323, -0.0065500517, 0.0009230093) * v0_3.y;
        a0_0 += vec4(-0.0069394396, 0.00048834115, -0.0059480243, 0.00012289862) * v0_3.z;
        a0_0 += vec4(0.0005643034, 5.1688254e-05, 0.00017288084, 0.0021535521) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.029951178, -0.010371667, -0.12325013, -0.018560879) * v0_3.x;
        a0_0 += vec4(0.043794617, 0.009663259, 0.05822481, 0.011980518) * v0_3.y;
        a0_0 += vec4(-0.007854347, -0.036132183, 0.0035233996, -0.027256785) * v0_3.z;
        a0_0 += vec4(-0.0017969955, 0.015453618, -0.009569532, 0.010330533) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.069485374, 0.24710262, 0.2930736, -0.111535996) * v0_3.x;
        a0_0 += vec4(0.2562868, -0.23965842, 0.24036017, -0.2664215) * v0_3.y;
        a0_0 += vec4(-0.27190784, 0.25743282, -0.19289327, 0.17453219) * v0_3.z;
        a0_0 += vec4(0.06591398, -0.026765361, 0.18098576, -0.0042139245) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.021829091, -0.1254137, -0.015901862, 0.028992016) * v0_3.x;
        a0_0 += vec4(-0.03130234, -0.027660063, -0.028863087, -0.032974582) * v0_3.y;
        a0_0 += vec4(0.015729506, 0.046595164, 0.029412212, 0.02248547) * v0_3.z;
        a0_0 += vec4(0.02388788, -0.12044309, 0.104257025, -0.36112216) * v0_3.w;
    }
    {   // tap (2, 0)
        vec4 v0_3 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0035371133, -0.009496901, -0.009249653, -0.008524838) * v0_3.x;
        a0_0 += vec4(-0.0041638142, -0.000186223, -0.0022055055, 0.0029413928) * v0_3.y;
        a0_0 += vec4(4.622626e-05, -0.003298592, -0.0018605675, -0.0031113285) * v0_3.z;
        a0_0 += vec4(-0.004478805, 0.015265757, -0.0024256043, 0.01153313) * v0_3.w;
    }
    {   // tap (-2, 1)
        vec4 v0_3 = vec4(tile[at + 60]);
        a0_0 += vec4(0.009478212, 0.0034509248, -0.00070909766, 0.002188216) * v0_3.x;
        a0_0 += vec4(0.0054142657, 0.0030807827, -0.0049180314, 0.0012829388) * v0_3.y;
        a0_0 += vec4(-0.0013128562, -0.0020089336, -0.0005623891, -0.0024826722) * v0_3.z;
        a0_0 += vec4(0.0013624255, 0.0001781039, 0.0017749075, -0.00087409664) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 61]);
        a0_0 += vec4(0.0044187717, -0.0215309, 0.012258307, 0.002026512) * v0_3.x;
        a0_0 += vec4(-0.011242689, 0.004409471, -0.0018787232, 0.00655219) * v0_3.y;
        a0_0 += vec4(-0.009709308, -0.012641117, -0.007696159, -0.026635053) * v0_3.z;
        a0_0 += vec4(0.011954043, 0.006437416, 0.0072919102, 0.012629097) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0015371488, 0.007036658, -0.11135527, -0.02491811) * v0_3.x;
        a0_0 += vec4(-0.018014414, -0.002062411, 0.05360298, -0.034548428) * v0_3.y;
        a0_0 += vec4(0.039762385, -0.000581906, -0.06635195, 0.11220465) * v0_3.z;
        a0_0 += vec4(-0.006732683, -0.0023908815, -0.008717547, -0.021649858) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 63]);
        a0_0 += vec4(0.011398375, -0.0023727117, 0.0036867273, -0.040020637) * v0_3.x;
        a0_0 += vec4(-0.0012514906, 0.01628532, -0.01172246, 0.009718267) * v0_3.y;
        a0_0 += vec4(-0.0088596465, -0.012453012, -0.0024918604, -0.0022962776) * v0_3.z;
        a0_0 += vec4(0.014310945, -0.0049790093, -0.010277878, 0.04935158) * v0_3.w;
    }
    {   // tap (2, 1)
        vec4 v0_3 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.0032226231, -0.0002831127, -0.0017039394, 0.0021387637) * v0_3.x;
        a0_0 += vec4(-0.0009634513, -9.060697e-05, -0.0025582472, -0.0016686524) * v0_3.y;
        a0_0 += vec4(-0.00011846173, 0.00027408675, 0.0014877309, 0.0032412552) * v0_3.z;
        a0_0 += vec4(-0.00050783576, -0.0032855691, -0.0072116097, 0.00369082) * v0_3.w;
    }
    {   // tap (-2, 2)
        vec4 v0_3 = vec4(tile[at + 80]);
        a0_0 += vec4(0.0023274212, 0.0003476529, 0.0027119452, -0.0032148443) * v0_3.x;
        a0_0 += vec4(0.0023107463, 0.00054820476, 0.0054380232, 0.0020867714) * v0_3.y;
        a0_0 += vec4(-0.0005118154, 0.0004690321, -0.0014829298, 0.00032283986) * v0_3.z;
        a0_0 += vec4(0.0005528126, -7.6016324e-05, 0.0004097302, -0.0007624186) * v0_3.w;
    }
    {   // tap (-1, 2)
        vec4 v0_3 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.0010227129, -0.003407175, -0.0018124013, -0.010457506) * v0_3.x;
        a0_0 += vec4(-0.0008910787, 0.002836116, -0.0005857044, 0.0046770773) * v0_3.y;
        a0_0 += vec4(0.0031624723, 0.0014019127, -0.0035382332, 0.00045686637) * v0_3.z;
        a0_0 += vec4(-0.0024144656, -0.000837123, 0.00046075843, -0.00030682737) * v0_3.w;
    }
    {   // tap (0, 2)
        vec4 v0_3 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.0068148677, 0.007718559, -0.00928258, 0.0075618126) * v0_3.x;
        a0_0 += vec4(0.006586441, -0.0053845947, 0.009116601, -0.0153717995) * v0_3.y;
        a0_0 += vec4(-0.009817376, -0.0018330403, -0.0032851545, -0.008914287) * v0_3.z;
        a0_0 += vec4(0.0028011107, 0.0011475369, 0.0038460062, 0.0023014543) * v0_3.w;
    }
    {   // tap (1, 2)
        vec4 v0_3 = vec4(tile[at + 83]);
        a0_0 += vec4(-4.1074495e-06, 0.0021010912, -0.000360336, -0.0016750762) * v0_3.x;
        a0_0 += vec4(-0.0005605692, 0.0026181347, -0.0016296381, 0.0038465182) * v0_3.y;
        a0_0 += vec4(0.0017712046, -0.0062238057, -0.002783769, 0.0023251125) * v0_3.z;
        a0_0 += vec4(-0.0016660718, 0.0033206653, 0.00035351265, -0.013630261) * v0_3.w;
    }
    {   // tap (2, 2)
        vec4 v0_3 = vec4(tile[at + 84]);
        a0_0 += vec4(0.0008639061, 0.0012455013, -0.0015515424, -0.0029867205) * v0_3.x;
        a0_0 += vec4(-8.210447e-05, 0.0009543471, -0.00050112157, -0.0014849477) * v0_3.y;
        a0_0 += vec4(0.0011116691, 0.0020360164, 0.0018773007, 0.00097263587) * v0_3.z;
        a0_0 += vec4(-0.0019164294, -0.0014084759, 9.177253e-05, 0.00086344464) * v0_3.w;
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
        a0_0 += vec4(-0.0134375915, -0.0044868332, -0.00620009, -0.001559158) * v0_4.x;
    }
    {   // tap (-1, -2)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0066299597, -0.012542645, 0.00049479096, -0.004464902) * v0_4.x;
    }
    {   // tap (0, -2)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(0.022167284, 0.017993402, 0.012164468, 0.007961882) * v0_4.x;
    }
    {   // tap (1, -2)
        vec4 v0_4 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0051555093, 0.010295704, -0.0019133155, 0.004330694) * v0_4.x;
    }
    {   // tap (2, -2)
        vec4 v0_4 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.010211094, -0.011348584, -0.0048086895, -0.0064743855) * v0_4.x;
    }
    {   // tap (-2, -1)
        vec4 v0_4 = vec4(tile[at + 20]);
        a0_0 += vec4(0.0056616566, 0.0012153023, -0.015844004, -0.008692124) * v0_4.x;
    }
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 21]);
        a0_0 += vec4(0.12023384, 0.07117102, 0.059448916, 0.021566074) * v0_4.x;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 22]);
        a0_0 += vec4(0.14501624, 0.13895735, 0.08039956, 0.08113002) * v0_4.x;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 23]);
        a0_0 += vec4(0.078246616, 0.11744013, 0.03785262, 0.066582315) * v0_4.x;
    }
    {   // tap (2, -1)
        vec4 v0_4 = vec4(tile[at + 24]);
        a0_0 += vec4(0.008406389, 0.029039046, -0.0015785425, 0.0044541215) * v0_4.x;
    }
    {   // tap (-2, 0)
        vec4 v0_4 = vec4(tile[at + 40]);
        a0_0 += vec4(0.02955794, 0.019423395, 0.03071773, 0.018464547) * v0_4.x;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 41]);
        a0_0 += vec4(0.15712452, 0.105173655, 0.1532126, 0.10010209) * v0_4.x;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 42]);
        a0_0 += vec4(0.17794272, 0.17821446, 0.18157405, 0.17109682) * v0_4.x;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 43]);
        a0_0 += vec4(0.10486589, 0.14750637, 0.10217649, 0.14256035) * v0_4.x;
    }
    {   // tap (2, 0)
        vec4 v0_4 = vec4(tile[at + 44]);
        a0_0 += vec4(0.022079261, 0.052452132, 0.0195428, 0.051030505) * v0_4.x;
    }
    {   // tap (-2, 1)
        vec4 v0_4 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.010170561, -0.011980952, 0.0046652383, 0.00092069065) * v0_4.x;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 61]);
        a0_0 += vec4(0.076802924, 0.037533533, 0.12103167, 0.073080644) * v0_4.x;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 62]);
        a0_0 += vec4(0.08301816, 0.0768782, 0.13209666, 0.13198616) * v0_4.x;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 63]);
        a0_0 += vec4(0.02933198, 0.060510773, 0.064295776, 0.10218901) * v0_4.x;
    }
    {   // tap (2, 1)
        vec4 v0_4 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.010765596, -0.0031416647, -0.00052955834, 0.022171037) * v0_4.x;
    }
    {   // tap (-2, 2)
        vec4 v0_4 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.012840869, -0.0052416446, -0.014513183, -0.010184022) * v0_4.x;
    }
    {   // tap (-1, 2)
        vec4 v0_4 = vec4(tile[at + 81]);
        a0_0 += vec4(0.0039913193, -0.0064281235, 0.026941158, 0.005022406) * v0_4.x;
    }
    {   // tap (0, 2)
        vec4 v0_4 = vec4(tile[at + 82]);
        a0_0 += vec4(0.0071957973, 0.005813148, 0.035800863, 0.02846038) * v0_4.x;
    }
    {   // tap (1, 2)
        vec4 v0_4 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.011225318, -0.0087220315, -0.007877159, 0.011759528) * v0_4.x;
    }
    {   // tap (2, 2)
        vec4 v0_4 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.004424821, -0.005503497, -0.009105682, -0.013347371) * v0_4.x;
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
