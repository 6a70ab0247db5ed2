"""A cell that says there is none or none is known («لا يوجد», «غير معروف», «مجهول», "N/A",
"-") is left blank and said, never stored as her mother's or father's name, a village or a
date; «متوفية» in a mother's column and «نازحة» in a village's likewise. Stored, they made a
mother "لا يوجد" that a later list giving her real mother contradicted, and a village "-"
that set her apart from her own record. Real files, the real command line, a real vault."""

from __future__ import annotations

import json

from app.importing.fields import Field
from app.importing.not_known import not_said
from tests.import_helpers import write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "اسم الام", "القرية", "المواليد", "الجنس"]


def _said(col: str, typed: str, how: str = "says there is none or it is not known") -> str:
    return f"{col}: {typed!r} {how}: left blank"


def test_placeholders_are_left_blank_and_said(cli, tmp_path):
    path = write_csv(tmp_path / "family.csv", HEADER, [
        ["رنا", "خدر", "علي", "لا يوجد", "-", "غير معروف", "انثى"],
        ["سهى", "خدر", "علي", "غير معروف", "N/A", "1998", "انثى"],
        ["هدى", "خدر", "علي", "متوفية", "نازحة", "2001", "انثى"],
        ["دنيا", "لا يوجد", "سعيد", "شيرين", "كوجو", "1999", "انثى"],
    ])
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "Family", "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for row, col, typed in ((2, "column D (اسم الام)", "لا يوجد"),
                            (2, "column E (القرية)", "-"),
                            (2, "column F (المواليد)", "غير معروف"),
                            (3, "column D (اسم الام)", "غير معروف"),
                            (3, "column E (القرية)", "N/A"),
                            (5, "column B (اسم الاب)", "لا يوجد")):
        assert f"warning row {row}: {_said(col, typed)}" in out, (row, col, out)
    died = "says what became of the person, not what the column holds"
    assert f"warning row 4: {_said('column D (اسم الام)', 'متوفية', died)}" in out, out
    assert f"warning row 4: {_said('column E (القرية)', 'نازحة', died)}" in out, out

    shown = [json.loads(cli("--json", "person", "show", f"SNJ-0000{i}").stdout)
             for i in range(1, 5)]
    for p in shown[:3]:
        assert "mother" not in p["names"], p["names"]
        assert p["origin_village"] == "", p["origin_village"]
    assert shown[0]["birth"]["text"] == ""
    assert "father" not in shown[3]["names"] and shown[3]["names"]["grandfather"]
    assert shown[3]["names"]["mother"]["original"] == "شيرين"
    assert shown[3]["origin_village"] == "Kocho"


def test_a_later_list_with_her_real_mother_finds_no_contradiction(cli, tmp_path):
    first = write_csv(tmp_path / "first.csv", HEADER,
                      [["رنا", "خدر", "علي", "لا يوجد", "-", "1998", "انثى"]])
    later = write_csv(tmp_path / "later.csv", HEADER,
                      [["رنا", "خدر", "علي", "نوفة", "كوجو", "1998", "انثى"]])
    assert cli("init").returncode == 0
    assert cli("import", str(first), "--source", "Family", "--yes").returncode == 0
    r = cli("--json", "import", str(later), "--source", "NGO", "--dry-run")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)["rows"]
    assert row["match"] == "SNJ-00001"
    assert "mismatch" not in row["why"], row["why"]


def test_names_and_places_that_only_look_alike_are_read():
    # a name or place beginning or ending like those words is still read
    for text, f in (("لا يوجد", Field.MOTHER), ("N/A", Field.VILLAGE), ("?", Field.FATHER),
                    ("Unknown.", Field.FAMILY), ("nayê zanîn", Field.MOTHER),
                    ("na", Field.VILLAGE), ("Tune", Field.LAST_KNOWN_LOCATION)):
        assert not_said(text, f) is not None, text
    for text, f in (("لانا", Field.MOTHER), ("Nadia", Field.MOTHER), ("Nasir", Field.FATHER),
                    ("Xana", Field.VILLAGE), ("متوفية", Field.VILLAGE),
                    ("نازحة", Field.MOTHER), ("لا يوجد", Field.NOTES), ("Tune", Field.STATUS),
                    ("NA", Field.GIVEN), ("Tune", Field.MOTHER), ("No", Field.FATHER)):
        assert not_said(text, f) is None, text


def test_a_given_name_of_two_words_beside_an_unknown_father_stays_whole(cli, tmp_path):
    path = write_csv(tmp_path / "names.csv", ["الاسم", "اسم الاب", "اسم الجد"], [
        ["سارة", "خليل", "حسن"], ["نور جان", "لا يوجد", "-"], ["Gule Xan", "-", "-"]])
    assert cli("init").returncode == 0
    r = cli("--json", "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert not any("whole name" in w for row in rows for w in row["warnings"]), rows
