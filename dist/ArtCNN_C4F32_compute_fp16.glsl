// ArtCNN_C4F32: 2x luma upscaler, mpv user shader (compute, fp16)
// ArtCNN v1.6.2 C4F32: 2x luma upscaler for anime, 4 ReLU layers of 32 filters (47,716 parameters)
//
// shadergen 0.1.0: model=ArtCNN_C4F32 variant=compute precision=fp16
// Weights: ArtCNN_C4F32.keras
// 9 passes, hooked on LUMA; output: luma at 2x width and height.
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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[680];

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
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
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

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0);
    vec4 n0_0_1 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0);
    vec4 n0_1_1 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.050720215, -0.30541992, 0.18322754, 0.057739258) * v0_0.x;
        h0_0 += HVEC4(0.004550934, 0.0024604797, 0.13305664, -0.21118164) * v0_0.y;
        h0_0 += HVEC4(0.06958008, -0.022262573, -0.030929565, -0.18371582) * v0_0.z;
        h0_0 += HVEC4(-0.011924744, -0.086242676, 0.05328369, -0.2770996) * v0_0.w;
        h0_0 += HVEC4(-0.0032920837, -0.1105957, -0.07635498, -0.06732178) * v0_1.x;
        h0_0 += HVEC4(-0.056396484, 0.0001872778, -0.064819336, -0.08880615) * v0_1.y;
        h0_0 += HVEC4(0.032592773, 0.04135132, 0.008575439, 0.08355713) * v0_1.z;
        h0_0 += HVEC4(0.09069824, 0.043182373, -0.41479492, -0.15563965) * v0_1.w;
        h0_1 += HVEC4(0.16809082, -0.55566406, 0.3930664, -0.051757812) * v0_0.x;
        h0_1 += HVEC4(-0.24890137, 0.06976318, -0.18249512, -0.0050849915) * v0_0.y;
        h0_1 += HVEC4(-0.039245605, -0.8100586, -0.11779785, -0.12286377) * v0_0.z;
        h0_1 += HVEC4(0.23779297, -0.095581055, 0.29833984, -0.32543945) * v0_0.w;
        h0_1 += HVEC4(0.1239624, 0.118774414, 0.0019702911, -0.041259766) * v0_1.x;
        h0_1 += HVEC4(0.0814209, -0.43554688, -0.09411621, -0.030441284) * v0_1.y;
        h0_1 += HVEC4(-0.14733887, -0.15454102, -0.057891846, 0.2043457) * v0_1.z;
        h0_1 += HVEC4(-0.10046387, 0.18310547, -0.515625, 0.09539795) * v0_1.w;
        h0_2 += HVEC4(0.038330078, 0.20544434, -0.19299316, 0.12072754) * v0_0.x;
        h0_2 += HVEC4(-0.013938904, 0.0072250366, -0.07751465, 0.020050049) * v0_0.y;
        h0_2 += HVEC4(-0.09362793, 0.025756836, 0.017501831, 0.16699219) * v0_0.z;
        h0_2 += HVEC4(-0.034606934, 0.14453125, 0.085998535, -0.04196167) * v0_0.w;
        h0_2 += HVEC4(-0.041809082, 0.002073288, -0.075805664, -0.08215332) * v0_1.x;
        h0_2 += HVEC4(-0.068237305, -0.04876709, -0.042541504, 0.051605225) * v0_1.y;
        h0_2 += HVEC4(-0.066833496, -0.04043579, 0.00020349026, 0.091430664) * v0_1.z;
        h0_2 += HVEC4(0.16809082, 0.11230469, -0.17834473, -0.0005455017) * v0_1.w;
        h0_3 += HVEC4(0.22399902, 0.18884277, 0.06707764, 0.025741577) * v0_0.x;
        h0_3 += HVEC4(0.007873535, -0.025253296, -0.007896423, -0.103271484) * v0_0.y;
        h0_3 += HVEC4(0.052978516, 0.013465881, 0.08758545, -0.031219482) * v0_0.z;
        h0_3 += HVEC4(0.0947876, 0.07086182, -0.079956055, -0.13012695) * v0_0.w;
        h0_3 += HVEC4(-0.17590332, 0.1685791, -0.093688965, -0.05670166) * v0_1.x;
        h0_3 += HVEC4(-0.16467285, -0.01676941, 0.033996582, -0.033569336) * v0_1.y;
        h0_3 += HVEC4(0.20812988, -0.001115799, 0.027709961, 0.12536621) * v0_1.z;
        h0_3 += HVEC4(0.33032227, -0.03955078, 0.08892822, 0.21191406) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.16394043, 0.73095703, 0.57714844, 0.16137695) * v0_0.x;
        h0_0 += HVEC4(-0.0904541, 0.035095215, -0.48291016, -0.23864746) * v0_0.y;
        h0_0 += HVEC4(0.28149414, 0.16027832, 0.085510254, -0.27368164) * v0_0.z;
        h0_0 += HVEC4(0.0104522705, 0.038330078, 0.4099121, 0.062347412) * v0_0.w;
        h0_0 += HVEC4(0.049102783, 0.016571045, -0.12768555, 0.022613525) * v0_1.x;
        h0_0 += HVEC4(-0.025009155, -0.34106445, -0.18029785, 0.16845703) * v0_1.y;
        h0_0 += HVEC4(-0.0625, -0.17150879, -0.049072266, -0.06994629) * v0_1.z;
        h0_0 += HVEC4(0.08905029, -0.91308594, -0.34570312, -0.67285156) * v0_1.w;
        h0_1 += HVEC4(-0.2006836, -0.20605469, -0.17321777, 0.042175293) * v0_0.x;
        h0_1 += HVEC4(-0.18981934, 0.18017578, -0.15124512, -0.02758789) * v0_0.y;
        h0_1 += HVEC4(-0.036254883, 0.00020051003, 0.15759277, 0.28759766) * v0_0.z;
        h0_1 += HVEC4(0.11071777, -0.011138916, -0.18225098, -0.14709473) * v0_0.w;
        h0_1 += HVEC4(0.037200928, 0.023132324, -0.044677734, -0.11657715) * v0_1.x;
        h0_1 += HVEC4(0.0546875, -1.6533203, -0.024795532, -0.24743652) * v0_1.y;
        h0_1 += HVEC4(-0.07714844, -0.09075928, 0.06964111, 0.16442871) * v0_1.z;
        h0_1 += HVEC4(-0.075683594, -0.16015625, 0.21398926, 0.124694824) * v0_1.w;
        h0_2 += HVEC4(0.062194824, -0.546875, 0.4404297, 0.12817383) * v0_0.x;
        h0_2 += HVEC4(-0.103149414, 0.0178833, 0.15161133, -0.091674805) * v0_0.y;
        h0_2 += HVEC4(-0.04525757, -0.31982422, -0.2841797, 0.028274536) * v0_0.z;
        h0_2 += HVEC4(0.066711426, -0.18261719, 0.08758545, 0.061706543) * v0_0.w;
        h0_2 += HVEC4(-0.04736328, -0.18164062, -0.005519867, -0.11047363) * v0_1.x;
        h0_2 += HVEC4(-0.0635376, 0.20654297, -0.111816406, -0.02659607) * v0_1.y;
        h0_2 += HVEC4(-0.0006914139, 0.07116699, -0.031707764, -0.0446167) * v0_1.z;
        h0_2 += HVEC4(0.23254395, 0.27001953, -0.3659668, -0.060821533) * v0_1.w;
        h0_3 += HVEC4(-0.25463867, 0.16064453, 0.20544434, 0.051452637) * v0_0.x;
        h0_3 += HVEC4(0.3076172, -0.08416748, -0.20861816, -0.09753418) * v0_0.y;
        h0_3 += HVEC4(-0.0657959, 0.1159668, 0.1628418, -0.12548828) * v0_0.z;
        h0_3 += HVEC4(-0.18835449, -0.18896484, -0.008354187, 0.027877808) * v0_0.w;
        h0_3 += HVEC4(-0.084472656, 0.05557251, -0.16247559, -0.056915283) * v0_1.x;
        h0_3 += HVEC4(-0.12188721, 0.004711151, 0.018920898, -0.011543274) * v0_1.y;
        h0_3 += HVEC4(0.15307617, 0.022857666, 0.004032135, -0.001578331) * v0_1.z;
        h0_3 += HVEC4(0.45825195, 0.008796692, 0.0770874, 0.35839844) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.021057129, 0.053771973, -0.30737305, -0.22570801) * v0_0.x;
        h0_0 += HVEC4(-0.05319214, -0.45361328, -0.40527344, -0.17504883) * v0_0.y;
        h0_0 += HVEC4(-0.082092285, 0.048309326, -0.04876709, -0.029846191) * v0_0.z;
        h0_0 += HVEC4(0.07458496, -0.028884888, 0.33666992, 0.17602539) * v0_0.w;
        h0_0 += HVEC4(0.0023155212, -0.013641357, -0.08392334, -0.022338867) * v0_1.x;
        h0_0 += HVEC4(0.06488037, -0.11846924, 0.30249023, -0.049743652) * v0_1.y;
        h0_0 += HVEC4(-0.027923584, -0.10437012, -0.072143555, 0.11315918) * v0_1.z;
        h0_0 += HVEC4(-0.04751587, 0.0007805824, 0.12792969, -0.042175293) * v0_1.w;
        h0_1 += HVEC4(0.054473877, -0.07434082, -0.047180176, 0.30249023) * v0_0.x;
        h0_1 += HVEC4(-0.23730469, -0.11004639, 0.098083496, 0.22045898) * v0_0.y;
        h0_1 += HVEC4(0.05029297, 0.055267334, -0.075927734, -0.31054688) * v0_0.z;
        h0_1 += HVEC4(-0.017990112, 0.028915405, -0.047698975, 0.28564453) * v0_0.w;
        h0_1 += HVEC4(-0.03363037, 0.038360596, -0.040771484, -0.011703491) * v0_1.x;
        h0_1 += HVEC4(-0.20751953, 0.01737976, -0.06088257, 0.08001709) * v0_1.y;
        h0_1 += HVEC4(-0.091308594, -0.09472656, 0.19470215, -0.30297852) * v0_1.z;
        h0_1 += HVEC4(0.041259766, 0.022964478, 0.049957275, 0.14709473) * v0_1.w;
        h0_2 += HVEC4(0.12420654, -0.14331055, -0.13830566, 0.13427734) * v0_0.x;
        h0_2 += HVEC4(-0.086242676, 0.116760254, -0.1182251, -0.19506836) * v0_0.y;
        h0_2 += HVEC4(-0.017242432, 0.047698975, 0.07208252, 0.092285156) * v0_0.z;
        h0_2 += HVEC4(0.047546387, 0.16992188, -0.1694336, -0.19958496) * v0_0.w;
        h0_2 += HVEC4(0.07836914, 0.040100098, -0.0028705597, 0.054840088) * v0_1.x;
        h0_2 += HVEC4(0.022323608, -0.04055786, 0.016647339, 0.019058228) * v0_1.y;
        h0_2 += HVEC4(-0.12817383, 0.019866943, -0.052825928, -0.05303955) * v0_1.z;
        h0_2 += HVEC4(0.105773926, 0.0362854, 0.014556885, -0.12939453) * v0_1.w;
        h0_3 += HVEC4(-0.017623901, -0.042541504, -0.011367798, -0.0011014938) * v0_0.x;
        h0_3 += HVEC4(0.27734375, -0.21435547, -0.15698242, -0.032348633) * v0_0.y;
        h0_3 += HVEC4(-0.00017869473, 0.0057525635, 0.10559082, -0.12359619) * v0_0.z;
        h0_3 += HVEC4(0.18017578, 0.17297363, -0.11016846, -0.16577148) * v0_0.w;
        h0_3 += HVEC4(0.14465332, -0.00869751, 0.037750244, 0.033355713) * v0_1.x;
        h0_3 += HVEC4(0.32739258, 0.062408447, -0.045440674, 0.056152344) * v0_1.y;
        h0_3 += HVEC4(-0.2692871, 0.17651367, -0.009490967, 0.112976074) * v0_1.z;
        h0_3 += HVEC4(-0.10223389, -0.034454346, -0.049926758, 0.14855957) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 34]);
        HVEC4 v0_1 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.0008125305, -0.047546387, 0.13684082, 0.05340576) * v0_0.x;
        h0_0 += HVEC4(-0.06817627, 0.0770874, -0.11706543, -0.17248535) * v0_0.y;
        h0_0 += HVEC4(0.0289917, -0.19335938, -0.034606934, 0.036224365) * v0_0.z;
        h0_0 += HVEC4(0.10418701, -0.28808594, -0.16748047, -0.10827637) * v0_0.w;
        h0_0 += HVEC4(0.074035645, -0.07647705, -0.070007324, 0.068847656) * v0_1.x;
        h0_0 += HVEC4(0.026473999, -0.02760315, 0.089904785, -0.13024902) * v0_1.y;
        h0_0 += HVEC4(0.07904053, -0.022384644, 0.0013036728, 0.12792969) * v0_1.z;
        h0_0 += HVEC4(-0.0098724365, -2.8964844, 0.018951416, -0.18798828) * v0_1.w;
        h0_1 += HVEC4(0.08483887, -0.3161621, -0.054992676, 0.4116211) * v0_0.x;
        h0_1 += HVEC4(0.09112549, -0.064453125, -0.3256836, -0.003414154) * v0_0.y;
        h0_1 += HVEC4(0.1496582, -0.088134766, -0.2944336, -0.04257202) * v0_0.z;
        h0_1 += HVEC4(-0.27954102, 0.2019043, 0.027145386, 0.052520752) * v0_0.w;
        h0_1 += HVEC4(-0.48242188, 0.062927246, -0.015083313, -0.19921875) * v0_1.x;
        h0_1 += HVEC4(0.05102539, 0.30297852, -0.06317139, 0.019699097) * v0_1.y;
        h0_1 += HVEC4(0.17578125, -0.35180664, -0.076416016, -0.023040771) * v0_1.z;
        h0_1 += HVEC4(-0.29418945, 0.025665283, 0.22192383, 0.16430664) * v0_1.w;
        h0_2 += HVEC4(-0.25073242, -0.00010418892, -0.24316406, 0.059753418) * v0_0.x;
        h0_2 += HVEC4(-0.05355835, -0.031463623, -0.073791504, -0.021896362) * v0_0.y;
        h0_2 += HVEC4(-0.076049805, 0.085754395, 0.116882324, 0.007331848) * v0_0.z;
        h0_2 += HVEC4(-0.0031337738, -0.09094238, -0.121398926, -0.07867432) * v0_0.w;
        h0_2 += HVEC4(0.027511597, 0.2878418, -3.1132812, 0.04776001) * v0_1.x;
        h0_2 += HVEC4(0.034454346, -0.05895996, 0.031707764, -0.029846191) * v0_1.y;
        h0_2 += HVEC4(0.12585449, -0.11065674, -0.01713562, 0.014228821) * v0_1.z;
        h0_2 += HVEC4(0.07208252, 0.27661133, -0.7128906, -0.03894043) * v0_1.w;
        h0_3 += HVEC4(0.3959961, 0.1126709, -0.09729004, -0.02015686) * v0_0.x;
        h0_3 += HVEC4(-0.025848389, 0.033599854, -0.13500977, -0.10205078) * v0_0.y;
        h0_3 += HVEC4(0.043701172, -0.025878906, 0.10827637, -0.1706543) * v0_0.z;
        h0_3 += HVEC4(0.04840088, -0.08325195, 0.14196777, 6.633997e-05) * v0_0.w;
        h0_3 += HVEC4(-0.40283203, -0.007522583, 0.018661499, 0.2775879) * v0_1.x;
        h0_3 += HVEC4(-0.087768555, -0.0019302368, 0.0287323, 0.010879517) * v0_1.y;
        h0_3 += HVEC4(0.07733154, -0.03955078, -0.23937988, -0.1439209) * v0_1.z;
        h0_3 += HVEC4(0.3544922, -0.15905762, 0.05908203, -0.47509766) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 35]);
        HVEC4 v0_1 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.18688965, -0.76904297, -0.115112305, -0.033721924) * v0_0.x;
        h0_0 += HVEC4(-0.03439331, -0.00756073, -0.1026001, -1.015625) * v0_0.y;
        h0_0 += HVEC4(0.009857178, 0.78027344, 0.068481445, 1.1533203) * v0_0.z;
        h0_0 += HVEC4(0.4272461, 0.10491943, 0.027755737, -0.8569336) * v0_0.w;
        h0_0 += HVEC4(0.04196167, 0.1361084, -0.05630493, 0.23022461) * v0_1.x;
        h0_0 += HVEC4(0.00434494, -0.39379883, 0.031555176, 0.0993042) * v0_1.y;
        h0_0 += HVEC4(-0.107177734, 0.3161621, 0.17651367, -0.099121094) * v0_1.z;
        h0_0 += HVEC4(-0.06915283, -0.051605225, 0.07763672, 0.07873535) * v0_1.w;
        h0_1 += HVEC4(-0.1541748, -0.12512207, 0.12658691, -0.019134521) * v0_0.x;
        h0_1 += HVEC4(0.24023438, 0.11010742, -1.0302734, -0.0178833) * v0_0.y;
        h0_1 += HVEC4(0.36083984, 0.28051758, -0.090026855, -0.02558899) * v0_0.z;
        h0_1 += HVEC4(-0.14709473, 0.31347656, -0.20935059, 0.17419434) * v0_0.w;
        h0_1 += HVEC4(-0.12365723, -0.037139893, 0.26660156, 0.0524292) * v0_1.x;
        h0_1 += HVEC4(-0.019485474, -0.32104492, 0.21875, 0.05126953) * v0_1.y;
        h0_1 += HVEC4(0.21850586, 0.21325684, -0.14086914, 0.03161621) * v0_1.z;
        h0_1 += HVEC4(-0.09979248, -0.02357483, 0.16625977, 0.12347412) * v0_1.w;
        h0_2 += HVEC4(-0.036499023, 0.6328125, -0.42944336, 0.18164062) * v0_0.x;
        h0_2 += HVEC4(-0.21105957, 0.62109375, -0.94384766, -0.3581543) * v0_0.y;
        h0_2 += HVEC4(-0.018112183, -0.39233398, 0.2775879, 0.3959961) * v0_0.z;
        h0_2 += HVEC4(0.17736816, 0.05545044, 0.19104004, 0.23278809) * v0_0.w;
        h0_2 += HVEC4(0.10473633, 0.19628906, 0.021743774, -0.15368652) * v0_1.x;
        h0_2 += HVEC4(-0.038360596, 0.09039307, -0.13952637, -0.09503174) * v0_1.y;
        h0_2 += HVEC4(-0.052001953, -0.19189453, 0.0574646, -0.03616333) * v0_1.z;
        h0_2 += HVEC4(0.16516113, 0.028305054, -0.077941895, -0.13793945) * v0_1.w;
        h0_3 += HVEC4(0.19787598, -0.050048828, -0.03213501, -0.81347656) * v0_0.x;
        h0_3 += HVEC4(0.34155273, -0.15661621, -0.13659668, -0.060180664) * v0_0.y;
        h0_3 += HVEC4(-0.13830566, 0.06112671, 0.0010929108, -0.036743164) * v0_0.z;
        h0_3 += HVEC4(0.020706177, 0.14526367, -0.30151367, -0.039031982) * v0_0.w;
        h0_3 += HVEC4(-0.3869629, 0.04296875, -0.1661377, 0.12561035) * v0_1.x;
        h0_3 += HVEC4(0.067871094, 0.062438965, 0.04257202, -0.25341797) * v0_1.y;
        h0_3 += HVEC4(0.05645752, 0.24389648, 0.1381836, -0.04449463) * v0_1.z;
        h0_3 += HVEC4(0.09277344, 0.11376953, -0.13806152, -0.51660156) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.03378296, -0.09069824, -0.16149902, -0.07092285) * v0_0.x;
        h0_0 += HVEC4(-0.1895752, -1.3076172, 0.22167969, 0.5048828) * v0_0.y;
        h0_0 += HVEC4(0.16589355, 0.20458984, -0.17053223, 0.072631836) * v0_0.z;
        h0_0 += HVEC4(0.18713379, 0.05456543, -0.00856781, -0.55029297) * v0_0.w;
        h0_0 += HVEC4(-0.025939941, 0.066467285, -0.1850586, 0.05657959) * v0_1.x;
        h0_0 += HVEC4(0.13830566, 0.39111328, -0.27490234, 0.66552734) * v0_1.y;
        h0_0 += HVEC4(-0.042541504, 0.042938232, 0.027359009, 0.035003662) * v0_1.z;
        h0_0 += HVEC4(0.0022830963, 0.11010742, 0.02154541, -0.16589355) * v0_1.w;
        h0_1 += HVEC4(0.1138916, -0.2019043, 0.25830078, -0.11553955) * v0_0.x;
        h0_1 += HVEC4(-0.016967773, -0.35107422, 0.22961426, -0.1459961) * v0_0.y;
        h0_1 += HVEC4(0.024841309, 0.080200195, 0.04562378, 0.36376953) * v0_0.z;
        h0_1 += HVEC4(0.20007324, 0.14404297, 0.11279297, -0.30395508) * v0_0.w;
        h0_1 += HVEC4(-0.024627686, -0.07489014, -0.045440674, -0.09387207) * v0_1.x;
        h0_1 += HVEC4(0.17053223, 0.085510254, 0.11468506, 0.09863281) * v0_1.y;
        h0_1 += HVEC4(-0.07019043, 0.03274536, 0.06762695, -0.08728027) * v0_1.z;
        h0_1 += HVEC4(0.0104904175, 0.0036849976, 0.019760132, 0.24255371) * v0_1.w;
        h0_2 += HVEC4(0.21081543, 0.1104126, -0.19567871, -0.1126709) * v0_0.x;
        h0_2 += HVEC4(-0.45996094, 0.45874023, -1.7265625, -0.092041016) * v0_0.y;
        h0_2 += HVEC4(0.11553955, -0.0033988953, -0.16625977, -0.13647461) * v0_0.z;
        h0_2 += HVEC4(0.09466553, -0.033294678, -0.21020508, 0.095336914) * v0_0.w;
        h0_2 += HVEC4(0.057495117, 0.045318604, 0.018508911, 0.06072998) * v0_1.x;
        h0_2 += HVEC4(-0.008056641, -0.66552734, 0.37402344, 0.011550903) * v0_1.y;
        h0_2 += HVEC4(-0.0034980774, -0.01701355, -0.083618164, -0.025161743) * v0_1.z;
        h0_2 += HVEC4(0.13781738, -0.09234619, -0.027282715, 0.06964111) * v0_1.w;
        h0_3 += HVEC4(0.008148193, 0.023345947, -0.05432129, -0.2890625) * v0_0.x;
        h0_3 += HVEC4(0.27441406, -0.08782959, -0.43041992, 0.31591797) * v0_0.y;
        h0_3 += HVEC4(-0.11187744, 0.010726929, 0.6328125, 0.018661499) * v0_0.z;
        h0_3 += HVEC4(-0.22229004, 0.07409668, -0.19799805, 0.012207031) * v0_0.w;
        h0_3 += HVEC4(-0.18920898, -0.09033203, 0.10974121, 0.016098022) * v0_1.x;
        h0_3 += HVEC4(-0.06317139, -0.10614014, 0.058929443, -0.04296875) * v0_1.y;
        h0_3 += HVEC4(0.024368286, 0.10998535, -0.15185547, -0.10864258) * v0_1.z;
        h0_3 += HVEC4(-0.028671265, -0.03866577, 0.02784729, 0.10888672) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 68]);
        HVEC4 v0_1 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.051849365, -0.1282959, -0.026977539, 0.080078125) * v0_0.x;
        h0_0 += HVEC4(-0.048675537, -0.046722412, 0.0013237, -0.20361328) * v0_0.y;
        h0_0 += HVEC4(-0.005256653, -0.08728027, -0.044769287, -0.18005371) * v0_0.z;
        h0_0 += HVEC4(0.0101623535, -0.1965332, -0.059936523, -0.022476196) * v0_0.w;
        h0_0 += HVEC4(-0.04675293, 0.6176758, -0.14489746, -0.022476196) * v0_1.x;
        h0_0 += HVEC4(0.014198303, -0.13171387, 0.050598145, -0.12017822) * v0_1.y;
        h0_0 += HVEC4(-0.047729492, -0.26293945, -0.08135986, 0.10571289) * v0_1.z;
        h0_0 += HVEC4(-0.0034008026, 0.0066566467, 0.0055274963, -0.12414551) * v0_1.w;
        h0_1 += HVEC4(0.02583313, -0.07080078, -0.1451416, -0.11138916) * v0_0.x;
        h0_1 += HVEC4(-0.14941406, -0.005027771, -0.2980957, -0.09387207) * v0_0.y;
        h0_1 += HVEC4(0.022628784, -0.016174316, 0.24328613, 0.076293945) * v0_0.z;
        h0_1 += HVEC4(0.29370117, 0.15490723, 0.3046875, 0.24304199) * v0_0.w;
        h0_1 += HVEC4(0.35888672, 0.21826172, -0.1932373, 0.12176514) * v0_1.x;
        h0_1 += HVEC4(-0.009094238, 0.017608643, -0.0703125, -0.05239868) * v0_1.y;
        h0_1 += HVEC4(-0.37109375, -0.31420898, -0.06903076, -0.19677734) * v0_1.z;
        h0_1 += HVEC4(-0.010856628, 0.001909256, 0.1373291, -0.02078247) * v0_1.w;
        h0_2 += HVEC4(0.018447876, -0.0062065125, 0.07879639, -0.019973755) * v0_0.x;
        h0_2 += HVEC4(-0.06335449, -0.057159424, -0.050445557, -0.016708374) * v0_0.y;
        h0_2 += HVEC4(-0.040618896, -0.061462402, -0.2244873, -0.03942871) * v0_0.z;
        h0_2 += HVEC4(-0.12634277, 0.03942871, 0.08093262, -0.107910156) * v0_0.w;
        h0_2 += HVEC4(0.1595459, -0.11968994, -0.07147217, 0.06323242) * v0_1.x;
        h0_2 += HVEC4(0.05886841, -0.0068855286, 0.07684326, 0.044555664) * v0_1.y;
        h0_2 += HVEC4(-0.14709473, 0.04196167, -0.06628418, -0.08203125) * v0_1.z;
        h0_2 += HVEC4(0.016540527, -0.0848999, 0.03062439, -0.06585693) * v0_1.w;
        h0_3 += HVEC4(-0.057281494, -0.03262329, -0.048583984, -0.09423828) * v0_0.x;
        h0_3 += HVEC4(-0.13793945, -0.010559082, -0.054992676, -0.05105591) * v0_0.y;
        h0_3 += HVEC4(0.11669922, 0.086120605, 0.047180176, 0.28930664) * v0_0.z;
        h0_3 += HVEC4(0.21972656, -0.056854248, -0.14404297, -0.22167969) * v0_0.w;
        h0_3 += HVEC4(6.687641e-05, -0.055999756, 0.068603516, -0.027435303) * v0_1.x;
        h0_3 += HVEC4(0.018463135, 0.06298828, 0.074035645, 0.091552734) * v0_1.y;
        h0_3 += HVEC4(-0.06976318, 0.06628418, -0.16174316, -0.20361328) * v0_1.z;
        h0_3 += HVEC4(0.036468506, 0.035217285, 0.014854431, -0.32006836) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 69]);
        HVEC4 v0_1 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.010597229, -0.015899658, -0.025299072, -0.017471313) * v0_0.x;
        h0_0 += HVEC4(-0.0017757416, 0.11706543, -0.043945312, -0.030166626) * v0_0.y;
        h0_0 += HVEC4(0.05319214, 0.07104492, -0.26245117, 0.005836487) * v0_0.z;
        h0_0 += HVEC4(-0.06756592, -0.42358398, 0.30517578, -0.51171875) * v0_0.w;
        h0_0 += HVEC4(-0.12585449, -0.35180664, 0.23779297, -0.78515625) * v0_1.x;
        h0_0 += HVEC4(-0.023529053, -0.020339966, -0.020767212, 0.19494629) * v0_1.y;
        h0_0 += HVEC4(-0.070251465, 0.28125, 0.097717285, -0.06274414) * v0_1.z;
        h0_0 += HVEC4(0.0030841827, 3.2782555e-05, -0.046966553, 0.1673584) * v0_1.w;
        h0_1 += HVEC4(0.04916382, 0.09692383, 0.028213501, -0.1862793) * v0_0.x;
        h0_1 += HVEC4(-0.14440918, 0.05429077, -0.21459961, 0.11004639) * v0_0.y;
        h0_1 += HVEC4(-0.026473999, 0.20629883, 0.03390503, 0.083618164) * v0_0.z;
        h0_1 += HVEC4(0.093322754, 0.066833496, -0.22180176, -0.14758301) * v0_0.w;
        h0_1 += HVEC4(-0.091918945, -0.11975098, 0.2734375, -0.035949707) * v0_1.x;
        h0_1 += HVEC4(0.07055664, 0.08062744, -0.17687988, -0.09161377) * v0_1.y;
        h0_1 += HVEC4(0.20031738, 0.42504883, -0.38208008, -0.23999023) * v0_1.z;
        h0_1 += HVEC4(0.07507324, -0.0069503784, 0.043640137, 0.051818848) * v0_1.w;
        h0_2 += HVEC4(0.041748047, -0.0036754608, 0.07501221, 0.057495117) * v0_0.x;
        h0_2 += HVEC4(-0.18139648, -0.24035645, 0.08532715, -0.089660645) * v0_0.y;
        h0_2 += HVEC4(0.037475586, 0.21081543, 0.057281494, 0.08532715) * v0_0.z;
        h0_2 += HVEC4(-0.20300293, -0.15014648, 0.1184082, 0.18334961) * v0_0.w;
        h0_2 += HVEC4(0.16918945, 0.48901367, -0.53515625, -0.33154297) * v0_1.x;
        h0_2 += HVEC4(-0.14746094, 0.035949707, -0.11694336, -0.019256592) * v0_1.y;
        h0_2 += HVEC4(0.18408203, -0.68310547, 0.6738281, 0.10095215) * v0_1.z;
        h0_2 += HVEC4(-0.028182983, -0.026290894, 0.051818848, -0.035339355) * v0_1.w;
        h0_3 += HVEC4(-0.09899902, 0.1607666, -0.031982422, -0.61083984) * v0_0.x;
        h0_3 += HVEC4(-0.13745117, -0.19140625, 0.020690918, -0.6098633) * v0_0.y;
        h0_3 += HVEC4(-0.15563965, 0.15100098, -0.060455322, 0.36791992) * v0_0.z;
        h0_3 += HVEC4(-0.20678711, 0.21618652, 0.087646484, 0.076660156) * v0_0.w;
        h0_3 += HVEC4(-0.08984375, 0.08654785, -0.22387695, 0.10748291) * v0_1.x;
        h0_3 += HVEC4(0.05783081, 0.1295166, 0.16601562, -0.18884277) * v0_1.y;
        h0_3 += HVEC4(-0.11791992, 0.2775879, -0.11291504, 0.60498047) * v0_1.z;
        h0_3 += HVEC4(0.0042266846, 0.06878662, -0.011428833, 0.09423828) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 70]);
        HVEC4 v0_1 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.06341553, 0.02519226, -0.111572266, -0.0028858185) * v0_0.x;
        h0_0 += HVEC4(-0.06304932, -0.06542969, -0.107910156, 0.115478516) * v0_0.y;
        h0_0 += HVEC4(0.020690918, 0.15979004, -0.026870728, 0.14282227) * v0_0.z;
        h0_0 += HVEC4(0.053375244, 0.18103027, 0.087402344, -0.026245117) * v0_0.w;
        h0_0 += HVEC4(-0.025650024, 0.033569336, -0.09564209, -0.1619873) * v0_1.x;
        h0_0 += HVEC4(-0.038024902, -0.06958008, 0.06829834, 0.16674805) * v0_1.y;
        h0_0 += HVEC4(0.064086914, 0.03314209, -0.027175903, 0.28515625) * v0_1.z;
        h0_0 += HVEC4(-0.008934021, -0.039489746, 0.07299805, -0.023025513) * v0_1.w;
        h0_1 += HVEC4(-0.026885986, -0.02381897, 0.07196045, -0.04815674) * v0_0.x;
        h0_1 += HVEC4(0.062561035, 0.095581055, 0.06112671, -0.1538086) * v0_0.y;
        h0_1 += HVEC4(-0.1348877, 0.12890625, -0.09655762, 0.088256836) * v0_0.z;
        h0_1 += HVEC4(0.028121948, -0.058410645, -0.04812622, -0.24230957) * v0_0.w;
        h0_1 += HVEC4(0.05709839, 0.08190918, 0.016708374, -0.032348633) * v0_1.x;
        h0_1 += HVEC4(-0.006046295, -0.085998535, 0.043670654, 0.064331055) * v0_1.y;
        h0_1 += HVEC4(0.028137207, 0.022659302, -0.10974121, 0.11328125) * v0_1.z;
        h0_1 += HVEC4(0.010612488, 0.035064697, -0.017120361, 0.14025879) * v0_1.w;
        h0_2 += HVEC4(0.027420044, -0.095703125, -0.00088977814, 0.014961243) * v0_0.x;
        h0_2 += HVEC4(0.01927185, -0.1517334, 0.011299133, -0.28125) * v0_0.y;
        h0_2 += HVEC4(0.08325195, -0.08514404, -0.06774902, -0.026153564) * v0_0.z;
        h0_2 += HVEC4(0.21398926, -0.37158203, 0.18395996, -0.16625977) * v0_0.w;
        h0_2 += HVEC4(0.030181885, -0.040252686, 0.0024700165, -0.047210693) * v0_1.x;
        h0_2 += HVEC4(0.109191895, 0.1373291, 0.07543945, -0.117370605) * v0_1.y;
        h0_2 += HVEC4(0.18322754, 0.038391113, 0.062805176, 0.25634766) * v0_1.z;
        h0_2 += HVEC4(0.04156494, 0.022872925, -0.017196655, 0.08660889) * v0_1.w;
        h0_3 += HVEC4(-0.13171387, -0.015945435, 0.035369873, 0.19067383) * v0_0.x;
        h0_3 += HVEC4(-0.17468262, -0.10412598, -0.4777832, -0.5317383) * v0_0.y;
        h0_3 += HVEC4(0.026809692, -0.103881836, 0.1361084, -0.12683105) * v0_0.z;
        h0_3 += HVEC4(0.007537842, -0.16784668, -0.05883789, -0.37841797) * v0_0.w;
        h0_3 += HVEC4(-0.06100464, -0.08227539, -0.088012695, 0.115234375) * v0_1.x;
        h0_3 += HVEC4(0.12432861, 0.026489258, -0.19213867, -0.035888672) * v0_1.y;
        h0_3 += HVEC4(0.29614258, -0.008338928, 0.04168701, -0.21166992) * v0_1.z;
        h0_3 += HVEC4(0.12017822, 0.022277832, -0.009635925, -0.01966858) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n0_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n0_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 2..3.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0);
    vec4 n1_0_1 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0);
    vec4 n1_1_1 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.107543945, 0.34448242, 0.39819336, -0.029815674) * v0_2.x;
        h0_0 += HVEC4(-0.029373169, 0.006706238, -0.09729004, 0.19494629) * v0_2.y;
        h0_0 += HVEC4(0.17321777, 0.12988281, 0.3581543, -0.20349121) * v0_2.z;
        h0_0 += HVEC4(0.013633728, 0.070373535, -0.03616333, 0.16040039) * v0_2.w;
        h0_0 += HVEC4(0.046051025, -0.08099365, -0.14770508, 0.20788574) * v0_3.x;
        h0_0 += HVEC4(0.042388916, -0.002462387, 0.18078613, -0.10858154) * v0_3.y;
        h0_0 += HVEC4(-0.019317627, 0.105407715, -0.27172852, 0.22436523) * v0_3.z;
        h0_0 += HVEC4(0.17614746, -0.17785645, 0.07220459, -0.17468262) * v0_3.w;
        h0_1 += HVEC4(0.0012712479, 0.15258789, 0.1829834, 0.123168945) * v0_2.x;
        h0_1 += HVEC4(-0.018600464, 0.2890625, 0.04586792, 0.11175537) * v0_2.y;
        h0_1 += HVEC4(-0.09667969, -0.88134766, -0.012046814, 0.084350586) * v0_2.z;
        h0_1 += HVEC4(0.03918457, -0.2614746, 0.02809143, 0.3479004) * v0_2.w;
        h0_1 += HVEC4(-0.08062744, -0.4020996, 0.10046387, 0.00434494) * v0_3.x;
        h0_1 += HVEC4(-0.025756836, -0.114746094, 0.23791504, 0.1427002) * v0_3.y;
        h0_1 += HVEC4(0.30419922, -0.049621582, -0.023223877, 0.10058594) * v0_3.z;
        h0_1 += HVEC4(0.05505371, -0.036712646, 0.070251465, -0.21105957) * v0_3.w;
        h0_2 += HVEC4(-0.11669922, -0.022018433, -0.10870361, -0.051208496) * v0_2.x;
        h0_2 += HVEC4(0.0054969788, -0.042816162, 0.03866577, -0.04623413) * v0_2.y;
        h0_2 += HVEC4(0.1315918, -0.11834717, -0.18151855, 0.049835205) * v0_2.z;
        h0_2 += HVEC4(-0.023742676, -0.07116699, 0.20678711, 0.09643555) * v0_2.w;
        h0_2 += HVEC4(-0.35107422, 0.058898926, -0.11065674, -0.055541992) * v0_3.x;
        h0_2 += HVEC4(0.10211182, -0.009277344, 0.076293945, -0.04458618) * v0_3.y;
        h0_2 += HVEC4(0.0970459, -0.033111572, 0.11456299, -0.0026454926) * v0_3.z;
        h0_2 += HVEC4(0.020446777, -0.0072288513, 0.18005371, 0.030426025) * v0_3.w;
        h0_3 += HVEC4(0.38671875, 0.27197266, -0.13439941, -0.16027832) * v0_2.x;
        h0_3 += HVEC4(0.017730713, 0.06842041, -0.037628174, -0.06677246) * v0_2.y;
        h0_3 += HVEC4(-0.42016602, 0.19177246, 0.09472656, 0.05581665) * v0_2.z;
        h0_3 += HVEC4(0.0138168335, -0.036376953, 0.03060913, 0.13952637) * v0_2.w;
        h0_3 += HVEC4(0.123535156, -0.24658203, 0.004714966, 0.07269287) * v0_3.x;
        h0_3 += HVEC4(0.14746094, 0.006965637, 0.02520752, -0.08532715) * v0_3.y;
        h0_3 += HVEC4(0.030227661, -0.13293457, 0.040985107, 0.16308594) * v0_3.z;
        h0_3 += HVEC4(-0.26367188, 0.0060920715, -0.023788452, -0.026901245) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.002374649, -0.1574707, 0.26635742, 0.25170898) * v0_2.x;
        h0_0 += HVEC4(-0.092163086, 0.1005249, 0.10205078, 0.18261719) * v0_2.y;
        h0_0 += HVEC4(0.00605011, 0.34033203, 0.25756836, 0.113464355) * v0_2.z;
        h0_0 += HVEC4(-0.076538086, 0.057128906, -0.15112305, -0.31152344) * v0_2.w;
        h0_0 += HVEC4(0.018463135, -0.2355957, 0.049621582, 0.28442383) * v0_3.x;
        h0_0 += HVEC4(0.1295166, 0.13256836, 0.042816162, -0.008514404) * v0_3.y;
        h0_0 += HVEC4(-0.10888672, -0.0670166, -0.03741455, 0.1595459) * v0_3.z;
        h0_0 += HVEC4(0.1685791, 0.20715332, 0.40185547, -0.30200195) * v0_3.w;
        h0_1 += HVEC4(0.019546509, 0.1538086, -0.15795898, 0.64697266) * v0_2.x;
        h0_1 += HVEC4(0.37402344, 0.16564941, -0.051940918, 0.2602539) * v0_2.y;
        h0_1 += HVEC4(0.27978516, -0.044281006, -0.091308594, 0.29492188) * v0_2.z;
        h0_1 += HVEC4(-0.008720398, 0.16235352, 0.036956787, -0.10546875) * v0_2.w;
        h0_1 += HVEC4(-0.31860352, 0.054229736, 0.12780762, -0.39086914) * v0_3.x;
        h0_1 += HVEC4(0.023925781, 0.058288574, -0.13195801, -0.2602539) * v0_3.y;
        h0_1 += HVEC4(-0.12817383, 0.12512207, 0.0077819824, -0.080322266) * v0_3.z;
        h0_1 += HVEC4(-0.009849548, -0.013137817, -0.41479492, 0.21960449) * v0_3.w;
        h0_2 += HVEC4(0.035461426, 0.10803223, -0.21765137, 0.043182373) * v0_2.x;
        h0_2 += HVEC4(-0.11694336, 0.0076293945, 0.10095215, -0.05596924) * v0_2.y;
        h0_2 += HVEC4(0.16137695, -0.14111328, -0.045166016, 0.24963379) * v0_2.z;
        h0_2 += HVEC4(0.15209961, 0.03353882, 0.17041016, 0.064941406) * v0_2.w;
        h0_2 += HVEC4(-0.43774414, 0.22375488, 0.051605225, -0.17016602) * v0_3.x;
        h0_2 += HVEC4(0.0009784698, -0.06781006, 0.0597229, 0.055786133) * v0_3.y;
        h0_2 += HVEC4(0.07525635, 0.17297363, 0.05328369, -0.051330566) * v0_3.z;
        h0_2 += HVEC4(0.24475098, -0.053863525, 0.10864258, 0.265625) * v0_3.w;
        h0_3 += HVEC4(0.49487305, 0.03363037, -0.035308838, 0.08251953) * v0_2.x;
        h0_3 += HVEC4(0.25219727, 0.14318848, -0.171875, -0.062805176) * v0_2.y;
        h0_3 += HVEC4(-0.19995117, 0.2298584, 0.05114746, 0.015258789) * v0_2.z;
        h0_3 += HVEC4(-0.18725586, 0.17175293, 0.02658081, 0.019958496) * v0_2.w;
        h0_3 += HVEC4(0.18835449, 0.064697266, 0.01499176, 0.14086914) * v0_3.x;
        h0_3 += HVEC4(0.064086914, 0.101501465, -0.0030231476, -0.0010251999) * v0_3.y;
        h0_3 += HVEC4(0.090270996, 0.0014791489, 0.2241211, 0.2010498) * v0_3.z;
        h0_3 += HVEC4(-0.032592773, -0.2265625, -0.11834717, 0.06976318) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.033325195, 0.06161499, 0.15771484, 0.20166016) * v0_2.x;
        h0_0 += HVEC4(0.06945801, 0.17175293, 0.16589355, 0.31958008) * v0_2.y;
        h0_0 += HVEC4(0.005821228, -0.027893066, 0.064086914, 0.09802246) * v0_2.z;
        h0_0 += HVEC4(0.10394287, 0.08129883, -0.2956543, -0.048950195) * v0_2.w;
        h0_0 += HVEC4(-0.0513916, -0.004283905, 0.06829834, -0.012054443) * v0_3.x;
        h0_0 += HVEC4(0.0029888153, 0.15161133, -0.019180298, 0.0051498413) * v0_3.y;
        h0_0 += HVEC4(0.0033512115, -0.079589844, -0.18554688, 0.14831543) * v0_3.z;
        h0_0 += HVEC4(0.18798828, -0.057006836, 0.06536865, -0.051971436) * v0_3.w;
        h0_1 += HVEC4(-0.09277344, -0.1262207, 0.14782715, -0.19763184) * v0_2.x;
        h0_1 += HVEC4(0.05340576, 0.109436035, 0.07067871, -0.14050293) * v0_2.y;
        h0_1 += HVEC4(-0.023422241, 0.011947632, 0.026535034, -0.10522461) * v0_2.z;
        h0_1 += HVEC4(0.05230713, -0.13000488, 0.093933105, -0.078063965) * v0_2.w;
        h0_1 += HVEC4(-0.043945312, -0.0496521, -0.027389526, -0.09820557) * v0_3.x;
        h0_1 += HVEC4(0.14709473, 0.115112305, -0.07196045, 0.14709473) * v0_3.y;
        h0_1 += HVEC4(-0.06866455, -0.08050537, 0.019363403, -0.020614624) * v0_3.z;
        h0_1 += HVEC4(-0.07293701, -0.07556152, -0.042816162, 0.04626465) * v0_3.w;
        h0_2 += HVEC4(-0.018661499, 0.1071167, -0.005420685, 0.09918213) * v0_2.x;
        h0_2 += HVEC4(-0.21081543, -0.06161499, 0.12719727, -0.097839355) * v0_2.y;
        h0_2 += HVEC4(0.07598877, 0.0028305054, -0.018188477, -0.02482605) * v0_2.z;
        h0_2 += HVEC4(-0.02418518, -0.055480957, 0.20129395, -0.118774414) * v0_2.w;
        h0_2 += HVEC4(-0.0051612854, -0.009513855, 0.0075035095, -0.07006836) * v0_3.x;
        h0_2 += HVEC4(0.06161499, -0.015464783, -0.007167816, 0.023162842) * v0_3.y;
        h0_2 += HVEC4(-0.016326904, 0.056030273, 0.09265137, -0.009529114) * v0_3.z;
        h0_2 += HVEC4(-0.036499023, -0.060302734, -0.08239746, 0.11883545) * v0_3.w;
        h0_3 += HVEC4(0.004711151, 0.06628418, 0.22058105, 0.08251953) * v0_2.x;
        h0_3 += HVEC4(-0.11273193, 0.08868408, -0.074401855, -0.14990234) * v0_2.y;
        h0_3 += HVEC4(-0.027862549, 0.023956299, 0.30151367, 0.0074386597) * v0_2.z;
        h0_3 += HVEC4(0.09552002, -0.0126953125, 0.10290527, 0.34716797) * v0_2.w;
        h0_3 += HVEC4(-0.018692017, -0.04067993, 0.004272461, -0.030822754) * v0_3.x;
        h0_3 += HVEC4(-0.09411621, -0.024902344, 0.056365967, -0.10870361) * v0_3.y;
        h0_3 += HVEC4(0.14916992, 0.03439331, 0.12670898, 0.08477783) * v0_3.z;
        h0_3 += HVEC4(0.13391113, 0.09112549, 0.005821228, -0.051361084) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 34]);
        HVEC4 v0_3 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.09906006, -0.21142578, 0.21520996, 0.07928467) * v0_2.x;
        h0_0 += HVEC4(0.035339355, -0.04095459, -0.030273438, 0.0027694702) * v0_2.y;
        h0_0 += HVEC4(0.053649902, 0.08392334, -0.080078125, 0.25073242) * v0_2.z;
        h0_0 += HVEC4(0.024734497, 0.011856079, 0.13256836, 0.086120605) * v0_2.w;
        h0_0 += HVEC4(-0.076538086, 0.19445801, 0.0005078316, 0.10870361) * v0_3.x;
        h0_0 += HVEC4(-0.24194336, 0.09527588, 0.0017681122, 0.08630371) * v0_3.y;
        h0_0 += HVEC4(0.08135986, -0.010604858, -0.00030875206, 0.171875) * v0_3.z;
        h0_0 += HVEC4(0.09942627, -0.14855957, -0.08203125, -0.11920166) * v0_3.w;
        h0_1 += HVEC4(-0.13708496, -0.18054199, 0.13342285, 0.15942383) * v0_2.x;
        h0_1 += HVEC4(-0.13671875, 0.097717285, 0.5678711, -0.065979004) * v0_2.y;
        h0_1 += HVEC4(0.37426758, -0.38427734, -1.0878906, -0.34399414) * v0_2.z;
        h0_1 += HVEC4(0.18640137, 0.16638184, 0.026321411, -0.16784668) * v0_2.w;
        h0_1 += HVEC4(0.004322052, -0.053497314, 0.11987305, -0.05493164) * v0_3.x;
        h0_1 += HVEC4(-0.04147339, 0.1743164, 0.41552734, -0.021499634) * v0_3.y;
        h0_1 += HVEC4(0.2614746, 0.14904785, 0.011177063, 0.121520996) * v0_3.z;
        h0_1 += HVEC4(-0.18457031, -0.05114746, -0.028869629, -0.23828125) * v0_3.w;
        h0_2 += HVEC4(0.16442871, 0.23376465, -0.20581055, -0.03062439) * v0_2.x;
        h0_2 += HVEC4(0.021194458, 0.054534912, 0.13500977, 0.010192871) * v0_2.y;
        h0_2 += HVEC4(0.037231445, -0.06945801, 0.018066406, 0.14160156) * v0_2.z;
        h0_2 += HVEC4(0.11029053, 0.15515137, -0.17504883, -0.07019043) * v0_2.w;
        h0_2 += HVEC4(-0.74853516, 0.17163086, -0.15026855, -0.17932129) * v0_3.x;
        h0_2 += HVEC4(0.28320312, -0.008255005, 0.40649414, 0.06439209) * v0_3.y;
        h0_2 += HVEC4(0.023468018, 0.04208374, 0.11621094, 0.026229858) * v0_3.z;
        h0_2 += HVEC4(0.072509766, 0.1083374, 0.1550293, 0.10247803) * v0_3.w;
        h0_3 += HVEC4(0.34375, 0.17102051, -0.29077148, 0.11663818) * v0_2.x;
        h0_3 += HVEC4(-0.07110596, 0.030258179, 0.053497314, 0.022766113) * v0_2.y;
        h0_3 += HVEC4(-0.20056152, -0.008422852, 0.17028809, 0.23327637) * v0_2.z;
        h0_3 += HVEC4(0.096191406, -0.075805664, 0.11541748, 0.15234375) * v0_2.w;
        h0_3 += HVEC4(0.31201172, -0.17163086, -0.06512451, -0.7270508) * v0_3.x;
        h0_3 += HVEC4(-0.2939453, -0.0619812, -0.00674057, -0.13647461) * v0_3.y;
        h0_3 += HVEC4(0.21228027, -0.16137695, 0.2364502, 0.1809082) * v0_3.z;
        h0_3 += HVEC4(-0.36914062, 0.13305664, -0.09790039, 0.2763672) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 35]);
        HVEC4 v0_3 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.029708862, -0.24121094, -0.35107422, 1.6914062) * v0_2.x;
        h0_0 += HVEC4(0.0061187744, 0.21533203, 0.111083984, -0.3713379) * v0_2.y;
        h0_0 += HVEC4(0.20178223, 0.47021484, -0.32104492, -0.29248047) * v0_2.z;
        h0_0 += HVEC4(0.08807373, -0.097473145, 0.20275879, -0.8095703) * v0_2.w;
        h0_0 += HVEC4(-0.16137695, -0.16320801, 0.33862305, 0.34960938) * v0_3.x;
        h0_0 += HVEC4(-0.27490234, 0.55810547, 0.16601562, 0.26513672) * v0_3.y;
        h0_0 += HVEC4(0.103393555, -0.08062744, -0.052581787, 0.17260742) * v0_3.z;
        h0_0 += HVEC4(0.12005615, 0.21020508, 0.18469238, -0.00623703) * v0_3.w;
        h0_1 += HVEC4(0.097229004, 0.44677734, -0.21936035, -0.2130127) * v0_2.x;
        h0_1 += HVEC4(0.0758667, 0.019561768, -0.52685547, 0.08105469) * v0_2.y;
        h0_1 += HVEC4(0.083496094, 0.17382812, -0.33276367, -0.35791016) * v0_2.z;
        h0_1 += HVEC4(0.022781372, 0.41992188, 0.014015198, -0.19604492) * v0_2.w;
        h0_1 += HVEC4(-0.050933838, -0.111572266, -0.0068206787, 0.0023117065) * v0_3.x;
        h0_1 += HVEC4(0.0018291473, 0.018829346, -0.29077148, -0.7163086) * v0_3.y;
        h0_1 += HVEC4(-0.037200928, 0.16601562, -0.35375977, 0.40307617) * v0_3.z;
        h0_1 += HVEC4(-0.011726379, -0.10546875, -0.23852539, -0.042877197) * v0_3.w;
        h0_2 += HVEC4(0.11621094, -0.5991211, 0.24328613, -0.33911133) * v0_2.x;
        h0_2 += HVEC4(0.13720703, -0.52246094, 0.95996094, 0.24780273) * v0_2.y;
        h0_2 += HVEC4(0.18273926, -0.23486328, -0.11151123, 0.6816406) * v0_2.z;
        h0_2 += HVEC4(0.31835938, -0.296875, 0.17687988, 0.09436035) * v0_2.w;
        h0_2 += HVEC4(-0.80566406, 0.36132812, 0.07348633, -0.08459473) * v0_3.x;
        h0_2 += HVEC4(-0.0019426346, -0.055633545, -0.06097412, 0.1204834) * v0_3.y;
        h0_2 += HVEC4(0.23388672, -0.21496582, 0.23828125, 0.18078613) * v0_3.z;
        h0_2 += HVEC4(0.36816406, -0.26879883, 0.1628418, 0.2788086) * v0_3.w;
        h0_3 += HVEC4(0.049224854, 0.028427124, -0.3256836, -0.30493164) * v0_2.x;
        h0_3 += HVEC4(-0.20446777, 0.25195312, 0.020858765, 0.22143555) * v0_2.y;
        h0_3 += HVEC4(-0.2388916, 0.34375, 0.37890625, -0.10699463) * v0_2.z;
        h0_3 += HVEC4(-0.3330078, 0.018814087, 0.34985352, 0.27148438) * v0_2.w;
        h0_3 += HVEC4(0.097351074, 0.056396484, 0.09124756, -0.6875) * v0_3.x;
        h0_3 += HVEC4(-0.0011672974, 0.19396973, -0.1430664, 0.12854004) * v0_3.y;
        h0_3 += HVEC4(0.23364258, 0.1965332, 0.24206543, 0.12164307) * v0_3.z;
        h0_3 += HVEC4(0.11608887, -0.09387207, 0.20495605, 0.20263672) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.016479492, 0.11645508, -0.013282776, 0.15588379) * v0_2.x;
        h0_0 += HVEC4(-0.061798096, 0.21105957, 0.08300781, -0.064819336) * v0_2.y;
        h0_0 += HVEC4(0.07635498, 0.042419434, -0.06561279, 0.0019550323) * v0_2.z;
        h0_0 += HVEC4(0.16027832, -0.027114868, 0.12573242, 0.03970337) * v0_2.w;
        h0_0 += HVEC4(-0.009933472, -0.010292053, 0.039367676, -0.022872925) * v0_3.x;
        h0_0 += HVEC4(0.05178833, 0.049591064, 0.13208008, 0.3005371) * v0_3.y;
        h0_0 += HVEC4(-0.0007443428, 0.043395996, 0.3022461, 0.123413086) * v0_3.z;
        h0_0 += HVEC4(0.09136963, -0.09649658, -0.03036499, 0.1026001) * v0_3.w;
        h0_1 += HVEC4(-0.23278809, 0.09362793, -0.09277344, 0.2932129) * v0_2.x;
        h0_1 += HVEC4(0.017501831, 0.025726318, -0.23913574, -0.1796875) * v0_2.y;
        h0_1 += HVEC4(-0.009147644, -0.050872803, 0.006542206, -0.1854248) * v0_2.z;
        h0_1 += HVEC4(-0.15686035, 0.20410156, 0.097229004, 0.41455078) * v0_2.w;
        h0_1 += HVEC4(0.0053749084, 0.014930725, -0.035003662, 0.037750244) * v0_3.x;
        h0_1 += HVEC4(-0.05609131, -0.047180176, 0.13806152, 0.4267578) * v0_3.y;
        h0_1 += HVEC4(0.08782959, 0.10455322, -0.095825195, 0.43164062) * v0_3.z;
        h0_1 += HVEC4(0.02079773, 0.024597168, 0.048583984, 0.013748169) * v0_3.w;
        h0_2 += HVEC4(0.11859131, 0.19091797, -0.046936035, 0.079956055) * v0_2.x;
        h0_2 += HVEC4(-0.17407227, -0.094177246, 0.13500977, -0.009460449) * v0_2.y;
        h0_2 += HVEC4(-0.09552002, 0.097961426, 0.030776978, 0.17626953) * v0_2.z;
        h0_2 += HVEC4(0.13354492, 0.28710938, 0.17663574, 0.09741211) * v0_2.w;
        h0_2 += HVEC4(-0.09472656, 0.012939453, 0.023269653, -0.07470703) * v0_3.x;
        h0_2 += HVEC4(-0.08081055, 0.08465576, 0.101135254, 0.09729004) * v0_3.y;
        h0_2 += HVEC4(0.19763184, -0.090026855, 0.079833984, -0.18688965) * v0_3.z;
        h0_2 += HVEC4(-0.0491333, -0.004085541, 0.017074585, 0.1217041) * v0_3.w;
        h0_3 += HVEC4(0.02407837, -0.041870117, 0.105041504, -0.020751953) * v0_2.x;
        h0_3 += HVEC4(0.113464355, -0.111206055, 0.1538086, -0.084228516) * v0_2.y;
        h0_3 += HVEC4(0.06161499, -0.0053863525, 0.20263672, 0.018463135) * v0_2.z;
        h0_3 += HVEC4(0.49853516, 0.09197998, 0.3017578, 0.092285156) * v0_2.w;
        h0_3 += HVEC4(0.04159546, -0.073913574, -0.15625, 0.038238525) * v0_3.x;
        h0_3 += HVEC4(0.008811951, 0.1303711, 0.068481445, -0.10418701) * v0_3.y;
        h0_3 += HVEC4(0.18859863, -0.020309448, 0.06222534, 0.1015625) * v0_3.z;
        h0_3 += HVEC4(0.08734131, 0.119262695, 0.10412598, -0.24987793) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 68]);
        HVEC4 v0_3 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.05758667, -0.18823242, 0.066589355, 0.053833008) * v0_2.x;
        h0_0 += HVEC4(0.032592773, 0.048828125, -0.082092285, 0.16625977) * v0_2.y;
        h0_0 += HVEC4(0.081848145, -0.0592041, -0.02519226, 0.056427002) * v0_2.z;
        h0_0 += HVEC4(-0.0016841888, 0.08673096, -0.07183838, 0.19750977) * v0_2.w;
        h0_0 += HVEC4(0.036987305, 0.09094238, -0.009338379, 0.01612854) * v0_3.x;
        h0_0 += HVEC4(0.05847168, -0.11242676, 0.13317871, 0.26904297) * v0_3.y;
        h0_0 += HVEC4(0.023162842, 0.10461426, 0.014053345, 0.23278809) * v0_3.z;
        h0_0 += HVEC4(-0.0028972626, 0.001244545, 0.013771057, -0.06463623) * v0_3.w;
        h0_1 += HVEC4(0.16625977, -0.11077881, -0.3852539, 0.087768555) * v0_2.x;
        h0_1 += HVEC4(-0.11395264, 0.09375, 0.31762695, 0.11248779) * v0_2.y;
        h0_1 += HVEC4(-0.034362793, 0.09069824, 0.015823364, 0.08178711) * v0_2.z;
        h0_1 += HVEC4(-0.03656006, -0.3071289, 0.17419434, -0.14477539) * v0_2.w;
        h0_1 += HVEC4(0.0030155182, 0.0074386597, -0.12963867, -0.0067367554) * v0_3.x;
        h0_1 += HVEC4(0.39453125, 0.31347656, 0.029205322, -0.10748291) * v0_3.y;
        h0_1 += HVEC4(0.37426758, 0.08062744, 0.18859863, 0.10638428) * v0_3.z;
        h0_1 += HVEC4(-0.2097168, -0.061523438, 0.029769897, -0.043701172) * v0_3.w;
        h0_2 += HVEC4(-0.07159424, 0.08404541, -0.10284424, -0.16455078) * v0_2.x;
        h0_2 += HVEC4(-0.054534912, 0.12237549, -0.016677856, -0.012619019) * v0_2.y;
        h0_2 += HVEC4(-0.0063591003, 0.18579102, -0.056793213, -0.03717041) * v0_2.z;
        h0_2 += HVEC4(0.042053223, 0.0074157715, 0.0053367615, 0.10357666) * v0_2.w;
        h0_2 += HVEC4(-0.15332031, -0.022476196, 0.055877686, 0.019439697) * v0_3.x;
        h0_2 += HVEC4(0.19055176, 0.001490593, 0.1776123, -0.21826172) * v0_3.y;
        h0_2 += HVEC4(-0.0025405884, -0.00020337105, 0.11029053, 0.06616211) * v0_3.z;
        h0_2 += HVEC4(0.01197052, 0.0128479, -0.010948181, 0.072143555) * v0_3.w;
        h0_3 += HVEC4(-0.024246216, -0.0859375, -0.19348145, 0.27685547) * v0_2.x;
        h0_3 += HVEC4(0.13500977, 0.12011719, -0.038726807, -0.0022621155) * v0_2.y;
        h0_3 += HVEC4(0.094177246, -0.03640747, 0.05316162, 0.042236328) * v0_2.z;
        h0_3 += HVEC4(-0.051635742, 0.119018555, 0.076171875, 0.1895752) * v0_2.w;
        h0_3 += HVEC4(0.051330566, -0.23571777, -0.0024166107, -0.65185547) * v0_3.x;
        h0_3 += HVEC4(-0.20703125, -0.05508423, 0.05053711, -0.13916016) * v0_3.y;
        h0_3 += HVEC4(0.19604492, -0.13427734, 0.12976074, 0.05783081) * v0_3.z;
        h0_3 += HVEC4(-0.08642578, 0.07006836, -0.03744507, 0.2286377) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 69]);
        HVEC4 v0_3 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.07434082, -0.28149414, -0.17175293, 0.43237305) * v0_2.x;
        h0_0 += HVEC4(-0.01966858, -0.03125, 0.11584473, 0.039886475) * v0_2.y;
        h0_0 += HVEC4(-0.011329651, 0.16796875, 0.09265137, -0.16003418) * v0_2.z;
        h0_0 += HVEC4(-0.043518066, -0.16064453, 0.068725586, 0.18603516) * v0_2.w;
        h0_0 += HVEC4(-0.01210022, 0.052124023, 0.055541992, 0.01763916) * v0_3.x;
        h0_0 += HVEC4(-0.0067596436, -0.13635254, -0.17907715, 0.25561523) * v0_3.y;
        h0_0 += HVEC4(0.066101074, -0.10925293, 0.028793335, 0.07733154) * v0_3.z;
        h0_0 += HVEC4(-0.036743164, 0.027526855, 0.086364746, -0.02658081) * v0_3.w;
        h0_1 += HVEC4(-0.06604004, 0.15795898, 0.25048828, -0.16369629) * v0_2.x;
        h0_1 += HVEC4(0.009536743, -0.066589355, -0.29492188, 0.15551758) * v0_2.y;
        h0_1 += HVEC4(0.10369873, -0.09851074, -0.07543945, 0.12109375) * v0_2.z;
        h0_1 += HVEC4(-0.11730957, 0.0011339188, 0.15759277, 0.17004395) * v0_2.w;
        h0_1 += HVEC4(-0.006839752, -0.023452759, 0.013282776, -0.0725708) * v0_3.x;
        h0_1 += HVEC4(-0.016967773, 0.21496582, 0.026992798, -0.265625) * v0_3.y;
        h0_1 += HVEC4(-0.056793213, -0.24975586, 0.029205322, 0.09875488) * v0_3.z;
        h0_1 += HVEC4(-0.059265137, -0.039398193, -0.010246277, -0.2578125) * v0_3.w;
        h0_2 += HVEC4(0.117004395, 0.16186523, -0.06640625, -0.2401123) * v0_2.x;
        h0_2 += HVEC4(-0.0056610107, 0.06933594, 0.03062439, 0.11920166) * v0_2.y;
        h0_2 += HVEC4(0.35717773, 0.072753906, -0.105529785, 0.09362793) * v0_2.z;
        h0_2 += HVEC4(-0.04547119, 0.03353882, -0.048217773, 0.16467285) * v0_2.w;
        h0_2 += HVEC4(-0.16748047, -0.0006389618, 0.05065918, -0.0010204315) * v0_3.x;
        h0_2 += HVEC4(0.089538574, 0.21911621, 0.3017578, -0.22741699) * v0_3.y;
        h0_2 += HVEC4(0.20507812, 0.09729004, 0.13146973, 0.08496094) * v0_3.z;
        h0_2 += HVEC4(0.20812988, 0.029953003, 0.13464355, 0.15759277) * v0_3.w;
        h0_3 += HVEC4(-0.05239868, 0.101501465, -0.19384766, 0.39624023) * v0_2.x;
        h0_3 += HVEC4(0.056274414, 0.079956055, -0.16687012, 0.53222656) * v0_2.y;
        h0_3 += HVEC4(-0.09631348, 0.21972656, -0.017868042, 0.2644043) * v0_2.z;
        h0_3 += HVEC4(0.109680176, 0.050231934, 0.2998047, 0.4104004) * v0_2.w;
        h0_3 += HVEC4(-0.0045166016, -0.06640625, 0.032104492, -0.50341797) * v0_3.x;
        h0_3 += HVEC4(-0.14367676, -0.06112671, 0.066101074, 0.49658203) * v0_3.y;
        h0_3 += HVEC4(0.06536865, 0.08874512, 0.21313477, 0.26879883) * v0_3.z;
        h0_3 += HVEC4(-0.10058594, -0.058929443, 0.113098145, 0.11090088) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 70]);
        HVEC4 v0_3 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.0022277832, 0.033081055, 0.06109619, 0.24536133) * v0_2.x;
        h0_0 += HVEC4(0.023880005, -0.0029716492, 0.022766113, 0.07989502) * v0_2.y;
        h0_0 += HVEC4(0.004447937, 0.075927734, -0.020889282, 0.018157959) * v0_2.z;
        h0_0 += HVEC4(0.0037460327, 0.17749023, 0.34716797, 0.28393555) * v0_2.w;
        h0_0 += HVEC4(0.011222839, 0.004711151, -0.0042419434, -0.02645874) * v0_3.x;
        h0_0 += HVEC4(0.017318726, -0.017044067, 0.16394043, -0.05041504) * v0_3.y;
        h0_0 += HVEC4(0.04284668, 0.09082031, 0.21057129, -0.011978149) * v0_3.z;
        h0_0 += HVEC4(0.03237915, 0.0680542, 0.007522583, -0.00907135) * v0_3.w;
        h0_1 += HVEC4(0.06793213, -0.08013916, 0.012619019, 0.23632812) * v0_2.x;
        h0_1 += HVEC4(-0.08959961, 0.03302002, -0.10675049, 0.103393555) * v0_2.y;
        h0_1 += HVEC4(0.02784729, -0.030593872, 0.050109863, 0.07336426) * v0_2.z;
        h0_1 += HVEC4(0.1427002, 0.07080078, 0.14038086, -0.44995117) * v0_2.w;
        h0_1 += HVEC4(-0.006416321, 0.0016965866, -0.008621216, 0.09667969) * v0_3.x;
        h0_1 += HVEC4(-0.03086853, -0.004173279, 0.064575195, 0.48413086) * v0_3.y;
        h0_1 += HVEC4(-0.15258789, 0.032318115, -0.06542969, 0.15942383) * v0_3.z;
        h0_1 += HVEC4(0.013092041, -0.010070801, -0.00970459, -0.017181396) * v0_3.w;
        h0_2 += HVEC4(0.025680542, 0.10784912, 0.030441284, 0.21350098) * v0_2.x;
        h0_2 += HVEC4(0.05834961, -0.036712646, 0.030929565, -0.06695557) * v0_2.y;
        h0_2 += HVEC4(0.070495605, 0.0152282715, -0.023956299, 0.06878662) * v0_2.z;
        h0_2 += HVEC4(0.12390137, 0.31958008, 0.15820312, 0.2548828) * v0_2.w;
        h0_2 += HVEC4(0.0012464523, -0.0045394897, 0.048736572, 0.03213501) * v0_3.x;
        h0_2 += HVEC4(-0.60595703, -0.018936157, 0.28100586, 0.012207031) * v0_3.y;
        h0_2 += HVEC4(0.11621094, -0.034576416, 0.014144897, 0.12365723) * v0_3.z;
        h0_2 += HVEC4(0.008506775, -0.057128906, 0.054870605, 0.07611084) * v0_3.w;
        h0_3 += HVEC4(0.20410156, 0.0029678345, 0.038879395, -0.066345215) * v0_2.x;
        h0_3 += HVEC4(0.101501465, -0.023513794, 0.030853271, -0.01600647) * v0_2.y;
        h0_3 += HVEC4(0.0007276535, 0.124694824, 0.20947266, -0.050811768) * v0_2.z;
        h0_3 += HVEC4(-0.1821289, 0.0051994324, 0.2467041, 0.36816406) * v0_2.w;
        h0_3 += HVEC4(0.052703857, -0.013374329, 0.012420654, -0.043426514) * v0_3.x;
        h0_3 += HVEC4(0.33520508, 0.13183594, -0.093322754, 0.29541016) * v0_3.y;
        h0_3 += HVEC4(0.109313965, -0.0579834, 0.11767578, 0.20739746) * v0_3.z;
        h0_3 += HVEC4(0.107788086, -0.0054779053, 0.048797607, -0.15893555) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n1_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n1_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 4..5.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0);
    vec4 n2_0_1 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0);
    vec4 n2_1_1 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.043945312, 0.1270752, 0.105773926, -0.003332138) * v0_4.x;
        h0_0 += HVEC4(-0.015571594, -0.0064430237, -0.22229004, 0.0021877289) * v0_4.y;
        h0_0 += HVEC4(0.044952393, -0.2084961, 0.047027588, 0.09484863) * v0_4.z;
        h0_0 += HVEC4(-0.047790527, 0.45043945, -0.010650635, 1.3486328) * v0_4.w;
        h0_0 += HVEC4(-0.0051460266, -0.15759277, 0.4230957, 0.18066406) * v0_5.x;
        h0_0 += HVEC4(-0.05630493, 0.1463623, 0.11828613, 0.12054443) * v0_5.y;
        h0_0 += HVEC4(0.02357483, 0.009475708, -0.06756592, 0.066223145) * v0_5.z;
        h0_0 += HVEC4(-0.033172607, -0.04800415, -0.113220215, -0.008926392) * v0_5.w;
        h0_1 += HVEC4(0.10101318, 0.24035645, -0.18725586, -0.1083374) * v0_4.x;
        h0_1 += HVEC4(-0.19519043, 0.13012695, -0.12902832, 0.02885437) * v0_4.y;
        h0_1 += HVEC4(0.19067383, 0.15637207, -0.114746094, 0.17871094) * v0_4.z;
        h0_1 += HVEC4(-0.3137207, 0.06384277, 0.3227539, -1.4482422) * v0_4.w;
        h0_1 += HVEC4(-0.17456055, 0.019546509, 0.20532227, 0.013145447) * v0_5.x;
        h0_1 += HVEC4(0.12426758, -0.046691895, 0.08630371, -0.0072669983) * v0_5.y;
        h0_1 += HVEC4(-0.066711426, -0.2368164, 0.087402344, -0.115234375) * v0_5.z;
        h0_1 += HVEC4(0.15625, 0.1652832, -0.0039749146, 0.074523926) * v0_5.w;
        h0_2 += HVEC4(0.05545044, -0.05621338, -0.033935547, -0.007221222) * v0_4.x;
        h0_2 += HVEC4(-0.054107666, -0.052246094, -0.14172363, -0.018463135) * v0_4.y;
        h0_2 += HVEC4(0.055877686, 0.015556335, 0.19885254, 0.014312744) * v0_4.z;
        h0_2 += HVEC4(0.17883301, -0.049621582, -0.36499023, 0.41723633) * v0_4.w;
        h0_2 += HVEC4(0.116760254, -0.014183044, -0.052581787, 0.17358398) * v0_5.x;
        h0_2 += HVEC4(0.05883789, -0.08190918, -0.0496521, -0.066711426) * v0_5.y;
        h0_2 += HVEC4(-0.029922485, 0.038085938, -0.08166504, 0.005531311) * v0_5.z;
        h0_2 += HVEC4(0.02229309, 0.031143188, -0.027267456, 0.039367676) * v0_5.w;
        h0_3 += HVEC4(-0.23181152, 0.010978699, 0.043823242, -0.052947998) * v0_4.x;
        h0_3 += HVEC4(-0.06097412, -0.0501709, 0.07519531, 0.015686035) * v0_4.y;
        h0_3 += HVEC4(0.0904541, -0.023422241, -0.111206055, 0.14331055) * v0_4.z;
        h0_3 += HVEC4(-0.44433594, 0.5751953, 0.22143555, 0.95996094) * v0_4.w;
        h0_3 += HVEC4(-0.16931152, -0.09338379, 0.34301758, -0.12231445) * v0_5.x;
        h0_3 += HVEC4(-0.11999512, 0.03741455, -0.05493164, -0.0026340485) * v0_5.y;
        h0_3 += HVEC4(-0.32202148, 0.09539795, 0.06530762, 0.0028648376) * v0_5.z;
        h0_3 += HVEC4(-0.07702637, -0.099487305, 0.079711914, 0.10900879) * v0_5.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.06500244, 0.17126465, 0.087890625, 0.030090332) * v0_4.x;
        h0_0 += HVEC4(-0.19567871, -0.04425049, -0.3918457, -0.08874512) * v0_4.y;
        h0_0 += HVEC4(0.05911255, 0.21362305, 0.5864258, -0.1003418) * v0_4.z;
        h0_0 += HVEC4(-0.34423828, 0.28173828, -0.22937012, -0.026855469) * v0_4.w;
        h0_0 += HVEC4(-0.064208984, 0.44799805, -0.020721436, -0.049713135) * v0_5.x;
        h0_0 += HVEC4(0.0362854, 0.019943237, -0.025054932, 0.13000488) * v0_5.y;
        h0_0 += HVEC4(0.0069885254, 0.24108887, -0.14208984, 0.19995117) * v0_5.z;
        h0_0 += HVEC4(-0.03994751, -0.049682617, -0.44799805, 0.3395996) * v0_5.w;
        h0_1 += HVEC4(0.17089844, 0.08111572, 0.10632324, 0.03149414) * v0_4.x;
        h0_1 += HVEC4(-0.09576416, -0.21191406, 0.09399414, 0.12036133) * v0_4.y;
        h0_1 += HVEC4(0.2175293, 0.2944336, -0.097229004, 0.23583984) * v0_4.z;
        h0_1 += HVEC4(-0.28955078, -0.17651367, -0.16296387, 0.9458008) * v0_4.w;
        h0_1 += HVEC4(0.23803711, -0.0869751, -0.027359009, -0.6958008) * v0_5.x;
        h0_1 += HVEC4(-0.0211792, 0.14074707, 0.24072266, 0.12512207) * v0_5.y;
        h0_1 += HVEC4(-0.19824219, 0.18603516, 0.09667969, -0.18041992) * v0_5.z;
        h0_1 += HVEC4(-0.30493164, -0.10394287, -0.03036499, -0.15075684) * v0_5.w;
        h0_2 += HVEC4(-0.042114258, 0.14990234, -0.16552734, 0.027389526) * v0_4.x;
        h0_2 += HVEC4(-0.06713867, 0.09954834, -0.018966675, 0.06964111) * v0_4.y;
        h0_2 += HVEC4(0.17468262, -0.08605957, 0.2277832, -0.0040130615) * v0_4.z;
        h0_2 += HVEC4(-0.17138672, 0.24035645, -0.37646484, 0.09631348) * v0_4.w;
        h0_2 += HVEC4(0.08099365, -0.042877197, 0.14465332, 0.22167969) * v0_5.x;
        h0_2 += HVEC4(0.13000488, 0.043121338, -0.08831787, 0.09503174) * v0_5.y;
        h0_2 += HVEC4(-0.09527588, -0.26293945, 0.32250977, -0.17956543) * v0_5.z;
        h0_2 += HVEC4(-0.12670898, 0.15222168, 0.11608887, 0.12731934) * v0_5.w;
        h0_3 += HVEC4(-0.0013742447, 0.0892334, 0.021835327, -0.007297516) * v0_4.x;
        h0_3 += HVEC4(0.041900635, -0.14892578, 0.07867432, 0.03933716) * v0_4.y;
        h0_3 += HVEC4(0.05142212, -0.07336426, -0.07513428, -0.12658691) * v0_4.z;
        h0_3 += HVEC4(0.7626953, 0.42895508, -0.7167969, 0.60058594) * v0_4.w;
        h0_3 += HVEC4(-0.5024414, 0.1116333, 0.17944336, -0.0793457) * v0_5.x;
        h0_3 += HVEC4(-0.07128906, 0.28100586, -0.13122559, 0.06335449) * v0_5.y;
        h0_3 += HVEC4(-0.2421875, 0.21911621, -0.4970703, -0.15539551) * v0_5.z;
        h0_3 += HVEC4(-0.089782715, -0.27441406, 0.17419434, 0.071899414) * v0_5.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.017456055, -0.008010864, 0.24707031, -0.0093688965) * v0_4.x;
        h0_0 += HVEC4(-0.011505127, -0.09753418, -0.21691895, -0.14990234) * v0_4.y;
        h0_0 += HVEC4(0.01184845, 0.06890869, -0.0033740997, 0.075683594) * v0_4.z;
        h0_0 += HVEC4(-0.078430176, -0.5786133, 0.03994751, -0.5073242) * v0_4.w;
        h0_0 += HVEC4(0.07879639, -0.10571289, -0.06262207, -0.09979248) * v0_5.x;
        h0_0 += HVEC4(-0.037353516, 0.05407715, -0.31884766, 0.046081543) * v0_5.y;
        h0_0 += HVEC4(-0.1270752, 0.03463745, -0.19970703, 0.017608643) * v0_5.z;
        h0_0 += HVEC4(-0.023239136, -0.09832764, 0.05206299, -0.078430176) * v0_5.w;
        h0_1 += HVEC4(0.082092285, 0.15002441, 0.01399231, -0.01084137) * v0_4.x;
        h0_1 += HVEC4(-0.034698486, 0.021575928, -0.027954102, -0.14001465) * v0_4.y;
        h0_1 += HVEC4(-0.031921387, -0.0005660057, -0.021530151, 0.18859863) * v0_4.z;
        h0_1 += HVEC4(0.47631836, 0.1850586, 0.20288086, -0.44067383) * v0_4.w;
        h0_1 += HVEC4(0.10699463, 0.08312988, -0.0390625, -0.032043457) * v0_5.x;
        h0_1 += HVEC4(-0.02104187, -0.11450195, 0.15063477, -0.047576904) * v0_5.y;
        h0_1 += HVEC4(0.025161743, -0.048187256, 0.06390381, -0.025802612) * v0_5.z;
        h0_1 += HVEC4(-0.17370605, -0.03326416, 0.06311035, -0.11975098) * v0_5.w;
        h0_2 += HVEC4(-0.027114868, 0.029586792, 0.034118652, -0.019119263) * v0_4.x;
        h0_2 += HVEC4(-0.05038452, -0.093933105, 0.028167725, 0.049316406) * v0_4.y;
        h0_2 += HVEC4(-0.0074043274, -0.02507019, 0.054656982, 0.022140503) * v0_4.z;
        h0_2 += HVEC4(0.10992432, -0.109069824, 0.07318115, 0.008277893) * v0_4.w;
        h0_2 += HVEC4(-0.08648682, -0.11126709, -0.057159424, -0.018508911) * v0_5.x;
        h0_2 += HVEC4(-0.056365967, 0.03173828, 0.046173096, -0.13391113) * v0_5.y;
        h0_2 += HVEC4(-0.11657715, 0.010902405, 0.010314941, -0.19177246) * v0_5.z;
        h0_2 += HVEC4(0.07928467, 0.03652954, 0.041503906, -0.05593872) * v0_5.w;
        h0_3 += HVEC4(0.14477539, -0.011657715, -0.025268555, 0.031280518) * v0_4.x;
        h0_3 += HVEC4(-0.14099121, 0.009643555, 0.008552551, 0.00038170815) * v0_4.y;
        h0_3 += HVEC4(0.27368164, -0.042816162, 0.03857422, 0.068725586) * v0_4.z;
        h0_3 += HVEC4(-0.31176758, 0.10217285, 0.35668945, 0.47436523) * v0_4.w;
        h0_3 += HVEC4(-0.0044898987, 0.040802002, -0.10675049, -0.14746094) * v0_5.x;
        h0_3 += HVEC4(-0.08880615, 0.055786133, -0.116760254, 0.21179199) * v0_5.y;
        h0_3 += HVEC4(-0.19458008, 0.012611389, -0.5029297, 0.03250122) * v0_5.z;
        h0_3 += HVEC4(0.002811432, -0.13598633, -0.004245758, 0.10986328) * v0_5.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 34]);
        HVEC4 v0_5 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.026992798, 0.04336548, -0.028839111, -0.18322754) * v0_4.x;
        h0_0 += HVEC4(0.01927185, 0.00447464, 0.040252686, -0.0023899078) * v0_4.y;
        h0_0 += HVEC4(-0.032562256, 0.05429077, -0.051605225, 0.21704102) * v0_4.z;
        h0_0 += HVEC4(1.0263672, 1.6054688, -1.2119141, 2.2441406) * v0_4.w;
        h0_0 += HVEC4(-0.13513184, -0.7207031, 0.17529297, 0.39648438) * v0_5.x;
        h0_0 += HVEC4(0.018005371, 0.0071754456, 0.014282227, 0.25341797) * v0_5.y;
        h0_0 += HVEC4(0.039367676, 0.17419434, 0.07019043, 0.0925293) * v0_5.z;
        h0_0 += HVEC4(0.0035934448, 0.18371582, -0.16931152, -0.0904541) * v0_5.w;
        h0_1 += HVEC4(-0.012535095, 0.08544922, 0.1340332, -0.042022705) * v0_4.x;
        h0_1 += HVEC4(0.20422363, 0.13586426, -0.15332031, 0.14587402) * v0_4.y;
        h0_1 += HVEC4(-0.7636719, -0.014785767, 0.40283203, 0.06365967) * v0_4.z;
        h0_1 += HVEC4(1.1484375, -0.4580078, -0.9350586, -0.48999023) * v0_4.w;
        h0_1 += HVEC4(-0.49804688, -0.101745605, 0.026550293, 0.0009870529) * v0_5.x;
        h0_1 += HVEC4(0.13134766, 0.018814087, -0.00028443336, 0.1607666) * v0_5.y;
        h0_1 += HVEC4(0.13000488, -0.03414917, 0.04864502, -0.2565918) * v0_5.z;
        h0_1 += HVEC4(0.18713379, -0.023620605, 0.12060547, -0.022262573) * v0_5.w;
        h0_2 += HVEC4(0.10290527, -0.015945435, 0.044525146, -0.04510498) * v0_4.x;
        h0_2 += HVEC4(-0.24951172, -0.15270996, -0.12213135, -0.09802246) * v0_4.y;
        h0_2 += HVEC4(-0.12646484, 0.021865845, 0.10638428, 0.011665344) * v0_4.z;
        h0_2 += HVEC4(-0.47070312, -4.0039062, 1.3378906, 0.30297852) * v0_4.w;
        h0_2 += HVEC4(-0.1060791, -0.28833008, -0.3203125, 0.14660645) * v0_5.x;
        h0_2 += HVEC4(0.13330078, -0.09094238, 0.15539551, 0.05279541) * v0_5.y;
        h0_2 += HVEC4(0.054656982, 0.015792847, -0.0040740967, 0.0027198792) * v0_5.z;
        h0_2 += HVEC4(-0.061523438, 0.05267334, 0.0826416, 0.027297974) * v0_5.w;
        h0_3 += HVEC4(0.038879395, 0.050689697, 0.16955566, 0.16772461) * v0_4.x;
        h0_3 += HVEC4(-0.23950195, -0.1328125, 0.20861816, -0.044830322) * v0_4.y;
        h0_3 += HVEC4(0.15661621, 0.064697266, -0.15673828, -0.07080078) * v0_4.z;
        h0_3 += HVEC4(-0.85302734, -0.29858398, 0.12561035, 0.19543457) * v0_4.w;
        h0_3 += HVEC4(-0.018249512, 0.15783691, -0.21740723, 0.17370605) * v0_5.x;
        h0_3 += HVEC4(0.044891357, 0.045166016, 0.107177734, 0.15808105) * v0_5.y;
        h0_3 += HVEC4(-0.14624023, 0.11566162, -0.2388916, 0.10784912) * v0_5.z;
        h0_3 += HVEC4(-0.061553955, -0.09753418, 0.040222168, -0.022735596) * v0_5.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 35]);
        HVEC4 v0_5 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.31835938, 0.10229492, -0.041809082, 0.27807617) * v0_4.x;
        h0_0 += HVEC4(0.50439453, 0.30395508, -0.83496094, -0.17797852) * v0_4.y;
        h0_0 += HVEC4(0.40673828, -0.014190674, -0.34204102, -0.31591797) * v0_4.z;
        h0_0 += HVEC4(0.25317383, 0.39379883, -0.039154053, 1.4824219) * v0_4.w;
        h0_0 += HVEC4(0.09899902, 0.2939453, 0.36499023, -0.6323242) * v0_5.x;
        h0_0 += HVEC4(0.06488037, -0.055541992, 0.10369873, 0.0064964294) * v0_5.y;
        h0_0 += HVEC4(0.096191406, -0.18444824, -0.03881836, -0.37548828) * v0_5.z;
        h0_0 += HVEC4(0.06213379, -0.28515625, 0.04522705, -0.16882324) * v0_5.w;
        h0_1 += HVEC4(-0.3071289, 0.14990234, 0.27294922, 0.19750977) * v0_4.x;
        h0_1 += HVEC4(-0.015335083, 0.2355957, 0.3918457, 0.024520874) * v0_4.y;
        h0_1 += HVEC4(-0.18969727, 0.2692871, -0.36523438, 0.052124023) * v0_4.z;
        h0_1 += HVEC4(-0.070495605, -0.33520508, 0.4255371, -0.38500977) * v0_4.w;
        h0_1 += HVEC4(-0.0015735626, 0.13586426, -0.14941406, 0.35717773) * v0_5.x;
        h0_1 += HVEC4(-0.07611084, 0.072753906, 0.1854248, 0.002357483) * v0_5.y;
        h0_1 += HVEC4(-0.019958496, 0.10180664, -0.08569336, 0.01638794) * v0_5.z;
        h0_1 += HVEC4(-0.016189575, 0.34179688, 0.14013672, -0.0034675598) * v0_5.w;
        h0_2 += HVEC4(0.08874512, -0.1472168, -0.16210938, -0.0046424866) * v0_4.x;
        h0_2 += HVEC4(-0.203125, 0.31713867, 0.09033203, -0.010879517) * v0_4.y;
        h0_2 += HVEC4(0.013549805, -0.45361328, -0.16760254, -0.27416992) * v0_4.z;
        h0_2 += HVEC4(-0.54296875, 0.5908203, -0.67626953, 0.23742676) * v0_4.w;
        h0_2 += HVEC4(0.00730896, -0.17614746, 0.2878418, -0.9189453) * v0_5.x;
        h0_2 += HVEC4(0.21325684, 0.05142212, -0.057800293, -0.04006958) * v0_5.y;
        h0_2 += HVEC4(-0.28271484, 0.019897461, 0.23498535, -0.4033203) * v0_5.z;
        h0_2 += HVEC4(-0.32055664, -0.029067993, 0.7348633, -0.19689941) * v0_5.w;
        h0_3 += HVEC4(-0.0095825195, 0.01878357, -0.083862305, 0.34545898) * v0_4.x;
        h0_3 += HVEC4(0.19042969, 0.09197998, -0.049621582, 0.20690918) * v0_4.y;
        h0_3 += HVEC4(-0.28979492, 0.16040039, -0.07495117, -0.2788086) * v0_4.z;
        h0_3 += HVEC4(0.17810059, 0.11199951, -0.45214844, -0.37109375) * v0_4.w;
        h0_3 += HVEC4(0.034576416, 0.08465576, -0.19543457, -0.14453125) * v0_5.x;
        h0_3 += HVEC4(0.16223145, 0.08337402, -0.0012874603, 0.10821533) * v0_5.y;
        h0_3 += HVEC4(-0.036590576, 0.20202637, -1.0498047, -0.22631836) * v0_5.z;
        h0_3 += HVEC4(-0.2565918, -0.46142578, 0.10723877, -0.17480469) * v0_5.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.015182495, 0.011512756, -0.17700195, -0.083740234) * v0_4.x;
        h0_0 += HVEC4(0.021911621, 0.18774414, -0.1751709, -0.07055664) * v0_4.y;
        h0_0 += HVEC4(-0.00472641, 0.32250977, -0.23864746, 0.32055664) * v0_4.z;
        h0_0 += HVEC4(0.022384644, -0.7553711, -0.6791992, -0.34204102) * v0_4.w;
        h0_0 += HVEC4(-0.033203125, -0.107543945, 0.11303711, -0.07757568) * v0_5.x;
        h0_0 += HVEC4(-0.070251465, 0.14758301, 0.14318848, 0.16479492) * v0_5.y;
        h0_0 += HVEC4(0.0044670105, -0.17944336, 0.31445312, 0.23535156) * v0_5.z;
        h0_0 += HVEC4(0.010650635, 0.13391113, -0.2626953, 0.1508789) * v0_5.w;
        h0_1 += HVEC4(0.07141113, -0.057006836, 0.012634277, -0.13049316) * v0_4.x;
        h0_1 += HVEC4(0.09655762, 0.1574707, 0.037139893, -0.19104004) * v0_4.y;
        h0_1 += HVEC4(-0.22460938, -0.3996582, -0.101501465, -0.2836914) * v0_4.z;
        h0_1 += HVEC4(0.07537842, 0.2319336, -0.024810791, -0.5058594) * v0_4.w;
        h0_1 += HVEC4(0.060516357, -0.0048294067, 0.044525146, 0.025909424) * v0_5.x;
        h0_1 += HVEC4(-0.06335449, 0.0071868896, 0.07672119, 0.1328125) * v0_5.y;
        h0_1 += HVEC4(0.03201294, 0.10522461, -0.024047852, -0.1060791) * v0_5.z;
        h0_1 += HVEC4(-0.12939453, 0.08654785, 0.0234375, -0.052703857) * v0_5.w;
        h0_2 += HVEC4(0.07348633, -0.00447464, -0.0088272095, 0.07019043) * v0_4.x;
        h0_2 += HVEC4(-0.29614258, -0.114746094, 0.20715332, -0.121398926) * v0_4.y;
        h0_2 += HVEC4(0.074157715, 0.110961914, 0.15563965, 0.6357422) * v0_4.z;
        h0_2 += HVEC4(-0.18151855, -0.062072754, -0.07019043, -0.050079346) * v0_4.w;
        h0_2 += HVEC4(-0.10467529, -0.11645508, 0.011245728, -0.29296875) * v0_5.x;
        h0_2 += HVEC4(0.061157227, 0.11584473, 0.08703613, -0.033691406) * v0_5.y;
        h0_2 += HVEC4(-0.12768555, 0.022277832, 0.025512695, -0.17419434) * v0_5.z;
        h0_2 += HVEC4(-0.17236328, 0.14770508, 0.2770996, 0.10736084) * v0_5.w;
        h0_3 += HVEC4(-0.14746094, 0.0011291504, 0.1595459, 0.35009766) * v0_4.x;
        h0_3 += HVEC4(0.026428223, -0.034301758, 0.11413574, -0.23620605) * v0_4.y;
        h0_3 += HVEC4(-0.030349731, 0.101257324, 0.33911133, -0.2401123) * v0_4.z;
        h0_3 += HVEC4(-0.081726074, -0.17736816, 0.1315918, 0.098083496) * v0_4.w;
        h0_3 += HVEC4(-0.02482605, 0.076660156, -0.26220703, -0.029846191) * v0_5.x;
        h0_3 += HVEC4(0.12915039, 0.08605957, -0.080322266, 0.27026367) * v0_5.y;
        h0_3 += HVEC4(-0.10369873, 0.0002644062, -0.7729492, 0.099609375) * v0_5.z;
        h0_3 += HVEC4(0.04095459, -0.023452759, 0.16455078, 0.19506836) * v0_5.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 68]);
        HVEC4 v0_5 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.020736694, 0.22143555, 0.038513184, -0.0040626526) * v0_4.x;
        h0_0 += HVEC4(0.023788452, 0.051208496, -0.0129852295, 0.5410156) * v0_4.y;
        h0_0 += HVEC4(-0.03375244, 0.20397949, 0.039398193, 0.06829834) * v0_4.z;
        h0_0 += HVEC4(0.22460938, 0.2902832, 0.5019531, 0.37231445) * v0_4.w;
        h0_0 += HVEC4(-0.017715454, -0.06982422, 0.02168274, 0.01864624) * v0_5.x;
        h0_0 += HVEC4(0.06060791, 0.11645508, 0.08654785, 0.033843994) * v0_5.y;
        h0_0 += HVEC4(0.015899658, 0.029418945, -0.025054932, 0.08111572) * v0_5.z;
        h0_0 += HVEC4(-0.009521484, 0.06738281, -0.049316406, -0.051330566) * v0_5.w;
        h0_1 += HVEC4(0.25927734, 0.020217896, -0.0051116943, 0.15563965) * v0_4.x;
        h0_1 += HVEC4(-0.041381836, 0.0748291, -0.4309082, -0.2734375) * v0_4.y;
        h0_1 += HVEC4(-0.13061523, 0.066589355, 0.122924805, 0.10168457) * v0_4.z;
        h0_1 += HVEC4(-0.23303223, 0.15686035, 1.2841797, 0.6772461) * v0_4.w;
        h0_1 += HVEC4(0.21960449, -0.14294434, -0.002773285, -0.43603516) * v0_5.x;
        h0_1 += HVEC4(0.067871094, 0.12927246, -0.004840851, -0.0015592575) * v0_5.y;
        h0_1 += HVEC4(0.09057617, -0.044799805, -0.19348145, -0.122924805) * v0_5.z;
        h0_1 += HVEC4(0.111572266, 0.099365234, 0.026641846, -0.13806152) * v0_5.w;
        h0_2 += HVEC4(0.09503174, 0.008293152, -0.015579224, 0.06274414) * v0_4.x;
        h0_2 += HVEC4(-0.11206055, -0.18615723, 0.28198242, -0.007171631) * v0_4.y;
        h0_2 += HVEC4(0.19702148, 0.0541687, 0.21179199, 0.12054443) * v0_4.z;
        h0_2 += HVEC4(-0.22180176, -0.061676025, 0.39160156, 0.296875) * v0_4.w;
        h0_2 += HVEC4(0.08691406, 0.08355713, -0.1274414, 0.097351074) * v0_5.x;
        h0_2 += HVEC4(0.12573242, -0.058746338, 0.14074707, -0.0033397675) * v0_5.y;
        h0_2 += HVEC4(-0.010826111, 0.070617676, -0.066223145, -0.079956055) * v0_5.z;
        h0_2 += HVEC4(-0.11779785, 0.018447876, -0.07110596, 0.11450195) * v0_5.w;
        h0_3 += HVEC4(0.12402344, -0.0289917, 0.08868408, 0.4597168) * v0_4.x;
        h0_3 += HVEC4(-0.32495117, -0.026565552, 0.35009766, 0.03692627) * v0_4.y;
        h0_3 += HVEC4(0.030166626, -0.023269653, 0.026779175, -0.2529297) * v0_4.z;
        h0_3 += HVEC4(0.94677734, 0.0025959015, 0.044189453, 1.1328125) * v0_4.w;
        h0_3 += HVEC4(-0.082458496, 0.15014648, -0.036102295, 0.16174316) * v0_5.x;
        h0_3 += HVEC4(0.017974854, -0.10064697, 0.09039307, 0.041625977) * v0_5.y;
        h0_3 += HVEC4(-0.058288574, -0.049346924, 0.05014038, -0.013076782) * v0_5.z;
        h0_3 += HVEC4(-0.12432861, -0.054351807, 0.032226562, -0.066589355) * v0_5.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 69]);
        HVEC4 v0_5 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.056884766, -0.06756592, -0.013885498, -0.37548828) * v0_4.x;
        h0_0 += HVEC4(0.039520264, -0.28979492, 0.23291016, 0.40283203) * v0_4.y;
        h0_0 += HVEC4(-0.021133423, 0.009933472, -0.06335449, 0.04788208) * v0_4.z;
        h0_0 += HVEC4(-0.07952881, -0.6352539, 0.8613281, 0.19677734) * v0_4.w;
        h0_0 += HVEC4(0.07623291, 0.1529541, -0.051086426, -0.22875977) * v0_5.x;
        h0_0 += HVEC4(0.0496521, 0.114990234, 0.1005249, 0.16052246) * v0_5.y;
        h0_0 += HVEC4(-0.055725098, 0.057128906, -0.03488159, -0.105041504) * v0_5.z;
        h0_0 += HVEC4(-0.06726074, 0.30493164, 0.111206055, 0.33032227) * v0_5.w;
        h0_1 += HVEC4(-0.06994629, -0.27490234, 0.19506836, 0.19824219) * v0_4.x;
        h0_1 += HVEC4(0.14672852, 0.04296875, -0.55810547, -0.2734375) * v0_4.y;
        h0_1 += HVEC4(0.2454834, 0.084228516, 0.21984863, -0.064575195) * v0_4.z;
        h0_1 += HVEC4(-0.24572754, -0.17773438, -0.4633789, -0.15307617) * v0_4.w;
        h0_1 += HVEC4(-0.03111267, -0.23156738, -0.15063477, 0.08404541) * v0_5.x;
        h0_1 += HVEC4(0.039001465, 0.0004618168, 0.06402588, -0.046203613) * v0_5.y;
        h0_1 += HVEC4(0.093688965, 0.01335907, -0.11828613, -0.09375) * v0_5.z;
        h0_1 += HVEC4(-0.06274414, -0.2241211, -0.19580078, 0.04534912) * v0_5.w;
        h0_2 += HVEC4(-0.09613037, 0.36938477, -0.40527344, -0.073791504) * v0_4.x;
        h0_2 += HVEC4(0.07043457, -0.34301758, -0.8598633, 0.16442871) * v0_4.y;
        h0_2 += HVEC4(0.1027832, 0.31274414, 0.15759277, -0.3486328) * v0_4.z;
        h0_2 += HVEC4(0.038635254, 0.9326172, -0.23828125, 0.34716797) * v0_4.w;
        h0_2 += HVEC4(-0.46826172, 0.08477783, -0.003917694, 0.13781738) * v0_5.x;
        h0_2 += HVEC4(0.0143966675, 0.0029697418, 0.09838867, -0.02923584) * v0_5.y;
        h0_2 += HVEC4(-0.090026855, 0.0524292, 0.08758545, -0.1809082) * v0_5.z;
        h0_2 += HVEC4(-0.06500244, 0.28515625, -0.07330322, -0.041778564) * v0_5.w;
        h0_3 += HVEC4(0.10046387, -0.076660156, -0.012626648, 0.022857666) * v0_4.x;
        h0_3 += HVEC4(-0.29125977, -0.5595703, -0.40161133, -1.375) * v0_4.y;
        h0_3 += HVEC4(0.009468079, -0.14294434, 0.0725708, 0.21740723) * v0_4.z;
        h0_3 += HVEC4(-0.42089844, 0.113220215, -0.35864258, -0.57910156) * v0_4.w;
        h0_3 += HVEC4(0.32666016, 0.028579712, 0.5805664, -0.22180176) * v0_5.x;
        h0_3 += HVEC4(0.023086548, -0.13586426, -0.002565384, 0.067871094) * v0_5.y;
        h0_3 += HVEC4(-0.057159424, -0.024597168, -0.24963379, 0.26391602) * v0_5.z;
        h0_3 += HVEC4(-0.023330688, -0.1928711, 0.11981201, 0.42041016) * v0_5.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 70]);
        HVEC4 v0_5 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.09716797, -0.022232056, 0.11773682, -0.024337769) * v0_4.x;
        h0_0 += HVEC4(0.06317139, -0.026168823, 0.0758667, 0.033233643) * v0_4.y;
        h0_0 += HVEC4(0.036315918, -0.13977051, 0.17504883, 0.32299805) * v0_4.z;
        h0_0 += HVEC4(0.091552734, -0.4658203, 0.22277832, -0.30932617) * v0_4.w;
        h0_0 += HVEC4(-0.036010742, -0.05392456, 0.015235901, -0.05596924) * v0_5.x;
        h0_0 += HVEC4(-0.038604736, 0.07836914, 0.09674072, -0.0418396) * v0_5.y;
        h0_0 += HVEC4(0.0056381226, -0.060272217, -0.13439941, 0.034698486) * v0_5.z;
        h0_0 += HVEC4(-0.045959473, -0.043121338, 0.025161743, 0.13842773) * v0_5.w;
        h0_1 += HVEC4(0.008605957, 0.014480591, 0.11608887, -0.09509277) * v0_4.x;
        h0_1 += HVEC4(-0.10620117, 0.05517578, -0.16674805, -0.02798462) * v0_4.y;
        h0_1 += HVEC4(-0.03656006, 0.10974121, 0.0022220612, 0.1038208) * v0_4.z;
        h0_1 += HVEC4(0.09039307, 0.16491699, 0.11224365, -0.19165039) * v0_4.w;
        h0_1 += HVEC4(-0.023040771, -0.014541626, -0.038208008, -0.15478516) * v0_5.x;
        h0_1 += HVEC4(-0.013305664, 0.020858765, 0.05758667, 0.02142334) * v0_5.y;
        h0_1 += HVEC4(-0.046936035, -0.047607422, 0.06378174, 0.062316895) * v0_5.z;
        h0_1 += HVEC4(-0.06317139, 0.073913574, -0.0029239655, -0.10559082) * v0_5.w;
        h0_2 += HVEC4(-0.08325195, 0.097961426, -0.076416016, -0.1262207) * v0_4.x;
        h0_2 += HVEC4(0.025161743, 0.030929565, -0.31030273, 0.25219727) * v0_4.y;
        h0_2 += HVEC4(-0.21252441, 0.075683594, 0.15673828, 0.040374756) * v0_4.z;
        h0_2 += HVEC4(0.17858887, 0.32104492, 0.43066406, 0.37695312) * v0_4.w;
        h0_2 += HVEC4(-0.14208984, -0.073913574, -0.03265381, -0.091674805) * v0_5.x;
        h0_2 += HVEC4(-0.0040512085, 0.0015058517, 0.07849121, 0.05670166) * v0_5.y;
        h0_2 += HVEC4(-0.0129470825, -0.0055618286, 0.035125732, -0.21569824) * v0_5.z;
        h0_2 += HVEC4(-0.038635254, 0.10223389, 0.0007419586, 0.0017461777) * v0_5.w;
        h0_3 += HVEC4(-0.3022461, 0.10095215, -0.018051147, 0.3359375) * v0_4.x;
        h0_3 += HVEC4(0.054016113, 0.0063209534, 0.30517578, 0.70214844) * v0_4.y;
        h0_3 += HVEC4(0.10809326, 0.017196655, 0.0073165894, 0.01158905) * v0_4.z;
        h0_3 += HVEC4(-0.064819336, 0.1595459, -0.14245605, 0.58984375) * v0_4.w;
        h0_3 += HVEC4(-0.041259766, 0.0041923523, -0.08795166, 0.043640137) * v0_5.x;
        h0_3 += HVEC4(0.0077934265, 0.027694702, -0.034454346, 0.19604492) * v0_5.y;
        h0_3 += HVEC4(-0.018096924, 0.033355713, -0.3491211, -0.07702637) * v0_5.z;
        h0_3 += HVEC4(-0.0635376, 0.036590576, -0.028198242, 0.04385376) * v0_5.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n2_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n2_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 6..7.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.013725281, 0.012802124, -0.023742676, 0.08428955) * v0_6.x;
        h0_0 += HVEC4(-0.03387451, 0.004371643, -0.11798096, -0.7285156) * v0_6.y;
        h0_0 += HVEC4(0.05050659, 0.19970703, 0.10668945, -0.43188477) * v0_6.z;
        h0_0 += HVEC4(0.019515991, 0.08862305, 0.048614502, 0.16064453) * v0_6.w;
        h0_0 += HVEC4(-0.07702637, 0.14660645, -0.15917969, -0.2199707) * v0_7.x;
        h0_0 += HVEC4(-0.014205933, -0.021713257, -0.0892334, -0.012001038) * v0_7.y;
        h0_0 += HVEC4(0.044708252, -0.026824951, 0.15600586, -0.022506714) * v0_7.z;
        h0_0 += HVEC4(0.006916046, -0.19885254, 0.2121582, 0.17944336) * v0_7.w;
        h0_1 += HVEC4(0.11505127, 0.029251099, -0.042755127, 0.05255127) * v0_6.x;
        h0_1 += HVEC4(0.041778564, -1.3466797, 0.1685791, -0.21972656) * v0_6.y;
        h0_1 += HVEC4(-0.009613037, -0.6176758, 0.18127441, 0.09588623) * v0_6.z;
        h0_1 += HVEC4(0.033294678, 0.005443573, 0.017822266, -0.12841797) * v0_6.w;
        h0_1 += HVEC4(0.28320312, -0.28564453, -0.65966797, -0.011550903) * v0_7.x;
        h0_1 += HVEC4(0.13586426, -0.12042236, -0.009780884, -0.18945312) * v0_7.y;
        h0_1 += HVEC4(-0.0018177032, 0.011405945, -0.053527832, 0.24658203) * v0_7.z;
        h0_1 += HVEC4(-0.08709717, -0.21594238, 0.3635254, 0.021606445) * v0_7.w;
        h0_2 += HVEC4(0.09484863, -0.028167725, 0.12768555, 0.039123535) * v0_6.x;
        h0_2 += HVEC4(-0.002292633, 0.032470703, 0.02722168, -0.12121582) * v0_6.y;
        h0_2 += HVEC4(-0.111083984, -0.13500977, -0.024734497, 0.026626587) * v0_6.z;
        h0_2 += HVEC4(0.051483154, -0.0018053055, 0.005886078, 0.04058838) * v0_6.w;
        h0_2 += HVEC4(0.038391113, 0.087768555, 0.06365967, 0.049072266) * v0_7.x;
        h0_2 += HVEC4(-0.0030269623, 0.038909912, -0.0047912598, -0.020187378) * v0_7.y;
        h0_2 += HVEC4(0.02003479, -0.023223877, 0.0056495667, 0.029388428) * v0_7.z;
        h0_2 += HVEC4(-0.045532227, 0.06237793, 0.1060791, -0.038635254) * v0_7.w;
        h0_3 += HVEC4(0.10235596, -0.0060768127, 0.05001831, 0.11602783) * v0_6.x;
        h0_3 += HVEC4(-0.09008789, 0.12731934, 0.037963867, 0.08868408) * v0_6.y;
        h0_3 += HVEC4(-0.14941406, -0.021102905, -0.03289795, 0.047180176) * v0_6.z;
        h0_3 += HVEC4(-0.16821289, 0.056854248, -0.020492554, 0.029922485) * v0_6.w;
        h0_3 += HVEC4(0.27807617, 0.04058838, -0.03414917, 0.05593872) * v0_7.x;
        h0_3 += HVEC4(-0.203125, 0.0892334, 0.027389526, -0.014297485) * v0_7.y;
        h0_3 += HVEC4(0.14660645, -0.042297363, 0.02659607, -0.002243042) * v0_7.z;
        h0_3 += HVEC4(0.036376953, 0.1239624, 0.095825195, 0.11456299) * v0_7.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.013671875, 0.027526855, -0.14257812, 0.084106445) * v0_6.x;
        h0_0 += HVEC4(-0.08569336, -0.03756714, -0.14819336, -0.57714844) * v0_6.y;
        h0_0 += HVEC4(-0.08734131, 0.17956543, 0.026260376, -0.56933594) * v0_6.z;
        h0_0 += HVEC4(0.01637268, 0.026351929, -0.052581787, -0.015586853) * v0_6.w;
        h0_0 += HVEC4(-0.2709961, -1.8291016, -0.28027344, -0.052825928) * v0_7.x;
        h0_0 += HVEC4(-0.00093126297, 0.070251465, 0.13671875, 0.09918213) * v0_7.y;
        h0_0 += HVEC4(-0.0014190674, -0.076049805, 0.0020618439, -0.04827881) * v0_7.z;
        h0_0 += HVEC4(-0.18017578, -0.12200928, 0.3552246, 0.35327148) * v0_7.w;
        h0_1 += HVEC4(-0.039916992, 0.035583496, 0.06591797, -0.00856781) * v0_6.x;
        h0_1 += HVEC4(0.05895996, -0.7553711, 0.3713379, -0.087524414) * v0_6.y;
        h0_1 += HVEC4(0.0031318665, 0.078430176, 0.026657104, -0.004589081) * v0_6.z;
        h0_1 += HVEC4(0.03829956, 0.25732422, 0.10424805, -0.33032227) * v0_6.w;
        h0_1 += HVEC4(-0.25317383, -0.49023438, 0.21240234, 0.20532227) * v0_7.x;
        h0_1 += HVEC4(-0.02255249, -0.1451416, -0.011199951, -0.33081055) * v0_7.y;
        h0_1 += HVEC4(-0.048950195, -0.21520996, -0.041137695, 0.38110352) * v0_7.z;
        h0_1 += HVEC4(0.09539795, -0.060760498, -0.17553711, 0.19555664) * v0_7.w;
        h0_2 += HVEC4(-0.05709839, -0.015159607, 0.07531738, -0.03274536) * v0_6.x;
        h0_2 += HVEC4(-0.15075684, 0.13378906, 0.1875, 0.056243896) * v0_6.y;
        h0_2 += HVEC4(-0.07141113, -0.021514893, -0.31518555, -0.05517578) * v0_6.z;
        h0_2 += HVEC4(0.018920898, 0.03100586, 0.07525635, 0.013664246) * v0_6.w;
        h0_2 += HVEC4(-0.13635254, 0.09265137, -2.3027344, 0.014160156) * v0_7.x;
        h0_2 += HVEC4(-0.039916992, 0.0158844, -0.060668945, -0.042633057) * v0_7.y;
        h0_2 += HVEC4(-0.030319214, 0.009017944, 0.059753418, 0.021194458) * v0_7.z;
        h0_2 += HVEC4(0.111328125, -0.13269043, 0.20397949, 0.14123535) * v0_7.w;
        h0_3 += HVEC4(0.056793213, 0.030090332, 0.0927124, 0.14526367) * v0_6.x;
        h0_3 += HVEC4(-0.1328125, -0.022903442, 0.1517334, 0.28173828) * v0_6.y;
        h0_3 += HVEC4(0.25195312, 0.15039062, 0.22143555, 0.009803772) * v0_6.z;
        h0_3 += HVEC4(-0.20300293, 0.031097412, 0.010787964, 0.026306152) * v0_6.w;
        h0_3 += HVEC4(0.43359375, -0.7265625, 0.17907715, -0.34033203) * v0_7.x;
        h0_3 += HVEC4(-0.32739258, 0.06555176, 0.05355835, 0.05255127) * v0_7.y;
        h0_3 += HVEC4(0.15319824, -0.035217285, -0.043426514, -0.056243896) * v0_7.z;
        h0_3 += HVEC4(0.07885742, 0.17199707, -0.07067871, -0.2331543) * v0_7.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.032073975, 0.112854004, -0.04953003, 0.12915039) * v0_6.x;
        h0_0 += HVEC4(-0.12927246, -0.016036987, -0.03945923, -0.40820312) * v0_6.y;
        h0_0 += HVEC4(0.05142212, 0.06976318, 0.23510742, -0.3605957) * v0_6.z;
        h0_0 += HVEC4(0.03677368, -0.018310547, 0.15429688, 0.008262634) * v0_6.w;
        h0_0 += HVEC4(-0.26904297, -0.28393555, 0.10876465, -0.09674072) * v0_7.x;
        h0_0 += HVEC4(0.03378296, 0.080322266, 0.08526611, 0.06945801) * v0_7.y;
        h0_0 += HVEC4(0.0030212402, -0.012763977, 0.049743652, -0.046173096) * v0_7.z;
        h0_0 += HVEC4(-0.062927246, 0.20117188, 0.20947266, -0.26904297) * v0_7.w;
        h0_1 += HVEC4(-0.091796875, -0.05496216, 0.16638184, -0.0692749) * v0_6.x;
        h0_1 += HVEC4(0.19799805, -0.13928223, 0.05923462, 0.24279785) * v0_6.y;
        h0_1 += HVEC4(0.13476562, -0.05758667, 0.04034424, -0.20861816) * v0_6.z;
        h0_1 += HVEC4(0.03277588, 0.024917603, -0.02468872, -0.30151367) * v0_6.w;
        h0_1 += HVEC4(0.101867676, 0.09643555, -0.16540527, -0.10827637) * v0_7.x;
        h0_1 += HVEC4(0.022537231, -0.099975586, -0.012809753, -0.44726562) * v0_7.y;
        h0_1 += HVEC4(0.06463623, 0.017303467, -0.031143188, 0.31054688) * v0_7.z;
        h0_1 += HVEC4(0.13647461, 0.10308838, -0.11834717, 0.1809082) * v0_7.w;
        h0_2 += HVEC4(-0.03164673, 0.06298828, 0.032562256, 0.013824463) * v0_6.x;
        h0_2 += HVEC4(-0.09197998, -0.0284729, 0.21435547, -0.10534668) * v0_6.y;
        h0_2 += HVEC4(-0.042633057, 0.009010315, 0.058044434, 0.12261963) * v0_6.z;
        h0_2 += HVEC4(0.13964844, 0.038482666, 0.02998352, 0.020339966) * v0_6.w;
        h0_2 += HVEC4(0.15441895, -0.002117157, -0.22229004, -0.2130127) * v0_7.x;
        h0_2 += HVEC4(-0.06628418, -0.018005371, 0.08746338, 0.15759277) * v0_7.y;
        h0_2 += HVEC4(0.036743164, -0.037200928, 0.015792847, 0.05770874) * v0_7.z;
        h0_2 += HVEC4(0.10394287, -0.12646484, 0.12225342, 0.15002441) * v0_7.w;
        h0_3 += HVEC4(0.0154953, 0.06732178, 0.08227539, 0.08935547) * v0_6.x;
        h0_3 += HVEC4(0.07336426, -0.10345459, 0.070739746, -0.030838013) * v0_6.y;
        h0_3 += HVEC4(-0.14257812, 0.10064697, 0.06188965, -0.04827881) * v0_6.z;
        h0_3 += HVEC4(-0.15075684, 0.01940918, 0.03866577, 0.060913086) * v0_6.w;
        h0_3 += HVEC4(-0.010772705, -0.10784912, -0.06726074, 0.0947876) * v0_7.x;
        h0_3 += HVEC4(-0.047943115, -0.037628174, 0.080322266, -0.026748657) * v0_7.y;
        h0_3 += HVEC4(0.09515381, -0.046142578, -0.046142578, -0.022888184) * v0_7.z;
        h0_3 += HVEC4(-0.2109375, -0.026031494, 0.013633728, -0.04800415) * v0_7.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 34]);
        HVEC4 v0_7 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.01637268, -0.0070648193, 0.12194824, 0.06750488) * v0_6.x;
        h0_0 += HVEC4(-0.12298584, 0.05984497, -0.028121948, -0.38110352) * v0_6.y;
        h0_0 += HVEC4(0.09509277, -0.2331543, -0.121398926, -0.01889038) * v0_6.z;
        h0_0 += HVEC4(0.020492554, 0.093322754, -0.07574463, -0.03967285) * v0_6.w;
        h0_0 += HVEC4(-0.056884766, 0.11810303, 0.005748749, -0.47851562) * v0_7.x;
        h0_0 += HVEC4(0.028305054, 0.05630493, 0.097595215, 0.03878784) * v0_7.y;
        h0_0 += HVEC4(-0.050628662, -0.014167786, -0.022781372, 0.04031372) * v0_7.z;
        h0_0 += HVEC4(0.10681152, -0.065979004, 0.08874512, 0.1697998) * v0_7.w;
        h0_1 += HVEC4(-0.04550171, 0.074523926, 0.044799805, 0.13452148) * v0_6.x;
        h0_1 += HVEC4(-0.11956787, -0.34155273, -0.47875977, 0.1583252) * v0_6.y;
        h0_1 += HVEC4(-0.2175293, 0.118652344, 0.04171753, -0.08691406) * v0_6.z;
        h0_1 += HVEC4(0.09875488, 0.06842041, 0.121154785, -0.1842041) * v0_6.w;
        h0_1 += HVEC4(0.10272217, -0.080566406, -0.30371094, 0.048736572) * v0_7.x;
        h0_1 += HVEC4(0.08972168, -0.12597656, -0.03744507, -0.2355957) * v0_7.y;
        h0_1 += HVEC4(-0.06555176, 0.056518555, 0.08306885, 0.26831055) * v0_7.z;
        h0_1 += HVEC4(-0.18725586, 0.08312988, 0.30664062, 0.1315918) * v0_7.w;
        h0_2 += HVEC4(0.08483887, -0.055725098, 0.076660156, 0.07287598) * v0_6.x;
        h0_2 += HVEC4(-0.038604736, -0.013320923, -0.22912598, -0.09741211) * v0_6.y;
        h0_2 += HVEC4(-0.005001068, 0.061187744, -0.21484375, 0.030303955) * v0_6.z;
        h0_2 += HVEC4(0.041015625, -0.002632141, 0.01612854, -0.06304932) * v0_6.w;
        h0_2 += HVEC4(0.13012695, -0.029067993, -0.21911621, 0.10296631) * v0_7.x;
        h0_2 += HVEC4(-0.021774292, 0.024139404, 0.0074882507, 0.0647583) * v0_7.y;
        h0_2 += HVEC4(-0.030288696, -0.066589355, 0.06774902, 0.0284729) * v0_7.z;
        h0_2 += HVEC4(0.14208984, -0.007183075, 0.06311035, 0.06781006) * v0_7.w;
        h0_3 += HVEC4(3.504753e-05, 0.028686523, -0.04724121, 0.058441162) * v0_6.x;
        h0_3 += HVEC4(0.08514404, -0.099365234, -0.07635498, 0.077941895) * v0_6.y;
        h0_3 += HVEC4(-0.0064315796, -0.0059127808, -0.02633667, 0.13952637) * v0_6.z;
        h0_3 += HVEC4(-0.20751953, -0.027023315, -0.050445557, 0.030853271) * v0_6.w;
        h0_3 += HVEC4(0.087768555, 0.051727295, -0.09454346, 0.093933105) * v0_7.x;
        h0_3 += HVEC4(-0.3190918, 0.11071777, -0.092163086, -0.049102783) * v0_7.y;
        h0_3 += HVEC4(0.22485352, -0.04837036, 0.09576416, -0.005935669) * v0_7.z;
        h0_3 += HVEC4(0.10784912, 0.0871582, 0.05557251, 0.027832031) * v0_7.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 35]);
        HVEC4 v0_7 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.06524658, 0.111572266, -0.13146973, -0.076538086) * v0_6.x;
        h0_0 += HVEC4(0.22387695, 0.051818848, -0.13146973, -0.7602539) * v0_6.y;
        h0_0 += HVEC4(0.22473145, 0.08459473, -0.0093688965, 2.2402344) * v0_6.z;
        h0_0 += HVEC4(0.047607422, 0.072753906, -0.12249756, -0.51953125) * v0_6.w;
        h0_0 += HVEC4(-0.030181885, -0.28637695, -0.29858398, -0.39648438) * v0_7.x;
        h0_0 += HVEC4(-0.031677246, 0.016296387, -0.080566406, -0.1239624) * v0_7.y;
        h0_0 += HVEC4(0.017471313, -0.04626465, 0.030822754, -0.060302734) * v0_7.z;
        h0_0 += HVEC4(0.03326416, -0.105407715, 0.23962402, -0.0062217712) * v0_7.w;
        h0_1 += HVEC4(0.15356445, -0.14416504, 0.06109619, 0.2512207) * v0_6.x;
        h0_1 += HVEC4(-0.15100098, -0.112976074, 0.28881836, 0.24975586) * v0_6.y;
        h0_1 += HVEC4(0.090026855, 0.29125977, -0.47802734, -0.28588867) * v0_6.z;
        h0_1 += HVEC4(-0.06112671, -0.22277832, -0.020935059, -0.32592773) * v0_6.w;
        h0_1 += HVEC4(-0.1809082, -0.34594727, 0.48901367, 0.28759766) * v0_7.x;
        h0_1 += HVEC4(0.12512207, 0.27685547, -0.07897949, -0.32299805) * v0_7.y;
        h0_1 += HVEC4(-0.04776001, 0.10858154, 0.005344391, 0.16296387) * v0_7.z;
        h0_1 += HVEC4(0.044921875, -0.11151123, 0.11376953, -0.12310791) * v0_7.w;
        h0_2 += HVEC4(-0.008239746, -0.05935669, 0.10870361, -0.05923462) * v0_6.x;
        h0_2 += HVEC4(0.08721924, 0.1607666, 0.009712219, 0.075805664) * v0_6.y;
        h0_2 += HVEC4(-0.19238281, -0.5102539, 0.26391602, -0.11871338) * v0_6.z;
        h0_2 += HVEC4(0.055511475, -0.03189087, 0.07489014, 0.034240723) * v0_6.w;
        h0_2 += HVEC4(-0.6425781, 0.40063477, -0.6923828, 0.053131104) * v0_7.x;
        h0_2 += HVEC4(0.36767578, -0.044281006, 0.1204834, -0.076293945) * v0_7.y;
        h0_2 += HVEC4(-0.018859863, 0.015136719, 0.079589844, 0.07293701) * v0_7.z;
        h0_2 += HVEC4(0.16662598, -0.24108887, 0.1940918, 0.07318115) * v0_7.w;
        h0_3 += HVEC4(0.16394043, 0.11010742, -0.072631836, 0.14904785) * v0_6.x;
        h0_3 += HVEC4(0.1159668, 0.004169464, 0.03463745, 0.043945312) * v0_6.y;
        h0_3 += HVEC4(-0.1048584, 0.012496948, -0.028671265, -0.3010254) * v0_6.z;
        h0_3 += HVEC4(-0.38110352, -0.048187256, -0.1315918, -0.016204834) * v0_6.w;
        h0_3 += HVEC4(0.40966797, -0.11663818, 0.4309082, -1.2480469) * v0_7.x;
        h0_3 += HVEC4(-0.57421875, 0.014976501, -0.19494629, 0.11627197) * v0_7.y;
        h0_3 += HVEC4(0.1048584, 0.0018119812, 0.10333252, -0.08459473) * v0_7.z;
        h0_3 += HVEC4(-0.09802246, 0.09588623, -0.08117676, 0.14709473) * v0_7.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.0107803345, 0.20471191, 0.028030396, 0.08843994) * v0_6.x;
        h0_0 += HVEC4(-0.022903442, 0.0135269165, -0.07775879, -0.53466797) * v0_6.y;
        h0_0 += HVEC4(0.02330017, -0.0713501, -0.049224854, -0.5234375) * v0_6.z;
        h0_0 += HVEC4(0.05014038, 0.036590576, -0.02128601, -0.10858154) * v0_6.w;
        h0_0 += HVEC4(-0.08355713, 0.018859863, -0.015342712, -0.25512695) * v0_7.x;
        h0_0 += HVEC4(0.081604004, 0.07891846, -0.1776123, 0.1315918) * v0_7.y;
        h0_0 += HVEC4(-0.0004234314, -0.062683105, 0.100097656, -0.13378906) * v0_7.z;
        h0_0 += HVEC4(0.08288574, -0.07434082, 0.06719971, -0.1640625) * v0_7.w;
        h0_1 += HVEC4(-0.04638672, 0.018966675, 0.020339966, 0.11999512) * v0_6.x;
        h0_1 += HVEC4(0.16870117, -0.039276123, 0.00074338913, -0.10272217) * v0_6.y;
        h0_1 += HVEC4(0.050323486, -0.054016113, -0.060058594, 0.46704102) * v0_6.z;
        h0_1 += HVEC4(-0.068237305, -0.0848999, -0.012519836, -0.41137695) * v0_6.w;
        h0_1 += HVEC4(0.031463623, 0.08001709, -0.052124023, -0.09588623) * v0_7.x;
        h0_1 += HVEC4(-0.05117798, 0.1149292, 0.13439941, -0.49731445) * v0_7.y;
        h0_1 += HVEC4(0.012039185, -0.011680603, 0.009773254, 0.2199707) * v0_7.z;
        h0_1 += HVEC4(-0.11456299, 0.1138916, 0.028839111, 0.057678223) * v0_7.w;
        h0_2 += HVEC4(0.034057617, 0.11022949, 0.05831909, 0.13696289) * v0_6.x;
        h0_2 += HVEC4(0.030471802, -0.05407715, 0.17504883, 0.1862793) * v0_6.y;
        h0_2 += HVEC4(-0.025146484, 0.1430664, -0.018249512, 0.11602783) * v0_6.z;
        h0_2 += HVEC4(0.025939941, -0.010925293, -0.011024475, -0.060424805) * v0_6.w;
        h0_2 += HVEC4(0.14880371, -0.08666992, -0.005783081, -0.19750977) * v0_7.x;
        h0_2 += HVEC4(0.13293457, 0.03765869, -0.10992432, 0.027679443) * v0_7.y;
        h0_2 += HVEC4(0.019699097, -0.0692749, 0.061035156, 0.0046043396) * v0_7.z;
        h0_2 += HVEC4(0.28759766, -0.16638184, 0.14575195, 0.21923828) * v0_7.w;
        h0_3 += HVEC4(0.07489014, 0.043792725, -0.060913086, 0.13293457) * v0_6.x;
        h0_3 += HVEC4(-0.06530762, 0.037017822, 0.1953125, 0.23510742) * v0_6.y;
        h0_3 += HVEC4(0.1973877, -0.15466309, -0.19055176, -0.1574707) * v0_6.z;
        h0_3 += HVEC4(-0.34399414, -0.01940918, -0.03463745, -0.050720215) * v0_6.w;
        h0_3 += HVEC4(-0.37719727, -0.1315918, -0.08709717, -0.28515625) * v0_7.x;
        h0_3 += HVEC4(-0.42358398, 0.05783081, -0.10845947, 0.14501953) * v0_7.y;
        h0_3 += HVEC4(0.10986328, -0.039886475, -0.052703857, -0.03289795) * v0_7.z;
        h0_3 += HVEC4(-0.12109375, -0.074523926, 0.17883301, 0.12121582) * v0_7.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 68]);
        HVEC4 v0_7 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.040802002, 0.06298828, 0.011734009, 0.07775879) * v0_6.x;
        h0_0 += HVEC4(-0.024749756, -0.042419434, -0.1899414, -0.62939453) * v0_6.y;
        h0_0 += HVEC4(0.03137207, -0.022460938, -0.1171875, -0.27270508) * v0_6.z;
        h0_0 += HVEC4(1.3947487e-05, 0.04119873, -0.07165527, 0.05609131) * v0_6.w;
        h0_0 += HVEC4(-0.027359009, -0.026870728, 0.06329346, -0.11621094) * v0_7.x;
        h0_0 += HVEC4(0.015525818, 0.103881836, 0.034973145, -0.07891846) * v0_7.y;
        h0_0 += HVEC4(0.0050086975, -0.08581543, 0.050567627, -0.020950317) * v0_7.z;
        h0_0 += HVEC4(-0.008621216, 0.047424316, 0.06536865, -0.07550049) * v0_7.w;
        h0_1 += HVEC4(0.013969421, -0.013305664, -0.17590332, 0.09649658) * v0_6.x;
        h0_1 += HVEC4(-0.18701172, -0.06365967, -0.14196777, 0.101257324) * v0_6.y;
        h0_1 += HVEC4(0.08917236, -0.17175293, -0.3046875, 0.09716797) * v0_6.z;
        h0_1 += HVEC4(0.049224854, -0.0022945404, 0.16027832, -0.16992188) * v0_6.w;
        h0_1 += HVEC4(0.041748047, 0.033813477, 0.030090332, -0.06097412) * v0_7.x;
        h0_1 += HVEC4(-0.016860962, 0.020004272, -0.07537842, -0.103881836) * v0_7.y;
        h0_1 += HVEC4(-0.117126465, 0.015472412, 0.0006213188, 0.21130371) * v0_7.z;
        h0_1 += HVEC4(0.012641907, -0.05041504, -0.028167725, -0.09259033) * v0_7.w;
        h0_2 += HVEC4(0.12286377, -0.03805542, 0.11871338, 0.036834717) * v0_6.x;
        h0_2 += HVEC4(-0.11236572, -0.13708496, -0.23132324, -0.018081665) * v0_6.y;
        h0_2 += HVEC4(-0.08441162, 0.055023193, 0.08984375, 0.015541077) * v0_6.z;
        h0_2 += HVEC4(0.09033203, -0.03616333, -0.03012085, 0.022598267) * v0_6.w;
        h0_2 += HVEC4(0.11303711, -0.070007324, 0.0041618347, -0.025619507) * v0_7.x;
        h0_2 += HVEC4(0.03842163, 0.010612488, 0.051086426, -0.014701843) * v0_7.y;
        h0_2 += HVEC4(0.07281494, -0.05407715, 0.0602417, 0.025680542) * v0_7.z;
        h0_2 += HVEC4(0.055664062, -0.0317688, -0.033294678, 0.039276123) * v0_7.w;
        h0_3 += HVEC4(0.13122559, 0.034423828, 0.07086182, 0.18200684) * v0_6.x;
        h0_3 += HVEC4(0.1385498, 0.036224365, -0.15600586, 0.14379883) * v0_6.y;
        h0_3 += HVEC4(0.022094727, -0.050109863, 0.112854004, -0.13098145) * v0_6.z;
        h0_3 += HVEC4(-0.13464355, 0.013595581, 0.015434265, 0.0010843277) * v0_6.w;
        h0_3 += HVEC4(-0.059692383, 0.0014009476, 0.05404663, 0.03753662) * v0_7.x;
        h0_3 += HVEC4(-0.10961914, 0.03475952, -0.052856445, 0.031463623) * v0_7.y;
        h0_3 += HVEC4(0.1772461, 0.0023841858, 0.020614624, -0.10015869) * v0_7.z;
        h0_3 += HVEC4(-0.036956787, 0.08648682, 0.039489746, 0.07879639) * v0_7.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 69]);
        HVEC4 v0_7 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.03765869, -0.011566162, 0.1817627, -0.1430664) * v0_6.x;
        h0_0 += HVEC4(-0.06665039, 0.08428955, 0.3178711, -0.86621094) * v0_6.y;
        h0_0 += HVEC4(-0.14038086, -0.009796143, -0.0703125, -0.37060547) * v0_6.z;
        h0_0 += HVEC4(0.062408447, -0.008010864, -0.003458023, -0.024276733) * v0_6.w;
        h0_0 += HVEC4(0.053375244, -0.024520874, -0.12866211, -0.0871582) * v0_7.x;
        h0_0 += HVEC4(0.016571045, 0.07220459, 0.07299805, -0.04168701) * v0_7.y;
        h0_0 += HVEC4(-0.017578125, -0.10406494, 0.03213501, 0.055267334) * v0_7.z;
        h0_0 += HVEC4(-0.0040245056, -0.18078613, 0.01928711, -0.008796692) * v0_7.w;
        h0_1 += HVEC4(-0.025360107, 0.038848877, 0.026611328, -0.02986145) * v0_6.x;
        h0_1 += HVEC4(0.015594482, -0.019165039, -0.14257812, 0.01689148) * v0_6.y;
        h0_1 += HVEC4(-0.10217285, 0.036865234, 0.1652832, -0.2668457) * v0_6.z;
        h0_1 += HVEC4(0.038604736, 0.083984375, -0.04434204, -0.16247559) * v0_6.w;
        h0_1 += HVEC4(0.03567505, 0.062316895, -0.0115356445, 0.052886963) * v0_7.x;
        h0_1 += HVEC4(0.023208618, 0.15539551, 0.0017337799, -0.06732178) * v0_7.y;
        h0_1 += HVEC4(-0.025177002, 0.0058288574, 0.07550049, 0.23596191) * v0_7.z;
        h0_1 += HVEC4(0.08782959, -0.032348633, 0.11364746, -0.066589355) * v0_7.w;
        h0_2 += HVEC4(0.27148438, -0.06713867, 0.097961426, 0.07019043) * v0_6.x;
        h0_2 += HVEC4(0.060028076, -0.00207901, -0.019180298, 0.11279297) * v0_6.y;
        h0_2 += HVEC4(-0.10522461, 0.16064453, -0.29248047, -0.2397461) * v0_6.z;
        h0_2 += HVEC4(0.044006348, 0.0033683777, -0.072631836, -0.09069824) * v0_6.w;
        h0_2 += HVEC4(-0.13586426, -0.15563965, 0.03540039, 0.022644043) * v0_7.x;
        h0_2 += HVEC4(0.101867676, -0.031051636, -0.05633545, -0.0054244995) * v0_7.y;
        h0_2 += HVEC4(-0.093444824, 0.05935669, 0.0024662018, 0.072265625) * v0_7.z;
        h0_2 += HVEC4(0.13977051, 0.005142212, -0.0067634583, 0.06262207) * v0_7.w;
        h0_3 += HVEC4(0.08148193, 0.0020217896, -0.074645996, 0.1274414) * v0_6.x;
        h0_3 += HVEC4(-0.046905518, 0.011672974, 0.09710693, -0.12683105) * v0_6.y;
        h0_3 += HVEC4(0.11102295, -0.27734375, -0.29663086, -0.43310547) * v0_6.z;
        h0_3 += HVEC4(-0.40771484, -0.014839172, -0.08605957, 0.07495117) * v0_6.w;
        h0_3 += HVEC4(0.0044784546, -0.16333008, 0.0713501, -0.6660156) * v0_7.x;
        h0_3 += HVEC4(-0.10253906, 0.045898438, -0.046020508, 0.23364258) * v0_7.y;
        h0_3 += HVEC4(0.16308594, -0.051727295, 0.00034284592, 0.08502197) * v0_7.z;
        h0_3 += HVEC4(-0.057647705, 0.21350098, 0.115600586, 0.44262695) * v0_7.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 70]);
        HVEC4 v0_7 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.05630493, 0.09075928, 0.3347168, 0.11743164) * v0_6.x;
        h0_0 += HVEC4(0.06036377, -0.12988281, 0.08947754, -0.31274414) * v0_6.y;
        h0_0 += HVEC4(0.065979004, 0.0027122498, 0.21740723, -0.24365234) * v0_6.z;
        h0_0 += HVEC4(0.020095825, 0.0423584, -0.12683105, -0.035217285) * v0_6.w;
        h0_0 += HVEC4(-0.02003479, -0.011161804, -0.037200928, -0.1574707) * v0_7.x;
        h0_0 += HVEC4(-0.026153564, -0.0032920837, -0.083984375, -0.024429321) * v0_7.y;
        h0_0 += HVEC4(-0.025924683, -0.0020065308, 0.08843994, 0.0065078735) * v0_7.z;
        h0_0 += HVEC4(0.042755127, -0.05419922, 0.0012817383, -0.06384277) * v0_7.w;
        h0_1 += HVEC4(-0.07495117, 0.058044434, 0.026565552, 0.15002441) * v0_6.x;
        h0_1 += HVEC4(-0.005908966, 0.053466797, -0.034362793, -0.24731445) * v0_6.y;
        h0_1 += HVEC4(-0.12164307, -0.034484863, 0.09777832, 0.1508789) * v0_6.z;
        h0_1 += HVEC4(0.05770874, 0.04815674, 0.05606079, -0.23583984) * v0_6.w;
        h0_1 += HVEC4(0.04510498, -0.00969696, -0.027114868, 0.05581665) * v0_7.x;
        h0_1 += HVEC4(0.04949951, 0.0104599, 0.05734253, -0.052093506) * v0_7.y;
        h0_1 += HVEC4(-0.05291748, -0.02305603, -0.03152466, 0.16430664) * v0_7.z;
        h0_1 += HVEC4(-0.04043579, 0.059265137, -0.0051193237, -0.0048828125) * v0_7.w;
        h0_2 += HVEC4(0.073791504, 0.050445557, 0.027191162, 0.08355713) * v0_6.x;
        h0_2 += HVEC4(0.44873047, -0.19238281, -0.0357666, -0.08453369) * v0_6.y;
        h0_2 += HVEC4(0.16760254, 0.32348633, -0.062194824, 0.19702148) * v0_6.z;
        h0_2 += HVEC4(0.05657959, 0.01600647, -0.10021973, -0.09716797) * v0_6.w;
        h0_2 += HVEC4(-0.045715332, -0.04949951, -0.08251953, -0.072021484) * v0_7.x;
        h0_2 += HVEC4(0.15881348, 0.07684326, 0.027130127, 0.022155762) * v0_7.y;
        h0_2 += HVEC4(0.07489014, -0.06640625, -0.023284912, 0.027755737) * v0_7.z;
        h0_2 += HVEC4(0.0814209, -0.0552063, -0.10449219, 0.029693604) * v0_7.w;
        h0_3 += HVEC4(0.09484863, 0.035614014, -0.0053215027, 0.18225098) * v0_6.x;
        h0_3 += HVEC4(-0.23986816, 0.094055176, -0.06921387, -0.10131836) * v0_6.y;
        h0_3 += HVEC4(0.11175537, 0.07366943, -0.010421753, -0.0725708) * v0_6.z;
        h0_3 += HVEC4(-0.33154297, 0.0692749, -0.07495117, 0.054382324) * v0_6.w;
        h0_3 += HVEC4(0.0109939575, 0.030258179, -0.027069092, -0.060272217) * v0_7.x;
        h0_3 += HVEC4(-0.039855957, 0.04058838, 0.04159546, 0.11730957) * v0_7.y;
        h0_3 += HVEC4(0.1060791, -0.023254395, 0.012138367, -0.012321472) * v0_7.z;
        h0_3 += HVEC4(0.07745361, -0.017044067, -0.022750854, 0.30444336) * v0_7.w;
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

//!DESC ArtCNN_C4F32 compute conv2d_2 part 1
//!HOOK LUMA
//!BIND ArtCNN_C4F32_L1
//!SAVE ArtCNN_C4F32_L2p1
//!COMPONENTS 4
//!WIDTH HOOKED.w 2 *
//!HEIGHT HOOKED.h 2 *
//!WHEN OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *
//!COMPUTE 64 16 32 8

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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[680];

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
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
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

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 0), 0);
    vec4 n0_0_1 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 0), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 0), 0);
    vec4 n0_1_1 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.08001709, 0.10015869, -0.14025879, -0.03527832) * v0_0.x;
        h0_0 += HVEC4(0.020584106, -0.039886475, -0.17114258, -0.060699463) * v0_0.y;
        h0_0 += HVEC4(-0.05670166, -0.06903076, -0.027191162, -0.1538086) * v0_0.z;
        h0_0 += HVEC4(-0.062072754, -0.14990234, 0.028747559, -0.111694336) * v0_0.w;
        h0_0 += HVEC4(0.047851562, 0.15148926, -0.0793457, -0.051330566) * v0_1.x;
        h0_0 += HVEC4(-0.0463562, 0.07562256, 0.08526611, -0.13635254) * v0_1.y;
        h0_0 += HVEC4(-0.03314209, 0.070739746, 0.12658691, 0.15124512) * v0_1.z;
        h0_0 += HVEC4(0.1809082, -0.02973938, 0.08319092, 0.2208252) * v0_1.w;
        h0_1 += HVEC4(-0.14245605, -0.09259033, -0.1541748, -0.31176758) * v0_0.x;
        h0_1 += HVEC4(0.05670166, 0.048095703, 0.060699463, -0.24023438) * v0_0.y;
        h0_1 += HVEC4(0.004940033, 0.057037354, 0.089904785, -0.082458496) * v0_0.z;
        h0_1 += HVEC4(0.13000488, -0.04864502, 0.0181427, 0.2142334) * v0_0.w;
        h0_1 += HVEC4(-0.0871582, 0.04989624, 0.004814148, -0.0690918) * v0_1.x;
        h0_1 += HVEC4(-0.0118255615, -0.02998352, -0.016326904, -0.07696533) * v0_1.y;
        h0_1 += HVEC4(0.08758545, 0.080200195, -0.029708862, -0.010871887) * v0_1.z;
        h0_1 += HVEC4(-0.048553467, -0.055419922, -0.011680603, 0.01586914) * v0_1.w;
        h0_2 += HVEC4(-0.05633545, 0.13244629, 0.086242676, -0.09893799) * v0_0.x;
        h0_2 += HVEC4(0.009780884, -0.007972717, -0.026412964, 0.006866455) * v0_0.y;
        h0_2 += HVEC4(-0.007106781, 0.16906738, 0.09564209, -0.14660645) * v0_0.z;
        h0_2 += HVEC4(0.0869751, 0.061920166, -0.06524658, -0.014801025) * v0_0.w;
        h0_2 += HVEC4(0.10321045, 0.18798828, 0.05432129, 0.019683838) * v0_1.x;
        h0_2 += HVEC4(-0.0101623535, 0.1665039, 0.02168274, -0.016021729) * v0_1.y;
        h0_2 += HVEC4(-0.08105469, -0.30029297, 0.0014305115, 0.021072388) * v0_1.z;
        h0_2 += HVEC4(0.15588379, -0.6899414, 0.1340332, 0.047332764) * v0_1.w;
        h0_3 += HVEC4(-0.10406494, 0.27929688, 0.3154297, -0.02571106) * v0_0.x;
        h0_3 += HVEC4(-0.0031833649, -0.09490967, 0.020492554, -0.014160156) * v0_0.y;
        h0_3 += HVEC4(0.043273926, -0.12060547, -0.12213135, 0.009262085) * v0_0.z;
        h0_3 += HVEC4(-0.02923584, 0.044403076, 0.15795898, 0.027633667) * v0_0.w;
        h0_3 += HVEC4(-0.013046265, 0.10101318, 0.45458984, -0.02154541) * v0_1.x;
        h0_3 += HVEC4(-0.004371643, 0.0413208, -0.015533447, 0.03186035) * v0_1.y;
        h0_3 += HVEC4(-0.064331055, -0.17382812, -0.13122559, 0.0014772415) * v0_1.z;
        h0_3 += HVEC4(0.057800293, 0.10876465, 0.21374512, -0.004722595) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.37036133, -0.08319092, 0.1574707, -0.18615723) * v0_0.x;
        h0_0 += HVEC4(0.109802246, -0.036010742, -0.13183594, 0.042388916) * v0_0.y;
        h0_0 += HVEC4(0.27441406, 0.16601562, 0.08648682, -0.1574707) * v0_0.z;
        h0_0 += HVEC4(-0.081848145, 0.040161133, -0.24584961, -0.41967773) * v0_0.w;
        h0_0 += HVEC4(-0.023620605, 0.17492676, 0.006351471, -0.04727173) * v0_1.x;
        h0_0 += HVEC4(-0.0012273788, 0.22766113, 0.0021572113, 0.14050293) * v0_1.y;
        h0_0 += HVEC4(-0.019546509, 0.019805908, -0.08190918, 0.023544312) * v0_1.z;
        h0_0 += HVEC4(0.32470703, -0.05126953, 0.3125, 0.33935547) * v0_1.w;
        h0_1 += HVEC4(-0.1640625, -0.13012695, -0.043121338, -0.039978027) * v0_0.x;
        h0_1 += HVEC4(-0.025466919, 0.06390381, 0.09625244, -0.13830566) * v0_0.y;
        h0_1 += HVEC4(0.15429688, 0.06933594, -0.09173584, 0.090026855) * v0_0.z;
        h0_1 += HVEC4(0.35327148, -0.09295654, 0.115234375, -0.023086548) * v0_0.w;
        h0_1 += HVEC4(-0.10760498, -0.06060791, 0.009246826, 0.15124512) * v0_1.x;
        h0_1 += HVEC4(0.09136963, -0.020385742, -0.093322754, 0.087646484) * v0_1.y;
        h0_1 += HVEC4(-0.009231567, 0.08807373, -0.13720703, -0.17175293) * v0_1.z;
        h0_1 += HVEC4(-0.009101868, 0.48486328, 0.11785889, -0.3305664) * v0_1.w;
        h0_2 += HVEC4(-0.24902344, 0.12963867, -2.234375, 0.04638672) * v0_0.x;
        h0_2 += HVEC4(0.19494629, -0.09906006, 0.09307861, 0.2076416) * v0_0.y;
        h0_2 += HVEC4(0.057281494, 0.037353516, -0.3737793, 0.08325195) * v0_0.z;
        h0_2 += HVEC4(-0.038513184, -0.40966797, -0.045776367, 0.0579834) * v0_0.w;
        h0_2 += HVEC4(0.06530762, -0.027328491, 0.046325684, -0.011512756) * v0_1.x;
        h0_2 += HVEC4(-0.015563965, 0.2277832, 0.056915283, -0.0074005127) * v0_1.y;
        h0_2 += HVEC4(-0.114746094, 0.08483887, 0.042938232, 0.03717041) * v0_1.z;
        h0_2 += HVEC4(0.0670166, -0.48583984, -1.1503906, 0.051696777) * v0_1.w;
        h0_3 += HVEC4(0.13964844, -0.49902344, -0.45874023, -0.054504395) * v0_0.x;
        h0_3 += HVEC4(0.10595703, 0.008987427, 0.09692383, 0.05178833) * v0_0.y;
        h0_3 += HVEC4(-0.045898438, 0.19812012, -0.0035572052, 0.020736694) * v0_0.z;
        h0_3 += HVEC4(-0.18334961, 0.3161621, -0.17236328, -0.029754639) * v0_0.w;
        h0_3 += HVEC4(0.08532715, 0.05606079, 0.22998047, 0.054016113) * v0_1.x;
        h0_3 += HVEC4(0.045532227, 0.02279663, 0.124694824, 0.0063591003) * v0_1.y;
        h0_3 += HVEC4(0.056732178, 0.026626587, -0.33374023, 0.01852417) * v0_1.z;
        h0_3 += HVEC4(-0.13183594, -0.19006348, 0.3635254, 0.0034065247) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.1027832, 0.28198242, -0.19567871, -0.10510254) * v0_0.x;
        h0_0 += HVEC4(0.119262695, 0.11456299, -0.04675293, -0.13024902) * v0_0.y;
        h0_0 += HVEC4(-0.09741211, -0.19006348, -0.0947876, -0.10809326) * v0_0.z;
        h0_0 += HVEC4(0.0067749023, 0.0028152466, 0.027816772, 0.0022716522) * v0_0.w;
        h0_0 += HVEC4(-0.029083252, -0.08666992, 0.018722534, 0.014915466) * v0_1.x;
        h0_0 += HVEC4(0.19226074, -0.044708252, 0.16967773, -0.06781006) * v0_1.y;
        h0_0 += HVEC4(-0.0029582977, 0.31274414, 0.11413574, 0.14343262) * v0_1.z;
        h0_0 += HVEC4(-0.005744934, -0.10998535, -0.00051784515, 0.06604004) * v0_1.w;
        h0_1 += HVEC4(-0.025314331, -0.26904297, -0.074157715, 0.18286133) * v0_0.x;
        h0_1 += HVEC4(0.012191772, -0.041107178, 0.052825928, 0.114990234) * v0_0.y;
        h0_1 += HVEC4(0.085876465, -0.17333984, -0.07342529, 0.09442139) * v0_0.z;
        h0_1 += HVEC4(0.067993164, 0.02281189, 0.010292053, 0.13500977) * v0_0.w;
        h0_1 += HVEC4(-0.005622864, 0.03024292, 0.009933472, 0.29638672) * v0_1.x;
        h0_1 += HVEC4(0.008232117, 0.054138184, 0.0635376, -0.011238098) * v0_1.y;
        h0_1 += HVEC4(0.021499634, 0.06304932, 0.024108887, 0.0009255409) * v0_1.z;
        h0_1 += HVEC4(-0.092163086, 0.0029640198, -0.05392456, -0.2319336) * v0_1.w;
        h0_2 += HVEC4(0.06652832, 0.03753662, 0.23657227, -0.0056114197) * v0_0.x;
        h0_2 += HVEC4(0.091674805, -0.2055664, 0.0044898987, -0.05316162) * v0_0.y;
        h0_2 += HVEC4(0.032043457, 0.06903076, 0.052886963, -0.014465332) * v0_0.z;
        h0_2 += HVEC4(-0.048736572, -0.18566895, -0.017837524, 0.07678223) * v0_0.w;
        h0_2 += HVEC4(0.059661865, 0.0010385513, -0.019699097, -0.019439697) * v0_1.x;
        h0_2 += HVEC4(0.0014801025, -0.40454102, -0.023132324, -0.0066070557) * v0_1.y;
        h0_2 += HVEC4(-0.043914795, 0.22070312, -0.034118652, 0.0025424957) * v0_1.z;
        h0_2 += HVEC4(0.03543091, 0.024505615, 0.09686279, -0.014984131) * v0_1.w;
        h0_3 += HVEC4(0.035247803, -0.47680664, -0.14331055, 0.028839111) * v0_0.x;
        h0_3 += HVEC4(0.18566895, -0.10986328, 0.13574219, -0.050689697) * v0_0.y;
        h0_3 += HVEC4(0.20214844, -0.16357422, -0.13220215, 0.019378662) * v0_0.z;
        h0_3 += HVEC4(-0.18530273, 0.11114502, 0.10089111, 0.015731812) * v0_0.w;
        h0_3 += HVEC4(-0.014930725, -0.035827637, -0.0067100525, -0.059265137) * v0_1.x;
        h0_3 += HVEC4(-0.08721924, -0.32983398, -0.007736206, -0.016098022) * v0_1.y;
        h0_3 += HVEC4(-0.010665894, -0.11419678, -0.21936035, 0.0748291) * v0_1.z;
        h0_3 += HVEC4(0.074157715, -0.06939697, 0.2421875, -0.0017414093) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 34]);
        HVEC4 v0_1 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.042999268, 0.14477539, -0.21777344, -0.123291016) * v0_0.x;
        h0_0 += HVEC4(0.0960083, -0.05340576, -0.13598633, -0.04699707) * v0_0.y;
        h0_0 += HVEC4(0.11395264, -0.22253418, -0.29052734, -0.123168945) * v0_0.z;
        h0_0 += HVEC4(0.18457031, 0.28100586, 0.12512207, 0.13586426) * v0_0.w;
        h0_0 += HVEC4(0.25439453, 0.17712402, 0.28295898, 0.36816406) * v0_1.x;
        h0_0 += HVEC4(0.009841919, 0.032318115, -0.061584473, -0.044677734) * v0_1.y;
        h0_0 += HVEC4(0.083740234, -0.2368164, -0.14147949, -0.14489746) * v0_1.z;
        h0_0 += HVEC4(0.18225098, -0.024276733, 0.060638428, 0.14819336) * v0_1.w;
        h0_1 += HVEC4(0.11456299, 0.18835449, -0.019683838, 0.044036865) * v0_0.x;
        h0_1 += HVEC4(0.17370605, 0.105529785, 0.18249512, 0.026290894) * v0_0.y;
        h0_1 += HVEC4(-0.17370605, 0.010940552, -0.006702423, -0.08404541) * v0_0.z;
        h0_1 += HVEC4(-0.07269287, -0.07849121, 0.20300293, 0.020263672) * v0_0.w;
        h0_1 += HVEC4(0.17077637, 0.020965576, 0.13830566, 0.53515625) * v0_1.x;
        h0_1 += HVEC4(-0.0076789856, -0.05831909, -0.11846924, -0.09423828) * v0_1.y;
        h0_1 += HVEC4(-0.08532715, 0.10272217, -0.04699707, -0.15258789) * v0_1.z;
        h0_1 += HVEC4(0.078063965, 0.105529785, 0.023971558, -0.19140625) * v0_1.w;
        h0_2 += HVEC4(0.011909485, 0.30908203, 0.111206055, -0.028213501) * v0_0.x;
        h0_2 += HVEC4(0.1104126, -0.21105957, -0.052856445, 0.14343262) * v0_0.y;
        h0_2 += HVEC4(0.21704102, -0.047821045, -0.22924805, 0.11529541) * v0_0.z;
        h0_2 += HVEC4(-0.07623291, -0.38916016, -0.021362305, -0.117004395) * v0_0.w;
        h0_2 += HVEC4(-0.010421753, 0.03375244, -0.53759766, 0.22045898) * v0_1.x;
        h0_2 += HVEC4(0.034729004, -0.006252289, 0.08917236, 0.11657715) * v0_1.y;
        h0_2 += HVEC4(-0.04510498, -0.20263672, 0.011787415, -0.07318115) * v0_1.z;
        h0_2 += HVEC4(-0.2541504, -1.5361328, -0.37695312, 0.057373047) * v0_1.w;
        h0_3 += HVEC4(0.0078125, -0.19824219, 0.24645996, 0.038024902) * v0_0.x;
        h0_3 += HVEC4(-0.03286743, -0.1182251, -0.11230469, -0.03149414) * v0_0.y;
        h0_3 += HVEC4(0.056396484, -0.1239624, -0.1965332, 0.04006958) * v0_0.z;
        h0_3 += HVEC4(-0.0058937073, 0.14465332, -0.057373047, -0.062194824) * v0_0.w;
        h0_3 += HVEC4(-0.062683105, -0.076416016, -0.29711914, -0.05328369) * v0_1.x;
        h0_3 += HVEC4(0.040374756, 0.010299683, 0.003648758, -0.008605957) * v0_1.y;
        h0_3 += HVEC4(-0.05984497, 0.06732178, -0.04925537, -0.025558472) * v0_1.z;
        h0_3 += HVEC4(-0.0904541, -0.024871826, 0.26635742, 0.022415161) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 35]);
        HVEC4 v0_1 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.4716797, -0.23803711, -0.2319336, 0.4741211) * v0_0.x;
        h0_0 += HVEC4(0.56933594, -0.40185547, 0.17150879, 0.49145508) * v0_0.y;
        h0_0 += HVEC4(-0.30859375, -0.3876953, -0.107177734, -0.23828125) * v0_0.z;
        h0_0 += HVEC4(0.02986145, 0.25, -0.05255127, -0.05770874) * v0_0.w;
        h0_0 += HVEC4(0.09399414, 0.27026367, -0.13903809, 0.16662598) * v0_1.x;
        h0_0 += HVEC4(0.0023956299, 0.00868988, -0.111206055, 0.19824219) * v0_1.y;
        h0_0 += HVEC4(-0.08679199, 0.002368927, 0.11669922, -0.28686523) * v0_1.z;
        h0_0 += HVEC4(0.11566162, -0.2763672, 0.13452148, 0.029724121) * v0_1.w;
        h0_1 += HVEC4(0.08093262, 0.32470703, 0.08770752, 0.06085205) * v0_0.x;
        h0_1 += HVEC4(0.06732178, 0.115478516, 0.43359375, 0.4790039) * v0_0.y;
        h0_1 += HVEC4(0.11425781, -0.23742676, -0.0970459, -0.04876709) * v0_0.z;
        h0_1 += HVEC4(0.15197754, -0.2631836, -0.26513672, -0.3125) * v0_0.w;
        h0_1 += HVEC4(-0.006263733, 0.09552002, -0.059936523, 0.113098145) * v0_1.x;
        h0_1 += HVEC4(0.0993042, 0.080566406, 0.19006348, 0.15014648) * v0_1.y;
        h0_1 += HVEC4(-0.10650635, 0.06677246, -0.21508789, 0.0017127991) * v0_1.z;
        h0_1 += HVEC4(0.07318115, 0.099731445, 0.14477539, -0.63134766) * v0_1.w;
        h0_2 += HVEC4(0.17224121, 0.07244873, 0.41186523, 0.011146545) * v0_0.x;
        h0_2 += HVEC4(-0.09106445, -0.9057617, -1.4414062, 0.4958496) * v0_0.y;
        h0_2 += HVEC4(0.06225586, -0.4338379, 0.35424805, -0.27734375) * v0_0.z;
        h0_2 += HVEC4(-0.015777588, 0.078308105, 0.51123047, -0.017410278) * v0_0.w;
        h0_2 += HVEC4(-0.02507019, -0.016448975, -0.09313965, -0.1184082) * v0_1.x;
        h0_2 += HVEC4(0.12841797, 0.084472656, -0.3076172, -0.19519043) * v0_1.y;
        h0_2 += HVEC4(-0.06726074, -0.109191895, 0.024215698, 0.117004395) * v0_1.z;
        h0_2 += HVEC4(-0.0034217834, 0.24072266, -0.27246094, -0.114746094) * v0_1.w;
        h0_3 += HVEC4(-0.06744385, 0.07446289, -0.058288574, -0.0018863678) * v0_0.x;
        h0_3 += HVEC4(0.010643005, 0.23632812, -0.04336548, 0.11218262) * v0_0.y;
        h0_3 += HVEC4(-0.0025081635, 0.0011262894, 0.03375244, -0.04611206) * v0_0.z;
        h0_3 += HVEC4(0.3569336, -0.31347656, -0.23510742, 0.0032138824) * v0_0.w;
        h0_3 += HVEC4(0.15319824, -0.1763916, -0.47070312, 0.09710693) * v0_1.x;
        h0_3 += HVEC4(0.0018787384, 0.38208008, -0.06793213, -0.033569336) * v0_1.y;
        h0_3 += HVEC4(-0.02482605, -0.0234375, -0.2602539, -0.11364746) * v0_1.z;
        h0_3 += HVEC4(-0.013473511, -0.25073242, 0.53466797, 0.14782715) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.12902832, 0.120910645, 0.1574707, 0.17456055) * v0_0.x;
        h0_0 += HVEC4(0.16992188, -0.105895996, 0.41137695, 0.22009277) * v0_0.y;
        h0_0 += HVEC4(-0.1394043, -0.0013818741, 0.10345459, -0.12042236) * v0_0.z;
        h0_0 += HVEC4(0.2536621, 0.09442139, -0.056427002, -0.10949707) * v0_0.w;
        h0_0 += HVEC4(-0.0034599304, -0.013824463, -0.05090332, -0.007572174) * v0_1.x;
        h0_0 += HVEC4(-0.2109375, -0.22875977, -0.17175293, -0.13891602) * v0_1.y;
        h0_0 += HVEC4(-0.034942627, 0.061035156, -0.14196777, -0.10223389) * v0_1.z;
        h0_0 += HVEC4(-0.01121521, 0.06512451, 0.09161377, -0.028396606) * v0_1.w;
        h0_1 += HVEC4(0.0103302, -0.24157715, -0.090026855, -0.20776367) * v0_0.x;
        h0_1 += HVEC4(0.08508301, 0.37573242, 0.31176758, 0.18481445) * v0_0.y;
        h0_1 += HVEC4(0.11047363, -0.021728516, 0.30615234, 0.021453857) * v0_0.z;
        h0_1 += HVEC4(-0.121398926, -0.002450943, 0.16906738, -0.08709717) * v0_0.w;
        h0_1 += HVEC4(-0.01739502, 0.116882324, -0.08081055, -0.19848633) * v0_1.x;
        h0_1 += HVEC4(-0.30200195, 0.1328125, 0.11608887, 0.037597656) * v0_1.y;
        h0_1 += HVEC4(-0.0814209, -0.20446777, 0.05596924, 0.16821289) * v0_1.z;
        h0_1 += HVEC4(-0.045684814, 0.021499634, -0.110839844, -0.08538818) * v0_1.w;
        h0_2 += HVEC4(-0.2322998, -0.05117798, 0.19628906, 0.028884888) * v0_0.x;
        h0_2 += HVEC4(-0.44018555, -0.7895508, -1.0292969, 0.06100464) * v0_0.y;
        h0_2 += HVEC4(0.18579102, -0.013633728, -0.17614746, 0.052856445) * v0_0.z;
        h0_2 += HVEC4(-0.15270996, -0.19030762, 0.034820557, -0.096069336) * v0_0.w;
        h0_2 += HVEC4(0.057373047, 0.23168945, -0.0025253296, -0.01096344) * v0_1.x;
        h0_2 += HVEC4(-0.14111328, 0.21923828, 0.21350098, 0.07104492) * v0_1.y;
        h0_2 += HVEC4(-0.08648682, -0.07757568, 0.1373291, 0.022476196) * v0_1.z;
        h0_2 += HVEC4(0.007522583, -0.036193848, 0.05911255, -0.002046585) * v0_1.w;
        h0_3 += HVEC4(0.013320923, 0.0635376, -0.008552551, 0.14160156) * v0_0.x;
        h0_3 += HVEC4(0.007789612, 0.09161377, -0.051696777, 0.056762695) * v0_0.y;
        h0_3 += HVEC4(-0.12487793, 0.0287323, 0.18359375, 0.031951904) * v0_0.z;
        h0_3 += HVEC4(0.13427734, 0.17834473, 0.12548828, -0.1459961) * v0_0.w;
        h0_3 += HVEC4(-0.007209778, -0.07287598, -0.1541748, -0.055114746) * v0_1.x;
        h0_3 += HVEC4(0.064697266, 0.064453125, -0.078186035, 0.062927246) * v0_1.y;
        h0_3 += HVEC4(-0.037628174, -0.1328125, -0.15063477, 0.07092285) * v0_1.z;
        h0_3 += HVEC4(0.0635376, -0.07672119, 0.19055176, -0.013076782) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 68]);
        HVEC4 v0_1 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.04888916, 0.11828613, -0.047729492, 0.0413208) * v0_0.x;
        h0_0 += HVEC4(0.12200928, -0.032287598, -0.08782959, -0.10870361) * v0_0.y;
        h0_0 += HVEC4(0.06402588, -0.13244629, -0.048828125, 0.15966797) * v0_0.z;
        h0_0 += HVEC4(0.08428955, -0.18835449, -0.09552002, 0.010826111) * v0_0.w;
        h0_0 += HVEC4(-0.039154053, -0.22595215, -0.15625, -0.49389648) * v0_1.x;
        h0_0 += HVEC4(-0.019180298, -0.072509766, 0.08190918, 0.19128418) * v0_1.y;
        h0_0 += HVEC4(0.15808105, -0.14941406, -0.15991211, -0.21386719) * v0_1.z;
        h0_0 += HVEC4(0.03201294, -0.09472656, 0.015563965, -0.35351562) * v0_1.w;
        h0_1 += HVEC4(-0.0791626, 0.022445679, -0.13195801, -0.03717041) * v0_0.x;
        h0_1 += HVEC4(0.060180664, -0.012161255, 0.15698242, 0.035308838) * v0_0.y;
        h0_1 += HVEC4(-0.10614014, 0.027313232, 0.0024700165, 0.007293701) * v0_0.z;
        h0_1 += HVEC4(-0.2890625, 0.13903809, -0.20446777, -0.057250977) * v0_0.w;
        h0_1 += HVEC4(-0.18786621, 0.016616821, -0.15942383, 0.48754883) * v0_1.x;
        h0_1 += HVEC4(0.03805542, 0.0137786865, 0.0066604614, -0.08856201) * v0_1.y;
        h0_1 += HVEC4(0.08441162, -0.09613037, 0.042419434, -0.06359863) * v0_1.z;
        h0_1 += HVEC4(0.024612427, -0.0473938, 0.03353882, -0.060943604) * v0_1.w;
        h0_2 += HVEC4(-0.056030273, 0.2734375, -0.017410278, -0.00096797943) * v0_0.x;
        h0_2 += HVEC4(0.09326172, -0.00705719, 0.019317627, -0.009391785) * v0_0.y;
        h0_2 += HVEC4(0.035339355, 0.061828613, 0.024002075, -0.0057258606) * v0_0.z;
        h0_2 += HVEC4(0.08154297, 0.28125, -0.1496582, 0.016311646) * v0_0.w;
        h0_2 += HVEC4(-0.13952637, 0.39013672, 0.045013428, 0.0970459) * v0_1.x;
        h0_2 += HVEC4(0.030090332, -0.12390137, -0.035003662, -0.011505127) * v0_1.y;
        h0_2 += HVEC4(-0.094055176, -0.45898438, -0.05328369, -0.033203125) * v0_1.z;
        h0_2 += HVEC4(0.026428223, -0.15246582, 0.013015747, 0.04171753) * v0_1.w;
        h0_3 += HVEC4(0.03125, 0.22802734, -0.020568848, -0.01399231) * v0_0.x;
        h0_3 += HVEC4(0.020339966, -0.043548584, -0.13696289, -0.030593872) * v0_0.y;
        h0_3 += HVEC4(0.017807007, 0.1071167, 0.13745117, 0.031707764) * v0_0.z;
        h0_3 += HVEC4(0.076660156, 0.30493164, 0.26953125, 0.023513794) * v0_0.w;
        h0_3 += HVEC4(0.08099365, -0.0960083, 0.26953125, 0.09429932) * v0_1.x;
        h0_3 += HVEC4(-0.051361084, -0.008255005, 0.095825195, 0.031143188) * v0_1.y;
        h0_3 += HVEC4(-0.0037193298, 0.1472168, -0.0026817322, -0.025527954) * v0_1.z;
        h0_3 += HVEC4(-0.012451172, 0.0287323, -0.11682129, 0.0090408325) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 69]);
        HVEC4 v0_1 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.09576416, 0.02784729, 0.053710938, -0.1751709) * v0_0.x;
        h0_0 += HVEC4(0.17504883, -0.0181427, -0.26416016, -0.65771484) * v0_0.y;
        h0_0 += HVEC4(0.008674622, 0.09991455, 0.17272949, 0.3947754) * v0_0.z;
        h0_0 += HVEC4(0.1973877, -0.12756348, -0.33374023, -0.04888916) * v0_0.w;
        h0_0 += HVEC4(0.1973877, 0.2310791, 0.16333008, -0.025527954) * v0_1.x;
        h0_0 += HVEC4(0.060668945, -0.2253418, 0.093811035, -0.15698242) * v0_1.y;
        h0_0 += HVEC4(-0.5410156, 0.060455322, 0.026992798, -0.47558594) * v0_1.z;
        h0_0 += HVEC4(-0.10430908, 0.088012695, -0.02279663, 0.03353882) * v0_1.w;
        h0_1 += HVEC4(0.121276855, -0.07550049, -0.064941406, 0.14367676) * v0_0.x;
        h0_1 += HVEC4(0.00995636, -0.036499023, 0.1005249, -0.016937256) * v0_0.y;
        h0_1 += HVEC4(0.0038070679, 0.050811768, 0.01586914, 0.058532715) * v0_0.z;
        h0_1 += HVEC4(0.09692383, -0.046905518, 0.18908691, 0.015197754) * v0_0.w;
        h0_1 += HVEC4(-0.20617676, 0.43139648, 0.14367676, 0.48461914) * v0_1.x;
        h0_1 += HVEC4(0.025100708, -0.13391113, -0.08239746, -0.060180664) * v0_1.y;
        h0_1 += HVEC4(0.037139893, -0.50390625, -0.37963867, -0.059570312) * v0_1.z;
        h0_1 += HVEC4(-0.018981934, -0.03543091, 0.052856445, -0.044189453) * v0_1.w;
        h0_2 += HVEC4(-0.0027580261, 0.04486084, 0.16638184, -0.033325195) * v0_0.x;
        h0_2 += HVEC4(-0.08343506, -0.018829346, -0.061462402, 0.18103027) * v0_0.y;
        h0_2 += HVEC4(0.26660156, -0.014320374, -0.10723877, 0.1352539) * v0_0.z;
        h0_2 += HVEC4(-0.31152344, 0.18615723, -0.16491699, 0.08508301) * v0_0.w;
        h0_2 += HVEC4(-0.105895996, 0.22875977, -1.2666016, -0.005016327) * v0_1.x;
        h0_2 += HVEC4(-0.17004395, -0.107788086, 0.08709717, 0.05215454) * v0_1.y;
        h0_2 += HVEC4(0.20922852, -0.16601562, 1.4785156, -0.14453125) * v0_1.z;
        h0_2 += HVEC4(0.09008789, 0.04928589, 0.0011844635, -0.0121536255) * v0_1.w;
        h0_3 += HVEC4(0.007858276, 0.14208984, -0.11767578, 0.034942627) * v0_0.x;
        h0_3 += HVEC4(0.015197754, 0.093322754, -0.04324341, 0.0042877197) * v0_0.y;
        h0_3 += HVEC4(0.08355713, -0.19250488, -0.19567871, 0.1071167) * v0_0.z;
        h0_3 += HVEC4(-0.123291016, -0.24621582, 0.38867188, -0.16210938) * v0_0.w;
        h0_3 += HVEC4(-0.03869629, 0.11151123, 0.3779297, 0.094055176) * v0_1.x;
        h0_3 += HVEC4(0.03869629, -0.15429688, -0.08868408, -0.017669678) * v0_1.y;
        h0_3 += HVEC4(0.25732422, -0.052459717, -0.16540527, -0.13256836) * v0_1.z;
        h0_3 += HVEC4(-0.02420044, 0.11364746, 0.20568848, 0.017120361) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 70]);
        HVEC4 v0_1 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.052490234, 0.05307007, 0.07952881, 0.101867676) * v0_0.x;
        h0_0 += HVEC4(0.117492676, -0.1315918, -0.4399414, -0.55078125) * v0_0.y;
        h0_0 += HVEC4(0.055419922, 0.13879395, -0.06384277, 0.13549805) * v0_0.z;
        h0_0 += HVEC4(0.010131836, -0.13867188, -0.1529541, 0.06945801) * v0_0.w;
        h0_0 += HVEC4(-0.05126953, 0.12042236, 0.011688232, -0.037872314) * v0_1.x;
        h0_0 += HVEC4(-0.027664185, 0.14257812, -0.043060303, -0.09851074) * v0_1.y;
        h0_0 += HVEC4(-0.0791626, -0.27294922, 0.062561035, -0.11834717) * v0_1.z;
        h0_0 += HVEC4(-0.043304443, -0.002008438, 0.00021123886, -0.037872314) * v0_1.w;
        h0_1 += HVEC4(0.0054397583, -0.047424316, -0.078552246, 0.08862305) * v0_0.x;
        h0_1 += HVEC4(-0.1385498, -0.13317871, 0.0637207, 0.03579712) * v0_0.y;
        h0_1 += HVEC4(-0.105529785, -0.06842041, -0.08062744, 0.0079422) * v0_0.z;
        h0_1 += HVEC4(-0.058746338, 0.17248535, -0.049072266, 0.105041504) * v0_0.w;
        h0_1 += HVEC4(0.088012695, -0.020095825, 0.03805542, -0.020324707) * v0_1.x;
        h0_1 += HVEC4(0.06036377, 0.04510498, -0.04397583, 0.37841797) * v0_1.y;
        h0_1 += HVEC4(-0.072509766, -0.001876831, -0.17285156, 0.076538086) * v0_1.z;
        h0_1 += HVEC4(-0.029922485, 0.008743286, -0.019943237, -0.06829834) * v0_1.w;
        h0_2 += HVEC4(0.07757568, -0.050598145, 0.02796936, -0.0025672913) * v0_0.x;
        h0_2 += HVEC4(-0.09222412, 0.21020508, 0.20483398, -0.11279297) * v0_0.y;
        h0_2 += HVEC4(0.05444336, -0.10736084, 0.18481445, -0.06274414) * v0_0.z;
        h0_2 += HVEC4(0.2956543, -0.27929688, 0.04269409, 0.0062675476) * v0_0.w;
        h0_2 += HVEC4(-0.05355835, 0.19396973, 0.08898926, -0.016098022) * v0_1.x;
        h0_2 += HVEC4(0.34057617, 0.0440979, -0.23083496, 0.0077781677) * v0_1.y;
        h0_2 += HVEC4(-0.077819824, -0.13793945, 0.02330017, 0.051727295) * v0_1.z;
        h0_2 += HVEC4(0.018295288, -0.030715942, -0.023498535, 0.0032901764) * v0_1.w;
        h0_3 += HVEC4(0.060699463, 0.21716309, 0.107177734, 0.038726807) * v0_0.x;
        h0_3 += HVEC4(-0.01007843, -0.11639404, 0.034851074, -0.0038452148) * v0_0.y;
        h0_3 += HVEC4(0.121032715, 0.09008789, -0.1628418, 0.07348633) * v0_0.z;
        h0_3 += HVEC4(0.054626465, 0.10076904, -0.26098633, 0.012191772) * v0_0.w;
        h0_3 += HVEC4(-0.05053711, 0.030349731, 0.08416748, -0.0016088486) * v0_1.x;
        h0_3 += HVEC4(-0.033172607, -0.052520752, 0.1427002, -0.010597229) * v0_1.y;
        h0_3 += HVEC4(0.058898926, 0.02279663, -0.2244873, -0.10876465) * v0_1.z;
        h0_3 += HVEC4(-0.009613037, 0.06561279, -0.020217896, 0.024032593) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n0_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n0_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 2..3.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(0, 1), 0);
    vec4 n1_0_1 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(1, 1), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(0, 1), 0);
    vec4 n1_1_1 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.07171631, 0.1204834, 0.2878418, -0.0067253113) * v0_2.x;
        h0_0 += HVEC4(0.0019102097, 0.13024902, 0.061950684, -0.051879883) * v0_2.y;
        h0_0 += HVEC4(-0.10845947, -0.03237915, 0.107055664, -0.048858643) * v0_2.z;
        h0_0 += HVEC4(0.012779236, 0.13354492, 0.105407715, 0.15002441) * v0_2.w;
        h0_0 += HVEC4(0.1796875, -0.0024204254, 0.1361084, 0.15600586) * v0_3.x;
        h0_0 += HVEC4(-0.014122009, 0.13024902, -0.100097656, -0.13171387) * v0_3.y;
        h0_0 += HVEC4(-0.092163086, -0.06323242, 0.4128418, 0.15124512) * v0_3.z;
        h0_0 += HVEC4(-0.18127441, 0.056854248, -0.19665527, 0.0017309189) * v0_3.w;
        h0_1 += HVEC4(0.06933594, -0.20043945, -0.052856445, 0.22924805) * v0_2.x;
        h0_1 += HVEC4(-0.07989502, -0.025360107, 0.05029297, 0.2388916) * v0_2.y;
        h0_1 += HVEC4(-0.05053711, -0.1796875, -0.07055664, 0.051361084) * v0_2.z;
        h0_1 += HVEC4(-0.23388672, 0.12841797, -0.13220215, -0.05999756) * v0_2.w;
        h0_1 += HVEC4(0.035064697, -0.04849243, 0.21435547, 0.2244873) * v0_3.x;
        h0_1 += HVEC4(-0.08880615, -0.08319092, -0.06185913, 0.014289856) * v0_3.y;
        h0_1 += HVEC4(-0.06506348, -0.016067505, -0.10229492, 0.23010254) * v0_3.z;
        h0_1 += HVEC4(-0.093688965, -0.112976074, -0.18103027, -0.6088867) * v0_3.w;
        h0_2 += HVEC4(-0.1184082, 0.47680664, 0.12237549, 0.14172363) * v0_2.x;
        h0_2 += HVEC4(-0.028152466, -0.5126953, -0.048339844, -0.04034424) * v0_2.y;
        h0_2 += HVEC4(0.037841797, -0.1217041, 0.042175293, -0.19006348) * v0_2.z;
        h0_2 += HVEC4(-0.03277588, -0.02067566, 0.15026855, -0.043823242) * v0_2.w;
        h0_2 += HVEC4(0.08227539, -0.21960449, -0.11212158, 0.051330566) * v0_3.x;
        h0_2 += HVEC4(-0.04083252, -0.04095459, -0.049102783, -0.004890442) * v0_3.y;
        h0_2 += HVEC4(0.027267456, 0.21044922, 0.06329346, 0.074035645) * v0_3.z;
        h0_2 += HVEC4(0.046844482, 0.25561523, 0.1850586, -0.08972168) * v0_3.w;
        h0_3 += HVEC4(-0.21643066, 0.057250977, 0.5366211, 0.017562866) * v0_2.x;
        h0_3 += HVEC4(-0.0121536255, 0.074157715, 0.16149902, 0.027679443) * v0_2.y;
        h0_3 += HVEC4(-0.12878418, 0.101135254, 0.049468994, -0.02482605) * v0_2.z;
        h0_3 += HVEC4(-0.00042510033, -0.045806885, 0.18395996, 0.011932373) * v0_2.w;
        h0_3 += HVEC4(0.10083008, 0.016204834, -0.081970215, 0.01651001) * v0_3.x;
        h0_3 += HVEC4(0.07519531, 0.21887207, 0.0149002075, -0.0054092407) * v0_3.y;
        h0_3 += HVEC4(0.07354736, 0.051239014, -0.105163574, 0.0079574585) * v0_3.z;
        h0_3 += HVEC4(-0.007949829, 0.0054855347, -0.70947266, -0.041992188) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.09698486, -0.02053833, 0.011207581, 0.04473877) * v0_2.x;
        h0_0 += HVEC4(-0.086242676, -0.07409668, -0.15368652, 0.00057172775) * v0_2.y;
        h0_0 += HVEC4(-0.1328125, -0.07635498, 0.027618408, 0.012748718) * v0_2.z;
        h0_0 += HVEC4(-0.24304199, 0.038238525, 0.2163086, 0.12670898) * v0_2.w;
        h0_0 += HVEC4(0.027267456, -0.2487793, 0.22460938, 0.13000488) * v0_3.x;
        h0_0 += HVEC4(-0.0135269165, -0.42016602, 0.14477539, -0.06390381) * v0_3.y;
        h0_0 += HVEC4(-0.07928467, 0.16174316, 0.26171875, 0.26782227) * v0_3.z;
        h0_0 += HVEC4(-0.12792969, -0.17919922, -0.15527344, 0.05215454) * v0_3.w;
        h0_1 += HVEC4(-0.16955566, -0.061157227, -0.34277344, -0.2401123) * v0_2.x;
        h0_1 += HVEC4(-0.06085205, 0.19750977, 0.0418396, -0.038726807) * v0_2.y;
        h0_1 += HVEC4(0.13635254, -0.0053863525, -0.08166504, -0.3137207) * v0_2.z;
        h0_1 += HVEC4(-0.4013672, -0.020019531, -0.3569336, -0.25610352) * v0_2.w;
        h0_1 += HVEC4(0.08026123, 0.050231934, 0.02998352, -0.19567871) * v0_3.x;
        h0_1 += HVEC4(-0.029159546, -0.059173584, -0.028564453, -0.040802002) * v0_3.y;
        h0_1 += HVEC4(-0.057891846, 0.107910156, -0.14929199, 0.1517334) * v0_3.z;
        h0_1 += HVEC4(-0.064453125, -0.072387695, -0.076538086, -0.122680664) * v0_3.w;
        h0_2 += HVEC4(-0.16113281, -0.111206055, 0.17907715, 0.00016748905) * v0_2.x;
        h0_2 += HVEC4(0.010101318, -0.0104599, 0.07800293, 0.07745361) * v0_2.y;
        h0_2 += HVEC4(0.039154053, 0.2668457, 0.026992798, 0.111083984) * v0_2.z;
        h0_2 += HVEC4(-0.04852295, 0.39648438, 0.33129883, 0.07019043) * v0_2.w;
        h0_2 += HVEC4(-0.1328125, -0.025115967, -0.19812012, 0.035217285) * v0_3.x;
        h0_2 += HVEC4(-0.021774292, 0.054595947, 0.06964111, -0.051605225) * v0_3.y;
        h0_2 += HVEC4(-0.17932129, 0.25268555, -0.00061035156, 0.09210205) * v0_3.z;
        h0_2 += HVEC4(0.06378174, -0.028762817, 0.19177246, 0.031982422) * v0_3.w;
        h0_3 += HVEC4(0.03152466, 0.1348877, 0.3942871, 0.061676025) * v0_2.x;
        h0_3 += HVEC4(-0.023544312, -0.051361084, 0.049102783, -0.026382446) * v0_2.y;
        h0_3 += HVEC4(-0.14672852, 0.07501221, 0.043762207, -0.040985107) * v0_2.z;
        h0_3 += HVEC4(-0.025985718, -0.31298828, 0.022705078, -0.013793945) * v0_2.w;
        h0_3 += HVEC4(-0.0040397644, 0.04421997, -0.09106445, 0.0029067993) * v0_3.x;
        h0_3 += HVEC4(-0.070007324, -0.0103302, -0.13562012, -0.040527344) * v0_3.y;
        h0_3 += HVEC4(-0.06512451, -0.22802734, -0.28393555, 0.028762817) * v0_3.z;
        h0_3 += HVEC4(-0.017745972, 0.19384766, -0.31469727, 0.026275635) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.005252838, -0.07080078, 0.09741211, 0.05770874) * v0_2.x;
        h0_0 += HVEC4(0.12225342, 0.13977051, -0.16418457, 0.105773926) * v0_2.y;
        h0_0 += HVEC4(-0.010513306, 0.04522705, -0.025909424, 0.054840088) * v0_2.z;
        h0_0 += HVEC4(-0.15307617, 0.17736816, 0.41552734, 0.24267578) * v0_2.w;
        h0_0 += HVEC4(0.014045715, -0.06451416, 0.048187256, 0.066833496) * v0_3.x;
        h0_0 += HVEC4(2.5629997e-05, 0.20825195, -0.17858887, -0.08874512) * v0_3.y;
        h0_0 += HVEC4(-0.05239868, 0.16418457, 0.27270508, 0.10491943) * v0_3.z;
        h0_0 += HVEC4(0.024307251, -0.0069770813, 0.10461426, 0.044403076) * v0_3.w;
        h0_1 += HVEC4(-0.027664185, 0.09655762, -0.0030002594, -0.026412964) * v0_2.x;
        h0_1 += HVEC4(-0.06365967, 0.23059082, 0.0023403168, 0.2364502) * v0_2.y;
        h0_1 += HVEC4(0.010192871, 0.0496521, -0.07086182, 0.14953613) * v0_2.z;
        h0_1 += HVEC4(-0.2590332, 0.24829102, -0.22167969, 0.42358398) * v0_2.w;
        h0_1 += HVEC4(0.113708496, -0.08917236, 0.039855957, -0.022323608) * v0_3.x;
        h0_1 += HVEC4(0.031921387, -0.12670898, 0.017578125, 0.109680176) * v0_3.y;
        h0_1 += HVEC4(-0.044158936, 0.14245605, -0.0670166, 0.16101074) * v0_3.z;
        h0_1 += HVEC4(0.08502197, 0.16467285, 0.14941406, 0.2915039) * v0_3.w;
        h0_2 += HVEC4(-0.026123047, -0.0008239746, -0.13366699, -0.033966064) * v0_2.x;
        h0_2 += HVEC4(-0.054016113, -0.1348877, -0.03427124, -0.093933105) * v0_2.y;
        h0_2 += HVEC4(-0.048339844, 0.3046875, -0.054718018, 0.0032653809) * v0_2.z;
        h0_2 += HVEC4(-0.14929199, 0.72021484, -0.009651184, -0.07757568) * v0_2.w;
        h0_2 += HVEC4(0.043762207, -0.0024433136, 0.02494812, 0.016281128) * v0_3.x;
        h0_2 += HVEC4(-0.11462402, 0.07727051, 0.08795166, 0.025146484) * v0_3.y;
        h0_2 += HVEC4(-0.13232422, 0.19958496, -0.09814453, -0.014755249) * v0_3.z;
        h0_2 += HVEC4(0.090148926, -0.09686279, -0.1776123, -0.0029640198) * v0_3.w;
        h0_3 += HVEC4(0.099975586, -0.13208008, -0.016433716, 0.062683105) * v0_2.x;
        h0_3 += HVEC4(0.30981445, -0.009246826, 0.34765625, -0.08679199) * v0_2.y;
        h0_3 += HVEC4(-0.056365967, -0.010604858, -0.01751709, 0.015899658) * v0_2.z;
        h0_3 += HVEC4(0.22619629, 0.059387207, 0.27270508, -0.0004491806) * v0_2.w;
        h0_3 += HVEC4(0.033416748, 0.019454956, -0.17163086, 0.03427124) * v0_3.x;
        h0_3 += HVEC4(0.115722656, 0.06317139, 0.17700195, 0.016662598) * v0_3.y;
        h0_3 += HVEC4(0.08959961, 0.027954102, -0.082214355, 0.031158447) * v0_3.z;
        h0_3 += HVEC4(0.014556885, 0.064819336, -0.26220703, 0.007083893) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 34]);
        HVEC4 v0_3 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.12475586, 0.17443848, -0.112976074, 0.42114258) * v0_2.x;
        h0_0 += HVEC4(-0.052886963, 0.1628418, -0.01574707, -0.19177246) * v0_2.y;
        h0_0 += HVEC4(-0.047424316, -0.032318115, 0.10992432, 0.08215332) * v0_2.z;
        h0_0 += HVEC4(-0.12731934, -0.12670898, 0.052825928, 0.01675415) * v0_2.w;
        h0_0 += HVEC4(0.028152466, -0.3984375, -0.018478394, -0.117492676) * v0_3.x;
        h0_0 += HVEC4(-0.035736084, 0.46166992, 0.18225098, -0.04989624) * v0_3.y;
        h0_0 += HVEC4(-0.111206055, 0.0078048706, 0.38256836, 0.17053223) * v0_3.z;
        h0_0 += HVEC4(-0.080444336, 0.28759766, -0.064453125, 0.22741699) * v0_3.w;
        h0_1 += HVEC4(0.04107666, 0.0023612976, 0.040618896, 0.17077637) * v0_2.x;
        h0_1 += HVEC4(-0.044128418, -0.11834717, -0.058044434, -0.12384033) * v0_2.y;
        h0_1 += HVEC4(0.002231598, -0.20031738, -0.07110596, -0.047668457) * v0_2.z;
        h0_1 += HVEC4(-0.07525635, -0.1430664, -0.15930176, 0.02458191) * v0_2.w;
        h0_1 += HVEC4(-0.00090932846, 0.28393555, 0.06109619, -0.05908203) * v0_3.x;
        h0_1 += HVEC4(0.1373291, -0.006111145, -0.008132935, 0.095214844) * v0_3.y;
        h0_1 += HVEC4(-0.18408203, -0.062316895, -0.24816895, 0.06567383) * v0_3.z;
        h0_1 += HVEC4(0.08880615, -0.12634277, -0.03491211, -0.49609375) * v0_3.w;
        h0_2 += HVEC4(-0.031982422, 0.24743652, -0.003932953, 0.18823242) * v0_2.x;
        h0_2 += HVEC4(-0.17919922, -0.07635498, 0.09741211, -0.13098145) * v0_2.y;
        h0_2 += HVEC4(0.072509766, 0.34179688, 0.16577148, -0.2565918) * v0_2.z;
        h0_2 += HVEC4(-0.09362793, 0.11242676, 0.015899658, -0.07495117) * v0_2.w;
        h0_2 += HVEC4(-0.15344238, 0.18701172, -0.023208618, 0.013442993) * v0_3.x;
        h0_2 += HVEC4(-0.034484863, -0.14025879, 0.24194336, 0.018997192) * v0_3.y;
        h0_2 += HVEC4(-0.11401367, 0.25878906, 0.09362793, -0.058807373) * v0_3.z;
        h0_2 += HVEC4(0.11968994, 0.18713379, 0.097473145, -0.036376953) * v0_3.w;
        h0_3 += HVEC4(-0.2163086, -0.32641602, -0.23132324, -0.035308838) * v0_2.x;
        h0_3 += HVEC4(0.009025574, 0.03579712, 0.12976074, 0.014976501) * v0_2.y;
        h0_3 += HVEC4(-0.04498291, 0.16137695, -0.26708984, -0.03149414) * v0_2.z;
        h0_3 += HVEC4(0.024810791, -0.04147339, -0.1027832, 0.05203247) * v0_2.w;
        h0_3 += HVEC4(-0.0014257431, 0.039886475, -0.21154785, -0.00013697147) * v0_3.x;
        h0_3 += HVEC4(0.23425293, 0.07147217, 0.1628418, 0.11968994) * v0_3.y;
        h0_3 += HVEC4(0.062683105, 0.083740234, 0.39135742, 0.06439209) * v0_3.z;
        h0_3 += HVEC4(0.037506104, -0.2668457, -0.16479492, 0.008018494) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 35]);
        HVEC4 v0_3 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.38916016, -0.7167969, -0.18273926, -0.34472656) * v0_2.x;
        h0_0 += HVEC4(-0.45532227, -0.1932373, -0.006088257, -0.5488281) * v0_2.y;
        h0_0 += HVEC4(-0.11273193, -0.0030460358, 0.16784668, 0.24291992) * v0_2.z;
        h0_0 += HVEC4(-0.39575195, 0.04171753, 0.033294678, -0.12213135) * v0_2.w;
        h0_0 += HVEC4(0.15759277, -0.16906738, 0.04937744, -0.16699219) * v0_3.x;
        h0_0 += HVEC4(0.1048584, -0.0758667, -0.2770996, 0.11773682) * v0_3.y;
        h0_0 += HVEC4(-0.2746582, 0.3786621, 0.0028018951, 0.03137207) * v0_3.z;
        h0_0 += HVEC4(-0.079956055, -0.44799805, -0.07720947, -0.14111328) * v0_3.w;
        h0_1 += HVEC4(-0.12445068, -0.16833496, -0.18774414, -0.35205078) * v0_2.x;
        h0_1 += HVEC4(-0.25146484, -0.10076904, -0.1697998, -0.26757812) * v0_2.y;
        h0_1 += HVEC4(0.24353027, -0.14526367, -0.13391113, 0.11065674) * v0_2.z;
        h0_1 += HVEC4(-0.09442139, 0.02658081, -0.059448242, 0.114868164) * v0_2.w;
        h0_1 += HVEC4(-0.0034008026, 0.25, 0.25585938, -0.16894531) * v0_3.x;
        h0_1 += HVEC4(0.1303711, -0.13659668, -0.026672363, -0.1739502) * v0_3.y;
        h0_1 += HVEC4(-0.13134766, 0.05227661, -0.33813477, 0.013877869) * v0_3.z;
        h0_1 += HVEC4(-0.0037899017, 0.06970215, 0.03793335, -0.41479492) * v0_3.w;
        h0_2 += HVEC4(-0.03152466, -0.099365234, 1.0703125, -0.15893555) * v0_2.x;
        h0_2 += HVEC4(0.20471191, 0.6113281, 0.49658203, 0.06384277) * v0_2.y;
        h0_2 += HVEC4(0.040100098, 0.77197266, 0.15649414, 0.019897461) * v0_2.z;
        h0_2 += HVEC4(0.18859863, 0.10357666, 0.7910156, 0.15612793) * v0_2.w;
        h0_2 += HVEC4(-0.10290527, -0.1586914, -0.30297852, 0.05291748) * v0_3.x;
        h0_2 += HVEC4(-0.13842773, 0.43798828, 0.33325195, -0.11383057) * v0_3.y;
        h0_2 += HVEC4(-0.1652832, 0.52001953, -0.18725586, 0.056518555) * v0_3.z;
        h0_2 += HVEC4(0.04156494, -0.44750977, 0.08282471, 0.00019848347) * v0_3.w;
        h0_3 += HVEC4(0.22814941, -0.43408203, 0.43041992, 0.16809082) * v0_2.x;
        h0_3 += HVEC4(-0.06100464, -0.24475098, -0.16088867, 0.086120605) * v0_2.y;
        h0_3 += HVEC4(-0.22912598, 0.25073242, -0.2232666, -0.024368286) * v0_2.z;
        h0_3 += HVEC4(0.06036377, -0.09967041, -0.1772461, 0.17028809) * v0_2.w;
        h0_3 += HVEC4(-0.03366089, 0.19433594, -0.18200684, 0.10620117) * v0_3.x;
        h0_3 += HVEC4(-0.13012695, 0.3173828, -0.47924805, -0.00029158592) * v0_3.y;
        h0_3 += HVEC4(0.09527588, -0.22033691, 0.6308594, 0.0045547485) * v0_3.z;
        h0_3 += HVEC4(-0.023620605, -0.021057129, -0.63720703, -0.0036392212) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.052886963, 0.0491333, -0.01499939, -0.027053833) * v0_2.x;
        h0_0 += HVEC4(0.020629883, -0.23388672, 0.060394287, -0.18615723) * v0_2.y;
        h0_0 += HVEC4(-0.025650024, 0.0038909912, 0.16918945, -0.018859863) * v0_2.z;
        h0_0 += HVEC4(-0.31591797, -0.16992188, 0.26757812, 0.1508789) * v0_2.w;
        h0_0 += HVEC4(0.00046515465, -0.034301758, 0.038635254, -0.0011730194) * v0_3.x;
        h0_0 += HVEC4(-0.13098145, 0.40039062, 0.28076172, 0.10620117) * v0_3.y;
        h0_0 += HVEC4(-0.041656494, 0.05050659, -0.026260376, -0.07080078) * v0_3.z;
        h0_0 += HVEC4(-0.023986816, -0.16894531, 0.010971069, -0.08215332) * v0_3.w;
        h0_1 += HVEC4(0.026000977, 0.113586426, -0.11193848, 0.20129395) * v0_2.x;
        h0_1 += HVEC4(-0.12585449, -0.01663208, -0.005645752, 0.14648438) * v0_2.y;
        h0_1 += HVEC4(0.054748535, -0.01537323, -0.060546875, 0.2626953) * v0_2.z;
        h0_1 += HVEC4(-0.27319336, 0.25439453, -0.30737305, 0.062683105) * v0_2.w;
        h0_1 += HVEC4(0.119506836, 0.035003662, -0.017044067, -0.022094727) * v0_3.x;
        h0_1 += HVEC4(0.14685059, 0.49853516, 0.18066406, 0.07110596) * v0_3.y;
        h0_1 += HVEC4(-0.00042772293, 0.08569336, -0.16955566, -0.06262207) * v0_3.z;
        h0_1 += HVEC4(-0.07788086, 0.16247559, 0.060821533, -0.10748291) * v0_3.w;
        h0_2 += HVEC4(0.07220459, -0.017807007, -0.025360107, 0.011680603) * v0_2.x;
        h0_2 += HVEC4(-0.038909912, -0.09063721, 0.1237793, 0.022506714) * v0_2.y;
        h0_2 += HVEC4(-0.044128418, -0.032226562, -0.0881958, 0.039794922) * v0_2.z;
        h0_2 += HVEC4(0.1027832, 0.4584961, 0.04562378, 0.00083875656) * v0_2.w;
        h0_2 += HVEC4(-0.020324707, 0.0234375, 0.015853882, 0.01637268) * v0_3.x;
        h0_2 += HVEC4(0.045806885, 0.13720703, -0.111572266, 0.07574463) * v0_3.y;
        h0_2 += HVEC4(-0.013206482, 0.48461914, 0.03152466, -0.07324219) * v0_3.z;
        h0_2 += HVEC4(0.07702637, -0.17102051, -0.062164307, -0.024536133) * v0_3.w;
        h0_3 += HVEC4(-0.07299805, -0.051086426, 0.105773926, -0.022842407) * v0_2.x;
        h0_3 += HVEC4(0.039642334, 0.13769531, -0.24414062, 0.03250122) * v0_2.y;
        h0_3 += HVEC4(-0.02583313, -0.05718994, -0.1295166, -0.008132935) * v0_2.z;
        h0_3 += HVEC4(0.008666992, 0.014015198, 0.07092285, 0.01423645) * v0_2.w;
        h0_3 += HVEC4(0.027145386, 0.06451416, -0.022460938, 0.057891846) * v0_3.x;
        h0_3 += HVEC4(-0.1652832, 0.38208008, 0.018035889, 0.04534912) * v0_3.y;
        h0_3 += HVEC4(-0.06970215, -0.046691895, 0.5126953, 0.07342529) * v0_3.z;
        h0_3 += HVEC4(0.0045547485, 0.04055786, -0.17504883, -0.022247314) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 68]);
        HVEC4 v0_3 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.0435791, 0.11895752, 0.089538574, -0.055877686) * v0_2.x;
        h0_0 += HVEC4(-0.04095459, 0.10534668, 0.011077881, 0.14257812) * v0_2.y;
        h0_0 += HVEC4(0.035339355, -0.04510498, -0.04623413, 0.13793945) * v0_2.z;
        h0_0 += HVEC4(-0.19360352, -0.09777832, 0.05609131, 0.03137207) * v0_2.w;
        h0_0 += HVEC4(0.028137207, -0.17016602, -0.045288086, -0.45581055) * v0_3.x;
        h0_0 += HVEC4(-0.07476807, 0.34716797, 0.16186523, -0.18774414) * v0_3.y;
        h0_0 += HVEC4(-0.17590332, 0.004688263, 0.06958008, -0.045837402) * v0_3.z;
        h0_0 += HVEC4(-0.064697266, 0.11437988, -0.066467285, 0.1694336) * v0_3.w;
        h0_1 += HVEC4(-0.021087646, -0.15600586, 0.024536133, 0.14013672) * v0_2.x;
        h0_1 += HVEC4(0.026687622, -0.036834717, -0.02810669, -0.02671814) * v0_2.y;
        h0_1 += HVEC4(0.0057258606, 0.009742737, -0.04458618, -0.15759277) * v0_2.z;
        h0_1 += HVEC4(0.1619873, -0.15100098, -0.12854004, 0.06286621) * v0_2.w;
        h0_1 += HVEC4(-0.10028076, 0.008628845, 0.03845215, -0.203125) * v0_3.x;
        h0_1 += HVEC4(-0.034698486, 0.17712402, 0.22912598, 0.16723633) * v0_3.y;
        h0_1 += HVEC4(-0.20043945, -0.045776367, -0.26708984, -0.1315918) * v0_3.z;
        h0_1 += HVEC4(0.121154785, 0.030090332, -0.083862305, -0.05859375) * v0_3.w;
        h0_2 += HVEC4(0.20568848, 0.22363281, 0.13452148, 0.06866455) * v0_2.x;
        h0_2 += HVEC4(0.014564514, -0.2783203, 0.011299133, 0.035369873) * v0_2.y;
        h0_2 += HVEC4(-0.021331787, 0.3095703, -0.042877197, -0.064086914) * v0_2.z;
        h0_2 += HVEC4(-0.088134766, 0.34326172, -0.032958984, 0.03717041) * v0_2.w;
        h0_2 += HVEC4(-0.09661865, 0.12731934, 0.04675293, -0.011985779) * v0_3.x;
        h0_2 += HVEC4(0.074157715, -0.36499023, -0.33520508, 0.22424316) * v0_3.y;
        h0_2 += HVEC4(-0.17272949, 0.09674072, 0.001244545, 0.041107178) * v0_3.z;
        h0_2 += HVEC4(0.04458618, -0.068115234, 0.08728027, -0.0068130493) * v0_3.w;
        h0_3 += HVEC4(-0.044769287, 0.27075195, 0.045532227, 0.05368042) * v0_2.x;
        h0_3 += HVEC4(0.0074386597, -0.002500534, 0.034606934, -0.029953003) * v0_2.y;
        h0_3 += HVEC4(-0.038330078, 0.046020508, 0.23278809, 0.0020198822) * v0_2.z;
        h0_3 += HVEC4(-0.020065308, 0.042114258, -0.0960083, 0.031433105) * v0_2.w;
        h0_3 += HVEC4(0.0047683716, -0.20019531, -0.09472656, 0.005962372) * v0_3.x;
        h0_3 += HVEC4(-0.14123535, 0.054260254, 0.13208008, -0.11462402) * v0_3.y;
        h0_3 += HVEC4(-0.05230713, 0.0138549805, 0.3527832, 0.101135254) * v0_3.z;
        h0_3 += HVEC4(0.058654785, -0.16015625, 0.035186768, -0.04119873) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 69]);
        HVEC4 v0_3 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.10473633, 0.044769287, 0.05645752, 0.21960449) * v0_2.x;
        h0_0 += HVEC4(0.015014648, 0.2849121, 0.08111572, 0.50341797) * v0_2.y;
        h0_0 += HVEC4(-0.1352539, 0.060546875, 0.093811035, 0.2631836) * v0_2.z;
        h0_0 += HVEC4(-0.18029785, 0.23754883, 0.14929199, 0.38256836) * v0_2.w;
        h0_0 += HVEC4(0.021560669, -0.109375, -0.06222534, -0.29736328) * v0_3.x;
        h0_0 += HVEC4(-0.09436035, -0.2421875, -0.04827881, -0.14404297) * v0_3.y;
        h0_0 += HVEC4(-0.19445801, 0.28955078, 0.13635254, 0.1439209) * v0_3.z;
        h0_0 += HVEC4(-0.12219238, -0.051971436, -0.018692017, 0.13146973) * v0_3.w;
        h0_1 += HVEC4(0.03036499, -0.040496826, 0.041625977, 0.028060913) * v0_2.x;
        h0_1 += HVEC4(0.014602661, 0.1817627, -0.022735596, 0.11444092) * v0_2.y;
        h0_1 += HVEC4(0.15100098, -0.0060920715, -0.10083008, -0.18457031) * v0_2.z;
        h0_1 += HVEC4(-0.023483276, -0.07141113, -0.13586426, -0.11187744) * v0_2.w;
        h0_1 += HVEC4(-0.093811035, 0.0047416687, -0.03164673, -0.11437988) * v0_3.x;
        h0_1 += HVEC4(0.24365234, -0.2590332, 0.26879883, -0.03060913) * v0_3.y;
        h0_1 += HVEC4(-0.2746582, 0.021453857, -0.1998291, -0.08917236) * v0_3.z;
        h0_1 += HVEC4(0.088012695, 0.015396118, -0.07043457, 0.010032654) * v0_3.w;
        h0_2 += HVEC4(-0.16516113, 0.06335449, 0.22424316, 0.08892822) * v0_2.x;
        h0_2 += HVEC4(0.10510254, -0.16882324, 0.0016937256, -0.06518555) * v0_2.y;
        h0_2 += HVEC4(0.2944336, 0.054748535, -0.06286621, 0.055664062) * v0_2.z;
        h0_2 += HVEC4(-0.018157959, 0.04916382, 0.16918945, 0.17492676) * v0_2.w;
        h0_2 += HVEC4(-0.059906006, -0.076416016, -0.016708374, 0.004600525) * v0_3.x;
        h0_2 += HVEC4(0.34033203, -0.039093018, -0.19665527, -0.060424805) * v0_3.y;
        h0_2 += HVEC4(-0.11541748, -0.07446289, -0.08215332, 0.0024280548) * v0_3.z;
        h0_2 += HVEC4(0.03237915, -0.35473633, 0.15698242, -0.030639648) * v0_3.w;
        h0_3 += HVEC4(0.171875, -0.18701172, 0.16223145, 0.09875488) * v0_2.x;
        h0_3 += HVEC4(-0.028579712, 0.045532227, -0.08728027, -0.023544312) * v0_2.y;
        h0_3 += HVEC4(-0.00566864, 0.013648987, 0.3034668, -0.020599365) * v0_2.z;
        h0_3 += HVEC4(-0.0109939575, 0.19274902, 0.14245605, 0.09552002) * v0_2.w;
        h0_3 += HVEC4(-0.006755829, -0.085998535, -0.09692383, -0.019683838) * v0_3.x;
        h0_3 += HVEC4(-0.14855957, -0.6411133, -0.1459961, 0.11431885) * v0_3.y;
        h0_3 += HVEC4(-0.06488037, -0.17150879, 0.45947266, 0.040039062) * v0_3.z;
        h0_3 += HVEC4(0.019348145, -0.027359009, -0.43237305, 0.007965088) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 70]);
        HVEC4 v0_3 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.115234375, 0.23120117, 0.038879395, -0.12976074) * v0_2.x;
        h0_0 += HVEC4(0.09954834, -0.18725586, 0.06311035, -0.024841309) * v0_2.y;
        h0_0 += HVEC4(-0.05822754, 0.11077881, -0.0579834, 0.064453125) * v0_2.z;
        h0_0 += HVEC4(-0.3408203, 0.1607666, 0.033935547, -0.00047373772) * v0_2.w;
        h0_0 += HVEC4(0.003250122, -0.03741455, -0.014671326, -0.018844604) * v0_3.x;
        h0_0 += HVEC4(-0.11303711, 0.10992432, 0.34448242, -0.029556274) * v0_3.y;
        h0_0 += HVEC4(-0.13220215, 0.101745605, 0.15527344, 0.091308594) * v0_3.z;
        h0_0 += HVEC4(-0.036834717, -0.11016846, -0.040161133, -0.1083374) * v0_3.w;
        h0_1 += HVEC4(-0.06365967, 0.123168945, -0.03665161, -0.003704071) * v0_2.x;
        h0_1 += HVEC4(0.062561035, 0.07824707, -0.13500977, -0.08081055) * v0_2.y;
        h0_1 += HVEC4(-0.04147339, 0.06829834, -0.05960083, -0.03942871) * v0_2.z;
        h0_1 += HVEC4(-0.22058105, 0.17541504, -0.16967773, -0.05355835) * v0_2.w;
        h0_1 += HVEC4(-0.01374054, 0.033325195, 0.01486969, -0.05456543) * v0_3.x;
        h0_1 += HVEC4(-0.22021484, 0.025497437, 0.06726074, -0.07550049) * v0_3.y;
        h0_1 += HVEC4(-0.090148926, 0.039093018, -0.097595215, 0.052215576) * v0_3.z;
        h0_1 += HVEC4(0.0075645447, 0.014526367, -0.003791809, -0.09857178) * v0_3.w;
        h0_2 += HVEC4(-0.12927246, -0.031311035, -0.10015869, -0.027816772) * v0_2.x;
        h0_2 += HVEC4(-0.0075531006, 0.004016876, 0.03366089, 0.024505615) * v0_2.y;
        h0_2 += HVEC4(0.08123779, 0.16088867, -0.036315918, -0.024032593) * v0_2.z;
        h0_2 += HVEC4(-0.059448242, 0.33862305, -0.13684082, -0.06304932) * v0_2.w;
        h0_2 += HVEC4(0.02720642, -0.016586304, 0.021392822, 0.011199951) * v0_3.x;
        h0_2 += HVEC4(-0.06390381, -0.046051025, -0.10888672, 0.10040283) * v0_3.y;
        h0_2 += HVEC4(0.01965332, 0.2052002, 0.0034275055, 0.012664795) * v0_3.z;
        h0_2 += HVEC4(0.015472412, -0.055908203, 0.004310608, -0.01309967) * v0_3.w;
        h0_3 += HVEC4(-0.039367676, 0.092041016, 0.062408447, 0.011238098) * v0_2.x;
        h0_3 += HVEC4(0.022842407, -0.046661377, -0.101989746, -0.10070801) * v0_2.y;
        h0_3 += HVEC4(0.0385437, -0.10961914, -0.0068740845, -0.03152466) * v0_2.z;
        h0_3 += HVEC4(-0.034210205, 0.21618652, -0.1932373, 0.17932129) * v0_2.w;
        h0_3 += HVEC4(0.012931824, -0.0023708344, 0.041503906, 0.0062561035) * v0_3.x;
        h0_3 += HVEC4(-0.07098389, -0.1899414, 0.020736694, -0.023468018) * v0_3.y;
        h0_3 += HVEC4(-0.080322266, -0.11029053, 0.013435364, 0.06201172) * v0_3.z;
        h0_3 += HVEC4(0.03665161, 0.076293945, 0.0075187683, -0.006286621) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n1_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n1_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 4..5.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(2, 1), 0);
    vec4 n2_0_1 = texelFetch(ArtCNN_C4F32_L1_raw, q0 * ivec2(4, 2) + ivec2(3, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(2, 1), 0);
    vec4 n2_1_1 = texelFetch(ArtCNN_C4F32_L1_raw, q1 * ivec2(4, 2) + ivec2(3, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.036743164, -0.34155273, -0.035003662, 0.0014095306) * v0_4.x;
        h0_0 += HVEC4(0.07421875, -0.07141113, -0.12658691, 0.027191162) * v0_4.y;
        h0_0 += HVEC4(-0.17028809, -0.10601807, 0.07141113, 0.07537842) * v0_4.z;
        h0_0 += HVEC4(-0.10736084, -0.2578125, 0.58203125, 0.66259766) * v0_4.w;
        h0_0 += HVEC4(-0.12585449, 0.012451172, -0.10656738, -0.2668457) * v0_5.x;
        h0_0 += HVEC4(-0.015609741, 0.113220215, 0.16760254, 0.007534027) * v0_5.y;
        h0_0 += HVEC4(0.08544922, 0.028762817, -0.042938232, 0.03225708) * v0_5.z;
        h0_0 += HVEC4(0.034210205, -0.10845947, 0.0017213821, 0.12963867) * v0_5.w;
        h0_1 += HVEC4(-0.013420105, -0.016204834, 0.0143966675, 0.0463562) * v0_4.x;
        h0_1 += HVEC4(-0.07635498, 0.103149414, 0.094055176, -0.23400879) * v0_4.y;
        h0_1 += HVEC4(-0.07385254, 0.05532837, -0.19726562, -0.18811035) * v0_4.z;
        h0_1 += HVEC4(-0.51953125, 0.41308594, -0.33666992, -0.2902832) * v0_4.w;
        h0_1 += HVEC4(0.35913086, -0.027328491, 0.018218994, 0.032287598) * v0_5.x;
        h0_1 += HVEC4(-0.016067505, -0.05267334, -0.08673096, 0.15478516) * v0_5.y;
        h0_1 += HVEC4(0.22937012, -0.075927734, 0.07470703, 0.20703125) * v0_5.z;
        h0_1 += HVEC4(-0.070129395, -0.0007491112, 0.042236328, -0.0002477169) * v0_5.w;
        h0_2 += HVEC4(0.03390503, 0.1940918, -0.048614502, 0.026763916) * v0_4.x;
        h0_2 += HVEC4(0.054016113, -0.07293701, -0.025985718, -0.061462402) * v0_4.y;
        h0_2 += HVEC4(-0.007785797, -0.19055176, 0.012634277, 0.002199173) * v0_4.z;
        h0_2 += HVEC4(-0.6191406, -1.8242188, -1.3642578, 0.17102051) * v0_4.w;
        h0_2 += HVEC4(-0.17773438, 0.20739746, -0.21191406, -0.23327637) * v0_5.x;
        h0_2 += HVEC4(-0.03475952, 0.16381836, -0.039886475, -0.025756836) * v0_5.y;
        h0_2 += HVEC4(-0.03050232, -0.60498047, -0.02268982, -0.0038013458) * v0_5.z;
        h0_2 += HVEC4(-0.026412964, 0.05633545, 0.05593872, -0.047210693) * v0_5.w;
        h0_3 += HVEC4(-0.016448975, 0.3527832, 0.2878418, 0.014060974) * v0_4.x;
        h0_3 += HVEC4(0.09527588, -0.19714355, -0.062072754, -0.008514404) * v0_4.y;
        h0_3 += HVEC4(0.04071045, 0.24450684, 0.4248047, 0.016723633) * v0_4.z;
        h0_3 += HVEC4(-0.23535156, -0.5029297, -0.5649414, 0.2644043) * v0_4.w;
        h0_3 += HVEC4(0.23071289, 0.009315491, -0.20654297, -0.045288086) * v0_5.x;
        h0_3 += HVEC4(-0.023956299, 0.058410645, 0.0055274963, 0.037139893) * v0_5.y;
        h0_3 += HVEC4(0.022399902, 0.0085372925, -0.2277832, -0.040527344) * v0_5.z;
        h0_3 += HVEC4(0.05795288, -0.16589355, -0.3251953, 0.05758667) * v0_5.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.005207062, 0.32006836, 0.2211914, 0.0982666) * v0_4.x;
        h0_0 += HVEC4(0.066833496, 0.22839355, -0.17785645, 0.18103027) * v0_4.y;
        h0_0 += HVEC4(-0.23461914, -0.1607666, 0.14807129, -0.24938965) * v0_4.z;
        h0_0 += HVEC4(0.16394043, 0.87646484, 0.17504883, 0.91064453) * v0_4.w;
        h0_0 += HVEC4(-0.23413086, -0.17333984, -0.22827148, 0.00016069412) * v0_5.x;
        h0_0 += HVEC4(-0.041534424, 0.4025879, 0.13415527, 0.11846924) * v0_5.y;
        h0_0 += HVEC4(0.04714966, 0.0446167, -0.1829834, -0.004749298) * v0_5.z;
        h0_0 += HVEC4(0.13171387, -0.10455322, 0.06100464, 0.09088135) * v0_5.w;
        h0_1 += HVEC4(0.17895508, -0.032836914, 0.023605347, 0.2467041) * v0_4.x;
        h0_1 += HVEC4(-0.07598877, 0.1217041, 0.14160156, -0.0020103455) * v0_4.y;
        h0_1 += HVEC4(-0.13220215, 0.039276123, -0.15185547, 0.044525146) * v0_4.z;
        h0_1 += HVEC4(0.2006836, -0.101745605, -0.59033203, 0.12902832) * v0_4.w;
        h0_1 += HVEC4(0.14880371, -0.31958008, 0.23010254, 0.041931152) * v0_5.x;
        h0_1 += HVEC4(0.11138916, 0.17956543, -0.23022461, 0.10546875) * v0_5.y;
        h0_1 += HVEC4(-0.1862793, -0.17456055, 0.16088867, -0.03137207) * v0_5.z;
        h0_1 += HVEC4(0.072509766, 0.11071777, 0.0970459, 0.17736816) * v0_5.w;
        h0_2 += HVEC4(0.11956787, -0.112976074, -0.04522705, -0.022384644) * v0_4.x;
        h0_2 += HVEC4(0.1015625, 0.015838623, -0.052246094, -0.030090332) * v0_4.y;
        h0_2 += HVEC4(-0.07751465, 0.103027344, 0.1986084, -0.030807495) * v0_4.z;
        h0_2 += HVEC4(-0.7402344, 0.9248047, 0.49316406, 0.06866455) * v0_4.w;
        h0_2 += HVEC4(-0.022232056, 0.07556152, 0.04916382, 0.052520752) * v0_5.x;
        h0_2 += HVEC4(0.010398865, -0.13867188, -0.0357666, 0.045715332) * v0_5.y;
        h0_2 += HVEC4(-0.13256836, -1.0644531, 0.19555664, 0.01940918) * v0_5.z;
        h0_2 += HVEC4(-0.08068848, 0.025909424, -0.19885254, 0.025924683) * v0_5.w;
        h0_3 += HVEC4(-0.049468994, 0.4736328, 0.58447266, -0.0038852692) * v0_4.x;
        h0_3 += HVEC4(0.13769531, -0.040222168, -0.28588867, 0.017684937) * v0_4.y;
        h0_3 += HVEC4(0.12841797, -0.016052246, 0.6689453, 0.028656006) * v0_4.z;
        h0_3 += HVEC4(0.8305664, -0.53808594, 0.4658203, 0.38061523) * v0_4.w;
        h0_3 += HVEC4(0.125, 0.20373535, -0.6074219, 0.23669434) * v0_5.x;
        h0_3 += HVEC4(-0.11627197, 0.006526947, 0.043029785, -0.0107803345) * v0_5.y;
        h0_3 += HVEC4(-0.20385742, 0.22021484, -0.09857178, 0.008354187) * v0_5.z;
        h0_3 += HVEC4(0.0058059692, -0.62841797, -0.8286133, -0.05328369) * v0_5.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.01071167, -0.1842041, 0.0021190643, -0.07299805) * v0_4.x;
        h0_0 += HVEC4(0.109436035, -0.2130127, -0.049804688, 0.0016860962) * v0_4.y;
        h0_0 += HVEC4(-0.15917969, 0.085998535, 0.109313965, 0.0960083) * v0_4.z;
        h0_0 += HVEC4(-0.13903809, 0.2220459, 0.0033607483, -0.47729492) * v0_4.w;
        h0_0 += HVEC4(0.025482178, -0.0030670166, -0.06713867, -0.14440918) * v0_5.x;
        h0_0 += HVEC4(-0.13049316, 0.3413086, 0.13964844, 0.033599854) * v0_5.y;
        h0_0 += HVEC4(0.09399414, 0.14648438, -0.07104492, -0.018005371) * v0_5.z;
        h0_0 += HVEC4(0.1315918, -0.15722656, 0.10986328, 0.04296875) * v0_5.w;
        h0_1 += HVEC4(-0.018814087, -0.09289551, -0.022842407, -0.3100586) * v0_4.x;
        h0_1 += HVEC4(-0.034484863, -0.11065674, 0.13708496, -0.23046875) * v0_4.y;
        h0_1 += HVEC4(0.024368286, 0.16674805, -0.09069824, 0.18261719) * v0_4.z;
        h0_1 += HVEC4(-0.6201172, 0.005771637, -0.25927734, -0.35839844) * v0_4.w;
        h0_1 += HVEC4(0.022140503, -0.12054443, 0.039764404, -0.12097168) * v0_5.x;
        h0_1 += HVEC4(-0.011520386, 0.16271973, -0.15881348, 0.0058403015) * v0_5.y;
        h0_1 += HVEC4(-0.050750732, -0.05517578, 0.1427002, -0.28051758) * v0_5.z;
        h0_1 += HVEC4(-0.023986816, 0.094177246, 0.026245117, -0.20666504) * v0_5.w;
        h0_2 += HVEC4(-0.10095215, -0.1772461, 0.018417358, -0.019958496) * v0_4.x;
        h0_2 += HVEC4(0.06921387, -0.030883789, -0.062927246, -0.013725281) * v0_4.y;
        h0_2 += HVEC4(-0.009498596, 0.04537964, 0.044128418, 0.0038928986) * v0_4.z;
        h0_2 += HVEC4(-0.27416992, -0.52685547, 0.5644531, -0.0046958923) * v0_4.w;
        h0_2 += HVEC4(0.00459671, -0.20776367, -0.02519226, 0.044158936) * v0_5.x;
        h0_2 += HVEC4(-0.087646484, 0.28125, 0.06463623, 0.011947632) * v0_5.y;
        h0_2 += HVEC4(0.007106781, -0.085876465, -0.0015592575, -0.036865234) * v0_5.z;
        h0_2 += HVEC4(0.005264282, 0.014671326, -0.00075769424, 0.018737793) * v0_5.w;
        h0_3 += HVEC4(-0.15234375, 0.49951172, 0.26293945, -0.018753052) * v0_4.x;
        h0_3 += HVEC4(0.08404541, -0.095703125, -0.11035156, 0.0073890686) * v0_4.y;
        h0_3 += HVEC4(0.03225708, 0.21728516, 0.061309814, 0.013969421) * v0_4.z;
        h0_3 += HVEC4(0.33984375, -0.0670166, 0.3671875, -0.14038086) * v0_4.w;
        h0_3 += HVEC4(0.011383057, 0.11621094, -0.035339355, 0.021362305) * v0_5.x;
        h0_3 += HVEC4(0.11395264, 0.027526855, 0.33691406, 0.01373291) * v0_5.y;
        h0_3 += HVEC4(0.12176514, 0.06365967, 0.14685059, -0.028717041) * v0_5.z;
        h0_3 += HVEC4(0.02607727, -1.0058594, -0.5053711, 0.036193848) * v0_5.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 34]);
        HVEC4 v0_5 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.07489014, 0.15136719, 0.25683594, 0.2878418) * v0_4.x;
        h0_0 += HVEC4(0.15930176, -0.19152832, 0.024917603, -0.013023376) * v0_4.y;
        h0_0 += HVEC4(0.030822754, 0.1862793, -0.045135498, -0.1850586) * v0_4.z;
        h0_0 += HVEC4(-1.8642578, 0.115722656, 0.40063477, -0.46069336) * v0_4.w;
        h0_0 += HVEC4(-0.17980957, 0.6274414, 0.009376526, -0.090148926) * v0_5.x;
        h0_0 += HVEC4(-0.07873535, 0.15563965, 0.19750977, 0.15649414) * v0_5.y;
        h0_0 += HVEC4(0.08605957, 0.24780273, 0.20690918, -0.020004272) * v0_5.z;
        h0_0 += HVEC4(-0.036834717, 0.06542969, 0.08325195, -0.10424805) * v0_5.w;
        h0_1 += HVEC4(-0.021148682, -0.029449463, -0.08276367, 0.06451416) * v0_4.x;
        h0_1 += HVEC4(0.01789856, 0.3071289, 0.14624023, 0.33691406) * v0_4.y;
        h0_1 += HVEC4(0.12597656, -0.015563965, -0.033355713, 0.26708984) * v0_4.z;
        h0_1 += HVEC4(-2.2539062, -0.32055664, -0.5722656, -0.08538818) * v0_4.w;
        h0_1 += HVEC4(0.46435547, -0.2788086, -0.012207031, -0.18469238) * v0_5.x;
        h0_1 += HVEC4(-0.07312012, 0.19470215, -0.017578125, 0.045166016) * v0_5.y;
        h0_1 += HVEC4(0.090148926, 0.010932922, 0.050689697, 0.08520508) * v0_5.z;
        h0_1 += HVEC4(-0.033447266, -0.08496094, -0.022277832, 0.04788208) * v0_5.w;
        h0_2 += HVEC4(0.014419556, 0.14074707, -0.012382507, 0.021270752) * v0_4.x;
        h0_2 += HVEC4(0.037139893, 0.040985107, -0.56103516, 0.037506104) * v0_4.y;
        h0_2 += HVEC4(-0.16308594, 0.014701843, -0.15991211, 0.008003235) * v0_4.z;
        h0_2 += HVEC4(-0.53125, -0.32226562, -2.6738281, 0.20629883) * v0_4.w;
        h0_2 += HVEC4(-0.23583984, -0.0029773712, 0.3383789, -0.049957275) * v0_5.x;
        h0_2 += HVEC4(0.07598877, 0.11151123, 0.079711914, -0.0058059692) * v0_5.y;
        h0_2 += HVEC4(-0.040283203, -0.3955078, 0.005332947, 0.11212158) * v0_5.z;
        h0_2 += HVEC4(-0.089904785, 0.011634827, 0.05996704, -0.008972168) * v0_5.w;
        h0_3 += HVEC4(-0.005092621, 0.22387695, 0.072021484, -0.0017061234) * v0_4.x;
        h0_3 += HVEC4(0.05493164, 0.064697266, -0.22143555, -0.06384277) * v0_4.y;
        h0_3 += HVEC4(0.066345215, -0.27416992, -0.067871094, -0.023391724) * v0_4.z;
        h0_3 += HVEC4(0.7636719, -1.0341797, -0.9506836, 0.8574219) * v0_4.w;
        h0_3 += HVEC4(-0.038360596, -0.099365234, -0.18139648, -0.1274414) * v0_5.x;
        h0_3 += HVEC4(-0.08319092, 0.09899902, 0.047607422, 0.009216309) * v0_5.y;
        h0_3 += HVEC4(-0.066711426, 0.11932373, -0.077697754, 0.027740479) * v0_5.z;
        h0_3 += HVEC4(0.010429382, -0.5004883, -0.021484375, 0.01612854) * v0_5.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 35]);
        HVEC4 v0_5 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.048980713, -0.02607727, 0.1361084, 0.3869629) * v0_4.x;
        h0_0 += HVEC4(0.108947754, -0.18371582, 0.23999023, 0.22888184) * v0_4.y;
        h0_0 += HVEC4(-0.38745117, 0.1430664, 0.0017986298, -0.40820312) * v0_4.z;
        h0_0 += HVEC4(0.44458008, -0.39501953, 0.21496582, 0.2607422) * v0_4.w;
        h0_0 += HVEC4(0.13012695, 0.16479492, -0.13049316, -0.030761719) * v0_5.x;
        h0_0 += HVEC4(-0.014343262, 0.14440918, 0.26586914, 0.021499634) * v0_5.y;
        h0_0 += HVEC4(-0.17114258, 0.2319336, -0.0949707, 0.07287598) * v0_5.z;
        h0_0 += HVEC4(-0.15405273, 0.21899414, -0.098083496, -0.26367188) * v0_5.w;
        h0_1 += HVEC4(0.0463562, -0.09716797, -0.013694763, 0.10192871) * v0_4.x;
        h0_1 += HVEC4(-0.041229248, 0.30664062, 0.07611084, -0.03164673) * v0_4.y;
        h0_1 += HVEC4(-0.16271973, -0.3449707, -0.2614746, 0.10858154) * v0_4.z;
        h0_1 += HVEC4(0.24353027, 0.8544922, 0.01776123, 0.13195801) * v0_4.w;
        h0_1 += HVEC4(0.36694336, -0.034973145, 0.36938477, 0.04663086) * v0_5.x;
        h0_1 += HVEC4(-0.24450684, 0.15686035, -0.063964844, 0.22351074) * v0_5.y;
        h0_1 += HVEC4(0.32836914, 0.12561035, -0.032104492, -0.22253418) * v0_5.z;
        h0_1 += HVEC4(-0.022399902, 0.06555176, -0.2763672, -0.17114258) * v0_5.w;
        h0_2 += HVEC4(-0.11773682, 0.049438477, -0.22338867, -0.09710693) * v0_4.x;
        h0_2 += HVEC4(-0.1817627, 0.30004883, -0.9555664, 0.06933594) * v0_4.y;
        h0_2 += HVEC4(-0.04083252, 0.46362305, 1.0166016, -0.15942383) * v0_4.z;
        h0_2 += HVEC4(-0.23303223, -1.7373047, -0.71972656, 0.023239136) * v0_4.w;
        h0_2 += HVEC4(0.37402344, 0.21325684, -0.120788574, 0.052886963) * v0_5.x;
        h0_2 += HVEC4(-0.06329346, 0.16223145, 0.017227173, 0.07495117) * v0_5.y;
        h0_2 += HVEC4(0.2529297, -1.6025391, 0.53515625, 0.21484375) * v0_5.z;
        h0_2 += HVEC4(0.048950195, -0.09436035, 0.4951172, -0.24658203) * v0_5.w;
        h0_3 += HVEC4(0.083862305, 0.265625, 0.41381836, -0.033721924) * v0_4.x;
        h0_3 += HVEC4(0.23828125, -0.07763672, -0.45996094, 0.33666992) * v0_4.y;
        h0_3 += HVEC4(-0.06762695, -0.099609375, -0.17224121, 0.04156494) * v0_4.z;
        h0_3 += HVEC4(0.05908203, -0.11102295, 0.0769043, 0.71191406) * v0_4.w;
        h0_3 += HVEC4(0.20153809, 0.094055176, -0.25927734, 0.45141602) * v0_5.x;
        h0_3 += HVEC4(-0.08282471, 0.11328125, 0.11975098, -0.017074585) * v0_5.y;
        h0_3 += HVEC4(-0.112976074, 0.10736084, -0.08337402, 0.04473877) * v0_5.z;
        h0_3 += HVEC4(0.12756348, -1.4746094, -0.4321289, 0.037261963) * v0_5.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.07611084, 0.07910156, 0.08050537, 0.16564941) * v0_4.x;
        h0_0 += HVEC4(0.14001465, 0.06945801, -0.15393066, -0.13342285) * v0_4.y;
        h0_0 += HVEC4(-0.064453125, 0.17443848, -0.038024902, -0.022735596) * v0_4.z;
        h0_0 += HVEC4(0.0079574585, -0.39013672, -0.4423828, 0.42089844) * v0_4.w;
        h0_0 += HVEC4(0.15515137, -0.0004477501, -0.09460449, 0.11529541) * v0_5.x;
        h0_0 += HVEC4(-0.111450195, 0.28808594, 0.057281494, 0.13745117) * v0_5.y;
        h0_0 += HVEC4(0.10723877, 0.0713501, 0.16333008, 0.059539795) * v0_5.z;
        h0_0 += HVEC4(0.057128906, 0.18530273, 0.09881592, -0.03463745) * v0_5.w;
        h0_1 += HVEC4(0.1038208, 0.032043457, -0.03857422, 0.04168701) * v0_4.x;
        h0_1 += HVEC4(0.09088135, -0.009429932, 0.045837402, -0.0031108856) * v0_4.y;
        h0_1 += HVEC4(0.04473877, 0.2631836, 0.005104065, 0.36376953) * v0_4.z;
        h0_1 += HVEC4(0.058929443, -0.044158936, 0.099975586, -0.6542969) * v0_4.w;
        h0_1 += HVEC4(0.057647705, -0.082214355, 0.02784729, -0.14440918) * v0_5.x;
        h0_1 += HVEC4(-0.008270264, 0.083862305, -0.17504883, 0.040039062) * v0_5.y;
        h0_1 += HVEC4(0.11785889, 0.08276367, 0.20227051, -0.01977539) * v0_5.z;
        h0_1 += HVEC4(0.18811035, 0.10058594, 0.040527344, 0.16381836) * v0_5.w;
        h0_2 += HVEC4(-0.017410278, 0.07513428, -0.0131073, 0.00995636) * v0_4.x;
        h0_2 += HVEC4(0.23291016, 0.1003418, 0.22558594, 0.029754639) * v0_4.y;
        h0_2 += HVEC4(-0.055389404, 0.081848145, -0.10333252, 0.023162842) * v0_4.z;
        h0_2 += HVEC4(-0.16772461, 0.84765625, 0.6479492, -0.012397766) * v0_4.w;
        h0_2 += HVEC4(0.023345947, -0.07305908, 0.0769043, -0.037017822) * v0_5.x;
        h0_2 += HVEC4(0.009880066, 0.28564453, 0.15563965, 0.018844604) * v0_5.y;
        h0_2 += HVEC4(-0.12011719, -0.13574219, 0.011581421, 0.028366089) * v0_5.z;
        h0_2 += HVEC4(-0.027511597, 0.16625977, 0.111083984, 0.1439209) * v0_5.w;
        h0_3 += HVEC4(0.071777344, 0.09832764, 0.08795166, -0.029418945) * v0_4.x;
        h0_3 += HVEC4(0.29785156, -0.36108398, -0.3720703, -0.08868408) * v0_4.y;
        h0_3 += HVEC4(-0.040893555, -0.16125488, -0.094055176, -0.036346436) * v0_4.z;
        h0_3 += HVEC4(-0.18664551, 0.30395508, -0.0418396, -0.11639404) * v0_4.w;
        h0_3 += HVEC4(0.101745605, 0.06774902, 0.02973938, 0.015602112) * v0_5.x;
        h0_3 += HVEC4(0.033416748, -0.061798096, 0.20507812, 0.04876709) * v0_5.y;
        h0_3 += HVEC4(-0.10235596, 0.25024414, -0.0770874, 0.2121582) * v0_5.z;
        h0_3 += HVEC4(-0.27783203, -2.0332031, -0.8930664, -0.055786133) * v0_5.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 68]);
        HVEC4 v0_5 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.12780762, -0.07824707, 0.14892578, 0.3544922) * v0_4.x;
        h0_0 += HVEC4(0.06286621, 0.12817383, 0.123046875, -0.2163086) * v0_4.y;
        h0_0 += HVEC4(-0.13781738, -0.33935547, -0.11987305, 0.21154785) * v0_4.z;
        h0_0 += HVEC4(-0.25341797, -0.39892578, 0.93847656, 0.048675537) * v0_4.w;
        h0_0 += HVEC4(-0.09716797, -0.28222656, 0.19140625, 0.21838379) * v0_5.x;
        h0_0 += HVEC4(-0.11273193, 0.08166504, 0.27539062, 0.055541992) * v0_5.y;
        h0_0 += HVEC4(0.05227661, -0.049591064, 0.03366089, -0.045928955) * v0_5.z;
        h0_0 += HVEC4(-0.0018053055, -0.20056152, -0.0015869141, -0.21716309) * v0_5.w;
        h0_1 += HVEC4(-0.076660156, 0.067871094, -0.017105103, -0.03326416) * v0_4.x;
        h0_1 += HVEC4(-0.2932129, -0.17932129, 0.14672852, 0.21374512) * v0_4.y;
        h0_1 += HVEC4(0.010429382, 0.061706543, -0.06213379, -0.043792725) * v0_4.z;
        h0_1 += HVEC4(-0.36791992, 0.21826172, -0.16271973, -0.055114746) * v0_4.w;
        h0_1 += HVEC4(-0.018585205, 0.015777588, 0.023788452, 0.1998291) * v0_5.x;
        h0_1 += HVEC4(-0.07525635, 0.031433105, -0.05822754, 0.03842163) * v0_5.y;
        h0_1 += HVEC4(-0.03970337, 0.0463562, -0.050842285, 0.14904785) * v0_5.z;
        h0_1 += HVEC4(-0.0016050339, 0.032196045, 0.05770874, 0.12695312) * v0_5.w;
        h0_2 += HVEC4(-0.047546387, 0.13415527, -0.046325684, 0.031982422) * v0_4.x;
        h0_2 += HVEC4(-0.20507812, 0.5917969, -0.056671143, 0.22998047) * v0_4.y;
        h0_2 += HVEC4(-0.05960083, -0.16369629, -0.28442383, 0.1083374) * v0_4.z;
        h0_2 += HVEC4(0.1262207, -2.671875, -1.2675781, -0.026748657) * v0_4.w;
        h0_2 += HVEC4(0.1373291, -0.38061523, 0.09527588, -0.3017578) * v0_5.x;
        h0_2 += HVEC4(-0.008666992, 0.06573486, 0.07434082, 0.023910522) * v0_5.y;
        h0_2 += HVEC4(-0.10888672, -0.4506836, -0.0041160583, 0.005996704) * v0_5.z;
        h0_2 += HVEC4(0.021560669, -0.007827759, -0.012794495, -0.05130005) * v0_5.w;
        h0_3 += HVEC4(-0.036987305, 0.30151367, 0.008514404, 0.03265381) * v0_4.x;
        h0_3 += HVEC4(-0.0034542084, 0.0993042, -0.17565918, -0.11804199) * v0_4.y;
        h0_3 += HVEC4(-0.015777588, -0.34155273, -0.04824829, -0.03857422) * v0_4.z;
        h0_3 += HVEC4(0.09100342, 0.32788086, -1.3457031, 0.06524658) * v0_4.w;
        h0_3 += HVEC4(-0.0005912781, 0.14794922, -0.38549805, 0.118652344) * v0_5.x;
        h0_3 += HVEC4(-0.033813477, 0.07849121, 0.050628662, 0.009475708) * v0_5.y;
        h0_3 += HVEC4(-0.033935547, 0.14855957, -0.12030029, -0.023620605) * v0_5.z;
        h0_3 += HVEC4(0.03338623, 0.002811432, -0.012817383, 0.056549072) * v0_5.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 69]);
        HVEC4 v0_5 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.23706055, 0.12145996, 0.0014410019, 0.13476562) * v0_4.x;
        h0_0 += HVEC4(-0.34570312, 0.34179688, 0.12927246, -0.27514648) * v0_4.y;
        h0_0 += HVEC4(0.023376465, -0.35498047, -0.091674805, 0.05822754) * v0_4.z;
        h0_0 += HVEC4(-0.20861816, -0.91552734, 0.171875, -0.22717285) * v0_4.w;
        h0_0 += HVEC4(0.022888184, 0.07672119, 0.3720703, 0.026824951) * v0_5.x;
        h0_0 += HVEC4(-0.16992188, -0.008285522, 0.16833496, 0.014350891) * v0_5.y;
        h0_0 += HVEC4(0.13439941, -0.05404663, -0.11035156, 0.079833984) * v0_5.z;
        h0_0 += HVEC4(0.030670166, -0.78759766, -0.089660645, 0.3190918) * v0_5.w;
        h0_1 += HVEC4(-0.14111328, 0.33984375, 0.14978027, -0.0579834) * v0_4.x;
        h0_1 += HVEC4(-0.020355225, -0.6640625, -0.32763672, 0.27392578) * v0_4.y;
        h0_1 += HVEC4(-0.18920898, 0.14233398, 0.26953125, 0.25268555) * v0_4.z;
        h0_1 += HVEC4(0.70947266, 0.068359375, -0.17480469, 0.2849121) * v0_4.w;
        h0_1 += HVEC4(0.05215454, 0.17541504, -0.021743774, 0.07739258) * v0_5.x;
        h0_1 += HVEC4(-0.19238281, -0.022109985, -0.10583496, 0.013580322) * v0_5.y;
        h0_1 += HVEC4(-0.13098145, 0.0287323, 0.09185791, -0.03866577) * v0_5.z;
        h0_1 += HVEC4(-0.25073242, 0.24560547, -0.0011844635, -0.18188477) * v0_5.w;
        h0_2 += HVEC4(-0.11846924, 0.19946289, -0.69140625, 0.08935547) * v0_4.x;
        h0_2 += HVEC4(0.20898438, -0.017318726, 0.25146484, -0.23693848) * v0_4.y;
        h0_2 += HVEC4(-0.48950195, 0.031585693, 0.03604126, 0.004535675) * v0_4.z;
        h0_2 += HVEC4(0.23571777, 1.2939453, -0.20141602, 0.22009277) * v0_4.w;
        h0_2 += HVEC4(-0.015602112, -0.24926758, -0.24987793, 0.11328125) * v0_5.x;
        h0_2 += HVEC4(0.021408081, 0.33569336, 0.022766113, -0.0009794235) * v0_5.y;
        h0_2 += HVEC4(-0.116882324, -0.20458984, 0.16918945, -0.040863037) * v0_5.z;
        h0_2 += HVEC4(-0.2565918, 0.03942871, -0.20727539, 0.008964539) * v0_5.w;
        h0_3 += HVEC4(-0.18688965, 0.5551758, 0.1854248, 0.117370605) * v0_4.x;
        h0_3 += HVEC4(0.026672363, 0.19909668, -0.118652344, -0.1083374) * v0_4.y;
        h0_3 += HVEC4(-0.051940918, -0.12371826, -0.048583984, 0.036956787) * v0_4.z;
        h0_3 += HVEC4(-0.17785645, -0.18530273, 0.09375, 0.119384766) * v0_4.w;
        h0_3 += HVEC4(0.10809326, 0.24523926, -0.37426758, 0.15612793) * v0_5.x;
        h0_3 += HVEC4(-0.06298828, 0.16540527, 0.1171875, 0.013999939) * v0_5.y;
        h0_3 += HVEC4(-0.013847351, 0.07122803, 0.0647583, -0.04498291) * v0_5.z;
        h0_3 += HVEC4(-0.013092041, -0.5131836, 0.044830322, -0.08355713) * v0_5.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 70]);
        HVEC4 v0_5 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.013412476, 0.25048828, -0.015296936, 0.3256836) * v0_4.x;
        h0_0 += HVEC4(-0.03390503, 0.17126465, 0.27856445, -0.019210815) * v0_4.y;
        h0_0 += HVEC4(-0.11218262, -0.25976562, -0.14074707, 0.051757812) * v0_4.z;
        h0_0 += HVEC4(-0.42529297, 0.20617676, 0.51416016, 0.44799805) * v0_4.w;
        h0_0 += HVEC4(0.10247803, -0.094055176, 0.039245605, 0.0826416) * v0_5.x;
        h0_0 += HVEC4(-0.099975586, 0.13256836, 0.05105591, 0.033691406) * v0_5.y;
        h0_0 += HVEC4(0.023361206, -0.11291504, -0.06149292, -0.14672852) * v0_5.z;
        h0_0 += HVEC4(0.01776123, -0.3161621, -0.0018529892, -0.28808594) * v0_5.w;
        h0_1 += HVEC4(-0.007575989, -0.008880615, 0.10839844, 0.03250122) * v0_4.x;
        h0_1 += HVEC4(-0.0051231384, 0.08569336, -0.045898438, 0.26245117) * v0_4.y;
        h0_1 += HVEC4(0.067993164, 0.05218506, 0.056121826, -0.007801056) * v0_4.z;
        h0_1 += HVEC4(0.04650879, 0.3305664, -0.17456055, 0.3190918) * v0_4.w;
        h0_1 += HVEC4(-0.035858154, -0.12939453, 0.05102539, 0.071777344) * v0_5.x;
        h0_1 += HVEC4(-0.06555176, 0.01448822, -0.039794922, -0.03704834) * v0_5.y;
        h0_1 += HVEC4(-0.15625, -0.009475708, 0.029037476, 0.05319214) * v0_5.z;
        h0_1 += HVEC4(0.045776367, 0.090148926, 0.18884277, 0.16040039) * v0_5.w;
        h0_2 += HVEC4(-0.03189087, 0.17797852, -0.041992188, -0.021957397) * v0_4.x;
        h0_2 += HVEC4(-0.048034668, -0.24951172, -0.37329102, -0.012672424) * v0_4.y;
        h0_2 += HVEC4(-0.013206482, 0.039764404, -0.14099121, 0.04925537) * v0_4.z;
        h0_2 += HVEC4(0.4338379, 0.98779297, 0.48046875, 0.2454834) * v0_4.w;
        h0_2 += HVEC4(0.024307251, -0.06311035, -0.0044136047, 0.015281677) * v0_5.x;
        h0_2 += HVEC4(0.06652832, 0.05026245, 0.0022506714, 0.040039062) * v0_5.y;
        h0_2 += HVEC4(-0.049346924, 0.047607422, 0.06903076, -0.033813477) * v0_5.z;
        h0_2 += HVEC4(-0.13464355, -0.040985107, -0.018951416, -0.012466431) * v0_5.w;
        h0_3 += HVEC4(-0.03491211, 0.15625, 0.12243652, 0.075927734) * v0_4.x;
        h0_3 += HVEC4(0.16455078, 0.65527344, -0.22265625, -0.13659668) * v0_4.y;
        h0_3 += HVEC4(-0.09136963, 0.05569458, 0.14611816, -0.026260376) * v0_4.z;
        h0_3 += HVEC4(0.05682373, 0.24584961, -0.58251953, -0.050323486) * v0_4.w;
        h0_3 += HVEC4(0.067871094, -0.012184143, -0.0075035095, 0.04916382) * v0_5.x;
        h0_3 += HVEC4(-0.014633179, 0.119384766, 0.19421387, 0.030029297) * v0_5.y;
        h0_3 += HVEC4(-0.027877808, 0.04135132, 0.07098389, -0.066223145) * v0_5.z;
        h0_3 += HVEC4(-0.11553955, -0.4934082, -0.19689941, -0.035888672) * v0_5.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n2_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n2_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 6..7.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.12976074, 0.09802246, 0.16760254, 0.10333252) * v0_6.x;
        h0_0 += HVEC4(-0.1295166, 0.030441284, -0.015571594, 0.07751465) * v0_6.y;
        h0_0 += HVEC4(-0.011886597, 0.046661377, -0.078430176, -0.01727295) * v0_6.z;
        h0_0 += HVEC4(0.05569458, 0.0014867783, 0.029220581, 0.033996582) * v0_6.w;
        h0_0 += HVEC4(-0.09069824, -0.4116211, -0.28759766, -0.029586792) * v0_7.x;
        h0_0 += HVEC4(0.010955811, 0.013793945, 0.04135132, 0.00085926056) * v0_7.y;
        h0_0 += HVEC4(-0.053131104, -0.080444336, -0.012283325, 0.0067443848) * v0_7.z;
        h0_0 += HVEC4(-0.07751465, 0.07849121, -0.062683105, 0.016052246) * v0_7.w;
        h0_1 += HVEC4(0.03302002, 0.048431396, -0.15039062, 0.083984375) * v0_6.x;
        h0_1 += HVEC4(-0.030517578, 0.18322754, 0.10864258, 0.1171875) * v0_6.y;
        h0_1 += HVEC4(0.058288574, 0.07220459, 0.026519775, -0.009048462) * v0_6.z;
        h0_1 += HVEC4(0.055999756, 0.0022220612, 0.06738281, 0.14831543) * v0_6.w;
        h0_1 += HVEC4(-0.13305664, -0.020599365, -0.034729004, -0.34594727) * v0_7.x;
        h0_1 += HVEC4(0.10559082, -0.08459473, 0.031036377, 0.1303711) * v0_7.y;
        h0_1 += HVEC4(-0.07220459, 0.022735596, -0.05709839, -0.19262695) * v0_7.z;
        h0_1 += HVEC4(-0.11138916, -0.009963989, -0.17700195, -0.0345459) * v0_7.w;
        h0_2 += HVEC4(0.023666382, 0.054016113, 0.08306885, 0.05041504) * v0_6.x;
        h0_2 += HVEC4(0.036254883, 0.06008911, 0.033203125, -0.12573242) * v0_6.y;
        h0_2 += HVEC4(0.13049316, 0.17907715, -0.05255127, 0.019515991) * v0_6.z;
        h0_2 += HVEC4(0.029174805, 0.078186035, -0.004962921, 0.00730896) * v0_6.w;
        h0_2 += HVEC4(0.05709839, 0.22680664, 0.27441406, 0.041412354) * v0_7.x;
        h0_2 += HVEC4(-0.0053138733, 0.20446777, 0.06994629, 0.05218506) * v0_7.y;
        h0_2 += HVEC4(0.044067383, -0.42163086, 0.0026187897, 0.0032253265) * v0_7.z;
        h0_2 += HVEC4(-0.018844604, -0.31347656, 0.032440186, -0.11639404) * v0_7.w;
        h0_3 += HVEC4(-0.02748108, 0.060302734, 0.24951172, 0.015022278) * v0_6.x;
        h0_3 += HVEC4(-0.10247803, -0.044281006, 0.0053100586, 0.04815674) * v0_6.y;
        h0_3 += HVEC4(0.10369873, -0.16101074, -0.34985352, 0.018173218) * v0_6.z;
        h0_3 += HVEC4(-0.049621582, 0.0602417, -0.14929199, -0.0005879402) * v0_6.w;
        h0_3 += HVEC4(-0.05569458, -0.31176758, -0.13745117, 0.07318115) * v0_7.x;
        h0_3 += HVEC4(-0.00090026855, -0.002149582, 0.16845703, -0.0149002075) * v0_7.y;
        h0_3 += HVEC4(0.072265625, -0.10784912, 0.21643066, 0.004459381) * v0_7.z;
        h0_3 += HVEC4(0.0758667, 0.043792725, 0.08074951, -0.037902832) * v0_7.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.08526611, 0.027679443, 0.31274414, 0.19580078) * v0_6.x;
        h0_0 += HVEC4(-0.15356445, 0.19885254, 0.140625, 0.1239624) * v0_6.y;
        h0_0 += HVEC4(0.06890869, -0.057647705, 0.081848145, 0.27539062) * v0_6.z;
        h0_0 += HVEC4(0.008232117, 0.043273926, 0.1015625, -0.022354126) * v0_6.w;
        h0_0 += HVEC4(0.6040039, -0.030654907, 0.36157227, -0.19396973) * v0_7.x;
        h0_0 += HVEC4(-0.027114868, 0.0049362183, 0.117614746, 0.07836914) * v0_7.y;
        h0_0 += HVEC4(-0.09301758, -0.054779053, -0.09802246, -0.02885437) * v0_7.z;
        h0_0 += HVEC4(-0.24633789, 0.06518555, -0.27392578, -0.2783203) * v0_7.w;
        h0_1 += HVEC4(-0.08630371, -0.03466797, -0.0619812, 0.13464355) * v0_6.x;
        h0_1 += HVEC4(-0.1743164, 0.18261719, -0.17980957, -0.22192383) * v0_6.y;
        h0_1 += HVEC4(-0.012832642, -0.018814087, 0.001036644, 0.28833008) * v0_6.z;
        h0_1 += HVEC4(0.049804688, -0.16210938, -0.023239136, 0.19628906) * v0_6.w;
        h0_1 += HVEC4(0.104003906, 0.13208008, 0.42358398, 0.48828125) * v0_7.x;
        h0_1 += HVEC4(0.19262695, -0.14416504, 0.029174805, 0.12097168) * v0_7.y;
        h0_1 += HVEC4(0.012969971, 0.11206055, -0.00063705444, -0.45043945) * v0_7.z;
        h0_1 += HVEC4(0.14978027, 0.12402344, -0.2052002, -0.44067383) * v0_7.w;
        h0_2 += HVEC4(0.029342651, 0.09100342, 0.049987793, 0.060333252) * v0_6.x;
        h0_2 += HVEC4(-0.02746582, 0.17541504, 0.027297974, 0.11328125) * v0_6.y;
        h0_2 += HVEC4(-0.15368652, -0.07849121, 0.15393066, 0.006248474) * v0_6.z;
        h0_2 += HVEC4(-0.08013916, 0.09863281, 0.055908203, 0.00592041) * v0_6.w;
        h0_2 += HVEC4(0.2644043, -0.29589844, -0.5698242, 0.042388916) * v0_7.x;
        h0_2 += HVEC4(-0.0463562, 0.27514648, -0.009147644, -0.02180481) * v0_7.y;
        h0_2 += HVEC4(0.15600586, -0.19921875, 0.002729416, -0.0035953522) * v0_7.z;
        h0_2 += HVEC4(-0.10809326, -0.41796875, 0.03857422, -0.038757324) * v0_7.w;
        h0_3 += HVEC4(0.11657715, -0.07086182, 0.043945312, 0.01234436) * v0_6.x;
        h0_3 += HVEC4(0.101257324, -0.24023438, 0.17895508, 0.072631836) * v0_6.y;
        h0_3 += HVEC4(0.09692383, 0.22363281, 0.24572754, -0.020095825) * v0_6.z;
        h0_3 += HVEC4(-0.046142578, -0.023849487, -0.59472656, 0.0026283264) * v0_6.w;
        h0_3 += HVEC4(-0.076660156, -0.24169922, 0.359375, -0.26733398) * v0_7.x;
        h0_3 += HVEC4(-0.07702637, -0.10235596, 0.20715332, 0.047943115) * v0_7.y;
        h0_3 += HVEC4(0.0881958, -0.074157715, 0.26782227, -0.0025844574) * v0_7.z;
        h0_3 += HVEC4(0.0619812, -0.110961914, 0.28588867, -0.024124146) * v0_7.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.15710449, 0.22473145, 0.14868164, 0.079833984) * v0_6.x;
        h0_0 += HVEC4(-0.19116211, 0.049865723, -0.031082153, -0.030136108) * v0_6.y;
        h0_0 += HVEC4(0.12213135, -0.13586426, -0.03326416, -0.105529785) * v0_6.z;
        h0_0 += HVEC4(0.02607727, -0.10290527, 0.07147217, 0.053710938) * v0_6.w;
        h0_0 += HVEC4(0.08660889, -0.41333008, 0.0054473877, -0.05621338) * v0_7.x;
        h0_0 += HVEC4(0.00044035912, -0.10247803, 0.02368164, 0.08795166) * v0_7.y;
        h0_0 += HVEC4(-0.05050659, -0.091674805, 0.020263672, 0.010902405) * v0_7.z;
        h0_0 += HVEC4(-0.115234375, 0.13769531, -0.22033691, -0.21948242) * v0_7.w;
        h0_1 += HVEC4(-0.08129883, -0.026763916, -0.035217285, 0.11553955) * v0_6.x;
        h0_1 += HVEC4(-0.4086914, 0.1932373, -0.23901367, 0.091796875) * v0_6.y;
        h0_1 += HVEC4(-0.06341553, 0.046447754, -0.076538086, -0.06756592) * v0_6.z;
        h0_1 += HVEC4(0.08337402, 0.02104187, 0.0032806396, 0.089904785) * v0_6.w;
        h0_1 += HVEC4(-0.1083374, -0.46826172, -0.0039405823, -0.29760742) * v0_7.x;
        h0_1 += HVEC4(0.116882324, -0.113586426, 0.08959961, -0.019195557) * v0_7.y;
        h0_1 += HVEC4(-0.023880005, 0.06933594, -0.055633545, -0.27978516) * v0_7.z;
        h0_1 += HVEC4(-0.12390137, -0.30615234, -0.22912598, -0.5629883) * v0_7.w;
        h0_2 += HVEC4(-0.0385437, 0.17419434, 0.03201294, -0.009895325) * v0_6.x;
        h0_2 += HVEC4(-0.07324219, 0.14379883, 0.23242188, 0.07116699) * v0_6.y;
        h0_2 += HVEC4(0.0001770258, -0.099365234, -0.060791016, -0.01763916) * v0_6.z;
        h0_2 += HVEC4(0.0037441254, 0.03866577, 0.0052490234, 0.019851685) * v0_6.w;
        h0_2 += HVEC4(-0.23059082, 0.041107178, 0.0023021698, -0.05670166) * v0_7.x;
        h0_2 += HVEC4(0.03503418, 0.06518555, 0.04650879, 0.021347046) * v0_7.y;
        h0_2 += HVEC4(0.011108398, -0.2199707, 0.023651123, 0.006008148) * v0_7.z;
        h0_2 += HVEC4(0.21057129, -0.26000977, 0.60009766, -0.029693604) * v0_7.w;
        h0_3 += HVEC4(0.091796875, 0.21032715, -0.03463745, 0.035491943) * v0_6.x;
        h0_3 += HVEC4(-0.15795898, 0.07080078, -0.099121094, -0.026306152) * v0_6.y;
        h0_3 += HVEC4(0.059143066, -0.16870117, -0.1619873, -0.054626465) * v0_6.z;
        h0_3 += HVEC4(-0.07672119, -0.049804688, -0.43041992, -0.029159546) * v0_6.w;
        h0_3 += HVEC4(-0.009483337, 0.0037765503, -0.19641113, 0.1751709) * v0_7.x;
        h0_3 += HVEC4(-0.0715332, 0.2211914, -0.28710938, 0.03652954) * v0_7.y;
        h0_3 += HVEC4(0.025604248, -0.02204895, 0.19311523, 0.020050049) * v0_7.z;
        h0_3 += HVEC4(0.18444824, 0.05822754, 0.075927734, -0.019439697) * v0_7.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 34]);
        HVEC4 v0_7 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.1394043, 0.05987549, 0.20202637, -0.015701294) * v0_6.x;
        h0_0 += HVEC4(0.041290283, -0.051330566, 0.26611328, -0.054107666) * v0_6.y;
        h0_0 += HVEC4(0.19897461, -0.0496521, 0.06335449, 0.18652344) * v0_6.z;
        h0_0 += HVEC4(0.015403748, 0.08416748, 0.054016113, 0.00289917) * v0_6.w;
        h0_0 += HVEC4(0.00472641, -0.46557617, -0.06793213, 0.20825195) * v0_7.x;
        h0_0 += HVEC4(-0.04046631, -0.10131836, 0.1237793, -0.07446289) * v0_7.y;
        h0_0 += HVEC4(-0.034820557, -0.080322266, -0.091552734, 0.10095215) * v0_7.z;
        h0_0 += HVEC4(-0.1427002, 0.10876465, 0.14233398, 0.0949707) * v0_7.w;
        h0_1 += HVEC4(0.0018358231, -0.0013570786, -0.11029053, -0.011474609) * v0_6.x;
        h0_1 += HVEC4(0.039001465, -0.064941406, -0.12084961, -0.11016846) * v0_6.y;
        h0_1 += HVEC4(-0.09741211, -0.17016602, -0.08618164, 0.23742676) * v0_6.z;
        h0_1 += HVEC4(0.018997192, -0.027786255, 0.047180176, 0.21496582) * v0_6.w;
        h0_1 += HVEC4(0.1282959, 0.059326172, 0.010475159, -0.048675537) * v0_7.x;
        h0_1 += HVEC4(0.13464355, -0.011116028, 0.0960083, 0.0914917) * v0_7.y;
        h0_1 += HVEC4(-0.05581665, 0.054870605, -0.04458618, -0.24487305) * v0_7.z;
        h0_1 += HVEC4(-0.066101074, -0.04888916, -0.13024902, -0.2709961) * v0_7.w;
        h0_2 += HVEC4(0.030319214, 0.0446167, 0.09197998, 0.046142578) * v0_6.x;
        h0_2 += HVEC4(0.099731445, 0.11682129, -0.12683105, -0.09503174) * v0_6.y;
        h0_2 += HVEC4(-0.00019919872, -0.014915466, 0.05291748, 0.13598633) * v0_6.z;
        h0_2 += HVEC4(-0.034454346, 0.17614746, 0.059295654, -0.059387207) * v0_6.w;
        h0_2 += HVEC4(0.17053223, -0.14709473, 0.18115234, -0.25219727) * v0_7.x;
        h0_2 += HVEC4(0.07788086, 0.17456055, 0.04827881, -0.0073127747) * v0_7.y;
        h0_2 += HVEC4(0.05987549, -0.7729492, -0.050476074, -0.01322937) * v0_7.z;
        h0_2 += HVEC4(-0.055847168, -0.50146484, 0.030334473, -0.017974854) * v0_7.w;
        h0_3 += HVEC4(-0.062683105, 0.31079102, 0.22460938, 0.008308411) * v0_6.x;
        h0_3 += HVEC4(-0.13317871, 0.12176514, 0.16589355, 0.013023376) * v0_6.y;
        h0_3 += HVEC4(0.10748291, 0.007820129, -0.13171387, -0.02720642) * v0_6.z;
        h0_3 += HVEC4(-0.018066406, 0.058807373, -0.21643066, 0.012321472) * v0_6.w;
        h0_3 += HVEC4(0.0927124, -0.19677734, -0.087646484, 0.15332031) * v0_7.x;
        h0_3 += HVEC4(-0.02520752, 0.19897461, -0.05581665, 0.016281128) * v0_7.y;
        h0_3 += HVEC4(0.0435791, -0.09387207, 0.203125, 0.02835083) * v0_7.z;
        h0_3 += HVEC4(-0.03744507, 0.20117188, -0.054718018, 0.01751709) * v0_7.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 35]);
        HVEC4 v0_7 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.17199707, 0.07861328, 0.060699463, 0.117126465) * v0_6.x;
        h0_0 += HVEC4(0.2746582, 0.21984863, 0.060699463, -0.21472168) * v0_6.y;
        h0_0 += HVEC4(-0.38452148, -0.049987793, 0.27001953, -0.47070312) * v0_6.z;
        h0_0 += HVEC4(-0.07287598, 0.03451538, -0.05908203, -0.070495605) * v0_6.w;
        h0_0 += HVEC4(0.44189453, -1.5292969, 0.034118652, -0.96533203) * v0_7.x;
        h0_0 += HVEC4(0.018112183, 0.28466797, -0.021484375, 0.0010757446) * v0_7.y;
        h0_0 += HVEC4(-0.083862305, -0.057250977, 0.112976074, -0.0023612976) * v0_7.z;
        h0_0 += HVEC4(-0.093444824, 0.12072754, 0.20874023, -0.11999512) * v0_7.w;
        h0_1 += HVEC4(-0.06951904, 0.09637451, -0.18786621, 0.054504395) * v0_6.x;
        h0_1 += HVEC4(-0.16845703, 0.06951904, -0.021835327, -0.078430176) * v0_6.y;
        h0_1 += HVEC4(0.484375, -0.8886719, -0.10662842, -0.23535156) * v0_6.z;
        h0_1 += HVEC4(0.10437012, -0.0949707, 0.020492554, 0.021194458) * v0_6.w;
        h0_1 += HVEC4(-0.06500244, 0.3413086, 0.41796875, 0.42407227) * v0_7.x;
        h0_1 += HVEC4(0.093444824, -0.1282959, 0.020965576, -0.060546875) * v0_7.y;
        h0_1 += HVEC4(-0.16308594, 0.0023612976, -0.10668945, -0.4140625) * v0_7.z;
        h0_1 += HVEC4(0.0836792, -0.24206543, -0.032318115, -0.32006836) * v0_7.w;
        h0_2 += HVEC4(-0.00472641, -0.055145264, -0.013717651, 0.050689697) * v0_6.x;
        h0_2 += HVEC4(0.08068848, 0.12695312, -0.1776123, -0.120788574) * v0_6.y;
        h0_2 += HVEC4(0.12426758, -0.1751709, 0.09222412, -0.13842773) * v0_6.z;
        h0_2 += HVEC4(0.02923584, 0.14025879, -0.015419006, -0.03466797) * v0_6.w;
        h0_2 += HVEC4(-0.042541504, 0.023406982, -1.5712891, 0.23046875) * v0_7.x;
        h0_2 += HVEC4(0.018798828, 0.12683105, 0.21044922, 0.05303955) * v0_7.y;
        h0_2 += HVEC4(0.081604004, -0.37695312, 0.08355713, -0.036895752) * v0_7.z;
        h0_2 += HVEC4(0.009063721, -0.49560547, 0.12036133, 0.07867432) * v0_7.w;
        h0_3 += HVEC4(0.05026245, 0.1821289, 0.18798828, 0.020965576) * v0_6.x;
        h0_3 += HVEC4(0.2006836, -0.17956543, 0.18261719, 0.24829102) * v0_6.y;
        h0_3 += HVEC4(-0.15625, -0.022369385, 0.058624268, 0.074523926) * v0_6.z;
        h0_3 += HVEC4(-0.11090088, -0.035095215, -0.5439453, -0.019058228) * v0_6.w;
        h0_3 += HVEC4(0.021392822, -0.36547852, 0.22521973, 0.37939453) * v0_7.x;
        h0_3 += HVEC4(-0.13293457, 0.08123779, 0.035949707, 0.0008993149) * v0_7.y;
        h0_3 += HVEC4(0.00015056133, -0.05911255, 0.16088867, 0.0014305115) * v0_7.z;
        h0_3 += HVEC4(-0.037200928, 0.05105591, -0.2109375, -0.022506714) * v0_7.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.1282959, 0.07476807, 0.049804688, -0.011932373) * v0_6.x;
        h0_0 += HVEC4(-0.093933105, 0.024093628, 0.114746094, -0.05255127) * v0_6.y;
        h0_0 += HVEC4(-0.17773438, 0.1977539, -0.017913818, -0.25439453) * v0_6.z;
        h0_0 += HVEC4(0.074035645, 0.0048713684, -0.0012760162, -0.025222778) * v0_6.w;
        h0_0 += HVEC4(0.18041992, -0.099975586, -0.38012695, 0.045654297) * v0_7.x;
        h0_0 += HVEC4(-0.0028648376, 0.16088867, 0.06738281, 0.04574585) * v0_7.y;
        h0_0 += HVEC4(-0.015258789, -0.09552002, -0.052764893, -0.011108398) * v0_7.z;
        h0_0 += HVEC4(-0.13012695, -0.05441284, -0.09362793, 0.08282471) * v0_7.w;
        h0_1 += HVEC4(-0.079833984, -0.00028967857, -0.06829834, -0.09515381) * v0_6.x;
        h0_1 += HVEC4(-0.12573242, -0.21740723, 0.07623291, -0.16027832) * v0_6.y;
        h0_1 += HVEC4(0.11633301, 0.027633667, -0.45751953, 0.057250977) * v0_6.z;
        h0_1 += HVEC4(0.13330078, -0.14208984, 0.017929077, 0.18029785) * v0_6.w;
        h0_1 += HVEC4(0.20654297, -0.25048828, -0.01687622, -0.070495605) * v0_7.x;
        h0_1 += HVEC4(0.11968994, -0.117126465, -0.07293701, 0.1348877) * v0_7.y;
        h0_1 += HVEC4(-0.045837402, -0.088012695, -0.086364746, -0.2746582) * v0_7.z;
        h0_1 += HVEC4(-0.12524414, -0.30126953, -0.07220459, -0.36938477) * v0_7.w;
        h0_2 += HVEC4(-0.078125, -0.024795532, 0.14147949, -0.028869629) * v0_6.x;
        h0_2 += HVEC4(-0.17102051, 0.18579102, 0.119628906, 0.034454346) * v0_6.y;
        h0_2 += HVEC4(-0.06549072, -0.43701172, 0.051727295, 0.07147217) * v0_6.z;
        h0_2 += HVEC4(0.06365967, 0.11846924, -0.006290436, 0.04067993) * v0_6.w;
        h0_2 += HVEC4(0.06359863, 0.21716309, 0.43017578, -0.05847168) * v0_7.x;
        h0_2 += HVEC4(0.052734375, 0.0014276505, -0.008331299, 0.027267456) * v0_7.y;
        h0_2 += HVEC4(0.01159668, -0.19311523, 0.08502197, 0.032073975) * v0_7.z;
        h0_2 += HVEC4(-0.016494751, -0.28149414, 0.44433594, -0.006904602) * v0_7.w;
        h0_3 += HVEC4(0.0039787292, 0.31323242, 0.28955078, 0.075683594) * v0_6.x;
        h0_3 += HVEC4(-0.14355469, -0.19055176, 0.21203613, -0.10217285) * v0_6.y;
        h0_3 += HVEC4(-0.081604004, 0.101623535, 0.0082092285, -0.068847656) * v0_6.z;
        h0_3 += HVEC4(-0.09979248, -0.12408447, -0.32226562, 0.005126953) * v0_6.w;
        h0_3 += HVEC4(-0.0034599304, -0.6044922, 0.20910645, 0.25048828) * v0_7.x;
        h0_3 += HVEC4(-0.027328491, 0.16064453, 0.016571045, -0.013206482) * v0_7.y;
        h0_3 += HVEC4(0.029632568, -0.08459473, 0.09326172, -0.011993408) * v0_7.z;
        h0_3 += HVEC4(0.07324219, 0.18322754, -0.022247314, -0.011962891) * v0_7.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 68]);
        HVEC4 v0_7 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.17163086, 0.050354004, 0.26342773, 0.11279297) * v0_6.x;
        h0_0 += HVEC4(0.06677246, -0.11706543, -0.19250488, 0.055389404) * v0_6.y;
        h0_0 += HVEC4(0.19494629, -0.28027344, -0.05596924, -0.03857422) * v0_6.z;
        h0_0 += HVEC4(-0.036315918, -0.012245178, 0.039855957, -0.011642456) * v0_6.w;
        h0_0 += HVEC4(-0.010314941, -0.037017822, 0.004837036, -0.053100586) * v0_7.x;
        h0_0 += HVEC4(-0.032165527, -0.046081543, 0.10675049, 0.022354126) * v0_7.y;
        h0_0 += HVEC4(-0.0078048706, -0.10479736, -0.00017166138, 0.0044403076) * v0_7.z;
        h0_0 += HVEC4(-0.046905518, -0.028411865, -0.0028915405, 0.11663818) * v0_7.w;
        h0_1 += HVEC4(0.06048584, -0.01940918, -0.12548828, -0.06719971) * v0_6.x;
        h0_1 += HVEC4(0.033569336, -0.06298828, 0.024154663, 0.140625) * v0_6.y;
        h0_1 += HVEC4(-0.21740723, -0.0007047653, 0.059509277, -0.23535156) * v0_6.z;
        h0_1 += HVEC4(0.08856201, -0.00919342, -0.011642456, 0.1060791) * v0_6.w;
        h0_1 += HVEC4(0.020233154, -0.0015010834, 0.062683105, 0.044647217) * v0_7.x;
        h0_1 += HVEC4(0.10021973, -0.07409668, 0.022781372, 0.08312988) * v0_7.y;
        h0_1 += HVEC4(0.024353027, 0.04977417, -0.018692017, -0.20422363) * v0_7.z;
        h0_1 += HVEC4(0.09802246, 0.060455322, -0.027694702, 0.18469238) * v0_7.w;
        h0_2 += HVEC4(0.03540039, 0.0050964355, 0.13330078, 0.07092285) * v0_6.x;
        h0_2 += HVEC4(0.1619873, -0.09423828, -0.076293945, -0.024993896) * v0_6.y;
        h0_2 += HVEC4(-0.15466309, -0.34985352, 0.0368042, 0.06213379) * v0_6.z;
        h0_2 += HVEC4(0.04547119, 0.22424316, 0.013580322, -0.03692627) * v0_6.w;
        h0_2 += HVEC4(0.06719971, 0.05203247, -0.010513306, -0.037841797) * v0_7.x;
        h0_2 += HVEC4(0.13696289, 0.23266602, 0.08251953, 0.016616821) * v0_7.y;
        h0_2 += HVEC4(-0.0037612915, -0.28051758, 0.003768921, -0.021972656) * v0_7.z;
        h0_2 += HVEC4(0.041778564, -0.4025879, -0.024810791, 0.011795044) * v0_7.w;
        h0_3 += HVEC4(0.02180481, 0.1763916, 0.07537842, 0.008872986) * v0_6.x;
        h0_3 += HVEC4(0.07489014, -0.021362305, -0.09838867, 0.045440674) * v0_6.y;
        h0_3 += HVEC4(0.103027344, 0.034820557, -0.07696533, 0.01828003) * v0_6.z;
        h0_3 += HVEC4(0.0057258606, 0.054595947, -0.14697266, 0.015464783) * v0_6.w;
        h0_3 += HVEC4(0.0124053955, -0.09423828, -0.027557373, 0.01184082) * v0_7.x;
        h0_3 += HVEC4(0.049804688, 0.07397461, -0.07574463, -0.01234436) * v0_7.y;
        h0_3 += HVEC4(-0.017318726, -0.08178711, 0.121398926, -0.019729614) * v0_7.z;
        h0_3 += HVEC4(0.024002075, -0.06359863, -0.015808105, 0.021316528) * v0_7.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 69]);
        HVEC4 v0_7 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.18847656, 0.07293701, 0.17285156, 0.054260254) * v0_6.x;
        h0_0 += HVEC4(-0.051818848, 0.114990234, -0.082214355, 0.07324219) * v0_6.y;
        h0_0 += HVEC4(0.14575195, 0.075683594, -0.19042969, 0.45263672) * v0_6.z;
        h0_0 += HVEC4(0.067993164, -0.023269653, -0.03515625, 0.1005249) * v0_6.w;
        h0_0 += HVEC4(0.08605957, -0.11968994, -0.08508301, -0.45532227) * v0_7.x;
        h0_0 += HVEC4(-0.037841797, -0.028015137, 0.13049316, 0.23242188) * v0_7.y;
        h0_0 += HVEC4(0.051330566, -0.028808594, -0.017074585, 0.06628418) * v0_7.z;
        h0_0 += HVEC4(-0.08099365, 0.12310791, 0.06439209, 0.36865234) * v0_7.w;
        h0_1 += HVEC4(-0.1697998, -0.21191406, 0.0079956055, -0.05819702) * v0_6.x;
        h0_1 += HVEC4(0.32177734, 0.080566406, 0.3527832, 0.16882324) * v0_6.y;
        h0_1 += HVEC4(0.051605225, 0.010917664, -0.12023926, 0.35717773) * v0_6.z;
        h0_1 += HVEC4(0.020614624, 0.120666504, 0.06652832, 0.038391113) * v0_6.w;
        h0_1 += HVEC4(-0.055511475, -0.061584473, 0.07922363, -0.08850098) * v0_7.x;
        h0_1 += HVEC4(0.0848999, -0.052886963, 0.018951416, 0.26049805) * v0_7.y;
        h0_1 += HVEC4(-0.042114258, -0.05621338, -0.0093688965, -0.30273438) * v0_7.z;
        h0_1 += HVEC4(0.038879395, 0.0029296875, -0.036621094, 0.17077637) * v0_7.w;
        h0_2 += HVEC4(-0.030517578, 0.062164307, 0.01663208, 0.0146102905) * v0_6.x;
        h0_2 += HVEC4(0.052978516, -0.19885254, -0.2915039, -0.027542114) * v0_6.y;
        h0_2 += HVEC4(-0.2331543, -0.12200928, -0.07141113, 0.03741455) * v0_6.z;
        h0_2 += HVEC4(0.07836914, 0.19616699, -0.010765076, -0.00187397) * v0_6.w;
        h0_2 += HVEC4(-0.017227173, 0.16186523, -0.055847168, 0.0051345825) * v0_7.x;
        h0_2 += HVEC4(0.20300293, 0.20141602, 0.010391235, 0.032318115) * v0_7.y;
        h0_2 += HVEC4(-0.013504028, -0.11431885, 0.053588867, 0.015792847) * v0_7.z;
        h0_2 += HVEC4(0.17614746, -0.17126465, -0.087646484, -0.019821167) * v0_7.w;
        h0_3 += HVEC4(0.053527832, 0.31396484, 0.0848999, 0.09295654) * v0_6.x;
        h0_3 += HVEC4(0.12249756, 0.44555664, -0.007881165, -0.02810669) * v0_6.y;
        h0_3 += HVEC4(-0.20715332, -0.017410278, -0.093933105, -0.009239197) * v0_6.z;
        h0_3 += HVEC4(-0.045532227, 0.03552246, -0.1854248, -0.05355835) * v0_6.w;
        h0_3 += HVEC4(0.005001068, -0.10357666, 0.16601562, -0.017486572) * v0_7.x;
        h0_3 += HVEC4(0.012298584, 0.0970459, 0.08288574, -0.021240234) * v0_7.y;
        h0_3 += HVEC4(-0.034057617, -0.13220215, 0.19641113, 0.0079193115) * v0_7.z;
        h0_3 += HVEC4(0.042633057, -0.06903076, 0.009811401, -0.04727173) * v0_7.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 70]);
        HVEC4 v0_7 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.06921387, 0.14404297, 0.056274414, 0.12805176) * v0_6.x;
        h0_0 += HVEC4(0.0769043, -0.44628906, -0.2006836, 0.13098145) * v0_6.y;
        h0_0 += HVEC4(0.03616333, 0.08996582, -0.07739258, -0.0317688) * v0_6.z;
        h0_0 += HVEC4(0.035186768, 0.10241699, 0.06359863, -0.03616333) * v0_6.w;
        h0_0 += HVEC4(0.050323486, 0.023468018, -0.004535675, -0.060028076) * v0_7.x;
        h0_0 += HVEC4(-0.07800293, 0.115356445, -0.080444336, -0.0033035278) * v0_7.y;
        h0_0 += HVEC4(0.07611084, -0.11956787, 0.026016235, 0.097717285) * v0_7.z;
        h0_0 += HVEC4(-0.0008058548, 0.008132935, 0.15197754, 0.35888672) * v0_7.w;
        h0_1 += HVEC4(-0.046722412, 0.032836914, -0.009101868, -0.114990234) * v0_6.x;
        h0_1 += HVEC4(0.32666016, -0.007080078, 0.26464844, -0.103515625) * v0_6.y;
        h0_1 += HVEC4(-0.051513672, 0.21569824, 0.22314453, -0.12536621) * v0_6.z;
        h0_1 += HVEC4(0.0960083, 0.06512451, 0.07141113, 0.2286377) * v0_6.w;
        h0_1 += HVEC4(-0.017745972, -0.048553467, 0.032226562, 0.023895264) * v0_7.x;
        h0_1 += HVEC4(0.012145996, -0.08441162, 0.052703857, 0.087402344) * v0_7.y;
        h0_1 += HVEC4(0.051635742, 0.010246277, -0.050476074, -0.33325195) * v0_7.z;
        h0_1 += HVEC4(-0.005886078, -0.060516357, -0.031097412, 0.14428711) * v0_7.w;
        h0_2 += HVEC4(0.11743164, -0.028305054, 0.11254883, -0.008674622) * v0_6.x;
        h0_2 += HVEC4(0.24584961, 0.14111328, 0.20959473, 0.07116699) * v0_6.y;
        h0_2 += HVEC4(-0.06951904, 0.032409668, -0.1665039, -0.025863647) * v0_6.z;
        h0_2 += HVEC4(0.0680542, 0.27148438, 0.014167786, -0.0095825195) * v0_6.w;
        h0_2 += HVEC4(0.017028809, 0.08404541, -0.04434204, 0.012016296) * v0_7.x;
        h0_2 += HVEC4(0.124694824, 0.0435791, 0.084472656, -0.00012075901) * v0_7.y;
        h0_2 += HVEC4(0.00806427, -0.20544434, -0.027893066, 0.027832031) * v0_7.z;
        h0_2 += HVEC4(0.04977417, 0.05706787, -0.0012311935, 0.02420044) * v0_7.w;
        h0_3 += HVEC4(-0.028839111, 0.31323242, 0.19604492, 0.08544922) * v0_6.x;
        h0_3 += HVEC4(0.07385254, -0.025482178, -0.3400879, -0.18554688) * v0_6.y;
        h0_3 += HVEC4(-0.029067993, 0.018554688, 0.05807495, 0.0049057007) * v0_6.z;
        h0_3 += HVEC4(-0.019119263, -0.07525635, -0.1661377, -0.006587982) * v0_6.w;
        h0_3 += HVEC4(-0.0057907104, -0.07281494, 0.11376953, 0.062072754) * v0_7.x;
        h0_3 += HVEC4(0.06750488, -0.0597229, 0.16833496, -0.01374054) * v0_7.y;
        h0_3 += HVEC4(0.030838013, -0.13513184, 0.025100708, 0.038970947) * v0_7.z;
        h0_3 += HVEC4(0.015686035, -0.035980225, -0.21154785, 0.064331055) * v0_7.w;
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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[680];

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
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
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

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_0_1 = texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_1_1 = texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.1430664, -0.00187397, -0.0017175674, 0.033203125) * v0_0.x;
        h0_0 += HVEC4(0.31689453, 0.032104492, -0.030166626, 0.08856201) * v0_0.y;
        h0_0 += HVEC4(0.25952148, -0.007572174, 0.05419922, 0.09710693) * v0_0.z;
        h0_0 += HVEC4(0.26782227, 0.0016412735, -0.04547119, -0.0473938) * v0_0.w;
        h0_0 += HVEC4(0.29956055, 0.016723633, 0.04837036, 0.021499634) * v0_1.x;
        h0_0 += HVEC4(0.13464355, 0.013641357, -0.007545471, 0.10424805) * v0_1.y;
        h0_0 += HVEC4(-0.36523438, -0.024871826, 0.0037193298, 0.13842773) * v0_1.z;
        h0_0 += HVEC4(-0.6147461, -0.051239014, -0.09844971, -0.1071167) * v0_1.w;
        h0_1 += HVEC4(-0.011756897, -0.044891357, 0.011314392, 0.009346008) * v0_0.x;
        h0_1 += HVEC4(-0.076538086, 0.0045051575, -0.031066895, 0.11682129) * v0_0.y;
        h0_1 += HVEC4(0.07678223, -0.056732178, -0.121032715, 0.083740234) * v0_0.z;
        h0_1 += HVEC4(-0.09838867, 0.044433594, -0.06854248, -0.008460999) * v0_0.w;
        h0_1 += HVEC4(0.057678223, -0.015144348, -0.0072135925, 0.01235199) * v0_1.x;
        h0_1 += HVEC4(0.055267334, -0.01890564, -0.04574585, 0.008735657) * v0_1.y;
        h0_1 += HVEC4(0.027877808, -0.022338867, 0.06109619, 0.016418457) * v0_1.z;
        h0_1 += HVEC4(-0.034454346, -0.03778076, -0.049194336, -0.1730957) * v0_1.w;
        h0_2 += HVEC4(-0.04559326, 0.01586914, 0.012397766, 0.0088272095) * v0_0.x;
        h0_2 += HVEC4(0.03515625, -0.14221191, 0.018051147, 0.075927734) * v0_0.y;
        h0_2 += HVEC4(0.043762207, 0.013389587, -0.028823853, 0.056640625) * v0_0.z;
        h0_2 += HVEC4(0.15368652, 0.12451172, 0.099365234, 0.06463623) * v0_0.w;
        h0_2 += HVEC4(0.021774292, 0.040374756, -0.12298584, 0.010368347) * v0_1.x;
        h0_2 += HVEC4(0.035339355, -0.015617371, 0.0546875, -0.03668213) * v0_1.y;
        h0_2 += HVEC4(-0.036376953, 0.051635742, -0.06506348, 0.04837036) * v0_1.z;
        h0_2 += HVEC4(-0.0637207, -0.06982422, -0.006324768, -0.124572754) * v0_1.w;
        h0_3 += HVEC4(-0.07104492, 0.04623413, 0.014915466, 0.02078247) * v0_0.x;
        h0_3 += HVEC4(-0.1508789, -0.009506226, -0.16113281, -0.11212158) * v0_0.y;
        h0_3 += HVEC4(0.057250977, 0.020111084, 0.025497437, 0.07684326) * v0_0.z;
        h0_3 += HVEC4(-0.0040512085, 0.06536865, 0.052612305, 0.13085938) * v0_0.w;
        h0_3 += HVEC4(-0.009628296, -0.055145264, 0.032226562, 0.07714844) * v0_1.x;
        h0_3 += HVEC4(-0.023330688, -0.0016412735, -0.03414917, 0.0071105957) * v0_1.y;
        h0_3 += HVEC4(0.14880371, 0.0076179504, 0.07220459, 0.07757568) * v0_1.z;
        h0_3 += HVEC4(0.115112305, 0.101623535, 0.048858643, -0.1159668) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.03274536, -0.019256592, -0.06982422, -0.13867188) * v0_0.x;
        h0_0 += HVEC4(-0.35351562, 0.025939941, -0.06567383, -0.2043457) * v0_0.y;
        h0_0 += HVEC4(-0.037261963, -0.007381439, 0.07733154, 0.057525635) * v0_0.z;
        h0_0 += HVEC4(-1.2490234, -0.13000488, -0.07244873, 0.017959595) * v0_0.w;
        h0_0 += HVEC4(0.1665039, 0.014877319, -0.019134521, 0.012283325) * v0_1.x;
        h0_0 += HVEC4(-0.08111572, -0.037902832, 0.06329346, 0.028656006) * v0_1.y;
        h0_0 += HVEC4(-0.9658203, 0.06732178, 0.19555664, -0.0770874) * v0_1.z;
        h0_0 += HVEC4(-0.7714844, -0.0038833618, 0.021469116, -0.122802734) * v0_1.w;
        h0_1 += HVEC4(-0.12384033, 0.113464355, -0.03845215, -0.11199951) * v0_0.x;
        h0_1 += HVEC4(-0.11791992, 0.026306152, -0.22277832, -0.001282692) * v0_0.y;
        h0_1 += HVEC4(-0.08392334, -0.14794922, 0.021057129, 0.05267334) * v0_0.z;
        h0_1 += HVEC4(0.06365967, -0.027374268, -0.0871582, 0.20935059) * v0_0.w;
        h0_1 += HVEC4(0.06939697, -0.056121826, 0.09851074, -0.009437561) * v0_1.x;
        h0_1 += HVEC4(0.0064697266, 0.0028800964, -0.07879639, 0.052703857) * v0_1.y;
        h0_1 += HVEC4(-0.09588623, -0.007598877, -0.103393555, 0.16296387) * v0_1.z;
        h0_1 += HVEC4(0.046417236, 0.10040283, 0.060424805, 0.0023994446) * v0_1.w;
        h0_2 += HVEC4(-0.014884949, -0.037078857, 0.04550171, -0.056549072) * v0_0.x;
        h0_2 += HVEC4(0.068725586, -0.1418457, 0.020812988, -0.04269409) * v0_0.y;
        h0_2 += HVEC4(0.09136963, 0.16027832, -0.05203247, -0.005771637) * v0_0.z;
        h0_2 += HVEC4(-0.06427002, 0.16125488, 0.025939941, -0.05166626) * v0_0.w;
        h0_2 += HVEC4(0.07904053, 0.017303467, -0.17114258, 0.1161499) * v0_1.x;
        h0_2 += HVEC4(-0.07141113, -0.05895996, -0.07220459, -0.05822754) * v0_1.y;
        h0_2 += HVEC4(0.1184082, 0.087768555, -0.22766113, 0.18688965) * v0_1.z;
        h0_2 += HVEC4(-0.031921387, -0.09967041, -0.023040771, 0.045043945) * v0_1.w;
        h0_3 += HVEC4(0.011405945, -0.060150146, -0.046966553, -0.038635254) * v0_0.x;
        h0_3 += HVEC4(0.2163086, 0.15136719, 0.019577026, -0.50439453) * v0_0.y;
        h0_3 += HVEC4(-0.08508301, 0.0026378632, -0.016220093, 0.019760132) * v0_0.z;
        h0_3 += HVEC4(0.079711914, 0.21875, 0.055725098, -0.2133789) * v0_0.w;
        h0_3 += HVEC4(-0.14648438, 0.047058105, -0.029510498, -0.010154724) * v0_1.x;
        h0_3 += HVEC4(0.15771484, -0.012763977, 0.13659668, -0.12359619) * v0_1.y;
        h0_3 += HVEC4(0.24414062, -0.21044922, -0.09106445, 0.24255371) * v0_1.z;
        h0_3 += HVEC4(0.09991455, 0.08929443, -0.12536621, -0.006252289) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.09674072, -0.041137695, -0.0039367676, 0.02053833) * v0_0.x;
        h0_0 += HVEC4(-0.19689941, -0.003955841, -0.096069336, -0.060333252) * v0_0.y;
        h0_0 += HVEC4(0.3100586, -0.024383545, -0.0026187897, -0.08508301) * v0_0.z;
        h0_0 += HVEC4(0.5341797, -0.03857422, -0.016036987, -0.034454346) * v0_0.w;
        h0_0 += HVEC4(0.14379883, 0.0023651123, 0.017913818, 0.03817749) * v0_1.x;
        h0_0 += HVEC4(0.031463623, 0.02798462, -0.026565552, 0.04309082) * v0_1.y;
        h0_0 += HVEC4(-0.09527588, -0.019195557, -0.012992859, 0.050750732) * v0_1.z;
        h0_0 += HVEC4(0.050872803, -0.0003991127, 0.03463745, 0.027267456) * v0_1.w;
        h0_1 += HVEC4(-0.025619507, -0.050628662, 0.034820557, -0.010360718) * v0_0.x;
        h0_1 += HVEC4(0.0023899078, 0.003124237, -0.14575195, 0.11767578) * v0_0.y;
        h0_1 += HVEC4(0.049041748, 0.013259888, -0.05105591, -0.026184082) * v0_0.z;
        h0_1 += HVEC4(0.060455322, -0.12426758, -0.09307861, 0.06945801) * v0_0.w;
        h0_1 += HVEC4(-0.048553467, -0.12176514, 0.17407227, 0.066833496) * v0_1.x;
        h0_1 += HVEC4(-0.051208496, -0.009384155, 0.12182617, -0.009407043) * v0_1.y;
        h0_1 += HVEC4(0.13317871, 0.07904053, -0.115356445, -0.034698486) * v0_1.z;
        h0_1 += HVEC4(-0.0066184998, -0.11529541, 0.053985596, 0.040252686) * v0_1.w;
        h0_2 += HVEC4(-0.029708862, 0.04473877, 0.011924744, -0.012168884) * v0_0.x;
        h0_2 += HVEC4(0.111083984, -0.02558899, 0.18041992, 0.078552246) * v0_0.y;
        h0_2 += HVEC4(0.052764893, -0.008979797, -0.041656494, 0.047851562) * v0_0.z;
        h0_2 += HVEC4(0.08666992, -0.008529663, -0.08850098, -0.0058174133) * v0_0.w;
        h0_2 += HVEC4(0.070129395, 0.22973633, 0.02166748, 0.04949951) * v0_1.x;
        h0_2 += HVEC4(0.11846924, 0.053833008, 0.034057617, 0.08428955) * v0_1.y;
        h0_2 += HVEC4(-0.056732178, -0.06286621, 0.058258057, 0.060058594) * v0_1.z;
        h0_2 += HVEC4(0.0011444092, 0.041015625, -0.037750244, -0.062469482) * v0_1.w;
        h0_3 += HVEC4(0.02192688, 0.105407715, 0.036010742, -0.0024738312) * v0_0.x;
        h0_3 += HVEC4(0.36206055, -0.025558472, 0.017608643, 0.015792847) * v0_0.y;
        h0_3 += HVEC4(0.004638672, -0.1026001, 0.035064697, 0.026184082) * v0_0.z;
        h0_3 += HVEC4(0.107055664, -0.12731934, 0.030426025, 0.16430664) * v0_0.w;
        h0_3 += HVEC4(-0.12646484, 0.032958984, -0.038146973, 0.02897644) * v0_1.x;
        h0_3 += HVEC4(-0.07537842, -0.07952881, -0.10845947, 0.083496094) * v0_1.y;
        h0_3 += HVEC4(0.23278809, -0.22875977, 0.03744507, -0.28051758) * v0_1.z;
        h0_3 += HVEC4(-0.08312988, -0.04623413, 0.022521973, 0.043395996) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 34]);
        HVEC4 v0_1 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.111328125, 0.10449219, 0.06707764, 0.12414551) * v0_0.x;
        h0_0 += HVEC4(-0.515625, -0.089660645, 0.11791992, 0.1619873) * v0_0.y;
        h0_0 += HVEC4(-0.17407227, 0.01651001, -0.053100586, -0.02973938) * v0_0.z;
        h0_0 += HVEC4(-0.012756348, -0.14978027, -0.02798462, 0.23278809) * v0_0.w;
        h0_0 += HVEC4(0.3942871, 0.02633667, 0.016403198, -0.041534424) * v0_1.x;
        h0_0 += HVEC4(0.13623047, 0.03451538, -0.016784668, -0.095581055) * v0_1.y;
        h0_0 += HVEC4(0.81396484, 0.053710938, -0.2084961, 0.039520264) * v0_1.z;
        h0_0 += HVEC4(0.6274414, 0.064453125, -0.0256958, 0.115722656) * v0_1.w;
        h0_1 += HVEC4(0.10723877, -0.030471802, -0.03390503, -0.013786316) * v0_0.x;
        h0_1 += HVEC4(-0.073913574, 0.09338379, 0.0073127747, -0.04647827) * v0_0.y;
        h0_1 += HVEC4(0.0025806427, 0.011962891, -0.047088623, 0.044525146) * v0_0.z;
        h0_1 += HVEC4(-0.16748047, 0.22888184, -0.04763794, 0.009811401) * v0_0.w;
        h0_1 += HVEC4(-0.025497437, -0.01828003, 0.052368164, -0.012435913) * v0_1.x;
        h0_1 += HVEC4(0.0037708282, 0.03060913, -0.10888672, 0.04272461) * v0_1.y;
        h0_1 += HVEC4(-0.07366943, 0.19970703, 0.20202637, 0.38842773) * v0_1.z;
        h0_1 += HVEC4(-0.003250122, -0.02494812, 0.1517334, 0.1586914) * v0_1.w;
        h0_2 += HVEC4(-0.044403076, 0.11828613, -0.009902954, -0.041931152) * v0_0.x;
        h0_2 += HVEC4(0.07196045, -0.0017404556, 0.061462402, -0.0064086914) * v0_0.y;
        h0_2 += HVEC4(0.12408447, -0.021881104, -0.040985107, 0.0036811829) * v0_0.z;
        h0_2 += HVEC4(-0.048065186, -0.08282471, 0.2619629, 0.03161621) * v0_0.w;
        h0_2 += HVEC4(0.103271484, 0.03668213, -0.19470215, 0.02658081) * v0_1.x;
        h0_2 += HVEC4(-0.09210205, 0.06008911, -0.16638184, 0.09643555) * v0_1.y;
        h0_2 += HVEC4(0.046569824, -0.25048828, 0.12512207, 0.112976074) * v0_1.z;
        h0_2 += HVEC4(0.023040771, 0.017745972, 0.046325684, -0.024917603) * v0_1.w;
        h0_3 += HVEC4(0.0057754517, 0.027877808, 0.1026001, 0.057495117) * v0_0.x;
        h0_3 += HVEC4(-0.1060791, -0.123046875, -0.25585938, 0.030731201) * v0_0.y;
        h0_3 += HVEC4(-0.10559082, -0.027404785, 0.045684814, -0.030563354) * v0_0.z;
        h0_3 += HVEC4(0.029937744, -0.004146576, -0.08972168, 0.048736572) * v0_0.w;
        h0_3 += HVEC4(-0.05847168, 0.00026607513, 0.049713135, 0.020599365) * v0_1.x;
        h0_3 += HVEC4(0.0104522705, -0.013641357, -0.015205383, 0.107788086) * v0_1.y;
        h0_3 += HVEC4(-0.21374512, -0.1381836, -0.15270996, 0.049560547) * v0_1.z;
        h0_3 += HVEC4(0.008171082, 0.015838623, -0.044128418, 0.003917694) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 35]);
        HVEC4 v0_1 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.0112838745, 0.23425293, 0.3635254, 0.3413086) * v0_0.x;
        h0_0 += HVEC4(-0.26757812, -0.17346191, 0.2939453, 0.10644531) * v0_0.y;
        h0_0 += HVEC4(-0.3955078, -0.030227661, 0.0052223206, -0.27539062) * v0_0.z;
        h0_0 += HVEC4(-0.27368164, 0.091674805, 0.051361084, -0.1986084) * v0_0.w;
        h0_0 += HVEC4(0.40405273, 0.10101318, 0.061767578, -0.18273926) * v0_1.x;
        h0_0 += HVEC4(0.033569336, -0.023971558, -0.14453125, -0.17163086) * v0_1.y;
        h0_0 += HVEC4(0.21398926, 0.057281494, 0.05429077, 0.08496094) * v0_1.z;
        h0_0 += HVEC4(0.06384277, -0.032318115, 0.16174316, 0.022460938) * v0_1.w;
        h0_1 += HVEC4(-0.13195801, -0.12988281, 0.06378174, 0.110839844) * v0_0.x;
        h0_1 += HVEC4(-0.008850098, -0.48510742, 0.00623703, -0.28271484) * v0_0.y;
        h0_1 += HVEC4(0.04333496, -0.06561279, -0.20629883, -0.04260254) * v0_0.z;
        h0_1 += HVEC4(0.24926758, -0.4873047, -0.07824707, -0.46020508) * v0_0.w;
        h0_1 += HVEC4(-0.07550049, 0.052703857, 0.039642334, 0.09869385) * v0_1.x;
        h0_1 += HVEC4(-0.041046143, -0.076538086, -0.004562378, -0.12512207) * v0_1.y;
        h0_1 += HVEC4(0.33520508, -0.03857422, -0.62353516, -0.10211182) * v0_1.z;
        h0_1 += HVEC4(-0.083740234, -0.2944336, 0.015220642, 0.042938232) * v0_1.w;
        h0_2 += HVEC4(0.22131348, 0.14526367, -0.3918457, 0.14001465) * v0_0.x;
        h0_2 += HVEC4(0.53515625, -0.045440674, -0.70166016, -0.07476807) * v0_0.y;
        h0_2 += HVEC4(0.10461426, -0.08068848, -0.08111572, -0.20324707) * v0_0.z;
        h0_2 += HVEC4(-0.1920166, -0.3852539, 0.55322266, 0.26513672) * v0_0.w;
        h0_2 += HVEC4(0.13684082, 0.012626648, -0.28051758, 0.10168457) * v0_1.x;
        h0_2 += HVEC4(0.086364746, -0.36328125, 0.4165039, 0.21069336) * v0_1.y;
        h0_2 += HVEC4(0.12005615, 0.40454102, -0.43237305, -0.30908203) * v0_1.z;
        h0_2 += HVEC4(0.0892334, -0.038391113, -0.12286377, -0.049957275) * v0_1.w;
        h0_3 += HVEC4(-0.37475586, -0.057617188, -0.11016846, 0.29248047) * v0_0.x;
        h0_3 += HVEC4(-0.7470703, -0.052368164, -0.1586914, 0.091308594) * v0_0.y;
        h0_3 += HVEC4(0.012023926, 0.0032691956, -0.04272461, -0.027389526) * v0_0.z;
        h0_3 += HVEC4(-0.024475098, -0.39379883, 0.34326172, -0.24072266) * v0_0.w;
        h0_3 += HVEC4(0.12548828, -0.048339844, 0.03555298, -0.0056877136) * v0_1.x;
        h0_3 += HVEC4(0.103759766, 0.111816406, 0.3647461, 0.27490234) * v0_1.y;
        h0_3 += HVEC4(0.06317139, 0.1550293, 0.22521973, -0.31982422) * v0_1.z;
        h0_3 += HVEC4(-0.03390503, 0.11419678, -0.08239746, 0.08691406) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.08898926, 0.064941406, -0.06591797, 0.044555664) * v0_0.x;
        h0_0 += HVEC4(-0.3449707, 0.04812622, -0.113708496, -0.2866211) * v0_0.y;
        h0_0 += HVEC4(0.3864746, -0.024246216, 0.093322754, -0.007293701) * v0_0.z;
        h0_0 += HVEC4(0.1550293, 4.7802925e-05, 0.01991272, -0.07910156) * v0_0.w;
        h0_0 += HVEC4(-0.2524414, -0.031219482, -0.0022201538, -0.13342285) * v0_1.x;
        h0_0 += HVEC4(-0.007411957, 0.043823242, -0.14868164, -1.6533203) * v0_1.y;
        h0_0 += HVEC4(-0.1986084, 0.12512207, 0.021438599, 0.04711914) * v0_1.z;
        h0_0 += HVEC4(0.072753906, -0.013633728, -0.028884888, 0.0015516281) * v0_1.w;
        h0_1 += HVEC4(-0.047698975, 0.12207031, 0.12646484, -0.060577393) * v0_0.x;
        h0_1 += HVEC4(-0.013626099, 0.09350586, 0.101379395, 0.30273438) * v0_0.y;
        h0_1 += HVEC4(-0.014587402, 0.051757812, -0.17333984, -0.06958008) * v0_0.z;
        h0_1 += HVEC4(0.052978516, 0.17456055, 0.009017944, -0.09008789) * v0_0.w;
        h0_1 += HVEC4(0.026947021, 0.19921875, -0.14282227, -0.18591309) * v0_1.x;
        h0_1 += HVEC4(0.10723877, 0.119384766, 0.022903442, 0.012397766) * v0_1.y;
        h0_1 += HVEC4(-0.009132385, 0.18371582, 0.23901367, -0.1394043) * v0_1.z;
        h0_1 += HVEC4(-0.05142212, 0.04034424, 0.13452148, 0.124816895) * v0_1.w;
        h0_2 += HVEC4(0.03665161, -0.047576904, 0.022537231, 0.12597656) * v0_0.x;
        h0_2 += HVEC4(-0.017608643, -0.103393555, 0.06903076, 0.2130127) * v0_0.y;
        h0_2 += HVEC4(0.042053223, 0.028442383, -0.16955566, -0.0036678314) * v0_0.z;
        h0_2 += HVEC4(0.070495605, 0.08087158, 0.14733887, 0.14135742) * v0_0.w;
        h0_2 += HVEC4(-0.004470825, 0.04751587, -0.07751465, -0.030471802) * v0_1.x;
        h0_2 += HVEC4(-0.10107422, 0.15344238, 0.11022949, 0.3708496) * v0_1.y;
        h0_2 += HVEC4(-0.020904541, -0.08526611, -0.046539307, 0.19519043) * v0_1.z;
        h0_2 += HVEC4(-0.05319214, -0.016021729, 0.045532227, 0.14453125) * v0_1.w;
        h0_3 += HVEC4(0.12731934, 0.029022217, 0.044403076, 0.047698975) * v0_0.x;
        h0_3 += HVEC4(0.32836914, 0.0022792816, 0.06518555, -0.0791626) * v0_0.y;
        h0_3 += HVEC4(-0.038146973, -0.04815674, -0.076416016, -0.029541016) * v0_0.z;
        h0_3 += HVEC4(-0.15942383, 0.22131348, 0.09631348, 0.020233154) * v0_0.w;
        h0_3 += HVEC4(0.082458496, 0.045410156, -0.13793945, -0.18200684) * v0_1.x;
        h0_3 += HVEC4(0.10522461, 0.0040779114, -0.2763672, 0.037384033) * v0_1.y;
        h0_3 += HVEC4(0.18603516, 0.02848816, 0.10760498, -0.033050537) * v0_1.z;
        h0_3 += HVEC4(0.11578369, 0.09362793, -0.006465912, 0.15039062) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 68]);
        HVEC4 v0_1 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.1427002, 0.031311035, -0.053497314, 0.19396973) * v0_0.x;
        h0_0 += HVEC4(0.16748047, 0.026657104, -0.094177246, -0.015213013) * v0_0.y;
        h0_0 += HVEC4(-0.14978027, -0.051574707, 0.11029053, -0.031555176) * v0_0.z;
        h0_0 += HVEC4(-0.4350586, -0.0057258606, -0.07891846, -0.026809692) * v0_0.w;
        h0_0 += HVEC4(-0.42993164, -0.011383057, 0.16271973, 0.12017822) * v0_1.x;
        h0_0 += HVEC4(-0.010108948, -0.046051025, 0.093811035, 0.11755371) * v0_1.y;
        h0_0 += HVEC4(-0.16784668, 0.041107178, -0.0063552856, -0.05206299) * v0_1.z;
        h0_0 += HVEC4(0.020019531, 0.0082092285, -0.08868408, 0.06842041) * v0_1.w;
        h0_1 += HVEC4(-0.014091492, 0.04196167, 0.13244629, 0.07623291) * v0_0.x;
        h0_1 += HVEC4(-0.008865356, -0.052337646, -0.18395996, -0.13220215) * v0_0.y;
        h0_1 += HVEC4(0.0026359558, 0.04510498, 0.0024719238, 0.103759766) * v0_0.z;
        h0_1 += HVEC4(0.04058838, -0.043701172, 0.014411926, -0.03845215) * v0_0.w;
        h0_1 += HVEC4(0.10424805, -0.029724121, 0.006958008, 0.025604248) * v0_1.x;
        h0_1 += HVEC4(-0.020996094, -0.11706543, 0.07525635, -0.19177246) * v0_1.y;
        h0_1 += HVEC4(-0.08337402, 0.0011940002, 0.0036010742, 0.103759766) * v0_1.z;
        h0_1 += HVEC4(-0.08898926, 0.098083496, 0.058746338, 0.14697266) * v0_1.w;
        h0_2 += HVEC4(-0.16369629, -0.13012695, 0.08862305, -0.008491516) * v0_0.x;
        h0_2 += HVEC4(0.095581055, 0.057891846, 0.030029297, 0.044403076) * v0_0.y;
        h0_2 += HVEC4(0.18481445, -0.17041016, -0.17541504, 0.009063721) * v0_0.z;
        h0_2 += HVEC4(-0.05029297, 0.16357422, 0.099853516, 0.0018882751) * v0_0.w;
        h0_2 += HVEC4(0.01158905, 0.04852295, -0.08996582, 0.026565552) * v0_1.x;
        h0_2 += HVEC4(-0.0011720657, 0.13781738, 0.09527588, -0.097473145) * v0_1.y;
        h0_2 += HVEC4(0.25390625, -0.1385498, -0.0028934479, 0.022598267) * v0_1.z;
        h0_2 += HVEC4(0.024612427, -0.24206543, -0.121276855, 0.05505371) * v0_1.w;
        h0_3 += HVEC4(0.1661377, 0.12963867, -0.06890869, -0.057800293) * v0_0.x;
        h0_3 += HVEC4(-0.10900879, -0.040771484, -0.0028820038, -0.040740967) * v0_0.y;
        h0_3 += HVEC4(0.115722656, -0.016082764, -0.042053223, -0.0058631897) * v0_0.z;
        h0_3 += HVEC4(0.009391785, 0.02607727, -0.03579712, -0.004096985) * v0_0.w;
        h0_3 += HVEC4(0.10961914, 0.031234741, 0.07220459, 0.05255127) * v0_1.x;
        h0_3 += HVEC4(-0.051086426, 0.105285645, 0.064331055, -0.057556152) * v0_1.y;
        h0_3 += HVEC4(-0.02935791, -0.20776367, -0.111572266, -0.0692749) * v0_1.z;
        h0_3 += HVEC4(-0.18652344, -0.14221191, -0.18969727, 0.10217285) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 69]);
        HVEC4 v0_1 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.05630493, 0.017074585, 0.05847168, -0.14282227) * v0_0.x;
        h0_0 += HVEC4(-0.21289062, 0.036743164, 0.01386261, 0.13122559) * v0_0.y;
        h0_0 += HVEC4(-0.0088272095, 0.0048446655, 0.10644531, -0.021881104) * v0_0.z;
        h0_0 += HVEC4(0.42822266, -0.023223877, -0.033477783, 0.1932373) * v0_0.w;
        h0_0 += HVEC4(0.41870117, 0.02658081, 0.1038208, 0.116882324) * v0_1.x;
        h0_0 += HVEC4(-0.6586914, 0.026779175, 0.109802246, 0.03366089) * v0_1.y;
        h0_0 += HVEC4(-0.4387207, -0.06100464, 0.12438965, 0.13464355) * v0_1.z;
        h0_0 += HVEC4(-0.112854004, 0.008430481, 0.056274414, 0.24829102) * v0_1.w;
        h0_1 += HVEC4(-0.11431885, -0.1484375, 0.019866943, 0.21582031) * v0_0.x;
        h0_1 += HVEC4(0.05545044, 0.07104492, -0.12310791, 0.0413208) * v0_0.y;
        h0_1 += HVEC4(-0.1328125, 0.09472656, 0.00060653687, -0.07043457) * v0_0.z;
        h0_1 += HVEC4(0.0015039444, 0.113708496, -0.22363281, -0.11706543) * v0_0.w;
        h0_1 += HVEC4(-0.107177734, 0.11352539, -0.06561279, 0.024139404) * v0_1.x;
        h0_1 += HVEC4(-0.013763428, -0.01007843, 0.05505371, -0.15649414) * v0_1.y;
        h0_1 += HVEC4(0.06744385, -0.006767273, -0.24230957, -0.25732422) * v0_1.z;
        h0_1 += HVEC4(0.108947754, 0.022064209, 0.047546387, 0.027923584) * v0_1.w;
        h0_2 += HVEC4(-0.4326172, 0.15319824, 0.25439453, -0.22875977) * v0_0.x;
        h0_2 += HVEC4(0.25585938, -0.06665039, -0.13708496, 0.0309906) * v0_0.y;
        h0_2 += HVEC4(0.1361084, 0.003610611, -0.06561279, -0.09869385) * v0_0.z;
        h0_2 += HVEC4(-0.076538086, 0.1138916, 0.03237915, -0.15344238) * v0_0.w;
        h0_2 += HVEC4(0.1505127, -0.1126709, -0.123168945, 0.03152466) * v0_1.x;
        h0_2 += HVEC4(-0.06982422, 0.2998047, 0.38256836, 0.054016113) * v0_1.y;
        h0_2 += HVEC4(0.22705078, -0.1998291, -0.22521973, 0.009475708) * v0_1.z;
        h0_2 += HVEC4(-0.00015425682, 0.122680664, 0.01121521, -0.031082153) * v0_1.w;
        h0_3 += HVEC4(0.21582031, 0.058380127, 0.2770996, -0.29125977) * v0_0.x;
        h0_3 += HVEC4(-0.0904541, 0.011726379, -0.06964111, 0.033691406) * v0_0.y;
        h0_3 += HVEC4(-0.022415161, 0.06768799, 0.004295349, 0.030151367) * v0_0.z;
        h0_3 += HVEC4(-0.06781006, 0.13415527, 0.038238525, 0.07171631) * v0_0.w;
        h0_3 += HVEC4(-0.012382507, 0.010246277, -0.054229736, 0.1015625) * v0_1.x;
        h0_3 += HVEC4(-0.17492676, -0.11987305, 0.17321777, 0.13500977) * v0_1.y;
        h0_3 += HVEC4(0.16589355, 0.22753906, -0.121154785, 0.11517334) * v0_1.z;
        h0_3 += HVEC4(-0.012428284, 0.35961914, -0.13793945, 0.13354492) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 70]);
        HVEC4 v0_1 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.09240723, -0.016098022, 0.010673523, 0.12536621) * v0_0.x;
        h0_0 += HVEC4(-0.13305664, -0.016998291, -0.01953125, 0.12005615) * v0_0.y;
        h0_0 += HVEC4(-0.105041504, -0.04522705, 0.02658081, 0.09063721) * v0_0.z;
        h0_0 += HVEC4(-0.14941406, -0.01134491, 0.004383087, 0.09844971) * v0_0.w;
        h0_0 += HVEC4(-0.04647827, -0.05529785, 0.105529785, 0.021194458) * v0_1.x;
        h0_0 += HVEC4(-0.43847656, 0.33764648, -0.84521484, 0.3630371) * v0_1.y;
        h0_0 += HVEC4(0.103027344, 0.011543274, 0.062561035, -0.2824707) * v0_1.z;
        h0_0 += HVEC4(-0.45532227, 0.0062408447, -0.10925293, -0.2512207) * v0_1.w;
        h0_1 += HVEC4(-0.14550781, -0.0069770813, -0.036376953, -0.14233398) * v0_0.x;
        h0_1 += HVEC4(-0.06738281, 0.051727295, -0.11853027, 0.0036144257) * v0_0.y;
        h0_1 += HVEC4(-0.05859375, 0.09313965, -0.06958008, -0.12390137) * v0_0.z;
        h0_1 += HVEC4(0.02330017, 0.030563354, -0.08117676, 0.04724121) * v0_0.w;
        h0_1 += HVEC4(-0.014755249, 0.08654785, 0.011276245, -0.18591309) * v0_1.x;
        h0_1 += HVEC4(-0.40698242, -0.036956787, -0.23095703, -0.13085938) * v0_1.y;
        h0_1 += HVEC4(0.021911621, 0.066833496, -0.109191895, 0.019851685) * v0_1.z;
        h0_1 += HVEC4(-0.0309906, -0.07324219, 0.19787598, 0.26367188) * v0_1.w;
        h0_2 += HVEC4(0.07659912, 0.072753906, 0.052825928, -0.13122559) * v0_0.x;
        h0_2 += HVEC4(-0.019958496, -0.16882324, 0.070251465, 0.024978638) * v0_0.y;
        h0_2 += HVEC4(0.097717285, 0.070739746, -0.09313965, 0.008110046) * v0_0.z;
        h0_2 += HVEC4(0.07122803, -0.14245605, 0.018707275, 0.06341553) * v0_0.w;
        h0_2 += HVEC4(0.031219482, -0.041046143, -0.06188965, 0.019760132) * v0_1.x;
        h0_2 += HVEC4(-0.40478516, 1.2392578, 0.55126953, 0.047943115) * v0_1.y;
        h0_2 += HVEC4(-0.014060974, -0.1340332, -0.026275635, -0.017913818) * v0_1.z;
        h0_2 += HVEC4(-0.066101074, -0.15393066, 0.12438965, 0.08947754) * v0_1.w;
        h0_3 += HVEC4(0.016571045, 0.1640625, -0.13061523, -0.009460449) * v0_0.x;
        h0_3 += HVEC4(0.020431519, 0.21228027, -0.10424805, 0.1385498) * v0_0.y;
        h0_3 += HVEC4(-0.025039673, -0.012023926, -0.14953613, 0.05126953) * v0_0.z;
        h0_3 += HVEC4(0.09692383, 0.1550293, -0.011306763, 0.004219055) * v0_0.w;
        h0_3 += HVEC4(0.08862305, 0.09295654, -0.15698242, 0.05178833) * v0_1.x;
        h0_3 += HVEC4(-2.1601562, 1.2246094, 0.010658264, -0.070007324) * v0_1.y;
        h0_3 += HVEC4(-0.06665039, -0.09802246, -0.037902832, 0.0925293) * v0_1.z;
        h0_3 += HVEC4(0.114746094, -0.37768555, 0.06365967, -0.16101074) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n0_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n0_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 2..3.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_0_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_1_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.0725708, 0.027633667, -0.04675293, 0.47680664) * v0_2.x;
        h0_0 += HVEC4(-0.22399902, -0.017562866, -0.121520996, -0.010681152) * v0_2.y;
        h0_0 += HVEC4(-0.50634766, -0.090270996, 0.13952637, -0.11462402) * v0_2.z;
        h0_0 += HVEC4(0.0496521, 0.019561768, -0.023361206, 0.10021973) * v0_2.w;
        h0_0 += HVEC4(-0.15759277, 0.047973633, 0.020904541, 0.06762695) * v0_3.x;
        h0_0 += HVEC4(0.075805664, -0.04888916, -0.062561035, -0.12792969) * v0_3.y;
        h0_0 += HVEC4(0.30664062, -0.004261017, 0.019927979, -0.18762207) * v0_3.z;
        h0_0 += HVEC4(-0.1829834, 0.0121154785, -0.22045898, 0.2993164) * v0_3.w;
        h0_1 += HVEC4(-0.036590576, 0.059539795, -0.06317139, 0.14575195) * v0_2.x;
        h0_1 += HVEC4(0.022949219, 0.13342285, 0.034606934, -0.05419922) * v0_2.y;
        h0_1 += HVEC4(-0.113342285, 0.13696289, -0.37353516, -0.024993896) * v0_2.z;
        h0_1 += HVEC4(-0.019744873, 0.008026123, 0.056549072, 0.08782959) * v0_2.w;
        h0_1 += HVEC4(0.030273438, 0.053131104, 0.090026855, 0.021377563) * v0_3.x;
        h0_1 += HVEC4(0.041992188, -0.015296936, 0.005508423, 0.01828003) * v0_3.y;
        h0_1 += HVEC4(-0.06542969, 0.14575195, 0.0045661926, -0.08532715) * v0_3.z;
        h0_1 += HVEC4(0.037231445, -0.14624023, 0.078430176, -0.13708496) * v0_3.w;
        h0_2 += HVEC4(-0.097717285, -0.083618164, 0.015914917, 0.037322998) * v0_2.x;
        h0_2 += HVEC4(-0.025817871, -0.062347412, 0.04336548, 0.043548584) * v0_2.y;
        h0_2 += HVEC4(0.112976074, 0.09277344, -0.030761719, -0.03656006) * v0_2.z;
        h0_2 += HVEC4(0.034423828, -0.061645508, -0.025909424, 0.030639648) * v0_2.w;
        h0_2 += HVEC4(-0.005783081, 0.09246826, 0.0021324158, 0.044403076) * v0_3.x;
        h0_2 += HVEC4(0.0068588257, -0.004875183, -0.045898438, 0.0068206787) * v0_3.y;
        h0_2 += HVEC4(-0.074035645, -0.12207031, 0.030380249, -0.019454956) * v0_3.z;
        h0_2 += HVEC4(0.012840271, -0.11627197, 0.15673828, 0.019607544) * v0_3.w;
        h0_3 += HVEC4(-0.054718018, -0.039916992, -0.065979004, -0.1796875) * v0_2.x;
        h0_3 += HVEC4(-0.0034236908, -0.005748749, 0.02760315, 0.12188721) * v0_2.y;
        h0_3 += HVEC4(0.28222656, -0.066101074, -0.027954102, -0.090270996) * v0_2.z;
        h0_3 += HVEC4(0.0107040405, -0.006641388, -0.114868164, 0.063964844) * v0_2.w;
        h0_3 += HVEC4(-0.12731934, -0.038726807, 0.033477783, 0.17004395) * v0_3.x;
        h0_3 += HVEC4(0.101501465, -0.0028514862, -0.0017881393, 0.09185791) * v0_3.y;
        h0_3 += HVEC4(-0.07006836, -0.072631836, 0.16894531, 0.1361084) * v0_3.z;
        h0_3 += HVEC4(-0.17163086, 0.1829834, -0.03933716, -0.059539795) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.20092773, 0.12890625, 0.039794922, 0.07897949) * v0_2.x;
        h0_0 += HVEC4(-0.042175293, -0.024932861, -0.056121826, -0.2939453) * v0_2.y;
        h0_0 += HVEC4(-0.2878418, -0.05078125, 0.048431396, -0.027145386) * v0_2.z;
        h0_0 += HVEC4(0.14733887, 0.044433594, -0.0345459, 0.013809204) * v0_2.w;
        h0_0 += HVEC4(-0.012184143, 0.0007123947, 0.04248047, 0.1484375) * v0_3.x;
        h0_0 += HVEC4(0.20593262, -0.0021305084, -0.033966064, -0.28051758) * v0_3.y;
        h0_0 += HVEC4(0.10015869, -0.013343811, 0.062316895, 0.14807129) * v0_3.z;
        h0_0 += HVEC4(0.375, 0.0368042, 0.12487793, -0.18835449) * v0_3.w;
        h0_1 += HVEC4(0.03237915, 0.0031871796, -0.1496582, -0.16296387) * v0_2.x;
        h0_1 += HVEC4(-0.121520996, -0.07525635, 0.0015735626, -0.19641113) * v0_2.y;
        h0_1 += HVEC4(-0.15625, 0.20422363, -0.3317871, -0.2836914) * v0_2.z;
        h0_1 += HVEC4(0.02279663, 0.1430664, 0.006591797, 0.091918945) * v0_2.w;
        h0_1 += HVEC4(-0.07318115, -0.010398865, -0.20361328, -0.046539307) * v0_3.x;
        h0_1 += HVEC4(0.043060303, 0.13903809, -0.048797607, -0.22131348) * v0_3.y;
        h0_1 += HVEC4(-0.14025879, -0.061279297, -0.06262207, 0.061767578) * v0_3.z;
        h0_1 += HVEC4(0.1817627, 0.033416748, 0.08087158, -0.1427002) * v0_3.w;
        h0_2 += HVEC4(-0.0034637451, -0.32714844, 0.059295654, -0.057678223) * v0_2.x;
        h0_2 += HVEC4(0.07092285, -0.10467529, -0.008308411, -0.014053345) * v0_2.y;
        h0_2 += HVEC4(0.004234314, 0.0017309189, -0.08135986, -0.068115234) * v0_2.z;
        h0_2 += HVEC4(-0.021408081, -0.030258179, -0.0035152435, -0.0058631897) * v0_2.w;
        h0_2 += HVEC4(0.020614624, -0.06890869, 0.055541992, -0.045074463) * v0_3.x;
        h0_2 += HVEC4(0.04562378, -0.23754883, 0.13684082, -0.013710022) * v0_3.y;
        h0_2 += HVEC4(0.012397766, 0.12261963, 0.005207062, -0.023239136) * v0_3.z;
        h0_2 += HVEC4(0.16381836, -0.09375, -0.10900879, -0.36523438) * v0_3.w;
        h0_3 += HVEC4(-0.11395264, 0.08099365, 0.12561035, 0.0020160675) * v0_2.x;
        h0_3 += HVEC4(-0.10681152, -0.06652832, -0.035583496, 0.09631348) * v0_2.y;
        h0_3 += HVEC4(0.3774414, -0.001953125, -0.08178711, -0.32983398) * v0_2.z;
        h0_3 += HVEC4(0.18640137, 0.053771973, -0.010856628, -0.11199951) * v0_2.w;
        h0_3 += HVEC4(-0.04525757, -0.042175293, -0.09106445, -0.12512207) * v0_3.x;
        h0_3 += HVEC4(0.26757812, -0.00045394897, -0.02293396, -0.023956299) * v0_3.y;
        h0_3 += HVEC4(0.05935669, -0.09338379, -0.072753906, -0.003736496) * v0_3.z;
        h0_3 += HVEC4(-0.096191406, -0.036376953, -0.064208984, -0.22973633) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.012077332, 0.039611816, -0.017608643, -0.058624268) * v0_2.x;
        h0_0 += HVEC4(-0.16259766, -0.022247314, -0.0037708282, -0.006729126) * v0_2.y;
        h0_0 += HVEC4(-0.33374023, -0.013008118, -0.0041122437, -0.059417725) * v0_2.z;
        h0_0 += HVEC4(-0.3034668, 0.0058250427, -0.020858765, -0.02909851) * v0_2.w;
        h0_0 += HVEC4(-0.23669434, -0.01259613, -0.026489258, 0.13232422) * v0_3.x;
        h0_0 += HVEC4(-0.36694336, -0.012458801, -0.043121338, 0.013809204) * v0_3.y;
        h0_0 += HVEC4(-0.21606445, -0.039520264, -0.11279297, -0.15063477) * v0_3.z;
        h0_0 += HVEC4(-0.28125, -0.00048804283, 0.029815674, -0.009140015) * v0_3.w;
        h0_1 += HVEC4(-0.060760498, -0.058563232, -0.010597229, 0.001036644) * v0_2.x;
        h0_1 += HVEC4(-0.03540039, -0.117614746, -0.09442139, 0.14477539) * v0_2.y;
        h0_1 += HVEC4(-0.056427002, 0.14123535, -0.053833008, 0.06951904) * v0_2.z;
        h0_1 += HVEC4(-0.03829956, 0.061035156, -0.043945312, -0.062042236) * v0_2.w;
        h0_1 += HVEC4(-0.012016296, 0.10882568, 0.0020542145, -0.06665039) * v0_3.x;
        h0_1 += HVEC4(-0.008773804, 0.08856201, -0.111694336, 0.009857178) * v0_3.y;
        h0_1 += HVEC4(0.04058838, 0.038269043, -0.091430664, -0.037902832) * v0_3.z;
        h0_1 += HVEC4(-0.004169464, -0.17053223, -0.025817871, 0.06719971) * v0_3.w;
        h0_2 += HVEC4(-0.11431885, 0.030410767, 0.017303467, 0.020599365) * v0_2.x;
        h0_2 += HVEC4(-0.016906738, 0.02659607, -0.06982422, 0.14538574) * v0_2.y;
        h0_2 += HVEC4(-0.074645996, 0.14318848, -0.012832642, 0.0077552795) * v0_2.z;
        h0_2 += HVEC4(-0.032470703, 0.060699463, 0.012397766, -0.09100342) * v0_2.w;
        h0_2 += HVEC4(-0.05923462, -0.043151855, 0.052490234, -0.051605225) * v0_3.x;
        h0_2 += HVEC4(-0.06011963, -0.09094238, 0.023345947, 0.0107803345) * v0_3.y;
        h0_2 += HVEC4(0.006351471, -0.0065193176, -0.03353882, 0.050109863) * v0_3.z;
        h0_2 += HVEC4(0.0473938, -0.1673584, 0.09527588, 0.044769287) * v0_3.w;
        h0_3 += HVEC4(0.10687256, 0.13476562, 0.18005371, -0.13708496) * v0_2.x;
        h0_3 += HVEC4(0.063964844, -0.032409668, 0.019042969, 0.07623291) * v0_2.y;
        h0_3 += HVEC4(-0.046417236, -0.06311035, -0.020248413, -0.031677246) * v0_2.z;
        h0_3 += HVEC4(0.028793335, -0.004425049, -0.03729248, -0.10064697) * v0_2.w;
        h0_3 += HVEC4(0.10437012, 0.01826477, 0.11657715, -0.055358887) * v0_3.x;
        h0_3 += HVEC4(0.13989258, -0.084350586, 0.109436035, -0.02330017) * v0_3.y;
        h0_3 += HVEC4(0.0725708, -0.11071777, 0.19702148, 0.17297363) * v0_3.z;
        h0_3 += HVEC4(0.16784668, -0.07458496, 0.06390381, 0.1038208) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 34]);
        HVEC4 v0_3 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.05142212, 0.046173096, 0.08154297, 0.03677368) * v0_2.x;
        h0_0 += HVEC4(-0.3581543, -0.005241394, 0.06604004, 0.05480957) * v0_2.y;
        h0_0 += HVEC4(-0.29882812, -0.029327393, -0.030197144, -0.11242676) * v0_2.z;
        h0_0 += HVEC4(0.21081543, 0.11376953, -0.02897644, -0.039031982) * v0_2.w;
        h0_0 += HVEC4(-0.21691895, -0.07366943, -0.006111145, 0.26123047) * v0_3.x;
        h0_0 += HVEC4(-0.47583008, 0.015930176, 0.053955078, -0.023162842) * v0_3.y;
        h0_0 += HVEC4(0.4609375, 0.008705139, -0.01108551, -0.21704102) * v0_3.z;
        h0_0 += HVEC4(0.12854004, -0.04547119, -0.031021118, -0.03253174) * v0_3.w;
        h0_1 += HVEC4(0.18371582, -0.24804688, -0.120666504, -0.17553711) * v0_2.x;
        h0_1 += HVEC4(0.03326416, -0.033172607, -0.16333008, -0.032958984) * v0_2.y;
        h0_1 += HVEC4(-0.08428955, -0.12207031, -0.35742188, -0.31835938) * v0_2.z;
        h0_1 += HVEC4(0.03756714, 0.1850586, -0.009605408, 0.19567871) * v0_2.w;
        h0_1 += HVEC4(-0.14208984, 0.08251953, -0.0519104, -0.09729004) * v0_3.x;
        h0_1 += HVEC4(0.0982666, -0.052246094, -0.10205078, -0.01914978) * v0_3.y;
        h0_1 += HVEC4(-0.16320801, -0.10583496, 0.048431396, -0.21911621) * v0_3.z;
        h0_1 += HVEC4(0.016281128, 0.1418457, -0.19519043, -0.028808594) * v0_3.w;
        h0_2 += HVEC4(0.037322998, -0.045043945, 0.044067383, 0.041503906) * v0_2.x;
        h0_2 += HVEC4(0.030441284, -0.02192688, 0.0057029724, -0.0010204315) * v0_2.y;
        h0_2 += HVEC4(0.23657227, 0.09466553, -0.09863281, 0.00016248226) * v0_2.z;
        h0_2 += HVEC4(0.14794922, -0.28881836, -0.08453369, 0.059753418) * v0_2.w;
        h0_2 += HVEC4(-0.08642578, 0.043518066, 0.07458496, -0.055664062) * v0_3.x;
        h0_2 += HVEC4(-0.018875122, 0.1418457, 0.0011882782, 0.008377075) * v0_3.y;
        h0_2 += HVEC4(0.0052261353, 0.27026367, 0.087890625, 0.0003297329) * v0_3.z;
        h0_2 += HVEC4(-0.09991455, -0.03933716, 0.25610352, -0.06726074) * v0_3.w;
        h0_3 += HVEC4(-0.107177734, 0.11126709, 0.01763916, -0.048950195) * v0_2.x;
        h0_3 += HVEC4(-0.20117188, -0.12261963, 0.11920166, 0.053710938) * v0_2.y;
        h0_3 += HVEC4(0.08709717, 0.19445801, 0.18530273, -0.02986145) * v0_2.z;
        h0_3 += HVEC4(-0.111328125, -0.1895752, -0.0060195923, 0.06781006) * v0_2.w;
        h0_3 += HVEC4(0.107421875, 0.040527344, -0.050323486, -0.08068848) * v0_3.x;
        h0_3 += HVEC4(0.052978516, 0.11328125, 0.0925293, -0.0017662048) * v0_3.y;
        h0_3 += HVEC4(-0.29003906, -0.14782715, 0.14611816, 0.018844604) * v0_3.z;
        h0_3 += HVEC4(-0.4958496, -0.115112305, -0.1459961, 0.20373535) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 35]);
        HVEC4 v0_3 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.14941406, 0.005924225, 0.11981201, -0.04333496) * v0_2.x;
        h0_0 += HVEC4(-0.022644043, 0.12176514, 0.051727295, 0.19360352) * v0_2.y;
        h0_0 += HVEC4(0.046417236, 0.019683838, 0.72802734, 0.17529297) * v0_2.z;
        h0_0 += HVEC4(-0.19714355, 0.009384155, -0.07513428, -0.09307861) * v0_2.w;
        h0_0 += HVEC4(-0.26049805, -0.011543274, -0.037628174, 0.12585449) * v0_3.x;
        h0_0 += HVEC4(0.09613037, -0.113708496, 0.09527588, 0.05319214) * v0_3.y;
        h0_0 += HVEC4(0.09954834, -0.045318604, 0.19311523, -0.17614746) * v0_3.z;
        h0_0 += HVEC4(-0.28637695, -0.103271484, 0.15161133, 0.41674805) * v0_3.w;
        h0_1 += HVEC4(0.17590332, -0.10449219, -0.06542969, -0.15942383) * v0_2.x;
        h0_1 += HVEC4(-0.13757324, 0.3227539, 0.13085938, 0.059570312) * v0_2.y;
        h0_1 += HVEC4(0.45654297, -0.9404297, 0.24487305, -0.4333496) * v0_2.z;
        h0_1 += HVEC4(0.11114502, 0.020645142, 0.18688965, 0.37182617) * v0_2.w;
        h0_1 += HVEC4(0.03237915, 0.16552734, 0.24682617, -0.12670898) * v0_3.x;
        h0_1 += HVEC4(-0.010467529, -0.1586914, 0.27026367, -0.08331299) * v0_3.y;
        h0_1 += HVEC4(-0.13269043, -0.10839844, 0.05117798, -0.15356445) * v0_3.z;
        h0_1 += HVEC4(0.39038086, -0.14892578, -0.20092773, -0.40307617) * v0_3.w;
        h0_2 += HVEC4(-0.16003418, 0.016571045, -0.26245117, 0.024780273) * v0_2.x;
        h0_2 += HVEC4(-0.0024356842, 0.0055503845, 0.023986816, 0.00028944016) * v0_2.y;
        h0_2 += HVEC4(0.5307617, -0.546875, 1.1523438, 0.21618652) * v0_2.z;
        h0_2 += HVEC4(-0.107543945, -0.3959961, -0.06774902, -0.033691406) * v0_2.w;
        h0_2 += HVEC4(-0.12536621, 0.052490234, 0.14929199, -0.056610107) * v0_3.x;
        h0_2 += HVEC4(0.13684082, -0.16760254, 0.19128418, 0.124816895) * v0_3.y;
        h0_2 += HVEC4(0.07446289, -0.15014648, 0.13464355, 0.05480957) * v0_3.z;
        h0_2 += HVEC4(0.1352539, -0.41845703, 0.17529297, 0.08294678) * v0_3.w;
        h0_3 += HVEC4(0.11419678, 0.034484863, 0.06976318, -0.002998352) * v0_2.x;
        h0_3 += HVEC4(-0.2006836, 0.16174316, -0.07165527, 0.4855957) * v0_2.y;
        h0_3 += HVEC4(-1.9287109, -0.53515625, -0.45507812, 0.3359375) * v0_2.z;
        h0_3 += HVEC4(0.14221191, -0.3154297, 0.09942627, 0.0178833) * v0_2.w;
        h0_3 += HVEC4(-0.18249512, 0.04928589, -0.01184082, -0.015449524) * v0_3.x;
        h0_3 += HVEC4(-0.094177246, 0.19567871, -0.26049805, 0.3815918) * v0_3.y;
        h0_3 += HVEC4(-0.2746582, -0.09790039, -0.061798096, 0.022644043) * v0_3.z;
        h0_3 += HVEC4(0.07336426, -0.25927734, -0.030181885, 0.3125) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.4621582, 0.048065186, -0.048675537, -0.17907715) * v0_2.x;
        h0_0 += HVEC4(0.023788452, -0.0013494492, -0.066345215, -0.018844604) * v0_2.y;
        h0_0 += HVEC4(-0.38500977, 0.014801025, 0.03894043, -0.22424316) * v0_2.z;
        h0_0 += HVEC4(-0.17602539, -0.016677856, 0.026565552, 0.08294678) * v0_2.w;
        h0_0 += HVEC4(-0.28442383, 0.008857727, -0.03994751, -0.121276855) * v0_3.x;
        h0_0 += HVEC4(-0.23168945, -0.027801514, 0.059387207, -0.053131104) * v0_3.y;
        h0_0 += HVEC4(0.05706787, 0.010627747, -0.080566406, -0.12054443) * v0_3.z;
        h0_0 += HVEC4(0.13842773, 0.0034122467, -0.12298584, -0.33666992) * v0_3.w;
        h0_1 += HVEC4(0.124816895, -0.10827637, 0.19091797, -0.12402344) * v0_2.x;
        h0_1 += HVEC4(0.083862305, 0.04525757, -0.035583496, 0.029830933) * v0_2.y;
        h0_1 += HVEC4(0.113464355, 0.2241211, -0.13293457, 0.23046875) * v0_2.z;
        h0_1 += HVEC4(0.08178711, -0.16308594, -0.16491699, -0.16552734) * v0_2.w;
        h0_1 += HVEC4(0.07354736, -0.055999756, -0.18737793, -0.10595703) * v0_3.x;
        h0_1 += HVEC4(0.029205322, -0.032409668, -0.059051514, 0.105895996) * v0_3.y;
        h0_1 += HVEC4(-0.11798096, 0.13244629, 0.045166016, 0.099487305) * v0_3.z;
        h0_1 += HVEC4(0.15222168, 0.17175293, -0.058563232, 0.14135742) * v0_3.w;
        h0_2 += HVEC4(0.08087158, -0.1015625, -0.07861328, -0.058807373) * v0_2.x;
        h0_2 += HVEC4(0.021209717, -0.0826416, 0.0016021729, 0.04626465) * v0_2.y;
        h0_2 += HVEC4(0.047912598, -0.12030029, -0.033447266, 0.3088379) * v0_2.z;
        h0_2 += HVEC4(0.13000488, 0.25708008, 0.020019531, -0.0028533936) * v0_2.w;
        h0_2 += HVEC4(0.01890564, -0.05545044, -0.15209961, 0.052093506) * v0_3.x;
        h0_2 += HVEC4(-0.021560669, 0.021514893, -0.002023697, -0.020507812) * v0_3.y;
        h0_2 += HVEC4(-0.09326172, -0.25512695, 0.020889282, 0.085876465) * v0_3.z;
        h0_2 += HVEC4(-0.13586426, -0.076660156, 0.07086182, 0.123291016) * v0_3.w;
        h0_3 += HVEC4(0.021087646, 0.072265625, 0.10650635, -0.18371582) * v0_2.x;
        h0_3 += HVEC4(0.14611816, -0.30541992, -0.07385254, 0.041503906) * v0_2.y;
        h0_3 += HVEC4(0.2626953, -0.31762695, 0.22424316, 0.119018555) * v0_2.z;
        h0_3 += HVEC4(-0.13671875, 0.15490723, -0.10601807, 0.02619934) * v0_2.w;
        h0_3 += HVEC4(-0.12371826, -0.074035645, 0.29711914, -0.0574646) * v0_3.x;
        h0_3 += HVEC4(-0.19714355, 0.085510254, 0.027938843, 0.053222656) * v0_3.y;
        h0_3 += HVEC4(0.19848633, -0.3125, 0.36206055, 0.0049819946) * v0_3.z;
        h0_3 += HVEC4(0.08477783, -0.16772461, 0.11791992, 0.08666992) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 68]);
        HVEC4 v0_3 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.18566895, -0.028396606, 0.030532837, 0.06732178) * v0_2.x;
        h0_0 += HVEC4(0.029907227, 0.013931274, 0.0027713776, -0.07946777) * v0_2.y;
        h0_0 += HVEC4(0.06982422, -0.049560547, 0.043304443, -0.15698242) * v0_2.z;
        h0_0 += HVEC4(-0.18408203, 0.01386261, -0.019714355, 0.11853027) * v0_2.w;
        h0_0 += HVEC4(0.02456665, -0.012290955, 0.021530151, -0.07507324) * v0_3.x;
        h0_0 += HVEC4(0.20495605, -0.04525757, 0.004131317, 0.04562378) * v0_3.y;
        h0_0 += HVEC4(-0.19689941, -0.019454956, 0.047943115, -0.015464783) * v0_3.z;
        h0_0 += HVEC4(0.36010742, 0.016326904, -0.20153809, -0.14233398) * v0_3.w;
        h0_1 += HVEC4(0.076660156, 0.115722656, -0.08709717, 0.038482666) * v0_2.x;
        h0_1 += HVEC4(-0.02192688, -0.07623291, 0.023605347, 0.1381836) * v0_2.y;
        h0_1 += HVEC4(-0.016281128, 0.095825195, -0.07397461, 0.11248779) * v0_2.z;
        h0_1 += HVEC4(-0.08441162, 0.05404663, -0.03189087, -0.030197144) * v0_2.w;
        h0_1 += HVEC4(0.06604004, -0.09515381, -0.123168945, -0.057617188) * v0_3.x;
        h0_1 += HVEC4(-0.08972168, 0.020431519, 0.061676025, -0.044921875) * v0_3.y;
        h0_1 += HVEC4(-0.018341064, 0.03765869, -0.00819397, -0.050811768) * v0_3.z;
        h0_1 += HVEC4(-0.32495117, 0.11730957, 0.042999268, -0.07244873) * v0_3.w;
        h0_2 += HVEC4(0.012931824, -0.10083008, -0.05859375, -0.091674805) * v0_2.x;
        h0_2 += HVEC4(-0.002866745, -0.15673828, 0.010604858, -0.024337769) * v0_2.y;
        h0_2 += HVEC4(0.17126465, -0.027069092, -0.091674805, 0.08795166) * v0_2.z;
        h0_2 += HVEC4(-0.036895752, 0.023040771, -0.009918213, -0.012641907) * v0_2.w;
        h0_2 += HVEC4(-0.016052246, 0.109313965, 0.042633057, -0.02645874) * v0_3.x;
        h0_2 += HVEC4(-0.042419434, 0.07208252, 0.0869751, 0.011329651) * v0_3.y;
        h0_2 += HVEC4(-0.1661377, 0.034973145, 0.03652954, -0.08465576) * v0_3.z;
        h0_2 += HVEC4(0.038116455, 0.14929199, 0.16296387, -0.09887695) * v0_3.w;
        h0_3 += HVEC4(-0.107910156, -0.046295166, -0.07092285, 0.04788208) * v0_2.x;
        h0_3 += HVEC4(0.029693604, 0.017288208, -0.0071029663, -0.072265625) * v0_2.y;
        h0_3 += HVEC4(0.008628845, 0.057373047, 0.018295288, 0.018188477) * v0_2.z;
        h0_3 += HVEC4(0.10852051, -0.051483154, -0.009025574, -0.06500244) * v0_2.w;
        h0_3 += HVEC4(-0.056488037, 0.04928589, 0.056427002, -0.06945801) * v0_3.x;
        h0_3 += HVEC4(0.18444824, 0.039276123, 0.032714844, 0.0056419373) * v0_3.y;
        h0_3 += HVEC4(-0.15905762, 0.09057617, 0.033813477, -0.07684326) * v0_3.z;
        h0_3 += HVEC4(-0.052886963, 0.07312012, 0.075805664, -0.046661377) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 69]);
        HVEC4 v0_3 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.15246582, -0.0047683716, 0.043273926, -0.020217896) * v0_2.x;
        h0_0 += HVEC4(0.43286133, 0.0657959, 0.036010742, -0.06890869) * v0_2.y;
        h0_0 += HVEC4(0.12695312, 0.05496216, -0.10461426, -0.57421875) * v0_2.z;
        h0_0 += HVEC4(0.1184082, 0.051757812, -0.033355713, -0.015670776) * v0_2.w;
        h0_0 += HVEC4(-0.1940918, -0.005355835, -0.019973755, -0.26049805) * v0_3.x;
        h0_0 += HVEC4(0.23840332, -0.0023708344, 0.013114929, -0.16113281) * v0_3.y;
        h0_0 += HVEC4(0.020523071, -0.013046265, -0.009925842, 0.2163086) * v0_3.z;
        h0_0 += HVEC4(-0.40966797, 0.028213501, 0.10534668, -0.12036133) * v0_3.w;
        h0_1 += HVEC4(-0.033477783, 0.101989746, -0.09564209, 0.07751465) * v0_2.x;
        h0_1 += HVEC4(0.00022053719, -0.09326172, -0.050720215, 0.05657959) * v0_2.y;
        h0_1 += HVEC4(-0.086120605, -0.11590576, -0.22668457, 0.33398438) * v0_2.z;
        h0_1 += HVEC4(-0.06329346, 0.045928955, -0.06896973, 0.068359375) * v0_2.w;
        h0_1 += HVEC4(-0.08129883, -0.048797607, -0.03805542, -0.13208008) * v0_3.x;
        h0_1 += HVEC4(-0.0345459, -0.16210938, 0.07183838, 0.010101318) * v0_3.y;
        h0_1 += HVEC4(-0.08404541, 0.12432861, 0.05645752, -0.07287598) * v0_3.z;
        h0_1 += HVEC4(-0.12121582, -0.09875488, -0.07159424, 0.05722046) * v0_3.w;
        h0_2 += HVEC4(0.032348633, -0.08428955, -0.1161499, 0.11187744) * v0_2.x;
        h0_2 += HVEC4(-0.18615723, 0.28051758, 0.26123047, -0.17333984) * v0_2.y;
        h0_2 += HVEC4(0.23425293, 0.16174316, -0.06750488, -0.024368286) * v0_2.z;
        h0_2 += HVEC4(0.0075149536, -0.05984497, 0.10852051, -0.03756714) * v0_2.w;
        h0_2 += HVEC4(-0.107177734, -0.011413574, 0.029937744, 0.14916992) * v0_3.x;
        h0_2 += HVEC4(0.005279541, 0.15576172, 0.058929443, 0.02027893) * v0_3.y;
        h0_2 += HVEC4(0.095825195, -0.05895996, 0.09643555, -0.023376465) * v0_3.z;
        h0_2 += HVEC4(-0.03173828, 0.113220215, 0.13500977, -0.046966553) * v0_3.w;
        h0_3 += HVEC4(0.011756897, -0.16455078, 0.12512207, 0.03567505) * v0_2.x;
        h0_3 += HVEC4(0.04888916, 0.11126709, 0.15600586, -0.14123535) * v0_2.y;
        h0_3 += HVEC4(-0.31176758, -0.10559082, -0.015914917, -0.09667969) * v0_2.z;
        h0_3 += HVEC4(0.051940918, -0.06585693, -0.03302002, -0.059295654) * v0_2.w;
        h0_3 += HVEC4(-0.13330078, -0.33081055, 0.16845703, 0.035705566) * v0_3.x;
        h0_3 += HVEC4(0.07751465, 0.016998291, -0.035980225, -0.18395996) * v0_3.y;
        h0_3 += HVEC4(-0.06719971, -0.064208984, -0.006614685, 0.24377441) * v0_3.z;
        h0_3 += HVEC4(-0.009155273, 0.02078247, 0.06945801, -0.19018555) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 70]);
        HVEC4 v0_3 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.01033783, 0.012260437, 0.016464233, 0.11035156) * v0_2.x;
        h0_0 += HVEC4(-0.093322754, -0.012641907, -0.07733154, 0.020248413) * v0_2.y;
        h0_0 += HVEC4(0.25097656, -0.009796143, -0.02305603, -0.26245117) * v0_2.z;
        h0_0 += HVEC4(0.21618652, 0.00010186434, 0.027694702, -0.07519531) * v0_2.w;
        h0_0 += HVEC4(0.35791016, -0.051757812, 0.0061836243, 0.021881104) * v0_3.x;
        h0_0 += HVEC4(0.05508423, -0.00434494, 0.0051193237, 0.025283813) * v0_3.y;
        h0_0 += HVEC4(-0.28588867, -0.040008545, -0.030258179, -0.16259766) * v0_3.z;
        h0_0 += HVEC4(0.15466309, -0.0030727386, -0.097595215, -0.048583984) * v0_3.w;
        h0_1 += HVEC4(0.024780273, 0.021026611, -0.02810669, 0.005092621) * v0_2.x;
        h0_1 += HVEC4(-0.09857178, 0.028808594, -0.06414795, -0.047729492) * v0_2.y;
        h0_1 += HVEC4(-0.1427002, 0.15966797, -0.09954834, 0.18432617) * v0_2.z;
        h0_1 += HVEC4(0.037750244, 0.0022296906, -0.06817627, 0.085754395) * v0_2.w;
        h0_1 += HVEC4(-0.06124878, 0.14111328, -0.1899414, -0.20227051) * v0_3.x;
        h0_1 += HVEC4(-0.03744507, 0.041168213, -0.030899048, 0.01638794) * v0_3.y;
        h0_1 += HVEC4(-0.10272217, -0.13977051, -0.08081055, 0.051086426) * v0_3.z;
        h0_1 += HVEC4(-0.23364258, -0.0715332, -0.09716797, 0.0062408447) * v0_3.w;
        h0_2 += HVEC4(-0.02772522, 0.057434082, -0.01889038, 0.04864502) * v0_2.x;
        h0_2 += HVEC4(0.033721924, 0.020446777, 0.090270996, -0.105529785) * v0_2.y;
        h0_2 += HVEC4(0.12915039, 0.19091797, -0.11694336, 0.09979248) * v0_2.z;
        h0_2 += HVEC4(0.03894043, -0.022903442, -0.014572144, -0.04058838) * v0_2.w;
        h0_2 += HVEC4(0.022216797, 0.24926758, -0.10205078, 0.08532715) * v0_3.x;
        h0_2 += HVEC4(-0.013793945, -0.060943604, -0.017196655, 0.103881836) * v0_3.y;
        h0_2 += HVEC4(-0.11669922, 0.038208008, -0.09875488, 0.012702942) * v0_3.z;
        h0_2 += HVEC4(-0.05819702, 0.022277832, 0.04916382, 0.023666382) * v0_3.w;
        h0_3 += HVEC4(0.015098572, 0.123168945, -0.015327454, 0.083618164) * v0_2.x;
        h0_3 += HVEC4(0.06878662, -0.062316895, -0.055389404, -0.04763794) * v0_2.y;
        h0_3 += HVEC4(0.23425293, -0.111694336, 0.040649414, -0.07501221) * v0_2.z;
        h0_3 += HVEC4(0.03427124, 0.07397461, -0.037902832, -0.011451721) * v0_2.w;
        h0_3 += HVEC4(-0.1418457, 0.22729492, 0.120910645, 0.048919678) * v0_3.x;
        h0_3 += HVEC4(-0.02355957, 0.058685303, 0.09100342, 0.084350586) * v0_3.y;
        h0_3 += HVEC4(0.099853516, -0.109191895, 0.08972168, -0.1116333) * v0_3.z;
        h0_3 += HVEC4(0.10205078, 0.16223145, -0.028625488, 0.013717651) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n1_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n1_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 4..5.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_0_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_1_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.20678711, 0.013343811, -0.004207611, -0.17993164) * v0_4.x;
        h0_0 += HVEC4(0.35229492, -0.043395996, 0.10455322, 0.16467285) * v0_4.y;
        h0_0 += HVEC4(-0.10644531, 0.011558533, -0.0007367134, -0.21020508) * v0_4.z;
        h0_0 += HVEC4(0.03475952, -0.0087890625, 0.09838867, -0.10345459) * v0_4.w;
        h0_0 += HVEC4(0.09637451, 0.019622803, 0.03503418, 0.0015821457) * v0_5.x;
        h0_0 += HVEC4(-0.07312012, -0.014419556, 0.03768921, -0.0064468384) * v0_5.y;
        h0_0 += HVEC4(0.18164062, -0.004840851, 0.097961426, 0.17578125) * v0_5.z;
        h0_0 += HVEC4(-0.14453125, -0.013557434, -0.084350586, 0.017074585) * v0_5.w;
        h0_1 += HVEC4(-0.09265137, -0.021392822, -0.16809082, 0.11035156) * v0_4.x;
        h0_1 += HVEC4(0.0914917, -0.18701172, 0.079833984, 0.029541016) * v0_4.y;
        h0_1 += HVEC4(0.13244629, 0.10308838, -0.07702637, -0.02822876) * v0_4.z;
        h0_1 += HVEC4(0.0026378632, 0.0602417, -0.14208984, 0.11383057) * v0_4.w;
        h0_1 += HVEC4(-0.11682129, 0.03149414, -0.02268982, 0.020309448) * v0_5.x;
        h0_1 += HVEC4(-0.020751953, -0.022064209, 0.11602783, 0.059173584) * v0_5.y;
        h0_1 += HVEC4(0.18054199, 0.007858276, 0.21508789, -0.15234375) * v0_5.z;
        h0_1 += HVEC4(-0.011367798, -0.07470703, -0.13671875, -0.012817383) * v0_5.w;
        h0_2 += HVEC4(0.017242432, 0.0005903244, 0.018417358, -0.03286743) * v0_4.x;
        h0_2 += HVEC4(0.01852417, 0.058044434, -0.20471191, 0.04046631) * v0_4.y;
        h0_2 += HVEC4(0.015731812, 0.14196777, -0.052490234, -0.010932922) * v0_4.z;
        h0_2 += HVEC4(0.076538086, -0.031341553, -0.024551392, 0.064575195) * v0_4.w;
        h0_2 += HVEC4(0.0446167, -0.004436493, -0.03189087, -0.068115234) * v0_5.x;
        h0_2 += HVEC4(0.0045166016, 0.091918945, 0.0847168, 0.0050964355) * v0_5.y;
        h0_2 += HVEC4(-0.064941406, 0.049682617, 0.012084961, -0.026565552) * v0_5.z;
        h0_2 += HVEC4(-0.0592041, -0.05770874, 0.056732178, 0.007698059) * v0_5.w;
        h0_3 += HVEC4(0.0848999, -0.011756897, -0.011543274, -0.07952881) * v0_4.x;
        h0_3 += HVEC4(0.021865845, -0.069885254, 0.0006799698, 0.17700195) * v0_4.y;
        h0_3 += HVEC4(0.10217285, 0.0010509491, 0.09680176, 0.10131836) * v0_4.z;
        h0_3 += HVEC4(0.0035152435, -0.08843994, -0.031402588, -0.0044822693) * v0_4.w;
        h0_3 += HVEC4(0.007911682, 0.02330017, 0.014198303, -0.042633057) * v0_5.x;
        h0_3 += HVEC4(0.022705078, 0.020828247, 0.05444336, -0.014213562) * v0_5.y;
        h0_3 += HVEC4(-0.15234375, 0.027023315, -0.05581665, -0.02079773) * v0_5.z;
        h0_3 += HVEC4(-0.003616333, -0.0024051666, -0.028182983, -0.045532227) * v0_5.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.14038086, -0.016067505, -0.095947266, -0.29125977) * v0_4.x;
        h0_0 += HVEC4(0.41015625, 0.041015625, -0.0066223145, 0.23510742) * v0_4.y;
        h0_0 += HVEC4(-0.029006958, 0.07299805, -0.011024475, -0.35253906) * v0_4.z;
        h0_0 += HVEC4(-0.12420654, -0.020614624, 0.0009536743, -0.0014820099) * v0_4.w;
        h0_0 += HVEC4(-0.29125977, 0.0014286041, 0.031280518, 0.23779297) * v0_5.x;
        h0_0 += HVEC4(0.3059082, -0.029174805, -0.027404785, -0.02267456) * v0_5.y;
        h0_0 += HVEC4(0.0925293, -0.0036792755, 0.18640137, 0.3071289) * v0_5.z;
        h0_0 += HVEC4(-0.035308838, -0.008384705, 0.025634766, 0.057556152) * v0_5.w;
        h0_1 += HVEC4(0.10888672, 0.2133789, 0.031097412, -0.15600586) * v0_4.x;
        h0_1 += HVEC4(0.095458984, -0.26391602, 0.040374756, 0.06536865) * v0_4.y;
        h0_1 += HVEC4(0.12347412, -0.090148926, 0.03161621, 0.019699097) * v0_4.z;
        h0_1 += HVEC4(-0.03781128, -0.109802246, -0.09503174, 0.0045661926) * v0_4.w;
        h0_1 += HVEC4(-0.09490967, -0.08477783, 0.14086914, -0.061462402) * v0_5.x;
        h0_1 += HVEC4(0.11077881, -0.14404297, 0.08795166, 0.08660889) * v0_5.y;
        h0_1 += HVEC4(0.0015668869, -0.2800293, 0.123168945, 0.16381836) * v0_5.z;
        h0_1 += HVEC4(0.038269043, 0.027374268, -0.02609253, -0.03353882) * v0_5.w;
        h0_2 += HVEC4(-0.08874512, -0.32006836, 0.013069153, -0.022567749) * v0_4.x;
        h0_2 += HVEC4(0.06726074, 0.08850098, -0.20239258, 0.07495117) * v0_4.y;
        h0_2 += HVEC4(0.009094238, 0.05444336, -0.064086914, 0.00038981438) * v0_4.z;
        h0_2 += HVEC4(-0.11114502, 0.0057373047, -0.03289795, 0.056274414) * v0_4.w;
        h0_2 += HVEC4(-0.027145386, 0.22924805, -0.02607727, 0.023834229) * v0_5.x;
        h0_2 += HVEC4(0.05596924, 0.07885742, -0.011245728, 0.09057617) * v0_5.y;
        h0_2 += HVEC4(0.15649414, 0.18225098, -0.016815186, 0.10028076) * v0_5.z;
        h0_2 += HVEC4(0.012283325, -0.18200684, 0.05883789, -0.008811951) * v0_5.w;
        h0_3 += HVEC4(0.23937988, 0.061920166, -0.018478394, -0.014312744) * v0_4.x;
        h0_3 += HVEC4(-0.02330017, -0.26611328, -0.029006958, 0.089782715) * v0_4.y;
        h0_3 += HVEC4(-0.18835449, 0.032287598, 0.013244629, 0.14343262) * v0_4.z;
        h0_3 += HVEC4(0.23620605, -0.19946289, 0.08959961, -0.0005002022) * v0_4.w;
        h0_3 += HVEC4(-0.037475586, 0.0949707, 0.042663574, 0.055908203) * v0_5.x;
        h0_3 += HVEC4(-0.011268616, -0.05517578, 0.095336914, 0.067993164) * v0_5.y;
        h0_3 += HVEC4(-0.2331543, 0.11566162, 0.031921387, 0.10992432) * v0_5.z;
        h0_3 += HVEC4(0.018981934, -0.068237305, 0.07745361, -0.17919922) * v0_5.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.17883301, -0.00617218, 0.011978149, -0.012588501) * v0_4.x;
        h0_0 += HVEC4(0.82128906, 0.022857666, -0.018997192, -0.027511597) * v0_4.y;
        h0_0 += HVEC4(-0.041046143, 0.039245605, -0.020523071, -0.03515625) * v0_4.z;
        h0_0 += HVEC4(-0.17822266, -0.017837524, -0.017745972, -0.07446289) * v0_4.w;
        h0_0 += HVEC4(0.26538086, -0.025756836, 0.03164673, 0.10003662) * v0_5.x;
        h0_0 += HVEC4(0.6748047, -0.0036811829, -0.043182373, -0.20361328) * v0_5.y;
        h0_0 += HVEC4(-0.07647705, -0.030426025, 0.014587402, -0.042663574) * v0_5.z;
        h0_0 += HVEC4(-0.27514648, 0.009239197, -0.046417236, -0.018814087) * v0_5.w;
        h0_1 += HVEC4(-0.025405884, 0.09301758, 0.1586914, -0.05154419) * v0_4.x;
        h0_1 += HVEC4(-0.07684326, 0.014892578, -0.07104492, -0.018493652) * v0_4.y;
        h0_1 += HVEC4(0.107910156, -0.08544922, -0.06311035, 0.050476074) * v0_4.z;
        h0_1 += HVEC4(0.052825928, -0.043884277, -0.09802246, -0.009849548) * v0_4.w;
        h0_1 += HVEC4(-0.02418518, 0.03970337, -0.022338867, 0.02784729) * v0_5.x;
        h0_1 += HVEC4(-0.08483887, 0.042907715, -0.06817627, -0.013763428) * v0_5.y;
        h0_1 += HVEC4(-0.02897644, 0.07696533, 0.081604004, 0.04864502) * v0_5.z;
        h0_1 += HVEC4(-0.09539795, -0.12084961, -0.054595947, 0.06124878) * v0_5.w;
        h0_2 += HVEC4(-0.06951904, 0.12286377, -0.004135132, -0.08477783) * v0_4.x;
        h0_2 += HVEC4(0.038635254, 0.08642578, 0.019866943, -0.033966064) * v0_4.y;
        h0_2 += HVEC4(-0.005973816, -0.033477783, 0.018157959, 0.06011963) * v0_4.z;
        h0_2 += HVEC4(0.088256836, 0.03515625, -0.032226562, 0.05810547) * v0_4.w;
        h0_2 += HVEC4(-0.020355225, 0.057128906, -0.023880005, -0.0006017685) * v0_5.x;
        h0_2 += HVEC4(0.091552734, 0.0602417, 0.07183838, 0.06530762) * v0_5.y;
        h0_2 += HVEC4(0.011695862, -0.05117798, 0.008522034, -0.018615723) * v0_5.z;
        h0_2 += HVEC4(0.004146576, 0.0047340393, -0.08514404, -0.091430664) * v0_5.w;
        h0_3 += HVEC4(-0.08569336, -0.032196045, 0.0076560974, -0.13977051) * v0_4.x;
        h0_3 += HVEC4(-0.50878906, 0.003929138, -0.30322266, 0.09277344) * v0_4.y;
        h0_3 += HVEC4(-0.15466309, -0.067993164, -0.011672974, -0.004802704) * v0_4.z;
        h0_3 += HVEC4(-0.016860962, 0.042541504, 0.029876709, -0.034851074) * v0_4.w;
        h0_3 += HVEC4(-0.11480713, -0.09173584, -0.0335083, -0.015960693) * v0_5.x;
        h0_3 += HVEC4(-0.05923462, 0.016906738, -0.10772705, 0.08508301) * v0_5.y;
        h0_3 += HVEC4(0.079833984, 0.121032715, 0.08898926, 0.05026245) * v0_5.z;
        h0_3 += HVEC4(0.10699463, 0.15563965, 0.015159607, -0.032196045) * v0_5.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 34]);
        HVEC4 v0_5 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.0043258667, 0.029907227, 0.12017822, -0.13757324) * v0_4.x;
        h0_0 += HVEC4(-0.3544922, 0.008857727, 0.015930176, 0.023254395) * v0_4.y;
        h0_0 += HVEC4(0.5253906, -0.009902954, -0.06549072, -0.0039253235) * v0_4.z;
        h0_0 += HVEC4(0.21887207, 0.0066452026, -0.03643799, -0.12164307) * v0_4.w;
        h0_0 += HVEC4(0.021011353, 0.014816284, 0.07910156, -0.14440918) * v0_5.x;
        h0_0 += HVEC4(-0.5473633, -0.009269714, 0.040222168, 0.12683105) * v0_5.y;
        h0_0 += HVEC4(-0.30029297, 0.022491455, 0.0061073303, 0.20239258) * v0_5.z;
        h0_0 += HVEC4(0.23400879, -0.016403198, -0.09442139, -0.13671875) * v0_5.w;
        h0_1 += HVEC4(0.09106445, -0.13659668, 0.001086235, -0.2770996) * v0_4.x;
        h0_1 += HVEC4(0.03765869, -0.0692749, -0.068603516, -0.087890625) * v0_4.y;
        h0_1 += HVEC4(-0.120910645, 0.07885742, 0.015586853, -0.09680176) * v0_4.z;
        h0_1 += HVEC4(0.049224854, -0.008071899, -0.021911621, 0.07324219) * v0_4.w;
        h0_1 += HVEC4(0.02848816, -0.087524414, -0.01939392, 0.052124023) * v0_5.x;
        h0_1 += HVEC4(0.01979065, -0.10925293, 0.16784668, -0.083618164) * v0_5.y;
        h0_1 += HVEC4(-0.01789856, 0.122924805, 0.21105957, 0.2298584) * v0_5.z;
        h0_1 += HVEC4(-0.035064697, 0.049560547, -0.09686279, -0.037139893) * v0_5.w;
        h0_2 += HVEC4(0.06100464, 0.18774414, 0.016052246, -0.076171875) * v0_4.x;
        h0_2 += HVEC4(-0.13244629, 0.10046387, 0.025756836, -0.027008057) * v0_4.y;
        h0_2 += HVEC4(-0.059143066, 0.024658203, -0.05117798, 0.04574585) * v0_4.z;
        h0_2 += HVEC4(0.24157715, 0.047546387, -0.10650635, 0.09637451) * v0_4.w;
        h0_2 += HVEC4(0.012527466, -0.037384033, 0.0032253265, 0.028182983) * v0_5.x;
        h0_2 += HVEC4(-0.02708435, -0.080566406, 0.1083374, -0.04058838) * v0_5.y;
        h0_2 += HVEC4(-0.1352539, -0.07299805, -0.17663574, 0.099609375) * v0_5.z;
        h0_2 += HVEC4(0.09063721, -0.03012085, 0.07513428, -0.062316895) * v0_5.w;
        h0_3 += HVEC4(-0.07965088, 0.117492676, 0.11456299, -0.05697632) * v0_4.x;
        h0_3 += HVEC4(0.18493652, 0.021896362, 0.18054199, -0.0034637451) * v0_4.y;
        h0_3 += HVEC4(0.19018555, 0.029006958, 0.017730713, 0.043273926) * v0_4.z;
        h0_3 += HVEC4(0.104003906, -0.015655518, -0.0013132095, -0.0026779175) * v0_4.w;
        h0_3 += HVEC4(0.03717041, -0.029220581, 0.05407715, -0.16809082) * v0_5.x;
        h0_3 += HVEC4(0.1303711, 0.0034503937, 0.026535034, -0.0435791) * v0_5.y;
        h0_3 += HVEC4(0.049682617, -0.08294678, -0.19177246, 0.11779785) * v0_5.z;
        h0_3 += HVEC4(-0.18383789, 0.022659302, -0.092041016, 0.0418396) * v0_5.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 35]);
        HVEC4 v0_5 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.19592285, 0.15332031, -0.0076293945, -0.125) * v0_4.x;
        h0_0 += HVEC4(0.13647461, -0.058044434, -0.028900146, 0.07678223) * v0_4.y;
        h0_0 += HVEC4(-0.18066406, 0.06756592, -0.058898926, 0.07910156) * v0_4.z;
        h0_0 += HVEC4(-0.08654785, 0.089416504, 0.015388489, -0.4345703) * v0_4.w;
        h0_0 += HVEC4(-0.23706055, -0.03125, -0.08630371, 0.23449707) * v0_5.x;
        h0_0 += HVEC4(0.20397949, 0.105773926, -0.089538574, -0.21618652) * v0_5.y;
        h0_0 += HVEC4(-0.21948242, 0.0758667, -0.020111084, 0.14904785) * v0_5.z;
        h0_0 += HVEC4(0.1586914, 0.03286743, -0.0395813, -0.05392456) * v0_5.w;
        h0_1 += HVEC4(-0.0309906, -0.0042762756, 0.49267578, 0.25830078) * v0_4.x;
        h0_1 += HVEC4(0.02961731, 0.0259552, 0.20373535, 0.10461426) * v0_4.y;
        h0_1 += HVEC4(-0.07110596, 0.22033691, 0.16674805, 0.049468994) * v0_4.z;
        h0_1 += HVEC4(0.13244629, -0.32910156, -0.022125244, 0.09875488) * v0_4.w;
        h0_1 += HVEC4(0.04168701, -0.08331299, -0.08538818, -0.19836426) * v0_5.x;
        h0_1 += HVEC4(0.011451721, 0.24414062, 0.17871094, 0.030731201) * v0_5.y;
        h0_1 += HVEC4(-0.082336426, 0.0357666, -0.28759766, -0.25854492) * v0_5.z;
        h0_1 += HVEC4(0.08703613, -0.12487793, 0.0914917, 0.09906006) * v0_5.w;
        h0_2 += HVEC4(-0.2512207, 0.03945923, 0.026123047, 0.004310608) * v0_4.x;
        h0_2 += HVEC4(-0.12817383, 0.13378906, 0.010505676, 0.0463562) * v0_4.y;
        h0_2 += HVEC4(-0.1776123, 0.039978027, 0.10638428, -0.11035156) * v0_4.z;
        h0_2 += HVEC4(0.42260742, 0.066101074, -0.19006348, 0.05657959) * v0_4.w;
        h0_2 += HVEC4(-0.19873047, 0.036621094, 0.07385254, -0.0869751) * v0_5.x;
        h0_2 += HVEC4(0.11279297, 0.14208984, 0.12133789, -0.008018494) * v0_5.y;
        h0_2 += HVEC4(0.036071777, 0.020462036, -0.07678223, -0.030593872) * v0_5.z;
        h0_2 += HVEC4(-0.03677368, -0.17419434, -0.046173096, 0.11804199) * v0_5.w;
        h0_3 += HVEC4(-0.07836914, -0.18859863, -0.0014505386, -0.05783081) * v0_4.x;
        h0_3 += HVEC4(-0.017684937, 0.093811035, -0.023132324, 0.06567383) * v0_4.y;
        h0_3 += HVEC4(0.027816772, 0.2199707, 0.113098145, -0.14147949) * v0_4.z;
        h0_3 += HVEC4(-0.09918213, -0.08068848, -0.03050232, -0.2376709) * v0_4.w;
        h0_3 += HVEC4(0.0758667, -0.02659607, 0.07598877, 0.05444336) * v0_5.x;
        h0_3 += HVEC4(0.040100098, 0.074401855, 0.19165039, -0.14025879) * v0_5.y;
        h0_3 += HVEC4(-0.08703613, 0.2109375, -0.2602539, 0.08642578) * v0_5.z;
        h0_3 += HVEC4(0.07128906, -0.20581055, -0.030517578, -0.03881836) * v0_5.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.30004883, -0.015426636, 0.030319214, -0.030517578) * v0_4.x;
        h0_0 += HVEC4(-0.12780762, -0.02861023, 0.064819336, 0.021224976) * v0_4.y;
        h0_0 += HVEC4(0.5307617, 0.03366089, -0.02859497, 0.20788574) * v0_4.z;
        h0_0 += HVEC4(0.11932373, 0.040740967, 0.027313232, -0.10614014) * v0_4.w;
        h0_0 += HVEC4(-0.34204102, 0.017868042, 0.070617676, 0.029510498) * v0_5.x;
        h0_0 += HVEC4(0.35009766, 0.008483887, 0.03564453, 0.020370483) * v0_5.y;
        h0_0 += HVEC4(-0.6777344, 0.057128906, -0.04043579, -0.09295654) * v0_5.z;
        h0_0 += HVEC4(0.01096344, -0.013916016, 0.06506348, -0.11029053) * v0_5.w;
        h0_1 += HVEC4(0.014160156, -0.18701172, 0.048583984, -0.017349243) * v0_4.x;
        h0_1 += HVEC4(0.07324219, -0.06616211, -0.041778564, -0.17834473) * v0_4.y;
        h0_1 += HVEC4(0.009246826, -0.037475586, -0.0059165955, 0.07110596) * v0_4.z;
        h0_1 += HVEC4(-0.0211792, -0.24133301, -0.01751709, -0.021987915) * v0_4.w;
        h0_1 += HVEC4(-0.11376953, 0.1295166, 0.07116699, -0.08850098) * v0_5.x;
        h0_1 += HVEC4(-0.08392334, 0.003929138, -0.060638428, -0.08428955) * v0_5.y;
        h0_1 += HVEC4(0.12902832, 0.049743652, 0.13220215, 0.08746338) * v0_5.z;
        h0_1 += HVEC4(-0.04522705, -0.15136719, -0.12072754, 0.10107422) * v0_5.w;
        h0_2 += HVEC4(-0.07104492, 0.0015058517, 0.030517578, -0.011940002) * v0_4.x;
        h0_2 += HVEC4(0.014450073, 0.078125, -0.029159546, -0.036376953) * v0_4.y;
        h0_2 += HVEC4(-0.035980225, 0.016357422, 0.0118637085, -0.046875) * v0_4.z;
        h0_2 += HVEC4(0.13598633, -0.047424316, -0.0769043, 0.023895264) * v0_4.w;
        h0_2 += HVEC4(0.025604248, -0.06958008, -0.021957397, 0.014915466) * v0_5.x;
        h0_2 += HVEC4(0.03930664, 0.12854004, 0.119628906, -0.01689148) * v0_5.y;
        h0_2 += HVEC4(0.020263672, -0.15466309, 0.01713562, 0.11468506) * v0_5.z;
        h0_2 += HVEC4(0.054870605, -0.042266846, -0.088012695, 0.007762909) * v0_5.w;
        h0_3 += HVEC4(-0.14221191, -0.023895264, 0.07019043, 0.001288414) * v0_4.x;
        h0_3 += HVEC4(-0.05606079, 0.0026817322, -0.022994995, -0.001452446) * v0_4.y;
        h0_3 += HVEC4(-0.101379395, -0.032104492, -0.12231445, 0.03189087) * v0_4.z;
        h0_3 += HVEC4(0.017578125, 0.19567871, 0.05709839, -0.007980347) * v0_4.w;
        h0_3 += HVEC4(0.13378906, 0.20605469, 0.109375, 0.036712646) * v0_5.x;
        h0_3 += HVEC4(-0.15905762, 0.046844482, -0.17810059, 0.04537964) * v0_5.y;
        h0_3 += HVEC4(0.13232422, -0.17382812, 0.09753418, 0.016738892) * v0_5.z;
        h0_3 += HVEC4(-0.019165039, 0.025665283, 0.06555176, -0.04135132) * v0_5.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 68]);
        HVEC4 v0_5 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.064453125, -0.04660034, 0.0541687, 0.047454834) * v0_4.x;
        h0_0 += HVEC4(0.6879883, -0.02218628, 0.011459351, -0.0395813) * v0_4.y;
        h0_0 += HVEC4(-0.17651367, 0.0049438477, 0.0791626, -0.026916504) * v0_4.z;
        h0_0 += HVEC4(-0.4284668, -0.0032291412, 0.025512695, 0.013633728) * v0_4.w;
        h0_0 += HVEC4(-0.22839355, 0.013999939, -0.040863037, 0.08483887) * v0_5.x;
        h0_0 += HVEC4(0.0871582, 5.543232e-05, 0.011604309, 0.039611816) * v0_5.y;
        h0_0 += HVEC4(0.15026855, -0.030166626, 0.018676758, 0.0703125) * v0_5.z;
        h0_0 += HVEC4(-0.18261719, 0.0070724487, -0.022399902, -0.08856201) * v0_5.w;
        h0_1 += HVEC4(0.0287323, 0.040283203, 0.014259338, -0.1809082) * v0_4.x;
        h0_1 += HVEC4(0.04232788, 0.036865234, -0.04458618, 0.054107666) * v0_4.y;
        h0_1 += HVEC4(0.037109375, -0.091918945, -0.070373535, 0.08544922) * v0_4.z;
        h0_1 += HVEC4(0.0046577454, 0.012611389, -0.19384766, -0.039794922) * v0_4.w;
        h0_1 += HVEC4(0.03237915, 0.023025513, 0.03173828, -0.105529785) * v0_5.x;
        h0_1 += HVEC4(0.16516113, -0.071777344, -0.09411621, -0.0881958) * v0_5.y;
        h0_1 += HVEC4(0.026138306, 0.060058594, 0.089660645, 0.014228821) * v0_5.z;
        h0_1 += HVEC4(-0.056030273, -0.02319336, -0.022125244, 0.09588623) * v0_5.w;
        h0_2 += HVEC4(-0.10559082, 0.19543457, -0.09777832, -0.007873535) * v0_4.x;
        h0_2 += HVEC4(-0.0055732727, 0.10144043, 0.007987976, 0.05834961) * v0_4.y;
        h0_2 += HVEC4(-0.0925293, -0.0019235611, -0.070129395, 0.03314209) * v0_4.z;
        h0_2 += HVEC4(0.12597656, 0.066467285, -0.0026245117, -0.011764526) * v0_4.w;
        h0_2 += HVEC4(0.07305908, -0.014335632, -0.016967773, -0.0034618378) * v0_5.x;
        h0_2 += HVEC4(-0.14379883, 0.038360596, 0.020492554, -0.037078857) * v0_5.y;
        h0_2 += HVEC4(-0.05645752, 0.1508789, -0.07122803, 0.0011205673) * v0_5.z;
        h0_2 += HVEC4(-0.056243896, -0.08306885, 0.06719971, 0.055114746) * v0_5.w;
        h0_3 += HVEC4(-0.07519531, 0.06359863, 0.0054473877, 0.08068848) * v0_4.x;
        h0_3 += HVEC4(0.11584473, 0.11254883, 0.04046631, 0.044281006) * v0_4.y;
        h0_3 += HVEC4(0.15075684, -0.06817627, 0.1026001, 0.060821533) * v0_4.z;
        h0_3 += HVEC4(0.09051514, 0.08331299, 0.09283447, -0.009811401) * v0_4.w;
        h0_3 += HVEC4(-0.20495605, -0.054260254, -0.08135986, 0.06945801) * v0_5.x;
        h0_3 += HVEC4(0.07550049, 0.015129089, 0.050872803, -0.06518555) * v0_5.y;
        h0_3 += HVEC4(0.032562256, -0.01777649, 0.05065918, -0.04824829) * v0_5.z;
        h0_3 += HVEC4(-0.095825195, -0.05770874, -0.06982422, -0.018447876) * v0_5.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 69]);
        HVEC4 v0_5 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.2088623, -0.031829834, -0.025375366, 0.03616333) * v0_4.x;
        h0_0 += HVEC4(0.43164062, 0.013542175, -0.111816406, -0.033416748) * v0_4.y;
        h0_0 += HVEC4(-0.02859497, 0.0446167, -0.044921875, 0.203125) * v0_4.z;
        h0_0 += HVEC4(-0.23803711, -0.008705139, -0.03955078, 0.10662842) * v0_4.w;
        h0_0 += HVEC4(-0.47851562, -0.07147217, -0.013397217, -0.046966553) * v0_5.x;
        h0_0 += HVEC4(-0.17333984, 0.028137207, 0.07159424, 0.056915283) * v0_5.y;
        h0_0 += HVEC4(0.35888672, -0.025268555, 0.07714844, -0.1607666) * v0_5.z;
        h0_0 += HVEC4(-0.16320801, -0.024398804, -0.06744385, 0.061676025) * v0_5.w;
        h0_1 += HVEC4(-0.0034389496, 0.10443115, -0.03302002, -0.059326172) * v0_4.x;
        h0_1 += HVEC4(0.007633209, 0.09869385, 0.04373169, -0.012939453) * v0_4.y;
        h0_1 += HVEC4(0.010864258, -0.01802063, 0.06542969, -0.014381409) * v0_4.z;
        h0_1 += HVEC4(-0.051879883, 0.23352051, -0.07489014, -0.123535156) * v0_4.w;
        h0_1 += HVEC4(0.03894043, -0.1038208, 0.03289795, -0.0637207) * v0_5.x;
        h0_1 += HVEC4(0.024429321, -0.111816406, 0.009300232, -0.09039307) * v0_5.y;
        h0_1 += HVEC4(-0.009864807, -0.10522461, 0.09674072, 0.1015625) * v0_5.z;
        h0_1 += HVEC4(0.0034599304, -0.05895996, -0.019439697, 0.012954712) * v0_5.w;
        h0_2 += HVEC4(-0.15014648, -0.12548828, -0.09503174, 0.12231445) * v0_4.x;
        h0_2 += HVEC4(0.00034046173, 0.08099365, -0.04937744, 0.06500244) * v0_4.y;
        h0_2 += HVEC4(-0.16552734, -0.10827637, 0.037200928, 0.0041122437) * v0_4.z;
        h0_2 += HVEC4(0.15441895, -0.1977539, -0.11102295, 0.008460999) * v0_4.w;
        h0_2 += HVEC4(-0.035858154, -0.0022125244, 0.0051612854, -0.011604309) * v0_5.x;
        h0_2 += HVEC4(0.05731201, -0.034973145, -0.100097656, 0.01928711) * v0_5.y;
        h0_2 += HVEC4(0.12512207, 0.078125, -0.012466431, 0.0031738281) * v0_5.z;
        h0_2 += HVEC4(0.07397461, -0.0178833, 0.028137207, 0.018920898) * v0_5.w;
        h0_3 += HVEC4(-0.09387207, -0.28979492, -0.07019043, 0.04714966) * v0_4.x;
        h0_3 += HVEC4(0.092163086, -0.16674805, 0.014801025, -0.06088257) * v0_4.y;
        h0_3 += HVEC4(0.0017127991, 0.10168457, 0.010185242, -0.037384033) * v0_4.z;
        h0_3 += HVEC4(-0.070251465, -0.0317688, -0.14440918, 0.18408203) * v0_4.w;
        h0_3 += HVEC4(-0.15734863, 0.19140625, 0.060913086, -0.04647827) * v0_5.x;
        h0_3 += HVEC4(0.16186523, 0.025604248, 0.095336914, 0.08929443) * v0_5.y;
        h0_3 += HVEC4(0.028076172, 0.017333984, -0.057891846, -0.07940674) * v0_5.z;
        h0_3 += HVEC4(-0.18603516, 0.10839844, -0.035369873, 0.047851562) * v0_5.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 70]);
        HVEC4 v0_5 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.074645996, -0.01360321, 0.027908325, -0.010360718) * v0_4.x;
        h0_0 += HVEC4(0.059570312, -0.017654419, 0.0022907257, 0.00054359436) * v0_4.y;
        h0_0 += HVEC4(-0.010826111, -0.022369385, 0.027923584, 0.101623535) * v0_4.z;
        h0_0 += HVEC4(-0.21789551, -0.026321411, 0.06652832, -0.09613037) * v0_4.w;
        h0_0 += HVEC4(-0.07446289, -0.012794495, -0.0039138794, -0.07495117) * v0_5.x;
        h0_0 += HVEC4(-0.113098145, 0.012374878, 0.060302734, 0.15625) * v0_5.y;
        h0_0 += HVEC4(0.20166016, 0.012763977, 0.010276794, -0.059143066) * v0_5.z;
        h0_0 += HVEC4(-0.036376953, 0.0024356842, 0.024597168, 0.028060913) * v0_5.w;
        h0_1 += HVEC4(0.1060791, -0.03503418, 0.07293701, 0.10168457) * v0_4.x;
        h0_1 += HVEC4(-0.039489746, -0.004047394, 0.0390625, 0.078186035) * v0_4.y;
        h0_1 += HVEC4(0.07598877, -0.011947632, -0.028533936, -0.07385254) * v0_4.z;
        h0_1 += HVEC4(-0.05432129, 0.040222168, -0.12902832, -0.00039696693) * v0_4.w;
        h0_1 += HVEC4(0.025024414, -0.08465576, -9.4652176e-05, 0.06854248) * v0_5.x;
        h0_1 += HVEC4(0.015838623, 0.020370483, -0.059387207, -0.16467285) * v0_5.y;
        h0_1 += HVEC4(-0.026870728, -0.009635925, -0.02204895, 0.038024902) * v0_5.z;
        h0_1 += HVEC4(0.042510986, 0.01889038, -0.02508545, -0.06072998) * v0_5.w;
        h0_2 += HVEC4(-0.0859375, 0.027694702, -0.12670898, 0.14111328) * v0_4.x;
        h0_2 += HVEC4(-0.025466919, 0.048309326, -0.009590149, -0.0065841675) * v0_4.y;
        h0_2 += HVEC4(-0.08508301, 0.015037537, 0.0074005127, -0.1116333) * v0_4.z;
        h0_2 += HVEC4(0.06121826, -0.02671814, -0.08154297, -0.09802246) * v0_4.w;
        h0_2 += HVEC4(0.10229492, 0.014099121, -0.06774902, 0.05810547) * v0_5.x;
        h0_2 += HVEC4(-0.01689148, -0.04168701, 0.11450195, -0.110961914) * v0_5.y;
        h0_2 += HVEC4(0.0046310425, 0.015487671, 0.019897461, -0.031555176) * v0_5.z;
        h0_2 += HVEC4(-0.008255005, -0.07952881, 0.009933472, 0.015945435) * v0_5.w;
        h0_3 += HVEC4(-0.09503174, 0.004840851, 0.043945312, 0.014778137) * v0_4.x;
        h0_3 += HVEC4(0.09863281, 0.052001953, 0.06994629, -0.0748291) * v0_4.y;
        h0_3 += HVEC4(0.061676025, -0.13623047, -0.079956055, -0.032348633) * v0_4.z;
        h0_3 += HVEC4(0.11730957, 0.07342529, -0.07562256, 0.04360962) * v0_4.w;
        h0_3 += HVEC4(-0.012260437, 0.11529541, 0.13342285, 0.006980896) * v0_5.x;
        h0_3 += HVEC4(-0.08496094, 0.16394043, -0.13720703, 0.036102295) * v0_5.y;
        h0_3 += HVEC4(0.07305908, -0.090270996, -0.0001219511, 0.010185242) * v0_5.z;
        h0_3 += HVEC4(-0.10491943, -0.10522461, 0.04623413, 0.055419922) * v0_5.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n2_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n2_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 6..7.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.25390625, 0.027038574, 0.10656738, -0.08526611) * v0_6.x;
        h0_0 += HVEC4(0.20251465, -0.019683838, 0.08850098, 0.05569458) * v0_6.y;
        h0_0 += HVEC4(0.078552246, 0.013206482, -0.043273926, 0.19104004) * v0_6.z;
        h0_0 += HVEC4(0.047027588, -0.014160156, 0.0033817291, -0.037597656) * v0_6.w;
        h0_0 += HVEC4(0.09307861, 0.018585205, 0.017059326, 0.047576904) * v0_7.x;
        h0_0 += HVEC4(-0.4892578, 0.013442993, -0.1227417, 0.41137695) * v0_7.y;
        h0_0 += HVEC4(-0.48657227, -0.0079956055, -0.07678223, 0.6166992) * v0_7.z;
        h0_0 += HVEC4(-0.045898438, 0.017654419, -0.1538086, -0.2368164) * v0_7.w;
        h0_1 += HVEC4(0.021652222, 0.004383087, -0.16174316, 0.064453125) * v0_6.x;
        h0_1 += HVEC4(-0.01033783, -0.1685791, 0.051635742, 0.08886719) * v0_6.y;
        h0_1 += HVEC4(-0.043029785, 0.0073127747, -0.17236328, 0.025314331) * v0_6.z;
        h0_1 += HVEC4(-0.04220581, 0.036193848, 0.1060791, 0.0113220215) * v0_6.w;
        h0_1 += HVEC4(0.0927124, 0.008262634, 0.010772705, 0.004032135) * v0_7.x;
        h0_1 += HVEC4(-0.058624268, 0.014167786, 0.013053894, 0.18701172) * v0_7.y;
        h0_1 += HVEC4(-0.007686615, 0.15881348, 0.061767578, 0.07556152) * v0_7.z;
        h0_1 += HVEC4(-0.09008789, 0.03390503, 0.007785797, 0.13269043) * v0_7.w;
        h0_2 += HVEC4(-0.071777344, -0.06707764, -0.087768555, 0.033233643) * v0_6.x;
        h0_2 += HVEC4(0.04547119, 0.085754395, -0.049713135, 0.03527832) * v0_6.y;
        h0_2 += HVEC4(-0.082214355, -0.11279297, 0.3059082, 0.020751953) * v0_6.z;
        h0_2 += HVEC4(0.0256958, -0.06341553, -0.04220581, 0.025970459) * v0_6.w;
        h0_2 += HVEC4(0.0024108887, 0.0993042, -0.0635376, 0.12145996) * v0_7.x;
        h0_2 += HVEC4(0.036071777, -0.034057617, 0.029327393, 0.06414795) * v0_7.y;
        h0_2 += HVEC4(-0.1583252, -0.09490967, 0.068847656, 0.16088867) * v0_7.z;
        h0_2 += HVEC4(0.043395996, -0.10992432, 0.045654297, -0.06604004) * v0_7.w;
        h0_3 += HVEC4(-0.01751709, 0.03253174, 0.044677734, -0.10443115) * v0_6.x;
        h0_3 += HVEC4(-0.026168823, -0.00015485287, -0.08129883, 0.020721436) * v0_6.y;
        h0_3 += HVEC4(-0.056793213, 0.14025879, 0.0234375, 0.0074501038) * v0_6.z;
        h0_3 += HVEC4(-0.03451538, -0.021865845, 0.011146545, -0.037902832) * v0_6.w;
        h0_3 += HVEC4(-0.10229492, 0.0385437, -0.0047187805, 0.0670166) * v0_7.x;
        h0_3 += HVEC4(0.028533936, 0.0037269592, -0.1227417, -0.14111328) * v0_7.y;
        h0_3 += HVEC4(-0.07373047, -0.07080078, -0.15820312, -0.115478516) * v0_7.z;
        h0_3 += HVEC4(0.18859863, -0.029876709, 0.040374756, -0.16711426) * v0_7.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.03314209, 0.07635498, -0.066833496, -0.28198242) * v0_6.x;
        h0_0 += HVEC4(0.22045898, 0.046295166, 0.05859375, 0.07330322) * v0_6.y;
        h0_0 += HVEC4(0.048309326, -0.034301758, 0.007068634, 0.5917969) * v0_6.z;
        h0_0 += HVEC4(0.11035156, 0.017120361, 0.017715454, 0.061523438) * v0_6.w;
        h0_0 += HVEC4(-0.13269043, 0.041107178, 0.11248779, -0.01386261) * v0_7.x;
        h0_0 += HVEC4(-0.013694763, 0.027526855, -0.052490234, 0.16711426) * v0_7.y;
        h0_0 += HVEC4(-0.34204102, -0.022155762, 0.034301758, -0.09954834) * v0_7.z;
        h0_0 += HVEC4(-0.2565918, -0.088256836, -0.1348877, -0.2541504) * v0_7.w;
        h0_1 += HVEC4(0.17346191, 0.20593262, -0.030029297, -0.07501221) * v0_6.x;
        h0_1 += HVEC4(-0.020812988, -0.017059326, -0.1227417, 0.17285156) * v0_6.y;
        h0_1 += HVEC4(-0.07763672, -0.19421387, -0.26953125, 0.09893799) * v0_6.z;
        h0_1 += HVEC4(-0.019729614, 0.026123047, 0.19262695, 0.020965576) * v0_6.w;
        h0_1 += HVEC4(0.08380127, -0.16027832, 0.02406311, 0.11401367) * v0_7.x;
        h0_1 += HVEC4(0.0043754578, -0.3503418, -0.22338867, -0.06072998) * v0_7.y;
        h0_1 += HVEC4(-0.021728516, 0.013137817, 0.035247803, -0.22070312) * v0_7.z;
        h0_1 += HVEC4(-0.016555786, 0.17565918, -0.0107040405, -0.14855957) * v0_7.w;
        h0_2 += HVEC4(-0.13317871, -0.10131836, -0.17895508, -0.14331055) * v0_6.x;
        h0_2 += HVEC4(0.061798096, -0.035827637, -0.052734375, -0.10876465) * v0_6.y;
        h0_2 += HVEC4(-0.008087158, 0.06524658, 0.44921875, -0.030960083) * v0_6.z;
        h0_2 += HVEC4(0.04309082, -0.017852783, -0.094177246, -0.07763672) * v0_6.w;
        h0_2 += HVEC4(0.045898438, 0.12042236, -0.10070801, 0.0021820068) * v0_7.x;
        h0_2 += HVEC4(0.0067825317, -0.0018491745, -0.10626221, -0.010322571) * v0_7.y;
        h0_2 += HVEC4(0.010643005, 0.19946289, -0.0814209, -0.058898926) * v0_7.z;
        h0_2 += HVEC4(-0.15234375, -0.22265625, 0.105651855, -0.11206055) * v0_7.w;
        h0_3 += HVEC4(0.093444824, -0.10498047, 0.035125732, -0.30395508) * v0_6.x;
        h0_3 += HVEC4(0.0063095093, 0.07824707, -0.0124435425, -0.13793945) * v0_6.y;
        h0_3 += HVEC4(-0.064208984, 0.07476807, 0.09881592, 0.053985596) * v0_6.z;
        h0_3 += HVEC4(-0.030334473, -0.06561279, 0.07720947, -0.093566895) * v0_6.w;
        h0_3 += HVEC4(0.017990112, 0.033081055, -0.0036373138, -0.04901123) * v0_7.x;
        h0_3 += HVEC4(0.06695557, 0.09112549, 0.016952515, -0.19433594) * v0_7.y;
        h0_3 += HVEC4(-0.11456299, 0.02078247, 0.045654297, -0.029663086) * v0_7.z;
        h0_3 += HVEC4(0.033447266, -0.03010559, -0.05065918, -0.30004883) * v0_7.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.1430664, 0.018295288, 0.053222656, 0.13562012) * v0_6.x;
        h0_0 += HVEC4(-0.44970703, -0.026260376, 0.036102295, 0.05230713) * v0_6.y;
        h0_0 += HVEC4(-0.028045654, -0.038330078, -0.061340332, 0.09692383) * v0_6.z;
        h0_0 += HVEC4(-0.38989258, 0.033325195, -0.01600647, -0.027511597) * v0_6.w;
        h0_0 += HVEC4(0.0513916, 0.0077552795, 0.01058197, -0.03237915) * v0_7.x;
        h0_0 += HVEC4(-0.69628906, 0.024414062, -0.047698975, 0.10656738) * v0_7.y;
        h0_0 += HVEC4(0.117614746, 0.030319214, -0.04171753, 0.042419434) * v0_7.z;
        h0_0 += HVEC4(0.29003906, -0.036468506, 0.021850586, 0.13720703) * v0_7.w;
        h0_1 += HVEC4(0.09423828, -0.20825195, -0.045776367, -0.12573242) * v0_6.x;
        h0_1 += HVEC4(-0.05493164, 0.06939697, -0.10510254, -0.16101074) * v0_6.y;
        h0_1 += HVEC4(0.026931763, 0.22546387, 0.004432678, -0.021331787) * v0_6.z;
        h0_1 += HVEC4(0.011291504, 0.05996704, 0.1348877, 0.050201416) * v0_6.w;
        h0_1 += HVEC4(0.016204834, 0.048950195, 0.06817627, 0.028564453) * v0_7.x;
        h0_1 += HVEC4(0.009414673, 0.026245117, -0.075683594, -0.030914307) * v0_7.y;
        h0_1 += HVEC4(0.0007739067, 0.0793457, -0.027145386, 0.061523438) * v0_7.z;
        h0_1 += HVEC4(-0.08483887, -0.094177246, -0.028671265, -0.06390381) * v0_7.w;
        h0_2 += HVEC4(-0.03527832, 0.14111328, -0.0018110275, -0.07348633) * v0_6.x;
        h0_2 += HVEC4(-0.09283447, -0.22143555, 0.028015137, -0.11437988) * v0_6.y;
        h0_2 += HVEC4(-0.035339355, 0.012619019, 0.117126465, -0.23010254) * v0_6.z;
        h0_2 += HVEC4(0.050079346, -0.091796875, 0.0491333, 0.07342529) * v0_6.w;
        h0_2 += HVEC4(0.004940033, -0.105529785, -0.028747559, 0.049835205) * v0_7.x;
        h0_2 += HVEC4(0.013618469, -0.050079346, -0.042297363, 0.01739502) * v0_7.y;
        h0_2 += HVEC4(-0.07348633, -0.040100098, 0.035125732, 0.07537842) * v0_7.z;
        h0_2 += HVEC4(0.022979736, 0.16638184, 0.033233643, -0.046783447) * v0_7.w;
        h0_3 += HVEC4(-0.18737793, -0.20373535, -0.045684814, -0.023345947) * v0_6.x;
        h0_3 += HVEC4(0.45898438, -0.13708496, -0.2746582, -0.048828125) * v0_6.y;
        h0_3 += HVEC4(0.1652832, 0.096191406, 0.06036377, 0.00022125244) * v0_6.z;
        h0_3 += HVEC4(0.027496338, -0.11071777, -0.054138184, 0.11621094) * v0_6.w;
        h0_3 += HVEC4(-0.016036987, -0.008483887, 0.00749588, 0.094177246) * v0_7.x;
        h0_3 += HVEC4(0.16064453, 0.029785156, 0.044891357, -0.10467529) * v0_7.y;
        h0_3 += HVEC4(0.041412354, -0.010505676, 0.008171082, 0.018737793) * v0_7.z;
        h0_3 += HVEC4(-0.042663574, 0.07116699, -0.08929443, -0.07232666) * v0_7.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 34]);
        HVEC4 v0_7 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.058654785, 0.0020332336, -0.0008277893, 0.019180298) * v0_6.x;
        h0_0 += HVEC4(-0.81689453, 0.0103302, 0.035217285, -0.0045700073) * v0_6.y;
        h0_0 += HVEC4(-0.031341553, -0.041625977, -0.12585449, 0.20544434) * v0_6.z;
        h0_0 += HVEC4(-0.38110352, 0.021362305, 0.069885254, 0.022262573) * v0_6.w;
        h0_0 += HVEC4(-0.31567383, 0.16784668, 0.11529541, 0.01876831) * v0_7.x;
        h0_0 += HVEC4(-0.39233398, -0.002603531, 0.01789856, 0.17199707) * v0_7.y;
        h0_0 += HVEC4(-0.23083496, -0.05041504, -0.09185791, 0.13989258) * v0_7.z;
        h0_0 += HVEC4(-0.0016431808, -0.08105469, 0.083984375, -0.10998535) * v0_7.w;
        h0_1 += HVEC4(0.14709473, -0.07775879, 0.09008789, -0.10760498) * v0_6.x;
        h0_1 += HVEC4(-0.03289795, 0.0032863617, -0.10760498, -0.19067383) * v0_6.y;
        h0_1 += HVEC4(-0.047424316, -0.0011768341, -0.14624023, 0.15795898) * v0_6.z;
        h0_1 += HVEC4(0.08703613, -0.042266846, -0.04626465, 0.043640137) * v0_6.w;
        h0_1 += HVEC4(0.04043579, -0.077819824, -0.19238281, 0.014602661) * v0_7.x;
        h0_1 += HVEC4(0.0869751, 0.018234253, -0.107299805, -0.15332031) * v0_7.y;
        h0_1 += HVEC4(-0.012664795, -0.17407227, -0.007259369, -0.10021973) * v0_7.z;
        h0_1 += HVEC4(-0.01777649, -0.124816895, 0.021957397, -0.051727295) * v0_7.w;
        h0_2 += HVEC4(-0.032684326, 0.1373291, 0.06640625, -0.03060913) * v0_6.x;
        h0_2 += HVEC4(-0.105529785, -0.02670288, 0.023544312, -0.039215088) * v0_6.y;
        h0_2 += HVEC4(-0.03805542, -0.08319092, 0.40454102, 0.05859375) * v0_6.z;
        h0_2 += HVEC4(0.014251709, 0.00869751, -0.011192322, 0.010902405) * v0_6.w;
        h0_2 += HVEC4(-0.08520508, 0.0793457, -0.08178711, 0.05429077) * v0_7.x;
        h0_2 += HVEC4(0.036743164, 0.13452148, 0.1138916, -0.08337402) * v0_7.y;
        h0_2 += HVEC4(-0.027359009, 0.081604004, -0.01424408, 0.099975586) * v0_7.z;
        h0_2 += HVEC4(-0.065979004, -0.004131317, 0.03527832, -0.060455322) * v0_7.w;
        h0_3 += HVEC4(-0.22338867, -0.039764404, -0.019454956, 0.01285553) * v0_6.x;
        h0_3 += HVEC4(-0.06866455, -0.05053711, -0.08337402, 0.071777344) * v0_6.y;
        h0_3 += HVEC4(-0.066833496, -0.031280518, 0.018951416, 0.029052734) * v0_6.z;
        h0_3 += HVEC4(0.07067871, -0.0055389404, 0.026626587, 0.052612305) * v0_6.w;
        h0_3 += HVEC4(-0.1784668, -0.003955841, -0.074279785, -0.050323486) * v0_7.x;
        h0_3 += HVEC4(-0.12988281, 0.07421875, 0.041748047, -0.1538086) * v0_7.y;
        h0_3 += HVEC4(-0.23730469, -0.20349121, 0.06616211, -0.107421875) * v0_7.z;
        h0_3 += HVEC4(0.23083496, 0.0546875, 0.24511719, -0.22973633) * v0_7.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 35]);
        HVEC4 v0_7 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.21984863, -0.055755615, 0.010688782, -0.023040771) * v0_6.x;
        h0_0 += HVEC4(-0.28955078, -0.06335449, 0.021896362, -0.24731445) * v0_6.y;
        h0_0 += HVEC4(-0.44726562, -0.031921387, -0.19213867, -0.1665039) * v0_6.z;
        h0_0 += HVEC4(-0.07409668, 0.42333984, 0.0793457, 0.062164307) * v0_6.w;
        h0_0 += HVEC4(-0.4951172, 0.265625, -0.038024902, 0.12634277) * v0_7.x;
        h0_0 += HVEC4(0.40185547, -0.003047943, -0.101379395, -0.120910645) * v0_7.y;
        h0_0 += HVEC4(-0.8232422, 0.030181885, 0.07885742, -0.13366699) * v0_7.z;
        h0_0 += HVEC4(0.35620117, 0.105651855, 0.0206604, 0.19140625) * v0_7.w;
        h0_1 += HVEC4(-0.022033691, 0.04888916, 0.15649414, -0.19970703) * v0_6.x;
        h0_1 += HVEC4(-0.032165527, -0.006477356, 0.0037784576, 0.07312012) * v0_6.y;
        h0_1 += HVEC4(0.42456055, -0.3251953, -0.39038086, -0.49023438) * v0_6.z;
        h0_1 += HVEC4(0.18981934, -0.043182373, -0.16894531, 0.2088623) * v0_6.w;
        h0_1 += HVEC4(0.0073127747, 0.18383789, -0.1928711, 0.11895752) * v0_7.x;
        h0_1 += HVEC4(0.2590332, 0.16564941, 0.08258057, 0.20812988) * v0_7.y;
        h0_1 += HVEC4(0.2163086, -0.07861328, 0.0124435425, -0.16149902) * v0_7.z;
        h0_1 += HVEC4(0.026519775, 0.061462402, 0.060028076, 0.18127441) * v0_7.w;
        h0_2 += HVEC4(-0.019439697, -0.10284424, 0.05999756, -0.03842163) * v0_6.x;
        h0_2 += HVEC4(0.03036499, -0.27441406, -0.095703125, 0.1352539) * v0_6.y;
        h0_2 += HVEC4(-0.45776367, -0.5629883, 0.8330078, -0.16491699) * v0_6.z;
        h0_2 += HVEC4(-0.0725708, 0.19641113, -0.42456055, 0.03036499) * v0_6.w;
        h0_2 += HVEC4(0.018371582, -0.24206543, -0.05606079, 0.2088623) * v0_7.x;
        h0_2 += HVEC4(-0.006160736, -0.22399902, -0.01222229, 0.08569336) * v0_7.y;
        h0_2 += HVEC4(-0.010002136, 0.20996094, -0.0022640228, 0.024368286) * v0_7.z;
        h0_2 += HVEC4(0.10064697, 0.14672852, -0.21508789, -0.09466553) * v0_7.w;
        h0_3 += HVEC4(-0.11480713, -0.16894531, 0.06213379, -0.07330322) * v0_6.x;
        h0_3 += HVEC4(-0.546875, -0.23181152, -0.05670166, 0.04638672) * v0_6.y;
        h0_3 += HVEC4(-0.06060791, -0.11621094, 0.26342773, -0.3564453) * v0_6.z;
        h0_3 += HVEC4(0.1026001, 0.106933594, 0.19421387, -0.18103027) * v0_6.w;
        h0_3 += HVEC4(0.2644043, -0.16149902, -0.034423828, 0.13513184) * v0_7.x;
        h0_3 += HVEC4(0.043426514, -0.08081055, -0.06402588, -0.1829834) * v0_7.y;
        h0_3 += HVEC4(0.1673584, 0.18054199, 0.076049805, -0.0803833) * v0_7.z;
        h0_3 += HVEC4(-0.23754883, 0.08258057, -0.35205078, 0.14733887) * v0_7.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.28808594, -0.04220581, 0.024215698, -0.04840088) * v0_6.x;
        h0_0 += HVEC4(0.49975586, 0.033233643, 0.1550293, -0.056732178) * v0_6.y;
        h0_0 += HVEC4(0.025558472, 0.011940002, 0.0023956299, 0.22424316) * v0_6.z;
        h0_0 += HVEC4(-0.3232422, -0.020019531, 0.1138916, 0.11932373) * v0_6.w;
        h0_0 += HVEC4(0.10412598, 0.034820557, 0.015174866, 0.05847168) * v0_7.x;
        h0_0 += HVEC4(-0.17370605, -0.019699097, -0.037475586, 0.13256836) * v0_7.y;
        h0_0 += HVEC4(-0.08227539, -0.008987427, -0.06506348, 0.06365967) * v0_7.z;
        h0_0 += HVEC4(-0.20410156, -0.012313843, -0.06274414, 0.015914917) * v0_7.w;
        h0_1 += HVEC4(0.024368286, 0.070739746, -0.06359863, 0.074157715) * v0_6.x;
        h0_1 += HVEC4(-0.08905029, -0.13806152, -0.043792725, 0.055541992) * v0_6.y;
        h0_1 += HVEC4(-0.010688782, -0.20617676, -0.07232666, -0.23522949) * v0_6.z;
        h0_1 += HVEC4(-0.036499023, -0.11975098, 0.08605957, -0.018615723) * v0_6.w;
        h0_1 += HVEC4(0.0036907196, -0.06463623, -0.0031261444, -0.036743164) * v0_7.x;
        h0_1 += HVEC4(0.0055389404, 0.1048584, 0.07611084, -0.061401367) * v0_7.y;
        h0_1 += HVEC4(-0.004600525, 0.072509766, 0.0031604767, -0.05517578) * v0_7.z;
        h0_1 += HVEC4(-0.03717041, 0.04748535, -0.05883789, -0.08105469) * v0_7.w;
        h0_2 += HVEC4(-0.032562256, -0.08331299, 0.05126953, 0.16394043) * v0_6.x;
        h0_2 += HVEC4(0.0418396, 0.025238037, -0.048217773, 0.021987915) * v0_6.y;
        h0_2 += HVEC4(0.030883789, 0.17712402, 0.29174805, -0.2524414) * v0_6.z;
        h0_2 += HVEC4(-0.03375244, 0.06994629, 0.1854248, -0.20080566) * v0_6.w;
        h0_2 += HVEC4(0.0390625, -0.006942749, -0.055603027, -0.0690918) * v0_7.x;
        h0_2 += HVEC4(0.041931152, 0.067871094, 0.037139893, -0.017913818) * v0_7.y;
        h0_2 += HVEC4(-0.02809143, -0.017303467, 0.047668457, 0.045318604) * v0_7.z;
        h0_2 += HVEC4(-0.05050659, -0.089660645, 0.1026001, -0.016540527) * v0_7.w;
        h0_3 += HVEC4(0.029846191, -0.14550781, 0.13769531, -0.007045746) * v0_6.x;
        h0_3 += HVEC4(-0.12573242, -0.2121582, 0.108947754, -0.08026123) * v0_6.y;
        h0_3 += HVEC4(-0.0034236908, 0.17687988, 0.10687256, -0.14624023) * v0_6.z;
        h0_3 += HVEC4(-0.00082683563, 0.16186523, -0.1776123, -0.09020996) * v0_6.w;
        h0_3 += HVEC4(-0.068359375, -0.09375, -0.15368652, 0.017211914) * v0_7.x;
        h0_3 += HVEC4(-0.017868042, 0.12359619, 0.107788086, 0.0011930466) * v0_7.y;
        h0_3 += HVEC4(0.039855957, -0.03378296, 0.06329346, -0.19677734) * v0_7.z;
        h0_3 += HVEC4(0.071777344, 0.029647827, 0.05291748, 0.012893677) * v0_7.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 68]);
        HVEC4 v0_7 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.10620117, -0.018463135, 0.0014810562, 0.04248047) * v0_6.x;
        h0_0 += HVEC4(0.23706055, 0.02204895, -0.010955811, -0.33007812) * v0_6.y;
        h0_0 += HVEC4(0.38623047, -0.010246277, -0.089782715, 0.17211914) * v0_6.z;
        h0_0 += HVEC4(0.15258789, 0.017593384, -0.091430664, -0.06121826) * v0_6.w;
        h0_0 += HVEC4(-0.28051758, -0.05239868, -0.026168823, -0.13476562) * v0_7.x;
        h0_0 += HVEC4(-0.8046875, -0.002199173, -0.20202637, -0.045654297) * v0_7.y;
        h0_0 += HVEC4(0.50097656, -0.012077332, -0.101623535, 0.074401855) * v0_7.z;
        h0_0 += HVEC4(0.009223938, -0.002418518, 0.02571106, -0.03643799) * v0_7.w;
        h0_1 += HVEC4(0.11468506, 0.0012817383, -0.0680542, -0.070007324) * v0_6.x;
        h0_1 += HVEC4(-0.0007686615, -0.17651367, -0.063964844, 0.12683105) * v0_6.y;
        h0_1 += HVEC4(-0.076293945, 0.02619934, -0.05895996, -0.043029785) * v0_6.z;
        h0_1 += HVEC4(-0.03060913, 0.101989746, 0.0018091202, 0.037353516) * v0_6.w;
        h0_1 += HVEC4(0.13146973, 0.07232666, 0.11834717, -0.058288574) * v0_7.x;
        h0_1 += HVEC4(-0.004547119, 0.0018262863, 0.0287323, 0.028579712) * v0_7.y;
        h0_1 += HVEC4(0.21447754, -0.12780762, -0.1439209, -0.21472168) * v0_7.z;
        h0_1 += HVEC4(-0.045196533, 0.0028438568, 0.027786255, 0.06549072) * v0_7.w;
        h0_2 += HVEC4(-0.1015625, 0.011154175, 0.07763672, -0.066833496) * v0_6.x;
        h0_2 += HVEC4(0.14807129, 0.22424316, -0.0141067505, 0.007949829) * v0_6.y;
        h0_2 += HVEC4(-0.019989014, 0.13244629, 0.17663574, 0.008934021) * v0_6.z;
        h0_2 += HVEC4(0.01486969, -0.044799805, 0.0126571655, 0.020324707) * v0_6.w;
        h0_2 += HVEC4(0.10583496, -0.12225342, -0.022476196, 0.009155273) * v0_7.x;
        h0_2 += HVEC4(0.047576904, -0.1986084, 0.01083374, 0.036956787) * v0_7.y;
        h0_2 += HVEC4(-0.048706055, 0.23815918, -0.009361267, -0.07775879) * v0_7.z;
        h0_2 += HVEC4(0.027252197, -0.103515625, -0.044189453, 0.010482788) * v0_7.w;
        h0_3 += HVEC4(-0.18249512, 0.00018906593, -0.032318115, -0.026260376) * v0_6.x;
        h0_3 += HVEC4(-0.051208496, 0.20947266, -0.0057678223, -0.1730957) * v0_6.y;
        h0_3 += HVEC4(-0.27270508, 0.01461792, -0.083740234, -0.037353516) * v0_6.z;
        h0_3 += HVEC4(-0.052215576, -0.060699463, -0.085754395, 0.010299683) * v0_6.w;
        h0_3 += HVEC4(-0.10308838, -0.07122803, -0.1796875, 0.11077881) * v0_7.x;
        h0_3 += HVEC4(-0.12054443, 0.04449463, -0.0925293, 0.031204224) * v0_7.y;
        h0_3 += HVEC4(-0.0031051636, 0.059753418, 0.041625977, -0.0038986206) * v0_7.z;
        h0_3 += HVEC4(0.109375, -0.017456055, 0.002986908, 0.07287598) * v0_7.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 69]);
        HVEC4 v0_7 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.3618164, 0.04650879, 0.027648926, 0.077697754) * v0_6.x;
        h0_0 += HVEC4(-0.008926392, 0.029556274, 0.08856201, -0.07678223) * v0_6.y;
        h0_0 += HVEC4(-0.6743164, -0.042144775, -0.114868164, -0.025146484) * v0_6.z;
        h0_0 += HVEC4(0.13500977, 0.10772705, -0.07543945, -0.04763794) * v0_6.w;
        h0_0 += HVEC4(0.40307617, 0.023971558, 0.049713135, -0.12298584) * v0_7.x;
        h0_0 += HVEC4(-0.0061912537, 0.02192688, -0.095825195, -0.015579224) * v0_7.y;
        h0_0 += HVEC4(-0.57958984, -0.003408432, -0.04748535, -0.018829346) * v0_7.z;
        h0_0 += HVEC4(-0.10675049, 0.012641907, -0.038391113, 0.10656738) * v0_7.w;
        h0_1 += HVEC4(-0.052490234, -0.044677734, 0.030532837, 0.013954163) * v0_6.x;
        h0_1 += HVEC4(-0.040649414, 0.010002136, 0.0064697266, -0.0014982224) * v0_6.y;
        h0_1 += HVEC4(-0.1003418, 0.16955566, -0.069885254, -0.34692383) * v0_6.z;
        h0_1 += HVEC4(0.0748291, 0.034729004, 0.001947403, -0.029510498) * v0_6.w;
        h0_1 += HVEC4(0.041656494, -0.2277832, 0.090270996, -0.043945312) * v0_7.x;
        h0_1 += HVEC4(0.06652832, -0.1730957, -0.13134766, -0.17370605) * v0_7.y;
        h0_1 += HVEC4(0.09320068, 0.05432129, -0.09088135, -0.0546875) * v0_7.z;
        h0_1 += HVEC4(0.030273438, 0.055267334, -0.084106445, -0.07556152) * v0_7.w;
        h0_2 += HVEC4(-0.008232117, 0.08453369, -0.1776123, 0.011695862) * v0_6.x;
        h0_2 += HVEC4(-0.010429382, -0.077819824, -0.046142578, 0.05392456) * v0_6.y;
        h0_2 += HVEC4(-0.16882324, -0.28393555, 0.39086914, -0.081848145) * v0_6.z;
        h0_2 += HVEC4(0.08337402, -0.046722412, -0.09240723, -0.0770874) * v0_6.w;
        h0_2 += HVEC4(-0.059936523, 0.21264648, 0.091430664, 0.0023002625) * v0_7.x;
        h0_2 += HVEC4(0.02911377, -0.04824829, -0.08319092, -0.015930176) * v0_7.y;
        h0_2 += HVEC4(-0.018005371, -0.02507019, -0.04598999, 0.1920166) * v0_7.z;
        h0_2 += HVEC4(-0.041381836, -0.0006957054, 0.06011963, -0.009002686) * v0_7.w;
        h0_3 += HVEC4(-0.21923828, -0.062072754, 0.0067710876, 0.025115967) * v0_6.x;
        h0_3 += HVEC4(-0.12072754, -0.3642578, -0.07611084, 0.10546875) * v0_6.y;
        h0_3 += HVEC4(-0.13745117, -0.16345215, 0.04840088, 0.1673584) * v0_6.z;
        h0_3 += HVEC4(-0.061584473, -0.013168335, -0.007633209, 0.05883789) * v0_6.w;
        h0_3 += HVEC4(-0.091674805, -0.14672852, 0.0826416, -0.052490234) * v0_7.x;
        h0_3 += HVEC4(-0.07171631, -0.025741577, -0.060058594, 0.08178711) * v0_7.y;
        h0_3 += HVEC4(0.18273926, -0.117370605, 0.07928467, -0.013847351) * v0_7.z;
        h0_3 += HVEC4(0.031341553, 0.040222168, -0.07019043, 0.014427185) * v0_7.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 70]);
        HVEC4 v0_7 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.09277344, -0.036132812, 0.024429321, -0.06085205) * v0_6.x;
        h0_0 += HVEC4(-0.066711426, -0.009300232, 0.025924683, -0.08642578) * v0_6.y;
        h0_0 += HVEC4(0.16723633, -0.014350891, -0.059295654, 0.14208984) * v0_6.z;
        h0_0 += HVEC4(-0.48388672, -0.010169983, -0.07647705, 0.101745605) * v0_6.w;
        h0_0 += HVEC4(-0.04031372, 0.008605957, 0.0034255981, -0.12976074) * v0_7.x;
        h0_0 += HVEC4(-0.30249023, 0.02532959, -0.09112549, -0.14050293) * v0_7.y;
        h0_0 += HVEC4(-0.31958008, -0.013542175, 0.0012569427, 0.15820312) * v0_7.z;
        h0_0 += HVEC4(0.090270996, 0.012466431, 0.0075035095, -0.03768921) * v0_7.w;
        h0_1 += HVEC4(0.06939697, -0.014427185, -0.024124146, -0.05657959) * v0_6.x;
        h0_1 += HVEC4(0.03540039, 0.043884277, 0.019546509, 0.032409668) * v0_6.y;
        h0_1 += HVEC4(-0.037628174, -0.0141067505, -0.046051025, 0.18017578) * v0_6.z;
        h0_1 += HVEC4(0.01802063, 0.04296875, 0.013465881, 0.021026611) * v0_6.w;
        h0_1 += HVEC4(0.10650635, 0.028625488, 0.0020141602, 0.047027588) * v0_7.x;
        h0_1 += HVEC4(0.009941101, -0.075805664, -0.07043457, 0.13842773) * v0_7.y;
        h0_1 += HVEC4(-0.025131226, -0.096069336, -0.18115234, -0.41308594) * v0_7.z;
        h0_1 += HVEC4(0.026931763, -0.024490356, 0.06137085, 0.03765869) * v0_7.w;
        h0_2 += HVEC4(-0.022140503, 0.017608643, -0.09869385, 0.03692627) * v0_6.x;
        h0_2 += HVEC4(-0.05529785, -0.12176514, -0.056640625, -0.043151855) * v0_6.y;
        h0_2 += HVEC4(-0.049194336, -0.016799927, 0.119018555, -0.0042495728) * v0_6.z;
        h0_2 += HVEC4(0.0491333, -0.1763916, 0.08807373, 0.013175964) * v0_6.w;
        h0_2 += HVEC4(-0.033569336, 0.059387207, -0.08630371, 0.008926392) * v0_7.x;
        h0_2 += HVEC4(-0.034942627, -0.06185913, 0.01096344, 0.04095459) * v0_7.y;
        h0_2 += HVEC4(0.036224365, 0.13623047, -0.13024902, -0.020141602) * v0_7.z;
        h0_2 += HVEC4(0.038208008, 0.055664062, -0.01914978, -0.01725769) * v0_7.w;
        h0_3 += HVEC4(-0.010383606, -0.058441162, 0.008049011, -0.022155762) * v0_6.x;
        h0_3 += HVEC4(-0.004699707, 0.13696289, -0.01638794, -0.008293152) * v0_6.y;
        h0_3 += HVEC4(-0.1842041, 0.14794922, 0.12792969, -0.02166748) * v0_6.z;
        h0_3 += HVEC4(0.07489014, -0.06829834, 0.11236572, 0.06695557) * v0_6.w;
        h0_3 += HVEC4(-0.015113831, -0.066711426, -0.03274536, -0.041931152) * v0_7.x;
        h0_3 += HVEC4(0.0038528442, 0.04547119, 0.0050201416, -0.028717041) * v0_7.y;
        h0_3 += HVEC4(-0.07800293, 0.12976074, -0.018188477, -0.06585693) * v0_7.z;
        h0_3 += HVEC4(-0.024902344, 0.0045661926, 0.032409668, -0.05307007) * v0_7.w;
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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[680];

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
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
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

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_0_1 = texelFetch(ArtCNN_C4F32_L2p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_1_1 = texelFetch(ArtCNN_C4F32_L2p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.02758789, -0.015960693, 0.024780273, -0.04144287) * v0_0.x;
        h0_0 += HVEC4(-0.019012451, 0.008598328, 0.08679199, -0.29663086) * v0_0.y;
        h0_0 += HVEC4(-0.032104492, 0.034973145, -0.014709473, 0.053863525) * v0_0.z;
        h0_0 += HVEC4(-0.05038452, -0.072753906, -0.025878906, 0.13049316) * v0_0.w;
        h0_0 += HVEC4(-0.037384033, 0.031982422, -0.0004184246, 0.20300293) * v0_1.x;
        h0_0 += HVEC4(-0.024551392, 0.007980347, 0.030380249, -0.039886475) * v0_1.y;
        h0_0 += HVEC4(-0.109313965, -0.02168274, -0.09283447, 0.15783691) * v0_1.z;
        h0_0 += HVEC4(-0.009979248, -0.06451416, 0.025054932, -0.033172607) * v0_1.w;
        h0_1 += HVEC4(0.010505676, 0.019515991, 0.003288269, -0.09906006) * v0_0.x;
        h0_1 += HVEC4(0.027893066, -0.032592773, -0.00020372868, -0.02507019) * v0_0.y;
        h0_1 += HVEC4(-0.043548584, 0.06378174, 0.006996155, -0.07269287) * v0_0.z;
        h0_1 += HVEC4(-0.06311035, 0.012390137, -0.009292603, -0.121032715) * v0_0.w;
        h0_1 += HVEC4(-0.043304443, 0.00818634, 0.023071289, 0.014511108) * v0_1.x;
        h0_1 += HVEC4(-0.014862061, 0.0949707, -0.019104004, -0.10406494) * v0_1.y;
        h0_1 += HVEC4(0.042022705, -0.06951904, 0.0066337585, -0.035491943) * v0_1.z;
        h0_1 += HVEC4(0.024963379, -0.28442383, -0.027511597, -0.057159424) * v0_1.w;
        h0_2 += HVEC4(-0.003917694, -0.003063202, -0.020233154, -0.01574707) * v0_0.x;
        h0_2 += HVEC4(-0.065979004, 0.38134766, -0.10223389, 0.051940918) * v0_0.y;
        h0_2 += HVEC4(-0.01083374, -0.06402588, -0.02079773, 0.012336731) * v0_0.z;
        h0_2 += HVEC4(0.082336426, 0.019180298, 0.109680176, -0.101745605) * v0_0.w;
        h0_2 += HVEC4(0.012680054, -0.11895752, 0.066711426, 0.0074768066) * v0_1.x;
        h0_2 += HVEC4(-0.06008911, 0.025787354, -0.11553955, 0.037353516) * v0_1.y;
        h0_2 += HVEC4(0.054595947, -0.043884277, 0.22290039, 0.010978699) * v0_1.z;
        h0_2 += HVEC4(0.20214844, 0.122802734, 0.115600586, -0.05557251) * v0_1.w;
        h0_3 += HVEC4(-0.028076172, -0.015640259, -0.010421753, -0.009681702) * v0_0.x;
        h0_3 += HVEC4(0.05001831, -0.12219238, 0.013587952, -0.029754639) * v0_0.y;
        h0_3 += HVEC4(-0.020706177, 0.010238647, -0.007835388, -0.015129089) * v0_0.z;
        h0_3 += HVEC4(-0.028289795, 0.16687012, -0.020263672, 0.027404785) * v0_0.w;
        h0_3 += HVEC4(-0.01737976, -0.015571594, -0.0039520264, 0.013595581) * v0_1.x;
        h0_3 += HVEC4(-0.020828247, -0.005302429, 0.011871338, 0.034210205) * v0_1.y;
        h0_3 += HVEC4(-0.07476807, 0.13220215, 0.0027942657, -0.0546875) * v0_1.z;
        h0_3 += HVEC4(0.0082473755, 0.12145996, 0.009979248, -0.08483887) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.0018663406, 0.0084991455, 0.049468994, -0.002576828) * v0_0.x;
        h0_0 += HVEC4(-0.00881958, 0.1583252, 0.13317871, 0.085632324) * v0_0.y;
        h0_0 += HVEC4(0.16503906, 0.08251953, 0.009124756, -0.25390625) * v0_0.z;
        h0_0 += HVEC4(0.061798096, 0.042175293, -0.04498291, -0.15124512) * v0_0.w;
        h0_0 += HVEC4(0.014160156, 0.0904541, -0.006538391, -0.006340027) * v0_1.x;
        h0_0 += HVEC4(0.024917603, 0.060546875, 0.08068848, 0.014892578) * v0_1.y;
        h0_0 += HVEC4(-0.046569824, 0.033294678, 0.16149902, -0.2993164) * v0_1.z;
        h0_0 += HVEC4(-0.011161804, -0.011077881, -0.022125244, 0.17980957) * v0_1.w;
        h0_1 += HVEC4(0.039764404, -0.089538574, 0.004951477, 0.016021729) * v0_0.x;
        h0_1 += HVEC4(0.15026855, -0.28686523, -0.028259277, -0.08520508) * v0_0.y;
        h0_1 += HVEC4(-0.09820557, -0.061065674, 0.018661499, -0.054107666) * v0_0.z;
        h0_1 += HVEC4(0.058563232, -0.056793213, -0.027313232, -0.11236572) * v0_0.w;
        h0_1 += HVEC4(-0.019256592, -0.13330078, -0.033233643, 0.12060547) * v0_1.x;
        h0_1 += HVEC4(0.04977417, -0.090148926, 0.014411926, 0.079589844) * v0_1.y;
        h0_1 += HVEC4(-0.15649414, 0.0055885315, -0.04031372, 0.30444336) * v0_1.z;
        h0_1 += HVEC4(0.05319214, -0.0736084, -0.056762695, -0.1005249) * v0_1.w;
        h0_2 += HVEC4(0.0146865845, -0.009101868, -0.015853882, 0.029342651) * v0_0.x;
        h0_2 += HVEC4(0.11022949, -0.19104004, 0.35839844, 0.026367188) * v0_0.y;
        h0_2 += HVEC4(-0.026763916, -0.12414551, -0.16467285, 0.0062179565) * v0_0.z;
        h0_2 += HVEC4(-0.14611816, -0.020507812, 0.15246582, 0.06414795) * v0_0.w;
        h0_2 += HVEC4(-0.07556152, 0.09075928, 0.021484375, -0.00059223175) * v0_1.x;
        h0_2 += HVEC4(0.10510254, -0.0068206787, 0.15698242, -0.048980713) * v0_1.y;
        h0_2 += HVEC4(0.028930664, -0.11419678, 0.08203125, -0.08343506) * v0_1.z;
        h0_2 += HVEC4(0.16088867, -0.20141602, 0.17211914, 0.002450943) * v0_1.w;
        h0_3 += HVEC4(0.035705566, -0.00522995, -0.016311646, 0.07891846) * v0_0.x;
        h0_3 += HVEC4(0.029159546, 0.05911255, 0.050964355, -0.03427124) * v0_0.y;
        h0_3 += HVEC4(-0.081848145, 0.050872803, -0.0039367676, -0.03326416) * v0_0.z;
        h0_3 += HVEC4(0.09753418, -0.2475586, -0.043945312, 0.19152832) * v0_0.w;
        h0_3 += HVEC4(-0.04736328, 0.004398346, 0.02116394, 0.022766113) * v0_1.x;
        h0_3 += HVEC4(0.048614502, 0.03036499, 0.032287598, 0.0064048767) * v0_1.y;
        h0_3 += HVEC4(-0.10858154, -0.001953125, 0.022628784, -0.099975586) * v0_1.z;
        h0_3 += HVEC4(0.059906006, 0.051483154, -0.012336731, 0.031341553) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.0020713806, -0.003068924, -0.03866577, 0.068725586) * v0_0.x;
        h0_0 += HVEC4(-0.09631348, 0.058746338, -0.025238037, 0.06518555) * v0_0.y;
        h0_0 += HVEC4(-0.091308594, 0.023468018, 0.052337646, 0.010307312) * v0_0.z;
        h0_0 += HVEC4(-0.08001709, -0.01448822, 0.05429077, -0.08886719) * v0_0.w;
        h0_0 += HVEC4(-0.12207031, 0.1307373, -0.118896484, 0.09088135) * v0_1.x;
        h0_0 += HVEC4(-0.0124053955, -0.06286621, -0.14672852, 0.010116577) * v0_1.y;
        h0_0 += HVEC4(-0.11810303, 0.053985596, 0.10736084, -0.1619873) * v0_1.z;
        h0_0 += HVEC4(0.021591187, 0.004020691, -0.011428833, 0.04849243) * v0_1.w;
        h0_1 += HVEC4(-0.034240723, -0.032989502, -0.018341064, 0.019088745) * v0_0.x;
        h0_1 += HVEC4(-0.027313232, 0.21508789, -0.013221741, 0.05303955) * v0_0.y;
        h0_1 += HVEC4(-0.028625488, -0.15441895, -0.0010643005, 0.0063171387) * v0_0.z;
        h0_1 += HVEC4(-0.0015897751, -0.045654297, -0.00504303, 0.15100098) * v0_0.w;
        h0_1 += HVEC4(-0.111450195, -0.09454346, 0.016983032, 0.08312988) * v0_1.x;
        h0_1 += HVEC4(-0.021957397, 0.12634277, 0.039367676, 0.0501709) * v0_1.y;
        h0_1 += HVEC4(0.058807373, -0.09100342, -0.0035552979, 0.068481445) * v0_1.z;
        h0_1 += HVEC4(-0.0033607483, -0.20007324, 0.014656067, -0.00299263) * v0_1.w;
        h0_2 += HVEC4(-0.0067863464, -0.06414795, 0.038848877, -0.039733887) * v0_0.x;
        h0_2 += HVEC4(0.0058670044, -0.0016622543, 0.11053467, -0.058410645) * v0_0.y;
        h0_2 += HVEC4(-0.001912117, 0.08642578, 0.066467285, 0.0008773804) * v0_0.z;
        h0_2 += HVEC4(0.062561035, 0.16589355, 0.066711426, -0.07836914) * v0_0.w;
        h0_2 += HVEC4(-0.07824707, -0.03149414, -0.0031757355, 0.024856567) * v0_1.x;
        h0_2 += HVEC4(-0.105163574, 0.029541016, -0.06048584, -0.013198853) * v0_1.y;
        h0_2 += HVEC4(-0.083984375, -0.07757568, 0.047973633, -0.029815674) * v0_1.z;
        h0_2 += HVEC4(-0.016784668, -0.009979248, -0.11273193, 0.02180481) * v0_1.w;
        h0_3 += HVEC4(-0.06921387, 0.04852295, -0.042388916, 0.06304932) * v0_0.x;
        h0_3 += HVEC4(-0.15270996, 0.20495605, 0.0362854, 0.111816406) * v0_0.y;
        h0_3 += HVEC4(-0.0006418228, 0.04864502, -0.017089844, -0.109802246) * v0_0.z;
        h0_3 += HVEC4(-0.17883301, -0.06439209, -0.059051514, -0.037628174) * v0_0.w;
        h0_3 += HVEC4(-0.095825195, -0.04071045, 0.01133728, -0.07598877) * v0_1.x;
        h0_3 += HVEC4(-0.025665283, -0.11828613, -0.0309906, -0.07458496) * v0_1.y;
        h0_3 += HVEC4(-0.03353882, 0.3154297, -0.061065674, -0.111816406) * v0_1.z;
        h0_3 += HVEC4(0.01737976, -0.025756836, -0.0103302, 0.043182373) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 34]);
        HVEC4 v0_1 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.0047950745, -0.029830933, -0.014595032, 0.11212158) * v0_0.x;
        h0_0 += HVEC4(-0.018173218, 0.16174316, 0.055755615, -0.056762695) * v0_0.y;
        h0_0 += HVEC4(0.054626465, 0.07299805, 0.08392334, 0.030838013) * v0_0.z;
        h0_0 += HVEC4(-0.22216797, 0.04812622, 0.05206299, -0.09136963) * v0_0.w;
        h0_0 += HVEC4(-0.11505127, -0.037750244, -0.029663086, -0.15026855) * v0_1.x;
        h0_0 += HVEC4(-0.08807373, -0.061767578, 0.060516357, 0.117492676) * v0_1.y;
        h0_0 += HVEC4(-0.0748291, 0.15625, -0.18017578, 0.19995117) * v0_1.z;
        h0_0 += HVEC4(-0.11053467, 0.061340332, -0.13781738, 0.27661133) * v0_1.w;
        h0_1 += HVEC4(-0.040283203, 0.18896484, 0.01084137, -0.12756348) * v0_0.x;
        h0_1 += HVEC4(-0.06695557, -0.0138168335, -0.07299805, 0.11743164) * v0_0.y;
        h0_1 += HVEC4(0.08306885, 0.1239624, 0.05883789, -0.029678345) * v0_0.z;
        h0_1 += HVEC4(-0.014198303, -0.00028300285, -0.013092041, -0.15039062) * v0_0.w;
        h0_1 += HVEC4(0.07922363, -0.13635254, 0.026733398, -0.026931763) * v0_1.x;
        h0_1 += HVEC4(0.020309448, -0.12561035, -0.085998535, -0.015823364) * v0_1.y;
        h0_1 += HVEC4(0.028152466, -0.064453125, 0.033966064, -0.033477783) * v0_1.z;
        h0_1 += HVEC4(0.029159546, -0.22302246, -0.0030651093, -0.19348145) * v0_1.w;
        h0_2 += HVEC4(0.30395508, -0.15625, 0.07702637, -0.014724731) * v0_0.x;
        h0_2 += HVEC4(-0.00022113323, -0.26049805, -0.08679199, 0.07092285) * v0_0.y;
        h0_2 += HVEC4(0.09588623, -0.034729004, 0.06817627, 0.007881165) * v0_0.z;
        h0_2 += HVEC4(0.0126571655, 0.27539062, -0.033111572, 0.0065231323) * v0_0.w;
        h0_2 += HVEC4(0.03125, -0.008369446, 0.020462036, 0.016906738) * v0_1.x;
        h0_2 += HVEC4(0.036376953, 0.08770752, 0.14904785, -0.018844604) * v0_1.y;
        h0_2 += HVEC4(-0.2854004, 0.42041016, -0.44995117, 0.06628418) * v0_1.z;
        h0_2 += HVEC4(0.03378296, 0.097473145, -0.105163574, 0.061706543) * v0_1.w;
        h0_3 += HVEC4(0.093933105, -0.019012451, 0.037872314, 0.052459717) * v0_0.x;
        h0_3 += HVEC4(-0.034820557, 0.029022217, 0.014213562, 0.040771484) * v0_0.y;
        h0_3 += HVEC4(-0.09698486, -0.014350891, -0.013893127, -0.059387207) * v0_0.z;
        h0_3 += HVEC4(0.015014648, -0.056488037, -0.02394104, -0.16870117) * v0_0.w;
        h0_3 += HVEC4(-0.026611328, 0.020263672, -0.0071525574, 0.0014133453) * v0_1.x;
        h0_3 += HVEC4(-0.103027344, -0.1015625, -0.0016107559, -0.030593872) * v0_1.y;
        h0_3 += HVEC4(0.005004883, 0.109680176, -0.026641846, 0.093688965) * v0_1.z;
        h0_3 += HVEC4(0.08605957, -0.09454346, -0.0045318604, 0.2602539) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 35]);
        HVEC4 v0_1 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.23449707, 0.070373535, -0.13708496, -0.080566406) * v0_0.x;
        h0_0 += HVEC4(-0.26000977, -0.02619934, -0.21179199, -0.053863525) * v0_0.y;
        h0_0 += HVEC4(-0.077697754, 0.15844727, 0.059783936, -0.047851562) * v0_0.z;
        h0_0 += HVEC4(0.46655273, -0.90722656, 0.09063721, -0.5449219) * v0_0.w;
        h0_0 += HVEC4(-0.19165039, 0.08074951, -0.07366943, -0.20544434) * v0_1.x;
        h0_0 += HVEC4(0.27539062, -0.06329346, 0.28222656, 0.057922363) * v0_1.y;
        h0_0 += HVEC4(0.08453369, 0.18371582, 0.2697754, 0.11364746) * v0_1.z;
        h0_0 += HVEC4(0.1439209, -0.06939697, -0.0748291, -0.20349121) * v0_1.w;
        h0_1 += HVEC4(-0.34472656, -0.113586426, 0.038085938, 0.05557251) * v0_0.x;
        h0_1 += HVEC4(-0.20544434, -0.05230713, 0.056274414, -0.043884277) * v0_0.y;
        h0_1 += HVEC4(-0.06756592, -0.082214355, -0.05517578, -0.11273193) * v0_0.z;
        h0_1 += HVEC4(0.121276855, -0.11993408, -0.13208008, -0.32885742) * v0_0.w;
        h0_1 += HVEC4(0.034606934, -0.0725708, 0.064086914, 0.12646484) * v0_1.x;
        h0_1 += HVEC4(-0.0014543533, 0.19189453, 0.3635254, 0.11578369) * v0_1.y;
        h0_1 += HVEC4(0.070739746, -0.46606445, -0.12939453, 0.029571533) * v0_1.z;
        h0_1 += HVEC4(-0.07550049, -0.19335938, 0.048583984, -0.24609375) * v0_1.w;
        h0_2 += HVEC4(-0.1796875, -0.12646484, -0.24523926, 0.22558594) * v0_0.x;
        h0_2 += HVEC4(-0.35864258, -0.09301758, -0.56347656, 0.21496582) * v0_0.y;
        h0_2 += HVEC4(0.24060059, -0.1809082, 0.30639648, 0.0030727386) * v0_0.z;
        h0_2 += HVEC4(-0.43530273, -0.21765137, 0.32739258, -0.28051758) * v0_0.w;
        h0_2 += HVEC4(-0.13916016, -0.06506348, 0.10290527, 0.032409668) * v0_1.x;
        h0_2 += HVEC4(-0.08691406, -0.1998291, -0.2998047, -0.007247925) * v0_1.y;
        h0_2 += HVEC4(0.27490234, -0.46826172, 0.15197754, -0.059387207) * v0_1.z;
        h0_2 += HVEC4(0.042297363, 0.19006348, -0.3322754, -0.019378662) * v0_1.w;
        h0_3 += HVEC4(-0.054901123, -0.27929688, 0.11187744, -0.0019874573) * v0_0.x;
        h0_3 += HVEC4(-0.0037784576, 0.0038757324, -0.08660889, -0.117370605) * v0_0.y;
        h0_3 += HVEC4(0.09069824, 0.1038208, 0.051635742, -0.09899902) * v0_0.z;
        h0_3 += HVEC4(0.33398438, 0.0063972473, -0.12512207, 0.16247559) * v0_0.w;
        h0_3 += HVEC4(-0.16223145, -0.021972656, 0.008399963, -0.03353882) * v0_1.x;
        h0_3 += HVEC4(0.16467285, 0.1628418, 0.20373535, 0.09637451) * v0_1.y;
        h0_3 += HVEC4(-0.1463623, -0.30932617, 0.20153809, -0.042419434) * v0_1.z;
        h0_3 += HVEC4(-0.19921875, -0.17590332, 0.04425049, 0.11035156) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.024932861, 0.04034424, 0.010124207, -0.28833008) * v0_0.x;
        h0_0 += HVEC4(0.044403076, 0.06829834, 0.0960083, 0.15942383) * v0_0.y;
        h0_0 += HVEC4(-0.08477783, 0.055664062, 0.060180664, 0.13208008) * v0_0.z;
        h0_0 += HVEC4(-0.029846191, 0.13415527, -0.08300781, 0.43530273) * v0_0.w;
        h0_0 += HVEC4(-0.19787598, 0.032165527, 0.0770874, -0.0061416626) * v0_1.x;
        h0_0 += HVEC4(0.05706787, 0.050994873, -0.29370117, 0.0231781) * v0_1.y;
        h0_0 += HVEC4(-0.14282227, -0.08856201, 0.09265137, -0.65234375) * v0_1.z;
        h0_0 += HVEC4(-0.0154418945, -0.016433716, -0.015670776, -0.085754395) * v0_1.w;
        h0_1 += HVEC4(-0.125, -0.56103516, 0.013191223, -0.12573242) * v0_0.x;
        h0_1 += HVEC4(0.05026245, -0.11126709, -0.04937744, -0.15319824) * v0_0.y;
        h0_1 += HVEC4(0.032165527, 0.014389038, -0.017837524, 0.087646484) * v0_0.z;
        h0_1 += HVEC4(0.025970459, 0.12756348, -0.04534912, -0.04067993) * v0_0.w;
        h0_1 += HVEC4(0.035369873, -0.17028809, -0.03665161, 0.057556152) * v0_1.x;
        h0_1 += HVEC4(-0.37182617, 0.07861328, -0.044403076, -0.15124512) * v0_1.y;
        h0_1 += HVEC4(0.15283203, -0.34326172, -0.09075928, 0.10626221) * v0_1.z;
        h0_1 += HVEC4(-0.022003174, -0.14587402, -0.0023937225, -0.08135986) * v0_1.w;
        h0_2 += HVEC4(-0.10394287, 0.15686035, -0.043548584, -0.019226074) * v0_0.x;
        h0_2 += HVEC4(0.013420105, -0.23376465, 0.1829834, 0.006187439) * v0_0.y;
        h0_2 += HVEC4(0.05117798, -0.032928467, -0.07269287, 0.022537231) * v0_0.z;
        h0_2 += HVEC4(0.16052246, -0.08477783, -0.003293991, -0.03744507) * v0_0.w;
        h0_2 += HVEC4(0.016647339, -0.07220459, 0.18249512, 0.13342285) * v0_1.x;
        h0_2 += HVEC4(0.031921387, 0.19433594, 0.26879883, 0.037994385) * v0_1.y;
        h0_2 += HVEC4(-0.24206543, -0.26049805, -0.06384277, 0.23791504) * v0_1.z;
        h0_2 += HVEC4(-0.0496521, 0.04510498, 0.14477539, -0.05508423) * v0_1.w;
        h0_3 += HVEC4(-0.090148926, -0.0028476715, 0.07891846, -0.07299805) * v0_0.x;
        h0_3 += HVEC4(-0.056854248, 0.012268066, -0.03387451, -0.5) * v0_0.y;
        h0_3 += HVEC4(0.0024299622, 0.16064453, -0.045684814, -0.08135986) * v0_0.z;
        h0_3 += HVEC4(-0.2376709, -0.11999512, -0.004638672, 0.03781128) * v0_0.w;
        h0_3 += HVEC4(-0.0715332, 0.14868164, 0.08618164, -0.5078125) * v0_1.x;
        h0_3 += HVEC4(-0.03781128, -0.07385254, -0.13354492, 0.0362854) * v0_1.y;
        h0_3 += HVEC4(0.2142334, 0.21313477, 0.14819336, -0.22302246) * v0_1.z;
        h0_3 += HVEC4(0.042144775, 0.013519287, -0.04724121, -0.11920166) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 68]);
        HVEC4 v0_1 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.12780762, 0.0075531006, -0.032684326, -0.14660645) * v0_0.x;
        h0_0 += HVEC4(0.066101074, 0.038085938, 0.049072266, 0.027313232) * v0_0.y;
        h0_0 += HVEC4(0.006290436, 0.062561035, -0.010620117, -0.07543945) * v0_0.z;
        h0_0 += HVEC4(0.08453369, 0.0093307495, 0.13269043, 0.016662598) * v0_0.w;
        h0_0 += HVEC4(-0.0390625, 0.03933716, 0.025375366, -0.05166626) * v0_1.x;
        h0_0 += HVEC4(0.020690918, 0.013572693, 0.0026626587, -0.083740234) * v0_1.y;
        h0_0 += HVEC4(-0.16369629, -0.021774292, -0.15124512, 0.032226562) * v0_1.z;
        h0_0 += HVEC4(-0.09106445, 0.023513794, -0.11114502, 0.22241211) * v0_1.w;
        h0_1 += HVEC4(0.037963867, -0.16235352, 0.021209717, -0.008415222) * v0_0.x;
        h0_1 += HVEC4(-0.034454346, -0.05166626, -0.025558472, 0.044158936) * v0_0.y;
        h0_1 += HVEC4(-0.0011873245, -0.026016235, -0.0062446594, -0.058929443) * v0_0.z;
        h0_1 += HVEC4(-0.026473999, 0.037017822, -0.079956055, 0.04043579) * v0_0.w;
        h0_1 += HVEC4(0.014152527, 0.086120605, 0.048706055, -0.052459717) * v0_1.x;
        h0_1 += HVEC4(-0.06506348, -0.08880615, -0.046569824, 0.019165039) * v0_1.y;
        h0_1 += HVEC4(-0.02166748, 0.1427002, 0.06652832, -0.073791504) * v0_1.z;
        h0_1 += HVEC4(0.019958496, -0.5644531, 0.0423584, -0.089782715) * v0_1.w;
        h0_2 += HVEC4(0.025268555, -0.02583313, -0.05343628, -0.007686615) * v0_0.x;
        h0_2 += HVEC4(-0.06817627, -0.2854004, 0.125, -0.027069092) * v0_0.y;
        h0_2 += HVEC4(0.10205078, 0.03451538, -0.041625977, 0.015945435) * v0_0.z;
        h0_2 += HVEC4(0.035461426, -0.10614014, 0.09790039, 0.003189087) * v0_0.w;
        h0_2 += HVEC4(0.12194824, -0.13024902, -0.029083252, 0.04727173) * v0_1.x;
        h0_2 += HVEC4(0.028686523, -0.04525757, 0.042999268, 0.045928955) * v0_1.y;
        h0_2 += HVEC4(-0.03479004, 0.15942383, 0.042175293, -0.061767578) * v0_1.z;
        h0_2 += HVEC4(0.09686279, 0.23010254, -0.25610352, -0.016357422) * v0_1.w;
        h0_3 += HVEC4(0.005367279, 0.03945923, 0.0040512085, 0.026977539) * v0_0.x;
        h0_3 += HVEC4(-0.031829834, -0.016815186, 0.0053863525, -0.08831787) * v0_0.y;
        h0_3 += HVEC4(0.002981186, 0.02784729, 0.023483276, 0.044036865) * v0_0.z;
        h0_3 += HVEC4(-0.07336426, 0.09655762, -0.013916016, -0.09039307) * v0_0.w;
        h0_3 += HVEC4(-0.07098389, 0.018661499, 0.020248413, -0.013961792) * v0_1.x;
        h0_3 += HVEC4(-0.049865723, -0.007545471, -0.021728516, -0.066345215) * v0_1.y;
        h0_3 += HVEC4(0.04196167, 0.021484375, -0.019821167, 0.0725708) * v0_1.z;
        h0_3 += HVEC4(-0.07922363, 0.054016113, -0.012145996, -0.03652954) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 69]);
        HVEC4 v0_1 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.0072631836, -0.1842041, 0.04727173, -0.10809326) * v0_0.x;
        h0_0 += HVEC4(-0.010627747, 0.12805176, -0.09655762, -0.46801758) * v0_0.y;
        h0_0 += HVEC4(-0.030212402, 0.13012695, 0.10357666, -0.13623047) * v0_0.z;
        h0_0 += HVEC4(-0.122558594, 0.085998535, -0.04348755, 0.14001465) * v0_0.w;
        h0_0 += HVEC4(-0.28027344, 0.089904785, 0.042816162, -0.047210693) * v0_1.x;
        h0_0 += HVEC4(-0.17175293, -0.10760498, 0.0029773712, -0.072265625) * v0_1.y;
        h0_0 += HVEC4(-0.117614746, 0.11315918, 0.09283447, 0.17785645) * v0_1.z;
        h0_0 += HVEC4(0.03378296, 0.15356445, -0.14355469, -0.37402344) * v0_1.w;
        h0_1 += HVEC4(-0.04437256, 0.02809143, 0.010063171, -0.15722656) * v0_0.x;
        h0_1 += HVEC4(0.015083313, 0.058563232, -0.01713562, 0.088134766) * v0_0.y;
        h0_1 += HVEC4(0.036071777, 0.022460938, 0.016616821, 0.01713562) * v0_0.z;
        h0_1 += HVEC4(0.12756348, 0.003107071, 0.027770996, -0.064208984) * v0_0.w;
        h0_1 += HVEC4(-0.0008740425, 0.09844971, 0.0418396, 0.04208374) * v0_1.x;
        h0_1 += HVEC4(-0.16320801, -0.17016602, 0.21789551, -0.00090932846) * v0_1.y;
        h0_1 += HVEC4(0.15161133, -0.026123047, -0.009597778, 0.11590576) * v0_1.z;
        h0_1 += HVEC4(-0.031402588, -0.3095703, -0.03540039, -0.28149414) * v0_1.w;
        h0_2 += HVEC4(-0.2824707, 0.019073486, 0.18005371, -0.055725098) * v0_0.x;
        h0_2 += HVEC4(0.0814209, -0.12347412, 0.03213501, -0.035186768) * v0_0.y;
        h0_2 += HVEC4(0.08215332, 0.043518066, 0.010688782, 0.041107178) * v0_0.z;
        h0_2 += HVEC4(0.1776123, 0.32202148, -0.1998291, 0.0077667236) * v0_0.w;
        h0_2 += HVEC4(0.1060791, 0.19067383, -0.115356445, 0.022216797) * v0_1.x;
        h0_2 += HVEC4(-0.11077881, 0.057922363, -0.055877686, -0.07318115) * v0_1.y;
        h0_2 += HVEC4(0.15881348, 0.23168945, -0.11248779, 0.08569336) * v0_1.z;
        h0_2 += HVEC4(0.15319824, -0.12164307, -0.00074386597, 0.014549255) * v0_1.w;
        h0_3 += HVEC4(0.06384277, 0.009918213, -0.084106445, 0.11248779) * v0_0.x;
        h0_3 += HVEC4(0.041412354, 0.07989502, -0.026489258, 0.029266357) * v0_0.y;
        h0_3 += HVEC4(0.025253296, -0.027542114, -0.02558899, -0.081970215) * v0_0.z;
        h0_3 += HVEC4(0.032958984, 0.011138916, -0.040161133, 0.16552734) * v0_0.w;
        h0_3 += HVEC4(-0.12475586, 0.045928955, -0.024520874, -0.095825195) * v0_1.x;
        h0_3 += HVEC4(0.18701172, -0.050689697, -0.11755371, -0.20263672) * v0_1.y;
        h0_3 += HVEC4(-0.19238281, -0.058258057, 0.05657959, -0.18261719) * v0_1.z;
        h0_3 += HVEC4(-0.021713257, -0.010620117, 0.0385437, 0.18884277) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 70]);
        HVEC4 v0_1 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.04385376, 0.07080078, -0.07885742, 0.17541504) * v0_0.x;
        h0_0 += HVEC4(-0.087890625, 0.087524414, -0.10614014, 0.19091797) * v0_0.y;
        h0_0 += HVEC4(-0.14453125, 0.04534912, -0.008659363, 0.042144775) * v0_0.z;
        h0_0 += HVEC4(0.07330322, -0.089782715, 0.022262573, -0.1685791) * v0_0.w;
        h0_0 += HVEC4(-0.15844727, 0.097595215, -0.019180298, 0.21069336) * v0_1.x;
        h0_0 += HVEC4(-0.09661865, -0.028900146, 0.5205078, 0.19470215) * v0_1.y;
        h0_0 += HVEC4(0.038024902, 0.004146576, -0.022247314, -0.44555664) * v0_1.z;
        h0_0 += HVEC4(0.020263672, -0.10479736, 0.113464355, 0.07788086) * v0_1.w;
        h0_1 += HVEC4(-0.013893127, 0.01966858, 0.0023441315, -0.08642578) * v0_0.x;
        h0_1 += HVEC4(-0.010864258, -0.13671875, 0.009208679, 0.012939453) * v0_0.y;
        h0_1 += HVEC4(-0.061340332, -0.09307861, -0.013671875, 0.057403564) * v0_0.z;
        h0_1 += HVEC4(-0.02796936, -0.03253174, 0.008010864, -0.11993408) * v0_0.w;
        h0_1 += HVEC4(0.008552551, -0.062805176, 0.027954102, 0.073913574) * v0_1.x;
        h0_1 += HVEC4(0.058654785, 0.0090789795, -0.09411621, -0.5097656) * v0_1.y;
        h0_1 += HVEC4(-0.015151978, -0.119018555, 0.028320312, -0.063964844) * v0_1.z;
        h0_1 += HVEC4(-0.07928467, -0.44189453, -0.028579712, -0.09295654) * v0_1.w;
        h0_2 += HVEC4(0.17333984, -0.05001831, -0.0982666, -0.041503906) * v0_0.x;
        h0_2 += HVEC4(0.10168457, 0.05960083, -0.111328125, -0.00047540665) * v0_0.y;
        h0_2 += HVEC4(0.09899902, -0.027786255, -0.18701172, 0.0063209534) * v0_0.z;
        h0_2 += HVEC4(-0.10064697, -0.04296875, 0.115112305, 0.04296875) * v0_0.w;
        h0_2 += HVEC4(0.22180176, -0.0184021, -0.16259766, 0.12414551) * v0_1.x;
        h0_2 += HVEC4(1.0527344, 0.9584961, 0.14929199, -0.26464844) * v0_1.y;
        h0_2 += HVEC4(0.046539307, 0.014251709, 0.22167969, 0.036499023) * v0_1.z;
        h0_2 += HVEC4(-0.20288086, 0.19726562, 0.107177734, -0.05987549) * v0_1.w;
        h0_3 += HVEC4(-0.1619873, -0.0020008087, 0.03479004, -0.3371582) * v0_0.x;
        h0_3 += HVEC4(-0.050048828, 0.05895996, -0.024841309, -0.037078857) * v0_0.y;
        h0_3 += HVEC4(-0.0025081635, 0.06518555, -0.018249512, 0.024932861) * v0_0.z;
        h0_3 += HVEC4(-0.1751709, 0.061950684, -0.0036468506, 0.11834717) * v0_0.w;
        h0_3 += HVEC4(-0.10107422, 0.006801605, 0.042938232, -0.3959961) * v0_1.x;
        h0_3 += HVEC4(0.5732422, -1.3994141, 0.2454834, 0.24377441) * v0_1.y;
        h0_3 += HVEC4(0.05709839, 0.08355713, 0.06970215, -0.21643066) * v0_1.z;
        h0_3 += HVEC4(-0.015701294, -0.0027637482, -0.043121338, -0.07885742) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n0_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n0_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 2..3.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_0_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_1_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.01751709, 0.028503418, -0.0023479462, -0.025054932) * v0_2.x;
        h0_0 += HVEC4(-0.005142212, 0.022155762, -0.006706238, 0.20056152) * v0_2.y;
        h0_0 += HVEC4(0.09289551, 0.12878418, 0.14135742, -0.69628906) * v0_2.z;
        h0_0 += HVEC4(-0.0413208, -0.029159546, -0.015304565, 0.09362793) * v0_2.w;
        h0_0 += HVEC4(-0.068237305, 0.045562744, -0.06982422, -0.12036133) * v0_3.x;
        h0_0 += HVEC4(-0.10668945, -0.01739502, -0.017974854, -0.022781372) * v0_3.y;
        h0_0 += HVEC4(0.06500244, 0.10253906, 0.099975586, 0.2692871) * v0_3.z;
        h0_0 += HVEC4(0.118652344, -0.00031232834, -0.020812988, -0.12072754) * v0_3.w;
        h0_1 += HVEC4(0.12182617, 0.21850586, -0.0046424866, -0.064086914) * v0_2.x;
        h0_1 += HVEC4(0.014503479, -0.13671875, 0.013252258, 0.046142578) * v0_2.y;
        h0_1 += HVEC4(-0.12963867, -0.029296875, -0.07739258, 0.07269287) * v0_2.z;
        h0_1 += HVEC4(-0.024917603, 0.0395813, 0.035339355, 0.08746338) * v0_2.w;
        h0_1 += HVEC4(-0.036590576, -0.19763184, 0.030136108, 0.08068848) * v0_3.x;
        h0_1 += HVEC4(-0.054626465, -0.01600647, 0.008300781, -0.12030029) * v0_3.y;
        h0_1 += HVEC4(0.027511597, 0.06341553, 0.0017986298, 0.08892822) * v0_3.z;
        h0_1 += HVEC4(0.049987793, -0.0340271, -0.042266846, -0.08605957) * v0_3.w;
        h0_2 += HVEC4(-0.22375488, -0.027679443, -0.11230469, -0.016082764) * v0_2.x;
        h0_2 += HVEC4(-0.18896484, 0.15771484, -0.08288574, 0.05331421) * v0_2.y;
        h0_2 += HVEC4(0.11956787, -0.30493164, 0.08679199, 0.0017166138) * v0_2.z;
        h0_2 += HVEC4(-0.15881348, 0.026260376, -0.17419434, 0.03515625) * v0_2.w;
        h0_2 += HVEC4(-0.14025879, 0.007801056, -0.101745605, 0.034362793) * v0_3.x;
        h0_2 += HVEC4(0.019973755, 0.28320312, 0.049621582, 0.012008667) * v0_3.y;
        h0_2 += HVEC4(-0.064453125, -0.28295898, -0.0146484375, -0.0061836243) * v0_3.z;
        h0_2 += HVEC4(-0.0014867783, 0.12939453, -0.015823364, 0.07232666) * v0_3.w;
        h0_3 += HVEC4(0.01876831, -0.11401367, 0.008277893, 0.057281494) * v0_2.x;
        h0_3 += HVEC4(-0.08770752, 0.0018005371, -0.04232788, 0.024337769) * v0_2.y;
        h0_3 += HVEC4(-0.14660645, 0.08013916, 0.042144775, -0.14123535) * v0_2.z;
        h0_3 += HVEC4(0.0680542, 0.0284729, -0.042388916, 0.0725708) * v0_2.w;
        h0_3 += HVEC4(-0.017822266, -0.07910156, -0.0041656494, -0.021865845) * v0_3.x;
        h0_3 += HVEC4(-0.021850586, -0.047454834, -0.022033691, -0.08520508) * v0_3.y;
        h0_3 += HVEC4(-0.04336548, 0.074401855, -0.019317627, 0.09277344) * v0_3.z;
        h0_3 += HVEC4(0.07446289, -0.036071777, 0.032043457, 0.10601807) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.0058784485, 0.094177246, 0.11834717, -0.0925293) * v0_2.x;
        h0_0 += HVEC4(0.11999512, 0.04333496, 0.030822754, -0.16247559) * v0_2.y;
        h0_0 += HVEC4(-0.20910645, 0.14416504, 0.24365234, 0.06555176) * v0_2.z;
        h0_0 += HVEC4(0.12939453, 0.031143188, 0.09863281, 0.13562012) * v0_2.w;
        h0_0 += HVEC4(0.06854248, -0.009559631, 0.11645508, -0.024261475) * v0_3.x;
        h0_0 += HVEC4(0.053741455, -0.026763916, 0.07550049, -0.006893158) * v0_3.y;
        h0_0 += HVEC4(0.0072784424, 0.053100586, 0.0040664673, 0.25073242) * v0_3.z;
        h0_0 += HVEC4(0.10632324, -0.09588623, 0.02029419, -0.09661865) * v0_3.w;
        h0_1 += HVEC4(0.27929688, 0.037384033, -0.03591919, 0.18725586) * v0_2.x;
        h0_1 += HVEC4(0.012161255, -0.14611816, -0.028152466, 0.103027344) * v0_2.y;
        h0_1 += HVEC4(0.07879639, -0.080322266, -0.02571106, 0.037750244) * v0_2.z;
        h0_1 += HVEC4(0.12420654, -0.0037975311, 0.037841797, 0.09313965) * v0_2.w;
        h0_1 += HVEC4(0.045776367, -0.052764893, -0.029205322, 0.1138916) * v0_3.x;
        h0_1 += HVEC4(0.14428711, -0.14880371, -0.081970215, -0.099853516) * v0_3.y;
        h0_1 += HVEC4(0.03744507, 0.0892334, 0.025939941, 0.014831543) * v0_3.z;
        h0_1 += HVEC4(0.25732422, -0.3166504, 0.0423584, 0.22192383) * v0_3.w;
        h0_2 += HVEC4(-0.07067871, -0.25, -0.07647705, -0.002922058) * v0_2.x;
        h0_2 += HVEC4(-0.01889038, -0.111206055, 0.036499023, 0.0063591003) * v0_2.y;
        h0_2 += HVEC4(0.20153809, -0.17773438, 0.25952148, 0.07739258) * v0_2.z;
        h0_2 += HVEC4(-0.05178833, 0.070129395, 0.00484848, 0.017578125) * v0_2.w;
        h0_2 += HVEC4(-0.028671265, 0.061340332, -0.02394104, 0.009460449) * v0_3.x;
        h0_2 += HVEC4(0.22924805, -0.11975098, 0.15307617, -0.040618896) * v0_3.y;
        h0_2 += HVEC4(-0.017684937, -0.041748047, -0.07775879, -0.020141602) * v0_3.z;
        h0_2 += HVEC4(-0.07086182, 0.088378906, -0.019546509, 0.115234375) * v0_3.w;
        h0_3 += HVEC4(0.29003906, 0.013961792, 0.03149414, 0.097229004) * v0_2.x;
        h0_3 += HVEC4(0.13842773, 0.1529541, -0.006702423, 0.10235596) * v0_2.y;
        h0_3 += HVEC4(-0.0146484375, 0.3618164, -0.05795288, -0.121276855) * v0_2.z;
        h0_3 += HVEC4(0.01373291, -0.109191895, -0.023010254, 0.0006489754) * v0_2.w;
        h0_3 += HVEC4(-0.049743652, -0.06689453, 0.011528015, -0.00012981892) * v0_3.x;
        h0_3 += HVEC4(-0.040924072, 0.16833496, 0.026031494, -0.05569458) * v0_3.y;
        h0_3 += HVEC4(0.11456299, 0.006866455, 0.0068969727, -0.05505371) * v0_3.z;
        h0_3 += HVEC4(0.12011719, -0.2939453, -0.03515625, -0.032928467) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.011604309, -0.08325195, -0.05697632, -0.0949707) * v0_2.x;
        h0_0 += HVEC4(-0.13793945, 0.06008911, 0.057495117, 0.21740723) * v0_2.y;
        h0_0 += HVEC4(-0.16027832, 0.062683105, -0.031143188, 0.08666992) * v0_2.z;
        h0_0 += HVEC4(0.055511475, 0.046081543, 0.0013723373, -0.039611816) * v0_2.w;
        h0_0 += HVEC4(-0.12200928, 0.017837524, 0.027557373, 0.11004639) * v0_3.x;
        h0_0 += HVEC4(0.0001308918, -0.024169922, 0.10290527, 0.3203125) * v0_3.y;
        h0_0 += HVEC4(-0.15258789, -0.022598267, -0.021575928, 0.25561523) * v0_3.z;
        h0_0 += HVEC4(0.004348755, -0.081848145, -0.043121338, 0.08721924) * v0_3.w;
        h0_1 += HVEC4(0.007358551, -0.093688965, 0.0262146, -0.105407715) * v0_2.x;
        h0_1 += HVEC4(-0.050079346, 0.35229492, 0.017715454, 0.13208008) * v0_2.y;
        h0_1 += HVEC4(-0.098083496, 0.18457031, 0.023086548, -0.015014648) * v0_2.z;
        h0_1 += HVEC4(-0.013885498, 0.12634277, -0.00983429, 0.02861023) * v0_2.w;
        h0_1 += HVEC4(0.07800293, -0.083984375, 0.014343262, 0.084350586) * v0_3.x;
        h0_1 += HVEC4(0.07672119, 0.22399902, -0.0011253357, 0.051696777) * v0_3.y;
        h0_1 += HVEC4(-0.050811768, 0.1574707, 0.008720398, 0.078063965) * v0_3.z;
        h0_1 += HVEC4(-0.003200531, 0.22399902, 0.019439697, 0.106933594) * v0_3.w;
        h0_2 += HVEC4(-0.0102005005, 0.092163086, 0.01525116, -0.026153564) * v0_2.x;
        h0_2 += HVEC4(-0.029922485, -0.15136719, 0.10443115, 0.0049819946) * v0_2.y;
        h0_2 += HVEC4(0.09283447, -0.029922485, -0.057434082, 0.032928467) * v0_2.z;
        h0_2 += HVEC4(-0.011817932, -0.11419678, -0.023208618, 0.007904053) * v0_2.w;
        h0_2 += HVEC4(-0.10076904, -0.04119873, -0.14575195, 0.015045166) * v0_3.x;
        h0_2 += HVEC4(-0.008331299, 0.03326416, 0.0037517548, -0.019454956) * v0_3.y;
        h0_2 += HVEC4(-0.07208252, 0.060455322, -0.14123535, -0.02243042) * v0_3.z;
        h0_2 += HVEC4(-0.1739502, 0.030380249, 0.032165527, -0.0031585693) * v0_3.w;
        h0_3 += HVEC4(-0.028945923, -0.04095459, 0.10095215, 0.10998535) * v0_2.x;
        h0_3 += HVEC4(-0.068847656, 0.057647705, -0.028915405, -0.04525757) * v0_2.y;
        h0_3 += HVEC4(-0.019561768, 0.21179199, -0.017425537, 0.11315918) * v0_2.z;
        h0_3 += HVEC4(-0.00028800964, 0.08843994, 0.011756897, 0.21801758) * v0_2.w;
        h0_3 += HVEC4(-0.022521973, -0.046295166, -0.0056381226, -0.039245605) * v0_3.x;
        h0_3 += HVEC4(0.010635376, -0.019638062, 0.0015687943, 0.0070610046) * v0_3.y;
        h0_3 += HVEC4(-0.109802246, -0.014701843, -0.008018494, 0.21057129) * v0_3.z;
        h0_3 += HVEC4(-0.034118652, 0.09588623, 0.043548584, -0.007774353) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 34]);
        HVEC4 v0_3 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.040496826, -0.13293457, 0.17541504, -0.19689941) * v0_2.x;
        h0_0 += HVEC4(0.06726074, 0.02973938, -0.021270752, 0.026687622) * v0_2.y;
        h0_0 += HVEC4(0.094177246, 0.15612793, 0.23669434, 0.24890137) * v0_2.z;
        h0_0 += HVEC4(0.12414551, -0.07476807, -0.20727539, -0.2890625) * v0_2.w;
        h0_0 += HVEC4(0.03479004, -0.01864624, 0.11248779, -0.13574219) * v0_3.x;
        h0_0 += HVEC4(-0.038635254, -0.051727295, 0.0011034012, 0.037078857) * v0_3.y;
        h0_0 += HVEC4(-0.046051025, 0.08972168, 0.18811035, 0.3852539) * v0_3.z;
        h0_0 += HVEC4(0.122680664, 0.05545044, 0.048675537, 0.43188477) * v0_3.w;
        h0_1 += HVEC4(0.09100342, -0.2154541, -0.025787354, 0.15844727) * v0_2.x;
        h0_1 += HVEC4(0.036712646, 0.046661377, -0.018630981, -0.03149414) * v0_2.y;
        h0_1 += HVEC4(-0.019378662, 0.089660645, -0.018814087, 0.037902832) * v0_2.z;
        h0_1 += HVEC4(0.044311523, -0.17370605, 0.11633301, -0.07598877) * v0_2.w;
        h0_1 += HVEC4(0.024551392, -0.20019531, 0.022659302, 0.12219238) * v0_3.x;
        h0_1 += HVEC4(0.005466461, 0.15014648, -0.079589844, -0.05407715) * v0_3.y;
        h0_1 += HVEC4(-0.043914795, 0.14099121, -0.032714844, 0.10827637) * v0_3.z;
        h0_1 += HVEC4(-0.053100586, 0.23583984, 0.00021922588, -0.04333496) * v0_3.w;
        h0_2 += HVEC4(-0.1574707, -0.3425293, 0.08856201, 0.030883789) * v0_2.x;
        h0_2 += HVEC4(0.085998535, -0.060546875, -0.007949829, -0.012336731) * v0_2.y;
        h0_2 += HVEC4(0.14587402, -0.31762695, 0.34375, 0.066833496) * v0_2.z;
        h0_2 += HVEC4(-0.2265625, 0.23046875, -0.10443115, -0.015533447) * v0_2.w;
        h0_2 += HVEC4(0.0024700165, -0.09851074, 0.053741455, -0.019515991) * v0_3.x;
        h0_2 += HVEC4(0.11004639, 0.3215332, 0.13269043, -0.011123657) * v0_3.y;
        h0_2 += HVEC4(0.032562256, -0.7368164, 0.10839844, -0.03100586) * v0_3.z;
        h0_2 += HVEC4(0.08972168, 0.29907227, 1.4841557e-05, 0.07281494) * v0_3.w;
        h0_3 += HVEC4(-0.030151367, 0.05227661, 0.008079529, 0.16015625) * v0_2.x;
        h0_3 += HVEC4(0.13171387, -0.08117676, 0.0043182373, 0.09051514) * v0_2.y;
        h0_3 += HVEC4(-0.03591919, -0.09289551, 0.015434265, -0.11352539) * v0_2.z;
        h0_3 += HVEC4(-0.16967773, 0.015716553, -0.0056915283, -0.15368652) * v0_2.w;
        h0_3 += HVEC4(-0.12731934, -0.017944336, -0.016937256, -0.08691406) * v0_3.x;
        h0_3 += HVEC4(-0.11779785, 0.023757935, -0.013999939, -0.010444641) * v0_3.y;
        h0_3 += HVEC4(0.21960449, -0.17651367, 0.0008430481, 0.22729492) * v0_3.z;
        h0_3 += HVEC4(0.044891357, -0.05444336, 0.03062439, -0.11126709) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 35]);
        HVEC4 v0_3 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.048553467, -0.111206055, 0.041931152, 0.2919922) * v0_2.x;
        h0_0 += HVEC4(-0.04598999, 0.024291992, -0.11706543, 0.06274414) * v0_2.y;
        h0_0 += HVEC4(-0.9013672, -0.16906738, -0.68115234, -0.5961914) * v0_2.z;
        h0_0 += HVEC4(0.23010254, -0.19567871, 0.19604492, -0.3310547) * v0_2.w;
        h0_0 += HVEC4(-0.0881958, 0.09857178, -0.051879883, 0.07324219) * v0_3.x;
        h0_0 += HVEC4(-0.15771484, 0.053588867, -0.15649414, -0.047424316) * v0_3.y;
        h0_0 += HVEC4(0.012969971, -0.05102539, -0.09967041, 0.08795166) * v0_3.z;
        h0_0 += HVEC4(-0.028579712, -0.3786621, -0.036987305, -0.24975586) * v0_3.w;
        h0_1 += HVEC4(0.047576904, 0.062164307, 0.049835205, 0.12286377) * v0_2.x;
        h0_1 += HVEC4(-0.01473999, 0.046203613, 0.0435791, 0.04864502) * v0_2.y;
        h0_1 += HVEC4(-0.15112305, -0.34838867, 0.020385742, 0.038970947) * v0_2.z;
        h0_1 += HVEC4(0.10412598, -0.14355469, 0.014770508, -0.014160156) * v0_2.w;
        h0_1 += HVEC4(0.053588867, -0.15405273, -0.015312195, 0.44189453) * v0_3.x;
        h0_1 += HVEC4(-0.07556152, -0.1274414, 0.03378296, 0.035003662) * v0_3.y;
        h0_1 += HVEC4(0.04446411, 0.28833008, 0.083984375, 0.1817627) * v0_3.z;
        h0_1 += HVEC4(0.06008911, -0.29858398, 0.0027179718, 0.06677246) * v0_3.w;
        h0_2 += HVEC4(0.02722168, 0.0073776245, -0.2775879, -0.019973755) * v0_2.x;
        h0_2 += HVEC4(0.1809082, 0.22180176, -0.38305664, -0.0791626) * v0_2.y;
        h0_2 += HVEC4(-0.62890625, -0.37670898, -1.1152344, 0.19396973) * v0_2.z;
        h0_2 += HVEC4(-0.3515625, 0.19519043, 0.46411133, -0.030136108) * v0_2.w;
        h0_2 += HVEC4(-0.21130371, -0.13122559, -0.03265381, 0.003250122) * v0_3.x;
        h0_2 += HVEC4(-0.018692017, 0.11364746, -0.3864746, 0.19567871) * v0_3.y;
        h0_2 += HVEC4(-0.11047363, -0.35595703, -0.2902832, 0.027954102) * v0_3.z;
        h0_2 += HVEC4(-0.007167816, 0.22509766, -0.23168945, -0.07525635) * v0_3.w;
        h0_3 += HVEC4(0.1763916, 0.00548172, 0.13635254, 0.14855957) * v0_2.x;
        h0_3 += HVEC4(-0.007701874, -0.027694702, 0.020965576, 0.015640259) * v0_2.y;
        h0_3 += HVEC4(0.14953613, 0.5029297, -0.06890869, -0.17028809) * v0_2.z;
        h0_3 += HVEC4(0.3244629, -0.016357422, -0.060791016, -0.34326172) * v0_2.w;
        h0_3 += HVEC4(0.002811432, 0.10247803, -0.057739258, -0.043914795) * v0_3.x;
        h0_3 += HVEC4(0.015914917, 0.16064453, -0.015220642, 0.06329346) * v0_3.y;
        h0_3 += HVEC4(0.06390381, 0.084472656, -0.052856445, 0.2763672) * v0_3.z;
        h0_3 += HVEC4(0.38061523, 0.29345703, -0.0046577454, -0.0440979) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.10876465, -0.027435303, -0.022521973, 0.20007324) * v0_2.x;
        h0_0 += HVEC4(0.015113831, 0.016967773, 0.18347168, 0.09161377) * v0_2.y;
        h0_0 += HVEC4(-0.37231445, 0.20581055, 0.12097168, -0.092285156) * v0_2.z;
        h0_0 += HVEC4(0.083496094, 0.09631348, -0.10430908, -0.14294434) * v0_2.w;
        h0_0 += HVEC4(-0.0104904175, -0.08337402, -0.048706055, 0.10546875) * v0_3.x;
        h0_0 += HVEC4(0.0029354095, 0.031051636, -0.0075798035, 0.12670898) * v0_3.y;
        h0_0 += HVEC4(-0.08203125, -0.027923584, 0.14770508, 0.05215454) * v0_3.z;
        h0_0 += HVEC4(-0.05319214, -0.049987793, 0.025100708, -0.36254883) * v0_3.w;
        h0_1 += HVEC4(0.06707764, 0.15722656, 0.024597168, 0.016143799) * v0_2.x;
        h0_1 += HVEC4(-0.068237305, -0.10479736, -0.041107178, -0.024459839) * v0_2.y;
        h0_1 += HVEC4(0.11260986, -0.085632324, -0.015159607, -0.05508423) * v0_2.z;
        h0_1 += HVEC4(0.024383545, -0.10272217, -0.004638672, 0.051116943) * v0_2.w;
        h0_1 += HVEC4(0.015899658, 0.04031372, -0.015975952, 0.19116211) * v0_3.x;
        h0_1 += HVEC4(0.011207581, 0.0435791, -0.0047035217, -0.030944824) * v0_3.y;
        h0_1 += HVEC4(-0.02734375, 0.22937012, -0.011131287, 0.017440796) * v0_3.z;
        h0_1 += HVEC4(0.06567383, -0.14196777, 0.0014705658, 0.017868042) * v0_3.w;
        h0_2 += HVEC4(-0.09460449, 0.15795898, 0.22241211, -0.018630981) * v0_2.x;
        h0_2 += HVEC4(-0.20703125, 0.19665527, 0.10882568, -0.029159546) * v0_2.y;
        h0_2 += HVEC4(-0.20007324, -0.2668457, 0.25390625, 0.07287598) * v0_2.z;
        h0_2 += HVEC4(0.17663574, -0.1505127, -0.06689453, -0.0211792) * v0_2.w;
        h0_2 += HVEC4(-0.08728027, -0.046813965, 0.0871582, -0.013412476) * v0_3.x;
        h0_2 += HVEC4(0.021102905, -0.07739258, -0.063964844, -0.027374268) * v0_3.y;
        h0_2 += HVEC4(-0.24121094, 0.114868164, 0.21252441, -0.060821533) * v0_3.z;
        h0_2 += HVEC4(-0.0015830994, 0.2722168, 0.21398926, -0.057556152) * v0_3.w;
        h0_3 += HVEC4(-0.013687134, -0.070495605, 0.06323242, -0.042419434) * v0_2.x;
        h0_3 += HVEC4(0.1307373, 0.06137085, 0.020202637, 0.19348145) * v0_2.y;
        h0_3 += HVEC4(-0.006511688, 0.22045898, 0.008010864, -0.010253906) * v0_2.z;
        h0_3 += HVEC4(-0.013450623, 0.024246216, 0.019317627, 0.0748291) * v0_2.w;
        h0_3 += HVEC4(-0.005302429, -0.09375, -0.009338379, 0.2241211) * v0_3.x;
        h0_3 += HVEC4(-0.03677368, -0.05307007, -0.08679199, -0.3239746) * v0_3.y;
        h0_3 += HVEC4(0.11657715, 0.13696289, -0.09173584, 0.32080078) * v0_3.z;
        h0_3 += HVEC4(0.03189087, -0.09814453, -0.060302734, 0.070007324) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 68]);
        HVEC4 v0_3 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.037506104, -0.033966064, 0.015350342, 0.028900146) * v0_2.x;
        h0_0 += HVEC4(-0.01637268, 0.04473877, -0.033325195, -0.13708496) * v0_2.y;
        h0_0 += HVEC4(-0.115722656, 0.11401367, 0.025466919, -0.0016040802) * v0_2.z;
        h0_0 += HVEC4(-0.00060606, 0.08135986, 0.054718018, 0.07733154) * v0_2.w;
        h0_0 += HVEC4(0.10229492, -0.04373169, 0.14196777, -0.021133423) * v0_3.x;
        h0_0 += HVEC4(-0.004737854, -0.01713562, 0.054626465, 0.13439941) * v0_3.y;
        h0_0 += HVEC4(-0.07470703, 0.015289307, -0.020446777, 0.07556152) * v0_3.z;
        h0_0 += HVEC4(-0.0060195923, 0.09411621, -0.037475586, -0.24523926) * v0_3.w;
        h0_1 += HVEC4(-0.031982422, 0.039031982, -0.025390625, 0.05731201) * v0_2.x;
        h0_1 += HVEC4(-0.015586853, -0.042663574, 0.031341553, 0.1262207) * v0_2.y;
        h0_1 += HVEC4(0.07299805, -0.37597656, -0.01889038, 0.093322754) * v0_2.z;
        h0_1 += HVEC4(0.03111267, -0.02708435, 0.00042366982, -0.06463623) * v0_2.w;
        h0_1 += HVEC4(-0.042297363, -0.1694336, -0.058929443, 0.1159668) * v0_3.x;
        h0_1 += HVEC4(0.041290283, 0.0027599335, -0.036315918, -0.022155762) * v0_3.y;
        h0_1 += HVEC4(-0.031829834, 0.07550049, 0.015945435, 0.08984375) * v0_3.z;
        h0_1 += HVEC4(-0.045654297, -0.16455078, -0.047027588, -0.00020182133) * v0_3.w;
        h0_2 += HVEC4(0.015296936, 0.08880615, -0.008674622, 0.012428284) * v0_2.x;
        h0_2 += HVEC4(-0.09741211, -0.05886841, 0.097717285, 0.01159668) * v0_2.y;
        h0_2 += HVEC4(0.107177734, 0.44018555, 0.005153656, 0.012023926) * v0_2.z;
        h0_2 += HVEC4(-0.011482239, 0.123413086, -0.026046753, 0.03302002) * v0_2.w;
        h0_2 += HVEC4(-0.06036377, -0.08660889, 0.12109375, 0.018295288) * v0_3.x;
        h0_2 += HVEC4(-0.043518066, 0.17602539, -0.03378296, -0.0036334991) * v0_3.y;
        h0_2 += HVEC4(0.040039062, -0.056243896, -0.06536865, -0.0013074875) * v0_3.z;
        h0_2 += HVEC4(-0.19055176, 0.24658203, 0.09539795, -0.08862305) * v0_3.w;
        h0_3 += HVEC4(0.08642578, -0.10119629, 0.021987915, -0.062438965) * v0_2.x;
        h0_3 += HVEC4(0.012138367, -0.02267456, -0.0090408325, 0.16503906) * v0_2.y;
        h0_3 += HVEC4(-0.1484375, -0.025054932, -0.021087646, 0.04360962) * v0_2.z;
        h0_3 += HVEC4(0.050109863, 0.070495605, -0.005355835, -0.0028362274) * v0_2.w;
        h0_3 += HVEC4(0.047546387, -0.07928467, 0.02230835, -0.03543091) * v0_3.x;
        h0_3 += HVEC4(-0.026321411, -0.0025577545, -0.011146545, 0.036315918) * v0_3.y;
        h0_3 += HVEC4(0.042633057, 0.0059814453, -0.014671326, -0.03668213) * v0_3.z;
        h0_3 += HVEC4(0.003862381, 0.05908203, -0.008491516, 0.09411621) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 69]);
        HVEC4 v0_3 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.07397461, -0.016616821, 0.011650085, 0.15734863) * v0_2.x;
        h0_0 += HVEC4(0.061584473, -0.027938843, -0.014381409, -0.011009216) * v0_2.y;
        h0_0 += HVEC4(-0.0637207, 0.27368164, 0.032989502, -0.27416992) * v0_2.z;
        h0_0 += HVEC4(0.03237915, 0.041748047, 0.09838867, -0.10064697) * v0_2.w;
        h0_0 += HVEC4(-0.017990112, -0.11590576, -0.0033988953, 0.12976074) * v0_3.x;
        h0_0 += HVEC4(0.13269043, -0.10272217, 0.022491455, 0.019256592) * v0_3.y;
        h0_0 += HVEC4(-0.095581055, -0.022979736, -0.15637207, 0.0041656494) * v0_3.z;
        h0_0 += HVEC4(0.044067383, -0.061523438, -0.01576233, -0.26171875) * v0_3.w;
        h0_1 += HVEC4(-0.012031555, 0.011306763, 0.004928589, 0.18579102) * v0_2.x;
        h0_1 += HVEC4(0.0055274963, 0.21508789, 0.019561768, -0.06286621) * v0_2.y;
        h0_1 += HVEC4(-0.16369629, -0.04373169, -0.09259033, -0.075805664) * v0_2.z;
        h0_1 += HVEC4(0.004295349, -0.032073975, -0.00843811, -0.14135742) * v0_2.w;
        h0_1 += HVEC4(-0.043304443, 0.06994629, 0.020370483, 0.35180664) * v0_3.x;
        h0_1 += HVEC4(-0.04977417, 0.009086609, -0.11608887, -0.045318604) * v0_3.y;
        h0_1 += HVEC4(-0.041748047, 0.14575195, -0.018310547, 0.050689697) * v0_3.z;
        h0_1 += HVEC4(-0.1116333, 0.14501953, -0.040618896, -0.08508301) * v0_3.w;
        h0_2 += HVEC4(-0.075927734, -0.041381836, 0.010665894, -0.053894043) * v0_2.x;
        h0_2 += HVEC4(-0.14147949, -0.08654785, 0.05130005, -0.04473877) * v0_2.y;
        h0_2 += HVEC4(-0.19067383, -0.46264648, 0.40112305, 0.14819336) * v0_2.z;
        h0_2 += HVEC4(-0.030731201, -0.05206299, -0.06732178, -0.01902771) * v0_2.w;
        h0_2 += HVEC4(-0.26586914, -0.1194458, 0.0597229, -0.059814453) * v0_3.x;
        h0_2 += HVEC4(-0.28125, -0.23999023, 0.16333008, 0.007080078) * v0_3.y;
        h0_2 += HVEC4(0.15246582, 0.17175293, -0.13635254, -0.0037441254) * v0_3.z;
        h0_2 += HVEC4(-0.064331055, -0.2241211, 0.20349121, -0.046173096) * v0_3.w;
        h0_3 += HVEC4(0.031463623, 0.060058594, -0.012580872, -0.051635742) * v0_2.x;
        h0_3 += HVEC4(0.01626587, 0.036895752, 0.05734253, 0.14245605) * v0_2.y;
        h0_3 += HVEC4(-0.012802124, -0.1227417, -0.057373047, 0.078125) * v0_2.z;
        h0_3 += HVEC4(0.029006958, 0.054473877, -0.0680542, -0.034362793) * v0_2.w;
        h0_3 += HVEC4(-0.031021118, 0.01939392, -0.06378174, 0.0158844) * v0_3.x;
        h0_3 += HVEC4(-0.072143555, -0.08294678, -0.039611816, -0.11755371) * v0_3.y;
        h0_3 += HVEC4(0.10491943, -0.05847168, -0.0004823208, 0.22949219) * v0_3.z;
        h0_3 += HVEC4(0.21313477, 0.037261963, -0.014457703, 0.09527588) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 70]);
        HVEC4 v0_3 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.01626587, 0.054992676, -0.05886841, -0.2626953) * v0_2.x;
        h0_0 += HVEC4(-0.043304443, 0.07659912, 0.078552246, 0.36694336) * v0_2.y;
        h0_0 += HVEC4(0.033691406, 0.09814453, 0.0715332, 0.36914062) * v0_2.z;
        h0_0 += HVEC4(0.032806396, 0.018981934, 0.009986877, 0.079833984) * v0_2.w;
        h0_0 += HVEC4(-0.14428711, -0.021347046, -0.10131836, 0.16967773) * v0_3.x;
        h0_0 += HVEC4(0.04385376, -0.034240723, -0.0178833, -0.043945312) * v0_3.y;
        h0_0 += HVEC4(-0.034942627, -0.039123535, 0.04559326, 0.34399414) * v0_3.z;
        h0_0 += HVEC4(0.04284668, 0.06188965, 0.060058594, 0.43603516) * v0_3.w;
        h0_1 += HVEC4(0.033111572, 0.03616333, 0.010498047, -0.07910156) * v0_2.x;
        h0_1 += HVEC4(0.041107178, -0.04840088, 0.005004883, 0.06567383) * v0_2.y;
        h0_1 += HVEC4(-0.0027370453, 0.04385376, 1.6093254e-06, 0.10949707) * v0_2.z;
        h0_1 += HVEC4(0.0038661957, 0.049072266, 0.004096985, 0.0043411255) * v0_2.w;
        h0_1 += HVEC4(0.05444336, -0.37890625, 0.016296387, 0.21398926) * v0_3.x;
        h0_1 += HVEC4(0.04736328, 0.20361328, -0.015975952, -0.014152527) * v0_3.y;
        h0_1 += HVEC4(-0.02961731, -0.057495117, -0.014976501, -0.10040283) * v0_3.z;
        h0_1 += HVEC4(0.037750244, 0.08001709, -0.02947998, 0.024047852) * v0_3.w;
        h0_2 += HVEC4(0.121154785, -0.024475098, 0.082092285, 0.041870117) * v0_2.x;
        h0_2 += HVEC4(0.033081055, 0.07208252, 0.050872803, -0.03314209) * v0_2.y;
        h0_2 += HVEC4(-0.15222168, 0.043884277, 0.15600586, 0.07458496) * v0_2.z;
        h0_2 += HVEC4(0.0051651, -0.11022949, 0.040924072, -0.0040016174) * v0_2.w;
        h0_2 += HVEC4(0.105407715, -0.0005979538, -0.07366943, -0.016418457) * v0_3.x;
        h0_2 += HVEC4(0.034118652, -0.021453857, -0.045837402, -0.07537842) * v0_3.y;
        h0_2 += HVEC4(-0.070495605, -0.019683838, -0.0018434525, -0.010566711) * v0_3.z;
        h0_2 += HVEC4(-0.02784729, -0.0042877197, 0.022201538, -0.07574463) * v0_3.w;
        h0_3 += HVEC4(-0.008003235, -0.08380127, -0.02229309, 0.38183594) * v0_2.x;
        h0_3 += HVEC4(-0.09277344, 0.009841919, 0.032104492, -0.13500977) * v0_2.y;
        h0_3 += HVEC4(-0.15270996, 0.04623413, -0.0038700104, -0.066223145) * v0_2.z;
        h0_3 += HVEC4(-0.020614624, 0.033233643, -0.0029640198, 0.023040771) * v0_2.w;
        h0_3 += HVEC4(-0.069885254, -0.101257324, -0.0042381287, 0.2709961) * v0_3.x;
        h0_3 += HVEC4(-0.101989746, 0.018753052, -0.08679199, -0.0340271) * v0_3.y;
        h0_3 += HVEC4(-0.016677856, -0.001584053, -0.022918701, 0.14099121) * v0_3.z;
        h0_3 += HVEC4(-0.12213135, 0.031188965, -0.07366943, -0.08081055) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n1_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n1_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 4..5.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_0_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_1_1 = texelFetch(ArtCNN_C4F32_L2p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.08087158, -0.002231598, 0.103149414, -0.38085938) * v0_4.x;
        h0_0 += HVEC4(-0.047576904, 0.013702393, -0.1361084, 0.009414673) * v0_4.y;
        h0_0 += HVEC4(-0.0904541, 0.03137207, -0.1352539, 0.234375) * v0_4.z;
        h0_0 += HVEC4(-0.078063965, -0.015266418, 0.14611816, 0.12036133) * v0_4.w;
        h0_0 += HVEC4(0.072387695, -0.027618408, 0.011299133, -0.17651367) * v0_5.x;
        h0_0 += HVEC4(-0.01449585, -0.0579834, -0.046295166, 0.13574219) * v0_5.y;
        h0_0 += HVEC4(-0.12054443, -0.047973633, -0.2548828, 0.30249023) * v0_5.z;
        h0_0 += HVEC4(0.043029785, 0.018630981, 0.11804199, -0.12780762) * v0_5.w;
        h0_1 += HVEC4(-0.01977539, -0.059906006, -0.010719299, -0.07800293) * v0_4.x;
        h0_1 += HVEC4(-0.00094890594, 0.13110352, 0.017868042, -0.06048584) * v0_4.y;
        h0_1 += HVEC4(-0.050079346, 0.024124146, 0.018051147, 0.042297363) * v0_4.z;
        h0_1 += HVEC4(0.01689148, -0.11236572, -0.047027588, 0.07244873) * v0_4.w;
        h0_1 += HVEC4(-0.008407593, -0.048553467, 0.035186768, 0.08984375) * v0_5.x;
        h0_1 += HVEC4(-0.051116943, 0.099121094, 0.014373779, -0.029464722) * v0_5.y;
        h0_1 += HVEC4(-0.04626465, 0.06072998, 0.009094238, -0.016479492) * v0_5.z;
        h0_1 += HVEC4(0.007320404, 0.10961914, -0.050842285, -0.020126343) * v0_5.w;
        h0_2 += HVEC4(0.09777832, -0.15612793, -0.033294678, -0.032470703) * v0_4.x;
        h0_2 += HVEC4(-0.0982666, 0.04034424, -0.0037612915, -0.007247925) * v0_4.y;
        h0_2 += HVEC4(0.044006348, -0.05291748, 0.13183594, -0.042999268) * v0_4.z;
        h0_2 += HVEC4(-0.090148926, 0.16015625, 0.07019043, 0.029342651) * v0_4.w;
        h0_2 += HVEC4(0.05432129, -0.1529541, -0.03744507, -0.01776123) * v0_5.x;
        h0_2 += HVEC4(0.0005469322, -0.14892578, 0.029022217, 0.020019531) * v0_5.y;
        h0_2 += HVEC4(0.2043457, 0.2783203, -0.005996704, 0.06188965) * v0_5.z;
        h0_2 += HVEC4(-0.13061523, 0.0021190643, 0.0015573502, 0.027694702) * v0_5.w;
        h0_3 += HVEC4(0.016021729, -0.03955078, 0.018478394, -0.115356445) * v0_4.x;
        h0_3 += HVEC4(0.051849365, -0.016601562, 0.0045051575, 0.11853027) * v0_4.y;
        h0_3 += HVEC4(0.09625244, 0.058288574, 0.013847351, 0.024261475) * v0_4.z;
        h0_3 += HVEC4(-0.01663208, 0.061584473, 0.0044517517, -0.03125) * v0_4.w;
        h0_3 += HVEC4(0.105407715, -0.055877686, 0.004005432, -0.02267456) * v0_5.x;
        h0_3 += HVEC4(0.00019192696, -0.08026123, -0.005718231, 0.04751587) * v0_5.y;
        h0_3 += HVEC4(-0.06939697, -0.14331055, -0.004699707, 0.060516357) * v0_5.z;
        h0_3 += HVEC4(-0.062316895, -0.009544373, 0.008811951, 0.009811401) * v0_5.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.101135254, -0.120788574, 0.10266113, 0.22521973) * v0_4.x;
        h0_0 += HVEC4(-0.15258789, 0.028915405, -0.06719971, -0.12286377) * v0_4.y;
        h0_0 += HVEC4(0.16052246, -0.022628784, -0.07574463, -0.03363037) * v0_4.z;
        h0_0 += HVEC4(-0.03591919, -0.027359009, 0.118652344, -0.18664551) * v0_4.w;
        h0_0 += HVEC4(-0.11468506, 0.034454346, -0.07720947, 0.3251953) * v0_5.x;
        h0_0 += HVEC4(-0.16137695, -0.0101623535, -0.12426758, -0.15429688) * v0_5.y;
        h0_0 += HVEC4(0.117614746, 0.011711121, -0.14770508, -0.1381836) * v0_5.z;
        h0_0 += HVEC4(-0.045928955, -0.029312134, -0.06915283, 0.10058594) * v0_5.w;
        h0_1 += HVEC4(0.18762207, -0.025665283, -0.030136108, -0.23950195) * v0_4.x;
        h0_1 += HVEC4(-0.2084961, 0.421875, 0.021316528, -0.08898926) * v0_4.y;
        h0_1 += HVEC4(-0.13952637, -0.070251465, -0.032806396, 0.044677734) * v0_4.z;
        h0_1 += HVEC4(-0.07336426, -0.08117676, -0.020858765, -0.042266846) * v0_4.w;
        h0_1 += HVEC4(-0.058135986, 0.0033187866, -0.01928711, -0.12658691) * v0_5.x;
        h0_1 += HVEC4(-0.064697266, 0.19384766, 0.082092285, -0.038726807) * v0_5.y;
        h0_1 += HVEC4(-0.17944336, 0.09185791, -0.0055389404, 0.07507324) * v0_5.z;
        h0_1 += HVEC4(0.19262695, 0.09814453, 0.047302246, -0.031311035) * v0_5.w;
        h0_2 += HVEC4(0.14575195, 0.099609375, 0.04660034, 0.040893555) * v0_4.x;
        h0_2 += HVEC4(-0.14868164, 0.20629883, -0.15014648, -0.027069092) * v0_4.y;
        h0_2 += HVEC4(0.17578125, 0.1706543, 0.037506104, -0.087646484) * v0_4.z;
        h0_2 += HVEC4(-0.1583252, -0.057739258, -0.19104004, 0.053985596) * v0_4.w;
        h0_2 += HVEC4(0.054840088, -0.08355713, -0.17041016, 0.010498047) * v0_5.x;
        h0_2 += HVEC4(-0.17248535, 0.15429688, -0.066833496, -0.03036499) * v0_5.y;
        h0_2 += HVEC4(-0.10357666, -0.06311035, 0.034851074, 0.029830933) * v0_5.z;
        h0_2 += HVEC4(-0.11364746, -0.19165039, -0.15112305, -0.029220581) * v0_5.w;
        h0_3 += HVEC4(0.0071487427, 0.046661377, 0.0034713745, -0.06951904) * v0_4.x;
        h0_3 += HVEC4(-0.087768555, -0.18640137, -0.07312012, -0.021148682) * v0_4.y;
        h0_3 += HVEC4(0.024887085, -0.06854248, 0.050994873, 0.011795044) * v0_4.z;
        h0_3 += HVEC4(0.06896973, 0.22741699, 0.0044784546, -0.006538391) * v0_4.w;
        h0_3 += HVEC4(-0.16796875, -0.09832764, 0.03289795, 0.024429321) * v0_5.x;
        h0_3 += HVEC4(-0.0154418945, 0.012054443, -0.054595947, -0.052520752) * v0_5.y;
        h0_3 += HVEC4(-0.016159058, -0.22180176, -0.0014743805, 0.12927246) * v0_5.z;
        h0_3 += HVEC4(0.045440674, 0.37719727, -0.04525757, -0.0074691772) * v0_5.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.0076446533, -0.09564209, -0.055664062, 0.17712402) * v0_4.x;
        h0_0 += HVEC4(-0.016662598, 0.08660889, -0.16809082, -0.087646484) * v0_4.y;
        h0_0 += HVEC4(0.053649902, -0.0041007996, 0.011909485, -0.23620605) * v0_4.z;
        h0_0 += HVEC4(-0.036865234, 0.011497498, -0.014228821, 0.06976318) * v0_4.w;
        h0_0 += HVEC4(-0.027374268, 0.011489868, 0.02720642, 0.24841309) * v0_5.x;
        h0_0 += HVEC4(0.005554199, 0.020355225, 0.018157959, 0.06506348) * v0_5.y;
        h0_0 += HVEC4(0.049102783, -0.022476196, -0.01335144, -0.11608887) * v0_5.z;
        h0_0 += HVEC4(0.052520752, 0.09375, -0.07019043, -1.015625) * v0_5.w;
        h0_1 += HVEC4(0.0014619827, 0.078308105, -0.01386261, -0.03717041) * v0_4.x;
        h0_1 += HVEC4(-0.07348633, -0.3972168, -0.00040102005, 0.007987976) * v0_4.y;
        h0_1 += HVEC4(0.037750244, 0.055908203, 0.015670776, 0.059631348) * v0_4.z;
        h0_1 += HVEC4(0.072509766, 0.027313232, 0.009757996, 0.025161743) * v0_4.w;
        h0_1 += HVEC4(-0.032043457, -0.105773926, 0.011779785, -0.04434204) * v0_5.x;
        h0_1 += HVEC4(-0.04776001, -0.10699463, -0.02130127, -0.02760315) * v0_5.y;
        h0_1 += HVEC4(0.022613525, -0.107177734, 0.012191772, -0.045837402) * v0_5.z;
        h0_1 += HVEC4(-0.055114746, 0.16357422, 0.0044937134, -0.43041992) * v0_5.w;
        h0_2 += HVEC4(0.04437256, -0.011985779, -0.06677246, 0.06573486) * v0_4.x;
        h0_2 += HVEC4(0.1508789, -0.0049438477, 0.023117065, -0.006214142) * v0_4.y;
        h0_2 += HVEC4(0.030410767, 0.039916992, 0.107543945, -0.018493652) * v0_4.z;
        h0_2 += HVEC4(0.020645142, -0.0713501, -0.010513306, -0.039794922) * v0_4.w;
        h0_2 += HVEC4(-0.051971436, -0.036102295, -0.08880615, 0.037353516) * v0_5.x;
        h0_2 += HVEC4(0.026916504, 0.08392334, 0.20837402, -0.024673462) * v0_5.y;
        h0_2 += HVEC4(-0.01600647, 0.10418701, 0.04888916, -0.011291504) * v0_5.z;
        h0_2 += HVEC4(0.101379395, 0.0736084, -0.030212402, -0.037963867) * v0_5.w;
        h0_3 += HVEC4(0.0579834, -0.16308594, 0.014183044, 0.06542969) * v0_4.x;
        h0_3 += HVEC4(0.05670166, -0.06585693, 0.033203125, 0.090148926) * v0_4.y;
        h0_3 += HVEC4(0.045715332, -0.0146865845, 0.008575439, -0.05227661) * v0_4.z;
        h0_3 += HVEC4(-0.024841309, 0.16394043, -0.04586792, 0.31347656) * v0_4.w;
        h0_3 += HVEC4(0.023773193, -0.010139465, -0.004032135, -0.009132385) * v0_5.x;
        h0_3 += HVEC4(0.0028629303, -0.17736816, 0.013252258, -0.12512207) * v0_5.y;
        h0_3 += HVEC4(-0.032073975, -0.05859375, -0.001578331, -0.2446289) * v0_5.z;
        h0_3 += HVEC4(-0.002462387, -0.082092285, 0.019348145, 0.14648438) * v0_5.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 34]);
        HVEC4 v0_5 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.024414062, -0.09979248, 0.11401367, 0.20166016) * v0_4.x;
        h0_0 += HVEC4(0.02532959, -0.042144775, 0.08709717, 0.17871094) * v0_4.y;
        h0_0 += HVEC4(-0.061340332, -0.015655518, -0.17626953, -0.03793335) * v0_4.z;
        h0_0 += HVEC4(-0.111206055, 0.035858154, 0.10870361, -0.08935547) * v0_4.w;
        h0_0 += HVEC4(0.019348145, 0.055267334, 0.0020561218, 0.10235596) * v0_5.x;
        h0_0 += HVEC4(-0.09466553, -0.14245605, -0.0012969971, -0.14440918) * v0_5.y;
        h0_0 += HVEC4(-0.091430664, -0.03955078, -0.09710693, 0.010566711) * v0_5.z;
        h0_0 += HVEC4(0.18151855, -0.025436401, 0.1348877, -0.119628906) * v0_5.w;
        h0_1 += HVEC4(-0.017807007, 0.023635864, 0.034942627, 0.018005371) * v0_4.x;
        h0_1 += HVEC4(0.011100769, -0.00096797943, 0.009841919, -0.08013916) * v0_4.y;
        h0_1 += HVEC4(0.02722168, -0.16442871, 0.026290894, 0.001455307) * v0_4.z;
        h0_1 += HVEC4(-0.05041504, -0.28808594, -0.08239746, 0.11785889) * v0_4.w;
        h0_1 += HVEC4(0.053649902, 0.026733398, 0.03479004, 0.024246216) * v0_5.x;
        h0_1 += HVEC4(-0.000108242035, 0.035461426, 0.016601562, -0.024765015) * v0_5.y;
        h0_1 += HVEC4(0.07873535, -0.3010254, 0.06762695, -0.064208984) * v0_5.z;
        h0_1 += HVEC4(-0.08300781, 0.08331299, -0.06500244, -0.114746094) * v0_5.w;
        h0_2 += HVEC4(0.10308838, -0.15429688, 0.18493652, -0.011016846) * v0_4.x;
        h0_2 += HVEC4(0.070495605, -0.13354492, 0.100097656, -0.012237549) * v0_4.y;
        h0_2 += HVEC4(0.0068130493, -0.037017822, -0.009086609, -0.10888672) * v0_4.z;
        h0_2 += HVEC4(-0.014022827, 0.1005249, 0.0062217712, 0.0859375) * v0_4.w;
        h0_2 += HVEC4(-0.070373535, -0.22021484, 0.12445068, 0.048095703) * v0_5.x;
        h0_2 += HVEC4(-0.14880371, 0.11114502, -0.07946777, -0.0038414001) * v0_5.y;
        h0_2 += HVEC4(-0.19921875, 0.18359375, -0.2052002, 0.079589844) * v0_5.z;
        h0_2 += HVEC4(-0.011207581, 0.02507019, -0.04751587, -0.035888672) * v0_5.w;
        h0_3 += HVEC4(-0.027923584, -0.032104492, 0.022964478, -0.010955811) * v0_4.x;
        h0_3 += HVEC4(-0.024841309, 0.040008545, 0.0022125244, 0.04510498) * v0_4.y;
        h0_3 += HVEC4(0.08227539, 0.093444824, -0.03366089, -0.02532959) * v0_4.z;
        h0_3 += HVEC4(-0.117248535, -0.034576416, -0.017791748, -0.0692749) * v0_4.w;
        h0_3 += HVEC4(0.066833496, 0.0035896301, 0.010955811, 0.1694336) * v0_5.x;
        h0_3 += HVEC4(0.11077881, -0.05239868, -0.03326416, 0.051605225) * v0_5.y;
        h0_3 += HVEC4(-0.22814941, 0.016937256, -0.07507324, -0.072021484) * v0_5.z;
        h0_3 += HVEC4(0.08569336, -0.053344727, 0.027526855, -0.062927246) * v0_5.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 35]);
        HVEC4 v0_5 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.047668457, -0.31445312, 0.1730957, 0.04647827) * v0_4.x;
        h0_0 += HVEC4(-0.25170898, 0.19396973, -0.004623413, -0.19458008) * v0_4.y;
        h0_0 += HVEC4(0.16040039, 0.009048462, -0.014297485, -0.059173584) * v0_4.z;
        h0_0 += HVEC4(0.03289795, 0.20666504, -0.043548584, -0.19189453) * v0_4.w;
        h0_0 += HVEC4(0.076660156, -0.12072754, 0.09124756, -0.2421875) * v0_5.x;
        h0_0 += HVEC4(-0.16503906, 0.105407715, -0.025360107, 0.13574219) * v0_5.y;
        h0_0 += HVEC4(-0.061645508, 0.30517578, 0.0007367134, -0.1459961) * v0_5.z;
        h0_0 += HVEC4(0.1508789, -0.029037476, 0.078063965, -0.43188477) * v0_5.w;
        h0_1 += HVEC4(0.099731445, -0.025344849, -0.03677368, -0.1697998) * v0_4.x;
        h0_1 += HVEC4(-0.14526367, 0.107177734, 0.019058228, 0.034179688) * v0_4.y;
        h0_1 += HVEC4(-0.0033302307, -0.13220215, -0.012680054, -0.06695557) * v0_4.z;
        h0_1 += HVEC4(-0.0440979, -0.011245728, -0.08459473, -0.0982666) * v0_4.w;
        h0_1 += HVEC4(-0.008522034, -0.20544434, -0.091674805, -0.0049095154) * v0_5.x;
        h0_1 += HVEC4(0.0050239563, -0.049041748, 0.0065231323, -0.1673584) * v0_5.y;
        h0_1 += HVEC4(0.033477783, -0.044799805, 0.0116119385, 0.068237305) * v0_5.z;
        h0_1 += HVEC4(0.11987305, 0.20214844, 0.0155181885, -0.3010254) * v0_5.w;
        h0_2 += HVEC4(-0.029373169, 0.42456055, -0.11999512, -0.03262329) * v0_4.x;
        h0_2 += HVEC4(-0.012840271, -0.14331055, 0.034484863, 0.027801514) * v0_4.y;
        h0_2 += HVEC4(0.05935669, -0.004119873, 0.03036499, -0.072265625) * v0_4.z;
        h0_2 += HVEC4(-0.16442871, -0.16540527, 0.113586426, 0.06915283) * v0_4.w;
        h0_2 += HVEC4(-0.17248535, -0.18457031, -0.016326904, -0.043518066) * v0_5.x;
        h0_2 += HVEC4(0.121032715, -0.059020996, 0.2043457, -0.026519775) * v0_5.y;
        h0_2 += HVEC4(0.24255371, -0.18884277, 0.066223145, -0.06915283) * v0_5.z;
        h0_2 += HVEC4(0.07788086, -0.053955078, 0.0758667, -0.050872803) * v0_5.w;
        h0_3 += HVEC4(0.17102051, -0.10333252, 0.049591064, 0.10638428) * v0_4.x;
        h0_3 += HVEC4(-0.055786133, 0.16772461, -0.017974854, -0.053833008) * v0_4.y;
        h0_3 += HVEC4(-0.07922363, -0.21484375, 0.038391113, 0.07861328) * v0_4.z;
        h0_3 += HVEC4(0.064819336, -0.012763977, -0.015090942, 0.122680664) * v0_4.w;
        h0_3 += HVEC4(-0.12536621, -0.15161133, 0.029129028, 0.26000977) * v0_5.x;
        h0_3 += HVEC4(-0.13256836, -0.059417725, 0.0022945404, -0.12384033) * v0_5.y;
        h0_3 += HVEC4(-0.16467285, 0.07922363, 0.07098389, -0.18005371) * v0_5.z;
        h0_3 += HVEC4(0.14941406, -0.0597229, -0.033996582, -0.004348755) * v0_5.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.12963867, -0.08691406, -0.05331421, -0.033477783) * v0_4.x;
        h0_0 += HVEC4(-0.113708496, 0.012069702, -0.042022705, -0.016311646) * v0_4.y;
        h0_0 += HVEC4(0.11981201, -0.072265625, 0.0096206665, -0.025100708) * v0_4.z;
        h0_0 += HVEC4(0.05731201, 0.09295654, 0.058532715, -0.005783081) * v0_4.w;
        h0_0 += HVEC4(-0.050201416, 0.10699463, -0.025253296, -0.31152344) * v0_5.x;
        h0_0 += HVEC4(0.008384705, 0.15344238, -0.020339966, 0.028305054) * v0_5.y;
        h0_0 += HVEC4(-0.092163086, -0.00116539, 0.051605225, 0.041992188) * v0_5.z;
        h0_0 += HVEC4(0.024276733, 0.07891846, -0.020202637, -0.58496094) * v0_5.w;
        h0_1 += HVEC4(0.03302002, 0.1048584, 0.05239868, -0.018814087) * v0_4.x;
        h0_1 += HVEC4(-0.0036201477, -0.09716797, 0.0029010773, 0.001572609) * v0_4.y;
        h0_1 += HVEC4(-0.040161133, 0.037353516, 0.010292053, 0.029708862) * v0_4.z;
        h0_1 += HVEC4(-0.0037612915, 0.13232422, -0.041107178, -0.09112549) * v0_4.w;
        h0_1 += HVEC4(0.027618408, -0.08465576, -0.030303955, -0.023208618) * v0_5.x;
        h0_1 += HVEC4(0.004814148, 0.066589355, 0.040130615, 0.013717651) * v0_5.y;
        h0_1 += HVEC4(0.01638794, -0.07678223, -0.020629883, -0.027862549) * v0_5.z;
        h0_1 += HVEC4(0.05899048, 0.32495117, 0.039001465, -0.101379395) * v0_5.w;
        h0_2 += HVEC4(-0.038757324, -0.14672852, 0.09442139, 0.0770874) * v0_4.x;
        h0_2 += HVEC4(-0.040405273, 0.05697632, -0.22351074, 0.021240234) * v0_4.y;
        h0_2 += HVEC4(-0.020431519, 0.13647461, -0.026672363, 0.017913818) * v0_4.z;
        h0_2 += HVEC4(0.08538818, -0.13684082, 0.09906006, 0.05340576) * v0_4.w;
        h0_2 += HVEC4(0.11010742, -0.044799805, -0.103027344, 0.09686279) * v0_5.x;
        h0_2 += HVEC4(0.19091797, -0.02973938, -0.25195312, 0.05618286) * v0_5.y;
        h0_2 += HVEC4(-0.048706055, 0.13354492, -0.08105469, -0.019851685) * v0_5.z;
        h0_2 += HVEC4(0.04550171, -0.24560547, -0.092041016, -0.00982666) * v0_5.w;
        h0_3 += HVEC4(0.032440186, -0.017028809, 0.020965576, -0.044525146) * v0_4.x;
        h0_3 += HVEC4(0.035064697, 0.007965088, -0.031036377, 0.109313965) * v0_4.y;
        h0_3 += HVEC4(0.020355225, -0.055603027, 0.046813965, -0.00957489) * v0_4.z;
        h0_3 += HVEC4(0.064086914, 0.012298584, 0.06317139, 0.02243042) * v0_4.w;
        h0_3 += HVEC4(-0.10858154, 0.1977539, 0.030715942, 0.20239258) * v0_5.x;
        h0_3 += HVEC4(-0.049682617, -0.00806427, 0.044830322, -0.024887085) * v0_5.y;
        h0_3 += HVEC4(-0.013374329, 0.055999756, 0.02394104, -0.1262207) * v0_5.z;
        h0_3 += HVEC4(0.0014619827, 0.085998535, -0.031707764, 0.36645508) * v0_5.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 68]);
        HVEC4 v0_5 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.039916992, -0.02861023, -0.0019035339, 0.024154663) * v0_4.x;
        h0_0 += HVEC4(0.0029258728, 0.01209259, 0.087646484, 0.05859375) * v0_4.y;
        h0_0 += HVEC4(-0.04345703, -0.012832642, -0.021911621, -0.0395813) * v0_4.z;
        h0_0 += HVEC4(-0.04498291, 0.07702637, 0.119140625, 0.15148926) * v0_4.w;
        h0_0 += HVEC4(-0.0018892288, -0.022384644, -0.06237793, 0.0008792877) * v0_5.x;
        h0_0 += HVEC4(0.04736328, -0.070007324, 0.036895752, -0.08758545) * v0_5.y;
        h0_0 += HVEC4(0.06890869, -0.060943604, -0.016036987, -0.19116211) * v0_5.z;
        h0_0 += HVEC4(0.044281006, -0.013328552, -0.090026855, -0.37426758) * v0_5.w;
        h0_1 += HVEC4(-0.0579834, -0.06945801, -0.030090332, -0.03768921) * v0_4.x;
        h0_1 += HVEC4(0.084350586, -0.19958496, -0.028518677, -0.034210205) * v0_4.y;
        h0_1 += HVEC4(0.009757996, 0.058807373, 0.023239136, 0.04006958) * v0_4.z;
        h0_1 += HVEC4(0.04837036, 0.0029182434, 0.0095825195, -0.021850586) * v0_4.w;
        h0_1 += HVEC4(-0.060546875, 0.022964478, 0.038085938, -0.0037517548) * v0_5.x;
        h0_1 += HVEC4(-0.011276245, 0.0054626465, -0.031280518, -0.01739502) * v0_5.y;
        h0_1 += HVEC4(0.016586304, -0.16149902, -0.00932312, -0.041992188) * v0_5.z;
        h0_1 += HVEC4(0.017654419, 0.08331299, -0.006248474, -0.31054688) * v0_5.w;
        h0_2 += HVEC4(0.05783081, 0.080078125, -0.107177734, 0.039276123) * v0_4.x;
        h0_2 += HVEC4(0.03640747, -0.10394287, -0.099731445, 0.014572144) * v0_4.y;
        h0_2 += HVEC4(0.03994751, -0.19116211, 0.058776855, 0.031097412) * v0_4.z;
        h0_2 += HVEC4(0.09887695, 0.061767578, 0.04928589, -0.0002053976) * v0_4.w;
        h0_2 += HVEC4(0.003189087, 0.11193848, -0.1015625, 0.023956299) * v0_5.x;
        h0_2 += HVEC4(-0.015457153, -0.05407715, 0.04446411, 0.071777344) * v0_5.y;
        h0_2 += HVEC4(-0.0042266846, 0.16748047, 0.019424438, 0.07897949) * v0_5.z;
        h0_2 += HVEC4(0.10668945, -0.14953613, -0.08068848, -0.056671143) * v0_5.w;
        h0_3 += HVEC4(-0.01108551, -0.035705566, 0.0062561035, -0.1694336) * v0_4.x;
        h0_3 += HVEC4(-0.07141113, 0.032043457, -0.0009150505, -0.029296875) * v0_4.y;
        h0_3 += HVEC4(0.05682373, 0.036468506, -0.0044136047, 0.076538086) * v0_4.z;
        h0_3 += HVEC4(0.02861023, 0.029281616, 0.013847351, -0.06008911) * v0_4.w;
        h0_3 += HVEC4(-0.011360168, -0.0119018555, 0.008483887, -0.054138184) * v0_5.x;
        h0_3 += HVEC4(0.117004395, -0.018234253, 0.008224487, 0.026916504) * v0_5.y;
        h0_3 += HVEC4(-0.09686279, -0.082214355, -0.017105103, 0.008132935) * v0_5.z;
        h0_3 += HVEC4(0.037872314, -0.009849548, -0.0036449432, -0.029418945) * v0_5.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 69]);
        HVEC4 v0_5 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.103149414, -0.060180664, 0.049072266, -0.09454346) * v0_4.x;
        h0_0 += HVEC4(0.06286621, -0.0770874, 0.044769287, -0.10345459) * v0_4.y;
        h0_0 += HVEC4(0.039520264, -0.02368164, 0.016860962, -0.22607422) * v0_4.z;
        h0_0 += HVEC4(-0.15258789, 0.17956543, -0.0181427, 0.018096924) * v0_4.w;
        h0_0 += HVEC4(0.11114502, -0.041625977, -0.012893677, -0.13964844) * v0_5.x;
        h0_0 += HVEC4(-0.13317871, -0.044128418, 0.06726074, 0.34594727) * v0_5.y;
        h0_0 += HVEC4(0.12646484, 0.0055122375, 0.0029392242, -0.12976074) * v0_5.z;
        h0_0 += HVEC4(0.04849243, 0.08831787, -0.018707275, -0.124572754) * v0_5.w;
        h0_1 += HVEC4(0.003829956, -0.13928223, -0.039794922, -0.07623291) * v0_4.x;
        h0_1 += HVEC4(-0.08331299, 0.13623047, -0.055847168, 0.054779053) * v0_4.y;
        h0_1 += HVEC4(0.08477783, -0.025619507, -0.041229248, -0.057128906) * v0_4.z;
        h0_1 += HVEC4(-4.4107437e-05, -0.1751709, 0.05496216, 0.06707764) * v0_4.w;
        h0_1 += HVEC4(-0.05331421, -0.2253418, -0.01890564, -0.05731201) * v0_5.x;
        h0_1 += HVEC4(0.08666992, 0.17248535, 0.0496521, 0.05581665) * v0_5.y;
        h0_1 += HVEC4(-0.06652832, 0.058288574, -0.018753052, -0.044036865) * v0_5.z;
        h0_1 += HVEC4(-0.0044822693, -0.003484726, -0.02394104, -0.18530273) * v0_5.w;
        h0_2 += HVEC4(0.05227661, -0.087646484, 0.07141113, 0.0904541) * v0_4.x;
        h0_2 += HVEC4(-0.078063965, -0.093933105, 0.19885254, -0.053344727) * v0_4.y;
        h0_2 += HVEC4(0.024261475, -0.0340271, 0.012611389, -0.022598267) * v0_4.z;
        h0_2 += HVEC4(0.21044922, 0.19262695, -0.22045898, -6.9737434e-06) * v0_4.w;
        h0_2 += HVEC4(0.01663208, -0.004360199, 0.049926758, -0.08239746) * v0_5.x;
        h0_2 += HVEC4(0.023422241, 0.18200684, -0.09588623, 0.035461426) * v0_5.y;
        h0_2 += HVEC4(0.013343811, -0.21105957, 0.18151855, 0.0073890686) * v0_5.z;
        h0_2 += HVEC4(0.042999268, 0.075683594, 0.004421234, -0.0184021) * v0_5.w;
        h0_3 += HVEC4(0.017196655, -0.086120605, -0.1149292, 0.00856781) * v0_4.x;
        h0_3 += HVEC4(0.064697266, 0.022003174, -0.037475586, 0.0368042) * v0_4.y;
        h0_3 += HVEC4(-0.007019043, 0.092163086, 0.03967285, -0.070007324) * v0_4.z;
        h0_3 += HVEC4(-0.014183044, 0.09979248, -0.025741577, -0.18469238) * v0_4.w;
        h0_3 += HVEC4(-0.08642578, -0.0848999, 0.02571106, 0.05090332) * v0_5.x;
        h0_3 += HVEC4(-0.12261963, 0.09753418, 0.029846191, 0.090270996) * v0_5.y;
        h0_3 += HVEC4(0.06549072, 0.019454956, 0.038238525, -0.021942139) * v0_5.z;
        h0_3 += HVEC4(-0.12756348, -0.042144775, 0.0071144104, -0.078430176) * v0_5.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 70]);
        HVEC4 v0_5 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.058898926, -0.08892822, -0.07092285, -0.052124023) * v0_4.x;
        h0_0 += HVEC4(-0.0234375, -0.001832962, 0.01826477, 0.17675781) * v0_4.y;
        h0_0 += HVEC4(0.01928711, -0.059326172, 0.030319214, 0.080322266) * v0_4.z;
        h0_0 += HVEC4(-0.02734375, 0.074401855, -0.0011482239, -0.0881958) * v0_4.w;
        h0_0 += HVEC4(-0.0014724731, 0.030227661, -0.077697754, -0.09307861) * v0_5.x;
        h0_0 += HVEC4(-0.015319824, 0.104003906, 0.013511658, -0.28076172) * v0_5.y;
        h0_0 += HVEC4(0.014205933, 0.002691269, 0.028717041, 0.027282715) * v0_5.z;
        h0_0 += HVEC4(0.005722046, -0.02809143, 0.017059326, -0.5024414) * v0_5.w;
        h0_1 += HVEC4(-0.025054932, 0.023864746, 0.01007843, 0.00072050095) * v0_4.x;
        h0_1 += HVEC4(0.010650635, 0.09350586, -0.005393982, 0.031585693) * v0_4.y;
        h0_1 += HVEC4(0.0024280548, 0.051757812, 0.005672455, 0.031585693) * v0_4.z;
        h0_1 += HVEC4(0.01689148, -0.02368164, 0.011672974, 0.0062675476) * v0_4.w;
        h0_1 += HVEC4(-0.024597168, 0.009674072, 0.020233154, -0.018295288) * v0_5.x;
        h0_1 += HVEC4(-0.017974854, -0.0368042, -0.010002136, -0.017715454) * v0_5.y;
        h0_1 += HVEC4(-0.010856628, -0.01285553, 0.00016283989, -0.08258057) * v0_5.z;
        h0_1 += HVEC4(-0.030471802, 0.0008678436, -0.033203125, 0.0018224716) * v0_5.w;
        h0_2 += HVEC4(0.03338623, -0.045166016, -0.10858154, 0.019683838) * v0_4.x;
        h0_2 += HVEC4(-0.10028076, -0.067871094, -0.0012016296, 0.011886597) * v0_4.y;
        h0_2 += HVEC4(0.0017690659, 0.056030273, -0.05307007, 0.07727051) * v0_4.z;
        h0_2 += HVEC4(0.081604004, 0.0010166168, -0.05505371, 0.057739258) * v0_4.w;
        h0_2 += HVEC4(-0.032287598, 0.018966675, 0.14916992, 0.028030396) * v0_5.x;
        h0_2 += HVEC4(0.12414551, -0.091430664, -0.17236328, 0.07611084) * v0_5.y;
        h0_2 += HVEC4(-0.01158905, 0.05404663, 0.049865723, -0.024307251) * v0_5.z;
        h0_2 += HVEC4(-0.017547607, 0.01953125, 0.030807495, -0.031433105) * v0_5.w;
        h0_3 += HVEC4(0.08111572, -0.08935547, -0.06591797, 0.22375488) * v0_4.x;
        h0_3 += HVEC4(-0.0592041, 0.005836487, 0.0005517006, -0.21398926) * v0_4.y;
        h0_3 += HVEC4(0.06341553, 0.064697266, 0.038879395, -0.012321472) * v0_4.z;
        h0_3 += HVEC4(-0.011642456, 0.048980713, 0.020187378, 0.21679688) * v0_4.w;
        h0_3 += HVEC4(-0.0022220612, -0.08331299, 0.02960205, 0.04046631) * v0_5.x;
        h0_3 += HVEC4(-0.0064201355, 0.02859497, 0.04864502, -0.140625) * v0_5.y;
        h0_3 += HVEC4(0.035339355, 0.060302734, 0.027908325, -0.13146973) * v0_5.z;
        h0_3 += HVEC4(0.017715454, 0.020889282, -0.06317139, 0.20959473) * v0_5.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n2_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n2_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 6..7.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.03161621, -0.06304932, 0.077941895, 0.074401855) * v0_6.x;
        h0_0 += HVEC4(-0.06359863, -0.037963867, -0.09423828, -0.37426758) * v0_6.y;
        h0_0 += HVEC4(0.11047363, 0.00573349, 0.074035645, 0.04159546) * v0_6.z;
        h0_0 += HVEC4(0.01638794, -0.016860962, -0.078308105, 0.03186035) * v0_6.w;
        h0_0 += HVEC4(-0.029922485, -0.011558533, -0.042114258, 0.23046875) * v0_7.x;
        h0_0 += HVEC4(0.015686035, 0.09362793, 0.036712646, -0.02243042) * v0_7.y;
        h0_0 += HVEC4(-0.0036754608, 0.043548584, 0.033721924, 0.19799805) * v0_7.z;
        h0_0 += HVEC4(0.13781738, -0.07092285, 0.23217773, -0.578125) * v0_7.w;
        h0_1 += HVEC4(0.05014038, 0.005470276, 0.0041770935, -0.050628662) * v0_6.x;
        h0_1 += HVEC4(-0.06939697, 0.16210938, 0.011299133, -0.08251953) * v0_6.y;
        h0_1 += HVEC4(0.11993408, 0.06188965, -0.040863037, -0.07086182) * v0_6.z;
        h0_1 += HVEC4(0.062683105, -0.016815186, 0.04425049, 0.02104187) * v0_6.w;
        h0_1 += HVEC4(-0.01084137, 0.018508911, -0.036590576, 0.103637695) * v0_7.x;
        h0_1 += HVEC4(0.010093689, 0.1303711, 0.007457733, -0.0008378029) * v0_7.y;
        h0_1 += HVEC4(0.18603516, -0.21972656, -0.046173096, 0.11505127) * v0_7.z;
        h0_1 += HVEC4(0.1295166, -0.101989746, 0.03375244, -0.20837402) * v0_7.w;
        h0_2 += HVEC4(-0.06335449, -0.2861328, -0.12084961, 0.024780273) * v0_6.x;
        h0_2 += HVEC4(-0.04360962, -0.0012168884, -0.10998535, 0.025924683) * v0_6.y;
        h0_2 += HVEC4(0.039855957, 0.05960083, 0.079711914, -0.015342712) * v0_6.z;
        h0_2 += HVEC4(-0.014862061, -0.064941406, -0.034606934, -0.023544312) * v0_6.w;
        h0_2 += HVEC4(0.0013389587, 0.011657715, 0.006591797, 0.027740479) * v0_7.x;
        h0_2 += HVEC4(-0.16149902, -0.021774292, -0.03152466, -0.018798828) * v0_7.y;
        h0_2 += HVEC4(-0.34570312, -0.15539551, -0.058929443, 0.009109497) * v0_7.z;
        h0_2 += HVEC4(-0.12976074, -0.05038452, 0.050354004, -0.09655762) * v0_7.w;
        h0_3 += HVEC4(0.020462036, 0.028747559, 0.0010242462, 0.038909912) * v0_6.x;
        h0_3 += HVEC4(-0.009056091, -0.10925293, -0.018600464, 0.022323608) * v0_6.y;
        h0_3 += HVEC4(0.065979004, 0.0075569153, 0.023788452, 0.08459473) * v0_6.z;
        h0_3 += HVEC4(0.043792725, 0.042663574, -0.015945435, 0.026473999) * v0_6.w;
        h0_3 += HVEC4(-0.021743774, -0.0050354004, 0.018112183, 0.021697998) * v0_7.x;
        h0_3 += HVEC4(-0.012084961, 0.04171753, -0.007911682, 0.011817932) * v0_7.y;
        h0_3 += HVEC4(-0.17956543, 0.08380127, -0.009635925, -0.1003418) * v0_7.z;
        h0_3 += HVEC4(0.16430664, 0.07312012, -0.04598999, -0.033111572) * v0_7.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.07269287, -0.018203735, 0.10614014, -0.091308594) * v0_6.x;
        h0_0 += HVEC4(0.08215332, 0.11212158, 0.028549194, -0.036224365) * v0_6.y;
        h0_0 += HVEC4(0.018707275, -0.08306885, -0.15698242, -0.3605957) * v0_6.z;
        h0_0 += HVEC4(0.031036377, 0.009063721, -0.049987793, -0.24230957) * v0_6.w;
        h0_0 += HVEC4(0.03161621, 0.05923462, -0.07763672, -0.21496582) * v0_7.x;
        h0_0 += HVEC4(0.019561768, -0.0368042, -0.018051147, -0.080566406) * v0_7.y;
        h0_0 += HVEC4(-0.054748535, 0.016586304, -0.04626465, 0.15222168) * v0_7.z;
        h0_0 += HVEC4(-0.01146698, -0.23657227, 0.17895508, 0.21655273) * v0_7.w;
        h0_1 += HVEC4(0.109313965, -0.19677734, -0.021575928, -0.13220215) * v0_6.x;
        h0_1 += HVEC4(-0.012390137, -0.19030762, 0.00090932846, -0.035217285) * v0_6.y;
        h0_1 += HVEC4(0.03375244, -0.002462387, 0.053710938, 0.008682251) * v0_6.z;
        h0_1 += HVEC4(-0.062194824, -0.12780762, 0.0680542, -0.11035156) * v0_6.w;
        h0_1 += HVEC4(-0.13842773, -0.0713501, 0.01537323, -0.0335083) * v0_7.x;
        h0_1 += HVEC4(0.03842163, 0.2602539, 0.022567749, 0.085510254) * v0_7.y;
        h0_1 += HVEC4(-0.15759277, -0.50927734, 0.029327393, 0.11401367) * v0_7.z;
        h0_1 += HVEC4(0.25683594, -0.036834717, -0.029373169, -0.19726562) * v0_7.w;
        h0_2 += HVEC4(0.18139648, -0.0155181885, 0.06008911, -0.011749268) * v0_6.x;
        h0_2 += HVEC4(0.027770996, -0.11126709, 0.05630493, 0.034820557) * v0_6.y;
        h0_2 += HVEC4(-0.23156738, 0.003736496, -0.042755127, -0.09423828) * v0_6.z;
        h0_2 += HVEC4(-0.13537598, 0.11376953, 0.1262207, -0.013198853) * v0_6.w;
        h0_2 += HVEC4(0.024536133, -0.008666992, -0.06225586, 0.020431519) * v0_7.x;
        h0_2 += HVEC4(-0.0050964355, -0.054840088, -0.2241211, -0.021072388) * v0_7.y;
        h0_2 += HVEC4(0.029052734, 0.06414795, -0.16564941, -0.013687134) * v0_7.z;
        h0_2 += HVEC4(0.11401367, 0.093933105, 0.14343262, -0.07147217) * v0_7.w;
        h0_3 += HVEC4(0.18395996, -0.10784912, 0.024841309, 0.16345215) * v0_6.x;
        h0_3 += HVEC4(-0.008293152, -0.1472168, 0.024459839, -0.027938843) * v0_6.y;
        h0_3 += HVEC4(-0.051452637, 0.16394043, -0.059143066, 0.061706543) * v0_6.z;
        h0_3 += HVEC4(-0.011367798, -0.13366699, -0.04660034, -0.039215088) * v0_6.w;
        h0_3 += HVEC4(0.048065186, 0.15771484, 0.0075531006, -0.05380249) * v0_7.x;
        h0_3 += HVEC4(0.005783081, 0.073791504, -0.028762817, 0.060028076) * v0_7.y;
        h0_3 += HVEC4(-0.07208252, -0.23449707, 0.008216858, -0.026992798) * v0_7.z;
        h0_3 += HVEC4(0.10644531, -0.30908203, 0.06890869, -0.05050659) * v0_7.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.00217247, 0.008758545, 0.042510986, -0.18737793) * v0_6.x;
        h0_0 += HVEC4(0.00010484457, 0.017318726, -0.0018873215, 0.011367798) * v0_6.y;
        h0_0 += HVEC4(0.1194458, -0.049591064, 0.011108398, 0.07897949) * v0_6.z;
        h0_0 += HVEC4(0.03817749, 0.019989014, 0.005279541, -0.44677734) * v0_6.w;
        h0_0 += HVEC4(0.025100708, -0.008979797, 0.055847168, -0.05529785) * v0_7.x;
        h0_0 += HVEC4(0.097961426, -0.020050049, -0.021636963, -0.10467529) * v0_7.y;
        h0_0 += HVEC4(-0.037078857, -0.017105103, 0.034606934, 0.06713867) * v0_7.z;
        h0_0 += HVEC4(0.00032305717, -0.036468506, -0.07269287, 0.061523438) * v0_7.w;
        h0_1 += HVEC4(-0.046844482, 0.101623535, 0.0076446533, 0.11315918) * v0_6.x;
        h0_1 += HVEC4(0.08782959, -0.009773254, -0.010322571, 0.004753113) * v0_6.y;
        h0_1 += HVEC4(0.012184143, -0.32641602, -0.0038471222, -0.04977417) * v0_6.z;
        h0_1 += HVEC4(-0.016555786, -0.3017578, 0.04269409, -0.07562256) * v0_6.w;
        h0_1 += HVEC4(0.014595032, -0.09234619, -0.012252808, -0.015556335) * v0_7.x;
        h0_1 += HVEC4(0.054382324, -0.09576416, 0.009635925, 0.030044556) * v0_7.y;
        h0_1 += HVEC4(0.035827637, -0.21594238, 0.026550293, 0.035705566) * v0_7.z;
        h0_1 += HVEC4(-0.028961182, 0.16333008, -0.027023315, 0.031951904) * v0_7.w;
        h0_2 += HVEC4(0.014411926, -0.03262329, -0.12249756, 0.047332764) * v0_6.x;
        h0_2 += HVEC4(0.17089844, 0.016647339, 0.116882324, -0.046875) * v0_6.y;
        h0_2 += HVEC4(-0.016967773, 0.00504303, 0.057403564, -0.018829346) * v0_6.z;
        h0_2 += HVEC4(-0.017990112, 0.1694336, 0.10998535, -0.0067863464) * v0_6.w;
        h0_2 += HVEC4(-0.0076141357, 0.04208374, 0.08569336, 0.03881836) * v0_7.x;
        h0_2 += HVEC4(0.012054443, -0.07104492, 0.07220459, -0.022018433) * v0_7.y;
        h0_2 += HVEC4(-0.26098633, 0.069885254, 0.008590698, -0.006477356) * v0_7.z;
        h0_2 += HVEC4(0.044952393, -0.12854004, -0.060546875, -0.005630493) * v0_7.w;
        h0_3 += HVEC4(0.06713867, 0.038269043, 0.042633057, -0.0395813) * v0_6.x;
        h0_3 += HVEC4(0.035949707, 0.13745117, -0.0037021637, -0.0058517456) * v0_6.y;
        h0_3 += HVEC4(0.045806885, 0.0005507469, -0.01411438, 0.082214355) * v0_6.z;
        h0_3 += HVEC4(0.051696777, -0.2467041, -0.044281006, -0.14465332) * v0_6.w;
        h0_3 += HVEC4(-0.008544922, -0.03552246, 0.023666382, -0.08935547) * v0_7.x;
        h0_3 += HVEC4(-0.085632324, 0.020187378, 0.043640137, 0.045684814) * v0_7.y;
        h0_3 += HVEC4(0.044525146, -0.0064468384, -0.013114929, -0.047027588) * v0_7.z;
        h0_3 += HVEC4(0.016967773, -0.07196045, -0.038482666, 0.17785645) * v0_7.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 34]);
        HVEC4 v0_7 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.16967773, -0.15698242, -0.0019550323, 0.002588272) * v0_6.x;
        h0_0 += HVEC4(0.076416016, 0.008132935, 0.14526367, 0.0031375885) * v0_6.y;
        h0_0 += HVEC4(-0.00617218, -0.08520508, -0.031082153, -0.008506775) * v0_6.z;
        h0_0 += HVEC4(0.019134521, 0.04727173, -0.028045654, 0.11004639) * v0_6.w;
        h0_0 += HVEC4(0.008834839, -0.004337311, 0.02192688, 0.0082092285) * v0_7.x;
        h0_0 += HVEC4(0.09906006, -0.005748749, 0.08276367, 0.08795166) * v0_7.y;
        h0_0 += HVEC4(0.21130371, -0.06732178, 0.058532715, -0.055023193) * v0_7.z;
        h0_0 += HVEC4(0.037322998, -0.08117676, 0.21972656, 0.14892578) * v0_7.w;
        h0_1 += HVEC4(-0.036010742, -0.08068848, -0.027862549, -0.0031909943) * v0_6.x;
        h0_1 += HVEC4(0.11260986, 0.11199951, -0.014717102, -0.06707764) * v0_6.y;
        h0_1 += HVEC4(0.08093262, -0.099243164, -0.017242432, -0.04055786) * v0_6.z;
        h0_1 += HVEC4(-0.037078857, 0.13549805, 0.049560547, 0.08203125) * v0_6.w;
        h0_1 += HVEC4(0.028076172, 0.25048828, -0.0152282715, 0.11260986) * v0_7.x;
        h0_1 += HVEC4(0.05899048, 0.04650879, 0.022277832, -0.0065307617) * v0_7.y;
        h0_1 += HVEC4(-0.12237549, -0.3154297, 0.03857422, 0.1998291) * v0_7.z;
        h0_1 += HVEC4(0.03869629, 0.2442627, 0.09887695, -0.19677734) * v0_7.w;
        h0_2 += HVEC4(-0.0501709, -0.1385498, -0.0069274902, -0.045410156) * v0_6.x;
        h0_2 += HVEC4(0.12963867, -0.4453125, 0.06866455, -0.022277832) * v0_6.y;
        h0_2 += HVEC4(-0.34448242, 0.18334961, -0.06994629, -0.026184082) * v0_6.z;
        h0_2 += HVEC4(0.055480957, -0.08294678, -0.08013916, 0.023239136) * v0_6.w;
        h0_2 += HVEC4(-0.005996704, -0.09802246, -0.077941895, 0.03363037) * v0_7.x;
        h0_2 += HVEC4(0.19421387, -0.17700195, 0.19030762, 0.019454956) * v0_7.y;
        h0_2 += HVEC4(-0.24621582, -0.008224487, -0.26953125, 0.04611206) * v0_7.z;
        h0_2 += HVEC4(0.16320801, -0.12359619, 0.19799805, -0.16149902) * v0_7.w;
        h0_3 += HVEC4(0.13659668, -0.003786087, 0.017745972, 0.03781128) * v0_6.x;
        h0_3 += HVEC4(-0.12683105, 0.14660645, 0.044952393, -0.16760254) * v0_6.y;
        h0_3 += HVEC4(-0.05090332, 0.07342529, -0.0109939575, 0.19104004) * v0_6.z;
        h0_3 += HVEC4(0.017211914, 0.04119873, 0.031707764, -0.002954483) * v0_6.w;
        h0_3 += HVEC4(-0.097229004, 0.09729004, 0.049591064, -0.10925293) * v0_7.x;
        h0_3 += HVEC4(-0.030944824, -0.038238525, 0.03829956, -0.16809082) * v0_7.y;
        h0_3 += HVEC4(0.11987305, 0.017562866, -0.028533936, 0.1529541) * v0_7.z;
        h0_3 += HVEC4(0.0725708, -0.00843811, 0.07940674, -0.029342651) * v0_7.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 35]);
        HVEC4 v0_7 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.0390625, -0.23742676, -0.14135742, 0.12133789) * v0_6.x;
        h0_0 += HVEC4(-0.18518066, -0.014038086, -0.050720215, 0.06011963) * v0_6.y;
        h0_0 += HVEC4(0.21704102, -0.4465332, 0.059631348, -0.14111328) * v0_6.z;
        h0_0 += HVEC4(-0.13122559, 0.041900635, -0.083618164, 0.22192383) * v0_6.w;
        h0_0 += HVEC4(-0.07489014, 0.07318115, 0.124938965, 0.088134766) * v0_7.x;
        h0_0 += HVEC4(0.05895996, -0.13574219, 0.042419434, 0.33813477) * v0_7.y;
        h0_0 += HVEC4(0.1262207, -0.0037345886, -0.09875488, -0.09643555) * v0_7.z;
        h0_0 += HVEC4(-0.0769043, 0.24157715, -0.17150879, 0.0058288574) * v0_7.w;
        h0_1 += HVEC4(0.055877686, -0.1427002, 0.16955566, -0.045715332) * v0_6.x;
        h0_1 += HVEC4(0.025146484, -0.06402588, 0.029312134, -0.021118164) * v0_6.y;
        h0_1 += HVEC4(0.124572754, -0.10095215, -0.123046875, -0.11816406) * v0_6.z;
        h0_1 += HVEC4(0.046203613, 0.27490234, 0.2076416, -0.11981201) * v0_6.w;
        h0_1 += HVEC4(-0.053985596, 0.21618652, -0.070617676, 0.13012695) * v0_7.x;
        h0_1 += HVEC4(-0.03817749, 0.5283203, -0.011016846, 0.17504883) * v0_7.y;
        h0_1 += HVEC4(0.17626953, -0.3244629, -0.0069351196, -0.057800293) * v0_7.z;
        h0_1 += HVEC4(-0.028945923, -0.10601807, 0.30810547, 0.23181152) * v0_7.w;
        h0_2 += HVEC4(-0.0015878677, -0.13806152, 0.10638428, 0.0234375) * v0_6.x;
        h0_2 += HVEC4(-0.09667969, -0.5395508, -0.35595703, 0.08135986) * v0_6.y;
        h0_2 += HVEC4(-0.30664062, -0.68847656, 0.43676758, 0.3005371) * v0_6.z;
        h0_2 += HVEC4(0.29638672, 0.030136108, 0.10284424, 0.072143555) * v0_6.w;
        h0_2 += HVEC4(-0.010314941, -0.0018672943, 0.25439453, 0.044891357) * v0_7.x;
        h0_2 += HVEC4(-0.29541016, -0.05697632, -0.0209198, -0.0014877319) * v0_7.y;
        h0_2 += HVEC4(-0.06756592, -0.15588379, 0.33544922, -0.016433716) * v0_7.z;
        h0_2 += HVEC4(-0.047210693, 0.21386719, -0.2998047, 0.30541992) * v0_7.w;
        h0_3 += HVEC4(0.005168915, -0.2644043, 0.03652954, 0.08123779) * v0_6.x;
        h0_3 += HVEC4(-0.061462402, 0.13232422, -0.049560547, 0.33251953) * v0_6.y;
        h0_3 += HVEC4(0.5756836, 0.22937012, -0.06317139, 0.04272461) * v0_6.z;
        h0_3 += HVEC4(-0.26391602, 0.064086914, -0.021972656, 0.021362305) * v0_6.w;
        h0_3 += HVEC4(0.18261719, 0.2097168, 0.28686523, -0.0715332) * v0_7.x;
        h0_3 += HVEC4(-0.0050849915, 0.056915283, 0.012390137, 0.035858154) * v0_7.y;
        h0_3 += HVEC4(-0.056762695, -0.070129395, 0.005897522, -0.19421387) * v0_7.z;
        h0_3 += HVEC4(-0.16625977, 0.07342529, 0.4248047, -0.010787964) * v0_7.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.04498291, 0.030883789, 0.062072754, -0.099975586) * v0_6.x;
        h0_0 += HVEC4(0.25024414, -0.03314209, 0.077697754, -0.13464355) * v0_6.y;
        h0_0 += HVEC4(0.13378906, -0.06964111, -0.15771484, -0.25268555) * v0_6.z;
        h0_0 += HVEC4(0.234375, -0.20507812, 0.024307251, 0.23486328) * v0_6.w;
        h0_0 += HVEC4(-0.011222839, 0.060272217, -0.00046491623, -0.10821533) * v0_7.x;
        h0_0 += HVEC4(-0.010871887, 0.068359375, -0.07373047, 0.33666992) * v0_7.y;
        h0_0 += HVEC4(-0.04296875, -0.016998291, 0.07836914, 0.24743652) * v0_7.z;
        h0_0 += HVEC4(0.0034313202, 0.0035953522, -0.011947632, -0.12286377) * v0_7.w;
        h0_1 += HVEC4(0.007587433, 0.06842041, -0.022857666, 0.08642578) * v0_6.x;
        h0_1 += HVEC4(-0.03591919, 0.06994629, 0.0413208, 0.122802734) * v0_6.y;
        h0_1 += HVEC4(0.054626465, -0.030212402, -0.0041007996, 0.017822266) * v0_6.z;
        h0_1 += HVEC4(0.13220215, 0.12030029, -0.06958008, -0.1307373) * v0_6.w;
        h0_1 += HVEC4(-0.04244995, -0.060577393, 0.015411377, 0.0018997192) * v0_7.x;
        h0_1 += HVEC4(0.03390503, 0.26098633, 0.034729004, 0.080200195) * v0_7.y;
        h0_1 += HVEC4(0.006477356, -0.23461914, -0.04257202, -0.038391113) * v0_7.z;
        h0_1 += HVEC4(0.02067566, -0.10888672, 0.056030273, -0.017303467) * v0_7.w;
        h0_2 += HVEC4(-0.097961426, -0.072021484, 0.11694336, -0.0079422) * v0_6.x;
        h0_2 += HVEC4(-0.07739258, -0.06665039, -0.029891968, 0.03326416) * v0_6.y;
        h0_2 += HVEC4(0.16174316, -0.08898926, 0.028274536, 0.015335083) * v0_6.z;
        h0_2 += HVEC4(0.009223938, -0.04336548, -0.15844727, -0.08734131) * v0_6.w;
        h0_2 += HVEC4(0.09088135, 0.11291504, -0.11199951, -0.023513794) * v0_7.x;
        h0_2 += HVEC4(0.07836914, -0.080444336, -0.09320068, 0.015419006) * v0_7.y;
        h0_2 += HVEC4(-0.030456543, 0.07720947, -0.06903076, 0.008232117) * v0_7.z;
        h0_2 += HVEC4(-0.08648682, -0.026824951, 0.030838013, 0.0015335083) * v0_7.w;
        h0_3 += HVEC4(0.22473145, -0.024734497, -0.055999756, 0.023513794) * v0_6.x;
        h0_3 += HVEC4(0.025634766, -0.17382812, -0.02079773, -0.13439941) * v0_6.y;
        h0_3 += HVEC4(0.054779053, -0.017440796, 0.026565552, 0.21777344) * v0_6.z;
        h0_3 += HVEC4(-0.21826172, -0.34204102, -0.085754395, -0.4567871) * v0_6.w;
        h0_3 += HVEC4(-0.041992188, 0.1661377, 0.01890564, 0.012535095) * v0_7.x;
        h0_3 += HVEC4(-0.054138184, -0.03829956, 0.015838623, 0.30932617) * v0_7.y;
        h0_3 += HVEC4(0.0119018555, 0.056884766, 0.035461426, 0.09210205) * v0_7.z;
        h0_3 += HVEC4(0.0006637573, 0.0036010742, 0.027740479, 0.007827759) * v0_7.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 68]);
        HVEC4 v0_7 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.020263672, -0.081604004, -0.06530762, -0.2512207) * v0_6.x;
        h0_0 += HVEC4(0.20861816, -0.029373169, 0.046142578, -0.12249756) * v0_6.y;
        h0_0 += HVEC4(0.20739746, -0.032592773, -0.039093018, 0.15930176) * v0_6.z;
        h0_0 += HVEC4(0.009597778, 0.014862061, -0.08532715, -0.04837036) * v0_6.w;
        h0_0 += HVEC4(0.09661865, 0.0017604828, -0.023803711, -0.09625244) * v0_7.x;
        h0_0 += HVEC4(0.03186035, 0.009010315, -0.044799805, 0.015853882) * v0_7.y;
        h0_0 += HVEC4(0.0060691833, -0.08117676, 0.06616211, 0.008392334) * v0_7.z;
        h0_0 += HVEC4(-0.06500244, 0.031204224, 0.052459717, 0.112854004) * v0_7.w;
        h0_1 += HVEC4(-0.030059814, -0.01676941, 0.019958496, -0.005001068) * v0_6.x;
        h0_1 += HVEC4(0.024337769, 0.05114746, -0.06958008, -0.009376526) * v0_6.y;
        h0_1 += HVEC4(-0.04260254, 0.11590576, -0.031021118, -0.024108887) * v0_6.z;
        h0_1 += HVEC4(-0.004333496, -0.054138184, -0.0017852783, 0.046417236) * v0_6.w;
        h0_1 += HVEC4(-0.011703491, -0.17932129, -0.096069336, 0.049957275) * v0_7.x;
        h0_1 += HVEC4(0.038116455, 0.08380127, -0.07098389, 0.12310791) * v0_7.y;
        h0_1 += HVEC4(-0.088256836, -0.043060303, -0.037231445, 0.017562866) * v0_7.z;
        h0_1 += HVEC4(0.005809784, 0.09832764, -0.0064315796, -0.011962891) * v0_7.w;
        h0_2 += HVEC4(0.078125, -0.1060791, 0.04840088, 0.006389618) * v0_6.x;
        h0_2 += HVEC4(-0.14477539, -0.34204102, 0.23449707, -0.015075684) * v0_6.y;
        h0_2 += HVEC4(-0.01361084, 0.13647461, -0.022994995, -0.0473938) * v0_6.z;
        h0_2 += HVEC4(-0.048217773, 0.08355713, 0.007522583, 0.004295349) * v0_6.w;
        h0_2 += HVEC4(-0.15319824, 0.06719971, -0.114746094, 0.076538086) * v0_7.x;
        h0_2 += HVEC4(-0.11657715, 0.10571289, -0.09552002, 0.012374878) * v0_7.y;
        h0_2 += HVEC4(-0.031188965, -0.21850586, 0.19384766, -0.0519104) * v0_7.z;
        h0_2 += HVEC4(0.046051025, -0.017364502, -0.037384033, -0.04550171) * v0_7.w;
        h0_3 += HVEC4(0.03894043, -0.014289856, 0.030197144, -0.07232666) * v0_6.x;
        h0_3 += HVEC4(0.14111328, -0.07067871, 0.014076233, 0.07006836) * v0_6.y;
        h0_3 += HVEC4(-0.0087890625, 0.06323242, -0.00082969666, -0.09313965) * v0_6.z;
        h0_3 += HVEC4(0.06341553, -0.006778717, -0.0121154785, 0.07366943) * v0_6.w;
        h0_3 += HVEC4(-0.062042236, 0.070739746, -0.011550903, -0.15209961) * v0_7.x;
        h0_3 += HVEC4(-0.08520508, -0.010787964, -0.0074157715, -0.09197998) * v0_7.y;
        h0_3 += HVEC4(0.05630493, -0.09844971, 0.028121948, -0.06149292) * v0_7.z;
        h0_3 += HVEC4(0.02406311, 0.08074951, 0.0005378723, -0.054382324) * v0_7.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 69]);
        HVEC4 v0_7 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.052337646, 0.016937256, -0.05505371, 0.25805664) * v0_6.x;
        h0_0 += HVEC4(0.04244995, -0.043151855, -0.015731812, 0.034698486) * v0_6.y;
        h0_0 += HVEC4(-0.10253906, -0.096069336, -0.12646484, -0.06109619) * v0_6.z;
        h0_0 += HVEC4(0.025756836, 0.011711121, -0.12512207, 0.013343811) * v0_6.w;
        h0_0 += HVEC4(0.2232666, -0.05758667, 0.124938965, 0.0715332) * v0_7.x;
        h0_0 += HVEC4(0.030532837, 0.03677368, -0.121154785, 0.26831055) * v0_7.y;
        h0_0 += HVEC4(-0.021499634, -0.13952637, 0.07244873, 0.46728516) * v0_7.z;
        h0_0 += HVEC4(0.019302368, 0.0047035217, -0.002374649, -0.11126709) * v0_7.w;
        h0_1 += HVEC4(0.019622803, -0.10473633, 0.015853882, 0.064819336) * v0_6.x;
        h0_1 += HVEC4(-0.0024642944, 0.24206543, -0.016860962, -0.004940033) * v0_6.y;
        h0_1 += HVEC4(-0.0023536682, -0.21459961, 0.0211792, 0.010543823) * v0_6.z;
        h0_1 += HVEC4(0.054351807, -0.07702637, 0.17407227, 0.010116577) * v0_6.w;
        h0_1 += HVEC4(-0.02810669, 0.26635742, -0.04144287, -0.12512207) * v0_7.x;
        h0_1 += HVEC4(0.060638428, 0.18286133, -0.023971558, -0.06530762) * v0_7.y;
        h0_1 += HVEC4(0.13256836, -0.22998047, 0.03363037, 0.14294434) * v0_7.z;
        h0_1 += HVEC4(0.042022705, -0.06451416, 0.0047683716, 0.062438965) * v0_7.w;
        h0_2 += HVEC4(0.021392822, 0.06573486, 0.015701294, 0.04763794) * v0_6.x;
        h0_2 += HVEC4(0.12658691, -0.18078613, -0.052368164, -0.06109619) * v0_6.y;
        h0_2 += HVEC4(0.12890625, 0.32495117, -0.21911621, -0.0826416) * v0_6.z;
        h0_2 += HVEC4(-0.050201416, -0.11456299, -0.014289856, -0.024154663) * v0_6.w;
        h0_2 += HVEC4(-0.028579712, -0.2722168, 0.13476562, -0.027786255) * v0_7.x;
        h0_2 += HVEC4(0.2163086, -0.013313293, -0.047821045, -0.0692749) * v0_7.y;
        h0_2 += HVEC4(-0.33691406, 0.21838379, 0.028533936, -0.008270264) * v0_7.z;
        h0_2 += HVEC4(-0.026535034, 0.060028076, -0.068725586, 0.058441162) * v0_7.w;
        h0_3 += HVEC4(-0.046569824, -0.058898926, -0.045532227, 0.07574463) * v0_6.x;
        h0_3 += HVEC4(-0.015014648, 0.054016113, 0.00970459, 0.10394287) * v0_6.y;
        h0_3 += HVEC4(0.12597656, 0.11431885, -0.014160156, 0.10028076) * v0_6.z;
        h0_3 += HVEC4(-0.028152466, -0.0038776398, 0.053253174, 0.17456055) * v0_6.w;
        h0_3 += HVEC4(-0.045440674, -0.08654785, 0.11669922, -0.07409668) * v0_7.x;
        h0_3 += HVEC4(-0.08258057, -0.0064430237, -0.0021839142, 0.054107666) * v0_7.y;
        h0_3 += HVEC4(-0.0680542, 0.06335449, -0.026046753, -0.1763916) * v0_7.z;
        h0_3 += HVEC4(0.009674072, -0.0026874542, 0.042877197, 0.01864624) * v0_7.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 70]);
        HVEC4 v0_7 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.06188965, -0.07733154, -0.0052223206, -0.05102539) * v0_6.x;
        h0_0 += HVEC4(0.019302368, 0.027008057, -0.041168213, 0.0098724365) * v0_6.y;
        h0_0 += HVEC4(0.09088135, -0.030090332, -0.062347412, -0.55615234) * v0_6.z;
        h0_0 += HVEC4(0.047088623, -0.034332275, 0.056152344, -0.20031738) * v0_6.w;
        h0_0 += HVEC4(-0.033081055, -0.0041503906, 0.004951477, 0.0793457) * v0_7.x;
        h0_0 += HVEC4(0.07940674, 0.00983429, 0.034729004, 0.049926758) * v0_7.y;
        h0_0 += HVEC4(0.11151123, 0.025878906, -0.13586426, -0.0011739731) * v0_7.z;
        h0_0 += HVEC4(0.022277832, -0.002407074, 0.01184845, -0.018966675) * v0_7.w;
        h0_1 += HVEC4(-0.085876465, -0.1060791, -0.0023612976, 0.046539307) * v0_6.x;
        h0_1 += HVEC4(0.024093628, 0.024505615, -0.030883789, -0.03515625) * v0_6.y;
        h0_1 += HVEC4(0.040863037, 0.032470703, 0.0005455017, -0.04928589) * v0_6.z;
        h0_1 += HVEC4(0.04763794, -0.059417725, 0.045684814, -0.1586914) * v0_6.w;
        h0_1 += HVEC4(-0.009437561, -0.06021118, -0.0005559921, 0.089416504) * v0_7.x;
        h0_1 += HVEC4(0.065979004, -0.04006958, -0.02609253, -0.008453369) * v0_7.y;
        h0_1 += HVEC4(-0.024093628, -0.57177734, 0.026947021, 0.00982666) * v0_7.z;
        h0_1 += HVEC4(-0.010124207, 0.015991211, -0.015586853, -0.030197144) * v0_7.w;
        h0_2 += HVEC4(-0.08862305, -0.012435913, 0.09320068, 0.01499939) * v0_6.x;
        h0_2 += HVEC4(0.022781372, 0.021972656, -0.08746338, 0.021484375) * v0_6.y;
        h0_2 += HVEC4(-0.026397705, 0.16442871, -0.052886963, -0.022857666) * v0_6.z;
        h0_2 += HVEC4(-0.1586914, 0.08984375, 0.01852417, -0.05078125) * v0_6.w;
        h0_2 += HVEC4(-0.021942139, 0.03918457, 0.060424805, 0.055358887) * v0_7.x;
        h0_2 += HVEC4(-0.06378174, -0.033050537, 0.03652954, -0.02558899) * v0_7.y;
        h0_2 += HVEC4(0.0713501, -0.1673584, -0.054382324, 0.047851562) * v0_7.z;
        h0_2 += HVEC4(0.0051574707, -0.021560669, 0.038391113, -0.023406982) * v0_7.w;
        h0_3 += HVEC4(0.016021729, -0.0024375916, 0.0079574585, 0.03878784) * v0_6.x;
        h0_3 += HVEC4(-0.0015449524, -0.031829834, -0.01776123, 0.0053482056) * v0_6.y;
        h0_3 += HVEC4(-0.026062012, 0.015304565, -0.011383057, 0.2927246) * v0_6.z;
        h0_3 += HVEC4(0.115112305, -0.044311523, 0.002357483, -0.35888672) * v0_6.w;
        h0_3 += HVEC4(0.11895752, 0.0042533875, 0.06732178, 0.045776367) * v0_7.x;
        h0_3 += HVEC4(-0.04360962, 0.0071029663, 0.011260986, -0.013710022) * v0_7.y;
        h0_3 += HVEC4(-0.055603027, -0.07324219, 0.0637207, -0.0949707) * v0_7.z;
        h0_3 += HVEC4(-0.013313293, -0.04220581, -0.02583313, 0.012107849) * v0_7.w;
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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[680];

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
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
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

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_0_1 = texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_1_1 = texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.06365967, 0.015357971, 0.026947021, 0.2409668) * v0_0.x;
        h0_0 += HVEC4(0.04309082, -0.014343262, 0.03881836, -0.02470398) * v0_0.y;
        h0_0 += HVEC4(0.02029419, -0.03363037, -0.19909668, -0.057739258) * v0_0.z;
        h0_0 += HVEC4(0.05432129, 0.006259918, 0.048583984, 0.11413574) * v0_0.w;
        h0_0 += HVEC4(0.05038452, -0.010154724, -0.027862549, 0.2770996) * v0_1.x;
        h0_0 += HVEC4(-0.04763794, -0.017028809, 0.107543945, -0.16967773) * v0_1.y;
        h0_0 += HVEC4(-0.043823242, -0.012710571, -0.030426025, -0.3232422) * v0_1.z;
        h0_0 += HVEC4(-0.06768799, 0.0048675537, 0.022247314, 0.00033426285) * v0_1.w;
        h0_1 += HVEC4(-0.019744873, -0.015235901, 0.34765625, 0.024353027) * v0_0.x;
        h0_1 += HVEC4(0.048614502, 0.008132935, 0.13293457, 0.032318115) * v0_0.y;
        h0_1 += HVEC4(0.0287323, -0.07745361, 0.08935547, -0.053253174) * v0_0.z;
        h0_1 += HVEC4(-0.010536194, -0.012054443, 0.13476562, 0.04324341) * v0_0.w;
        h0_1 += HVEC4(0.04953003, -0.03579712, -0.41918945, -0.0725708) * v0_1.x;
        h0_1 += HVEC4(0.049682617, -0.0073928833, -0.26464844, -0.036956787) * v0_1.y;
        h0_1 += HVEC4(0.114746094, 0.0066604614, 0.04498291, -0.045898438) * v0_1.z;
        h0_1 += HVEC4(0.034973145, 0.02911377, 0.091430664, 0.10650635) * v0_1.w;
        h0_2 += HVEC4(-0.028533936, -0.034179688, 0.0012578964, -0.019256592) * v0_0.x;
        h0_2 += HVEC4(0.010032654, -0.0037002563, 0.007045746, 0.010566711) * v0_0.y;
        h0_2 += HVEC4(-0.046661377, 0.00019395351, -0.0022678375, -0.010482788) * v0_0.z;
        h0_2 += HVEC4(0.059020996, 0.012687683, -0.00491333, 0.0014152527) * v0_0.w;
        h0_2 += HVEC4(0.00674057, -0.014968872, -0.0034980774, -0.014350891) * v0_1.x;
        h0_2 += HVEC4(0.05328369, 0.017807007, 0.0056381226, 0.018356323) * v0_1.y;
        h0_2 += HVEC4(-0.027816772, -0.021896362, -0.01763916, -0.010246277) * v0_1.z;
        h0_2 += HVEC4(0.117126465, 0.016174316, 0.00289917, -0.0060920715) * v0_1.w;
        h0_3 += HVEC4(-0.07104492, -0.0035991669, -0.006603241, -0.001244545) * v0_0.x;
        h0_3 += HVEC4(0.050476074, -0.02217102, 0.016281128, 0.0015535355) * v0_0.y;
        h0_3 += HVEC4(-0.08068848, -0.021255493, -0.003490448, -0.001789093) * v0_0.z;
        h0_3 += HVEC4(-0.004676819, -0.025558472, -0.0070152283, -0.0011644363) * v0_0.w;
        h0_3 += HVEC4(-0.10253906, 0.022872925, -0.00248909, -0.0025596619) * v0_1.x;
        h0_3 += HVEC4(-0.011138916, 0.03390503, 0.026992798, -0.003293991) * v0_1.y;
        h0_3 += HVEC4(0.010040283, 0.031280518, -0.010559082, -0.0007543564) * v0_1.z;
        h0_3 += HVEC4(-0.04296875, 0.04458618, 0.009483337, 0.0036735535) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.050109863, 0.024337769, -0.03656006, 0.13916016) * v0_0.x;
        h0_0 += HVEC4(-0.11291504, -0.0036334991, -0.12670898, 0.40673828) * v0_0.y;
        h0_0 += HVEC4(-0.09979248, 0.060028076, 0.07104492, -0.17150879) * v0_0.z;
        h0_0 += HVEC4(-0.078063965, -0.022109985, 0.028289795, -0.43408203) * v0_0.w;
        h0_0 += HVEC4(-0.03829956, -0.023605347, -0.0037994385, -0.10638428) * v0_1.x;
        h0_0 += HVEC4(0.107788086, 0.022201538, 0.07678223, -0.33032227) * v0_1.y;
        h0_0 += HVEC4(0.08905029, 0.005455017, -0.076538086, 0.25073242) * v0_1.z;
        h0_0 += HVEC4(-0.04827881, -0.028686523, -0.054901123, -0.43847656) * v0_1.w;
        h0_1 += HVEC4(0.008872986, -0.02268982, -0.32910156, -0.06390381) * v0_0.x;
        h0_1 += HVEC4(-0.20996094, -0.08892822, 0.02949524, -0.0574646) * v0_0.y;
        h0_1 += HVEC4(-0.0029964447, -0.097961426, -0.10839844, -0.12219238) * v0_0.z;
        h0_1 += HVEC4(-0.005306244, 0.10668945, -0.19750977, 0.012802124) * v0_0.w;
        h0_1 += HVEC4(-0.0007195473, -0.039245605, -0.42382812, -0.025970459) * v0_1.x;
        h0_1 += HVEC4(0.03665161, 0.07006836, -0.17529297, 0.09161377) * v0_1.y;
        h0_1 += HVEC4(0.05432129, -0.08203125, -0.2734375, -0.06536865) * v0_1.z;
        h0_1 += HVEC4(0.059265137, 0.09979248, -0.010688782, 0.011398315) * v0_1.w;
        h0_2 += HVEC4(-0.049926758, -0.04837036, 0.007499695, -0.022369385) * v0_0.x;
        h0_2 += HVEC4(-0.07714844, 0.018615723, 0.0002477169, -0.024108887) * v0_0.y;
        h0_2 += HVEC4(0.015808105, -0.03857422, 0.017852783, -0.02458191) * v0_0.z;
        h0_2 += HVEC4(-0.017868042, 0.025405884, 0.009986877, -0.003993988) * v0_0.w;
        h0_2 += HVEC4(-0.072631836, -0.062469482, 0.009338379, -0.0072250366) * v0_1.x;
        h0_2 += HVEC4(-0.051879883, 0.07977295, -0.0289917, 0.05142212) * v0_1.y;
        h0_2 += HVEC4(-0.0035762787, -0.0413208, 0.017501831, 0.031311035) * v0_1.z;
        h0_2 += HVEC4(-0.015159607, -0.052093506, 0.0056152344, -0.039611816) * v0_1.w;
        h0_3 += HVEC4(-0.13928223, 0.02684021, -0.02053833, 8.696318e-05) * v0_0.x;
        h0_3 += HVEC4(0.022155762, 0.03488159, 0.014846802, 0.015068054) * v0_0.y;
        h0_3 += HVEC4(-0.099853516, -0.107910156, 0.023483276, 0.010673523) * v0_0.z;
        h0_3 += HVEC4(-0.13537598, 0.08325195, -0.011314392, -0.0018253326) * v0_0.w;
        h0_3 += HVEC4(-0.32006836, -0.08074951, 0.024917603, 0.008781433) * v0_1.x;
        h0_3 += HVEC4(0.03878784, -0.042144775, 0.03668213, 0.0066871643) * v0_1.y;
        h0_3 += HVEC4(0.047332764, -0.08728027, 0.023101807, 0.007221222) * v0_1.z;
        h0_3 += HVEC4(-0.1328125, 0.0036201477, -0.0031776428, -0.00969696) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.0012435913, 0.010520935, 0.058776855, 0.07977295) * v0_0.x;
        h0_0 += HVEC4(-0.066467285, 0.07318115, 0.18676758, -0.19006348) * v0_0.y;
        h0_0 += HVEC4(-0.1772461, -0.0063171387, -0.15344238, -0.6176758) * v0_0.z;
        h0_0 += HVEC4(0.07897949, 0.011383057, -0.07055664, 0.17785645) * v0_0.w;
        h0_0 += HVEC4(0.095581055, -0.009765625, 0.005584717, 0.69091797) * v0_1.x;
        h0_0 += HVEC4(0.0143966675, -0.0256958, -0.24182129, -0.12384033) * v0_1.y;
        h0_0 += HVEC4(0.008644104, 0.006828308, -0.06903076, 0.025283813) * v0_1.z;
        h0_0 += HVEC4(-0.017303467, -0.031799316, -0.07458496, -0.20471191) * v0_1.w;
        h0_1 += HVEC4(-0.009140015, 0.018951416, 0.46557617, -0.059020996) * v0_0.x;
        h0_1 += HVEC4(0.011955261, 0.08062744, 0.13049316, 0.04168701) * v0_0.y;
        h0_1 += HVEC4(-0.004295349, -0.011100769, -0.0048561096, -0.012237549) * v0_0.z;
        h0_1 += HVEC4(-0.01096344, -0.06762695, 0.123413086, -0.020874023) * v0_0.w;
        h0_1 += HVEC4(0.013771057, 0.0041236877, -0.2241211, -0.033721924) * v0_1.x;
        h0_1 += HVEC4(-0.0037956238, -0.10217285, -0.19226074, -0.024276733) * v0_1.y;
        h0_1 += HVEC4(-0.001373291, -0.030578613, -0.6611328, -0.004627228) * v0_1.z;
        h0_1 += HVEC4(-0.0070114136, -0.072021484, 0.5175781, -0.006454468) * v0_1.w;
        h0_2 += HVEC4(-0.013519287, -0.037628174, -0.005054474, -0.021957397) * v0_0.x;
        h0_2 += HVEC4(0.055023193, 0.018371582, -0.067993164, -0.0067253113) * v0_0.y;
        h0_2 += HVEC4(-0.09039307, -0.018218994, 0.0124053955, -0.011703491) * v0_0.z;
        h0_2 += HVEC4(0.026748657, -0.025131226, 0.0019683838, 0.0036792755) * v0_0.w;
        h0_2 += HVEC4(-0.06304932, 0.0006928444, -0.016235352, 0.0055236816) * v0_1.x;
        h0_2 += HVEC4(-0.0058631897, -0.056549072, 0.016021729, 0.013031006) * v0_1.y;
        h0_2 += HVEC4(-0.077941895, 0.021636963, 0.013114929, 0.019927979) * v0_1.z;
        h0_2 += HVEC4(0.07489014, 0.010246277, -0.004070282, -1.5497208e-05) * v0_1.w;
        h0_3 += HVEC4(-0.06451416, 0.027114868, -0.008743286, 0.0031795502) * v0_0.x;
        h0_3 += HVEC4(-0.033966064, -0.06707764, 0.03857422, 0.042419434) * v0_0.y;
        h0_3 += HVEC4(-0.11871338, 0.01361084, -0.036499023, -0.01576233) * v0_0.z;
        h0_3 += HVEC4(-0.011383057, -0.059509277, 0.00844574, 0.0015287399) * v0_0.w;
        h0_3 += HVEC4(-0.12030029, 0.0059013367, -0.0064811707, -0.0073547363) * v0_1.x;
        h0_3 += HVEC4(0.0026435852, -0.024505615, -0.010261536, -0.0024166107) * v0_1.y;
        h0_3 += HVEC4(0.01966858, 0.011672974, 0.014854431, -0.010757446) * v0_1.z;
        h0_3 += HVEC4(-0.093566895, 0.009315491, 0.015602112, 0.004383087) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 34]);
        HVEC4 v0_1 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.051635742, 0.013694763, -0.05621338, -0.21166992) * v0_0.x;
        h0_0 += HVEC4(0.043060303, -0.013458252, 0.096191406, 0.15673828) * v0_0.y;
        h0_0 += HVEC4(0.020843506, -0.004989624, -0.3215332, -0.028533936) * v0_0.z;
        h0_0 += HVEC4(0.06524658, 0.014663696, -0.0038776398, -0.024002075) * v0_0.w;
        h0_0 += HVEC4(0.020217896, 0.006587982, 0.0038928986, -0.047943115) * v0_1.x;
        h0_0 += HVEC4(0.038391113, 0.011657715, -0.19824219, 0.24621582) * v0_1.y;
        h0_0 += HVEC4(-0.08972168, -0.015525818, -0.083496094, -0.07104492) * v0_1.z;
        h0_0 += HVEC4(0.004337311, 0.05996704, 0.06365967, 0.05343628) * v0_1.w;
        h0_1 += HVEC4(0.013160706, 0.00447464, 0.012413025, -0.036499023) * v0_0.x;
        h0_1 += HVEC4(-0.0848999, -0.019821167, -0.1739502, -0.13452148) * v0_0.y;
        h0_1 += HVEC4(0.036865234, 0.003786087, 0.002313614, -0.04385376) * v0_0.z;
        h0_1 += HVEC4(0.00020992756, -0.019515991, -0.11895752, -0.017456055) * v0_0.w;
        h0_1 += HVEC4(0.033325195, 0.033691406, -0.08239746, -0.08605957) * v0_1.x;
        h0_1 += HVEC4(-0.057556152, -0.05203247, -0.15466309, -0.24511719) * v0_1.y;
        h0_1 += HVEC4(0.061828613, -0.033081055, -0.06390381, -0.051086426) * v0_1.z;
        h0_1 += HVEC4(0.058135986, 0.06549072, -0.32836914, 0.14831543) * v0_1.w;
        h0_2 += HVEC4(-0.031143188, 0.03591919, -0.009681702, 0.035583496) * v0_0.x;
        h0_2 += HVEC4(-0.05090332, -0.0052986145, -0.012962341, 0.049438477) * v0_0.y;
        h0_2 += HVEC4(0.014076233, -0.0079956055, 0.0006322861, 0.0014123917) * v0_0.z;
        h0_2 += HVEC4(-0.08648682, -0.03201294, -0.017623901, -0.0058250427) * v0_0.w;
        h0_2 += HVEC4(-0.05340576, -0.02848816, 0.017288208, -0.0062179565) * v0_1.x;
        h0_2 += HVEC4(-0.116760254, -0.006729126, -0.010681152, 0.006690979) * v0_1.y;
        h0_2 += HVEC4(0.015991211, -0.03668213, 0.012214661, 0.013877869) * v0_1.z;
        h0_2 += HVEC4(-0.03652954, 0.037078857, -0.026763916, -0.018600464) * v0_1.w;
        h0_3 += HVEC4(0.032928467, 0.050811768, 0.0019197464, 0.0019416809) * v0_0.x;
        h0_3 += HVEC4(0.07299805, 0.025909424, -0.031951904, -0.023605347) * v0_0.y;
        h0_3 += HVEC4(0.020477295, -0.024551392, -0.027038574, 0.00037431717) * v0_0.z;
        h0_3 += HVEC4(0.025100708, 0.012825012, 0.0043029785, -0.001414299) * v0_0.w;
        h0_3 += HVEC4(-0.072387695, 0.0096588135, 0.023330688, -0.0057373047) * v0_1.x;
        h0_3 += HVEC4(-0.039001465, -0.059265137, 0.030670166, -0.006340027) * v0_1.y;
        h0_3 += HVEC4(-0.024017334, -0.059020996, 0.017623901, 0.0019493103) * v0_1.z;
        h0_3 += HVEC4(0.022109985, -0.0022010803, -0.00090646744, -0.0035934448) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 35]);
        HVEC4 v0_1 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.009712219, 0.04244995, -0.08642578, 0.04031372) * v0_0.x;
        h0_0 += HVEC4(0.11639404, -0.10443115, 0.2878418, 0.00522995) * v0_0.y;
        h0_0 += HVEC4(0.047943115, 0.01663208, -0.44018555, 0.09552002) * v0_0.z;
        h0_0 += HVEC4(-0.121520996, -0.006298065, 0.074523926, -0.014625549) * v0_0.w;
        h0_0 += HVEC4(0.07299805, 0.033233643, 0.13708496, 0.0869751) * v0_1.x;
        h0_0 += HVEC4(-0.27441406, -0.036834717, -0.10821533, -0.03286743) * v0_1.y;
        h0_0 += HVEC4(0.06896973, 0.025360107, -0.07543945, -0.1796875) * v0_1.z;
        h0_0 += HVEC4(-0.13903809, -0.051574707, -0.11291504, -0.14001465) * v0_1.w;
        h0_1 += HVEC4(0.0071868896, -0.017959595, 0.095825195, 0.048095703) * v0_0.x;
        h0_1 += HVEC4(-0.040100098, 0.14550781, 0.015419006, 0.15881348) * v0_0.y;
        h0_1 += HVEC4(0.03010559, -0.026473999, 0.27197266, -0.04949951) * v0_0.z;
        h0_1 += HVEC4(-0.006011963, -0.04953003, 0.16369629, -0.030029297) * v0_0.w;
        h0_1 += HVEC4(0.021881104, -0.115356445, -0.40478516, 0.0049057007) * v0_1.x;
        h0_1 += HVEC4(-0.02330017, 0.0068130493, -0.13305664, -0.03302002) * v0_1.y;
        h0_1 += HVEC4(0.031707764, -0.005027771, 0.20605469, -0.032196045) * v0_1.z;
        h0_1 += HVEC4(-0.00020647049, -0.07098389, -0.47607422, -0.09136963) * v0_1.w;
        h0_2 += HVEC4(0.018692017, -0.019165039, -0.010292053, 0.019943237) * v0_0.x;
        h0_2 += HVEC4(0.17895508, 0.11218262, 0.23547363, 0.21594238) * v0_0.y;
        h0_2 += HVEC4(-0.16467285, -0.095825195, 0.022705078, 0.10046387) * v0_0.z;
        h0_2 += HVEC4(0.1083374, -0.038391113, 0.0017814636, 0.051452637) * v0_0.w;
        h0_2 += HVEC4(-0.14440918, -0.12097168, 0.008651733, -0.0048561096) * v0_1.x;
        h0_2 += HVEC4(0.013153076, 0.11193848, 0.26635742, 0.01537323) * v0_1.y;
        h0_2 += HVEC4(-0.16308594, -0.049835205, 0.062347412, 0.08947754) * v0_1.z;
        h0_2 += HVEC4(0.19885254, -0.15527344, -0.009880066, -0.015945435) * v0_1.w;
        h0_3 += HVEC4(0.027679443, -0.18981934, 0.0047721863, 0.0056915283) * v0_0.x;
        h0_3 += HVEC4(0.3137207, -0.0070762634, 0.022567749, -0.04953003) * v0_0.y;
        h0_3 += HVEC4(0.0871582, -0.047180176, -0.072021484, -0.00617218) * v0_0.z;
        h0_3 += HVEC4(0.15930176, -0.10247803, 0.047698975, 0.0070762634) * v0_0.w;
        h0_3 += HVEC4(-0.24743652, -0.111206055, -0.074279785, 0.012626648) * v0_1.x;
        h0_3 += HVEC4(-0.03277588, 0.014877319, -0.06536865, -0.010597229) * v0_1.y;
        h0_3 += HVEC4(-0.15148926, 0.032043457, -0.008972168, -0.0061416626) * v0_1.z;
        h0_3 += HVEC4(0.1274414, -0.06896973, -0.031463623, 0.013771057) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.049591064, 0.011917114, -0.12384033, -0.21606445) * v0_0.x;
        h0_0 += HVEC4(0.16137695, 0.22790527, 0.030883789, 0.08514404) * v0_0.y;
        h0_0 += HVEC4(-0.31274414, -0.13964844, -0.085510254, -0.56933594) * v0_0.z;
        h0_0 += HVEC4(0.014129639, 0.025558472, -0.10522461, -0.05984497) * v0_0.w;
        h0_0 += HVEC4(0.095458984, 0.08520508, 0.014808655, 0.24938965) * v0_1.x;
        h0_0 += HVEC4(0.09320068, 0.01361084, -0.33691406, 0.22766113) * v0_1.y;
        h0_0 += HVEC4(-0.04840088, 0.036499023, 0.03253174, -0.10119629) * v0_1.z;
        h0_0 += HVEC4(0.0002053976, 0.049804688, -0.09240723, 0.15588379) * v0_1.w;
        h0_1 += HVEC4(0.009590149, 0.005279541, -0.099487305, 0.019851685) * v0_0.x;
        h0_1 += HVEC4(-0.001709938, -0.0056991577, 0.21813965, -0.01828003) * v0_0.y;
        h0_1 += HVEC4(0.0066986084, -0.06695557, -0.18481445, -0.012748718) * v0_0.z;
        h0_1 += HVEC4(-0.005241394, 0.012191772, -0.22595215, 0.027404785) * v0_0.w;
        h0_1 += HVEC4(-0.0025310516, 0.013175964, -0.20617676, -0.02709961) * v0_1.x;
        h0_1 += HVEC4(-6.657839e-05, 0.014633179, -0.013671875, 0.010650635) * v0_1.y;
        h0_1 += HVEC4(-0.0045280457, -0.034423828, -0.048309326, -0.009422302) * v0_1.z;
        h0_1 += HVEC4(0.00019657612, 0.024963379, -0.25976562, -0.023483276) * v0_1.w;
        h0_2 += HVEC4(-0.03265381, -0.035217285, -0.009017944, 0.03186035) * v0_0.x;
        h0_2 += HVEC4(0.0463562, -0.009933472, -0.059570312, -0.04309082) * v0_0.y;
        h0_2 += HVEC4(-0.07873535, -0.03137207, -0.037384033, 0.03994751) * v0_0.z;
        h0_2 += HVEC4(-0.07922363, 0.014205933, -0.012992859, 0.017196655) * v0_0.w;
        h0_2 += HVEC4(-0.020629883, 0.002506256, 0.03439331, -0.0027427673) * v0_1.x;
        h0_2 += HVEC4(-0.08050537, -0.02734375, 0.018493652, 0.060943604) * v0_1.y;
        h0_2 += HVEC4(-0.036315918, -0.070007324, 0.008270264, 0.055267334) * v0_1.z;
        h0_2 += HVEC4(-0.064453125, 0.023895264, -0.009208679, 0.04144287) * v0_1.w;
        h0_3 += HVEC4(0.04611206, -0.032287598, 0.007972717, -0.003211975) * v0_0.x;
        h0_3 += HVEC4(0.03543091, 0.083496094, -0.04244995, -0.22961426) * v0_0.y;
        h0_3 += HVEC4(0.016693115, -0.17919922, 0.043640137, -0.012229919) * v0_0.z;
        h0_3 += HVEC4(0.055786133, 0.050567627, 0.0047302246, -0.0015630722) * v0_0.w;
        h0_3 += HVEC4(0.07043457, 0.020706177, 0.021072388, 0.012634277) * v0_1.x;
        h0_3 += HVEC4(-0.0068855286, 0.012275696, 0.016693115, 0.030090332) * v0_1.y;
        h0_3 += HVEC4(-0.103149414, -0.07208252, -0.0047798157, 0.00057697296) * v0_1.z;
        h0_3 += HVEC4(0.1328125, 0.036865234, 0.03918457, 0.00995636) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 68]);
        HVEC4 v0_1 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.082092285, 0.0056648254, -0.11199951, 0.06665039) * v0_0.x;
        h0_0 += HVEC4(0.07318115, 0.0028877258, -0.17443848, 0.22290039) * v0_0.y;
        h0_0 += HVEC4(-0.05923462, -0.032989502, 0.033294678, -0.12237549) * v0_0.z;
        h0_0 += HVEC4(-0.0035800934, 0.0042381287, -0.107421875, 0.13122559) * v0_0.w;
        h0_0 += HVEC4(-0.04522705, -0.0057411194, -0.017150879, -0.26171875) * v0_1.x;
        h0_0 += HVEC4(0.13830566, 0.00869751, -0.31298828, 0.16687012) * v0_1.y;
        h0_0 += HVEC4(-0.07385254, -0.03225708, -0.01133728, -0.15283203) * v0_1.z;
        h0_0 += HVEC4(0.09387207, 0.0049972534, -0.015930176, -0.03387451) * v0_1.w;
        h0_1 += HVEC4(-0.008117676, 0.013282776, 0.19238281, -0.0927124) * v0_0.x;
        h0_1 += HVEC4(0.0067749023, 0.0015897751, -0.0023002625, -0.011909485) * v0_0.y;
        h0_1 += HVEC4(-0.0042877197, -0.016677856, 0.004863739, -0.07556152) * v0_0.z;
        h0_1 += HVEC4(-0.0041656494, -0.005836487, -0.018432617, -0.016799927) * v0_0.w;
        h0_1 += HVEC4(0.012329102, -0.021957397, -0.057373047, -0.05041504) * v0_1.x;
        h0_1 += HVEC4(0.02583313, 0.0017490387, 0.02319336, 0.105407715) * v0_1.y;
        h0_1 += HVEC4(0.010818481, 0.014198303, -0.03149414, -0.035125732) * v0_1.z;
        h0_1 += HVEC4(-0.0071983337, -0.012626648, -0.07525635, 0.028335571) * v0_1.w;
        h0_2 += HVEC4(-0.14147949, -0.026306152, 0.013153076, -0.011001587) * v0_0.x;
        h0_2 += HVEC4(0.010620117, 0.045684814, -0.0209198, 0.010406494) * v0_0.y;
        h0_2 += HVEC4(0.004436493, -0.023162842, 0.010513306, -0.01586914) * v0_0.z;
        h0_2 += HVEC4(-0.0068206787, 0.0178833, -0.0033607483, -0.0019416809) * v0_0.w;
        h0_2 += HVEC4(-0.0005249977, -0.0059661865, -0.0010795593, 0.023956299) * v0_1.x;
        h0_2 += HVEC4(-0.040740967, -0.030960083, 0.020355225, -0.005039215) * v0_1.y;
        h0_2 += HVEC4(-0.044067383, -0.0017318726, 0.011672974, -0.0011892319) * v0_1.z;
        h0_2 += HVEC4(0.08428955, -0.02192688, 0.0027561188, 0.00040888786) * v0_1.w;
        h0_3 += HVEC4(-0.029510498, -0.05355835, 0.012718201, 0.002746582) * v0_0.x;
        h0_3 += HVEC4(0.017654419, 0.048950195, -0.017486572, -0.003490448) * v0_0.y;
        h0_3 += HVEC4(-0.029708862, -0.012107849, -0.00111866, -0.0005078316) * v0_0.z;
        h0_3 += HVEC4(-0.037841797, 0.022521973, 0.0014104843, 0.0011825562) * v0_0.w;
        h0_3 += HVEC4(-0.033447266, -0.053771973, -0.006416321, 0.0010976791) * v0_1.x;
        h0_3 += HVEC4(0.026550293, 0.0015945435, 0.017166138, 0.0053100586) * v0_1.y;
        h0_3 += HVEC4(-0.040802002, 0.021072388, -0.010292053, -0.00932312) * v0_1.z;
        h0_3 += HVEC4(-0.04937744, -0.0050964355, 0.016998291, -0.006351471) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 69]);
        HVEC4 v0_1 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.09277344, 0.024810791, 0.05215454, 0.24084473) * v0_0.x;
        h0_0 += HVEC4(-0.13635254, -0.07373047, 0.19506836, 0.22363281) * v0_0.y;
        h0_0 += HVEC4(-0.13708496, -0.005683899, -0.17138672, 0.062438965) * v0_0.z;
        h0_0 += HVEC4(0.054382324, 0.031082153, -0.0009584427, 0.1463623) * v0_0.w;
        h0_0 += HVEC4(0.17297363, -0.007858276, -0.09515381, 0.20153809) * v0_1.x;
        h0_0 += HVEC4(-0.12780762, -0.031341553, 0.14294434, -0.6381836) * v0_1.y;
        h0_0 += HVEC4(0.07836914, 0.024765015, -0.020309448, -0.085632324) * v0_1.z;
        h0_0 += HVEC4(0.06161499, -0.07513428, -0.0053749084, -0.45141602) * v0_1.w;
        h0_1 += HVEC4(0.0038490295, -0.0064048767, -0.23217773, -0.06463623) * v0_0.x;
        h0_1 += HVEC4(-0.00016093254, -0.011734009, -0.03817749, -0.05340576) * v0_0.y;
        h0_1 += HVEC4(-0.002664566, 0.0012454987, 0.056884766, 0.01146698) * v0_0.z;
        h0_1 += HVEC4(-0.0038318634, 0.02520752, -0.011047363, 0.017501831) * v0_0.w;
        h0_1 += HVEC4(0.0030574799, 0.020736694, -0.03466797, -0.04058838) * v0_1.x;
        h0_1 += HVEC4(-0.013244629, 0.010398865, -0.017425537, -0.010437012) * v0_1.y;
        h0_1 += HVEC4(-0.00447464, -0.032318115, 0.0099105835, -0.057678223) * v0_1.z;
        h0_1 += HVEC4(0.009300232, 0.014221191, 0.014328003, 0.060791016) * v0_1.w;
        h0_2 += HVEC4(-0.07684326, -0.016616821, 0.0039711, -0.020233154) * v0_0.x;
        h0_2 += HVEC4(0.01285553, -0.008270264, -0.018920898, 0.028762817) * v0_0.y;
        h0_2 += HVEC4(-0.032806396, 0.051635742, 0.014167786, 0.0027275085) * v0_0.z;
        h0_2 += HVEC4(-0.05493164, -0.01197052, 0.006565094, -0.006717682) * v0_0.w;
        h0_2 += HVEC4(-0.06878662, -0.036224365, 0.0060691833, 0.00459671) * v0_1.x;
        h0_2 += HVEC4(0.078308105, -0.043945312, -0.06591797, 0.022354126) * v0_1.y;
        h0_2 += HVEC4(0.0053977966, -0.018692017, 0.04559326, 0.013122559) * v0_1.z;
        h0_2 += HVEC4(-0.08630371, -0.0060157776, 0.014190674, -0.027236938) * v0_1.w;
        h0_3 += HVEC4(-0.10070801, 0.04675293, 0.0076026917, -0.0011873245) * v0_0.x;
        h0_3 += HVEC4(0.08508301, -0.025619507, -0.038513184, -0.042877197) * v0_0.y;
        h0_3 += HVEC4(0.026504517, -0.054992676, 0.023895264, -0.020370483) * v0_0.z;
        h0_3 += HVEC4(-0.054138184, 0.04812622, -0.036499023, -0.00579834) * v0_0.w;
        h0_3 += HVEC4(-0.22473145, -0.06726074, 0.049346924, 0.0038700104) * v0_1.x;
        h0_3 += HVEC4(0.04888916, -0.072631836, -0.044677734, 0.0070877075) * v0_1.y;
        h0_3 += HVEC4(-0.030731201, -0.06359863, -0.01020813, 0.0061531067) * v0_1.z;
        h0_3 += HVEC4(-0.15112305, 0.08496094, 0.024871826, -0.016326904) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 70]);
        HVEC4 v0_1 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.043395996, -0.013397217, -0.066711426, 0.09680176) * v0_0.x;
        h0_0 += HVEC4(0.07287598, 0.054901123, -0.03149414, 0.11444092) * v0_0.y;
        h0_0 += HVEC4(0.044403076, -0.037231445, -0.114746094, -0.2536621) * v0_0.z;
        h0_0 += HVEC4(-0.07507324, 0.00047135353, 0.056915283, -0.13964844) * v0_0.w;
        h0_0 += HVEC4(-0.06549072, 0.018066406, 0.0073051453, -0.41503906) * v0_1.x;
        h0_0 += HVEC4(0.02734375, 0.037353516, -0.010231018, -0.1998291) * v0_1.y;
        h0_0 += HVEC4(-0.046142578, 0.021514893, -0.06500244, -0.24353027) * v0_1.z;
        h0_0 += HVEC4(-0.009689331, 0.053771973, 0.07086182, -0.13256836) * v0_1.w;
        h0_1 += HVEC4(-0.007232666, 0.016845703, 0.25170898, -0.012054443) * v0_0.x;
        h0_1 += HVEC4(-0.0011768341, 0.016235352, -0.04144287, 0.0054130554) * v0_0.y;
        h0_1 += HVEC4(-0.0012636185, 0.025970459, 0.007843018, -0.0029964447) * v0_0.z;
        h0_1 += HVEC4(-0.007865906, 0.0023899078, 0.053253174, -0.014480591) * v0_0.w;
        h0_1 += HVEC4(0.004310608, -0.017868042, -0.04083252, 0.027297974) * v0_1.x;
        h0_1 += HVEC4(0.0054130554, 0.017303467, -0.046905518, -0.015357971) * v0_1.y;
        h0_1 += HVEC4(0.00073719025, -0.005191803, -0.111816406, -0.002418518) * v0_1.z;
        h0_1 += HVEC4(-0.005088806, -0.020233154, 0.14233398, -0.009674072) * v0_1.w;
        h0_2 += HVEC4(0.045196533, -0.04901123, 0.005836487, -0.022583008) * v0_0.x;
        h0_2 += HVEC4(-0.028915405, -0.017654419, 0.0021762848, 0.025039673) * v0_0.y;
        h0_2 += HVEC4(0.024383545, -0.0048179626, 0.013755798, 0.014801025) * v0_0.z;
        h0_2 += HVEC4(0.07434082, -0.031066895, -0.008155823, 0.004673004) * v0_0.w;
        h0_2 += HVEC4(0.012535095, -0.06286621, -0.0025253296, -0.008483887) * v0_1.x;
        h0_2 += HVEC4(0.011878967, 0.034240723, -0.0009012222, 0.026107788) * v0_1.y;
        h0_2 += HVEC4(-0.033813477, -0.042663574, 0.030548096, 0.031158447) * v0_1.z;
        h0_2 += HVEC4(0.020599365, -0.05795288, -0.020095825, -0.020889282) * v0_1.w;
        h0_3 += HVEC4(0.03265381, -0.07080078, 0.009941101, 0.059326172) * v0_0.x;
        h0_3 += HVEC4(-0.0770874, 0.030151367, 0.010047913, -2.1464844) * v0_0.y;
        h0_3 += HVEC4(-0.09094238, -0.008613586, -0.0013656616, 0.022003174) * v0_0.z;
        h0_3 += HVEC4(-0.067993164, -0.045837402, -0.017944336, 0.021896362) * v0_0.w;
        h0_3 += HVEC4(-0.018325806, -0.014785767, -0.015075684, -0.66748047) * v0_1.x;
        h0_3 += HVEC4(0.060028076, -0.01399231, -0.015396118, -1.5273438) * v0_1.y;
        h0_3 += HVEC4(0.026885986, -0.03189087, 0.008117676, -0.4333496) * v0_1.z;
        h0_3 += HVEC4(0.00217247, -0.066345215, -0.0019702911, -0.6948242) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n0_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n0_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 2..3.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_0_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_1_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.0713501, 0.0051498413, 0.015731812, 0.07086182) * v0_2.x;
        h0_0 += HVEC4(-0.08459473, -0.010261536, -0.10620117, -0.26831055) * v0_2.y;
        h0_0 += HVEC4(0.013122559, -0.025772095, 0.0016803741, -0.10015869) * v0_2.z;
        h0_0 += HVEC4(0.022583008, -0.017089844, -0.19213867, -0.22045898) * v0_2.w;
        h0_0 += HVEC4(0.028213501, 0.032836914, 0.05908203, 0.30664062) * v0_3.x;
        h0_0 += HVEC4(-0.013435364, 0.00067329407, -0.12231445, -0.101989746) * v0_3.y;
        h0_0 += HVEC4(0.038269043, 0.010375977, 0.058929443, -0.2109375) * v0_3.z;
        h0_0 += HVEC4(0.037841797, 0.012954712, 0.025283813, 0.057678223) * v0_3.w;
        h0_1 += HVEC4(-0.053009033, 0.04953003, -0.63378906, 0.080444336) * v0_2.x;
        h0_1 += HVEC4(0.025772095, 0.016998291, 0.15979004, 0.068725586) * v0_2.y;
        h0_1 += HVEC4(-0.15539551, 0.059753418, -0.49804688, 0.04928589) * v0_2.z;
        h0_1 += HVEC4(-0.05444336, 0.0005893707, -0.21240234, 0.033691406) * v0_2.w;
        h0_1 += HVEC4(-0.02885437, 0.029006958, 0.1538086, -0.004501343) * v0_3.x;
        h0_1 += HVEC4(0.10974121, -0.0692749, -0.8730469, -0.054992676) * v0_3.y;
        h0_1 += HVEC4(-0.10321045, 0.00819397, -0.02720642, -0.0066070557) * v0_3.z;
        h0_1 += HVEC4(0.016494751, 0.028808594, 0.22290039, -0.11627197) * v0_3.w;
        h0_2 += HVEC4(0.022094727, 0.03933716, -0.008407593, -0.007537842) * v0_2.x;
        h0_2 += HVEC4(0.061645508, 0.05331421, 0.013031006, 0.016052246) * v0_2.y;
        h0_2 += HVEC4(-0.00042557716, -0.043151855, 0.008651733, -0.00027513504) * v0_2.z;
        h0_2 += HVEC4(-0.05947876, 0.03289795, -0.011878967, 0.023529053) * v0_2.w;
        h0_2 += HVEC4(-0.0074691772, -0.002117157, -0.013427734, 0.0051345825) * v0_3.x;
        h0_2 += HVEC4(-0.1060791, -0.07171631, 0.011375427, -0.030136108) * v0_3.y;
        h0_2 += HVEC4(-0.008491516, 0.024887085, 0.0060272217, 0.002632141) * v0_3.z;
        h0_2 += HVEC4(-0.014434814, -0.04034424, 0.0032482147, -0.010375977) * v0_3.w;
        h0_3 += HVEC4(0.05227661, -0.00970459, -0.003627777, 0.004043579) * v0_2.x;
        h0_3 += HVEC4(-0.118774414, 0.012916565, 0.02368164, -0.0020065308) * v0_2.y;
        h0_3 += HVEC4(-0.01852417, -0.017456055, 0.02330017, -0.00048732758) * v0_2.z;
        h0_3 += HVEC4(-0.07537842, 0.0054473877, -0.011657715, -0.0034923553) * v0_2.w;
        h0_3 += HVEC4(0.061401367, 0.014450073, -0.024154663, 0.00033855438) * v0_3.x;
        h0_3 += HVEC4(-0.0068359375, 0.034362793, -0.0027446747, 0.010101318) * v0_3.y;
        h0_3 += HVEC4(0.09423828, 0.023956299, 0.019882202, 0.0009279251) * v0_3.z;
        h0_3 += HVEC4(0.013214111, 0.0010604858, 0.0039482117, -0.004749298) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.11791992, 0.00015556812, -0.045532227, -0.05819702) * v0_2.x;
        h0_0 += HVEC4(0.09100342, -0.0048179626, -0.2524414, 0.09039307) * v0_2.y;
        h0_0 += HVEC4(0.038909912, -0.0032405853, -0.07873535, 0.08117676) * v0_2.z;
        h0_0 += HVEC4(-0.012504578, -0.004070282, 0.19189453, -0.037231445) * v0_2.w;
        h0_0 += HVEC4(0.0046157837, -0.061431885, 0.023605347, 0.33251953) * v0_3.x;
        h0_0 += HVEC4(0.04925537, -0.030166626, -0.07696533, -0.16174316) * v0_3.y;
        h0_0 += HVEC4(0.08404541, -0.0039043427, -0.12927246, -0.096069336) * v0_3.z;
        h0_0 += HVEC4(0.006465912, -0.0069847107, -0.011009216, 0.08502197) * v0_3.w;
        h0_1 += HVEC4(0.0050621033, -0.14782715, -0.3774414, -0.0385437) * v0_2.x;
        h0_1 += HVEC4(-0.030456543, -0.13500977, -0.03918457, -0.089782715) * v0_2.y;
        h0_1 += HVEC4(-0.017227173, -0.28442383, -0.24743652, -0.029067993) * v0_2.z;
        h0_1 += HVEC4(0.031341553, -0.1340332, -0.38354492, -0.004611969) * v0_2.w;
        h0_1 += HVEC4(-0.040802002, 0.023010254, -0.359375, 0.006965637) * v0_3.x;
        h0_1 += HVEC4(-0.033599854, 6.788969e-05, -0.60302734, -0.021530151) * v0_3.y;
        h0_1 += HVEC4(-0.0046806335, -0.0059814453, 0.053009033, -0.0028190613) * v0_3.z;
        h0_1 += HVEC4(-0.019317627, 0.06347656, 0.30395508, 0.09106445) * v0_3.w;
        h0_2 += HVEC4(-0.13256836, -0.0026245117, -0.002696991, 0.015281677) * v0_2.x;
        h0_2 += HVEC4(-0.069885254, -0.074523926, 0.023910522, -0.04220581) * v0_2.y;
        h0_2 += HVEC4(0.062927246, 0.058746338, -0.021743774, 0.0047721863) * v0_2.z;
        h0_2 += HVEC4(0.076049805, -0.004753113, 0.01109314, 0.0024528503) * v0_2.w;
        h0_2 += HVEC4(0.015899658, 0.0055389404, 0.0067100525, 0.010917664) * v0_3.x;
        h0_2 += HVEC4(0.00920105, 0.039764404, -0.030776978, 0.027053833) * v0_3.y;
        h0_2 += HVEC4(-0.047607422, 0.08654785, 0.0043754578, -0.003944397) * v0_3.z;
        h0_2 += HVEC4(0.012840271, 0.0051956177, -0.022842407, 0.026382446) * v0_3.w;
        h0_3 += HVEC4(-0.19189453, 0.033294678, -0.04248047, 0.0004451275) * v0_2.x;
        h0_3 += HVEC4(-0.1628418, 0.0151901245, -0.018157959, 0.004207611) * v0_2.y;
        h0_3 += HVEC4(0.09680176, -0.00091028214, 0.0061836243, 0.00011616945) * v0_2.z;
        h0_3 += HVEC4(-0.11260986, 0.048583984, 0.007133484, 0.0064048767) * v0_2.w;
        h0_3 += HVEC4(0.107177734, -0.016540527, 0.039520264, 0.0051193237) * v0_3.x;
        h0_3 += HVEC4(0.03753662, -0.115112305, 0.05001831, -0.01914978) * v0_3.y;
        h0_3 += HVEC4(0.07891846, 0.04257202, 0.02545166, 0.007698059) * v0_3.z;
        h0_3 += HVEC4(0.118774414, -0.07989502, 0.060272217, 0.0033130646) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.01612854, 0.009918213, 0.21508789, -0.08300781) * v0_2.x;
        h0_0 += HVEC4(-0.07080078, 0.016540527, 0.027496338, 0.04788208) * v0_2.y;
        h0_0 += HVEC4(0.028198242, -0.014556885, 0.0085372925, -0.024169922) * v0_2.z;
        h0_0 += HVEC4(-0.008987427, -0.01184845, -0.12402344, -0.039764404) * v0_2.w;
        h0_0 += HVEC4(0.053009033, 0.052764893, -0.033599854, 0.22155762) * v0_3.x;
        h0_0 += HVEC4(-0.007713318, 0.0390625, 0.07171631, 0.10040283) * v0_3.y;
        h0_0 += HVEC4(-0.03729248, -0.041931152, -0.10986328, 0.06921387) * v0_3.z;
        h0_0 += HVEC4(-0.020645142, 0.009429932, 0.01838684, -0.054473877) * v0_3.w;
        h0_1 += HVEC4(0.00944519, 0.030715942, -0.17614746, 0.011947632) * v0_2.x;
        h0_1 += HVEC4(0.009963989, -0.0152282715, 0.010902405, 0.035064697) * v0_2.y;
        h0_1 += HVEC4(0.0068740845, -0.054748535, -0.11254883, -0.0014152527) * v0_2.z;
        h0_1 += HVEC4(-0.009292603, -0.0006427765, -0.3461914, -0.023788452) * v0_2.w;
        h0_1 += HVEC4(-0.00040245056, -0.054504395, -0.1586914, -0.0019273758) * v0_3.x;
        h0_1 += HVEC4(0.0069389343, 0.03643799, 0.2998047, 0.014923096) * v0_3.y;
        h0_1 += HVEC4(-0.020080566, -0.008140564, -0.14135742, 0.015625) * v0_3.z;
        h0_1 += HVEC4(0.01008606, 0.015350342, 0.27612305, 0.01322937) * v0_3.w;
        h0_2 += HVEC4(0.060516357, 0.011146545, 0.030349731, 0.024963379) * v0_2.x;
        h0_2 += HVEC4(-0.014984131, 0.09124756, -0.0038528442, 0.015777588) * v0_2.y;
        h0_2 += HVEC4(-0.044555664, -0.03390503, 0.0034694672, -0.010269165) * v0_2.z;
        h0_2 += HVEC4(-0.008270264, -0.0027999878, 0.0050201416, -0.007785797) * v0_2.w;
        h0_2 += HVEC4(-0.07684326, -0.042297363, -0.007926941, 0.0021800995) * v0_3.x;
        h0_2 += HVEC4(0.027740479, -0.004764557, 0.001461029, -0.0211792) * v0_3.y;
        h0_2 += HVEC4(-0.040496826, -0.03475952, -0.007801056, 0.00868988) * v0_3.z;
        h0_2 += HVEC4(-0.019332886, 0.015731812, -0.0048446655, 0.02394104) * v0_3.w;
        h0_3 += HVEC4(0.04525757, 0.032348633, 0.013748169, -0.002954483) * v0_2.x;
        h0_3 += HVEC4(-0.07989502, -0.024719238, 0.047821045, 0.0077552795) * v0_2.y;
        h0_3 += HVEC4(0.037963867, -0.053222656, 0.002822876, 0.0017852783) * v0_2.z;
        h0_3 += HVEC4(0.010505676, -0.005428314, -0.0035552979, -0.006603241) * v0_2.w;
        h0_3 += HVEC4(0.083618164, 0.031341553, -0.017303467, -0.006713867) * v0_3.x;
        h0_3 += HVEC4(-0.056518555, 0.006702423, -0.033081055, 0.0029773712) * v0_3.y;
        h0_3 += HVEC4(-0.051757812, -0.0029754639, -0.00093221664, -0.0058517456) * v0_3.z;
        h0_3 += HVEC4(0.017578125, 0.019042969, 0.012710571, -0.0029201508) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 34]);
        HVEC4 v0_3 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.051971436, 0.008430481, 0.10888672, 0.12548828) * v0_2.x;
        h0_0 += HVEC4(-0.14782715, -0.036590576, 0.109191895, -0.21350098) * v0_2.y;
        h0_0 += HVEC4(-0.067871094, 0.017028809, 0.00041937828, -0.16955566) * v0_2.z;
        h0_0 += HVEC4(-0.17529297, -0.056396484, -0.18469238, -0.15710449) * v0_2.w;
        h0_0 += HVEC4(0.10723877, 0.028244019, -0.026260376, 0.0725708) * v0_3.x;
        h0_0 += HVEC4(-0.15588379, -0.03543091, -0.16052246, 0.089538574) * v0_3.y;
        h0_0 += HVEC4(-0.051849365, -0.012168884, 0.07574463, 0.12286377) * v0_3.z;
        h0_0 += HVEC4(0.123291016, 0.023468018, -0.09802246, 0.4699707) * v0_3.w;
        h0_1 += HVEC4(0.009101868, -0.040771484, 0.23242188, -0.5839844) * v0_2.x;
        h0_1 += HVEC4(0.04309082, 0.016418457, 0.05911255, 0.008483887) * v0_2.y;
        h0_1 += HVEC4(-0.029708862, 0.020233154, -0.03010559, -0.2956543) * v0_2.z;
        h0_1 += HVEC4(0.005935669, -0.005218506, -0.2705078, -0.26879883) * v0_2.w;
        h0_1 += HVEC4(-0.035949707, -0.016082764, -0.018630981, -0.029159546) * v0_3.x;
        h0_1 += HVEC4(-0.004901886, 0.009788513, -0.06903076, 0.04135132) * v0_3.y;
        h0_1 += HVEC4(-0.005420685, 0.005836487, -0.23901367, -0.12805176) * v0_3.z;
        h0_1 += HVEC4(0.027145386, 0.041778564, 0.28833008, 0.2668457) * v0_3.w;
        h0_2 += HVEC4(0.007701874, 0.05227661, 0.023986816, 0.012168884) * v0_2.x;
        h0_2 += HVEC4(0.03164673, 0.072265625, 0.03161621, -0.019104004) * v0_2.y;
        h0_2 += HVEC4(0.08117676, 0.042297363, 0.011734009, -0.025634766) * v0_2.z;
        h0_2 += HVEC4(-0.12335205, -0.035003662, -0.009124756, -0.040283203) * v0_2.w;
        h0_2 += HVEC4(-0.020980835, 0.0063209534, -0.02154541, 0.002565384) * v0_3.x;
        h0_2 += HVEC4(-0.034606934, -0.024215698, 0.014480591, -0.06707764) * v0_3.y;
        h0_2 += HVEC4(0.0032978058, -0.04119873, -0.007637024, 0.050689697) * v0_3.z;
        h0_2 += HVEC4(0.0362854, 0.14160156, -0.006313324, -0.02809143) * v0_3.w;
        h0_3 += HVEC4(-0.17626953, 0.021224976, 0.027923584, -0.009338379) * v0_2.x;
        h0_3 += HVEC4(0.062805176, -0.08178711, 0.013847351, 0.0023174286) * v0_2.y;
        h0_3 += HVEC4(-0.037628174, 0.026504517, -0.006717682, -0.0038795471) * v0_2.z;
        h0_3 += HVEC4(-0.12036133, -0.011558533, 0.044647217, 0.0036697388) * v0_2.w;
        h0_3 += HVEC4(0.06329346, 0.0070152283, -0.031463623, -0.0004556179) * v0_3.x;
        h0_3 += HVEC4(-0.234375, -0.08392334, 0.02267456, 0.008598328) * v0_3.y;
        h0_3 += HVEC4(-0.10656738, -0.043060303, 0.033966064, -0.0047683716) * v0_3.z;
        h0_3 += HVEC4(0.056488037, -0.011795044, 0.0018482208, -0.004058838) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 35]);
        HVEC4 v0_3 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.6557617, 0.006111145, -0.3173828, -0.16955566) * v0_2.x;
        h0_0 += HVEC4(0.09460449, -0.0032520294, -0.22802734, -0.20349121) * v0_2.y;
        h0_0 += HVEC4(-0.28833008, 0.033111572, -0.3491211, -0.6928711) * v0_2.z;
        h0_0 += HVEC4(0.06384277, 0.043121338, -0.3083496, -0.25561523) * v0_2.w;
        h0_0 += HVEC4(-0.020736694, -0.044525146, 0.18127441, -0.14245605) * v0_3.x;
        h0_0 += HVEC4(0.10064697, -0.0993042, 0.022399902, -0.16296387) * v0_3.y;
        h0_0 += HVEC4(-0.375, -0.028396606, -0.0044021606, -0.016586304) * v0_3.z;
        h0_0 += HVEC4(0.04574585, -0.09680176, 0.033325195, -0.28686523) * v0_3.w;
        h0_1 += HVEC4(0.004852295, 0.057006836, -0.16223145, 0.113220215) * v0_2.x;
        h0_1 += HVEC4(-0.008232117, -0.06121826, -0.25024414, -0.01550293) * v0_2.y;
        h0_1 += HVEC4(-0.0023040771, -0.020599365, -0.14416504, 0.020324707) * v0_2.z;
        h0_1 += HVEC4(0.010505676, 0.12780762, -0.08886719, 0.0116119385) * v0_2.w;
        h0_1 += HVEC4(-0.023391724, -0.028518677, -0.04776001, -0.0496521) * v0_3.x;
        h0_1 += HVEC4(-0.023010254, 0.0074920654, 0.06439209, 0.068237305) * v0_3.y;
        h0_1 += HVEC4(0.05014038, -0.04977417, -0.16870117, -0.013793945) * v0_3.z;
        h0_1 += HVEC4(0.008102417, 0.05758667, -0.1529541, -0.02407837) * v0_3.w;
        h0_2 += HVEC4(-0.24108887, -0.2763672, -0.109558105, -0.16894531) * v0_2.x;
        h0_2 += HVEC4(-0.008872986, 0.20092773, 0.07299805, 0.28320312) * v0_2.y;
        h0_2 += HVEC4(-0.2697754, -0.31469727, -0.22363281, -0.27197266) * v0_2.z;
        h0_2 += HVEC4(-0.028259277, -0.03515625, -0.04360962, -0.07281494) * v0_2.w;
        h0_2 += HVEC4(-0.078308105, 0.057678223, 0.0012226105, -0.10510254) * v0_3.x;
        h0_2 += HVEC4(0.07733154, -0.03955078, -0.004020691, 0.12231445) * v0_3.y;
        h0_2 += HVEC4(0.095947266, -0.23400879, -0.0062675476, -0.055511475) * v0_3.z;
        h0_2 += HVEC4(-0.05999756, -0.17529297, 0.038146973, -0.06707764) * v0_3.w;
        h0_3 += HVEC4(-0.68652344, -0.36621094, 0.028671265, -0.012374878) * v0_2.x;
        h0_3 += HVEC4(0.120910645, -0.013969421, 0.008583069, -0.007369995) * v0_2.y;
        h0_3 += HVEC4(-0.4921875, -0.15612793, -0.74365234, 0.0129776) * v0_2.z;
        h0_3 += HVEC4(-0.26049805, -0.111572266, 0.12438965, 0.017059326) * v0_2.w;
        h0_3 += HVEC4(-0.19995117, -0.017471313, 0.091796875, 0.0158844) * v0_3.x;
        h0_3 += HVEC4(-0.054107666, 0.1104126, -0.025436401, -0.010108948) * v0_3.y;
        h0_3 += HVEC4(-0.26049805, -0.15942383, -0.09436035, 0.007980347) * v0_3.z;
        h0_3 += HVEC4(0.046447754, 0.1538086, -0.10675049, 0.0062446594) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.12695312, -0.123413086, 0.0104599, 0.024673462) * v0_2.x;
        h0_0 += HVEC4(-0.16064453, -0.057922363, 0.14831543, -0.22937012) * v0_2.y;
        h0_0 += HVEC4(0.038146973, -0.21447754, -0.07849121, 0.25073242) * v0_2.z;
        h0_0 += HVEC4(-0.1439209, -0.080444336, -0.0074043274, -0.22790527) * v0_2.w;
        h0_0 += HVEC4(-0.003540039, 0.13867188, 0.09631348, -0.22375488) * v0_3.x;
        h0_0 += HVEC4(0.06964111, 0.08605957, -0.01449585, 0.02192688) * v0_3.y;
        h0_0 += HVEC4(0.053527832, 0.099975586, -0.055633545, 0.19091797) * v0_3.z;
        h0_0 += HVEC4(-0.07965088, 0.115722656, 0.25708008, 0.24328613) * v0_3.w;
        h0_1 += HVEC4(0.0022964478, -0.049804688, 0.06878662, -0.0077781677) * v0_2.x;
        h0_1 += HVEC4(-0.0047454834, -0.0463562, -0.058776855, -0.011871338) * v0_2.y;
        h0_1 += HVEC4(0.0013008118, 0.00554657, 0.15539551, 0.00056791306) * v0_2.z;
        h0_1 += HVEC4(-0.0005674362, 0.009857178, 0.07141113, 0.04434204) * v0_2.w;
        h0_1 += HVEC4(0.0023040771, 0.014518738, 0.14086914, 0.0002541542) * v0_3.x;
        h0_1 += HVEC4(7.5638294e-05, 0.003332138, 0.0949707, -0.004272461) * v0_3.y;
        h0_1 += HVEC4(0.003276825, 0.020935059, -0.25463867, -0.02998352) * v0_3.z;
        h0_1 += HVEC4(-0.0039253235, 0.0042266846, 0.41918945, -0.041290283) * v0_3.w;
        h0_2 += HVEC4(-0.028366089, 0.01083374, 0.042633057, 0.024887085) * v0_2.x;
        h0_2 += HVEC4(0.015617371, -0.072753906, 0.016235352, -0.042114258) * v0_2.y;
        h0_2 += HVEC4(0.040863037, 0.057891846, 0.017059326, 0.002067566) * v0_2.z;
        h0_2 += HVEC4(-0.06072998, -0.020645142, -0.010940552, 0.026824951) * v0_2.w;
        h0_2 += HVEC4(0.01864624, 0.040740967, -0.030975342, -0.01386261) * v0_3.x;
        h0_2 += HVEC4(-0.0038967133, -0.022857666, 0.026367188, -0.025466919) * v0_3.y;
        h0_2 += HVEC4(-0.07196045, 0.052764893, -0.004928589, 0.025863647) * v0_3.z;
        h0_2 += HVEC4(0.10223389, 0.042907715, -0.0069847107, -0.030548096) * v0_3.w;
        h0_3 += HVEC4(-0.013969421, 0.036071777, -0.005832672, 0.016815186) * v0_2.x;
        h0_3 += HVEC4(0.043670654, -0.061828613, -0.05670166, -0.018417358) * v0_2.y;
        h0_3 += HVEC4(0.06188965, -0.020904541, -0.04095459, -0.0055770874) * v0_2.z;
        h0_3 += HVEC4(-0.019882202, -0.017028809, -0.002193451, -0.00868988) * v0_2.w;
        h0_3 += HVEC4(0.011222839, -0.028671265, -0.040222168, -0.02532959) * v0_3.x;
        h0_3 += HVEC4(0.037475586, 0.018493652, 0.009986877, -0.009269714) * v0_3.y;
        h0_3 += HVEC4(-0.054870605, 0.06713867, 0.02758789, -0.0046081543) * v0_3.z;
        h0_3 += HVEC4(0.058380127, -0.042633057, -0.035491943, -0.02519226) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 68]);
        HVEC4 v0_3 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.13024902, 0.0027332306, -0.011024475, 0.2692871) * v0_2.x;
        h0_0 += HVEC4(-0.13208008, -0.029968262, 0.08996582, 0.111328125) * v0_2.y;
        h0_0 += HVEC4(-0.012123108, -0.024475098, 0.04510498, -0.077697754) * v0_2.z;
        h0_0 += HVEC4(-0.21838379, -0.008583069, -0.020935059, -0.41308594) * v0_2.w;
        h0_0 += HVEC4(0.061035156, 0.051696777, -0.052215576, 0.38232422) * v0_3.x;
        h0_0 += HVEC4(-0.07922363, -0.025009155, -0.010231018, -0.34545898) * v0_3.y;
        h0_0 += HVEC4(0.09881592, -0.0124053955, -0.09832764, -0.10797119) * v0_3.z;
        h0_0 += HVEC4(0.054748535, -0.0044174194, -0.05206299, 0.13024902) * v0_3.w;
        h0_1 += HVEC4(-0.0011262894, 0.0067253113, 0.07165527, 0.08959961) * v0_2.x;
        h0_1 += HVEC4(-0.0039482117, -0.0036907196, -0.046966553, -0.08526611) * v0_2.y;
        h0_1 += HVEC4(0.0071144104, -0.0034828186, -0.00089788437, 0.006855011) * v0_2.z;
        h0_1 += HVEC4(0.0002808571, -0.013458252, -0.083496094, -0.034210205) * v0_2.w;
        h0_1 += HVEC4(-0.0006365776, 0.011779785, -0.089538574, 0.024627686) * v0_3.x;
        h0_1 += HVEC4(0.0061302185, -0.00497818, 0.13391113, -0.082336426) * v0_3.y;
        h0_1 += HVEC4(0.0005879402, -0.012901306, 0.05895996, 0.082092285) * v0_3.z;
        h0_1 += HVEC4(0.011146545, 0.012145996, -0.00869751, 0.12597656) * v0_3.w;
        h0_2 += HVEC4(0.012329102, 0.009498596, -0.007797241, -0.0014944077) * v0_2.x;
        h0_2 += HVEC4(-0.013755798, -0.030593872, -0.002008438, 0.009185791) * v0_2.y;
        h0_2 += HVEC4(-0.012374878, -0.004016876, -0.0041503906, -0.0053138733) * v0_2.z;
        h0_2 += HVEC4(0.006122589, -0.076049805, -0.021591187, 0.0284729) * v0_2.w;
        h0_2 += HVEC4(0.03463745, 0.0077819824, -0.013977051, 0.00036740303) * v0_3.x;
        h0_2 += HVEC4(0.045898438, 0.0076141357, -0.0030460358, 0.015144348) * v0_3.y;
        h0_2 += HVEC4(-0.024124146, 0.008071899, -0.0140686035, -0.0054130554) * v0_3.z;
        h0_2 += HVEC4(0.10498047, 0.0035495758, 0.0023841858, -0.014083862) * v0_3.w;
        h0_3 += HVEC4(0.08502197, 0.0524292, 0.021331787, 0.005531311) * v0_2.x;
        h0_3 += HVEC4(0.0018634796, -0.055877686, -0.013885498, 0.004673004) * v0_2.y;
        h0_3 += HVEC4(0.052978516, -0.018936157, -0.0011587143, 0.0020618439) * v0_2.z;
        h0_3 += HVEC4(-0.0067596436, -0.028030396, -0.05496216, 0.0035972595) * v0_2.w;
        h0_3 += HVEC4(0.04135132, 0.026641846, -0.02067566, -0.0021514893) * v0_3.x;
        h0_3 += HVEC4(0.06100464, 0.010650635, 0.00459671, 0.008979797) * v0_3.y;
        h0_3 += HVEC4(-0.087890625, 0.009857178, 0.022415161, -0.0011043549) * v0_3.z;
        h0_3 += HVEC4(0.1083374, -0.055755615, -0.00013458729, 6.03199e-05) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 69]);
        HVEC4 v0_3 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.22729492, 0.0050582886, 0.11016846, -0.6352539) * v0_2.x;
        h0_0 += HVEC4(0.11981201, 0.022521973, -0.359375, -0.1060791) * v0_2.y;
        h0_0 += HVEC4(-0.07763672, 0.040893555, -0.023956299, 0.036346436) * v0_2.z;
        h0_0 += HVEC4(-0.14123535, -0.08520508, -0.07885742, -0.051879883) * v0_2.w;
        h0_0 += HVEC4(0.06738281, -0.06585693, -0.058746338, 0.2541504) * v0_3.x;
        h0_0 += HVEC4(0.11853027, 0.002105713, 0.16357422, 0.49316406) * v0_3.y;
        h0_0 += HVEC4(-0.29907227, 0.03189087, 0.030380249, -0.4645996) * v0_3.z;
        h0_0 += HVEC4(0.08868408, -0.077697754, -0.04019165, -0.2529297) * v0_3.w;
        h0_1 += HVEC4(0.008232117, 0.012176514, -0.029434204, -0.032226562) * v0_2.x;
        h0_1 += HVEC4(0.00522995, 0.018981934, -0.10626221, -0.022857666) * v0_2.y;
        h0_1 += HVEC4(-0.00040626526, 0.0082092285, 0.06555176, 0.026611328) * v0_2.z;
        h0_1 += HVEC4(-0.0028018951, 0.0068893433, -0.21032715, -0.037506104) * v0_2.w;
        h0_1 += HVEC4(0.0093307495, 0.0004515648, -0.104003906, 0.01713562) * v0_3.x;
        h0_1 += HVEC4(-0.0027389526, -0.0029392242, 0.0027217865, -0.013679504) * v0_3.y;
        h0_1 += HVEC4(0.0043182373, 0.018844604, 0.07525635, 0.055664062) * v0_3.z;
        h0_1 += HVEC4(0.011550903, -0.030181885, 0.07611084, 0.00032114983) * v0_3.w;
        h0_2 += HVEC4(0.018997192, 0.048858643, 0.0039253235, 0.02003479) * v0_2.x;
        h0_2 += HVEC4(-0.070617676, 0.006214142, 0.035003662, -0.0046081543) * v0_2.y;
        h0_2 += HVEC4(0.038604736, 0.029800415, -0.0055618286, 0.019195557) * v0_2.z;
        h0_2 += HVEC4(0.028671265, -0.006801605, 0.02619934, 0.026885986) * v0_2.w;
        h0_2 += HVEC4(-0.015235901, -0.039276123, -0.020812988, -0.028396606) * v0_3.x;
        h0_2 += HVEC4(-0.027618408, -0.02545166, -0.01398468, 0.011039734) * v0_3.y;
        h0_2 += HVEC4(-0.08258057, 0.09124756, 0.0056419373, 0.0035972595) * v0_3.z;
        h0_2 += HVEC4(-0.08087158, 0.0044937134, -0.021011353, 0.10076904) * v0_3.w;
        h0_3 += HVEC4(-0.08514404, -0.028686523, 0.00072050095, 0.004627228) * v0_2.x;
        h0_3 += HVEC4(-0.14428711, -0.004749298, 0.046569824, -0.0024662018) * v0_2.y;
        h0_3 += HVEC4(-0.08679199, -0.030197144, -0.0064697266, 0.0071754456) * v0_2.z;
        h0_3 += HVEC4(0.062805176, -0.075683594, -0.07623291, 0.00381279) * v0_2.w;
        h0_3 += HVEC4(0.018096924, -0.026687622, 0.0046806335, 0.023513794) * v0_3.x;
        h0_3 += HVEC4(0.031082153, -0.08508301, -0.015838623, -0.015266418) * v0_3.y;
        h0_3 += HVEC4(0.059539795, 0.07287598, 0.016342163, -0.034057617) * v0_3.z;
        h0_3 += HVEC4(0.1361084, 0.09063721, 0.10089111, -0.0036144257) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 70]);
        HVEC4 v0_3 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.017990112, 0.015808105, -0.087890625, 0.52001953) * v0_2.x;
        h0_0 += HVEC4(-0.051940918, 0.009468079, -0.11456299, -0.46875) * v0_2.y;
        h0_0 += HVEC4(0.026351929, -0.062683105, 0.059692383, -0.07946777) * v0_2.z;
        h0_0 += HVEC4(-0.09399414, 0.0011806488, 0.011459351, -0.5151367) * v0_2.w;
        h0_0 += HVEC4(-0.0025901794, 0.037475586, -0.012184143, 0.29003906) * v0_3.x;
        h0_0 += HVEC4(0.022979736, 0.022079468, -0.012298584, -0.0054092407) * v0_3.y;
        h0_0 += HVEC4(0.0016517639, 0.06726074, 0.014099121, -0.059539795) * v0_3.z;
        h0_0 += HVEC4(0.028533936, 0.07635498, -0.12390137, -0.18225098) * v0_3.w;
        h0_1 += HVEC4(0.000364542, -0.019104004, -0.032043457, 0.008644104) * v0_2.x;
        h0_1 += HVEC4(0.0016403198, 0.0015335083, -0.11236572, 0.0065994263) * v0_2.y;
        h0_1 += HVEC4(0.003206253, -0.004333496, 0.050445557, -0.0022087097) * v0_2.z;
        h0_1 += HVEC4(-0.0032253265, 0.011924744, 0.027297974, -0.013946533) * v0_2.w;
        h0_1 += HVEC4(0.0006875992, 0.0078048706, 0.0680542, 0.006954193) * v0_3.x;
        h0_1 += HVEC4(0.00178051, -0.006011963, 0.1237793, 0.0035572052) * v0_3.y;
        h0_1 += HVEC4(-0.0049705505, -0.016799927, -0.034362793, -0.0028152466) * v0_3.z;
        h0_1 += HVEC4(0.0030231476, -0.021011353, -0.055786133, 0.020858765) * v0_3.w;
        h0_2 += HVEC4(-0.023025513, 0.02935791, -0.004550934, 0.00024306774) * v0_2.x;
        h0_2 += HVEC4(-0.023223877, 0.052642822, 0.02268982, 0.029769897) * v0_2.y;
        h0_2 += HVEC4(0.018295288, -0.031829834, -0.014137268, -0.025756836) * v0_2.z;
        h0_2 += HVEC4(0.050445557, 0.040740967, 0.019042969, 0.028656006) * v0_2.w;
        h0_2 += HVEC4(0.023345947, -0.01209259, -0.014015198, 0.0020160675) * v0_3.x;
        h0_2 += HVEC4(0.0020866394, 0.021728516, -0.016693115, -0.013244629) * v0_3.y;
        h0_2 += HVEC4(0.029296875, -0.06488037, 0.0016155243, 0.007987976) * v0_3.z;
        h0_2 += HVEC4(-0.07385254, 0.061950684, 0.006706238, 0.04434204) * v0_3.w;
        h0_3 += HVEC4(-0.019714355, -0.030410767, -0.0039596558, -1.0019531) * v0_2.x;
        h0_3 += HVEC4(-0.06378174, -0.04714966, -0.0030593872, -0.2241211) * v0_2.y;
        h0_3 += HVEC4(0.020721436, 0.011856079, -0.012451172, -1.0429688) * v0_2.z;
        h0_3 += HVEC4(0.013771057, 0.0024719238, 0.013221741, -1.3330078) * v0_2.w;
        h0_3 += HVEC4(0.049987793, -0.005004883, -0.015327454, -0.21716309) * v0_3.x;
        h0_3 += HVEC4(-0.009284973, 0.0026474, -0.027770996, 0.1550293) * v0_3.y;
        h0_3 += HVEC4(-0.035858154, -0.018508911, 0.028778076, -0.6191406) * v0_3.z;
        h0_3 += HVEC4(0.111572266, 0.032196045, -0.0006670952, -1.171875) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n1_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n1_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 4..5.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_0_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_1_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.009963989, -0.014511108, 0.028213501, -0.16748047) * v0_4.x;
        h0_0 += HVEC4(0.018707275, -0.03817749, -0.114990234, 0.16320801) * v0_4.y;
        h0_0 += HVEC4(-0.0018138885, 0.004714966, -0.06137085, -0.15100098) * v0_4.z;
        h0_0 += HVEC4(0.009185791, 0.025848389, -0.1126709, 0.34228516) * v0_4.w;
        h0_0 += HVEC4(0.12371826, 0.005596161, 0.02696228, 0.40014648) * v0_5.x;
        h0_0 += HVEC4(-0.0013284683, 0.018356323, 0.032073975, -0.039276123) * v0_5.y;
        h0_0 += HVEC4(-0.06311035, 0.006790161, -0.03363037, -0.008857727) * v0_5.z;
        h0_0 += HVEC4(0.18115234, 0.09588623, -0.14208984, 0.057128906) * v0_5.w;
        h0_1 += HVEC4(-0.04699707, -0.006038666, -0.5390625, 0.06149292) * v0_4.x;
        h0_1 += HVEC4(-0.2536621, -0.015327454, 0.22814941, 0.03475952) * v0_4.y;
        h0_1 += HVEC4(0.19897461, -0.019744873, 0.06359863, -0.074157715) * v0_4.z;
        h0_1 += HVEC4(-0.07098389, -0.04711914, 0.19604492, -0.10058594) * v0_4.w;
        h0_1 += HVEC4(0.011238098, -0.017913818, -0.044403076, 0.062194824) * v0_5.x;
        h0_1 += HVEC4(-0.025787354, 0.035705566, -0.64404297, -0.018127441) * v0_5.y;
        h0_1 += HVEC4(0.06994629, -0.013832092, 0.34960938, 0.07336426) * v0_5.z;
        h0_1 += HVEC4(-0.03918457, 0.007282257, -0.36914062, -0.09838867) * v0_5.w;
        h0_2 += HVEC4(0.07269287, -0.007865906, 0.0023517609, -0.0007762909) * v0_4.x;
        h0_2 += HVEC4(-0.057250977, 0.004211426, -0.0093688965, -0.015434265) * v0_4.y;
        h0_2 += HVEC4(-0.050720215, -0.061035156, 0.00023925304, -0.0023097992) * v0_4.z;
        h0_2 += HVEC4(-0.06951904, 0.026855469, -0.0076522827, -0.00983429) * v0_4.w;
        h0_2 += HVEC4(0.0018510818, 0.0030956268, 0.014053345, -0.0072250366) * v0_5.x;
        h0_2 += HVEC4(-0.024520874, -0.13232422, 0.011100769, -0.0063209534) * v0_5.y;
        h0_2 += HVEC4(0.03842163, 0.013160706, -0.0023479462, -0.026031494) * v0_5.z;
        h0_2 += HVEC4(-0.1472168, 0.03668213, -0.0061302185, -0.009490967) * v0_5.w;
        h0_3 += HVEC4(0.0040626526, -0.014434814, -0.0015010834, -0.00046038628) * v0_4.x;
        h0_3 += HVEC4(0.06628418, 0.01828003, 0.030578613, 0.0022907257) * v0_4.y;
        h0_3 += HVEC4(0.0010824203, 0.002500534, 0.015777588, 0.0030021667) * v0_4.z;
        h0_3 += HVEC4(-0.119506836, 0.029434204, -0.007423401, -0.0048599243) * v0_4.w;
        h0_3 += HVEC4(0.04537964, -0.037902832, 0.0012283325, 0.006828308) * v0_5.x;
        h0_3 += HVEC4(-0.054534912, 0.014175415, -0.00217247, 0.0018281937) * v0_5.y;
        h0_3 += HVEC4(-0.09625244, 0.0071144104, -0.029937744, 0.005050659) * v0_5.z;
        h0_3 += HVEC4(-0.28393555, -0.03086853, -0.023986816, -0.0019779205) * v0_5.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.02796936, 0.027404785, 0.1517334, -0.1619873) * v0_4.x;
        h0_0 += HVEC4(0.030731201, 0.043182373, 0.12164307, -0.44580078) * v0_4.y;
        h0_0 += HVEC4(0.12060547, 0.009437561, 0.012908936, 0.30419922) * v0_4.z;
        h0_0 += HVEC4(-0.16381836, -0.109191895, 0.20251465, -0.45703125) * v0_4.w;
        h0_0 += HVEC4(-0.25024414, -0.014701843, -0.2578125, -1.2109375) * v0_5.x;
        h0_0 += HVEC4(-0.007686615, 0.006626129, 0.091918945, -0.6113281) * v0_5.y;
        h0_0 += HVEC4(0.11590576, 0.053985596, 0.093811035, -0.109680176) * v0_5.z;
        h0_0 += HVEC4(-0.3022461, -0.114990234, -0.05810547, -0.44848633) * v0_5.w;
        h0_1 += HVEC4(0.009391785, 0.10308838, -0.63916016, 0.07946777) * v0_4.x;
        h0_1 += HVEC4(0.00605011, -0.0289917, -0.28564453, 0.009223938) * v0_4.y;
        h0_1 += HVEC4(0.03604126, -0.09033203, -0.03100586, -0.012313843) * v0_4.z;
        h0_1 += HVEC4(0.0065231323, 0.13452148, 0.08850098, 0.010299683) * v0_4.w;
        h0_1 += HVEC4(0.03829956, -0.08569336, -0.0647583, -0.093688965) * v0_5.x;
        h0_1 += HVEC4(0.026626587, -0.055603027, 0.4013672, 0.017929077) * v0_5.y;
        h0_1 += HVEC4(0.044677734, 0.006034851, 0.31762695, -0.035095215) * v0_5.z;
        h0_1 += HVEC4(0.012779236, 0.013809204, -1.1357422, 0.01676941) * v0_5.w;
        h0_2 += HVEC4(0.06945801, 0.04724121, 0.012451172, -0.008865356) * v0_4.x;
        h0_2 += HVEC4(0.14135742, 0.056518555, -0.013038635, 0.0043792725) * v0_4.y;
        h0_2 += HVEC4(-0.004585266, 0.009971619, -0.020614624, 0.01939392) * v0_4.z;
        h0_2 += HVEC4(0.0042419434, -0.036346436, 0.028167725, -0.01890564) * v0_4.w;
        h0_2 += HVEC4(0.04333496, 0.010414124, -0.01109314, -0.022598267) * v0_5.x;
        h0_2 += HVEC4(-0.028167725, 0.080078125, -0.015380859, 0.0047721863) * v0_5.y;
        h0_2 += HVEC4(0.066833496, -0.10675049, 0.035247803, -0.043121338) * v0_5.z;
        h0_2 += HVEC4(0.07733154, -0.0096588135, 0.0101623535, 0.020111084) * v0_5.w;
        h0_3 += HVEC4(-0.061828613, 0.020858765, 0.0028266907, -0.00025439262) * v0_4.x;
        h0_3 += HVEC4(0.07879639, -0.032928467, 0.044006348, -0.001373291) * v0_4.y;
        h0_3 += HVEC4(-0.018661499, -0.107299805, 0.019485474, 0.0016908646) * v0_4.z;
        h0_3 += HVEC4(0.029647827, -0.045440674, -0.0501709, 0.003692627) * v0_4.w;
        h0_3 += HVEC4(0.01525116, 0.06463623, 0.0090408325, 0.007881165) * v0_5.x;
        h0_3 += HVEC4(0.14050293, 0.0713501, 0.0029067993, -0.002986908) * v0_5.y;
        h0_3 += HVEC4(-0.14477539, -0.09222412, 0.021697998, -0.004875183) * v0_5.z;
        h0_3 += HVEC4(0.042022705, 0.046447754, 0.014762878, 0.0009069443) * v0_5.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.038360596, 0.017333984, -0.08483887, -0.4050293) * v0_4.x;
        h0_0 += HVEC4(0.048431396, -0.07208252, -0.030258179, 0.22070312) * v0_4.y;
        h0_0 += HVEC4(-0.0058937073, -0.03918457, 0.045166016, 0.22827148) * v0_4.z;
        h0_0 += HVEC4(0.0070724487, 0.0015525818, -0.24597168, -0.0569458) * v0_4.w;
        h0_0 += HVEC4(-0.05203247, 0.025131226, 0.08569336, -0.35424805) * v0_5.x;
        h0_0 += HVEC4(0.07043457, -0.017700195, -0.124938965, 0.26513672) * v0_5.y;
        h0_0 += HVEC4(-0.08935547, 0.00018060207, 0.2397461, 0.2454834) * v0_5.z;
        h0_0 += HVEC4(0.041534424, 0.075683594, -0.05142212, -0.19091797) * v0_5.w;
        h0_1 += HVEC4(0.0019626617, -0.0045204163, -0.39013672, 0.0060577393) * v0_4.x;
        h0_1 += HVEC4(-0.0056610107, -0.025421143, -0.34838867, -0.042022705) * v0_4.y;
        h0_1 += HVEC4(0.0045661926, 0.1005249, 0.09088135, 7.981062e-05) * v0_4.z;
        h0_1 += HVEC4(0.0042800903, -0.053741455, 0.45776367, 0.027023315) * v0_4.w;
        h0_1 += HVEC4(-0.0050239563, 0.0031757355, -0.28710938, 0.00970459) * v0_5.x;
        h0_1 += HVEC4(0.00087976456, -0.018875122, -0.50683594, -0.022232056) * v0_5.y;
        h0_1 += HVEC4(0.010978699, 0.09857178, 0.52441406, -0.02029419) * v0_5.z;
        h0_1 += HVEC4(-0.000120818615, -0.1048584, -0.6875, 0.019546509) * v0_5.w;
        h0_2 += HVEC4(-0.025634766, 0.014968872, -0.01322937, 0.0016126633) * v0_4.x;
        h0_2 += HVEC4(-0.049835205, -0.058013916, 0.015106201, -0.0102005005) * v0_4.y;
        h0_2 += HVEC4(0.03668213, -0.022766113, -0.0057144165, 0.0033893585) * v0_4.z;
        h0_2 += HVEC4(0.06964111, 0.004295349, 6.3598156e-05, -0.0012626648) * v0_4.w;
        h0_2 += HVEC4(-0.09240723, 0.025772095, -0.013282776, 0.0031528473) * v0_5.x;
        h0_2 += HVEC4(-0.040222168, 0.08276367, -0.014511108, 0.00831604) * v0_5.y;
        h0_2 += HVEC4(0.0037460327, 0.037597656, 0.044891357, -0.08166504) * v0_5.z;
        h0_2 += HVEC4(-0.07446289, -0.011619568, -0.003665924, -0.0009813309) * v0_5.w;
        h0_3 += HVEC4(0.009429932, 0.035949707, -0.006626129, -0.0038108826) * v0_4.x;
        h0_3 += HVEC4(0.07354736, -0.0064811707, 0.0075950623, -0.0047302246) * v0_4.y;
        h0_3 += HVEC4(-0.05630493, -0.045440674, 0.0019779205, -0.0038089752) * v0_4.z;
        h0_3 += HVEC4(-0.007820129, 0.014122009, 0.0010375977, -0.00020503998) * v0_4.w;
        h0_3 += HVEC4(0.049194336, 0.00058555603, 0.009567261, -0.0065841675) * v0_5.x;
        h0_3 += HVEC4(0.1161499, -0.0070343018, -0.020950317, 0.003917694) * v0_5.y;
        h0_3 += HVEC4(-0.03744507, 0.08453369, -0.077819824, -0.026397705) * v0_5.z;
        h0_3 += HVEC4(0.07550049, 0.0011968613, -0.02142334, -0.0009150505) * v0_5.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 34]);
        HVEC4 v0_5 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.13049316, 0.0031814575, -0.16357422, 0.1842041) * v0_4.x;
        h0_0 += HVEC4(-0.015975952, -0.04144287, -0.09289551, -0.35058594) * v0_4.y;
        h0_0 += HVEC4(-0.08178711, -0.046173096, 0.060150146, -0.14550781) * v0_4.z;
        h0_0 += HVEC4(-0.027008057, -0.04498291, -0.19897461, -0.2446289) * v0_4.w;
        h0_0 += HVEC4(-0.048797607, 0.00094652176, 0.057525635, -0.1394043) * v0_5.x;
        h0_0 += HVEC4(0.031829834, -0.009880066, 0.17553711, -0.057678223) * v0_5.y;
        h0_0 += HVEC4(-0.05255127, 0.0016231537, 0.027420044, -0.13952637) * v0_5.z;
        h0_0 += HVEC4(0.17443848, -0.015312195, -0.06933594, -0.02230835) * v0_5.w;
        h0_1 += HVEC4(0.019561768, 0.0036811829, -0.59472656, 0.0098724365) * v0_4.x;
        h0_1 += HVEC4(0.017684937, -0.064575195, -0.010009766, -0.4506836) * v0_4.y;
        h0_1 += HVEC4(-0.015037537, -0.0040245056, -0.095214844, 0.14868164) * v0_4.z;
        h0_1 += HVEC4(-0.0035266876, 0.004436493, -0.08380127, -0.078430176) * v0_4.w;
        h0_1 += HVEC4(0.06506348, 0.0088272095, 0.24243164, -0.071777344) * v0_5.x;
        h0_1 += HVEC4(-0.013206482, -0.00094747543, 0.5126953, 0.025817871) * v0_5.y;
        h0_1 += HVEC4(-0.031677246, -0.0021190643, 0.048065186, 0.06518555) * v0_5.z;
        h0_1 += HVEC4(-0.006828308, 0.008834839, -0.25195312, -0.5019531) * v0_5.w;
        h0_2 += HVEC4(-0.058776855, -0.034820557, -0.009559631, -0.0059814453) * v0_4.x;
        h0_2 += HVEC4(0.072021484, -0.045898438, 0.007205963, -0.031219482) * v0_4.y;
        h0_2 += HVEC4(0.08428955, -0.02305603, 0.045959473, -0.046325684) * v0_4.z;
        h0_2 += HVEC4(0.05038452, -0.017364502, -0.022415161, -0.0039863586) * v0_4.w;
        h0_2 += HVEC4(0.047058105, -0.025375366, 0.027832031, 0.03479004) * v0_5.x;
        h0_2 += HVEC4(0.093322754, 0.12866211, -0.02029419, 0.0082473755) * v0_5.y;
        h0_2 += HVEC4(-0.013031006, -0.015991211, 0.017196655, -0.089538574) * v0_5.z;
        h0_2 += HVEC4(0.045196533, -0.035247803, 0.008468628, 0.035888672) * v0_5.w;
        h0_3 += HVEC4(-0.036254883, 0.077697754, -0.0073165894, 0.009643555) * v0_4.x;
        h0_3 += HVEC4(0.17004395, 0.01725769, 0.051452637, 0.0039024353) * v0_4.y;
        h0_3 += HVEC4(-0.0513916, -0.06402588, 0.054229736, -0.0018568039) * v0_4.z;
        h0_3 += HVEC4(0.16833496, 0.02659607, -0.08508301, -0.0035037994) * v0_4.w;
        h0_3 += HVEC4(0.098083496, 0.025405884, 0.031036377, 0.006877899) * v0_5.x;
        h0_3 += HVEC4(-0.04135132, -0.11138916, -0.09765625, -0.0053482056) * v0_5.y;
        h0_3 += HVEC4(0.051086426, -0.06347656, 0.009651184, 0.018188477) * v0_5.z;
        h0_3 += HVEC4(0.20031738, 0.07946777, 0.019577026, 0.0021629333) * v0_5.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 35]);
        HVEC4 v0_5 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.27075195, 0.0096588135, -0.26098633, -0.090270996) * v0_4.x;
        h0_0 += HVEC4(-0.15917969, 0.060821533, -0.13464355, -0.34765625) * v0_4.y;
        h0_0 += HVEC4(0.18127441, 0.01902771, -0.23620605, 0.14868164) * v0_4.z;
        h0_0 += HVEC4(-0.22131348, -0.02128601, -0.09265137, 0.056915283) * v0_4.w;
        h0_0 += HVEC4(-0.08898926, 0.047088623, -0.26538086, -0.050109863) * v0_5.x;
        h0_0 += HVEC4(-0.18359375, -0.060028076, -0.09777832, 0.15307617) * v0_5.y;
        h0_0 += HVEC4(0.21191406, 0.05996704, -0.2421875, 0.12109375) * v0_5.z;
        h0_0 += HVEC4(-0.12988281, -0.042877197, -0.27685547, -0.63623047) * v0_5.w;
        h0_1 += HVEC4(-0.0050811768, -0.07019043, -0.51416016, 0.0074768066) * v0_4.x;
        h0_1 += HVEC4(0.028274536, 0.0041923523, 0.0385437, -0.08239746) * v0_4.y;
        h0_1 += HVEC4(-0.02973938, 0.06567383, -0.13977051, -0.07159424) * v0_4.z;
        h0_1 += HVEC4(0.031097412, -0.054382324, 0.36328125, 0.0042915344) * v0_4.w;
        h0_1 += HVEC4(0.0076446533, -0.060577393, -0.10760498, 0.002986908) * v0_5.x;
        h0_1 += HVEC4(0.000872612, 0.0034599304, 0.09295654, -0.005657196) * v0_5.y;
        h0_1 += HVEC4(0.028564453, 0.027038574, 0.031463623, 0.09503174) * v0_5.z;
        h0_1 += HVEC4(-0.058532715, -0.0703125, 0.09033203, -0.08013916) * v0_5.w;
        h0_2 += HVEC4(-0.13183594, -0.101257324, -0.090148926, -0.04611206) * v0_4.x;
        h0_2 += HVEC4(0.003004074, 0.12927246, -0.16503906, -0.16394043) * v0_4.y;
        h0_2 += HVEC4(0.04586792, 0.033111572, 0.014732361, 0.07385254) * v0_4.z;
        h0_2 += HVEC4(0.14807129, 0.0181427, 0.00982666, 0.0134887695) * v0_4.w;
        h0_2 += HVEC4(-0.17504883, 0.010612488, 0.04458618, -0.083862305) * v0_5.x;
        h0_2 += HVEC4(-0.019714355, -0.38330078, 0.03253174, -0.06359863) * v0_5.y;
        h0_2 += HVEC4(-0.07397461, 0.16210938, -0.08483887, -0.010406494) * v0_5.z;
        h0_2 += HVEC4(-0.30419922, -0.0021820068, -0.018936157, -0.06347656) * v0_5.w;
        h0_3 += HVEC4(-0.28686523, -0.01133728, 0.010681152, 0.0039100647) * v0_4.x;
        h0_3 += HVEC4(-0.2479248, 0.15759277, 0.01133728, 0.00043463707) * v0_4.y;
        h0_3 += HVEC4(0.053710938, 0.18151855, -0.11395264, 0.003004074) * v0_4.z;
        h0_3 += HVEC4(0.1048584, -0.097351074, -0.040161133, 0.0030841827) * v0_4.w;
        h0_3 += HVEC4(-0.1607666, -0.08453369, 0.011390686, 0.008468628) * v0_5.x;
        h0_3 += HVEC4(-0.34399414, -0.0158844, -0.020751953, 0.0042419434) * v0_5.y;
        h0_3 += HVEC4(0.27441406, 0.22021484, 0.02267456, 0.10449219) * v0_5.z;
        h0_3 += HVEC4(-0.10510254, -0.19934082, -0.014190674, 0.003791809) * v0_5.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.10046387, -0.037628174, 0.05682373, -0.14855957) * v0_4.x;
        h0_0 += HVEC4(0.06951904, -0.06964111, -0.05105591, 0.16271973) * v0_4.y;
        h0_0 += HVEC4(0.047088623, -0.013038635, -0.19067383, 0.14416504) * v0_4.z;
        h0_0 += HVEC4(-0.017593384, 0.16577148, -0.3515625, -0.12731934) * v0_4.w;
        h0_0 += HVEC4(-0.03652954, -0.06628418, 0.17285156, -0.094177246) * v0_5.x;
        h0_0 += HVEC4(-0.018753052, 0.047790527, 0.10437012, -0.09899902) * v0_5.y;
        h0_0 += HVEC4(0.05633545, -0.008781433, 0.079589844, -0.22741699) * v0_5.z;
        h0_0 += HVEC4(0.11602783, -0.019866943, -0.008834839, -0.07525635) * v0_5.w;
        h0_1 += HVEC4(0.0036354065, 0.04916382, 0.022583008, 0.011489868) * v0_4.x;
        h0_1 += HVEC4(-0.0026340485, 0.038238525, -0.11883545, 0.00806427) * v0_4.y;
        h0_1 += HVEC4(-0.007774353, -0.039093018, -0.18554688, -0.018463135) * v0_4.z;
        h0_1 += HVEC4(0.0044136047, -0.029022217, -0.7597656, -0.052490234) * v0_4.w;
        h0_1 += HVEC4(-0.0010576248, -0.080566406, -0.2442627, -0.017623901) * v0_5.x;
        h0_1 += HVEC4(-0.000192523, 0.028427124, 0.012786865, 0.019195557) * v0_5.y;
        h0_1 += HVEC4(0.01789856, -0.004283905, -0.20727539, 0.009063721) * v0_5.z;
        h0_1 += HVEC4(0.004432678, 0.09881592, 0.053253174, -0.00033044815) * v0_5.w;
        h0_2 += HVEC4(0.10852051, -0.005630493, 0.014419556, -0.010482788) * v0_4.x;
        h0_2 += HVEC4(-0.04449463, 0.057891846, -0.035125732, 0.027175903) * v0_4.y;
        h0_2 += HVEC4(-0.08074951, -0.10839844, 0.026443481, 0.021148682) * v0_4.z;
        h0_2 += HVEC4(-0.103271484, -0.0042648315, -0.035217285, 0.006298065) * v0_4.w;
        h0_2 += HVEC4(0.048553467, 0.008773804, 0.022583008, 0.026229858) * v0_5.x;
        h0_2 += HVEC4(0.07885742, -0.032043457, -0.01537323, 0.017745972) * v0_5.y;
        h0_2 += HVEC4(0.11199951, -0.19433594, 0.30566406, -0.087768555) * v0_5.z;
        h0_2 += HVEC4(0.048217773, 0.008460999, 0.00819397, 0.0006299019) * v0_5.w;
        h0_3 += HVEC4(-0.09954834, 0.046661377, -0.0008788109, -0.00076293945) * v0_4.x;
        h0_3 += HVEC4(0.0020446777, -0.018661499, 0.026031494, 0.020553589) * v0_4.y;
        h0_3 += HVEC4(0.21008301, 0.0015821457, 0.019943237, -0.006839752) * v0_4.z;
        h0_3 += HVEC4(0.046905518, 0.006801605, 0.00021100044, 0.007926941) * v0_4.w;
        h0_3 += HVEC4(0.046905518, -0.14001465, 0.018753052, 0.011238098) * v0_5.x;
        h0_3 += HVEC4(-0.031585693, -0.02709961, 0.0069999695, -0.006252289) * v0_5.y;
        h0_3 += HVEC4(0.11578369, -0.013015747, -0.13391113, 0.23522949) * v0_5.z;
        h0_3 += HVEC4(-0.14538574, 0.11968994, 0.0078125, -0.005405426) * v0_5.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 68]);
        HVEC4 v0_5 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.032409668, 0.005748749, -0.17126465, -0.021209717) * v0_4.x;
        h0_0 += HVEC4(0.024917603, -0.020202637, -0.007980347, -0.04928589) * v0_4.y;
        h0_0 += HVEC4(-0.04623413, -0.032043457, 0.04800415, -0.09210205) * v0_4.z;
        h0_0 += HVEC4(-0.09423828, 0.008857727, -0.08477783, -0.0206604) * v0_4.w;
        h0_0 += HVEC4(-0.15039062, -0.032104492, 0.38720703, -0.28076172) * v0_5.x;
        h0_0 += HVEC4(0.16137695, 0.06616211, -0.009918213, 0.27294922) * v0_5.y;
        h0_0 += HVEC4(-0.07086182, -0.0075569153, -0.031402588, 0.030349731) * v0_5.z;
        h0_0 += HVEC4(-0.099731445, -0.039154053, 0.101745605, -0.27294922) * v0_5.w;
        h0_1 += HVEC4(-0.01096344, -0.010177612, 0.08660889, 0.029907227) * v0_4.x;
        h0_1 += HVEC4(-0.006855011, 0.0069618225, 0.10681152, 0.014633179) * v0_4.y;
        h0_1 += HVEC4(-0.0019226074, -0.0039367676, -0.036254883, -0.0602417) * v0_4.z;
        h0_1 += HVEC4(0.0036621094, 0.018951416, 0.017593384, -0.16894531) * v0_4.w;
        h0_1 += HVEC4(-0.013267517, -0.012908936, 0.08251953, -0.00057554245) * v0_5.x;
        h0_1 += HVEC4(0.004550934, 0.02658081, -0.48632812, 0.016448975) * v0_5.y;
        h0_1 += HVEC4(-0.004558563, 0.013053894, -0.059173584, -0.00096321106) * v0_5.z;
        h0_1 += HVEC4(-0.015853882, -0.027389526, -0.03463745, 0.0012235641) * v0_5.w;
        h0_2 += HVEC4(0.007068634, 0.0154953, 0.02104187, -0.031021118) * v0_4.x;
        h0_2 += HVEC4(-0.062805176, -0.026550293, -0.0037517548, 0.0115356445) * v0_4.y;
        h0_2 += HVEC4(-0.05569458, -0.019943237, 0.0062217712, -0.007221222) * v0_4.z;
        h0_2 += HVEC4(0.030914307, 0.009902954, 0.0033721924, -0.004714966) * v0_4.w;
        h0_2 += HVEC4(-0.027908325, 0.0725708, 0.04043579, -0.045806885) * v0_5.x;
        h0_2 += HVEC4(0.017608643, 0.07122803, -0.031311035, -0.0022907257) * v0_5.y;
        h0_2 += HVEC4(0.013244629, -0.008598328, 0.024414062, 0.018920898) * v0_5.z;
        h0_2 += HVEC4(0.00040769577, 0.03086853, 0.016998291, -0.007774353) * v0_5.w;
        h0_3 += HVEC4(-0.15234375, -0.0524292, 0.001294136, 0.00063467026) * v0_4.x;
        h0_3 += HVEC4(0.050933838, -0.025634766, 0.021743774, -0.004486084) * v0_4.y;
        h0_3 += HVEC4(0.07550049, 0.030303955, -0.021209717, -0.0074882507) * v0_4.z;
        h0_3 += HVEC4(0.06524658, -0.047790527, -0.0060920715, -4.5895576e-05) * v0_4.w;
        h0_3 += HVEC4(0.0014734268, -0.03375244, 0.023391724, -0.010391235) * v0_5.x;
        h0_3 += HVEC4(0.20080566, 0.074645996, 0.013328552, 0.0034732819) * v0_5.y;
        h0_3 += HVEC4(0.060302734, 0.022979736, 0.0005440712, -0.020996094) * v0_5.z;
        h0_3 += HVEC4(-0.032440186, -0.05731201, -0.010848999, 0.0018997192) * v0_5.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 69]);
        HVEC4 v0_5 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.092041016, 0.0022716522, -0.27270508, -0.62841797) * v0_4.x;
        h0_0 += HVEC4(0.012054443, 0.0017709732, 0.075805664, -0.12390137) * v0_4.y;
        h0_0 += HVEC4(0.01576233, 0.021560669, -0.03225708, 0.14001465) * v0_4.z;
        h0_0 += HVEC4(-0.23547363, -0.03010559, 0.22644043, -0.42041016) * v0_4.w;
        h0_0 += HVEC4(0.22814941, 0.055145264, -0.06512451, 0.54833984) * v0_5.x;
        h0_0 += HVEC4(-0.014457703, -0.13415527, 0.022323608, -0.3798828) * v0_5.y;
        h0_0 += HVEC4(0.014122009, -0.004306793, 0.016601562, 0.009780884) * v0_5.z;
        h0_0 += HVEC4(-0.33618164, 0.092163086, -0.2902832, -0.39135742) * v0_5.w;
        h0_1 += HVEC4(-0.0029678345, 0.029708862, 0.022155762, 0.011550903) * v0_4.x;
        h0_1 += HVEC4(0.002111435, 0.016174316, 0.06921387, 0.091796875) * v0_4.y;
        h0_1 += HVEC4(-0.00094270706, -0.01889038, -0.08013916, 0.02420044) * v0_4.z;
        h0_1 += HVEC4(0.001209259, -0.021957397, -0.08270264, -0.064208984) * v0_4.w;
        h0_1 += HVEC4(-0.0048828125, -0.028823853, 0.021636963, -0.041015625) * v0_5.x;
        h0_1 += HVEC4(-0.004322052, -0.027023315, 0.05517578, 0.0022125244) * v0_5.y;
        h0_1 += HVEC4(0.0033740997, 0.0011758804, -0.15332031, -0.10662842) * v0_5.z;
        h0_1 += HVEC4(0.013534546, 0.06097412, 0.06964111, -1.1146069e-05) * v0_5.w;
        h0_2 += HVEC4(0.09307861, -0.068481445, -0.020126343, -0.030029297) * v0_4.x;
        h0_2 += HVEC4(0.013320923, 0.04940796, 0.033691406, -0.018707275) * v0_4.y;
        h0_2 += HVEC4(0.06976318, -0.055755615, -0.029281616, -0.010116577) * v0_4.z;
        h0_2 += HVEC4(-0.17199707, 0.018478394, 0.0010261536, -0.018234253) * v0_4.w;
        h0_2 += HVEC4(-0.026260376, -0.007789612, 0.12475586, 0.042022705) * v0_5.x;
        h0_2 += HVEC4(-0.093444824, 0.08618164, -0.023284912, -0.0019187927) * v0_5.y;
        h0_2 += HVEC4(0.04434204, -0.049987793, -0.07867432, -0.049224854) * v0_5.z;
        h0_2 += HVEC4(0.0025615692, 0.020584106, -0.006801605, 0.037506104) * v0_5.w;
        h0_3 += HVEC4(0.10101318, -0.011856079, 0.013290405, -0.021972656) * v0_4.x;
        h0_3 += HVEC4(-0.08654785, 0.078308105, 0.028060913, -0.017684937) * v0_4.y;
        h0_3 += HVEC4(0.08312988, -0.04852295, -0.0075416565, -0.039245605) * v0_4.z;
        h0_3 += HVEC4(-0.058410645, 0.06829834, 9.471178e-05, 0.002445221) * v0_4.w;
        h0_3 += HVEC4(-0.19396973, 0.036224365, 0.09075928, -0.06695557) * v0_5.x;
        h0_3 += HVEC4(0.052368164, 0.034484863, -0.08154297, 0.004722595) * v0_5.y;
        h0_3 += HVEC4(-0.14416504, -0.045837402, -0.02809143, -0.031677246) * v0_5.z;
        h0_3 += HVEC4(-0.12286377, 0.16967773, -0.016723633, 0.0028915405) * v0_5.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 70]);
        HVEC4 v0_5 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.03274536, -0.12512207, -0.019866943, -0.28295898) * v0_4.x;
        h0_0 += HVEC4(0.053497314, 0.080322266, 0.11975098, 0.064697266) * v0_4.y;
        h0_0 += HVEC4(0.053009033, 0.023513794, 0.05303955, 0.19274902) * v0_4.z;
        h0_0 += HVEC4(0.04547119, 0.030441284, -0.34887695, 0.38354492) * v0_4.w;
        h0_0 += HVEC4(-0.008262634, 0.02381897, -0.074035645, 0.29589844) * v0_5.x;
        h0_0 += HVEC4(0.010292053, 0.10290527, 0.08795166, -0.04724121) * v0_5.y;
        h0_0 += HVEC4(-0.08154297, -0.09423828, -0.12402344, 0.24060059) * v0_5.z;
        h0_0 += HVEC4(-0.28466797, -0.15600586, 0.16149902, -0.55859375) * v0_5.w;
        h0_1 += HVEC4(0.002904892, -0.009094238, 0.009773254, 0.007095337) * v0_4.x;
        h0_1 += HVEC4(-0.003042221, -0.0058555603, 0.049865723, -0.0064201355) * v0_4.y;
        h0_1 += HVEC4(-0.0018892288, 0.015464783, 0.15014648, -0.00066280365) * v0_4.z;
        h0_1 += HVEC4(-0.01902771, 0.011421204, 0.3642578, 0.050964355) * v0_4.w;
        h0_1 += HVEC4(-0.011077881, 0.007091522, 0.09484863, 0.0028324127) * v0_5.x;
        h0_1 += HVEC4(0.00033831596, 0.00762558, -0.040649414, 0.0007843971) * v0_5.y;
        h0_1 += HVEC4(-0.002752304, 0.0033893585, -0.15637207, 0.032318115) * v0_5.z;
        h0_1 += HVEC4(0.014457703, -0.05178833, -0.062286377, 0.015159607) * v0_5.w;
        h0_2 += HVEC4(-0.014526367, 0.028808594, 0.013969421, 0.0004940033) * v0_4.x;
        h0_2 += HVEC4(0.035339355, -0.012329102, 0.01373291, 0.011795044) * v0_4.y;
        h0_2 += HVEC4(0.025772095, 0.050811768, 0.00015103817, -0.013900757) * v0_4.z;
        h0_2 += HVEC4(0.061584473, 0.01486969, 0.006248474, -0.00819397) * v0_4.w;
        h0_2 += HVEC4(-0.06890869, -0.00024080276, 0.016937256, 0.0107421875) * v0_5.x;
        h0_2 += HVEC4(-0.008552551, -0.022994995, 0.00459671, -0.006099701) * v0_5.y;
        h0_2 += HVEC4(-0.024368286, 0.06591797, 0.078186035, -0.058776855) * v0_5.z;
        h0_2 += HVEC4(0.033599854, -0.008285522, -0.0036010742, -0.0037612915) * v0_5.w;
        h0_3 += HVEC4(0.08270264, 0.07788086, -0.012702942, -0.91748047) * v0_4.x;
        h0_3 += HVEC4(-0.00028443336, -0.027053833, 0.019241333, -1.3662109) * v0_4.y;
        h0_3 += HVEC4(0.012588501, 0.041381836, -0.037353516, -0.6113281) * v0_4.z;
        h0_3 += HVEC4(-0.031021118, 0.015159607, -0.019042969, -0.421875) * v0_4.w;
        h0_3 += HVEC4(-0.11065674, 0.018539429, 0.041748047, -0.22912598) * v0_5.x;
        h0_3 += HVEC4(-0.06591797, -0.022415161, -0.010864258, -0.8901367) * v0_5.y;
        h0_3 += HVEC4(-0.006385803, -0.022155762, -0.027130127, 0.1809082) * v0_5.z;
        h0_3 += HVEC4(0.15393066, -0.10839844, -0.016403198, -1.0546875) * v0_5.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n2_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n2_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 6..7.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.01689148, -0.016479492, 0.0039901733, -0.08441162) * v0_6.x;
        h0_0 += HVEC4(-0.045806885, 0.034057617, 0.047332764, 0.47558594) * v0_6.y;
        h0_0 += HVEC4(-0.06304932, -0.003780365, 0.012229919, -0.027130127) * v0_6.z;
        h0_0 += HVEC4(-0.07434082, 0.015327454, 0.08496094, -0.14221191) * v0_6.w;
        h0_0 += HVEC4(-0.053527832, 0.025497437, -0.0178833, -0.4296875) * v0_7.x;
        h0_0 += HVEC4(0.066589355, 0.041168213, 0.1751709, -0.054718018) * v0_7.y;
        h0_0 += HVEC4(-0.015625, 0.043792725, 0.14416504, 0.012382507) * v0_7.z;
        h0_0 += HVEC4(-0.055664062, 0.013069153, 0.033996582, 0.024993896) * v0_7.w;
        h0_1 += HVEC4(0.24572754, 0.0041999817, -0.0002822876, -0.10626221) * v0_6.x;
        h0_1 += HVEC4(0.009841919, -0.04360962, -0.0030155182, -0.13098145) * v0_6.y;
        h0_1 += HVEC4(-0.058135986, 0.014190674, 0.18518066, 0.058441162) * v0_6.z;
        h0_1 += HVEC4(-0.37060547, -0.013366699, -0.13183594, -0.07409668) * v0_6.w;
        h0_1 += HVEC4(-0.031021118, 0.0015878677, 0.39819336, -0.05593872) * v0_7.x;
        h0_1 += HVEC4(-0.06335449, 0.036468506, -0.9604492, 0.11828613) * v0_7.y;
        h0_1 += HVEC4(0.2998047, 0.10290527, -0.3137207, 0.14233398) * v0_7.z;
        h0_1 += HVEC4(0.0012292862, 0.026794434, -0.12390137, 0.013221741) * v0_7.w;
        h0_2 += HVEC4(-0.06488037, -0.032806396, 0.011940002, 0.004924774) * v0_6.x;
        h0_2 += HVEC4(-0.015090942, 0.015586853, -0.005542755, 0.0028305054) * v0_6.y;
        h0_2 += HVEC4(0.0050964355, 0.035369873, -0.0013580322, -0.007221222) * v0_6.z;
        h0_2 += HVEC4(-0.01689148, -0.008110046, 0.019439697, 0.032073975) * v0_6.w;
        h0_2 += HVEC4(0.012428284, -0.007888794, -0.008468628, 0.0067481995) * v0_7.x;
        h0_2 += HVEC4(0.0501709, -0.007888794, -0.001783371, -0.008453369) * v0_7.y;
        h0_2 += HVEC4(0.07324219, 0.07757568, -0.05456543, 0.025665283) * v0_7.z;
        h0_2 += HVEC4(-0.084350586, -0.052947998, 0.015182495, 0.014625549) * v0_7.w;
        h0_3 += HVEC4(-0.011436462, -0.0017881393, -0.0039978027, -0.003047943) * v0_6.x;
        h0_3 += HVEC4(-0.017669678, -0.029724121, -0.00349617, -0.00082683563) * v0_6.y;
        h0_3 += HVEC4(-0.042633057, 0.0057411194, -0.04232788, -0.0030384064) * v0_6.z;
        h0_3 += HVEC4(-0.03173828, 0.020401001, 0.007881165, -0.002111435) * v0_6.w;
        h0_3 += HVEC4(-0.05227661, 0.004753113, 0.0056648254, -0.0029335022) * v0_7.x;
        h0_3 += HVEC4(-0.00036382675, 0.005302429, -0.02861023, -0.00032901764) * v0_7.y;
        h0_3 += HVEC4(0.105407715, 0.044555664, -0.06817627, -0.036499023) * v0_7.z;
        h0_3 += HVEC4(-0.15039062, 0.053588867, -0.0057411194, 0.002840042) * v0_7.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.06951904, 0.04309082, 0.116760254, 0.34716797) * v0_6.x;
        h0_0 += HVEC4(-0.06549072, -0.028457642, -0.077819824, -0.2705078) * v0_6.y;
        h0_0 += HVEC4(0.06829834, 0.008522034, 0.055114746, 0.2854004) * v0_6.z;
        h0_0 += HVEC4(-0.039642334, 0.0056533813, -0.13879395, -0.12188721) * v0_6.w;
        h0_0 += HVEC4(-0.060302734, -0.028839111, -0.070373535, -0.29125977) * v0_7.x;
        h0_0 += HVEC4(-0.05886841, -0.028686523, -0.22253418, -0.8408203) * v0_7.y;
        h0_0 += HVEC4(0.20422363, -0.12371826, -0.19006348, 0.19641113) * v0_7.z;
        h0_0 += HVEC4(0.21606445, 0.011749268, -0.19689941, 0.11639404) * v0_7.w;
        h0_1 += HVEC4(-0.0053710938, -0.015625, 0.08660889, 0.052490234) * v0_6.x;
        h0_1 += HVEC4(-0.011978149, 0.012687683, 0.12261963, -0.023208618) * v0_6.y;
        h0_1 += HVEC4(-0.020080566, 0.023452759, 0.11883545, 0.09814453) * v0_6.z;
        h0_1 += HVEC4(-0.042541504, -0.0871582, -0.2800293, 0.07421875) * v0_6.w;
        h0_1 += HVEC4(0.03274536, -0.07110596, 0.31933594, -0.08679199) * v0_7.x;
        h0_1 += HVEC4(-0.0049552917, -0.21008301, -0.33447266, -0.06225586) * v0_7.y;
        h0_1 += HVEC4(0.070129395, 0.012886047, -0.028274536, -0.16821289) * v0_7.z;
        h0_1 += HVEC4(-0.003780365, -0.011795044, -0.1430664, 0.0051574707) * v0_7.w;
        h0_2 += HVEC4(0.10089111, 0.048431396, -0.0062332153, 0.047088623) * v0_6.x;
        h0_2 += HVEC4(-0.038848877, 0.011779785, 0.014778137, 0.042388916) * v0_6.y;
        h0_2 += HVEC4(0.072387695, 0.006717682, 0.004299164, -0.0067596436) * v0_6.z;
        h0_2 += HVEC4(-0.09820557, -0.061035156, 0.058624268, -0.03930664) * v0_6.w;
        h0_2 += HVEC4(-0.05908203, -0.06964111, 0.019256592, -0.0024585724) * v0_7.x;
        h0_2 += HVEC4(0.013832092, 0.047576904, 0.009223938, -0.022018433) * v0_7.y;
        h0_2 += HVEC4(-0.020477295, -0.11651611, 0.082092285, -0.03881836) * v0_7.z;
        h0_2 += HVEC4(0.018585205, 0.059539795, -0.020019531, 0.031066895) * v0_7.w;
        h0_3 += HVEC4(-0.00699234, -0.040649414, 0.019744873, 0.011940002) * v0_6.x;
        h0_3 += HVEC4(0.006652832, -0.08428955, -0.002418518, 0.0031585693) * v0_6.y;
        h0_3 += HVEC4(0.047424316, -3.0040741e-05, -0.018356323, -0.00027418137) * v0_6.z;
        h0_3 += HVEC4(-0.121520996, 0.024841309, -0.064086914, -0.007850647) * v0_6.w;
        h0_3 += HVEC4(-0.04547119, 0.036071777, -0.0060310364, -0.0018548965) * v0_7.x;
        h0_3 += HVEC4(0.07525635, 0.09509277, -0.0075569153, 0.0040359497) * v0_7.y;
        h0_3 += HVEC4(0.15612793, 0.06008911, -0.07879639, -0.015052795) * v0_7.z;
        h0_3 += HVEC4(0.074279785, -0.05343628, 0.019958496, -0.009895325) * v0_7.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.01739502, 0.034820557, 0.044921875, -0.17321777) * v0_6.x;
        h0_0 += HVEC4(0.030212402, -0.0008339882, -0.19055176, 0.13122559) * v0_6.y;
        h0_0 += HVEC4(0.022018433, 0.021820068, 0.020019531, 0.13989258) * v0_6.z;
        h0_0 += HVEC4(0.09875488, 0.048797607, -0.10107422, 0.14855957) * v0_6.w;
        h0_0 += HVEC4(-0.109558105, -0.022476196, -0.23657227, -0.4650879) * v0_7.x;
        h0_0 += HVEC4(-0.05343628, 0.049682617, 0.080322266, -0.0814209) * v0_7.y;
        h0_0 += HVEC4(-0.026672363, -0.02458191, 0.032318115, -0.101623535) * v0_7.z;
        h0_0 += HVEC4(-0.13232422, -0.107055664, 0.12109375, -0.29516602) * v0_7.w;
        h0_1 += HVEC4(0.0071144104, 0.06188965, -0.2614746, -0.009468079) * v0_6.x;
        h0_1 += HVEC4(-0.01134491, -0.09710693, -0.29174805, -0.00969696) * v0_6.y;
        h0_1 += HVEC4(-0.004348755, -0.00198555, 0.2878418, -0.0007634163) * v0_6.z;
        h0_1 += HVEC4(0.010887146, 0.05419922, -0.07366943, 0.016479492) * v0_6.w;
        h0_1 += HVEC4(-0.0041275024, -0.23291016, 0.22302246, -0.009536743) * v0_7.x;
        h0_1 += HVEC4(-0.0036449432, 0.029174805, -0.7861328, -0.00021672249) * v0_7.y;
        h0_1 += HVEC4(-0.0062065125, -0.08050537, 0.08123779, -0.009635925) * v0_7.z;
        h0_1 += HVEC4(0.00012481213, 0.023956299, -0.22558594, -0.008033752) * v0_7.w;
        h0_2 += HVEC4(0.006111145, -0.016448975, 0.0067825317, -0.010047913) * v0_6.x;
        h0_2 += HVEC4(-0.12780762, -0.05142212, -0.002401352, 0.0043525696) * v0_6.y;
        h0_2 += HVEC4(0.049346924, 0.019119263, -0.0021972656, -0.006061554) * v0_6.z;
        h0_2 += HVEC4(0.061035156, 0.04159546, -0.018051147, 0.0076446533) * v0_6.w;
        h0_2 += HVEC4(-0.05770874, 0.020965576, 0.0055160522, 0.016998291) * v0_7.x;
        h0_2 += HVEC4(0.039489746, -0.011131287, 0.0012588501, 0.0019874573) * v0_7.y;
        h0_2 += HVEC4(-0.04269409, 0.03817749, 0.024017334, 0.0057258606) * v0_7.z;
        h0_2 += HVEC4(-0.009399414, -0.0022506714, 0.0072250366, -0.009735107) * v0_7.w;
        h0_3 += HVEC4(0.049682617, 0.031921387, 0.013015747, -0.0054244995) * v0_6.x;
        h0_3 += HVEC4(0.017364502, -0.06274414, -0.013420105, -0.007987976) * v0_6.y;
        h0_3 += HVEC4(-0.010559082, 0.041656494, -0.018096924, 0.002811432) * v0_6.z;
        h0_3 += HVEC4(-0.03353882, 0.026931763, 0.048553467, 0.01701355) * v0_6.w;
        h0_3 += HVEC4(-0.02671814, -0.10308838, 0.011474609, -0.003742218) * v0_7.x;
        h0_3 += HVEC4(-0.027618408, -0.01260376, -0.0005502701, -0.0029411316) * v0_7.y;
        h0_3 += HVEC4(0.048828125, -0.030853271, -0.014694214, -0.0440979) * v0_7.z;
        h0_3 += HVEC4(0.040161133, 0.019119263, 0.0006494522, 0.0050468445) * v0_7.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 34]);
        HVEC4 v0_7 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(-0.03829956, -0.047790527, 0.008773804, -0.15979004) * v0_6.x;
        h0_0 += HVEC4(0.15893555, 0.05230713, -0.10510254, -0.0035820007) * v0_6.y;
        h0_0 += HVEC4(-0.045684814, 0.007255554, 0.10772705, -0.27929688) * v0_6.z;
        h0_0 += HVEC4(0.010925293, 0.05831909, 0.044433594, -0.14794922) * v0_6.w;
        h0_0 += HVEC4(-0.2631836, -0.02305603, -0.14746094, -0.2265625) * v0_7.x;
        h0_0 += HVEC4(0.074035645, 0.002216339, -0.109802246, -0.32177734) * v0_7.y;
        h0_0 += HVEC4(0.0435791, 0.061553955, 0.21508789, 0.31835938) * v0_7.z;
        h0_0 += HVEC4(-0.080200195, 0.016281128, -0.014053345, -0.09503174) * v0_7.w;
        h0_1 += HVEC4(-0.0061302185, 0.016098022, 0.027450562, 0.2915039) * v0_6.x;
        h0_1 += HVEC4(0.029052734, -0.019317627, 0.32958984, -0.013877869) * v0_6.y;
        h0_1 += HVEC4(0.0010061264, 0.037872314, 0.24133301, 0.15405273) * v0_6.z;
        h0_1 += HVEC4(-0.023452759, 0.014541626, -0.30200195, 0.10455322) * v0_6.w;
        h0_1 += HVEC4(0.008117676, -0.026779175, 0.026794434, -0.1920166) * v0_7.x;
        h0_1 += HVEC4(-0.033996582, -0.005558014, 0.16430664, -0.1854248) * v0_7.y;
        h0_1 += HVEC4(-0.041503906, 0.0033226013, 0.19946289, -0.25585938) * v0_7.z;
        h0_1 += HVEC4(-0.002166748, 0.0010223389, -0.41235352, -0.020004272) * v0_7.w;
        h0_2 += HVEC4(0.10662842, -0.0015382767, 0.04446411, -0.014808655) * v0_6.x;
        h0_2 += HVEC4(-0.016235352, -0.022384644, -0.020523071, 0.053771973) * v0_6.y;
        h0_2 += HVEC4(0.043182373, 0.05407715, -0.00434494, -0.0037250519) * v0_6.z;
        h0_2 += HVEC4(-0.040893555, -0.073791504, -0.06365967, 0.10180664) * v0_6.w;
        h0_2 += HVEC4(-0.09613037, -0.0063095093, 0.012840271, -0.033355713) * v0_7.x;
        h0_2 += HVEC4(-0.29760742, -0.006111145, -0.020843506, -0.017349243) * v0_7.y;
        h0_2 += HVEC4(0.014907837, -0.06713867, -0.09503174, 0.14550781) * v0_7.z;
        h0_2 += HVEC4(0.1303711, -0.046081543, -0.02166748, -0.016815186) * v0_7.w;
        h0_3 += HVEC4(0.046875, -0.048553467, 0.03652954, 0.008422852) * v0_6.x;
        h0_3 += HVEC4(-0.020248413, 0.00069761276, -0.017288208, -0.0028820038) * v0_6.y;
        h0_3 += HVEC4(0.057250977, -0.009017944, -0.04196167, -0.0010795593) * v0_6.z;
        h0_3 += HVEC4(-0.1303711, -0.09649658, -0.0725708, -0.009742737) * v0_6.w;
        h0_3 += HVEC4(-0.034973145, -0.06274414, 0.040527344, 0.003545761) * v0_7.x;
        h0_3 += HVEC4(-0.040985107, -0.018692017, -0.07287598, -0.0050354004) * v0_7.y;
        h0_3 += HVEC4(-0.07611084, 0.029907227, -0.049102783, -0.005580902) * v0_7.z;
        h0_3 += HVEC4(0.105895996, -0.055419922, -0.038757324, 8.648634e-05) * v0_7.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 35]);
        HVEC4 v0_7 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.034240723, 0.011383057, 0.068115234, -0.11785889) * v0_6.x;
        h0_0 += HVEC4(0.007762909, -0.018478394, 0.11431885, 0.06439209) * v0_6.y;
        h0_0 += HVEC4(0.08477783, 0.020523071, 0.097351074, 0.10217285) * v0_6.z;
        h0_0 += HVEC4(-0.15283203, -0.058654785, 0.06738281, -0.3684082) * v0_6.w;
        h0_0 += HVEC4(-0.27368164, -0.064575195, -0.24023438, -0.55029297) * v0_7.x;
        h0_0 += HVEC4(-0.5053711, -0.113586426, -0.5366211, -0.74121094) * v0_7.y;
        h0_0 += HVEC4(-0.104003906, 0.0045661926, 0.107055664, -0.0073928833) * v0_7.z;
        h0_0 += HVEC4(0.04373169, -0.0491333, 0.15112305, -0.32250977) * v0_7.w;
        h0_1 += HVEC4(-0.027954102, 0.07788086, -0.11431885, 0.057861328) * v0_6.x;
        h0_1 += HVEC4(0.0058937073, 0.009353638, 0.10687256, -0.15161133) * v0_6.y;
        h0_1 += HVEC4(-0.010154724, 0.021072388, 0.030471802, 0.09741211) * v0_6.z;
        h0_1 += HVEC4(-0.025756836, 0.06933594, -0.095947266, 0.0181427) * v0_6.w;
        h0_1 += HVEC4(0.013648987, 0.0501709, 0.0033664703, -0.006225586) * v0_7.x;
        h0_1 += HVEC4(0.0042037964, -0.086242676, -0.60302734, 0.0569458) * v0_7.y;
        h0_1 += HVEC4(0.0051078796, 0.007926941, 0.12756348, 0.16174316) * v0_7.z;
        h0_1 += HVEC4(0.0004386902, -0.002878189, 0.16296387, 0.028335571) * v0_7.w;
        h0_2 += HVEC4(-0.10424805, -0.05731201, 0.026763916, 0.038146973) * v0_6.x;
        h0_2 += HVEC4(0.08312988, 0.06347656, 0.060699463, 0.0027427673) * v0_6.y;
        h0_2 += HVEC4(0.14624023, 0.11303711, -0.04055786, -0.02507019) * v0_6.z;
        h0_2 += HVEC4(0.06921387, -0.04208374, -0.17468262, -0.31884766) * v0_6.w;
        h0_2 += HVEC4(-0.28710938, -0.06549072, -0.06524658, -0.076538086) * v0_7.x;
        h0_2 += HVEC4(-0.24938965, -0.21740723, -0.0680542, -0.06549072) * v0_7.y;
        h0_2 += HVEC4(0.012313843, 0.22094727, -0.039520264, 0.053741455) * v0_7.z;
        h0_2 += HVEC4(-0.085876465, -0.0031032562, -0.0032577515, 0.0418396) * v0_7.w;
        h0_3 += HVEC4(-0.10809326, 0.19592285, -0.031829834, -0.050750732) * v0_6.x;
        h0_3 += HVEC4(-0.17016602, -0.14318848, 0.029937744, 0.0019893646) * v0_6.y;
        h0_3 += HVEC4(0.16674805, 0.07080078, -0.19018555, -0.0010652542) * v0_6.z;
        h0_3 += HVEC4(-0.25854492, -0.12768555, -0.08935547, 0.038269043) * v0_6.w;
        h0_3 += HVEC4(0.057006836, -0.15515137, -0.047027588, 0.017959595) * v0_7.x;
        h0_3 += HVEC4(-0.44189453, -0.20861816, -0.16784668, 0.0059013367) * v0_7.y;
        h0_3 += HVEC4(-0.11199951, -0.060577393, 0.1505127, 0.24584961) * v0_7.z;
        h0_3 += HVEC4(-0.0385437, 0.10809326, 0.049316406, -0.0010986328) * v0_7.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(-0.011192322, 0.05404663, -0.14978027, -0.13916016) * v0_6.x;
        h0_0 += HVEC4(0.029510498, 0.11260986, 0.029800415, -0.109069824) * v0_6.y;
        h0_0 += HVEC4(0.103637695, 0.037231445, -0.051330566, 0.12597656) * v0_6.z;
        h0_0 += HVEC4(-0.014274597, -0.052581787, 0.03062439, -0.21179199) * v0_6.w;
        h0_0 += HVEC4(-0.0335083, -0.12670898, -0.25634766, -0.47094727) * v0_7.x;
        h0_0 += HVEC4(-0.00075244904, -0.05392456, -0.021255493, -0.024719238) * v0_7.y;
        h0_0 += HVEC4(-0.064453125, -0.081604004, -0.13012695, 0.19128418) * v0_7.z;
        h0_0 += HVEC4(0.033294678, -0.28833008, 0.011108398, -0.34423828) * v0_7.w;
        h0_1 += HVEC4(0.0034179688, -0.03564453, -0.16369629, -0.016494751) * v0_6.x;
        h0_1 += HVEC4(-0.005241394, -0.007785797, -0.2310791, -0.020385742) * v0_6.y;
        h0_1 += HVEC4(0.00029230118, -0.023010254, 0.05215454, -0.007827759) * v0_6.z;
        h0_1 += HVEC4(0.0073013306, -0.03616333, -0.04348755, -0.012031555) * v0_6.w;
        h0_1 += HVEC4(0.007789612, 0.032318115, -0.12445068, 0.01335907) * v0_7.x;
        h0_1 += HVEC4(0.0025501251, 0.060546875, -0.37963867, 0.029815674) * v0_7.y;
        h0_1 += HVEC4(-0.010971069, 0.022567749, -0.081726074, 0.011489868) * v0_7.z;
        h0_1 += HVEC4(0.0024795532, -0.0012464523, 0.23803711, 1.591444e-05) * v0_7.w;
        h0_2 += HVEC4(0.010040283, -0.059936523, 0.037017822, -0.002998352) * v0_6.x;
        h0_2 += HVEC4(-0.11828613, 0.02696228, -0.037872314, 0.00434494) * v0_6.y;
        h0_2 += HVEC4(0.034088135, 0.017486572, -0.008674622, 0.0031414032) * v0_6.z;
        h0_2 += HVEC4(-0.026397705, -0.038879395, 0.023147583, -0.069885254) * v0_6.w;
        h0_2 += HVEC4(-0.0289917, -0.10522461, -0.010620117, -0.007255554) * v0_7.x;
        h0_2 += HVEC4(0.07269287, 0.062438965, 0.019378662, -0.017959595) * v0_7.y;
        h0_2 += HVEC4(-0.0025539398, -0.03869629, -0.023025513, 0.058685303) * v0_7.z;
        h0_2 += HVEC4(0.028915405, 0.013687134, -0.00605011, 0.005168915) * v0_7.w;
        h0_3 += HVEC4(-0.018997192, -0.007663727, -0.013442993, 0.029876709) * v0_6.x;
        h0_3 += HVEC4(-0.03540039, -0.061553955, 0.023269653, 0.0063476562) * v0_6.y;
        h0_3 += HVEC4(0.04537964, 0.111083984, -0.02571106, -7.659197e-05) * v0_6.z;
        h0_3 += HVEC4(-0.055236816, 0.004169464, -0.03314209, -0.007194519) * v0_6.w;
        h0_3 += HVEC4(-0.10345459, -0.0592041, 0.024734497, 0.028137207) * v0_7.x;
        h0_3 += HVEC4(-0.05593872, 0.018585205, -0.004432678, 0.0078048706) * v0_7.y;
        h0_3 += HVEC4(-0.05871582, -0.020141602, 0.02079773, 0.18066406) * v0_7.z;
        h0_3 += HVEC4(-0.017852783, -0.023208618, 0.018585205, -0.018722534) * v0_7.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 68]);
        HVEC4 v0_7 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.035125732, -0.0118255615, 0.11773682, -0.031707764) * v0_6.x;
        h0_0 += HVEC4(0.08746338, 0.038238525, -0.050354004, 0.033355713) * v0_6.y;
        h0_0 += HVEC4(-0.025360107, -0.005065918, 0.082458496, -0.029159546) * v0_6.z;
        h0_0 += HVEC4(-0.06335449, 0.010375977, 0.040893555, -0.29589844) * v0_6.w;
        h0_0 += HVEC4(0.011161804, 0.0072898865, -0.10888672, -0.17663574) * v0_7.x;
        h0_0 += HVEC4(0.12939453, 0.039642334, -0.43115234, 0.036315918) * v0_7.y;
        h0_0 += HVEC4(0.14685059, 0.04574585, -0.007701874, -0.041168213) * v0_7.z;
        h0_0 += HVEC4(0.053955078, 0.0259552, 0.023880005, -0.025543213) * v0_7.w;
        h0_1 += HVEC4(0.004306793, 0.002210617, -0.060333252, -0.00856781) * v0_6.x;
        h0_1 += HVEC4(0.013259888, -0.007709503, -0.08514404, 0.003370285) * v0_6.y;
        h0_1 += HVEC4(-0.0035896301, 0.018600464, -0.01096344, -0.005153656) * v0_6.z;
        h0_1 += HVEC4(0.023330688, -0.0007505417, 0.011566162, 8.6426735e-06) * v0_6.w;
        h0_1 += HVEC4(0.004295349, 0.007232666, -0.021850586, 0.052093506) * v0_7.x;
        h0_1 += HVEC4(0.0015392303, 0.009407043, 0.022415161, -0.08062744) * v0_7.y;
        h0_1 += HVEC4(0.006362915, 0.0048980713, 0.103149414, 0.16589355) * v0_7.z;
        h0_1 += HVEC4(0.00085926056, -0.00020861626, 0.09082031, -0.03262329) * v0_7.w;
        h0_2 += HVEC4(-0.009819031, -0.008224487, 0.010276794, -0.0048065186) * v0_6.x;
        h0_2 += HVEC4(0.0013227463, -0.004989624, -0.009735107, -0.011657715) * v0_6.y;
        h0_2 += HVEC4(0.06414795, 0.0135269165, 0.01209259, -0.005382538) * v0_6.z;
        h0_2 += HVEC4(-0.021316528, 0.005493164, -0.0045204163, -0.010253906) * v0_6.w;
        h0_2 += HVEC4(-0.024291992, -0.010604858, -0.00066137314, -0.0010738373) * v0_7.x;
        h0_2 += HVEC4(0.05996704, -0.022781372, -0.024551392, 0.027755737) * v0_7.y;
        h0_2 += HVEC4(0.01411438, 0.06695557, -0.0096206665, -0.029037476) * v0_7.z;
        h0_2 += HVEC4(0.016311646, 0.020690918, 0.005332947, 0.013641357) * v0_7.w;
        h0_3 += HVEC4(0.02482605, 0.048736572, -0.009109497, -0.011001587) * v0_6.x;
        h0_3 += HVEC4(0.043304443, 0.043273926, -0.007003784, -0.006801605) * v0_6.y;
        h0_3 += HVEC4(0.043395996, 0.0017328262, -0.033111572, -0.005645752) * v0_6.z;
        h0_3 += HVEC4(-0.09613037, 0.04058838, 0.014961243, 0.004081726) * v0_6.w;
        h0_3 += HVEC4(0.06137085, -0.01574707, -0.008346558, 7.253885e-05) * v0_7.x;
        h0_3 += HVEC4(0.15466309, 0.070129395, -0.01448822, 0.0074882507) * v0_7.y;
        h0_3 += HVEC4(0.06311035, 0.015357971, -0.0021972656, 0.004676819) * v0_7.z;
        h0_3 += HVEC4(-0.022201538, 0.012641907, 0.012931824, 0.0036621094) * v0_7.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 69]);
        HVEC4 v0_7 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.07293701, 0.028778076, -0.029083252, 0.115600586) * v0_6.x;
        h0_0 += HVEC4(-0.074279785, 0.0002425909, -0.06359863, 0.033325195) * v0_6.y;
        h0_0 += HVEC4(0.055541992, -0.009643555, 0.18798828, 0.017166138) * v0_6.z;
        h0_0 += HVEC4(0.1829834, 0.077819824, 0.019744873, -0.0025978088) * v0_6.w;
        h0_0 += HVEC4(-0.08728027, -0.033599854, -0.18188477, -0.48242188) * v0_7.x;
        h0_0 += HVEC4(-0.66503906, -0.35180664, -0.087646484, -0.6538086) * v0_7.y;
        h0_0 += HVEC4(-0.11505127, -0.022872925, 0.087646484, -0.18408203) * v0_7.z;
        h0_0 += HVEC4(0.035827637, -0.0132751465, 0.029953003, 0.23339844) * v0_7.w;
        h0_1 += HVEC4(-0.006549835, -0.016647339, -0.115112305, -0.1005249) * v0_6.x;
        h0_1 += HVEC4(0.010887146, 0.0032901764, -0.13842773, 0.015853882) * v0_6.y;
        h0_1 += HVEC4(-0.00680542, -0.014854431, 0.005203247, -0.023071289) * v0_6.z;
        h0_1 += HVEC4(-0.004787445, -0.01914978, -0.103393555, -0.034698486) * v0_6.w;
        h0_1 += HVEC4(0.0006008148, 0.0072135925, 0.029678345, 0.017425537) * v0_7.x;
        h0_1 += HVEC4(0.0075531006, -0.0074539185, -0.20947266, -0.054779053) * v0_7.y;
        h0_1 += HVEC4(0.0077705383, -0.00466156, 0.20471191, -0.03616333) * v0_7.z;
        h0_1 += HVEC4(-0.0056495667, 0.0057029724, -0.04034424, -0.02619934) * v0_7.w;
        h0_2 += HVEC4(0.039123535, -0.009590149, -0.020980835, 0.027557373) * v0_6.x;
        h0_2 += HVEC4(-0.06402588, -0.048828125, 0.0077552795, 0.02027893) * v0_6.y;
        h0_2 += HVEC4(0.019226074, 0.010131836, 0.021408081, 0.0014781952) * v0_6.z;
        h0_2 += HVEC4(-0.03540039, -0.09765625, -0.030075073, 0.0042304993) * v0_6.w;
        h0_2 += HVEC4(0.021469116, 0.0052986145, 0.030761719, 0.011039734) * v0_7.x;
        h0_2 += HVEC4(0.05419922, -0.11682129, -0.049743652, -0.034484863) * v0_7.y;
        h0_2 += HVEC4(0.016189575, -0.056243896, -0.012748718, 0.11328125) * v0_7.z;
        h0_2 += HVEC4(8.4519386e-05, -0.034240723, -0.0031852722, 0.0011177063) * v0_7.w;
        h0_3 += HVEC4(0.10308838, -0.031707764, -0.035583496, 0.012580872) * v0_6.x;
        h0_3 += HVEC4(0.1270752, 0.10345459, -0.020584106, 0.012794495) * v0_6.y;
        h0_3 += HVEC4(-0.017593384, 0.04876709, -0.02444458, -0.002916336) * v0_6.z;
        h0_3 += HVEC4(0.022994995, 0.0045547485, -0.039489746, 0.04031372) * v0_6.w;
        h0_3 += HVEC4(-0.031799316, 0.0152282715, 0.016784668, -0.018737793) * v0_7.x;
        h0_3 += HVEC4(-0.037872314, -0.28149414, -0.10461426, 0.045806885) * v0_7.y;
        h0_3 += HVEC4(0.07409668, 0.052947998, 0.013694763, 0.24182129) * v0_7.z;
        h0_3 += HVEC4(-0.009796143, -0.05569458, 0.014076233, -0.046203613) * v0_7.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 70]);
        HVEC4 v0_7 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.008003235, -0.02267456, -0.06933594, -0.08441162) * v0_6.x;
        h0_0 += HVEC4(0.015068054, 0.07196045, -0.008621216, 0.038757324) * v0_6.y;
        h0_0 += HVEC4(0.006668091, 0.040130615, -0.030807495, 0.12011719) * v0_6.z;
        h0_0 += HVEC4(-0.013244629, -0.014930725, -0.06341553, -0.17199707) * v0_6.w;
        h0_0 += HVEC4(-0.037902832, -0.058502197, 0.11541748, -0.17944336) * v0_7.x;
        h0_0 += HVEC4(0.041625977, -0.19689941, 0.045440674, -0.19995117) * v0_7.y;
        h0_0 += HVEC4(0.014190674, 0.057861328, 0.0569458, -0.078430176) * v0_7.z;
        h0_0 += HVEC4(0.016159058, -0.066101074, -0.08062744, 0.10284424) * v0_7.w;
        h0_1 += HVEC4(0.00068092346, 0.017715454, -0.05117798, 0.007888794) * v0_6.x;
        h0_1 += HVEC4(0.0018548965, -0.010368347, -0.16516113, 0.0066604614) * v0_6.y;
        h0_1 += HVEC4(-0.0010509491, 0.013061523, 0.023849487, -0.0071411133) * v0_6.z;
        h0_1 += HVEC4(-0.004386902, 0.021835327, 0.030075073, -0.002796173) * v0_6.w;
        h0_1 += HVEC4(-0.0003335476, -0.01763916, -0.047332764, -0.009361267) * v0_7.x;
        h0_1 += HVEC4(-0.006717682, 0.0029716492, 0.17590332, 0.006034851) * v0_7.y;
        h0_1 += HVEC4(0.0010347366, -0.013259888, 0.040740967, -0.0073623657) * v0_7.z;
        h0_1 += HVEC4(0.00023174286, -0.008361816, -0.02999878, 0.0017347336) * v0_7.w;
        h0_2 += HVEC4(-0.03289795, 0.0031757355, 0.0017957687, -0.020339966) * v0_6.x;
        h0_2 += HVEC4(-0.007789612, -0.0046310425, -0.016998291, -0.019546509) * v0_6.y;
        h0_2 += HVEC4(0.021575928, 0.062347412, -0.00064992905, 0.0015878677) * v0_6.z;
        h0_2 += HVEC4(-0.056030273, 0.029373169, 0.015556335, 0.010925293) * v0_6.w;
        h0_2 += HVEC4(-0.024932861, -0.015525818, 0.0029335022, -0.001663208) * v0_7.x;
        h0_2 += HVEC4(-0.011474609, 0.001625061, -0.0016536713, 0.008560181) * v0_7.y;
        h0_2 += HVEC4(0.017944336, 0.014892578, -0.047210693, -0.004524231) * v0_7.z;
        h0_2 += HVEC4(0.0028953552, -0.009651184, 0.0068588257, 0.0035762787) * v0_7.w;
        h0_3 += HVEC4(0.032226562, 0.03237915, -0.011886597, -0.19458008) * v0_6.x;
        h0_3 += HVEC4(0.0077934265, -0.025527954, 0.019241333, -0.40795898) * v0_6.y;
        h0_3 += HVEC4(-0.04159546, -0.018722534, -0.0038890839, -0.045715332) * v0_6.z;
        h0_3 += HVEC4(0.008522034, 0.026824951, 0.004425049, -1.3330078) * v0_6.w;
        h0_3 += HVEC4(0.043670654, -0.064086914, 0.006603241, -1.8007812) * v0_7.x;
        h0_3 += HVEC4(0.03869629, 1.013279e-06, -0.038513184, -1.8642578) * v0_7.y;
        h0_3 += HVEC4(0.035583496, 0.005241394, 0.021728516, -0.19702148) * v0_7.z;
        h0_3 += HVEC4(0.02607727, -0.0013074875, -0.0008635521, -0.9345703) * v0_7.w;
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

// conv 3x3, 32 channels -> 32 channels, then relu
// A workgroup computes 32x8 pixels with 32x8 threads: 1 slice(s) of 32x8, each computing
// 4 of the 4 output groups of 1 pixel(s) per thread. It works in 4 phases: each loads 2 input
// group(s) of its tile plus a 1-pixel halo (34x10 pixels, zero outside the frame: Keras 'same'
// padding) into shared memory and adds their products, so the threads run one phase's code at a time.
shared HVEC4 tile[680];

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
    HVEC4 h0_0;
    HVEC4 h0_1;
    HVEC4 h0_2;
    HVEC4 h0_3;
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

    // Phase 0: input groups 0..1.
    {
        tile[i0] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0)) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0)) : HVEC4(0.0);
    }
    barrier();
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n0_0_0 = texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_0_1 = texelFetch(ArtCNN_C4F32_L3p0_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n0_1_0 = texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n0_1_1 = texelFetch(ArtCNN_C4F32_L3p0_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 0]);
        HVEC4 v0_1 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.01828003, -0.00045609474, 0.0060577393, 0.015686035) * v0_0.x;
        h0_0 += HVEC4(0.020950317, 0.01008606, -0.05871582, 0.044281006) * v0_0.y;
        h0_0 += HVEC4(-0.0006842613, 0.039978027, -0.007774353, 0.05206299) * v0_0.z;
        h0_0 += HVEC4(-0.002073288, -0.027740479, -0.020645142, -0.011993408) * v0_0.w;
        h0_0 += HVEC4(0.013343811, -0.06768799, 0.06750488, 0.03503418) * v0_1.x;
        h0_0 += HVEC4(0.011940002, 0.008094788, 0.13684082, -0.0043411255) * v0_1.y;
        h0_0 += HVEC4(-0.0069847107, -0.060546875, -0.045806885, 0.018753052) * v0_1.z;
        h0_0 += HVEC4(0.014709473, 0.055877686, 0.01777649, -0.05810547) * v0_1.w;
        h0_1 += HVEC4(-0.07421875, -0.07611084, 0.010009766, 0.0049819946) * v0_0.x;
        h0_1 += HVEC4(0.026733398, 0.026123047, -0.012886047, -0.0036201477) * v0_0.y;
        h0_1 += HVEC4(0.09820557, -0.049072266, -0.057495117, -0.075683594) * v0_0.z;
        h0_1 += HVEC4(-0.058258057, -0.018798828, 0.043518066, -0.015411377) * v0_0.w;
        h0_1 += HVEC4(0.10192871, -0.021026611, 0.014190674, 0.042541504) * v0_1.x;
        h0_1 += HVEC4(0.15905762, 0.068359375, -0.043395996, 0.029663086) * v0_1.y;
        h0_1 += HVEC4(-0.06286621, -0.029006958, -0.06549072, -0.012451172) * v0_1.z;
        h0_1 += HVEC4(-0.21813965, -0.06161499, 0.07446289, -0.013038635) * v0_1.w;
        h0_2 += HVEC4(0.123168945, -0.03152466, 0.066589355, -0.017913818) * v0_0.x;
        h0_2 += HVEC4(-0.08093262, 0.0068244934, 0.013519287, 0.05718994) * v0_0.y;
        h0_2 += HVEC4(-0.31958008, 0.07305908, -0.037261963, -0.08905029) * v0_0.z;
        h0_2 += HVEC4(0.054718018, 0.022506714, -0.023910522, -0.018447876) * v0_0.w;
        h0_2 += HVEC4(0.48291016, -0.1071167, 0.049743652, 0.040405273) * v0_1.x;
        h0_2 += HVEC4(-0.04260254, -0.08068848, 0.00041556358, 0.05038452) * v0_1.y;
        h0_2 += HVEC4(-0.078430176, 0.0063438416, 0.014930725, -0.045959473) * v0_1.z;
        h0_2 += HVEC4(-0.05822754, 0.013832092, 0.015945435, -0.088378906) * v0_1.w;
        h0_3 += HVEC4(0.03741455, 0.022903442, 0.17858887, -0.0074691772) * v0_0.x;
        h0_3 += HVEC4(-0.054107666, 0.032592773, 0.0284729, 0.009933472) * v0_0.y;
        h0_3 += HVEC4(0.049102783, 0.016418457, 0.075927734, -0.033416748) * v0_0.z;
        h0_3 += HVEC4(0.020858765, -0.0021266937, 0.16577148, 0.0012922287) * v0_0.w;
        h0_3 += HVEC4(0.0028648376, -0.011177063, -0.11480713, -0.025604248) * v0_1.x;
        h0_3 += HVEC4(-0.030914307, -0.046173096, -0.3317871, -0.002313614) * v0_1.y;
        h0_3 += HVEC4(0.014450073, 0.007835388, -0.0045204163, -0.019760132) * v0_1.z;
        h0_3 += HVEC4(0.054779053, -0.032836914, 0.012435913, 0.0020599365) * v0_1.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 1]);
        HVEC4 v0_1 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.015541077, -0.020904541, 0.05618286, 0.011497498) * v0_0.x;
        h0_0 += HVEC4(0.011711121, 0.006958008, 0.08868408, -0.047607422) * v0_0.y;
        h0_0 += HVEC4(-0.021194458, -0.06530762, -0.011451721, -0.08239746) * v0_0.z;
        h0_0 += HVEC4(-0.0069847107, -0.020233154, 0.08746338, 0.055389404) * v0_0.w;
        h0_0 += HVEC4(0.003440857, -0.020446777, -0.10595703, -0.017318726) * v0_1.x;
        h0_0 += HVEC4(0.026626587, 0.003774643, -0.033599854, -0.17016602) * v0_1.y;
        h0_0 += HVEC4(0.022003174, 0.009239197, -0.03515625, 0.010475159) * v0_1.z;
        h0_0 += HVEC4(-0.060028076, -0.07281494, 0.08685303, 0.061645508) * v0_1.w;
        h0_1 += HVEC4(0.06512451, 0.004135132, 0.05102539, 0.026245117) * v0_0.x;
        h0_1 += HVEC4(0.047821045, 0.0496521, -0.21923828, 0.113708496) * v0_0.y;
        h0_1 += HVEC4(-0.1932373, -0.06793213, -0.13659668, -0.093933105) * v0_0.z;
        h0_1 += HVEC4(0.15270996, 0.049194336, 0.017562866, 0.015548706) * v0_0.w;
        h0_1 += HVEC4(0.08795166, -0.034484863, -0.016815186, 0.032806396) * v0_1.x;
        h0_1 += HVEC4(-0.041809082, -0.045715332, 0.060424805, -0.1352539) * v0_1.y;
        h0_1 += HVEC4(-0.062438965, -0.0026283264, -0.02986145, -0.013633728) * v0_1.z;
        h0_1 += HVEC4(0.11004639, 0.034332275, -0.16491699, 0.021347046) * v0_1.w;
        h0_2 += HVEC4(0.07183838, -0.01424408, 0.012611389, 0.048736572) * v0_0.x;
        h0_2 += HVEC4(0.20788574, -0.0625, -0.026123047, 0.11315918) * v0_0.y;
        h0_2 += HVEC4(-0.06561279, -0.045806885, 0.048828125, -0.11468506) * v0_0.z;
        h0_2 += HVEC4(-0.27905273, 0.010398865, 0.030471802, 0.12182617) * v0_0.w;
        h0_2 += HVEC4(-0.11627197, -0.16027832, -0.16418457, -0.026321411) * v0_1.x;
        h0_2 += HVEC4(0.012878418, -0.07659912, -0.025283813, -0.015007019) * v0_1.y;
        h0_2 += HVEC4(0.17028809, -0.11218262, 0.008956909, -0.037872314) * v0_1.z;
        h0_2 += HVEC4(-0.2841797, 0.04525757, 0.0058174133, -0.030303955) * v0_1.w;
        h0_3 += HVEC4(0.01953125, -0.012672424, -0.10681152, -0.0104522705) * v0_0.x;
        h0_3 += HVEC4(-0.052093506, 0.0074043274, -0.030258179, 0.024429321) * v0_0.y;
        h0_3 += HVEC4(0.037322998, -0.019699097, -0.022262573, -0.019515991) * v0_0.z;
        h0_3 += HVEC4(-0.0023956299, 0.05899048, -0.053863525, -0.018829346) * v0_0.w;
        h0_3 += HVEC4(-0.015144348, -0.095214844, -0.039520264, -0.13000488) * v0_1.x;
        h0_3 += HVEC4(0.020263672, -0.10821533, -0.18762207, 0.01335907) * v0_1.y;
        h0_3 += HVEC4(0.02355957, -0.017730713, -0.15368652, 0.015853882) * v0_1.z;
        h0_3 += HVEC4(-0.00096035004, 0.030288696, 0.13183594, -0.05871582) * v0_1.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_0 = HVEC4(tile[at + 2]);
        HVEC4 v0_1 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(-0.018066406, -0.022537231, 0.0016813278, 0.039215088) * v0_0.x;
        h0_0 += HVEC4(0.0848999, -0.10620117, -0.043426514, -0.072753906) * v0_0.y;
        h0_0 += HVEC4(-0.021942139, -0.04324341, -0.083496094, -0.009407043) * v0_0.z;
        h0_0 += HVEC4(-0.001209259, 0.014709473, -0.0050849915, -0.035308838) * v0_0.w;
        h0_0 += HVEC4(-0.0024280548, -0.030838013, 0.008087158, 0.0078048706) * v0_1.x;
        h0_0 += HVEC4(-0.009979248, -0.016799927, 0.035827637, 0.025741577) * v0_1.y;
        h0_0 += HVEC4(0.011009216, -0.055755615, -0.079833984, 0.00440979) * v0_1.z;
        h0_0 += HVEC4(-0.014785767, 0.017501831, -0.014045715, 0.007282257) * v0_1.w;
        h0_1 += HVEC4(0.011512756, -0.0008673668, 0.010215759, -0.039978027) * v0_0.x;
        h0_1 += HVEC4(-0.101257324, -0.0151901245, 0.11090088, -0.046936035) * v0_0.y;
        h0_1 += HVEC4(-0.17956543, -0.03338623, -0.007068634, -0.05142212) * v0_0.z;
        h0_1 += HVEC4(0.009750366, -0.010658264, 0.006023407, 0.045013428) * v0_0.w;
        h0_1 += HVEC4(-0.040100098, 0.019241333, 0.027664185, -0.0132369995) * v0_1.x;
        h0_1 += HVEC4(0.11364746, -0.009376526, -0.022003174, 0.07208252) * v0_1.y;
        h0_1 += HVEC4(-0.077697754, -0.032806396, -0.016784668, 0.0054626465) * v0_1.z;
        h0_1 += HVEC4(0.031311035, -0.010368347, -0.036834717, 0.03074646) * v0_1.w;
        h0_2 += HVEC4(0.19042969, -0.014205933, 0.0135269165, 0.026763916) * v0_0.x;
        h0_2 += HVEC4(-0.071899414, 0.08288574, 0.17443848, 0.031463623) * v0_0.y;
        h0_2 += HVEC4(-0.18444824, -0.026641846, 0.019104004, -0.13342285) * v0_0.z;
        h0_2 += HVEC4(0.06726074, -0.03616333, 0.06677246, 0.023895264) * v0_0.w;
        h0_2 += HVEC4(0.06427002, -0.03765869, -0.08276367, 0.09753418) * v0_1.x;
        h0_2 += HVEC4(0.048919678, -0.0418396, 0.048797607, 0.004825592) * v0_1.y;
        h0_2 += HVEC4(-0.05441284, -0.09387207, -0.012756348, -0.008796692) * v0_1.z;
        h0_2 += HVEC4(-0.078125, -0.00058078766, 0.13183594, -0.02357483) * v0_1.w;
        h0_3 += HVEC4(0.010368347, 0.020599365, 0.22705078, -0.021011353) * v0_0.x;
        h0_3 += HVEC4(-0.0078048706, 0.03466797, 0.2310791, 0.009651184) * v0_0.y;
        h0_3 += HVEC4(-0.017044067, 0.049438477, 0.0031318665, -0.09686279) * v0_0.z;
        h0_3 += HVEC4(0.0013904572, 0.054901123, 0.11450195, -0.0034294128) * v0_0.w;
        h0_3 += HVEC4(-0.0011720657, -0.048431396, 0.01008606, -0.0859375) * v0_1.x;
        h0_3 += HVEC4(0.0124435425, -0.07867432, -0.14709473, -0.03189087) * v0_1.y;
        h0_3 += HVEC4(-0.0020122528, -0.04598999, -0.29882812, -0.027893066) * v0_1.z;
        h0_3 += HVEC4(0.004058838, 0.06072998, 0.0357666, -0.0052871704) * v0_1.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 34]);
        HVEC4 v0_1 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.017227173, 0.0021533966, 0.00844574, -0.026519775) * v0_0.x;
        h0_0 += HVEC4(-0.006412506, 0.08215332, 0.052581787, -0.04208374) * v0_0.y;
        h0_0 += HVEC4(0.025131226, -0.046295166, 0.025390625, -0.06555176) * v0_0.z;
        h0_0 += HVEC4(0.00356102, 0.033599854, 0.03225708, 0.031921387) * v0_0.w;
        h0_0 += HVEC4(0.020126343, -0.14746094, -0.05456543, -0.029953003) * v0_1.x;
        h0_0 += HVEC4(-0.016357422, -0.0005631447, 0.004886627, 0.12213135) * v0_1.y;
        h0_0 += HVEC4(0.012680054, -0.037902832, -0.03729248, -0.03933716) * v0_1.z;
        h0_0 += HVEC4(-0.05117798, -0.018478394, -0.13879395, 0.11645508) * v0_1.w;
        h0_1 += HVEC4(0.1027832, -0.0012397766, -0.07458496, -0.029129028) * v0_0.x;
        h0_1 += HVEC4(0.28564453, 0.012626648, -0.059906006, -0.033050537) * v0_0.y;
        h0_1 += HVEC4(-0.12524414, 0.0012187958, 0.027038574, 0.015655518) * v0_0.z;
        h0_1 += HVEC4(-0.008644104, 0.008361816, -0.021636963, -0.015258789) * v0_0.w;
        h0_1 += HVEC4(0.0029563904, -0.021072388, 0.05847168, 0.05267334) * v0_1.x;
        h0_1 += HVEC4(-0.1171875, 0.038757324, 0.002199173, -0.05090332) * v0_1.y;
        h0_1 += HVEC4(0.021591187, -0.033325195, -0.08862305, 0.030532837) * v0_1.z;
        h0_1 += HVEC4(-0.45507812, 0.077697754, 0.2878418, -0.05444336) * v0_1.w;
        h0_2 += HVEC4(0.24487305, -0.06463623, -0.10852051, -0.016418457) * v0_0.x;
        h0_2 += HVEC4(0.14746094, -0.032440186, 0.02973938, 0.053009033) * v0_0.y;
        h0_2 += HVEC4(-0.30297852, 0.06124878, -0.0017642975, -0.07086182) * v0_0.z;
        h0_2 += HVEC4(-0.0098724365, -0.010505676, -0.032104492, -0.001663208) * v0_0.w;
        h0_2 += HVEC4(0.20483398, -0.017669678, -0.019897461, 0.020645142) * v0_1.x;
        h0_2 += HVEC4(-0.0847168, 0.013885498, -0.002811432, -0.021118164) * v0_1.y;
        h0_2 += HVEC4(-0.0803833, -0.04727173, 0.00068569183, 0.031677246) * v0_1.z;
        h0_2 += HVEC4(-0.08734131, 0.02281189, 0.03378296, -0.20996094) * v0_1.w;
        h0_3 += HVEC4(-0.012252808, -0.045410156, -0.10626221, 0.06842041) * v0_0.x;
        h0_3 += HVEC4(-0.07446289, -0.033966064, -0.16955566, 0.035705566) * v0_0.y;
        h0_3 += HVEC4(0.05508423, -0.03768921, -0.04837036, -0.0075569153) * v0_0.z;
        h0_3 += HVEC4(0.03677368, -0.023147583, -0.025634766, -0.057495117) * v0_0.w;
        h0_3 += HVEC4(0.0048980713, -0.0014467239, -0.18652344, -0.0007777214) * v0_1.x;
        h0_3 += HVEC4(0.03074646, 0.03845215, -0.044921875, -0.06463623) * v0_1.y;
        h0_3 += HVEC4(0.02420044, 0.039611816, 0.11566162, -0.023880005) * v0_1.z;
        h0_3 += HVEC4(-0.12646484, 0.026412964, -0.19726562, 0.031829834) * v0_1.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 35]);
        HVEC4 v0_1 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.01763916, -0.049957275, -0.018859863, -0.06112671) * v0_0.x;
        h0_0 += HVEC4(0.34155273, 0.17529297, 0.06829834, 0.10797119) * v0_0.y;
        h0_0 += HVEC4(0.06665039, 0.03152466, -0.12384033, -0.14233398) * v0_0.z;
        h0_0 += HVEC4(0.039489746, 0.009140015, -0.027252197, -0.10119629) * v0_0.w;
        h0_0 += HVEC4(-0.0020103455, -0.19030762, -0.14038086, -0.1751709) * v0_1.x;
        h0_0 += HVEC4(-0.03881836, -0.07519531, 0.18969727, -0.10650635) * v0_1.y;
        h0_0 += HVEC4(0.13903809, 0.012619019, -0.11413574, -0.10852051) * v0_1.z;
        h0_0 += HVEC4(0.21606445, -0.004081726, 0.016616821, 0.007774353) * v0_1.w;
        h0_1 += HVEC4(0.07006836, -0.03567505, -0.038848877, 0.019622803) * v0_0.x;
        h0_1 += HVEC4(0.33666992, -0.16479492, 0.22241211, 0.29077148) * v0_0.y;
        h0_1 += HVEC4(-0.8613281, -0.054840088, -0.0859375, -0.12225342) * v0_0.z;
        h0_1 += HVEC4(0.10797119, 0.0058631897, -0.04397583, -0.01864624) * v0_0.w;
        h0_1 += HVEC4(0.14001465, -0.08074951, 0.054473877, 0.0021514893) * v0_1.x;
        h0_1 += HVEC4(0.008857727, 0.26757812, 0.041900635, 0.05203247) * v0_1.y;
        h0_1 += HVEC4(-0.16003418, -0.07635498, -0.005554199, -0.06048584) * v0_1.z;
        h0_1 += HVEC4(0.013801575, -0.15075684, -0.3684082, -0.0076179504) * v0_1.w;
        h0_2 += HVEC4(-0.14758301, -0.20275879, -0.0116119385, 0.05819702) * v0_0.x;
        h0_2 += HVEC4(0.12475586, 0.14208984, 0.13012695, 0.1640625) * v0_0.y;
        h0_2 += HVEC4(0.08654785, -0.039733887, 0.020095825, -0.060333252) * v0_0.z;
        h0_2 += HVEC4(-0.08654785, -0.0949707, -0.05340576, -0.0044670105) * v0_0.w;
        h0_2 += HVEC4(0.072387695, -0.18078613, -0.055145264, -0.14147949) * v0_1.x;
        h0_2 += HVEC4(-0.2861328, 0.1694336, 0.034088135, -0.13244629) * v0_1.y;
        h0_2 += HVEC4(-0.0036373138, -0.023712158, 0.034820557, -0.023834229) * v0_1.z;
        h0_2 += HVEC4(-0.25390625, -0.23144531, -0.0060768127, 0.013366699) * v0_1.w;
        h0_3 += HVEC4(-0.00036382675, -0.038482666, 0.048614502, 0.011207581) * v0_0.x;
        h0_3 += HVEC4(0.14611816, 0.021118164, 0.29125977, 0.22070312) * v0_0.y;
        h0_3 += HVEC4(-0.085632324, -0.043945312, 0.11669922, 0.056610107) * v0_0.z;
        h0_3 += HVEC4(-0.018676758, -0.11767578, -0.087768555, -0.08337402) * v0_0.w;
        h0_3 += HVEC4(0.02180481, -0.13269043, -0.37036133, -0.1907959) * v0_1.x;
        h0_3 += HVEC4(-0.02999878, 0.026611328, -0.26416016, -0.038391113) * v0_1.y;
        h0_3 += HVEC4(-0.026184082, 0.040649414, 0.07849121, -0.072387695) * v0_1.z;
        h0_3 += HVEC4(-0.0619812, -0.027557373, -0.1875, 0.08728027) * v0_1.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_0 = HVEC4(tile[at + 36]);
        HVEC4 v0_1 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.02796936, -0.073913574, -0.047546387, -0.03930664) * v0_0.x;
        h0_0 += HVEC4(-0.0030174255, 0.04623413, 0.11590576, 0.03866577) * v0_0.y;
        h0_0 += HVEC4(-0.005870819, -0.026107788, -0.10723877, -0.09729004) * v0_0.z;
        h0_0 += HVEC4(-0.0062446594, 0.0066108704, -0.052856445, 0.03756714) * v0_0.w;
        h0_0 += HVEC4(-0.010643005, -0.020111084, -0.027450562, 0.04446411) * v0_1.x;
        h0_0 += HVEC4(-0.01146698, 0.0062217712, -0.05267334, 0.072143555) * v0_1.y;
        h0_0 += HVEC4(0.017456055, -0.078125, 0.017730713, -0.02532959) * v0_1.z;
        h0_0 += HVEC4(-0.03668213, 0.017364502, -0.15856934, 0.013069153) * v0_1.w;
        h0_1 += HVEC4(0.03262329, -0.034698486, -0.00010150671, 0.023712158) * v0_0.x;
        h0_1 += HVEC4(0.044433594, 0.18615723, 0.10864258, -0.10491943) * v0_0.y;
        h0_1 += HVEC4(0.12756348, -0.13061523, -0.26635742, -0.09637451) * v0_0.z;
        h0_1 += HVEC4(-0.12451172, -0.024917603, 0.028961182, -0.0034809113) * v0_0.w;
        h0_1 += HVEC4(-0.047454834, -0.03466797, 0.058563232, -0.060333252) * v0_1.x;
        h0_1 += HVEC4(-0.103637695, -0.012840271, -0.08526611, 0.12731934) * v0_1.y;
        h0_1 += HVEC4(0.10925293, -0.008728027, -0.08526611, 0.017990112) * v0_1.z;
        h0_1 += HVEC4(-0.35766602, -0.082092285, 0.035308838, 0.12573242) * v0_1.w;
        h0_2 += HVEC4(-0.046295166, -0.057525635, -0.013542175, -0.03567505) * v0_0.x;
        h0_2 += HVEC4(-0.032470703, 0.0072135925, -0.003063202, -0.004714966) * v0_0.y;
        h0_2 += HVEC4(-0.039520264, -0.08111572, -0.08294678, -0.1184082) * v0_0.z;
        h0_2 += HVEC4(-0.018493652, 0.028121948, -0.051239014, 0.014282227) * v0_0.w;
        h0_2 += HVEC4(0.01235199, -0.03475952, -0.032592773, 0.047912598) * v0_1.x;
        h0_2 += HVEC4(0.037872314, 0.045410156, 0.015159607, 0.060943604) * v0_1.y;
        h0_2 += HVEC4(-0.060577393, 0.021347046, 0.018707275, -0.021347046) * v0_1.z;
        h0_2 += HVEC4(0.1126709, -0.02607727, -0.00137043, 0.03326416) * v0_1.w;
        h0_3 += HVEC4(-0.023712158, -0.04763794, 0.02508545, 0.06896973) * v0_0.x;
        h0_3 += HVEC4(-0.0013942719, 0.012962341, 0.0004916191, -0.09423828) * v0_0.y;
        h0_3 += HVEC4(0.0024986267, -0.17358398, -0.37817383, 0.051483154) * v0_0.z;
        h0_3 += HVEC4(0.0015201569, -0.05328369, -0.011558533, -0.037231445) * v0_0.w;
        h0_3 += HVEC4(0.0044822693, -0.09466553, -0.13012695, -0.041015625) * v0_1.x;
        h0_3 += HVEC4(0.015960693, 0.04272461, 0.11804199, 0.080322266) * v0_1.y;
        h0_3 += HVEC4(0.0032730103, -0.006626129, -0.062438965, -0.078308105) * v0_1.z;
        h0_3 += HVEC4(-0.008422852, 0.099853516, -0.15539551, -0.044036865) * v0_1.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 68]);
        HVEC4 v0_1 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.01789856, 0.06854248, -0.045135498, 0.039764404) * v0_0.x;
        h0_0 += HVEC4(0.028839111, 0.03302002, 0.01763916, 0.027801514) * v0_0.y;
        h0_0 += HVEC4(0.012817383, 0.017669678, -0.09210205, -0.03100586) * v0_0.z;
        h0_0 += HVEC4(-0.0010271072, -0.02357483, -0.019058228, 0.044189453) * v0_0.w;
        h0_0 += HVEC4(0.0010623932, -0.1953125, 0.015701294, -0.11090088) * v0_1.x;
        h0_0 += HVEC4(0.020858765, -0.062561035, -0.004878998, -0.056549072) * v0_1.y;
        h0_0 += HVEC4(0.01423645, -0.026260376, -0.053100586, -0.023071289) * v0_1.z;
        h0_0 += HVEC4(-0.0057754517, 0.117370605, 0.045288086, 0.06185913) * v0_1.w;
        h0_1 += HVEC4(-0.07849121, -0.02218628, -0.14855957, 0.011482239) * v0_0.x;
        h0_1 += HVEC4(0.09295654, 0.026138306, 0.011741638, -0.064575195) * v0_0.y;
        h0_1 += HVEC4(-0.14404297, -0.028244019, -0.04446411, -0.05142212) * v0_0.z;
        h0_1 += HVEC4(0.091308594, -0.00071907043, 0.006965637, 0.021026611) * v0_0.w;
        h0_1 += HVEC4(-0.0625, 0.019424438, 0.022705078, -0.011749268) * v0_1.x;
        h0_1 += HVEC4(0.08477783, -0.10076904, 0.0070228577, 0.00844574) * v0_1.y;
        h0_1 += HVEC4(-0.10687256, -0.001914978, -0.009414673, -0.03414917) * v0_1.z;
        h0_1 += HVEC4(0.018035889, 0.025512695, -0.0904541, 0.025634766) * v0_1.w;
        h0_2 += HVEC4(0.2763672, -0.006954193, 0.05960083, 0.02720642) * v0_0.x;
        h0_2 += HVEC4(0.070373535, 0.06793213, -0.032440186, -0.015319824) * v0_0.y;
        h0_2 += HVEC4(-0.15783691, -0.015563965, 0.018173218, 0.078430176) * v0_0.z;
        h0_2 += HVEC4(-0.032806396, 0.00459671, 0.007293701, -0.0552063) * v0_0.w;
        h0_2 += HVEC4(-0.52978516, -0.08654785, -0.020309448, 0.020248413) * v0_1.x;
        h0_2 += HVEC4(-0.30297852, -0.034576416, -0.003314972, 0.07110596) * v0_1.y;
        h0_2 += HVEC4(-0.30810547, -0.01776123, -0.0050354004, -0.08190918) * v0_1.z;
        h0_2 += HVEC4(0.105773926, 0.014282227, 0.033935547, 0.06829834) * v0_1.w;
        h0_3 += HVEC4(-0.054656982, 0.02760315, 0.25610352, 0.023773193) * v0_0.x;
        h0_3 += HVEC4(0.044281006, 0.021560669, -0.011772156, 0.011413574) * v0_0.y;
        h0_3 += HVEC4(-0.022857666, 0.003232956, 0.048553467, 0.024902344) * v0_0.z;
        h0_3 += HVEC4(-0.017425537, 0.00381279, -0.011871338, -0.01928711) * v0_0.w;
        h0_3 += HVEC4(0.0009741783, -0.019714355, -0.26464844, -0.039276123) * v0_1.x;
        h0_3 += HVEC4(0.053466797, -0.019882202, -0.094177246, 0.012374878) * v0_1.y;
        h0_3 += HVEC4(-0.014129639, 0.0096588135, -0.02885437, -0.0033550262) * v0_1.z;
        h0_3 += HVEC4(-0.023773193, 0.01876831, 0.010955811, -0.0030269623) * v0_1.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 69]);
        HVEC4 v0_1 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.0158844, 0.049560547, -0.10064697, -0.046173096) * v0_0.x;
        h0_0 += HVEC4(0.07928467, -0.067871094, -0.031219482, -0.022781372) * v0_0.y;
        h0_0 += HVEC4(-0.015808105, 0.0993042, 0.096069336, -0.04586792) * v0_0.z;
        h0_0 += HVEC4(-0.011306763, 0.018814087, -0.008842468, 0.03149414) * v0_0.w;
        h0_0 += HVEC4(0.031951904, -0.23486328, -0.08868408, 0.06329346) * v0_1.x;
        h0_0 += HVEC4(-0.029922485, -0.03668213, -0.047698975, -0.11791992) * v0_1.y;
        h0_0 += HVEC4(0.011520386, -0.06854248, -0.016296387, -0.01184082) * v0_1.z;
        h0_0 += HVEC4(-0.011680603, 0.1104126, -0.026168823, 0.003604889) * v0_1.w;
        h0_1 += HVEC4(-0.07342529, -0.09301758, -0.09442139, -0.0032920837) * v0_0.x;
        h0_1 += HVEC4(-0.37841797, 0.10119629, 0.15539551, -0.09124756) * v0_0.y;
        h0_1 += HVEC4(-0.093811035, 0.002986908, -0.23461914, -0.050628662) * v0_0.z;
        h0_1 += HVEC4(-0.04647827, -0.048706055, 0.0317688, 0.027435303) * v0_0.w;
        h0_1 += HVEC4(-0.21557617, -0.021560669, 0.029373169, -0.028564453) * v0_1.x;
        h0_1 += HVEC4(-0.0063552856, 0.0035171509, 0.010688782, -2.69413e-05) * v0_1.y;
        h0_1 += HVEC4(-0.08532715, -0.0037078857, -0.06109619, -0.04284668) * v0_1.z;
        h0_1 += HVEC4(0.2878418, -0.11834717, -0.29174805, 0.05255127) * v0_1.w;
        h0_2 += HVEC4(-0.20129395, -0.020706177, 0.012939453, 0.034973145) * v0_0.x;
        h0_2 += HVEC4(0.11590576, -0.011924744, -0.096069336, -0.038116455) * v0_0.y;
        h0_2 += HVEC4(0.089904785, 0.021606445, 0.015083313, -0.02357483) * v0_0.z;
        h0_2 += HVEC4(0.019836426, -0.055511475, 0.0362854, 0.039093018) * v0_0.w;
        h0_2 += HVEC4(0.31933594, -0.18591309, 0.015029907, -0.044921875) * v0_1.x;
        h0_2 += HVEC4(0.10040283, 0.031082153, -0.04763794, -0.12335205) * v0_1.y;
        h0_2 += HVEC4(0.026870728, -0.060394287, 0.047332764, -0.010879517) * v0_1.z;
        h0_2 += HVEC4(-0.2479248, 0.05831909, 0.0892334, 0.06213379) * v0_1.w;
        h0_3 += HVEC4(-0.0062294006, 0.03451538, -0.26879883, 0.04977417) * v0_0.x;
        h0_3 += HVEC4(-0.07324219, -0.038879395, 0.053985596, -0.18798828) * v0_0.y;
        h0_3 += HVEC4(0.025283813, 0.093811035, 0.04776001, -0.021057129) * v0_0.z;
        h0_3 += HVEC4(0.01890564, 0.04852295, -0.10668945, -0.09552002) * v0_0.w;
        h0_3 += HVEC4(-0.007129669, -0.12805176, -0.31640625, 0.004524231) * v0_1.x;
        h0_3 += HVEC4(0.021881104, -0.076049805, -0.18884277, -0.0680542) * v0_1.y;
        h0_3 += HVEC4(0.01373291, -0.007293701, -0.03970337, -0.0042877197) * v0_1.z;
        h0_3 += HVEC4(0.038208008, 0.09051514, 0.06274414, 0.14282227) * v0_1.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_0 = HVEC4(tile[at + 70]);
        HVEC4 v0_1 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.012359619, 0.045135498, -0.05886841, -0.035583496) * v0_0.x;
        h0_0 += HVEC4(-0.008399963, 0.024459839, 0.045318604, 0.0501709) * v0_0.y;
        h0_0 += HVEC4(-0.01777649, 0.05114746, -0.025283813, 0.03665161) * v0_0.z;
        h0_0 += HVEC4(-0.008644104, -0.019424438, 0.07348633, -0.064208984) * v0_0.w;
        h0_0 += HVEC4(0.014480591, -0.08709717, -0.16625977, -0.015464783) * v0_1.x;
        h0_0 += HVEC4(0.0010156631, 0.0390625, 0.10498047, 0.0026187897) * v0_1.y;
        h0_0 += HVEC4(0.0076560974, -0.018951416, -0.09790039, -0.014160156) * v0_1.z;
        h0_0 += HVEC4(-0.018615723, -0.039245605, -0.07751465, -0.068237305) * v0_1.w;
        h0_1 += HVEC4(-0.0087890625, -0.052703857, 0.013206482, -0.020202637) * v0_0.x;
        h0_1 += HVEC4(0.31567383, -0.045288086, -0.113342285, 0.026611328) * v0_0.y;
        h0_1 += HVEC4(-0.07397461, -0.009674072, -0.10211182, 0.079956055) * v0_0.z;
        h0_1 += HVEC4(0.04928589, 0.0014982224, 0.016647339, -0.036193848) * v0_0.w;
        h0_1 += HVEC4(0.20715332, -0.10247803, -0.058807373, -0.045898438) * v0_1.x;
        h0_1 += HVEC4(-0.27539062, 0.014251709, -0.015510559, -0.05886841) * v0_1.y;
        h0_1 += HVEC4(-0.07080078, -0.10192871, -0.042266846, -0.01449585) * v0_1.z;
        h0_1 += HVEC4(-0.25927734, 0.025726318, 0.068237305, -0.004760742) * v0_1.w;
        h0_2 += HVEC4(0.09039307, 0.01713562, 0.0042419434, -0.012527466) * v0_0.x;
        h0_2 += HVEC4(-0.04055786, -0.02293396, -0.04928589, 0.020446777) * v0_0.y;
        h0_2 += HVEC4(-0.124572754, 0.021484375, 0.034118652, -0.042236328) * v0_0.z;
        h0_2 += HVEC4(-0.04776001, 0.026504517, -0.010795593, -0.010261536) * v0_0.w;
        h0_2 += HVEC4(-0.1661377, -0.09350586, 0.0231781, -0.017196655) * v0_1.x;
        h0_2 += HVEC4(-0.015731812, 0.005634308, -0.056793213, 0.0005450249) * v0_1.y;
        h0_2 += HVEC4(-0.020370483, -0.08428955, 0.061065674, -0.015144348) * v0_1.z;
        h0_2 += HVEC4(0.07922363, 0.051086426, 0.024795532, 0.008071899) * v0_1.w;
        h0_3 += HVEC4(0.012641907, 0.005252838, 0.2854004, 0.002204895) * v0_0.x;
        h0_3 += HVEC4(0.0287323, 0.03842163, -0.023025513, -0.030136108) * v0_0.y;
        h0_3 += HVEC4(-0.0017309189, 0.0014505386, 0.08703613, 0.03466797) * v0_0.z;
        h0_3 += HVEC4(-0.004447937, 0.012504578, -0.052642822, -0.077941895) * v0_0.w;
        h0_3 += HVEC4(0.0026168823, -0.030929565, -0.16589355, 0.033325195) * v0_1.x;
        h0_3 += HVEC4(0.0021457672, -0.029632568, -0.14953613, -0.07269287) * v0_1.y;
        h0_3 += HVEC4(0.00983429, -0.028762817, -0.30786133, 0.010765076) * v0_1.z;
        h0_3 += HVEC4(-0.02293396, -0.035888672, 0.07525635, 0.0064353943) * v0_1.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n0_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n0_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n0_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n0_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 1: input groups 2..3.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n1_0_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_0_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 0), 0);
    vec4 n1_1_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 0), 0);
    vec4 n1_1_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 0), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 0]);
        HVEC4 v0_3 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.0018978119, -0.017730713, 0.11376953, -0.03010559) * v0_2.x;
        h0_0 += HVEC4(-0.00063705444, 0.008934021, 0.010787964, -0.008300781) * v0_2.y;
        h0_0 += HVEC4(0.015205383, 0.019363403, 0.013465881, 0.005756378) * v0_2.z;
        h0_0 += HVEC4(0.013031006, 0.018875122, -0.057739258, 0.061798096) * v0_2.w;
        h0_0 += HVEC4(-0.020217896, -0.007255554, -0.01499939, 0.026504517) * v0_3.x;
        h0_0 += HVEC4(0.0132369995, 0.02607727, 0.024612427, -0.012374878) * v0_3.y;
        h0_0 += HVEC4(-0.00017726421, 0.081970215, -0.08294678, 0.0011253357) * v0_3.z;
        h0_0 += HVEC4(0.020767212, 0.011932373, 0.08129883, 0.008865356) * v0_3.w;
        h0_1 += HVEC4(-0.034973145, 0.010231018, 0.059020996, 0.0043640137) * v0_2.x;
        h0_1 += HVEC4(0.13977051, 0.049072266, -0.027252197, 0.08081055) * v0_2.y;
        h0_1 += HVEC4(0.02758789, 0.036956787, -0.055999756, 0.038116455) * v0_2.z;
        h0_1 += HVEC4(0.2849121, -0.011528015, -0.08526611, -0.00069093704) * v0_2.w;
        h0_1 += HVEC4(0.00422287, -0.012870789, 0.08111572, -0.036865234) * v0_3.x;
        h0_1 += HVEC4(-0.25219727, -0.02218628, -0.11566162, -0.030548096) * v0_3.y;
        h0_1 += HVEC4(-0.1081543, -0.0012149811, -0.02406311, -0.04269409) * v0_3.z;
        h0_1 += HVEC4(-0.21594238, 0.014335632, -0.03289795, -0.03201294) * v0_3.w;
        h0_2 += HVEC4(0.18981934, -0.04437256, 0.031097412, -0.074645996) * v0_2.x;
        h0_2 += HVEC4(0.038726807, 0.044403076, 0.024108887, 0.08001709) * v0_2.y;
        h0_2 += HVEC4(-0.22961426, 0.022888184, 0.027145386, 0.05303955) * v0_2.z;
        h0_2 += HVEC4(-0.107055664, 0.060760498, -0.0037326813, 0.17102051) * v0_2.w;
        h0_2 += HVEC4(0.29785156, 0.04119873, 0.008857727, -0.12365723) * v0_3.x;
        h0_2 += HVEC4(-0.049438477, -0.12359619, 0.024719238, -0.052856445) * v0_3.y;
        h0_2 += HVEC4(-0.05831909, -0.064941406, 0.019241333, 0.0032844543) * v0_3.z;
        h0_2 += HVEC4(0.029220581, -0.064575195, 0.034454346, -0.04928589) * v0_3.w;
        h0_3 += HVEC4(-0.0154418945, -0.03778076, -0.05001831, 0.051086426) * v0_2.x;
        h0_3 += HVEC4(0.012763977, 0.0018520355, 0.045074463, -0.010398865) * v0_2.y;
        h0_3 += HVEC4(-0.047729492, 0.046020508, -0.12866211, -0.019729614) * v0_2.z;
        h0_3 += HVEC4(-0.010810852, 0.019973755, 0.19494629, -0.052703857) * v0_2.w;
        h0_3 += HVEC4(-0.020874023, 0.004623413, -0.042785645, 0.025039673) * v0_3.x;
        h0_3 += HVEC4(-0.032318115, 0.033813477, -0.16687012, -0.056671143) * v0_3.y;
        h0_3 += HVEC4(0.0026016235, -0.04260254, -0.06390381, 0.016052246) * v0_3.z;
        h0_3 += HVEC4(-0.029449463, -0.031799316, -0.10418701, 0.016952515) * v0_3.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 1]);
        HVEC4 v0_3 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(-0.028427124, -0.033233643, 0.0043907166, -0.041900635) * v0_2.x;
        h0_0 += HVEC4(-0.022033691, 0.028915405, 0.045166016, 0.12072754) * v0_2.y;
        h0_0 += HVEC4(-0.01083374, 0.021850586, -0.004306793, -0.061431885) * v0_2.z;
        h0_0 += HVEC4(0.027389526, 0.033294678, 0.097595215, -0.030319214) * v0_2.w;
        h0_0 += HVEC4(0.027267456, 0.019363403, -0.105895996, -0.04208374) * v0_3.x;
        h0_0 += HVEC4(-0.0050315857, -0.04940796, 0.086364746, 0.03189087) * v0_3.y;
        h0_0 += HVEC4(-0.005519867, 0.02558899, 0.004135132, -0.020477295) * v0_3.z;
        h0_0 += HVEC4(0.010749817, -0.008972168, -0.117370605, -0.009788513) * v0_3.w;
        h0_1 += HVEC4(-0.016464233, 0.021759033, -0.021026611, -0.114868164) * v0_2.x;
        h0_1 += HVEC4(-0.00504303, 0.0501709, 0.044555664, 0.02420044) * v0_2.y;
        h0_1 += HVEC4(-0.12939453, -0.012062073, 0.01260376, -0.23425293) * v0_2.z;
        h0_1 += HVEC4(0.029586792, 0.011734009, 0.078186035, 0.05102539) * v0_2.w;
        h0_1 += HVEC4(0.08544922, 0.0209198, 0.06842041, 0.07714844) * v0_3.x;
        h0_1 += HVEC4(0.1361084, -0.037109375, -0.028640747, 0.095947266) * v0_3.y;
        h0_1 += HVEC4(-0.09643555, -0.032073975, 0.09387207, -0.039001465) * v0_3.z;
        h0_1 += HVEC4(-0.10522461, -0.04196167, 0.044525146, 0.007637024) * v0_3.w;
        h0_2 += HVEC4(0.009559631, 0.038238525, -0.09680176, -0.04083252) * v0_2.x;
        h0_2 += HVEC4(-0.08355713, -0.008010864, 0.08886719, 0.11328125) * v0_2.y;
        h0_2 += HVEC4(-0.084350586, 0.026824951, -0.18481445, -0.046875) * v0_2.z;
        h0_2 += HVEC4(-0.20446777, 0.0625, -0.15026855, -0.04058838) * v0_2.w;
        h0_2 += HVEC4(0.15393066, -0.10827637, -0.02973938, -0.0016927719) * v0_3.x;
        h0_2 += HVEC4(-0.01373291, 0.044769287, -0.0151901245, 0.016464233) * v0_3.y;
        h0_2 += HVEC4(-0.10668945, -0.06518555, -0.050689697, -0.1640625) * v0_3.z;
        h0_2 += HVEC4(0.1574707, -0.02619934, 0.10021973, -0.042266846) * v0_3.w;
        h0_3 += HVEC4(0.009773254, 0.008422852, 0.0064582825, -0.09564209) * v0_2.x;
        h0_3 += HVEC4(0.0066375732, 0.08709717, 0.11804199, -0.040405273) * v0_2.y;
        h0_3 += HVEC4(0.0041122437, -0.049804688, -0.19641113, 0.03640747) * v0_2.z;
        h0_3 += HVEC4(0.013473511, 0.08532715, -0.06451416, -0.075927734) * v0_2.w;
        h0_3 += HVEC4(-0.022262573, -0.07562256, -0.22131348, 0.10107422) * v0_3.x;
        h0_3 += HVEC4(-0.00737381, -0.11236572, -0.056640625, 0.013465881) * v0_3.y;
        h0_3 += HVEC4(0.01586914, -0.047607422, -0.039764404, -0.009521484) * v0_3.z;
        h0_3 += HVEC4(0.004463196, -0.10479736, -0.008377075, 0.09777832) * v0_3.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_2 = HVEC4(tile[at + 2]);
        HVEC4 v0_3 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.038208008, 0.04800415, -0.06500244, 0.050689697) * v0_2.x;
        h0_0 += HVEC4(0.010276794, 0.025665283, -0.095458984, -0.05090332) * v0_2.y;
        h0_0 += HVEC4(0.0060691833, 0.017990112, -0.047790527, -0.06713867) * v0_2.z;
        h0_0 += HVEC4(-0.0068092346, -0.002450943, -0.027786255, -0.04208374) * v0_2.w;
        h0_0 += HVEC4(0.0030651093, 0.027389526, 0.037628174, -0.010429382) * v0_3.x;
        h0_0 += HVEC4(0.01676941, -0.0052337646, -0.0018472672, -0.021774292) * v0_3.y;
        h0_0 += HVEC4(-0.006324768, 0.025131226, -0.021194458, 0.002090454) * v0_3.z;
        h0_0 += HVEC4(-0.0067253113, -0.015312195, 0.0051994324, 0.029342651) * v0_3.w;
        h0_1 += HVEC4(0.07757568, 0.01096344, -0.014442444, -0.107543945) * v0_2.x;
        h0_1 += HVEC4(-0.12597656, -0.058288574, 0.053253174, -0.04333496) * v0_2.y;
        h0_1 += HVEC4(0.06524658, -0.002626419, 0.021438599, -0.007713318) * v0_2.z;
        h0_1 += HVEC4(-0.107055664, -0.011207581, -0.0016050339, 0.0137786865) * v0_2.w;
        h0_1 += HVEC4(0.07409668, 0.0099105835, -0.020309448, -0.0079422) * v0_3.x;
        h0_1 += HVEC4(0.018829346, 0.013282776, 0.026000977, -0.0635376) * v0_3.y;
        h0_1 += HVEC4(0.08099365, -0.008460999, -0.018539429, 0.07775879) * v0_3.z;
        h0_1 += HVEC4(0.15979004, 0.019012451, -0.0140686035, -0.013717651) * v0_3.w;
        h0_2 += HVEC4(-0.07299805, 0.0033359528, -0.2866211, 0.041625977) * v0_2.x;
        h0_2 += HVEC4(-0.047821045, -0.030853271, 0.14245605, 0.03765869) * v0_2.y;
        h0_2 += HVEC4(0.05545044, 0.0012578964, -0.15808105, -0.012817383) * v0_2.z;
        h0_2 += HVEC4(0.06958008, -0.0541687, -0.009674072, -0.06945801) * v0_2.w;
        h0_2 += HVEC4(0.017105103, 0.04446411, -0.035247803, 0.032470703) * v0_3.x;
        h0_2 += HVEC4(-0.01687622, 0.0690918, 0.039215088, 0.0036792755) * v0_3.y;
        h0_2 += HVEC4(0.036224365, 0.055541992, -0.04196167, 0.02859497) * v0_3.z;
        h0_2 += HVEC4(-0.072143555, -0.028839111, 0.03955078, -0.017288208) * v0_3.w;
        h0_3 += HVEC4(0.001162529, 0.015777588, 0.23449707, -0.030349731) * v0_2.x;
        h0_3 += HVEC4(-0.0079422, 0.031143188, -0.05444336, -0.0063552856) * v0_2.y;
        h0_3 += HVEC4(-0.00017142296, -0.06188965, 0.07043457, 0.0090408325) * v0_2.z;
        h0_3 += HVEC4(0.0064468384, 0.014404297, -0.16308594, -0.0715332) * v0_2.w;
        h0_3 += HVEC4(0.0039520264, -0.074401855, 0.11633301, 0.08013916) * v0_3.x;
        h0_3 += HVEC4(-0.008766174, 0.05770874, 0.20373535, 0.027877808) * v0_3.y;
        h0_3 += HVEC4(-0.0037269592, 0.00076532364, -0.091674805, -0.021026611) * v0_3.z;
        h0_3 += HVEC4(-0.008041382, -0.11828613, -0.014343262, 0.055541992) * v0_3.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 34]);
        HVEC4 v0_3 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.021865845, -0.00056123734, -0.10290527, 0.07849121) * v0_2.x;
        h0_0 += HVEC4(0.04248047, -0.07501221, 0.0847168, -0.17993164) * v0_2.y;
        h0_0 += HVEC4(-0.0014810562, -0.10284424, 0.018234253, -0.09692383) * v0_2.z;
        h0_0 += HVEC4(-0.0009851456, -0.050750732, 0.042663574, -0.16271973) * v0_2.w;
        h0_0 += HVEC4(-0.018814087, 0.10107422, 0.0041236877, 0.06274414) * v0_3.x;
        h0_0 += HVEC4(0.02053833, -0.03894043, -0.16503906, -0.06036377) * v0_3.y;
        h0_0 += HVEC4(-0.019226074, 0.029830933, -0.030136108, -0.01058197) * v0_3.z;
        h0_0 += HVEC4(-0.046661377, -0.044708252, -0.2121582, -0.004550934) * v0_3.w;
        h0_1 += HVEC4(-0.020233154, 0.052886963, -0.027938843, -0.030166626) * v0_2.x;
        h0_1 += HVEC4(0.03479004, -0.0007352829, 0.018447876, 0.044525146) * v0_2.y;
        h0_1 += HVEC4(0.11077881, 0.0065689087, -0.03186035, 0.03878784) * v0_2.z;
        h0_1 += HVEC4(0.17199707, -0.12005615, -0.21643066, -0.09259033) * v0_2.w;
        h0_1 += HVEC4(0.043182373, 0.04574585, -0.031799316, -0.041931152) * v0_3.x;
        h0_1 += HVEC4(-0.20422363, -0.05529785, -0.025238037, -0.022262573) * v0_3.y;
        h0_1 += HVEC4(0.03591919, 0.018218994, -0.010314941, -0.039794922) * v0_3.z;
        h0_1 += HVEC4(-0.37841797, 0.022155762, 0.29077148, -0.076049805) * v0_3.w;
        h0_2 += HVEC4(0.17578125, 0.004421234, 0.055023193, 0.04119873) * v0_2.x;
        h0_2 += HVEC4(-0.11175537, -0.0016336441, 0.022140503, 0.04498291) * v0_2.y;
        h0_2 += HVEC4(0.14868164, -0.005531311, 0.058776855, 0.028289795) * v0_2.z;
        h0_2 += HVEC4(-0.3232422, -0.17663574, -0.078063965, 0.0791626) * v0_2.w;
        h0_2 += HVEC4(0.07244873, 0.02407837, -0.01576233, -0.048095703) * v0_3.x;
        h0_2 += HVEC4(-0.11633301, 0.0692749, -0.014633179, -0.06842041) * v0_3.y;
        h0_2 += HVEC4(-0.017181396, -0.034362793, -0.04107666, -0.01234436) * v0_3.z;
        h0_2 += HVEC4(0.054748535, 0.018325806, 0.024520874, -0.10949707) * v0_3.w;
        h0_3 += HVEC4(-0.07110596, 0.048736572, -0.057037354, -0.03237915) * v0_2.x;
        h0_3 += HVEC4(0.11730957, 0.017105103, -0.13122559, 0.0357666) * v0_2.y;
        h0_3 += HVEC4(-0.082336426, -0.041900635, -0.32348633, 0.016693115) * v0_2.z;
        h0_3 += HVEC4(-0.066467285, -0.04724121, -0.4567871, -0.14172363) * v0_2.w;
        h0_3 += HVEC4(-0.008575439, 0.038848877, 0.12402344, -0.029281616) * v0_3.x;
        h0_3 += HVEC4(0.003025055, -0.075805664, 0.08306885, 0.011489868) * v0_3.y;
        h0_3 += HVEC4(0.04724121, 0.03591919, -0.045196533, -0.031143188) * v0_3.z;
        h0_3 += HVEC4(0.08325195, 0.0069007874, 0.3684082, 0.07904053) * v0_3.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 35]);
        HVEC4 v0_3 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.13903809, -0.025283813, -0.18469238, -0.1730957) * v0_2.x;
        h0_0 += HVEC4(0.005554199, 0.004016876, -0.046203613, 0.0013828278) * v0_2.y;
        h0_0 += HVEC4(-0.28222656, 0.029434204, -0.16455078, -0.13415527) * v0_2.z;
        h0_0 += HVEC4(-0.09637451, 0.06365967, -0.23242188, -0.07678223) * v0_2.w;
        h0_0 += HVEC4(-0.013092041, 0.06555176, 0.10467529, -0.06665039) * v0_3.x;
        h0_0 += HVEC4(-0.02607727, -0.021743774, 0.01184845, 0.0016174316) * v0_3.y;
        h0_0 += HVEC4(-0.008476257, -0.1628418, 0.037902832, -0.25976562) * v0_3.z;
        h0_0 += HVEC4(-0.07659912, -0.105041504, 0.17407227, 0.23132324) * v0_3.w;
        h0_1 += HVEC4(-0.11883545, -0.29785156, -0.36499023, -0.04434204) * v0_2.x;
        h0_1 += HVEC4(0.06222534, 0.14648438, 0.09448242, 0.09613037) * v0_2.y;
        h0_1 += HVEC4(-0.15539551, -0.1965332, -0.19165039, -0.13586426) * v0_2.z;
        h0_1 += HVEC4(-0.70996094, -0.03201294, 0.013725281, 0.10949707) * v0_2.w;
        h0_1 += HVEC4(0.10882568, -0.0836792, 0.015579224, 0.09820557) * v0_3.x;
        h0_1 += HVEC4(0.03024292, 0.08532715, -0.003528595, 0.099121094) * v0_3.y;
        h0_1 += HVEC4(-0.28344727, 0.028198242, -0.3244629, -0.17077637) * v0_3.z;
        h0_1 += HVEC4(0.32250977, 0.14099121, -0.1451416, 0.07501221) * v0_3.w;
        h0_2 += HVEC4(-0.21057129, -0.2578125, 0.095336914, -0.026245117) * v0_2.x;
        h0_2 += HVEC4(0.20275879, -0.119384766, -0.107421875, -0.017959595) * v0_2.y;
        h0_2 += HVEC4(-0.080322266, -0.32739258, -0.05783081, -0.053222656) * v0_2.z;
        h0_2 += HVEC4(0.19580078, -0.12408447, -0.03277588, -0.12805176) * v0_2.w;
        h0_2 += HVEC4(0.022201538, 0.17712402, 0.048034668, -0.0023384094) * v0_3.x;
        h0_2 += HVEC4(-0.05859375, 0.0010890961, -0.022491455, 0.07720947) * v0_3.y;
        h0_2 += HVEC4(-0.09307861, -0.0011377335, 0.046142578, -0.011306763) * v0_3.z;
        h0_2 += HVEC4(0.033081055, 0.21606445, 0.039978027, 0.09075928) * v0_3.w;
        h0_3 += HVEC4(0.009674072, -0.1352539, -0.73535156, -0.15490723) * v0_2.x;
        h0_3 += HVEC4(0.039489746, -0.120666504, 0.08227539, 0.10925293) * v0_2.y;
        h0_3 += HVEC4(0.01449585, -0.2467041, -0.3635254, 0.047912598) * v0_2.z;
        h0_3 += HVEC4(-0.02947998, -0.11694336, -0.25854492, -0.2121582) * v0_2.w;
        h0_3 += HVEC4(0.02607727, 0.020263672, -0.0036525726, -0.06719971) * v0_3.x;
        h0_3 += HVEC4(0.029449463, 0.028671265, 0.011077881, -0.07244873) * v0_3.y;
        h0_3 += HVEC4(0.0025463104, -0.0519104, -0.14355469, -0.076660156) * v0_3.z;
        h0_3 += HVEC4(0.022583008, 0.12988281, 0.28857422, 0.1665039) * v0_3.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_2 = HVEC4(tile[at + 36]);
        HVEC4 v0_3 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.032409668, -0.037475586, 0.20507812, -0.03793335) * v0_2.x;
        h0_0 += HVEC4(0.013595581, -0.09692383, 0.054229736, -0.08288574) * v0_2.y;
        h0_0 += HVEC4(0.0033016205, -0.011039734, -0.053894043, 0.08685303) * v0_2.z;
        h0_0 += HVEC4(0.021850586, -0.08770752, 0.05218506, -0.003068924) * v0_2.w;
        h0_0 += HVEC4(-0.047668457, 0.022964478, -0.026168823, 0.006614685) * v0_3.x;
        h0_0 += HVEC4(0.0012569427, -0.014762878, -0.03475952, 0.0087509155) * v0_3.y;
        h0_0 += HVEC4(-0.005306244, -0.003894806, -0.11315918, 0.101257324) * v0_3.z;
        h0_0 += HVEC4(-0.024520874, 0.03451538, -0.03387451, -0.113220215) * v0_3.w;
        h0_1 += HVEC4(0.04525757, 0.15466309, -0.011459351, -0.0006904602) * v0_2.x;
        h0_1 += HVEC4(-0.09100342, 0.027542114, 0.059753418, -0.17834473) * v0_2.y;
        h0_1 += HVEC4(-0.039001465, 0.023468018, 0.015945435, 0.07891846) * v0_2.z;
        h0_1 += HVEC4(0.06866455, -0.002117157, -0.022216797, -0.015686035) * v0_2.w;
        h0_1 += HVEC4(0.09832764, 0.03765869, 0.00844574, -0.027389526) * v0_3.x;
        h0_1 += HVEC4(-0.14123535, 0.0033054352, 0.049316406, 0.0040626526) * v0_3.y;
        h0_1 += HVEC4(-0.013763428, -0.04498291, -0.070007324, 0.10546875) * v0_3.z;
        h0_1 += HVEC4(0.107666016, -0.057373047, -0.061309814, -0.070007324) * v0_3.w;
        h0_2 += HVEC4(0.023895264, 0.025421143, 0.031051636, 0.050079346) * v0_2.x;
        h0_2 += HVEC4(-0.105773926, -0.016525269, -0.022369385, -0.039520264) * v0_2.y;
        h0_2 += HVEC4(0.0178833, 0.015899658, -0.033721924, 0.010932922) * v0_2.z;
        h0_2 += HVEC4(-0.066345215, 0.0013103485, -0.08453369, -0.068603516) * v0_2.w;
        h0_2 += HVEC4(-0.0181427, 0.09234619, -0.027114868, 2.3066998e-05) * v0_3.x;
        h0_2 += HVEC4(-0.033569336, -0.10900879, 0.018585205, 0.014228821) * v0_3.y;
        h0_2 += HVEC4(0.029907227, -0.12084961, -0.04711914, 0.047210693) * v0_3.z;
        h0_2 += HVEC4(-0.012214661, 0.051757812, 0.016662598, 0.040649414) * v0_3.w;
        h0_3 += HVEC4(0.012817383, -0.15673828, -0.030715942, -0.04257202) * v0_2.x;
        h0_3 += HVEC4(-0.0060806274, -0.015388489, -0.10412598, 0.04324341) * v0_2.y;
        h0_3 += HVEC4(-0.0028476715, -0.103881836, 0.09576416, 0.02217102) * v0_2.z;
        h0_3 += HVEC4(0.0034923553, -0.03652954, -0.12158203, -0.030899048) * v0_2.w;
        h0_3 += HVEC4(-0.004047394, 0.11553955, 0.21899414, -0.08203125) * v0_3.x;
        h0_3 += HVEC4(0.01461792, -0.06359863, 0.007987976, -0.03390503) * v0_3.y;
        h0_3 += HVEC4(0.008804321, -0.03375244, -0.21679688, -0.071899414) * v0_3.z;
        h0_3 += HVEC4(-0.0051841736, 0.140625, 0.36743164, 0.0758667) * v0_3.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 68]);
        HVEC4 v0_3 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(-0.008956909, -0.111328125, 0.097473145, 0.03643799) * v0_2.x;
        h0_0 += HVEC4(-0.0017623901, 0.010719299, -0.07513428, -0.00141716) * v0_2.y;
        h0_0 += HVEC4(0.006790161, 0.036590576, 0.0028533936, 0.007881165) * v0_2.z;
        h0_0 += HVEC4(-0.019134521, -0.3540039, -0.16552734, -0.0892334) * v0_2.w;
        h0_0 += HVEC4(-0.012145996, -0.0149002075, 0.02293396, -0.012245178) * v0_3.x;
        h0_0 += HVEC4(0.012481689, 0.00066423416, 0.028381348, 0.022613525) * v0_3.y;
        h0_0 += HVEC4(0.0072021484, -0.07373047, 0.08782959, 0.038269043) * v0_3.z;
        h0_0 += HVEC4(0.0061073303, 0.21313477, 0.12335205, -0.0039367676) * v0_3.w;
        h0_1 += HVEC4(0.15344238, -0.03857422, 0.02243042, -0.0008673668) * v0_2.x;
        h0_1 += HVEC4(-0.13928223, 0.060272217, 0.09039307, -0.036102295) * v0_2.y;
        h0_1 += HVEC4(-0.05819702, 0.023620605, 0.028503418, 0.0044136047) * v0_2.z;
        h0_1 += HVEC4(-0.1239624, 0.0036373138, 0.037628174, -0.062316895) * v0_2.w;
        h0_1 += HVEC4(0.0635376, 0.025100708, 0.020187378, 0.027679443) * v0_3.x;
        h0_1 += HVEC4(0.07519531, -0.014457703, -0.066833496, 0.041290283) * v0_3.y;
        h0_1 += HVEC4(0.097839355, -0.025146484, -0.054718018, -0.02748108) * v0_3.z;
        h0_1 += HVEC4(-0.10583496, -0.0021018982, -0.117126465, 0.0026054382) * v0_3.w;
        h0_2 += HVEC4(0.15588379, 0.011886597, -0.030578613, 0.0256958) * v0_2.x;
        h0_2 += HVEC4(-0.14562988, -0.006462097, -0.0026168823, -0.040496826) * v0_2.y;
        h0_2 += HVEC4(-0.2722168, 0.03201294, -0.02130127, 0.005973816) * v0_2.z;
        h0_2 += HVEC4(-0.23449707, -0.03918457, 0.005630493, -0.09667969) * v0_2.w;
        h0_2 += HVEC4(0.3071289, 0.003396988, -0.019821167, 0.0287323) * v0_3.x;
        h0_2 += HVEC4(0.11743164, 0.0023345947, 0.008735657, 0.024276733) * v0_3.y;
        h0_2 += HVEC4(-0.1262207, 0.033721924, 0.032440186, 7.879734e-05) * v0_3.z;
        h0_2 += HVEC4(-0.05166626, 0.08312988, -0.06072998, 0.10662842) * v0_3.w;
        h0_3 += HVEC4(0.02130127, -0.009971619, -0.050964355, 0.015823364) * v0_2.x;
        h0_3 += HVEC4(-0.01689148, 0.02684021, -0.12017822, -0.030807495) * v0_2.y;
        h0_3 += HVEC4(-0.007545471, -0.01939392, -0.02418518, -0.014053345) * v0_2.z;
        h0_3 += HVEC4(-0.10632324, -0.12347412, -0.061431885, 0.040893555) * v0_2.w;
        h0_3 += HVEC4(-0.010734558, -0.024871826, -0.038726807, -0.021865845) * v0_3.x;
        h0_3 += HVEC4(-0.020080566, 0.0048980713, 0.21069336, 0.09210205) * v0_3.y;
        h0_3 += HVEC4(-0.012268066, 0.014472961, 0.08355713, 0.023651123) * v0_3.z;
        h0_3 += HVEC4(0.066223145, 0.07647705, 0.3347168, -0.037353516) * v0_3.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 69]);
        HVEC4 v0_3 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.007896423, -0.24707031, -0.32080078, -0.08380127) * v0_2.x;
        h0_0 += HVEC4(0.024871826, 0.09875488, 0.10015869, 0.06781006) * v0_2.y;
        h0_0 += HVEC4(-0.01512146, -0.034576416, 0.053222656, 0.007534027) * v0_2.z;
        h0_0 += HVEC4(0.066711426, -0.22473145, -0.113342285, 0.011711121) * v0_2.w;
        h0_0 += HVEC4(-0.009529114, -0.09222412, -0.08239746, -0.007633209) * v0_3.x;
        h0_0 += HVEC4(0.00051259995, 0.021011353, 0.026611328, -0.033081055) * v0_3.y;
        h0_0 += HVEC4(0.011932373, -0.030883789, -0.16552734, 0.07067871) * v0_3.z;
        h0_0 += HVEC4(0.12548828, 0.13745117, 0.0071868896, 0.08935547) * v0_3.w;
        h0_1 += HVEC4(-0.13696289, 0.07507324, 0.13012695, 0.035827637) * v0_2.x;
        h0_1 += HVEC4(0.04159546, -0.020690918, 0.0007457733, 0.090026855) * v0_2.y;
        h0_1 += HVEC4(-0.21765137, 0.039489746, -0.083496094, -0.029510498) * v0_2.z;
        h0_1 += HVEC4(-0.21582031, -0.008728027, -0.12780762, -0.122924805) * v0_2.w;
        h0_1 += HVEC4(0.016845703, -0.006587982, -0.018753052, 0.0390625) * v0_3.x;
        h0_1 += HVEC4(-0.0005888939, 0.00409317, 0.11212158, 0.0074157715) * v0_3.y;
        h0_1 += HVEC4(-0.07269287, -0.026947021, -0.10638428, 0.0067100525) * v0_3.z;
        h0_1 += HVEC4(0.053985596, 0.053619385, -0.07128906, 0.0031700134) * v0_3.w;
        h0_2 += HVEC4(-0.22241211, 0.091796875, -0.012191772, 0.012825012) * v0_2.x;
        h0_2 += HVEC4(-0.05895996, -0.028167725, 0.07611084, 0.068237305) * v0_2.y;
        h0_2 += HVEC4(-0.03503418, 0.034240723, 0.0035037994, 0.036346436) * v0_2.z;
        h0_2 += HVEC4(0.111328125, -0.071899414, -0.09082031, -0.11743164) * v0_2.w;
        h0_2 += HVEC4(0.18041992, -0.057769775, -0.005458832, -0.0061035156) * v0_3.x;
        h0_2 += HVEC4(0.09020996, -0.023651123, -0.026687622, 0.024902344) * v0_3.y;
        h0_2 += HVEC4(-0.16271973, -0.123535156, 0.018707275, -0.10467529) * v0_3.z;
        h0_2 += HVEC4(-0.10223389, 0.14416504, -0.021057129, 0.006198883) * v0_3.w;
        h0_3 += HVEC4(-0.026611328, -0.053985596, -0.1541748, -0.06124878) * v0_2.x;
        h0_3 += HVEC4(0.042785645, 0.049316406, 0.06365967, 0.061401367) * v0_2.y;
        h0_3 += HVEC4(-0.012298584, 0.01890564, 0.11883545, 0.023071289) * v0_2.z;
        h0_3 += HVEC4(-0.0042762756, -0.08117676, -0.40454102, -0.060058594) * v0_2.w;
        h0_3 += HVEC4(0.006565094, -0.0020923615, -0.2097168, -0.072509766) * v0_3.x;
        h0_3 += HVEC4(-0.0101623535, -0.0029754639, 0.14819336, 0.016555786) * v0_3.y;
        h0_3 += HVEC4(0.0011434555, -0.030700684, 0.031234741, -0.013122559) * v0_3.z;
        h0_3 += HVEC4(0.02116394, 0.14416504, -0.1665039, -0.044433594) * v0_3.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_2 = HVEC4(tile[at + 70]);
        HVEC4 v0_3 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.003774643, 0.045684814, 0.08917236, -0.05227661) * v0_2.x;
        h0_0 += HVEC4(0.017471313, -0.014167786, -0.0067253113, -0.018356323) * v0_2.y;
        h0_0 += HVEC4(-0.0007777214, 0.018478394, 0.008361816, -0.027114868) * v0_2.z;
        h0_0 += HVEC4(0.015113831, -0.05508423, 0.02571106, 0.03945923) * v0_2.w;
        h0_0 += HVEC4(-0.008346558, -0.011001587, -0.016021729, 0.0032520294) * v0_3.x;
        h0_0 += HVEC4(-0.012062073, -0.010215759, 0.03036499, 0.016479492) * v0_3.y;
        h0_0 += HVEC4(0.011703491, -0.040771484, 0.0015630722, -0.015075684) * v0_3.z;
        h0_0 += HVEC4(0.0023899078, 0.10296631, -0.096191406, -0.036987305) * v0_3.w;
        h0_1 += HVEC4(-0.026397705, 0.032409668, 0.04815674, -0.017105103) * v0_2.x;
        h0_1 += HVEC4(0.0395813, 0.038391113, -0.010604858, -0.0015687943) * v0_2.y;
        h0_1 += HVEC4(-0.115600586, 0.0025157928, 0.02218628, -0.021240234) * v0_2.z;
        h0_1 += HVEC4(0.13989258, -0.020629883, -0.07171631, -0.0073890686) * v0_2.w;
        h0_1 += HVEC4(0.12060547, -0.026031494, 0.004501343, -0.002954483) * v0_3.x;
        h0_1 += HVEC4(0.08355713, -0.0018901825, -0.0440979, -0.087646484) * v0_3.y;
        h0_1 += HVEC4(-0.2524414, -0.0011329651, 0.025360107, 0.057037354) * v0_3.z;
        h0_1 += HVEC4(-0.05407715, 0.022872925, 0.037231445, 0.04623413) * v0_3.w;
        h0_2 += HVEC4(0.12585449, 0.06225586, -0.026306152, 0.012924194) * v0_2.x;
        h0_2 += HVEC4(-0.01777649, -0.014663696, 0.05508423, 0.022949219) * v0_2.y;
        h0_2 += HVEC4(0.008453369, 0.045318604, -0.03137207, -0.033996582) * v0_2.z;
        h0_2 += HVEC4(-0.14782715, -0.091552734, -0.0067977905, -0.026443481) * v0_2.w;
        h0_2 += HVEC4(0.02607727, -0.025527954, -0.004463196, 0.05517578) * v0_3.x;
        h0_2 += HVEC4(-0.027709961, -0.009635925, -0.0206604, 0.010147095) * v0_3.y;
        h0_2 += HVEC4(0.0848999, -0.026992798, 0.018035889, -0.057617188) * v0_3.z;
        h0_2 += HVEC4(0.07562256, 0.09680176, -0.0031223297, 0.017990112) * v0_3.w;
        h0_3 += HVEC4(-0.0033454895, -0.01586914, -0.17919922, 0.026412964) * v0_2.x;
        h0_3 += HVEC4(0.009521484, 0.02658081, -0.09716797, -0.005332947) * v0_2.y;
        h0_3 += HVEC4(-0.002576828, -0.018585205, 0.019592285, -0.0025119781) * v0_2.z;
        h0_3 += HVEC4(-0.012161255, -0.03488159, 0.19189453, -0.018096924) * v0_2.w;
        h0_3 += HVEC4(-0.009048462, 0.013595581, -0.05331421, -0.07318115) * v0_3.x;
        h0_3 += HVEC4(-0.0047073364, 0.03414917, 0.22192383, 0.029159546) * v0_3.y;
        h0_3 += HVEC4(-0.009513855, -0.05493164, -0.23791504, 0.04788208) * v0_3.z;
        h0_3 += HVEC4(0.0032787323, 0.14453125, 0.21447754, -0.0335083) * v0_3.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n1_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n1_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n1_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n1_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 2: input groups 4..5.
    // The next phase's texels, fetched now: their latency hides behind this phase's multiply-adds.
    vec4 n2_0_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_0_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q0 * ivec2(2, 2) + ivec2(1, 1), 0);
    vec4 n2_1_0 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(0, 1), 0);
    vec4 n2_1_1 = texelFetch(ArtCNN_C4F32_L3p1_raw, q1 * ivec2(2, 2) + ivec2(1, 1), 0);
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 0]);
        HVEC4 v0_5 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(-0.0063438416, -0.006416321, 0.09124756, 0.005065918) * v0_4.x;
        h0_0 += HVEC4(0.015960693, 0.027282715, 0.0146484375, 0.07080078) * v0_4.y;
        h0_0 += HVEC4(0.026260376, 0.030548096, -0.11206055, -0.018661499) * v0_4.z;
        h0_0 += HVEC4(-0.019485474, -0.062347412, 0.0446167, 0.043823242) * v0_4.w;
        h0_0 += HVEC4(-0.010955811, 0.0077209473, -0.028747559, 0.028427124) * v0_5.x;
        h0_0 += HVEC4(-0.0044403076, 0.021209717, -0.016433716, -0.0071525574) * v0_5.y;
        h0_0 += HVEC4(-0.014198303, -0.088134766, 0.01727295, -0.035095215) * v0_5.z;
        h0_0 += HVEC4(-0.057403564, -0.01940918, -0.052825928, 0.14587402) * v0_5.w;
        h0_1 += HVEC4(0.15698242, -0.00869751, 0.0058250427, 0.018432617) * v0_4.x;
        h0_1 += HVEC4(0.23181152, 0.018096924, 0.011520386, 0.06210327) * v0_4.y;
        h0_1 += HVEC4(0.2064209, -0.009780884, -0.17895508, 0.080566406) * v0_4.z;
        h0_1 += HVEC4(-0.012870789, -0.01020813, 0.072509766, -0.08123779) * v0_4.w;
        h0_1 += HVEC4(-0.38623047, -0.03375244, 0.20129395, -0.086364746) * v0_5.x;
        h0_1 += HVEC4(-0.11584473, -0.0131073, 0.016357422, 0.043945312) * v0_5.y;
        h0_1 += HVEC4(-0.13586426, -0.028259277, 0.029830933, 0.058532715) * v0_5.z;
        h0_1 += HVEC4(-0.53027344, -0.03164673, 0.081726074, -0.24060059) * v0_5.w;
        h0_2 += HVEC4(-0.32592773, 0.015068054, 0.00038266182, -0.0087890625) * v0_4.x;
        h0_2 += HVEC4(-0.25878906, 0.10266113, 0.016189575, 0.1303711) * v0_4.y;
        h0_2 += HVEC4(-0.1496582, -0.046936035, 0.020736694, 0.25927734) * v0_4.z;
        h0_2 += HVEC4(-0.01991272, 0.039489746, -0.025131226, -0.21411133) * v0_4.w;
        h0_2 += HVEC4(-0.44726562, 0.02508545, -0.0069351196, -0.09069824) * v0_5.x;
        h0_2 += HVEC4(0.031921387, 0.013198853, 0.049346924, -0.11663818) * v0_5.y;
        h0_2 += HVEC4(0.07720947, 0.048187256, 0.018600464, -0.0121154785) * v0_5.z;
        h0_2 += HVEC4(-0.32055664, 0.10473633, -0.036132812, -0.10473633) * v0_5.w;
        h0_3 += HVEC4(0.012939453, 0.0077934265, -0.20080566, 0.016860962) * v0_4.x;
        h0_3 += HVEC4(-0.027114868, 0.015617371, 0.1796875, 0.03152466) * v0_4.y;
        h0_3 += HVEC4(-0.03463745, 0.010513306, 0.10266113, -0.0013608932) * v0_4.z;
        h0_3 += HVEC4(0.011878967, 0.11883545, 0.23754883, 0.02368164) * v0_4.w;
        h0_3 += HVEC4(-0.015838623, -0.041992188, 0.0109939575, 0.017654419) * v0_5.x;
        h0_3 += HVEC4(-0.17358398, 0.0023403168, -0.16516113, 0.008621216) * v0_5.y;
        h0_3 += HVEC4(0.06210327, -0.032958984, 0.044036865, 0.03466797) * v0_5.z;
        h0_3 += HVEC4(0.032958984, 0.08642578, 0.23095703, -0.022415161) * v0_5.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 1]);
        HVEC4 v0_5 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.005054474, 0.019165039, -0.057373047, 0.014526367) * v0_4.x;
        h0_0 += HVEC4(0.03515625, 0.040039062, -0.01914978, 0.13085938) * v0_4.y;
        h0_0 += HVEC4(0.0008778572, -0.007408142, 0.03439331, -0.03375244) * v0_4.z;
        h0_0 += HVEC4(-0.0054512024, -0.009994507, -0.06726074, -0.058898926) * v0_4.w;
        h0_0 += HVEC4(0.0052948, 0.022613525, -0.051239014, -0.019378662) * v0_5.x;
        h0_0 += HVEC4(0.0036334991, -0.025238037, -0.10546875, 0.028182983) * v0_5.y;
        h0_0 += HVEC4(-0.103027344, -0.08190918, -0.04260254, 0.1928711) * v0_5.z;
        h0_0 += HVEC4(0.04333496, 0.022369385, 0.06317139, -0.091430664) * v0_5.w;
        h0_1 += HVEC4(-0.053649902, 0.028564453, 0.037841797, -0.028656006) * v0_4.x;
        h0_1 += HVEC4(0.13684082, -0.025512695, 0.095703125, -0.03829956) * v0_4.y;
        h0_1 += HVEC4(-0.033599854, -0.051635742, 0.0012569427, -0.017547607) * v0_4.z;
        h0_1 += HVEC4(0.11981201, 0.013580322, 0.074645996, 0.013557434) * v0_4.w;
        h0_1 += HVEC4(0.041900635, 0.021896362, -0.17529297, -0.09008789) * v0_5.x;
        h0_1 += HVEC4(0.058898926, -0.041931152, -0.26000977, 0.032196045) * v0_5.y;
        h0_1 += HVEC4(0.11273193, 0.04949951, 0.027908325, 0.05368042) * v0_5.z;
        h0_1 += HVEC4(0.12109375, 0.05807495, -0.08660889, 0.013549805) * v0_5.w;
        h0_2 += HVEC4(-0.112976074, -0.0029315948, -0.0047416687, -0.041412354) * v0_4.x;
        h0_2 += HVEC4(-0.13720703, 0.02230835, 0.060028076, -0.04031372) * v0_4.y;
        h0_2 += HVEC4(-0.3330078, 0.07281494, 0.107543945, -0.09954834) * v0_4.z;
        h0_2 += HVEC4(-0.16552734, -0.012413025, -0.1394043, -0.09613037) * v0_4.w;
        h0_2 += HVEC4(-0.06567383, 0.011703491, -0.09942627, -0.12792969) * v0_5.x;
        h0_2 += HVEC4(-0.61035156, -0.12768555, -0.011878967, 0.093322754) * v0_5.y;
        h0_2 += HVEC4(0.0031490326, 0.094177246, 0.096191406, 0.065979004) * v0_5.z;
        h0_2 += HVEC4(0.026245117, -0.06414795, -0.18920898, -0.09289551) * v0_5.w;
        h0_3 += HVEC4(-0.0028533936, 0.052215576, -0.058135986, -0.0029964447) * v0_4.x;
        h0_3 += HVEC4(-0.018157959, -0.047912598, -0.113342285, 0.0178833) * v0_4.y;
        h0_3 += HVEC4(0.006046295, -0.036987305, -0.10357666, 0.028839111) * v0_4.z;
        h0_3 += HVEC4(-0.0074691772, 0.07763672, 0.03149414, -0.022445679) * v0_4.w;
        h0_3 += HVEC4(-0.029571533, 0.046051025, -0.04949951, -0.0423584) * v0_5.x;
        h0_3 += HVEC4(-0.0231781, -0.055145264, 0.013320923, 0.070007324) * v0_5.y;
        h0_3 += HVEC4(0.09075928, 0.079956055, 0.2055664, 0.036590576) * v0_5.z;
        h0_3 += HVEC4(-0.028411865, 0.07952881, -0.017608643, -0.068237305) * v0_5.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_4 = HVEC4(tile[at + 2]);
        HVEC4 v0_5 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.0060577393, -0.024551392, 0.06616211, 0.039916992) * v0_4.x;
        h0_0 += HVEC4(-0.009811401, -0.0015459061, 0.06286621, -0.031677246) * v0_4.y;
        h0_0 += HVEC4(0.023834229, -0.029693604, -0.028915405, 0.008087158) * v0_4.z;
        h0_0 += HVEC4(0.00035357475, -0.003030777, 0.050842285, -0.020111084) * v0_4.w;
        h0_0 += HVEC4(-0.0056533813, 0.06982422, -0.025527954, -0.0209198) * v0_5.x;
        h0_0 += HVEC4(0.0124053955, -0.062286377, -0.06210327, 0.013336182) * v0_5.y;
        h0_0 += HVEC4(-0.00642395, 0.002532959, 0.076538086, 0.0016469955) * v0_5.z;
        h0_0 += HVEC4(-0.0063285828, 0.004962921, 0.016235352, 0.04574585) * v0_5.w;
        h0_1 += HVEC4(-0.12548828, -0.009788513, 0.017913818, -0.009132385) * v0_4.x;
        h0_1 += HVEC4(0.15686035, 0.04248047, -0.017196655, 0.13598633) * v0_4.y;
        h0_1 += HVEC4(-0.018844604, -0.021820068, 0.059326172, 0.019134521) * v0_4.z;
        h0_1 += HVEC4(0.036132812, -0.005897522, 0.015510559, -0.022460938) * v0_4.w;
        h0_1 += HVEC4(-0.06915283, 0.020568848, -0.027694702, -0.001408577) * v0_5.x;
        h0_1 += HVEC4(-0.22131348, -0.117492676, 0.03164673, 0.15283203) * v0_5.y;
        h0_1 += HVEC4(-0.14587402, -0.01826477, 0.14331055, -0.103515625) * v0_5.z;
        h0_1 += HVEC4(0.053100586, -0.0012598038, 0.014266968, 0.056243896) * v0_5.w;
        h0_2 += HVEC4(-0.031463623, -0.0015935898, -0.032928467, -0.043395996) * v0_4.x;
        h0_2 += HVEC4(0.20825195, 0.07373047, -0.059936523, 0.015716553) * v0_4.y;
        h0_2 += HVEC4(0.06173706, -0.009132385, 0.11755371, 0.064575195) * v0_4.z;
        h0_2 += HVEC4(0.033172607, 0.0041236877, -0.0099487305, -0.043548584) * v0_4.w;
        h0_2 += HVEC4(-0.03475952, 0.054504395, -0.05581665, -0.08428955) * v0_5.x;
        h0_2 += HVEC4(0.28979492, -0.07836914, -0.01007843, 0.017684937) * v0_5.y;
        h0_2 += HVEC4(-0.0026550293, 0.006038666, 0.053863525, -0.050354004) * v0_5.z;
        h0_2 += HVEC4(0.017440796, -0.00390625, 0.00021278858, 0.07495117) * v0_5.w;
        h0_3 += HVEC4(-0.0023326874, -0.057739258, -0.24597168, -0.031951904) * v0_4.x;
        h0_3 += HVEC4(0.0039253235, 0.033325195, -0.095703125, -0.009567261) * v0_4.y;
        h0_3 += HVEC4(0.003124237, -0.061645508, -0.10333252, 0.02923584) * v0_4.z;
        h0_3 += HVEC4(-0.0063819885, 0.0231781, 0.04598999, -0.01473999) * v0_4.w;
        h0_3 += HVEC4(-0.008216858, 0.017333984, 0.09051514, -0.010620117) * v0_5.x;
        h0_3 += HVEC4(0.008071899, -0.0848999, -0.53222656, -0.026824951) * v0_5.y;
        h0_3 += HVEC4(-0.023880005, 0.08148193, 0.2890625, 0.040405273) * v0_5.z;
        h0_3 += HVEC4(0.011230469, -0.048919678, 0.014038086, 0.007888794) * v0_5.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 34]);
        HVEC4 v0_5 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.018829346, 0.048309326, -0.07470703, 0.012535095) * v0_4.x;
        h0_0 += HVEC4(0.048919678, -0.0020065308, -0.051086426, 0.07550049) * v0_4.y;
        h0_0 += HVEC4(0.03692627, -0.09448242, 0.027191162, -0.097473145) * v0_4.z;
        h0_0 += HVEC4(-0.010498047, 0.051605225, 0.121276855, -0.021972656) * v0_4.w;
        h0_0 += HVEC4(0.022964478, 0.026992798, -0.014801025, -0.01751709) * v0_5.x;
        h0_0 += HVEC4(-0.0076065063, -0.031311035, -0.29296875, -0.047576904) * v0_5.y;
        h0_0 += HVEC4(0.011940002, 0.05105591, 0.021911621, -0.002073288) * v0_5.z;
        h0_0 += HVEC4(0.034576416, 0.0082092285, 0.033050537, -0.11199951) * v0_5.w;
        h0_1 += HVEC4(-0.109802246, 0.030792236, 0.019866943, -0.057678223) * v0_4.x;
        h0_1 += HVEC4(0.15698242, 0.0033130646, 0.022521973, 0.063964844) * v0_4.y;
        h0_1 += HVEC4(0.008850098, -0.09832764, 0.11578369, 0.054016113) * v0_4.z;
        h0_1 += HVEC4(0.14770508, 0.0030937195, -0.093688965, 0.0017375946) * v0_4.w;
        h0_1 += HVEC4(0.018508911, 0.04852295, -0.09020996, 0.08068848) * v0_5.x;
        h0_1 += HVEC4(-0.33740234, -0.09588623, -0.012428284, -0.15136719) * v0_5.y;
        h0_1 += HVEC4(-0.0793457, -0.03036499, -0.038879395, 0.07470703) * v0_5.z;
        h0_1 += HVEC4(-0.049682617, 0.050109863, -0.08178711, -0.03479004) * v0_5.w;
        h0_2 += HVEC4(-0.18261719, -0.095825195, 0.03427124, 0.09698486) * v0_4.x;
        h0_2 += HVEC4(-0.23742676, 0.064331055, -0.0814209, 0.034606934) * v0_4.y;
        h0_2 += HVEC4(-0.46850586, 0.053741455, 0.0047950745, 0.10668945) * v0_4.z;
        h0_2 += HVEC4(-0.16174316, 0.081970215, -0.14587402, -0.06555176) * v0_4.w;
        h0_2 += HVEC4(0.027236938, -0.086242676, -0.019104004, 0.09655762) * v0_5.x;
        h0_2 += HVEC4(-0.28051758, 0.06390381, 0.04348755, -0.068115234) * v0_5.y;
        h0_2 += HVEC4(-0.11657715, 0.03213501, 0.01260376, -0.00680542) * v0_5.z;
        h0_2 += HVEC4(-0.6347656, -0.09118652, -0.07159424, 0.17858887) * v0_5.w;
        h0_3 += HVEC4(-0.02180481, -0.015609741, -0.44384766, -0.06750488) * v0_4.x;
        h0_3 += HVEC4(-0.043273926, 0.06137085, -0.035461426, -0.013053894) * v0_4.y;
        h0_3 += HVEC4(-0.019241333, -0.0211792, -0.016845703, 0.04071045) * v0_4.z;
        h0_3 += HVEC4(0.0012683868, -0.040222168, -0.40161133, -0.0013446808) * v0_4.w;
        h0_3 += HVEC4(-0.101257324, -0.017913818, 0.021835327, 0.011413574) * v0_5.x;
        h0_3 += HVEC4(-0.11047363, 0.09350586, 0.33081055, -0.033966064) * v0_5.y;
        h0_3 += HVEC4(-0.007511139, 0.07086182, 0.30395508, 0.013008118) * v0_5.z;
        h0_3 += HVEC4(-0.04510498, -0.119506836, -0.5102539, -0.03503418) * v0_5.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 35]);
        HVEC4 v0_5 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(-0.04727173, -0.08050537, -0.21276855, -0.033416748) * v0_4.x;
        h0_0 += HVEC4(-0.12866211, -0.076538086, -0.12487793, -0.21679688) * v0_4.y;
        h0_0 += HVEC4(0.037750244, -0.013893127, -0.119140625, 0.12420654) * v0_4.z;
        h0_0 += HVEC4(-0.0008845329, 0.15234375, -0.038879395, -0.11431885) * v0_4.w;
        h0_0 += HVEC4(-0.009346008, -0.04232788, -0.048858643, -0.04534912) * v0_5.x;
        h0_0 += HVEC4(0.006919861, 0.087402344, -0.17858887, -0.02809143) * v0_5.y;
        h0_0 += HVEC4(-0.10662842, 0.20617676, 0.14245605, -0.057647705) * v0_5.z;
        h0_0 += HVEC4(-0.05709839, -0.06414795, -0.0007658005, -0.3466797) * v0_5.w;
        h0_1 += HVEC4(-0.35888672, -0.10821533, -0.16345215, -0.17883301) * v0_4.x;
        h0_1 += HVEC4(-0.15820312, -0.54785156, -0.13439941, -0.029785156) * v0_4.y;
        h0_1 += HVEC4(-0.17504883, 0.14819336, 0.2849121, -0.08050537) * v0_4.z;
        h0_1 += HVEC4(-0.034576416, -0.017852783, -0.051879883, 0.04257202) * v0_4.w;
        h0_1 += HVEC4(0.081726074, -0.13586426, -0.28735352, 0.023345947) * v0_5.x;
        h0_1 += HVEC4(-0.16748047, -0.09460449, -0.16711426, -0.057861328) * v0_5.y;
        h0_1 += HVEC4(0.07116699, -0.08050537, 0.03265381, -0.017196655) * v0_5.z;
        h0_1 += HVEC4(-0.22229004, -0.04562378, -0.21044922, -0.039733887) * v0_5.w;
        h0_2 += HVEC4(0.05014038, -0.171875, -0.15112305, -0.12988281) * v0_4.x;
        h0_2 += HVEC4(0.07800293, -0.28076172, -0.082458496, -0.11065674) * v0_4.y;
        h0_2 += HVEC4(-0.22644043, 0.09716797, 0.0090408325, -0.10986328) * v0_4.z;
        h0_2 += HVEC4(0.049102783, 0.035614014, -0.13049316, -0.03125) * v0_4.w;
        h0_2 += HVEC4(0.031585693, -0.05923462, -0.051818848, 0.11230469) * v0_5.x;
        h0_2 += HVEC4(0.1394043, 0.1616211, 0.07342529, -0.080078125) * v0_5.y;
        h0_2 += HVEC4(-0.013626099, 0.011756897, -0.092285156, -0.07598877) * v0_5.z;
        h0_2 += HVEC4(-0.05899048, -0.088012695, -0.03942871, 0.037994385) * v0_5.w;
        h0_3 += HVEC4(-0.021575928, -0.16577148, -0.6713867, -0.16210938) * v0_4.x;
        h0_3 += HVEC4(-0.049316406, -0.04385376, -0.31567383, -0.11981201) * v0_4.y;
        h0_3 += HVEC4(0.016357422, 0.18701172, -0.040283203, -0.02684021) * v0_4.z;
        h0_3 += HVEC4(-0.02796936, -0.15783691, 0.36816406, 0.020553589) * v0_4.w;
        h0_3 += HVEC4(-0.012893677, 0.019622803, -0.01852417, -0.107788086) * v0_5.x;
        h0_3 += HVEC4(-0.0035762787, 0.17138672, -0.21618652, 0.0008149147) * v0_5.y;
        h0_3 += HVEC4(0.23022461, 0.05618286, -0.068603516, -0.006549835) * v0_5.z;
        h0_3 += HVEC4(0.070251465, -0.20336914, -0.62353516, 0.026123047) * v0_5.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_4 = HVEC4(tile[at + 36]);
        HVEC4 v0_5 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.016784668, -0.020523071, 0.03717041, 0.0031147003) * v0_4.x;
        h0_0 += HVEC4(-0.015419006, 0.010238647, -0.027053833, 0.0143966675) * v0_4.y;
        h0_0 += HVEC4(0.055236816, -0.06329346, -0.10412598, 0.022018433) * v0_4.z;
        h0_0 += HVEC4(0.00056123734, 0.018356323, 0.026535034, 0.072143555) * v0_4.w;
        h0_0 += HVEC4(-0.008308411, 0.01940918, 0.068115234, -0.07800293) * v0_5.x;
        h0_0 += HVEC4(-0.025848389, 0.06585693, -0.33691406, -0.038360596) * v0_5.y;
        h0_0 += HVEC4(0.16577148, -0.050109863, -0.09124756, 0.038879395) * v0_5.z;
        h0_0 += HVEC4(-0.014259338, 0.005153656, -0.050323486, -0.087890625) * v0_5.w;
        h0_1 += HVEC4(-0.07720947, 0.01878357, -0.08959961, -0.013969421) * v0_4.x;
        h0_1 += HVEC4(-0.009742737, -0.09820557, -0.07330322, 0.18286133) * v0_4.y;
        h0_1 += HVEC4(-0.08782959, -0.043548584, 0.0058250427, -0.024505615) * v0_4.z;
        h0_1 += HVEC4(0.07910156, -0.03253174, -0.06008911, 0.113586426) * v0_4.w;
        h0_1 += HVEC4(0.08831787, -0.020446777, -0.06500244, -0.033111572) * v0_5.x;
        h0_1 += HVEC4(-0.2746582, -0.110839844, -0.037261963, 0.097229004) * v0_5.y;
        h0_1 += HVEC4(0.06185913, 0.03250122, -0.0040512085, -0.17932129) * v0_5.z;
        h0_1 += HVEC4(-0.0803833, 0.029159546, 0.07098389, -0.011199951) * v0_5.w;
        h0_2 += HVEC4(0.039276123, 0.052581787, 0.048583984, -0.05105591) * v0_4.x;
        h0_2 += HVEC4(-0.023223877, -0.057647705, -0.029281616, 0.07751465) * v0_4.y;
        h0_2 += HVEC4(-0.056762695, -0.07458496, -0.08905029, 0.054138184) * v0_4.z;
        h0_2 += HVEC4(-0.06591797, 0.039733887, -0.18969727, 0.0927124) * v0_4.w;
        h0_2 += HVEC4(0.072387695, -0.010612488, -0.1194458, 0.029541016) * v0_5.x;
        h0_2 += HVEC4(-0.024383545, 0.06402588, 0.030639648, -0.016784668) * v0_5.y;
        h0_2 += HVEC4(0.06222534, 0.06536865, -0.10003662, -0.075927734) * v0_5.z;
        h0_2 += HVEC4(0.030975342, 0.16003418, 0.05105591, -0.13830566) * v0_5.w;
        h0_3 += HVEC4(-0.0048179626, 0.0041770935, -0.18640137, -0.046173096) * v0_4.x;
        h0_3 += HVEC4(-0.0019893646, -0.04232788, -0.28149414, -0.08117676) * v0_4.y;
        h0_3 += HVEC4(-0.019882202, 0.11376953, 0.17443848, 0.030029297) * v0_4.z;
        h0_3 += HVEC4(0.0053749084, -0.1138916, -0.26416016, 0.04562378) * v0_4.w;
        h0_3 += HVEC4(-0.00093221664, -0.023986816, -0.30322266, -0.067871094) * v0_5.x;
        h0_3 += HVEC4(-0.008628845, 0.016616821, 0.39868164, 0.1026001) * v0_5.y;
        h0_3 += HVEC4(0.008277893, -0.051361084, -0.033081055, 0.041656494) * v0_5.z;
        h0_3 += HVEC4(-0.0059280396, -0.068847656, -0.10321045, 0.040405273) * v0_5.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 68]);
        HVEC4 v0_5 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.007446289, -0.04675293, 0.015579224, -0.044311523) * v0_4.x;
        h0_0 += HVEC4(-0.001909256, -0.05355835, -0.0053138733, -0.010871887) * v0_4.y;
        h0_0 += HVEC4(-0.0032253265, 0.051116943, -0.039642334, -0.01727295) * v0_4.z;
        h0_0 += HVEC4(0.0024757385, 0.06109619, -0.025131226, 0.003627777) * v0_4.w;
        h0_0 += HVEC4(-0.006275177, 0.013267517, 0.022598267, -0.012413025) * v0_5.x;
        h0_0 += HVEC4(-0.023025513, 0.03753662, -0.15649414, 0.03289795) * v0_5.y;
        h0_0 += HVEC4(0.002374649, 0.0075149536, -0.062164307, -0.00028538704) * v0_5.z;
        h0_0 += HVEC4(0.00015377998, 0.0680542, 0.009216309, 0.033599854) * v0_5.w;
        h0_1 += HVEC4(-0.118774414, -0.046905518, -0.03970337, -0.036315918) * v0_4.x;
        h0_1 += HVEC4(-0.15136719, 0.07165527, 0.17077637, -0.02809143) * v0_4.y;
        h0_1 += HVEC4(-0.053771973, 0.038757324, 0.08325195, -0.021972656) * v0_4.z;
        h0_1 += HVEC4(0.06439209, 0.0004992485, 0.020904541, 0.018829346) * v0_4.w;
        h0_1 += HVEC4(0.02532959, -0.04437256, -0.08496094, 0.07196045) * v0_5.x;
        h0_1 += HVEC4(-0.4182129, -0.031021118, -0.011329651, 0.04849243) * v0_5.y;
        h0_1 += HVEC4(-0.015304565, 0.023345947, 0.04373169, -0.007156372) * v0_5.z;
        h0_1 += HVEC4(-0.031097412, -0.0020942688, 0.024612427, -0.007205963) * v0_5.w;
        h0_2 += HVEC4(-0.52490234, -0.013847351, 0.044403076, 0.06304932) * v0_4.x;
        h0_2 += HVEC4(-0.15991211, -0.039367676, -0.0103302, -0.0446167) * v0_4.y;
        h0_2 += HVEC4(0.016921997, -0.060821533, -0.017623901, 0.008148193) * v0_4.z;
        h0_2 += HVEC4(0.08917236, 0.043060303, -0.029632568, 0.03652954) * v0_4.w;
        h0_2 += HVEC4(0.30151367, 0.013885498, 0.055908203, 0.015419006) * v0_5.x;
        h0_2 += HVEC4(0.22558594, -0.099243164, -0.097351074, -0.056396484) * v0_5.y;
        h0_2 += HVEC4(0.04638672, -0.033966064, -0.025054932, -0.010002136) * v0_5.z;
        h0_2 += HVEC4(-0.6015625, 0.051361084, 0.0017118454, -0.004787445) * v0_5.w;
        h0_3 += HVEC4(0.014564514, 0.06945801, -0.25341797, 0.0793457) * v0_4.x;
        h0_3 += HVEC4(-0.030822754, -0.0076560974, 0.010978699, -0.041137695) * v0_4.y;
        h0_3 += HVEC4(0.037994385, -0.005153656, -0.060333252, -0.034973145) * v0_4.z;
        h0_3 += HVEC4(-0.0024261475, 0.00333786, 0.111328125, -0.0007863045) * v0_4.w;
        h0_3 += HVEC4(-0.059417725, 0.008766174, 0.03543091, 0.009567261) * v0_5.x;
        h0_3 += HVEC4(-0.018325806, -0.05380249, -0.44873047, -0.013877869) * v0_5.y;
        h0_3 += HVEC4(-0.047058105, -0.035369873, -0.066101074, -0.051483154) * v0_5.z;
        h0_3 += HVEC4(0.039611816, 0.030395508, 0.096069336, 0.039916992) * v0_5.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 69]);
        HVEC4 v0_5 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(-0.02116394, -0.02784729, 0.040283203, 0.07104492) * v0_4.x;
        h0_0 += HVEC4(-0.012489319, -0.025054932, 0.008613586, 0.034088135) * v0_4.y;
        h0_0 += HVEC4(0.0020256042, 0.054016113, 0.0947876, -0.02178955) * v0_4.z;
        h0_0 += HVEC4(-0.014816284, 0.10021973, 0.00894928, 0.061920166) * v0_4.w;
        h0_0 += HVEC4(0.02961731, -0.032684326, -0.06567383, 0.04458618) * v0_5.x;
        h0_0 += HVEC4(0.017227173, -0.14526367, -0.06561279, 0.030853271) * v0_5.y;
        h0_0 += HVEC4(-0.0287323, -0.030426025, 7.212162e-05, 0.010848999) * v0_5.z;
        h0_0 += HVEC4(-0.023773193, -0.13903809, -0.078125, -0.109680176) * v0_5.w;
        h0_1 += HVEC4(-0.30493164, 0.050598145, 0.008857727, 0.007987976) * v0_4.x;
        h0_1 += HVEC4(-0.11260986, 0.0078086853, -0.08886719, -0.031188965) * v0_4.y;
        h0_1 += HVEC4(0.13952637, -0.10681152, -0.06506348, -0.030197144) * v0_4.z;
        h0_1 += HVEC4(0.15393066, -0.030670166, 0.00028848648, 0.038635254) * v0_4.w;
        h0_1 += HVEC4(0.24133301, 0.019927979, 0.14611816, 0.088378906) * v0_5.x;
        h0_1 += HVEC4(0.1270752, -0.03616333, -0.13720703, -0.022232056) * v0_5.y;
        h0_1 += HVEC4(0.11004639, 0.08062744, 0.075683594, -0.016326904) * v0_5.z;
        h0_1 += HVEC4(-0.32202148, 0.06304932, 0.08392334, -0.04421997) * v0_5.w;
        h0_2 += HVEC4(0.02583313, -0.074279785, 0.02619934, -0.025283813) * v0_4.x;
        h0_2 += HVEC4(0.14465332, -0.036254883, 0.036865234, -0.039215088) * v0_4.y;
        h0_2 += HVEC4(0.010787964, -0.03277588, -0.010513306, 0.00075149536) * v0_4.z;
        h0_2 += HVEC4(-0.8383789, -0.028060913, -0.020019531, -0.07489014) * v0_4.w;
        h0_2 += HVEC4(-0.09625244, 0.08508301, 0.1081543, 0.13244629) * v0_5.x;
        h0_2 += HVEC4(-0.12335205, -0.057525635, -0.08190918, 0.016494751) * v0_5.y;
        h0_2 += HVEC4(0.008590698, 0.064941406, 0.0048103333, 0.017166138) * v0_5.z;
        h0_2 += HVEC4(0.05593872, 0.074401855, 0.07171631, -0.045959473) * v0_5.w;
        h0_3 += HVEC4(0.013046265, -0.07922363, -0.39697266, 0.09954834) * v0_4.x;
        h0_3 += HVEC4(0.030059814, 0.034973145, 0.16040039, 0.11816406) * v0_4.y;
        h0_3 += HVEC4(-0.021865845, -0.0042877197, 0.12841797, -0.04663086) * v0_4.z;
        h0_3 += HVEC4(-0.003314972, 0.024841309, -0.10021973, 0.05621338) * v0_4.w;
        h0_3 += HVEC4(-0.018188477, 0.09472656, 0.10620117, 0.13330078) * v0_5.x;
        h0_3 += HVEC4(-0.0069618225, -0.06665039, 0.06573486, -0.12902832) * v0_5.y;
        h0_3 += HVEC4(-0.016357422, 0.0049476624, -0.09460449, 0.044830322) * v0_5.z;
        h0_3 += HVEC4(-0.021942139, -0.043548584, -0.14453125, 0.02909851) * v0_5.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_4 = HVEC4(tile[at + 70]);
        HVEC4 v0_5 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(0.025497437, 0.031280518, 0.058135986, 0.034484863) * v0_4.x;
        h0_0 += HVEC4(0.0003888607, -0.06677246, -0.06555176, -0.010101318) * v0_4.y;
        h0_0 += HVEC4(-0.010215759, 0.025421143, 0.020706177, 0.059173584) * v0_4.z;
        h0_0 += HVEC4(-0.0069274902, 0.019378662, -0.010345459, 0.017425537) * v0_4.w;
        h0_0 += HVEC4(-0.03262329, 0.04043579, -0.0006713867, -0.0031356812) * v0_5.x;
        h0_0 += HVEC4(0.00030732155, 0.045715332, -0.004600525, -0.005493164) * v0_5.y;
        h0_0 += HVEC4(0.07470703, 0.046203613, 0.014923096, 0.047790527) * v0_5.z;
        h0_0 += HVEC4(0.024597168, 0.05154419, 0.076416016, -0.06695557) * v0_5.w;
        h0_1 += HVEC4(0.20703125, 0.04638672, -0.0042915344, -0.012008667) * v0_4.x;
        h0_1 += HVEC4(0.05267334, 0.0030822754, 0.04284668, 0.031555176) * v0_4.y;
        h0_1 += HVEC4(0.15856934, -0.002336502, -0.032226562, -0.087890625) * v0_4.z;
        h0_1 += HVEC4(-0.18359375, 0.027359009, 0.07495117, 0.10510254) * v0_4.w;
        h0_1 += HVEC4(-0.1171875, 0.020980835, 0.21862793, 0.13928223) * v0_5.x;
        h0_1 += HVEC4(-0.24584961, 0.035125732, -0.010757446, -0.038757324) * v0_5.y;
        h0_1 += HVEC4(-0.11779785, -0.046417236, -0.06298828, -0.07556152) * v0_5.z;
        h0_1 += HVEC4(0.112854004, -0.06628418, -0.20495605, -0.0009031296) * v0_5.w;
        h0_2 += HVEC4(-0.09222412, 0.021560669, -0.014556885, -0.014045715) * v0_4.x;
        h0_2 += HVEC4(0.11114502, -0.027816772, 0.063964844, 0.012382507) * v0_4.y;
        h0_2 += HVEC4(-0.041259766, 0.07098389, 0.0007352829, -0.016921997) * v0_4.z;
        h0_2 += HVEC4(0.19152832, 0.07495117, 0.080200195, 0.013671875) * v0_4.w;
        h0_2 += HVEC4(0.036376953, -0.023376465, 0.09411621, 0.057281494) * v0_5.x;
        h0_2 += HVEC4(-0.09448242, 0.06616211, 0.039978027, -0.019226074) * v0_5.y;
        h0_2 += HVEC4(0.016479492, -0.08514404, -0.025970459, 0.00969696) * v0_5.z;
        h0_2 += HVEC4(-0.0037212372, -0.18652344, -0.08496094, -0.0012187958) * v0_5.w;
        h0_3 += HVEC4(0.010307312, 0.05718994, -0.00020444393, -0.010597229) * v0_4.x;
        h0_3 += HVEC4(0.0023479462, -0.0017538071, 0.051116943, 0.05682373) * v0_4.y;
        h0_3 += HVEC4(0.004234314, 0.009429932, 0.16748047, 0.01689148) * v0_4.z;
        h0_3 += HVEC4(0.01802063, 0.040863037, 0.39379883, 0.10394287) * v0_4.w;
        h0_3 += HVEC4(0.009422302, -0.017105103, 0.072631836, 0.07928467) * v0_5.x;
        h0_3 += HVEC4(0.001912117, -0.016738892, -0.13232422, -0.018722534) * v0_5.y;
        h0_3 += HVEC4(-0.009277344, -0.024871826, 0.09020996, -0.048065186) * v0_5.z;
        h0_3 += HVEC4(-0.013397217, -0.14147949, -0.48046875, -0.050201416) * v0_5.w;
    }
    a0_0 += vec4(h0_0);
    a0_1 += vec4(h0_1);
    a0_2 += vec4(h0_2);
    a0_3 += vec4(h0_3);
    barrier();  // every thread is done with this phase's tile
    {
        tile[i0] = f0 ? HVEC4(n2_0_0) : HVEC4(0.0);
        tile[i0 + 340] = f0 ? HVEC4(n2_0_1) : HVEC4(0.0);
    }
    if (i1 < 340) {
        tile[i1] = f1 ? HVEC4(n2_1_0) : HVEC4(0.0);
        tile[i1 + 340] = f1 ? HVEC4(n2_1_1) : HVEC4(0.0);
    }
    barrier();

    // Phase 3: input groups 6..7.
    h0_0 = HVEC4(0.0);
    h0_1 = HVEC4(0.0);
    h0_2 = HVEC4(0.0);
    h0_3 = HVEC4(0.0);
    {   // tap (-1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 0]);
        HVEC4 v0_7 = HVEC4(tile[at + 340]);
        h0_0 += HVEC4(0.01777649, -0.014480591, 0.03366089, 0.09765625) * v0_6.x;
        h0_0 += HVEC4(-0.019836426, -0.061309814, -0.008255005, -0.009651184) * v0_6.y;
        h0_0 += HVEC4(-0.0019283295, -0.015380859, 0.15844727, -0.028793335) * v0_6.z;
        h0_0 += HVEC4(-0.015731812, -0.041290283, -0.029327393, -0.08795166) * v0_6.w;
        h0_0 += HVEC4(0.006175995, -0.030395508, -0.11920166, 0.0012016296) * v0_7.x;
        h0_0 += HVEC4(-0.004245758, 0.0814209, -0.010848999, -0.023834229) * v0_7.y;
        h0_0 += HVEC4(-0.06719971, -0.0009627342, -0.0814209, -0.1328125) * v0_7.z;
        h0_0 += HVEC4(0.000106573105, -0.0058555603, 0.08068848, 0.006790161) * v0_7.w;
        h0_1 += HVEC4(0.09942627, 0.04473877, -0.14416504, 0.020843506) * v0_6.x;
        h0_1 += HVEC4(-0.14770508, -0.032928467, 0.2154541, -0.06628418) * v0_6.y;
        h0_1 += HVEC4(0.1361084, 0.056640625, 0.02015686, 0.08258057) * v0_6.z;
        h0_1 += HVEC4(-0.099121094, 0.0015649796, -0.0038108826, -0.04675293) * v0_6.w;
        h0_1 += HVEC4(-0.23291016, -0.03503418, -0.06365967, -0.11968994) * v0_7.x;
        h0_1 += HVEC4(-0.093688965, -0.007030487, 0.07556152, -0.13671875) * v0_7.y;
        h0_1 += HVEC4(-0.18383789, -0.076538086, 0.25219727, -0.06222534) * v0_7.z;
        h0_1 += HVEC4(0.19555664, 0.03793335, 0.0209198, 0.05819702) * v0_7.w;
        h0_2 += HVEC4(0.08001709, -0.08123779, 0.043762207, -0.0038871765) * v0_6.x;
        h0_2 += HVEC4(0.23120117, 0.054016113, 0.0051231384, -0.27978516) * v0_6.y;
        h0_2 += HVEC4(0.1439209, 0.018310547, 0.021820068, -0.08947754) * v0_6.z;
        h0_2 += HVEC4(-0.055419922, -0.17712402, -0.05819702, -0.09033203) * v0_6.w;
        h0_2 += HVEC4(-0.18981934, -0.004295349, 0.0519104, 0.04119873) * v0_7.x;
        h0_2 += HVEC4(-0.69091797, 0.021957397, 0.02973938, -0.060791016) * v0_7.y;
        h0_2 += HVEC4(0.056030273, 0.11779785, -0.043426514, -0.19616699) * v0_7.z;
        h0_2 += HVEC4(-0.20996094, 0.091918945, -0.015731812, 0.04144287) * v0_7.w;
        h0_3 += HVEC4(-0.04296875, 0.0077323914, 0.010238647, -0.00982666) * v0_6.x;
        h0_3 += HVEC4(-0.004337311, -0.0070762634, 0.060546875, 0.008216858) * v0_6.y;
        h0_3 += HVEC4(-0.0066375732, 0.02468872, 0.07910156, 0.0079193115) * v0_6.z;
        h0_3 += HVEC4(0.03753662, -0.007293701, -0.11053467, -0.06652832) * v0_6.w;
        h0_3 += HVEC4(0.008491516, -0.0045700073, 0.19921875, -0.0061912537) * v0_7.x;
        h0_3 += HVEC4(0.02180481, 0.022537231, -0.010574341, -0.007183075) * v0_7.y;
        h0_3 += HVEC4(0.06628418, -0.018096924, -0.10467529, 0.047698975) * v0_7.z;
        h0_3 += HVEC4(-0.020889282, 0.08190918, 0.22387695, -0.08532715) * v0_7.w;
    }
    {   // tap (0, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 1]);
        HVEC4 v0_7 = HVEC4(tile[at + 341]);
        h0_0 += HVEC4(0.046447754, -0.0062408447, -0.08300781, -0.03753662) * v0_6.x;
        h0_0 += HVEC4(-0.0001745224, -0.04550171, -0.15600586, -0.08392334) * v0_6.y;
        h0_0 += HVEC4(-0.011924744, -0.024215698, 0.061157227, 0.034729004) * v0_6.z;
        h0_0 += HVEC4(-0.027160645, -0.041931152, -0.020339966, -0.052490234) * v0_6.w;
        h0_0 += HVEC4(0.0025424957, -0.043151855, 0.065979004, -0.0015602112) * v0_7.x;
        h0_0 += HVEC4(-0.009094238, -0.013435364, 0.0579834, 0.04562378) * v0_7.y;
        h0_0 += HVEC4(-0.08929443, 0.07470703, 0.11053467, 0.20056152) * v0_7.z;
        h0_0 += HVEC4(-0.0031089783, 0.0496521, -0.028213501, 0.025726318) * v0_7.w;
        h0_1 += HVEC4(-0.1685791, -0.012145996, 0.08856201, 0.13085938) * v0_6.x;
        h0_1 += HVEC4(-0.024719238, -0.033813477, 0.03744507, -0.0131073) * v0_6.y;
        h0_1 += HVEC4(0.34887695, 0.07006836, 0.04852295, 0.09289551) * v0_6.z;
        h0_1 += HVEC4(0.032043457, 0.052001953, -0.06738281, 0.044921875) * v0_6.w;
        h0_1 += HVEC4(-0.2211914, -0.02357483, -0.035339355, -0.16699219) * v0_7.x;
        h0_1 += HVEC4(-0.08648682, 0.03677368, -0.22912598, -0.06329346) * v0_7.y;
        h0_1 += HVEC4(0.1385498, 0.051361084, -0.06286621, -0.062927246) * v0_7.z;
        h0_1 += HVEC4(-0.11773682, -0.0013494492, 0.084472656, 0.027908325) * v0_7.w;
        h0_2 += HVEC4(0.07318115, -0.14208984, 0.17712402, 0.104003906) * v0_6.x;
        h0_2 += HVEC4(-0.23327637, -0.009086609, -0.015930176, 0.118774414) * v0_6.y;
        h0_2 += HVEC4(0.033081055, -0.029006958, 0.035369873, 0.124694824) * v0_6.z;
        h0_2 += HVEC4(-0.044403076, -0.107177734, -0.12463379, -0.0057258606) * v0_6.w;
        h0_2 += HVEC4(-0.24438477, 0.031173706, 0.044158936, -0.20153809) * v0_7.x;
        h0_2 += HVEC4(0.22155762, 0.03866577, -0.51708984, -0.14050293) * v0_7.y;
        h0_2 += HVEC4(0.13928223, 0.010131836, -0.1315918, 0.0041885376) * v0_7.z;
        h0_2 += HVEC4(0.17602539, -0.078308105, -0.008232117, 0.06112671) * v0_7.w;
        h0_3 += HVEC4(-0.020446777, 0.015777588, -0.036712646, 0.027679443) * v0_6.x;
        h0_3 += HVEC4(-0.0076179504, -0.04159546, -0.05053711, 0.00031852722) * v0_6.y;
        h0_3 += HVEC4(-0.0042037964, 0.00894928, 0.054504395, 0.015106201) * v0_6.z;
        h0_3 += HVEC4(-0.023162842, 0.121154785, 0.1217041, -0.11022949) * v0_6.w;
        h0_3 += HVEC4(0.015640259, 0.03604126, 0.10638428, -0.024154663) * v0_7.x;
        h0_3 += HVEC4(-0.009750366, -0.02104187, -0.17346191, -0.06842041) * v0_7.y;
        h0_3 += HVEC4(0.037261963, -0.009475708, -0.055877686, 0.014350891) * v0_7.z;
        h0_3 += HVEC4(-0.009643555, -0.014656067, -0.117614746, 0.036743164) * v0_7.w;
    }
    {   // tap (1, -1)
        HVEC4 v0_6 = HVEC4(tile[at + 2]);
        HVEC4 v0_7 = HVEC4(tile[at + 342]);
        h0_0 += HVEC4(0.02545166, -0.048034668, -0.034423828, 0.055114746) * v0_6.x;
        h0_0 += HVEC4(-0.021331787, 0.0048561096, -0.04055786, -0.0127334595) * v0_6.y;
        h0_0 += HVEC4(-0.015670776, -0.019058228, 0.0020065308, 0.01979065) * v0_6.z;
        h0_0 += HVEC4(0.0077552795, -0.013000488, -0.0949707, -0.0034999847) * v0_6.w;
        h0_0 += HVEC4(-0.0020885468, -0.00057172775, 0.029449463, -0.08111572) * v0_7.x;
        h0_0 += HVEC4(0.00554657, 0.010757446, -0.010276794, -0.0049972534) * v0_7.y;
        h0_0 += HVEC4(-0.04449463, 0.13256836, 0.055786133, -0.004535675) * v0_7.z;
        h0_0 += HVEC4(0.0045280457, -0.040740967, 0.07086182, 0.0030384064) * v0_7.w;
        h0_1 += HVEC4(-0.06744385, -0.04067993, 0.010643005, -0.041412354) * v0_6.x;
        h0_1 += HVEC4(-0.040985107, -0.027740479, -0.06384277, 1.7881393e-06) * v0_6.y;
        h0_1 += HVEC4(-0.10266113, -0.0054092407, 0.00092077255, -0.05831909) * v0_6.z;
        h0_1 += HVEC4(-0.34057617, -0.059051514, -0.012397766, -0.062805176) * v0_6.w;
        h0_1 += HVEC4(0.016693115, -0.026168823, -0.1159668, 0.04156494) * v0_7.x;
        h0_1 += HVEC4(0.058044434, -0.0023860931, -0.0019741058, 0.028060913) * v0_7.y;
        h0_1 += HVEC4(0.19250488, 0.008407593, -0.04031372, 0.0143966675) * v0_7.z;
        h0_1 += HVEC4(-0.05343628, 0.020599365, 0.022521973, -0.08404541) * v0_7.w;
        h0_2 += HVEC4(-0.070251465, -0.086242676, 0.031311035, 0.025863647) * v0_6.x;
        h0_2 += HVEC4(0.09210205, -0.084350586, -0.05645752, 0.00076055527) * v0_6.y;
        h0_2 += HVEC4(0.0068893433, -0.035186768, 0.078125, 0.076293945) * v0_6.z;
        h0_2 += HVEC4(-0.039733887, -0.1060791, 0.11456299, 0.029510498) * v0_6.w;
        h0_2 += HVEC4(-0.004234314, -0.019378662, 0.028945923, -0.2619629) * v0_7.x;
        h0_2 += HVEC4(-0.089904785, 0.06707764, -0.1809082, -0.049072266) * v0_7.y;
        h0_2 += HVEC4(0.0037727356, 0.0066452026, -0.04824829, -0.029663086) * v0_7.z;
        h0_2 += HVEC4(-0.07104492, -0.013519287, 0.029403687, -0.017913818) * v0_7.w;
        h0_3 += HVEC4(0.006904602, -0.058258057, -0.079589844, 0.014282227) * v0_6.x;
        h0_3 += HVEC4(0.021835327, -0.051361084, 0.10687256, -0.054595947) * v0_6.y;
        h0_3 += HVEC4(-0.0015897751, 0.057037354, 0.08312988, 0.027832031) * v0_6.z;
        h0_3 += HVEC4(-0.008857727, 0.014137268, -0.25341797, -0.0007967949) * v0_6.w;
        h0_3 += HVEC4(0.0009965897, 0.00061941147, 0.026947021, -0.003774643) * v0_7.x;
        h0_3 += HVEC4(-0.00023162365, 0.04006958, 0.06048584, -0.02217102) * v0_7.y;
        h0_3 += HVEC4(0.008071899, -0.0008378029, -0.046844482, 0.038208008) * v0_7.z;
        h0_3 += HVEC4(0.0026340485, -0.03353882, -0.20947266, 0.015609741) * v0_7.w;
    }
    {   // tap (-1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 34]);
        HVEC4 v0_7 = HVEC4(tile[at + 374]);
        h0_0 += HVEC4(0.04776001, -0.009628296, 0.04598999, -0.06781006) * v0_6.x;
        h0_0 += HVEC4(-0.031829834, -0.028701782, -0.025741577, 0.13317871) * v0_6.y;
        h0_0 += HVEC4(0.008399963, 0.023223877, 0.06762695, -0.05303955) * v0_6.z;
        h0_0 += HVEC4(-0.11505127, -0.076049805, 0.023330688, 0.017959595) * v0_6.w;
        h0_0 += HVEC4(0.016708374, -0.023498535, 0.031066895, -0.072387695) * v0_7.x;
        h0_0 += HVEC4(-0.03930664, 0.021148682, -0.22692871, 0.05697632) * v0_7.y;
        h0_0 += HVEC4(-0.110961914, 0.011680603, 0.11730957, 0.34838867) * v0_7.z;
        h0_0 += HVEC4(-0.01637268, -0.015731812, -0.15319824, -0.064941406) * v0_7.w;
        h0_1 += HVEC4(0.38012695, -0.07220459, -0.26123047, 0.124572754) * v0_6.x;
        h0_1 += HVEC4(0.08905029, 0.069885254, -0.060272217, -0.021240234) * v0_6.y;
        h0_1 += HVEC4(0.24609375, 0.03729248, -0.067993164, 0.09729004) * v0_6.z;
        h0_1 += HVEC4(-0.023651123, -0.008552551, -0.12658691, -0.09692383) * v0_6.w;
        h0_1 += HVEC4(-0.35986328, 0.029418945, -0.15539551, -0.103637695) * v0_7.x;
        h0_1 += HVEC4(-0.73876953, -0.12609863, 0.095825195, -0.4909668) * v0_7.y;
        h0_1 += HVEC4(0.07727051, 0.18664551, -0.0059432983, -0.040496826) * v0_7.z;
        h0_1 += HVEC4(-0.058929443, -0.0037593842, 0.05368042, -0.088256836) * v0_7.w;
        h0_2 += HVEC4(0.17834473, 0.044677734, 0.032073975, 0.06689453) * v0_6.x;
        h0_2 += HVEC4(-0.10473633, 0.01864624, -0.06384277, -0.20117188) * v0_6.y;
        h0_2 += HVEC4(-0.1998291, 0.09259033, 0.022644043, -0.05429077) * v0_6.z;
        h0_2 += HVEC4(-0.2512207, -0.11578369, -0.011123657, -0.12133789) * v0_6.w;
        h0_2 += HVEC4(-0.3178711, -0.07757568, -0.021896362, -0.082092285) * v0_7.x;
        h0_2 += HVEC4(-0.13208008, 0.021713257, -0.018600464, -0.012893677) * v0_7.y;
        h0_2 += HVEC4(0.21069336, -0.06414795, -0.048339844, 0.01322937) * v0_7.z;
        h0_2 += HVEC4(0.10083008, -0.022415161, -0.021606445, -0.036712646) * v0_7.w;
        h0_3 += HVEC4(0.029724121, -0.004245758, 0.27075195, 0.113342285) * v0_6.x;
        h0_3 += HVEC4(0.01612854, 0.061828613, 0.19714355, -0.007926941) * v0_6.y;
        h0_3 += HVEC4(-0.007724762, 0.028549194, 0.23144531, 0.04675293) * v0_6.z;
        h0_3 += HVEC4(-0.03540039, -0.03668213, -0.21411133, 0.022872925) * v0_6.w;
        h0_3 += HVEC4(-0.055267334, -0.0051193237, 0.0022773743, 0.034851074) * v0_7.x;
        h0_3 += HVEC4(-0.13244629, 0.054748535, -0.55078125, -0.06451416) * v0_7.y;
        h0_3 += HVEC4(-0.12927246, 0.06774902, -0.18395996, -0.12219238) * v0_7.z;
        h0_3 += HVEC4(-0.018035889, -0.0949707, -0.5722656, -0.03390503) * v0_7.w;
    }
    {   // tap (0, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 35]);
        HVEC4 v0_7 = HVEC4(tile[at + 375]);
        h0_0 += HVEC4(0.0904541, 0.03527832, -0.09851074, 0.08782959) * v0_6.x;
        h0_0 += HVEC4(0.04159546, -0.13793945, 0.16003418, -0.011947632) * v0_6.y;
        h0_0 += HVEC4(-0.034942627, 0.05847168, 0.17321777, 0.017730713) * v0_6.z;
        h0_0 += HVEC4(-0.21716309, -0.11077881, -0.049682617, 0.12658691) * v0_6.w;
        h0_0 += HVEC4(-0.037506104, 0.028823853, -0.21813965, -0.15454102) * v0_7.x;
        h0_0 += HVEC4(-0.057739258, 0.046173096, -0.33618164, -0.11126709) * v0_7.y;
        h0_0 += HVEC4(0.08795166, 0.011894226, 0.023101807, -0.24951172) * v0_7.z;
        h0_0 += HVEC4(-0.00019729137, 0.063964844, 0.06161499, 0.09082031) * v0_7.w;
        h0_1 += HVEC4(-0.24707031, -0.123168945, 0.11804199, 0.026504517) * v0_6.x;
        h0_1 += HVEC4(-0.05050659, 0.08874512, -0.07873535, 0.04309082) * v0_6.y;
        h0_1 += HVEC4(0.08514404, 0.039245605, 0.08666992, 0.1239624) * v0_6.z;
        h0_1 += HVEC4(-0.31298828, -0.03277588, -0.06237793, 0.08679199) * v0_6.w;
        h0_1 += HVEC4(-0.76416016, -0.18432617, -0.31225586, -0.19018555) * v0_7.x;
        h0_1 += HVEC4(-0.6694336, -0.41088867, -0.39746094, -0.125) * v0_7.y;
        h0_1 += HVEC4(0.06915283, -0.017105103, 0.05041504, -0.022521973) * v0_7.z;
        h0_1 += HVEC4(-0.09857178, 0.025253296, 0.13635254, 0.046875) * v0_7.w;
        h0_2 += HVEC4(-0.0049095154, 0.14221191, 0.022369385, 0.11694336) * v0_6.x;
        h0_2 += HVEC4(0.0129776, -0.019363403, 0.10241699, 0.20703125) * v0_6.y;
        h0_2 += HVEC4(-0.06402588, 0.012878418, -0.038757324, 0.121276855) * v0_6.z;
        h0_2 += HVEC4(0.1586914, -0.20178223, 0.033325195, 0.01777649) * v0_6.w;
        h0_2 += HVEC4(-0.3564453, -0.12646484, -0.023529053, -0.13916016) * v0_7.x;
        h0_2 += HVEC4(-0.16101074, -0.36816406, -0.049621582, -0.21264648) * v0_7.y;
        h0_2 += HVEC4(-0.21923828, 0.07336426, 0.22387695, 0.0552063) * v0_7.z;
        h0_2 += HVEC4(-0.0524292, 0.06817627, 0.023910522, -0.033325195) * v0_7.w;
        h0_3 += HVEC4(0.040374756, 0.09088135, -0.11437988, 0.051086426) * v0_6.x;
        h0_3 += HVEC4(-0.061706543, 0.091918945, -0.023910522, 0.07147217) * v0_6.y;
        h0_3 += HVEC4(-0.010604858, -0.04647827, 0.11853027, 0.06463623) * v0_6.z;
        h0_3 += HVEC4(-0.0011615753, -0.1977539, -0.4020996, -0.0032253265) * v0_6.w;
        h0_3 += HVEC4(-0.026367188, -0.05886841, 0.22851562, 0.01940918) * v0_7.x;
        h0_3 += HVEC4(0.030319214, -0.36083984, -0.37036133, -0.15356445) * v0_7.y;
        h0_3 += HVEC4(-0.046844482, 0.051208496, 0.14660645, 0.08648682) * v0_7.z;
        h0_3 += HVEC4(-0.009773254, 0.068481445, 0.18664551, 0.051116943) * v0_7.w;
    }
    {   // tap (1, 0)
        HVEC4 v0_6 = HVEC4(tile[at + 36]);
        HVEC4 v0_7 = HVEC4(tile[at + 376]);
        h0_0 += HVEC4(0.04144287, 0.017547607, 0.06210327, -0.0011138916) * v0_6.x;
        h0_0 += HVEC4(-0.04827881, -0.049835205, -0.05090332, -0.018157959) * v0_6.y;
        h0_0 += HVEC4(-0.0073051453, 0.027877808, 0.044433594, 0.040863037) * v0_6.z;
        h0_0 += HVEC4(0.05419922, -0.015556335, 0.12756348, 0.0011739731) * v0_6.w;
        h0_0 += HVEC4(-0.0061454773, -0.04486084, -0.23205566, 0.03894043) * v0_7.x;
        h0_0 += HVEC4(-0.01876831, 0.02268982, 0.117492676, -0.008636475) * v0_7.y;
        h0_0 += HVEC4(0.003850937, -0.13354492, -0.12915039, 0.0071868896) * v0_7.z;
        h0_0 += HVEC4(0.007858276, 0.012512207, 0.030380249, -0.031082153) * v0_7.w;
        h0_1 += HVEC4(0.1274414, 0.07904053, -0.084350586, -0.0904541) * v0_6.x;
        h0_1 += HVEC4(-0.004753113, -0.06976318, -0.1340332, -0.04647827) * v0_6.y;
        h0_1 += HVEC4(0.015388489, 0.03677368, 0.046936035, -0.041900635) * v0_6.z;
        h0_1 += HVEC4(0.0077819824, 0.07952881, 0.09472656, -0.20446777) * v0_6.w;
        h0_1 += HVEC4(-0.7241211, 0.017608643, -0.17077637, 0.0670166) * v0_7.x;
        h0_1 += HVEC4(0.10998535, 0.08630371, 0.061431885, 0.09399414) * v0_7.y;
        h0_1 += HVEC4(-0.070251465, -0.054016113, -0.04220581, 0.17822266) * v0_7.z;
        h0_1 += HVEC4(0.14538574, 0.010475159, -0.021865845, -0.0803833) * v0_7.w;
        h0_2 += HVEC4(0.048828125, 0.062469482, 0.042785645, 0.016220093) * v0_6.x;
        h0_2 += HVEC4(-0.017456055, -0.16882324, -0.0075416565, 0.021469116) * v0_6.y;
        h0_2 += HVEC4(0.02784729, 0.07232666, -0.043151855, 0.064941406) * v0_6.z;
        h0_2 += HVEC4(-0.082336426, -0.041748047, 0.1315918, -0.06109619) * v0_6.w;
        h0_2 += HVEC4(-0.0019779205, -0.017547607, 0.026519775, -0.07501221) * v0_7.x;
        h0_2 += HVEC4(0.010032654, 0.09063721, 0.07495117, -0.07269287) * v0_7.y;
        h0_2 += HVEC4(0.13000488, 0.020828247, -0.0748291, 0.02067566) * v0_7.z;
        h0_2 += HVEC4(0.0046539307, -0.014549255, 0.010986328, -0.016418457) * v0_7.w;
        h0_3 += HVEC4(-0.0020694733, 0.086242676, 0.042907715, -0.029174805) * v0_6.x;
        h0_3 += HVEC4(0.004497528, -0.0018405914, -0.24121094, 0.0021839142) * v0_6.y;
        h0_3 += HVEC4(0.012382507, -0.03829956, 0.0030651093, 0.04763794) * v0_6.z;
        h0_3 += HVEC4(0.016815186, 0.10015869, 0.20446777, -0.018859863) * v0_6.w;
        h0_3 += HVEC4(-0.008575439, 0.022628784, -0.12890625, 0.008506775) * v0_7.x;
        h0_3 += HVEC4(0.0019111633, -0.21252441, -0.67626953, -0.07965088) * v0_7.y;
        h0_3 += HVEC4(-0.012069702, -0.10119629, 0.0446167, 0.03652954) * v0_7.z;
        h0_3 += HVEC4(-0.0060539246, 0.08666992, 0.33203125, 0.0395813) * v0_7.w;
    }
    {   // tap (-1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 68]);
        HVEC4 v0_7 = HVEC4(tile[at + 408]);
        h0_0 += HVEC4(0.015930176, 0.06750488, -0.1005249, 0.039611816) * v0_6.x;
        h0_0 += HVEC4(-0.021636963, -0.074279785, 0.039978027, -0.00881958) * v0_6.y;
        h0_0 += HVEC4(-0.001156807, 0.12878418, -0.029586792, 0.030578613) * v0_6.z;
        h0_0 += HVEC4(0.0033817291, -0.12060547, -0.07757568, 0.01713562) * v0_6.w;
        h0_0 += HVEC4(-0.009361267, -0.011177063, -0.09100342, 0.035125732) * v0_7.x;
        h0_0 += HVEC4(0.023880005, -0.30371094, -0.020568848, 0.009712219) * v0_7.y;
        h0_0 += HVEC4(-0.018249512, 0.0023288727, 0.17041016, -0.016143799) * v0_7.z;
        h0_0 += HVEC4(0.010009766, 0.061340332, 0.082092285, -0.028671265) * v0_7.w;
        h0_1 += HVEC4(-0.0017194748, -0.017944336, -0.08270264, 0.011299133) * v0_6.x;
        h0_1 += HVEC4(0.057128906, -0.061920166, -0.09301758, 0.00081443787) * v0_6.y;
        h0_1 += HVEC4(0.07409668, -0.015312195, -0.031021118, 0.057403564) * v0_6.z;
        h0_1 += HVEC4(0.0793457, -0.07537842, -0.14257812, 0.097595215) * v0_6.w;
        h0_1 += HVEC4(-0.19677734, 0.023544312, -0.00030875206, -0.047607422) * v0_7.x;
        h0_1 += HVEC4(-0.14025879, 0.009208679, 0.08050537, -0.06567383) * v0_7.y;
        h0_1 += HVEC4(0.17028809, -0.03604126, 0.003791809, 0.09851074) * v0_7.z;
        h0_1 += HVEC4(0.0015058517, -0.029953003, 0.025375366, 0.03869629) * v0_7.w;
        h0_2 += HVEC4(-0.18823242, -0.026031494, -0.01525116, -0.02861023) * v0_6.x;
        h0_2 += HVEC4(0.15808105, -0.045166016, -0.01826477, -0.11804199) * v0_6.y;
        h0_2 += HVEC4(0.06021118, 0.012413025, -0.019073486, -0.053710938) * v0_6.z;
        h0_2 += HVEC4(-0.14685059, -0.018249512, 0.018371582, 0.024246216) * v0_6.w;
        h0_2 += HVEC4(-0.19311523, 0.02406311, -0.031219482, -0.010726929) * v0_7.x;
        h0_2 += HVEC4(-0.45776367, -0.051727295, -0.021209717, -0.06500244) * v0_7.y;
        h0_2 += HVEC4(0.08856201, 0.03515625, -0.016067505, -0.03111267) * v0_7.z;
        h0_2 += HVEC4(-0.1430664, 0.005908966, 0.0045280457, -0.005279541) * v0_7.w;
        h0_3 += HVEC4(0.013893127, 0.025482178, -0.14782715, -0.051727295) * v0_6.x;
        h0_3 += HVEC4(-0.02720642, -0.011619568, -0.10632324, -0.034729004) * v0_6.y;
        h0_3 += HVEC4(0.010063171, -0.0073242188, 0.10992432, -0.020858765) * v0_6.z;
        h0_3 += HVEC4(0.028213501, 0.0335083, -0.0949707, 0.05331421) * v0_6.w;
        h0_3 += HVEC4(0.0010881424, -0.005054474, 0.025466919, -0.0010251999) * v0_7.x;
        h0_3 += HVEC4(-0.13354492, 0.0047187805, -0.13378906, -0.03579712) * v0_7.y;
        h0_3 += HVEC4(0.11315918, -0.089416504, 0.007041931, -0.010147095) * v0_7.z;
        h0_3 += HVEC4(0.00881958, 0.0023441315, 0.07727051, 0.010406494) * v0_7.w;
    }
    {   // tap (0, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 69]);
        HVEC4 v0_7 = HVEC4(tile[at + 409]);
        h0_0 += HVEC4(0.021896362, -0.13842773, -0.12200928, 0.018127441) * v0_6.x;
        h0_0 += HVEC4(0.029937744, -0.004261017, -0.11279297, 0.002166748) * v0_6.y;
        h0_0 += HVEC4(-0.008590698, 0.11993408, 0.085998535, -0.0061073303) * v0_6.z;
        h0_0 += HVEC4(0.044799805, -0.1772461, 0.12426758, -0.04537964) * v0_6.w;
        h0_0 += HVEC4(0.01739502, -0.057739258, -0.055267334, 0.0007033348) * v0_7.x;
        h0_0 += HVEC4(-0.02935791, -0.4633789, -0.23266602, 0.028717041) * v0_7.y;
        h0_0 += HVEC4(0.0011711121, 0.041290283, -0.13806152, 0.007896423) * v0_7.z;
        h0_0 += HVEC4(-0.018447876, -0.06768799, -0.033416748, -0.011512756) * v0_7.w;
        h0_1 += HVEC4(-0.24182129, 0.07702637, 0.030853271, -0.058929443) * v0_6.x;
        h0_1 += HVEC4(0.13684082, -0.0129776, 0.07574463, 0.051452637) * v0_6.y;
        h0_1 += HVEC4(0.008865356, -0.00049877167, 0.07885742, 0.010940552) * v0_6.z;
        h0_1 += HVEC4(-0.1427002, 0.021316528, 0.17443848, 0.02017212) * v0_6.w;
        h0_1 += HVEC4(-0.05105591, -0.0074768066, -0.10620117, -0.0031394958) * v0_7.x;
        h0_1 += HVEC4(-0.2998047, -0.08319092, -0.009590149, -0.1126709) * v0_7.y;
        h0_1 += HVEC4(-0.021957397, -0.022354126, -0.07598877, -0.08074951) * v0_7.z;
        h0_1 += HVEC4(-0.25195312, -0.008544922, -0.016143799, 0.0020618439) * v0_7.w;
        h0_2 += HVEC4(0.13232422, -0.044677734, -0.049560547, 0.029968262) * v0_6.x;
        h0_2 += HVEC4(-0.031555176, -0.08300781, -0.05279541, 0.022369385) * v0_6.y;
        h0_2 += HVEC4(-0.018920898, 0.11621094, 0.016357422, 0.026779175) * v0_6.z;
        h0_2 += HVEC4(0.14685059, -0.0657959, -0.06524658, -0.0079574585) * v0_6.w;
        h0_2 += HVEC4(-0.16247559, 0.004589081, 0.0134887695, 0.010139465) * v0_7.x;
        h0_2 += HVEC4(-0.14624023, -0.10491943, -0.02406311, -0.0715332) * v0_7.y;
        h0_2 += HVEC4(-0.21911621, 0.06488037, 0.004261017, -0.05682373) * v0_7.z;
        h0_2 += HVEC4(0.25463867, 0.042114258, 0.011978149, 0.014884949) * v0_7.w;
        h0_3 += HVEC4(-0.048431396, -0.05203247, -0.14367676, -0.12683105) * v0_6.x;
        h0_3 += HVEC4(-0.037506104, -0.0065994263, 0.018600464, -0.12866211) * v0_6.y;
        h0_3 += HVEC4(0.009757996, 0.08062744, 0.10522461, 0.018173218) * v0_6.z;
        h0_3 += HVEC4(-0.012489319, -0.093933105, -0.24597168, -0.13098145) * v0_6.w;
        h0_3 += HVEC4(0.012496948, 0.07006836, 0.10949707, -0.050323486) * v0_7.x;
        h0_3 += HVEC4(0.002614975, -0.17602539, -0.09893799, 0.07922363) * v0_7.y;
        h0_3 += HVEC4(-0.023132324, 0.09661865, 0.16333008, -0.0022506714) * v0_7.z;
        h0_3 += HVEC4(0.009300232, -0.012489319, -0.056732178, -0.009780884) * v0_7.w;
    }
    {   // tap (1, 1)
        HVEC4 v0_6 = HVEC4(tile[at + 70]);
        HVEC4 v0_7 = HVEC4(tile[at + 410]);
        h0_0 += HVEC4(-0.011993408, 0.040496826, -0.0033493042, 0.066833496) * v0_6.x;
        h0_0 += HVEC4(-0.025756836, -0.03289795, 0.066223145, -0.019851685) * v0_6.y;
        h0_0 += HVEC4(-0.019073486, 0.07458496, 0.07513428, -0.018844604) * v0_6.z;
        h0_0 += HVEC4(0.0024261475, -0.099853516, -0.04272461, 0.042755127) * v0_6.w;
        h0_0 += HVEC4(0.007041931, -0.004890442, 0.016815186, -0.078430176) * v0_7.x;
        h0_0 += HVEC4(0.015205383, 0.05444336, -0.121520996, -0.008018494) * v0_7.y;
        h0_0 += HVEC4(-0.05456543, 0.060058594, 0.06137085, -0.039611816) * v0_7.z;
        h0_0 += HVEC4(0.003162384, 0.01727295, -0.02545166, 0.021759033) * v0_7.w;
        h0_1 += HVEC4(0.1484375, -0.03869629, -0.09362793, -0.0070991516) * v0_6.x;
        h0_1 += HVEC4(-0.105163574, 0.036743164, -0.02482605, -0.017181396) * v0_6.y;
        h0_1 += HVEC4(-0.05822754, 0.05331421, 0.05606079, -0.012290955) * v0_6.z;
        h0_1 += HVEC4(0.23620605, -0.006652832, -0.020874023, -0.04840088) * v0_6.w;
        h0_1 += HVEC4(-0.23864746, -0.028442383, -0.11706543, -0.0703125) * v0_7.x;
        h0_1 += HVEC4(-0.103515625, -0.013885498, 0.047180176, -0.040008545) * v0_7.y;
        h0_1 += HVEC4(-0.18725586, 0.027816772, -0.0010528564, 0.05340576) * v0_7.z;
        h0_1 += HVEC4(0.31591797, -0.022415161, -0.020812988, -0.015617371) * v0_7.w;
        h0_2 += HVEC4(-0.06286621, -0.042541504, -0.05444336, 0.008338928) * v0_6.x;
        h0_2 += HVEC4(-0.003238678, -0.07897949, -0.02645874, 0.017196655) * v0_6.y;
        h0_2 += HVEC4(-0.02659607, 0.01777649, 0.029312134, 0.021224976) * v0_6.z;
        h0_2 += HVEC4(-0.12164307, -0.0026931763, -0.07458496, -0.021881104) * v0_6.w;
        h0_2 += HVEC4(0.0703125, -0.040924072, -0.010658264, 0.019165039) * v0_7.x;
        h0_2 += HVEC4(0.10015869, 0.0012521744, 0.0048599243, 0.014694214) * v0_7.y;
        h0_2 += HVEC4(0.04272461, 0.012886047, 0.033111572, 0.027770996) * v0_7.z;
        h0_2 += HVEC4(-0.17199707, 0.020950317, -0.00077199936, 0.03250122) * v0_7.w;
        h0_3 += HVEC4(0.014755249, -0.00038003922, -0.08532715, -0.05355835) * v0_6.x;
        h0_3 += HVEC4(-0.003156662, 0.0019302368, -0.1932373, 0.002462387) * v0_6.y;
        h0_3 += HVEC4(-0.008300781, 0.036499023, 0.17089844, -0.01586914) * v0_6.z;
        h0_3 += HVEC4(0.011528015, -0.0012426376, -0.041625977, -0.045074463) * v0_6.w;
        h0_3 += HVEC4(-0.0062408447, -0.003622055, -0.03869629, -0.03579712) * v0_7.x;
        h0_3 += HVEC4(0.0034255981, 0.06726074, 0.1977539, -0.006111145) * v0_7.y;
        h0_3 += HVEC4(-0.0066604614, 0.018981934, -0.034240723, 0.0016212463) * v0_7.z;
        h0_3 += HVEC4(0.00036501884, -0.008361816, -0.1361084, 0.01637268) * v0_7.w;
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
        vec4 x0 = texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i] = inside ? uvec2(packHalf2x16(x0.xy), packHalf2x16(x0.zw)) : uvec2(0u);
        vec4 x1 = texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 144] = inside ? uvec2(packHalf2x16(x1.xy), packHalf2x16(x1.zw)) : uvec2(0u);
        vec4 x2 = texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 288] = inside ? uvec2(packHalf2x16(x2.xy), packHalf2x16(x2.zw)) : uvec2(0u);
        vec4 x3 = texelFetch(ArtCNN_C4F32_L4p0_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
        tile[i + 432] = inside ? uvec2(packHalf2x16(x3.xy), packHalf2x16(x3.zw)) : uvec2(0u);
        vec4 x4 = texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(0, 0), 0);
        tile[i + 576] = inside ? uvec2(packHalf2x16(x4.xy), packHalf2x16(x4.zw)) : uvec2(0u);
        vec4 x5 = texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(1, 0), 0);
        tile[i + 720] = inside ? uvec2(packHalf2x16(x5.xy), packHalf2x16(x5.zw)) : uvec2(0u);
        vec4 x6 = texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(0, 1), 0);
        tile[i + 864] = inside ? uvec2(packHalf2x16(x6.xy), packHalf2x16(x6.zw)) : uvec2(0u);
        vec4 x7 = texelFetch(ArtCNN_C4F32_L4p1_raw, q * ivec2(2, 2) + ivec2(1, 1), 0);
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
