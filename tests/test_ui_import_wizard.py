"""The import wizard end to end on a real xlsx file: file, sheet and header, mapping, preview,
review of a probable match, commit with progress; a new sheet chosen re-reads the file, and the
sheet offered first is the one that holds the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE, ROOT
from tests.import_helpers import cover_then_list, two_villages
from tests.report_text_sample import english_left
from tests.ui_support import unlock, wait_job
from ui.bidi import LRI, PDI, bare, isolated
from ui.settings import write_language
from ui.widgets import plain_tooltip

XLSX = ROOT / "tests" / "fixtures" / "import" / "libreoffice_arabic_title_rows.xlsx"


def _near_nadia(folder) -> str:
    """A vault person who looks like row 5 of the list but lacks its family name: the matching
    engine calls this a probable match (not certain), so a person must decide."""
    s = open_vault(folder, PASSPHRASE)
    try:
        p = Person(names={NamePart.GIVEN: NameText("نادية"), NamePart.FATHER: NameText("باسي"),
                          NamePart.GRANDFATHER: NameText("طه")}, sex=Sex.FEMALE)
        return s.persons.create(p).case_no
    finally:
        s.close()


def _wizard(qtbot, gui, folder, path=XLSX):
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    imports = main.show_screen("imports")
    wizard = imports.new_import()
    wizard.path.setText(str(path))
    wizard.source.setText("test list")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    return main, imports, wizard


def test_import_wizard_end_to_end_with_a_probable_match(qtbot, gui, made_vault):
    folder, _code = made_vault
    existing = _near_nadia(folder)
    main, imports, wizard = _wizard(qtbot, gui, folder)
    assert wizard.plan.table.header_row == 4
    assert "row 4" in wizard.table_info.text().lower() or "4" in wizard.table_info.text()
    assert wizard.sample.model.rowCount() == 4
    assert wizard.sheet.count() == 3  # Kocho, notes (hidden), Kurmanji
    wizard._go(wizard.mapping_page)
    assert wizard.field_boxes["الاسم"].currentData() == "given"
    assert wizard.field_boxes["القرية"].currentData() == "village"
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    outcomes = [wizard.preview.model.item(r, 1).text() for r in range(4)]
    assert sorted(outcomes) == ["new person", "new person", "new person", "probable match"]
    assert wizard.preview_info.text() == "new person: 3   probable match: 1"
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    assert wizard.review.model.rowCount() == 1
    shown = wizard.review.model.item(0, 2).text()  # the vault record: names and what is known
    # In the interface's words, not the stored codes (F, missing).
    assert existing in shown and "نادية" in shown and "sex: Female" in shown
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("update"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    report = wizard.report_data
    assert report["reconciled"] and report["state"] == "committed"
    assert report["results"].get("created") == 3
    assert "committed" in wizard.report.text()
    count = wait_job(qtbot, gui.worker, lambda s: s.persons.count())
    assert count == 4  # three new, one updated
    person = wait_job(qtbot, gui.worker, lambda s: s.persons.get(existing))
    assert person.names[NamePart.FAMILY].original == "الدخي"  # filled in from the list
    imports.close_wizard()
    qtbot.waitUntil(lambda: imports.table.model.rowCount() == 1, timeout=10_000)
    assert imports.table.model.item(0, 1).text() == "imported"


def test_mapping_without_a_name_column_is_refused_clearly(qtbot, gui, made_vault):
    folder, _code = made_vault
    _main, _imports, wizard = _wizard(qtbot, gui, folder)
    for label, box in wizard.field_boxes.items():
        box.setCurrentIndex(box.findData("ignore"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=20_000)
    assert "no column of this sheet reads as a name" in wizard.error.text()
    assert wizard.pages.isEnabled()


def test_a_mapping_without_her_own_name_is_refused_at_the_mapping_step(qtbot, gui, made_vault):
    """Her father's and grandfather's names mapped, her own name set aside: nothing is
    staged, and the mapping step says which file and which columns."""
    folder, _code = made_vault
    _main, _imports, wizard = _wizard(qtbot, gui, folder)
    wizard._go(wizard.mapping_page)
    assert wizard.field_boxes["اسم الاب"].currentData() == "father"
    box = wizard.field_boxes["الاسم"]
    box.setCurrentIndex(box.findData("ignore"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=20_000)
    text = wizard.error.text()
    # each header isolated: in a sentence of either direction it keeps its place
    assert XLSX.name in text and "\u2068'اسم الاب'\u2069 (father)" in text
    assert "no column gives her own name" in text and "\u2068'الاسم'\u2069 (column B)" in text
    assert "--mapping" not in text  # the window's words: no flag to type
    assert wizard.pages.currentWidget() is wizard.mapping_page and wizard.pages.isEnabled()
    assert wizard.rows is None


def test_choosing_another_sheet_reads_it(qtbot, gui, made_vault):
    folder, _code = made_vault
    _main, _imports, wizard = _wizard(qtbot, gui, folder)
    wizard.read_file("Kurmanji")
    qtbot.waitUntil(lambda: wizard.plan.table.sheet == "Kurmanji", timeout=20_000)
    assert wizard.sheet.currentData() == "Kurmanji"


def test_the_sheet_offered_first_is_the_one_that_holds_the_list_not_the_cover(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    path = cover_then_list(tmp_path / "sorani_yazda.ods")
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    assert wizard.plan.table.sheet == "لیست" and wizard.sheet.currentData() == "لیست"
    assert [wizard.sheet.itemData(i) for i in range(wizard.sheet.count())] == ["بەرگ", "لیست"]
    assert "passed over \u2068'بەرگ'\u2069" in wizard.issues.text()  # isolated: kept in place
    assert wizard.sample.model.rowCount() == 2


def test_several_sheets_holding_lists_open_on_the_first_and_say_the_choice_is_yours(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    _main, _imports, wizard = _wizard(qtbot, gui, folder,
                                      two_villages(tmp_path / "two_villages.xlsx"))
    assert wizard.sheet.currentData() == "كوجو" and wizard.sheet.isEnabled()
    # each name isolated (FSI..PDI): the two Arabic names were drawn swapped, حردان first
    assert ("Several sheets hold a list: \u2068كوجو\u2069, \u2068حردان\u2069"
            in wizard.issues.text())
    wizard.read_file("حردان")
    qtbot.waitUntil(lambda: wizard.plan.table.sheet == "حردان", timeout=20_000)
    assert wizard.sample.model.item(0, 1).text() == "شيماء"


def test_a_long_step_shows_progress_and_can_be_cancelled(qtbot, gui, made_vault):
    import threading

    from app.domain.errors import Cancelled
    folder, _code = made_vault
    _main, _imports, wizard = _wizard(qtbot, gui, folder)
    started = threading.Event()

    def long_step(_session, progress=None, cancel=None):
        for n in range(1, 10_000):
            progress(n, 10_000)
            started.set()
            if cancel.wait(0.01):
                raise Cancelled("cancelled")
        return "finished"

    results = []
    wizard._run(long_step, on_done=results.append, progress=True)
    panel = wizard.progress
    qtbot.waitUntil(lambda: started.is_set() and panel.bar.maximum() == 10_000, timeout=10_000)
    assert panel.isVisible() and not wizard.pages.isEnabled()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in wizard.error.text(), timeout=10_000)
    assert results == [] and not panel.isVisible() and wizard.pages.isEnabled()


def _staged_for_review(qtbot, gui, folder, path=XLSX):
    """The wizard on its review page with the list staged, the mapping as suggested."""
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    return wizard


def test_review_resumed_after_an_earlier_version_deleted_the_matched_person_says_so(
        qtbot, gui, made_vault):
    """A list staged before deletions set a row of hers aside: the row only lost its link
    (ON DELETE SET NULL) when her record went, and waits, saying so."""
    folder, _code = made_vault
    existing = _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    assert existing in wizard.review.model.item(0, 2).text()
    batch = wizard.state["batch"]
    wait_job(qtbot, gui.worker, lambda s: s.db.conn.execute(
        "UPDATE import_rows SET match_person_id=NULL WHERE batch_id=?", (batch,)))
    wizard.open_batch(batch)
    qtbot.waitUntil(lambda: "deleted" in wizard.review.model.item(0, 2).text(), timeout=20_000)
    assert wizard.review.model.item(0, 2).text() == (
        "The person it matched has been deleted since the list was staged.")
    box = next(iter(wizard.decision_boxes.values()))
    assert [box.itemData(i) for i in range(box.count())] == [None, "create", "skip"]


def test_review_resumed_after_the_matched_person_was_deleted_imports_the_rest(
        qtbot, gui, made_vault):
    """Days later, before anyone decided, her record is deleted: her row went with it, set
    aside among the rejected rows. Nothing is left to decide, and taken up again the list is
    imported, its report saying why that row was not."""
    folder, _code = made_vault
    existing = _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    wait_job(qtbot, gui.worker, lambda s: s.persons.delete(existing, "entered twice"))
    wizard.open_batch(wizard.state["batch"])
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    report = wizard.report_data
    assert report["reconciled"] and report["results"]["created"] == 3
    assert [r["row"] for r in report["rejected"]] == [5]
    assert "taken for a person whose record was deleted since" in report["rejected"][0]["reason"]


def test_a_probable_match_left_undecided_is_not_created_by_a_click_on_import(
        qtbot, gui, made_vault):
    """Every waiting row's decision started at "Create new person": one click on Import made
    a duplicate of a woman the vault holds, and the report called it decided by hand."""
    folder, _code = made_vault
    _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    box = next(iter(wizard.decision_boxes.values()))
    assert box.currentData() is None
    wizard.commit()
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wizard.error.text().startswith("Decide every row first")
    box.setCurrentIndex(box.findData("skip"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.report_data["results"]["skipped"] == 1


def test_import_clicked_after_the_person_was_deleted_says_her_row_went_with_her(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    existing = _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("update"))
    # Deleted (elsewhere in the program) while the review page is open, before Import: her
    # row went with her record.
    wait_job(qtbot, gui.worker, lambda s: s.persons.delete(existing, "entered twice"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.review_note.text() != "", timeout=20_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wizard.review_note.text() == (
        "Nothing was imported yet: row 5 was taken for a person whose record has been deleted "
        "since this page was filled; its values were erased with that record, and it will not "
        "be imported. Check the other rows, then Import.")
    assert wizard.review.model.rowCount() == 0 and wizard.decision_boxes == {}
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.report_data["results"]["created"] == 3
    assert wizard.report_data["results"]["rejected"] == 1


def test_a_row_like_a_person_entered_while_the_review_page_was_open_is_shown_again(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("create"))
    # Samira (row 7, new to the vault at staging) is entered by hand before Import is clicked.
    samira = Person(names={NamePart.GIVEN: NameText("سميرة"), NamePart.FATHER: NameText("مراد"),
                           NamePart.GRANDFATHER: NameText("قاسم")}, sex=Sex.FEMALE)
    entered = wait_job(qtbot, gui.worker, lambda s: s.persons.create(samira).case_no)
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page
                    and wizard.review.model.rowCount() == 1
                    and entered in wizard.review.model.item(0, 2).text(), timeout=20_000)
    shown = " | ".join(wizard.review.model.item(0, c).text()
                       for c in range(wizard.review.model.columnCount()))
    assert "added to the vault after this list was staged" in shown
    assert wizard.review_note.text() == (
        "Nothing was imported yet: your other decisions are kept, and a person entered since "
        "the list was staged looks like row 7. Decide, then Import.")
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("update"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.report_data["results"]["created"] == 3


def test_an_update_that_contradicts_the_person_is_asked_about_once_more(qtbot, gui, made_vault):
    """Row 5 is Khalil, a man; the vault's Khalil Hasan Ali of the same year and village is
    recorded as a woman. Updating her from the row is what the command line asks --override
    for: the window says so and goes ahead only when told to."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QPushButton

    from app.domain.fuzzydate import FuzzyDate

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    her = s.persons.create(Person(
        names={NamePart.GIVEN: NameText("خليل"), NamePart.FATHER: NameText("حسن"),
               NamePart.GRANDFATHER: NameText("علي")}, sex=Sex.FEMALE,
        birth=FuzzyDate.parse("1998"), origin_village="تل عزير")).case_no
    s.close()
    wizard = _staged_for_review(qtbot, gui, folder)
    waiting = {w["row"]: w for w in wizard.state["waiting"]}
    assert [c["field"] for c in waiting[6]["contradicts"]] == ["sex"]
    wizard.decision_boxes[6].setCurrentIndex(wizard.decision_boxes[6].findData("update"))

    def question():
        shown = [d for d in wizard.findChildren(QDialog, "updateQuestion") if d.isVisible()]
        return shown[0] if shown else None

    wizard.commit()
    qtbot.waitUntil(lambda: question() is not None, timeout=10_000)
    # the list's cell with what it was read as, beside the vault's sex
    assert (f"Row 6 and {her} disagree on: sex ({isolated('ذكر')}, read as male / female)."
            in question().text())
    question().findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: question() is None, timeout=10_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.count()) == 1

    wizard.commit()
    qtbot.waitUntil(lambda: question() is not None, timeout=10_000)
    question().findChild(QCheckBox, "updateRow6").setChecked(True)
    question().findChild(QPushButton, "updateAnyway").click()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    # The row went to her record: nothing new in it, and its sex kept as a conflict.
    assert wizard.report_data["results"]["unchanged"] == 1
    assert wizard.report_data["conflicts"] == [
        {"row": 6, "case_no": her, "field": "sex", "vault": "F", "list": "ذكر", "read_as": "M"}]
    # Decided in the window as on the command line: in the report and the audit trail.
    (hand,) = [d for d in wizard.report_data["decided_by_hand"] if d["decision"] == "update"]
    assert (hand["row"], hand["person"], hand["contradicts"][0]["kept"]) == (
        6, her, "kept the vault's sex, female; the list said 'ذكر', read as male")
    # the sentence kept is a value of the report's line, isolated for it holds Arabic letters
    assert (f"decided by hand row 6: update {her}; despite sex: \u2068kept the vault's sex, "
            "female") in wizard.report.text()
    trail = wait_job(qtbot, gui.worker, lambda s: s.audit.history("import_batch", "1"))
    assert '"row": 6' in next(e.detail for e in trail if e.action == "import.decide"
                              and '"update"' in e.detail)


