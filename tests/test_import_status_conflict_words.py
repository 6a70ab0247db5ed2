"""A status the vault did not take, said once: a list's own word that is only the status's own
word ('located', 'Located') is not quoted after it again; one that says more stays."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
from app.importing.report import report_text
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

HEADER = ["Name", "Father", "Grandfather", "Family", "Status"]
NADIA = ["Nadia", "Basi", "Taha", "Haskani"]


def _nadia(s, status: Status) -> str:
    return s.persons.create(Person(
        names={NamePart.GIVEN: NameText("", "Nadia"), NamePart.FATHER: NameText("", "Basi"),
               NamePart.GRANDFATHER: NameText("", "Taha"),
               NamePart.FAMILY: NameText("", "Haskani")},
        status_events=[StatusEvent(status)])).case_no


def _imported(s, path):
    svc = ImportService(s)
    plan = svc.prepare(str(path))
    return svc.import_at_once(plan, svc.stage_rows(plan))


@pytest.mark.parametrize("cell, kept, listed", [
    ("located", Status.RESCUED, "located"),
    ("Located", Status.RESCUED, "located"),
    ("  LOCATED ", Status.RESCUED, "located"),
    ("missing", Status.RESCUED, "missing"),
    ("In negotiation", Status.RESCUED, "in_negotiation"),
    # the list's word says more: its own words, or a date, are kept
    ("محررة", Status.REUNITED, "rescued «محررة»"),
    ("located 2016", Status.RESCUED, "located, 2016 «located 2016»"),
    ("found in Raqqa", Status.RESCUED, "located «found in Raqqa»"),
])
def test_a_status_the_vault_did_not_take_quotes_the_lists_word_only_when_it_says_more(
        tmp_path, cell, kept, listed):
    """"status: vault keeps 'rescued', list says 'located «located»'" said the word twice."""
    s = new_vault(tmp_path / "vault")
    try:
        case_no = _nadia(s, kept)
        report = _imported(s, write_csv(tmp_path / "list.csv", HEADER, [[*NADIA, cell]]))
        (c,) = report["conflicts"]
        assert (c["case_no"], c["vault"], c["list"]) == (case_no, kept.value, listed)
        assert (f"status: vault keeps '{kept.value}', list says '{listed}'"
                in report_text(report))
    finally:
        s.close()


def test_a_conflict_noted_before_with_the_word_repeated_is_not_noted_again(tmp_path):
    """A vault whose earlier import noted 'located «located»' is told the same by the next
    version of the list: the same conflict, noted once, shown once on her page."""
    import json
    s = new_vault(tmp_path / "vault")
    try:
        case_no = _nadia(s, Status.RESCUED)
        svc = ImportService(s)
        first = _imported(s, write_csv(tmp_path / "v1.csv", HEADER, [[*NADIA, "located"]]))
        # as an import before this change wrote its report
        old = {**first, "conflicts": [{**c, "list": "located «located»"}
                                      for c in first["conflicts"]]}
        with svc.db.transaction():
            svc.repo.finish_batch(first["batch"], "committed", json.dumps(old, ensure_ascii=False),
                                  first["committed_at"])
        second = _imported(s, write_csv(tmp_path / "v2.csv", HEADER, [[*NADIA, "Located"]]))
        assert second["conflicts"] == [] and len(second["conflicts_noted_before"]) == 1
        assert len(svc.conflicts_about([case_no])) == 1
    finally:
        s.close()


def test_a_death_a_list_gives_is_noted_with_the_command_that_sets_it(tmp_path):
    """A family's list says she died: the import notes it and never sets it, and the report says
    how to set it if it is so, with her case number and the list's status (found by a tester
    who saw only the conflict and did not know what to do with it)."""
    s = new_vault(tmp_path / "vault")
    try:
        case_no = _nadia(s, Status.MISSING)
        report = _imported(s, write_csv(tmp_path / "list.csv", HEADER, [[*NADIA, "متوفية"]]))
        (c,) = report["conflicts"]
        assert (c["field"], c["list_status"]) == ("status", "deceased")
        text = report_text(report)
        assert ("a status a list gives against the vault's is noted, never set by an import: if "
                "it is so, set it on the person's page or with "
                f"`casekeeper person status {case_no} deceased --date DATE`") in text, text
        assert s.persons.get(case_no).current_status is Status.MISSING
        plain = _imported(s, write_csv(tmp_path / "same.csv", HEADER, [[*NADIA, "missing"]]))
        assert "a status a list gives" not in report_text(plain)
    finally:
        s.close()
