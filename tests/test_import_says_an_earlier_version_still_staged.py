"""A version of a list staged and still waiting for review (a probable match left undecided),
then a newer version of the same list imported: the dry run said no "changes since" and nothing
of the batch waiting, as if its rows were in the vault (found by a tester). The dry run and the
import say which batch of the list waits (file, source, when staged), that its rows are not in
the vault yet, so the list is compared with the last version committed, and how to decide it."""

from __future__ import annotations

import json

from tests.cli_helpers import add
from tests.import_helpers import write_csv

HEADER = ["Name", "Father", "Village", "Sex"]
JILAN = ["Jilan", "Khalaf", "Kocho", "F"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _one_committed_one_staged(cli, tmp_path):
    """Batch 1 of the NGO's list committed; batch 2, its next version, staged: Nadia is a
    probable match with the woman entered by hand, and waits."""
    _ok(cli, "init", "--prefix", "SNJ")
    add(cli, "--given", "Nadia", "--father", "Murad", "--sex", "F")
    _ok(cli, "import", str(write_csv(tmp_path / "ngo.csv", HEADER, [JILAN])), "--source", "NGO")
    v2 = write_csv(tmp_path / "ngo_v2.csv", HEADER, [["Nadia", "Murad", "Kocho", "F"], JILAN])
    assert "Import batch 2 (staged)" in _ok(cli, "import", str(v2), "--source", "NGO").stdout
    return write_csv(tmp_path / "ngo_v3.csv", HEADER,
                     [["Nadia", "Murad", "Kocho", "F"], JILAN, ["Leyla", "Hesen", "Kocho", "F"]])


def test_the_dry_run_says_the_earlier_version_waits_and_what_it_is_compared_with(cli, tmp_path):
    v3 = _one_committed_one_staged(cli, tmp_path)
    said = _ok(cli, "import", str(v3), "--source", "NGO", "--dry-run").stdout
    assert "NOTE: batch 2 of this list (ngo_v2.csv, source 'NGO', staged " in said, said
    assert ("1 of its 2 rows waiting for a decision) is still waiting for review: its rows are "
            "not in the vault yet, so this list is compared with the last version committed, "
            "batch 1, not with it") in said, said
    assert "Decide it: casekeeper review 2 (or, if this version replaces it, casekeeper review 2 " \
           "--discard)" in said, said
    data = json.loads(_ok(cli, "--json", "import", str(v3), "--source", "NGO",
                          "--dry-run").stdout)
    [w] = data["staged_earlier"]
    assert {k: w[k] for k in ("batch", "file", "source", "waiting", "same_file",
                              "compared_with")} == {
        "batch": 2, "file": "ngo_v2.csv", "source": "NGO", "waiting": 1, "same_file": False,
        "compared_with": 1}
    assert w["staged_at"]


def test_the_import_says_it_too(cli, tmp_path):
    v3 = _one_committed_one_staged(cli, tmp_path)
    said = _ok(cli, "import", str(v3), "--source", "NGO").stdout
    assert ("is still waiting for review: its rows are not in the vault yet, so this list was "
            "compared with the last version committed, batch 1, not with it") in said, said
    assert "casekeeper review 2" in said
    data = json.loads(_ok(cli, "--json", "import", str(v3), "--source", "NGO", "--again",
                          "--yes").stdout)
    # batch 3 (the import above) waits too now, this very file
    assert [(w["batch"], w["same_file"]) for w in data["staged_earlier"]] == [
        (2, False), (3, True)]


def test_a_list_with_no_source_is_known_by_its_file_name_and_none_committed_is_said(
        cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    add(cli, "--given", "Nadia", "--father", "Murad", "--sex", "F")
    (tmp_path / "old").mkdir()
    first = write_csv(tmp_path / "old" / "family.csv", HEADER,
                      [["Nadia", "Murad", "Kocho", "F"], JILAN])
    assert "(staged)" in _ok(cli, "import", str(first)).stdout
    again = write_csv(tmp_path / "family.csv", HEADER, [["Nadia", "Murad", "Kocho", "F"]])
    said = _ok(cli, "import", str(again), "--dry-run").stdout
    assert "NOTE: batch 1 of this list (family.csv, staged " in said, said
    assert "compared with no earlier version (none was committed), not with it" in said, said


def test_a_list_of_another_source_says_nothing_of_it(cli, tmp_path):
    v3 = _one_committed_one_staged(cli, tmp_path)
    other = write_csv(tmp_path / "camp.csv", HEADER, [JILAN])
    data = json.loads(_ok(cli, "--json", "import", str(other), "--source", "Camp",
                          "--dry-run").stdout)
    assert data["staged_earlier"] == []
    assert v3.exists()


def test_the_desktops_wizard_says_it_when_the_file_is_read(qtbot, gui, made_vault, tmp_path):
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.ui_support import unlock

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        svc = ImportService(s)
        plan = svc.prepare(str(write_csv(tmp_path / "ngo_v2.csv", HEADER, [JILAN])),
                           source="test list")
        batch = svc.stage(plan, svc.stage_rows(plan))
    finally:
        s.close()
    v3 = write_csv(tmp_path / "ngo_v3.csv", HEADER, [JILAN, ["Leyla", "Hesen", "Kocho", "F"]])
    gui.vault_dir = folder
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    wizard.path.setText(str(v3))
    wizard.source.setText("test list")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page, timeout=20_000)
    said = wizard.issues.text()
    assert f"Batch {batch} of this list (ngo_v2.csv, staged " in said, said
    assert "its rows are not in the vault yet" in said, said


def test_another_sheet_of_the_workbook_is_another_list(cli, tmp_path):
    """A review: a staged batch of the workbook's sheet Kocho was said to wait for its sheet
    Tel Qasab, with the advice to discard it."""
    from tests.import_helpers import write_xlsx

    head = ["No", "Name", "Father", "Grandfather", "Village"]
    path = write_xlsx(tmp_path / "two.xlsx", [
        ("Kocho", [head, [1, "Shirin", "Hussein", "Qasim", "Kocho"],
                   [2, "Shirin", "Hasan", "Qasim", "Kocho"]]),
        ("Tel Qasab", [head, [1, "Jihan", "Qasim", "Elias", "Tel Qasab"]])])
    _ok(cli, "init", "--prefix", "SNJ")
    assert "staged" in _ok(cli, "import", str(path), "--sheet", "Kocho", "--source",
                           "yazda").stdout
    said = _ok(cli, "import", str(path), "--sheet", "Tel Qasab", "--source", "yazda",
               "--dry-run").stdout
    assert "still waiting for review" not in said and "--discard" not in said, said
    again = _ok(cli, "import", str(path), "--sheet", "Kocho", "--source", "yazda", "--dry-run")
    assert "still waiting for review" in again.stdout, again.stdout
