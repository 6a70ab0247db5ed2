"""A status a list gives with no date of its own counts as known by the day of the import, with
the day it was recorded, whether the row makes her or updates her; a date the list gives is
kept."""

from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Status
from app.importing.service import ImportService
from tests.import_helpers import cli, write_xlsx

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "تاريخ الاختطاف"]
LAYLA = ["ليلى", "خلف", "حسن", "انثى", "03/08/2014"]
NADIA = ["نادية", "مراد", "بسي", "انثى", "03/08/2014"]


def _import(session, path) -> dict:
    svc = ImportService(session)
    plan = svc.prepare(str(path), source="NGO")
    report = svc.import_at_once(plan, svc.stage_rows(plan))
    assert isinstance(report, dict), "nothing should wait for a decision"
    return report


def test_a_woman_an_import_makes_has_her_status_known_by_the_day_of_the_import(
        session, tmp_path):
    """The tester: women created by an import had their status "(undated)" ("date not given"
    on the dossier), women updated by one "≤ the day of the import". A status word with its
    own date («محررة 2016») keeps it."""
    path = write_xlsx(tmp_path / "v1.xlsx", [("Sheet1", [
        [*HEADER, "الحالة"], [*LAYLA, "مفقودة"], [*NADIA, "محررة 2016"]])])
    _import(session, path)
    layla, nadia = (session.persons.get(c) for c in ("SNJ-00001", "SNJ-00002"))
    [missing] = layla.status_events
    assert (missing.status, missing.date) == (Status.MISSING, FuzzyDate.by(date.today()))
    assert missing.date.display() == f"≤ {date.today().isoformat()}"
    assert missing.recorded_at[:10] == date.today().isoformat()
    [rescued] = nadia.status_events
    assert (rescued.status, rescued.date.text) == (Status.RESCUED, "2016")
    assert rescued.recorded_at


def test_a_status_the_lists_next_version_first_gives_her_is_dated_and_recorded(
        session, tmp_path):
    """The first version of the list gave no status; the second says she is missing, and
    Nadia rescued: each step is known by the day of that import and has its recorded-at (it
    had neither)."""
    _import(session, write_xlsx(tmp_path / "v1.xlsx", [("Sheet1", [
        [*HEADER, "الحالة"], [*LAYLA, ""], [*NADIA, ""]])]))
    assert not session.persons.get("SNJ-00001").status_events
    report = _import(session, write_xlsx(tmp_path / "v2.xlsx", [("Sheet1", [
        [*HEADER, "الحالة"], [*LAYLA, "مفقودة"], [*NADIA, "ناجية"]])]))
    assert report["results"]["updated"] == 2
    for case_no, status in (("SNJ-00001", Status.MISSING), ("SNJ-00002", Status.RESCUED)):
        [told] = session.persons.get(case_no).status_events
        assert (told.status, told.date) == (status, FuzzyDate.by(date.today()))
        assert told.recorded_at[:10] == date.today().isoformat()


def test_a_rescue_told_later_with_its_year_still_takes_over_from_a_listed_missing(tmp_path):
    """The status rule holds for a woman an import made missing: `person status rescued --date
    2015` is later news of a time "missing, known by the import's day" covers."""
    path = write_xlsx(tmp_path / "v1.xlsx", [("Sheet1", [[*HEADER, "الحالة"],
                                                          [*LAYLA, "مفقودة"]])])
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    assert cli(tmp_path, "import", str(path)).returncode == 0
    shown = cli(tmp_path, "person", "show", "SNJ-00001")
    assert f"≤ {date.today().isoformat()} missing" in shown.stdout, shown.stdout
    out = cli(tmp_path, "person", "status", "SNJ-00001", "rescued", "--date", "2015")
    assert out.returncode == 0, out.stderr
    assert cli(tmp_path, "person", "show", "SNJ-00001").stdout.startswith("SNJ-00001  [rescued]")
