"""A sender's list read first as a workbook (sheet القائمة), next as the same sheet saved as a CSV
that takes a rescue back, then the workbook sent again: it is a new version of the list, said so
and compared with the CSV, as it is when every version is a workbook. Before, it was refused as
"nothing to do", and with --again compared with the workbook's own first import, which hid that
it reverses the CSV (found by a tester). A workbook sent twice with nothing between is still a
double import."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv, write_xlsx

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية", "الحالة"]
SAMIRA = ["سميرة", "حسين", "خضر", "انثى", "كوجو", "محررة 2024"]
NADIA = ["نادية", "خلف", "رشو", "انثى", "كوجو", "مفقودة"]


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_workbook_sent_again_after_its_csv_is_compared_with_the_csv(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    v1 = write_xlsx(tmp_path / "ngo_list.xlsx", [("القائمة", [HEADER, SAMIRA, NADIA])])
    _ok(tmp_path, "import", str(v1), "--source", "NGO")
    again = cli(tmp_path, "import", str(v1), "--source", "NGO", "--dry-run")
    assert "was already imported (batch 1)" in again.stdout  # nothing between: a double import
    v2 = write_csv(tmp_path / "ngo_list_v2.csv", HEADER, [[*SAMIRA[:5], "مفقودة"], NADIA])
    assert "since batch 1" in _ok(tmp_path, "import", str(v2), "--source", "NGO")
    dry = _ok(tmp_path, "import", str(v1), "--source", "NGO", "--dry-run")
    assert "NOTE: this file is the same as batch 1" in dry and "sent again after batch 2 " \
        "(ngo_list_v2.csv" in dry, dry
    assert "since batch 2 (ngo_list_v2.csv), rows: 0 added, 0 removed, 1 changed" in dry, dry
    done = json.loads(_ok(tmp_path, "--json", "import", str(v1), "--source", "NGO"))
    assert done["sent_again"]["after"]["batch"] == 2
    assert "since batch 2 (ngo_list_v2.csv)" in _ok(tmp_path, "review", "3", "--report")

