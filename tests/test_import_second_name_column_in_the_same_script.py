"""NGO lists give each name twice in one script: Kurmanji and English (Nav, Name; Bav, Father),
Arabic and Sorani (الاسم, ناو; اسم الاب, ناوی باوک). The second column was ignored: a woman
named only there was rejected for "no name in any name column", another became a woman without
a given name, and the dry run's summary counted the cells it dropped short. Now where the first
column is blank the second column's value is her name, and where both hold one and they
differ the other is kept as another spelling (her own name's as an alias, a forebear's inside
an alias of her whole name), said on the row."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing import notes
from app.importing.fields import Field
from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, write_csv, write_xlsx

LISTS = {
    # Kurmanji and English headers, both in Latin letters
    "latin": (["Nav", "Name", "Bav", "Father", "Bapîr", "Grandfather", "Zayend"], [
        ["Zêrîn", "Zerin", "Xelef", "Khalaf", "Reşo", "Rasho", "mê"],
        ["", "Hadiya", "", "Khalaf", "", "Rasho", "mê"],
        ["", "Bushra", "Xelef", "", "Reşo", "", "mê"],
        ["Soz", "", "Xelef", "Khalaf", "Reşo", "Reşo", "mê"]]),
    # Arabic and Sorani headers, both in Arabic script
    "arabic": (["الاسم", "ناو", "اسم الاب", "ناوی باوک", "اسم الجد", "ناوی باپیر", "الجنس"], [
        ["فيان", "ڤیان", "جميل", "جەمیل", "رشو", "ڕەشۆ", "انثى"],
        ["", "ژیان", "", "ڕەشید", "", "خدێدە", "انثى"],
        ["هيفي", "", "سليمان", "", "حسن", "", "انثى"],
        ["سوز", "", "خلف", "خەلەف", "رشو", "رشو", "انثى"]]),
}


@pytest.fixture
def session(tmp_path):
    s = new_vault(tmp_path / "vault")
    yield s
    s.close()


def _staged(session, path):
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    return svc, plan, svc.stage_rows(plan)


def _warnings(r) -> list[str]:
    return [str(w) for w in notes.loads(r.warnings_json)]


def _write(tmp_path, kind, header, rows):
    if kind == "xlsx":
        return write_xlsx(tmp_path / "list.xlsx", [("List", [header, *rows])])
    return write_csv(tmp_path / "list.csv", header, rows)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("script", ["latin", "arabic"])
def test_each_name_columns_second_column_feeds_the_same_name_part(session, tmp_path, script,
                                                                  kind):
    header, rows = LISTS[script]
    _svc, plan, staged = _staged(session, _write(tmp_path, kind, header, rows))
    parts = [Field.GIVEN, Field.GIVEN, Field.FATHER, Field.FATHER, Field.GRANDFATHER,
             Field.GRANDFATHER, Field.SEX]
    assert [plan.mapping.columns[h] for h in header] == parts
    assert f"in the same script as '{header[0]}'" in str(plan.mapping.reasons[header[1]])
    assert f"in the same script as '{header[2]}'" in str(plan.mapping.reasons[header[3]])
    assert [r.outcome for r in staged] == ["new"] * 4  # none rejected for "no name"
    slot = "original" if script == "arabic" else "latin"

    def part(r, p):
        return getattr(r.person.names.get(p), slot, "") if r.person.names.get(p) else ""

    # the first column's name where it has one, else the second column's
    for r, row in zip(staged, rows, strict=True):
        assert part(r, NamePart.GIVEN) == (row[0] or row[1])
        assert part(r, NamePart.FATHER) == (row[2] or row[3])
        assert part(r, NamePart.GRANDFATHER) == (row[4] or row[5])


@pytest.mark.parametrize("script", ["latin", "arabic"])
def test_two_columns_that_differ_keep_the_first_and_the_other_as_an_alias(session, tmp_path,
                                                                        script):
    header, rows = LISTS[script]
    _svc, _plan, staged = _staged(session, _write(tmp_path, "csv", header, rows))
    first, second, fourth = staged[0], staged[1], staged[3]
    # her own given name's other spelling is an alias; her father's and grandfather's other
    # spellings are inside her whole name as the second columns write it
    given2, father2, grand2 = rows[0][1], rows[0][3], rows[0][5]
    assert first.person.aliases == [given2, f"{given2} {father2} {grand2}"]
    said = _warnings(first)
    assert any(f"{given2!r} differs from {rows[0][0]!r} in column A" in w
               and "kept as the given name" in w and "as an alias" in w for w in said), said
    assert any(f"{father2!r} differs from {rows[0][2]!r} in column C" in w
               and "inside an alias of the whole name" in w for w in said), said
    # blank first columns: the second column's names are hers, with nothing else to say
    assert second.person.aliases == [] and _warnings(second) == []
    # only the father differs: her given name heads the alias of her whole name
    assert fourth.person.aliases == [f"{rows[3][0]} {rows[3][3]} {rows[3][4]}"]


def test_a_second_mothers_column_fills_her_mothers_name_and_a_different_one_is_said(
        session, tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Nav", "Dayik", "Mother"],
                     [["Zêrîn", "", "Shami"], ["Soz", "Şemê", "Shami"]])
    _svc, plan, staged = _staged(session, path)
    assert plan.mapping.columns["Mother"] == Field.MOTHER
    assert [r.person.names[NamePart.MOTHER].latin for r in staged] == ["Shami", "Şemê"]
    assert staged[1].person.aliases == []  # her mother's name is no name of hers
    assert any("'Shami' stays in the list's row only" in w for w in _warnings(staged[1]))


def test_the_dry_run_says_where_each_column_went_and_rejects_no_one(tmp_path):
    header, rows = LISTS["arabic"]
    path = write_csv(tmp_path / "list.csv", header, rows)
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    r = cli(tmp_path, "import", str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "  ناو -> given  (header 'ناو' matches 'ناو' (100% Arabic script: original script); " \
           "also given, in the same script as 'الاسم'" in r.stdout
    assert "  ناوی باوک -> father  (" in r.stdout
    assert "not imported: column" not in r.stdout
    assert "rejected" not in r.stdout.split("Rows:")[1].split("In all")[0]
    assert "column B (ناو): 'ڤیان' differs from 'فيان' in column A (الاسم)" in r.stdout
    assert "0 rejected" in r.stdout


def test_a_column_headed_only_partly_as_a_name_is_still_left_out(session, tmp_path):
    """Name of camp holds no name of hers: the second column must be headed as the part."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Name of camp"], [["Zerin", "Sharya"]])
    _svc, plan, staged = _staged(session, path)
    assert plan.mapping.columns["Name of camp"] == Field.IGNORE
    assert staged[0].person.aliases == []


