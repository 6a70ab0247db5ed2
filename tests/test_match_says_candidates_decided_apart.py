"""`match` says when two of a row's candidates were decided "not the same person": the row may
be one of them, not both, and two records scoring alike are not a duplicate to merge. The
decision may be on a record merged into a candidate since: it still holds, and is named."""

import json
from datetime import UTC, datetime

from tests.cli_helpers import add


def two_nadias_and_a_list(cli, tmp_path):
    assert cli("init").returncode == 0
    a = add(cli, "--given", "Nadia", "--father", "Khalil", "--sex", "F")
    b = add(cli, "--given", "Nadia", "--father", "Khaleel", "--sex", "F")
    add(cli, "--given", "Layla", "--father", "Murad", "--sex", "F")
    listing = tmp_path / "list.csv"
    listing.write_text("Name,Father\nNadia,Khalil\nLayla,Murad\n", encoding="utf-8")
    return a, b, listing


def test_two_candidates_decided_apart_are_said_beside_the_row(cli, tmp_path):
    a, b, listing = two_nadias_and_a_list(cli, tmp_path)
    rows = json.loads(cli("--json", "match", str(listing)).stdout)
    assert {c["case_no"] for c in rows[0]["candidates"]} == {a, b}
    assert [x["not_same"] for x in rows] == [[], []]
    assert "decided:" not in cli("match", str(listing)).stdout

    assert cli("not-same", b, a, "--note", "cousins").returncode == 0
    rows = json.loads(cli("--json", "match", str(listing)).stdout)
    first, second = (c["case_no"] for c in rows[0]["candidates"])
    [said] = rows[0]["not_same"]
    assert said["candidates"] == [first, second]
    assert {said["a"], said["b"]} == {a, b} and said["a"] == first
    assert said["note"] == "cousins" and said["decided_at"]
    assert rows[1]["not_same"] == []
    today = datetime.now(UTC).date().isoformat()
    out = cli("match", str(listing)).stdout.splitlines()
    line = (f"    decided: {first} and {second} were marked not the same person on {today} "
            "(cousins): this row may be one of them, not both")
    assert out.index(line) == 4  # after the row and both its candidates, before the next row
    assert out[5].startswith("row 3:")

    assert cli("not-same", a, b, "--undo").returncode == 0
    rows = json.loads(cli("--json", "match", str(listing)).stdout)
    assert rows[0]["not_same"] == []


def test_a_decision_on_a_record_merged_into_a_candidate_is_said_and_named(cli, tmp_path):
    a, b, listing = two_nadias_and_a_list(cli, tmp_path)
    c = add(cli, "--given", "Nadia", "--father", "Khaleel", "--grandfather", "Hassan",
            "--sex", "F")
    assert cli("not-same", a, b, "--note", "different mothers").returncode == 0
    assert cli("merge", c, b).returncode == 0  # b is c's now
    rows = json.loads(cli("--json", "match", str(listing)).stdout)
    assert {x["case_no"] for x in rows[0]["candidates"]} == {a, c}
    [said] = rows[0]["not_same"]
    assert sorted(said["candidates"]) == sorted([a, c]) and {said["a"], said["b"]} == {a, b}
    out = cli("match", str(listing)).stdout
    assert f"{b} (merged into {c})" in out and "this row may be one of them, not both" in out
