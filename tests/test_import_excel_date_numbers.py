"""A date a list gives as an Excel date number (41854 in a cell formatted General) is shown as its
day everywhere: lists, her page, documents, dry runs and the changes since the last version;
the list's row keeps the number as it was, and a vault that stored the number shows the day."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime

import pytest

from tests.import_helpers import cli, reopen, write_csv, write_xlsx

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "القرية", "الحالة", "المواليد", "تاريخ الخطف"]
# 33970 is 1993-01-01 and 41854 is 2014-08-03, as numbers in cells formatted General.
NADIA = ["نادية", "مراد", "باسي", "كوجو", "مفقودة", 33970, 41854]
BASMA = ["بسمة", "خلف", "حسن", "كوجو", "مفقودة", 1998, "03/08/2014"]
LAYLA = ["ليلى", "خضر", "قاسم", "تل قصب", "مفقودة", "about 1998", "15/08/2014"]


def _imported(tmp_path, rows=(NADIA, BASMA, LAYLA)) -> list[dict]:
    assert cli(tmp_path, "init").returncode == 0
    path = write_xlsx(tmp_path / "kocho.xlsx", [("List", [HEADER, *rows])])
    done = cli(tmp_path, "import", str(path), "--source", "Yazda", "--yes")
    assert done.returncode == 0, done.stderr
    return [json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)
            for n in range(1, len(rows) + 1)]


def test_a_date_number_is_kept_as_its_day_and_typed_dates_as_typed(tmp_path):
    nadia, basma, layla = _imported(tmp_path)
    assert nadia["birth"]["text"] == "1993-01-01"
    assert nadia["abduction_date"]["text"] == "2014-08-03"
    assert basma["birth"]["text"] == "1998"  # a year typed as a number is a year
    assert basma["abduction_date"]["text"] == "03/08/2014"
    assert layla["birth"]["text"] == "about 1998"
    assert layla["abduction_date"]["text"] == "15/08/2014"


def test_person_show_and_list_say_the_day_and_the_row_keeps_the_number(tmp_path):
    _imported(tmp_path)
    shown = cli(tmp_path, "person", "show", "SNJ-1").stdout
    assert "born         1993-01-01\n" in shown
    assert "abducted     2014-08-03\n" in shown
    # the list's row, her provenance, as the list had it
    assert "المواليد: 33970" in shown and "تاريخ الخطف: 41854" in shown
    listed = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    assert "33970" not in json.dumps(listed) and "41854" not in json.dumps(listed)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_court_dossier_says_the_day_not_the_number(tmp_path, lang):
    """'Born 33970 (1993-01-01)' it said: no reader of a court paper can count out 33970."""
    _imported(tmp_path)
    pdf = tmp_path / "d.pdf"
    sharing = cli(tmp_path, "person", "sharing", "court", "SNJ-1")  # a court may receive it
    assert sharing.returncode == 0, sharing.stderr
    done = cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court",
               "--lang", lang)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    # her birth and abduction as days; the list's row as it was, with the day it stands for
    assert "1993-01-01" in text and "2014-08-03" in text
    assert re.findall(r"33970(?! \(1993-01-01\))|41854(?! \(2014-08-03\))", text) == []
    assert "33970 (1993-01-01)" in text and "41854 (2014-08-03)" in text


def test_a_dry_run_says_the_day_it_would_write(tmp_path):
    _imported(tmp_path, [["نادية", "مراد", "باسي", "كوجو", "مفقودة", "1993", ""]])
    # 34000 is 1993-01-31 (1 January beside her 1993 would be no day learnt: narrowing.py)
    path = write_xlsx(tmp_path / "again.xlsx", [("List", [HEADER, [*NADIA[:5], 34000,
                                                                   41854]])])
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "birth: 1993 -> 1993-01-31" in dry
    assert "abduction date: (blank) -> 2014-08-03" in dry
    assert "34000" not in dry and "41854" not in dry


def test_a_date_number_as_text_in_a_csv_is_its_day_too(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date of abduction"],
                     [["Nadia", "Murad", "41854"], ["Jilan", "Khalaf", "٤١٨٥٤"]])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    for case in ("SNJ-1", "SNJ-2"):
        her = json.loads(cli(tmp_path, "--json", "person", "show", case).stdout)
        assert her["abduction_date"]["text"] == "2014-08-03"


def test_the_next_version_with_the_cell_formatted_as_a_date_changed_nothing(tmp_path):
    """41854 then, a cell formatted as a date now: the same day, no changed row."""
    _imported(tmp_path, [NADIA, BASMA])
    now = [*NADIA[:6], datetime(2014, 8, 3)]
    moved = [*BASMA[:6], "04/08/2014"]  # a day changed is still a change
    path = write_xlsx(tmp_path / "kocho_v2.xlsx", [("List", [HEADER, now, moved])])
    rep = json.loads(cli(tmp_path, "--json", "import", str(path), "--source", "Yazda",
                         "--dry-run").stdout)
    ch = rep["changes_since_last_import"]
    assert (ch["changed"], ch["unchanged"]) == (1, 1)
    assert ch["changed_rows"][0]["columns"] == {"تاريخ الخطف": ["03/08/2014", "04/08/2014"]}


def test_a_vault_that_stored_the_number_shows_the_day_once_reopened(tmp_path):
    """An earlier version stored the cell's number as the date's text: at the first unlock
    each such date takes its day, a batch waiting for its commit too; a year typed as a number
    and a date typed stay; the list's rows keep the number; the audit trail names her."""
    from app.serial_dates import SERIAL_RULE_MARK

    _imported(tmp_path, [NADIA, BASMA])
    path = write_xlsx(tmp_path / "more.xlsx", [("List", [HEADER, [
        "بسيمة", "خلف", "حسن", "كوجو", "مفقودة", 1998, 41854]])])
    waits = cli(tmp_path, "import", str(path), "--source", "Other")  # a probable match of Basma
    assert "wait" in waits.stdout, waits.stdout
    s = reopen(tmp_path / "vault")
    with s.db.transaction():  # as the earlier version stored them, and no mark
        c = s.db.conn
        c.execute("UPDATE persons SET birth_text='33970', abduction_text='41854' "
                  "WHERE case_no='SNJ-00001'")
        c.execute("UPDATE status_events SET date_text='41854', date_earliest='2014-08-03', "
                  "date_latest='2014-08-03' WHERE person_id=(SELECT id FROM persons WHERE "
                  "case_no='SNJ-00002')")
        c.execute("UPDATE import_rows SET person_json=replace(person_json, "
                  "'\"2014-08-03\"]', '\"41854\"]') "
                  "WHERE batch_id=(SELECT id FROM import_batches WHERE state='staged')")
        c.execute("DELETE FROM vault_meta WHERE key=?", (SERIAL_RULE_MARK,))
        assert '"41854"]' in c.execute("SELECT person_json FROM import_rows r JOIN "
                                       "import_batches b ON b.id=r.batch_id WHERE "
                                       "b.state='staged'").fetchone()[0]
    s.close()
    s = reopen(tmp_path / "vault")
    try:
        nadia, basma = (s.persons.get(f"SNJ-0000{n}") for n in (1, 2))
        assert (nadia.birth.text, nadia.abduction_date.text) == ("1993-01-01", "2014-08-03")
        assert basma.birth.text == "1998" and basma.abduction_date.text == "03/08/2014"
        assert [e.date.text for e in basma.status_events if e.date.text] == ["2014-08-03"]
        staged = s.db.conn.execute("SELECT person_json FROM import_rows WHERE batch_id=2"
                                   ).fetchone()[0]
        assert '"2014-08-03"]' in staged and '"41854"' not in staged
        assert '"1998"]' in staged
        [row] = s.records.provenance_for(nadia.id)
        assert "33970" in row["raw_json"] and "41854" in row["raw_json"]
        entries = [json.loads(e.detail) for e in s.audit.history("vault", "")
                   if e.action == "vault.serial_dates"]
        assert [(e["changed"], e["staged_rows"]) for e in entries] == [
            (["SNJ-00001", "SNJ-00002"], 1)]
    finally:
        s.close()
    s = reopen(tmp_path / "vault")  # once: the next unlock finds nothing to do
    try:
        assert sum(e.action == "vault.serial_dates" for e in s.audit.history("vault", "")) == 1
    finally:
        s.close()


