"""`match --limit N` cut a candidate scoring as the last one shown without a word: a row of
Edla Hesen Qasim with --limit 1 showed one of two cousins at 0.99 and hid the other. The cut
is said in the text when it is a tie, and the next candidate is given in --json always."""

import json

from tests.cli_helpers import add


def test_a_candidate_cut_at_limit_that_ties_is_said(cli, tmp_path):
    assert cli("init").returncode == 0
    one = add(cli, "--given", "عدلة", "--father", "حسن", "--grandfather", "قاسم", "--sex", "F",
              "--born", "1985", "--village", "Tel Qasab")
    two = add(cli, "--given", "عدلة", "--father", "حسن", "--grandfather", "قاسم", "--sex", "F",
              "--born", "1985", "--village", "Tel Qasab")
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Father,Grandfather,Village,Born\nEdla,Hesen,Qasim,Tel Qasab,1985\n",
                       encoding="utf-8")
    r = cli("match", str(listing), "--limit", "1")
    assert r.returncode == 0, r.stderr
    shown = {w for line in r.stdout.splitlines() if line.strip()[:1] == "0"
             for w in line.split() if w in (one, two)}
    assert len(shown) == 1, r.stdout
    [hidden] = {one, two} - shown
    assert f"more: {hidden} scores" in r.stdout and "--limit 2" in r.stdout, r.stdout

    [entry] = json.loads(cli("--json", "match", str(listing), "--limit", "1").stdout)
    assert len(entry["candidates"]) == 1
    assert entry["more"]["case_no"] == hidden
    assert entry["more"]["score"] == entry["candidates"][0]["score"]

    # with room for both, nothing more is said
    r = cli("match", str(listing), "--limit", "2")
    assert "more:" not in r.stdout and one in r.stdout and two in r.stdout
    [entry] = json.loads(cli("--json", "match", str(listing), "--limit", "2").stdout)
    assert "more" not in entry
