"""The plane-layout contract between a written shader and its check: which planes a network
reads and writes in mpv, and therefore where its shader hooks (codegen plans it, verification
checks it).

* ``luma``: 1 channel in, 1 out, 2x (ArtCNN C/R): HOOK LUMA, as before;
* ``chroma``: (Y, Cb, Cr) in at luma resolution, (Cb, Cr) out, no upscaling (ArtCNN Chroma):
  HOOK CHROMA binding the file's own copy of the luma plane (``MODEL_LUMA``, saved by a first pass
  on LUMA: see ``luma_copy_name``). The first layer upsamples the 4:2:0 chroma itself (bilinear, at
  the siting mpv reports, shadergen.verification.chroma_upsample); the passes run on the luma grid; the
  last pass writes full-resolution chroma with ``OFFSET ALIGN``, so mpv's chroma scaler only copies it;
* ``ycbcr``: 3 channels in and out, 2x, on NATIVE (Y'CbCr at luma resolution, after mpv's own
  chroma upscaling): one shader upscales all three planes;
* ``rgb``: the same networks on MAIN (R'G'B' after mpv's colour decoding), ``build --planes rgb``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .errors import ShadergenError
from .model.ir import Network

PLANE_CHOICES = ("ycbcr", "rgb")  # how a 3-channel 2x model is applied (build --planes)
DEFAULT_COLOUR_PLANES = "ycbcr"
UPSCALE = 2  # the one upscaling factor shadergen handles: a 2x depth-to-space at the very end
# Like the official ArtCNN shaders: run only when mpv upscales by more than 1.3x in either direction.
WHEN_UPSCALING = "OUTPUT.w LUMA.w / 1.3 > OUTPUT.h LUMA.h / 1.3 > *"
# The same rule for passes hooked on NATIVE/MAIN: HOOKED is the stage's image until the last pass.
WHEN_HOOKED_UPSCALING = "OUTPUT.w HOOKED.w / 1.3 > OUTPUT.h HOOKED.h / 1.3 > *"
# Chroma models run on 4:2:0 only: luma between 1.5x and 2.5x the chroma size in both directions
# (2x, or 2x - 1 for odd sizes). A luma doubler that ran first (4x) or 4:4:4 video (1x) turn the
# shader off and leave chroma to mpv, instead of feeding the network misaligned planes. ``{luma}`` is
# the texture the passes read luma from (PlaneLayout.for_model).
WHEN_420 = ("{luma}.w HOOKED.w 1.5 * > {luma}.h HOOKED.h 1.5 * > * "
            "{luma}.w HOOKED.w 2.5 * < * {luma}.h HOOKED.h 2.5 * < *")


def luma_copy_name(model: str) -> str:
    """The texture a chroma shader saves the untouched luma plane under, from its first pass (HOOK
    LUMA). Within a stage both renderers run the files in --glsl-shaders order, so a luma doubler
    listed after the chroma file replaces LUMA only after this copy; but LUMA fires before CHROMA on
    both, so a chroma pass binding LUMA itself would see the doubled plane (on --vo=gpu, where saved
    images are global, whatever the order). Named after the model: --vo=gpu shares one namespace
    between all loaded files."""
    return f"{model}_LUMA"


@dataclass(frozen=True)
class PlaneLayout:
    name: str  # luma | chroma | ycbcr | rgb: the header's planes= word
    hook: str  # the mpv stage every pass hooks
    in_channels: int
    out_channels: int
    scale: int  # output resolution / the resolution the network runs at
    when: str  # RPN of every pass's WHEN
    title: str  # what the shader does, for the header's first line
    output: str  # what the last pass writes, for the header
    condition: tuple[str, ...]  # when it runs, for the header
    luma: str = "LUMA"  # chroma: the texture the passes read luma from (for_model: the file's copy)

    @property
    def colour(self) -> bool:
        """The network reads 3 planes (a vec4 per pixel) instead of the luma plane alone."""
        return self.in_channels == 3

    def for_model(self, model: str) -> PlaneLayout:
        """This layout in the shader of ``model``: chroma passes read the file's own luma copy."""
        if self.name != "chroma":
            return self
        luma = luma_copy_name(model)
        return dataclasses.replace(self, luma=luma, when=self.when.format(luma=luma))

    @property
    def copies_luma(self) -> bool:
        """The shader starts with a pass on LUMA that saves the luma plane (luma_copy_name)."""
        return self.name == "chroma"

    @property
    def frame_texture(self) -> str:
        """The bound texture whose size is the grid the network runs on."""
        return self.luma if self.name == "chroma" else "HOOKED"

    @property
    def extra_binds(self) -> tuple[str, ...]:
        """Textures every pass binds besides its inputs: chroma passes read the luma copy."""
        return (self.luma,) if self.name == "chroma" else ()

    def size(self, axis: str, factor: int, final: bool) -> str:
        """WIDTH/HEIGHT RPN: ``factor`` texels per network pixel on ``axis`` (w or h)."""
        if self.name == "chroma" and final:
            # Twice the chroma texture, not LUMA.w: with OFFSET ALIGN libplacebo scales the plane's
            # rect by out/texture size, and only 2x keeps an odd-sized frame's rect at the luma
            # rect (61 luma → 31 chroma → 62 texels whose first 61 are the luma pixels).
            return f"HOOKED.{axis} {UPSCALE} *"
        base = f"{self.frame_texture}.{axis}"
        return base if factor == 1 else f"{base} {factor} *"

    def offset(self, final: bool) -> str | None:
        """OFFSET of a pass: the chroma model's last pass is aligned to luma (mpv-hooks.md §3.5)."""
        return "ALIGN" if self.name == "chroma" and final else None


