"""`casekeeper audit log` says each entry in words, as the desktop's Audit screen does: what
was done, the record, and its detail on one line with persons by their case numbers. It
printed 'rescue.create 1 {"persons": [1, 2], ...}': action codes, record numbers and raw JSON."""

import json

from tests.import_helpers import cli


def _log(tmp_path, *args) -> list[str]:
    out = cli(tmp_path, "audit", "log", *args)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def _vault(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    for given in ("Nadia", "Layla", "Vian"):
        out = cli(tmp_path, "person", "add", "--given", given, "--father", "Murad",
                  "--sex", "F")
        assert out.returncode == 0, out.stderr
    assert cli(tmp_path, "person", "status", "SNJ-00002", "missing",
               "--date", "2014-08-03").returncode == 0


def test_entries_are_said_in_words_with_case_numbers(tmp_path):
    _vault(tmp_path)
    lines = _log(tmp_path)
    created = [x for x in lines if "person SNJ-00001" in x]
    assert created and "person SNJ-00001  Record created \u2014 via: cli" in created[0], created
    status = next(x for x in lines if "person SNJ-00002" in x and "Status" in x)
    assert "Status changed to missing" in status and "date: 2014-08-03" in status, status
    assert "person.status" not in status and "{" not in status
    assert any(x.endswith("vault  Vault unlocked \u2014 with: passphrase") for x in lines)


def test_persons_a_record_names_are_said_by_case_number_and_a_deleted_one_as_such(tmp_path):
    _vault(tmp_path)
    # a rescue naming two persons: the log said their record numbers [1, 3]
    out = cli(tmp_path, "rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00003",
              "--date", "2019-03-01")
    assert out.returncode == 0, out.stderr
    rescue = next(x for x in _log(tmp_path) if "Rescue recorded" in x)
    assert "persons: SNJ-00001, SNJ-00003" in rescue, rescue
    out = cli(tmp_path, "person", "delete", "SNJ-00003", "--yes")
    assert out.returncode == 0, out.stderr
    rescue = next(x for x in _log(tmp_path, "--limit", "200") if "Rescue recorded" in x)
    assert "persons: SNJ-00001, a person since deleted (record 3)" in rescue, rescue


def test_json_keeps_the_entry_as_stored(tmp_path):
    _vault(tmp_path)
    out = cli(tmp_path, "--json", "audit", "log", "--case", "SNJ-00002")
    entries = json.loads(out.stdout)
    status = next(e for e in entries if e["action"] == "person.status")
    assert status["detail"]["status"] == "missing" and status["ref"] == "SNJ-00002"
