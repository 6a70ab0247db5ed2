"""A contact, photo or relative link added under the number of a record merged into another
(Nadia SNJ-00002 merged into Layla SNJ-00001 by mistake, then `contact SNJ-00002 ...` from her
family's paper) is Nadia's record's: the split gives it back to her, her deletion takes it, and
the number it was added under changes or removes it. It was stored on Layla's record: after the
split Layla kept Nadia's photo, her uncle's number and her brother, and kept them after Nadia
was deleted to protect her; `contact SNJ-00002 --change 1` found no contact 1."""

from __future__ import annotations

import json

from PIL import Image


def _ok(cli, *args: str) -> str:
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _added_under_her_merged_number(cli, tmp_path) -> None:
    """Layla SNJ-00001, Nadia SNJ-00002 merged into her, Khalil SNJ-00003; then Nadia's uncle,
    photo and brother added under SNJ-00002."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, family, sex in (("Layla", "Khalaf", "F"), ("Nadia", "Murad", "F"),
                               ("Khalil", "Murad", "M")):
        _ok(cli, "person", "add", "--given", given, "--family", family, "--sex", sex)
    _ok(cli, "merge", "SNJ-1", "SNJ-2", "--despite-contradiction")
    _ok(cli, "contact", "SNJ-2", "--name", "Nadia's uncle", "--phone", "07501234567")
    Image.new("RGB", (8, 8)).save(tmp_path / "nadia.png")
    _ok(cli, "photo", "SNJ-2", str(tmp_path / "nadia.png"), "--caption", "Nadia")
    _ok(cli, "relative", "SNJ-2", "sibling", "SNJ-3")


def _held(cli, case_no: str) -> tuple[list, list, list]:
    shown = json.loads(_ok(cli, "--json", "person", "show", case_no))
    return ([c["name"] for c in shown["family_contacts"]],
            [p["caption"] for p in shown["photos"]],
            [(r["relation"], r["case_no"]) for r in shown["relatives"]])


def test_the_split_gives_it_back_to_her(cli, tmp_path):
    _added_under_her_merged_number(cli, tmp_path)
    # shown under Layla's record while the two are one
    assert _held(cli, "SNJ-00001") == (["Nadia's uncle"], ["Nadia"],
                                       [("sibling", "SNJ-00003")])
    _ok(cli, "split", "SNJ-2")
    assert _held(cli, "SNJ-00001") == ([], [], [])
    assert _held(cli, "SNJ-00002") == (["Nadia's uncle"], ["Nadia"],
                                       [("sibling", "SNJ-00003")])


def test_her_deletion_after_the_split_takes_it(cli, tmp_path):
    _added_under_her_merged_number(cli, tmp_path)
    _ok(cli, "split", "SNJ-2")
    _ok(cli, "person", "delete", "SNJ-2", "--yes", "--reason", "protect her")
    assert _held(cli, "SNJ-00001") == ([], [], [])
    assert _held(cli, "SNJ-00003") == ([], [], [])
    # Layla's trail holds no entry of what was added under Nadia's number
    history = _ok(cli, "audit", "log", "--case", "SNJ-00001")
    assert "Family contact added" not in history and "Photo added" not in history


def test_the_number_it_was_added_under_changes_and_removes_it(cli, tmp_path):
    _added_under_her_merged_number(cli, tmp_path)
    assert "contact 1 changed" in _ok(cli, "contact", "SNJ-2", "--change", "1", "--phone",
                                      "07509999999")
    assert "no longer linked" in _ok(cli, "relative", "remove", "SNJ-2", "SNJ-3", "--yes")
    assert _held(cli, "SNJ-00001")[2] == []


def test_neither_of_her_numbers_is_her_own_relative(cli, tmp_path):
    _added_under_her_merged_number(cli, tmp_path)
    for args in (("SNJ-2", "sibling", "SNJ-1"), ("SNJ-1", "sibling", "SNJ-2")):
        done = cli("relative", *args)
        assert done.returncode != 0 and "cannot be their own relative" in done.stderr
