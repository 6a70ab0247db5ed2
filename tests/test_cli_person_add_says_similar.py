"""`person add` saves the person whatever she resembles, then says on stderr which records she
may already be (best first, at most five, with score and why) and how to compare, merge or keep
them apart; --json gives them as "similar". A record decided not the same is not named."""

from __future__ import annotations

import json

from app.domain.person import NamePart, NameText, Person, Sex

NADIYA = ["--given", "Nadiya", "--father", "Xelef", "--sex", "F", "--village", "Koço",
          "--status", "missing"]


def _add(cli, *args: str) -> str:
    r = cli("person", "add", *args)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_a_person_added_again_is_saved_and_the_known_record_named(cli):
    """Testers added Nadiya Xelef and got SNJ-00003 without a word, though SNJ-00001 holds
    Nadiya Xelef Hesen of Koço (0.90 in `duplicates`, only later)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert _add(cli, "--given", "Nadiya", "--father", "Xelef", "--grandfather", "Hesen",
                "--sex", "F", "--village", "Koço", "--status", "missing") == "SNJ-00001"
    assert _add(cli, "--given", "Berivan", "--father", "Qasim", "--sex", "F") == "SNJ-00002"
    r = cli("person", "add", *NADIYA)
    assert r.returncode == 0
    assert r.stdout == "SNJ-00003\n"  # saved all the same: sisters must still be addable
    lines = r.stderr.splitlines()
    assert lines[0] == "note: SNJ-00003 was added, but this record may be the same person:"
    assert lines[1].startswith("  0.90  SNJ-00001  Nadiya Xelef Hesen  (given match, father "
                               "match")
    assert "SNJ-00002" not in r.stderr
    assert "casekeeper duplicates" in r.stderr
    assert "casekeeper merge SNJ-00001 SNJ-00003" in r.stderr
    assert "casekeeper not-same SNJ-00001 SNJ-00003" in r.stderr
    assert cli("person", "show", "SNJ-00003").returncode == 0


def test_json_gives_the_similar_records_and_a_stranger_gets_no_note(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _add(cli, "--given", "Nadiya", "--father", "Xelef", "--grandfather", "Hesen", "--sex", "F",
         "--village", "Koço")
    r = cli("--json", "person", "add", *NADIYA)
    data = json.loads(r.stdout)
    assert data["case_no"] == "SNJ-00002"
    assert [(s["case_no"], s["score"]) for s in data["similar"]] == [("SNJ-00001", 0.897)]
    assert data["similar"][0]["name_latin"] == "Nadiya Xelef Hesen"
    assert data["similar"][0]["why"].startswith("given match, father match")
    r = cli("--json", "person", "add", "--given", "Zeynab", "--father", "Murad", "--sex", "F")
    assert json.loads(r.stdout)["similar"] == []
    assert r.stderr == ""


def test_at_most_five_best_first(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadiya", "Nadia", "Nadiye", "Nadya", "Nadiya", "Nadiah", "Nadiya"):
        _add(cli, "--given", given, "--father", "Xelef", "--sex", "F")
    data = json.loads(cli("--json", "person", "add", *NADIYA).stdout)
    scores = [s["score"] for s in data["similar"]]
    assert len(scores) == 5
    assert scores == sorted(scores, reverse=True)
    assert data["case_no"] not in [s["case_no"] for s in data["similar"]]


def test_a_record_decided_not_the_same_is_not_named(session):
    def woman(father: str) -> Person:
        return Person(names={NamePart.GIVEN: NameText(latin="Nadiya"),
                             NamePart.FATHER: NameText(latin=father)}, sex=Sex.FEMALE)

    a = session.persons.create(woman("Xelef"))
    b = session.persons.create(woman("Xelef"))
    assert [c.case_no for c in session.matching.similar_to(b)] == [a.case_no]
    session.matching.not_same(a.case_no, b.case_no, note="sisters")
    assert session.matching.similar_to(b) == []
    assert session.matching.similar_to(a) == []


def test_a_record_that_merge_would_refuse_is_offered_with_how_to_go_ahead(cli):
    """Basma after Basima (given names only partly alike): the note offered a merge that merge
    then refused; it now says on what they disagree, and the merge it offers goes through."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Basima", "Basma"):
        r = cli("person", "add", "--given", given, "--father", "Khidir", "--grandfather",
                "Qasim", "--sex", "F")
        assert r.returncode == 0, r.stderr
    said = [line for line in r.stderr.splitlines() if "casekeeper merge" in line]
    assert said == ["  the same person, although they disagree on given: casekeeper merge "
                    "SNJ-00001 SNJ-00002 --despite-contradiction (undo: casekeeper split "
                    "SNJ-00002)"]
    command = said[0].split(": ", 1)[1].split(" (undo")[0].split()[1:]
    assert cli(*command).returncode == 0
