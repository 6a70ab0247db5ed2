"""The import report's text: the command line's words as they were, and every piece of it has
the desktop's translation."""

from __future__ import annotations

import ast
import re

import pytest

from app.domain.script import has_arabic
from app.importing import issues, notes
from app.importing.report import english, report_lines, report_text
from tests.conftest import ROOT
from tests.report_text_sample import bare_report, english_left, full_report, long_report

REFERENCE = ROOT / "tests" / "reference" / "import_report_cli.txt"


def test_the_command_lines_report_reads_word_for_word_as_before():
    """import_report_cli.txt was written by report_text before the report was said in pieces
    (templates and values) for the desktop: the terminal's text is unchanged, every branch,
    but for a warning's column, named by its header too ("column E (المواليد)") as on the
    desktop."""
    said = "\n=====\n".join(report_text(f()) for f in (full_report, bare_report, long_report))
    assert said + "\n" == REFERENCE.read_text(encoding="utf-8")
    assert report_text(full_report()) == "\n".join(map(english, report_lines(full_report())))


def _said_in_report() -> list:
    """The first argument of every Said(...) in app/importing/report.py."""
    tree = ast.parse((ROOT / "app" / "importing" / "report.py").read_text(encoding="utf-8"))
    return [n.args[0] for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "Said"]


def test_every_template_and_word_the_report_says_has_the_desktops_translation(qapp):
    """A template report.py says that ui/import_report.py does not list is not in the .ts files
    (lupdate reads ui/ only): the desktop would show that line in English."""
    from app.importing.pieces import WORDS
    from ui.import_report import TEMPLATES, report_words

    said = _said_in_report()
    assert said and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in said)
    assert {a.value for a in said} - TEMPLATES == set()
    assert set(notes.TEMPLATES) - TEMPLATES == set()  # a row's warnings, said in the wizard too
    assert set(issues.TEMPLATES) - TEMPLATES == set()  # what reading a file noticed
    words = report_words()
    assert {(kind, key) for kind, keys in WORDS.items() for key in keys} - {
        (kind, key) for kind, table in words.items() for key in table} == set()


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # those not in the .qm files yet
def test_every_line_of_a_report_reads_in_the_interface_language(qapp, lang):
    """Every branch of the report (full_report, long_report) without an English word of its
    own; the values (case numbers, names, the reader's English reasons) are isolated."""
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language
    from ui.import_report import report_said

    try:
        apply_language(qapp, lang)
        # Left to right (Kurmanji), Latin values are not isolated: laid out right to left here,
        # every value is, so what is left outside the isolates is the report's own words.
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for rep in (full_report(), long_report(), bare_report()):
            text = report_said(rep)
            assert english_left(text, "ar" if lang != "kmr" else lang) == set(), text
            assert text.count("\n") == report_text(rep).count("\n")
            if lang != "kmr":  # a line whose first letter is Latin is laid out left to right
                bare = [re.sub("[\u2066\u2068][^\u2069]*\u2069", "", line)
                        for line in text.split("\n")]
                assert [line for line in bare if not has_arabic(
                    re.search(r"[^\W\d_]", line)[0])] == []
    finally:
        apply_language(qapp, "en")


def _rows_of_one_woman_report() -> dict:
    """A report where rows 5 and 6 went with row 2, the same woman (import --yes)."""
    rep = full_report()
    rep["decided_in_bulk"] = [{"decision": "same_as_row", "how": "import --yes",
                               "with_row": 2, "rows": [5, 6], "at": "2026-01-05T10:04:00Z"}]
    return rep


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # those not in the .qm files yet
def test_rows_that_went_with_a_row_of_the_same_woman_are_said_in_every_language(qapp, lang):
    """Rows carried with a row of the same woman have their own line, in English on the
    command line and in the interface's words on the desktop."""
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language
    from ui.import_report import report_said

    rep = _rows_of_one_woman_report()
    assert "  decided with row 2, the same woman by the names: rows 5-6" in report_text(rep)
    try:
        apply_language(qapp, lang)
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        text = report_said(rep)
        line = next(line for line in text.split("\n") if "\u20662\u2069" in line
                    and "\u20665-6\u2069" in line)
        assert english_left(line, "ar" if lang != "kmr" else lang) == set(), line
    finally:
        apply_language(qapp, "en")


