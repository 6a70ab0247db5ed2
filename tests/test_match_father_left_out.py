"""A list that leaves out the father's name ("Nadia Taha Haji" for Nadia Murad Taha Haji) is
offered the known woman to look at, never taken for her without asking; cousins are not."""

import json

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.importing.dedupe import CERTAIN, PROBABLE
from app.importing.service import ImportService
from app.matching.blocking import BlockIndex
from app.matching.score import LEFT_OUT, Verdict, score_persons
from tests.import_helpers import write_csv


def person(given="", father="", grandfather="", family="", sex=Sex.FEMALE, born="",
           village="Kocho"):
    p = Person(sex=sex, origin_village=village)
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather), (NamePart.FAMILY, family)):
        if text:
            p.name(part).put(text)
    if born:
        p.birth = FuzzyDate.parse(born)
    return p


NADIA = dict(given="Nadia", father="Murad", grandfather="Taha", family="Haji", born="1996")


def field(result, name):
    return next(f for f in result.fields if f.field == name)


@pytest.mark.parametrize("row", [
    person("Nadia", "Taha", family="Haji", born="1996"),  # the clan read as the family name
    person("Nadia", "Taha", "Haji", born="1996"),  # ... or as the grandfather's
    person("نادية", "طه", family="حجي", born="1996"),  # Arabic script against Latin
])
def test_a_row_without_the_father_is_a_probable_match_never_a_certain_one(row):
    r = score_persons(row, person(**NADIA))
    assert PROBABLE <= r.score < CERTAIN
    assert r.note == LEFT_OUT and r.summary().endswith("; " + LEFT_OUT)
    # The explanation shows the reading: no father on the list's side, its second word agreeing
    # with her grandfather's name.
    assert field(r, "father").verdict == Verdict.BLANK and field(r, "father").left == ""
    assert field(r, "grandfather").verdict in (Verdict.MATCH, Verdict.PARTIAL)  # طه / Taha
    assert field(r, "family").verdict == Verdict.MATCH
    assert score_persons(person(**NADIA), row).score == pytest.approx(r.score)


def test_her_grandfather_in_the_fathers_column_is_not_held_against_her():
    """Part by part, Taha is not Murad: a mismatch on the father that kept her out."""
    row = person("Nadia", "Taha", family="Haji", born="1996")
    r = score_persons(row, person(**NADIA))
    assert r.score > 0.83
    assert not any(f.verdict == Verdict.MISMATCH for f in r.fields)


def test_a_cousin_is_not_read_as_leaving_out_her_father():
    """Nadia daughter of Taha son of Elias is Nadia Murad Taha's cousin: her grandfather is not
    the other's clan, so the reading does not apply and the fathers disagree."""
    r = score_persons(person("Nadia", "Taha", "Elias", born="1996"), person(**NADIA))
    assert r.note == "" and r.score < 0.5
    assert field(r, "father").verdict == Verdict.MISMATCH


def test_two_full_names_with_different_fathers_stay_apart():
    """A record of four names left nothing out: a different father is a different woman."""
    r = score_persons(person("Nadia", "Khalaf", "Murad", "Haji", born="1996"),
                      person(**NADIA))
    assert r.note == "" and r.score < 0.5


def test_blocking_brings_the_full_record_to_a_row_without_the_father():
    index = BlockIndex()
    index.add(1, person(**NADIA))
    index.add(2, person("Nadia", "Khalaf", "Elias", "Haji", born="1995"))
    found = index.best_matches(person("Nadia", "Taha", family="Haji", born="1996"))
    assert [c.id for c in found][:1] == [1]


def test_import_asks_about_such_a_row_and_yes_does_not_update_her(session, tmp_path):
    known = session.persons.create(person(**NADIA))
    path = write_csv(tmp_path / "list.csv", ["Name", "Sex", "Village", "Born"],
                     [["Nadia Taha Haji", "F", "Kocho", "1996"]])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    rows = svc.stage_rows(plan)
    assert rows[0].outcome == "probable" and rows[0].match_person_id == known.id
    assert LEFT_OUT in rows[0].match_explain
    report = svc.import_at_once(plan, rows, yes=True)
    assert report["results"]["created"] == 1 and report["results"]["updated"] == 0
    assert session.persons.get(known.case_no).names[NamePart.FATHER].latin == "Murad"


def test_match_json_carries_the_reading(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Murad", "--grandfather", "Taha",
               "--family", "Haji", "--sex", "F", "--village", "Kocho").returncode == 0
    path = write_csv(tmp_path / "l.csv", ["Name", "Sex", "Village"],
                     [["Nadia Taha Haji", "F", "Kocho"]])
    out = cli("match", str(path), "--json")
    assert out.returncode == 0, out.stderr
    (row,) = json.loads(out.stdout)
    best = row["candidates"][0]
    assert best["case_no"] == "SNJ-00001" and best["note"] == LEFT_OUT
    assert best["score"] < CERTAIN


def test_an_update_from_such_a_row_files_her_names_where_they_belong(cli, tmp_path):
    """Decided as her by hand, the row's طه and حجي once went in as her father's and
    grandfather's names (conflicts with Murad and Taha, her family name left blank)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Murad", "--grandfather", "Taha",
               "--family", "Haji", "--sex", "F", "--village", "Kocho").returncode == 0
    path = write_csv(tmp_path / "list.csv", ["الاسم", "الجنس", "القرية"],
                     [["نادية طه حجي", "انثى", "كوجو"]])
    assert cli("import", str(path)).returncode == 0
    out = cli("--json", "review", "1", "--row", "2", "--decide", "update", "--commit")
    assert out.returncode == 0, out.stderr
    done = json.loads(out.stdout)
    report = done  # the report, with "decided" beside it
    assert report["results"]["updated"] == 1
    assert not [c for c in report["conflicts"]
                if c["field"].startswith(("father", "grandfather", "family"))]
    names = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["names"]
    assert names["father"] == {"original": "", "latin": "Murad"}
    assert names["grandfather"] == {"original": "طه", "latin": "Taha"}
    assert names["family"] == {"original": "حجي", "latin": "Haji"}


def test_merging_the_record_such_a_row_made_keeps_her_father(session):
    from app.matching_service import _absorb
    keep = person(**NADIA)
    other = person("نادية", "طه", family="حجي")
    _absorb(keep, other)
    assert keep.names[NamePart.FATHER].original == "" and keep.names[NamePart.FATHER].latin == "Murad"
    assert keep.names[NamePart.GRANDFATHER].original == "طه"


def test_a_blank_grandfather_beside_the_family_name_loses_no_name():
    from app.matching.score import names_as_read
    row = person("Nadia", "Taha", family="Haji", born="1996")
    row.name(NamePart.GRANDFATHER)  # an empty part, as an edited record may hold
    read = names_as_read(row, person(**NADIA))
    assert (read.names[NamePart.GRANDFATHER].latin, read.names[NamePart.FAMILY].latin) == (
        "Taha", "Haji")
    assert NamePart.FATHER not in read.names
