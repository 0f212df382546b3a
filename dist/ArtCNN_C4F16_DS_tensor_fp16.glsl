// ArtCNN_C4F16_DS: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F16_DS: C4F16 trained to denoise and sharpen
//
// shadergen 0.1.0: model=ArtCNN_C4F16_DS variant=tensor precision=fp16
// Weights: ArtCNN_C4F16_DS.keras
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_conv2d_1
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_2 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L1
//!BIND ArtCNN_C4F16_DS_T2
//!SAVE ArtCNN_C4F16_DS_L2
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.044277187, -0.003769685, 0.014565699, 0.0028785786, -0.0013655169, 0.0010824914, -0.016440798, 0.026956681, 0.07201445, 0.06504166, -0.022896532, 0.019721309, -0.025113558, -0.012103399, -0.007747329, 0.029531373);
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
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L1
//!BIND ArtCNN_C4F16_DS_T2
//!SAVE ArtCNN_C4F16_DS_L2
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T2, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.044277187, -0.003769685, 0.014565699, 0.0028785786, -0.0013655169, 0.0010824914, -0.016440798, 0.026956681, 0.07201445, 0.06504166, -0.022896532, 0.019721309, -0.025113558, -0.012103399, -0.007747329, 0.029531373);
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
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_3 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L2
//!BIND ArtCNN_C4F16_DS_T3
//!SAVE ArtCNN_C4F16_DS_L3
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.027778136, 0.0038762365, 0.0060112406, 0.0006000015, -0.0017351743, 0.0009950683, 0.010912907, 0.03908604, 0.000266976, 0.017418299, -0.008647216, 0.015921349, -0.013619726, 0.0029480434, 0.01368811, 0.012646604);
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
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L2
//!BIND ArtCNN_C4F16_DS_T3
//!SAVE ArtCNN_C4F16_DS_L3
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T3, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](0.027778136, 0.0038762365, 0.0060112406, 0.0006000015, -0.0017351743, 0.0009950683, 0.010912907, 0.03908604, 0.000266976, 0.017418299, -0.008647216, 0.015921349, -0.013619726, 0.0029480434, 0.01368811, 0.012646604);
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
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L2_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_4 (small frames)
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L3
//!BIND ArtCNN_C4F16_DS_T4
//!SAVE ArtCNN_C4F16_DS_L4
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](-0.008426555, -0.00608675, 0.015372099, -0.017764276, -0.0028048248, -0.0015283623, 0.0020479837, -0.0020652146, 0.00010571977, -0.07778373, -0.0116359, 0.004983804, -0.00149783, 0.0037423728, -0.008396466, -0.006738096);
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
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F16_DS_L3
//!BIND ArtCNN_C4F16_DS_T4
//!SAVE ArtCNN_C4F16_DS_L4
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
    vec4 w0 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k0 / 64) * 4 + k0 % 4, 0 + (k0 / 4) % 16), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 64) * 16 + (k1 / 4) % 16) * 24 + 4 * (k1 % 4);
    vec4 w1 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k1 / 64) * 4 + k1 % 4, 0 + (k1 / 4) % 16), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 64) * 16 + (k2 / 4) % 16) * 24 + 4 * (k2 % 4);
    vec4 w2 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k2 / 64) * 4 + k2 % 4, 0 + (k2 / 4) % 16), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 64) * 16 + (k3 / 4) % 16) * 24 + 4 * (k3 % 4);
    vec4 w3 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k3 / 64) * 4 + k3 % 4, 0 + (k3 / 4) % 16), 0);
    int k4 = min(thread + 512, 575);
    int o4 = ((k4 / 64) * 16 + (k4 / 4) % 16) * 24 + 4 * (k4 % 4);
    vec4 w4 = texelFetch(ArtCNN_C4F16_DS_T4, ivec2((k4 / 64) * 4 + k4 % 4, 0 + (k4 / 4) % 16), 0);
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
    const float bias[16] = float[16](-0.008426555, -0.00608675, 0.015372099, -0.017764276, -0.0028048248, -0.0015283623, 0.0020479837, -0.0020652146, 0.00010571977, -0.07778373, -0.0116359, 0.004983804, -0.00149783, 0.0037423728, -0.008396466, -0.006738096);
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
    n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
    n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
    n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
    n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
    n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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
        n0_0 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n0_1 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n0_2 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n0_3 = HVEC4(f0 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
        n1_0 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0) : vec4(0.0));
        n1_1 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0) : vec4(0.0));
        n1_2 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0) : vec4(0.0));
        n1_3 = HVEC4(f1 ? texelFetch(ArtCNN_C4F16_DS_L3_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0) : vec4(0.0));
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

//!DESC ArtCNN_C4F16_DS tensor conv2d_5_add_conv2d_6_depth_to_space
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


