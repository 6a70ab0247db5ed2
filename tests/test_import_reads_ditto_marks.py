"""A ditto mark ('"', '〃', '=', '-=-', '//', «،،», «نفسه», "ditto") means the value of the same
column in the row above, after that row's own ditto (chains of them), and the row says so. Read
as "none / not known" it lost the sisters' father, grandfather and village; «نفسه» was stored
as a name («سلوى نفسه نفسه», village «نفسه»). A ditto with nothing above it is said and left
blank, a ditto under her given name is not copied, and the list's row keeps what its cell said.
Real files, the real command line, a real vault."""

from __future__ import annotations

import datetime as dt
import json

from app.importing.ditto import is_ditto
from app.importing.fields import Field
from tests.import_helpers import write_csv, write_xlsx

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "القرية"]


def _show(cli, case_no: str) -> dict:
    r = cli("--json", "person", "show", case_no)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _names(p: dict) -> tuple[str, ...]:
    n = p["names"]
    return tuple(n.get(k, {}).get("original", "") for k in ("given", "father", "grandfather"))


def test_each_ditto_mark_repeats_the_row_above(cli, tmp_path):
    marks = ['"', "〃", "=", "-=-", "=  =", "//", "،،", "نفسه", "=نفسه=", "ــ〃ــ", "كما فوق"]
    sisters = ["ريم", "روز", "سوسن", "سهى", "سمر", "سلوى", "سارة", "سناء", "سلمى", "سها", "سعاد"]
    rows = [["رنا", "سالم", "خديدة", "كوجو"]]
    rows += [[given, mark, mark, mark] for given, mark in zip(sisters, marks, strict=True)]
    path = write_csv(tmp_path / "family.csv", HEADER, rows)
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "Family", "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "not known" not in out, out
    for n, mark in enumerate(marks, 3):  # each names the row just above it: a chain
        assert f"warning row {n}: column B (اسم الاب): {mark!r} repeats row {n - 1}: 'سالم'" \
            in out, (mark, out)
        assert f"warning row {n}: column D (القرية): {mark!r} repeats row {n - 1}: 'كوجو'" in out
    for i, given in enumerate(["رنا", *sisters], 1):
        p = _show(cli, f"SNJ-{i:05d}")
        assert _names(p) == (given, "سالم", "خديدة"), p["names"]
        assert p["origin_village"] == "Kocho"
    # the list's row keeps what the cell said; the report names the row by its given name
    shown = cli("person", "show", "SNJ-00007").stdout
    assert "اسم الاب: // | اسم الجد: // | القرية: //" in shown, shown
    assert "row 8: سلوى: created SNJ-00007" in out, out


def test_a_ditto_with_nothing_to_repeat_is_said_and_left_blank(cli, tmp_path):
    path = write_csv(tmp_path / "family.csv", HEADER, [
        ["رنا", '"', "خديدة", "كوجو"],      # the first row: nothing above
        ["ريم", "سالم", "", "〃"],
        ["روز", "=", '"', '"'],              # the grandfather's cell above is blank
        ['"', "=", "=", "="],                # a ditto under the given name is not copied
    ])
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "Family", "--yes")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert ("warning row 2: column B (اسم الاب): '\"' repeats the cell above, but this is the "
            "list's first row: left blank") in out, out
    assert "warning row 4: column C (اسم الجد): '\"' repeats row 3, whose cell is blank: left " \
           "blank" in out, out
    assert "warning row 5: column A (الاسم): '\"' says the same as the row above, but who the " \
           "person is (a name of their own, a case number) is never copied" in out, out
    assert "warning row 3: column D (القرية): '〃' repeats row 2: 'كوجو'" in out, out
    first, second, third, fourth = (_show(cli, f"SNJ-{i:05d}") for i in range(1, 5))
    assert _names(first) == ("رنا", "", "خديدة")
    assert _names(second) == ("ريم", "سالم", "")
    assert _names(third) == ("روز", "سالم", "") and third["origin_village"] == "Kocho"
    assert _names(fourth) == ("", "سالم", "")  # her given name is not the sister's above


def test_dates_and_statuses_are_repeated_as_the_cell_above_held_them(cli, tmp_path):
    path = write_xlsx(tmp_path / "kocho.xlsx", [("Kocho", [
        ["Name", "Father", "Village", "Date of abduction", "Status"],
        ["Nadia", "Murad", "Kocho", dt.datetime(2014, 8, 15), "missing"],
        ["Jilan", "ditto", "do.", '"', "="],
        ["Layla", "Same as above", "same", "〃", '"'],
    ])])
    assert cli("init").returncode == 0
    done = cli("import", str(path), "--source", "NGO", "--yes")
    assert done.returncode == 0, done.stderr
    assert "warning row 4: column D (Date of abduction): '〃' repeats row 3: '2014-08-15'" \
        in done.stdout, done.stdout
    for case_no in ("SNJ-00002", "SNJ-00003"):
        p = _show(cli, case_no)
        assert p["names"]["father"]["latin"] == "Murad", p["names"]
        assert p["origin_village"] == "Kocho"
        assert p["abduction_date"]["earliest"] == "2014-08-15"
        assert p["current_status"] == "missing"


def test_a_withdrawn_row_read_again_keeps_what_its_dittos_repeated(cli, tmp_path):
    """A list imported at once keeps its rows only as written: read again alone, a row has no
    row above; what its dittos repeated is kept with the batch."""
    path = write_csv(tmp_path / "family.csv", HEADER,
                     [["رنا", "سالم", "خديدة", "كوجو"], ["ريم", '"', '"', '"']])
    assert cli("init").returncode == 0
    assert cli("import", str(path), "--source", "Family", "--yes").returncode == 0
    for args in (("review", "1", "--row", "3", "--withdraw"),
                 ("review", "1", "--row", "3", "--decide", "create")):
        r = cli(*args)
        assert r.returncode == 0, r.stderr
    made = _show(cli, "SNJ-00003")
    assert _names(made) == ("ريم", "سالم", "خديدة"), made["names"]
    assert made["origin_village"] == "Kocho"


