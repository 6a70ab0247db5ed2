"""An entry an earlier version's deletion had erased, still holding the words of her notes, is
erased of them at this version's first unlock and stays the deletion's: `audit verify` counts
it under the deletion as before (6, as its own entry says), and `audit log` still says its
content was erased when the record was deleted. The pass had taken it over: verify counted 5
under the deletion and the line said only that the notes' words were erased. Neither the
woman's own words nor those of the woman deleted stay in the trail.

tests/fixtures/vault_deleted_before_notes_erased was made by cd518b6's `casekeeper` with the
fast KDF and the tests' passphrase: init --prefix SNJ; person add Layla Khalaf (notes
"Qqlaylaq informant Abu Ali"), Nadia Murad (notes "Qqnadiaq seen in Raqqa"); merge SNJ-1 SNJ-2
--despite-contradiction; person edit SNJ-1 --notes "Qqlaylaq informant Abu Ali | Qqnadiaq seen
in Raqqa | Qqlaterq" --village Kocho (entry 10); split SNJ-2; person delete SNJ-2 --yes
(entry 15, "entries about her erased: 6", entry 10 among them with its notes whole); audit
verify, whose head is NOTED."""

from __future__ import annotations

import json
import shutil

from tests.conftest import ROOT
from tests.import_helpers import cli, reopen

FIXTURE = ROOT / "tests" / "fixtures" / "vault_deleted_before_notes_erased"
NOTED = "f6ca630d763c8362"
WORDS = ("Qqlaylaq", "Abu Ali", "Qqnadiaq", "Raqqa", "Qqlaterq")


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_an_entry_a_deletion_erased_stays_counted_and_said_under_it(tmp_path):
    shutil.copytree(FIXTURE, tmp_path / "vault")
    verified = json.loads(_ok(tmp_path, "--json", "audit", "verify", "--noted", NOTED))
    assert verified["ok"] and verified["noted_head_entry"] is not None
    assert verified["erased_by"] == [{"entry": 15, "record": "SNJ-00002", "erased": 6}]
    assert [n["erased"] for n in verified["notes_erased_by"]] == [1]
    text = _ok(tmp_path, "audit", "verify")
    assert "6 of them with their content erased by a deletion: SNJ-00002 (entry 15): 6 " \
           "entries; 1 of them with the words of notes erased" in text, text

    lines = {int(line.split()[0]): line
             for line in _ok(tmp_path, "audit", "log", "--limit", "100").splitlines()}
    assert "Content erased when the record was deleted" in lines[10]
    assert "notes changed" in lines[10] and "first opened the vault" in lines[10]
    assert "origin_village: (blank) -> Kocho" in lines[10]
    assert "entries about her erased: 6" in lines[15]

    s = reopen(tmp_path / "vault")
    try:
        rows = s.db.conn.execute("SELECT seq, detail FROM audit_log").fetchall()
    finally:
        s.close()
    assert [seq for seq, detail in rows if any(w in detail for w in WORDS)] == []
    assert json.loads(dict(rows)[10])["erased_by"] == ["person.delete", "vault.notes_erased"]
