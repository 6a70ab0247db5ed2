"""docs/VAULT-FORMAT.md's standalone opener really opens a CaseKeeper vault (users are never locked in)."""

from __future__ import annotations

import re
import subprocess
import sys

from app.domain.person import NamePart, NameText, Person
from tests.conftest import PASSPHRASE, ROOT


def doc_script() -> str:
    text = (ROOT / "docs" / "VAULT-FORMAT.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_documented_opener_reads_the_vault(session, vault_dir, tmp_path):
    session.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia"),
                                         NamePart.FATHER: NameText("خليل", "Khalil")}))
    session.close()
    script = tmp_path / "open_vault.py"
    script.write_text(doc_script(), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(vault_dir), PASSPHRASE],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "SNJ-00001\tنادية خليل\tNadia Khalil\n"


def test_documented_opener_with_recovery_code(made_vault, tmp_path):
    folder, code = made_vault
    script = tmp_path / "open_vault.py"
    script.write_text(doc_script(), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(folder), code.lower(), "--recovery"],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr


def test_documented_table_list_is_the_schema(session):
    """Every table of a new vault is named in the document, and the document names no other."""
    text = (ROOT / "docs" / "VAULT-FORMAT.md").read_text(encoding="utf-8")
    section = text.split("## vault.db", 1)[1].split("## audit_log", 1)[0]
    named = set(re.findall(r"`([a-z_]+)`", section)) - {"format", "original", "latin"}
    tables = {r[0] for r in session.db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    # FTS5 keeps its own shadow tables beside the one we created.
    tables = {t for t in tables if not re.match(r"search_words_fts_", t)}
    assert named == tables
