"""A mother or father linked fewer than 12 years older than the child (by the widest reading of
both births) is refused until the user says so (--despite-ages): a tester linked them without a
word. Never refused outright (a girl abducted at 10 may have a son born in captivity), and
links old vaults hold go through merges and splits untouched."""

from __future__ import annotations

import json

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.parent_age import years_at_most
from tests.cli_helpers import add, ok


@pytest.mark.parametrize(("parent", "child", "years"), [
    ("1975", "1986", 11),              # a year only: 1 January 1975 to 31 December 1986
    ("1975", "1987", 12),
    ("about 1975", "1984", 11),        # about 1975 is 1973–1977: 1973 counts
    ("about 1975", "1985", 12),        # 10 years by their middles, 12 at the widest
    ("03/08/1990", "02/08/2002", 11),  # a day short of 12
    ("03/08/1990", "03/08/2002", 12),
    ("about 03/08/1990", "01/08/2002", 12),  # about a day reaches back to 20 July
    ("1990/1991", "2001", 11),         # years: one or the other, the earlier counts
    ("1990/1991", "2002", 12),
    ("about 1990", "1989", 1),         # the parent may be younger: still only asked
])
def test_the_years_at_most_read_the_births_as_widely_as_written(parent, child, years):
    assert years_at_most(FuzzyDate.parse_birth(parent), FuzzyDate.parse_birth(child)) == years


@pytest.mark.parametrize(("parent", "child"), [
    (FuzzyDate(), FuzzyDate.parse_birth("1990")),
    (FuzzyDate.parse_birth("1985"), FuzzyDate()),
    (FuzzyDate(None, None, "before the war"), FuzzyDate.parse_birth("1990")),
    (FuzzyDate(None, FuzzyDate.parse_birth("1985").latest), FuzzyDate.parse_birth("1990")),
])
def test_a_birth_unknown_or_open_at_its_start_judges_nothing(parent, child):
    assert years_at_most(parent, child) is None


def _family(cli, mother_born: str, child_born: str) -> tuple[str, str]:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    mother = add(cli, "--given", "Nadia", "--sex", "F", *(["--born", mother_born] if mother_born
                                                            else []))
    child = add(cli, "--given", "Ali", "--sex", "M", *(["--born", child_born] if child_born
                                                         else []))
    return mother, child


def _relatives(cli, case_no: str) -> list:
    return json.loads(ok(cli, "--json", "person", "show", case_no).stdout)["relatives"]


def test_a_mother_11_years_older_is_refused_saying_both_births_and_the_gap(cli):
    mother, child = _family(cli, "about 1975", "1984")
    r = cli("relative", child, "mother", mother)
    assert r.returncode == 2
    assert r.stderr.strip() == (
        f"casekeeper: {mother} (born about 1975: 1973–1977) would be a parent of {child} (born "
        "1984), older by 11 years at most: fewer than 12 years between their births, even read "
        "as widely as they are written; check the births and the relation; to link them all "
        "the same, add --despite-ages")
    # made from the mother's side it is the same link, asked the same
    r = cli("--json", "relative", mother, "child", child)
    said = json.loads(r.stdout)
    assert r.returncode == 2 and said["years_at_most"] == 11, r.stdout
    assert (said["parent"], said["child"]) == (mother, child)
    assert (said["parent_born"], said["child_born"]) == ("about 1975: 1973–1977", "1984")
    assert _relatives(cli, child) == []  # the vault unchanged


def test_the_flag_links_them_and_the_trail_says_so(cli):
    mother, child = _family(cli, "about 1975", "1984")
    r = ok(cli, "relative", child, "mother", mother, "--despite-ages")
    assert f"{child} mother {mother}" in r.stdout
    assert [x["relation"] for x in _relatives(cli, child)] == ["mother"]
    log = ok(cli, "audit", "log", "--case", child).stdout
    assert "despite_ages: 11" in log, log


def test_a_child_born_in_captivity_of_a_girl_taken_at_10_is_asked_too(cli):
    mother, child = _family(cli, "2004", "2015")
    assert cli("relative", mother, "child_born_in_captivity", child).returncode == 2
    ok(cli, "relative", mother, "child_born_in_captivity", child, "--despite-ages")


@pytest.mark.parametrize(("mother_born", "child_born"), [
    ("about 1975", "1985"), ("", "1984"), ("about 1975", ""), ("", "")])
def test_twelve_years_at_the_widest_or_a_birth_unknown_links_unasked(cli, mother_born,
                                                                      child_born):
    mother, child = _family(cli, mother_born, child_born)
    ok(cli, "relative", child, "mother", mother)


def test_siblings_and_spouses_are_not_asked(cli):
    a, b = _family(cli, "1990", "1991")
    ok(cli, "relative", a, "sibling", b)
    c = add(cli, "--given", "Khalil", "--sex", "M", "--born", "1960")
    ok(cli, "relative", a, "spouse", c)


def test_a_parent_born_after_the_child_is_still_refused_outright(cli):
    mother, child = _family(cli, "1995", "1984")
    r = cli("relative", child, "mother", mother, "--despite-ages")
    assert r.returncode == 2 and "born before" in r.stderr, r.stderr


def test_merges_and_splits_carry_an_old_such_link_unasked(cli, tmp_path):
    """An old vault's link of a mother 11 years older (made before the question) stays through
    a merge of the child's two records and the split that undoes it."""
    from app.domain.records import Relation, RelativeLink
    from tests.import_helpers import reopen
    mother, child = _family(cli, "about 1975", "1984")
    twin = add(cli, "--given", "Ali", "--sex", "M", "--born", "1984")
    s = reopen(cli.vault)
    try:  # as an older version stored it: no question asked
        with s.db.transaction():
            s.records.repo.insert_relative(RelativeLink(
                s.persons.get(twin).id, s.persons.get(mother).id, Relation.MOTHER))
    finally:
        s.close()
    ok(cli, "merge", child, twin)
    assert [(x["relation"], x["case_no"]) for x in _relatives(cli, child)] == [
        ("mother", mother)]
    assert [x["case_no"] for x in _relatives(cli, mother)] == [child]
    ok(cli, "split", twin)
    assert [(x["relation"], x["case_no"]) for x in _relatives(cli, twin)] == [
        ("mother", mother)]
    assert _relatives(cli, child) == []
    # merged the other way: the record with the link is the one merged away
    ok(cli, "merge", twin, child)
    assert [x["relation"] for x in _relatives(cli, twin)] == ["mother"]
