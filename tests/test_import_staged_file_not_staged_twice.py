"""A file staged and waiting for decisions is not staged a second time unasked: decided
both, the two batches made one woman twice (found by a tester). --again still stages it, and
the desktop's wizard says it is staged already."""

from __future__ import annotations

from tests.import_helpers import write_csv


def _staged_once(cli, tmp_path):
    cli("init", "--prefix", "SNJ")
    r = cli("person", "add", "--given", "Nadia", "--father", "Murad", "--village", "Kocho",
            "--born", "1998")
    assert r.returncode == 0, r.stderr
    path = write_csv(tmp_path / "family.csv", ["Name", "Father", "Village", "Birth"],
                     [["Nadia", "Murad", "Kocho", "1998"]])
    r = cli("import", str(path))
    assert r.returncode == 0 and "Import batch 1 (staged)" in r.stdout, r.stdout + r.stderr
    return path


def test_the_same_file_staged_again_is_refused_naming_the_batch(cli, tmp_path):
    path = _staged_once(cli, tmp_path)
    r = cli("import", str(path))
    assert r.returncode != 0
    assert ("family.csv: this exact file is staged as batch 1, waiting for decisions: decide "
            "it (casekeeper review 1) or discard it (casekeeper review 1 --discard)") in r.stderr
    assert "batch 2" not in cli("review").stdout


def test_again_stages_it_once_more(cli, tmp_path):
    path = _staged_once(cli, tmp_path)
    r = cli("import", str(path), "--again")
    assert r.returncode == 0 and "Import batch 2 (staged)" in r.stdout, r.stderr


def test_a_plan_knows_the_batches_of_its_file_still_staged(tmp_path):
    """What the wizard tells the user from (ImportWizard: staged already as batch N)."""
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault

    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    path = write_csv(tmp_path / "family.csv", ["Name", "Father"], [["Nadia", "Murad"],
                                                                     ["Nadia", "Murad"]])
    plan = svc.prepare(str(path))
    batch = svc.stage(plan, svc.stage_rows(plan))
    again = svc.prepare(str(path))
    assert [b.id for b in again.staged_same] == [batch]
