"""An import's possible duplicate as its report says it later: Henan and Hana (score 0.867, a
merge refuses them for their given names). Merged since (--despite-contradiction), the report
suggested the same merge again, which `merge` refused ("already merged"); the only pair being one
a merge refuses, its note named no `duplicates --threshold` although --help says it does; and
the report scored every pair at each showing (5x slower on a 5,000-row import)."""

from __future__ import annotations

import json
import re

from app.matching_service import MatchingService
from app.vault import open_vault
from db.repositories.importing import ImportRepository
from tests.import_helpers import PASSPHRASE, cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def _imported(tmp_path):
    """Henan, then Hana imported with --yes: one possible duplicate, a merge refuses it."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for name, born, source in (("Henan", "1996", "Yazda"), ("Hana", "1998", "Family")):
        path = write_csv(tmp_path / f"{name}.csv", HEADER,
                         [[name, "Khalaf", "Rasho", "F", born, "Kocho", "missing"]])
        r = cli(tmp_path, "import", "--yes", "--source", source, str(path))
        assert r.returncode == 0, r.stderr
    return r.stdout


def test_the_only_pair_being_refused_the_note_names_the_threshold_that_lists_it(tmp_path):
    said = _imported(tmp_path)
    (command,) = re.findall(r"`casekeeper (duplicates[^`]*)`", said)
    assert command == "duplicates --threshold 0.86"
    assert "casekeeper merge SNJ" not in said
    listed = cli(tmp_path, *command.split()).stdout
    assert "SNJ-00001" in listed and "a merge refuses: they disagree on given name" in listed


def test_a_pair_merged_since_is_said_merged_and_no_merge_is_suggested(tmp_path):
    _imported(tmp_path)
    merged = cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction")
    assert merged.returncode == 0, merged.stderr
    shown = cli(tmp_path, "review", "2", "--report").stdout
    assert ("possible duplicate row 2: created SNJ-00002, a probable match with SNJ-00001 "
            "(score 0.867); the two are merged since") in shown
    assert "casekeeper merge" not in shown and "--threshold" not in shown
    rep = json.loads(cli(tmp_path, "--json", "review", "2", "--report").stdout)
    assert [d["merged_since"] for d in rep["possible_duplicates"]] == [True]


def test_the_desktop_report_says_the_pair_merged_and_offers_no_join(qapp, tmp_path):
    from app.importing.service import ImportService
    from ui.import_report import report_said

    _imported(tmp_path)
    assert cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002",
               "--despite-contradiction").returncode == 0
    s = open_vault(tmp_path / "vault", PASSPHRASE)
    try:
        said = report_said(ImportService(s).report(2))
    finally:
        s.close()
    assert "merged since" in said and "Same person" not in said and "Duplicates screen" not in said


def _scorings(tmp_path, monkeypatch, drop_stored: bool) -> int:
    """How many pairs one showing of batch 2's report scores."""
    from app.importing.service import ImportService

    s = open_vault(tmp_path / "vault", PASSPHRASE)
    try:
        if drop_stored:  # as a version before merge_refused was stored wrote it
            rep = json.loads(ImportRepository(s.db).batch(2).report_json)
            for d in rep["possible_duplicates"]:
                del d["merge_refused"]
            with s.db.transaction():
                s.db.conn.execute("UPDATE import_batches SET report_json=? WHERE id=2",
                                  (json.dumps(rep, ensure_ascii=False),))
        calls = []
        real = MatchingService.contradictions_between
        monkeypatch.setattr(MatchingService, "contradictions_between",
                            lambda self, *a, **k: calls.append(a) or real(self, *a, **k))
        rep = ImportService(s).report(2)
        monkeypatch.undo()
    finally:
        s.close()
    assert [d["merge_refused"] for d in rep["possible_duplicates"]] == [["given"]]
    return len(calls)


def test_a_report_storing_merge_refused_is_shown_without_scoring_its_pairs(tmp_path, monkeypatch):
    _imported(tmp_path)
    assert _scorings(tmp_path, monkeypatch, drop_stored=False) == 0


def test_a_report_stored_without_it_scores_each_pair_once_per_showing(tmp_path, monkeypatch):
    _imported(tmp_path)
    assert _scorings(tmp_path, monkeypatch, drop_stored=True) == 1
