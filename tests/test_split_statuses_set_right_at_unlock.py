"""A vault split by an earlier version, which left on the record kept a status the record split out
had brought (dated since by a list), has it taken back at the first unlock by this version: said
in her history and the vault's trail, once. The earlier split is made here as it was made then
(its status looked for by the date the merge brought it with)."""

from __future__ import annotations

import json

import app.matching_service as ms
from app.split_statuses import SPLIT_STATUSES_MARK
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_split_takes_back_a_status_dated_since import _merged_dated_split, _ok, _status


def _as_then(monkeypatch) -> None:
    """The split of an earlier version: an event found by its date as the merge brought it,
    and a row that changed the record kept left on it (none moved with what it told)."""
    exact, rows = ms._is_event, ms.give_back_rows
    monkeypatch.setattr(ms, "_is_event", lambda ev, row, any_date=False: exact(ev, row))
    monkeypatch.setattr(ms, "give_back_rows", lambda *a, carry=False, **k: rows(*a, **k))


def _an_old_vault(cli) -> None:
    s = open_vault(cli.vault, PASSPHRASE)
    with s.db.transaction():
        s.meta.set(SPLIT_STATUSES_MARK, "0")
    s.close()


def test_the_status_an_old_split_left_is_taken_back_once(cli, tmp_path, monkeypatch):
    _as_then(monkeypatch)
    _merged_dated_split(cli, tmp_path)
    assert _status(cli, "SNJ-00001")[0] == "rescued"  # as the tester found her
    monkeypatch.undo()
    _an_old_vault(cli)
    assert _status(cli, "SNJ-00001") == ("missing", ["missing"])
    assert _status(cli, "SNJ-00002") == ("rescued", ["rescued"])
    trail = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    entries = trail if isinstance(trail, list) else trail["entries"]
    [mine] = [e for e in entries if e["action"] == "person.set_right"]
    detail = mine["detail"] if isinstance(mine["detail"], dict) else json.loads(mine["detail"])
    assert detail["set_right"] == [{"why": "split_status", "status": "rescued", "date": "2019",
                                    "split": "SNJ-00002"}]
    # once: a later unlock finds nothing more
    _ok(cli, "person", "show", "SNJ-00001")
    trail = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    entries = trail if isinstance(trail, list) else trail["entries"]
    assert sum(e["action"] == "person.set_right" for e in entries) == 1


def test_a_split_that_took_its_statuses_is_left_as_it_is(cli, tmp_path):
    _merged_dated_split(cli, tmp_path)
    _ok(cli, "person", "status", "SNJ-00001", "sighted", "--date", "2020")
    _an_old_vault(cli)
    assert _status(cli, "SNJ-00001") == ("sighted", ["missing", "sighted"])