def _empty_wizard(qtbot, gui, folder):
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    imports = main.show_screen("imports")
    return imports, imports.new_import()


def test_choose_a_file_first_goes_away_once_a_file_is_chosen(qtbot, gui, made_vault,
                                                             monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    folder, _code = made_vault
    _imports, wizard = _empty_wizard(qtbot, gui, folder)
    wizard.read_file()
    assert wizard.error.text() == "Choose a file first."
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(XLSX), "")))
    wizard.choose_file()
    # it stayed, under the file just chosen, until the next click
    assert wizard.path.text() == str(XLSX) and wizard.error.text() == ""


def test_a_path_can_be_typed_or_pasted_and_one_with_no_file_is_said(qtbot, gui, made_vault):
    folder, _code = made_vault
    _imports, wizard = _empty_wizard(qtbot, gui, folder)
    missing = str(XLSX.parent / "kocho_list_2019.xlsx")
    qtbot.keyClicks(wizard.path, missing)  # the box was read-only: only the dialog filled it
    assert wizard.path.text() == missing
    wizard.read_file()
    assert wizard.error.text().startswith("There is no file at")
    assert missing in wizard.error.text()
    assert wizard.pages.currentWidget() is wizard.file_page and wizard.pages.isEnabled()
    qtbot.keyClick(wizard.path, "a")
    assert wizard.error.text() == ""  # typing again answers it
    # Pasted as Windows' "Copy as path" gives it: in quotes.
    wizard.path.setText(f' "{XLSX}"\n')
    qtbot.keyClick(wizard.path, "\r")  # Enter reads the file, as "Read the file" does
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == "" and wizard.plan.table.header_row == 4


