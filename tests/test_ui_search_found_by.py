"""Search as you type on the desktop shows each result's score and, when she was found by a
name beside her own (her mother's, a nickname, an alias), that name: a 0.75 for "Shireen"
then reads as her mother's name, not hers misspelt. Both columns show for a search only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import KdfParams, create_vault
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import isolated
from ui.settings import write_language


def _vault(tmp_path):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    daughter = s.persons.create(Person(sex=Sex.FEMALE, names={
        NamePart.GIVEN: NameText("نادية", "Nadia"), NamePart.FATHER: NameText("خليل", "Khalil"),
        NamePart.MOTHER: NameText("شيرين", "")}))
    herself = s.persons.create(Person(sex=Sex.FEMALE, names={
        NamePart.GIVEN: NameText("شيرين", "Shireen"), NamePart.FATHER: NameText("حسن", "Hassan")}))
    called = s.persons.create(Person(sex=Sex.FEMALE, aliases=["Xelo"], names={
        NamePart.GIVEN: NameText("خالدة", "Khalida"), NamePart.FATHER: NameText("مراد", "Murad")}))
    cli_scores = {r.case_no: r.score for r in s.search.search("شيرين", limit=10)}
    s.close()
    return folder, daughter.case_no, herself.case_no, called.case_no, cli_scores


def _rows(view):
    m = view.model
    return {m.data(m.index(r, 0)): (m.data(m.index(r, 7)), m.data(m.index(r, 8)))
            for r in range(m.rowCount())}


def _search(qtbot, view, text):
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.search_box.setText(text)
    assert view.model.results is not None and view.model.query == text


def test_a_result_shows_its_score_and_the_name_beside_hers_it_was_found_by(qtbot, gui,
                                                                          tmp_path):
    folder, daughter, herself, _called, scores = _vault(tmp_path)
    gui.vault_dir = folder
    view = unlock(qtbot, gui).persons
    assert view.table.isColumnHidden(7) and view.table.isColumnHidden(8)  # the list: none
    _search(qtbot, view, "شيرين")
    rows = _rows(view)
    assert rows[daughter] == (f"{scores[daughter]:.2f}", f"Mother: {isolated('شيرين')}")
    assert rows[herself] == (f"{scores[herself]:.2f}", "")  # her own name: nothing beside
    m = view.model
    tips = {m.data(m.index(r, 0)): m.data(m.index(r, 8), Qt.ItemDataRole.ToolTipRole)
            for r in range(m.rowCount())}
    assert tips[herself] is None and "Mother:" in tips[daughter]  # whole on hover
    assert not view.table.isColumnHidden(7) and not view.table.isColumnHidden(8)
    header = view.model.headerData
    assert (header(7, Qt.Orientation.Horizontal), header(8, Qt.Orientation.Horizontal)) == (
        "Score", "Found by")
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.results is None, timeout=10_000)
    assert view.table.isColumnHidden(7) and view.table.isColumnHidden(8)


def test_an_alias_she_was_found_by_is_named(qtbot, gui, tmp_path):
    folder, _d, _h, called, _s = _vault(tmp_path)
    gui.vault_dir = folder
    view = unlock(qtbot, gui).persons
    _search(qtbot, view, "Xelo")
    assert _rows(view)[called][1] == f"Alias: {isolated('Xelo')}"


@pytest.mark.parametrize("lang, mother, alias", [("ar", "اسم الأم", None), ("kmr", None, None)])
def test_the_columns_speak_the_interfaces_language(qtbot, gui, tmp_path, lang, mother, alias):
    folder, daughter, _h, _c, _s = _vault(tmp_path)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    view = unlock(qtbot, gui).persons
    _search(qtbot, view, "شيرين")
    header = view.model.headerData
    assert header(7, Qt.Orientation.Horizontal) != "Score"
    assert header(8, Qt.Orientation.Horizontal) != "Found by"
    found = _rows(view)[daughter][1]
    assert not found.startswith("Mother") and found.endswith(isolated("شيرين"))
    if mother:
        assert found.startswith(mother)
