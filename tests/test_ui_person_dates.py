"""A person's dates on her page in the interface's language: the English the vault stores
("about 1974", "age 22, year not given") said in Arabic, Sorani or Kurmanji, and kept as stored
when she is saved unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_ui_person_page_bidi import _page
from tests.ui_support import unlock
from ui.bidi import LRI, PDI


def _born_about(folder) -> tuple[str, str]:
    """A demo person whose birth is stored as "about 1974", and that text."""
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        p = next(p for p in (s.persons.get(f"DEMO-{n:05d}") for n in range(1, 60))
                 if p.birth.text.startswith("about "))
        return p.case_no, p.birth.text
    finally:
        s.close()


@pytest.mark.parametrize("lang, about", [("ar", "حوالي"), ("ckb", "نزیکەی"), ("kmr", "nêzîkî")])
def test_her_birth_reads_in_the_interface_language_and_is_kept_as_stored(
        qtbot, gui, demo_vault, lang, about):
    """Her page said "about 1974", as the vault stores it, in every language. The words are
    the interface's now; saved unchanged, the stored text and range stay as they were."""
    case_no, stored = _born_about(demo_vault)
    page = _page(qtbot, gui, demo_vault, lang, case_no)
    shown = page.form.birth.text()
    year = stored.removeprefix("about ")
    assert shown.startswith(about) and year in shown and "about" not in shown, shown
    if lang != "kmr":
        assert f"{LRI}{year}{PDI}" in shown  # the year whole after the Arabic-script word
    assert page.form.read_person().birth == page.person.birth  # unchanged: kept as stored


def test_the_wizards_card_of_a_vault_person_says_her_birth_in_the_interface_language(
        qtbot, gui, demo_vault):
    """The record a row may match said "born: age 22, year not given" in the Arabic wizard."""
    from ui.import_wizard import _card
    from ui.settings import write_language

    write_language(demo_vault, "ar")
    gui.vault_dir, gui.language = demo_vault, "ar"
    gui.show_access()
    card = {"case_no": "SNJ-00001", "name_original": "نادية", "name_latin": "", "sex": "F",
            "born": "age 22, year not given", "village": "", "status": "missing"}
    shown = _card(card)
    assert "العمر 22، السنة غير مذكورة" in shown and "year" not in shown, shown


def test_a_date_a_list_gave_as_an_excel_number_is_a_day_in_the_list_and_on_her_page(
        qtbot, gui, tmp_path):
    """Born '33970' and Abducted '41854' the desktop showed: Excel's numbers for the days."""
    from tests.import_helpers import cli, write_xlsx
    from ui.settings import write_language

    assert cli(tmp_path, "init").returncode == 0
    path = write_xlsx(tmp_path / "kocho.xlsx", [("List", [
        ["الاسم", "اسم الاب", "المواليد", "تاريخ الخطف"], ["نادية", "مراد", 33970, 41854]])])
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    write_language(tmp_path / "vault", "en")
    gui.vault_dir, gui.language = tmp_path / "vault", "en"
    main = unlock(qtbot, gui)
    model = main.persons.model
    born = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal)
                == "Born")
    qtbot.waitUntil(lambda: model.index(0, born).data() is not None, timeout=10_000)
    assert model.index(0, born).data() == "1993-01-01"
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert (page.form.birth.text(), page.form.abduction_date.text()) == ("1993-01-01", "2014-08-03")
