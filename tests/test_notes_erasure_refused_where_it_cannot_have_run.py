"""`audit verify` accepts an erasure of the words of notes (vault.notes_erased) only where the
one-time pass can have run: once, in a vault made before it, of entries older than itself. It
accepted any number of them in any vault, so whoever holds the passphrase could rewrite an old
entry's evidence (a status `rescued` made `deceased`) under one and verify said the chain
intact and only notes' words erased. A vault this version makes says in its first entry that
its trail never kept them; that entry cannot be erased."""

from __future__ import annotations

import json
import shutil

import pytest

from app.audit import ERASED_BY, ERASED_ENTRIES, NOTES_ERASED, TEXT_UNKEPT
from tests.conftest import ROOT
from tests.import_helpers import cli, reopen

OLD = ROOT / "tests" / "fixtures" / "vault_notes_kept"  # made before the pass


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _verify(tmp_path) -> dict:
    out = cli(tmp_path, "--json", "audit", "verify")
    report = json.loads(out.stdout)
    assert (out.returncode == 0) == report["ok"]
    return report


def _forge_rescued_as_deceased(tmp_path) -> None:
    """What anyone holding the passphrase can do with the program's own code: the last status
    entry rewritten, marked erased of notes' words and listed by a pass of their making."""
    s = reopen(tmp_path / "vault")
    try:
        row = [r for r in s.audit.repo.all() if r.action == "person.status"][-1]
        forged = json.loads(row.detail.replace("rescued", "deceased"))
        forged.update({TEXT_UNKEPT: ["notes"], ERASED_BY: NOTES_ERASED})
        with s.db.transaction():
            listed = s.audit.erase([(row, forged)])
            s.audit.append(NOTES_ERASED, "vault", detail={"rule": "1", ERASED_ENTRIES: listed})
    finally:
        s.close()


def test_none_in_a_vault_this_version_made(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "Nadia", "--sex", "F")
    _ok(tmp_path, "person", "status", "SNJ-1", "rescued", "--date", "2019")
    assert _verify(tmp_path)["ok"]
    _forge_rescued_as_deceased(tmp_path)
    report = _verify(tmp_path)
    assert not report["ok"]
    assert "made by a version whose trail never kept them" in report["problem"]


def test_a_second_one_in_a_vault_made_before(tmp_path):
    shutil.copytree(OLD, tmp_path / "vault")
    assert _verify(tmp_path)["ok"]  # the pass ran at this unlock, once
    _forge_rescued_as_deceased(tmp_path)
    report = _verify(tmp_path)
    assert not report["ok"] and "a second erasure of the words of notes" in report["problem"]


def test_one_listing_an_entry_written_after_it(tmp_path, monkeypatch):
    shutil.copytree(OLD, tmp_path / "vault")
    import app.vault
    from app.notes_erased import NOTES_MARK, NOTES_RULE

    def forged_pass(session) -> int:  # in place of the real one, at this unlock
        seq = session.audit.repo.last().seq + 1
        session.audit.append(NOTES_ERASED, "vault", detail={
            "rule": "1", ERASED_ENTRIES: [[seq + 1, "0" * 64, "0" * 64]]})
        session.meta.set(NOTES_MARK, NOTES_RULE)
        return 0

    monkeypatch.setattr(app.vault, "ensure_notes_erased", forged_pass)
    reopen(tmp_path / "vault").close()
    monkeypatch.undo()
    report = _verify(tmp_path)
    assert not report["ok"] and "an entry written after it" in report["problem"]


@pytest.mark.parametrize("by", ["person.delete", NOTES_ERASED])
def test_the_vaults_creation_is_never_erased(tmp_path, by):
    """Its word that the trail never kept notes' words cannot be taken back by an erasure."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    s = reopen(tmp_path / "vault")
    try:
        row = next(iter(s.audit.repo.all()))
        assert row.action == "vault.create" and '"notes_words_kept": false' in row.detail
        with s.db.transaction():
            listed = s.audit.erase([(row, {})])
            s.audit.append(by, "vault", detail={ERASED_ENTRIES: listed})
    finally:
        s.close()
    report = _verify(tmp_path)
    assert not report["ok"] and report["first_broken_seq"] == 1
    assert "the vault's creation, is listed as erased" in report["problem"]
