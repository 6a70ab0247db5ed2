"""A photo with a transparent background (a cut-out PNG) prints on white, the page's colour:
converted straight to RGB, its background was a black square."""

from __future__ import annotations

import subprocess

from PIL import Image, ImageDraw


def test_a_cut_out_photo_prints_on_white(cli, tmp_path):
    png = tmp_path / "cut-out.png"
    img = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((20, 20, 180, 180), fill=(0, 0, 200, 255))
    img.save(png)
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nisrin", "--sex", "F").returncode == 0
    assert cli("photo", "SNJ-1", str(png)).returncode == 0
    out = tmp_path / "d.pdf"
    assert cli("dossier", "SNJ-1", "-o", str(out), "--profile", "internal").returncode == 0
    subprocess.run(["pdfimages", "-png", str(out), str(tmp_path / "img")], check=True)
    [printed] = sorted(tmp_path.glob("img-*.png"))
    with Image.open(printed) as got:
        got = got.convert("RGB")
        w, h = got.size
        corner, middle = got.getpixel((2, 2)), got.getpixel((w // 2, h // 2))
    assert min(corner) > 240, corner  # white, not black
    assert middle[2] > 150 and middle[0] < 60, middle  # the picture itself kept
