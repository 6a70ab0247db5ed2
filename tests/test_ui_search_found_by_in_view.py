"""A search's results show the names she was found by in the last column. In the Arabic window,
with the sex column fitted to its words, that column began past the left edge of a 1200-pixel
window and had to be scrolled to: the names columns now give it room."""

from __future__ import annotations

from tests.ui_support import unlock


def test_the_found_by_column_shows_without_scrolling_in_arabic(qtbot, gui, made_vault):
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from ui.settings import write_language

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    for given, latin in (("شيرين", "Shereen"), ("سميرة", "Samira")):
        s.persons.create(Person(names={NamePart.GIVEN: NameText(given, latin),
                                       NamePart.FATHER: NameText("الياس", "Elias"),
                                       NamePart.GRANDFATHER: NameText("حسن", "Hasan")},
                                sex=Sex.FEMALE, origin_village="Tel Ezer"))
    s.close()
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    main = unlock(qtbot, gui)
    main.resize(1200, 760)
    main.show()
    view = main.persons
    view.search_box.setText("الياس Shirin")
    qtbot.waitUntil(lambda: view.model.results is not None, timeout=5_000)
    qtbot.wait(100)
    table = view.table
    header = table.horizontalHeader()
    last = header.count() - 1
    assert not header.isSectionHidden(last)
    pos, size = header.sectionViewportPosition(last), header.sectionSize(last)
    shown = min(pos + size, table.viewport().width()) - max(pos, 0)
    assert shown >= 105, (pos, size, [header.sectionSize(c) for c in range(header.count())])
    assert min(header.sectionSize(c) for c in (1, 2)) >= 150  # her names still whole
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.results is None, timeout=5_000)
    assert [header.sectionSize(c) for c in (0, 1, 2)] == [120, 195, 195]  # the list's own
