"""Re-import detection: one list is one sheet of one file, so each sheet of a workbook is its own list."""

import pytest

from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, two_villages


@pytest.fixture
def svc(tmp_path):
    s = new_vault(tmp_path / "vault")
    yield ImportService(s)
    s.close()


def _import(svc, path, sheet, source=""):
    plan = svc.prepare(str(path), sheet, source)
    rows = svc.stage_rows(plan)
    return plan, rows, svc.import_at_once(plan, rows)


@pytest.mark.parametrize("source", ["", "Yazda"])
def test_another_sheet_of_an_imported_workbook_is_a_list_of_its_own(svc, tmp_path, source):
    path = two_villages(tmp_path / "two_villages.xlsx")
    _import(svc, path, "كوجو", source)
    plan, rows, report = _import(svc, path, "حردان", source)
    assert plan.same_file == [] and plan.previous is None
    # The Kocho woman is not "removed" by the Hardan list, nor Shaima'a matched to her row.
    assert svc.changes(plan.previous, rows) == {}
    assert report["changes_since_last_import"] == {}
    assert report["results"]["created"] == 1
    assert svc.session.persons.count() == 2


@pytest.mark.parametrize("source", ["", "Yazda"])
def test_the_same_sheet_of_the_same_file_again_is_still_detected(svc, tmp_path, source):
    path = two_villages(tmp_path / "two_villages.xlsx")
    _, _, first = _import(svc, path, "كوجو", source)
    _import(svc, path, "حردان", source)
    plan = svc.prepare(str(path), "كوجو", source)
    assert [b.id for b in plan.same_file] == [first["batch"]]
    assert plan.previous is not None and plan.previous.id == first["batch"]
    rows = svc.stage_rows(plan)
    changes = svc.changes(plan.previous, rows)
    assert (changes["added"], changes["removed"], changes["unchanged"]) == (0, 0, 1)


def test_importing_each_sheet_in_turn_from_the_command_line(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = str(two_villages(tmp_path / "two_villages.xlsx"))
    assert cli(tmp_path, "import", path, "--sheet", "كوجو").returncode == 0
    hardan = cli(tmp_path, "import", path, "--sheet", "حردان")
    assert hardan.returncode == 0, hardan.stderr
    assert "created 1" in hardan.stdout and "removed" not in hardan.stdout
    again = cli(tmp_path, "import", path, "--sheet", "كوجو")
    assert again.returncode != 0
    assert "sheet 'كوجو' of this exact file was imported as batch 1" in again.stderr


@pytest.mark.parametrize("source", ["", "Yazda"])
def test_a_new_version_on_a_renamed_sheet_or_as_a_workbook_is_still_the_same_list(
        svc, tmp_path, source):
    """The next version of a list comes with its sheet renamed ('Sheet1' -> 'Kocho 2024'), or
    (from a named source) as a workbook where a CSV came before: it shares its names with the
    last version, so it is compared with it and a one-word name goes to the person it went to
    then."""
    from tests.import_helpers import write_csv, write_xlsx

    header = ["Name", "Father", "Village"]
    first = [["Khalo", "", "Kocho"], ["Nadia", "Murad", "Kocho"], ["Layla", "Qasim", "Kocho"]]
    (tmp_path / "week2").mkdir()
    if source:
        one = write_csv(tmp_path / "list.csv", header, first)
    else:
        one = write_xlsx(tmp_path / "list.xlsx", [("Sheet1", [header, *first])])
    _import(svc, one, None, source)
    later = first[:2] + [["Jamila", "Khudeda", "Kocho"]]
    two = write_xlsx(tmp_path / "week2" / "list.xlsx", [("Kocho 2024", [header, *later])])
    plan, rows, report = _import(svc, two, None, source)
    assert plan.previous is not None and plan.previous.id == 1
    changes = report["changes_since_last_import"]
    assert (changes["added"], changes["removed"], changes["unchanged"]) == (1, 1, 2)
    assert rows[0].outcome == "certain" and "the same row as in the last import" in (
        rows[0].match_explain)
    assert svc.session.persons.count() == 4
