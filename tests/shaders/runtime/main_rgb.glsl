// A MAIN pass on R'G'B' (decoded from BT.709 limited range), through the MAIN_* aliases.
//!HOOK MAIN
//!BIND HOOKED
//!DESC MAIN: tint in RGB
vec4 hook() {
    vec4 color = MAIN_tex(MAIN_pos);
    color.rgb = color.rgb * vec3(0.9, 1.0, 1.1) + vec3(0.02, -0.01, 0.0);
    return color;
}
