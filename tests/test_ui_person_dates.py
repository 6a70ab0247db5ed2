"""A person's dates on her page in the interface's language: the English the vault stores
("about 1974", "age 22, year not given") said in Arabic, Sorani or Kurmanji, and kept as stored
when she is saved unchanged."""

from __future__ import annotations

import pytest

from tests.test_ui_person_page_bidi import _page
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
