"""An official list's own case numbers (OKA/2015/0112) in its "Case No." column are mapped as
case_no, which only ever names this vault's records: no record keeps them and search does not
find them. The dry run, the import's report and the desktop now say so, with their count and an
example; before, nothing was said and the mapping line let the lawyer think they were taken
(found by a tester). This vault's own numbers in the column are not counted."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Case No.", "Full Name", "Sex", "Village", "Status"]
SAID = ("not imported: column 'Case No.', 2 numbers that are not this vault's case numbers (such "
        "as 'OKA/2015/0112'): kept with the list's rows only, not on the records, and not found "
        "by search")


def test_another_offices_numbers_are_said_not_kept(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    path = write_csv(tmp_path / "official.csv", HEADER, [
        ["OKA/2015/0112", "Nadia Khalaf Rasho", "F", "Kocho", "Missing"],
        ["OKA/2015/0113", "Layla Qasim Khudeda", "F", "Hardan", "Missing"],
        ["", "Jihan Hajji Ali", "F", "Kocho", "Missing"]])
    dry = cli(tmp_path, "import", str(path), "--source", "Official", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert SAID in dry.stdout, dry.stdout
    done = cli(tmp_path, "--json", "import", str(path), "--source", "Official")
    assert done.returncode == 0, done.stderr
    rep = json.loads(done.stdout)
    assert {"column": "Case No.", "cells": 2, "other_numbers": "OKA/2015/0112"} \
        in rep["columns_not_imported"]
    text = cli(tmp_path, "review", "1", "--report")
    assert SAID in text.stdout, text.stdout
    # the vault's own numbers are read as case numbers, not counted
    again = write_csv(tmp_path / "family.csv", HEADER, [
        ["SNJ-00001", "Nadia Khalaf Rasho", "F", "Kocho", "Missing"],
        ["SNJ 2", "Layla Qasim Khudeda", "F", "Hardan", "Missing"]])
    dry = cli(tmp_path, "import", str(again), "--source", "Family", "--dry-run")
    assert "not this vault's case number" not in dry.stdout, dry.stdout
