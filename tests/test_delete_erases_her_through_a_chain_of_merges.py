"""A woman merged into a record that was then merged into a third: that third record's history
held her names twice removed (the second merge brought them, its edits listed them, its merge
row kept them to split again). Split out of both and deleted, she takes them with her, and
the third record keeps what is its own and what the middle record alone brought it."""

from __future__ import annotations

import json

from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE
from tests.pagescan import pages_holding

HERS = (b"Qqgivenq", b"Qqaliasq", b"Qqnoteq", b"Qqplaceq", b"qqgivenq", b"qqaliasq")


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _log(cli, case_no: str) -> list[dict]:
    return json.loads(_ok(cli, "--json", "audit", "log", "--case", case_no).stdout)


def _in_file(cli, *words: bytes) -> list[bytes]:
    s = open_vault(cli.vault, PASSPHRASE)
    db, key = cli.vault / DB_FILE, s.data_key
    s.close()
    return [w for w in words if pages_holding(db, key, w)]


def _chain(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zzthirdz", "--father", "Kkfatherk", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Yymiddley", "--father", "Kkfatherk", "--alias",
        "Yyaliasy", "--notes", "Yynotey", "--sex", "F")
    _ok(cli, "person", "add", "--given", "Qqgivenq", "--father", "Kkfatherk", "--alias",
        "Qqaliasq", "--notes", "Qqnoteq", "--location", "Qqplaceq", "--sex", "F")
    _ok(cli, "merge", "SNJ-00002", "SNJ-00003", "--despite-contradiction")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    # the third record edited while both were part of it: its other spellings held hers
    _ok(cli, "person", "edit", "SNJ-00001", "--alias", "Zzotherz")


def test_split_out_of_both_and_deleted_she_leaves_nothing_in_the_third_record(cli):
    _chain(cli)
    _ok(cli, "split", "SNJ-00002")
    _ok(cli, "split", "SNJ-00003")
    middle = _log(cli, "SNJ-00002")
    _ok(cli, "person", "delete", "SNJ-00003", "--yes")
    # the middle record's own going into the third and out again said nothing of hers
    own = [e for e in middle if e["action"] in ("person.merged_into", "person.split_out")]
    assert len(own) == 2 and all(e in _log(cli, "SNJ-00002") for e in own)
    merge = next(e for e in _log(cli, "SNJ-00001") if e["action"] == "person.merge")
    assert merge["detail"]["changes"] == {"aliases": ["", "Yymiddley | Yyaliasy"],
                                          "notes": ["", "[SNJ-00002] Yynotey"]}
    assert _in_file(cli, *HERS) == []
    said = json.dumps(_log(cli, "SNJ-00001") + _log(cli, "SNJ-00002"), ensure_ascii=False)
    assert not any(w.decode() in said for w in HERS)
    # what is the others' own stays: the middle record's alias, the third record's edit
    assert "Yyaliasy" in said and "Zzotherz" in said
    assert _in_file(cli, b"Yyaliasy", b"Zzotherz") == [b"Yyaliasy", b"Zzotherz"]
    assert json.loads(_ok(cli, "--json", "audit", "verify").stdout)["ok"] is True
