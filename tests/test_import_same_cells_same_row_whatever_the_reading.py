"""A list imported while names were read otherwise: its next version's rows, cell for cell the
same, are the rows they were (no second record, nothing removed and added), however they read."""

from dataclasses import replace

import pytest

from app.domain.person import NamePart, NameText
from app.importing.dedupe import name_identity
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

HEADER = ["Name", "Village", "Sex"]
V1 = [["Ur-Rahman, Nadia Ali", "Kocho", "F"], ["Layla Murad Haskani", "Kocho", "F"]]


def _import(s, path, rows):
    svc = ImportService(s)
    plan = svc.prepare(str(write_csv(path, HEADER, rows)), source="NGO")
    staged = svc.stage_rows(plan)
    return svc, plan, staged


@pytest.fixture
def vault(tmp_path):
    """v1 imported as an earlier reading of names read it: «Ur-Rahman, Nadia Ali» given name
    first (Ur-Rahman, father Nadia, grandfather Ali), her row keyed by those names."""
    s = new_vault(tmp_path / "vault")
    svc, plan, rows = _import(s, tmp_path / "list.csv", V1)
    report = svc.import_at_once(plan, rows, yes=True)
    assert isinstance(report, dict)
    nadia = s.persons.get_by_id(1)
    then = replace(nadia, names={NamePart.GIVEN: NameText("", "Ur-Rahman"),
                                 NamePart.FATHER: NameText("", "Nadia"),
                                 NamePart.GRANDFATHER: NameText("", "Ali")})
    s.persons.update(then)
    s.db.conn.execute("UPDATE import_rows SET row_key=? WHERE batch_id=1 AND row_number=2",
                      (name_identity(then),))
    yield s, tmp_path
    s.close()


def _names(p) -> dict:
    return {part.name: n.latin for part, n in p.names.items() if n.latin}


def test_an_unchanged_row_read_otherwise_today_is_the_row_it_was(vault):
    s, tmp = vault
    svc, plan, rows = _import(s, tmp / "list.csv", [*V1, ["Gule Ali Qirani", "Kocho", "F"]])
    nadia = rows[0]
    assert nadia.row_key == name_identity(s.persons.get_by_id(1))
    assert (nadia.outcome, nadia.match_person_id) == ("certain", 1)
    changes = svc.plan_changes(plan, rows)
    assert (changes["added"], changes["removed"], changes["unchanged"]) == (1, 0, 2)
    before = _names(s.persons.get_by_id(1))
    report = svc.import_at_once(plan, rows)  # no --yes: nothing to ask about either
    assert isinstance(report, dict)
    assert s.persons.count() == 3  # Gule only is new
    assert _names(s.persons.get_by_id(1)) == before  # no word given her twice


def test_a_changed_row_is_read_as_today_reads_it(vault):
    s, tmp = vault
    _, _, rows = _import(s, tmp / "list.csv", [["Ur-Rahman, Nadia Ali", "Hardan", "F"], V1[1]])
    assert rows[0].row_key == name_identity(rows[0].person)
    assert rows[0].row_key != name_identity(s.persons.get_by_id(1))


def test_a_row_with_a_ditto_now_is_left_to_its_names(tmp_path):
    s = new_vault(tmp_path / "vault")
    try:
        rows1 = [["Layla Murad Haskani", "Kocho", "F"], ["Nadia Ali Qirani", '"', "F"]]
        svc, plan, rows = _import(s, tmp_path / "list.csv", rows1)
        svc.import_at_once(plan, rows, yes=True)
        s.db.conn.execute("UPDATE import_rows SET row_key='then' WHERE batch_id=1 AND row_number=3")
        _, _, rows = _import(s, tmp_path / "list.csv", rows1)
        assert rows[1].row_key == name_identity(rows[1].person)
    finally:
        s.close()
