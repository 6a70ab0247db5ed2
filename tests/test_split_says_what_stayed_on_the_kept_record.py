"""A split giving a row back with what it told says what of it stays on the kept record (a value
the lawyer refined since), in text and --json, and its trail names the split, not the lawyer, as
the one who decided the row (review 37)."""

from __future__ import annotations

import json

from tests.split_cousins import LEYLA, NADIA, cousins, ok, show, write


def _split_with_a_refined_place(cli, tmp_path) -> None:
    cousins(cli)
    ok(cli, "import", write(tmp_path / "office1.csv", [NADIA, [*LEYLA, "missing"]]), "--source",
       "Office", "--yes")
    ok(cli, "merge", "--despite-contradiction", "SNJ-00001", "SNJ-00002")
    office2 = write(tmp_path / "office2.csv", [[*NADIA, ""], [*LEYLA, "rescued", "Raqqa"]],
                    ["Last known location"])
    ok(cli, "import", office2, "--source", "Office", "--yes")
    ok(cli, "person", "edit", "SNJ-00001", "--location", "Raqqa, Tabqa road")


def test_the_split_names_a_refined_value_left_on_the_kept_woman(cli, tmp_path):
    _split_with_a_refined_place(cli, tmp_path)
    text = ok(cli, "split", "SNJ-00002")
    assert "left on SNJ-00001: last known location 'Raqqa, Tabqa road' (the row wrote 'Raqqa')" \
        in text, text
    assert show(cli, "SNJ-00002")["last_known_location"] == "Raqqa"
    assert show(cli, "SNJ-00001")["last_known_location"] == "Raqqa, Tabqa road"


def test_the_splits_json_names_it_on_the_row_given_back(cli, tmp_path):
    _split_with_a_refined_place(cli, tmp_path)
    split = json.loads(ok(cli, "--json", "split", "SNJ-00002"))
    row = next(r for r in split["rows_given_back"] if r["row"] == 3)
    assert row["with_what_it_told"] is True, row
    assert [{k: x[k] for k in ("field", "now", "row_wrote", "why")} for x in row["left_on_kept"]] \
        == [{"field": "last_known_location", "now": "Raqqa, Tabqa road", "row_wrote": "Raqqa",
             "why": "edited"}], row


def test_the_trail_says_the_split_decided_the_row_not_the_lawyer(cli, tmp_path):
    _split_with_a_refined_place(cli, tmp_path)
    ok(cli, "split", "SNJ-00002")
    log = ok(cli, "audit", "log")
    decided = [line for line in log.splitlines() if "Rows of a list decided" in line]
    assert decided and all("by: hand" not in line for line in decided), decided
    assert any("by: split" in line and "split of SNJ-00002 out of SNJ-00001" in line
               for line in decided), decided