//!TEXTURE ArtCNN_C4F16_DS_T2
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
7ea3003188a76a1f46a8bb259521212da2abd49cb8254fab1da3fb2843aa56ac8ea61cb11d18ca111f29c3aeda2804ab02225c2873a32426c91fe3a8ed2a6f2a1a2e302a3d2aa3190628a92a9ba8a629ea306dac312ce72936a6c1275e210ba8529823b5e53029a441b1eba19bad1027c934082d309f29a190aaad2e23aefeab20b0113533b449a82fb1ce30cd35ccaeeca075b5622ed72cb53137b0123050307b2a8f98522eda2cd9306eb010b45b31d1b20e34baa5252d81b05130cdaa56b1972c5228e835173390b500b5ff36643543b72aa361b630b982ac21bbd33464a5cb359eb7bb35fb34e8af4f2df7bb4fbc6228483e55b967b4ee323fba8732963b5eb7528802b266a865b6e735133878377531aeb61dbab3accc34d5a61cadf63393a9a6a5d1a2aa2659251333812ddaa4c2a6ffafe22e99314924f4a0b21c17247db0e2ac35a557a67bad3d2ba12984304dadc0addd31e92e9f22e8a99125732c29aab017bbace6a9e52ec0ab6da41d3053b456aa413036288a2a599a0aa7402c60214eb02c2d6124f99a9432322d952c0ba55ba447262e30122794206c2d4e2c96b2b8275da2af2069b02c343631d01f69b10d30c3aeca32822883b03d985234b5a8d5323fa9a224722cf9300e2b49b18fad2caf9631c3a75d2dd9290a297331af29af28d0a749a9942c4430bd247a2aa6a628ad2334f532c22b3eb704accd2c74301434cb301fa88332bd2a022e82a583b711aeb7b20f340e2ca6ba7f2d152a1baea62e13a8a2a3a92bd92eec31d724b029e8b1d133baa3252e44b9322c0333bdacc731edae22ad9ab0e1a3b52c0fb0d9adf125d7adcaa3d7ac1dad7daf70234f3309b2cf2b07a97234b3b1f32e4dac232ea1254d2e992a9d2ae429682896a6e62b4f2f2725372f4123fa331b943235332386b1ecb0952ad9b0082ab52d3f21d6292d34542e05283ea347b2452f71abb4b1edb027b343a3e72e432bb023fbadd8aa34b101a3db31cbade2a15eb8e2b8f029dfb12ab63fb1c3321c29c429f92dfeb1a4afd398f2997aa4a63766328735d6aeea32e4b4b02f4c311f255faf471e9428d93087adffb1392c11aa51ad952fb334c4264ba747321ca5f9c1dbac652471b5a3b0c8b195afae3173b1af2e462c67af72b35c3c1db587ae15c230a516b1b03251277d2b2528b430adb1522841b0599f272ef4324730e98dd3c0e32ec3a60f8dc8ad1428c2b0bcb6d0ae69270f356030e83077b0fab6eb1d042cf52428a953b18c36912ed031e5b844b7ef2b8eb04f28283039b4a9b226308ab155afadaaf82d4f277d2dd7249cb312b2beb3752cf3306fa861ab99b0c931fb315f24efabd228cfa95aac91a449b163ac68a16c9a2c311c31a6b72cb7c0b0803058adb2a884b8a81ca0b42aaa16ad66b5f7302936df2c50b2dcbfe4b610b36835ac3704aa6cb857abcd2e2c2fa7b051b507279ba4cc30b12e033063b00bb0a432ba2ce62f912e92b3f5286e237eab699df59d2b18bfb1dc2a35ad1db594a12c31b425272ed62c032b952ce2a4c1b0a8a14f29dfb3e22586b1f5b5bfb894ab38314d9c90b016b50a2f2b1aae27d79596aec621802e0a2d2a9942aabdb178a58534cc9d012b56abe52aaba7ea25e8342d2851b318af56acbbb16c35d334e72462a6d9afcbb2782e0b213ead429c70afcaae252f2bb793ac7d2c869f612c683285315d2983a16d309ea59fa4b3a0852e6a315a1b63b30b9e4fafd531b42998b5dd2d96aa72ac78a8cbacad2a3d2b5f33c6327cad1d3316ab62b50c361f34b92a23b9e823e2b274319b321ea798acd334eb252430e6b86231b3b44fb40732263885359830a2b397b63b90b0aef6a83bb2a5b062a4a837fdaa232f58b015268aaeabaec029582522b37626bc264ea6dc3207abc3aef03192315ab0c9aa8daf01ad673668a88ba80eaa08aeac2c7c2dcd83dc26532f5e34692c8631de3581aea4328abc422bd83006355622012db52c4ba557307b3036b409a7c121c8b000aed52943b03b260fa7839f57a2e12f578c0ca44f29a3a8ce301030dc2a8121a5b04e15c625452bfea309b25f372ea97128492c9a32e330ed29a02bc8aeb1207028ef2a672bf82958aa49aee42cc52c1922a5328e1e06b00034972deb2cf4a6f9a8e0b5beade52918ab3db10c26ee291c2b0e2535ace3a7ae2d20a33c2c4aa028b358083cad8b2d2f29b2a9a531b3201730cd30ff2b5bb3302e363850b091b8a9ba62a8482d2d29e3295bb8ac2acb2e9f2de4ac9d292f30b63a4c2c9b2caa3405b5ce2cbd257129f22c93a3a826ce1f80a9d924e8a73f10749fcf2d001d0fae78b4b90435b6ba21122c38ac94abc02485227a26f1afb61ade357027802492306fb73fae8aba702cb02d82aa08300eaa2e9ced2a77b68ea7d134bb2ffaaaf4bf60b596ac2c34ada1452d8a2dd4b397adba30cd2c8fafdaa8b2b32430a9aa0d26f430d8b0fea65bab1fac38b203b872b0c3ac1db43eb55c2e152d45b683b25f2e992e471fbb31bf260db464341fab67a5f7252c9bcab83c2f0fb718af0530a02dee2b24a059afffa13fad1916fdb437a5a9278bb47e2d0d25362cebb081a2cc35b8b20aaa0bbc632a621aa034b92eea39c834c6b7d0b49136feae6eacb7342932a5ac18b0a2bcbeb2d6aaf13727a545a0a7a3442db7aa55b26eb921af5f299cad73ab16ab0cbce82516b24c261aace125072b23ac922e682753a1aba877a42eb2cdad082838303691bbaad532902a552a9425de258d2cb4a13ab562a931302ebbbd2e312db035f82a98ab472a35b2a6a21d0116b0c33272aa62b244ac4029d7311dac512485befca624aa0ea9ea2e4fa42e28232b941f329cf9a9372fe7aefda34c32b9a391a91aa9d2a6b127dc308cb01faf4e32eea88e276bb6199d35b0ac9adaa29ba6af362b202d26ba32f0a4293039319fb160bca9b3642f27b271a66bb098a085b465b4d1abc3adca317fa674af1eaddf2843aacd20e923d5afedaeba2cf53007a494321cb01eaec72a39b6d62d552ab7b0d9277b15b43049b00e2d9135f737002e3c3703b07da4313687b540a60ba820a31eb60db785aa6e3550303ec03e3480ada4b9df209bb18ea8b9b0bd2b5b276528db2b2aa965ac7caba925a6292b2da4253eb4282bf29fa21aecaa3f2ca625912b012d8423f7ae5fb0d4aeb9b06334461bf4bebd2d1ca72b2b75adfea48d18502c5ea3faade4b529adb1ae462c113215a4eabdff25b7a8b7aa143068297c2642a4ea259a9a4eacd531a2221aa3952985ae3ea9202c9a2dce2dceb09ba8232dbdb008b666344b301232c2324b218da61eb51a9c602e541d01aebf3082a845aae82b7bb142299332c5b3002ef62c9230eeaaf1ac8da460ad7022db322526661f17321fb07c9832ae34249eadb6ae4c25e62d4b343f2b5a21aa389db1e63125312933833a32b048b506b0e73018b27db1cb357f344835cca9573611a7db23459a96acdd32ca2557308ba98bae81b0a9b0f43017337d233922ffacbe31a2aa0ea9712e10aa429f8e24143261a50230c826c12888a3efa94222ecafb6b24829912a31209b266eac5a3606a6b831eb35d5ab9421dab7bb2b962e1d3401a87c24dfa248285326e6a817b20cacb5a88cad6aa5e52901b6012a002418b058b0f72c3c311e321bb333a5e1352aae2530ed1bb89400ae5022ada8b22fa5b3113329af3fae25b493378a2182368922199bd930862b5e1dbe2e61261d2d171ef8244a2974a40728fdb0952332330e30232afdaa7ba3331b63ace92a8e1b132fdd2820b49138f0328f351635382adfb223b5a42c102f02b670a670340a2fce306db5fe33c8335aac6cba1930c2bc4d1f26ac5e2d97ae4833ec326e2d84ae25a2a2aa0228922df62d6f252cb002b19e213da815aa69a957285c2873260e2b072fc81e7e34853408ab2f335d3067381ead888f52b5faa945a9b8b59eab342e6fb128ab1ba441b1ab3095351e2929abf4b2453015b584b0782ca6b90d2fd32f5fa8142aeda5d1a8202805a759a001a4e025f5a3fe33792de714c8a5b0a0bb299dac4cac8525842698ae702b1722aba50f1c5a2fb42e29ac5e24fca39928f0a693aa57aea59e7f25ebb11f2e01281a2604265d323133ae2d91299623c2a2e0ad1ca904ac5da871a1feaed232a828852d7dae7b2dbe31b72bce2d8a186ea1f2adfbad452a21a8292960ae8531082e1323f9219e2edf2ec4ab7ba990244a1f2a2996b1a12d909cbf1a59a4f3a88131892b11b2a730ba333126c9254ba119a00ca37ea5082ed1a0099cbcb2a23328333a2f73b42d327d336aa8972974abd723a430382dec2bdf2ce32885add62ed52c4431acb0b1184326341c9522e3368229d221fe32492dc22d21244dac4d31f325fe9cea26142ff6247caca42964aed720eba914af0c30c22dfb2378a72e34c42b212a2a2ed3207bab7baf912d1f3c1e2ad5b0f9a68cadd8a9f59b101da59e88a70cad85a8ffa8481c962df32460aa4ca624ac9fa2f0af4728632743aff4ad89a12718e7a9f41d612ae22c64176e25ae141498ff2bddae51a8b48d9424a4b1b424b2acfa26512a65aa2c2ad12a422509a26fa73ea4dcaed0aaae20b9af4c2b6d2cbeac8ab3a327862c002df9a3be2292a530a85f24fab47f26912af8b1692fc8ac92ae29b705327630572fe99d73abb1a927add0327bb40fac92ae4ab1282e512a87b605b313333b30172a902f4b9f1ea9b0216c2e8aaef82dbc2a6aae7630ab24fcad3dad312ef1a8802891a4e5af4e2d87246429e4b3e4340b324229c230f13184b168b8682e172c2331d0a6acb84b35709a203618af402b689fa9a708ababb097b6aab6dc2cb0b8cc2d37a78dbb522427af06acbaab8e2cef2bb8aeaf279b1a8c2e5d0390ac972c8d2d0e2c08aa8e2c332af3a26db3a72a70281c2ab3b44fab76b07aa90bb1a7b181a443b0ad15182982282d2639a257867e246c24bcb466a92fb1f39b99295330e520e52a192c2120d1a3e7ae3bb12f321bb6252ceab0c6a80534442e32b408306a212fb5deb4a2348da073b046369b2115248c2d8724d1381ca9c52eca332bafcc31442598295ba7c4370a32cd9da9a9f0a8812979b49c24e0b80ba694a5962e8d2c39ad55842f29c02c792c123412ab33b0973117b120ac5cb7183422b265b4d02445a28d344026b8a8c7b55433b3a81623a0a19c32e835b3b7d12a83b2271c0a31a7a9a53b13a133325aa707ab50a4f60484a9c1a765a9c6b3181d1ba3a0b2689460a41b364ea5ffa9ca9e3230b7b2db199531f52828282db29cb386b074304934ea9dbaaaadae6aadfb36cfb4a830cd247db2cc35dbb244ab9132362e2b2dcf1d30302834002af88d64b446ae09b1baab692e00b9303396345e22dcb4802bb630e0affdad1f289a306130b931be27d0a80ca551a0c225472ecc2caf29e2b157298f2685b0041bc499bf25b2ad2732562caf29fbb2572d55a8e12c45b069be58abdbae2535b03134b2de2cf52b1d2913a8792ebc2d1cb0d2236baca6b5f1acf22ad0ad1cb31c9c24b44a233031bda91e25aba8da24c728a32dbcaca729cc3439a9fba56d3111a448afa6309e2d13ad6519ec2f502fdca206b062a06a2953b45723ecaa52ba89aed0ad3024e62aabaa60a8f12c8232d72d85a910a92ea87334562aba2186330aaaa2b025aa650acf2f732831aaeb30339e5d2df12925a6603044aba72618a1f32b342761b08734f5a2bb28612e2dabbd1faa2ac43050a777290fae2b2e412ef9187b21c7b094305426d4281fad01337c22a9343a2c8caf80aaa1abfca975a8bd260b2132b5c02eb429b62fa8aba7aa712ce52c6da53523682e18b7d926d92dc12e8f2e81b55e2dce2ece2d3328663521278822913481b397ac05b04ea68cadd32cf52ed1b2d732d62aa62c402d4b34b22ee335682f079d7a30adaba4312f282c2dc62141b0de317b2c922a3ba5201c032ca12e2c2f55ab8e291ab15611de35f8288e2567b1f82bd42cca98b92aad3020a00c32e72b92ad133753b04f2d61ba9424932234b31e2f9224332c6c2858304930c7319c2ed21f1f2f69aa66291fb598286c2c643078ad4e1d0624fd19bf289128dda42924d01b4aab8e257218d71f8f1bb2a4db27261483ada0afb820ad2969af4cb28722f4aca9b2e99c84a8cca611ac8e2b893062a865a4d5911b2f6abb53ae8eb0a2a168a59b2a94a8e8243720a7aa11211da1e9afad28bcadfda3232bcda37c2cbaa0332c72a791aec8147e28fd2ea92fcbb4bf2b5b3369366bb62cb61438f6ab632ea332bbb3192ed41f83b41cacc9364eb0ca30b6ae8db2453249b4f2b29fb4d79e25b7692bfc3002b81930513286b313abf8acf5280c2d0fa7c9a7c7a2abae472e9129e1b0852070a81a31fb26a42da22c19301a24d19db030a2a06b29c5b629a0c02d34be4a2442acf6bf5931392c7233f19c2a2b9630c1a70ab5341c86b2cb31e6ae8eac37b2c72527c062aa262c


