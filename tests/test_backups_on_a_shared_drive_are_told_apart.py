"""--keep counts and removes only this vault's backups; --list says whose each is."""

from __future__ import annotations

import json
import os

from app.backup import backups_in


def _backup(cli, usb, *more, vault=None) -> dict:
    where = ["--vault", str(vault)] if vault else []
    r = cli("--json", *where, "backup", str(usb), *more)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_keep_leaves_another_vaults_backups_alone(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Eziza", "--sex", "F").returncode == 0
    hers = [os.path.basename(_backup(cli, usb)["backup"]) for _ in range(2)]
    colleague = tmp_path / "colleague"
    assert cli("--vault", str(colleague), "init", "--prefix", "KHN").returncode == 0
    first = _backup(cli, usb, vault=colleague)
    made = _backup(cli, usb, "--keep", "1", vault=colleague)
    assert made["removed"] == [os.path.basename(first["backup"])]
    assert [p.name for p in backups_in(usb)] == [*hers, os.path.basename(made["backup"])]
    # and hers, kept to one, lets go of her own older one only
    again = _backup(cli, usb, "--keep", "1")
    assert again["removed"] == hers
    assert os.path.basename(made["backup"]) in [p.name for p in backups_in(usb)]


def test_list_says_which_backups_are_this_vaults(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    mine = os.path.basename(_backup(cli, usb)["backup"])
    other = tmp_path / "other"
    assert cli("--vault", str(other), "init", "--prefix", "KHN").returncode == 0
    theirs = os.path.basename(_backup(cli, usb, vault=other)["backup"])
    listed = {r["name"]: r["this_vault"]
              for r in json.loads(cli("--json", "backup", str(usb), "--list").stdout)}
    assert listed == {mine: True, theirs: False}
    text = cli("backup", str(usb), "--list").stdout
    assert f"{theirs}  (ANOTHER vault's backup)" in text