# Numbers no Excel date of the field can be: 365 is 1900-12-30 (no birth of a living woman),
# 20014 is 1954-10-17 (before the abductions began); 19850 is 1954-05-06, a birth she can have.
SLIPS = [["نادية", "مراد", "باسي", "كوجو", "مفقودة", 365, 20014],
         ["جيلان", "خلف", "حسن", "كوجو", "مفقودة", 19850, 41854]]


def test_a_number_that_is_no_day_the_date_can_be_stays_as_typed_with_a_warning(tmp_path):
    """'Born 1900-12-30' from 365, 'abducted 1954-10-17' from 20014: confident-looking days,
    the typed number gone, and no word on the row."""
    nadia, jilan = _imported(tmp_path, SLIPS)
    assert nadia["birth"]["text"] == "365" and nadia["birth"]["earliest"] is None
    assert nadia["abduction_date"]["text"] == "20014"
    assert nadia["abduction_date"]["earliest"] is None
    assert (jilan["birth"]["text"], jilan["birth"]["earliest"]) == ("1954-05-06", "1954-05-06")
    assert jilan["abduction_date"]["text"] == "2014-08-03"
    report = cli(tmp_path, "review", "1", "--report").stdout
    for col, typed, day in (("F (المواليد)", 365, "1900-12-30"),
                            ("G (تاريخ الخطف)", 20014, "1954-10-17")):
        assert (f"  warning row 2: column {col}: '{typed}' would be {day} as an Excel date "
                "number, which cannot be this date; the text is kept, with no date read from "
                "it\n") in report, report
    # (row 3's status word, said only of a woman, is read as her sex and says so: no date)
    assert not [line for line in report.splitlines()
                if line.startswith("  warning row 3") and "Excel date" in line]


