"""A list's next version in which its sender corrects the village of every row: what the
corrections are weighed on (her record, the rows of lists naming her, the batches they came
from) is read once for the list, not once a row (4 ms a row against 1 ms for the first import
of the same list), and every row is still corrected. Real csv files, the real command line (in
this process, to count the reads), a real vault."""

from __future__ import annotations

import os

import pytest

import app.importing.commit as commit
from db.repositories.importing import ImportRepository
from db.repositories.persons import PersonRepository
from db.repositories.withdrawals import WithdrawalRepository
from tests.import_helpers import imported_with_report, ok, write_csv

GIVEN = ["Nadia", "Jihan", "Khatun", "Vian", "Dalal", "Basma", "Zozan", "Hemdiye", "Gulistan",
         "Perwin", "Shirin", "Nesrin"]
FATHER = ["Khalil", "Murad", "Qasim", "Elias", "Haji"]
HEADER = ["Name", "Father", "Sex", "Village", "Status"]


def _list(tmp_path, name: str, villages: tuple[str, str]):
    rows = [[g, f, "F", villages[i % 2], "missing"]
            for i, (g, f) in enumerate((g, f) for f in FATHER for g in GIVEN)]
    return write_csv(tmp_path / name, HEADER, rows)


@pytest.mark.skipif(bool(os.environ.get("CK_CLI_PROCESS")), reason="counts reads in-process")
def test_corrections_of_every_row_read_the_vault_once_for_the_list(tmp_path, monkeypatch):
    ok(tmp_path, "init")
    first, _ = imported_with_report(tmp_path, _list(tmp_path, "ngo_v1.csv", ("Kocho", "Hardan")))
    rows = len(GIVEN) * len(FATHER)
    assert first["results"]["created"] == rows
    reads = {"whole records": 0, "batch heads": 0, "rows naming her": 0}
    weighing = []

    def counted(name, method):
        def wrapper(*args, **kwargs):
            if weighing:
                reads[name] += 1
            return method(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(PersonRepository, "_hydrate",
                        counted("whole records", PersonRepository._hydrate))
    monkeypatch.setattr(ImportRepository, "batch_head",
                        counted("batch heads", ImportRepository.batch_head))
    for name in ("other_links", "links_of"):  # a row's, or many persons' at once
        if hasattr(WithdrawalRepository, name):
            monkeypatch.setattr(WithdrawalRepository, name,
                                counted("rows naming her", getattr(WithdrawalRepository, name)))
    was = commit.listed_before

    def listed_before(*args, **kwargs):
        weighing.append(1)
        try:
            return was(*args, **kwargs)
        finally:
            weighing.pop()

    monkeypatch.setattr(commit, "listed_before", listed_before)
    rep, _ = imported_with_report(tmp_path, _list(tmp_path, "ngo_v2.csv", ("Solagh", "Tel Ezer")))
    assert len(rep["corrected_by_sender"]) == rows, rep["conflicts"]
    assert {c["field"] for c in rep["corrected_by_sender"]} == {"origin_village"}
    # once for the list: a statement of whole records per 500, each batch's head once
    assert reads == {"whole records": 1, "batch heads": 1, "rows naming her": 1}, reads
