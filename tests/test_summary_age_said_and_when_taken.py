"""A summary's age filter says which age it is (today, on the day printed, or when she was
taken) and that persons with no birth recorded are not listed, in every paper language; and
`summary --age-when-taken` and the Print screen's "Age counted" print "girls under 18 when
taken". The paper said "Age: … – 17 — No person is listed", read by a court as "no children
were taken" of women who were children in 2014 (found by a tester)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from app.reports.labels import LANGUAGES, label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

YEAR = date.today().year


@pytest.fixture
@built_once
def taken_as_girls(cli) -> dict[str, str]:
    """Two women taken in 2014, one a girl then (born 2001), and one with no birth."""
    assert cli("init").returncode == 0
    people = {}
    for given, born in (("Layla", "2001"), ("Nadia", "1990"), ("Xatun", "")):
        args = ["--given", given, "--sex", "F", "--village", "Kocho", "--status", "missing",
                "--sharing", "public", "--abducted", "03/08/2014"]
        args += ["--born", born] if born else []
        r = cli("--json", "person", "add", *args)
        assert r.returncode == 0, r.stderr
        people[given] = json.loads(r.stdout)["case_no"]
    return people


def _paper(cli, tmp_path, *args: str, lang: str = "en") -> str:
    out = tmp_path / f"s-{lang}.pdf"
    r = cli("summary", "-o", str(out), "--profile", "court", "--lang", lang, "--force", *args)
    assert r.returncode == 0, r.stderr
    return re.sub(r"[\s\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", pdftotext(out.read_bytes()))


def _bare(words: str) -> str:
    return re.sub(r"[\s\u2066-\u2069\u202a-\u202e\u200e\u200f]", "", words)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_age_today_says_so_with_its_date_and_who_it_leaves_out(cli, tmp_path,
                                                                   taken_as_girls, lang):
    text = _paper(cli, tmp_path, "--max-age", "17", lang=lang)
    # the words and the date apart: pdftotext gives an Arabic line's parts in its own order
    assert _bare(label("age_today_on", lang).split("(")[0]) in text, text
    assert date.today().isoformat() in text
    assert _bare(label("age_no_birth", lang)) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_age_when_taken_lists_the_girls_taken(cli, tmp_path, taken_as_girls, lang):
    text = _paper(cli, tmp_path, "--max-age", "17", "--age-when-taken", lang=lang)
    assert re.findall(r"SNJ-\d{5}", text) == [taken_as_girls["Layla"]]
    assert _bare(label("age_when_taken", lang).split("(")[0]) in text
    assert _bare(label("age_no_birth", lang)) in text


def test_the_command_line_names_the_age_that_left_nobody(cli, tmp_path, taken_as_girls):
    out = tmp_path / "s.pdf"
    r = cli("summary", "-o", str(out), "--profile", "court", "--min-age", "60",
            "--age-when-taken")
    assert r.returncode == 0, r.stderr
    assert "--min-age/--max-age 60 – … --age-when-taken" in r.stdout, r.stdout


def test_the_print_screen_counts_the_age_when_taken(qtbot, qapp):
    from ui.print_summary import SummaryChoice
    choice = SummaryChoice()
    qtbot.addWidget(choice)
    choice.filters.age_to.setText("17")
    assert choice.summary_filter().age_when_taken is False
    before = choice.typed()
    choice.age_when.setCurrentIndex(choice.age_when.findData(True))
    assert choice.typed() != before  # a preview made before is out of date
    f = choice.summary_filter()
    assert f.age_when_taken is True and f.max_age == 17
    assert choice.age_labels[1].text() == "Age when taken, to"
    assert "Age when taken" in choice.box_said("age")
    choice.take({"query": "Layla"})  # the Persons list's boxes are ages today
    assert choice.summary_filter().age_when_taken is False
    assert choice.age_labels[0].text() == "Age today, from"
