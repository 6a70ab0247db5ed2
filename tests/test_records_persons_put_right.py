"""A report or a rescue filed under the wrong woman is put right: a person added or taken off
(`--add-person`, `--remove-person`), a report deleted; refused while a status rests on it,
all or nothing, and in the audit trail."""

from __future__ import annotations

import json

import pytest

from app.vault import open_vault
from db.database import DB_FILE
from tests.built_once import built_once
from tests.conftest import PASSPHRASE
from tests.pagescan import pages_holding


@pytest.fixture
@built_once
def three(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Layla", "Samira"):
        assert cli("person", "add", "--given", given, "--father", "Khalil", "--sex", "F",
                   "--status", "missing", "--status-date", "03/08/2014").returncode == 0
    return cli


def _report(cli, *persons: str, text: str = "seen in Mosul") -> int:
    args = [a for p in persons for a in ("--person", p)]
    done = cli("--json", "report", "add", *args, "--text", text, "--observed", "2019",
               "--received", "2019")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["report_id"]


def _about(cli, rid: int) -> list[str]:
    reports = json.loads(cli("--json", "report", "list").stdout)
    return next(r["persons"] for r in reports if r["id"] == rid)


def _status(cli, case: str) -> str:
    return next(p["status"] for p in json.loads(cli("--json", "person", "list").stdout)
                if p["case_no"] == case)


def test_a_report_filed_under_the_wrong_woman_is_moved_to_the_right_one(three):
    rid = _report(three, "SNJ-00001")
    done = three("report", "edit", str(rid), "--remove-person", "SNJ-00001", "--add-person",
                 "SNJ-00002")
    assert done.returncode == 0, done.stderr
    assert "it is about SNJ-00002 Layla Khalil now" in done.stdout
    assert _about(three, rid) == ["SNJ-00002"]
    shown = json.loads(three("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["reports"] == []


@pytest.mark.parametrize("args, said", [
    (["--remove-person", "SNJ-00003"], "report 1 is not about SNJ-00003 (it is about SNJ-00001)"),
    (["--remove-person", "SNJ-00001"], "report 1 would be about no one"),
    (["--add-person", "SNJ-00001"], "report 1 is already about SNJ-00001"),
    (["--add-person", "SNJ-00404"], "no person with case number SNJ-00404"),
])
def test_a_change_that_cannot_be_is_refused_and_nothing_changes(three, args, said):
    rid = _report(three, "SNJ-00001")
    done = three("report", "edit", str(rid), "--text", "changed text", *args)
    assert done.returncode != 0
    assert said in done.stderr
    assert _about(three, rid) == ["SNJ-00001"]
    listed = json.loads(three("--json", "report", "list").stdout)[0]
    assert listed["text"] == "seen in Mosul"  # the text given with it did not change either


def test_a_person_added_must_have_been_taken_before_she_was_seen(three):
    assert three("person", "edit", "SNJ-00003", "--abducted", "2020").returncode == 0
    rid = _report(three, "SNJ-00001")
    done = three("report", "edit", str(rid), "--add-person", "SNJ-00003")
    assert done.returncode != 0 and "SNJ-00003 was taken on 2020" in done.stderr
    assert _about(three, rid) == ["SNJ-00001"]


def test_a_status_resting_on_the_report_must_be_withdrawn_before_she_is_taken_off(three):
    rid = _report(three, "SNJ-00001", "SNJ-00002")
    assert three("person", "status", "SNJ-00002", "sighted", "--date", "2019", "--report",
                 str(rid)).returncode == 0
    done = three("report", "edit", str(rid), "--remove-person", "SNJ-00002")
    assert done.returncode != 0
    assert ("SNJ-00002's status sighted of 2019 rests on report 1 (to withdraw it: casekeeper "
            "person status-withdraw SNJ-00002 sighted --date 2019 --reason ...)") in done.stderr
    assert _about(three, rid) == ["SNJ-00001", "SNJ-00002"]
    # the other woman, on whom nothing rests, can be taken off
    assert three("report", "edit", str(rid), "--remove-person", "SNJ-00001").returncode == 0
    assert three("person", "status-withdraw", "SNJ-00002", "sighted", "--date", "2019",
                 "--reason", "another woman").returncode == 0
    assert three("report", "edit", str(rid), "--remove-person", "SNJ-00002", "--add-person",
                 "SNJ-00003").returncode == 0
    assert _about(three, rid) == ["SNJ-00003"]


def test_a_record_merged_into_hers_is_taken_off_by_her_case_number(three):
    rid = _report(three, "SNJ-00003")
    assert three("merge", "SNJ-00002", "SNJ-00003", "--despite-contradiction").returncode == 0
    assert _about(three, rid) == ["SNJ-00002"]
    done = three("report", "edit", str(rid), "--add-person", "SNJ-00001", "--remove-person",
                 "SNJ-00002")
    assert done.returncode == 0, done.stderr
    assert _about(three, rid) == ["SNJ-00001"]


def test_a_report_is_deleted_only_when_meant_and_nothing_rests_on_it(three):
    rid = _report(three, "SNJ-00001", text="told by Qqdilshadq at the old market")
    kept = _report(three, "SNJ-00002", text="another report")
    assert three("person", "status", "SNJ-00001", "sighted", "--date", "2019", "--report",
                 str(rid)).returncode == 0
    done = three("report", "delete", str(rid), "--yes")
    assert done.returncode != 0 and "rests on report 1" in done.stderr
    assert three("person", "status-withdraw", "SNJ-00001", "sighted", "--reason",
                 "wrong").returncode == 0
    no = three("report", "delete", str(rid))  # not a terminal: nothing without --yes
    assert no.returncode != 0 and "nothing deleted" in no.stderr
    done = three("report", "delete", str(rid), "--yes", "--reason", "filed in error")
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in json.loads(three("--json", "report", "list").stdout)] == [kept]
    assert three("report", "edit", str(rid), "--text", "x").returncode != 0
    s = open_vault(three.vault, PASSPHRASE)
    try:
        entry = s.audit.newest(5, None).rows
        deleted = next(r for r in entry if r.action == "report.delete")
        assert json.loads(deleted.detail)["reason"] == "filed in error"
        assert "Qqdilshadq" not in deleted.detail
        key = s.data_key
    finally:
        s.close()
    assert pages_holding(three.vault / DB_FILE, key, b"Qqdilshadq") == []


def test_a_rescue_gives_its_status_to_a_person_added_and_takes_it_from_one_taken_off(three):
    done = three("rescue", "add", "--person", "SNJ-00001", "--date", "2020-01-05")
    assert done.returncode == 0, done.stderr
    assert _status(three, "SNJ-00001") == "rescued"
    done = three("rescue", "edit", "1", "--add-person", "SNJ-00003", "--remove-person",
                 "SNJ-00001")
    assert done.returncode == 0, done.stderr
    assert "SNJ-00003 is now rescued" in done.stdout
    assert "SNJ-00001 taken off; she is now missing" in done.stdout
    assert _status(three, "SNJ-00001") == "missing"
    assert _status(three, "SNJ-00003") == "rescued"
    shown = json.loads(three("--json", "rescue", "show", "1").stdout)
    assert shown["persons"] == ["SNJ-00003"]


def test_the_audit_screen_says_who_was_added_and_taken_off(three, qapp):
    from ui.history_words import history_entry

    rid = _report(three, "SNJ-00001")
    assert three("report", "edit", str(rid), "--remove-person", "SNJ-00001", "--add-person",
                 "SNJ-00002").returncode == 0
    s = open_vault(three.vault, PASSPHRASE)
    try:
        row = next(r for r in s.audit.newest(5, None).rows if r.action == "report.edit")
        cases = s.persons.case_numbers([1, 2])
    finally:
        s.close()
    action, said, _raw = history_entry(row.action, row.detail, case_nos=cases)
    assert action == "Report changed"
    assert "added: SNJ-00002" in said and "taken off: SNJ-00001" in said
    assert "changed: persons" in said