def test_the_mapping_reads_a_column_of_dittos_by_its_names():
    """Five marks under one name are no column of 17% Arabic script (dry run's mapping)."""
    from app.importing.mapping import profile
    from app.importing.table import Column, Row, Table

    t = Table("f.csv", None, [Column(0, "اسم الاب", "اسم الاب")],
              [Row(n, (v,)) for n, v in enumerate(["سالم", '"', '"', "=", "〃", "نفسه"], 2)], 1)
    assert profile(t, 0).arabic == 1.0


def test_only_real_ditto_conventions_are_read_so():
    for text, f in (('"', Field.FATHER), ("''", Field.VILLAGE), ("//", Field.VILLAGE),
                    ("،،", Field.MOTHER), ("=", Field.STATUS), ("- = -", Field.FAMILY),
                    ("نفسه", Field.FATHER), ("«نفسه»", Field.VILLAGE), ("Ditto", Field.MOTHER),
                    ("do.", Field.FATHER), ("DO", Field.VILLAGE), ("same", Field.VILLAGE),
                    ("Heman", Field.DISTRICT), ("هەمان", Field.VILLAGE),
                    ("wek jor", Field.FATHER), ("وەک سەرەوە", Field.FATHER),
                    ("نفس الشيء", Field.GRANDFATHER), ("same as above", Field.FATHER)):
        assert is_ditto(text, f), (text, f)
    # a word for "same" that is also read as a name is a name in a name's column; a lone
    # mark is a none or a slip; '/ /' and '__/__/____' are blank dates; Samê is a name
    for text, f in (("Same", Field.FATHER), ("Heman", Field.MOTHER), ("هەمان", Field.FATHER),
                    ("Samê", Field.VILLAGE), ("/", Field.BIRTH), ("'", Field.VILLAGE),
                    ("-", Field.FATHER), ("/ /", Field.BIRTH), ("__/__/____", Field.BIRTH),
                    ("سروه", Field.MOTHER), ("سەرەوە", Field.MOTHER), ("نفيسة", Field.MOTHER),
                    ("Dosa", Field.FATHER), ("", Field.VILLAGE), ("=2", Field.VILLAGE)):
        assert not is_ditto(text, f), (text, f)


def test_a_row_read_again_alone_without_a_kept_reading_leaves_its_ditto_blank():
    """A row of a list imported before dittos were read, read again alone (withdrawn): no row
    above, no reading kept; «نفسه» is no father's name, and the row says why it is blank."""
    from app.domain.person import NamePart
    from app.importing.convert import Converter
    from app.importing.mapping import Mapping
    from app.importing.table import Column, Row, Table

    t = Table("f.csv", None, [Column(i, h, h) for i, h in enumerate(HEADER)],
              [Row(3, ("ريم", "نفسه", '"', "كوجو"))], 1)
    m = Mapping(columns=dict(zip(HEADER, (Field.GIVEN, Field.FATHER, Field.GRANDFATHER,
                                          Field.VILLAGE), strict=True)))
    got = Converter(t, m, known_dittos={}).convert(t.rows[0])
    assert NamePart.FATHER not in got.person.names or got.person.names[NamePart.FATHER].is_blank
    assert [str(w) for w in got.warnings][:2] == [
        f"column {c}: {s!r} repeats the row above, which this row, read again alone, does not "
        "have: left blank" for c, s in (("B (اسم الاب)", "نفسه"), ("C (اسم الجد)", '"'))]
    assert got.raw["اسم الاب"] == "نفسه"


def test_a_ditto_below_a_heading_or_the_header_again_is_said_and_left_blank(cli, tmp_path):
    """A review: a list of pages pasted together repeats its header; a ditto under it took
    "Father" as her father and "Village" as her village. A tester: under «عائلة الياس حسن» a
    ditto took the last family's father. Another family may begin there: said, left blank."""
    path = write_csv(tmp_path / "pages.csv", ["Name", "Father", "Village"], [
        ["Leyla", "Xidir", "Kocho"], ["Name", "Father", "Village"], ["Nadia", '"', '"'],
        ["Family of Elias Hasan", "", ""], ["Samira", "نفسه", "نفسه"]])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    for row, said, above in ((4, '\'"\'', 3), (6, "'نفسه'", 5)):
        assert (f"row {row}: column B (Father): {said} repeats the row above, row {above}, which "
                "is a heading, not a person: left blank") in done.stdout, done.stdout
    for case_no in ("SNJ-00002", "SNJ-00003"):
        p = _show(cli, case_no)
        assert "father" not in p["names"] and p["origin_village"] == "", p


def test_slashes_in_a_date_column_are_no_ditto(cli, tmp_path):
    """A review: '//' is what a day, month and year left empty make in a date column; read as
    a ditto it gave Nadia the birth and abduction dates of Leyla, of another family."""
    path = write_csv(tmp_path / "dates.csv", ["Name", "Father", "Born", "Abducted", "Village"], [
        ["Leyla", "Xidir", "3/5/1998", "3/8/2014", "Kocho"],
        ["Nadia", "Hesen", "//", "//", "//"]])
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("import", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    assert "column E (Village): '//' repeats row 2: 'Kocho'" in done.stdout, done.stdout
    nadia = _show(cli, "SNJ-00002")
    assert nadia["birth"]["text"] == "" and nadia["abduction_date"]["text"] == "", nadia
    assert is_ditto("//", Field.VILLAGE) and not is_ditto("//", Field.BIRTH)
