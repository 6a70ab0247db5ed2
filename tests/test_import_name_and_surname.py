"""A four-part name over its columns: 'الاسم الرباعي' (given, father, grandfather and
great-grandfather, as Iraqi usage has it) over four, 'الاسم الرباعي واللقب' (the four-part name
and the surname) over five. Her given, father's, grandfather's and family names are read; the
great-grandfather's, which a record has no place for, is named as not imported, never dropped
without a word, and never taken for her clan."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing import read_table
from app.importing.convert import Converter
from app.importing.fields import Field
from app.importing.mapping import suggest
from tests.import_helpers import cli, new_vault, write_csv

WORD = "الاسم الرباعي واللقب"
ROWS = [["سلوى", "سلو", "محمود", "حسن", "جيلكي", "بورك"],
        ["نسرين", "سلو", "محمود", "حسن", "جيلكي", "بورك"]]


def _spread(path, merged: bool, word: str = WORD, rows: list[list[str]] = ROWS,
            after: tuple[str, ...] = ("القرية",)):
    """word over the name's columns (as many as a row has before `after`): merged across
    them in a workbook; or, as a CSV of that sheet, typed in the first with the rest blank."""
    width = len(rows[0]) - len(after)
    header = [word] + [""] * (width - 1) + list(after)
    if not merged:
        return write_csv(path, header, rows)
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([v or None for v in header])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _path(tmp_path, merged, **kw):
    return _spread(tmp_path / ("list.xlsx" if merged else "list.csv"), merged, **kw)


@pytest.mark.parametrize("merged", [True, False])
def test_five_columns_under_the_four_part_name_and_surname_are_its_parts(tmp_path, merged):
    """Over five columns only the first was read, as her full name, and the other four
    were left out: she was made again under a one-word name."""
    t = read_table(str(_path(tmp_path, merged)))
    assert t.headers == [f"{WORD} / {n}" for n in range(1, 6)] + ["القرية"]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.IGNORE, Field.FAMILY, Field.VILLAGE]
    assert m.reasons[t.headers[4]] == (
        f"header '{WORD} / 5': part 5 of the name under '{WORD}' (100% Arabic script: "
        "original script)")
    assert m.reasons[t.headers[3]] == (
        f"header '{WORD} / 4': part 4 of the name under '{WORD}' is the great-grandfather's "
        "name, which a record has no place for; not imported (kept with the list's rows)")
    rows = [Converter(t, m).convert(r) for r in t.rows]
    sister = rows[1].person
    assert [sister.name(p).original for p in (NamePart.GIVEN, NamePart.FATHER,
                                              NamePart.GRANDFATHER, NamePart.FAMILY)] == [
        "نسرين", "سلو", "محمود", "جيلكي"]
    assert rows[1].raw[f"{WORD} / 4"] == "حسن"  # kept with the list's row


@pytest.mark.parametrize("merged", [True, False])
def test_the_dry_run_names_the_great_grandfathers_column_as_not_imported(tmp_path, merged):
    new_vault(tmp_path / "vault").close()
    r = cli(tmp_path, "import", str(_path(tmp_path, merged)), "--dry-run", "--source", "test")
    assert r.returncode == 0, r.stderr
    assert f"  not imported: column '{WORD} / 4', 2 cells with a value (kept with the list's " \
           "rows)\n" in r.stdout
    assert f"  {WORD} / 5 -> family  (" in r.stdout


FOUR = "الاسم الرباعي"
FOUR_ROWS = [r[:4] + r[5:] for r in ROWS]  # سلوى سلو محمود حسن: no clan


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("word", [FOUR, "Four-part name", "ناوی چواری"])
def test_four_columns_under_the_four_part_name_end_with_the_great_grandfather(
        tmp_path, merged, word):
    """The four-part name is given, father, grandfather and great-grandfather; its fourth
    column was read as her family name, so حسن, a great-grandfather, became the clan of
    Salwa and her sister, and a known woman of the clan جيلكي looked like another."""
    t = read_table(str(_path(tmp_path, merged, word=word, rows=FOUR_ROWS)))
    assert t.headers == [f"{word} / {n}" for n in range(1, 5)] + ["القرية"]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.IGNORE, Field.VILLAGE]
    assert m.reasons[t.headers[3]] == (
        f"header '{word} / 4': part 4 of the name under '{word}' is the great-grandfather's "
        "name, which a record has no place for; not imported (kept with the list's rows)")
    row = Converter(t, m).convert(t.rows[1])
    assert [row.person.name(p).original for p in (NamePart.GIVEN, NamePart.FATHER,
                                                  NamePart.GRANDFATHER)] == [
        "نسرين", "سلو", "محمود"]
    assert row.person.name(NamePart.FAMILY).is_blank
    assert row.raw[f"{word} / 4"] == "حسن"  # kept with the list's row


@pytest.mark.parametrize("merged", [True, False])
def test_the_dry_run_names_the_four_part_names_fourth_column_as_not_imported(tmp_path, merged):
    new_vault(tmp_path / "vault").close()
    r = cli(tmp_path, "import", str(_path(tmp_path, merged, word=FOUR, rows=FOUR_ROWS)),
            "--dry-run", "--source", "test")
    assert r.returncode == 0, r.stderr
    assert f"  not imported: column '{FOUR} / 4', 2 cells with a value (kept with the list's " \
           "rows)\n" in r.stdout
    assert f"  {FOUR} / 4 -> ignore  (header '{FOUR} / 4': part 4 of the name under " \
           f"'{FOUR}' is the great-grandfather's name" in r.stdout


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("clan", ["اللقب", "Family", "Clan", "العشيرة"])
def test_a_fourth_column_headed_as_the_clan_beside_the_four_part_name_is_her_family_name(
        tmp_path, merged, clan):
    """'الاسم الرباعي' over three columns and the clan headed on its own: the list says which
    column is her family name, and it stays hers."""
    rows = [r[:3] + r[4:] for r in ROWS]  # سلوى سلو محمود جيلكي بورك
    t = read_table(str(_path(tmp_path, merged, word=FOUR, rows=rows,
                             after=(clan, "القرية"))))
    assert t.headers == [f"{FOUR} / 1", f"{FOUR} / 2", f"{FOUR} / 3", clan, "القرية"]
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.VILLAGE]
    assert Converter(t, m).convert(t.rows[0]).person.name(NamePart.FAMILY).original == "جيلكي"


def test_the_four_part_names_parts_numbered_under_it_end_with_the_great_grandfather(tmp_path):
    """'الاسم الرباعي' merged over الاول / الثاني / الثالث / الرابع, then اللقب: the fourth is
    the great-grandfather, the clan is the column headed so."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([FOUR, None, None, None, "اللقب"])
    ws.append(["الاول", "الثاني", "الثالث", "الرابع", None])
    ws.merge_cells("A1:D1")
    ws.merge_cells("E1:E2")
    for r in ROWS:
        ws.append(r[:5])
    wb.save(tmp_path / "list.xlsx")
    t = read_table(str(tmp_path / "list.xlsx"))
    assert t.headers[3] == f"{FOUR} / الرابع"
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.IGNORE, Field.FAMILY]
    assert "great-grandfather" in m.reasons[t.headers[3]]


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("word, width, parts", [
    ("الاسم الثلاثي", 3, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER]),
    # a full name that says nothing of its parts keeps the reading it had: the family last
    ("Full name", 4, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY]),
    ("الاسم الثلاثي واللقب", 4, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY])])
