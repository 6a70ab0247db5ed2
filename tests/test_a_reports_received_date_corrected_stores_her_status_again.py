"""A report's received date corrected changed her status on her page (what it tells reaches no
later than the day it came in) but not the status stored with her, which the list, its filters
and counts read: `report edit --received` chooses it again, says so and keeps it in her history."""

from __future__ import annotations

import json


def _listed(cli, status: str) -> list[str]:
    return [p["case_no"] for p in json.loads(cli("--json", "person", "list", "--status",
                                                 status).stdout)]


def test_the_list_reads_her_status_as_her_page_does_after_the_correction(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--father", "Salo", "--sex", "F", "--status",
               "missing", "--status-date", "03/08/2014").returncode == 0
    r = cli("report", "add", "--person", "SNJ-1", "--text", "-", "--source", "K7", "--received",
            "06/12/2025", "--observed", "12/2025", stdin="freed in Raqqa")
    assert r.returncode == 0, r.stderr
    assert cli("person", "status", "SNJ-1", "rescued", "--report", "1").returncode == 0
    # the rescue reaches 1-6 December: a sighting of the 10th makes her held again
    assert cli("person", "status", "SNJ-1", "sighted", "--date", "10/12/2025").returncode == 0
    assert _listed(cli, "sighted") == ["SNJ-00001"]

    r = cli("report", "edit", "1", "--received", "31/12/2025")
    assert r.returncode == 0, r.stderr
    assert "SNJ-00001 is now rescued (was sighted)" in r.stdout, r.stdout
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["current_status"]
    assert shown == "rescued"
    assert _listed(cli, "rescued") == ["SNJ-00001"] and _listed(cli, "sighted") == []
    trail = cli("--json", "audit", "log", "--case", "SNJ-00001")
    # her history names the cause (tests/test_her_history_says_why_her_status_was_chosen_again)
    assert '"report_received"' in trail.stdout and '"status_rule"' not in trail.stdout, trail.stdout
