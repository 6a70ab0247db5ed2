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
