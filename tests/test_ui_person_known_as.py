"""A person known only by a kunya or nickname (أم خالد, no given name) was headed
"SNJ-00010 (no name) · مفقودة" in every interface language: her page's heading and a relative's
row now say what she is known as in the interface's words, and "(no name)" is translated."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from tests.test_ui_person_page_bidi import _page
from tests.ui_support import PASSPHRASE


def _persons(folder) -> dict[str, str]:
    """A woman known only as أم خالد, a man known only as Abu Nayef, a woman known by no name
    of her own, and a sister linked to the first: their case numbers."""
    from app.vault import open_vault
    from ui import person_ops
    s = open_vault(folder, PASSPHRASE)
    try:
        made = {
            "kunya": s.persons.create(Person(
                names={NamePart.NICKNAME: NameText("أم خالد")}, sex=Sex.FEMALE)).case_no,
            "man": s.persons.create(Person(
                names={NamePart.NICKNAME: NameText("", "Abu Nayef")}, sex=Sex.MALE)).case_no,
            # only her mother's name: nothing to call her by
            "nothing": s.persons.create(Person(
                names={NamePart.MOTHER: NameText("شيرين")}, sex=Sex.FEMALE)).case_no,
            "sister": s.persons.create(Person(
                names={NamePart.GIVEN: NameText("نادية")}, sex=Sex.FEMALE)).case_no,
        }
        person_ops.link_relative(s, made["sister"], made["kunya"], "sibling")
        return made
    finally:
        s.close()


@pytest.mark.parametrize("lang, said", [("ar", "المعروفة بـ"), ("ckb", "ناسراو بە"),
                                        ("kmr", "bi navê"), ("en", "known as")])
def test_her_heading_says_what_she_is_known_as(qtbot, gui, made_vault, lang, said):
    folder, _code = made_vault
    made = _persons(folder)
    page = _page(qtbot, gui, folder, lang, made["kunya"])
    heading = page.heading.text()
    assert said in heading and "أم خالد" in heading, heading
    assert "(no name)" not in heading


def test_a_man_known_by_a_nickname_is_spoken_of_as_a_man_in_arabic(qtbot, gui, made_vault):
    folder, _code = made_vault
    made = _persons(folder)
    heading = _page(qtbot, gui, folder, "ar", made["man"]).heading.text()
    assert "المعروف بـ" in heading and "Abu Nayef" in heading, heading
    assert "المعروفة" not in heading


@pytest.mark.parametrize("lang, said", [("ar", "(بلا اسم)"), ("kmr", "(bê nav)")])
def test_a_person_with_no_name_of_her_own_is_said_to_have_none_in_the_interface_language(
        qtbot, gui, made_vault, lang, said):
    folder, _code = made_vault
    made = _persons(folder)
    heading = _page(qtbot, gui, folder, lang, made["nothing"]).heading.text()
    assert said in heading and "(no name)" not in heading, heading


def test_a_relative_known_only_by_her_kunya_is_named_so_on_her_sisters_page(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    made = _persons(folder)
    page = _page(qtbot, gui, folder, "ar", made["sister"])
    tab = page.relatives_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    name = tab.model.item(0, 2).text()
    assert "المعروفة بـ" in name and "أم خالد" in name and "(no name)" not in name, name
