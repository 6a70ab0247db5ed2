"""A row the desktop cannot withdraw (the record it made is referred to by more than the row)
is refused in the interface's language on her page; the command line keeps its English."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.errors import ValidationError
from app.domain.records import FamilyContact
from app.importing.service import ImportService
from app.vault import KdfParams, create_vault, open_vault
from tests.import_helpers import write_xlsx
from tests.test_ui_person_page_bidi import _page
from tests.ui_support import PASSPHRASE
from ui.bidi import bare

# The beginning of the refusal, and a word of its own language after the case number.
SAID = {"ar": ("الصف 2 من الدفعة 1 أنشأ SNJ-00001", "جهة اتصال العائلة"),
        "ckb": ("ڕیزی 2ی کۆمەڵەی 1 SNJ-00001ی دروستکرد", "پەیوەندیی خێزانی"),
        "kmr": ("rêza 2 ya koma 1 SNJ-00001 çêkir", "têkiliya malbatê")}
ENGLISH = ("row 2 of batch 1 made SNJ-00001, and more refers to that record than this row: "
           "family contact 1, person.contact on {day}, person.edit on {day}; nothing was "
           "withdrawn (the record is not deleted while anything else refers to it: split, "
           "unlink or delete it by hand first)")


def _today() -> str:
    return datetime.now(UTC).date().isoformat()  # the audit trail's day


def _made_and_referred_to(folder, tmp_path) -> None:
    """A list's row made SNJ-00001; a family contact was added to her and her notes edited."""
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        lst = write_xlsx(tmp_path / "duhok.xlsx", [("List", [["Name", "Father"],
                                                             ["Xezal", "Xidir"]])])
        svc = ImportService(s)
        plan = svc.prepare(str(lst))
        batch = svc.stage(plan, svc.stage_rows(plan), yes=True)
        svc.commit(batch)
        her = s.persons.get("SNJ-00001")
        s.records.add_contact("SNJ-00001", FamilyContact(her.id, "Xidir", "+964 750 000 0000"))
        her.notes = "her brother asks at Sharya camp"
        s.persons.update(her)
    finally:
        s.close()


def test_the_command_line_says_the_refusal_in_english_as_before(tmp_path):
    folder = tmp_path / "vault"
    _made_and_referred_to(folder, tmp_path)
    s = open_vault(folder, PASSPHRASE)
    try:
        with pytest.raises(ValidationError) as refused:
            ImportService(s).withdraw(1, 2)
        assert str(refused.value) == ENGLISH.format(day=_today())
        assert s.persons.get("SNJ-00001").notes == "her brother asks at Sharya camp"
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_her_page_says_the_refusal_in_the_interface_language(qtbot, gui, tmp_path, lang):
    folder = tmp_path / "vault"
    _made_and_referred_to(folder, tmp_path)
    page = _page(qtbot, gui, folder, lang, "SNJ-00001")
    page.provenance_tab.table.selectRow(0)
    page.findChild(QPushButton, "withdrawListRow").click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawQuestion") if b.isVisible()][0]
    box.findChild(QPushButton, "withdrawGo").click()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    shown = bare(page.error.text())
    start, contact = SAID[lang]
    assert shown.startswith(start), shown
    assert contact in shown and _today() in shown
    # Nothing of the English is left: not its words, nor the trail's code for an edit.
    if lang != "kmr":  # Arabic script but for the case number
        assert re.findall(r"[A-Za-z]+", shown) == ["SNJ"], shown
    assert not {"refers", "withdrawn", "contact", "person.edit", "nothing"} & set(
        re.findall(r"[\w.]+", shown)), shown
    assert page.person is not None and page.person.case_no == "SNJ-00001"  # still hers
