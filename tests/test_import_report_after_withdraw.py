"""A batch's report after a row was withdrawn (`review --withdraw`) says what holds now: the row
counted as withdrawn (or as decided again), its status move and conflicts marked withdrawn, the
counts still adding up to the rows read; the trail keeps what the commit did. A real vault, a
real xlsx, the real command line."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Mother", "Born", "Village", "Status", "Notes"]
# Row 2 is Basma, Basima's sister (another mother, born 2001), freed in 2017; row 3 a new woman.
BASMA = ["Basima", "Khalaf", "Hassan", "Gule", "2001", "Kocho", "rescued 2017", ""]
LAYLA = ["Layla", "Qasim", "Elias", "", "", "Kocho", "missing", ""]


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _report(tmp_path) -> tuple[dict, str]:
    rep = json.loads(_ok(tmp_path, "--json", "review", "1", "--report").stdout)
    return rep, _ok(tmp_path, "review", "1", "--report").stdout


def _withdrawn_from_her_sister(tmp_path) -> None:
    """Basima (SNJ-00001, missing) in the vault; the list's row 2, her sister, put onto her
    despite the other mother and birth year, then withdrawn; row 3 made SNJ-00002."""
    _ok(tmp_path, "init")
    _ok(tmp_path, "person", "add", "--given", "Basima", "--father", "Khalaf", "--grandfather",
        "Hassan", "--mother", "Nesrin", "--sex", "F", "--born", "1995", "--village", "Kocho",
        "--status", "missing", "--status-date", "03/08/2014")
    lst = write_xlsx(tmp_path / "ministry.xlsx", [("List", [HEADER, BASMA, LAYLA])])
    _ok(tmp_path, "import", str(lst), "--source", "Ministry")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update",
        "--despite-contradiction", "--commit")
    rep, text = _report(tmp_path)
    assert rep["results"]["updated"] == 1 and "status row 2 (SNJ-00001)" in text
    assert any(c["row"] == 2 for c in rep["conflicts"])
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "her sister Basma")


def test_the_withdrawn_row_is_counted_as_withdrawn_and_the_counts_still_add_up(tmp_path):
    _withdrawn_from_her_sister(tmp_path)
    rep, text = _report(tmp_path)
    assert rep["results"]["withdrawn"] == 1 and rep["results"]["updated"] == 0
    assert rep["results"]["created"] == 1
    assert sum(rep["results"].values()) == rep["rows_read"] == 2 and rep["reconciled"]
    assert rep["decisions"] == {"create": 1, "undecided": 1}
    assert "withdrawn 1" in text and "counts reconciled: yes" in text
    # what the commit did is kept beside it, and in the trail as it was
    assert rep["results_at_commit"]["updated"] == 1
    log = json.loads(_ok(tmp_path, "--json", "audit", "log").stdout)
    commit = [e for e in log if e["action"] == "import.commit"][-1]
    assert commit["detail"]["results"]["updated"] == 1


def test_its_status_move_and_conflicts_are_marked_withdrawn(tmp_path):
    _withdrawn_from_her_sister(tmp_path)
    rep, text = _report(tmp_path)
    assert [m.get("withdrawn") for m in rep["status_moves"]] == [True]
    assert "status row 2 (SNJ-00001): missing -> rescued (2017) (row withdrawn since)" in text
    mine = [c for c in rep["conflicts"] if c["row"] == 2]
    assert mine and all(c.get("withdrawn") for c in mine)
    lines = [line for line in text.splitlines() if line.strip().startswith("conflict row 2")]
    assert lines and all(line.endswith("(row withdrawn since)")
                         for line in lines)


def test_a_row_decided_again_is_counted_as_what_it_is_now(tmp_path):
    _withdrawn_from_her_sister(tmp_path)
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "create")
    rep, text = _report(tmp_path)
    assert rep["results"]["created"] == 2 and rep["results"].get("withdrawn", 0) == 0
    assert rep["results"]["updated"] == 0 and rep["decisions"] == {"create": 2}
    assert sum(rep["results"].values()) == rep["rows_read"] and rep["reconciled"]
    # the commit's move of her status was still taken back: marked so
    assert "missing -> rescued (2017) (row withdrawn since)" in text


def test_conflicts_of_a_row_decided_again_onto_her_are_said_and_the_commits_stay_withdrawn(
        tmp_path):
    _withdrawn_from_her_sister(tmp_path)
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001",
        "--despite-contradiction")
    rep, _text = _report(tmp_path)
    mine = [c for c in rep["conflicts"] if c["row"] == 2]
    standing = [c for c in mine if not c.get("withdrawn")]
    assert standing and len(standing) < len(mine)
    assert rep["results"]["updated"] == 1 and rep["results"].get("withdrawn", 0) == 0


def test_her_page_says_only_what_the_row_decided_again_onto_her_says(tmp_path):
    """The commit's conflicts of a row withdrawn and decided onto her again are not said on her
    page beside those it notes now: her birth set right by hand in between, the list's birth
    year is no longer against hers."""
    _withdrawn_from_her_sister(tmp_path)
    page = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert page["list_conflicts"] == []
    _ok(tmp_path, "person", "edit", "SNJ-00001", "--born", "2001")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001",
        "--despite-contradiction")
    page = json.loads(_ok(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert "birth" not in {c["field"] for c in page["list_conflicts"]}, page["list_conflicts"]
