"""The audit trail keeps that her notes changed, never their words: an informant's name and phone
typed into them and taken out again leave no copy in the trail (the laptop may be seized at a
checkpoint), as a report's edit keeps none of its old text. Her names, places, dates and status
keep theirs: they are evidence. Real vaults, the real command line."""

from __future__ import annotations

import json

from tests.import_helpers import cli, reopen, write_csv

INFORMANT = "Qqinformantq Ali 0750 111 2222"
CLEAN = "Qqcleanq she is well"


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _rows_holding(tmp_path, *words: str) -> list[tuple[int, str, str]]:
    """The audit entries of the vault (read through the database layer, decrypted) whose
    detail holds any of these words."""
    s = reopen(tmp_path / "vault")
    try:
        rows = s.db.conn.execute("SELECT seq, action, detail FROM audit_log").fetchall()
    finally:
        s.close()
    return [r for r in rows if any(w in r[2] for w in words)]


def test_an_edit_of_her_notes_keeps_neither_their_old_nor_their_new_words(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "Nadia", "--sex", "F", "--notes", "Qqfirstq")
    _ok(tmp_path, "person", "edit", "SNJ-1", "--notes", INFORMANT)
    _ok(tmp_path, "person", "edit", "SNJ-1", "--notes", CLEAN, "--village", "Kocho")
    assert _rows_holding(tmp_path, "Qqfirstq", "Qqinformantq", "0750", "Qqcleanq") == []
    verified = json.loads(_ok(tmp_path, "--json", "audit", "verify").stdout)
    assert verified["ok"] and verified["erased_entries"] == 0
    # her history says in words that her notes changed, and what else changed with its words
    said = _ok(tmp_path, "audit", "log", "--case", "SNJ-1").stdout
    edits = [line for line in said.splitlines() if "Edited" in line]
    assert len(edits) == 2 and all("notes changed" in line for line in edits), said
    assert "origin_village: (blank) -> Kocho" in edits[1]
    entries = json.loads(_ok(tmp_path, "--json", "audit", "log", "--case", "SNJ-1").stdout)
    last = [e["detail"] for e in entries if e["action"] == "person.edit"][-1]
    assert last["text_not_kept"] == ["notes"] and "notes" not in last["changes"]
    # the record itself holds what was typed last
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-1").stdout)
    assert shown["notes"] == CLEAN


def test_a_lists_note_and_its_withdrawal_keep_only_the_lists_own_line(tmp_path):
    """A list's update keeps the line it added (the list's words, which its row keeps too) to
    take it back by; her own words around it are not kept, nor by the withdrawal."""
    header = ["Name", "Father", "Grandfather", "Family", "Village", "Notes"]
    nadia = ["Nadia", "Basi", "Taha", "Haskani", "Kocho"]
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "family.csv", header, [[*nadia, "Qqfamq"]])),
        "--source", "Family")
    _ok(tmp_path, "person", "edit", "SNJ-1", "--notes", f"Qqfamq\n{INFORMANT}")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "ngo.csv", header,
                                          [[*nadia, "Qqngoq seen in Raqqa"]])),
        "--source", "NGO Duhok")
    notes = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-1").stdout)["notes"]
    _ok(tmp_path, "person", "edit", "SNJ-1", "--notes", f"{notes}\nQqlaterq brother called")
    out = _ok(tmp_path, "review", "2", "--row", "2", "--withdraw")
    assert "withdrawn from SNJ-00001" in out.stdout
    shown = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-1").stdout)
    assert "Qqngoq" not in shown["notes"] and "Qqlaterq" in shown["notes"]
    held = _rows_holding(tmp_path, "Qqinformantq", "Qqlaterq")
    assert held == [], held
    # the update's line, its list's words, stays to say what the row brought
    assert {a for _, a, _ in _rows_holding(tmp_path, "Qqngoq")} == {"person.import_update"}
    assert json.loads(_ok(tmp_path, "--json", "audit", "verify").stdout)["ok"]


def test_her_notes_old_words_leave_no_page_of_the_file_while_it_is_open(tmp_path):
    """As a report's edit does: the pages that held them are overwritten at once, not at the
    next checkpoint (the laptop may be taken with the program open)."""
    from app.domain.person import NamePart, Person, Sex
    from app.vault import create_vault
    from db.database import DB_FILE
    from db.keyslots import KdfParams
    from tests.conftest import PASSPHRASE
    from tests.pagescan import pages_holding

    # made, not a template copy: the session create_vault hands back is the one that must overwrite
    s, _code = create_vault(tmp_path / "vault", PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        p = Person(sex=Sex.FEMALE, notes=INFORMANT)
        p.name(NamePart.GIVEN).latin = "Nadia"
        case_no = s.persons.create(p).case_no
        her = s.persons.get(case_no)
        her.notes = CLEAN
        s.persons.update(her, by_hand=True)
        assert s.persons.get(case_no).notes == CLEAN
        assert pages_holding(tmp_path / "vault" / DB_FILE, s.data_key, b"Qqinformantq") == []
    finally:
        s.close()
