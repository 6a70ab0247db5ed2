"""Linking two relatives a second time, and adding a record from the file `person show --json`
printed of it, were refused by the database itself: "the vault database reported an error:
UNIQUE constraint failed: relatives..." (exit 9). Said now in words, exit 2, nothing changed."""

from __future__ import annotations

import json


def _two_sisters(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Layla"):
        assert cli("person", "add", "--given", given, "--father", "Murad", "--sex", "F"
                   ).returncode == 0


def test_a_relative_linked_again_is_said_linked_already(cli):
    _two_sisters(cli)
    assert cli("relative", "SNJ-00001", "sister", "SNJ-00002").returncode == 0
    done = cli("relative", "SNJ-00001", "sister", "SNJ-00002")
    assert done.returncode == 2, done.stderr
    assert "SNJ-00001 and SNJ-00002 are linked so already" in done.stderr
    assert "UNIQUE" not in done.stderr
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert len(shown["relatives"]) == 1


def test_a_record_added_from_its_own_file_is_said_held_already(cli, tmp_path):
    _two_sisters(cli)
    copy = tmp_path / "nadia.json"
    copy.write_text(cli("--json", "person", "show", "SNJ-00001").stdout, encoding="utf-8")
    done = cli("person", "add", "--from-json", str(copy))
    assert done.returncode == 2, done.stderr
    assert "this record is SNJ-00001 of this vault already (the same record id): nothing was " \
           "added" in done.stderr
    assert len(json.loads(cli("--json", "person", "list").stdout)) == 2