LUMA = PlaneLayout(
    "luma", "LUMA", 1, 1, UPSCALE, WHEN_UPSCALING, "2x luma upscaler", "luma at 2x width and height",
    ("Runs only when mpv upscales by more than 1.3x (each pass's WHEN line, as in the official ArtCNN",
     "shaders); otherwise mpv's own scaler is used."),
)
CHROMA = PlaneLayout(
    "chroma", "CHROMA", 3, 2, 1, WHEN_420, "chroma reconstruction for 4:2:0 video",
    "chroma (Cb, Cr) at luma resolution",
    ("Input: the luma plane and the 4:2:0 chroma plane. The first pass (HOOK LUMA) saves the luma",
     "plane before any luma shader listed after this file changes it; the next upsamples chroma",
     "bilinearly to luma resolution at the chroma siting mpv reports (HOOKED_off; left/MPEG-2 by",
     "default), as the model was trained; the last pass writes full-resolution chroma with",
     "OFFSET ALIGN, so mpv's chroma scaler (--cscale, any value) only copies it. Needs no mpv option.",
     "Runs only on 4:2:0 video (luma 1.5x to 2.5x the chroma size): list it as its own file before",
     "luma shaders in --glsl-shaders, on --vo=gpu and gpu-next alike (after a luma doubler it sees",
     "4x luma and stays off)."),
)
YCBCR = PlaneLayout(
    "ycbcr", "NATIVE", 3, 3, UPSCALE, WHEN_HOOKED_UPSCALING, "2x Y'CbCr upscaler",
    "Y'CbCr at 2x width and height",
    ("Input: NATIVE, the Y'CbCr image at luma resolution (chroma upscaled by mpv's --cscale first).",
     "Runs only when mpv upscales by more than 1.3x; otherwise mpv's own scaler is used."),
)
RGB = PlaneLayout(
    "rgb", "MAIN", 3, 3, UPSCALE, WHEN_HOOKED_UPSCALING, "2x R'G'B' upscaler",
    "R'G'B' at 2x width and height",
    ("Input: MAIN, the R'G'B' image at luma resolution (after mpv's chroma upscaling and colour",
     "decoding). Runs only when mpv upscales by more than 1.3x; otherwise mpv's own scaler is used."),
)
LAYOUTS = {layout.name: layout for layout in (LUMA, CHROMA, YCBCR, RGB)}


def plane_layout(network: Network, planes: str | None, where: str) -> PlaneLayout:
    """The layout of ``network``; ``planes`` (ycbcr | rgb) picks one for a 3-channel 2x model."""
    shape = (network.in_channels, network.out_channels, network.scale)
    if planes is not None and planes not in PLANE_CHOICES:
        raise ShadergenError(f"{where}: unknown planes {planes!r} (expected {' or '.join(PLANE_CHOICES)})")
    if shape == (YCBCR.in_channels, YCBCR.out_channels, YCBCR.scale):
        return LAYOUTS[planes or DEFAULT_COLOUR_PLANES]
    for layout in (LUMA, CHROMA):
        if shape == (layout.in_channels, layout.out_channels, layout.scale):
            if planes is not None:
                raise ShadergenError(f"{where}: --planes {planes} applies to 3-channel 2x models; this is "
                                     f"a {layout.name} model")
            return layout
    raise ShadergenError(
        f"{where}: the network is {network.in_channels} -> {network.out_channels} channels at "
        f"{network.scale}x; shaders exist for 1 -> 1 at 2x (luma), 3 -> 2 at 1x (chroma: Y, Cb, Cr -> "
        "Cb, Cr) and 3 -> 3 at 2x (Y'CbCr or R'G'B')"
    )
