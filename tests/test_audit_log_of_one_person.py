"""`audit log --case` gives everything the trail holds about her: her own entries, the reports
and rescues that concern her, and links another record made to her; a deleted woman's own
entries stay readable."""

from __future__ import annotations

import json


def _log(cli, case_no: str) -> list[dict]:
    r = cli("--json", "audit", "log", "--case", case_no)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_her_log_holds_the_reports_rescues_and_links_about_her(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Samira", "Hadiya", "Layla"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen in Raqqa",
               "--source", "R-1").returncode == 0
    assert cli("report", "add", "--person", "SNJ-00003", "--text", "seen in Mosul").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2019",
               "--cost", "500:USD").returncode == 0
    assert cli("relative", "SNJ-00002", "child", "SNJ-00001").returncode == 0
    got = [(e["action"], e["ref"]) for e in _log(cli, "SNJ-00001")]
    assert ("report.create", "1") in got and ("rescue.create", "1") in got
    assert ("person.relative", "SNJ-00002") in got
    assert ("report.create", "2") not in got  # Layla's report is not about her
    assert [e["seq"] for e in _log(cli, "SNJ-00001")] == sorted(
        e["seq"] for e in _log(cli, "SNJ-00001"))
    assert cli("person", "delete", "SNJ-00002", "--reason", "entered twice", "--yes").returncode == 0
    gone = [e["action"] for e in _log(cli, "SNJ-00002")]
    assert gone[0] == "person.create" and gone[-1] == "person.delete"
