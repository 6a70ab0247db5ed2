"""A photo made safe to keep and print: turned upright as the camera said, then stripped of metadata."""

from __future__ import annotations

import io

# EXIF Orientation values that turn or mirror the picture (1 is upright already).
_TURNING = {2, 3, 4, 5, 6, 7, 8}
_ORIENTATION = 0x0112


def upright(img):
    """The picture as the phone showed it. A phone writes the pixels as the sensor read them and an
    EXIF Orientation tag saying how to turn them; once EXIF is stripped (it may hold GPS) that tag
    is gone, so the picture must be turned first or it prints sideways."""
    from PIL import ImageOps

    return ImageOps.exif_transpose(img) or img


def on_white(img):
    """The picture in RGB, its transparent parts (a cut-out PNG's background) white as the page:
    converted straight to RGB they were black."""
    from PIL import Image

    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, img).convert("RGB")
    return img.convert("RGB")


def turned_by_camera(data: bytes) -> bool:
    """Whether the file's EXIF asks for it to be turned or mirrored (what cleaned() then does)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.getexif().get(_ORIENTATION, 1) in _TURNING
    except (OSError, ValueError, Image.DecompressionBombError):
        return False


def cleaned(data: bytes) -> bytes | None:
    """The photo re-encoded upright in its own format with no EXIF (GPS), comment, XMP or other
    text; None when Pillow cannot read it."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            fmt = img.format
            see_through = "transparency" in img.info
            img = upright(img)
            if fmt == "JPEG":
                img = img.convert("RGB")  # a CMYK or greyscale-with-alpha JPEG saves as RGB
            elif see_through:
                # a palette or one colour made transparent (tRNS) lives in info, cleared below:
                # kept as an alpha channel, as an RGBA cut-out is, or it printed on black
                img = img.convert("RGBA")
            img.info.clear()  # Pillow writes a comment, EXIF, XMP, ICC... from info when it saves
            out = io.BytesIO()
            if fmt == "JPEG":
                img.save(out, format="JPEG", quality=92)
            else:
                img.save(out, format="PNG")
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
