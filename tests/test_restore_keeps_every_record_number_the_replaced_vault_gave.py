"""A restore keeps every number the vault it replaces gave and every one the restored backup
gave, a person's too, where neither kept a mark of it (written by an earlier version): a deleted
woman's record number, which her report's filing names, was given to the next woman (an older
backup: the replaced vault's persons not worked out; a newer one: the replaced vault's mark
written into the copy hid the copy's own trail)."""

from __future__ import annotations

import shutil

from tests.conftest import PASSPHRASE


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _add(cli, given: str) -> None:
    _ok(cli, "person", "add", "--given", given, "--father", "Khalil", "--sex", "F")


def test_a_deleted_woman_s_number_is_not_given_again_after_a_restore(cli, tmp_path):
    from app.vault import open_vault
    _ok(cli, "init", "--prefix", "SNJ")
    _add(cli, "Nadia")
    _add(cli, "Leila")
    (tmp_path / "bk").mkdir()
    _ok(cli, "backup", str(tmp_path / "bk"))
    (backup,) = (tmp_path / "bk").glob("casekeeper-backup-*")
    _add(cli, "Carmen")
    _ok(cli, "report", "add", "--person", "SNJ-3", "--text", "seen in Raqqa", "--source", "K7",
        "--received", "01/12/2026")
    _ok(cli, "person", "delete", "SNJ-3", "--reason", "entered twice", "--yes")
    _unmarked(cli.vault)
    _ok(cli, "restore", str(backup), "--older", "--yes")
    _add(cli, "Dalia")
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        dalia = s.persons.get("SNJ-00004").id
    finally:
        s.close()
    assert dalia > 3, dalia  # 3 was Carmen's, whom the replaced vault's report filing names


def _unmarked(vault) -> None:
    from app.vault import open_vault
    s = open_vault(vault, PASSPHRASE)
    try:  # as a vault of an earlier version: no high marks kept
        for key in ("persons_id_high", "reports_id_high", "rescues_id_high"):
            s.meta.delete(key)
    finally:
        s.close()


def test_a_newer_backup_s_deleted_woman_s_number_is_not_given_again(cli, tmp_path):
    from app.vault import open_vault
    _ok(cli, "init", "--prefix", "SNJ")
    _add(cli, "Nadia")
    _add(cli, "Leila")
    old = tmp_path / "old-copy"
    shutil.copytree(cli.vault, old)  # the laptop put back later from this old copy
    _add(cli, "Carmen")
    _ok(cli, "report", "add", "--person", "SNJ-3", "--text", "seen in Raqqa", "--source", "K7",
        "--received", "01/12/2026")
    _ok(cli, "person", "delete", "SNJ-3", "--reason", "entered twice", "--yes")
    _unmarked(cli.vault)
    (tmp_path / "bk").mkdir()
    _ok(cli, "backup", str(tmp_path / "bk"))
    (backup,) = (tmp_path / "bk").glob("casekeeper-backup-*")
    shutil.rmtree(cli.vault)
    shutil.move(old, cli.vault)
    _unmarked(cli.vault)
    _ok(cli, "restore", str(backup), "--yes")
    _add(cli, "Dalia")
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        dalia = s.persons.get("SNJ-00004").id
    finally:
        s.close()
    assert dalia > 3, dalia  # 3 was Carmen's, whom the restored backup's report filing names
