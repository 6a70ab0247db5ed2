"""Helpers for the import tests: real vaults on disk (fast KDF) and the real CLI in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.vault import create_vault, open_vault
from db.keyslots import KdfParams

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


def new_vault(folder: Path):
    session, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    return session


def reopen(folder: Path):
    return open_vault(folder, PASSPHRASE)


def vault_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def cli(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEKEEPER_")}
    env.update({"CASEKEEPER_KDF_PROFILE": "fast", "CASEKEEPER_PASSPHRASE": PASSPHRASE,
                "HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)})
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--vault",
                           str(tmp_path / "vault"), *args], cwd=ROOT, env=env, input="",
                          capture_output=True, text=True, timeout=timeout)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import csv
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path
