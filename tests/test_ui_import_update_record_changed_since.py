"""The import window, like the command line, checks again a row to update a record edited while
the list waited for review: the record now contradicting it, the row is shown again, saying why,
and nothing is imported until it is decided."""

from __future__ import annotations

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE, ROOT
from tests.ui_support import unlock, wait_job

XLSX = ROOT / "tests" / "fixtures" / "import" / "libreoffice_arabic_title_rows.xlsx"


def _vault_persons(folder) -> str:
    """Nadia, near row 5 (probable: it waits), and Samira, certainly row 7: her case number."""
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية"),
                                       NamePart.FATHER: NameText("باسي"),
                                       NamePart.GRANDFATHER: NameText("طه")}, sex=Sex.FEMALE))
        return s.persons.create(Person(
            names={NamePart.GIVEN: NameText("سميرة"), NamePart.FATHER: NameText("مراد"),
                   NamePart.GRANDFATHER: NameText("قاسم"), NamePart.FAMILY: NameText("الدخي")},
            sex=Sex.FEMALE, birth=FuzzyDate.parse("12/03/2001"),
            origin_village="سيبا شيخ خدر")).case_no
    finally:
        s.close()


def _made_a_man(s, case_no: str) -> None:
    p = s.persons.get(case_no)
    p.sex = Sex.MALE
    s.persons.update(p)


def test_a_row_whose_record_was_edited_to_contradict_it_is_shown_again(qtbot, gui, made_vault):
    folder, _code = made_vault
    samira = _vault_persons(folder)
    gui.vault_dir = folder
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    wizard.path.setText(str(XLSX))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page, timeout=20_000)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    assert wizard.review.model.rowCount() == 1  # Nadia's row; Samira's is certain
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("create"))
    # Samira's record corrected elsewhere in the program before Import is clicked.
    wait_job(qtbot, gui.worker, lambda s: _made_a_man(s, samira))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.review_note.text() != ""
                    or wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wizard.review_note.text() == (
        "Nothing was imported yet: your other decisions are kept, and a record edited after "
        "the decision on row 7 now disagrees with the list. Decide again, then Import.")
    shown = " | ".join(wizard.review.model.item(0, c).text()
                       for c in range(wizard.review.model.columnCount()))
    assert samira in shown and "the record changed after this row was decided" in shown
    box = next(iter(wizard.decision_boxes.values()))
    box.setCurrentIndex(box.findData("skip"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.report_data["results"]["skipped"] == 1
    assert wizard.report_data["results"]["created"] == 3