def test_other_full_name_headers_over_their_columns_read_as_before(tmp_path, merged, word,
                                                                    width, parts):
    rows = [r[:3] + r[4:] for r in ROWS]
    rows = [r[:width] + r[-1:] for r in rows]
    t = read_table(str(_path(tmp_path, merged, word=word, rows=rows)))
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [*parts, Field.VILLAGE]


def test_six_columns_under_one_name_are_something_else_and_stay_as_they_were(tmp_path):
    path = write_csv(tmp_path / "list.csv", [WORD, "", "", "", "", "", "القرية"],
                     [[*r[:5], "x", r[5]] for r in ROWS])
    assert f"{WORD} / 6" not in read_table(str(path)).headers


@pytest.mark.parametrize("word", ["الاسم الرباعي", "Full name"])
def test_five_columns_under_a_header_that_names_no_surname_are_not_read_as_five_parts(
        tmp_path, word):
    """'الاسم الرباعي' (four parts) over five one-word columns: the fifth is something the
    header does not name (a mother's name, a village), not her family name; read as five
    parts, her fourth name was dropped and the fifth became her clan."""
    path = write_csv(tmp_path / "list.csv", [word, "", "", "", "", "القرية"], ROWS)
    assert f"{word} / 5" not in read_table(str(path)).headers


