"""A dossier's Abduction section: the incident's date, place and description set apart ("2014-08-03
· Kocho: Kocho was taken; …", the place read as the description's first word), and a date or
place not recorded said so ("Date: not recorded"), not left out as if forgotten (found by a
tester)."""

from __future__ import annotations

import json
import re

import pytest

from app.reports.labels import LANGUAGES, label
from tests.pdf_glyphs import pdftotext


def _bare(words: str) -> str:
    return re.sub(r"[\s\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", words)


def _dossier(cli, tmp_path, case_no: str, lang: str = "en") -> str:
    out = tmp_path / f"d-{lang}.pdf"
    r = cli("dossier", case_no, "-o", str(out), "--profile", "court", "--lang", lang, "--force")
    assert r.returncode == 0, r.stderr
    return pdftotext(out.read_bytes())


def _add(cli, *args: str) -> str:
    r = cli("--json", "person", "add", "--given", "Khadija", "--sex", "F", "--status",
            "rescued", "--sharing", "court", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def test_the_incident_says_its_date_place_and_description_apart(cli, tmp_path):
    assert cli("init").returncode == 0
    r = cli("incident", "add", "--date", "03/08/2014", "--place", "Kocho", "--description",
            "Kocho was taken; men separated at the school")
    assert r.returncode == 0, r.stderr
    case = _add(cli, "--incident", "1", "--abducted", "03/08/2014", "--village", "Kocho")
    text = " ".join(_dossier(cli, tmp_path, case).split())
    assert "2014-08-03 · Kocho: Kocho was taken; men separated at the school" in text, text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_abduction_date_and_place_not_recorded_are_said_so(cli, tmp_path, lang):
    assert cli("init").returncode == 0
    case = _add(cli, "--village", "Kocho")
    text = _bare(_dossier(cli, tmp_path, case, lang))
    said = _bare(label("not_recorded", lang))
    assert text.count(said) >= 2, text  # its date and its place
    if lang == "en":
        assert "AbductionDatenotrecordedPlacenotrecorded" in text, text
