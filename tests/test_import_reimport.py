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


KOCHO = [["قائمة مختطفي كوجو - منظمة يزدا"], [],
         ["ت", "الاسم الكامل", "Full name", "القرية", "الجنس", "الحالة", "ملاحظات"],
         ["1", "سميرة عيدو كريم الدخي", "Samira Eido Karim Al-Dakhi", "Hardan", "انثى", "مفقودة",
          "مع أطفالها"],
         ["2", "ليلى الياس مراد حسكاني", "Layla Elias Murad Haskani", "كوجو", "انثى", "مفقودة",
          "شوهدت في الرقة 2016"]]


def test_the_same_list_again_as_csv_notes_what_it_says_against_the_vault_once(tmp_path):
    """The workbook exported as CSV and imported again says the same of Samira (missing,
    while the vault knows her rescued): her page keeps that once, not once per import; the
    new batch is still among the lists that named her."""
    import csv
    import json
    from datetime import date

    from tests.import_helpers import write_xlsx

    assert cli(tmp_path, "init").returncode == 0
    for args in (["--given", "Samira", "--father", "Eido", "--grandfather", "Karim", "--family",
                  "Al-Dakhi", "--sex", "F", "--village", "Hardan", "--status", "rescued",
                  "--status-date", "2015"],
                 ["--given", "Layla", "--father", "Elias", "--grandfather", "Murad", "--family",
                  "Haskani", "--sex", "F", "--village", "Kocho", "--status", "missing",
                  "--notes", "reported by her brother Qasim in 2015"]):
        assert cli(tmp_path, "person", "add", *args).returncode == 0
    xlsx = write_xlsx(tmp_path / "kocho_v2.xlsx", [("Kocho", KOCHO)])
    with open(tmp_path / "kocho_v2_export.csv", "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(KOCHO)
    first = json.loads(cli(tmp_path, "--json", "import", str(xlsx), "--source", "Yazda Kocho")
                       .stdout)
    # Layla's note from the list is news, added to hers: no conflict
    assert {(c["case_no"], c["field"]) for c in first["conflicts"]} == {("SNJ-00001", "status")}
    again = cli(tmp_path, "--json", "import", str(tmp_path / "kocho_v2_export.csv"), "--source",
                "Yazda Kocho")
    assert again.returncode == 0, again.stderr
    rep = json.loads(again.stdout)
    ch = rep["changes_since_last_import"]
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (0, 0, 0, 2)
    assert rep["conflicts"] == []
    assert [(c["row"], c["case_no"], c["field"], c["noted_in"])
            for c in rep["conflicts_noted_before"]] == [(4, "SNJ-00001", "status", 1)]
    text = cli(tmp_path, "review", "2", "--report").stdout
    assert "conflict row" not in text
    assert "1 conflict the vault already notes (from batch 1): not noted again" in text
    shown = cli(tmp_path, "person", "show", "SNJ-00001").stdout
    assert shown.count("list said   status 'missing «مفقودة»' (vault keeps 'rescued, 2015')") == 1
    assert "from list   batch 1: kocho_v2.xlsx" in shown
    assert "from list   batch 2: kocho_v2_export.csv" in shown
    data = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00002").stdout)
    assert data["list_conflicts"] == []
    assert data["notes"] == ("reported by her brother Qasim in 2015\n[list \"Yazda Kocho\", "
                             f"batch 1, row 5, read {date.today().isoformat()}] شوهدت في الرقة 2016")


def test_a_conflict_noted_by_every_version_before_the_fix_shows_once(svc, tmp_path):
    """A vault imported into before conflicts were noted once holds the same one in the report
    of each version of a list: her page shows it once, as the first version said it."""
    import json

    from app.domain.person import NamePart, Person, Status, StatusEvent
    from tests.import_helpers import write_csv

    samira = Person()
    for part, value in ((NamePart.GIVEN, "Samira"), (NamePart.FATHER, "Eido"),
                        (NamePart.GRANDFATHER, "Karim"), (NamePart.FAMILY, "Al-Dakhi")):
        samira.name(part).latin = value
    samira.status_events.append(StatusEvent(Status.RESCUED))
    case_no = svc.session.persons.create(samira).case_no
    rows = [["Samira", "Eido", "Karim", "Al-Dakhi", "missing"]]
    header = ["Name", "Father", "Grandfather", "Family", "Status"]
    for name in ("v1.csv", "v2.csv"):
        _, _, report = _import(svc, write_csv(tmp_path / name, header, rows), None, "Yazda")
    assert report["conflicts"] == [] and len(report["conflicts_noted_before"]) == 1
    # As the import wrote batch 2's report before this fix.
    old = {**report, "conflicts": [{k: v for k, v in c.items() if k != "noted_in"}
                                   for c in report["conflicts_noted_before"]]}
    with svc.db.transaction():
        svc.repo.finish_batch(2, "committed", json.dumps(old, ensure_ascii=False),
                              report["committed_at"])
    noted = svc.conflicts_about([case_no])
    # the list's word "missing" is the status's own: not quoted after it again
    assert [(c["batch"], c["field"], c["list"]) for c in noted] == [(1, "status", "missing")]
