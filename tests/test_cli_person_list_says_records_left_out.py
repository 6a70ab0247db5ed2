"""`person list` by its filters alone says how many records they leave out only for a value
those records do not give, as `search` says it: two sisters entered without an abduction date
were missing from `person list --abducted-from 2014` without a word."""

from __future__ import annotations

import json


def test_person_list_says_the_records_left_out_for_a_value_not_recorded(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for more in (["--abducted", "2014-08-03", "--village", "Kocho"], [], ["--village", "Kocho"],
                 ["--abducted", "2016"]):
        assert cli("person", "add", "--given", "Nadia", "--sex", "F", *more).returncode == 0
    out = cli("person", "list", "--abducted-from", "2014", "--abducted-to", "2015"
              ).stdout.splitlines()
    assert [line.split("\t")[0] for line in out[:-1]] == ["SNJ-00001"]
    assert out[-1] == ("2 records with no abduction date recorded are left out by the filters, "
                       "which cannot tell whether they fit; person list without --abducted-from "
                       "and --abducted-to to see them")
    # Two fields at once: SNJ-00002 gives neither, -03 no date, -04 no village.
    out = cli("person", "list", "--abducted-from", "2014", "--village", "Kocho").stdout
    assert out.splitlines()[-1] == (
        "3 records with no village recorded or no abduction date recorded are left out by the "
        "filters, which cannot tell whether they fit; person list without --village and "
        "--abducted-from to see them")
    # --json: the list as before, the line beside it
    r = cli("--json", "person", "list", "--abducted-from", "2014")
    assert [row["case_no"] for row in json.loads(r.stdout)] == ["SNJ-00001", "SNJ-00004"]
    assert r.stderr.startswith("2 records with no abduction date recorded are left out")
    # Nothing left out, nothing said
    assert cli("person", "list").stdout.count("left out") == 0


def test_person_list_cut_at_its_limit_says_how_many_it_left(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Layla", "Sara"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    out = cli("person", "list", "--limit", "2").stdout.splitlines()
    assert [line.split("\t")[0] for line in out[:-1]] == ["SNJ-00001", "SNJ-00002"]
    assert out[-1] == "2 of 3 records shown; without --limit all are"
    r = cli("--json", "person", "list", "--limit", "1")
    assert len(json.loads(r.stdout)) == 1
    assert r.stderr.strip() == "1 of 3 records shown; without --limit all are"
    # a limit the list does not reach cuts nothing and says nothing
    assert "shown" not in cli("person", "list", "--limit", "3").stdout
