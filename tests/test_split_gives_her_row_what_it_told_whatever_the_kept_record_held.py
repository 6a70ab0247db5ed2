"""A row a split gives back to the woman split out brings her what it told even where the merged
record held it already (her cousin's row in the same list said it too, or the lawyer had): the
rescued woman read missing, by the order of the sender's rows (review 37)."""

from __future__ import annotations

import json

import pytest

from tests.split_cousins import LAYLA, LEYLA, NADIA, cousins, ok, show, write


@pytest.mark.parametrize("order", ["LaylaFirst", "LeylaFirst"])
def test_both_cousins_rescued_in_the_next_version_read_rescued_after_the_split(
        cli, tmp_path, order):
    cousins(cli)

    def rows(status: str) -> list[list[str]]:
        la, le = [*LAYLA, status], [*LEYLA, status]
        return [NADIA, *([la, le] if order == "LaylaFirst" else [le, la])]

    ok(cli, "import", write(tmp_path / "office1.csv", rows("missing")), "--source", "Office", "--yes")
    ok(cli, "merge", "--despite-contradiction", "SNJ-00001", "SNJ-00002")
    ok(cli, "import", write(tmp_path / "office2.csv", rows("rescued")), "--source", "Office", "--yes")
    split = json.loads(ok(cli, "--json", "split", "SNJ-00002"))
    assert (show(cli, "SNJ-00001")["current_status"], show(cli, "SNJ-00002")["current_status"]) \
        == ("rescued", "rescued"), split
    assert split["rows_in_doubt"] == [], split


def test_her_rescue_goes_to_her_when_the_kept_woman_was_already_rescued(cli, tmp_path):
    cousins(cli)
    ok(cli, "import", write(tmp_path / "office1.csv", [NADIA, [*LEYLA, "missing"]]), "--source",
       "Office", "--yes")
    ok(cli, "person", "status", "SNJ-00001", "rescued", "--date", "2026-10-01")
    ok(cli, "merge", "--despite-contradiction", "SNJ-00001", "SNJ-00002")
    ok(cli, "import", write(tmp_path / "office2.csv", [NADIA, [*LEYLA, "rescued"]]), "--source",
       "Office", "--yes")
    ok(cli, "split", "SNJ-00002")
    layla, leyla = show(cli, "SNJ-00001"), show(cli, "SNJ-00002")
    assert leyla["current_status"] == "rescued", leyla["status_events"]
    # Layla's own rescue, told by the lawyer, stays hers
    assert layla["current_status"] == "rescued", layla["status_events"]
    assert [e["date"]["text"] for e in layla["status_events"] if e["status"] == "rescued"] \
        == ["2026-10-01"]
