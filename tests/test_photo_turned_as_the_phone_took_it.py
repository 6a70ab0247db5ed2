"""A phone writes a portrait photo's pixels as the sensor read them, on their side, with an EXIF
Orientation tag (6: turn a quarter clockwise) and often GPS. The EXIF must go (where a photo was
taken can say where she or her family is), but the photo must be turned first: it was printed on
her dossier lying on its side. The vault keeps it upright without EXIF, the dossier prints it
upright, and a photo stored before this (still carrying its tag) prints upright too."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app.vault import open_vault
from tests.conftest import PASSPHRASE

RED, BLUE = (220, 0, 0), (0, 0, 220)


def phone_jpeg() -> bytes:
    """400 x 300 sensor pixels with a red band along the sensor's top; Orientation 6 and GPS.
    Upright (as the phone shows it) the picture is 300 wide, 400 high, red along its right side."""
    img = Image.new("RGB", (400, 300), BLUE)
    img.paste(RED, (0, 0, 400, 60))
    exif = Image.Exif()
    exif[0x0112] = 6
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (36.0, 20.0, 0.0), 3: "E", 4: (41.0, 51.0, 0.0)})
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def _ok(cli, *args) -> subprocess.CompletedProcess:
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _upright_red_on_right(img: Image.Image) -> None:
    w, h = img.size
    assert h > w, f"printed {w} x {h}: on its side"
    rgb = img.convert("RGB")
    right, left = rgb.getpixel((w - 3, h // 2)), rgb.getpixel((2, h // 2))
    assert right[0] > 150 and right[2] < 100, right
    assert left[2] > 150 and left[0] < 100, left


def _pdf_images(pdf: Path, tmp_path: Path) -> list[Image.Image]:
    subprocess.run(["pdfimages", "-all", str(pdf), str(tmp_path / "img")], check=True)
    return [Image.open(p) for p in sorted(tmp_path.glob("img-*"))]


@pytest.fixture
def with_photo(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _ok(cli, "person", "add", "--given", "Gulê", "--given", "گولێ", "--father", "Xidir",
        "--sex", "F", "--status", "missing", "--sharing", "family")
    (tmp_path / "phone.jpg").write_bytes(phone_jpeg())
    return _ok(cli, "--json", "photo", "SNJ-00001", str(tmp_path / "phone.jpg"))


def test_the_vault_keeps_the_photo_upright_and_without_exif(cli, with_photo):
    assert json.loads(with_photo.stdout)["turned"] is True
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        photo = s.records.photos_for(s.persons.get("SNJ-00001").id)[0]
    finally:
        s.close()
    with Image.open(io.BytesIO(photo.data)) as img:
        assert not img.getexif(), "EXIF (and its GPS) kept in the vault"
        assert "exif" not in img.info
        _upright_red_on_right(img)
    assert photo.mime == "image/jpeg"


def test_the_cli_says_it_turned_the_photo(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _ok(cli, "person", "add", "--given", "Nadiya", "--sex", "F", "--status", "missing")
    (tmp_path / "phone.jpg").write_bytes(phone_jpeg())
    said = _ok(cli, "photo", "SNJ-00001", str(tmp_path / "phone.jpg")).stdout
    assert "turned upright" in said and "EXIF removed" in said


@pytest.mark.parametrize("profile", ["internal", "family"])
def test_the_dossier_prints_it_upright(cli, with_photo, tmp_path, profile):
    pdf = tmp_path / f"{profile}.pdf"
    _ok(cli, "dossier", "SNJ-00001", "--profile", profile, "-o", str(pdf))
    images = _pdf_images(pdf, tmp_path)
    assert len(images) == 1
    _upright_red_on_right(images[0])
    assert b"GPS" not in pdf.read_bytes()


def test_a_photo_stored_with_its_tag_before_prints_upright():
    """Photos stored before they were turned on the way in still carry Orientation 6."""
    from app.reports.dossier import photo_flowable

    flow = photo_flowable(phone_jpeg())
    assert flow.drawHeight > flow.drawWidth


def test_the_desktop_shows_a_photo_stored_with_its_tag_upright(qtbot):
    from ui.person_tabs import upright_image

    image = upright_image(phone_jpeg())
    assert (image.width(), image.height()) == (300, 400)
    red = image.pixelColor(image.width() - 3, 200)
    assert red.red() > 150 and red.blue() < 100
