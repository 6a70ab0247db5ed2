"""Where a list's status contradicts the vault's, the import window's report says what to do in
the window (her page, its Status timeline tab, its buttons by the names they show), not the
command line's commands: a tester's Arabic report said `casekeeper person status-withdraw
DEMO-00003 located --date 2016-12-05` to a desktop user. Each line laid out in the
interface's direction, the list's own word for a status said only where it says more, and the
interface's comma between a status and its date."""

from __future__ import annotations

import ast

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
from tests.conftest import ROOT
from tests.import_helpers import new_vault, write_csv
from tests.test_ui_import_status_kept_against_in_interface_words import HEADER, NADIA, _imported

RTL = Qt.LayoutDirection.RightToLeft


def _report(tmp_path) -> dict:
    """A list saying missing of a woman the vault has located on 2016-12-05, and the other
    ways the report may advise (an earlier version of the list from the same sender, a status
    withdrawn before, a death)."""
    s = new_vault(tmp_path / "vault")
    try:
        s.persons.create(Person(
            names={NamePart.GIVEN: NameText("", "Nadia"), NamePart.FATHER: NameText("", "Basi"),
                   NamePart.GRANDFATHER: NameText("", "Taha"),
                   NamePart.FAMILY: NameText("", "Haskani")},
            status_events=[StatusEvent(Status.LOCATED, FuzzyDate.parse("2016-12-05"))]))
        rep = _imported(s, write_csv(tmp_path / "list.csv", HEADER, [[*NADIA, "مفقودة"]]))
    finally:
        s.close()
    (c,) = rep["conflicts"]
    came = {"batch": 1, "row": 2, "file": "v1.csv", "same_sender": True}
    rep["conflicts"] += [
        {**c, "case_no": "SNJ-00002", "vault_from": {**came, "only_status": True}},
        {**c, "case_no": "SNJ-00003", "vault_from": came},
        {**c, "case_no": "SNJ-00004", "vault_from": came, "list_status": "located",
         "list": "located, 2017", "list_date": "2017"},
        {**c, "case_no": "SNJ-00005", "withdrawn_before": "2026-01-05"},
        {**c, "case_no": "SNJ-00006", "vault": "missing", "list_status": "deceased",
         "list": "deceased, 2019", "list_date": "2019"}]
    return rep


def _said(qapp, rep: dict, lang: str) -> str:
    from ui.i18n import apply_language
    from ui.import_report import report_said
    try:
        apply_language(qapp, lang)
        return report_said(rep)
    finally:
        apply_language(qapp, "en")


def _labels(qapp, lang: str) -> list[str]:
    """The tab's and buttons' names as her page shows them in lang, without a button's '...'."""
    from ui.i18n import apply_language
    try:
        apply_language(qapp, lang)
        return [QCoreApplication.translate(c, t).rstrip(".") for c, t in (
            ("PersonPage", "Status timeline"), ("StatusTab", "Withdraw the selected status..."),
            ("StatusTab", "Add event"), ("PersonPage", "Provenance"),
            ("ProvenanceTab", "Withdraw the chosen row..."))]
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # the .qm files do not have the lines yet
def test_the_window_names_her_page_and_its_buttons_not_commands(qapp, tmp_path, lang):
    rep = _report(tmp_path)
    said = _said(qapp, rep, lang)
    assert "casekeeper" not in said and "--date" not in said, said
    tab, withdraw, add, rows, withdraw_row = _labels(qapp, lang)
    lines = {n: next(x for x in said.split("\n") if f"SNJ-0000{n}" in x and (tab in x or rows in x))
             for n in range(1, 7)}
    assert withdraw in lines[1] and add in lines[1], lines[1]  # withdraw hers, add the list's
    assert rows in lines[2] and withdraw_row in lines[2], lines[2]  # the row that gave it
    assert withdraw in lines[3] and add in lines[3], lines[3]
    assert withdraw in lines[4] and add in lines[4] and "2017" in lines[4], lines[4]
    assert add in lines[5] and "2026-01-05" in lines[5], lines[5]
    assert add in lines[6], lines[6]
    if lang == "en":
        assert ("SNJ-00001: a status a list gives against the vault's is noted, never set by an "
                "import: if the vault's 'Located, 2016-12-05' is wrong, withdraw it (a status "
                "added after it would leave it in the person's history): on the person's page, "
                "in the Status timeline tab, select it, then Withdraw the selected status; that "
                "alone does not give the person the list's 'Missing «مفقودة»': then add it in "
                "the same tab (choose it, then Add event)") in said.replace("\u2068", "").replace(
                    "\u2069", ""), said


