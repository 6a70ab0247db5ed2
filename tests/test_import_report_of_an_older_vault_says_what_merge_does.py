"""The report of a batch committed before merge_refused and blank_rows were written (every vault
imported before): `review N --report` suggested `casekeeper merge SNJ-00001 SNJ-00002`, which
`merge` refused (their given names disagree), and its --json lacked keys docs/JSON.md gives.
Both are worked out when the report is shown; so is a refusal corrected since."""

from __future__ import annotations

import json

from app.vault import open_vault
from db.repositories.importing import ImportRepository
from tests.import_helpers import PASSPHRASE, cli, write_csv

HEADER = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def _committed_before(tmp_path):
    """Henan and Hana imported, the second batch's stored report as an older version wrote it."""
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    for name, born, source in (("Henan", "1996", "Yazda"), ("Hana", "1998", "Family")):
        path = write_csv(tmp_path / f"{name}.csv", HEADER,
                         [[name, "Khalaf", "Rasho", "F", born, "Kocho", "missing"]])
        assert cli(tmp_path, "import", "--yes", "--source", source, str(path)).returncode == 0
    s = open_vault(tmp_path / "vault", PASSPHRASE)
    try:
        rep = json.loads(ImportRepository(s.db).batch(2).report_json)
        del rep["blank_rows"]
        for d in rep["possible_duplicates"]:
            del d["merge_refused"]
        with s.db.transaction():
            s.db.conn.execute("UPDATE import_batches SET report_json=? WHERE id=2",
                              (json.dumps(rep, ensure_ascii=False),))
    finally:
        s.close()


def test_the_report_does_not_suggest_the_merge_merge_refuses(tmp_path):
    _committed_before(tmp_path)
    shown = cli(tmp_path, "review", "2", "--report").stdout
    assert "a merge refuses: they disagree on given name" in shown
    assert "casekeeper merge SNJ-00001 SNJ-00002" not in shown
    assert cli(tmp_path, "merge", "SNJ-00001", "SNJ-00002").returncode != 0


def test_its_json_gives_the_documented_keys(tmp_path):
    _committed_before(tmp_path)
    rep = json.loads(cli(tmp_path, "--json", "review", "2", "--report").stdout)
    assert rep["blank_rows"] == rep["blank_rows_skipped"] == 0
    assert [d["merge_refused"] for d in rep["possible_duplicates"]] == [["given"]]


def test_a_given_name_corrected_since_is_no_longer_said_refused(tmp_path):
    _committed_before(tmp_path)
    assert cli(tmp_path, "person", "edit", "SNJ-00002", "--given", "Henan").returncode == 0
    rep = json.loads(cli(tmp_path, "--json", "review", "2", "--report").stdout)
    assert [d["merge_refused"] for d in rep["possible_duplicates"]] == [[]]
    assert "casekeeper merge SNJ-00001 SNJ-00002" in cli(tmp_path, "review", "2", "--report").stdout
