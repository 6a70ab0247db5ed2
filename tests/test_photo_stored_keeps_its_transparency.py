"""A cut-out PNG keeps its transparent background when `photo add` stores it, whatever way the
file writes it: an alpha channel, or a palette or a single colour marked transparent (tRNS, as
optimisers and many editors save a cut-out). The palette's transparency was stripped with the
file's metadata, and the photo printed on a black square."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image, ImageDraw

from app.photos import cleaned


def _cut_out(mode: str) -> bytes:
    img = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((20, 20, 180, 180), fill=(0, 0, 200, 255))
    extra = {}
    if mode == "P":
        img = img.quantize(colors=16)  # the transparent pixels one palette entry, in tRNS
    elif mode == "RGB":
        img = img.convert("RGB")  # a black background, marked transparent by tRNS
        extra = {"transparency": (0, 0, 0)}
    out = io.BytesIO()
    img.save(out, format="PNG", **extra)
    return out.getvalue()


@pytest.mark.parametrize("mode", ["RGBA", "P", "RGB"])
def test_the_stored_photo_is_see_through_where_the_file_was(mode):
    with Image.open(io.BytesIO(cleaned(_cut_out(mode)))) as stored:
        stored = stored.convert("RGBA")
        assert stored.getpixel((2, 2))[3] == 0 and stored.getpixel((100, 100))[3] == 255


@pytest.mark.parametrize("mode", ["P", "RGB"])
def test_a_cut_out_with_a_transparent_palette_prints_on_white(cli, tmp_path, mode):
    png = tmp_path / "cut-out.png"
    png.write_bytes(_cut_out(mode))
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nisrin", "--sex", "F").returncode == 0
    assert cli("photo", "add", "SNJ-1", str(png)).returncode == 0
    out = tmp_path / "d.pdf"
    assert cli("dossier", "SNJ-1", "-o", str(out), "--profile", "internal").returncode == 0
    subprocess.run(["pdfimages", "-png", str(out), str(tmp_path / "img")], check=True)
    [printed] = sorted(tmp_path.glob("img-*.png"))
    with Image.open(printed) as got:
        got = got.convert("RGB")
        corner, middle = got.getpixel((2, 2)), got.getpixel((got.width // 2, got.height // 2))
    assert min(corner) > 240, corner  # white, not black
    assert middle[2] > 150 and middle[0] < 60, middle
