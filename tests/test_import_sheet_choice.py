"""Which sheet of a workbook is read when none is named: the one that holds a list, never a cover."""

import json

import pytest

from app.domain.errors import InputFileError, ValidationError
from app.importing import read_table
from app.importing.service import ImportService
from tests.import_helpers import COVER, cli, cover_then_list, new_vault, two_villages, write_xlsx


@pytest.mark.parametrize("name", ["sorani_yazda.ods", "sorani_yazda.xlsx"])
def test_a_cover_sheet_is_passed_over_for_the_sheet_that_holds_the_list(tmp_path, name):
    t = read_table(str(cover_then_list(tmp_path / name)))
    assert t.sheet == "لیست" and t.header_row == 1
    assert [r.texts()[1] for r in t.rows] == ["نادیە", "ڤیان"]
    notice = t.warnings[0].message
    assert "read sheet 'لیست'" in notice and "passed over 'بەرگ'" in notice


def test_several_sheets_holding_lists_are_named_and_one_must_be_chosen(tmp_path):
    path = two_villages(tmp_path / "two_villages.xlsx")
    with pytest.raises(InputFileError) as err:
        read_table(str(path))
    assert "several sheets hold a list: 'كوجو', 'حردان'" in str(err.value)
    assert "--sheet" in str(err.value)
    assert read_table(str(path), sheet="حردان").rows[0].texts()[0] == "شيماء"


def test_a_workbook_without_a_header_on_any_sheet_names_the_file_and_its_sheets(tmp_path):
    path = write_xlsx(tmp_path / "notes.xlsx", [("بەرگ", [[line] for line in COVER]),
                                           ("Notes", [["call Duhok office"]])])
    with pytest.raises(InputFileError, match=r"notes.xlsx: no sheet holds a header row .*"
                                             r"\(sheets: 'بەرگ', 'Notes'\)"):
        read_table(str(path))
    # the command line's English, word for word as it was (the desktop says it in its own)
    new_vault(tmp_path / "vault").close()
    r = cli(tmp_path, "import", str(path), "--dry-run", "--source", "test")
    assert r.returncode != 0 and r.stderr == (
        "casekeeper: notes.xlsx: no sheet holds a header row naming its columns (Name, الاسم, "
        "ناو, Nav ...), so no sheet reads as a list (sheets: 'بەرگ', 'Notes')\n")


def test_a_sheet_without_a_header_row_never_makes_persons(tmp_path):
    path = cover_then_list(tmp_path / "sorani_yazda.xlsx")
    s = new_vault(tmp_path / "vault")
    try:
        svc = ImportService(s)
        plan = svc.prepare(str(path), "بەرگ")
        with pytest.raises(ValidationError, match="no header row") as err:
            svc.stage_rows(plan)
        assert "None" not in str(err.value) and "'لیست'" in str(err.value)
        assert s.persons.count() == 0
    finally:
        s.close()


def test_import_without_sheet_reads_the_list_and_says_which_sheet(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = str(cover_then_list(tmp_path / "sorani_yazda.ods"))
    dry = cli(tmp_path, "import", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "sheet 'لیست', header on row 1, 2 rows" in dry.stdout
    assert "passed over 'بەرگ'" in dry.stdout and "row None" not in dry.stdout
    out = cli(tmp_path, "--json", "import", path)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["sheet"] == "لیست" and report["results"]["created"] == 2
    assert any("passed over 'بەرگ'" in i for i in report["read_issues"])
    cover = cli(tmp_path, "import", path, "--sheet", "بەرگ")
    assert cover.returncode != 0 and cover.stderr.count("\n") == 1, cover.stderr
    assert "no header row" in cover.stderr and "None" not in cover.stderr
    persons = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    assert len(persons) == 2


def test_import_and_match_refuse_a_workbook_of_several_lists_without_sheet(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = str(two_villages(tmp_path / "two_villages.xlsx"))
    for command in ("import", "match"):
        out = cli(tmp_path, command, path)
        assert out.returncode != 0 and out.stderr.count("\n") == 1, out.stderr
        assert "several sheets hold a list: 'كوجو', 'حردان'" in out.stderr
    assert json.loads(cli(tmp_path, "--json", "person", "list").stdout) == []


def test_match_reads_the_sheet_that_holds_the_list(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = str(cover_then_list(tmp_path / "sorani_yazda.xlsx"))
    out = cli(tmp_path, "match", path)
    assert out.returncode == 0, out.stderr
    assert "sheet 'لیست': header on row 1" in out.stdout
    assert "row 2: نادیە" in out.stdout and "ڕێکخراوی" not in out.stdout
