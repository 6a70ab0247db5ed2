"""What the one-time passes at the first unlock set right in a record an earlier version wrote
(an age in words kept as an unreadable birth, a list's status kept undated, a date kept as its
Excel number, a current status stored under an older rule) is in that person's own History, what
and why, not only in the vault-wide entry of the audit trail; her page says it in the
interface's language. A real vault on disk left as the earlier version left it, a real csv, the
real desktop page offscreen."""

from __future__ import annotations

import json

import pytest

from app.import_reread import REREAD_MARK
from app.persons import STATUS_RULE_MARK
from app.serial_dates import SERIAL_RULE_MARK
from app.set_right import SET_RIGHT
from tests.import_helpers import cli, reopen, write_csv
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "التولد", "تاريخ الخطف", "الحالة"]
ROWS = [["ليلى", "خلف", "حسن", "انثى", "عمر 7", "", "مفقودة"],            # SNJ-00001
        ["نادية", "مراد", "بسي", "انثى", "1990", "2014-08-03", "ناجية"]]  # SNJ-00002
TOLD = "2024-05-01T10:00:00Z"  # the day the earlier version imported the list


def _as_an_earlier_version_left_it(tmp_path) -> None:
    """Layla's birth «عمر 7» kept as text, every list's status undated, Nadia's abduction kept
    as 41854 (its Excel number); Jamila, told missing in 2014 and rescued in 2016 by hand,
    stored as missing; and none of the passes' marks."""
    assert cli(tmp_path, "init").returncode == 0
    lst = write_csv(tmp_path / "ngo.csv", HEADER, ROWS)
    assert cli(tmp_path, "import", str(lst), "--source", "NGO").returncode == 0
    for status, day in (("missing", "03/08/2014"), ("rescued", "2016")):
        args = ("person", "add", "--given", "جميلة", "--father", "قاسم", "--sex", "F")
        if status == "missing":
            assert cli(tmp_path, *args, "--status", status, "--status-date", day).returncode == 0
        else:
            assert cli(tmp_path, "person", "status", "SNJ-00003", status, "--date",
                       day).returncode == 0
    s = reopen(tmp_path / "vault")
    with s.db.transaction():
        c = s.db.conn
        c.execute("UPDATE persons SET birth_earliest=NULL, birth_latest=NULL, "
                  "birth_text='عمر 7' WHERE case_no='SNJ-00001'")
        c.execute("UPDATE persons SET abduction_text='41854' WHERE case_no='SNJ-00002'")
        c.execute("UPDATE persons SET current_status='missing' WHERE case_no='SNJ-00003'")
        c.execute("UPDATE status_events SET date_earliest=NULL, date_latest=NULL, "
                  "date_text='', recorded_at=? WHERE note LIKE '«%'", (TOLD,))
        c.execute("UPDATE provenance SET recorded_at=?", (TOLD,))
        for mark in (REREAD_MARK, SERIAL_RULE_MARK, STATUS_RULE_MARK):
            c.execute("DELETE FROM vault_meta WHERE key=?", (mark,))
    s.close()


def _set_right(s, case_no: str) -> list[dict]:
    return [json.loads(e.detail) for e in s.persons.history(case_no) if e.action == SET_RIGHT]


def test_each_person_set_right_has_an_entry_of_her_own_saying_what_and_why(tmp_path):
    _as_an_earlier_version_left_it(tmp_path)
    s = reopen(tmp_path / "vault")
    try:
        layla, nadia, jamila = (_set_right(s, f"SNJ-0000{n}") for n in (1, 2, 3))
        (birth_and_status,) = layla
        assert birth_and_status["rule"] == "import_reread"
        age, status = birth_and_status["set_right"]
        assert (age["why"], age["was"], age["now"]) == (
            "age_in_birth", "عمر 7", "age 7, year not given")
        assert age["years"] == s.persons.get("SNJ-00001").birth.display()
        assert status == {"why": "status_by_day", "status": "missing", "by": "2024-05-01"}
        assert [(e["rule"], e["set_right"]) for e in nadia] == [
            ("serial_dates", [{"why": "excel_day", "field": "abduction_date", "was": "41854",
                               "now": "2014-08-03"}]),
            ("import_reread", [{"why": "status_by_day", "status": "rescued",
                                "by": "2024-05-01"}])]
        assert [(e["rule"], e["set_right"]) for e in jamila] == [
            ("statuses", [{"why": "status_rule", "rule": "6", "was": "missing",
                           "now": "rescued"}])]
        assert s.audit.verify().ok
    finally:
        s.close()
    s = reopen(tmp_path / "vault")  # once: the next unlock adds nothing to her history
    try:
        assert [len(_set_right(s, f"SNJ-0000{n}")) for n in (1, 2, 3)] == [1, 2, 1]
    finally:
        s.close()


SAID = {
    "en": ("Set right when this version first opened the vault",
           "the birth عمر 7 read as an age: born ",
           "the status Missing, which a list gave with no date, dated by 2024-05-01",
           "the date of abduction 41854 shown as its day, 2014-08-03"),
    "ar": ("صُحّح حين فتح هذا الإصدار الخزنة أول مرة",
           "التولد عمر 7 قُرئ عمراً:",
           "الحالة مفقودة، التي أعطتها قائمة بلا تاريخ، أُرّخت بـ 2024-05-01",
           "تاريخ الاختطاف 41854 عُرض يوماً، 2014-08-03"),
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_history_tab_says_what_was_set_right_and_why(qtbot, gui, tmp_path, lang):
    _as_an_earlier_version_left_it(tmp_path)
    action, birth, status, abduction = SAID[lang]
    page = _page(qtbot, gui, tmp_path / "vault", lang, "SNJ-00001")
    model = page.history_tab.model
    rows = [[bare(model.item(r, c).text()) for c in range(4)] for r in range(model.rowCount())]
    (row,) = [r for r in rows if r[2] == action]
    assert birth in row[3] and status in row[3], row
    page = _page(qtbot, gui, tmp_path / "vault", lang, "SNJ-00002")
    model = page.history_tab.model
    said = [bare(model.item(r, 3).text()) for r in range(model.rowCount())
            if bare(model.item(r, 2).text()) == action]
    assert any(abduction in text for text in said), said


def test_her_history_says_why_a_merge_s_other_spellings_were_set_right(qtbot, gui, tmp_path):
    """The merge-aliases pass had its own entry (what changed) but not why."""
    from tests.test_merge_aliases_set_right_at_unlock import _merged_by_the_earlier_version

    kept, _ = _merged_by_the_earlier_version(tmp_path / "vault")
    page = _page(qtbot, gui, tmp_path / "vault", "en", kept)
    model = page.history_tab.model
    said = [bare(model.item(r, 3).text()) for r in range(model.rowCount())
            if bare(model.item(r, 2).text()).startswith("Other spellings from")]
    assert len(said) == 1 and "why: a merge had made a relative's name alone" in said[0], said
