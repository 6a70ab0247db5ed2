"""A paper for a court or the public prints every date whose day, month or year is known in one
form (2014-08-03, 1998-05, 1998), whatever form a list typed it in: '3/8/2014' beside
'2014-08-15' in one column, and 'Date 3/8/2014' on a public dossier, a foreign court reads as
8 March. Approximate dates and ages keep their words; text that is no date stays as typed."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.import_helpers import cli, write_csv

HEADER = ["Name", "Father", "Village", "Status", "Date of birth", "Date of abduction"]
ROWS = [["Nadia", "Murad", "Kocho", "missing", "1993", "2014-08-15"],
        ["Jilan", "Khalaf", "Kocho", "missing", "3/5/98", "3/8/2014"],
        ["Layla", "Qasim", "Kocho", "missing", "about 1998", "03/08/2014"],
        ["Vian", "Hasan", "Kocho", "missing", "05/1999", "٠٣/٠٨/٢٠١٤"],
        ["Shirin", "Elias", "Kocho", "missing", "soon", "about 3/8/2014"]]
PROFILES = ["court", "internal", "family", "public"]


def _vault(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "kocho.csv", HEADER, ROWS)
    done = cli(tmp_path, "import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    # on every paper: these tests are of the dates each prints
    assert cli(tmp_path, "person", "sharing", "public", "--village", "Kocho",
               "--yes").returncode == 0


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _typed_days(text: str) -> list[str]:
    """Dates as day/month/year in any digits: the form a reader abroad reads otherwise."""
    return re.findall(r"[\d٠-٩]{1,2}/[\d٠-٩]{1,2}/[\d٠-٩]{2,4}|[\d٠-٩]{1,2}/[\d٠-٩]{4}", text)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("profile", PROFILES)
def test_a_summary_prints_each_date_in_one_form(tmp_path, profile, lang):
    _vault(tmp_path)
    pdf = tmp_path / "s.pdf"
    args = ["summary", "-o", str(pdf), "--profile", profile, "--lang", lang,
            "--village", "Kocho", "--status", "missing"]
    if profile == "family":
        args += [a for n in range(1, 6) for a in ("--for", f"SNJ-{n}")]
        for n in range(2, 6):  # one family's paper: the five are sisters
            assert cli(tmp_path, "relative", "SNJ-1", "sibling", f"SNJ-{n}").returncode == 0
    done = cli(tmp_path, *args)
    assert done.returncode == 0, done.stderr
    text = _text(pdf)
    assert _typed_days(text) == [], text
    assert "2014-08-15" in text and text.count("2014-08-03") == 4, text
    assert "1998-05-03" in text and "1999-05" in text and "1993" in text


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("profile", PROFILES)
def test_a_dossier_prints_the_day_not_the_typed_order(tmp_path, profile, lang):
    _vault(tmp_path)
    for case, born, abducted in (("SNJ-2", "1998-05-03", "2014-08-03"),
                                 ("SNJ-4", "1999-05", "2014-08-03")):
        pdf = tmp_path / f"{case}.pdf"
        done = cli(tmp_path, "dossier", case, "-o", str(pdf), "--profile", profile,
                   "--lang", lang)
        assert done.returncode == 0, done.stderr
        text = _text(pdf)
        # the list's row as it was, with the day it was read as after it
        said = re.sub(r"\S+ \(\d{4}-\d\d(?:-\d\d)?\)", "", text)
        assert _typed_days(said) == [], text
        assert born in text and abducted in text


def test_the_list_quoted_on_a_court_dossier_gives_the_day_after_its_cell(tmp_path):
    _vault(tmp_path)
    pdf = tmp_path / "d.pdf"
    assert cli(tmp_path, "dossier", "SNJ-2", "-o", str(pdf), "--profile", "court").returncode == 0
    text = _text(pdf)
    assert "3/8/2014 (2014-08-03)" in text and "3/5/98 (1998-05-03)" in text, text


def test_about_a_day_and_text_that_is_no_date_keep_their_words(tmp_path):
    _vault(tmp_path)
    pdf = tmp_path / "d.pdf"
    assert cli(tmp_path, "dossier", "SNJ-5", "-o", str(pdf), "--profile", "court").returncode == 0
    text = _text(pdf)
    assert "about 2014-08-03" in text and "soon" in text, text
    pdf = tmp_path / "l.pdf"
    assert cli(tmp_path, "dossier", "SNJ-3", "-o", str(pdf), "--profile", "court").returncode == 0
    assert "about 1998 (1996–2000)" in _text(pdf)
