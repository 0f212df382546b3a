"""shadergen: trained CNN weights → verified mpv hook shaders (fragment and compute, fp32/fp16)."""

__version__ = "0.1.0"
