"""A list saved as Windows Arabic (cp1256) loses Kurmanji ş and Ş to '?' as it loses Sorani
letters: a name with such a hole is rejected and said so, never made a person nobody finds."""

from __future__ import annotations

from app.importing.service import ImportService
from tests.import_helpers import new_vault


def _report(tmp_path, rows: list[str]) -> dict:
    text = "\r\n".join(["Nav,Navê bavê,Navê dayikê,Gund", *rows]) + "\r\n"
    path = tmp_path / "kurmanji.csv"
    # what Excel on an Arabic-locale Windows writes: a letter cp1256 lacks becomes '?'
    path.write_bytes(text.encode("cp1256", errors="replace"))
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="Family")
    assert plan.table.encoding == "cp1256"
    report = svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    assert report["reconciled"]
    return report


def test_a_kurmanji_name_with_a_lost_letter_is_rejected_and_said(tmp_path):
    report = _report(tmp_path, ["Şîrîn,Reşo,,Koço", "Xezal,Xelef,,Girêzer", "Bêrîvan,Şemo,,Koço"])
    rejected = {r["row"]: r["reason"] for r in report["rejected"]}
    assert set(rejected) == {2, 4}
    assert "'?îrîn' lost letters" in rejected[2] and "Kurmanji letters ş and Ş" in rejected[2]
    assert "'?emo'" in rejected[4]
    assert report["results"]["created"] == 1


def test_a_mothers_name_with_a_lost_letter_is_left_out_and_the_row_kept(tmp_path):
    report = _report(tmp_path, ["Xezal,Xelef,Şirîn,Girêzer"])
    assert report["results"]["created"] == 1
    warned = " ".join(w["warning"] if isinstance(w, dict) and "warning" in w else str(w)
                      for w in report["warnings"])
    assert "'?irîn'" in warned and "the mother's name is left out" in warned


def test_a_question_mark_after_a_name_is_a_clerks_doubt_not_a_lost_letter(tmp_path):
    report = _report(tmp_path, ["Xezal?,Xelef,,Girêzer"])
    assert report["results"]["created"] == 1 and not report["rejected"]


def test_a_latin_spelling_with_a_hole_beside_her_arabic_name_is_warned_not_rejected(tmp_path):
    """Her Arabic spelling, whole, finds her: the row is kept, the damage said (found in
    review: rows with an intact Arabic name were rejected)."""
    text = "الاسم,Name,Gund\r\nشيرين,?îrîn,Koço\r\n"
    path = tmp_path / "two.csv"
    path.write_bytes(text.encode("cp1256", errors="replace"))
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="Family")
    staged = svc.stage_rows(plan)
    assert "'?îrîn' lost letters ('?') to the cp1256 encoding" in staged[0].warnings_json
    report = svc.import_at_once(plan, staged, yes=True)
    assert report["results"]["created"] == 1 and not report["rejected"]


def test_a_question_mark_before_a_capital_is_a_clerks_doubt(tmp_path):
    report = _report(tmp_path, ["Layla (?Basi),Khalaf,,Koço"])
    assert report["results"]["created"] == 1 and not report["rejected"]
