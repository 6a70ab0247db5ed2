"""Before a new version of a list is imported, the dry run names every row added, removed and
changed since its last import, with what changed in each cell, the rows whose status changed
first; a row that only moved is no change."""

from __future__ import annotations

import json

from tests.import_helpers import cli, write_csv, write_xlsx

HEADER = ["ت", "الاسم الكامل", "Full name", "القرية", "الجنس", "الحالة"]
NOFA = ["نوفة خلف حسن", "Nofa Khalaf Hassan", "كوجو", "انثى", "مفقودة"]
FARIDA = ["فريدة خلف الياس", "Farida Khalaf Elias", "كوجو", "انثى", "مفقودة"]
NADIA = ["نادية خلف رشو", "Nadia Khalaf Rasho", "كوجو", "انثى", "مفقودة"]
DUNYA = ["دنيا كريم مطو", "Dunya Karim Matto", "حردان", "انثى", "مفقودة"]
HEDIYA = ["هدية مراد خلف", "Hediya Murad Khalaf", "كوجو", "انثى", "مفقودة"]
AMSHA = ["عمشة علي قاسم", "Amsha Ali Qasim", "كوجو", "انثى", "مفقودة"]


def _list(path, people):
    """A list as the NGO sends it: its own running number first."""
    return write_xlsx(path, [("Kocho", [HEADER, *([n, *p] for n, p in enumerate(people, 1))])])


def versions(tmp_path):
    """Version 1 imported into a vault; version 2: Nofa and Farida swapped (moved only), Nadia
    rescued (her status cell), Amsha's village corrected, Dunya gone, Hediya new."""
    assert cli(tmp_path, "init").returncode == 0
    v1 = _list(tmp_path / "kocho_v1.xlsx", [NOFA, FARIDA, NADIA, DUNYA, AMSHA])
    done = cli(tmp_path, "import", str(v1), "--source", "Yazda Kocho", "--yes")
    assert done.returncode == 0, done.stderr
    rescued = [*NADIA[:4], "ناجية"]
    amsha = [*AMSHA[:2], "Kocho", *AMSHA[3:]]
    return _list(tmp_path / "kocho_v2.xlsx", [FARIDA, NOFA, amsha, rescued, HEDIYA])


def test_the_dry_run_names_exactly_the_rows_added_removed_and_changed(tmp_path):
    v2 = versions(tmp_path)
    dry = cli(tmp_path, "--json", "import", str(v2), "--source", "Yazda Kocho", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    ch = json.loads(dry.stdout)["changes_since_last_import"]
    assert ch["added_rows"] == [{"row": 6, "name": "هدية مراد خلف Hediya Murad Khalaf",
                                 "case_no": ""}]
    assert ch["removed_rows"] == [{"row": 5, "name": "دنيا كريم مطو Dunya Karim Matto",
                                   "case_no": "SNJ-00004"}]
    # Nadia's status first, though Amsha's row comes before hers in the list.
    assert [(c["row"], c["previous_row"], c["case_no"], c["columns"])
            for c in ch["changed_rows"]] == [
        (5, 4, "SNJ-00003", {"الحالة": ["مفقودة", "ناجية"]}),
        (4, 6, "SNJ-00005", {"القرية": ["كوجو", "Kocho"]})]
    assert (ch["status_changed"], ch["status_columns"]) == (1, ["الحالة"])
    # Nofa and Farida changed places: unchanged, counted as moved, named nowhere.
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"], ch["moved"]) == (
        1, 1, 2, 2, 2)


def test_the_dry_runs_text_lists_the_changes_kind_by_kind_status_first(tmp_path):
    v2 = versions(tmp_path)
    text = cli(tmp_path, "import", str(v2), "--source", "Yazda Kocho", "--dry-run").stdout
    changes = text[text.index("Changes since the last import of this list:"):].rstrip().split("\n")
    assert changes[1:] == [
        "  since batch 1 (kocho_v1.xlsx), rows: 1 added, 1 removed, 2 changed, 2 unchanged, "
        "0 repeated within the list (rows in all: 5)",
        "    rows are known by their names, not their numbers: 2 unchanged rows only moved to "
        "another row",
        "    rows whose status changed (1):",
        "      changed row 5 (was row 4): نادية خلف رشو Nadia Khalaf Rasho (SNJ-00003): "
        "الحالة: 'مفقودة' -> 'ناجية'",
        "    other changed rows (1):",
        "      changed row 4 (was row 6): عمشة علي قاسم Amsha Ali Qasim (SNJ-00005): "
        "القرية: 'كوجو' -> 'Kocho'",
        "    added rows (1):",
        "      added row 6: هدية مراد خلف Hediya Murad Khalaf",
        "    removed rows (1):",
        "      removed row 5 of batch 1: دنيا كريم مطو Dunya Karim Matto (SNJ-00004)"]


def test_every_row_is_listed_however_many_changed(tmp_path):
    """A second version with 520 more women: the text names each (it stopped at 50) and so
    does --json (it stopped at 500), where the lawyer reads them before importing."""
    assert cli(tmp_path, "init").returncode == 0
    header = ["Name", "Father", "Grandfather", "Sex"]
    first = [["Nadia", "Murad", "Basee", "F"]]
    v1 = write_csv(tmp_path / "v1.csv", header, first)
    assert cli(tmp_path, "import", str(v1), "--source", "NGO", "--yes").returncode == 0
    # names no rule reads as alike: each row her own woman (a number spelt in letters)
    more = [[f"Name{_letters(n)}", f"Father{_letters(n)}", "Grand", "F"] for n in range(520)]
    v2 = write_csv(tmp_path / "v2.csv", header, first + more)
    dry = cli(tmp_path, "--json", "import", str(v2), "--source", "NGO", "--dry-run")
    ch = json.loads(dry.stdout)["changes_since_last_import"]
    assert ch["added"] == len(ch["added_rows"]) == 520
    text = cli(tmp_path, "import", str(v2), "--source", "NGO", "--dry-run").stdout
    assert "    added rows (520):" in text
    assert sum(line.startswith("      added row ") for line in text.split("\n")) == 520
    assert "more added rows" not in text


def _letters(n: int) -> str:
    return "".join("bcdfghjklm"[int(d)] + "a" for d in f"{n:03d}")  # no letter doubled
