"""The Duplicates screen names a record that has no part of her name, only a kunya (أم خليل, Umm
Khalil), by it, marked as her page marks it ("known as أم خليل", المعروفة بـ in Arabic, worded
by her sex; of either where it is not recorded): the pair's name cells were blank. The kunyas
compared are labelled in the window's language, not by the engine's key "aliases"."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui.settings import write_language

ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
SAID = {"en": ("known as أم خليل", "known as Umm Khalil", "nickname / other spellings"),
        "ar": ("المعروفة بـ أم خليل", "المعروف/ة بـ Umm Khalil", "الكنية / تهجئات أخرى"),
        "ckb": ("ناسراو بە أم خليل", "ناسراو بە Umm Khalil", "نازناو / ڕێنووسەکانی تر"),
        "kmr": ("bi navê أم خليل tê nasîn", "bi navê Umm Khalil tê nasîn",
                "leqeb / rastnivîsên din")}


def _text(model, row: int, col: int) -> str:
    return model.item(row, col).text().translate(ISOLATES)


@pytest.mark.parametrize("language", ["en", "ar", "ckb", "kmr"])
def test_a_kunya_pair_is_named_by_its_kunyas(qtbot, new_translations, gui, made_vault, language):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    # the second's sex not recorded: Arabic says it of either (المعروف/ة), as her page does
    for kunya, sex in ((NameText("أم خليل", ""), Sex.FEMALE),
                       (NameText("", "Umm Khalil"), Sex.UNKNOWN)):
        s.persons.create(Person(names={NamePart.NICKNAME: kunya}, sex=sex,
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
