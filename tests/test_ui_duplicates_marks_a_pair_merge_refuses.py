"""The desktop's Duplicates list marks a pair that a merge would refuse (the sisters Samira and
Samia, every other name alike) where it is listed, after the pair of one woman written twice,
and says why above its fields; a pair a merge takes is not marked."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock


def _person(given: NameText, father: NameText, grandfather: NameText) -> Person:
    return Person(names={NamePart.GIVEN: given, NamePart.FATHER: father,
                         NamePart.GRANDFATHER: grandfather,
                         NamePart.MOTHER: NameText("ليلى", "Layla")}, sex=Sex.FEMALE)


def test_sisters_are_marked_and_listed_after_one_woman_twice(qtbot, gui, made_vault):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    elias, haydar = NameText("الياس", "Elias"), NameText("حيدر", "Haydar")
    samira = s.persons.create(_person(NameText("سميرة", "Samira"), elias, haydar)).case_no
    samia = s.persons.create(_person(NameText("سامية", "Samia"), elias, haydar)).case_no
    one = s.persons.create(_person(NameText("نادية", ""), NameText("خليل", ""),
                                   NameText("حسن", ""))).case_no
    two = s.persons.create(_person(NameText("", "Nadiya"), NameText("", "Xelîl"),
                                   NameText("", "Hesen"))).case_no
    s.close()
    gui.vault_dir = folder
    view = unlock(qtbot, gui).show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: len(view.pairs) == 2 or view.error.text() != "", timeout=60_000)
    cases = [{p.a.case_no, p.b.case_no} for p in view.pairs]
    assert cases == [{one, two}, {samira, samia}]
    assert view.list.model.item(0, 0).toolTip() == ""
    tip = view.list.model.item(1, 2).toolTip()
    assert tip.startswith("A merge asks first: they disagree on") and "given name" in tip
    view.list.table.setCurrentIndex(view.list.model.index(1, 0))
    view.show_pair(1)
    assert "given name" in view.reading.text()
    view.show_pair(0)
    assert view.reading.text() == ""
