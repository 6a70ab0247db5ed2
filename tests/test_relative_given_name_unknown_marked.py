"""A woman whose given name is unknown is marked so in another woman's Relatives table too, as
on her own dossier's title: bare, "Murad Elias Mendkani" read as a male relative."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.test_report_lists_said import _text

MARKERS = {"en": "(given name unknown)", "ar": "(الاسم الأول غير معروف)",
           "ckb": "(ناوی یەکەم نەزانراوە)", "kmr": "(navê yekem nayê zanîn)"}


@pytest.fixture
@built_once
def vault(cli):
    """SNJ-00001 Layla; SNJ-00002 her sister, whose given name the list did not give."""
    assert cli("init").returncode == 0
    family = ["--father", "مراد", "--father", "Murad", "--grandfather", "الياس", "--grandfather",
              "Elias", "--family", "مندكاني", "--family", "Mendkani", "--sex", "F",
              "--village", "Kocho", "--status", "rescued", "--sharing", "public"]
    assert cli("person", "add", "--given", "ليلى", "--given", "Layla", *family).returncode == 0
    assert cli("person", "add", *family).returncode == 0
    assert cli("relative", "SNJ-1", "sibling", "SNJ-2").returncode == 0
    return cli


@pytest.mark.parametrize("profile", ["internal", "court", "family"])
@pytest.mark.parametrize("lang", sorted(MARKERS))
def test_her_sisters_dossier_marks_her_name_in_both_scripts(vault, tmp_path, lang, profile):
    out = tmp_path / "d.pdf"
    assert vault("dossier", "SNJ-1", "-o", str(out), "--profile", profile, "--lang",
                 lang).returncode == 0
    text = _text(out.read_bytes())
    # her sister's own name is not marked: every mark on the page is of her row's two names
    # (the cell may wrap, in either direction, so the words are counted, not the phrase)
    for name_word in ("مندكاني", "Mendkani"):
        assert name_word in text
    for w in MARKERS[lang].strip("()").split():
        assert text.count(w) >= 2, (w, text)
    assert "".join(MARKERS[lang].split()) in "".join(text.split())
