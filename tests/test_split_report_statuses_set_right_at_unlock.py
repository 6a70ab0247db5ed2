"""A vault split by an earlier version, which left on the record kept a status resting on a report
about the record split out (SNJ-00001 "sighted [report 1]", SNJ-00002 the woman heard from still
"missing"), has that status moved with its report at the first unlock by this version: said in
both histories and in the vault's trail, once."""

from __future__ import annotations

import json

import app.matching_service as ms
from app.vault import open_vault
from db.repositories.split_rows import SplitRowsRepository
from tests.conftest import PASSPHRASE
from tests.test_split_moves_a_status_with_its_report import _merged_reported, _ok, _shown

SPLIT_REPORTS_MARK = "split_report_statuses"  # the vault_meta key of the pass


def _split_as_then(cli, monkeypatch) -> None:
    """The split of an earlier version: the status left where it was, nothing said of it."""
    monkeypatch.setattr(ms, "statuses_on_their_reports", lambda *a, **k: [])
    _merged_reported(cli)
    _ok(cli, "split", "SNJ-00002")
    monkeypatch.undo()
    s = open_vault(cli.vault, PASSPHRASE)
    # as the tester found them
    assert s.persons.get("SNJ-00001").current_status.value == "sighted"
    assert s.persons.get("SNJ-00002").current_status.value == "missing"
    with s.db.transaction():
        for splits in SplitRowsRepository(s.db).splits().values():
            for merged_id, _at, _split, added in splits:
                added.pop("statuses_moved", None)
                row = s.db.conn.execute("SELECT id FROM merges WHERE merged_id = ?",
                                        (merged_id,)).fetchone()
                s.matching.repo.set_merge_added(row[0], added)
        s.meta.set(SPLIT_REPORTS_MARK, "0")
    s.close()


def test_the_status_an_old_split_left_goes_with_its_report_once(cli, monkeypatch):
    _split_as_then(cli, monkeypatch)
    kept, back = _shown(cli, "SNJ-00001"), _shown(cli, "SNJ-00002")
    assert kept["current_status"] == "missing" and back["current_status"] == "sighted"
    assert [e.get("report_id") for e in back["status_events"]] == [None, 1]
    trail = json.loads(_ok(cli, "--json", "audit", "log", "--case", "SNJ-00001").stdout)
    entries = trail if isinstance(trail, list) else trail["entries"]
    [mine] = [e for e in entries if e["action"] == "person.set_right"]
    assert "split_report_status" in json.dumps(mine)
    vault = _ok(cli, "audit", "log").stdout
    assert vault.count("vault.split_report_statuses") + vault.count(
        "Statuses an earlier split left on the other record") == 1, vault
    _ok(cli, "person", "show", "SNJ-00001")  # a second unlock: nothing more
    vault = _ok(cli, "audit", "log").stdout
    assert vault.count("vault.split_report_statuses") + vault.count(
        "Statuses an earlier split left on the other record") == 1, vault
