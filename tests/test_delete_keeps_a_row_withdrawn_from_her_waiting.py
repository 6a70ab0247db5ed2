"""A list's row updated her, was withdrawn from her, and waits to be decided again; she is then
deleted. The row is no one's yet: it keeps waiting with its values, to be made the woman it
is, not left waiting empty (a new person made of nothing) nor taken with her."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def test_the_withdrawn_row_waits_with_its_values_and_is_decided_after_her_deletion(
        cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F", "--notes", "Qqhernoteq")
    path = write_csv(tmp_path / "kocho.csv", ["Name", "Father", "Grandfather", "Village", "Sex"],
                     [["Nadia", "Murad", "Basi", "Kocho", "F"],
                      ["Jilan", "Khalaf", "Hasan", "Zzvillagez", "F"]])
    _ok(cli, "import", str(path), "--source", "Yazda")
    _ok(cli, "review", "1", "--row", "3", "--decide", "update")
    _ok(cli, "review", "1", "--commit")
    _ok(cli, "review", "1", "--row", "3", "--withdraw", "--note", "Qqwithdrawnoteq")
    _ok(cli, "person", "delete", "SNJ-00001", "--yes")
    waiting = _ok(cli, "review", "1").stdout
    assert "1 row waits for a decision" in waiting, waiting
    assert ("list:  Name: Jilan | Father: Khalaf | Grandfather: Hasan | Village: Zzvillagez | "
            "Sex: F") in waiting, waiting
    _ok(cli, "review", "1", "--row", "3", "--decide", "create")
    made = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00003").stdout)
    assert made["names"]["given"]["latin"] == "Jilan", made
    assert made["origin_village"] == "Zzvillagez", made
    trail = json.dumps(json.loads(_ok(cli, "--json", "audit", "log", "--limit", "200").stdout),
                       ensure_ascii=False)
    assert "Qqwithdrawnoteq" not in trail and "Qqhernoteq" not in trail
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True
