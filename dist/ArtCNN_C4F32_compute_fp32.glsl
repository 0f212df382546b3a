// ArtCNN_C4F32: 2x luma upscaler, mpv user shader (compute, fp32)
// ArtCNN v1.6.2 C4F32: 2x luma upscaler for anime, 4 ReLU layers of 32 filters (47,716 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F32 variant=compute precision=fp32
// Weights: ArtCNN_C4F32.keras
// 9 passes, hooked on LUMA; output: luma at 2x width and height.
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

//!DESC ArtCNN_C4F32 compute conv2d_conv2d_1
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

//!DESC ArtCNN_C4F32 compute conv2d_2 part 0
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L1
//!SAVE ArtCNN_C4F32_L2p0
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 8 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[340];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(32, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 34 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    if (slice == 0) {
        a0_0 = vec4(-0.02396743, -0.056946166, -0.0024925207, 0.035545547);
        a0_1 = vec4(-0.020992694, -0.01736431, -0.0062879184, -0.0060842275);
        a0_2 = vec4(0.011336051, 0.018839965, -0.023679474, -0.0034890934);
        a0_3 = vec4(0.022788396, -0.0045822696, -0.020859918, -0.011326331);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 34 - 1, i0 / 34 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 34 - 1, i1 / 34 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(0.050735287, -0.30538884, 0.1831686, 0.057733826) * v0_0.x;
        a0_0 += vec4(0.004552284, 0.0024610984, 0.13304444, -0.21122898) * v0_0.y;
        a0_0 += vec4(0.06960709, -0.022257643, -0.030922977, -0.1837757) * v0_0.z;
        a0_0 += vec4(-0.011922753, -0.08626216, 0.053291567, -0.2770252) * v0_0.w;
        a0_1 += vec4(0.16812007, -0.55585825, 0.3930849, -0.051753) * v0_0.x;
        a0_1 += vec4(-0.24891926, 0.06975918, -0.18251474, -0.0050848247) * v0_0.y;
        a0_1 += vec4(-0.039257027, -0.81002533, -0.11778256, -0.122837216) * v0_0.z;
        a0_1 += vec4(0.23779184, -0.09555576, 0.29836783, -0.32539684) * v0_0.w;
        a0_2 += vec4(0.03834231, 0.20541431, -0.19302028, 0.1207404) * v0_0.x;
        a0_2 += vec4(-0.013942638, 0.007224718, -0.077538855, 0.020055816) * v0_0.y;
        a0_2 += vec4(-0.09362683, 0.02575559, 0.01750465, 0.16699524) * v0_0.z;
        a0_2 += vec4(-0.03461471, 0.14457493, 0.086024836, -0.041968163) * v0_0.w;
        a0_3 += vec4(0.22396977, 0.1888063, 0.06709379, 0.02574699) * v0_0.x;
        a0_3 += vec4(0.007872548, -0.02525443, -0.007894949, -0.10327696) * v0_0.y;
        a0_3 += vec4(0.0529767, 0.013464143, 0.087587304, -0.031226825) * v0_0.z;
        a0_3 += vec4(0.09481515, 0.07083327, -0.07992925, -0.13014802) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(0.16399099, 0.73081297, 0.5770583, 0.16137508) * v0_0.x;
        a0_0 += vec4(-0.09048013, 0.035090175, -0.48287442, -0.2386542) * v0_0.y;
        a0_0 += vec4(0.2815149, 0.16021761, 0.085519284, -0.2736319) * v0_0.z;
        a0_0 += vec4(0.010448522, 0.038342148, 0.40982005, 0.062355883) * v0_0.w;
        a0_1 += vec4(-0.2006533, -0.2059943, -0.17318733, 0.042182926) * v0_0.x;
        a0_1 += vec4(-0.1898529, 0.18011612, -0.1512393, -0.027582413) * v0_0.y;
        a0_1 += vec4(-0.036241636, 0.00020053038, 0.1575766, 0.28767055) * v0_0.z;
        a0_1 += vec4(0.11073479, -0.011140709, -0.18228301, -0.14713195) * v0_0.w;
        a0_2 += vec4(0.062182005, -0.547083, 0.44047982, 0.12814236) * v0_0.x;
        a0_2 += vec4(-0.10317603, 0.017882127, 0.15158366, -0.09165787) * v0_0.y;
        a0_2 += vec4(-0.04524719, -0.3198863, -0.28415254, 0.028268067) * v0_0.z;
        a0_2 += vec4(0.066726506, -0.1826544, 0.08756928, 0.061710384) * v0_0.w;
        a0_3 += vec4(-0.25472137, 0.16062674, 0.20548174, 0.051449765) * v0_0.x;
        a0_3 += vec4(0.30753288, -0.084163375, -0.20864914, -0.097510025) * v0_0.y;
        a0_3 += vec4(-0.06580446, 0.115959235, 0.16281141, -0.12545158) * v0_0.z;
        a0_3 += vec4(-0.18835874, -0.18893054, -0.008356928, 0.027881848) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.021056699, 0.05376499, -0.3073496, -0.22571953) * v0_0.x;
        a0_0 += vec4(-0.053180862, -0.4535291, -0.4052798, -0.17499661) * v0_0.y;
        a0_0 += vec4(-0.082095504, 0.048322022, -0.048752572, -0.029839838) * v0_0.z;
        a0_0 += vec4(0.07457003, -0.028878167, 0.336762, 0.17608546) * v0_0.w;
        a0_1 += vec4(0.054470513, -0.074369505, -0.04718737, 0.30259657) * v0_0.x;
        a0_1 += vec4(-0.23735137, -0.110039875, 0.09805528, 0.22051866) * v0_0.y;
        a0_1 += vec4(0.05028295, 0.055259906, -0.07593314, -0.31047118) * v0_0.z;
        a0_1 += vec4(-0.017990647, 0.028915534, -0.047702823, 0.28564417) * v0_0.w;
        a0_2 += vec4(0.12421067, -0.14326623, -0.13831018, 0.13429579) * v0_0.x;
        a0_2 += vec4(-0.086221926, 0.11676191, -0.11823481, -0.19502902) * v0_0.y;
        a0_2 += vec4(-0.017242065, 0.04768445, 0.072067805, 0.09228429) * v0_0.z;
        a0_2 += vec4(0.047545005, 0.16990615, -0.16945937, -0.19962552) * v0_0.w;
        a0_3 += vec4(-0.017627679, -0.04252751, -0.011365825, -0.0011011182) * v0_0.x;
        a0_3 += vec4(0.27736238, -0.21431996, -0.15695469, -0.0323607) * v0_0.y;
        a0_3 += vec4(-0.00017867325, 0.005751113, 0.10560478, -0.123618074) * v0_0.z;
        a0_3 += vec4(0.18011636, 0.17298298, -0.11018082, -0.16574562) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.00081239897, -0.04755066, 0.1368419, 0.053399045) * v0_0.x;
        a0_0 += vec4(-0.06816984, 0.0770945, -0.11705787, -0.172486) * v0_0.y;
        a0_0 += vec4(0.028992148, -0.19331685, -0.03461286, 0.03623261) * v0_0.z;
        a0_0 += vec4(0.10421698, -0.28816983, -0.16743173, -0.108294696) * v0_0.w;
        a0_1 += vec4(0.08483895, -0.31625685, -0.054988425, 0.41166556) * v0_0.x;
        a0_1 += vec4(0.091123186, -0.06444419, -0.3256655, -0.0034134644) * v0_0.y;
        a0_1 += vec4(0.14965199, -0.08815685, -0.2945302, -0.042564806) * v0_0.z;
        a0_1 += vec4(-0.2795614, 0.20189515, 0.027147338, 0.05253209) * v0_0.w;
        a0_2 += vec4(-0.25072232, -0.000104166254, -0.24311191, 0.05974805) * v0_0.x;
        a0_2 += vec4(-0.053561173, -0.031448405, -0.0737707, -0.021896482) * v0_0.y;
        a0_2 += vec4(-0.07606507, 0.08573376, 0.11686405, 0.0073337196) * v0_0.z;
        a0_2 += vec4(-0.00313405, -0.090923116, -0.12138736, -0.07866238) * v0_0.w;
        a0_3 += vec4(0.39610302, 0.11264103, -0.09727304, -0.020157162) * v0_0.x;
        a0_3 += vec4(-0.025847433, 0.03359702, -0.13503544, -0.10202386) * v0_0.y;
        a0_3 += vec4(0.043697853, -0.02588183, 0.10828446, -0.1706377) * v0_0.z;
        a0_3 += vec4(0.048402492, -0.08323651, 0.14192577, 6.631208e-05) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.18692963, -0.7689771, -0.115096144, -0.033729855) * v0_0.x;
        a0_0 += vec4(-0.034396574, -0.0075619775, -0.10259511, -1.0158943) * v0_0.y;
        a0_0 += vec4(0.009859653, 0.7803673, 0.06845337, 1.152925) * v0_0.z;
        a0_0 += vec4(0.42719692, 0.10490442, 0.027752308, -0.85685384) * v0_0.w;
        a0_1 += vec4(-0.15420228, -0.12509586, 0.12652859, -0.01913755) * v0_0.x;
        a0_1 += vec4(0.24023773, 0.11012273, -1.0302838, -0.017885432) * v0_0.y;
        a0_1 += vec4(0.36088416, 0.28047642, -0.090010226, -0.025596311) * v0_0.z;
        a0_1 += vec4(-0.14703958, 0.3134861, -0.2093117, 0.17423967) * v0_0.w;
        a0_2 += vec4(-0.036508236, 0.63295627, -0.42955694, 0.18170048) * v0_0.x;
        a0_2 += vec4(-0.21109363, 0.62127393, -0.9440722, -0.35816076) * v0_0.y;
        a0_2 += vec4(-0.01810714, -0.3924306, 0.27756092, 0.3960585) * v0_0.z;
        a0_2 += vec4(0.17735992, 0.05543629, 0.19100192, 0.2327904) * v0_0.w;
        a0_3 += vec4(0.19781601, -0.050034482, -0.03212312, -0.813351) * v0_0.x;
        a0_3 += vec4(0.34150293, -0.156606, -0.13663505, -0.060183) * v0_0.y;
        a0_3 += vec4(-0.13829538, 0.061138187, 0.0010932682, -0.036729276) * v0_0.z;
        a0_3 += vec4(0.02070518, 0.14526655, -0.3016247, -0.039045118) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.033785507, -0.09067568, -0.16146053, -0.07091879) * v0_0.x;
        a0_0 += vec4(-0.18958549, -1.3080633, 0.2216691, 0.5047689) * v0_0.y;
        a0_0 += vec4(0.16594657, 0.20463485, -0.1705836, 0.07263137) * v0_0.z;
        a0_0 += vec4(0.18713252, 0.054555934, -0.008564952, -0.5504364) * v0_0.w;
        a0_1 += vec4(0.11386361, -0.2018537, 0.25841603, -0.115534276) * v0_0.x;
        a0_1 += vec4(-0.016964182, -0.35095692, 0.22960192, -0.1459766) * v0_0.y;
        a0_1 += vec4(0.024842551, 0.08018503, 0.045637067, 0.3638744) * v0_0.z;
        a0_1 += vec4(0.20003851, 0.14410204, 0.112818755, -0.3040108) * v0_0.w;
        a0_2 += vec4(0.21086669, 0.110409714, -0.1956506, -0.11268377) * v0_0.x;
        a0_2 += vec4(-0.46008065, 0.45871827, -1.7261919, -0.092034206) * v0_0.y;
        a0_2 += vec4(0.115519054, -0.0033986825, -0.16629836, -0.13649791) * v0_0.z;
        a0_2 += vec4(0.094679065, -0.033303045, -0.21026188, 0.09531074) * v0_0.w;
        a0_3 += vec4(0.008145627, 0.023348909, -0.054323256, -0.2890166) * v0_0.x;
        a0_3 += vec4(0.2743199, -0.087825544, -0.4304956, 0.3159) * v0_0.y;
        a0_3 += vec4(-0.11189808, 0.010728637, 0.6328974, 0.018658651) * v0_0.z;
        a0_3 += vec4(-0.22233534, 0.07410426, -0.19805594, 0.012206486) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 68]);
        a0_0 += vec4(0.051852774, -0.12827693, -0.02698381, 0.08005271) * v0_0.x;
        a0_0 += vec4(-0.048681047, -0.04671663, 0.0013233608, -0.20361164) * v0_0.y;
        a0_0 += vec4(-0.0052572116, -0.08726818, -0.044772193, -0.18009642) * v0_0.z;
        a0_0 += vec4(0.010159744, -0.19649784, -0.059944846, -0.022469223) * v0_0.w;
        a0_1 += vec4(0.025829792, -0.07078013, -0.14508882, -0.11138387) * v0_0.x;
        a0_1 += vec4(-0.1493913, -0.0050268923, -0.29801258, -0.09389611) * v0_0.y;
        a0_1 += vec4(0.022624886, -0.016167799, 0.24326764, 0.076282956) * v0_0.z;
        a0_1 += vec4(0.29372185, 0.15494978, 0.30463502, 0.24306686) * v0_0.w;
        a0_2 += vec4(0.018454427, -0.006205657, 0.07882456, -0.019974062) * v0_0.x;
        a0_2 += vec4(-0.06337877, -0.057154555, -0.050435442, -0.01671209) * v0_0.y;
        a0_2 += vec4(-0.04061202, -0.061469704, -0.22454062, -0.03942165) * v0_0.z;
        a0_2 += vec4(-0.12633462, 0.039441027, 0.080914445, -0.107880585) * v0_0.w;
        a0_3 += vec4(-0.057286665, -0.032610923, -0.048574768, -0.09426698) * v0_0.x;
        a0_3 += vec4(-0.13795295, -0.010558224, -0.0549819, -0.05105313) * v0_0.y;
        a0_3 += vec4(0.11668344, 0.086112395, 0.04717804, 0.28941458) * v0_0.z;
        a0_3 += vec4(0.21975365, -0.056851976, -0.14404301, -0.22164285) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.0105981035, -0.015894338, -0.025306337, -0.01747711) * v0_0.x;
        a0_0 += vec4(-0.0017757181, 0.117050774, -0.04393119, -0.030159973) * v0_0.y;
        a0_0 += vec4(0.053207118, 0.07101631, -0.2624864, 0.0058366056) * v0_0.z;
        a0_0 += vec4(-0.06756068, -0.42366132, 0.30527717, -0.51192003) * v0_0.w;
        a0_1 += vec4(0.04917804, 0.09692078, 0.028214492, -0.18632638) * v0_0.x;
        a0_1 += vec4(-0.14436938, 0.05430488, -0.21455072, 0.110075705) * v0_0.y;
        a0_1 += vec4(-0.026473593, 0.20624804, 0.033893127, 0.08363994) * v0_0.z;
        a0_1 += vec4(0.09329692, 0.06686154, -0.22174212, -0.14763676) * v0_0.w;
        a0_2 += vec4(0.04175145, -0.0036745747, 0.07502933, 0.057492357) * v0_0.x;
        a0_2 += vec4(-0.18134739, -0.24031068, 0.08534257, -0.08963867) * v0_0.y;
        a0_2 += vec4(0.037463125, 0.21077849, 0.057288293, 0.085305095) * v0_0.z;
        a0_2 += vec4(-0.20295607, -0.15020172, 0.118406266, 0.18330635) * v0_0.w;
        a0_3 += vec4(-0.099014245, 0.16074127, -0.031993836, -0.61098063) * v0_0.x;
        a0_3 += vec4(-0.13740832, -0.19140363, 0.020687053, -0.60974) * v0_0.y;
        a0_3 += vec4(-0.15567872, 0.15097718, -0.06045024, 0.36783674) * v0_0.z;
        a0_3 += vec4(-0.2067848, 0.21620597, 0.08766011, 0.07667121) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 70]);
        a0_0 += vec4(0.06342989, 0.025188694, -0.111543, -0.0028850988) * v0_0.x;
        a0_0 += vec4(-0.06305113, -0.065415666, -0.10790535, 0.115486644) * v0_0.y;
        a0_0 += vec4(0.020697031, 0.15982108, -0.026865095, 0.14285704) * v0_0.z;
        a0_0 += vec4(0.05336307, 0.18105993, 0.08738263, -0.02624248) * v0_0.w;
        a0_1 += vec4(-0.02688614, -0.023820229, 0.071984336, -0.048167508) * v0_0.x;
        a0_1 += vec4(0.062539056, 0.09555999, 0.061135743, -0.15377505) * v0_0.y;
        a0_1 += vec4(-0.13485415, 0.12886456, -0.09657158, 0.08822998) * v0_0.z;
        a0_1 += vec4(0.028124362, -0.058405463, -0.04813609, -0.24226506) * v0_0.w;
        a0_2 += vec4(0.027418934, -0.095726594, -0.0008899589, 0.014961938) * v0_0.x;
        a0_2 += vec4(0.019270161, -0.1517069, 0.011298461, -0.28119618) * v0_0.y;
        a0_2 += vec4(0.08326095, -0.0851205, -0.06774654, -0.026156636) * v0_0.z;
        a0_2 += vec4(0.21404167, -0.37159544, 0.18398239, -0.16628468) * v0_0.w;
        a0_3 += vec4(-0.13173223, -0.015950125, 0.035382837, 0.19070916) * v0_0.x;
        a0_3 += vec4(-0.17467362, -0.10411174, -0.47769108, -0.5315547) * v0_0.y;
        a0_3 += vec4(0.026815422, -0.10388578, 0.13615686, -0.1268393) * v0_0.z;
        a0_3 += vec4(0.007538475, -0.16786025, -0.058834963, -0.37834066) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0032923422, -0.110597715, -0.076385096, -0.06733977) * v0_1.x;
        a0_0 += vec4(-0.056400128, 0.0001873281, -0.0648321, -0.08882714) * v0_1.y;
        a0_0 += vec4(0.032599505, 0.04133898, 0.008572376, 0.08358454) * v0_1.z;
        a0_0 += vec4(0.0906735, 0.04318595, -0.41482934, -0.1556601) * v0_1.w;
        a0_1 += vec4(0.12395425, 0.1187829, 0.0019700208, -0.04125099) * v0_1.x;
        a0_1 += vec4(0.08139812, -0.43549028, -0.09410853, -0.030440923) * v0_1.y;
        a0_1 += vec4(-0.14729412, -0.15450814, -0.057898838, 0.20440468) * v0_1.z;
        a0_1 += vec4(-0.10044533, 0.18308565, -0.5158155, 0.09539528) * v0_1.w;
        a0_2 += vec4(-0.04179931, 0.0020734416, -0.075811744, -0.082176015) * v0_1.x;
        a0_2 += vec4(-0.06826281, -0.04875203, -0.042551816, 0.05159079) * v0_1.y;
        a0_2 += vec4(-0.06683942, -0.040421512, 0.0002034828, 0.091440625) * v0_1.z;
        a0_2 += vec4(0.1680313, 0.11232512, -0.17835926, -0.00054527284) * v0_1.w;
        a0_3 += vec4(-0.1759156, 0.16859895, -0.09370762, -0.05670359) * v0_1.x;
        a0_3 += vec4(-0.16462816, -0.01677422, 0.0340089, -0.033577647) * v0_1.y;
        a0_3 += vec4(0.20810649, -0.0011155154, 0.027710859, 0.12531371) * v0_1.z;
        a0_3 += vec4(0.33033112, -0.03956016, 0.08890614, 0.21189405) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(0.04911673, 0.016566554, -0.12766586, 0.022606624) * v0_1.x;
        a0_0 += vec4(-0.025012037, -0.34101418, -0.1803049, 0.16843665) * v0_1.y;
        a0_0 += vec4(-0.06252521, -0.17153594, -0.049066328, -0.0699178) * v0_1.z;
        a0_0 += vec4(0.089073956, -0.91323996, -0.3456486, -0.67306703) * v0_1.w;
        a0_1 += vec4(0.037204035, 0.02312668, -0.044683103, -0.116596125) * v0_1.x;
        a0_1 += vec4(0.05469089, -1.6530591, -0.024794752, -0.24741428) * v0_1.y;
        a0_1 += vec4(-0.07714538, -0.0907682, 0.069645114, 0.16442925) * v0_1.z;
        a0_1 += vec4(-0.07567711, -0.1601481, 0.21395928, 0.12467668) * v0_1.w;
        a0_2 += vec4(-0.047365434, -0.18164173, -0.005518064, -0.1104724) * v0_1.x;
        a0_2 += vec4(-0.063556634, 0.20658958, -0.11179894, -0.026603023) * v0_1.y;
        a0_2 += vec4(-0.00069127046, 0.071149714, -0.03169576, -0.044626914) * v0_1.z;
        a0_2 += vec4(0.23248467, 0.26997226, -0.36603805, -0.060814038) * v0_1.w;
        a0_3 += vec4(-0.0844855, 0.0555757, -0.16247858, -0.056920085) * v0_1.x;
        a0_3 += vec4(-0.12189964, 0.0047107143, 0.018921616, -0.011543277) * v0_1.y;
        a0_3 += vec4(0.15310547, 0.022854272, 0.004033862, -0.0015784606) * v0_1.z;
        a0_3 += vec4(0.45833287, 0.00879296, 0.07709798, 0.35850415) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0023158488, -0.013641539, -0.08391577, -0.022344695) * v0_1.x;
        a0_0 += vec4(0.06489063, -0.118479446, 0.30254263, -0.04974189) * v0_1.y;
        a0_0 += vec4(-0.02793013, -0.10436318, -0.07214025, 0.11314202) * v0_1.z;
        a0_0 += vec4(-0.047524095, 0.0007804401, 0.12787329, -0.042181738) * v0_1.w;
        a0_1 += vec4(-0.033615768, 0.038359318, -0.040772874, -0.0117032165) * v0_1.x;
        a0_1 += vec4(-0.20748201, 0.017374273, -0.060896456, 0.080013625) * v0_1.y;
        a0_1 += vec4(-0.09129813, -0.09475209, 0.19473968, -0.30309874) * v0_1.z;
        a0_1 += vec4(0.041252375, 0.022965359, 0.049969386, 0.14708577) * v0_1.w;
        a0_2 += vec4(0.078356594, 0.040115234, -0.0028702863, 0.05482729) * v0_1.x;
        a0_2 += vec4(0.022318538, -0.040560722, 0.016654935, 0.019052213) * v0_1.y;
        a0_2 += vec4(-0.12822407, 0.019859726, -0.052832972, -0.05305316) * v0_1.z;
        a0_2 += vec4(0.10574541, 0.03629949, 0.014559356, -0.12935568) * v0_1.w;
        a0_3 += vec4(0.14460233, -0.008694696, 0.037752405, 0.033356912) * v0_1.x;
        a0_3 += vec4(0.32744965, 0.06242264, -0.045448117, 0.05614835) * v0_1.y;
        a0_3 += vec4(-0.26938525, 0.17652495, -0.009490894, 0.1129832) * v0_1.z;
        a0_3 += vec4(-0.102241375, -0.034441102, -0.049916957, 0.14856422) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 34]);
        a0_0 += vec4(0.07400747, -0.07646245, -0.06997684, 0.06887803) * v0_1.x;
        a0_0 += vec4(0.026473898, -0.027606249, 0.08990847, -0.13028362) * v0_1.y;
        a0_0 += vec4(0.079035185, -0.022385444, 0.0013036062, 0.12786913) * v0_1.z;
        a0_0 += vec4(-0.009873447, -2.8971813, 0.0189572, -0.18802948) * v0_1.w;
        a0_1 += vec4(-0.48241517, 0.06295084, -0.015084971, -0.19917004) * v0_1.x;
        a0_1 += vec4(0.05103808, 0.30297866, -0.06317368, 0.019704396) * v0_1.y;
        a0_1 += vec4(0.1757818, -0.35181275, -0.076401316, -0.023037858) * v0_1.z;
        a0_1 += vec4(-0.29423288, 0.025659615, 0.22195761, 0.16435862) * v0_1.w;
        a0_2 += vec4(0.027517352, 0.28783208, -3.1135905, 0.04775798) * v0_1.x;
        a0_2 += vec4(0.03445126, -0.05896604, 0.031695735, -0.029849937) * v0_1.y;
        a0_2 += vec4(0.12590493, -0.11067547, -0.017141033, 0.01422999) * v0_1.z;
        a0_2 += vec4(0.07208234, 0.2765328, -0.7128603, -0.038948227) * v0_1.w;
        a0_3 += vec4(-0.40293002, -0.007522997, 0.018665701, 0.27766967) * v0_1.x;
        a0_3 += vec4(-0.087788776, -0.0019298039, 0.028738074, 0.0108804) * v0_1.y;
        a0_3 += vec4(0.077322125, -0.039543763, -0.23940866, -0.14393473) * v0_1.z;
        a0_3 += vec4(0.35453862, -0.1590312, 0.05907187, -0.47502744) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 35]);
        a0_0 += vec4(0.041955452, 0.1361661, -0.056304142, 0.23024818) * v0_1.x;
        a0_0 += vec4(0.0043456927, -0.39381, 0.03155816, 0.0993225) * v0_1.y;
        a0_0 += vec4(-0.10714991, 0.31621572, 0.17656893, -0.09910219) * v0_1.z;
        a0_0 += vec4(-0.069144145, -0.051604483, 0.07761044, 0.07874729) * v0_1.w;
        a0_1 += vec4(-0.12367733, -0.03715011, 0.26650542, 0.052444182) * v0_1.x;
        a0_1 += vec4(-0.019478984, -0.32102966, 0.21871099, 0.051274683) * v0_1.y;
        a0_1 += vec4(0.21849063, 0.21327093, -0.14092363, 0.031623885) * v0_1.z;
        a0_1 += vec4(-0.09981469, -0.023576006, 0.16623442, 0.12344751) * v0_1.w;
        a0_2 += vec4(0.1047137, 0.1962726, 0.021749135, -0.15366876) * v0_1.x;
        a0_2 += vec4(-0.038354162, 0.090389304, -0.13953349, -0.095047645) * v0_1.y;
        a0_2 += vec4(-0.05201231, -0.19191521, 0.057477217, -0.03615435) * v0_1.z;
        a0_2 += vec4(0.16514103, 0.028311292, -0.07791297, -0.13795808) * v0_1.w;
        a0_3 += vec4(-0.38700145, 0.042974446, -0.16610625, 0.12565602) * v0_1.x;
        a0_3 += vec4(0.06786666, 0.062446196, 0.04255844, -0.25338125) * v0_1.y;
        a0_3 += vec4(0.056453202, 0.24391764, 0.13818865, -0.044488676) * v0_1.z;
        a0_3 += vec4(0.092748076, 0.113741346, -0.13809489, -0.51679933) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.025942875, 0.066490546, -0.18511438, 0.05658625) * v0_1.x;
        a0_0 += vec4(0.13826634, 0.3911288, -0.2748446, 0.6655134) * v0_1.y;
        a0_0 += vec4(-0.042538118, 0.042949736, 0.027355677, 0.034997657) * v0_1.z;
        a0_0 += vec4(0.002283156, 0.11009654, 0.021545244, -0.16590832) * v0_1.w;
        a0_1 += vec4(-0.024627173, -0.07491655, -0.045441456, -0.09384296) * v0_1.x;
        a0_1 += vec4(0.1704755, 0.08549616, 0.11466312, 0.09864135) * v0_1.y;
        a0_1 += vec4(-0.07016311, 0.0327385, 0.067606434, -0.087306455) * v0_1.z;
        a0_1 += vec4(0.010493762, 0.0036841005, 0.019755216, 0.24251655) * v0_1.w;
        a0_2 += vec4(0.057492815, 0.04531313, 0.018513707, 0.060727492) * v0_1.x;
        a0_2 += vec4(-0.00806004, -0.6654262, 0.3739408, 0.01155021) * v0_1.y;
        a0_2 += vec4(-0.0034984262, -0.017008517, -0.08363749, -0.025165282) * v0_1.z;
        a0_2 += vec4(0.13786079, -0.09236131, -0.027278343, 0.069644056) * v0_1.w;
        a0_3 += vec4(-0.18923576, -0.09030316, 0.10975806, 0.016093189) * v0_1.x;
        a0_3 += vec4(-0.06317926, -0.10615779, 0.05893334, -0.04297291) * v0_1.y;
        a0_3 += vec4(0.024373747, 0.109997064, -0.15189843, -0.10862246) * v0_1.z;
        a0_3 += vec4(-0.028673911, -0.03866258, 0.02785049, 0.10886516) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.046758644, 0.6175916, -0.14485279, -0.022473063) * v0_1.x;
        a0_0 += vec4(0.014199904, -0.13171636, 0.050589945, -0.12019737) * v0_1.y;
        a0_0 += vec4(-0.047742587, -0.26292393, -0.08137716, 0.105698206) * v0_1.z;
        a0_0 += vec4(-0.0034013442, 0.0066584516, 0.005528062, -0.1241527) * v0_1.w;
        a0_1 += vec4(0.358837, 0.21824642, -0.19326901, 0.12177948) * v0_1.x;
        a0_1 += vec4(-0.009094527, 0.017601833, -0.070282295, -0.052387543) * v0_1.y;
        a0_1 += vec4(-0.37112862, -0.31418705, -0.06904369, -0.1967876) * v0_1.z;
        a0_1 += vec4(-0.010854039, 0.0019090927, 0.13735634, -0.020787742) * v0_1.w;
        a0_2 += vec4(0.1595161, -0.11967953, -0.07146715, 0.063227415) * v0_1.x;
        a0_2 += vec4(0.058854695, -0.0068867635, 0.07684279, 0.044558134) * v0_1.y;
        a0_2 += vec4(-0.1470383, 0.04196038, -0.066272296, -0.082043886) * v0_1.z;
        a0_2 += vec4(0.01653736, -0.08492039, 0.030629715, -0.065846406) * v0_1.w;
        a0_3 += vec4(6.688212e-05, -0.05599565, 0.068614565, -0.027440678) * v0_1.x;
        a0_3 += vec4(0.018461807, 0.06300403, 0.074011736, 0.09156334) * v0_1.y;
        a0_3 += vec4(-0.069775864, 0.066298395, -0.16176248, -0.20363964) * v0_1.z;
        a0_3 += vec4(0.036472984, 0.03522516, 0.014853168, -0.31995225) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.12583385, -0.351895, 0.23780909, -0.784968) * v0_1.x;
        a0_0 += vec4(-0.023530755, -0.020340402, -0.020772368, 0.19494194) * v0_1.y;
        a0_0 += vec4(-0.070227854, 0.28128645, 0.097741775, -0.06277003) * v0_1.z;
        a0_0 += vec4(0.0030847571, 3.2771608e-05, -0.04697226, 0.1673911) * v0_1.w;
        a0_1 += vec4(-0.0919411, -0.11973116, 0.27332938, -0.035951287) * v0_1.x;
        a0_1 += vec4(0.07058261, 0.08062907, -0.17689015, -0.091643885) * v0_1.y;
        a0_1 += vec4(0.20037134, 0.424999, -0.38216737, -0.23994875) * v0_1.z;
        a0_1 += vec4(0.07509234, -0.0069487575, 0.043635774, 0.051823203) * v0_1.w;
        a0_2 += vec4(0.16918172, 0.4889623, -0.5350624, -0.33147064) * v0_1.x;
        a0_2 += vec4(-0.14744516, 0.035938174, -0.11694986, -0.019258266) * v0_1.y;
        a0_2 += vec4(0.1840622, -0.68288815, 0.67403895, 0.10097233) * v0_1.z;
        a0_2 += vec4(-0.028186554, -0.02628438, 0.051823877, -0.03532686) * v0_1.w;
        a0_3 += vec4(-0.08984419, 0.08656949, -0.22384736, 0.10748107) * v0_1.x;
        a0_3 += vec4(0.057844017, 0.12952232, 0.16606595, -0.1888721) * v0_1.y;
        a0_3 += vec4(-0.11790847, 0.2775115, -0.11293869, 0.6050617) * v0_1.z;
        a0_3 += vec4(0.004225573, 0.0687956, -0.011430022, 0.09421669) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.025645535, 0.033567615, -0.09567073, -0.16195378) * v0_1.x;
        a0_0 += vec4(-0.038032837, -0.06960927, 0.06827121, 0.16674352) * v0_1.y;
        a0_0 += vec4(0.06409076, 0.033140678, -0.02717206, 0.28515238) * v0_1.z;
        a0_0 += vec4(-0.008931474, -0.039498694, 0.07298923, -0.023019576) * v0_1.w;
        a0_1 += vec4(0.05708957, 0.08191688, 0.016709048, -0.03235988) * v0_1.x;
        a0_1 += vec4(-0.0060462584, -0.08601328, 0.0436657, 0.064354345) * v0_1.y;
        a0_1 += vec4(0.028137833, 0.022658654, -0.10975328, 0.113288514) * v0_1.z;
        a0_1 += vec4(0.010615481, 0.035052963, -0.01711803, 0.14028619) * v0_1.w;
        a0_2 += vec4(0.030188492, -0.040243953, 0.0024696896, -0.04722355) * v0_1.x;
        a0_2 += vec4(0.10921659, 0.13728724, 0.07544246, -0.11735438) * v0_1.y;
        a0_2 += vec4(0.18319008, 0.038387932, 0.06278924, 0.25642133) * v0_1.z;
        a0_2 += vec4(0.041570988, 0.022867573, -0.017198497, 0.08659983) * v0_1.w;
        a0_3 += vec4(-0.06099194, -0.08224537, -0.08803574, 0.11522822) * v0_1.x;
        a0_3 += vec4(0.12433657, 0.026495473, -0.1921991, -0.035896093) * v0_1.y;
        a0_3 += vec4(0.29608464, -0.008338488, 0.041683376, -0.2116581) * v0_1.z;
        a0_3 += vec4(0.12015189, 0.022278767, -0.009633601, -0.019671261) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(0.10752723, 0.3443844, 0.3981863, -0.029809702) * v0_2.x;
        a0_0 += vec4(-0.0293793, 0.006705033, -0.097262904, 0.19494955) * v0_2.y;
        a0_0 += vec4(0.17320384, 0.1299356, 0.35816535, -0.20353627) * v0_2.z;
        a0_0 += vec4(0.013636854, 0.070375495, -0.036161147, 0.16042067) * v0_2.w;
        a0_1 += vec4(0.0012711834, 0.15263343, 0.18292569, 0.12319828) * v0_2.x;
        a0_1 += vec4(-0.018606884, 0.28912345, 0.045855355, 0.11173119) * v0_2.y;
        a0_1 += vec4(-0.096688256, -0.8812923, -0.012049024, 0.0843375) * v0_2.z;
        a0_1 += vec4(0.03918893, -0.26137727, 0.028097179, 0.347922) * v0_2.w;
        a0_2 += vec4(-0.11667584, -0.02202349, -0.10868448, -0.051195208) * v0_2.x;
        a0_2 += vec4(0.0054976423, -0.04282106, 0.03867957, -0.046220474) * v0_2.y;
        a0_2 += vec4(0.13153692, -0.118331105, -0.1815173, 0.049826797) * v0_2.z;
        a0_2 += vec4(-0.023744393, -0.071191974, 0.20673692, 0.096447796) * v0_2.w;
        a0_3 += vec4(0.38675728, 0.2719475, -0.13444254, -0.16027163) * v0_2.x;
        a0_3 += vec4(0.017736573, 0.068441354, -0.037617363, -0.066760466) * v0_2.y;
        a0_3 += vec4(-0.42016217, 0.19176981, 0.094730675, 0.0558163) * v0_2.z;
        a0_3 += vec4(0.013815552, -0.03637809, 0.03061033, 0.13947225) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.002374809, -0.1574178, 0.26638144, 0.25163847) * v0_2.x;
        a0_0 += vec4(-0.09216006, 0.10052911, 0.10202587, 0.18265562) * v0_2.y;
        a0_0 += vec4(0.0060490984, 0.34028044, 0.257649, 0.11344733) * v0_2.z;
        a0_0 += vec4(-0.07650952, 0.057117555, -0.15117969, -0.3114883) * v0_2.w;
        a0_1 += vec4(0.01954252, 0.15376396, -0.15797397, 0.64715475) * v0_2.x;
        a0_1 += vec4(0.37414128, 0.16568442, -0.051955517, 0.26020965) * v0_2.y;
        a0_1 += vec4(0.27977103, -0.044267606, -0.091278195, 0.29494214) * v0_2.z;
        a0_1 += vec4(-0.008724192, 0.16233414, 0.036960747, -0.105459616) * v0_2.w;
        a0_2 += vec4(0.035469174, 0.10805903, -0.2176415, 0.043193024) * v0_2.x;
        a0_2 += vec4(-0.11691931, 0.007627502, 0.10096845, -0.055976197) * v0_2.y;
        a0_2 += vec4(0.16141336, -0.14115462, -0.045168392, 0.24965866) * v0_2.z;
        a0_2 += vec4(0.15209146, 0.033549037, 0.1703621, 0.06491325) * v0_2.w;
        a0_3 += vec4(0.49493843, 0.0336269, -0.03529831, 0.082529485) * v0_2.x;
        a0_3 += vec4(0.2522289, 0.14314543, -0.17192999, -0.06278796) * v0_2.y;
        a0_3 += vec4(-0.1999072, 0.22991452, 0.051158637, 0.015255553) * v0_2.z;
        a0_3 += vec4(-0.18725866, 0.17177504, 0.026573488, 0.01996469) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.033310134, 0.06160632, 0.15765539, 0.20170712) * v0_2.x;
        a0_0 += vec4(0.06943786, 0.1717603, 0.16594987, 0.31950688) * v0_2.y;
        a0_0 += vec4(0.005822434, -0.027889367, 0.06408904, 0.09799809) * v0_2.z;
        a0_0 += vec4(0.10393606, 0.08131958, -0.29572824, -0.048960432) * v0_2.w;
        a0_1 += vec4(-0.0927817, -0.12622684, 0.1477744, -0.19761157) * v0_2.x;
        a0_1 += vec4(0.0534209, 0.10945289, 0.07067679, -0.1405498) * v0_2.y;
        a0_1 += vec4(-0.023429068, 0.011944694, 0.026527988, -0.10524283) * v0_2.z;
        a0_1 += vec4(0.052311055, -0.13005523, 0.09394023, -0.078093514) * v0_2.w;
        a0_2 += vec4(-0.018665554, 0.107131355, -0.005421479, 0.09921076) * v0_2.x;
        a0_2 += vec4(-0.21080473, -0.06162837, 0.12717436, -0.09781041) * v0_2.y;
        a0_2 += vec4(0.07597102, 0.002830301, -0.018195942, -0.024832707) * v0_2.z;
        a0_2 += vec4(-0.024180744, -0.05547694, 0.20127565, -0.118746564) * v0_2.w;
        a0_3 += vec4(0.0047094454, 0.06629339, 0.22061357, 0.08253397) * v0_2.x;
        a0_3 += vec4(-0.1127311, 0.08870262, -0.07442301, -0.14992173) * v0_2.y;
        a0_3 += vec4(-0.027865358, 0.023956506, 0.30146158, 0.0074370005) * v0_2.z;
        a0_3 += vec4(0.09551971, -0.012696325, 0.10293486, 0.34714276) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 34]);
        a0_0 += vec4(0.09903582, -0.21141598, 0.2152703, 0.07929256) * v0_2.x;
        a0_0 += vec4(0.03532623, -0.040966585, -0.030280275, 0.0027702693) * v0_2.y;
        a0_0 += vec4(0.053658243, 0.083939165, -0.08006676, 0.25063822) * v0_2.z;
        a0_0 += vec4(0.024731597, 0.011854484, 0.1325228, 0.086127244) * v0_2.w;
        a0_1 += vec4(-0.13714388, -0.18049765, 0.13344018, 0.15945786) * v0_2.x;
        a0_1 += vec4(-0.1366591, 0.09769732, 0.56781596, -0.06600257) * v0_2.y;
        a0_1 += vec4(0.37420177, -0.38423717, -1.0877552, -0.3439122) * v0_2.z;
        a0_1 += vec4(0.1863416, 0.16638783, 0.026315447, -0.16788244) * v0_2.w;
        a0_2 += vec4(0.16446058, 0.23374665, -0.20578818, -0.030623348) * v0_2.x;
        a0_2 += vec4(0.02119967, 0.05453278, 0.13498637, 0.010196196) * v0_2.y;
        a0_2 += vec4(0.037233423, -0.06946538, 0.018072171, 0.14154884) * v0_2.z;
        a0_2 += vec4(0.11026557, 0.15512915, -0.17505443, -0.07021252) * v0_2.w;
        a0_3 += vec4(0.34380823, 0.17095958, -0.29081655, 0.116640545) * v0_2.x;
        a0_3 += vec4(-0.071090505, 0.030263873, 0.05349052, 0.022760972) * v0_2.y;
        a0_3 += vec4(-0.2005683, -0.008422438, 0.17029977, 0.23326892) * v0_2.z;
        a0_3 += vec4(0.09618053, -0.07581342, 0.11542806, 0.15233396) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 35]);
        a0_0 += vec4(0.029701937, -0.241239, -0.35107797, 1.6913613) * v0_2.x;
        a0_0 += vec4(0.0061196014, 0.215371, 0.11110541, -0.37134147) * v0_2.y;
        a0_0 += vec4(0.20178439, 0.47020698, -0.3210115, -0.2924321) * v0_2.z;
        a0_0 += vec4(0.08808918, -0.0974643, 0.20277975, -0.80969065) * v0_2.w;
        a0_1 += vec4(0.09721238, 0.4467147, -0.21938577, -0.21302183) * v0_2.x;
        a0_1 += vec4(0.07586447, 0.019556614, -0.52672887, 0.0810474) * v0_2.y;
        a0_1 += vec4(0.08349685, 0.17383122, -0.33269066, -0.3579015) * v0_2.z;
        a0_1 += vec4(0.022787256, 0.4198211, 0.014014483, -0.19601329) * v0_2.w;
        a0_2 += vec4(0.116199985, -0.59896934, 0.24331638, -0.3390248) * v0_2.x;
        a0_2 += vec4(0.13717909, -0.52263683, 0.9598959, 0.24781881) * v0_2.y;
        a0_2 += vec4(0.18273768, -0.2348634, -0.11153346, 0.6815819) * v0_2.z;
        a0_2 += vec4(0.31826344, -0.29679185, 0.17682175, 0.09438172) * v0_2.w;
        a0_3 += vec4(0.04921846, 0.028432151, -0.32571685, -0.30498266) * v0_2.x;
        a0_3 += vec4(-0.20447865, 0.2519348, 0.020851234, 0.22138678) * v0_2.y;
        a0_3 += vec4(-0.23889433, 0.34379068, 0.3789726, -0.10697079) * v0_2.z;
        a0_3 += vec4(-0.33289286, 0.018813316, 0.34979877, 0.27150047) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 36]);
        a0_0 += vec4(0.016486123, 0.11648423, -0.013286231, 0.15585943) * v0_2.x;
        a0_0 += vec4(-0.06180675, 0.21102741, 0.08298904, -0.064793) * v0_2.y;
        a0_0 += vec4(0.07634062, 0.042407095, -0.06562998, 0.0019544442) * v0_2.z;
        a0_0 += vec4(0.16022913, -0.027112065, 0.1257159, 0.039700907) * v0_2.w;
        a0_1 += vec4(-0.23281416, 0.09362814, -0.09277362, 0.2931286) * v0_2.x;
        a0_1 += vec4(0.017502861, 0.025719842, -0.23912497, -0.1797453) * v0_2.y;
        a0_1 += vec4(-0.009151062, -0.050883796, 0.006540676, -0.1853951) * v0_2.z;
        a0_1 += vec4(-0.15687123, 0.20414457, 0.09720791, 0.41446596) * v0_2.w;
        a0_2 += vec4(0.118609905, 0.19092204, -0.04694096, 0.07994597) * v0_2.x;
        a0_2 += vec4(-0.17403041, -0.094179146, 0.13502297, -0.009462477) * v0_2.y;
        a0_2 += vec4(-0.09550276, 0.09794785, 0.030775359, 0.1762429) * v0_2.z;
        a0_2 += vec4(0.13352835, 0.28710094, 0.17657709, 0.0974145) * v0_2.w;
        a0_3 += vec4(0.024079874, -0.04188421, 0.10501791, -0.020753874) * v0_2.x;
        a0_3 += vec4(0.11343637, -0.111228034, 0.15376918, -0.08422273) * v0_2.y;
        a0_3 += vec4(0.061607197, -0.0053859134, 0.20267178, 0.018462809) * v0_2.z;
        a0_3 += vec4(0.49854147, 0.09197811, 0.30168274, 0.09227315) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 68]);
        a0_0 += vec4(0.05757359, -0.18824857, 0.06660097, 0.05381946) * v0_2.x;
        a0_0 += vec4(0.032595936, 0.048838913, -0.082100734, 0.16622166) * v0_2.y;
        a0_0 += vec4(0.081837416, -0.059204202, -0.025194334, 0.056428265) * v0_2.z;
        a0_0 += vec4(-0.0016839401, 0.0867451, -0.07184851, 0.19750346) * v0_2.w;
        a0_1 += vec4(0.16622244, -0.11075605, -0.38517615, 0.087771155) * v0_2.x;
        a0_1 += vec4(-0.11397207, 0.09372258, 0.3177065, 0.11250328) * v0_2.y;
        a0_1 += vec4(-0.03436484, 0.09068554, 0.015818946, 0.081791684) * v0_2.z;
        a0_1 += vec4(-0.036573216, -0.3072113, 0.17423537, -0.14473929) * v0_2.w;
        a0_2 += vec4(-0.07158089, 0.08407077, -0.10286265, -0.16450562) * v0_2.x;
        a0_2 += vec4(-0.054524716, 0.12237274, -0.016675087, -0.0126196705) * v0_2.y;
        a0_2 += vec4(-0.0063587744, 0.18578692, -0.056789476, -0.037182607) * v0_2.z;
        a0_2 += vec4(0.042051647, 0.0074150823, 0.005337532, 0.10357118) * v0_2.w;
        a0_3 += vec4(-0.024247877, -0.08593408, -0.19345483, 0.2767731) * v0_2.x;
        a0_3 += vec4(0.13506448, 0.12012823, -0.038722485, -0.0022627057) * v0_2.y;
        a0_3 += vec4(0.09416022, -0.036401957, 0.053168256, 0.042250782) * v0_2.z;
        a0_3 += vec4(-0.051641136, 0.11899458, 0.07615702, 0.18960647) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.07432781, -0.28152013, -0.17175665, 0.43230724) * v0_2.x;
        a0_0 += vec4(-0.019672649, -0.03125815, 0.11586209, 0.039876495) * v0_2.y;
        a0_0 += vec4(-0.011329027, 0.16799456, 0.09265924, -0.15998133) * v0_2.z;
        a0_0 += vec4(-0.043506242, -0.16067381, 0.06869879, 0.18602976) * v0_2.w;
        a0_1 += vec4(-0.06606527, 0.1579049, 0.250383, -0.16370367) * v0_2.x;
        a0_1 += vec4(0.009535313, -0.06658675, -0.29491696, 0.15557113) * v0_2.y;
        a0_1 += vec4(0.103710234, -0.09850029, -0.07544416, 0.12106758) * v0_2.z;
        a0_1 += vec4(-0.11733846, 0.00113374, 0.15756263, 0.1700204) * v0_2.w;
        a0_2 += vec4(0.11703184, 0.1618634, -0.06641403, -0.24008366) * v0_2.x;
        a0_2 += vec4(-0.005662786, 0.06934309, 0.030620169, 0.11920829) * v0_2.y;
        a0_2 += vec4(0.35728577, 0.07277438, -0.105544195, 0.093647875) * v0_2.z;
        a0_2 += vec4(-0.045475025, 0.033526003, -0.04822603, 0.16471212) * v0_2.w;
        a0_3 += vec4(-0.05240112, 0.101513766, -0.19380409, 0.39617956) * v0_2.x;
        a0_3 += vec4(0.05628753, 0.079969905, -0.16683976, 0.53242886) * v0_2.y;
        a0_3 += vec4(-0.096300885, 0.21967547, -0.017868154, 0.2645171) * v0_2.z;
        a0_3 += vec4(0.1096943, 0.050237656, 0.29983646, 0.41044974) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 70]);
        a0_0 += vec4(0.0022279841, 0.033067573, 0.061101016, 0.24541572) * v0_2.x;
        a0_0 += vec4(0.023880986, -0.0029721945, 0.022759138, 0.07991698) * v0_2.y;
        a0_0 += vec4(0.0044488152, 0.075926796, -0.020886052, 0.018156014) * v0_2.z;
        a0_0 += vec4(0.003746828, 0.17749904, 0.34707186, 0.2839841) * v0_2.w;
        a0_1 += vec4(0.06791198, -0.080143176, 0.012619748, 0.23636046) * v0_2.x;
        a0_1 += vec4(-0.08959119, 0.033011828, -0.1067368, 0.103405796) * v0_2.y;
        a0_1 += vec4(0.027849302, -0.030592214, 0.05011491, 0.0733869) * v0_2.z;
        a0_1 += vec4(0.14269483, 0.07081386, 0.14039558, -0.45001423) * v0_2.w;
        a0_2 += vec4(0.025682488, 0.10783233, 0.030448021, 0.21349965) * v0_2.x;
        a0_2 += vec4(0.058339316, -0.036717977, 0.0309266, -0.06697459) * v0_2.y;
        a0_2 += vec4(0.0704869, 0.01522708, -0.023960412, 0.06879905) * v0_2.z;
        a0_2 += vec4(0.123883344, 0.31966528, 0.158249, 0.25477013) * v0_2.w;
        a0_3 += vec4(0.20415454, 0.002967517, 0.03889272, -0.06633123) * v0_2.x;
        a0_3 += vec4(0.10151859, -0.023506664, 0.030851716, -0.016005527) * v0_2.y;
        a0_3 += vec4(0.00072763825, 0.124698885, 0.20950228, -0.05079995) * v0_2.z;
        a0_3 += vec4(-0.18211189, 0.005198615, 0.24675067, 0.36824313) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(0.04605135, -0.080974855, -0.14770524, 0.2078806) * v0_3.x;
        a0_0 += vec4(0.04239285, -0.0024623105, 0.18079478, -0.108587936) * v0_3.y;
        a0_0 += vec4(-0.01931886, 0.105388075, -0.27181867, 0.22437932) * v0_3.z;
        a0_0 += vec4(0.17609589, -0.177878, 0.07221977, -0.1746827) * v0_3.w;
        a0_1 += vec4(-0.080622286, -0.40209505, 0.10045938, 0.004343741) * v0_3.x;
        a0_1 += vec4(-0.02575187, -0.11475399, 0.2379539, 0.1427605) * v0_3.y;
        a0_1 += vec4(0.30430657, -0.04961434, -0.023223098, 0.10057648) * v0_3.z;
        a0_1 += vec4(0.055065528, -0.036714807, 0.07023846, -0.21102998) * v0_3.w;
        a0_2 += vec4(-0.35099992, 0.058906622, -0.110645816, -0.055553824) * v0_3.x;
        a0_2 += vec4(0.1021364, -0.009279999, 0.0763055, -0.044589322) * v0_3.y;
        a0_2 += vec4(0.09703061, -0.033118736, 0.11454523, -0.0026462595) * v0_3.z;
        a0_2 += vec4(0.020452917, -0.007229885, 0.17999354, 0.030419484) * v0_3.w;
        a0_3 += vec4(0.12350918, -0.24655011, 0.004715302, 0.07270529) * v0_3.x;
        a0_3 += vec4(0.14747362, 0.0069662794, 0.025214894, -0.08530268) * v0_3.y;
        a0_3 += vec4(0.03022968, -0.13297094, 0.04097189, 0.16313861) * v0_3.z;
        a0_3 += vec4(-0.2635692, 0.0060916375, -0.023788773, -0.026898175) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(0.018464757, -0.23561439, 0.04960931, 0.28431258) * v0_3.x;
        a0_0 += vec4(0.12950683, 0.13260159, 0.042814475, -0.008513342) * v0_3.y;
        a0_0 += vec4(-0.10886742, -0.06699084, -0.03740124, 0.15952557) * v0_3.z;
        a0_0 += vec4(0.168636, 0.20721288, 0.40196863, -0.3019998) * v0_3.w;
        a0_1 += vec4(-0.31870526, 0.054236785, 0.12778577, -0.39095885) * v0_3.x;
        a0_1 += vec4(0.023933226, 0.058292318, -0.13192713, -0.26029238) * v0_3.y;
        a0_1 += vec4(-0.12815452, 0.12506631, 0.0077809277, -0.0803483) * v0_3.z;
        a0_1 += vec4(-0.009848192, -0.013140348, -0.41480136, 0.21960336) * v0_3.w;
        a0_2 += vec4(-0.43782955, 0.22373588, 0.051599585, -0.17016378) * v0_3.x;
        a0_2 += vec4(0.0009788057, -0.067831926, 0.059710503, 0.055772297) * v0_3.y;
        a0_2 += vec4(0.07524246, 0.17291549, 0.05327059, -0.05133727) * v0_3.z;
        a0_2 += vec4(0.24469388, -0.053852197, 0.10863572, 0.2655168) * v0_3.w;
        a0_3 += vec4(0.1883829, 0.0646925, 0.014993379, 0.14084755) * v0_3.x;
        a0_3 += vec4(0.06410797, 0.10152301, -0.0030235024, -0.0010248247) * v0_3.y;
        a0_3 += vec4(0.09027798, 0.001479561, 0.2240898, 0.20103423) * v0_3.z;
        a0_3 += vec4(-0.03259516, -0.22661053, -0.11832922, 0.06976387) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.051391855, -0.0042824503, 0.06831335, -0.012057421) * v0_3.x;
        a0_0 += vec4(0.002988401, 0.15158229, -0.01918685, 0.005151734) * v0_3.y;
        a0_0 += vec4(0.0033505254, -0.079571195, -0.18560326, 0.14831944) * v0_3.z;
        a0_0 += vec4(0.1879655, -0.057016805, 0.065388344, -0.051963795) * v0_3.w;
        a0_1 += vec4(-0.043933768, -0.049659137, -0.027395973, -0.09820168) * v0_3.x;
        a0_1 += vec4(0.14704221, 0.115105644, -0.07196553, 0.1471242) * v0_3.y;
        a0_1 += vec4(-0.068642825, -0.08051845, 0.019365324, -0.020618564) * v0_3.z;
        a0_1 += vec4(-0.0729271, -0.07555573, -0.042813744, 0.046251517) * v0_3.w;
        a0_2 += vec4(-0.0051598684, -0.009514033, 0.0075021456, -0.070091) * v0_3.x;
        a0_2 += vec4(0.061619435, -0.015467976, -0.007169133, 0.023165353) * v0_3.y;
        a0_2 += vec4(-0.016331973, 0.056022115, 0.09268026, -0.009527618) * v0_3.z;
        a0_2 += vec4(-0.036503848, -0.06030629, -0.08242114, 0.118852355) * v0_3.w;
        a0_3 += vec4(-0.018690847, -0.040681243, 0.0042737885, -0.0308214) * v0_3.x;
        a0_3 += vec4(-0.09408816, -0.024904786, 0.05637045, -0.10868908) * v0_3.y;
        a0_3 += vec4(0.14919429, 0.034395985, 0.12671834, 0.0847626) * v0_3.z;
        a0_3 += vec4(0.13396178, 0.091113314, 0.005819737, -0.051364735) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.076565176, 0.19447435, 0.00050797657, 0.10872474) * v0_3.x;
        a0_0 += vec4(-0.24198912, 0.09529141, 0.001768449, 0.086309135) * v0_3.y;
        a0_0 += vec4(0.081387155, -0.010606244, -0.00030883172, 0.17183217) * v0_3.z;
        a0_0 += vec4(0.09941799, -0.14858626, -0.082011305, -0.119218394) * v0_3.w;
        a0_1 += vec4(0.0043213363, -0.05349198, 0.11984435, -0.054920904) * v0_3.x;
        a0_1 += vec4(-0.04146573, 0.1743272, 0.41542083, -0.021505192) * v0_3.y;
        a0_1 += vec4(0.26137826, 0.14901282, 0.011180237, 0.12152047) * v0_3.z;
        a0_1 += vec4(-0.18452384, -0.051141735, -0.02887048, -0.238316) * v0_3.w;
        a0_2 += vec4(-0.7486086, 0.17161992, -0.15023755, -0.17931072) * v0_3.x;
        a0_2 += vec4(0.28314093, -0.008254453, 0.40640032, 0.06439319) * v0_3.y;
        a0_2 += vec4(0.023474004, 0.042089142, 0.116221, 0.026223289) * v0_3.z;
        a0_2 += vec4(0.07252573, 0.10833349, 0.15503116, 0.10249209) * v0_3.w;
        a0_3 += vec4(0.31212196, -0.17165367, -0.06511018, -0.7270438) * v0_3.x;
        a0_3 += vec4(-0.2938809, -0.0619734, -0.00674091, -0.13644682) * v0_3.y;
        a0_3 += vec4(0.21232957, -0.16143309, 0.23640887, 0.1808852) * v0_3.z;
        a0_3 += vec4(-0.36924917, 0.13305682, -0.09787931, 0.27646285) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.16135535, -0.16322333, 0.3386631, 0.34962168) * v0_3.x;
        a0_0 += vec4(-0.2749518, 0.5579637, 0.16597462, 0.26515052) * v0_3.y;
        a0_0 += vec4(0.10337055, -0.08064513, -0.052579913, 0.17262822) * v0_3.z;
        a0_0 += vec4(0.12003869, 0.21017717, 0.18464307, -0.0062388564) * v0_3.w;
        a0_1 += vec4(-0.05093255, -0.111583486, -0.006821028, 0.0023114143) * v0_3.x;
        a0_1 += vec4(0.0018287259, 0.018828012, -0.29075077, -0.71629876) * v0_3.y;
        a0_1 += vec4(-0.037190385, 0.16606352, -0.3537793, 0.4030885) * v0_3.z;
        a0_1 += vec4(-0.011729055, -0.1054924, -0.23848836, -0.04286839) * v0_3.w;
        a0_2 += vec4(-0.8056019, 0.3612949, 0.07348199, -0.084614016) * v0_3.x;
        a0_2 += vec4(-0.0019426488, -0.055639975, -0.060980644, 0.120468765) * v0_3.y;
        a0_2 += vec4(0.23388267, -0.21498127, 0.23824705, 0.18074545) * v0_3.z;
        a0_2 += vec4(0.3681171, -0.26873836, 0.16280733, 0.2788297) * v0_3.w;
        a0_3 += vec4(0.09734834, 0.05639918, 0.091249995, -0.6874181) * v0_3.x;
        a0_3 += vec4(-0.0011675705, 0.19392207, -0.14310706, 0.12852608) * v0_3.y;
        a0_3 += vec4(0.2336797, 0.19654833, 0.24210042, 0.12163406) * v0_3.z;
        a0_3 += vec4(0.11607119, -0.0938901, 0.20489712, 0.20259413) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.009934144, -0.010288284, 0.039353706, -0.022879086) * v0_3.x;
        a0_0 += vec4(0.051783536, 0.04958182, 0.132064, 0.30057287) * v0_3.y;
        a0_0 += vec4(-0.0007443706, 0.043403853, 0.3022045, 0.12338271) * v0_3.z;
        a0_0 += vec4(0.091369316, -0.096466705, -0.030365149, 0.10260419) * v0_3.w;
        a0_1 += vec4(0.0053733056, 0.014929106, -0.03500553, 0.03775949) * v0_3.x;
        a0_1 += vec4(-0.05607901, -0.047182504, 0.13809001, 0.42680854) * v0_3.y;
        a0_1 += vec4(0.08783764, 0.10452709, -0.095830366, 0.43158695) * v0_3.z;
        a0_1 += vec4(0.020800708, 0.024597341, 0.048591267, 0.013747453) * v0_3.w;
        a0_2 += vec4(-0.09470729, 0.012938536, 0.023275094, -0.074698485) * v0_3.x;
        a0_2 += vec4(-0.08079384, 0.08463614, 0.101136856, 0.09731503) * v0_3.y;
        a0_2 += vec4(0.19759114, -0.09003537, 0.07982598, -0.18686399) * v0_3.z;
        a0_2 += vec4(-0.049125355, -0.0040855776, 0.017080836, 0.121710956) * v0_3.w;
        a0_3 += vec4(0.041580264, -0.07388985, -0.1562191, 0.038251642) * v0_3.x;
        a0_3 += vec4(0.008811227, 0.130421, 0.068458356, -0.10416251) * v0_3.y;
        a0_3 += vec4(0.18861796, -0.020312844, 0.062221725, 0.101540715) * v0_3.z;
        a0_3 += vec4(0.08732675, 0.119276404, 0.10412252, -0.24983428) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 68]);
        a0_0 += vec4(0.036993206, 0.09092247, -0.009336325, 0.0161322) * v0_3.x;
        a0_0 += vec4(0.058486614, -0.11242544, 0.1331823, 0.26906762) * v0_3.y;
        a0_0 += vec4(0.023165995, 0.104584955, 0.014057024, 0.23273794) * v0_3.z;
        a0_0 += vec4(-0.0028969878, 0.0012447162, 0.013772743, -0.064644575) * v0_3.w;
        a0_1 += vec4(0.0030161184, 0.0074385055, -0.12959804, -0.006738065) * v0_3.x;
        a0_1 += vec4(0.39444014, 0.3134053, 0.029207561, -0.10748677) * v0_3.y;
        a0_1 += vec4(0.37415364, 0.080607034, 0.18860576, 0.10636628) * v0_3.z;
        a0_1 += vec4(-0.20976493, -0.061516207, 0.0297704, -0.04369792) * v0_3.w;
        a0_2 += vec4(-0.15336145, -0.022481957, 0.05588193, 0.019436548) * v0_3.x;
        a0_2 += vec4(0.19052926, 0.0014906102, 0.17755671, -0.21821928) * v0_3.y;
        a0_2 += vec4(-0.0025412235, -0.00020341038, 0.110270366, 0.06614824) * v0_3.z;
        a0_2 += vec4(0.01197269, 0.012851696, -0.010948894, 0.07211574) * v0_3.w;
        a0_3 += vec4(0.051321488, -0.23569724, -0.0024170857, -0.65184665) * v0_3.x;
        a0_3 += vec4(-0.2069847, -0.055079825, 0.050536092, -0.13921392) * v0_3.y;
        a0_3 += vec4(0.19600749, -0.1342837, 0.12974481, 0.05783991) * v0_3.z;
        a0_3 += vec4(-0.08643687, 0.0700939, -0.03743746, 0.22865531) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.012103265, 0.05212434, 0.05553496, 0.01763389) * v0_3.x;
        a0_0 += vec4(-0.0067608487, -0.136396, -0.17907256, 0.2556844) * v0_3.y;
        a0_0 += vec4(0.06612165, -0.10925595, 0.02879249, 0.07731448) * v0_3.z;
        a0_0 += vec4(-0.036740102, 0.027531726, 0.08634605, -0.026586156) * v0_3.w;
        a0_1 += vec4(-0.00684152, -0.023453891, 0.013284222, -0.07258607) * v0_3.x;
        a0_1 += vec4(-0.016968042, 0.21502516, 0.026986642, -0.2655523) * v0_3.y;
        a0_1 += vec4(-0.056798216, -0.24974303, 0.029203188, 0.098772034) * v0_3.z;
        a0_1 += vec4(-0.059268393, -0.039389934, -0.010243947, -0.2578892) * v0_3.w;
        a0_2 += vec4(-0.16746992, -0.00063911616, 0.05066873, -0.00102037) * v0_3.x;
        a0_2 += vec4(0.08953811, 0.21905635, 0.3017808, -0.22737363) * v0_3.y;
        a0_2 += vec4(0.20508489, 0.09728844, 0.13144223, 0.08496513) * v0_3.z;
        a0_2 += vec4(0.2081342, 0.02995166, 0.13469604, 0.15758188) * v0_3.w;
        a0_3 += vec4(-0.0045160223, -0.06638518, 0.032106247, -0.5035604) * v0_3.x;
        a0_3 += vec4(-0.14370607, -0.06111616, 0.066077, 0.49652943) * v0_3.y;
        a0_3 += vec4(0.06533907, 0.08874466, 0.21316189, 0.26883286) * v0_3.z;
        a0_3 += vec4(-0.100569576, -0.058925766, 0.11312686, 0.110890105) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 70]);
        a0_0 += vec4(0.011224526, 0.004712233, -0.004241669, -0.026452735) * v0_3.x;
        a0_0 += vec4(0.017320426, -0.017040033, 0.16395779, -0.050422) * v0_3.y;
        a0_0 += vec4(0.042837005, 0.090799406, 0.21052054, -0.011981876) * v0_3.z;
        a0_0 += vec4(0.032377824, 0.06806101, 0.0075225635, -0.009068746) * v0_3.w;
        a0_1 += vec4(-0.0064150477, 0.0016961435, -0.00861948, 0.09665234) * v0_3.x;
        a0_1 += vec4(-0.030864606, -0.0041722646, 0.064564414, 0.48401183) * v0_3.y;
        a0_1 += vec4(-0.15261689, 0.03230854, -0.06542625, 0.15944798) * v0_3.z;
        a0_1 += vec4(0.013089931, -0.010073303, -0.00970246, -0.017176565) * v0_3.w;
        a0_2 += vec4(0.0012462778, -0.004541226, 0.048749752, 0.032122657) * v0_3.x;
        a0_2 += vec4(-0.60583264, -0.018941429, 0.2809049, 0.012209258) * v0_3.y;
        a0_2 += vec4(0.116206616, -0.034570243, 0.014147146, 0.12366695) * v0_3.z;
        a0_2 += vec4(0.008505002, -0.057118602, 0.05487801, 0.076082535) * v0_3.w;
        a0_3 += vec4(0.0527137, -0.013372746, 0.012419309, -0.043412197) * v0_3.x;
        a0_3 += vec4(0.33514586, 0.1318614, -0.09333291, 0.29536355) * v0_3.y;
        a0_3 += vec4(0.10930369, -0.05799743, 0.11767115, 0.20734105) * v0_3.z;
        a0_3 += vec4(0.1078156, -0.005478152, 0.048795734, -0.15892017) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.043933835, 0.12706038, 0.10575533, -0.0033328787) * v0_4.x;
        a0_0 += vec4(-0.0155722825, -0.0064422, -0.22235104, 0.0021871126) * v0_4.y;
        a0_0 += vec4(0.044962022, -0.2084915, 0.047017507, 0.094862305) * v0_4.z;
        a0_0 += vec4(-0.047800273, 0.45032048, -0.010650127, 1.3485373) * v0_4.w;
        a0_1 += vec4(0.101002835, 0.24034204, -0.18724895, -0.10831504) * v0_4.x;
        a0_1 += vec4(-0.19521214, 0.13013652, -0.12897135, 0.028854698) * v0_4.y;
        a0_1 += vec4(0.19067132, 0.15642726, -0.11472222, 0.1787505) * v0_4.z;
        a0_1 += vec4(-0.31364074, 0.063830234, 0.32278952, -1.4481736) * v0_4.w;
        a0_2 += vec4(0.055457704, -0.056217745, -0.033942185, -0.00722141) * v0_4.x;
        a0_2 += vec4(-0.054121472, -0.052245956, -0.14177635, -0.018460719) * v0_4.y;
        a0_2 += vec4(0.05586428, 0.015558629, 0.19882756, 0.014312327) * v0_4.z;
        a0_2 += vec4(0.178795, -0.049610604, -0.36489558, 0.41732898) * v0_4.w;
        a0_3 += vec4(-0.23187047, 0.010975962, 0.0438132, -0.052959803) * v0_4.x;
        a0_3 += vec4(-0.06097081, -0.050158054, 0.075217575, 0.015687898) * v0_4.y;
        a0_3 += vec4(0.090452805, -0.023415329, -0.1112077, 0.14325893) * v0_4.z;
        a0_3 += vec4(-0.44430873, 0.5754394, 0.22138248, 0.9600829) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.06500591, 0.17128548, 0.087880425, 0.030083595) * v0_4.x;
        a0_0 += vec4(-0.19567467, -0.044240076, -0.39192855, -0.088764206) * v0_4.y;
        a0_0 += vec4(0.059117388, 0.21363047, 0.5866385, -0.10034119) * v0_4.z;
        a0_0 += vec4(-0.34414822, 0.2816878, -0.22936393, -0.026862172) * v0_4.w;
        a0_1 += vec4(0.17090677, 0.08112912, 0.106308535, 0.031496152) * v0_4.x;
        a0_1 += vec4(-0.095793046, -0.21193625, 0.09400938, 0.12038868) * v0_4.y;
        a0_1 += vec4(0.21749893, 0.29433677, -0.09720015, 0.23580499) * v0_4.z;
        a0_1 += vec4(-0.28948897, -0.17646609, -0.16297604, 0.94595957) * v0_4.w;
        a0_2 += vec4(-0.042121302, 0.14984974, -0.1655493, 0.027383108) * v0_4.x;
        a0_2 += vec4(-0.06710872, 0.09957065, -0.018959327, 0.069651276) * v0_4.y;
        a0_2 += vec4(0.17469804, -0.0860692, 0.22778963, -0.0040136976) * v0_4.z;
        a0_2 += vec4(-0.17133862, 0.24035032, -0.37647742, 0.09631742) * v0_4.w;
        a0_3 += vec4(-0.001374508, 0.08922629, 0.02183818, -0.007298122) * v0_4.x;
        a0_3 += vec4(0.04190977, -0.14897309, 0.07866729, 0.039331388) * v0_4.y;
        a0_3 += vec4(0.051427267, -0.07335913, -0.07510419, -0.12656952) * v0_4.z;
        a0_3 += vec4(0.76267934, 0.4289599, -0.7168081, 0.6005064) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.017450435, -0.008009714, 0.24703434, -0.009368439) * v0_4.x;
        a0_0 += vec4(-0.011507157, -0.09753918, -0.2169605, -0.14993855) * v0_4.y;
        a0_0 += vec4(0.011848745, 0.068915926, -0.0033733172, 0.07566037) * v0_4.z;
        a0_0 += vec4(-0.07841365, -0.5787549, 0.039935626, -0.5071789) * v0_4.w;
        a0_1 += vec4(0.0821181, 0.15005095, 0.013993431, -0.010840322) * v0_4.x;
        a0_1 += vec4(-0.0346897, 0.021576175, -0.027959088, -0.13999633) * v0_4.y;
        a0_1 += vec4(-0.03191572, -0.0005661595, -0.02152548, 0.18865772) * v0_4.z;
        a0_1 += vec4(0.47631562, 0.18507555, 0.20293258, -0.440642) * v0_4.w;
        a0_2 += vec4(-0.027120505, 0.029584423, 0.034108613, -0.01911442) * v0_4.x;
        a0_2 += vec4(-0.05038286, -0.093917795, 0.02817406, 0.04933095) * v0_4.y;
        a0_2 += vec4(-0.0074033435, -0.025070585, 0.05466382, 0.02214115) * v0_4.z;
        a0_2 += vec4(0.1099196, -0.10905508, 0.073162444, 0.008276154) * v0_4.w;
        a0_3 += vec4(0.1447521, -0.011655407, -0.025268016, 0.031270884) * v0_4.x;
        a0_3 += vec4(-0.1409656, 0.009643, 0.008555755, 0.0003816396) * v0_4.y;
        a0_3 += vec4(0.27363488, -0.04281107, 0.0385803, 0.06870859) * v0_4.z;
        a0_3 += vec4(-0.31166762, 0.10217584, 0.3566162, 0.47433048) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.02699949, 0.04337066, -0.028844833, -0.18327013) * v0_4.x;
        a0_0 += vec4(0.019270988, 0.0044732476, 0.04026257, -0.0023906762) * v0_4.y;
        a0_0 += vec4(-0.03257226, 0.054302845, -0.051614817, 0.21698895) * v0_4.z;
        a0_0 += vec4(1.0265965, 1.6059058, -1.2123098, 2.2432985) * v0_4.w;
        a0_1 += vec4(-0.0125335315, 0.085442804, 0.13406013, -0.04200789) * v0_4.x;
        a0_1 += vec4(0.20422478, 0.1359117, -0.1532732, 0.14584799) * v0_4.y;
        a0_1 += vec4(-0.7638764, -0.014786535, 0.4027877, 0.06364929) * v0_4.z;
        a0_1 += vec4(1.1488614, -0.4579131, -0.9352097, -0.48992783) * v0_4.w;
        a0_2 += vec4(0.10289565, -0.015946252, 0.044525716, -0.0451089) * v0_4.x;
        a0_2 += vec4(-0.24954651, -0.15266839, -0.12216035, -0.09802559) * v0_4.y;
        a0_2 += vec4(-0.12643401, 0.021861162, 0.106372155, 0.011664158) * v0_4.z;
        a0_2 += vec4(-0.47065076, -4.0033064, 1.3381926, 0.30289367) * v0_4.w;
        a0_3 += vec4(0.03888576, 0.05069627, 0.16956647, 0.16769393) * v0_4.x;
        a0_3 += vec4(-0.23953679, -0.13275558, 0.20861049, -0.04484374) * v0_4.y;
        a0_3 += vec4(0.15661046, 0.06466727, -0.1567391, -0.070803) * v0_4.z;
        a0_3 += vec4(-0.8529993, -0.2986899, 0.12563446, 0.19540991) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 35]);
        a0_0 += vec4(0.31841218, 0.10227754, -0.04179721, 0.27813497) * v0_4.x;
        a0_0 += vec4(0.50437313, 0.30401784, -0.83502316, -0.17794444) * v0_4.y;
        a0_0 += vec4(0.40681085, -0.014192955, -0.34208548, -0.3159725) * v0_4.z;
        a0_0 += vec4(0.25310355, 0.39390773, -0.039146632, 1.4822648) * v0_4.w;
        a0_1 += vec4(-0.30711475, 0.14986925, 0.2728505, 0.19745374) * v0_4.x;
        a0_1 += vec4(-0.015334458, 0.23564081, 0.39173597, 0.024513489) * v0_4.y;
        a0_1 += vec4(-0.18967952, 0.26932964, -0.36520827, 0.052133285) * v0_4.z;
        a0_1 += vec4(-0.07051711, -0.33518225, 0.42559066, -0.3849896) * v0_4.w;
        a0_2 += vec4(0.08874324, -0.14718397, -0.16206247, -0.0046408363) * v0_4.x;
        a0_2 += vec4(-0.20309152, 0.3170359, 0.09034184, -0.0108817415) * v0_4.y;
        a0_2 += vec4(0.0135483, -0.45357051, -0.16762625, -0.27426755) * v0_4.z;
        a0_2 += vec4(-0.5428502, 0.59077454, -0.6760815, 0.2374615) * v0_4.w;
        a0_3 += vec4(-0.009582332, 0.018781941, -0.083862066, 0.34540504) * v0_4.x;
        a0_3 += vec4(0.1903877, 0.09198747, -0.049611587, 0.20686014) * v0_4.y;
        a0_3 += vec4(-0.28968215, 0.16041149, -0.07493239, -0.27891484) * v0_4.z;
        a0_3 += vec4(0.17805183, 0.11202903, -0.45208234, -0.37097716) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.015185076, 0.011515262, -0.17696188, -0.083727114) * v0_4.x;
        a0_0 += vec4(0.0219049, 0.1877359, -0.17514287, -0.07056134) * v0_4.y;
        a0_0 += vec4(-0.0047273273, 0.32253075, -0.23863189, 0.32053134) * v0_4.z;
        a0_0 += vec4(0.022383299, -0.75523853, -0.67907774, -0.34211034) * v0_4.w;
        a0_1 += vec4(0.07140103, -0.057007324, 0.012632208, -0.13049458) * v0_4.x;
        a0_1 += vec4(0.096567295, 0.15750505, 0.037136164, -0.19101153) * v0_4.y;
        a0_1 += vec4(-0.22457397, -0.3995724, -0.101503536, -0.2837814) * v0_4.z;
        a0_1 += vec4(0.0753693, 0.23190194, -0.02480795, -0.5058711) * v0_4.w;
        a0_2 += vec4(0.073494524, -0.0044760085, -0.008827016, 0.07018938) * v0_4.x;
        a0_2 += vec4(-0.29603386, -0.11475809, 0.20718506, -0.12137388) * v0_4.y;
        a0_2 += vec4(0.07416017, 0.110944025, 0.15559895, 0.6356071) * v0_4.z;
        a0_2 += vec4(-0.1815775, -0.062078163, -0.070203975, -0.05008616) * v0_4.w;
        a0_3 += vec4(-0.14741129, 0.0011291805, 0.15958002, 0.35017553) * v0_4.x;
        a0_3 += vec4(0.02642421, -0.034308303, 0.114132725, -0.23617588) * v0_4.y;
        a0_3 += vec4(-0.030350536, 0.10123737, 0.3390554, -0.24009877) * v0_4.z;
        a0_3 += vec4(-0.081743404, -0.17741175, 0.13157457, 0.098062605) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 68]);
        a0_0 += vec4(0.020736646, 0.22149237, 0.038500983, -0.0040626735) * v0_4.x;
        a0_0 += vec4(0.023792127, 0.051211964, -0.012986525, 0.5411656) * v0_4.y;
        a0_0 += vec4(-0.033746365, 0.2039634, 0.03940041, 0.06830118) * v0_4.z;
        a0_0 += vec4(0.22465043, 0.29020804, 0.50171816, 0.37238854) * v0_4.w;
        a0_1 += vec4(0.2593645, 0.02022268, -0.0051116063, 0.1556102) * v0_4.x;
        a0_1 += vec4(-0.04138701, 0.07484233, -0.43090296, -0.27348343) * v0_4.y;
        a0_1 += vec4(-0.13066594, 0.0665818, 0.12295215, 0.101660945) * v0_4.z;
        a0_1 += vec4(-0.2329971, 0.15687025, 1.2845021, 0.67747664) * v0_4.w;
        a0_2 += vec4(0.09505034, 0.008293356, -0.015580096, 0.06277421) * v0_4.x;
        a0_2 += vec4(-0.112059414, -0.18611094, 0.28189355, -0.007169763) * v0_4.y;
        a0_2 += vec4(0.1970073, 0.05416814, 0.21181273, 0.12052543) * v0_4.z;
        a0_2 += vec4(-0.22175871, -0.061673485, 0.39157298, 0.2969049) * v0_4.w;
        a0_3 += vec4(0.12401241, -0.02899271, 0.0886566, 0.45972896) * v0_4.x;
        a0_3 += vec4(-0.32484546, -0.026564205, 0.35018963, 0.03693773) * v0_4.y;
        a0_3 += vec4(0.030159509, -0.023272557, 0.026780142, -0.25289267) * v0_4.z;
        a0_3 += vec4(0.9466929, 0.002594958, 0.044176634, 1.1332469) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 69]);
        a0_0 += vec4(0.05687425, -0.06758185, -0.013886678, -0.37559056) * v0_4.x;
        a0_0 += vec4(0.039525576, -0.2898339, 0.23285526, 0.40275502) * v0_4.y;
        a0_0 += vec4(-0.021126723, 0.009932278, -0.06333526, 0.04787878) * v0_4.z;
        a0_0 += vec4(-0.07951041, -0.63527197, 0.861121, 0.19678026) * v0_4.w;
        a0_1 += vec4(-0.06993842, -0.27489927, 0.19507943, 0.19825046) * v0_4.x;
        a0_1 += vec4(0.14676231, 0.042970587, -0.55814904, -0.2734004) * v0_4.y;
        a0_1 += vec4(0.24545409, 0.08419905, 0.21980111, -0.06458914) * v0_4.z;
        a0_1 += vec4(-0.24575853, -0.17772894, -0.4633336, -0.15302145) * v0_4.w;
        a0_2 += vec4(-0.096156076, 0.36941817, -0.4053515, -0.073764406) * v0_4.x;
        a0_2 += vec4(0.07044593, -0.34292355, -0.8597628, 0.16438822) * v0_4.y;
        a0_2 += vec4(0.10281082, 0.31267264, 0.15760374, -0.34852383) * v0_4.z;
        a0_2 += vec4(0.038623758, 0.9325194, -0.23828413, 0.34724307) * v0_4.w;
        a0_3 += vec4(0.10046472, -0.07664723, -0.0126268985, 0.022851951) * v0_4.x;
        a0_3 += vec4(-0.29135856, -0.55939215, -0.40155914, -1.3748808) * v0_4.y;
        a0_3 += vec4(0.009468875, -0.14294069, 0.072558925, 0.21744375) * v0_4.z;
        a0_3 += vec4(-0.42082673, 0.113225915, -0.35854086, -0.57919407) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.09713811, -0.022226477, 0.11775823, -0.024345307) * v0_4.x;
        a0_0 += vec4(0.06314863, -0.02617594, 0.07589644, 0.03323357) * v0_4.y;
        a0_0 += vec4(0.0363189, -0.13977173, 0.17505853, 0.32290134) * v0_4.z;
        a0_0 += vec4(0.091539726, -0.4658496, 0.22282986, -0.30940628) * v0_4.w;
        a0_1 += vec4(0.008605006, 0.014479516, 0.11607664, -0.09510068) * v0_4.x;
        a0_1 += vec4(-0.106181175, 0.055161703, -0.1667029, -0.027978044) * v0_4.y;
        a0_1 += vec4(-0.036544915, 0.10974465, 0.002222587, 0.10383097) * v0_4.z;
        a0_1 += vec4(0.09041401, 0.16488943, 0.11226269, -0.19162667) * v0_4.w;
        a0_2 += vec4(-0.083282165, 0.097932056, -0.07639453, -0.12619315) * v0_4.x;
        a0_2 += vec4(0.025155192, 0.030924903, -0.3102157, 0.25227463) * v0_4.y;
        a0_2 += vec4(-0.21255834, 0.07570855, 0.15667818, 0.040364295) * v0_4.z;
        a0_2 += vec4(0.17856519, 0.321062, 0.4306812, 0.37703678) * v0_4.w;
        a0_3 += vec4(-0.30213612, 0.10097708, -0.018049039, 0.33585167) * v0_4.x;
        a0_3 += vec4(0.05401334, 0.00632056, 0.30523145, 0.70237666) * v0_4.y;
        a0_3 += vec4(0.10806503, 0.017194161, 0.007315611, 0.011585378) * v0_4.z;
        a0_3 += vec4(-0.064837925, 0.1594983, -0.14246199, 0.58990574) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0051450958, -0.15760042, 0.4231499, 0.18060577) * v0_5.x;
        a0_0 += vec4(-0.056309167, 0.14636351, 0.118280545, 0.12054733) * v0_5.y;
        a0_0 += vec4(0.023568582, 0.009474138, -0.06755038, 0.06620043) * v0_5.z;
        a0_0 += vec4(-0.033185657, -0.04800841, -0.11323891, -0.008924259) * v0_5.w;
        a0_1 += vec4(-0.17456424, 0.019543786, 0.20534173, 0.013147431) * v0_5.x;
        a0_1 += vec4(0.124293834, -0.04668545, 0.08630591, -0.0072679613) * v0_5.y;
        a0_1 += vec4(-0.066717155, -0.23682246, 0.08739879, -0.11521261) * v0_5.z;
        a0_1 += vec4(0.15619731, 0.16530192, -0.003974877, 0.07453722) * v0_5.w;
        a0_2 += vec4(0.1167811, -0.01418504, -0.052589666, 0.17359132) * v0_5.x;
        a0_2 += vec4(0.05885276, -0.081918955, -0.049661536, -0.06669211) * v0_5.y;
        a0_2 += vec4(-0.02992237, 0.038094994, -0.08164139, 0.005531726) * v0_5.z;
        a0_2 += vec4(0.022294234, 0.031138966, -0.027273908, 0.03937209) * v0_5.w;
        a0_3 += vec4(-0.16932517, -0.09341428, 0.3430739, -0.12229078) * v0_5.x;
        a0_3 += vec4(-0.11999112, 0.03741224, -0.05492939, -0.0026339903) * v0_5.y;
        a0_3 += vec4(-0.32195285, 0.09540514, 0.06530155, 0.0028655198) * v0_5.z;
        a0_3 += vec4(-0.077018835, -0.09946717, 0.079684116, 0.10899142) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.06419975, 0.44804958, -0.020719472, -0.04972149) * v0_5.x;
        a0_0 += vec4(0.03628369, 0.019943887, -0.02505207, 0.12998594) * v0_5.y;
        a0_0 += vec4(0.006989791, 0.24113663, -0.14214529, 0.1999471) * v0_5.z;
        a0_0 += vec4(-0.039955325, -0.049669247, -0.4479814, 0.33965677) * v0_5.w;
        a0_1 += vec4(0.2380412, -0.08698716, -0.027357634, -0.6958079) * v0_5.x;
        a0_1 += vec4(-0.021177795, 0.14077368, 0.24077934, 0.12516506) * v0_5.y;
        a0_1 += vec4(-0.19820255, 0.18605731, 0.096661836, -0.18042073) * v0_5.z;
        a0_1 += vec4(-0.3048348, -0.10395768, -0.030368034, -0.15081505) * v0_5.w;
        a0_2 += vec4(0.08101662, -0.042889368, 0.14470932, 0.22161952) * v0_5.x;
        a0_2 += vec4(0.12996526, 0.043119673, -0.08832045, 0.095040694) * v0_5.y;
        a0_2 += vec4(-0.09526287, -0.2629706, 0.32249454, -0.1795436) * v0_5.z;
        a0_2 += vec4(-0.12670264, 0.15224054, 0.11607692, 0.1272891) * v0_5.w;
        a0_3 += vec4(-0.502374, 0.11165775, 0.17943372, -0.079336174) * v0_5.x;
        a0_3 += vec4(-0.07131844, 0.2809923, -0.13127527, 0.0633431) * v0_5.y;
        a0_3 += vec4(-0.24214922, 0.21910663, -0.49700248, -0.15542454) * v0_5.z;
        a0_3 += vec4(-0.089767866, -0.27447262, 0.17418122, 0.07191535) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(0.07881262, -0.10573373, -0.0626451, -0.09977468) * v0_5.x;
        a0_0 += vec4(-0.037368026, 0.054085866, -0.31893846, 0.046081837) * v0_5.y;
        a0_0 += vec4(-0.12702462, 0.03462566, -0.19970353, 0.01761308) * v0_5.z;
        a0_0 += vec4(-0.02324446, -0.09832516, 0.052062348, -0.07844883) * v0_5.w;
        a0_1 += vec4(0.10696881, 0.08310753, -0.039047334, -0.032041088) * v0_5.x;
        a0_1 += vec4(-0.021046072, -0.11450948, 0.15064356, -0.047573496) * v0_5.y;
        a0_1 += vec4(0.025164329, -0.048200812, 0.06391055, -0.025798978) * v0_5.z;
        a0_1 += vec4(-0.17370795, -0.03326645, 0.06311836, -0.119780034) * v0_5.w;
        a0_2 += vec4(-0.08650342, -0.111262, -0.05717097, -0.018508876) * v0_5.x;
        a0_2 += vec4(-0.056361806, 0.031751845, 0.04617934, -0.13391319) * v0_5.y;
        a0_2 += vec4(-0.116569266, 0.010901952, 0.010313211, -0.19171946) * v0_5.z;
        a0_2 += vec4(0.07925488, 0.03652511, 0.04150935, -0.055951826) * v0_5.w;
        a0_3 += vec4(-0.0044880547, 0.040800046, -0.106733344, -0.14740752) * v0_5.x;
        a0_3 += vec4(-0.08882322, 0.05579882, -0.116783574, 0.21178295) * v0_5.y;
        a0_3 += vec4(-0.19459495, 0.012615045, -0.50277907, 0.032514036) * v0_5.z;
        a0_3 += vec4(0.0028108135, -0.13599889, -0.0042471066, 0.1098834) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.1351513, -0.72073823, 0.17526044, 0.3965589) * v0_5.x;
        a0_0 += vec4(0.017998695, 0.0071757594, 0.014283309, 0.25352487) * v0_5.y;
        a0_0 += vec4(0.03937401, 0.17419127, 0.070205644, 0.09253763) * v0_5.z;
        a0_0 += vec4(0.0035933559, 0.18372926, -0.16931735, -0.09046159) * v0_5.w;
        a0_1 += vec4(-0.49799445, -0.101748355, 0.026548926, 0.0009869694) * v0_5.x;
        a0_1 += vec4(0.13140613, 0.018815681, -0.00028442143, 0.16075283) * v0_5.y;
        a0_1 += vec4(0.13004704, -0.034162313, 0.04865496, -0.25653997) * v0_5.z;
        a0_1 += vec4(0.18711624, -0.02361482, 0.12062705, -0.022263441) * v0_5.w;
        a0_2 += vec4(-0.106069, -0.2882112, -0.32033947, 0.14663343) * v0_5.x;
        a0_2 += vec4(0.13325286, -0.090952724, 0.15536335, 0.052787397) * v0_5.y;
        a0_2 += vec4(0.05464404, 0.015789662, -0.0040731574, 0.0027198617) * v0_5.z;
        a0_2 += vec4(-0.061516847, 0.052685317, 0.08264559, 0.02729795) * v0_5.w;
        a0_3 += vec4(-0.01825542, 0.1578331, -0.21739319, 0.17367771) * v0_5.x;
        a0_3 += vec4(0.04488962, 0.045159876, 0.10718336, 0.15808535) * v0_5.y;
        a0_3 += vec4(-0.14622433, 0.11565846, -0.23890516, 0.10785032) * v0_5.z;
        a0_3 += vec4(-0.061551236, -0.09752946, 0.040210646, -0.022730613) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 35]);
        a0_0 += vec4(0.09898898, 0.29403368, 0.36500993, -0.6324335) * v0_5.x;
        a0_0 += vec4(0.06488811, -0.0555426, 0.10371043, 0.0064976104) * v0_5.y;
        a0_0 += vec4(0.09621622, -0.1844134, -0.03883004, -0.37541935) * v0_5.z;
        a0_0 += vec4(0.0621376, -0.2851736, 0.04521926, -0.16881518) * v0_5.w;
        a0_1 += vec4(-0.0015738473, 0.13591145, -0.1493836, 0.35722584) * v0_5.x;
        a0_1 += vec4(-0.07613316, 0.07273466, 0.18546596, 0.002357422) * v0_5.y;
        a0_1 += vec4(-0.019954395, 0.10181495, -0.08570051, 0.016389789) * v0_5.z;
        a0_1 += vec4(-0.016193232, 0.34178185, 0.14009538, -0.00346789) * v0_5.w;
        a0_2 += vec4(0.007308095, -0.17614515, 0.28783074, -0.9189553) * v0_5.x;
        a0_2 += vec4(0.21325535, 0.051409543, -0.05781061, -0.040069897) * v0_5.y;
        a0_2 += vec4(-0.2826401, 0.019891914, 0.23495974, -0.40328723) * v0_5.z;
        a0_2 += vec4(-0.32055745, -0.029064918, 0.7348401, -0.19686995) * v0_5.w;
        a0_3 += vec4(0.03457091, 0.084648624, -0.19547012, -0.1445636) * v0_5.x;
        a0_3 += vec4(0.16226695, 0.08337543, -0.0012870614, 0.10822537) * v0_5.y;
        a0_3 += vec4(-0.036591757, 0.20207573, -1.0499232, -0.22635952) * v0_5.z;
        a0_3 += vec4(-0.2565335, -0.46139503, 0.10725392, -0.17483696) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.0332134, -0.107515305, 0.11302439, -0.07755823) * v0_5.x;
        a0_0 += vec4(-0.07026915, 0.14762509, 0.14312848, 0.16476385) * v0_5.y;
        a0_0 += vec4(0.004468027, -0.17940027, 0.31457168, 0.23536958) * v0_5.z;
        a0_0 += vec4(0.010647795, 0.13393684, -0.26272476, 0.15082082) * v0_5.w;
        a0_1 += vec4(0.060526446, -0.0048280773, 0.044525918, 0.025912397) * v0_5.x;
        a0_1 += vec4(-0.06335521, 0.00718508, 0.07674829, 0.13279209) * v0_5.y;
        a0_1 += vec4(0.03200262, 0.105206266, -0.024052003, -0.106099814) * v0_5.z;
        a0_1 += vec4(-0.12935239, 0.08653851, 0.023443455, -0.05271129) * v0_5.w;
        a0_2 += vec4(-0.10470234, -0.11646157, 0.011246417, -0.29291832) * v0_5.x;
        a0_2 += vec4(0.061151206, 0.11582606, 0.0870496, -0.033678215) * v0_5.y;
        a0_2 += vec4(-0.1276939, 0.02227953, 0.025519338, -0.17415357) * v0_5.z;
        a0_2 += vec4(-0.17239776, 0.14768149, 0.27701813, 0.107354924) * v0_5.w;
        a0_3 += vec4(-0.02482396, 0.076638296, -0.26231682, -0.029845202) * v0_5.x;
        a0_3 += vec4(0.1292056, 0.08607923, -0.08030817, 0.27016577) * v0_5.y;
        a0_3 += vec4(-0.103699565, 0.00026433961, -0.7731009, 0.09961459) * v0_5.z;
        a0_3 += vec4(0.040947378, -0.023460157, 0.16457434, 0.19505286) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.017708845, -0.069853775, 0.021684464, 0.018642493) * v0_5.x;
        a0_0 += vec4(0.060621686, 0.11644586, 0.086567186, 0.033837717) * v0_5.y;
        a0_0 += vec4(0.015906077, 0.029424706, -0.02505418, 0.081145376) * v0_5.z;
        a0_0 += vec4(-0.009521844, 0.06738458, -0.04931767, -0.051327854) * v0_5.w;
        a0_1 += vec4(0.21956016, -0.1429551, -0.0027738798, -0.436143) * v0_5.x;
        a0_1 += vec4(0.06786912, 0.12924945, -0.004840751, -0.0015595749) * v0_5.y;
        a0_1 += vec4(0.09060175, -0.044800665, -0.19342509, -0.12292698) * v0_5.z;
        a0_1 += vec4(0.11155459, 0.09935573, 0.026639914, -0.13801795) * v0_5.w;
        a0_2 += vec4(0.08692945, 0.083571486, -0.12748118, 0.09733716) * v0_5.x;
        a0_2 += vec4(0.12568961, -0.058736682, 0.14068969, -0.0033396173) * v0_5.y;
        a0_2 += vec4(-0.010829271, 0.07061805, -0.06625334, -0.07993038) * v0_5.z;
        a0_2 += vec4(-0.11778017, 0.018444233, -0.071128815, 0.11453241) * v0_5.w;
        a0_3 += vec4(-0.082439944, 0.1501853, -0.03609953, 0.16173019) * v0_5.x;
        a0_3 += vec4(0.017979613, -0.10067214, 0.09041682, 0.041630752) * v0_5.y;
        a0_3 += vec4(-0.058287986, -0.04935145, 0.05013564, -0.013079431) * v0_5.z;
        a0_3 += vec4(-0.124356665, -0.054363787, 0.032231238, -0.06656775) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 69]);
        a0_0 += vec4(0.07625626, 0.15296616, -0.05108697, -0.22876082) * v0_5.x;
        a0_0 += vec4(0.049646292, 0.11500226, 0.10052123, 0.16057147) * v0_5.y;
        a0_0 += vec4(-0.055723928, 0.05712855, -0.03488604, -0.10507118) * v0_5.z;
        a0_0 += vec4(-0.06725942, 0.30491433, 0.111234374, 0.33024707) * v0_5.w;
        a0_1 += vec4(-0.03111417, -0.23151036, -0.15066165, 0.08405567) * v0_5.x;
        a0_1 += vec4(0.03900448, 0.0004618403, 0.064022146, -0.046199884) * v0_5.y;
        a0_1 += vec4(0.093686186, 0.013357704, -0.11826389, -0.09376755) * v0_5.z;
        a0_1 += vec4(-0.06276542, -0.22411177, -0.19583291, 0.045340218) * v0_5.w;
        a0_2 += vec4(-0.46835116, 0.08479999, -0.0039169136, 0.13786642) * v0_5.x;
        a0_2 += vec4(0.014397927, 0.0029696166, 0.098397054, -0.029238032) * v0_5.y;
        a0_2 += vec4(-0.09004943, 0.052431967, 0.08756358, -0.1809681) * v0_5.z;
        a0_2 += vec4(-0.06502543, 0.2852029, -0.07329348, -0.04177569) * v0_5.w;
        a0_3 += vec4(0.32668656, 0.028573174, 0.5807744, -0.22176915) * v0_5.x;
        a0_3 += vec4(0.023082854, -0.13584508, -0.0025661099, 0.06785069) * v0_5.y;
        a0_3 += vec4(-0.057173602, -0.024600903, -0.24968648, 0.2638518) * v0_5.z;
        a0_3 += vec4(-0.023331875, -0.19284633, 0.119807445, 0.4203094) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.036012206, -0.053939093, 0.015232185, -0.055970423) * v0_5.x;
        a0_0 += vec4(-0.0385931, 0.07835048, 0.096713014, -0.041851964) * v0_5.y;
        a0_0 += vec4(0.005637644, -0.060264934, -0.13444582, 0.034695953) * v0_5.z;
        a0_0 += vec4(-0.04596006, -0.04313428, 0.025157876, 0.1384406) * v0_5.w;
        a0_1 += vec4(-0.023033304, -0.014538378, -0.038210288, -0.15478744) * v0_5.x;
        a0_1 += vec4(-0.013306196, 0.020858865, 0.057584386, 0.02142128) * v0_5.y;
        a0_1 += vec4(-0.046950452, -0.04762053, 0.063769825, 0.062321283) * v0_5.z;
        a0_1 += vec4(-0.06319063, 0.07391439, -0.0029234062, -0.105590835) * v0_5.w;
        a0_2 += vec4(-0.1420336, -0.07388307, -0.032658957, -0.091695175) * v0_5.x;
        a0_2 += vec4(-0.0040496914, 0.0015058133, 0.078495935, 0.056698773) * v0_5.y;
        a0_2 += vec4(-0.012944238, -0.0055635595, 0.035124477, -0.2157339) * v0_5.z;
        a0_2 += vec4(-0.038642045, 0.10222997, 0.00074178586, 0.0017457946) * v0_5.w;
        a0_3 += vec4(-0.041246776, 0.0041941586, -0.08796395, 0.04365504) * v0_5.x;
        a0_3 += vec4(0.0077941446, 0.027693383, -0.034461077, 0.19604589) * v0_5.y;
        a0_3 += vec4(-0.018094443, 0.033370476, -0.3490843, -0.07702034) * v0_5.z;
        a0_3 += vec4(-0.06352689, 0.036580063, -0.028204191, 0.043852564) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.013721689, 0.012799238, -0.02374232, 0.084298804) * v0_6.x;
        a0_0 += vec4(-0.033889066, 0.0043725143, -0.11799324, -0.728515) * v0_6.y;
        a0_0 += vec4(0.050513715, 0.19966266, 0.10668769, -0.43184024) * v0_6.z;
        a0_0 += vec4(0.019519875, 0.08859712, 0.048608758, 0.16061369) * v0_6.w;
        a0_1 += vec4(0.115051836, 0.029250428, -0.042751107, 0.05254452) * v0_6.x;
        a0_1 += vec4(0.041774757, -1.3463695, 0.16861367, -0.219713) * v0_6.y;
        a0_1 += vec4(-0.009610078, -0.6178128, 0.18123557, 0.09589148) * v0_6.z;
        a0_1 += vec4(0.033282384, 0.005443035, 0.01781811, -0.12842776) * v0_6.w;
        a0_2 += vec4(0.09484224, -0.028168032, 0.12768438, 0.03912507) * v0_6.x;
        a0_2 += vec4(-0.0022917585, 0.03248419, 0.02721924, -0.121199645) * v0_6.y;
        a0_2 += vec4(-0.11108387, -0.13500406, -0.024739847, 0.026627159) * v0_6.z;
        a0_2 += vec4(0.05148283, -0.0018055746, 0.0058862395, 0.040583603) * v0_6.w;
        a0_3 += vec4(0.10232804, -0.006077989, 0.050019518, 0.11602139) * v0_6.x;
        a0_3 += vec4(-0.090102084, 0.12726583, 0.037977304, 0.08869181) * v0_6.y;
        a0_3 += vec4(-0.14940695, -0.021103106, -0.032894358, 0.047170646) * v0_6.z;
        a0_3 += vec4(-0.16822505, 0.056850057, -0.020497102, 0.029926531) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.013668889, 0.027528549, -0.14263532, 0.08409372) * v0_6.x;
        a0_0 += vec4(-0.08566772, -0.03756936, -0.14816058, -0.57736915) * v0_6.y;
        a0_0 += vec4(-0.08733867, 0.17958239, 0.02625638, -0.569547) * v0_6.z;
        a0_0 += vec4(0.016371628, 0.026348928, -0.052582733, -0.015587701) * v0_6.w;
        a0_1 += vec4(-0.039929036, 0.0355703, 0.065900706, -0.008569889) * v0_6.x;
        a0_1 += vec4(0.058944818, -0.7551617, 0.37125692, -0.087499835) * v0_6.y;
        a0_1 += vec4(0.0031313314, 0.078420505, 0.026651854, -0.0045882487) * v0_6.z;
        a0_1 += vec4(0.038311485, 0.2573197, 0.10422046, -0.3304441) * v0_6.w;
        a0_2 += vec4(-0.057095233, -0.015163229, 0.07534633, -0.032741208) * v0_6.x;
        a0_2 += vec4(-0.1507883, 0.13374612, 0.1874841, 0.056230232) * v0_6.y;
        a0_2 += vec4(-0.0713848, -0.021516977, -0.31512484, -0.05517987) * v0_6.z;
        a0_2 += vec4(0.018920483, 0.031008726, 0.07528253, 0.013666764) * v0_6.w;
        a0_3 += vec4(0.05679189, 0.03009707, 0.09271889, 0.1452269) * v0_6.x;
        a0_3 += vec4(-0.13279422, -0.0229016, 0.15170208, 0.28165734) * v0_6.y;
        a0_3 += vec4(0.25188154, 0.1503759, 0.22144592, 0.009805573) * v0_6.z;
        a0_3 += vec4(-0.20300111, 0.03110374, 0.010787475, 0.026303295) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.032085154, 0.112853065, -0.04952242, 0.1291716) * v0_6.x;
        a0_0 += vec4(-0.12929581, -0.016040852, -0.03945986, -0.4082456) * v0_6.y;
        a0_0 += vec4(0.05143234, 0.06976731, 0.23516557, -0.3606082) * v0_6.z;
        a0_0 += vec4(0.03677535, -0.018306773, 0.1542672, 0.008259577) * v0_6.w;
        a0_1 += vec4(-0.091805026, -0.054957453, 0.16636682, -0.06926543) * v0_6.x;
        a0_1 += vec4(0.19802935, -0.13930406, 0.059224565, 0.24277955) * v0_6.y;
        a0_1 += vec4(0.13472448, -0.057595443, 0.040348355, -0.20867041) * v0_6.z;
        a0_1 += vec4(0.032783717, 0.024916803, -0.024695862, -0.30152124) * v0_6.w;
        a0_2 += vec4(-0.03164615, 0.06300174, 0.032556005, 0.013826809) * v0_6.x;
        a0_2 += vec4(-0.0919597, -0.028468888, 0.21432173, -0.10537255) * v0_6.y;
        a0_2 += vec4(-0.042640403, 0.009012224, 0.05803763, 0.1226149) * v0_6.z;
        a0_2 += vec4(0.13967922, 0.03849326, 0.02999087, 0.020332465) * v0_6.w;
        a0_3 += vec4(0.015498357, 0.067315616, 0.0822896, 0.08938353) * v0_6.x;
        a0_3 += vec4(0.07336162, -0.103446744, 0.07073281, -0.030839719) * v0_6.y;
        a0_3 += vec4(-0.14263548, 0.10065543, 0.06188872, -0.048266098) * v0_6.z;
        a0_3 += vec4(-0.15079641, 0.019407988, 0.038654078, 0.060900126) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 34]);
        a0_0 += vec4(0.016372504, -0.0070662284, 0.12197586, 0.06748505) * v0_6.x;
        a0_0 += vec4(-0.12295985, 0.059842106, -0.028126491, -0.38117516) * v0_6.y;
        a0_0 += vec4(0.09509903, -0.23314562, -0.12142423, -0.01889579) * v0_6.z;
        a0_0 += vec4(0.020499144, 0.09331554, -0.07573203, -0.039687317) * v0_6.w;
        a0_1 += vec4(-0.045492996, 0.0745255, 0.044796575, 0.13446243) * v0_6.x;
        a0_1 += vec4(-0.119575426, -0.34158093, -0.47872755, 0.15831971) * v0_6.y;
        a0_1 += vec4(-0.21747603, 0.11864493, 0.04170891, -0.08694121) * v0_6.z;
        a0_1 += vec4(0.09877152, 0.068414606, 0.121137924, -0.18418857) * v0_6.w;
        a0_2 += vec4(0.08486279, -0.055737156, 0.07666408, 0.072905034) * v0_6.x;
        a0_2 += vec4(-0.03861488, -0.013318491, -0.22917931, -0.09742365) * v0_6.y;
        a0_2 += vec4(-0.005001712, 0.061192237, -0.21483324, 0.030310016) * v0_6.z;
        a0_2 += vec4(0.041008867, -0.002631481, 0.016131254, -0.06307914) * v0_6.w;
        a0_3 += vec4(3.5045192e-05, 0.028689122, -0.04724806, 0.058447096) * v0_6.x;
        a0_3 += vec4(0.08514591, -0.09936972, -0.076331586, 0.07792259) * v0_6.y;
        a0_3 += vec4(-0.006429966, -0.005913239, -0.026334938, 0.13954161) * v0_6.z;
        a0_3 += vec4(-0.20750113, -0.027019963, -0.0504558, 0.030859476) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.06523112, 0.1115557, -0.13141568, -0.076518275) * v0_6.x;
        a0_0 += vec4(0.22385037, 0.051817946, -0.13144736, -0.76036626) * v0_6.y;
        a0_0 += vec4(0.22478345, 0.084616646, -0.009369965, 2.2400863) * v0_6.z;
        a0_0 += vec4(0.04760143, 0.07278314, -0.12248079, -0.5196359) * v0_6.w;
        a0_1 += vec4(0.1536057, -0.14420255, 0.061106026, 0.25113207) * v0_6.x;
        a0_1 += vec4(-0.15105975, -0.11294851, 0.28885663, 0.249764) * v0_6.y;
        a0_1 += vec4(0.09003822, 0.29121283, -0.47800887, -0.28591055) * v0_6.z;
        a0_1 += vec4(-0.061121177, -0.22273183, -0.020940749, -0.32592547) * v0_6.w;
        a0_2 += vec4(-0.008239557, -0.059365015, 0.10872842, -0.059243873) * v0_6.x;
        a0_2 += vec4(0.08721239, 0.16082077, 0.009714344, 0.07582317) * v0_6.y;
        a0_2 += vec4(-0.19243337, -0.51029044, 0.26393136, -0.118696675) * v0_6.z;
        a0_2 += vec4(0.05550419, -0.031886403, 0.07487437, 0.034249607) * v0_6.w;
        a0_3 += vec4(0.16391242, 0.11010714, -0.0726046, 0.14909127) * v0_6.x;
        a0_3 += vec4(0.11595877, 0.004168351, 0.034623176, 0.04393853) * v0_6.y;
        a0_3 += vec4(-0.104881726, 0.012494496, -0.028675128, -0.3010286) * v0_6.z;
        a0_3 += vec4(-0.38113993, -0.048183165, -0.1315588, -0.01620024) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.010783272, 0.20468853, 0.028034076, 0.08842021) * v0_6.x;
        a0_0 += vec4(-0.022902891, 0.013527307, -0.07778249, -0.5347425) * v0_6.y;
        a0_0 += vec4(0.023293119, -0.07133847, -0.0492269, -0.52353215) * v0_6.z;
        a0_0 += vec4(0.050140988, 0.03659886, -0.021283183, -0.108608164) * v0_6.w;
        a0_1 += vec4(-0.04637224, 0.018961102, 0.020337338, 0.11999065) * v0_6.x;
        a0_1 += vec4(0.16871275, -0.039289758, 0.00074320775, -0.10269183) * v0_6.y;
        a0_1 += vec4(0.05033763, -0.05400853, -0.06005674, 0.46703076) * v0_6.z;
        a0_1 += vec4(-0.06822246, -0.08491263, -0.012516524, -0.4113721) * v0_6.w;
        a0_2 += vec4(0.034052134, 0.11022747, 0.058309525, 0.13692333) * v0_6.x;
        a0_2 += vec4(0.030472817, -0.054065194, 0.17510623, 0.18626103) * v0_6.y;
        a0_2 += vec4(-0.025153667, 0.14310277, -0.01825704, 0.11602331) * v0_6.z;
        a0_2 += vec4(0.0259339, -0.010923728, -0.011021909, -0.060436837) * v0_6.w;
        a0_3 += vec4(0.07487305, 0.04378936, -0.060904454, 0.13293639) * v0_6.x;
        a0_3 += vec4(-0.0653314, 0.037028458, 0.1952872, 0.2351629) * v0_6.y;
        a0_3 += vec4(0.19737917, -0.15465376, -0.19056813, -0.15741211) * v0_6.z;
        a0_3 += vec4(-0.34390843, -0.01940382, -0.034628253, -0.050710227) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 68]);
        a0_0 += vec4(0.04081373, 0.06297591, 0.011737012, 0.07773822) * v0_6.x;
        a0_0 += vec4(-0.024749497, -0.04241316, -0.18998826, -0.6295829) * v0_6.y;
        a0_0 += vec4(0.031368613, -0.022465019, -0.11716884, -0.2727385) * v0_6.z;
        a0_0 += vec4(1.3931181e-05, 0.04118823, -0.071628675, 0.0560868) * v0_6.w;
        a0_1 += vec4(0.01397314, -0.013303247, -0.17585704, 0.09650754) * v0_6.x;
        a0_1 += vec4(-0.1870409, -0.06364949, -0.1419276, 0.101269044) * v0_6.y;
        a0_1 += vec4(0.089166366, -0.17171815, -0.30475634, 0.09715335) * v0_6.z;
        a0_1 += vec4(0.049211614, -0.002294859, 0.16028745, -0.16988043) * v0_6.w;
        a0_2 += vec4(0.12284936, -0.038067915, 0.11871092, 0.036828365) * v0_6.x;
        a0_2 += vec4(-0.11237931, -0.13707173, -0.2312729, -0.018084489) * v0_6.y;
        a0_2 += vec4(-0.08439929, 0.05503302, 0.08982365, 0.015544661) * v0_6.z;
        a0_2 += vec4(0.09030925, -0.036169007, -0.03011449, 0.022595253) * v0_6.w;
        a0_3 += vec4(0.13126612, 0.034421466, 0.07083511, 0.18203323) * v0_6.x;
        a0_3 += vec4(0.13850912, 0.036218148, -0.15604755, 0.14378557) * v0_6.y;
        a0_3 += vec4(0.022097459, -0.05010652, 0.112829946, -0.13094294) * v0_6.z;
        a0_3 += vec4(-0.13462092, 0.013596207, 0.015433991, 0.0010847846) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 69]);
        a0_0 += vec4(0.03767071, -0.01156686, 0.18171673, -0.1430711) * v0_6.x;
        a0_0 += vec4(-0.066655755, 0.08428286, 0.31792477, -0.8664403) * v0_6.y;
        a0_0 += vec4(-0.14042564, -0.009794289, -0.07033047, -0.37070757) * v0_6.z;
        a0_0 += vec4(0.062397983, -0.00801166, -0.0034588207, -0.024271926) * v0_6.w;
        a0_1 += vec4(-0.02535254, 0.038862202, 0.026605098, -0.02986821) * v0_6.x;
        a0_1 += vec4(0.015594697, -0.01915811, -0.14252083, 0.016895005) * v0_6.y;
        a0_1 += vec4(-0.10214268, 0.036865976, 0.16528422, -0.26692706) * v0_6.z;
        a0_1 += vec4(0.038618404, 0.083980426, -0.044334084, -0.16242938) * v0_6.w;
        a0_2 += vec4(0.27154922, -0.06716872, 0.09793987, 0.07021039) * v0_6.x;
        a0_2 += vec4(0.06001739, -0.002078898, -0.019173348, 0.11282228) * v0_6.y;
        a0_2 += vec4(-0.10524377, 0.16066104, -0.29254216, -0.23972423) * v0_6.z;
        a0_2 += vec4(0.044012096, 0.003369262, -0.0726597, -0.09072062) * v0_6.w;
        a0_3 += vec4(0.081508085, 0.0020226794, -0.07463045, 0.12744093) * v0_6.x;
        a0_3 += vec4(-0.046915106, 0.011674384, 0.09712423, -0.12683547) * v0_6.y;
        a0_3 += vec4(0.11100819, -0.27745518, -0.2966562, -0.43319258) * v0_6.z;
        a0_3 += vec4(-0.4078367, -0.014837506, -0.08604366, 0.07492186) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 70]);
        a0_0 += vec4(0.05629877, 0.09073649, 0.33468255, 0.11742887) * v0_6.x;
        a0_0 += vec4(0.060363375, -0.12988676, 0.089493774, -0.31278867) * v0_6.y;
        a0_0 += vec4(0.06597197, 0.002712391, 0.21740861, -0.24369462) * v0_6.z;
        a0_0 += vec4(0.020091657, 0.042369522, -0.12682956, -0.0352122) * v0_6.w;
        a0_1 += vec4(-0.07492681, 0.058041144, 0.026567472, 0.1499848) * v0_6.x;
        a0_1 += vec4(-0.005909218, 0.0534802, -0.034351565, -0.24728958) * v0_6.y;
        a0_1 += vec4(-0.12163124, -0.034479037, 0.09780674, 0.15087095) * v0_6.z;
        a0_1 += vec4(0.05771658, 0.04815517, 0.05607033, -0.23582906) * v0_6.w;
        a0_2 += vec4(0.07378505, 0.050433263, 0.02719121, 0.08354564) * v0_6.x;
        a0_2 += vec4(0.44861662, -0.19237737, -0.035772547, -0.084510304) * v0_6.y;
        a0_2 += vec4(0.16763969, 0.323455, -0.06218754, 0.19696902) * v0_6.z;
        a0_2 += vec4(0.056579765, 0.016011255, -0.10023325, -0.09716196) * v0_6.w;
        a0_3 += vec4(0.09487703, 0.035617664, -0.005322295, 0.18227166) * v0_6.x;
        a0_3 += vec4(-0.23990566, 0.09407424, -0.06919062, -0.10134771) * v0_6.y;
        a0_3 += vec4(0.1117839, 0.073649324, -0.010420145, -0.07258304) * v0_6.z;
        a0_3 += vec4(-0.33146855, 0.06925787, -0.07496293, 0.054395948) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.07705421, 0.14655161, -0.15920356, -0.21995056) * v0_7.x;
        a0_0 += vec4(-0.014202915, -0.021717992, -0.089232825, -0.012000037) * v0_7.y;
        a0_0 += vec4(0.04469433, -0.026820691, 0.15597984, -0.022502646) * v0_7.z;
        a0_0 += vec4(0.006914514, -0.19888951, 0.21220444, 0.17938675) * v0_7.w;
        a0_1 += vec4(0.28308165, -0.28567734, -0.65978485, -0.011553816) * v0_7.x;
        a0_1 += vec4(0.13587657, -0.12044554, -0.00977827, -0.18941288) * v0_7.y;
        a0_1 += vec4(-0.0018173895, 0.011407545, -0.053531498, 0.24653833) * v0_7.z;
        a0_1 += vec4(-0.08707101, -0.21592058, 0.3635564, 0.021599567) * v0_7.w;
        a0_2 += vec4(0.03837631, 0.08774383, 0.06363697, 0.049066767) * v0_7.x;
        a0_2 += vec4(-0.0030270966, 0.03892385, -0.0047903294, -0.020191245) * v0_7.y;
        a0_2 += vec4(0.020035189, -0.023216285, 0.0056477203, 0.029383) * v0_7.z;
        a0_2 += vec4(-0.045547128, 0.062387347, 0.10607699, -0.03863291) * v0_7.w;
        a0_3 += vec4(0.27804977, 0.04060201, -0.03415181, 0.05594808) * v0_7.x;
        a0_3 += vec4(-0.20309801, 0.08921539, 0.027383287, -0.014300932) * v0_7.y;
        a0_3 += vec4(0.14656137, -0.042295467, 0.026592502, -0.0022422688) * v0_7.z;
        a0_3 += vec4(0.03638837, 0.12393212, 0.09580104, 0.11455205) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.27089316, -1.8292671, -0.2802968, -0.052826855) * v0_7.x;
        a0_0 += vec4(-0.0009310705, 0.07023756, 0.13675265, 0.09917386) * v0_7.y;
        a0_0 += vec4(-0.0014187134, -0.07602309, 0.0020611917, -0.04827524) * v0_7.z;
        a0_0 += vec4(-0.18022795, -0.12203899, 0.35521606, 0.35329235) * v0_7.w;
        a0_1 += vec4(-0.2531581, -0.49012327, 0.21240307, 0.20531361) * v0_7.x;
        a0_1 += vec4(-0.022551127, -0.14512269, -0.011202978, -0.33082062) * v0_7.y;
        a0_1 += vec4(-0.048964124, -0.2152505, -0.041152902, 0.38117525) * v0_7.z;
        a0_1 += vec4(0.09538597, -0.060770903, -0.17551364, 0.1955445) * v0_7.w;
        a0_2 += vec4(-0.13633233, 0.09267785, -2.3030283, 0.014163732) * v0_7.x;
        a0_2 += vec4(-0.03991903, 0.015884869, -0.0606753, -0.04264136) * v0_7.y;
        a0_2 += vec4(-0.0303268, 0.009014363, 0.05976666, 0.0211869) * v0_7.z;
        a0_2 += vec4(0.11129838, -0.13271269, 0.2039835, 0.14118326) * v0_7.w;
        a0_3 += vec4(0.43370125, -0.7264578, 0.17910218, -0.3402325) * v0_7.x;
        a0_3 += vec4(-0.3274955, 0.06556304, 0.053568117, 0.052536678) * v0_7.y;
        a0_3 += vec4(0.15319067, -0.035212506, -0.043437447, -0.056250986) * v0_7.z;
        a0_3 += vec4(0.07886018, 0.1720468, -0.070666164, -0.23317327) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.26914853, -0.2839232, 0.10873711, -0.09671969) * v0_7.x;
        a0_0 += vec4(0.033788357, 0.08032121, 0.085263714, 0.06946121) * v0_7.y;
        a0_0 += vec4(0.0030209876, -0.012763638, 0.049742326, -0.046166908) * v0_7.z;
        a0_0 += vec4(-0.06290731, 0.20113291, 0.20944561, -0.2691528) * v0_7.w;
        a0_1 += vec4(0.10186855, 0.09641043, -0.16537541, -0.10825933) * v0_7.x;
        a0_1 += vec4(0.022533605, -0.09994573, -0.012811164, -0.44734696) * v0_7.y;
        a0_1 += vec4(0.06465757, 0.017299756, -0.031137753, 0.31065333) * v0_7.z;
        a0_1 += vec4(0.13651535, 0.10311868, -0.118330106, 0.1809281) * v0_7.w;
        a0_2 += vec4(0.15436251, -0.0021171, -0.22229506, -0.2130171) * v0_7.x;
        a0_2 += vec4(-0.066300035, -0.018001197, 0.087491564, 0.15762036) * v0_7.y;
        a0_2 += vec4(0.036742657, -0.037199102, 0.015800452, 0.057719216) * v0_7.z;
        a0_2 += vec4(0.10394676, -0.1264126, 0.12223967, 0.1499962) * v0_7.w;
        a0_3 += vec4(-0.010775315, -0.10786001, -0.067271195, 0.09480217) * v0_7.x;
        a0_3 += vec4(-0.047954734, -0.037628196, 0.08032824, -0.026743568) * v0_7.y;
        a0_3 += vec4(0.0951285, -0.046130087, -0.046153605, -0.022892216) * v0_7.z;
        a0_3 += vec4(-0.21090701, -0.026034286, 0.013633455, -0.048013) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.05689525, 0.11810778, 0.005747189, -0.47844198) * v0_7.x;
        a0_0 += vec4(0.02829931, 0.056319762, 0.0976035, 0.03878815) * v0_7.y;
        a0_0 += vec4(-0.050616615, -0.014168171, -0.022787584, 0.040302347) * v0_7.z;
        a0_0 += vec4(0.106824026, -0.06600477, 0.08873571, 0.1697847) * v0_7.w;
        a0_1 += vec4(0.10272787, -0.08057058, -0.30362, 0.048751257) * v0_7.x;
        a0_1 += vec4(0.089726985, -0.12593073, -0.037433296, -0.23559216) * v0_7.y;
        a0_1 += vec4(-0.06553392, 0.056514155, 0.0830663, 0.2682325) * v0_7.z;
        a0_1 += vec4(-0.18730585, 0.08315175, 0.30666634, 0.13161175) * v0_7.w;
        a0_2 += vec4(0.13011152, -0.029061241, -0.21917622, 0.10294677) * v0_7.x;
        a0_2 += vec4(-0.021770813, 0.024138093, 0.0074876165, 0.06477432) * v0_7.y;
        a0_2 += vec4(-0.03029129, -0.0665621, 0.067723, 0.028472902) * v0_7.z;
        a0_2 += vec4(0.14211737, -0.007184418, 0.06308469, 0.0677978) * v0_7.w;
        a0_3 += vec4(0.087752044, 0.051735863, -0.09456641, 0.09395853) * v0_7.x;
        a0_3 += vec4(-0.31912452, 0.11069252, -0.09216122, -0.049109735) * v0_7.y;
        a0_3 += vec4(0.22481413, -0.04836504, 0.09574651, -0.00593434) * v0_7.z;
        a0_3 += vec4(0.10785617, 0.087149166, 0.055559058, 0.027829967) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.030187106, -0.28629836, -0.29864815, -0.39638022) * v0_7.x;
        a0_0 += vec4(-0.031687517, 0.016290667, -0.08054959, -0.12397554) * v0_7.y;
        a0_0 += vec4(0.017471364, -0.046266038, 0.030829297, -0.0603028) * v0_7.z;
        a0_0 += vec4(0.033272807, -0.1054314, 0.23958172, -0.006223459) * v0_7.w;
        a0_1 += vec4(-0.18096423, -0.34603265, 0.48900405, 0.2875848) * v0_7.x;
        a0_1 += vec4(0.12515527, 0.27683365, -0.078976415, -0.32297248) * v0_7.y;
        a0_1 += vec4(-0.047749817, 0.108569115, 0.0053452603, 0.16291566) * v0_7.z;
        a0_1 += vec4(0.044929836, -0.11149145, 0.11379486, -0.123130135) * v0_7.w;
        a0_2 += vec4(-0.6425866, 0.40062433, -0.69220364, 0.053134706) * v0_7.x;
        a0_2 += vec4(0.3676376, -0.04427473, 0.12050734, -0.07630126) * v0_7.y;
        a0_2 += vec4(-0.018858017, 0.015136701, 0.079615645, 0.07291887) * v0_7.z;
        a0_2 += vec4(0.16656972, -0.24108753, 0.19406885, 0.07315367) * v0_7.w;
        a0_3 += vec4(0.40971532, -0.1166213, 0.43089357, -1.247799) * v0_7.x;
        a0_3 += vec4(-0.57403624, 0.014973396, -0.19494775, 0.116255045) * v0_7.y;
        a0_3 += vec4(0.10483425, 0.0018121488, 0.10336278, -0.08457605) * v0_7.z;
        a0_3 += vec4(-0.09799306, 0.095894195, -0.08120408, 0.1470525) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.08353376, 0.018860355, -0.015345814, -0.255057) * v0_7.x;
        a0_0 += vec4(0.08161238, 0.078917846, -0.17756382, 0.13153501) * v0_7.y;
        a0_0 += vec4(-0.00042332607, -0.06268168, 0.100121856, -0.13375358) * v0_7.z;
        a0_0 += vec4(0.08287006, -0.07434558, 0.0671746, -0.1640902) * v0_7.w;
        a0_1 += vec4(0.03145933, 0.08000567, -0.05212921, -0.09588122) * v0_7.x;
        a0_1 += vec4(-0.05118946, 0.11495094, 0.13440904, -0.49722797) * v0_7.y;
        a0_1 += vec4(0.012042765, -0.011682212, 0.009776634, 0.22002277) * v0_7.z;
        a0_1 += vec4(-0.114563845, 0.113886766, 0.028833367, 0.05768669) * v0_7.w;
        a0_2 += vec4(0.14880347, -0.08668082, -0.0057812906, -0.19755425) * v0_7.x;
        a0_2 += vec4(0.13294779, 0.03765874, -0.10990122, 0.027674034) * v0_7.y;
        a0_2 += vec4(0.019698981, -0.0693015, 0.061046965, 0.0046053925) * v0_7.z;
        a0_2 += vec4(0.28756058, -0.16634035, 0.14577737, 0.21926984) * v0_7.w;
        a0_3 += vec4(-0.3771813, -0.13158873, -0.08711574, -0.2851576) * v0_7.x;
        a0_3 += vec4(-0.42346576, 0.057824798, -0.10846057, 0.14503123) * v0_7.y;
        a0_3 += vec4(0.10989007, -0.039893188, -0.052708168, -0.032892987) * v0_7.z;
        a0_3 += vec4(-0.12112129, -0.074547686, 0.17883979, 0.12121646) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.027357182, -0.026864827, 0.06328931, -0.1162309) * v0_7.x;
        a0_0 += vec4(0.015528158, 0.10389823, 0.034980204, -0.078910485) * v0_7.y;
        a0_0 += vec4(0.00500683, -0.085828304, 0.050555404, -0.020949477) * v0_7.z;
        a0_0 += vec4(-0.008623717, 0.047411308, 0.06537082, -0.075511575) * v0_7.w;
        a0_1 += vec4(0.041755527, 0.033818115, 0.030087505, -0.06098008) * v0_7.x;
        a0_1 += vec4(-0.016862225, 0.020001326, -0.07535477, -0.10389625) * v0_7.y;
        a0_1 += vec4(-0.11713323, 0.015470763, 0.0006214775, 0.21128693) * v0_7.z;
        a0_1 += vec4(0.012644471, -0.050409187, -0.028175324, -0.09258305) * v0_7.w;
        a0_2 += vec4(0.11300955, -0.07001782, 0.004160339, -0.025613036) * v0_7.x;
        a0_2 += vec4(0.0384132, 0.010613844, 0.05108481, -0.014704834) * v0_7.y;
        a0_2 += vec4(0.07281184, -0.054065324, 0.060256865, 0.02568487) * v0_7.z;
        a0_2 += vec4(0.055661537, -0.03176687, -0.033291098, 0.039281458) * v0_7.w;
        a0_3 += vec4(-0.05970325, 0.001400899, 0.05403713, 0.037526485) * v0_7.x;
        a0_3 += vec4(-0.10959009, 0.034745116, -0.052851137, 0.031476095) * v0_7.y;
        a0_3 += vec4(0.17720535, 0.0023840799, 0.020615356, -0.100161955) * v0_7.z;
        a0_3 += vec4(-0.03695471, 0.08650283, 0.039503135, 0.07882159) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 69]);
        a0_0 += vec4(0.05337894, -0.024519926, -0.12872238, -0.08714813) * v0_7.x;
        a0_0 += vec4(0.01656469, 0.07218318, 0.07296753, -0.041696247) * v0_7.y;
        a0_0 += vec4(-0.017571453, -0.104047954, 0.032122225, 0.05527118) * v0_7.z;
        a0_0 += vec4(-0.0040236083, -0.18081762, 0.01928598, -0.008794376) * v0_7.w;
        a0_1 += vec4(0.035682295, 0.062328402, -0.011538125, 0.052881636) * v0_7.x;
        a0_1 += vec4(0.023204286, 0.155447, 0.0017339038, -0.06730548) * v0_7.y;
        a0_1 += vec4(-0.025180358, 0.0058287047, 0.0755074, 0.23595765) * v0_7.z;
        a0_1 += vec4(0.087806515, -0.03235762, 0.11365232, -0.066609725) * v0_7.w;
        a0_2 += vec4(-0.13591135, -0.1556221, 0.035392698, 0.022640819) * v0_7.x;
        a0_2 += vec4(0.101858534, -0.031051483, -0.056347683, -0.005426217) * v0_7.y;
        a0_2 += vec4(-0.09345089, 0.059355054, 0.0024670502, 0.072271) * v0_7.z;
        a0_2 += vec4(0.1397118, 0.005142384, -0.0067636766, 0.062649995) * v0_7.w;
        a0_3 += vec4(0.0044788043, -0.16337655, 0.071338534, -0.6660384) * v0_7.x;
        a0_3 += vec4(-0.10255742, 0.04590746, -0.046035033, 0.23365247) * v0_7.y;
        a0_3 += vec4(0.16313332, -0.051737007, 0.00034278724, 0.08502075) * v0_7.z;
        a0_3 += vec4(-0.057645075, 0.21344616, 0.115628414, 0.44256592) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.020030312, -0.011161839, -0.037189707, -0.1574755) * v0_7.x;
        a0_0 += vec4(-0.02615406, -0.0032911913, -0.083963625, -0.02443231) * v0_7.y;
        a0_0 += vec4(-0.025931358, -0.002005939, 0.08844652, 0.0065094526) * v0_7.z;
        a0_0 += vec4(0.042748637, -0.054209176, 0.0012821651, -0.06385409) * v0_7.w;
        a0_1 += vec4(0.045093987, -0.009694641, -0.027107459, 0.05582876) * v0_7.x;
        a0_1 += vec4(0.0494983, 0.010456474, 0.057337303, -0.052081425) * v0_7.y;
        a0_1 += vec4(-0.052915372, -0.023061618, -0.03150964, 0.16427326) * v0_7.z;
        a0_1 += vec4(-0.040431786, 0.059276927, -0.0051177777, -0.0048837056) * v0_7.w;
        a0_2 += vec4(-0.045705844, -0.049485546, -0.08252035, -0.07202762) * v0_7.x;
        a0_2 += vec4(0.15883598, 0.076862395, 0.027125804, 0.022157637) * v0_7.y;
        a0_2 += vec4(0.074905746, -0.066421315, -0.023283474, 0.02775669) * v0_7.z;
        a0_2 += vec4(0.08140506, -0.055219613, -0.10447547, 0.029692696) * v0_7.w;
        a0_3 += vec4(0.010992721, 0.03025711, -0.027071904, -0.0602821) * v0_7.x;
        a0_3 += vec4(-0.03987038, 0.04058866, 0.041595288, 0.11731922) * v0_7.y;
        a0_3 += vec4(0.106050506, -0.023259671, 0.012139084, -0.01232089) * v0_7.z;
        a0_3 += vec4(0.07745526, -0.01704661, -0.02275756, 0.3044486) * v0_7.w;
    }

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

//!DESC ArtCNN_C4F32 compute conv2d_2 part 1
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L1
//!SAVE ArtCNN_C4F32_L2p1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 8 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[340];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(32, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 34 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    if (slice == 0) {
        a0_0 = vec4(0.012159538, 0.027312677, 0.00043193233, 0.023529848);
        a0_1 = vec4(-0.003479911, -0.0030607078, -0.020389289, -0.0030999135);
        a0_2 = vec4(-0.0075409655, 0.011567325, 0.016808135, 0.0043578);
        a0_3 = vec4(-0.004008702, 0.010407518, 0.011387981, 0.00903174);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 34 - 1, i0 / 34 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 34 - 1, i1 / 34 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.08002503, 0.100140534, -0.14028102, -0.035266366) * v0_0.x;
        a0_0 += vec4(0.020578433, -0.039885927, -0.17114124, -0.060712345) * v0_0.y;
        a0_0 += vec4(-0.05671292, -0.06905764, -0.027185842, -0.15382694) * v0_0.z;
        a0_0 += vec4(-0.062085547, -0.14988218, 0.028741594, -0.11169817) * v0_0.w;
        a0_1 += vec4(-0.14249967, -0.09257894, -0.1542068, -0.3118104) * v0_0.x;
        a0_1 += vec4(0.056704022, 0.04809611, 0.060700547, -0.2402284) * v0_0.y;
        a0_1 += vec4(0.0049390197, 0.057051543, 0.089885145, -0.08246972) * v0_0.z;
        a0_1 += vec4(0.13005266, -0.048629813, 0.018143391, 0.21422513) * v0_0.w;
        a0_2 += vec4(-0.05634036, 0.13244794, 0.08623228, -0.098915204) * v0_0.x;
        a0_2 += vec4(0.009783013, -0.007974644, -0.026408883, 0.0068675806) * v0_0.y;
        a0_2 += vec4(-0.007105632, 0.16902381, 0.095670186, -0.14665769) * v0_0.z;
        a0_2 += vec4(0.08699523, 0.061930414, -0.06524863, -0.014798001) * v0_0.w;
        a0_3 += vec4(-0.104047336, 0.27931145, 0.31547546, -0.025704866) * v0_0.x;
        a0_3 += vec4(-0.0031837537, -0.09492897, 0.020488026, -0.01416322) * v0_0.y;
        a0_3 += vec4(0.043259557, -0.120615184, -0.122118935, 0.009262201) * v0_0.z;
        a0_3 += vec4(-0.029231546, 0.044413447, 0.15799782, 0.02763456) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.37031627, -0.08317162, 0.15746392, -0.18620658) * v0_0.x;
        a0_0 += vec4(0.10979917, -0.036000695, -0.13183697, 0.0424023) * v0_0.y;
        a0_0 += vec4(0.2743973, 0.1659613, 0.08646275, -0.15752095) * v0_0.z;
        a0_0 += vec4(-0.08182931, 0.040152628, -0.24585782, -0.41973317) * v0_0.w;
        a0_1 += vec4(-0.16406342, -0.13011555, -0.043128576, -0.039964907) * v0_0.x;
        a0_1 += vec4(-0.025467379, 0.063876465, 0.096231155, -0.13828658) * v0_0.y;
        a0_1 += vec4(0.15430379, 0.06933093, -0.09172176, 0.09001871) * v0_0.z;
        a0_1 += vec4(0.35339215, -0.09297545, 0.11526358, -0.023089647) * v0_0.w;
        a0_2 += vec4(-0.2490256, 0.1295975, -2.2353444, 0.04637436) * v0_0.x;
        a0_2 += vec4(0.19494306, -0.09906829, 0.09306417, 0.20767489) * v0_0.y;
        a0_2 += vec4(0.057275217, 0.037355427, -0.37389112, 0.08327524) * v0_0.z;
        a0_2 += vec4(-0.038505595, -0.40954733, -0.04577821, 0.057993196) * v0_0.w;
        a0_3 += vec4(0.13959067, -0.49898216, -0.45885953, -0.05449129) * v0_0.x;
        a0_3 += vec4(0.10593578, 0.008990469, 0.096951924, 0.051797774) * v0_0.y;
        a0_3 += vec4(-0.045883495, 0.19814385, -0.0035567738, 0.020735273) * v0_0.z;
        a0_3 += vec4(-0.18330996, 0.31612262, -0.17233367, -0.029751262) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.10278293, 0.2820052, -0.19561961, -0.10512991) * v0_0.x;
        a0_0 += vec4(0.11926722, 0.11457039, -0.046738848, -0.13028048) * v0_0.y;
        a0_0 += vec4(-0.09738265, -0.19011304, -0.09480977, -0.10808303) * v0_0.z;
        a0_0 += vec4(0.006773356, 0.002815374, 0.027816394, 0.0022725123) * v0_0.w;
        a0_1 += vec4(-0.02530683, -0.26913956, -0.07417641, 0.18291076) * v0_0.x;
        a0_1 += vec4(0.012193413, -0.041100994, 0.052822582, 0.11496775) * v0_0.y;
        a0_1 += vec4(0.085887134, -0.17330194, -0.07340497, 0.094411016) * v0_0.z;
        a0_1 += vec4(0.06802186, 0.022810105, 0.010293679, 0.13500793) * v0_0.w;
        a0_2 += vec4(0.06650672, 0.037548322, 0.23661001, -0.005609529) * v0_0.x;
        a0_2 += vec4(0.091688484, -0.20551534, 0.004490461, -0.053161096) * v0_0.y;
        a0_2 += vec4(0.03204627, 0.06902444, 0.052879337, -0.0144675225) * v0_0.z;
        a0_2 += vec4(-0.04873923, -0.18568163, -0.017835844, 0.07676413) * v0_0.w;
        a0_3 += vec4(0.035233025, -0.47668508, -0.14330457, 0.028845046) * v0_0.x;
        a0_3 += vec4(0.18562125, -0.109838344, 0.13574244, -0.050691284) * v0_0.y;
        a0_3 += vec4(0.20220089, -0.16358066, -0.1321876, 0.019380484) * v0_0.z;
        a0_3 += vec4(-0.18533403, 0.11111501, 0.1008678, 0.015737087) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 34]);
        a0_0 += vec4(0.043009095, 0.14480026, -0.21781969, -0.12332025) * v0_0.x;
        a0_0 += vec4(0.096009344, -0.053414512, -0.13602366, -0.04700412) * v0_0.y;
        a0_0 += vec4(0.113963805, -0.22254314, -0.2904499, -0.123172246) * v0_0.z;
        a0_0 += vec4(0.18461007, 0.2809246, 0.12510017, 0.13580813) * v0_0.w;
        a0_1 += vec4(0.11454452, 0.18841419, -0.019688236, 0.04405056) * v0_0.x;
        a0_1 += vec4(0.17366621, 0.10553578, 0.18243545, 0.026284019) * v0_0.y;
        a0_1 += vec4(-0.17374165, 0.01094402, -0.006701503, -0.08407589) * v0_0.z;
        a0_1 += vec4(-0.07270143, -0.07849804, 0.20305674, 0.020266937) * v0_0.w;
        a0_2 += vec4(0.0119062895, 0.3090037, 0.111204624, -0.02821916) * v0_0.x;
        a0_2 += vec4(0.11038795, -0.21112052, -0.05287128, 0.14346819) * v0_0.y;
        a0_2 += vec4(0.2170775, -0.047834992, -0.22924508, 0.11532421) * v0_0.z;
        a0_2 += vec4(-0.07626011, -0.38905892, -0.021354986, -0.117025934) * v0_0.w;
        a0_3 += vec4(0.007814532, -0.19826351, 0.2464197, 0.03801768) * v0_0.x;
        a0_3 += vec4(-0.03286839, -0.11821897, -0.11230506, -0.031504393) * v0_0.y;
        a0_3 += vec4(0.05639276, -0.12397047, -0.19648397, 0.0400545) * v0_0.z;
        a0_3 += vec4(-0.0058942647, 0.1446839, -0.05736439, -0.062202312) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 35]);
        a0_0 += vec4(0.47164768, -0.23799323, -0.23192947, 0.4741644) * v0_0.x;
        a0_0 += vec4(0.56942624, -0.40192625, 0.17150412, 0.49147597) * v0_0.y;
        a0_0 += vec4(-0.30859748, -0.3876761, -0.10715524, -0.23824823) * v0_0.z;
        a0_0 += vec4(0.02986435, 0.25003606, -0.05253915, -0.05772002) * v0_0.w;
        a0_1 += vec4(0.080961324, 0.32459113, 0.087705694, 0.060858272) * v0_0.x;
        a0_1 += vec4(0.06731751, 0.11550713, 0.43368912, 0.4789626) * v0_0.y;
        a0_1 += vec4(0.11424976, -0.23740937, -0.09705797, -0.04875585) * v0_0.z;
        a0_1 += vec4(0.15197475, -0.26317888, -0.26503667, -0.31238014) * v0_0.w;
        a0_2 += vec4(0.17222515, 0.07244994, 0.41175237, 0.01114765) * v0_0.x;
        a0_2 += vec4(-0.09107952, -0.90552, -1.4411411, 0.49590585) * v0_0.y;
        a0_2 += vec4(0.062243253, -0.43391052, 0.35419425, -0.27735883) * v0_0.z;
        a0_2 += vec4(-0.015777303, 0.07829307, 0.51118803, -0.017415455) * v0_0.w;
        a0_3 += vec4(-0.06746617, 0.074479304, -0.058283195, -0.0018860806) * v0_0.x;
        a0_3 += vec4(0.010639203, 0.23635767, -0.043373473, 0.11215341) * v0_0.y;
        a0_3 += vec4(-0.0025078177, 0.0011262797, 0.0337404, -0.04611286) * v0_0.z;
        a0_3 += vec4(0.35684988, -0.31359214, -0.23507269, 0.0032141064) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 36]);
        a0_0 += vec4(0.1290441, 0.12093204, 0.15744695, 0.17460011) * v0_0.x;
        a0_0 += vec4(0.16997701, -0.1059263, 0.41136435, 0.22009729) * v0_0.y;
        a0_0 += vec4(-0.139346, -0.0013821287, 0.10344262, -0.120405786) * v0_0.z;
        a0_0 += vec4(0.2535597, 0.09443435, -0.0564231, -0.10952317) * v0_0.w;
        a0_1 += vec4(0.010327987, -0.2415855, -0.0900239, -0.20778313) * v0_0.x;
        a0_1 += vec4(0.0850741, 0.3757273, 0.31176817, 0.18477678) * v0_0.y;
        a0_1 += vec4(0.11046976, -0.02172245, 0.30619514, 0.021459091) * v0_0.z;
        a0_1 += vec4(-0.12140337, -0.0024503395, 0.16907386, -0.08708489) * v0_0.w;
        a0_2 += vec4(-0.23235604, -0.0511767, 0.19630386, 0.028879182) * v0_0.x;
        a0_2 += vec4(-0.44007137, -0.78939974, -1.0291966, 0.06100311) * v0_0.y;
        a0_2 += vec4(0.18581626, -0.013634683, -0.17619559, 0.05285476) * v0_0.z;
        a0_2 += vec4(-0.15265726, -0.19031487, 0.034831896, -0.09608661) * v0_0.w;
        a0_3 += vec4(0.013323235, 0.06356388, -0.008550969, 0.14163664) * v0_0.x;
        a0_3 += vec4(0.0077898647, 0.09163716, -0.051709455, 0.056776308) * v0_0.y;
        a0_3 += vec4(-0.12486637, 0.028727798, 0.18354155, 0.031952787) * v0_0.z;
        a0_3 += vec4(0.13423513, 0.1783978, 0.12551427, -0.14596799) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.048899278, 0.118271686, -0.04773628, 0.041319475) * v0_0.x;
        a0_0 += vec4(0.121991016, -0.03229336, -0.087819494, -0.10867969) * v0_0.y;
        a0_0 += vec4(0.06404519, -0.13247235, -0.048839245, 0.1596521) * v0_0.z;
        a0_0 += vec4(0.08426561, -0.18840215, -0.09553546, 0.010829253) * v0_0.w;
        a0_1 += vec4(-0.079182066, 0.02244152, -0.13190427, -0.03717618) * v0_0.x;
        a0_1 += vec4(0.060179386, -0.012163554, 0.1570344, 0.035297185) * v0_0.y;
        a0_1 += vec4(-0.10614833, 0.02731456, 0.0024702675, 0.007295181) * v0_0.z;
        a0_1 += vec4(-0.28900304, 0.13905679, -0.20442823, -0.057264265) * v0_0.w;
        a0_2 += vec4(-0.056018334, 0.2733393, -0.01740958, -0.0009679539) * v0_0.x;
        a0_2 += vec4(0.093255915, -0.007057566, 0.01932042, -0.009394196) * v0_0.y;
        a0_2 += vec4(0.035353597, 0.06181818, 0.024003204, -0.0057273894) * v0_0.z;
        a0_2 += vec4(0.08152719, 0.28114888, -0.14964695, 0.016312126) * v0_0.w;
        a0_3 += vec4(0.031252205, 0.22805358, -0.020573935, -0.01399076) * v0_0.x;
        a0_3 += vec4(0.020338405, -0.043535527, -0.13691017, -0.03060044) * v0_0.y;
        a0_3 += vec4(0.017813915, 0.107130446, 0.13749062, 0.03171185) * v0_0.z;
        a0_3 += vec4(0.07668109, 0.3048642, 0.26950306, 0.023514876) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 69]);
        a0_0 += vec4(0.095772244, 0.02785005, 0.0537099, -0.17519052) * v0_0.x;
        a0_0 += vec4(0.1750218, -0.018139375, -0.26427975, -0.6576907) * v0_0.y;
        a0_0 += vec4(0.0086736595, 0.09990305, 0.17273723, 0.39475748) * v0_0.z;
        a0_0 += vec4(0.19738881, -0.12761796, -0.33383992, -0.048881117) * v0_0.w;
        a0_1 += vec4(0.12128071, -0.0754928, -0.06494051, 0.14364418) * v0_0.x;
        a0_1 += vec4(0.009956164, -0.03649622, 0.10050568, -0.016938614) * v0_0.y;
        a0_1 += vec4(0.003807434, 0.050807346, 0.015861735, 0.058522843) * v0_0.z;
        a0_1 += vec4(0.09694155, -0.046916083, 0.18903343, 0.015200305) * v0_0.w;
        a0_2 += vec4(-0.00275745, 0.044860207, 0.16638991, -0.03331024) * v0_0.x;
        a0_2 += vec4(-0.08344507, -0.018828489, -0.06146343, 0.18100058) * v0_0.y;
        a0_2 += vec4(0.26654753, -0.014320534, -0.107257105, 0.13527042) * v0_0.z;
        a0_2 += vec4(-0.31141096, 0.18621615, -0.16493204, 0.0850835) * v0_0.w;
        a0_3 += vec4(0.007856953, 0.1420717, -0.11768835, 0.034950133) * v0_0.x;
        a0_3 += vec4(0.015200682, 0.09333547, -0.043235924, 0.004289593) * v0_0.y;
        a0_3 += vec4(0.083554864, -0.19255067, -0.19565953, 0.10711127) * v0_0.z;
        a0_3 += vec4(-0.12327416, -0.24626565, 0.38867554, -0.16210833) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.05248357, 0.0530829, 0.07954041, 0.10185529) * v0_0.x;
        a0_0 += vec4(0.117502235, -0.13153139, -0.43990302, -0.5505976) * v0_0.y;
        a0_0 += vec4(0.0554103, 0.13881484, -0.06382079, 0.13550404) * v0_0.z;
        a0_0 += vec4(0.010131209, -0.13861102, -0.15294641, 0.06945521) * v0_0.w;
        a0_1 += vec4(0.005438344, -0.047423784, -0.078538604, 0.088630244) * v0_0.x;
        a0_1 += vec4(-0.1385894, -0.13318318, 0.06369148, 0.035805076) * v0_0.y;
        a0_1 += vec4(-0.10554592, -0.06844497, -0.08062971, 0.007943871) * v0_0.z;
        a0_1 += vec4(-0.058751978, 0.17248723, -0.049085863, 0.105063304) * v0_0.w;
        a0_2 += vec4(0.077564634, -0.050589915, 0.027964167, -0.002567909) * v0_0.x;
        a0_2 += vec4(-0.0922024, 0.21025641, 0.20477465, -0.112782285) * v0_0.y;
        a0_2 += vec4(0.05443006, -0.10734646, 0.18476963, -0.0627282) * v0_0.z;
        a0_2 += vec4(0.29568744, -0.27919888, 0.04268884, 0.0062679765) * v0_0.w;
        a0_3 += vec4(0.06071163, 0.21714094, 0.10716088, 0.038724173) * v0_0.x;
        a0_3 += vec4(-0.010080186, -0.11638838, 0.034845438, -0.0038457972) * v0_0.y;
        a0_3 += vec4(0.12100811, 0.090111, -0.16288212, 0.073505) * v0_0.z;
        a0_3 += vec4(0.05461907, 0.10078771, -0.26098064, 0.01219484) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(0.04784628, 0.15148228, -0.079358414, -0.05134021) * v0_1.x;
        a0_0 += vec4(-0.046365388, 0.075629614, 0.08527173, -0.13636243) * v0_1.y;
        a0_0 += vec4(-0.033145186, 0.0707296, 0.12663954, 0.15118757) * v0_1.z;
        a0_0 += vec4(0.18091482, -0.029735753, 0.083204076, 0.22082315) * v0_1.w;
        a0_1 += vec4(-0.08717273, 0.049901865, 0.0048132134, -0.069070674) * v0_1.x;
        a0_1 += vec4(-0.01182343, -0.02997724, -0.016323201, -0.07699383) * v0_1.y;
        a0_1 += vec4(0.0875674, 0.080213636, -0.029716156, -0.010870191) * v0_1.z;
        a0_1 += vec4(-0.048560217, -0.055407006, -0.011680779, 0.01586424) * v0_1.w;
        a0_2 += vec4(0.10320621, 0.18801083, 0.05430779, 0.01969135) * v0_1.x;
        a0_2 += vec4(-0.010159635, 0.16644827, 0.021686165, -0.016026463) * v0_1.y;
        a0_2 += vec4(-0.08102588, -0.30034626, 0.0014307209, 0.021073047) * v0_1.z;
        a0_2 += vec4(0.15592475, -0.6901507, 0.13407001, 0.047322024) * v0_1.w;
        a0_3 += vec4(-0.013046446, 0.1009992, 0.45455384, -0.021546736) * v0_1.x;
        a0_3 += vec4(-0.0043720636, 0.04133309, -0.0155369, 0.031850472) * v0_1.y;
        a0_3 += vec4(-0.064336166, -0.17382284, -0.13126107, 0.0014773855) * v0_1.z;
        a0_3 += vec4(0.05780266, 0.108746335, 0.21373187, -0.004720818) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.023625834, 0.17497367, 0.006351412, -0.047276016) * v0_1.x;
        a0_0 += vec4(-0.0012272174, 0.22770876, 0.0021577831, 0.14048442) * v0_1.y;
        a0_0 += vec4(-0.01954268, 0.019802054, -0.081932664, 0.02354669) * v0_1.z;
        a0_0 += vec4(0.32479185, -0.051274266, 0.3124101, 0.33924794) * v0_1.w;
        a0_1 += vec4(-0.1075827, -0.060601052, 0.0092456695, 0.15126875) * v0_1.x;
        a0_1 += vec4(0.0913541, -0.020388456, -0.09331712, 0.08766838) * v0_1.y;
        a0_1 += vec4(-0.009233001, 0.088060305, -0.13724586, -0.17180116) * v0_1.z;
        a0_1 += vec4(-0.009098511, 0.48492944, 0.11788322, -0.33064446) * v0_1.w;
        a0_2 += vec4(0.06529646, -0.027329152, 0.04633219, -0.011510479) * v0_1.x;
        a0_2 += vec4(-0.015562197, 0.22776924, 0.05692284, -0.0074004005) * v0_1.y;
        a0_2 += vec4(-0.11471769, 0.0848635, 0.042926636, 0.0371823) * v0_1.z;
        a0_2 += vec4(0.067017674, -0.4859292, -1.1508447, 0.051686745) * v0_1.w;
        a0_3 += vec4(0.08533207, 0.05605727, 0.22998226, 0.05402506) * v0_1.x;
        a0_3 += vec4(0.04551746, 0.02279188, 0.12467374, 0.006357436) * v0_1.y;
        a0_3 += vec4(0.05672775, 0.026632432, -0.33384508, 0.018526975) * v0_1.z;
        a0_3 += vec4(-0.13185453, -0.19008121, 0.36353356, 0.0034070052) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.029090121, -0.08669632, 0.018728875, 0.014919271) * v0_1.x;
        a0_0 += vec4(0.19229805, -0.04470851, 0.1696965, -0.0678219) * v0_1.y;
        a0_0 += vec4(-0.0029579431, 0.312824, 0.11415799, 0.14339143) * v0_1.z;
        a0_0 += vec4(-0.0057431855, -0.10997926, -0.00051763677, 0.06603806) * v0_1.w;
        a0_1 += vec4(-0.005624579, 0.03024723, 0.009933319, 0.29630217) * v0_1.x;
        a0_1 += vec4(0.0082292715, 0.054144796, 0.06354029, -0.011237037) * v0_1.y;
        a0_1 += vec4(0.021497846, 0.06302677, 0.024106089, 0.00092533824) * v0_1.z;
        a0_1 += vec4(-0.092144206, 0.0029636682, -0.053921748, -0.23189637) * v0_1.w;
        a0_2 += vec4(0.059671637, 0.0010381162, -0.019695604, -0.019438436) * v0_1.x;
        a0_2 += vec4(0.0014802634, -0.4044807, -0.023127854, -0.006606226) * v0_1.y;
        a0_2 += vec4(-0.043907404, 0.22071818, -0.034115013, 0.0025417593) * v0_1.z;
        a0_2 += vec4(0.035436753, 0.02450977, 0.09686873, -0.014984114) * v0_1.w;
        a0_3 += vec4(-0.014929009, -0.035832733, -0.0067105694, -0.059257768) * v0_1.x;
        a0_3 += vec4(-0.08719266, -0.3298078, -0.0077367174, -0.01610277) * v0_1.y;
        a0_3 += vec4(-0.010664841, -0.1141926, -0.21930663, 0.07480883) * v0_1.z;
        a0_3 += vec4(0.07415093, -0.069383636, 0.24220929, -0.0017414482) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 34]);
        a0_0 += vec4(0.25444785, 0.17710705, 0.2829241, 0.36814582) * v0_1.x;
        a0_0 += vec4(0.0098406095, 0.032312714, -0.06157835, -0.04466969) * v0_1.y;
        a0_0 += vec4(0.083726674, -0.23685218, -0.14152536, -0.14490803) * v0_1.z;
        a0_0 += vec4(0.1822022, -0.024284068, 0.060638804, 0.14821666) * v0_1.w;
        a0_1 += vec4(0.17072508, 0.02096168, 0.13833092, 0.535035) * v0_1.x;
        a0_1 += vec4(-0.007679891, -0.058312725, -0.118476935, -0.09420788) * v0_1.y;
        a0_1 += vec4(-0.08534792, 0.10271159, -0.046991706, -0.15252799) * v0_1.z;
        a0_1 += vec4(0.0780373, 0.1055269, 0.023975424, -0.19136444) * v0_1.w;
        a0_2 += vec4(-0.010423642, 0.033745505, -0.53759086, 0.22043307) * v0_1.x;
        a0_2 += vec4(0.034735117, -0.006252452, 0.08917193, 0.116575345) * v0_1.y;
        a0_2 += vec4(-0.045094036, -0.20261708, 0.011786281, -0.07318931) * v0_1.z;
        a0_2 += vec4(-0.25421253, -1.5358137, -0.3770722, 0.05736824) * v0_1.w;
        a0_3 += vec4(-0.06266806, -0.07639927, -0.29719096, -0.053282186) * v0_1.x;
        a0_3 += vec4(0.04038902, 0.010296995, 0.0036480755, -0.008602874) * v0_1.y;
        a0_3 += vec4(-0.05985288, 0.067348056, -0.04924271, -0.02555967) * v0_1.z;
        a0_3 += vec4(-0.09045683, -0.024870351, 0.26647884, 0.02242126) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 35]);
        a0_0 += vec4(0.09396568, 0.270148, -0.13908844, 0.16662286) * v0_1.x;
        a0_0 += vec4(0.0023963605, 0.00869024, -0.111185014, 0.19821876) * v0_1.y;
        a0_0 += vec4(-0.086765006, 0.0023683377, 0.11669623, -0.28690004) * v0_1.z;
        a0_0 += vec4(0.11565416, -0.27630258, 0.13458052, 0.029730238) * v0_1.w;
        a0_1 += vec4(-0.0062646745, 0.0955205, -0.059922762, 0.11311406) * v0_1.x;
        a0_1 += vec4(0.09930351, 0.080578074, 0.19009219, 0.15008725) * v0_1.y;
        a0_1 += vec4(-0.106513195, 0.0667761, -0.21508075, 0.0017129848) * v0_1.z;
        a0_1 += vec4(0.073195, 0.09975118, 0.14478877, -0.6311235) * v0_1.w;
        a0_2 += vec4(-0.02507028, -0.016452214, -0.09312868, -0.118398584) * v0_1.x;
        a0_2 += vec4(0.12844661, 0.08450253, -0.3075136, -0.19513133) * v0_1.y;
        a0_2 += vec4(-0.06725302, -0.10921726, 0.02421967, 0.117026575) * v0_1.z;
        a0_2 += vec4(-0.0034214254, 0.24071096, -0.27249232, -0.11473428) * v0_1.w;
        a0_3 += vec4(0.1531585, -0.17638682, -0.47068077, 0.09710778) * v0_1.x;
        a0_3 += vec4(0.001878964, 0.38204277, -0.06792932, -0.03356269) * v0_1.y;
        a0_3 += vec4(-0.024833035, -0.023432355, -0.26019514, -0.11366396) * v0_1.z;
        a0_3 += vec4(-0.013474685, -0.250676, 0.53463197, 0.14782181) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.0034593123, -0.0138239665, -0.050911658, -0.0075702914) * v0_1.x;
        a0_0 += vec4(-0.21096912, -0.22871667, -0.1717804, -0.13894962) * v0_1.y;
        a0_0 += vec4(-0.034956064, 0.06103605, -0.14191483, -0.10222846) * v0_1.z;
        a0_0 += vec4(-0.0112122195, 0.06511359, 0.09164152, -0.028391667) * v0_1.w;
        a0_1 += vec4(-0.017391302, 0.116871655, -0.080785386, -0.19849898) * v0_1.x;
        a0_1 += vec4(-0.3020495, 0.13277572, 0.11611268, 0.03758648) * v0_1.y;
        a0_1 += vec4(-0.08144503, -0.20441084, 0.05597063, 0.16816716) * v0_1.z;
        a0_1 += vec4(-0.045697413, 0.02150351, -0.11086295, -0.085398585) * v0_1.w;
        a0_2 += vec4(0.057368744, 0.23173945, -0.0025250367, -0.010965087) * v0_1.x;
        a0_2 += vec4(-0.14113662, 0.21929637, 0.21347462, 0.071039245) * v0_1.y;
        a0_2 += vec4(-0.08646045, -0.07760553, 0.13731879, 0.022471022) * v0_1.z;
        a0_2 += vec4(0.0075234757, -0.036203574, 0.059115827, -0.002047007) * v0_1.w;
        a0_3 += vec4(-0.0072099473, -0.07289144, -0.15416871, -0.055123042) * v0_1.x;
        a0_3 += vec4(0.06470782, 0.064465076, -0.07816546, 0.0629327) * v0_1.y;
        a0_3 += vec4(-0.03762419, -0.13275221, -0.15063515, 0.07092665) * v0_1.z;
        a0_3 += vec4(0.06353198, -0.076728016, 0.19051617, -0.013075753) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.03916589, -0.22599256, -0.15626004, -0.49377608) * v0_1.x;
        a0_0 += vec4(-0.01917417, -0.07252137, 0.08189266, 0.19133559) * v0_1.y;
        a0_0 += vec4(0.1581256, -0.14936908, -0.15992394, -0.21389528) * v0_1.z;
        a0_0 += vec4(0.032016106, -0.09473247, 0.015561659, -0.35347387) * v0_1.w;
        a0_1 += vec4(-0.1879115, 0.016611021, -0.15937641, 0.48762903) * v0_1.x;
        a0_1 += vec4(0.03805679, 0.013779111, 0.0066610062, -0.08856701) * v0_1.y;
        a0_1 += vec4(0.08440009, -0.09612836, 0.042419363, -0.063594386) * v0_1.z;
        a0_1 += vec4(0.024609527, -0.047401253, 0.033552203, -0.060958587) * v0_1.w;
        a0_2 += vec4(-0.13949755, 0.39010808, 0.045011297, 0.097044356) * v0_1.x;
        a0_2 += vec4(0.030089825, -0.12392252, -0.035015184, -0.011503992) * v0_1.y;
        a0_2 += vec4(-0.09407348, -0.4590399, -0.05329452, -0.03321164) * v0_1.z;
        a0_2 += vec4(0.026435109, -0.15246417, 0.013017275, 0.041730147) * v0_1.w;
        a0_3 += vec4(0.08098732, -0.09602101, 0.26941758, 0.09430476) * v0_1.x;
        a0_3 += vec4(-0.0513606, -0.008258814, 0.09580025, 0.031146869) * v0_1.y;
        a0_3 += vec4(-0.003720022, 0.1471651, -0.002681013, -0.02553327) * v0_1.z;
        a0_3 += vec4(-0.012447399, 0.02872716, -0.116837345, 0.009039833) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 69]);
        a0_0 += vec4(0.19740966, 0.23102205, 0.16327122, -0.025526972) * v0_1.x;
        a0_0 += vec4(0.060664073, -0.22539678, 0.09381819, -0.15703341) * v0_1.y;
        a0_0 += vec4(-0.54096204, 0.06044048, 0.026995348, -0.47547275) * v0_1.z;
        a0_0 += vec4(-0.10433011, 0.088026345, -0.022798756, 0.03353003) * v0_1.w;
        a0_1 += vec4(-0.20620799, 0.43128633, 0.14371718, 0.4845778) * v0_1.x;
        a0_1 += vec4(0.025099587, -0.13389261, -0.08240062, -0.060192022) * v0_1.y;
        a0_1 += vec4(0.037137043, -0.5040414, -0.3795193, -0.059579786) * v0_1.z;
        a0_1 += vec4(-0.018986909, -0.035428263, 0.05285205, -0.044203628) * v0_1.w;
        a0_2 += vec4(-0.10586971, 0.22881018, -1.2663296, -0.005016206) * v0_1.x;
        a0_2 += vec4(-0.17000385, -0.10778942, 0.0871054, 0.052154344) * v0_1.y;
        a0_2 += vec4(0.20921038, -0.16599761, 1.4787351, -0.14455557) * v0_1.z;
        a0_2 += vec4(0.09007096, 0.04929001, 0.0011849042, -0.012151438) * v0_1.w;
        a0_3 += vec4(-0.038691156, 0.111534275, 0.37790453, 0.09402965) * v0_1.x;
        a0_3 += vec4(0.038703017, -0.15435196, -0.08866245, -0.01766971) * v0_1.y;
        a0_3 += vec4(0.25723973, -0.052448276, -0.16545424, -0.1325407) * v0_1.z;
        a0_3 += vec4(-0.024193598, 0.11364134, 0.20570332, 0.017127696) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.051264897, 0.12042493, 0.011687985, -0.037873607) * v0_1.x;
        a0_0 += vec4(-0.027661446, 0.14254573, -0.043049823, -0.09852913) * v0_1.y;
        a0_0 += vec4(-0.0791354, -0.27296793, 0.06253989, -0.118330136) * v0_1.z;
        a0_0 += vec4(-0.043293685, -0.0020090183, 0.00021119753, -0.03786457) * v0_1.w;
        a0_1 += vec4(0.0880355, -0.020102974, 0.038051143, -0.020325918) * v0_1.x;
        a0_1 += vec4(0.060362678, 0.045092452, -0.043986905, 0.37833795) * v0_1.y;
        a0_1 += vec4(-0.07249459, -0.001876803, -0.17287637, 0.07653989) * v0_1.z;
        a0_1 += vec4(-0.029920807, 0.008746503, -0.019950408, -0.06827415) * v0_1.w;
        a0_2 += vec4(-0.05356383, 0.1940237, 0.08900261, -0.016091775) * v0_1.x;
        a0_2 += vec4(0.34054872, 0.044104416, -0.23078497, 0.0077782613) * v0_1.y;
        a0_2 += vec4(-0.07784859, -0.13795589, 0.023295302, 0.051720403) * v0_1.z;
        a0_2 += vec4(0.018301845, -0.030709727, -0.023505436, 0.003290876) * v0_1.w;
        a0_3 += vec4(-0.050524876, 0.030348392, 0.084142946, -0.0016087353) * v0_1.x;
        a0_3 += vec4(-0.03317383, -0.052530997, 0.14274041, -0.010599135) * v0_1.y;
        a0_3 += vec4(0.058894664, 0.02279969, -0.22444096, -0.108748786) * v0_1.z;
        a0_3 += vec4(-0.009614207, 0.06564162, -0.02021995, 0.024029437) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(0.07171007, 0.120471165, 0.28792676, -0.0067255152) * v0_2.x;
        a0_0 += vec4(0.0019102572, 0.13026705, 0.061946925, -0.051876314) * v0_2.y;
        a0_0 += vec4(-0.10847876, -0.032385916, 0.107045665, -0.048844445) * v0_2.z;
        a0_0 += vec4(0.01278018, 0.13355273, 0.105391, 0.14998937) * v0_2.w;
        a0_1 += vec4(0.0693351, -0.20049094, -0.0528601, 0.22926778) * v0_2.x;
        a0_1 += vec4(-0.07991934, -0.02536455, 0.05029591, 0.2388824) * v0_2.y;
        a0_1 += vec4(-0.05052858, -0.1796573, -0.07058649, 0.051375333) * v0_2.z;
        a0_1 += vec4(-0.23393553, 0.12843469, -0.13220094, -0.06000875) * v0_2.w;
        a0_2 += vec4(-0.11841362, 0.47669527, 0.12237498, 0.1416993) * v0_2.x;
        a0_2 += vec4(-0.028156888, -0.5126761, -0.04833566, -0.040345132) * v0_2.y;
        a0_2 += vec4(0.03784706, -0.121728845, 0.042181365, -0.1901206) * v0_2.z;
        a0_2 += vec4(-0.032766063, -0.020674223, 0.1502862, -0.043829896) * v0_2.w;
        a0_3 += vec4(-0.21647516, 0.05724087, 0.53666276, 0.017555354) * v0_2.x;
        a0_3 += vec4(-0.012154187, 0.074186414, 0.1615299, 0.02767313) * v0_2.y;
        a0_3 += vec4(-0.12881404, 0.10112979, 0.049483497, -0.024827993) * v0_2.z;
        a0_3 += vec4(-0.00042513548, -0.045809098, 0.1840094, 0.0119309) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(0.097008854, -0.020540088, 0.011204375, 0.04473735) * v0_2.x;
        a0_0 += vec4(-0.08625222, -0.07410326, -0.15368776, 0.0005718959) * v0_2.y;
        a0_0 += vec4(-0.1328571, -0.07632587, 0.027621793, 0.012745036) * v0_2.z;
        a0_0 += vec4(-0.24303463, 0.038238846, 0.21632843, 0.12667185) * v0_2.w;
        a0_1 += vec4(-0.16953097, -0.06116245, -0.34284112, -0.24015215) * v0_2.x;
        a0_1 += vec4(-0.060841396, 0.19751368, 0.041830674, -0.03871472) * v0_2.y;
        a0_1 += vec4(0.1364069, -0.005388104, -0.08167784, -0.31380826) * v0_2.z;
        a0_1 += vec4(-0.40128446, -0.020025158, -0.3570242, -0.2560297) * v0_2.w;
        a0_2 += vec4(-0.16112591, -0.111210786, 0.17906037, 0.00016748984) * v0_2.x;
        a0_2 += vec4(0.01010258, -0.010456941, 0.077982776, 0.07744512) * v0_2.y;
        a0_2 += vec4(0.039151005, 0.26679674, 0.026997723, 0.111098) * v0_2.z;
        a0_2 += vec4(-0.048535228, 0.39656937, 0.33131775, 0.07018037) * v0_2.w;
        a0_3 += vec4(0.031529203, 0.13485, 0.39417505, 0.061687663) * v0_2.x;
        a0_3 += vec4(-0.023543395, -0.051345937, 0.04909058, -0.02637634) * v0_2.y;
        a0_3 += vec4(-0.14676659, 0.07502903, 0.04377711, -0.040983148) * v0_2.z;
        a0_3 += vec4(-0.02597839, -0.3129039, 0.022708902, -0.013793238) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0052525653, -0.07078145, 0.097427145, 0.057699993) * v0_2.x;
        a0_0 += vec4(0.12228231, 0.13972424, -0.16422024, 0.10577888) * v0_2.y;
        a0_0 += vec4(-0.0105096875, 0.045215856, -0.025910553, 0.054839164) * v0_2.z;
        a0_0 += vec4(-0.15313557, 0.1773489, 0.41547716, 0.24264775) * v0_2.w;
        a0_1 += vec4(-0.027669001, 0.096567415, -0.0029997793, -0.026407808) * v0_2.x;
        a0_1 += vec4(-0.0636676, 0.23058884, 0.0023407137, 0.23639806) * v0_2.y;
        a0_1 += vec4(0.010196469, 0.04965379, -0.07085824, 0.14955866) * v0_2.z;
        a0_1 += vec4(-0.25892043, 0.24824645, -0.22172824, 0.42351457) * v0_2.w;
        a0_2 += vec4(-0.026121166, -0.00082389056, -0.13371189, -0.03396331) * v0_2.x;
        a0_2 += vec4(-0.054026123, -0.13490398, -0.03427844, -0.093936235) * v0_2.y;
        a0_2 += vec4(-0.0483403, 0.30457354, -0.0547323, 0.0032656484) * v0_2.z;
        a0_2 += vec4(-0.14928332, 0.71998125, -0.009654005, -0.07756924) * v0_2.w;
        a0_3 += vec4(0.09995791, -0.13211979, -0.016427552, 0.06265357) * v0_2.x;
        a0_3 += vec4(0.30982524, -0.00924465, 0.34774277, -0.08680688) * v0_2.y;
        a0_3 += vec4(-0.056380305, -0.010602462, -0.017513515, 0.015896965) * v0_2.z;
        a0_3 += vec4(0.2261971, 0.059400223, 0.27276304, -0.00044913669) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 34]);
        a0_0 += vec4(0.1247443, 0.1743824, -0.112999685, 0.42122674) * v0_2.x;
        a0_0 += vec4(-0.052898135, 0.16281801, -0.015749758, -0.19179381) * v0_2.y;
        a0_0 += vec4(-0.047417935, -0.03230591, 0.10994959, 0.08212802) * v0_2.z;
        a0_0 += vec4(-0.12737218, -0.12669063, 0.052831747, 0.016756125) * v0_2.w;
        a0_1 += vec4(0.041080646, 0.0023604555, 0.04062701, 0.17072047) * v0_2.x;
        a0_1 += vec4(-0.044127755, -0.11833823, -0.05803533, -0.12382557) * v0_2.y;
        a0_1 += vec4(0.0022312272, -0.20031512, -0.07108697, -0.04765551) * v0_2.z;
        a0_1 += vec4(-0.07526249, -0.1431205, -0.15924497, 0.02457642) * v0_2.w;
        a0_2 += vec4(-0.031986106, 0.24741425, -0.0039343904, 0.18820517) * v0_2.x;
        a0_2 += vec4(-0.17914043, -0.07632733, 0.09740214, -0.13102613) * v0_2.y;
        a0_2 += vec4(0.07248193, 0.3416863, 0.16579658, -0.25666523) * v0_2.z;
        a0_2 += vec4(-0.09365291, 0.112448774, 0.015894063, -0.07496791) * v0_2.w;
        a0_3 += vec4(-0.21631664, -0.32637808, -0.23135257, -0.035319313) * v0_2.x;
        a0_3 += vec4(0.009026756, 0.035802875, 0.12972006, 0.014975659) * v0_2.y;
        a0_3 += vec4(-0.04498775, 0.16134278, -0.26721132, -0.031482365) * v0_2.z;
        a0_3 += vec4(0.024809303, -0.041473538, -0.102758326, 0.052019473) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.3890659, -0.7166653, -0.18276405, -0.3446495) * v0_2.x;
        a0_0 += vec4(-0.45539138, -0.19322424, -0.0060884454, -0.54885197) * v0_2.y;
        a0_0 += vec4(-0.112705186, -0.0030467445, 0.16784546, 0.24291033) * v0_2.z;
        a0_0 += vec4(-0.3957976, 0.041709695, 0.033295773, -0.12215292) * v0_2.w;
        a0_1 += vec4(-0.124455124, -0.16827966, -0.18772602, -0.35212487) * v0_2.x;
        a0_1 += vec4(-0.2514399, -0.100796044, -0.16979451, -0.2674985) * v0_2.y;
        a0_1 += vec4(0.24346998, -0.14523454, -0.1338672, 0.1106599) * v0_2.z;
        a0_1 += vec4(-0.09444413, 0.026586853, -0.059434332, 0.11486899) * v0_2.w;
        a0_2 += vec4(-0.03153623, -0.099357724, 1.0704893, -0.15898058) * v0_2.x;
        a0_2 += vec4(0.20476276, 0.61137676, 0.49651164, 0.06383933) * v0_2.y;
        a0_2 += vec4(0.040090077, 0.7718091, 0.15651669, 0.019894805) * v0_2.z;
        a0_2 += vec4(0.18865074, 0.10356073, 0.7911611, 0.15616214) * v0_2.w;
        a0_3 += vec4(0.2281344, -0.43414506, 0.43050864, 0.16810763) * v0_2.x;
        a0_3 += vec4(-0.061015956, -0.24472739, -0.16084275, 0.08614998) * v0_2.y;
        a0_3 += vec4(-0.22913669, 0.25083897, -0.22330688, -0.024371564) * v0_2.z;
        a0_3 += vec4(0.060366213, -0.09966247, -0.1771932, 0.17032151) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.05288142, 0.04914841, -0.01500194, -0.027061045) * v0_2.x;
        a0_0 += vec4(0.020627517, -0.23391628, 0.060405467, -0.18613906) * v0_2.y;
        a0_0 += vec4(-0.025647268, 0.0038910154, 0.16917421, -0.018855901) * v0_2.z;
        a0_0 += vec4(-0.31599694, -0.16995278, 0.2676182, 0.15090024) * v0_2.w;
        a0_1 += vec4(0.02600005, 0.11358628, -0.111960866, 0.2013274) * v0_2.x;
        a0_1 += vec4(-0.12583245, -0.016626384, -0.0056474647, 0.14644164) * v0_2.y;
        a0_1 += vec4(0.054749426, -0.015375318, -0.060542252, 0.26271167) * v0_2.z;
        a0_1 += vec4(-0.27309555, 0.25427586, -0.30738366, 0.06268446) * v0_2.w;
        a0_2 += vec4(0.07217429, -0.017802501, -0.025366785, 0.011677272) * v0_2.x;
        a0_2 += vec4(-0.03891089, -0.09061141, 0.12378563, 0.022504255) * v0_2.y;
        a0_2 += vec4(-0.044132605, -0.032234058, -0.088184826, 0.039788056) * v0_2.z;
        a0_2 += vec4(0.1027992, 0.4585517, 0.045629874, 0.00083855924) * v0_2.w;
        a0_3 += vec4(-0.07302672, -0.05109683, 0.10576564, -0.022838706) * v0_2.x;
        a0_3 += vec4(0.03963551, 0.13769099, -0.24412347, 0.03250729) * v0_2.y;
        a0_3 += vec4(-0.025830485, -0.057196457, -0.12947193, -0.008131842) * v0_2.z;
        a0_3 += vec4(0.008664412, 0.014013175, 0.070938855, 0.014234016) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 68]);
        a0_0 += vec4(0.04358911, 0.11896573, 0.089531794, -0.05587581) * v0_2.x;
        a0_0 += vec4(-0.04094156, 0.105369434, 0.011076806, 0.14257681) * v0_2.y;
        a0_0 += vec4(0.03535254, -0.045117967, -0.04624138, 0.13797306) * v0_2.z;
        a0_0 += vec4(-0.19362248, -0.09776679, 0.05610635, 0.031364556) * v0_2.w;
        a0_1 += vec4(-0.02109508, -0.15600333, 0.024536503, 0.1401623) * v0_2.x;
        a0_1 += vec4(0.026694885, -0.036841907, -0.028111225, -0.02671468) * v0_2.y;
        a0_1 += vec4(0.0057274024, 0.009741516, -0.0445943, -0.15761334) * v0_2.z;
        a0_1 += vec4(0.1620156, -0.15103452, -0.12852602, 0.06287315) * v0_2.w;
        a0_2 += vec4(0.205705, 0.22365142, 0.13449533, 0.06864224) * v0_2.x;
        a0_2 += vec4(0.014564013, -0.27844182, 0.011297423, 0.03536701) * v0_2.y;
        a0_2 += vec4(-0.02132758, 0.30949152, -0.042867962, -0.06408314) * v0_2.z;
        a0_2 += vec4(-0.08812826, 0.34322935, -0.032946046, 0.037180725) * v0_2.w;
        a0_3 += vec4(-0.0447635, 0.2706803, 0.045532394, 0.053682335) * v0_2.x;
        a0_3 += vec4(0.0074390187, -0.0024997066, 0.03460666, -0.0299541) * v0_2.y;
        a0_3 += vec4(-0.03833312, 0.046010766, 0.23283716, 0.0020204836) * v0_2.z;
        a0_3 += vec4(-0.020058671, 0.04210086, -0.096002094, 0.031440318) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 69]);
        a0_0 += vec4(0.10471133, 0.04475438, 0.056449875, 0.21955359) * v0_2.x;
        a0_0 += vec4(0.0150153, 0.2850131, 0.08114211, 0.5034277) * v0_2.y;
        a0_0 += vec4(-0.13530642, 0.060556658, 0.093787976, 0.2631077) * v0_2.z;
        a0_0 += vec4(-0.18028943, 0.23752828, 0.14925966, 0.38266852) * v0_2.w;
        a0_1 += vec4(0.03036651, -0.040511932, 0.041615527, 0.028055701) * v0_2.x;
        a0_1 += vec4(0.014600262, 0.18176314, -0.022729754, 0.11445713) * v0_2.y;
        a0_1 += vec4(0.15105093, -0.0060906517, -0.10080202, -0.18459521) * v0_2.z;
        a0_1 += vec4(-0.023487376, -0.07143242, -0.13587767, -0.111897126) * v0_2.w;
        a0_2 += vec4(-0.16519606, 0.06337883, 0.22426398, 0.08894334) * v0_2.x;
        a0_2 += vec4(0.10512171, -0.16880117, 0.0016932979, -0.0651617) * v0_2.y;
        a0_2 += vec4(0.2945134, 0.054741245, -0.06286984, 0.055672824) * v0_2.z;
        a0_2 += vec4(-0.018160885, 0.049170736, 0.1691672, 0.17492898) * v0_2.w;
        a0_3 += vec4(0.17191777, -0.18700376, 0.16222559, 0.098759085) * v0_2.x;
        a0_3 += vec4(-0.028579071, 0.045521963, -0.08730599, -0.02353861) * v0_2.y;
        a0_3 += vec4(-0.005669953, 0.013646575, 0.303377, -0.020591909) * v0_2.z;
        a0_3 += vec4(-0.010994043, 0.19271602, 0.14249931, 0.09549053) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.11523303, 0.23114307, 0.038871713, -0.12978399) * v0_2.x;
        a0_0 += vec4(0.09951813, -0.18729322, 0.063135736, -0.024845924) * v0_2.y;
        a0_0 += vec4(-0.058234878, 0.110769965, -0.05797416, 0.06442876) * v0_2.z;
        a0_0 += vec4(-0.34083676, 0.16079472, 0.033929054, -0.0004737016) * v0_2.w;
        a0_1 += vec4(-0.0636811, 0.12315481, -0.03665248, -0.00370412) * v0_2.x;
        a0_1 += vec4(0.06255008, 0.078226626, -0.13505042, -0.08078225) * v0_2.y;
        a0_1 += vec4(-0.041466385, 0.068277836, -0.059586324, -0.039417323) * v0_2.z;
        a0_1 += vec4(-0.22059655, 0.1754384, -0.16965942, -0.0535676) * v0_2.w;
        a0_2 += vec4(-0.1292707, -0.031298812, -0.10014171, -0.027810937) * v0_2.x;
        a0_2 += vec4(-0.0075535444, 0.004015391, 0.033660416, 0.02450345) * v0_2.y;
        a0_2 += vec4(0.08126133, 0.16086072, -0.036315545, -0.02402555) * v0_2.z;
        a0_2 += vec4(-0.059445728, 0.33868644, -0.13687381, -0.06302222) * v0_2.w;
        a0_3 += vec4(-0.039367557, 0.09201602, 0.062410243, 0.01123599) * v0_2.x;
        a0_3 += vec4(0.022837764, -0.046663057, -0.10200335, -0.100693144) * v0_2.y;
        a0_3 += vec4(0.03853509, -0.10963967, -0.0068727364, -0.03151455) * v0_2.z;
        a0_3 += vec4(-0.034203973, 0.21623296, -0.19321671, 0.17929366) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(0.17967981, -0.0024206066, 0.13608488, 0.15606079) * v0_3.x;
        a0_0 += vec4(-0.014125473, 0.1302587, -0.10011819, -0.1317733) * v0_3.y;
        a0_0 += vec4(-0.09214611, -0.06322458, 0.41288662, 0.15127385) * v0_3.z;
        a0_0 += vec4(-0.18124083, 0.0568483, -0.19667377, 0.0017309567) * v0_3.w;
        a0_1 += vec4(0.03506106, -0.048500977, 0.21433751, 0.22443856) * v0_3.x;
        a0_1 += vec4(-0.08877972, -0.08318837, -0.061856892, 0.014292894) * v0_3.y;
        a0_1 += vec4(-0.06505422, -0.016065434, -0.10231066, 0.23015444) * v0_3.z;
        a0_1 += vec4(-0.09368356, -0.11299431, -0.18104406, -0.60903746) * v0_3.w;
        a0_2 += vec4(0.08226089, -0.21958731, -0.112114474, 0.05132853) * v0_3.x;
        a0_2 += vec4(-0.04083558, -0.040961035, -0.04910069, -0.0048892456) * v0_3.y;
        a0_2 += vec4(0.027261192, 0.2104222, 0.063269176, 0.074063376) * v0_3.z;
        a0_2 += vec4(0.046857953, 0.2556395, 0.1850387, -0.089739956) * v0_3.w;
        a0_3 += vec4(0.10082613, 0.016210603, -0.08197527, 0.01651676) * v0_3.x;
        a0_3 += vec4(0.07519529, 0.21890922, 0.014900622, -0.0054076924) * v0_3.y;
        a0_3 += vec4(0.07356021, 0.05124745, -0.10515334, 0.0079540685) * v0_3.z;
        a0_3 += vec4(-0.007952385, 0.0054854187, -0.7094067, -0.041997068) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(0.027271256, -0.24882627, 0.22455092, 0.12997843) * v0_3.x;
        a0_0 += vec4(-0.013529277, -0.4201472, 0.14472222, -0.06391054) * v0_3.y;
        a0_0 += vec4(-0.07925756, 0.16168503, 0.26179597, 0.26771837) * v0_3.z;
        a0_0 += vec4(-0.12798652, -0.17919144, -0.15528443, 0.052146297) * v0_3.w;
        a0_1 += vec4(0.08028086, 0.05022811, 0.02997687, -0.19566007) * v0_3.x;
        a0_1 += vec4(-0.029159294, -0.059176996, -0.028556893, -0.040786903) * v0_3.y;
        a0_1 += vec4(-0.05788131, 0.10790394, -0.14932914, 0.15170012) * v0_3.z;
        a0_1 += vec4(-0.06443315, -0.07240651, -0.07656515, -0.122700624) * v0_3.w;
        a0_2 += vec4(-0.1328675, -0.025115045, -0.19812341, 0.035227485) * v0_3.x;
        a0_2 += vec4(-0.02176685, 0.05458465, 0.06964607, -0.05161913) * v0_3.y;
        a0_2 += vec4(-0.17933479, 0.2526419, -0.00061058934, 0.09208311) * v0_3.z;
        a0_2 += vec4(0.06378177, -0.028756145, 0.19183238, 0.031973366) * v0_3.w;
        a0_3 += vec4(-0.004040572, 0.044227745, -0.09104828, 0.002906862) * v0_3.x;
        a0_3 += vec4(-0.07002957, -0.010332693, -0.13561437, -0.040523257) * v0_3.y;
        a0_3 += vec4(-0.065134674, -0.22807272, -0.2839234, 0.028763859) * v0_3.z;
        a0_3 += vec4(-0.017744722, 0.19381854, -0.3146968, 0.026272843) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(0.014049165, -0.064533375, 0.048199706, 0.06682013) * v0_3.x;
        a0_0 += vec4(2.5640928e-05, 0.2082277, -0.17860648, -0.08876906) * v0_3.y;
        a0_0 += vec4(-0.052406717, 0.16419308, 0.27266765, 0.10492769) * v0_3.z;
        a0_0 += vec4(0.024301874, -0.006975712, 0.1046006, 0.04440832) * v0_3.w;
        a0_1 += vec4(0.1137321, -0.089192025, 0.039846938, -0.0223175) * v0_3.x;
        a0_1 += vec4(0.031930234, -0.12673935, 0.017585667, 0.10969222) * v0_3.y;
        a0_1 += vec4(-0.04416593, 0.14250727, -0.067044035, 0.1609681) * v0_3.z;
        a0_1 += vec4(0.08500118, 0.1646457, 0.14938213, 0.29145613) * v0_3.w;
        a0_2 += vec4(0.0437481, -0.0024434791, 0.024941877, 0.016278239) * v0_3.x;
        a0_2 += vec4(-0.114650965, 0.07724659, 0.08796968, 0.025142414) * v0_3.y;
        a0_2 += vec4(-0.13231051, 0.19960475, -0.09811997, -0.014756727) * v0_3.z;
        a0_2 += vec4(0.09013578, -0.0968506, -0.17763449, -0.0029632917) * v0_3.w;
        a0_3 += vec4(0.033424836, 0.019449243, -0.17157291, 0.03425873) * v0_3.x;
        a0_3 += vec4(0.11572792, 0.06314258, 0.17696764, 0.016658517) * v0_3.y;
        a0_3 += vec4(0.08962576, 0.027958134, -0.08218732, 0.031156845) * v0_3.z;
        a0_3 += vec4(0.014556747, 0.06479981, -0.26210457, 0.0070842793) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 34]);
        a0_0 += vec4(0.028147465, -0.3983203, -0.01847809, -0.1174863) * v0_3.x;
        a0_0 += vec4(-0.035749417, 0.46157745, 0.18222934, -0.04988783) * v0_3.y;
        a0_0 += vec4(-0.11123017, 0.0078030084, 0.38249332, 0.1705812) * v0_3.z;
        a0_0 += vec4(-0.08041618, 0.28765467, -0.06447827, 0.22736324) * v0_3.w;
        a0_1 += vec4(-0.0009094283, 0.28392726, 0.061082523, -0.059079338) * v0_3.x;
        a0_1 += vec4(0.13732661, -0.0061110733, -0.008135003, 0.09520409) * v0_3.y;
        a0_1 += vec4(-0.18405494, -0.062306434, -0.24817042, 0.06566892) * v0_3.z;
        a0_1 += vec4(0.08881168, -0.12629822, -0.03489964, -0.49614233) * v0_3.w;
        a0_2 += vec4(-0.15345512, 0.18706213, -0.023212325, 0.013440581) * v0_3.x;
        a0_2 += vec4(-0.034489233, -0.14027032, 0.2418924, 0.019004513) * v0_3.y;
        a0_2 += vec4(-0.114042565, 0.25890866, 0.09361321, -0.05879834) * v0_3.z;
        a0_2 += vec4(0.11970154, 0.18717736, 0.09744464, -0.036371052) * v0_3.w;
        a0_3 += vec4(-0.0014259213, 0.03989152, -0.21148701, -0.0001369806) * v0_3.x;
        a0_3 += vec4(0.23431356, 0.07145237, 0.16289471, 0.119675) * v0_3.y;
        a0_3 += vec4(0.06265752, 0.08371256, 0.39132395, 0.06438435) * v0_3.z;
        a0_3 += vec4(0.037505884, -0.26679227, -0.16482724, 0.008022178) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 35]);
        a0_0 += vec4(0.15762252, -0.16911152, 0.049391177, -0.16696095) * v0_3.x;
        a0_0 += vec4(0.10486783, -0.07586026, -0.27720496, 0.11773608) * v0_3.y;
        a0_0 += vec4(-0.2747425, 0.3786161, 0.002801792, 0.031365275) * v0_3.z;
        a0_0 += vec4(-0.07994967, -0.44807374, -0.07718438, -0.1410523) * v0_3.w;
        a0_1 += vec4(-0.0033999085, 0.25010565, 0.25577742, -0.16891249) * v0_3.x;
        a0_1 += vec4(0.13042337, -0.1365498, -0.026670823, -0.17399186) * v0_3.y;
        a0_1 += vec4(-0.13135117, 0.052288227, -0.33817428, 0.013874706) * v0_3.z;
        a0_1 += vec4(-0.003790534, 0.069700696, 0.037918884, -0.4147641) * v0_3.w;
        a0_2 += vec4(-0.10288788, -0.15868154, -0.30297798, 0.052903272) * v0_3.x;
        a0_2 += vec4(-0.13842048, 0.43790805, 0.33335215, -0.11384359) * v0_3.y;
        a0_2 += vec4(-0.16529663, 0.5202423, -0.18723747, 0.056518346) * v0_3.z;
        a0_2 += vec4(0.041580163, -0.44752023, 0.08281633, 0.00019853903) * v0_3.w;
        a0_3 += vec4(-0.033659853, 0.1943747, -0.18204369, 0.10617289) * v0_3.x;
        a0_3 += vec4(-0.13015918, 0.31749845, -0.479224, -0.0002916806) * v0_3.y;
        a0_3 += vec4(0.09526148, -0.22029287, 0.63103664, 0.0045550913) * v0_3.z;
        a0_3 += vec4(-0.02362723, -0.021060677, -0.6373392, -0.0036393513) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 36]);
        a0_0 += vec4(0.00046525197, -0.034315817, 0.038648464, -0.0011732264) * v0_3.x;
        a0_0 += vec4(-0.13102004, 0.4003929, 0.280731, 0.106184326) * v0_3.y;
        a0_0 += vec4(-0.04164549, 0.050507616, -0.02626758, -0.07078635) * v0_3.z;
        a0_0 += vec4(-0.023994299, -0.16891508, 0.010971957, -0.08216202) * v0_3.w;
        a0_1 += vec4(0.119477466, 0.03500783, -0.017041486, -0.022089997) * v0_3.x;
        a0_1 += vec4(0.14688644, 0.49860004, 0.18061589, 0.071110405) * v0_3.y;
        a0_1 += vec4(-0.00042763606, 0.08570362, -0.16958496, -0.06263497) * v0_3.z;
        a0_1 += vec4(-0.07786273, 0.16250475, 0.060808282, -0.10747887) * v0_3.w;
        a0_2 += vec4(-0.020328198, 0.023436017, 0.015855424, 0.016370794) * v0_3.x;
        a0_2 += vec4(0.045815825, 0.13717295, -0.11157435, 0.07572761) * v0_3.y;
        a0_2 += vec4(-0.013207421, 0.48449904, 0.03152103, -0.073216066) * v0_3.z;
        a0_2 += vec4(0.077034675, -0.17097218, -0.062155224, -0.024534568) * v0_3.w;
        a0_3 += vec4(0.027139774, 0.0644977, -0.022464242, 0.057896312) * v0_3.x;
        a0_3 += vec4(-0.1653049, 0.3821092, 0.018036174, 0.04535975) * v0_3.y;
        a0_3 += vec4(-0.06970829, -0.046692904, 0.5127164, 0.07344819) * v0_3.z;
        a0_3 += vec4(0.004554193, 0.04056319, -0.17499696, -0.022242673) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 68]);
        a0_0 += vec4(0.028136913, -0.1701202, -0.04529951, -0.45588294) * v0_3.x;
        a0_0 += vec4(-0.07477213, 0.34723598, 0.16184719, -0.18778995) * v0_3.y;
        a0_0 += vec4(-0.1759431, 0.004689825, 0.069567025, -0.045840383) * v0_3.z;
        a0_0 += vec4(-0.0646709, 0.11436368, -0.06644042, 0.16942237) * v0_3.w;
        a0_1 += vec4(-0.10027195, 0.008631086, 0.03845458, -0.20309173) * v0_3.x;
        a0_1 += vec4(-0.03468716, 0.17712484, 0.22909239, 0.1671772) * v0_3.y;
        a0_1 += vec4(-0.20039444, -0.04577331, -0.2671201, -0.1315341) * v0_3.z;
        a0_1 += vec4(0.12112972, 0.030085254, -0.083887346, -0.058580935) * v0_3.w;
        a0_2 += vec4(-0.09663423, 0.12730555, 0.046748877, -0.011983337) * v0_3.x;
        a0_2 += vec4(0.07413645, -0.3649768, -0.335109, 0.22421268) * v0_3.y;
        a0_2 += vec4(-0.17270626, 0.09675239, 0.0012449885, 0.041111287) * v0_3.z;
        a0_2 += vec4(0.044592563, -0.06808676, 0.08731075, -0.00681201) * v0_3.w;
        a0_3 += vec4(0.0047700955, -0.20019549, -0.09474941, 0.0059617083) * v0_3.x;
        a0_3 += vec4(-0.14127806, 0.054258976, 0.13210048, -0.11462701) * v0_3.y;
        a0_3 += vec4(-0.052308206, 0.013857267, 0.35287967, 0.10111767) * v0_3.z;
        a0_3 += vec4(0.05864213, -0.16011465, 0.03517866, -0.04118698) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 69]);
        a0_0 += vec4(0.021556504, -0.10937223, -0.062238388, -0.29728833) * v0_3.x;
        a0_0 += vec4(-0.094330914, -0.242173, -0.048293352, -0.14398387) * v0_3.y;
        a0_0 += vec4(-0.1945089, 0.2895175, 0.13635243, 0.14394437) * v0_3.z;
        a0_0 += vec4(-0.122205816, -0.051962666, -0.018697487, 0.13145599) * v0_3.w;
        a0_1 += vec4(-0.09378364, 0.0047412883, -0.031654667, -0.114370205) * v0_3.x;
        a0_1 += vec4(0.24361065, -0.2590986, 0.26888162, -0.030608429) * v0_3.y;
        a0_1 += vec4(-0.27472925, 0.02145119, -0.19987252, -0.08916564) * v0_3.z;
        a0_1 += vec4(0.08804271, 0.015394104, -0.0704593, 0.0100355605) * v0_3.w;
        a0_2 += vec4(-0.05989392, -0.07644608, -0.01670862, 0.0046006497) * v0_3.x;
        a0_2 += vec4(0.34034845, -0.039096303, -0.19662887, -0.060420547) * v0_3.y;
        a0_2 += vec4(-0.11541123, -0.07443262, -0.08212345, 0.002427962) * v0_3.z;
        a0_2 += vec4(0.032372512, -0.35467905, 0.15695313, -0.030645799) * v0_3.w;
        a0_3 += vec4(-0.006755949, -0.08598698, -0.0969316, -0.019678462) * v0_3.x;
        a0_3 += vec4(-0.1485965, -0.6410416, -0.14602426, 0.114290096) * v0_3.y;
        a0_3 += vec4(-0.06485307, -0.17145531, 0.45939043, 0.040029217) * v0_3.z;
        a0_3 += vec4(0.019341905, -0.027362224, -0.43237025, 0.007962174) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 70]);
        a0_0 += vec4(0.003249942, -0.03741464, -0.014669524, -0.01883748) * v0_3.x;
        a0_0 += vec4(-0.11301991, 0.10991982, 0.34437227, -0.029558275) * v0_3.y;
        a0_0 += vec4(-0.13222758, 0.101735406, 0.155234, 0.091296345) * v0_3.z;
        a0_0 += vec4(-0.036827065, -0.11017892, -0.04016985, -0.10833027) * v0_3.w;
        a0_1 += vec4(-0.0137429135, 0.033333424, 0.014873225, -0.05457149) * v0_3.x;
        a0_1 += vec4(-0.22024554, 0.025492538, 0.06726592, -0.07553069) * v0_3.y;
        a0_1 += vec4(-0.09016793, 0.03910614, -0.09760331, 0.05220727) * v0_3.z;
        a0_1 += vec4(0.007563907, 0.014528444, -0.003791664, -0.09855803) * v0_3.w;
        a0_2 += vec4(0.027210187, -0.016581928, 0.02139718, 0.011200915) * v0_3.x;
        a0_2 += vec4(-0.06388659, -0.04606139, -0.10887709, 0.10041411) * v0_3.y;
        a0_2 += vec4(0.019651515, 0.2052294, 0.0034272135, 0.012662167) * v0_3.z;
        a0_2 += vec4(0.015468742, -0.055896755, 0.004310118, -0.013102972) * v0_3.w;
        a0_3 += vec4(0.012933513, -0.002370105, 0.04151422, 0.0062560984) * v0_3.x;
        a0_3 += vec4(-0.07096859, -0.18996301, 0.02074028, -0.023468222) * v0_3.y;
        a0_3 += vec4(-0.08030726, -0.11030997, 0.013433407, 0.062006313) * v0_3.z;
        a0_3 += vec4(0.036660332, 0.07629858, 0.0075185457, -0.0062851734) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.036731225, -0.34162, -0.03499806, 0.0014098753) * v0_4.x;
        a0_0 += vec4(0.07419551, -0.07143481, -0.12657213, 0.027188463) * v0_4.y;
        a0_0 += vec4(-0.1702475, -0.10603434, 0.07143819, 0.075398155) * v0_4.z;
        a0_0 += vec4(-0.10738717, -0.25793362, 0.5822569, 0.66245127) * v0_4.w;
        a0_1 += vec4(-0.013423717, -0.01621074, 0.014396069, 0.04636097) * v0_4.x;
        a0_1 += vec4(-0.07633005, 0.103152744, 0.09406755, -0.23400412) * v0_4.y;
        a0_1 += vec4(-0.073840216, 0.05531753, -0.19725178, -0.18816635) * v0_4.z;
        a0_1 += vec4(-0.5194422, 0.41300288, -0.33677968, -0.29036173) * v0_4.w;
        a0_2 += vec4(0.03389584, 0.19403295, -0.04860773, 0.026761534) * v0_4.x;
        a0_2 += vec4(0.054014232, -0.07292661, -0.02598497, -0.061448827) * v0_4.y;
        a0_2 += vec4(-0.007784874, -0.19054742, 0.012637252, 0.0021998957) * v0_4.z;
        a0_2 += vec4(-0.61896056, -1.8247013, -1.3640536, 0.17099708) * v0_4.w;
        a0_3 += vec4(-0.016444825, 0.3526713, 0.28775954, 0.014064034) * v0_4.x;
        a0_3 += vec4(0.09527122, -0.1971823, -0.062081866, -0.008516877) * v0_4.y;
        a0_3 += vec4(0.04070474, 0.2445596, 0.4249027, 0.016719475) * v0_4.z;
        a0_3 += vec4(-0.23529327, -0.5027791, -0.565041, 0.26437464) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0052070916, 0.3201585, 0.2211905, 0.098264374) * v0_4.x;
        a0_0 += vec4(0.06683041, 0.22845455, -0.1778898, 0.18100043) * v0_4.y;
        a0_0 += vec4(-0.23456462, -0.16082174, 0.14808704, -0.24935953) * v0_4.z;
        a0_0 += vec4(0.1638891, 0.8763659, 0.17503476, 0.9105029) * v0_4.w;
        a0_1 += vec4(0.17891423, -0.032836847, 0.02361256, 0.24666274) * v0_4.x;
        a0_1 += vec4(-0.07597155, 0.1217218, 0.1416014, -0.0020104838) * v0_4.y;
        a0_1 += vec4(-0.13222502, 0.039270032, -0.15187746, 0.04453036) * v0_4.z;
        a0_1 += vec4(0.20064957, -0.101766616, -0.5905105, 0.12905842) * v0_4.w;
        a0_2 += vec4(0.11959262, -0.112947635, -0.04522867, -0.022378638) * v0_4.x;
        a0_2 += vec4(0.10156984, 0.015838174, -0.052260626, -0.030087646) * v0_4.y;
        a0_2 += vec4(-0.077513546, 0.103042975, 0.19859043, -0.030813945) * v0_4.z;
        a0_2 += vec4(-0.74007183, 0.9250063, 0.4930485, 0.06868177) * v0_4.w;
        a0_3 += vec4(-0.049483463, 0.47352275, 0.5842295, -0.0038851986) * v0_4.x;
        a0_3 += vec4(0.13766365, -0.040207036, -0.28587368, 0.017692199) * v0_4.y;
        a0_3 += vec4(0.12847334, -0.016048249, 0.66871566, 0.028657863) * v0_4.z;
        a0_3 += vec4(0.8306536, -0.5381524, 0.4657456, 0.38058782) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.010714657, -0.18426414, 0.0021182364, -0.07301834) * v0_4.x;
        a0_0 += vec4(0.109416366, -0.21301018, -0.04980504, 0.0016859429) * v0_4.y;
        a0_0 += vec4(-0.15915893, 0.086007535, 0.109301575, 0.09598389) * v0_4.z;
        a0_0 += vec4(-0.1389941, 0.22201274, 0.003360719, -0.47741684) * v0_4.w;
        a0_1 += vec4(-0.01881463, -0.09289714, -0.022836227, -0.31012687) * v0_4.x;
        a0_1 += vec4(-0.034499515, -0.11065184, 0.13705248, -0.23047657) * v0_4.y;
        a0_1 += vec4(0.02437286, 0.16680291, -0.09069666, 0.18257791) * v0_4.z;
        a0_1 += vec4(-0.61990106, 0.0057711415, -0.25935042, -0.35851914) * v0_4.w;
        a0_2 += vec4(-0.10095972, -0.17718586, 0.018417822, -0.019964304) * v0_4.x;
        a0_2 += vec4(0.06921816, -0.030886414, -0.062909216, -0.0137259755) * v0_4.y;
        a0_2 += vec4(-0.0094997985, 0.045390908, 0.044127688, 0.0038927987) * v0_4.z;
        a0_2 += vec4(-0.27405733, -0.52662337, 0.5645516, -0.0046960455) * v0_4.w;
        a0_3 += vec4(-0.1523118, 0.49961996, 0.26298338, -0.018755624) * v0_4.x;
        a0_3 += vec4(0.08406784, -0.09572169, -0.11036871, 0.0073888116) * v0_4.y;
        a0_3 += vec4(0.032245852, 0.21733871, 0.061299272, 0.013965863) * v0_4.z;
        a0_3 += vec4(0.33974123, -0.06699556, 0.36706644, -0.14034802) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.07488542, 0.15137938, 0.25689054, 0.28781402) * v0_4.x;
        a0_0 += vec4(0.15927428, -0.19147582, 0.024918245, -0.013025791) * v0_4.y;
        a0_0 += vec4(0.030823292, 0.18630095, -0.045132592, -0.18503529) * v0_4.z;
        a0_0 += vec4(-1.8642454, 0.115693346, 0.4006669, -0.46074566) * v0_4.w;
        a0_1 += vec4(-0.021146594, -0.029446606, -0.082762994, 0.064524926) * v0_4.x;
        a0_1 += vec4(0.01789162, 0.3071747, 0.1462408, 0.33703437) * v0_4.y;
        a0_1 += vec4(0.1259944, -0.015564585, -0.03334213, 0.2671825) * v0_4.z;
        a0_1 += vec4(-2.2543018, -0.32053766, -0.5721268, -0.08540516) * v0_4.w;
        a0_2 += vec4(0.0144171, 0.14074369, -0.01238349, 0.02127338) * v0_4.x;
        a0_2 += vec4(0.037153464, 0.04097126, -0.56117153, 0.037505813) * v0_4.y;
        a0_2 += vec4(-0.16305083, 0.014705224, -0.159918, 0.008001658) * v0_4.z;
        a0_2 += vec4(-0.53120875, -0.32226828, -2.6737142, 0.20629326) * v0_4.w;
        a0_3 += vec4(-0.005094492, 0.22388749, 0.07201192, -0.0017065649) * v0_4.x;
        a0_3 += vec4(0.05494534, 0.06471637, -0.22140256, -0.06387195) * v0_4.y;
        a0_3 += vec4(0.066367105, -0.27405983, -0.067854516, -0.023395594) * v0_4.z;
        a0_3 += vec4(0.763714, -1.034463, -0.9509174, 0.85722375) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 35]);
        a0_0 += vec4(0.04897464, -0.026080633, 0.13614678, 0.3869139) * v0_4.x;
        a0_0 += vec4(0.10892622, -0.1837269, 0.23996358, 0.22882898) * v0_4.y;
        a0_0 += vec4(-0.38740736, 0.143096, 0.0017984522, -0.4081406) * v0_4.z;
        a0_0 += vec4(0.44450042, -0.3950319, 0.21496825, 0.26076785) * v0_4.w;
        a0_1 += vec4(0.04635425, -0.0971961, -0.013695813, 0.10194416) * v0_4.x;
        a0_1 += vec4(-0.04122832, 0.30674472, 0.076086156, -0.03165913) * v0_4.y;
        a0_1 += vec4(-0.16269441, -0.34496567, -0.26136944, 0.10860668) * v0_4.z;
        a0_1 += vec4(0.24348365, 0.8543127, 0.017767547, 0.1319544) * v0_4.w;
        a0_2 += vec4(-0.117756315, 0.049431425, -0.2234179, -0.097091846) * v0_4.x;
        a0_2 += vec4(-0.18174106, 0.29994884, -0.9557168, 0.06932641) * v0_4.y;
        a0_2 += vec4(-0.040819455, 0.46370217, 1.0163265, -0.15943788) * v0_4.z;
        a0_2 += vec4(-0.23299661, -1.7371395, -0.7194919, 0.023242874) * v0_4.w;
        a0_3 += vec4(0.08387833, 0.2656552, 0.41373298, -0.03370844) * v0_4.x;
        a0_3 += vec4(0.23824285, -0.07766313, -0.4600171, 0.33675903) * v0_4.y;
        a0_3 += vec4(-0.06763795, -0.099605955, -0.17221004, 0.041557327) * v0_4.z;
        a0_3 += vec4(0.05908725, -0.111010134, 0.07688242, 0.7120945) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.07608073, 0.07911588, 0.08052993, 0.16565593) * v0_4.x;
        a0_0 += vec4(0.14006428, 0.06948609, -0.15395197, -0.13344505) * v0_4.y;
        a0_0 += vec4(-0.06445378, 0.17446397, -0.038015418, -0.022728655) * v0_4.z;
        a0_0 += vec4(0.007954412, -0.39011008, -0.44235098, 0.42077646) * v0_4.w;
        a0_1 += vec4(0.10381667, 0.032034438, -0.03857839, 0.04167469) * v0_4.x;
        a0_1 += vec4(0.09087904, -0.0094315475, 0.045841258, -0.0031114656) * v0_4.y;
        a0_1 += vec4(0.044742525, 0.26312754, 0.005105453, 0.36375442) * v0_4.z;
        a0_1 += vec4(0.0589386, -0.044157237, 0.099962756, -0.6543929) * v0_4.w;
        a0_2 += vec4(-0.017405337, 0.075112656, -0.013109668, 0.009952797) * v0_4.x;
        a0_2 += vec4(0.23290958, 0.10032564, 0.22563946, 0.029756796) * v0_4.y;
        a0_2 += vec4(-0.055396147, 0.08186857, -0.1033286, 0.023160672) * v0_4.z;
        a0_2 += vec4(-0.16773629, 0.8474689, 0.6479655, -0.01240113) * v0_4.w;
        a0_3 += vec4(0.07179995, 0.09834127, 0.08792755, -0.029416224) * v0_4.x;
        a0_3 += vec4(0.29790422, -0.36116114, -0.37201816, -0.088691995) * v0_4.y;
        a0_3 += vec4(-0.040895164, -0.161215, -0.094054155, -0.036344577) * v0_4.z;
        a0_3 += vec4(-0.18664718, 0.30399847, -0.04183974, -0.11641879) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.12776124, -0.07826014, 0.14893329, 0.35461107) * v0_4.x;
        a0_0 += vec4(0.06286757, 0.12816162, 0.123069204, -0.21632172) * v0_4.y;
        a0_0 += vec4(-0.1378017, -0.3392538, -0.119866274, 0.21159121) * v0_4.z;
        a0_0 += vec4(-0.25350207, -0.39882445, 0.93855214, 0.04867734) * v0_4.w;
        a0_1 += vec4(-0.07668951, 0.067869626, -0.01711179, -0.033269443) * v0_4.x;
        a0_1 += vec4(-0.29325554, -0.17931072, 0.14675204, 0.21368891) * v0_4.y;
        a0_1 += vec4(0.01043264, 0.061701328, -0.062129032, -0.043798994) * v0_4.z;
        a0_1 += vec4(-0.3680163, 0.21827723, -0.16277654, -0.05512363) * v0_4.w;
        a0_2 += vec4(-0.047531478, 0.1341213, -0.04633437, 0.031994) * v0_4.x;
        a0_2 += vec4(-0.20502213, 0.5918409, -0.056666, 0.23001784) * v0_4.y;
        a0_2 += vec4(-0.059606258, -0.16372056, -0.28430218, 0.10835266) * v0_4.z;
        a0_2 += vec4(0.12627047, -2.6726804, -1.2678218, -0.026746945) * v0_4.w;
        a0_3 += vec4(-0.0369852, 0.3014071, 0.008517164, 0.032649826) * v0_4.x;
        a0_3 += vec4(-0.0034535215, 0.0993149, -0.17559941, -0.11803248) * v0_4.y;
        a0_3 += vec4(-0.015780225, -0.34161067, -0.048241746, -0.03857864) * v0_4.z;
        a0_3 += vec4(0.091001526, 0.32788923, -1.3452559, 0.065274894) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 69]);
        a0_0 += vec4(0.23709327, 0.12146076, 0.0014411873, 0.13475205) * v0_4.x;
        a0_0 += vec4(-0.3455927, 0.34190825, 0.12932707, -0.27509955) * v0_4.y;
        a0_0 += vec4(0.02337068, -0.35489067, -0.09166492, 0.058220875) * v0_4.z;
        a0_0 += vec4(-0.20866768, -0.9153801, 0.17183772, -0.2272294) * v0_4.w;
        a0_1 += vec4(-0.14106841, 0.3398882, 0.14981519, -0.057984363) * v0_4.x;
        a0_1 += vec4(-0.020354753, -0.6639611, -0.3275943, 0.27394053) * v0_4.y;
        a0_1 += vec4(-0.18922806, 0.14231218, 0.26963535, 0.2525783) * v0_4.z;
        a0_1 += vec4(0.70925796, 0.06835644, -0.17484419, 0.28484875) * v0_4.w;
        a0_2 += vec4(-0.118497014, 0.19945541, -0.69155926, 0.089384854) * v0_4.x;
        a0_2 += vec4(0.20894013, -0.017318033, 0.25138617, -0.2369898) * v0_4.y;
        a0_2 += vec4(-0.48950273, 0.031593814, 0.03604946, 0.0045358078) * v0_4.z;
        a0_2 += vec4(0.23567657, 1.2941473, -0.20139225, 0.22015218) * v0_4.w;
        a0_3 += vec4(-0.18685557, 0.5552962, 0.18548086, 0.11738402) * v0_4.x;
        a0_3 += vec4(0.026667565, 0.1991448, -0.11865331, -0.10834472) * v0_4.y;
        a0_3 += vec4(-0.051948383, -0.1237092, -0.04858137, 0.036950763) * v0_4.z;
        a0_3 += vec4(-0.177877, -0.18528458, 0.0937208, 0.11938466) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 70]);
        a0_0 += vec4(0.013415054, 0.25050652, -0.015295671, 0.3256641) * v0_4.x;
        a0_0 += vec4(-0.033918053, 0.1712655, 0.27860522, -0.01920403) * v0_4.y;
        a0_0 += vec4(-0.11220131, -0.25981647, -0.14070293, 0.051742885) * v0_4.z;
        a0_0 += vec4(-0.42533696, 0.20613243, 0.5141396, 0.4479512) * v0_4.w;
        a0_1 += vec4(-0.007574134, -0.008877658, 0.10837159, 0.032498185) * v0_4.x;
        a0_1 += vec4(-0.0051235626, 0.08571261, -0.045898594, 0.26245597) * v0_4.y;
        a0_1 += vec4(0.06798225, 0.052184038, 0.056111094, -0.0078007663) * v0_4.z;
        a0_1 += vec4(0.046522822, 0.33059028, -0.17458116, 0.31904528) * v0_4.w;
        a0_2 += vec4(-0.03188186, 0.17795697, -0.04198236, -0.021961361) * v0_4.x;
        a0_2 += vec4(-0.04803586, -0.24953383, -0.3731971, -0.012675013) * v0_4.y;
        a0_2 += vec4(-0.013205051, 0.039766762, -0.14097597, 0.049249154) * v0_4.z;
        a0_2 += vec4(0.4338116, 0.9877368, 0.4804303, 0.24543618) * v0_4.w;
        a0_3 += vec4(-0.03491692, 0.15620849, 0.12244591, 0.075934336) * v0_4.x;
        a0_3 += vec4(0.16449572, 0.65514255, -0.22271386, -0.1365949) * v0_4.y;
        a0_3 += vec4(-0.0913708, 0.055683654, 0.14616726, -0.026258292) * v0_4.z;
        a0_3 += vec4(0.056808896, 0.24587765, -0.58250946, -0.050311152) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.12591091, 0.01244998, -0.1065657, -0.26679972) * v0_5.x;
        a0_0 += vec4(-0.015613475, 0.11323553, 0.16759929, 0.0075340387) * v0_5.y;
        a0_0 += vec4(0.085444465, 0.028757602, -0.042952113, 0.032242656) * v0_5.z;
        a0_0 += vec4(0.034198113, -0.1084582, 0.00172132, 0.1296818) * v0_5.w;
        a0_1 += vec4(0.35912892, -0.027331244, 0.018224707, 0.03228045) * v0_5.x;
        a0_1 += vec4(-0.016067987, -0.052664425, -0.086702496, 0.15473045) * v0_5.y;
        a0_1 += vec4(0.22935985, -0.07592562, 0.074679516, 0.20697501) * v0_5.z;
        a0_1 += vec4(-0.07015319, -0.0007490742, 0.04223218, -0.0002477573) * v0_5.w;
        a0_2 += vec4(-0.17776614, 0.207399, -0.21193908, -0.233226) * v0_5.x;
        a0_2 += vec4(-0.03474836, 0.16385293, -0.03988457, -0.025761042) * v0_5.y;
        a0_2 += vec4(-0.030501524, -0.60474783, -0.02268399, -0.0038020127) * v0_5.z;
        a0_2 += vec4(-0.026418474, 0.056337334, 0.05593924, -0.04720911) * v0_5.w;
        a0_3 += vec4(0.2307177, 0.009316541, -0.20652393, -0.04528565) * v0_5.x;
        a0_3 += vec4(-0.023949422, 0.058415696, 0.005527413, 0.037128717) * v0_5.y;
        a0_3 += vec4(0.022402778, 0.008534929, -0.22772695, -0.040516816) * v0_5.z;
        a0_3 += vec4(0.057939492, -0.16594426, -0.32526, 0.057588965) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.23409365, -0.17331958, -0.22829413, 0.0001606627) * v0_5.x;
        a0_0 += vec4(-0.04154653, 0.40255025, 0.13421227, 0.118446976) * v0_5.y;
        a0_0 += vec4(0.04714535, 0.044616196, -0.18294121, -0.0047498) * v0_5.z;
        a0_0 += vec4(0.13170134, -0.1045617, 0.060995273, 0.09085345) * v0_5.w;
        a0_1 += vec4(0.14881288, -0.3195196, 0.2300872, 0.04192145) * v0_5.x;
        a0_1 += vec4(0.11136334, 0.17950556, -0.23018274, 0.10547881) * v0_5.y;
        a0_1 += vec4(-0.18624817, -0.17456174, 0.160867, -0.03137659) * v0_5.z;
        a0_1 += vec4(0.07249017, 0.11074627, 0.097017385, 0.17734908) * v0_5.w;
        a0_2 += vec4(-0.022228012, 0.07556314, 0.04917742, 0.05253304) * v0_5.x;
        a0_2 += vec4(0.010401608, -0.13872474, -0.035758097, 0.045730237) * v0_5.y;
        a0_2 += vec4(-0.13260432, -1.0640199, 0.1955953, 0.019404186) * v0_5.z;
        a0_2 += vec4(-0.08068368, 0.025911927, -0.198826, 0.025931101) * v0_5.w;
        a0_3 += vec4(0.12498552, 0.2037865, -0.6076206, 0.23674323) * v0_5.x;
        a0_3 += vec4(-0.116273284, 0.0065270136, 0.043029565, -0.010783259) * v0_5.y;
        a0_3 += vec4(-0.20386064, 0.22016703, -0.09856716, 0.008352085) * v0_5.z;
        a0_3 += vec4(0.005807636, -0.62843984, -0.82838815, -0.05326888) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(0.025488438, -0.0030663041, -0.06713586, -0.1444041) * v0_5.x;
        a0_0 += vec4(-0.13046609, 0.34119055, 0.13969581, 0.033615015) * v0_5.y;
        a0_0 += vec4(0.09398541, 0.14652476, -0.07106327, -0.018009365) * v0_5.z;
        a0_0 += vec4(0.13160084, -0.15719087, 0.10985293, 0.042973634) * v0_5.w;
        a0_1 += vec4(0.022135306, -0.12051991, 0.039754543, -0.12095202) * v0_5.x;
        a0_1 += vec4(-0.011524106, 0.1626809, -0.1588035, 0.005840133) * v0_5.y;
        a0_1 += vec4(-0.050752748, -0.05516928, 0.14273736, -0.28041112) * v0_5.z;
        a0_1 += vec4(-0.023980366, 0.094171524, 0.0262514, -0.2066328) * v0_5.w;
        a0_2 += vec4(0.004598388, -0.20779093, -0.02519184, 0.04416819) * v0_5.x;
        a0_2 += vec4(-0.08763775, 0.2813368, 0.06462032, 0.011948038) * v0_5.y;
        a0_2 += vec4(0.0071054217, -0.08588377, -0.0015590257, -0.03687541) * v0_5.z;
        a0_2 += vec4(0.0052645546, 0.01467133, -0.00075780385, 0.018734645) * v0_5.w;
        a0_3 += vec4(0.011386575, 0.11620242, -0.0353433, 0.02136145) * v0_5.x;
        a0_3 += vec4(0.113976, 0.02752378, 0.3368595, 0.013731594) * v0_5.y;
        a0_3 += vec4(0.12179127, 0.063675836, 0.14685139, -0.028720831) * v0_5.z;
        a0_3 += vec4(0.026076382, -1.0058722, -0.50539273, 0.036181416) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.17982982, 0.62727773, 0.009380062, -0.09014016) * v0_5.x;
        a0_0 += vec4(-0.07876098, 0.15560696, 0.19748874, 0.1564442) * v0_5.y;
        a0_0 += vec4(0.08605498, 0.24774982, 0.20689742, -0.020005293) * v0_5.z;
        a0_0 += vec4(-0.036827397, 0.06544036, 0.0832336, -0.10422793) * v0_5.w;
        a0_1 += vec4(0.4643727, -0.27886307, -0.012210522, -0.18466926) * v0_5.x;
        a0_1 += vec4(-0.07310778, 0.19473259, -0.017583992, 0.04515538) * v0_5.y;
        a0_1 += vec4(0.09015951, 0.010931833, 0.05069329, 0.085211985) * v0_5.z;
        a0_1 += vec4(-0.033451263, -0.084974565, -0.022275979, 0.047870856) * v0_5.w;
        a0_2 += vec4(-0.23587717, -0.0029772765, 0.33838117, -0.049960762) * v0_5.x;
        a0_2 += vec4(0.076006465, 0.11152031, 0.07969988, -0.0058066957) * v0_5.y;
        a0_2 += vec4(-0.040294725, -0.39554062, 0.005331958, 0.112091094) * v0_5.z;
        a0_2 += vec4(-0.08990066, 0.011633177, 0.059962913, -0.008968664) * v0_5.w;
        a0_3 += vec4(-0.03837055, -0.09934, -0.18138467, -0.1275001) * v0_5.x;
        a0_3 += vec4(-0.08317971, 0.099028386, 0.047599707, 0.009218658) * v0_5.y;
        a0_3 += vec4(-0.06668754, 0.1193521, -0.077677876, 0.027737033) * v0_5.z;
        a0_3 += vec4(0.01042874, -0.5006519, -0.02147826, 0.01613473) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 35]);
        a0_0 += vec4(0.13016768, 0.16483779, -0.13044775, -0.030760417) * v0_5.x;
        a0_0 += vec4(-0.014343228, 0.1443719, 0.26597562, 0.021506242) * v0_5.y;
        a0_0 += vec4(-0.17120081, 0.23199229, -0.09494717, 0.07287024) * v0_5.z;
        a0_0 += vec4(-0.15403488, 0.21901432, -0.09806306, -0.2635516) * v0_5.w;
        a0_1 += vec4(0.36685643, -0.03498795, 0.36932373, 0.04663394) * v0_5.x;
        a0_1 += vec4(-0.24453484, 0.15682635, -0.06393542, 0.22350083) * v0_5.y;
        a0_1 += vec4(0.32828593, 0.12556334, -0.032097016, -0.22249135) * v0_5.z;
        a0_1 += vec4(-0.022404408, 0.06554879, -0.27629003, -0.17113921) * v0_5.w;
        a0_2 += vec4(0.3739447, 0.21325874, -0.12078905, 0.052896496) * v0_5.x;
        a0_2 += vec4(-0.06328107, 0.16221975, 0.017228665, 0.07492475) * v0_5.y;
        a0_2 += vec4(0.25286007, -1.6027665, 0.535375, 0.21490385) * v0_5.z;
        a0_2 += vec4(0.048959494, -0.09434555, 0.49514028, -0.24655005) * v0_5.w;
        a0_3 += vec4(0.20157377, 0.094069935, -0.25924894, 0.4513939) * v0_5.x;
        a0_3 += vec4(-0.082824044, 0.11329145, 0.11977122, -0.017076591) * v0_5.y;
        a0_3 += vec4(-0.11296219, 0.107378565, -0.08336972, 0.04474073) * v0_5.z;
        a0_3 += vec4(0.12751086, -1.474759, -0.43208084, 0.0372479) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 36]);
        a0_0 += vec4(0.1551138, -0.00044781662, -0.09462828, 0.11528045) * v0_5.x;
        a0_0 += vec4(-0.111439615, 0.28812674, 0.05726782, 0.13750114) * v0_5.y;
        a0_0 += vec4(0.10721867, 0.071324006, 0.16329086, 0.059531692) * v0_5.z;
        a0_0 += vec4(0.057127547, 0.1852516, 0.09879951, -0.034637) * v0_5.w;
        a0_1 += vec4(0.057643544, -0.0821995, 0.02785457, -0.14445736) * v0_5.x;
        a0_1 += vec4(-0.00827238, 0.083869405, -0.17504679, 0.040024452) * v0_5.y;
        a0_1 += vec4(0.11782944, 0.082769416, 0.20221531, -0.01977251) * v0_5.z;
        a0_1 += vec4(0.18810064, 0.10058428, 0.040518403, 0.16381235) * v0_5.w;
        a0_2 += vec4(0.023341065, -0.073038734, 0.07689045, -0.037003033) * v0_5.x;
        a0_2 += vec4(0.009879587, 0.28561667, 0.15563221, 0.018839007) * v0_5.y;
        a0_2 += vec4(-0.120143145, -0.13569745, 0.011585222, 0.028367897) * v0_5.z;
        a0_2 += vec4(-0.027510526, 0.16620146, 0.111063905, 0.14397426) * v0_5.w;
        a0_3 += vec4(0.10177014, 0.06772144, 0.029739581, 0.015600159) * v0_5.x;
        a0_3 += vec4(0.033402044, -0.06179592, 0.20502917, 0.048752118) * v0_5.y;
        a0_3 += vec4(-0.10237661, 0.25029805, -0.07709679, 0.21221764) * v0_5.z;
        a0_3 += vec4(-0.27771288, -2.034128, -0.8932387, -0.055777594) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.09716875, -0.28217205, 0.19145235, 0.21843061) * v0_5.x;
        a0_0 += vec4(-0.112740055, 0.08163737, 0.27547485, 0.055540826) * v0_5.y;
        a0_0 += vec4(0.052288774, -0.049583226, 0.03364781, -0.045926128) * v0_5.z;
        a0_0 += vec4(-0.0018051012, -0.20053735, -0.0015868497, -0.21722394) * v0_5.w;
        a0_1 += vec4(-0.0185808, 0.015772581, 0.023783049, 0.19982882) * v0_5.x;
        a0_1 += vec4(-0.07528124, 0.03142737, -0.058214698, 0.038417444) * v0_5.y;
        a0_1 += vec4(-0.039716426, 0.046362426, -0.050831467, 0.14899968) * v0_5.z;
        a0_1 += vec4(-0.0016054872, 0.032204628, 0.057708394, 0.12691228) * v0_5.w;
        a0_2 += vec4(0.13737535, -0.38068795, 0.095258005, -0.30169982) * v0_5.x;
        a0_2 += vec4(-0.008667409, 0.065728344, 0.074327335, 0.02391513) * v0_5.y;
        a0_2 += vec4(-0.10887895, -0.4506271, -0.0041155997, 0.00599647) * v0_5.z;
        a0_2 += vec4(0.021558022, -0.00782945, -0.012796392, -0.051290467) * v0_5.w;
        a0_3 += vec4(-0.0005914398, 0.14794466, -0.38547063, 0.11865169) * v0_5.x;
        a0_3 += vec4(-0.033808764, 0.07850711, 0.050626025, 0.009476621) * v0_5.y;
        a0_3 += vec4(-0.033932608, 0.14852725, -0.120277174, -0.023619277) * v0_5.z;
        a0_3 += vec4(0.033382583, 0.0028116384, -0.0128159905, 0.05654289) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 69]);
        a0_0 += vec4(0.022884686, 0.076746844, 0.37207744, 0.026825413) * v0_5.x;
        a0_0 += vec4(-0.16988383, -0.008282356, 0.16837607, 0.01435146) * v0_5.y;
        a0_0 += vec4(0.13437104, -0.054037247, -0.11036478, 0.079811566) * v0_5.z;
        a0_0 += vec4(0.030666472, -0.7874844, -0.08967887, 0.31907967) * v0_5.w;
        a0_1 += vec4(0.052159153, 0.17546724, -0.021749554, 0.077396505) * v0_5.x;
        a0_1 += vec4(-0.19238146, -0.022113588, -0.10580981, 0.013583808) * v0_5.y;
        a0_1 += vec4(-0.13101238, 0.028726557, 0.09187268, -0.038652122) * v0_5.z;
        a0_1 += vec4(-0.25082308, 0.24565762, -0.0011845094, -0.1819246) * v0_5.w;
        a0_2 += vec4(-0.015600367, -0.24922112, -0.24988674, 0.11327273) * v0_5.x;
        a0_2 += vec4(0.02140644, 0.33563858, 0.02276931, -0.0009794696) * v0_5.y;
        a0_2 += vec4(-0.11687785, -0.20464315, 0.16918339, -0.040877726) * v0_5.z;
        a0_2 += vec4(-0.25654775, 0.03943083, -0.20726858, 0.008967393) * v0_5.w;
        a0_3 += vec4(0.10808728, 0.24521255, -0.3742114, 0.15608147) * v0_5.x;
        a0_3 += vec4(-0.062978044, 0.16536887, 0.117208056, 0.014003607) * v0_5.y;
        a0_3 += vec4(-0.013850699, 0.07125336, 0.06478216, -0.044978272) * v0_5.z;
        a0_3 += vec4(-0.013092857, -0.5133377, 0.044845276, -0.083578) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 70]);
        a0_0 += vec4(0.10250081, -0.09403017, 0.039255917, 0.082627445) * v0_5.x;
        a0_0 += vec4(-0.09995767, 0.13255844, 0.051052697, 0.033687755) * v0_5.y;
        a0_0 += vec4(0.023360066, -0.11292417, -0.06149764, -0.1467547) * v0_5.z;
        a0_0 += vec4(0.017755419, -0.3161063, -0.0018531439, -0.28810376) * v0_5.w;
        a0_1 += vec4(-0.03586477, -0.12944864, 0.051034436, 0.07176638) * v0_5.x;
        a0_1 += vec4(-0.06553427, 0.014486591, -0.03979507, -0.03704663) * v0_5.y;
        a0_1 += vec4(-0.15629724, -0.009472731, 0.029032834, 0.05319351) * v0_5.z;
        a0_1 += vec4(0.045763228, 0.09015479, 0.18888545, 0.16036865) * v0_5.w;
        a0_2 += vec4(0.024314715, -0.06308809, -0.0044129277, 0.015282473) * v0_5.x;
        a0_2 += vec4(0.06652381, 0.050273895, 0.0022502593, 0.04004231) * v0_5.y;
        a0_2 += vec4(-0.049349748, 0.047618017, 0.06905827, -0.033827256) * v0_5.z;
        a0_2 += vec4(-0.13463107, -0.040993493, -0.01895626, -0.0124648055) * v0_5.w;
        a0_3 += vec4(0.06789751, -0.012187056, -0.007504478, 0.049151663) * v0_5.x;
        a0_3 += vec4(-0.014634491, 0.11939585, 0.19424964, 0.030032735) * v0_5.y;
        a0_3 += vec4(-0.027884493, 0.04134291, 0.070999116, -0.06622202) * v0_5.z;
        a0_3 += vec4(-0.11551998, -0.493336, -0.19690229, -0.035882447) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.12971807, 0.09800778, 0.16760588, 0.10334512) * v0_6.x;
        a0_0 += vec4(-0.12948056, 0.030443417, -0.015572743, 0.07753184) * v0_6.y;
        a0_0 += vec4(-0.011883056, 0.0466646, -0.07844405, -0.017271055) * v0_6.z;
        a0_0 += vec4(0.055693403, 0.0014869877, 0.02922507, 0.033999205) * v0_6.w;
        a0_1 += vec4(0.033013683, 0.04842415, -0.15041508, 0.08398356) * v0_6.x;
        a0_1 += vec4(-0.030517964, 0.18327059, 0.10866422, 0.11718288) * v0_6.y;
        a0_1 += vec4(0.05829114, 0.072188094, 0.026523469, -0.009050315) * v0_6.z;
        a0_1 += vec4(0.05599096, 0.0022212828, 0.06740063, 0.14835125) * v0_6.w;
        a0_2 += vec4(0.023664666, 0.054020714, 0.08307925, 0.05042996) * v0_6.x;
        a0_2 += vec4(0.036261156, 0.060079753, 0.033210646, -0.12578715) * v0_6.y;
        a0_2 += vec4(0.13048807, 0.17907648, -0.052554738, 0.019516677) * v0_6.z;
        a0_2 += vec4(0.02917621, 0.078172915, -0.0049627307, 0.007307988) * v0_6.w;
        a0_3 += vec4(-0.027474428, 0.06031151, 0.24948463, 0.015020346) * v0_6.x;
        a0_3 += vec4(-0.102453604, -0.04426931, 0.005310342, 0.048167158) * v0_6.y;
        a0_3 += vec4(0.10368575, -0.16100368, -0.3499551, 0.018165903) * v0_6.z;
        a0_3 += vec4(-0.049615458, 0.060252365, -0.1492622, -0.00058785686) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.085277185, 0.027675679, 0.3128339, 0.19579042) * v0_6.x;
        a0_0 += vec4(-0.15358071, 0.1987966, 0.14060515, 0.12397858) * v0_6.y;
        a0_0 += vec4(0.068887286, -0.057634737, 0.08182515, 0.27527457) * v0_6.z;
        a0_0 += vec4(0.008231293, 0.04326853, 0.10153714, -0.02235345) * v0_6.w;
        a0_1 += vec4(-0.08631444, -0.034676958, -0.061969865, 0.13463983) * v0_6.x;
        a0_1 += vec4(-0.17435579, 0.18262787, -0.17975652, -0.22194247) * v0_6.y;
        a0_1 += vec4(-0.012829312, -0.0188067, 0.001036539, 0.2883137) * v0_6.z;
        a0_1 += vec4(0.049807616, -0.16208144, -0.023245981, 0.19631694) * v0_6.w;
        a0_2 += vec4(0.02934996, 0.091029674, 0.04998483, 0.060327448) * v0_6.x;
        a0_2 += vec4(-0.027470868, 0.17539713, 0.027298667, 0.113262065) * v0_6.y;
        a0_2 += vec4(-0.15372175, -0.07847668, 0.15397547, 0.0062466827) * v0_6.z;
        a0_2 += vec4(-0.08013527, 0.098639674, 0.055914365, 0.0059192088) * v0_6.w;
        a0_3 += vec4(0.116550215, -0.07088326, 0.04394743, 0.01234563) * v0_6.x;
        a0_3 += vec4(0.1012704, -0.2402396, 0.17894132, 0.07261882) * v0_6.y;
        a0_3 += vec4(0.09695268, 0.2235865, 0.24570851, -0.020101473) * v0_6.z;
        a0_3 += vec4(-0.046129372, -0.023845151, -0.59482044, 0.002628968) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.15706848, 0.22470431, 0.14862129, 0.0798385) * v0_6.x;
        a0_0 += vec4(-0.19121005, 0.04985686, -0.031087652, -0.030134592) * v0_6.y;
        a0_0 += vec4(0.122117415, -0.1358389, -0.03324986, -0.105542004) * v0_6.z;
        a0_0 += vec4(0.026076226, -0.10293577, 0.07144743, 0.053697392) * v0_6.w;
        a0_1 += vec4(-0.08131522, -0.026759498, -0.035225067, 0.11554084) * v0_6.x;
        a0_1 += vec4(-0.4087951, 0.19320294, -0.23901114, 0.09180376) * v0_6.y;
        a0_1 += vec4(-0.06339341, 0.046446458, -0.07654617, -0.06757779) * v0_6.z;
        a0_1 += vec4(0.08336781, 0.021041118, 0.003281264, 0.08990855) * v0_6.w;
        a0_2 += vec4(-0.03853444, 0.17421585, 0.0320261, -0.009891646) * v0_6.x;
        a0_2 += vec4(-0.07324698, 0.14380373, 0.23243321, 0.07114627) * v0_6.y;
        a0_2 += vec4(0.00017697694, -0.09937999, -0.060783964, -0.017632212) * v0_6.z;
        a0_2 += vec4(0.00374491, 0.038677946, 0.00524997, 0.019850764) * v0_6.w;
        a0_3 += vec4(0.09181464, 0.21036357, -0.034634817, 0.03550574) * v0_6.x;
        a0_3 += vec4(-0.15795155, 0.07077869, -0.099132136, -0.026307773) * v0_6.y;
        a0_3 += vec4(0.05914795, -0.16872865, -0.1619686, -0.054612845) * v0_6.z;
        a0_3 += vec4(-0.07673704, -0.04981329, -0.43033162, -0.029166436) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.13942903, 0.0598736, 0.20203328, -0.015706109) * v0_6.x;
        a0_0 += vec4(0.041292615, -0.051336534, 0.26622793, -0.05411252) * v0_6.y;
        a0_0 += vec4(0.19893913, -0.049666993, 0.06338339, 0.18654269) * v0_6.z;
        a0_0 += vec4(0.0154042775, 0.08416739, 0.05402257, 0.002899401) * v0_6.w;
        a0_1 += vec4(0.0018355061, -0.0013574864, -0.11026633, -0.0114736175) * v0_6.x;
        a0_1 += vec4(0.039003845, -0.0649448, -0.12087863, -0.11014526) * v0_6.y;
        a0_1 += vec4(-0.09743662, -0.17015211, -0.08615441, 0.23743926) * v0_6.z;
        a0_1 += vec4(0.018991893, -0.027791, 0.04718051, 0.21493366) * v0_6.w;
        a0_2 += vec4(0.03032487, 0.0446162, 0.0919604, 0.046155293) * v0_6.x;
        a0_2 += vec4(0.099703886, 0.116819516, -0.1268473, -0.09506113) * v0_6.y;
        a0_2 += vec4(-0.00019921428, -0.014918625, 0.05290808, 0.13593423) * v0_6.z;
        a0_2 += vec4(-0.034468606, 0.17619564, 0.05930036, -0.05937309) * v0_6.w;
        a0_3 += vec4(-0.0626911, 0.31070897, 0.22456664, 0.008311042) * v0_6.x;
        a0_3 += vec4(-0.13321857, 0.1217428, 0.16589594, 0.013020407) * v0_6.y;
        a0_3 += vec4(0.10750286, 0.007820364, -0.13166828, -0.027213214) * v0_6.z;
        a0_3 += vec4(-0.018073166, 0.05881828, -0.216483, 0.012319683) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.17200159, 0.07858962, 0.060686447, 0.11715207) * v0_6.x;
        a0_0 += vec4(0.27473405, 0.21981388, 0.060689453, -0.21467048) * v0_6.y;
        a0_0 += vec4(-0.38444003, -0.049982432, 0.27009097, -0.47079936) * v0_6.z;
        a0_0 += vec4(-0.07286625, 0.034506857, -0.059080407, -0.0704868) * v0_6.w;
        a0_1 += vec4(-0.06953014, 0.0963656, -0.18781808, 0.05450311) * v0_6.x;
        a0_1 += vec4(-0.16842794, 0.069544986, -0.021834321, -0.07844127) * v0_6.y;
        a0_1 += vec4(0.48426482, -0.8887092, -0.106620215, -0.2353654) * v0_6.z;
        a0_1 += vec4(0.1043702, -0.09494979, 0.020493714, 0.021198802) * v0_6.w;
        a0_2 += vec4(-0.004726545, -0.05513497, -0.0137204835, 0.050694417) * v0_6.x;
        a0_2 += vec4(0.08070793, 0.12695785, -0.17760259, -0.12079675) * v0_6.y;
        a0_2 += vec4(0.124272145, -0.17518985, 0.09220045, -0.13841699) * v0_6.z;
        a0_2 += vec4(0.029231913, 0.14023747, -0.015417012, -0.03465795) * v0_6.w;
        a0_3 += vec4(0.050255977, 0.18214023, 0.18794923, 0.020965539) * v0_6.x;
        a0_3 += vec4(0.20073421, -0.17954944, 0.18261525, 0.24833299) * v0_6.y;
        a0_3 += vec4(-0.15629151, -0.022369128, 0.058617022, 0.07453912) * v0_6.z;
        a0_3 += vec4(-0.11091276, -0.035087883, -0.5439133, -0.019060649) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.12825799, 0.074786924, 0.04979651, -0.011929379) * v0_6.x;
        a0_0 += vec4(-0.093908966, 0.02409042, 0.11474762, -0.052561108) * v0_6.y;
        a0_0 += vec4(-0.17778176, 0.19779956, -0.017907409, -0.25451195) * v0_6.z;
        a0_0 += vec4(0.07401829, 0.0048731356, -0.001275969, -0.025227617) * v0_6.w;
        a0_1 += vec4(-0.079832286, -0.00028978699, -0.06832304, -0.09516513) * v0_6.x;
        a0_1 += vec4(-0.1257426, -0.21745151, 0.07623339, -0.16031949) * v0_6.y;
        a0_1 += vec4(0.11636321, 0.02762809, -0.4574339, 0.057240333) * v0_6.z;
        a0_1 += vec4(0.13326006, -0.14211771, 0.017924683, 0.18033981) * v0_6.w;
        a0_2 += vec4(-0.07811658, -0.024794376, 0.1414599, -0.028865004) * v0_6.x;
        a0_2 += vec4(-0.17106962, 0.18573834, 0.119657956, 0.034450132) * v0_6.y;
        a0_2 += vec4(-0.065505035, -0.4369227, 0.05172798, 0.071489304) * v0_6.z;
        a0_2 += vec4(0.06367372, 0.118458554, -0.006289113, 0.04067931) * v0_6.w;
        a0_3 += vec4(0.003978155, 0.3133258, 0.2896629, 0.0756799) * v0_6.x;
        a0_3 += vec4(-0.14352624, -0.19055983, 0.21201888, -0.102167085) * v0_6.y;
        a0_3 += vec4(-0.08160337, 0.101650365, 0.008207882, -0.068828255) * v0_6.z;
        a0_3 += vec4(-0.0997686, -0.124079816, -0.32225162, 0.005125794) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.17167409, 0.05036076, 0.2634832, 0.11281687) * v0_6.x;
        a0_0 += vec4(0.06676236, -0.11705774, -0.19246516, 0.055392936) * v0_6.y;
        a0_0 += vec4(0.19492392, -0.28017414, -0.055976864, -0.03858756) * v0_6.z;
        a0_0 += vec4(-0.03630528, -0.012248858, 0.0398678, -0.011645855) * v0_6.w;
        a0_1 += vec4(0.060488593, -0.019406652, -0.12546499, -0.06721494) * v0_6.x;
        a0_1 += vec4(0.03355523, -0.0630099, 0.024156624, 0.14058274) * v0_6.y;
        a0_1 += vec4(-0.2173787, -0.0007047517, 0.059516806, -0.23529258) * v0_6.z;
        a0_1 += vec4(0.08857042, -0.009193321, -0.011644644, 0.1060985) * v0_6.w;
        a0_2 += vec4(0.035409138, 0.0050975834, 0.13332473, 0.07093107) * v0_6.x;
        a0_2 += vec4(0.16198464, -0.09422046, -0.0763085, -0.024989119) * v0_6.y;
        a0_2 += vec4(-0.15470146, -0.34974596, 0.036799416, 0.062119044) * v0_6.z;
        a0_2 += vec4(0.045481212, 0.22424105, 0.013580434, -0.036915585) * v0_6.w;
        a0_3 += vec4(0.021806272, 0.17641042, 0.07536143, 0.008874538) * v0_6.x;
        a0_3 += vec4(0.074880466, -0.021362882, -0.09839803, 0.045453507) * v0_6.y;
        a0_3 += vec4(0.10301164, 0.034819357, -0.076980814, 0.018278483) * v0_6.z;
        a0_3 += vec4(0.005724461, 0.054609697, -0.1469992, 0.015461229) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.18845724, 0.07292901, 0.17291148, 0.05425154) * v0_6.x;
        a0_0 += vec4(-0.051833913, 0.114998974, -0.082188636, 0.07323409) * v0_6.y;
        a0_0 += vec4(0.14575878, 0.07565385, -0.19039711, 0.4525562) * v0_6.z;
        a0_0 += vec4(0.06798737, -0.02327251, -0.035156604, 0.10052607) * v0_6.w;
        a0_1 += vec4(-0.16982134, -0.21197483, 0.007997015, -0.05819793) * v0_6.x;
        a0_1 += vec4(0.32171416, 0.08059579, 0.35285148, 0.1688299) * v0_6.y;
        a0_1 += vec4(0.05161745, 0.010919435, -0.12022268, 0.3571975) * v0_6.z;
        a0_1 += vec4(0.02061887, 0.12067349, 0.06649824, 0.038396616) * v0_6.w;
        a0_2 += vec4(-0.030512117, 0.06215804, 0.016634647, 0.014608177) * v0_6.x;
        a0_2 += vec4(0.05297761, -0.1988886, -0.2913831, -0.02754399) * v0_6.y;
        a0_2 += vec4(-0.23317295, -0.12203959, -0.071426906, 0.037417855) * v0_6.z;
        a0_2 += vec4(0.07833972, 0.19622482, -0.010762048, -0.0018739193) * v0_6.w;
        a0_3 += vec4(0.053518422, 0.31392872, 0.084889926, 0.09296587) * v0_6.x;
        a0_3 += vec4(0.12250028, 0.4455374, -0.007880454, -0.028109986) * v0_6.y;
        a0_3 += vec4(-0.20719786, -0.01740427, -0.09395975, -0.0092376) * v0_6.z;
        a0_3 += vec4(-0.04553808, 0.03551883, -0.18538475, -0.0535467) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.069241926, 0.14409682, 0.056277715, 0.1280435) * v0_6.x;
        a0_0 += vec4(0.076898545, -0.44618395, -0.20068352, 0.13095634) * v0_6.y;
        a0_0 += vec4(0.036167987, 0.08999085, -0.077388436, -0.03176987) * v0_6.z;
        a0_0 += vec4(0.03517745, 0.10241359, 0.063602574, -0.03615611) * v0_6.w;
        a0_1 += vec4(-0.046727374, 0.032844655, -0.009105006, -0.11500711) * v0_6.x;
        a0_1 += vec4(0.3265793, -0.0070809773, 0.26464632, -0.10348789) * v0_6.y;
        a0_1 += vec4(-0.051511575, 0.21568537, 0.2230859, -0.125324) * v0_6.z;
        a0_1 += vec4(0.09599262, 0.06512698, 0.07142377, 0.22866553) * v0_6.w;
        a0_2 += vec4(0.11741118, -0.028310906, 0.11257459, -0.008676381) * v0_6.x;
        a0_2 += vec4(0.24587262, 0.14110982, 0.2095743, 0.07117313) * v0_6.y;
        a0_2 += vec4(-0.06951543, 0.032417443, -0.16651018, -0.025869532) * v0_6.z;
        a0_2 += vec4(0.06805985, 0.27156886, 0.014166576, -0.009584786) * v0_6.w;
        a0_3 += vec4(-0.02883382, 0.31318933, 0.19606227, 0.085433684) * v0_6.x;
        a0_3 += vec4(0.07387462, -0.025489366, -0.34011757, -0.1855652) * v0_6.y;
        a0_3 += vec4(-0.02907228, 0.018556163, 0.058077186, 0.00490588) * v0_6.z;
        a0_3 += vec4(-0.019125191, -0.07524502, -0.16619001, -0.00658723) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.09071285, -0.41172433, -0.28751448, -0.029586064) * v0_7.x;
        a0_0 += vec4(0.010956211, 0.013790319, 0.041343343, 0.0008592875) * v0_7.y;
        a0_0 += vec4(-0.05313412, -0.08046366, -0.012284464, 0.006745153) * v0_7.z;
        a0_0 += vec4(-0.077516615, 0.07847041, -0.06270689, 0.016045839) * v0_7.w;
        a0_1 += vec4(-0.1330159, -0.020606223, -0.03474067, -0.34595522) * v0_7.x;
        a0_1 += vec4(0.1056071, -0.084585086, 0.03103594, 0.13032296) * v0_7.y;
        a0_1 += vec4(-0.07218878, 0.022729147, -0.057099078, -0.19260219) * v0_7.z;
        a0_1 += vec4(-0.1113688, -0.009962253, -0.17694257, -0.034554932) * v0_7.w;
        a0_2 += vec4(0.057100285, 0.22682899, 0.2744427, 0.041397933) * v0_7.x;
        a0_2 += vec4(-0.005312474, 0.20445864, 0.06996201, 0.052181352) * v0_7.y;
        a0_2 += vec4(0.044053286, -0.4216351, 0.0026190055, 0.003224928) * v0_7.z;
        a0_2 += vec4(-0.018846186, -0.31359148, 0.03245419, -0.11640333) * v0_7.w;
        a0_3 += vec4(-0.05570519, -0.31178907, -0.13744523, 0.07316122) * v0_7.x;
        a0_3 += vec4(-0.0009002747, -0.0021502613, 0.16848224, -0.014898857) * v0_7.y;
        a0_3 += vec4(0.072285786, -0.10787031, 0.21645626, 0.0044599804) * v0_7.z;
        a0_3 += vec4(0.0758962, 0.043780476, 0.08076819, -0.037915226) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(0.6038478, -0.03064773, 0.36157948, -0.19402578) * v0_7.x;
        a0_0 += vec4(-0.02710915, 0.0049366923, 0.11763931, 0.078392625) * v0_7.y;
        a0_0 += vec4(-0.09302496, -0.05477951, -0.09801969, -0.028858343) * v0_7.z;
        a0_0 += vec4(-0.24634963, 0.0651749, -0.27385002, -0.2782543) * v0_7.w;
        a0_1 += vec4(0.10401944, 0.1321309, 0.42354, 0.48820308) * v0_7.x;
        a0_1 += vec4(0.19265227, -0.14420362, 0.02917404, 0.120967485) * v0_7.y;
        a0_1 += vec4(0.012973034, 0.11208657, -0.0006371427, -0.45043004) * v0_7.z;
        a0_1 += vec4(0.14982297, 0.124018036, -0.20516825, -0.44058993) * v0_7.w;
        a0_2 += vec4(0.26431003, -0.2960171, -0.5696298, 0.04239368) * v0_7.x;
        a0_2 += vec4(-0.046360884, 0.27525854, -0.0091454275, -0.021803852) * v0_7.y;
        a0_2 += vec4(0.1560503, -0.19925125, 0.0027289838, -0.0035952833) * v0_7.z;
        a0_2 += vec4(-0.10808123, -0.41792306, 0.03857787, -0.038746215) * v0_7.w;
        a0_3 += vec4(-0.07663538, -0.24172576, 0.35945773, -0.26734355) * v0_7.x;
        a0_3 += vec4(-0.07704813, -0.1023477, 0.20719665, 0.04794503) * v0_7.y;
        a0_3 += vec4(0.088189006, -0.07417561, 0.2677249, -0.0025845463) * v0_7.z;
        a0_3 += vec4(0.061988205, -0.110931486, 0.285947, -0.02412334) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(0.086622715, -0.41340575, 0.005448833, -0.05621069) * v0_7.x;
        a0_0 += vec4(0.00044034095, -0.10245652, 0.02368436, 0.08798041) * v0_7.y;
        a0_0 += vec4(-0.050513014, -0.091703504, 0.020265495, 0.010906198) * v0_7.z;
        a0_0 += vec4(-0.115228556, 0.13764267, -0.22028348, -0.21947323) * v0_7.w;
        a0_1 += vec4(-0.108353905, -0.46832907, -0.0039411206, -0.29758903) * v0_7.x;
        a0_1 += vec4(0.11689921, -0.11359189, 0.08959618, -0.019202495) * v0_7.y;
        a0_1 += vec4(-0.023872562, 0.06932682, -0.05563538, -0.2797535) * v0_7.z;
        a0_1 += vec4(-0.12390734, -0.30612707, -0.22908273, -0.56318635) * v0_7.w;
        a0_2 += vec4(-0.23053513, 0.04109559, 0.0023016164, -0.05669128) * v0_7.x;
        a0_2 += vec4(0.03503136, 0.06519052, 0.0465084, 0.021342622) * v0_7.y;
        a0_2 += vec4(0.011112163, -0.21991162, 0.023655912, 0.0060068443) * v0_7.z;
        a0_2 += vec4(0.2105939, -0.2599472, 0.6000922, -0.029687058) * v0_7.w;
        a0_3 += vec4(-0.009479986, 0.0037774714, -0.1963648, 0.17517938) * v0_7.x;
        a0_3 += vec4(-0.07153562, 0.2211494, -0.287042, 0.03652056) * v0_7.y;
        a0_3 += vec4(0.025602432, -0.022053575, 0.19314158, 0.020052867) * v0_7.z;
        a0_3 += vec4(0.18439056, 0.058231283, 0.07595562, -0.019437954) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 34]);
        a0_0 += vec4(0.0047257, -0.46549374, -0.06796023, 0.20825069) * v0_7.x;
        a0_0 += vec4(-0.04045274, -0.10130458, 0.1238029, -0.07447002) * v0_7.y;
        a0_0 += vec4(-0.034831002, -0.08029478, -0.09157177, 0.10096424) * v0_7.z;
        a0_0 += vec4(-0.14274159, 0.1087538, 0.14235063, 0.09494344) * v0_7.w;
        a0_1 += vec4(0.12831174, 0.059336323, 0.010471833, -0.048660986) * v0_7.x;
        a0_1 += vec4(0.13463219, -0.011119628, 0.09598638, 0.09148773) * v0_7.y;
        a0_1 += vec4(-0.055824008, 0.05488533, -0.044579845, -0.24492098) * v0_7.z;
        a0_1 += vec4(-0.06611985, -0.048875406, -0.13025954, -0.27087426) * v0_7.w;
        a0_2 += vec4(0.17058913, -0.14706492, 0.18112461, -0.25226822) * v0_7.x;
        a0_2 += vec4(0.07785096, 0.17461091, 0.048281137, -0.0073108845) * v0_7.y;
        a0_2 += vec4(0.059879318, -0.77313334, -0.05046852, -0.01323007) * v0_7.z;
        a0_2 += vec4(-0.05584217, -0.5015431, 0.030336577, -0.01797471) * v0_7.w;
        a0_3 += vec4(0.09270015, -0.19680314, -0.08763904, 0.15333681) * v0_7.x;
        a0_3 += vec4(-0.025215115, 0.19898468, -0.05582921, 0.016288092) * v0_7.y;
        a0_3 += vec4(0.043592848, -0.09385375, 0.20310016, 0.028347252) * v0_7.z;
        a0_3 += vec4(-0.037458334, 0.20112409, -0.054714605, 0.017513951) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 35]);
        a0_0 += vec4(0.44179776, -1.5291011, 0.034119263, -0.9653705) * v0_7.x;
        a0_0 += vec4(0.018118352, 0.28458175, -0.021487705, 0.0010762021) * v0_7.y;
        a0_0 += vec4(-0.0838768, -0.05726333, 0.11296191, -0.0023612175) * v0_7.z;
        a0_0 += vec4(-0.09342311, 0.12073306, 0.20877819, -0.1200189) * v0_7.w;
        a0_1 += vec4(-0.06502294, 0.34120694, 0.41784814, 0.4240587) * v0_7.x;
        a0_1 += vec4(0.09343212, -0.12833215, 0.02096758, -0.060561746) * v0_7.y;
        a0_1 += vec4(-0.16311644, 0.002361267, -0.106696896, -0.4139766) * v0_7.z;
        a0_1 += vec4(0.0836685, -0.24211615, -0.032305423, -0.32017106) * v0_7.w;
        a0_2 += vec4(-0.04252722, 0.023404634, -1.571729, 0.23049328) * v0_7.x;
        a0_2 += vec4(0.01879878, 0.12680931, 0.21050362, 0.0530247) * v0_7.y;
        a0_2 += vec4(0.08162901, -0.37686032, 0.08354369, -0.03689562) * v0_7.z;
        a0_2 += vec4(0.009062358, -0.49553558, 0.12035103, 0.07869234) * v0_7.w;
        a0_3 += vec4(0.02139343, -0.36552352, 0.2251726, 0.37929785) * v0_7.x;
        a0_3 += vec4(-0.13288932, 0.081211135, 0.035951726, 0.00089924) * v0_7.y;
        a0_3 += vec4(0.00015051186, -0.059097648, 0.16086861, 0.0014309117) * v0_7.z;
        a0_3 += vec4(-0.037192978, 0.05104338, -0.21090738, -0.02250651) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 36]);
        a0_0 += vec4(0.18046811, -0.099955246, -0.38009864, 0.045663226) * v0_7.x;
        a0_0 += vec4(-0.0028648702, 0.16092615, 0.06740341, 0.04574118) * v0_7.y;
        a0_0 += vec4(-0.015260896, -0.095535226, -0.052776773, -0.011107281) * v0_7.z;
        a0_0 += vec4(-0.13015838, -0.054420166, -0.09365071, 0.08283588) * v0_7.w;
        a0_1 += vec4(0.20648798, -0.25047904, -0.016869415, -0.07052161) * v0_7.x;
        a0_1 += vec4(0.1196694, -0.11713132, -0.07293514, 0.1349356) * v0_7.y;
        a0_1 += vec4(-0.045845423, -0.08803433, -0.08635373, -0.27477232) * v0_7.z;
        a0_1 += vec4(-0.12519251, -0.30127248, -0.07220288, -0.3693771) * v0_7.w;
        a0_2 += vec4(0.063594356, 0.21721621, 0.43024996, -0.05847242) * v0_7.x;
        a0_2 += vec4(0.05272428, 0.00142788, -0.008333355, 0.027268998) * v0_7.y;
        a0_2 += vec4(0.0115955295, -0.19313867, 0.085026145, 0.032077234) * v0_7.z;
        a0_2 += vec4(-0.016500698, -0.28158528, 0.44438577, -0.0069055995) * v0_7.w;
        a0_3 += vec4(-0.0034593008, -0.60470015, 0.2090643, 0.25052705) * v0_7.x;
        a0_3 += vec4(-0.027321499, 0.16062151, 0.016577426, -0.013205702) * v0_7.y;
        a0_3 += vec4(0.02963764, -0.0846, 0.093255244, -0.011993566) * v0_7.z;
        a0_3 += vec4(0.07324312, 0.18320748, -0.022252744, -0.011966116) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.01031775, -0.037005138, 0.004836741, -0.053096246) * v0_7.x;
        a0_0 += vec4(-0.032177515, -0.046069227, 0.10675816, 0.022360492) * v0_7.y;
        a0_0 += vec4(-0.0078031756, -0.10481318, -0.00017168093, 0.0044404953) * v0_7.z;
        a0_0 += vec4(-0.0468987, -0.028409535, -0.0028913599, 0.1166665) * v0_7.w;
        a0_1 += vec4(0.020231156, -0.0015006171, 0.06268695, 0.044661894) * v0_7.x;
        a0_1 += vec4(0.10022947, -0.074085005, 0.022788148, 0.08314333) * v0_7.y;
        a0_1 += vec4(0.02434714, 0.049788713, -0.018686034, -0.20420751) * v0_7.z;
        a0_1 += vec4(0.09802319, 0.06046013, -0.027695594, 0.18467912) * v0_7.w;
        a0_2 += vec4(0.06717337, 0.05203127, -0.010516277, -0.037855532) * v0_7.x;
        a0_2 += vec4(0.1370158, 0.23268242, 0.08253981, 0.016612165) * v0_7.y;
        a0_2 += vec4(-0.003761943, -0.2806193, 0.0037691125, -0.021973599) * v0_7.z;
        a0_2 += vec4(0.041779287, -0.40250027, -0.024812153, 0.011796157) * v0_7.w;
        a0_3 += vec4(0.012402111, -0.09423922, -0.02755101, 0.01184248) * v0_7.x;
        a0_3 += vec4(0.049814, 0.07396747, -0.075764045, -0.012344455) * v0_7.y;
        a0_3 += vec4(-0.01732627, -0.08180477, 0.12141798, -0.019734032) * v0_7.z;
        a0_3 += vec4(0.024001282, -0.06362508, -0.015815372, 0.0213103) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 69]);
        a0_0 += vec4(0.08607475, -0.11968246, -0.08505704, -0.45524856) * v0_7.x;
        a0_0 += vec4(-0.037841246, -0.028020846, 0.13048014, 0.23245104) * v0_7.y;
        a0_0 += vec4(0.051315486, -0.02880616, -0.01706976, 0.06627905) * v0_7.z;
        a0_0 += vec4(-0.08099483, 0.123131685, 0.0644043, 0.36869854) * v0_7.w;
        a0_1 += vec4(-0.055518553, -0.061574563, 0.07924629, -0.088484906) * v0_7.x;
        a0_1 += vec4(0.08492011, -0.05289509, 0.018946279, 0.2605166) * v0_7.y;
        a0_1 += vec4(-0.042118274, -0.056217708, -0.0093715545, -0.30276588) * v0_7.z;
        a0_1 += vec4(0.03888416, 0.0029304868, -0.036626168, 0.17075236) * v0_7.w;
        a0_2 += vec4(-0.017233694, 0.16190064, -0.05585142, 0.005136461) * v0_7.x;
        a0_2 += vec4(0.2029499, 0.2013949, 0.010389571, 0.032311577) * v0_7.y;
        a0_2 += vec4(-0.013502923, -0.11431857, 0.05359674, 0.015788162) * v0_7.z;
        a0_2 += vec4(0.17615381, -0.17132227, -0.0876679, -0.019825099) * v0_7.w;
        a0_3 += vec4(0.0050011203, -0.10356102, 0.16599469, -0.017486112) * v0_7.x;
        a0_3 += vec4(0.01229704, 0.09701941, 0.08285627, -0.021237923) * v0_7.y;
        a0_3 += vec4(-0.034057237, -0.13219167, 0.19644529, 0.007920681) * v0_7.z;
        a0_3 += vec4(0.042641327, -0.06905818, 0.009809027, -0.047260102) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 70]);
        a0_0 += vec4(0.05031982, 0.02347016, -0.004537312, -0.060041256) * v0_7.x;
        a0_0 += vec4(-0.07803278, 0.11536064, -0.080467544, -0.0033040878) * v0_7.y;
        a0_0 += vec4(0.07609603, -0.119582504, 0.026013127, 0.09771712) * v0_7.z;
        a0_0 += vec4(-0.0008058412, 0.0081337355, 0.1519349, 0.3588836) * v0_7.w;
        a0_1 += vec4(-0.017744083, -0.048555702, 0.03221358, 0.023896342) * v0_7.x;
        a0_1 += vec4(0.012144045, -0.084408425, 0.052699592, 0.087384045) * v0_7.y;
        a0_1 += vec4(0.051625855, 0.010249226, -0.05047821, -0.33322152) * v0_7.z;
        a0_1 += vec4(-0.005886412, -0.060527787, -0.031101368, 0.14424102) * v0_7.w;
        a0_2 += vec4(0.017022274, 0.08403515, -0.044340603, 0.012014808) * v0_7.x;
        a0_2 += vec4(0.1247163, 0.04358294, 0.08445203, -0.00012078814) * v0_7.y;
        a0_2 += vec4(0.00806242, -0.20539318, -0.027894355, 0.027825247) * v0_7.z;
        a0_2 += vec4(0.049768843, 0.05706915, -0.0012313575, 0.024201786) * v0_7.w;
        a0_3 += vec4(-0.005790654, -0.07283885, 0.11378198, 0.06208358) * v0_7.x;
        a0_3 += vec4(0.06747664, -0.05972467, 0.16834457, -0.0137389675) * v0_7.y;
        a0_3 += vec4(0.030840661, -0.13512263, 0.025099473, 0.038956035) * v0_7.z;
        a0_3 += vec4(0.01568917, -0.03597957, -0.2115487, 0.064330794) * v0_7.w;
    }

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

//!DESC ArtCNN_C4F32 compute conv2d_3 part 0
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L2p0
//!BIND ArtCNN_C4F32_L2p1
//!SAVE ArtCNN_C4F32_L3p0
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 8 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[340];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(32, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 34 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    if (slice == 0) {
        a0_0 = vec4(0.039891187, 0.010174011, 0.0088016875, 0.03124075);
        a0_1 = vec4(0.003698658, -0.016067175, 0.018071178, -0.0066997157);
        a0_2 = vec4(-0.0070197433, -0.0028909661, 0.0022303315, -0.0050655375);
        a0_3 = vec4(-0.0075162463, 0.006320994, -0.0097562745, 0.0138484165);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 34 - 1, i0 / 34 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 34 - 1, i1 / 34 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(0.14309523, -0.001873853, -0.0017180212, 0.033198696) * v0_0.x;
        a0_0 += vec4(0.3169121, 0.032105453, -0.030163093, 0.08856871) * v0_0.y;
        a0_0 += vec4(0.25947005, -0.007571972, 0.054202788, 0.09713133) * v0_0.z;
        a0_0 += vec4(0.26781166, 0.0016409467, -0.045460198, -0.047384653) * v0_0.w;
        a0_1 += vec4(-0.011754787, -0.044900153, 0.011316047, 0.009344969) * v0_0.x;
        a0_1 += vec4(-0.07654812, 0.004506406, -0.031067831, 0.116805635) * v0_0.y;
        a0_1 += vec4(0.07677223, -0.05674572, -0.12100837, 0.083735764) * v0_0.z;
        a0_1 += vec4(-0.098387696, 0.044428546, -0.06853798, -0.008460154) * v0_0.w;
        a0_2 += vec4(-0.045595124, 0.015869895, 0.012395158, 0.00882572) * v0_0.x;
        a0_2 += vec4(0.03515867, -0.14223368, 0.018046035, 0.075941436) * v0_0.y;
        a0_2 += vec4(0.04377544, 0.0133860065, -0.028830389, 0.05665587) * v0_0.z;
        a0_2 += vec4(0.15368003, 0.12448753, 0.09935006, 0.06466525) * v0_0.w;
        a0_3 += vec4(-0.07103164, 0.04623603, 0.01491655, 0.020782093) * v0_0.x;
        a0_3 += vec4(-0.15087208, -0.009506998, -0.1611754, -0.11209808) * v0_0.y;
        a0_3 += vec4(0.057259206, 0.020111036, 0.025495127, 0.07684481) * v0_0.z;
        a0_3 += vec4(-0.004050046, 0.065389425, 0.05259963, 0.13084045) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(0.032736126, -0.019261086, -0.06981814, -0.13868594) * v0_0.x;
        a0_0 += vec4(-0.3535804, 0.025935274, -0.0656602, -0.20437227) * v0_0.y;
        a0_0 += vec4(-0.037249856, -0.007381983, 0.07731721, 0.057519436) * v0_0.z;
        a0_0 += vec4(-1.249088, -0.1300499, -0.07241998, 0.017952355) * v0_0.w;
        a0_1 += vec4(-0.12383077, 0.11345803, -0.03844071, -0.11200255) * v0_0.x;
        a0_1 += vec4(-0.11792162, 0.026311757, -0.2228272, -0.0012823446) * v0_0.y;
        a0_1 += vec4(-0.08393467, -0.14797205, 0.02105, 0.052671637) * v0_0.z;
        a0_1 += vec4(0.06367029, -0.027370257, -0.08714039, 0.20933613) * v0_0.w;
        a0_2 += vec4(-0.01488269, -0.037085548, 0.045489304, -0.056556948) * v0_0.x;
        a0_2 += vec4(0.068745196, -0.14181718, 0.020807667, -0.042699374) * v0_0.y;
        a0_2 += vec4(0.09137109, 0.16030397, -0.052037876, -0.005772478) * v0_0.z;
        a0_2 += vec4(-0.06425633, 0.16120096, 0.02593719, -0.05165101) * v0_0.w;
        a0_3 += vec4(0.011405818, -0.06016051, -0.04695488, -0.038647547) * v0_0.x;
        a0_3 += vec4(0.21635969, 0.15130904, 0.019570103, -0.50442773) * v0_0.y;
        a0_3 += vec4(-0.085067816, 0.002638368, -0.016227547, 0.019756362) * v0_0.z;
        a0_3 += vec4(0.07974229, 0.21875347, 0.055734493, -0.21342625) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.096759, -0.041142356, -0.003936717, 0.020541301) * v0_0.x;
        a0_0 += vec4(-0.19693185, -0.003954357, -0.09604599, -0.060332753) * v0_0.y;
        a0_0 += vec4(0.31012002, -0.024386493, -0.00261878, -0.08509517) * v0_0.z;
        a0_0 += vec4(0.5343073, -0.03857238, -0.016029784, -0.034463238) * v0_0.w;
        a0_1 += vec4(-0.025614992, -0.05063498, 0.0348159, -0.01036079) * v0_0.x;
        a0_1 += vec4(0.0023902357, 0.0031244168, -0.14579822, 0.117697336) * v0_0.y;
        a0_1 += vec4(0.049049217, 0.013261652, -0.051070213, -0.02617905) * v0_0.z;
        a0_1 += vec4(0.06044031, -0.12427864, -0.09306393, 0.06946754) * v0_0.w;
        a0_2 += vec4(-0.029701773, 0.044742014, 0.011924423, -0.012168167) * v0_0.x;
        a0_2 += vec4(0.11106114, -0.025585918, 0.18043429, 0.07857184) * v0_0.y;
        a0_2 += vec4(0.052772872, -0.008981964, -0.041643288, 0.047864392) * v0_0.z;
        a0_2 += vec4(0.086677015, -0.008532988, -0.08849162, -0.005815922) * v0_0.w;
        a0_3 += vec4(0.021921959, 0.10539598, 0.036019538, -0.0024735967) * v0_0.x;
        a0_3 += vec4(0.36200875, -0.025564855, 0.017608183, 0.015791815) * v0_0.y;
        a0_3 += vec4(0.004639025, -0.102622196, 0.035068173, 0.026188917) * v0_0.z;
        a0_3 += vec4(0.10705203, -0.12736817, 0.030420022, 0.16431792) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 34]);
        a0_0 += vec4(0.11130627, 0.1045214, 0.067061976, 0.12414822) * v0_0.x;
        a0_0 += vec4(-0.5156921, -0.08968804, 0.11792073, 0.16194685) * v0_0.y;
        a0_0 += vec4(-0.17407638, 0.016505571, -0.05309113, -0.029744834) * v0_0.z;
        a0_0 += vec4(-0.012758216, -0.14981432, -0.027988944, 0.23276654) * v0_0.w;
        a0_1 += vec4(0.10722741, -0.030467976, -0.03389288, -0.013788659) * v0_0.x;
        a0_1 += vec4(-0.07391846, 0.09339178, 0.0073116557, -0.04647689) * v0_0.y;
        a0_1 += vec4(0.0025809023, 0.011965062, -0.04709262, 0.04451407) * v0_0.z;
        a0_1 += vec4(-0.16748951, 0.22894037, -0.04763781, 0.009814327) * v0_0.w;
        a0_2 += vec4(-0.044394404, 0.11831548, -0.009904613, -0.041939523) * v0_0.x;
        a0_2 += vec4(0.07196424, -0.0017405043, 0.06146675, -0.0064095296) * v0_0.y;
        a0_2 += vec4(0.124081716, -0.021876728, -0.040990457, 0.003680747) * v0_0.z;
        a0_2 += vec4(-0.048073083, -0.08284328, 0.26202607, 0.03162839) * v0_0.w;
        a0_3 += vec4(0.0057745576, 0.027876824, 0.10262768, 0.05749421) * v0_0.x;
        a0_3 += vec4(-0.106096715, -0.12303946, -0.25589058, 0.030729443) * v0_0.y;
        a0_3 += vec4(-0.1056168, -0.02740823, 0.04569236, -0.030569445) * v0_0.z;
        a0_3 += vec4(0.02994015, -0.004147803, -0.08972349, 0.048728667) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.011282038, 0.23429616, 0.36342812, 0.3411906) * v0_0.x;
        a0_0 += vec4(-0.2675439, -0.17340522, 0.29401016, 0.1064477) * v0_0.y;
        a0_0 += vec4(-0.39553836, -0.030228132, 0.0052218833, -0.27536052) * v0_0.z;
        a0_0 += vec4(-0.27379674, 0.09166498, 0.05134846, -0.19864307) * v0_0.w;
        a0_1 += vec4(-0.13195522, -0.12991884, 0.063788, 0.11081102) * v0_0.x;
        a0_1 += vec4(-0.008850232, -0.48500222, 0.006236815, -0.28283548) * v0_0.y;
        a0_1 += vec4(0.043346815, -0.06560962, -0.20624259, -0.04261374) * v0_0.z;
        a0_1 += vec4(0.24925543, -0.4874122, -0.07824333, -0.4602907) * v0_0.w;
        a0_2 += vec4(0.22130273, 0.14527822, -0.39176348, 0.14001855) * v0_0.x;
        a0_2 += vec4(0.5352437, -0.04542977, -0.7018523, -0.07476175) * v0_0.y;
        a0_2 += vec4(0.10463898, -0.080699034, -0.08113954, -0.20320535) * v0_0.z;
        a0_2 += vec4(-0.19207337, -0.38535544, 0.55318236, 0.2651838) * v0_0.w;
        a0_3 += vec4(-0.37472087, -0.05760261, -0.110165834, 0.29236808) * v0_0.x;
        a0_3 += vec4(-0.7468657, -0.052361816, -0.15871547, 0.0913036) * v0_0.y;
        a0_3 += vec4(0.012023076, 0.0032697055, -0.042712722, -0.027388467) * v0_0.z;
        a0_3 += vec4(-0.024480077, -0.39368185, 0.3433091, -0.24069656) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 36]);
        a0_0 += vec4(0.089008816, 0.064931154, -0.065887816, 0.04454191) * v0_0.x;
        a0_0 += vec4(-0.3449039, 0.048124, -0.11372226, -0.2867118) * v0_0.y;
        a0_0 += vec4(0.3864737, -0.024241993, 0.09331011, -0.007294538) * v0_0.z;
        a0_0 += vec4(0.15507536, 4.7814254e-05, 0.019911595, -0.079074375) * v0_0.w;
        a0_1 += vec4(-0.047687013, 0.12204983, 0.12643155, -0.060586352) * v0_0.x;
        a0_1 += vec4(-0.013626682, 0.093479574, 0.10135357, 0.30280626) * v0_0.y;
        a0_1 += vec4(-0.014583826, 0.05176219, -0.17330503, -0.06959416) * v0_0.z;
        a0_1 += vec4(0.052971218, 0.17461947, 0.009015934, -0.09006354) * v0_0.w;
        a0_2 += vec4(0.036653444, -0.04756297, 0.022538345, 0.12594087) * v0_0.x;
        a0_2 += vec4(-0.01760347, -0.10339409, 0.069055945, 0.21305194) * v0_0.y;
        a0_2 += vec4(0.04205861, 0.028438265, -0.1696021, -0.0036671674) * v0_0.z;
        a0_2 += vec4(0.07049995, 0.080884196, 0.14730366, 0.14130649) * v0_0.w;
        a0_3 += vec4(0.12731428, 0.029029418, 0.04441547, 0.047703315) * v0_0.x;
        a0_3 += vec4(0.32846442, 0.0022785848, 0.06518595, -0.0791525) * v0_0.y;
        a0_3 += vec4(-0.038153592, -0.048158735, -0.07643948, -0.029544747) * v0_0.z;
        a0_3 += vec4(-0.15939271, 0.22132136, 0.09632175, 0.020230774) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 68]);
        a0_0 += vec4(0.14273323, 0.031306922, -0.053496253, 0.1940134) * v0_0.x;
        a0_0 += vec4(0.16749583, 0.02665322, -0.09416029, -0.015213415) * v0_0.y;
        a0_0 += vec4(-0.14972624, -0.051581223, 0.11031778, -0.03156928) * v0_0.z;
        a0_0 += vec4(-0.43508735, -0.00572481, -0.07890651, -0.026816973) * v0_0.w;
        a0_1 += vec4(-0.014093291, 0.0419472, 0.13239346, 0.076225415) * v0_0.x;
        a0_1 += vec4(-0.008861888, -0.0523276, -0.1840143, -0.13214853) * v0_0.y;
        a0_1 += vec4(0.0026354536, 0.04511812, 0.0024715958, 0.103751756) * v0_0.z;
        a0_1 += vec4(0.040584758, -0.04370852, 0.014409337, -0.038460102) * v0_0.w;
        a0_2 += vec4(-0.16372775, -0.13017991, 0.08860467, -0.008495178) * v0_0.x;
        a0_2 += vec4(0.095583275, 0.057885382, 0.030026566, 0.0443974) * v0_0.y;
        a0_2 += vec4(0.18476601, -0.17039359, -0.17540543, 0.009062212) * v0_0.z;
        a0_2 += vec4(-0.050284375, 0.16352107, 0.09986394, 0.0018885226) * v0_0.w;
        a0_3 += vec4(0.16618845, 0.12958807, -0.06892027, -0.05780309) * v0_0.x;
        a0_3 += vec4(-0.108981475, -0.040782824, -0.0028828504, -0.040729508) * v0_0.y;
        a0_3 += vec4(0.11573219, -0.016084928, -0.0420653, -0.005862895) * v0_0.z;
        a0_3 += vec4(0.0093898615, 0.026072592, -0.035809677, -0.0040979995) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.056292742, 0.017081399, 0.058458038, -0.14285265) * v0_0.x;
        a0_0 += vec4(-0.21292278, 0.036736153, 0.01386533, 0.13119489) * v0_0.y;
        a0_0 += vec4(-0.008830673, 0.0048443456, 0.106463924, -0.02187751) * v0_0.z;
        a0_0 += vec4(0.42810768, -0.023222659, -0.033471197, 0.19321682) * v0_0.w;
        a0_1 += vec4(-0.114331126, -0.14849842, 0.019866424, 0.21586671) * v0_0.x;
        a0_1 += vec4(0.055435274, 0.07103569, -0.1230981, 0.041321695) * v0_0.y;
        a0_1 += vec4(-0.13275623, 0.09474009, 0.0006063814, -0.07041446) * v0_0.z;
        a0_1 += vec4(0.0015035904, 0.11368079, -0.22363499, -0.11709047) * v0_0.w;
        a0_2 += vec4(-0.43257767, 0.1531663, 0.25444767, -0.22873718) * v0_0.x;
        a0_2 += vec4(0.25588393, -0.066637754, -0.1370794, 0.030990375) * v0_0.y;
        a0_2 += vec4(0.13616155, 0.0036115232, -0.065585956, -0.09872217) * v0_0.z;
        a0_2 += vec4(-0.07651103, 0.11388792, 0.032373838, -0.15346412) * v0_0.w;
        a0_3 += vec4(0.21585199, 0.058390792, 0.27720335, -0.2913718) * v0_0.x;
        a0_3 += vec4(-0.09043576, 0.011728536, -0.06962314, 0.033705365) * v0_0.y;
        a0_3 += vec4(-0.022419555, 0.06771161, 0.004294621, 0.030153077) * v0_0.z;
        a0_3 += vec4(-0.06778087, 0.13413167, 0.038228776, 0.07170488) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 70]);
        a0_0 += vec4(0.09239133, -0.016101219, 0.010676677, 0.12542722) * v0_0.x;
        a0_0 += vec4(-0.1330447, -0.016992744, -0.019531514, 0.12004744) * v0_0.y;
        a0_0 += vec4(-0.105055, -0.04523182, 0.026582208, 0.09066113) * v0_0.z;
        a0_0 += vec4(-0.1493597, -0.011343027, 0.0043815114, 0.09847551) * v0_0.w;
        a0_1 += vec4(-0.14548914, -0.006976128, -0.036362067, -0.14229389) * v0_0.x;
        a0_1 += vec4(-0.067397326, 0.051728576, -0.118556514, 0.003614227) * v0_0.y;
        a0_1 += vec4(-0.05859415, 0.09314157, -0.069589876, -0.123888716) * v0_0.z;
        a0_1 += vec4(0.02330514, 0.030563781, -0.08114962, 0.04722674) * v0_0.w;
        a0_2 += vec4(0.07657585, 0.07273188, 0.052816667, -0.13120887) * v0_0.x;
        a0_2 += vec4(-0.01996312, -0.1688548, 0.070224516, 0.024983965) * v0_0.y;
        a0_2 += vec4(0.09769482, 0.070718914, -0.09311761, 0.008110396) * v0_0.z;
        a0_2 += vec4(0.07121832, -0.14244963, 0.018713804, 0.06341126) * v0_0.w;
        a0_3 += vec4(0.016567271, 0.16404593, -0.13059571, -0.009457223) * v0_0.x;
        a0_3 += vec4(0.020426787, 0.21224761, -0.10425253, 0.1384942) * v0_0.y;
        a0_3 += vec4(-0.025041837, -0.0120265465, -0.14951259, 0.051256124) * v0_0.z;
        a0_3 += vec4(0.09690919, 0.15502584, -0.011303743, 0.0042200494) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(0.29945213, 0.016721457, 0.048380826, 0.02149246) * v0_1.x;
        a0_0 += vec4(0.13466847, 0.013641529, -0.0075471, 0.1042203) * v0_1.y;
        a0_0 += vec4(-0.3653232, -0.024867428, 0.0037190018, 0.13844965) * v0_1.z;
        a0_0 += vec4(-0.61486983, -0.051240027, -0.09842485, -0.10714061) * v0_1.w;
        a0_1 += vec4(0.057675593, -0.015146038, -0.007213109, 0.012353585) * v0_1.x;
        a0_1 += vec4(0.055279203, -0.018905785, -0.045741476, 0.008737857) * v0_1.y;
        a0_1 += vec4(0.027884744, -0.02233891, 0.06110649, 0.016423585) * v0_1.z;
        a0_1 += vec4(-0.034457855, -0.03777866, -0.049188863, -0.17308913) * v0_1.w;
        a0_2 += vec4(0.021772336, 0.040368866, -0.12300039, 0.0103688445) * v0_1.x;
        a0_2 += vec4(0.035343323, -0.015615708, 0.054697927, -0.036688235) * v0_1.y;
        a0_2 += vec4(-0.03638772, 0.05164579, -0.06503474, 0.048377916) * v0_1.z;
        a0_2 += vec4(-0.063711636, -0.06981168, -0.0063233525, -0.12457639) * v0_1.w;
        a0_3 += vec4(-0.009626319, -0.0551405, 0.03221505, 0.07711866) * v0_1.x;
        a0_3 += vec4(-0.023336867, -0.0016413911, -0.03415477, 0.00711131) * v0_1.y;
        a0_3 += vec4(0.14876026, 0.007618082, 0.072212785, 0.07758583) * v0_1.z;
        a0_3 += vec4(0.11508535, 0.1016195, 0.048850924, -0.11596107) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(0.1665372, 0.0148761235, -0.01913559, 0.012282361) * v0_1.x;
        a0_0 += vec4(-0.08114622, -0.03789542, 0.0632905, 0.028663334) * v0_1.y;
        a0_0 += vec4(-0.9658338, 0.06732174, 0.19561319, -0.07710947) * v0_1.z;
        a0_0 += vec4(-0.7717144, -0.0038836475, 0.021466006, -0.122817025) * v0_1.w;
        a0_1 += vec4(0.069404066, -0.056120053, 0.09850305, -0.00943585) * v0_1.x;
        a0_1 += vec4(0.0064680465, 0.0028800338, -0.078768484, 0.05271763) * v0_1.y;
        a0_1 += vec4(-0.09586996, -0.0075987503, -0.10340642, 0.16298983) * v0_1.z;
        a0_1 += vec4(0.046404433, 0.10041992, 0.060416322, 0.0023985119) * v0_1.w;
        a0_2 += vec4(0.07904381, 0.01730987, -0.17108203, 0.11613326) * v0_1.x;
        a0_2 += vec4(-0.07142317, -0.05897214, -0.07220175, -0.05823032) * v0_1.y;
        a0_2 += vec4(0.11839536, 0.087790415, -0.22768177, 0.18687655) * v0_1.z;
        a0_2 += vec4(-0.031924125, -0.099687956, -0.023042388, 0.045040235) * v0_1.w;
        a0_3 += vec4(-0.14653677, 0.04707142, -0.029509092, -0.01015551) * v0_1.x;
        a0_3 += vec4(0.15772721, -0.012764638, 0.13663512, -0.12360166) * v0_1.y;
        a0_3 += vec4(0.244087, -0.21049978, -0.09108822, 0.24251336) * v0_1.z;
        a0_3 += vec4(0.099945016, 0.08931552, -0.12533265, -0.0062505677) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(0.14383608, 0.0023646746, 0.017918272, 0.03816761) * v0_1.x;
        a0_0 += vec4(0.031457536, 0.02798194, -0.0265644, 0.043086562) * v0_1.y;
        a0_0 += vec4(-0.09529929, -0.019191682, -0.012992834, 0.05075372) * v0_1.z;
        a0_0 += vec4(0.05088513, -0.00039902542, 0.0346397, 0.027265193) * v0_1.w;
        a0_1 += vec4(-0.04856173, -0.12177881, 0.17412265, 0.06683115) * v0_1.x;
        a0_1 += vec4(-0.051207133, -0.009387477, 0.12181054, -0.00940436) * v0_1.y;
        a0_1 += vec4(0.13312823, 0.07901591, -0.115354575, -0.034700036) * v0_1.z;
        a0_1 += vec4(-0.006616614, -0.1152893, 0.05397204, 0.04023869) * v0_1.w;
        a0_2 += vec4(0.07011382, 0.22975056, 0.021661185, 0.049485117) * v0_1.x;
        a0_2 += vec4(0.1184755, 0.053844348, 0.034051854, 0.08428751) * v0_1.y;
        a0_2 += vec4(-0.056720093, -0.06287596, 0.058251686, 0.060065906) * v0_1.z;
        a0_2 += vec4(0.0011439888, 0.04101938, -0.037737582, -0.062459916) * v0_1.w;
        a0_3 += vec4(-0.12650177, 0.032971244, -0.03814634, 0.028977) * v0_1.x;
        a0_3 += vec4(-0.07538743, -0.079515025, -0.10843104, 0.0834877) * v0_1.y;
        a0_3 += vec4(0.23283133, -0.22874326, 0.037438415, -0.2804413) * v0_1.z;
        a0_3 += vec4(-0.08315658, -0.04622983, 0.022519622, 0.043407325) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 34]);
        a0_0 += vec4(0.39417768, 0.02633473, 0.016401395, -0.041539043) * v0_1.x;
        a0_0 += vec4(0.13625173, 0.03452745, -0.016785765, -0.095587894) * v0_1.y;
        a0_0 += vec4(0.8140294, 0.053697005, -0.20848198, 0.0395206) * v0_1.z;
        a0_0 += vec4(0.6275076, 0.06446659, -0.025690867, 0.11574705) * v0_1.w;
        a0_1 += vec4(-0.025502976, -0.018278498, 0.052354597, -0.012438072) * v0_1.x;
        a0_1 += vec4(0.0037707768, 0.030605925, -0.10885654, 0.042710572) * v0_1.y;
        a0_1 += vec4(-0.07369495, 0.19976208, 0.20197527, 0.3883703) * v0_1.z;
        a0_1 += vec4(-0.0032500594, -0.02494325, 0.15168598, 0.1586852) * v0_1.w;
        a0_2 += vec4(0.10327249, 0.036676005, -0.19475247, 0.02657771) * v0_1.x;
        a0_2 += vec4(-0.09210735, 0.060093004, -0.16636112, 0.0964283) * v0_1.y;
        a0_2 += vec4(0.0465575, -0.25048304, 0.12514487, 0.11295053) * v0_1.z;
        a0_2 += vec4(0.023036385, 0.017740287, 0.046335433, -0.024919102) * v0_1.w;
        a0_3 += vec4(-0.05845912, 0.0002660409, 0.049717564, 0.020605091) * v0_1.x;
        a0_3 += vec4(0.010453843, -0.013639376, -0.015202909, 0.10780482) * v0_1.y;
        a0_3 += vec4(-0.21377604, -0.13816535, -0.15265189, 0.049563814) * v0_1.z;
        a0_3 += vec4(0.008172124, 0.015831912, -0.044115305, 0.0039182077) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 35]);
        a0_0 += vec4(0.403987, 0.10098557, 0.061772607, -0.18275356) * v0_1.x;
        a0_0 += vec4(0.033559337, -0.023966024, -0.14448816, -0.17164525) * v0_1.y;
        a0_0 += vec4(0.21394442, 0.057296596, 0.05428198, 0.084945254) * v0_1.z;
        a0_0 += vec4(0.06384696, -0.032312732, 0.16179374, 0.0224598) * v0_1.w;
        a0_1 += vec4(-0.07551285, 0.052692134, 0.039637066, 0.09869077) * v0_1.x;
        a0_1 += vec4(-0.04104066, -0.07655418, -0.0045615197, -0.12513362) * v0_1.y;
        a0_1 += vec4(0.33518228, -0.03858765, -0.6237292, -0.10213754) * v0_1.z;
        a0_1 += vec4(-0.08375396, -0.29445434, 0.015222994, 0.042950116) * v0_1.w;
        a0_2 += vec4(0.13684112, 0.012627749, -0.28056094, 0.1016727) * v0_1.x;
        a0_2 += vec4(0.086389996, -0.36327767, 0.41651127, 0.21070965) * v0_1.y;
        a0_2 += vec4(0.12006851, 0.40446413, -0.43231305, -0.3090549) * v0_1.z;
        a0_2 += vec4(0.08921101, -0.03840332, -0.12285005, -0.049964443) * v0_1.w;
        a0_3 += vec4(0.12548186, -0.048332486, 0.03556291, -0.005689275) * v0_1.x;
        a0_3 += vec4(0.103753276, 0.11183846, 0.36466736, 0.27486822) * v0_1.y;
        a0_3 += vec4(0.063191675, 0.15507351, 0.22527584, -0.3197322) * v0_1.z;
        a0_3 += vec4(-0.033902, 0.11418072, -0.08239759, 0.08690725) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.25245595, -0.031222574, -0.0022200628, -0.13336521) * v0_1.x;
        a0_0 += vec4(-0.007412842, 0.04381615, -0.14868532, -1.6534548) * v0_1.y;
        a0_0 += vec4(-0.19863164, 0.12517558, 0.02143218, 0.047109023) * v0_1.z;
        a0_0 += vec4(0.07274739, -0.0136314435, -0.02888984, 0.0015517307) * v0_1.w;
        a0_1 += vec4(0.026945928, 0.19924618, -0.14285344, -0.18592703) * v0_1.x;
        a0_1 += vec4(0.10724696, 0.11941025, 0.022904154, 0.012397857) * v0_1.y;
        a0_1 += vec4(-0.009136163, 0.18373927, 0.23905881, -0.13942502) * v0_1.z;
        a0_1 += vec4(-0.051415104, 0.040343765, 0.13453314, 0.12480987) * v0_1.w;
        a0_2 += vec4(-0.004469333, 0.0475042, -0.0775174, -0.030478634) * v0_1.x;
        a0_2 += vec4(-0.10106352, 0.15343556, 0.11022484, 0.3709453) * v0_1.y;
        a0_2 += vec4(-0.020901699, -0.08526317, -0.046527162, 0.1952318) * v0_1.z;
        a0_2 += vec4(-0.053206895, -0.016022447, 0.045537606, 0.14448267) * v0_1.w;
        a0_3 += vec4(0.08247658, 0.045406997, -0.13789868, -0.18205099) * v0_1.x;
        a0_3 += vec4(0.10520754, 0.0040780012, -0.276424, 0.037386514) * v0_1.y;
        a0_3 += vec4(0.18607551, 0.028486665, 0.10762507, -0.033038173) * v0_1.z;
        a0_3 += vec4(0.11580436, 0.093643844, -0.0064643077, 0.15039575) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.42997503, -0.011384249, 0.16267832, 0.12015541) * v0_1.x;
        a0_0 += vec4(-0.010111496, -0.046051968, 0.093796305, 0.117525846) * v0_1.y;
        a0_0 += vec4(-0.16782556, 0.041103307, -0.006354386, -0.052063625) * v0_1.z;
        a0_0 += vec4(0.020018809, 0.008212924, -0.08868746, 0.06842726) * v0_1.w;
        a0_1 += vec4(0.10424573, -0.029728519, 0.0069570867, 0.02559925) * v0_1.x;
        a0_1 += vec4(-0.020999443, -0.11709428, 0.07528185, -0.19178224) * v0_1.y;
        a0_1 += vec4(-0.08337042, 0.001193543, 0.0036009278, 0.10377675) * v0_1.z;
        a0_1 += vec4(-0.08897174, 0.09809715, 0.05875595, 0.1469213) * v0_1.w;
        a0_2 += vec4(0.011592143, 0.048516043, -0.08996931, 0.026561074) * v0_1.x;
        a0_2 += vec4(-0.0011719267, 0.13787702, 0.09530411, -0.09744835) * v0_1.y;
        a0_2 += vec4(0.2538067, -0.13850965, -0.0028932085, 0.022593968) * v0_1.z;
        a0_2 += vec4(0.024608158, -0.24202175, -0.121290684, 0.055043194) * v0_1.w;
        a0_3 += vec4(0.10963751, 0.031230567, 0.07221182, 0.052551374) * v0_1.x;
        a0_3 += vec4(-0.051079348, 0.105272785, 0.064356536, -0.057561263) * v0_1.y;
        a0_3 += vec4(-0.02935671, -0.2078225, -0.11156725, -0.06925826) * v0_1.z;
        a0_3 += vec4(-0.18654573, -0.14226994, -0.18968734, 0.10217522) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 69]);
        a0_0 += vec4(0.41867986, 0.026575852, 0.10381858, 0.11688954) * v0_1.x;
        a0_0 += vec4(-0.6587167, 0.026782667, 0.1097803, 0.033665046) * v0_1.y;
        a0_0 += vec4(-0.43879756, -0.061018366, 0.12439944, 0.13458548) * v0_1.z;
        a0_0 += vec4(-0.11284604, 0.008429647, 0.05628657, 0.24833219) * v0_1.w;
        a0_1 += vec4(-0.1071959, 0.11354488, -0.06559869, 0.024139771) * v0_1.x;
        a0_1 += vec4(-0.013766009, -0.0100777885, 0.055065345, -0.15646382) * v0_1.y;
        a0_1 += vec4(0.06741502, -0.006766261, -0.24235824, -0.2574126) * v0_1.z;
        a0_1 += vec4(0.10896339, 0.02206689, 0.04754106, 0.027917856) * v0_1.w;
        a0_2 += vec4(0.15049149, -0.11269259, -0.12315777, 0.031536464) * v0_1.x;
        a0_2 += vec4(-0.06984441, 0.29977617, 0.38266373, 0.05402268) * v0_1.y;
        a0_2 += vec4(0.22705635, -0.1997718, -0.22526349, 0.009477681) * v0_1.z;
        a0_2 += vec4(-0.00015430161, 0.122711115, 0.01121371, -0.031082079) * v0_1.w;
        a0_3 += vec4(-0.012380075, 0.010245177, -0.05422265, 0.101584435) * v0_1.x;
        a0_3 += vec4(-0.1749279, -0.11985797, 0.17320535, 0.13498944) * v0_1.y;
        a0_3 += vec4(0.16588779, 0.22753675, -0.12114093, 0.11515684) * v0_1.z;
        a0_3 += vec4(-0.012427385, 0.3596821, -0.13799436, 0.13354042) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.046481904, -0.055302296, 0.105544165, 0.021198822) * v0_1.x;
        a0_0 += vec4(-0.43852645, 0.33756477, -0.84516466, 0.3629823) * v0_1.y;
        a0_0 += vec4(0.10299879, 0.011544101, 0.06257324, -0.28255737) * v0_1.z;
        a0_0 += vec4(-0.45528555, 0.006239042, -0.10928085, -0.25132382) * v0_1.w;
        a0_1 += vec4(-0.014752971, 0.08652678, 0.011277, -0.1858792) * v0_1.x;
        a0_1 += vec4(-0.40696397, -0.036969796, -0.23089798, -0.130917) * v0_1.y;
        a0_1 += vec4(0.021905433, 0.06680868, -0.10919735, 0.01985503) * v0_1.z;
        a0_1 += vec4(-0.030990915, -0.07324196, 0.19783373, 0.26367128) * v0_1.w;
        a0_2 += vec4(0.03121442, -0.041045435, -0.061900154, 0.01976692) * v0_1.x;
        a0_2 += vec4(-0.40483192, 1.2391305, 0.55143064, 0.04795638) * v0_1.y;
        a0_2 += vec4(-0.014059811, -0.13399431, -0.02627934, -0.01791536) * v0_1.z;
        a0_2 += vec4(-0.066129215, -0.15398721, 0.12440876, 0.08947219) * v0_1.w;
        a0_3 += vec4(0.088605955, 0.09297614, -0.15701206, 0.051795416) * v0_1.x;
        a0_3 += vec4(-2.1599007, 1.2244301, 0.010659336, -0.070034385) * v0_1.y;
        a0_3 += vec4(-0.06663495, -0.098032124, -0.03790131, 0.09253141) * v0_1.z;
        a0_3 += vec4(0.11475523, -0.37772667, 0.063657895, -0.16097547) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.07255866, 0.027636811, -0.046761736, 0.47680825) * v0_2.x;
        a0_0 += vec4(-0.22399765, -0.017568553, -0.1214919, -0.010681118) * v0_2.y;
        a0_0 += vec4(-0.50622594, -0.09028839, 0.13946822, -0.114642195) * v0_2.z;
        a0_0 += vec4(0.04964725, 0.01955893, -0.023359345, 0.10024302) * v0_2.w;
        a0_1 += vec4(-0.036600526, 0.059534237, -0.06317499, 0.14578621) * v0_2.x;
        a0_1 += vec4(0.022945615, 0.13337675, 0.034617502, -0.05419159) * v0_2.y;
        a0_1 += vec4(-0.113329366, 0.13701612, -0.3735766, -0.024992151) * v0_2.z;
        a0_1 += vec4(-0.01974378, 0.008024999, 0.056544032, 0.08785628) * v0_2.w;
        a0_2 += vec4(-0.09773101, -0.083638124, 0.015915675, 0.037321407) * v0_2.x;
        a0_2 += vec4(-0.025824798, -0.062344868, 0.04337082, 0.04353346) * v0_2.y;
        a0_2 += vec4(0.11295499, 0.092779875, -0.03075963, -0.036546916) * v0_2.z;
        a0_2 += vec4(0.03443457, -0.061659545, -0.025907286, 0.03063377) * v0_2.w;
        a0_3 += vec4(-0.054706883, -0.039922073, -0.06596157, -0.17964248) * v0_2.x;
        a0_3 += vec4(-0.003424249, -0.005748681, 0.027610213, 0.12186429) * v0_2.y;
        a0_3 += vec4(0.2822312, -0.066086546, -0.027956666, -0.09030067) * v0_2.z;
        a0_3 += vec4(0.010700493, -0.006640334, -0.11485704, 0.063957594) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.20098615, 0.12889655, 0.03979543, 0.07899488) * v0_2.x;
        a0_0 += vec4(-0.042161025, -0.024931366, -0.05612709, -0.2940474) * v0_2.y;
        a0_0 += vec4(-0.28785238, -0.050786372, 0.048440173, -0.027139103) * v0_2.z;
        a0_0 += vec4(0.14735654, 0.044429265, -0.034542836, 0.0138086965) * v0_2.w;
        a0_1 += vec4(0.0323845, 0.0031875088, -0.14961207, -0.16295406) * v0_2.x;
        a0_1 += vec4(-0.12152492, -0.07522887, 0.0015737817, -0.19637217) * v0_2.y;
        a0_1 += vec4(-0.15620111, 0.20419684, -0.33174893, -0.28372929) * v0_2.z;
        a0_1 += vec4(0.022790276, 0.14304712, 0.006593274, 0.091926) * v0_2.w;
        a0_2 += vec4(-0.003463296, -0.32710874, 0.059290912, -0.057675514) * v0_2.x;
        a0_2 += vec4(0.07090947, -0.10469869, -0.008309559, -0.0140511505) * v0_2.y;
        a0_2 += vec4(0.004234991, 0.0017305161, -0.08135361, -0.06811586) * v0_2.z;
        a0_2 += vec4(-0.02140393, -0.030262731, -0.003516095, -0.0058638826) * v0_2.w;
        a0_3 += vec4(-0.11394313, 0.08101133, 0.12564914, 0.002016189) * v0_2.x;
        a0_3 += vec4(-0.10683496, -0.06654697, -0.035573985, 0.09629592) * v0_2.y;
        a0_3 += vec4(0.3774554, -0.0019534759, -0.08180878, -0.3297173) * v0_2.z;
        a0_3 += vec4(0.18644527, 0.053783037, -0.010857387, -0.11200599) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.012080047, 0.039615486, -0.017609548, -0.058628913) * v0_2.x;
        a0_0 += vec4(-0.16258635, -0.022245938, -0.0037716497, -0.006730193) * v0_2.y;
        a0_0 += vec4(-0.33381608, -0.013005564, -0.0041140355, -0.05940271) * v0_2.z;
        a0_0 += vec4(-0.303525, 0.0058252765, -0.020851789, -0.02909136) * v0_2.w;
        a0_1 += vec4(-0.060765114, -0.058558356, -0.010593718, 0.0010367028) * v0_2.x;
        a0_1 += vec4(-0.03539254, -0.11761206, -0.09444016, 0.14473654) * v0_2.y;
        a0_1 += vec4(-0.056432754, 0.141181, -0.053832762, 0.06954362) * v0_2.z;
        a0_1 += vec4(-0.038312137, 0.06102711, -0.043951664, -0.06204983) * v0_2.w;
        a0_2 += vec4(-0.11429119, 0.030410007, 0.017309494, 0.020605864) * v0_2.x;
        a0_2 += vec4(-0.01690576, 0.02659472, -0.06980946, 0.1454113) * v0_2.y;
        a0_2 += vec4(-0.0746741, 0.14316331, -0.012830162, 0.0077552055) * v0_2.z;
        a0_2 += vec4(-0.032482646, 0.060703468, 0.012399931, -0.09102016) * v0_2.w;
        a0_3 += vec4(0.10685848, 0.13477919, 0.18000513, -0.13710892) * v0_2.x;
        a0_3 += vec4(0.06397919, -0.03239808, 0.01904964, 0.07621383) * v0_2.y;
        a0_3 += vec4(-0.046431255, -0.063082166, -0.020249924, -0.031670824) * v0_2.z;
        a0_3 += vec4(0.02878589, -0.0044232723, -0.03727988, -0.10065457) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.051408697, 0.04617191, 0.08154607, 0.03677489) * v0_2.x;
        a0_0 += vec4(-0.35826585, -0.0052431854, 0.06602581, 0.0548141) * v0_2.y;
        a0_0 += vec4(-0.29884845, -0.029323135, -0.030204412, -0.11240572) * v0_2.z;
        a0_0 += vec4(0.21086782, 0.11379197, -0.028972168, -0.039030254) * v0_2.w;
        a0_1 += vec4(0.18374784, -0.24810776, -0.12068125, -0.17549889) * v0_2.x;
        a0_1 += vec4(0.03327401, -0.03318353, -0.16327451, -0.032973133) * v0_2.y;
        a0_1 += vec4(-0.084294766, -0.12208149, -0.35748312, -0.31832632) * v0_2.z;
        a0_1 += vec4(0.037553087, 0.18509562, -0.00960484, 0.1956997) * v0_2.w;
        a0_2 += vec4(0.0373353, -0.04504154, 0.044082165, 0.04151822) * v0_2.x;
        a0_2 += vec4(0.030439548, -0.021928376, 0.005703141, -0.0010203222) * v0_2.y;
        a0_2 += vec4(0.23652598, 0.09467317, -0.09864125, 0.00016251435) * v0_2.z;
        a0_2 += vec4(0.1479279, -0.2887944, -0.08453125, 0.05975312) * v0_2.w;
        a0_3 += vec4(-0.107165694, 0.1112367, 0.01763373, -0.048964076) * v0_2.x;
        a0_3 += vec4(-0.20122465, -0.12261485, 0.11923064, 0.053708866) * v0_2.y;
        a0_3 += vec4(0.08711855, 0.19448903, 0.18533143, -0.029868817) * v0_2.z;
        a0_3 += vec4(-0.11134685, -0.1896059, -0.006019193, 0.067785464) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.14941402, 0.0059223273, 0.11979144, -0.04334342) * v0_2.x;
        a0_0 += vec4(-0.022641683, 0.121776424, 0.051716685, 0.19363245) * v0_2.y;
        a0_0 += vec4(0.046414346, 0.019678261, 0.72807854, 0.17533883) * v0_2.z;
        a0_0 += vec4(-0.1970947, 0.009386085, -0.07514564, -0.0931021) * v0_2.w;
        a0_1 += vec4(0.17593849, -0.10449135, -0.06542807, -0.15936826) * v0_2.x;
        a0_1 += vec4(-0.13754413, 0.32283458, 0.13084689, 0.059561055) * v0_2.y;
        a0_1 += vec4(0.45643798, -0.9403824, 0.24488518, -0.43327355) * v0_2.z;
        a0_1 += vec4(0.1111264, 0.020652674, 0.18692383, 0.37186956) * v0_2.w;
        a0_2 += vec4(-0.1600411, 0.01657166, -0.2625368, 0.024778998) * v0_2.x;
        a0_2 += vec4(-0.0024348153, 0.005550433, 0.023979673, 0.00028946716) * v0_2.y;
        a0_2 += vec4(0.53089017, -0.5470358, 1.151881, 0.21618739) * v0_2.z;
        a0_2 += vec4(-0.10752466, -0.39587653, -0.06777163, -0.033691633) * v0_2.w;
        a0_3 += vec4(0.11420426, 0.034489788, 0.06976004, -0.00299815) * v0_2.x;
        a0_3 += vec4(-0.20067169, 0.16171898, -0.07167053, 0.48570108) * v0_2.y;
        a0_3 += vec4(-1.9286486, -0.5352155, -0.4550688, 0.33592495) * v0_2.z;
        a0_3 += vec4(0.1421891, -0.31549984, 0.09939891, 0.017884107) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 36]);
        a0_0 += vec4(0.4621458, 0.04806301, -0.048683133, -0.17909142) * v0_2.x;
        a0_0 += vec4(0.023783972, -0.0013496726, -0.06636529, -0.018848054) * v0_2.y;
        a0_0 += vec4(-0.38507864, 0.01480445, 0.038949978, -0.22422375) * v0_2.z;
        a0_0 += vec4(-0.1760356, -0.016678661, 0.026564017, 0.08292462) * v0_2.w;
        a0_1 += vec4(0.12481221, -0.1082678, 0.19086604, -0.12402074) * v0_2.x;
        a0_1 += vec4(0.0838509, 0.045253932, -0.03558106, 0.02983791) * v0_2.y;
        a0_1 += vec4(0.113458574, 0.22412503, -0.13291945, 0.23047383) * v0_2.z;
        a0_1 += vec4(0.08179752, -0.16305946, -0.16496693, -0.16550216) * v0_2.w;
        a0_2 += vec4(0.08088914, -0.1015657, -0.07861675, -0.05880834) * v0_2.x;
        a0_2 += vec4(0.021207225, -0.08262008, 0.0016017101, 0.046255153) * v0_2.y;
        a0_2 += vec4(0.04791101, -0.12029088, -0.033445388, 0.30895248) * v0_2.z;
        a0_2 += vec4(0.1299536, 0.25706992, 0.020019807, -0.0028533922) * v0_2.w;
        a0_3 += vec4(0.02108471, 0.0722885, 0.10649415, -0.18366323) * v0_2.x;
        a0_3 += vec4(0.14612745, -0.30531192, -0.07387951, 0.041490752) * v0_2.y;
        a0_3 += vec4(0.26276252, -0.31754315, 0.22429828, 0.119029626) * v0_2.z;
        a0_3 += vec4(-0.13673559, 0.15490209, -0.10601153, 0.026194155) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 68]);
        a0_0 += vec4(0.1856655, -0.02839978, 0.03053616, 0.06733412) * v0_2.x;
        a0_0 += vec4(0.029904235, 0.0139276255, 0.0027705196, -0.07948717) * v0_2.y;
        a0_0 += vec4(0.06984059, -0.049558386, 0.043306842, -0.15703954) * v0_2.z;
        a0_0 += vec4(-0.18411908, 0.013863372, -0.019709434, 0.118507504) * v0_2.w;
        a0_1 += vec4(0.07664971, 0.115703635, -0.08709182, 0.038478784) * v0_2.x;
        a0_1 += vec4(-0.02192782, -0.07623023, 0.023606094, 0.13822335) * v0_2.y;
        a0_1 += vec4(-0.016284341, 0.09583049, -0.07397234, 0.11248981) * v0_2.z;
        a0_1 += vec4(-0.08439449, 0.054038845, -0.03189413, -0.030197088) * v0_2.w;
        a0_2 += vec4(0.012932398, -0.10085128, -0.058599696, -0.09168301) * v0_2.x;
        a0_2 += vec4(-0.0028670297, -0.15669617, 0.010602596, -0.024330465) * v0_2.y;
        a0_2 += vec4(0.17120703, -0.027064787, -0.09168789, 0.0879708) * v0_2.z;
        a0_2 += vec4(-0.0369054, 0.023046482, -0.009917868, -0.012643957) * v0_2.w;
        a0_3 += vec4(-0.10792611, -0.046302047, -0.07095287, 0.047879726) * v0_2.x;
        a0_3 += vec4(0.029692257, 0.017284837, -0.007104502, -0.07225824) * v0_2.y;
        a0_3 += vec4(0.008625063, 0.0573633, 0.018300707, 0.018189231) * v0_2.z;
        a0_3 += vec4(0.108522005, -0.051468108, -0.00902461, -0.06501808) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.15251172, -0.004767459, 0.04326498, -0.020222634) * v0_2.x;
        a0_0 += vec4(0.43283013, 0.06579044, 0.0360114, -0.068890326) * v0_2.y;
        a0_0 += vec4(0.12700899, 0.05497172, -0.10460676, -0.5743591) * v0_2.z;
        a0_0 += vec4(0.11840511, 0.05176694, -0.033370752, -0.015665852) * v0_2.w;
        a0_1 += vec4(-0.033466425, 0.10196759, -0.095626526, 0.07750672) * v0_2.x;
        a0_1 += vec4(0.00022055738, -0.09325691, -0.050707996, 0.056586623) * v0_2.y;
        a0_1 += vec4(-0.08612811, -0.11590215, -0.22665447, 0.33399478) * v0_2.z;
        a0_1 += vec4(-0.06329307, 0.045930825, -0.068951525, 0.06835973) * v0_2.w;
        a0_2 += vec4(0.032340806, -0.084275655, -0.11615984, 0.11185606) * v0_2.x;
        a0_2 += vec4(-0.18617584, 0.28060004, 0.26129773, -0.1733933) * v0_2.y;
        a0_2 += vec4(0.23427643, 0.16177359, -0.06751977, -0.02436332) * v0_2.z;
        a0_2 += vec4(0.0075132665, -0.05983134, 0.1085131, -0.03758189) * v0_2.w;
        a0_3 += vec4(0.01175802, -0.16455695, 0.12516446, 0.035672557) * v0_2.x;
        a0_3 += vec4(0.048895445, 0.111242615, 0.15600327, -0.14124428) * v0_2.y;
        a0_3 += vec4(-0.31171796, -0.10556961, -0.015908908, -0.096707) * v0_2.z;
        a0_3 += vec4(0.05194631, -0.06584658, -0.033017363, -0.05928609) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 70]);
        a0_0 += vec4(0.010338227, 0.012263434, 0.016463019, 0.11037372) * v0_2.x;
        a0_0 += vec4(-0.093330525, -0.012644149, -0.077358164, 0.020244265) * v0_2.y;
        a0_0 += vec4(0.25109407, -0.0097975675, -0.023061361, -0.26241818) * v0_2.z;
        a0_0 += vec4(0.21612927, 0.00010185677, 0.027700162, -0.075181715) * v0_2.w;
        a0_1 += vec4(0.024776116, 0.021026127, -0.028105164, 0.0050916364) * v0_2.x;
        a0_1 += vec4(-0.09857842, 0.028805552, -0.06412849, -0.04772835) * v0_2.y;
        a0_1 += vec4(-0.14270502, 0.15966728, -0.09957512, 0.18437898) * v0_2.z;
        a0_1 += vec4(0.037753623, 0.0022287895, -0.06817548, 0.08576013) * v0_2.w;
        a0_2 += vec4(-0.027732622, 0.057445332, -0.01888987, 0.048629854) * v0_2.x;
        a0_2 += vec4(0.033736423, 0.020454168, 0.09024707, -0.10555541) * v0_2.y;
        a0_2 += vec4(0.12919784, 0.19095561, -0.1169137, 0.099770315) * v0_2.z;
        a0_2 += vec4(0.038938463, -0.022904132, -0.014569137, -0.040582947) * v0_2.w;
        a0_3 += vec4(0.015096075, 0.12318488, -0.015330905, 0.083627045) * v0_2.x;
        a0_3 += vec4(0.06879195, -0.062324554, -0.055387557, -0.04764459) * v0_2.y;
        a0_3 += vec4(0.23428716, -0.11167302, 0.040662803, -0.07499284) * v0_2.z;
        a0_3 += vec4(0.03428485, 0.07397758, -0.037897594, -0.01145231) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.15760924, 0.047960464, 0.02090079, 0.06760643) * v0_3.x;
        a0_0 += vec4(0.07582872, -0.0488979, -0.06257411, -0.12787932) * v0_3.y;
        a0_0 += vec4(0.30660525, -0.004260419, 0.019929718, -0.1875874) * v0_3.z;
        a0_0 += vec4(-0.18303588, 0.012112686, -0.22047131, 0.29923755) * v0_3.w;
        a0_1 += vec4(0.030269505, 0.05313927, 0.0900497, 0.021382734) * v0_3.x;
        a0_1 += vec4(0.041997302, -0.015294686, 0.005509635, 0.018277923) * v0_3.y;
        a0_1 += vec4(-0.06541374, 0.14569968, 0.004565544, -0.085308075) * v0_3.z;
        a0_1 += vec4(0.037223835, -0.14620629, 0.078455664, -0.13705112) * v0_3.w;
        a0_2 += vec4(-0.0057846955, 0.09248949, 0.002131779, 0.044393755) * v0_3.x;
        a0_2 += vec4(0.0068600625, -0.004875266, -0.04589404, 0.0068208445) * v0_3.y;
        a0_2 += vec4(-0.074027106, -0.12207447, 0.0303748, -0.019455263) * v0_3.z;
        a0_2 += vec4(0.012844085, -0.11627408, 0.15674901, 0.019601291) * v0_3.w;
        a0_3 += vec4(-0.12727304, -0.03872136, 0.03348005, 0.17004946) * v0_3.x;
        a0_3 += vec4(0.10149902, -0.002852172, -0.001787852, 0.0918455) * v0_3.y;
        a0_3 += vec4(-0.07009288, -0.07261116, 0.1689178, 0.13606927) * v0_3.z;
        a0_3 += vec4(-0.17161168, 0.18294515, -0.03934613, -0.059554845) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.012183571, 0.00071223127, 0.04249445, 0.14846493) * v0_3.x;
        a0_0 += vec4(0.20599112, -0.0021303776, -0.03397533, -0.28062215) * v0_3.y;
        a0_0 += vec4(0.10013631, -0.013347548, 0.06231712, 0.14810403) * v0_3.z;
        a0_0 += vec4(0.37498605, 0.036811125, 0.12489436, -0.18829498) * v0_3.w;
        a0_1 += vec4(-0.07317282, -0.01039678, -0.20356089, -0.04653774) * v0_3.x;
        a0_1 += vec4(0.043052435, 0.1390732, -0.048795056, -0.22136942) * v0_3.y;
        a0_1 += vec4(-0.14027281, -0.061293807, -0.06259539, 0.061767925) * v0_3.z;
        a0_1 += vec4(0.1817419, 0.033424173, 0.08089852, -0.14268872) * v0_3.w;
        a0_2 += vec4(0.020617682, -0.06891865, 0.05553492, -0.045082808) * v0_3.x;
        a0_2 += vec4(0.045630198, -0.23754476, 0.1368821, -0.013708891) * v0_3.y;
        a0_2 += vec4(0.012397358, 0.12261142, 0.005207293, -0.023245825) * v0_3.z;
        a0_2 += vec4(0.16379282, -0.093727484, -0.10903255, -0.3651783) * v0_3.w;
        a0_3 += vec4(-0.04524674, -0.042160638, -0.09105489, -0.12506881) * v0_3.x;
        a0_3 += vec4(0.26763135, -0.00045403102, -0.022939345, -0.023962554) * v0_3.y;
        a0_3 += vec4(0.059356302, -0.09339443, -0.07276014, -0.003736477) * v0_3.z;
        a0_3 += vec4(-0.09621465, -0.036373712, -0.06419144, -0.22979052) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.23672725, -0.0125947585, -0.026492061, 0.13231647) * v0_3.x;
        a0_0 += vec4(-0.36692703, -0.012457827, -0.043129772, 0.013807069) * v0_3.y;
        a0_0 += vec4(-0.21609902, -0.039523687, -0.112792894, -0.15064515) * v0_3.z;
        a0_0 += vec4(-0.28133082, -0.00048800482, 0.029818965, -0.009138019) * v0_3.w;
        a0_1 += vec4(-0.012015721, 0.108846515, 0.00205397, -0.066627376) * v0_3.x;
        a0_1 += vec4(-0.008776867, 0.088584155, -0.11168849, 0.009856547) * v0_3.y;
        a0_1 += vec4(0.040576454, 0.038265012, -0.09142718, -0.037887905) * v0_3.z;
        a0_1 += vec4(-0.0041709887, -0.1705879, -0.025813242, 0.06719597) * v0_3.w;
        a0_2 += vec4(-0.05922383, -0.043139, 0.052485894, -0.05161422) * v0_3.x;
        a0_2 += vec4(-0.060119826, -0.0909186, 0.023347747, 0.010784127) * v0_3.y;
        a0_2 += vec4(0.0063509303, -0.0065207896, -0.033549316, 0.050097786) * v0_3.z;
        a0_2 += vec4(0.047399655, -0.16733454, 0.09525696, 0.04477655) * v0_3.w;
        a0_3 += vec4(0.104379244, 0.018258547, 0.11657896, -0.055354603) * v0_3.x;
        a0_3 += vec4(0.13987745, -0.084343486, 0.10941287, -0.023307474) * v0_3.y;
        a0_3 += vec4(0.07259301, -0.11070302, 0.19706027, 0.17299086) * v0_3.z;
        a0_3 += vec4(0.16787086, -0.07460716, 0.06392434, 0.10383735) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.21697956, -0.073680215, -0.0061093997, 0.2612462) * v0_3.x;
        a0_0 += vec4(-0.47576633, 0.01593547, 0.053964898, -0.023163337) * v0_3.y;
        a0_0 += vec4(0.461033, 0.008702128, -0.011087091, -0.21709946) * v0_3.z;
        a0_0 += vec4(0.12857057, -0.045465183, -0.03102196, -0.032534063) * v0_3.w;
        a0_1 += vec4(-0.14204685, 0.08252016, -0.05191239, -0.097264856) * v0_3.x;
        a0_1 += vec4(0.09825899, -0.052238807, -0.10206025, -0.019147256) * v0_3.y;
        a0_1 += vec4(-0.1631919, -0.10584559, 0.04844253, -0.21911615) * v0_3.z;
        a0_1 += vec4(0.01628851, 0.14188991, -0.19521594, -0.028811593) * v0_3.w;
        a0_2 += vec4(-0.086433604, 0.04353153, 0.07458106, -0.055649266) * v0_3.x;
        a0_2 += vec4(-0.018871492, 0.14187597, 0.0011884881, 0.008380044) * v0_3.y;
        a0_2 += vec4(0.005224666, 0.27017912, 0.08787532, 0.00032967757) * v0_3.z;
        a0_2 += vec4(-0.099921204, -0.03934958, 0.25612912, -0.06727076) * v0_3.w;
        a0_3 += vec4(0.10742718, 0.04052433, -0.050332524, -0.08068601) * v0_3.x;
        a0_3 += vec4(0.052982684, 0.11326599, 0.092539065, -0.0017665294) * v0_3.y;
        a0_3 += vec4(-0.2901418, -0.14781544, 0.14606935, 0.01884921) * v0_3.z;
        a0_3 += vec4(-0.49575192, -0.115105286, -0.14595547, 0.20378001) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.26045176, -0.011546758, -0.03763481, 0.12586267) * v0_3.x;
        a0_0 += vec4(0.09612726, -0.113707595, 0.09530325, 0.053180937) * v0_3.y;
        a0_0 += vec4(0.09957205, -0.045315623, 0.19305697, -0.17619513) * v0_3.z;
        a0_0 += vec4(-0.28647, -0.10327312, 0.15165664, 0.41665545) * v0_3.w;
        a0_1 += vec4(0.032375127, 0.16556239, 0.24684988, -0.1267481) * v0_3.x;
        a0_1 += vec4(-0.010470792, -0.15870236, 0.2702302, -0.083337374) * v0_3.y;
        a0_1 += vec4(-0.13270324, -0.108389854, 0.051165666, -0.15359508) * v0_3.z;
        a0_1 += vec4(0.39035353, -0.14887662, -0.20087661, -0.40300372) * v0_3.w;
        a0_2 += vec4(-0.12531821, 0.05249024, 0.14925678, -0.056612886) * v0_3.x;
        a0_2 += vec4(0.13688472, -0.1675808, 0.19130981, 0.124826595) * v0_3.y;
        a0_2 += vec4(0.0744884, -0.15014344, 0.13459297, 0.054803196) * v0_3.z;
        a0_2 += vec4(0.13527633, -0.418478, 0.17535235, 0.08292585) * v0_3.w;
        a0_3 += vec4(-0.18254188, 0.049285628, -0.011838124, -0.015445954) * v0_3.x;
        a0_3 += vec4(-0.09415515, 0.19572638, -0.2605621, 0.38153547) * v0_3.y;
        a0_3 += vec4(-0.27477968, -0.097902745, -0.06180139, 0.022643102) * v0_3.z;
        a0_3 += vec4(0.07338324, -0.2593198, -0.030185107, 0.31238717) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.28442252, 0.008860837, -0.039941598, -0.12124642) * v0_3.x;
        a0_0 += vec4(-0.23173697, -0.027802797, 0.059372023, -0.05313194) * v0_3.y;
        a0_0 += vec4(0.057074774, 0.010628082, -0.080555975, -0.12055212) * v0_3.z;
        a0_0 += vec4(0.13843666, 0.0034123235, -0.122994885, -0.3366431) * v0_3.w;
        a0_1 += vec4(0.07352536, -0.055987515, -0.18740246, -0.105981976) * v0_3.x;
        a0_1 += vec4(0.029204996, -0.032423116, -0.0590406, 0.10587429) * v0_3.y;
        a0_1 += vec4(-0.117978685, 0.1324927, 0.04517691, 0.09949094) * v0_3.z;
        a0_1 += vec4(0.15219998, 0.17169212, -0.05856976, 0.14134488) * v0_3.w;
        a0_2 += vec4(0.018912109, -0.055445336, -0.1521542, 0.05210616) * v0_3.x;
        a0_2 += vec4(-0.021554273, 0.021522356, -0.002023469, -0.020506695) * v0_3.y;
        a0_2 += vec4(-0.09324081, -0.25511125, 0.020885978, 0.08590456) * v0_3.z;
        a0_2 += vec4(-0.13587472, -0.07667594, 0.07084441, 0.12330408) * v0_3.w;
        a0_3 += vec4(-0.12371014, -0.07401527, 0.2971653, -0.057473782) * v0_3.x;
        a0_3 += vec4(-0.19717236, 0.085512035, 0.027934665, 0.053236466) * v0_3.y;
        a0_3 += vec4(0.19850609, -0.3123797, 0.36208943, 0.004983676) * v0_3.z;
        a0_3 += vec4(0.08480279, -0.16768536, 0.11793187, 0.086695515) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 68]);
        a0_0 += vec4(0.024571182, -0.012291268, 0.021537118, -0.07508749) * v0_3.x;
        a0_0 += vec4(0.20497161, -0.045254435, 0.0041301176, 0.04563799) * v0_3.y;
        a0_0 += vec4(-0.19684622, -0.019461947, 0.047954667, -0.015463163) * v0_3.z;
        a0_0 += vec4(0.36007434, 0.016322576, -0.2014826, -0.14237687) * v0_3.w;
        a0_1 += vec4(0.06601263, -0.095155135, -0.1231743, -0.057610977) * v0_3.x;
        a0_1 += vec4(-0.08972315, 0.020426668, 0.061661426, -0.04492825) * v0_3.y;
        a0_1 += vec4(-0.018337008, 0.037661776, -0.008194812, -0.05080876) * v0_3.z;
        a0_1 += vec4(-0.32499552, 0.11729784, 0.043010782, -0.07244989) * v0_3.w;
        a0_2 += vec4(-0.016046973, 0.10932976, 0.042626463, -0.02646209) * v0_3.x;
        a0_2 += vec4(-0.042434603, 0.07206245, 0.08700053, 0.011326262) * v0_3.y;
        a0_2 += vec4(-0.16612363, 0.03495809, 0.036526266, -0.08463763) * v0_3.z;
        a0_2 += vec4(0.03812727, 0.1492312, 0.16300009, -0.098883756) * v0_3.w;
        a0_3 += vec4(-0.0564916, 0.049279653, 0.056422867, -0.069470875) * v0_3.x;
        a0_3 += vec4(0.18447359, 0.039281942, 0.032726064, 0.005642192) * v0_3.y;
        a0_3 += vec4(-0.15902433, 0.090588205, 0.033808295, -0.07685364) * v0_3.z;
        a0_3 += vec4(-0.05287226, 0.07315046, 0.075793564, -0.046660952) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.19408058, -0.0053576278, -0.019969603, -0.26042855) * v0_3.x;
        a0_0 += vec4(0.23845097, -0.002370488, 0.01311263, -0.16111588) * v0_3.y;
        a0_0 += vec4(0.020526158, -0.013044875, -0.009923044, 0.21634912) * v0_3.z;
        a0_0 += vec4(-0.40966806, 0.028217286, 0.10532484, -0.12033584) * v0_3.w;
        a0_1 += vec4(-0.08128592, -0.04878475, -0.038047466, -0.13205822) * v0_3.x;
        a0_1 += vec4(-0.03453508, -0.16208741, 0.07186608, 0.010103015) * v0_3.y;
        a0_1 += vec4(-0.08402252, 0.12431279, 0.056445383, -0.072859846) * v0_3.z;
        a0_1 += vec4(-0.12120106, -0.09872974, -0.07159561, 0.05721752) * v0_3.w;
        a0_2 += vec4(-0.10715438, -0.011413278, 0.029942315, 0.14921872) * v0_3.x;
        a0_2 += vec4(0.005278277, 0.15570074, 0.05892254, 0.020278363) * v0_3.y;
        a0_2 += vec4(0.09583797, -0.05894854, 0.096421584, -0.023375526) * v0_3.z;
        a0_2 += vec4(-0.031743173, 0.11322802, 0.13504972, -0.046961695) * v0_3.w;
        a0_3 += vec4(-0.13325062, -0.33083907, 0.16850093, 0.035707254) * v0_3.x;
        a0_3 += vec4(0.0775299, 0.01700317, -0.035984658, -0.18400493) * v0_3.y;
        a0_3 += vec4(-0.06722389, -0.06420282, -0.006616318, 0.24382734) * v0_3.z;
        a0_3 += vec4(-0.009154238, 0.020785797, 0.06945267, -0.19015832) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 70]);
        a0_0 += vec4(0.35787514, -0.05175086, 0.0061833626, 0.02188374) * v0_3.x;
        a0_0 += vec4(0.055070926, -0.004343505, 0.00512118, 0.025276197) * v0_3.y;
        a0_0 += vec4(-0.28596824, -0.039996836, -0.030255621, -0.16256313) * v0_3.z;
        a0_0 += vec4(0.15470335, -0.0030731352, -0.09761686, -0.048578013) * v0_3.w;
        a0_1 += vec4(-0.06125666, 0.1410547, -0.18988615, -0.20223106) * v0_3.x;
        a0_1 += vec4(-0.037440732, 0.04115697, -0.030895006, 0.016387219) * v0_3.y;
        a0_1 += vec4(-0.102741584, -0.13980465, -0.08078597, 0.05109586) * v0_3.z;
        a0_1 += vec4(-0.23364618, -0.07150922, -0.09714691, 0.006241243) * v0_3.w;
        a0_2 += vec4(0.02222299, 0.2492616, -0.1020794, 0.08534804) * v0_3.x;
        a0_2 += vec4(-0.013791944, -0.0609479, -0.017196892, 0.10386011) * v0_3.y;
        a0_2 += vec4(-0.116722256, 0.038206868, -0.09874045, 0.012704079) * v0_3.z;
        a0_2 += vec4(-0.058191627, 0.022272803, 0.049176488, 0.023672128) * v0_3.w;
        a0_3 += vec4(-0.14183734, 0.22733642, 0.120888, 0.048919536) * v0_3.x;
        a0_3 += vec4(-0.023554778, 0.05868436, 0.09101294, 0.084366545) * v0_3.y;
        a0_3 += vec4(0.09987171, -0.1091919, 0.089741096, -0.111628294) * v0_3.z;
        a0_3 += vec4(0.10203797, 0.1622011, -0.028628161, 0.013719203) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.20681342, 0.013344673, -0.004206698, -0.17991008) * v0_4.x;
        a0_0 += vec4(0.35219443, -0.043391768, 0.1045234, 0.16464987) * v0_4.y;
        a0_0 += vec4(-0.106455736, 0.01156089, -0.0007367429, -0.21017663) * v0_4.z;
        a0_0 += vec4(0.034747705, -0.008789826, 0.098384626, -0.10347766) * v0_4.w;
        a0_1 += vec4(-0.0926313, -0.021387609, -0.1680602, 0.11034319) * v0_4.x;
        a0_1 += vec4(0.09148119, -0.1869614, 0.07984306, 0.029543845) * v0_4.y;
        a0_1 += vec4(0.13238718, 0.10310686, -0.07705615, -0.028235305) * v0_4.z;
        a0_1 += vec4(0.00263834, 0.060256265, -0.14212468, 0.11381989) * v0_4.w;
        a0_2 += vec4(0.01724732, 0.00059051026, 0.018423174, -0.032880608) * v0_4.x;
        a0_2 += vec4(0.0185184, 0.058057584, -0.20471819, 0.040474422) * v0_4.y;
        a0_2 += vec4(0.015729912, 0.14201586, -0.052477922, -0.01093188) * v0_4.z;
        a0_2 += vec4(0.07656678, -0.031345308, -0.024555506, 0.06456522) * v0_4.w;
        a0_3 += vec4(0.084927514, -0.011755474, -0.011543305, -0.079523616) * v0_4.x;
        a0_3 += vec4(0.021866607, -0.06990276, 0.0006798228, 0.17699938) * v0_4.y;
        a0_3 += vec4(0.10217204, 0.0010509423, 0.09679894, 0.1013164) * v0_4.z;
        a0_3 += vec4(0.0035159194, -0.08843916, -0.03139182, -0.004482227) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(0.14036131, -0.016072493, -0.095953144, -0.29133356) * v0_4.x;
        a0_0 += vec4(0.410188, 0.041006375, -0.0066214697, 0.23510191) * v0_4.y;
        a0_0 += vec4(-0.029000418, 0.07298436, -0.011023793, -0.35249296) * v0_4.z;
        a0_0 += vec4(-0.124198884, -0.020613188, 0.00095346203, -0.0014817455) * v0_4.w;
        a0_1 += vec4(0.10885915, 0.21332239, 0.03109003, -0.15602481) * v0_4.x;
        a0_1 += vec4(0.0954414, -0.26396552, 0.04036705, 0.065351136) * v0_4.y;
        a0_1 += vec4(0.12345491, -0.09016005, 0.031611644, 0.019705418) * v0_4.z;
        a0_1 += vec4(-0.037819423, -0.10980254, -0.09503322, 0.0045652343) * v0_4.w;
        a0_2 += vec4(-0.088764004, -0.32013062, 0.013065541, -0.022564547) * v0_4.x;
        a0_2 += vec4(0.0672744, 0.08850182, -0.2023333, 0.07495169) * v0_4.y;
        a0_2 += vec4(0.009096206, 0.054456443, -0.06407676, 0.0003899025) * v0_4.z;
        a0_2 += vec4(-0.11116054, 0.0057358746, -0.032888874, 0.056288026) * v0_4.w;
        a0_3 += vec4(0.23934844, 0.06192733, -0.018485537, -0.014309947) * v0_4.x;
        a0_3 += vec4(-0.023293488, -0.26615372, -0.029004658, 0.08979738) * v0_4.y;
        a0_3 += vec4(-0.18839388, 0.032273833, 0.013244138, 0.14338571) * v0_4.z;
        a0_3 += vec4(0.23616736, -0.19947723, 0.08961258, -0.0005000751) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.17882694, -0.006173562, 0.011974798, -0.01258586) * v0_4.x;
        a0_0 += vec4(0.82104653, 0.022855163, -0.018999735, -0.027516449) * v0_4.y;
        a0_0 += vec4(-0.04104934, 0.039245505, -0.02051981, -0.0351622) * v0_4.z;
        a0_0 += vec4(-0.17827336, -0.01783418, -0.017741706, -0.07445565) * v0_4.w;
        a0_1 += vec4(-0.025410544, 0.09303107, 0.15869103, -0.05153773) * v0_4.x;
        a0_1 += vec4(-0.07684977, 0.014891361, -0.07104982, -0.01849534) * v0_4.y;
        a0_1 += vec4(0.1078951, -0.0854724, -0.063091405, 0.05046764) * v0_4.z;
        a0_1 += vec4(0.0528177, -0.04387276, -0.09800818, -0.009853266) * v0_4.w;
        a0_2 += vec4(-0.0695208, 0.122868404, -0.004135917, -0.08476925) * v0_4.x;
        a0_2 += vec4(0.038628124, 0.08645101, 0.019862888, -0.033965778) * v0_4.y;
        a0_2 += vec4(-0.0059723547, -0.0334818, 0.018151164, 0.060123548) * v0_4.z;
        a0_2 += vec4(0.08824397, 0.035152648, -0.032221656, 0.05810676) * v0_4.w;
        a0_3 += vec4(-0.085695274, -0.032210942, 0.0076569337, -0.13976146) * v0_4.x;
        a0_3 += vec4(-0.5089056, 0.0039282995, -0.303134, 0.09279533) * v0_4.y;
        a0_3 += vec4(-0.1546382, -0.067971185, -0.011669409, -0.0048010633) * v0_4.z;
        a0_3 += vec4(-0.016865984, 0.042527746, 0.029878289, -0.03485112) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.0043267203, 0.029902402, 0.12020521, -0.13760486) * v0_4.x;
        a0_0 += vec4(-0.3544258, 0.00885506, 0.01593106, 0.023247462) * v0_4.y;
        a0_0 += vec4(0.5252352, -0.00990558, -0.065511696, -0.003923747) * v0_4.z;
        a0_0 += vec4(0.21884435, 0.006646204, -0.036441635, -0.12167094) * v0_4.w;
        a0_1 += vec4(0.09103936, -0.1366018, 0.0010859475, -0.276985) * v0_4.x;
        a0_1 += vec4(0.03767082, -0.06929285, -0.06858404, -0.087866664) * v0_4.y;
        a0_1 += vec4(-0.12091212, 0.07887694, 0.015587555, -0.0968037) * v0_4.z;
        a0_1 += vec4(0.04922227, -0.008069498, -0.021905474, 0.07322834) * v0_4.w;
        a0_2 += vec4(0.061016705, 0.18776289, 0.016046483, -0.076141916) * v0_4.x;
        a0_2 += vec4(-0.13247944, 0.10045944, 0.025758984, -0.027005866) * v0_4.y;
        a0_2 += vec4(-0.059147052, 0.024662428, -0.0511877, 0.04573293) * v0_4.z;
        a0_2 += vec4(0.24162203, 0.047546126, -0.10652658, 0.0963501) * v0_4.w;
        a0_3 += vec4(-0.079639785, 0.117471635, 0.11456533, -0.05696221) * v0_4.x;
        a0_3 += vec4(0.18491802, 0.021901427, 0.18051381, -0.0034645917) * v0_4.y;
        a0_3 += vec4(0.19019675, 0.029014578, 0.017725732, 0.043280654) * v0_4.z;
        a0_3 += vec4(0.10400858, -0.015661504, -0.0013136043, -0.0026772844) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.19587125, 0.15332024, -0.007628111, -0.12497826) * v0_4.x;
        a0_0 += vec4(0.13647765, -0.05805685, -0.028896019, 0.07678725) * v0_4.y;
        a0_0 += vec4(-0.18065271, 0.06753668, -0.05890004, 0.07912103) * v0_4.z;
        a0_0 += vec4(-0.08655623, 0.089412846, 0.015385654, -0.43461674) * v0_4.w;
        a0_1 += vec4(-0.03098312, -0.0042756754, 0.49258825, 0.25826928) * v0_4.x;
        a0_1 += vec4(0.029611219, 0.025948951, 0.20378374, 0.10462955) * v0_4.y;
        a0_1 += vec4(-0.07112062, 0.22036004, 0.16671668, 0.0494594) * v0_4.z;
        a0_1 += vec4(0.13238645, -0.32905, -0.022128513, 0.09875806) * v0_4.w;
        a0_2 += vec4(-0.25134015, 0.03946899, 0.026117135, 0.0043091215) * v0_4.x;
        a0_2 += vec4(-0.1281279, 0.13378239, 0.010503223, 0.04634462) * v0_4.y;
        a0_2 += vec4(-0.17760277, 0.03997051, 0.10637014, -0.11037939) * v0_4.z;
        a0_2 += vec4(0.42272457, 0.066121764, -0.19010974, 0.056577493) * v0_4.w;
        a0_3 += vec4(-0.07839406, -0.18860908, -0.0014505982, -0.05782346) * v0_4.x;
        a0_3 += vec4(-0.017683616, 0.0937928, -0.02313592, 0.06566545) * v0_4.y;
        a0_3 += vec4(0.027814634, 0.22000265, 0.11311943, -0.14151987) * v0_4.z;
        a0_3 += vec4(-0.09919491, -0.08070248, -0.030504322, -0.23762739) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 36]);
        a0_0 += vec4(0.30000612, -0.015426071, 0.030316653, -0.030517058) * v0_4.x;
        a0_0 += vec4(-0.12784587, -0.028616153, 0.06484108, 0.021227952) * v0_4.y;
        a0_0 += vec4(0.5306697, 0.033668917, -0.028592069, 0.20790349) * v0_4.z;
        a0_0 += vec4(0.11931481, 0.040739413, 0.027312903, -0.10615667) * v0_4.w;
        a0_1 += vec4(0.014162202, -0.1870306, 0.04858129, -0.017349336) * v0_4.x;
        a0_1 += vec4(0.073223494, -0.06616752, -0.041784626, -0.17836837) * v0_4.y;
        a0_1 += vec4(0.009250486, -0.03746421, -0.0059156436, 0.07110566) * v0_4.z;
        a0_1 += vec4(-0.021174982, -0.24135038, -0.017514437, -0.021989588) * v0_4.w;
        a0_2 += vec4(-0.071049325, 0.0015058648, 0.030523507, -0.011936356) * v0_4.x;
        a0_2 += vec4(0.014448326, 0.078122795, -0.029162532, -0.036387004) * v0_4.y;
        a0_2 += vec4(-0.035965458, 0.016361298, 0.0118609285, -0.04687245) * v0_4.z;
        a0_2 += vec4(0.13604605, -0.04742751, -0.07688974, 0.023891436) * v0_4.w;
        a0_3 += vec4(-0.14218381, -0.023902083, 0.070193134, 0.0012880628) * v0_4.x;
        a0_3 += vec4(-0.056068655, 0.0026810577, -0.022997843, -0.0014522339) * v0_4.y;
        a0_3 += vec4(-0.10140024, -0.03209992, -0.12232685, 0.031904325) * v0_4.z;
        a0_3 += vec4(0.01758258, 0.19561775, 0.0570951, -0.007977597) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 68]);
        a0_0 += vec4(0.06445307, -0.046594616, 0.054176476, 0.047469918) * v0_4.x;
        a0_0 += vec4(0.688078, -0.02218663, 0.011457724, -0.0395887) * v0_4.y;
        a0_0 += vec4(-0.17648172, 0.00494519, 0.07913334, -0.026913144) * v0_4.z;
        a0_0 += vec4(-0.42849457, -0.0032284395, 0.02551588, 0.013633696) * v0_4.w;
        a0_1 += vec4(0.02873899, 0.04027821, 0.014257634, -0.1809003) * v0_4.x;
        a0_1 += vec4(0.042342864, 0.036851335, -0.04457742, 0.054093167) * v0_4.y;
        a0_1 += vec4(0.037104655, -0.09191377, -0.07037449, 0.08543793) * v0_4.z;
        a0_1 += vec4(0.004657296, 0.012607581, -0.19389279, -0.039797064) * v0_4.w;
        a0_2 += vec4(-0.10560176, 0.19540517, -0.09777601, -0.007874992) * v0_4.x;
        a0_2 += vec4(-0.0055725793, 0.10141543, 0.007985673, 0.058361314) * v0_4.y;
        a0_2 += vec4(-0.09252284, -0.0019231646, -0.070134856, 0.033134688) * v0_4.z;
        a0_2 += vec4(0.12601757, 0.06648126, -0.0026236144, -0.01176292) * v0_4.w;
        a0_3 += vec4(-0.07517223, 0.063577384, 0.0054484536, 0.08069781) * v0_4.x;
        a0_3 += vec4(0.11587418, 0.11252923, 0.040454492, 0.044268828) * v0_4.y;
        a0_3 += vec4(0.15077472, -0.06820554, 0.102592066, 0.060817022) * v0_4.z;
        a0_3 += vec4(0.09053725, 0.08332218, 0.09281869, -0.009812654) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.20884176, -0.031843845, -0.025374953, 0.036168784) * v0_4.x;
        a0_0 += vec4(0.43156898, 0.013540865, -0.1118441, -0.033403747) * v0_4.y;
        a0_0 += vec4(-0.02859794, 0.044623032, -0.044914287, 0.20317495) * v0_4.z;
        a0_0 += vec4(-0.2380772, -0.008702688, -0.039549034, 0.106622614) * v0_4.w;
        a0_1 += vec4(-0.0034391896, 0.10445307, -0.0330271, -0.059312534) * v0_4.x;
        a0_1 += vec4(0.007632704, 0.098721474, 0.043736648, -0.012942515) * v0_4.y;
        a0_1 += vec4(0.010863448, -0.018015651, 0.06543012, -0.014377758) * v0_4.z;
        a0_1 += vec4(-0.051874008, 0.23350376, -0.07487084, -0.12352559) * v0_4.w;
        a0_2 += vec4(-0.15014084, -0.12547906, -0.0950119, 0.12228593) * v0_4.x;
        a0_2 += vec4(0.000340574, 0.081010155, -0.049388677, 0.06499506) * v0_4.y;
        a0_2 += vec4(-0.16557841, -0.10830031, 0.037199948, 0.0041105472) * v0_4.z;
        a0_2 += vec4(0.15436831, -0.1978048, -0.11099529, 0.008457659) * v0_4.w;
        a0_3 += vec4(-0.09386124, -0.28978562, -0.07020772, 0.047147263) * v0_4.x;
        a0_3 += vec4(0.09213972, -0.16672625, 0.014799687, -0.060886577) * v0_4.y;
        a0_3 += vec4(0.001712825, 0.1016565, 0.010184807, -0.037394047) * v0_4.z;
        a0_3 += vec4(-0.070279054, -0.031767633, -0.1444617, 0.184071) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 70]);
        a0_0 += vec4(0.07463475, -0.013605454, 0.027902307, -0.010363897) * v0_4.x;
        a0_0 += vec4(0.059570972, -0.017647037, 0.0022913297, 0.00054354157) * v0_4.y;
        a0_0 += vec4(-0.010827009, -0.022364195, 0.02792924, 0.10160411) * v0_4.z;
        a0_0 += vec4(-0.21789482, -0.026319755, 0.066526085, -0.09612905) * v0_4.w;
        a0_1 += vec4(0.10607156, -0.03502398, 0.07290872, 0.10166511) * v0_4.x;
        a0_1 += vec4(-0.039487135, -0.004046991, 0.03905863, 0.07820799) * v0_4.y;
        a0_1 += vec4(0.0759709, -0.011947899, -0.028536672, -0.07387394) * v0_4.z;
        a0_1 += vec4(-0.05433615, 0.040235396, -0.12897988, -0.00039704383) * v0_4.w;
        a0_2 += vec4(-0.085923, 0.027693903, -0.12673432, 0.14113359) * v0_4.x;
        a0_2 += vec4(-0.025465855, 0.04830529, -0.0095938835, -0.006582449) * v0_4.y;
        a0_2 += vec4(-0.085088804, 0.015041231, 0.007399525, -0.11164153) * v0_4.z;
        a0_2 += vec4(0.06122301, -0.026722789, -0.08156082, -0.0980155) * v0_4.w;
        a0_3 += vec4(-0.09502639, 0.004841133, 0.043950874, 0.014777767) * v0_4.x;
        a0_3 += vec4(0.09863218, 0.052004296, 0.069972895, -0.07483713) * v0_4.y;
        a0_3 += vec4(0.061665595, -0.13627902, -0.07996064, -0.03234029) * v0_4.z;
        a0_3 += vec4(0.1173119, 0.07342188, -0.075642735, 0.043601625) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(0.09639723, 0.019623455, 0.03502168, 0.0015819162) * v0_5.x;
        a0_0 += vec4(-0.07310885, -0.014421388, 0.037700772, -0.0064477376) * v0_5.y;
        a0_0 += vec4(0.18167883, -0.0048393174, 0.097951405, 0.17582287) * v0_5.z;
        a0_0 += vec4(-0.14447159, -0.013561119, -0.08432609, 0.017079959) * v0_5.w;
        a0_1 += vec4(-0.11681317, 0.03149914, -0.02268626, 0.020316461) * v0_5.x;
        a0_1 += vec4(-0.020745754, -0.022057936, 0.11603356, 0.059167244) * v0_5.y;
        a0_1 += vec4(0.180591, 0.007859221, 0.21512203, -0.152376) * v0_5.z;
        a0_1 += vec4(-0.01136518, -0.07473311, -0.13669038, -0.012819836) * v0_5.w;
        a0_2 += vec4(0.044613276, -0.0044365483, -0.031890903, -0.068118684) * v0_5.x;
        a0_2 += vec4(0.00451756, 0.091909565, 0.084706746, 0.00509735) * v0_5.y;
        a0_2 += vec4(-0.06491617, 0.049687378, 0.012085989, -0.02657065) * v0_5.z;
        a0_2 += vec4(-0.059202664, -0.057704385, 0.05672765, 0.0076996544) * v0_5.w;
        a0_3 += vec4(0.007913923, 0.023302376, 0.014195001, -0.042628683) * v0_5.x;
        a0_3 += vec4(0.022702003, 0.020824619, 0.054448903, -0.014214888) * v0_5.y;
        a0_3 += vec4(-0.15230893, 0.027017456, -0.055805963, -0.020792942) * v0_5.z;
        a0_3 += vec4(-0.0036166536, -0.0024053461, -0.028186945, -0.04553071) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.29126033, 0.0014284838, 0.03128897, 0.23774073) * v0_5.x;
        a0_0 += vec4(0.3060028, -0.029180689, -0.027401337, -0.02267344) * v0_5.y;
        a0_0 += vec4(0.09255037, -0.003678776, 0.1864457, 0.30703774) * v0_5.z;
        a0_0 += vec4(-0.03531717, -0.008385994, 0.025627868, 0.05756002) * v0_5.w;
        a0_1 += vec4(-0.09488874, -0.08475269, 0.14085326, -0.061465915) * v0_5.x;
        a0_1 += vec4(0.110808425, -0.14405778, 0.08795244, 0.08661794) * v0_5.y;
        a0_1 += vec4(0.001566795, -0.28005657, 0.12319642, 0.16375847) * v0_5.z;
        a0_1 += vec4(0.03825587, 0.027379684, -0.026086988, -0.033544835) * v0_5.w;
        a0_2 += vec4(-0.027142838, 0.22921544, -0.026072044, 0.023841841) * v0_5.x;
        a0_2 += vec4(0.055964675, 0.07886544, -0.011248455, 0.09057777) * v0_5.y;
        a0_2 += vec4(0.15645592, 0.18226981, -0.016815161, 0.10025497) * v0_5.z;
        a0_2 += vec4(0.0122841215, -0.18196501, 0.05883248, -0.008813972) * v0_5.w;
        a0_3 += vec4(-0.03747332, 0.09497244, 0.042652734, 0.055900328) * v0_5.x;
        a0_3 += vec4(-0.011268654, -0.05516379, 0.09533226, 0.06802106) * v0_5.y;
        a0_3 += vec4(-0.23316976, 0.11567081, 0.03190822, 0.10992797) * v0_5.z;
        a0_3 += vec4(0.018976439, -0.0682327, 0.07743052, -0.17916438) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(0.26541057, -0.025752133, 0.031633984, 0.10005743) * v0_5.x;
        a0_0 += vec4(0.67495507, -0.003680258, -0.043193363, -0.2036465) * v0_5.y;
        a0_0 += vec4(-0.07645052, -0.030427027, 0.014584901, -0.042664066) * v0_5.z;
        a0_0 += vec4(-0.275144, 0.009240208, -0.046404272, -0.018810304) * v0_5.w;
        a0_1 += vec4(-0.024178658, 0.039714154, -0.022332655, 0.027840363) * v0_5.x;
        a0_1 += vec4(-0.084833294, 0.042918306, -0.06820202, -0.013766415) * v0_5.y;
        a0_1 += vec4(-0.028977763, 0.076982066, 0.08159648, 0.048630487) * v0_5.z;
        a0_1 += vec4(-0.09541338, -0.12086448, -0.054606907, 0.061259307) * v0_5.w;
        a0_2 += vec4(-0.020361401, 0.057140194, -0.023875074, -0.00060182856) * v0_5.x;
        a0_2 += vec4(0.09157251, 0.060253076, 0.07184111, 0.06533179) * v0_5.y;
        a0_2 += vec4(0.011699057, -0.051180467, 0.0085244775, -0.018609332) * v0_5.z;
        a0_2 += vec4(0.004147033, 0.004735625, -0.08515116, -0.09142699) * v0_5.w;
        a0_3 += vec4(-0.11481529, -0.09171004, -0.033503026, -0.015960397) * v0_5.x;
        a0_3 += vec4(-0.059237827, 0.01690542, -0.10769842, 0.08510701) * v0_5.y;
        a0_3 += vec4(0.07984985, 0.12100806, 0.08898975, 0.05026093) * v0_5.z;
        a0_3 += vec4(0.10702332, 0.15559758, 0.015156328, -0.032210726) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 34]);
        a0_0 += vec4(0.021013979, 0.014813853, 0.07911404, -0.1444182) * v0_5.x;
        a0_0 += vec4(-0.54727274, -0.009268266, 0.04022134, 0.12684247) * v0_5.y;
        a0_0 += vec4(-0.30038267, 0.02248798, 0.0061077755, 0.20241117) * v0_5.z;
        a0_0 += vec4(0.23402683, -0.016401973, -0.09442051, -0.13675143) * v0_5.w;
        a0_1 += vec4(0.028484898, -0.08754084, -0.019393114, 0.05212884) * v0_5.x;
        a0_1 += vec4(0.019788867, -0.10928174, 0.16783488, -0.08359005) * v0_5.y;
        a0_1 += vec4(-0.01789322, 0.12292074, 0.21100979, 0.2298663) * v0_5.z;
        a0_1 += vec4(-0.035063196, 0.049546044, -0.09684456, -0.037127335) * v0_5.w;
        a0_2 += vec4(0.012525249, -0.03737614, 0.0032246797, 0.028186318) * v0_5.x;
        a0_2 += vec4(-0.027078547, -0.08055211, 0.108352825, -0.040588744) * v0_5.y;
        a0_2 += vec4(-0.13525534, -0.07300308, -0.17663826, 0.09962636) * v0_5.z;
        a0_2 += vec4(0.09065365, -0.030113708, 0.07513523, -0.062303938) * v0_5.w;
        a0_3 += vec4(0.037185226, -0.02921475, 0.054083195, -0.16814445) * v0_5.x;
        a0_3 += vec4(0.13041309, 0.0034513238, 0.026534151, -0.04358078) * v0_5.y;
        a0_3 += vec4(0.04967094, -0.082944445, -0.19175094, 0.117770284) * v0_5.z;
        a0_3 += vec4(-0.1838818, 0.022661967, -0.092036985, 0.041828036) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.23706245, -0.031257913, -0.08628467, 0.23450083) * v0_5.x;
        a0_0 += vec4(0.20399468, 0.10579919, -0.089562476, -0.21620466) * v0_5.y;
        a0_0 += vec4(-0.21943516, 0.07585841, -0.0201101, 0.1490338) * v0_5.z;
        a0_0 += vec4(0.15866753, 0.03285597, -0.039588124, -0.053916477) * v0_5.w;
        a0_1 += vec4(0.041679863, -0.08330086, -0.085413165, -0.19831778) * v0_5.x;
        a0_1 += vec4(0.011449993, 0.24410929, 0.17876562, 0.030729154) * v0_5.y;
        a0_1 += vec4(-0.08233354, 0.03577903, -0.2875507, -0.2586639) * v0_5.z;
        a0_1 += vec4(0.08701183, -0.12489642, 0.09146369, 0.09907161) * v0_5.w;
        a0_2 += vec4(-0.19876195, 0.03662235, 0.07384994, -0.08699163) * v0_5.x;
        a0_2 += vec4(0.112804376, 0.14214832, 0.12136636, -0.008018662) * v0_5.y;
        a0_2 += vec4(0.0360822, 0.020459104, -0.076799884, -0.030588064) * v0_5.z;
        a0_2 += vec4(-0.03676267, -0.17420748, -0.046172116, 0.11804814) * v0_5.w;
        a0_3 += vec4(0.07583914, -0.02660067, 0.07596429, 0.05443082) * v0_5.x;
        a0_3 += vec4(0.04009684, 0.074418776, 0.1916427, -0.1403004) * v0_5.y;
        a0_3 += vec4(-0.08703482, 0.21093601, -0.26022056, 0.08639885) * v0_5.z;
        a0_3 += vec4(0.0712981, -0.20584086, -0.030512385, -0.038807355) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.342074, 0.017865414, 0.07062472, 0.02950625) * v0_5.x;
        a0_0 += vec4(0.35015133, 0.008485132, 0.03564653, 0.020376109) * v0_5.y;
        a0_0 += vec4(-0.6775135, 0.057114378, -0.040432066, -0.092964195) * v0_5.z;
        a0_0 += vec4(0.010963918, -0.013918043, 0.06504414, -0.11030097) * v0_5.w;
        a0_1 += vec4(-0.1137863, 0.1294764, 0.07114643, -0.0884942) * v0_5.x;
        a0_1 += vec4(-0.083936214, 0.0039308253, -0.060638096, -0.084309764) * v0_5.y;
        a0_1 += vec4(0.12899254, 0.049729593, 0.13215946, 0.08747073) * v0_5.z;
        a0_1 += vec4(-0.045221217, -0.15141639, -0.120706595, 0.101086065) * v0_5.w;
        a0_2 += vec4(0.025602289, -0.06960716, -0.021962672, 0.014916399) * v0_5.x;
        a0_2 += vec4(0.039306387, 0.12853436, 0.11960012, -0.016889988) * v0_5.y;
        a0_2 += vec4(0.020258224, -0.15462099, 0.017135601, 0.11469024) * v0_5.z;
        a0_2 += vec4(0.054862443, -0.04226776, -0.088001445, 0.007761415) * v0_5.w;
        a0_3 += vec4(0.13374937, 0.20600063, 0.109381676, 0.036702737) * v0_5.x;
        a0_3 += vec4(-0.15909876, 0.046831544, -0.17815205, 0.04538742) * v0_5.y;
        a0_3 += vec4(0.1322962, -0.17379756, 0.097563654, 0.016738946) * v0_5.z;
        a0_3 += vec4(-0.019171618, 0.02566055, 0.065581776, -0.041351534) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.22844675, 0.014001213, -0.04086438, 0.084863655) * v0_5.x;
        a0_0 += vec4(0.087168, 5.541374e-05, 0.011604691, 0.039620657) * v0_5.y;
        a0_0 += vec4(0.15028104, -0.030173715, 0.018681722, 0.070294924) * v0_5.z;
        a0_0 += vec4(-0.18256938, 0.0070742327, -0.022397375, -0.088555574) * v0_5.w;
        a0_1 += vec4(0.03239429, 0.023022437, 0.031734172, -0.105552435) * v0_5.x;
        a0_1 += vec4(0.16512278, -0.071802914, -0.0940899, -0.08822055) * v0_5.y;
        a0_1 += vec4(0.026131403, 0.060049463, 0.08963213, 0.014226101) * v0_5.z;
        a0_1 += vec4(-0.056039397, -0.023193419, -0.02211962, 0.09586565) * v0_5.w;
        a0_2 += vec4(0.073070854, -0.014337648, -0.01697037, -0.0034614755) * v0_5.x;
        a0_2 += vec4(-0.14384398, 0.038372323, 0.02048754, -0.037072256) * v0_5.y;
        a0_2 += vec4(-0.05646204, 0.15092614, -0.07120959, 0.0011205621) * v0_5.z;
        a0_2 += vec4(-0.05623821, -0.08308258, 0.06719, 0.05511347) * v0_5.w;
        a0_3 += vec4(-0.20493466, -0.054263074, -0.081377804, 0.06944882) * v0_5.x;
        a0_3 += vec4(0.0755019, 0.015132356, 0.05086409, -0.06517121) * v0_5.y;
        a0_3 += vec4(0.03255333, -0.017783852, 0.05066036, -0.048259325) * v0_5.z;
        a0_3 += vec4(-0.095798865, -0.057715565, -0.06984171, -0.01844315) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.47852856, -0.07145776, -0.0133972205, -0.046973392) * v0_5.x;
        a0_0 += vec4(-0.17338958, 0.028134853, 0.071620464, 0.05690539) * v0_5.y;
        a0_0 += vec4(0.35883972, -0.025274301, 0.07712871, -0.16081172) * v0_5.z;
        a0_0 += vec4(-0.16322364, -0.024391389, -0.067469135, 0.061676506) * v0_5.w;
        a0_1 += vec4(0.038940042, -0.10384484, 0.032894712, -0.06374842) * v0_5.x;
        a0_1 += vec4(0.024433494, -0.11179946, 0.009297579, -0.09042177) * v0_5.y;
        a0_1 += vec4(-0.009861766, -0.10523442, 0.096748434, 0.10154991) * v0_5.z;
        a0_1 += vec4(0.0034603768, -0.058967777, -0.01943932, 0.012956458) * v0_5.w;
        a0_2 += vec4(-0.03587211, -0.0022123232, 0.005160962, -0.011607667) * v0_5.x;
        a0_2 += vec4(0.05731462, -0.03496403, -0.10008563, 0.019289026) * v0_5.y;
        a0_2 += vec4(0.12506175, 0.07811547, -0.012465899, 0.0031733941) * v0_5.z;
        a0_2 += vec4(0.07399184, -0.017878048, 0.028137797, 0.01891761) * v0_5.w;
        a0_3 += vec4(-0.15733866, 0.19137177, 0.060902666, -0.046485204) * v0_5.x;
        a0_3 += vec4(0.16182293, 0.025609003, 0.095348895, 0.08928013) * v0_5.y;
        a0_3 += vec4(0.028072352, 0.017341128, -0.057890214, -0.0794134) * v0_5.z;
        a0_3 += vec4(-0.18598579, 0.10838677, -0.03538431, 0.04786554) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.07445045, -0.012794608, -0.0039132326, -0.07494543) * v0_5.x;
        a0_0 += vec4(-0.113105275, 0.012376516, 0.060291972, 0.15627836) * v0_5.y;
        a0_0 += vec4(0.20165767, 0.012765501, 0.010279119, -0.059145514) * v0_5.z;
        a0_0 += vec4(-0.036382053, 0.0024349068, 0.024600217, 0.028058669) * v0_5.w;
        a0_1 += vec4(0.025030363, -0.08464013, -9.463664e-05, 0.06856157) * v0_5.x;
        a0_1 += vec4(0.015833884, 0.020372042, -0.05939931, -0.16466674) * v0_5.y;
        a0_1 += vec4(-0.026872694, -0.009639568, -0.02205347, 0.038039636) * v0_5.z;
        a0_1 += vec4(0.042517964, 0.018893948, -0.025083166, -0.06072224) * v0_5.w;
        a0_2 += vec4(0.10230978, 0.014096747, -0.06777307, 0.05809704) * v0_5.x;
        a0_2 += vec4(-0.016897488, -0.041697167, 0.11451997, -0.1109451) * v0_5.y;
        a0_2 += vec4(0.0046312213, 0.015489181, 0.01989739, -0.03155321) * v0_5.z;
        a0_2 += vec4(-0.008256596, -0.079512425, 0.009933611, 0.015943954) * v0_5.w;
        a0_3 += vec4(-0.012257016, 0.11531798, 0.13337697, 0.006979419) * v0_5.x;
        a0_3 += vec4(-0.0849715, 0.16393217, -0.13725092, 0.036098) * v0_5.y;
        a0_3 += vec4(0.07305728, -0.09024206, -0.00012192584, 0.010187788) * v0_5.z;
        a0_3 += vec4(-0.1048917, -0.10521513, 0.046232123, 0.055407766) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.25393915, 0.027043493, 0.10654072, -0.08525964) * v0_6.x;
        a0_0 += vec4(0.20249307, -0.019689774, 0.088514835, 0.055691637) * v0_6.y;
        a0_0 += vec4(0.07853764, 0.013202991, -0.043258864, 0.19107047) * v0_6.z;
        a0_0 += vec4(0.04702102, -0.014156893, 0.0033811873, -0.037611388) * v0_6.w;
        a0_1 += vec4(0.021645268, 0.0043825703, -0.16172194, 0.06445194) * v0_6.x;
        a0_1 += vec4(-0.010337363, -0.16858889, 0.051624708, 0.08887425) * v0_6.y;
        a0_1 += vec4(-0.043036472, 0.007312386, -0.17240277, 0.025320921) * v0_6.z;
        a0_1 += vec4(-0.0421981, 0.036202926, 0.10609745, 0.011319706) * v0_6.w;
        a0_2 += vec4(-0.071756266, -0.06706221, -0.08776969, 0.033242766) * v0_6.x;
        a0_2 += vec4(0.045480903, 0.08577256, -0.049715064, 0.035287466) * v0_6.y;
        a0_2 += vec4(-0.08222192, -0.112818174, 0.3058014, 0.020747164) * v0_6.z;
        a0_2 += vec4(0.025694553, -0.063401744, -0.042200796, 0.025968723) * v0_6.w;
        a0_3 += vec4(-0.017510176, 0.032520328, 0.04467492, -0.10445434) * v0_6.x;
        a0_3 += vec4(-0.02616554, -0.00015490681, -0.08131455, 0.020718355) * v0_6.y;
        a0_3 += vec4(-0.056793895, 0.1402375, 0.023429967, 0.0074513434) * v0_6.z;
        a0_3 += vec4(-0.034528255, -0.021868426, 0.011149289, -0.03791223) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(0.033156276, 0.07636262, -0.06685837, -0.28202713) * v0_6.x;
        a0_0 += vec4(0.22048311, 0.0462825, 0.05857877, 0.07332606) * v0_6.y;
        a0_0 += vec4(0.048307907, -0.03430054, 0.0070701134, 0.5920388) * v0_6.z;
        a0_0 += vec4(0.110328935, 0.017119845, 0.01771777, 0.061522327) * v0_6.w;
        a0_1 += vec4(0.1734824, 0.20596263, -0.030022183, -0.07502591) * v0_6.x;
        a0_1 += vec4(-0.020815842, -0.01705872, -0.1227436, 0.1728855) * v0_6.y;
        a0_1 += vec4(-0.077626616, -0.19424133, -0.2696285, 0.09892899) * v0_6.z;
        a0_1 += vec4(-0.019736798, 0.026121566, 0.19268756, 0.020965343) * v0_6.w;
        a0_2 += vec4(-0.13321926, -0.10132593, -0.17897432, -0.14326371) * v0_6.x;
        a0_2 += vec4(0.06180942, -0.03581478, -0.052736517, -0.10874825) * v0_6.y;
        a0_2 += vec4(-0.008085818, 0.06525462, 0.449162, -0.030954784) * v0_6.z;
        a0_2 += vec4(0.043084864, -0.017855136, -0.09416133, -0.0776152) * v0_6.w;
        a0_3 += vec4(0.09344338, -0.10496054, 0.035130817, -0.30397677) * v0_6.x;
        a0_3 += vec4(0.006309203, 0.07825759, -0.012441558, -0.13795666) * v0_6.y;
        a0_3 += vec4(-0.06419988, 0.07479083, 0.098842844, 0.053989477) * v0_6.z;
        a0_3 += vec4(-0.030339701, -0.06560822, 0.07718683, -0.093575194) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.14306721, 0.018294387, 0.05322048, 0.13556401) * v0_6.x;
        a0_0 += vec4(-0.44980633, -0.026256885, 0.036100645, 0.052315935) * v0_6.y;
        a0_0 += vec4(-0.02804871, -0.038344417, -0.06134128, 0.09689426) * v0_6.z;
        a0_0 += vec4(-0.38987854, 0.033323664, -0.016000343, -0.027510263) * v0_6.w;
        a0_1 += vec4(0.09426492, -0.20829585, -0.045784738, -0.12571745) * v0_6.x;
        a0_1 += vec4(-0.054934982, 0.06938974, -0.10507394, -0.16100837) * v0_6.y;
        a0_1 += vec4(0.026930384, 0.22542931, 0.004433424, -0.02133527) * v0_6.z;
        a0_1 += vec4(0.011294125, 0.059978377, 0.13484445, 0.050203104) * v0_6.w;
        a0_2 += vec4(-0.03527179, 0.14117101, -0.0018107274, -0.073505834) * v0_6.x;
        a0_2 += vec4(-0.09282823, -0.22143118, 0.028014453, -0.114395574) * v0_6.y;
        a0_2 += vec4(-0.035342608, 0.012621842, 0.11709762, -0.23005305) * v0_6.z;
        a0_2 += vec4(0.050080653, -0.09179107, 0.049132098, 0.07343873) * v0_6.w;
        a0_3 += vec4(-0.18743142, -0.20367543, -0.045681503, -0.023350526) * v0_6.x;
        a0_3 += vec4(0.45909318, -0.13704588, -0.27462173, -0.04882571) * v0_6.y;
        a0_3 += vec4(0.16531849, 0.09619273, 0.06036674, 0.00022124624) * v0_6.z;
        a0_3 += vec4(0.027497444, -0.1107107, -0.054146938, 0.116237246) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.05866317, 0.002032687, -0.00082775136, 0.01918676) * v0_6.x;
        a0_0 += vec4(-0.8169642, 0.010328964, 0.03521559, -0.0045707095) * v0_6.y;
        a0_0 += vec4(-0.031340435, -0.041630466, -0.12584916, 0.20539902) * v0_6.z;
        a0_0 += vec4(-0.3811032, 0.021354739, 0.069914445, 0.022269484) * v0_6.w;
        a0_1 += vec4(0.147049, -0.07776654, 0.090112254, -0.10758261) * v0_6.x;
        a0_1 += vec4(-0.03289161, 0.0032854977, -0.10761223, -0.19068107) * v0_6.y;
        a0_1 += vec4(-0.047427285, -0.0011766541, -0.14620113, 0.15797806) * v0_6.z;
        a0_1 += vec4(0.08705205, -0.04227856, -0.046255957, 0.043652162) * v0_6.w;
        a0_2 += vec4(-0.03269113, 0.13727617, 0.06639271, -0.030616252) * v0_6.x;
        a0_2 += vec4(-0.1055029, -0.026697636, 0.023550695, -0.039226644) * v0_6.y;
        a0_2 += vec4(-0.038068492, -0.08316144, 0.40446988, 0.058594167) * v0_6.z;
        a0_2 += vec4(0.014248768, 0.0086992495, -0.011190517, 0.010902662) * v0_6.w;
        a0_3 += vec4(-0.22343463, -0.03975446, -0.019462354, 0.012858684) * v0_6.x;
        a0_3 += vec4(-0.0686507, -0.050538924, -0.08339368, 0.07178159) * v0_6.y;
        a0_3 += vec4(-0.06680497, -0.03128726, 0.018951185, 0.029051654) * v0_6.z;
        a0_3 += vec4(0.070689976, -0.005537569, 0.02662559, 0.052618824) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.21982393, -0.05576107, 0.0106865335, -0.023040164) * v0_6.x;
        a0_0 += vec4(-0.28949955, -0.06332665, 0.021895444, -0.24727438) * v0_6.y;
        a0_0 += vec4(-0.44725484, -0.031924695, -0.19216938, -0.16648085) * v0_6.z;
        a0_0 += vec4(-0.07408462, 0.4233083, 0.07934516, 0.06216793) * v0_6.w;
        a0_1 += vec4(-0.02203102, 0.048884254, 0.15652215, -0.19973655) * v0_6.x;
        a0_1 += vec4(-0.03216301, -0.0064756055, 0.0037791517, 0.07314491) * v0_6.y;
        a0_1 += vec4(0.42457983, -0.32528463, -0.39035124, -0.49028015) * v0_6.z;
        a0_1 += vec4(0.18985026, -0.043185495, -0.16898492, 0.20890115) * v0_6.w;
        a0_2 += vec4(-0.019433009, -0.10286144, 0.060004223, -0.038420953) * v0_6.x;
        a0_2 += vec4(0.03036159, -0.2744554, -0.09569878, 0.13525376) * v0_6.y;
        a0_2 += vec4(-0.45776287, -0.563084, 0.83304495, -0.16487391) * v0_6.z;
        a0_2 += vec4(-0.07259872, 0.19638029, -0.42446634, 0.030365331) * v0_6.w;
        a0_3 += vec4(-0.114782125, -0.16896574, 0.06213668, -0.07327341) * v0_6.x;
        a0_3 += vec4(-0.54700404, -0.23186733, -0.05671132, 0.04637826) * v0_6.y;
        a0_3 += vec4(-0.060617987, -0.11623172, 0.26331487, -0.3564901) * v0_6.z;
        a0_3 += vec4(0.10262385, 0.106946684, 0.19420712, -0.18107696) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.28820154, -0.042204183, 0.024222985, -0.048393644) * v0_6.x;
        a0_0 += vec4(0.49974486, 0.033231325, 0.15504667, -0.056728065) * v0_6.y;
        a0_0 += vec4(0.025556048, 0.011941008, 0.0023960497, 0.2241848) * v0_6.z;
        a0_0 += vec4(-0.32327613, -0.020013746, 0.11392184, 0.119333185) * v0_6.w;
        a0_1 += vec4(0.024364896, 0.07072389, -0.06361858, 0.07415382) * v0_6.x;
        a0_1 += vec4(-0.08902979, -0.1380986, -0.043800533, 0.055555053) * v0_6.y;
        a0_1 += vec4(-0.010688307, -0.20621417, -0.07234901, -0.23523419) * v0_6.z;
        a0_1 += vec4(-0.03651353, -0.11973608, 0.08604351, -0.018616544) * v0_6.w;
        a0_2 += vec4(-0.03255235, -0.083292186, 0.05127079, 0.16399868) * v0_6.x;
        a0_2 += vec4(0.041848473, 0.025235591, -0.04822653, 0.021993848) * v0_6.y;
        a0_2 += vec4(0.030882882, 0.17710914, 0.29183725, -0.25232372) * v0_6.z;
        a0_2 += vec4(-0.03376157, 0.069926046, 0.18542269, -0.20078623) * v0_6.w;
        a0_3 += vec4(0.02985258, -0.14546846, 0.13773356, -0.007043981) * v0_6.x;
        a0_3 += vec4(-0.12571162, -0.2121989, 0.10892215, -0.08025874) * v0_6.y;
        a0_3 += vec4(-0.0034233916, 0.17689225, 0.106857084, -0.14621517) * v0_6.z;
        a0_3 += vec4(-0.00082668406, 0.16190575, -0.17757492, -0.0901998) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 68]);
        a0_0 += vec4(0.10622549, -0.018464077, 0.0014811973, 0.04246788) * v0_6.x;
        a0_0 += vec4(0.23711115, 0.022047043, -0.010956674, -0.32996896) * v0_6.y;
        a0_0 += vec4(0.38611406, -0.010244608, -0.089753434, 0.1721411) * v0_6.z;
        a0_0 += vec4(0.15261765, 0.017590474, -0.091452375, -0.06120876) * v0_6.w;
        a0_1 += vec4(0.114704296, 0.0012821173, -0.068033196, -0.070000984) * v0_6.x;
        a0_1 += vec4(-0.0007685309, -0.17655277, -0.06394455, 0.1268617) * v0_6.y;
        a0_1 += vec4(-0.076321155, 0.026202505, -0.058968563, -0.043015704) * v0_6.z;
        a0_1 += vec4(-0.030609187, 0.10198176, 0.001809263, 0.037366103) * v0_6.w;
        a0_2 += vec4(-0.101534605, 0.0111554405, 0.07763956, -0.066853195) * v0_6.x;
        a0_2 += vec4(0.14802791, 0.22426645, -0.014106987, 0.0079514915) * v0_6.y;
        a0_2 += vec4(-0.019993098, 0.13241445, 0.17657594, 0.008934296) * v0_6.z;
        a0_2 += vec4(0.01487143, -0.044789407, 0.012656156, 0.020323789) * v0_6.w;
        a0_3 += vec4(-0.18254142, 0.00018911867, -0.032326326, -0.026256783) * v0_6.x;
        a0_3 += vec4(-0.051194996, 0.20952101, -0.005766911, -0.17304982) * v0_6.y;
        a0_3 += vec4(-0.2728, 0.014618033, -0.08374399, -0.037366375) * v0_6.z;
        a0_3 += vec4(-0.052216236, -0.060712695, -0.08576589, 0.01029981) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.36187828, 0.046506863, 0.027647553, 0.07766764) * v0_6.x;
        a0_0 += vec4(-0.008927769, 0.029563801, 0.088589504, -0.07676116) * v0_6.y;
        a0_0 += vec4(-0.6741914, -0.042154882, -0.11486244, -0.025150308) * v0_6.z;
        a0_0 += vec4(0.13505991, 0.10773672, -0.07541369, -0.04765177) * v0_6.w;
        a0_1 += vec4(-0.052484885, -0.044683196, 0.03053242, 0.013953853) * v0_6.x;
        a0_1 += vec4(-0.040653836, 0.010002641, 0.006469731, -0.0014986227) * v0_6.y;
        a0_1 += vec4(-0.10032769, 0.16959572, -0.069859795, -0.3469522) * v0_6.z;
        a0_1 += vec4(0.07481783, 0.03471578, 0.0019469812, -0.029517153) * v0_6.w;
        a0_2 += vec4(-0.008234025, 0.08456227, -0.17759554, 0.011694055) * v0_6.x;
        a0_2 += vec4(-0.010427372, -0.07783142, -0.046155173, 0.05392593) * v0_6.y;
        a0_2 += vec4(-0.16888404, -0.2840302, 0.3909782, -0.08185675) * v0_6.z;
        a0_2 += vec4(0.08337252, -0.04670822, -0.09239724, -0.07711184) * v0_6.w;
        a0_3 += vec4(-0.2192291, -0.06208528, 0.006770767, 0.025115982) * v0_6.x;
        a0_3 += vec4(-0.120716535, -0.3642819, -0.07612305, 0.10545096) * v0_6.y;
        a0_3 += vec4(-0.13745363, -0.16342284, 0.048389412, 0.16732548) * v0_6.z;
        a0_3 += vec4(-0.06157264, -0.0131712565, -0.007632807, 0.05884671) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.09275451, -0.036147922, 0.02442931, -0.0608519) * v0_6.x;
        a0_0 += vec4(-0.066692024, -0.009296469, 0.025921594, -0.0864245) * v0_6.y;
        a0_0 += vec4(0.16720207, -0.014351896, -0.059308108, 0.1421038) * v0_6.z;
        a0_0 += vec4(-0.48381627, -0.010173694, -0.07645824, 0.10173988) * v0_6.w;
        a0_1 += vec4(0.06942419, -0.014424148, -0.024126932, -0.056571778) * v0_6.x;
        a0_1 += vec4(0.03541477, 0.043873753, 0.019538937, 0.03239783) * v0_6.y;
        a0_1 += vec4(-0.037636098, -0.014105033, -0.04605435, 0.1802105) * v0_6.z;
        a0_1 += vec4(0.018014977, 0.04295682, 0.013464534, 0.021019042) * v0_6.w;
        a0_2 += vec4(-0.022138517, 0.017613856, -0.09870348, 0.03693813) * v0_6.x;
        a0_2 += vec4(-0.055293337, -0.12173775, -0.056648545, -0.043140687) * v0_6.y;
        a0_2 += vec4(-0.04919115, -0.01679964, 0.11903821, -0.0042499895) * v0_6.z;
        a0_2 += vec4(0.049133506, -0.17641966, 0.08807258, 0.013178107) * v0_6.w;
        a0_3 += vec4(-0.010386156, -0.05843791, 0.0080460375, -0.02215248) * v0_6.x;
        a0_3 += vec4(-0.0046986993, 0.13692026, -0.01638287, -0.008291713) * v0_6.y;
        a0_3 += vec4(-0.18422179, 0.14790569, 0.12798262, -0.021673547) * v0_6.z;
        a0_3 += vec4(0.07490734, -0.06830054, 0.11235734, 0.06693663) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(0.093057826, 0.01858744, 0.017055932, 0.047575798) * v0_7.x;
        a0_0 += vec4(-0.48920795, 0.013446175, -0.12276054, 0.41135016) * v0_7.y;
        a0_0 += vec4(-0.48648903, -0.007991985, -0.07679736, 0.61650306) * v0_7.z;
        a0_0 += vec4(-0.045889717, 0.017647497, -0.1537697, -0.23686765) * v0_7.w;
        a0_1 += vec4(0.092736594, 0.00826249, 0.010775636, 0.00403293) * v0_7.x;
        a0_1 += vec4(-0.058633234, 0.014166078, 0.013056551, 0.18699466) * v0_7.y;
        a0_1 += vec4(-0.007686415, 0.15875758, 0.06176187, 0.07555552) * v0_7.z;
        a0_1 += vec4(-0.090086296, 0.033896968, 0.0077844276, 0.13266048) * v0_7.w;
        a0_2 += vec4(0.0024118004, 0.09932538, -0.06356122, 0.12144928) * v0_7.x;
        a0_2 += vec4(0.03607544, -0.034052245, 0.029326644, 0.06413456) * v0_7.y;
        a0_2 += vec4(-0.15836075, -0.09493104, 0.06882281, 0.16084446) * v0_7.z;
        a0_2 += vec4(0.043389358, -0.10989386, 0.045642816, -0.066026814) * v0_7.w;
        a0_3 += vec4(-0.10227937, 0.038531292, -0.004719401, 0.066986896) * v0_7.x;
        a0_3 += vec4(0.02854145, 0.0037261157, -0.12272034, -0.14116393) * v0_7.y;
        a0_3 += vec4(-0.07371039, -0.07082852, -0.15818724, -0.115490176) * v0_7.z;
        a0_3 += vec4(0.18857895, -0.029877532, 0.040384226, -0.16709916) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.13263807, 0.041109014, 0.11245959, -0.013866342) * v0_7.x;
        a0_0 += vec4(-0.013694788, 0.027526988, -0.05249651, 0.16716316) * v0_7.y;
        a0_0 += vec4(-0.34208536, -0.02216198, 0.034313936, -0.09952266) * v0_7.z;
        a0_0 += vec4(-0.2565534, -0.08825595, -0.13494068, -0.2541753) * v0_7.w;
        a0_1 += vec4(0.08382376, -0.16030917, 0.024057174, 0.11403618) * v0_7.x;
        a0_1 += vec4(0.0043765227, -0.35036963, -0.22343636, -0.060740843) * v0_7.y;
        a0_1 += vec4(-0.021733627, 0.013140708, 0.03526235, -0.22064516) * v0_7.z;
        a0_1 += vec4(-0.016554922, 0.17561758, -0.010703101, -0.14859533) * v0_7.w;
        a0_2 += vec4(0.04589397, 0.120452665, -0.10071846, 0.0021816166) * v0_7.x;
        a0_2 += vec4(0.0067811445, -0.0018491797, -0.10624671, -0.01032463) * v0_7.y;
        a0_2 += vec4(0.010645102, 0.19948961, -0.0814312, -0.058895882) * v0_7.z;
        a0_2 += vec4(-0.15236376, -0.22271132, 0.10567383, -0.11207953) * v0_7.w;
        a0_3 += vec4(0.017989378, 0.03307397, -0.003638028, -0.049) * v0_7.x;
        a0_3 += vec4(0.06693364, 0.091122106, 0.01694626, -0.19428675) * v0_7.y;
        a0_3 += vec4(-0.11457916, 0.020786103, 0.045656357, -0.02966893) * v0_7.z;
        a0_3 += vec4(0.033462316, -0.030103533, -0.050653465, -0.30016673) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(0.051394768, 0.0077571133, 0.010582183, -0.032381758) * v0_7.x;
        a0_0 += vec4(-0.6963541, 0.02442121, -0.04768973, 0.106575586) * v0_7.y;
        a0_0 += vec4(0.1176033, 0.030320967, -0.04171274, 0.04240642) * v0_7.z;
        a0_0 += vec4(0.2899816, -0.03647807, 0.021847246, 0.13718957) * v0_7.w;
        a0_1 += vec4(0.016197557, 0.048948098, 0.06820352, 0.028564362) * v0_7.x;
        a0_1 += vec4(0.009413763, 0.026243063, -0.075701505, -0.030908402) * v0_7.y;
        a0_1 += vec4(0.0007739373, 0.07934018, -0.027152779, 0.061517365) * v0_7.z;
        a0_1 += vec4(-0.08483075, -0.09418147, -0.02867508, -0.063916795) * v0_7.w;
        a0_2 += vec4(0.0049409824, -0.10551977, -0.028747935, 0.049844258) * v0_7.x;
        a0_2 += vec4(0.013619789, -0.050083466, -0.04230845, 0.01740127) * v0_7.y;
        a0_2 += vec4(-0.07345831, -0.04010368, 0.035114683, 0.07539461) * v0_7.z;
        a0_2 += vec4(0.022974307, 0.16642033, 0.033220243, -0.046773415) * v0_7.w;
        a0_3 += vec4(-0.016042417, -0.008480691, 0.0074944645, 0.09415166) * v0_7.x;
        a0_3 += vec4(0.16060314, 0.029788358, 0.044887744, -0.10466573) * v0_7.y;
        a0_3 += vec4(0.04142358, -0.010506712, 0.008173183, 0.018733453) * v0_7.z;
        a0_3 += vec4(-0.04267847, 0.07115919, -0.089303434, -0.0723324) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.315567, 0.16788216, 0.11532435, 0.018762646) * v0_7.x;
        a0_0 += vec4(-0.3924175, -0.0026032638, 0.017891156, 0.17197019) * v0_7.y;
        a0_0 += vec4(-0.23087408, -0.05040391, -0.09186718, 0.13994148) * v0_7.z;
        a0_0 += vec4(-0.0016433849, -0.08103552, 0.08400062, -0.10997134) * v0_7.w;
        a0_1 += vec4(0.04043292, -0.077814244, -0.19241016, 0.01460587) * v0_7.x;
        a0_1 += vec4(0.08696333, 0.018230885, -0.10730282, -0.15327977) * v0_7.y;
        a0_1 += vec4(-0.0126645025, -0.17403425, -0.0072612646, -0.10022423) * v0_7.z;
        a0_1 += vec4(-0.017782386, -0.12482159, 0.021951316, -0.05171756) * v0_7.w;
        a0_2 += vec4(-0.08520467, 0.07937402, -0.08180451, 0.054276798) * v0_7.x;
        a0_2 += vec4(0.03673348, 0.1345191, 0.11391641, -0.08336684) * v0_7.y;
        a0_2 += vec4(-0.02736105, 0.08159736, -0.014245932, 0.0999977) * v0_7.z;
        a0_2 += vec4(-0.06599637, -0.0041301744, 0.03526574, -0.060442906) * v0_7.w;
        a0_3 += vec4(-0.1784978, -0.003956118, -0.074258715, -0.050314713) * v0_7.x;
        a0_3 += vec4(-0.1299091, 0.0742169, 0.041739013, -0.15377031) * v0_7.y;
        a0_3 += vec4(-0.23734128, -0.20349394, 0.06618984, -0.10742843) * v0_7.z;
        a0_3 += vec4(0.23080029, 0.054690253, 0.24516934, -0.22974281) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.49517035, 0.26567185, -0.038016852, 0.12635052) * v0_7.x;
        a0_0 += vec4(0.40193, -0.0030475701, -0.10137272, -0.120883435) * v0_7.y;
        a0_0 += vec4(-0.82323277, 0.030179605, 0.078827076, -0.13365716) * v0_7.z;
        a0_0 += vec4(0.3562478, 0.10565541, 0.02065652, 0.19143653) * v0_7.w;
        a0_1 += vec4(0.0073123565, 0.18385161, -0.19282544, 0.11895977) * v0_7.x;
        a0_1 += vec4(0.2591007, 0.16570053, 0.08257549, 0.20815465) * v0_7.y;
        a0_1 += vec4(0.21631241, -0.07861773, 0.012445177, -0.16151837) * v0_7.z;
        a0_1 += vec4(0.026515726, 0.06146748, 0.060012862, 0.1812516) * v0_7.w;
        a0_2 += vec4(0.018374803, -0.24207959, -0.056048337, 0.20891011) * v0_7.x;
        a0_2 += vec4(-0.0061592953, -0.22400457, -0.012221774, 0.08569259) * v0_7.y;
        a0_2 += vec4(-0.010005162, 0.20996751, -0.002263105, 0.024369106) * v0_7.z;
        a0_2 += vec4(0.10067062, 0.14671531, -0.21510577, -0.09467761) * v0_7.w;
        a0_3 += vec4(0.26433668, -0.16146514, -0.03443586, 0.13516268) * v0_7.x;
        a0_3 += vec4(0.043412343, -0.08080896, -0.06401908, -0.1829313) * v0_7.y;
        a0_3 += vec4(0.16736096, 0.18049824, 0.07605729, -0.080408305) * v0_7.z;
        a0_3 += vec4(-0.23751873, 0.08258284, -0.3519938, 0.14739175) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 36]);
        a0_0 += vec4(0.104096144, 0.034835484, 0.015175582, 0.058479846) * v0_7.x;
        a0_0 += vec4(-0.17371462, -0.019692933, -0.037486658, 0.1325474) * v0_7.y;
        a0_0 += vec4(-0.08228265, -0.008990977, -0.06508885, 0.06365074) * v0_7.z;
        a0_0 += vec4(-0.20408385, -0.012317421, -0.06275001, 0.015913552) * v0_7.w;
        a0_1 += vec4(0.0036909305, -0.0646371, -0.0031265342, -0.036746826) * v0_7.x;
        a0_1 += vec4(0.0055400766, 0.10483319, 0.0761159, -0.0613997) * v0_7.y;
        a0_1 += vec4(-0.004601206, 0.07251477, 0.003159961, -0.055162553) * v0_7.z;
        a0_1 += vec4(-0.037166774, 0.047477655, -0.05885252, -0.08107481) * v0_7.w;
        a0_2 += vec4(0.039071318, -0.006941743, -0.055587944, -0.06910334) * v0_7.x;
        a0_2 += vec4(0.041939203, 0.067879826, 0.037126023, -0.017921185) * v0_7.y;
        a0_2 += vec4(-0.02809142, -0.017302712, 0.04766237, 0.045326218) * v0_7.z;
        a0_2 += vec4(-0.050512332, -0.08966384, 0.102614455, -0.016542122) * v0_7.w;
        a0_3 += vec4(-0.06837895, -0.093730934, -0.15364447, 0.017212931) * v0_7.x;
        a0_3 += vec4(-0.017867276, 0.123588875, 0.10780019, 0.0011934575) * v0_7.y;
        a0_3 += vec4(0.039848097, -0.03377508, 0.06327843, -0.19673957) * v0_7.z;
        a0_3 += vec4(0.07179976, 0.029640658, 0.05293228, 0.0128938975) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.28063324, -0.052402798, -0.026163297, -0.13481754) * v0_7.x;
        a0_0 += vec4(-0.80447805, -0.002198588, -0.20205966, -0.045655202) * v0_7.y;
        a0_0 += vec4(0.5007614, -0.012078825, -0.10159687, 0.07441106) * v0_7.z;
        a0_0 += vec4(0.009226436, -0.0024192056, 0.025706636, -0.036440335) * v0_7.w;
        a0_1 += vec4(0.13147439, 0.07235022, 0.11834156, -0.058283225) * v0_7.x;
        a0_1 += vec4(-0.0045471746, 0.0018260559, 0.028729394, 0.02858408) * v0_7.y;
        a0_1 += vec4(0.21449946, -0.1278615, -0.14387783, -0.21466564) * v0_7.z;
        a0_1 += vec4(-0.045181565, 0.0028430526, 0.02777939, 0.06546419) * v0_7.w;
        a0_2 += vec4(0.10583182, -0.12222368, -0.022481203, 0.0091590425) * v0_7.x;
        a0_2 += vec4(0.04758253, -0.19864714, 0.010832032, 0.036959015) * v0_7.y;
        a0_2 += vec4(-0.04871116, 0.2381476, -0.009364384, -0.077789105) * v0_7.z;
        a0_2 += vec4(0.027248967, -0.10351713, -0.044201497, 0.010485905) * v0_7.w;
        a0_3 += vec4(-0.103108406, -0.0712507, -0.17973696, 0.11079158) * v0_7.x;
        a0_3 += vec4(-0.12055165, 0.044492267, -0.09255737, 0.0312094) * v0_7.y;
        a0_3 += vec4(-0.0031056954, 0.05974501, 0.041631013, -0.0038990218) * v0_7.z;
        a0_3 += vec4(0.10939499, -0.01745878, 0.002987804, 0.07288239) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 69]);
        a0_0 += vec4(0.40300408, 0.023975194, 0.049716044, -0.12299138) * v0_7.x;
        a0_0 += vec4(-0.0061894534, 0.021923013, -0.09582962, -0.0155806355) * v0_7.y;
        a0_0 += vec4(-0.5794448, -0.0034082567, -0.0474747, -0.018826593) * v0_7.z;
        a0_0 += vec4(-0.10674811, 0.012643809, -0.038404852, 0.10657174) * v0_7.w;
        a0_1 += vec4(0.0416424, -0.22773337, 0.09027429, -0.043938044) * v0_7.x;
        a0_1 += vec4(0.066542864, -0.173065, -0.131402, -0.17367797) * v0_7.y;
        a0_1 += vec4(0.09318294, 0.054329652, -0.09088165, -0.054702386) * v0_7.z;
        a0_1 += vec4(0.0302759, 0.055274818, -0.08411721, -0.07556854) * v0_7.w;
        a0_2 += vec4(-0.059924692, 0.21265492, 0.09143432, 0.0023001549) * v0_7.x;
        a0_2 += vec4(0.029113388, -0.048255157, -0.08316234, -0.015936607) * v0_7.y;
        a0_2 += vec4(-0.018002449, -0.025074301, -0.046004113, 0.19198367) * v0_7.z;
        a0_2 += vec4(-0.041387912, -0.00069587975, 0.060115118, -0.008999265) * v0_7.w;
        a0_3 += vec4(-0.09165128, -0.14673741, 0.08262944, -0.052495383) * v0_7.x;
        a0_3 += vec4(-0.0717261, -0.025745826, -0.06005521, 0.0818092) * v0_7.y;
        a0_3 += vec4(0.18279521, -0.11737486, 0.07927313, -0.013847419) * v0_7.z;
        a0_3 += vec4(0.03135403, 0.040214404, -0.07020207, 0.014424633) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.04032728, 0.0086032655, 0.0034255206, -0.12981325) * v0_7.x;
        a0_0 += vec4(-0.3024401, 0.025323603, -0.09110643, -0.14045614) * v0_7.y;
        a0_0 += vec4(-0.31946152, -0.013543068, 0.0012571462, 0.15818664) * v0_7.z;
        a0_0 += vec4(0.09029682, 0.0124655515, 0.007503704, -0.037692796) * v0_7.w;
        a0_1 += vec4(0.10650366, 0.028620532, 0.0020138063, 0.047029838) * v0_7.x;
        a0_1 += vec4(0.009938939, -0.07582722, -0.0704224, 0.13842976) * v0_7.y;
        a0_1 += vec4(-0.025137335, -0.096079774, -0.1811104, -0.41311008) * v0_7.z;
        a0_1 += vec4(0.026927864, -0.02448317, 0.061361972, 0.037670407) * v0_7.w;
        a0_2 += vec4(-0.03355685, 0.05939524, -0.08630031, 0.008923411) * v0_7.x;
        a0_2 += vec4(-0.0349464, -0.061872467, 0.010966537, 0.04096779) * v0_7.y;
        a0_2 += vec4(0.036233865, 0.13620737, -0.13027222, -0.020134632) * v0_7.z;
        a0_2 += vec4(0.038199965, 0.055670083, -0.019151667, -0.017264571) * v0_7.w;
        a0_3 += vec4(-0.015114291, -0.06672496, -0.032734443, -0.04192001) * v0_7.x;
        a0_3 += vec4(0.0038520817, 0.045457352, 0.005018992, -0.028713668) * v0_7.y;
        a0_3 += vec4(-0.07802498, 0.12977207, -0.018184483, -0.065861456) * v0_7.z;
        a0_3 += vec4(-0.024905924, 0.0045672976, 0.03241166, -0.05306781) * v0_7.w;
    }

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

//!DESC ArtCNN_C4F32 compute conv2d_3 part 1
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L2p0
//!BIND ArtCNN_C4F32_L2p1
//!SAVE ArtCNN_C4F32_L3p1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 8 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[340];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(32, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 34 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    if (slice == 0) {
        a0_0 = vec4(0.0014613448, 0.004918162, -0.017067201, -0.016155604);
        a0_1 = vec4(-0.008679052, -0.0075656734, 0.0066808863, -0.0042160484);
        a0_2 = vec4(0.00784081, 0.019437116, 0.017370472, 0.0030544482);
        a0_3 = vec4(-0.00282881, 0.0018453137, 0.0010997254, -0.012253036);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 34 - 1, i0 / 34 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 34 - 1, i1 / 34 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(0.027594035, -0.015962288, 0.024780115, -0.04144283) * v0_0.x;
        a0_0 += vec4(-0.01901609, 0.008594559, 0.08677763, -0.29659626) * v0_0.y;
        a0_0 += vec4(-0.032098148, 0.034959897, -0.014709423, 0.053878725) * v0_0.z;
        a0_0 += vec4(-0.050388232, -0.07274412, -0.025876269, 0.1305481) * v0_0.w;
        a0_1 += vec4(0.010509402, 0.019518422, 0.00328791, -0.09906433) * v0_0.x;
        a0_1 += vec4(0.0278878, -0.03260109, -0.00020370033, -0.025076501) * v0_0.y;
        a0_1 += vec4(-0.04353637, 0.063811146, 0.006994537, -0.07271743) * v0_0.z;
        a0_1 += vec4(-0.063133426, 0.012389002, -0.009289574, -0.121060476) * v0_0.w;
        a0_2 += vec4(-0.003918411, -0.0030632298, -0.020233491, -0.015747532) * v0_0.x;
        a0_2 += vec4(-0.06599346, 0.3813743, -0.1022056, 0.051930048) * v0_0.y;
        a0_2 += vec4(-0.0108340485, -0.06404295, -0.020801034, 0.012340382) * v0_0.z;
        a0_2 += vec4(0.082330965, 0.019173406, 0.10965526, -0.10175482) * v0_0.w;
        a0_3 += vec4(-0.028076239, -0.0156401, -0.010424246, -0.0096850805) * v0_0.x;
        a0_3 += vec4(0.05003037, -0.12220453, 0.0135851195, -0.029757593) * v0_0.y;
        a0_3 += vec4(-0.020713447, 0.010241505, -0.007839067, -0.015132353) * v0_0.z;
        a0_3 += vec4(-0.028289594, 0.16688786, -0.020259721, 0.027408836) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.001866349, 0.008501407, 0.049455177, -0.0025776012) * v0_0.x;
        a0_0 += vec4(-0.008821824, 0.15834957, 0.13312322, 0.08562344) * v0_0.y;
        a0_0 += vec4(0.1649922, 0.08249981, 0.009123228, -0.25399554) * v0_0.z;
        a0_0 += vec4(0.061789162, 0.042166192, -0.04497668, -0.15125476) * v0_0.w;
        a0_1 += vec4(0.039773777, -0.0895586, 0.004950071, 0.016024612) * v0_0.x;
        a0_1 += vec4(0.15021367, -0.2869759, -0.028258825, -0.08519062) * v0_0.y;
        a0_1 += vec4(-0.098199725, -0.061076205, 0.018656151, -0.054120112) * v0_0.z;
        a0_1 += vec4(0.058577213, -0.056778766, -0.027311163, -0.11237881) * v0_0.w;
        a0_2 += vec4(0.014688186, -0.009105166, -0.015858855, 0.02934022) * v0_0.x;
        a0_2 += vec4(0.11020389, -0.1910107, 0.35834283, 0.026369374) * v0_0.y;
        a0_2 += vec4(-0.026768101, -0.12412397, -0.16468842, 0.006219744) * v0_0.z;
        a0_2 += vec4(-0.14608766, -0.020514332, 0.15251845, 0.064148754) * v0_0.w;
        a0_3 += vec4(0.03570011, -0.0052317474, -0.016310167, 0.078915246) * v0_0.x;
        a0_3 += vec4(0.029166294, 0.059118435, 0.0509728, -0.03425823) * v0_0.y;
        a0_3 += vec4(-0.081839174, 0.050867297, -0.0039371434, -0.03327586) * v0_0.z;
        a0_3 += vec4(0.097533286, -0.24751547, -0.043934908, 0.19153814) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(0.002071383, -0.0030694618, -0.038675763, 0.06870983) * v0_0.x;
        a0_0 += vec4(-0.09631928, 0.058740955, -0.025242096, 0.06520478) * v0_0.y;
        a0_0 += vec4(-0.09130973, 0.023469636, 0.052330915, 0.010307608) * v0_0.z;
        a0_0 += vec4(-0.08002607, -0.014490931, 0.054277305, -0.08889716) * v0_0.w;
        a0_1 += vec4(-0.034249917, -0.03299265, -0.018334009, 0.01908288) * v0_0.x;
        a0_1 += vec4(-0.027319072, 0.21508203, -0.013224089, 0.053042583) * v0_0.y;
        a0_1 += vec4(-0.028632842, -0.15447335, -0.0010644845, 0.006316545) * v0_0.z;
        a0_1 += vec4(-0.0015898185, -0.045662377, -0.005043772, 0.15103598) * v0_0.w;
        a0_2 += vec4(-0.0067860554, -0.064119495, 0.038858287, -0.039744407) * v0_0.x;
        a0_2 += vec4(0.0058656214, -0.0016627198, 0.11053784, -0.058420826) * v0_0.y;
        a0_2 += vec4(-0.0019121376, 0.08639949, 0.06644012, 0.0008775286) * v0_0.z;
        a0_2 += vec4(0.0625736, 0.16586284, 0.0667027, -0.07835746) * v0_0.w;
        a0_3 += vec4(-0.06924215, 0.04851302, -0.04238731, 0.063073106) * v0_0.x;
        a0_3 += vec4(-0.15275095, 0.20492558, 0.036272775, 0.111823834) * v0_0.y;
        a0_3 += vec4(-0.0006419136, 0.048659332, -0.01709666, -0.109825075) * v0_0.z;
        a0_3 += vec4(-0.17880586, -0.06436704, -0.059037004, -0.037641715) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.0047945776, -0.029827168, -0.0145979505, 0.11211511) * v0_0.x;
        a0_0 += vec4(-0.01817458, 0.1617174, 0.05575508, -0.056766998) * v0_0.y;
        a0_0 += vec4(0.05461428, 0.0730121, 0.08393159, 0.030844068) * v0_0.z;
        a0_0 += vec4(-0.22220774, 0.048135582, 0.052063316, -0.09136627) * v0_0.w;
        a0_1 += vec4(-0.0402763, 0.18897127, 0.010842872, -0.1275855) * v0_0.x;
        a0_1 += vec4(-0.06693902, -0.013819111, -0.072977565, 0.11740496) * v0_0.y;
        a0_1 += vec4(0.08306948, 0.123957455, 0.058837164, -0.029682321) * v0_0.z;
        a0_1 += vec4(-0.014199772, -0.00028300207, -0.013093423, -0.15040931) * v0_0.w;
        a0_2 += vec4(0.30398658, -0.15625334, 0.07699638, -0.014727578) * v0_0.x;
        a0_2 += vec4(-0.00022114595, -0.26043263, -0.08678946, 0.07089245) * v0_0.y;
        a0_2 += vec4(0.095869504, -0.034724608, 0.068186805, 0.007882757) * v0_0.z;
        a0_2 += vec4(0.012658224, 0.2753845, -0.03311974, 0.0065230164) * v0_0.w;
        a0_3 += vec4(0.093930565, -0.01901314, 0.0378732, 0.05245079) * v0_0.x;
        a0_3 += vec4(-0.0348054, 0.029020363, 0.014211449, 0.040763244) * v0_0.y;
        a0_3 += vec4(-0.097005524, -0.014347144, -0.013889909, -0.05938931) * v0_0.z;
        a0_3 += vec4(0.015013427, -0.05648958, -0.023936171, -0.16865626) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.23447709, 0.07034374, -0.13712575, -0.08059424) * v0_0.x;
        a0_0 += vec4(-0.26005888, -0.026197592, -0.21173188, -0.053868186) * v0_0.y;
        a0_0 += vec4(-0.07769307, 0.15848981, 0.059796214, -0.04785573) * v0_0.z;
        a0_0 += vec4(0.4664564, -0.9074057, 0.09066, -0.544772) * v0_0.w;
        a0_1 += vec4(-0.3446225, -0.11357845, 0.038074747, 0.05556274) * v0_0.x;
        a0_1 += vec4(-0.20539531, -0.052309696, 0.05627663, -0.043872528) * v0_0.y;
        a0_1 += vec4(-0.06756652, -0.08219633, -0.055187013, -0.112718664) * v0_0.z;
        a0_1 += vec4(0.12130579, -0.1199594, -0.132088, -0.3288096) * v0_0.w;
        a0_2 += vec4(-0.1797437, -0.12649554, -0.24521147, 0.22554466) * v0_0.x;
        a0_2 += vec4(-0.3586812, -0.09301251, -0.563658, 0.2150127) * v0_0.y;
        a0_2 += vec4(0.24063845, -0.18093735, 0.3064467, 0.00307264) * v0_0.z;
        a0_2 += vec4(-0.435347, -0.21763927, 0.32749456, -0.28044063) * v0_0.w;
        a0_3 += vec4(-0.054905366, -0.27922672, 0.1118672, -0.0019872529) * v0_0.x;
        a0_3 += vec4(-0.003778244, 0.0038754554, -0.086601175, -0.117345385) * v0_0.y;
        a0_3 += vec4(0.090721875, 0.1038295, 0.051644396, -0.09897438) * v0_0.z;
        a0_3 += vec4(0.33402368, 0.006397337, -0.12513605, 0.16245219) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 36]);
        a0_0 += vec4(0.024926035, 0.040354192, 0.010121636, -0.28828725) * v0_0.x;
        a0_0 += vec4(0.044388752, 0.06829638, 0.095997095, 0.15944329) * v0_0.y;
        a0_0 += vec4(-0.08477532, 0.05566613, 0.060184304, 0.13208912) * v0_0.z;
        a0_0 += vec4(-0.02984898, 0.13414301, -0.082989156, 0.43534833) * v0_0.w;
        a0_1 += vec4(-0.12497266, -0.56094146, 0.013189971, -0.12575312) * v0_0.x;
        a0_1 += vec4(0.050264023, -0.111246094, -0.04937345, -0.15321736) * v0_0.y;
        a0_1 += vec4(0.03216781, 0.014386418, -0.017840276, 0.08767631) * v0_0.z;
        a0_1 += vec4(0.025973516, 0.12759106, -0.045358077, -0.040668692) * v0_0.w;
        a0_2 += vec4(-0.10391872, 0.1568296, -0.043538462, -0.019230826) * v0_0.x;
        a0_2 += vec4(0.013417643, -0.23382333, 0.18296298, 0.0061866925) * v0_0.y;
        a0_2 += vec4(0.051188603, -0.03292764, -0.072666846, 0.022539703) * v0_0.z;
        a0_2 += vec4(0.16048382, -0.08479939, -0.0032931408, -0.037459105) * v0_0.w;
        a0_3 += vec4(-0.09017521, -0.0028480908, 0.07894478, -0.07298281) * v0_0.x;
        a0_3 += vec4(-0.056858163, 0.012269897, -0.03388807, -0.50022) * v0_0.y;
        a0_3 += vec4(0.002430197, 0.16063574, -0.045678716, -0.08135633) * v0_0.z;
        a0_3 += vec4(-0.237678, -0.120017506, -0.004637493, 0.03780666) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.1278579, 0.007553029, -0.032694604, -0.14663772) * v0_0.x;
        a0_0 += vec4(0.06608632, 0.038099416, 0.04906056, 0.027318431) * v0_0.y;
        a0_0 += vec4(0.0062923115, 0.06254672, -0.01062308, -0.075430214) * v0_0.z;
        a0_0 += vec4(0.08453081, 0.009327934, 0.13268445, 0.01666673) * v0_0.w;
        a0_1 += vec4(0.03794886, -0.1623382, 0.021216918, -0.0084155835) * v0_0.x;
        a0_1 += vec4(-0.03446684, -0.05167531, -0.025551477, 0.044166647) * v0_0.y;
        a0_1 += vec4(-0.0011876737, -0.026014624, -0.0062451973, -0.058929186) * v0_0.z;
        a0_1 += vec4(-0.026467845, 0.037031967, -0.07995839, 0.040423732) * v0_0.w;
        a0_2 += vec4(0.025274286, -0.025832957, -0.05344871, -0.0076879202) * v0_0.x;
        a0_2 += vec4(-0.06814966, -0.28538677, 0.12503229, -0.02706914) * v0_0.y;
        a0_2 += vec4(0.10205425, 0.03450146, -0.041630466, 0.015949368) * v0_0.z;
        a0_2 += vec4(0.035470463, -0.10613134, 0.09792066, 0.0031895118) * v0_0.w;
        a0_3 += vec4(0.0053655184, 0.03947017, 0.004053104, 0.026973478) * v0_0.x;
        a0_3 += vec4(-0.031819936, -0.016819421, 0.005387842, -0.08829515) * v0_0.y;
        a0_3 += vec4(0.0029808953, 0.027840378, 0.023485424, 0.044031564) * v0_0.z;
        a0_3 += vec4(-0.07333639, 0.09652965, -0.013914355, -0.090418026) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.0072635277, -0.1842491, 0.047262307, -0.10808125) * v0_0.x;
        a0_0 += vec4(-0.0106281685, 0.1280699, -0.09656092, -0.46802148) * v0_0.y;
        a0_0 += vec4(-0.030218123, 0.13014306, 0.103553005, -0.1362909) * v0_0.z;
        a0_0 += vec4(-0.12257349, 0.08600192, -0.04349298, 0.13996762) * v0_0.w;
        a0_1 += vec4(-0.04436454, 0.028091118, 0.010060466, -0.15728569) * v0_0.x;
        a0_1 += vec4(0.01508378, 0.058570538, -0.017138515, 0.08813434) * v0_0.y;
        a0_1 += vec4(0.036064345, 0.022453606, 0.016611064, 0.017139532) * v0_0.z;
        a0_1 += vec4(0.12761998, 0.0031079468, 0.027776018, -0.064217284) * v0_0.w;
        a0_2 += vec4(-0.28241268, 0.01906629, 0.18009363, -0.055728763) * v0_0.x;
        a0_2 += vec4(0.08142881, -0.12345334, 0.032123115, -0.035197493) * v0_0.y;
        a0_2 += vec4(0.08216345, 0.04351116, 0.010688702, 0.041106984) * v0_0.z;
        a0_2 += vec4(0.1775762, 0.32197142, -0.19981448, 0.007766006) * v0_0.w;
        a0_3 += vec4(0.06385392, 0.009916479, -0.08409666, 0.112487316) * v0_0.x;
        a0_3 += vec4(0.04142103, 0.079895616, -0.02648896, 0.029271455) * v0_0.y;
        a0_3 += vec4(0.025245845, -0.027537873, -0.02559596, -0.081948824) * v0_0.z;
        a0_3 += vec4(0.032952424, 0.011141617, -0.040146247, 0.16555989) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.043868378, 0.07081292, -0.07883668, 0.17546567) * v0_0.x;
        a0_0 += vec4(-0.08788862, 0.08750659, -0.106152266, 0.19086275) * v0_0.y;
        a0_0 += vec4(-0.14448138, 0.04533915, -0.00865833, 0.04215659) * v0_0.z;
        a0_0 += vec4(0.07329542, -0.08975399, 0.022260208, -0.16861832) * v0_0.w;
        a0_1 += vec4(-0.013894192, 0.019669713, 0.0023438234, -0.08639547) * v0_0.x;
        a0_1 += vec4(-0.010864848, -0.13676187, 0.009209667, 0.012941783) * v0_0.y;
        a0_1 += vec4(-0.061353903, -0.093052134, -0.013672312, 0.057396524) * v0_0.z;
        a0_1 += vec4(-0.02797671, -0.032532085, 0.008007376, -0.11991426) * v0_0.w;
        a0_2 += vec4(0.1733136, -0.050024584, -0.098271124, -0.041516483) * v0_0.x;
        a0_2 += vec4(0.10169313, 0.05958566, -0.11132863, -0.0004754283) * v0_0.y;
        a0_2 += vec4(0.099020034, -0.02778823, -0.18707111, 0.006320229) * v0_0.z;
        a0_2 += vec4(-0.1006538, -0.042983994, 0.11510748, 0.04298184) * v0_0.w;
        a0_3 += vec4(-0.16198727, -0.00200076, 0.03478265, -0.33718365) * v0_0.x;
        a0_3 += vec4(-0.050040636, 0.05894917, -0.024834994, -0.037066117) * v0_0.y;
        a0_3 += vec4(-0.0025089541, 0.06517862, -0.018256193, 0.024934977) * v0_0.z;
        a0_3 += vec4(-0.17511852, 0.06193969, -0.0036468478, 0.11832064) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.03736994, 0.03197101, -0.0004184096, 0.20305833) * v0_1.x;
        a0_0 += vec4(-0.024550354, 0.007980147, 0.030384988, -0.039885953) * v0_1.y;
        a0_0 += vec4(-0.10932413, -0.021676375, -0.09282416, 0.15784411) * v0_1.z;
        a0_0 += vec4(-0.009980141, -0.06451741, 0.0250515, -0.033159256) * v0_1.w;
        a0_1 += vec4(-0.04329186, 0.008185408, 0.023077082, 0.014508412) * v0_1.x;
        a0_1 += vec4(-0.014862862, 0.094984636, -0.019098686, -0.10407992) * v0_1.y;
        a0_1 += vec4(0.042024452, -0.06954026, 0.0066354526, -0.035478134) * v0_1.z;
        a0_1 += vec4(0.024962256, -0.28446433, -0.027512275, -0.057160884) * v0_1.w;
        a0_2 += vec4(0.012680725, -0.118958764, 0.06672893, 0.0074785356) * v0_1.x;
        a0_2 += vec4(-0.0600971, 0.025794875, -0.11552053, 0.03734676) * v0_1.y;
        a0_2 += vec4(0.05460449, -0.043873575, 0.22294249, 0.010981987) * v0_1.z;
        a0_2 += vec4(0.20218416, 0.122793026, 0.115615964, -0.05558718) * v0_1.w;
        a0_3 += vec4(-0.017387146, -0.0155684035, -0.003951331, 0.013595356) * v0_1.x;
        a0_3 += vec4(-0.020834034, -0.00530197, 0.011869396, 0.03420128) * v0_1.y;
        a0_3 += vec4(-0.074755974, 0.13225217, 0.002793446, -0.054696914) * v0_1.z;
        a0_3 += vec4(0.008249571, 0.12148515, 0.009979251, -0.08482544) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(0.014157977, 0.090478174, -0.0065375073, -0.006339505) * v0_1.x;
        a0_0 += vec4(0.024916336, 0.060546793, 0.08067575, 0.014891602) * v0_1.y;
        a0_0 += vec4(-0.046558153, 0.03328631, 0.1614454, -0.29941663) * v0_1.z;
        a0_0 += vec4(-0.011160692, -0.011075563, -0.022130635, 0.17977618) * v0_1.w;
        a0_1 += vec4(-0.019251322, -0.13335714, -0.033230998, 0.12060514) * v0_1.x;
        a0_1 += vec4(0.049762625, -0.09016785, 0.0144119, 0.079574995) * v0_1.y;
        a0_1 += vec4(-0.15645365, 0.005589797, -0.040307697, 0.3044709) * v0_1.z;
        a0_1 += vec4(0.053198945, -0.073588185, -0.056751125, -0.100542314) * v0_1.w;
        a0_2 += vec4(-0.075590044, 0.090758935, 0.021487653, -0.00059216766) * v0_1.x;
        a0_2 += vec4(0.10510723, -0.006818901, 0.15701161, -0.048993073) * v0_1.y;
        a0_2 += vec4(0.028932286, -0.1142076, 0.082012504, -0.083441146) * v0_1.z;
        a0_2 += vec4(0.16091147, -0.2013937, 0.17217074, 0.0024506429) * v0_1.w;
        a0_3 += vec4(-0.047355216, 0.004398275, 0.021171153, 0.022762252) * v0_1.x;
        a0_3 += vec4(0.048599605, 0.030361209, 0.0322976, 0.006406646) * v0_1.y;
        a0_3 += vec4(-0.108591825, -0.0019540733, 0.022625597, -0.10000099) * v0_1.z;
        a0_3 += vec4(0.05991208, 0.051493276, -0.012336981, 0.031335704) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.12208285, 0.13075349, -0.11888603, 0.09087421) * v0_1.x;
        a0_0 += vec4(-0.012408191, -0.06289505, -0.14671169, 0.010116023) * v0_1.y;
        a0_0 += vec4(-0.11812606, 0.053994793, 0.10733559, -0.16196598) * v0_1.z;
        a0_0 += vec4(0.021594174, 0.0040206322, -0.01143029, 0.048504356) * v0_1.w;
        a0_1 += vec4(-0.11146731, -0.09452626, 0.016980225, 0.08310408) * v0_1.x;
        a0_1 += vec4(-0.021957893, 0.12633969, 0.03935766, 0.050185643) * v0_1.y;
        a0_1 += vec4(0.058814473, -0.09098875, -0.0035554187, 0.0684569) * v0_1.z;
        a0_1 += vec4(-0.0033600763, -0.20010762, 0.014653277, -0.002991813) * v0_1.w;
        a0_2 += vec4(-0.0782256, -0.03148623, -0.0031762072, 0.024856444) * v0_1.x;
        a0_2 += vec4(-0.105171256, 0.029545799, -0.06049447, -0.01320072) * v0_1.y;
        a0_2 += vec4(-0.083958276, -0.07758716, 0.047985934, -0.029821442) * v0_1.z;
        a0_2 += vec4(-0.016782587, -0.009976622, -0.11270917, 0.021811688) * v0_1.w;
        a0_3 += vec4(-0.095816284, -0.040698104, 0.011335123, -0.075978145) * v0_1.x;
        a0_3 += vec4(-0.025670288, -0.11825628, -0.030994296, -0.07457384) * v0_1.y;
        a0_3 += vec4(-0.033532184, 0.3155446, -0.061073363, -0.11183585) * v0_1.z;
        a0_3 += vec4(0.017372757, -0.025754724, -0.010328536, 0.043181725) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.11503169, -0.037753567, -0.029664291, -0.15031973) * v0_1.x;
        a0_0 += vec4(-0.08804468, -0.06175422, 0.060519006, 0.11747918) * v0_1.y;
        a0_0 += vec4(-0.07485173, 0.15629584, -0.18019074, 0.19998714) * v0_1.z;
        a0_0 += vec4(-0.11055503, 0.0613299, -0.13784845, 0.27663165) * v0_1.w;
        a0_1 += vec4(0.07922655, -0.13634196, 0.026740732, -0.0269298) * v0_1.x;
        a0_1 += vec4(0.02031409, -0.12562339, -0.0860067, -0.015830902) * v0_1.y;
        a0_1 += vec4(0.028158845, -0.0644371, 0.033969235, -0.033476036) * v0_1.z;
        a0_1 += vec4(0.029153958, -0.22307615, -0.0030642175, -0.19351758) * v0_1.w;
        a0_2 += vec4(0.03126496, -0.008367265, 0.020458642, 0.016902847) * v0_1.x;
        a0_2 += vec4(0.036372382, 0.08771398, 0.14899325, -0.018847425) * v0_1.y;
        a0_2 += vec4(-0.285501, 0.42036724, -0.44994977, 0.0663033) * v0_1.z;
        a0_2 += vec4(0.0337691, 0.09749637, -0.10518828, 0.06170586) * v0_1.w;
        a0_3 += vec4(-0.026613913, 0.02026543, -0.007153882, 0.0014129839) * v0_1.x;
        a0_3 += vec4(-0.10304375, -0.10158311, -0.0016105281, -0.030597018) * v0_1.y;
        a0_3 += vec4(0.0050067226, 0.109709665, -0.026636677, 0.09369355) * v0_1.z;
        a0_3 += vec4(0.08607958, -0.094513975, -0.0045302496, 0.26016152) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.19165277, 0.0807505, -0.0736518, -0.20542322) * v0_1.x;
        a0_0 += vec4(0.2753762, -0.063263856, 0.28223023, 0.057907507) * v0_1.y;
        a0_0 += vec4(0.08453634, 0.1837255, 0.26969516, 0.11365844) * v0_1.z;
        a0_0 += vec4(0.14397722, -0.0694139, -0.07483719, -0.20353584) * v0_1.w;
        a0_1 += vec4(0.03459402, -0.07257304, 0.06408246, 0.12644887) * v0_1.x;
        a0_1 += vec4(-0.0014541325, 0.19188766, 0.3634093, 0.115800895) * v0_1.y;
        a0_1 += vec4(0.07072446, -0.46600592, -0.12934318, 0.029570572) * v0_1.z;
        a0_1 += vec4(-0.07551728, -0.19339687, 0.048577994, -0.24608654) * v0_1.w;
        a0_2 += vec4(-0.13910379, -0.06503652, 0.102880135, 0.03240468) * v0_1.x;
        a0_2 += vec4(-0.08692447, -0.1997912, -0.29984683, -0.0072464035) * v0_1.y;
        a0_2 += vec4(0.2748857, -0.46823657, 0.15197368, -0.059390686) * v0_1.z;
        a0_2 += vec4(0.042282682, 0.19011615, -0.332185, -0.019373074) * v0_1.w;
        a0_3 += vec4(-0.1622681, -0.021971542, 0.008400784, -0.033548098) * v0_1.x;
        a0_3 += vec4(0.16472529, 0.16283438, 0.20375639, 0.09640367) * v0_1.y;
        a0_3 += vec4(-0.1463608, -0.3092307, 0.2015238, -0.042423505) * v0_1.z;
        a0_3 += vec4(-0.19919412, -0.17585324, 0.04425746, 0.11034954) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.19784899, 0.03216957, 0.0771058, -0.0061432472) * v0_1.x;
        a0_0 += vec4(0.05705537, 0.050986845, -0.29367867, 0.023170875) * v0_1.y;
        a0_0 += vec4(-0.1428042, -0.088592485, 0.09266105, -0.6524579) * v0_1.z;
        a0_0 += vec4(-0.015443436, -0.016432121, -0.015670927, -0.085760094) * v0_1.w;
        a0_1 += vec4(0.035361987, -0.17032887, -0.036659177, 0.057550527) * v0_1.x;
        a0_1 += vec4(-0.3719398, 0.07861372, -0.044407833, -0.15130177) * v0_1.y;
        a0_1 += vec4(0.15279724, -0.34324786, -0.09076453, 0.10628037) * v0_1.z;
        a0_1 += vec4(-0.022010215, -0.14588277, -0.0023943791, -0.08138484) * v0_1.w;
        a0_2 += vec4(0.016651737, -0.072198264, 0.18244925, 0.13340965) * v0_1.x;
        a0_2 += vec4(0.031906523, 0.19430593, 0.2688146, 0.037982035) * v0_1.y;
        a0_2 += vec4(-0.24204488, -0.26042837, -0.06386836, 0.23792033) * v0_1.z;
        a0_2 += vec4(-0.049643487, 0.045090616, 0.14478186, -0.055082858) * v0_1.w;
        a0_3 += vec4(-0.07156354, 0.14873216, 0.08618944, -0.5076667) * v0_1.x;
        a0_3 += vec4(-0.037807055, -0.07386765, -0.1335739, 0.036284145) * v0_1.y;
        a0_3 += vec4(0.21428691, 0.2131247, 0.14821468, -0.2230208) * v0_1.z;
        a0_3 += vec4(0.042139538, 0.013517645, -0.047247477, -0.11921939) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.039063957, 0.039334722, 0.02537611, -0.051676262) * v0_1.x;
        a0_0 += vec4(0.020697976, 0.013576395, 0.002662463, -0.08376288) * v0_1.y;
        a0_0 += vec4(-0.163694, -0.021780992, -0.15118665, 0.03222709) * v0_1.z;
        a0_0 += vec4(-0.09106038, 0.023521129, -0.11112659, 0.22245653) * v0_1.w;
        a0_1 += vec4(0.014153091, 0.086090155, 0.048706718, -0.05246161) * v0_1.x;
        a0_1 += vec4(-0.065041065, -0.0888055, -0.046567403, 0.019163795) * v0_1.y;
        a0_1 += vec4(-0.021660069, 0.14263971, 0.06653771, -0.07382126) * v0_1.z;
        a0_1 += vec4(0.01995223, -0.5645876, 0.042371456, -0.08979543) * v0_1.w;
        a0_2 += vec4(0.1219705, -0.13019203, -0.029079106, 0.047277108) * v0_1.x;
        a0_2 += vec4(0.028691756, -0.045255248, 0.04301401, 0.04593375) * v0_1.y;
        a0_2 += vec4(-0.034801085, 0.1594776, 0.04218759, -0.061767217) * v0_1.z;
        a0_2 += vec4(0.0968384, 0.23006253, -0.25599393, -0.016353635) * v0_1.w;
        a0_3 += vec4(-0.07096361, 0.018662479, 0.020255823, -0.013958803) * v0_1.x;
        a0_3 += vec4(-0.049852423, -0.0075443797, -0.02172565, -0.066350676) * v0_1.y;
        a0_3 += vec4(0.041961215, 0.021488683, -0.01981748, 0.07255761) * v0_1.z;
        a0_3 += vec4(-0.079238385, 0.054014403, -0.012145, -0.036540557) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.28031227, 0.0899303, 0.04282424, -0.047218952) * v0_1.x;
        a0_0 += vec4(-0.17176887, -0.10757459, 0.0029765507, -0.0722887) * v0_1.y;
        a0_0 += vec4(-0.11760462, 0.113135114, 0.092811644, 0.17788349) * v0_1.z;
        a0_0 += vec4(0.033772424, 0.15351856, -0.1435605, -0.37400013) * v0_1.w;
        a0_1 += vec4(-0.00087396294, 0.09846889, 0.041853607, 0.042069692) * v0_1.x;
        a0_1 += vec4(-0.16321093, -0.17013538, 0.21793899, -0.0009091099) * v0_1.y;
        a0_1 += vec4(0.15162817, -0.026125196, -0.009595639, 0.11588049) * v0_1.z;
        a0_1 += vec4(-0.031408828, -0.30944917, -0.03541099, -0.28140694) * v0_1.w;
        a0_2 += vec4(0.10607581, 0.1906179, -0.115331165, 0.022214688) * v0_1.x;
        a0_2 += vec4(-0.1107706, 0.057922363, -0.055891514, -0.07315471) * v0_1.y;
        a0_2 += vec4(0.1588709, 0.2317164, -0.11248607, 0.085667044) * v0_1.z;
        a0_2 += vec4(0.1532306, -0.12161446, -0.0007436759, 0.014549785) * v0_1.w;
        a0_3 += vec4(-0.12478183, 0.0459179, -0.02452466, -0.09582406) * v0_1.x;
        a0_3 += vec4(0.18695612, -0.0506861, -0.117540546, -0.20269619) * v0_1.y;
        a0_3 += vec4(-0.19232322, -0.058260836, 0.056569863, -0.1826638) * v0_1.z;
        a0_3 += vec4(-0.021716472, -0.010623203, 0.038557068, 0.18886337) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.15849306, 0.09758128, -0.019187005, 0.21072191) * v0_1.x;
        a0_0 += vec4(-0.09662794, -0.028902918, 0.5203194, 0.19472271) * v0_1.y;
        a0_0 += vec4(0.03801836, 0.00414592, -0.022245754, -0.4454378) * v0_1.z;
        a0_0 += vec4(0.02026, -0.10480984, 0.113460794, 0.07785382) * v0_1.w;
        a0_1 += vec4(0.008553095, -0.06278825, 0.027959753, 0.07393249) * v0_1.x;
        a0_1 += vec4(0.058657847, 0.009081485, -0.094143376, -0.50956744) * v0_1.y;
        a0_1 += vec4(-0.015151675, -0.119007744, 0.028325886, -0.06399483) * v0_1.z;
        a0_1 += vec4(-0.079260886, -0.4418238, -0.028575178, -0.0929734) * v0_1.w;
        a0_2 += vec4(0.22183895, -0.01839877, -0.16258262, 0.124157384) * v0_1.x;
        a0_2 += vec4(1.0527457, 0.9587401, 0.14928916, -0.26464245) * v0_1.y;
        a0_2 += vec4(0.046527423, 0.014252055, 0.22166795, 0.036501545) * v0_1.z;
        a0_2 += vec4(-0.2029026, 0.19722955, 0.10715302, -0.059861705) * v0_1.w;
        a0_3 += vec4(-0.10108885, 0.006800131, 0.042952493, -0.39603856) * v0_1.x;
        a0_3 += vec4(0.57345694, -1.3992302, 0.24546719, 0.24379577) * v0_1.y;
        a0_3 += vec4(0.057103958, 0.083559595, 0.069694534, -0.2164633) * v0_1.z;
        a0_3 += vec4(-0.015703592, -0.002764098, -0.04311413, -0.07887502) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(0.017510364, 0.028500965, -0.0023482644, -0.025049662) * v0_2.x;
        a0_0 += vec4(-0.0051418897, 0.022152474, -0.006707218, 0.2005878) * v0_2.y;
        a0_0 += vec4(0.09288361, 0.128834, 0.14137587, -0.6961991) * v0_2.z;
        a0_0 += vec4(-0.04131932, -0.029152503, -0.015301368, 0.09363768) * v0_2.w;
        a0_1 += vec4(0.12182077, 0.21847728, -0.0046413466, -0.06407343) * v0_2.x;
        a0_1 += vec4(0.01450723, -0.13667277, 0.013250529, 0.04613264) * v0_2.y;
        a0_1 += vec4(-0.12967779, -0.02929753, -0.07736457, 0.072692886) * v0_2.z;
        a0_1 += vec4(-0.024917575, 0.03959165, 0.03534997, 0.087459736) * v0_2.w;
        a0_2 += vec4(-0.22376348, -0.02768542, -0.11227873, -0.016086327) * v0_2.x;
        a0_2 += vec4(-0.18898706, 0.15770875, -0.08290881, 0.053308785) * v0_2.y;
        a0_2 += vec4(0.11959033, -0.3049852, 0.086789556, 0.0017167843) * v0_2.z;
        a0_2 += vec4(-0.15886979, 0.0262633, -0.1742211, 0.035142913) * v0_2.w;
        a0_3 += vec4(0.018768936, -0.113984674, 0.008275246, 0.057292845) * v0_2.x;
        a0_3 += vec4(-0.087682165, 0.0018008465, -0.04231299, 0.024330761) * v0_2.y;
        a0_3 += vec4(-0.14654662, 0.08010914, 0.042141788, -0.14125036) * v0_2.z;
        a0_3 += vec4(0.06806786, 0.028478326, -0.042382415, 0.072584756) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0058787656, 0.09416838, 0.11831742, -0.09254763) * v0_2.x;
        a0_0 += vec4(0.11999516, 0.043331176, 0.030820616, -0.1625156) * v0_2.y;
        a0_0 += vec4(-0.20906718, 0.14413247, 0.24360566, 0.065527715) * v0_2.z;
        a0_0 += vec4(0.1294064, 0.031146964, 0.09862755, 0.13562186) * v0_2.w;
        a0_1 += vec4(0.279293, 0.037380226, -0.035911225, 0.18723704) * v0_2.x;
        a0_1 += vec4(0.012157589, -0.14615256, -0.028158797, 0.10301396) * v0_2.y;
        a0_1 += vec4(0.07882135, -0.08032393, -0.025705716, 0.037748683) * v0_2.z;
        a0_1 += vec4(0.12421552, -0.0037972513, 0.03782937, 0.0931365) * v0_2.w;
        a0_2 += vec4(-0.0706679, -0.2500453, -0.076466784, -0.0029213992) * v0_2.x;
        a0_2 += vec4(-0.018896414, -0.11117806, 0.036507837, 0.006360434) * v0_2.y;
        a0_2 += vec4(0.20155823, -0.177743, 0.2595663, 0.07736962) * v0_2.z;
        a0_2 += vec4(-0.051785607, 0.07014342, 0.004848042, 0.01758356) * v0_2.w;
        a0_3 += vec4(0.29011762, 0.013961814, 0.031506743, 0.097222835) * v0_2.x;
        a0_3 += vec4(0.13842899, 0.15297845, -0.006701976, 0.10237332) * v0_2.y;
        a0_3 += vec4(-0.014647567, 0.3619296, -0.057949867, -0.1212509) * v0_2.z;
        a0_3 += vec4(0.013734455, -0.109178305, -0.023005519, 0.0006487688) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.011601056, -0.08326356, -0.056967385, -0.094957046) * v0_2.x;
        a0_0 += vec4(-0.137989, 0.060098086, 0.05749218, 0.21745484) * v0_2.y;
        a0_0 += vec4(-0.16028999, 0.06265861, -0.031150289, 0.08664301) * v0_2.z;
        a0_0 += vec4(0.055511508, 0.046081506, 0.0013723826, -0.039613716) * v0_2.w;
        a0_1 += vec4(0.0073576444, -0.09368545, 0.026208209, -0.10542258) * v0_2.x;
        a0_1 += vec4(-0.050089777, 0.35239083, 0.0177101, 0.1321118) * v0_2.y;
        a0_1 += vec4(-0.09805767, 0.18451037, 0.023089848, -0.0150152845) * v0_2.z;
        a0_1 += vec4(-0.01388662, 0.12639794, -0.00983304, 0.02861114) * v0_2.w;
        a0_2 += vec4(-0.01019695, 0.0921598, 0.015248275, -0.026151491) * v0_2.x;
        a0_2 += vec4(-0.02991921, -0.1514014, 0.1044475, 0.004982221) * v0_2.y;
        a0_2 += vec4(0.09284082, -0.029922746, -0.05744574, 0.032918073) * v0_2.z;
        a0_2 += vec4(-0.011820695, -0.11421826, -0.023201661, 0.007900686) * v0_2.w;
        a0_3 += vec4(-0.028938388, -0.040957943, 0.10092821, 0.1099564) * v0_2.x;
        a0_3 += vec4(-0.06883245, 0.05764322, -0.028914802, -0.045262545) * v0_2.y;
        a0_3 += vec4(-0.019564278, 0.21183391, -0.017430946, 0.113164954) * v0_2.z;
        a0_3 += vec4(-0.00028796677, 0.0884188, 0.011756936, 0.21798038) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 34]);
        a0_0 += vec4(0.040511325, -0.13295525, 0.17539033, -0.19684654) * v0_2.x;
        a0_0 += vec4(0.067266785, 0.029737206, -0.021268636, 0.026693642) * v0_2.y;
        a0_0 += vec4(0.09419293, 0.15612882, 0.23674965, 0.24895388) * v0_2.z;
        a0_0 += vec4(0.12412438, -0.07473791, -0.20730048, -0.28912902) * v0_2.w;
        a0_1 += vec4(0.09099993, -0.21540983, -0.025790522, 0.15847717) * v0_2.x;
        a0_1 += vec4(0.03671181, 0.046661295, -0.018635347, -0.031488825) * v0_2.y;
        a0_1 += vec4(-0.019378329, 0.08968567, -0.01881884, 0.037910257) * v0_2.z;
        a0_1 += vec4(0.044297468, -0.17373247, 0.11634929, -0.07599064) * v0_2.w;
        a0_2 += vec4(-0.15747052, -0.34241894, 0.08854093, 0.030884001) * v0_2.x;
        a0_2 += vec4(0.08600946, -0.06054828, -0.007947212, -0.012339912) * v0_2.y;
        a0_2 += vec4(0.14584821, -0.31765333, 0.34378016, 0.06681371) * v0_2.z;
        a0_2 += vec4(-0.22656837, 0.2305026, -0.10442033, -0.015533014) * v0_2.w;
        a0_3 += vec4(-0.030154236, 0.05226364, 0.008076227, 0.16013205) * v0_2.x;
        a0_3 += vec4(0.13170913, -0.08119821, 0.004319583, 0.090488866) * v0_2.y;
        a0_3 += vec4(-0.035928346, -0.09288197, 0.015434756, -0.11354735) * v0_2.z;
        a0_3 += vec4(-0.1696286, 0.01571878, -0.005693015, -0.15371746) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 35]);
        a0_0 += vec4(0.04855611, -0.11123489, 0.04191993, 0.29188502) * v0_2.x;
        a0_0 += vec4(-0.045989383, 0.024288593, -0.11705919, 0.062766425) * v0_2.y;
        a0_0 += vec4(-0.90156543, -0.16903566, -0.681379, -0.5961127) * v0_2.z;
        a0_0 += vec4(0.23006761, -0.1957105, 0.196001, -0.33113804) * v0_2.w;
        a0_1 += vec4(0.047580663, 0.062170632, 0.04983323, 0.1228457) * v0_2.x;
        a0_1 += vec4(-0.01474219, 0.04619151, 0.043591842, 0.048656996) * v0_2.y;
        a0_1 += vec4(-0.15116474, -0.34827608, 0.02038593, 0.038966157) * v0_2.z;
        a0_1 += vec4(0.104122296, -0.1435356, 0.014768422, -0.014157364) * v0_2.w;
        a0_2 += vec4(0.027214745, 0.0073768916, -0.27759916, -0.019973136) * v0_2.x;
        a0_2 += vec4(0.18093777, 0.22183922, -0.3831195, -0.07913905) * v0_2.y;
        a0_2 += vec4(-0.6288382, -0.37669957, -1.1155688, 0.19399078) * v0_2.z;
        a0_2 += vec4(-0.35160574, 0.19515921, 0.46402898, -0.03014137) * v0_2.w;
        a0_3 += vec4(0.17633416, 0.0054831677, 0.13634282, 0.14854763) * v0_2.x;
        a0_3 += vec4(-0.0077004177, -0.027689138, 0.020961076, 0.015639687) * v0_2.y;
        a0_3 += vec4(0.14949691, 0.5028173, -0.06888588, -0.17025658) * v0_2.z;
        a0_3 += vec4(0.32457247, -0.01635595, -0.060790148, -0.34337762) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 36]);
        a0_0 += vec4(0.10879482, -0.027438117, -0.0225213, 0.20010808) * v0_2.x;
        a0_0 += vec4(0.015111748, 0.016969372, 0.18343872, 0.09160998) * v0_2.y;
        a0_0 += vec4(-0.37221363, 0.2057637, 0.12094917, -0.09230285) * v0_2.z;
        a0_0 += vec4(0.083493456, 0.09629218, -0.10433298, -0.14295563) * v0_2.w;
        a0_1 += vec4(0.06705305, 0.15722299, 0.024601525, 0.01615135) * v0_2.x;
        a0_1 += vec4(-0.06825991, -0.104783334, -0.041114714, -0.024452856) * v0_2.y;
        a0_1 += vec4(0.11263068, -0.08564051, -0.01515697, -0.055098414) * v0_2.z;
        a0_1 += vec4(0.024386097, -0.102736995, -0.0046367906, 0.05111853) * v0_2.w;
        a0_2 += vec4(-0.09457541, 0.15793023, 0.22239889, -0.01863776) * v0_2.x;
        a0_2 += vec4(-0.20700763, 0.19668768, 0.10883348, -0.029164834) * v0_2.y;
        a0_2 += vec4(-0.2000494, -0.26687106, 0.25382882, 0.07287457) * v0_2.z;
        a0_2 += vec4(0.1766413, -0.1504858, -0.06689694, -0.021177812) * v0_2.w;
        a0_3 += vec4(-0.013690433, -0.070494615, 0.0632224, -0.042412903) * v0_2.x;
        a0_3 += vec4(0.13076162, 0.06137961, 0.02019613, 0.19343561) * v0_2.y;
        a0_3 += vec4(-0.0065101776, 0.2205092, 0.008010204, -0.010256255) * v0_2.z;
        a0_3 += vec4(-0.013448987, 0.02424425, 0.019317945, 0.07480907) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 68]);
        a0_0 += vec4(0.03750039, -0.033979055, 0.015348698, 0.028894622) * v0_2.x;
        a0_0 += vec4(-0.016372511, 0.04473799, -0.03333806, -0.13706154) * v0_2.y;
        a0_0 += vec4(-0.115692444, 0.114027, 0.025462236, -0.0016039468) * v0_2.z;
        a0_0 += vec4(-0.00060612865, 0.08134272, 0.054713767, 0.07733363) * v0_2.w;
        a0_1 += vec4(-0.031967208, 0.03902238, -0.025391392, 0.05729851) * v0_2.x;
        a0_1 += vec4(-0.015589698, -0.04266715, 0.031329583, 0.12622948) * v0_2.y;
        a0_1 += vec4(0.07298851, -0.37589043, -0.018888507, 0.09330013) * v0_2.z;
        a0_1 += vec4(0.031107977, -0.027084034, 0.00042369805, -0.064627595) * v0_2.w;
        a0_2 += vec4(0.015299714, 0.088797, -0.008674544, 0.012428228) * v0_2.x;
        a0_2 += vec4(-0.09739925, -0.058856145, 0.09769565, 0.011597858) * v0_2.y;
        a0_2 += vec4(0.10715798, 0.44013822, 0.005155119, 0.012026117) * v0_2.z;
        a0_2 += vec4(-0.011485617, 0.12339326, -0.026053008, 0.03302057) * v0_2.w;
        a0_3 += vec4(0.086449124, -0.10121849, 0.021988563, -0.0624533) * v0_2.x;
        a0_3 += vec4(0.012140994, -0.022680577, -0.009042749, 0.16501774) * v0_2.y;
        a0_3 += vec4(-0.14845088, -0.025051992, -0.021094993, 0.04360526) * v0_2.z;
        a0_3 += vec4(0.050099142, 0.070509054, -0.0053552357, -0.002835855) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.07395442, -0.016613448, 0.01165356, 0.15730211) * v0_2.x;
        a0_0 += vec4(0.061586965, -0.027941493, -0.014380737, -0.011010513) * v0_2.y;
        a0_0 += vec4(-0.06371909, 0.27379245, 0.03297611, -0.27423933) * v0_2.z;
        a0_0 += vec4(0.032371026, 0.041752025, 0.09840379, -0.10064879) * v0_2.w;
        a0_1 += vec4(-0.012034988, 0.011306079, 0.0049288347, 0.18578719) * v0_2.x;
        a0_1 += vec4(0.005527104, 0.2150625, 0.01955951, -0.0628881) * v0_2.y;
        a0_1 += vec4(-0.1636461, -0.043725044, -0.09261976, -0.07580746) * v0_2.z;
        a0_1 += vec4(0.0042948625, -0.03207006, -0.008438101, -0.14138381) * v0_2.w;
        a0_2 += vec4(-0.07591144, -0.04138923, 0.0106659895, -0.053888846) * v0_2.x;
        a0_2 += vec4(-0.14146912, -0.086533636, 0.05129156, -0.0447509) * v0_2.y;
        a0_2 += vec4(-0.19063485, -0.4625407, 0.4010934, 0.14816421) * v0_2.z;
        a0_2 += vec4(-0.0307237, -0.052070756, -0.06732633, -0.019021453) * v0_2.w;
        a0_3 += vec4(0.031469345, 0.060057763, -0.012578705, -0.051634308) * v0_2.x;
        a0_3 += vec4(0.01626706, 0.036881324, 0.057347648, 0.14244531) * v0_2.y;
        a0_3 += vec4(-0.012803257, -0.12273447, -0.057380863, 0.07814734) * v0_2.z;
        a0_3 += vec4(0.029005693, 0.05448206, -0.068080224, -0.034358907) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 70]);
        a0_0 += vec4(0.0162661, 0.05498028, -0.05886905, -0.26279074) * v0_2.x;
        a0_0 += vec4(-0.04331835, 0.07656946, 0.07854849, 0.36684152) * v0_2.y;
        a0_0 += vec4(0.033693094, 0.09817469, 0.07155679, 0.36918533) * v0_2.z;
        a0_0 += vec4(0.03279268, 0.018975604, 0.009984096, 0.079820424) * v0_2.w;
        a0_1 += vec4(0.033120684, 0.036172107, 0.010499045, -0.079093084) * v0_2.x;
        a0_1 += vec4(0.041096162, -0.048395768, 0.0050038584, 0.06568077) * v0_2.y;
        a0_1 += vec4(-0.002736496, 0.043840215, 1.6144777e-06, 0.109478846) * v0_2.z;
        a0_1 += vec4(0.0038663126, 0.049076404, 0.0040984913, 0.004341915) * v0_2.w;
        a0_2 += vec4(0.12118231, -0.02447594, 0.0820717, 0.041873597) * v0_2.x;
        a0_2 += vec4(0.03308087, 0.07207628, 0.050883543, -0.033140488) * v0_2.y;
        a0_2 += vec4(-0.15220298, 0.04388399, 0.15600014, 0.07456707) * v0_2.z;
        a0_2 += vec4(0.0051656174, -0.11022899, 0.040933605, -0.004000539) * v0_2.w;
        a0_3 += vec4(-0.008003069, -0.083773986, -0.022300035, 0.38180095) * v0_2.x;
        a0_3 += vec4(-0.09274691, 0.009845493, 0.0321078, -0.13499229) * v0_2.y;
        a0_3 += vec4(-0.15276256, 0.046221983, -0.0038693594, -0.06621787) * v0_2.z;
        a0_3 += vec4(-0.020621838, 0.033226363, -0.002964519, 0.023044186) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.06824077, 0.045560114, -0.06982452, -0.12034702) * v0_3.x;
        a0_0 += vec4(-0.10667076, -0.017393274, -0.01796987, -0.022782445) * v0_3.y;
        a0_0 += vec4(0.06497325, 0.10256078, 0.09997452, 0.26926658) * v0_3.z;
        a0_0 += vec4(0.118662626, -0.00031228847, -0.020819755, -0.120698266) * v0_3.w;
        a0_1 += vec4(-0.036582272, -0.19764613, 0.030136405, 0.08068242) * v0_3.x;
        a0_1 += vec4(-0.054624517, -0.016004888, 0.008297556, -0.120273516) * v0_3.y;
        a0_1 += vec4(0.027510054, 0.0633942, 0.0017983981, 0.08890685) * v0_3.z;
        a0_1 += vec4(0.049979176, -0.034040436, -0.042257078, -0.08608427) * v0_3.w;
        a0_2 += vec4(-0.14029728, 0.007800397, -0.1017625, 0.03436369) * v0_3.x;
        a0_2 += vec4(0.019980827, 0.28331742, 0.04962964, 0.01201151) * v0_3.y;
        a0_2 += vec4(-0.06442942, -0.28295124, -0.01464999, -0.0061826245) * v0_3.z;
        a0_2 += vec4(-0.0014868154, 0.12941073, -0.015818572, 0.07231077) * v0_3.w;
        a0_3 += vec4(-0.017820748, -0.07907439, -0.0041663167, -0.021866238) * v0_3.x;
        a0_3 += vec4(-0.021852316, -0.047443412, -0.022040658, -0.08520063) * v0_3.y;
        a0_3 += vec4(-0.043359432, 0.07439143, -0.019313063, 0.09276295) * v0_3.z;
        a0_3 += vec4(0.07444801, -0.03607007, 0.032041322, 0.10603184) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(0.068550535, -0.009562522, 0.116457775, -0.024254156) * v0_3.x;
        a0_0 += vec4(0.053754672, -0.02675906, 0.07553017, -0.006894508) * v0_3.y;
        a0_0 += vec4(0.0072773364, 0.053113706, 0.004066981, 0.250769) * v0_3.z;
        a0_0 += vec4(0.10634329, -0.09587915, 0.020293433, -0.09660963) * v0_3.w;
        a0_1 += vec4(0.045788903, -0.052763864, -0.029207703, 0.11389494) * v0_3.x;
        a0_1 += vec4(0.14432938, -0.14875683, -0.08195435, -0.09983363) * v0_3.y;
        a0_1 += vec4(0.037449583, 0.08922273, 0.025937792, 0.014834373) * v0_3.z;
        a0_1 += vec4(0.2572998, -0.31669825, 0.042345945, 0.22196929) * v0_3.w;
        a0_2 += vec4(-0.028670127, 0.06134016, -0.023940355, 0.009463263) * v0_3.x;
        a0_2 += vec4(0.22930348, -0.11975048, 0.15308122, -0.040625464) * v0_3.y;
        a0_2 += vec4(-0.017681524, -0.04175566, -0.07776877, -0.020140294) * v0_3.z;
        a0_2 += vec4(-0.07084959, 0.08837346, -0.019551875, 0.1152271) * v0_3.w;
        a0_3 += vec4(-0.049744662, -0.06689165, 0.01152543, -0.00012983226) * v0_3.x;
        a0_3 += vec4(-0.040929936, 0.16829343, 0.026032055, -0.05569227) * v0_3.y;
        a0_3 += vec4(0.11458175, 0.0068659186, 0.006898842, -0.055040408) * v0_3.z;
        a0_3 += vec4(0.12012738, -0.29391375, -0.03514166, -0.032938026) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.12202113, 0.01783512, 0.027556479, 0.11003897) * v0_3.x;
        a0_0 += vec4(0.00013091505, -0.024168188, 0.10288599, 0.32036293) * v0_3.y;
        a0_0 += vec4(-0.15263876, -0.022598162, -0.021583328, 0.2557127) * v0_3.z;
        a0_0 += vec4(0.0043488834, -0.081838176, -0.043113552, 0.087244205) * v0_3.w;
        a0_1 += vec4(0.07800574, -0.083980024, 0.014340714, 0.08434588) * v0_3.x;
        a0_1 += vec4(0.07673679, 0.22401597, -0.0011256889, 0.05171072) * v0_3.y;
        a0_1 += vec4(-0.05079823, 0.1574182, 0.008722395, 0.07804585) * v0_3.z;
        a0_1 += vec4(-0.0031998775, 0.22399874, 0.019436238, 0.106947124) * v0_3.w;
        a0_2 += vec4(-0.10078732, -0.041193914, -0.1457461, 0.015043972) * v0_3.x;
        a0_2 += vec4(-0.008332139, 0.03325155, 0.003751003, -0.01944841) * v0_3.y;
        a0_2 += vec4(-0.07209256, 0.06046033, -0.14126936, -0.022426968) * v0_3.z;
        a0_2 += vec4(-0.17396335, 0.03038363, 0.032174557, -0.0031591952) * v0_3.w;
        a0_3 += vec4(-0.022518452, -0.04629494, -0.0056385514, -0.03925224) * v0_3.x;
        a0_3 += vec4(0.010636268, -0.019644653, 0.0015691512, 0.007060033) * v0_3.y;
        a0_3 += vec4(-0.10977206, -0.01470043, -0.00801839, 0.21060064) * v0_3.z;
        a0_3 += vec4(-0.03411561, 0.09588929, 0.043544658, -0.0077755214) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 34]);
        a0_0 += vec4(0.034785084, -0.018652225, 0.1124801, -0.1356949) * v0_3.x;
        a0_0 += vec4(-0.03863339, -0.05173304, 0.0011030866, 0.03709264) * v0_3.y;
        a0_0 += vec4(-0.04604167, 0.08974801, 0.18813299, 0.38519415) * v0_3.z;
        a0_0 += vec4(0.122690216, 0.055458993, 0.04869066, 0.43189034) * v0_3.w;
        a0_1 += vec4(0.024545258, -0.20017663, 0.02265897, 0.12221234) * v0_3.x;
        a0_1 += vec4(0.0054654093, 0.15016551, -0.079586744, -0.0540791) * v0_3.y;
        a0_1 += vec4(-0.043907683, 0.1410343, -0.032729406, 0.10824938) * v0_3.z;
        a0_1 += vec4(-0.053101026, 0.23588923, 0.00021924036, -0.043321345) * v0_3.w;
        a0_2 += vec4(0.002469801, -0.098493345, 0.053741783, -0.019515505) * v0_3.x;
        a0_2 += vec4(0.1100399, 0.32152438, 0.1326515, -0.011126707) * v0_3.y;
        a0_2 += vec4(0.032569695, -0.7368324, 0.108406894, -0.031007841) * v0_3.z;
        a0_2 += vec4(0.08969517, 0.29900193, 1.4868948e-05, 0.072839566) * v0_3.w;
        a0_3 += vec4(-0.12734523, -0.01794953, -0.016942397, -0.086910956) * v0_3.x;
        a0_3 += vec4(-0.11782465, 0.023753917, -0.014003703, -0.010442749) * v0_3.y;
        a0_3 += vec4(0.2195703, -0.17652006, 0.0008428775, 0.2272496) * v0_3.z;
        a0_3 += vec4(0.044893384, -0.0544283, 0.030624438, -0.11127488) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.088201955, 0.098546535, -0.05186971, 0.07326939) * v0_3.x;
        a0_0 += vec4(-0.15767768, 0.053601146, -0.15644167, -0.04742692) * v0_3.y;
        a0_0 += vec4(0.012966429, -0.051017437, -0.09969341, 0.08797516) * v0_3.z;
        a0_0 += vec4(-0.028582862, -0.37877044, -0.03699933, -0.24970998) * v0_3.w;
        a0_1 += vec4(0.05359711, -0.15402356, -0.015311813, 0.4418634) * v0_3.x;
        a0_1 += vec4(-0.07553604, -0.12741329, 0.033787873, 0.03498914) * v0_3.y;
        a0_1 += vec4(0.0444739, 0.2882938, 0.083968885, 0.18181352) * v0_3.z;
        a0_1 += vec4(0.060096532, -0.29860026, 0.0027184114, 0.06680144) * v0_3.w;
        a0_2 += vec4(-0.21128038, -0.13120322, -0.032644246, 0.00324925) * v0_3.x;
        a0_2 += vec4(-0.018691491, 0.1136227, -0.3865382, 0.19568667) * v0_3.y;
        a0_2 += vec4(-0.11050097, -0.3560613, -0.29030567, 0.027956672) * v0_3.z;
        a0_2 += vec4(-0.00716901, 0.22507894, -0.23171026, -0.07523809) * v0_3.w;
        a0_3 += vec4(0.0028106892, 0.10247177, -0.0577325, -0.04390579) * v0_3.x;
        a0_3 += vec4(0.015907703, 0.16064352, -0.015220857, 0.06326538) * v0_3.y;
        a0_3 += vec4(0.06391053, 0.08445814, -0.052869804, 0.2764343) * v0_3.z;
        a0_3 += vec4(0.38056007, 0.2933384, -0.004656651, -0.04408798) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.010491656, -0.08337139, -0.04871005, 0.10547856) * v0_3.x;
        a0_0 += vec4(0.0029359867, 0.03104495, -0.007580121, 0.1267107) * v0_3.y;
        a0_0 += vec4(-0.08203035, -0.027920675, 0.1476587, 0.052162286) * v0_3.z;
        a0_0 += vec4(-0.053200398, -0.04999447, 0.025107289, -0.36250913) * v0_3.w;
        a0_1 += vec4(0.015892051, 0.040309608, -0.01597526, 0.19112894) * v0_3.x;
        a0_1 += vec4(0.011207365, 0.04359262, -0.004702018, -0.030943524) * v0_3.y;
        a0_1 += vec4(-0.02734472, 0.22938496, -0.011131867, 0.017434826) * v0_3.z;
        a0_1 += vec4(0.06567969, -0.14190741, 0.0014702528, 0.017861953) * v0_3.w;
        a0_2 += vec4(-0.08728784, -0.046828203, 0.08713391, -0.013409759) * v0_3.x;
        a0_2 += vec4(0.021107098, -0.07741489, -0.06394956, -0.027367137) * v0_3.y;
        a0_2 += vec4(-0.24119878, 0.11484531, 0.21255313, -0.06082504) * v0_3.z;
        a0_2 += vec4(-0.0015833984, 0.27216125, 0.21401358, -0.057550173) * v0_3.w;
        a0_3 += vec4(-0.0053042006, -0.09373419, -0.009340792, 0.2241429) * v0_3.x;
        a0_3 += vec4(-0.03677756, -0.05308411, -0.0868006, -0.3238891) * v0_3.y;
        a0_3 += vec4(0.11655137, 0.13693143, -0.09173906, 0.32072493) * v0_3.z;
        a0_3 += vec4(0.0319014, -0.09812677, -0.060307197, 0.070027635) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 68]);
        a0_0 += vec4(0.102316804, -0.04371823, 0.14202558, -0.021137211) * v0_3.x;
        a0_0 += vec4(-0.0047396864, -0.01713967, 0.05464051, 0.13441657) * v0_3.y;
        a0_0 += vec4(-0.07471296, 0.015289168, -0.020450303, 0.07558217) * v0_3.z;
        a0_0 += vec4(-0.0060191164, 0.094135694, -0.037484687, -0.2452427) * v0_3.w;
        a0_1 += vec4(-0.04230557, -0.16947357, -0.05892952, 0.1159601) * v0_3.x;
        a0_1 += vec4(0.041287005, 0.00275906, -0.0363116, -0.02215588) * v0_3.y;
        a0_1 += vec4(-0.031825166, 0.075529434, 0.015940346, 0.08986772) * v0_3.z;
        a0_1 += vec4(-0.045640413, -0.16460262, -0.047036666, -0.0002018678) * v0_3.w;
        a0_2 += vec4(-0.06035632, -0.08663007, 0.121116675, 0.018298421) * v0_3.x;
        a0_2 += vec4(-0.043508522, 0.17602, -0.033767965, -0.0036335574) * v0_3.y;
        a0_2 += vec4(0.040026486, -0.05624009, -0.06539022, -0.0013070846) * v0_3.z;
        a0_2 += vec4(-0.19054787, 0.24653414, 0.09537157, -0.0886323) * v0_3.w;
        a0_3 += vec4(0.047534734, -0.0792744, 0.022309566, -0.0354254) * v0_3.x;
        a0_3 += vec4(-0.02632479, -0.0025576483, -0.011144383, 0.03632551) * v0_3.y;
        a0_3 += vec4(0.042645402, 0.0059825303, -0.014669849, -0.0366861) * v0_3.z;
        a0_3 += vec4(0.0038625658, 0.059069928, -0.008493317, 0.094133936) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.01798727, -0.11589404, -0.0033997835, 0.12979278) * v0_3.x;
        a0_0 += vec4(0.13267997, -0.10271554, 0.022486987, 0.019261887) * v0_3.y;
        a0_0 += vec4(-0.09560659, -0.022984587, -0.15639876, 0.00416461) * v0_3.z;
        a0_0 += vec4(0.044072, -0.06151843, -0.015756266, -0.26175088) * v0_3.w;
        a0_1 += vec4(-0.04329814, 0.06994544, 0.020370418, 0.3517883) * v0_3.x;
        a0_1 += vec4(-0.04978522, 0.009084049, -0.11608822, -0.045324307) * v0_3.y;
        a0_1 += vec4(-0.04173486, 0.1457599, -0.018315863, 0.05068919) * v0_3.z;
        a0_1 += vec4(-0.11161415, 0.14506331, -0.040608473, -0.08510906) * v0_3.w;
        a0_2 += vec4(-0.2658681, -0.11941585, 0.059723716, -0.059803277) * v0_3.x;
        a0_2 += vec4(-0.28133035, -0.24004766, 0.16334037, 0.007080535) * v0_3.y;
        a0_2 += vec4(0.15242337, 0.17176174, -0.13631015, -0.0037445412) * v0_3.z;
        a0_2 += vec4(-0.06433816, -0.22409731, 0.20351157, -0.046172652) * v0_3.w;
        a0_3 += vec4(-0.031022485, 0.019390898, -0.06377862, 0.015881566) * v0_3.x;
        a0_3 += vec4(-0.072139785, -0.08293881, -0.039623436, -0.117546186) * v0_3.y;
        a0_3 += vec4(0.104892224, -0.058465928, -0.00048224948, 0.22950256) * v0_3.z;
        a0_3 += vec4(0.21309316, 0.037248574, -0.014460918, 0.09527622) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.14426339, -0.02135447, -0.10129251, 0.1696466) * v0_3.x;
        a0_0 += vec4(0.043867484, -0.03425569, -0.017886246, -0.043950845) * v0_3.y;
        a0_0 += vec4(-0.03494037, -0.039110824, 0.04558488, 0.34405917) * v0_3.z;
        a0_0 += vec4(0.04283169, 0.061876703, 0.06006067, 0.43598232) * v0_3.w;
        a0_1 += vec4(0.05445378, -0.3787924, 0.0162932, 0.21399415) * v0_3.x;
        a0_1 += vec4(0.047355358, 0.20365563, -0.01598358, -0.014156216) * v0_3.y;
        a0_1 += vec4(-0.029610746, -0.057485145, -0.014974629, -0.10042361) * v0_3.z;
        a0_1 += vec4(0.037751935, 0.08001776, -0.029483156, 0.024042644) * v0_3.w;
        a0_2 += vec4(0.10538034, -0.00059803535, -0.07368597, -0.016413705) * v0_3.x;
        a0_2 += vec4(0.034108743, -0.021447053, -0.045838155, -0.07535322) * v0_3.y;
        a0_2 += vec4(-0.070473075, -0.019677673, -0.0018438093, -0.010567838) * v0_3.z;
        a0_2 += vec4(-0.027843848, -0.0042862636, 0.022207147, -0.07575565) * v0_3.w;
        a0_3 += vec4(-0.06987216, -0.101235725, -0.004237969, 0.27104288) * v0_3.x;
        a0_3 += vec4(-0.10198061, 0.018746117, -0.08679459, -0.03403583) * v0_3.y;
        a0_3 += vec4(-0.016677173, -0.0015841459, -0.02292318, 0.1409817) * v0_3.z;
        a0_3 += vec4(-0.12211757, 0.031181343, -0.07368975, -0.08078957) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(0.08088315, -0.0022319464, 0.10316316, -0.38075605) * v0_4.x;
        a0_0 += vec4(-0.047577336, 0.013704599, -0.13612248, 0.009411836) * v0_4.y;
        a0_0 += vec4(-0.09046163, 0.031380847, -0.1352084, 0.23435928) * v0_4.z;
        a0_0 += vec4(-0.0780932, -0.015269766, 0.14616361, 0.12038367) * v0_4.w;
        a0_1 += vec4(-0.019768843, -0.05991632, -0.010716178, -0.078013495) * v0_4.x;
        a0_1 += vec4(-0.0009488844, 0.13115053, 0.017861582, -0.06049289) * v0_4.y;
        a0_1 += vec4(-0.05006678, 0.024128458, 0.018044593, 0.04230409) * v0_4.z;
        a0_1 += vec4(0.016893277, -0.11239608, -0.047021523, 0.0724529) * v0_4.w;
        a0_2 += vec4(0.097767, -0.15615484, -0.03330633, -0.03246574) * v0_4.x;
        a0_2 += vec4(-0.09828971, 0.04034675, -0.003761907, -0.007247992) * v0_4.y;
        a0_2 += vec4(0.0440123, -0.052923523, 0.13184473, -0.042986333) * v0_4.z;
        a0_2 += vec4(-0.09015772, 0.16018032, 0.07018659, 0.029339224) * v0_4.w;
        a0_3 += vec4(0.016020548, -0.039540257, 0.018477123, -0.11537112) * v0_4.x;
        a0_3 += vec4(0.051848147, -0.016608413, 0.0045067095, 0.11851517) * v0_4.y;
        a0_3 += vec4(0.096270345, 0.058278434, 0.013845023, 0.024261203) * v0_4.z;
        a0_3 += vec4(-0.016630638, 0.06159902, 0.0044512064, -0.031256955) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.10116545, -0.12079635, 0.10265723, 0.2251776) * v0_4.x;
        a0_0 += vec4(-0.15257248, 0.028914303, -0.067213066, -0.1228592) * v0_4.y;
        a0_0 += vec4(0.16053902, -0.022630328, -0.07577232, -0.033632904) * v0_4.z;
        a0_0 += vec4(-0.035931364, -0.027356818, 0.11866236, -0.18661791) * v0_4.w;
        a0_1 += vec4(0.18766564, -0.025664637, -0.030139308, -0.23949836) * v0_4.x;
        a0_1 += vec4(-0.20853448, 0.42191824, 0.021315103, -0.08897598) * v0_4.y;
        a0_1 += vec4(-0.13948727, -0.07025061, -0.032793358, 0.04469102) * v0_4.z;
        a0_1 += vec4(-0.07338025, -0.08116937, -0.02085907, -0.04225192) * v0_4.w;
        a0_2 += vec4(0.14578992, 0.099620074, 0.046593294, 0.040901482) * v0_4.x;
        a0_2 += vec4(-0.14870214, 0.2063498, -0.15011036, -0.02707587) * v0_4.y;
        a0_2 += vec4(0.17573845, 0.17066436, 0.037497308, -0.087668315) * v0_4.z;
        a0_2 += vec4(-0.1583434, -0.05774619, -0.19105847, 0.0539939) * v0_4.w;
        a0_3 += vec4(0.007149637, 0.04666181, 0.0034721317, -0.069526106) * v0_4.x;
        a0_3 += vec4(-0.08778538, -0.18641983, -0.073141634, -0.021151492) * v0_4.y;
        a0_3 += vec4(0.024884658, -0.06854938, 0.051003553, 0.0117977215) * v0_4.z;
        a0_3 += vec4(0.068964265, 0.2273931, 0.0044768797, -0.0065401) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0076436484, -0.095638566, -0.055657234, 0.1771628) * v0_4.x;
        a0_0 += vec4(-0.016659683, 0.08660075, -0.16813079, -0.08762449) * v0_4.y;
        a0_0 += vec4(0.05365109, -0.0041014818, 0.011911179, -0.23620509) * v0_4.z;
        a0_0 += vec4(-0.036850814, 0.011496934, -0.01423201, 0.0697537) * v0_4.w;
        a0_1 += vec4(0.0014623253, 0.07831867, -0.013866335, -0.037163716) * v0_4.x;
        a0_1 += vec4(-0.07348516, -0.39723527, -0.00040112593, 0.0079844175) * v0_4.y;
        a0_1 += vec4(0.037765164, 0.055895034, 0.01566611, 0.059625477) * v0_4.z;
        a0_1 += vec4(0.07250817, 0.027314562, 0.009754869, 0.025156375) * v0_4.w;
        a0_2 += vec4(0.044369865, -0.011985744, -0.06676264, 0.06571311) * v0_4.x;
        a0_2 += vec4(0.15091354, -0.004943165, 0.023110785, -0.006212671) * v0_4.y;
        a0_2 += vec4(0.030417575, 0.039918877, 0.1075741, -0.018493675) * v0_4.z;
        a0_2 += vec4(0.02063989, -0.07133514, -0.010514067, -0.03980273) * v0_4.w;
        a0_3 += vec4(0.057986695, -0.1630799, 0.014185881, 0.06542813) * v0_4.x;
        a0_3 += vec4(0.05668797, -0.06585241, 0.03318883, 0.09014572) * v0_4.y;
        a0_3 += vec4(0.045705676, -0.014688342, 0.008572391, -0.052271802) * v0_4.z;
        a0_3 += vec4(-0.024843287, 0.16393311, -0.04587822, 0.3133559) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 34]);
        a0_0 += vec4(0.024410265, -0.09982075, 0.11399998, 0.20170143) * v0_4.x;
        a0_0 += vec4(0.025329078, -0.04215489, 0.087120734, 0.17876902) * v0_4.y;
        a0_0 += vec4(-0.061341666, -0.01565028, -0.1763098, -0.037937157) * v0_4.z;
        a0_0 += vec4(-0.1112037, 0.035861477, 0.1087042, -0.08933381) * v0_4.w;
        a0_1 += vec4(-0.01780954, 0.023628714, 0.034943927, 0.018008912) * v0_4.x;
        a0_1 += vec4(0.011102643, -0.0009681573, 0.009841042, -0.08015212) * v0_4.y;
        a0_1 += vec4(0.027221346, -0.16443093, 0.026288198, 0.001455272) * v0_4.z;
        a0_1 += vec4(-0.05040395, -0.2880273, -0.08242565, 0.1178382) * v0_4.w;
        a0_2 += vec4(0.1030835, -0.15425463, 0.18499675, -0.01101726) * v0_4.x;
        a0_2 += vec4(0.07050601, -0.1335128, 0.10012246, -0.012236572) * v0_4.y;
        a0_2 += vec4(0.0068145846, -0.037013546, -0.009090149, -0.10891243) * v0_4.z;
        a0_2 += vec4(-0.014026439, 0.10051437, 0.0062225955, 0.08594593) * v0_4.w;
        a0_3 += vec4(-0.027920736, -0.032094054, 0.02296397, -0.010959236) * v0_4.x;
        a0_3 += vec4(-0.024836589, 0.03999798, 0.0022132422, 0.045097068) * v0_4.y;
        a0_3 += vec4(0.0822759, 0.0934503, -0.03364923, -0.025325779) * v0_4.z;
        a0_3 += vec4(-0.11724428, -0.03457005, -0.017789207, -0.0692858) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.047669545, -0.3145571, 0.1730891, 0.04647559) * v0_4.x;
        a0_0 += vec4(-0.2516256, 0.19400719, -0.004623076, -0.19461405) * v0_4.y;
        a0_0 += vec4(0.16035143, 0.009048728, -0.01429872, -0.059179403) * v0_4.z;
        a0_0 += vec4(0.032883756, 0.20671901, -0.043562584, -0.19190258) * v0_4.w;
        a0_1 += vec4(0.099739626, -0.02534247, -0.03676771, -0.1698253) * v0_4.x;
        a0_1 += vec4(-0.14523421, 0.107162096, 0.019052219, 0.03416664) * v0_4.y;
        a0_1 += vec4(-0.0033309865, -0.13226064, -0.012679272, -0.066955425) * v0_4.z;
        a0_1 += vec4(-0.04409348, -0.011246052, -0.08461966, -0.09828233) * v0_4.w;
        a0_2 += vec4(-0.029376877, 0.4245877, -0.11999716, -0.03262902) * v0_4.x;
        a0_2 += vec4(-0.01283797, -0.14336337, 0.034473162, 0.027801402) * v0_4.y;
        a0_2 += vec4(0.05935663, -0.00411931, 0.030364325, -0.072250046) * v0_4.z;
        a0_2 += vec4(-0.16437796, -0.16544774, 0.1135644, 0.06913329) * v0_4.w;
        a0_3 += vec4(0.17103274, -0.10334495, 0.049578216, 0.10637438) * v0_4.x;
        a0_3 += vec4(-0.05578853, 0.16770306, -0.017978283, -0.05384688) * v0_4.y;
        a0_3 += vec4(-0.079251505, -0.21486865, 0.038405776, 0.07863437) * v0_4.z;
        a0_3 += vec4(0.06483568, -0.012767719, -0.015091657, 0.12269464) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.12963866, -0.08688597, -0.053317796, -0.03347254) * v0_4.x;
        a0_0 += vec4(-0.11368327, 0.012069396, -0.04203105, -0.016310094) * v0_4.y;
        a0_0 += vec4(0.11981618, -0.07224036, 0.009621005, -0.025100108) * v0_4.z;
        a0_0 += vec4(0.057326112, 0.09295209, 0.058545496, -0.005783077) * v0_4.w;
        a0_1 += vec4(0.033025905, 0.10485179, 0.05240632, -0.0188209) * v0_4.x;
        a0_1 += vec4(-0.003619494, -0.097141206, 0.0029002565, 0.0015725928) * v0_4.y;
        a0_1 += vec4(-0.040175296, 0.037364967, 0.01029357, 0.029703487) * v0_4.z;
        a0_1 += vec4(-0.0037605085, 0.13230515, -0.041092455, -0.09114831) * v0_4.w;
        a0_2 += vec4(-0.038770508, -0.14672425, 0.0944199, 0.07709616) * v0_4.x;
        a0_2 += vec4(-0.04040776, 0.056981046, -0.22344995, 0.021234313) * v0_4.y;
        a0_2 += vec4(-0.020427464, 0.1364528, -0.026672766, 0.017918827) * v0_4.z;
        a0_2 += vec4(0.08537233, -0.13680832, 0.09903251, 0.05339877) * v0_4.w;
        a0_3 += vec4(0.032430038, -0.017028265, 0.02097001, -0.044511046) * v0_4.x;
        a0_3 += vec4(0.035059944, 0.007965345, -0.031040384, 0.10929679) * v0_4.y;
        a0_3 += vec4(0.020350488, -0.055592652, 0.046824817, -0.009574223) * v0_4.z;
        a0_3 += vec4(0.064101115, 0.012300517, 0.06316744, 0.022431027) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 68]);
        a0_0 += vec4(0.039920684, -0.028615441, -0.0019039186, 0.024154298) * v0_4.x;
        a0_0 += vec4(0.0029265247, 0.012088947, 0.0876638, 0.05860718) * v0_4.y;
        a0_0 += vec4(-0.043459326, -0.012829568, -0.021918943, -0.039587107) * v0_4.z;
        a0_0 += vec4(-0.04497376, 0.077050775, 0.11914406, 0.15143734) * v0_4.w;
        a0_1 += vec4(-0.057986185, -0.069430284, -0.030094786, -0.037690703) * v0_4.x;
        a0_1 += vec4(0.084323406, -0.19963099, -0.028519016, -0.034208436) * v0_4.y;
        a0_1 += vec4(0.009755318, 0.058818292, 0.023244966, 0.040064782) * v0_4.z;
        a0_1 += vec4(0.04835536, 0.0029175903, 0.009581908, -0.021844542) * v0_4.w;
        a0_2 += vec4(0.05784282, 0.08006672, -0.10719333, 0.039291024) * v0_4.x;
        a0_2 += vec4(0.036418326, -0.10396851, -0.099709935, 0.014573424) * v0_4.y;
        a0_2 += vec4(0.03995292, -0.19120263, 0.058773283, 0.031090518) * v0_4.z;
        a0_2 += vec4(0.0988691, 0.0617749, 0.049273636, -0.00020534384) * v0_4.w;
        a0_3 += vec4(-0.0110835945, -0.035709593, 0.0062568868, -0.16939256) * v0_4.x;
        a0_3 += vec4(-0.071432, 0.032028876, -0.0009149528, -0.029291475) * v0_4.y;
        a0_3 += vec4(0.056822017, 0.03648254, -0.0044128094, 0.076558) * v0_4.z;
        a0_3 += vec4(0.028610272, 0.029286876, 0.013849348, -0.06008088) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.103128694, -0.060181264, 0.0490661, -0.09455608) * v0_4.x;
        a0_0 += vec4(0.06286338, -0.077097364, 0.044754677, -0.1034678) * v0_4.y;
        a0_0 += vec4(0.039516028, -0.023677185, 0.016861307, -0.22612987) * v0_4.z;
        a0_0 += vec4(-0.15263082, 0.1795205, -0.018140048, 0.018092833) * v0_4.w;
        a0_1 += vec4(0.003829103, -0.13929528, -0.03980133, -0.076254174) * v0_4.x;
        a0_1 += vec4(-0.08333196, 0.13623333, -0.055834413, 0.054766078) * v0_4.y;
        a0_1 += vec4(0.08478081, -0.025615027, -0.041232016, -0.057117637) * v0_4.z;
        a0_1 += vec4(-4.4110584e-05, -0.1751871, 0.054971203, 0.067106515) * v0_4.w;
        a0_2 += vec4(0.052269712, -0.08764133, 0.07138705, 0.090442054) * v0_4.x;
        a0_2 += vec4(-0.07807762, -0.09394454, 0.19886558, -0.053335905) * v0_4.y;
        a0_2 += vec4(0.024265278, -0.03403898, 0.012608825, -0.022600703) * v0_4.z;
        a0_2 += vec4(0.21042949, 0.19268125, -0.22049512, -6.9655425e-06) * v0_4.w;
        a0_3 += vec4(0.017193304, -0.08609467, -0.114926696, 0.008569745) * v0_4.x;
        a0_3 += vec4(0.064677455, 0.021997632, -0.037474178, 0.036798898) * v0_4.y;
        a0_3 += vec4(-0.0070205107, 0.09218683, 0.039662346, -0.06999511) * v0_4.z;
        a0_3 += vec4(-0.014183757, 0.09981606, -0.025737105, -0.18469252) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.05888944, -0.0889064, -0.0709366, -0.05213482) * v0_4.x;
        a0_0 += vec4(-0.02343327, -0.0018331623, 0.018257964, 0.17675094) * v0_4.y;
        a0_0 += vec4(0.019282073, -0.059324905, 0.030311866, 0.08030458) * v0_4.z;
        a0_0 += vec4(-0.027346587, 0.07439041, -0.0011478671, -0.08817235) * v0_4.w;
        a0_1 += vec4(-0.025056425, 0.023867259, 0.010080933, 0.00072056596) * v0_4.x;
        a0_1 += vec4(0.01065392, 0.093483075, -0.0053937733, 0.03159115) * v0_4.y;
        a0_1 += vec4(0.0024283507, 0.051747013, 0.005672103, 0.03157378) * v0_4.z;
        a0_1 += vec4(0.01688401, -0.023685336, 0.011674149, 0.006265836) * v0_4.w;
        a0_2 += vec4(0.03338139, -0.045162935, -0.10860777, 0.019680142) * v0_4.x;
        a0_2 += vec4(-0.10026124, -0.06789282, -0.0012012755, 0.01188395) * v0_4.y;
        a0_2 += vec4(0.0017687088, 0.05601531, -0.05307541, 0.077284075) * v0_4.z;
        a0_2 += vec4(0.08161673, 0.001016373, -0.055038832, 0.05773087) * v0_4.w;
        a0_3 += vec4(0.08114169, -0.08932726, -0.06591682, 0.22375573) * v0_4.x;
        a0_3 += vec4(-0.0592019, 0.0058373665, 0.0005517905, -0.21399073) * v0_4.y;
        a0_3 += vec4(0.06338537, 0.06469077, 0.038892817, -0.012319365) * v0_4.z;
        a0_3 += vec4(-0.011642403, 0.04897896, 0.020184793, 0.21680406) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(0.07235909, -0.027621904, 0.011298396, -0.1765747) * v0_5.x;
        a0_0 += vec4(-0.014496057, -0.057982754, -0.046290796, 0.13571985) * v0_5.y;
        a0_0 += vec4(-0.1205281, -0.04798082, -0.25495487, 0.30243614) * v0_5.z;
        a0_0 += vec4(0.04303486, 0.01862748, 0.118062235, -0.1278449) * v0_5.w;
        a0_1 += vec4(-0.008406699, -0.048557565, 0.035171904, 0.08983506) * v0_5.x;
        a0_1 += vec4(-0.051122516, 0.09912029, 0.01437341, -0.029460909) * v0_5.y;
        a0_1 += vec4(-0.04626288, 0.060715977, 0.0090973545, -0.016478004) * v0_5.z;
        a0_1 += vec4(0.0073210597, 0.109622456, -0.05084672, -0.020122396) * v0_5.w;
        a0_2 += vec4(0.054306347, -0.15290415, -0.037458636, -0.017757421) * v0_5.x;
        a0_2 += vec4(0.0005467001, -0.14890948, 0.029019784, 0.02001293) * v0_5.y;
        a0_2 += vec4(0.20430593, 0.27819824, -0.0059977137, 0.061879914) * v0_5.z;
        a0_2 += vec4(-0.13057502, 0.0021194692, 0.0015575424, 0.02769835) * v0_5.w;
        a0_3 += vec4(0.1054277, -0.05588603, 0.0040042754, -0.022679763) * v0_5.x;
        a0_3 += vec4(0.00019188969, -0.08028566, -0.0057191667, 0.047501147) * v0_5.y;
        a0_3 += vec4(-0.069374226, -0.1432808, -0.0047000865, 0.06051547) * v0_5.z;
        a0_3 += vec4(-0.06231789, -0.009543958, 0.008812655, 0.009808097) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.11465966, 0.034462675, -0.07721744, 0.32512853) * v0_5.x;
        a0_0 += vec4(-0.16139716, -0.0101645, -0.124239594, -0.15424131) * v0_5.y;
        a0_0 += vec4(0.1176077, 0.011714854, -0.14774185, -0.13813128) * v0_5.z;
        a0_0 += vec4(-0.045942284, -0.02931548, -0.0691589, 0.1005967) * v0_5.w;
        a0_1 += vec4(-0.05812229, 0.003318833, -0.019294033, -0.12664388) * v0_5.x;
        a0_1 += vec4(-0.06468669, 0.19390605, 0.08208434, -0.038719073) * v0_5.y;
        a0_1 += vec4(-0.1793958, 0.091862544, -0.005538765, 0.07508124) * v0_5.z;
        a0_1 += vec4(0.19268127, 0.098129705, 0.047305394, -0.03129764) * v0_5.w;
        a0_2 += vec4(0.05485167, -0.083570525, -0.17038752, 0.010494601) * v0_5.x;
        a0_2 += vec4(-0.17244375, 0.15428694, -0.06684956, -0.030360866) * v0_5.y;
        a0_2 += vec4(-0.103553005, -0.06311344, 0.03484925, 0.029834962) * v0_5.z;
        a0_2 += vec4(-0.11367296, -0.1916496, -0.1510687, -0.029223694) * v0_5.w;
        a0_3 += vec4(-0.16799815, -0.0983575, 0.032900676, 0.024434093) * v0_5.x;
        a0_3 += vec4(-0.015439524, 0.012054578, -0.054596145, -0.052522466) * v0_5.y;
        a0_3 += vec4(-0.016160874, -0.22184886, -0.0014744007, 0.1292467) * v0_5.z;
        a0_3 += vec4(0.045455676, 0.37723166, -0.04526237, -0.007467324) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.027374454, 0.011491806, 0.027207306, 0.24838154) * v0_5.x;
        a0_0 += vec4(0.005553664, 0.020350173, 0.018156052, 0.065076634) * v0_5.y;
        a0_0 += vec4(0.04909349, -0.022477591, -0.013353649, -0.11608244) * v0_5.z;
        a0_0 += vec4(0.052524254, 0.09376264, -0.07016483, -1.015391) * v0_5.w;
        a0_1 += vec4(-0.03205671, -0.10576084, 0.011776709, -0.044336442) * v0_5.x;
        a0_1 += vec4(-0.04775037, -0.10696657, -0.02130634, -0.027597498) * v0_5.y;
        a0_1 += vec4(0.022606473, -0.10720503, 0.012193138, -0.04583097) * v0_5.z;
        a0_1 += vec4(-0.055101357, 0.16359137, 0.004493769, -0.43047705) * v0_5.w;
        a0_2 += vec4(-0.05197318, -0.03608708, -0.08879769, 0.037348874) * v0_5.x;
        a0_2 += vec4(0.026914857, 0.08394489, 0.2084273, -0.024667064) * v0_5.y;
        a0_2 += vec4(-0.016009899, 0.10421695, 0.048901215, -0.011293024) * v0_5.z;
        a0_2 += vec4(0.10138146, 0.07363253, -0.030219194, -0.037951246) * v0_5.w;
        a0_3 += vec4(0.02376558, -0.010139901, -0.0040325196, -0.009129071) * v0_5.x;
        a0_3 += vec4(0.0028625603, -0.17736973, 0.013249183, -0.12509376) * v0_5.y;
        a0_3 += vec4(-0.032082245, -0.05859872, -0.0015787275, -0.24458185) * v0_5.z;
        a0_3 += vec4(-0.0024620641, -0.08208759, 0.019349, 0.14647795) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 34]);
        a0_0 += vec4(0.019349854, 0.05526898, 0.0020555973, 0.1023498) * v0_5.x;
        a0_0 += vec4(-0.094652, -0.14251117, -0.0012969668, -0.14440864) * v0_5.y;
        a0_0 += vec4(-0.09144545, -0.03954085, -0.09708599, 0.010568958) * v0_5.z;
        a0_0 += vec4(0.1815024, -0.02544401, 0.13482778, -0.1196587) * v0_5.w;
        a0_1 += vec4(0.05366144, 0.026731309, 0.03478386, 0.02425013) * v0_5.x;
        a0_1 += vec4(-0.00010824641, 0.035470463, 0.016595501, -0.024765797) * v0_5.y;
        a0_1 += vec4(0.07870931, -0.30097613, 0.0676478, -0.064222805) * v0_5.z;
        a0_1 += vec4(-0.082984656, 0.083329715, -0.06503138, -0.1147459) * v0_5.w;
        a0_2 += vec4(-0.07039613, -0.2202391, 0.12443942, 0.0480893) * v0_5.x;
        a0_2 += vec4(-0.14882348, 0.11112176, -0.079470195, -0.0038422423) * v0_5.y;
        a0_2 += vec4(-0.19921704, 0.18357034, -0.2052029, 0.07961839) * v0_5.z;
        a0_2 += vec4(-0.01121104, 0.02506743, -0.04750742, -0.03589245) * v0_5.w;
        a0_3 += vec4(0.066825785, 0.0035896879, 0.010954373, 0.16944337) * v0_5.x;
        a0_3 += vec4(0.11076889, -0.052402984, -0.033274803, 0.051613946) * v0_5.y;
        a0_3 += vec4(-0.22818595, 0.01693611, -0.075045995, -0.072047375) * v0_5.z;
        a0_3 += vec4(0.08568909, -0.053329717, 0.0275275, -0.0629556) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 35]);
        a0_0 += vec4(0.076679856, -0.12071274, 0.091251, -0.24224363) * v0_5.x;
        a0_0 += vec4(-0.16503774, 0.10537857, -0.025352625, 0.13572288) * v0_5.y;
        a0_0 += vec4(-0.0616467, 0.30512542, 0.0007369243, -0.14596604) * v0_5.z;
        a0_0 += vec4(0.1508832, -0.029030038, 0.07809325, -0.43181404) * v0_5.w;
        a0_1 += vec4(-0.008523245, -0.20545046, -0.091664396, -0.0049091675) * v0_5.x;
        a0_1 += vec4(0.0050255316, -0.049038984, 0.00652147, -0.16740447) * v0_5.y;
        a0_1 += vec4(0.033472482, -0.04478749, 0.011609399, 0.06824236) * v0_5.z;
        a0_1 += vec4(0.11987239, 0.2021274, 0.01551683, -0.30101228) * v0_5.w;
        a0_2 += vec4(-0.1724883, -0.18451235, -0.016324544, -0.0435086) * v0_5.x;
        a0_2 += vec4(0.12102808, -0.05903197, 0.20429957, -0.026523046) * v0_5.y;
        a0_2 += vec4(0.24256164, -0.18879442, 0.066243745, -0.06912464) * v0_5.z;
        a0_2 += vec4(0.0778787, -0.053949833, 0.0758946, -0.05088434) * v0_5.w;
        a0_3 += vec4(-0.12534282, -0.15166305, 0.029134141, 0.2599543) * v0_5.x;
        a0_3 += vec4(-0.13259989, -0.059403762, 0.0022948862, -0.12381564) * v0_5.y;
        a0_3 += vec4(-0.16464439, 0.07920561, 0.071009405, -0.18002638) * v0_5.z;
        a0_3 += vec4(0.1493605, -0.05973153, -0.033991057, -0.004347517) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.050186176, 0.10699554, -0.025247447, -0.31157878) * v0_5.x;
        a0_0 += vec4(0.008381582, 0.15348884, -0.020341069, 0.028304804) * v0_5.y;
        a0_0 += vec4(-0.0921669, -0.0011651425, 0.051618416, 0.041985366) * v0_5.z;
        a0_0 += vec4(0.024278248, 0.07890664, -0.020202482, -0.5847288) * v0_5.w;
        a0_1 += vec4(0.027618162, -0.08463503, -0.030308284, -0.023203282) * v0_5.x;
        a0_1 += vec4(0.0048146397, 0.06658525, 0.040134102, 0.013716598) * v0_5.y;
        a0_1 += vec4(0.016389064, -0.076771185, -0.020630794, -0.027869198) * v0_5.z;
        a0_1 += vec4(0.0589834, 0.3248375, 0.03900721, -0.10140257) * v0_5.w;
        a0_2 += vec4(0.11009434, -0.044795446, -0.10300328, 0.09686555) * v0_5.x;
        a0_2 += vec4(0.19097812, -0.02973977, -0.25188747, 0.056195833) * v0_5.y;
        a0_2 += vec4(-0.048697688, 0.13360028, -0.08103348, -0.019849071) * v0_5.z;
        a0_2 += vec4(0.045514822, -0.24554521, -0.092048824, -0.009823563) * v0_5.w;
        a0_3 += vec4(-0.10859914, 0.19777662, 0.030716414, 0.20239219) * v0_5.x;
        a0_3 += vec4(-0.049674973, -0.008065452, 0.044835646, -0.024891462) * v0_5.y;
        a0_3 += vec4(-0.013373799, 0.056004763, 0.02393868, -0.12625471) * v0_5.z;
        a0_3 += vec4(0.0014617656, 0.08599903, -0.031700462, 0.36635354) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.0018896905, -0.022382151, -0.06236328, 0.0008795104) * v0_5.x;
        a0_0 += vec4(0.047349453, -0.07002224, 0.03688507, -0.08759693) * v0_5.y;
        a0_0 += vec4(0.06889491, -0.060934015, -0.016035557, -0.1911462) * v0_5.z;
        a0_0 += vec4(0.04429247, -0.013329024, -0.09003203, -0.37416485) * v0_5.w;
        a0_1 += vec4(-0.060554717, 0.022966787, 0.038096186, -0.0037524437) * v0_5.x;
        a0_1 += vec4(-0.011273997, 0.005460832, -0.031279743, -0.017391417) * v0_5.y;
        a0_1 += vec4(0.01658271, -0.16143888, -0.009319516, -0.041977346) * v0_5.z;
        a0_1 += vec4(0.017656824, 0.083329156, -0.006246936, -0.31061533) * v0_5.w;
        a0_2 += vec4(0.0031899977, 0.111939184, -0.10154793, 0.023950541) * v0_5.x;
        a0_2 += vec4(-0.01545594, -0.05408119, 0.04445424, 0.071756326) * v0_5.y;
        a0_2 += vec4(-0.0042254766, 0.16752541, 0.019423569, 0.0789649) * v0_5.z;
        a0_2 += vec4(0.10669294, -0.14959094, -0.08071637, -0.0566634) * v0_5.w;
        a0_3 += vec4(-0.0113587715, -0.011903081, 0.008487691, -0.054146536) * v0_5.x;
        a0_3 += vec4(0.116987415, -0.01823161, 0.008221788, 0.026918514) * v0_5.y;
        a0_3 += vec4(-0.09686553, -0.08222311, -0.017111372, 0.008134881) * v0_5.z;
        a0_3 += vec4(0.037866976, -0.009848268, -0.0036449763, -0.029423602) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 69]);
        a0_0 += vec4(0.11115817, -0.041630268, -0.012892016, -0.13964325) * v0_5.x;
        a0_0 += vec4(-0.13322541, -0.044140078, 0.06724884, 0.34590197) * v0_5.y;
        a0_0 += vec4(0.12641588, 0.005511371, 0.0029400012, -0.12970345) * v0_5.z;
        a0_0 += vec4(0.048500065, 0.088345684, -0.018711587, -0.12455347) * v0_5.w;
        a0_1 += vec4(-0.05332282, -0.22536638, -0.01890712, -0.057318285) * v0_5.x;
        a0_1 += vec4(0.086653166, 0.17252193, 0.049653295, 0.05581569) * v0_5.y;
        a0_1 += vec4(-0.06649884, 0.05829692, -0.018752197, -0.044045765) * v0_5.z;
        a0_1 += vec4(-0.004481305, -0.0034842696, -0.023945756, -0.18526615) * v0_5.w;
        a0_2 += vec4(0.016636662, -0.0043592616, 0.049911737, -0.08240926) * v0_5.x;
        a0_2 += vec4(0.02341934, 0.18200795, -0.095903516, 0.035464257) * v0_5.y;
        a0_2 += vec4(0.013341172, -0.21105696, 0.18157603, 0.007388641) * v0_5.z;
        a0_2 += vec4(0.04299483, 0.07566842, 0.004422022, -0.018408777) * v0_5.w;
        a0_3 += vec4(-0.08639899, -0.08491009, 0.025705481, 0.05089163) * v0_5.x;
        a0_3 += vec4(-0.1226224, 0.09756131, 0.029850222, 0.090274915) * v0_5.y;
        a0_3 += vec4(0.06547528, 0.01946126, 0.038230956, -0.02194068) * v0_5.z;
        a0_3 += vec4(-0.12762366, -0.042146087, 0.007112803, -0.07842905) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.0014720167, 0.03022943, -0.077706255, -0.09305804) * v0_5.x;
        a0_0 += vec4(-0.01532213, 0.10398704, 0.013513487, -0.28069502) * v0_5.y;
        a0_0 += vec4(0.0142068, 0.0026904861, 0.028715244, 0.027275652) * v0_5.z;
        a0_0 += vec4(0.0057213604, -0.028090455, 0.017065007, -0.50258094) * v0_5.w;
        a0_1 += vec4(-0.02459517, 0.00967227, 0.020229094, -0.018288752) * v0_5.x;
        a0_1 += vec4(-0.017976828, -0.036817126, -0.010001165, -0.017720468) * v0_5.y;
        a0_1 += vec4(-0.0108538065, -0.012859125, 0.00016280079, -0.08256117) * v0_5.z;
        a0_1 += vec4(-0.030471824, 0.0008679164, -0.03319119, 0.0018225184) * v0_5.w;
        a0_2 += vec4(-0.032283112, 0.018966956, 0.14916602, 0.028032156) * v0_5.x;
        a0_2 += vec4(0.124131374, -0.091412544, -0.17238836, 0.076139845) * v0_5.y;
        a0_2 += vec4(-0.011591729, 0.054044627, 0.049857534, -0.024303673) * v0_5.z;
        a0_2 += vec4(-0.017544836, 0.019526491, 0.030814582, -0.031444456) * v0_5.w;
        a0_3 += vec4(-0.0022227848, -0.08329949, 0.02959531, 0.040456764) * v0_5.x;
        a0_3 += vec4(-0.0064215194, 0.02860254, 0.048657935, -0.14058267) * v0_5.y;
        a0_3 += vec4(0.03534701, 0.060297586, 0.027902277, -0.1314796) * v0_5.z;
        a0_3 += vec4(0.017715896, 0.02089232, -0.06317515, 0.20956494) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(0.031609837, -0.0630666, 0.07795094, 0.07437754) * v0_6.x;
        a0_0 += vec4(-0.063570656, -0.037965033, -0.09425062, -0.37422004) * v0_6.y;
        a0_0 += vec4(0.11048699, 0.0057330118, 0.07405185, 0.041608755) * v0_6.z;
        a0_0 += vec4(0.0163884, -0.01686625, -0.078330874, 0.03185675) * v0_6.w;
        a0_1 += vec4(0.05015349, 0.0054716445, 0.004177627, -0.050633695) * v0_6.x;
        a0_1 += vec4(-0.06938389, 0.16214839, 0.011296689, -0.082514316) * v0_6.y;
        a0_1 += vec4(0.11996339, 0.061887678, -0.040852424, -0.07084067) * v0_6.z;
        a0_1 += vec4(0.06265393, -0.016822362, 0.044242088, 0.021039015) * v0_6.w;
        a0_2 += vec4(-0.063367255, -0.28621587, -0.120857835, 0.024785351) * v0_6.x;
        a0_2 += vec4(-0.043610282, -0.0012173338, -0.10997328, 0.02592127) * v0_6.y;
        a0_2 += vec4(0.039859094, 0.05960013, 0.079700045, -0.015343179) * v0_6.z;
        a0_2 += vec4(-0.014860274, -0.064913794, -0.034614667, -0.023543619) * v0_6.w;
        a0_3 += vec4(0.02045469, 0.0287529, 0.0010241847, 0.038917143) * v0_6.x;
        a0_3 += vec4(-0.009055708, -0.10922389, -0.018602332, 0.022323998) * v0_6.y;
        a0_3 += vec4(0.06595422, 0.007557209, 0.02378333, 0.084593475) * v0_6.z;
        a0_3 += vec4(0.04378051, 0.04266329, -0.015951708, 0.026474161) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(0.072703406, -0.018203175, 0.106149, -0.09128971) * v0_6.x;
        a0_0 += vec4(0.08215875, 0.112117656, 0.028551959, -0.03622092) * v0_6.y;
        a0_0 += vec4(0.018705795, -0.08304299, -0.15704195, -0.3604947) * v0_6.z;
        a0_0 += vec4(0.03103266, 0.009065896, -0.049972847, -0.24236012) * v0_6.w;
        a0_1 += vec4(0.10928485, -0.19676699, -0.02157162, -0.13219342) * v0_6.x;
        a0_1 += vec4(-0.012391194, -0.19025202, 0.00090946903, -0.035217367) * v0_6.y;
        a0_1 += vec4(0.03376469, -0.0024619242, 0.05372507, 0.008681183) * v0_6.z;
        a0_1 += vec4(-0.062195737, -0.12777862, 0.06806728, -0.11032593) * v0_6.w;
        a0_2 += vec4(0.18142469, -0.015515836, 0.06008566, -0.011752868) * v0_6.x;
        a0_2 += vec4(0.027775854, -0.11123888, 0.056306146, 0.034829333) * v0_6.y;
        a0_2 += vec4(-0.23161115, 0.0037358522, -0.04274176, -0.09420979) * v0_6.z;
        a0_2 += vec4(-0.13533166, 0.11379144, 0.12625267, -0.013195443) * v0_6.w;
        a0_3 += vec4(0.18397386, -0.10782103, 0.024844088, 0.16343658) * v0_6.x;
        a0_3 += vec4(-0.008296337, -0.14727564, 0.024463428, -0.027936272) * v0_6.y;
        a0_3 += vec4(-0.051447846, 0.16396451, -0.059130464, 0.06169333) * v0_6.z;
        a0_3 += vec4(-0.011365445, -0.13367778, -0.04661004, -0.039218057) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.002173286, 0.008756497, 0.042513568, -0.1873562) * v0_6.x;
        a0_0 += vec4(0.00010484744, 0.017321931, -0.0018877642, 0.011367446) * v0_6.y;
        a0_0 += vec4(0.11943365, -0.049579285, 0.011112072, 0.07898906) * v0_6.z;
        a0_0 += vec4(0.038162302, 0.019985512, 0.005278514, -0.44685748) * v0_6.w;
        a0_1 += vec4(-0.046830658, 0.10160007, 0.007642938, 0.11314667) * v0_6.x;
        a0_1 += vec4(0.08784253, -0.009776112, -0.010324244, 0.00475375) * v0_6.y;
        a0_1 += vec4(0.012185085, -0.32649335, -0.003846677, -0.049783777) * v0_6.z;
        a0_1 += vec4(-0.016552377, -0.30174103, 0.042688444, -0.075603515) * v0_6.w;
        a0_2 += vec4(0.014412624, -0.032631543, -0.12249058, 0.04733892) * v0_6.x;
        a0_2 += vec4(0.17094655, 0.016640391, 0.11685866, -0.046863843) * v0_6.y;
        a0_2 += vec4(-0.016974678, 0.0050411853, 0.05741516, -0.018831814) * v0_6.z;
        a0_2 += vec4(-0.017991679, 0.1693767, 0.109981544, -0.006787796) * v0_6.w;
        a0_3 += vec4(0.06714862, 0.03827444, 0.042638022, -0.039566677) * v0_6.x;
        a0_3 += vec4(0.035940494, 0.13743882, -0.0037021409, -0.0058530117) * v0_6.y;
        a0_3 += vec4(0.04580861, 0.00055077183, -0.014116449, 0.082206964) * v0_6.z;
        a0_3 += vec4(0.05168469, -0.24674025, -0.044270154, -0.14466943) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 34]);
        a0_0 += vec4(0.16972722, -0.15696916, -0.001954752, 0.0025888218) * v0_6.x;
        a0_0 += vec4(0.07641538, 0.008134348, 0.14522226, 0.0031370253) * v0_6.y;
        a0_0 += vec4(-0.0061739367, -0.085180596, -0.031076128, -0.008505356) * v0_6.z;
        a0_0 += vec4(0.019127209, 0.04726678, -0.028039595, 0.11001677) * v0_6.w;
        a0_1 += vec4(-0.036016952, -0.080664165, -0.027861608, -0.003190699) * v0_6.x;
        a0_1 += vec4(0.11259605, 0.112028256, -0.014719422, -0.06710741) * v0_6.y;
        a0_1 += vec4(0.08090713, -0.09921882, -0.017237093, -0.040568177) * v0_6.z;
        a0_1 += vec4(-0.037067454, 0.13548112, 0.049555253, 0.08202979) * v0_6.w;
        a0_2 += vec4(-0.050179794, -0.13851736, -0.0069271014, -0.045395944) * v0_6.x;
        a0_2 += vec4(0.12965961, -0.4452648, 0.06868209, -0.022281444) * v0_6.y;
        a0_2 += vec4(-0.3445984, 0.18332383, -0.06992578, -0.02618501) * v0_6.z;
        a0_2 += vec4(0.05548849, -0.08292498, -0.080153175, 0.02323775) * v0_6.w;
        a0_3 += vec4(0.13655049, -0.0037868884, 0.017740099, 0.037811954) * v0_6.x;
        a0_3 += vec4(-0.12685275, 0.1465944, 0.044949457, -0.1675934) * v0_6.y;
        a0_3 += vec4(-0.050905135, 0.073416695, -0.010995415, 0.19101281) * v0_6.z;
        a0_3 += vec4(0.017208947, 0.041205052, 0.031716064, -0.0029537608) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 35]);
        a0_0 += vec4(0.03907581, -0.23740238, -0.14140205, 0.12133183) * v0_6.x;
        a0_0 += vec4(-0.18523853, -0.014035527, -0.05070725, 0.060119003) * v0_6.y;
        a0_0 += vec4(0.21701236, -0.44652292, 0.059642103, -0.14113769) * v0_6.z;
        a0_0 += vec4(-0.13122131, 0.04188876, -0.083592445, 0.22188784) * v0_6.w;
        a0_1 += vec4(0.055869065, -0.14269185, 0.1695267, -0.045701936) * v0_6.x;
        a0_1 += vec4(0.025154047, -0.06405588, 0.029307313, -0.021124221) * v0_6.y;
        a0_1 += vec4(0.12457562, -0.10093063, -0.12307042, -0.11815914) * v0_6.z;
        a0_1 += vec4(0.046201903, 0.27481177, 0.20769885, -0.11983943) * v0_6.w;
        a0_2 += vec4(-0.0015876463, -0.13806427, 0.10639416, 0.023437254) * v0_6.x;
        a0_2 += vec4(-0.09670931, -0.5395201, -0.35598695, 0.08137909) * v0_6.y;
        a0_2 += vec4(-0.30675673, -0.68870056, 0.43683702, 0.30065536) * v0_6.z;
        a0_2 += vec4(0.29636112, 0.030135915, 0.102863364, 0.072151996) * v0_6.w;
        a0_3 += vec4(0.005168128, -0.2644406, 0.03652085, 0.08124011) * v0_6.x;
        a0_3 += vec4(-0.061455008, 0.13233157, -0.049555544, 0.3325822) * v0_6.y;
        a0_3 += vec4(0.57566077, 0.229378, -0.06316978, 0.042738564) * v0_6.z;
        a0_3 += vec4(-0.26401246, 0.06409805, -0.02197178, 0.021361612) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.04496993, 0.030880382, 0.062058993, -0.099997036) * v0_6.x;
        a0_0 += vec4(0.2503525, -0.03315698, 0.07771736, -0.13464513) * v0_6.y;
        a0_0 += vec4(0.13384888, -0.06966423, -0.15768729, -0.2526265) * v0_6.z;
        a0_0 += vec4(0.23433943, -0.20503657, 0.024308644, 0.23484896) * v0_6.w;
        a0_1 += vec4(0.007588693, 0.06840485, -0.02285377, 0.086424656) * v0_6.x;
        a0_1 += vec4(-0.035932403, 0.069937855, 0.04131619, 0.12279977) * v0_6.y;
        a0_1 += vec4(0.05461197, -0.030206274, -0.004099659, 0.01782275) * v0_6.z;
        a0_1 += vec4(0.13221116, 0.1202803, -0.06958632, -0.13069847) * v0_6.w;
        a0_2 += vec4(-0.097966, -0.07202368, 0.116947845, -0.007939853) * v0_6.x;
        a0_2 += vec4(-0.07737768, -0.06664585, -0.029885257, 0.033253044) * v0_6.y;
        a0_2 += vec4(0.16170298, -0.08897594, 0.028270183, 0.015337859) * v0_6.z;
        a0_2 += vec4(0.009223266, -0.043351427, -0.15840903, -0.08737145) * v0_6.w;
        a0_3 += vec4(0.2247919, -0.02473068, -0.055994432, 0.023506895) * v0_6.x;
        a0_3 += vec4(0.025630778, -0.17377566, -0.020805294, -0.13436401) * v0_6.y;
        a0_3 += vec4(0.054779552, -0.017440123, 0.026569206, 0.21781074) * v0_6.z;
        a0_3 += vec4(-0.21824166, -0.34215078, -0.0857649, -0.45669833) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 68]);
        a0_0 += vec4(0.02025899, -0.08161794, -0.06530419, -0.2512789) * v0_6.x;
        a0_0 += vec4(0.20856737, -0.02937036, 0.046130184, -0.122473024) * v0_6.y;
        a0_0 += vec4(0.20739011, -0.032584213, -0.03908568, 0.15932591) * v0_6.z;
        a0_0 += vec4(0.009598298, 0.014865036, -0.085329674, -0.048375398) * v0_6.w;
        a0_1 += vec4(-0.030061426, -0.016772136, 0.019963643, -0.005000318) * v0_6.x;
        a0_1 += vec4(0.02433712, 0.051145535, -0.06959564, -0.009373117) * v0_6.y;
        a0_1 += vec4(-0.042612027, 0.11588607, -0.031018581, -0.024111094) * v0_6.z;
        a0_1 += vec4(-0.0043351934, -0.054152235, -0.0017856905, 0.04642136) * v0_6.w;
        a0_2 += vec4(0.07815449, -0.10610426, 0.048390064, 0.0063902456) * v0_6.x;
        a0_2 += vec4(-0.14476854, -0.34215242, 0.23453464, -0.015078656) * v0_6.y;
        a0_2 += vec4(-0.013611805, 0.13649997, -0.022992669, -0.047386788) * v0_6.z;
        a0_2 += vec4(-0.048223104, 0.08353466, 0.007523702, 0.0042962017) * v0_6.w;
        a0_3 += vec4(0.038947687, -0.014291097, 0.030199952, -0.07234113) * v0_6.x;
        a0_3 += vec4(0.14106016, -0.070706524, 0.014074831, 0.07009277) * v0_6.y;
        a0_3 += vec4(-0.008786437, 0.06321196, -0.00082987256, -0.09311384) * v0_6.z;
        a0_3 += vec4(0.06342896, -0.006780464, -0.012114174, 0.073668234) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 69]);
        a0_0 += vec4(0.052322518, 0.016933598, -0.055045877, 0.25808656) * v0_6.x;
        a0_0 += vec4(0.042450767, -0.043159146, -0.015732674, 0.034701332) * v0_6.y;
        a0_0 += vec4(-0.10254416, -0.09605927, -0.12641044, -0.061084706) * v0_6.z;
        a0_0 += vec4(0.025757095, 0.01171015, -0.12510143, 0.013340438) * v0_6.w;
        a0_1 += vec4(0.019618109, -0.10475815, 0.015852138, 0.06479645) * v0_6.x;
        a0_1 += vec4(-0.0024639575, 0.24204022, -0.01686291, -0.0049417815) * v0_6.y;
        a0_1 += vec4(-0.0023533348, -0.2145702, 0.021186195, 0.010546704) * v0_6.z;
        a0_1 += vec4(0.054356057, -0.0770356, 0.17403676, 0.010118797) * v0_6.w;
        a0_2 += vec4(0.021398082, 0.06574901, 0.01570379, 0.047632955) * v0_6.x;
        a0_2 += vec4(0.1265327, -0.18084514, -0.052373953, -0.061091397) * v0_6.y;
        a0_2 += vec4(0.12890914, 0.32485107, -0.2191356, -0.08265301) * v0_6.z;
        a0_2 += vec4(-0.05019005, -0.11458044, -0.014290698, -0.02415455) * v0_6.w;
        a0_3 += vec4(-0.046575416, -0.058892816, -0.045538478, 0.075719476) * v0_6.x;
        a0_3 += vec4(-0.015011017, 0.054017406, 0.009706081, 0.10392646) * v0_6.y;
        a0_3 += vec4(0.12592232, 0.11429299, -0.01416236, 0.1002617) * v0_6.z;
        a0_3 += vec4(-0.028155196, -0.0038782626, 0.05325286, 0.17454463) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.061878797, -0.0773353, -0.005220705, -0.051035535) * v0_6.x;
        a0_0 += vec4(0.019303745, 0.027005015, -0.041179057, 0.009875763) * v0_6.y;
        a0_0 += vec4(0.090891965, -0.030093135, -0.06234941, -0.55638164) * v0_6.z;
        a0_0 += vec4(0.047078833, -0.034335647, 0.056138657, -0.20027333) * v0_6.w;
        a0_1 += vec4(-0.085872956, -0.10604888, -0.0023606545, 0.04655231) * v0_6.x;
        a0_1 += vec4(0.024092479, 0.024500292, -0.03088973, -0.03515796) * v0_6.y;
        a0_1 += vec4(0.040848736, 0.03247573, 0.00054549915, -0.049297735) * v0_6.z;
        a0_1 += vec4(0.047631543, -0.059411403, 0.04567129, -0.15874743) * v0_6.w;
        a0_2 += vec4(-0.088630505, -0.01243738, 0.09319013, 0.015001567) * v0_6.x;
        a0_2 += vec4(0.022774188, 0.021965843, -0.08747621, 0.021479324) * v0_6.y;
        a0_2 += vec4(-0.026393006, 0.16437857, -0.052892763, -0.02286325) * v0_6.z;
        a0_2 += vec4(-0.15871418, 0.089870855, 0.018521631, -0.050778393) * v0_6.w;
        a0_3 += vec4(0.016017746, -0.0024375727, 0.007960641, 0.038799986) * v0_6.x;
        a0_3 += vec4(-0.0015452035, -0.031820048, -0.017755242, 0.0053485422) * v0_6.y;
        a0_3 += vec4(-0.026057664, 0.015303216, -0.011386129, 0.29278004) * v0_6.z;
        a0_3 += vec4(0.11512724, -0.04430394, 0.0023577774, -0.35880366) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.02992127, -0.011558665, -0.04212552, 0.23045172) * v0_7.x;
        a0_0 += vec4(0.01569306, 0.09363378, 0.03670081, -0.022434821) * v0_7.y;
        a0_0 += vec4(-0.0036762415, 0.04353555, 0.03372936, 0.19798061) * v0_7.z;
        a0_0 += vec4(0.13786304, -0.07092925, 0.23218401, -0.5778904) * v0_7.w;
        a0_1 += vec4(-0.010840324, 0.018513367, -0.03659084, 0.10364521) * v0_7.x;
        a0_1 += vec4(0.01009041, 0.13042572, 0.007456112, -0.00083792023) * v0_7.y;
        a0_1 += vec4(0.18598594, -0.21971759, -0.046186354, 0.11505738) * v0_7.z;
        a0_1 += vec4(0.12947187, -0.10201369, 0.033749234, -0.20842238) * v0_7.w;
        a0_2 += vec4(0.001339088, 0.011658318, 0.006591494, 0.027737048) * v0_7.x;
        a0_2 += vec4(-0.16144453, -0.021767598, -0.031523168, -0.018799461) * v0_7.y;
        a0_2 += vec4(-0.34570718, -0.15534337, -0.058923155, 0.00911216) * v0_7.z;
        a0_2 += vec4(-0.12978898, -0.050381318, 0.050348077, -0.09658135) * v0_7.w;
        a0_3 += vec4(-0.02173953, -0.0050364775, 0.018115988, 0.021697342) * v0_7.x;
        a0_3 += vec4(-0.012082072, 0.04172189, -0.007909301, 0.011818142) * v0_7.y;
        a0_3 += vec4(-0.17953396, 0.083820164, -0.009636351, -0.10034687) * v0_7.z;
        a0_3 += vec4(0.1642959, 0.073130615, -0.045996107, -0.033121128) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(0.031628434, 0.05923979, -0.07766216, -0.21502155) * v0_7.x;
        a0_0 += vec4(0.019561157, -0.03678938, -0.0180508, -0.08056593) * v0_7.y;
        a0_0 += vec4(-0.05475633, 0.016586933, -0.046272255, 0.15220316) * v0_7.z;
        a0_0 += vec4(-0.011463505, -0.2365749, 0.17895913, 0.21658286) * v0_7.w;
        a0_1 += vec4(-0.13841252, -0.07132372, 0.015374009, -0.03350829) * v0_7.x;
        a0_1 += vec4(0.038431324, 0.26030353, 0.022567883, 0.08548342) * v0_7.y;
        a0_1 += vec4(-0.15755373, -0.5094088, 0.029332554, 0.113984115) * v0_7.z;
        a0_1 += vec4(0.25689808, -0.03682413, -0.029367559, -0.19724648) * v0_7.w;
        a0_2 += vec4(0.024535839, -0.008667269, -0.0622576, 0.0204351) * v0_7.x;
        a0_2 += vec4(-0.005096714, -0.054841235, -0.22415069, -0.02107429) * v0_7.y;
        a0_2 += vec4(0.02905788, 0.06414907, -0.16560484, -0.013687988) * v0_7.z;
        a0_2 += vec4(0.113999985, 0.093944214, 0.14346395, -0.07148945) * v0_7.w;
        a0_3 += vec4(0.04806684, 0.1576642, 0.0075517786, -0.053801607) * v0_7.x;
        a0_3 += vec4(0.005782014, 0.07378702, -0.028766569, 0.060013436) * v0_7.y;
        a0_3 += vec4(-0.0720998, -0.23449865, 0.008218591, -0.026995447) * v0_7.z;
        a0_3 += vec4(0.106461994, -0.30901372, 0.068891905, -0.050495483) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(0.02509672, -0.008976131, 0.05584837, -0.05529728) * v0_7.x;
        a0_0 += vec4(0.09795098, -0.020055503, -0.02164029, -0.1046758) * v0_7.y;
        a0_0 += vec4(-0.037067562, -0.017107425, 0.034593187, 0.06712188) * v0_7.z;
        a0_0 += vec4(0.00032307793, -0.03645378, -0.072664104, 0.06152559) * v0_7.w;
        a0_1 += vec4(0.014594538, -0.09233221, -0.012252351, -0.015555599) * v0_7.x;
        a0_1 += vec4(0.054377057, -0.09577352, 0.009639305, 0.030040396) * v0_7.y;
        a0_1 += vec4(0.03581517, -0.21593472, 0.026543431, 0.035706364) * v0_7.z;
        a0_1 += vec4(-0.028958973, 0.16335289, -0.027023897, 0.03195238) * v0_7.w;
        a0_2 += vec4(-0.00761567, 0.042084813, 0.08568827, 0.038807478) * v0_7.x;
        a0_2 += vec4(0.012057808, -0.07107497, 0.07218335, -0.02202278) * v0_7.y;
        a0_2 += vec4(-0.260935, 0.06987181, 0.008593539, -0.0064772167) * v0_7.z;
        a0_2 += vec4(0.044948816, -0.12849274, -0.060550433, -0.0056300177) * v0_7.w;
        a0_3 += vec4(-0.008543046, -0.03552557, 0.023663377, -0.089377664) * v0_7.x;
        a0_3 += vec4(-0.08561724, 0.020186149, 0.04362643, 0.045674924) * v0_7.y;
        a0_3 += vec4(0.044511896, -0.0064475993, -0.013111257, -0.047030173) * v0_7.z;
        a0_3 += vec4(0.01697271, -0.071969934, -0.038492855, 0.17783906) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 34]);
        a0_0 += vec4(0.008836961, -0.004338637, 0.021924678, 0.008210728) * v0_7.x;
        a0_0 += vec4(0.09904092, -0.0057505877, 0.082742974, 0.087964356) * v0_7.y;
        a0_0 += vec4(0.21133105, -0.06730191, 0.05853566, -0.055037003) * v0_7.z;
        a0_0 += vec4(0.03733452, -0.08116955, 0.21971102, 0.14889301) * v0_7.w;
        a0_1 += vec4(0.028074348, 0.25041917, -0.01522765, 0.112594955) * v0_7.x;
        a0_1 += vec4(0.058980804, 0.046511486, 0.02227463, -0.006530832) * v0_7.y;
        a0_1 += vec4(-0.12239188, -0.31543577, 0.03858747, 0.19981086) * v0_7.z;
        a0_1 += vec4(0.03869045, 0.2442461, 0.09884668, -0.19680546) * v0_7.w;
        a0_2 += vec4(-0.005997164, -0.097993135, -0.077972405, 0.03362767) * v0_7.x;
        a0_2 += vec4(0.19427408, -0.1770161, 0.19029185, 0.019458773) * v0_7.y;
        a0_2 += vec4(-0.24618915, -0.0082207555, -0.26942673, 0.046109803) * v0_7.z;
        a0_2 += vec4(0.16318776, -0.123588115, 0.1980393, -0.16147637) * v0_7.w;
        a0_3 += vec4(-0.09725624, 0.09728652, 0.049584188, -0.10925649) * v0_7.x;
        a0_3 += vec4(-0.030945122, -0.038223732, 0.038314544, -0.16810782) * v0_7.y;
        a0_3 += vec4(0.119843066, 0.017566657, -0.028535746, 0.1529704) * v0_7.z;
        a0_3 += vec4(0.07259411, -0.0084347045, 0.07943611, -0.029340098) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.0748969, 0.07317375, 0.12490905, 0.08813748) * v0_7.x;
        a0_0 += vec4(0.05896622, -0.13576603, 0.042431455, 0.33814436) * v0_7.y;
        a0_0 += vec4(0.12616898, -0.0037345141, -0.0987336, -0.096417874) * v0_7.z;
        a0_0 += vec4(-0.07693417, 0.24160123, -0.17155497, 0.0058300933) * v0_7.w;
        a0_1 += vec4(-0.053980995, 0.21612911, -0.07060161, 0.13007748) * v0_7.x;
        a0_1 += vec4(-0.038173746, 0.52846897, -0.011015076, 0.1750412) * v0_7.y;
        a0_1 += vec4(0.17632863, -0.32451263, -0.0069359713, -0.057803564) * v0_7.z;
        a0_1 += vec4(-0.028940583, -0.10599829, 0.308063, 0.23179643) * v0_7.w;
        a0_2 += vec4(-0.010313294, -0.0018672174, 0.25450292, 0.044906195) * v0_7.x;
        a0_2 += vec4(-0.295491, -0.056987874, -0.020926556, -0.0014876276) * v0_7.y;
        a0_2 += vec4(-0.067589805, -0.15586084, 0.3354423, -0.01643443) * v0_7.z;
        a0_2 += vec4(-0.047207903, 0.2138555, -0.29980525, 0.3054584) * v0_7.w;
        a0_3 += vec4(0.18266347, 0.20968968, 0.28690252, -0.07153112) * v0_7.x;
        a0_3 += vec4(-0.005086696, 0.056907438, 0.012388222, 0.035845917) * v0_7.y;
        a0_3 += vec4(-0.056767505, -0.07013673, 0.0058978973, -0.19421063) * v0_7.z;
        a0_3 += vec4(-0.16624254, 0.07341593, 0.4248915, -0.010784793) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.01122437, 0.060269233, -0.0004650178, -0.1081861) * v0_7.x;
        a0_0 += vec4(-0.010873368, 0.068385266, -0.07372972, 0.3367053) * v0_7.y;
        a0_0 += vec4(-0.042974606, -0.016994601, 0.07837034, 0.24746524) * v0_7.z;
        a0_0 += vec4(0.0034320923, 0.0035944064, -0.01195075, -0.12289051) * v0_7.w;
        a0_1 += vec4(-0.04243671, -0.060571715, 0.015409582, 0.0018997153) * v0_7.x;
        a0_1 += vec4(0.033913817, 0.2610666, 0.034738205, 0.08021839) * v0_7.y;
        a0_1 += vec4(0.0064788633, -0.23461679, -0.04257184, -0.03839006) * v0_7.z;
        a0_1 += vec4(0.020676881, -0.10889375, 0.056028567, -0.017305182) * v0_7.w;
        a0_2 += vec4(0.09087075, 0.11293523, -0.11201651, -0.023515534) * v0_7.x;
        a0_2 += vec4(0.07838163, -0.08044987, -0.09321415, 0.01541951) * v0_7.y;
        a0_2 += vec4(-0.030451542, 0.07718657, -0.06903973, 0.008229) * v0_7.z;
        a0_2 += vec4(-0.086511634, -0.026817558, 0.03083218, 0.0015336829) * v0_7.w;
        a0_3 += vec4(-0.041981332, 0.16612388, 0.018898766, 0.012531613) * v0_7.x;
        a0_3 += vec4(-0.054126482, -0.038313825, 0.015845643, 0.3093916) * v0_7.y;
        a0_3 += vec4(0.011901941, 0.056884393, 0.03546279, 0.0920931) * v0_7.z;
        a0_3 += vec4(0.0006637759, 0.003600225, 0.027740458, 0.007826175) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 68]);
        a0_0 += vec4(0.096618116, 0.0017606856, -0.023797512, -0.09623442) * v0_7.x;
        a0_0 += vec4(0.03186119, 0.00901302, -0.04478668, 0.015849276) * v0_7.y;
        a0_0 += vec4(0.0060673724, -0.08117631, 0.06615038, 0.008394166) * v0_7.z;
        a0_0 += vec4(-0.064983785, 0.03120339, 0.05247062, 0.11284779) * v0_7.w;
        a0_1 += vec4(-0.011705643, -0.17926311, -0.09606117, 0.04994871) * v0_7.x;
        a0_1 += vec4(0.03811866, 0.083779275, -0.07100998, 0.123125106) * v0_7.y;
        a0_1 += vec4(-0.08825092, -0.043072667, -0.03723966, 0.017560858) * v0_7.z;
        a0_1 += vec4(0.0058102403, 0.09834203, -0.006432963, -0.011965737) * v0_7.w;
        a0_2 += vec4(-0.15319514, 0.06719385, -0.114726596, 0.07653987) * v0_7.x;
        a0_2 += vec4(-0.11659755, 0.10572512, -0.09550949, 0.012375398) * v0_7.y;
        a0_2 += vec4(-0.031193871, -0.21856599, 0.19387965, -0.05192126) * v0_7.z;
        a0_2 += vec4(0.046057552, -0.017359132, -0.03737542, -0.04551012) * v0_7.w;
        a0_3 += vec4(-0.062031288, 0.07076121, -0.011554102, -0.15204862) * v0_7.x;
        a0_3 += vec4(-0.08523306, -0.01078532, -0.0074151373, -0.09199952) * v0_7.y;
        a0_3 += vec4(0.05631246, -0.09844704, 0.028126549, -0.061495118) * v0_7.z;
        a0_3 += vec4(0.024056956, 0.08072481, 0.00053800165, -0.05439638) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 69]);
        a0_0 += vec4(0.22326927, -0.057584547, 0.1249132, 0.07153944) * v0_7.x;
        a0_0 += vec4(0.030537907, 0.03678155, -0.12113325, 0.26826018) * v0_7.y;
        a0_0 += vec4(-0.021496031, -0.13955405, 0.072442465, 0.46728814) * v0_7.z;
        a0_0 += vec4(0.019304127, 0.0047027688, -0.0023738334, -0.11127308) * v0_7.w;
        a0_1 += vec4(-0.02810402, 0.26636553, -0.04143731, -0.12511997) * v0_7.x;
        a0_1 += vec4(0.0606454, 0.18290104, -0.023966596, -0.06529498) * v0_7.y;
        a0_1 += vec4(0.13252802, -0.22993724, 0.033643547, 0.14290896) * v0_7.z;
        a0_1 += vec4(0.042024758, -0.064517036, 0.004768785, 0.06242545) * v0_7.w;
        a0_2 += vec4(-0.028575609, -0.27219576, 0.13471314, -0.027790494) * v0_7.x;
        a0_2 += vec4(0.21625274, -0.01331136, -0.047807295, -0.06929539) * v0_7.y;
        a0_2 += vec4(-0.33689663, 0.21839039, 0.02853295, -0.008273674) * v0_7.z;
        a0_2 += vec4(-0.026528465, 0.060017947, -0.06870197, 0.058427386) * v0_7.w;
        a0_3 += vec4(-0.045449857, -0.08656371, 0.11670754, -0.07409322) * v0_7.x;
        a0_3 += vec4(-0.08260962, -0.006442261, -0.0021840173, 0.05410366) * v0_7.y;
        a0_3 += vec4(-0.068071015, 0.0633848, -0.026049398, -0.17644654) * v0_7.z;
        a0_3 += vec4(0.009671523, -0.0026872004, 0.04288877, 0.018640613) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.033077776, -0.0041501066, 0.004953035, 0.079336785) * v0_7.x;
        a0_0 += vec4(0.0794249, 0.009831282, 0.034738008, 0.049940556) * v0_7.y;
        a0_0 += vec4(0.111517645, 0.02587274, -0.13590118, -0.0011743612) * v0_7.z;
        a0_0 += vec4(0.022277985, -0.0024076863, 0.0118484665, -0.018964022) * v0_7.w;
        a0_1 += vec4(-0.009437957, -0.060217936, -0.0005558866, 0.08939045) * v0_7.x;
        a0_1 += vec4(0.06596618, -0.04006053, -0.026095144, -0.008451433) * v0_7.y;
        a0_1 += vec4(-0.024096021, -0.5716766, 0.026952052, 0.009826264) * v0_7.z;
        a0_1 += vec4(-0.010124964, 0.015985455, -0.015588942, -0.030201098) * v0_7.w;
        a0_2 += vec4(-0.021944126, 0.039191246, 0.060422763, 0.055359006) * v0_7.x;
        a0_2 += vec4(-0.06375576, -0.03306302, 0.036527112, -0.0255947) * v0_7.y;
        a0_2 += vec4(0.071362875, -0.16739061, -0.054392815, 0.04786052) * v0_7.z;
        a0_2 += vec4(0.0051584914, -0.021557247, 0.038402207, -0.023407327) * v0_7.w;
        a0_3 += vec4(0.118966505, 0.0042540673, 0.067298196, 0.0457675) * v0_7.x;
        a0_3 += vec4(-0.043611914, 0.0071016825, 0.011262208, -0.013707411) * v0_7.y;
        a0_3 += vec4(-0.05561536, -0.07327195, 0.06370605, -0.09496062) * v0_7.z;
        a0_3 += vec4(-0.013315591, -0.04221754, -0.025834357, 0.012106648) * v0_7.w;
    }

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

//!DESC ArtCNN_C4F32 compute conv2d_4 part 0
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L3p0
//!BIND ArtCNN_C4F32_L3p1
//!SAVE ArtCNN_C4F32_L4p0
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 8 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[340];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(32, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 34 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    if (slice == 0) {
        a0_0 = vec4(-0.010642589, -0.00886394, -0.011911265, 0.0013138817);
        a0_1 = vec4(-0.00029113132, -0.0033787098, -0.037151422, -0.012291881);
        a0_2 = vec4(-0.0102971895, -0.0014118766, -0.003933518, 0.0011924527);
        a0_3 = vec4(-0.006742062, -0.006430258, 0.01816764, -0.003289142);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 34 - 1, i0 / 34 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 34 - 1, i1 / 34 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(0.06367972, 0.015355591, 0.026949974, 0.24093243) * v0_0.x;
        a0_0 += vec4(0.043094322, -0.014345123, 0.038814086, -0.024711123) * v0_0.y;
        a0_0 += vec4(0.020292502, -0.03363532, -0.19905107, -0.057727624) * v0_0.z;
        a0_0 += vec4(0.054324314, 0.006259606, 0.04859666, 0.114120334) * v0_0.w;
        a0_1 += vec4(-0.019745184, -0.015237012, 0.34761697, 0.024346555) * v0_0.x;
        a0_1 += vec4(0.048613477, 0.008129278, 0.1329184, 0.032320403) * v0_0.y;
        a0_1 += vec4(0.02873472, -0.07745213, 0.089381665, -0.053246703) * v0_0.z;
        a0_1 += vec4(-0.010536428, -0.012052522, 0.13472542, 0.043229952) * v0_0.w;
        a0_2 += vec4(-0.028533313, -0.03417741, 0.0012577606, -0.019257374) * v0_0.x;
        a0_2 += vec4(0.010033405, -0.0036994095, 0.007045054, 0.010565603) * v0_0.y;
        a0_2 += vec4(-0.046668757, 0.00019397971, -0.002267307, -0.0104847625) * v0_0.z;
        a0_2 += vec4(0.059023526, 0.012687368, -0.00491412, 0.0014153915) * v0_0.w;
        a0_3 += vec4(-0.071072675, -0.0035988966, -0.0066025765, -0.0012441251) * v0_0.x;
        a0_3 += vec4(0.050464924, -0.022177339, 0.016274035, 0.0015531831) * v0_0.y;
        a0_3 += vec4(-0.08065895, -0.021252245, -0.0034899898, -0.0017890475) * v0_0.z;
        a0_3 += vec4(-0.0046765488, -0.025555193, -0.0070160814, -0.0011643096) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.050108004, 0.02433751, -0.036565557, 0.13910975) * v0_0.x;
        a0_0 += vec4(-0.11289756, -0.0036338037, -0.12673377, 0.40682453) * v0_0.y;
        a0_0 += vec4(-0.09981491, 0.060039967, 0.07106236, -0.17155667) * v0_0.z;
        a0_0 += vec4(-0.078044645, -0.022106687, 0.028288044, -0.4340596) * v0_0.w;
        a0_1 += vec4(0.008874981, -0.022684537, -0.32914156, -0.063925795) * v0_0.x;
        a0_1 += vec4(-0.20997755, -0.08893244, 0.029489418, -0.057461437) * v0_0.y;
        a0_1 += vec4(-0.0029967155, -0.09795636, -0.108408295, -0.1221746) * v0_0.z;
        a0_1 += vec4(-0.0053062807, 0.106691435, -0.19747202, 0.01280542) * v0_0.w;
        a0_2 += vec4(-0.049931664, -0.048379432, 0.007498039, -0.022373587) * v0_0.x;
        a0_2 += vec4(-0.0771472, 0.018614551, 0.0002477305, -0.024105903) * v0_0.y;
        a0_2 += vec4(0.015812969, -0.038571186, 0.017851014, -0.024578597) * v0_0.z;
        a0_2 += vec4(-0.017861517, 0.025413366, 0.009983621, -0.003993137) * v0_0.w;
        a0_3 += vec4(-0.1393393, 0.026840104, -0.020534521, 8.6940665e-05) * v0_0.x;
        a0_3 += vec4(0.022155385, 0.034874167, 0.014849819, 0.0150672) * v0_0.y;
        a0_3 += vec4(-0.09982343, -0.1079006, 0.023477618, 0.010674304) * v0_0.z;
        a0_3 += vec4(-0.13537477, 0.083248444, -0.011315786, -0.0018252048) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0012435226, 0.010517646, 0.05879162, 0.0797866) * v0_0.x;
        a0_0 += vec4(-0.06649317, 0.07317452, 0.18675514, -0.19012241) * v0_0.y;
        a0_0 += vec4(-0.17721806, -0.006318136, -0.15342842, -0.6174679) * v0_0.z;
        a0_0 += vec4(0.07899227, 0.011385531, -0.07052759, 0.17790486) * v0_0.w;
        a0_1 += vec4(-0.009138072, 0.018943872, 0.46553266, -0.059029687) * v0_0.x;
        a0_1 += vec4(0.01195484, 0.08065211, 0.1304742, 0.04167463) * v0_0.y;
        a0_1 += vec4(-0.0042945184, -0.0110992575, -0.004856331, -0.012236496) * v0_0.z;
        a0_1 += vec4(-0.010966248, -0.06762262, 0.12339443, -0.020867052) * v0_0.w;
        a0_2 += vec4(-0.013517889, -0.03762297, -0.0050530042, -0.021956738) * v0_0.x;
        a0_2 += vec4(0.05503256, 0.018364541, -0.06798143, -0.006726189) * v0_0.y;
        a0_2 += vec4(-0.09039128, -0.018218862, 0.012402998, -0.011700832) * v0_0.z;
        a0_2 += vec4(0.026748236, -0.02512878, 0.0019675503, 0.003679885) * v0_0.w;
        a0_3 += vec4(-0.06450007, 0.027117124, -0.008740622, 0.0031801541) * v0_0.x;
        a0_3 += vec4(-0.033957902, -0.06707456, 0.03858367, 0.042417802) * v0_0.y;
        a0_3 += vec4(-0.11869874, 0.013612102, -0.036507256, -0.01575494) * v0_0.z;
        a0_3 += vec4(-0.011385477, -0.059500467, 0.008444977, 0.0015291015) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 34]);
        a0_0 += vec4(0.051627405, 0.013695119, -0.056208372, -0.21161127) * v0_0.x;
        a0_0 += vec4(0.043066453, -0.0134614045, 0.096194655, 0.15677607) * v0_0.y;
        a0_0 += vec4(0.020839706, -0.00499096, -0.32161057, -0.02853702) * v0_0.z;
        a0_0 += vec4(0.06524251, 0.014660386, -0.0038769178, -0.023995705) * v0_0.w;
        a0_1 += vec4(0.013164329, 0.0044764974, 0.012409958, -0.03650239) * v0_0.x;
        a0_1 += vec4(-0.08487144, -0.019823823, -0.17396347, -0.13451226) * v0_0.y;
        a0_1 += vec4(0.036851425, 0.0037857152, 0.0023139273, -0.043861248) * v0_0.z;
        a0_1 += vec4(0.00020997733, -0.019511271, -0.11898421, -0.01745069) * v0_0.w;
        a0_2 += vec4(-0.031136058, 0.0359091, -0.0096811, 0.03557327) * v0_0.x;
        a0_2 += vec4(-0.050899588, -0.005297424, -0.0129619, 0.049447075) * v0_0.y;
        a0_2 += vec4(0.014076238, -0.007992911, 0.0006320949, 0.0014119651) * v0_0.z;
        a0_2 += vec4(-0.086482234, -0.031999197, -0.017622426, -0.005823154) * v0_0.w;
        a0_3 += vec4(0.032936275, 0.050812557, 0.0019198264, 0.0019414118) * v0_0.x;
        a0_3 += vec4(0.073013276, 0.025911082, -0.031966444, -0.02360871) * v0_0.y;
        a0_3 += vec4(0.020471016, -0.02455466, -0.027042994, 0.00037427727) * v0_0.z;
        a0_3 += vec4(0.0251037, 0.012828527, 0.004303774, -0.0014145696) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 35]);
        a0_0 += vec4(0.009713389, 0.042455763, -0.08643897, 0.040325396) * v0_0.x;
        a0_0 += vec4(0.11639632, -0.10445666, 0.28789008, 0.0052306964) * v0_0.y;
        a0_0 += vec4(0.04794952, 0.016632156, -0.44007704, 0.09552147) * v0_0.z;
        a0_0 += vec4(-0.12151625, -0.00629895, 0.07451647, -0.014627881) * v0_0.w;
        a0_1 += vec4(0.007187274, -0.017961323, 0.0958128, 0.048082847) * v0_0.x;
        a0_1 += vec4(-0.040112697, 0.14550515, 0.015416018, 0.15881096) * v0_0.y;
        a0_1 += vec4(0.030104429, -0.026476268, 0.27202588, -0.049501404) * v0_0.z;
        a0_1 += vec4(-0.0060124407, -0.049514923, 0.16369969, -0.030028995) * v0_0.w;
        a0_2 += vec4(0.018693857, -0.01916131, -0.0102922125, 0.019950174) * v0_0.x;
        a0_2 += vec4(0.1789492, 0.112200856, 0.2354614, 0.2159921) * v0_0.y;
        a0_2 += vec4(-0.16463493, -0.09581855, 0.022710567, 0.10049011) * v0_0.z;
        a0_2 += vec4(0.10836266, -0.03839025, 0.0017816289, 0.051456656) * v0_0.w;
        a0_3 += vec4(0.02768085, -0.18987654, 0.0047734412, 0.0056930883) * v0_0.x;
        a0_3 += vec4(0.3138251, -0.00707713, 0.022574376, -0.049543064) * v0_0.y;
        a0_3 += vec4(0.087140605, -0.047190607, -0.07201053, -0.0061711348) * v0_0.z;
        a0_3 += vec4(0.15925713, -0.10245655, 0.04768945, 0.0070750415) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 36]);
        a0_0 += vec4(0.049594574, 0.011917852, -0.123859785, -0.21609749) * v0_0.x;
        a0_0 += vec4(0.16133617, 0.22788343, 0.030877227, 0.08513475) * v0_0.y;
        a0_0 += vec4(-0.3126376, -0.13965136, -0.08548767, -0.5695479) * v0_0.z;
        a0_0 += vec4(0.014128138, 0.025560997, -0.10520607, -0.059852153) * v0_0.w;
        a0_1 += vec4(0.009590504, 0.0052814134, -0.09949251, 0.019851258) * v0_0.x;
        a0_1 += vec4(-0.0017102435, -0.0057010055, 0.21812549, -0.018284133) * v0_0.y;
        a0_1 += vec4(0.0066972165, -0.06696747, -0.18485515, -0.012749098) * v0_0.z;
        a0_1 += vec4(-0.005242249, 0.012191508, -0.22599107, 0.027399413) * v0_0.w;
        a0_2 += vec4(-0.032643434, -0.03520942, -0.00902158, 0.031847555) * v0_0.x;
        a0_2 += vec4(0.046354927, -0.009932743, -0.059579276, -0.043097854) * v0_0.y;
        a0_2 += vec4(-0.07874535, -0.031361405, -0.037379973, 0.0399374) * v0_0.z;
        a0_2 += vec4(-0.07922775, 0.014205796, -0.012990702, 0.017200219) * v0_0.w;
        a0_3 += vec4(0.046098888, -0.03228097, 0.007971416, -0.003211488) * v0_0.x;
        a0_3 += vec4(0.03541912, 0.08347973, -0.04245516, -0.22960266) * v0_0.y;
        a0_3 += vec4(0.016699027, -0.17920162, 0.04365034, -0.012232522) * v0_0.z;
        a0_3 += vec4(0.055789493, 0.05055821, 0.0047299173, -0.0015630907) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 68]);
        a0_0 += vec4(0.08209688, 0.0056666564, -0.11197194, 0.066675246) * v0_0.x;
        a0_0 += vec4(0.07319862, 0.0028881321, -0.17443056, 0.22286633) * v0_0.y;
        a0_0 += vec4(-0.059230614, -0.03299716, 0.033294305, -0.122349925) * v0_0.z;
        a0_0 += vec4(-0.003580951, 0.0042376686, -0.1074487, 0.13124591) * v0_0.w;
        a0_1 += vec4(-0.008118732, 0.013279181, 0.19236638, -0.092721924) * v0_0.x;
        a0_1 += vec4(0.0067766663, 0.0015893301, -0.0023000136, -0.011911791) * v0_0.y;
        a0_1 += vec4(-0.0042884317, -0.016676495, 0.0048630047, -0.07555849) * v0_0.z;
        a0_1 += vec4(-0.004163853, -0.0058369036, -0.018433897, -0.01679472) * v0_0.w;
        a0_2 += vec4(-0.14149812, -0.026308693, 0.013156247, -0.010998822) * v0_0.x;
        a0_2 += vec4(0.010619759, 0.045672473, -0.020926405, 0.010404934) * v0_0.y;
        a0_2 += vec4(0.0044369334, -0.023159938, 0.010512607, -0.015869081) * v0_0.z;
        a0_2 += vec4(-0.0068213074, 0.017876646, -0.0033602864, -0.0019412941) * v0_0.w;
        a0_3 += vec4(-0.029510463, -0.053544868, 0.012720792, 0.0027460956) * v0_0.x;
        a0_3 += vec4(0.01765512, 0.04893953, -0.017488966, -0.0034906499) * v0_0.y;
        a0_3 += vec4(-0.029702585, -0.012104706, -0.0011182901, -0.0005079093) * v0_0.z;
        a0_3 += vec4(-0.037835028, 0.022520598, 0.0014103206, 0.0011822552) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.09276057, 0.024810545, 0.052148554, 0.24081653) * v0_0.x;
        a0_0 += vec4(-0.13632612, -0.0737602, 0.19507174, 0.22368881) * v0_0.y;
        a0_0 += vec4(-0.13705651, -0.0056842896, -0.17143059, 0.062451813) * v0_0.z;
        a0_0 += vec4(0.054378565, 0.03108064, -0.0009585532, 0.14638664) * v0_0.w;
        a0_1 += vec4(0.0038481024, -0.006403622, -0.23212503, -0.064665146) * v0_0.x;
        a0_1 += vec4(-0.00016095256, -0.0117325345, -0.038162373, -0.053406723) * v0_0.y;
        a0_1 += vec4(-0.0026637136, 0.001245133, 0.056889605, 0.011467498) * v0_0.z;
        a0_1 += vec4(-0.0038322243, 0.025211766, -0.011044667, 0.017503561) * v0_0.w;
        a0_2 += vec4(-0.07683463, -0.016622063, 0.003970921, -0.020234693) * v0_0.x;
        a0_2 += vec4(0.012855758, -0.008270011, -0.018926207, 0.028756846) * v0_0.y;
        a0_2 += vec4(-0.03279732, 0.05162056, 0.014169949, 0.00272712) * v0_0.z;
        a0_2 += vec4(-0.054935418, -0.011971149, 0.006564116, -0.0067169806) * v0_0.w;
        a0_3 += vec4(-0.10070877, 0.046742264, 0.007600956, -0.0011876933) * v0_0.x;
        a0_3 += vec4(0.085067436, -0.025622442, -0.038516764, -0.042891037) * v0_0.y;
        a0_3 += vec4(0.026511868, -0.05499435, 0.023888689, -0.02037429) * v0_0.z;
        a0_3 += vec4(-0.054140117, 0.048124578, -0.03649212, -0.0057970383) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 70]);
        a0_0 += vec4(0.04340059, -0.0133978315, -0.06672658, 0.09677375) * v0_0.x;
        a0_0 += vec4(0.07287282, 0.05490861, -0.03150822, 0.11444156) * v0_0.y;
        a0_0 += vec4(0.044394404, -0.03722291, -0.114737034, -0.2537736) * v0_0.z;
        a0_0 += vec4(-0.075103246, 0.00047140257, 0.056917436, -0.13963297) * v0_0.w;
        a0_1 += vec4(-0.007230914, 0.016849557, 0.2517353, -0.012056008) * v0_0.x;
        a0_1 += vec4(-0.0011772153, 0.016236372, -0.041440863, 0.0054126605) * v0_0.y;
        a0_1 += vec4(-0.001263156, 0.02597355, 0.007842189, -0.0029955707) * v0_0.z;
        a0_1 += vec4(-0.007866802, 0.002390068, 0.053244114, -0.014479143) * v0_0.w;
        a0_2 += vec4(0.045191385, -0.04901863, 0.0058378577, -0.022581697) * v0_0.x;
        a0_2 += vec4(-0.028919542, -0.017658986, 0.0021753453, 0.02503823) * v0_0.y;
        a0_2 += vec4(0.024391137, -0.004819856, 0.013756709, 0.014804408) * v0_0.z;
        a0_2 += vec4(0.07436067, -0.031071503, -0.008154738, 0.004673315) * v0_0.w;
        a0_3 += vec4(0.03265754, -0.07081625, 0.009941592, 0.059323862) * v0_0.x;
        a0_3 += vec4(-0.07708716, 0.030148048, 0.010048091, -2.1467116) * v0_0.y;
        a0_3 += vec4(-0.090933256, -0.008617372, -0.0013652695, 0.021998953) * v0_0.z;
        a0_3 += vec4(-0.06799903, -0.045843273, -0.017940847, 0.02189726) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(0.05037896, -0.010156884, -0.027868463, 0.27707985) * v0_1.x;
        a0_0 += vec4(-0.047641072, -0.017029762, 0.10755945, -0.16967519) * v0_1.y;
        a0_0 += vec4(-0.043823674, -0.012707871, -0.030422477, -0.32330325) * v0_1.z;
        a0_0 += vec4(-0.06769896, 0.004867151, 0.022249274, 0.00033432792) * v0_1.w;
        a0_1 += vec4(0.049531117, -0.035790455, -0.41928986, -0.07258686) * v0_1.x;
        a0_1 += vec4(0.04967605, -0.0073910863, -0.26468188, -0.03694207) * v0_1.y;
        a0_1 += vec4(0.11475505, 0.006662168, 0.044969678, -0.04589556) * v0_1.z;
        a0_1 += vec4(0.03498051, 0.029109027, 0.09142436, 0.10653057) * v0_1.w;
        a0_2 += vec4(0.0067406273, -0.014969899, -0.0034982348, -0.0143497735) * v0_1.x;
        a0_2 += vec4(0.053278636, 0.017805137, 0.005636338, 0.0183622) * v0_1.y;
        a0_2 += vec4(-0.027816482, -0.021903943, -0.017633723, -0.010248341) * v0_1.z;
        a0_2 += vec4(0.11715629, 0.016175093, 0.0028988807, -0.006090842) * v0_1.w;
        a0_3 += vec4(-0.10252847, 0.022866277, -0.0024894492, -0.002559571) * v0_1.x;
        a0_3 += vec4(-0.011135643, 0.03390267, 0.026987903, -0.0032934935) * v0_1.y;
        a0_3 += vec4(0.010037747, 0.031266518, -0.0105553055, -0.0007543806) * v0_1.z;
        a0_3 += vec4(-0.042968173, 0.044579186, 0.009484557, 0.0036737667) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.038287435, -0.023602866, -0.0037990636, -0.106371135) * v0_1.x;
        a0_0 += vec4(0.107777916, 0.022198401, 0.0767893, -0.3304052) * v0_1.y;
        a0_0 += vec4(0.08904634, 0.005456052, -0.07656523, 0.25061962) * v0_1.z;
        a0_0 += vec4(-0.04827153, -0.028691549, -0.05489181, -0.43847287) * v0_1.w;
        a0_1 += vec4(-0.00071961945, -0.03923323, -0.42386058, -0.025973145) * v0_1.x;
        a0_1 += vec4(0.036664292, 0.07009794, -0.1752452, 0.091583766) * v0_1.y;
        a0_1 += vec4(0.054334387, -0.08201435, -0.27346087, -0.065386176) * v0_1.z;
        a0_1 += vec4(0.05927438, 0.09981094, -0.010687833, 0.011396789) * v0_1.w;
        a0_2 += vec4(-0.07264295, -0.06247945, 0.0093363365, -0.0072268746) * v0_1.x;
        a0_2 += vec4(-0.051875517, 0.07976882, -0.028984727, 0.051433507) * v0_1.y;
        a0_2 += vec4(-0.0035772016, -0.041316837, 0.017506609, 0.03129873) * v0_1.z;
        a0_2 += vec4(-0.015155887, -0.05210754, 0.005615676, -0.039617304) * v0_1.w;
        a0_3 += vec4(-0.31997693, -0.08073626, 0.024914313, 0.008780215) * v0_1.x;
        a0_3 += vec4(0.038791794, -0.042147163, 0.036691565, 0.006689034) * v0_1.y;
        a0_3 += vec4(0.047343507, -0.08728889, 0.023102723, 0.0072207158) * v0_1.z;
        a0_3 += vec4(-0.13286747, 0.0036194, -0.0031785364, -0.009700641) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(0.09558319, -0.009764103, 0.0055853673, 0.69082874) * v0_1.x;
        a0_0 += vec4(0.01439987, -0.025695063, -0.24176969, -0.123844855) * v0_1.y;
        a0_0 += vec4(0.0086448705, 0.0068275486, -0.069058895, 0.025276281) * v0_1.z;
        a0_0 += vec4(-0.017309127, -0.031792138, -0.07459731, -0.20469436) * v0_1.w;
        a0_1 += vec4(0.013772898, 0.004123357, -0.22406544, -0.03372938) * v0_1.x;
        a0_1 += vec4(-0.0037959747, -0.1021787, -0.19224182, -0.02426959) * v0_1.y;
        a0_1 += vec4(-0.0013736483, -0.030578883, -0.6609025, -0.0046267477) * v0_1.z;
        a0_1 += vec4(-0.0070120855, -0.07200084, 0.5173504, -0.006453544) * v0_1.w;
        a0_2 += vec4(-0.063032694, 0.00069291063, -0.016228529, 0.0055243885) * v0_1.x;
        a0_2 += vec4(-0.0058627324, -0.056551088, 0.016015215, 0.013029371) * v0_1.y;
        a0_2 += vec4(-0.07794348, 0.021643905, 0.013118689, 0.01992912) * v0_1.z;
        a0_2 += vec4(0.07486532, 0.010249101, -0.004071989, -1.5473373e-05) * v0_1.w;
        a0_3 += vec4(-0.120304175, 0.005900536, -0.0064830557, -0.007354904) * v0_1.x;
        a0_3 += vec4(0.0026426364, -0.024505205, -0.01026338, -0.0024159737) * v0_1.y;
        a0_3 += vec4(0.019664748, 0.0116702635, 0.0148522165, -0.010758574) * v0_1.z;
        a0_3 += vec4(-0.09359214, 0.0093129715, 0.015602759, 0.0043815826) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 34]);
        a0_0 += vec4(0.020224094, 0.006589851, 0.003892207, -0.0479544) * v0_1.x;
        a0_0 += vec4(0.03840538, 0.011656613, -0.19819422, 0.24620602) * v0_1.y;
        a0_0 += vec4(-0.0897013, -0.015525203, -0.08349847, -0.071020894) * v0_1.z;
        a0_0 += vec4(0.0043362156, 0.059960052, 0.06368563, 0.053435158) * v0_1.w;
        a0_1 += vec4(0.033310615, 0.033704642, -0.08238351, -0.08608323) * v0_1.x;
        a0_1 += vec4(-0.057565555, -0.052030705, -0.15468574, -0.24512087) * v0_1.y;
        a0_1 += vec4(0.06183771, -0.03306906, -0.06392042, -0.051080745) * v0_1.z;
        a0_1 += vec4(0.058121733, 0.06547874, -0.3284706, 0.1483433) * v0_1.w;
        a0_2 += vec4(-0.05339692, -0.02848373, 0.017285813, -0.0062172282) * v0_1.x;
        a0_2 += vec4(-0.11675281, -0.006730972, -0.010681321, 0.0066897003) * v0_1.y;
        a0_2 += vec4(0.015993219, -0.036689498, 0.012211114, 0.013875579) * v0_1.z;
        a0_2 += vec4(-0.036522925, 0.037063796, -0.026763547, -0.01859867) * v0_1.w;
        a0_3 += vec4(-0.07241355, 0.009656019, 0.023329727, -0.0057381084) * v0_1.x;
        a0_3 += vec4(-0.0389873, -0.059274644, 0.030664088, -0.0063386173) * v0_1.y;
        a0_3 += vec4(-0.02402202, -0.059020903, 0.017619193, 0.0019493388) * v0_1.z;
        a0_3 += vec4(0.02211667, -0.0022018654, -0.0009066275, -0.0035926609) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 35]);
        a0_0 += vec4(0.07299045, 0.03323163, 0.13709897, 0.086991005) * v0_1.x;
        a0_0 += vec4(-0.2743448, -0.036824644, -0.10820552, -0.032876022) * v0_1.y;
        a0_0 += vec4(0.06898911, 0.025354706, -0.07541524, -0.17967132) * v0_1.z;
        a0_0 += vec4(-0.13902383, -0.051563706, -0.11289263, -0.13998818) * v0_1.w;
        a0_1 += vec4(0.021875296, -0.115382835, -0.40484196, 0.0049046353) * v0_1.x;
        a0_1 += vec4(-0.023294406, 0.006812961, -0.13307503, -0.03302388) * v0_1.y;
        a0_1 += vec4(0.031714458, -0.0050284327, 0.20603113, -0.032187954) * v0_1.z;
        a0_1 += vec4(-0.00020643513, -0.07099713, -0.4760984, -0.09139155) * v0_1.w;
        a0_2 += vec4(-0.14439102, -0.12095525, 0.008649433, -0.0048565273) * v0_1.x;
        a0_2 += vec4(0.013150018, 0.11193562, 0.26632857, 0.015372081) * v0_1.y;
        a0_2 += vec4(-0.16307461, -0.04984206, 0.062357314, 0.08946954) * v0_1.z;
        a0_2 += vec4(0.19887441, -0.15533286, -0.009880657, -0.015948778) * v0_1.w;
        a0_3 += vec4(-0.24743818, -0.11118198, -0.07428311, 0.012623539) * v0_1.x;
        a0_3 += vec4(-0.032780148, 0.014880359, -0.065376535, -0.010597231) * v0_1.y;
        a0_3 += vec4(-0.15149888, 0.0320509, -0.008973664, -0.006141313) * v0_1.z;
        a0_3 += vec4(0.12747389, -0.0689449, -0.031448867, 0.013768835) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 36]);
        a0_0 += vec4(0.095483564, 0.08520984, 0.014812458, 0.24936526) * v0_1.x;
        a0_0 += vec4(0.09318695, 0.013610529, -0.33681697, 0.22766843) * v0_1.y;
        a0_0 += vec4(-0.048392314, 0.036505535, 0.032527626, -0.101175286) * v0_1.z;
        a0_0 += vec4(0.00020538855, 0.049789846, -0.09237988, 0.1558867) * v0_1.w;
        a0_1 += vec4(-0.0025319236, 0.013178851, -0.20612815, -0.027106708) * v0_1.x;
        a0_1 += vec4(-6.658349e-05, 0.01463275, -0.013673301, 0.010649571) * v0_1.y;
        a0_1 += vec4(-0.0045286715, -0.03442839, -0.04831064, -0.009419312) * v0_1.z;
        a0_1 += vec4(0.0001966206, 0.02496311, -0.2597832, -0.023480205) * v0_1.w;
        a0_2 += vec4(-0.020636382, 0.0025064137, 0.034396756, -0.0027418884) * v0_1.x;
        a0_2 += vec4(-0.08052618, -0.027344402, 0.018490924, 0.06093634) * v0_1.y;
        a0_2 += vec4(-0.036324855, -0.07003056, 0.008274046, 0.055257417) * v0_1.z;
        a0_2 += vec4(-0.064436965, 0.023901876, -0.009208122, 0.041431434) * v0_1.w;
        a0_3 += vec4(0.07040515, 0.02070807, 0.021070736, 0.012635594) * v0_1.x;
        a0_3 += vec4(-0.0068838713, 0.012274684, 0.016697722, 0.030096048) * v0_1.y;
        a0_3 += vec4(-0.10315462, -0.07206562, -0.004780643, 0.0005767503) * v0_1.z;
        a0_3 += vec4(0.13277078, 0.036879703, 0.039186083, 0.009959965) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.04523472, -0.0057419, -0.017144961, -0.26178944) * v0_1.x;
        a0_0 += vec4(0.13836615, 0.008698456, -0.31307498, 0.1669235) * v0_1.y;
        a0_0 += vec4(-0.07387556, -0.032246612, -0.011338322, -0.15282382) * v0_1.z;
        a0_0 += vec4(0.093843855, 0.0049961493, -0.015934905, -0.03387322) * v0_1.w;
        a0_1 += vec4(0.012328618, -0.021958899, -0.057375263, -0.05042422) * v0_1.x;
        a0_1 += vec4(0.025829116, 0.0017488701, 0.023190558, 0.10543272) * v0_1.y;
        a0_1 += vec4(0.01082077, 0.014200328, -0.031499486, -0.035135597) * v0_1.z;
        a0_1 += vec4(-0.0071980385, -0.012629111, -0.07526829, 0.028333103) * v0_1.w;
        a0_2 += vec4(-0.00052487606, -0.005965945, -0.0010799253, 0.023954483) * v0_1.x;
        a0_2 += vec4(-0.040736023, -0.030960575, 0.020355886, -0.0050380905) * v0_1.y;
        a0_2 += vec4(-0.044054337, -0.0017319162, 0.01167222, -0.0011890123) * v0_1.z;
        a0_2 += vec4(0.084279425, -0.021926109, 0.0027567476, 0.00040879578) * v0_1.w;
        a0_3 += vec4(-0.033462446, -0.053776756, -0.0064177946, 0.0010977387) * v0_1.x;
        a0_3 += vec4(0.026549293, 0.0015947602, 0.01715976, 0.005309576) * v0_1.y;
        a0_3 += vec4(-0.04080516, 0.021077914, -0.010294192, -0.009321328) * v0_1.z;
        a0_3 += vec4(-0.049377393, -0.0050969613, 0.016994646, -0.0063533126) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 69]);
        a0_0 += vec4(0.17293593, -0.007859547, -0.09515095, 0.20155463) * v0_1.x;
        a0_0 += vec4(-0.12778266, -0.031329952, 0.14295414, -0.638332) * v0_1.y;
        a0_0 += vec4(0.07837129, 0.024768889, -0.020310981, -0.08563642) * v0_1.z;
        a0_0 += vec4(0.061615378, -0.07514121, -0.0053732647, -0.4515358) * v0_1.w;
        a0_1 += vec4(0.0030578838, 0.020733578, -0.034656513, -0.04058147) * v0_1.x;
        a0_1 += vec4(-0.013243777, 0.010402188, -0.017424135, -0.010434098) * v0_1.y;
        a0_1 += vec4(-0.0044764723, -0.032311052, 0.0099083735, -0.05769269) * v0_1.z;
        a0_1 += vec4(0.009299728, 0.0142191965, 0.014326754, 0.060805757) * v0_1.w;
        a0_2 += vec4(-0.06881451, -0.03623741, 0.0060687056, 0.0045985333) * v0_1.x;
        a0_2 += vec4(0.07828628, -0.043959927, -0.0658987, 0.022360813) * v0_1.y;
        a0_2 += vec4(0.0053959973, -0.018694434, 0.045605086, 0.013123373) * v0_1.z;
        a0_2 += vec4(-0.086320825, -0.0060157054, 0.014189795, -0.027242515) * v0_1.w;
        a0_3 += vec4(-0.22475904, -0.0672902, 0.04934163, 0.0038702458) * v0_1.x;
        a0_3 += vec4(0.048880246, -0.07266143, -0.04466701, 0.007088508) * v0_1.y;
        a0_3 += vec4(-0.030731315, -0.063591205, -0.010208679, 0.0061525134) * v0_1.z;
        a0_3 += vec4(-0.15110677, 0.08497423, 0.024867756, -0.01632358) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.065507606, 0.018061517, 0.007305374, -0.41499537) * v0_1.x;
        a0_0 += vec4(0.027344374, 0.037349045, -0.010228784, -0.19987817) * v0_1.y;
        a0_0 += vec4(-0.046139337, 0.021519871, -0.065010875, -0.24352121) * v0_1.z;
        a0_0 += vec4(-0.009686386, 0.05378358, 0.07086608, -0.13261966) * v0_1.w;
        a0_1 += vec4(0.0043122442, -0.017874032, -0.040847033, 0.027296232) * v0_1.x;
        a0_1 += vec4(0.0054131243, 0.01729703, -0.04689293, -0.01535753) * v0_1.y;
        a0_1 += vec4(0.0007371162, -0.0051923883, -0.11184575, -0.0024192024) * v0_1.z;
        a0_1 += vec4(-0.005087049, -0.020235771, 0.14237028, -0.009674009) * v0_1.w;
        a0_2 += vec4(0.012536099, -0.06286323, -0.0025253727, -0.008480801) * v0_1.x;
        a0_2 += vec4(0.011877647, 0.03423318, -0.0009010962, 0.02610964) * v0_1.y;
        a0_2 += vec4(-0.033826746, -0.04265456, 0.030549133, 0.031162715) * v0_1.z;
        a0_2 += vec4(0.020596966, -0.05795689, -0.02009549, -0.020888042) * v0_1.w;
        a0_3 += vec4(-0.018327389, -0.0147863375, -0.015077345, -0.6673533) * v0_1.x;
        a0_3 += vec4(0.06001636, -0.013995212, -0.01539493, -1.527668) * v0_1.y;
        a0_3 += vec4(0.026891002, -0.031887505, 0.00811942, -0.43328196) * v0_1.z;
        a0_3 += vec4(0.0021717248, -0.06631518, -0.001970236, -0.6947934) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.07132571, 0.005150826, 0.015732253, 0.07088171) * v0_2.x;
        a0_0 += vec4(-0.08459512, -0.010260288, -0.10617406, -0.26826507) * v0_2.y;
        a0_0 += vec4(0.013121191, -0.025777424, 0.001680307, -0.100131) * v0_2.z;
        a0_0 += vec4(0.02257832, -0.017088238, -0.19210233, -0.22049381) * v0_2.w;
        a0_1 += vec4(-0.05300824, 0.04953458, -0.6339418, 0.08044533) * v0_2.x;
        a0_1 += vec4(0.025777744, 0.017001657, 0.15984653, 0.068701394) * v0_2.y;
        a0_1 += vec4(-0.15539256, 0.059739217, -0.4980222, 0.0492933) * v0_2.z;
        a0_1 += vec4(-0.054455306, 0.0005894315, -0.2123805, 0.033696536) * v0_2.w;
        a0_2 += vec4(0.022088034, 0.039345697, -0.008409977, -0.0075372127) * v0_2.x;
        a0_2 += vec4(0.061631054, 0.053311344, 0.013031838, 0.016047163) * v0_2.y;
        a0_2 += vec4(-0.00042556383, -0.043137584, 0.008649359, -0.0002750943) * v0_2.z;
        a0_2 += vec4(-0.059480365, 0.032901514, -0.011881418, 0.023531854) * v0_2.w;
        a0_3 += vec4(0.052285817, -0.009704303, -0.0036280586, 0.004044497) * v0_2.x;
        a0_3 += vec4(-0.11879049, 0.012918864, 0.023682896, -0.0020064355) * v0_2.y;
        a0_3 += vec4(-0.018525545, -0.017449254, 0.023294536, -0.00048735098) * v0_2.z;
        a0_3 += vec4(-0.07535357, 0.00544582, -0.011656678, -0.0034930648) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(0.11788996, 0.00015552876, -0.045526337, -0.05818421) * v0_2.x;
        a0_0 += vec4(0.09102708, -0.0048171026, -0.2525124, 0.09042119) * v0_2.y;
        a0_0 += vec4(0.03890557, -0.0032408172, -0.078757875, 0.08119078) * v0_2.z;
        a0_0 += vec4(-0.012506944, -0.004068487, 0.19190207, -0.03724228) * v0_2.w;
        a0_1 += vec4(0.0050620274, -0.14780807, -0.37739626, -0.038555313) * v0_2.x;
        a0_1 += vec4(-0.030460866, -0.13503501, -0.039183468, -0.089793436) * v0_2.y;
        a0_1 += vec4(-0.017220566, -0.28443435, -0.24738066, -0.029066501) * v0_2.z;
        a0_1 += vec4(0.031335965, -0.13397636, -0.3836091, -0.004611916) * v0_2.w;
        a0_2 += vec4(-0.1325806, -0.0026237194, -0.0026974177, 0.0152851185) * v0_2.x;
        a0_2 += vec4(-0.06989075, -0.0745433, 0.023916276, -0.04221538) * v0_2.y;
        a0_2 += vec4(0.06291787, 0.058736198, -0.021736838, 0.004772951) * v0_2.z;
        a0_2 += vec4(0.07603278, -0.004752676, 0.011096893, 0.0024535346) * v0_2.w;
        a0_3 += vec4(-0.19193043, 0.03330142, -0.042494174, 0.00044521427) * v0_2.x;
        a0_3 += vec4(-0.16287042, 0.015187415, -0.01815633, 0.004206075) * v0_2.y;
        a0_3 += vec4(0.096789464, -0.00091045507, 0.0061850627, 0.00011618156) * v0_2.z;
        a0_3 += vec4(-0.112579726, 0.048594996, 0.007135018, 0.00640628) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.016121, 0.009919138, 0.21508317, -0.08302226) * v0_2.x;
        a0_0 += vec4(-0.07082196, 0.016542807, 0.027497625, 0.047892928) * v0_2.y;
        a0_0 += vec4(0.02820552, -0.01455895, 0.008535345, -0.024163993) * v0_2.z;
        a0_0 += vec4(-0.008987961, -0.011850685, -0.124052, -0.03977468) * v0_2.w;
        a0_1 += vec4(0.0094473865, 0.030713484, -0.17614625, 0.0119445305) * v0_2.x;
        a0_1 += vec4(0.009965316, -0.015225813, 0.010904399, 0.035059664) * v0_2.y;
        a0_1 += vec4(0.006875883, -0.05476303, -0.11254161, -0.0014154853) * v0_2.z;
        a0_1 += vec4(-0.009296389, -0.0006428385, -0.3462228, -0.02378581) * v0_2.w;
        a0_2 += vec4(0.06052341, 0.011145993, 0.030343581, 0.024960702) * v0_2.x;
        a0_2 += vec4(-0.014986822, 0.091229334, -0.0038534747, 0.015773667) * v0_2.y;
        a0_2 += vec4(-0.044561923, -0.033894543, 0.0034703908, -0.0102668265) * v0_2.z;
        a0_2 += vec4(-0.008273996, -0.00279971, 0.005020996, -0.007784798) * v0_2.w;
        a0_3 += vec4(0.045244448, 0.03235197, 0.013750944, -0.0029552926) * v0_2.x;
        a0_3 += vec4(-0.07989646, -0.024723543, 0.04783488, 0.0077551934) * v0_2.y;
        a0_3 += vec4(0.03795488, -0.05322015, 0.0028234136, 0.0017852957) * v0_2.z;
        a0_3 += vec4(0.010508417, -0.00542943, -0.003554507, -0.00660301) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 34]);
        a0_0 += vec4(0.05195895, 0.008433792, 0.10886249, 0.12547772) * v0_2.x;
        a0_0 += vec4(-0.14783552, -0.036601003, 0.1092164, -0.21352693) * v0_2.y;
        a0_0 += vec4(-0.06785803, 0.01702591, 0.00041934982, -0.16952418) * v0_2.z;
        a0_0 += vec4(-0.17524901, -0.056408525, -0.18474859, -0.15713733) * v0_2.w;
        a0_1 += vec4(0.009099742, -0.040766347, 0.23239571, -0.5838029) * v0_2.x;
        a0_1 += vec4(0.043094218, 0.016414674, 0.05911906, 0.008481924) * v0_2.y;
        a0_1 += vec4(-0.029712975, 0.020230317, -0.030105785, -0.2957686) * v0_2.z;
        a0_1 += vec4(0.005933767, -0.005216988, -0.27062085, -0.26880434) * v0_2.w;
        a0_2 += vec4(0.007703431, 0.05227478, 0.02399087, 0.0121723935) * v0_2.x;
        a0_2 += vec4(0.031632137, 0.07225766, 0.0316231, -0.019108579) * v0_2.y;
        a0_2 += vec4(0.08116797, 0.042300284, 0.011731863, -0.025638094) * v0_2.z;
        a0_2 += vec4(-0.123338394, -0.035003614, -0.0091224285, -0.04027712) * v0_2.w;
        a0_3 += vec4(-0.17623675, 0.021228913, 0.027927829, -0.0093376525) * v0_2.x;
        a0_3 += vec4(0.062799565, -0.08178061, 0.013843893, 0.0023171015) * v0_2.y;
        a0_3 += vec4(-0.037640084, 0.026510414, -0.006717997, -0.0038792877) * v0_2.z;
        a0_3 += vec4(-0.12036494, -0.011559504, 0.04464895, 0.003668928) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.65559846, 0.006109628, -0.3173891, -0.16949691) * v0_2.x;
        a0_0 += vec4(0.09460338, -0.0032527507, -0.22804932, -0.20347266) * v0_2.y;
        a0_0 += vec4(-0.2883165, 0.033121962, -0.3490746, -0.6927761) * v0_2.z;
        a0_0 += vec4(0.063815095, 0.04312017, -0.30824232, -0.25560945) * v0_2.w;
        a0_1 += vec4(0.004853299, 0.057018213, -0.16222326, 0.11322413) * v0_2.x;
        a0_1 += vec4(-0.00823356, -0.061224245, -0.25013804, -0.015502493) * v0_2.y;
        a0_1 += vec4(-0.002303434, -0.020597547, -0.14420557, 0.02033136) * v0_2.z;
        a0_1 += vec4(0.010508009, 0.12784787, -0.088859916, 0.011612999) * v0_2.w;
        a0_2 += vec4(-0.24110727, -0.2763587, -0.1095347, -0.1689055) * v0_2.x;
        a0_2 += vec4(-0.00887115, 0.2009854, 0.07302493, 0.2832617) * v0_2.y;
        a0_2 += vec4(-0.26984674, -0.31477144, -0.22358839, -0.27205837) * v0_2.z;
        a0_2 += vec4(-0.028263723, -0.035163034, -0.04360847, -0.0728403) * v0_2.w;
        a0_3 += vec4(-0.6865767, -0.36609825, 0.028672466, -0.012376336) * v0_2.x;
        a0_3 += vec4(0.12093244, -0.0139712915, 0.008582853, -0.0073699565) * v0_2.y;
        a0_3 += vec4(-0.49210975, -0.15611234, -0.74353385, 0.0129755465) * v0_2.z;
        a0_3 += vec4(-0.26049656, -0.111548975, 0.12438715, 0.017055405) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 36]);
        a0_0 += vec4(0.1269806, -0.12344292, 0.010457634, 0.024680123) * v0_2.x;
        a0_0 += vec4(-0.16068769, -0.057921823, 0.14831479, -0.22931206) * v0_2.y;
        a0_0 += vec4(0.03815235, -0.2144991, -0.07848507, 0.25062713) * v0_2.z;
        a0_0 += vec4(-0.14390248, -0.08043282, -0.0074047795, -0.22791879) * v0_2.w;
        a0_1 += vec4(0.0022965944, -0.04981258, 0.06877351, -0.007777391) * v0_2.x;
        a0_1 += vec4(-0.004746569, -0.046351228, -0.05877441, -0.01187184) * v0_2.y;
        a0_1 += vec4(0.0013005333, 0.0055457954, 0.15539573, 0.00056802284) * v0_2.z;
        a0_1 += vec4(-0.0005676009, 0.009853539, 0.071415596, 0.044352826) * v0_2.w;
        a0_2 += vec4(-0.028371044, 0.010835493, 0.042624466, 0.024880955) * v0_2.x;
        a0_2 += vec4(0.015618368, -0.07274243, 0.016231304, -0.042112805) * v0_2.y;
        a0_2 += vec4(0.04085007, 0.05789626, 0.017054854, 0.0020676567) * v0_2.z;
        a0_2 += vec4(-0.060720906, -0.020646993, -0.010940842, 0.026826419) * v0_2.w;
        a0_3 += vec4(-0.013969955, 0.036069337, -0.0058337124, 0.01681188) * v0_2.x;
        a0_3 += vec4(0.043685008, -0.06181345, -0.056702856, -0.018411878) * v0_2.y;
        a0_3 += vec4(0.0618886, -0.020907203, -0.04094457, -0.005577651) * v0_2.z;
        a0_3 += vec4(-0.019882012, -0.017036183, -0.0021943082, -0.0086917095) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 68]);
        a0_0 += vec4(0.1302404, 0.0027324024, -0.011020682, 0.26929563) * v0_2.x;
        a0_0 += vec4(-0.13213636, -0.029963065, 0.089973606, 0.11130824) * v0_2.y;
        a0_0 += vec4(-0.012121762, -0.024472283, 0.045093216, -0.07769975) * v0_2.z;
        a0_0 += vec4(-0.21843153, -0.008581717, -0.020934893, -0.41299257) * v0_2.w;
        a0_1 += vec4(-0.001125868, 0.0067269257, 0.071671836, 0.089598425) * v0_2.x;
        a0_1 += vec4(-0.0039476613, -0.0036907324, -0.046960693, -0.085276954) * v0_2.y;
        a0_1 += vec4(0.0071136463, -0.0034834892, -0.0008981157, 0.006854884) * v0_2.z;
        a0_1 += vec4(0.00028084463, -0.0134614445, -0.083493635, -0.034210853) * v0_2.w;
        a0_2 += vec4(0.012329244, 0.009497907, -0.0077971932, -0.0014942917) * v0_2.x;
        a0_2 += vec4(-0.013753574, -0.03059576, -0.0020084307, 0.009183472) * v0_2.y;
        a0_2 += vec4(-0.012371195, -0.004016069, -0.0041522235, -0.0053123715) * v0_2.z;
        a0_2 += vec4(0.006121156, -0.07604725, -0.021597397, 0.028479604) * v0_2.w;
        a0_3 += vec4(0.085021414, 0.05243971, 0.021339007, 0.0055299434) * v0_2.x;
        a0_3 += vec4(0.0018639058, -0.055876356, -0.0138860755, 0.004671547) * v0_2.y;
        a0_3 += vec4(0.05298036, -0.018937826, -0.0011585585, 0.0020609146) * v0_2.z;
        a0_3 += vec4(-0.006758378, -0.02803557, -0.05495585, 0.0035969382) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.22726613, 0.005056468, 0.11019166, -0.6352738) * v0_2.x;
        a0_0 += vec4(0.11979259, 0.022524945, -0.35949022, -0.106106624) * v0_2.y;
        a0_0 += vec4(-0.07764155, 0.040899586, -0.02395194, 0.03633985) * v0_2.z;
        a0_0 += vec4(-0.1411842, -0.08520981, -0.07883908, -0.051873602) * v0_2.w;
        a0_1 += vec4(0.008228416, 0.012177619, -0.029430056, -0.03222898) * v0_2.x;
        a0_1 += vec4(0.0052314415, 0.018981848, -0.106261596, -0.02285805) * v0_2.y;
        a0_1 += vec4(-0.00040615024, 0.008205649, 0.06552226, 0.026604837) * v0_2.z;
        a0_1 += vec4(-0.0028016504, 0.0068879873, -0.21038634, -0.037491754) * v0_2.w;
        a0_2 += vec4(0.01900128, 0.048854962, 0.00392547, 0.020041822) * v0_2.x;
        a0_2 += vec4(-0.07064538, 0.0062142345, 0.03501625, -0.004608559) * v0_2.y;
        a0_2 += vec4(0.03861175, 0.029795088, -0.005560443, 0.019189144) * v0_2.z;
        a0_2 += vec4(0.02867691, -0.006801344, 0.026197014, 0.026882872) * v0_2.w;
        a0_3 += vec4(-0.08516386, -0.028686045, 0.0007204811, 0.004626853) * v0_2.x;
        a0_3 += vec4(-0.14424245, -0.0047501484, 0.04655493, -0.0024662688) * v0_2.y;
        a0_3 += vec4(-0.086803265, -0.030190552, -0.0064690853, 0.007175386) * v0_2.z;
        a0_3 += vec4(0.06278512, -0.07566089, -0.076233394, 0.003812111) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 70]);
        a0_0 += vec4(0.017990919, 0.015805878, -0.087897725, 0.52015126) * v0_2.x;
        a0_0 += vec4(-0.0519436, 0.009466339, -0.11455707, -0.46876907) * v0_2.y;
        a0_0 += vec4(0.026348218, -0.062664606, 0.059684716, -0.07943898) * v0_2.z;
        a0_0 += vec4(-0.09397389, 0.0011803234, 0.011458613, -0.515254) * v0_2.w;
        a0_1 += vec4(0.000364464, -0.019108629, -0.032032806, 0.008647301) * v0_2.x;
        a0_1 += vec4(0.0016402985, 0.0015333766, -0.11237561, 0.0065990663) * v0_2.y;
        a0_1 += vec4(0.0032056596, -0.0043341243, 0.05045575, -0.0022094462) * v0_2.z;
        a0_1 += vec4(-0.0032256108, 0.011921217, 0.027304625, -0.0139452815) * v0_2.w;
        a0_2 += vec4(-0.023022518, 0.02936479, -0.004551731, 0.00024310059) * v0_2.x;
        a0_2 += vec4(-0.023230795, 0.05264202, 0.022695182, 0.02976707) * v0_2.y;
        a0_2 += vec4(0.018302644, -0.03182334, -0.014138001, -0.025751723) * v0_2.z;
        a0_2 += vec4(0.050447002, 0.040725816, 0.019036451, 0.028654903) * v0_2.w;
        a0_3 += vec4(-0.019719942, -0.030407878, -0.0039582183, -1.0022997) * v0_2.x;
        a0_3 += vec4(-0.063763, -0.047163107, -0.0030585923, -0.22416353) * v0_2.y;
        a0_3 += vec4(0.020721387, 0.011854219, -0.0124537945, -1.0430204) * v0_2.z;
        a0_3 += vec4(0.013771342, 0.0024727662, 0.013219259, -1.3325353) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(0.028213175, 0.032822147, 0.059074238, 0.3066633) * v0_3.x;
        a0_0 += vec4(-0.013433308, 0.00067340594, -0.12229471, -0.10201325) * v0_3.y;
        a0_0 += vec4(0.038274333, 0.010377685, 0.058942664, -0.2109803) * v0_3.z;
        a0_0 += vec4(0.037836794, 0.012955015, 0.025277272, 0.057664096) * v0_3.w;
        a0_1 += vec4(-0.028851977, 0.029012194, 0.15383677, -0.0045013824) * v0_3.x;
        a0_1 += vec4(0.10976861, -0.06927033, -0.87309724, -0.055000328) * v0_3.y;
        a0_1 += vec4(-0.10320451, 0.008190819, -0.027200103, -0.006607429) * v0_3.z;
        a0_1 += vec4(0.016497158, 0.028810915, 0.22285703, -0.116294496) * v0_3.w;
        a0_2 += vec4(-0.0074681886, -0.0021166892, -0.013428317, 0.005133177) * v0_3.x;
        a0_2 += vec4(-0.10608968, -0.071717314, 0.0113743935, -0.030142033) * v0_3.y;
        a0_2 += vec4(-0.008490121, 0.024890168, 0.0060290587, 0.0026314775) * v0_3.z;
        a0_2 += vec4(-0.014435553, -0.040347036, 0.0032490154, -0.010373938) * v0_3.w;
        a0_3 += vec4(0.06139666, 0.014450649, -0.02415288, 0.0003384524) * v0_3.x;
        a0_3 += vec4(-0.006837045, 0.03435569, -0.0027442058, 0.010103512) * v0_3.y;
        a0_3 += vec4(0.09422879, 0.023956718, 0.019877905, 0.0009278261) * v0_3.z;
        a0_3 += vec4(0.013215657, 0.0010600585, 0.003948375, -0.004748472) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(0.004617563, -0.061433196, 0.023606485, 0.33244193) * v0_3.x;
        a0_0 += vec4(0.04926904, -0.030171797, -0.07694518, -0.1617692) * v0_3.y;
        a0_0 += vec4(0.084052615, -0.0039034819, -0.12922248, -0.09606826) * v0_3.z;
        a0_0 += vec4(0.0064642956, -0.0069854413, -0.011012269, 0.085031785) * v0_3.w;
        a0_1 += vec4(-0.040809415, 0.02301137, -0.35930386, 0.0069670193) * v0_3.x;
        a0_1 += vec4(-0.033597272, 6.786298e-05, -0.60316813, -0.021530772) * v0_3.y;
        a0_1 += vec4(-0.0046810606, -0.0059809103, 0.053014822, -0.0028193512) * v0_3.z;
        a0_1 += vec4(-0.019310562, 0.063466586, 0.30404544, 0.091035105) * v0_3.w;
        a0_2 += vec4(0.015895506, 0.0055390294, 0.006710079, 0.010917166) * v0_3.x;
        a0_2 += vec4(0.00919895, 0.03975121, -0.030772397, 0.027052207) * v0_3.y;
        a0_2 += vec4(-0.047596425, 0.08657809, 0.004376827, -0.003942954) * v0_3.z;
        a0_2 += vec4(0.012840491, 0.005197426, -0.02284397, 0.026379261) * v0_3.w;
        a0_3 += vec4(0.107163474, -0.016545521, 0.039523236, 0.0051197484) * v0_3.x;
        a0_3 += vec4(0.037544962, -0.115105726, 0.05002359, -0.019155335) * v0_3.y;
        a0_3 += vec4(0.07889322, 0.04256669, 0.025444452, 0.0076999287) * v0_3.z;
        a0_3 += vec4(0.11875706, -0.079884306, 0.060280703, 0.003313362) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(0.05302151, 0.05276123, -0.033584785, 0.22149675) * v0_3.x;
        a0_0 += vec4(-0.007714501, 0.039053235, 0.07169508, 0.10038461) * v0_3.y;
        a0_0 += vec4(-0.03728751, -0.041919928, -0.10989207, 0.06920374) * v0_3.z;
        a0_0 += vec4(-0.020650858, 0.00943218, 0.018382773, -0.054479327) * v0_3.w;
        a0_1 += vec4(-0.00040240306, -0.054508746, -0.15870835, -0.0019272435) * v0_3.x;
        a0_1 += vec4(0.006938459, 0.036426235, 0.2999045, 0.014923656) * v0_3.y;
        a0_1 += vec4(-0.020087054, -0.008139986, -0.14135234, 0.01563221) * v0_3.z;
        a0_1 += vec4(0.010082635, 0.015348499, 0.2761669, 0.013228958) * v0_3.w;
        a0_2 += vec4(-0.07684857, -0.042293325, -0.007926084, 0.0021801195) * v0_3.x;
        a0_2 += vec4(0.02774068, -0.00476584, 0.0014613271, -0.02117684) * v0_3.y;
        a0_2 += vec4(-0.040494815, -0.034750585, -0.007799652, 0.008689671) * v0_3.z;
        a0_2 += vec4(-0.019336693, 0.015730727, -0.0048464914, 0.023946112) * v0_3.w;
        a0_3 += vec4(0.08362192, 0.031345546, -0.01730989, -0.0067136628) * v0_3.x;
        a0_3 += vec4(-0.056527004, 0.006700649, -0.033076525, 0.0029780841) * v0_3.y;
        a0_3 += vec4(-0.051755518, -0.0029756676, -0.00093218853, -0.0058533913) * v0_3.z;
        a0_3 += vec4(0.017576741, 0.019044189, 0.0127117075, -0.0029192143) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 34]);
        a0_0 += vec4(0.107252166, 0.028248232, -0.026256042, 0.07259709) * v0_3.x;
        a0_0 += vec4(-0.15592854, -0.03544031, -0.16056089, 0.089559555) * v0_3.y;
        a0_0 += vec4(-0.051851876, -0.012169002, 0.0757733, 0.12283447) * v0_3.z;
        a0_0 += vec4(0.12328095, 0.023465151, -0.0980186, 0.4700094) * v0_3.w;
        a0_1 += vec4(-0.035940785, -0.016081486, -0.01862972, -0.029165149) * v0_3.x;
        a0_1 += vec4(-0.004901424, 0.009789207, -0.06900991, 0.041346468) * v0_3.y;
        a0_1 += vec4(-0.00542232, 0.005836401, -0.23900232, -0.12810533) * v0_3.z;
        a0_1 += vec4(0.027142396, 0.04177584, 0.2883949, 0.2668309) * v0_3.w;
        a0_2 += vec4(-0.020977503, 0.0063212407, -0.021549279, 0.002566286) * v0_3.x;
        a0_2 += vec4(-0.03462194, -0.024215763, 0.014479232, -0.067060456) * v0_3.y;
        a0_2 += vec4(0.0032977238, -0.04121304, -0.007638376, 0.05070139) * v0_3.z;
        a0_2 += vec4(0.03627549, 0.14160791, -0.0063115177, -0.0280902) * v0_3.w;
        a0_3 += vec4(0.0633151, 0.0070152944, -0.03145229, -0.00045550513) * v0_3.x;
        a0_3 += vec4(-0.23442484, -0.0839527, 0.022672847, 0.008600958) * v0_3.y;
        a0_3 += vec4(-0.10657293, -0.043075282, 0.03395872, -0.0047701807) * v0_3.z;
        a0_3 += vec4(0.056475103, -0.011791644, 0.0018486663, -0.0040587983) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.020735875, -0.044527095, 0.1812157, -0.14251344) * v0_3.x;
        a0_0 += vec4(0.100637265, -0.09929764, 0.022396231, -0.1629819) * v0_3.y;
        a0_0 += vec4(-0.37502956, -0.028396426, -0.0044012377, -0.016581088) * v0_3.z;
        a0_0 += vec4(0.045751907, -0.09679266, 0.033331178, -0.28691506) * v0_3.w;
        a0_1 += vec4(-0.02339273, -0.028516805, -0.0477545, -0.049650718) * v0_3.x;
        a0_1 += vec4(-0.023017807, 0.007492965, 0.06438928, 0.068217926) * v0_3.y;
        a0_1 += vec4(0.05014016, -0.049759615, -0.16873924, -0.013792744) * v0_3.z;
        a0_1 += vec4(0.008099247, 0.057580765, -0.15294331, -0.02407341) * v0_3.w;
        a0_2 += vec4(-0.07828343, 0.05767808, 0.0012223293, -0.10511061) * v0_3.x;
        a0_2 += vec4(0.077346385, -0.039544024, -0.0040190746, 0.12232568) * v0_3.y;
        a0_2 += vec4(0.095958464, -0.233961, -0.0062684864, -0.05551097) * v0_3.z;
        a0_2 += vec4(-0.060011666, -0.17524104, 0.03815497, -0.06705252) * v0_3.w;
        a0_3 += vec4(-0.19989568, -0.017465783, 0.09178711, 0.015887836) * v0_3.x;
        a0_3 += vec4(-0.054098237, 0.1104084, -0.02542949, -0.010111907) * v0_3.y;
        a0_3 += vec4(-0.26060882, -0.15939789, -0.09433732, 0.007978391) * v0_3.z;
        a0_3 += vec4(0.046452507, 0.15386225, -0.10676869, 0.0062450822) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.0035406945, 0.13865246, 0.09632941, -0.22373569) * v0_3.x;
        a0_0 += vec4(0.069652036, 0.086080685, -0.014499111, 0.021931017) * v0_3.y;
        a0_0 += vec4(0.053540464, 0.09999699, -0.055629797, 0.19086929) * v0_3.z;
        a0_0 += vec4(-0.0796804, 0.1157105, 0.25701654, 0.24323073) * v0_3.w;
        a0_1 += vec4(0.0023040331, 0.014520893, 0.14086932, 0.0002541146) * v0_3.x;
        a0_1 += vec4(7.565092e-05, 0.0033328494, 0.09495294, -0.004271148) * v0_3.y;
        a0_1 += vec4(0.003276414, 0.020927787, -0.2547415, -0.029981263) * v0_3.z;
        a0_1 += vec4(-0.0039266855, 0.0042278874, 0.41910124, -0.041302122) * v0_3.w;
        a0_2 += vec4(0.018647747, 0.040748827, -0.030981265, -0.013858917) * v0_3.x;
        a0_2 += vec4(-0.0038969466, -0.022854727, 0.026372608, -0.025468402) * v0_3.y;
        a0_2 += vec4(-0.071964175, 0.052762285, -0.0049288347, 0.02587109) * v0_3.z;
        a0_2 += vec4(0.10222434, 0.042915188, -0.006985694, -0.030550923) * v0_3.w;
        a0_3 += vec4(0.011219848, -0.02867853, -0.040217906, -0.02533247) * v0_3.x;
        a0_3 += vec4(0.03746913, 0.018493086, 0.0099886665, -0.009272393) * v0_3.y;
        a0_3 += vec4(-0.054865066, 0.06716042, 0.027594421, -0.004608307) * v0_3.z;
        a0_3 += vec4(0.05836921, -0.04263238, -0.035500668, -0.025189295) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 68]);
        a0_0 += vec4(0.061046004, 0.051709134, -0.052225087, 0.38230914) * v0_3.x;
        a0_0 += vec4(-0.079229504, -0.02501645, -0.010232302, -0.34552523) * v0_3.y;
        a0_0 += vec4(0.098785825, -0.012404381, -0.09830331, -0.107994765) * v0_3.z;
        a0_0 += vec4(0.05475699, -0.0044191545, -0.052065156, 0.13024592) * v0_3.w;
        a0_1 += vec4(-0.00063649006, 0.011779391, -0.089554526, 0.024626488) * v0_3.x;
        a0_1 += vec4(0.0061296565, -0.004979697, 0.13393216, -0.08234094) * v0_3.y;
        a0_1 += vec4(0.00058793597, -0.012900433, 0.058951315, 0.082114056) * v0_3.z;
        a0_1 += vec4(0.011142806, 0.0121483635, -0.008698829, 0.12594049) * v0_3.w;
        a0_2 += vec4(0.034648422, 0.007781909, -0.013976814, 0.0003673475) * v0_3.x;
        a0_2 += vec4(0.045885693, 0.007615524, -0.0030452376, 0.015141828) * v0_3.y;
        a0_2 += vec4(-0.024125563, 0.008071658, -0.014066718, -0.0054133246) * v0_3.z;
        a0_2 += vec4(0.10496512, 0.003549033, 0.0023850072, -0.014085854) * v0_3.w;
        a0_3 += vec4(0.041361105, 0.026641678, -0.020679282, -0.0021511118) * v0_3.x;
        a0_3 += vec4(0.061017793, 0.010653946, 0.0045980383, 0.008976046) * v0_3.y;
        a0_3 += vec4(-0.087921046, 0.009857307, 0.02241454, -0.0011045316) * v0_3.z;
        a0_3 += vec4(0.10830871, -0.055748034, -0.00013461066, 6.029588e-05) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 69]);
        a0_0 += vec4(0.06738276, -0.06583693, -0.05875354, 0.25403833) * v0_3.x;
        a0_0 += vec4(0.11855146, 0.0021048943, 0.1636111, 0.4931525) * v0_3.y;
        a0_0 += vec4(-0.29898068, 0.031880062, 0.030381458, -0.46470404) * v0_3.z;
        a0_0 += vec4(0.088696845, -0.077683486, -0.040194977, -0.2529147) * v0_3.w;
        a0_1 += vec4(0.009334513, 0.00045167797, -0.10403143, 0.017128196) * v0_3.x;
        a0_1 += vec4(-0.0027381454, -0.002938674, 0.0027222938, -0.013679367) * v0_3.y;
        a0_1 += vec4(0.004318262, 0.018849509, 0.075226076, 0.0556673) * v0_3.z;
        a0_1 += vec4(0.01155312, -0.030188672, 0.07610559, 0.00032103245) * v0_3.w;
        a0_2 += vec4(-0.015234892, -0.03928924, -0.020817762, -0.028391503) * v0_3.x;
        a0_2 += vec4(-0.027615087, -0.025456611, -0.013983257, 0.0110370135) * v0_3.y;
        a0_2 += vec4(-0.08259385, 0.091244295, 0.0056435335, 0.003596774) * v0_3.z;
        a0_2 += vec4(-0.08086946, 0.0044924915, -0.021007799, 0.10074338) * v0_3.w;
        a0_3 += vec4(0.018103315, -0.026689004, 0.0046789427, 0.02351798) * v0_3.x;
        a0_3 += vec4(0.031085845, -0.085089736, -0.015841166, -0.015269983) * v0_3.y;
        a0_3 += vec4(0.05954374, 0.07289311, 0.01634387, -0.03406144) * v0_3.z;
        a0_3 += vec4(0.13616112, 0.09065514, 0.100864835, -0.0036140752) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.0025903138, 0.03747252, -0.012181515, 0.2900556) * v0_3.x;
        a0_0 += vec4(0.022972913, 0.022078788, -0.012300987, -0.0054085464) * v0_3.y;
        a0_0 += vec4(0.001652154, 0.067255735, 0.0140997525, -0.059529494) * v0_3.z;
        a0_0 += vec4(0.028535005, 0.07637437, -0.12392118, -0.18224825) * v0_3.w;
        a0_1 += vec4(0.0006875585, 0.0078034555, 0.06804394, 0.0069549703) * v0_3.x;
        a0_1 += vec4(0.0017802661, -0.0060129412, 0.123775825, 0.0035577419) * v0_3.y;
        a0_1 += vec4(-0.004969577, -0.016803706, -0.03436064, -0.0028159122) * v0_3.z;
        a0_1 += vec4(0.0030238815, -0.021017583, -0.055796735, 0.020860298) * v0_3.w;
        a0_2 += vec4(0.023353294, -0.012093468, -0.014011404, 0.0020155865) * v0_3.x;
        a0_2 += vec4(0.002087347, 0.0217279, -0.016698781, -0.013246653) * v0_3.y;
        a0_2 += vec4(0.029293878, -0.064901754, 0.0016156316, 0.007987076) * v0_3.z;
        a0_2 += vec4(-0.07382745, 0.06195712, 0.006705812, 0.044341028) * v0_3.w;
        a0_3 += vec4(0.049986564, -0.005003027, -0.0153281335, -0.21716733) * v0_3.x;
        a0_3 += vec4(-0.009282312, 0.0026470565, -0.027772097, 0.15497138) * v0_3.y;
        a0_3 += vec4(-0.035860468, -0.01851064, 0.028781759, -0.618963) * v0_3.z;
        a0_3 += vec4(0.111551784, 0.03219947, -0.00066716573, -1.1723336) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(0.00996729, -0.014513916, 0.028220918, -0.16753262) * v0_4.x;
        a0_0 += vec4(0.018713752, -0.03816528, -0.11501934, 0.16317266) * v0_4.y;
        a0_0 += vec4(-0.0018135477, 0.00471663, -0.06135858, -0.15105177) * v0_4.z;
        a0_0 += vec4(0.009187765, 0.025854055, -0.112693824, 0.3421648) * v0_4.w;
        a0_1 += vec4(-0.046989597, -0.0060383976, -0.5392437, 0.061506875) * v0_4.x;
        a0_1 += vec4(-0.25354064, -0.015326998, 0.22816582, 0.03475485) * v0_4.y;
        a0_1 += vec4(0.19892135, -0.019741874, 0.06358329, -0.07414247) * v0_4.z;
        a0_1 += vec4(-0.07098167, -0.04712654, 0.19609949, -0.10060466) * v0_4.w;
        a0_2 += vec4(0.07266678, -0.007868933, 0.0023525816, -0.00077627954) * v0_4.x;
        a0_2 += vec4(-0.057236668, 0.0042130887, -0.009366137, -0.0154323885) * v0_4.y;
        a0_2 += vec4(-0.050734267, -0.061023917, 0.00023926659, -0.002310557) * v0_4.z;
        a0_2 += vec4(-0.06950759, 0.026860854, -0.0076539638, -0.009834841) * v0_4.w;
        a0_3 += vec4(0.0040639704, -0.01443353, -0.0015014915, -0.0004604825) * v0_4.x;
        a0_3 += vec4(0.06625663, 0.018283369, 0.030573064, 0.0022910754) * v0_4.y;
        a0_3 += vec4(0.0010828245, 0.0025013832, 0.015770838, 0.0030013267) * v0_4.z;
        a0_3 += vec4(-0.1195098, 0.029440032, -0.007422198, -0.004859084) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(0.02796378, 0.027407357, 0.15168007, -0.16199178) * v0_4.x;
        a0_0 += vec4(0.030733787, 0.0431857, 0.121637665, -0.4458949) * v0_4.y;
        a0_0 += vec4(0.1205825, 0.009434494, 0.0129126245, 0.30418387) * v0_4.z;
        a0_0 += vec4(-0.16378093, -0.10920742, 0.20251563, -0.45700365) * v0_4.w;
        a0_1 += vec4(0.009391101, 0.10306216, -0.6393087, 0.07946117) * v0_4.x;
        a0_1 += vec4(0.006049998, -0.028994814, -0.28559655, 0.009221534) * v0_4.y;
        a0_1 += vec4(0.036037784, -0.090352535, -0.03100894, -0.012313954) * v0_4.z;
        a0_1 += vec4(0.006523844, 0.1345068, 0.08852212, 0.010295872) * v0_4.w;
        a0_2 += vec4(0.06945262, 0.04725428, 0.012452784, -0.008861802) * v0_4.x;
        a0_2 += vec4(0.14132659, 0.05653103, -0.013040961, 0.0043774806) * v0_4.y;
        a0_2 += vec4(-0.004585907, 0.009972997, -0.020608827, 0.019399932) * v0_4.z;
        a0_2 += vec4(0.0042420733, -0.036351267, 0.028161993, -0.018908568) * v0_4.w;
        a0_3 += vec4(-0.061835054, 0.02085343, 0.0028265314, -0.0002544228) * v0_4.x;
        a0_3 += vec4(0.07882197, -0.0329279, 0.04402108, -0.0013733318) * v0_4.y;
        a0_3 += vec4(-0.018661918, -0.10732832, 0.019488964, 0.0016908639) * v0_4.z;
        a0_3 += vec4(0.029647665, -0.045437694, -0.05015871, 0.0036919313) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.038373087, 0.017335264, -0.084832154, -0.4049276) * v0_4.x;
        a0_0 += vec4(0.048437912, -0.07208594, -0.03025084, 0.22073483) * v0_4.y;
        a0_0 += vec4(-0.0058918763, -0.03918765, 0.045170587, 0.22821383) * v0_4.z;
        a0_0 += vec4(0.007071949, 0.0015522031, -0.24597579, -0.05695263) * v0_4.w;
        a0_1 += vec4(0.0019630254, -0.0045222198, -0.39006343, 0.0060575856) * v0_4.x;
        a0_1 += vec4(-0.005662216, -0.025421785, -0.34835702, -0.04200783) * v0_4.y;
        a0_1 += vec4(0.0045646983, 0.100516126, 0.09090487, 7.981665e-05) * v0_4.z;
        a0_1 += vec4(0.0042791716, -0.05375048, 0.45780832, 0.02702515) * v0_4.w;
        a0_2 += vec4(-0.025636015, 0.014969882, -0.013229309, 0.0016127859) * v0_4.x;
        a0_2 += vec4(-0.049825154, -0.058007326, 0.015106174, -0.010196719) * v0_4.y;
        a0_2 += vec4(0.036684696, -0.022764605, -0.0057128877, 0.0033893986) * v0_4.z;
        a0_2 += vec4(0.06961964, 0.004296916, 6.3615014e-05, -0.0012626084) * v0_4.w;
        a0_3 += vec4(0.009431914, 0.03594283, -0.006626598, -0.0038102418) * v0_4.x;
        a0_3 += vec4(0.073575646, -0.006480541, 0.0075951796, -0.004729585) * v0_4.y;
        a0_3 += vec4(-0.056296203, -0.04545493, 0.00197858, -0.0038092402) * v0_4.z;
        a0_3 += vec4(-0.007822225, 0.014123783, 0.0010376904, -0.00020503542) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 34]);
        a0_0 += vec4(0.13043483, 0.0031819148, -0.16355747, 0.18421672) * v0_4.x;
        a0_0 += vec4(-0.015976004, -0.04144398, -0.09291229, -0.35047835) * v0_4.y;
        a0_0 += vec4(-0.08178079, -0.04617934, 0.060135745, -0.14549622) * v0_4.z;
        a0_0 += vec4(-0.027000926, -0.044990975, -0.19899425, -0.24468985) * v0_4.w;
        a0_1 += vec4(0.01956271, 0.0036811787, -0.59474236, 0.009870675) * v0_4.x;
        a0_1 += vec4(0.01769098, -0.06457122, -0.010010343, -0.45078552) * v0_4.y;
        a0_1 += vec4(-0.015034765, -0.004025948, -0.09523697, 0.14867368) * v0_4.z;
        a0_1 += vec4(-0.003527165, 0.004434987, -0.083780386, -0.07841222) * v0_4.w;
        a0_2 += vec4(-0.058762155, -0.03482791, -0.0095567275, -0.005983171) * v0_4.x;
        a0_2 += vec4(0.07204015, -0.045898214, 0.0072062737, -0.031225413) * v0_4.y;
        a0_2 += vec4(0.0842997, -0.023049902, 0.045962833, -0.046326164) * v0_4.z;
        a0_2 += vec4(0.050384983, -0.017362583, -0.022416003, -0.00398807) * v0_4.w;
        a0_3 += vec4(-0.036250982, 0.07767758, -0.0073183975, 0.009642045) * v0_4.x;
        a0_3 += vec4(0.17000176, 0.017264696, 0.051467054, 0.0039031159) * v0_4.y;
        a0_3 += vec4(-0.05140311, -0.06400494, 0.054235216, -0.0018569353) * v0_4.z;
        a0_3 += vec4(0.16838849, 0.026589273, -0.085069455, -0.00350328) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.2708229, 0.009656455, -0.26104704, -0.09028904) * v0_4.x;
        a0_0 += vec4(-0.15915757, 0.06081962, -0.13459955, -0.34772325) * v0_4.y;
        a0_0 += vec4(0.18125102, 0.019022075, -0.23618153, 0.1486821) * v0_4.z;
        a0_0 += vec4(-0.22131766, -0.021285383, -0.09266267, 0.056902137) * v0_4.w;
        a0_1 += vec4(-0.005081497, -0.070208274, -0.5141334, 0.007477286) * v0_4.x;
        a0_1 += vec4(0.028277718, 0.004193048, 0.038548034, -0.08238252) * v0_4.y;
        a0_1 += vec4(-0.029733961, 0.065670006, -0.13980724, -0.071574524) * v0_4.z;
        a0_1 += vec4(0.031095494, -0.05437791, 0.3632431, 0.0042918962) * v0_4.w;
        a0_2 += vec4(-0.13189176, -0.10126188, -0.090137675, -0.046101265) * v0_4.x;
        a0_2 += vec4(0.0030047768, 0.12932433, -0.1650621, -0.16394544) * v0_4.y;
        a0_2 += vec4(0.045873426, 0.033113398, 0.014736001, 0.073878795) * v0_4.z;
        a0_2 += vec4(0.14809074, 0.018147664, 0.009826381, 0.013485782) * v0_4.w;
        a0_3 += vec4(-0.2869641, -0.0113407755, 0.010681701, 0.0039104945) * v0_4.x;
        a0_3 += vec4(-0.24791262, 0.15764289, 0.011336336, 0.00043471172) * v0_4.y;
        a0_3 += vec4(0.053716555, 0.18150201, -0.11398172, 0.0030049665) * v0_4.z;
        a0_3 += vec4(0.10486691, -0.09735225, -0.04015005, 0.003084743) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.10044646, -0.037636902, 0.056836113, -0.14855103) * v0_4.x;
        a0_0 += vec4(0.0695341, -0.06962623, -0.05106891, 0.16267955) * v0_4.y;
        a0_0 += vec4(0.04708838, -0.013035592, -0.19061995, 0.14411463) * v0_4.z;
        a0_0 += vec4(-0.017590113, 0.1657925, -0.3514807, -0.12736726) * v0_4.w;
        a0_1 += vec4(0.0036362004, 0.049154423, 0.022581944, 0.011489399) * v0_4.x;
        a0_1 += vec4(-0.0026346869, 0.038225714, -0.11880501, 0.008066764) * v0_4.y;
        a0_1 += vec4(-0.0077734394, -0.039087582, -0.18554647, -0.018466687) * v0_4.z;
        a0_1 += vec4(0.004414364, -0.029025912, -0.7598795, -0.052502338) * v0_4.w;
        a0_2 += vec4(0.108512975, -0.005629341, 0.014416936, -0.010482356) * v0_4.x;
        a0_2 += vec4(-0.044485684, 0.057906054, -0.03512948, 0.027171852) * v0_4.y;
        a0_2 += vec4(-0.08074584, -0.10838447, 0.026448552, 0.021148717) * v0_4.z;
        a0_2 += vec4(-0.10327205, -0.00426465, -0.035220787, 0.0062995157) * v0_4.w;
        a0_3 += vec4(-0.09951786, 0.046674713, -0.0008789499, -0.0007628574) * v0_4.x;
        a0_3 += vec4(0.0020450929, -0.018665941, 0.026026614, 0.020547962) * v0_4.y;
        a0_3 += vec4(0.21014373, 0.0015826025, 0.019946257, -0.006840549) * v0_4.z;
        a0_3 += vec4(0.046920147, 0.0068029333, 0.00021098716, 0.007925309) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.032421988, 0.0057487898, -0.17125714, -0.02120963) * v0_4.x;
        a0_0 += vec4(0.024914628, -0.020207116, -0.007980634, -0.049293373) * v0_4.y;
        a0_0 += vec4(-0.046224684, -0.032037802, 0.048005104, -0.09208942) * v0_4.z;
        a0_0 += vec4(-0.094213694, 0.008859459, -0.08478529, -0.020661615) * v0_4.w;
        a0_1 += vec4(-0.010965134, -0.010177588, 0.08663569, 0.02990286) * v0_4.x;
        a0_1 += vec4(-0.006854959, 0.0069628716, 0.10683608, 0.014632791) * v0_4.y;
        a0_1 += vec4(-0.0019226763, -0.003935012, -0.036259793, -0.060239166) * v0_4.z;
        a0_1 += vec4(0.003661813, 0.0189509, 0.017600713, -0.16889127) * v0_4.w;
        a0_2 += vec4(0.007068338, 0.015495659, 0.021048933, -0.031027615) * v0_4.x;
        a0_2 += vec4(-0.06283262, -0.02655098, -0.0037516805, 0.011538041) * v0_4.y;
        a0_2 += vec4(-0.055690452, -0.019945493, 0.0062223743, -0.007221286) * v0_4.z;
        a0_2 += vec4(0.030910313, 0.0099043185, 0.003371545, -0.004713819) * v0_4.w;
        a0_3 += vec4(-0.1523014, -0.052432984, 0.0012938823, 0.0006346171) * v0_4.x;
        a0_3 += vec4(0.05092494, -0.025629964, 0.021743424, -0.00448714) * v0_4.y;
        a0_3 += vec4(0.07549403, 0.030300464, -0.02120644, -0.0074867257) * v0_4.z;
        a0_3 += vec4(0.065231666, -0.047776245, -0.0060905498, -4.5910765e-05) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.09202434, 0.0022726052, -0.2728214, -0.6282542) * v0_4.x;
        a0_0 += vec4(0.012050733, 0.0017711773, 0.07579391, -0.123890884) * v0_4.y;
        a0_0 += vec4(0.015759246, 0.021568015, -0.03224358, 0.14006685) * v0_4.z;
        a0_0 += vec4(-0.23552041, -0.030111648, 0.22645436, -0.4203465) * v0_4.w;
        a0_1 += vec4(-0.0029673758, 0.029710023, 0.022162927, 0.011547584) * v0_4.x;
        a0_1 += vec4(0.002112351, 0.01617313, 0.06921636, 0.09180429) * v0_4.y;
        a0_1 += vec4(-0.00094274076, -0.01888816, -0.08014099, 0.024202958) * v0_4.z;
        a0_1 += vec4(0.0012094084, -0.021958835, -0.08271815, -0.06419391) * v0_4.w;
        a0_2 += vec4(0.09308184, -0.068506084, -0.020128276, -0.03002702) * v0_4.x;
        a0_2 += vec4(0.01332424, 0.049401455, 0.033678036, -0.018700061) * v0_4.y;
        a0_2 += vec4(0.06973888, -0.05575294, -0.029278621, -0.0101177655) * v0_4.z;
        a0_2 += vec4(-0.17198832, 0.018483365, 0.0010262904, -0.018240716) * v0_4.w;
        a0_3 += vec4(0.10104118, -0.0118582705, 0.013294066, -0.021972766) * v0_4.x;
        a0_3 += vec4(-0.08652744, 0.0782913, 0.02806245, -0.01767879) * v0_4.y;
        a0_3 += vec4(0.08314142, -0.048510768, -0.0075423187, -0.03924756) * v0_4.z;
        a0_3 += vec4(-0.058416635, 0.06828294, 9.470286e-05, 0.002445574) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.032745723, -0.12510096, -0.019866535, -0.28288132) * v0_4.x;
        a0_0 += vec4(0.053483125, 0.08032375, 0.11976964, 0.06467364) * v0_4.y;
        a0_0 += vec4(0.05302017, 0.023510274, 0.053034518, 0.19278254) * v0_4.z;
        a0_0 += vec4(0.045461453, 0.030448211, -0.3489145, 0.38360262) * v0_4.w;
        a0_1 += vec4(0.0029053884, -0.009095615, 0.009774948, 0.0070945863) * v0_4.x;
        a0_1 += vec4(-0.003042439, -0.0058562164, 0.04988054, -0.0064195143) * v0_4.y;
        a0_1 += vec4(-0.0018889188, 0.015463038, 0.15014805, -0.0006628459) * v0_4.z;
        a0_1 += vec4(-0.019025732, 0.011421918, 0.3641998, 0.050952245) * v0_4.w;
        a0_2 += vec4(-0.014529915, 0.028812662, 0.013970804, 0.00049380073) * v0_4.x;
        a0_2 += vec4(0.035352092, -0.012326753, 0.013731665, 0.011795098) * v0_4.y;
        a0_2 += vec4(0.025769874, 0.050815493, 0.00015100482, -0.013901162) * v0_4.z;
        a0_2 += vec4(0.061569262, 0.01486875, 0.0062494637, -0.008195159) * v0_4.w;
        a0_3 += vec4(0.08272327, 0.07788805, -0.01270348, -0.9176221) * v0_4.x;
        a0_3 += vec4(-0.000284392, -0.027053412, 0.01923593, -1.3660514) * v0_4.y;
        a0_3 += vec4(0.012590212, 0.041374665, -0.037347067, -0.61124915) * v0_4.z;
        a0_3 += vec4(-0.031016275, 0.0151579, -0.019048084, -0.421802) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(0.123710185, 0.0055961637, 0.026967648, 0.4002243) * v0_5.x;
        a0_0 += vec4(-0.0013288023, 0.018353894, 0.032078598, -0.039268732) * v0_5.y;
        a0_0 += vec4(-0.06309415, 0.0067910263, -0.033640865, -0.008858984) * v0_5.z;
        a0_0 += vec4(0.18109292, 0.095863715, -0.14206682, 0.057113767) * v0_5.w;
        a0_1 += vec4(0.0112369, -0.017906228, -0.04440247, 0.062190335) * v0_5.x;
        a0_1 += vec4(-0.025787065, 0.03569335, -0.64418435, -0.018127723) * v0_5.y;
        a0_1 += vec4(0.06993006, -0.01383128, 0.3496791, 0.07333789) * v0_5.z;
        a0_1 += vec4(-0.03918315, 0.0072809937, -0.36915416, -0.09841706) * v0_5.w;
        a0_2 += vec4(0.0018508625, 0.003095976, 0.014053947, -0.0072243144) * v0_5.x;
        a0_2 += vec4(-0.02452467, -0.13228308, 0.011097201, -0.0063217194) * v0_5.y;
        a0_2 += vec4(0.03842393, 0.013157798, -0.0023470572, -0.026032712) * v0_5.z;
        a0_2 += vec4(-0.1472669, 0.03666837, -0.006129349, -0.009491216) * v0_5.w;
        a0_3 += vec4(0.04538263, -0.0379092, 0.0012280175, 0.0068288255) * v0_5.x;
        a0_3 += vec4(-0.05452807, 0.014173078, -0.0021724638, 0.0018283846) * v0_5.y;
        a0_3 += vec4(-0.09626507, 0.007114216, -0.029942939, 0.0050518704) * v0_5.z;
        a0_3 += vec4(-0.28387207, -0.030874887, -0.02398075, -0.00197876) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.25029188, -0.014705295, -0.25787365, -1.2111418) * v0_5.x;
        a0_0 += vec4(-0.007688319, 0.0066271652, 0.09192618, -0.6113418) * v0_5.y;
        a0_0 += vec4(0.11593546, 0.05399955, 0.093836695, -0.10966185) * v0_5.z;
        a0_0 += vec4(-0.30222926, -0.1149619, -0.05810426, -0.4484907) * v0_5.w;
        a0_1 += vec4(0.03830342, -0.08570442, -0.064778455, -0.093698986) * v0_5.x;
        a0_1 += vec4(0.026632719, -0.055590298, 0.4014219, 0.017934183) * v0_5.y;
        a0_1 += vec4(0.044683818, 0.0060353763, 0.31767473, -0.035106987) * v0_5.z;
        a0_1 += vec4(0.012781923, 0.013812663, -1.1359648, 0.016771099) * v0_5.w;
        a0_2 += vec4(0.04332834, 0.010415317, -0.011096054, -0.022596184) * v0_5.x;
        a0_2 += vec4(-0.028170599, 0.08009872, -0.015379172, 0.0047726776) * v0_5.y;
        a0_2 += vec4(0.06681237, -0.10677614, 0.035253428, -0.043116603) * v0_5.z;
        a0_2 += vec4(0.07736196, -0.009656484, 0.01016058, 0.020103833) * v0_5.w;
        a0_3 += vec4(0.015248673, 0.06465118, 0.0090377545, 0.007880025) * v0_5.x;
        a0_3 += vec4(0.14045373, 0.0713355, 0.0029069316, -0.0029871142) * v0_5.y;
        a0_3 += vec4(-0.14483067, -0.09223899, 0.021697417, -0.004874224) * v0_5.z;
        a0_3 += vec4(0.042036135, 0.046447843, 0.014762232, 0.00090683164) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.05202678, 0.025130253, 0.085707, -0.35420153) * v0_5.x;
        a0_0 += vec4(0.070437916, -0.017696185, -0.12493823, 0.26505044) * v0_5.y;
        a0_0 += vec4(-0.089384705, 0.00018066028, 0.23972598, 0.24549945) * v0_5.z;
        a0_0 += vec4(0.041523144, 0.07565976, -0.051406965, -0.19095476) * v0_5.w;
        a0_1 += vec4(-0.005023702, 0.00317627, -0.2871672, 0.009706755) * v0_5.x;
        a0_1 += vec4(0.0008797243, -0.01887945, -0.5066744, -0.022227054) * v0_5.y;
        a0_1 += vec4(0.010981201, 0.098596856, 0.52442694, -0.020289663) * v0_5.z;
        a0_1 += vec4(-0.000120839264, -0.10487549, -0.68748087, 0.019541007) * v0_5.w;
        a0_2 += vec4(-0.0924106, 0.025768472, -0.013279518, 0.0031521744) * v0_5.x;
        a0_2 += vec4(-0.040222317, 0.08273935, -0.014510391, 0.008319581) * v0_5.y;
        a0_2 += vec4(0.0037450835, 0.037597448, 0.044877786, -0.0816804) * v0_5.z;
        a0_2 += vec4(-0.07447345, -0.01161724, -0.0036654999, -0.0009815859) * v0_5.w;
        a0_3 += vec4(0.049190696, 0.00058568263, 0.0095676165, -0.006582468) * v0_5.x;
        a0_3 += vec4(0.11617685, -0.0070353355, -0.02094826, 0.003919556) * v0_5.y;
        a0_3 += vec4(-0.037459556, 0.0845387, -0.07780502, -0.026395718) * v0_5.z;
        a0_3 += vec4(0.07551103, 0.0011970535, -0.02141631, -0.00091524) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.048807845, 0.000946698, 0.0575346, -0.13944386) * v0_5.x;
        a0_0 += vec4(0.031826183, -0.009879621, 0.17554148, -0.057682578) * v0_5.y;
        a0_0 += vec4(-0.052565835, 0.00162274, 0.027422195, -0.13956417) * v0_5.z;
        a0_0 += vec4(0.17444777, -0.015311191, -0.0693655, -0.022305032) * v0_5.w;
        a0_1 += vec4(0.06504653, 0.008827149, 0.24245472, -0.07178243) * v0_5.x;
        a0_1 += vec4(-0.013206451, -0.0009476431, 0.5128624, 0.025815597) * v0_5.y;
        a0_1 += vec4(-0.031666335, -0.0021187859, 0.048077058, 0.06516167) * v0_5.z;
        a0_1 += vec4(-0.0068296343, 0.00883571, -0.25188917, -0.501819) * v0_5.w;
        a0_2 += vec4(0.047067348, -0.025369715, 0.027825693, 0.03480062) * v0_5.x;
        a0_2 += vec4(0.0933108, 0.12862794, -0.020292202, 0.008248592) * v0_5.y;
        a0_2 += vec4(-0.013032188, -0.015986616, 0.017202055, -0.08952263) * v0_5.z;
        a0_2 += vec4(0.045182664, -0.035248704, 0.008467567, 0.035897423) * v0_5.w;
        a0_3 += vec4(0.098104596, 0.025409738, 0.031035384, 0.0068788626) * v0_5.x;
        a0_3 += vec4(-0.04136269, -0.1114111, -0.09762803, -0.005346807) * v0_5.y;
        a0_3 += vec4(0.051071957, -0.06348426, 0.009649097, 0.018183025) * v0_5.z;
        a0_3 += vec4(0.20030509, 0.07944132, 0.019583907, 0.002162389) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.08900678, 0.04709219, -0.26535815, -0.05010886) * v0_5.x;
        a0_0 += vec4(-0.18357727, -0.060039908, -0.09776422, 0.15313073) * v0_5.y;
        a0_0 += vec4(0.21192625, 0.059971057, -0.24218301, 0.121105455) * v0_5.z;
        a0_0 += vec4(-0.1298665, -0.04286583, -0.2768024, -0.6364546) * v0_5.w;
        a0_1 += vec4(0.007644054, -0.060588945, -0.107596755, 0.0029877692) * v0_5.x;
        a0_1 += vec4(0.00087284134, 0.0034592524, 0.092972055, -0.0056576305) * v0_5.y;
        a0_1 += vec4(0.028557187, 0.027038015, 0.031458214, 0.09504501) * v0_5.z;
        a0_1 += vec4(-0.05853888, -0.07031556, 0.090311974, -0.080149785) * v0_5.w;
        a0_2 += vec4(-0.17502794, 0.010615032, 0.044597756, -0.08388223) * v0_5.x;
        a0_2 += vec4(-0.01971773, -0.38331482, 0.032536477, -0.06359574) * v0_5.y;
        a0_2 += vec4(-0.07397479, 0.16213445, -0.08485795, -0.010409445) * v0_5.z;
        a0_2 += vec4(-0.30418158, -0.002181508, -0.01893301, -0.0634515) * v0_5.w;
        a0_3 += vec4(-0.16075537, -0.084514454, 0.011394127, 0.008470069) * v0_5.x;
        a0_3 += vec4(-0.343967, -0.015881252, -0.020745048, 0.0042409194) * v0_5.y;
        a0_3 += vec4(0.27445212, 0.22021538, 0.022681732, 0.10448474) * v0_5.z;
        a0_3 += vec4(-0.10509708, -0.1993936, -0.01419423, 0.0037925872) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.036535546, -0.066260435, 0.17290731, -0.09415138) * v0_5.x;
        a0_0 += vec4(-0.018747142, 0.047781006, 0.10434604, -0.09901481) * v0_5.y;
        a0_0 += vec4(0.056339383, -0.008777892, 0.07956998, -0.22741035) * v0_5.z;
        a0_0 += vec4(0.1160415, -0.019870285, -0.008838166, -0.07528122) * v0_5.w;
        a0_1 += vec4(-0.0010571631, -0.080543675, -0.24429384, -0.017629612) * v0_5.x;
        a0_1 += vec4(-0.00019252255, 0.028419795, 0.0127862645, 0.019189931) * v0_5.y;
        a0_1 += vec4(0.01790072, -0.004285276, -0.20728078, 0.009064776) * v0_5.z;
        a0_1 += vec4(0.0044334307, 0.098792136, 0.05326239, -0.0003305459) * v0_5.w;
        a0_2 += vec4(0.048545916, 0.008775951, 0.022582535, 0.026230851) * v0_5.x;
        a0_2 += vec4(0.07886689, -0.03204544, -0.015373615, 0.01774202) * v0_5.y;
        a0_2 += vec4(0.11199383, -0.19429083, 0.30573428, -0.087739445) * v0_5.z;
        a0_2 += vec4(0.04820333, 0.008462347, 0.008195342, 0.00062971294) * v0_5.w;
        a0_3 += vec4(0.04689634, -0.14006884, 0.018754877, 0.01124188) * v0_5.x;
        a0_3 += vec4(-0.031584326, -0.027096493, 0.007001733, -0.0062527643) * v0_5.y;
        a0_3 += vec4(0.115796946, -0.01301345, -0.13394472, 0.23520578) * v0_5.z;
        a0_3 += vec4(-0.14533484, 0.119719, 0.0078124427, -0.0054045944) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.15036856, -0.03210322, 0.38724253, -0.28065342) * v0_5.x;
        a0_0 += vec4(0.16138063, 0.06616391, -0.009921414, 0.2730379) * v0_5.y;
        a0_0 += vec4(-0.070885666, -0.007556514, -0.031404212, 0.030356243) * v0_5.z;
        a0_0 += vec4(-0.09974104, -0.03916858, 0.10176994, -0.27289778) * v0_5.w;
        a0_1 += vec4(-0.013269974, -0.012910938, 0.082544014, -0.00057533383) * v0_5.x;
        a0_1 += vec4(0.004552069, 0.02657698, -0.48643312, 0.016446628) * v0_5.y;
        a0_1 += vec4(-0.0045577125, 0.01305659, -0.05918562, -0.00096306705) * v0_5.z;
        a0_1 += vec4(-0.015847988, -0.027390257, -0.034632962, 0.0012235462) * v0_5.w;
        a0_2 += vec4(-0.027907275, 0.072582185, 0.040426478, -0.045810375) * v0_5.x;
        a0_2 += vec4(0.017611068, 0.071229786, -0.031314496, -0.002291072) * v0_5.y;
        a0_2 += vec4(0.013243779, -0.008596356, 0.024412196, 0.018926898) * v0_5.z;
        a0_2 += vec4(0.00040769574, 0.030869756, 0.016998375, -0.007773842) * v0_5.w;
        a0_3 += vec4(0.0014730525, -0.033755735, 0.023389494, -0.010391416) * v0_5.x;
        a0_3 += vec4(0.20083493, 0.07466322, 0.01333041, 0.0034724544) * v0_5.y;
        a0_3 += vec4(0.060309533, 0.022982217, 0.00054401445, -0.02100239) * v0_5.z;
        a0_3 += vec4(-0.03242684, -0.05731651, -0.010848367, 0.0019000089) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 69]);
        a0_0 += vec4(0.2281126, 0.055141743, -0.0651283, 0.54856724) * v0_5.x;
        a0_0 += vec4(-0.014460634, -0.13416319, 0.022330245, -0.3799187) * v0_5.y;
        a0_0 += vec4(0.014122073, -0.004306611, 0.016603895, 0.009778893) * v0_5.z;
        a0_0 += vec4(-0.3362251, 0.0921759, -0.29017928, -0.3912878) * v0_5.w;
        a0_1 += vec4(-0.0048810556, -0.028828839, 0.021632003, -0.041020017) * v0_5.x;
        a0_1 += vec4(-0.0043233265, -0.027019575, 0.055175364, 0.002213374) * v0_5.y;
        a0_1 += vec4(0.0033744294, 0.0011760135, -0.15332137, -0.10665318) * v0_5.z;
        a0_1 += vec4(0.01353382, 0.060972232, 0.06964602, -1.1149677e-05) * v0_5.w;
        a0_2 += vec4(-0.026258131, -0.0077882013, 0.12478316, 0.04202753) * v0_5.x;
        a0_2 += vec4(-0.09344261, 0.086151466, -0.023280669, -0.0019192358) * v0_5.y;
        a0_2 += vec4(0.04433542, -0.04997645, -0.07867039, -0.049236495) * v0_5.z;
        a0_2 += vec4(0.0025612346, 0.020576797, -0.006802411, 0.037518017) * v0_5.w;
        a0_3 += vec4(-0.19401279, 0.036231622, 0.09077971, -0.066967815) * v0_5.x;
        a0_3 += vec4(0.05237347, 0.03449049, -0.0815538, 0.004723074) * v0_5.y;
        a0_3 += vec4(-0.14420083, -0.04583082, -0.028091168, -0.031671174) * v0_5.z;
        a0_3 += vec4(-0.1228356, 0.16973597, -0.016723253, 0.0028919468) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.008259834, 0.023819748, -0.07404843, 0.29578745) * v0_5.x;
        a0_0 += vec4(0.010289673, 0.10292377, 0.08794031, -0.04724856) * v0_5.y;
        a0_0 += vec4(-0.08153749, -0.09425213, -0.12400403, 0.24059002) * v0_5.z;
        a0_0 += vec4(-0.28464085, -0.15596376, 0.16152437, -0.55844134) * v0_5.w;
        a0_1 += vec4(-0.011080321, 0.0070899115, 0.09482532, 0.0028319121) * v0_5.x;
        a0_1 += vec4(0.0003382812, 0.0076237195, -0.04065382, 0.0007842605) * v0_5.y;
        a0_1 += vec4(-0.0027522107, 0.003389762, -0.15637788, 0.032316815) * v0_5.z;
        a0_1 += vec4(0.014454539, -0.051773887, -0.062293917, 0.015159898) * v0_5.w;
        a0_2 += vec4(-0.06888732, -0.0002408053, 0.0169374, 0.01074099) * v0_5.x;
        a0_2 += vec4(-0.008554872, -0.023000933, 0.0045956518, -0.006099658) * v0_5.y;
        a0_2 += vec4(-0.024361052, 0.065914735, 0.07817978, -0.058786035) * v0_5.z;
        a0_2 += vec4(0.03359388, -0.0082887905, -0.0036015075, -0.0037619174) * v0_5.w;
        a0_3 += vec4(-0.11067993, 0.018545872, 0.04174819, -0.22908881) * v0_5.x;
        a0_3 += vec4(-0.06594106, -0.022414058, -0.0108627565, -0.89024687) * v0_5.y;
        a0_3 += vec4(-0.006384009, -0.022160375, -0.027132226, 0.1808949) * v0_5.z;
        a0_3 += vec4(0.15391158, -0.10838177, -0.016400132, -1.0542635) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.016886065, -0.016475854, 0.0039901827, -0.08442869) * v0_6.x;
        a0_0 += vec4(-0.045796815, 0.03404783, 0.047319755, 0.47565743) * v0_6.y;
        a0_0 += vec4(-0.06302444, -0.0037803235, 0.012231864, -0.027136462) * v0_6.z;
        a0_0 += vec4(-0.07435046, 0.015326778, 0.084975615, -0.14216952) * v0_6.w;
        a0_1 += vec4(0.24568893, 0.004199364, -0.00028222718, -0.1062731) * v0_6.x;
        a0_1 += vec4(0.009838466, -0.04359659, -0.0030158162, -0.13102429) * v0_6.y;
        a0_1 += vec4(-0.05813355, 0.014187817, 0.18512954, 0.05844152) * v0_6.z;
        a0_1 += vec4(-0.37069657, -0.013368133, -0.13188705, -0.07412) * v0_6.w;
        a0_2 += vec4(-0.06487942, -0.032808434, 0.01194152, 0.004925684) * v0_6.x;
        a0_2 += vec4(-0.0150918355, 0.015585635, -0.0055441875, 0.0028300115) * v0_6.y;
        a0_2 += vec4(0.0050961026, 0.035370942, -0.0013582848, -0.0072223595) * v0_6.z;
        a0_2 += vec4(-0.016885508, -0.008111068, 0.019438354, 0.03206368) * v0_6.w;
        a0_3 += vec4(-0.011434685, -0.0017883487, -0.0039987555, -0.0030476837) * v0_6.x;
        a0_3 += vec4(-0.017677195, -0.029717833, -0.003495315, -0.00082669884) * v0_6.y;
        a0_3 += vec4(-0.042644724, 0.005742438, -0.04234281, -0.0030387237) * v0_6.z;
        a0_3 += vec4(-0.03172935, 0.020400628, 0.007883935, -0.0021116773) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(0.06951894, 0.04309342, 0.116758406, 0.3472885) * v0_6.x;
        a0_0 += vec4(-0.06546685, -0.02845852, -0.0778252, -0.27043378) * v0_6.y;
        a0_0 += vec4(0.0682703, 0.008518834, 0.055100095, 0.28548786) * v0_6.z;
        a0_0 += vec4(-0.0396495, 0.0056522484, -0.13876185, -0.12189256) * v0_6.w;
        a0_1 += vec4(-0.0053700074, -0.015632043, 0.086592585, 0.052495863) * v0_6.x;
        a0_1 += vec4(-0.01197594, 0.012689837, 0.12264024, -0.02320147) * v0_6.y;
        a0_1 += vec4(-0.020085933, 0.023451377, 0.11882104, 0.098163895) * v0_6.z;
        a0_1 += vec4(-0.042534895, -0.08714207, -0.28008416, 0.074227825) * v0_6.w;
        a0_2 += vec4(0.10090255, 0.048428632, -0.0062325536, 0.04708998) * v0_6.x;
        a0_2 += vec4(-0.03884341, 0.011778174, 0.01477718, 0.042400006) * v0_6.y;
        a0_2 += vec4(0.07240183, 0.0067176274, 0.0043010097, -0.0067590117) * v0_6.z;
        a0_2 += vec4(-0.0981795, -0.061047066, 0.05861664, -0.039294474) * v0_6.w;
        a0_3 += vec4(-0.0069927624, -0.040653933, 0.019741599, 0.011937394) * v0_6.x;
        a0_3 += vec4(0.0066519426, -0.0843157, -0.0024193756, 0.0031586518) * v0_6.y;
        a0_3 += vec4(0.047433414, -3.0048426e-05, -0.018353494, -0.00027421073) * v0_6.z;
        a0_3 += vec4(-0.12154209, 0.024838423, -0.06410939, -0.007851335) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(0.017398108, 0.03481229, 0.044931695, -0.17319429) * v0_6.x;
        a0_0 += vec4(0.030206684, -0.0008342145, -0.1906033, 0.1311883) * v0_6.y;
        a0_0 += vec4(0.022014257, 0.021827063, 0.020016827, 0.13991445) * v0_6.z;
        a0_0 += vec4(0.09874555, 0.04881173, -0.101093344, 0.14856069) * v0_6.w;
        a0_1 += vec4(0.007115303, 0.06190192, -0.261385, -0.0094699105) * v0_6.x;
        a0_1 += vec4(-0.011346973, -0.09712951, -0.29174185, -0.00969638) * v0_6.y;
        a0_1 += vec4(-0.00435, -0.0019856582, 0.2878415, -0.00076344446) * v0_6.z;
        a0_1 += vec4(0.010889538, 0.05421421, -0.07365893, 0.01648095) * v0_6.w;
        a0_2 += vec4(0.006111552, -0.016447954, 0.006780925, -0.010046139) * v0_6.x;
        a0_2 += vec4(-0.1278533, -0.05142276, -0.0024014737, 0.0043534837) * v0_6.y;
        a0_2 += vec4(0.04935562, 0.019115457, -0.0021978787, -0.006061622) * v0_6.z;
        a0_2 += vec4(0.06103732, 0.0416107, -0.018054904, 0.007646078) * v0_6.w;
        a0_3 += vec4(0.049695738, 0.031908717, 0.013013859, -0.005426294) * v0_6.x;
        a0_3 += vec4(0.017360037, -0.062721446, -0.013417134, -0.007984365) * v0_6.y;
        a0_3 += vec4(-0.010561271, 0.041668404, -0.018101789, 0.0028116954) * v0_6.z;
        a0_3 += vec4(-0.033551965, 0.0269283, 0.04855209, 0.01701052) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.03830594, -0.047777787, 0.008772387, -0.15978007) * v0_6.x;
        a0_0 += vec4(0.15888292, 0.052312683, -0.10512692, -0.0035829495) * v0_6.y;
        a0_0 += vec4(-0.045675162, 0.007255717, 0.1077248, -0.27920315) * v0_6.z;
        a0_0 += vec4(0.0109229665, 0.05830878, 0.044435136, -0.14798808) * v0_6.w;
        a0_1 += vec4(-0.0061301533, 0.016104728, 0.027452298, 0.29150707) * v0_6.x;
        a0_1 += vec4(0.029053329, -0.019316364, 0.3296298, -0.01388066) * v0_6.y;
        a0_1 += vec4(0.0010063553, 0.037860587, 0.24130782, 0.15409403) * v0_6.z;
        a0_1 += vec4(-0.023449581, 0.014543033, -0.30204737, 0.1045479) * v0_6.w;
        a0_2 += vec4(0.10663085, -0.0015379889, 0.04447084, -0.014806051) * v0_6.x;
        a0_2 += vec4(-0.016227925, -0.022379376, -0.02051976, 0.053765733) * v0_6.y;
        a0_2 += vec4(0.04316828, 0.054087695, -0.0043466534, -0.0037241704) * v0_6.z;
        a0_2 += vec4(-0.040898032, -0.073807865, -0.063643195, 0.101776764) * v0_6.w;
        a0_3 += vec4(0.04688336, -0.048542574, 0.03652352, 0.008423903) * v0_6.x;
        a0_3 += vec4(-0.02025556, 0.0006974462, -0.017287526, -0.0028826674) * v0_6.y;
        a0_3 += vec4(0.057237953, -0.0090165455, -0.041948203, -0.0010799598) * v0_6.z;
        a0_3 += vec4(-0.1304305, -0.09648492, -0.07257795, -0.009741121) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.034225814, 0.011384562, 0.06812987, -0.11784705) * v0_6.x;
        a0_0 += vec4(0.0077642347, -0.018475026, 0.114324145, 0.06437515) * v0_6.y;
        a0_0 += vec4(0.08478724, 0.020524204, 0.09734501, 0.10220254) * v0_6.z;
        a0_0 += vec4(-0.15277588, -0.05864344, 0.067353286, -0.36833328) * v0_6.w;
        a0_1 += vec4(-0.027961107, 0.07787586, -0.114334606, 0.05787047) * v0_6.x;
        a0_1 += vec4(0.0058944956, 0.00935745, 0.10689901, -0.15155083) * v0_6.y;
        a0_1 += vec4(-0.010156387, 0.021068675, 0.030479368, 0.09743853) * v0_6.z;
        a0_1 += vec4(-0.025753412, 0.06935078, -0.09592107, 0.018139256) * v0_6.w;
        a0_2 += vec4(-0.104240045, -0.05731609, 0.026757184, 0.038160596) * v0_6.x;
        a0_2 += vec4(0.08312813, 0.0634593, 0.060705155, 0.0027429531) * v0_6.y;
        a0_2 += vec4(0.1462689, 0.1130091, -0.040555034, -0.025064737) * v0_6.z;
        a0_2 += vec4(0.0692235, -0.042078584, -0.17468013, -0.31891453) * v0_6.w;
        a0_3 += vec4(-0.108106844, 0.19593963, -0.031817205, -0.050749984) * v0_6.x;
        a0_3 += vec4(-0.1701517, -0.14316264, 0.029934362, 0.0019885367) * v0_6.y;
        a0_3 += vec4(0.16680694, 0.07081589, -0.19023207, -0.0010651606) * v0_6.z;
        a0_3 += vec4(-0.25846297, -0.12774311, -0.089332946, 0.038277403) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.011195161, 0.054054957, -0.14983587, -0.13910149) * v0_6.x;
        a0_0 += vec4(0.02950605, 0.11263931, 0.029798057, -0.10904278) * v0_6.y;
        a0_0 += vec4(0.10360864, 0.037227925, -0.051315993, 0.12595439) * v0_6.z;
        a0_0 += vec4(-0.014274898, -0.052587982, 0.03062576, -0.21177733) * v0_6.w;
        a0_1 += vec4(0.0034180947, -0.035650324, -0.16365717, -0.016488284) * v0_6.x;
        a0_1 += vec4(-0.0052414397, -0.0077873236, -0.23101875, -0.020378793) * v0_6.y;
        a0_1 += vec4(0.00029225953, -0.023008615, 0.052151456, -0.007824071) * v0_6.z;
        a0_1 += vec4(0.007301773, -0.03616989, -0.04348297, -0.012029329) * v0_6.w;
        a0_2 += vec4(0.010041458, -0.05992249, 0.03700877, -0.002997934) * v0_6.x;
        a0_2 += vec4(-0.118272506, 0.026956651, -0.037887543, 0.0043467786) * v0_6.y;
        a0_2 += vec4(0.034097083, 0.017485281, -0.008677678, 0.0031416127) * v0_6.z;
        a0_2 += vec4(-0.026396168, -0.038884837, 0.02314824, -0.06990926) * v0_6.w;
        a0_3 += vec4(-0.018994832, -0.007664423, -0.013441305, 0.02988113) * v0_6.x;
        a0_3 += vec4(-0.035389125, -0.06155982, 0.023271319, 0.006346818) * v0_6.y;
        a0_3 += vec4(0.045384683, 0.11110499, -0.025707265, -7.659245e-05) * v0_6.z;
        a0_3 += vec4(-0.055233654, 0.004168702, -0.033153903, -0.0071941135) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.035114598, -0.0118268225, 0.11772664, -0.03169712) * v0_6.x;
        a0_0 += vec4(0.087477714, 0.03823873, -0.050340865, 0.03337059) * v0_6.y;
        a0_0 += vec4(-0.025364578, -0.0050675017, 0.08244465, -0.029159846) * v0_6.z;
        a0_0 += vec4(-0.06338091, 0.010374189, 0.040904306, -0.29580206) * v0_6.w;
        a0_1 += vec4(0.0043085744, 0.0022107607, -0.060320817, -0.008569688) * v0_6.x;
        a0_1 += vec4(0.013263189, -0.007707904, -0.08515928, 0.00336974) * v0_6.y;
        a0_1 += vec4(-0.0035903584, 0.018595625, -0.010964325, -0.0051550856) * v0_6.z;
        a0_1 += vec4(0.023330837, -0.00075046776, 0.011563475, 8.620943e-06) * v0_6.w;
        a0_2 += vec4(-0.009822497, -0.008223876, 0.010280279, -0.0048064683) * v0_6.x;
        a0_2 += vec4(0.0013225058, -0.004990187, -0.009735601, -0.0116605805) * v0_6.y;
        a0_2 += vec4(0.06417242, 0.013529066, 0.012089312, -0.00538339) * v0_6.z;
        a0_2 += vec4(-0.021312641, 0.005491536, -0.0045210677, -0.010256391) * v0_6.w;
        a0_3 += vec4(0.024822135, 0.0487323, -0.00911172, -0.011004567) * v0_6.x;
        a0_3 += vec4(0.043313604, 0.043280646, -0.0070040934, -0.0068001896) * v0_6.y;
        a0_3 += vec4(0.043392215, 0.0017325142, -0.03310088, -0.005647254) * v0_6.z;
        a0_3 += vec4(-0.09614904, 0.040582716, 0.014962408, 0.0040816814) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 69]);
        a0_0 += vec4(0.07296411, 0.028777834, -0.02907877, 0.11558136) * v0_6.x;
        a0_0 += vec4(-0.074290976, 0.0002426119, -0.06362316, 0.033334456) * v0_6.y;
        a0_0 += vec4(0.055543076, -0.009645074, 0.18795004, 0.01715861) * v0_6.z;
        a0_0 += vec4(0.18297768, 0.07780479, 0.01974813, -0.002598587) * v0_6.w;
        a0_1 += vec4(-0.0065500517, -0.016641675, -0.11509949, -0.10051594) * v0_6.x;
        a0_1 += vec4(0.010888322, 0.0032908188, -0.13837492, 0.015847715) * v0_6.y;
        a0_1 += vec4(-0.006803832, -0.0148549685, 0.0052016308, -0.023066554) * v0_6.z;
        a0_1 += vec4(-0.00478692, -0.019152783, -0.103406414, -0.03471215) * v0_6.w;
        a0_2 += vec4(0.03910903, -0.009586834, -0.020982536, 0.027560696) * v0_6.x;
        a0_2 += vec4(-0.06402266, -0.048823874, 0.007756096, 0.020282583) * v0_6.y;
        a0_2 += vec4(0.019231206, 0.010131276, 0.021404304, 0.0014786295) * v0_6.z;
        a0_2 += vec4(-0.035413347, -0.097650036, -0.030079816, 0.0042301337) * v0_6.w;
        a0_3 += vec4(0.1031085, -0.031719346, -0.035596956, 0.012579938) * v0_6.x;
        a0_3 += vec4(0.12707743, 0.10344901, -0.020577194, 0.012797935) * v0_6.y;
        a0_3 += vec4(-0.017592017, 0.04877623, -0.024446443, -0.002917043) * v0_6.z;
        a0_3 += vec4(0.022994675, 0.004553127, -0.03949617, 0.040301513) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 70]);
        a0_0 += vec4(0.008004301, -0.022681408, -0.069329135, -0.084427096) * v0_6.x;
        a0_0 += vec4(0.015070907, 0.07193787, -0.008618819, 0.03876606) * v0_6.y;
        a0_0 += vec4(0.006669796, 0.0401191, -0.030800516, 0.120095655) * v0_6.z;
        a0_0 += vec4(-0.013246376, -0.014934389, -0.06340086, -0.17195413) * v0_6.w;
        a0_1 += vec4(0.000680777, 0.0177189, -0.051190328, 0.00788786) * v0_6.x;
        a0_1 += vec4(0.001855084, -0.010370578, -0.16510728, 0.0066600908) * v0_6.y;
        a0_1 += vec4(-0.0010510074, 0.013059259, 0.02385259, -0.007139736) * v0_6.z;
        a0_1 += vec4(-0.004387606, 0.021834074, 0.030075701, -0.0027955843) * v0_6.w;
        a0_2 += vec4(-0.03288541, 0.003176583, 0.0017961046, -0.020345626) * v0_6.x;
        a0_2 += vec4(-0.0077890377, -0.004630163, -0.016992074, -0.01954472) * v0_6.y;
        a0_2 += vec4(0.021569172, 0.062347278, -0.00065002346, 0.0015881422) * v0_6.z;
        a0_2 += vec4(-0.056044813, 0.029375048, 0.015552908, 0.010928271) * v0_6.w;
        a0_3 += vec4(0.032240212, 0.032379765, -0.011885934, -0.1945824) * v0_6.x;
        a0_3 += vec4(0.007792208, -0.025527544, 0.019247627, -0.4080675) * v0_6.y;
        a0_3 += vec4(-0.041584168, -0.018727535, -0.0038896669, -0.045705028) * v0_6.z;
        a0_3 += vec4(0.008520275, 0.026831059, 0.004424536, -1.3328931) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.05352064, 0.025496779, -0.017876659, -0.42976972) * v0_7.x;
        a0_0 += vec4(0.066583686, 0.041160833, 0.17511591, -0.054710384) * v0_7.y;
        a0_0 += vec4(-0.01562282, 0.043780487, 0.14420922, 0.012379767) * v0_7.z;
        a0_0 += vec4(-0.055675343, 0.013070537, 0.033987418, 0.024991402) * v0_7.w;
        a0_1 += vec4(-0.031019744, 0.0015880689, 0.3982541, -0.055926107) * v0_7.x;
        a0_1 += vec4(-0.063364916, 0.036481302, -0.9604217, 0.118267015) * v0_7.y;
        a0_1 += vec4(0.2998004, 0.102931485, -0.3137395, 0.14229192) * v0_7.z;
        a0_1 += vec4(0.0012294499, 0.026801165, -0.12387836, 0.013220557) * v0_7.w;
        a0_2 += vec4(0.012425376, -0.007886613, -0.008472159, 0.0067465873) * v0_7.x;
        a0_2 += vec4(0.050158687, -0.007885837, -0.001783529, -0.008455926) * v0_7.y;
        a0_2 += vec4(0.07323046, 0.077554286, -0.054565772, 0.025668986) * v0_7.z;
        a0_2 += vec4(-0.084360264, -0.052947234, 0.0151790995, 0.014624492) * v0_7.w;
        a0_3 += vec4(-0.05226632, 0.004753544, 0.0056653735, -0.002933385) * v0_7.x;
        a0_3 += vec4(-0.0003638585, 0.005304152, -0.02860725, -0.0003290576) * v0_7.y;
        a0_3 += vec4(0.10541966, 0.044569645, -0.068158776, -0.036488608) * v0_7.z;
        a0_3 += vec4(-0.15037823, 0.05357717, -0.0057400474, 0.0028405502) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.0603156, -0.028838815, -0.070399776, -0.29125932) * v0_7.x;
        a0_0 += vec4(-0.058869928, -0.028688658, -0.22258945, -0.840663) * v0_7.y;
        a0_0 += vec4(0.20416957, -0.12369758, -0.19005197, 0.19646135) * v0_7.z;
        a0_0 += vec4(0.21611254, 0.011750982, -0.1968486, 0.11637494) * v0_7.w;
        a0_1 += vec4(0.032735106, -0.07108308, 0.3193637, -0.0868141) * v0_7.x;
        a0_1 += vec4(-0.0049568247, -0.21005511, -0.3344786, -0.06225742) * v0_7.y;
        a0_1 += vec4(0.07011126, 0.012888776, -0.028269568, -0.16825315) * v0_7.z;
        a0_1 += vec4(-0.0037805843, -0.0117930295, -0.14304803, 0.005156603) * v0_7.w;
        a0_2 += vec4(-0.05909692, -0.06964174, 0.019255456, -0.002457632) * v0_7.x;
        a0_2 += vec4(0.013834268, 0.04758292, 0.009225598, -0.022021035) * v0_7.y;
        a0_2 += vec4(-0.020474045, -0.11654064, 0.082111485, -0.038805973) * v0_7.z;
        a0_2 += vec4(0.01858106, 0.059538167, -0.020021942, 0.031059323) * v0_7.w;
        a0_3 += vec4(-0.045468617, 0.03605731, -0.0060326643, -0.0018553566) * v0_7.x;
        a0_3 += vec4(0.0752481, 0.09511909, -0.007555127, 0.0040374575) * v0_7.y;
        a0_3 += vec4(0.15613526, 0.06009262, -0.07879747, -0.015054811) * v0_7.z;
        a0_3 += vec4(0.07426248, -0.05345083, 0.019965159, -0.009893624) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.10958232, -0.022469545, -0.2366321, -0.46511912) * v0_7.x;
        a0_0 += vec4(-0.053447425, 0.049674112, 0.080322646, -0.08139212) * v0_7.y;
        a0_0 += vec4(-0.026674794, -0.0245773, 0.03232221, -0.10161637) * v0_7.z;
        a0_0 += vec4(-0.13228402, -0.10707125, 0.121080756, -0.29508144) * v0_7.w;
        a0_1 += vec4(-0.0041283392, -0.23295562, 0.22303738, -0.009535313) * v0_7.x;
        a0_1 += vec4(-0.003645582, 0.029180318, -0.7859208, -0.0002167481) * v0_7.y;
        a0_1 += vec4(-0.0062053036, -0.08049087, 0.08121355, -0.009638903) * v0_7.z;
        a0_1 += vec4(0.00012486262, 0.023948977, -0.22558703, -0.0080334935) * v0_7.w;
        a0_2 += vec4(-0.057700485, 0.020962114, 0.0055151945, 0.016991466) * v0_7.x;
        a0_2 += vec4(0.039485972, -0.011129974, 0.0012585961, 0.0019865336) * v0_7.y;
        a0_2 += vec4(-0.042698756, 0.038164586, 0.02402352, 0.0057254517) * v0_7.z;
        a0_2 += vec4(-0.009401162, -0.0022509643, 0.0072267954, -0.0097338) * v0_7.w;
        a0_3 += vec4(-0.026725372, -0.103069656, 0.011473728, -0.003741998) * v0_7.x;
        a0_3 += vec4(-0.027623892, -0.012602302, -0.0005502562, -0.0029403232) * v0_7.y;
        a0_3 += vec4(0.048817378, -0.03085156, -0.014697967, -0.04409154) * v0_7.z;
        a0_3 += vec4(0.040170956, 0.01911314, 0.00064923725, 0.0050461753) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.263152, -0.023056252, -0.14748456, -0.22655813) * v0_7.x;
        a0_0 += vec4(0.07404459, 0.002215931, -0.10981685, -0.3217715) * v0_7.y;
        a0_0 += vec4(0.04359434, 0.061557658, 0.21514663, 0.31844923) * v0_7.z;
        a0_0 += vec4(-0.08020626, 0.016273815, -0.014054487, -0.095006205) * v0_7.w;
        a0_1 += vec4(0.008114237, -0.026774116, 0.026790198, -0.19202733) * v0_7.x;
        a0_1 += vec4(-0.03399292, -0.005558487, 0.16434899, -0.18542607) * v0_7.y;
        a0_1 += vec4(-0.04149087, 0.0033234267, 0.19950414, -0.25578845) * v0_7.z;
        a0_1 += vec4(-0.0021667595, 0.0010222604, -0.4124703, -0.019996772) * v0_7.w;
        a0_2 += vec4(-0.09610399, -0.006310243, 0.0128417425, -0.03337009) * v0_7.x;
        a0_2 += vec4(-0.29759926, -0.0061121252, -0.020841163, -0.017351437) * v0_7.y;
        a0_2 += vec4(0.014906329, -0.06714002, -0.09505099, 0.14551577) * v0_7.z;
        a0_2 += vec4(0.13037375, -0.04606906, -0.021672621, -0.016812699) * v0_7.w;
        a0_3 += vec4(-0.034966167, -0.06273833, 0.04052326, 0.003546484) * v0_7.x;
        a0_3 += vec4(-0.0409945, -0.01869833, -0.07286352, -0.0050344756) * v0_7.y;
        a0_3 += vec4(-0.07613724, 0.029909967, -0.04909556, -0.005582302) * v0_7.z;
        a0_3 += vec4(0.10590628, -0.055417847, -0.038754255, 8.646479e-05) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.27370754, -0.064557485, -0.24022336, -0.5501537) * v0_7.x;
        a0_0 += vec4(-0.50522417, -0.113560304, -0.53683805, -0.7414289) * v0_7.y;
        a0_0 += vec4(-0.103985794, 0.00456689, 0.10707955, -0.0073918165) * v0_7.z;
        a0_0 += vec4(0.04373851, -0.049141727, 0.15107526, -0.32241797) * v0_7.w;
        a0_1 += vec4(0.0136516, 0.050179582, 0.0033668596, -0.006224678) * v0_7.x;
        a0_1 += vec4(0.004202224, -0.08623419, -0.6031388, 0.05693322) * v0_7.y;
        a0_1 += vec4(0.005108169, 0.007925641, 0.1276241, 0.16178028) * v0_7.z;
        a0_1 += vec4(0.00043880002, -0.0028783241, 0.16294768, 0.028337363) * v0_7.w;
        a0_2 += vec4(-0.28701317, -0.06551135, -0.06522876, -0.07656495) * v0_7.x;
        a0_2 += vec4(-0.24934022, -0.21739312, -0.068082616, -0.06547192) * v0_7.y;
        a0_2 += vec4(0.012312327, 0.22100064, -0.039518617, 0.0537443) * v0_7.z;
        a0_2 += vec4(-0.08587732, -0.00310289, -0.003257585, 0.041846357) * v0_7.w;
        a0_3 += vec4(0.057020567, -0.15512753, -0.04701987, 0.017954407) * v0_7.x;
        a0_3 += vec4(-0.4419878, -0.20859207, -0.1678562, 0.005901406) * v0_7.y;
        a0_3 += vec4(-0.11201452, -0.06056351, 0.15053517, 0.24579144) * v0_7.z;
        a0_3 += vec4(-0.038539838, 0.10808083, 0.049305584, -0.0010985589) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.033512775, -0.12666352, -0.25632238, -0.47094455) * v0_7.x;
        a0_0 += vec4(-0.0007524204, -0.05390965, -0.021249969, -0.024718473) * v0_7.y;
        a0_0 += vec4(-0.06448195, -0.081579715, -0.1301759, 0.19133452) * v0_7.z;
        a0_0 += vec4(0.03329938, -0.2883489, 0.011104891, -0.34425822) * v0_7.w;
        a0_1 += vec4(0.007789389, 0.032329004, -0.1244592, 0.013362819) * v0_7.x;
        a0_1 += vec4(0.0025501167, 0.060556635, -0.37969822, 0.02981938) * v0_7.y;
        a0_1 += vec4(-0.010969478, 0.022568887, -0.081718236, 0.011489337) * v0_7.z;
        a0_1 += vec4(0.0024795597, -0.0012465417, 0.23804568, 1.5933947e-05) * v0_7.w;
        a0_2 += vec4(-0.028986778, -0.10525487, -0.010622254, -0.0072573503) * v0_7.x;
        a0_2 += vec4(0.07267098, 0.06243554, 0.019382566, -0.017958779) * v0_7.y;
        a0_2 += vec4(-0.0025543012, -0.038693026, -0.023019899, 0.058700107) * v0_7.z;
        a0_2 += vec4(0.028916528, 0.01368642, -0.006050085, 0.005170775) * v0_7.w;
        a0_3 += vec4(-0.103481084, -0.059209935, 0.024729736, 0.028136596) * v0_7.x;
        a0_3 += vec4(-0.05595041, 0.01858684, -0.0044316384, 0.0078050313) * v0_7.y;
        a0_3 += vec4(-0.058716822, -0.020148305, 0.02079377, 0.18064222) * v0_7.z;
        a0_3 += vec4(-0.01785989, -0.023207165, 0.018577969, -0.018722013) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 68]);
        a0_0 += vec4(0.011160406, 0.007289276, -0.10887194, -0.1766931) * v0_7.x;
        a0_0 += vec4(0.12943017, 0.039642368, -0.43112862, 0.03630105) * v0_7.y;
        a0_0 += vec4(0.14682241, 0.04574267, -0.007702303, -0.04117092) * v0_7.z;
        a0_0 += vec4(0.053969603, 0.025953176, 0.02387552, -0.025542093) * v0_7.w;
        a0_1 += vec4(0.004296411, 0.007232345, -0.021845797, 0.052090853) * v0_7.x;
        a0_1 += vec4(0.0015396378, 0.009407923, 0.022409683, -0.08061498) * v0_7.y;
        a0_1 += vec4(0.0063610724, 0.0048975623, 0.10312374, 0.16595143) * v0_7.z;
        a0_1 += vec4(0.00085923297, -0.00020858769, 0.09079109, -0.03261983) * v0_7.w;
        a0_2 += vec4(-0.024286231, -0.010604798, -0.0006612612, -0.001073967) * v0_7.x;
        a0_2 += vec4(0.05997, -0.02278616, -0.024554119, 0.02775034) * v0_7.y;
        a0_2 += vec4(0.014113713, 0.06697394, -0.009622575, -0.029041978) * v0_7.z;
        a0_2 += vec4(0.016305894, 0.02069288, 0.00533168, 0.013637841) * v0_7.w;
        a0_3 += vec4(0.061379008, -0.015743127, -0.008345395, 7.252225e-05) * v0_7.x;
        a0_3 += vec4(0.1546223, 0.0701028, -0.014490869, 0.00748663) * v0_7.y;
        a0_3 += vec4(0.063124076, 0.015358469, -0.0021968398, 0.0046773264) * v0_7.z;
        a0_3 += vec4(-0.022194352, 0.01263938, 0.012935363, 0.0036611902) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.087298244, -0.033604648, -0.18191323, -0.482421) * v0_7.x;
        a0_0 += vec4(-0.66515493, -0.35186985, -0.087617, -0.65385556) * v0_7.y;
        a0_0 += vec4(-0.11503318, -0.022878703, 0.08766349, -0.1840257) * v0_7.z;
        a0_0 += vec4(0.035827212, -0.013278332, 0.029960133, 0.23340048) * v0_7.w;
        a0_1 += vec4(0.00060058146, 0.0072148256, 0.029682608, 0.017427104) * v0_7.x;
        a0_1 += vec4(0.007552103, -0.007452546, -0.20951886, -0.054767128) * v0_7.y;
        a0_1 += vec4(0.007771162, -0.004662414, 0.20472595, -0.036158442) * v0_7.z;
        a0_1 += vec4(-0.0056494614, 0.005701786, -0.0403443, -0.026197836) * v0_7.w;
        a0_2 += vec4(0.021465113, 0.005298628, 0.030760545, 0.01103767) * v0_7.x;
        a0_2 += vec4(0.054187093, -0.11684337, -0.0497402, -0.034474086) * v0_7.y;
        a0_2 += vec4(0.016191337, -0.056247253, -0.012751851, 0.113253824) * v0_7.z;
        a0_2 += vec4(8.453507e-05, -0.03424535, -0.0031855141, 0.001117858) * v0_7.w;
        a0_3 += vec4(-0.031800956, 0.015225801, 0.016785186, -0.018736724) * v0_7.x;
        a0_3 += vec4(-0.03786575, -0.2814111, -0.10464382, 0.045793522) * v0_7.y;
        a0_3 += vec4(0.074106336, 0.05293375, 0.013694363, 0.24186136) * v0_7.z;
        a0_3 += vec4(-0.00979653, -0.05569455, 0.014075014, -0.046199393) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.03790432, -0.058513597, 0.11540564, -0.17947063) * v0_7.x;
        a0_0 += vec4(0.041629273, -0.19687684, 0.04545519, -0.19994208) * v0_7.y;
        a0_0 += vec4(0.014191396, 0.057876345, 0.056938376, -0.07840069) * v0_7.z;
        a0_0 += vec4(0.016156798, -0.06607331, -0.080623806, 0.102826975) * v0_7.w;
        a0_1 += vec4(-0.0003335394, -0.0176437, -0.047332633, -0.009358473) * v0_7.x;
        a0_1 += vec4(-0.0067158556, 0.0029720631, 0.17593661, 0.0060364995) * v0_7.y;
        a0_1 += vec4(0.0010348716, -0.013258078, 0.040727686, -0.00736392) * v0_7.z;
        a0_1 += vec4(0.000231762, -0.008358839, -0.029996818, 0.0017344136) * v0_7.w;
        a0_2 += vec4(-0.024927283, -0.01552619, 0.0029329406, -0.0016633364) * v0_7.x;
        a0_2 += vec4(-0.011472197, 0.0016247611, -0.0016536061, 0.008560975) * v0_7.y;
        a0_2 += vec4(0.017947054, 0.014892829, -0.047214277, -0.0045239506) * v0_7.z;
        a0_2 += vec4(0.002894757, -0.0096526155, 0.0068600476, 0.0035768691) * v0_7.w;
        a0_3 += vec4(0.04368313, -0.06405828, 0.006604915, -1.8004456) * v0_7.x;
        a0_3 += vec4(0.03870844, 1.0123957e-06, -0.038523767, -1.8639237) * v0_7.y;
        a0_3 += vec4(0.035578962, 0.0052425824, 0.021722225, -0.19697289) * v0_7.z;
        a0_3 += vec4(0.026083052, -0.0013074856, -0.0008636706, -0.9343933) * v0_7.w;
    }

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

//!DESC ArtCNN_C4F32 compute conv2d_4 part 1
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L3p0
//!BIND ArtCNN_C4F32_L3p1
//!SAVE ArtCNN_C4F32_L4p1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 8 phases: each loads 1 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared vec4 tile[340];

void hook()
{
    ivec2 size = imageSize(out_image) / ivec2(2, 2);
    ivec2 last = size - ivec2(1);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * ivec2(32, 8);
    int thread = int(gl_LocalInvocationIndex);
    ivec2 local = ivec2(gl_LocalInvocationID.x, int(gl_LocalInvocationID.y) % 8);
    int slice = int(gl_LocalInvocationID.y) / 8;
    int at = local.y * 34 + local.x;

    vec4 a0_0;
    vec4 a0_1;
    vec4 a0_2;
    vec4 a0_3;
    if (slice == 0) {
        a0_0 = vec4(-0.0016975092, -0.013348444, -0.0101586925, -0.0023115254);
        a0_1 = vec4(-0.014644328, -0.002838471, -0.010976465, -0.010420114);
        a0_2 = vec4(0.010046276, -0.00817356, -0.00592981, -0.012702304);
        a0_3 = vec4(-0.003283902, -0.009365962, -0.030856198, -0.008386251);
    }
    // Tile pixel i = thread + r * 256 of round r: the same positions in every phase.
    int i0 = thread + 0;
    ivec2 q0 = origin + ivec2(i0 % 34 - 1, i0 / 34 - 1);
    bool f0 = all(equal(q0, clamp(q0, ivec2(0), last)));
    q0 = clamp(q0, ivec2(0), last);
    int i1 = thread + 256;
    ivec2 q1 = origin + ivec2(i1 % 34 - 1, i1 / 34 - 1);
    bool f1 = all(equal(q1, clamp(q1, ivec2(0), last)));
    q1 = clamp(q1, ivec2(0), last);

    // Phase 0: input groups 0..0.
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.018283347, -0.00045607917, 0.0060582818, 0.015689053) * v0_0.x;
        a0_0 += vec4(0.020948345, 0.010084842, -0.05871323, 0.0442905) * v0_0.y;
        a0_0 += vec4(-0.0006844951, 0.03996347, -0.0077746073, 0.052070368) * v0_0.z;
        a0_0 += vec4(-0.0020731466, -0.027734036, -0.020642549, -0.011996461) * v0_0.w;
        a0_1 += vec4(-0.074223176, -0.076086864, 0.010009205, 0.00498156) * v0_0.x;
        a0_1 += vec4(0.026734153, 0.026125053, -0.012888242, -0.0036207351) * v0_0.y;
        a0_1 += vec4(0.09821857, -0.049064066, -0.05750457, -0.07566508) * v0_0.z;
        a0_1 += vec4(-0.05826318, -0.018796125, 0.043513767, -0.01541347) * v0_0.w;
        a0_2 += vec4(0.12318386, -0.031515714, 0.06658294, -0.01790978) * v0_0.x;
        a0_2 += vec4(-0.08093016, 0.0068258494, 0.013516406, 0.057182025) * v0_0.y;
        a0_2 += vec4(-0.3196226, 0.07305165, -0.037273683, -0.08905009) * v0_0.z;
        a0_2 += vec4(0.054708652, 0.02250646, -0.023916934, -0.018449223) * v0_0.w;
        a0_3 += vec4(0.037408922, 0.022901045, 0.17857559, -0.007467809) * v0_0.x;
        a0_3 += vec4(-0.054096118, 0.032582734, 0.028476933, 0.009934257) * v0_0.y;
        a0_3 += vec4(0.04911137, 0.01642436, 0.07593433, -0.033404656) * v0_0.z;
        a0_3 += vec4(0.02086434, -0.002126818, 0.16576327, 0.0012923892) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.015542496, -0.020906035, 0.05616912, 0.011500291) * v0_0.x;
        a0_0 += vec4(0.011709668, 0.006958166, 0.088712916, -0.04759519) * v0_0.y;
        a0_0 += vec4(-0.021187717, -0.06529189, -0.0114498865, -0.082412966) * v0_0.z;
        a0_0 += vec4(-0.0069833756, -0.020228442, 0.0874531, 0.055400908) * v0_0.w;
        a0_1 += vec4(0.06515173, 0.0041347602, 0.0510124, 0.02624078) * v0_0.x;
        a0_1 += vec4(0.04781931, 0.04964814, -0.2192327, 0.11373382) * v0_0.y;
        a0_1 += vec4(-0.1932606, -0.06795975, -0.13658446, -0.093924426) * v0_0.z;
        a0_1 += vec4(0.15270661, 0.04920662, 0.017569887, 0.015546919) * v0_0.w;
        a0_2 += vec4(0.0718138, -0.014243287, 0.012612587, 0.048731383) * v0_0.x;
        a0_2 += vec4(0.20789832, -0.06249828, -0.026129458, 0.11318468) * v0_0.y;
        a0_2 += vec4(-0.065590106, -0.045804016, 0.04883716, -0.11467208) * v0_0.z;
        a0_2 += vec4(-0.27906537, 0.0104019325, 0.030469168, 0.121829174) * v0_0.w;
        a0_3 += vec4(0.019536879, -0.012675698, -0.10678455, -0.010448809) * v0_0.x;
        a0_3 += vec4(-0.05208309, 0.0074040866, -0.030260565, 0.024434563) * v0_0.y;
        a0_3 += vec4(0.03733627, -0.01970346, -0.022267962, -0.01950978) * v0_0.z;
        a0_3 += vec4(-0.0023957686, 0.058996107, -0.053874824, -0.018836893) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.018064445, -0.02253134, 0.0016811455, 0.03921868) * v0_0.x;
        a0_0 += vec4(0.084922425, -0.1061726, -0.043436524, -0.07272687) * v0_0.y;
        a0_0 += vec4(-0.02193883, -0.043257385, -0.083489224, -0.0094089) * v0_0.z;
        a0_0 += vec4(-0.0012094387, 0.0147130145, -0.0050844704, -0.03531546) * v0_0.w;
        a0_1 += vec4(0.011515321, -0.0008673987, 0.01021309, -0.03998467) * v0_0.x;
        a0_1 += vec4(-0.10125976, -0.015188177, 0.11087175, -0.046940386) * v0_0.y;
        a0_1 += vec4(-0.17955068, -0.033393275, -0.007070009, -0.051426765) * v0_0.z;
        a0_1 += vec4(0.009750301, -0.0106553985, 0.006023548, 0.045006126) * v0_0.w;
        a0_2 += vec4(0.1903772, -0.014205343, 0.013526937, 0.026766587) * v0_0.x;
        a0_2 += vec4(-0.07189499, 0.082867585, 0.17449427, 0.031478837) * v0_0.y;
        a0_2 += vec4(-0.18446773, -0.026643228, 0.019107278, -0.13341573) * v0_0.z;
        a0_2 += vec4(0.06726684, -0.036159597, 0.06675827, 0.023888445) * v0_0.w;
        a0_3 += vec4(0.010371433, 0.02059556, 0.22709219, -0.021008492) * v0_0.x;
        a0_3 += vec4(-0.007805979, 0.03468188, 0.23101915, 0.009653657) * v0_0.y;
        a0_3 += vec4(-0.017042544, 0.04944701, 0.0031324464, -0.09685607) * v0_0.z;
        a0_3 += vec4(0.001390613, 0.054915868, 0.114478715, -0.0034285372) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 34]);
        a0_0 += vec4(0.01723265, 0.0021537296, 0.0084488215, -0.026516566) * v0_0.x;
        a0_0 += vec4(-0.0064137513, 0.082135536, 0.052593667, -0.0420796) * v0_0.y;
        a0_0 += vec4(0.025128623, -0.046288945, 0.02539665, -0.065579034) * v0_0.z;
        a0_0 += vec4(0.0035611966, 0.03360602, 0.03226798, 0.031936094) * v0_0.w;
        a0_1 += vec4(0.1027903, -0.001239901, -0.07456331, -0.029130416) * v0_0.x;
        a0_1 += vec4(0.2857115, 0.012627638, -0.059892666, -0.033038933) * v0_0.y;
        a0_1 += vec4(-0.12527318, 0.0012188617, 0.027038874, 0.015653279) * v0_0.z;
        a0_1 += vec4(-0.008641095, 0.008363736, -0.021640765, -0.015255137) * v0_0.w;
        a0_2 += vec4(0.24483675, -0.064649485, -0.10852287, -0.016419483) * v0_0.x;
        a0_2 += vec4(0.14748481, -0.032443833, 0.029739222, 0.053020094) * v0_0.y;
        a0_2 += vec4(-0.30304453, 0.061247077, -0.0017646264, -0.07087985) * v0_0.z;
        a0_2 += vec4(-0.009870498, -0.010504906, -0.032092966, -0.0016628841) * v0_0.w;
        a0_3 += vec4(-0.012253985, -0.045408767, -0.10626453, 0.06839395) * v0_0.x;
        a0_3 += vec4(-0.07443572, -0.033961438, -0.16959049, 0.035710827) * v0_0.y;
        a0_3 += vec4(0.05507231, -0.03769801, -0.048370406, -0.0075587006) * v0_0.z;
        a0_3 += vec4(0.03677807, -0.023149477, -0.025628755, -0.057484712) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 35]);
        a0_0 += vec4(0.017643329, -0.04996845, -0.018859908, -0.061122697) * v0_0.x;
        a0_0 += vec4(0.34165478, 0.17534265, 0.06829982, 0.10795807) * v0_0.y;
        a0_0 += vec4(0.06664788, 0.03152679, -0.12386091, -0.14232776) * v0_0.z;
        a0_0 += vec4(0.03949003, 0.009136445, -0.02725185, -0.101188794) * v0_0.w;
        a0_1 += vec4(0.07006862, -0.03568767, -0.03884071, 0.019617394) * v0_0.x;
        a0_1 += vec4(0.3367087, -0.16474003, 0.22236866, 0.2906942) * v0_0.y;
        a0_1 += vec4(-0.8614081, -0.05483698, -0.08595165, -0.12225225) * v0_0.z;
        a0_1 += vec4(0.10795525, 0.005861848, -0.043968987, -0.018650714) * v0_0.w;
        a0_2 += vec4(-0.14757648, -0.20276885, -0.01160909, 0.058186002) * v0_0.x;
        a0_2 += vec4(0.12473517, 0.14209689, 0.13009773, 0.16402978) * v0_0.y;
        a0_2 += vec4(0.08657092, -0.03974507, 0.020102011, -0.060327966) * v0_0.z;
        a0_2 += vec4(-0.08655603, -0.09495798, -0.05340838, -0.0044676755) * v0_0.w;
        a0_3 += vec4(-0.00036379413, -0.03848448, 0.048601996, 0.011211055) * v0_0.x;
        a0_3 += vec4(0.14617102, 0.021121379, 0.29117793, 0.22066964) * v0_0.y;
        a0_3 += vec4(-0.08563537, -0.043937974, 0.11667677, 0.056606773) * v0_0.z;
        a0_3 += vec4(-0.018669752, -0.11769504, -0.08774747, -0.08335606) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 36]);
        a0_0 += vec4(0.027976288, -0.07391086, -0.047543265, -0.0393009) * v0_0.x;
        a0_0 += vec4(-0.0030176488, 0.0462244, 0.115901925, 0.03867774) * v0_0.y;
        a0_0 += vec4(-0.005870751, -0.026110478, -0.10724031, -0.09727929) * v0_0.z;
        a0_0 += vec4(-0.006245743, 0.006611747, -0.05287074, 0.037571006) * v0_0.w;
        a0_1 += vec4(0.032634597, -0.034685787, -0.00010149836, 0.023715368) * v0_0.x;
        a0_1 += vec4(0.04442532, 0.18611571, 0.108625725, -0.104921706) * v0_0.y;
        a0_1 += vec4(0.12758508, -0.1306295, -0.26632875, -0.09635189) * v0_0.z;
        a0_1 += vec4(-0.124528706, -0.024916474, 0.028955566, -0.0034809187) * v0_0.w;
        a0_2 += vec4(-0.04629577, -0.057534475, -0.01354084, -0.035664707) * v0_0.x;
        a0_2 += vec4(-0.032455474, 0.0072121215, -0.0030640527, -0.004716625) * v0_0.y;
        a0_2 += vec4(-0.039526366, -0.08113465, -0.08293605, -0.118422754) * v0_0.z;
        a0_2 += vec4(-0.018492758, 0.028116766, -0.05123618, 0.014280714) * v0_0.w;
        a0_3 += vec4(-0.023710055, -0.047630355, 0.025084086, 0.06897326) * v0_0.x;
        a0_3 += vec4(-0.001394573, 0.012960655, 0.0004915201, -0.094240285) * v0_0.y;
        a0_3 += vec4(0.002499041, -0.17356738, -0.378099, 0.051470987) * v0_0.z;
        a0_3 += vec4(0.0015200152, -0.053298194, -0.01156152, -0.037229747) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.017905073, 0.06856336, -0.045125287, 0.039754372) * v0_0.x;
        a0_0 += vec4(0.028834887, 0.033030543, 0.017635468, 0.027801542) * v0_0.y;
        a0_0 += vec4(0.012817996, 0.017676003, -0.092132136, -0.031009464) * v0_0.z;
        a0_0 += vec4(-0.0010266944, -0.023578838, -0.019058397, 0.044198424) * v0_0.w;
        a0_1 += vec4(-0.078462504, -0.022188937, -0.14860962, 0.0114819165) * v0_0.x;
        a0_1 += vec4(0.09297935, 0.0261449, 0.011739509, -0.064567246) * v0_0.y;
        a0_1 += vec4(-0.14403053, -0.028247818, -0.04446361, -0.05141038) * v0_0.z;
        a0_1 += vec4(0.09128404, -0.00071885926, 0.0069643995, 0.021032143) * v0_0.w;
        a0_2 += vec4(0.27643454, -0.006955999, 0.059600323, 0.02721244) * v0_0.x;
        a0_2 += vec4(0.07039344, 0.06796241, -0.032453265, -0.015319131) * v0_0.y;
        a0_2 += vec4(-0.15781449, -0.015563251, 0.018169994, 0.07843806) * v0_0.z;
        a0_2 += vec4(-0.032815725, 0.0045961635, 0.007291795, -0.055212837) * v0_0.w;
        a0_3 += vec4(-0.05466493, 0.027604472, 0.25605202, 0.02377293) * v0_0.x;
        a0_3 += vec4(0.044296082, 0.021557312, -0.011769307, 0.011416828) * v0_0.y;
        a0_3 += vec4(-0.02285336, 0.0032324276, 0.0485613, 0.024909617) * v0_0.z;
        a0_3 += vec4(-0.017432084, 0.003812752, -0.011868706, -0.019281639) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.015889365, 0.04956746, -0.10061822, -0.046182413) * v0_0.x;
        a0_0 += vec4(0.07927657, -0.06789576, -0.03122652, -0.022781461) * v0_0.y;
        a0_0 += vec4(-0.015805071, 0.099279396, 0.09606744, -0.045868468) * v0_0.z;
        a0_0 += vec4(-0.011308788, 0.018816305, -0.00884391, 0.0315008) * v0_0.w;
        a0_1 += vec4(-0.0733952, -0.0930177, -0.09444618, -0.0032916416) * v0_0.x;
        a0_1 += vec4(-0.37833893, 0.101219796, 0.1554377, -0.09127358) * v0_0.y;
        a0_1 += vec4(-0.09383044, 0.002986431, -0.2345861, -0.05062573) * v0_0.z;
        a0_1 += vec4(-0.046481803, -0.04869992, 0.031763807, 0.027442358) * v0_0.w;
        a0_2 += vec4(-0.20129341, -0.020700162, 0.012939738, 0.034968607) * v0_0.x;
        a0_2 += vec4(0.11588511, -0.011924343, -0.09606584, -0.038119867) * v0_0.y;
        a0_2 += vec4(0.089877196, 0.021603238, 0.015082572, -0.023571493) * v0_0.z;
        a0_2 += vec4(0.019836256, -0.055512037, 0.036293767, 0.0391078) * v0_0.w;
        a0_3 += vec4(-0.006228165, 0.03452347, -0.26886514, 0.04977258) * v0_0.x;
        a0_3 += vec4(-0.07326335, -0.038890567, 0.054000255, -0.187942) * v0_0.y;
        a0_3 += vec4(0.025286542, 0.09379949, 0.047752075, -0.021060996) * v0_0.z;
        a0_3 += vec4(0.018907966, 0.048508376, -0.10668329, -0.09553002) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.012362935, 0.04514763, -0.05886459, -0.035570577) * v0_0.x;
        a0_0 += vec4(-0.008400748, 0.024465667, 0.045315593, 0.05015611) * v0_0.y;
        a0_0 += vec4(-0.017772343, 0.051140483, -0.025281634, 0.036637597) * v0_0.z;
        a0_0 += vec4(-0.008642822, -0.019420221, 0.073475204, -0.064193666) * v0_0.w;
        a0_1 += vec4(-0.008788333, -0.05269567, 0.013204499, -0.02019951) * v0_0.x;
        a0_1 += vec4(0.3157533, -0.045273416, -0.113329664, 0.02661385) * v0_0.y;
        a0_1 += vec4(-0.0739828, -0.009670496, -0.10208147, 0.079944134) * v0_0.z;
        a0_1 += vec4(0.04927199, 0.0014979398, 0.016647482, -0.03618494) * v0_0.w;
        a0_2 += vec4(0.09037873, 0.017139884, 0.0042421306, -0.012529866) * v0_0.x;
        a0_2 += vec4(-0.040568594, -0.022939753, -0.049288493, 0.02045268) * v0_0.y;
        a0_2 += vec4(-0.12456868, 0.021477522, 0.03410426, -0.042234045) * v0_0.z;
        a0_2 += vec4(-0.0477691, 0.02650476, -0.010795158, -0.01026054) * v0_0.w;
        a0_3 += vec4(0.0126414, 0.0052517806, 0.2853811, 0.002204681) * v0_0.x;
        a0_3 += vec4(0.028733043, 0.03841762, -0.0230311, -0.030130893) * v0_0.y;
        a0_3 += vec4(-0.0017311557, 0.0014508333, 0.08701003, 0.034654275) * v0_0.z;
        a0_3 += vec4(-0.0044470467, 0.012504966, -0.05264956, -0.07792982) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(0.013346519, -0.067694016, 0.06748892, 0.035024554) * v0_1.x;
        a0_0 += vec4(0.011942324, 0.008094802, 0.1368533, -0.004341536) * v0_1.y;
        a0_0 += vec4(-0.0069850762, -0.06055194, -0.045794595, 0.018748593) * v0_1.z;
        a0_0 += vec4(0.014710511, 0.055891268, 0.017776951, -0.058099262) * v0_1.w;
        a0_1 += vec4(0.10193471, -0.021023208, 0.014190351, 0.042543653) * v0_1.x;
        a0_1 += vec4(0.15905298, 0.0683432, -0.043398876, 0.029667398) * v0_1.y;
        a0_1 += vec4(-0.06287452, -0.029009687, -0.06549019, -0.012454952) * v0_1.z;
        a0_1 += vec4(-0.21820055, -0.061629, 0.07447156, -0.013039905) * v0_1.w;
        a0_2 += vec4(0.48287755, -0.1071204, 0.049747277, 0.04039841) * v0_1.x;
        a0_2 += vec4(-0.042596623, -0.080700375, 0.0004156297, 0.05038289) * v0_1.y;
        a0_2 += vec4(-0.07844619, 0.00634547, 0.014929353, -0.045968127) * v0_1.z;
        a0_2 += vec4(-0.058236957, 0.013835223, 0.015949266, -0.08836349) * v0_1.w;
        a0_3 += vec4(0.0028647254, -0.011179821, -0.11482866, -0.02559933) * v0_1.x;
        a0_3 += vec4(-0.030910932, -0.046164412, -0.3317651, -0.0023134858) * v0_1.y;
        a0_3 += vec4(0.014452637, 0.007833266, -0.004520489, -0.019756036) * v0_1.z;
        a0_3 += vec4(0.054778293, -0.032822315, 0.01243773, 0.0020590117) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0034404204, -0.020444434, -0.105943516, -0.017320368) * v0_1.x;
        a0_0 += vec4(0.02662866, 0.0037738143, -0.033602886, -0.17014432) * v0_1.y;
        a0_0 += vec4(0.0220068, 0.009240361, -0.03515271, 0.010477907) * v0_1.z;
        a0_0 += vec4(-0.060031243, -0.07283544, 0.08687965, 0.061650276) * v0_1.w;
        a0_1 += vec4(0.08792792, -0.03449169, -0.016810294, 0.032821026) * v0_1.x;
        a0_1 += vec4(-0.04179727, -0.045708675, 0.06042599, -0.1352027) * v0_1.y;
        a0_1 += vec4(-0.06243529, -0.0026280943, -0.029860206, -0.013633717) * v0_1.z;
        a0_1 += vec4(0.1100565, 0.034319445, -0.16494428, 0.021346182) * v0_1.w;
        a0_2 += vec4(-0.11624733, -0.16032939, -0.16420963, -0.026324186) * v0_1.x;
        a0_2 += vec4(0.012877986, -0.0766128, -0.025289932, -0.015005911) * v0_1.y;
        a0_2 += vec4(0.17034677, -0.11220053, 0.008958776, -0.037887402) * v0_1.z;
        a0_2 += vec4(-0.28413534, 0.045247473, 0.005815753, -0.030302923) * v0_1.w;
        a0_3 += vec4(-0.015141486, -0.09521568, -0.039523706, -0.1299818) * v0_1.x;
        a0_3 += vec4(0.020260049, -0.10820722, -0.18762231, 0.01335802) * v0_1.y;
        a0_3 += vec4(0.02356166, -0.017736146, -0.15372571, 0.015858302) * v0_1.z;
        a0_3 += vec4(-0.00096049014, 0.030287959, 0.1318962, -0.05872493) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.002428254, -0.030843027, 0.008086221, 0.007803876) * v0_1.x;
        a0_0 += vec4(-0.009981471, -0.016794948, 0.03582134, 0.025737537) * v0_1.y;
        a0_0 += vec4(0.011009215, -0.05576035, -0.07985168, 0.0044083414) * v0_1.z;
        a0_0 += vec4(-0.014782762, 0.017504133, -0.014047267, 0.007281163) * v0_1.w;
        a0_1 += vec4(-0.040114004, 0.019241879, 0.027664032, -0.013234759) * v0_1.x;
        a0_1 += vec4(0.11362706, -0.009379261, -0.021996032, 0.07206362) * v0_1.y;
        a0_1 += vec4(-0.07768432, -0.032807197, -0.016791832, 0.005460989) * v0_1.z;
        a0_1 += vec4(0.03129745, -0.010366214, -0.036847588, 0.030749721) * v0_1.w;
        a0_2 += vec4(0.06429649, -0.03766244, -0.082789466, 0.0975323) * v0_1.x;
        a0_2 += vec4(0.048915524, -0.04182964, 0.048796806, 0.004824378) * v0_1.y;
        a0_2 += vec4(-0.05442758, -0.09388978, -0.012755396, -0.008797137) * v0_1.z;
        a0_2 += vec4(-0.078147165, -0.0005805863, 0.1318865, -0.023582246) * v0_1.w;
        a0_3 += vec4(-0.0011719851, -0.048418578, 0.010085966, -0.085926324) * v0_1.x;
        a0_3 += vec4(0.012440839, -0.07867422, -0.14713491, -0.031878397) * v0_1.y;
        a0_3 += vec4(-0.0020125618, -0.04598439, -0.2988731, -0.027894882) * v0_1.z;
        a0_3 += vec4(0.0040576407, 0.060737386, 0.035774898, -0.0052871937) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 34]);
        a0_0 += vec4(0.020132989, -0.14745066, -0.05456633, -0.029956782) * v0_1.x;
        a0_0 += vec4(-0.016356, -0.0005631249, 0.0048850197, 0.12215129) * v0_1.y;
        a0_0 += vec4(0.0126817925, -0.03789619, -0.037291072, -0.03932846) * v0_1.z;
        a0_0 += vec4(-0.051175646, -0.018485364, -0.13874069, 0.11646204) * v0_1.w;
        a0_1 += vec4(0.002956176, -0.021071346, 0.058472395, 0.05267543) * v0_1.x;
        a0_1 += vec4(-0.117180005, 0.038762417, 0.0021996167, -0.050898887) * v0_1.y;
        a0_1 += vec4(0.021590894, -0.03333124, -0.08864877, 0.03052934) * v0_1.z;
        a0_1 += vec4(-0.45513692, 0.07772634, 0.28772023, -0.054444212) * v0_1.w;
        a0_2 += vec4(0.20478253, -0.017669259, -0.019892622, 0.020645922) * v0_1.x;
        a0_2 += vec4(-0.08471951, 0.013883298, -0.0028118144, -0.021111574) * v0_1.y;
        a0_2 += vec4(-0.08036978, -0.047272533, 0.00068563136, 0.03167713) * v0_1.z;
        a0_2 += vec4(-0.08732, 0.022818238, 0.033780772, -0.20995674) * v0_1.w;
        a0_3 += vec4(0.0048983344, -0.0014462988, -0.18647727, -0.00077790226) * v0_1.x;
        a0_3 += vec4(0.030740386, 0.03843815, -0.04492873, -0.0646307) * v0_1.y;
        a0_3 += vec4(0.024196263, 0.039607737, 0.11565932, -0.023875214) * v0_1.z;
        a0_3 += vec4(-0.12646061, 0.026416045, -0.19727263, 0.031829808) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.0020105594, -0.19025879, -0.1403393, -0.17514408) * v0_1.x;
        a0_0 += vec4(-0.0388187, -0.075212374, 0.18973178, -0.10648991) * v0_1.y;
        a0_0 += vec4(0.13904788, 0.01261861, -0.1141167, -0.10854186) * v0_1.z;
        a0_0 += vec4(0.21604955, -0.00408051, 0.016621398, 0.0077759526) * v0_1.w;
        a0_1 += vec4(0.13997251, -0.080730006, 0.05447033, 0.0021522816) * v0_1.x;
        a0_1 += vec4(0.008860018, 0.26769593, 0.041911416, 0.052043248) * v0_1.y;
        a0_1 += vec4(-0.16004008, -0.07634608, -0.0055528777, -0.06049037) * v0_1.z;
        a0_1 += vec4(0.013802611, -0.15075132, -0.36844587, -0.007616827) * v0_1.w;
        a0_2 += vec4(0.072367825, -0.1807756, -0.05513819, -0.14150509) * v0_1.x;
        a0_2 += vec4(-0.2862018, 0.1694835, 0.03407689, -0.13247122) * v0_1.y;
        a0_2 += vec4(-0.00363825, -0.023707986, 0.034835067, -0.023837287) * v0_1.z;
        a0_2 += vec4(-0.2537865, -0.23146068, -0.00607755, 0.0133680925) * v0_1.w;
        a0_3 += vec4(0.021801436, -0.1327265, -0.37031206, -0.1908249) * v0_1.x;
        a0_3 += vec4(-0.029999558, 0.026604092, -0.2641697, -0.038401064) * v0_1.y;
        a0_3 += vec4(-0.026181595, 0.04064756, 0.07849323, -0.072364785) * v0_1.z;
        a0_3 += vec4(-0.061969034, -0.027559951, -0.18754058, 0.087279096) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.010641367, -0.020111125, -0.027456038, 0.044449598) * v0_1.x;
        a0_0 += vec4(-0.011464692, 0.0062230737, -0.05266418, 0.07212684) * v0_1.y;
        a0_0 += vec4(0.017461957, -0.07810184, 0.017724812, -0.025330577) * v0_1.z;
        a0_0 += vec4(-0.036687933, 0.017368603, -0.15860564, 0.013071239) * v0_1.w;
        a0_1 += vec4(-0.047466606, -0.034661513, 0.0585757, -0.060334545) * v0_1.x;
        a0_1 += vec4(-0.103632174, -0.01284229, -0.08527415, 0.12727842) * v0_1.y;
        a0_1 += vec4(0.10925461, -0.008729073, -0.08524067, 0.017983496) * v0_1.z;
        a0_1 += vec4(-0.35769263, -0.082100175, 0.035306145, 0.12572296) * v0_1.w;
        a0_2 += vec4(0.012352117, -0.03476645, -0.032599293, 0.047904342) * v0_1.x;
        a0_2 += vec4(0.03787984, 0.04539793, 0.015161647, 0.060938925) * v0_1.y;
        a0_2 += vec4(-0.060568277, 0.021346752, 0.01871174, -0.021350212) * v0_1.z;
        a0_2 += vec4(0.11268274, -0.026084704, -0.0013706492, 0.033274245) * v0_1.w;
        a0_3 += vec4(0.0044803717, -0.094691284, -0.1301035, -0.04102984) * v0_1.x;
        a0_3 += vec4(0.015958415, 0.042736482, 0.11805975, 0.08031093) * v0_1.y;
        a0_3 += vec4(0.0032725255, -0.006624566, -0.06244819, -0.07830096) * v0_1.z;
        a0_3 += vec4(-0.008422075, 0.09987933, -0.1553778, -0.044044048) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 68]);
        a0_0 += vec4(0.0010621824, -0.19533324, 0.015704911, -0.1108958) * v0_1.x;
        a0_0 += vec4(0.020853404, -0.062549315, -0.0048789023, -0.056535337) * v0_1.y;
        a0_0 += vec4(0.01423361, -0.026259735, -0.053097874, -0.023078114) * v0_1.z;
        a0_0 += vec4(-0.0057763476, 0.11736603, 0.045286436, 0.061868157) * v0_1.w;
        a0_1 += vec4(-0.06249337, 0.019419702, 0.022711432, -0.011751029) * v0_1.x;
        a0_1 += vec4(0.08475661, -0.10077005, 0.0070242905, 0.008443126) * v0_1.y;
        a0_1 += vec4(-0.10684619, -0.0019151018, -0.00941225, -0.03414575) * v0_1.z;
        a0_1 += vec4(0.01803137, 0.025505517, -0.09047788, 0.02564225) * v0_1.w;
        a0_2 += vec4(-0.52990043, -0.08654697, -0.020307368, 0.020255638) * v0_1.x;
        a0_2 += vec4(-0.30305266, -0.034583095, -0.003315023, 0.071075626) * v0_1.y;
        a0_2 += vec4(-0.3080947, -0.017763045, -0.0050346567, -0.08193865) * v0_1.z;
        a0_2 += vec4(0.10578328, 0.014284723, 0.033921853, 0.06828971) * v0_1.w;
        a0_3 += vec4(0.0009743219, -0.019714514, -0.26452848, -0.039266016) * v0_1.x;
        a0_3 += vec4(0.053453956, -0.019878501, -0.09415139, 0.012378666) * v0_1.y;
        a0_3 += vec4(-0.014128994, 0.009658771, -0.028858336, -0.003354122) * v0_1.z;
        a0_3 += vec4(-0.023767345, 0.01877551, 0.010958112, -0.0030271173) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 69]);
        a0_0 += vec4(0.031939637, -0.234903, -0.08870229, 0.063286856) * v0_1.x;
        a0_0 += vec4(-0.029926071, -0.036685262, -0.047713894, -0.117944226) * v0_1.y;
        a0_0 += vec4(0.011520637, -0.068517916, -0.016296227, -0.011841672) * v0_1.z;
        a0_0 += vec4(-0.011683301, 0.11041701, -0.026165174, 0.0036050586) * v0_1.w;
        a0_1 += vec4(-0.21558486, -0.021556063, 0.029372927, -0.02856429) * v0_1.x;
        a0_1 += vec4(-0.0063539944, 0.0035174463, 0.0106871985, -2.6917054e-05) * v0_1.y;
        a0_1 += vec4(-0.08531385, -0.003708403, -0.061096467, -0.04283765) * v0_1.z;
        a0_1 += vec4(0.28784096, -0.11832249, -0.29179233, 0.052563284) * v0_1.w;
        a0_2 += vec4(0.3192489, -0.18589017, 0.015033236, -0.044923577) * v0_1.x;
        a0_2 += vec4(0.10041551, 0.031083498, -0.04764044, -0.12333946) * v0_1.y;
        a0_2 += vec4(0.026874121, -0.06038008, 0.047326017, -0.01088206) * v0_1.z;
        a0_2 += vec4(-0.24789691, 0.05832758, 0.08921887, 0.062138718) * v0_1.w;
        a0_3 += vec4(-0.0071306583, -0.12803029, -0.31628567, 0.0045230947) * v0_1.x;
        a0_3 += vec4(0.021886924, -0.0760326, -0.18881448, -0.068082035) * v0_1.y;
        a0_3 += vec4(0.013735261, -0.0072946018, -0.039699815, -0.00428929) * v0_1.z;
        a0_3 += vec4(0.038212992, 0.09053652, 0.062734604, 0.14285412) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 70]);
        a0_0 += vec4(0.014481651, -0.0871055, -0.16621852, -0.015467656) * v0_1.x;
        a0_0 += vec4(0.001015293, 0.03906773, 0.10498438, 0.0026190563) * v0_1.y;
        a0_0 += vec4(0.0076557375, -0.018945247, -0.097888015, -0.014159335) * v0_1.z;
        a0_0 += vec4(-0.018618993, -0.039254785, -0.077536896, -0.06820942) * v0_1.w;
        a0_1 += vec4(0.20711468, -0.10248798, -0.058816336, -0.04590923) * v0_1.x;
        a0_1 += vec4(-0.2752915, 0.014254596, -0.015511905, -0.058869623) * v0_1.y;
        a0_1 += vec4(-0.07077818, -0.10192252, -0.04225944, -0.014494845) * v0_1.z;
        a0_1 += vec4(-0.25916654, 0.025721159, 0.0682635, -0.0047610938) * v0_1.w;
        a0_2 += vec4(-0.16614407, -0.09352871, 0.023176007, -0.017200217) * v0_1.x;
        a0_2 += vec4(-0.015738416, 0.005635579, -0.056779508, 0.000545195) * v0_1.y;
        a0_2 += vec4(-0.02036396, -0.08431571, 0.061064716, -0.01514169) * v0_1.z;
        a0_2 += vec4(0.07920318, 0.051097155, 0.024797855, 0.008070783) * v0_1.w;
        a0_3 += vec4(0.002617137, -0.030930404, -0.16594335, 0.03333387) * v0_1.x;
        a0_3 += vec4(0.0021453553, -0.029627861, -0.14954305, -0.072701104) * v0_1.y;
        a0_3 += vec4(0.009837336, -0.028766047, -0.3079654, 0.010762513) * v0_1.z;
        a0_3 += vec4(-0.02293219, -0.03589556, 0.07523694, 0.0064372015) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0018976956, -0.01773822, 0.113740236, -0.03010147) * v0_2.x;
        a0_0 += vec4(-0.0006368601, 0.008933818, 0.010790345, -0.008303735) * v0_2.y;
        a0_0 += vec4(0.015205657, 0.01935826, 0.013463846, 0.0057573044) * v0_2.z;
        a0_0 += vec4(0.013031073, 0.018875659, -0.057726882, 0.06178639) * v0_2.w;
        a0_1 += vec4(-0.034972914, 0.0102338055, 0.059031747, 0.0043630227) * v0_2.x;
        a0_1 += vec4(0.13975635, 0.049081687, -0.027245635, 0.080821805) * v0_2.y;
        a0_1 += vec4(0.027582292, 0.03695274, -0.056011464, 0.038110293) * v0_2.z;
        a0_1 += vec4(0.2849961, -0.01152634, -0.08524224, -0.00069102546) * v0_2.w;
        a0_2 += vec4(0.18982914, -0.044362914, 0.031093763, -0.07465705) * v0_2.x;
        a0_2 += vec4(0.038738616, 0.04440889, 0.024108104, 0.080020584) * v0_2.y;
        a0_2 += vec4(-0.22956698, 0.022889934, 0.027151057, 0.05304326) * v0_2.z;
        a0_2 += vec4(-0.107037686, 0.0607596, -0.003732929, 0.17106667) * v0_2.w;
        a0_3 += vec4(-0.015445302, -0.037789464, -0.050015952, 0.051077884) * v0_2.x;
        a0_3 += vec4(0.012762267, 0.001851805, 0.04508738, -0.010399139) * v0_2.y;
        a0_3 += vec4(-0.047717102, 0.046008788, -0.1286666, -0.019733619) * v0_2.z;
        a0_3 += vec4(-0.010809673, 0.019976275, 0.19499092, -0.05271793) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.028432546, -0.033225965, 0.004389029, -0.04190598) * v0_2.x;
        a0_0 += vec4(-0.022039663, 0.02890873, 0.04517798, 0.12075563) * v0_2.y;
        a0_0 += vec4(-0.01083097, 0.02184465, -0.004304903, -0.061429285) * v0_2.z;
        a0_0 += vec4(0.027387466, 0.033286013, 0.09762235, -0.030319443) * v0_2.w;
        a0_1 += vec4(-0.016466742, 0.021760534, -0.021024497, -0.114846155) * v0_2.x;
        a0_1 += vec4(-0.0050430405, 0.050177496, 0.044557672, 0.024205728) * v0_2.y;
        a0_1 += vec4(-0.12940419, -0.012064237, 0.012600811, -0.23423016) * v0_2.z;
        a0_1 += vec4(0.029583657, 0.011737388, 0.07819717, 0.05101882) * v0_2.w;
        a0_2 += vec4(0.0095579615, 0.038233228, -0.09681008, -0.040829446) * v0_2.x;
        a0_2 += vec4(-0.083576545, -0.008014498, 0.08885777, 0.11325764) * v0_2.y;
        a0_2 += vec4(-0.0843535, 0.026818458, -0.18478753, -0.046880867) * v0_2.z;
        a0_2 += vec4(-0.20441227, 0.06251399, -0.1502272, -0.040597867) * v0_2.w;
        a0_3 += vec4(0.009775902, 0.008421784, 0.006456619, -0.09561461) * v0_2.x;
        a0_3 += vec4(0.006635944, 0.08709082, 0.118046805, -0.040408745) * v0_2.y;
        a0_3 += vec4(0.00411218, -0.049804136, -0.19635203, 0.036421478) * v0_2.z;
        a0_3 += vec4(0.013472233, 0.085310176, -0.06451876, -0.07591257) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(0.038216684, 0.047992278, -0.06499205, 0.050704207) * v0_2.x;
        a0_0 += vec4(0.0102739595, 0.02566829, -0.09544673, -0.050889015) * v0_2.y;
        a0_0 += vec4(0.0060698604, 0.017992869, -0.047779445, -0.06714754) * v0_2.z;
        a0_0 += vec4(-0.0068103033, -0.0024504727, -0.027791899, -0.04207471) * v0_2.w;
        a0_1 += vec4(0.077574186, 0.010959904, -0.014440896, -0.107518494) * v0_2.x;
        a0_1 += vec4(-0.12593453, -0.058278974, 0.05325273, -0.043343127) * v0_2.y;
        a0_1 += vec4(0.06526794, -0.0026265485, 0.021433745, -0.0077145747) * v0_2.z;
        a0_1 += vec4(-0.10708181, -0.011208305, -0.0016049604, 0.013776598) * v0_2.w;
        a0_2 += vec4(-0.073, 0.0033352678, -0.28655007, 0.04164069) * v0_2.x;
        a0_2 += vec4(-0.047815993, -0.03085679, 0.14248835, 0.037665624) * v0_2.y;
        a0_2 += vec4(0.055440623, 0.0012580185, -0.15802169, -0.012820371) * v0_2.z;
        a0_2 += vec4(0.06956232, -0.054167394, -0.009676528, -0.06943438) * v0_2.w;
        a0_3 += vec4(0.0011623794, 0.0157786, 0.23450507, -0.030345064) * v0_2.x;
        a0_3 += vec4(-0.007944286, 0.031138292, -0.054428127, -0.006354884) * v0_2.y;
        a0_3 += vec4(-0.00017147537, -0.061904203, 0.07041381, 0.00904078) * v0_2.z;
        a0_3 += vec4(0.006447948, 0.014401972, -0.16314185, -0.07154022) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 34]);
        a0_0 += vec4(0.021868901, -0.0005611514, -0.102911964, 0.07851412) * v0_2.x;
        a0_0 += vec4(0.04247854, -0.07500577, 0.084712304, -0.17994498) * v0_2.y;
        a0_0 += vec4(-0.0014811258, -0.10287173, 0.018237447, -0.09695345) * v0_2.z;
        a0_0 += vec4(-0.0009852829, -0.050765745, 0.042663284, -0.16274092) * v0_2.w;
        a0_1 += vec4(-0.02023155, 0.05288315, -0.027932774, -0.030171687) * v0_2.x;
        a0_1 += vec4(0.03480106, -0.0007351669, 0.01844147, 0.044539217) * v0_2.y;
        a0_1 += vec4(0.11080655, 0.0065697753, -0.031845115, 0.038780972) * v0_2.z;
        a0_1 += vec4(0.17203246, -0.12003394, -0.21639422, -0.09261596) * v0_2.w;
        a0_2 += vec4(0.17574356, 0.0044225478, 0.05503534, 0.041197572) * v0_2.x;
        a0_2 += vec4(-0.1117672, -0.0016337867, 0.022133714, 0.044980865) * v0_2.y;
        a0_2 += vec4(0.14867087, -0.005532458, 0.058791004, 0.028293682) * v0_2.z;
        a0_2 += vec4(-0.32334054, -0.1765837, -0.07803659, 0.07916237) * v0_2.w;
        a0_3 += vec4(-0.071097, 0.048722077, -0.057024237, -0.032382425) * v0_2.x;
        a0_3 += vec4(0.11727951, 0.017105151, -0.13123526, 0.035763573) * v0_2.y;
        a0_3 += vec4(-0.08230924, -0.04188985, -0.32348582, 0.016696155) * v0_2.z;
        a0_3 += vec4(-0.06649229, -0.0472443, -0.4568975, -0.1417284) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.1390959, -0.025282837, -0.1846367, -0.17312488) * v0_2.x;
        a0_0 += vec4(0.0055536516, 0.0040156716, -0.0461931, 0.001382832) * v0_2.y;
        a0_0 += vec4(-0.28217703, 0.029439924, -0.16460842, -0.13419051) * v0_2.z;
        a0_0 += vec4(-0.096350975, 0.06364015, -0.23242922, -0.07681194) * v0_2.w;
        a0_1 += vec4(-0.11882186, -0.29790485, -0.36498007, -0.04432911) * v0_2.x;
        a0_1 += vec4(0.062221136, 0.14645776, 0.09447305, 0.0961373) * v0_2.y;
        a0_1 += vec4(-0.15542302, -0.19650492, -0.19160284, -0.13592017) * v0_2.z;
        a0_1 += vec4(-0.71006054, -0.03200698, 0.013722355, 0.10948944) * v0_2.w;
        a0_2 += vec4(-0.21054757, -0.2577799, 0.09533944, -0.02624101) * v0_2.x;
        a0_2 += vec4(0.2027694, -0.11940039, -0.10742113, -0.017960316) * v0_2.y;
        a0_2 += vec4(-0.08032507, -0.32743424, -0.057841517, -0.053228322) * v0_2.z;
        a0_2 += vec4(0.19579709, -0.12407397, -0.03277884, -0.12802407) * v0_2.w;
        a0_3 += vec4(0.009676619, -0.13529916, -0.7352996, -0.15486619) * v0_2.x;
        a0_3 += vec4(0.03948796, -0.12067616, 0.08228091, 0.109243326) * v0_2.y;
        a0_3 += vec4(0.014494713, -0.246747, -0.36346516, 0.047908764) * v0_2.z;
        a0_3 += vec4(-0.029475715, -0.1169535, -0.2584969, -0.21210471) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 36]);
        a0_0 += vec4(0.032423206, -0.037463803, 0.2050939, -0.037939724) * v0_2.x;
        a0_0 += vec4(0.013593004, -0.09690995, 0.05423229, -0.08290705) * v0_2.y;
        a0_0 += vec4(0.0033012172, -0.011042271, -0.053883165, 0.08687992) * v0_2.z;
        a0_0 += vec4(0.021856144, -0.087685846, 0.05219188, -0.0030693053) * v0_2.w;
        a0_1 += vec4(0.045254912, 0.1546696, -0.0114585, -0.0006904935) * v0_2.x;
        a0_1 += vec4(-0.090997025, 0.027545037, 0.05975433, -0.17832111) * v0_2.y;
        a0_1 += vec4(-0.039006714, 0.02346445, 0.015942326, 0.07892574) * v0_2.z;
        a0_1 += vec4(0.068657696, -0.0021166562, -0.022209838, -0.015681103) * v0_2.w;
        a0_2 += vec4(0.02388796, 0.025416138, 0.031053495, 0.050074343) * v0_2.x;
        a0_2 += vec4(-0.105788, -0.016524162, -0.022375701, -0.03950573) * v0_2.y;
        a0_2 += vec4(0.017882522, 0.015900968, -0.033731233, 0.010930174) * v0_2.z;
        a0_2 += vec4(-0.066335306, 0.0013105621, -0.08450349, -0.06860593) * v0_2.w;
        a0_3 += vec4(0.012818375, -0.15678418, -0.030713122, -0.042580873) * v0_2.x;
        a0_3 += vec4(-0.006080254, -0.015386665, -0.10410892, 0.043238387) * v0_2.y;
        a0_3 += vec4(-0.0028478182, -0.10389125, 0.09574436, 0.022169469) * v0_2.z;
        a0_3 += vec4(0.003491668, -0.03652787, -0.121610165, -0.030906139) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.008953135, -0.1113049, 0.097485356, 0.036441073) * v0_2.x;
        a0_0 += vec4(-0.0017627795, 0.010715943, -0.075150445, -0.0014170397) * v0_2.y;
        a0_0 += vec4(0.006788333, 0.036601044, 0.0028537803, 0.007882257) * v0_2.z;
        a0_0 += vec4(-0.01913979, -0.35399958, -0.16557258, -0.08922662) * v0_2.w;
        a0_1 += vec4(0.15338975, -0.038560215, 0.022431359, -0.0008673381) * v0_2.x;
        a0_1 += vec4(-0.13922183, 0.060261592, 0.09038329, -0.03609017) * v0_2.y;
        a0_1 += vec4(-0.058197495, 0.02361563, 0.028498296, 0.0044138716) * v0_2.z;
        a0_1 += vec4(-0.12399003, 0.0036374265, 0.03762556, -0.062301684) * v0_2.w;
        a0_2 += vec4(0.1559393, 0.011887965, -0.03058573, 0.025694313) * v0_2.x;
        a0_2 += vec4(-0.14557314, -0.006462871, -0.002616009, -0.040511698) * v0_2.y;
        a0_2 += vec4(-0.27222195, 0.03200874, -0.021298317, 0.005974802) * v0_2.z;
        a0_2 += vec4(-0.23448488, -0.039173704, 0.0056289854, -0.09668508) * v0_2.w;
        a0_3 += vec4(0.02130784, -0.009969811, -0.050955463, 0.015818223) * v0_2.x;
        a0_3 += vec4(-0.016897686, 0.026838342, -0.12020858, -0.030799935) * v0_2.y;
        a0_3 += vec4(-0.007543565, -0.019397575, -0.024186691, -0.0140556395) * v0_2.z;
        a0_3 += vec4(-0.106334135, -0.12345449, -0.06144337, 0.04088199) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.007894873, -0.247034, -0.32074225, -0.08379133) * v0_2.x;
        a0_0 += vec4(0.024869444, 0.09874298, 0.10016384, 0.06778328) * v0_2.y;
        a0_0 += vec4(-0.015118385, -0.034572996, 0.053223297, 0.0075352187) * v0_2.z;
        a0_0 += vec4(0.06672278, -0.2246834, -0.11335976, 0.011710807) * v0_2.w;
        a0_1 += vec4(-0.13698286, 0.07509359, 0.13008814, 0.03582509) * v0_2.x;
        a0_1 += vec4(0.04159407, -0.02069817, 0.00074588717, 0.09005149) * v0_2.y;
        a0_1 += vec4(-0.21771005, 0.03947698, -0.08346688, -0.029511157) * v0_2.z;
        a0_1 += vec4(-0.21584345, -0.008725979, -0.12783167, -0.1229106) * v0_2.w;
        a0_2 += vec4(-0.22243054, 0.091813445, -0.012189117, 0.012827388) * v0_2.x;
        a0_2 += vec4(-0.058973417, -0.02817465, 0.07609694, 0.0682351) * v0_2.y;
        a0_2 += vec4(-0.035024494, 0.03424837, 0.0035044209, 0.036339417) * v0_2.z;
        a0_2 += vec4(0.11131787, -0.071928814, -0.09084191, -0.11744009) * v0_2.w;
        a0_3 += vec4(-0.026605569, -0.053998057, -0.15413749, -0.0612443) * v0_2.x;
        a0_3 += vec4(0.04278761, 0.04930435, 0.063629456, 0.061389934) * v0_2.y;
        a0_3 += vec4(-0.012299767, 0.018904356, 0.11881863, 0.023078756) * v0_2.z;
        a0_3 += vec4(-0.0042765574, -0.08115724, -0.4046168, -0.060050666) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 70]);
        a0_0 += vec4(0.0037737216, 0.04569744, 0.0891477, -0.052269626) * v0_2.x;
        a0_0 += vec4(0.017478356, -0.014166888, -0.006724581, -0.0183561) * v0_2.y;
        a0_0 += vec4(-0.0007778904, 0.018482825, 0.008358527, -0.027108861) * v0_2.z;
        a0_0 += vec4(0.015110892, -0.05507293, 0.02571182, 0.03945836) * v0_2.w;
        a0_1 += vec4(-0.026397498, 0.032413654, 0.048146993, -0.017106501) * v0_2.x;
        a0_1 += vec4(0.03959079, 0.038397163, -0.010606256, -0.0015683355) * v0_2.y;
        a0_1 += vec4(-0.11562816, 0.0025159414, 0.022178967, -0.021232966) * v0_2.z;
        a0_1 += vec4(0.13993143, -0.020636652, -0.071690924, -0.0073879454) * v0_2.w;
        a0_2 += vec4(0.12587684, 0.06225926, -0.026299493, 0.012920991) * v0_2.x;
        a0_2 += vec4(-0.017782614, -0.014667138, 0.055074155, 0.022943798) * v0_2.y;
        a0_2 += vec4(0.008455159, 0.045320578, -0.031376146, -0.034006797) * v0_2.z;
        a0_2 += vec4(-0.14781214, -0.09154671, -0.0067964857, -0.026441041) * v0_2.w;
        a0_3 += vec4(-0.003345746, -0.015874637, -0.17915346, 0.026412467) * v0_2.x;
        a0_3 += vec4(0.009524216, 0.026580846, -0.097139366, -0.0053321184) * v0_2.y;
        a0_3 += vec4(-0.0025773807, -0.018590312, 0.019593094, -0.0025126915) * v0_2.z;
        a0_3 += vec4(-0.012161612, -0.034871057, 0.19185197, -0.018099355) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.020219918, -0.007255449, -0.01500296, 0.026507199) * v0_3.x;
        a0_0 += vec4(0.013240724, 0.026080208, 0.024612509, -0.012372617) * v0_3.y;
        a0_0 += vec4(-0.00017725448, 0.08199178, -0.082949266, 0.0011255204) * v0_3.z;
        a0_0 += vec4(0.020772647, 0.011930212, 0.081272766, 0.008866175) * v0_3.w;
        a0_1 += vec4(0.0042238752, -0.0128706815, 0.081106134, -0.036874685) * v0_3.x;
        a0_1 += vec4(-0.25221738, -0.022191668, -0.11564407, -0.030547116) * v0_3.y;
        a0_1 += vec4(-0.108143225, -0.0012150172, -0.024056317, -0.0426913) * v0_3.z;
        a0_1 += vec4(-0.2158898, 0.014338473, -0.032901607, -0.032017086) * v0_3.w;
        a0_2 += vec4(0.29795197, 0.041186344, 0.008859824, -0.12366139) * v0_3.x;
        a0_2 += vec4(-0.049436416, -0.12359853, 0.024719333, -0.0528541) * v0_3.y;
        a0_2 += vec4(-0.05832583, -0.06492643, 0.019245468, 0.003284421) * v0_3.z;
        a0_2 += vec4(0.029224029, -0.06455677, 0.03444853, -0.04929269) * v0_3.w;
        a0_3 += vec4(-0.020876177, 0.004625116, -0.04279677, 0.025037708) * v0_3.x;
        a0_3 += vec4(-0.032317508, 0.033806566, -0.16683465, -0.05667634) * v0_3.y;
        a0_3 += vec4(0.0026007982, -0.042610962, -0.06391788, 0.016049068) * v0_3.z;
        a0_3 += vec4(-0.029451413, -0.03179108, -0.10416327, 0.016954917) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(0.02726767, 0.019366711, -0.105925545, -0.04207114) * v0_3.x;
        a0_0 += vec4(-0.005030575, -0.049408916, 0.08638994, 0.031900324) * v0_3.y;
        a0_0 += vec4(-0.0055182567, 0.02559262, 0.004134626, -0.020471878) * v0_3.z;
        a0_0 += vec4(0.010749056, -0.008974237, -0.11736927, -0.009790245) * v0_3.w;
        a0_1 += vec4(0.08543288, 0.02091895, 0.068405025, 0.0771539) * v0_3.x;
        a0_1 += vec4(0.13615903, -0.03711041, -0.028635973, 0.09596429) * v0_3.y;
        a0_1 += vec4(-0.09643569, -0.03208244, 0.09387682, -0.03899517) * v0_3.z;
        a0_1 += vec4(-0.105240434, -0.041950494, 0.044526633, 0.007635197) * v0_3.w;
        a0_2 += vec4(0.15392695, -0.10829728, -0.029737605, -0.001692708) * v0_3.x;
        a0_2 += vec4(-0.013732396, 0.04477113, -0.015188592, 0.01645694) * v0_3.y;
        a0_2 += vec4(-0.10668497, -0.065171205, -0.05068865, -0.16407152) * v0_3.z;
        a0_2 += vec4(0.15749437, -0.02620525, 0.10021228, -0.0422571) * v0_3.w;
        a0_3 += vec4(-0.022268517, -0.07564, -0.2213163, 0.10105278) * v0_3.x;
        a0_3 += vec4(-0.007373276, -0.11233701, -0.056651097, 0.0134676285) * v0_3.y;
        a0_3 += vec4(0.01587481, -0.04759463, -0.039763458, -0.009518581) * v0_3.z;
        a0_3 += vec4(0.00446431, -0.104787305, -0.008375044, 0.09774898) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0030659966, 0.0273894, 0.03762048, -0.010428907) * v0_3.x;
        a0_0 += vec4(0.016776484, -0.005235153, -0.0018475801, -0.02177864) * v0_3.y;
        a0_0 += vec4(-0.0063229157, 0.025130237, -0.021191588, 0.0020896716) * v0_3.z;
        a0_0 += vec4(-0.006724692, -0.015314475, 0.005198161, 0.029347556) * v0_3.w;
        a0_1 += vec4(0.074066214, 0.009909008, -0.020311302, -0.007939921) * v0_3.x;
        a0_1 += vec4(0.018828588, 0.013281787, 0.025995784, -0.06350784) * v0_3.y;
        a0_1 += vec4(0.0810115, -0.00845911, -0.018540176, 0.07775332) * v0_3.z;
        a0_1 += vec4(0.15981841, 0.019019779, -0.0140654, -0.013717972) * v0_3.w;
        a0_2 += vec4(0.01710299, 0.044476785, -0.035236668, 0.03247101) * v0_3.x;
        a0_2 += vec4(-0.01687139, 0.06906306, 0.039207794, 0.0036783835) * v0_3.y;
        a0_2 += vec4(0.036236573, 0.055538293, -0.041957386, 0.028598508) * v0_3.z;
        a0_2 += vec4(-0.07217301, -0.028844656, 0.039555006, -0.017288428) * v0_3.w;
        a0_3 += vec4(0.0039522597, -0.07440824, 0.11633237, 0.080137506) * v0_3.x;
        a0_3 += vec4(-0.008765076, 0.05770754, 0.20379259, 0.027872898) * v0_3.y;
        a0_3 += vec4(-0.0037263997, 0.0007654829, -0.091655634, -0.021019017) * v0_3.z;
        a0_3 += vec4(-0.008040843, -0.11827269, -0.01434523, 0.05553467) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 34]);
        a0_0 += vec4(-0.018808683, 0.10107719, 0.004122741, 0.06275484) * v0_3.x;
        a0_0 += vec4(0.020533351, -0.038929585, -0.16508447, -0.060373478) * v0_3.y;
        a0_0 += vec4(-0.019229604, 0.029835446, -0.030130008, -0.010583945) * v0_3.z;
        a0_0 += vec4(-0.046671648, -0.044717323, -0.21220131, -0.004551287) * v0_3.w;
        a0_1 += vec4(0.043194227, 0.045742482, -0.03180354, -0.04193484) * v0_3.x;
        a0_1 += vec4(-0.20421565, -0.05529744, -0.025240384, -0.022256464) * v0_3.y;
        a0_1 += vec4(0.03592006, 0.018214414, -0.010317749, -0.039792847) * v0_3.z;
        a0_1 += vec4(-0.37846604, 0.022159213, 0.29084948, -0.07605009) * v0_3.w;
        a0_2 += vec4(0.072427884, 0.024078177, -0.015755892, -0.04809648) * v0_3.x;
        a0_2 += vec4(-0.1163096, 0.06924995, -0.014635584, -0.06842453) * v0_3.y;
        a0_2 += vec4(-0.01718806, -0.03436693, -0.041086316, -0.012343107) * v0_3.z;
        a0_2 += vec4(0.054754317, 0.018321315, 0.024520045, -0.10947984) * v0_3.w;
        a0_3 += vec4(-0.008571901, 0.03883971, 0.12399801, -0.029286608) * v0_3.x;
        a0_3 += vec4(0.0030243585, -0.075819634, 0.08309905, 0.011490289) * v0_3.y;
        a0_3 += vec4(0.047239594, 0.035929345, -0.045211162, -0.031140761) * v0_3.z;
        a0_3 += vec4(0.08324544, 0.006900455, 0.36843765, 0.07902991) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.013092888, 0.06552866, 0.10468562, -0.06663829) * v0_3.x;
        a0_0 += vec4(-0.02608006, -0.021740438, 0.011846305, 0.0016175658) * v0_3.y;
        a0_0 += vec4(-0.008478269, -0.1628951, 0.03790261, -0.25984907) * v0_3.z;
        a0_0 += vec4(-0.07661945, -0.10502321, 0.17409109, 0.23130167) * v0_3.w;
        a0_1 += vec4(0.108846664, -0.08365169, 0.015576492, 0.09822261) * v0_3.x;
        a0_1 += vec4(0.030244533, 0.085343145, -0.0035288665, 0.09910092) * v0_3.y;
        a0_1 += vec4(-0.2833423, 0.028199643, -0.32442647, -0.17080738) * v0_3.z;
        a0_1 += vec4(0.32255608, 0.1409734, -0.14508775, 0.075009346) * v0_3.w;
        a0_2 += vec4(0.022198312, 0.1771691, 0.048039783, -0.002338546) * v0_3.x;
        a0_2 += vec4(-0.058582187, 0.0010892743, -0.022487706, 0.077225246) * v0_3.y;
        a0_2 += vec4(-0.09309261, -0.0011381451, 0.046145767, -0.011305228) * v0_3.z;
        a0_2 += vec4(0.033080447, 0.21612298, 0.039987676, 0.09072992) * v0_3.w;
        a0_3 += vec4(0.0260775, 0.020257447, -0.0036531417, -0.067195885) * v0_3.x;
        a0_3 += vec4(0.029450947, 0.028670566, 0.011079028, -0.07247403) * v0_3.y;
        a0_3 += vec4(0.0025464522, -0.051917467, -0.14354798, -0.07667777) * v0_3.z;
        a0_3 += vec4(0.022578057, 0.1298427, 0.2885962, 0.16649702) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.047657833, 0.022959005, -0.026168624, 0.006614916) * v0_3.x;
        a0_0 += vec4(0.0012571666, -0.014765718, -0.034746848, 0.0087543465) * v0_3.y;
        a0_0 += vec4(-0.0053073503, -0.003894194, -0.113177374, 0.10122944) * v0_3.z;
        a0_0 += vec4(-0.024521977, 0.0345026, -0.033859916, -0.1131917) * v0_3.w;
        a0_1 += vec4(0.09835011, 0.037648715, 0.008448669, -0.027383199) * v0_3.x;
        a0_1 += vec4(-0.14126626, 0.0033046587, 0.04930853, 0.004061622) * v0_3.y;
        a0_1 += vec4(-0.013761391, -0.044990618, -0.06999522, 0.105491295) * v0_3.z;
        a0_1 += vec4(0.10764856, -0.05736446, -0.061301675, -0.07001262) * v0_3.w;
        a0_2 += vec4(-0.018140147, 0.09234787, -0.027119502, 2.305316e-05) * v0_3.x;
        a0_2 += vec4(-0.033560503, -0.109005645, 0.01859251, 0.014228314) * v0_3.y;
        a0_2 += vec4(0.02990522, -0.12082775, -0.047115903, 0.04720494) * v0_3.z;
        a0_2 += vec4(-0.0122125065, 0.051765107, 0.01666561, 0.040653393) * v0_3.w;
        a0_3 += vec4(-0.004046824, 0.11552949, 0.21905448, -0.08205852) * v0_3.x;
        a0_3 += vec4(0.0146175, -0.06362229, 0.007988304, -0.03391231) * v0_3.y;
        a0_3 += vec4(0.008801937, -0.03374576, -0.21677607, -0.07191916) * v0_3.z;
        a0_3 += vec4(-0.005184431, 0.14065483, 0.36732295, 0.075879835) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.012144336, -0.014897302, 0.022941338, -0.012246588) * v0_3.x;
        a0_0 += vec4(0.012478249, 0.0006644158, 0.028382828, 0.022611689) * v0_3.y;
        a0_0 += vec4(0.007202148, -0.07373474, 0.087830976, 0.038274378) * v0_3.z;
        a0_0 += vec4(0.006108311, 0.21307585, 0.123360656, -0.0039384165) * v0_3.w;
        a0_1 += vec4(0.06352541, 0.025107862, 0.020192977, 0.0276786) * v0_3.x;
        a0_1 += vec4(0.07521671, -0.014458944, -0.06683317, 0.041287072) * v0_3.y;
        a0_1 += vec4(0.09783779, -0.025140863, -0.054708786, -0.027487861) * v0_3.z;
        a0_1 += vec4(-0.105826445, -0.0021022274, -0.11712938, 0.002605501) * v0_3.w;
        a0_2 += vec4(0.30713952, 0.0033973071, -0.019828612, 0.028725104) * v0_3.x;
        a0_2 += vec4(0.11743693, 0.0023339975, 0.008737234, 0.024275895) * v0_3.y;
        a0_2 += vec4(-0.12622309, 0.033714272, 0.032450546, 7.8780606e-05) * v0_3.z;
        a0_2 += vec4(-0.051657535, 0.083123915, -0.060719732, 0.10663256) * v0_3.w;
        a0_3 += vec4(-0.010736861, -0.024872562, -0.03873856, -0.021861762) * v0_3.x;
        a0_3 += vec4(-0.02007569, 0.0048997723, 0.21069667, 0.09211461) * v0_3.y;
        a0_3 += vec4(-0.01226931, 0.014469954, 0.08354284, 0.023653492) * v0_3.z;
        a0_3 += vec4(0.06619556, 0.07645754, 0.3346469, -0.037354473) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.009528768, -0.09224357, -0.082417056, -0.007633063) * v0_3.x;
        a0_0 += vec4(0.000512482, 0.021009967, 0.02660803, -0.033083923) * v0_3.y;
        a0_0 += vec4(0.011930291, -0.030884968, -0.1654994, 0.07066343) * v0_3.z;
        a0_0 += vec4(0.12549734, 0.13747355, 0.007186294, 0.08937885) * v0_3.w;
        a0_1 += vec4(0.016849846, -0.0065868585, -0.018751228, 0.039056666) * v0_3.x;
        a0_1 += vec4(-0.00058893807, 0.004091899, 0.11214465, 0.007414063) * v0_3.y;
        a0_1 += vec4(-0.07268182, -0.026946407, -0.10635945, 0.0067117596) * v0_3.z;
        a0_1 += vec4(0.053983312, 0.05361861, -0.071293406, 0.0031709508) * v0_3.w;
        a0_2 += vec4(0.1804411, -0.057773817, -0.0054595685, -0.006103109) * v0_3.x;
        a0_2 += vec4(0.09019514, -0.0236565, -0.026690787, 0.024898248) * v0_3.y;
        a0_2 += vec4(-0.16267379, -0.12356026, 0.018707253, -0.104695916) * v0_3.z;
        a0_2 += vec4(-0.10222982, 0.1441496, -0.021064533, 0.0061986977) * v0_3.w;
        a0_3 += vec4(0.0065642823, -0.0020928546, -0.20971617, -0.07249301) * v0_3.x;
        a0_3 += vec4(-0.010164871, -0.002975777, 0.1482455, 0.016557096) * v0_3.y;
        a0_3 += vec4(0.0011434362, -0.030701049, 0.031239841, -0.013121175) * v0_3.z;
        a0_3 += vec4(0.021163236, 0.14414644, -0.16651319, -0.04441955) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.008350235, -0.011000369, -0.016017716, 0.003251828) * v0_3.x;
        a0_0 += vec4(-0.012063142, -0.010214136, 0.030366581, 0.016486812) * v0_3.y;
        a0_0 += vec4(0.011706493, -0.040756542, 0.0015631805, -0.015075949) * v0_3.z;
        a0_0 += vec4(0.0023899805, 0.10298476, -0.096192, -0.036982413) * v0_3.w;
        a0_1 += vec4(0.12060684, -0.026030986, 0.004500552, -0.002954484) * v0_3.x;
        a0_1 += vec4(0.08357764, -0.0018906229, -0.044111777, -0.087667055) * v0_3.y;
        a0_1 += vec4(-0.25237963, -0.0011329141, 0.025358368, 0.05704713) * v0_3.z;
        a0_1 += vec4(-0.054090805, 0.02287378, 0.037242174, 0.046226576) * v0_3.w;
        a0_2 += vec4(0.026083669, -0.025533708, -0.004461736, 0.05516302) * v0_3.x;
        a0_2 += vec4(-0.027714888, -0.009636336, -0.020655284, 0.010147017) * v0_3.y;
        a0_2 += vec4(0.084916286, -0.026986524, 0.018040214, -0.057619926) * v0_3.z;
        a0_2 += vec4(0.0756315, 0.09682339, -0.0031227001, 0.017988877) * v0_3.w;
        a0_3 += vec4(-0.009048105, 0.013595645, -0.053313065, -0.0731603) * v0_3.x;
        a0_3 += vec4(-0.0047064046, 0.034145124, 0.22189415, 0.029158117) * v0_3.y;
        a0_3 += vec4(-0.009512499, -0.054938532, -0.23791616, 0.047882915) * v0_3.z;
        a0_3 += vec4(0.003277862, 0.14456183, 0.21448788, -0.033514325) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.0063423105, -0.0064147576, 0.09127538, 0.0050662532) * v0_4.x;
        a0_0 += vec4(0.015953947, 0.02728334, 0.014644943, 0.07083037) * v0_4.y;
        a0_0 += vec4(0.026265396, 0.030541107, -0.11208748, -0.018660216) * v0_4.z;
        a0_0 += vec4(-0.019484904, -0.062358275, 0.04461951, 0.043838) * v0_4.w;
        a0_1 += vec4(0.15702607, -0.008700927, 0.005824318, 0.018426975) * v0_4.x;
        a0_1 += vec4(0.23179697, 0.018097289, 0.011519095, 0.062106073) * v0_4.y;
        a0_1 += vec4(0.20637281, -0.0097800745, -0.17901367, 0.08055939) * v0_4.z;
        a0_1 += vec4(-0.012868187, -0.010208606, 0.07249001, -0.0812324) * v0_4.w;
        a0_2 += vec4(-0.32588986, 0.015064312, 0.0003827044, -0.00878967) * v0_4.x;
        a0_2 += vec4(-0.2587362, 0.10264629, 0.016196914, 0.1303588) * v0_4.y;
        a0_2 += vec4(-0.14961769, -0.046936885, 0.020738445, 0.25936055) * v0_4.z;
        a0_2 += vec4(-0.019909399, 0.039498407, -0.025127757, -0.21412018) * v0_4.w;
        a0_3 += vec4(0.012941493, 0.0077950964, -0.20078832, 0.016867166) * v0_4.x;
        a0_3 += vec4(-0.027121035, 0.015620779, 0.17962652, 0.031516) * v0_4.y;
        a0_3 += vec4(-0.034642894, 0.010514611, 0.10265954, -0.0013611646) * v0_4.z;
        a0_3 += vec4(0.011879319, 0.11883269, 0.23759092, 0.02368508) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0050562206, 0.019170424, -0.05738807, 0.014529213) * v0_4.x;
        a0_0 += vec4(0.03514493, 0.040025447, -0.019148704, 0.1308058) * v0_4.y;
        a0_0 += vec4(0.0008780187, -0.0074081398, 0.034388043, -0.033750962) * v0_4.z;
        a0_0 += vec4(-0.0054501686, -0.0099918265, -0.06726066, -0.05890598) * v0_4.w;
        a0_1 += vec4(-0.053647503, 0.028570041, 0.037843384, -0.02864989) * v0_4.x;
        a0_1 += vec4(0.13679968, -0.025511054, 0.09568555, -0.038298067) * v0_4.y;
        a0_1 += vec4(-0.03359497, -0.051637717, 0.0012565533, -0.017542426) * v0_4.z;
        a0_1 += vec4(0.11979752, 0.013581803, 0.07465785, 0.013558985) * v0_4.w;
        a0_2 += vec4(-0.11299508, -0.0029319555, -0.004740169, -0.041414082) * v0_4.x;
        a0_2 += vec4(-0.1371622, 0.022304444, 0.060023874, -0.040320233) * v0_4.y;
        a0_2 += vec4(-0.33300152, 0.07278749, 0.10756876, -0.09957188) * v0_4.z;
        a0_2 += vec4(-0.16551635, -0.012412993, -0.13943334, -0.09614052) * v0_4.w;
        a0_3 += vec4(-0.0028533025, 0.0522076, -0.058123175, -0.0029964393) * v0_4.x;
        a0_3 += vec4(-0.018153362, -0.04791817, -0.11333081, 0.017881604) * v0_4.y;
        a0_3 += vec4(0.006047019, -0.03698992, -0.10357981, 0.028838342) * v0_4.z;
        a0_3 += vec4(-0.0074698087, 0.077619195, 0.03149059, -0.022441948) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0060586436, -0.024556598, 0.066145994, 0.03992594) * v0_4.x;
        a0_0 += vec4(-0.00981356, -0.0015458589, 0.06289021, -0.031662814) * v0_4.y;
        a0_0 += vec4(0.023841655, -0.02969275, -0.028910268, 0.00808556) * v0_4.z;
        a0_0 += vec4(0.00035368846, -0.0030308058, 0.050845627, -0.020113409) * v0_4.w;
        a0_1 += vec4(-0.1254488, -0.009786411, 0.017910112, -0.009135808) * v0_4.x;
        a0_1 += vec4(0.15687932, 0.042476162, -0.017195655, 0.13594365) * v0_4.y;
        a0_1 += vec4(-0.018843494, -0.021814633, 0.059326928, 0.019140912) * v0_4.z;
        a0_1 += vec4(0.03612357, -0.0058976174, 0.015509237, -0.022462768) * v0_4.w;
        a0_2 += vec4(-0.031462014, -0.0015935383, -0.032931622, -0.04340286) * v0_4.x;
        a0_2 += vec4(0.20820704, 0.07372193, -0.059937194, 0.015711349) * v0_4.y;
        a0_2 += vec4(0.061751604, -0.00913279, 0.1175613, 0.06456462) * v0_4.z;
        a0_2 += vec4(0.033167105, 0.0041249236, -0.00994888, -0.04354321) * v0_4.w;
        a0_3 += vec4(-0.0023329742, -0.057737984, -0.2459254, -0.031941783) * v0_4.x;
        a0_3 += vec4(0.0039249826, 0.033323348, -0.09571853, -0.00956598) * v0_4.y;
        a0_3 += vec4(0.00312334, -0.061655235, -0.10330274, 0.029236056) * v0_4.z;
        a0_3 += vec4(-0.0063805347, 0.02318529, 0.04599969, -0.0147431595) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 34]);
        a0_0 += vec4(0.018835915, 0.04829433, -0.07471137, 0.012535467) * v0_4.x;
        a0_0 += vec4(0.048914246, -0.0020064777, -0.051088583, 0.075525366) * v0_4.y;
        a0_0 += vec4(0.03692022, -0.09448229, 0.027187092, -0.09747116) * v0_4.z;
        a0_0 += vec4(-0.0104966285, 0.051613647, 0.12129316, -0.02197084) * v0_4.w;
        a0_1 += vec4(-0.109823614, 0.03079121, 0.019862503, -0.057678074) * v0_4.x;
        a0_1 += vec4(0.15698954, 0.0033135405, 0.022517301, 0.06397958) * v0_4.y;
        a0_1 += vec4(0.008852805, -0.098313145, 0.115780674, 0.054005686) * v0_4.z;
        a0_1 += vec4(0.14771824, 0.0030945556, -0.09366803, 0.0017378121) * v0_4.w;
        a0_2 += vec4(-0.1825709, -0.09583256, 0.034282207, 0.09697847) * v0_4.x;
        a0_2 += vec4(-0.23742539, 0.06431914, -0.081419855, 0.03459588) * v0_4.y;
        a0_2 += vec4(-0.46859598, 0.053755432, 0.0047948933, 0.10666858) * v0_4.z;
        a0_2 += vec4(-0.16180088, 0.08198615, -0.1458811, -0.06556075) * v0_4.w;
        a0_3 += vec4(-0.021802794, -0.0156113645, -0.44380105, -0.067483604) * v0_4.x;
        a0_3 += vec4(-0.04328197, 0.061355688, -0.035464205, -0.013055112) * v0_4.y;
        a0_3 += vec4(-0.019238506, -0.021171616, -0.01684916, 0.040700436) * v0_4.z;
        a0_3 += vec4(0.0012682795, -0.040218882, -0.40153787, -0.0013442466) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.047256775, -0.080525264, -0.21281411, -0.033431876) * v0_4.x;
        a0_0 += vec4(-0.12862869, -0.076562054, -0.12485655, -0.21682803) * v0_4.y;
        a0_0 += vec4(0.03775469, -0.0138969235, -0.11911926, 0.124191105) * v0_4.z;
        a0_0 += vec4(-0.0008843669, 0.1523953, -0.03887558, -0.11429871) * v0_4.w;
        a0_1 += vec4(-0.35897005, -0.10819092, -0.16350296, -0.17882077) * v0_4.x;
        a0_1 += vec4(-0.15814215, -0.54804367, -0.13443083, -0.029778887) * v0_4.y;
        a0_1 += vec4(-0.17502703, 0.1481745, 0.28500298, -0.08049084) * v0_4.z;
        a0_1 += vec4(-0.03458206, -0.017850028, -0.051866278, 0.04256317) * v0_4.w;
        a0_2 += vec4(0.05014123, -0.17191643, -0.15111744, -0.12988001) * v0_4.x;
        a0_2 += vec4(0.07798354, -0.2806939, -0.082456924, -0.110655725) * v0_4.y;
        a0_2 += vec4(-0.22647634, 0.09719572, 0.009042376, -0.109870575) * v0_4.z;
        a0_2 += vec4(0.049114194, 0.0356184, -0.13052377, -0.031244826) * v0_4.w;
        a0_3 += vec4(-0.021575393, -0.16572608, -0.6712828, -0.16211864) * v0_4.x;
        a0_3 += vec4(-0.049323797, -0.043839958, -0.31562313, -0.119823836) * v0_4.y;
        a0_3 += vec4(0.016363645, 0.18701254, -0.040297788, -0.026835784) * v0_4.z;
        a0_3 += vec4(-0.027966658, -0.15780225, 0.3680943, 0.020551566) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 36]);
        a0_0 += vec4(0.016790144, -0.020528886, 0.03717166, 0.0031142414) * v0_4.x;
        a0_0 += vec4(-0.01541633, 0.010236898, -0.027052406, 0.014395367) * v0_4.y;
        a0_0 += vec4(0.055234935, -0.063293435, -0.10413691, 0.022019628) * v0_4.z;
        a0_0 += vec4(0.00056105177, 0.018352022, 0.026529843, 0.07217081) * v0_4.w;
        a0_1 += vec4(-0.077217385, 0.018790653, -0.0895779, -0.013970141) * v0_4.x;
        a0_1 += vec4(-0.009739888, -0.098204754, -0.07332363, 0.18283132) * v0_4.y;
        a0_1 += vec4(-0.08784119, -0.0435337, 0.005826665, -0.02450961) * v0_4.z;
        a0_1 += vec4(0.07908598, -0.032528993, -0.06007877, 0.11356001) * v0_4.w;
        a0_2 += vec4(0.03928787, 0.052596595, 0.048580933, -0.051062945) * v0_4.x;
        a0_2 += vec4(-0.023224428, -0.05764904, -0.029284084, 0.07750334) * v0_4.y;
        a0_2 += vec4(-0.05675913, -0.07459828, -0.08907966, 0.054133594) * v0_4.z;
        a0_2 += vec4(-0.06590509, 0.039749045, -0.18971036, 0.09272368) * v0_4.w;
        a0_3 += vec4(-0.004817776, 0.004176491, -0.18634088, -0.046174426) * v0_4.x;
        a0_3 += vec4(-0.0019894575, -0.042330023, -0.2813731, -0.08118342) * v0_4.y;
        a0_3 += vec4(-0.019888468, 0.11378498, 0.17444746, 0.03003404) * v0_4.z;
        a0_3 += vec4(0.0053750784, -0.11389755, -0.26405224, 0.04561515) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 68]);
        a0_0 += vec4(0.0074467757, -0.04675734, 0.01558269, -0.044322852) * v0_4.x;
        a0_0 += vec4(-0.0019094783, -0.05355294, -0.005313494, -0.010875045) * v0_4.y;
        a0_0 += vec4(-0.0032246439, 0.051123645, -0.03964969, -0.017278539) * v0_4.z;
        a0_0 += vec4(0.0024756414, 0.06111118, -0.025129588, 0.00362763) * v0_4.w;
        a0_1 += vec4(-0.11876702, -0.04689088, -0.039710876, -0.03632648) * v0_4.x;
        a0_1 += vec4(-0.15139705, 0.07166239, 0.17083089, -0.02808708) * v0_4.y;
        a0_1 += vec4(-0.053786144, 0.0387558, 0.083275385, -0.021975592) * v0_4.z;
        a0_1 += vec4(0.06440202, 0.00049948116, 0.02089879, 0.018834395) * v0_4.w;
        a0_2 += vec4(-0.5247701, -0.013850611, 0.04440708, 0.063019305) * v0_4.x;
        a0_2 += vec4(-0.15992476, -0.039354507, -0.010328355, -0.044619806) * v0_4.y;
        a0_2 += vec4(0.01691486, -0.060807653, -0.017622538, 0.008148674) * v0_4.z;
        a0_2 += vec4(0.0891824, 0.043049075, -0.02963026, 0.03651607) * v0_4.w;
        a0_3 += vec4(0.014561216, 0.06947324, -0.25345263, 0.079334974) * v0_4.x;
        a0_3 += vec4(-0.030821856, -0.00765534, 0.010979977, -0.04112282) * v0_4.y;
        a0_3 += vec4(0.03798489, -0.0051535894, -0.06032543, -0.034960795) * v0_4.z;
        a0_3 += vec4(-0.0024265293, 0.0033370326, 0.11133575, -0.0007865293) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 69]);
        a0_0 += vec4(-0.02116426, -0.027847985, 0.04027087, 0.07104167) * v0_4.x;
        a0_0 += vec4(-0.012489109, -0.025049105, 0.008609981, 0.03410326) * v0_4.y;
        a0_0 += vec4(0.0020263048, 0.054002754, 0.09476965, -0.021783598) * v0_4.z;
        a0_0 += vec4(-0.014814072, 0.100242965, 0.008952078, 0.06190624) * v0_4.w;
        a0_1 += vec4(-0.30498046, 0.050585978, 0.00885658, 0.007987502) * v0_4.x;
        a0_1 += vec4(-0.11261155, 0.007810219, -0.08889312, -0.031191364) * v0_4.y;
        a0_1 += vec4(0.1394738, -0.106800206, -0.06508315, -0.030201618) * v0_4.z;
        a0_1 += vec4(0.15394029, -0.030672038, 0.00028846585, 0.038626682) * v0_4.w;
        a0_2 += vec4(0.025829175, -0.07425393, 0.026194366, -0.025276318) * v0_4.x;
        a0_2 += vec4(0.14469208, -0.036253735, 0.036860578, -0.03921153) * v0_4.y;
        a0_2 += vec4(0.01079042, -0.03277285, -0.010516271, 0.0007517151) * v0_4.z;
        a0_2 += vec4(-0.838144, -0.028058957, -0.020012474, -0.07488451) * v0_4.w;
        a0_3 += vec4(0.013048931, -0.07923624, -0.39692637, 0.0995706) * v0_4.x;
        a0_3 += vec4(0.030054556, 0.034968633, 0.16042887, 0.1181794) * v0_4.y;
        a0_3 += vec4(-0.021861838, -0.0042884457, 0.12847437, -0.046622366) * v0_4.z;
        a0_3 += vec4(-0.0033146162, 0.024846591, -0.10019889, 0.05620744) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 70]);
        a0_0 += vec4(0.025492726, 0.031280704, 0.05812409, 0.03448896) * v0_4.x;
        a0_0 += vec4(0.00038881693, -0.066768706, -0.06554444, -0.010099144) * v0_4.y;
        a0_0 += vec4(-0.010217219, 0.025420444, 0.02070306, 0.05918437) * v0_4.z;
        a0_0 += vec4(-0.006927634, 0.019385025, -0.010346316, 0.017418893) * v0_4.w;
        a0_1 += vec4(0.20700955, 0.046373177, -0.0042914283, -0.012006904) * v0_4.x;
        a0_1 += vec4(0.052662335, 0.0030825667, 0.042860482, 0.031560093) * v0_4.y;
        a0_1 += vec4(0.15854606, -0.002336356, -0.032213427, -0.08788401) * v0_4.z;
        a0_1 += vec4(-0.1836287, 0.027361574, 0.074980885, 0.10513279) * v0_4.w;
        a0_2 += vec4(-0.092218265, 0.021557495, -0.014558641, -0.014047565) * v0_4.x;
        a0_2 += vec4(0.1111588, -0.027817471, 0.06397871, 0.012384694) * v0_4.y;
        a0_2 += vec4(-0.04126554, 0.07100052, 0.00073545065, -0.01691616) * v0_4.z;
        a0_2 += vec4(0.19149236, 0.07495612, 0.08020532, 0.013673908) * v0_4.w;
        a0_3 += vec4(0.010309698, 0.057185907, -0.00020443456, -0.010595848) * v0_4.x;
        a0_3 += vec4(0.0023473927, -0.0017539479, 0.051105402, 0.056811374) * v0_4.y;
        a0_3 += vec4(0.0042330134, 0.0094322665, 0.16746928, 0.016898578) * v0_4.z;
        a0_3 += vec4(0.018024886, 0.04087607, 0.39389613, 0.10396401) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.010955942, 0.007721257, -0.028749973, 0.028434195) * v0_5.x;
        a0_0 += vec4(-0.004439555, 0.02121317, -0.016430924, -0.0071512153) * v0_5.y;
        a0_0 += vec4(-0.014201958, -0.08813098, 0.017267508, -0.03508916) * v0_5.z;
        a0_0 += vec4(-0.05739518, -0.019405985, -0.052838296, 0.14592184) * v0_5.w;
        a0_1 += vec4(-0.3862298, -0.033756714, 0.20133555, -0.0863349) * v0_5.x;
        a0_1 += vec4(-0.1158652, -0.013105011, 0.016364375, 0.043958202) * v0_5.y;
        a0_1 += vec4(-0.13585542, -0.028258046, 0.02983589, 0.05852291) * v0_5.z;
        a0_1 += vec4(-0.5302943, -0.031647857, 0.08174526, -0.24059556) * v0_5.w;
        a0_2 += vec4(-0.4472423, 0.0250912, -0.0069369767, -0.09071967) * v0_5.x;
        a0_2 += vec4(0.03191252, 0.013202142, 0.049337085, -0.116650395) * v0_5.y;
        a0_2 += vec4(0.077235535, 0.04819573, 0.018602418, -0.012116792) * v0_5.z;
        a0_2 += vec4(-0.32045427, 0.10473518, -0.03611783, -0.104737535) * v0_5.w;
        a0_3 += vec4(-0.015835453, -0.04200304, 0.010994864, 0.017655073) * v0_5.x;
        a0_3 += vec4(-0.17360379, 0.0023398967, -0.16510513, 0.008617665) * v0_5.y;
        a0_3 += vec4(0.062099256, -0.032970108, 0.044025652, 0.034678236) * v0_5.z;
        a0_3 += vec4(0.032969385, 0.08645098, 0.23094559, -0.022408858) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0052937306, 0.022609795, -0.05124228, -0.019379407) * v0_5.x;
        a0_0 += vec4(0.0036330267, -0.025237542, -0.105474554, 0.028189484) * v0_5.y;
        a0_0 += vec4(-0.10302823, -0.081910044, -0.042599007, 0.19289291) * v0_5.z;
        a0_0 += vec4(0.04333696, 0.02236944, 0.0631625, -0.09143264) * v0_5.w;
        a0_1 += vec4(0.041889027, 0.021894703, -0.17531614, -0.090069845) * v0_5.x;
        a0_1 += vec4(0.058900844, -0.041917946, -0.25996438, 0.03219614) * v0_5.y;
        a0_1 += vec4(0.11272058, 0.049496267, 0.027901612, 0.053692076) * v0_5.z;
        a0_1 += vec4(0.12108012, 0.05808237, -0.08661849, 0.013547071) * v0_5.w;
        a0_2 += vec4(-0.06570121, 0.011706921, -0.099399135, -0.12798499) * v0_5.x;
        a0_2 += vec4(-0.6102766, -0.12765677, -0.011877942, 0.093335465) * v0_5.y;
        a0_2 += vec4(0.0031494463, 0.0941847, 0.09621539, 0.06597269) * v0_5.z;
        a0_2 += vec4(0.02624698, -0.0641231, -0.189234, -0.09288142) * v0_5.w;
        a0_3 += vec4(-0.029572856, 0.04604314, -0.049497884, -0.04235404) * v0_5.x;
        a0_3 += vec4(-0.023173431, -0.055144247, 0.013323401, 0.07002569) * v0_5.y;
        a0_3 += vec4(0.09074504, 0.07996045, 0.2055973, 0.03659116) * v0_5.z;
        a0_3 += vec4(-0.028411558, 0.07955718, -0.017613329, -0.06823085) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0056537963, 0.06985442, -0.025520924, -0.020921912) * v0_5.x;
        a0_0 += vec4(0.0124069955, -0.062276077, -0.06210516, 0.013339314) * v0_5.y;
        a0_0 += vec4(-0.0064242864, 0.0025320703, 0.076532714, 0.0016465964) * v0_5.z;
        a0_0 += vec4(-0.006330464, 0.004961181, 0.016235363, 0.045758627) * v0_5.w;
        a0_1 += vec4(-0.069122486, 0.020565575, -0.027688988, -0.0014085778) * v0_5.x;
        a0_1 += vec4(-0.22126232, -0.117504895, 0.03164888, 0.15289153) * v0_5.y;
        a0_1 += vec4(-0.1458936, -0.018261237, 0.14325084, -0.10349678) * v0_5.z;
        a0_1 += vec4(0.053113423, -0.0012595967, 0.014270333, 0.0562568) * v0_5.w;
        a0_2 += vec4(-0.0347718, 0.054503072, -0.055831157, -0.084261805) * v0_5.x;
        a0_2 += vec4(0.28971317, -0.07838357, -0.010080162, 0.017678132) * v0_5.y;
        a0_2 += vec4(-0.002654341, 0.0060399785, 0.0538514, -0.05036081) * v0_5.z;
        a0_2 += vec4(0.017440213, -0.003906836, 0.00021279606, 0.07496988) * v0_5.w;
        a0_3 += vec4(-0.008217825, 0.017331008, 0.090503044, -0.010623501) * v0_5.x;
        a0_3 += vec4(0.0080685895, -0.084872566, -0.5320482, -0.0268224) * v0_5.y;
        a0_3 += vec4(-0.023873793, 0.08151074, 0.28897938, 0.040403165) * v0_5.z;
        a0_3 += vec4(0.011231741, -0.048918735, 0.014035843, 0.007890621) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 34]);
        a0_0 += vec4(0.022961583, 0.026996793, -0.014797536, -0.01751415) * v0_5.x;
        a0_0 += vec4(-0.007604921, -0.03129803, -0.293021, -0.047574468) * v0_5.y;
        a0_0 += vec4(0.011943651, 0.05104087, 0.021907348, -0.002073898) * v0_5.z;
        a0_0 += vec4(0.034583133, 0.008206652, 0.03306198, -0.11200141) * v0_5.w;
        a0_1 += vec4(0.01850583, 0.048531704, -0.09019697, 0.080699824) * v0_5.x;
        a0_1 += vec4(-0.33748418, -0.095857345, -0.01243121, -0.15133704) * v0_5.y;
        a0_1 += vec4(-0.07936184, -0.03036079, -0.038867652, 0.074719734) * v0_5.z;
        a0_1 += vec4(-0.049669184, 0.05012133, -0.08179629, -0.034787677) * v0_5.w;
        a0_2 += vec4(0.027240617, -0.086215355, -0.019108398, 0.096552) * v0_5.x;
        a0_2 += vec4(-0.28049397, 0.06389728, 0.043483306, -0.06811171) * v0_5.y;
        a0_2 += vec4(-0.116590925, 0.032128815, 0.012601884, -0.0068072556) * v0_5.z;
        a0_2 += vec4(-0.634855, -0.09120709, -0.07157644, 0.17864358) * v0_5.w;
        a0_3 += vec4(-0.10125856, -0.0179136, 0.021842223, 0.01141395) * v0_5.x;
        a0_3 += vec4(-0.11047428, 0.093512625, 0.3307636, -0.033955775) * v0_5.y;
        a0_3 += vec4(-0.0075110914, 0.07088098, 0.3040375, 0.013010312) * v0_5.z;
        a0_3 += vec4(-0.04509318, -0.119534016, -0.510191, -0.035019707) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.009349369, -0.04234114, -0.048868768, -0.04536362) * v0_5.x;
        a0_0 += vec4(0.006921742, 0.08741048, -0.17857294, -0.028086556) * v0_5.y;
        a0_0 += vec4(-0.1066399, 0.20623413, 0.14247967, -0.057659358) * v0_5.z;
        a0_0 += vec4(-0.05711138, -0.06413519, -0.00076562783, -0.3465678) * v0_5.w;
        a0_1 += vec4(0.08171897, -0.13591968, -0.28730652, 0.023340035) * v0_5.x;
        a0_1 += vec4(-0.16746575, -0.09457583, -0.16711873, -0.057874333) * v0_5.y;
        a0_1 += vec4(0.071169846, -0.080501445, 0.032642998, -0.017203623) * v0_5.z;
        a0_1 += vec4(-0.22227862, -0.045627367, -0.21042745, -0.039739545) * v0_5.w;
        a0_2 += vec4(0.03157809, -0.05922353, -0.051830053, 0.112317935) * v0_5.x;
        a0_2 += vec4(0.139449, 0.16159695, 0.07344143, -0.080054656) * v0_5.y;
        a0_2 += vec4(-0.013624571, 0.0117578935, -0.09231044, -0.07595958) * v0_5.z;
        a0_2 += vec4(-0.0590046, -0.08803987, -0.039432652, 0.038007364) * v0_5.w;
        a0_3 += vec4(-0.012894575, 0.019624358, -0.01852965, -0.10777656) * v0_5.x;
        a0_3 += vec4(-0.0035769965, 0.17132641, -0.21617556, 0.0008148792) * v0_5.y;
        a0_3 += vec4(0.23022625, 0.056173835, -0.06860901, -0.0065486473) * v0_5.z;
        a0_3 += vec4(0.07027718, -0.20340233, -0.6233329, 0.026128992) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.008311315, 0.019410906, 0.06812772, -0.0779887) * v0_5.x;
        a0_0 += vec4(-0.025845254, 0.065870374, -0.33682114, -0.038375158) * v0_5.y;
        a0_0 += vec4(0.16580354, -0.050095066, -0.0912495, 0.03887698) * v0_5.z;
        a0_0 += vec4(-0.014262587, 0.0051532844, -0.050325215, -0.08786848) * v0_5.w;
        a0_1 += vec4(0.088343345, -0.020441754, -0.06497453, -0.03312664) * v0_5.x;
        a0_1 += vec4(-0.27467364, -0.11081517, -0.03724939, 0.09722156) * v0_5.y;
        a0_1 += vec4(0.06186786, 0.032496907, -0.004053047, -0.17932275) * v0_5.z;
        a0_1 += vec4(-0.08041116, 0.02915965, 0.070956975, -0.011196618) * v0_5.w;
        a0_2 += vec4(0.0724003, -0.010609667, -0.11946315, 0.029544862) * v0_5.x;
        a0_2 += vec4(-0.024387296, 0.06401208, 0.030639056, -0.016782766) * v0_5.y;
        a0_2 += vec4(0.062216576, 0.0653564, -0.1000373, -0.07594571) * v0_5.z;
        a0_2 += vec4(0.030972535, 0.16003641, 0.05105545, -0.138337) * v0_5.w;
        a0_3 += vec4(-0.0009320249, -0.023985267, -0.3032159, -0.067842394) * v0_5.x;
        a0_3 += vec4(-0.00862757, 0.016621457, 0.39877814, 0.102579266) * v0_5.y;
        a0_3 += vec4(0.008278652, -0.05136529, -0.033091612, 0.041650224) * v0_5.z;
        a0_3 += vec4(-0.0059270966, -0.06887291, -0.10319414, 0.04040927) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.0062736277, 0.013271109, 0.02259509, -0.012412317) * v0_5.x;
        a0_0 += vec4(-0.023020018, 0.037529845, -0.1564478, 0.03288348) * v0_5.y;
        a0_0 += vec4(0.0023755946, 0.007514896, -0.06215181, -0.00028548748) * v0_5.z;
        a0_0 += vec4(0.0001537589, 0.06804496, 0.009217579, 0.03360693) * v0_5.w;
        a0_1 += vec4(0.025332099, -0.044377834, -0.08498362, 0.0719773) * v0_5.x;
        a0_1 += vec4(-0.4181966, -0.031023158, -0.011330509, 0.04849342) * v0_5.y;
        a0_1 += vec4(-0.015307236, 0.023344832, 0.04373427, -0.007155072) * v0_5.z;
        a0_1 += vec4(-0.03110089, -0.0020941503, 0.024609506, -0.0072052986) * v0_5.w;
        a0_2 += vec4(0.30150613, 0.013888585, 0.055911474, 0.015421688) * v0_5.x;
        a0_2 += vec4(0.22555943, -0.09926168, -0.09735913, -0.056397855) * v0_5.y;
        a0_2 += vec4(0.046377037, -0.033960603, -0.025054682, -0.010004912) * v0_5.z;
        a0_2 += vec4(-0.60150105, 0.05137548, 0.0017118946, -0.0047891904) * v0_5.w;
        a0_3 += vec4(-0.0594103, 0.008767828, 0.03544513, 0.009564391) * v0_5.x;
        a0_3 += vec4(-0.018325917, -0.05379606, -0.4487461, -0.013876787) * v0_5.y;
        a0_3 += vec4(-0.047048464, -0.03536787, -0.06610573, -0.05147065) * v0_5.z;
        a0_3 += vec4(0.03962339, 0.030393204, 0.096072845, 0.039931867) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 69]);
        a0_0 += vec4(0.029613255, -0.032694813, -0.065702744, 0.044575352) * v0_5.x;
        a0_0 += vec4(0.017228976, -0.14527577, -0.065642565, 0.030855967) * v0_5.y;
        a0_0 += vec4(-0.02873469, -0.030430246, 7.2102746e-05, 0.010847365) * v0_5.z;
        a0_0 += vec4(-0.02377553, -0.13899876, -0.07811296, -0.10969839) * v0_5.w;
        a0_1 += vec4(0.24132244, 0.019929403, 0.14607942, 0.08835743) * v0_5.x;
        a0_1 += vec4(0.12707058, -0.036167856, -0.13715975, -0.022224644) * v0_5.y;
        a0_1 += vec4(0.110023975, 0.080640905, 0.07568743, -0.016320849) * v0_5.z;
        a0_1 += vec4(-0.3220595, 0.06303495, 0.083936825, -0.044225797) * v0_5.w;
        a0_2 += vec4(-0.09625907, 0.08507822, 0.108137146, 0.13246158) * v0_5.x;
        a0_2 += vec4(-0.12338044, -0.05751706, -0.08192098, 0.016492995) * v0_5.y;
        a0_2 += vec4(0.008594298, 0.06495735, 0.0048113125, 0.01716771) * v0_5.z;
        a0_2 += vec4(0.05593547, 0.07437816, 0.07170584, -0.04596091) * v0_5.w;
        a0_3 += vec4(-0.01818441, 0.094742455, 0.106221355, 0.13334025) * v0_5.x;
        a0_3 += vec4(-0.0069631855, -0.06666921, 0.065732375, -0.12908341) * v0_5.y;
        a0_3 += vec4(-0.01635034, 0.0049481443, -0.09461432, 0.04481508) * v0_5.z;
        a0_3 += vec4(-0.02194168, -0.043540798, -0.14458445, 0.029104276) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.03262674, 0.040435772, -0.0006715948, -0.0031349047) * v0_5.x;
        a0_0 += vec4(0.00030729573, 0.045717917, -0.004599818, -0.0054932185) * v0_5.y;
        a0_0 += vec4(0.074698135, 0.04620488, 0.014924902, 0.047797143) * v0_5.z;
        a0_0 += vec4(0.024589825, 0.051548954, 0.076428525, -0.06698059) * v0_5.w;
        a0_1 += vec4(-0.11718662, 0.02097713, 0.21866737, 0.13927403) * v0_5.x;
        a0_1 += vec4(-0.24581449, 0.035112876, -0.010758045, -0.038755026) * v0_5.y;
        a0_1 += vec4(-0.117828146, -0.046410844, -0.06300276, -0.075576685) * v0_5.z;
        a0_1 += vec4(0.11286918, -0.06626288, -0.20493622, -0.000903041) * v0_5.w;
        a0_2 += vec4(0.03636341, -0.02338052, 0.09411537, 0.0572732) * v0_5.x;
        a0_2 += vec4(-0.094504476, 0.06616344, 0.039965518, -0.019230515) * v0_5.y;
        a0_2 += vec4(0.016483052, -0.08511821, -0.025963172, 0.009695174) * v0_5.z;
        a0_2 += vec4(-0.0037209438, -0.18648513, -0.08493537, -0.0012187082) * v0_5.w;
        a0_3 += vec4(0.009424532, -0.017100075, 0.07264109, 0.07926245) * v0_5.x;
        a0_3 += vec4(0.0019121327, -0.016745476, -0.13231902, -0.01871996) * v0_5.y;
        a0_3 += vec4(-0.009279449, -0.024866372, 0.09020136, -0.04805157) * v0_5.z;
        a0_3 += vec4(-0.013400049, -0.14148545, -0.4804887, -0.050191928) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(0.01778329, -0.0144775845, 0.033664525, 0.097635284) * v0_6.x;
        a0_0 += vec4(-0.019831445, -0.061309952, -0.008258678, -0.009651429) * v0_6.y;
        a0_0 += vec4(-0.0019281011, -0.015377182, 0.15844692, -0.028796544) * v0_6.z;
        a0_0 += vec4(-0.015728593, -0.041292515, -0.029326819, -0.08793912) * v0_6.w;
        a0_1 += vec4(0.09944918, 0.044748317, -0.14419748, 0.020849688) * v0_6.x;
        a0_1 += vec4(-0.14767136, -0.032927573, 0.21541287, -0.06630658) * v0_6.y;
        a0_1 += vec4(0.13611887, 0.056643404, 0.020152707, 0.08257206) * v0_6.z;
        a0_1 += vec4(-0.09914228, 0.001565106, -0.0038115114, -0.04674847) * v0_6.w;
        a0_2 += vec4(0.079997756, -0.08126051, 0.04376904, -0.0038870792) * v0_6.x;
        a0_2 += vec4(0.23120484, 0.054024853, 0.005122622, -0.2798709) * v0_6.y;
        a0_2 += vec4(0.14395525, 0.018305907, 0.021819396, -0.08950446) * v0_6.z;
        a0_2 += vec4(-0.05542883, -0.17707035, -0.058200326, -0.0903079) * v0_6.w;
        a0_3 += vec4(-0.042965584, 0.0077339527, 0.010240218, -0.009829237) * v0_6.x;
        a0_3 += vec4(-0.004336499, -0.0070756357, 0.06053873, 0.008218941) * v0_6.y;
        a0_3 += vec4(-0.006638484, 0.024683416, 0.079095185, 0.007915677) * v0_6.z;
        a0_3 += vec4(0.037541345, -0.0072952313, -0.11053449, -0.066507846) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(0.046442665, -0.0062390245, -0.08299899, -0.037524894) * v0_6.x;
        a0_0 += vec4(-0.00017456403, -0.04551429, -0.15596782, -0.08395001) * v0_6.y;
        a0_0 += vec4(-0.011923366, -0.024218172, 0.06116528, 0.034720927) * v0_6.z;
        a0_0 += vec4(-0.027164962, -0.041920368, -0.02033955, -0.052476935) * v0_6.w;
        a0_1 += vec4(-0.16852166, -0.012142995, 0.08853944, 0.13090904) * v0_6.x;
        a0_1 += vec4(-0.024715805, -0.033802625, 0.037440784, -0.013109227) * v0_6.y;
        a0_1 += vec4(0.34897238, 0.07003973, 0.048508953, 0.09291183) * v0_6.z;
        a0_1 += vec4(0.032037154, 0.05201277, -0.06737848, 0.044923507) * v0_6.w;
        a0_2 += vec4(0.073200405, -0.14206734, 0.17711724, 0.104003385) * v0_6.x;
        a0_2 += vec4(-0.23323248, -0.009088263, -0.015927952, 0.1187842) * v0_6.y;
        a0_2 += vec4(0.033094425, -0.029012002, 0.035374448, 0.12471208) * v0_6.z;
        a0_2 += vec4(-0.044400446, -0.10714874, -0.12465713, -0.0057252194) * v0_6.w;
        a0_3 += vec4(-0.020441808, 0.015776703, -0.03670011, 0.02767438) * v0_6.x;
        a0_3 += vec4(-0.007619493, -0.041587055, -0.050528146, 0.00031854125) * v0_6.y;
        a0_3 += vec4(-0.004204882, 0.008949595, 0.05449287, 0.015107327) * v0_6.z;
        a0_3 += vec4(-0.023165368, 0.12113189, 0.1217336, -0.11022152) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(0.02544469, -0.048028078, -0.034419604, 0.05510157) * v0_6.x;
        a0_0 += vec4(-0.021338582, 0.0048566544, -0.040567126, -0.012730542) * v0_6.y;
        a0_0 += vec4(-0.015667357, -0.019052768, 0.0020056923, 0.019795293) * v0_6.z;
        a0_0 += vec4(0.007755742, -0.012998493, -0.094981864, -0.003500319) * v0_6.w;
        a0_1 += vec4(-0.06745008, -0.040670224, 0.010644281, -0.041402258) * v0_6.x;
        a0_1 += vec4(-0.040981196, -0.027742755, -0.063840084, 1.8155362e-06) * v0_6.y;
        a0_1 += vec4(-0.102639005, -0.0054110372, 0.00092088064, -0.05830586) * v0_6.z;
        a0_1 += vec4(-0.34051538, -0.059047855, -0.012398158, -0.06282696) * v0_6.w;
        a0_2 += vec4(-0.07025251, -0.08624634, 0.03130399, 0.025860392) * v0_6.x;
        a0_2 += vec4(0.09209882, -0.084320985, -0.056444474, 0.0007607566) * v0_6.y;
        a0_2 += vec4(0.0068900646, -0.03518283, 0.078105636, 0.07631034) * v0_6.z;
        a0_2 += vec4(-0.039745115, -0.10609129, 0.11457154, 0.029513272) * v0_6.w;
        a0_3 += vec4(0.006903979, -0.058249768, -0.07961677, 0.014283403) * v0_6.x;
        a0_3 += vec4(0.021838369, -0.051354934, 0.10687252, -0.054586556) * v0_6.y;
        a0_3 += vec4(-0.0015898306, 0.057039164, 0.08313044, 0.027827336) * v0_6.z;
        a0_3 += vec4(-0.0088559985, 0.014140085, -0.25343445, -0.0007965816) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 34]);
        a0_0 += vec4(0.047763728, -0.009626061, 0.04597921, -0.06778473) * v0_6.x;
        a0_0 += vec4(-0.031824246, -0.028697677, -0.025739245, 0.13317256) * v0_6.y;
        a0_0 += vec4(0.008400222, 0.023222793, 0.06760495, -0.0530328) * v0_6.z;
        a0_0 += vec4(-0.11507431, -0.07606816, 0.023331191, 0.017963804) * v0_6.w;
        a0_1 += vec4(0.38011885, -0.07217676, -0.26129323, 0.12457269) * v0_6.x;
        a0_1 += vec4(0.08902669, 0.069871016, -0.0602744, -0.021238431) * v0_6.y;
        a0_1 += vec4(0.24612884, 0.037285846, -0.06800647, 0.09729676) * v0_6.z;
        a0_1 += vec4(-0.023657072, -0.008554355, -0.12658305, -0.09691656) * v0_6.w;
        a0_2 += vec4(0.1783417, 0.044687055, 0.032085773, 0.06691732) * v0_6.x;
        a0_2 += vec4(-0.10476646, 0.01865035, -0.06384263, -0.20122354) * v0_6.y;
        a0_2 += vec4(-0.19979127, 0.09258898, 0.022643128, -0.05429189) * v0_6.z;
        a0_2 += vec4(-0.25116548, -0.11581014, -0.011126724, -0.12131995) * v0_6.w;
        a0_3 += vec4(0.029730523, -0.004245952, 0.27080232, 0.113337405) * v0_6.x;
        a0_3 += vec4(0.016123628, 0.06183736, 0.19715708, -0.007928447) * v0_6.y;
        a0_3 += vec4(-0.0077243843, 0.028549068, 0.2314083, 0.04673875) * v0_6.z;
        a0_3 += vec4(-0.03541045, -0.036672566, -0.21406381, 0.022873437) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 35]);
        a0_0 += vec4(0.09046238, 0.03527749, -0.09852048, 0.087826654) * v0_6.x;
        a0_0 += vec4(0.04160312, -0.13796237, 0.16001056, -0.011944976) * v0_6.y;
        a0_0 += vec4(-0.034956943, 0.05848658, 0.17316125, 0.017723586) * v0_6.z;
        a0_0 += vec4(-0.21711312, -0.11075181, -0.04967953, 0.12661065) * v0_6.w;
        a0_1 += vec4(-0.24703184, -0.12314848, 0.11807167, 0.026500018) * v0_6.x;
        a0_1 += vec4(-0.050499592, 0.08874604, -0.07872092, 0.04308523) * v0_6.y;
        a0_1 += vec4(0.08511529, 0.039245006, 0.086690225, 0.12394456) * v0_6.z;
        a0_1 += vec4(-0.31289858, -0.032772284, -0.062367763, 0.08680326) * v0_6.w;
        a0_2 += vec4(-0.0049077254, 0.14216886, 0.022373147, 0.11692504) * v0_6.x;
        a0_2 += vec4(0.012980123, -0.019364748, 0.10243682, 0.20708697) * v0_6.y;
        a0_2 += vec4(-0.06404606, 0.0128777195, -0.038747914, 0.12125769) * v0_6.z;
        a0_2 += vec4(0.15872575, -0.20180833, 0.03333634, 0.017772576) * v0_6.w;
        a0_3 += vec4(0.040376443, 0.09086517, -0.1143702, 0.051079925) * v0_6.x;
        a0_3 += vec4(-0.061703425, 0.09192274, -0.023914505, 0.07147569) * v0_6.y;
        a0_3 += vec4(-0.010601071, -0.046479892, 0.11854484, 0.064643376) * v0_6.z;
        a0_3 += vec4(-0.0011615893, -0.1977159, -0.40206203, -0.0032259594) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 36]);
        a0_0 += vec4(0.041444153, 0.017551973, 0.062111717, -0.0011141248) * v0_6.x;
        a0_0 += vec4(-0.048283994, -0.049844857, -0.0509143, -0.018155301) * v0_6.y;
        a0_0 += vec4(-0.007305832, 0.027882358, 0.04443943, 0.040852416) * v0_6.z;
        a0_0 += vec4(0.054206815, -0.015554904, 0.12750742, 0.0011737919) * v0_6.w;
        a0_1 += vec4(0.12748358, 0.07905133, -0.084321626, -0.090482965) * v0_6.x;
        a0_1 += vec4(-0.004753794, -0.069777146, -0.13409315, -0.046482585) * v0_6.y;
        a0_1 += vec4(0.0153857265, 0.03675992, 0.046928708, -0.04191003) * v0_6.z;
        a0_1 += vec4(0.007781919, 0.07955081, 0.09471168, -0.20445856) * v0_6.w;
        a0_2 += vec4(0.048815276, 0.062463194, 0.04278002, 0.016216967) * v0_6.x;
        a0_2 += vec4(-0.017450985, -0.16882412, -0.0075416192, 0.021465909) * v0_6.y;
        a0_2 += vec4(0.027847946, 0.07231277, -0.043143727, 0.06493768) * v0_6.z;
        a0_2 += vec4(-0.08232729, -0.041737814, 0.13164282, -0.061099917) * v0_6.w;
        a0_3 += vec4(-0.0020691492, 0.08625649, 0.042906743, -0.029176876) * v0_6.x;
        a0_3 += vec4(0.0044975607, -0.0018406528, -0.24117361, 0.002184071) * v0_6.y;
        a0_3 += vec4(0.012386058, -0.038286246, 0.0030643537, 0.04763413) * v0_6.z;
        a0_3 += vec4(0.016815325, 0.10018919, 0.20440707, -0.018861603) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 68]);
        a0_0 += vec4(0.01592399, 0.06747631, -0.10050249, 0.03961285) * v0_6.x;
        a0_0 += vec4(-0.021639878, -0.07428532, 0.039984822, -0.008819093) * v0_6.y;
        a0_0 += vec4(-0.0011572199, 0.12883942, -0.029582059, 0.030581558) * v0_6.z;
        a0_0 += vec4(0.003381552, -0.120623335, -0.077554226, 0.017134573) * v0_6.w;
        a0_1 += vec4(-0.001719825, -0.017945059, -0.082733065, 0.011298784) * v0_6.x;
        a0_1 += vec4(0.057116248, -0.061930425, -0.09303667, 0.0008144367) * v0_6.y;
        a0_1 += vec4(0.074118085, -0.015309409, -0.031025289, 0.057414424) * v0_6.z;
        a0_1 += vec4(0.07937357, -0.07540818, -0.14256829, 0.09760021) * v0_6.w;
        a0_2 += vec4(-0.18821685, -0.026033053, -0.015253684, -0.028606031) * v0_6.x;
        a0_2 += vec4(0.15813757, -0.04516336, -0.018266464, -0.11803022) * v0_6.y;
        a0_2 += vec4(0.060220663, 0.012415843, -0.019073542, -0.0537234) * v0_6.z;
        a0_2 += vec4(-0.14686549, -0.01825198, 0.01837324, 0.024246505) * v0_6.w;
        a0_3 += vec4(0.013892828, 0.025486955, -0.14787237, -0.051730614) * v0_6.x;
        a0_3 += vec4(-0.0272011, -0.011616849, -0.106340595, -0.034732986) * v0_6.y;
        a0_3 += vec4(0.010061462, -0.007324239, 0.10990213, -0.020861391) * v0_6.z;
        a0_3 += vec4(0.028218241, 0.033497807, -0.095000036, 0.05332062) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 69]);
        a0_0 += vec4(0.021890517, -0.13839835, -0.122000456, 0.01812669) * v0_6.x;
        a0_0 += vec4(0.029935518, -0.0042624585, -0.112814896, 0.0021668787) * v0_6.y;
        a0_0 += vec4(-0.008586963, 0.11993703, 0.085999325, -0.0061070104) * v0_6.z;
        a0_0 += vec4(0.04479935, -0.17722131, 0.12427034, -0.04539199) * v0_6.w;
        a0_1 += vec4(-0.24185972, 0.076997906, 0.030845776, -0.058942) * v0_6.x;
        a0_1 += vec4(0.13679022, -0.012980108, 0.07575285, 0.051461045) * v0_6.y;
        a0_1 += vec4(0.008866562, -0.0004988206, 0.07885505, 0.010937987) * v0_6.z;
        a0_1 += vec4(-0.14274742, 0.021322858, 0.17446521, 0.020179123) * v0_6.w;
        a0_2 += vec4(0.13234122, -0.04466265, -0.049545933, 0.029971814) * v0_6.x;
        a0_2 += vec4(-0.031566694, -0.083023034, -0.05278604, 0.02237558) * v0_6.y;
        a0_2 += vec4(-0.018923236, 0.11620614, 0.016360594, 0.026777947) * v0_6.z;
        a0_2 += vec4(0.14689736, -0.0658233, -0.06525636, -0.007955358) * v0_6.w;
        a0_3 += vec4(-0.04844308, -0.05204222, -0.14368385, -0.1268235) * v0_6.x;
        a0_3 += vec4(-0.037518863, -0.006597577, 0.018604498, -0.12871528) * v0_6.y;
        a0_3 += vec4(0.009760314, 0.08061075, 0.10520643, 0.01817459) * v0_6.z;
        a0_3 += vec4(-0.012488866, -0.093908034, -0.24601606, -0.13094212) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 70]);
        a0_0 += vec4(-0.01199616, 0.040494733, -0.0033494395, 0.06682194) * v0_6.x;
        a0_0 += vec4(-0.025760626, -0.032891482, 0.06621758, -0.01984936) * v0_6.y;
        a0_0 += vec4(-0.019081054, 0.074560195, 0.07515697, -0.018839382) * v0_6.z;
        a0_0 += vec4(0.0024261007, -0.099857956, -0.042733047, 0.042767975) * v0_6.w;
        a0_1 += vec4(0.14839411, -0.03869732, -0.09364286, -0.0070979376) * v0_6.x;
        a0_1 += vec4(-0.10515424, 0.03673135, -0.02482161, -0.01717515) * v0_6.y;
        a0_1 += vec4(-0.05822214, 0.053318836, 0.0560711, -0.012287549) * v0_6.z;
        a0_1 += vec4(0.23619936, -0.006653641, -0.020876227, -0.04839429) * v0_6.w;
        a0_2 += vec4(-0.06285635, -0.04255418, -0.054457948, 0.008337965) * v0_6.x;
        a0_2 += vec4(-0.0032388095, -0.07895722, -0.026462186, 0.017191675) * v0_6.y;
        a0_2 += vec4(-0.026602268, 0.017774792, 0.029307162, 0.02123039) * v0_6.z;
        a0_2 += vec4(-0.12164245, -0.0026937218, -0.074569255, -0.021875234) * v0_6.w;
        a0_3 += vec4(0.014756269, -0.00037996046, -0.085350834, -0.053555112) * v0_6.x;
        a0_3 += vec4(-0.003157086, 0.0019298987, -0.19322015, 0.002461889) * v0_6.y;
        a0_3 += vec4(-0.008298189, 0.03650995, 0.17094085, -0.015869718) * v0_6.z;
        a0_3 += vec4(0.01152502, -0.0012422963, -0.041635633, -0.045072813) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(0.0061769327, -0.030401701, -0.11921135, 0.0012015718) * v0_7.x;
        a0_0 += vec4(-0.004247035, 0.0814377, -0.010848388, -0.023839122) * v0_7.y;
        a0_0 += vec4(-0.067225285, -0.00096268125, -0.08144617, -0.13277291) * v0_7.z;
        a0_0 += vec4(0.00010657943, -0.005854981, 0.08069741, 0.006791189) * v0_7.w;
        a0_1 += vec4(-0.23289678, -0.035033356, -0.06364665, -0.1196806) * v0_7.x;
        a0_1 += vec4(-0.09369248, -0.00703217, 0.07554488, -0.13666913) * v0_7.y;
        a0_1 += vec4(-0.18377982, -0.07656051, 0.25209007, -0.062217586) * v0_7.z;
        a0_1 += vec4(0.19554839, 0.037924796, 0.020915683, 0.05819048) * v0_7.w;
        a0_2 += vec4(-0.18982378, -0.0042961705, 0.05191979, 0.041195814) * v0_7.x;
        a0_2 += vec4(-0.6908791, 0.021954171, 0.029734269, -0.060804404) * v0_7.y;
        a0_2 += vec4(0.056036007, 0.11778974, -0.04343348, -0.1961967) * v0_7.z;
        a0_2 += vec4(-0.20997678, 0.09190082, -0.015736345, 0.041433968) * v0_7.w;
        a0_3 += vec4(0.008489847, -0.004571824, 0.19918513, -0.0061925654) * v0_7.x;
        a0_3 += vec4(0.021797908, 0.02254027, -0.010575891, -0.007183875) * v0_7.y;
        a0_3 += vec4(0.06630969, -0.018089699, -0.10469991, 0.047701426) * v0_7.z;
        a0_3 += vec4(-0.020889213, 0.081901446, 0.22391416, -0.085323595) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0025433549, -0.043166626, 0.06596361, -0.0015600639) * v0_7.x;
        a0_0 += vec4(-0.009092701, -0.013435341, 0.05798339, 0.045628175) * v0_7.y;
        a0_0 += vec4(-0.08930102, 0.074737474, 0.11054447, 0.20060408) * v0_7.z;
        a0_0 += vec4(-0.0031097664, 0.049641505, -0.028213963, 0.025730642) * v0_7.w;
        a0_1 += vec4(-0.2212145, -0.02357794, -0.035324357, -0.16702062) * v0_7.x;
        a0_1 += vec4(-0.08647951, 0.036781978, -0.22914602, -0.063273385) * v0_7.y;
        a0_1 += vec4(0.13856044, 0.051348757, -0.062849596, -0.06292731) * v0_7.z;
        a0_1 += vec4(-0.117736615, -0.0013490042, 0.08450001, 0.027902564) * v0_7.w;
        a0_2 += vec4(-0.24441227, 0.031170337, 0.044161852, -0.20150767) * v0_7.x;
        a0_2 += vec4(0.22152342, 0.038667183, -0.5172872, -0.14052124) * v0_7.y;
        a0_2 += vec4(0.13932905, 0.010128754, -0.13162607, 0.0041877525) * v0_7.z;
        a0_2 += vec4(0.176037, -0.07828772, -0.008233357, 0.061128784) * v0_7.w;
        a0_3 += vec4(0.01564121, 0.036040768, 0.1063838, -0.02414961) * v0_7.x;
        a0_3 += vec4(-0.009747731, -0.021039102, -0.17341341, -0.06840737) * v0_7.y;
        a0_3 += vec4(0.037249528, -0.009474975, -0.0558853, 0.014348766) * v0_7.z;
        a0_3 += vec4(-0.009640962, -0.014656048, -0.11760064, 0.036743667) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0020889768, -0.0005719207, 0.02944926, -0.08113349) * v0_7.x;
        a0_0 += vec4(0.005545398, 0.010759929, -0.010274816, -0.0049982597) * v0_7.y;
        a0_0 += vec4(-0.0445063, 0.1325719, 0.05578757, -0.004537029) * v0_7.z;
        a0_0 += vec4(0.00452831, -0.040755667, 0.07084429, 0.0030378634) * v0_7.w;
        a0_1 += vec4(0.016696801, -0.026166635, -0.11594664, 0.041560873) * v0_7.x;
        a0_1 += vec4(0.058048833, -0.002386438, -0.0019731747, 0.028062105) * v0_7.y;
        a0_1 += vec4(0.19245487, 0.008410625, -0.040312212, 0.014394678) * v0_7.z;
        a0_1 += vec4(-0.053450204, 0.020591753, 0.022523206, -0.08405382) * v0_7.w;
        a0_2 += vec4(-0.0042358176, -0.019372733, 0.028941613, -0.26208058) * v0_7.x;
        a0_2 += vec4(-0.08988144, 0.06710253, -0.18090768, -0.049069516) * v0_7.y;
        a0_2 += vec4(0.0037718914, 0.0066445214, -0.04823457, -0.0296632) * v0_7.z;
        a0_2 += vec4(-0.07106701, -0.013518763, 0.029398292, -0.017920503) * v0_7.w;
        a0_3 += vec4(0.0009968507, 0.0006195375, 0.026944831, -0.0037750814) * v0_7.x;
        a0_3 += vec4(-0.00023158567, 0.04007738, 0.060480077, -0.022176595) * v0_7.y;
        a0_3 += vec4(0.008073931, -0.0008379712, -0.046839975, 0.038194846) * v0_7.z;
        a0_3 += vec4(0.0026338315, -0.03355266, -0.20952258, 0.015611825) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 34]);
        a0_0 += vec4(0.016706802, -0.023497501, 0.03106927, -0.07236295) * v0_7.x;
        a0_0 += vec4(-0.03929393, 0.02115254, -0.2269207, 0.05697231) * v0_7.y;
        a0_0 += vec4(-0.110963345, 0.011680081, 0.1172912, 0.34830728) * v0_7.z;
        a0_0 += vec4(-0.016372934, -0.015735703, -0.15323971, -0.06496182) * v0_7.w;
        a0_1 += vec4(-0.35987878, 0.029412296, -0.15540446, -0.103618056) * v0_7.x;
        a0_1 += vec4(-0.738991, -0.12609427, 0.09582196, -0.49105817) * v0_7.y;
        a0_1 += vec4(0.077286944, 0.18663901, -0.0059448285, -0.04050661) * v0_7.z;
        a0_1 += vec4(-0.058915913, -0.003760278, 0.053683292, -0.08824418) * v0_7.w;
        a0_2 += vec4(-0.3178206, -0.07757242, -0.021891061, -0.08206828) * v0_7.x;
        a0_2 += vec4(-0.13208757, 0.021714196, -0.01859382, -0.0128954435) * v0_7.y;
        a0_2 += vec4(0.21074452, -0.06414831, -0.048334725, 0.0132313045) * v0_7.z;
        a0_2 += vec4(0.10082049, -0.022419797, -0.021602245, -0.03670405) * v0_7.w;
        a0_3 += vec4(-0.05525819, -0.005118117, 0.002277954, 0.034858245) * v0_7.x;
        a0_3 += vec4(-0.13240924, 0.054761246, -0.5507019, -0.06448863) * v0_7.y;
        a0_3 += vec4(-0.12931302, 0.06774386, -0.18393432, -0.1221775) * v0_7.z;
        a0_3 += vec4(-0.018034246, -0.0949525, -0.57236135, -0.0339087) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 35]);
        a0_0 += vec4(-0.037520874, 0.02882173, -0.21818265, -0.15458146) * v0_7.x;
        a0_0 += vec4(-0.05774005, 0.04617152, -0.33613983, -0.11126765) * v0_7.y;
        a0_0 += vec4(0.08795717, 0.011891092, 0.023098174, -0.24955657) * v0_7.z;
        a0_0 += vec4(-0.00019727291, 0.063968875, 0.06161002, 0.09081463) * v0_7.w;
        a0_1 += vec4(-0.76397014, -0.18430872, -0.31231982, -0.19020091) * v0_7.x;
        a0_1 += vec4(-0.66921103, -0.4108529, -0.39752144, -0.12501271) * v0_7.y;
        a0_1 += vec4(0.069163665, -0.017098418, 0.05041597, -0.022517912) * v0_7.z;
        a0_1 += vec4(-0.09854905, 0.025245756, 0.13630551, 0.046874993) * v0_7.w;
        a0_2 += vec4(-0.35633278, -0.12651435, -0.023523487, -0.13910043) * v0_7.x;
        a0_2 += vec4(-0.16104059, -0.368285, -0.049619555, -0.21264726) * v0_7.y;
        a0_2 += vec4(-0.21929352, 0.07338095, 0.22390582, 0.055195622) * v0_7.z;
        a0_2 += vec4(-0.05244217, 0.06818493, 0.023903633, -0.033312846) * v0_7.w;
        a0_3 += vec4(-0.026370615, -0.05886861, 0.22845557, 0.019411797) * v0_7.x;
        a0_3 += vec4(0.030319516, -0.36086288, -0.37035143, -0.15355328) * v0_7.y;
        a0_3 += vec4(-0.046847735, 0.051204402, 0.14661282, 0.08646364) * v0_7.z;
        a0_3 += vec4(-0.009769926, 0.068488315, 0.18660435, 0.051128592) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 36]);
        a0_0 += vec4(-0.006145425, -0.04484679, -0.23209822, 0.03893353) * v0_7.x;
        a0_0 += vec4(-0.018760828, 0.02268849, 0.11749825, -0.008635634) * v0_7.y;
        a0_0 += vec4(0.0038500153, -0.13355535, -0.12914866, 0.0071882135) * v0_7.z;
        a0_0 += vec4(0.007860745, 0.012512622, 0.030386984, -0.031087834) * v0_7.w;
        a0_1 += vec4(-0.72415245, 0.017613223, -0.1707271, 0.066994466) * v0_7.x;
        a0_1 += vec4(0.10998265, 0.08632077, 0.06143453, 0.09399342) * v0_7.y;
        a0_1 += vec4(-0.070226386, -0.05401474, -0.042211916, 0.17819966) * v0_7.z;
        a0_1 += vec4(0.14538178, 0.010475057, -0.021859512, -0.08041211) * v0_7.w;
        a0_2 += vec4(-0.0019770225, -0.017548773, 0.026513377, -0.074982) * v0_7.x;
        a0_2 += vec4(0.010031197, 0.09066287, 0.07497383, -0.07269284) * v0_7.y;
        a0_2 += vec4(0.13004415, 0.020835178, -0.074842595, 0.020670936) * v0_7.z;
        a0_2 += vec4(0.0046553467, -0.014552916, 0.010988906, -0.016415868) * v0_7.w;
        a0_3 += vec4(-0.008572503, 0.022621369, -0.12895532, 0.008508917) * v0_7.x;
        a0_3 += vec4(0.0019112423, -0.21257272, -0.6760336, -0.079635665) * v0_7.y;
        a0_3 += vec4(-0.012069421, -0.10122266, 0.044606727, 0.036520045) * v0_7.z;
        a0_3 += vec4(-0.006052825, 0.0866851, 0.3320228, 0.039579105) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 68]);
        a0_0 += vec4(-0.009360264, -0.011174697, -0.091026984, 0.035137787) * v0_7.x;
        a0_0 += vec4(0.02388749, -0.30369893, -0.020562654, 0.009711846) * v0_7.y;
        a0_0 += vec4(-0.018242428, 0.002327931, 0.17044173, -0.016146963) * v0_7.z;
        a0_0 += vec4(0.0100063365, 0.061345592, 0.08208964, -0.028663639) * v0_7.w;
        a0_1 += vec4(-0.1967843, 0.023538217, -0.00030865028, -0.047603182) * v0_7.x;
        a0_1 += vec4(-0.14025857, 0.009211239, 0.08050383, -0.06565929) * v0_7.y;
        a0_1 += vec4(0.17029011, -0.036036443, 0.0037914347, 0.098522596) * v0_7.z;
        a0_1 += vec4(0.0015055476, -0.029952371, 0.02538209, 0.038706858) * v0_7.w;
        a0_2 += vec4(-0.19315866, 0.024062954, -0.031212576, -0.010724342) * v0_7.x;
        a0_2 += vec4(-0.45765087, -0.051717155, -0.021205325, -0.065005414) * v0_7.y;
        a0_2 += vec4(0.088548556, 0.035154648, -0.016074887, -0.031112758) * v0_7.z;
        a0_2 += vec4(-0.1430477, 0.005909628, 0.0045271, -0.0052811997) * v0_7.w;
        a0_3 += vec4(0.001088456, -0.0050538187, 0.025463467, -0.0010248718) * v0_7.x;
        a0_3 += vec4(-0.1335885, 0.0047203717, -0.13373981, -0.03578565) * v0_7.y;
        a0_3 += vec4(0.1131316, -0.08939906, 0.0070404764, -0.010147748) * v0_7.z;
        a0_3 += vec4(0.008819048, 0.0023439964, 0.07724147, 0.010405322) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 69]);
        a0_0 += vec4(0.017400121, -0.05774096, -0.05525775, 0.0007034017) * v0_7.x;
        a0_0 += vec4(-0.029358411, -0.46335852, -0.23269293, 0.028715033) * v0_7.y;
        a0_0 += vec4(0.00117103, 0.041296083, -0.13811837, 0.007900045) * v0_7.z;
        a0_0 += vec4(-0.01844481, -0.06768664, -0.033415593, -0.011509413) * v0_7.w;
        a0_1 += vec4(-0.05105246, -0.0074749226, -0.106191084, -0.00314043) * v0_7.x;
        a0_1 += vec4(-0.29975292, -0.08319968, -0.009589903, -0.112687364) * v0_7.y;
        a0_1 += vec4(-0.021954458, -0.022352124, -0.075997695, -0.08077167) * v0_7.z;
        a0_1 += vec4(-0.251991, -0.00854306, -0.016145559, 0.0020615666) * v0_7.w;
        a0_2 += vec4(-0.162456, 0.0045908545, 0.013486266, 0.010140943) * v0_7.x;
        a0_2 += vec4(-0.1462838, -0.10490697, -0.024067609, -0.07152064) * v0_7.y;
        a0_2 += vec4(-0.21908168, 0.06489851, 0.004260959, -0.0568115) * v0_7.z;
        a0_2 += vec4(0.25470036, 0.042103946, 0.011981542, 0.0148837175) * v0_7.w;
        a0_3 += vec4(0.012494671, 0.07004667, 0.10949977, -0.050321754) * v0_7.x;
        a0_3 += vec4(0.0026148693, -0.17604466, -0.098940045, 0.07924563) * v0_7.y;
        a0_3 += vec4(-0.023134008, 0.0966113, 0.16332023, -0.0022508018) * v0_7.z;
        a0_3 += vec4(0.0093028685, -0.0124924285, -0.056747362, -0.009782482) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 70]);
        a0_0 += vec4(0.0070424783, -0.0048917797, 0.016812801, -0.078436755) * v0_7.x;
        a0_0 += vec4(0.015208116, 0.05445388, -0.12154233, -0.00801631) * v0_7.y;
        a0_0 += vec4(-0.05455406, 0.06005538, 0.061371353, -0.03962247) * v0_7.z;
        a0_0 += vec4(0.0031631305, 0.017275913, -0.02545303, 0.021760812) * v0_7.w;
        a0_1 += vec4(-0.2386809, -0.028441254, -0.117049344, -0.07033173) * v0_7.x;
        a0_1 += vec4(-0.103512496, -0.013883006, 0.04719195, -0.04000895) * v0_7.y;
        a0_1 += vec4(-0.18723257, 0.027815504, -0.0010531788, 0.05340064) * v0_7.z;
        a0_1 += vec4(0.31589448, -0.022415001, -0.020806218, -0.015620994) * v0_7.w;
        a0_2 += vec4(0.07030969, -0.04093818, -0.010656058, 0.019158717) * v0_7.x;
        a0_2 += vec4(0.100185774, 0.001252645, 0.0048584384, 0.014693651) * v0_7.y;
        a0_2 += vec4(0.042730525, 0.012882735, 0.03310608, 0.027775433) * v0_7.z;
        a0_2 += vec4(-0.1720352, 0.020947393, -0.0007719789, 0.032501142) * v0_7.w;
        a0_3 += vec4(-0.0062390068, -0.003621609, -0.03868105, -0.035783745) * v0_7.x;
        a0_3 += vec4(0.0034250775, 0.06723411, 0.19775143, -0.0061105173) * v0_7.y;
        a0_3 += vec4(-0.006661267, 0.018978328, -0.03424416, 0.0016211927) * v0_7.z;
        a0_3 += vec4(0.0003651056, -0.008361528, -0.13613261, 0.016372925) * v0_7.w;
    }

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

//!DESC ArtCNN_C4F32 compute conv2d_5_add_conv2d_6_depth_to_space border
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L4p0
//!BIND ArtCNN_C4F32_L4p1
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
    if (g == 0) return vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(0, 0), 0));
    if (g == 1) return vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(1, 0), 0));
    if (g == 2) return vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(0, 1), 0));
    if (g == 3) return vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(1, 1), 0));
    if (g == 4) return vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(0, 0), 0));
    if (g == 5) return vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(1, 0), 0));
    if (g == 6) return vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(0, 1), 0));
    if (g == 7) return vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(1, 1), 0));
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

//!DESC ArtCNN_C4F32 compute conv2d_5_add_conv2d_6_depth_to_space
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L4p0
//!BIND ArtCNN_C4F32_L4p1
//!BIND HOOKED
//!BIND ArtCNN_C4F32_EDGE
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
// A workgroup computes 16x16 pixels with 16x16 threads: 1 slice(s) of 16x16, each computing
// 1 of the 1 output groups of 1 pixel(s) per thread. It works in 9 phases: each loads 1 input
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
        a0_0 = vec4(-1.7674522e-06, -5.9487984e-06, 2.289558e-06, 9.945273e-06);
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
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_0 = vec4(tile[at + 0]);
        a0_0 += vec4(2.6399584e-06, -9.688494e-05, -2.9149483e-05, 4.9259474e-05) * v0_0.x;
        a0_0 += vec4(-9.0113725e-05, 0.00038195393, -1.4476478e-05, -0.0002200487) * v0_0.y;
        a0_0 += vec4(4.3343325e-06, 2.4240237e-06, -9.409586e-06, -2.4890107e-05) * v0_0.z;
        a0_0 += vec4(0.00010251641, -8.0317055e-05, 6.1531144e-05, -4.150176e-05) * v0_0.w;
    }
    {   // tap (-1, -2)
        vec4 v0_0 = vec4(tile[at + 1]);
        a0_0 += vec4(0.0008884747, -0.00030472717, -5.1467603e-05, -0.00025604517) * v0_0.x;
        a0_0 += vec4(-2.1448255e-05, -0.00044764974, -0.0018427476, 0.0003898486) * v0_0.y;
        a0_0 += vec4(-0.00047545816, 1.652206e-05, 0.00013474503, 4.493996e-05) * v0_0.z;
        a0_0 += vec4(-0.006510165, 0.0055465484, -0.0049519157, 0.0040525706) * v0_0.w;
    }
    {   // tap (0, -2)
        vec4 v0_0 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0039397604, 0.0009676274, -7.473429e-05, 0.0015294363) * v0_0.x;
        a0_0 += vec4(-0.0008764564, 0.0006982419, 3.520931e-05, 0.00016093155) * v0_0.y;
        a0_0 += vec4(0.008016346, -0.002256955, -0.00014588171, -0.0016408685) * v0_0.z;
        a0_0 += vec4(0.03455315, -0.03493589, 0.01943303, -0.022513505) * v0_0.w;
    }
    {   // tap (1, -2)
        vec4 v0_0 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.00036915738, 0.0019377028, 0.00011117199, -0.00057484524) * v0_0.x;
        a0_0 += vec4(4.175114e-05, 0.000104330706, -8.077534e-05, -5.1035637e-05) * v0_0.y;
        a0_0 += vec4(0.012235548, -0.01341676, 0.0027647186, -0.0016468969) * v0_0.z;
        a0_0 += vec4(-0.00031640846, 0.00078334403, -0.0004918917, 0.0006688091) * v0_0.w;
    }
    {   // tap (2, -2)
        vec4 v0_0 = vec4(tile[at + 4]);
        a0_0 += vec4(9.071992e-05, 0.00017876647, 2.227397e-05, -0.00010699049) * v0_0.x;
        a0_0 += vec4(7.934452e-06, 8.317801e-06, 1.3532962e-06, -7.340293e-06) * v0_0.y;
        a0_0 += vec4(-0.00025371186, 0.00013585063, -0.00014518149, 0.00043389385) * v0_0.z;
        a0_0 += vec4(5.9006197e-05, -2.1323488e-06, -6.238639e-05, -2.5545922e-05) * v0_0.w;
    }
    {   // tap (-2, -1)
        vec4 v0_0 = vec4(tile[at + 20]);
        a0_0 += vec4(-2.3957828e-05, 0.00012786884, -6.961599e-05, 1.1684622e-05) * v0_0.x;
        a0_0 += vec4(0.0027616648, -0.0009528518, -0.00023317452, 0.00043443375) * v0_0.y;
        a0_0 += vec4(-2.2363558e-05, 6.858278e-05, 3.353796e-05, 3.2450538e-05) * v0_0.z;
        a0_0 += vec4(1.4798626e-05, 2.8034088e-05, 0.00015106477, 1.51799995e-05) * v0_0.w;
    }
    {   // tap (-1, -1)
        vec4 v0_0 = vec4(tile[at + 21]);
        a0_0 += vec4(0.0015860241, -0.0028200953, 0.00075524894, -0.00023700076) * v0_0.x;
        a0_0 += vec4(-0.068732366, 0.069092, 0.0021728815, 0.0042011538) * v0_0.y;
        a0_0 += vec4(-0.0014171143, 0.0011939616, -0.0011944252, 0.0005924623) * v0_0.z;
        a0_0 += vec4(2.9526454e-05, -0.0007449376, -0.0019372922, 0.0033160963) * v0_0.w;
    }
    {   // tap (0, -1)
        vec4 v0_0 = vec4(tile[at + 22]);
        a0_0 += vec4(0.05335465, -0.04232902, -0.0059424248, -0.002918768) * v0_0.x;
        a0_0 += vec4(0.0012142869, -0.0024769218, -0.0028705026, 0.0020329) * v0_0.y;
        a0_0 += vec4(-0.045872748, 0.027764032, 0.018765751, -0.0007606589) * v0_0.z;
        a0_0 += vec4(0.05241753, -0.05102611, 0.04453993, -0.045544773) * v0_0.w;
    }
    {   // tap (1, -1)
        vec4 v0_0 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0014068396, 0.0011218715, -0.00096474634, 0.0025351306) * v0_0.x;
        a0_0 += vec4(-0.00018624516, 4.8887694e-05, -1.0632121e-05, -0.00012845287) * v0_0.y;
        a0_0 += vec4(0.012236186, -0.008200523, 0.016223818, -0.023946999) * v0_0.z;
        a0_0 += vec4(-0.0003761579, 0.0007291651, -0.0009880617, -1.8719254e-06) * v0_0.w;
    }
    {   // tap (2, -1)
        vec4 v0_0 = vec4(tile[at + 24]);
        a0_0 += vec4(-6.044897e-05, -0.00022654173, -3.8512335e-05, 0.00024285846) * v0_0.x;
        a0_0 += vec4(2.3567384e-06, -2.4137948e-05, 1.7449753e-05, 1.1433404e-05) * v0_0.y;
        a0_0 += vec4(0.000116109964, 7.240104e-05, -3.5920533e-05, -0.00016120762) * v0_0.z;
        a0_0 += vec4(-6.4326905e-06, -5.2866322e-05, 4.038132e-05, -0.00012180023) * v0_0.w;
    }
    {   // tap (-2, 0)
        vec4 v0_0 = vec4(tile[at + 40]);
        a0_0 += vec4(0.00010968816, -2.766133e-05, -3.584622e-05, 2.7660633e-05) * v0_0.x;
        a0_0 += vec4(0.000685096, -0.0004430225, 0.0036635413, -0.0003925016) * v0_0.y;
        a0_0 += vec4(0.00020126245, 1.02713675e-05, -1.1903094e-05, -7.6917066e-05) * v0_0.z;
        a0_0 += vec4(-0.0001852766, -3.870265e-05, -0.00015301925, -2.0288022e-05) * v0_0.w;
    }
    {   // tap (-1, 0)
        vec4 v0_0 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.0018649049, 0.0017222072, 0.0012494621, -0.0006034806) * v0_0.x;
        a0_0 += vec4(-0.0363721, 0.043619324, -0.101144694, 0.0984141) * v0_0.y;
        a0_0 += vec4(0.0022965882, 0.0004437756, -0.0027447955, 0.00045804668) * v0_0.z;
        a0_0 += vec4(-0.0015056849, 0.0013066084, 0.0007903249, -0.0010554417) * v0_0.w;
    }
    {   // tap (0, 0)
        vec4 v0_0 = vec4(tile[at + 42]);
        a0_0 += vec4(0.08267391, -0.09501258, 0.1186774, -0.10788954) * v0_0.x;
        a0_0 += vec4(0.0018332858, -0.0035543344, 0.0037575816, -0.0045044105) * v0_0.y;
        a0_0 += vec4(-0.12855154, 0.13910228, -0.13769382, 0.12577276) * v0_0.z;
        a0_0 += vec4(0.054407533, -0.053135287, 0.051981345, -0.054852586) * v0_0.w;
    }
    {   // tap (1, 0)
        vec4 v0_0 = vec4(tile[at + 43]);
        a0_0 += vec4(0.00031763705, -0.00093741156, 0.00021311486, 0.0007151661) * v0_0.x;
        a0_0 += vec4(0.00020353655, 0.0003088554, -7.401305e-05, -4.156783e-05) * v0_0.y;
        a0_0 += vec4(-0.007801504, 0.008919896, -0.0021809926, 0.0025338507) * v0_0.z;
        a0_0 += vec4(-0.00064861693, 0.00054240524, -0.0011837153, 0.0012371478) * v0_0.w;
    }
    {   // tap (2, 0)
        vec4 v0_0 = vec4(tile[at + 44]);
        a0_0 += vec4(-1.8870093e-06, -2.6158337e-05, 0.00010685489, -7.899627e-05) * v0_0.x;
        a0_0 += vec4(4.0542705e-05, 5.8138917e-06, -1.3266864e-05, -1.356282e-05) * v0_0.y;
        a0_0 += vec4(0.0001760078, -0.00016013991, -2.8792341e-05, -0.00034113735) * v0_0.z;
        a0_0 += vec4(-3.473862e-05, -7.8194826e-05, 5.0882554e-05, -3.365899e-05) * v0_0.w;
    }
    {   // tap (-2, 1)
        vec4 v0_0 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.00012594911, 4.5100925e-05, 0.0003413311, -0.00010886466) * v0_0.x;
        a0_0 += vec4(0.00011847138, 0.0003020607, 0.00011370329, -0.00033351168) * v0_0.y;
        a0_0 += vec4(8.875461e-05, 8.9350615e-05, -0.00010863517, -6.689061e-05) * v0_0.z;
        a0_0 += vec4(-7.827777e-05, 5.7604608e-05, -0.00017480472, 3.4636643e-05) * v0_0.w;
    }
    {   // tap (-1, 1)
        vec4 v0_0 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.00565452, 0.002472414, -0.0029534171, 0.0034609411) * v0_0.x;
        a0_0 += vec4(-0.0040541994, -0.0005744898, -0.0043611466, 0.0055749402) * v0_0.y;
        a0_0 += vec4(0.0049944213, -0.00273349, 0.0039705783, -0.0025350838) * v0_0.z;
        a0_0 += vec4(-0.00341296, 0.0030390527, -0.0032734661, 0.0027508715) * v0_0.w;
    }
    {   // tap (0, 1)
        vec4 v0_0 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0013774586, 0.005795684, 0.022490736, -0.027822414) * v0_0.x;
        a0_0 += vec4(-0.001630613, 0.001263802, -0.0012753484, 0.0008065784) * v0_0.y;
        a0_0 += vec4(0.02298318, -0.0336804, -0.026796604, 0.04118743) * v0_0.z;
        a0_0 += vec4(0.040660065, -0.042008594, 0.049901515, -0.04695468) * v0_0.w;
    }
    {   // tap (1, 1)
        vec4 v0_0 = vec4(tile[at + 63]);
        a0_0 += vec4(0.00032527195, -0.00032985242, 0.0009748517, -1.3412849e-05) * v0_0.x;
        a0_0 += vec4(3.3386343e-06, -2.2128366e-05, -5.0450068e-05, 0.0001507284) * v0_0.y;
        a0_0 += vec4(-0.00029781487, 0.00041005856, -0.00084462314, 0.0017519802) * v0_0.z;
        a0_0 += vec4(-0.00017069819, -0.00017797203, -0.00025641551, -7.1740615e-05) * v0_0.w;
    }
    {   // tap (2, 1)
        vec4 v0_0 = vec4(tile[at + 64]);
        a0_0 += vec4(4.800716e-05, 0.00014619644, 9.085341e-06, -9.370974e-05) * v0_0.x;
        a0_0 += vec4(-1.6808011e-05, -1.4734753e-05, 6.1993305e-05, 4.4224595e-05) * v0_0.y;
        a0_0 += vec4(2.9491042e-05, 5.1758816e-06, 2.6053358e-05, -5.9206563e-05) * v0_0.z;
        a0_0 += vec4(4.0814225e-06, 5.4134034e-05, -6.050078e-05, -2.2248147e-05) * v0_0.w;
    }
    {   // tap (-2, 2)
        vec4 v0_0 = vec4(tile[at + 80]);
        a0_0 += vec4(-3.1893207e-05, -2.7674347e-05, -5.427503e-05, 3.8004694e-06) * v0_0.x;
        a0_0 += vec4(-0.0001844137, -5.1265786e-05, 0.000104794024, 0.00010087449) * v0_0.y;
        a0_0 += vec4(-0.0002936234, 7.5326214e-05, 8.247421e-05, 0.0001196095) * v0_0.z;
        a0_0 += vec4(-1.2909168e-06, -1.792277e-05, -6.410181e-05, 8.06051e-05) * v0_0.w;
    }
    {   // tap (-1, 2)
        vec4 v0_0 = vec4(tile[at + 81]);
        a0_0 += vec4(1.7361202e-05, 0.00011920314, -0.0017301132, 0.0006612819) * v0_0.x;
        a0_0 += vec4(-0.00041312815, 0.0005508003, -0.0023292096, 0.0015341808) * v0_0.y;
        a0_0 += vec4(0.00024176642, 0.0008217628, 0.0012427104, -0.0020379082) * v0_0.z;
        a0_0 += vec4(-0.003862393, 0.0031381727, -0.005385873, 0.003957729) * v0_0.w;
    }
    {   // tap (0, 2)
        vec4 v0_0 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00024389362, -0.0010694708, 0.002668915, 9.356924e-05) * v0_0.x;
        a0_0 += vec4(6.171153e-05, 0.0004003524, -0.000715285, 0.00029934023) * v0_0.y;
        a0_0 += vec4(0.0068573053, -0.0034558272, 0.010009959, -0.016017333) * v0_0.z;
        a0_0 += vec4(0.019180782, -0.019075098, 0.027355388, -0.030644905) * v0_0.w;
    }
    {   // tap (1, 2)
        vec4 v0_0 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.00019340942, 0.00012689622, 3.5109264e-05, -3.4706685e-05) * v0_0.x;
        a0_0 += vec4(8.420066e-05, -9.404331e-05, -0.00012176592, -1.8334855e-05) * v0_0.y;
        a0_0 += vec4(-0.0003343585, 8.317978e-05, -0.00026589393, 0.0004916025) * v0_0.z;
        a0_0 += vec4(-0.00014453966, 0.000562974, -8.55709e-05, -8.8179644e-05) * v0_0.w;
    }
    {   // tap (2, 2)
        vec4 v0_0 = vec4(tile[at + 84]);
        a0_0 += vec4(2.9935218e-05, -4.279009e-05, 4.712194e-05, -1.542516e-05) * v0_0.x;
        a0_0 += vec4(-7.0260385e-06, -1.9702846e-05, 5.77566e-06, -2.2004888e-05) * v0_0.y;
        a0_0 += vec4(-4.5206332e-05, -1.1413604e-05, 0.00010099698, 3.535195e-05) * v0_0.z;
        a0_0 += vec4(-4.6046684e-06, 3.6118363e-05, -2.4298242e-05, -1.19771585e-05) * v0_0.w;
    }

    // Phase 1: input groups 1..1.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_1 = vec4(tile[at + 0]);
        a0_0 += vec4(3.951609e-06, 1.1990606e-06, -1.7022028e-05, 5.4515035e-06) * v0_1.x;
        a0_0 += vec4(-1.0973987e-05, -2.1730297e-05, 3.0717074e-05, -3.4215118e-06) * v0_1.y;
        a0_0 += vec4(1.2521888e-05, 1.48950885e-05, 1.164656e-05, -2.5828165e-06) * v0_1.z;
        a0_0 += vec4(3.340895e-05, 6.6281214e-06, -2.6721726e-05, -1.7334307e-05) * v0_1.w;
    }
    {   // tap (-1, -2)
        vec4 v0_1 = vec4(tile[at + 1]);
        a0_0 += vec4(1.4063176e-05, 6.9487846e-06, -6.507097e-07, 1.3037382e-05) * v0_1.x;
        a0_0 += vec4(-1.8231488e-06, -0.0001445986, 6.448499e-05, -3.537403e-05) * v0_1.y;
        a0_0 += vec4(8.024672e-06, 1.9527442e-05, 3.056312e-05, -2.5759884e-05) * v0_1.z;
        a0_0 += vec4(-5.166008e-05, 0.00017613269, -4.550678e-05, 2.68002e-05) * v0_1.w;
    }
    {   // tap (0, -2)
        vec4 v0_1 = vec4(tile[at + 2]);
        a0_0 += vec4(-7.329654e-05, 8.713923e-05, -5.4758806e-05, 4.3680353e-05) * v0_1.x;
        a0_0 += vec4(7.971776e-05, -0.00010604441, -9.884367e-05, 9.575564e-05) * v0_1.y;
        a0_0 += vec4(-4.2692875e-05, -1.4149293e-05, 6.7512694e-05, 1.5534877e-05) * v0_1.z;
        a0_0 += vec4(-0.00040890314, 0.00048128006, -0.00017755138, -4.5033383e-05) * v0_1.w;
    }
    {   // tap (1, -2)
        vec4 v0_1 = vec4(tile[at + 3]);
        a0_0 += vec4(4.0616786e-05, -1.1557791e-05, -4.8622867e-05, 1.966259e-05) * v0_1.x;
        a0_0 += vec4(-9.3167924e-05, 0.000269222, 4.195802e-05, -2.4337827e-05) * v0_1.y;
        a0_0 += vec4(-3.2369673e-05, 1.1601243e-06, 3.1558273e-05, -2.4091903e-05) * v0_1.z;
        a0_0 += vec4(0.0009135389, -0.00014588643, 0.00021651939, -0.00026070073) * v0_1.w;
    }
    {   // tap (2, -2)
        vec4 v0_1 = vec4(tile[at + 4]);
        a0_0 += vec4(-2.4797444e-05, 2.1658983e-05, -1.519695e-05, -1.4213288e-05) * v0_1.x;
        a0_0 += vec4(3.887394e-05, -2.1441467e-05, -5.6979658e-05, -1.9026278e-05) * v0_1.y;
        a0_0 += vec4(-4.1305207e-06, -3.0604208e-06, 1.6651493e-05, 7.4290265e-06) * v0_1.z;
        a0_0 += vec4(-0.0014100838, 0.00066329713, 0.00012253626, 0.0004378797) * v0_1.w;
    }
    {   // tap (-2, -1)
        vec4 v0_1 = vec4(tile[at + 20]);
        a0_0 += vec4(-9.3668905e-06, -1.8041359e-05, 7.5232674e-06, 1.1439557e-05) * v0_1.x;
        a0_0 += vec4(-0.0002511577, -0.0001552209, 3.169016e-05, 1.9100378e-05) * v0_1.y;
        a0_0 += vec4(2.9939234e-05, -6.535188e-05, 0.00013813759, 6.341978e-05) * v0_1.z;
        a0_0 += vec4(8.3393905e-05, -1.6867103e-05, -7.991461e-07, 1.8676465e-05) * v0_1.w;
    }
    {   // tap (-1, -1)
        vec4 v0_1 = vec4(tile[at + 21]);
        a0_0 += vec4(5.331242e-05, -7.191302e-05, 0.000110447145, 2.5866117e-05) * v0_1.x;
        a0_0 += vec4(-0.00022700567, -0.00056473596, 0.00014085292, 3.2532877e-05) * v0_1.y;
        a0_0 += vec4(3.349515e-05, -5.6749584e-05, -6.4862026e-05, -5.6445657e-05) * v0_1.z;
        a0_0 += vec4(0.00029096918, -7.0023554e-05, -0.00019046468, 1.4548367e-05) * v0_1.w;
    }
    {   // tap (0, -1)
        vec4 v0_1 = vec4(tile[at + 22]);
        a0_0 += vec4(6.464461e-05, 0.00020409258, 0.00018996946, -0.00017208644) * v0_1.x;
        a0_0 += vec4(-0.0008366932, -0.0006723645, 0.00022659099, 0.00075901573) * v0_1.y;
        a0_0 += vec4(-0.00012351321, 7.769683e-05, 9.4586605e-05, 5.4464843e-05) * v0_1.z;
        a0_0 += vec4(-0.0024289235, 0.0018721245, -0.00013937111, 9.921096e-05) * v0_1.w;
    }
    {   // tap (1, -1)
        vec4 v0_1 = vec4(tile[at + 23]);
        a0_0 += vec4(0.00067986787, -0.002244401, 0.00080627704, -0.00020504718) * v0_1.x;
        a0_0 += vec4(-0.0010377907, 0.0013200035, -0.0006923728, 0.0005521743) * v0_1.y;
        a0_0 += vec4(-0.00010426727, -0.00014506267, 8.39101e-05, -2.4084524e-05) * v0_1.z;
        a0_0 += vec4(-0.010734755, 0.013676651, 0.002350216, -0.0039601307) * v0_1.w;
    }
    {   // tap (2, -1)
        vec4 v0_1 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.000119174736, -0.00047641015, 0.00030728328, 0.00011425496) * v0_1.x;
        a0_0 += vec4(-0.0004430606, -0.0005462718, 0.00043763325, 4.8728914e-05) * v0_1.y;
        a0_0 += vec4(-3.0805626e-05, -2.6267655e-05, 2.2390914e-05, -2.085887e-05) * v0_1.z;
        a0_0 += vec4(0.0013349715, 0.0039328104, 0.00335866, -0.0076303477) * v0_1.w;
    }
    {   // tap (-2, 0)
        vec4 v0_1 = vec4(tile[at + 40]);
        a0_0 += vec4(-1.34076445e-05, 2.2410477e-05, -9.359389e-06, -1.5096148e-05) * v0_1.x;
        a0_0 += vec4(0.00017650992, 0.00010012186, 5.6333127e-05, -0.00019747869) * v0_1.y;
        a0_0 += vec4(0.0021873326, 0.0007575171, -0.00091408007, -0.0006205832) * v0_1.z;
        a0_0 += vec4(-0.0001063717, -8.147775e-05, 0.000133294, 5.062778e-05) * v0_1.w;
    }
    {   // tap (-1, 0)
        vec4 v0_1 = vec4(tile[at + 41]);
        a0_0 += vec4(0.00045990094, -0.00021111888, 3.0873416e-05, -0.0003126863) * v0_1.x;
        a0_0 += vec4(-0.00078104454, 0.00077906344, 0.0007088091, -0.0014655602) * v0_1.y;
        a0_0 += vec4(-0.00068222167, 0.0011746996, -4.7249774e-05, -0.0005082904) * v0_1.z;
        a0_0 += vec4(-0.00066794746, 6.347633e-05, 0.00013595998, 0.00037830276) * v0_1.w;
    }
    {   // tap (0, 0)
        vec4 v0_1 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.0059043467, 0.002202503, 0.00078561937, 0.0017443924) * v0_1.x;
        a0_0 += vec4(0.023357766, -0.012659667, -0.0003106082, -0.0032990074) * v0_1.y;
        a0_0 += vec4(0.0002008637, -0.0005061213, -0.00091388216, -0.00013591662) * v0_1.z;
        a0_0 += vec4(0.020026714, -0.001825249, -0.0026889343, -0.01277352) * v0_1.w;
    }
    {   // tap (1, 0)
        vec4 v0_1 = vec4(tile[at + 43]);
        a0_0 += vec4(0.033026356, -0.019447394, -0.0035793132, -0.006396174) * v0_1.x;
        a0_0 += vec4(0.0019390658, -0.026876602, 0.017520078, 0.007495413) * v0_1.y;
        a0_0 += vec4(0.0012742964, 0.000732603, -0.0013155583, -0.00096178154) * v0_1.z;
        a0_0 += vec4(0.16705804, -0.18335663, -0.096163005, 0.1187732) * v0_1.w;
    }
    {   // tap (2, 0)
        vec4 v0_1 = vec4(tile[at + 44]);
        a0_0 += vec4(0.0011085034, -0.0002160535, 0.00011780426, -0.0019745643) * v0_1.x;
        a0_0 += vec4(0.00024635904, 0.0004445712, -0.00017249084, 6.0132017e-05) * v0_1.y;
        a0_0 += vec4(0.0006984299, 0.0014696838, -0.00031015035, -0.0008884529) * v0_1.z;
        a0_0 += vec4(-0.0009150519, -0.0023815741, -0.0034461257, 0.0066915387) * v0_1.w;
    }
    {   // tap (-2, 1)
        vec4 v0_1 = vec4(tile[at + 60]);
        a0_0 += vec4(9.293852e-06, 2.4679337e-05, -4.4731165e-05, 2.9952249e-05) * v0_1.x;
        a0_0 += vec4(0.00016585588, -5.4523225e-05, 0.0002791389, 0.00013521433) * v0_1.y;
        a0_0 += vec4(-0.012861026, -0.00618517, 0.01320388, 0.0053582215) * v0_1.z;
        a0_0 += vec4(-9.721807e-05, 0.00011089365, 1.09418115e-05, -2.8103661e-05) * v0_1.w;
    }
    {   // tap (-1, 1)
        vec4 v0_1 = vec4(tile[at + 61]);
        a0_0 += vec4(0.0003274798, 0.00023044419, -0.00096860813, 0.00011354786) * v0_1.x;
        a0_0 += vec4(0.0077604465, 0.00082679576, -0.0034505012, 0.001073763) * v0_1.y;
        a0_0 += vec4(-0.04735793, -0.027685286, 0.0440568, 0.030689858) * v0_1.z;
        a0_0 += vec4(-0.0023839285, -0.00042919634, 0.002304329, -8.3648236e-05) * v0_1.w;
    }
    {   // tap (0, 1)
        vec4 v0_1 = vec4(tile[at + 62]);
        a0_0 += vec4(0.02181806, -0.004499101, -0.010743456, -0.0025178338) * v0_1.x;
        a0_0 += vec4(-0.021796389, -0.075164646, -0.13220878, 0.23362204) * v0_1.y;
        a0_0 += vec4(-0.07013087, -0.06492106, 0.0715557, 0.0659225) * v0_1.z;
        a0_0 += vec4(0.007925269, 0.027039276, -0.040744506, 0.006613243) * v0_1.w;
    }
    {   // tap (1, 1)
        vec4 v0_1 = vec4(tile[at + 63]);
        a0_0 += vec4(0.16000766, 0.015091096, 0.020946562, -0.20479667) * v0_1.x;
        a0_0 += vec4(-0.0021340216, 0.011371674, 0.008506232, -0.01895502) * v0_1.y;
        a0_0 += vec4(-0.034223583, -0.052878525, 0.03491272, 0.054525584) * v0_1.z;
        a0_0 += vec4(-0.008504546, 0.005115702, -0.007219314, 0.009511907) * v0_1.w;
    }
    {   // tap (2, 1)
        vec4 v0_1 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.00031441104, 0.0038926636, -0.0015434771, -0.002813016) * v0_1.x;
        a0_0 += vec4(-2.7810585e-05, 0.0005969138, 0.00020976183, -0.00013083155) * v0_1.y;
        a0_0 += vec4(-0.010672221, -0.021167956, 0.009834078, 0.020025458) * v0_1.z;
        a0_0 += vec4(-3.323994e-05, 0.0009822595, 0.00083370524, -0.0019208415) * v0_1.w;
    }
    {   // tap (-2, 2)
        vec4 v0_1 = vec4(tile[at + 80]);
        a0_0 += vec4(-6.0011396e-05, -2.0903979e-06, 2.1339454e-05, 3.7183883e-05) * v0_1.x;
        a0_0 += vec4(0.00015066205, -0.00013619097, 0.00017140838, -9.5379975e-05) * v0_1.y;
        a0_0 += vec4(0.0014718123, 0.00087527686, -0.0015166457, -0.001212715) * v0_1.z;
        a0_0 += vec4(-0.00027583915, 3.1328964e-05, 7.709881e-05, 0.00018166468) * v0_1.w;
    }
    {   // tap (-1, 2)
        vec4 v0_1 = vec4(tile[at + 81]);
        a0_0 += vec4(6.539002e-05, 0.00039471083, -0.00071225344, 6.8571186e-05) * v0_1.x;
        a0_0 += vec4(-0.0012776584, 0.002089522, 0.002702733, 1.5829995e-05) * v0_1.y;
        a0_0 += vec4(-0.0006127153, -4.9547616e-05, 0.0016556267, -0.0008118592) * v0_1.z;
        a0_0 += vec4(2.1909313e-05, -0.000285137, 0.0012478746, -0.0007442583) * v0_1.w;
    }
    {   // tap (0, 2)
        vec4 v0_1 = vec4(tile[at + 82]);
        a0_0 += vec4(0.0011258596, -0.00081288826, 7.531364e-05, -0.0020618066) * v0_1.x;
        a0_0 += vec4(0.0034519744, 0.0016296064, 0.01657037, -0.018359227) * v0_1.y;
        a0_0 += vec4(-0.0028166918, -0.0017534385, 0.0026818605, 0.0037598808) * v0_1.z;
        a0_0 += vec4(0.0005144018, -0.00083465653, 0.0029960186, -0.0030156483) * v0_1.w;
    }
    {   // tap (1, 2)
        vec4 v0_1 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.0006522846, -0.0007625897, 0.0083245495, -0.009564599) * v0_1.x;
        a0_0 += vec4(-0.0010739338, -0.0012087637, -0.0011035693, 0.0046241162) * v0_1.y;
        a0_0 += vec4(0.002319005, -0.0010274975, -0.0026826076, 0.0004346141) * v0_1.z;
        a0_0 += vec4(7.237227e-05, 0.00030382664, 0.0012114173, -0.0003225457) * v0_1.w;
    }
    {   // tap (2, 2)
        vec4 v0_1 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.00027806425, -0.00012193018, -0.00032476246, 0.00119843) * v0_1.x;
        a0_0 += vec4(-0.0002992233, 0.00010819592, 9.2676055e-05, -9.1642396e-05) * v0_1.y;
        a0_0 += vec4(0.0034518223, 0.0050678467, -0.00585646, -0.0053375247) * v0_1.z;
        a0_0 += vec4(-0.00014588513, 4.273577e-06, -4.013418e-05, 0.00015103778) * v0_1.w;
    }

    // Phase 2: input groups 2..2.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_2 = vec4(tile[at + 0]);
        a0_0 += vec4(-3.9698338e-05, 4.7866877e-05, -7.491302e-09, 3.574758e-05) * v0_2.x;
        a0_0 += vec4(-0.00014839301, -0.00050381536, 0.0003059046, -1.0362918e-05) * v0_2.y;
        a0_0 += vec4(0.00010507658, -9.4818206e-05, 0.00021126606, -8.47585e-05) * v0_2.z;
        a0_0 += vec4(2.4833967e-05, 0.00019108182, -0.000106294174, -4.5826037e-06) * v0_2.w;
    }
    {   // tap (-1, -2)
        vec4 v0_2 = vec4(tile[at + 1]);
        a0_0 += vec4(8.833449e-05, 0.00013740479, -7.8961515e-05, -8.271468e-05) * v0_2.x;
        a0_0 += vec4(0.000677424, -0.0002400857, -0.00071181374, 9.422498e-05) * v0_2.y;
        a0_0 += vec4(-0.0009578318, 0.0004832602, -0.0003705316, 0.00054513174) * v0_2.z;
        a0_0 += vec4(0.00012605675, -0.00023228885, 0.00025811122, -9.908824e-05) * v0_2.w;
    }
    {   // tap (0, -2)
        vec4 v0_2 = vec4(tile[at + 2]);
        a0_0 += vec4(7.976126e-05, 5.347666e-06, -4.7712797e-06, 2.4506364e-05) * v0_2.x;
        a0_0 += vec4(4.9507275e-07, -0.00011089898, -6.896936e-05, 6.3888096e-05) * v0_2.y;
        a0_0 += vec4(-0.00097269344, 0.0006893621, -2.6039188e-05, 0.0005545011) * v0_2.z;
        a0_0 += vec4(0.00024176546, 6.753899e-06, 0.00022370987, -0.00034693594) * v0_2.w;
    }
    {   // tap (1, -2)
        vec4 v0_2 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0011899389, 0.0013645075, -1.7358298e-05, -8.2134764e-05) * v0_2.x;
        a0_0 += vec4(-0.00013288097, 0.00027722114, 4.0752293e-05, -0.00014238857) * v0_2.y;
        a0_0 += vec4(0.00044584073, 0.00017907265, 0.00010583393, -0.00014024788) * v0_2.z;
        a0_0 += vec4(-1.282716e-06, -0.00028419012, 4.9283346e-05, -1.6757745e-05) * v0_2.w;
    }
    {   // tap (2, -2)
        vec4 v0_2 = vec4(tile[at + 4]);
        a0_0 += vec4(1.10145465e-05, -0.000101738086, -0.000119128395, 0.00031598937) * v0_2.x;
        a0_0 += vec4(3.5270667e-05, -0.00012434479, 2.7500324e-05, -7.353028e-07) * v0_2.y;
        a0_0 += vec4(-2.9882256e-05, -2.1044389e-06, -5.0564344e-05, 0.0001237126) * v0_2.z;
        a0_0 += vec4(-4.468514e-05, 7.0319284e-06, 1.7771143e-05, -2.3670436e-05) * v0_2.w;
    }
    {   // tap (-2, -1)
        vec4 v0_2 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.00012600231, 3.5093206e-05, -1.7961656e-05, 1.9424301e-06) * v0_2.x;
        a0_0 += vec4(-0.00017224737, -0.00016003849, -0.00014600658, -0.00022246207) * v0_2.y;
        a0_0 += vec4(0.00021938636, -5.7186744e-06, -0.00015498557, -5.044647e-05) * v0_2.z;
        a0_0 += vec4(-0.0006228453, -5.805127e-05, 0.00035035124, -2.5260282e-05) * v0_2.w;
    }
    {   // tap (-1, -1)
        vec4 v0_2 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.0017227546, 0.00026367448, 0.0003638909, 0.00013317447) * v0_2.x;
        a0_0 += vec4(-0.00013807553, -0.0019258724, 0.005410701, -0.004073766) * v0_2.y;
        a0_0 += vec4(0.000114529474, 0.0012053857, -0.0023527923, 1.2655374e-05) * v0_2.z;
        a0_0 += vec4(0.0012312158, -0.0018131421, 0.00096718094, -0.00034263585) * v0_2.w;
    }
    {   // tap (0, -1)
        vec4 v0_2 = vec4(tile[at + 22]);
        a0_0 += vec4(0.0064265477, -0.004848287, -0.0008446152, 0.00093456166) * v0_2.x;
        a0_0 += vec4(-0.009286657, 0.011055333, 0.0033102673, -0.0021501349) * v0_2.y;
        a0_0 += vec4(-0.018514965, 0.029397035, -0.005863786, -0.0046391566) * v0_2.z;
        a0_0 += vec4(0.009409423, -0.00961091, -0.0012950032, 0.00018907365) * v0_2.w;
    }
    {   // tap (1, -1)
        vec4 v0_2 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.003806597, 0.006967334, -0.0068758843, 0.0022551292) * v0_2.x;
        a0_0 += vec4(-7.7184224e-05, -0.0024506703, 0.00088125956, 0.00063604163) * v0_2.y;
        a0_0 += vec4(0.0016526503, -0.004534959, 0.0018273467, 0.0004026699) * v0_2.z;
        a0_0 += vec4(-0.0003007517, 0.0021941545, -0.00087950367, -0.00022921835) * v0_2.w;
    }
    {   // tap (2, -1)
        vec4 v0_2 = vec4(tile[at + 24]);
        a0_0 += vec4(0.00011354848, 0.00010345017, 0.00016616324, -0.00017638075) * v0_2.x;
        a0_0 += vec4(-0.00013318524, -1.7874401e-05, 6.5966765e-06, 9.772495e-05) * v0_2.y;
        a0_0 += vec4(-6.797714e-05, 2.9355528e-05, 5.8938702e-05, 0.00018939383) * v0_2.z;
        a0_0 += vec4(2.1151109e-05, -9.3544746e-05, -3.277639e-06, -8.197366e-05) * v0_2.w;
    }
    {   // tap (-2, 0)
        vec4 v0_2 = vec4(tile[at + 40]);
        a0_0 += vec4(0.00012429144, 0.00010120768, -0.00012155759, 4.3123655e-05) * v0_2.x;
        a0_0 += vec4(0.00086528977, -0.00023991197, -0.00077819155, -1.6769853e-05) * v0_2.y;
        a0_0 += vec4(0.0004562494, 0.00014508075, -0.0003637193, -0.00025022327) * v0_2.z;
        a0_0 += vec4(-0.00064784224, -0.00027422447, 0.00067236146, 0.00019681672) * v0_2.w;
    }
    {   // tap (-1, 0)
        vec4 v0_2 = vec4(tile[at + 41]);
        a0_0 += vec4(0.006406736, -0.0006255395, -0.0034679458, 0.0011163155) * v0_2.x;
        a0_0 += vec4(0.004853168, 0.0021549184, -0.01101473, 0.00070715457) * v0_2.y;
        a0_0 += vec4(0.0041878605, -0.00031031264, -0.0051596086, -0.0006708523) * v0_2.z;
        a0_0 += vec4(-0.014677748, 0.0005402569, 0.013665347, -0.001201632) * v0_2.w;
    }
    {   // tap (0, 0)
        vec4 v0_2 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.19488838, 0.1210312, 0.08224602, -0.0019062414) * v0_2.x;
        a0_0 += vec4(0.11894388, -0.18200862, -0.024339018, 0.09817331) * v0_2.y;
        a0_0 += vec4(0.023675807, 0.19899938, -0.23904115, 0.01653158) * v0_2.z;
        a0_0 += vec4(0.016122475, -0.19320594, 0.16437617, 0.013424775) * v0_2.w;
    }
    {   // tap (1, 0)
        vec4 v0_2 = vec4(tile[at + 43]);
        a0_0 += vec4(0.00992513, 0.0032101672, -0.001923021, -0.019994767) * v0_2.x;
        a0_0 += vec4(-0.0024942234, 0.0074162926, 0.0009347013, -0.003957916) * v0_2.y;
        a0_0 += vec4(-0.00044046543, 0.014012057, 0.0018912487, -0.011043057) * v0_2.z;
        a0_0 += vec4(-0.0006739224, -0.0039877957, -9.265787e-05, 0.0037875478) * v0_2.w;
    }
    {   // tap (2, 0)
        vec4 v0_2 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.00065371144, 7.837002e-05, -0.0003103838, 0.0012365042) * v0_2.x;
        a0_0 += vec4(8.5448075e-05, 0.00016403837, 4.573993e-05, -0.00019828884) * v0_2.y;
        a0_0 += vec4(0.0002784841, 0.00023494563, -6.8457346e-05, -0.00029899602) * v0_2.z;
        a0_0 += vec4(-8.0158716e-05, -2.4798057e-05, -3.1722368e-05, 6.375553e-05) * v0_2.w;
    }
    {   // tap (-2, 1)
        vec4 v0_2 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.00031249618, 5.5584205e-05, 0.00046355955, -0.0003637252) * v0_2.x;
        a0_0 += vec4(-0.00014949995, 5.865946e-05, -3.7420472e-05, 1.6665364e-05) * v0_2.y;
        a0_0 += vec4(-3.7948153e-05, 0.00010393249, -0.00017968386, -3.4876568e-05) * v0_2.z;
        a0_0 += vec4(0.0002531585, -0.00021137275, 0.00039597452, -0.00016813065) * v0_2.w;
    }
    {   // tap (-1, 1)
        vec4 v0_2 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.002728161, -0.004044652, 0.00760674, 0.00021377069) * v0_2.x;
        a0_0 += vec4(-0.00091042113, 0.00052839576, -0.0004698271, 5.7828664e-05) * v0_2.y;
        a0_0 += vec4(0.0003591753, -0.0007683134, 0.0019286108, -0.00034925088) * v0_2.z;
        a0_0 += vec4(0.00059009105, 0.0014832509, -0.0037047898, 0.001477305) * v0_2.w;
    }
    {   // tap (0, 1)
        vec4 v0_2 = vec4(tile[at + 62]);
        a0_0 += vec4(0.01576987, -0.0007218226, 0.00042938007, -0.023892373) * v0_2.x;
        a0_0 += vec4(0.00075262267, 0.0031379806, -0.012930993, 0.0030474882) * v0_2.y;
        a0_0 += vec4(0.0003532659, 0.00083702186, -0.008337892, 0.006417874) * v0_2.z;
        a0_0 += vec4(-0.0029148601, 0.00035942267, 0.017600399, -0.01294635) * v0_2.w;
    }
    {   // tap (1, 1)
        vec4 v0_2 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.00010281045, -0.0017846673, -0.0011177586, 0.0026445992) * v0_2.x;
        a0_0 += vec4(-0.003493245, -0.0038301505, 0.0033099598, 0.004436156) * v0_2.y;
        a0_0 += vec4(0.0004300207, 0.0009955119, -0.002256035, 0.0012700586) * v0_2.z;
        a0_0 += vec4(-0.00039562568, -0.0010162246, 0.0009195424, 0.00017676574) * v0_2.w;
    }
    {   // tap (2, 1)
        vec4 v0_2 = vec4(tile[at + 64]);
        a0_0 += vec4(0.0004352702, 3.1092157e-05, -6.462441e-05, -0.00016135756) * v0_2.x;
        a0_0 += vec4(-2.5890238e-05, -0.0007364675, -1.5558004e-05, 0.0005598667) * v0_2.y;
        a0_0 += vec4(0.00027902584, 0.00038606935, -0.00014181547, -0.00038387493) * v0_2.z;
        a0_0 += vec4(5.6022902e-05, -0.000121979356, 7.1823175e-05, -1.38482e-06) * v0_2.w;
    }
    {   // tap (-2, 2)
        vec4 v0_2 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.0004975171, -0.00022592377, 0.00018091557, 0.0003927595) * v0_2.x;
        a0_0 += vec4(-1.532053e-05, 6.0295783e-06, 2.2530023e-05, 3.566946e-05) * v0_2.y;
        a0_0 += vec4(-9.5948744e-05, 6.299784e-05, -0.00014835, 1.5245881e-05) * v0_2.z;
        a0_0 += vec4(3.6912057e-05, -3.6897483e-05, 0.000113706636, 0.000102954604) * v0_2.w;
    }
    {   // tap (-1, 2)
        vec4 v0_2 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.0007412827, 0.00061583513, -0.00031834337, 0.00058813277) * v0_2.x;
        a0_0 += vec4(-8.5824504e-05, 8.568885e-05, -0.00038818555, 3.7515347e-05) * v0_2.y;
        a0_0 += vec4(0.00013922964, -0.000102266196, 2.7268998e-05, -0.00019596145) * v0_2.z;
        a0_0 += vec4(5.808976e-05, 3.2056138e-05, 0.000490944, 0.00027725846) * v0_2.w;
    }
    {   // tap (0, 2)
        vec4 v0_2 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00044255177, -0.00022267223, 0.001781421, 0.00015571836) * v0_2.x;
        a0_0 += vec4(0.00029912876, -0.00028144976, 0.00015406417, -0.00014822256) * v0_2.y;
        a0_0 += vec4(-3.987121e-05, 0.00013433806, -7.766813e-05, 0.00023094688) * v0_2.z;
        a0_0 += vec4(0.00035532936, -0.00021744044, 0.00066153856, -0.00082676957) * v0_2.w;
    }
    {   // tap (1, 2)
        vec4 v0_2 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0002637797, 4.453804e-05, -0.00016059741, 0.00030809783) * v0_2.x;
        a0_0 += vec4(0.000104548366, -0.00025981295, 0.0012238357, -0.0011492743) * v0_2.y;
        a0_0 += vec4(8.976621e-05, 0.00015373246, -0.00025432959, 3.660167e-05) * v0_2.z;
        a0_0 += vec4(0.00027289457, 0.00010898917, 2.8616212e-06, -0.0006591855) * v0_2.w;
    }
    {   // tap (2, 2)
        vec4 v0_2 = vec4(tile[at + 84]);
        a0_0 += vec4(0.00013426966, -8.4239e-05, 7.8464e-05, 9.6933865e-05) * v0_2.x;
        a0_0 += vec4(-0.00021616482, 2.9864427e-06, 0.00055664504, -9.356962e-05) * v0_2.y;
        a0_0 += vec4(-5.7203517e-05, -0.0001606269, 0.0004041158, 9.765715e-06) * v0_2.z;
        a0_0 += vec4(-3.387237e-05, 4.152451e-05, -4.019255e-05, -3.5518701e-06) * v0_2.w;
    }

    // Phase 3: input groups 3..3.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_3 = vec4(tile[at + 0]);
        a0_0 += vec4(-3.826605e-05, 1.3319323e-05, 0.000106053485, -2.83015e-05) * v0_3.x;
        a0_0 += vec4(7.84784e-05, 4.0875475e-06, -3.803135e-05, 0.000120250814) * v0_3.y;
        a0_0 += vec4(0.0001993973, -7.996746e-05, -0.00017097799, -2.4070046e-05) * v0_3.z;
        a0_0 += vec4(0.12461013, -0.120010816, 0.007844627, -0.07194803) * v0_3.w;
    }
    {   // tap (-1, -2)
        vec4 v0_3 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.00016810831, -3.8540264e-05, 5.971333e-05, 0.00013777212) * v0_3.x;
        a0_0 += vec4(0.00029538796, -0.00016227881, 0.00018917512, 0.00019864547) * v0_3.y;
        a0_0 += vec4(0.00042816266, -3.6310183e-05, -0.00029217816, -0.00016634278) * v0_3.z;
        a0_0 += vec4(0.31260425, 0.1887594, 0.223512, 0.0706278) * v0_3.w;
    }
    {   // tap (0, -2)
        vec4 v0_3 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.00017816846, 0.00012751977, -7.507938e-05, 0.00011486767) * v0_3.x;
        a0_0 += vec4(0.0031389901, 0.0011152384, -0.00059348956, -0.0015494976) * v0_3.y;
        a0_0 += vec4(-0.0004979292, -9.1107526e-05, 0.00027166857, 4.210407e-05) * v0_3.z;
        a0_0 += vec4(-0.032000154, -0.30842042, 0.20820068, -0.1298552) * v0_3.w;
    }
    {   // tap (1, -2)
        vec4 v0_3 = vec4(tile[at + 3]);
        a0_0 += vec4(-3.5350484e-05, -0.0002455672, 9.507875e-05, 9.689275e-05) * v0_3.x;
        a0_0 += vec4(0.00050054886, -4.819484e-05, 0.00021642479, -0.00051407015) * v0_3.y;
        a0_0 += vec4(-0.0002742749, 0.00025448715, -0.0002566521, -8.6624765e-05) * v0_3.z;
        a0_0 += vec4(3.961378e-05, 0.0016720545, -0.00036994042, -0.00094071217) * v0_3.w;
    }
    {   // tap (2, -2)
        vec4 v0_3 = vec4(tile[at + 4]);
        a0_0 += vec4(-6.843127e-05, 8.5683525e-05, -3.743834e-05, 4.338372e-05) * v0_3.x;
        a0_0 += vec4(0.00030117086, 0.0003554702, -0.00014457066, -0.0005844122) * v0_3.y;
        a0_0 += vec4(6.163641e-07, 4.119986e-05, -0.00014783676, -0.00015701563) * v0_3.z;
        a0_0 += vec4(2.283729e-06, -7.0190676e-05, 1.0124539e-05, 7.294084e-06) * v0_3.w;
    }
    {   // tap (-2, -1)
        vec4 v0_3 = vec4(tile[at + 20]);
        a0_0 += vec4(0.00023021047, -0.00063708663, 6.8245354e-05, 0.0001277021) * v0_3.x;
        a0_0 += vec4(0.000409166, -0.00031229955, -0.0002041054, 0.00019352672) * v0_3.y;
        a0_0 += vec4(9.254805e-05, -0.00026957307, -0.00035542788, -6.838243e-05) * v0_3.z;
        a0_0 += vec4(0.010575449, 0.02935967, 0.06757008, 0.09087757) * v0_3.w;
    }
    {   // tap (-1, -1)
        vec4 v0_3 = vec4(tile[at + 21]);
        a0_0 += vec4(0.00035947244, 0.00087279495, -0.00067973795, -0.00034385666) * v0_3.x;
        a0_0 += vec4(0.008214957, -0.0035494715, -0.001255755, -0.0004079436) * v0_3.y;
        a0_0 += vec4(-0.0010611516, 0.0005913594, 0.00024713934, 0.0003226738) * v0_3.z;
        a0_0 += vec4(-0.17185941, 0.32288888, -0.45227057, -0.010798461) * v0_3.w;
    }
    {   // tap (0, -1)
        vec4 v0_3 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.0006035822, -0.00016075658, 0.00033670006, 0.00093720213) * v0_3.x;
        a0_0 += vec4(-0.010136731, -0.007280724, -0.009530121, 0.022555726) * v0_3.y;
        a0_0 += vec4(0.00037642376, -0.0004553106, 0.0019863397, 0.0018513735) * v0_3.z;
        a0_0 += vec4(0.03571834, 0.10872164, 0.19423254, 0.1950708) * v0_3.w;
    }
    {   // tap (1, -1)
        vec4 v0_3 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.00042586963, 0.0023311416, -0.00020458277, -0.00064021954) * v0_3.x;
        a0_0 += vec4(-0.0006652907, 0.005990546, -0.002915834, -0.00032501537) * v0_3.y;
        a0_0 += vec4(0.0002809638, -0.0006048759, 0.00016784626, -0.00013418183) * v0_3.z;
        a0_0 += vec4(-0.0006633221, 0.0042790384, -0.0012329277, -0.002925143) * v0_3.w;
    }
    {   // tap (2, -1)
        vec4 v0_3 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.00021498218, 8.344223e-05, 0.00031509376, 2.129394e-05) * v0_3.x;
        a0_0 += vec4(-1.795723e-05, -9.037805e-05, 4.664127e-05, 3.815332e-05) * v0_3.y;
        a0_0 += vec4(-0.00018782141, 8.248842e-06, -5.7704186e-05, -0.00032682793) * v0_3.z;
        a0_0 += vec4(-0.00029589995, 3.1187123e-05, -0.00041246612, -0.0003138775) * v0_3.w;
    }
    {   // tap (-2, 0)
        vec4 v0_3 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.00048499947, -9.170147e-06, 0.0010554246, -0.00023570217) * v0_3.x;
        a0_0 += vec4(4.771832e-05, -5.483151e-07, 0.00056396204, -0.0004378029) * v0_3.y;
        a0_0 += vec4(-0.00019029008, 0.000109307286, -0.0006579413, -9.364645e-05) * v0_3.z;
        a0_0 += vec4(0.0072922013, -0.018779812, 0.0019293239, -0.011796796) * v0_3.w;
    }
    {   // tap (-1, 0)
        vec4 v0_3 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.018898282, 0.007298702, 0.016760008, -0.0034184703) * v0_3.x;
        a0_0 += vec4(-0.02712665, -0.0020234094, 0.010724939, 0.011138334) * v0_3.y;
        a0_0 += vec4(0.0015335856, 0.0011558338, -0.0006885989, 0.0010481823) * v0_3.z;
        a0_0 += vec4(0.035765715, 0.17272468, -0.11916722, -0.052037485) * v0_3.w;
    }
    {   // tap (0, 0)
        vec4 v0_3 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.09175879, -0.10681619, 0.10665027, 0.09438478) * v0_3.x;
        a0_0 += vec4(-0.028409662, 0.0961935, 0.14530595, -0.19800757) * v0_3.y;
        a0_0 += vec4(-0.06604799, -0.07416467, -0.08441625, -0.08760683) * v0_3.z;
        a0_0 += vec4(0.018057652, 0.008958452, 0.021937529, -0.009750191) * v0_3.w;
    }
    {   // tap (1, 0)
        vec4 v0_3 = vec4(tile[at + 43]);
        a0_0 += vec4(-7.3500756e-05, -0.013801645, -0.0027583088, 0.020046517) * v0_3.x;
        a0_0 += vec4(0.0017833393, -0.0034075438, 0.0003581731, 0.0034656595) * v0_3.y;
        a0_0 += vec4(0.0010252736, 0.0004848051, 0.0011215567, -0.000452513) * v0_3.z;
        a0_0 += vec4(0.00045194515, -0.006895483, 0.002324673, 0.0035454305) * v0_3.w;
    }
    {   // tap (2, 0)
        vec4 v0_3 = vec4(tile[at + 44]);
        a0_0 += vec4(0.0003416758, 0.00011941534, -0.00048456393, 0.00064881047) * v0_3.x;
        a0_0 += vec4(-4.211707e-05, -0.00014505652, 9.1256545e-05, 0.00025182008) * v0_3.y;
        a0_0 += vec4(-4.9555176e-05, -0.00018770392, 0.00020547543, -0.0003794003) * v0_3.z;
        a0_0 += vec4(0.0003263006, -0.00027531252, 0.0005846354, 0.000535516) * v0_3.w;
    }
    {   // tap (-2, 1)
        vec4 v0_3 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.0002656778, 1.2118549e-05, 0.00016469408, 0.00012818191) * v0_3.x;
        a0_0 += vec4(0.0013277056, -0.00033477173, -0.0004255522, 0.00010309011) * v0_3.y;
        a0_0 += vec4(-0.00021332981, -8.101344e-06, 0.000110704255, -0.0001517232) * v0_3.z;
        a0_0 += vec4(-3.0376414e-05, 2.83202e-05, 0.00023180858, -0.0007876603) * v0_3.w;
    }
    {   // tap (-1, 1)
        vec4 v0_3 = vec4(tile[at + 61]);
        a0_0 += vec4(0.002345359, 0.00028645963, -0.0018247823, -0.00034155403) * v0_3.x;
        a0_0 += vec4(0.0032203342, -0.0010206484, -0.0007733873, 0.00017136705) * v0_3.y;
        a0_0 += vec4(0.00016876573, 0.00012487333, -0.00046224473, 0.0003196555) * v0_3.z;
        a0_0 += vec4(-0.00048533612, -0.0016359315, 0.0019439966, -0.0042045834) * v0_3.w;
    }
    {   // tap (0, 1)
        vec4 v0_3 = vec4(tile[at + 62]);
        a0_0 += vec4(0.005334577, 0.003329894, -0.015237089, 0.00069428794) * v0_3.x;
        a0_0 += vec4(0.0012848591, -0.0013647714, -0.0088418275, 0.010027138) * v0_3.y;
        a0_0 += vec4(0.0015339857, 0.0010062307, 0.001286314, -0.0004008539) * v0_3.z;
        a0_0 += vec4(0.0007739056, 0.0017790421, -0.0032108217, 0.0041088164) * v0_3.w;
    }
    {   // tap (1, 1)
        vec4 v0_3 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.00056144677, 0.0038747936, 0.0016489486, -0.0073339026) * v0_3.x;
        a0_0 += vec4(0.00028249173, 0.00047224836, 4.5093628e-05, -0.0017484378) * v0_3.y;
        a0_0 += vec4(-0.00039366743, 0.000115725874, 0.0001838023, -0.00058933225) * v0_3.z;
        a0_0 += vec4(0.0003800613, 0.0004888924, -0.00045743262, -0.00036617566) * v0_3.w;
    }
    {   // tap (2, 1)
        vec4 v0_3 = vec4(tile[at + 64]);
        a0_0 += vec4(6.1203864e-05, -0.00040110401, 0.0005153213, -0.00026793114) * v0_3.x;
        a0_0 += vec4(4.725721e-05, 0.00010443277, 8.405092e-05, -6.625276e-05) * v0_3.y;
        a0_0 += vec4(-0.000114570816, -9.5204785e-05, -0.0005105022, 0.000209702) * v0_3.z;
        a0_0 += vec4(-4.79379e-06, 0.00029860568, -0.00013529255, -0.0002046397) * v0_3.w;
    }
    {   // tap (-2, 2)
        vec4 v0_3 = vec4(tile[at + 80]);
        a0_0 += vec4(-2.4325356e-05, -1.9008043e-05, 0.00011773899, -7.712071e-05) * v0_3.x;
        a0_0 += vec4(0.00029213045, -0.000121734236, 0.00057471474, -0.00036091008) * v0_3.y;
        a0_0 += vec4(-9.195568e-05, -1.7255179e-05, 0.000101076286, -6.780452e-05) * v0_3.z;
        a0_0 += vec4(-0.00010967344, -3.395689e-06, 0.00028139548, -0.00010659756) * v0_3.w;
    }
    {   // tap (-1, 2)
        vec4 v0_3 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.00011562847, -0.0001845306, 0.00022185093, -4.7063677e-05) * v0_3.x;
        a0_0 += vec4(9.959197e-05, 0.00013155954, 0.00080672395, -0.0006567721) * v0_3.y;
        a0_0 += vec4(-0.00016451877, -0.00015457225, 8.646819e-06, -0.00025996816) * v0_3.z;
        a0_0 += vec4(-0.0001179954, 0.00022258579, -0.0003567385, 0.00049706287) * v0_3.w;
    }
    {   // tap (0, 2)
        vec4 v0_3 = vec4(tile[at + 82]);
        a0_0 += vec4(4.8169102e-05, -0.00030372443, 8.436161e-05, -0.0001842087) * v0_3.x;
        a0_0 += vec4(0.00016062312, -9.555591e-05, 0.00043940003, -0.00035835124) * v0_3.y;
        a0_0 += vec4(0.00012354724, -0.00012854893, -0.00036675745, -0.00091008097) * v0_3.z;
        a0_0 += vec4(0.00028800633, -0.00021966873, 0.00031871547, -0.0004926417) * v0_3.w;
    }
    {   // tap (1, 2)
        vec4 v0_3 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.00020041892, -0.00027854915, 0.0003926415, 6.704721e-05) * v0_3.x;
        a0_0 += vec4(7.3446326e-06, 7.02238e-05, -0.00012908969, 5.9995447e-05) * v0_3.y;
        a0_0 += vec4(-0.0002996122, -0.00018520988, -0.00039670925, 0.00018047713) * v0_3.z;
        a0_0 += vec4(-6.208803e-05, -3.202687e-05, -0.00014845404, 0.00012945558) * v0_3.w;
    }
    {   // tap (2, 2)
        vec4 v0_3 = vec4(tile[at + 84]);
        a0_0 += vec4(-5.111782e-05, -2.5123605e-05, 7.744886e-05, -3.201947e-05) * v0_3.x;
        a0_0 += vec4(-1.5029575e-05, 4.1350693e-05, 3.6929374e-05, 3.2239277e-05) * v0_3.y;
        a0_0 += vec4(-8.26622e-06, -0.00015647757, -0.00012878541, 6.0420854e-05) * v0_3.z;
        a0_0 += vec4(-3.876047e-07, 3.0617786e-05, -7.3239935e-05, -4.3090586e-05) * v0_3.w;
    }

    // Phase 4: input groups 4..4.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_4 = vec4(tile[at + 0]);
        a0_0 += vec4(-8.289479e-05, 7.839998e-06, -5.6445453e-05, 1.847783e-05) * v0_4.x;
        a0_0 += vec4(0.00024231395, -0.00041593838, 0.00021903889, 0.00016028972) * v0_4.y;
        a0_0 += vec4(-0.00021726037, 0.00044702578, -0.0004672855, -0.00011056379) * v0_4.z;
        a0_0 += vec4(7.0087706e-05, -6.0201663e-05, -1.5604877e-05, -7.822215e-05) * v0_4.w;
    }
    {   // tap (-1, -2)
        vec4 v0_4 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.00030216321, -0.000105944986, -2.010994e-06, 9.63007e-05) * v0_4.x;
        a0_0 += vec4(-0.00049211504, -0.0020075184, 0.00040225076, 0.00080982014) * v0_4.y;
        a0_0 += vec4(-0.0046882457, 0.0036463263, 0.00040167558, -0.00016743426) * v0_4.z;
        a0_0 += vec4(0.00024721763, -9.782529e-05, -5.8762176e-05, -3.47595e-05) * v0_4.w;
    }
    {   // tap (0, -2)
        vec4 v0_4 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.00013292447, 0.00030841227, -0.00045646727, 9.444007e-05) * v0_4.x;
        a0_0 += vec4(1.2851489e-06, -2.2265108e-07, -0.0008791727, 7.58797e-05) * v0_4.y;
        a0_0 += vec4(0.0006357458, 0.0016857946, -0.0014387827, -0.0006799833) * v0_4.z;
        a0_0 += vec4(-0.0008264861, 0.0009800801, 4.207779e-05, -7.515774e-05) * v0_4.w;
    }
    {   // tap (1, -2)
        vec4 v0_4 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.00048183496, 0.00027108766, -0.00021337437, 0.00034421202) * v0_4.x;
        a0_0 += vec4(0.0014087317, 0.001602664, -0.00026397442, -0.0012443824) * v0_4.y;
        a0_0 += vec4(0.00023506925, -0.00019777377, 0.00010102533, -0.00034004808) * v0_4.z;
        a0_0 += vec4(0.0013194958, -0.0014559088, 0.00081152614, -0.0006864612) * v0_4.w;
    }
    {   // tap (2, -2)
        vec4 v0_4 = vec4(tile[at + 4]);
        a0_0 += vec4(0.00016631265, -0.00012538089, 4.9715538e-05, -0.00014784484) * v0_4.x;
        a0_0 += vec4(0.00020796403, 0.00014778945, 2.7926502e-05, -5.506033e-06) * v0_4.y;
        a0_0 += vec4(0.0001646497, 0.00017035306, -5.6319623e-05, -8.207308e-05) * v0_4.z;
        a0_0 += vec4(3.203814e-06, -4.4500088e-05, -6.7978144e-05, -0.000112795795) * v0_4.w;
    }
    {   // tap (-2, -1)
        vec4 v0_4 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.00022727737, 0.00016603904, -0.000105671075, 4.2555195e-05) * v0_4.x;
        a0_0 += vec4(0.0005504574, 0.001473018, -0.0015210566, -0.0006279091) * v0_4.y;
        a0_0 += vec4(-8.7796056e-05, -0.00033940581, 0.00054893683, 0.00020490603) * v0_4.z;
        a0_0 += vec4(8.766966e-06, 7.193066e-05, 1.8479386e-05, 1.9577803e-06) * v0_4.w;
    }
    {   // tap (-1, -1)
        vec4 v0_4 = vec4(tile[at + 21]);
        a0_0 += vec4(0.0018756674, -0.00044063426, -0.0003833829, -0.00060135446) * v0_4.x;
        a0_0 += vec4(0.012526389, 0.0076471046, -0.017091375, -0.0057895374) * v0_4.y;
        a0_0 += vec4(0.016559917, 0.0049715326, -0.016090937, -0.0012485177) * v0_4.z;
        a0_0 += vec4(0.0038416001, -0.00095378986, -0.0007605787, -0.0009598057) * v0_4.w;
    }
    {   // tap (0, -1)
        vec4 v0_4 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.013930211, 0.0081882905, 0.0010794094, 0.0005719792) * v0_4.x;
        a0_0 += vec4(-0.11400839, -0.010875988, 0.08357854, 0.021962462) * v0_4.y;
        a0_0 += vec4(0.029764134, -0.07252173, 0.02877805, 0.0054284153) * v0_4.z;
        a0_0 += vec4(-0.018040085, 0.0033568041, 0.0033891674, 0.006974179) * v0_4.w;
    }
    {   // tap (1, -1)
        vec4 v0_4 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0023388192, -0.00038973714, -0.0008362865, 0.0016117329) * v0_4.x;
        a0_0 += vec4(0.028736262, -0.062741384, -0.015101391, 0.03697865) * v0_4.y;
        a0_0 += vec4(-0.002885497, 0.008471184, -0.00075591146, -0.002863741) * v0_4.z;
        a0_0 += vec4(0.0007708545, 0.00036400362, 0.0009544836, -0.002406861) * v0_4.w;
    }
    {   // tap (2, -1)
        vec4 v0_4 = vec4(tile[at + 24]);
        a0_0 += vec4(-9.092563e-05, 3.5585057e-07, 0.00012166496, -0.00019926003) * v0_4.x;
        a0_0 += vec4(0.001249496, 0.0003272159, -0.00040926808, -0.0039491826) * v0_4.y;
        a0_0 += vec4(0.00017939779, -0.0002341827, 8.465079e-05, 8.7845874e-05) * v0_4.z;
        a0_0 += vec4(0.00013062109, 0.00043886976, -0.00031739802, -0.00038689366) * v0_4.w;
    }
    {   // tap (-2, 0)
        vec4 v0_4 = vec4(tile[at + 40]);
        a0_0 += vec4(-0.0005156265, -0.00015572844, 0.00029959777, 0.00011129577) * v0_4.x;
        a0_0 += vec4(0.0012474331, -0.0005055824, 0.0005592108, -0.0005930451) * v0_4.y;
        a0_0 += vec4(-0.00038519947, 3.4649474e-05, -1.2130544e-05, 0.00026997575) * v0_4.z;
        a0_0 += vec4(0.00064015057, -0.00042081875, 0.00038414978, -0.00020199892) * v0_4.w;
    }
    {   // tap (-1, 0)
        vec4 v0_4 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.0046712635, -0.0005934764, 0.004752485, -0.001727114) * v0_4.x;
        a0_0 += vec4(0.005201881, 0.0011762211, -0.009015908, 0.00071330805) * v0_4.y;
        a0_0 += vec4(-0.010792273, -0.0004166958, 0.021315826, -0.0060041496) * v0_4.z;
        a0_0 += vec4(-0.024373656, 0.009553184, 0.0029205193, 0.005684134) * v0_4.w;
    }
    {   // tap (0, 0)
        vec4 v0_4 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.2165504, 0.015341411, 0.008903458, 0.18419373) * v0_4.x;
        a0_0 += vec4(-0.046912562, -0.012805386, 0.086142056, -0.0103924945) * v0_4.y;
        a0_0 += vec4(0.021811176, 0.09561027, -0.16820073, 0.050762355) * v0_4.z;
        a0_0 += vec4(0.15966563, -0.052809205, -0.037763286, -0.06993881) * v0_4.w;
    }
    {   // tap (1, 0)
        vec4 v0_4 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.0017289772, -0.008085004, -0.0027592173, 0.012079536) * v0_4.x;
        a0_0 += vec4(-0.0001507856, -0.020889265, -0.01293031, 0.046348743) * v0_4.y;
        a0_0 += vec4(0.007310146, -0.033221725, 0.0060656797, 0.014546165) * v0_4.z;
        a0_0 += vec4(-0.0020306027, 0.0031351533, -0.0010990556, 0.0029711057) * v0_4.w;
    }
    {   // tap (2, 0)
        vec4 v0_4 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.00034726015, -0.0008351828, -3.0303897e-06, 0.0007131718) * v0_4.x;
        a0_0 += vec4(0.00034273064, 0.0007422271, -0.0008337761, -0.0004170862) * v0_4.y;
        a0_0 += vec4(9.5081006e-05, -0.00010042375, -0.00053780683, -2.6884245e-05) * v0_4.z;
        a0_0 += vec4(0.00022292115, 0.0001636727, -5.383291e-06, 1.1172522e-05) * v0_4.w;
    }
    {   // tap (-2, 1)
        vec4 v0_4 = vec4(tile[at + 60]);
        a0_0 += vec4(-0.00013264756, -4.8676182e-05, 8.860579e-05, 0.00019664032) * v0_4.x;
        a0_0 += vec4(6.117432e-05, 8.535873e-05, -0.00026039302, -7.091006e-05) * v0_4.y;
        a0_0 += vec4(0.00011491281, 2.5589103e-05, 2.5880176e-05, -8.714919e-05) * v0_4.z;
        a0_0 += vec4(-5.330769e-05, -0.0003452419, 0.0004593932, -0.0003020138) * v0_4.w;
    }
    {   // tap (-1, 1)
        vec4 v0_4 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.0025518998, -0.0003747534, -0.0008779003, 0.0013148733) * v0_4.x;
        a0_0 += vec4(-2.4276069e-05, -0.00018886637, -0.00022222822, 0.00029204538) * v0_4.y;
        a0_0 += vec4(0.0005254292, 0.00037532538, -0.0022755766, 0.00042629475) * v0_4.z;
        a0_0 += vec4(0.0069730547, 0.00010230134, -0.010523593, 0.0017975173) * v0_4.w;
    }
    {   // tap (0, 1)
        vec4 v0_4 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.0011638358, -0.005025296, -0.014495669, 0.02206075) * v0_4.x;
        a0_0 += vec4(0.0003871748, 0.001469584, -0.0020755331, -0.00075625046) * v0_4.y;
        a0_0 += vec4(-0.0032205835, -0.003202904, 0.023238288, -0.0085001355) * v0_4.z;
        a0_0 += vec4(-0.0024459264, 0.0022179373, 0.0074393936, -0.003387205) * v0_4.w;
    }
    {   // tap (1, 1)
        vec4 v0_4 = vec4(tile[at + 63]);
        a0_0 += vec4(0.001889179, 0.0005596208, 0.0020613098, -0.0053943014) * v0_4.x;
        a0_0 += vec4(0.00027331957, 0.00027765334, 1.7336739e-05, -0.00062002917) * v0_4.y;
        a0_0 += vec4(0.00079328974, 0.0058535137, -0.00094461767, -0.0054270527) * v0_4.z;
        a0_0 += vec4(-0.0009269838, -0.00019619071, -0.00037344501, 0.0010132893) * v0_4.w;
    }
    {   // tap (2, 1)
        vec4 v0_4 = vec4(tile[at + 64]);
        a0_0 += vec4(-3.4305063e-05, 7.095939e-05, -5.3011245e-05, -2.3600376e-05) * v0_4.x;
        a0_0 += vec4(0.000106890526, 0.00028245832, -0.0002710043, 9.997831e-05) * v0_4.y;
        a0_0 += vec4(-0.00036154097, 0.0012326853, 0.00065724726, -0.002050459) * v0_4.z;
        a0_0 += vec4(-0.00013993491, -0.00015688121, 9.1852606e-05, -5.828484e-05) * v0_4.w;
    }
    {   // tap (-2, 2)
        vec4 v0_4 = vec4(tile[at + 80]);
        a0_0 += vec4(0.00013843596, -0.00017657744, 0.00014859486, -7.963589e-05) * v0_4.x;
        a0_0 += vec4(-6.295204e-06, 1.7721877e-05, -8.672363e-06, -9.172692e-06) * v0_4.y;
        a0_0 += vec4(5.1251878e-05, -8.250233e-06, 3.5136316e-06, -4.81191e-05) * v0_4.z;
        a0_0 += vec4(8.7924556e-05, 7.3223055e-07, -9.7591816e-05, -0.00011614135) * v0_4.w;
    }
    {   // tap (-1, 2)
        vec4 v0_4 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.00030036343, 0.0003148878, -0.00086961506, 0.0002874417) * v0_4.x;
        a0_0 += vec4(-1.467948e-06, -8.327004e-05, -1.7591059e-05, -7.369153e-06) * v0_4.y;
        a0_0 += vec4(-2.3193546e-05, -2.7430342e-05, 6.833405e-05, 0.00010702615) * v0_4.z;
        a0_0 += vec4(-1.9363337e-05, -0.00031676152, 0.0015698657, -0.00092861784) * v0_4.w;
    }
    {   // tap (0, 2)
        vec4 v0_4 = vec4(tile[at + 82]);
        a0_0 += vec4(-0.00025853293, 0.00038628795, -0.0013056147, 0.0007677095) * v0_4.x;
        a0_0 += vec4(-0.0001085881, -5.0040962e-05, -6.394438e-05, 0.00018075088) * v0_4.y;
        a0_0 += vec4(7.531421e-05, 0.00014602469, -0.00049842795, 0.00019869064) * v0_4.z;
        a0_0 += vec4(2.3033697e-05, -0.00017927965, -0.00046932313, 0.00041898582) * v0_4.w;
    }
    {   // tap (1, 2)
        vec4 v0_4 = vec4(tile[at + 83]);
        a0_0 += vec4(-9.896523e-05, -0.00036358053, 0.00032027462, 0.00041460773) * v0_4.x;
        a0_0 += vec4(-0.000120138044, -7.620551e-05, 0.00015476196, 4.4059336e-05) * v0_4.y;
        a0_0 += vec4(-0.0004327471, 0.0001544636, -0.002120512, 0.001467537) * v0_4.z;
        a0_0 += vec4(3.498837e-05, 9.158159e-05, 4.891713e-05, -0.0005464627) * v0_4.w;
    }
    {   // tap (2, 2)
        vec4 v0_4 = vec4(tile[at + 84]);
        a0_0 += vec4(-4.5108085e-05, 6.647918e-05, -2.9409415e-05, 2.5121456e-06) * v0_4.x;
        a0_0 += vec4(6.152828e-05, 3.0171854e-05, 3.741892e-05, -1.3358512e-05) * v0_4.y;
        a0_0 += vec4(-8.824013e-06, 0.00027799353, -0.00060325477, 0.00017861545) * v0_4.z;
        a0_0 += vec4(4.9921e-05, -2.5305017e-05, -5.478082e-05, -9.6320735e-05) * v0_4.w;
    }

    // Phase 5: input groups 5..5.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_5 = vec4(tile[at + 0]);
        a0_0 += vec4(6.784025e-05, 2.0780051e-05, -0.00011232749, 4.65827e-05) * v0_5.x;
        a0_0 += vec4(0.0003821829, -0.0006739522, 0.00010756642, 0.00064110936) * v0_5.y;
        a0_0 += vec4(-8.238139e-05, 0.00022911951, -0.0003152791, -4.665195e-05) * v0_5.z;
        a0_0 += vec4(1.7538363e-05, 3.0835996e-05, -1.3558914e-05, 1.4527001e-05) * v0_5.w;
    }
    {   // tap (-1, -2)
        vec4 v0_5 = vec4(tile[at + 1]);
        a0_0 += vec4(0.004216474, -0.001638045, -0.0005227074, -0.0005490193) * v0_5.x;
        a0_0 += vec4(0.0014972166, -0.0014143493, 0.00039200042, 0.0003870685) * v0_5.y;
        a0_0 += vec4(-0.0059983414, 0.0034384264, 0.0010284635, 0.0005243049) * v0_5.z;
        a0_0 += vec4(-1.8354616e-05, 2.2009419e-05, -0.00013492288, -1.1816231e-05) * v0_5.w;
    }
    {   // tap (0, -2)
        vec4 v0_5 = vec4(tile[at + 2]);
        a0_0 += vec4(0.004517655, -0.012568897, 0.0052882554, 0.00094297616) * v0_5.x;
        a0_0 += vec4(-0.00046271525, -0.0006207428, 0.000774788, 0.0005597389) * v0_5.y;
        a0_0 += vec4(-0.00012289669, 0.0012922421, 8.424625e-05, 0.0005529518) * v0_5.z;
        a0_0 += vec4(0.0009594728, -0.0014009041, 0.00028827344, -0.00011895774) * v0_5.w;
    }
    {   // tap (1, -2)
        vec4 v0_5 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.00044826968, 0.0011329692, -0.00036557295, 0.0002867737) * v0_5.x;
        a0_0 += vec4(-0.00012802954, -8.921437e-06, -8.5055195e-05, 0.00013293153) * v0_5.y;
        a0_0 += vec4(6.393617e-05, -6.1299754e-05, -0.00015246458, 1.7485068e-05) * v0_5.z;
        a0_0 += vec4(-0.00076257816, -0.0017690782, -5.6475496e-05, 0.0005900472) * v0_5.w;
    }
    {   // tap (2, -2)
        vec4 v0_5 = vec4(tile[at + 4]);
        a0_0 += vec4(2.253044e-05, -6.0719693e-05, -2.9786035e-05, 3.6337486e-05) * v0_5.x;
        a0_0 += vec4(-0.00015733698, -0.00011781755, 0.0001015166, 4.517574e-05) * v0_5.y;
        a0_0 += vec4(1.2357925e-05, -6.6528664e-05, 1.4032214e-05, -3.1936288e-05) * v0_5.z;
        a0_0 += vec4(-0.00010102426, 1.3396577e-05, -2.2988566e-05, 0.00027361064) * v0_5.w;
    }
    {   // tap (-2, -1)
        vec4 v0_5 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.00014147042, 4.332361e-05, -4.005091e-05, -3.21183e-06) * v0_5.x;
        a0_0 += vec4(0.0016191663, 0.0004273986, -0.0016204467, 0.00029396694) * v0_5.y;
        a0_0 += vec4(0.00049011275, -0.00030521592, 0.00023110215, -0.0003183063) * v0_5.z;
        a0_0 += vec4(0.0001110376, -0.00010658146, 8.54601e-05, 9.993411e-06) * v0_5.w;
    }
    {   // tap (-1, -1)
        vec4 v0_5 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.0015128055, -0.001992498, 0.0055499976, -0.0015930454) * v0_5.x;
        a0_0 += vec4(-0.0031845942, -0.0074463454, 0.0030871956, 0.00962014) * v0_5.y;
        a0_0 += vec4(-0.008527097, 0.008315899, -0.012688427, 0.008958915) * v0_5.z;
        a0_0 += vec4(-0.00073871086, 1.08111735e-05, 0.00010122335, -1.8766073e-05) * v0_5.w;
    }
    {   // tap (0, -1)
        vec4 v0_5 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.061321866, 0.07724287, -0.024533045, 0.006529568) * v0_5.x;
        a0_0 += vec4(-0.010050014, 0.03546948, -0.014662232, -0.004997674) * v0_5.y;
        a0_0 += vec4(0.015431837, -0.017727803, -0.010951447, 0.018079998) * v0_5.z;
        a0_0 += vec4(-0.0042981342, 0.0026837187, -0.0009224324, 0.0019421015) * v0_5.w;
    }
    {   // tap (1, -1)
        vec4 v0_5 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.0011179044, 0.0017130862, -0.00056960265, 0.00035713142) * v0_5.x;
        a0_0 += vec4(0.0017564073, -0.0048342054, 0.00036228303, 0.0014787009) * v0_5.y;
        a0_0 += vec4(0.0012953763, -0.002094067, 0.0007273228, -9.099945e-05) * v0_5.z;
        a0_0 += vec4(-0.0044662002, 0.006627003, -0.0015640805, 0.00046602768) * v0_5.w;
    }
    {   // tap (2, -1)
        vec4 v0_5 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.000111133544, -0.00013204532, 7.4106334e-05, -8.825447e-05) * v0_5.x;
        a0_0 += vec4(9.826076e-05, -0.0001437943, -0.00017965597, 5.5909135e-05) * v0_5.y;
        a0_0 += vec4(-4.6849676e-05, -8.3498395e-05, 2.621127e-08, -1.3632382e-05) * v0_5.z;
        a0_0 += vec4(-0.00013294199, -0.000120030745, 4.0421215e-05, 0.00010847556) * v0_5.w;
    }
    {   // tap (-2, 0)
        vec4 v0_5 = vec4(tile[at + 40]);
        a0_0 += vec4(-5.204655e-05, 9.438334e-06, 5.804921e-05, 9.817075e-05) * v0_5.x;
        a0_0 += vec4(0.0005509015, 5.7141766e-05, -0.00023288632, -0.00019349938) * v0_5.y;
        a0_0 += vec4(0.00022313092, -3.458448e-05, -0.00022522238, -8.59546e-05) * v0_5.z;
        a0_0 += vec4(-6.011325e-05, -3.106297e-05, 0.00010829621, 3.329881e-05) * v0_5.w;
    }
    {   // tap (-1, 0)
        vec4 v0_5 = vec4(tile[at + 41]);
        a0_0 += vec4(-0.000780327, 0.00070138095, -0.00065401715, 0.0005894387) * v0_5.x;
        a0_0 += vec4(-0.006386063, -0.0037427659, 0.010561473, 4.0093873e-05) * v0_5.y;
        a0_0 += vec4(0.009786505, -0.0029991737, -0.0048627974, -0.0025160783) * v0_5.z;
        a0_0 += vec4(-0.002127619, 0.00076616294, -0.0008093368, 0.0006474279) * v0_5.w;
    }
    {   // tap (0, 0)
        vec4 v0_5 = vec4(tile[at + 42]);
        a0_0 += vec4(-0.061198376, 0.05583017, -0.08807664, 0.093522705) * v0_5.x;
        a0_0 += vec4(-0.16547084, 0.0924927, 0.19693018, -0.1171109) * v0_5.y;
        a0_0 += vec4(0.14067535, -0.14772367, 0.14246094, -0.13312227) * v0_5.z;
        a0_0 += vec4(0.1496857, -0.11562708, 0.04937984, -0.0769045) * v0_5.w;
    }
    {   // tap (1, 0)
        vec4 v0_5 = vec4(tile[at + 43]);
        a0_0 += vec4(0.001833711, -0.005925249, -0.0015138562, 0.00469702) * v0_5.x;
        a0_0 += vec4(-0.007639619, 0.024717795, -0.011741421, -0.0020634674) * v0_5.y;
        a0_0 += vec4(0.0012631133, 0.0045910836, 0.00044019095, -0.0036446836) * v0_5.z;
        a0_0 += vec4(0.0034594282, -0.02232405, 0.0064933663, 0.0013789011) * v0_5.w;
    }
    {   // tap (2, 0)
        vec4 v0_5 = vec4(tile[at + 44]);
        a0_0 += vec4(-2.853537e-05, -0.00020053556, -0.00012865975, -9.3668335e-05) * v0_5.x;
        a0_0 += vec4(0.00028667093, -0.00052816304, 0.00030213862, -0.00011269779) * v0_5.y;
        a0_0 += vec4(8.648827e-05, 0.0003831333, -7.411055e-05, -0.00024509116) * v0_5.z;
        a0_0 += vec4(3.840271e-05, -0.0005066413, 0.00033082807, 0.00022516256) * v0_5.w;
    }
    {   // tap (-2, 1)
        vec4 v0_5 = vec4(tile[at + 60]);
        a0_0 += vec4(-2.9246221e-05, 8.323901e-06, -6.94516e-05, 5.7921483e-05) * v0_5.x;
        a0_0 += vec4(-0.00033534496, 7.9411126e-05, 0.00030510803, 2.9702294e-05) * v0_5.y;
        a0_0 += vec4(0.00011297854, -4.87725e-05, 7.347089e-05, -0.00016954904) * v0_5.z;
        a0_0 += vec4(0.00021447105, 3.8620725e-05, -1.1914317e-05, -0.0001292493) * v0_5.w;
    }
    {   // tap (-1, 1)
        vec4 v0_5 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.00063032814, 7.1823866e-05, -0.0005454036, 0.00027297612) * v0_5.x;
        a0_0 += vec4(-0.00016620352, 0.00038899685, -0.0024931598, 0.0012993003) * v0_5.y;
        a0_0 += vec4(-7.503519e-05, -0.00058954547, 0.003897181, -0.0010077973) * v0_5.z;
        a0_0 += vec4(0.00042691638, 0.000316522, -0.002300738, 0.00043691378) * v0_5.w;
    }
    {   // tap (0, 1)
        vec4 v0_5 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0068433294, -0.001535172, -0.006687088, 0.0022503173) * v0_5.x;
        a0_0 += vec4(0.009825139, -0.00061984063, -0.015843159, 0.0054690056) * v0_5.y;
        a0_0 += vec4(-0.03149441, 0.026984818, 0.030082002, -0.024779215) * v0_5.z;
        a0_0 += vec4(-0.011125242, -0.013686425, 0.08950816, -0.058291756) * v0_5.w;
    }
    {   // tap (1, 1)
        vec4 v0_5 = vec4(tile[at + 63]);
        a0_0 += vec4(0.009411068, -0.009245215, 0.0076875933, -0.01096632) * v0_5.x;
        a0_0 += vec4(0.009578927, -0.0061903084, 0.0024304106, -0.006493205) * v0_5.y;
        a0_0 += vec4(-0.0021084093, 0.0038812282, -0.003118091, 0.0034187504) * v0_5.z;
        a0_0 += vec4(0.0023398013, 0.0035309356, 0.0022517545, -0.012456792) * v0_5.w;
    }
    {   // tap (2, 1)
        vec4 v0_5 = vec4(tile[at + 64]);
        a0_0 += vec4(-6.9990834e-05, -0.00014809959, 0.000108154316, -0.00034400492) * v0_5.x;
        a0_0 += vec4(0.00011500029, -0.0006752897, -0.0001730205, 0.001224151) * v0_5.y;
        a0_0 += vec4(-8.199403e-05, -0.00014745447, -7.523817e-05, 0.00013374118) * v0_5.z;
        a0_0 += vec4(8.22059e-05, -0.00011467417, -3.5823814e-05, -0.00016462117) * v0_5.w;
    }
    {   // tap (-2, 2)
        vec4 v0_5 = vec4(tile[at + 80]);
        a0_0 += vec4(-1.0267335e-05, 1.346065e-05, -7.25556e-06, -1.8737126e-05) * v0_5.x;
        a0_0 += vec4(6.8332316e-05, 8.434372e-05, -0.000103943734, 3.410317e-06) * v0_5.y;
        a0_0 += vec4(-2.2423652e-05, -1.7151948e-05, -3.1646203e-05, -1.433013e-05) * v0_5.z;
        a0_0 += vec4(1.1935341e-05, 2.2832559e-05, 3.9786177e-05, 1.9021263e-05) * v0_5.w;
    }
    {   // tap (-1, 2)
        vec4 v0_5 = vec4(tile[at + 81]);
        a0_0 += vec4(-3.9380124e-05, 2.8736546e-05, -0.00017186892, 0.00014981757) * v0_5.x;
        a0_0 += vec4(-3.5964407e-05, -5.400296e-05, -3.5881243e-05, 0.00015170757) * v0_5.y;
        a0_0 += vec4(9.161182e-05, -0.0003514688, 0.00069178996, -0.00058262446) * v0_5.z;
        a0_0 += vec4(1.0233542e-05, 6.128174e-05, -0.00010829037, -9.297325e-05) * v0_5.w;
    }
    {   // tap (0, 2)
        vec4 v0_5 = vec4(tile[at + 82]);
        a0_0 += vec4(0.00016143276, 3.8572445e-05, -0.00040575984, 0.0015902938) * v0_5.x;
        a0_0 += vec4(0.0002649756, -0.00011792899, -0.00011213197, 0.0008057519) * v0_5.y;
        a0_0 += vec4(-0.0019359726, 0.0037554963, -0.0111062955, 0.0056001246) * v0_5.z;
        a0_0 += vec4(0.0022581008, -0.00025290158, -0.0049505983, 0.00088050845) * v0_5.w;
    }
    {   // tap (1, 2)
        vec4 v0_5 = vec4(tile[at + 83]);
        a0_0 += vec4(0.0013070116, -0.0015457595, 0.0049733827, -0.004419587) * v0_5.x;
        a0_0 += vec4(-0.0011771094, 0.00047027782, 0.00064008124, 0.00020498852) * v0_5.y;
        a0_0 += vec4(0.00050859206, -0.0011693081, -0.0007889042, 0.0023648045) * v0_5.z;
        a0_0 += vec4(0.0005827192, -0.00013450875, -0.0008333605, -0.00017759381) * v0_5.w;
    }
    {   // tap (2, 2)
        vec4 v0_5 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.0001243404, 5.6092475e-05, -0.00012905095, 0.00023363034) * v0_5.x;
        a0_0 += vec4(0.0002328104, -5.4789136e-05, -0.0007081501, 0.001848282) * v0_5.y;
        a0_0 += vec4(-9.783523e-05, -7.3411225e-05, 2.1049282e-05, 0.00022121424) * v0_5.z;
        a0_0 += vec4(-5.2876305e-05, 5.1219926e-05, 0.00010077065, -1.3312473e-05) * v0_5.w;
    }

    // Phase 6: input groups 6..6.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_6 = vec4(tile[at + 0]);
        a0_0 += vec4(-8.029087e-06, 9.756156e-07, -2.4655164e-05, 8.506335e-06) * v0_6.x;
        a0_0 += vec4(1.670156e-05, 7.755256e-05, -1.9943935e-05, 2.2695727e-05) * v0_6.y;
        a0_0 += vec4(3.9398405e-05, 1.5324511e-05, -3.073128e-05, -1.8570105e-07) * v0_6.z;
        a0_0 += vec4(-3.8924194e-05, 0.00010504149, -0.00011189674, 4.3485277e-05) * v0_6.w;
    }
    {   // tap (-1, -2)
        vec4 v0_6 = vec4(tile[at + 1]);
        a0_0 += vec4(-1.292806e-06, -1.7104756e-05, 4.5181863e-05, -4.6322817e-05) * v0_6.x;
        a0_0 += vec4(-9.681408e-05, 0.00012407775, 0.00026494928, -0.0001565229) * v0_6.y;
        a0_0 += vec4(-3.8902726e-05, -8.636917e-06, 2.8823562e-05, 4.614932e-06) * v0_6.z;
        a0_0 += vec4(0.00036203055, -0.00021148249, 0.00028868168, -0.0003045158) * v0_6.w;
    }
    {   // tap (0, -2)
        vec4 v0_6 = vec4(tile[at + 2]);
        a0_0 += vec4(-0.0004978465, -1.2956206e-05, 0.00017774722, -0.00012799524) * v0_6.x;
        a0_0 += vec4(-0.00032250624, -0.00090170384, 0.00048803934, 0.00047694257) * v0_6.y;
        a0_0 += vec4(1.3149641e-05, -1.739341e-05, -9.209399e-06, -3.4822096e-05) * v0_6.z;
        a0_0 += vec4(-0.0012788095, 0.0015067527, -0.00023018433, 0.00034516785) * v0_6.w;
    }
    {   // tap (1, -2)
        vec4 v0_6 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.03928404, 0.039325915, -0.024466142, 0.022494402) * v0_6.x;
        a0_0 += vec4(1.4991175e-05, -0.00018604237, -0.00016817971, 0.00017383948) * v0_6.y;
        a0_0 += vec4(1.8720242e-05, -2.0132165e-05, -7.484853e-05, 2.5482366e-05) * v0_6.z;
        a0_0 += vec4(-1.1052345e-05, -7.975276e-05, 8.261075e-05, -0.00020535832) * v0_6.w;
    }
    {   // tap (2, -2)
        vec4 v0_6 = vec4(tile[at + 4]);
        a0_0 += vec4(0.0030409198, -0.0037708078, 0.0031606846, -0.0042030695) * v0_6.x;
        a0_0 += vec4(7.311651e-05, 1.0148535e-05, 7.903504e-06, -4.110614e-05) * v0_6.y;
        a0_0 += vec4(-1.2052734e-05, -6.7297833e-06, 7.273051e-05, -2.7191067e-05) * v0_6.z;
        a0_0 += vec4(-3.1941978e-05, -1.6385644e-05, 2.7457634e-05, 1.937921e-05) * v0_6.w;
    }
    {   // tap (-2, -1)
        vec4 v0_6 = vec4(tile[at + 20]);
        a0_0 += vec4(6.810518e-05, 3.2692199e-06, 4.703205e-06, -1.601727e-05) * v0_6.x;
        a0_0 += vec4(0.0018717594, 0.0007701749, -0.00033225896, -0.0011478519) * v0_6.y;
        a0_0 += vec4(5.2902673e-05, -0.000103490056, 3.1529315e-05, -7.1434956e-06) * v0_6.z;
        a0_0 += vec4(9.939757e-05, -7.088428e-06, 3.883855e-05, 3.9195784e-05) * v0_6.w;
    }
    {   // tap (-1, -1)
        vec4 v0_6 = vec4(tile[at + 21]);
        a0_0 += vec4(-6.9541675e-05, 5.136149e-05, 1.8781795e-05, 4.8735365e-05) * v0_6.x;
        a0_0 += vec4(-0.0022141105, -0.0015169006, 0.004831911, 0.0010294847) * v0_6.y;
        a0_0 += vec4(0.00018631302, -0.00017306584, 0.0003156528, 3.9838564e-05) * v0_6.z;
        a0_0 += vec4(0.0018133912, -0.0002073523, -0.00013676827, 9.121468e-05) * v0_6.w;
    }
    {   // tap (0, -1)
        vec4 v0_6 = vec4(tile[at + 22]);
        a0_0 += vec4(0.0012928336, -6.567872e-05, 0.00018519768, 1.727757e-05) * v0_6.x;
        a0_0 += vec4(0.009189903, -0.0020925172, -0.002872219, 9.607803e-05) * v0_6.y;
        a0_0 += vec4(0.00054664863, -0.00047733937, -0.00016536581, -3.092941e-05) * v0_6.z;
        a0_0 += vec4(0.005825266, -0.0090458, 0.0006176193, 0.0013348209) * v0_6.w;
    }
    {   // tap (1, -1)
        vec4 v0_6 = vec4(tile[at + 23]);
        a0_0 += vec4(-0.058818072, 0.0631649, -0.05278813, 0.049061928) * v0_6.x;
        a0_0 += vec4(-0.001655931, 0.004520411, 0.0001886951, -0.00067572435) * v0_6.y;
        a0_0 += vec4(-0.0002607361, 0.00094618666, -0.00020890898, -6.7927824e-05) * v0_6.z;
        a0_0 += vec4(9.585169e-05, -5.9377708e-05, -2.4251594e-07, 0.00038795196) * v0_6.w;
    }
    {   // tap (2, -1)
        vec4 v0_6 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.0017202452, 0.00043829056, 0.00037433568, 0.00035367912) * v0_6.x;
        a0_0 += vec4(-5.7321242e-05, 0.00032888958, 0.000112120324, -0.00014020072) * v0_6.y;
        a0_0 += vec4(-0.00011099904, -0.0002757152, 9.406367e-06, 0.0003319883) * v0_6.z;
        a0_0 += vec4(-1.9673824e-07, 9.1067166e-05, 2.9995237e-05, 7.628985e-05) * v0_6.w;
    }
    {   // tap (-2, 0)
        vec4 v0_6 = vec4(tile[at + 40]);
        a0_0 += vec4(8.914859e-06, -6.7250903e-06, 1.1693731e-06, 3.333353e-05) * v0_6.x;
        a0_0 += vec4(-0.0008413567, -0.00089677365, 0.0037104618, 0.0006665024) * v0_6.y;
        a0_0 += vec4(-0.0015006906, 0.00031118336, 0.00033128614, 0.000105574356) * v0_6.z;
        a0_0 += vec4(-0.00045199742, 2.570092e-07, 0.0003196684, 0.0001237387) * v0_6.w;
    }
    {   // tap (-1, 0)
        vec4 v0_6 = vec4(tile[at + 41]);
        a0_0 += vec4(-1.8255374e-05, -5.8301466e-05, -0.00014159169, -3.9638944e-05) * v0_6.x;
        a0_0 += vec4(-0.0032536895, -0.011504773, 0.0028526029, 0.014036028) * v0_6.y;
        a0_0 += vec4(0.013292201, -0.0051919385, -0.00091743795, -0.002011348) * v0_6.z;
        a0_0 += vec4(-0.006869495, 0.0014896765, 0.0031854555, 0.00030859938) * v0_6.w;
    }
    {   // tap (0, 0)
        vec4 v0_6 = vec4(tile[at + 42]);
        a0_0 += vec4(0.0004474582, -0.00052173977, -1.9007626e-05, -0.0006623543) * v0_6.x;
        a0_0 += vec4(0.1522805, 0.14854103, -0.16889669, -0.12612881) * v0_6.y;
        a0_0 += vec4(-0.0035233225, 0.012829288, 0.0011183014, -0.004615254) * v0_6.z;
        a0_0 += vec4(-0.07770017, 0.10488315, -0.026845036, 0.0014517201) * v0_6.w;
    }
    {   // tap (1, 0)
        vec4 v0_6 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.06506337, 0.062446646, -0.064198434, 0.06904583) * v0_6.x;
        a0_0 += vec4(-0.022737, 0.00060499733, 0.030650292, -0.0059190164) * v0_6.y;
        a0_0 += vec4(-0.0014550408, -0.0029252847, 0.00043768637, 0.0025504774) * v0_6.z;
        a0_0 += vec4(0.0005417318, -0.0015569286, 0.00086273334, -0.0009558337) * v0_6.w;
    }
    {   // tap (2, 0)
        vec4 v0_6 = vec4(tile[at + 44]);
        a0_0 += vec4(-0.0006710164, 0.0012431742, -0.0015260986, 0.0007239109) * v0_6.x;
        a0_0 += vec4(-0.0012052966, -0.00022835647, 0.0014589299, 0.00022342744) * v0_6.y;
        a0_0 += vec4(-9.740464e-05, 8.965696e-06, -5.0256527e-05, 0.00010887186) * v0_6.z;
        a0_0 += vec4(-4.7095422e-05, 8.735544e-06, 9.662879e-06, 8.543261e-05) * v0_6.w;
    }
    {   // tap (-2, 1)
        vec4 v0_6 = vec4(tile[at + 60]);
        a0_0 += vec4(6.9379406e-05, 1.4398324e-05, 2.2203609e-05, -1.927287e-05) * v0_6.x;
        a0_0 += vec4(0.00017218123, 6.4331274e-05, 0.00014239781, -0.0002589719) * v0_6.y;
        a0_0 += vec4(-0.0013235945, -0.00037853845, -0.0010981292, 0.00055144535) * v0_6.z;
        a0_0 += vec4(0.0003740026, 3.0531057e-05, -0.0005960517, -3.7486658e-05) * v0_6.w;
    }
    {   // tap (-1, 1)
        vec4 v0_6 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.00013148825, 5.0873477e-05, -2.9531493e-05, -3.2492182e-05) * v0_6.x;
        a0_0 += vec4(5.0539442e-05, 0.0004971526, -0.001388443, 0.00046792507) * v0_6.y;
        a0_0 += vec4(-0.06602396, -0.010117825, 0.07828721, 0.0064577796) * v0_6.z;
        a0_0 += vec4(0.0027446018, -0.0005866303, -0.005124896, 0.00011764484) * v0_6.w;
    }
    {   // tap (0, 1)
        vec4 v0_6 = vec4(tile[at + 62]);
        a0_0 += vec4(0.0008631299, -0.0007589985, 0.002205947, -0.0006021643) * v0_6.x;
        a0_0 += vec4(0.0022568153, 0.0009908085, 0.004171554, -0.0074588913) * v0_6.y;
        a0_0 += vec4(-0.0064397957, -0.06239021, -0.014043463, 0.08355172) * v0_6.z;
        a0_0 += vec4(-0.03225411, 0.008771204, -0.07936993, 0.10370099) * v0_6.w;
    }
    {   // tap (1, 1)
        vec4 v0_6 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.061178587, 0.05969525, -0.06421809, 0.07009743) * v0_6.x;
        a0_0 += vec4(0.00059609354, -0.00010695409, -0.0011770809, 0.0016230793) * v0_6.y;
        a0_0 += vec4(0.0027630813, 0.0017770134, 0.0028531828, -0.009569474) * v0_6.z;
        a0_0 += vec4(0.00017933371, 0.00019459787, 9.267426e-05, -0.0010717508) * v0_6.w;
    }
    {   // tap (2, 1)
        vec4 v0_6 = vec4(tile[at + 64]);
        a0_0 += vec4(4.500499e-05, -0.0015936495, 0.00062637066, 0.00020388035) * v0_6.x;
        a0_0 += vec4(0.0002895455, 0.00017873927, -0.00057179836, 3.030884e-05) * v0_6.y;
        a0_0 += vec4(-0.00012703068, -0.00015667728, 9.536609e-05, 4.288954e-05) * v0_6.z;
        a0_0 += vec4(0.00012718693, -3.312457e-05, -9.144873e-05, 6.719432e-05) * v0_6.w;
    }
    {   // tap (-2, 2)
        vec4 v0_6 = vec4(tile[at + 80]);
        a0_0 += vec4(-1.6003278e-05, 2.7909875e-05, -6.157966e-06, 8.97321e-06) * v0_6.x;
        a0_0 += vec4(7.8917445e-05, 6.8949295e-05, 5.2365904e-05, -2.5971818e-05) * v0_6.y;
        a0_0 += vec4(-0.0002003338, -0.0005498238, 0.00053944223, -0.0005188954) * v0_6.z;
        a0_0 += vec4(1.6564618e-05, -1.2674855e-05, 0.00031422585, -1.592097e-05) * v0_6.w;
    }
    {   // tap (-1, 2)
        vec4 v0_6 = vec4(tile[at + 81]);
        a0_0 += vec4(4.3184944e-05, 2.6046491e-05, -2.9897936e-05, -4.9237433e-06) * v0_6.x;
        a0_0 += vec4(-4.591074e-05, 0.00024059085, -3.0112535e-05, 8.041539e-05) * v0_6.y;
        a0_0 += vec4(0.0070041977, 0.0022710136, -0.011272011, -0.002261449) * v0_6.z;
        a0_0 += vec4(0.0008421826, -0.0007860238, 0.0009443992, -0.00015397093) * v0_6.w;
    }
    {   // tap (0, 2)
        vec4 v0_6 = vec4(tile[at + 82]);
        a0_0 += vec4(0.00051824097, -0.0005625462, 0.0003463318, -0.0004537139) * v0_6.x;
        a0_0 += vec4(-4.4083066e-05, -0.00023928704, 0.0007220015, -2.1852858e-05) * v0_6.y;
        a0_0 += vec4(0.0015622218, 0.0045372024, -0.0002533695, -0.011040085) * v0_6.z;
        a0_0 += vec4(0.0008884368, 0.0008548326, 0.00067919184, -0.0019366776) * v0_6.w;
    }
    {   // tap (1, 2)
        vec4 v0_6 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.030727265, 0.029662479, -0.048728097, 0.04628186) * v0_6.x;
        a0_0 += vec4(0.00023384485, -4.7897545e-05, -0.00014654515, 0.00016883554) * v0_6.y;
        a0_0 += vec4(-0.0006619513, -0.00059156184, -0.00039961832, 0.0022398292) * v0_6.z;
        a0_0 += vec4(-2.950994e-05, -7.91117e-05, -2.2673768e-05, 0.00015453278) * v0_6.w;
    }
    {   // tap (2, 2)
        vec4 v0_6 = vec4(tile[at + 84]);
        a0_0 += vec4(0.0020146023, -0.0033055716, 0.0024426975, -0.0030530603) * v0_6.x;
        a0_0 += vec4(-5.5645132e-06, 5.5679702e-05, 0.000117010335, 7.886753e-05) * v0_6.y;
        a0_0 += vec4(-4.079537e-05, 7.319116e-05, 1.29699565e-05, 5.9465045e-05) * v0_6.z;
        a0_0 += vec4(7.680103e-05, 0.00012340597, -1.2106351e-06, -0.00010990617) * v0_6.w;
    }

    // Phase 7: input groups 7..7.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(texelFetch(ArtCNN_C4F32_L4p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_7 = vec4(tile[at + 0]);
        a0_0 += vec4(9.385327e-06, 0.000105730214, -4.6687026e-05, -2.7578948e-05) * v0_7.x;
        a0_0 += vec4(-9.024351e-05, -1.636558e-05, -3.123806e-05, 5.944896e-05) * v0_7.y;
        a0_0 += vec4(5.651971e-05, -6.3533276e-05, -0.00015030577, -0.00011278502) * v0_7.z;
        a0_0 += vec4(2.4708746e-05, 6.295936e-06, -2.2321226e-05, -1.2015012e-05) * v0_7.w;
    }
    {   // tap (-1, -2)
        vec4 v0_7 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.00024704958, 0.00043315915, -0.00049688644, 0.000265738) * v0_7.x;
        a0_0 += vec4(0.00086125697, 0.00016276147, -0.0005329629, -0.00016538698) * v0_7.y;
        a0_0 += vec4(9.616532e-06, 3.696019e-06, 8.3636936e-05, 3.0242973e-06) * v0_7.z;
        a0_0 += vec4(0.00026616812, 8.983296e-05, -0.0001442135, -3.4794764e-05) * v0_7.w;
    }
    {   // tap (0, -2)
        vec4 v0_7 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0034145596, -0.00054367766, -0.0017069053, -0.0020715303) * v0_7.x;
        a0_0 += vec4(-0.0005430797, 0.0016821286, -0.000639244, -0.00017901919) * v0_7.y;
        a0_0 += vec4(-0.00029591395, -0.0006513861, 0.00025274794, 0.00022306286) * v0_7.z;
        a0_0 += vec4(-9.8514545e-05, 2.8766808e-05, -9.643799e-05, -7.857678e-05) * v0_7.w;
    }
    {   // tap (1, -2)
        vec4 v0_7 = vec4(tile[at + 3]);
        a0_0 += vec4(0.00017411569, 0.0016371541, -0.0011006807, -0.0014224981) * v0_7.x;
        a0_0 += vec4(0.00013510745, -3.2035543e-05, -0.00011844294, -0.00030363243) * v0_7.y;
        a0_0 += vec4(-2.7386663e-05, -0.00028469227, 0.00013546667, 6.187943e-05) * v0_7.z;
        a0_0 += vec4(0.00018321893, -2.8322713e-05, -8.067199e-05, -2.0167845e-05) * v0_7.w;
    }
    {   // tap (2, -2)
        vec4 v0_7 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.00040041612, -0.00016582811, -0.00028463383, -3.548108e-05) * v0_7.x;
        a0_0 += vec4(4.633614e-05, -1.9006913e-05, -8.412304e-06, -4.497599e-05) * v0_7.y;
        a0_0 += vec4(-3.97255e-05, 0.00012517959, 2.7206383e-05, -2.947329e-08) * v0_7.z;
        a0_0 += vec4(-8.0668295e-05, -1.8284209e-05, 4.113764e-06, 2.686157e-05) * v0_7.w;
    }
    {   // tap (-2, -1)
        vec4 v0_7 = vec4(tile[at + 20]);
        a0_0 += vec4(-2.5440548e-05, -0.00017302787, 0.00019329214, 9.47013e-05) * v0_7.x;
        a0_0 += vec4(-8.183654e-05, 0.00020468271, -0.00027766987, 0.0006581909) * v0_7.y;
        a0_0 += vec4(-0.0074204453, -0.0059147654, 0.006733184, 0.0033377009) * v0_7.z;
        a0_0 += vec4(0.0006361782, 0.0003731676, -0.00040014193, -0.0003887828) * v0_7.w;
    }
    {   // tap (-1, -1)
        vec4 v0_7 = vec4(tile[at + 21]);
        a0_0 += vec4(-0.0011330047, -0.00014136938, 3.2968615e-05, -9.395368e-05) * v0_7.x;
        a0_0 += vec4(-0.00798863, 0.0007498304, 0.0019910932, 0.0016804858) * v0_7.y;
        a0_0 += vec4(-0.007940269, -0.009063718, 0.0067017386, 0.0072958004) * v0_7.z;
        a0_0 += vec4(-0.0022750788, 0.002859789, 0.00089275866, -0.0003377716) * v0_7.w;
    }
    {   // tap (0, -1)
        vec4 v0_7 = vec4(tile[at + 22]);
        a0_0 += vec4(-0.051666386, 0.017343633, 0.0160419, 0.0045081577) * v0_7.x;
        a0_0 += vec4(-0.010437409, -0.006946306, 0.006259382, 0.007911043) * v0_7.y;
        a0_0 += vec4(-0.0017035605, -0.004489778, 0.0034585956, 0.0042986255) * v0_7.z;
        a0_0 += vec4(-0.0016919561, -0.0025156087, 0.0012722897, 0.001254913) * v0_7.w;
    }
    {   // tap (1, -1)
        vec4 v0_7 = vec4(tile[at + 23]);
        a0_0 += vec4(0.018643236, -0.06910031, 0.017878203, 0.02068863) * v0_7.x;
        a0_0 += vec4(0.0029956035, -0.0032876122, -0.0014787962, 0.0007783887) * v0_7.y;
        a0_0 += vec4(-0.006061421, -0.0036629718, 0.00425693, 0.0042156954) * v0_7.z;
        a0_0 += vec4(0.0012349884, -0.0021190892, -5.0715476e-05, 0.0005062199) * v0_7.w;
    }
    {   // tap (2, -1)
        vec4 v0_7 = vec4(tile[at + 24]);
        a0_0 += vec4(-0.0028515642, 0.00539665, -0.0026447102, -0.00012350928) * v0_7.x;
        a0_0 += vec4(-0.0001604509, 0.00014933379, 0.0003811498, -0.00016935778) * v0_7.y;
        a0_0 += vec4(-0.004342983, -0.0048565194, 0.0025529945, 0.004271232) * v0_7.z;
        a0_0 += vec4(9.720398e-05, 0.0004347916, -0.00022971096, -0.00013432451) * v0_7.w;
    }
    {   // tap (-2, 0)
        vec4 v0_7 = vec4(tile[at + 40]);
        a0_0 += vec4(-5.749993e-05, 8.7622975e-05, -0.00012858119, 8.7417556e-07) * v0_7.x;
        a0_0 += vec4(-0.0019499781, 0.0013601943, 0.0009322624, -0.0017409162) * v0_7.y;
        a0_0 += vec4(0.026482727, 0.012688981, -0.02782786, -0.013825) * v0_7.z;
        a0_0 += vec4(-0.002792671, -0.0019929355, 0.0017139937, -0.00049233343) * v0_7.w;
    }
    {   // tap (-1, 0)
        vec4 v0_7 = vec4(tile[at + 41]);
        a0_0 += vec4(0.0005076669, -9.201354e-05, 0.00012392114, -0.00045092576) * v0_7.x;
        a0_0 += vec4(0.061835073, -0.0041032652, -0.06386392, 0.0068079787) * v0_7.y;
        a0_0 += vec4(0.07191595, 0.048926312, -0.06618752, -0.052947707) * v0_7.z;
        a0_0 += vec4(0.04620757, -0.020706015, -0.023848616, 0.00040825203) * v0_7.w;
    }
    {   // tap (0, 0)
        vec4 v0_7 = vec4(tile[at + 42]);
        a0_0 += vec4(0.046747144, 0.006269017, -0.0734589, 0.0166932) * v0_7.x;
        a0_0 += vec4(0.06444301, 0.10651959, -0.04188337, -0.12498911) * v0_7.y;
        a0_0 += vec4(0.08528517, 0.088148594, -0.08904921, -0.08625223) * v0_7.z;
        a0_0 += vec4(0.070057146, 0.121785365, -0.089704804, -0.10124466) * v0_7.w;
    }
    {   // tap (1, 0)
        vec4 v0_7 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.01599068, 0.0978347, 0.023288118, -0.11424675) * v0_7.x;
        a0_0 += vec4(-0.0011053903, 0.0034439042, -0.0017715739, -0.0025971143) * v0_7.y;
        a0_0 += vec4(0.038960285, 0.06594627, -0.043515634, -0.06151192) * v0_7.z;
        a0_0 += vec4(-0.004703821, 0.007995878, 0.004843535, -0.0036912172) * v0_7.w;
    }
    {   // tap (2, 0)
        vec4 v0_7 = vec4(tile[at + 44]);
        a0_0 += vec4(0.0007308756, -0.010176292, 0.00019793182, 0.0026431128) * v0_7.x;
        a0_0 += vec4(0.0002962594, 0.000545168, -0.00014070074, -0.0009863563) * v0_7.y;
        a0_0 += vec4(0.013489005, 0.021565601, -0.012451745, -0.02535889) * v0_7.z;
        a0_0 += vec4(0.00012929142, -0.0004629945, -0.00093082216, -0.000274748) * v0_7.w;
    }
    {   // tap (-2, 1)
        vec4 v0_7 = vec4(tile[at + 60]);
        a0_0 += vec4(7.9610996e-05, 4.306609e-06, -3.2956574e-05, -4.3355492e-05) * v0_7.x;
        a0_0 += vec4(0.00076660095, 0.0006035114, -0.0012585394, -0.00010563937) * v0_7.y;
        a0_0 += vec4(-0.00019280172, -0.0006100803, 0.0015213967, 0.00043246953) * v0_7.z;
        a0_0 += vec4(-0.0030746746, -0.0016030617, 0.0019509881, 0.0012699976) * v0_7.w;
    }
    {   // tap (-1, 1)
        vec4 v0_7 = vec4(tile[at + 61]);
        a0_0 += vec4(-0.00029602268, 0.00015084114, -0.0010884475, 0.00046951743) * v0_7.x;
        a0_0 += vec4(-0.0033747954, -0.00052719045, 0.00813266, -0.001494181) * v0_7.y;
        a0_0 += vec4(-0.00052298256, -0.000904886, 0.0012031549, 0.00063025556) * v0_7.z;
        a0_0 += vec4(0.0054830923, -0.0032071692, -0.021156551, 0.012979508) * v0_7.w;
    }
    {   // tap (0, 1)
        vec4 v0_7 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.0032035853, -0.0036347343, 0.014631429, -0.00537899) * v0_7.x;
        a0_0 += vec4(-0.00028438802, 2.2576856e-05, -0.0046550524, 0.008206304) * v0_7.y;
        a0_0 += vec4(-0.0010580135, -0.00152781, 0.002391766, 7.6360746e-05) * v0_7.z;
        a0_0 += vec4(0.0051779426, 0.013215849, -0.004326161, -0.032186486) * v0_7.w;
    }
    {   // tap (1, 1)
        vec4 v0_7 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.0021294716, -0.00058207585, -0.017608136, 0.015840085) * v0_7.x;
        a0_0 += vec4(-0.00027381524, 4.247482e-05, 0.0006364065, -0.0006777029) * v0_7.y;
        a0_0 += vec4(-0.00025147834, -0.0007595771, 0.00021746411, 0.0018819507) * v0_7.z;
        a0_0 += vec4(-0.00046461407, -0.0025090678, 0.0036769183, 0.0011905404) * v0_7.w;
    }
    {   // tap (2, 1)
        vec4 v0_7 = vec4(tile[at + 64]);
        a0_0 += vec4(0.0011030317, -0.0017886885, -0.0005195556, -0.0026690203) * v0_7.x;
        a0_0 += vec4(-3.1106556e-05, -0.00020998447, -7.829259e-05, 6.3792766e-05) * v0_7.y;
        a0_0 += vec4(-0.00039633145, -0.00054401625, 0.0008617604, 0.0012980797) * v0_7.z;
        a0_0 += vec4(-0.0015999314, -0.00051865703, 0.0017347416, -0.00024298407) * v0_7.w;
    }
    {   // tap (-2, 2)
        vec4 v0_7 = vec4(tile[at + 80]);
        a0_0 += vec4(3.4404446e-05, -2.3597386e-05, 9.545106e-06, -3.5746486e-06) * v0_7.x;
        a0_0 += vec4(-4.2769643e-05, -1.8576588e-05, -2.365209e-05, -7.433815e-05) * v0_7.y;
        a0_0 += vec4(8.929373e-05, 2.4443266e-06, 2.7620508e-05, -3.3127515e-05) * v0_7.z;
        a0_0 += vec4(0.00027644914, 0.00026646582, -0.00038265387, -0.00045164287) * v0_7.w;
    }
    {   // tap (-1, 2)
        vec4 v0_7 = vec4(tile[at + 81]);
        a0_0 += vec4(-0.00026426362, -2.1063033e-05, -0.00010624865, -8.8949586e-05) * v0_7.x;
        a0_0 += vec4(0.00011856852, 7.306001e-05, -0.00019964295, -5.4812816e-05) * v0_7.y;
        a0_0 += vec4(5.1462797e-05, 3.781644e-05, -0.0001878685, 1.5426658e-06) * v0_7.z;
        a0_0 += vec4(-0.00055362744, -0.00010585584, 0.00039028106, 0.0006986196) * v0_7.w;
    }
    {   // tap (0, 2)
        vec4 v0_7 = vec4(tile[at + 82]);
        a0_0 += vec4(-7.581582e-05, -0.00018988599, -0.00050895225, -0.00081368105) * v0_7.x;
        a0_0 += vec4(-3.2264026e-05, 8.581097e-05, -9.919732e-06, -0.00020745545) * v0_7.y;
        a0_0 += vec4(0.00010297012, 0.00014850574, -0.00018973334, -0.00010102356) * v0_7.z;
        a0_0 += vec4(-0.00020288158, -0.00043302134, 0.0004113679, -6.0818747e-05) * v0_7.w;
    }
    {   // tap (1, 2)
        vec4 v0_7 = vec4(tile[at + 83]);
        a0_0 += vec4(-0.00036538244, 0.0002636866, -0.0018060199, 0.00032526522) * v0_7.x;
        a0_0 += vec4(-3.5529243e-05, 4.735913e-06, -0.00011206165, -0.00018284269) * v0_7.y;
        a0_0 += vec4(1.2502734e-06, 8.942762e-05, -6.534093e-05, -0.000106825566) * v0_7.z;
        a0_0 += vec4(0.00023856647, -6.987851e-05, -0.00011392138, -0.00058531563) * v0_7.w;
    }
    {   // tap (2, 2)
        vec4 v0_7 = vec4(tile[at + 84]);
        a0_0 += vec4(-0.00029040722, -0.0003480637, 7.140335e-05, 8.994914e-05) * v0_7.x;
        a0_0 += vec4(5.4496548e-05, 3.3416043e-05, -0.00018365459, -7.123285e-05) * v0_7.y;
        a0_0 += vec4(2.2382843e-05, -3.2588866e-06, 1.1675686e-05, 4.645672e-06) * v0_7.z;
        a0_0 += vec4(0.00013535524, 0.00021574112, -0.00036319232, -0.00029260147) * v0_7.w;
    }

    // Phase 8: input groups 8..8.
    barrier();  // every thread is done with the previous phase's tile
    {
        tile[i0] = f0 ? vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q0, 0).x, 0.0, 0.0, 0.0)) : vec4(0.0);
    }
    if (i1 < 400) {
        tile[i1] = f1 ? vec4(vec4(HOOKED_mul * texelFetch(HOOKED_raw, q1, 0).x, 0.0, 0.0, 0.0)) : vec4(0.0);
    }
    barrier();
    {   // tap (-2, -2)
        vec4 v0_8 = vec4(tile[at + 0]);
        a0_0 += vec4(-0.00040010377, -3.9226813e-07, -9.544173e-05, 0.000104954575) * v0_8.x;
    }
    {   // tap (-1, -2)
        vec4 v0_8 = vec4(tile[at + 1]);
        a0_0 += vec4(-0.00077548437, -0.00030326104, -3.1006388e-05, 0.00023647619) * v0_8.x;
    }
    {   // tap (0, -2)
        vec4 v0_8 = vec4(tile[at + 2]);
        a0_0 += vec4(0.0007970993, 0.0006379183, -9.11972e-05, 0.00023148366) * v0_8.x;
    }
    {   // tap (1, -2)
        vec4 v0_8 = vec4(tile[at + 3]);
        a0_0 += vec4(-0.0005591367, -0.00043498812, 0.00011441244, 0.00014362947) * v0_8.x;
    }
    {   // tap (2, -2)
        vec4 v0_8 = vec4(tile[at + 4]);
        a0_0 += vec4(-0.00018448533, -0.00018637195, 0.00020499752, -0.00016457474) * v0_8.x;
    }
    {   // tap (-2, -1)
        vec4 v0_8 = vec4(tile[at + 20]);
        a0_0 += vec4(-0.00070037204, 0.00024426635, -7.949494e-05, -0.0001514577) * v0_8.x;
    }
    {   // tap (-1, -1)
        vec4 v0_8 = vec4(tile[at + 21]);
        a0_0 += vec4(0.0006992385, 0.00038202511, 0.00037910105, -0.0012948812) * v0_8.x;
    }
    {   // tap (0, -1)
        vec4 v0_8 = vec4(tile[at + 22]);
        a0_0 += vec4(0.005846433, 0.005156809, -0.0023670935, -0.002875706) * v0_8.x;
    }
    {   // tap (1, -1)
        vec4 v0_8 = vec4(tile[at + 23]);
        a0_0 += vec4(0.00041519923, 0.00069834606, -0.0011842643, -0.00020689094) * v0_8.x;
    }
    {   // tap (2, -1)
        vec4 v0_8 = vec4(tile[at + 24]);
        a0_0 += vec4(0.000197337, -0.00019182946, -0.00027681416, -0.0001788911) * v0_8.x;
    }
    {   // tap (-2, 0)
        vec4 v0_8 = vec4(tile[at + 40]);
        a0_0 += vec4(0.00069032353, -0.00028612863, 0.00037576767, 0.00010821573) * v0_8.x;
    }
    {   // tap (-1, 0)
        vec4 v0_8 = vec4(tile[at + 41]);
        a0_0 += vec4(0.0050092908, -0.0022913495, 0.005124829, -0.0021676084) * v0_8.x;
    }
    {   // tap (0, 0)
        vec4 v0_8 = vec4(tile[at + 42]);
        a0_0 += vec4(0.99392587, 0.99450904, 0.9929796, 0.9938935) * v0_8.x;
    }
    {   // tap (1, 0)
        vec4 v0_8 = vec4(tile[at + 43]);
        a0_0 += vec4(-0.002149121, 0.004532041, -0.0028639743, 0.0057023554) * v0_8.x;
    }
    {   // tap (2, 0)
        vec4 v0_8 = vec4(tile[at + 44]);
        a0_0 += vec4(0.00021141827, 0.00045559928, -0.00020787319, 0.0003825549) * v0_8.x;
    }
    {   // tap (-2, 1)
        vec4 v0_8 = vec4(tile[at + 60]);
        a0_0 += vec4(-3.4701923e-05, 1.4431061e-05, -0.00043597177, 0.0001300027) * v0_8.x;
    }
    {   // tap (-1, 1)
        vec4 v0_8 = vec4(tile[at + 61]);
        a0_0 += vec4(0.00036037527, -0.0017099848, 0.0013103227, 0.00016311459) * v0_8.x;
    }
    {   // tap (0, 1)
        vec4 v0_8 = vec4(tile[at + 62]);
        a0_0 += vec4(-0.0025847014, -0.0018916472, 0.0071795597, 0.006230068) * v0_8.x;
    }
    {   // tap (1, 1)
        vec4 v0_8 = vec4(tile[at + 63]);
        a0_0 += vec4(-0.0009897546, 0.00049574656, 0.0003807611, 0.00075533806) * v0_8.x;
    }
    {   // tap (2, 1)
        vec4 v0_8 = vec4(tile[at + 64]);
        a0_0 += vec4(-0.00018398635, -0.00038951513, 0.00048045185, -0.00027219835) * v0_8.x;
    }
    {   // tap (-2, 2)
        vec4 v0_8 = vec4(tile[at + 80]);
        a0_0 += vec4(-0.00018527822, 0.00019906744, -0.00046565346, -0.00015828728) * v0_8.x;
    }
    {   // tap (-1, 2)
        vec4 v0_8 = vec4(tile[at + 81]);
        a0_0 += vec4(0.00025543157, 4.8887057e-05, -0.00062372274, -0.00045611995) * v0_8.x;
    }
    {   // tap (0, 2)
        vec4 v0_8 = vec4(tile[at + 82]);
        a0_0 += vec4(0.00013215576, -3.1553512e-07, 0.0005739765, 0.00080779224) * v0_8.x;
    }
    {   // tap (1, 2)
        vec4 v0_8 = vec4(tile[at + 83]);
        a0_0 += vec4(0.00013074881, 0.0003276282, -0.00030604991, -0.00087132526) * v0_8.x;
    }
    {   // tap (2, 2)
        vec4 v0_8 = vec4(tile[at + 84]);
        a0_0 += vec4(5.7489742e-05, 2.1592834e-05, -0.00011398012, -0.00010216824) * v0_8.x;
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
