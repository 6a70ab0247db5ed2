"""A row skipped by hand in the list's last version whose cells changed since waits for a
decision on import, also with --yes: the dry run's count says it waits and that nothing is
imported until it is decided, and the import names it for what it is, not as a probable match.
Before, the dry run counted it "1 new person" and the import "1 probable match waits" (found by
a reviewer)."""

from __future__ import annotations

from tests.import_helpers import cli, write_csv
from tests.test_import_row_skipped_by_hand_stays_skipped import HADIYA, HEADER, NADIA, _skipped_in_v1

WAITS = ("0 new persons, 1 skipped by hand in the last version and changed since (waits for your "
         "decision, also with --yes: nothing is imported until decided), 2 certain matches")


def test_the_dry_run_and_the_import_say_the_changed_skipped_row_waits(tmp_path):
    _skipped_in_v1(tmp_path)
    changed = ["", "المتبقيات الباقية", "", "", "", "كوجو", ""]
    v2 = write_csv(tmp_path / "ngo.csv", HEADER, [[*NADIA[:6], "محررة"], changed, HADIYA])
    dry = cli(tmp_path, "import", str(v2), "--source", "NGO", "--dry-run", "--yes")
    assert dry.returncode == 0, dry.stderr
    assert WAITS in dry.stdout, dry.stdout
    assert "row 3: waits for a decision (skipped by hand in the last version, changed since)" \
        in dry.stdout, dry.stdout
    out = cli(tmp_path, "import", str(v2), "--source", "NGO", "--yes")
    assert out.returncode == 0, out.stderr
    assert ("1 row skipped by hand in the last version and changed since waits for your "
            "decision: casekeeper review 2") in out.stdout, out.stdout
    assert "probable match" not in out.stdout.splitlines()[-1]


def test_the_desktop_preview_says_the_changed_skipped_row_waits(qtbot, gui, made_vault, tmp_path):
    from tests.test_import_row_skipped_by_hand_stays_skipped import skipped_by_hand_in_v1
    from tests.test_ui_import_preview_words import _preview

    folder, _code = made_vault
    skipped_by_hand_in_v1(folder, tmp_path)
    changed = ["", "المتبقيات الباقية", "", "", "", "كوجو", ""]
    wizard = _preview(qtbot, gui, folder, write_csv(tmp_path / "ngo.csv", HEADER,
                                                    [NADIA, changed, HADIYA]))
    assert wizard.preview.model.item(1, 1).text() == "waits: skipped by hand last time, changed since"
    assert "new person" not in wizard.preview_info.text().lower(), wizard.preview_info.text()
