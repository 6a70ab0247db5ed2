"""The Duplicates screen names a record that has no part of her name, only a kunya (أم خليل, Umm
Khalil), by it, marked as her page marks it ("known as أم خليل", المعروفة بـ in Arabic, worded
by her sex): the pair's name cells were blank. The kunyas compared are labelled in the window's
language, not by the engine's key "aliases"."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.settings import write_language

ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
SAID = {"en": ("known as أم خليل", "known as Umm Khalil", "nickname / other spellings"),
        "ar": ("المعروفة بـ أم خليل", "المعروفة بـ Umm Khalil", "الكنية / تهجئات أخرى")}


def _text(model, row: int, col: int) -> str:
    return model.item(row, col).text().translate(ISOLATES)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_kunya_pair_is_named_by_its_kunyas(qtbot, new_translations, gui, made_vault, language):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for kunya in (NameText("أم خليل", ""), NameText("", "Umm Khalil")):
        s.persons.create(Person(names={NamePart.NICKNAME: kunya}, sex=Sex.FEMALE,
                                origin_village="Kocho"))
    s.close()
    write_language(folder, language)
    gui.vault_dir, gui.language = folder, language
    view = unlock(qtbot, gui).show_screen("duplicates")
    view.find()
    qtbot.waitUntil(lambda: bool(view.pairs) or view.error.text() != "", timeout=60_000)
    assert view.error.text() == ""
    first, second, label = SAID[language]
    assert [_text(view.list.model, 0, c) for c in (1, 2, 3, 4)] == [
        "SNJ-00001", first, "SNJ-00002", second]
    fields = {_text(view.detail.model, r, 0): (_text(view.detail.model, r, 2),
                                                _text(view.detail.model, r, 3))
              for r in range(view.detail.model.rowCount())}
    assert fields[label] == ("أم خليل", "Umm Khalil"), fields
