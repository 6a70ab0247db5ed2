"""A vault whose trail an earlier version wrote with the whole words of her notes, before and
after each change, has them erased at its first unlock by this version: once, the chain still
verifying, `audit verify --noted` with a head noted before saying truthfully what erased them
(no deletion), each entry still reading in words what else it said, and a list's row updated
then still withdrawn by the line it added.

tests/fixtures/vault_notes_kept was made by the version before this one (cd518b6)'s
`casekeeper` with the fast KDF and the tests' passphrase: init --prefix SNJ; import of a list
(Name Nadia, Father Basi, Grandfather Taha, Family Haskani, Village Kocho, Notes Qqfamilynoteq,
source Family) making SNJ-00001; person edit --notes "Qqfamilynoteq / Qqinformantq Ali 0750 111
2222", then "Qqfamilynoteq / Qqcleanq" (lines); imports of her again with notes "Qqngonoteq
seen in Raqqa 2016" (NGO Duhok, batch 2) and "Qqcampnoteq" (Camp, batch 3); person edit adding
a line "Qqlaterq brother called"; review 3 --row 2 --withdraw; person add Xezal Basi (notes
Qqsisternoteq), merge SNJ-00001 SNJ-00002 --despite-contradiction --note "same woman"; person
status SNJ-00001 rescued --date 2019; audit verify, whose head is NOTED."""

from __future__ import annotations

import json
import shutil

from db.database import DB_FILE
from tests.conftest import ROOT
from tests.import_helpers import cli, reopen
from tests.pagescan import pages_holding

NOTES_ERASED = "vault.notes_erased"  # the pass's entry (app/notes_erased.py)
FIXTURE = ROOT / "tests" / "fixtures" / "vault_notes_kept"
NOTED = "873e2fa05df95756"  # the head `audit verify` printed last, at entry 33
# her own words, typed by hand or merged from another record: none may stay in the trail
HERS = ("Qqfamilynoteq", "Qqinformantq", "0750", "Qqcleanq", "Qqlaterq", "Qqsisternoteq")


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _trail(tmp_path) -> list[tuple[int, str, str, str]]:
    s = reopen(tmp_path / "vault")
    try:
        return s.db.conn.execute("SELECT seq, action, detail, salt FROM audit_log").fetchall()
    finally:
        s.close()


def _pages_holding(tmp_path, *words: bytes) -> list[bytes]:
    """The words a page of the vault's file or of its log holds while it is open, right after
    the unlock (its free space too: whoever is made to give the passphrase reads it all)."""
    s = reopen(tmp_path / "vault")
    try:
        return [w for w in words if pages_holding(tmp_path / "vault" / DB_FILE, s.data_key, w)]
    finally:
        s.close()


def test_an_earlier_versions_words_of_notes_are_erased_once_and_said(tmp_path):
    shutil.copytree(FIXTURE, tmp_path / "vault")
    # nor in the file's free space or its log, the vault still open: only the trail held these
    assert _pages_holding(tmp_path, b"Qqinformantq", b"0750 111 2222") == []
    rows = _trail(tmp_path)
    assert [r[0] for r in rows if any(w in r[2] for w in HERS)] == []
    erasing = [r for r in rows if r[1] == NOTES_ERASED]
    assert len(erasing) == 1
    listed = json.loads(erasing[0][2])["erased_entries"]
    assert [e[0] for e in listed] == [7, 9, 12, 16, 21, 23, 24, 28]
    erased = {r[0]: json.loads(r[2]) for r in rows if r[0] in {e[0] for e in listed}}
    salts = {r[0]: r[3] for r in rows}
    assert all(d["erased"] is True and d["erased_by"] == NOTES_ERASED and not salts[q]
               for q, d in erased.items())
    # what else they said stays: the merge's other spellings and its note, the list's line
    assert erased[28]["changes"] == {"aliases": ["", "Xezal"], "sex": ["U", "F"]}
    assert erased[28]["note"] == "same woman" and erased[28]["text_not_kept"] == ["notes"]
    assert "Qqngonoteq" in erased[12]["note_added"]
    assert erased[24]["undone"] == {} and erased[24]["decision"] == "update"

    verified = json.loads(_ok(tmp_path, "--json", "audit", "verify", "--noted", NOTED).stdout)
    assert verified["ok"] and verified["noted_head_entry"] == 33
    assert verified["erased_entries"] == 0 and verified["erased_by"] == []  # no deletion
    assert verified["notes_erased_by"] == [{"entry": erasing[0][0], "erased": 8}]
    (since,) = verified["erased_since_noted"]
    assert since["by"] == NOTES_ERASED and since["entries"] == [e[0] for e in listed]
    text = _ok(tmp_path, "audit", "verify", "--noted", NOTED).stdout
    assert "audit chain intact" in text and "deletion of" not in text, text
    assert "8 of the entries up to it, only the words of notes in them, as the one-time pass at " \
           "this version's first unlock says" in text, text
    assert "8 of them with the words of notes erased by this version" in text

    # each entry reads as it did, but for the words of her notes
    said = _ok(tmp_path, "audit", "log", "--case", "SNJ-1", "--limit", "100").stdout
    lines = {int(line.split()[0]): line for line in said.splitlines()}
    assert "Edited — notes changed; via: cli" in lines[9]
    assert "Merged SNJ-00002 into this record — aliases: (blank) -> Xezal" in lines[28]
    assert "notes changed" in lines[28] and "first opened the vault" in lines[28]
    assert "Status changed to rescued" in lines[31]
    assert "Content erased when the record was deleted" not in said

    # once: the next unlock erases nothing again
    again = _trail(tmp_path)
    assert [r for r in again if r[1] == NOTES_ERASED] == erasing
    assert {r[0]: r[2] for r in again if r[0] <= erasing[0][0]} == {
        r[0]: r[2] for r in rows if r[0] <= erasing[0][0]}

    # the NGO's row, updated then, is withdrawn by the line it added: her words stay
    _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    notes = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-1").stdout)["notes"]
    assert "Qqngonoteq" not in notes and "Qqcleanq" in notes and "Qqlaterq" in notes
    assert [r[0] for r in _trail(tmp_path) if any(w in r[2] for w in HERS)] == []
    assert json.loads(_ok(tmp_path, "--json", "audit", "verify").stdout)["ok"]
