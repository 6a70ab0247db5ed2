"""`passwd --new-key` on a disk without room for the vault's pages again (SQLCipher says
"database table is locked") says the disk, not "another CaseKeeper window"; the vault still
opens with its old passphrase, whole."""

from __future__ import annotations

from tests.test_a_full_disk_is_said_not_a_traceback import _run


def test_the_disk_is_said_and_the_old_passphrase_still_opens(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Hêvî", "--sex", "F").returncode == 0
    size_kib = (cli.vault / "vault.db").stat().st_size // 1024
    cli.env["CASEKEEPER_NEW_PASSPHRASE"] = "another horse battery staple"
    # room to rewrite the vault's own pages (below that, the close's fold tears one and the
    # next unlock-check's first look fails), not for all of them again in its log
    r = _run(cli, size_kib + 16, "passwd", "--new-key")
    del cli.env["CASEKEEPER_NEW_PASSPHRASE"]
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 9, r.stderr
    assert f"the disk of the vault {cli.vault} is full or cannot be written (it needs about " \
           in r.stderr
    assert "the vault was not given a new key and nothing was changed" in r.stderr
    assert "another CaseKeeper window" not in r.stderr and "table is locked" not in r.stderr
    assert cli("unlock-check").returncode == 0  # the old passphrase, the vault whole
    assert "Hêvî" in cli("person", "show", "SNJ-00001").stdout