def test_a_file_address_a_file_manager_copies_is_read_as_the_file_it_names(
        qtbot, gui, made_vault, tmp_path):
    """file:///home/user/My%20Lists/%D9%82...xlsx, as a file manager copies a file: the path
    it names, its letters percent-decoded; it was refused as a file that is not there."""
    import shutil
    from urllib.parse import quote
    folder, _code = made_vault
    copy = tmp_path / "My Lists" / "قائمة كوجو.xlsx"
    copy.parent.mkdir()
    shutil.copy(XLSX, copy)
    address = "file://" + quote(str(copy))
    assert "%D9%82" in address and "%20" in address
    _imports, wizard = _empty_wizard(qtbot, gui, folder)
    wizard.path.setText(address + "\n")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == "" and wizard.plan.table.header_row == 4
    assert wizard.plan.file_name == copy.name
    # An address of a file that is not there names the path, kept left to right whatever
    # its letters (isolated by its first letter, its folders read backwards in Arabic).
    wizard._go(wizard.file_page)
    gone = copy.with_name("قائمة تلعفر.xlsx")
    wizard.path.setText("file://localhost" + quote(str(gone)))
    wizard.read_file()
    assert wizard.error.text() == (f"There is no file at {LRI}{gone}{PDI}. Check the path, "
                                   "or choose the file.")
    wizard.path.setText("file://" + quote(str(copy.parent)) + "/")
    wizard.read_file()
    assert wizard.error.text() == (f"{LRI}{copy.parent}{PDI} is a folder. Choose the list's "
                                   "file in it.")


