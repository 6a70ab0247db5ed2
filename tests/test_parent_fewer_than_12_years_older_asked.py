"""A mother or father linked fewer than 12 years older than the child (by the widest reading of
both births) is refused until the user says so (--despite-ages): a tester linked them without a
word. Never refused outright (a girl abducted at 10 may have a son born in captivity). Merges,
splits and imports never link through this check, so links old vaults hold move untouched."""

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
        f"casekeeper: {mother} (birth: about 1975, 1973–1977) would be a parent of {child} "
        "(birth: 1984), older by at most 11 years: fewer than 12 years between their births, "
        "even read as widely as they are written; check the births and the relation; to link "
        "them all the same, add --despite-ages")
    # made from the mother's side it is the same link, asked the same
    r = cli("--json", "relative", mother, "child", child)
    said = json.loads(r.stdout)
    assert r.returncode == 2 and said["years_at_most"] == 11, r.stdout
    assert (said["parent"], said["child"]) == (mother, child)
    assert (said["parent_born"], said["child_born"]) == ("about 1975, 1973–1977", "1984")
    assert _relatives(cli, child) == []  # the vault unchanged


def test_the_flag_links_them_and_the_trail_says_so(cli):
    mother, child = _family(cli, "about 1975", "1984")
    r = ok(cli, "relative", child, "mother", mother, "--despite-ages")
    assert r.stdout.strip() == (f"{child} mother {mother} (linked despite their births: at most "
                                "11 years between them)")
    assert [x["relation"] for x in _relatives(cli, child)] == ["mother"]
    log = ok(cli, "audit", "log", "--case", child).stdout
    assert "linked despite their births: at most 11 years between them" in log, log


def test_json_says_the_link_was_made_despite_the_births(cli):
    """A script could not tell a link made despite the births from any other: both said
    {"linked": true}, while the trail recorded the difference."""
    mother, child = _family(cli, "1990", "2001")
    said = json.loads(ok(cli, "--json", "relative", child, "mother", mother,
                         "--despite-ages").stdout)
    assert said == {"linked": True, "despite_ages": 11}
    # the flag where nothing was asked changes nothing, and is not said
    a, b = _family_more(cli, "1960", "1990")
    assert json.loads(ok(cli, "--json", "relative", b, "mother", a,
                         "--despite-ages").stdout) == {"linked": True}


def _family_more(cli, mother_born: str, child_born: str) -> tuple[str, str]:
    return (add(cli, "--given", "Khatun", "--sex", "F", "--born", mother_born),
            add(cli, "--given", "Dilan", "--sex", "F", "--born", child_born))


def test_a_number_merged_into_another_is_judged_by_the_birth_kept(cli):
    """Typed under a merged record's number (a family's paper), the link shows under the
    record kept, whose birth the program shows: it was linked unasked, the hidden record having
    no birth, and the pair the user sees was 11 years apart."""
    mother, child = _family(cli, "1990", "2001")
    paper = add(cli, "--given", "Ali", "--sex", "M")  # the same boy from another list, no birth
    ok(cli, "merge", child, paper)
    r = cli("relative", paper, "mother", mother)
    assert r.returncode == 2, r.stdout
    assert f"{mother} (birth: 1990) would be a parent of {child} (birth: 2001)" in r.stderr
    assert _relatives(cli, child) == []
    ok(cli, "relative", paper, "mother", mother, "--despite-ages")
    assert [x["relation"] for x in _relatives(cli, child)] == ["mother"]


def test_a_mother_typed_under_her_merged_number_is_judged_by_her_birth_kept(cli):
    mother, child = _family(cli, "1995", "1984")
    paper = add(cli, "--given", "Nadia", "--sex", "F")
    ok(cli, "merge", mother, paper)
    # born after the child, as her page shows her: refused outright, as under her own number
    r = cli("relative", child, "mother", paper, "--despite-ages")
    assert r.returncode == 2 and "born before" in r.stderr, r.stderr
    assert _relatives(cli, child) == []


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
