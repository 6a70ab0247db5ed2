"""Round trips: rows written by openpyxl or the csv module come back from an import with nothing
lost and nothing invented; counts read, imported and rejected always reconcile."""

import json
import shutil
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.importing.ditto import is_ditto
from app.importing.fields import Field
from app.importing.not_known import program_blank
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

ALPHABET = "abcKhlNdi çêîşû خليلنادية ڕێە ,;\"'-\n"
cell = st.text(alphabet=ALPHABET, max_size=12)
rows_strategy = st.lists(st.tuples(cell, cell, cell), min_size=1, max_size=25)
HEADER = ["Name", "Father", "Village"]


def _roundtrip(rows: list[tuple[str, str, str]], kind: str) -> None:
    work = Path(tempfile.mkdtemp())
    try:
        if kind == "csv":
            path = write_csv(work / "l.csv", HEADER, [list(r) for r in rows])
        else:
            wb = openpyxl.Workbook()
            wb.active.append(HEADER)
            for r in rows:
                wb.active.append(list(r))
            path = work / "l.xlsx"
            wb.save(path)
        session = new_vault(work / "vault")
        try:
            svc = ImportService(session)
            plan = svc.prepare(str(path))
            if not any(c.strip() for r in rows for c in r):  # nothing below the header
                with pytest.raises(ValidationError, match="no row below it holds a value"):
                    svc.stage_rows(plan)  # refused before a dry run could show nothing
                assert svc.repo.batches() == [] and session.persons.count() == 0
                return
            staged = svc.stage_rows(plan)
            report = svc.import_at_once(plan, staged, yes=True)
            _check(session, report, rows, kind)
        finally:
            session.close()
    finally:
        shutil.rmtree(work)


def _named(text: str) -> bool:
    # "NaN", "None": what a program writes for an empty cell is blank (not_known.py)
    return any(ch.isalpha() for ch in text) and not program_blank(text.strip())


def _check(session, report: dict, rows, kind: str) -> None:
    written = {n: tuple(c.strip() for c in r) for n, r in enumerate(rows, start=2)}
    blank = {n for n, r in written.items() if not any(r)}
    if kind == "xlsx":  # a workbook has no rows below its last filled cell (a space fills one)
        last = max((n for n, r in enumerate(rows, start=2) if any(c != "" for c in r)),
                   default=1)
        written = {n: r for n, r in written.items() if n <= last}
        blank = {n for n in blank if n <= last}
    assert report["blank_rows_skipped"] == len(blank)
    assert report["rows_read"] == len(written) - len(blank)
    assert report["reconciled"]
    rejected = {x["row"] for x in report["rejected"]}
    # A row is rejected when it has no name (no letter in Name or Father: ";" or "-" is no
    # name) but is not blank; or when its name cell names two persons ("K û K", and so
    # "K,û K" once its comma is read as none), or begins with a word that says whose child
    # the person is ("biN ;": bin, son of), or one value fills every cell ("K | K | K": a merged
    # heading's cells): held, said why, never lost.
    # A ditto mark in Father ('"', ",,") holds the father of the row above as read (ditto.py);
    # one in Name is no name (a ditto never copies who she is).
    fathers: dict[int, str] = {}
    for n, r in written.items():
        fathers[n] = fathers.get(n - 1, "") if is_ditto(r[1], Field.FATHER) else r[1]
    nameless = {n for n, r in written.items()
                if n not in blank and not (_named(r[0]) or _named(fathers[n]))}
    two = {x["row"] for x in report["rejected"]
           if "names two persons" in str(x) or "says whose child" in str(x)
           or len(set(written[x["row"]])) == 1 and "fills the whole row" in str(x)}
    assert nameless <= rejected and rejected - nameless <= two
    prov = session.db.conn.execute(
        "SELECT row_number, raw_json, person_id FROM provenance").fetchall()
    assert {n for n, _, _ in prov} == set(written) - blank - rejected  # none lost, none invented
    for n, raw, _ in prov:
        assert tuple(json.loads(raw)[h] for h in HEADER) == written[n]
    people = {pid for _, _, pid in prov}
    assert session.persons.count() == len(people) == report["results"]["created"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows_strategy)
@example(rows=[("", "K", ""), ("", '"', "")])  # her father as the row above's: a name
@example(rows=[("K", "K", "K")])  # one value in every cell: a merged heading, said
def test_csv_roundtrip_loses_and_invents_nothing(rows):
    _roundtrip(rows, "csv")


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows_strategy)
@example(rows=[("biN,;", "", "")])  # a kinship word first (bin): held, said why
def test_xlsx_roundtrip_loses_and_invents_nothing(rows):
    _roundtrip(rows, "xlsx")
