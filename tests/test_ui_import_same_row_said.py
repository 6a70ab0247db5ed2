"""A row the last import of its list also held goes to the person it went to then, and its
explanation says so: stored in English (the command line prints it as stored, byte for byte:
tests/test_import_commit.py and test_import_reimport.py read it), said on the desktop's review
page in the interface's language."""

from __future__ import annotations

import pytest

from app.importing.service import ImportService
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.ui_support import unlock
from ui.import_wizard import REVIEW_DECISION
from ui.settings import write_language

HEADER = ["No", "Name", "Father", "Village"]
FIRST = [["1", "هدى", "", "Kocho"], ["2", "Nadia", "Basi", "Kocho"]]
SAME_ROW = "the same row as in the last import of this list (batch 1)"
WHY_COLUMN = REVIEW_DECISION - 1


def _staged_again_with_her_record_deleted(folder, tmp_path) -> int:
    """The list imported as batch 1; its next version staged as batch 2, هدى's row going to
    the person it went to then (a one-word name the names alone would not give); then that
    person deleted by a version before deletions set such a row aside (it only lost its link),
    so that the row waits for a decision, its explanation shown."""
    s = open_vault(folder, PASSPHRASE)
    try:
        svc = ImportService(s)
        one = write_csv(tmp_path / "family.csv", HEADER, FIRST)
        plan = svc.prepare(str(one), None, source="family Haskani")
        svc.commit(svc.stage(plan, svc.stage_rows(plan), yes=True))
        two = write_csv(tmp_path / "family v2.csv", HEADER,
                        [*FIRST, ["3", "Sara", "Basi", "Kocho"]])
        plan = svc.prepare(str(two), None, source="family Haskani")
        rows = svc.stage_rows(plan)
        assert rows[0].outcome == "certain" and rows[0].match_explain.endswith(
            "; " + SAME_ROW)  # stored in English, as before
        batch = svc.stage(plan, rows, yes=False)
        huda = s.persons.get_many([rows[0].match_person_id])[0]
        s.db.conn.execute("UPDATE import_rows SET match_person_id=NULL WHERE batch_id=? AND "
                          "row_number=2", (batch,))
        s.persons.delete(huda.case_no, reason="entered by mistake")
        return batch
    finally:
        s.close()


def _why_on_the_review_page(qtbot, gui, folder, lang, batch) -> str:
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.open_batch(batch)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    model = wizard.review.model
    assert model.rowCount() == 1 and model.item(0, 0).text().strip("\u2066\u2069") == "2"
    return model.item(0, WHY_COLUMN).text()


@pytest.mark.parametrize("lang, said", [
    ("ar", "الصف نفسه كما في آخر استيراد لهذه القائمة (الدفعة 1)"),
    ("ckb", "هەمان ڕیز وەک لە دوایین هاوردەکردنی ئەم لیستەدا (کۆمەڵەی 1)"),
    ("kmr", "heman rêz wek di importa dawî ya vê lîsteyê de (koma 1)")])
def test_the_same_row_as_last_time_is_said_in_the_interface_language(
        qtbot, gui, made_vault, tmp_path, lang, said):
    """It read "...; the same row as in the last import of this list (batch 1)" in English
    in every language: an f-string the desktop could not say in its own words."""
    folder, _code = made_vault
    batch = _staged_again_with_her_record_deleted(folder, tmp_path)
    why = _why_on_the_review_page(qtbot, gui, folder, lang, batch)
    assert said in why.replace("\u2066", "").replace("\u2069", ""), why
    assert "last import" not in why and "batch" not in why, why
