"""With --json an error is JSON on stdout too ({"error", "exit_code"}), besides its one line
on stderr: a script reading the output of `--json import` found nothing there when the list
was refused, only the exit code."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv


def test_a_refused_import_and_an_unknown_case_say_so_in_json(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    lst = write_csv(tmp_path / "odd.csv", ["Name"], [])
    r = cli(tmp_path, "--json", "import", str(lst), "--dry-run")
    assert r.returncode != 0
    said = json.loads(r.stdout)
    assert said["exit_code"] == r.returncode and said["error"] in r.stderr
    r = cli(tmp_path, "--json", "person", "show", "SNJ-09999")
    assert r.returncode == 5 and json.loads(r.stdout) == {
        "error": "no person with case number SNJ-09999", "exit_code": 5}
    r = cli(tmp_path, "person", "show", "SNJ-09999")  # without --json: the line alone
    assert r.returncode == 5 and r.stdout == "" and "SNJ-09999" in r.stderr
