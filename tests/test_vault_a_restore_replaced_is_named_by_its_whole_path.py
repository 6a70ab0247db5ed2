"""With --vault given relative to the folder the command runs in, the vault a restore replaced is
named by its whole path, and so is the `rm -r` line to delete it: copied, a relative line was
right only from that same folder."""

from __future__ import annotations

import json
import os
import shlex

from tests.conftest import ROOT, cli_env, run_cli


def test_passwd_and_info_give_the_whole_path(tmp_path):
    env = cli_env(tmp_path)
    vault = os.path.relpath(tmp_path / "vault", ROOT)  # main() runs in ROOT
    assert not os.path.isabs(vault)

    def ok(*args, **extra):
        r = run_cli(["--vault", vault, *args], {**env, **extra})
        assert r.returncode == 0, (args, r.stderr)
        return r

    ok("init")
    (tmp_path / "usb").mkdir()
    made = json.loads(ok("--json", "backup", str(tmp_path / "usb")).stdout)["backup"]
    ok("restore", made, "--yes")
    [kept] = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    r = ok("passwd", CASEKEEPER_NEW_PASSPHRASE="another long passphrase here")
    said = r.stdout + r.stderr
    assert f"rm -r {shlex.quote(str(kept))}" in said
    r = ok("info", CASEKEEPER_PASSPHRASE="another long passphrase here")
    assert f"replaced by a restore, kept beside the vault: {kept}" in r.stdout
