// A three-layer 3x3 convolution chain in compute passes with shared-memory tiles: 16x16 output
// blocks, 8x8 threads (each writes a 2x2 quad), an 18x18 tile with a one-pixel apron whose
// out-of-image texels are clamped to the edge. Meant for odd frame sizes, where the last blocks
// hang over the border. Layers 1-2 may leave [0, 1] (rgba16f holds it); the last one clamps, since
// libplacebo's 16-bit output could not hold an overshoot.

//!HOOK LUMA
//!BIND HOOKED
//!SAVE CONV1
//!DESC conv 1: sharpen, ReLU
//!COMPUTE 16 16 8 8
shared float tile[18][18];
const float weights[9] = float[9](0.0, -0.25, 0.0, -0.25, 2.0, -0.25, 0.0, -0.25, 0.0);
void hook() {
    ivec2 size = ivec2(HOOKED_size);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * 16 - 1;
    for (int i = int(gl_LocalInvocationIndex); i < 18 * 18; i += 64) {
        ivec2 t = ivec2(i % 18, i / 18);
        tile[t.y][t.x] = texelFetch(HOOKED_raw, clamp(origin + t, ivec2(0), size - 1), 0).x;
    }
    barrier();
    for (int q = 0; q < 4; q++) {
        ivec2 local = 2 * ivec2(gl_LocalInvocationID.xy) + ivec2(q % 2, q / 2);
        ivec2 pixel = origin + 1 + local;
        float sum = 0.0;
        for (int k = 0; k < 9; k++)
            sum += weights[k] * tile[local.y + k / 3][local.x + k % 3];
        imageStore(out_image, pixel, vec4(max(sum, 0.0), 0.0, 0.0, 1.0));
    }
}

//!HOOK LUMA
//!BIND HOOKED
//!BIND CONV1
//!SAVE CONV2
//!DESC conv 2: blur, bias, ReLU
//!COMPUTE 16 16 8 8
shared float tile[18][18];
const float weights[9] = float[9](0.0625, 0.125, 0.0625, 0.125, 0.25, 0.125, 0.0625, 0.125, 0.0625);
void hook() {
    ivec2 size = ivec2(CONV1_size);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * 16 - 1;
    for (int i = int(gl_LocalInvocationIndex); i < 18 * 18; i += 64) {
        ivec2 t = ivec2(i % 18, i / 18);
        tile[t.y][t.x] = texelFetch(CONV1_raw, clamp(origin + t, ivec2(0), size - 1), 0).x;
    }
    barrier();
    for (int q = 0; q < 4; q++) {
        ivec2 local = 2 * ivec2(gl_LocalInvocationID.xy) + ivec2(q % 2, q / 2);
        ivec2 pixel = origin + 1 + local;
        float sum = -0.05;
        for (int k = 0; k < 9; k++)
            sum += weights[k] * tile[local.y + k / 3][local.x + k % 3];
        imageStore(out_image, pixel, vec4(max(sum, 0.0), 0.0, 0.0, 1.0));
    }
}

//!HOOK LUMA
//!BIND HOOKED
//!BIND CONV2
//!DESC conv 3: Sobel x, residual onto LUMA
//!COMPUTE 16 16 8 8
shared float tile[18][18];
const float weights[9] = float[9](-0.25, 0.0, 0.25, -0.5, 0.0, 0.5, -0.25, 0.0, 0.25);
void hook() {
    ivec2 size = ivec2(CONV2_size);
    ivec2 origin = ivec2(gl_WorkGroupID.xy) * 16 - 1;
    for (int i = int(gl_LocalInvocationIndex); i < 18 * 18; i += 64) {
        ivec2 t = ivec2(i % 18, i / 18);
        tile[t.y][t.x] = texelFetch(CONV2_raw, clamp(origin + t, ivec2(0), size - 1), 0).x;
    }
    barrier();
    for (int q = 0; q < 4; q++) {
        ivec2 local = 2 * ivec2(gl_LocalInvocationID.xy) + ivec2(q % 2, q / 2);
        ivec2 pixel = origin + 1 + local;
        float sum = 0.0;
        for (int k = 0; k < 9; k++)
            sum += weights[k] * tile[local.y + k / 3][local.x + k % 3];
        imageStore(out_image, pixel, vec4(clamp(texelFetch(HOOKED_raw, clamp(pixel, ivec2(0), size - 1), 0).x + 0.5 * sum, 0.0, 1.0), 0.0, 0.0, 1.0));
    }
}
