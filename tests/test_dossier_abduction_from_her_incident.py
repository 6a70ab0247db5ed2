"""Her abduction's date and place not recorded but her incident's are: said as the
incident's, on a court's paper and on a family's (which has no incident line); "not
recorded" only where neither gives them. "Date: not recorded" stood above "Incident:
2014-08-03 · Kocho" (found by a reviewer)."""

from __future__ import annotations

import json
import re

import pytest

from app.reports.labels import LANGUAGES, label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext


def _bare(words: str) -> str:
    return re.sub(r"[\s\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", words)


def _dossier(cli, tmp_path, case_no: str, profile: str, lang: str) -> str:
    out = tmp_path / f"d-{profile}-{lang}.pdf"
    r = cli("dossier", case_no, "-o", str(out), "--profile", profile, "--lang", lang, "--force")
    assert r.returncode == 0, r.stderr
    return _bare(pdftotext(out.read_bytes()))


@pytest.fixture
@built_once
def taken_at_kocho(cli) -> str:
    assert cli("init").returncode == 0
    r = cli("incident", "add", "--date", "03/08/2014", "--place", "Kocho", "--description",
            "the village was taken")
    assert r.returncode == 0, r.stderr
    r = cli("--json", "person", "add", "--given", "Khadija", "--sex", "F", "--status",
            "rescued", "--sharing", "family", "--village", "Kocho", "--incident", "1")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


@pytest.mark.parametrize("profile", ["court", "family"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_her_incidents_date_and_place_are_said_as_its(cli, tmp_path, taken_at_kocho, profile,
                                                      lang):
    text = _dossier(cli, tmp_path, taken_at_kocho, profile, lang)
    for what in ("date", "place"):  # ("none recorded" of an empty section says it too)
        assert _bare(label(what, lang) + label("not_recorded", lang)) not in text, text
    # (the words: an extraction sets an Arabic line's parentheses where it likes)
    assert text.count(_bare(label("from_incident", lang)).strip("()")) == 2, text
    if lang == "en":
        assert "Date2014-08-03(fromtheincident)PlaceKocho(fromtheincident)" in text, text


def test_her_own_date_and_place_are_hers(cli, tmp_path, taken_at_kocho):
    r = cli("person", "edit", taken_at_kocho, "--abducted", "05/08/2014", "--abduction-place",
            "Solagh")
    assert r.returncode == 0, r.stderr
    text = _dossier(cli, tmp_path, taken_at_kocho, "family", "en")
    assert "Date2014-08-05PlaceSolagh" in text and "fromtheincident" not in text, text
