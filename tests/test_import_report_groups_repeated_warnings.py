"""A family's list reads the same status word on every row: its report says that warning once
with the rows it holds, not once a row; and a report with more warnings or rejected rows than
it shows says how many more there are, never leaving them out unsaid."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "القرية", "الحالة"]
GIVEN = ["نادية", "ليلى", "جيلان", "شيرين", "غزال", "بسمة", "سميرة", "زينب", "هناء", "دلال",
         "نورة", "أمينة", "روجين", "سوزان", "فيان", "برفين", "أديبة", "خاتون", "نسرين", "وداد"]
SAID = "the status '{}' is said only of a woman: read as female (the list gives no sex)"


def _ok(tmp_path, *args: str):
    r = cli(tmp_path, *args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def test_one_warning_of_many_rows_is_said_once_with_its_rows(tmp_path):
    rows = [[g, ["خلف", "حسن", "الياس"][i % 3], "حجي", "كوجو",
             "مفقودة" if i not in (5, 17, 18, 19) else "ناجية"] for i, g in enumerate(GIVEN)]
    path = write_csv(tmp_path / "family.csv", HEADER, rows)
    _ok(tmp_path, "init", "--prefix", "SNJ")
    out = _ok(tmp_path, "import", str(path), "--source", "Family").stdout
    missing = f"column E (الحالة): {SAID.format('مفقودة')}"
    rescued = f"column E (الحالة): {SAID.format('ناجية')}"
    assert f"  warning rows 2-6, 8-18 (16 rows): {missing}\n" in out, out
    assert f"  warning rows 7, 19-21 (4 rows): {rescued}\n" in out, out
    assert "warning row " not in out
    # the JSON keeps one entry a row, for whoever reads it row by row
    rep = json.loads(_ok(tmp_path, "--json", "review", "1", "--report").stdout)
    assert [w["row"] for w in rep["warnings"]] == list(range(2, 22))


def test_a_warning_of_one_row_is_said_with_its_row(tmp_path):
    path = write_csv(tmp_path / "family.csv", HEADER,
                     [["نادية", "خلف", "حجي", "كوجو", "مفقودة"],
                      ["ليلى", "حسن", "حجي", "كوجو", ""]])
    _ok(tmp_path, "init", "--prefix", "SNJ")
    out = _ok(tmp_path, "import", str(path), "--source", "Family").stdout
    assert f"  warning row 2: column E (الحالة): {SAID.format('مفقودة')}\n" in out, out


def test_more_warnings_and_rejected_rows_than_shown_are_counted(tmp_path):
    # 60 rows each with its own unreadable status (60 different warnings), then 55 rows
    # rejected for a number in a name
    rows = [[f"{GIVEN[i % 20]}", "خلف", "حجي", "كوجو", f"حالة{chr(0x0621 + i % 26)}{i}"]
            for i in range(60)]
    rows += [[f"Nadia{i}", "Khalaf", "Haji", "Kocho", ""] for i in range(55)]
    path = write_csv(tmp_path / "big.csv", HEADER, rows)
    _ok(tmp_path, "init", "--prefix", "SNJ")
    out = cli(tmp_path, "import", str(path), "--source", "NGO", "--yes").stdout
    lines = out.splitlines()
    assert sum(ln.startswith("  warning row") for ln in lines) == 50, out
    assert "  ... and 10 more warnings (--json lists all)" in lines, out
    assert sum(ln.startswith("  rejected row") for ln in lines) == 50, out
    assert "  ... and 5 more rejected rows (--json lists all)" in lines, out


def test_a_row_saying_one_warning_twice_is_one_row_of_the_group():
    from app.importing.pieces import english
    from app.importing.report import warning_lines

    said = [{"row": r, "warning": "column B: the same"} for r in (5, 5, 6)]
    said += [{"row": 9, "warning": "column C: another"}]
    assert [english(x) for x in warning_lines(said)] == [
        "  warning rows 5-6 (2 rows): column B: the same", "  warning row 9: column C: another"]
    many = [{"row": r, "warning": f"column B: cell {r}"} for r in range(2, 62)]
    assert english(warning_lines(many)[-1]) == "  ... and 10 more warnings (--json lists all)"
