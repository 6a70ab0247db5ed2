"""Filters on the command line: `person list` takes the filters `search` takes (ages, abduction
dates), an age is said to be her age today or when she was taken, and a search with no name
says where a list by filters alone is."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.built_once import built_once


def added(cli, given: str, *args: str) -> str:
    r = cli("--json", "person", "add", "--given", given, "--sex", "F", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def listed(cli, *args: str) -> list[str]:
    r = cli("--json", "person", "list", *args)
    assert r.returncode == 0, r.stderr
    return [row["case_no"] for row in json.loads(r.stdout)]


def searched(cli, *args: str) -> list[str]:
    r = cli("--json", "search", "Nadia", "--limit", "50", *args)
    assert r.returncode == 0, r.stderr
    return sorted(row["case_no"] for row in json.loads(r.stdout))


@pytest.fixture
@built_once
def taken(cli):
    """Women of whom every one is an adult today, some of them girls when they were taken."""
    assert cli("init").returncode == 0
    return {
        "15 or 16": added(cli, "Nadia", "--born", "1998", "--abducted", "03/08/2014"),
        "17 or 18": added(cli, "Nadia", "--born", "1996", "--abducted", "03/08/2014"),
        "20 or 21, taken in 2017": added(cli, "Nadia", "--born", "1996", "--abducted", "2017"),
        "17 or 18, in 2014 undated": added(cli, "Nadia", "--born", "1996"),
        "23 or 24": added(cli, "Nadia", "--born", "1990", "--abducted", "2014"),
        "birth unknown": added(cli, "Nadia", "--abducted", "2014"),
    }


def test_an_age_is_her_age_today_unless_asked_for_her_age_when_taken(cli, taken):
    girls = [taken["15 or 16"], taken["17 or 18"], taken["17 or 18, in 2014 undated"]]
    assert listed(cli, "--max-age", "17") == []  # every one of them is over 17 today
    assert listed(cli, "--max-age", "17", "--age-when-taken") == girls
    assert searched(cli, "--max-age", "17", "--age-when-taken") == girls
    assert listed(cli, "--min-age", "18", "--age-when-taken") == [
        taken[k] for k in ("17 or 18", "20 or 21, taken in 2017", "17 or 18, in 2014 undated",
                           "23 or 24")]
    # today's age: born 1996 is 30 in 2026
    thirty = str(date.today().year - 1996)
    assert listed(cli, "--min-age", thirty, "--max-age", thirty) == [
        taken[k] for k in ("17 or 18", "20 or 21, taken in 2017", "17 or 18, in 2014 undated")]


def test_person_list_takes_the_abduction_dates_search_takes(cli, taken):
    assert listed(cli, "--abducted-from", "2015") == [taken["20 or 21, taken in 2017"]]
    assert listed(cli, "--abducted-to", "08/2014", "--max-age", "17", "--age-when-taken") == [
        taken["15 or 16"], taken["17 or 18"]]
    assert searched(cli, "--abducted-to", "08/2014", "--max-age", "17",
                    "--age-when-taken") == [taken["15 or 16"], taken["17 or 18"]]


def test_the_output_and_the_help_say_which_age_is_meant(cli, taken):
    year = date.today().year
    r = cli("person", "list", "--max-age", "17", "--age-when-taken")
    first = r.stdout.splitlines()[0]
    assert first == ("age 17 or less when taken (at her abduction date, else her incident's; "
                     "in 2014 where neither is recorded), by her recorded birth; persons with no "
                     "birth recorded are left out")
    r = cli("search", "Nadia", "--min-age", "30", "--max-age", "40")
    assert r.stdout.splitlines()[0] == (f"age 30 to 40 today (in {year}), by her recorded "
                                        "birth; persons with no birth recorded are left out")
    assert cli("person", "list").stdout.startswith("SNJ-")  # no age asked, no word of one
    for command in (["search"], ["person", "list"]):
        text = " ".join(cli(*command, "--help").stdout.split())
        assert "--min-age YEARS her age today" in text, command
        assert "--age-when-taken --min-age and --max-age are her age when she was taken" in text


def test_a_reversed_age_range_is_refused_by_name(cli, taken):
    for command in (["search", "Nadia"], ["person", "list"]):
        r = cli(*command, "--min-age", "18", "--max-age", "12")
        assert r.returncode == 2 and "the age range is reversed" in r.stderr


@pytest.mark.parametrize("query", ["", " ", "-"])
def test_a_search_with_no_name_says_where_to_list_by_filters_alone(cli, taken, query):
    """`search "" --max-age 17` answered "(no one found)", as if no girl were in the vault."""
    r = cli("search", query, "--max-age", "17", "--age-when-taken", "--village", "Kocho")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == (
        "casekeeper: search: no name to search for; to list persons by the filters alone: "
        "casekeeper person list --village Kocho --max-age 17 --age-when-taken")
