// shadergen lint test: GLSL without a single directive line; libplacebo rejects such a file.
vec4 hook()
{
    return vec4(1.0);
}
