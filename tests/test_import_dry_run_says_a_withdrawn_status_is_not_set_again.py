"""A status withdrawn from her as told in error (person status-withdraw), said again by a list:
the import notes it and does not set it again, but the dry run said "would change status:
unknown -> rescued" (found by a tester). The dry run says what the import does."""

from __future__ import annotations

from tests.import_helpers import write_csv, write_xlsx
from tests.test_import_workbook_sent_again_after_its_csv import HEADER, NADIA, SAMIRA, _ok


def test_the_dry_run_says_a_status_taken_back_is_not_set_again(tmp_path):
    """The rescue v2 took back, withdrawn from her by hand as told in error: the workbook sent
    again says it once more. The import notes it and does not set it; the dry run said "would
    change status: unknown -> rescued". It says what the import does now."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    v1 = write_xlsx(tmp_path / "ngo_list.xlsx", [("القائمة", [HEADER, SAMIRA, NADIA])])
    _ok(tmp_path, "import", str(v1), "--source", "NGO")
    v2 = write_csv(tmp_path / "ngo_list_v2.csv", HEADER, [[*SAMIRA[:5], "مفقودة"], NADIA])
    _ok(tmp_path, "import", str(v2), "--source", "NGO")
    _ok(tmp_path, "person", "status-withdraw", "SNJ-00001", "rescued", "--date", "2024")
    dry = _ok(tmp_path, "import", str(v1), "--source", "NGO", "--dry-run")
    assert "would change status" not in dry, dry
    assert "conflict, kept as in the vault: status 'unknown', list 'rescued, 2024" in dry
    assert "as told in error: not set again" in dry
    done = _ok(tmp_path, "import", str(v1), "--source", "NGO")
    assert "updated 0" in done and "is not set again" in done, done