def test_a_number_as_text_in_a_csv_that_is_no_abduction_day_stays_as_typed(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", ["Name", "Father", "Date of abduction"],
                     [["Nadia", "Murad", "19850"], ["Jilan", "Khalaf", "٢٠٠١٤"]])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    for case, typed in (("SNJ-1", "19850"), ("SNJ-2", "٢٠٠١٤")):
        her = json.loads(cli(tmp_path, "--json", "person", "show", case).stdout)
        assert (her["abduction_date"]["text"], her["abduction_date"]["earliest"]) == (typed, None)
    report = cli(tmp_path, "review", "1", "--report").stdout
    assert "'19850' would be 1954-05-06 as an Excel date number" in report, report


def test_the_court_dossier_gives_a_slip_no_day(tmp_path):
    _imported(tmp_path, SLIPS)
    pdf = tmp_path / "d.pdf"
    sharing = cli(tmp_path, "person", "sharing", "court", "SNJ-1")  # a court may receive it
    assert sharing.returncode == 0, sharing.stderr
    done = cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "1900-12-30" not in text and "1954-10-17" not in text
    assert "365" in text and "20014" in text


def test_the_unlock_fix_leaves_a_number_that_is_no_day_of_its_date_and_names_each_text(
        tmp_path):
    """The one-time fix rewrote an abduction's 19850 as 1954-05-06, and its audit entry named
    the cases only: what each date said before was lost."""
    from app.serial_dates import SERIAL_RULE_MARK

    _imported(tmp_path, [NADIA, SLIPS[1]])
    s = reopen(tmp_path / "vault")
    with s.db.transaction():  # as the earlier version stored them, and no mark
        c = s.db.conn
        c.execute("UPDATE persons SET birth_text='33970', abduction_text='41854' "
                  "WHERE case_no='SNJ-00001'")
        c.execute("UPDATE persons SET birth_text='19850', abduction_text='19850', "
                  "abduction_earliest='1954-05-06', abduction_latest='1954-05-06' "
                  "WHERE case_no='SNJ-00002'")
        c.execute("DELETE FROM vault_meta WHERE key=?", (SERIAL_RULE_MARK,))
    s.close()
    s = reopen(tmp_path / "vault")
    try:
        nadia, jilan = (s.persons.get(f"SNJ-0000{n}") for n in (1, 2))
        assert (nadia.birth.text, nadia.abduction_date.text) == ("1993-01-01", "2014-08-03")
        assert (jilan.birth.text, jilan.abduction_date.text) == ("1954-05-06", "19850")
        [entry] = [json.loads(e.detail) for e in s.audit.history("vault", "")
                   if e.action == "vault.serial_dates"]
        assert entry["changed"] == ["SNJ-00001", "SNJ-00002"]
        assert entry["dates"] == [
            {"case": "SNJ-00001", "field": "abduction_date", "was": "41854"},
            {"case": "SNJ-00001", "field": "birth", "was": "33970"},
            {"case": "SNJ-00002", "field": "birth", "was": "19850"}]
    finally:
        s.close()
