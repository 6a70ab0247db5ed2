"""The audit log says a ledger change line by line ('15,000 USD, 5,000 IQD') and a person taken
off a report without an empty 'added:': it printed 'Report changed — added: ; changed: persons;
...' and 'Rescue ledger changed — now: 15000, USD, 5000, UDS, ...', amounts and currencies run
together (a tester found). The command line's log and the desktop's Audit screen say a ledger
line with one function (app/ledger.line_said), who was paid and what for where an entry of an
earlier version kept them (the desktop says amounts only: a payee is often the informant)."""

from __future__ import annotations

import json

from app.audit_words import detail_said
from tests.import_helpers import cli


def _log(tmp_path) -> list[str]:
    out = cli(tmp_path, "audit", "log")
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_the_log_says_only_what_a_change_did_and_each_ledger_line(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    for given in ("Nadia", "Khalida"):
        assert cli(tmp_path, "person", "add", "--given", given, "--sex", "F").returncode == 0
    for args in (("report", "add", "--person", "SNJ-1", "--source", "K7", "--received",
                  "23/11/2026", "--text", "seen"),
                 ("report", "edit", "1", "--add-person", "SNJ-2"),
                 ("report", "edit", "1", "--remove-person", "SNJ-2"),
                 ("rescue", "add", "--person", "SNJ-1", "--date", "2025", "--cost",
                  "15000:USD:M-4:ransom", "--cost", "1500000:IQD"),
                 ("rescue", "edit", "1", "--add-cost", "800:USD:driver D-2:transport"),
                 ("rescue", "add", "--person", "SNJ-2", "--status", "none"),
                 ("rescue", "edit", "2", "--add-cost", "100:USD")):
        out = cli(tmp_path, *args)
        assert out.returncode == 0, (args, out.stderr)
    lines = _log(tmp_path)
    changed = [x.split("\u2014 ", 1)[1] for x in lines if "Report changed" in x]
    assert changed == ["added: SNJ-00002; changed: persons; persons: SNJ-00001, SNJ-00002",
                       "changed: persons; persons: SNJ-00001; removed: SNJ-00002"], changed
    [created] = [x for x in lines if "rescue 1  Rescue recorded" in x]
    assert "costs: 15,000 USD, 1,500,000 IQD" in created, created
    ledger = [x.split("\u2014 ", 1)[1] for x in lines if "Rescue ledger changed" in x]
    assert ledger == ["now: 15,000 USD, 1,500,000 IQD, 800 USD; was: 15,000 USD, 1,500,000 IQD",
                      "now: 100 USD; was: none"], ledger


def test_a_ledger_line_an_earlier_version_kept_whole_is_said_alike_on_both(qapp):
    from ui.history_words import history_entry
    detail = {"now": [["15000", "USD", "M-4", "second"], ["800", "USD", "", ""]],
              "was": [["15000", "USD", "M-4", ""]]}
    said = "now: 15,000 USD (M-4, second), 800 USD; was: 15,000 USD (M-4)"
    assert detail_said(detail, {}, "rescue.costs") == said
    _, desktop, _ = history_entry("rescue.costs", json.dumps(detail))
    assert desktop.startswith("ledger now: 15,000 USD, 800 USD; was: 15,000 USD"), desktop
    assert "M-4" not in desktop, desktop


def test_the_audit_screen_says_a_person_taken_off_with_no_empty_part(qapp):
    from ui.history_words import history_entry
    detail = {"changed": ["persons"], "persons": [1], "added": [], "removed": [2]}
    _, desktop, _ = history_entry("report.edit", json.dumps(detail),
                                  case_nos={1: "SNJ-00001", 2: "SNJ-00002"})
    assert "added" not in desktop and "taken off: SNJ-00002" in desktop.replace(
        "\u2066", "").replace("\u2069", ""), desktop
