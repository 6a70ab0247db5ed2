"""A New person form's typed fields kept in the vault over a lock: one draft at most, read back as
kept, removed when discarded (the vault's own settings table, nothing beside it)."""

from __future__ import annotations

from app.vault import open_vault
from tests.conftest import PASSPHRASE

TYPED = {"name_given_original": "نادية", "name_given_latin": "Nadia", "birth": "2041",
         "sex": "F", "status": "missing", "notes": "her aunt in Dohuk told it"}


def test_a_kept_draft_is_read_back_as_typed_after_the_vault_is_opened_again(made_vault):
    folder, _code = made_vault
    session = open_vault(folder, PASSPHRASE)
    assert session.drafts.new_person() is None
    session.drafts.keep_new_person(TYPED)
    session.close()
    session = open_vault(folder, PASSPHRASE)
    try:
        assert session.drafts.new_person() == TYPED
    finally:
        session.close()


def test_there_is_one_draft_at_most_the_last_kept(session):
    session.drafts.keep_new_person(TYPED)
    session.drafts.keep_new_person({"name_given_latin": "Layla"})
    assert session.drafts.new_person() == {"name_given_latin": "Layla"}


def test_discarding_removes_the_draft_from_the_vault(session):
    session.drafts.keep_new_person(TYPED)
    session.drafts.discard_new_person()
    assert session.drafts.new_person() is None
    assert session.meta.get("draft.new_person") is None  # the row is gone, not left blank


def test_a_damaged_draft_reads_as_none_and_only_text_fields_are_taken(session):
    session.meta.set("draft.new_person", "{not json")
    assert session.drafts.new_person() is None
    session.meta.set("draft.new_person", '{"birth": 1998, "village": "Kocho"}')
    assert session.drafts.new_person() == {"village": "Kocho"}