def test_after_the_import_her_record_holds_the_second_columns_spellings(session, tmp_path):
    header, rows = LISTS["latin"]
    svc, plan, staged = _staged(session, write_csv(tmp_path / "list.csv", header, rows))
    svc.commit(svc.stage(plan, staged))
    persons = [session.persons.get_by_id(s.id) for s in session.persons.list()]
    by_given = {p.name(NamePart.GIVEN).latin: p for p in persons}
    assert set(by_given) == {"Zêrîn", "Hadiya", "Bushra", "Soz"}
    assert by_given["Hadiya"].name(NamePart.FATHER).latin == "Khalaf"
    assert by_given["Zêrîn"].aliases == ["Zerin", "Zerin Khalaf Rasho"]


def test_the_desktop_says_the_new_warnings_and_reasons_in_its_language(qapp, new_translations):
    from app.importing import reasons
    from app.importing.notes import Note
    from app.importing.pieces import Letter, Quoted, Word
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    said = [Note(t, Letter("B", "Name"), Quoted("Zerin"), Quoted("Zêrîn"), Letter("A", "Nav"),
                 Word("part", "given"), Quoted("Zerin Khalaf"))
            for t in (notes.OTHER_COLUMN_ALIAS, notes.OTHER_COLUMN_WHOLE, notes.OTHER_COLUMN_ROW)]
    said += [reasons.then(reasons.reason(reasons.HEADER, Quoted("Name"), Quoted("name")), t,
                          reasons.field("given"), Quoted("Nav"))
             for t in (reasons.SECOND_OWN, reasons.SECOND_FOREBEAR, reasons.SECOND_FULL,
                       reasons.SECOND_MOTHER)]
    try:
        for lang in ("ar", "ckb", "kmr"):
            apply_language(qapp, lang)
            for s in said:
                text = sentence_said(s)
                assert "differs from" not in text and "same script" not in text, (lang, text)
    finally:
        apply_language(qapp, "en")


