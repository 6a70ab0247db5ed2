"""`report edit --remove-person A --add-person B` (after A's status on it is withdrawn) says
that the status the report told stays behind and gives the command that tells it on B: it
said only "it is about B now", and the sighting stayed off B until someone thought to type it
again (a rescue moved carries its statuses by itself)."""

from __future__ import annotations

import json
import shlex


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _filed_under_the_wrong_woman(cli, *told: str) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Vian", "--father", "Khalil", "--sex", "F",
        "--status", "missing", "--status-date", "03/08/2014")
    _ok(cli, "person", "add", "--given", "Vian", "--father", "Salo", "--sex", "F",
        "--status", "missing", "--status-date", "15/08/2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "moved to Deir ez-Zor",
        "--source", "K7", "--received", "01/12/2026", "--observed", "30/11/2026")
    _ok(cli, "person", "status", "SNJ-1", "sighted", "--report", "1", *told)
    _ok(cli, "person", "status-withdraw", "SNJ-1", "sighted", "--reason", "another woman")


def test_the_move_says_the_sighting_stays_behind_and_how_to_tell_it_on_her(cli):
    _filed_under_the_wrong_woman(cli)
    said = _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-1", "--add-person", "SNJ-2")
    command = "casekeeper person status SNJ-00002 sighted --report 1"
    assert ("SNJ-00001's status sighted, told on report 1, stays behind" in said
            and said.rstrip().endswith(command)), said
    _ok(cli, *shlex.split(command)[1:])  # the command as given, run
    her = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00002"))
    assert her["current_status"] == "sighted", her["status_events"]
    sighted = [e for e in her["status_events"] if e["status"] == "sighted"]
    assert [(e["report_id"], e["date"]["text"]) for e in sighted] == [(1, "30/11/2026")], sighted


def test_a_status_told_with_a_date_of_its_own_is_given_with_it(cli):
    _filed_under_the_wrong_woman(cli, "--date", "29/11/2026")
    said = json.loads(_ok(cli, "--json", "report", "edit", "1", "--remove-person", "SNJ-1",
                          "--add-person", "SNJ-2"))
    assert said["statuses_left_behind"] == [{
        "taken_off": "SNJ-00001", "status": "sighted", "date": "29/11/2026",
        "commands": ["casekeeper person status SNJ-00002 sighted --report 1 "
                     "--date 29/11/2026"]}], said


def test_nothing_is_said_of_a_report_that_told_no_status(cli):
    _filed_under_the_wrong_woman(cli)
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "seen", "--received", "02/12/2026")
    said = _ok(cli, "report", "edit", "2", "--remove-person", "SNJ-1", "--add-person", "SNJ-2")
    assert "stays behind" not in said and "person status" not in said, said
