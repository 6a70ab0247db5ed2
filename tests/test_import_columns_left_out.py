"""Columns an import will not take, said before it: a saved mapping that leaves out a column the
importer would now take ('Current location', saved before it was a field) says so and is not
changed; the command line's dry run names every column left out with its count of cells."""

from __future__ import annotations

from app.importing.fields import Field
from app.importing.mapping import Mapping
from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, write_csv

HEADER = ["Name", "Father", "Current location", "Marital status"]
ROWS = [["Nadia", "Murad", "Duhok camp", "married"],
        ["Jilan", "Khalaf", "", "single"], ["Layla", "Hasan", "Zakho", ""]]
# As an earlier version saved it for this source: 'Current location' was no field then.
OLD = Mapping({"Name": Field.GIVEN, "Father": Field.FATHER, "Current location": Field.IGNORE,
               "Marital status": Field.IGNORE})


def _vault_with_old_mapping(folder):
    s = new_vault(folder)
    s_svc = ImportService(s)
    s_svc.repo.save_mapping("Yazda", OLD.to_json(), "2024-03-01T10:00:00Z")
    return s, s_svc


def test_a_saved_mapping_that_leaves_out_a_column_now_taken_says_so_and_stands(tmp_path):
    """The column stayed 'ignore' under the saved mapping without a word: her current location
    was not imported, list after list."""
    path = write_csv(tmp_path / "list.csv", HEADER, ROWS)
    s, svc = _vault_with_old_mapping(tmp_path / "vault")
    try:
        m = svc.prepare(str(path), source="Yazda").mapping
        assert m.columns["Current location"] == Field.IGNORE  # the saved choice stands
        assert m.left_out == {"Current location": Field.LAST_KNOWN_LOCATION}
        assert m.reasons["Current location"] == (
            "saved mapping 'Yazda'; it leaves this column out, but it would now be taken as "
            "last_known_location: choose that field to import it")
        # a column the importer would not take either is said nothing more of
        assert m.reasons["Marital status"] == "saved mapping 'Yazda'"
        assert svc.repo.mapping("Yazda") == OLD.to_json()  # not changed by reading
    finally:
        s.close()


def test_without_a_saved_mapping_the_column_is_taken_and_nothing_is_said(tmp_path):
    path = write_csv(tmp_path / "list.csv", HEADER, ROWS)
    s, svc = _vault_with_old_mapping(tmp_path / "vault")
    try:
        m = svc.prepare(str(path), source="another office").mapping
        assert m.columns["Current location"] == Field.LAST_KNOWN_LOCATION
        assert m.left_out == {}
    finally:
        s.close()


def test_the_dry_run_says_the_saved_mapping_leaves_it_out_and_counts_its_cells(tmp_path):
    path = write_csv(tmp_path / "list.csv", HEADER, ROWS)
    s, _svc = _vault_with_old_mapping(tmp_path / "vault")
    s.close()
    r = cli(tmp_path, "import", str(path), "--dry-run", "--source", "Yazda")
    assert r.returncode == 0, r.stderr
    assert ("  Current location -> ignore  (saved mapping 'Yazda'; it leaves this column out, "
            "but it would now be taken as last_known_location: choose that field to import "
            "it)\n") in r.stdout
    assert ("  not imported: column 'Current location', 2 cells with a value (kept with the "
            "list's rows)\n  not imported: column 'Marital status', 2 cells with a value (kept with the "
            "list's rows)\n") in r.stdout
