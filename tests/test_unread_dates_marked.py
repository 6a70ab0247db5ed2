"""A date text no date could be read from (a list's "20014" for an abduction, "صيف 2015") is
printed on dossiers and summaries, and shown on the desktop, as written and marked as not read
as a date in the document's or the interface's language: printed bare, a court reads it as a
date. Dates that are read keep the one form they print in."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.import_helpers import cli, write_csv
from tests.pdf_glyphs import comparable, expected_visual, glyph_lines
from tests.ui_support import unlock
from ui.settings import write_language

HEADER = ["Name", "Father", "Village", "Status", "Date of birth", "Date of abduction"]
ROWS = [["Nadia", "Murad", "Kocho", "missing", "1993", "20014"],
        ["Jilan", "Khalaf", "Kocho", "missing", "صيف 1998", "03/08/2014"]]
MARK = {"en": "(as written; not read as a date)", "ar": "(كما كُتب؛ لم يُقرأ تاريخاً)",
        "ckb": "(وەک نووسراوە؛ وەک بەروار نەخوێندراوەتەوە)",
        "kmr": "(wek hatiye nivîsîn; wek dîrok nehatiye xwendin)"}


def _vault(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "kocho.csv", HEADER, ROWS)
    done = cli(tmp_path, "import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    # a court may receive them all: these tests are of the dates each paper prints
    listed = json.loads(cli(tmp_path, "--json", "person", "list").stdout)
    assert cli(tmp_path, "person", "sharing", "court",
               *[p["case_no"] for p in listed]).returncode == 0


def _text(pdf, *options) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _words(text: str) -> str:
    """The text with its lines joined: a narrow column wraps the words."""
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "kmr"])
def test_a_dossier_prints_an_unread_date_as_written_and_marked(tmp_path, lang):
    _vault(tmp_path)
    pdf = tmp_path / "d.pdf"
    done = cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court",
               "--lang", lang)
    assert done.returncode == 0, done.stderr
    text = _words(_text(pdf, "-raw"))
    assert f"20014 {MARK[lang]}" in text, text
    assert "1993" in text and f"1993 {MARK[lang]}" not in text  # a read date: as before


def test_a_summary_marks_an_unread_birth_and_abduction_and_leaves_read_dates_alone(tmp_path):
    _vault(tmp_path)
    pdf = tmp_path / "s.pdf"
    done = cli(tmp_path, "summary", "-o", str(pdf), "--profile", "court", "--status",
               "missing")
    assert done.returncode == 0, done.stderr
    text = _words(_text(pdf, "-raw"))
    assert text.count(MARK["en"]) == 2, text  # 20014 and صيف 1998, nothing else
    assert f"20014 {MARK['en']}" in text
    assert "2014-08-03" in text and "1993" in text


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_an_arabic_script_paper_says_it_in_its_own_words_in_reading_order(tmp_path, lang):
    """Drawn right to left as the Unicode bidi algorithm orders the line: the number first in
    reading order, its words after it, joined and in order."""
    _vault(tmp_path)
    pdf = tmp_path / "d.pdf"
    assert cli(tmp_path, "dossier", "SNJ-1", "-o", str(pdf), "--profile", "court",
               "--lang", lang).returncode == 0
    drawn = [comparable(line.visual) for page in glyph_lines(pdf.read_bytes())
             for line in page]
    want = comparable(expected_visual(f"20014 {MARK[lang]}", True))
    assert any(want in line for line in drawn), (want, [d for d in drawn if "20014" in d])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_desktop_list_and_her_page_show_an_unread_date_marked(qtbot, gui, tmp_path, lang):
    """The Born column of the persons list said "صيف 1998" bare, as if read; her page put no
    word beside the abduction box's "20014"."""
    _vault(tmp_path)
    write_language(tmp_path / "vault", lang)
    gui.vault_dir, gui.language = tmp_path / "vault", lang
    main = unlock(qtbot, gui)
    model = main.persons.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.index(0, 0).data() != "…",
                    timeout=10_000)
    born = {model.index(r, 0).data(): model.index(r, BORN_COLUMN).data() for r in range(2)}
    words = DESKTOP[lang]
    assert "صيف 1998" in born["SNJ-00002"] and words in born["SNJ-00002"], born
    assert born["SNJ-00001"] == "1993"  # a read date: as before
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.form.abduction_date.text() == "20014", timeout=10_000)
    reading = page.form.readings[page.form.abduction_date]
    assert reading.isVisibleTo(page) and reading.text() == READING[lang], reading.text()
    page.grab().save(str(tmp_path / f"page-{lang}.png"))


BORN_COLUMN = 6  # the persons list's Born column
DESKTOP = {"en": "(as written; not read as a date)", "ar": "(كما كُتب؛ لم يُقرأ تاريخاً)"}
READING = {"en": "not read as a date", "ar": "لم يُقرأ تاريخاً"}