@pytest.mark.parametrize("pasted", ["https://example.org/lists/kocho.xlsx",
                                    "smb://office/lists/kocho.xlsx",
                                    "file://office/lists/kocho.xlsx"])
def test_an_address_of_a_file_elsewhere_is_refused_saying_so(qtbot, gui, made_vault, pasted):
    folder, _code = made_vault
    _imports, wizard = _empty_wizard(qtbot, gui, folder)
    wizard.path.setText(pasted)
    wizard.read_file()
    assert wizard.error.text() == (f"{LRI}{pasted}{PDI} is not a file on this computer. Copy "
                                   "the list onto this computer, then choose it or paste its "
                                   "path.")
    assert wizard.pages.currentWidget() is wizard.file_page and wizard.pages.isEnabled()


def test_two_files_pasted_at_once_are_refused_saying_so(qtbot, gui, made_vault):
    folder, _code = made_vault
    _imports, wizard = _empty_wizard(qtbot, gui, folder)
    wizard.path.setText(f"file://{XLSX}\nfile://{XLSX.with_name('other.xlsx')}\n")
    wizard.read_file()
    assert wizard.error.text() == ("The box holds more than one line: paste the path of one "
                                   "file.")
    assert wizard.pages.currentWidget() is wizard.file_page


def test_a_typed_path_is_read_as_the_person_means_it(tmp_path):
    """Each form a path is pasted in, without the window: quotes, ~, file: addresses."""
    from pathlib import Path

    from ui.typed_path import NotOnThisComputer, typed_path
    assert typed_path(' "/home/user/Lists/a b.xlsx"\n') == "/home/user/Lists/a b.xlsx"
    assert typed_path("~/a.xlsx") == str(Path.home() / "a.xlsx")
    assert typed_path("  ") == ""
    for address in ("file:///home/user/%D9%82.xlsx", "FILE://LocalHost/home/user/%D9%82.xlsx",
                    "file:/home/user/%D9%82.xlsx"):
        assert typed_path(address) == "/home/user/ق.xlsx", address
    # ? and # are letters of a file name here, not a query or a fragment to drop
    assert typed_path("file:///home/user/list%20#2?.xlsx") == "/home/user/list #2?.xlsx"
    # a name not in UTF-8 still names its own file (bytes kept as this system keeps them)
    assert typed_path("file:///tmp/%E9t%E9.csv").encode("utf-8", "surrogateescape") == \
        b"/tmp/\xe9t\xe9.csv"
    # a Windows path is a path, not an address with the scheme C
    assert typed_path(r"C:\Lists\a.xlsx") == r"C:\Lists\a.xlsx"
    with pytest.raises(NotOnThisComputer):
        typed_path("ftp://office/a.xlsx")


def test_finish_the_selected_import_says_why_when_nothing_waits(qtbot, gui, made_vault):
    from app.importing.service import ImportService
    folder, _code = made_vault
    imports, wizard = _empty_wizard(qtbot, gui, folder)
    imports.close_wizard()

    def import_it(session):
        svc = ImportService(session)
        plan = svc.prepare(str(XLSX), "Kocho")
        return svc.import_at_once(plan, svc.stage_rows(plan), yes=True)

    assert wait_job(qtbot, gui.worker, import_it)["state"] == "committed"
    imports.reload()
    qtbot.waitUntil(lambda: imports.table.model.rowCount() == 1, timeout=10_000)
    # the state in words of the interface, not the vault's own ("committed")
    assert imports.table.model.index(0, 1).data() == "imported"
    imports.continue_button.click()
    assert imports.note.text() == "Select an import in the list first."
    imports.table.table.selectRow(0)
    assert imports.note.text() == ""
    imports.continue_button.click()
    assert imports.wizard is None
    assert imports.note.text() == "Import 1 is finished already: its rows are in the vault. " \
                                  "Nothing waits."


def test_discarding_an_import_is_asked_first_and_enter_cancels(qtbot, gui, made_vault):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from app.importing.service import ImportService
    folder, _code = made_vault
    _near_nadia(folder)
    wizard = _staged_for_review(qtbot, gui, folder)
    imports = wizard.parent().parent()
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("update"))
    discard = wizard.findChild(QPushButton, "import_discard")
    commit = wizard.findChild(QPushButton, "import_commit")
    # not beside Import: at the other end of the row
    assert abs(discard.geometry().center().x() - commit.geometry().center().x()) > 300

    def question():
        shown = [b for b in wizard.findChildren(QMessageBox, "discardQuestion") if b.isVisible()]
        return shown[0] if shown else None

    def state(session):
        return ImportService(session).batch(wizard.state["batch"]).state

    discard.click()
    qtbot.waitUntil(lambda: question() is not None, timeout=10_000)
    assert "Discard import 1?" in question().text()
    assert "Decisions you chose on this page: 1." in question().text()
    assert question().defaultButton() is question().button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(question(), "\r")  # Enter: Cancel
    qtbot.waitUntil(lambda: question() is None, timeout=10_000)
    assert wait_job(qtbot, gui.worker, state) == "staged"
    assert wizard.pages.currentWidget() is wizard.review_page
    assert box.currentData() == "update"  # the decision is still there

    discard.click()
    qtbot.waitUntil(lambda: question() is not None, timeout=10_000)
    question().findChild(QPushButton, "discardAnyway").click()
    qtbot.waitUntil(lambda: imports.wizard is None, timeout=10_000)
    assert wait_job(qtbot, gui.worker, state) == "discarded"


LONG_NOTES = ("تحررت من الرقة ووصلت الى مخيم شاريا مع اختها الصغرى بعد ثلاث سنوات عند عائلة في "
              "تلعفر ثم في الموصل حسب شهادة ناجية من نفس القرية")