def test_a_saved_mapping_that_takes_the_fourth_part_for_her_clan_says_what_it_may_be(tmp_path):
    """A source's mapping saved before the fourth part was read as the great-grandfather kept
    him as her clan on every later list, with no word: the saved choice stands (the lawyer
    may have chosen it), and now says so beside the column."""
    from app.importing.mapping import Mapping

    t = read_table(str(_path(tmp_path, False, word=FOUR, rows=FOUR_ROWS)))
    saved = Mapping(columns=dict(zip(t.headers, [Field.GIVEN, Field.FATHER, Field.GRANDFATHER,
                                                  Field.FAMILY, Field.VILLAGE], strict=True)))
    m = suggest(t, saved)
    assert m.columns[t.headers[3]] == Field.FAMILY
    assert str(m.reasons[t.headers[3]]).endswith(
        f"; part 4 of the name under '{FOUR}' is the great-grandfather's name as a four-part "
        "name is read now: if so, leave this column out")


# One cell: the four-part name typed whole under its header.
CELL_ROWS = [["نادية خليل حسن علي", "كوجو"],       # the fourth a great-grandfather
             ["سارة خديدة حجي الحسكاني", "كوجو"],   # three names and the clan
             ["ليلى مراد طه حجي القيراني", "كوجو"]]  # four names and the clan


def _cell_parts(tmp_path, header: str, rows=CELL_ROWS, extra: tuple[str, ...] = ()):
    path = write_csv(tmp_path / "list.csv", [header, *extra, "القرية"], rows)
    t = read_table(str(path))
    m = suggest(t)
    conv = Converter(t, m)
    return m, [{p: conv.convert(r).person.name(p) for p in (
        NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)}
        for r in t.rows], t


@pytest.mark.parametrize("header", [FOUR, WORD, "ناوی چواری"])
def test_a_four_part_name_in_one_cell_ends_with_the_great_grandfather(tmp_path, header):
    """'نادية خليل حسن علي' under 'الاسم الرباعي' made علي, her great-grandfather, her clan: a
    known woman of another clan's record looked like another woman's, and her sisters' did not."""
    m, rows, t = _cell_parts(tmp_path, header)
    assert m.columns[header] == Field.FULL_NAME
    first = rows[0]
    assert [first[p].original for p in (NamePart.GIVEN, NamePart.FATHER,
                                        NamePart.GRANDFATHER)] == ["نادية", "خليل", "حسن"]
    assert first[NamePart.FAMILY].is_blank
    assert "the fourth is the great-grandfather's name, which a record has no place for: not " \
           "imported (kept with the list's rows)" in str(m.reasons[header])
    conv = Converter(t, m)
    assert conv.convert(t.rows[0]).raw[header] == "نادية خليل حسن علي"  # the row keeps him


@pytest.mark.parametrize("header", [FOUR, WORD])
def test_a_clan_name_after_three_names_under_the_four_part_name_is_her_family_name(tmp_path,
                                                                                   header):
    """Lists write three names and the clan under 'الاسم الرباعي' too: a word only a clan name
    is shaped like (the article and -ي) stays her family name."""
    _, rows, _ = _cell_parts(tmp_path, header)
    assert rows[1][NamePart.GRANDFATHER].original == "حجي"
    assert rows[1][NamePart.FAMILY].original == "الحسكاني"


@pytest.mark.parametrize("header", [FOUR, WORD])
def test_a_five_word_four_part_name_has_the_fifth_for_her_clan(tmp_path, header):
    """'ليلى مراد طه حجي القيراني': حجي, her great-grandfather, and the clan became one family
    name 'حجي القيراني', which agrees with no record of the clan."""
    _, rows, _ = _cell_parts(tmp_path, header)
    assert rows[2][NamePart.GRANDFATHER].original == "طه"
    assert rows[2][NamePart.FAMILY].original == "القيراني"


def test_a_latin_name_beside_the_four_part_name_is_read_alike(tmp_path):
    """The row's Latin spelling of her name is the same four names: its fourth is no more her
    clan than the Arabic one's (one person never gets a word as a name in one script and as
    her clan in the other)."""
    path = write_csv(tmp_path / "list.csv", [FOUR, "Full name", "القرية"],
                     [["نادية خليل حسن علي", "Nadia Khalil Hassan Ali", "كوجو"]])
    t = read_table(str(path))
    m = suggest(t)
    assert m.columns["Full name"] == Field.FULL_NAME
    p = Converter(t, m).convert(t.rows[0]).person
    assert p.name(NamePart.GRANDFATHER).latin == "Hassan"
    assert p.name(NamePart.FAMILY).is_blank


@pytest.mark.parametrize("header", ["الاسم الكامل", "Full name"])
def test_a_full_name_header_that_says_nothing_of_its_parts_keeps_the_fourth_as_family(
        tmp_path, header):
    _, rows, _ = _cell_parts(tmp_path, header)
    assert rows[0][NamePart.FAMILY].original == "علي"
    assert rows[2][NamePart.FAMILY].original == "حجي القيراني"
