"""The desktop's list of persons writes a known village as the interface's papers do: كوجو in
Arabic, کۆچۆ in Sorani, Koço in Kurmanji, Kocho in English; a village not known as stored."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, Person, Sex
from app.vault import KdfParams, create_vault
from tests.ui_support import PASSPHRASE, unlock
from ui.settings import write_language


@pytest.fixture
def kocho_vault(tmp_path):
    folder = tmp_path / "vault"
    session, _code = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    for given, village in (("نادية", "Kocho"), ("هدى", "Tel Banat")):
        p = Person(sex=Sex.FEMALE, origin_village=village)
        p.name(NamePart.GIVEN).put(given)
        session.persons.create(p)
    session.close()
    return folder


@pytest.mark.parametrize("lang, kocho", [("ar", "كوجو"), ("ckb", "کۆچۆ"), ("kmr", "Koço"),
                                         ("en", "Kocho")])
def test_the_list_writes_the_village_as_the_papers_do(qtbot, gui, kocho_vault, lang, kocho):
    write_language(kocho_vault, lang)
    gui.vault_dir, gui.language = kocho_vault, lang
    main = unlock(qtbot, gui)
    model = main.persons.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and "…" not in (
        model.index(0, 0).data(), model.index(1, 0).data()), timeout=10_000)
    shown = {model.data(model.index(r, 0)): model.data(model.index(r, 4))
             for r in range(model.rowCount())}
    assert shown == {"SNJ-00001": kocho, "SNJ-00002": "Tel Banat"}