def test_review_decisions_are_in_sight_and_readable_at_1600_pixels_in_arabic(
        qtbot, gui, made_vault, tmp_path):
    """A list with notes made its row one line wider than the window: the Decision column was
    out of sight until scrolled to, and then too narrow for 'تحديث SNJ-00001'."""
    from PySide6.QtCore import Qt

    from ui.settings import write_language
    folder, _code = made_vault
    existing = _near_nadia(folder)
    write_language(folder, "ar")
    gui.language = "ar"
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,اسم الجد,اللقب,الجنس,المواليد,القرية,تاريخ الاختطاف,ملاحظات\n"
                    f"نادية,باسي,طه,الدخي,انثى,1993,كوجو,2014-08-03,{LONG_NOTES}\n",
                    encoding="utf-8")
    main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    main.resize(1600, 900)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    qtbot.wait(50)  # laid out
    table = wizard.review.table
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    decision = wizard.review.model.columnCount() - 1
    left = table.columnViewportPosition(decision)
    assert 0 <= left and left + table.columnWidth(decision) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    box = wizard.decision_boxes[2]
    assert box.itemText(box.findData("update")) == f"تحديث \u2066{existing}\u2069"
    assert box.width() >= box.sizeHint().width()  # the longest choice shows whole
    # the notes wrap onto more lines rather than widening the row; the date keeps its order
    listed = wizard.review.model.item(0, 1).text()
    assert LONG_NOTES in listed and "\u20662014-08-03\u2069" in listed
    assert table.rowHeight(0) > 2 * table.fontMetrics().height()


def test_the_preview_shows_each_rows_names_its_match_and_what_an_update_would_change(
        qtbot, gui, made_vault, tmp_path):
    """A certain match showed only 'already known SNJ-00001': not whom, nor that importing
    would mark her rescued; `import --dry-run` said both."""
    from PySide6.QtCore import Qt

    from app.domain.person import Status, StatusEvent
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    nadia = s.persons.create(Person(
        names={NamePart.GIVEN: NameText("نادية"), NamePart.FATHER: NameText("باسي"),
               NamePart.GRANDFATHER: NameText("طه"), NamePart.FAMILY: NameText("الدخي")},
        sex=Sex.FEMALE, origin_village="كوجو", status_events=[StatusEvent(Status.MISSING)])
    ).case_no
    s.close()
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,اسم الجد,اللقب,الجنس,القرية,الحالة,اسم الام\n"
                    "نادية,باسي,طه,الدخي,انثى,كوجو,محررة,شمي\n"
                    "خليل,حسن,علي,,ذكر,تل عزير,مفقود,\n", encoding="utf-8")
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    model = wizard.preview.model
    cells = [[model.item(r, c).text() for c in range(model.columnCount())] for r in range(2)]
    assert cells[0][:3] == ["2", "already known", "نادية باسي طه الدخي"]
    assert cells[0][3].startswith(f"{nadia} نادية باسي طه الدخي")  # her record beside it
    # each value isolated: an Arabic name in an English sentence keeps its place
    assert cells[0][4] == ("Mother (Arabic script): \u2068شمي\u2069 (added); "
                           "status: from Missing to Rescued")
    assert model.item(0, 4).toolTip() == plain_tooltip(cells[0][4])
    assert cells[1][:5] == ["3", "new person", "خليل حسن علي", "", ""]
    assert wizard.preview_details.text() == "Select a row to see it in full here."
    table = wizard.preview.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(0, 2)).center())
    assert wizard.preview_details.text().splitlines() == [
        "Row 2: \u2068نادية باسي طه الدخي\u2069",
        f"Matches {nadia} نادية باسي طه الدخي | sex: Female | village: كوجو | status: Missing",
        "Importing updates this person:",
        "    Mother (Arabic script): \u2068شمي\u2069 (added)",
        "    status: from Missing to Rescued"]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(1, 2)).center())
    assert wizard.preview_details.text().splitlines() == [
        "Row 3: \u2068خليل حسن علي\u2069", "A new person will be made of this row."]


def _imported(qtbot, gui, folder):
    """The wizard through to its last page: row 5 decided as an update of the vault's Nadia."""
    existing = _near_nadia(folder)
    _main, _imports, wizard = _wizard(qtbot, gui, folder)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("update"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    return wizard, existing


@pytest.mark.parametrize("lang", ["ar", "kmr"])
def test_the_import_report_reads_in_the_interface_language(qtbot, gui, made_vault, lang):
    """The last page showed the command line's English report whatever the language: now its
    words are the interface's, its numbers, case number and file name isolated in place."""
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    wizard, existing = _imported(qtbot, gui, folder)
    text = wizard.report.text()
    assert english_left(text, lang, ("libreoffice_arabic_title_rows.xlsx", "'test list'")) \
        == set(), text
    lines = text.split("\n")
    if lang == "ar":  # right to left: each value between isolates
        def iso(v):
            return f"{LRI}{v}{PDI}"
        assert lines[0].startswith(f"دفعة الاستيراد {iso(1)} (تم الاستيراد): "
                                   f"{iso('libreoffice_arabic_title_rows.xlsx')}")
        assert lines[2] == f"  الصفوف المقروءة {iso(4)} (الصفوف الفارغة المتخطاة: {iso(0)})"
        assert f"أُنشئ {iso(3)}" in lines[5] and f"حُدّث {iso(1)}" in lines[5]
        assert lines[-1] == f"  قرار يدوي في الصف {iso(5)}: تحديث {iso(existing)}"
    else:
        assert lines[0].startswith("Koma anînê 1 (hate anîn): libreoffice_arabic_title_rows.xlsx")
        assert lines[2] == "  rêzên xwendî 4 (rêzên vala yên derbaskirî: 0)"
        assert "hatin çêkirin 3" in lines[5] and "hatin nûkirin 1" in lines[5]
        assert lines[-1] == f"  biryara bi destan li rêza 5: nûkirina {existing}"


def test_a_rows_problems_are_said_in_the_interface_language(qtbot, gui, made_vault, tmp_path):
    """The Problems column and the row's details said the importer's English to a person
    working in Arabic: "column F: 'قريبا' is not a date we can read; the text is kept"."""
    folder, _code = made_vault
    write_language(folder, "ar")
    gui.language = "ar"
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,اسم الجد,الجنس,المواليد,القرية\n"
                    "نادية,باسي,طه,انثى,قريبا,كوجو\n", encoding="utf-8")
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    problems = wizard.preview.model.item(0, 5).text()
    # the column by its letter and, beside it, its header
    assert problems == (f"العمود {LRI}E{PDI} (\u2068المواليد\u2069): \u2068'قريبا'\u2069 ليس "
                        "تاريخًا يمكننا قراءته؛ يُحفظ النص")
    from PySide6.QtCore import Qt
    table = wizard.preview.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(wizard.preview.model.index(0, 2)).center())
    assert wizard.preview_details.text().splitlines()[-1] == problems
    assert english_left(problems, "ar") == set()


