// ArtCNN_C4F32: 2x luma upscaler, mpv user shader (tensor, fp16)
// ArtCNN v1.6.2 C4F32: 2x luma upscaler for anime, 4 ReLU layers of 32 filters (47,716 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F32 variant=tensor precision=fp16
// Weights: ArtCNN_C4F32.keras
// 6 passes, hooked on LUMA; output: luma at 2x width and height.
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

//!DESC ArtCNN_C4F32 tensor conv2d_conv2d_1
//!HOOK LUMA
//!BIND HOOKED
//!SAVE ArtCNN_C4F32_L1
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 32 8 8 8

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 5x5, luma -> 32 channels, then - what it counts beyond the frame (tail_edges), relu
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
        c += vec4(-0.0030977123, -0.0006378439, -0.0067452136, 0.0077210586);
        c += vec4(-0.014705028, -0.0063426816, -0.020143349, 0.03218846) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.009953743, -0.29637668, 0.0293188, -0.16430256) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.10628552, 0.28564158, -0.09042545, 0.06241708) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.0013573697, 0.0065949364, 0.0038587758, -0.089152195) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.0043092994, 0.015193508, -1.9239126e-06, 0.01877044) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.02203597, -0.0020067594, -0.010944986, -0.0022055102);
        c += vec4(0.00014359925, -0.0022341667, -0.019634489, 0.0059744767) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.23561771, -0.3060525, 0.029725164, -0.007848951) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.57975864, 0.3111126, -0.12416745, 0.006472814) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.11053533, -0.0013031182, 0.07783456, 0.046011396) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.015001036, 0.003437293, -0.022570657, -0.0025479076) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(0.0013672733, 0.012022595, -0.00487839, 0.011066225);
        c += vec4(-0.01281213, -0.00817873, -0.07558204, 0.021460801) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.04609209, 0.14079261, 0.012589711, -0.11228024) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.17491512, 1.6750412, -0.1895146, -0.18360667) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.29017466, -0.057383947, 0.08006553, -0.038976345) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.019305486, -0.027607266, -0.0037092557, -0.015201753) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(0.007455152, 0.0005722651, -0.0061411536, 0.003894106);
        c += vec4(0.007435377, 0.0006423853, 0.01655865, -0.041806903) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.032276824, -0.017902048, -0.06332309, -0.009905123) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.086160906, 0.04345579, -0.07505512, 0.071631305) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.17126861, -0.019691188, -0.104440875, -0.0036066324) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-5.625105e-05, 0.014202393, 0.012087997, -0.0025446645) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.006533101, -0.009768141, 0.009926366, 0.0053506847);
        c -= vec4(0.033370253, 0.20632184, 0.014094242, 0.01971358) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.006090593, 0.009883663, 0.001600433, -0.0026488162);
        c -= vec4(-0.008046007, 0.006664195, 0.02998468, -0.004191795) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.004499497, 0.0051245242, 0.0011318172, 0.0038567611);
        c -= vec4(-0.12970284, 0.2828995, -0.07013629, -0.065717235) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.006751533, -0.0014280544, 0.0020920634, 0.0013256806);
        c -= vec4(-0.10070563, -0.012427589, 0.025924841, -0.005346365) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_1(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.004554292, -0.055096418, -0.010146549, -0.0010330752);
        c += vec4(-0.03865206, 0.00999044, 0.03376362, 0.0017717888) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.040072408, 0.25722754, -0.16689359, 0.007050093) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.65661645, -0.034140293, -0.26700824, -0.054737043) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.5160748, 0.025931802, -0.08213154, 0.046378776) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.025907151, -0.0064837993, -0.046226427, -0.009454254) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.0018038246, -0.017176729, -0.0014406497, -0.023456283);
        c += vec4(0.0025817351, 0.023150051, -0.005701682, 0.001462774) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.013407787, 0.18381807, 0.03379395, -0.017701559) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.0047602216, -0.026932187, 0.3385249, -0.10710457) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.005337985, 0.019955654, 0.058953293, -0.35292816) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.028163958, 0.0514897, -0.006324731, -0.015357227) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.00019327125, -0.082530625, -0.0024945436, -0.0044080014);
        c += vec4(-0.005051038, 0.0026245478, 0.017555116, 0.00058767066) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.045983057, -0.018579045, 0.095063776, -0.02709345) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.030547354, -0.15283339, 0.066176675, 0.037737362) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.00372254, 0.0577479, 0.058721766, 0.023523828) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.0020393375, 0.002046544, 0.0018356111, -0.00978298) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.0017567748, -0.0043784324, 0.00028157514, 0.00519745);
        c += vec4(-0.018413799, -0.004042272, 0.06834884, 0.020956488) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.71507156, 0.06101527, 0.3179987, 0.04835857) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.010978728, -0.01867551, 0.18472835, 0.7459217) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.038367923, 0.09595978, -0.057031546, 0.47913) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.013979945, -0.04373548, 0.011283399, 0.06777007) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.009423577, -0.023186993, 0.0022953567, 0.0004153746);
        c -= vec4(-0.074600525, -0.028985182, 0.026940852, -0.021295259) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.010698946, -0.010951142, 0.007297342, -0.010383931);
        c -= vec4(-0.11699212, -0.018863078, 0.0068551158, 0.014725572) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0013835585, -0.024924172, -0.009641267, 0.0044413013);
        c -= vec4(-0.013744011, -0.008861648, 0.012196322, -0.001509749) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.006115897, 0.009667463, -0.013928693, -0.0045371247);
        c -= vec4(-0.012531252, -0.025314793, 0.015399028, 0.1507311) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_2(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.005562755, 0.003459427, -0.0065165535, 0.0048086997);
        c += vec4(-0.0346037, 0.024145015, -0.022552112, 0.013563336) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.042204503, -0.01805849, 0.035274394, -0.0806216) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.26462713, 0.04536318, -0.052601177, -0.32137877) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.0698508, -0.016726535, -0.028516592, -0.03579587) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.03649024, 0.0063781175, 0.08476036, -0.06637562) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.00030084187, 0.0107040545, 0.0054431055, 0.003641769);
        c += vec4(-0.02887009, 0.008933169, -0.008244565, 0.017649027) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.012621695, -0.17779101, -0.001136892, -0.03181887) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.104275316, 0.5222838, -0.18488222, -0.30743134) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.27578896, -0.04855934, 0.14532173, -0.1367468) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.012878176, -0.00779141, -0.061734017, 0.0044832365) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.02639088, 0.007182191, 0.0030730767, 0.012550466);
        c += vec4(-0.073373556, 0.016929433, 0.018220462, 0.045315117) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.16005038, 0.07166566, -0.082267396, -0.06648497) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.5204071, 0.6304584, 0.32284212, -0.80974287) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.21787603, 0.009980655, 0.0065469746, -0.07009777) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.019759128, -0.05344426, -0.040833235, 0.10452862) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(0.00067922525, -0.00020523503, -0.0017037394, 0.00035650723);
        c += vec4(-0.028903473, -0.017042877, -0.03567526, 0.0038200172) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.13079365, 0.06657106, -0.13978504, 0.08426837) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(-0.39507538, 0.060276452, -0.63806456, 0.031942826) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.14943007, -0.029126322, -0.09078935, -0.034225173) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.025826333, -0.021648258, -0.08675743, 0.020169808) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.011350564, 0.0016119907, -0.003679582, 0.001418054);
        c -= vec4(0.14188026, 0.028061047, 0.07797469, -0.18283111) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.007876562, 0.009245954, 0.0068990802, 0.0006533646);
        c -= vec4(0.024561277, -0.002950924, -0.048334554, -0.083965994) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.010982562, 0.0088369595, 0.004394142, 0.0008613629);
        c -= vec4(0.07846582, 0.21366233, 0.025846161, -0.27217197) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0044750324, -0.0042664115, 0.01228301, 0.009100029);
        c -= vec4(0.022066899, 0.047441296, -0.08120383, -0.06370292) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_3(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.00143957, 0.00014833722, -0.0008370247, -0.0006195377);
        c += vec4(0.014323224, -0.077342525, -0.091482915, -0.0129732955) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.0199872, -0.054068185, -0.13855223, 0.05505817) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.049876824, -0.9642565, 0.1350706, -0.1740546) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.04927218, 0.016619965, 0.061977584, -0.012500236) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.0042122602, -0.0031882206, 0.007538225, 0.026277253) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.011709072, 0.00014174399, -0.00052138494, 0.0009279081);
        c += vec4(-0.0029031443, 0.01709744, -0.07466591, 0.07960555) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.04098604, -0.044739034, -0.085770115, -0.11835657) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.5068068, 0.035809517, 0.06031844, 0.80415154) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.52086276, -0.0007714267, 0.046244793, 0.61463124) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.004043044, 0.010980622, 0.05970507, -0.0027197246) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(9.581416e-05, -0.0019680914, 0.0058382945, 0.0048664687);
        c += vec4(-0.018020347, 0.026437985, 0.04221302, -0.025852377) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.0021153355, 0.17154098, 0.2083834, 0.06328174) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.11892284, -0.26924077, 0.655298, 0.056953825) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.111988746, 0.034236826, 0.11381082, -0.094646685) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.010509239, -0.018722663, 0.10571386, -0.017132025) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(0.004329316, -0.00039254682, 0.00018751122, -0.00333949);
        c += vec4(-0.010418017, -0.00945467, -0.024213258, -0.0032525882) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.026238553, 0.19341382, 0.15267532, 0.20424445) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.24275728, -0.12546994, -0.052308783, -0.006011471) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.19645658, -0.038588148, 0.10308065, 0.023823075) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.0687731, 0.018600577, 0.0025410622, -0.14960517) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.0040457044, 0.00044879227, 0.00018542058, 0.0053232405);
        c -= vec4(-0.00038553542, -0.18396048, 0.028568937, -0.029189222) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0021179544, 0.012556801, -0.0031155404, -0.005640105);
        c -= vec4(0.020484364, -0.13709447, -0.021151545, -0.05075477) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.00543864, 0.01164374, -0.00387586, -0.007981378);
        c -= vec4(0.08135798, -0.0015337677, 0.045982625, 0.09357697) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.02559503, -0.0076157404, -0.005411014, 0.003132541);
        c -= vec4(-0.059091013, 0.019038819, -0.06612645, 0.2075583) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_4(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.006853003, 0.002611236, -0.0061379815, -0.08035035);
        c += vec4(-0.040567707, -0.02273476, 0.058059763, 0.01356901) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.1827008, 0.16132233, -0.02205355, -0.0052132355) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.4736964, 0.83264446, 0.81374323, 0.07019717) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.044392552, 0.029027052, 0.06923381, 0.21824357) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.014037966, 0.015252972, 0.012721141, -0.011254732) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.003328645, -0.0038220282, -0.0016616103, -0.031063968);
        c += vec4(0.04789197, 0.009970284, -0.027002156, 0.016837243) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.0932171, 0.01753074, 0.12714301, -0.0041265166) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.81608945, -0.030563917, 0.10284569, 0.03293158) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.09146868, 0.03204066, -0.17507194, 0.08214835) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.063770525, -0.0021479253, 0.02368407, -0.007320936) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.0012085342, -0.00017759642, -8.3905215e-05, 0.0075081047);
        c += vec4(-0.0025915585, -0.010594373, 0.018013304, 0.009897465) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.052312404, -0.21958725, -0.041105308, 0.011213609) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.19053388, 0.23945504, 0.21709524, -0.041621085) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.12676388, -0.009739153, 0.03044499, 0.02278673) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.02189029, 6.754608e-05, -0.00034164474, -0.00013134642) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.00021838267, -0.0005641519, -0.002717242, -0.1481689);
        c += vec4(-0.010038527, 0.006300841, 0.053658914, -0.036675245) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.10861403, -0.19149405, 0.14714448, -0.17136678) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.03534294, 0.15414692, 0.3410653, -0.11408085) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.045989443, -0.0023873698, 0.026632259, -0.07260808) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.08657534, -0.0079971, 0.062062003, 0.020960974) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.013104181, -0.020260949, -0.015421597, -0.007889916);
        c -= vec4(-0.075790614, 0.15072015, 0.10018117, 0.011253131) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0059438003, -0.0092310645, -0.000955031, -0.045008417);
        c -= vec4(0.00964137, 0.13144313, 0.08577549, 0.029785719) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0033621937, 0.0067344415, -0.006385337, 0.014289196);
        c -= vec4(0.2052875, -0.044690415, -0.043863878, -0.032315534) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.012611428, 0.0028616, -0.0069900956, -0.03083663);
        c -= vec4(0.11347086, -0.022164766, 0.1016003, 0.03216328) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_5(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.00021372853, -0.00014131809, 0.002438373, -0.005016363);
        c += vec4(-0.014027539, 0.049776748, -0.008146723, -0.04522807) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.062932536, -0.13372546, 0.008286876, -0.21613592) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.18460785, 0.4360225, -0.07608911, -0.58341074) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.2069915, -0.22876312, 0.1255829, -0.12170031) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(-0.04040909, 0.07891348, -0.036074653, 0.004416704) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.005699847, -0.0016534931, 0.0010061667, 0.003410685);
        c += vec4(-0.001512778, 0.10131464, -0.026101306, -0.009437616) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.03341457, -0.07215405, 0.15645784, -0.2953893) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.16001643, -0.12996824, -0.6368978, -0.5635602) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.21232419, 0.592677, 0.11108738, -0.07713025) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.023433829, -0.20176929, -0.0052880994, 0.0020209872) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.0020780247, 0.0070718904, 0.0047551035, 0.0020819455);
        c += vec4(0.012885245, -0.064441055, -0.036856968, -0.02472504) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.046412338, 0.05139654, -0.036915775, 0.12962997) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.06776184, -0.37243754, -0.45420736, -0.20045854) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.008967551, -0.2648018, -0.39595652, 0.120983005) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.010663484, 0.28213954, 0.026884682, -0.014968325) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(0.0031957128, -0.00061408017, -0.0066345916, 0.0016556701);
        c += vec4(0.015988812, -0.116030246, 0.038819034, -0.019385625) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.12883334, 0.10057997, -0.1496626, 0.06495241) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.53011835, -0.09805154, -0.4480091, -0.1035986) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.100030884, 0.050016575, -0.2043395, 0.10329535) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(0.0025702883, 0.07668948, -0.004098944, -0.025799995) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.0012710575, 0.00438223, 0.0031612795, -0.0046795923);
        c -= vec4(0.0043924362, -0.013425067, -0.08081551, -0.10838771) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.00553743, -0.0037761135, 0.0061700363, 0.0037217024);
        c -= vec4(0.041771352, 0.037350107, -0.075806566, -0.051080287) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(2.6568032e-05, 0.01571345, 0.0023095817, -0.0012133919);
        c -= vec4(-0.029228648, -0.03190448, -0.1766482, -0.06914038) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0065825554, -0.01004789, -0.0034233357, 0.008149076);
        c -= vec4(0.10815498, -0.093278125, -0.13830411, -0.11515227) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_6(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.004435087, -0.0044864053, 0.0044438126, 0.012358367);
        c += vec4(0.07974109, 0.07328076, 0.01731601, -0.077736326) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.0817222, -0.022853818, -0.020823285, 0.39028558) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.08328793, 0.15932685, 0.053961623, 0.54983795) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.2088705, 0.03710187, -0.007845463, 0.04931559) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.02877256, 0.014700168, -0.03626369, 0.00042935618) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.005153369, 0.007889941, 0.007921797, 0.0065937857);
        c += vec4(0.06933215, -0.011544282, -0.015468332, 0.023079492) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(-0.10532883, 0.00044179443, -0.018864386, -0.05112944) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(-0.06678859, -0.35719067, 0.2079264, -0.051115144) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.056183685, 0.099030845, -0.048465837, 0.27951553) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.06854973, -0.039786212, -0.01422899, 0.010386708) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.0065488876, -0.00395659, 0.003134735, 0.0028419872);
        c += vec4(-0.11841794, 0.051173065, 0.008043163, -0.12521553) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.18806773, -0.086362295, 0.04095554, 0.33681098) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.2694021, 0.1450378, -0.0025998726, 0.27867204) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(0.048548084, -0.029580604, 0.018763604, 0.18145144) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.045955673, 0.07216429, -0.0006599744, 0.18154743) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.0063517843, 0.0040339297, 0.0016220975, 0.002018992);
        c += vec4(-0.1041627, -0.008927031, 0.00031987135, -0.0710996) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(-0.24781667, 0.064977534, 0.057675537, 0.12843414) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.36692116, -0.36519986, 0.27116045, 0.073396124) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.027917521, -0.03068283, -0.062629074, 0.06793767) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.014930672, 0.0039647026, -0.020456076, 0.023999756) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(-0.010175544, -0.0057433606, -0.006305881, 0.011533168);
        c -= vec4(-0.055733822, 0.06574368, -0.0041155135, 0.2176272) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(-0.0074913627, 0.003646797, 0.0022166108, -0.021589966);
        c -= vec4(0.06999979, -0.05635452, 0.064505935, -0.058598924) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.006101762, 0.00030012286, 0.007299271, -0.026325766);
        c -= vec4(0.059934374, -0.030820739, 0.024885315, -0.22002743) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.008075217, 0.0058252327, -0.0018431987, 0.026457325);
        c -= vec4(-0.01944803, -0.1026686, 0.080391385, 0.27927515) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

vec4 tail_edges_7(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.0010372059, -0.0060685705, 0.0033661202, 0.0015492147);
        c += vec4(-0.0004237934, -0.041095734, 0.04153572, 0.04305411) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.00017469759, -0.00773651, -0.056358095, 0.09316914) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(0.024644485, 0.19735037, -0.041001156, -0.17976496) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.017796133, -0.053421635, -0.39749196, -0.0051624733) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.0032415662, 0.02599853, 0.021170856, 0.011468848) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.y == last.y) {
        c += vec4(-0.0015813423, -0.004458016, 0.0076583438, -0.004260986);
        c += vec4(0.018445969, 0.013053362, -0.09724569, -0.05028811) * tail_input(p + ivec2(-2, 0), last, 0).x;
        c += vec4(0.014970702, 0.14569011, -0.14923085, 0.26995802) * tail_input(p + ivec2(-1, 0), last, 0).x;
        c += vec4(1.1748137, -0.14274724, -0.2844228, -0.1666722) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.0062172287, -0.075624675, 0.026529323, 0.03312035) * tail_input(p + ivec2(1, 0), last, 0).x;
        c += vec4(0.018755337, 0.05134645, 0.045959096, 0.04915207) * tail_input(p + ivec2(2, 0), last, 0).x;
    }
    if (p.x == 0) {
        c += vec4(-0.00066292245, -0.007112766, 0.0025108946, -0.009566764);
        c += vec4(0.0066741616, -0.09036551, -0.03566917, 0.07539604) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.0023985785, 0.121430546, 0.019208297, -0.005223459) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.30776468, 0.08687356, -0.2840452, 0.6089844) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.29236105, -0.08057536, -0.37364876, 0.6702878) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.018926192, 0.04166284, 0.024042973, 0.015940316) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.x == last.x) {
        c += vec4(-0.002583952, -0.005808992, -0.0076821996, 0.0016912643);
        c += vec4(0.0021827011, 0.101072125, -0.0030107957, -0.0029141933) * tail_input(p + ivec2(0, -2), last, 0).x;
        c += vec4(0.0070385365, -0.17670834, -0.21374314, 0.09201441) * tail_input(p + ivec2(0, -1), last, 0).x;
        c += vec4(0.21078366, 0.105436705, -0.21063925, -0.25326055) * tail_input(p + ivec2(0, 0), last, 0).x;
        c += vec4(-0.20815253, 0.20527808, -0.072664514, -0.0799237) * tail_input(p + ivec2(0, 1), last, 0).x;
        c += vec4(-0.013867964, -0.075179845, 0.07369168, 0.053334687) * tail_input(p + ivec2(0, 2), last, 0).x;
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.008794216, 0.00961102, 0.012456532, -0.0030721375);
        c -= vec4(-0.024217209, 0.17733261, 0.001461168, -0.07708209) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.009998422, -0.018709581, -0.021660374, 0.0065675797);
        c -= vec4(-0.02500293, -0.071374185, -0.04957914, -0.013794528) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(-0.0069006104, -0.026504066, -0.01530728, -0.009217983);
        c -= vec4(0.16276604, -0.26356602, -0.104745366, 0.05129022) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(-0.0093490295, 0.0035588627, 0.022812601, 0.0063215764);
        c -= vec4(0.1763949, 0.0055728443, -0.026745709, -0.07997035) * tail_input(p + ivec2(0, 0), last, 0).x;
    }
    return c;
}

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
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

    // 2 slices of 8x4 threads share the pixels, each computing 4 of the 8 output groups.
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 4);
    int slice = int(gl_LocalInvocationID.y) / 4;
    int at = local.y * 12 + local.x;
    if (slice == 0) {
        vec4 a0_0 = vec4(-0.016070032, -0.0031927645, 0.03345682, 0.013991656);
        vec4 a0_1 = vec4(-0.0013011362, -0.51531124, -0.0034510088, -0.0015642408);
        vec4 a0_2 = vec4(-0.007862495, 0.014349595, 0.00356378, -0.00038671726);
        vec4 a0_3 = vec4(-0.0007809647, 0.011801541, -0.0049112635, -0.0022514025);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_0 = vec4(0.00603451, 0.0069609806, -0.008396339, 0.018201081);
            vec4 w0_1 = vec4(-0.0017366619, 0.0122455275, -0.0026422904, 0.005666533);
            vec4 w0_2 = vec4(-0.00069484144, -0.018336192, -0.017296556, 0.015912382);
            vec4 w0_3 = vec4(0.0011404151, 0.00399525, -0.026173895, 0.002964977);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_0 = vec4(-0.007274679, 0.0013923533, 0.068608254, -0.025113368);
            vec4 w0_1 = vec4(-0.0032105956, -0.012813579, -0.011117535, 0.0013644353);
            vec4 w0_2 = vec4(0.025879608, 0.026528627, -0.022483988, -0.06606603);
            vec4 w0_3 = vec4(0.004629075, -0.008725534, -0.21496181, -0.023111193);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_0 = vec4(-0.00049656536, -0.0057092127, -0.068577506, -0.01047698);
            vec4 w0_1 = vec4(-0.008441855, 0.0017816866, 0.014137258, -0.0020639282);
            vec4 w0_2 = vec4(-0.07302982, -0.0070124622, 0.0026215506, 0.17890565);
            vec4 w0_3 = vec4(-0.025128476, -0.020275634, 0.14203992, 0.004478706);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_0 = vec4(0.004076908, -0.0029222292, 0.018054498, 0.019112034);
            vec4 w0_1 = vec4(0.004131966, -0.020301824, -0.0166624, 0.0017833081);
            vec4 w0_2 = vec4(0.04404872, 0.01625161, 0.011087829, -0.14884819);
            vec4 w0_3 = vec4(0.002572754, 0.0007570202, 0.1054536, 0.03547507);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_0 = vec4(-0.0006350316, 0.00027953598, -0.0016516517, -0.0072941235);
            vec4 w0_1 = vec4(0.0042510144, 0.0060949028, 0.0001390137, -0.007354577);
            vec4 w0_2 = vec4(-0.0043647615, -0.00204697, 0.02698298, 0.010332247);
            vec4 w0_3 = vec4(0.017639404, 0.013745638, -0.020796075, 0.0051013622);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_0 = vec4(0.00076727866, -0.004463426, 0.000528195, -0.020858496);
            vec4 w0_1 = vec4(0.0012141624, -0.028508836, 0.0076784757, -0.005550326);
            vec4 w0_2 = vec4(-0.008376846, -0.008863863, 0.02926509, 0.005956965);
            vec4 w0_3 = vec4(-0.016945064, 0.008783897, 0.13747723, 0.017439663);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_0 = vec4(0.033697233, 0.022645324, -0.09656793, -0.10751005);
            vec4 w0_1 = vec4(-0.015667867, -0.10373109, -0.09832054, 0.008042489);
            vec4 w0_2 = vec4(0.062966175, -0.0726761, 0.104756415, -0.0022576593);
            vec4 w0_3 = vec4(0.017894512, -0.05457838, 0.27722633, -0.113448344);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_0 = vec4(-0.1410255, -0.021499412, 0.18069959, -0.4693186);
            vec4 w0_1 = vec4(1.2769748, -0.042684287, 1.287335, -0.035309408);
            vec4 w0_2 = vec4(-0.29081437, 0.11901575, -0.08894594, -0.24418645);
            vec4 w0_3 = vec4(-0.00904023, 1.4079964, -0.20664051, 0.19601065);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_0 = vec4(0.00980131, 0.008269815, 0.005849467, 0.029449543);
            vec4 w0_1 = vec4(0.020728229, -0.024373129, -0.19197698, 0.012119873);
            vec4 w0_2 = vec4(-0.23418765, -0.09130327, 0.0655208, 0.21323898);
            vec4 w0_3 = vec4(0.015471176, -0.10672472, -0.17726904, 0.071807474);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_0 = vec4(0.009342702, -0.0054876003, -0.009850421, -0.005173543);
            vec4 w0_1 = vec4(-0.011419437, 0.004327039, 0.010025509, 0.034653585);
            vec4 w0_2 = vec4(-0.0017068876, 0.0062232898, -0.10432472, 0.05483076);
            vec4 w0_3 = vec4(-0.0010457167, -0.019617721, 0.014326606, -0.094519526);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_0 = vec4(0.007044181, 0.00822816, -0.030666456, 0.02391142);
            vec4 w0_1 = vec4(0.0008967628, -0.0032574008, 0.004990347, -0.0011835478);
            vec4 w0_2 = vec4(0.011728359, 0.020378666, -0.009759683, 0.018316083);
            vec4 w0_3 = vec4(0.009412736, -0.017281026, -0.21903704, 0.011761827);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_0 = vec4(-0.10095259, -2.911438, 0.22366354, -0.055822857);
            vec4 w0_1 = vec4(0.011268273, 1.1143088, -0.19764195, 0.030819846);
            vec4 w0_2 = vec4(-0.17151766, -0.54221666, -0.32019198, -0.051567674);
            vec4 w0_3 = vec4(-0.00033074658, 0.0964386, -1.3306545, -0.14685741);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_0 = vec4(-1.1515299, 2.9280546, -0.65089035, 0.700715);
            vec4 w0_1 = vec4(0.009679795, -0.097839125, -0.052993927, 0.049572587);
            vec4 w0_2 = vec4(0.93405104, 1.6406511, -0.97932667, 0.36085206);
            vec4 w0_3 = vec4(1.6585314, -1.3689442, 1.4872438, 0.7905624);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_0 = vec4(0.002512219, -0.03150804, 0.3309032, -0.05819483);
            vec4 w0_1 = vec4(-1.2958885, -2.2230726e-05, -0.31182045, -1.5051198);
            vec4 w0_2 = vec4(0.010773042, 0.0043041175, 1.097557, -0.25764892);
            vec4 w0_3 = vec4(-1.632158, 0.075199775, -0.017879434, 0.77381545);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_0 = vec4(-0.004228384, 0.0091418745, -0.06076558, 0.01666967);
            vec4 w0_1 = vec4(0.0016606277, -0.002344836, -0.024907444, -0.00034490752);
            vec4 w0_2 = vec4(0.050825417, 0.01764495, 0.14240494, -0.09925946);
            vec4 w0_3 = vec4(-0.043171816, 0.018051479, 0.047451496, -0.006862801);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_0 = vec4(-0.016519086, -0.012458625, 0.022421326, -0.006073185);
            vec4 w0_1 = vec4(-0.000501391, -0.051698714, -0.016792119, -0.011020136);
            vec4 w0_2 = vec4(0.016181577, 0.015573097, 0.010486658, 0.00028401308);
            vec4 w0_3 = vec4(-0.0038144, 0.021008413, 0.15709288, -0.026394622);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_0 = vec4(-0.06571231, 0.023507945, -0.039102856, 0.031938624);
            vec4 w0_1 = vec4(-0.009508795, -0.11393482, 0.074650414, -0.039667986);
            vec4 w0_2 = vec4(0.0026569434, -0.39568263, -0.04453101, 0.037653953);
            vec4 w0_3 = vec4(-0.007830596, -0.008760828, 0.2661034, 0.26533076);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_0 = vec4(1.5859782, -0.017677667, 0.13283175, -0.049584374);
            vec4 w0_1 = vec4(-0.0072618523, 0.011103708, -0.5044914, 1.4574225);
            vec4 w0_2 = vec4(-0.33585006, -0.70385355, -0.10372612, -0.2719739);
            vec4 w0_3 = vec4(-1.6549433, 0.014254825, -0.22651115, -0.96790564);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_0 = vec4(-0.15183571, 0.016379384, -0.054128453, -0.003886801);
            vec4 w0_1 = vec4(0.008894891, -0.045392796, 0.007827932, 0.043261968);
            vec4 w0_2 = vec4(-0.048186004, -0.021883937, 0.3246229, 0.17930944);
            vec4 w0_3 = vec4(1.6283331, -0.03734266, -0.17211378, -0.7925725);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_0 = vec4(-0.008764455, -0.011795621, 0.02017974, -0.0009408039);
            vec4 w0_1 = vec4(0.006554456, -0.0280198, 0.02262993, -0.024118727);
            vec4 w0_2 = vec4(-0.006851958, 0.008399384, -0.11875787, 0.07147833);
            vec4 w0_3 = vec4(0.039051306, 0.0026023588, -0.020111987, 0.01171507);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_0 = vec4(0.0019423204, 0.008009848, 0.00068181567, -0.0109865405);
            vec4 w0_1 = vec4(-0.0015056096, 0.02607537, 0.019972863, 0.007571415);
            vec4 w0_2 = vec4(-0.02039241, -0.006979739, -0.001349268, 0.035229582);
            vec4 w0_3 = vec4(0.009236068, -0.014851782, -0.046401873, -0.005902043);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_0 = vec4(0.04888037, 0.006396949, 0.022479624, 0.023709122);
            vec4 w0_1 = vec4(0.0074502504, -0.018023973, -0.019787025, -0.012977989);
            vec4 w0_2 = vec4(0.008488938, 0.0026814053, 0.05273563, -0.10813135);
            vec4 w0_3 = vec4(-0.013605979, 0.014814632, -0.14192916, 0.02850639);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_0 = vec4(-0.13186526, -0.010490796, -0.013707456, 0.0020842408);
            vec4 w0_1 = vec4(0.00038802347, -0.077324085, 0.015325016, -0.02641412);
            vec4 w0_2 = vec4(0.024750123, 0.004578374, -0.05485712, 0.19585449);
            vec4 w0_3 = vec4(0.026554925, -0.028009571, 0.12059528, 0.021311553);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_0 = vec4(0.06308452, -0.005526385, -0.027102487, -0.01578775);
            vec4 w0_1 = vec4(-0.0024422873, 0.022076033, -0.024024058, 0.01912414);
            vec4 w0_2 = vec4(0.022583706, 0.015811795, -0.053593215, -0.12610734);
            vec4 w0_3 = vec4(-0.0096395705, 0.029740073, 0.08723066, -0.13224693);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_0 = vec4(0.0062696114, 0.0029369183, 0.021996541, 0.0043999003);
            vec4 w0_1 = vec4(0.0038914315, 0.0058171772, 0.00787832, 0.002600119);
            vec4 w0_2 = vec4(-0.027046198, -0.019445064, 0.05288863, -0.0018845268);
            vec4 w0_3 = vec4(-0.0120154545, -0.011551838, -0.022422154, 0.07559312);
            a0_0 += (w0_0 * v0_0);
            a0_1 += (w0_1 * v0_0);
            a0_2 += (w0_2 * v0_0);
            a0_3 += (w0_3 * v0_0);
        }

        ivec2 p0 = origin + local + ivec2(0, 0);
        ivec2 c0 = min(p0, last);
        a0_0 -= vec4(tail_edges_0(c0, last));
        a0_0 = max(a0_0, vec4(0.0));
        a0_1 -= vec4(tail_edges_1(c0, last));
        a0_1 = max(a0_1, vec4(0.0));
        a0_2 -= vec4(tail_edges_2(c0, last));
        a0_2 = max(a0_2, vec4(0.0));
        a0_3 -= vec4(tail_edges_3(c0, last));
        a0_3 = max(a0_3, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(4, 2);
            imageStore(out_image, o + ivec2(0, 0), round_half(vec4(a0_0)));
            imageStore(out_image, o + ivec2(1, 0), round_half(vec4(a0_1)));
            imageStore(out_image, o + ivec2(2, 0), round_half(vec4(a0_2)));
            imageStore(out_image, o + ivec2(3, 0), round_half(vec4(a0_3)));
        }
    } else if (slice == 1) {
        vec4 a0_4 = vec4(-0.0019202133, -0.0012662719, 0.008419061, -1.422901);
        vec4 a0_5 = vec4(0.0017895214, -0.0016438982, -4.656549e-05, -0.0007815164);
        vec4 a0_6 = vec4(-0.0050323443, 0.013288296, -0.0027892468, -0.002222803);
        vec4 a0_7 = vec4(-0.00230979, -0.001152356, -0.001163661, -0.006352719);
        {   // tap (-2, -2)
            float v0_0 = tile[at + 0];
            vec4 w0_4 = vec4(-0.00069853757, 0.00967458, -0.0030507096, 0.0017420355);
            vec4 w0_5 = vec4(-0.0018083428, 0.0027789955, -0.0029219599, 0.019014878);
            vec4 w0_6 = vec4(0.10159704, 0.024791125, -0.011114187, 0.28014758);
            vec4 w0_7 = vec4(-4.8846534e-05, -0.12103908, 0.07895671, -0.008501426);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-1, -2)
            float v0_0 = tile[at + 1];
            vec4 w0_4 = vec4(-0.010348151, -0.00022063479, 0.051442537, 0.0031724784);
            vec4 w0_5 = vec4(-0.0049452716, 0.11586697, -0.018227791, 0.005492015);
            vec4 w0_6 = vec4(0.06140591, -0.033116575, -0.0015526001, -0.07917802);
            vec4 w0_7 = vec4(-0.005928915, 0.21290866, -0.08663866, -0.07400582);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (0, -2)
            float v0_0 = tile[at + 2];
            vec4 w0_4 = vec4(0.0061181216, -0.006482013, -0.06904383, 0.0040239696);
            vec4 w0_5 = vec4(-0.00047939268, -0.23160939, 0.042532068, -0.042652197);
            vec4 w0_6 = vec4(-0.21565765, 0.02132765, -0.013729968, -0.18258439);
            vec4 w0_7 = vec4(0.006946683, 0.03594879, 0.009021601, 0.06880204);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (1, -2)
            float v0_0 = tile[at + 3];
            vec4 w0_4 = vec4(0.014096808, -0.0058808927, 0.0018554801, -0.011199074);
            vec4 w0_5 = vec4(0.010999241, 0.176999, -0.02252985, 0.02624384);
            vec4 w0_6 = vec4(-0.01731534, -0.011967594, 0.0033540141, 0.035091404);
            vec4 w0_7 = vec4(-0.004282029, -0.069078244, 0.23148102, 0.009267221);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (2, -2)
            float v0_0 = tile[at + 4];
            vec4 w0_4 = vec4(-0.011993752, 0.0041516316, 0.018082287, 0.007248851);
            vec4 w0_5 = vec4(-0.0018035633, -0.047431823, -0.004105458, -0.0029650114);
            vec4 w0_6 = vec4(0.061139364, 0.008269309, -0.0068157264, -0.030102879);
            vec4 w0_7 = vec4(0.0010709595, -0.044482484, -0.2266671, -0.0013145433);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-2, -1)
            float v0_0 = tile[at + 12];
            vec4 w0_4 = vec4(0.020532543, 0.0011733407, -0.0058831703, -0.0020845302);
            vec4 w0_5 = vec4(0.0028514594, -0.1638456, 0.037080918, -0.041912135);
            vec4 w0_6 = vec4(-0.38141748, -0.067970246, -0.008169568, -0.18917523);
            vec4 w0_7 = vec4(-3.9692597e-05, 0.19376557, -0.07749537, 0.051506676);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-1, -1)
            float v0_0 = tile[at + 13];
            vec4 w0_4 = vec4(-0.08441741, 0.015982406, -0.07990404, -0.018622184);
            vec4 w0_5 = vec4(0.0010167502, 0.09281839, -0.0077582477, 0.33212683);
            vec4 w0_6 = vec4(0.7632604, 0.03377924, -0.014052608, -0.7502292);
            vec4 w0_7 = vec4(0.009098567, -0.4525081, -0.100069344, 0.15706263);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (0, -1)
            float v0_0 = tile[at + 14];
            vec4 w0_4 = vec4(0.9740375, -1.7259083, -0.4838967, 0.019638453);
            vec4 w0_5 = vec4(-0.018372968, -0.06086602, -0.06937217, 0.7016345);
            vec4 w0_6 = vec4(-0.8192771, -0.023954256, -0.029022586, -0.14878121);
            vec4 w0_7 = vec4(-0.025182249, -0.24694747, -0.14813367, -0.10165041);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (1, -1)
            float v0_0 = tile[at + 15];
            vec4 w0_4 = vec4(-0.10479616, 0.044042826, -0.3351016, -0.066591);
            vec4 w0_5 = vec4(0.037012313, -0.103470325, -0.012840986, -0.00842451);
            vec4 w0_6 = vec4(0.7955504, 0.011333282, -0.025671322, 0.0750648);
            vec4 w0_7 = vec4(0.013712076, 0.41706988, 0.59018284, -0.081624426);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (2, -1)
            float v0_0 = tile[at + 16];
            vec4 w0_4 = vec4(0.011488672, 0.007098823, -0.0015080939, -0.008368847);
            vec4 w0_5 = vec4(-0.024291186, 0.0147171505, 0.040006883, -0.01832927);
            vec4 w0_6 = vec4(-0.24974993, -0.027517244, -0.0057340623, 0.061635073);
            vec4 w0_7 = vec4(-0.002690723, -0.033988163, 0.1573016, 0.0175827);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-2, 0)
            float v0_0 = tile[at + 24];
            vec4 w0_4 = vec4(-0.005022609, -0.0024105886, 0.030248605, 0.010250082);
            vec4 w0_5 = vec4(0.0032466264, 0.23395303, -0.062493023, 0.047255825);
            vec4 w0_6 = vec4(0.412099, 0.0388104, -0.005727769, -0.10857503);
            vec4 w0_7 = vec4(-0.008903129, -0.07060172, 0.088710226, -0.06698609);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-1, 0)
            float v0_0 = tile[at + 25];
            vec4 w0_4 = vec4(-0.05304711, -0.02149745, -0.23793179, 0.0131374);
            vec4 w0_5 = vec4(-0.063513875, 0.05493317, 0.6465069, -0.7289306);
            vec4 w0_6 = vec4(-0.94328636, 0.017797409, -0.024712877, -0.062181897);
            vec4 w0_7 = vec4(-0.009324894, -0.7285603, -0.12627095, -0.6778849);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (0, 0)
            float v0_0 = tile[at + 26];
            vec4 w0_4 = vec4(0.16021521, 1.6963879, 1.4796715, -0.045960147);
            vec4 w0_5 = vec4(1.7774979, -0.08674041, -1.1069534, -1.2266177);
            vec4 w0_6 = vec4(0.94238305, -0.029807074, 0.5678816, 0.9111596);
            vec4 w0_7 = vec4(2.5744107, 1.164363, -0.89793605, 0.6753739);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (1, 0)
            float v0_0 = tile[at + 27];
            vec4 w0_4 = vec4(0.004965086, 0.021628927, -0.33459336, 1.6187507);
            vec4 w0_5 = vec4(-1.7335625, 0.36752945, 0.62362784, -0.078109466);
            vec4 w0_6 = vec4(-0.9396094, 0.04018703, -0.12957808, 0.3660273);
            vec4 w0_7 = vec4(-0.013105052, -0.3214913, -0.14869525, 0.12543745);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (2, 0)
            float v0_0 = tile[at + 28];
            vec4 w0_4 = vec4(0.0127599, -0.016228745, 0.014405728, -0.008946196);
            vec4 w0_5 = vec4(0.02856848, -0.078711145, -0.06501928, 0.04503211);
            vec4 w0_6 = vec4(0.33717903, -0.0024310797, -0.004454316, 0.045038186);
            vec4 w0_7 = vec4(-0.009091017, 0.058148433, 0.20367764, -0.002861874);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-2, 1)
            float v0_0 = tile[at + 36];
            vec4 w0_4 = vec4(-0.023621634, -0.00909848, -0.016372412, -0.011676181);
            vec4 w0_5 = vec4(-0.004286821, -0.30959, 0.013812563, -0.04918243);
            vec4 w0_6 = vec4(-0.18695433, 0.002726922, 0.020518871, 0.07609745);
            vec4 w0_7 = vec4(0.007824381, 0.056031696, 0.19619907, 0.021753963);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-1, 1)
            float v0_0 = tile[at + 37];
            vec4 w0_4 = vec4(0.15344496, 0.0014031687, 0.040110942, -0.019895578);
            vec4 w0_5 = vec4(0.039064895, 0.20178118, 0.3248025, 0.36829358);
            vec4 w0_6 = vec4(0.16098155, 0.052780394, -0.04024393, 0.052333005);
            vec4 w0_7 = vec4(0.006552512, 0.9587365, 0.67346096, -0.86054426);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (0, 1)
            float v0_0 = tile[at + 38];
            vec4 w0_4 = vec4(-1.1283506, 0.0033852684, -0.11289394, 0.012354296);
            vec4 w0_5 = vec4(-0.015390813, -0.24625275, -0.63377035, 0.66115075);
            vec4 w0_6 = vec4(0.13106532, 0.07541367, -0.13128506, 0.30744398);
            vec4 w0_7 = vec4(-2.5606883, -0.6370981, -0.16619495, 0.5181842);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (1, 1)
            float v0_0 = tile[at + 39];
            vec4 w0_4 = vec4(0.09207636, -0.01595177, 0.0493785, -0.06728429);
            vec4 w0_5 = vec4(-0.014708312, -0.05528846, 0.27745762, 0.0089012915);
            vec4 w0_6 = vec4(0.16561013, 0.034404673, -0.0076456103, -0.42545688);
            vec4 w0_7 = vec4(0.0177659, -0.42622998, -0.1784816, 0.2508891);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (2, 1)
            float v0_0 = tile[at + 40];
            vec4 w0_4 = vec4(-0.024364943, 0.00054133893, -0.012642648, 0.0045214733);
            vec4 w0_5 = vec4(-0.017606223, -0.07297457, -0.0024903396, -0.02107847);
            vec4 w0_6 = vec4(-0.17155036, 0.0053883092, -0.020164564, -0.22127646);
            vec4 w0_7 = vec4(0.007414768, 0.09614818, -0.10180579, -0.019306142);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-2, 2)
            float v0_0 = tile[at + 48];
            vec4 w0_4 = vec4(0.005823678, 0.0012758651, 0.0036142895, 0.0011526417);
            vec4 w0_5 = vec4(0.004418548, 0.23430686, 0.009953186, 0.01798698);
            vec4 w0_6 = vec4(0.05128965, -0.003167785, -0.008316225, -0.055473503);
            vec4 w0_7 = vec4(0.002670157, -0.06882589, -0.2663033, -0.0038992476);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (-1, 2)
            float v0_0 = tile[at + 49];
            vec4 w0_4 = vec4(0.016569303, 0.007240826, -0.0060899537, 0.00912407);
            vec4 w0_5 = vec4(-0.008837632, -0.46292627, -0.02839537, 0.014796916);
            vec4 w0_6 = vec4(0.004581999, -0.0866466, -0.010299381, 0.019644473);
            vec4 w0_7 = vec4(-0.0058141435, -0.055365108, 0.28693345, 0.09504379);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (0, 2)
            float v0_0 = tile[at + 50];
            vec4 w0_4 = vec4(-0.04550057, -0.015727902, 0.0508693, -0.003344479);
            vec4 w0_5 = vec4(-0.022266015, 0.63644177, 0.049468268, -0.05318173);
            vec4 w0_6 = vec4(-0.11419839, 0.12790123, -0.0022374254, 0.14753217);
            vec4 w0_7 = vec4(0.007830088, -0.07851753, 0.10883214, 0.017378967);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (1, 2)
            float v0_0 = tile[at + 51];
            vec4 w0_4 = vec4(0.01394492, 0.0048817717, -0.023638276, -0.014702417);
            vec4 w0_5 = vec4(0.02062667, -0.39023855, -0.057077274, 0.022669949);
            vec4 w0_6 = vec4(0.043285802, -0.017843075, 0.003309118, -0.24273728);
            vec4 w0_7 = vec4(-0.014269245, 0.21251376, -0.110494174, -0.10858703);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }
        {   // tap (2, 2)
            float v0_0 = tile[at + 52];
            vec4 w0_4 = vec4(0.006631937, 0.0008558604, -0.011512736, 0.00036042277);
            vec4 w0_5 = vec4(0.009233547, 0.17799658, 0.028188758, 0.00027629695);
            vec4 w0_6 = vec4(0.009380834, -0.0025441444, 0.0055086184, 0.11752815);
            vec4 w0_7 = vec4(0.0057628597, -0.05113864, 0.010836725, -0.0015459099);
            a0_4 += (w0_4 * v0_0);
            a0_5 += (w0_5 * v0_0);
            a0_6 += (w0_6 * v0_0);
            a0_7 += (w0_7 * v0_0);
        }

        ivec2 p0 = origin + local + ivec2(0, 0);
        ivec2 c0 = min(p0, last);
        a0_4 -= vec4(tail_edges_4(c0, last));
        a0_4 = max(a0_4, vec4(0.0));
        a0_5 -= vec4(tail_edges_5(c0, last));
        a0_5 = max(a0_5, vec4(0.0));
        a0_6 -= vec4(tail_edges_6(c0, last));
        a0_6 = max(a0_6, vec4(0.0));
        a0_7 -= vec4(tail_edges_7(c0, last));
        a0_7 = max(a0_7, vec4(0.0));
        if (all(lessThan(p0, size))) {
            ivec2 o = p0 * ivec2(4, 2);
            imageStore(out_image, o + ivec2(0, 1), round_half(vec4(a0_4)));
            imageStore(out_image, o + ivec2(1, 1), round_half(vec4(a0_5)));
            imageStore(out_image, o + ivec2(2, 1), round_half(vec4(a0_6)));
            imageStore(out_image, o + ivec2(3, 1), round_half(vec4(a0_7)));
        }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_2
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L1
//!BIND ArtCNN_C4F32_T2
//!SAVE ArtCNN_C4F32_L2
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 40 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[2560];
shared float bm[512];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 640 + (lane % 16) * 40;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T2, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T2, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T2, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T2, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T2, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T2, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T2, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T2, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T2, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T2, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T2, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T2, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T2, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T2, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T2, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T2, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T2, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T2, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
    const float bias[32] = float[32](-0.02396743, -0.056946166, -0.0024925207, 0.035545547, -0.020992694, -0.01736431, -0.0062879184, -0.0060842275, 0.011336051, 0.018839965, -0.023679474, -0.0034890934, 0.022788396, -0.0045822696, -0.020859918, -0.011326331, 0.012159538, 0.027312677, 0.00043193233, 0.023529848, -0.003479911, -0.0030607078, -0.020389289, -0.0030999135, -0.0075409655, 0.011567325, 0.016808135, 0.0043578, -0.004008702, 0.010407518, 0.011387981, 0.00903174);
    for (int i = thread; i < 512; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias1;
    coopMatLoadNV(bias1, bm, 256u, 16u, false);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = bias1;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = bias1;

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    for (int i = 0; i < acc0_1.length(); i++)
        acc0_1[i] = max(acc0_1[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 640), 40u, false);
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_1), sh, uint(subgroup * 640 + 16), 40u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    // Every block of this matrix row staged at once (block n in columns 16n to 16n+15): one pair of
    // subgroup barriers a row.
    {
    // Block 0 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    }
    {
    // Block 1 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    for (int i = 0; i < acc1_1.length(); i++)
        acc1_1[i] = max(acc1_1[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 640), 40u, false);
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_1), sh, uint(subgroup * 640 + 16), 40u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    // Every block of this matrix row staged at once (block n in columns 16n to 16n+15): one pair of
    // subgroup barriers a row.
    {
    // Block 0 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    }
    {
    // Block 1 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_3
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L2
//!BIND ArtCNN_C4F32_T3
//!SAVE ArtCNN_C4F32_L3
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 40 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[2560];
shared float bm[512];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 640 + (lane % 16) * 40;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T3, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T3, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T3, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T3, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T3, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T3, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T3, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T3, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T3, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T3, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T3, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T3, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T3, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T3, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T3, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T3, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T3, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T3, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
    const float bias[32] = float[32](0.039891187, 0.010174011, 0.0088016875, 0.03124075, 0.003698658, -0.016067175, 0.018071178, -0.0066997157, -0.0070197433, -0.0028909661, 0.0022303315, -0.0050655375, -0.0075162463, 0.006320994, -0.0097562745, 0.0138484165, 0.0014613448, 0.004918162, -0.017067201, -0.016155604, -0.008679052, -0.0075656734, 0.0066808863, -0.0042160484, 0.00784081, 0.019437116, 0.017370472, 0.0030544482, -0.00282881, 0.0018453137, 0.0010997254, -0.012253036);
    for (int i = thread; i < 512; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias1;
    coopMatLoadNV(bias1, bm, 256u, 16u, false);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = bias1;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = bias1;

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L2_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L2_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    for (int i = 0; i < acc0_1.length(); i++)
        acc0_1[i] = max(acc0_1[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 640), 40u, false);
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_1), sh, uint(subgroup * 640 + 16), 40u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    // Every block of this matrix row staged at once (block n in columns 16n to 16n+15): one pair of
    // subgroup barriers a row.
    {
    // Block 0 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    }
    {
    // Block 1 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    for (int i = 0; i < acc1_1.length(); i++)
        acc1_1[i] = max(acc1_1[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 640), 40u, false);
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_1), sh, uint(subgroup * 640 + 16), 40u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    // Every block of this matrix row staged at once (block n in columns 16n to 16n+15): one pair of
    // subgroup barriers a row.
    {
    // Block 0 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    }
    {
    // Block 1 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_4
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L3
//!BIND ArtCNN_C4F32_T4
//!SAVE ArtCNN_C4F32_L4
//!COMPONENTS 4
//!WIDTH HOOKED.w 4 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 64 16 8

// Tensor cores through GL_NV_cooperative_matrix: NVIDIA GPUs (Turing and later) in libplacebo on
// Vulkan (mpv --vo=gpu-next --gpu-api=vulkan). Other GPUs and APIs cannot run this pass.
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : enable
#extension GL_NV_cooperative_matrix : enable
#extension GL_KHR_memory_scope_semantics : enable
#define HFLOAT float16_t

// Pass outputs are stored as rgba16f, and drivers convert float to half by truncation when they store
// (Mesa; NVIDIA too, measured). Rounding here to the nearest float16 (on the float32 bits: keep 10
// mantissa bits; a tie, an exact midpoint, goes away from zero) makes every driver store the value the
// fp16-storage reference expects. Two integer operations per channel; ties to even took four, and 1 %
// of ArtCNN C4F16's frame time on an H100 (bench/README.md).
vec4 round_half(vec4 x)
{
    return uintBitsToFloat((floatBitsToUint(x) + uvec4(0x1000u)) & uvec4(0xFFFFE000u));
}

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 16x8 pixels (4 tiles, one below the other) with 4 subgroups of 32
// invocations, each 2 rows of 16 pixels: per tap and phase of 16 input channels, a 16x16 matrix of
// pixels x input channels times 16x16 blocks of weights, into float accumulators (2 block(s) of 16
// output channels per row). Input tile (zero outside the frame) and weights in shared memory as float16,
// rows padded to 40 and 40 values (16-byte aligned rows that fall in different banks).
shared HFLOAT xs[7200];
shared HFLOAT ws[11520];
// The accumulators start from the bias (a 16x16 matrix whose every row is it) and take the relu
// element by element; then each subgroup stages one matrix of results at a time as float16, a pixel's
// channels a row of 40 (half the bytes of float; the value the rgba16f store keeps).
shared HFLOAT sh[2560];
shared float bm[512];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(4, 2);
    ivec2 last = size - ivec2(1);
    ivec2 corner = ivec2(gl_WorkGroupID.xy) * ivec2(16, 32);
    int thread = int(gl_LocalInvocationIndex);
    int lane = thread % 32, subgroup = thread / 32;
    int h = subgroup * 640 + (lane % 16) * 40;
    // The weights stay in shared memory for the workgroup's 4 tile(s).
    // Weights: texel (tap * 8 + j, 0 + ci) holds output channels 4j..4j+3 of input channel ci;
    // every fetch is issued before the first store.
    int k0 = thread + 0;
    int o0 = ((k0 / 256) * 32 + (k0 / 8) % 32) * 40 + 4 * (k0 % 8);
    vec4 w0 = texelFetch(ArtCNN_C4F32_T4, ivec2((k0 / 256) * 8 + k0 % 8, 0 + (k0 / 8) % 32), 0);
    int k1 = thread + 128;
    int o1 = ((k1 / 256) * 32 + (k1 / 8) % 32) * 40 + 4 * (k1 % 8);
    vec4 w1 = texelFetch(ArtCNN_C4F32_T4, ivec2((k1 / 256) * 8 + k1 % 8, 0 + (k1 / 8) % 32), 0);
    int k2 = thread + 256;
    int o2 = ((k2 / 256) * 32 + (k2 / 8) % 32) * 40 + 4 * (k2 % 8);
    vec4 w2 = texelFetch(ArtCNN_C4F32_T4, ivec2((k2 / 256) * 8 + k2 % 8, 0 + (k2 / 8) % 32), 0);
    int k3 = thread + 384;
    int o3 = ((k3 / 256) * 32 + (k3 / 8) % 32) * 40 + 4 * (k3 % 8);
    vec4 w3 = texelFetch(ArtCNN_C4F32_T4, ivec2((k3 / 256) * 8 + k3 % 8, 0 + (k3 / 8) % 32), 0);
    int k4 = thread + 512;
    int o4 = ((k4 / 256) * 32 + (k4 / 8) % 32) * 40 + 4 * (k4 % 8);
    vec4 w4 = texelFetch(ArtCNN_C4F32_T4, ivec2((k4 / 256) * 8 + k4 % 8, 0 + (k4 / 8) % 32), 0);
    int k5 = thread + 640;
    int o5 = ((k5 / 256) * 32 + (k5 / 8) % 32) * 40 + 4 * (k5 % 8);
    vec4 w5 = texelFetch(ArtCNN_C4F32_T4, ivec2((k5 / 256) * 8 + k5 % 8, 0 + (k5 / 8) % 32), 0);
    int k6 = thread + 768;
    int o6 = ((k6 / 256) * 32 + (k6 / 8) % 32) * 40 + 4 * (k6 % 8);
    vec4 w6 = texelFetch(ArtCNN_C4F32_T4, ivec2((k6 / 256) * 8 + k6 % 8, 0 + (k6 / 8) % 32), 0);
    int k7 = thread + 896;
    int o7 = ((k7 / 256) * 32 + (k7 / 8) % 32) * 40 + 4 * (k7 % 8);
    vec4 w7 = texelFetch(ArtCNN_C4F32_T4, ivec2((k7 / 256) * 8 + k7 % 8, 0 + (k7 / 8) % 32), 0);
    int k8 = thread + 1024;
    int o8 = ((k8 / 256) * 32 + (k8 / 8) % 32) * 40 + 4 * (k8 % 8);
    vec4 w8 = texelFetch(ArtCNN_C4F32_T4, ivec2((k8 / 256) * 8 + k8 % 8, 0 + (k8 / 8) % 32), 0);
    int k9 = thread + 1152;
    int o9 = ((k9 / 256) * 32 + (k9 / 8) % 32) * 40 + 4 * (k9 % 8);
    vec4 w9 = texelFetch(ArtCNN_C4F32_T4, ivec2((k9 / 256) * 8 + k9 % 8, 0 + (k9 / 8) % 32), 0);
    int k10 = thread + 1280;
    int o10 = ((k10 / 256) * 32 + (k10 / 8) % 32) * 40 + 4 * (k10 % 8);
    vec4 w10 = texelFetch(ArtCNN_C4F32_T4, ivec2((k10 / 256) * 8 + k10 % 8, 0 + (k10 / 8) % 32), 0);
    int k11 = thread + 1408;
    int o11 = ((k11 / 256) * 32 + (k11 / 8) % 32) * 40 + 4 * (k11 % 8);
    vec4 w11 = texelFetch(ArtCNN_C4F32_T4, ivec2((k11 / 256) * 8 + k11 % 8, 0 + (k11 / 8) % 32), 0);
    int k12 = thread + 1536;
    int o12 = ((k12 / 256) * 32 + (k12 / 8) % 32) * 40 + 4 * (k12 % 8);
    vec4 w12 = texelFetch(ArtCNN_C4F32_T4, ivec2((k12 / 256) * 8 + k12 % 8, 0 + (k12 / 8) % 32), 0);
    int k13 = thread + 1664;
    int o13 = ((k13 / 256) * 32 + (k13 / 8) % 32) * 40 + 4 * (k13 % 8);
    vec4 w13 = texelFetch(ArtCNN_C4F32_T4, ivec2((k13 / 256) * 8 + k13 % 8, 0 + (k13 / 8) % 32), 0);
    int k14 = thread + 1792;
    int o14 = ((k14 / 256) * 32 + (k14 / 8) % 32) * 40 + 4 * (k14 % 8);
    vec4 w14 = texelFetch(ArtCNN_C4F32_T4, ivec2((k14 / 256) * 8 + k14 % 8, 0 + (k14 / 8) % 32), 0);
    int k15 = thread + 1920;
    int o15 = ((k15 / 256) * 32 + (k15 / 8) % 32) * 40 + 4 * (k15 % 8);
    vec4 w15 = texelFetch(ArtCNN_C4F32_T4, ivec2((k15 / 256) * 8 + k15 % 8, 0 + (k15 / 8) % 32), 0);
    int k16 = thread + 2048;
    int o16 = ((k16 / 256) * 32 + (k16 / 8) % 32) * 40 + 4 * (k16 % 8);
    vec4 w16 = texelFetch(ArtCNN_C4F32_T4, ivec2((k16 / 256) * 8 + k16 % 8, 0 + (k16 / 8) % 32), 0);
    int k17 = thread + 2176;
    int o17 = ((k17 / 256) * 32 + (k17 / 8) % 32) * 40 + 4 * (k17 % 8);
    vec4 w17 = texelFetch(ArtCNN_C4F32_T4, ivec2((k17 / 256) * 8 + k17 % 8, 0 + (k17 / 8) % 32), 0);
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
    ws[o5] = HFLOAT(w5.x);
    ws[o5 + 1] = HFLOAT(w5.y);
    ws[o5 + 2] = HFLOAT(w5.z);
    ws[o5 + 3] = HFLOAT(w5.w);
    ws[o6] = HFLOAT(w6.x);
    ws[o6 + 1] = HFLOAT(w6.y);
    ws[o6 + 2] = HFLOAT(w6.z);
    ws[o6 + 3] = HFLOAT(w6.w);
    ws[o7] = HFLOAT(w7.x);
    ws[o7 + 1] = HFLOAT(w7.y);
    ws[o7 + 2] = HFLOAT(w7.z);
    ws[o7 + 3] = HFLOAT(w7.w);
    ws[o8] = HFLOAT(w8.x);
    ws[o8 + 1] = HFLOAT(w8.y);
    ws[o8 + 2] = HFLOAT(w8.z);
    ws[o8 + 3] = HFLOAT(w8.w);
    ws[o9] = HFLOAT(w9.x);
    ws[o9 + 1] = HFLOAT(w9.y);
    ws[o9 + 2] = HFLOAT(w9.z);
    ws[o9 + 3] = HFLOAT(w9.w);
    ws[o10] = HFLOAT(w10.x);
    ws[o10 + 1] = HFLOAT(w10.y);
    ws[o10 + 2] = HFLOAT(w10.z);
    ws[o10 + 3] = HFLOAT(w10.w);
    ws[o11] = HFLOAT(w11.x);
    ws[o11 + 1] = HFLOAT(w11.y);
    ws[o11 + 2] = HFLOAT(w11.z);
    ws[o11 + 3] = HFLOAT(w11.w);
    ws[o12] = HFLOAT(w12.x);
    ws[o12 + 1] = HFLOAT(w12.y);
    ws[o12 + 2] = HFLOAT(w12.z);
    ws[o12 + 3] = HFLOAT(w12.w);
    ws[o13] = HFLOAT(w13.x);
    ws[o13 + 1] = HFLOAT(w13.y);
    ws[o13 + 2] = HFLOAT(w13.z);
    ws[o13 + 3] = HFLOAT(w13.w);
    ws[o14] = HFLOAT(w14.x);
    ws[o14 + 1] = HFLOAT(w14.y);
    ws[o14 + 2] = HFLOAT(w14.z);
    ws[o14 + 3] = HFLOAT(w14.w);
    ws[o15] = HFLOAT(w15.x);
    ws[o15 + 1] = HFLOAT(w15.y);
    ws[o15 + 2] = HFLOAT(w15.z);
    ws[o15 + 3] = HFLOAT(w15.w);
    ws[o16] = HFLOAT(w16.x);
    ws[o16 + 1] = HFLOAT(w16.y);
    ws[o16 + 2] = HFLOAT(w16.z);
    ws[o16 + 3] = HFLOAT(w16.w);
    ws[o17] = HFLOAT(w17.x);
    ws[o17 + 1] = HFLOAT(w17.y);
    ws[o17 + 2] = HFLOAT(w17.z);
    ws[o17 + 3] = HFLOAT(w17.w);
    const float bias[32] = float[32](-0.010642589, -0.00886394, -0.011911265, 0.0013138817, -0.00029113132, -0.0033787098, -0.037151422, -0.012291881, -0.0102971895, -0.0014118766, -0.003933518, 0.0011924527, -0.006742062, -0.006430258, 0.01816764, -0.003289142, -0.0016975092, -0.013348444, -0.0101586925, -0.0023115254, -0.014644328, -0.002838471, -0.010976465, -0.010420114, 0.010046276, -0.00817356, -0.00592981, -0.012702304, -0.003283902, -0.009365962, -0.030856198, -0.008386251);
    for (int i = thread; i < 512; i += 128)
        bm[i] = bias[(i / 256) * 16 + i % 16];
    barrier();
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias0;
    coopMatLoadNV(bias0, bm, 0u, 16u, false);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> bias1;
    coopMatLoadNV(bias1, bm, 256u, 16u, false);
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
    vec4 n0_0, n0_1, n0_2, n0_3, n0_4, n0_5, n0_6, n0_7;
    vec4 n1_0, n1_1, n1_2, n1_3, n1_4, n1_5, n1_6, n1_7;
    n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
    n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
    n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
    n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
    n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
    n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
    n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
    n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
    for (int t = 0; t < 4; t++) {
    origin = corner + ivec2(0, t * 8);
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc0_1 = bias1;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_0 = bias0;
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc1_1 = bias1;

    // Phase 0: input channels 0..31, every texel fetch issued before the first store.
    barrier();
    {
        xs[i0 * 40 + 0] = HFLOAT(n0_0.x);
        xs[i0 * 40 + 1] = HFLOAT(n0_0.y);
        xs[i0 * 40 + 2] = HFLOAT(n0_0.z);
        xs[i0 * 40 + 3] = HFLOAT(n0_0.w);
        xs[i0 * 40 + 4] = HFLOAT(n0_1.x);
        xs[i0 * 40 + 5] = HFLOAT(n0_1.y);
        xs[i0 * 40 + 6] = HFLOAT(n0_1.z);
        xs[i0 * 40 + 7] = HFLOAT(n0_1.w);
        xs[i0 * 40 + 8] = HFLOAT(n0_2.x);
        xs[i0 * 40 + 9] = HFLOAT(n0_2.y);
        xs[i0 * 40 + 10] = HFLOAT(n0_2.z);
        xs[i0 * 40 + 11] = HFLOAT(n0_2.w);
        xs[i0 * 40 + 12] = HFLOAT(n0_3.x);
        xs[i0 * 40 + 13] = HFLOAT(n0_3.y);
        xs[i0 * 40 + 14] = HFLOAT(n0_3.z);
        xs[i0 * 40 + 15] = HFLOAT(n0_3.w);
        xs[i0 * 40 + 16] = HFLOAT(n0_4.x);
        xs[i0 * 40 + 17] = HFLOAT(n0_4.y);
        xs[i0 * 40 + 18] = HFLOAT(n0_4.z);
        xs[i0 * 40 + 19] = HFLOAT(n0_4.w);
        xs[i0 * 40 + 20] = HFLOAT(n0_5.x);
        xs[i0 * 40 + 21] = HFLOAT(n0_5.y);
        xs[i0 * 40 + 22] = HFLOAT(n0_5.z);
        xs[i0 * 40 + 23] = HFLOAT(n0_5.w);
        xs[i0 * 40 + 24] = HFLOAT(n0_6.x);
        xs[i0 * 40 + 25] = HFLOAT(n0_6.y);
        xs[i0 * 40 + 26] = HFLOAT(n0_6.z);
        xs[i0 * 40 + 27] = HFLOAT(n0_6.w);
        xs[i0 * 40 + 28] = HFLOAT(n0_7.x);
        xs[i0 * 40 + 29] = HFLOAT(n0_7.y);
        xs[i0 * 40 + 30] = HFLOAT(n0_7.z);
        xs[i0 * 40 + 31] = HFLOAT(n0_7.w);
    }
    if (i1 < 180) {
        xs[i1 * 40 + 0] = HFLOAT(n1_0.x);
        xs[i1 * 40 + 1] = HFLOAT(n1_0.y);
        xs[i1 * 40 + 2] = HFLOAT(n1_0.z);
        xs[i1 * 40 + 3] = HFLOAT(n1_0.w);
        xs[i1 * 40 + 4] = HFLOAT(n1_1.x);
        xs[i1 * 40 + 5] = HFLOAT(n1_1.y);
        xs[i1 * 40 + 6] = HFLOAT(n1_1.z);
        xs[i1 * 40 + 7] = HFLOAT(n1_1.w);
        xs[i1 * 40 + 8] = HFLOAT(n1_2.x);
        xs[i1 * 40 + 9] = HFLOAT(n1_2.y);
        xs[i1 * 40 + 10] = HFLOAT(n1_2.z);
        xs[i1 * 40 + 11] = HFLOAT(n1_2.w);
        xs[i1 * 40 + 12] = HFLOAT(n1_3.x);
        xs[i1 * 40 + 13] = HFLOAT(n1_3.y);
        xs[i1 * 40 + 14] = HFLOAT(n1_3.z);
        xs[i1 * 40 + 15] = HFLOAT(n1_3.w);
        xs[i1 * 40 + 16] = HFLOAT(n1_4.x);
        xs[i1 * 40 + 17] = HFLOAT(n1_4.y);
        xs[i1 * 40 + 18] = HFLOAT(n1_4.z);
        xs[i1 * 40 + 19] = HFLOAT(n1_4.w);
        xs[i1 * 40 + 20] = HFLOAT(n1_5.x);
        xs[i1 * 40 + 21] = HFLOAT(n1_5.y);
        xs[i1 * 40 + 22] = HFLOAT(n1_5.z);
        xs[i1 * 40 + 23] = HFLOAT(n1_5.w);
        xs[i1 * 40 + 24] = HFLOAT(n1_6.x);
        xs[i1 * 40 + 25] = HFLOAT(n1_6.y);
        xs[i1 * 40 + 26] = HFLOAT(n1_6.z);
        xs[i1 * 40 + 27] = HFLOAT(n1_6.w);
        xs[i1 * 40 + 28] = HFLOAT(n1_7.x);
        xs[i1 * 40 + 29] = HFLOAT(n1_7.y);
        xs[i1 * 40 + 30] = HFLOAT(n1_7.z);
        xs[i1 * 40 + 31] = HFLOAT(n1_7.w);
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
        n0_0 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n0_1 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n0_2 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n0_3 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n0_4 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n0_5 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n0_6 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n0_7 = f0 ? texelFetch(ArtCNN_C4F32_L3_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
        n1_0 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0) : vec4(0.0);
        n1_1 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0) : vec4(0.0);
        n1_2 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0) : vec4(0.0);
        n1_3 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0) : vec4(0.0);
        n1_4 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0) : vec4(0.0);
        n1_5 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0) : vec4(0.0);
        n1_6 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0) : vec4(0.0);
        n1_7 = f1 ? texelFetch(ArtCNN_C4F32_L3_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0) : vec4(0.0);
origin -= ivec2(0, 8);
    }
    barrier();
    {   // tap (-1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 0u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 16u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 640u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 656u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 1280u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 1296u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 1920u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 1936u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, -1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 2560u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 2576u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 3200u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 3216u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 0) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 3840u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 3856u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 4480u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 4496u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 5120u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 5136u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 5760u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 5776u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 0)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 6400u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 6416u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 7040u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 7056u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 1) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (-1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 7680u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 7696u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 8320u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 8336u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 0) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 0) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (0, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 8960u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 8976u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 9600u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 9616u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 1) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 1) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }
    {   // tap (1, 1)
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_0;
        coopMatLoadNV(b0_0, ws, 10240u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b0_1;
        coopMatLoadNV(b0_1, ws, 10256u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_0;
        coopMatLoadNV(b1_0, ws, 10880u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> b1_1;
        coopMatLoadNV(b1_1, ws, 10896u, 40u, false);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_0;
        coopMatLoadNV(x0_0, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 0), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_0, b0_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_0, b0_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x0_1;
        coopMatLoadNV(x0_1, xs, uint(((2 * subgroup + 2) * 18 + 2) * 40 + 16), 40u, false);
        acc0_0 = coopMatMulAddNV(x0_1, b1_0, acc0_0);
        acc0_1 = coopMatMulAddNV(x0_1, b1_1, acc0_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_0;
        coopMatLoadNV(x1_0, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 0), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_0, b0_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_0, b0_1, acc1_1);
        fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> x1_1;
        coopMatLoadNV(x1_1, xs, uint(((2 * subgroup + 3) * 18 + 2) * 40 + 16), 40u, false);
        acc1_0 = coopMatMulAddNV(x1_1, b1_0, acc1_0);
        acc1_1 = coopMatMulAddNV(x1_1, b1_1, acc1_1);
    }

    // Epilogue: each subgroup stages one matrix of results at a time in its own part of shared memory;
    // invocation `lane` then stores pixel lane % 16 of that row, output groups 0 and 2 (lanes 0-15) or
    // 1 and 3 (16-31) of the block.
    for (int i = 0; i < acc0_0.length(); i++)
        acc0_0[i] = max(acc0_0[i], 0.0);
    for (int i = 0; i < acc0_1.length(); i++)
        acc0_1[i] = max(acc0_1[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_0), sh, uint(subgroup * 640), 40u, false);
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc0_1), sh, uint(subgroup * 640 + 16), 40u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    // Every block of this matrix row staged at once (block n in columns 16n to 16n+15): one pair of
    // subgroup barriers a row.
    {
    // Block 0 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    }
    {
    // Block 1 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 0);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    }
    for (int i = 0; i < acc1_0.length(); i++)
        acc1_0[i] = max(acc1_0[i], 0.0);
    for (int i = 0; i < acc1_1.length(); i++)
        acc1_1[i] = max(acc1_1[i], 0.0);
    subgroupBarrier();
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_0), sh, uint(subgroup * 640), 40u, false);
    coopMatStoreNV(fcoopmatNV<16, gl_ScopeSubgroup, 16, 16>(acc1_1), sh, uint(subgroup * 640 + 16), 40u, false);
    subgroupMemoryBarrierShared();
    subgroupBarrier();
    // Every block of this matrix row staged at once (block n in columns 16n to 16n+15): one pair of
    // subgroup barriers a row.
    {
    // Block 0 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3);
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 0), u);
    }
    }
    {
    // Block 1 of the row, 16 channels a pixel: one texel row of 4 per pixel, 64 texels for the 16 pixels,
    // stored by two instructions of 32 consecutive texels (invocation `lane` takes texel lane % 4 of
    // pixel lane / 4, then of pixel 8 + lane / 4).
    int sb = subgroup * 640;
    {
    int px = (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    {
    int px = 8 + (lane >> 2);
    int a = sb + px * 40 + 4 * (lane & 3) + 16;
    vec4 u = vec4(sh[a], sh[a + 1], sh[a + 2], sh[a + 3]);
    ivec2 p = origin + ivec2(px, 2 * subgroup + 1);
    if (all(lessThan(p, size)))
        imageStore(out_image, p * ivec2(4, 2) + ivec2(lane & 3, 1), u);
    }
    }
    }
}

//!DESC ArtCNN_C4F32 tensor conv2d_5_add_conv2d_6_depth_to_space border
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L4
//!BIND HOOKED
//!SAVE ArtCNN_C4F32_EDGE
//!COMPONENTS 4
//!WIDTH HOOKED.w HOOKED.h +
//!HEIGHT 8
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 8 64 4

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
    if (g == 0) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(0, 0), 0));
    if (g == 1) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(1, 0), 0));
    if (g == 2) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(2, 0), 0));
    if (g == 3) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(3, 0), 0));
    if (g == 4) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(0, 1), 0));
    if (g == 5) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(1, 1), 0));
    if (g == 6) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(2, 1), 0));
    if (g == 7) return vec4(texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(3, 1), 0));
    return vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0));
}

vec4 tail_edges(ivec2 p, ivec2 last)
{
    vec4 c = vec4(0.0);
    if (p.y == 0) {
        c += vec4(-0.00085471553, -0.0008160913, -0.0005967308, -0.0005636633);
        c += mat4(0.0018135149, 0.0010516668, 0.0009263868, 0.0018858748, 0.003227736, 0.001993629, -0.0089600915, 0.00021545567, 0.0009857591, 0.0056106388, 0.0032161938, 0.0037105272, -0.003903557, -0.002139138, -0.0014600153, -0.0035639042) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(0.010364865, 0.0077513037, 0.008532413, 0.0074348734, -0.03566656, -0.021578236, -0.017331304, -0.0130791105, 0.00011071141, -0.00046259636, -0.00091036863, -0.0010325676, 0.005376957, 0.0039210906, 0.0018700004, 0.0013893836) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(0.0020971755, 0.003227413, 0.0013475684, 0.002239564, 0.0012028854, -0.0026949702, -0.0004890979, -0.00027713028, -0.0072596357, -0.0054800394, -0.002995331, -0.0035656074, -0.006699626, 0.00062410795, -0.0010465577, 0.0005432839) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(-0.0016966416, -0.004402494, -6.107855e-05, -0.0023708886, 0.00044276525, 0.005574945, 0.0042193425, 0.00081032224, -0.006941358, -0.002365002, -0.00082224124, 0.0012926246, -0.017192213, 0.0069446666, -0.008731255, 0.007997769) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(0.008001816, 0.00061020744, 0.0020178258, -0.00012294132, -0.002448333, 0.0026224093, -0.0037205077, 0.0012220085, -0.00067078037, -1.2355371e-05, -0.0022033704, 0.00019863859, 0.016031822, 0.004809964, 0.002987828, 0.0003641931) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(0.00034804837, 0.0001343439, -0.00032725057, 0.0013711419, 0.001079913, 0.0044315397, 0.0025666784, 0.0011289458, 0.0034747669, -0.005487575, 0.0025431216, -0.0020673408, -0.0012357498, 0.002438145, -0.00013971714, 0.0019081241) * tail_input(p + ivec2(-2, 0), last, 5);
        c += mat4(-0.0025560998, 0.00080577435, -0.00076538103, -0.0010202292, 0.0026566344, 0.00081300363, -0.0007931115, 0.0008511279, 0.007745865, -0.007085986, -0.00010290819, 0.0018808211, -0.0054565775, 0.005520505, -0.00010194583, 0.0023613132) * tail_input(p + ivec2(-2, 0), last, 6);
        c += mat4(-0.004630129, -0.0041105547, -0.002369148, -0.0023094688, 0.00033396875, 0.0021620388, -0.0006435295, 0.00195811, 0.011585006, 0.0029242577, -0.0050436477, -0.0017257737, -0.00020382978, 0.0009599618, 0.0044995565, 0.0010241573) * tail_input(p + ivec2(-2, 0), last, 7);
        c += mat4(0.012148302, 0.0031754097, 0.0034341943, 0.002290322, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 8);
        c += mat4(0.018819159, -0.0097276, 0.011764255, -0.0010025463, 0.015110285, -0.029871847, 0.00738621, -0.0074956357, 0.00018826801, 0.0098019885, 0.0023755415, 0.0043643396, -0.013148722, 0.0066464967, -0.003749194, 0.0005720383) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(0.041126333, 0.011788855, 0.019916562, 0.023933193, -0.08373913, -0.06760087, -0.06048019, -0.04973835, 0.0008981465, 0.0009315695, 0.00014178839, -0.00046827772, -0.0032951217, 0.003837252, -0.0007300151, 0.005249904) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(-0.005309949, 0.017499214, 0.009633247, 0.013242949, 0.041328922, -0.020302944, 0.0034382916, -0.007696168, -0.027462507, -0.0055526807, 0.0029978175, 0.002672742, 0.014950244, -0.0014692965, -0.0067450185, 0.00013562308) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(0.004803261, 0.0016428253, -0.01949306, -0.01363298, 0.027068121, -0.0009402155, 0.0025151055, -0.006961112, 0.0039437898, 0.0009590039, 0.0008189408, 0.009469335, 0.10027796, 0.10587699, 0.06697972, 0.03592781) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(-0.0040358175, -0.007496477, -0.0045838123, -0.007948808, 0.0028403061, 0.006584221, 0.0077024433, 0.00016192069, 0.00949622, 0.012733107, -0.010726295, 0.005790731, 0.018648516, 0.022156348, 0.00559961, 0.008748109) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.002900515, 0.0036886216, -0.008355346, 0.00075686054, -0.028889146, 0.0155587075, 0.01867898, 0.0009706199, 0.022054309, -0.00994302, 0.017472126, -0.0009377191, 0.017061923, -0.0018540857, 0.009744289, -0.0017368381) * tail_input(p + ivec2(-1, 0), last, 5);
        c += mat4(-0.005500611, -0.0017889909, -0.0044047814, -0.006128993, 0.004856691, 0.009368191, -0.002457743, -0.0073863813, -0.02353724, -0.00018491017, 0.026738673, 0.017833453, 0.076206535, -0.023474826, 0.014793167, -0.018896522) * tail_input(p + ivec2(-1, 0), last, 6);
        c += mat4(-0.005802938, -0.011116561, -0.005684341, -0.007668172, 0.014700004, 0.018855387, -0.015765099, -0.0066579445, -0.009147726, 0.0053477692, 0.013525677, -0.005319249, 0.016912738, -0.010627213, 0.028471727, 0.009521494) * tail_input(p + ivec2(-1, 0), last, 7);
        c += mat4(0.010828141, 0.033572048, 0.0045547397, 0.010992466, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 8);
        c += mat4(-0.039811064, 0.06266773, -0.01205915, 0.02111612, -0.013244255, -0.0031012972, -0.004173916, 0.0016239109, 0.062478267, -0.04464604, -0.004420554, -0.025951453, -0.018407293, 0.035451505, -0.02615257, 0.027486969) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.07324229, 0.07814791, 0.03717246, 0.030870661, -0.088329956, -0.12852627, -0.07602898, -0.08467253, 0.00093510014, -0.00044315172, 0.000902961, 0.0015471042, 0.016859127, -0.013911633, -0.023648465, -0.0019403333) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.09547367, -0.02231939, -0.02471675, -0.012143378, -0.03648072, 0.055063043, -0.020357147, -0.014156737, 0.030429557, -0.019624397, 0.01624937, 0.011459955, -0.046402268, 0.019052675, -0.013834268, -0.00891624) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.051066596, 0.038069915, -0.06260645, -0.037723772, -0.023609124, 0.0050012213, -0.0101589495, 0.06172206, -0.008520305, -0.015078097, -0.028538585, -0.029264435, -0.06707061, -0.11912552, -0.029198324, -0.03645058) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.008199905, -0.029670885, -0.013908995, 0.008376246, 0.00892647, -0.008898348, 0.01355711, 0.0012530698, 0.013055095, -0.052164175, 0.060499232, -0.0046952623, -0.026822057, 0.06255917, 0.05534805, -0.011405779) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.049579185, -0.046514127, 0.0067445734, -0.022665542, 0.08828296, -0.021387206, -0.03909096, -0.015555536, -0.027835907, 0.060884163, -0.03507023, 0.011972952, -0.047921926, -0.03166075, 0.03542731, 0.014141078) * tail_input(p + ivec2(0, 0), last, 5);
        c += mat4(-0.0056476654, 0.011511416, -0.008416944, 0.003833681, -0.019711908, -0.02095738, 0.00050088105, 0.012129274, -0.009245184, -0.011721401, 0.00445753, 3.6164165e-05, 0.012690125, -0.08399994, 0.05539895, -0.0050534103) * tail_input(p + ivec2(0, 0), last, 6);
        c += mat4(-0.042859387, -0.035561707, 0.0013589959, -0.011036652, -0.0427132, -0.024770113, 0.045403555, 0.03039805, -0.03130237, -0.025703324, 0.021507712, 0.019490404, -0.022447104, 0.019144407, 0.045366142, 0.038462084) * tail_input(p + ivec2(0, 0), last, 7);
        c += mat4(0.03990972, 0.055755973, 0.054095488, 0.07137753, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
        c += mat4(0.00755956, -0.0023935426, 0.006555542, -0.008004827, 0.006258069, 0.0006356777, -0.00063034776, -0.0012056091, -0.01139384, 0.0167679, -0.0076397406, 0.010106333, 0.0102944, -0.008066201, -0.0006502759, -0.009812764) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(0.12005674, 0.06962175, 0.06650095, 0.053537317, -0.062338293, -0.09583784, -0.037012897, -0.043732177, 0.005131147, 0.003614509, -0.001800837, -0.0015329173, 0.023254074, 0.0847822, -0.037307423, -0.06609705) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(-0.0007572547, 0.042103186, -0.010403261, -0.012486892, -0.011838134, -0.013180242, 0.005811103, 0.008741347, 0.00055875175, -0.00123752, 0.0105832955, 0.01045024, -0.0057588825, -0.020294696, -0.009837572, -0.01628936) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(-0.0067724893, 0.0068653226, 0.0037040736, -0.024711063, 0.014747724, 0.015622223, 0.003711222, -0.010803999, -0.003834303, 0.0010369939, 0.0026285262, 0.002025906, -0.0034696914, -0.0038656958, -0.0064003896, -6.918038e-07) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(0.0058188015, 0.010426951, -0.0059421933, -0.010066202, -0.01279682, 0.0010341798, 0.0017199017, 0.00962691, -0.0024929307, 0.03524103, -0.0055092503, 0.0018821853, 0.009153218, -0.007077832, 0.005878492, 0.018677982) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(-0.02266824, 0.034549803, -0.013043118, 0.0038156754, -0.0039173635, 0.0302644, 0.00056442677, -0.021531085, 0.01515199, -0.010961326, 0.003303697, -0.0016303075, 0.01398673, 0.047280278, -0.021653343, 0.011088748) * tail_input(p + ivec2(1, 0), last, 5);
        c += mat4(0.06157653, -0.041562792, -0.001115077, -0.04221998, 0.011216323, -0.00053571205, -0.0070605986, -0.0139876, 0.002212038, -0.0063636713, 0.007154331, 0.004359242, -0.0144778155, 0.0318967, -0.00068084133, 0.019973153) * tail_input(p + ivec2(1, 0), last, 6);
        c += mat4(-0.01321205, 0.02258653, -0.00622018, 0.00809301, 0.009317885, -0.007537959, -0.006664376, 0.0017816328, -0.007449421, -0.018230708, 0.0038257046, 0.026614837, -0.006700321, -0.018951979, 0.013459397, 0.022584658) * tail_input(p + ivec2(1, 0), last, 7);
        c += mat4(0.05093914, 0.010624102, 0.028029012, -0.00028438165, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 8);
        c += mat4(-0.00024142745, 0.00046019963, 0.00018579923, 3.2680982e-05, 0.0016067596, 0.0021340353, 0.0007595216, 0.0016792642, -0.00073553843, 0.0034793883, -0.00043243, 0.0037393228, 0.0014608622, 0.00036277424, 0.00010255771, -0.0010926662) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(0.036255542, 0.0502202, 0.011097063, -0.0034452495, -0.029350901, -0.030922374, -0.014126156, -0.015661072, -0.001101792, 0.0012109663, -0.0004009673, -0.0007298013, 0.008032111, -0.022662433, -0.0038613467, 0.0018866798) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(0.0016851837, -0.0022208577, 0.0054112165, 0.0008769406, -0.0063469526, -0.0023750789, 0.003152788, 0.0010888433, 0.002911652, 0.003461127, 0.0040214695, 0.0037957912, -0.0035620716, -0.0031695673, -0.0058251997, -0.004725569) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(-0.0031640236, -0.00934935, -0.0031165604, 0.0003887459, 0.0019175693, -0.0001985712, 0.0017515633, 0.002989985, -0.00472815, -0.0068100793, 0.00037177675, 0.0021088007, -0.0005685109, -0.00053435954, 0.0017571474, 0.00071388326) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(-0.0078046103, -0.004377851, -0.0010228824, -0.0025246444, 0.0015973827, -0.0054564285, -0.0037779058, 0.0011771873, 0.003432288, 0.003596737, -0.0019452892, 0.0010082534, 0.0009329373, 0.006057615, -0.0019120515, 0.00077168195) * tail_input(p + ivec2(2, 0), last, 4);
        c += mat4(-0.0010282507, -0.008505168, 0.0014534764, -0.0024543863, 0.0051199915, 0.0026901353, 0.00073458685, 0.0003383004, -0.00034650587, 0.0023360073, -0.000637447, 0.0018498433, 0.0090382835, -0.009707437, 0.0067615085, -0.002692803) * tail_input(p + ivec2(2, 0), last, 5);
        c += mat4(-0.020570813, 0.001339496, -0.01474963, 0.012862397, 0.0033728927, 0.0026398657, -0.0041645453, -0.0029310402, -0.0030295367, -0.003565527, -0.0042637507, -0.0034622424, 0.0039487113, 0.004335523, 0.0017802746, -0.0018999575) * tail_input(p + ivec2(2, 0), last, 6);
        c += mat4(-0.0024941147, -0.0006309747, -0.0034624443, 0.007934723, 3.141801e-05, 0.0025162767, -0.0017928565, -0.00547722, 0.009094761, 0.0030955055, -0.0015735915, -0.0019313531, -0.0015571644, 0.004713139, 0.0044211913, 0.00286982) * tail_input(p + ivec2(2, 0), last, 7);
        c += mat4(0.015083339, 0.017703045, 0.005563519, 0.0065361094, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 8);
    }
    if (p.y == last.y) {
        c += vec4(0.0007534077, 0.0007249057, 0.0006457068, 0.0005938128);
        c += mat4(-0.0014174582, -0.00065164914, 0.0012312536, 0.0013488937, 0.00045887678, 0.0033444755, 0.004817968, 0.0027504738, 0.0004889967, 0.0015415916, -0.0009784191, 0.0017219629, -0.00019108992, -0.0017400747, -0.00010819982, 0.00012938937) * tail_input(p + ivec2(-2, 0), last, 0);
        c += mat4(0.0004107859, -0.000110654124, 0.00039532233, 0.00025777597, 0.00092104165, 0.006447682, 0.0046827127, -0.0016699245, -0.0013510938, -0.003318577, 0.002485647, 0.0026669689, 0.003319479, 0.0028738438, -0.00085201656, -0.00010668609) * tail_input(p + ivec2(-2, 0), last, 1);
        c += mat4(-0.0053188205, -0.0042654322, -0.002060375, -0.0005285035, 0.008350367, 0.0033582423, 0.006635759, 0.009219869, -0.003128297, -0.0010182669, -0.001387174, -0.0015423322, 0.0010145451, 0.0014473193, 0.00090009364, -0.0015973708) * tail_input(p + ivec2(-2, 0), last, 2);
        c += mat4(0.0051213903, 0.005047211, 0.001130957, -0.0053190193, 0.004402847, -0.00038085668, 0.008912129, -0.0044634813, 0.0030914145, -0.001621723, 0.001748679, 6.387051e-05, -0.05084004, -0.07442883, -0.031388007, -0.039400548) * tail_input(p + ivec2(-2, 0), last, 3);
        c += mat4(0.005978756, 0.0018855245, -0.00010381337, 0.0021297878, 0.00064690824, -0.007706094, -0.0015041188, -0.00017328508, 0.00074223976, 0.002835345, -0.002767484, -0.0001933571, 0.0015686194, -0.0015671041, -0.0030272885, -0.00012062358) * tail_input(p + ivec2(-2, 0), last, 4);
        c += mat4(-0.002017058, -0.000488778, 0.000795735, 0.00018534844, 0.00018059839, 0.0024686956, 0.0062700408, 0.0034665782, -0.003206677, -0.0014391579, 0.00087988056, -1.7228557e-07, 0.0039022814, 0.0022256975, 0.0036508925, 0.0025478709) * tail_input(p + ivec2(-2, 0), last, 5);
        c += mat4(-0.0012034426, 0.0013238091, -0.0002490025, 0.0015542996, 0.000512659, -0.0064348495, -0.0034024387, -0.0037361903, 0.0028653832, -0.0007162973, -0.002722861, 0.0022027842, -0.0006089189, 0.0019260701, 0.00058374926, 0.0023803087) * tail_input(p + ivec2(-2, 0), last, 6);
        c += mat4(0.0050368025, 0.0046683224, 0.0031245837, 0.002949934, -0.0071925437, -0.0003956329, 0.0011039921, -0.005952057, -0.0071811667, 0.0034003742, -0.0011620368, -0.0027164025, 0.0007068343, -0.0035195486, 0.0028403008, 0.0046992074) * tail_input(p + ivec2(-2, 0), last, 7);
        c += mat4(0.015417219, 0.018377692, 0.010996578, 0.009501525, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-2, 0), last, 8);
        c += mat4(0.0014604236, -0.0076917885, 0.011479486, -0.0017418399, -0.0021173207, -0.016374141, 0.04840708, -0.00067208824, -0.030787334, -0.0069854995, -0.01873396, 0.01810052, 0.003997765, -0.0059985034, 0.0155446585, -0.011199956) * tail_input(p + ivec2(-1, 0), last, 0);
        c += mat4(-0.0012442463, -0.0012880364, 0.0009326066, -0.00016277714, 0.009711259, 0.01197059, 0.017463788, 0.009068331, -0.008607957, -0.006411176, 0.0032485677, 0.0031892625, 0.0023427713, 0.0094457455, 0.00927037, 0.006622038) * tail_input(p + ivec2(-1, 0), last, 1);
        c += mat4(-0.011991599, 0.002272123, 0.023367522, 0.003745183, 0.045708083, 0.01811819, -0.001180591, 0.014261178, -0.025833156, 0.00090651243, 0.0011572185, 0.009965949, -0.0035483947, 0.0059746206, 0.0040391795, -0.0032417576) * tail_input(p + ivec2(-1, 0), last, 2);
        c += mat4(0.038607907, 0.0049266047, -0.045592144, 0.005599588, -0.01508222, -0.0055380217, 0.0761395, -0.044993572, 0.0021460012, -0.002764505, -0.00198519, 0.00073427806, -0.28480098, -0.06562176, -0.33292386, -0.18831028) * tail_input(p + ivec2(-1, 0), last, 3);
        c += mat4(0.009179785, -0.0005027184, -0.02331837, -0.0028538, -0.017438065, 0.010598911, 0.018870544, 0.012930497, 0.006600978, 0.0092459675, -0.03397417, -0.006294807, -0.011149104, 0.0033602358, 0.016478457, -0.0071060355) * tail_input(p + ivec2(-1, 0), last, 4);
        c += mat4(-0.002073484, -0.006759879, -0.006561139, 0.011668132, -0.010522525, -0.004739294, 0.052284673, 0.0038790933, -0.007552437, 0.0034473552, 0.0052435896, -0.014297734, 0.018125642, 0.0009181871, 0.014657854, -0.007926176) * tail_input(p + ivec2(-1, 0), last, 5);
        c += mat4(-0.001997787, -0.0027040762, -0.0008537959, -0.0050294306, -0.023945956, -0.012824413, 0.027370442, -0.0045993333, 0.005884151, 0.0098556895, 0.009735944, -0.0044609113, 0.02200361, 0.015569192, 0.019195855, -0.007166327) * tail_input(p + ivec2(-1, 0), last, 6);
        c += mat4(0.0051749377, -0.0032762815, 0.0033297266, -0.0021161945, -0.024732873, 0.0032938272, -0.008832096, 0.01878953, -0.01501314, -0.0003073154, 0.02659118, 0.015628863, 0.026962094, 0.022003252, -0.01251599, -0.006557723) * tail_input(p + ivec2(-1, 0), last, 7);
        c += mat4(0.088740386, 0.089636095, 0.070225954, 0.08047013, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(-1, 0), last, 8);
        c += mat4(-0.022763753, 0.0020929573, -0.028476298, 0.034626056, 0.0009961847, -0.004889588, 0.0023078688, 0.023908377, -0.009406672, -0.009984947, 0.03824771, -0.042334087, -0.0062319045, -0.001031066, -0.018235303, 0.019826768) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.001365854, 0.0032618942, -0.009040414, 0.0027842657, 0.016113674, -0.017018145, -0.0054456503, 0.051803302, -0.00469712, -0.006591835, 0.0031867637, 0.00025552348, 0.028726472, -0.0012486719, -0.06895208, 0.037795372) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.07926531, 0.04034718, -0.031151146, -0.100012064, 0.039065853, 0.08554307, -0.02365708, -0.090364575, -0.061779898, -0.02291356, 0.027804742, 0.018014811, 0.003893548, 0.0045986637, -0.018937405, 0.05752184) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.11544481, 0.11600594, -0.11117, -0.11108769, -0.010658367, -0.02962193, -0.046684694, 0.110368036, -0.023306675, -0.04602376, -0.025699466, -0.025220089, -0.19494161, -0.2782343, -0.22990619, -0.266989) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.0151062375, 0.027494792, -0.02171022, -0.05981338, 0.014055748, 0.0042892364, -0.059068225, -0.01882342, -0.013324895, 0.040180467, -0.035115153, -0.04154957, -0.06528538, -0.054155353, -0.0052692234, 0.15031199) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(-0.009292274, -0.024335297, 0.07071673, -0.018848728, 0.0483214, -0.021504411, -0.0339198, 0.07908184, -0.006869041, 0.019121282, -0.027779393, 0.032578796, 0.02679635, 0.0017770019, -0.08098984, -0.007536499) * tail_input(p + ivec2(0, 0), last, 5);
        c += mat4(-0.018792545, 0.01697785, -0.03388079, 0.007647398, -0.0831187, -0.047551673, 0.08544293, 0.04317149, 0.009808914, -0.003985679, -0.0037438013, 0.0025418804, 0.023981396, 0.040599633, 0.015507945, -0.042088278) * tail_input(p + ivec2(0, 0), last, 6);
        c += mat4(0.0020162018, -0.0035271617, -0.07956823, -0.01800717, -0.05488946, -0.026950788, -0.006173247, 0.091732055, -0.02275375, -0.037446193, 0.017447377, 0.014002086, 0.039512027, 0.03111576, -0.051576465, -0.04703503) * tail_input(p + ivec2(0, 0), last, 7);
        c += mat4(0.20220648, 0.20141682, 0.12988354, 0.12110861, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
        c += mat4(0.0033593888, -0.015989486, 0.007061778, -0.024025474, 0.0068460708, -0.0010538852, 0.0064426777, 0.0057531088, 0.0025518427, -0.007984306, -0.007490177, 0.012967196, -0.0010932011, -0.009288483, 0.0024512175, -0.007861865) * tail_input(p + ivec2(1, 0), last, 0);
        c += mat4(0.0013077656, 0.009517327, -0.0011426951, 0.008567174, 0.020604594, 0.04391425, 0.016337834, -0.025998928, -0.007718462, -0.003286886, 0.0033212062, 0.008785645, -0.022434497, 0.03761427, 0.10677086, -0.11465642) * tail_input(p + ivec2(1, 0), last, 1);
        c += mat4(-0.0013980533, -0.014080828, -0.0040275455, 0.012687191, -0.0011978452, -0.020879922, -0.005640731, 0.026312614, 0.0035221016, 0.002891129, -0.015696235, 0.034297913, 0.009958722, 0.013759411, 0.00687709, -0.006109352) * tail_input(p + ivec2(1, 0), last, 2);
        c += mat4(0.01086101, 0.046744857, -0.007967718, -0.055491757, 0.018266855, 0.015454752, 0.014014937, -0.025611479, -0.0021899934, -0.017778387, -0.010304966, -0.005626412, -0.068086654, -0.06530568, -0.05835798, -0.06992729) * tail_input(p + ivec2(1, 0), last, 3);
        c += mat4(-0.004609667, 0.0010689379, -0.0024227484, -0.021093478, 0.001664184, -0.0041045905, 0.01957601, 0.026524311, 0.009215858, -0.008792789, -0.019841693, -0.0028832213, 0.0056847013, 0.003954736, 0.013639989, 0.020503538) * tail_input(p + ivec2(1, 0), last, 4);
        c += mat4(-0.0056220707, 0.0016333013, -0.0029038826, -0.0060928953, -0.0036495249, 0.038205795, 0.0245717, -0.042931173, 0.012319098, -0.013144159, 0.024952801, 0.0046546566, 0.0009126388, 0.029798126, 0.0021196376, 0.024025325) * tail_input(p + ivec2(1, 0), last, 5);
        c += mat4(-0.0047068223, -0.020012634, 0.00738836, -0.019948732, -0.0021010458, -0.026019024, -0.003728113, 0.009309948, -0.004801487, -0.0018101521, 0.008776889, -0.0037575047, -0.0053464407, 0.004337778, -0.0015071294, 0.0055527743) * tail_input(p + ivec2(1, 0), last, 6);
        c += mat4(-0.037710574, -0.02106773, -0.0044004917, 0.029651811, -0.009224871, 4.224005e-05, 0.004923074, 0.0140416045, 0.008651004, -0.011466944, -0.0047305226, 0.010968192, 0.00075375306, 0.025231378, -0.015570043, -0.02562221) * tail_input(p + ivec2(1, 0), last, 7);
        c += mat4(0.07494099, 0.066052705, 0.10366811, 0.07305305, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(1, 0), last, 8);
        c += mat4(-0.00700611, -0.0038733846, -0.004795481, -0.0028072456, 0.002082794, 0.0014468565, 0.0017239839, 0.0012337121, -0.0024374863, -0.0018280351, 0.00080580264, -0.011882173, -0.0019938862, 0.0003665879, -0.0018301391, -0.00015531162) * tail_input(p + ivec2(2, 0), last, 0);
        c += mat4(-0.0051909187, 0.007017645, -0.003556844, 0.014004733, 0.00962256, 0.00707965, 0.002229767, 0.005282431, -0.0042918352, -0.0042049224, 0.0016953489, 0.0030027097, 0.0021708072, -0.019173563, 0.0075324457, 0.013861217) * tail_input(p + ivec2(2, 0), last, 1);
        c += mat4(-0.0067826766, -0.0021799905, 0.004556065, 0.010208286, -0.0063561983, 0.0019203288, -0.004543296, 0.0052079596, -0.0009339586, 0.0032246353, 0.005675489, 0.0048306817, 0.0065217176, 0.0008534978, 0.008092227, -0.002393334) * tail_input(p + ivec2(2, 0), last, 2);
        c += mat4(0.0005024381, -0.0021181505, 0.002368583, -0.0011209904, 0.0044062654, 0.00065808464, 0.0026809094, -0.0036211982, -0.0014628918, -0.00074715976, -0.004201171, 0.0032743257, -0.011926679, -0.00918659, -0.008393861, -0.012351198) * tail_input(p + ivec2(2, 0), last, 3);
        c += mat4(0.0018831036, 0.0038457268, -0.0042050094, 0.0033460227, 0.0031443427, 0.0019018943, -0.0014383519, 0.0051357206, 0.0031844499, 0.0021696968, 0.0045420513, -0.00084164983, 0.0013869625, 0.0047391476, 0.0018454586, 0.0062355897) * tail_input(p + ivec2(2, 0), last, 4);
        c += mat4(0.00049306895, 0.0039057243, -0.0058482927, 0.0031597842, -0.0002622506, -0.0020712435, -0.001991183, -0.010123824, 0.0030629265, 0.004197022, 0.0018533103, 0.0022338917, 0.011855495, 0.009827157, 0.015941316, 0.0126894945) * tail_input(p + ivec2(2, 0), last, 5);
        c += mat4(-0.010713851, 0.0052942177, -0.009564316, 0.006642422, 0.011353995, -0.004679844, -0.00088340096, -0.01116222, -0.0027886205, -0.0027139606, -0.0010776377, 0.001900467, 0.0023397335, -0.002387711, 0.0001353702, 0.00070103345) * tail_input(p + ivec2(2, 0), last, 6);
        c += mat4(-0.002198792, -0.009280061, -0.004512781, -0.005108162, -0.002426359, 3.642813e-05, -0.00039160828, 0.0025810935, -0.001010522, -0.000564352, -0.0013485748, -0.0019149971, 0.003924641, 0.005949604, -0.002605258, 6.441721e-05) * tail_input(p + ivec2(2, 0), last, 7);
        c += mat4(0.0077257245, -0.0003064519, 0.0035967217, 0.001012224, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(2, 0), last, 8);
    }
    if (p.x == 0) {
        c += vec4(-0.0024423306, -0.0021201922, -0.0023114511, -0.0021119134);
        c += mat4(0.0033479999, -0.00082306244, 0.0005834352, 0.0036225629, -0.005788995, -0.0022387535, -0.00024530408, -7.10448e-05, -0.00483384, -0.005295449, -0.0020603698, -0.005234921, -0.003873452, 0.0037125966, -0.0019764684, -0.00026790518) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(0.0018262446, -0.007841462, 0.0060832594, -0.0012574621, -0.010381028, -0.005055288, -0.003056715, -0.0020483702, 0.0028394093, 0.0010997799, 0.0025448063, 0.002095745, 0.00555183, 0.0041241716, -0.002992549, 0.0010153531) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(0.0023904534, 0.002056157, -0.002547524, 0.000800923, -0.00083695434, -0.008284875, -0.0025433183, -0.0023177525, 0.0012506925, 0.0021633813, 0.0008552014, 0.00015802977, -0.00057025935, 0.0016934999, 0.0011658364, 0.0017619884) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(0.0018687609, 0.00068497576, -0.0011370096, 0.00032867436, -0.0022007197, 0.0016030169, 0.0039908146, -0.0012955838, -0.00047765794, 0.0036099823, -0.003079087, -0.0002507795, 0.0012541588, 0.007258366, -0.0062819403, -0.0020866909) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(-0.009731507, -0.007346582, -0.002955867, -0.006131245, -0.011705512, 0.003987527, 0.0057293787, -0.006643461, -0.0046704197, -0.00031223198, 0.004516907, 0.002161139, 0.0021164268, -0.0042091096, 0.001965725, -0.00058852625) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(0.0084614735, -0.008024761, 0.0017291459, -0.006431479, -0.006467978, -0.0014034339, -0.0015268521, -0.0012458403, 0.0003193729, -0.002014827, 0.00092579646, -0.00040308433, -0.0014478633, -0.00018243789, -0.0044939904, -0.004204681) * tail_input(p + ivec2(0, -2), last, 5);
        c += mat4(-0.0020162396, -0.00034719118, -0.00016418924, -0.0013269228, 0.0076023224, 0.002617075, -0.002302719, 0.0008517343, -0.0010458007, -0.00038136603, -0.002031898, -0.0002757398, -5.8757185e-05, 0.0019258115, 0.0028065012, 0.0015596929) * tail_input(p + ivec2(0, -2), last, 6);
        c += mat4(-0.031820573, -0.016713323, -0.020809397, -0.013617402, -7.899203e-05, 0.0014944876, 0.0014767596, 0.0016844012, 0.0009075882, -0.0030675032, 0.002226474, -0.0010900744, -0.0024610192, -0.0008371722, 0.00015537355, 0.00011315864) * tail_input(p + ivec2(0, -2), last, 7);
        c += mat4(0.0127702, 0.0027142065, 0.006801878, 0.0045937044, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 8);
        c += mat4(0.0024837109, -0.007427201, 0.009079795, -0.014027378, -0.0057351, 0.005900152, -0.0073258393, 0.003641201, 0.010922859, -0.013056568, 0.004490077, -0.0049051573, -0.015032093, 0.018717363, -0.008423939, -0.00020507915) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.01959912, 0.023536794, 0.010548674, 0.011545824, -0.020363031, -0.013066376, -0.018941035, -0.006508108, 0.0030366653, 0.0011665755, 0.0020903184, 0.0029784478, -0.013876109, -0.026876966, 0.004620733, -0.016595764) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(-0.011595592, 0.011929093, 0.0103128925, 0.0037753994, 0.019240398, -0.020382868, 0.0020598997, -0.011808762, 0.021956477, -0.0013078717, -0.00069252244, 0.0036647376, -0.013509236, 0.015093724, -0.0017531867, 0.006064093) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(-0.0093448395, -0.0053166403, 0.011442367, 0.0058505917, 0.016120398, -0.017795939, -0.0051255934, -0.0007306805, 0.0020991182, 0.008530525, 0.009488219, 0.0076505155, 0.052065726, 0.045322083, 0.06286304, 0.012184246) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(-0.029373338, -0.027727902, -0.015758019, -0.015400021, 0.007500023, -0.0024015424, 0.04550216, -0.020587308, 0.039408144, 0.0026641735, -0.02123506, 0.004159677, 0.021958325, -0.0008671635, 0.0014478079, 0.00042096927) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(0.036253277, -0.05316051, 0.010379727, -0.024049312, -0.03386685, 0.0025455933, 0.03157189, -0.0018913796, -0.0019069498, 0.012267714, 0.013974139, -0.011177157, -0.0016217122, 0.011265732, -0.0016039374, -0.00060616457) * tail_input(p + ivec2(0, -1), last, 5);
        c += mat4(-0.0015454991, 0.002341977, -0.0031879623, -0.0001338516, 0.023031957, -0.0060614236, -0.019050956, -0.0056439517, -0.0008118172, 0.0009426648, -0.004971601, -0.0012029607, 0.013784817, -0.0052341563, 0.0029365788, 0.0016598953) * tail_input(p + ivec2(0, -1), last, 6);
        c += mat4(-0.112130836, -0.056146175, -0.036859933, -0.05738691, 0.0043583517, 0.011897541, -0.00063937204, -0.0020369168, -0.0011121058, 0.0008529849, -0.003215318, -0.010637078, -0.003610911, 0.006829597, -0.004703345, -0.008949748) * tail_input(p + ivec2(0, -1), last, 7);
        c += mat4(0.029596435, 0.014402874, 0.037479248, 0.022612883, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 8);
        c += mat4(-0.053643983, 0.037694234, -0.03820249, 0.04166333, -0.008734964, 0.0047208136, -0.009049963, 0.0067009395, 0.05031677, -0.058625225, 0.025098106, -0.024293408, -0.017646477, 0.020659614, -0.020327145, 0.023657521) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.1255143, 0.057268783, 0.07686813, 0.05605156, 0.01153423, -0.03913946, -0.03286708, -0.0058155204, -0.011478245, -0.011872461, 0.011191491, 0.007654737, -0.13969, -0.080654345, -0.050908964, -0.068236984) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.12427282, -0.054396473, -0.053325813, -0.041318133, -0.037057474, 0.06576381, -0.06481991, 0.025912262, -0.0038868366, -0.018318642, 0.04749349, -0.035484716, 0.024867114, 0.029763205, -0.014136028, 0.032473218) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.06330106, 0.016700642, -0.08186915, -0.018214343, -0.013753083, 0.039511096, -0.03544818, 0.03574813, -0.045372125, -0.026336633, -0.05208917, -0.03297263, -0.072390266, -0.038267255, -0.077780195, -0.019061036) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(-0.019073369, -0.020550182, -0.061904263, -0.013165495, 0.02267305, 0.005454268, -0.074025825, -0.011596051, -0.062678434, -0.018100891, 0.10819464, -0.045157246, -0.060632035, 0.057258077, 0.038191807, 0.028700314) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.020008007, -0.03387411, 0.04117608, -0.050673384, 0.11036086, -0.031109039, -0.051389586, 0.016805604, -0.009741476, 0.0046810857, -0.049100935, 0.05982141, 0.032602735, -0.013288959, -0.030794064, -0.018143494) * tail_input(p + ivec2(0, 0), last, 5);
        c += mat4(-0.023496566, 0.016966715, -0.015795294, 0.009683658, -0.07897095, -0.006095838, 0.07284077, -0.0026827306, -0.014860867, -0.00035203135, -0.007178008, 0.009751854, -0.037745066, 0.06447508, -0.032462303, 0.004268381) * tail_input(p + ivec2(0, 0), last, 6);
        c += mat4(-0.14903215, -0.11909429, -0.23239721, -0.11414261, -0.026333157, -0.0043080496, 0.028033305, -0.010990358, -0.017251648, -0.021021817, 0.024903264, 0.008968178, -0.07166979, 0.062198296, -0.040142402, 0.0030355938) * tail_input(p + ivec2(0, 0), last, 7);
        c += mat4(0.09843459, 0.12019515, 0.07886036, 0.12002015, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
        c += mat4(0.004268384, -0.0019324834, -0.009772601, -0.0057248934, 0.007628076, -0.011557398, 0.0019368153, -0.0051163235, 0.016622562, -0.022300804, 0.0339985, -0.046271387, -0.013170348, -0.00056114834, -0.021358982, 0.008788797) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(0.10484937, 0.10554808, 0.08985535, 0.10875494, 0.018256407, -0.036034033, 0.13754217, -0.07103315, 0.013454433, 0.013699823, -0.02213258, -0.022101212, -0.008653235, 0.021864738, -0.05426827, -0.0014695876) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(-0.035122883, -0.0036424415, 0.045562983, -0.016071724, 0.006707023, -0.0050836825, 0.025160287, 0.011109615, -0.0033568724, -0.003886875, -0.008129009, -0.017793844, 0.005467968, 0.015937071, 0.0023016515, 0.019734867) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(-0.01452439, -0.0016173951, 0.013172429, 0.009295219, 0.0029912007, -0.006984321, 0.030686645, 0.00027494825, -0.0053696195, 0.003703567, -0.0097076055, -0.003884674, -0.005217109, -0.01073752, -0.0052508176, -0.0086892005) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.008532451, -0.006242174, 0.021272354, -0.005641143, -0.0054886756, 0.00033706875, 0.010374869, 0.0068685827, -0.0057123397, 0.0054340963, -0.0048549273, 0.008201544, 0.013473936, 0.002196863, -0.045175858, 0.0030554621) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(-0.0020408677, -0.01068654, 0.015055713, -0.018343022, -0.012393647, -0.009669859, 0.04213994, -0.0121444585, 0.016079944, -0.0033649602, 0.028548725, -0.0029681812, -0.019738939, -0.0076051173, 0.035569258, -0.0055892398) * tail_input(p + ivec2(0, 1), last, 5);
        c += mat4(-0.0072678863, 0.0052906466, -0.009546432, 0.005136549, 0.013973601, -0.0062988866, 0.0023266214, 0.00063715124, 0.018629277, 0.0050458303, -0.02044615, 0.0023932552, 0.0039238883, -0.005762175, -0.021778041, 0.0217176) * tail_input(p + ivec2(0, 1), last, 6);
        c += mat4(-0.08560167, -0.111784436, -0.097079076, -0.12093666, -0.01444256, -0.0006839116, -0.030694244, -0.01072279, 0.007729911, -0.0067539196, 0.0014504043, -0.010189952, 0.007180503, 0.0136187365, 0.018008113, 0.018532997) * tail_input(p + ivec2(0, 1), last, 7);
        c += mat4(0.040164534, 0.03083646, 0.03923696, 0.021392094, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 8);
        c += mat4(-0.0042688097, -0.003249674, -0.003303327, 0.0033818025, -0.0030297588, -0.0018296835, -0.00012856297, -0.006568609, -0.004453305, 0.001773462, -0.00742242, 0.001431285, 0.0009998779, 0.0056723007, -0.0073913815, 0.008180016) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(0.026401512, 0.013039241, 0.048349157, 0.000326485, -0.0025838118, 0.012771581, -0.055003744, 0.020628246, -0.0069084116, -0.009931707, 0.0044141784, 0.004466284, -0.0023686204, 1.7824057e-05, 0.0030902445, -0.0059318617) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(0.0043269475, 0.0048835194, 0.0008780043, 0.002424885, 0.0068704654, 0.0024334048, 0.0035223796, 0.0044688205, 0.00037878804, -0.003105452, 0.0013874234, -0.004287692, 0.0034771229, 0.005711995, 0.0015143964, 0.0053901593) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(0.0014904172, 0.001915466, 0.001698917, 0.00064652046, 0.0033242572, -0.00023121896, 0.0004354004, -0.0028576069, -0.003628691, -0.003909963, -0.00084276387, -0.0022100639, 0.0016947206, 0.00093716313, 0.0009827723, 0.0014557678) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(-0.0019123245, 0.00038592253, -0.0022814088, 0.0007156627, 0.0033763677, 0.004166924, 0.0020188817, 0.0034839672, -0.0025497912, 0.0022860407, -0.00022353207, 0.004337522, 0.0016223285, -0.0044408957, 0.0015444829, -0.0026761957) * tail_input(p + ivec2(0, 2), last, 4);
        c += mat4(-0.0003591049, -0.0031700763, -0.005459428, -0.001577451, 0.0031840163, -0.0020991238, -0.004240855, -0.0010567681, -0.0041136513, 0.0026144614, 0.0129400855, 0.0020618238, -0.0021010574, 0.00019365865, -0.009535311, -0.004925917) * tail_input(p + ivec2(0, 2), last, 5);
        c += mat4(-0.00084683555, -0.001853838, -0.0053958776, -0.001067158, 3.692475e-05, 0.0043239174, -0.00051823276, 0.004201329, -0.00025040345, 0.004621773, -0.0028910567, -0.004527648, 0.0041762777, 0.0010419838, 0.011526784, -0.007954793) * tail_input(p + ivec2(0, 2), last, 6);
        c += mat4(-0.026803106, -0.025055135, -0.036250226, -0.027878053, -0.004639747, -0.005668444, -0.0014278303, -0.002179509, -0.0008206041, 0.0022445684, 0.0011812309, -0.00015882864, 0.00793774, 0.0022901637, -0.0012376115, 0.0030027616) * tail_input(p + ivec2(0, 2), last, 7);
        c += mat4(0.0050327173, 0.0014001272, 0.0124800475, 0.00023150223, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 8);
    }
    if (p.x == last.x) {
        c += vec4(-0.00016669254, -0.00018582834, -0.00018226595, -0.00018853767);
        c += mat4(-0.0044393577, 0.0056008887, -0.00024004462, -0.0051633865, 0.01422409, -0.005696237, -0.003000911, 0.0031803472, -0.0013780021, 0.004021737, 0.0038140547, 0.002789797, -0.011102986, 0.011336239, -0.011823848, 0.001012001) * tail_input(p + ivec2(0, -2), last, 0);
        c += mat4(-0.00029259693, 0.00036875912, -0.00048637608, 0.00045496828, 0.009435592, 0.004335042, 0.003898826, 0.00070892915, -0.004315012, -0.0016908469, -0.0019100131, 0.003077322, -0.004147876, -6.36826e-05, -0.0010767044, 0.0014910803) * tail_input(p + ivec2(0, -2), last, 1);
        c += mat4(-0.0059812297, 0.0010634572, -0.0020112463, -0.0009388076, 0.0054307035, 0.004705681, 0.0014927442, 0.0012764555, 0.002883522, 0.0012209876, 0.00041479548, -0.0018500979, -0.0026150562, 0.00011437889, -0.0012107964, -0.00046293953) * tail_input(p + ivec2(0, -2), last, 2);
        c += mat4(-0.0039032756, -1.3629849e-05, -0.0006431163, -0.0032322216, 0.006855372, 0.0122278575, 0.0032446703, -0.0027599302, 0.001586406, -0.0002573502, 0.0006094548, -0.005978261, -0.10177264, -0.35138482, 0.17803895, -0.14187565) * tail_input(p + ivec2(0, -2), last, 3);
        c += mat4(0.0111937, 0.0010103375, 0.0031887535, 0.0039248397, 0.0007601455, 0.0018777326, 0.0039011864, 0.0057239817, 0.004433075, 0.006884092, -0.005093288, 0.0027747746, -0.00022545959, 0.0024596897, -0.0011293504, 0.0043510455) * tail_input(p + ivec2(0, -2), last, 4);
        c += mat4(0.0064355405, -0.00832497, 0.0052767824, -0.0001905137, 0.0013752959, -0.003316145, 0.0008686752, 0.00071309664, 0.0033244847, -0.0040405565, -0.0018577089, -0.0023774668, -0.0016547663, -0.00060283666, 0.0012573042, -0.0007957513) * tail_input(p + ivec2(0, -2), last, 5);
        c += mat4(-0.0060945884, 0.00021209658, 0.00028300786, -0.0020746386, 0.0044111223, -0.006621262, 0.005602799, -0.0006124171, 0.0020966767, -0.0002744645, 0.00018758741, 0.00065392384, 0.0032859475, -0.009894289, 0.0057505923, -0.005835374) * tail_input(p + ivec2(0, -2), last, 6);
        c += mat4(0.002437866, 0.0047939788, -0.004565904, 0.0013268251, -0.008908827, -0.0025210169, -0.002262804, 0.0050248816, -0.001155831, 0.0027225101, -0.0022663965, -0.004523213, -0.007419461, -0.00042359097, -0.0012223062, -0.0038986588) * tail_input(p + ivec2(0, -2), last, 7);
        c += mat4(0.007586773, 0.006390005, 0.0054945243, 0.0014560495, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -2), last, 8);
        c += mat4(-0.04557095, 0.013107414, -0.01246903, 0.028369175, 0.004779384, 0.013780303, 0.010922562, -0.01808023, 0.012381423, -0.03306944, 0.0020922194, 0.005122323, -0.022299146, 0.022364909, -0.011656953, 0.008172406) * tail_input(p + ivec2(0, -1), last, 0);
        c += mat4(0.00046872365, -0.00066936045, -0.0006337798, -0.00038454466, -0.014352007, 0.0071973763, 0.004688443, 0.006495685, 0.0002782491, 0.007052854, 0.001816432, -0.0043176296, 0.0020435369, 0.0048274617, -0.00061271223, 0.00041675186) * tail_input(p + ivec2(0, -1), last, 1);
        c += mat4(-0.02873854, 0.014585603, 0.0020619552, 0.015978688, 0.026153022, -0.013467843, 0.00922916, 0.0063758837, -0.015448414, 2.0752608e-05, 0.009522323, -0.0058021257, -0.027508898, -0.0065050507, 0.004477187, 0.005512851) * tail_input(p + ivec2(0, -1), last, 2);
        c += mat4(-0.00693022, 0.00060562615, -0.0078014284, 0.014254527, -0.040699616, 0.08059643, 0.020291984, -0.0469826, -0.004059698, -0.0011572404, -0.0028509551, 0.007175514, -0.21784395, -0.13028422, 0.019145783, 0.054721404) * tail_input(p + ivec2(0, -1), last, 3);
        c += mat4(0.03021508, -0.013002642, 0.013994057, -0.0052934005, 0.031661987, 0.0031527742, 0.018603813, 0.006512933, 0.004628994, 0.026965402, 0.0028222692, -0.0005994032, 0.009761595, -0.01951559, -0.0042826436, 0.005718622) * tail_input(p + ivec2(0, -1), last, 4);
        c += mat4(-0.0045497348, 0.0013330802, -0.006808484, 0.0016484644, -0.013373122, 0.04127976, -0.013595087, -0.020688862, 0.006451863, 0.0017823814, -0.0044144066, 0.00094070093, 0.006718595, 0.008616345, 0.0050397785, 0.007687482) * tail_input(p + ivec2(0, -1), last, 5);
        c += mat4(-0.0039615296, 0.010961747, -0.0076203514, 0.008996279, -0.006492986, 0.008447871, -0.0028559533, -0.0043745334, 0.00016128502, -0.007016513, 0.0018175987, -0.000118765216, 0.002334932, -0.017033393, 0.0067447755, -0.00618836) * tail_input(p + ivec2(0, -1), last, 6);
        c += mat4(0.039808083, 0.003697892, 0.021071527, -0.0013544642, -0.009452529, 0.018166801, -0.0054555824, -0.007984587, 0.00637986, 0.030672159, -0.018915445, -0.01546306, 0.011969155, 0.027087132, -0.011040977, -0.006487346) * tail_input(p + ivec2(0, -1), last, 7);
        c += mat4(0.027484948, 0.056535576, 0.05249612, 0.085068725, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, -1), last, 8);
        c += mat4(-0.041933, 0.0024559903, -0.02508145, 0.061866734, 0.0005813282, -0.0073501505, 0.0010250156, 0.031944502, 0.066186905, -0.0797668, 0.07418438, -0.06956752, -0.010254885, 0.0100055635, -0.021352379, 0.023391211) * tail_input(p + ivec2(0, 0), last, 0);
        c += mat4(0.0039653904, -0.00086889946, -0.00051105826, -0.0046834694, -0.0036349471, -0.0620372, -0.023589328, 0.056035496, -0.02277895, -0.014068387, 0.014743002, 0.01783502, 0.029285438, 0.018079603, -0.023716612, 0.0078924345) * tail_input(p + ivec2(0, 0), last, 1);
        c += mat4(0.06712475, -0.055489566, 0.029391296, -0.02936995, 0.016076742, 0.0009860367, 0.021356272, -0.05281729, 0.017675234, -0.023273554, -0.002600463, 0.051593076, -0.07327548, -0.019151382, -0.008331064, 0.05947964) * tail_input(p + ivec2(0, 0), last, 2);
        c += mat4(0.017171057, 0.04679995, -0.025340175, -0.058067884, -0.027834991, -0.05335, -0.035676528, 0.11276473, -0.033267647, -0.03971525, -0.0017158695, -0.0074857287, -0.0797375, -0.18057187, -0.18133618, -0.36006734) * tail_input(p + ivec2(0, 0), last, 3);
        c += mat4(0.014234447, -0.00666026, 0.040492848, -0.020615092, 0.01990141, 0.010307463, 0.017305233, -0.0816226, 0.06177541, -0.053008668, 0.010987727, -0.024808876, -0.11073005, 0.086125426, -0.016932048, 0.08826495) * tail_input(p + ivec2(0, 0), last, 4);
        c += mat4(0.06406938, -0.05976962, 0.047498666, -0.052615393, -1.897913e-05, -0.02654355, -0.020767918, 0.074631296, -0.051856197, 0.089791186, -0.02631161, 0.027559781, 0.09410701, -0.05375684, 0.032372463, -0.04359261) * tail_input(p + ivec2(0, 0), last, 5);
        c += mat4(-0.006469493, 0.0102794785, -0.011474226, 0.001045786, 0.0048058797, -0.014871767, -0.016005822, 0.020071281, -0.04137412, -0.02945874, 0.004768843, 0.0038183762, 0.092405245, -0.060363676, 0.044538815, -0.06929527) * tail_input(p + ivec2(0, 0), last, 6);
        c += mat4(0.016638787, 0.0079976395, 0.030632855, 0.0067037446, -0.049391422, -0.00042863077, -0.0051888167, 0.057357684, 0.0011893377, -0.053564794, 0.0076714517, 0.026890274, 0.028880814, -0.0712658, 0.018353447, -0.007758799) * tail_input(p + ivec2(0, 0), last, 7);
        c += mat4(0.16989765, 0.13161083, 0.15542549, 0.13961026, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
        c += mat4(-0.012652877, 0.0068904017, -0.013004429, 0.01195876, 0.010194682, 0.018061114, 0.0068334755, 0.005597714, -0.0039584227, -0.00097542326, 0.015296595, -0.037735406, 0.0007538179, 0.0058866884, -0.015955254, -0.002681083) * tail_input(p + ivec2(0, 1), last, 0);
        c += mat4(-0.01835625, -0.012954065, 0.009994567, 0.007508133, -0.020515978, 0.08947138, 0.08853329, -0.12754743, 0.017883161, 0.0038834107, -0.035914924, -0.021911388, -0.013298568, 0.038871545, 0.010322817, -0.040050246) * tail_input(p + ivec2(0, 1), last, 1);
        c += mat4(-0.03241031, 0.02291945, -0.0024586637, 0.025892096, -0.0067923316, 0.0016040715, -0.024271918, 0.024341349, 0.019320404, 0.01492247, 0.01533153, -0.019082204, -0.012298302, -0.0038013647, 0.00071072945, 0.032031957) * tail_input(p + ivec2(0, 1), last, 2);
        c += mat4(0.0041673123, -0.0054367096, 0.004918299, 0.0010131663, 0.0039719036, 0.020109652, -0.0024768163, 0.0036746375, 0.003212918, -0.0054859486, -0.009247009, -0.010634373, -0.034330785, -0.007913435, -0.068305336, -0.054860115) * tail_input(p + ivec2(0, 1), last, 3);
        c += mat4(0.00229428, -0.0060209264, 0.018650413, 0.0059255366, 0.002250018, 0.0018924401, 0.0024013272, -0.0033621804, -0.0043935087, -0.0010990943, 0.013051079, 0.0075700814, 0.017005287, 0.011557583, -0.000741915, 0.011422169) * tail_input(p + ivec2(0, 1), last, 4);
        c += mat4(-0.006978891, 0.006845484, 0.0112076085, -0.013205978, -0.0010473855, 0.013213804, 0.010723211, -0.030760337, -0.0061463728, 0.017744828, -0.036396872, 0.0395064, 0.010304952, -0.028471028, 0.058841612, -0.04464241) * tail_input(p + ivec2(0, 1), last, 5);
        c += mat4(-0.0021737625, 0.01270523, -0.0052597006, 0.010104102, -0.00320635, 0.008851588, -0.018130213, -0.011569083, 0.011819289, 0.07298782, -0.023925541, -0.048424706, 0.015986027, -0.035906717, 0.048780214, -0.031374976) * tail_input(p + ivec2(0, 1), last, 6);
        c += mat4(0.01670013, 0.007054076, 0.012532975, 0.007690036, 0.0054183095, 0.008892751, -0.010222423, -0.0036223768, -0.005486607, 0.00845174, -0.0047687264, -0.009710834, -0.008750577, -0.044472422, 0.03368755, 0.09191619) * tail_input(p + ivec2(0, 1), last, 7);
        c += mat4(0.06024793, 0.083432496, 0.064031586, 0.09251006, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 1), last, 8);
        c += mat4(-0.0033500327, -0.00080402597, -0.0028080714, -0.00028343202, 0.0072603417, 0.015274121, 0.0064238156, -0.0015379745, 0.0029841973, -0.011339965, -0.001716124, -0.0072908797, 0.0025949173, 0.004254387, -0.0009782012, -0.0009232723) * tail_input(p + ivec2(0, 2), last, 0);
        c += mat4(-0.004804314, -0.0021147018, -0.005399696, 0.0052860295, -0.0035612697, 0.005464034, -0.009457194, 0.039002664, -0.008257667, -0.015296382, 0.017996, 0.018619997, -0.009024133, -0.00032463213, -0.004414559, -0.0010726135) * tail_input(p + ivec2(0, 2), last, 1);
        c += mat4(-0.005799768, 0.00083655916, -0.0034186235, 0.010110206, 0.0027835823, -0.0013512996, 0.0027041477, -0.0036556933, 0.001021833, 0.0057620946, 0.00558771, 0.005339983, 0.0006777943, 0.00064977445, 0.00013753166, 0.0015342664) * tail_input(p + ivec2(0, 2), last, 2);
        c += mat4(0.0005365175, -0.001719384, 0.0029834956, 0.0006787324, 0.00011804147, 0.00037159192, 0.0042597107, 0.0037424553, -0.001651121, -0.008319162, -0.0015492459, -0.0021666966, -0.0071291295, -0.002200409, -0.007834437, -0.00045416714) * tail_input(p + ivec2(0, 2), last, 3);
        c += mat4(0.005197436, 0.0020619587, 0.008343818, 0.0037994592, -0.00036197496, -9.074636e-05, -0.0013861435, 0.0018829353, -0.003664937, -0.0057328525, -0.0066251927, -0.0049215867, 0.0029225682, 0.0037452155, 0.0006205295, 0.007271836) * tail_input(p + ivec2(0, 2), last, 4);
        c += mat4(-0.0032713886, 0.0014339485, -0.0031914918, 0.0010096531, -0.002478535, 0.004903146, 0.00024599247, -0.00078904734, 0.003745004, -0.0024268592, -0.010398092, -0.0103111025, 0.0039776815, 0.00013630137, -0.002292782, 0.0017721255) * tail_input(p + ivec2(0, 2), last, 5);
        c += mat4(-0.0037212528, 0.006748323, -0.0071372837, 0.013889493, -0.0019430517, -0.0036355008, -0.006833277, -0.0019994671, 0.00025306433, -0.0022288908, -0.00956423, -0.0071791033, 0.004159428, -0.004384332, 0.013151198, -0.015073999) * tail_input(p + ivec2(0, 2), last, 6);
        c += mat4(0.0040384904, 0.0052442364, 0.0072745043, 0.009696353, -0.0007443523, 0.0005917271, -7.0025824e-05, 0.005961376, -0.0016722851, 0.0004100976, -0.004082754, -0.0016565539, 0.015258558, 0.017432213, 0.02010537, -0.012094845) * tail_input(p + ivec2(0, 2), last, 7);
        c += mat4(0.010313727, 0.0007973203, 0.009555079, 0.0063411044, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 2), last, 8);
    }
    if (p.y == 0 && p.x == 0) {
        c -= vec4(0.009772745, 0.0035428542, 0.0033758548, 0.0014564091);
        c -= mat4(-0.02936675, 0.027278963, -0.011593964, 0.017492073, -0.015063905, -0.005143743, -0.011645098, -0.0026516807, 0.044151522, -0.03362411, -0.020368049, -0.015538033, -0.01662266, 0.0069980905, -0.009694726, 0.009684979) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.064728014, 0.01875399, 0.014145729, 0.0042086956, 0.058389105, 0.0019568724, -0.01176633, 0.010825598, 0.008141981, 0.0041463706, 0.003284607, 0.0031561838, -0.0066199955, -0.005244235, -0.015391633, 0.0063091456) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.059261415, -0.02551416, -0.017904738, -0.012585406, -0.018276123, 0.03345155, -0.028442772, 0.020336943, 0.006273715, -0.0013446633, 0.0033318952, -0.00022521688, -0.0016788515, 0.012645529, 0.0010144537, 0.0067767906) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.052351013, 0.011369723, -0.013158589, -0.003781779, -0.009225045, 0.00071046303, -0.022904165, 0.008787739, -0.015178553, -0.006064994, -0.019887326, -0.0008622898, -0.05823255, -0.053376812, -0.03804503, -0.013949147) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.0074745365, -0.0048797717, 0.0028020465, -0.005363039, 0.0059930203, 0.0066059176, -0.0017874257, -0.0006978661, -0.019157968, -0.029767398, 0.02773699, -0.013976363, -0.04132622, 0.02442682, 0.029137582, 0.001545668) * tail_input(p + ivec2(0, 0), last, 4);
        c -= mat4(0.027587205, -0.013307188, 0.005238509, -0.014280661, 0.051739898, -0.023971805, -0.004972786, -0.013672578, -0.024975045, 0.014030907, -0.025933718, 0.019053936, 0.011784138, 0.019005887, 0.018026322, 0.01288342) * tail_input(p + ivec2(0, 0), last, 5);
        c -= mat4(-0.008981669, -0.0006827104, -0.0023788302, 0.004560187, -0.019602355, -0.0042165555, -0.0020656646, 0.006511221, -0.0193289, -0.0035488151, -0.005309509, -0.005683122, -0.0119167445, -0.0069228075, -0.0035008271, 0.0004370665) * tail_input(p + ivec2(0, 0), last, 6);
        c -= mat4(-0.046178147, -0.05117497, -0.030291231, -0.02444034, -0.039940666, -0.008060814, 0.0047020167, 0.0038923996, -0.01558182, -0.009546363, -0.004328289, -0.001954863, -0.0035517889, 0.029408995, 0.006138099, 0.02636468) * tail_input(p + ivec2(0, 0), last, 7);
        c -= mat4(-0.0207127, 0.0022740017, -0.0023913775, 0.004700518, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
    }
    if (p.y == 0 && p.x == last.x) {
        c -= vec4(0.0038283088, 0.005336659, 0.0008561096, 0.0022058613);
        c -= mat4(1.5335727e-05, 0.034978375, -0.0018497681, 0.016776055, 0.0047111292, 0.005848479, 0.0063715624, 0.007719541, 0.018145658, -0.05280514, 0.01851616, -0.029787885, 0.012962855, 0.013827435, -0.008406814, 0.0009283709) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(0.005541898, 0.020164587, 0.0011937538, -0.0008725872, 0.010745152, -0.0107477885, -0.025918104, 0.05918418, -0.009706015, 0.015910449, 0.0107415095, 0.015922584, 0.012975899, -0.025103288, -0.006285704, -0.008376277) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.028527683, -0.029414894, 0.0044718795, -0.021469735, -0.014358921, 0.03783465, -0.007553008, -0.017448438, 0.0006192965, -0.02348533, 0.0030718984, 0.005108801, -0.017211149, 0.025593048, -0.005077307, 0.0052318918) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.010847502, 0.043940388, -0.016785592, 0.0064652795, -0.004603266, -0.019901494, 0.00094772485, 0.01620252, -0.0018507587, -0.012773341, -0.0013171983, -0.021132953, 0.027740916, -0.017457012, -0.002965717, -0.046805013) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(-0.0024830915, 0.00021199585, -0.0013061697, 0.0070904577, 0.0101145, -0.0056646713, 0.0030476975, -0.011125854, 0.011205535, -0.013668146, 0.005864838, -0.023844277, -0.018603915, 0.032004837, 0.0077623297, -0.0024032607) * tail_input(p + ivec2(0, 0), last, 4);
        c -= mat4(0.015231756, -0.03220038, 0.0043186327, -0.018783158, 0.034909636, -0.030282497, -0.0025757267, 0.011605859, -0.0072825365, 0.056050435, -0.0036455868, 0.0068823253, -0.0018912927, -0.030518126, 0.012262289, -0.014319469) * tail_input(p + ivec2(0, 0), last, 5);
        c -= mat4(0.00087813044, 0.008751885, -0.0017413596, -0.0028716554, -0.009540853, -0.029227871, -0.0025576388, -0.0039012681, 0.0153582515, 0.021658301, 0.006617395, 0.038881928, 0.007635645, -0.049012452, 0.011958962, -0.02869063) * tail_input(p + ivec2(0, 0), last, 6);
        c -= mat4(-0.004475066, -0.006454168, 0.003553287, -0.0023183094, -0.0029211198, -0.024339942, 0.006996548, -0.008564137, -0.0076454477, -0.029114738, 0.013481999, -0.0007865344, -0.0064130123, -0.009893224, 0.005169653, -0.016122416) * tail_input(p + ivec2(0, 0), last, 7);
        c -= mat4(0.02336387, 0.018570945, 0.0068366416, 0.00060086785, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
    }
    if (p.y == last.y && p.x == 0) {
        c -= vec4(0.0038853611, 0.0013684394, 0.006161113, 0.0018463089);
        c -= mat4(0.0031951745, 0.0011680782, -0.020133778, 0.0019181534, -0.010489973, -0.0035282183, 0.004100501, -0.0035551612, -0.011403428, -0.013871076, 0.034492195, -0.0054537463, 0.0054722168, -0.004385475, -0.009622566, -0.008874922) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.0015042863, 0.0019718418, -0.0011079217, -0.0014604786, -0.00027211092, -0.008581809, -0.012945207, 0.0048968554, -0.0057078646, -0.0051937015, 0.02080458, 0.012336281, 0.04178583, -0.006270346, 0.017246665, 0.05604926) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.012243906, -0.007812514, -0.045850083, -0.04515557, -0.012375448, 0.025154764, 0.012026297, -0.015340446, -0.021762474, -0.016598728, 0.030117242, -0.0051050843, 0.014915263, 0.0062630614, -0.0215923, 0.00883108) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.034895208, 0.0366394, -0.06825172, -0.006259082, 0.0041798973, 0.0101539865, -0.02489058, 0.00044069526, -0.0047644707, -0.0051291166, -0.015551149, -0.014482702, 0.0062107374, 0.0046411613, -0.01313669, -0.011586859) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.0010803854, 0.006386401, -0.035643827, -0.006272918, 0.02381866, 0.019029079, -0.012482361, 0.0054080966, -0.03868514, -0.019904088, 0.047628798, -0.041050144, -0.009202453, -0.0005805215, 0.016439553, 0.018781472) * tail_input(p + ivec2(0, 0), last, 4);
        c -= mat4(-0.010406912, -0.0008607578, 0.024004297, 0.0018559807, 0.03120312, -0.0064904573, -0.0683266, 0.021025384, 0.0050735017, -0.004124974, -0.017760001, 0.003367855, 0.016060395, -0.00541836, -0.033661548, 0.0018133799) * tail_input(p + ivec2(0, 0), last, 5);
        c -= mat4(-0.025723377, 0.005337603, -0.013201385, 0.0014159601, -0.038470842, -0.019456306, 0.112798184, 0.012421285, 0.0077815484, 0.0064249877, -0.0023745, 0.0057622376, -0.0013792913, 0.027451137, -0.0044449386, -0.002136076) * tail_input(p + ivec2(0, 0), last, 6);
        c -= mat4(-0.011747721, -0.014796396, -0.037916675, -0.037836548, -0.009159253, -0.012226195, 0.010353778, -0.0030588906, -0.018412719, -0.026897203, 0.02060462, -0.0052547874, -0.018368151, -0.012265736, -0.026933786, -0.030028194) * tail_input(p + ivec2(0, 0), last, 7);
        c -= mat4(0.02447591, 0.021533025, -0.0025677427, 0.023744684, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
    }
    if (p.y == last.y && p.x == last.x) {
        c -= vec4(0.0014861467, 0.0030777382, 0.0046263854, 0.007901182);
        c -= mat4(-0.024216283, -0.0022039216, -0.02035003, 0.048576597, -0.011348116, -0.0013183436, -0.011255464, 0.028882455, 0.013842955, -0.010001261, 0.028224146, -0.051890515, -0.0066714375, -0.010845823, -0.00516784, 0.0057712914) * tail_input(p + ivec2(0, 0), last, 0);
        c -= mat4(-0.004653933, -0.008522191, -0.00824325, 0.0038181301, -0.010441444, -0.027576823, 0.001980242, 0.00836001, -0.0024241884, -0.003384615, 0.007278907, 0.0067460397, 0.0005546352, 0.026575446, -0.0024419543, -0.008934335) * tail_input(p + ivec2(0, 0), last, 1);
        c -= mat4(0.022511052, -0.009940179, -0.0019837292, -0.012637589, 0.016137725, 0.024545591, 0.008731254, -0.06946631, -0.025111428, -0.012386229, -0.00821717, 0.008617136, -0.011155054, 0.010045863, 0.0025976868, 0.04998889) * tail_input(p + ivec2(0, 0), last, 2);
        c -= mat4(0.032172453, 0.022846436, -0.015637053, -0.067556895, -0.033229098, -0.046982143, -0.055381943, 0.14091542, -0.0081318235, -0.010717367, -0.0058382875, 0.010272768, -0.18051046, -0.25960985, -0.22275263, -0.28389978) * tail_input(p + ivec2(0, 0), last, 3);
        c -= mat4(0.016956571, 0.011920891, 0.011528588, -0.042627078, 0.02119353, 0.028983708, 0.023841321, 0.024897054, 0.048762627, 0.04580438, 0.08199717, 0.13640247, -0.04175833, 0.011872771, 0.0033970173, 0.07219179) * tail_input(p + ivec2(0, 0), last, 4);
        c -= mat4(0.0053865234, -0.013335922, 0.023424275, -0.034442943, -0.003474696, -0.03676648, -0.02125113, 0.050904218, -0.025911564, 0.022836898, -0.019743202, 0.05337844, 0.023419948, -0.00091714563, -0.0010772776, -0.00993169) * tail_input(p + ivec2(0, 0), last, 5);
        c -= mat4(-0.007007297, 0.008370893, -0.015200703, 0.009963776, -0.027427046, -0.029544763, -0.021534426, 0.01667542, -0.0009480025, -0.005238323, 0.00023994187, 0.018130826, 0.023455376, -0.008806795, 0.019761927, -0.0152377095) * tail_input(p + ivec2(0, 0), last, 6);
        c -= mat4(0.0070314417, 0.0071616513, -0.0009549266, -0.00053784077, -0.0443037, -0.011606454, -0.0064713475, 0.06882145, -0.020285742, -0.022080945, -0.0074567385, 0.021978676, 0.007157301, -0.019405184, -0.00615669, -0.01952066) * tail_input(p + ivec2(0, 0), last, 7);
        c -= mat4(0.03182145, 0.04245403, 0.036641352, 0.05645292, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) * tail_input(p + ivec2(0, 0), last, 8);
    }
    return c;
}

// conv 5x5, 32 channels and luma -> 2x luma (depth-to-space), then - what it counts beyond the frame (tail_edges), clip: its border correction, for every pixel on the frame's border, which the
// last pass subtracts there. Row s of this texture (0-3: top, bottom, left, right side) holds at x the
// x-th pixel of side s, rounded to float16; row s + 4 what that rounding left.
void hook()
{
    ivec2 size = ivec2(HOOKED_size);
    ivec2 last = size - ivec2(1);
    int x = int(gl_GlobalInvocationID.x), side = int(gl_LocalInvocationID.y);
    if (x > (side < 2 ? last.x : last.y))
        return;
    ivec2 p = side == 0 ? ivec2(x, 0) : side == 1 ? ivec2(x, last.y) : side == 2 ? ivec2(0, x) : ivec2(last.x, x);
    vec4 c = tail_edges(p, last);
    vec4 high = round_half(c);
    imageStore(out_image, ivec2(x, side), high);
    imageStore(out_image, ivec2(x, side + 4), round_half(c - high));
}

//!DESC ArtCNN_C4F32 tensor conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L4
//!BIND HOOKED
//!BIND ArtCNN_C4F32_EDGE
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

// The tail is folded into this pass (conv, skip add and conv as one 5x5 sum). Beyond the frame that
// sum counts what the folded layers compute there, which Keras' zero padding leaves out: at the
// border it is subtracted, as the border pass computed it (ArtCNN_C4F32_EDGE: a row per side of
// the frame, each pixel of it in float16 and what that rounding left).
vec4 tail_edges(ivec2 p, ivec2 last)
{
    int side = p.y == 0 ? 0 : p.y == last.y ? 1 : p.x == 0 ? 2 : p.x == last.x ? 3 : -1;
    if (side < 0)
        return vec4(0.0);
    ivec2 t = ivec2(side < 2 ? p.x : p.y, side);
    return texelFetch(ArtCNN_C4F32_EDGE_raw, t, 0) + texelFetch(ArtCNN_C4F32_EDGE_raw, t + ivec2(0, 4), 0);
}

// conv 5x5, 32 channels and luma -> 2x luma (depth-to-space), then - what it counts beyond the frame (tail_edges), clip
// A workgroup computes 8x8 pixels with 8x8 threads, 1 pixel(s) per thread, every output
// group of each. It first loads its input tile plus a 2-pixel halo (12x12 pixels, 9 groups)
// into shared memory, zero outside the frame (Keras 'same' padding).
// The tile holds float16 pairs (packHalf2x16): the stored tensor is rgba16f, so this is exact.
shared uvec2 tile[1296];

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
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(8, 8);
    for (int i = int(gl_LocalInvocationIndex); i < 144; i += 64) {
        ivec2 q = origin + ivec2(i % 12 - 2, i / 12 - 2);
        bool inside = all(equal(q, clamp(q, ivec2(0), last)));
        q = clamp(q, ivec2(0), last);
        vec4 x0 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(1, 0), 0);
        tile[i + 144] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(2, 0), 0);
        tile[i + 288] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(3, 0), 0);
        tile[i + 432] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
        vec4 x4 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(0, 1), 0);
        tile[i + 576] = inside ? uvec2(packHalf2x16(x4.xy), packHalf2x16(x4.zw)) : uvec2(0u);
        vec4 x5 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(1, 1), 0);
        tile[i + 720] = inside ? uvec2(packHalf2x16(x5.xy), packHalf2x16(x5.zw)) : uvec2(0u);
        vec4 x6 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(2, 1), 0);
        tile[i + 864] = inside ? uvec2(packHalf2x16(x6.xy), packHalf2x16(x6.zw)) : uvec2(0u);
        vec4 x7 = texelFetch(ArtCNN_C4F32_L4_raw, q * ivec2(4, 2) + ivec2(3, 1), 0);
        tile[i + 1008] = inside ? uvec2(packHalf2x16(x7.xy), packHalf2x16(x7.zw)) : uvec2(0u);
        vec4 x8 = vec4(HOOKED_mul * texelFetch(HOOKED_raw, q, 0).x, 0.0, 0.0, 0.0);
        tile[i + 1152] = inside ? uvec2(packHalf2x16(x8.xy), packHalf2x16(x8.zw)) : uvec2(0u);
    }
    barrier();

    ivec2 local = ivec2(gl_LocalInvocationID.xy);
    int at = local.y * 12 + local.x;
    vec4 a0_0 = vec4(-1.7674522e-06, -5.9487984e-06, 2.289558e-06, 9.945273e-06);
    {   // tap (-2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 0));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 144));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 288));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 432));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 576));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 720));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 864));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1008));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1152));
        HVEC4 s0_0 = HVEC4(2.6226044e-06, -9.685755e-05, -2.9146671e-05, 4.9233437e-05) * v0_0.x;
        s0_0 += HVEC4(-9.012222e-05, 0.00038194656, -1.4483929e-05, -0.00022006035) * v0_0.y;
        s0_0 += HVEC4(4.351139e-06, 2.4437904e-06, -9.417534e-06, -2.4914742e-05) * v0_0.z;
        s0_0 += HVEC4(0.00010251999, -8.028746e-05, 6.151199e-05, -4.1484833e-05) * v0_0.w;
        s0_0 += HVEC4(3.9339066e-06, 1.1920929e-06, -1.7046928e-05, 5.4240227e-06) * v0_1.x;
        s0_0 += HVEC4(-1.0967255e-05, -2.1755695e-05, 3.0696392e-05, -3.3974648e-06) * v0_1.y;
        s0_0 += HVEC4(1.2516975e-05, 1.4901161e-05, 1.1622906e-05, -2.5629997e-06) * v0_1.z;
        s0_0 += HVEC4(3.3438206e-05, 6.6161156e-06, -2.670288e-05, -1.7344952e-05) * v0_1.w;
        s0_0 += HVEC4(-3.9696693e-05, 4.786253e-05, -0.0, 3.5762787e-05) * v0_2.x;
        s0_0 += HVEC4(-0.00014841557, -0.0005040169, 0.00030589104, -1.0371208e-05) * v0_2.y;
        s0_0 += HVEC4(0.00010508299, -9.483099e-05, 0.00021123886, -8.4757805e-05) * v0_2.z;
        s0_0 += HVEC4(2.4855137e-05, 0.00019109249, -0.00010627508, -4.5895576e-06) * v0_2.w;
        s0_0 += HVEC4(-3.8266182e-05, 1.3291836e-05, 0.00010603666, -2.8312206e-05) * v0_3.x;
        s0_0 += HVEC4(7.849932e-05, 4.1127205e-06, -3.8027763e-05, 0.00012022257) * v0_3.y;
        s0_0 += HVEC4(0.00019943714, -7.998943e-05, -0.00017094612, -2.4080276e-05) * v0_3.z;
        s0_0 += HVEC4(0.12463379, -0.11999512, 0.007843018, -0.07196045) * v0_3.w;
        s0_0 += HVEC4(-8.291006e-05, 7.867813e-06, -5.64456e-05, 1.847744e-05) * v0_4.x;
        s0_0 += HVEC4(0.00024235249, -0.00041604042, 0.00021898746, 0.0001603365) * v0_4.y;
        s0_0 += HVEC4(-0.00021731853, 0.00044703484, -0.00046730042, -0.000110566616) * v0_4.z;
        s0_0 += HVEC4(7.009506e-05, -6.020069e-05, -1.5616417e-05, -7.8201294e-05) * v0_4.w;
        s0_0 += HVEC4(6.7830086e-05, 2.0802021e-05, -0.000112354755, 4.6610832e-05) * v0_5.x;
        s0_0 += HVEC4(0.00038218498, -0.0006737709, 0.000107586384, 0.000641346) * v0_5.y;
        s0_0 += HVEC4(-8.237362e-05, 0.00022912025, -0.00031518936, -4.6670437e-05) * v0_5.z;
        s0_0 += HVEC4(1.7523766e-05, 3.08156e-05, -1.3530254e-05, 1.4543533e-05) * v0_5.w;
        s0_0 += HVEC4(-8.046627e-06, 9.536743e-07, -2.4676323e-05, 8.523464e-06) * v0_6.x;
        s0_0 += HVEC4(1.66893e-05, 7.754564e-05, -1.9967556e-05, 2.270937e-05) * v0_6.y;
        s0_0 += HVEC4(3.939867e-05, 1.5318394e-05, -3.0755997e-05, -1.7881393e-07) * v0_6.z;
        s0_0 += HVEC4(-3.8921833e-05, 0.000105023384, -0.00011187792, 4.351139e-05) * v0_6.w;
        s0_0 += HVEC4(9.357929e-06, 0.00010573864, -4.6670437e-05, -2.759695e-05) * v0_7.x;
        s0_0 += HVEC4(-9.024143e-05, -1.6391277e-05, -3.1232834e-05, 5.942583e-05) * v0_7.y;
        s0_0 += HVEC4(5.6505203e-05, -6.353855e-05, -0.00015032291, -0.00011277199) * v0_7.z;
        s0_0 += HVEC4(2.4735928e-05, 6.3180923e-06, -2.2292137e-05, -1.2040138e-05) * v0_7.w;
        s0_0 += HVEC4(-0.00040006638, -4.172325e-07, -9.5427036e-05, 0.00010496378) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 1));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 145));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 289));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 433));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 577));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 721));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 865));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1009));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1153));
        HVEC4 s0_0 = HVEC4(0.0008883476, -0.00030469894, -5.143881e-05, -0.00025606155) * v0_0.x;
        s0_0 += HVEC4(-2.1457672e-05, -0.0004477501, -0.0018424988, 0.00038981438) * v0_0.y;
        s0_0 += HVEC4(-0.00047540665, 1.6510487e-05, 0.0001347065, 4.4941902e-05) * v0_0.z;
        s0_0 += HVEC4(-0.006511688, 0.00554657, -0.004951477, 0.0040512085) * v0_0.w;
        s0_0 += HVEC4(1.4066696e-05, 6.9737434e-06, -6.556511e-07, 1.3053417e-05) * v0_1.x;
        s0_0 += HVEC4(-1.847744e-06, -0.00014460087, 6.4492226e-05, -3.5345554e-05) * v0_1.y;
        s0_0 += HVEC4(8.046627e-06, 1.9550323e-05, 3.0577183e-05, -2.5749207e-05) * v0_1.z;
        s0_0 += HVEC4(-5.1677227e-05, 0.00017619133, -4.5478344e-05, 2.682209e-05) * v0_1.w;
        s0_0 += HVEC4(8.833408e-05, 0.00013744831, -7.8976154e-05, -8.273125e-05) * v0_2.x;
        s0_0 += HVEC4(0.0006775856, -0.00024008751, -0.0007119179, 9.423494e-05) * v0_2.y;
        s0_0 += HVEC4(-0.00095796585, 0.00048327446, -0.00037050247, 0.0005450249) * v0_2.z;
        s0_0 += HVEC4(0.00012600422, -0.0002323389, 0.00025820732, -9.906292e-05) * v0_2.w;
        s0_0 += HVEC4(-0.0001680851, -3.8564205e-05, 5.9723854e-05, 0.00013780594) * v0_3.x;
        s0_0 += HVEC4(0.00029540062, -0.00016224384, 0.00018918514, 0.00019860268) * v0_3.y;
        s0_0 += HVEC4(0.00042819977, -3.629923e-05, -0.00029206276, -0.00016629696) * v0_3.z;
        s0_0 += HVEC4(0.3125, 0.1887207, 0.22351074, 0.070617676) * v0_3.w;
        s0_0 += HVEC4(-0.00030207634, -0.000105917454, -2.026558e-06, 9.6321106e-05) * v0_4.x;
        s0_0 += HVEC4(-0.00049209595, -0.002008438, 0.00040221214, 0.0008096695) * v0_4.y;
        s0_0 += HVEC4(-0.004688263, 0.0036468506, 0.0004017353, -0.00016748905) * v0_4.z;
        s0_0 += HVEC4(0.00024724007, -9.781122e-05, -5.877018e-05, -3.4749508e-05) * v0_4.w;
        s0_0 += HVEC4(0.0042152405, -0.0016384125, -0.0005226135, -0.00054883957) * v0_5.x;
        s0_0 += HVEC4(0.0014972687, -0.001414299, 0.00039196014, 0.00038695335) * v0_5.y;
        s0_0 += HVEC4(-0.005996704, 0.0034389496, 0.0010280609, 0.0005245209) * v0_5.z;
        s0_0 += HVEC4(-1.835823e-05, 2.1994114e-05, -0.00013494492, -1.180172e-05) * v0_5.w;
        s0_0 += HVEC4(-1.3113022e-06, -1.7106533e-05, 4.518032e-05, -4.631281e-05) * v0_6.x;
        s0_0 += HVEC4(-9.679794e-05, 0.00012409687, 0.00026488304, -0.0001565218) * v0_6.y;
        s0_0 += HVEC4(-3.8921833e-05, -8.6426735e-06, 2.8848648e-05, 4.5895576e-06) * v0_6.z;
        s0_0 += HVEC4(0.0003619194, -0.00021147728, 0.0002887249, -0.00030446053) * v0_6.w;
        s0_0 += HVEC4(-0.00024700165, 0.00043320656, -0.0004968643, 0.00026583672) * v0_7.x;
        s0_0 += HVEC4(0.0008611679, 0.00016272068, -0.00053310394, -0.00016534328) * v0_7.y;
        s0_0 += HVEC4(9.596348e-06, 3.695488e-06, 8.362532e-05, 3.0398369e-06) * v0_7.z;
        s0_0 += HVEC4(0.00026607513, 8.98242e-05, -0.00014424324, -3.4809113e-05) * v0_7.w;
        s0_0 += HVEC4(-0.0007753372, -0.00030326843, -3.0994415e-05, 0.00023651123) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 2));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 146));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 290));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 434));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 578));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 722));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 866));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1010));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1154));
        HVEC4 s0_0 = HVEC4(-0.0039405823, 0.0009675026, -7.4744225e-05, 0.0015296936) * v0_0.x;
        s0_0 += HVEC4(-0.0008764267, 0.0006980896, 3.5226345e-05, 0.00016093254) * v0_0.y;
        s0_0 += HVEC4(0.008018494, -0.0022563934, -0.00014591217, -0.0016412735) * v0_0.z;
        s0_0 += HVEC4(0.0345459, -0.034942627, 0.019439697, -0.022506714) * v0_0.w;
        s0_0 += HVEC4(-7.331371e-05, 8.714199e-05, -5.477667e-05, 4.3690205e-05) * v0_1.x;
        s0_0 += HVEC4(7.969141e-05, -0.00010603666, -9.88245e-05, 9.5784664e-05) * v0_1.y;
        s0_0 += HVEC4(-4.2676926e-05, -1.4126301e-05, 6.753206e-05, 1.5556812e-05) * v0_1.z;
        s0_0 += HVEC4(-0.00040888786, 0.0004813671, -0.00017750263, -4.506111e-05) * v0_1.w;
        s0_0 += HVEC4(7.9751015e-05, 5.364418e-06, -4.7683716e-06, 2.4497509e-05) * v0_2.x;
        s0_0 += HVEC4(4.7683716e-07, -0.000110924244, -6.8962574e-05, 6.389618e-05) * v0_2.y;
        s0_0 += HVEC4(-0.0009727478, 0.00068950653, -2.604723e-05, 0.0005545616) * v0_2.z;
        s0_0 += HVEC4(0.00024175644, 6.735325e-06, 0.00022375584, -0.00034689903) * v0_2.w;
        s0_0 += HVEC4(-0.00017821789, 0.00012755394, -7.510185e-05, 0.00011485815) * v0_3.x;
        s0_0 += HVEC4(0.0031394958, 0.0011148453, -0.00059366226, -0.0015497208) * v0_3.y;
        s0_0 += HVEC4(-0.000497818, -9.11355e-05, 0.00027155876, 4.208088e-05) * v0_3.z;
        s0_0 += HVEC4(-0.03201294, -0.3083496, 0.20825195, -0.12988281) * v0_3.w;
        s0_0 += HVEC4(-0.00013291836, 0.00030851364, -0.00045657158, 9.441376e-05) * v0_4.x;
        s0_0 += HVEC4(1.3113022e-06, -2.3841858e-07, -0.0008792877, 7.587671e-05) * v0_4.y;
        s0_0 += HVEC4(0.00063562393, 0.0016860962, -0.0014390945, -0.0006799698) * v0_4.z;
        s0_0 += HVEC4(-0.0008263588, 0.0009803772, 4.208088e-05, -7.516146e-05) * v0_4.w;
        s0_0 += HVEC4(0.0045166016, -0.012565613, 0.0052871704, 0.0009431839) * v0_5.x;
        s0_0 += HVEC4(-0.00046277046, -0.000620842, 0.0007748604, 0.0005598068) * v0_5.y;
        s0_0 += HVEC4(-0.00012290478, 0.0012922287, 8.422136e-05, 0.0005531311) * v0_5.z;
        s0_0 += HVEC4(0.00095939636, -0.0014009476, 0.00028824806, -0.00011897087) * v0_5.w;
        s0_0 += HVEC4(-0.000497818, -1.2934208e-05, 0.00017774105, -0.00012803078) * v0_6.x;
        s0_0 += HVEC4(-0.00032258034, -0.00090169907, 0.00048804283, 0.00047683716) * v0_6.y;
        s0_0 += HVEC4(1.31726265e-05, -1.7404556e-05, -9.23872e-06, -3.4809113e-05) * v0_6.z;
        s0_0 += HVEC4(-0.0012788773, 0.0015068054, -0.00023019314, 0.0003452301) * v0_6.w;
        s0_0 += HVEC4(0.003414154, -0.00054359436, -0.001707077, -0.0020713806) * v0_7.x;
        s0_0 += HVEC4(-0.0005431175, 0.0016822815, -0.00063943863, -0.00017905235) * v0_7.y;
        s0_0 += HVEC4(-0.00029587746, -0.00065135956, 0.0002527237, 0.00022304058) * v0_7.z;
        s0_0 += HVEC4(-9.852648e-05, 2.8789043e-05, -9.6440315e-05, -7.855892e-05) * v0_7.w;
        s0_0 += HVEC4(0.0007972717, 0.0006380081, -9.119511e-05, 0.00023150444) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 3));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 147));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 291));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 435));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 579));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 723));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 867));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1011));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1155));
        HVEC4 s0_0 = HVEC4(-0.00036907196, 0.0019378662, 0.00011116266, -0.0005750656) * v0_0.x;
        s0_0 += HVEC4(4.172325e-05, 0.00010430813, -8.0764294e-05, -5.1021576e-05) * v0_0.y;
        s0_0 += HVEC4(0.012237549, -0.013420105, 0.0027656555, -0.0016469955) * v0_0.z;
        s0_0 += HVEC4(-0.00031638145, 0.00078344345, -0.00049209595, 0.00066900253) * v0_0.w;
        s0_0 += HVEC4(4.0590763e-05, -1.1563301e-05, -4.863739e-05, 1.9669533e-05) * v0_1.x;
        s0_0 += HVEC4(-9.316206e-05, 0.00026917458, 4.196167e-05, -2.4318695e-05) * v0_1.y;
        s0_0 += HVEC4(-3.2365322e-05, 1.1324883e-06, 3.1530857e-05, -2.4080276e-05) * v0_1.z;
        s0_0 += HVEC4(0.00091362, -0.00014591217, 0.00021648407, -0.0002605915) * v0_1.w;
        s0_0 += HVEC4(-0.0011901855, 0.001364708, -1.7344952e-05, -8.21352e-05) * v0_2.x;
        s0_0 += HVEC4(-0.00013291836, 0.0002772808, 4.0769577e-05, -0.00014233589) * v0_2.y;
        s0_0 += HVEC4(0.00044584274, 0.00017905235, 0.00010585785, -0.00014019012) * v0_2.z;
        s0_0 += HVEC4(-1.3113022e-06, -0.00028419495, 4.929304e-05, -1.6748905e-05) * v0_2.w;
        s0_0 += HVEC4(-3.5345554e-05, -0.00024557114, 9.506941e-05, 9.691715e-05) * v0_3.x;
        s0_0 += HVEC4(0.000500679, -4.8220158e-05, 0.00021648407, -0.00051403046) * v0_3.y;
        s0_0 += HVEC4(-0.00027418137, 0.00025439262, -0.0002565384, -8.660555e-05) * v0_3.z;
        s0_0 += HVEC4(3.963709e-05, 0.0016717911, -0.00037002563, -0.0009407997) * v0_3.w;
        s0_0 += HVEC4(-0.00048184395, 0.00027108192, -0.00021338463, 0.00034427643) * v0_4.x;
        s0_0 += HVEC4(0.001408577, 0.0016031265, -0.00026392937, -0.001244545) * v0_4.y;
        s0_0 += HVEC4(0.00023508072, -0.00019776821, 0.00010102987, -0.0003399849) * v0_4.z;
        s0_0 += HVEC4(0.0013198853, -0.0014562607, 0.00081157684, -0.0006866455) * v0_4.w;
        s0_0 += HVEC4(-0.00044822693, 0.0011329651, -0.00036549568, 0.00028681755) * v0_5.x;
        s0_0 += HVEC4(-0.00012803078, -8.940697e-06, -8.505583e-05, 0.00013291836) * v0_5.y;
        s0_0 += HVEC4(6.3955784e-05, -6.1273575e-05, -0.00015246868, 1.7464161e-05) * v0_5.z;
        s0_0 += HVEC4(-0.0007624626, -0.0017690659, -5.6505203e-05, 0.00058984756) * v0_5.w;
        s0_0 += HVEC4(-0.039276123, 0.03933716, -0.024459839, 0.022491455) * v0_6.x;
        s0_0 += HVEC4(1.50203705e-05, -0.0001860857, -0.00016820431, 0.00017380714) * v0_6.y;
        s0_0 += HVEC4(1.8715858e-05, -2.014637e-05, -7.4863434e-05, 2.5510788e-05) * v0_6.z;
        s0_0 += HVEC4(-1.1026859e-05, -7.9751015e-05, 8.261204e-05, -0.0002053976) * v0_6.w;
        s0_0 += HVEC4(0.00017416477, 0.0016374588, -0.0011005402, -0.0014228821) * v0_7.x;
        s0_0 += HVEC4(0.00013506413, -3.2007694e-05, -0.00011843443, -0.00030374527) * v0_7.y;
        s0_0 += HVEC4(-2.7358532e-05, -0.00028467178, 0.00013542175, 6.186962e-05) * v0_7.z;
        s0_0 += HVEC4(0.00018322468, -2.8312206e-05, -8.0645084e-05, -2.014637e-05) * v0_7.w;
        s0_0 += HVEC4(-0.00055933, -0.0004348755, 0.00011444092, 0.0001436472) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (2, -2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 4));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 148));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 292));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 436));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 580));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 724));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 868));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1012));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1156));
        HVEC4 s0_0 = HVEC4(9.071827e-05, 0.00017881393, 2.2292137e-05, -0.00010699034) * v0_0.x;
        s0_0 += HVEC4(7.927418e-06, 8.34465e-06, 1.3709068e-06, -7.3313713e-06) * v0_0.y;
        s0_0 += HVEC4(-0.00025367737, 0.00013589859, -0.00014519691, 0.0004339218) * v0_0.z;
        s0_0 += HVEC4(5.90086e-05, -2.1457672e-06, -6.240606e-05, -2.5570393e-05) * v0_0.w;
        s0_0 += HVEC4(-2.4795532e-05, 2.1636486e-05, -1.5199184e-05, -1.41859055e-05) * v0_1.x;
        s0_0 += HVEC4(3.886223e-05, -2.1457672e-05, -5.698204e-05, -1.9013882e-05) * v0_1.y;
        s0_0 += HVEC4(-4.1127205e-06, -3.0398369e-06, 1.6629696e-05, 7.4505806e-06) * v0_1.z;
        s0_0 += HVEC4(-0.0014104843, 0.0006632805, 0.00012254715, 0.00043797493) * v0_1.w;
        s0_0 += HVEC4(1.1026859e-05, -0.00010174513, -0.000119149685, 0.00031590462) * v0_2.x;
        s0_0 += HVEC4(3.528595e-05, -0.00012433529, 2.7477741e-05, -7.1525574e-07) * v0_2.y;
        s0_0 += HVEC4(-2.9861927e-05, -2.0861626e-06, -5.054474e-05, 0.00012373924) * v0_2.z;
        s0_0 += HVEC4(-4.4703484e-05, 7.033348e-06, 1.7762184e-05, -2.3663044e-05) * v0_2.w;
        s0_0 += HVEC4(-6.842613e-05, 8.571148e-05, -3.7431717e-05, 4.339218e-05) * v0_3.x;
        s0_0 += HVEC4(0.00030112267, 0.0003554821, -0.00014460087, -0.00058460236) * v0_3.y;
        s0_0 += HVEC4(5.9604645e-07, 4.118681e-05, -0.00014781952, -0.00015699863) * v0_3.z;
        s0_0 += HVEC4(2.2649765e-06, -7.021427e-05, 1.013279e-05, 7.2717667e-06) * v0_3.w;
        s0_0 += HVEC4(0.00016629696, -0.00012540817, 4.9710274e-05, -0.00014781952) * v0_4.x;
        s0_0 += HVEC4(0.00020802021, 0.00014781952, 2.7954578e-05, -5.4836273e-06) * v0_4.y;
        s0_0 += HVEC4(0.00016462803, 0.00017035007, -5.632639e-05, -8.2075596e-05) * v0_4.z;
        s0_0 += HVEC4(3.2186508e-06, -4.452467e-05, -6.7949295e-05, -0.00011277199) * v0_4.w;
        s0_0 += HVEC4(2.2530556e-05, -6.0737133e-05, -2.9802322e-05, 3.6358833e-05) * v0_5.x;
        s0_0 += HVEC4(-0.00015735626, -0.00011783838, 0.00010150671, 4.518032e-05) * v0_5.y;
        s0_0 += HVEC4(1.23381615e-05, -6.651878e-05, 1.40070915e-05, -3.194809e-05) * v0_5.z;
        s0_0 += HVEC4(-0.00010102987, 1.3411045e-05, -2.3007393e-05, 0.00027370453) * v0_5.w;
        s0_0 += HVEC4(0.0030403137, -0.0037708282, 0.0031604767, -0.0042037964) * v0_6.x;
        s0_0 += HVEC4(7.31349e-05, 1.013279e-05, 7.927418e-06, -4.1127205e-05) * v0_6.y;
        s0_0 += HVEC4(-1.2040138e-05, -6.735325e-06, 7.271767e-05, -2.7179718e-05) * v0_6.z;
        s0_0 += HVEC4(-3.194809e-05, -1.6391277e-05, 2.7477741e-05, 1.937151e-05) * v0_6.w;
        s0_0 += HVEC4(-0.0004003048, -0.00016582012, -0.00028467178, -3.5464764e-05) * v0_7.x;
        s0_0 += HVEC4(4.631281e-05, -1.9013882e-05, -8.404255e-06, -4.5001507e-05) * v0_7.y;
        s0_0 += HVEC4(-3.9696693e-05, 0.00012516975, 2.7179718e-05, -0.0) * v0_7.z;
        s0_0 += HVEC4(-8.0645084e-05, -1.8298626e-05, 4.1127205e-06, 2.6881695e-05) * v0_7.w;
        s0_0 += HVEC4(-0.00018453598, -0.00018632412, 0.00020503998, -0.00016462803) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 12));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 156));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 300));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 444));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 588));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 732));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 876));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1020));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1164));
        HVEC4 s0_0 = HVEC4(-2.3961067e-05, 0.00012791157, -6.9618225e-05, 1.168251e-05) * v0_0.x;
        s0_0 += HVEC4(0.0027618408, -0.00095272064, -0.00023317337, 0.00043439865) * v0_0.y;
        s0_0 += HVEC4(-2.2351742e-05, 6.8604946e-05, 3.3557415e-05, 3.2424927e-05) * v0_0.z;
        s0_0 += HVEC4(1.4781952e-05, 2.8014183e-05, 0.00015103817, 1.5199184e-05) * v0_0.w;
        s0_0 += HVEC4(-9.357929e-06, -1.8060207e-05, 7.5101852e-06, 1.1444092e-05) * v0_1.x;
        s0_0 += HVEC4(-0.00025105476, -0.0001552105, 3.170967e-05, 1.9073486e-05) * v0_1.y;
        s0_0 += HVEC4(2.9921532e-05, -6.532669e-05, 0.00013816357, 6.341934e-05) * v0_1.z;
        s0_0 += HVEC4(8.33869e-05, -1.6868114e-05, -7.748604e-07, 1.8656254e-05) * v0_1.w;
        s0_0 += HVEC4(-0.00012600422, 3.5107136e-05, -1.7940998e-05, 1.9669533e-06) * v0_2.x;
        s0_0 += HVEC4(-0.00017225742, -0.00016009808, -0.00014603138, -0.00022244453) * v0_2.y;
        s0_0 += HVEC4(0.0002193451, -5.722046e-06, -0.00015497208, -5.042553e-05) * v0_2.z;
        s0_0 += HVEC4(-0.0006227493, -5.8054924e-05, 0.0003502369, -2.527237e-05) * v0_2.w;
        s0_0 += HVEC4(0.00023019314, -0.00063705444, 6.824732e-05, 0.00012767315) * v0_3.x;
        s0_0 += HVEC4(0.00040912628, -0.00031232834, -0.0002040863, 0.00019347668) * v0_3.y;
        s0_0 += HVEC4(9.256601e-05, -0.0002696514, -0.0003554821, -6.836653e-05) * v0_3.z;
        s0_0 += HVEC4(0.010574341, 0.02935791, 0.06756592, 0.09088135) * v0_3.w;
        s0_0 += HVEC4(-0.00022733212, 0.00016605854, -0.000105679035, 4.2557716e-05) * v0_4.x;
        s0_0 += HVEC4(0.0005502701, 0.0014734268, -0.0015211105, -0.00062799454) * v0_4.y;
        s0_0 += HVEC4(-8.779764e-05, -0.00033950806, 0.00054883957, 0.00020492077) * v0_4.z;
        s0_0 += HVEC4(8.761883e-06, 7.1942806e-05, 1.847744e-05, 1.9669533e-06) * v0_4.w;
        s0_0 += HVEC4(-0.00014150143, 4.3332577e-05, -4.005432e-05, -3.2186508e-06) * v0_5.x;
        s0_0 += HVEC4(0.001619339, 0.0004274845, -0.0016202927, 0.0002939701) * v0_5.y;
        s0_0 += HVEC4(0.0004901886, -0.00030517578, 0.00023114681, -0.0003182888) * v0_5.z;
        s0_0 += HVEC4(0.00011104345, -0.000106573105, 8.547306e-05, 1.001358e-05) * v0_5.w;
        s0_0 += HVEC4(6.812811e-05, 3.2782555e-06, 4.708767e-06, -1.603365e-05) * v0_6.x;
        s0_0 += HVEC4(0.0018720627, 0.000770092, -0.0003323555, -0.0011482239) * v0_6.y;
        s0_0 += HVEC4(5.2928925e-05, -0.00010347366, 3.1530857e-05, -7.1525574e-06) * v0_6.z;
        s0_0 += HVEC4(9.942055e-05, -7.0929527e-06, 3.886223e-05, 3.9219856e-05) * v0_6.w;
        s0_0 += HVEC4(-2.5451183e-05, -0.00017297268, 0.00019323826, 9.471178e-05) * v0_7.x;
        s0_0 += HVEC4(-8.183718e-05, 0.00020468235, -0.00027775764, 0.0006580353) * v0_7.y;
        s0_0 += HVEC4(-0.007419586, -0.0059165955, 0.0067329407, 0.00333786) * v0_7.z;
        s0_0 += HVEC4(0.00063610077, 0.00037312508, -0.00040006638, -0.0003888607) * v0_7.w;
        s0_0 += HVEC4(-0.0007004738, 0.00024437904, -7.9512596e-05, -0.000151515) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 13));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 157));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 301));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 445));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 589));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 733));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 877));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1021));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1165));
        HVEC4 s0_0 = HVEC4(0.0015859604, -0.0028209686, 0.00075531006, -0.00023698807) * v0_0.x;
        s0_0 += HVEC4(-0.068725586, 0.0690918, 0.00217247, 0.0041999817) * v0_0.y;
        s0_0 += HVEC4(-0.00141716, 0.0011940002, -0.0011940002, 0.00059223175) * v0_0.z;
        s0_0 += HVEC4(2.95043e-05, -0.00074481964, -0.0019369125, 0.0033168793) * v0_0.w;
        s0_0 += HVEC4(5.3286552e-05, -7.1942806e-05, 0.00011044741, 2.5868416e-05) * v0_1.x;
        s0_0 += HVEC4(-0.00022697449, -0.0005645752, 0.00014090538, 3.2544136e-05) * v0_1.y;
        s0_0 += HVEC4(3.349781e-05, -5.6743622e-05, -6.484985e-05, -5.64456e-05) * v0_1.z;
        s0_0 += HVEC4(0.00029087067, -7.003546e-05, -0.00019049644, 1.4543533e-05) * v0_1.w;
        s0_0 += HVEC4(-0.0017223358, 0.00026369095, 0.00036382675, 0.00013315678) * v0_2.x;
        s0_0 += HVEC4(-0.00013804436, -0.0019254684, 0.0054092407, -0.0040740967) * v0_2.y;
        s0_0 += HVEC4(0.00011450052, 0.0012054443, -0.0023536682, 1.2636185e-05) * v0_2.z;
        s0_0 += HVEC4(0.0012311935, -0.0018129349, 0.00096702576, -0.0003426075) * v0_2.w;
        s0_0 += HVEC4(0.00035953522, 0.000872612, -0.0006799698, -0.0003437996) * v0_3.x;
        s0_0 += HVEC4(0.008216858, -0.0035495758, -0.0012559891, -0.0004079342) * v0_3.y;
        s0_0 += HVEC4(-0.0010614395, 0.0005912781, 0.00024724007, 0.00032258034) * v0_3.z;
        s0_0 += HVEC4(-0.171875, 0.32299805, -0.45239258, -0.010795593) * v0_3.w;
        s0_0 += HVEC4(0.0018758774, -0.00044059753, -0.00038337708, -0.00060129166) * v0_4.x;
        s0_0 += HVEC4(0.012527466, 0.007648468, -0.017089844, -0.0057907104) * v0_4.y;
        s0_0 += HVEC4(0.016555786, 0.0049705505, -0.016098022, -0.0012483597) * v0_4.z;
        s0_0 += HVEC4(0.0038414001, -0.0009536743, -0.00076055527, -0.0009598732) * v0_4.w;
        s0_0 += HVEC4(-0.0015125275, -0.0019931793, 0.0055503845, -0.0015926361) * v0_5.x;
        s0_0 += HVEC4(-0.0031852722, -0.007446289, 0.0030879974, 0.0096206665) * v0_5.y;
        s0_0 += HVEC4(-0.008529663, 0.00831604, -0.012687683, 0.008956909) * v0_5.z;
        s0_0 += HVEC4(-0.00073862076, 1.0788441e-05, 0.00010120869, -1.8775463e-05) * v0_5.w;
        s0_0 += HVEC4(-6.955862e-05, 5.1379204e-05, 1.8775463e-05, 4.87566e-05) * v0_6.x;
        s0_0 += HVEC4(-0.0022144318, -0.0015172958, 0.0048332214, 0.0010290146) * v0_6.y;
        s0_0 += HVEC4(0.00018632412, -0.00017309189, 0.0003156662, 3.9815903e-05) * v0_6.z;
        s0_0 += HVEC4(0.0018129349, -0.00020730495, -0.00013673306, 9.119511e-05) * v0_6.w;
        s0_0 += HVEC4(-0.0011329651, -0.00014138222, 3.296137e-05, -9.393692e-05) * v0_7.x;
        s0_0 += HVEC4(-0.007987976, 0.00075006485, 0.001991272, 0.0016803741) * v0_7.y;
        s0_0 += HVEC4(-0.0079422, -0.009063721, 0.006702423, 0.007297516) * v0_7.z;
        s0_0 += HVEC4(-0.002275467, 0.0028591156, 0.00089263916, -0.00033783913) * v0_7.w;
        s0_0 += HVEC4(0.0006990433, 0.00038194656, 0.00037908554, -0.0012950897) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 14));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 158));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 302));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 446));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 590));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 734));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 878));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1022));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1166));
        HVEC4 s0_0 = HVEC4(0.053344727, -0.04232788, -0.0059432983, -0.0029182434) * v0_0.x;
        s0_0 += HVEC4(0.0012140274, -0.0024776459, -0.0028705597, 0.0020332336) * v0_0.y;
        s0_0 += HVEC4(-0.04586792, 0.027770996, 0.01876831, -0.00076055527) * v0_0.z;
        s0_0 += HVEC4(0.0524292, -0.05102539, 0.044525146, -0.045532227) * v0_0.w;
        s0_0 += HVEC4(6.467104e-05, 0.0002040863, 0.00019001961, -0.00017213821) * v0_1.x;
        s0_0 += HVEC4(-0.0008368492, -0.0006723404, 0.00022661686, 0.00075912476) * v0_1.y;
        s0_0 += HVEC4(-0.00012350082, 7.772446e-05, 9.459257e-05, 5.4478645e-05) * v0_1.z;
        s0_0 += HVEC4(-0.0024280548, 0.0018720627, -0.00013935566, 9.918213e-05) * v0_1.w;
        s0_0 += HVEC4(0.006427765, -0.00484848, -0.0008444786, 0.00093460083) * v0_2.x;
        s0_0 += HVEC4(-0.009284973, 0.011054993, 0.0033111572, -0.002149582) * v0_2.y;
        s0_0 += HVEC4(-0.018508911, 0.029403687, -0.0058631897, -0.004638672) * v0_2.z;
        s0_0 += HVEC4(0.009407043, -0.009613037, -0.0012950897, 0.00018906593) * v0_2.w;
        s0_0 += HVEC4(-0.00060367584, -0.00016081333, 0.00033664703, 0.000936985) * v0_3.x;
        s0_0 += HVEC4(-0.010139465, -0.007282257, -0.009529114, 0.02255249) * v0_3.y;
        s0_0 += HVEC4(0.00037646294, -0.0004553795, 0.00198555, 0.0018510818) * v0_3.z;
        s0_0 += HVEC4(0.035705566, 0.10870361, 0.19421387, 0.19506836) * v0_3.w;
        s0_0 += HVEC4(-0.013931274, 0.00818634, 0.0010795593, 0.0005722046) * v0_4.x;
        s0_0 += HVEC4(-0.11401367, -0.010879517, 0.08355713, 0.021957397) * v0_4.y;
        s0_0 += HVEC4(0.029769897, -0.072509766, 0.028778076, 0.005428314) * v0_4.z;
        s0_0 += HVEC4(-0.018035889, 0.0033569336, 0.0033893585, 0.0069732666) * v0_4.w;
        s0_0 += HVEC4(-0.061309814, 0.07727051, -0.024536133, 0.0065307617) * v0_5.x;
        s0_0 += HVEC4(-0.010047913, 0.035461426, -0.014663696, -0.0049972534) * v0_5.y;
        s0_0 += HVEC4(0.015434265, -0.017730713, -0.010948181, 0.018081665) * v0_5.z;
        s0_0 += HVEC4(-0.004299164, 0.0026836395, -0.00092220306, 0.0019416809) * v0_5.w;
        s0_0 += HVEC4(0.0012931824, -6.568432e-05, 0.00018525124, 1.7285347e-05) * v0_6.x;
        s0_0 += HVEC4(0.00919342, -0.0020923615, -0.002872467, 9.608269e-05) * v0_6.y;
        s0_0 += HVEC4(0.0005464554, -0.000477314, -0.00016534328, -3.093481e-05) * v0_6.z;
        s0_0 += HVEC4(0.0058250427, -0.009048462, 0.0006175041, 0.001335144) * v0_6.w;
        s0_0 += HVEC4(-0.05166626, 0.017349243, 0.016036987, 0.004508972) * v0_7.x;
        s0_0 += HVEC4(-0.010437012, -0.0069465637, 0.006259918, 0.007911682) * v0_7.y;
        s0_0 += HVEC4(-0.0017032623, -0.0044898987, 0.003458023, 0.004299164) * v0_7.z;
        s0_0 += HVEC4(-0.0016918182, -0.0025157928, 0.0012722015, 0.0012550354) * v0_7.w;
        s0_0 += HVEC4(0.005847931, 0.0051574707, -0.0023670197, -0.0028762817) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 15));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 159));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 303));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 447));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 591));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 735));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 879));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1023));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1167));
        HVEC4 s0_0 = HVEC4(-0.0014066696, 0.001121521, -0.0009646416, 0.0025348663) * v0_0.x;
        s0_0 += HVEC4(-0.00018620491, 4.887581e-05, -1.0609627e-05, -0.00012850761) * v0_0.y;
        s0_0 += HVEC4(0.012237549, -0.008201599, 0.016220093, -0.02394104) * v0_0.z;
        s0_0 += HVEC4(-0.00037622452, 0.000729084, -0.0009880066, -1.847744e-06) * v0_0.w;
        s0_0 += HVEC4(0.0006799698, -0.0022449493, 0.00080633163, -0.00020503998) * v0_1.x;
        s0_0 += HVEC4(-0.0010375977, 0.0013198853, -0.00069236755, 0.00055217743) * v0_1.y;
        s0_0 += HVEC4(-0.000104248524, -0.0001450777, 8.392334e-05, -2.4080276e-05) * v0_1.z;
        s0_0 += HVEC4(-0.010734558, 0.013679504, 0.0023498535, -0.0039596558) * v0_1.w;
        s0_0 += HVEC4(-0.0038070679, 0.006965637, -0.0068740845, 0.002254486) * v0_2.x;
        s0_0 += HVEC4(-7.7188015e-05, -0.002450943, 0.00088119507, 0.00063610077) * v0_2.y;
        s0_0 += HVEC4(0.0016527176, -0.004535675, 0.00182724, 0.00040268898) * v0_2.z;
        s0_0 += HVEC4(-0.00030064583, 0.002193451, -0.0008792877, -0.00022923946) * v0_2.w;
        s0_0 += HVEC4(-0.00042581558, 0.00233078, -0.00020456314, -0.0006403923) * v0_3.x;
        s0_0 += HVEC4(-0.00066518784, 0.0059890747, -0.002916336, -0.00032496452) * v0_3.y;
        s0_0 += HVEC4(0.0002808571, -0.00060510635, 0.00016784668, -0.00013422966) * v0_3.z;
        s0_0 += HVEC4(-0.0006632805, 0.0042800903, -0.0012331009, -0.0029258728) * v0_3.w;
        s0_0 += HVEC4(-0.0023384094, -0.00038981438, -0.0008363724, 0.0016117096) * v0_4.x;
        s0_0 += HVEC4(0.0287323, -0.06274414, -0.015098572, 0.036987305) * v0_4.y;
        s0_0 += HVEC4(-0.0028858185, 0.008468628, -0.0007557869, -0.0028629303) * v0_4.z;
        s0_0 += HVEC4(0.0007710457, 0.00036406517, 0.000954628, -0.002407074) * v0_4.w;
        s0_0 += HVEC4(-0.0011177063, 0.0017127991, -0.0005698204, 0.00035715103) * v0_5.x;
        s0_0 += HVEC4(0.0017566681, -0.0048332214, 0.00036239624, 0.0014791489) * v0_5.y;
        s0_0 += HVEC4(0.0012950897, -0.0020942688, 0.00072717667, -9.101629e-05) * v0_5.z;
        s0_0 += HVEC4(-0.0044670105, 0.006626129, -0.0015640259, 0.00046610832) * v0_5.w;
        s0_0 += HVEC4(-0.058807373, 0.06317139, -0.05279541, 0.049072266) * v0_6.x;
        s0_0 += HVEC4(-0.0016555786, 0.0045204163, 0.0001887083, -0.00067567825) * v0_6.y;
        s0_0 += HVEC4(-0.00026082993, 0.0009460449, -0.00020885468, -6.7949295e-05) * v0_6.z;
        s0_0 += HVEC4(9.584427e-05, -5.9366226e-05, -2.3841858e-07, 0.00038790703) * v0_6.w;
        s0_0 += HVEC4(0.01864624, -0.0690918, 0.0178833, 0.020690918) * v0_7.x;
        s0_0 += HVEC4(0.0029964447, -0.003288269, -0.0014791489, 0.00077819824) * v0_7.y;
        s0_0 += HVEC4(-0.006061554, -0.0036621094, 0.004257202, 0.0042152405) * v0_7.z;
        s0_0 += HVEC4(0.0012350082, -0.0021190643, -5.0723553e-05, 0.00050640106) * v0_7.w;
        s0_0 += HVEC4(0.00041508675, 0.00069856644, -0.0011844635, -0.00020694733) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (2, -1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 16));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 160));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 304));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 448));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 592));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 736));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 880));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1024));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1168));
        HVEC4 s0_0 = HVEC4(-6.043911e-05, -0.00022649765, -3.85046e-05, 0.00024282932) * v0_0.x;
        s0_0 += HVEC4(2.3841858e-06, -2.4139881e-05, 1.7464161e-05, 1.1444092e-05) * v0_0.y;
        s0_0 += HVEC4(0.00011610985, 7.241964e-05, -3.59416e-05, -0.00016117096) * v0_0.z;
        s0_0 += HVEC4(-6.4373016e-06, -5.286932e-05, 4.0352345e-05, -0.00012177229) * v0_0.w;
        s0_0 += HVEC4(-0.000119149685, -0.00047636032, 0.00030732155, 0.000114262104) * v0_1.x;
        s0_0 += HVEC4(-0.00044298172, -0.0005464554, 0.0004377365, 4.87566e-05) * v0_1.y;
        s0_0 += HVEC4(-3.08156e-05, -2.6285648e-05, 2.2411346e-05, -2.0861626e-05) * v0_1.z;
        s0_0 += HVEC4(0.001335144, 0.003932953, 0.003358841, -0.0076293945) * v0_1.w;
        s0_0 += HVEC4(0.00011354685, 0.00010347366, 0.00016617775, -0.00017642975) * v0_2.x;
        s0_0 += HVEC4(-0.00013315678, -1.7881393e-05, 6.6161156e-06, 9.775162e-05) * v0_2.y;
        s0_0 += HVEC4(-6.7949295e-05, 2.938509e-05, 5.8948994e-05, 0.00018942356) * v0_2.z;
        s0_0 += HVEC4(2.1159649e-05, -9.351969e-05, -3.2782555e-06, -8.195639e-05) * v0_2.w;
        s0_0 += HVEC4(-0.00021493435, 8.34465e-05, 0.00031518936, 2.1278858e-05) * v0_3.x;
        s0_0 += HVEC4(-1.7940998e-05, -9.036064e-05, 4.6670437e-05, 3.8146973e-05) * v0_3.y;
        s0_0 += HVEC4(-0.00018787384, 8.225441e-06, -5.7697296e-05, -0.00032687187) * v0_3.z;
        s0_0 += HVEC4(-0.00029587746, 3.117323e-05, -0.00041246414, -0.00031375885) * v0_3.w;
        s0_0 += HVEC4(-9.089708e-05, 3.5762787e-07, 0.00012165308, -0.00019931793) * v0_4.x;
        s0_0 += HVEC4(0.0012493134, 0.0003271103, -0.0004093647, -0.0039482117) * v0_4.y;
        s0_0 += HVEC4(0.00017940998, -0.00023412704, 8.4638596e-05, 8.785725e-05) * v0_4.z;
        s0_0 += HVEC4(0.00013065338, 0.0004389286, -0.00031733513, -0.00038695335) * v0_4.w;
        s0_0 += HVEC4(-0.00011116266, -0.0001320839, 7.408857e-05, -8.827448e-05) * v0_5.x;
        s0_0 += HVEC4(9.828806e-05, -0.0001437664, -0.0001796484, 5.5909157e-05) * v0_5.y;
        s0_0 += HVEC4(-4.684925e-05, -8.350611e-05, 0.0, -1.3649464e-05) * v0_5.z;
        s0_0 += HVEC4(-0.00013291836, -0.000120043755, 4.041195e-05, 0.00010848045) * v0_5.w;
        s0_0 += HVEC4(-0.0017204285, 0.00043821335, 0.00037431717, 0.00035357475) * v0_6.x;
        s0_0 += HVEC4(-5.733967e-05, 0.00032877922, 0.00011211634, -0.00014019012) * v0_6.y;
        s0_0 += HVEC4(-0.00011098385, -0.00027561188, 9.417534e-06, 0.00033187866) * v0_6.z;
        s0_0 += HVEC4(-1.7881393e-07, 9.10759e-05, 2.9981136e-05, 7.6293945e-05) * v0_6.w;
        s0_0 += HVEC4(-0.0028514862, 0.0053977966, -0.0026454926, -0.00012350082) * v0_7.x;
        s0_0 += HVEC4(-0.0001604557, 0.00014936924, 0.0003812313, -0.0001693964) * v0_7.y;
        s0_0 += HVEC4(-0.0043411255, -0.0048561096, 0.0025539398, 0.004272461) * v0_7.z;
        s0_0 += HVEC4(9.7215176e-05, 0.0004348755, -0.0002297163, -0.00013434887) * v0_7.w;
        s0_0 += HVEC4(0.00019729137, -0.00019180775, -0.00027680397, -0.00017893314) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 24));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 168));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 312));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 456));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 600));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 744));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 888));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1032));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1176));
        HVEC4 s0_0 = HVEC4(0.00010967255, -2.7656555e-05, -3.582239e-05, 2.7656555e-05) * v0_0.x;
        s0_0 += HVEC4(0.000685215, -0.00044298172, 0.0036640167, -0.00039243698) * v0_0.y;
        s0_0 += HVEC4(0.00020122528, 1.0251999e-05, -1.1920929e-05, -7.688999e-05) * v0_0.z;
        s0_0 += HVEC4(-0.00018525124, -3.8683414e-05, -0.00015306473, -2.026558e-05) * v0_0.w;
        s0_0 += HVEC4(-1.3411045e-05, 2.2411346e-05, -9.357929e-06, -1.5079975e-05) * v0_1.x;
        s0_0 += HVEC4(0.00017654896, 0.0001001358, 5.632639e-05, -0.0001975298) * v0_1.y;
        s0_0 += HVEC4(0.0021877289, 0.00075769424, -0.00091409683, -0.00062036514) * v0_1.z;
        s0_0 += HVEC4(-0.00010639429, -8.147955e-05, 0.00013327599, 5.0604343e-05) * v0_1.w;
        s0_0 += HVEC4(0.00012433529, 0.00010120869, -0.00012153387, 4.3094158e-05) * v0_2.x;
        s0_0 += HVEC4(0.00086545944, -0.0002399683, -0.00077819824, -1.6748905e-05) * v0_2.y;
        s0_0 += HVEC4(0.00045633316, 0.0001450777, -0.00036382675, -0.0002503395) * v0_2.z;
        s0_0 += HVEC4(-0.0006480217, -0.00027418137, 0.0006723404, 0.00019681454) * v0_2.w;
        s0_0 += HVEC4(-0.0004849434, -9.179115e-06, 0.0010557175, -0.00023567677) * v0_3.x;
        s0_0 += HVEC4(4.774332e-05, -5.364418e-07, 0.00056409836, -0.0004377365) * v0_3.y;
        s0_0 += HVEC4(-0.00019025803, 0.00010931492, -0.0006580353, -9.36389e-05) * v0_3.z;
        s0_0 += HVEC4(0.007293701, -0.01878357, 0.0019292831, -0.011795044) * v0_3.w;
        s0_0 += HVEC4(-0.00051546097, -0.00015568733, 0.00029969215, 0.00011128187) * v0_4.x;
        s0_0 += HVEC4(0.001247406, -0.0005054474, 0.00055933, -0.0005931854) * v0_4.y;
        s0_0 += HVEC4(-0.00038528442, 3.46303e-05, -1.21593475e-05, 0.00026988983) * v0_4.z;
        s0_0 += HVEC4(0.00063991547, -0.0004208088, 0.00038409233, -0.00020194054) * v0_4.w;
        s0_0 += HVEC4(-5.2034855e-05, 9.417534e-06, 5.8054924e-05, 9.816885e-05) * v0_5.x;
        s0_0 += HVEC4(0.0005507469, 5.7160854e-05, -0.00023293495, -0.00019347668) * v0_5.y;
        s0_0 += HVEC4(0.00022315979, -3.4570694e-05, -0.00022518635, -8.59499e-05) * v0_5.z;
        s0_0 += HVEC4(-6.0141087e-05, -3.105402e-05, 0.00010830164, 3.3318996e-05) * v0_5.w;
        s0_0 += HVEC4(8.940697e-06, -6.735325e-06, 1.1920929e-06, 3.3318996e-05) * v0_6.x;
        s0_0 += HVEC4(-0.00084114075, -0.0008969307, 0.003709793, 0.00066661835) * v0_6.y;
        s0_0 += HVEC4(-0.0015010834, 0.00031113625, 0.00033140182, 0.000105559826) * v0_6.z;
        s0_0 += HVEC4(-0.00045204163, 2.3841858e-07, 0.00031971931, 0.00012373924) * v0_6.w;
        s0_0 += HVEC4(-5.7518482e-05, 8.761883e-05, -0.00012862682, 8.940697e-07) * v0_7.x;
        s0_0 += HVEC4(-0.001950264, 0.0013599396, 0.00093221664, -0.0017404556) * v0_7.y;
        s0_0 += HVEC4(0.026489258, 0.012687683, -0.027832031, -0.013824463) * v0_7.z;
        s0_0 += HVEC4(-0.0027923584, -0.0019931793, 0.0017137527, -0.00049209595) * v0_7.w;
        s0_0 += HVEC4(0.0006904602, -0.0002861023, 0.00037574768, 0.000108242035) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 25));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 169));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 313));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 457));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 601));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 745));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 889));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1033));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1177));
        HVEC4 s0_0 = HVEC4(-0.0018644333, 0.0017223358, 0.0012493134, -0.00060367584) * v0_0.x;
        s0_0 += HVEC4(-0.036376953, 0.04360962, -0.101135254, 0.09838867) * v0_0.y;
        s0_0 += HVEC4(0.0022964478, 0.00044369698, -0.0027446747, 0.0004580021) * v0_0.z;
        s0_0 += HVEC4(-0.0015058517, 0.0013065338, 0.0007901192, -0.0010557175) * v0_0.w;
        s0_0 += HVEC4(0.00045990944, -0.00021111965, 3.0875206e-05, -0.00031280518) * v0_1.x;
        s0_0 += HVEC4(-0.00078105927, 0.0007791519, 0.00070858, -0.0014657974) * v0_1.y;
        s0_0 += HVEC4(-0.000682354, 0.0011749268, -4.7266483e-05, -0.0005083084) * v0_1.z;
        s0_0 += HVEC4(-0.00066804886, 6.347895e-05, 0.0001360178, 0.00037837029) * v0_1.w;
        s0_0 += HVEC4(0.0064048767, -0.00062561035, -0.0034675598, 0.0011167526) * v0_2.x;
        s0_0 += HVEC4(0.004852295, 0.002155304, -0.011016846, 0.0007071495) * v0_2.y;
        s0_0 += HVEC4(0.0041885376, -0.000310421, -0.0051612854, -0.0006709099) * v0_2.z;
        s0_0 += HVEC4(-0.014678955, 0.0005402565, 0.013664246, -0.0012016296) * v0_2.w;
        s0_0 += HVEC4(-0.01890564, 0.007297516, 0.01675415, -0.0034179688) * v0_3.x;
        s0_0 += HVEC4(-0.027130127, -0.002023697, 0.010726929, 0.011138916) * v0_3.y;
        s0_0 += HVEC4(0.0015335083, 0.0011558533, -0.00068855286, 0.0010480881) * v0_3.z;
        s0_0 += HVEC4(0.0357666, 0.17272949, -0.119140625, -0.05203247) * v0_3.w;
        s0_0 += HVEC4(-0.004673004, -0.00059366226, 0.004753113, -0.0017271042) * v0_4.x;
        s0_0 += HVEC4(0.005203247, 0.0011758804, -0.009017944, 0.0007133484) * v0_4.y;
        s0_0 += HVEC4(-0.010795593, -0.00041675568, 0.021316528, -0.0060043335) * v0_4.z;
        s0_0 += HVEC4(-0.024368286, 0.009552002, 0.0029201508, 0.005683899) * v0_4.w;
        s0_0 += HVEC4(-0.0007801056, 0.00070142746, -0.0006542206, 0.0005893707) * v0_5.x;
        s0_0 += HVEC4(-0.006385803, -0.003742218, 0.010559082, 4.0113926e-05) * v0_5.y;
        s0_0 += HVEC4(0.009788513, -0.002998352, -0.004863739, -0.0025157928) * v0_5.z;
        s0_0 += HVEC4(-0.0021266937, 0.0007662773, -0.00080919266, 0.00064754486) * v0_5.w;
        s0_0 += HVEC4(-1.8239021e-05, -5.8293343e-05, -0.00014162064, -3.963709e-05) * v0_6.x;
        s0_0 += HVEC4(-0.0032539368, -0.011505127, 0.0028533936, 0.014038086) * v0_6.y;
        s0_0 += HVEC4(0.013290405, -0.005191803, -0.0009174347, -0.0020122528) * v0_6.z;
        s0_0 += HVEC4(-0.00687027, 0.0014896393, 0.0031852722, 0.00030851364) * v0_6.w;
        s0_0 += HVEC4(0.0005078316, -9.202957e-05, 0.00012397766, -0.00045084953) * v0_7.x;
        s0_0 += HVEC4(0.061828613, -0.0041046143, -0.06384277, 0.0068092346) * v0_7.y;
        s0_0 += HVEC4(0.071899414, 0.048919678, -0.06616211, -0.052947998) * v0_7.z;
        s0_0 += HVEC4(0.046203613, -0.020706177, -0.023849487, 0.0004081726) * v0_7.w;
        s0_0 += HVEC4(0.0050086975, -0.0022907257, 0.0051231384, -0.002166748) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 26));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 170));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 314));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 458));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 602));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 746));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 890));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1034));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1178));
        HVEC4 s0_0 = HVEC4(0.08270264, -0.09503174, 0.118652344, -0.107910156) * v0_0.x;
        s0_0 += HVEC4(0.001832962, -0.0035533905, 0.0037574768, -0.0045051575) * v0_0.y;
        s0_0 += HVEC4(-0.12854004, 0.13916016, -0.13769531, 0.12573242) * v0_0.z;
        s0_0 += HVEC4(0.05441284, -0.053131104, 0.051971436, -0.054840088) * v0_0.w;
        s0_0 += HVEC4(-0.0059051514, 0.0022029877, 0.00078582764, 0.0017442703) * v0_1.x;
        s0_0 += HVEC4(0.023361206, -0.0126571655, -0.0003106594, -0.0032997131) * v0_1.y;
        s0_0 += HVEC4(0.00020086765, -0.0005059242, -0.00091409683, -0.00013589859) * v0_1.z;
        s0_0 += HVEC4(0.020019531, -0.0018253326, -0.0026893616, -0.012771606) * v0_1.w;
        s0_0 += HVEC4(-0.19494629, 0.121032715, 0.08227539, -0.001906395) * v0_2.x;
        s0_0 += HVEC4(0.11895752, -0.18200684, -0.024337769, 0.09814453) * v0_2.y;
        s0_0 += HVEC4(0.02368164, 0.19897461, -0.23901367, 0.016525269) * v0_2.z;
        s0_0 += HVEC4(0.01612854, -0.1932373, 0.16442871, 0.013427734) * v0_2.w;
        s0_0 += HVEC4(-0.09173584, -0.10681152, 0.10662842, 0.09436035) * v0_3.x;
        s0_0 += HVEC4(-0.028411865, 0.096191406, 0.14526367, -0.19799805) * v0_3.y;
        s0_0 += HVEC4(-0.06604004, -0.074157715, -0.08441162, -0.08758545) * v0_3.z;
        s0_0 += HVEC4(0.018051147, 0.008956909, 0.021942139, -0.009750366) * v0_3.w;
        s0_0 += HVEC4(-0.21655273, 0.015342712, 0.008903503, 0.1842041) * v0_4.x;
        s0_0 += HVEC4(-0.046905518, -0.012802124, 0.086120605, -0.010391235) * v0_4.y;
        s0_0 += HVEC4(0.02180481, 0.095581055, -0.16821289, 0.050750732) * v0_4.z;
        s0_0 += HVEC4(0.15966797, -0.05279541, -0.037750244, -0.06994629) * v0_4.w;
        s0_0 += HVEC4(-0.061187744, 0.05581665, -0.08807373, 0.09350586) * v0_5.x;
        s0_0 += HVEC4(-0.16552734, 0.09246826, 0.19689941, -0.117126465) * v0_5.y;
        s0_0 += HVEC4(0.140625, -0.14770508, 0.14245605, -0.13317871) * v0_5.z;
        s0_0 += HVEC4(0.1496582, -0.115600586, 0.04937744, -0.0769043) * v0_5.w;
        s0_0 += HVEC4(0.00044751167, -0.00052165985, -1.9013882e-05, -0.0006623268) * v0_6.x;
        s0_0 += HVEC4(0.15222168, 0.14855957, -0.16894531, -0.12609863) * v0_6.y;
        s0_0 += HVEC4(-0.003522873, 0.012832642, 0.00111866, -0.0046157837) * v0_6.z;
        s0_0 += HVEC4(-0.077697754, 0.1048584, -0.02684021, 0.0014514923) * v0_6.w;
        s0_0 += HVEC4(0.04675293, 0.0062675476, -0.07348633, 0.016693115) * v0_7.x;
        s0_0 += HVEC4(0.064453125, 0.10650635, -0.041870117, -0.125) * v0_7.y;
        s0_0 += HVEC4(0.08526611, 0.088134766, -0.08905029, -0.086242676) * v0_7.z;
        s0_0 += HVEC4(0.07006836, 0.12176514, -0.08972168, -0.101257324) * v0_7.w;
        s0_0 += HVEC4(0.9941406, 0.9946289, 0.99316406, 0.99365234) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 27));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 171));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 315));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 459));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 603));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 747));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 891));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1035));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1179));
        HVEC4 s0_0 = HVEC4(0.00031757355, -0.00093746185, 0.00021314621, 0.00071525574) * v0_0.x;
        s0_0 += HVEC4(0.00020349026, 0.00030875206, -7.402897e-05, -4.1544437e-05) * v0_0.y;
        s0_0 += HVEC4(-0.007801056, 0.008918762, -0.0021800995, 0.002532959) * v0_0.z;
        s0_0 += HVEC4(-0.00064849854, 0.0005426407, -0.0011835098, 0.0012369156) * v0_0.w;
        s0_0 += HVEC4(0.03302002, -0.019454956, -0.0035800934, -0.0063972473) * v0_1.x;
        s0_0 += HVEC4(0.0019388199, -0.026870728, 0.01751709, 0.00749588) * v0_1.y;
        s0_0 += HVEC4(0.0012741089, 0.0007324219, -0.0013151169, -0.00096178055) * v0_1.z;
        s0_0 += HVEC4(0.16711426, -0.18334961, -0.096191406, 0.118774414) * v0_1.w;
        s0_0 += HVEC4(0.009925842, 0.0032100677, -0.0019226074, -0.019989014) * v0_2.x;
        s0_0 += HVEC4(-0.002494812, 0.0074157715, 0.00093460083, -0.0039596558) * v0_2.y;
        s0_0 += HVEC4(-0.00044035912, 0.014015198, 0.0018911362, -0.011039734) * v0_2.z;
        s0_0 += HVEC4(-0.0006737709, -0.0039863586, -9.268522e-05, 0.0037879944) * v0_2.w;
        s0_0 += HVEC4(-7.349253e-05, -0.013801575, -0.0027580261, 0.020050049) * v0_3.x;
        s0_0 += HVEC4(0.001783371, -0.003408432, 0.0003581047, 0.0034656525) * v0_3.y;
        s0_0 += HVEC4(0.0010251999, 0.00048470497, 0.001121521, -0.00045251846) * v0_3.z;
        s0_0 += HVEC4(0.00045204163, -0.0068969727, 0.002325058, 0.003545761) * v0_3.w;
        s0_0 += HVEC4(-0.0017290115, -0.008087158, -0.0027599335, 0.012077332) * v0_4.x;
        s0_0 += HVEC4(-0.00015079975, -0.020889282, -0.012931824, 0.0463562) * v0_4.y;
        s0_0 += HVEC4(0.00730896, -0.033233643, 0.0060653687, 0.014549255) * v0_4.z;
        s0_0 += HVEC4(-0.0020313263, 0.0031356812, -0.0010986328, 0.0029716492) * v0_4.w;
        s0_0 += HVEC4(0.0018339157, -0.005924225, -0.0015134811, 0.0046958923) * v0_5.x;
        s0_0 += HVEC4(-0.0076408386, 0.024719238, -0.011741638, -0.0020637512) * v0_5.y;
        s0_0 += HVEC4(0.0012626648, 0.0045928955, 0.0004401207, -0.0036449432) * v0_5.z;
        s0_0 += HVEC4(0.0034599304, -0.022323608, 0.0064926147, 0.0013790131) * v0_5.w;
        s0_0 += HVEC4(-0.06506348, 0.062438965, -0.064208984, 0.06903076) * v0_6.x;
        s0_0 += HVEC4(-0.022735596, 0.00060510635, 0.030654907, -0.00592041) * v0_6.y;
        s0_0 += HVEC4(-0.001455307, -0.0029258728, 0.0004377365, 0.0025501251) * v0_6.z;
        s0_0 += HVEC4(0.000541687, -0.0015573502, 0.0008625984, -0.0009560585) * v0_6.w;
        s0_0 += HVEC4(-0.015991211, 0.097839355, 0.023284912, -0.11425781) * v0_7.x;
        s0_0 += HVEC4(-0.0011053085, 0.0034446716, -0.0017719269, -0.0025978088) * v0_7.y;
        s0_0 += HVEC4(0.038970947, 0.06591797, -0.043518066, -0.061523438) * v0_7.z;
        s0_0 += HVEC4(-0.0047035217, 0.0079956055, 0.0048446655, -0.0036907196) * v0_7.w;
        s0_0 += HVEC4(-0.002149582, 0.0045318604, -0.0028648376, 0.0057029724) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (2, 0)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 28));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 172));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 316));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 460));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 604));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 748));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 892));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1036));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1180));
        HVEC4 s0_0 = HVEC4(-1.9073486e-06, -2.6166439e-05, 0.00010687113, -7.8976154e-05) * v0_0.x;
        s0_0 += HVEC4(4.053116e-05, 5.841255e-06, -1.3291836e-05, -1.3589859e-05) * v0_0.y;
        s0_0 += HVEC4(0.00017595291, -0.00016009808, -2.8789043e-05, -0.000341177) * v0_0.z;
        s0_0 += HVEC4(-3.4749508e-05, -7.8201294e-05, 5.0902367e-05, -3.3676624e-05) * v0_0.w;
        s0_0 += HVEC4(0.0011081696, -0.00021600723, 0.00011777878, -0.0019741058) * v0_1.x;
        s0_0 += HVEC4(0.0002462864, 0.00044465065, -0.00017249584, 6.0141087e-05) * v0_1.y;
        s0_0 += HVEC4(0.00069856644, 0.0014696121, -0.00031018257, -0.0008883476) * v0_1.z;
        s0_0 += HVEC4(-0.0009150505, -0.0023822784, -0.003446579, 0.006690979) * v0_1.w;
        s0_0 += HVEC4(-0.00065374374, 7.838011e-05, -0.000310421, 0.0012369156) * v0_2.x;
        s0_0 += HVEC4(8.547306e-05, 0.00016403198, 4.5716763e-05, -0.00019824505) * v0_2.y;
        s0_0 += HVEC4(0.0002784729, 0.00023496151, -6.848574e-05, -0.0002989769) * v0_2.z;
        s0_0 += HVEC4(-8.016825e-05, -2.4795532e-05, -3.170967e-05, 6.377697e-05) * v0_2.w;
        s0_0 += HVEC4(0.00034165382, 0.0001193881, -0.00048446655, 0.0006489754) * v0_3.x;
        s0_0 += HVEC4(-4.2140484e-05, -0.0001450777, 9.125471e-05, 0.00025177002) * v0_3.y;
        s0_0 += HVEC4(-4.953146e-05, -0.00018775463, 0.00020551682, -0.00037932396) * v0_3.z;
        s0_0 += HVEC4(0.00032639503, -0.00027537346, 0.00058460236, 0.0005354881) * v0_3.w;
        s0_0 += HVEC4(-0.00034737587, -0.0008354187, -3.0398369e-06, 0.0007133484) * v0_4.x;
        s0_0 += HVEC4(0.00034284592, 0.00074243546, -0.0008339882, -0.0004169941) * v0_4.y;
        s0_0 += HVEC4(9.506941e-05, -0.00010043383, -0.0005378723, -2.6881695e-05) * v0_4.z;
        s0_0 += HVEC4(0.00022292137, 0.00016367435, -5.364418e-06, 1.1146069e-05) * v0_4.w;
        s0_0 += HVEC4(-2.8550625e-05, -0.00020051003, -0.00012862682, -9.36389e-05) * v0_5.x;
        s0_0 += HVEC4(0.00028657913, -0.0005283356, 0.00030207634, -0.00011271238) * v0_5.y;
        s0_0 += HVEC4(8.648634e-05, 0.00038313866, -7.408857e-05, -0.0002450943) * v0_5.z;
        s0_0 += HVEC4(3.838539e-05, -0.0005068779, 0.000330925, 0.00022518635) * v0_5.w;
        s0_0 += HVEC4(-0.0006709099, 0.0012435913, -0.0015258789, 0.0007238388) * v0_6.x;
        s0_0 += HVEC4(-0.0012054443, -0.000228405, 0.0014591217, 0.00022339821) * v0_6.y;
        s0_0 += HVEC4(-9.739399e-05, 8.940697e-06, -5.0246716e-05, 0.000108897686) * v0_6.z;
        s0_0 += HVEC4(-4.708767e-05, 8.761883e-06, 9.655952e-06, 8.5413456e-05) * v0_6.w;
        s0_0 += HVEC4(0.00073099136, -0.010177612, 0.00019788742, 0.0026435852) * v0_7.x;
        s0_0 += HVEC4(0.0002963543, 0.0005450249, -0.00014066696, -0.0009860992) * v0_7.y;
        s0_0 += HVEC4(0.0134887695, 0.021560669, -0.012451172, -0.025360107) * v0_7.z;
        s0_0 += HVEC4(0.00012934208, -0.00046300888, -0.00093078613, -0.0002746582) * v0_7.w;
        s0_0 += HVEC4(0.00021147728, 0.0004556179, -0.000207901, 0.00038266182) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 36));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 180));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 324));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 468));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 612));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 756));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 900));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1044));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1188));
        HVEC4 s0_0 = HVEC4(-0.00012600422, 4.5120716e-05, 0.0003414154, -0.00010883808) * v0_0.x;
        s0_0 += HVEC4(0.000118494034, 0.00030207634, 0.00011372566, -0.0003335476) * v0_0.y;
        s0_0 += HVEC4(8.8751316e-05, 8.934736e-05, -0.00010865927, -6.687641e-05) * v0_0.z;
        s0_0 += HVEC4(-7.82609e-05, 5.7578087e-05, -0.00017476082, 3.46303e-05) * v0_0.w;
        s0_0 += HVEC4(9.298325e-06, 2.4676323e-05, -4.4703484e-05, 2.9981136e-05) * v0_1.x;
        s0_0 += HVEC4(0.00016582012, -5.453825e-05, 0.00027918816, 0.00013518333) * v0_1.y;
        s0_0 += HVEC4(-0.012863159, -0.0061836243, 0.013206482, 0.0053596497) * v0_1.z;
        s0_0 += HVEC4(-9.7215176e-05, 0.00011086464, 1.0967255e-05, -2.8133392e-05) * v0_1.w;
        s0_0 += HVEC4(-0.00031256676, 5.5611134e-05, 0.00046348572, -0.00036382675) * v0_2.x;
        s0_0 += HVEC4(-0.00014948845, 5.865097e-05, -3.7431717e-05, 1.66893e-05) * v0_2.y;
        s0_0 += HVEC4(-3.796816e-05, 0.0001039505, -0.0001796484, -3.4868717e-05) * v0_2.z;
        s0_0 += HVEC4(0.00025320053, -0.00021135807, 0.00039601326, -0.0001680851) * v0_2.w;
        s0_0 += HVEC4(-0.0002655983, 1.2099743e-05, 0.00016474724, 0.00012814999) * v0_3.x;
        s0_0 += HVEC4(0.0013275146, -0.00033473969, -0.00042557716, 0.000103116035) * v0_3.y;
        s0_0 += HVEC4(-0.00021338463, -8.106232e-06, 0.000110685825, -0.00015175343) * v0_3.z;
        s0_0 += HVEC4(-3.0398369e-05, 2.8312206e-05, 0.00023186207, -0.000787735) * v0_3.w;
        s0_0 += HVEC4(-0.00013267994, -4.8696995e-05, 8.863211e-05, 0.00019669533) * v0_4.x;
        s0_0 += HVEC4(6.1154366e-05, 8.535385e-05, -0.0002603531, -7.092953e-05) * v0_4.y;
        s0_0 += HVEC4(0.000114917755, 2.5570393e-05, 2.5868416e-05, -8.714199e-05) * v0_4.z;
        s0_0 += HVEC4(-5.3286552e-05, -0.0003452301, 0.0004594326, -0.00030207634) * v0_4.w;
        s0_0 += HVEC4(-2.926588e-05, 8.34465e-06, -6.943941e-05, 5.7935715e-05) * v0_5.x;
        s0_0 += HVEC4(-0.00033545494, 7.939339e-05, 0.00030517578, 2.9683113e-05) * v0_5.y;
        s0_0 += HVEC4(0.0001129508, -4.87566e-05, 7.349253e-05, -0.00016951561) * v0_5.z;
        s0_0 += HVEC4(0.00021445751, 3.862381e-05, -1.1920929e-05, -0.00012922287) * v0_5.w;
        s0_0 += HVEC4(6.937981e-05, 1.4424324e-05, 2.2232533e-05, -1.92523e-05) * v0_6.x;
        s0_0 += HVEC4(0.00017213821, 6.431341e-05, 0.0001424551, -0.00025892258) * v0_6.y;
        s0_0 += HVEC4(-0.0013237, -0.0003786087, -0.0010976791, 0.00055122375) * v0_6.z;
        s0_0 += HVEC4(0.00037407875, 3.0517578e-05, -0.00059604645, -3.749132e-05) * v0_6.w;
        s0_0 += HVEC4(7.9631805e-05, 4.2915344e-06, -3.296137e-05, -4.3332577e-05) * v0_7.x;
        s0_0 += HVEC4(0.00076675415, 0.00060367584, -0.0012588501, -0.00010561943) * v0_7.y;
        s0_0 += HVEC4(-0.00019276142, -0.0006098747, 0.0015211105, 0.0004324913) * v0_7.z;
        s0_0 += HVEC4(-0.003074646, -0.0016031265, 0.0019512177, 0.0012702942) * v0_7.w;
        s0_0 += HVEC4(-3.4689903e-05, 1.4424324e-05, -0.00043606758, 0.00013005733) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 37));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 181));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 325));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 469));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 613));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 757));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 901));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1045));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1189));
        HVEC4 s0_0 = HVEC4(-0.0056533813, 0.0024719238, -0.0029525757, 0.0034618378) * v0_0.x;
        s0_0 += HVEC4(-0.004055023, -0.0005745888, -0.004360199, 0.0055732727) * v0_0.y;
        s0_0 += HVEC4(0.0049934387, -0.0027332306, 0.0039711, -0.0025348663) * v0_0.z;
        s0_0 += HVEC4(-0.0034122467, 0.0030384064, -0.0032730103, 0.0027503967) * v0_0.w;
        s0_0 += HVEC4(0.00032758713, 0.00023043156, -0.00096845627, 0.00011354685) * v0_1.x;
        s0_0 += HVEC4(0.0077590942, 0.00082683563, -0.0034503937, 0.0010738373) * v0_1.y;
        s0_0 += HVEC4(-0.04736328, -0.027679443, 0.044067383, 0.030685425) * v0_1.z;
        s0_0 += HVEC4(-0.0023841858, -0.00042915344, 0.0023040771, -8.362532e-05) * v0_1.w;
        s0_0 += HVEC4(-0.0027275085, -0.004043579, 0.0076065063, 0.00021374226) * v0_2.x;
        s0_0 += HVEC4(-0.00091028214, 0.0005283356, -0.00046992302, 5.7816505e-05) * v0_2.y;
        s0_0 += HVEC4(0.00035905838, -0.00076818466, 0.0019283295, -0.00034928322) * v0_2.z;
        s0_0 += HVEC4(0.0005903244, 0.0014829636, -0.003704071, 0.0014772415) * v0_2.w;
        s0_0 += HVEC4(0.0023460388, 0.0002863407, -0.001824379, -0.00034165382) * v0_3.x;
        s0_0 += HVEC4(0.0032196045, -0.0010204315, -0.00077342987, 0.00017142296) * v0_3.y;
        s0_0 += HVEC4(0.00016880035, 0.00012493134, -0.00046229362, 0.00031971931) * v0_3.z;
        s0_0 += HVEC4(-0.00048542023, -0.0016355515, 0.0019435883, -0.0042037964) * v0_3.w;
        s0_0 += HVEC4(-0.0025520325, -0.000374794, -0.0008778572, 0.0013151169) * v0_4.x;
        s0_0 += HVEC4(-2.425909e-05, -0.00018882751, -0.00022220612, 0.00029206276) * v0_4.y;
        s0_0 += HVEC4(0.00052547455, 0.00037527084, -0.002275467, 0.00042629242) * v0_4.z;
        s0_0 += HVEC4(0.0069732666, 0.00010228157, -0.010520935, 0.0017976761) * v0_4.w;
        s0_0 += HVEC4(-0.0006303787, 7.18236e-05, -0.0005455017, 0.00027298927) * v0_5.x;
        s0_0 += HVEC4(-0.00016617775, 0.00038909912, -0.0024929047, 0.0012989044) * v0_5.y;
        s0_0 += HVEC4(-7.504225e-05, -0.0005893707, 0.0038967133, -0.0010080338) * v0_5.z;
        s0_0 += HVEC4(0.00042700768, 0.00031661987, -0.0023002625, 0.00043702126) * v0_5.w;
        s0_0 += HVEC4(-0.00013148785, 5.0902367e-05, -2.95043e-05, -3.248453e-05) * v0_6.x;
        s0_0 += HVEC4(5.054474e-05, 0.00049734116, -0.0013885498, 0.00046801567) * v0_6.y;
        s0_0 += HVEC4(-0.06604004, -0.010116577, 0.078308105, 0.0064582825) * v0_6.z;
        s0_0 += HVEC4(0.0027446747, -0.0005865097, -0.0051231384, 0.00011765957) * v0_6.w;
        s0_0 += HVEC4(-0.00029611588, 0.00015079975, -0.0010881424, 0.00046944618) * v0_7.x;
        s0_0 += HVEC4(-0.0033740997, -0.0005273819, 0.008132935, -0.0014944077) * v0_7.y;
        s0_0 += HVEC4(-0.00052309036, -0.0009050369, 0.001203537, 0.0006303787) * v0_7.z;
        s0_0 += HVEC4(0.00548172, -0.003206253, -0.02116394, 0.0129776) * v0_7.w;
        s0_0 += HVEC4(0.0003604889, -0.001709938, 0.0013103485, 0.00016307831) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 38));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 182));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 326));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 470));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 614));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 758));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 902));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1046));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1190));
        HVEC4 s0_0 = HVEC4(0.0013771057, 0.005794525, 0.022491455, -0.027816772) * v0_0.x;
        s0_0 += HVEC4(-0.0016307831, 0.0012636185, -0.0012750626, 0.0008068085) * v0_0.y;
        s0_0 += HVEC4(0.022979736, -0.033691406, -0.026794434, 0.04119873) * v0_0.z;
        s0_0 += HVEC4(0.040649414, -0.042022705, 0.04989624, -0.046966553) * v0_0.w;
        s0_0 += HVEC4(0.021820068, -0.004497528, -0.0107421875, -0.0025177002) * v0_1.x;
        s0_0 += HVEC4(-0.02178955, -0.07513428, -0.13220215, 0.23364258) * v0_1.y;
        s0_0 += HVEC4(-0.070129395, -0.064941406, 0.0715332, 0.06591797) * v0_1.z;
        s0_0 += HVEC4(0.007926941, 0.027038574, -0.040740967, 0.006614685) * v0_1.w;
        s0_0 += HVEC4(0.01576233, -0.00072193146, 0.00042939186, -0.023895264) * v0_2.x;
        s0_0 += HVEC4(0.00075244904, 0.0031375885, -0.012931824, 0.003047943) * v0_2.y;
        s0_0 += HVEC4(0.00035333633, 0.0008368492, -0.008338928, 0.006416321) * v0_2.z;
        s0_0 += HVEC4(-0.0029144287, 0.00035953522, 0.017593384, -0.0129470825) * v0_2.w;
        s0_0 += HVEC4(0.005332947, 0.0033302307, -0.015235901, 0.0006942749) * v0_3.x;
        s0_0 += HVEC4(0.0012845993, -0.001364708, -0.008842468, 0.010025024) * v0_3.y;
        s0_0 += HVEC4(0.001534462, 0.0010061264, 0.0012865067, -0.00040078163) * v0_3.z;
        s0_0 += HVEC4(0.0007739067, 0.0017786026, -0.0032100677, 0.004108429) * v0_3.w;
        s0_0 += HVEC4(-0.0011634827, -0.0050239563, -0.01449585, 0.022064209) * v0_4.x;
        s0_0 += HVEC4(0.00038719177, 0.0014696121, -0.0020751953, -0.00075626373) * v0_4.y;
        s0_0 += HVEC4(-0.0032215118, -0.0032024384, 0.023239136, -0.0084991455) * v0_4.z;
        s0_0 += HVEC4(-0.002445221, 0.0022182465, 0.0074386597, -0.0033874512) * v0_4.w;
        s0_0 += HVEC4(0.006843567, -0.0015354156, -0.0066871643, 0.0022506714) * v0_5.x;
        s0_0 += HVEC4(0.00982666, -0.0006198883, -0.015838623, 0.005470276) * v0_5.y;
        s0_0 += HVEC4(-0.03149414, 0.026977539, 0.030075073, -0.024780273) * v0_5.z;
        s0_0 += HVEC4(-0.011123657, -0.013687134, 0.089538574, -0.058288574) * v0_5.w;
        s0_0 += HVEC4(0.00086307526, -0.00075912476, 0.0022068024, -0.00060224533) * v0_6.x;
        s0_0 += HVEC4(0.0022563934, 0.0009908676, 0.004173279, -0.007457733) * v0_6.y;
        s0_0 += HVEC4(-0.006439209, -0.06237793, -0.014045715, 0.08355713) * v0_6.z;
        s0_0 += HVEC4(-0.03225708, 0.008773804, -0.0793457, 0.10369873) * v0_6.w;
        s0_0 += HVEC4(-0.0032043457, -0.0036354065, 0.014633179, -0.005378723) * v0_7.x;
        s0_0 += HVEC4(-0.00028443336, 2.259016e-05, -0.0046539307, 0.0082092285) * v0_7.y;
        s0_0 += HVEC4(-0.0010576248, -0.0015277863, 0.0023918152, 7.635355e-05) * v0_7.z;
        s0_0 += HVEC4(0.005176544, 0.013214111, -0.0043258667, -0.032196045) * v0_7.w;
        s0_0 += HVEC4(-0.0025844574, -0.0018920898, 0.0071792603, 0.0062294006) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 39));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 183));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 327));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 471));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 615));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 759));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 903));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1047));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1191));
        HVEC4 s0_0 = HVEC4(0.00032520294, -0.0003299713, 0.00097465515, -1.3411045e-05) * v0_0.x;
        s0_0 += HVEC4(3.33786e-06, -2.2113323e-05, -5.042553e-05, 0.00015068054) * v0_0.y;
        s0_0 += HVEC4(-0.0002977848, 0.00041007996, -0.0008444786, 0.0017518997) * v0_0.z;
        s0_0 += HVEC4(-0.0001707077, -0.00017797947, -0.00025629997, -7.176399e-05) * v0_0.w;
        s0_0 += HVEC4(0.16003418, 0.015090942, 0.020950317, -0.20483398) * v0_1.x;
        s0_0 += HVEC4(-0.0021343231, 0.011375427, 0.008506775, -0.018951416) * v0_1.y;
        s0_0 += HVEC4(-0.034210205, -0.052886963, 0.03491211, 0.054534912) * v0_1.z;
        s0_0 += HVEC4(-0.008506775, 0.005115509, -0.007217407, 0.009513855) * v0_1.w;
        s0_0 += HVEC4(-0.00010281801, -0.0017843246, -0.0011177063, 0.0026454926) * v0_2.x;
        s0_0 += HVEC4(-0.0034923553, -0.003829956, 0.0033092499, 0.004436493) * v0_2.y;
        s0_0 += HVEC4(0.00043010712, 0.000995636, -0.0022563934, 0.0012702942) * v0_2.z;
        s0_0 += HVEC4(-0.00039553642, -0.0010166168, 0.00091934204, 0.00017678738) * v0_2.w;
        s0_0 += HVEC4(-0.00056123734, 0.0038757324, 0.0016489029, -0.007335663) * v0_3.x;
        s0_0 += HVEC4(0.00028252602, 0.0004723072, 4.5120716e-05, -0.001748085) * v0_3.y;
        s0_0 += HVEC4(-0.00039362907, 0.00011575222, 0.00018382072, -0.0005893707) * v0_3.z;
        s0_0 += HVEC4(0.00038003922, 0.0004887581, -0.00045752525, -0.00036621094) * v0_3.w;
        s0_0 += HVEC4(0.0018892288, 0.0005598068, 0.0020618439, -0.005393982) * v0_4.x;
        s0_0 += HVEC4(0.0002732277, 0.00027775764, 1.7344952e-05, -0.0006198883) * v0_4.y;
        s0_0 += HVEC4(0.00079345703, 0.0058517456, -0.0009446144, -0.005428314) * v0_4.z;
        s0_0 += HVEC4(-0.00092697144, -0.00019621849, -0.0003733635, 0.0010137558) * v0_4.w;
        s0_0 += HVEC4(0.009414673, -0.009246826, 0.007686615, -0.01096344) * v0_5.x;
        s0_0 += HVEC4(0.0095825195, -0.0061912537, 0.0024299622, -0.0064926147) * v0_5.y;
        s0_0 += HVEC4(-0.0021076202, 0.0038814545, -0.003118515, 0.0034179688) * v0_5.z;
        s0_0 += HVEC4(0.0023403168, 0.0035305023, 0.0022525787, -0.012458801) * v0_5.w;
        s0_0 += HVEC4(-0.061187744, 0.059692383, -0.064208984, 0.07006836) * v0_6.x;
        s0_0 += HVEC4(0.00059604645, -0.00010693073, -0.0011768341, 0.0016231537) * v0_6.y;
        s0_0 += HVEC4(0.0027637482, 0.0017766953, 0.0028533936, -0.009567261) * v0_6.z;
        s0_0 += HVEC4(0.00017929077, 0.00019454956, 9.268522e-05, -0.0010719299) * v0_6.w;
        s0_0 += HVEC4(-0.002128601, -0.00058221817, -0.017608643, 0.015838623) * v0_7.x;
        s0_0 += HVEC4(-0.00027370453, 4.249811e-05, 0.0006365776, -0.0006775856) * v0_7.y;
        s0_0 += HVEC4(-0.0002515316, -0.0007596016, 0.00021743774, 0.0018815994) * v0_7.z;
        s0_0 += HVEC4(-0.0004646778, -0.0025081635, 0.0036773682, 0.0011901855) * v0_7.w;
        s0_0 += HVEC4(-0.0009899139, 0.00049591064, 0.00038075447, 0.00075531006) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (2, 1)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 40));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 184));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 328));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 472));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 616));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 760));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 904));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1048));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1192));
        HVEC4 s0_0 = HVEC4(4.798174e-05, 0.00014615059, 9.059906e-06, -9.36985e-05) * v0_0.x;
        s0_0 += HVEC4(-1.680851e-05, -1.4722347e-05, 6.198883e-05, 4.4226646e-05) * v0_0.y;
        s0_0 += HVEC4(2.95043e-05, 5.185604e-06, 2.604723e-05, -5.9187412e-05) * v0_0.z;
        s0_0 += HVEC4(4.053116e-06, 5.4121017e-05, -6.0498714e-05, -2.2232533e-05) * v0_0.w;
        s0_0 += HVEC4(-0.0003144741, 0.0038928986, -0.001543045, -0.0028133392) * v0_1.x;
        s0_0 += HVEC4(-2.783537e-05, 0.0005970001, 0.00020980835, -0.00013077259) * v0_1.y;
        s0_0 += HVEC4(-0.010673523, -0.02116394, 0.00983429, 0.020019531) * v0_1.z;
        s0_0 += HVEC4(-3.325939e-05, 0.0009822845, 0.00083351135, -0.0019207001) * v0_1.w;
        s0_0 += HVEC4(0.00043535233, 3.1113625e-05, -6.4611435e-05, -0.00016140938) * v0_2.x;
        s0_0 += HVEC4(-2.5868416e-05, -0.0007362366, -1.5556812e-05, 0.0005598068) * v0_2.y;
        s0_0 += HVEC4(0.00027894974, 0.00038599968, -0.00014185905, -0.0003838539) * v0_2.z;
        s0_0 += HVEC4(5.6028366e-05, -0.0001219511, 7.18236e-05, -1.3709068e-06) * v0_2.w;
        s0_0 += HVEC4(6.121397e-05, -0.00040102005, 0.00051546097, -0.00026798248) * v0_3.x;
        s0_0 += HVEC4(4.7266483e-05, 0.00010442734, 8.404255e-05, -6.6280365e-05) * v0_3.y;
        s0_0 += HVEC4(-0.00011456013, -9.518862e-05, -0.0005106926, 0.00020968914) * v0_3.z;
        s0_0 += HVEC4(-4.7683716e-06, 0.00029850006, -0.00013530254, -0.00020468235) * v0_3.w;
        s0_0 += HVEC4(-3.4332275e-05, 7.098913e-05, -5.298853e-05, -2.360344e-05) * v0_4.x;
        s0_0 += HVEC4(0.00010687113, 0.00028252602, -0.00027108192, 9.995699e-05) * v0_4.y;
        s0_0 += HVEC4(-0.00036144257, 0.0012331009, 0.0006570816, -0.0020503998) * v0_4.z;
        s0_0 += HVEC4(-0.0001399517, -0.00015687943, 9.185076e-05, -5.8293343e-05) * v0_4.w;
        s0_0 += HVEC4(-6.997585e-05, -0.00014805794, 0.00010818243, -0.000344038) * v0_5.x;
        s0_0 += HVEC4(0.00011497736, -0.0006752014, -0.00017297268, 0.0012245178) * v0_5.y;
        s0_0 += HVEC4(-8.201599e-05, -0.00014746189, -7.522106e-05, 0.00013375282) * v0_5.z;
        s0_0 += HVEC4(8.2194805e-05, -0.00011467934, -3.582239e-05, -0.00016462803) * v0_5.w;
        s0_0 += HVEC4(4.5001507e-05, -0.0015935898, 0.000626564, 0.00020384789) * v0_6.x;
        s0_0 += HVEC4(0.00028944016, 0.00017869473, -0.00057172775, 3.027916e-05) * v0_6.y;
        s0_0 += HVEC4(-0.0001270771, -0.000156641, 9.536743e-05, 4.2915344e-05) * v0_6.z;
        s0_0 += HVEC4(0.00012719631, -3.3140182e-05, -9.1433525e-05, 6.7174435e-05) * v0_6.w;
        s0_0 += HVEC4(0.0011034012, -0.001789093, -0.0005197525, -0.0026683807) * v0_7.x;
        s0_0 += HVEC4(-3.1113625e-05, -0.00020992756, -7.83205e-05, 6.377697e-05) * v0_7.y;
        s0_0 += HVEC4(-0.00039625168, -0.0005440712, 0.00086164474, 0.0012979507) * v0_7.z;
        s0_0 += HVEC4(-0.0016002655, -0.0005187988, 0.0017347336, -0.00024294853) * v0_7.w;
        s0_0 += HVEC4(-0.00018393993, -0.00038957596, 0.00048041344, -0.00027227402) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 48));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 192));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 336));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 480));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 624));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 768));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 912));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1056));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1200));
        HVEC4 s0_0 = HVEC4(-3.1888485e-05, -2.7656555e-05, -5.429983e-05, 3.8146973e-06) * v0_0.x;
        s0_0 += HVEC4(-0.00018441677, -5.1259995e-05, 0.000104784966, 0.00010085106) * v0_0.y;
        s0_0 += HVEC4(-0.0002937317, 7.534027e-05, 8.249283e-05, 0.00011962652) * v0_0.z;
        s0_0 += HVEC4(-1.3113022e-06, -1.7940998e-05, -6.407499e-05, 8.058548e-05) * v0_0.w;
        s0_0 += HVEC4(-6.0021877e-05, -2.0861626e-06, 2.1338463e-05, 3.71933e-05) * v0_1.x;
        s0_0 += HVEC4(0.00015068054, -0.00013613701, 0.00017142296, -9.536743e-05) * v0_1.y;
        s0_0 += HVEC4(0.0014715195, 0.000875473, -0.0015163422, -0.0012130737) * v0_1.z;
        s0_0 += HVEC4(-0.0002758503, 3.1352043e-05, 7.712841e-05, 0.00018167496) * v0_1.w;
        s0_0 += HVEC4(-0.00049734116, -0.0002259016, 0.0001809597, 0.0003926754) * v0_2.x;
        s0_0 += HVEC4(-1.5318394e-05, 6.020069e-06, 2.2530556e-05, 3.5643578e-05) * v0_2.y;
        s0_0 += HVEC4(-9.596348e-05, 6.300211e-05, -0.00014829636, 1.5258789e-05) * v0_2.z;
        s0_0 += HVEC4(3.6895275e-05, -3.6895275e-05, 0.00011372566, 0.00010293722) * v0_2.w;
        s0_0 += HVEC4(-2.4318695e-05, -1.9013882e-05, 0.00011771917, -7.712841e-05) * v0_3.x;
        s0_0 += HVEC4(0.00029206276, -0.000121712685, 0.0005745888, -0.00036096573) * v0_3.y;
        s0_0 += HVEC4(-9.196997e-05, -1.7225742e-05, 0.00010108948, -6.7830086e-05) * v0_3.z;
        s0_0 += HVEC4(-0.00010967255, -3.3974648e-06, 0.00028133392, -0.000106573105) * v0_3.w;
        s0_0 += HVEC4(0.00013840199, -0.00017654896, 0.00014865398, -7.9631805e-05) * v0_4.x;
        s0_0 += HVEC4(-6.3180923e-06, 1.770258e-05, -8.6426735e-06, -9.179115e-06) * v0_4.y;
        s0_0 += HVEC4(5.1259995e-05, -8.225441e-06, 3.516674e-06, -4.810095e-05) * v0_4.z;
        s0_0 += HVEC4(8.791685e-05, 7.1525574e-07, -9.75728e-05, -0.00011616945) * v0_4.w;
        s0_0 += HVEC4(-1.0251999e-05, 1.347065e-05, -7.2717667e-06, -1.8715858e-05) * v0_5.x;
        s0_0 += HVEC4(6.830692e-05, 8.434057e-05, -0.0001039505, 3.3974648e-06) * v0_5.y;
        s0_0 += HVEC4(-2.2411346e-05, -1.7166138e-05, -3.1650066e-05, -1.4305115e-05) * v0_5.z;
        s0_0 += HVEC4(1.1920929e-05, 2.2828579e-05, 3.9815903e-05, 1.9013882e-05) * v0_5.w;
        s0_0 += HVEC4(-1.5974045e-05, 2.7894974e-05, -6.1392784e-06, 9.000301e-06) * v0_6.x;
        s0_0 += HVEC4(7.891655e-05, 6.8962574e-05, 5.2392483e-05, -2.5987625e-05) * v0_6.y;
        s0_0 += HVEC4(-0.00020039082, -0.00054979324, 0.0005393028, -0.0005187988) * v0_6.z;
        s0_0 += HVEC4(1.6570091e-05, -1.2695789e-05, 0.0003142357, -1.591444e-05) * v0_6.w;
        s0_0 += HVEC4(3.439188e-05, -2.360344e-05, 9.536743e-06, -3.5762787e-06) * v0_7.x;
        s0_0 += HVEC4(-4.2796135e-05, -1.859665e-05, -2.3663044e-05, -7.432699e-05) * v0_7.y;
        s0_0 += HVEC4(8.928776e-05, 2.4437904e-06, 2.759695e-05, -3.3140182e-05) * v0_7.z;
        s0_0 += HVEC4(0.00027656555, 0.00026655197, -0.00038266182, -0.0004515648) * v0_7.w;
        s0_0 += HVEC4(-0.00018525124, 0.00019907951, -0.00046563148, -0.00015830994) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (-1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 49));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 193));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 337));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 481));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 625));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 769));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 913));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1057));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1201));
        HVEC4 s0_0 = HVEC4(1.7344952e-05, 0.00011920929, -0.0017299652, 0.00066137314) * v0_0.x;
        s0_0 += HVEC4(-0.0004131794, 0.0005507469, -0.0023288727, 0.001534462) * v0_0.y;
        s0_0 += HVEC4(0.00024175644, 0.0008215904, 0.0012426376, -0.0020370483) * v0_0.z;
        s0_0 += HVEC4(-0.003862381, 0.0031375885, -0.0053863525, 0.003955841) * v0_0.w;
        s0_0 += HVEC4(6.5386295e-05, 0.00039482117, -0.0007123947, 6.854534e-05) * v0_1.x;
        s0_0 += HVEC4(-0.0012779236, 0.002090454, 0.002702713, 1.5854836e-05) * v0_1.y;
        s0_0 += HVEC4(-0.00061273575, -4.953146e-05, 0.0016555786, -0.0008120537) * v0_1.z;
        s0_0 += HVEC4(2.193451e-05, -0.00028514862, 0.001247406, -0.0007443428) * v0_1.w;
        s0_0 += HVEC4(-0.0007414818, 0.0006155968, -0.0003182888, 0.0005879402) * v0_2.x;
        s0_0 += HVEC4(-8.583069e-05, 8.571148e-05, -0.00038814545, 3.749132e-05) * v0_2.y;
        s0_0 += HVEC4(0.00013923645, -0.00010228157, 2.7239323e-05, -0.00019598007) * v0_2.z;
        s0_0 += HVEC4(5.811453e-05, 3.20673e-05, 0.0004911423, 0.0002772808) * v0_2.w;
        s0_0 += HVEC4(-0.00011563301, -0.00018453598, 0.00022184849, -4.708767e-05) * v0_3.x;
        s0_0 += HVEC4(9.959936e-05, 0.00013160706, 0.0008068085, -0.00065660477) * v0_3.y;
        s0_0 += HVEC4(-0.00016450882, -0.00015461445, 8.6426735e-06, -0.00025987625) * v0_3.z;
        s0_0 += HVEC4(-0.0001180172, 0.00022256374, -0.0003566742, 0.0004968643) * v0_3.w;
        s0_0 += HVEC4(-0.0003004074, 0.00031495094, -0.000869751, 0.0002875328) * v0_4.x;
        s0_0 += HVEC4(-1.4901161e-06, -8.326769e-05, -1.758337e-05, -7.390976e-06) * v0_4.y;
        s0_0 += HVEC4(-2.3186207e-05, -2.7418137e-05, 6.830692e-05, 0.00010704994) * v0_4.z;
        s0_0 += HVEC4(-1.937151e-05, -0.0003168583, 0.0015697479, -0.00092840195) * v0_4.w;
        s0_0 += HVEC4(-3.939867e-05, 2.8729439e-05, -0.0001718998, 0.00014984608) * v0_5.x;
        s0_0 += HVEC4(-3.59416e-05, -5.4001808e-05, -3.5881996e-05, 0.00015175343) * v0_5.y;
        s0_0 += HVEC4(9.161234e-05, -0.000351429, 0.0006918907, -0.000582695) * v0_5.z;
        s0_0 += HVEC4(1.0251999e-05, 6.1273575e-05, -0.00010830164, -9.2983246e-05) * v0_5.w;
        s0_0 += HVEC4(4.3213367e-05, 2.604723e-05, -2.9921532e-05, -4.9471855e-06) * v0_6.x;
        s0_0 += HVEC4(-4.5895576e-05, 0.00024056435, -3.0100346e-05, 8.0406666e-05) * v0_6.y;
        s0_0 += HVEC4(0.007003784, 0.0022716522, -0.011268616, -0.0022621155) * v0_6.z;
        s0_0 += HVEC4(0.0008420944, -0.00078582764, 0.0009446144, -0.0001540184) * v0_6.w;
        s0_0 += HVEC4(-0.0002641678, -2.104044e-05, -0.00010627508, -8.893013e-05) * v0_7.x;
        s0_0 += HVEC4(0.00011855364, 7.3075294e-05, -0.00019967556, -5.4836273e-05) * v0_7.y;
        s0_0 += HVEC4(5.143881e-05, 3.7789345e-05, -0.00018787384, 1.5497208e-06) * v0_7.z;
        s0_0 += HVEC4(-0.00055360794, -0.00010585785, 0.0003902912, 0.00069856644) * v0_7.w;
        s0_0 += HVEC4(0.0002553463, 4.887581e-05, -0.000623703, -0.00045609474) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (0, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 50));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 194));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 338));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 482));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 626));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 770));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 914));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1058));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1202));
        HVEC4 s0_0 = HVEC4(-0.0002439022, -0.0010690689, 0.0026683807, 9.357929e-05) * v0_0.x;
        s0_0 += HVEC4(6.169081e-05, 0.0004003048, -0.00071525574, 0.00029945374) * v0_0.y;
        s0_0 += HVEC4(0.0068588257, -0.0034561157, 0.010009766, -0.016021729) * v0_0.z;
        s0_0 += HVEC4(0.019180298, -0.019073486, 0.027359009, -0.030639648) * v0_0.w;
        s0_0 += HVEC4(0.0011262894, -0.00081300735, 7.534027e-05, -0.0020618439) * v0_1.x;
        s0_0 += HVEC4(0.003452301, 0.0016298294, 0.016571045, -0.018356323) * v0_1.y;
        s0_0 += HVEC4(-0.002817154, -0.0017538071, 0.0026817322, 0.0037593842) * v0_1.z;
        s0_0 += HVEC4(0.0005145073, -0.000834465, 0.0029964447, -0.0030155182) * v0_1.w;
        s0_0 += HVEC4(-0.00044250488, -0.00022268295, 0.0017814636, 0.00015568733) * v0_2.x;
        s0_0 += HVEC4(0.00029921532, -0.00028133392, 0.0001540184, -0.00014817715) * v0_2.y;
        s0_0 += HVEC4(-3.9875507e-05, 0.00013434887, -7.766485e-05, 0.0002309084) * v0_2.z;
        s0_0 += HVEC4(0.00035524368, -0.00021743774, 0.00066137314, -0.00082683563) * v0_2.w;
        s0_0 += HVEC4(4.8160553e-05, -0.00030374527, 8.434057e-05, -0.00018417835) * v0_3.x;
        s0_0 += HVEC4(0.00016057491, -9.5546246e-05, 0.00043940544, -0.00035834312) * v0_3.y;
        s0_0 += HVEC4(0.00012350082, -0.00012850761, -0.00036668777, -0.00091028214) * v0_3.z;
        s0_0 += HVEC4(0.00028800964, -0.00021970272, 0.00031876564, -0.0004925728) * v0_3.w;
        s0_0 += HVEC4(-0.00025844574, 0.0003862381, -0.0013055801, 0.0007677078) * v0_4.x;
        s0_0 += HVEC4(-0.00010859966, -5.00679e-05, -6.3955784e-05, 0.00018072128) * v0_4.y;
        s0_0 += HVEC4(7.534027e-05, 0.00014603138, -0.00049829483, 0.00019872189) * v0_4.z;
        s0_0 += HVEC4(2.3007393e-05, -0.00017929077, -0.00046920776, 0.00041890144) * v0_4.w;
        s0_0 += HVEC4(0.00016140938, 3.8564205e-05, -0.00040578842, 0.0015907288) * v0_5.x;
        s0_0 += HVEC4(0.00026488304, -0.00011795759, -0.00011211634, 0.0008058548) * v0_5.y;
        s0_0 += HVEC4(-0.0019359589, 0.0037555695, -0.011108398, 0.0055999756) * v0_5.z;
        s0_0 += HVEC4(0.0022583008, -0.0002529621, -0.004951477, 0.00088071823) * v0_5.w;
        s0_0 += HVEC4(0.000518322, -0.00056266785, 0.0003464222, -0.00045371056) * v0_6.x;
        s0_0 += HVEC4(-4.4107437e-05, -0.00023925304, 0.00072193146, -2.1874905e-05) * v0_6.y;
        s0_0 += HVEC4(0.0015621185, 0.004535675, -0.00025343895, -0.011039734) * v0_6.z;
        s0_0 += HVEC4(0.0008883476, 0.000854969, 0.0006790161, -0.0019369125) * v0_6.w;
        s0_0 += HVEC4(-7.581711e-05, -0.0001899004, -0.00050878525, -0.0008134842) * v0_7.x;
        s0_0 += HVEC4(-3.2246113e-05, 8.583069e-05, -9.894371e-06, -0.00020742416) * v0_7.y;
        s0_0 += HVEC4(0.000102996826, 0.00014853477, -0.00018978119, -0.00010102987) * v0_7.z;
        s0_0 += HVEC4(-0.00020289421, -0.00043296814, 0.00041127205, -6.0796738e-05) * v0_7.w;
        s0_0 += HVEC4(0.0001322031, -2.9802322e-07, 0.00057411194, 0.00080776215) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (1, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 51));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 195));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 339));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 483));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 627));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 771));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 915));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1059));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1203));
        HVEC4 s0_0 = HVEC4(-0.00019335747, 0.00012683868, 3.5107136e-05, -3.4689903e-05) * v0_0.x;
        s0_0 += HVEC4(8.422136e-05, -9.405613e-05, -0.00012177229, -1.835823e-05) * v0_0.y;
        s0_0 += HVEC4(-0.00033426285, 8.3208084e-05, -0.00026583672, 0.0004916191) * v0_0.z;
        s0_0 += HVEC4(-0.00014448166, 0.0005631447, -8.559227e-05, -8.815527e-05) * v0_0.w;
        s0_0 += HVEC4(-0.00065231323, -0.0007624626, 0.008323669, -0.009567261) * v0_1.x;
        s0_0 += HVEC4(-0.0010738373, -0.0012083054, -0.0011034012, 0.004623413) * v0_1.y;
        s0_0 += HVEC4(0.002319336, -0.0010271072, -0.0026817322, 0.00043463707) * v0_1.z;
        s0_0 += HVEC4(7.236004e-05, 0.00030374527, 0.0012111664, -0.00032258034) * v0_1.w;
        s0_0 += HVEC4(0.00026369095, 4.452467e-05, -0.00016057491, 0.0003080368) * v0_2.x;
        s0_0 += HVEC4(0.00010454655, -0.00025987625, 0.0012235641, -0.0011491776) * v0_2.y;
        s0_0 += HVEC4(8.9764595e-05, 0.00015377998, -0.00025439262, 3.6597252e-05) * v0_2.z;
        s0_0 += HVEC4(0.00027298927, 0.000109016895, 2.861023e-06, -0.00065898895) * v0_2.w;
        s0_0 += HVEC4(-0.00020039082, -0.0002784729, 0.0003926754, 6.7055225e-05) * v0_3.x;
        s0_0 += HVEC4(7.3313713e-06, 7.021427e-05, -0.00012910366, 6.0021877e-05) * v0_3.y;
        s0_0 += HVEC4(-0.00029969215, -0.00018525124, -0.00039672852, 0.00018048286) * v0_3.z;
        s0_0 += HVEC4(-6.210804e-05, -3.2007694e-05, -0.00014841557, 0.00012946129) * v0_3.w;
        s0_0 += HVEC4(-9.894371e-05, -0.00036358833, 0.00032019615, 0.0004146099) * v0_4.x;
        s0_0 += HVEC4(-0.000120162964, -7.623434e-05, 0.00015473366, 4.4047832e-05) * v0_4.y;
        s0_0 += HVEC4(-0.00043272972, 0.00015449524, -0.0021209717, 0.0014677048) * v0_4.z;
        s0_0 += HVEC4(3.4987926e-05, 9.1552734e-05, 4.8935413e-05, -0.0005464554) * v0_4.w;
        s0_0 += HVEC4(0.0013074875, -0.0015459061, 0.0049743652, -0.004421234) * v0_5.x;
        s0_0 += HVEC4(-0.0011768341, 0.00047016144, 0.00063991547, 0.00020503998) * v0_5.y;
        s0_0 += HVEC4(0.00050878525, -0.0011692047, -0.00078868866, 0.0023651123) * v0_5.z;
        s0_0 += HVEC4(0.000582695, -0.00013446808, -0.00083351135, -0.00017762184) * v0_5.w;
        s0_0 += HVEC4(-0.030731201, 0.029663086, -0.048736572, 0.046295166) * v0_6.x;
        s0_0 += HVEC4(0.00023388863, -4.7922134e-05, -0.00014650822, 0.00016880035) * v0_6.y;
        s0_0 += HVEC4(-0.00066185, -0.0005917549, -0.00039958954, 0.0022392273) * v0_6.z;
        s0_0 += HVEC4(-2.95043e-05, -7.909536e-05, -2.2649765e-05, 0.00015449524) * v0_6.w;
        s0_0 += HVEC4(-0.00036549568, 0.00026369095, -0.0018062592, 0.00032520294) * v0_7.x;
        s0_0 += HVEC4(-3.552437e-05, 4.708767e-06, -0.00011205673, -0.00018286705) * v0_7.y;
        s0_0 += HVEC4(1.2516975e-06, 8.940697e-05, -6.532669e-05, -0.00010681152) * v0_7.z;
        s0_0 += HVEC4(0.00023853779, -6.9856644e-05, -0.000113904476, -0.0005850792) * v0_7.w;
        s0_0 += HVEC4(0.00013077259, 0.00032758713, -0.00030612946, -0.0008711815) * v0_8.x;
        a0_0 += vec4(s0_0);
    }
    {   // tap (2, 2)
        HVEC4 v0_0 = HVEC4(tile_texel(at + 52));
        HVEC4 v0_1 = HVEC4(tile_texel(at + 196));
        HVEC4 v0_2 = HVEC4(tile_texel(at + 340));
        HVEC4 v0_3 = HVEC4(tile_texel(at + 484));
        HVEC4 v0_4 = HVEC4(tile_texel(at + 628));
        HVEC4 v0_5 = HVEC4(tile_texel(at + 772));
        HVEC4 v0_6 = HVEC4(tile_texel(at + 916));
        HVEC4 v0_7 = HVEC4(tile_texel(at + 1060));
        HVEC4 v0_8 = HVEC4(tile_texel(at + 1204));
        HVEC4 s0_0 = HVEC4(2.9921532e-05, -4.2796135e-05, 4.7147274e-05, -1.5437603e-05) * v0_0.x;
        s0_0 += HVEC4(-7.033348e-06, -1.9729137e-05, 5.7816505e-06, -2.1994114e-05) * v0_0.y;
        s0_0 += HVEC4(-4.518032e-05, -1.1384487e-05, 0.00010097027, 3.5345554e-05) * v0_0.z;
        s0_0 += HVEC4(-4.5895576e-06, 3.6120415e-05, -2.4318695e-05, -1.1980534e-05) * v0_0.w;
        s0_0 += HVEC4(-0.00027799606, -0.0001219511, -0.0003247261, 0.0011987686) * v0_1.x;
        s0_0 += HVEC4(-0.00029921532, 0.00010818243, 9.268522e-05, -9.1671944e-05) * v0_1.y;
        s0_0 += HVEC4(0.003452301, 0.0050697327, -0.0058555603, -0.0053367615) * v0_1.z;
        s0_0 += HVEC4(-0.00014591217, 4.2915344e-06, -4.0113926e-05, 0.00015103817) * v0_1.w;
        s0_0 += HVEC4(0.00013422966, -8.422136e-05, 7.843971e-05, 9.691715e-05) * v0_2.x;
        s0_0 += HVEC4(-0.00021612644, 2.9802322e-06, 0.00055646896, -9.357929e-05) * v0_2.y;
        s0_0 += HVEC4(-5.722046e-05, -0.00016057491, 0.0004041195, 9.775162e-06) * v0_2.z;
        s0_0 += HVEC4(-3.385544e-05, 4.1544437e-05, -4.017353e-05, -3.5762787e-06) * v0_2.w;
        s0_0 += HVEC4(-5.1140785e-05, -2.515316e-05, 7.742643e-05, -3.2007694e-05) * v0_3.x;
        s0_0 += HVEC4(-1.50203705e-05, 4.1365623e-05, 3.695488e-05, 3.2246113e-05) * v0_3.y;
        s0_0 += HVEC4(-8.285046e-06, -0.0001565218, -0.00012874603, 6.043911e-05) * v0_3.z;
        s0_0 += HVEC4(-4.172325e-07, 3.0636787e-05, -7.325411e-05, -4.3094158e-05) * v0_3.w;
        s0_0 += HVEC4(-4.5120716e-05, 6.645918e-05, -2.938509e-05, 2.503395e-06) * v0_4.x;
        s0_0 += HVEC4(6.151199e-05, 3.015995e-05, 3.7431717e-05, -1.335144e-05) * v0_4.y;
        s0_0 += HVEC4(-8.821487e-06, 0.00027799606, -0.000603199, 0.00017857552) * v0_4.z;
        s0_0 += HVEC4(4.9948692e-05, -2.5331974e-05, -5.477667e-05, -9.6321106e-05) * v0_4.w;
        s0_0 += HVEC4(-0.00012433529, 5.608797e-05, -0.00012910366, 0.00023365021) * v0_5.x;
        s0_0 += HVEC4(0.00023281574, -5.477667e-05, -0.0007081032, 0.0018482208) * v0_5.y;
        s0_0 += HVEC4(-9.781122e-05, -7.343292e-05, 2.104044e-05, 0.00022125244) * v0_5.z;
        s0_0 += HVEC4(-5.286932e-05, 5.120039e-05, 0.000100791454, -1.3291836e-05) * v0_5.w;
        s0_0 += HVEC4(0.0020141602, -0.0033054352, 0.0024433136, -0.0030536652) * v0_6.x;
        s0_0 += HVEC4(-5.543232e-06, 5.567074e-05, 0.00011700392, 7.8856945e-05) * v0_6.y;
        s0_0 += HVEC4(-4.0769577e-05, 7.3194504e-05, 1.2993813e-05, 5.9485435e-05) * v0_6.z;
        s0_0 += HVEC4(7.683039e-05, 0.00012338161, -1.1920929e-06, -0.000109910965) * v0_6.w;
        s0_0 += HVEC4(-0.00029039383, -0.00034809113, 7.1406364e-05, 8.994341e-05) * v0_7.x;
        s0_0 += HVEC4(5.4478645e-05, 3.3438206e-05, -0.00018370152, -7.122755e-05) * v0_7.y;
        s0_0 += HVEC4(2.2411346e-05, -3.2782555e-06, 1.168251e-05, 4.6491623e-06) * v0_7.z;
        s0_0 += HVEC4(0.00013530254, 0.00021576881, -0.0003631115, -0.0002925396) * v0_7.w;
        s0_0 += HVEC4(5.7518482e-05, 2.1576881e-05, -0.00011396408, -0.00010216236) * v0_8.x;
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


//!TEXTURE ArtCNN_C4F32_T2
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
7e2ae3b4dd31642b613172b84a36a0aae82893322db2ba2f2b330b324b2c97261fad692e7db084a88fb0edadefb0fdb436ab3d30852d55aea9ae78340c3595a63f31d9399e382a316cb298b28bb16629f62b60b80c371a3013b424319332962aedb553ad0a31f5b140b12ab085a91ea9f8b3263078c0f0297830fcb757b7faaa64a5e22aebb439b3f92ac2ac0aaad734f32f96b06db04c3083a472a9d2a1839494ae833443b2baae7ba64eb4bfacda31422cce289233bf9d8328a1b796b06227a89216aa6130d62a6e2d0fb50aab963603b4d486c8b3a62b5636362f3aae29a58129a230f8b2e4af552f07320aa5a3291922f2341e2f39a7002058b2e333de28fbb127ba5eaf51a8efb001b00d30e6a4aca81039dfb6d031553268aa1da882ba8c379eb36cb396372e2d32359d2dca2b8331a32c9736b52151acc42c76abba9753a8cead2bb18aac4a2f76b2223465afbf32112f43b236af2c20fa25f4aaa0b42130bd2f0a3196314a21bbb3c3ada6b26fb38daa48326527d222112c61a08830a32a1bb0e8a6202d9d2688aca5b021afb9245b9e0b2d1da555ab2da838aa08ae42aa922f1caa4a2911adbf2539b0c2a82cab603475a4ee9300284c3344a52aa36da112a47aa679a44b2a342e3927f6b15829879bcd2c5c2b56ae253118a8e3b8212e2127e02a9bb1c32fd5ac28ac9930a699be29533144a806208c3088af79280f2c732624afe999e2a619a69b2c2aaa052720ae4a93a92337b015a487281a32b8aacb2a172d852e921d12aa07adac2df72c7aaa29274299c52bf332dc2ef528a91c0a194230c2b2f7b3772cd7b1359d23a3661ff6ac2225082077a60ba09cae45251ba97ab1c5ab422b282ac52bb0b3022115a0c3a6081f859a13ae3f2540a3caad7e28bab7a3b313b2c431d7b010a79aae9424da30deadec3463adadb23eae072f9ca838b06d2985a6172c292e6db03d3257aef52da532c82e9a20342ea12acfaa42b77cb69ab198b30baf472e0e3385ad792f91af3eb27034dcb206b124a8a22f552ffca92bb03e2243a9c32a5c2fde2d94b2991cceaaf13108af58307daa5dacef2c7eaf85b1d52d20ac36b5fe9adbaa07a8b9ac9ba59ea64d2852b088ae252ed6aa5ab004aa8f31c12ed731bb26112fc1b2c4aa973035a891af30af08a867a8be9f91ae10bcb0330c2f1fbc94a4c1b2f8388dbbbbb5773503b15fb0b4ab8e386eb67d31dd374f2c642ff036aa37d4ad3fbbc4bdef37732190338da92e2f11b23bbd18330a3858a49eb55933acb05cb75737e8bee4ad64349fade3b60e357031c7ae95360b33722d0336fd34ea310bb751ba1ebccf2bfa1fdd2d9eaa442b3baafba96c1584b2c8b0269dc5b402ae0eac51ab75aa47a46ab068a10aab89aacf2f22a89fadf5aeb42b3aa206318528f82d3a9ff224cfa0352593a962b0d5a746977e2fa0a9b9a79fb0f32adeb20b2fceb1b1b3762dbdad66b020b24c25e1b89a31a5a43ab443b91921aca86f2e56a457add2a4deabcb31c823f92d89a9641c09ac30ace8ae642f012c1e2ed32becb0ef24dbb0c92180b497b1aaaea5b741b8852f36b00ab768b86fb043b0142c9528e7adba328e3238af29a173af7628e09b742cb3a5eba7e1b106a97bba8aafddaffead98267b245831c82ae5229b2dfea742ab6bacf6a6ecb00f1d4d2bc12d47ad479f69311f2eb1b08a29b8afd1afbe2081342131792d61b4a4a8920a0b319a34cba91eb58cb43d2736ac6c2f363104b064345031892d0ab1f030702cdfadc32d552bc828fbb5542de0a95732499b4f2541ad2f2a3eaaa4a7702a132bdcacf8b46aa41b2a9d2ce82ddb89e41dc22ee9af3cae15b211aeebae7f2d8cb1b3ac0b2e1a286b2cc52a68a378323cb13bb0f6246c2730b26ea8a328ca30a4adb6b473a9deac7d2d7b2f821f9829a0a6ee2e76b14b2f1fb3a6b4e2af8fb19a21dd9e61adf2321faa56b3612f382befaf4ab221290c213e3a622c9d3cc6357d34c3ad8da6a3a447b6713456366db0d32b7a14b4a8f0b434b6dcaea0b3502f99b336ae3eaaf82bf1b6ab3570b423999d145228e7a94f318c3275b1a62c5c26222dd729d235652ff69a52b15eb029af7e211039c72476b0a9959f2eb5af122f90a5e6347e25f231fba2a3b1c42afeaf5b27e0311728629d96adbba9c3b1cb2524a4c933e22c33a9deab2fb30ca9782f832d0a2aa134192c3db040aa1c31cbaefe260f19781f8628ea2b2526dd9d8f24db2e66300f28cf2a8c2c33b4fa1dc7a69a3257285a2dcc28bf32552b762dfbb0d530bdabe3357120652e87315136cc1b812a10247e2b443455a3ddae5430592d29b243b2db2e4c251d31e1a6923051b020302eaea62d542d73ad56acb2a6dd26a6ae5b300fb0182b713016ac5630c1ae61ac29ad1120f82adfaeea3104acbf2fc42d36b1b42c1ba285add22a6fb49c331eaec63435b56ea8a030812d5fa9112e892c1ead2ab0f2abccb05c2726af29303aaaa524db32912ded2b2dac94a37ca7af290e3113275a21e8288f36fb2b162fb4a1d5b1b5b0452cd8b19b2de62b07b20cb247a023273dad2429deb3b7b6a735f3ad602fe9a5eea88eb6dca96c2bdeb10f3584b19ea7c62c65a76335a2319ba467271baa9234162a70316cb163b2c43189310daf4eb1f01ec4191f27a7185a2cd725452152303daaf1b191a4ea2ceeb11d2f752e0724ab2e9cb45cb1eeae79b47632f326b92a6b9ad2adc5af09ad322a54ad8b305904e8317f3401305930a7ac06ad7f323025e1ac3ab678a57daf099ea13058abf6abd636b72e1b27dbbab5b00435b3b29331ad31192b1d3273334d25a630d3b4ffa8a5270034baaa63abdd3036b43eb400b50aa4032d173875a4b63504b586b3951afd31fc2a63a067b867329c30382fddb40f2e43a8bab21a2e1db3be2c56b240220f340b2e39ab02afc5af0599693193ade3b017b2752826ae4c30b5310430acb034214ab2acabc1a5b334f530e034c7330bb00c292e2de8ae083347ab9cb018b3652d07b21dae8b21a0b473308bb254ab382d8034cab02d24e82ce1345034052653acc7b6e23418b8f92d472c19b3b9b07fb2ceb0942fde319eb2eb329c2de82c513215b057b542aa342e01aa0d32c823fcb4f53147b1722de4afe1b3383630b1d52acb31982db8a633277aab29aac1b3d932f2b5e33152b1b81f5fb188ab0eb6302170b0e5b0722c85ab853148aab92ebb3478b477296b1efe2a732e2db43e22be9a14afe3ac4facef2f9a2f091848a95aa93f18daac42ada1b16531ffad42ab202ad93014ad92aa94ad632aee1c6cac9b2e0432f42a0a25aea2772e463784a5492a3e2416b0ca25c328ec25b8a976af10aad0b1a79d12af68ad1d2b33b149ab0ca69931811e0daae3aec2abbc20d7302e2cffa6ee29e5a1762d2d2b5c33ea2abe18fca25fadb8a54ea8e92838a9fea1042d2229e199052ba13074a0d528452872a78cadcb24a323c29dbe271621be34a32b41140ba5faa4a5a396a8df9e96abbd2ce5ac7bac682cb8b7072cb9a360b20b279b343ac21d2a72b6b49fc72471341234ab318734e43577315e256d30483856a152284db80e3303ace4acc1b4d2aa5f295b3035ab5e33eaafc1a84434b62ab42e48329125ebb031b6802951b10530042e533473b055316a9e1d2eacab3d2f6ba636a4f6ad94afe730a5b188b7372ea4a6412cecb13e2b4ea6cbacd1a902ae5c2bcd29bd24c62b0eb2c8ad062f1f24169b14a384aac19f74a47b2f2cad5ab2582b6a332c999da1629faaacefb00eabfca9f138a3b0c1a5be35fc322fb2cb2f1b31a9af93ac0c2c62042bab642c06a703a93bb300b1e7b703b241241ab1cd3777b03e36c329362e2f2d25ae5034092e07b0a1b59c3348bae2adaaaf60349aa86a31d33748b84eb5c0ad8a2d2ab3e12e513265333a3189a699b2e7369930c137c7ae523311bd239df4a8232f0c36052e91a64c281fae2fb14f2b3e2d472424a8ba2727a90f190baacfab44ada2ad602f90aab52ffc21d9a8a22d25a5df2834a5dbaa3532b22d1fa478aac527632d979638ab230a26acafad362df8b606aecba75eac3eaa72a99b2a45b14ba45a284ca8efa9d72c752d5db00ea2ada72ea4edac34a154318d251aa47a9c4a29f4a3142867a675b5c5b16431002b9dbe59a6ebb311ac9c3228afcfa6cdafd31cd824e9a1079549336b187f30d92d38a5f9ad9c2df8a34a33492b949fd429d625fb2f831e272c95afd7345eaaa4b27324cbab1f2db72531a94324e1243d35fd2bd1a9302b2732b9a96e3157ac3720ee2a112cc1a1101679b6eca5c49e95ad47b5ec9f1fa4c72611a7c12d2bb0882ad9340bac0b2569288cab0f28a4a79eade8975b2792210a212328e2abb8a9dd9f77ab95af08ae7228679eb52d762f2b294621791b68a0731c4db60a285b2efda423b50033902ae9a8c92d77b015ae582cfe2b73290eb4e81873201eaf58325b2e282d1532ce301c30682decb43fb2b2171d3659ac4ca86d30423666b453397531792d572f502e20a053b9fc35ea210baccbae8b2b80a9c0b252b37fb172b0d5b440306e2fd02884b00433d5328c2c242c202c01ad072c452337b07a2ab1afa8a0822480acb5aa892b0d9feb2cb429ba24082cbd2cdc2de9a4a4ac3e2d1f32df280e23d21eabadb427eeaf7ba8e4a193aa3aa0222ef92706a635a551a53d32842c292da9b1ddadb8b09a287cafeea4672b253050310bb2c42b36b3012e06b16d2649b046adb4ab71b1e6ae932dad2af428f0b0adad86a4dea874ac5f2c5631319e81ad97291e2cfd2e6530d42c83aff52fc82626b298a815a7903083a94eaeba2bc629a1a90e367335a52963b3f71f3fa8b9aa91306da12c284b296420592db7b0f2b069ab8a3247ac2da9ab0ada2da9329294182703303ea8872c0d30d7309b2d222d9ba791a130adceb4dc1565251eac90b133b00d1600ac7db148aa7aacf0accfad752c4331aa918e2c0fa8b6a9e630da25211c779601a512253ead0726baa0a32d64b07fb158af6e2d7f29c228432bd12657b5be2426a7aeae9eac3e2fd8ad10ae3b32d9b41ab01625c3aacaaa4fb4a631dca03b2f0f9a01354e2f97308125092c2c2695139fa910335ea8351976a14faf05b3ca2c0f2dbba557151830a031a1b5e4ace6a5073015af63a44923f32c10a9a9b39bb05c2d94b387b0a3b076ad932e04aae2b0c6a97cb20922afaca9ab4f2c4eaa8ba6dcae0f35a63158aefe32d33282b00c28a8aa24b25b2ba1a83a2bce336c30b2a98eadda18782f97b4d1ae462ce2b204174eacfdae33267d2f5ba600a62ab446af72a97f2901277b287eac3128542c96ad2a9b5ba45aad71a63d260a2fdcb0f4ae79a8d02b8bb08bae36ad8bb22a2b623189adf7ac6530c125d1a840b0d2b08a2c1caa35b435adc42ef0b507b56bac4cb2b5b05f293eac40ad77ac3e2c2db184b20f31c8b01eb1d8b2672d27ae6e2912ac05ae58b7d2aa40a89e9bb6307e9989a67fac8034412e04ac6932cd361db6aeb3e43177b96439762e8caf71343aafd73854b8bd2be9269cb7c12808b813b6a0abb23250b1ea3da0b01e34b7aa4bb13eb01a2c3e28f5a690343427cd2506af402fdd31ea28052c1a34bd3445a05629c6b211ad5eb4012c93afa4acb09788b1e62cfbac6ab0f7259f2a8a2bd6252fb3f6aece2d8729a3b6fbb06eaedc3120b81b2e6131302fb5b17890493510a9b12dc832ca319da7532d113337aa18abfba11024fd3085b94a300f2a662bf62ed732d69cb32d4ebb88b562b9d8ac20b1d932fb2f71335234dbb5c9ab55378120ef2cbc35323590aa00356e35a9a0c2378b2f4ab54a2cc6b79abc9e2a38b015b2d135fa1a15aa6512183066a94829e125652ab530c52ea528742324b08bae69a864aac130e29d0aaf3e903a2ce6ad121ae7aa6cb389284626332eaca3bf2c71acc03322970ea1cbc1da2404b2b5b492261a3342319d2c6d34b4b9fca8ac3517b1902b9ab7d53137a6c32bbe30ff2cc12e232620b211b425be08b6582bcaad5ea64334bd256dac9baaf82c0a2d63ae09a65231e72f49313f27fdac6ab0f02d482f6bb022b8672f6cb44e309c27af2c622ea2300db9029bb4335cb458afe6a203b44738bb30ad180c2f84254fb15f218c1b0f25c3336930e9adfca6752c57a7f3a82127f82ebea12b2cdd2d45a7d9a9812518af77adb41fa2a8912b3198112ce9ac1932b2a2f79ad11ea91df2af8fa1d217653052a53c246fadd72737acab2882289b231fb5192810aef823a8b54d2611aa4b28cdabc426e1b0aa22572960a25b277aafa120511a260203aa5b31ce2c1e9f9629a22a37a7bba6a22a86a8541c672cdaa1082eadaea22dd6a54b28dca489a8c42aa8a9c42d4f2ada1439a232a6462f9532622493a00ea9ac2ce5a56f217d2862a47d305229db2567a48b2db12fb425efa009a58ba91d98ec0ad9a8a9a77a201ba55facaf24dda704a6bd1aeca0332c2da52726e22e83355f36a2a73515e230db31e22f78afa3a5f5ae8eaa30365a344db021b1972cb62f9b34e39e702c6ab2c4aa563394afa137d52f8930edb2542b4b387f24dd980ab1433407340125ec300eb12d398a28ea2ef7b28729eb374e2885a8482d352e42a5bd21ba296db1d4ab7cb5afb328b11eafbb317d09092851304f36e52b4428e32b0c317432f0ad0ab0bb3053b2c7a4db2e8d9d592ed31c3e2c0f33482d611d88ac3c2e632b15a72e2e259ac3a6b0a6c09247b059a8662e3ab035a4032c572ec4b2e332132d63b0c7b145301a3143317b3396b2d7a780357931a7b4772ffc2f95313bafbd364229d6183329773118a8eb33079c0632ecb239b567b385a89b27b8b39eb5c43e392e263705b3d1b2702fcbb8c9336db54d2a472736b5e1b43ab6bcb9d9b184b5f7af63b102b2a2b509a85cae483c16b14d33f2b6e33661313824742fcda2fd3073b3fe2df0adb134972f1c3202aa1e2d2a265ca9b92e50a5c5aa4a2aaea3eda6a826452f2aaf71329f2c8fa47ea6fb21acac8aaac52ed9a55f2b06b2432ce42a523117af2ab69e2d95ac612d95ae44b135a680ad31b26e3494299d2fbb2d27ab66a5feb048267c30953228334e30652cbba95534d429df2ac2ac81b47fb1eb363aac0e3102343db17d2f2e3140acafb3b5aa7f2e34b25736b42ebb293a2b0733c6272fa954292f2749b10e2c2d33b12d8031fcb13131522e90183c28d22bda33592c21ad762290339326e72ecb27d5328832141afa283fac60af6633fa2827b013ace22fb1a8969b23b002a869ae1fa70aa9e42dfd2bc12185a7de1e3aae3d32c3a4a034df29272fa11d7ba9f328eba98a24612cd1a846acd3172b30ee2ba4aa1dad7ea6702aa53335a71ab830aa2aa939a2bf2c2b311627e6ad6f2e882ed831fc354d31a6aa2a347cafd01f762e2aab0934953080b105ac85adbeacebb0af10caab52325b29f5a82c215ba1fe2cf52c07a693aa492ac1a6722c7f314f311d35d62a012f862c7fb0bfb2e3ab123043ae37afad2dc3acccb0d32f793041b1c52e13ac6133cb189133eaaa51b063a803aef534bca090358ead86283ea9c0a7ac1960b0412e8b3839ac6d25fb2a523038218dacbf27d92ad425c5aa363108a423b2a6a993af6eabedafbcb1e3ac3c2e31b09f2095282730ab23441ee4321c2ff1b5db2c022537b8302d64302eb8ae3bee338bb208345725163349b72fb23c9e64b806b473ae6fb148b48d32e438f237162ccfabd5b326b1832de9abc132502d26ac7b249626a7b3c0b192b107ae5230d8a0432f1eafec3064ad48257cb3bb2bf5b107b042a4c89db030fba8cdadec2fc32513296830d0b329282c28402a41ad52314baf002e1535332ffbaad52f45a476a25230b02ff5a8a2983ea9be2eac219030d526b7a832a7d7a6752374b4c92187289e1f1f996e28aba709a500a86a2f1b29e22043acb8b4fa30cc9d702cd727a12f342b1e2d57b14238b0238f34312d07387a23d131d2a5532fba2e67b1f0162cac51a7d42996ad07a61d26169ad4251d2dbcad3a28d5ae9e2e782bb3a8eb2749ac7f2e05a6e62719a45f2efeb10a2c5ca6012c022d52b02cadbc9f1d1c4f284626d925f9a987ae72ae8b312830bb3583b230ae0dbb2ba2662d363093afcfb1612ab9b62332102e252bf1ae25a8da2e41aa78aac0b184ac932ad828caaf662915b21fb0792e552a5ba6321e72351f34432f7a34aba9d8adb8342a3184b0c8a9fd3366b25b338c2ad02340b0e3ac122787225d30849d3aad05b503294534e9261c2fb2b0cd2c9a293fa9f61d24a71a2c462effa51e22cb26bcaedd2ccc19a8a45ba622a72226d3349e1f62a1ca29a2a6052b38215b2a89acc93030aae03401abb01a37ab6ea17ca41224de2a5f2d20ad0334fd3526b65abc81b5c42872aca02488306bb250a07331773312aa23a8092f422d921869b28dac1aaaa42c78354e311bb4c2a92a3146b408a87532863723b5aeb4582d903153b5bab5d93184b323af7439a5b380351036d9ae37af3d9a5f31c633cb33a6b049b0152f22292d3a0231182555b3033425b33da6e32c6e2933ac0118afa083aab31eefb11dae452ee127a431e32b849d7c32ba2491a6f81b6a31d4a4022bdfa3c0ab3434a6a920a8a5ad18299da652ab25b02aa03d2d94ab73a6392b66a8ce2d0d243c2d839ef23145abc2a8072ea9a8ce2a68298628c6a9eba96a30dd1dfd20b5a90bb176a5f4347da91aace8a8e42973332318cda16031ee2d1fb1a32e4eaed4acc02fb735a82cc1aefe2d2aae083393a43b3454b0c02b012e3634d5303d9e74aee8b1b634022b06ac202bce9dfd22db3446a58e1cdc2c59a5a6242127d5a76a2ab22c832ccc2322a6672cf611fb2fb43281aa74ab172f6cab202c4fa95f2ca1ab0ca9332d2631a6a827a6ef2804af0a9f09a8fb22812ca1a8223104292fb43127913514a68eac9e322c2e1323a8a8d62777308b224630bf2ecd307cb31c303bb0aeab32a84ba5cf309ca9f78edda9e3311c22e6ac502bd6b0fcb477a03231bb28c0aede304b287431282cfeb17f31ce261c25c7b3e528ec320e306cb620a5b6b519b436aa58364d357e2ca7a602b5d02510a3a72e342dbbb444aab22a29b0032effac31a61aab71329aaf1d2e80a2962e8e35e6b0ad31a636c43325b4f23318b3c736c7b0c339f1a0f7ac3d339a2b5d345c8f552612223e30832df7315331bd265fb10f2ff7309ab17eac282edaac632fe03013b00eb0c32a4a24d1ac94b019b14b26fead322f1224ccac5a264fa994aea92aa32d3dae7d327abad525b8362d2346b21835c0b4a9310a2e54b5d1249935583455b657294328d1af0baece269cab5a2f0932a12e543aff30ba2b61aeacb173312131f1a60630152905b18832392ea23646309834a7313c2efa37e32dd434e82d0eb570b14834d4305fb41234ebb4032c942e5637d729df1270202d238a2c4a23e6968d2d99ac5232aea8eab49331a2b06229981f771da12e9caa9e2fe02c113232b242ae2e2b04282f31d5b01db0062ca4ad7e3538a8c22823a5642925ae062892a924b1662cf43182afa5140b317131d2a94b282caa4531052f6e2acc349136c5b19a33c7301f3603a692ac59b029afa6a44b2a6a319931a1a12b328f301d2eac1bae318e358b349130882c7e3033b7ee2f1d3510311434d4b1531de533e43574b525315828c38f0fb39d316eb1dbaa9cab6b3561b009ac61a8eb322fb2bd31e5292fadbab0a73229ad6fb66e2e731c9eb58a2b15af1cabe82fe4b3d41ca72cc031f5985b30fe307d2835aadc322f33442d07b32daf922a742e26243fad3a24ba248ab35a2a8d3419b5f12a173041b601b729339b2a72b10732242cad238230fb26f6b330332930232d6e2aad2743b240b06ea657b28228239ca929d4adf41994aa639c5f2c2ca2a0a95baa03a749ae499ddfa0af1f7cacc9a435a9601ce4a7312321ac2b2a472c472fb5ad1a29b7a59a29019963262b244728fb247eb16328e6ac39322910f52e6d1cd9aaac2f08abfdb97e31cfb0bdb1fe347eb12bacd1b9352760b6bba485af73938b34d22b90abe9b0fc31f1a5e222d7951b29c5b27d882ab139b16b35983585aa24affc9ebc1872bac835b42c6aad3b2e382bd72d80b90b3169b1522a58b1f79a0034183468b196ae14b1d9b4c62a4fa83832d3b1cc2e16a145a10a29dba5811da5237ba8d52810aea022f525c8ac5329bbac00b1e5289f0f64a8f228ce94a62f7b285da4a8a534a500260f243124f326212cc0a5692bbc28d22dc8a021242d1a9e1f26b0e69ee8b0c1a5272bfa24922a8bb3f39837b9342772b1cca94bb76bae6b20ec2880b22fae1330fc2923a2e21c68b210ae1b1e32a2ac2a1c2b8424019f01a6cd22a5ac5cb13c917c2a2e94a09c40ac1c2807b8852500aff7abc2b401aedb1c0da852afababe4ac47a4b61ceb9e81ad34ae0aa5bf21d31c589cc6a6929ef3166aa0302e1b15a69c3d2a1d28bf2ad9a25c228fa9a81acaa883a3d3a409a344289d23fcaaf7263fa47a25bc219f22db985029681e6d290b99c931f3ae98a658af9d339130892ec0a0e22cb5a9b830221f742676ad3ba32b3068ae37b0afad53adebab51233aa93ea949aa029dd02c0133a1238a9d25303e307b295ca02026762b39b02ab4021457aca52b242b1a2c7f2e319a3394eda2b9b6a23017ac77a793ab50a739a993a5fd2a752c9baa7bac4aa157b030a91f1ada30e9a4461db5305e2f9bacb530e32beba3579fee2506ae60a6372bf5aeae01aa32b7b1aead16280eb08024052f56aff22ca12d7026682f0b2caa314424beb3192e3e17862d4fa99431a63681a588343aa081361f2cb4b4efabe79e5eb093a86337d53163aa6530429e2aa0182e6aa87db0be33dd247f33932c3631a92f66b4773850313e347e17d224a7b4bbb9f5971fabceabb62fc894353294b01d30b62edbac6fb4892f2c305fb0d4a691b16eb00237553549af2ab01435abb7c78ca12a592a3a30cf342eab0aaa6b30d4362cad6b2d792e3a2e83202c30622cabae31b068367e34cc2eb330fa37c8318d2cdd29643024afd92c4ab11d369e24ce297c2b32af43304e34503604357a27e1ae19321b16af31fcb2a0b20dab782a74b0c9ac8e352e3102b271a8ab3155335a31bf2cd7b55db52d3385b0f22a3a3056afec9e5db0bbb1173458a4e132e92640b4bb2d0333d43447b399b0d3ab3b2cf2370aaec0b32eaa9cb0cc3325b44d34d6a7723501a94bb2bcabc1b021b9acb0512f6f245da43f3174aae7a7469c222cbf37d9b8d9a47f3440225d353830f9adba343caf092f833591a70cb387264e2cd5ac17ace5a9f8ae6d2e8bac14b24f2502a6f2a4bf2e59b42e33de345aaaf2a5702e362e3da8552f6b99bd2741b03f293831e6ad0cac9b36d7302aac1da48cae5d33fb26bc320d2cbd2cb52c8f2abbae1320f8ae4aaccaa81b311ab00130f81f24add12c8931d22a92aac72d0f162c336f3213ad2d313034493469abe82ec7b0db30bdb10b340091e52d2bac4cb38bb45d27dd1a18adf0b1bf3065ac27adf52447a52ea42c2bee2de1a0c63067280e306d2db5aa41315d34b72ea7a98f304aac27313cb0633248ae8ea3bc2d282743adfa27352d6ea10f8d80312f34c530b921c72f02266329702fb726cb322ab19133ca311eaffe1f1f367531e4b1faabf1b3342c4caf2434fe2d87ab032c5c2d43361f2c9e2e29adbbaa8631c3a85031a9b573367c33e1b2a033c9317a334a32bf33c92f65b40f36bd19042834b0b12a69b51b234ab12938feb13c2b192e0db30c39aa1c19928e29d634e62f9f2db12e22aee8365332c3ad1c2dfbb1093233a5f72b802e55a9772ab9a688ac028f7c2d6db102acc3a2c1370928b0ac76acfaa91a38b32cee25b22e32237333fd35292d0932cf2e3499aa8a0f2f3c2c46324cb02730672ba1b1cd1c742cdea96ab2dca946b436b087b1312e19154329b2aa1823a535792e3b2cfeae5f27f32c45abfeb37a27522e90323a2e3530702d2f2cae2dd2324d3439b2a2345d309b3065b47e2565b2b5ad63afc4ac42adf91827ac7db15a3720297c29d02dbd3222a2e2b0232830ac1a31702f6da83e23ea2fff2e6cab882fa3323bb0832ef830d82dc5ad01293faeaf2a08259132051b7c2224ad0fafe122f02ba331b1b19f2c97b10c2bb3a87f2cc1b23c25679fc331ca2738b43d1e17a6e3a6cdb1472b4bb21717ffad3bafcbb1dfb8ff291734ec31bead12a09e1dadb960a96531a1326e36d5b40ba1baa2a3b60733d533e5aaf42e40342ca840b393af772c18b0bcb1f8b0ad2a20aca2ace6acdaaf152c5da7233218288ba4343209b5ba2604324cab2f2ca7aaabacd6ac7ba9ec29aca8b8ab46ad9b2f4930d52df61d93aa3926259fb22eaf29712d4531c830aa34c52d33aeafb1129a7423262c32b4411f5d2ec1b040ada1afe8b18caa64a7a0b3a42cef2ef6308f2ee8b5423044ae6c3426ad9a3420ac4733af2d0bb078a8f0b7a92ffd313d2ea8a8cd2845b446b11b20af2fba32e931639e01a2c0aea2b37da9e4354db4363176346e2f02ae8f327c321ead2bb7f1ac84b0c39b762cdb28a3b6522929b74d2d810a0ca664a519b9749bd92d2daec6a7912e53254c26382a0a234aaa2f9c5f24ca2f972da22faa2effb324a668b19e2142adfcac3331c92be1aeee2c79b1f5ab48a6aa1c31299ab1b2a5ef9919150d2323acb6b2e0ab9f2798a9212294229ba19e2c88ad7c2ccba8513324ac522f41ac6c31c12fb4275ead80abb5295cac962dfa9e822b20b1812846a9b4a80c27872dcea696ab0ba93fa120b4a932ab274f300b3170ae8bab3d2f192fd2afa7aac9a43530a22de22382ac23212528adb50631d8a7f42401a7ebb6142025285b2cb41fa5a0b42228a1f8a066a45b2050ab062bdf2ce62e9c9d3f2a16b1b7a80daf24a9efaebf1f7023c49b4faeec2328ab6a1cb5a2b128e22cb31f709ea0a91130c52ed39a772eb133feb1efae192b32ab58a8659f6bb39f219c29c7aab4a877b57ba8c615dfa226a45f23ef295728363239aada2636a4a5359b34332329ac7b31a02db4277831312dce2e082864a9cc304cb10327a195b62d9725799f559d1f3514334a2eba3134a80b26e533a72f3bafcaa9bba555aa9437ad38f59b78a41aa0e833cca0412dcd302a238da1f1a693275e28e5a4a230f8a178a601287ca1e5b15718acacd1a4f2add9a5f6b476aeacb1b7241ca5e0b0fe373534cda4e9a68d2962a7ddb16ba2782d4a3061a9962e15a4b329c6a9fa287d2a6d315e31cbacd8301c349b346aa58aa74cad212c6223813057a27225379d2a339c2cfd9618358c2e5aa97334eab4cc305e345232ae2db6b030b1c19ce8a0cf245ead8735452aada65b303136ef2938ae03a3862e89af542a26b337ae5e2d40349f3651a8c6a3e521aab15cad922c4cab78222db0b42c959c85a07e2cb8b0a0141b319a35dfac102d272d4d31a52e1a28f0a8562975a4cf2cb6a21921982c4b2ea12d88a74f251633ee28299c26342d253c9dfb30152e3f20faa3042cf02f6ca7ad2d5b3717b002adc430ac35e8ac582c61a442a816aa4b30eea91828bca8d3345c202e28482b53ac1ca302b67aac66b43e32583227aee9357cb6b9ac6e2ee8ac77a2da259633c62fe715503084b07035cb306cab95af623288b9b82dfbb17138ef31832f38aeb1a5892f3ba668206a236e2f16ae54ad452ee4ac0ab0d6b4762e9fa46035de220234d5a33635c29f8ca0f02e292815a8b23160a99fa578a80031d62fdc2cf9a3999e1db37b183fb22a3021b06327edaab0aa89b0baa4ceab6caad02c0424c02c92ac0db0f626e3ac9a2e052e7db3ea2aabaca7a6deab192e4fb2f2ab5ca043b2aaa945b6aead21aec8b2042eb42f4cac5f2edba4752c5d29c4b0092d0929472c4f33b1b1cb31ddacca2f88301e98802e0e24b0aab4a7683026a993b48724e4a13eaef1b2ccb071a8862528a77bb073aa03ae3627502a83b0f0206120410e012fd1b260aae8166aa815af633060b36e2ce8a707ac07a3612d20ae10af911fef24951c2729e59889325930e8b0ab30fcb3e3b0d1af46aeaab340b0ad32bda9193121b26126aba29524ea34ae306435c1283f297db8cd28082b242c16b316ac0938dd34aebab2b1daa38a334536472680b21335c82d92a11832e32d5aaa9f32f92ee1b1ae33533347a9e834df2c0da8d1b1cd34a5bb702ca033f8ac5cb763359c2502329bb184ac2e2e0a31c1281db2bdb458afa132c5afc42664a84e2f8fb37b30722cedb045b0d12dd4a0de295f9a74336c2e38339e27c434c7b5f4b5adad17268e2aa6a254384ca9ca2ce5b660b42caff5b18334589f33b5cda69a35ba28062c1a30e02fecb2b1b4bdb1b230d73290b2bc3841ab5c33139b5b2e9fb18eaf0f29a3b474337236b230802977b860b4822c7db5e1ba4331a9b47ab86db680bd88b57835233067b436a550b93eb56234b0326fa4063495b3d4265f3298afefae0b2cb3a6db2c4128ccae102b56b12aa77126eb27f7b40934ea2a791ee2349e3957a87b317534eba43f9d7c2de0a9333426aafcb3f9b57da244313e3920b35fb0c129acb2052a122e1a32013158afb831272bf7235d325423ca2dffa51eaf963073b1c9ae922cd32cbaac152b50b205b2f99f19b2782281183629d333cc364824912bd632b1386caef632b63439ae8c33973182ad4a331c9c952ab2accfac0db082b325b1bd30fbb33bb00729dcb0b329f6ac982e5b32e3a71c301ca45a3956271122692ce99ad82c16a8a39083a50932959f6ba6ff2aab2561347ba9f028662c18b1812dff2e252e3d265631ceadd831dda0cf29a629f91b2128f432d92b27232ba8f32a9baaf2321cba92a37236132c0cb09925cf2ef9210331242c04b188ace427f631c7a9ecb10830f8a345a8463438b187231eb119203f2c63b458acfda5823644a379b50eb512b24f34d8b5ac2af02242b75db163b4a3b42231ccac76b433b694305e1788b635b185b52fb4f32e3aa96b37113c1ab154ac60ae83b15229d79c2935a3b3213530b365b67fae8ab4bf2c1a2ffb301639c5a77b2e6d35afb320ac9531dea8d2a5ba2936343a1dd23517ab3d2d9daeee253ca929b105aea7a852a887320b295f2c2eb0432cde2f822e4e32ef2ac732b72fb927f5a5db260cb469b06eb5acafc5325721e62bf4ab9ba9a1ab3db18db4ef2e0aa477b52daaf0a869a516210eac212adb33642d093322ac942e01350b3194b5d92093b0a52cf532fc25aeb5dead742b0eb28e3050340b34d5b70b289d28a51ca6aaebaf38aabb28a62879b09a312b35aea8062f8d18a52ecdb2d82c04312b29eb2e67247e1fef212eaf28b481b0a02a5a2cae2a2f2bfd9fc3a2172983b04e2ad9ad212bad30b9a61eaa353774a1653d05b5162c2a35cbbdb9315aaad7b5ad361cb79a381633ae3bdfae20b4a8384d3928b89c3663b5a5b4f4b84cbf75bd793188b306b885b83b3482b5823457b3e0a6a2b4a6b137b1913b7cb1b13306b62a2e1a3add36bcb9ce383f31033b9a31493b6c3283aeb9b82130ecb9663be437652ca53a4eb87437173605ada1b81d290fb89f37ec317e320db7092ffbaeaf2c3d20fdb48a2eb535973773b01b33e21aa3b7f6b8e91d26b4bcb563b437b88438cf9c70354aace0357eb01b3c6c3ed9bc7d40983c54b77bbbd7b788b701c45a3dd934d3bac7b40530413275bf682f69365fb782c021b594b877ad40b828b559c19a321c3a23bc9bbbdc3a0d344d3603a9ee3d83ac5db5cf3629b658b8ba3869b99933b3312b2f3cb7f0b51d3752b6e1322c34cb33d63a8c24393075b3f3bec2b9f325902b1bafec2cb239bb250bba6fb979b5d32c6c335aa60cb8cfb1f2ab7eac69aa3badadb13630472e13203eb614b7bc368b2ba7a9662e3cb95eb1c83a2f3959a2f9b1dd345ba973af3033a5340438f53575b30531233d6b3919b3e5ab4436c034933b5119a829883c0eb462b6823b3b2ae3b5fc3235b10eab0a3058c112bdd9a6d32d3f3562bd2d2c17ad15b9e43a4c32ddb3b0b16ab7e6b0f228763ba0b38e35bcb63f2fbdb5a2b8adb253bb803145b3ad39602c98b18f348b332d3d72b20b33b1b1eeb1002ea42fdc2d74b72133f3b4c92d47312f2f22b2b7312335e436083626ac1b318fb0b838ceb699321d382b37f4294a3596b11b35f136e73bb037db33462bde33a9b871aa459d0bb1c536c83196b101259232bb22792f43a3bbaa8e316bb1faad7d35d4af07b06022d2ae45b4bf35ffa6aa242228b0b1a332c8b277b36233c5209cb2cca91cac2b374ea55daa9e3391ad01a791b92f2d7da9a130183305b8252fbe3114ad7eb38cb14eb34409c3301db55d335e29b1a5d62c4b2ab92a00308532dcb893330b2dc4ae02ac63aed92e522d00a91aa889ad1faf51abbda4999c3929d5aeb8b08626489a4cac9fb0ab25b7af1729beafb51ca6b273a6a729d421702f86a8782553b0c4b99c315836f8b783aecc260b14caae9db420b5b130aca40d31f5b28f31c1b10539cd20c5ad6e3776b440a2e9b18cb3199a6a3565aae9a85caeceb114b0562eb434d7350fb972965930c8b0b7357c1fa3b19b345abb6d286b2d41b2a0b02a3046312db0e0a7df357aa8e935f829fc35d332bbafc52a7332052e26b4393740a8e2ae3c2ff7acbf2bf29cb329a226b3ae74afc221b0b45ba6e82c32b4a4a7f730568f0eae612f612b43ad21279fb0fa25adacec2cbda8832e562c9d27fd2389a478ac8d25c624073393b0ae99fab6902d592d14b03b2e47adce309fa82d3138ae84b42032fd32c2a40a2417266532653017b6192ed4b4d890bc302bb6982fe12ce5308aaa52b3f7a769b3d2b0612d7eb76d2d039c69303a355127a53819b3dc25e92cf435de26ad2a9d3191a5f42cfda3fab3ffb3402feb2ed933fdb5ff309ca8e7aacd232aabe6a572a3e4a8f4b08cb0bbac2ea8dead48a94b1ca1ad96298f2e05ae06294a2d97a824b0882a982c39260aac859cd323582c3da2af9f4b2a35abaf30922fb72ff42ffaa9862d719f882b3ead5baa45acaeafca2808ab6599fea33f2f5d31b71f1da4beaa8dadf43073a83e311ba998a622a67a2ba91dc128a5281b256aa629306ca58130b433013029308529a7ad152e90ac7f3433b00e2c51a971364b30952f212fbf315eb3c02e532170b094a8da2971afaf1e822985a1c8a8ec2a1ab5e62963a554afd23017aa37ab1028e92949b0afad242b79afc7322db0763578304d28e6a1353115b1fb1d9cad8034232c1e224b2f0c27643508239c24591f50230e343430d124a98c25314430d2adf930c22abf29c829dc2e0f310aadfb3052320231aeac3b3280a4c829dd2c232f1a2df29d53ad562e182ab820272c1caba32ea71edfaca82cef31d418d332952a66ab21a93131562d4695ed2e58a39f3041348125d3b3053118ac27330dac31316924cc2c4dad402faa2f5fa47facb930953046310eac5c1fe92c4030d42b6a2f922d50a82230822d24ad533422af9c34552b66303ca05e2d9ab120290f219234fb30d3244728e9ab90323e2ac22b742f8a2d5528582c2330f59c6396063085ab8130d79a9a2471aec92d542937af3a2d68341c2bd1ac062874abeb2870a0352cc22c1f2654a8062d7b2ada205b2a5c2f6f2e2331fe28910f192ceaa95f23151a4c2e7ca7e92559b04199582c70b13ea06331592328b2a9a5c6aef4227b255f35d425039408ac4b31802f2b23f1a8042d312e5ba9d0a257255f2b7c25269c2b16062d422bfb1f172769a8463266ae3e30892a502832ac6b2318a9bea8422c6f2a9c1820297ea3a42f3732b0270926da2053ac3d2c45ac94b3982d60afa9a7e0283aadaa1d27b51b2e2e2cde19782d5d277fa921285733dcacc82ca032cfa7d7b8cfa5c99bbc255f204ab330a9281fb7338cb0663258b2f431302ec6b119ae35b42935bfb1c0b30333f4b7f9b0092ab629dbb1dd9cf6b196b1263104a83eb042bc4232f82486b20c334fae472011b06f2864b2822471262baa172c9ba676af9521482123b23ab2752206b82928042eb0308cac9ca47faa10ab91307db4471f7fad6396b8a8cb2f132cb3305aa70a2993317e2cec2d29305fa83a2a1bb4ff2a0b242c9c9219aeb0672fa5b3e72e822dee339f321fa5c52d99217d2a742d28a954b6761d2d2f45aca32ff9ac1a27282ee7b1f8a802b61ca5842e7cad322486b41825853374b6afa8773233bc3eb37ab16c3314aeaa2c413505301ca81fb30c3469be4838e0323bafdf2e56adba29931cbeb1083588331928bc2e28a6caae16b0b425882693b1a3ae550c2fba602edd2e912c3a319f2b8b2f4c2d793210a5b0af58b0ee2143278dae0134efacca32122488276aa6312dcc2dbca931b2deaf8ba1852c3dac1ead76ab51aa6b2ab2a2b12a59aa4f28e1a915a9ef2982aac530f8ae36b7379c241e58a8c130b3af0ca622ab502b77a8b9aeff2dd72292af00aec3adb62a9b2dcab151ab4ca6fdb339344d30ebaa10af1c2d31b05b27e12df3a87baf8cb26a313ba917a38f2c252cc2a9c61db7ab4db0712802aa18aa152cfa2ba1a2b29d7f28e7b2a2a4452896b5eeacfb253aafdfabb2b000b1daa06f27cf2a51aa182a6b2c54a823a74b298b2c3dac3fa825aa3faf92a000314a31129cc52cb525f927fba60a29eeac5eae1a2dfa2e6128f1ae0d1726307dac239268290f8cc3a6362b292b0baa6b2b4fb134b55f2b1da95caa2bb76f35e1b4a7aec6a7d3b00eb0df306e2f1330bfad64b493319a2c3730b1aecf2bd12da42c162f362ead312aada2265db2a326f21d07b9a1bad2aaf3a54baeaa2a05ad8fb142a80a2caaaf132dad28502929abc2195ab0599c082f363008b1082f802924a6072eb8269db2641d83233592cc24ad2606bc0bb8a2285c1be1316bb1caadfd310ca6b82fb3a5e0abbe2a4a2dfd26e1ab3eae2629d2a5b7a8302c542dacae48a870adb4a5212ac1adf521ad2b98a0572101b880a52124f42b90b4ca2967b125a478357c301a9b21b571a7e1394db21bb462b7dd2e98b1eeb0023347ae38b4bca5322c6cb47ab1442a0aaeec37e4b31530e6bdeab6c5287421493034b4d43024b08a2d0026bfaa84b1ba306f34df2e3e2901a644313e32502bee31532e6fa80532702e30293e310ba752311c2f9b3072b411c025bb24abe0a0502c50aa92aa242f5c2ed2266bb08aafb9248dac542ff5aff5aa202843ac65976bb28096f3b293961f28632b1030852502a08da291aa4628c21990a23d2b4eace1341e2f493504ac2cb344b2ce2929ac9034b1ac59a9f9a52cb2ab2fba36da274dbabdad1b3503b4dc33da94d2b11bb40c29a2b29720b4a21bb8bd2959ade2a985a971266e300bacbb2cfd99c2aef2a88b2e1412271711acaf2838a79d298c240fb597979cb4dc29c52d0b3222314fb03fa9daa462a265afe5b74db298a807a38e2214a6652d5d2f7d2779a9ba2a122e36a7163002298d2e399e672a6d2f27b0462e5d319d2e3a28332ad0b0602d0f26ea2a512d742a09a7b82bfc33b12300a30c2790b0622d1ca98e28382c63a04fabc3a3d22c31a8452bb427ef2da63075ad16270135443286ad70a8efab4f308327d32d662ab92b762f89aca02952221ba8392f57aa2230e0ad09ab53316fac0da8082c2b281423ef234f2c442db82d07b13133c2301c2d34addaa682a8652fefa89331192811a1e02dbb326fa88b2831243c9fce2f522cd3a9c52cbc294e306e2d22abe82caa2c4c0258270caa7b2b76b0aa2b773205a485178f950fafe0a1c327b629e32de82903acf934303341202dac242f35b0e6acea309db0d22b053438a099abf52e95ab3f310c2fa6acc53081b1082dc52b7f2f73ac2b2e03b2fa2ad79c0fab06a37d2a6f2ad43104325e2585a18d322d27a92df0a9db243525ae2f5c280e2f772b6230cb2c9b29ccab41301bb0c92c602a1ca21cadbf8c5fac17ae00ad59a6873064a7131c0335a234d82c3929082c0222fa2c2723d0a2a1b12d2edd2fdfa8992fb72833306828892cd3317eb1722a3734382fbe2bf8a404b04dac8828381d44308a2c9525a531d32c8b20d228eca1d13194b07ea6f928d026a5a758344cac452e7e2c372d2418c7ac143008b2ab2c8831f22a6fb1c8b2182073abd0a7f52b42247b23da2a06356f2df32d352bcf2d5b35842fccac6e2bcd26cd30b92c752af626592d122e8f28739dd5316eac9c30342b1930fba93428a9a05caf842f3fa7342f71a062a703354632782d56a87a1c8dafd4b9592963bd653108b3b2982828f826c2afc4ad1330dc28ad2d25b0cb27f9a3f62cd0a7dd31f42e802fa428b12b402806b08faeaba9701d2a2a7cadcfa8beb09eb88c2b0bbaf1359aadd3b048300032332b40b0dda5db308234eab05d328030ef2f94b1d831c1b11ab308a79d31fd26402f7b2eb0b3ba31a62c23b01ba40da988b6563275b0952bc533e3ad4aa7dc32beaeb22c9fae872ce5a71eb2622af5a7b7a78ab62f32a6b3e02db0ac9a3070338e2c0eb1882c58aebca6dfafa92b33a719b6a7af77b5a9b71131f1a8d2a255b33cae732d5caee3acfd2c492992aa4234edaafe2828acbcaf0daf622e7a2f0fb015ae43b0cb2f4f31ab222a33a22a35b015bad5b03baf9f34fe33952d2531f920da2c6c2f451c6f28a02965340933c52bdfb264b1732c97a505ad2a2d1030afb1bbaf6c32bfb1d831f233dda5ed22faac47b8663107a9171293aecd27ecaa9a31f6312eacbd284032863303ae2b26582fbaaa06b0f5b2e12c21b179b1f231a82f692898b019b2c9328aae56a66ea914b209b9fcb113ac8bb07b2e31af63b067b3a1a46f30a328feb09a30462c7eaf29b2172b4c2808ac2f2680302f3108aee2ac66a6cb2c78a54caed12944ac652d1635eebafc23e8a490b05324af2b4298e9a4382f01aafa21372e0fb0a2aa5c2f43adb02c2635282da5356731c82a5db2aab40da7d72f213709a032a7ba2b28b0ba2d01b50d9ed82a66a8eab32e3728b294a869adadb3052e6eac7caeec2c24b76cb231303a35409f3c34a0aede338430b5328e2cba2c86a671b5f0b1772a6432d42ee9b6eca0f1b8cd31232e1caf52b055a6d126c8b067a536a80a2a16a2f92905ad6ca4762b9f2cca26a2a02d30bb31baaaff24a32e27b199b5a72497adbf31b9268eb86a1a052dd326b39c92ac82a50bb510ab0834d03016330521692c61ab3d2d683492a2d1a43f149d34ebb006aded30661e342e2833dd3325a5952a772c8633c5b550305fab2a29adb275a99d206e2bd92f90b0712eec2b2eaad12f59b042a8c1ae0facf229e6ac53accd095caec8ab84a4922b66b12fb1feaa162e76b3c5afd6a4f6b2982f572990ad1f9dd52be0b2c227969e0e9ebea677305e325baa0e2cf8313cae72b184ad9933878aa3a3c62a5a30e12e012037b0f7a631336a2dcca07b40c32da934a6b793b428b215b8393499afb6ae662257a7d1b427b666aa523488b7c0371cbbd3ae88b3f42f9bb1e72d6eb000b1baa5812bc52cf72591ac4daa30b8712aeaaab0ab793770a69430aca46d2f5132f3b019b20ab1b0b1543296a412b4722f132752b7542b31acfeb69f2a932c39ad812e342068ac0428c0a580af5db4b52d7fb1e0b4382e67ad0b2bc02df523a8256aaa392f31b03d327cb42aabf0a8f5b2c6919e2b88b3f3b099b5b628f42b982e7528edacae247eb004a180aceeb58aaeb8284a3145b4bcae2431aeb4acb31b2f70b4bfb4eeb6aa30d82c18b23e379b2a9721b2afb73576b3cfaf92acca28a1b275a403aebba0392c8e19f532ccb3c9af6aa8422ed4305d312d35f6ab4e32272fb72c56a1a5aca128c22df4ac11a898aae732243303b073ac262854b19fa671a7c0246f2b061dff24ac2d392a24314328931d90241cb0972a6597071e322962b1472b3fa5a927212b17167b275a282b2b8d18502cbf307827012d159d7c1f5aaab62bc7b0d1903124bf26bbaafba3e7281e34ac2e49b5d824f027d12cff227fb2f6278621bc2637208a29802eb9a5602a30b1f3a5483221ad502e282b101ee8a91ba6c2b86219b528b0a4f0303b203228612652a6d3b47830ed28ad273525d3b0f824f328cc2bad2696ae932ce02a562d6325b81ac12dab1bf328601d1525e9ac60aae3b677a73f25f92dd9ac14a9522e612cc12fe5b140296499212409aca4b2eba675aae627e323632dea2af019dd241da70a2ae13269a8a331972b9aaba0a4872bedb24f22182aa82cd7af28b8d3ab21b35ca537b51b2b15a8cb2c622819b62baa36b026a4aaac6b2890ab83acae2e14ae3f256d257c277d30e5a370a819af7ea85ab8e1a46b2aaf2873a5f3ae5eac6fad69a295b6a42698a1a5a1bcab81b5f8a46fa87eaabd2cfd1c3a9575a644308cb09724c531132c952f719e352963aef1af28b5401dea00462996ac2e2b4d2ab398213170b1c82da1a8b6a7c9254fb0f622e7237114a6a845a21a29f6a1ab2db5a0f6a1ca2ed2292d33f422baa8dd1dfd2ab4b0eb23fd2b1aa0159b37a6f128602dada933b1a229e61aa6accead86b699a382adcc2c5a2cf5a580a86f2e4725b92f422cea28042d473283a1ad97d4a98c28efb1dbaa25256c290fb082a8632b2a2a2d2b8cb33e2b19246aae38ae4eb56f2cccacf62a81288e2e122ca1a8252e2b2c922c51335b2c58344123e8a0e5a4d1ac51b1bf9eeeacb13018b10ab3883492b447b9eaa1ea289e2d132c482a733432295fa8292bcead96b69ab493a742b046a572a889b54f2b423364344d2921abfdb466b0af2c56b451bf7cb4c3aa0db4d8b7cc3292325db0ee2d9bc04023f036d0b9bb3172b5d538d9a7c93535b2a82e3a30c736d0373b34bcb48fb86d29e8acbcb3c03547b44eb48bb4f62e31ae852e2c2e4bb1eeaef13056981db3d1b284a1e7ae4eac112e8b2d9db6941d32abefae7eb7099cc3b461b34329b71842abdba0bc1b49b29b3148ab8f2fe31da8b7932e28addcb43d2a2a3071a703b3972e9e2d9f2a0dae032ed71c73b759acaa321b30982b5d213baa7531b5b0cc3109b4ef2d4cb29cade830baa795b4c7b458b6cab189b5d3379a3424b969368ab9cd2a8e3677afe536febc12371ebe5e28b9bb29ac7635b036c93672a9fe2549be60337a25d9b53533123659add424dba315b407281f2dacaa23aec3308cadec9d52b209b636b093ad90b4c63166ae15b6d8299c3202b452a483ac122cf332e2367cab169bd6b8b132023401a7e1a60d2c70af58295428b427ceab3c2f7bac431c8fa6a4abbd15eb2ace2848a1bda8f41cccaa2e252696032cb7294d2ca92a62a1d8a85a2208ae0ea71022d52a47a61eb094ad9128fa2be8a1c52a59b0fbb08828cc25961c3ab1912c54b9822da9af72ad49b71babe2ab122daaad69a42e3126ab421d1f1da1ae50317aa421a5b7a1c3a80ab1c629f7a0f1a6252bdaa956aa48ad9caca121bf27eea6b7ab712a0226a59cafab8ba437aa20281e265c24612dada92722ee9da9ac482ff22b46a38fa5b6ad25a25930b5af02a110b2339afb28e89c2ba580b2b62d032752a39c2110234b290a13c22e6aadf2272c30719d8b327a2cae2a609367986431a1a3a1937f2c6030592ec6a5a5b0bca14bb51ca91124c4ab75a93db5322cdb2aba2af1a60e1d872f042d2a329db07827be2fefa96734afa095a5eeac8daea132232a5328242d752d722cc52566ae8fa228b73eac9ca4992d0b3123aad1a8242dd9a6370f8fae1026a12d7b2f45afbc2deaa47c282c2cf429772594ac143398b4ad283f27352b3f2ef728be2d08b0cba88ab393a52e26ab1f252c1bb5162fe6ad49aa2ea97caeec2fc4ac4f30b1a1252edb2dfc2c96312e2a7d9f74a65e3225ab2b240ea82c2428adefaf01306e340ead2bb5e235aba9b62fe2ac98b8ab233db2712fa3248e3480a56814fb2d1bb05e25c0abd0240f30bc32ca2a41b0332d9a285e13392d0d2dafb136308daa5b2f4d30f5b74130d22809af1627c7b6672bf1aea430de992631502cdb29a92f7fafabac5130c02ad91544a0fb26ffa624313e24c3a2f323a62e7a280dad51a41f25d3aca6aeeb286f218a2a87a304af7328c4aa07281ea8e6a9d52eb9256a2ebeacd525522d62307233482d4124602abc2cd9ac52a23e249f2cac2c56a9f125f9301a174fac852ef3a736ab8e9d90aee029e4a97a33d8a82ca72d3070336f2dc5aada242b347f327232522123284c22362e4e2d70a5b2a6be9a60ad41a6562a5b21572babaa1531eb2cf226ac251aa932295329822ffeac622f26adc49a382267adbf2a982dfb2f9429682dea87522ca5ab633109a3b929dea6fe30c3a57297d721daaae4332125f2a5c91d8627b1306aa9cf269898cdaa26ad4aa2e81e9facd2254fab2ab2a429bfb65d199b1aa02ce7aeed32911cd095deac39182eaa44aae3b244a91936c3a79e20a62b6d25e73082a88fa933abf4ad03ab46ae63a7a4222c2f389135b7fe3060b297195d9ba52dbfac49344b99301a89a25e2ae9a9232c6e24f9a7f834b428c3a80b24632b172ee8a9e8a9dca577aadead302595211da6702c1fab7ab4b0210ab30e26271e8e26a5a52e3222257baa41a3d5a5292932ac3c2b512d4b34c1a743ac562c4a27323331aa212e149e75a824addcad762e25ab062bb5a9d6b3aa2b2fba76aac6a2942902ae803242277924eca9e427b8ab1daaf32e791d3731d4a4c023182dab2cb62e6c179d2e6aad5ead54ab3b2fd69838b1d618d4aea0b6392d08b6592db9a8ef0891ab2631dc15f08e03ac682e48b02a22fba101210a330b256facd02bb71c082f1ba9bfaa36a8d0a31daec1aab0a1dea9a2ad87ad65b4f0212eb2712d1b2896276aadf82d24a2211d7ead792a5da57fafec231711c332a92cecaab62b9326ac31e218472569aefe9fb5aea0898c1c3c265f2ac9a489b2b49b7db4b81ba0a56fa43cadc52f0da580a4a9ae1d28132b72a6f81dd52c8d33fbad992b0d19a02c38319faa9e0d712d922a60a75fa43e2c64a932abcca0d8b4eaa251afdc2a0b245ca83bb049320e20a3a61c98a92daa1ec6aae7a509a84231cb2c40acf6a51b27ca2ef4a537224fa2df2ca7afa926412e9c2a3f2176aa55b5212093b224a72027e52753b06d26fd28151f5db2ca32be3193ade9b2d1358825d4a9fc2bca2ef2a8a828ef2f222e552ff6ac062d03ac1c2421af1aa1aab16ca8d3a404b5272873afdb2c9b292b2ddaa8c4b1cfafaf35a7351b2ec7ab9eb14232202f3fb0873285300c2d813186ac76b3e2b32c2c62b474b4cb30f02f91b20db7ebaeb0b6f028f6a8ef2b1aaf93342da607ac7032b4324eb45e30992e93afca31a72e0cb0d32fcd30c0b2aaa6fb2225aa60af68300db306b3eeafe6b455b381b8bd3229b4cd389aa7e731742bdc2cfaa4d62e39acae2d6f31feb1522de83436308c305b9f0a2c572ce72e942d1d2b202791b0f62e8e30142e3bac42aa2bb056b426ab03b8c4279aa4cba8703201ab7c244228bfaeab335f9ec02923af482fe1af5531b7b33632af2c46ae232e32adb530fbadba2fae32aeaf5b2dbfb323a81fb5a420eeb7b42f092dc3a8892ac0b2c3a54e2dc2ac4d2c40b155af4a2f6227622b9a3453b1aa300433c0afc5acb931c22f2ab0f7aafead4d2d02b0d2b49face9b539a481b41c37129fb02cdd31b2a520a26aa0122a2f2cd5ac792274aa36a7edad202b11a843a80729bba8892d0e290b2d01aa46a7ec99772f462ebd2b17a7e931592971b65aa60a22252612ac0ca475251f9cc9b1f02481a09f2d24a8462f43ac7930441ded9e022c61abd532662f15372fade12f1f2ce635fa28001ab0a87731a3317bb19cad13a575296bac06210daa7929f0aa401516ac2da9962b3e9d009d362d11abb0ae9a27f52c5da4d3a5df349a922a20dd30be35079ebfabf6a79e305f2a4e2b0b95322604249ba8c5b21e2c


//!TEXTURE ArtCNN_C4F32_T3
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
9430ad970997402805a2bfa9cb21c920d6a91024592285208caceb29a3235225102716a458264ea96121ff24bc1a57ae039c469a2ea508a430a701a456a1f5a03128eea478ac70b0edaf432feca82baf9fa3bfa8d3293dabd721b3ab03aaf2a8a5975a20552a47991729bbad121d1a248523a9a00fa4832792285b9d2da40d2d31ae44a9089c42258fa67baa75284ea19ba7ba291b223ba29d25bf2e9c2811993e18499af3a8662c62a839a8b2a4e324f39e1bacf92816a96eac362a6da9092c202fb02e4b2cf22fdd2ecda757a80fa3afa9922f12a15ea9ea1d2327912e5c2be99ca3a779a32d2f28a90c328d2115b0dd3400b1ee2c8aa3032edea4d928b72ac7a17f33d135763539b028b0152c182f1533a63045b67b30ffb560ab0dafae3481b3812c63b028ad84b545afe0281d2bc0b10cb0d9b3383307ab78b4292f1298b22d282c38acb4291baad02f0c30c1abb12817aac525083013306e27af291b2a62262a292f219db400b07db8c12206b0a7ae053193a9eca4c5add5990d2dacac91300228d9aa353237a35f293d30e12c3db12ab0ac2d59a05131263069ac66ab17b0bc1f2fa8b1b0dc2832b16e254fa078269da6d7aadf9f7f1d0d29261ce82635ab5f247c2b92b051afc0b01625e832ecb6e730123452b3e832792b6f34a9b4709fe5b10d2aebaeaea93127272108b185b4e224c33122ab162c142162ad332fea2d1fa477210330a8b0259fa8a88eb0e72ca82cc32a33b03e2440312eb0d8a09da9882c0cad9d311da30925cd1888ad8c3167aa4aae50a92fb11998742865b512351c28b9a7ab2de6ac9d1cf4a77a2f80288db09f24dc2cd4b0dea028b12dafdea467208e2dbfb424272ca8ad8a6ba639ac1a368baea62a672ad2aff5229ea7a8b5a42634ac8ab28cafbc2621b34195662c8ab0542577a9ec32d830032509b884a0113143307b2dcf3097b43ca774ad0e2f1db2bc35c0267727912b862a63a84db20d9c26aeb9abe518661aaab0882f1c2f8da6c631072dcb358ba682240b242aae852b76a62c2cfea6e232c5a2ca2a021ecf96132f7aabe3b08f32a528282f20b8bdad8c2f2f31bbacfa2d7d1ff3a99b2c2197de2b909ecaaee0af18b4de27a7a42d31232b44ab49ac13a3acac842f3f8b2bb48ead8a2c75a86e274723382948b48db1b434d02e88a0c3b7631e86b44838d1a99db9c9acfab9b4aa14b1d82d29b4b5a6c7b2e5aa93b2b2aa342b9ea9bdb5f4ad82b8e132bd9bf01b8bad83af85b5292a47af96b4faa2fc2d7d2ed83482a49eae6b2cd1324135ab182c2c11adaf295f2c252e1a316f2a1faf52aae7b0df227bb3db31561e47ab482256a800b85c31d32607aecaa38aa0b3aae3b13bb01e2e692bb027af29faae38a9e79937a93b2ce028482afe2669a89daa8ba6a7295dac91b40030eea613a84ea4841da7add0b2b42819233330192b8c2ce1af4a29183444ac63b0ef27caad012275ac502871a119302eae7db7b9237f2b63a4a42d362de7af1d2881a84d291d2dc8a67e2742b05aa400a5af2f50ac9f2a96af671b1ca567b17f2c65263b25cb32acae6f30a0ad9a2dcbae1c3290a160b0b720a022822ea12b20afca8f68aa8c2b5ca6bfa82734c19ff02a372eea2c43abbfaf5c2d9a29db2261a7402b542b26258726eb2c1ca87a2888a3e52a93a9152c2a1fa7ac8ca119ac53a551224da53e2103a0bfa3c5a88f9ff32c5d2b5fadbcb06425be2ad92d2131a9aae99d72ad671927a40f254831482dac2010b449aed1abc724edaadaa6f2af45b15e1e3dad832a089c42a8f6343ea65d9972ad472aca2289aab4a6c12a99a055a9202ac01c91ae7d28b426d8ad0226b32a472154a7f1b05c94781ed597882d412c301342913a2a60a407af92b13a24ccaa9da74919202207aab329f12f9aa53fa98a1bc2ae04a7d929d3a7fe2aac2c5f2de527512def2f882b99a7232e72a85d2c092035ae59a31da39aab54b6bda7591d68b48c2933ac9ab274a9b22e2aad31ad81b22822b21a78a903a7f9ac1231a72b20aa53ac43ad10ab37afb333cab1e7344b1ace2da52e9c2a56ae2f3635a6f92d789f78a3a02a8cb174ac622948276db1839be2a82aaae4ac90a76dad202bb42b3a301e285e2391a49c2d8d2a37a8a7acc525fa182431d9a935adcbb09aaa0f2f0aa86619c6291019a42eea3174b19db1a420682f1ea462a9019e711e012c70a1d4acdd94a9a6659e8bab882e6b2854a915241b1a21270326a32985a0f61cd02e9aa540b0102ef81082ac5b30651b33ac51aebda5552c661cb827bca72a30a12e5cb09e28c02541246324422d92297921432977260da78da63fadb9aecaa9ce26cd2d80abf62d74aceeaf412e872cf6ad272069a628a2c9b0902aa0b0ce296fa06529daabf5ad00a3592b562e1da7fcb1791e23992c2caca462264934b916d2a911aa4caeb02963ac55a0eb30f82f5c2e232c269c2f2cbc2a303073aaa8aca0a62d300aac5822c2a0bfaf452de924052f83ae3ea7573130a50427ffbc29b0a3ac9924132c02a794adb3321dac2931a4269daa1a2d0033222bd4b2e92b6629c2a9d7b07f2b45abfea631afadb040a5e1301b2c3e2eecb3a0a921324638f0a81ba469a8bd2bf4aff5ad722c8c2d5ea0aaadf59dda2e13b0ca2742311fad6ba3f32ab0ad8396d8a92a9dd530012c4f31452c04adb9b11fac8fabd1a888a2cbb02aa773335cb1533319aa062127aa4dad31340c28aa273f9cbead3d2a1cb3292aaa2ad9ad45a3a38cb4a2d0b07b2268343da8ae1eb0233bab21a666b161b4de2d932a5bb2fa33ccb702ad5db725b22ab66d383e3444a64db67e35b4b3773742bbcd2d5cb8c32fadaf3ab043b5f7b6f7b23d357db458358d1e01b03331f6302203192510adc82a96319e20c4ad832c2d2db73086301ab115332a2e2e25a4a74b3050adf736a6261530cea935a923316dadbf9acba89bb3aeafc09cd728f6b6dd9d0daddda6322998a96123eca870aa3c31642ebc17cf20ad2695a8329c692dc7203f304424c7a6bd281ead2d298a28cbae442e881ab2ac2e2e20a3c9adda36f2a549a82f322916472f28b37eafe6ac4a2f2528e9b057ac4b30e528972cd8af812d91a97b3015305d1a1c271cacaf31273565b2f41f3828b42124a94c31c8b0cfa17d1c4d2ef725d32732ad0c2a8f2c8fb0ca240f2c342ef630caa1521cb12cbfadb32565b129a72aa81a20adaf71ae80a95e2f80299bb1ee2b789b932fcb344824312a8125622bc1a3639f532293252b29dfaf4f21eea00fab2028f02cc9a81828db8e7f328ba93120e8256e237e229daf452ca81f73a4f9a30c9cf62254319e23e6a44a22712c2fab4e2ed5a00f2d6e247ab16f2fb0b0062a8ea733a14023ca2db29e7e9eeea444b041a8b82fd6accf2d8025da9010aa811c6b25d4259a30d8189624e32837aacbaf9231472c7d2c5a338c25562a0cb03828e2a86b27d0af2f309cafd12d22af0dae5924522d02ad08a8819a5d2622ae36a9ce21ddac4f36be26332451a987a6aea4b42a5ea29c2eb2283bb2ce267cab5c0c5d2a46255dafd5a898a7cfb0122d5db0d826e5a6002849a03d255424d0a63025539fca157736772ee82bd9b1d5acbf2a1329512e613077227db4822e043030aa8d28d39d22b22b2db7ac93b26e28a5ac1a2c0c3074b02aac962e262831b1a0a54d204ba80ab4fea78c9845b0e626603292b0f3b1949c152af6accda7472dd0296ab0d3b155b21e28ef2c4a9e872873b1b1a85e2b43249facd731453094acc230842d10b8e1b6d4a13531b12fac2e9ca7201f8e26ef21362ac2adcd26042fff279f2cba2a00a909297f269daa3f23832d3c2ab7aace2f2bb072a70d2a8bacc7242f2526a3b336ce26a52e7b2fdcae442f33ac2e26d13036afe2af092857a23f21f1aa802e7cb4c12d7b290baa29934d2e5b296329ca2e1a3262afb025fcafe12947a622aef3a914abc12e6d258ea38a2dc621f3b1fe2741a9ecab0f25ac2df32d06b1a12a12b13f2ee9a4be32612005ac2827bb2c1933b6a434b1f22f78aef71e7f2956b64f30fc22ba9fac2e132bd7a4dba979208628ffa3002bb2a8f9a5b9965fa8481f49a61620c7271ba99ca3142ee4a4a9aeb1ab9a2665afc82855a56e9d1422612831addaa80d2c5627a01ee6190badbf2a92ac8cab9fac74ab0c3189a25f30e9af6126c02b2a2da0235f2ac5ad6123182dba2efc9e063145aa392ac62722288f1e07282a27cda684298eaacea0cc2fd1a0952fe42a5c28652dd3ac17adf1ae582d5aa206acb2b02e219fa50b300a296c2abbae9027beabc2a292a692afefa7c6ac5c306b284ca41eaeb91bd627f8ae7829e5adb12b53b12c2e5a21fca2c9a3e62ea3ade8abbf2b852f332505b081ad0da4a8289d2dc530d3a498ae80ae9996d5a74c2823a6a0b07eb141a9e6acac9c01b0872dd0b5aa36be32a42e282fd635663468340dac84346a2bf5952432d135692f90ad65b2ccb46c9f4531363185322b2e979f9c29c2b09dbedd2ea42fdd25592278aee9300e2fef35bc2e2d1c6cb4c9284e2b872ab3b4ef25f3b5082dafa9d7b0162838324d34dd28d7a8baac46b0a5282da1e5a9012e862f60a57eafd12c23b2cd946930192e3dae8aaabd2e1e2c5eab4c25f32274195cad2aacafadf6a9e8245827cba98129e12962aaba9f90a53fac45b9db26072f4f280ca329a10c2b02b178accc341f36ea2a99b1acaf8b3152307fb1e3ae191aa0ac39b172b1f932739317af6a2b27abafacfc317daa86af7cb204b76735c3bacf3583b6bba864b330b07ab6f53c6938232a52c0e63c75217bac2fae66a72a383b32822ba62006ae14b8363cab3bc7303cb4963899bddb33cd33d8b55ea69e1b6e302327b8a5d22b3424a8a89c2a2aac312ac330cd1f9f2cf72cffae8da5f1ad0d31612973accb1e8ba8fd2a9ea922339f21c9ac3b30b91900abbabb4f2c4232efac23aec89f9eae3731942f9e2d49b3fb31d033bcb2d4adc333f6a943282b31cab402b1b91d29a9df3468274faf402d57adf3ae0098cb2566ae19aeeaa4a7a27f2a43300f2d62af71a843ab06ac752bb02b733352b3cb287db48fafe92adf2e2fb1872bd3ad489b622c60adf7ac242aa2a74ba80c35d1ab28af833ae02aacb20f29b7ac643277323736f62902b401303b2fd7b26cb0e3b0582acaac0031c4b16632352720ac592849a891b4ba3633b73e2c201d052fd2a6ff2dd932552bf32a702d5d35f0a8fdb889aeaf2f7936ebb6f2b40b2cf63035331eb5692de1315134462f872c75b724b0922766347eb7dd309aabafb0f3b473326ea95bb201307d25082aada0e131a63376b05aa575adf5a93f32f4314b27e32e3ba892b0abadee2d38b9e4307eb5cfadcd2ebfb32bb416ac9d33db32d232be3023b35fb14329829eaaaa56ade414601ba42e10346fb0ed99c92584a7a6b224af6fac3db193a5d7b020288ca59130422cb9ac74a81a316629e8ab5f29802513a5a52c05b7cfabf62f4f30512cee9ec1b31eb4443365b235b3da204f314833c1af5f2f87af3e2ff12db131da30b0a6eaa06b2f15316a3333af7c2d28b275ab3e2bd8b1982ee921012c85b49c25472cfdae152533a34ab0baa696a444ac46aedaa8ec2dde283f1cb2a521b7c2a39eaf402718acf5294c231833ac284f2b592d762cedb2ebb88faa4daedbae69a8d6a84caa8ab114ac78ac7a9ef9af5e2f812e412a6caf1ca121ac6a263fa864268db40ba751ab7832dc2f662f1dab3920c62f1c216ead2cbaf49b7f25dcaff1296d2ebc2bea1816a861aee6a5c429652eb72d03b0679eb7a1aca1aaa5c131cf2ab6ac44ab6fae263172b282310519ab2b972a51a20328832a8a8e6f28fb26c79e61afe92a2729b0144029d5a8ffab52adeba9c4258e2987251e1cdaa1352ae29a67b28123219a4ca41ca137af9525732498a64aa187290539202c94a6682fa89a63a6db301431e6258b24ee2961a62f200e24a6a9031c13afda2b69b06d34772723b3479a31b253283d2ebbaee62b822d0daea49c2a34162c23a82d31c0255cadb6b4cb237f29b62deaa8ddaf65aa57a84f2f46ad902d9b3071accaac83b2d5ac30b2382ae0b36a29153251b5f6a460b2a1b1aa29102fa82cfba265a75b1695aa2a294e30fd2fcfaa1aa4d429a030692ffe2d9f9ed030e8a335a403a47dada2a5abb0e79835ad5baac629a2300dab6529ec220caaa1af20253420adad612cb2ad472e852bb4304d26bfb3c3af0c2bf8b18db012b28a2ed4ad05261daf1e331c2584b86c29bfad332e5d3319b430a412adea2a38a2ada839af5120342bf233f92ea625162a26270e89da2fbe21f5a75da2c1356ab046305328ea3098b0fcb505a8f4b488a881b4e730c9af189273238fa570a1ef280b3249b7641efeae05b4efa7b0ac553238343bacedb0f62fba2d582f0bb6132c27b13025b5ae432ffc2c13ad12b751a7f3ad7eb25032dc2eaaab05a4a99985a90cada5ac1327fca9a137afa89f2b0bacaa3041ae5aad1324c72801ab1ca939acc0b17c244c27cf986aa6cc2ffe32c19c1aac29b316a730af1ea4ce244caf3d20552b6eb2203018290e2d2528871acab037b1189b3cb5972b62ab4baf2f2d05302118059e072e932fecad7834c92899a8fe3186ac00b4e5acfc99a43426230828392e2f22122982a481abc7ab7fab6da13f1451afc9276e244625d72e5030c33163b0f12154ad4bab14ae891fffadb626bfae39a1e62dcf23b2a669a73ea9762e0a2f95aae929382db528e131f0b3b9af9eb1c728c4a9a4295029dcae1f2f842444aa2f2941b09d314db2d32de5b29aa612310ab17bb5ab2de827b8a7b12a23202031c8b0111eab2f8ca9a131b0ae30ac1ab11fb13e2433b458264f2f6a28772c249a372a1eaf5e29ac34172af52b612add2ff8268e1f71b41da5a5319d1d5d30c1306537272a3baabbb1fd2feeae1c32f0af2d2d80ae08ad87ab6625a02cd12ee1b1f62e06a7c4a567324b2c08314c2622240eae0e311e33c5a402a383ac0c2c6ea9f13145a7d1274f2ce82c682f93aded289f2274ae80abdeade8aeeda98aac212acd2859a8dc23662718a8ff2880a6562bd523af2d71a05d22882d7aaea125feabe1b0e29c8a292da549a8872e1faef62c242865ad6faf292f052244b101309128bcac41a4f721093129a2ca210c1df231dcac4ca97621e6aa0728b02b71a29caa4b2147223724102f5826622532a7371d19a75a2bd6a43a2abb23e22fd9a35a2d2a240a2b89ab34b43d28a128602110adc12f44a6412d5c2919a05dadb5a51c362bb37fa4c7af78a1e02545306e28f0aa9ca6fbab8d299329039be39d1127cd2f449dac25de9e6b326d2360b0c922e8290cb20c314eadd32a9dad60176ba93b2666a962a62fabb4b4c7afd1ac721649b28a2cb3ae41a032a3d6ae42ac8ea82a2eae2f8c29e42733b13a22adb035a7982ed6a41eafac28831e6e30e530dd9e8d2e34b1b2a5b99be49e88a887af0baea23054a4cf2678aca730182c26a8e024e12c6ab0b12b5c2bf53269aaa33589243a30a9a7d8b0af2e1a1d68ac612b67a7cba9bbb55e9d3a2c042b42283fa83ab138a8cb279da5d71d2e9470b2d9afa12fe02a4e2c9d2772a5d526b328f929c5a408a8812dc0ab12a051a2373032ad6c1ccb2dcca5cb2f9f2a323267b02a353030a02bfd98af1d2426be0c6cb22d3196acc537e3a938267eaf042c8ca3ea2994293a2aca31193321b611ade39f17a75e250124172687953facd3a45e2dcb298ea8a3276e254aad9016ec29ad30e3b4baac5029bd235824df31dd2d5eacb5ae43a943a6a0b24b32f72e77a72f30db2b2c253132a8272223ad1916ad9da5e1ac0b266c30df9904b16e213ba69a276d24469fa0ac31a4ba2944a863b0fba376a903280a303cae89ab412ef0213722cea5a1a04831ed36362c9c2869ac3a0bf8ad7eaa3e2bf5b17d342e348cb1422a1f2ffe3085b0e22b27a75da3a3a1a91de232022506ac87b08aad912abaa92a24b928572b8f30f9ad79a2f3ac2f254fae60271bac1caa51283c25c72dc1ae672cfaab17ab19aa8ba9e72c072ddf35432932aa201d342c3c289d2c832a3ea8f0ad0a211c2852b00db8c7ad773056af41af6230fab566a63b2ff02de0a7aea884343bac28a7c7adf22d1f30863092b926b080a7f4aca72ca72fe1b48e2d0817b1b0212d652985b09bb480aa332af3a600b189324fb58ab4561c171735ad5cac0a3600983cad47b5b1b29d30cc33322c0b2d24ad95a6d5287332b0b12734f42c80a3ca356babc3af57b5a9a2369c9bab39ab8530e4aa732cc7ac953092a2f11ff1a90aac2fa50ea821b1032cf9a78c2d47aee831e925b0a3f12da9a75aab372802a5c73276a43e2fc8b482a7bba732af65add0afb8b518b592330f2e50ae5309932d3932ee31a5a7072eff309333f733f6a4bd2dd1a4da28ab3015b58035472c99a8f2ade72344aff1290a25d3399c314e3786bbd633efb63f3860b89c3ceb32b7bf48b848b7603536bb69b173b9c5b8d6b093b53825fd2808b907b676bc3532c930063869ac73b129b69423fc282db3432f2c3341b06033222ab3af48a8f134343415b52d339e2ff5b59632be2fe8ad352f7badc3a30dab67b245b41034aa2cab9e0e331a2040a1782c58aa8b2906b12ba4222ebcac332f7b31eea6deada12d6b20582baf24a82468af4c2f85269296ac2c04b6d6a4f92ddc2e0b37471d2822c0b06aa666a595291030092bb2ae98b883ad6baf41b358357f332d3152ac3da6fdb4c2ae13a430ae14ac6134392863b43db199a9edaddaac1ab267b76b36be308ea2dbaf58ab002d043404a1e7a533b491b01c315faee63122301c327caf632e7f3326af3429cdac5028482e942ce8359b999d291b00022fdfb09e29fe30c62ce3b0eb29ed9b3dac5b2a0225fba56a2e0ea51c203d2b9f2d6828e4aba2a6d8277b21cd9e5aaf182c4aa977a7d6a3fe2d61a611298628992d15b1b92693b180285b2c4a276da9a52cb730b0296ca81223d6259430c01ee22d7ba5bfa7339b019ef731e22a8fa12baf2430f927502e5730f32fc79bd828f62da1aa7d2cf71c80240823fdaee4a55111dbb4f71d57a573a7e7a8d02ba0a9f1ab28a8c52b5922d3ad5f27889cc6a871ae1b2be6299f1512a91ca30b3009a153270da24faff1a50c20b88ca92d0522fa32bf32482f6ba7ffa8cf28ec31eba04332bc309fb469ada62b20af11b22a9e572cf22fc9aca2b2a0b4ac298fb1722fddac40b36033afaef4a36eb10624d49debb04fb2ce20cfacf5ad1d2f4925fb31f335e2ae56b656ac50a88d300cb55d2e94245d3343b246324cb5aa2e98b0902340a3a0b53f326d37b7a7313530a4c8ab7eb5a2b145a4cd264f2d3c2d38b147b14cb129301d342025d89960b0f530c9aeb526582d2a2eadae93b03e2693aec09c8b2aa731d1b048ac6ca5e3a23526f224ca2ce4b119230ca5962f67adeb2a15a8bba7b9a8e62514a179a2f22e97aa9fa029acf790352d012bf32cf727efa6f10e23ace1a1e62faba63a286a2a832c7c9dcf99942fa02a45a803a40dace1296aac602cb21fa9abf22ecfa8a62a37ac3aa897ab252858294c2e71ae661c1ba852a086b0dea7aaaa4facdfa46d27f92a5bac66a8eb32ad061727d0acd52891185dac7d2dfc28dda576a332a96328bc2cdaa8dda13328dc241d211c2deb1b482a321c721c4a1d0eaf3d29199c47a54128129ae6250bb1242a5a25542cc027cd2ac32d7925ec9deb2d5e18af2913b0f5a8492871315eacd52978acb4afafa853b2b7272a2d7db0fd1f83ae662890a410ad449c99a53da2d6117029c030afac53a184b2f5a9472569ac1c2bc5a9cba966a9d4ad01b0632ce5a0742f36a6dc29c1aa7aa74a2f57a7da2b21a6d8205eaa48ace721418893b373a2c8a63c3027a2f72e351844ac95ab86a9b82a9baaae2ead24762f16abcfaf91240e270b2ffe2c60ad5823662d73ae46a9aab0b423c4a5eda9c69d06a9f1b2b7ac429e2e348cb0482da5aa3aae88ad9229c62c20abe02e302971aa2aad7428c6a4332f58b0492668b2cd25d22f0f194eaee12affa413b098a456a490ad2bb4e9a1d1a8073025284c31e6330eb003b0b82ac7303fabd7b14f2a10a2e9a3a5ad4f2ea4aab02cdc2aeeb0d7a31237c3b233b02ea8a81ac2198f2e64ab9fa98db489201da9c3afb52c2babffb1c8aed72419abdeb0ab2aebafbdacc1345bab5fa156ad3caac02e1224292917a41e3296adfea9942ddea26e9d00aec8a02c334a264ba28325ceac3a2c17aee2af60ab1ca4ff2e7529c6a63bab4f2a392b72ac8c2e99a98b3069a56aa96cb18bab6c2fbaab8badc02faf24162a13adb62589a836b27c9d1da52bb434ad3faadfa83ab0dcaed8a1aa27c63044b04bb5643192289ba46baff69a27308ba97a2c3725a13541b4a5afa52ba8abf1a7f72415ac1124ba35a0aa551e9a25d7ab843014b279b2b025fa3388ae762d8ab04633bd2f432a9eb077a57cae6e31f82a10b62c24d932bf2ee690b7ac34a479ac7bae579c5634da2c42aa01ac18b06029d5a3a41dae24061ffe9ce0a9fc1e7f2ed7995397e12dd4ae74a49aa4d5a5feaa19a44020b3af1d2588345a2a262298a513aaa4a574ad97325d9859a87db4832973303faa15b3d7299ab3613005a34834708fdfa522a6e12adaa6d52c0f9f9e30c3b03fad64ae5633aaafe63033a93da96331aa2621abdfb561a285a912237ea0ab2d26af0c21b2abd2adfa2585217a3066ad012ff7a54a0830a6962e2035e92c2b339c949e2a44a04228af1bfba4722107a56d163b1f9db71424e82aeea54a2eb0aa88aee7a4d5a48a30de144a20c82a402fec2d3c97f2a89faa8514bf28991dce3018adecaa0b2f25353f30b2a18aaf15262ba359a1272e47af192ecf2a5ca114b1533455ad61305db11f32fd2f07ae43322bb41b360cb1dc2a02b112aad6ac14b053287b28c9a4462f2fb6433213242431cba30d2c6ab31ea79a2bcdaa7a2726a88fabc72e85a58225259840a54fb2792d2727d02a031af327c39f0e30bd219429d19ceca76725f4ac18ac02a7b5a8cbaa8ead2fb58f32cba93b1cd729bead3b25e52bc0a96ea99d2c912dcd21e73107293028c71dda9c63a4fe2a4d304929a719a6a8aca592a9a23153a8719bbda63d99b5a1a628a133db98b72228b16ca830b1992c2c21681dfc308b2b3125f62c5a249ba8e3b13f3093aec225ee245faaa7206eafcda980b4aeb33a31401f9eac4fad12a986af0d2b739c3e1d7926cba84529e9a7322410a3cdab67a4a62e08a6832bd32d662d9d2962a894a4a0a9102a843217a43fa35e287ea5dea9d3ac87aecd248ead5ba8e8345d9c1a2501b230acaa30ad1c76adbdacd0afc727fba47caca6ac68315b30292c902e662e4f340b270f2c5e17b12d20ac87b480a3559e8da9c32cf2a4f02d692ed5a2fa2bbd307db0d8ab02ace82b5922d92f551df3a5992bfaada8aca79b741fcc2a2a1c0334cb28b62da426982387a458a9faac28a5552f081f101f0cabeab20fa938afd2b03229e628daaddaa8811ead9e4ba86a2aa52c16af4e328931e2b0c9a586a5173481aa0a317720ff2c9dacbd2b85b0bea507af87a31ba0bd3260377520ada1f2b239b1c6ae332a03b35a1d5334a02d670da4b4bbb0ad30d324e5a9be2d05322a369fa9833030a8ee2e2b28e5b9f02ef0a70733a6b1e81246335f2ecda92e32a3b13fb0f0ae8d2aeab0c42cceb04f30042b65b444aee9abcc25a42288aa61aea12db1299d34602dd13112afb2b5a5b42827172c682dc4aa6c344e2b712128adb7af8daf3d30c8295e2ef8ad15b459257f2d5a3200b5cb351a1d40ad26a7ba30ad2a00a75733b3a17724b8b35a2fcd32c9ab762f6230dfad22354db2fba4232aeba3b2a4d22832a081aa51b17a28ad286bad17b1cc2d5428ebacc8acd4233ca5d62c13a8d52c1524c02d202933ab2fac5b957529201e83a3b2a84125aea215a1ec3261adf52f3a2baaac222e8cab2c2efca54dac1cacc69ecd331eaee2a501b1441c58a9aa30b0a47d2ae1307f315db0ab9bb72e7cabe78f583393b41fa9bfa734b193ae79b02cad8a2a78afe42852ae8122642efdaebe2d25af79a802a9d629813595a75cababa36dae83ac0aa58d9769a145a47d96dea58330dbb134220eb3ca34c428aeb0052d63b0932271af043105257eb1db3109a99fab982f1e8d54a5baaf662a5ba869a982ad179624300da4a12cc42c9ea81a28c92e0036b628fe2f07b2d13147282d2d91b03e3100aefaaed8b528aea8a81cac5ab3ce2e23ae32252fae1e3411b56c291a3389aca82d01a5602fb02fb4b480a837a880b4ff8fa227aea0459c75b19ca64d2c112a5bb1192ebb295f31c6ac172ca52e741c3dad85a9952d8e9a2b33fa24d82e91b1c7271e28789a5ea8232e9329f69f1d30d2a9f1a72aa82b248a303fb260a765ae09a919344eacefb75eafacb08532da2f192b3b2ae936ccaa8c332f0b8ca9be2dc934f900a92cbf29f8aad7271faf95b49caeda30ab363f36c4b06eb273b65430b2b69c314f2db22c26b4baa7003551a70fb6bca8feb3b12bc7b49119462c579f34336ab3d1ac1736b234c59ca5a96e30fd1adfaf63b5df307f317fab863059b0e8ac892ce42f6d2d5eb18c2f8c2dcfaa66aa6d26cdb5342c8bb0061693247c965b34d9325eab152848aeb8ab7b2cc3352e2473b28eb033b5822f8129a3ace128c730373154aec5aaae2cda2cf9a92a9e062ecca8d9b3d8a944b105aa9d8a19b2e4331b2eacade91b902b59a0062e8eb63927be2eb4afc2af52ae95ac532b10a83f2f523003aab0a05225722c16b2a429e0ab09a430b425afa43033a972ad1eac2cb38332e9a9d232c52867a3192ef3304b9a3fae38aa7ab394ac38ae641e73abb4254b2a0f26882e313154a706237c29ec2bb02bfa36d5281f2d8ca7282621a7649caf25d9acd1affc27b7ac2cad9eb2d5224f9cc2b1eead7aa561b1102f6a24d610b72435a86f2d05a2e9a117ad2d2d92989a2e18b610a5abab7da1feac422effb043a828a81a2410a9bb2462af7e301da424aea9b4f82ed432f627feb0aead1fb5b122c7a5a933ed2bbba454a379aebbaf922e3533013292a6b7a7aab3aa30602ef7293c29521ff9291c1b73acb9b1529e222272a281a6f42d143199aa73acdd2f3c9c6dad7cad1fa8d71f79b0d49f1fae20abab31fd15032d19a3c2a8ae2923a246ac352c6c2b38b14323302c6e9ca827b12f67b0d42d5fb073146fb4cf2b02321c24e0ac19ad852f552f4bab402663ae4c2f74328fa40d2679289c24992ef0b0eb31a4a126a71ca8e1259ca145b2e830d09f00b0efa7619ce237223405b40d29b0266a1c04ad09b2f19567ab1aaa08b58a31f329622e7da6b5a86fb185a7cb36aeaf2da879319dae592acf2ecd34e6a3c327d0a74023fcb1382a71a48cac2b16d0271da28db01ea67e2c471526b090add3aa49a83a28b62eb52ad1a4f6a8b2b00b2eef2c27285ca45e25b3a9202cf7a9ef2a132a5b2728294d23cab1c2ae413242ae08a0d0ac122c941d2a2d1c2953a7cc972f266cab72acb4a7d3a8672b202ddcae0729ada192a8681e6cb1afb213a87fa6a1280b9baf2e3aa898abceb004b015aed42f02aea3b47eac092a9aaeb4ab482a0daed81b75b018a9e1acb12a9cad922cca2d672483ad5baf6320c72cf7a225274ea1ca2e7ca8ab2c822e80ad17270eb0843015aef51ca02991238aabb1ad8aacacaa6aa61c262921e7114628c8a9f3ae0a25312db8ad38ac2933a3358ea9b12e4531db2dfcb11c2d9027be246e2b8db22e29992579ac9211aa3117aa04235bb0d220c69332309324beab4aae2a29b49b6c9fa32a40a49d1c962f90364029c89e86331c2e39b42b292f2c4e2caa2d7ab2cc2cf7a542b46da7bf2de2b067274dacddafacb2c0367525b2adc2b09a32ceb0eea69eadf7b1aeac6aa5923ada25dda40ba7ebaca0238cacbca4f228882d162559a812b8061cdab4f02d44a48b2d61b19cadb4ac5bb6928e1720d430109deb255d9e422b37ac4028c52dacb589201424f425d2286fac64aca0ad3db06e2e9826eaa6eb319b25c731189b7c2665a9932db831af21ee930a2121ad832c46b0682e44a25ca61f298818c6295e306eab66a7ea2c9527a5268532b22e1ab048306121ef2987a4012eeca5342c07b43532bc9c3ab2a6b0dc2ee124602893a296b06a281e2724ab5e319aa4e4aa17b053a7262c6f25b02c3cac59a9b5b16623002d77a7a8a82dab7e19e3a5f39547af2e2261a92da46a9b38aef11971162ca94b2b27b370257d281420f2a7ff2e8139aea5de2111a96b29b828b5a9ed2ab59d7e2e1720782b6a2f342f2e29ab29fe1931229c2d802b662d63b24da761a8a928a7ae62ae762392ac1a287f9380a7e836ef2228af47a8d11f512e9929a0a2940d2f2d52aa292ce62d56b19423cbab062cefacbb299fae55ad5c3026ab032bffac03ae5d32d4aa242ca225cca8b628a02b85a4b11874100ea9259c0029012d85a62f2ae9a0be9e502ea82a7a2ccaac00a68297ad24a8317421fc2d869d0b286bae58acec94162294abfa1d8510d9b2d0aeeb210992bab23d30992eeeac3aa707248b30b8aa99a18a2e4e14322e7c2ecaad042854b0803369aa2d269f246a29a229c6aa383081a9292e762b172336266da7ac2ca5a1a4b5e72fc5ad0c280b25a820f82a1aac630e07b22228c82297302331cba5d9ac4ea877b07fac33a8b829a0317631cd289cad5f2663ac872a0a2241a9062941a580a8e82e78ad0aac762a1e9e49a8a624b22bf3b05aacfaa1eb9cde2a339c19228fb3d528282b0324a22bc9271c29e22ebca4da2985a36420b1aa343812a131ac059cbdaf0c2dfb2332ae92ab50268daadb2916326d278a248a29daab02a4a4b1dba8f82643b1bb26f615fa1ebda8a7a0f8ae442dfb2d4fa87ca6c8b1532c8aab102d8dac0d335631552aafb11e29cf2e10af1f270a333d2f87b02231a22052a393abd29a3bb07ea249ac992b389cc627a0ac12ade0b2ea28082d3f384f2852a7a732bc20cca80f9e8d2c9ba83024132200aa7dae1ca8d4af1528ab2fa0aced206da624a9c82845219b273ba55e30d4a6962436251eabfe29e7a0a6b1101d112de4a6c028e2ad81ac782decade1977dac3e28d3305dac912ec92b90a992a29ca511a9ff20872bf32521291d291eb2862bf627462bab28859ce62c52a7b629c0a9803290219da4302c5da34cb1eeaec328361c0417822e3721c9a80f2910a651243cb36d2d8fa647a950ab36265ba87522c9a5309fe62d14297bac8ba1baa52627812edd2c1ea24ea7baac72adb323941f25afe52b5cb01ead24a8f02498abc327242df918a02acf1d0b283f172c2bcbaaf22c0f2c242cfa284fa2732880a04c2e9fae6719b62b8cb0492fe62c03a849a6222c331ba9ad05a8979cffacd1a3ad30b42f532431af05aaa32cc5ad20317e2c832742a4e22b8f1c00a8f3af47a5d0131296d7a807af15aead1c1dafe01d36a8342b8f3362b2bc2d199099a801a7982ff9b1b2ac32ad57a569a911b164ab1db2e92a6a2c4733961cb29eb4b191a48ba4c4acc32a9ea946ae0ba1a62d802820a8702b51a47229a62776a8b8a8e32149a3772ca42cfe26ff207126492591ac62a118a95ca63f31dfa904350133ce1eaaa8c9af4d2a22a09ca5b02cbb33162ad1ae2b2ea82e02a461957c991eaf9728f52eb8ad74aa9cb446ad8b2f2ea36f2e5f1e802d81af6da88ea46fac8aadb92de123f4b63d3044b5aaa5522ec3363b2c15b23e2b59ae2aadcfa79bb336289d3293a924b2a5a9c2a16aad4aae43b14bb1452f6d2c262c89a2baa3da2fa32f3729fe26cbae6ca5b9b37ca4a1a55a3012aaecac1e26802443324f2b16a0562bf32d7e2bec9db49b3c3043a9d5ad772d61b0572ed62a1a2c4c220b2cbe25dbb69d9a8826fb22c51c752234b218a90830412c609906a2cb2d552df12d06a1c2a9ee2ca02fd930312afa19e82098a5542ee82b4f2abb8a53277f271723b1ab9eb375a010a9d32ea4aa7933cbace8aff13054b21baf55207fac11a89fb0e431e2b0bf31a5a4a224e4829bb1092b4b2cbc322a320eb3758043a3632e97a6e9b1f9b2bda6422c27aef4aa262921b0818ed62bd7a638ad46ae822fb32cd7ac952900a7c32cb494a5ad532410a6fa216b1e392d2a140cab642bf6a1452a2b25f0322b2e06257c287b167aaf0828cfa53325b6298b9c15a85cac0d20f725452375a9a22c12a7c921a6b14ea037aa8128c02df42ae5b0cba88ca4bf2e27ab1a1ccea5a9b4da1501289c3313ae6dad8230deabf3a65633ada61a26cca8142e7629282b57af6928f1ac343571abcc1af0a40db0052b59ad74b1602160b14bae362841263f3498a60d28672e31a61529b8a5212736a5502b1da6ee9059afdfad4aa816a402a7e221f726f3331aa8c5ae0822ada9a7aa9fa8afadc828162631a1219cada061259623102d9fb04b279aadf7a4ac2a6a22c9a89b1a3727c2287ba7ec2a61b1f424132b36188d2ede2ad8267428352681ac0cb3f72f282a472c5a1b9c216c3196b300a886ad8133562955ad77ad59b25cb2b028ba2c91addb2ccfa6dd2cf82ae82cbaafd72dc0b35da093b2dead079d85b1e8b12ea492a903b0dab07527293479b59324852c8e2748af25308e2caaad8e2674ac9fa5a32348309832002fb3286daad92e77a6fcb412276badc2a7f1a50c2fbca998ae332ef3ae5432dd277a324fb32b233ba96e2d2528e5251028c1aead2c57a358a4179b8fb2f2aa35ad722cbd97bba5fcab3413c0abe125e028af9b881a2a2f80ae2226d1a118a25820eeaaa8b793acdca203aafc28a5ae362814ac97a88898491df1a109b12032cc2bf3a91d2f54a99aa278b0d3aa36b3d7a456ab4224779c642a46ad88ad6fad9526842ac4ac8da2029cccac68266bad3486632c8c2e382356ac702b47a2612f4530261f0896bd27f9acf5ad4ca6f4202e25afa422a8db24c6302d278d9855ad94272e29aeac62a3d3289a9e50a5a6a56d2f932ba01ce22d6c2d381dd0255525f82a47a36ca36cabeda958308baa582e5c238ba77b10c4b06e2720254a0a23addb9d152ae53478a704a7cea5172f9cb0a12d8b2d2a2b0c2dc2a1cc2dc5a110ab1a2e5a2c2ab134a1f4aff0b024ac3432412df5a885b1f03047acc6a7e8a32c22fdaab9aa66398a9b87a984b26ead7e295dac0ca3dc2db62b992c2e2c95ab5424e5ae722db01d3625a6242a2c1daad9ae74a511a7e4265f2dab3251a6dd19adb1c92201b061b8bfa026290f301125feae5f315aadefa628adef2e32a92c30111bcb2694a90fae8fb050959fb018878a28402457a6c3b01d2f16adde9b172fb5aa42a89b2a8732c52ebbadebb2dd21d033b831de27382f8c30c42f1ba02229c32c22327db048b1bf2e7ea65830251d47aaae1e5bb1bf2f8eab8a32caa63eb09babb318edaf9a355820902837255fad061cc3ab65ad08291d30a82f53a417b1ff29b3b1cf294b20e93035a53f27ee1c432c232906231c329da708b4312b5caa21a0bd295fa6942da203f1211229493198ac06aea5ad9ab0e9283f25bfa8d52cbf23832a2cac102a7bacb9289badc6a1981d01a874a4eaa3ecaab129982c7d2faba43620e4268cb13427952c492b412628afc320c9ad562b7aa868aef0242e318e261a2eb72d43b0a6a94e2c89358c2d85315b2a252bff25d33123ae8a28d9af3e2ea427c72d3daf5622b82b00310e2437259aab45b153a456a9542f1aaf70ad3f3164b09f28d8a3a82eeb227eb49aa4b6a81fa189a4f22fdaad84b1df2c939e52273a2a80b0d031f59c452ea031c7310620e232e0b028ac5c2a3022cda6e0b0eb2625ab53a5b7af24aa14b4d734eca9c62ba82038a48a327434249eec2b71ac96b0d09cbf2bec2d899bf731ea346b167bb4e22f3e310231d5314ea46b2e76b3672f1628092f872fff21bab06cb0beb1e12dac9dce2ca1ae0aac7628a32723a419b30a962330e5accaa7782376a96ba7ed2c392d3a2afd218daa5d20c4a41c2dbf2fb22d6f2a492ac1a5d6a26eafca25dcae3e22dea919a4ab2e422ac8a11ba880ab7796d4b3ceb4c225411e7a3295a4de2fc1325b3354b0acaca7b1602e5c2a4fad23b28a2fdaad10a937ae69210a2dd1b4542c1cac60b2e03191b2182d4db35624ceac9cac06b3db2c26a5c53045ad94289ab423b49e283d25eaacd5a792adc0322ab4882de4abe2340912acb04928bca9f2215e2cc3330bb23d2c6dac45b1122d8b2cc3b16cb9502b2da9f3ad21305e2a3b30992d3025f3b06324572f3c3090b13e2e4924e6adc6949b2a60293224eaac48a522a73caa463030ad15a5d9a22b2b21260ab0cf30b9a7c824802cb126b02bbd2d49233aabd4308fac97142b288da47c2a2daa692ccdab1ba41eb23f242bb1c6a060a9549c5c31f9240e2d33ae43ad61a42a20be3578a6f02c25b10da1bcae312e802e0130002d62a2801a3027702469ab15ad0c30a51d051a27b042ac762bcda4a3a9d522c1b2cf31911f312cfb24e5289ea574328922432192abe1a6efa0a5a5de28be1cee2318250aa8ad2cc7adfe873721462383195a27fc268fa195a2560949adefa1eb2a622a39a68628b82b252735b0a0b0f1a266ad5f24d2a1c8ac60b090a294ab63ab432be21f689bed9837a7d4a98229c5248e2f17b07f1f042f82aa27a52eb0571861161727faabe3a08320062185a84ba090265e2be6280227aea64ba84a22d3b1882b83a0dc245eacf52cbcb1e1a981a76dac702e2a32482e0e2a02a846af22b2d6b07ba7d1290936cba9a69f67b4bb20f1a9d1a41baebcaffdaad72b3f1cd91c73addaadd92efb30c3231fa8b92a002e7eac10bc0eab3c319a1ce3b67d2eb62cbca7dca80b9941adf424b0307d3333a40bae60b07da8582a33aec1a8cd2db6a7cf2cfaabe2b1cd25e4ad5b29cf3183a65130a8af50ad552d29ac58afbda16b2615aa98a87c2dd4aa0c2707ac1431352811a9e7aa922dfeafdb2d572eb5a893b1e9a98e2f902c96b2d0a7f8a8d4306fa7ff2ce9b6ac2f7832f223d1b4fc2ce8aadb2c83aac830a5ab5aa8749c9d2120a32a2c0fafcaa9d8b0baaf782e062b69a9a2adf31fe8a49226322c4ba937260d2d2ca5aeb88d2b3335fe287daed329dcb3e4ad08a1fd15812d0fa8dd35d8b13e1fbca5abad2cabf0a5aaa5232e33ab51ad4d2c0e2b22ae63ab78acb9a4ab29d3a2c3adfdb58524552d669ef8b4d42ec9b02aad41abd9280ba1779b88a739b13fa651ace52b161b8cabfaa4a222bc2c94a43427d824f4b1f02e87a8202a352aa72dcaa4f9af979c239b21a6eeb18129d82c871cb6a415b065a9491f05ada8a8fd184c262f277129d6246ca6c6ab3aa017ad16211524b7aebcaeeb29182bdc1d31a75e2405b8cda71c1340a877177ea40025e32706a8892459250bacb53210b4ec26d22e75ad8b257d1c2db1202c98ac4bac9ead41287ca42a28b829afae0c2809acfd2cc32c6b2a9a1d471c7baa0eac94b4bcaf58263d255c273214fb283e28e32c47ac83b48d319732b0a7cdac43b07caebab196b0fb2db8ae7f28ddb4a72ca9a4cb2ed8adff2e4cb286a53bb0ce31f2a3b12b04a2e331e7ae5c263b3194b0af24d02a5730082eaab2dca906b084a884306b97b4acffb185b2d9a9faa573987c207129ffb1ffa9812ed41f3e2f61232da8d7af0f2a4c2ce628752911a982ab2a18c892e924b530faacc42de3ae2fa86530402cd6a726b317a9fba495226e3106b101984d199ca82aad22a7899a6caa6fb0189fd0a95f30c19b8b24d72809b323ab7921e6a5a4a5422a023164b2faa495aeae2beba859af68b1f42bb1ac002999b386b0c42f272b91b06d31daa981966bb0cf2e00264b1d3bb4ad28332d9cb467a9332632aa3d26872c12acbf2c2ba855ad902a3f31a427a8b06830379fc2a9e827f22b66aec51f612cdaa5882d45ae9cac7c2f11a0313355a62bab0526cc2ebaa411167029572f40155bac7bac80aeb621f82c47acd7b1320a23a8b9a6302539ad2eac05b4b2a74ba41c251f9d002dcaae322a8b1efc2851a3bb27a1accab5f4291427f92cb8aab8a9d127252337a0692dafb1fd2104b3f2abef1e6e26b32a56240cab21340625b4ae0f24262c7a25352c0524192af6a98aabd4a9d92cf0ada0a84126caab712c63a32da63eababa5822451aeba2851a17bab1f20aca5ecabf3ac599d88aa7fadcaaed698f529acad5ea2f72dae231a24fe981320f7287b320aa5aa2d212b4ba165b19c2ab02dd2297d2d5daa8428b3a6138934ad4e2512acdca808aefdb571ac3031c92148ad95a9fc940aafa326a3a0feaec3a4b7250e33ed29802bb12c54a55ea4dbaf8831e92b96a8c0aaf6ae761e022d5fa26ab0422d2d2f4f27a3a858a217b2731382a81c271faf352b75283fa0b6b0432627a732b7b9a69f28b22a08ab712cbaae27b1f1ad16b32c2752af583763b065b440aadf066f24bb97d2219f2d01a149a1de1c783143247b2f00aa9a286630959bfe9d89ba4a218228ae9c36a8bb1ae3ae1ab2c1aed6a6072605a965ac78aa56ad982ce42c2a20a6306d1a352f2b2f89a34bac263020b7652cb4a50fb0b130c1295db1a2b40eac9b25eab31ea8a29ebd1bae2cc62764b420ae543060b86bb342abf029edb130a37eaab22b702619ac812768a530ae51b8b2b5352ddeab3c3058aa5235ff374128f63043abb3ad6bb09ba91c2b5b2976262caaa12506b0cab2f92e23ad01343ea8f92c4fb099a87a2c4a29dc2ff4ac44aca7a74228902690b153a54db09633a5259ca148b54c92a6b118ac0f30bd302d3339a312208eaab432e89d8ab1ad3285a7e829d7af3b268c2a74accda0a2b079b58133b8a3843086ac35237c2c92a09127ab2deaac34a91f21a01e239657a1fbace8a9e72abaafd4b5dfacc02e6f2986a907a471280c99bf3351a40f9d0d30c9b1b4aad2abb0a3ea2af820a72e45acc3a0a32688ad88289e290125262814abcbaf40ab86a9d09c623032a43fa0f124ea2645a90e212b264626e8a780a8d525a02599ad8025549613a88ca47a1d072dc3228aa91d3282a97d1f84b17b2643ad38afe534502545ab7d300026a11f122fdf1dbd2c5329ad2fec2b3ba989ac1a29a12b1a2ddba3392cbd1f17266a2d2f2a64a83d1fbc38f8ac37b250b4552e24a02d2c3037eda71cacc92c532ee92aca2451ad06b1c5b552280b99e02a722069b3a71b79a908ae96aa3f3192abe62b2ea7e8a8daab342ee52637338a1c76a586a876227f2f5db34a31282eba2b400ba52f59aab0210e2d3d2239b5e19b5faa58a42a1d592bd2a4dd2983103aa3432d03a854a907b0933212aad294aeb00e31dfa853ad7936802b47ac01a8da247027529e74adf5a75ba02e2d5aae6aa431a983b5de317aacb4a684aab32ca1a11d3228b716a826b254b1cb3634b53fb6d8b753b781b8aa3a47b1c2ab70af3734b4b5f23225b7a22b84b0f92f76aee0af90afe8b482b9fd36cf349b3857330bac78298b261d22e8182d3379a199b2a1ac87b3e827ab31ab340ab4039ba931d72eaeb0483075ac0cb10bb4fe2abca7339c90242d31b2ad3d27da23032b77a4cd26f8322e363fa1bfad8231e2acb5268cab82a91ea53d30a73193205db47c235cadc8a8a3322ca801a9193174a96b2ff1a72ca6f8a25e30e3a511aa80a00c2ccc92f6ad65b965a95aaf70a66cae6d3179ac8db567b18bb441363dad66b03bb1322a5b3190ae26ae0cb0d2abd298deb26c2566212030333503b34aad0830512f40a36b2e5a3159a397ab8c30d1a839a3e5a9c4314caa4da49e2f5a9ce5b1bc3018308ca5d12db4a7fbab73b83b29282878104faac2a64331c5aadaa5aca6d623d4a1af34052a40a3ed1ad0a867a9a228ca2ecc2194260fac67a9a6266ba899a5b521daa8322451a403ad1428032c4ea4aa2963259ca328ac6ea807a69b29762915a4c726102f62248924e02b0da5b0262a325e25842992a407aef8acc4a733acf12cfdadf227a42066aac1b3f6ab17b05b2c10af55b0482f0a30c2a2d2a147b0f7a905a93db6442819a40ba7c821ad2b51306d2a692ae0ad4a2ab32c0a2716afeeaa702fe3281e25681d26b73da4d4b47729d7ac9ba46c310a2ff39e9e2ae5b3aba9a1b019b67825792cb325922d69a9eca996294c237420bba19521862cac9dd126bc2ae6240d2a2ea70b2fbfa85630582a402d1a2b4fad21adf325682446290f280d9abeacc636142df52b133287a968b1af32a5ac4932cbb6c627912ed82e3732cbb133b05d295aad1a33ea296634a532abafbe34b727952e9e2c39b41a2ca0a578252cb520a54a2fa32faca8aaaf822dc4a452a87a2cef316db2c6922e31afb1c6ad803390b2392684333b30b32f74ac2fb0b9208da912b197adfcb279b57dad4fb7e2308124daadd6abd6a7872e6917c8289d23bca97b223425afaac5ab7dad4621ea209c2376ad31aa709ceeaa5097f1292caa592db41f661c0f2cf19e34a2b72c5230e52ed4ac19aaca2c7228fa178ea7562dfba9eaadeface2abbea2d19f882b9826ff2101b0d522f52aeeac92312e216daa55af51a32fa635a7f19bd12a9631beb735a1e5ac832e9d248029e52262254a2aa5b1a32dbf22cb2c5fac312f492c072a65a8302b69b2192a9babd92914b114b1c02dbe2480aa5e2faca9d418beb5f52dc2245e24172aef2d3b208421211cf0185b2e11acc62f8caeef28d59c4a2ca9a7eba164a960338da1bd24afa8a22e7c15f821c01e1a2791a5289da3248e253fb04329332f19a35d2d21b129264c2fe029b52f72ae78189b243c28739b46aa0c28952bf8ace1b26eb091acdf234aa8482670a0f8ab3b25272a0c31bc1fe3aa942af11f6b2125a82624442a5d2c50270f1dc1ae5ca7612a1ba458a0ad1f072e6d2699a0262b14ab7923e9ad46a2f7a3cc9f63297c2df82860a08ca80f26b8ad0db55f31612fce242d29fbac28b27a2374ad142d3cadf32ab6b10d9cc1ac71aa8620719c9d25342030270234cca3352f249e46aefdac4e2839ae3a2e592afeaeecb74034dea80b307d1fe2312cb29d2fb424bfb32dabaf323b342bb168a85330cbacaf2cff2fa42de9aaeb3285ac2a3048a1a6971234bf29d831b632973494acaa2e7528c5237c2b8f1b23ac679ab4a800291c9f1eab6cac60ac00aeebb06824bfa1b72b9e8fedae6fa9c1abe423c817d12d3a2f2baf05a660a95131d7246b227db4b5aab3a650b03530a12c932f76abc62ed3afc1a5b02099ae8facc0b1172f2f2e361718a629aefea1bdb126ae652ae7b04d2c58afe62cf1ab872ceaa1deb0733623265d2adfaf55294ab3c72da0a9acabce32da2db618deadb2b04a2db8aa25335fabff2f942c32a743344ea901b051a75bb450301da7d1a98aad782fbeac29a96820041b27b0d12e54272018052a4ca89a2b86ad9220bda345ac31a85ea93ca8409c121d142dd5a0b5ab8e90b92d9ea50429bc2b162b9d2f5b1c4f2cdc29d4b7e222dbaf953681ab4123af22fc319e285ca882271b2c4e27a21bdbaf84b00424fe2db328bea52b212c30a31fdd922bb193a509a8d0a430a257290da00d2203a30c27b8aa59317b1c9bb526b3c6abf21e9397cdae49a1492cd52d572438b20225b6a89fa428adeb282a34c725792d389d05ab2cb365a5ec1db92c5da7af2b92b940261baad22ed220b826d8aceaa7f92269aa6aa974242431a027bf29b3ae452e22a58aa5b3aef62a21aeef20b1272c228cac9f2ca3a57bad2b259629d92947b6559995248131912dab24deaee8b0b4284e304a2f56ad28b0c02c5829ecb0572ee39d4c2da12d8d2bf429b425b09e3732aab11732fb24eca7e5a8e72861b16e363e9a7daebdaf25344d31492da9324f9e2bb342a27c2d8f292cad19acdbb18c2b58b06e296935e3a83a38a4a19a31bab44bab5ba51896359d492b582297288fb10ba5cca83e30ac1db62edf2cdcab5e29582cc12896a493a4e92fe62ee31491a1602cb8ac633557282d347228222d042d26adf7ade523eeaae7a80e24f33470ba819877b2d8a9a89c7b175b275127172a5bb28c21bb28b7afb229ecadfd2714289d20bca90f24e1285d2d8bace12f76afc42e1dae562274ad86a1989fe3ad579e9d2522aefaa3422c8ab134b08fb174272daa53ad14a497ac97a6b0ab3c2dd127b528c1af4b34c32bda3123a62eacec32d1a21faa6fac49ad999e7998ed2ad7b47c26d5ad7fb01721daac82ac6e3079a8ebab9d213e29e41bd229241d5aa7152d09217228642a392c21a9aea654a015ac3ba8ad288da695a9461fc42105a3c9b718a0eaacef38df9f1531e82bd62c11b113ae682c2631b8ac88ac10b164af879b932951285632f43108b3e9a95d2f88b5f9b08babaa20bfb15d2defa06cae79b5aca564285fae90a5ba22832810b37321623236ad8aab55af5225d82998a702ab3f24eca9df300bb113b882274c2f70271b2c4db102a39dac81b33520e9a6872fc32757a96e295712142df3a6e02bb4ac22a97f28d32c4d2961a12f20cc24bfa861a46e284c2c9628e9b2cc2692282db4792c6620a29eb3299a9eb7a205aa63b374aae1ad7a307ca292b16f9f6aae01a7392d4ba3662e98b383b23c2ce0aec3324fac7e2b0babd5af0cb5f0286532e1b336a050b4e729ac2f7f244ea7e53096baba270c2d47b0ec3208ad5f222bb11fa1b832a3983d265b31c731de2c25ad0a30a69b52ae2caea43131b51a9f66ab53acfdb05e3535a444ab7dac0a1e37b244ad9aa02aac132cb69ca42c791a10ab31a76ea41a2acd291a2953a80d2c4cb280a95aa4042deb33a21e82b373a9eaa8cca7f12c6bac37201822482b8a28e52d02382fa281aec32cdd3217b09bb0dfb23caa9f33cba0faac5c9aa62b5429fc9b371e32ad3c2c4c20a6ad83a9c4a87f24fca7feb23432a5aa352b4dae3327dfaba3b8fb9a14aad2a4f72df42ad1ad00ab9ca46ba6e3a92532d93183af132d17a381a577b0a32c7a373e305cb34e28933064b5fd324e273ca05bac0e2caba6a5b11db5efa2261510316fa626aeccb19cb6a3285c302bb028a5feac2730a8a437ac232fa02659b0cf942ba693b8e6260821912c5bb1f6aa202a1eabb0ac142c14aee0a98524ecb094b3c4ad5728f91f3f308e2909afd8293aac0932a6a72b2959b169308aac6e33a0b8253087ae5228abb227b073aa722a2eae4231ae2ce3a93da81bb4a6ad51b011b43da49f317ba1c1b0e0b020b3c32e2caf4828b5a77caacdb4dfa192b3ba31ee321c34b7a885a750b24c2f032e973093acd02ef2b4692c77aaa434aba8982564306ead07ae57a717ace22553314128fda976a98e2cb7ada1ac4b0daba8a7ace02b6aa73a31eba61728c1291db0c0abc49d58249baceda8b131bb9630ad602d0aaf8da4fdaf9f259faa39ac3b9c8428bdab6333002bd8335ab3c72832ad0833c430f428d133542e4cb23931e9af56322bb1a52c52a0152d83a7b335c32e4a252032ca26de2baf2bcd31712eb230e2b20fae9ab3492da2b5b730ecacbb337db1f81d69a7c9aeee346b330baad832ccb4e33452b1b32ccc3686a188b24ea204ac1324c2a8142a88ab30ad77aabdad912e3ca4982c9727c62a9a22071b5d1b1ea2ddaf4b25f8ae2c2b6ea489addea6e52748167011601b1a270220b920f4989526aaa8c9a9d3191d27312cfa26a0aea8a95e21002f78a41e1aaa2c29acfd27b72a392ff31d4b2e969e20a2e52972a4c9a8d3a929262b2d6810f6aad5ae7922eaa8d22ec027132b62add6ac4ca9b391b22b9ca0032826297eac6323f124d11cdd981faf612921ace21cfe2bcba6af2b66ac7b2bf42081997d29c624c72d6222af1fd3a8e52645a6db2bd228e428202be7a46ba460a6ad1c2628cbaab425ee981122dba42fa11824fba3bba7481d85a5ea28fea5d1a267a99da63322


//!TEXTURE ArtCNN_C4F32_T4
//!SIZE 72 32
//!FORMAT rgba16hf
//!FILTER NEAREST
132cdd23e626b6330ea5cda390353c264ea760a82715eea48cac5f9bc39e1995aea4798f341e0424c0acdfac20211a1de22f09a8432c96a4ca28dd25b731a69f6aaa3b26aea874308b20cfa544b517ac64aa31aaae1fbaa575b0df2642a5b305f5a35aa5312be3212b2c3c1c882ab826992c4ba375223d2a00257da2d6ae5aa118956321862b1b2daea0da2473378eabeca2d1a82d9d9fa521acf1267aa0831aa0a4c5a5e3160529e5211b933b211ea9183246a3ed22da264f214625443361a59c2a032332abc6b2bd22951c5b22aca8f9a79928f5a08e283728812add17f417692469185320caa6942e1495c6ac75a7d63323acf2ae34a446a2d0a9cdae612cf9206f2988ad29295c1f99a4222e282ac924e8a445a11b25162713b2e31cd41d842465aad4a4d3ab7c2c91a8f9a80625b9b07db2f2a1732bf68deda8392abd21592a1a22edafeab2e920681d5eae15252ea882a89ea01428e72922a81520949a2927bbac16aa08a92d2871a8a7861226eda95dabefa291a812a619aa6c266a2c412dcd1d2baf442c28a0cd222832efad87b0bca6bc22a2a18ea7dbaa8322a01995a4632cc7a9172906adaea5c1b0e1216c341f9fa12bf726ffaa112719341626f0ad5a26ad2ab533e21b8f9e6eb323acebac41a4111c2ea572aefc29c91fdd9411a4582a71aee9a9b3acf4ad0baebe9a71b24da5a0227a28619e6b284db45f2a8e29dca245ac322e689f502407342ca2c92946aafa1dc8a52e2888ac1721982b54a2c72989ab8ea880a0bfaac3222ca5c92d6324581c6aa27922611d91348418842958a3f82853a6392a2a20413023282321949b371f6921762aada52b245d165d252a2184abab29d826b02699a26a9b2eadfd1eec22522bedaa2c284a2716213aaf719b0eb08236b8b2b1ad8d275babf0acc4240f0c2ca6ac2577289a23b723ff21201fad2d18aa1f2a5b2a04b3472fa73200acb0a63e2fabaa951fbfa7412641acaf2cfa3115b21f22292d2d3056290b2bb4245aace39e59a84bacf0286e296f2dccae8fa9a8ac7baec7a3192f02aa9aac4e2d95310728fe9f70286533f1208329e4a2282e04316fad13a591b14eb084aa6d9da3a2542aac2ca22617a80ba6919e422dbb2a63a992347722abab3ba8b83027a89d27c92ac4ac59a86db19228732fafae9b345b1d22a9a830e5231531ba312e2f8933e93205353f9fc72557aa77359c315f2ce92e633546b11e33a734fc2f8c302a304031ad306825a93410332a314b33e827732d0197d69dfb32aea4ef2916a1a0ab84a98928582d6fa959b32e9aeb296b2ff328b029f531f42eb7ae28a8631f469ad49cb695a322071008aeaf2cea1995b12233f01e8316b69819a27021d9295ba554218524442a7aa4269b62273a2884241e27f32db126032222ac812c592c27a8d8a3ab29852507a2d8215db0b8ac3e322833468902a2e3a8d6aa95223ca0d8a45d27722d8fa6eea87da9132d58acfea7d5a50eb67a2ef930d7ad6b2f1ba226aee1a8b0acfaa8e92a04b2aa2c072b08a8532fd29428244ea98b1d67a785a475186926efacb82725214bc04da04326cd296c2a0d35cca941afd02631a9dfa54faa3c255b27eb28e5a5b7a732254ea85fb264ab5b27f5acb82dd1aaf9a95b0aa5985ea12aad71a5269b54979b911e29f69faa2a492e48aa5cabd8ac1db5ad2cc5a8b3ad492a3424dc2c47a863aeaf2b8c2c7db1239a45aef0aed2af0c24f0a892244ba664aee8ae032677216da52eacdda146ad2fb259ac5fb003ae33acdda9402a57afc7280ba5b3a5ffa4acb1789ee9b0f1b8669cafa1f99c44a2c9adaaa45a22fea199aff822aca809a49ea589a958add1a0bfb146a83d9f95aae7b1d2a6e42445b05da4542a6a1a33ae56251c9d25b54ea7b828c11bbd189da9352318a02e11c9153e2549a6eca6220e6f26eda9802632ac02b0fe14ec260224d9b4d72b3a9789ac0d2bd3a831aabd9f232a42240bb71d2eb527c7a65a3456aa45b122aed0256e2e942d0aaa9cac529e442c0928edaf8eb0e4ba05ab80add3af8a2d16a92525b9ab7bada0a9782f3f2b01b578b079ad8eb8dc1e49aceab187a20aad04a8c9a81d294624bcb1962943a2039eafa6ddae3aae15302eb043b42bae0fa931ad4fad94af1e198eb10db6972a95ab39a84328d5af649c45a4fb1cd6ac8b1ceea5622110a49ba733a29594299090228624e5adf0a79cb03ba7b1a995aa0db1f8a3a724052ddaa59f1a372a602663b0d29d7cb1fe2b75991a15482bdf2133a89c2a41239619c9260aab1e2637a50ca45b2e262edfa901ae1e1a82b37baac12d8825b92309a67926012e1d2a64a5af29c4a858af0fb42d95a6260420239a3e26ef9c0b239423d2ad69a09895a2258da48c2a79a6b128bcacf4a089ae1e2df9af80255e2868a91797f115922d7028f42a691e382a4e2f65a12ca2503089298e2b7f22089dcc15ca9c8ba62f9fc5943f981aa749a524a275abd0a49229e4a3012bc3251fa6b9a457255b984e314b15ffaca9a53e27f2b66f9dd42e52b28e2293a481261d21179c55b0542dcba17a97279f2ea5992d172be3304c2a7f24f62377b45321cd27cc2fe8988d2be5aad2a40e2dd42184acb1319da154ace62f58a5d9266fa60818891bd4a19eab53204316f4948823359d85a8fe2075a12b1ec3294e2ca1a8462c1e26b215072b542f069b2d2c8223f19b25a6e10affa49daf78a489ad19a883a4f79d6d269122681ccb954b1b4d28212816286da048208aa5d0a30ea161a11ca8d096b528eda590a65cabc7af739ec52c7da3289e57aa3d31b0a7ef2eeaa84c17962a19318fae1b2a3f1f0e29ae20faa67aaee92e011ea1a9c6a48aad14aed6aa939cc8a488af9ead56ad3c238b26bcaea9ab5e9d3e223bb3042712ad4623a7a26724242b792ad81c6796659ec51ec4aacf28f8af61a66a27219bbca433278faa50233a16d2aaeba1c4a8559b571ce0ae3330449cfa9db8a44da4fc9e9424e29af497d8a8c425c715d814359409a6e1a4a829d82de491221f622533a8b51c781f11ab76a4cf1b14a2f0a4f62af527da93af30d99b7426a8a17b2408ab21a2b91ee19eeeaa292aaca8f09dcaa1d12487a00828f3a93caa1128062714251baba5280129d724362ad4ae1daeceacb90f492b78b007a0e518d12a6aa3c22cf4a72da0c91c5aacdea998a49b256da0f9a4b42c1cac4f2a23164324a2a81daac92687a141a18e9c6722bdaafdac732a33a122a76f34572a95a8b5b6a5ace71eaaa32a9b59a390aedb2519993e99d52255ac522c7c28862e62a544237229ba37dbae5e2a2c29de19b9a159af8ea6e7a80ba6c89bcfaee59106a9c8b6a6a6a6acffabc820669f1fb52bad61267f200c1b3ca5c8ae6fa4a12d6aa84ea4332871af21b141b1bda6c1a318ae0fa929b01e2e00a1b81d87390d23391c2cb351a809acad1128a4a81db3af0b1ea39e889ff998e5a72420fe1f22a9ed241527c7a21d2cd2a84cad3e2ecd9433aa2a2180ad2d25bf1ef91b23aa4428502846ad82add6aa4ba76d245e9ea2acf220f925e09d2725b8b0fcaaaba70e1a65a57c2bbe2a8e3286a418a54925041ded95f8b15f92ac2c41286330912d9a2562af7ab6061d9fb0beaf6e20f99cebb31eafc1ac77221e9817b27eb09bb17b302badf92a6818a22cc9b10fab87b095253fb0edb51bb21c2e742d9523fb332f99bf2299b2f0a648a5221967289e99822c4d256525782273a126a507a7b12913aa70a87f2bb9ab532273a82ca8222a971c0fae2ab040a9caa9e19d64a430b450229fa558ab74aa4d901c9e6c94222648a8e2aa929e7f145a1440b2052419af00acf924d02504a23db88aad33a52f25fb130ca53cb407a9893106a017ae7332431a4f2570a832a967aca3a8371eb51c31b34eac512aed1b172884b3adad0d2ce6b285a5852750a71c35f3b1b223c0a94d9f19b010b5a21c31aca0247b1fa4b66a1c93a43aa9fd266b2206ac2c9958a0b1a492a3b8a357b96a2393ad52b1eba3a1328fae87abe0a951b1fcadef2567a45c19eba74fb1442819aa5ca4e22e6eb15c2a929f3cb4bba8d22a8f24c61db324b4a15728e926bf9a1d2225206130729c1731602c8ea9982774a92aadcf0e732aeaa7e9a94fb5bd98e62eaf25ea2c49b5b1287c2c9cb1dd2da4aa1b2d6ca7952af72865a9b228d91ed126bb1b4da872b15aa9daa9bc2b54b09822e7ac79a6afa33025edae01b2d7225f2394a6bdb3edafc69b8aae27b237a6019e3dab1a24ac226a1946a641a1f3981ca14da496289726462fcda0a2a59d2c432a5ba93f2af11c5f2209adb5b015a8ea28f82158b2e1335eaba9aaf3b0d8b379afe49e78a1da1efea896abda277e9e30a49d90011dd12f80aff628811884aa6cad1c23c29968a5df27ec28c0a923ac64b4b7a8edae35a8f7a5fa1e42b03aa8bc222a2f4334df2332a89e232fac6da1f8a8d0ac1232d1ae892048345d29a92a94b46c315d283db0aea7d0263ab4eaa8f72df82264b549335d847e2300a3742127ad00a7bc24cd2b0d9f49224624b427dfa15f1ebeaa9e2ca2ae93a275ad1330d928d029c323cd2b162478298e2f242d6d30742002b557319d262a17f025bf2e37a9eda73625299dcc2688166524701d572501acff9c3dab6d2d73ae311f5320d9b46da8ca9a8d2cd82a17a507ae562217b003a893301bb9c8a2532176a458a1032da0a938acb925422aa6acb8a9421fa9a7b2a81baa8caf829e341b7921c4816d2ef52719aae5af9a25deac0bb25bac0027c8283da165b28b1d6e2401aadda3152262286293af26af2b2aa3e2a31cbe29140029b82e5d1968b44c23f1a389ab07a4c51d45ab7710651896a7c9b0a7ac9ca982a2caa72cb5582fd21ec229e0a91fa79ba584a43fa12421012868a12e92279fc0abdda9cd2406ac6da731ac60a205ad7f1ea523e2a966230320a19c0fa5b32d961de6ac0334f42a40ad60b42fac539b4aa97b2402280f2a96adea25651fa225bb2080a85d21feab6299a5a7fba273312eaf9620d9a808268aa4ebb00f246d20fe1e6bac7926a095d4a74ab9bd9cfdac8a25b7221a250925fa219b2382a1a32123ab1cad841cf9ac33a84ca4981df7aa02ae88a281a01f98e3a9c8b424a7beadf3a358ad8cacea2b3ca817ac8aaa1824b2a841221b2326a68eab8324fc177e22daa8c6a809a9872544a8acadd12725ad0daa9e110e2832261229672f1da66a2c7e26d4acc0b10f28269d98321fa838b161aafb2bba2dd9b01a2898a04a9e733076224eaff2ae1fb1e3acb09dbeab739b12a675281aa6b4a63429062da2ac32aaac282a287aaea39c68a82faad3a0a6a87bac3c20132b9aae9dace59cba10782400ad8a247ca6fe2e78a075ad9b24c1ab7725ca2477a5b41ac99efeab03adbaac21a8cea1e4b08a21452308a87fa8a4a91897fa21df9439a9652545a1c6a04a23b9a6ccaae8a5d7aed897d2a05fa8eeb48ca4289d3ead3ca3f22063a7df9a042d572633a57bad959c23a8132162ab871dc9a4d629b822dea712ac3aa14d1ee62163ac2ca410a276ad989bd2ab7ca9e126bbab0f2a92a10823789f15a9649ce8a9822529accbb30a12519d28aff49854a876a9d227fa27e22615a82820efb6d71fdaa444ae40a388ac86ae69a96ca337a565add12bc1a309215da7edb4832155acfc1cb2257a0d7a287427da2dd12e7f2f2424f0193d9e80a9b529db20861b8823272b8d2470abfbb2e3abc42cada274ab15231524a8ad032b34a85e2238182eaa58a707ab04b7962b632e79a1d621c3a3abaac01d12a940b06a1b829af7a0afaba9ac8f2de42b0b2f652847b177258cb4cb29f51dc2a7de93c127383084ab6ea412a8c6ac8db22e9f9cac24389c9ecb2c3f212b9c0481fdadc520fd237d1c92a37b2431a3751f02284fa1b7a8df2700adc290383009a6281cc62b94286a9d711cad2b132cd72a712b312c41b5bf30ada8bf28daa6c3a4a92582986d935c9b8daabba471b0742f48b7f92c9b34f8aa97add7255328b8b20cb0c32650b2132873b09aaa3aaf7bb0c48a8bac9eb7d9ad5d32f8b00fa115a414306aac07a80d23ea322e9c4124f61f1123d3b0e5b5cd9f10b468b3399ed822efab0ea700b2962dbb0a602aeaadfd30710a642628b403a620ac1e26b7a04e294030b82804291921b2a8722413b1b122b9b541ad85280630362fada69d95422850a0642ef9b0a3a9022e1e1d14a456a85f9f77a2d1ac4127652d9da5a519b30e52aa389d5a24819eea9d832fcc29eb2b9e248826caad9026c52e502358285f2c16a6ce249c21339ae32bcfac819d39b7c32048235623c82b86ad299e4423f9a6d6b0702d5e262ea4fba1112fb3a6621b9b3493afabb4ba2aefb3772bb62df42be428cb2d042c9230f6a0e22a892c3eb0369d2ea58e30f4a046256bab25a559a573183fac09988fb9c4a406a9f6ac5eac26b496265e2ce09c122d8a2a59262220dfa598a8d12c971e91ac461d0724892cc9aa572a12b9262da82509294ea0b89fb12af8a06e9b241cc6978aa4482fb5a77aa83d218e2b781c1332aea9f627c7ace8a3d6a867aa8a2a8c2f1909d4a973ab2f1dbbb00ab6efa83eb060998699d32324b2432870a94b0f47a741a87f1c5da937a4922562a55aafe520e52832ae3aa9012150209d1e1fae21241421e23250add620dd27a3b11e22bf2bb521c5276426cb2924280a230d9ae428252a29ac7d2af72c9d2165a3e2aeacacd51a96b45429c3140a248133c5a7a72a5120f82e0430a92038a97033acb8e31fb12a24263b22a4b16f252627c8a09925999096ae062d2ea5c52a27a7b9a7a031871c0b2b46298dac3d2a4dab25a83fb9421e14b56db1f81c4c2b31b13f2fb7b36cb403af68b17eb9dcb5572756a273b079a6e9b18ab19bafc4b4d7b5ada9bdb220b41a2eb8a6f42054b0e2b9f5b01030e6af5b215126b41860aa672cf79f43a78c2175295f2627a39e28f99d4e242628cca89032dba8cb29f330dea1a8911e268226f327692a902204b1dda773a92b309919a5a14f349d94e31e962cbc2d5022dd20fc9f1f96712db62a7625aa1d96a020af3d2eaa28e930f0a8be251b93fd301622d4a7942674251ba186aa0d2446b32e1d0d2f15b937203c2289a720a8dd24412a051c212573ad58a7e711bd1c0ba0e8b322b55dad62b0ce2c2a3096281eb3e02d3ea29122d0a6e9aaefb0d7ab9b240c24a0ad2938f90de4a41aa86d20e5a58427a99cf70b0ca5c9a70e9c02bcbb1bd929b52db1aac2a626282a2a61a40730f82bbca69e22da9a10a4bcb1c3266aad41a1ccae4bb499265a241d31662ce42bd32aac221c249aaf9d2210261c9838919320862140a07930482afaa62c2df528af292c261f2d89229617c52953a1d32def9c0ab4c92dcca752b004a9bfad79acc5ac1f2667a936b1c723a6a44f1ca4a56727c829ba2f2a9d6c2ab429322659ad1aa0b02d402fcc1e932d8e2f2ca988ac3c240a27212a1a21cca395217d28aca3d72de49b0a241dad54a61f2af11f432192261cae84aa08b076abd12a8ca91faae6a78f30d22811a0f927f8aa829ebbb0afa8fd2ed5b284293424912b58200d28a02c0c28e4a4052c3cad1723bf187029cdac6c2dc2b174280692b924b32927afb196ab25c229822f612433b094280e2ea99a4cb383b237a0d6ab01b4f0a38ba06e32ac2c8834bd2f27a365208c9fb01d1d1ceaa9aa15f72bb0300c2e272e7d32a4afe0ae99a40e29b9af442dfe2e24b16aabbf3057b3dc9cefa986ab14a2ff23a8ac282464a99729eaab42abb7a4f62234aef12a4eadd3ad0d27a62bb5b1c5ae3ba4baa50fa93a9ee1a3aaae89293ab0aca7c22d202f0b9c8f9b03aa75ad0ba3d5a71d98b420a21727ab1ca3c91c38977d21cfacce9575b0b72bc92d9fa8a9b09e9e5c992fa953a4df26b1afe3a7ab2fc425c0b5caae5b1ddc24cdaedaa585ac5d1e7b28b89c9eb0dd9cf6290d995e26522e692e572c53294ca51c12c32d8cab36a7df2c5e2c7a29502a132cdc2ba6aad92055af80b7b816481631afc21ef2a5bd2acf259f2715ac09aa449a2cb3792441a3e39eb3a41129ea286ea16d968da482a30d2be025e020ce2638ae769db82299a6e21669aef9b0a62bf8b74f2af98e86a96e20828cbea478a4f725fc8fc923f524e522e51d1027bb282babe12859b3dc25f326ca2a1caae4291eb00da5fb28a39a0aad322d69a48db4ebb371a7072c852b91a5e31c322e7593551e9d078ca19825699cddab24b02da274227fb366adde26eab100aa361c60aa49b2a928382774a35f2030a60a1f02ab34afcc95b4a957a81b1b42a1dc28d0aac8195017371e9b241eaa4cac2d2c61997d25e69f192b27150fb190a29e89ecab822ca12058ac5c24df0e6db19ba72e25b5a7bbb4322d6a29022290a6d1a8c926e19ef29b119695aeab2434ae172fba1e14a8f728c230aa9d862b3e2745ad5da92db546249db43d2896b58bb9b89846a59db0342551b409b528b35ab4e0b7ffb0f3b9a52284b4892744b14bb0f9b04ab222b259b024ad3db567abd0aa6c23e5b3d1b5222ae228ddb206ad03345415ae1df930a7103b29692b5e243c18ec2b5aa53ea9b69dc31aa7a1e6aa8f2dfea8022615240d2d9424122451a89921d599a6ae212ead2535a244a6c629f9ac491f229b5b93051f56a21d9c409c719dc82ad9a4bf943918f41eaf28d819092073ab0c264c27851c5bb4192874a51e1eba9ff7a431a632a3f8ac3c2922a6a728a88e3420322cd026f128a127b29dea248eadbba7a09e591fbea36da8d02ab71ff7b20e2958ad8ea77ca862282d1ba7284ca2d7249b2fe825bf2603aca42b16ad911a709c752a8698af2413a83da398a64e25122260a22cbc5f92bb244820f1a666af2719ae2570a55420cd2904a85aa84799c2a404252599c82560a426b20eb3f8aad410ccb250289dab362815a20626d3ac941df8a1279bac22d52464abe92b8f34e7a175ada991daaec72ba59b793189a11d253d32bfaa67a22b9c2432c4a803284ab023b6b99cde2cde9cae21061935af382a4e1f8f1e032743283f2ec3a793270222012d882a8bb2002ccfb032a9e622762d21acdcac9aa011a2f0af17a9c2a044918ab517a63ca0bc99241df99f61218f9d489bc39ef99e05991da763a9daaebda193960e23742cefaaf4a072ac9a1e602338b194ac9cb138abe9b107b1141e589d54b44db4e5af7ba8aca028a9b4afeba1b729841b09947faa762935b18131afafedb2edad2cb5a7b1ffac112d41ac0caa4fb789b0162c8529efb417b461211730b0adf2213ca780a895a9a9ac2bb424aff62f5e242bae132c70b3eaacaeb919a80723022f4432f1af32a819b08ca77caf23b4cab29bb026ad959f4bb3a6900c21922cad29c6ab49a59aa1de2617a55ca47e9873a098259dadae2a499a652c5698b0a504a43fac5e1569ad64ac271bada8c8afe9a7fdb265a05ca59cb69a0ce4a258ad61a8451edeac87a54a27ec9e2da709ab5e1be6a4aab54cb1b6adefaf731bd128faab81b304a9c41d30aeceaee7afddab3c2985b074ad0cada4aabd990e1fbbb2cda85727f79eb526e226052cd8ace1accf1b452c31b341afff21e8b278a017b0deaf202f9aacd0ad84af619c32ad79b6b0ab04aed614de211fb89b9a1b22fd2624a3752a3729e02456270d231019c52255bdbd230dab95260d297a3048a597ac919fbbb0dcadf69ec5a63aa277a82432a2a439273428902be83463a76d27ec309c9ca69f5698e0a2421ddc2b66232fa68c0d2da56e9faea3c926531c97a2312db8a8c43446298920eaaf58a5bc1c7aa96926ba1cddab0b26523539a9e425c0b5221f1224ac1ddf1e9721dc2e3ca40f293e1dfb26f524c7ae63a9782d5b25612cf02ced30eeae9da7ef96b3a5d7ac15b3782ec92ac12a4da81733988efaaa14b1e597ebac6aa90fa077185a2d03286ea4e09e471a0327d12857a1be2c132133a511a06124b12983a828280c1cc3ac722f212ddd2e3b27b9a6a52c9aa81ea4c5a477a75fa5791e84a541190d2c2f1f07a8778fd1a4782e391c042c8729db2912a85ea9a32c2a2609a428aa64a0f928f02f7fa74fa5b3a9cd318fb0fda54da71daa5baa03ad622b0215baae66b279a4e02d1124b4a2322cb32e44acf72e5badfa23492eaf25ab31262aca98ad2630257b9b4dac409b70302a2e29b3b8186f2382302a0cc6243729eea719a3bf2157a726a97ca61aaae125b3a6c61e4b2ed228532003a7a5a4e92df1a68301259c652f023340add02b9e2aafaa1e3637910822bbad4e266f28f81f28a3050e4b29d2264ba5689838a2a1a3df2545a2112c6d262b251627ea34f51a13a55b277fa15ea6f5a899a5502c37ac85ab1134c720660fa8ae6324cda307a954a545a7a224d5a6cb1c0526e1a0e7ad46add19f5024bf9ecda40029c63165ab979d409eb91e4998b6b2a4ac4e99cc283da2a434a211fe1f5b2c1f1ffa2531a22da32118662a209dd9a3f3b246a0a2a11aa4a91ab82faaa69c1c0d9aad2689a6929c102ba2a0f622d3aaaface1a28411d4af87ae062f6facfcba0aabcaae97acd321b7a7009f66289f992c21c722ad264d2656a209b4aea567afd2a754aae9af5426c4aa23a8542857b141ab4e2ab9a7edac2db14da87304d3b883a5b6201729e1a7ed26ce285eaf672ae7a4279d53aa872d15285b30c0a855a7242e08a3bb29c7a337248d9f31af40abe522e69f0029972c6d2e1b1faa28cc34a4231a27e19cfc156ca53cabdd1e3ca8191a4b245c9d919793a5d224cd22a82611ac52a46c2c0529891b7da0632b85322327fdb089a823b1bb2d059d03216bac4b296ea833a66a234bac80b35fadce2567204225fca848b1baab89b214ab76a6b3a572af6f2c7ea361ac321adaac512de221712e5baebc2537b1e4a5ac1f1f2c5e2cf32c10a91e9cd42fedaa112f83a62da1ada691a51122a016be27762d3a9b582e80ab7614c2a5f12c8a275727ac21a3ac752c822d6ca39d25f504d31a142e609cfb9bdaa5c02685a6cc28bc241d21bfa026158fa373a87b2085b0c51a502a291c4ca8faaec22449237c2312ac172057a812ad67a63da187b5471e199d493045ade029cc1f3d9ac123cf2b7421b51c9920642271114427ca25d02c67a347ac4929842fc8187920372624a5041dbe32e52d962f50183c31e4379c99059a931901a312a784a629a3a721f52772ad0ea4d1a333106125d0263ca8d390311c2d2f981fc62d0ea6d5a6602634a1189abe303d24e225a7254ca28a9d4b17289eec2f491b4618902546a4c8a2c1a06c191ca7f6302da23ba1c6273824592dbe97a5a99cad18a7efa04aa53221d29c5f281a337727e62850218b2bc0b29bae3220f7a6c49e59a05f262c1e6419082e222617259a13cf893f2d4fad9c14ecaefa9429a677a977ab28aced24ba1a541974a917ac1c24612dff9b23b026aecb9c209ec92ac69918aa8a2d7b1c0a9c0d2d73298426e21fa79d8d263c1c3ea52cae1ba8022efea8d4ae2cac7daa40b1102418aa17a9e0a0c6a85ea908af6e2c24a52ba086b000242fa973a8fd9f7320a0aa189aa393fe9d7a9e6f266da548182f2d55a0bfa4fa2ca3281c2b5fa95227a29b4512dead62a5a3aa3ba2d92cdd2f8d9dfa1da6b319b0c11a46a9d29f7d2ad2ae83a95928e29ceca4a327b7a76ba19928aa2448a118a966a466a842a952a20c2a9928c9a9f9a700b645a7829c3fa46b2a5faa66b110a3242e7db36b9e1bab2bb41ab10aae162057a036b1da2828b489b4382731b577b1f5ada994e829caa13719a5aa98b0e8acda2a662e1fab1c32b61a5c2513b4ada79bacc12a0c9d9f2606ab4c2c1027b89c6f9dfa9b3eaf7b2e0ca3c2a97bacc02ea827bcaf08aa0b2a822052a8f0b29aac532e5aa24baee9aed1109ba28c2b412d2da6222034a38b9da0ad0c21bd258694601fb8ac9f2de628432e70a601ab09a70ab0512827282a0548a26923592d0e26c9b41528c7276fb76c1cd324d12c202b49add72dc71d5e1b9f2baa2c2f245ca81c22e8a74cb1862ca7ace6a6cfaedf1e35b1e8afca24b3aeaf14dca7ff27b8a2c4164e2c38239fab179d4da466a8c499802727ac9e16172097a8bda45e27f4b8fe2138a96716b8a30ab4a4947e264d2b6f2de9a69e2460abdfa008ab9db3212ad828a2227926622b39246027223371af64a32aa9a71a50a1c42258140b1cdd9c51251c22342d8a20e9b2572336a819a87b2722ac69284faa8aa712a8abae57249f1e279fa3a1712df2a4102cdd34d42d9322521dd9a5c1269a2f1dadb72bc91a812198a083af03a1bcae5fa9b329d21f0a31b5a66a2e69a9921cb5ae4aa0422e49a5d420b524f9aa2a21dc236b34c622f3a40724f69c21268024e0248222fb99e39ed7a3531d83271d31de2434a306a39eac62a710296da41ea092af58a31c2be42f022646ae8537f32659299d344534a5288830779e31a73b2b0aa29217289cf9a9b9a9cab2a99c0eb6ac25a734deac022bb124472602af542d111fe5350f2ddb2932ae442897b426205f2be5b02aa6aeab9cb1e2284bacf229ec30d5ae651ee7acb9ae9231673329358330a5b0cd2c3c28ea321e29cf2dc82528309e34543119ad682f1d34c933059c541cb53649a98b2e7e29279fd2a7792b75a98ba873a647a66b2856a83fafe42e58abd9ab7bac41a2a02a442434294f9d8030e135db2c022b869caaaa2b30b521382274a00830b82e451be21836a3ef2e23ab6988f403411ed232e52f089cc6ae4e987faf56199daa522dc6abd32e3d2ce52c5b35c8a8ad2df9ac25a90cb4ea21baa7df2c430d2dad9a1c61a5732e5b30cd2d752e679b043066305c1fb82de92add2a90ac7e1a8bae9d3064a5591e6b259d3054b1b0a94e27e32ceeafd5b1311a61a524ab5725baacee2bde1ead29242f1f287791b0bce518972e28aebca8ecaadb25c428eb29d72c322e659a9b24b71aa030dd324aa81a216ea339275cb104aa2f9e50b8df2ba72c07a0d1185c92291c64a326968b8f7f9e929ed72d301d063174a0f71db82437b5b723450e80a0a022fb1f6db2512429270427db302fb1cf20992e1db9162d722c0c2a60228aa0eaab5725ca192b8c2d1de82458ab7023deaa5027d82856a73baf019adb9c4da9d899af2a71ab239ae9a870246ead7bb60518a19c3eb6341e90a6aa23c6a29b16d4209a28c99ece9b341e49a63c2c1c2904b003a19624ada007a8879637a88ea9c79864abdfb317a82d30841a3cb1e53102258a1bc2b80e2186ab75a8e5a0209ea4a8f92c7e9ff020d2242f2ac8ac6b2207afe227162562abd8b122ae6328352e95a5fea31ab752ac55b4f2202db4c7ad349d7eac1db8a81f38b07baec5ade7a997b4cea17821011c0daa27adcfb247a8beb5edae3bb1b9b16b2a80b1d6b028b086a54eb15fb930b16eaed1a8462bc1b0721b4b2ac825e221f22ec49d62235ea15faef929339340924c2441a5c228611af1accf24bcad27a30729bb2a382a89aaef9c471cf7b1e9a926a8e31d7bb16ea59da136a18b2da8273d1fef236325f1a7e0b0b6aa4d153311a01ffca9fa23aca99aaf01aa15a9a6a833b817a3af29092c7523722c0eb4142de4ada7185db407b9149a9b27ac25ea21f52d62ac27a5b0a7772e12a2ce22a0a56ba521a728298c2ce1b47a2a892017209d26c1acb52679a6ae2212ad5ab65f2e31a801b016a587b4f319a8a00121441f70a3602727230c104b2dfc2c81a257bb87260128712b6a28a032f029659c26a2e7ad852574a331a34721522bb38a6da1ca24e3a85caf39310fb4d9a34d33732854ab501ccca0e7a33e2cae24d427b1181624fc268023882c6b33a224e621f32b24b4922e25242c30f1a6ff23c0310928de278729c92f22b7321e6ca792b4b92086303c2bada27c1c0b2d37a8a229a09580282029e7a43030613088a6202ee7a864b0b625af2b29a9a6a422aa41af9424332a9dacbfa71033cc9d82a693b561a961aa6dabbc2339a1b52ca39ec71fd89c06a15596062c0ea80531702967a45a30aa32b82cacab0624051c442820aee6a017a44ea9f2ad9cb5872422ac20a136b79c2ce0a9611ffea771316b24962afe1b432a1c988aaad52c0631c91ac425182c99b31e2c36ad6e288aa9db2b8aa8afa218b1c92b4fb090b53d274b1cef2846ad271a233048b13fb1efb30b31ce211f0f1eb0e6acfeaff0b210b162b84db0a0a7fe2c7eb447ad15af50aa9da90db5abaf732c75ac89aa35316599e5289baf2120b2a9692b7fa8f5263018c7a4aa264325e5a33e21eda65f23fda049aeb1acda31f2a561ab7fa7f62c13986ba981b432ad61262ca516a04faa059f211fd62e7e2305accca6af9be821852a90a69125989cd297dbaa719d91a1d8b0962c773131a71eb10aa94aa1b6a9e4a7d79f9f2144a92c224117da2ceeaf531824246e2ce02dd222532a5028caa48aad032d2f2787a465a26aa669205d2835afff1fb0adfca7a130a4a8b82805a9b2277a282231902fd92a242daa2f242c3b9aff9d622a939e862850a208230a22a98ceda6ed2477bd5f0e46ac32ac2ca1be2a501a7c290a281d2f1fa7182c5722cf182f978b2a462b6e97d41cdbabd5b05e320ea5122cbfac7eaad0abd70bbb986f141f190a24261ab926d2272cafc7a49b3202a1bab1282dcab002aa4f2526346fa86221922e9395b82fd5209c22de349d28c8adf0a74ea2b29c1b2147a5f724c7a4deaefd24ed163113969f672852a84da89caa26157ea454b5a92ce22e5fae311ebca8a1ae6227099e04a9c8294e33ad1c6f2ed12d3b05b228d4a5da9df11a35abd1a90d18cd9b1a269aa767a72420d3a496a5982be624e72bada0862f222c661ae4ab9dae7c273cade9a9b32ba8b0b3a31f9c18aec230652de7a5e229eea994aa19acf12a9b97ba280caef6263dae88204bae692fea2a7fb7e12ae91cd42eeda46ca550a43629cd31df248fb3c2309da7342c79b095acdf293d288b23ba2ce02acf314baf271ad5281da3a0aff32f9ab1be308f3427ad3fb3382ea12008af3024fc3128a9dfa6072aada21ab29d30f69f01a9f0b1baa42badf0aec5266a25b9327b161b25019f122b0dacaaaea3259fad93a9f71d46a644abc6acb3adee2a17a5482f9531b027eba91aa8252ae5ade097089ca4a8b6ab21ab1ba55f1e659fd52cc2276ea5ab9f9b9a8b2a13a96ca4e2aaf628542da0a55524c9ab83a42c20dd28479db9ab7aa80924852521a87b30b993d6a421ad3226772c23ab7fa72ea1522d36aab99f06a92618ea2a112e94a57730d6ae2aacbba7862132a862a1281299a5649c1c30f8a9c92a0526ca2a2b32bd97eb23ce306e919926812af3081ea372224c29c8a8e4b83ba182264d25932b1331c99820a8a0ad48a98b2c061255a4561cd4205c315324b4209e2636af7a358bac08aa463270ae73ace026d69f09a1a6af89279a9ffa9cfda4fbabb6299c2997a23aa1a42c33ad19a50e296fa6dab215229b2f9a3310263eb1fdae7b3250b7ae1e4e30aa2d4621581ca7a83627d7a49727d1a96caa901b959d1ea14eac8aabab2ff422c72cf1224cb15ba276b027aea69ff82c0828bfa53e1f5c16dfb34aab621ce1aa5337eb26752c661c2b042c9501a03b234014b88acb0d359a822a26a5a0280a9ef123c0a53f28391c18a193a9899eef25e3298ca3eaa6c2a95eb2d4b3399b8b1c5dad05ad732a72a4bda5159c6331cf2672ad2d9b60a19b2ac32fa0a5ba30561affad1e172db13f2dabb032ac321526a96db6829515b373a5eead492bf627f6aad035651cbd30a5240821e822b62e3bae24a9511a3f93e030faa851af6da892a4a4aa7329492a8f282db000a829a70db1e435432581a44e31a0b513b0851c6ea714bab8aa9cae5e9c82a8731e012af71eea0a0f209910b324cb269e2c102d2aa8b1ab452f38ac162912b2ef2d811d4aaf3ab4d72908ae89206dad4aa5801bda24812468b1ea271221e81ad49c2d2c1eaa3d9e02831219d22b6fa66e1b1f2c17105a25d224b52d832996a7ad28f898d61a202f719289b3b5a73f33bab6f4149fa54bad1cac81b1bb243414aba47aab5f2c3506021996a36a2e9520ed2bed30daa7ba0cf228b5ba2fa720a5cbacca9a5c266aae322bd229cb2795b52336dfa4d921d435862ae22b9d23661e32a0f1a7c323e0a4c0b6189ff6244ca17624e0b10127cc2cba2e2132cc2c222d00239d243b294d36a72eeb2fbb1de7266736c12196a4afa9f62b9517571a3223669fcf29daa80815fe1e9ca1e81f5ca747272eb652a8713287ad28b76c261a9fcead0ea460a9a121852401b487a320b4d8bce7287cad25acffad8c295521aea1c9a5cf23232ca12009206c1dca258faaf6a45d299b259cb1c4ad34acfe215dae18b092a7e52956aa6ca9a9aa6f267c2dabb5259d811a98b4f820eaad9926cda2751a4c2acc10e620be9eca9d782c89a65ba56dac442517a7c59573a8fa2a25ab65ad35a07024cb2d70a13faac1135d2b76b02a2c8520c23398ac062a7fa620277428472e8126f2270b1fe125e92694a37ca4bd24362ac6ad2a2df92685ade4a42e2e7bae96a49725d821b2ad072a3fb46aaad41fc1abe3ae1e1a9ab16f21b5295ead25b169add5215620c9a06ba941aacea93b2d59b099b4fa250b2895aba2aa302f9aa20625bea4e6aeada83eac883107ae559428add1b383a4372a7e20c825b726012a7bb0cd24c12141a0f8245c2cfeaca72d3ca529ac3da8a22c6fa1a5af9027a39324a6dab458acd0b01ca832367eb4cba29ca2482db79025a7a52c2d29dda9091652a8fd2552a16d9ecb22c9255ba27c26aea970ad9b2cd3341c23282be5239bab7d208928e6204d330f2b2bac6338009d61a78a2540a9b9a6fa9ffc2f612935b2a328cf2d49ac95272fa834acb529b9331a25ad30a82d29ae722dec2e3d30a8a4102ecc2e44303ba01926bdacbc34aca1431f122ecd1969ace48b5624802115afbf24582955b32da82d2980916c9a80af5f25ff327530a828fca5062e552bd32061a4a62c132d7195b3241b2807a99aa6922827b9a4a447a63cb0af21799efbaa422373987d178c9c6e2535a4539f6aafb6a23024a0291628c222512a77af8eb1cb1849b16a20df9fc91ee22de4b8d1261eab6c36972436a7202de0a3e31c7f30912cf4191e9a711b76a6c0ae37278a2b5ea929b41f28e2b816b015a2f92defa50fabd2227b2c822c88a4ffaf3e343513d5a40eb8b1a526a94c2d6ea342206f2f349f5da5031c5a22f9abf3abd42215b385af0d28e430a33404ad29a1872422206fad42b8dea613280fa19e3162abc3a2c3931a389c26f92d1e3032a539204ba921af40ae7a9dca9f02a8b0b417aa66b523ae5da2d8b07db4172c91295cac12affc2d4b3559a8e0b1afab42aee6302613161bf32dcb9d0ca522b62a2812ac81b511a450a5581c161f982db7b131a75cb10eae59b168ab76302c31b32c20ad539b7c31ebb2ad12cda41e2aae2e56ae4f8a47278c22ea240c2d1aa8dfa38b240ba8f0a62b1f679e9ea6372c64b5e9a865b418afc5a8392e3ea6192cd8274ca46ba041246136912e2a313c2c14a15e34a91cce26c8b7362482248f2c02a8b1986d32c72cd3221d1be5a5ce2802b13628b1b6f1a7cda1352a38335aae3bae38abb1a4e3aa2eb71ba367a34bb0b72514b66d9ceba6102b8818fbad842df6a5dc97b42a6a2838add61c6924a6b033ace6271130a1a864b0b1a5e5af5dab3ead3924219f44ac352c21b04521962ea12d0caa8b0dcf1f34a96d1261a0e3a5b51c3f9e38acbda590a11fbb090dda29b69ca09ddeb37f2882a1f6a80cae3c2c1e29eca4d51749a43cb0cba40aacf41e4ea889a07a2c15a39835b22ceb28bd22cf98aaa629ae491faaa72c1d45a3a4ad6c247ea859b03ca7a3277e2bf12c2b2ac32434a2f32b38a8a32970286b2fe92a012e05afb8292e1e15357ea8472cd5ae832885a9a2b0e7ad8e25fe9c98ae3ead74a92c32372f562a2527df2a731a072e282e392ccf2d1e2d9432af28b8adeb09ac33db339f214f2e323832a5ac1bd028bf293aadcba8692dfbacc2a6949e3019e62cbf16abb0ada49630a0ae70992f1ee52a72aa1da6372da0342c29baaaa616052777b00ea85798272a2c2caca218a46724bbad8a2a10acf120a8241d22892a9c253f9814adc6a7faa8c82c76af1d287422f89eb19f892cdd34a922c832ad2bc0b3c02f5027ec260728152ebcac30316ead54a164340c33ce25b02ed3ae99328f3061ab8e2c27ad2e2867a4faa20522e8adddac5e33312b64acb59e362b7fa0182d47b39524639ca2b2a4202b2f38b2e4349ead692faaa249b087334e316aaad7adfa28eb2b2928269cbdb1f72b2f2c67aedcac3d2093aa3ca8552989acbd9f05a8c527ab9caf2293abe493c82267a04026d824b82be225751060a5dd18b21ff5abad8cd6a3fa259929549ff02959a86aa61fa106aa87a83bac97aa3b23699c40240221e91ad114e8b0d3aead2966aa09ad4daa9db0dea931a70ea85ba7caa7ba048e210b2f292dd82c2ea46620282ced1c652430a4111d0eaebd2938ad08aef0afb333a399f11a01b123283da6382c012d86ab8a9eaca5f2a6ca31c82cea29a4231e2a8aaff1a908acd6ac382473ada6a6f720c0a05ea6c62d27aacc31232e8cb0502b04a9751fe8b54caeb6b0b228479edca08bb4e7a724a60d9859abf8a4c3aaab303eb80da83b2db3b321b5b42ea0a8b4ae3828882d6433bda5d6b45caf70ab2db78b2212238bbc4b24f32cf2a0342126256129f2298f236e138c29ba250b2cdaadc02f6f2b8badf022b8261bac0eb2f2ad46a7172d82a45eac5129d82c95aa1cb2eb87b6ae80b90125c4acf3a1829b0594d52ce7147ca57f937b9e151d2824db29cc2a29954e23332b7724009cf90acc2cc02143aa30230a209531d7a370acb6a5fe9e862008b404b8c92983a8562098286932162d03256e186d2834203b282baf5caa6a2a3cad74a814b9d6ad95acb731c6a9a6af15b87ca828b07da96eb417b97eab80acc82d21addeb47898d9a410acbaae61b244a3c41b4fab1bac46928cb51db3d7a9bcb216a98daba2ad0ca9dd287f2c82b2fdb8b0266d2f16a586a0d1ac8a1c532ed12a6a8d2c2a552032202911a7b0a92f0020899d4da3471d71aaa0ad25ad77278b2cbca1ee271f31892a6db0129e68ac9bae2c2962ae03a9832e5eb40fa403a76fa80315ae0ee7275a24f69f27a856ab8ea1c8170a095b2cb8204d28f6a74a984d26619fd0b8932a0317e79c1229c827262e1c2961b5e62da5b443b6ee22ce2b752cbb803f194525f79ecd28ddaf6e3148a4ec1916a673b000ad05af27b5092c5f2da9a9292bc32c972ce2a99ea593a9a0b073278eb4feb02b3178b86723a1aaf9abc3234d283ea0609bb49bed30f0ae33a438bc4c26992ae42c49ac392f3eac8fb266939f9bf8b170adfe94dca287b0b0b76daa53a438a4161c67addd334d1ca08ccdae27ac33a81d220b1ddba15397189c3e9a8d246aa34f28402e5d2eba299db056251f2d33ad9a29f69b80a9eb1f3e2108a1732c8429792f8e35809d00a48b2db82a752e332a629e072a299f34a90e251d22f229649e50adcea865b138a2ab2d3030af2c8cb0ab31a82e3ca50a24b3a8162774247528c0298bb1491fec2b2fb4d9a0421e36a4f21e25a15c2a1628aa228e9d842626aa68a80e2b51ac35a973214da97fac85ad02289f26121f75ab18ad5023e7a81eaa7e201db1479e1f240727aa34d32e4d96b12995a3002a37aaad2850201d2aeea0e32957ac15369fac2eb4f92fb531b8291b28482c9c27599c5534412f62a8d4215c2c8baf28a7fc2c51af682bacae56abda26e228ebae453213a87faaca2d84284eae9f2de8b3e2af8e2fc926079d8d30ba257c2f2b29d12d52af8a2abba1eb2acbb074b0001b90a83db139a42421acabbd28249adda4d99fe2a2a6274e297e24f32b909414300f2d66adcaad402aff2b7a2927243d98852d7e2978a77fa80ea2892f0fa8691c8718b9ab63a007a136a04321ec9c5b263d2aaaa0a2a11424522c6fae12290b9798a44badc92106b2aaa6cfa353a71d238626bbb09faaab2c5e2772a7662fb59e43a45eaf6fae0229e9a05fa50e27992e0fa88ea871229b256eb0cfafa424bdb3ee2ce6278bab3c30b8a958aaac2733aaa9aa99b00fb01920cea570ac67ad941189248daa0a2036a8811a5b1735a52028252816a23ab224a22f29dc9a472cc030f4a8fead459f06ac72a9f8aa45208e233a8e76addbaadda95c280f2a9c370a2195a92d9a31b0baa3fb23ad9dcc1986a49ca7299bc69214a5d9ab3aa0f1a0bab037a8e5323eac6633ea2a3f1d7ab4719c3f9fc02b352031ac49a7fbac54b422a27f22d92ff1a5f9a8082291236d29d01e65adf498781ab889d3a9feb05fad54a654a8cb28b6a277b3a7a014a49a2fcd9f53a978aa380dbc27d59219b23330cfa137aeabb4f7a017b095aaeb98751c722404acdfa217a076a5f91c31a985a23fa91aa716ac1e00e52d66ad3aab3b12972593aad72efdaa1631b22abaae569b7027f2a446351ba328a4bba541a5e22a2fa5b7116da4e79913a859a797a64330b32d792cb7ab70a5b4aec62416ac70b22124ea2b4f320fa0f31fbba4512f1f2c091eca20d72edab0522d102cc52b9e1972b195b0aa27131853296ab01f311ea277aaae2d0aad8429a522f5a48e2ea032e6abe22d1fa6932c8e27352fa127fbae5e9df99f65b338a592afe726d9a8731c88a8e1abf525801e2eaa61aa84aaa6a4de9c77ac4ab0f3a978a467b1b99f7f259b1c8a97b8b37918992de52872aa4528ca22e59f73ade71a6b151c9dfca0f8a18b298a292c9ff79e8aa5c1ac1e2984a0502bedabf4adac120f31c8a9ada48eaff7a6f3a1ceae72a8c1acf30b12ac44289321bd1a6eb00f2419ac40aaf11f312511309f2e45a58d22aa275d9c38af70186130a5a2d92c962a0aa850adc2aaba25cda8c29ec3241eb0b7239b2c6aa0f62899174fa149b1d21efa9fbe9c5aa401a5fb1f89a6ed2487b698a636a83d2c15a5bbaeb4285ba666a4a29a0eadc6a66724779ae8172fb20b1909acbe9b4322f2a671ab4423ed317b2b381d87289095659f75a9e11d6ba9399ae697e0a312315fa75b30402b2925492d9b30b0249625baadcc9e5226102d0e205f2c5d200e2b913424a501269b2f482ea22ce11e671cec9e122af881b3a47e8c1ba233a6d42b722895357c2c362af22d3c286da78728fb2f4e9c9520fa2abc23a325962520257a30749c11989b344192512ae5248098359e68a15529a2a4c21903a4e1a41c18112592ae8a9d8b1377ab0e1f81a8002de22c83964d2b522d2027d9a96e1fe52e78b41f14d928b933ee308729ec2a739ca19b542b9ea05fa96c944d20f225542ccaaae033c6285aac3a2e65b2ed2dcc25f3aae99f4f276833fc296d2d41253b2e8a2e33a16525cd273c2eae303c2f31a96ba65631882c16b25d9479a87c2b8b318a24732d06298c2def2f19ac9822f6a8c32f6ea1f3a9962f232ca22ec42892aa0830ca0ce4a5ad2a02a05d287a2471a06f1acf291c2f95a605857b9f2327b0293b29e123b528022a5da92127a12c86a9282c5722e7a8471a192a7ea6309d472d77a75a9bc3249da1479d1b2ced223122839d8e2919173da8c89dbd941f3093a7d427be2cd7a3f1a7592bb52b5b22e2a4e0aa2721809f092f57a51c2bf0a004326524f89e9ba3541de8a5ec2430217b250e1681a43e2a42a6f99966a0ad2f812d419e8a2016900c2d9a21d8a4702f3024db26ff20292dbc2ea724d41e2329e3a7b02f4e94b0221b26509f8625fb2b5391811653a9cba4f79bdaa9e2a4c62ccf2cd3a474abd32a2d2b4ba2cfa68d2481276f2540a0ac28783110a4c2acd923702d8db0eeb5d8a238b0beac53a427a0fa241b2810a839250920539807a449a982a7a1ad58ae6916ce9bfca918ababb173abc8adce28789f13af42ac13a9ca1d71b0cdaf72a994ad7bb4c02c49aed0ab812b08a9c7af5c261aac05a0f4a65ea935a5b8aa1a28a82a50acc029afa9dcaefaafdd9deea5c12fca2f0eaf522e3f2a78aec1309321f02ab7ac3824d02b53299fa4d41f4ba8e526372a5b24f11fa8a214ae2b9b73b58fab59a205ac16a9caae552f8e2789a03d230eb487929821772bb029bcb001a67223d5b4b12e3ca9b9ac13ac842e2cb02daea5acfda05dafdeacf92599240ea661a00db034ae05b469afb2a1c4af88a8b2a8dab2db25e4b082ab502ce5b598a6702c24aea5246e2c63a997b11ab523b416b0b8ade628f3b217af5caa0d3002b532a8fcab8e2d143175b244288d24c29454b26fb69b9a4fa3bbaad727c7b27a1fa1a891a929a2c2a6faa8ed2579ac12ab451c3ea85e9ff02af7a31530cf14f81f172d102e8bb245ad58a93630d2ab4e24692e8b32d4a40eac50213c29bcb4f9252692ec21910075a5a01da19c40a127ae3229a9232e1ced1ab8aff7ac6324142dd3ac90b03f2eb3b0aca4b424352639274a2814aed32adb31fb2c0e255299e79ce7a49eae71a888a840aeb3a7551ce325aa1c0ea92929bc29acb1f42fcfa991b0752595312a25b33036ac2dac13a065a203aedfb331b0c8a2a5a30fac81b17e9c9725b327ba992cab8527f72398215d20de26881c55bdf81864ae78a979298f33d09e58a532aac9af8499c6ac9aa5e721179554a9c5a9daaa872694a4e0b6f1a781165f3629ab5d220aa056a0e91eb1aade1ccd1d029a531ec8a7a1afec1474b37ca813aca9af13b2669ca52a46295920ae9c6032579eb8ab62a781aca9b431288dac1c358ead90ab75acee240999d2a99e282d9e9997351986a9392c649614b309a686a858b1d2b3fb27a72973b201249d28cf2e2fa603afc1a592b371b73a9c74b32333e2a063ab5e25a61d5a24d7a699aee021aa9b4798af908a2731ad4624b3a66caf5229569cf6a4692731b415141311e626bb9b36b4e7a5b8b040b32820dba6dc2625b227ae769e932245a87aa804ac3029431b472404a6f427a2acc2b58827f9b0a2ae16b5f7ac9ba541ad13ab3e9daa18762861b422acb0b367b8fd226c2ae51a609e98b431ac2dace6ac4c2bf7b005aa9924cda86127fbb2f2b01dbae6b1ffb416b2b4b50cb006a674b0c0a689ab5033f8244aa80eb01ab489b7fa1f2328f7afd7226ca7bcae70a16e9f9fae94ab552634274b9ebea96db3fc28cbb9822477b14a2c0d987ea4ca26cdac64a0cb2520b05b20b721771ff8aea7b1661c681f98a5ab2a38a66ea16b916694db2b08a446a0c104cba0b9a1d3ad7f284cb207260f8d18aa2eb22926fea77ea175142d9d8526339496ad4da8d2b1b8b7ec10631f992776247f256d1de027a72112a8cc234c24cca4742464ab13abc31189aaa89fccae6e9a33b1b31ce822312166227c2c022f71aadaa87dab632fbeb1778d84a40faacba062a6f3a3021ad09697291aacc31e34bf361f029d4e2405ada3b348a77eaf80ac802c3da975a1e824649e6b9bf4a895a8432c45299b3101ab0eacab28afbb922f6c2a0aa04e9754a0f68d6e1d53a7648d599c362d8ea11aa6ffad339fd62c60b087b99f259d27c8ab9525c5256aa15b9f89ab58a71fb3baba139db9b25ab5f8ab1523172ab920a3a5d12c162ebd9f221ca8a0e1a26c2bd72989adb52855b30dac1733f32823b87fb0fea063a58db161acd7aa5c2a242d36ad779b78274aba1a8b0e29b3a12815121812a774a28290069aae1d822143a11e9d6e2be3980b982f27c1ad4b2ccab148aa978b2129be2bada5bd2c8a1807af26b55aa8b19d4231efb1c3b4429e56a571a43fa9c9a4aaac289d08a96a2543b34b2be9b909b0222edbb73ab08f25c3a49aa23db0022b68b821ac0bb845af4bb8eeb94e1c85add3b84a2bfbb3f5b25bac31ac12b7adb25fb10b1e64abe92961b51faf5bb993b65cb600b027b1e4b55aaaceb2c327c6b5edb5eab02a92e7aa71a554a63919c02b13b6a227a72cfe2bf62499a429abc2248a9cfe1fcea4cf25852f6ca00a2f862ddd2b042e2321cd2dcc2ca7acd417cdb269b919ad24301329e6b6a6284e16d120bd2529adad2bd5a549a61b27f3307d2c6ba3ab1f1d26dcb444a5f9207db0b720272d34ac53b79faa6ea529ac46b0d51c48b095a852b9a1b59cad3bb9bc1fa29fb4b203abf02a7aaf5eaa6aa8d9a881b4b2aedd2984a76ab772b35a27ccb453ade9a036afaeb0b7ae29a694ac5b19a2b155ae122d54294db2d12966b2e19e161aa1312e1ee0a1a816c6966220f4281100eea875bfc923f82ac7af1ba0a0ae1ca30a2a1fa9692e2115fa1c8623041b4e2c5432429e00a49b299d305722cc34962e05b58e30b02cf72cfcaa9226bf2eb4295dacaca84dace39336ad40b0e2b1e6ac0934f7ab2c2b8a2f8fa947b23e2ca2a4b3ae1b2a8932ebaf15b249327d2c99223da762b13ea575af412df8a8ff30b12b0badb5a3b7adc82c132f6b326f30932a06ac07ac7530302136b04a1cc528daa027ab5923d4a64ba6232881ae5b9e27ad332defa077a9e3282626dd1d402ae6a786a3a5a9b2a93e30242ba59c29324e2029a95f23ba1bce1e2daa98a72220dd92ffa9e4289429e12be232183550a9ce1a623218b4a2234cac15aea830dfaca82749aab79d1aaffb21822f9335f22cf931169e2fa9be321bac30aac62223b0562ce3b1d2afa8aead1cda2e929f3b1d0f2015302d314e2212330fa9e12a2bafc1abd130de33a12d1722ea25fcb36d2c61a4742ac4a504b3b22c2a33112bffa98e2ab130892d20ac39ad2ab01f329ea1c7253bade2213b99f4a8e5a5832b84ab28a55325c831e31b46b022b05c1f7faceaaa67a9b43129305525caac4b252ea27aaeb629ad28b330db29e39f45a9841e041d9a2e4f313a23492ceda06fa70a2cdd238098ca1caca4c518743122a473319da8c41b4e2eab2d80281da4f7a73e2fb9ad361f32a15dafdba59c2de4b1f51fc69c8d32a1a8252433ab87a2402fbe2cc72a0323bd33cc1449296bb00b209fa5b9a5ddac2bad03b3272c5d1c46abeca52f2e3a319c984423682b4a2b05ad3d14caa237298a9f9824a0230baaa29c8e285e1d90254eb2fcaab02bdb2b12a9feb11f275094d62a782999223d281c27d29edc2462a8a41620abb1225a2866260915dc26eeafc52266adc7aac6237d23d0b0dc2ae19dd119fc06ff9d2a2df41e4232db285b25732bb8b2e22d07a44e2959a53e2d2a3376adea3204224db2732fbe9b0aa294b0481dc2249f2b20a5f427c12cd7aa1c2511a15e9a5b2a39a7962689af8795682d2527a23103ad37a0d32bf0a081a387afb4283cb0daaec02fb9b41708222638b31da0d0a09c98661ffca02429e52452112b1da31c37a9892c391ad7aa4625c42561ad8caceca2872796a465194ba8b4b2fe2322ad2b2432a315ae7098301499b61fa52c30e6a98ca54ea4c72e18abf6a8ab0531a407a4e7b028ac8babb39bdf2aa6ad742ebda588a5b3a89ea414ae94b857a899294aaad63029b5300fe599373141277fad5b9aac9a5b29efa8eb2e502a8094778a182ce32bd02d4fae77265d30002ab6aa5d2c1f2644a801a1622cf9318b2a43289db4b02182b514191b959e330b0167270223329e4b1d92a4f1a5c224cba406206822c727f5a7a7305d2199a525adc41c73a3a02134a4339e8c2d50351129e82aa5261d268aa60a13d68ad02d2da82d244c25761dfc22afa579229f22801b2021da2b412d57a72b16aba77f26f42894b00d1ea31c689d8420cd18f22c54219628cca2ab277833c99dd71d2aa9b5a68a0562a8869a941404a121ab3523eaa9b9a455ac47a8e5a108b460a022a439181334642922229f23c32065a243ab02a123243bac29ad952e980b48a0aea71b17ee19f1a0061f531bad265b9513937abb7a1a6c2484a692250e35bda554a5ffa381b15d2553922928fb0d48a05bb03124
