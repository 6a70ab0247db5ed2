"""An entry an earlier version wrote kept a rescue's ledger whole, with who was paid (often the
informant) and what for. The Audit screen's cell says amounts only, but its hover showed the
entry as stored, the payee's name in it (a reviewer found). The hover now says a ledger's lines
by amount and currency too, for old entries and new."""

from __future__ import annotations

import json

from PySide6.QtGui import QTextDocumentFragment

from tests.ui_support import PASSPHRASE, unlock
from ui.history_words import history_entry

NAME = "Abu Khalil (informant K7)"


def test_the_stored_entry_on_hover_keeps_no_payee(qapp):
    for action, detail in (
            ("rescue.create", f'{{"persons": [1], "costs": [["8000", "USD", "{NAME}", "ransom"]]}}'),
            ("rescue.costs", f'{{"was": [["8000", "USD", "{NAME}", "ransom first half: 50%"]], '
                             f'"now": [["8000", "USD"]], "changed": ["paid_to"]}}')):
        _, said, raw = history_entry(action, detail)
        assert NAME not in said and NAME not in raw and "ransom" not in raw, raw
        shown = json.loads(raw)
        assert all(line == ["8000", "USD"] for k in ("costs", "was", "now") for line in shown.get(k, []))
        assert shown.get("changed", ["paid_to"]) == ["paid_to"]  # what changed is still said


def test_the_audit_screen_hover_says_amounts_only(qtbot, gui, made_vault):
    from app.vault import open_vault
    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.audit.append("rescue.costs", "rescue", "1",  # as an earlier version wrote it
                   {"was": [["8000", "USD", NAME, "ransom"]], "now": [["8000", "USD", "M-2", "ransom"]]})
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    view = main.show_screen("audit")
    qtbot.waitUntil(lambda: view.page is not None and view.model.rowCount() > 0, timeout=10_000)
    row = next(r for r, e in enumerate(view.page.rows) if e.action == "rescue.costs")
    tip = QTextDocumentFragment.fromHtml(view.model.item(row, 4).toolTip()).toPlainText()
    assert NAME not in view.model.item(row, 4).text()
    assert NAME not in tip and "M-2" not in tip and "8000" in tip, tip
