"""Search as you type on the desktop says why each result came up, as `search` does: "Xelîl
Hesen" puts Hussein Khalil Hassan first, and his row says Xelîl was his father and Hesen his
grandfather (beside the score, whole on hovering the score too)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import KdfParams, create_vault
from tests.ui_support import PASSPHRASE, unlock


def _vault(tmp_path):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    man = s.persons.create(Person(sex=Sex.MALE, names={
        NamePart.GIVEN: NameText("حسين", "Hussein"), NamePart.FATHER: NameText("خليل", "Khalil"),
        NamePart.GRANDFATHER: NameText("حسن", "Hassan")}))
    girl = s.persons.create(Person(sex=Sex.FEMALE, names={
        NamePart.GIVEN: NameText("دنيا", "Dunya"), NamePart.FATHER: NameText("حسين", "Hussein"),
        NamePart.GRANDFATHER: NameText("خليل", "Khalil")}))
    s.close()
    return folder, man.case_no, girl.case_no


def test_each_result_says_which_of_her_names_the_words_fit(qtbot, gui, tmp_path):
    folder, man, girl = _vault(tmp_path)
    gui.vault_dir = folder
    view = unlock(qtbot, gui).persons
    with qtbot.waitSignal(view.model.found_by_loaded, timeout=10_000):
        view.search_box.setText("Xelîl Hesen")
    m = view.model
    rows = {m.data(m.index(r, 0)): r for r in range(m.rowCount())}
    said = m.data(m.index(rows[man], 8))
    assert "Father:" in said and "Grandfather:" in said, said
    assert "Grandfather:" in m.data(m.index(rows[girl], 8))
    tip = m.data(m.index(rows[man], 7), Qt.ItemDataRole.ToolTipRole)
    assert tip and "Father:" in tip
