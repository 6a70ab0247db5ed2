"""Two dates that cannot be one day are no match, even within one year: the explanation of a
match says what the dates share, never "abduction match" beside a conflict on the same dates."""

from __future__ import annotations

import json

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.matching.score import Verdict, score_persons
from tests.import_helpers import cli, write_csv


def _nadia(abducted: str = "", born: str = "") -> Person:
    p = Person(sex=Sex.FEMALE, origin_village="Kocho")
    for part, text in ((NamePart.GIVEN, "Nadia"), (NamePart.FATHER, "Khalaf"),
                       (NamePart.GRANDFATHER, "Rasho"), (NamePart.FAMILY, "Haskani")):
        p.name(part).put(text)
    if abducted:
        p.abduction_date = FuzzyDate.parse(abducted)
    if born:
        p.birth = FuzzyDate.parse(born)
    return p


def _verdict(a: Person, b: Person, name: str) -> Verdict:
    return next(f.verdict for f in score_persons(a, b).fields if f.field == name)


def test_an_abduction_is_a_match_only_where_the_dates_can_be_one_day():
    cases = [("15/08/2014", "03/08/2014", Verdict.PARTIAL),  # two days of one month
             ("03/08/2014", "10/2014", Verdict.PARTIAL),     # a day outside the list's month
             ("03/08/2014", "08/2014", Verdict.MATCH),        # the month holds the day
             ("03/08/2014", "2014", Verdict.MATCH),
             ("03/08/2014", "03/08/2014", Verdict.MATCH),
             ("03/08/2014", "2016", Verdict.MISMATCH)]
    assert [_verdict(_nadia(abducted=vault), _nadia(abducted=listed), "abduction")
            for vault, listed, _ in cases] == [verdict for *_, verdict in cases]


def test_two_birthdays_of_one_year_agree_only_partly():
    assert _verdict(_nadia(born="01/03/1998"), _nadia(born="12/07/1998"), "birth") \
        is Verdict.PARTIAL
    assert _verdict(_nadia(born="01/03/1998"), _nadia(born="1998"), "birth") is Verdict.MATCH


def test_the_import_does_not_call_dates_it_logs_as_a_conflict_a_match(tmp_path):
    """A vault abduction on 2014-08-15, a list's on 2014-08-03: the explanation said
    "abduction match" and the same report "conflict ... abduction date"."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    add = cli(tmp_path, "person", "add", "--given", "Nadia", "--father", "Khalaf",
              "--grandfather", "Rasho", "--family", "Haskani", "--sex", "F", "--village",
              "Kocho", "--abducted", "15/08/2014")
    assert add.returncode == 0, add.stderr
    path = write_csv(tmp_path / "list.csv",
                     ["Name", "Father", "Grandfather", "Family", "Sex", "Village",
                      "Date of abduction"],
                     [["Nadia", "Khalaf", "Rasho", "Haskani", "F", "Kocho", "03/08/2014"]])
    run = cli(tmp_path, "--json", "import", str(path), "--dry-run")
    assert run.returncode == 0, run.stderr
    row = json.loads(run.stdout)["rows"][0]
    assert [c["field"] for c in row["conflicts"]] == ["abduction_date"]
    assert "abduction partial" in row["why"] and "abduction match" not in row["why"]