def test_the_desktops_report_points_to_the_duplicates_screen_not_the_command_line(qapp):
    """A person at the window was told to run `casekeeper duplicates --threshold 0.86` and
    `casekeeper merge ...`; the desktop says where its own screen shows them, and how low its
    lowest score must go (0.86, the lowest pair's score)."""
    from ui.import_report import report_said

    rep = full_report()
    assert "`casekeeper duplicates --threshold 0.86`" in report_text(rep)
    text = report_said(rep)
    assert "casekeeper" not in text
    assert ("2 possible duplicates: look at them on the Duplicates screen, its lowest score "
            "set to 0.86; if two are one person, Same person joins them.") in text


def _one_note_of_each_kind() -> list:
    """A Note of every template, its values as the importer fills them."""
    from app.importing.pieces import Quoted, Word

    values = {1: "C", 2: Quoted("نادية باسي الخطيب"), 3: 110, 4: Quoted("Nadia")}
    out = []
    for t in notes.TEMPLATES:
        args = [values.get(int(n), "x") for n in sorted(set(re.findall(r"%(\d)", t)))]
        if t == notes.FAMILY_DOUBT:
            args[2] = notes.parts_read({"given": "نادية", "father": "باسي"})
        if t == notes.RESCUE_OTHER_STATUS:
            args[2] = Word("status", "missing")
        out.append(notes.Note(t, *args))
    return out


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # those not in the .qm files yet
def test_a_rows_warnings_read_in_the_interface_language(qapp, lang):
    """The wizard's Problems column and row details said the importer's English ("column C:
    'xx' is not a date we can read; the text is kept") to a person working in Arabic or
    Kurdish; every kind of warning is now said in the interface's words, its values isolated,
    and a warning stored by an earlier version (English only) is shown as it was."""
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    every = _one_note_of_each_kind()
    assert [str(n) for n in notes.loads(notes.dumps(every))] == [str(n) for n in every]
    # why a row is not imported, as its column keeps it; an earlier version's English as it is
    assert [notes.restored(notes.stored(n)).said.template for n in every] == list(notes.TEMPLATES)
    assert notes.restored("no name in any name column") == "no name in any name column"
    try:
        apply_language(qapp, lang)
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for n in every:
            said = sentence_said(notes.loads(notes.dumps([n]))[0])
            assert said != str(n)
            assert english_left(said, "ar" if lang != "kmr" else lang, ("Nadia",)) == set(), said
        assert sentence_said("birth '1998م' read as 1998") == "birth '1998م' read as 1998"
        # and in the report the wizard shows once the list is imported
        from ui.import_report import report_said
        rep = full_report()
        rep["warnings"] = [{"row": 5, "warning": str(n), "note": notes.encoded(n)}
                           for n in every]
        text = report_said(rep)
        assert english_left(text, "ar" if lang != "kmr" else lang, ("Nadia",)) == set(), text
    finally:
        apply_language(qapp, "en")


def test_every_kind_of_line_under_a_list_has_its_word():
    """A line under a list is named by its kind (a total, a signature ...) in the reason the
    row is not imported: each kind the footer knows has a word the desktop translates."""
    from app.importing.footer import FOOTER_WORDS
    from app.importing.pieces import WORDS

    assert set(FOOTER_WORDS) == set(WORDS["footer"])


