"""A list's import in the audit trail names the rows decided by hand as rows ("decided_by_hand:
row 5"), as the import report does ("decided by hand row 5"): the bare "decided_by_hand: 5"
read as five rows decided by hand where one was, beside "updated=5". Rows matched when the list
was read are decided by nobody's hand and are not among them. A real list in a real vault."""

from __future__ import annotations

import json

from tests.import_helpers import write_xlsx

FAMILIES = [["ت", "الاسم", "اسم الاب", "اسم الجد", "المواليد", "القرية", "الحالة"],
            ["1", "ليلى", "خلف", "الياس", "1998", "كوجو", "مختطفة"],
            ["2", "سميرة", "خليل", "إلياس", "1995", "كوجو", "مختطفة"],
            ["3", "جيهان", "خضر", "قاسم", "2001", "حردان", "مختطفة"],
            ["4", "فيان", "عبد الله", "حجي", "2006", "كوجو", "مختطفة"]]
# Row 3 leaves out her grandfather and her birth: a probable match, asked about; the others
# agree on every name and are updates when the list is read.
OFFICIALS = [["Directorate of Yazidi Affairs - Abductees"], [],
             ["Name", "Father", "Grandfather", "Date of birth", "Village", "Status"],
             ["Sameera", "Khaleel", "Elias", "1995", "Kocho", "abducted"],
             ["Laila", "Khalaf", "", "", "Kocho", "abducted"],
             ["Jehan", "Khidr", "Kasim", "2001", "Hardan", "abducted"],
             ["Vian", "Abdallah", "Haji", "2006", "Kocho", "abducted"]]


def test_the_trail_and_the_report_name_the_one_row_decided_by_hand(cli, tmp_path):
    assert cli("init").returncode == 0
    first = write_xlsx(tmp_path / "families.xlsx", [("القائمة", FAMILIES)])
    assert cli("import", str(first), "--source", "families").returncode == 0
    second = write_xlsx(tmp_path / "officials.xlsx", [("Sheet1", OFFICIALS)])
    staged = cli("--json", "import", str(second), "--source", "Directorate")
    assert staged.returncode == 0, staged.stderr
    assert json.loads(staged.stdout)["outcomes"] == {"certain": 3, "probable": 1}
    r = cli("review", "2", "--row", "5", "--decide", "update", "--person", "SNJ-00001")
    assert r.returncode == 0, r.stderr
    assert cli("review", "2", "--commit").returncode == 0
    rep = json.loads(cli("--json", "review", "2", "--report").stdout)
    assert [d["row"] for d in rep["decided_by_hand"]] == [5]
    assert rep["results"]["updated"] == 4
    assert "decided by hand row 5: update SNJ-00001" in cli("review", "2", "--report").stdout
    trail = json.loads(cli("--json", "audit", "log", "--limit", "500").stdout)
    (commit,) = [e for e in trail if e["action"] == "import.commit" and e["ref"] == "2"]
    assert commit["detail"]["decided_by_hand"] == [5]
    (line,) = [x for x in cli("audit", "log", "--limit", "500").stdout.splitlines()
               if "import_batch 2  List imported" in x]
    assert "decided_by_hand: row 5;" in line
    assert "decided_by_hand: 5" not in line


def test_rows_of_a_list_are_said_as_rows_and_counts_as_counts():
    from app.audit_words import detail_said
    said = detail_said({"decided_by_hand": [2, 3], "overridden": [2], "decided_in_bulk": [4],
                        "decided_with_a_row": {"2": [5, 6]}, "rejected_rows": [12],
                        "rows_read": 12, "conflicts": 1})
    assert said == ("decided_by_hand: rows 2, 3; overridden: row 2; decided_in_bulk: row 4; "
                    "decided_with_a_row: rows 5, 6 with row 2; rejected_rows: row 12; "
                    "rows_read: 12; conflicts: 1")
