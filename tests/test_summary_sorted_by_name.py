"""`summary --sort name` sorts by the name its readers read: the Arabic-script name in an Arabic
or Sorani paper, the Latin name in an English or Kurmanji one, each falling back to the other
script after those named in it. By the Latin name, an Arabic paper's column looked unsorted."""

from __future__ import annotations

import json
import re

import pytest

from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

PERSONS = [  # given names, each in Arabic script, Latin letters or both
    ("نادية", "Nadia"), ("باسمة", ""), ("", "Zeri"), ("ڤیان", "Vian"), ("آمنة", "Amina"),
    ("", "Berfin"), ("كاوة", "Kawa")]


@pytest.fixture
@built_once
def named(cli) -> dict[str, str]:
    """{the name she is given by (Latin, else Arabic): case number}, entered in this order."""
    assert cli("init").returncode == 0
    out = {}
    for arabic, latin in PERSONS:
        args = [a for name in (arabic, latin) if name for a in ("--given", name)]
        r = cli("--json", "person", "add", *args, "--sex", "F", "--status", "missing",
                "--sharing", "public")  # on every paper: these tests are of its order
        assert r.returncode == 0, r.stderr
        out[latin or arabic] = json.loads(r.stdout)["case_no"]
    return out


def _order(cli, tmp_path, lang: str) -> list[str]:
    pdf = tmp_path / f"summary-{lang}.pdf"
    r = cli("summary", "-o", str(pdf), "--profile", "court", "--sort", "name", "--lang", lang)
    assert r.returncode == 0, r.stderr
    return re.findall(r"SNJ-\d{5}", pdftotext(pdf.read_bytes()))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_an_arabic_script_paper_is_in_the_order_of_the_arabic_names(cli, tmp_path, named,
                                                                    lang):
    # آ with ا, ڤ just after ف (before ن), ک with ك; then those named in Latin letters only
    assert _order(cli, tmp_path, lang) == [named[n] for n in (
        "Amina", "باسمة", "Vian", "Kawa", "Nadia", "Berfin", "Zeri")]


@pytest.mark.parametrize("lang", ["en", "kmr"])
def test_a_latin_paper_is_in_the_order_of_the_latin_names(cli, tmp_path, named, lang):
    assert _order(cli, tmp_path, lang) == [named[n] for n in (
        "Amina", "Berfin", "Kawa", "Nadia", "Vian", "Zeri", "باسمة")]