def _one_issue_of_each_kind() -> list:
    """A read issue of every template, where in the file it was noticed and what."""
    from app.importing.table import ReadIssue

    values = {1: "7", 2: issues.sheets_passed(["ملاحظات", "Sheet2"], {"ملاحظات": "no header row",
                                                                      "Sheet2": "hidden"})}
    out = []
    for t in issues.TEMPLATES[4:]:
        if t == issues.PASSED_WHY:
            continue
        args = [values.get(int(n), "x") for n in sorted(set(re.findall(r"%(\d)", t)))]
        out.append(ReadIssue("warning", issues.issue(t, *args), "kocho.xlsx", "كوجو", 4, "C"))
    return out


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")  # those not in the .qm files yet
def test_what_reading_a_file_noticed_reads_in_the_interface_language(qapp, lang):
    """The wizard's sheet step said "kocho.xlsx: read sheet 'كوجو', the one that holds a list;
    passed over 'ملاحظات' (no header row)" in English; every kind of read issue is now said in
    the interface's words, where in the file too, and the command line's English is as it was."""
    from PySide6.QtCore import Qt

    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    every = _one_issue_of_each_kind()
    assert str(every[-1]) == ("kocho.xlsx, sheet 'كوجو', row 4, column C: read sheet 7, the one "
                              "that holds a list; passed over 'ملاحظات' (no header row), "
                              "'Sheet2' (hidden)")
    english = {w.lower() for t in issues.TEMPLATES for w in re.findall(r"[A-Za-z]{3,}", t)}
    # kept in the vault in pieces (a batch's read issues), and back: the same English
    assert [str(notes.decoded(notes.encoded(i.said()))) for i in every] == list(map(str, every))
    english = (english | {"hidden", "header", "column", "sheet", "row"}) - {"utf", "windows"}
    try:
        apply_language(qapp, lang)
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for i in every:
            said = sentence_said(i.said())
            bare = re.sub("[\u2066\u2068][^\u2069]*\u2069", " ", said)
            left = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)}
            assert left & english == set(), said
            if lang != "kmr":
                assert english_left(said, "ar") == set(), said
    finally:
        apply_language(qapp, "en")


def test_a_warnings_column_keeps_its_header_through_the_vault_and_is_named_by_it_in_english():
    """A warning names its column by its header too ("column E (المواليد)"), on the desktop
    and on the command line: the header travels with the letter through the staged row's
    JSON. A column with no header is its letter alone."""
    from app.importing import notes
    from app.importing.pieces import Letter, Quoted

    note = notes.Note(notes.DATE_UNREAD, Letter("E", "المواليد"), Quoted("قريبا"))
    assert note == "column E (المواليد): 'قريبا' is not a date we can read; the text is kept"
    assert notes.Note(notes.DATE_UNREAD, Letter("E"), Quoted("قريبا")).startswith("column E: ")
    back = notes.loads(notes.dumps([note]))[0]
    assert back == note
    letter = back.said.values[0]
    assert isinstance(letter, Letter) and letter.header == "المواليد"


