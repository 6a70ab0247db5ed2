"""A list that writes 01/01/YYYY where only the birth year is known: when 1 January is at least
5 of a date column's whole days and at least a fifth of them, each 1 January of the column is
read as its year only (the cell kept as written), and the mapping, the dry run and the import
preview say so once. Court papers then print the year, not a birthday no one knows. A list
where 1 January is rare keeps it as a day, and records already in a vault are not changed."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from app.importing import read_table
from app.importing.convert import Converter
from app.importing.mapping import suggest
from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Village", "Status", "Date of birth", "Date of abduction"]
NAMES = [("Nadia", "Murad"), ("Jilan", "Khalaf"), ("Layla", "Qasim"), ("Vian", "Hasan"),
         ("Shirin", "Elias"), ("Nasrin", "Ali"), ("Hadiya", "Saleh"), ("Adiba", "Khidir")]
# five of the seven whole days are 1 January: the list knew the year only
PLACEHOLDERS = ["01/01/1998", "01/01/1995", "1/1/2001", "01/01/1990", "01/01/1999",
                "12/05/1997", "23/09/2003", "1996"]
# one 1 January among days: a day like the others
DAYS = ["01/01/1998", "12/05/1997", "23/09/2003", "14/02/1995", "30/06/1999", "02/03/2001",
        "11/11/1990", "1996"]
SAID = ("1 January is 5 of its 7 whole days (such as '01/01/1998'), as a list writes a date "
        "when only the year is known: each 1 January of the column is read as its year only, "
        "the cell kept as written")


def _list(tmp_path, births, name="l.csv"):
    return write_csv(tmp_path / name, HEADER, [[g, f, "Kocho", "missing", b, "03/08/2014"]
                                               for (g, f), b in zip(NAMES, births, strict=True)])


def _text(pdf) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def _court_may_receive_all(tmp_path) -> None:
    """Every person's sharing level set to court: these tests are of the dates papers print."""
    listed = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    assert cli(tmp_path, "person", "sharing", "court",
               *[p["case_no"] for p in listed]).returncode == 0


def test_the_rule_counts_whole_days_and_needs_five_and_a_fifth():
    from app.importing.new_year import judge

    assert judge(["01/01/1998"] * 4 + ["12/05/1997"]) is None  # four: too few to tell
    assert judge(["01/01/1998"] * 5 + ["12/05/1997"] * 20).count == 5  # exactly a fifth
    assert judge(["01/01/1998"] * 5 + ["12/05/1997"] * 21) is None  # less than a fifth
    assert judge(["01/01/1998"] * 5 + ["1997"] * 100).days == 5  # years are no days


def test_a_column_of_placeholders_reads_each_1_january_as_its_year(tmp_path):
    t = read_table(str(_list(tmp_path, PLACEHOLDERS)))
    conv = Converter(t, suggest(t))
    births = [conv.convert(r).person.birth for r in t.rows]
    assert [(b.earliest, b.latest, b.text) for b in births[:3]] == [
        (date(1998, 1, 1), date(1998, 12, 31), "01/01/1998"),
        (date(1995, 1, 1), date(1995, 12, 31), "01/01/1995"),
        (date(2001, 1, 1), date(2001, 12, 31), "1/1/2001")]
    assert births[5].earliest == births[5].latest == date(1997, 5, 12)  # a day stays a day
    assert [conv.convert(r).warnings for r in t.rows] == [[]] * 8  # said once, for the column
    # a list where 1 January is rare keeps it as a day
    t = read_table(str(_list(tmp_path, DAYS, "days.csv")))
    conv = Converter(t, suggest(t))
    first = conv.convert(t.rows[0]).person.birth
    assert first.earliest == first.latest == date(1998, 1, 1)
    assert "1 January" not in " ".join(map(str, suggest(t).reasons.values()))


def test_the_dry_run_says_it_once_in_the_mapping(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = _list(tmp_path, PLACEHOLDERS)
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert ("  Date of birth -> birth  (header 'Date of birth' matches 'date of birth'; "
            f"{SAID})\n") in dry, dry
    assert dry.count(SAID) == 1  # the column's line only: no row repeats it
    data = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert data["new_year_as_year"] == ["Date of birth"]


def test_a_court_dossier_and_summary_print_the_year_and_quote_the_cell(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    done = cli(tmp_path, "import", str(_list(tmp_path, PLACEHOLDERS)), "--yes")
    assert done.returncode == 0, done.stderr
    _court_may_receive_all(tmp_path)
    pdf = tmp_path / "d.pdf"
    assert cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court").returncode == 0
    text = _text(pdf)
    assert "Born 1998 " in text, text
    assert "1998-01-01" not in text
    # the list's row as it was written, with what it was read as
    assert "Born: 01/01/1998 (1998)" in text, text
    pdf = tmp_path / "s.pdf"
    assert cli(tmp_path, "summary", "-o", str(pdf), "--profile", "court").returncode == 0
    text = _text(pdf)
    assert "-01-01" not in text, text
    assert all(year in text for year in ("1998", "1995", "2001", "1990", "1999"))
    assert "1997-05-12" in text  # a day of the same column stays a day


def test_records_already_in_the_vault_keep_their_day_and_a_new_one_gets_the_year(tmp_path):
    """A list where 1 January is rare prints it as the day; a vault whose births were read so
    keeps them when a list of placeholders names her again, and only the woman that list
    adds is read by the rule."""
    assert cli(tmp_path, "init").returncode == 0
    assert cli(tmp_path, "import", str(_list(tmp_path, DAYS[:7] + ["2000"])),
               "--yes").returncode == 0
    _court_may_receive_all(tmp_path)
    pdf = tmp_path / "d.pdf"
    assert cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court").returncode == 0
    assert "Born 1998-01-01" in _text(pdf)
    before = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-1").stdout)
    again = write_csv(tmp_path / "again.csv", HEADER, [
        [g, f, "Kocho", "missing", b, "03/08/2014"]
        for (g, f), b in zip([*NAMES[:7], ("Samira", "Hasso")],
                             [*PLACEHOLDERS[:7], "01/01/1993"], strict=True)])
    done = cli(tmp_path, "import", str(again), "--yes")
    assert done.returncode == 0, done.stderr
    after = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-1").stdout)
    assert after["birth"] == before["birth"], (before["birth"], after["birth"])
    listed = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    samira = next(p["case_no"] for p in listed if "Samira" in json.dumps(p))
    added = json.loads(cli(tmp_path, "--json", "person", "show", samira).stdout)
    assert added["birth"] == {"earliest": "1993-01-01", "latest": "1993-12-31",
                              "text": "01/01/1993"}
