"""A withdrawal that deletes the record its row created leaves no row of another list, staged and
waiting for review, pointing at that record. The tester staged list B (its Nadia row a certain
match to SNJ-00001, made by list A), withdrew A's row (SNJ-00001 deleted), and B's row was left
matched to no one ("a person deleted since", still certain, still decided). Now it is matched
again against the vault as it is, waits for a decision, and says why; the withdrawal says so too.
Her case number is written nowhere new. Real lists, through the command line."""

from __future__ import annotations

import json

import pytest

from tests.test_split_gives_her_rows_back import LISTS, _ok, _show, _write


def _staged_on_her(cli, tmp_path, language: str, cousin: bool = False):
    """List A imported (Nadia SNJ-00001, Layla SNJ-00002), her cousin added by hand if asked
    (SNJ-00003), list B staged: Nadia a certain match to SNJ-00001, Layla's row shortened so
    that it waits (the list stays staged). Returns B's file and its rows as written."""
    header, nadia, missing, rescued, (given, father), layla, _ = LISTS[language]
    a = _write(tmp_path / "a.csv", header, [[nadia, "2001", "Kocho", missing],
                                             [layla, "1999", "Kocho", missing]])
    b_rows = [[nadia, "2001", "Kocho", rescued], [" ".join(layla.split()[:2]), "1999", "Kocho",
                                                  missing]]
    b = _write(tmp_path / "b.csv", header, b_rows)
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", a, "--source", "family")
    if cousin:
        _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F", "--born",
            "2001", "--village", "Kocho")
    r = _ok(cli, "import", b, "--source", "ngo")
    assert "waits for a decision" in r.stdout, r.stdout
    rows = {x["row"]: x for x in json.loads(_ok(cli, "--json", "review", "2").stdout)}
    assert 2 not in rows  # Nadia: a certain match, decided: update SNJ-00001
    return header, b_rows


def _waiting(cli) -> dict[int, dict]:
    return {x["row"]: x for x in json.loads(_ok(cli, "--json", "review", "2").stdout)}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_the_staged_row_is_matched_again_and_asked(cli, tmp_path, language):
    header, b_rows = _staged_on_her(cli, tmp_path, language)
    r = _ok(cli, "--json", "review", "1", "--row", "2", "--withdraw")
    done = json.loads(r.stdout)
    assert done["deleted"] is True
    row = _waiting(cli)[2]  # waits for a decision again
    assert row["outcome"] == "new" and not row["candidate_deleted"], row
    said = " ".join(row["warnings"])
    assert "deleted when row 2 of import batch 1 was withdrawn" in said, said
    assert "SNJ-00001" not in json.dumps(row, ensure_ascii=False)  # her number: nowhere new
    assert done.get("asked_again") == [{"batch": 2, "row": 2, "outcome": "new", "now": None}]
    _ok(cli, "review", "2", "--row", "2", "--decide", "create")
    _ok(cli, "review", "2", "--row", "3", "--decide", "update")
    _ok(cli, "review", "2", "--commit")
    # the next version of B compares with what B really imported: Nadia's row changes nothing
    v2 = _write(tmp_path / "b2.csv", header, [*b_rows, [LISTS[language][6], "2001", "Kocho",
                                                         b_rows[1][3]]])
    dry = _ok(cli, "import", "--dry-run", v2, "--source", "ngo").stdout
    nadia = dry.split("  row 2:")[1].split("  row 3:")[0]
    assert "would change nothing" in nadia, dry
    assert "deleted" not in nadia, dry


def test_a_cousin_fitting_the_row_is_asked_about_not_updated(cli, tmp_path):
    """Matched again, the row fits her cousin (no grandfather): a probable match, which waits;
    the withdrawal never decides it for the lawyer."""
    _staged_on_her(cli, tmp_path, "arabic", cousin=True)
    r = _ok(cli, "review", "1", "--row", "2", "--withdraw")
    assert "row 2 of batch 2 (waiting for review) was matched to the deleted record" in r.stdout
    assert "probable match with SNJ-00003" in r.stdout, r.stdout
    row = _waiting(cli)[2]
    assert row["outcome"] == "probable" and row["match_case"] == "SNJ-00003", row
    _ok(cli, "review", "2", "--row", "2", "--decide", "skip")
    _ok(cli, "review", "2", "--row", "3", "--decide", "update")
    _ok(cli, "review", "2", "--commit")
    assert _show(cli, "SNJ-00003")["current_status"] != "rescued"


def test_a_row_decided_skip_for_her_is_asked_again(cli, tmp_path):
    """Skipped because she was in the vault already: she is not now."""
    _staged_on_her(cli, tmp_path, "english")
    _ok(cli, "review", "2", "--row", "2", "--decide", "skip", "--override")
    _ok(cli, "review", "1", "--row", "2", "--withdraw")
    assert 2 in _waiting(cli)
