"""Each village of the import table is written on an Arabic and a Sorani paper in a spelling
chosen for papers, never the first Arabic-script form the import table happens to hold:
Hatimiya was printed حطمية, a list-reader's variant, on a court's paper (found by a tester)."""

from __future__ import annotations

import json

from app.importing.values import VILLAGES, known_place
from app.reports.places import _VILLAGE_WRITTEN, place_written
from tests.pdf_glyphs import comparable, expected_visual, glyph_lines


def test_hatimiya_is_written_as_arabic_writes_it():
    assert place_written("Hatimiya", "ar") == "حاتمية"
    assert place_written("Hetimiye", "ckb") == "حاتمية"


def test_every_village_of_the_import_table_has_its_papers_spelling():
    """A village added to the import table is not printed by a guess: it is added here too."""
    assert set(_VILLAGE_WRITTEN) == set(VILLAGES)
    for village, (ar, ckb) in _VILLAGE_WRITTEN.items():
        # each a spelling the import table reads as that village
        assert known_place(ar) == village and known_place(ckb) == village, village


def test_the_summary_prints_it_so(cli, tmp_path):
    assert cli("init").returncode == 0
    r = cli("--json", "person", "add", "--given", "ڤیان", "--given", "Vian", "--sex", "F",
            "--village", "Hatimiya", "--status", "missing", "--sharing", "court")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "s.pdf"
    assert cli("summary", "-o", str(out), "--profile", "court", "--lang", "ar").returncode == 0
    drawn = "\n".join(comparable(line.visual) for page in glyph_lines(out.read_bytes())
                      for line in page)
    assert comparable(expected_visual("حاتمية", True)) in drawn
    assert comparable(expected_visual("حطمية", True)) not in drawn
    assert json.loads(r.stdout)["case_no"]
