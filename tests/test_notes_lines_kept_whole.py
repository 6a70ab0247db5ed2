"""Her notes are kept line by line: a list's note is "already noted" only where a line of hers says
it whole ("killed" is news beside "rumoured killed in 2017, not confirmed"), and split takes back
the merged record's account wherever it still stands, also with a line written after it. Real
vaults, real csv files, the real command line."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Notes"]
NADIA = ["Nadia", "Basi", "Taha", "Haskani", "Kocho"]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _person(tmp_path, case_no: str) -> dict:
    return json.loads(_ok(tmp_path, "--json", "person", "show", case_no).stdout)


def _import_note(tmp_path, name: str, note: str) -> None:
    lst = write_csv(tmp_path / name, HEADER, [[*NADIA, note]])
    _ok(tmp_path, "import", str(lst), "--source", name, "--yes")


def test_a_note_held_inside_a_longer_line_of_hers_is_added(tmp_path):
    _ok(tmp_path, "init")
    _import_note(tmp_path, "family.csv", "rumoured killed in 2017, not confirmed")
    _import_note(tmp_path, "ngo.csv", "killed")
    notes = _person(tmp_path, "SNJ-00001")["notes"].split("\n")
    assert notes[0] == "rumoured killed in 2017, not confirmed"
    assert len(notes) == 2 and notes[1].endswith("] killed")


def test_the_same_note_with_other_capitals_and_commas_is_not_added_twice(tmp_path):
    _ok(tmp_path, "init")
    _import_note(tmp_path, "family.csv", "has two children")
    _import_note(tmp_path, "ngo.csv", "seen in Raqqa 2016")
    _import_note(tmp_path, "police.csv", "Seen in Raqqa, 2016")
    assert len(_person(tmp_path, "SNJ-00001")["notes"].split("\n")) == 2


def test_split_takes_back_the_merged_account_with_a_line_written_after_it(tmp_path):
    _ok(tmp_path, "init")
    keep = json.loads(_ok(tmp_path, "--json", "person", "add", "--given", "Nadia", "--father",
                          "Basi", "--notes", "aunt in Zakho knows").stdout)["case_no"]
    other = json.loads(_ok(tmp_path, "--json", "person", "add", "--given", "Nadia", "--father",
                           "Basi", "--notes", "held in Tal Afar 2015").stdout)["case_no"]
    _ok(tmp_path, "merge", keep, other)
    merged = _person(tmp_path, keep)["notes"]
    assert f"[{other}] held in Tal Afar 2015" in merged
    _ok(tmp_path, "person", "edit", keep, "--notes", merged + "\nphoned her aunt in 2020")
    _ok(tmp_path, "split", other)
    assert _person(tmp_path, keep)["notes"] == "aunt in Zakho knows\nphoned her aunt in 2020"
