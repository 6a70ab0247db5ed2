"""A search's "Found by" column showed "اسم الأب: سلو · اسم ..." cut at a 1280-pixel window: it
was given 110 pixels whatever it held. The names columns (to 150 pixels) and the case number's
make room for the names the results in sight were found by, then the village and birth
columns down to what shows their own cells whole, up to a third of the list. (Three names
found by may still be cut at 1280 pixels, every other column at its least: hovering shows them
whole.)"""

from __future__ import annotations

import pytest

from tests.ui_support import unlock


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_the_names_she_was_found_by_show_whole_at_1280_pixels(qtbot, gui, made_vault, lang):
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from ui.settings import write_language

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for given, latin in (("سلوى", "Selwa"), ("نسرين", "Nisrin")):
        s.persons.create(Person(names={NamePart.GIVEN: NameText(given, latin),
                                       NamePart.FATHER: NameText("سلو", "Silo"),
                                       NamePart.GRANDFATHER: NameText("محمود", "Mehmud"),
                                       NamePart.FAMILY: NameText("جيلكي", "Jilki")},
                                sex=Sex.FEMALE, origin_village="Borek"))
    s.close()
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    main.resize(1280, 800)
    main.show()
    view = main.persons
    view.search_box.setText("Selwa Silo Mehmud")
    qtbot.waitUntil(lambda: view.model.results is not None, timeout=5_000)
    qtbot.wait(100)
    table, model = view.table, view.model
    header = table.horizontalHeader()
    last = header.count() - 1
    # the sister, found by her father's and grandfather's names, not her own
    row = next(r for r in range(model.rowCount())
               if "·" in (model.index(r, last).data() or ""))
    text = model.index(row, last).data()
    pos, size = header.sectionViewportPosition(last), header.sectionSize(last)
    shown = min(pos + size, table.viewport().width()) - max(pos, 0)
    assert shown >= table.sizeHintForColumn(last), (text, shown, [
        header.sectionSize(c) for c in range(header.count())])
    assert min(header.sectionSize(c) for c in (1, 2)) >= 150  # her names still whole