@pytest.mark.parametrize("lang,said", [
    ("ar", ("العمود", "برقمين", "بعد تاريخ الاختطاف", "عمرًا")),
    ("ckb", ("ستوونی", "دوو ژمارە", "دوای ڕێکەوتی ڕفاندن", "تەمەن")),
    ("kmr", ("stûna", "du reqeman", "piştî dîroka revandinê", "temen"))])
def test_the_preview_says_a_rows_date_warnings_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, said):
    """A list's dates through to the preview: a year in two digits, a birth after the
    abduction, an age that may be a year, each said in the interface's words. (A birth in
    2020 is read only beside a later abduction: test_import_birth_after_2014_kept_unread.py.)"""
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    path = tmp_path / "kocho.csv"
    path.write_text("الاسم,اسم الاب,التولد / العمر,تاريخ الاختطاف\n"
                    "نادية,باسي,3/5/20,2021-08-03\n"
                    "جيلان,خلف,2015,2014-08-03\n"
                    "ليلى,حسن,98,2014-08-03\n", encoding="utf-8")
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    problems = [wizard.preview.model.item(r, 5).text() for r in range(3)]
    for text in problems:
        assert english_left(text, lang, ("C", "D")) == set(), text
        assert said[0] in text
    two_digits, after, age = said[1:]
    assert two_digits in problems[0] and "'3/5/20'" in problems[0]
    assert "2020-05-03" in problems[0]
    assert after in problems[1] and "'2015'" in problems[1] and "'2014-08-03'" in problems[1]
    assert age in problems[2] and "'98'" in problems[2] and "1998" in problems[2]
    if lang != "kmr":  # right to left: each value between isolates, in its own order
        assert f"{LRI}'3/5/20'{PDI}" in problems[0] and f"{LRI}2020-05-03{PDI}" in problems[0]


# A list as an office in Duhok sends it: a serial, the name in four columns of which the first
# is headed only "the first" (الاول), the age and the dates as typed.
KOCHO_HEADER = ["ت", "الاول", "الاب", "الجد", "اللقب", "الجنس", "العمر", "تاريخ الميلاد",
                "القرية", "تاريخ الاختطاف", "الحالة", "ملاحظات"]
KOCHO_ROWS = [["1", "سلوى", "سلو", "محمود", "جيلكي", "انثى", "٤٠ سنة", "", "بورك", "٣/٨/٢٠١٤",
               "مفقودة", "الام قيان"],
              ["2", "نسرين", "سلو", "محمود", "جيلكي", "انثى", "٢٢ سنة", "", "بورك", "٣/٨/٢٠١٤",
               "مفقودة", "اخت سلوى"],
              ["3", "بسمه", "خلف", "", "فقير", "انثى", "", "١٩٨٦", "جدالة", "٠٥/٠٨/٢٠١٣",
               "محررة ٢٠١٧", ""]]


def _ink(table, index, height: int) -> int:
    """The dark pixels of a cell painted as the table paints it, at its width and height."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter, QPixmap
    from PySide6.QtWidgets import QStyleOptionViewItem
    width = table.visualRect(index).width()
    picture = QPixmap(width, height)
    picture.fill(Qt.GlobalColor.white)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = QRect(0, 0, width, height)
    painter = QPainter(picture)
    table.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    image = picture.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    line = image.bytesPerLine()
    grey = bytes(image.constBits())
    return sum(sum(b < 128 for b in grey[y * line:y * line + width]) for y in range(height))


def _shown_whole(table, row: int, column: int) -> bool:
    """Whether the cell shows all its text: painted at its own height it is the same as given
    all the room it wants (a cut line ends in "..." or is left out)."""
    index = table.model().index(row, column)
    return _ink(table, index, table.visualRect(index).height()) == _ink(table, index, 1000)


@pytest.mark.parametrize("lang", ["ar", "kmr"])
@pytest.mark.parametrize("width, height", [(1366, 768), (1600, 900)])
def test_why_each_column_was_suggested_reads_in_the_interface_language_and_whole(
        qtbot, gui, made_vault, tmp_path, lang, width, height):
    """The mapping step's "Why suggested" said "header 'الاب' matches 'الاب' (100% Arabic
    script: original script)" to a person working in Arabic, and the longest reason was cut
    off at the window's edge."""
    import re

    from tests.import_helpers import write_csv
    from tests.mapping_reason_samples import english_words
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    path = write_csv(tmp_path / "kocho.csv", KOCHO_HEADER, KOCHO_ROWS)
    main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    main.resize(width, height)
    wizard._go(wizard.mapping_page)
    qtbot.wait(50)  # laid out
    tab = wizard.mapping_table
    assert tab.model.rowCount() == len(KOCHO_HEADER)
    for row in range(tab.model.rowCount()):
        why = tab.model.item(row, 3).text()
        bare = re.sub("[\u2066\u2068][^\u2069]*\u2069", " ", why)  # less the values
        assert why and {w.lower() for w in re.findall("[A-Za-z]{3,}", bare)} & (
            english_words() if lang == "kmr" else {"header", "matches", "script"}) == set(), why
        if lang == "ar":
            assert english_left(why, "ar") == set(), why
        assert _shown_whole(tab.table, row, 3), why
    assert tab.table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    for label, box in wizard.field_boxes.items():  # each field's name in full
        assert box.width() >= box.sizeHint().width(), label


