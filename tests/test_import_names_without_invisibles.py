"""A name is stored without the marks no one sees in it (direction marks, a zero-width
space, tatweel), which dossiers and lists carried (found by a tester); a Sorani word's
zero-width non-joiner and an Arabic name's harakat stay."""

from __future__ import annotations

from app.domain.person import NamePart
from app.importing.service import ImportService
from app.text.normalize import without_invisibles
from tests.import_helpers import new_vault, write_xlsx


def test_what_no_one_sees_is_left_out_and_what_spells_stays():
    assert without_invisibles("\u200fنادية\u200f") == "نادية"
    assert without_invisibles("\ufeffGulê\u200c") == "Gulê"
    assert without_invisibles("نـــاديـة مُراد") == "نادية مُراد"
    assert without_invisibles("ده\u200cڵێ") == "ده\u200cڵێ"
    # a joiner at a word's edge parted two words: a space (found in review)
    assert without_invisibles("Layla\u200cKhidir") == "Layla Khidir"
    assert without_invisibles("نادية\u200cNadia") == "نادية Nadia"


def test_a_sorani_name_written_with_a_non_joiner_stays_one_word(tmp_path):
    """شه‌ماڵ (ه and a non-joiner for ە) was cut at the joiner: given شه, and ماڵ lost."""
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    path = write_xlsx(tmp_path / "s.xlsx", [("Sheet", [
        ["الاسم الكامل"], ["شه\u200cماڵ خدر علي"]])])
    plan = svc.prepare(str(path))
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    names = s.persons.get("SNJ-00001").names
    assert names[NamePart.GIVEN].original == "شه\u200cماڵ"
    assert names[NamePart.FATHER].original == "خدر"


def test_an_imported_name_is_stored_without_them(tmp_path):
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    path = write_xlsx(tmp_path / "l.xlsx", [("Sheet", [
        ["الاسم", "اسم الاب", "Name"], ["\u200fنادية\u200f", "مُـــراد", "Gulê\u200c"]])])
    plan = svc.prepare(str(path))
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    names = s.persons.get("SNJ-00001").names
    assert names[NamePart.GIVEN].original == "نادية"
    assert names[NamePart.GIVEN].latin == "Gulê"
    assert names[NamePart.FATHER].original == "مُراد"
