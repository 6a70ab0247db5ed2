"""The status words lists most often use are read: fate unknown is missing, killed or martyred
is deceased, escaped is rescued (with the year after it as its date); a cell that says only where
she is sets no status, and the row says so and keeps the cell."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.import_helpers import arabic_suffix, cli, write_csv

HEADER = ["الاسم", "اسم الاب", "الحالة"]
READ = [
    ("مجهولة المصير", "missing", None),
    ("مجهول المصير", "missing", None),
    ("مصيرها مجهول", "missing", None),
    ("قتلت", "deceased", None),
    ("قُتلت", "deceased", None),  # with its marks
    ("مقتوله", "deceased", None),  # ه for ة
    ("قتيلة", "deceased", None),
    ("استشهدت", "deceased", None),
    ("شهيدة", "deceased", None),
    ("hat kuştin", "deceased", None),
    ("هربت 2015", "rescued", 2015),
    ("هاربة", "rescued", None),
    ("نجت بنفسها 2016", "rescued", 2016),
    ("هربت من داعش ٢٠١٧", "rescued", 2017),
    # Kurmanji and Sorani as families write them: came back, back with her family
    ("rizgarbûye", "rescued", None),
    ("vegeriya", "rescued", None),
    ("vegeriya 2016", "rescued", 2016),
    ("گەڕایەوە", "rescued", None),
    ("vegeriya malbatê", "reunited", None),
    ("li cem malbatê", "reunited", None),
    ("لەگەڵ خێزانەکەی", "reunited", None),
]
# "In the camp" is not read either: the camp may be al-Hol, where women are still held.
LEFT = ["في سوريا", "مع داعش في الهول", "???", "هربت ثم اختطفت", "في المخيم"]


@pytest.fixture
def imported(tmp_path):
    cells = [w for w, _, _ in READ] + LEFT
    path = write_csv(tmp_path / "statuses.csv", HEADER,
                     [[f"امرأة{arabic_suffix(n)}", "خلف", w] for n, w in enumerate(cells)])
    assert cli(tmp_path, "init").returncode == 0
    done = cli(tmp_path, "--json", "import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    return tmp_path, json.loads(done.stdout)


def test_each_word_gives_her_status_and_its_year(imported):
    tmp_path, _ = imported
    for n, (word, status, year) in enumerate(READ, 1):
        her = json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)
        assert her["current_status"] == status, word
        [event] = her["status_events"]
        assert event["note"] == f"«{word}»"
        if year:
            assert (event["date"]["earliest"], event["date"]["latest"]) == (
                date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()), word


def test_a_place_sets_no_status_and_the_row_says_so_keeping_the_cell(imported, tmp_path):
    _, report = imported
    for n, word in enumerate(LEFT, len(READ) + 1):
        her = json.loads(cli(tmp_path, "--json", "person", "show", f"SNJ-{n}").stdout)
        assert her["current_status"] == "unknown" and her["status_events"] == [], word
        [row] = her["provenance"]
        assert word in row["raw_json"]
    dry = cli(tmp_path, "import", str(tmp_path / "statuses.csv"), "--dry-run",
              "--source", "again").stdout
    for word in LEFT:
        assert (f"status '{word}' not recognised; no status is set from it (the cell is kept "
                "with the list's row)") in dry