def test_each_window_template_is_one_the_command_line_says():
    """The window knows the command line's advice by its template: one reworded in report.py
    and not here would reach the window with its commands again."""
    from ui import import_status_advice as advice
    tree = ast.parse((ROOT / "app" / "importing" / "report.py").read_text(encoding="utf-8"))
    said = {n.args[0].value for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "Said"}
    known = {advice.WRONG, advice.THEN, advice.SET, advice.AGAIN, advice.DATED, advice.BACK,
             advice.KEPT}
    assert known - said == set()
    assert {t for t in said if "casekeeper" in t or "`" in t} - known == set()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.usefixtures("new_translations")
def test_a_line_led_by_a_case_number_reads_right_to_left(qapp, tmp_path, lang):
    """'⁦DEMO-00003⁩: الحالة التي ...' was laid out left to right, the case number drawn at the
    far left after the sentence's end: Qt takes a line's direction from its first letter, the
    isolated case number's too."""
    from ui.i18n import apply_language
    from ui.widgets import plain_label
    said = _said(qapp, _report(tmp_path), lang)
    try:
        apply_language(qapp, lang)
        label = plain_label(said, wrap=True, selectable=True)  # as the import window shows it
        label.setLayoutDirection(RTL)
        label.show()  # its document holds the text once it is laid out
        qapp.processEvents()
        doc = label.findChild(QTextDocument)
        block, led = doc.firstBlock(), []
        while block.isValid():
            if block.text().lstrip("\u200f ").startswith("\u2066SNJ-"):
                led.append(block)
            block = block.next()
        assert len(led) >= 5, said
        assert [b.text() for b in led if b.textDirection() != RTL] == []
        label.close()
    finally:
        apply_language(qapp, "en")


@pytest.mark.usefixtures("new_translations")
def test_the_lists_word_only_where_it_differs_and_the_arabic_comma(qapp, tmp_path):
    """'مفقودة «مفقودة»' said the status twice in Arabic; 'حُدد مكانها, 2016-12-05' had a
    Latin comma. Sorani's word for missing is not the list's: the list's is said after it."""
    rep = _report(tmp_path)
    ar = _said(qapp, rep, "ar")
    assert "«مفقودة»" not in ar and "'مفقودة'" in ar, ar
    assert "'حُدد مكانها، 2016-12-05'" in ar and "حُدد مكانها," not in ar, ar
    assert "«مفقودة»" in _said(qapp, rep, "ckb")
    en = _said(qapp, rep, "en")
    assert "'Located, 2016-12-05'" in en and "'Missing «مفقودة»'" in en, en


def test_the_preview_says_the_lists_word_only_where_it_differs(qapp, tmp_path):
    """The preview's 'الحالة: القائمة تقول مفقودة «مفقودة»' said the status twice; a word that
    says more (محررة beside rescued) stays."""
    from ui.i18n import apply_language
    from ui.import_changes import conflict_lines
    c = _report(tmp_path)["conflicts"][0]
    freed = {**c, "list_status": "rescued", "list": "rescued, 2016 «محررة»", "list_date": "2016"}
    try:
        apply_language(qapp, "ar")
        same, more = conflict_lines([c, freed])
        (his,) = conflict_lines([c], sex="M")
        apply_language(qapp, "ckb")
        (kurdish,) = conflict_lines([c])
    finally:
        apply_language(qapp, "en")
    assert "«مفقودة»" not in same and "مفقودة" in same, same
    assert "«محررة»" in more and "2016" in more, more
    assert "«مفقودة»" in kurdish, kurdish  # ونبوو is not the list's word
    # a man's row: the list's woman's word stays, the sign the row may speak of a woman
    assert "«مفقودة»" in his and "مفقود" in his, his
