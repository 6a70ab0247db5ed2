"""A summary whose filters leave nobody (a family's summary printed with "missing" left set
after she was rescued) printed an empty table and no word: a family reads that as no news. The
document says which filter left nobody, and so do the command line and the Print screen,
before anything is saved or printed."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.import_helpers import cli, write_csv
from tests.pdf_glyphs import comparable, expected_visual, glyph_lines
from tests.ui_support import unlock

HEADER = ["Name", "Father", "Village", "Status", "Date of birth", "Date of abduction"]
ROWS = [["Nadia", "Murad", "Kocho", "missing", "1993", "03/08/2014"],
        ["Jilan", "Khalaf", "Kocho", "rescued", "1998", "03/08/2014"],
        ["Layla", "Qasim", "Hardan", "missing", "1995", "03/08/2014"]]


def _vault(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    done = cli(tmp_path, "import", str(write_csv(tmp_path / "l.csv", HEADER, ROWS)), "--yes")
    assert done.returncode == 0, done.stderr


def _text(pdf) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_a_family_summary_with_a_status_left_set_names_that_filter(tmp_path):
    _vault(tmp_path)
    pdf = tmp_path / "f.pdf"
    done = cli(tmp_path, "summary", "-o", str(pdf), "--profile", "family", "--for", "SNJ-2",
               "--status", "missing")
    assert done.returncode == 0, done.stderr
    assert "--status missing leaves nobody of the 1 the filters before it choose" in done.stdout
    assert ("No person is listed: the filters before it choose 1, and the filter “Status: "
            "missing” leaves none of them.") in _text(pdf), _text(pdf)


def test_the_first_filter_that_matches_no_one_is_named_and_the_json_says_it(tmp_path):
    _vault(tmp_path)
    pdf = tmp_path / "s.pdf"
    done = cli(tmp_path, "--json", "summary", "-o", str(pdf), "--profile", "court",
               "--village", "Tel Qasab", "--status", "missing")
    assert done.returncode == 0, done.stderr
    # status first, as the document lists its filters: 2 missing, then no one of Tel Qasab
    assert json.loads(done.stdout)["nobody_left_by"] == {"filter": "village", "before": 2}
    assert "the filter “Village / town: Tel Qasab” leaves none of them" in _text(pdf)
    done = cli(tmp_path, "--json", "summary", "-o", str(pdf), "--profile", "court",
               "--sex", "M")
    assert json.loads(done.stdout)["nobody_left_by"] == {"filter": "sex", "before": None}
    assert "no one in the vault matches the filter “Sex: male”" in _text(pdf)
    # a summary that lists persons says nothing of the kind
    done = cli(tmp_path, "--json", "summary", "-o", str(pdf), "--profile", "court",
               "--status", "missing")
    assert "nobody_left_by" not in json.loads(done.stdout)
    assert "No person is listed" not in _text(pdf)


def test_an_arabic_summary_says_it_joined_and_in_order(tmp_path):
    _vault(tmp_path)
    pdf = tmp_path / "s.pdf"
    assert cli(tmp_path, "summary", "-o", str(pdf), "--profile", "court", "--sex", "M",
               "--lang", "ar").returncode == 0
    drawn = [comparable(line.visual) for page in glyph_lines(pdf.read_bytes())
             for line in page]
    # the sentence's start, as the bidi algorithm orders it right to left
    want = comparable(expected_visual("لا يوجد أي شخص في هذه القائمة", True))
    assert any(want in line for line in drawn), drawn[:8]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_print_screen_says_which_filter_left_nobody_before_printing(qtbot, gui, tmp_path,
                                                                        lang):
    from ui.settings import write_language

    _vault(tmp_path)
    write_language(tmp_path / "vault", lang)
    gui.vault_dir, gui.language = tmp_path / "vault", lang
    view = unlock(qtbot, gui).show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("family"))
    view.for_persons.setText("SNJ-2")
    view.status.setCurrentIndex(view.status.findData("missing"))
    view.preview()
    qtbot.waitUntil(lambda: view.built is not None or view.error.text() != "", timeout=30_000)
    assert view.error.text() == "" and view.save_button.isEnabled()  # made, and said
    said = view.nobody.text()
    assert view.nobody.isVisibleTo(view)
    if lang == "en":
        assert "This summary lists nobody" in said and "Status" in said and "Missing" in said
    else:
        assert "لا يذكر هذا الملخص أحداً" in said and "مفقود" in said, said
    view.grab().save(str(tmp_path / f"print-{lang}.png"))
    # the choices changed: the word of the document no longer shown goes with it
    view.status.setCurrentIndex(view.status.findData(None))
    assert view.nobody.text() == ""