# A family's list as it comes: her four names in one cell, notes of a sentence each. Three
# examples of such cells are as wide as half the window.
FAMILY_HEADER = ["الاسم الرباعي", "ملاحظات العائلة", "القرية"]
FAMILY_ROWS = [["نادية مراد باسي طه الكوجوي", "شوهدت في الرقة عام ٢٠١٦ مع اختيها الصغيرتين", "كوجو"],
               ["كوليزار خلف الياس حجي", "تقول العائلة انها نقلت الى دير الزور", "كوجو"],
               ["شيرين علي حسن مراد", "اخبر اخوها انها في مخيم الهول", "حردان"]]


@pytest.mark.parametrize("lang", ["kmr", "ar", "ckb", "en"])
@pytest.mark.parametrize("width, height", [(1200, 760), (1024, 700)])
def test_every_column_title_of_the_mapping_step_is_shown_whole(
        qtbot, gui, made_vault, tmp_path, lang, width, height):
    """'Çima hate pêşniyarkirin' (Why suggested) was cut off: the columns of the list's labels
    and examples took all the width their text wanted, and the reasons had what was left, less
    than their own title; with long examples, nothing, the field's column cut too. The columns
    sized by their text give way (cut, or wrapped, a cell's whole text in its tooltip) so that
    each title shows whole and every column stays in sight."""
    from tests.import_helpers import write_csv
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    path = write_csv(tmp_path / "family.csv", FAMILY_HEADER, FAMILY_ROWS)
    main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    main.resize(width, height)  # the main window opens at 1200 x 760
    wizard._go(wizard.mapping_page)
    qtbot.wait(50)  # laid out
    table = wizard.mapping_table.table
    header = table.horizontalHeader()
    for column in range(header.count()):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), (
            title)
    assert header.length() <= table.viewport().width()  # nothing out of sight
    assert table.horizontalScrollBar().maximum() == 0
    for label, box in wizard.field_boxes.items():  # each field's name in full
        assert box.width() >= box.sizeHint().width(), label


