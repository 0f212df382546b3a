// shadergen lint test: a clean compute shader (shared-memory tile, 2x2 outputs per thread);
// every target must accept it.

//!DESC lint-clean box blur
//!HOOK LUMA
//!BIND HOOKED
//!COMPUTE 16 16 8 8

#define BLOCK 16
const int TILE = BLOCK + 2;
shared float tile[TILE * TILE];

void hook()
{
    ivec2 base = ivec2(gl_WorkGroupID.xy) * BLOCK - 1;
    for (uint i = gl_LocalInvocationIndex; i < uint(TILE * TILE); i += 64u) {
        ivec2 texel = base + ivec2(int(i) % TILE, int(i) / TILE);
        tile[i] = HOOKED_tex((vec2(texel) + 0.5) * HOOKED_pt).x;
    }
    barrier();
    for (int y = 0; y < 2; y++) {
        for (int x = 0; x < 2; x++) {
            ivec2 local = ivec2(gl_LocalInvocationID.xy) * 2 + ivec2(x, y);
            float sum = 0.0;
            for (int dy = 0; dy < 3; dy++)
                for (int dx = 0; dx < 3; dx++)
                    sum += tile[(local.y + dy) * TILE + local.x + dx];
            imageStore(out_image, base + 1 + local, vec4(sum / 9.0, 0.0, 0.0, 1.0));
        }
    }
}
