"""A birth column judged by its values leaves out the lines below the list (a total, a signed
date), as the converter and the report do: a short list's total does not drop its births."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv

HEADER = ["Hejmar", "Nav", "Navê bav", "Gund", "Dîroka zayînê"]
WOMEN = [["1", "Basime", "Xelef", "Koço", "1990"], ["2", "Xezal", "Xelîl", "Koço", "1985"],
         ["3", "Cemîle", "Îlyas", "Hardan", "1992"]]


def test_a_short_list_with_a_total_line_keeps_its_birth_column(tmp_path):
    path = write_csv(tmp_path / "l.csv", HEADER, [*WOMEN, ["Tevahî", "", "", "", "3"]])
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "Dîroka zayînê -> birth  (header 'Dîroka zayînê' says birth, hers or a child's; 100%" in dry
    assert "not imported: column 'Dîroka zayînê'" not in dry
    assert cli(tmp_path, "import", str(path), "--yes").returncode == 0
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-1").stdout)
    assert shown["birth"]["text"] == "1990"


def test_a_column_of_counts_with_a_total_line_is_judged_alike_by_mapping_and_report(tmp_path):
    counts = [[*w[:4], n] for w, n in zip(WOMEN, ["2", "1 kur", "du zarok"], strict=True)]
    path = write_csv(tmp_path / "l.csv", HEADER, [*counts, ["Tevahî", "", "", "", "4"]])
    assert cli(tmp_path, "init").returncode == 0
    dry = cli(tmp_path, "import", str(path), "--dry-run").stdout
    assert "only 0% of its values are dates or years of birth" in dry
    assert ("not imported: column 'Dîroka zayînê', headed birth (the woman's or a child's), but "
            "only 0 of its 3 cells with a value are dates or years of birth") in dry
