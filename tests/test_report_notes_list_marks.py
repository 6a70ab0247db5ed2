"""A note a list added to her notes opens with where it came from ([list "NGO Duhok", batch 2,
row 2, read ...], stored in English so the program can read it back); a paper writes that mark
in its own language, and her notes' other lines as they were typed."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from app.domain.person import NamePart, Person, Sex
from app.importing.list_notes import list_mark, note_mark
from app.importing.service import ImportService
from app.reports.profiles import Profile
from app.reports.selection import notes_written
from app.reports.service import ReportService
from tests.import_helpers import new_vault, write_csv


@pytest.fixture
def noted(tmp_path):
    """Nadia, in the vault with a note of her own, then named by an NGO's list with a note."""
    s = new_vault(tmp_path / "vault")
    p = Person(sex=Sex.FEMALE, notes="told by her brother", origin_village="Kocho")
    for part, (ar, lat) in {NamePart.GIVEN: ("نادية", "Nadia"), NamePart.FATHER: ("خليل", "Khalil"),
                            NamePart.GRANDFATHER: ("الياس", "Elias")}.items():
        p.name(part).put(ar)
        p.name(part).put(lat)
    case_no = s.persons.create(p).case_no
    path = write_csv(tmp_path / "ngo.csv",
                     ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية", "ملاحظات"],
                     [["نادية", "خليل", "الياس", "انثى", "Kocho", "شوهدت في الرقة 2016"]])
    svc = ImportService(s)
    plan = svc.prepare(str(path), source='NGO "Duhok"')
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    # the day the import read the list, taken after it: a run that crosses midnight between
    # loading this file and this test must not fail
    today = date.today().isoformat()
    notes = s.persons.get(case_no).notes
    assert notes == (f'told by her brother\n[list "NGO \\"Duhok\\"", batch 1, row 2, '
                     f"read {today}] شوهدت في الرقة 2016")
    yield s, case_no, today
    s.close()


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    return " ".join("".join(ch for ch in out if ch not in
                            "\u202a\u202b\u202c\u202d\u202e\u200e\u200f").split())


@pytest.mark.parametrize("lang, words", [
    ("ar", ["القائمة", "الدفعة", "الصف", "قُرئت في"]),
    ("ckb", ["لیستی", "کۆمەڵەی", "ڕیزی", "خوێندرایەوە"]),
    ("kmr", ["lîsteya «NGO \"Duhok\"»", "koma 1", "rêza 2", "hat xwendin di {today} de"]),
    ("en", ['list "NGO "Duhok""', "batch 1", "row 2", "read {today}"]),
])
def test_a_paper_writes_the_lists_mark_in_its_own_language(noted, lang, words):
    s, case_no, today = noted
    text = _text(ReportService(s).dossier_pdf(case_no, profile=Profile.INTERNAL, lang=lang))
    notes = text[text.rindex("told by her brother"):]
    for w in words:
        assert w.format(today=today) in notes, (lang, w)
    assert "الرقة" in notes and "2016" in notes and today in notes
    if lang != "en":
        assert "batch" not in notes and "read " not in notes, lang


def test_each_line_of_her_notes_is_isolated_on_its_own():
    """An Arabic line after an English one keeps its own direction: isolated whole, her notes
    took the direction of their first line."""
    said = notes_written("seen in Mosul\nشوهدت في الرقة", "ar")
    first, second = said.split("\n")
    assert first.startswith("\u2068") and second.startswith("\u2068")  # FSI each


def test_a_mark_is_read_back_with_its_parts_and_the_rest_of_the_line():
    line = note_mark('NGO "Duhok" [2]', 4, 17, "2026-12-02T10:00:00Z") + " seen in Raqqa"
    assert list_mark(line) == ({"list": 'NGO "Duhok" [2]', "batch": "4", "row": "17",
                                "day": "2026-12-02"}, "seen in Raqqa")
    assert list_mark(note_mark("", None, 3, "2026-12-02") + " x") == (
        {"list": "", "batch": "", "row": "3", "day": "2026-12-02"}, "x")
    # her own brackets and a merge's case number are part of what she wrote
    assert list_mark("[rumour] killed")[0] is None
    assert list_mark("[SNJ-00009] seen")[0] is None


@pytest.mark.parametrize("lang, words", [
    ("ar", ["القائمة «", "الدفعة", "الصف", "قُرئت في", "، "]),
    ("kmr", ["lîsteya «", "koma", "rêza", "hat xwendin di"]),
    ("en", ["list “", "batch", "row", "read"]),
])
def test_the_desktop_says_the_mark_of_a_note_a_list_adds_in_its_language(qapp, lang, words):
    """The import's preview and her History tab: the line the list adds to her notes."""
    from ui.i18n import apply_language
    from ui.import_changes import change_lines

    line = note_mark("NGO Duhok", 3, 9, "2026-12-02") + " seen in Raqqa"
    try:
        apply_language(qapp, lang)
        said = change_lines({"notes": ["told by her brother", f"told by her brother\n{line}"]})
    finally:
        apply_language(qapp, "en")
    assert len(said) == 1 and "told by her brother" not in said[0]
    for w in words:
        assert w in said[0], (lang, w)
    assert "NGO Duhok" in said[0] and "seen in Raqqa" in said[0] and "2026-12-02" in said[0]
