"""One draft per record: kept again, it replaces the one before; her page's Save leaves none
behind, so no typing already saved is offered again or counted as lost by a restore."""

from __future__ import annotations

import pytest

from tests.test_ui_draft_restore_keeps_what_was_saved_since import (
    HER,
    _conflicts,
    _page,
    _saved,
    _saved_elsewhere,
    _type,
    her_vault,
)
from tests.ui_support import read_vault

_her_vault = pytest.fixture(her_vault.__wrapped__, name="her_vault")


def test_a_draft_kept_again_replaces_the_one_before(her_vault):
    def keep_twice(s):
        for notes in ("first typing", "second typing"):
            p = s.persons.get(HER)
            p.notes = notes
            s.drafts.keep_person(p, s.persons.get(HER))
        return s.drafts.person(HER).notes, [r[0] for r in s.db.conn.execute(
            "SELECT key FROM vault_meta WHERE key LIKE 'draft.person.%'")]
    assert read_vault(her_vault, keep_twice) == ("second typing", ["draft.person." + HER])


def test_typing_kept_at_a_cancelled_reload_then_saved_leaves_no_draft(qtbot, gui, her_vault):
    _main, page = _page(qtbot, gui, her_vault)
    _type(page, notes="typed here")
    _saved_elsewhere(her_vault, notes="saved elsewhere")
    page.save()
    qtbot.waitUntil(lambda: page.buttons["reload"].isVisibleTo(page), timeout=10_000)
    page.buttons["reload"].click()
    _conflicts(qtbot, page).reject()  # her typing stays a draft, offered on her page
    qtbot.waitUntil(lambda: page.draft is not None, timeout=10_000)
    _type(page, notes="typed here")  # she types it again rather than restoring
    p = _saved(qtbot, page, her_vault)
    assert p.notes == "typed here"
    assert read_vault(her_vault, lambda s: s.drafts.person(HER)) is None