def test_arabic_headers_named_in_an_english_reason_keep_their_order(qtbot, gui, made_vault,
                                                                    tmp_path):
    """'الاب', 'الجد', 'اللقب' in an English reason were drawn 'اللقب', 'الجد', 'الاب': between
    two Arabic words a comma takes their direction. Each header is isolated."""
    from tests.import_helpers import write_csv
    folder, _code = made_vault
    # a column of given names under a header the importer does not know (الاول is known)
    header = ["الخانة" if h == "الاول" else h for h in KOCHO_HEADER]
    path = write_csv(tmp_path / "kocho.csv", header, KOCHO_ROWS)
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    why = wizard.mapping_table.model.item(header.index("الخانة"), 3).text()
    assert "names come from \u2068'الاب'\u2069, \u2068'الجد'\u2069, \u2068'اللقب'\u2069, so" in why


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_waiting_rows_values_are_named_by_the_lists_own_column_labels(qtbot, gui, made_vault,
                                                                          tmp_path, lang):
    """The review step showed a row as "بسمه | خلف | فقير | انثى | ١٩٨٦ | جدالة ...": no
    telling the father's name from the village. Each value now follows its column's label, as
    `casekeeper review` prints it, both kept whole in the interface's direction."""
    from tests.import_helpers import write_csv
    from ui.bidi import Phrase, filled, isolated, led_by, own_way
    from ui.import_wizard import _unbroken  # a short value kept on one line
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("بسمه"),
                                   NamePart.FATHER: NameText("خلف"),
                                   NamePart.FAMILY: NameText("فقير")}, sex=Sex.FEMALE,
                            origin_village="جدالة"))
    s.close()
    write_language(folder, lang)
    gui.language = lang
    path = write_csv(tmp_path / "kocho.csv", KOCHO_HEADER, KOCHO_ROWS)
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard.field_boxes["الاول"].setCurrentIndex(wizard.field_boxes["الاول"].findData("given"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    assert [w["row"] for w in wizard.state["waiting"]] == [4]
    listed = wizard.review.model.item(0, 1).text()
    row = dict(zip(KOCHO_HEADER, KOCHO_ROWS[2], strict=True))
    # a label kept on one line with its value (no-break spaces), pairs in the list's order,
    # each read as its label is written, the row in the interface's direction
    assert listed[0] == ("\u200f" if lang == "ar" else "\u200e")
    # the sex cell with what it was read as: a list's own word or letter (a Kurmanji M is
    # female) is never left to be read alone
    female = "أنثى" if lang == "ar" else "female"
    # the cell after its header, then what it was read as in the interface's words and
    # direction (as one phrase, a cell under a Latin header stood away from it)
    read = {"الجنس": Phrase(own_way("انثى") + " " + own_way(Phrase(filled(
        "(قُرئت على أنها %1)" if lang == "ar" else "(read as %1)", female))))}
    # each value isolated in its own direction in every interface language (own_way)
    assert listed[1:].split(" | ") == [
        led_by(label, f"{isolated(label.replace(' ', chr(0xa0)))}:\u00a0"
                      f"{read.get(label) or own_way(_unbroken(value))}")
        for label, value in row.items() if value]
    assert "\u2068الاب\u2069:\u00a0\u2068خلف\u2069" in listed


def _kocho_with_a_footer(tmp_path):
    """The list as an office sends it: titles above, a total and a signature below."""
    from tests.import_helpers import write_xlsx
    rows = [["قائمة المختطفات من كوجو"], [], KOCHO_HEADER, *KOCHO_ROWS, [],
            [None, "المجموع: ٣"], [], [None, None, None, "مدير الدائرة"]]
    return write_xlsx(tmp_path / "kocho.xlsx", [("كوجو", rows), ("ملاحظات", [["x"]])])


@pytest.mark.parametrize("lang", ["ar", "kmr"])
def test_why_a_row_is_not_imported_is_said_in_the_interface_language(qtbot, gui, made_vault,
                                                                      tmp_path, lang):
    """A total and a signature under the list are no persons; the preview's Problems column
    said so in the importer's English: "'المجموع: ٣' below the list is a total line, not a
    person; not imported"."""
    from tests.report_text_sample import english_words
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    _main, _imports, wizard = _wizard(qtbot, gui, folder, _kocho_with_a_footer(tmp_path))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    model = wizard.preview.model
    rejected = [model.item(r, 5).text() for r in range(model.rowCount())
                if int(bare(model.item(r, 0).text())) in (8, 10)]
    assert len(rejected) == 2
    for said in rejected:
        left = english_left(said, lang) if lang == "ar" else {
            w for w in english_left(said, "ar") if w in english_words() | {"below", "line",
                                                                           "person", "total"}}
        assert left == set(), said
    assert "\u2068'المجموع: ٣'\u2069" in rejected[0]


@pytest.mark.parametrize("lang", ["ar", "kmr"])
def test_what_reading_the_file_noticed_is_said_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang):
    """The sheet step said "kocho.xlsx: read sheet 'كوجو', the one that holds a list; passed
    over 'ملاحظات' (no header row)" in English whatever the interface's language."""
    import re

    from tests.report_text_sample import english_words
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    _main, _imports, wizard = _wizard(qtbot, gui, folder, _kocho_with_a_footer(tmp_path))
    said = wizard.issues.text()
    assert "\u2068'كوجو'\u2069" in said and "\u2068'ملاحظات'\u2069" in said
    if lang == "ar":
        assert english_left(said, "ar", ("kocho.xlsx",)) == set(), said
    else:
        words = {w.lower() for w in re.findall("[A-Za-z]{3,}", said)}
        assert words & (english_words() | {"read", "passed", "over", "holds", "header"}) == set()


@pytest.mark.parametrize("lang", ["ar", "kmr"])
def test_the_import_report_says_rows_not_imported_and_what_reading_noticed_in_its_language(
        qtbot, gui, made_vault, tmp_path, lang):
    """The last page said the list's total and signature lines and the sheet passed over in
    English ("rejected row 8: 'المجموع: ٣' below the list is a total line, not a person"),
    as the vault had kept them; it keeps them in pieces now, as a row's warnings."""
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    _main, _imports, wizard = _wizard(qtbot, gui, folder, _kocho_with_a_footer(tmp_path))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    text = wizard.report.text().replace("'test list'", "")  # the source, as it was typed
    assert [r["row"] for r in wizard.report_data["rejected"]] == [8, 10]
    assert "\u2068'المجموع: ٣'\u2069" in text
    left = english_left(text, "ar", ("kocho.xlsx",)) if lang == "ar" else (
        english_left(text, "kmr") | english_left(text, "ar") & {"below", "read", "passed"})
    assert left == set(), text


def _file_types_shown(qtbot, gui, folder, lang: str) -> tuple[str, list[str]]:
    """The file dialog's file-type name as the import wizard opens it, and the patterns the
    dialog reads from it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QFileSystemModel
    write_language(folder, lang)
    gui.language = lang
    gui.vault_dir = folder
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, look)
            return
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        seen.append((types.currentText(), dialog.findChild(QFileSystemModel).nameFilters()))
        dialog.reject()

    QTimer.singleShot(100, look)
    wizard.choose_file()
    return seen[0]


def test_the_file_dialogs_file_types_read_in_order_in_arabic(qtbot, gui, made_vault):
    """Arabic drew "القوائم (xlsx *.xls *.ods *.csv *.tsv *.txt.*)": the "*." of the first
    pattern took the sentence's direction and went to the other end."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption
    folder, _code = made_vault
    text, patterns = _file_types_shown(qtbot, gui, folder, "ar")
    assert patterns == ["*.xlsx", "*.xls", "*.ods", "*.csv", "*.tsv", "*.txt"]
    layout = QTextLayout(text)
    right_to_left = QTextOption()
    right_to_left.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(right_to_left)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()

    def x(i):
        return line.cursorToX(i)[0]

    star, first, last, close = (text.index("*"), text.index("xlsx"), text.rindex("txt"),
                                text.index(")"))
    assert x(text.index("(")) < x(star) < x(first) < x(last) < x(close)  # left to right


def test_a_long_import_report_scrolls_and_leaves_the_window_its_height(qtbot, gui, made_vault):
    """A report of many lines (conflicts, decisions) was one label: the shown window grew with
    it (1,397 px for a 150-row list, on a laptop screen of 768) and Close went below the
    screen's edge; the window stayed that tall after the import window closed."""
    from PySide6.QtWidgets import QApplication, QPushButton

    folder, _code = made_vault
    wizard, _existing = _imported(qtbot, gui, folder)
    main = wizard.window()
    main.resize(1366, 700)
    main.show()
    qtbot.wait(100)
    report = dict(wizard.report_data)
    report["not_the_same"] = [{"row": n, "case_no": f"SNJ-{n:05d}", "other": "SNJ-00001"}
                              for n in range(2, 202)]
    wizard._committed(report)
    for _ in range(5):  # let the layouts settle as a window on screen does
        QApplication.sendPostedEvents()
        main.layout().activate()
        qtbot.wait(50)
    assert wizard.report.text().count("\n") > 150  # the long report is all there
    assert main.height() <= 700 and main.minimumSizeHint().height() < 700
    close = wizard.findChild(QPushButton, "import_close")
    bottom = close.mapTo(main, close.rect().bottomLeft()).y()
    assert close.isVisible() and bottom <= main.height()
