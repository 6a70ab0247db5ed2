"""A person's Provenance tab shows what each list's row said of her, every filled cell under
the list's own header, Arabic and Latin cells each in their own order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.importing.service import ImportService
from app.vault import KdfParams, create_vault
from tests.import_helpers import write_csv
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import isolated
from ui.settings import write_language
from ui.widgets import plain_tooltip


def test_the_provenance_tab_says_what_the_list_said(qtbot, gui, tmp_path):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    path = write_csv(tmp_path / "family.csv",
                     ["الاسم", "اسم الاب", "Born", "Phone of family", "Remarks"],
                     [["خالدة", "شيخو", "2000", "0750 123 4567", "<b>seen</b> in Raqqa"]])
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="Family list")
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    case_no = s.persons.list(None)[0].case_no
    s.close()
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    model = page.provenance_tab.model
    assert model.rowCount() == 1
    said = model.item(0, 5).text()
    # the columns not imported too: this is the lawyer's own screen, not a document
    for header, value in (("الاسم", "خالدة"), ("اسم الاب", "شيخو"), ("Born", "2000"),
                          ("Phone of family", "0750 123 4567")):
        assert f"{isolated(header)}: {isolated(value)}" in said
    assert model.headerData(5, Qt.Orientation.Horizontal) == "ما ذكرته القائمة"
    # the line is cut at the column's edge: on hover, each cell on a line of its own, and
    # shown as written: a cell that looks like markup is not read as markup
    tip = model.item(0, 5).toolTip()
    assert tip == plain_tooltip("\n".join(
        f"{isolated(h)}: {isolated(v)}" for h, v in (
            ("الاسم", "خالدة"), ("اسم الاب", "شيخو"), ("Born", "2000"),
            ("Phone of family", "0750 123 4567"), ("Remarks", "<b>seen</b> in Raqqa"))))
    assert "&lt;b&gt;seen" in tip and "<b>" not in tip
