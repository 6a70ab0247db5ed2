"""A search says what it did not show. A record with no abduction date recorded is not one taken
at another time: left out by --abducted-from, it was dropped without a word, and the lawyer
never saw the Nadia Khalil Hassan a family had reported without a date. The same for each filter
on a field a record leaves blank (birth, village, sex or status unknown). And a search cut at
--limit said nothing of the 92 others scoring as well as the 20 shown."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli.search_said import more_line
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from db.repositories.search import SearchFilter

IN_2014 = SearchFilter(abducted_from=date(2014, 1, 1), abducted_to=date(2014, 12, 31))


def _nadia(**fields) -> Person:
    fields.setdefault("sex", Sex.FEMALE)
    return Person(names={NamePart.GIVEN: NameText("نادية", "Nadia"),
                         NamePart.FATHER: NameText("خليل", "Khalil"),
                         NamePart.GRANDFATHER: NameText("حسن", "Hassan")}, **fields)


def _dated_and_undated(session) -> None:
    """SNJ-00001 taken 3 August 2014; SNJ-00002 the same name, no abduction date recorded;
    SNJ-00003 the same name, taken in 2016."""
    session.persons.create(_nadia(abduction_date=FuzzyDate.parse("2014-08-03")))
    session.persons.create(_nadia())
    session.persons.create(_nadia(abduction_date=FuzzyDate.parse("2016")))


@pytest.mark.parametrize("warm", [False, True], ids=["from the vault", "held in memory"])
def test_a_record_with_no_abduction_date_is_said_not_dropped(session, warm):
    _dated_and_undated(session)
    if warm:
        session.search.warm()
    found = session.search.search_told("Nadia Khalil Hassan", f=IN_2014)
    assert [r.case_no for r in found.results] == ["SNJ-00001"]
    # The one with no date is said, and why; the one taken in 2016 is outside the dates.
    assert [(r.case_no, r.unrecorded) for r in found.unrecorded] == [("SNJ-00002",
                                                                      ("abduction",))]
    assert found.unrecorded_all
    assert found.closer == []  # not said twice, as a closer match outside the dates
    # search() and search_apart() show what they showed before
    assert session.search.search_apart("Nadia Khalil Hassan", f=IN_2014) == (found.results, [])
    # Asked for by her case number, she is said so too.
    found = session.search.search_told("SNJ-00002", f=IN_2014)
    assert (found.results, found.closer) == ([], [])
    assert [(r.case_no, r.unrecorded) for r in found.unrecorded] == [("SNJ-00002",
                                                                      ("abduction",))]


@pytest.mark.parametrize("warm", [False, True], ids=["from the vault", "held in memory"])
def test_each_filter_on_a_field_she_leaves_blank_says_so(session, warm):
    session.persons.create(_nadia(origin_village="Kocho", birth=FuzzyDate.parse("1998"),
                                  status_events=[StatusEvent(Status.MISSING)]))
    session.persons.create(_nadia(sex=Sex.UNKNOWN, status_events=[]))
    if warm:
        session.search.warm()
    year = date.today().year
    for f, field in ((SearchFilter(status="missing"), "status"),
                     (SearchFilter(sex="F"), "sex"),
                     (SearchFilter(village="Kocho"), "village"),
                     (SearchFilter(born_from=1990, born_to=year), "birth"),
                     (SearchFilter(taken_max_age=17), "birth")):
        found = session.search.search_told("Nadia", f=f)
        assert [r.case_no for r in found.results] == ["SNJ-00001"], f
        assert [(r.case_no, r.unrecorded) for r in found.unrecorded] == [("SNJ-00002",
                                                                          (field,))], f
    # Two blanks at once are both named.
    found = session.search.search_told("Nadia", f=SearchFilter(sex="F", village="Kocho"))
    assert found.unrecorded[0].unrecorded == ("sex", "village")


def test_only_one_that_would_have_been_shown_is_said(session):
    """On a full page, a blank record scoring below its last is no more said than shown."""
    session.persons.create(_nadia(abduction_date=FuzzyDate.parse("2014")))
    session.persons.create(Person(sex=Sex.FEMALE, names={
        NamePart.GIVEN: NameText(latin="Nadia"), NamePart.FATHER: NameText(latin="Murad")}))
    found = session.search.search_told("Nadia Khalil", limit=1, f=IN_2014)
    assert [r.case_no for r in found.results] == ["SNJ-00001"] and found.unrecorded == []
    # With room on the page, she would have been shown: she is said.
    found = session.search.search_told("Nadia Khalil", limit=5, f=IN_2014)
    assert [r.case_no for r in found.unrecorded] == ["SNJ-00002"]


@pytest.mark.parametrize("warm", [False, True], ids=["from the vault", "held in memory"])
def test_a_search_cut_at_its_limit_says_how_many_more_matched(session, warm):
    session.persons.create_many([_nadia(abduction_date=FuzzyDate.parse("2014"))
                                 for _ in range(45)])
    if warm:
        session.search.warm()
    # Fewer than were looked at: counted among them.
    found = session.search.search_told("Nadia", limit=20)
    assert (len(found.results), found.more, found.more_exact) == (20, 25, True)
    assert found.next_score == pytest.approx(found.results[-1].score)
    # More than were looked at (30 for a limit of 5): counted in the store.
    found = session.search.search_told("Nadia", limit=5)
    assert (len(found.results), found.more, found.more_exact) == (5, 40, True)
    # and with a filter, those it lets through
    found = session.search.search_told("Nadia", limit=5, f=SearchFilter(sex="M"))
    assert (found.results, found.more) == ([], 0)
    found = session.search.search_told("Nadia", limit=45)
    assert (len(found.results), found.more) == (45, 0)


def _cli_vault(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    name = ["--given", "نادية", "--given", "Nadia", "--father", "خليل", "--father", "Khalil",
            "--grandfather", "حسن", "--grandfather", "Hassan", "--sex", "F"]
    for more in (["--abducted", "2014-08-03"], [], ["--abducted", "2014"], ["--abducted", "2014"]):
        assert cli("person", "add", *name, *more).returncode == 0


def test_the_command_line_says_the_record_left_out_and_the_matches_past_the_limit(cli):
    _cli_vault(cli)
    asked = ["search", "Nadia Khalil Hassan", "--abducted-from", "2014", "--abducted-to", "2014"]
    out = cli(*asked).stdout.splitlines()
    assert [line.split("\t")[1] for line in out[:3]] == ["SNJ-00001", "SNJ-00003", "SNJ-00004"]
    assert out[3:] == ["1 record with no abduction date recorded is left out by the filters, "
                       "which cannot tell whether it fits (SNJ-00002 1.00); search without "
                       "--abducted-from and --abducted-to to see it"]
    out = cli(*asked, "--limit", "2").stdout.splitlines()
    assert out[2] == "2 of 3 matches shown (the next scores 1.00); --limit 3 shows them all"
    assert out[3].startswith("1 record with no abduction date recorded is left out")
    assert len(out) == 4
    # Nothing is said when nothing was left out.
    assert len(cli("search", "Nadia Khalil Hassan").stdout.splitlines()) == 4


def test_the_json_keeps_its_shape_and_marks_where_it_was_cut(cli):
    _cli_vault(cli)
    r = cli("--json", "search", "Nadia", "--abducted-from", "2014", "--limit", "2")
    rows = json.loads(r.stdout)
    assert [row["case_no"] for row in rows] == ["SNJ-00001", "SNJ-00003"]
    assert "more_matched" not in rows[0]
    assert rows[-1]["more_matched"] == {"count": 1, "exact": True, "next_score": 1.0}
    # Said beside the JSON, as the closer matches are.
    assert r.stderr.splitlines() == [
        "2 of 3 matches shown (the next scores 1.00); --limit 3 shows them all",
        "1 record with no abduction date recorded is left out by the filters, which cannot "
        "tell whether it fits (SNJ-00002 1.00); search without --abducted-from to see it"]
    rows = json.loads(cli("--json", "search", "Nadia").stdout)
    assert len(rows) == 4 and not any("more_matched" in row for row in rows)


def test_a_long_list_is_not_offered_whole():
    """5,252 records sharing a father's and a grandfather's name: --limit 5252 is no help."""
    assert more_line(20, 14, True, 0.9, 20) == ("20 of 34 matches shown (the next scores 0.90); "
                                                "--limit 34 shows them all")
    assert more_line(20, 5232, True, 0.92, 20) == ("20 of 5252 matches shown (the next scores "
                                                   "0.92); --limit 100 shows more")
    assert more_line(20, 40, False, 1.0, 20) == ("20 matches shown, and at least 40 more matched "
                                                 "(the next scores 1.00); --limit 100 shows more")
    assert more_line(20, 0, True, None, 20) == ""


def test_a_place_or_a_number_in_the_query_is_said_with_the_filter_that_reads_it(cli):
    """"Kocho" found no one and said nothing; "Nadia 1995" passed over the year without a
    word and ranked a Nadia born 2007 first."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Khalil", "--village", "Kocho",
               "--born", "1995").returncode == 0
    done = cli("search", "Kocho")
    assert "'Kocho' is a place: search reads names; --village 'Kocho'" in done.stdout, done.stdout
    done = cli("search", "Nadia", "Tel", "Qasab")
    assert "'Tel Qasab' is a place" in done.stdout and "'Tel'" not in done.stdout, done.stdout
    done = cli("search", "Nadia", "1995")
    assert "1995: search reads names, not numbers; --min-age" in done.stdout, done.stdout
    done = cli("--json", "search", "Nadia", "كوجو")
    assert "is a place" in done.stderr and "is a place" not in done.stdout
    assert "place" not in cli("search", "Nadia", "Khalil").stdout


def test_a_place_name_she_was_found_by_as_a_name_is_not_called_a_place(cli):
    """Hardan is a village and a man's name: "Nadia Hardan" found her by her father's name
    and was still told "'Hardan' is a place" (a review)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "نادية", "--father", "حردان").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Hardan").returncode == 0
    for query in (["Nadia", "Hardan"], ["نادية", "حردان"]):
        done = cli("search", *query)
        assert "father: " in done.stdout and "is a place" not in done.stdout, done.stdout


def test_the_place_is_said_when_the_best_result_was_not_found_by_it_as_a_name(cli):
    """Sara of Hardan first, and another woman whose father is Hardan below: the note that
    --village reads the place was left out for the second one (a second review)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Sara", "--father", "Qasim",
               "--village", "Hardan").returncode == 0
    assert cli("person", "add", "--given", "Layla", "--father", "Hardan").returncode == 0
    done = cli("search", "Sara", "Hardan")
    assert done.stdout.splitlines()[0].split("\t")[1] == "SNJ-00001", done.stdout
    assert "'Hardan' is a place" in done.stdout, done.stdout
