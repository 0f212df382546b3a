"""What runs a hook shader: shadergen's OpenGL runtime (opengl/) and libplacebo itself (libplacebo.py)."""

# The names `run --engine` and `bench --engine` take; the first is the default.
ENGINES = ("opengl", "libplacebo")
