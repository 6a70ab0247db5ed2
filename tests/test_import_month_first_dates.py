"""A date column written month first (a list saved from US English Excel: 8/15/2014 beside
8/3/2014) is read month first and says so once; a column written both ways never has a day
picked for a date both ways could read; an abduction before the attack on Sinjar is warned."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.importing import read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Date of abduction"]
# As an NGO abroad typed them: 8/3/2014 is 3 August, 8/15/2014 the 15th.
MONTH_FIRST = [["Nadia", "Murad", "Basi", "8/3/2014"], ["Jilan", "Khalaf", "Hasan", "8/15/2014"]]


def _rows(path):
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    return [conv.convert(r) for r in t.rows]


def _abducted(rows):
    return [(r.person.abduction_date.earliest, r.person.abduction_date.text) for r in rows]


def test_a_column_one_of_whose_days_cannot_be_day_first_is_read_month_first(tmp_path):
    """8/3/2014 became 2014-03-08, five months before the attack, and 8/15/2014 stayed text no
    one could read; in a workbook's text cells as in a CSV."""
    for path in (write_csv(tmp_path / "l.csv", HEADER, MONTH_FIRST),
                 write_xlsx(tmp_path / "l.xlsx", [("List", [HEADER, *MONTH_FIRST])])):
        rows = _rows(path)
        # the day is the text: '8/3/2014' would read as 8 March on every screen and document
        assert _abducted(rows) == [(date(2014, 8, 3), "2014-08-03"),
                                   (date(2014, 8, 15), "2014-08-15")]
        assert [r.warnings for r in rows] == [[], []]  # said once, for the column
        assert [r.raw["Date of abduction"] for r in rows] == ["8/3/2014", "8/15/2014"]


