"""A list read on one day says she is abducted (مختطفة: missing, known by the day of the
import); the lawyer then records her rescue and her return to her family, dated days before
that list was read. The list's word is older news: her papers print it before the rescue, never
between the rescue and the reunion, where a court read that she went missing again after being
freed; her current status is the reunion, as the papers end. A list saying she is abducted that
arrives after the vault knows her rescued is not recorded as a status of hers at all: the vault
notes what it said. A real vault, a real list, a real court dossier read with pdftotext."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, Status, StatusEvent
from tests.import_helpers import write_xlsx

HEADER = ["ت", "الاسم", "اسم الاب", "اسم الجد", "المواليد", "القرية", "الحالة"]
SAMEERA = ["1", "سميرة", "خليل", "إلياس", "1995", "كوجو", "مختطفة"]


def _family_list(tmp_path):
    return write_xlsx(tmp_path / "kocho.xlsx", [("القائمة", [HEADER, SAMEERA])])


def _statuses(cli) -> tuple[str, list[tuple[str, dict]]]:
    """Her current status and her status events as stored."""
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    return shown["current_status"], [(e["status"], e["date"]) for e in shown["status_events"]]


def _court_timeline(cli, tmp_path) -> list[str]:
    out = tmp_path / "court.pdf"
    r = cli("dossier", "SNJ-00001", "-o", str(out), "--profile", "court", "--lang", "en")
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True).stdout.decode()
    after = text.split("Status timeline", 1)[1].split("Relatives", 1)[0]
    return [" ".join(line.split()) for line in after.splitlines() if line.strip()]


def test_a_lists_abducted_stands_before_a_rescue_dated_before_the_list_was_read(cli, tmp_path):
    assert cli("init").returncode == 0
    r = cli("import", str(_family_list(tmp_path)), "--source", "families")
    assert r.returncode == 0, r.stderr
    assert cli("person", "edit", "SNJ-00001", "--sharing", "court").returncode == 0
    r = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2024-03-01",
            "--handover-to-family", "2024-03-05", "--from-place", "al-Hol camp")
    assert r.returncode == 0, r.stderr
    assert "SNJ-00001 is now reunited" in r.stdout
    lines = _court_timeline(cli, tmp_path)
    missing = next(i for i, line in enumerate(lines) if "date not known (recorded" in line)
    rescued = next(i for i, line in enumerate(lines) if line.startswith("2024-03-01"))
    reunited = next(i for i, line in enumerate(lines) if line.startswith("2024-03-05"))
    assert missing < rescued < reunited, lines
    assert "missing" in " ".join(lines[missing:rescued]).lower()
    assert "rescued" in lines[rescued] and "reunited" in lines[reunited]
    # the papers end where her current status is, and so does `person show`
    status, _ = _statuses(cli)
    assert status == "reunited"
    words = {"missing", "rescued", "reunited"}
    shown = [next(w for w in line.split() if w in words)
             for line in cli("person", "show", "SNJ-00001").stdout.splitlines()
             if line.strip().startswith("status ")]
    assert shown == ["missing", "rescued", "reunited"]


def test_a_list_saying_abducted_after_her_rescue_is_noted_not_recorded(cli, tmp_path):
    assert cli("init").returncode == 0
    assert cli("import", str(_family_list(tmp_path)), "--source", "families").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2024-03-01",
               "--handover-to-family", "2024-03-05").returncode == 0
    _, before = _statuses(cli)
    officials = write_xlsx(tmp_path / "officials.xlsx", [("Sheet1", [
        ["Full name", "Father", "Date of birth", "Village", "Status"],
        ["Sameera Khaleel Elias", "Khaleel", "1995", "Kocho", "abducted"]])])
    r = cli("import", str(officials), "--source", "Directorate")
    assert r.returncode == 0, r.stderr
    assert "status: vault keeps 'reunited, 2024-03-05', list says 'missing «abducted»'" in r.stdout
    status, after = _statuses(cli)
    assert status == "reunited" and after == before
    assert "list said   status 'missing «abducted»' (vault keeps 'reunited, 2024-03-05')" in cli(
        "person", "show", "SNJ-00001").stdout


def test_no_status_known_only_by_a_day_stands_after_a_later_step_that_day_holds():
    """The rule itself: a missing known by 5 December before the rescue of the 3rd and the
    reunion of the 4th; a sighting told without a date after a rescue of 2019 before it; her
    current status last."""
    def ev(status, when: FuzzyDate, recorded: str, note: str = "") -> StatusEvent:
        return StatusEvent(status, when, note, recorded_at=recorded)

    by, on = (lambda day: FuzzyDate.by(date.fromisoformat(day))), FuzzyDate.parse
    p = Person(status_events=[
        ev(Status.MISSING, by("2026-12-05"), "2026-12-05T00:17:00Z", "«مختطفة»"),
        ev(Status.RESCUED, on("2026-12-03"), "2026-12-05T00:25:00Z"),
        ev(Status.REUNITED, on("2026-12-04"), "2026-12-05T00:25:00Z")])
    assert p.current_status is Status.REUNITED
    assert [e.status for e in p.timeline()] == [Status.MISSING, Status.RESCUED,
                                                Status.REUNITED]
    p = Person(status_events=[
        ev(Status.MISSING, on("2014-08-03"), "2020-01-01T00:00:00Z"),
        ev(Status.LOCATED, on("2018"), "2020-01-01T00:00:01Z"),
        ev(Status.MISSING, by("2020-05-01"), "2020-05-01T00:00:00Z", "«مفقودة»"),
        ev(Status.RESCUED, by("2021-06-01"), "2021-06-01T00:00:00Z")])
    assert p.current_status is Status.RESCUED
    assert [(e.status, e.note) for e in p.timeline()] == [
        (Status.MISSING, ""), (Status.MISSING, "«مفقودة»"), (Status.LOCATED, ""),
        (Status.RESCUED, "")]
