"""What is written outside the encrypted vault is for her account alone: the data folder made
for a new vault, the interface language beside it, `match -o` (test_cli_matching), and a
passphrase file readable by others is warned of (test_cli)."""

from __future__ import annotations

import stat

from ui.settings import LANGUAGE_FILE, read_language, write_language


def test_the_data_folder_made_for_a_new_vault_is_owner_only(cli, tmp_path):
    vault = tmp_path / "share" / "CaseKeeper" / "vault"
    assert cli("--vault", str(vault), "init").returncode == 0
    assert stat.S_IMODE(vault.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(vault.stat().st_mode) == 0o700


def test_the_interface_language_file_is_owner_only(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("CASEKEEPER_LANG", raising=False)
    assert cli("init").returncode == 0
    write_language(cli.vault, "ar")
    assert stat.S_IMODE((cli.vault / LANGUAGE_FILE).stat().st_mode) == 0o600
    assert read_language(cli.vault) == "ar"