def test_the_dry_run_says_once_how_the_column_is_read(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", HEADER, MONTH_FIRST)
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("  Date of abduction -> abduction_date  (header 'Date of abduction' matches 'date "
            "of abduction'; dates written month first (a possible day only when read so: 2, "
            "such as '8/15/2014'; only when read day first: none): each date of the column is "
            "read month first)\n") in dry, dry
    assert dry.count("month first") == 2  # the column's line only: no row repeats it
    data = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert data["date_order"] == {"Date of abduction": "month_first"}


def test_against_the_vault_the_same_days_match_and_conflict_with_nothing(tmp_path):
    """Each woman, known by her names, her birth and her abduction of 3 or 15 August, stood in
    conflict with the list's same day: 'abduction date: vault keeps 03/08/2014, list says
    8/3/2014' (read as 8 March), and 8/15/2014 (which nothing read) against 15/08/2014."""
    assert cli(tmp_path, "init").returncode == 0
    header = [*HEADER[:3], "Born", HEADER[3]]
    known = write_csv(tmp_path / "known.csv", header, [
        ["Nadia", "Murad", "Basi", "1999", "03/08/2014"],
        ["Jilan", "Khalaf", "Hasan", "1998", "15/08/2014"]])
    assert cli(tmp_path, "import", str(known)).returncode == 0
    path = write_csv(tmp_path / "ngo.csv", header, [
        [*MONTH_FIRST[0][:3], "1999", MONTH_FIRST[0][3]],
        [*MONTH_FIRST[1][:3], "1998", MONTH_FIRST[1][3]]])
    rep = json.loads(cli(tmp_path, "--json", "import", str(path), "--yes").stdout)
    assert rep["outcomes"] == {"certain": 2}, rep["outcomes"]
    assert rep["conflicts"] == [], rep["conflicts"]
    assert rep["warnings"] == []
    # the batch keeps how the column was read, for a document quoting the list's row
    assert rep["mapping"]["date_order"] == {"Date of abduction": "month_first"}
    assert len(json.loads(cli(tmp_path, "--json", "person", "list").stdout)) == 2


def test_a_column_written_both_ways_never_picks_a_day_for_a_date_both_could_be(tmp_path):
    """15/8/2014 beside 8/20/2014: two writers. 9/10/2014 may be 9 October or 10 September: it
    is read as 2014 only, the row saying both. 8/3/2014 is a possible abduction only as 3
    August, and 3/8/2014 only as 3 August too: each is read so."""
    path = write_csv(tmp_path / "l.csv", HEADER, [
        ["Nadia", "Murad", "Basi", "15/8/2014"], ["Jilan", "Khalaf", "Hasan", "8/20/2014"],
        ["Layla", "Khidr", "Qasim", "9/10/2014"], ["Vian", "Dakhil", "Hasan", "8/3/2014"],
        ["Basma", "Khalaf", "Hussein", "3/8/2014"]])
    rows = _rows(path)
    assert [(r.person.abduction_date.earliest, r.person.abduction_date.latest) for r in rows] == [
        (date(2014, 8, 15),) * 2, (date(2014, 8, 20),) * 2,
        (date(2014, 1, 1), date(2014, 12, 31)), (date(2014, 8, 3),) * 2, (date(2014, 8, 3),) * 2]
    assert rows[2].person.abduction_date.text == "2014"
    assert rows[2].warnings == [
        "column D (Date of abduction): '9/10/2014' may be 2014-10-09 (day first) or 2014-09-10 "
        "(month first), and this column writes dates both ways: read as the year 2014 only; "
        "check which is meant"]
    assert [r.warnings for r in rows if r is not rows[2]] == [[]] * 4
    t = read_table(str(path))
    assert str(suggest(t).reasons["Date of abduction"]).endswith(
        "; dates written both ways (a possible day only when read day first: 2, such as "
        "'15/8/2014'; only when read month first: 2, such as '8/20/2014'): each of those is "
        "read so, and a date both ways could read (1) is read as its year only, its row saying "
        "so")


def test_a_day_first_list_with_one_slip_keeps_every_sinjar_day(tmp_path):
    """Hundreds of 3/8/2014 and one 8/13/2014: read month first, every 3 August would become
    8 March. 3/8/2014 is a possible abduction only day first, so the column is both ways, and
    each date is read as the one day it can be."""
    rows = _rows(write_csv(tmp_path / "l.csv", HEADER, [
        *[["Nadia", "Murad", "Basi", "3/8/2014"]] * 30, ["Jilan", "Khalaf", "Hasan", "8/13/2014"]]))
    assert {r.person.abduction_date.earliest for r in rows[:30]} == {date(2014, 8, 3)}
    assert rows[30].person.abduction_date.earliest == date(2014, 8, 13)
    assert all(r.warnings == [] for r in rows)


def test_a_birth_column_written_month_first_is_read_so(tmp_path):
    rows = _rows(write_csv(tmp_path / "l.csv", ["Name", "Father", "Born"], [
        ["Nadia", "Murad", "6/20/1999"], ["Jilan", "Khalaf", "3/5/1998"]]))
    assert [r.person.birth.earliest for r in rows] == [date(1999, 6, 20), date(1998, 3, 5)]


def test_an_abduction_before_the_attack_on_sinjar_is_warned(tmp_path):
    """1/8/2014 (1 August) and 2013 were imported without a word: the abductions from Sinjar
    began on 3 August 2014."""
    rows = _rows(write_csv(tmp_path / "l.csv", HEADER, [
        ["Nadia", "Murad", "Basi", "1/8/2014"], ["Jilan", "Khalaf", "Hasan", "2013"],
        ["Layla", "Khidr", "Qasim", "3/8/2014"], ["Vian", "Dakhil", "Hasan", "2014"]]))
    assert [r.warnings for r in rows] == [
        ["column D (Date of abduction): '1/8/2014' is before 2014-08-03, when the abductions "
         "from Sinjar began; check the row"],
        ["column D (Date of abduction): '2013' is before 2014-08-03, when the abductions from "
         "Sinjar began; check the row"], [], []]
    assert rows[0].person.abduction_date.earliest == date(2014, 8, 1)  # kept as the list says


def test_the_court_dossier_quotes_the_lists_cell_with_the_day_it_was_read_as(tmp_path):
    """'8/3/2014 (2014-03-08)' it would say beside her abduction on 2014-08-03."""
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "l.csv", HEADER, MONTH_FIRST)
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    pdf = tmp_path / "d.pdf"
    sharing = cli(tmp_path, "person", "sharing", "court", "SNJ-1")  # a court may receive it
    assert sharing.returncode == 0, sharing.stderr
    done = cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "8/3/2014 (2014-08-03)" in text, text
    assert "2014-03-08" not in text


def test_a_date_is_read_month_first_only_when_asked():
    assert FuzzyDate.parse("8/3/2014").earliest == date(2014, 3, 8)
    assert FuzzyDate.parse("8/3/2014", month_first=True).earliest == date(2014, 8, 3)
    assert FuzzyDate.parse("8/15/14", month_first=True).earliest == date(2014, 8, 15)
    assert FuzzyDate.parse("2014-08-03", month_first=True).earliest == date(2014, 8, 3)
    assert FuzzyDate.parse("08/2014", month_first=True).earliest == date(2014, 8, 1)
