"""A list's row updated her, was withdrawn from her (perhaps only to set a value right), and
waits to be decided again; another list's row waits as a probable match with her. She is
deleted: the rows may be hers, so they go with her, values erased, and the deletion names
them and says how to decide them (the list imported again)."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv
from tests.test_delete_erases_her_through_a_chain_of_merges import _in_file

HEADER = ["Name", "Father", "Grandfather", "Village", "Sex"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _withdrawn_from_her(cli, tmp_path, village: str) -> None:
    """Jilan (SNJ-00001) updated by row 3 of a list, which is then withdrawn from her."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Jilan", "--father", "Khalaf", "--grandfather",
        "Hasan", "--sex", "F")
    path = write_csv(tmp_path / "kocho.csv", HEADER,
                     [["Nadia", "Murad", "Basi", "Kocho", "F"],
                      ["Jilan", "Khalaf", "Hasan", village, "F"]])
    _ok(cli, "import", str(path), "--source", "Yazda")
    _ok(cli, "review", "1", "--row", "3", "--decide", "update")
    _ok(cli, "review", "1", "--commit")
    _ok(cli, "review", "1", "--row", "3", "--withdraw")


def test_the_rows_waiting_on_her_go_with_her_and_are_named(cli, tmp_path):
    _withdrawn_from_her(cli, tmp_path, "Qqvillageq")
    other = write_csv(tmp_path / "ngo.csv", HEADER, [["Jilan", "Khalaf", "Hasan", "Qqplaceq", "F"]])
    assert "wait" in _ok(cli, "import", str(other), "--source", "NGO").stdout
    said = _ok(cli, "person", "delete", "SNJ-00001", "--yes").stdout
    assert ("rows of lists waiting for a decision about her go with her, their values erased: "
            "batch 1 row 3, batch 2 row 2 (to decide them, import the list again)") in said, said
    assert _in_file(cli, b"Qqvillageq", b"Qqplaceq") == []
    deleted = [e for e in json.loads(_ok(cli, "--json", "audit", "log", "--limit", "100").stdout)
               if e["action"] == "person.delete"]
    assert deleted[0]["detail"]["waiting_rows"] == [[1, 3], [2, 2]]
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True


def test_a_row_decided_again_for_another_woman_is_not_hers(cli, tmp_path):
    _withdrawn_from_her(cli, tmp_path, "Zzvillagez")
    _ok(cli, "review", "1", "--row", "3", "--decide", "create")
    said = _ok(cli, "person", "delete", "SNJ-00001", "--yes").stdout
    assert "waiting for a decision" not in said, said
    assert _in_file(cli, b"Zzvillagez") == [b"Zzvillagez"]