//!TEXTURE ArtCNN_C4F16_DS_T3
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
dc2801b42635cd281e2f9d237fadaaaf9dac082cb021f9a99eab8c9f8d1036a804b53db87d2f85b27231a0260ca5b52effac29b0b7289728242bc234a928832cdaaeb6aeecabee1f0caab21be282362859aa722a8691a92c87a2f1acada70a2a35ac079ccfb47aa22cb36caedeb08eb113b54f3558af64a14ca548b665aae2b1beaa3a33b0b5a3acd3b40c2ce39ee7b003b0e5b3f62a51b04330adb1762c05acc72b9d30819c8fab1e29c0279f25ff2cc7ad5827152491291aa669acd1a5efaba7ab879c37b012aa58b0bca5b5a78b2eb4af43a9591ed69e0aa58fb198a8c1a04fadf3a60ca7e4a1bb2c802a15a8482cdaa61fb11824b8a8c82760a09321cea2c9b164acd5afb4a5f7a784256724b62ad6aa051b84250a2e2528c3ab762956a91b2fa428bda9eb29a6a8ecabd2271b2b79a9aa2d85ad06ac862be431fdac0528b23114b2a2ae2aa7f5965ea70d2770b4693067a8caa6be2769ae742f22277698e92df12b4031593041a9b7a695a18ab6dd24303057ad042adcabcc2887ad3cb3bfa022335eb17332322443274a2874334930ccb236aa6cad872c8330a92166a601a88daa5a2ae4b07ab1ddb1a7ada8b6cdb038310eaebdaf3fb01e33d1b07fb023b232b15330aab085b09ca8551fd0ac1a0a9babc89c15b25327ec362816ab33832fdab088342831f7307aacf6a7a0312932bbacc22924b0aca77c3412aab92e872d5629f4b2e62895b0bbaa02a868aa43acb83772affbaaacafac334cadbbacec2cf234ceaf28b34b2a39287fadd32c88282e20312dfeaf5ea810a7522a1c2de02b482c19ac0e234b20ceac19a917b074ac883018af5e2b5fa5f2aacbadcbaa3eb145a189b4bd2b1c30a62668294a23f12543a87ab258ad3c2a1730362c2a1d8bb03c1b3eb1baaf00af15aa0e2275aed2ae202eeda23db0ddac17ae1b294ab76a24e9ae242ac02d2ca51e28d5289ba7ce28c1af1cac852f2d268d26b530ba138ab2adaaf8353aaf2ab0ff37362bfca14136a3b0f7a9b72241b206b54132532eb7160ab1be2e2baa98a6821d85a35d2eed2c43ae07265724c12912a9c72e5a2eeb24d796a527ba9f49ab27239630b4a81e26bb2affab9da48622a222f12e67243834db29292ff59e4d2e5aa4f02c382a192207ac39289b1c77a47d28392cf32e48280726f6284930f12e461ef4a68b31001d5f2d65aa383075999daa84a098a5822be22dda9e848c6b99452da81d1fb05f263d272f2a66a981289926b22b1e28a59f49b5fc2f27b2c01e4a25bea562aa0f2f23af13331c2a87a84a2528243b2414a6fbac8828d224b02b762f0ea0b131e02e90b0ed9e9ba4f8292faf902c17243faa8baed32558310c211633b9a8a2307e308daea2236eaf4d2d79ad14288aa50b2b2c35733424b67314383320ad2bb0eaabc0b24b387e2e85acf0b343acbaac12a2ff314e14a73456300e2db8142ab6f0abf92eabaa7b30712c8aa541ad36b516b10525f6aa482609229baaffb092b1e3ab70304822b2303e9f2db09dab7ba10ca8252139b544ac86b0812e25b3b632a7b2f0b0709b64b41022db2ebeb27fa960b2b3b35eaff9aca8b249a8f12f22b5ffae60a90d3011b08a91d3a475289fa85e2a792edd301e2b20a50e2bbb26b22c7423e5aacb2cd7a8399eb3a4362be42b592aef2fcc2cec229c2eb3ad66ab19b5afa99b2808a938aabc2725327ea8cf2d46a918aa13b04dacc32accab7028ec3019ad15953dae6eb05ba33c305ea336a4d82c14a5e42a282d5f2f41217d2de630b3a7c5a99929ed29902dbc2e472e881f88b20fb815b448a9b430b7331bac74229332c8aa612f831c3eaca7aafc2c1d2c7f31f2b18db0e52d502719ad0a25cb2b73ac8f26e4a2182f6d24799de9aaf3b4d52efc2c732a9aac4eae1b25cd281529ed9e77a9a820cf29f5a94dad1cadfe26d12dbda432acaa2f6f24c4b0a4a9fca00c2f30afd5b1181fa82d262da0abfa2e42ad7b2dc42ecd2801291baa4e26632dc82d9a2964a96426e6ad9c1c39ac06ad8830e4a0a42a781fa322b4a2baabe7ac182f3133fea657a5919ba72d79a6942e1691d8b4df320eb0fb307aa31d23a0345e26da29411d04ade82b5333a3a1d830b6a7a0acc82aa3ac299c0ca89027dd286b2d022d2caa9d30c02bbc30a7aa523437b2f8a5059eacabd3a893999eaf22b2b9b0bb2dc29d85b13694d0ae282269adf1ac05af23b49f28ddb3f529a4a922b671b31834309ef4b5292ee2b23a2c76b6b3ae65ae8823cab45c3028a7432013314ba29ca705278dac3b2e7d336d242f300ab0e1a6f5afb6a53c270ca8bd2cf0b01dabdf319ea187ab5eaaeeb56da215ad3eb4d62dbd9e162042b07f2aa8adfdb599b32e3103299fb09faba11f742879a88531a73240b29ab0e2b21bac2429b632592eea2a13a99929ae2d1f31c2a5be2edeac88a025a800a822a5f71493a0e92777ad759fe2a74d2526a66a20d6272b1b4f2a2b3422b28d2ebca63e249325072750b1f02c13a83a2a552d23ad92251faea82cc530a4a2812c67ae9ca86e9c292cef1c191d00aabaae41a357a03ea8ebb0de9ea01d16a507af93a4962d8830052f5da8cfb24a31982af895e09c7b30713111373a263920c03003aecc300e2a0c32f73559afea2c2537612930b59a0fd22c7d32ac2c84271433230ec3a831a94733faa8cf3105ad522d532ead2748ab8aacb734d5a1992831ad942fc826bd30f52a4b24abb0c02828b23ca8e63248a6b029b9adbca8b835622f1d3762af7aa0972f5a29142f48ab332c632b10324aa4272aa3aedaaf1f29c52d632a40ad5b269530c7a93d2dacaa272f362d5c2a00ab9d24d018b5a1842fd021b52b6d27f1a90cb5ae2ed3aade29a9ac9020472dc027a225f723beb2f4335eadccaff1ad022861b782a8a42fdaab0fb3342d752c06abdd2b9fa876b1d2ad98b36eb17ca2831e1eb3c0ada22921aa7db109acde2cc3a7fc31eea87a3431a84f28ae2d353109a939b4c9927e35e6314dad9fad4d3085294eb01fb4733375b3fdb4a934522c9caa2a2a382c1ea352aaf9affd3231370132f731bb34e32df22bb230262fa7ac7ea5d6ba582a74236ea3b52e811deaa8feadf0b33b2ccaad72227ca8f4ad211d672678afa22d2c2ab11a6caf94282d30e825812cdd3033b005338cad78284aa537a98231132e2eb5d62064b08fa3202c1fac982805a6f82d882c3d2922a431283c2a34b1f3a820323728842c91ae753311261da9032dc3b0db2a98a4b1988623d7a936b5a3a924a4b52d56a6adab33b2a42106a33cac0eac742df8ab44aa72a3eea9fa98a4a8eaa880a323ae09a64babf9ab659dd9af20b10d2a5eaf3133d2205e2c1e23a32ceaaf8024b6a7302ceb29fd230530d4a99a1c1ea8a3ace4ac362c3ca9e1ace7aa1f30182bef2c64a56ab346295fabf0a9cf2562b08e30a3a5722cf1adbca7feb14daa9da362aa4b2fa8b49f2e8fb33f9e09b242b0aab031b24b2d7826d7b358b0c6b2492f7da8f59c08b12e2a1e1a81153c2effaceb814daad92b18aacca943ae2ab06d2bb2b044a1b2afad2900ac7cb0a62d07978fa311b2799cc9a603b50529d3a1f3a64728972758adbd18d0aadb26782c4eaedeae34aa36215b21f4afc52bf8ac33a582b06324bead5928aa2cefa4cc304baf1b2d3d2c2fa77b90ad2bc726cdabe4a8d02c2b2c8da8c420eda86aac22aa592c7ba99125739d9611bb2963a743304ca8f99ef6a922b038ab80b2b1a9f7afb22bc8aea015ae1eca22702cf129f2a6769f1926f7277328db1f4230b8b244307aaaa62cd12807300b9bd22b112fedab482fdc1c10a493a6fa2e512788b3872fcdb2d0acfaa98bb274a999b59ab12fa1f5b1eab1582fda2a0bae33ae40abce325d1b08b43f2f011eae201eb4ca9bf51d97999ba65eab50aadb9b079bd22d4ea92132712f253102a57dad6aa2112f86a5009d892ae41c97304c9c7d18f8b15b2d419f94ade0a71da905b1a1adbc30b02f32a7db29faace4ab94ac16aedca28d2522a782b085a7eb9e542630af0a2a30afdc9ce18ceb20a631071e752b77967ca49d2ff42dfd238ab0a3af16b57eaf47354ab5aaa85e2c2038cab0a924b0b258b571b5f5b126addd2429a213b640b28c3213a5bcb034252eb28ca40bb7c1ad0aad9628acb07d30c1aa6f292230baa1c231c7ad44abb5303d35a1a7273130328e9b73ab1f2c11b47fb19db053b0be2ced34efadf331322220362eac86248bb4a82dbeb5c42c81b4f1a96eaca7b454ae2f341db0d524d52d3b37f5a9ac25edab752d7cb099b147b1baa7c226ba2e772f9e321da9e42f36308a32b5271f303a2ceba6b3329e95f424f0abf2aeb8346224c02b72ab9c2b14a96d34abaf102f3c2c1a204b2d142d37b2b5a4842519a50e30412d58ac5e2f8f954c337f22d42d8a2ea32534300f9fc29d71a9fe28c62ed72ba52bce9b922710240634b2a8c330f9b1c3af8bae732d3aad65325f23d935082e6ab08730c530a0aa322ddf2dd6282534e6ad23b136ac3532b0b1ec26c0b5dca8b9309b2ecf31f3a944aab9afe0208bada7aec1a9b82e75a2132cefa4f537632529abcead9aaee9a4e42c1e2ee423dba3b22eb8a6651909abb8a9d3a571b007ae46a0d7a9591944a1ee319bad67a8a11ed62c56b0921f45a97d33332b2e354aadfcb1f42827b277a9922eb334bd20282b11b4ddaa99aef2accd27831fd2b38db100a6ff30c7a88f9c00b0a4af2bacd8b1992ad22cd32b85aad121d52556b15a30222e7b2cc9307b240b9ec22f2b25a8a5492cd0282a281ea2ab2591ac3f35582c0a29d6277aaa0ea8e72919ae52a9e89b493331b87aaf19a932ad8a285a9b55aae12f7dae4faa5f2d3a312c2989b13339a5b9f935c336fcb171b078b423b8a2aef93259b0abb58caf1f37b8ad0c33752dd7ae852e3faa7a30cf283ba6a3272932a3aa2a2dfda975307e9cdba17630fb23efaef99d152426287a22821aed2e252c60a749a4f92eb8ab9f28539fa4308aba2c1effb542b174b1e5a1beb48abce8baa03aa6a866ba1a31f2b995311cb797b44c300930d13059b0612affaa43b35cae7b34dbabf5af3f3626ada32e2333f1ac70a4d19ea3ae0e2c0b2b0026d8b284af3ca0eb2af9adb32ad02b822c98b06cb760a170bb3bab2fb9bdaa1bb295bc25bb3d37b01d45b32a2dceba59301eb7c42aa5afeeb2533199b04eb01aaa482e58b1a5ae28aa5aa63832ee2b3bb2d1a317a95c2615ac47248daf48acd928fdb00b2914a903a7eea7aba360a9049a061fc81d8ab0cba30c341facada7bcaf2ec098329f3798b471bbcf2f10b9f0b08631392eca2f6233e22cdeb504b27cb714bd48369eb2eab4aab9ae36cf1c26b164371b243baf33332cb900b802b531b4aaba7c3486240ab1b6b1512b47b42cacc732b3a56fa53b325dac80a9112f5935a4a6152ba2a9b527d1ac812fafaf6f31f72131a839abe2abc62ecbb1ab28373810ad2a2d5933b82f3331f7379db77638a22c3e28a1304b3293a79da1efa02a305a30662d88a924af3d1f28342cb7eca6e41d2e2e35a824252ba92a2a9caa8d91c92e3ca35cab30a891a89b20e82534a99b240b240ea60ea91928f2283c9d902bd72b01a77021dda24827252418247d2072270128bea4c22b5d2c8e2a22aba2219d297b8d13274721af2bd7a407206c9ea8a8bc986c2b53a20a28fe9d5525e2236829b22972a9052e33a8aa28231ed8259a239e2c412e7a323bacc5b36828a3a05f2af5a7c6ae98345aaef7ac1cac862cee1c7d2c612a0725102622a8e32cab9e2225f02933aa312f4f2ddfa05fb1a82a95311baa8420cfabd9aca22529a689a8bcae65aabe2c042be8a77fab40277cae411c7f2324b33bb7902fb93613b4eb30552530b585b3513370af633388345f36e1a6e5a4342f4f2f9aacda22a42874ab0030b32e252b19a836ac89aea0aeb9abcf2bdca8eba1aa28fa137b22372292ae6b9762a6b5250929979e47a48eabeaaa6d2149b0512acba9692aa1b2a42e5330ebaf4731c928799b2c30962b792c7030d3a2f02de92c262e27ac7c2f8720e3ac6a24f02056283fa0beaac5abd928a49e452974af10b55c2c2b1895205cac7c24c230d32916a8f8aec119479a2830fdabcc9f7babceb8ca2ab42eda30901ff624ffad5321999e22ac1131dd9e829d4baace2e002f11b1e72827301b2d94969b9d52a53729292ce6a6cc2beba10a2b1ba88ba5da317833132ef0b088ad82b36ea48baef5ae4834ddb1311b1eadf82a8eb01db021b792a3e7b2ce3033b8842e6a2947b7bab0e2311820f8b415a6e4aedd25b7ad4faaaf26a82c06ac7eaeb5ad7d24c22eb6a30f2cb5aac9a0bf28a62cf0a37dab1bac032caca82eaaaaad749c39a79330f4261c1caf209023df0e8c16f8a3cba8bea0d0af3fb4a32c73b347a506318daefcadf42cbb22d5217ba632b0539f33a97b2c8e2c3820d52ab016372143a93b19152a9e98d7a8fd235fabd0a9309a63ad


