"""A status dated by a month counted at the month's middle, though the report it rests on came
in before that middle, or the month's middle was still to come on the day it was typed: a report
received on 15 June observed "06/2025" overturned a rescue of 10 June, and one received on 6
December observed "12/2025" made a woman recorded dead on the 4th "sighted", her family dossier
printing it. A date reaches no later than its report came in or the day it was told, and counts
at the middle of what is left. Real vaults, the real command; "today" is fixed where it counts."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime

import pytest

import app.audit
from tests.conftest import run_in_process


def _made(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Salwa", "--father", "Salo", "--sex", "F", "--status",
            "missing", "--status-date", "03/08/2014", "--sharing", "family")
    assert r.returncode == 0, r.stderr
    return cli


@pytest.fixture
def salwa(cli):
    return _made(cli)


@pytest.fixture
def salwa_here(cli):
    """As salwa, every command run in this process even under CK_CLI_PROCESS (README): the
    told_on clock reaches no child process."""
    def run(*args: str, stdin: str | None = None):
        return run_in_process(["--vault", str(cli.vault), *args], cli.env, stdin)

    return _made(run)


def _report(cli, received: str, observed: str, text: str = "seen in Mosul market") -> None:
    r = cli("report", "add", "--person", "SNJ-1", "--text", "-", "--source", "K7", "--received",
            received, "--observed", observed, stdin=text)
    assert r.returncode == 0, r.stderr


@pytest.fixture
def told_on(monkeypatch):
    """told_on(day): what is told from then on is told on day (YYYY-MM-DD, the audit trail's
    clock, which stamps every status), whatever the real date; until called, 1 January 2025."""
    day = [date(2025, 1, 1)]

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(day[0].year, day[0].month, day[0].day, 9, tzinfo=tz)

    monkeypatch.setattr(app.audit, "datetime", Clock)
    return lambda when: day.__setitem__(0, date.fromisoformat(when))


def _status(cli) -> str:
    return json.loads(cli("--json", "person", "show", "SNJ-1").stdout)["current_status"]


def test_a_report_of_a_month_received_before_its_middle_leaves_her_rescued(salwa):
    assert salwa("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    _report(salwa, "15/06/2025", "06/2025")
    r = salwa("person", "status", "SNJ-1", "sighted", "--report", "1")
    assert r.returncode == 0, r.stderr
    assert "'sighted' was recorded in her history; she is still 'rescued'" in r.stdout, r.stdout
    assert "held again" not in r.stdout
    # 1-15 June holds 10 June: nothing shows the rescue came later, and it is not said so
    assert "a status later" not in r.stdout and "2025-06-01 to 2025-06-15" in r.stdout, r.stdout
    assert _status(salwa) == "rescued"
    # the list and its filter read the status stored with her
    listed = json.loads(salwa("--json", "person", "list", "--status", "rescued").stdout)
    assert [p["case_no"] for p in listed] == ["SNJ-00001"], listed


def test_a_report_of_the_month_of_her_death_leaves_her_dead_and_says_so(salwa, tmp_path):
    _report(salwa, "05/12/2025", "04/12/2025", "body identified by her brother")
    assert salwa("person", "status", "SNJ-1", "deceased", "--report", "1").returncode == 0
    _report(salwa, "06/12/2025", "12/2025", "seen in Baaj")
    r = salwa("person", "status", "SNJ-1", "sighted", "--report", "2")
    assert r.returncode == 0, r.stderr
    assert "she is still 'deceased'" in r.stdout and "her death" in r.stdout, r.stdout
    assert _status(salwa) == "deceased"
    out = tmp_path / "family.pdf"
    r = salwa("dossier", "SNJ-1", "-o", str(out), "--profile", "family")
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True).stdout.decode()
    lines = [" ".join(x.split()) for x in text.splitlines() if x.strip()]
    assert "Current status deceased" in lines, lines
    timeline = lines[lines.index("Status timeline"):]
    # seen on 1-6 December, the days the report can tell of: before her death, not after it
    sighted = next(i for i, x in enumerate(timeline) if x.endswith("sighted"))
    died = next(i for i, x in enumerate(timeline) if x.endswith("deceased"))
    assert sighted < died, timeline


def test_a_sighting_of_this_month_told_by_hand_leaves_her_rescued_this_month(told_on,
                                                                              salwa_here):
    """"12/2025" typed on 7 December, after a rescue of the 6th: 1-7 December, at the 4th."""
    told_on("2025-12-06")
    assert salwa_here("rescue", "add", "--person", "SNJ-1", "--date", "06/12/2025").returncode == 0
    told_on("2025-12-07")
    r = salwa_here("person", "status", "SNJ-1", "sighted", "--date", "12/2025")
    assert r.returncode == 0, r.stderr
    assert "she is still 'rescued'" in r.stdout and "report" not in r.stdout, r.stdout
    # nothing shows the rescue came later: the sighting's days reach past it
    assert "a status later" not in r.stdout and "2025-12-01 to 2025-12-07" in r.stdout, r.stdout
    assert _status(salwa_here) == "rescued"


def test_held_again_by_hand_does_not_speak_of_a_report(salwa):
    assert salwa("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    r = salwa("person", "status", "SNJ-1", "sighted", "--date", "20/07/2025")
    assert "this makes her held again; if this is wrong, withdraw it" in r.stdout, r.stdout
    assert "report" not in r.stdout
    assert _status(salwa) == "sighted"


def test_a_report_seen_wholly_after_the_rescue_still_makes_her_held_again(salwa):
    assert salwa("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    _report(salwa, "20/07/2025", "07/2025")
    r = salwa("person", "status", "SNJ-1", "sighted", "--report", "1")
    assert "this makes her held again; if the report is wrong" in r.stdout, r.stdout
    assert _status(salwa) == "sighted"


def test_a_late_typed_older_report_stays_history(salwa):
    assert salwa("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    _report(salwa, "02/06/2025", "01/06/2025")
    r = salwa("person", "status", "SNJ-1", "sighted", "--report", "1")
    assert "she is still 'rescued'" in r.stdout, r.stdout
    assert _status(salwa) == "rescued"


def test_a_rescue_of_a_month_reported_after_her_reunion_is_counted_before_it(salwa):
    """Not of captivity, it counts by its middle: of the days the report can tell of (1-6
    December), not of the whole month, which put it after her reunion of the 5th."""
    r = salwa("rescue", "add", "--person", "SNJ-1", "--date", "01/12/2025",
              "--handover-to-family", "05/12/2025")
    assert r.returncode == 0, r.stderr
    _report(salwa, "06/12/2025", "12/2025", "freed in Raqqa")
    assert salwa("person", "status", "SNJ-1", "rescued", "--report", "1").returncode == 0
    assert _status(salwa) == "reunited"


def test_a_rescue_of_this_year_told_today_counts_by_the_days_until_today(told_on, salwa_here):
    """"2025" typed on 7 December is 1 January to 7 December: its middle is in June, not on 2
    July, and a reunion between the two stays hers."""
    r = salwa_here("rescue", "add", "--person", "SNJ-1", "--date", "01/01/2025",
                   "--handover-to-family", "01/07/2025")
    assert r.returncode == 0, r.stderr
    told_on("2025-12-07")
    r = salwa_here("person", "status", "SNJ-1", "rescued", "--date", "2025")
    assert r.returncode == 0, r.stderr
    assert _status(salwa_here) == "reunited", r.stdout


def test_a_vault_that_stored_her_held_again_by_a_month_lists_her_rescued_at_its_unlock(salwa):
    """Stored by the earlier rule (5) as "sighted", the list and its filter kept her among the
    held until her record was next saved: the first unlock chooses her status again."""
    from app.persons import STATUS_RULE_MARK
    from tests.import_helpers import reopen

    assert salwa("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    _report(salwa, "15/06/2025", "06/2025")
    assert salwa("person", "status", "SNJ-1", "sighted", "--report", "1").returncode == 0
    s = reopen(salwa.vault)
    try:
        with s.db.transaction():  # as rule 5 stored her
            s.persons.repo.set_current_status(s.persons.get("SNJ-00001").id, "sighted")
            s.meta.set(STATUS_RULE_MARK, "5")
    finally:
        s.close()
    listed = json.loads(salwa("--json", "person", "list", "--status", "rescued").stdout)
    assert [p["case_no"] for p in listed] == ["SNJ-00001"], listed


def test_her_record_saved_as_read_without_its_reports_days_is_stored_by_them(salwa):
    """A record saved as a draft or a file gives it (person_from_dict) has no day its reports
    came in: her stored status, which the list and its counts read, is chosen with them."""
    from app.domain.person import Status
    from tests.import_helpers import reopen

    r = salwa("rescue", "add", "--person", "SNJ-1", "--date", "01/12/2025",
              "--handover-to-family", "05/12/2025")
    assert r.returncode == 0, r.stderr
    _report(salwa, "06/12/2025", "12/2025", "freed in Raqqa")
    assert salwa("person", "status", "SNJ-1", "rescued", "--report", "1").returncode == 0
    s = reopen(salwa.vault)
    try:
        her = s.persons.get("SNJ-00001")
        for ev in her.status_events:
            ev.known_by = None  # as person_from_dict reads her
        her.notes = "brother called"
        s.persons.update(her)
        assert s.persons.repo.stored_statuses([her.id]) == {her.id: Status.REUNITED.value}
    finally:
        s.close()
