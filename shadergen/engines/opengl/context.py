"""A headless OpenGL 4.3+ context (EGL) for the runtime, with a clear message when there is none."""

from __future__ import annotations

from ...errors import ShadergenError

# Compute shaders, image load/store and texture gather: what libplacebo needs for compute hooks on
# OpenGL (mpv-hooks.md §5.2: "[LP GL] compute needs GL 4.3").
REQUIRED_GL_VERSION = 430
# Debian packages that give Mesa's EGL + llvmpipe (design.md, "Toolchain facts").
EGL_PACKAGES = "libegl1 libegl-mesa0 libgl1-mesa-dri"


def create_gl_context():
    """A standalone moderngl context on EGL with OpenGL ≥ 4.3, or a ShadergenError saying what to install."""
    try:
        import moderngl
    except ImportError as error:
        raise ShadergenError(f"moderngl is not installed ({error}); pip install moderngl") from None
    try:
        context = moderngl.create_standalone_context(backend="egl", require=REQUIRED_GL_VERSION)
    except Exception as error:  # glcontext raises plain Exception subclasses for every failure
        detail = " ".join(str(error).split()) or type(error).__name__
        raise ShadergenError(
            f"no headless OpenGL {REQUIRED_GL_VERSION // 100}.{REQUIRED_GL_VERSION % 100 // 10} context "
            f"through EGL ({detail}); on Debian/Ubuntu install: apt-get install -y {EGL_PACKAGES}"
        ) from None
    if context.version_code < REQUIRED_GL_VERSION:
        version = context.version_code
        context.release()
        raise ShadergenError(
            f"OpenGL {version // 100}.{version % 100 // 10} found, {REQUIRED_GL_VERSION // 100}.3 needed "
            f"for compute shaders; on Debian/Ubuntu install: apt-get install -y {EGL_PACKAGES}"
        )
    return context