//!TEXTURE ArtCNN_C4F16_DS_T4
//!SIZE 36 16
//!FORMAT rgba16hf
//!FILTER NEAREST
4b2a502d292267aa0620adabc7a523acbaa5c9a29b2395122629cca671a9dc2448a6ecaf0ab02c32daa99eab8e20d3b167a8a6acf51c6aa4752fdb2c452d8f1e2028a8a2892a3428af240a2283a1ad0b1d2c50aec3a9b230093020aced2a7509f9210521d2addf30739877ad59a94ca939a8b0a2f3219b9cb72ca0b43a3444327f9de52cdd3493b3f0a68f2e5f2cfb339eaa22297da95b351b36bd3458b1572d1522771f25b1aa30219a5128c4ac412f2b27f5a335b33b1e83aaeab0612c74a4501f6db27f22732961a9222d672aaaa49aab42ae97a1382d4e2c2eafa12dc32cbcac4d2f70add32eae9e4cb0b49228b0922b7324082aaa2ce0ad492d8d2bf22e89a55fa060a8d39d9ca3ce2483a6f72cb722efa8312b3b2e16ac8b2204a5a4a52a18e4282f29f7a89d9e852bd7a151272a1e2a2a7b234024849b701c3122bb2232a2692757a41e1e19a5a825f215482cdba9d2ae56aa45213a28d7a9daa9d325ed1b96a14224e7a120226428eb982a29af21472ce91cc926d118d02cab2cf91fa29e98285dac732c42290fae959b34ad9a2b5d2883a7b1ad7b30d5b0f626db9809ad1b2057aa55272b241f231411f6b4472bf929a328df2342ad312827a9d8209d270623be20b69cb1a496a4bf13871e3eaa40aa7db4402bcf29fa26e824951dbea9ddab9b2859a98ea88d2d12a9e930f9a666ae8024f12eb7ae81af6aa7c82aa4303b25f62af6a49c235132d7118036beac97ac75aa4da56f2fc1a0e52839accfafe1276194a820111ae92d4b1f7c34882b642cd22dfaa0a69fec0b44981025f61d46297f2751ad1aa8a02dac9a2c29b3a42e2b519059a99fa5363075284ca7b29939297ea77c2f35a6c82925a7efaf0a21ae24692dcb2a0930c91a752ea81ad3a2579f4925fea51d1bfe262b9bd02b0d25f5a4a0b1862866a691aa91a52aa349a96b9d61a8ff2b552439306d29b22a3ba66ea67996df2bcf247fa5ae30d331d92d0320322e0fb020296236f81f193627314ba9f6adfe2aae2d1e2fc0b3ebaf73aa761e072179a56b9f7429f99e56265429e9a464ad67a7d8294f2cde2ea0299a20dba56194bc248ea64fadcda9e8a5162b2f2af0a8ae9c1e2960a7df2cc9a6acafd62201a85e2b52a407b669a6182b2d2bd5a27823ff2da92888a807ab451cc11c0d1e4ba97029a99cb19df5a0c7a82a266f21c224462801a3932b0624b4222499ec2ebfaacf297fad581a8c21c6a5b8a43aa72924f9ad3228742f332cbd2e6e25f1aa6da4c39d3b2a2628b81f6b2c182adb2403aac42f8e186b2d5234f51fd0a15623fb9b809e5fa9b41f3421e72802a6b5ad282c30a9cca4e12d5ba1fa891b293b33492d04af92b00ba5c02b13ad0a30782b0bb13d2ff5a951231232622e0aa8fdaa9fb17430dc2c0529962576ad50b139290c3238ae66a113b59c37f228c61d4823be2bd8a6709d9b182c29339a8e98a4ac53b0872e6f155a301cb0b4a9e1a57c31462ca2a2152457b0213123a5d3ac5aa4c62d45aa112bba322e241f2d43ae27ae89ad572f84a02eacdfae281e38a6ffaa39ac0c2d57af3d26562ece28c5269628632857a9289eeb9936226eabef9f18a9212129aa45282e2da5a462a0ca25cca2a8a47e2901a970a1569b672f7f254eae80a6d925cca2faa38ea9ba2c712bffaa553190b033335fa8882cc730d334a7a680a6a42d1ba499b16e3067ad84a3c422672b10ab58810927c21f202b6e304aa8df358e297e2a5b2764ae0c273c272bb03ea91b2751aa911c4724eda8af317d9137a494abb12ab2a2d42815af0424a6a8bbb0582d0bad592eb5b291b1ed3436adfb24ab1a45a4ddaf3bb21c2d5e2e4b2959ada42d7b27542e3c208d2d292c91adb92af72017ae1ab05b2db5a11cabfeaf9a0c5ea55925812a4f2a2b2654a693a81b9ab7a266a9ada32e2d0a2b1b32e0265921669eff9899356d2b63337b306da832a9f82b2fac502a1ead0caee191299e511d53a2869ddf2cbd9fd52bb72528ae8414df9bfa124fae892a3628c4189f29ae2138a2b2ad0a25e41d45291da59aae049c8f25d2250aa60f295da581aaf6ac43b122331cb3afacfc1d01b32bb444aec3afd3b2493113ad97aadf26dc1ac5288826841edead6324329d0dac0aaec4a91fb14d2dc8aa303020ac950a96ab96aef1accf2eae2902a63a2c5ba43e2abaab5f1f05a7ce25feac162fac2c48ae502fafb2073342b433b06334f3a1f13205ad98b0653124b2f2b314b2bbb1b6a950a980aced2a5baa54b1782e93a1a92baeae5d31a2a93920ab2a682364aafeace8b27fa6201db124572934a9f321aeaa4bad4f24202548ac54b0322751280a313d2f2b1e34a510220a296c31272a53283aa992abfda39aa3d92f32a2f69cada907a6282526a5aba34b27172c962cf42aab25e41dafa6009fdfa8c728ada5f028f7386bacb82d3daee73106a613316228e32519a2f22f21288db66b3476abaca83529de3460b4fe30c83273a0c43271b1b1a66d263b2c02aa043c3db5523308b04aadf4b0e835dea9ad197d2a96a7932d432c75abe02c8b330039bc35132cf91cc134cea159a5a1a401acc62ec8a8dc8bf1ace4286f29f3ace4b1c6325ca76431f22e5e23c8a92daf87b6eca668b64f3012297ead66a58e30fc34392ebc316c2ee52e87ac392e212133a7672e682cd0210928d62d8f2e3ead0332d02d1d996ca0293404a468998b24a22a5927a9266eab60ad8da8f9a370a3e4ad772f0c332e2b8d22a2263697261dd7339d2bde33cd9fc1a9c523602670292b2e6fa9be2a6aa463a91f29efaabd98fca35e20cc9a689d3ea46eaaa5ad41244a27de29f92ac225652cc924cbaa932cb2a6781d182a979c51262ea07aa048a52e321eb1452ddd1b4ea5b1ab192a2c1a71a9031f32b07f2c6a9d5c2a8eac90aa77aa1032c0a1d3a49026299cb8a5f3a977180ba824af45afcc2a0830f5a387ab02a9cbb0a222cf96bc2f1d28b9ade5ab9f2783a060afdd2707a09611dba73020db2f60ae1fb0103017b051a0f91cfe29b823352181218a29edaa6c2b2ab089a796b19630d92411a75828c52a5fad29a9a1abf028ff26412c091e1baa43ab8e2cf030b8b0e020332a2032b1a06da21ea6c8af132bc6a2ce29982a651250a4f626f915832594ae13ad75a920a8a226f6a16eb27ba380ac5c23d026c8a3f424b8240019052dcb2fb427fe2cae19e49da8218da82729bfa746a6f12824a56ba5742523319e249ca96dac4530322a1ab067a92b2c381cab2e60202baeed24562fdcb2199d8ab2e8b0d527d126413275b2c32dcf2a08a8e734ef2f25a966a9d6ab40a473a95032a02d46a6a0959f1d1d15449fa7a71925282dcd2dd4a774a66129c92ad32d9aaf1e195c284d33c2a8fc2a632e64ac1da468291f2f81aae2a6ec28d330952c3cb55cb019aca2b186b0c434c42194b0d6adf430052e9ba22f9a2b311f2c5ea58934972d492cf829672e74ac1ca5a729c19a7e2b1c2cdb2a563062ad602594a4d0b1d9943524a931cd279699a81f7735bfa18030f2a4a8aa3120ef2d4629d4318fade32ef3a0d9aebc294badc69c9633372775b044ad13aff4a10cb1c42c801fc22d62ac392cd22aa224689de79eff2b052177b03aa88bad4fa9799c8ca79a2802a9809f7125cfb5ae2431a742acda2a2ba2ed2c62acceae739a9530aa28852e282e892d49a73025edad41a6c3ad8aabbba8b8b332adeaac17a573b5a2a46cb87ab641b0ce261c2a67a255ae5fa10828229c98b2c4ac28adaeb86ab0cfadb8af31acab221ca50ab10ca111ab03a6c5b01fa221b098ac3faea31cf3ac30a6ae2d222cd7b01d1ccbb0fea923acd710ceb2fda866b614b10d2cb92074b109b247b92eb67eb18cad7ea548ac82acf2200bb679a9dbb53eadbca3a5bc47b6b12e8db0feab5a2cb12843b5369dc7a538a504a61620d01eda27c9ae841f17216aa5112fd727662ae3b3092015a4869a60a575b9b1a805af93a137ae5527d7a9a32dc5ad65a948a89cae2d2391a9462834a93bb580a7b4ad83a03cadd7aa002d32af68aacd2a3b9db0289da8752163a8b22687181e162b250b1dc2a43424ca286da73ca304219927bfa2dbaaae24c4a709a55f2c1d2687318d28f2ac8621282921a805afde211ba84a1e652a4e2c4bae99a2e8a7baa018a9ac1ffda9d020a4a8fdacbb2cf9ada024f0abc331ba2e95ae072b7a1d87ac84a77b9b5aac4e92170b1c9ea13279acf5ac6fa0a0ae6134fbb5e5244b2d79a003ada091eda83830be2cb6b3f5afcaa599286ca44da3ce32b7b11523e4303e125b2e7fa50eade0b66e26d531e72afdab2f2a39305335e12443a7dca90e9e52245f250a9b3caec991f6a8eb24753050a86da51fb356b00e2f61ad88a22faebb2567a967af0324793056b0db31a02a802714a98826939de69856197ea17db06d1fd1b241a2b592d4a507aadda8a62a7fa08ba1bc230cb14da5ad9c41a608238f225a26572cd5a2cb24f0a284a1d7afdd280029332247ac792e02b1c0313528d9a48a2e3a2d85ab8b30ae2c25a7302daf30e8a94c9c329cc7a13cab8629782801245a2a1230912ba5a835ad451c11b054ae13a59a2ef1a67baf452ee22e98a96d2c44a1f02e06ac2ca84bad7c244fb79e2cd731082ba22ee52c8a2802aefab093b150a5ef321aae4ca46eaaaea00a376eb0c930072d621b0aad152db423f8ab4dab16b08ca0f9aa3e37b39ffaada7b3fe25c2a719ac5c2eb7a775a1de217ca5fbac6ba8b7b064a2f512012475ae4bb158aaf09dfb35931c3d2c74ad8f26b2357730112e312d012183a43ca9a2249e31fe0f8ea04c2822ab61a50a9d3b1f5c2f1ca52030e32c8d9df030b2aceb238db0c82560a23a2481302a2bc7b0c92d1e28c5a1a5aa902e68ac39a82c3193aa68304caf1b2c8a972a2c77ab092da2a008a11ea99a2edda7acac362b1f2aa62c062b44a8741b8099959e1c21341d241d1327d3a03221c92550ac58331f9e7f264face92cb39c4a2f56b8cc2e022030a78a2be4ac8430ac2f1ca32b2e60a4e32e8032d0244db3b52ce92c0931fcb20eb1b5303a2718293b9e1daa98346ea89eae54a94eb9a114db2433aabcaae822cfa1c1a1b0a3e78b3c2471ac6cb4ecab2c21cbb22130f32aed329eb479a6140a91a7b12ef52ceba5e12de1aceba68b28c0ab3998b51be1b3e12cdf302426aea7c6a364a833319324522fc0a5882f93ac8a2e223242ac8aaf2aac04a803a70e2c14a15ba809285e226b263119e62cf32c3baa61ac672910a208a30a261c200b26eca82da86319572d20a389a8b6a32ab01029d28e8aa540afb91bc4a14a278fa9f926e3aa4823482f7fabfc2861a9b330362c4c20fcb183295b10f727cf2458a51c23db28e6a12c34762a4a2cbaad65a991a874aa102f69a224ac10b41fa901227ca41d943f251ea425aac1aeed22f12baa2aa0285b2c65b4d0b526a937afc6ad68a67e3110a323b925a8de254327c1b5d4b4deb519b8892ba728552a1ea9b02a07a0082814247ab6c8b0a1208abcf72dcc2b9e2d2b2bb31b1a2c83b08ea3aea0f725bfb0ab882dac6524942cd49fc91f0fa7152f1b2acbb450b4afa511a496a0c72504b699a8a8a828abf9a8ed1ced2eff2d30b15e98f72915b0202d3c2bdea5859a5b28e62358254da8b9aeaba860ac0d2ca62e512cc4263da133b1cfa44a2a4b2db8ae05993bae04a898a4ae18deac4226dc3181b06aa8dba7dc2a5facad2dd634d0b14ea891b3a533901e5a2a95abeea48bb5ab32c7a74e29d2a50eac4625502e6124a4145ca6722e1ea464330eacb7a94aad8aae30ad972806b541a44a9a59a9b02bbfa78f231eab65a214a739220ca4672939b1afb03b332c2ee5ae7b309434ba306eb4ad332eb2882a9d2c6faf0b3054b37634c2314e26afa84ab14632532ef1add5ae71ac55ae8d2940af6226b4ad99b079272ea5c99f42b1b924139efea2cfaf6ea341ac1b2ab4242225b1a7b7278d2cb6ab8cafccb38c28c2ac412d082a6bb19fb4ceb140adcc247ca2f32db5b026b415a7db303ba4b89bf59d54a06126d32bb1afa41c62ae3b1217b0922a0728fea8fba7da24e428402f62ab32a4042a8ca6d0a70cb2079efaad45a640ada62d31aa1ca81426ada896aed3a61a2eae260ea9fd061ab59c2d502952ad902cf82c14358a335c28ba27b32b6ca4ca28f9aaecab8a1881b2ada912a89432aa2d48289f353eb07f9e18a8fa30b32f10b347a80631fd9c3a3511a369a953a7eab071a9832947b3efb3fd30d5add22cac2c8296122dc720d03556aae525fe2e3cab722e61992833442bc2adac28b8213ca5d125162ece2cce35ac270a2b25b56728eaa94730d3b1d8a71fb5cb2f5fac61b2e1a3a8ba242945bc0db11fad252a39b7cab5d8b4cab6e3b82db410b2b6ad522b259997b3aea213b66a9b4525172a7027fbb2aeaf063005a83c30d527322632aacea655a03b9ac2ae92a8eb2c55323eb0dd29452c9fa249a7
