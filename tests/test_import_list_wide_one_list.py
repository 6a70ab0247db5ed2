"""What a user says of everyone a list adds is about that list alone: the sender's next list
is not given it without being asked (only told what was said last time); and a row whose own
sex or status cell holds text is not given it. (Given however a row is decided:
test_import_list_wide_given_however_decided.py.)"""

from __future__ import annotations

import json

from app.domain.person import NamePart, Sex, Status
from tests.import_helpers import cli, new_vault, reopen, write_csv


def _people(tmp_path) -> dict:
    s = reopen(tmp_path / "vault")
    try:
        return {p.names[NamePart.GIVEN].latin: p for p in s.persons.iter_all()}
    finally:
        s.close()


def test_the_senders_next_list_is_not_given_what_was_said_of_the_last_one(tmp_path):
    new_vault(tmp_path / "vault").close()
    first = write_csv(tmp_path / "a.csv", ["Name", "Father"], [["Nadia", "Murad"]])
    r = cli(tmp_path, "import", str(first), "--source", "NGO Duhok",
            "--new-sex", "female", "--new-status", "missing")
    assert r.returncode == 0, r.stderr
    later = write_csv(tmp_path / "d.csv", ["Name", "Father"], [["سعيد", "خلف"]])
    r = cli(tmp_path, "import", str(later), "--source", "NGO Duhok")
    assert r.returncode == 0, r.stderr
    assert ("NOTE: the last list from 'NGO Duhok' was said to add everyone as sex female, "
            "status missing; not given to this list") in r.stdout
    assert "--new-sex female --new-status missing says so again" in r.stdout
    said = next(p for n, p in _people(tmp_path).items() if n != "Nadia")
    assert said.sex is Sex.UNKNOWN and said.status_events == []
    # what the last list was said to be stays told by `mappings show` until a list says else
    shown = json.loads(cli(tmp_path, "mappings", "show", "NGO Duhok").stdout)
    assert "new_persons" not in shown


def test_a_row_whose_cell_holds_text_is_not_given_the_lists_word_for_it(tmp_path):
    new_vault(tmp_path / "vault").close()
    path = write_csv(tmp_path / "family.csv", ["Name", "Father", "Sex", "Status"],
                     [["Nadia", "Murad", "", ""], ["Jilan", "Khalaf", "", "?? ask uncle"],
                      ["Vian", "Haji", "xx", ""]])
    dry = cli(tmp_path, "import", str(path), "--new-sex", "female", "--new-status", "missing",
              "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "status not given to 1 whose status cell says something not read" in dry.stdout
    assert "her cell '?? ask uncle' was not read as a status" in dry.stdout
    r = cli(tmp_path, "import", str(path), "--new-sex", "female", "--new-status", "missing")
    assert r.returncode == 0, r.stderr
    assert "status not given to 1 new person(s) whose row's status cell" in r.stdout
    people = _people(tmp_path)
    assert people["Nadia"].current_status is Status.MISSING
    assert people["Jilan"].sex is Sex.FEMALE and people["Jilan"].status_events == []
    assert people["Vian"].sex is Sex.UNKNOWN
    assert people["Vian"].current_status is Status.MISSING