def test_a_status_conflict_names_both_statuses_in_the_interface_language(qapp):
    """The Arabic report said 'تحفظ الخزنة 'in_negotiation'، وتقول القائمة 'rescued, 2016 ...'':
    the statuses as the vault stores them. The command line quotes the keys, as before."""
    from ui.i18n import apply_language
    from ui.import_report import report_said
    from ui.labels import status_names

    rep = bare_report()
    rep["conflicts"] = [{"row": 7, "case_no": "SNJ-00009", "field": "status",
                         "vault": "in_negotiation", "list_status": "rescued",
                         "list": "rescued, 2016 «محررة 2016»"}]
    assert ("conflict row 7 (SNJ-00009): status: vault keeps 'in_negotiation', list says "
            "'rescued, 2016 «محررة 2016»'") in report_text(rep)
    try:
        apply_language(qapp, "ar")
        text, words = report_said(rep), status_names()
        line = next(x for x in text.split("\n") if "SNJ-00009" in x)
        assert "in_negotiation" not in line and "rescued" not in line, line
        # the date after the Arabic comma (a Latin one stood in Arabic words)
        assert words["in_negotiation"] in line and f"{words['rescued']}، 2016 «محررة 2016»" in line
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_rows_and_batches_listed_in_a_report_are_joined_by_the_arabic_comma(qapp, lang):
    """'rows 5-6, 9' and 'from batch 1, 2' in an Arabic or Sorani report: the Latin comma
    was left between the numbers; the command line keeps its English."""
    from PySide6.QtCore import Qt

    from app.importing.pieces import Sentence
    from app.importing.report import rows_said
    from ui.i18n import apply_language
    from ui.import_report import report_said, sentence_said

    rep = full_report()
    rep["conflicts_noted_before"] = [{**rep["conflicts"][0], "noted_in": 1},
                                     {**rep["conflicts"][0], "noted_in": 2}]
    assert "rows 5-6, 9" == Sentence(rows_said([5, 6, 9]))
    assert "(from batch 1, 2)" in report_text(rep)
    try:
        apply_language(qapp, lang)
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        rows = sentence_said(Sentence(rows_said([5, 6, 9])))
        assert "\u20665-6\u2069\u060c \u20669\u2069" in rows and "," not in rows
        noted = "\u20661\u2069\u060c \u20662\u2069"  # from batch 1، 2
        assert noted in report_said(rep) and "\u20661\u2069, " not in report_said(rep)
    finally:
        apply_language(qapp, "en")


OLD_WORDINGS = {  # as earlier versions stored them, word for word
    "column %1: date rescued %2 is before her abduction (%3); check the row":
        notes.RESCUE_BEFORE_ABDUCTION,
    "column %1: age %2 is not an age (0 to %3); her birth is left blank (the cell is kept with "
    "the list's row)": notes.AGE_UNREAD,
    "column %1: no given name in this row; she is known here by her other names only, which "
    "her sisters share: check the row": notes.NO_GIVEN,
    "column %1: %2 says her given name is not known; her given name is left blank":
        notes.GIVEN_UNKNOWN_BLANK,
    "only a given name, %1, and %2 records of that name agree with the rest of this row: too "
    "many to compare, so she was compared with none of them; search for her by hand before she "
    "is added": notes.TOO_COMMON,
}


def test_no_warning_calls_a_man_her(qapp):
    """A brother's row was told "her birth is left blank": the warnings an import gives any row
    speak of the birth, the given name, the person; and a warning stored in the earlier words
    is read back in today's, so that the desktop says it in its own language."""
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    her = [t for t in notes.TEMPLATES if re.search(r"\b(her|she)\b", t)]
    # a kunya (Umm, mother of) is only ever a woman's, and so are "wife of" and Kiçê (a woman's
    # name, or "daughter of")
    assert her == [notes.KUNYA_READ, notes.WIFE_READ, notes.NAME_OR_DAUGHTER, notes.KUNYA_AFTER], her
    for old, now in OLD_WORDINGS.items():
        stored = json_note(old)
        assert notes.loads(stored)[0].said.template == now
    try:
        apply_language(qapp, "ar")
        said = sentence_said(notes.loads(json_note(next(iter(OLD_WORDINGS))))[0])
        assert has_arabic(said) and "abduction" not in said, said
    finally:
        apply_language(qapp, "en")


def json_note(template: str) -> str:
    import json

    return json.dumps([{"said": template, "values": [{"column": ["E", "Rescued"]}, "2013", "2014"],
                        "text": "as it was"}])


def test_every_row_warning_notes_defines_is_among_its_templates():
    """notes.TEMPLATES is written by hand: SEX_FROM_STATUS was left out of it, so no test asked
    whether the desktop translates it. Every warning notes.py defines must be listed there."""
    defined = {name: value for name, value in vars(notes).items()
               if name.isupper() and isinstance(value, str)}
    assert {name for name, value in defined.items() if value not in notes.TEMPLATES} == set()
