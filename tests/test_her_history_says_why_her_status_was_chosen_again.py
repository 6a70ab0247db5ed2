"""Her History tab said "a status told later counts, unless it is a step back along the case"
for a status stored again after `report edit --received`, and for the first unlock's choice by
the rule that a date reaches no later than its report came in: neither named the cause. Each
now says it: the day report N came in corrected; the rule of dates reaching no later than that."""

from __future__ import annotations

import json

from app.persons import STATUS_RULE_MARK
from app.set_right import SET_RIGHT
from tests.import_helpers import reopen


def _said(cli) -> list[str]:
    from ui.set_right_words import set_right_lines

    s = reopen(cli.vault)
    try:
        return [line for e in s.persons.history("SNJ-00001") if e.action == SET_RIGHT
                for line in set_right_lines(json.loads(e.detail)["set_right"], "F")]
    finally:
        s.close()


def _salwa(cli, received: str, observed: str) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--father", "Salo", "--sex", "F", "--status",
               "missing", "--status-date", "03/08/2014").returncode == 0
    r = cli("report", "add", "--person", "SNJ-1", "--text", "-", "--source", "K7", "--received",
            received, "--observed", observed, stdin="seen")
    assert r.returncode == 0, r.stderr


def test_a_received_date_corrected_is_named_in_her_history(cli, qapp):
    _salwa(cli, "06/12/2025", "12/2025")
    assert cli("person", "status", "SNJ-1", "rescued", "--report", "1").returncode == 0
    assert cli("person", "status", "SNJ-1", "sighted", "--date", "10/12/2025").returncode == 0
    assert cli("report", "edit", "1", "--received", "31/12/2025").returncode == 0
    assert _said(cli) == ["current status Rescued, where it was Sighted (the day report 1 came in "
                          "was corrected: what it tells reaches no later than that day)"]


def test_the_first_unlocks_choice_names_the_rule_of_reports_days(cli, qapp):
    _salwa(cli, "15/06/2025", "06/2025")
    assert cli("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    assert cli("person", "status", "SNJ-1", "sighted", "--report", "1").returncode == 0
    s = reopen(cli.vault)
    try:
        with s.db.transaction():  # as rule 5 stored her: sighted, by the month's middle
            s.persons.repo.set_current_status(s.persons.get("SNJ-00001").id, "sighted")
            s.meta.set(STATUS_RULE_MARK, "5")
    finally:
        s.close()
    (said,) = _said(cli)  # reopened: the first unlock under rule 6
    assert said.startswith("current status Rescued, where it was Sighted"), said
    assert "a date reaches no later than its report came in or the day it was told" in said, said
