"""A merge says the other record's more exact date (1998 beside her "about 1998") as not taken,
and leaves her own: two merges split in either order give each record its own date back (taken,
a split of the first merge set B's 1998 back on her and her "about 1998" was lost)."""

from __future__ import annotations

import json

from tests.test_merge_says_the_values_it_did_not_take import _ok


def _born(cli, case_no: str) -> str:
    return json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)["birth"]["text"]


def _three(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    for born in ("about 1998", "1998", "1998-05-01"):
        _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalil", "--grandfather",
            "Elias", "--sex", "F", "--born", born, "--status", "missing")


def test_the_more_exact_date_is_said_not_taken(cli):
    _three(cli)
    out = _ok(cli, "merge", "SNJ-00001", "SNJ-00002").stdout
    assert ("  birth: SNJ-00001's 'about 1998' kept; SNJ-00002's '1998' not taken (it stays on "
            "SNJ-00002's own record, and a split shows it again; to take it: casekeeper person "
            "edit SNJ-00001 --born ...)") in out, out
    assert _born(cli, "SNJ-00001") == "about 1998"
    merged = json.loads(_ok(cli, "--json", "merge", "SNJ-00001", "SNJ-00003").stdout)
    assert merged["kept_over"] == [{"field": "birth", "kept": "about 1998",
                                    "not_taken": "1998-05-01"}]


def test_two_merges_split_first_to_last_give_her_own_date_back(cli):
    _three(cli)
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00003")
    out = _ok(cli, "split", "SNJ-00002").stdout
    assert "birth" not in out, out  # nobody edited it: not named as left
    _ok(cli, "split", "SNJ-00003")
    assert [_born(cli, f"SNJ-0000{n}") for n in (1, 2, 3)] == ["about 1998", "1998", "1998-05-01"]
