"""`audit statuses` lists, changing nothing, each status resting on a report about none of the
records she stands for: what a split by an earlier version left on the record kept (SNJ-00001
"sighted [report 1]", the report about SNJ-00002), for the lawyer to read and put right by hand.
A one-time move at unlock undid her own later word (a rescue told since), so nothing moves."""

from __future__ import annotations

import json

import app.matching_service as ms
from tests.test_split_moves_a_status_with_its_report import _merged_reported, _ok, _shown


def test_an_old_split_s_status_is_listed_and_nothing_changes(cli, monkeypatch):
    monkeypatch.setattr(ms, "statuses_on_their_reports", lambda *a, **k: [])  # the old split
    _merged_reported(cli)
    _ok(cli, "split", "SNJ-00002")
    monkeypatch.undo()
    before = [_shown(cli, c) for c in ("SNJ-00001", "SNJ-00002")]
    said = _ok(cli, "audit", "statuses").stdout
    assert ("SNJ-00001: 2019-04 sighted [report 1] rests on a report about SNJ-00002, not about "
            "her") in said, said
    assert "nothing was changed" in said
    found = json.loads(_ok(cli, "--json", "audit", "statuses").stdout)["statuses"]
    assert found == [{"case_no": "SNJ-00001", "status": "sighted", "date": "2019-04", "report": 1,
                      "report_about": ["SNJ-00002"]}]
    assert [_shown(cli, c) for c in ("SNJ-00001", "SNJ-00002")] == before


def test_a_merged_record_s_report_or_her_own_is_not_listed(cli):
    _merged_reported(cli)  # merged still: the report is about a record she stands for
    assert json.loads(_ok(cli, "--json", "audit", "statuses").stdout)["statuses"] == []
    _ok(cli, "split", "SNJ-00002")  # the split moved it with its report: nothing left
    said = _ok(cli, "audit", "statuses").stdout
    assert "no status rests on a report about another record" in said, said
