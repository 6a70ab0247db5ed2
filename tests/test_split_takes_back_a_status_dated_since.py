"""A split takes back the status the merge brought even when a list dated it since. A tester typed
Nisreen (SNJ-00001) as missing, imported a Sorani list that made her again as rescued (SNJ-00002),
merged the two, imported the list's next version («ڕزگارکراو 2019» dated the rescue now on
SNJ-00001), then split: SNJ-00001 stayed rescued, and the split's own advice (withdraw the row,
decide it for SNJ-00002) did not undo it. The wrong woman was marked rescued. Through the
command line, as the lawyer runs it."""

from __future__ import annotations

import json

HEADER = "ناو,ناوی باوک,ناوی باپیر,ڕەگەز,ساڵی لەدایکبوون,گوند,دۆخ\n"


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _status(cli, case_no: str) -> tuple[str, list[str]]:
    shown = json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)
    return shown["current_status"], [e["status"] for e in shown["status_events"]]


def _merged_dated_split(cli, tmp_path):
    v1, v2 = tmp_path / "krg.csv", tmp_path / "krg_v2.csv"
    v1.write_text(HEADER + "نەسرین,جندۆ,موراد,مێ,1997,کۆچۆ,ڕزگارکراو\n", encoding="utf-8")
    v2.write_text(HEADER + "نەسرین,جندۆ,موراد,مێ,1997,کۆچۆ,ڕزگارکراو 2019\n", encoding="utf-8")
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "نسرين", "--father", "جندو", "--grandfather", "مراد",
        "--sex", "F", "--born", "1997", "--village", "Kocho", "--status", "missing",
        "--status-date", "03/08/2014")
    _ok(cli, "import", str(v1), "--source", "KRG", "--yes")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    _ok(cli, "import", str(v2), "--source", "KRG")
    assert _status(cli, "SNJ-00001")[0] == "rescued"
    return _ok(cli, "split", "SNJ-00002").stdout


def test_the_split_leaves_her_only_her_own_status(cli, tmp_path):
    said = _merged_dated_split(cli, tmp_path)
    assert _status(cli, "SNJ-00001") == ("missing", ["missing"])
    assert _status(cli, "SNJ-00002") == ("rescued", ["rescued"])
    # the row in doubt is not said to have left its change on her: the change went back
    assert "that change stays" not in said
    assert "the split took that status back from SNJ-00001" in said
    trail = _ok(cli, "audit", "log", "--case", "SNJ-00001").stdout
    assert "status: rescued -> missing" in trail


def test_the_splits_advice_leads_to_each_woman_her_own(cli, tmp_path):
    _merged_dated_split(cli, tmp_path)
    withdrawn = _ok(cli, "review", "2", "--row", "2", "--withdraw", "--note", "SNJ-00002's").stdout
    assert "settle it by hand" not in withdrawn  # nothing of hers left to settle
    _ok(cli, "review", "2", "--row", "2", "--decide", "update", "--person", "SNJ-00002")
    assert _status(cli, "SNJ-00001") == ("missing", ["missing"])
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00002").stdout)
    assert shown["current_status"] == "rescued"
    assert "2019" in json.dumps(shown["status_events"][-1]["date"])
