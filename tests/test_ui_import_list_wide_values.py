"""The import window's "Everyone this list adds is": female and missing chosen on the mapping
step are given to the persons the list creates (a row saying male stays male), never to the
known woman it updates; the preview counts them and her History says so."""

from __future__ import annotations

import json

from app.domain.person import NamePart, NameText, Person, Sex, Status
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.ui_support import unlock, wait_job
from ui.bidi import bare


def _known_layla(folder) -> str:
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(names={
            NamePart.GIVEN: NameText("", "Layla"), NamePart.FATHER: NameText("", "Khudeda"),
            NamePart.GRANDFATHER: NameText("", "Ali")}, origin_village="Tel Qasab")).case_no
    finally:
        s.close()


def _read(qtbot, imports, path):
    wizard = imports.new_import()
    wizard.path.setText(str(path))
    wizard.source.setText("Family of Kocho")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    return wizard


def test_the_window_gives_new_persons_the_values_chosen_for_the_whole_list(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    layla = _known_layla(folder)
    path = write_csv(tmp_path / "family.csv", ["Name", "Father", "Grandfather", "Village",
                                               "Sex"],
                     [["Nadia", "Murad", "Basee", "Kocho", ""],
                      ["Samir", "Elias", "Khudeda", "Kocho", "male"],
                      ["Layla", "Khudeda", "Ali", "Tel Qasab", ""]])
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    imports = main.show_screen("imports")
    wizard = _read(qtbot, imports, path)
    choice = wizard.list_wide
    assert choice.sex.currentData() is None and choice.status.currentData() is None
    assert "never given it" in choice.help.text()
    choice.sex.setCurrentIndex(choice.sex.findData("F"))
    choice.status.setCurrentIndex(choice.status.findData("missing"))
    choice.grab().save(str(tmp_path / "list-wide.png"))
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page,
                    timeout=20_000)
    info = bare(wizard.preview_info.text())
    assert "Said of everyone this list adds: female, Missing. Given to 2 new person(s)" in info
    wizard.preview.table.selectRow(0)
    assert "given what was said of the whole list, not in this row: female, Missing" in bare(
        wizard.preview_details.text())
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert "status said of everyone this list adds" in wizard.report.text()

    def persons(s):
        return {p.names[NamePart.GIVEN].latin: (p.case_no, p.sex, p.current_status)
                for p in s.persons.iter_all()}

    people = wait_job(qtbot, gui.worker, persons)
    assert people["Nadia"][1:] == (Sex.FEMALE, Status.MISSING)
    assert people["Samir"][1:] == (Sex.MALE, Status.MISSING)
    assert people["Layla"] == (layla, Sex.UNKNOWN, Status.UNKNOWN)
    saved = wait_job(qtbot, gui.worker, lambda s: s.persons.history(people["Nadia"][0]))
    assert [json.loads(e.detail)["given"] for e in saved
            if e.action == "person.import_list_wide"] == [{"sex": "F", "status": "missing"}]

    # her page: the History and the status timeline say it came from the whole list
    from ui.history_words import history_entry
    entry = next(e for e in saved if e.action == "person.import_list_wide")
    action, changed, _raw = history_entry(entry.action, entry.detail)
    assert action == "Given what was said of the whole list, not in this person's row"
    assert "sex: female" in bare(changed) and "status: Missing" in bare(changed)

    # the sender's next list is not given it unless chosen again (test_ui_import_list_wide_
    # one_list.py)
