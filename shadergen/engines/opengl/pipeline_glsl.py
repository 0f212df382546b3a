"""The runtime's own fragment programs: the steps libplacebo's renderer performs between hook stages.

* COMPOSE: the planes onto one grid (the NATIVE image, or straight onto the target when nothing
  needs NATIVE as a texture, as libplacebo then does): chroma by bilinear sampling (GPU LINEAR
  filtering of the ``rg8`` upload, as libplacebo's ``upscaler=bilinear`` does), aligned by the
  plane rects; optionally decoded to R'G'B' (BT.709) for MAIN;
* CONVERT: the main scaler (bilinear over the whole image) and the colour conversions.
"""

from __future__ import annotations

from ..frame import KB, KG, KR, LIMITED_C_SCALE, LIMITED_Y_OFFSET, LIMITED_Y_SCALE, NEUTRAL_CHROMA_8BIT

VERTEX = """#version 430
in vec2 _corner;
void main() { gl_Position = vec4(_corner * 2.0 - 1.0, 0.0, 1.0); }
"""

# BT.709 Y'CbCr <-> R'G'B' (full or limited range, 8-bit code values / 255), as in frame.py.
DECODE_ENCODE = f"""
const float KR = {KR!r}, KG = {KG!r}, KB = {KB!r};
const float Y_OFFSET = {LIMITED_Y_OFFSET!r}, Y_SCALE = {LIMITED_Y_SCALE!r};
const float C_SCALE = {LIMITED_C_SCALE!r}, C_NEUTRAL = {NEUTRAL_CHROMA_8BIT!r};
vec3 to_rgb(vec3 ycc) {{
    float y = _full_range ? ycc.x : (ycc.x - Y_OFFSET) / Y_SCALE;
    float cb = _full_range ? ycc.y - 0.5 : (ycc.y - C_NEUTRAL) / C_SCALE;
    float cr = _full_range ? ycc.z - 0.5 : (ycc.z - C_NEUTRAL) / C_SCALE;
    float r = y + 2.0 * (1.0 - KR) * cr;
    float b = y + 2.0 * (1.0 - KB) * cb;
    return vec3(r, (y - KR * r - KB * b) / KG, b);
}}
vec3 to_ycbcr(vec3 rgb) {{
    float y = KR * rgb.r + KG * rgb.g + KB * rgb.b;
    float cb = (rgb.b - y) / (2.0 * (1.0 - KB));
    float cr = (rgb.r - y) / (2.0 * (1.0 - KR));
    return _full_range ? vec3(y, cb + 0.5, cr + 0.5)
                       : vec3(Y_OFFSET + Y_SCALE * y, C_NEUTRAL + C_SCALE * cb, C_NEUTRAL + C_SCALE * cr);
}}
"""


def _program(uniforms: str, main: str) -> str:
    """A built-in fragment program: its own uniforms, then what both share (_mode, _full_range, the
    output and the colour conversions), then its main()."""
    return ("#version 430\n" + uniforms + "uniform int _mode;\nuniform bool _full_range;\n"
            "out vec4 out_color;\n" + DECODE_ENCODE + main)


# Luma at gl_FragCoord * _luma_scale (normalised: the whole texture maps onto the output grid),
# chroma at gl_FragCoord * _chroma_scale + _chroma_shift. _mode 0 writes (Y, Cb, Cr, 1),
# 1 decodes to (R', G', B', 1), 2 writes (Cb, Cr, 0, 1) (the CHROMA_SCALED image).
COMPOSE = _program(
    """uniform sampler2D _luma;
uniform sampler2D _chroma;
uniform vec2 _luma_scale;
uniform vec2 _chroma_scale;
uniform vec2 _chroma_shift;
""",
    """
void main() {
    vec2 cbcr = texture(_chroma, gl_FragCoord.xy * _chroma_scale + _chroma_shift).rg;
    float y = texture(_luma, gl_FragCoord.xy * _luma_scale).r;
    vec3 ycc = vec3(y, cbcr);
    out_color = _mode == 2 ? vec4(cbcr, 0.0, 1.0) : vec4(_mode == 1 ? to_rgb(ycc) : ycc, 1.0);
}
""",
)

# A whole image resampled onto the output grid (bilinear), optionally converting its colours:
# _mode 0 copies, 1 decodes Y'CbCr to R'G'B', 2 encodes R'G'B' to Y'CbCr.
CONVERT = _program(
    """uniform sampler2D _image;
uniform vec2 _out_size;
""",
    """
void main() {
    vec4 color = texture(_image, gl_FragCoord.xy / _out_size);
    out_color = _mode == 0 ? color : vec4(_mode == 1 ? to_rgb(color.rgb) : to_ycbcr(color.rgb), color.a);
}
""",
)
