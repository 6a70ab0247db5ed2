"""An import's possible duplicate marked "not the same person" since: `review N --report` still
counted it, named a `duplicates` command that no longer lists it, and in the text and JSON
offered it as a pair to merge, which `merge` refuses. Now it is said marked not the same, and
no merge or duplicates command is suggested for it."""

from __future__ import annotations

import json

from app.vault import open_vault
from tests.import_helpers import PASSPHRASE, cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def _imported_then_told_apart(tmp_path) -> None:
    """Henan, then Hana from another sender with --yes (a possible duplicate, score 0.867),
    then the two marked not the same person."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for name, born, source in (("Henan", "1996", "Yazda"), ("Hana", "1998", "Family")):
        path = write_csv(tmp_path / f"{name}.csv", HEADER,
                         [[name, "Khalaf", "Rasho", "F", born, "Kocho", "missing"]])
        r = cli(tmp_path, "import", "--yes", "--source", source, str(path))
        assert r.returncode == 0, r.stderr
    said = cli(tmp_path, "review", "2", "--report").stdout
    assert "possible duplicate row 2: created SNJ-00002" in said, said  # the case asked about
    assert cli(tmp_path, "not-same", "SNJ-00001", "SNJ-00002").returncode == 0


def test_the_report_says_the_pair_told_apart_and_suggests_nothing(tmp_path):
    _imported_then_told_apart(tmp_path)
    shown = cli(tmp_path, "review", "2", "--report").stdout
    assert "marked not the same person since" in shown, shown
    assert "casekeeper merge" not in shown and "casekeeper duplicates" not in shown, shown
    rep = json.loads(cli(tmp_path, "--json", "review", "2", "--report").stdout)
    assert [d["not_same_since"] for d in rep["possible_duplicates"]] == [True]


def test_the_desktop_report_says_it_too(qapp, tmp_path):
    from app.importing.service import ImportService
    from ui.import_report import report_said

    _imported_then_told_apart(tmp_path)
    s = open_vault(tmp_path / "vault", PASSPHRASE)
    try:
        said = report_said(ImportService(s).report(2))
    finally:
        s.close()
    assert "marked not the same person since" in said and "Duplicates screen" not in said
