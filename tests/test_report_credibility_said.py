"""A report's credibility is printed with its meaning beside its number: a court dossier said
"2" and "6" under "Credibility (1-6)", and nobody could tell whether 1 is best. The standard
1-6 scale (1 confirmed by other sources .. 6 truth cannot be judged) in every paper language,
in `report add/edit --help`, `report list` and the desktop's report tables."""

from __future__ import annotations

import json
import subprocess

import pytest
from PySide6.QtCore import Qt

from app.reports.labels import LANGUAGES
from tests.built_once import built_once

# 2 and 6 of the scale in each paper's language; 1 is on none of the papers below
MEANING = {
    "en": {1: "confirmed by other sources", 2: "probably true", 6: "truth cannot be judged"},
    "ar": {1: "مؤكد من مصادر أخرى", 2: "صحيح على الأرجح", 6: "لا يمكن الحكم على صحته"},
    "ckb": {1: "لە سەرچاوەی ترەوە پشتڕاستکراوەتەوە", 2: "بە ئەگەری زۆر ڕاستە",
            6: "ڕاستییەکەی ناتوانرێت هەڵبسەنگێنرێت"},
    "kmr": {1: "ji çavkaniyên din hatiye piştrastkirin", 2: "bi îhtîmaleke mezin rast e",
            6: "rastiya wê nayê nirxandin"},
}


# the bidi marks pdftotext puts around a run stand between words
_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
                               "\u200e\u200f"), " ")


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    # freed: while she is held, a court paper prints no report of her since her abduction
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--sharing", "court",
               "--status", "rescued", "--status-date", "2019").returncode == 0
    for credibility, text in (("2", "seen at the market"), ("6", "heard she was moved")):
        r = cli("report", "add", "--person", "SNJ-1", "--text", text, "--credibility",
                credibility, "--observed", "2016", "--cannot-identify-source")
        assert r.returncode == 0, r.stderr
    return cli


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_court_dossier_says_what_each_credibility_means(vault, tmp_path, lang):
    out = tmp_path / f"d-{lang}.pdf"
    r = vault("dossier", "SNJ-1", "-o", str(out), "--profile", "court", "--lang", lang)
    assert r.returncode == 0, r.stderr
    # the words of a narrow cell come on lines of their own, between other columns' words
    words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.translate(_MARKS).split()
    for n in (2, 6):
        meaning = MEANING[lang][n].split()
        assert all(w in words for w in meaning), (lang, n)
        # the number beside its meaning, on either side in a right-to-left line
        assert any(words[i:i + 2] in ([str(n), "–"], ["–", str(n)]) for i in range(len(words)))
    assert not all(w in words for w in MEANING[lang][1].split())


def test_every_paper_language_words_the_whole_scale():
    from app.domain.records import CREDIBILITY
    from app.reports.labels import label

    for lang in LANGUAGES:
        said = [label(f"credibility_{n}", lang) for n in range(1, 7)]
        assert all(said) and len(set(said)) == 6, lang
        assert {n: said[n - 1] for n in MEANING[lang]} == MEANING[lang]
    assert [label(f"credibility_{n}", "en") for n in range(1, 7)] == list(CREDIBILITY.values())


def test_the_command_line_says_the_scale(vault):
    for command in ("add", "edit"):
        helped = " ".join(vault("report", command, "--help").stdout.split())
        assert "1 confirmed by other sources" in helped, command
        assert "6 truth cannot be judged" in helped and "1 the most credible" in helped
    listed = vault("report", "list").stdout.splitlines()
    assert "credibility 6 (truth cannot be judged)" in listed[0]
    assert "credibility 2 (probably true)" in listed[1]
    data = json.loads(vault("--json", "report", "list").stdout)
    assert [(d["credibility"], d["credibility_meaning"]) for d in data] == [
        (6, "truth cannot be judged"), (2, "probably true")]


def test_the_desktop_report_tables_say_what_the_number_means(qtbot, gui, tmp_path):
    """Her Reports tab and the Reports screen showed a bare "2"."""
    from app.domain.records import Report
    from app.vault import KdfParams, create_vault
    from tests.conftest import PASSPHRASE
    from tests.ui_support import unlock

    session, _ = create_vault(tmp_path / "vault", PASSPHRASE, "SNJ", KdfParams.fast())
    from app.domain.person import NamePart, NameText, Person
    her = session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")}))
    session.records.add_report(Report(text="seen at the market", credibility=2,
                                      person_ids=[her.id]))
    session.close()
    gui.vault_dir = tmp_path / "vault"
    main = unlock(qtbot, gui)
    view = main.show_screen("reports")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    header = [view.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(view.model.columnCount())]
    assert view.model.item(0, header.index("Credibility")).text() == "2 – probably true"
    main.open_person(her.case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    header = [tab.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(tab.model.columnCount())]
    assert tab.model.item(0, header.index("Credibility")).text() == "2 – probably true"
    assert tab.credibility.itemText(1) == "1 – confirmed by other sources"
