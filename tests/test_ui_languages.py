"""Interface languages: English, Arabic, Sorani and Kurmanji through Qt's translation files,
right-to-left for Arabic and Sorani, and every interface string translated."""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.ui_support import unlock
from ui.settings import write_language

TRANSLATIONS = ROOT / "resources" / "translations"


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
            for m in c.iter("message")}


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_every_interface_string_is_translated(lang, tmp_path):
    ts = TRANSLATIONS / f"casekeeper_{lang}.ts"
    root = ET.parse(ts).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []
    # the .ts file knows every string the code asks for (pyside6-lupdate on the code now)
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    # the files the Makefile's translations give lupdate: ui/, and the audit trail's sentences
    read = [*sorted((ROOT / "ui").glob("*.py")), ROOT / "app" / "audit_words.py"]
    subprocess.run([str(lupdate), *map(str, read), "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    assert _sources(fresh) <= _sources(ts)
    assert (TRANSLATIONS / f"casekeeper_{lang}.qm").stat().st_mtime >= ts.stat().st_mtime - 1


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_every_translation_keeps_the_places_of_its_values(lang):
    """A translation that lost its %1 would say a refusal without the file, row or column it
    names (or a count without its number): each form keeps every place its source has."""
    import re
    root = ET.parse(TRANSLATIONS / f"casekeeper_{lang}.ts").getroot()
    lost = []
    for c in root.iter("context"):
        for m in c.iter("message"):
            tr, source = m.find("translation"), m.findtext("source")
            if tr.get("type") == "vanished":
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or ["".join(tr.itertext())]
            lost += [(c.findtext("name"), source, form) for form in forms
                     if set(re.findall(r"%\d", source)) != set(re.findall(r"%\d", form))]
    assert lost == []


def test_arabic_interface_is_translated_and_right_to_left(qtbot, gui, demo_vault, qapp):
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    access = gui.show_access()
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert access.unlock_button.text() == "فتح"
    main = unlock(qtbot, gui)
    assert main.nav.item(0).text() == "الأشخاص"
    assert main.persons.model.headerData(0, Qt.Orientation.Horizontal) == "رقم الملف"
    assert main.persons.status.itemText(1) == "مفقودة"
    assert "الأشخاص" in main.persons.counts.text()
    main.open_person("DEMO-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert page.tabs.tabText(0) == "التسلسل الزمني للحالة"
    assert page.status_tab.model.headerData(0, Qt.Orientation.Horizontal) == "التاريخ"
    assert page.buttons["edit"].text() == "تعديل"


@pytest.mark.parametrize("lang,rtl,word", [("ckb", True, "کەسەکان"), ("kmr", False, "Kes"),
                                            ("en", False, "Persons")])
def test_kurdish_and_english_interfaces(qtbot, gui, demo_vault, qapp, lang, rtl, word):
    write_language(demo_vault, lang)
    gui.vault_dir = demo_vault
    gui.language = lang
    main = unlock(qtbot, gui)
    assert main.nav.item(0).text() == word
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == expected


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_progress_bar_counts_in_the_digits_every_other_number_is_written_in(qapp, lang):
    from PySide6.QtCore import QLocale

    from ui.i18n import locale_for
    from ui.progress import ProgressPanel

    saved = QLocale()
    QLocale.setDefault(locale_for(lang))
    try:
        assert "٤٠" in locale_for(lang).toString(40)  # what the locale alone would write
        panel = ProgressPanel()
        panel.bar.setRange(0, 100)
        panel.bar.setValue(40)
        assert panel.bar.text() == "40%"
    finally:
        QLocale.setDefault(saved)


def test_the_language_chosen_on_the_unlock_window_is_kept(qtbot, gui, made_vault):
    folder, _code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    window.language.setCurrentIndex(window.language.findData("kmr"))
    assert gui.access is not window and gui.access.unlock_button.text() == "Veke"
    from ui.settings import read_language
    assert read_language(folder) == "kmr"


def test_latin_values_keep_their_order_in_a_right_to_left_interface(qapp):
    """A time stamp in an Arabic table read "09:45:28Z 2026-12-01" before: a value with no
    Arabic letter is now isolated left to right there, and only there (a mark in front of it
    left a header "No." drawn ".No")."""
    from ui.bidi import LRI, PDI
    from ui.widgets import plain_item
    try:
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert plain_item("2026-12-01 09:45:28Z").text() == LRI + "2026-12-01 09:45:28Z" + PDI
        assert plain_item("خالدة 2014").text() == "خالدة 2014"   # its own direction already
        assert plain_item("").text() == ""
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert plain_item("2026-12-01 09:45:28Z").text() == "2026-12-01 09:45:28Z"


def test_a_match_explanation_reads_in_the_interface_language(qtbot, new_translations, gui,
                                                             demo_vault):
    from ui.labels import explanation_text

    # "aliases" compares her nickname and other spellings, and is named so on every screen
    why = "given match, father partial, aliases match, sex mismatch; another record fits as well"
    assert explanation_text(why) == ("given name match, father partial, nickname / other "
                                     "spellings match, sex mismatch; another record fits as well")
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    gui.show_access()
    assert explanation_text(why) == ("الاسم متطابق، أب جزئي، الكنية / تهجئات أخرى متطابقة، "
                                     "الجنس مختلف؛ سجل آخر يطابق بالقدر نفسه")


def test_a_birth_worked_out_from_an_age_reads_in_the_interface_language(qtbot, gui, demo_vault):
    """The importer stores 'age 23, year not given' in English; the Arabic list showed it so."""
    from ui.labels import birth_said

    assert birth_said("age 23, year not given") == "age 23, year not given"
    assert birth_said("approximately 1998") == "about 1998"
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    gui.show_access()
    assert birth_said("age 23, year not given") == "العمر 23، السنة غير مذكورة"
    assert birth_said("age ٢٣ in 2019") == "العمر 23 في 2019"
    # the date after the word isolated (LRI..PDI): 1998-08-03 would be drawn 03-08-1998
    assert birth_said("about 1998") == "حوالي \u20661998\u2069"
    assert birth_said("حوالي ١٩٩٨") == "حوالي \u20661998\u2069"
    assert birth_said("about 1998-08-03") == "حوالي \u20661998-08-03\u2069"
    assert birth_said("1998") == "1998" and birth_said("03/08/1998") == "03/08/1998"


def test_a_tie_names_the_other_record_in_the_interface_language(qtbot, gui, demo_vault):
    from ui.labels import explanation_text

    why = ("given match, father match; another record fits as well: SNJ-00002 (score 0.996); "
           "added to the vault after this list was staged")
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    gui.show_access()
    assert explanation_text(why) == ("الاسم متطابق، أب متطابق؛ سجل آخر يطابق بالقدر نفسه: "
                                     "SNJ-00002 (الدرجة 0.996)؛ أُضيف إلى الخزنة بعد تحضير "
                                     "هذه القائمة للاستيراد")
    assert explanation_text("given match; another record fits as well: row 3 (score 0.990)") \
        == "الاسم متطابق؛ سجل آخر يطابق بالقدر نفسه: الصف 3 (الدرجة 0.990)"
    assert explanation_text("given match, grandfather match; read as leaving out the father's "
                            "name").endswith("؛ قُرئ الاسم دون اسم الأب")
    assert explanation_text("given match, father match, birth mismatch; the whole name agrees: "
                            "asked although other fields disagree").endswith(
        "؛ الاسم الكامل متطابق: سُئل عنه رغم اختلاف حقول أخرى")


def test_in_arabic_a_mans_status_is_said_in_the_masculine(qtbot, gui, made_vault):
    """مفقود for Khalil, مفقودة for Nadia: in the list, on his page and in his timeline."""
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for given, sex in (("خليل", Sex.MALE), ("نادية", Sex.FEMALE)):
        s.persons.create(Person(names={NamePart.GIVEN: NameText(given)}, sex=sex,
                                status_events=[StatusEvent(Status.DECEASED,
                                                           FuzzyDate.parse("2014")),
                                               StatusEvent(Status.MISSING,
                                                           FuzzyDate.parse("2015"))]))
    s.close()
    write_language(folder, "ar")
    gui.vault_dir = folder
    gui.language = "ar"
    main = unlock(qtbot, gui)
    model = main.persons.model
    qtbot.waitUntil(lambda: model.data(model.index(1, 5)) not in (None, "…"), timeout=10_000)
    assert [model.data(model.index(r, 5)) for r in (0, 1)] == ["مفقود", "مفقودة"]
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert page.heading.text().endswith("مفقود")
    timeline = {page.status_tab.model.item(r, 1).text()
                for r in range(page.status_tab.model.rowCount())}
    assert timeline == {"متوفى", "مفقود"}


def _drawn(text: str, font, rtl: bool) -> str:
    """The Latin letters, digits and punctuation of text in the order Qt draws them, left to
    right, each line laid out as a label in that direction lays it out; any other glyph (an
    Arabic letter) is a dot. Glyphs are told apart by their index in the font they are drawn
    from: the string indexes Qt gives with them are wrong where a line falls back to a second
    font for some characters."""
    from PySide6.QtGui import QTextLayout, QTextOption

    known = string.digits + string.ascii_letters + string.punctuation + " –≤«»"
    flags = QTextLayout.GlyphRunRetrievalFlag
    lines = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine().setLineWidth(100_000)
        layout.endLayout()
        placed = []
        for run in layout.glyphRuns(-1, -1, flags.RetrieveGlyphPositions
                                    | flags.RetrieveGlyphIndexes):
            chars = dict(zip(run.rawFont().glyphIndexesForString(known), known, strict=True))
            chars.pop(0, None)  # characters the font has no glyph for
            placed += [(at.x(), chars.get(g, "·"))
                       for at, g in zip(run.positions(), run.glyphIndexes(), strict=True)]
        lines.append("".join(c for _x, c in sorted(placed)))
    return "\n".join(lines)


def test_isolated_values_keep_their_order_in_a_right_to_left_sentence(qapp):
    """Before, 2014-08-03 inside an Arabic sentence was drawn 03-08-2014, and the range
    2014 – 2019 as 2019 – 2014; a value with Arabic letters in an English sentence is
    isolated too (two Arabic sheet names after a colon swapped places)."""
    from PySide6.QtGui import QFont

    from ui.bidi import FSI, LRI, PDI, filled, isolated

    font = QFont()
    try:
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        sentence = filled("سُجّل في %3 أن %1 و%2 ليسا الشخص نفسه. %4", "SNJ-00004",
                          "SNJ-00005", "2014-08-03", "2014 – 2019")
        assert sentence.count(LRI) == 4 and sentence.count(PDI) == 4
        drawn = _drawn(sentence, font, rtl=True)
        assert "2014-08-03" in drawn and "2014 – 2019" in drawn
        # what the isolates prevent: the same sentence without them
        bare = "سُجّل في 2014-08-03 أن SNJ-00004 و SNJ-00005. 2014 – 2019"
        assert "2014-08-03" not in _drawn(bare, font, rtl=True)
        assert isolated("نادية") == FSI + "نادية" + PDI
        assert filled("%1: %2", "%2", "x") == LRI + "%2" + PDI + ": " + LRI + "x" + PDI
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert isolated("2014-08-03") == "2014-08-03"        # English needs none
    assert isolated("كوجو") == FSI + "كوجو" + PDI
    assert filled("Note: %1", "") == "Note: "


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_date_in_a_right_to_left_question_reads_in_its_own_order(qtbot, gui, made_vault,
                                                                  lang):
    """The question before merging two records marked not the same person names the day of
    that decision: in Arabic and Sorani it was drawn 01-12-2026 for 2026-12-01."""
    from datetime import date

    from PySide6.QtWidgets import QLabel, QMessageBox

    from app.domain.person import NamePart, NameText, Person, Sex
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.ui_support import wait_job

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    a, b = (s.persons.create(Person(
        names={NamePart.GIVEN: NameText("", "Layla"), NamePart.FATHER: NameText("", "Murad"),
               NamePart.GRANDFATHER: NameText("", "Basi")}, sex=Sex.FEMALE)).case_no
        for _ in range(2))
    s.close()
    write_language(folder, lang)
    gui.vault_dir = folder
    gui.language = lang
    main = unlock(qtbot, gui)
    view = main.show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: view.pairs != [], timeout=60_000)
    wait_job(qtbot, gui.worker, lambda s: s.matching.not_same(a, b, note="sisters 2014-2015"))
    view.buttons["keep_a"].click()
    qtbot.waitUntil(lambda: any(q.isVisible() for q in view.findChildren(
        QMessageBox, "decisionQuestion")), timeout=10_000)
    box = next(q for q in view.findChildren(QMessageBox, "decisionQuestion") if q.isVisible())
    label = next(w for w in box.findChildren(QLabel) if w.text() == box.text())
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    drawn = _drawn(box.text(), label.font(), rtl=True)
    today = date.today().isoformat()
    assert today in drawn and a in drawn and b in drawn and "sisters 2014-2015" in drawn
    box.reject()


def test_a_date_that_cannot_be_read_is_quoted_in_its_own_order_in_arabic(qtbot, gui,
                                                                         demo_vault):
    """The filter's complaint quotes what was typed: 2014-13-45 was drawn 45-13-2014."""
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    main = unlock(qtbot, gui)
    view = main.persons
    view.abducted_from.setText("2014-13-45")
    qtbot.waitUntil(lambda: view.filter_error.isVisibleTo(view), timeout=10_000)
    drawn = _drawn(view.filter_error.text(), view.filter_error.font(), rtl=True)
    assert "2014-13-45" in drawn


QT_BUTTONS = ["Ok", "Cancel", "Yes", "No", "Save", "Close", "Discard", "Apply", "Open", "Reset",
              "RestoreDefaults", "Help", "SaveAll", "YesToAll", "NoToAll", "Abort", "Retry",
              "Ignore"]


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_qts_standard_buttons_read_in_the_interface_language(qtbot, qapp, lang):
    """Qt ships its own words (OK, Cancel, Yes...) in Arabic only: a Sorani or Kurmanji
    question offered "Cancel" beside "Merge anyway" in the language chosen."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

    from app.domain.script import has_arabic
    from ui.i18n import apply_language
    from ui.widgets import ask_to_go_ahead

    english = QDialogButtonBox()
    every = QDialogButtonBox.StandardButton.NoButton
    for name in QT_BUTTONS:
        every |= getattr(QDialogButtonBox.StandardButton, name)
    english.setStandardButtons(every)
    words = {english.button(getattr(QDialogButtonBox.StandardButton, n)).text().replace("&", "")
             for n in QT_BUTTONS}
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        apply_language(qapp, lang)
        box = QMessageBox(QMessageBox.Icon.Question, "CaseKeeper", "?",
                          QMessageBox.StandardButton(every.value))
        qtbot.addWidget(box)
        said = {n: box.button(getattr(QMessageBox.StandardButton, n)).text().replace("&", "")
                for n in QT_BUTTONS}
        assert not set(said.values()) & words, said
        assert len(set(said.values())) == len(QT_BUTTONS)       # each its own word
        assert all(has_arabic(w) == (lang != "kmr") for w in said.values()), said
        dialog = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                  | QDialogButtonBox.StandardButton.Cancel)
        assert dialog.button(QDialogButtonBox.StandardButton.Cancel).text() == said["Cancel"]
        # the question the program asks before a merge or an update against a contradiction
        ask_to_go_ahead(parent, ["?"], "decisionQuestion", "Merge anyway", "mergeAnyway",
                        lambda: None)
        question = parent.findChild(QMessageBox, "decisionQuestion")
        cancel = question.button(QMessageBox.StandardButton.Cancel).text().replace("&", "")
        assert cancel == said["Cancel"] and cancel not in words
        question.reject()
    finally:
        apply_language(qapp, "en")


def _file_dialog_words(dialog) -> dict[str, str]:
    """What Qt's own file dialog says (DontUseNativeDialog, as the program opens it): its
    labels, buttons, tool tips and the detail view's columns."""
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QToolButton, QTreeView

    said = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)
            if label.objectName() in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    said |= {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton)
             if b.objectName() in ("backButton", "forwardButton", "toParentButton",
                                   "newFolderButton", "listModeButton", "detailModeButton")}
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    said |= {f"button{n}": b.text() for n, b in enumerate(buttons.buttons())}
    tree = dialog.findChild(QTreeView, "treeView")
    said |= {f"column{c}": tree.model().headerData(c, Qt.Orientation.Horizontal)
             for c in range(4)}
    return {k: v.replace("&", "") for k, v in said.items()}


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_qts_file_dialog_reads_in_the_interface_language(qtbot, qapp, tmp_path, lang):
    """Choosing a list to import or where to save a PDF, Sorani and Kurmanji read Look in:,
    File name:, Files of type:, Open, Cancel, Detail View... in English (Qt has no words for
    them), and Arabic read Look in: and Files of type: so."""
    from PySide6.QtWidgets import QFileDialog

    from app.domain.script import has_arabic
    from ui.i18n import apply_language

    def dialog(save: bool) -> QFileDialog:
        d = QFileDialog(None, "CaseKeeper", str(tmp_path), "PDF (*.pdf)")
        d.setOption(QFileDialog.Option.DontUseNativeDialog)
        if save:
            d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(d)
        return d

    english = {save: _file_dialog_words(dialog(save)) for save in (False, True)}
    assert english[False]["lookInLabel"] == "Look in:"
    assert "Open" in english[False].values() and "Save" in english[True].values()
    try:
        apply_language(qapp, lang)
        for save in (False, True):
            said = _file_dialog_words(dialog(save))
            assert said.keys() == english[save].keys()
            assert [k for k, v in said.items() if v == english[save][k]] == [], said
            assert all(has_arabic(v) == (lang != "kmr") for v in said.values()), said
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize("lang, comma", [("ar", "، "), ("ckb", "، "), ("kmr", ", "), ("en", ", ")])
def test_lists_in_the_interface_are_joined_by_its_own_comma(qapp, lang, comma):
    """A Sorani notice listing rows or names read "5, 6" with a Latin comma: every list the
    desktop writes is joined by list_comma, never by a comma written in the code."""
    from pathlib import Path

    from ui.i18n import apply_language, list_comma

    try:
        apply_language(qapp, lang)
        assert list_comma() == comma
    finally:
        apply_language(qapp, "en")
    ui = Path(__file__).resolve().parent.parent / "ui"
    written = [p.name for p in ui.glob("*.py") if '", ".join(' in p.read_text(encoding="utf-8")]
    assert not written, written
