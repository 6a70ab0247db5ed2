"""A person's record number is never given again: the trail names the persons of a report or
rescue by it, and the newest record deleted gave its number to the next woman, a deleted
woman's report filing then read as about her (`audit log --case`, her History tab)."""

from __future__ import annotations

import json

from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.records import Report


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _woman(given: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(latin=given)}, sex=Sex.FEMALE)


def test_the_woman_made_after_a_deletion_has_none_of_the_deleted_woman_s_entries(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    for given, father in (("Nadia", "Murad"), ("Leila", "Salo")):
        _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--text", "both seen",
        "--source", "K7", "--received", "01/12/2026")
    _ok(cli, "report", "add", "--person", "SNJ-2", "--text", "Leila seen", "--source", "Q3",
        "--received", "02/12/2026")
    _ok(cli, "person", "delete", "SNJ-2", "--reason", "entered twice", "--yes")
    _ok(cli, "person", "add", "--given", "Jihan", "--father", "Hadi", "--sex", "F")
    # Nadia's report named the deleted woman, not Jihan
    assert "SNJ-00003" not in _ok(cli, "audit", "log", "--case", "SNJ-1")
    _ok(cli, "report", "edit", "2", "--add-person", "SNJ-3")
    jihan = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-3"))
    created = next(e["seq"] for e in jihan if e["action"] == "person.create")
    filing = [e for e in jihan if e["action"] == "report.create"]
    # the filing may start her history of report 2; it was not filed about her
    assert all(e["seq"] < created for e in filing), jihan
    assert "SNJ-00003" not in _ok(cli, "audit", "log", "--case", "SNJ-3").splitlines()[0]


def test_numbers_given_one_by_one_and_many_at_once_never_come_back(session):
    persons = session.persons
    first = persons.create(_woman("Nadia"))
    last = persons.create(_woman("Leila"))
    persons.delete(last.case_no, reason="entered twice")
    again = persons.create(_woman("Jihan"))
    assert again.id > last.id
    persons.delete(again.case_no, reason="entered twice")
    many = persons.create_many([_woman("Vian"), _woman("Amira")])
    ids = [persons.get(c).id for c in many]
    assert min(ids) > again.id > first.id, ids


def test_a_vault_without_the_mark_takes_it_from_the_numbers_its_trail_names(session):
    """A vault written before the mark: the deleted newest number its trail names stays hers."""
    persons = session.persons
    persons.create(_woman("Nadia"))
    leila = persons.create(_woman("Leila"))
    session.records.add_report(Report(text="Leila seen", source_code="Q3",
                                      person_ids=[leila.id]))
    persons.delete(leila.case_no, reason="entered twice")
    session.meta.delete("persons_id_high")
    assert persons.create(_woman("Jihan")).id > leila.id