def test_a_column_left_out_by_hand_counts_the_cells_of_rows_rejected_without_it(tmp_path):
    """The summary counted only the rows imported: 'ناو', 1 cell with a value, where the
    column held 2 and the woman named only there was rejected for want of it."""
    header, rows = LISTS["arabic"]
    path = write_csv(tmp_path / "list.csv", header[:4] + header[6:],
                     [row[:4] + row[6:] for row in rows])
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"الاسم": "given", "ناو": "ignore", "اسم الاب": "father", '
                       '"ناوی باوک": "ignore", "الجنس": "sex"}}', "utf-8")
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    r = cli(tmp_path, "import", str(path), "--mapping", str(mapping), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "row 3: rejected: no name in any name column" in r.stdout
    assert "not imported: column 'ناو', 2 cells with a value" in r.stdout
    assert "not imported: column 'ناوی باوک', 3 cells with a value" in r.stdout
    assert "ناو -> ignore  (mapping file m.json; it leaves this column out, but it would now " \
           "be taken as given" in r.stdout


def test_a_parts_own_column_wins_over_a_full_names_split(session, tmp_path):
    """A review: the split of a full name came first and kept the slot, so the list's own Clan
    or Father column went into an alias, and a Kurmanji Nav and Bav lost to an English full
    name ("Nadia Khalaf Rasho Haji" beside Clan "Haskani": family Haji)."""
    for header, cells, want in (
            (["No", "Full name", "Clan"], ["1", "Nadia Khalaf Rasho Haji", "Haskani"],
             {NamePart.FAMILY: "Haskani"}),
            (["No", "Full name", "Father"], ["1", "Layla Hasan", "Hussein"],
             {NamePart.GIVEN: "Layla", NamePart.FATHER: "Hussein"}),
            (["No", "Nav", "Bav", "Name"], ["1", "Nadiya", "Xelef", "Nadia Khalaf Rasho"],
             {NamePart.GIVEN: "Nadiya", NamePart.FATHER: "Xelef"})):
        path = write_csv(tmp_path / "list.csv", header, [cells])
        _svc, _plan, (row,) = _staged(session, path)
        got = {part: row.person.name(part).latin for part in want}
        assert got == want, (header, got, row.person.aliases)


def test_a_row_without_a_given_name_gets_no_alias_of_her_fathers_name_alone(session, tmp_path):
    """A review: with no given name, the whole name of the second columns was her father's
    name alone ('Khidir'), stored as a name she goes by."""
    path = write_csv(tmp_path / "list.csv", ["No", "Nav", "Name", "Bav", "Father"],
                     [["1", "Şîrîn", "Shirin", "Hisên", "Hussein"], ["2", "", "", "Xidir", "Khidir"]])
    _svc, _plan, (_shirin, nameless) = _staged(session, path)
    assert nameless.person.name(NamePart.FATHER).latin == "Xidir"
    assert nameless.person.aliases == []
    assert any("'Khidir' stays in the list's row only" in w for w in _warnings(nameless))


def test_brackets_and_aka_in_a_given_names_column_keep_it_a_given_names_column(session,
                                                                               tmp_path):
    """A tester: a few Nav cells with a second spelling in brackets or a name after aka raised
    its words to 1.8 a cell, Nav was read as full names, and the Name column beside it was
    left out: Layla, named only there, became a woman with no given name."""
    path = write_xlsx(tmp_path / "ngo.xlsx", [("List", [
        ["Nav", "Name", "Bav", "Father"],
        ["Şîrîn", "Shirin", "Hisên", "Hussein"], ["Nadiya (Nadiye)", "Nadia", "Xelîl", "Khalil"],
        ["Gulê aka Dayka Seîd", "Gule", "Reşo", "Rasho"], ["", "Layla", "Hesen", "Hasan"],
        ["Jînan", "Jinan", "Seîd", "Saeed"], ["Viyan", "Vian", "Elî", "Ali"]])])
    _svc, plan, rows = _staged(session, path)
    assert plan.mapping.columns["Nav"] is Field.GIVEN and plan.mapping.columns["Name"] is Field.GIVEN
    assert rows[3].person.name(NamePart.GIVEN).latin == "Layla"


def test_two_columns_of_full_names_in_one_script_both_feed_her_name(session, tmp_path):
    """A tester: Nav and Name both holding whole names (Kurmanji and English) were read as
    full names, and Name was left out: Layla, named only there, was rejected "no name"."""
    path = write_xlsx(tmp_path / "ngo.xlsx", [("List", [
        ["Nav", "Name", "Gund"],
        ["Şîrîn Hisên Qasim", "Shirin Hussein Qasim", "Koço"],
        ["Nadiya Xelîl Elî", "Nadia Khalil Ali", "Koço"],
        ["", "Layla Hasan Murad", "Koço"]])])
    _svc, plan, rows = _staged(session, path)
    assert plan.mapping.columns["Name"] is Field.FULL_NAME
    layla = rows[2]
    assert layla.outcome != "rejected" and layla.person.name(NamePart.GIVEN).latin == "Layla"
    assert rows[0].person.name(NamePart.GIVEN).latin == "Şîrîn"
    assert "Shirin" in rows[0].person.aliases
