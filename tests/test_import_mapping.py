"""Column suggestions in three languages, full-name splitting, dates, and value normalisation."""

from datetime import date
from pathlib import Path

import pytest

from app.domain.person import NamePart, Sex, Status
from app.importing import read_table
from app.importing.convert import Converter
from app.importing.fields import Field, field_for_header
from app.importing.mapping import Mapping, suggest
from app.importing.names import split_full_name
from app.importing.table import Column, Row, Table
from app.importing.values import sex_of, status_of, village_map
from tests.import_helpers import write_csv

FIX = Path(__file__).parent / "fixtures" / "import"


@pytest.mark.parametrize("header, field", [
    ("name", Field.GIVEN), ("الاسم", Field.GIVEN), ("nav", Field.GIVEN), ("ناو", Field.GIVEN),
    ("Father", Field.FATHER), ("اسم الأب", Field.FATHER), ("bav", Field.FATHER),
    ("باوک", Field.FATHER), ("Father's name (Latin)", Field.FATHER),
    ("village", Field.VILLAGE), ("القرية", Field.VILLAGE), ("gund", Field.VILLAGE),
    ("گوند", Field.VILLAGE), ("اسم الجد", Field.GRANDFATHER), ("Bapîr", Field.GRANDFATHER),
    ("الجنس", Field.SEX), ("Zayend", Field.SEX), ("تاريخ الميلاد", Field.BIRTH),
    ("Date of abduction", Field.ABDUCTION_DATE), ("الحالة", Field.STATUS), ("Rewş", Field.STATUS),
    ("ناوی دایک", Field.MOTHER), ("Full name", Field.FULL_NAME), ("الاسم الثلاثي", Field.FULL_NAME),
    ("ت", Field.SERIAL), ("No.", Field.SERIAL), ("Dîroka jidayikbûnê", Field.BIRTH),
    ("ساڵی لەدایکبوون", Field.BIRTH), ("Nîşe", Field.NOTES), ("تێبینی", Field.NOTES),
    ("Mother's full name", Field.MOTHER), ("الاسم الثلاثي للأم", Field.MOTHER),
    ("Name of the abducted", Field.FULL_NAME), ("اسم المختطفة", Field.FULL_NAME),
    ("Rewşa niha", Field.STATUS), ("دۆخی ئێستا", Field.STATUS),
    ("بەرواری ڕفاندن", Field.ABDUCTION_DATE), ("ڕێکەوتی ڕفاندن", Field.ABDUCTION_DATE),
    # "A / B" headers: under a name group the label decides; any other is read whole.
    ("الاسم / الأب", Field.FATHER), ("Name / First", Field.GIVEN),
    ("Date of birth / Age", Field.BIRTH), ("التولد / العمر", Field.BIRTH),
    ("Mother / Name", Field.MOTHER), ("Status / Notes", Field.STATUS),
    ("Name and phone", Field.GIVEN),
    # "name and surname" is one column holding the whole name, in every language; a surname
    # alone is her family name, and نازناو alone a nickname
    ("Nav û paşnav", Field.FULL_NAME), ("Nav u pasnav", Field.FULL_NAME),
    ("ناو و پاشناو", Field.FULL_NAME), ("ناو و نازناو", Field.FULL_NAME),
    ("Name and surname", Field.FULL_NAME), ("الاسم واللقب", Field.FULL_NAME),
    ("Paşnav", Field.FAMILY), ("Surname", Field.FAMILY), ("نازناو", Field.NICKNAME),
    # "taken" is how English lists of the abducted say it
    ("Date taken", Field.ABDUCTION_DATE), ("Date kidnapped", Field.ABDUCTION_DATE),
])
def test_header_names_in_english_arabic_and_kurdish(header, field):
    assert field_for_header(header)[0] is field


def test_unknown_header_is_not_guessed():
    assert field_for_header("Blood group") is None  # (a telephone is a field now: phone)


def test_suggestions_for_a_real_arabic_list():
    t = read_table(str(FIX / "xlwt_arabic.xls"))
    m = suggest(t)
    assert [m.columns[h] for h in t.headers] == [
        Field.SERIAL, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.SEX,
        Field.BIRTH, Field.VILLAGE]
    assert "original script" in m.reasons["الاسم"]


def test_content_decides_when_headers_say_nothing(tmp_path):
    p = tmp_path / "anon.csv"
    p.write_text("A,B,C\nخليل حسن علي,انثى,x\nنادية باسي طه,ذكر,y\nسميرة مراد قاسم,F,z\n", "utf-8")
    m = suggest(read_table(str(p)))
    assert m.columns == {"A": Field.FULL_NAME, "B": Field.SEX, "C": Field.IGNORE}
    assert "Arabic script" in m.reasons["A"] and "original script" in m.reasons["A"]


def test_name_column_holding_full_names_becomes_full_name():
    t = read_table(str(FIX / "libreoffice.ods"))
    assert suggest(t).columns["Full name"] is Field.FULL_NAME


def test_saved_mapping_wins_and_survives_json():
    t = read_table(str(FIX / "tsv_kurmanji.tsv"))
    saved = Mapping.from_json(Mapping({"Nav": Field.NICKNAME}, values={"sex": {"x": "F"}})
                              .to_json())
    m = suggest(t, saved)
    assert m.columns["Nav"] is Field.NICKNAME and m.columns["Gund"] is Field.VILLAGE
    assert m.values == {"sex": {"x": "F"}}


def test_mapping_columns_the_sheet_lacks_are_shown_and_kept():
    t = read_table(str(FIX / "tsv_kurmanji.tsv"))
    m = suggest(t, Mapping({"Nav": Field.GIVEN, "Navê tevahi": Field.FULL_NAME}))
    assert m.absent == {"Navê tevahi": Field.FULL_NAME}
    assert "Navê tevahi -> full_name  (in the mapping, but this sheet has no such column)" \
        in m.describe()
    assert Mapping.from_json(m.to_json()).columns["Navê tevahi"] is Field.FULL_NAME


def test_two_scripts_of_one_part_both_kept_third_a_second_column(tmp_path):
    """A third column headed as the given name, in the script of one of the two, feeds it too:
    where the first is blank it is her name, else another spelling (test_import_second_name_
    column_in_the_same_script.py)."""
    p = tmp_path / "two.csv"
    p.write_text("الاسم,Name,First name\nخليل,Khalil,K\n", "utf-8")
    m = suggest(read_table(str(p)))
    assert (m.columns["الاسم"], m.columns["Name"], m.columns["First name"]) == (
        Field.GIVEN, Field.GIVEN, Field.GIVEN)
    assert "in the same script as 'Name'" in m.reasons["First name"]
    assert "same script" not in m.reasons["Name"]


@pytest.mark.parametrize("text, parts", [
    ("خليل حسن علي الدخي", ("خليل", "حسن", "علي", "الدخي")),
    ("Nadia Basi Taha", ("Nadia", "Basi", "Taha", None)),
    ("نادية باسي الدخي", ("نادية", "باسي", None, "الدخي")),
    ("عبد الله محمد", ("عبد الله", "محمد", None, None)),
    ("Xelîl", ("Xelîl", None, None, None)),
    ("Samira Murad Qasim Al Dakhi Sheikh", ("Samira", "Murad", "Qasim", "Al Dakhi Sheikh")),
    # Given names that begin with ال (Elias, Ilham, Almas) are names in their place, not clans.
    ("خليل الياس", ("خليل", "الياس", None, None)),
    ("سارة خديدة الياس", ("سارة", "خديدة", "الياس", None)),
    ("الهام خلف الماس", ("الهام", "خلف", "الماس", None)),
    ("نادية إلياس", ("نادية", "إلياس", None, None)),
    ("Khalil Elias", ("Khalil", "Elias", None, None)),
    ("Sara Khdeda Ilyas", ("Sara", "Khdeda", "Ilyas", None)),
    ("Ilham Khalaf Almas", ("Ilham", "Khalaf", "Almas", None)),
    # A clan or family name has the form of one: ال and a nisba ending (-ي -ية -ى -اني -وي).
    ("سارة خديدة الحسكاني", ("سارة", "خديدة", None, "الحسكاني")),
    ("ليلى قاسم القيراني", ("ليلى", "قاسم", None, "القيراني")),
    ("نادية خلف الجبورى", ("نادية", "خلف", None, "الجبورى")),
    ("جميلة الياس الحسكانية", ("جميلة", "الياس", None, "الحسكانية")),
    ("خليل الدخي", ("خليل", None, None, "الدخي")),
    ("Sara Khdeda al-Jabouri", ("Sara", "Khdeda", None, "al-Jabouri")),
    ("Sara Khdeda Al Jabouri", ("Sara", "Khdeda", None, "Al Jabouri")),
    ("Sara Khdeda Aljabouri", ("Sara", "Khdeda", None, "Aljabouri")),
    ("Nadia Basi El-Dakhy", ("Nadia", "Basi", None, "El-Dakhy")),
    # A Kurdish clan name without the article: -kani, -ani, -awi (Haskani, Qirani, Zahawi).
    ("نادية باسي حسكاني", ("نادية", "باسي", None, "حسكاني")),
    ("Nadia Basi Haskani", ("Nadia", "Basi", None, "Haskani")),
    ("Nadiya Başî Heskanî", ("Nadiya", "Başî", None, "Heskanî")),
    ("نادیە باسی حەسکانی", ("نادیە", "باسی", None, "حەسکانی")),
    # ... while a name that merely ends in -i is a person's name (Basi, Hajji, Ali, Hani).
    ("نادية حجي علي", ("نادية", "حجي", "علي", None)),
    ("Nadia Haji Basi", ("Nadia", "Haji", "Basi", None)),
    ("Layla Qasim Hani", ("Layla", "Qasim", "Hani", None)),
    # آل and البو say "the family of": the words after them are the family name.
    ("نادية خلف البو ناصر", ("نادية", "خلف", None, "البو ناصر")),
    ("نادية خلف آل حسكان", ("نادية", "خلف", None, "آل حسكان")),
    # The 4th word and beyond are the family name, whatever their form.
    ("خليل حسن الياس الدخي", ("خليل", "حسن", "الياس", "الدخي")),
    ("سارة خديدة الياس حسكاني", ("سارة", "خديدة", "الياس", "حسكاني")),
    ("Nadia Basi Taha Aldakhi", ("Nadia", "Basi", "Taha", "Aldakhi")),
    # Compound names whose second word has ال stay one name: Ezdin, Nour al-Din, Khairallah.
    ("شيرين جكو عز الدين", ("شيرين", "جكو", "عز الدين", None)),
    ("نور الهدى خلف", ("نور الهدى", "خلف", None, None)),
    ("سارة خير الله الياس", ("سارة", "خير الله", "الياس", None)),
    ("Shirin Cheko Izz al-Din", ("Shirin", "Cheko", "Izz al-Din", None)),
    ("Shirin Cheko Nour El Din Haskani", ("Shirin", "Cheko", "Nour El Din", "Haskani")),
])
def test_full_name_split(text, parts):
    got = split_full_name(text)
    order = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
    assert tuple(got.get(p) for p in order) == parts
    # Nothing is lost or invented: the parts, in order, are the words as typed.
    assert " ".join(got[p] for p in order if p in got) == " ".join(text.split())


def test_sex_status_and_village_values_normalised():
    assert [sex_of(v) for v in ("انثى", "أنثى", "Mê", "F", "ئافرەت", "ذكر", "nêr", "", "zz")] == [
        Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE, Sex.MALE,
        Sex.UNKNOWN, None]
    assert [sex_of(v) for v in ("keç", "kiç", "Kiç", "keçik", "kur")] == [Sex.FEMALE] * 4 + [Sex.MALE]
    # "unknown" in either gender of the Arabic adjective: said not recognised, shown "?"
    assert [sex_of(v) for v in ("مجهول", "مجهولة", "غير معروفة", "غير معلومة", "نەزانراوە")] == [
        Sex.UNKNOWN] * 5
    # the words of Iraqi official forms
    assert [sex_of(v) for v in ("مؤنث", "مونث", "مُؤَنَّث", "مذكر")] == [Sex.FEMALE] * 3 + [Sex.MALE]
    assert [status_of(w) for w in ("rizgarbû", "ڕزگاربووە", "مشاهدة")] == [
        Status.RESCUED, Status.RESCUED, Status.SIGHTED]
    assert status_of("rizgar bûye") is Status.RESCUED and status_of("مفقودة") is Status.MISSING
    assert village_map(["كوجو", "Koço", "Kocho", "Bar  Foo", "bar foo", "bar foo"]) == {
        "كوجو": "Kocho", "Koço": "Kocho", "Kocho": "Kocho", "Bar  Foo": "bar foo",
        "bar foo": "bar foo"}
    # The short name Siba in either script (an NGO's list wrote «سيبا»: kept as typed, a
    # place of its own that a filter on Siba Sheikh Khidir left out).
    assert village_map(["سيبا", "Siba", "Sîba", "سيبا شيخ خدر"]) == dict.fromkeys(
        ["سيبا", "Siba", "Sîba", "سيبا شيخ خدر"], "Siba Sheikh Khidir")


@pytest.mark.parametrize("header, cells, sexes", [
    ("Zayend", ["M", "N", "m"], [Sex.FEMALE, Sex.MALE, Sex.FEMALE]),  # Kurmanji mê and nêr
    ("Sex", ["M", "N"], [Sex.FEMALE, Sex.MALE]),  # N tells the letters are Kurmanji
    ("Zayend", ["M", "M"], [Sex.FEMALE, Sex.FEMALE]),  # M alone under a Kurmanji header
    ("Sex", ["M", "F"], [Sex.MALE, Sex.FEMALE]),  # English
    ("Sex", ["M", "M"], [Sex.MALE, Sex.MALE]),
    ("Zayend", ["M", "F"], [Sex.MALE, Sex.FEMALE]),  # F says the letters are English
])
def test_kurmanji_m_and_n_are_female_and_male(tmp_path, header, cells, sexes):
    """A Kurmanji list's M is mê (female) and N nêr (male). Read as English, a list's Semîre
    marked M went to her brother Samir as a certain match and N was not recognised."""
    path = write_csv(tmp_path / "l.csv", ["Nav", header], [[f"Nav {chr(65 + i)}", c]
                                                           for i, c in enumerate(cells)])
    t = read_table(str(path))
    mapping = suggest(t)
    conv = Converter(t, mapping)
    assert [conv.convert(r).person.sex for r in t.rows] == sexes
    kurmanji = sexes[0] == Sex.FEMALE
    assert ("Kurmanji mê" in mapping.reasons[header]) == kurmanji


def test_a_users_own_reading_of_the_sex_letters_stands(tmp_path):
    path = write_csv(tmp_path / "l.csv", ["Nav", "Zayend"], [["A", "M"], ["B", "N"]])
    t = read_table(str(path))
    saved = Mapping({"Nav": Field.GIVEN, "Zayend": Field.SEX}, values={"sex": {"M": "M"}})
    conv = Converter(t, suggest(t, saved))
    assert conv.convert(t.rows[0]).person.sex == Sex.MALE


def test_rows_become_persons_with_dates_keeping_their_text():
    t = read_table(str(FIX / "openpyxl_arabic_title_rows.xlsx"), sheet="Kocho")
    conv = Converter(t, suggest(t))
    rows = [conv.convert(r) for r in t.rows]
    p = rows[1].person
    assert p.full_name("original") == "خليل حسن علي" and p.sex is Sex.MALE
    assert (p.birth.earliest.year, p.birth.latest.year, p.birth.text) == (1996, 2000, "حوالي 1998")
    assert rows[2].person.birth.earliest.isoformat() == "2001-03-12"
    assert rows[0].person.origin_village == "Kocho" and rows[0].raw["القرية"] == "كوجو"


def test_full_name_in_either_script_lands_in_its_slot():
    t = read_table(str(FIX / "libreoffice.xlsx"))
    conv = Converter(t, suggest(t))
    latin, arabic = conv.convert(t.rows[0]).person, conv.convert(t.rows[1]).person
    assert latin.name(NamePart.FAMILY).latin == "Aldakhi"
    given = arabic.name(NamePart.GIVEN)
    assert given.original == "خليل" and given.latin == ""
    assert [e.status for e in latin.status_events] == [Status.MISSING]


def test_bad_values_warn_and_nameless_rows_are_rejected(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("Name,Sex,Born,Status,Age\nA,zz,soon,lost?,15\n,F,1990,missing,\n", "utf-8")
    t = read_table(str(p))
    conv = Converter(t, suggest(t))
    first, second = conv.convert(t.rows[0]), conv.convert(t.rows[1])
    assert len(first.warnings) == 3 and all(w.startswith("column ") for w in first.warnings)
    assert first.person.birth.text == "soon" and first.person.birth.earliest is None
    assert second.person is None and second.rejected == "no name in any name column"


def test_age_becomes_a_birth_range():
    m = Mapping({"Name": Field.GIVEN, "Age": Field.AGE}, age_year=2014)
    t = Table("x.csv", None, [Column(0, "Name", "Name"), Column(1, "Age", "Age")],
              [Row(2, ("A", "15"))], 1)
    b = Converter(t, m).convert(t.rows[0]).person.birth
    assert (b.earliest.year, b.latest.year) == (1998, 1999) and "15" in b.text


def test_a_date_in_the_future_warns_and_keeps_only_the_text(tmp_path):
    p = tmp_path / "slip.csv"
    p.write_text("Name,Born,Date of abduction\nA,2099,03/08/2014\n", "utf-8")
    t = read_table(str(p))
    got = Converter(t, suggest(t)).convert(t.rows[0])
    assert got.warnings == ["column B (Born): '2099' lies in the future; the text is kept"]
    assert got.person.birth.text == "2099" and got.person.birth.earliest is None
    assert got.person.abduction_date.earliest.isoformat() == "2014-08-03"


def test_the_future_begins_after_the_day_of_the_import_not_of_program_start(tmp_path, monkeypatch):
    """A program left open past midnight: a rescue dated the new day is today, not a slip."""
    from datetime import date, timedelta

    import app.importing.convert as convert
    tomorrow = date.today() + timedelta(days=1)

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return tomorrow

    monkeypatch.setattr(convert, "date", Tomorrow)  # the clock has passed midnight since start
    p = tmp_path / "today.csv"
    p.write_text(f"Name,Date of abduction\nA,{tomorrow:%d/%m/%Y}\n", "utf-8")
    t = read_table(str(p))
    got = Converter(t, suggest(t)).convert(t.rows[0])
    assert got.warnings == [] and got.person.abduction_date.earliest == tomorrow


def _full_name_rows(tmp_path, header, rows):
    import csv
    path = tmp_path / "names.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    return [conv.convert(r) for r in t.rows]


def _parts(person, script="original"):
    order = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
    return tuple(getattr(person.name(p), script) or None for p in order)


def test_a_list_of_full_names_puts_names_beginning_with_al_in_their_place(tmp_path):
    rows = _full_name_rows(tmp_path, ["Full name", "Sex"], [
        ["خليل الياس", "M"], ["سارة خديدة الياس", "F"], ["سارة خديدة الحسكاني", "F"],
        ["نادية باسي حسكاني", "F"], ["خليل حسن الياس الدخي", "M"]])
    assert [_parts(r.person) for r in rows] == [
        ("خليل", "الياس", None, None), ("سارة", "خديدة", "الياس", None),
        ("سارة", "خديدة", None, "الحسكاني"), ("نادية", "باسي", None, "حسكاني"),
        ("خليل", "حسن", "الياس", "الدخي")]
    # Nobody ends up with the same word as grandfather and as family name.
    for r in rows:
        p = r.person
        assert not p.name(NamePart.FAMILY).original or \
            p.name(NamePart.FAMILY).original != p.name(NamePart.GRANDFATHER).original


def test_a_word_with_al_that_may_be_a_family_name_is_read_as_a_name_and_said(tmp_path):
    """الخطيب has the article but no clan ending: the grandfather's name, with a warning that
    shows how the name was split, so the lawyer sees it before importing."""
    (row,) = _full_name_rows(tmp_path, ["Full name", "Sex"], [["نادية باسي الخطيب", "F"]])
    assert _parts(row.person) == ("نادية", "باسي", "الخطيب", None)
    (warning,) = row.warnings
    assert warning.startswith("column A (Full name): 'نادية باسي الخطيب' read as given name "
                              "'نادية', father's name 'باسي', grandfather's name 'الخطيب'")
    assert "may be a family name" in warning


def test_clear_splits_raise_no_warning(tmp_path):
    rows = _full_name_rows(tmp_path, ["Full name"], [
        ["سارة خديدة الحسكاني"], ["Sara Khdeda Elias"], ["نادية حجي علي"], ["خليل حسن علي الدخي"]])
    assert [r.warnings for r in rows] == [[], [], [], []]


def test_the_other_scripts_spelling_settles_a_doubtful_word(tmp_path):
    """Arabic and Latin full names of one row are split alike: 'Elias' without an article says
    الياس is a name; 'al-Khatib' with one says الخطيب is the family name."""
    rows = _full_name_rows(tmp_path, ["الاسم الكامل", "Full name"], [
        ["سارة خديدة الياس", "Sara Khdeda Elias"],
        ["نادية باسي الخطيب", "Nadia Basi al-Khatib"],
        ["ليلى قاسم الحسكاني", "Layla Qasim Haskani"]])
    assert [(_parts(r.person), _parts(r.person, "latin")) for r in rows] == [
        (("سارة", "خديدة", "الياس", None), ("Sara", "Khdeda", "Elias", None)),
        (("نادية", "باسي", None, "الخطيب"), ("Nadia", "Basi", None, "al-Khatib")),
        (("ليلى", "قاسم", None, "الحسكاني"), ("Layla", "Qasim", None, "Haskani"))]
    assert [r.warnings for r in rows] == [[], [], []]



def test_the_rest_of_the_list_settles_a_doubtful_word_as_a_name_never_as_a_family(tmp_path):
    """الياس as a given or a father's name elsewhere in the list is a name, with no warning.
    A fourth word proves nothing (the great-grandfather of a four-part name), so الخطيب there
    leaves نادية باسي الخطيب in doubt, and one four-part row ending in الياس does not turn
    خليل الياس into Khalil of the clan Elias."""
    rows = _full_name_rows(tmp_path, ["Full name"], [
        ["سارة خديدة الياس"], ["الياس خلف حسن"], ["نادية باسي الخطيب"],
        ["خليل حسن علي الخطيب"], ["ليلى قاسم الطائف"], ["نادية خليل حسن الياس"],
        ["خليل الياس"]])
    assert [_parts(r.person) for r in rows[::2]] == [
        ("سارة", "خديدة", "الياس", None), ("نادية", "باسي", "الخطيب", None),
        ("ليلى", "قاسم", "الطائف", None), ("خليل", "الياس", None, None)]
    assert [bool(r.warnings) for r in rows] == [False, False, True, False, True, False, False]


def test_the_dry_run_shows_how_each_full_name_was_split(tmp_path):
    import json

    from tests.import_helpers import cli, write_csv
    assert cli(tmp_path, "init").returncode == 0
    path = write_csv(tmp_path / "list.csv", ["الاسم الكامل", "Full name", "Sex"], [
        ["خليل الياس", "Khalil Elias", "M"], ["نادية باسي الخطيب", "", "F"]])
    out = cli(tmp_path, "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert ("  row 2: new person\n      name read as: given 'خليل' / 'Khalil', "
            "father 'الياس' / 'Elias'\n") in out.stdout
    assert "      name read as: given 'نادية', father 'باسي', grandfather 'الخطيب'\n" \
        "      warning: column A (الاسم الكامل): 'نادية باسي الخطيب' read as" in out.stdout
    rows = json.loads(cli(tmp_path, "--json", "import", str(path), "--dry-run").stdout)["rows"]
    assert rows[0]["name_read_as"] == {"given": {"original": "خليل", "latin": "Khalil"},
                                       "father": {"original": "الياس", "latin": "Elias"}}
    assert rows[1]["name_read_as"] == {"given": {"original": "نادية", "latin": ""},
                                       "father": {"original": "باسي", "latin": ""},
                                       "grandfather": {"original": "الخطيب", "latin": ""}}


def test_an_unnamed_column_of_arabic_names_beside_latin_name_columns_feeds_the_originals(
        tmp_path):
    from tests.import_helpers import write_csv
    path = write_csv(tmp_path / "bilingual.csv", ["No", "Name", "Arabic", "Sex"], [
        ["1", "Nadia Khalil Hasan", "نادية خليل حسن", "F"],
        ["2", "Sara Khdeda Ali", "سارة خديدة علي", "F"]])
    t = read_table(str(path))
    m = suggest(t)
    assert (m.columns["Name"], m.columns["Arabic"]) == (Field.FULL_NAME, Field.FULL_NAME)
    p = Converter(t, m).convert(t.rows[0]).person
    assert (p.names[NamePart.GIVEN].original, p.names[NamePart.GIVEN].latin) == ("نادية", "Nadia")


def test_a_mostly_arabic_name_column_leaves_the_latin_one_beside_it_its_place(tmp_path):
    from tests.import_helpers import write_csv
    rows = [["نادية", "Nadia"]] * 7 + [["Sara", "Sara"]] * 3
    t = read_table(str(write_csv(tmp_path / "mixed.csv", ["الاسم", "Name (English)"], rows)))
    m = suggest(t)
    assert (m.columns["الاسم"], m.columns["Name (English)"]) == (Field.GIVEN, Field.GIVEN)
    p = Converter(t, m).convert(t.rows[0]).person
    assert (p.names[NamePart.GIVEN].original, p.names[NamePart.GIVEN].latin) == ("نادية", "Nadia")


def test_telephone_columns_never_feed_a_name(tmp_path):
    """A header naming a phone feeds her family contacts (phone); numbers under a header that
    names only a name part feed nothing."""
    from tests.import_helpers import write_csv
    path = write_csv(tmp_path / "whatsapp.csv",
                     ["الاسم", "اسم الاب", "رقم هاتف العائلة", "Family phone", "Family"],
                     [["دلال", "سليمان", "0750 111 2233", "0750 111 2233", "+964 750 1112233"],
                      ["جيهان", "خلف", "0751 333 4455", "0751 333 4455", "0751-333-4455"]])
    m = suggest(read_table(str(path)))
    assert [m.columns[h] for h in ("رقم هاتف العائلة", "Family phone", "Family")] == [
        Field.PHONE, Field.PHONE, Field.IGNORE]
    assert "are numbers, no names" in m.reasons["Family"]


def test_a_column_of_telephone_numbers_is_counted_once_a_value(tmp_path):
    """'07501234567' is a number and a telephone number both: counted twice, the reason said
    "200% of its values are numbers" (150% with a phone written with spaces beside it)."""
    from tests.import_helpers import write_csv
    path = write_csv(tmp_path / "phones.csv", ["الاسم", "اسم الاب", "هاتف العائلة"],
                     [["دلال", "سليمان", "07501112233"], ["جيهان", "خلف", "0751 333 4455"],
                      ["نادية", "مراد", ""]])
    m = suggest(read_table(str(path)))
    assert m.columns["هاتف العائلة"] is Field.PHONE
    assert "but 100% of its values are numbers" in m.reasons["هاتف العائلة"]


def test_an_arabic_column_of_places_beside_latin_names_is_not_read_as_names(tmp_path):
    from tests.import_helpers import write_csv
    # A place of detention is no field of the record (where she is now, مكان التواجد, is one).
    path = write_csv(tmp_path / "latin.csv", ["Name", "Father", "مكان الاحتجاز"],
                     [["Nadia", "Murad", "الموصل"], ["Layla", "Khidir", "الرقة"],
                      ["Sara", "Ali", "دير الزور"]])
    m = suggest(read_table(str(path)))
    assert m.columns["مكان الاحتجاز"] is Field.IGNORE


def test_a_name_column_of_two_words_a_row_is_a_full_name(tmp_path):
    from tests.import_helpers import write_csv
    path = write_csv(tmp_path / "l.csv", ["الاسم", "اسم الاب", "اسم الجد", "Name (English)"],
                     [["جيلان", "خلف", "حجي", "Jilan Khalaf"], ["نادية", "مراد", "باسي", "Nadia Murad"]])
    t = read_table(str(path))
    m = suggest(t)
    assert m.columns["Name (English)"] is Field.FULL_NAME
    p = Converter(t, m).convert(t.rows[0]).person
    assert (p.names[NamePart.GIVEN].latin, p.names[NamePart.FATHER].latin) == ("Jilan", "Khalaf")


def test_exact_status_header_keeps_status_from_one_that_names_marital_status(tmp_path):
    arabic = write_csv(tmp_path / "arabic.csv",
                       ["الاسم", "اسم الاب", "الحالة الاجتماعية", "مكان الاحتجاز",
                        "الجهة الخاطفة", "الحالة"],
                       [["وفاء", "سعيد", "عزباء", "الرقة", "داعش", "مفقودة"],
                        ["سهام", "خلف", "متزوجة", "الموصل", "داعش", "ناجية"]])
    latin = write_csv(tmp_path / "latin.csv", ["Name", "Father", "Marital status", "Status"],
                      [["Wafa", "Saeed", "single", "missing"],
                       ["Siham", "Khalaf", "married", "rescued"]])
    for path, marital, status in ((arabic, "الحالة الاجتماعية", "الحالة"),
                                  (latin, "Marital status", "Status")):
        t = read_table(str(path))
        m = suggest(t)
        assert (m.columns[marital], m.columns[status]) == (Field.IGNORE, Field.STATUS), path.name
        assert "marital status" in m.reasons[marital]
        got = Converter(t, m).convert(t.rows[1])
        assert [e.status for e in got.person.status_events] == [Status.RESCUED]
        assert [w for w in got.warnings if "said only of a woman" not in w] == []


@pytest.mark.parametrize("header", [
    "Marital status", "Civil status", "Family status", "الحالة الاجتماعية", "الحالة الزوجية",
    "الوضع الاجتماعي", "بارودۆخی خێزانی", "باری خێزانی", "Rewşa malbatî", "rewş malbatî",
    "Health status", "الحالة الصحية", "Family situation", "Status (marital)", "الحالة المدنية",
])
def test_header_naming_something_else_takes_no_field_for_the_word_it_contains(header):
    assert field_for_header(header) is None


def test_exact_header_wins_over_an_earlier_header_that_only_contains_the_word(tmp_path):
    p = write_csv(tmp_path / "two_status.csv", ["Name", "Status in 2016", "Status"],
                  [["Wafa", "missing", "rescued"]])
    m = suggest(read_table(str(p)))
    assert (m.columns["Status in 2016"], m.columns["Status"]) == (Field.IGNORE, Field.STATUS)
    assert "'Status'" in m.reasons["Status in 2016"]


@pytest.mark.parametrize("header, rows, place", [
    (["الاسم", "اسم الاب", "مكان الاحتجاز", "الجهة الخاطفة", "الحالة"],
     [["وفاء", "سعيد", "الرقة", "داعش", "مفقودة"], ["سهام", "خلف", "الموصل", "داعش", "ناجية"]],
     "مكان الاحتجاز"),
    (["ناو", "ناوی باوک", "ڕەگەز", "گوند", "شوێن"],
     [["ژیان", "ڕەشید", "مێ", "کۆچۆ", "موسڵ"], ["سارا", "خدێدە", "مێ", "کۆچۆ", "ڕەقە"]], "شوێن"),
])
def test_arabic_script_content_never_takes_a_name_a_header_already_gives(tmp_path, header, rows,
                                                                         place):
    p = write_csv(tmp_path / "places.csv", header, rows)
    t = read_table(str(p))
    m = suggest(t)
    assert m.columns[place] is Field.IGNORE
    assert f"names come from {header[0]!r}" in m.reasons[place]
    assert "left unmapped" in m.reasons[place]
    assert Field.IGNORE not in (m.columns[header[0]], m.columns[header[1]])
    got = Converter(t, m).convert(t.rows[0])
    assert got.person.name(NamePart.GIVEN).original == rows[0][0]
    assert got.raw[place] == rows[0][header.index(place)]


def test_a_second_column_of_one_name_part_in_the_same_script_never_overwrites_the_first(
        tmp_path):
    """Once ignored, as its cell took the first one's place; now the first stays her given
    name and the other is kept as an alias, said on the row."""
    p = write_csv(tmp_path / "twice.csv", ["Name", "Given name", "الاسم"],
                  [["Wafa", "Sara", "وفاء"]])
    t = read_table(str(p))
    m = suggest(t)
    assert (m.columns["Name"], m.columns["Given name"], m.columns["الاسم"]) == (
        Field.GIVEN, Field.GIVEN, Field.GIVEN)
    assert "also given, in the same script as 'Name'" in m.reasons["Given name"]
    got = Converter(t, m).convert(t.rows[0])
    given = got.person.name(NamePart.GIVEN)
    assert (given.latin, given.original, got.person.aliases) == ("Wafa", "وفاء", ["Sara"])
    assert "'Sara' differs from 'Wafa' in column A" in "; ".join(map(str, got.warnings))


def test_a_column_only_containing_a_names_word_never_feeds_it_in_the_same_script(tmp_path):
    p = write_csv(tmp_path / "camp.csv", ["Name", "Name of camp"], [["Wafa", "Sharya"]])
    m = suggest(read_table(str(p)))
    assert (m.columns["Name"], m.columns["Name of camp"]) == (Field.GIVEN, Field.IGNORE)
    assert "already comes from 'Name'" in m.reasons["Name of camp"]


def test_unlabelled_arabic_columns_give_one_name_at_most(tmp_path):
    p = tmp_path / "bare.csv"
    p.write_text("A,B\nوفاء,الرقة\nسهام,الموصل\n", "utf-8")
    m = suggest(read_table(str(p)))
    assert (m.columns["A"], m.columns["B"]) == (Field.GIVEN, Field.IGNORE)
    assert "already comes from 'A'" in m.reasons["B"]


@pytest.mark.parametrize("cell, status, year", [
    ("في التفاوض", Status.IN_NEGOTIATION, None), ("مختطفة لدى داعش", Status.MISSING, None),
    ("شوهدت في الرقة 2017", Status.SIGHTED, 2017), ("died in Baghuz 2019", Status.DECEASED, 2019),
    ("عائدة الى العائلة 2020", Status.RESCUED, 2020), ("not rescued", None, None),
    ("Kocho 2014", None, None), ("missing since 2014", Status.MISSING, 2014),
    # Words after the status that turn it round or doubt it: for the lawyer, not read.
    ("released then re-abducted, still held", None, None), ("returned to ISIS", None, None),
    ("ناجية سابقا ثم اختطفت", None, None), ("survivor sister of Nadia", None, None),
    ("found dead", None, None), ("negotiation failed", None, None)])
def test_a_status_word_followed_by_where_and_when_gives_the_status_and_the_date(cell, status,
                                                                               year):
    from app.importing.values import status_and_date_of
    got, when = status_and_date_of(cell)
    assert (got, when.year) == (status, year)


def _convert_names(cells):
    labels = ["Name", "Father", "Full name"]
    m = Mapping({"Name": Field.GIVEN, "Father": Field.FATHER, "Full name": Field.FULL_NAME})
    t = Table("x.csv", None, [Column(i, x, x) for i, x in enumerate(labels)],
              [Row(2, tuple(cells))], 1)
    return Converter(t, m).convert(t.rows[0])


def test_a_name_cell_holding_two_spellings_gives_each_its_script():
    """'خليل / Khalil' is her name in both scripts, not a two-word name; a second spelling in
    the same script is her alias; a note beside the name is no name."""
    got = _convert_names(["خليل / Khalil", "Murad (مراد)", ""])
    names = got.person.names
    assert (names[NamePart.GIVEN].original, names[NamePart.GIVEN].latin) == ("خليل", "Khalil")
    assert (names[NamePart.FATHER].original, names[NamePart.FATHER].latin) == ("مراد", "Murad")
    got = _convert_names(["ليلى\nليلا", "سليمان (متوفى)", ""])
    assert got.person.names[NamePart.GIVEN].original == "ليلى"
    assert got.person.aliases == ["ليلا"]
    assert got.person.names[NamePart.FATHER].original == "سليمان"
    assert any("'متوفى' does not spell the name" in w for w in got.warnings)
    got = _convert_names(["", "", "ليلى سليمان حجي / Layla Sulaiman Hajji"])
    names = got.person.names
    assert (names[NamePart.GRANDFATHER].original, names[NamePart.GRANDFATHER].latin) == (
        "حجي", "Hajji")


def test_numbers_in_name_cells_are_no_name():
    got = _convert_names(["123", "456", ""])
    assert got.person is None and got.rejected == "no name in any name column"
    assert "column A (Name): '123' is not a name; not taken" in got.warnings


@pytest.mark.parametrize("cell, status", [
    ("ون بووە", Status.MISSING), ("ونبووە", Status.MISSING), ("بزر بووە", Status.MISSING),
    ("بزر", Status.MISSING),
    ("still missing", Status.MISSING), ("in captivity (ISIS)", Status.MISSING),
    ("لا تزال مفقودة", Status.MISSING), ("hê winda ye", Status.MISSING),
    ("hat rizgarkirin", Status.RESCUED), ("rizgar kirin", Status.RESCUED),
    ("تم تحريرها", Status.RESCUED), ("نجت", Status.RESCUED), ("ڕزگارکرا", Status.RESCUED),
    ("returned home", Status.REUNITED), ("عادت الى اهلها", Status.REUNITED),
    ("still rescued", None)])
def test_statuses_as_lists_write_them_in_four_languages(cell, status):
    from app.importing.values import status_and_date_of
    assert status_and_date_of(cell)[0] == status


def test_a_village_written_another_way_keeps_the_vaults_spelling(tmp_path):
    """The vault says Solagh, Tel Qasab, Dugure, Kocho; a list says Solax, Tel Qassab, Dûgirê,
    دوكري, Kojo: the women it adds are stored under the vault's spelling, so a filter or a
    count by village sees one place. Girêzer and كرعزير are another name of Tel Ezer, not a
    spelling of it: they stay as the list wrote them (as does a village the vault lacks)."""
    from app.domain.person import NameText, Person
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault

    session = new_vault(tmp_path / "vault")
    try:
        for given, village in (("Layla", "Solagh"), ("Nadia", "Tel Qasab"), ("Jamila", "Dugure"),
                               ("Amira", "Tel Ezer"), ("Hana", "Kocho"), ("Dalal", "Kocho"),
                               ("Suad", "كوجو")):
            p = Person(sex=Sex.FEMALE, origin_village=village)
            p.names[NamePart.GIVEN] = NameText("", given)
            session.persons.create(p)
        typed = ["Solax", "Tel Qassab", "Dûgirê", "دوكري", "Girêzer", "كرعزير", "Kojo", "Hardan"]
        givens = ["Bushra", "Fatima", "Ghazala", "Iman", "Khatun", "Lamia", "Marwa", "Nisrin"]
        lst = write_csv(tmp_path / "list.csv", ["Name", "Sex", "Village"],
                        [[g, "F", v] for g, v in zip(givens, typed, strict=True)])
        svc = ImportService(session)
        plan = svc.prepare(str(lst))
        kept = ["Solagh", "Tel Qasab", "Dugure", "Dugure", "Girêzer", "كرعزير", "Kocho", "Hardan"]
        assert svc.converter(plan).value_mappings()["village"] == dict(
            sorted(zip(typed, kept, strict=True)))
        rows = svc.stage_rows(plan)
        assert [r.person.origin_village for r in rows] == kept
        svc.import_at_once(plan, rows, yes=True)
        assert {session.persons.get(c).origin_village for c in
                (f"SNJ-{n:05d}" for n in range(8, 16))} == set(kept)
    finally:
        session.close()


@pytest.mark.parametrize("full, father", [("Nadia Abdal Qasim Hadi", "Abdal"),
                                          ("Khalil Abdu Murad", "Abdu"),
                                          ("Khalil Abd al-Karim Murad", "Abd al-Karim"),
                                          ("نادية عبد الله حسن", "عبد الله")])
def test_a_name_that_only_looks_like_the_first_half_of_a_compound_is_a_name(full, father):
    """Abdal (Evdal) is a Yazidi name and Abdu the Latin for عبده: a father of his own, not
    the start of 'Abdal Qasim'; Abd al-Karim and عبد الله are one name."""
    assert split_full_name(full)[NamePart.FATHER] == father


@pytest.mark.parametrize("text, parts", [
    # Kurmanji kurê (son of) and keça (daughter of), Sorani کوڕی and کچی: a tester's list read
    # them as the father's name, so the grandfather went to the father and nobody matched.
    ("Cemîle keça Xelef Reşo", ("Cemîle", "Xelef", "Reşo", None)),
    ("Xelîl kurê Hesen Reşo", ("Xelîl", "Hesen", "Reşo", None)),
    ("Nadiya qîza Basî Heskanî", ("Nadiya", "Basî", None, "Heskanî")),
    ("Xelîl kurî Hesen Elî Reşo", ("Xelîl", "Hesen", "Elî", "Reşo")),
    ("Cemîle keçê Xelef", ("Cemîle", "Xelef", None, None)),
    ("Cemile keca Xelef Reso", ("Cemile", "Xelef", "Reso", None)),  # typed without accents
    ("CEMÎLE KEÇA XELEF", ("CEMÎLE", "XELEF", None, None)),
    ("جەمیلە کچی خەلەف ڕەشۆ", ("جەمیلە", "خەلەف", "ڕەشۆ", None)),
    ("خەلیل کوڕی حەسەن ڕەشۆ", ("خەلیل", "حەسەن", "ڕەشۆ", None)),
    ("خليل كوري حسن رشو", ("خليل", "حسن", "رشو", None)),  # Arabic letters for the Sorani
    ("جميلة کچى خلف رشو", ("جميلة", "خلف", "رشو", None)),
    # Arabic بن, ابن, بنت and English bin, ibn, bint, son of, daughter of were kept inside the
    # father's name ("بنت خلف", "ibn Hajji") or, for ابن and "son of", taken for names.
    ("جميلة بنت خلف رشو", ("جميلة", "خلف", "رشو", None)),
    ("خليل ابن حسن علي", ("خليل", "حسن", "علي", None)),
    ("خليل إبن حسن", ("خليل", "حسن", None, None)),
    ("خليل بن حسن بن علي الدخي", ("خليل", "حسن", "علي", "الدخي")),
    ("Jamila bint Khalaf Rasho", ("Jamila", "Khalaf", "Rasho", None)),
    ("Ali ibn Hajji Murad", ("Ali", "Hajji", "Murad", None)),
    ("Khalil BIN Ilyas", ("Khalil", "Ilyas", None, None)),
    ("Jamila daughter of Khalaf Rasho", ("Jamila", "Khalaf", "Rasho", None)),
    ("Ali Son Of Hasan Murad Haskani", ("Ali", "Hasan", "Murad", "Haskani")),
    # Compound names and clan articles after the word keep their shape.
    ("خليل بن عبد الله الدخي", ("خليل", "عبد الله", None, "الدخي")),
    ("Layla bint Abd al-Karim al-Jabouri", ("Layla", "Abd al-Karim", None, "al-Jabouri")),
    ("Shirin keça Nour al-Din El-Dakhy", ("Shirin", "Nour al-Din", None, "El-Dakhy")),
    ("نور الهدى بنت خلف", ("نور الهدى", "خلف", None, None)),
])
def test_a_word_saying_son_or_daughter_of_is_no_name_part(text, parts):
    got = split_full_name(text)
    order = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
    assert tuple(got.get(p) for p in order) == parts


@pytest.mark.parametrize("text, parts", [
    # With no name on one side it says no "son of": left where it stood, as before.
    ("Bin Hasan Murad", ("Bin Hasan", "Murad", None, None)),
    ("Nadia Kurê", ("Nadia", "Kurê", None, None)),
    ("Ali son of", ("Ali", "son", "of", None)),
])
def test_a_kinship_word_without_a_name_on_each_side_stays(text, parts):
    got = split_full_name(text)
    order = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
    assert tuple(got.get(p) for p in order) == parts


def test_bin_alone_in_a_name_part_column_is_a_name_part(tmp_path):
    """A father's column holding 'Bin' or 'بن' is what the list says; only a full name's
    word between two names is dropped."""
    path = write_csv(tmp_path / "parts.csv", ["Name", "Father", "Grandfather", "Full name"], [
        ["Layla", "Bin", "Murad", ""], ["ليلى", "بن", "مراد", ""],
        ["", "", "", "Jamila bint Khalaf Rasho"]])
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    rows = [conv.convert(r) for r in t.rows]
    assert _parts(rows[0].person, "latin") == ("Layla", "Bin", "Murad", None)
    assert _parts(rows[1].person) == ("ليلى", "بن", "مراد", None)
    assert _parts(rows[2].person, "latin") == ("Jamila", "Khalaf", "Rasho", None)
    # What the list wrote stays with the row, word for word.
    assert rows[2].raw["Full name"] == "Jamila bint Khalaf Rasho"


def test_birth_years_as_lists_write_them_are_read(tmp_path):
    """A tester's list: 1998م, مواليد 1998, تولد 1998, 1997/1998 were refused with a warning
    and the date lost. Dates stay dates."""
    cells = ["1998م", "١٩٩٨م", "مواليد 1998", "تولد 1998", "1997/1998", "1997-1998",
             "1/2/1998", "2010-08-03"]
    path = write_csv(tmp_path / "born.csv", ["Name", "Date of birth", "Age"],
                     [[f"N{chr(65 + i)}", c, ""] for i, c in enumerate(cells)] + [["Age", "", "23"]])
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    rows = [conv.convert(r) for r in t.rows]
    assert [r.warnings for r in rows] == [[]] * len(rows)
    births = [r.person.birth for r in rows]
    assert [(b.earliest.year, b.latest.year) for b in births[:-1]] == [
        (1998, 1998), (1998, 1998), (1998, 1998), (1998, 1998), (1997, 1998), (1997, 1998),
        (1998, 1998), (2010, 2010)]
    assert [b.text for b in births[:-1]] == cells  # as typed
    assert births[6].earliest == date(1998, 2, 1) and births[7].earliest == date(2010, 8, 3)
    assert births[-1].text == "age 23, year not given"  # the age column reads ages


def test_a_two_digit_birth_year_is_read_by_the_rule_of_dd_mm_yy_and_an_age_stays_an_age(
        tmp_path):
    """'98' in a birth column was the 98th day of 1900, without a word; 98 typed in a workbook
    too. It is 1998 (up to this year's two digits: this century); 2098 is to come and 1905
    too long ago, so no other reading is possible and the row needs no word (one that is:
    tests/test_import_dates.py). The age column reads ages."""
    from tests.import_helpers import write_xlsx
    csv_path = write_csv(tmp_path / "born.csv", ["Name", "Date of birth", "Age"],
                         [["A", "98", ""], ["B", "05", ""], ["C", "٩٨", ""], ["D", "", "23"]])
    xlsx_path = write_xlsx(tmp_path / "born.xlsx", [("List", [
        ["Name", "Date of birth", "Age"], ["A", 98, None], ["B", "05", None], ["C", 98.0, None],
        ["D", None, 23]])])
    for path in (csv_path, xlsx_path):
        t = read_table(str(path))
        conv = Converter(t, suggest(t))
        rows = [conv.convert(r) for r in t.rows]
        assert [r.warnings for r in rows] == [[], [], [], []]
        births = [r.person.birth for r in rows]
        assert [(b.earliest, b.latest) for b in births[:3]] == [
            (date(1998, 1, 1), date(1998, 12, 31)), (date(2005, 1, 1), date(2005, 12, 31)),
            (date(1998, 1, 1), date(1998, 12, 31))]
        assert births[0].as_typed() == ("98", "1998")  # the record says which century
        assert births[3].text == "age 23, year not given"


def test_too_few_digits_for_a_year_in_a_birth_column_are_said_not_read_as_1900(tmp_path):
    path = write_csv(tmp_path / "born.csv", ["Name", "Date of birth"],
                     [["A", "5"], ["B", "123"], ["C", "1998"]])
    t = read_table(str(path))
    conv = Converter(t, suggest(t))
    rows = [conv.convert(r) for r in t.rows]
    # ('5' alone, or beside ages, is an age: test_import_birth_numbers.py; beside a year it
    # may be either, and is not read)
    assert [r.warnings for r in rows[:2]] == [
        ["column B (Date of birth): '5' may be an age or a year written short, and the "
         "column does not say which: not read as a date, the text is kept; check the row"],
        ["column B (Date of birth): '123' is not a date we can read; the text is kept"]]
    assert all(r.person.birth.earliest is None for r in rows[:2])


@pytest.mark.parametrize("serial", ["ژ", "ژ.", "ت", "No."])
def test_a_sorani_serial_column_headed_zh_is_the_lists_own_number(tmp_path, serial):
    """'ژ' (short for ژمارە) heads the running number of Sorani lists, as 'ت' does Arabic
    ones: kept in provenance, not read as anything of hers."""
    path = write_csv(tmp_path / "sorani.csv", [serial, "ناو", "ناوی باوک", "گوند"],
                     [["1", "خالیدە", "شێخۆ", "حەردان"], ["2", "سەلوا", "حوسێن", "سنونی"]])
    t = read_table(str(path))
    m = suggest(t)
    assert m.columns[serial] is Field.SERIAL, m.reasons[serial]
    got = Converter(t, m).convert(t.rows[1])
    assert got.raw[serial] == "2" and got.warnings == []


@pytest.mark.parametrize("cell, status", [
    ("معلومات عن مكانها", Status.LOCATED), ("معلومات عن مكانه", Status.LOCATED),
    ("توجد معلومات عن مكانها", Status.LOCATED), ("تم تحديد مكانها", Status.LOCATED),
    ("حُدّد مكانها", Status.LOCATED), ("مكانها معروف", Status.LOCATED),
    ("معلومات عن مكانها 2019", Status.LOCATED),
    ("دۆزراوەتەوە", Status.LOCATED), ("دۆزراوە", Status.LOCATED),
    ("شوێنی دۆزراوەتەوە", Status.LOCATED), ("شوێنی زانراوە", Status.LOCATED),
    ("Cih hatiye dîtin", Status.LOCATED), ("cihê wê hatiye dîtin", Status.LOCATED),
    ("whereabouts known", Status.LOCATED),
    # Found dead is no whereabouts: for the lawyer, not read.
    ("دۆزراوەتەوە مردوو", None)])
def test_her_whereabouts_known_or_found_is_located(tmp_path, cell, status):
    from app.importing.values import status_and_date_of
    assert status_and_date_of(cell)[0] == status
    if status is None:
        return
    path = write_csv(tmp_path / "l.csv", ["ناو", "ناوی باوک", "دۆخ"], [["خالیدە", "شێخۆ", cell]])
    t = read_table(str(path))
    got = Converter(t, suggest(t)).convert(t.rows[0])
    assert [e.status for e in got.person.status_events] == [Status.LOCATED]
    assert got.warnings == []


@pytest.mark.parametrize("header, given", [
    (["الأول", "الأب", "الجد", "اللقب", "القرية"], "الأول"),
    (["الاول", "الاب", "الجد", "اللقب", "القرية"], "الاول"),
    (["ت", "الاول", "الاب", "الجد", "اللقب", "القرية"], "الاول"),
    (["ت", "الاول", "الثاني", "الثالث", "اللقب", "القرية"], "الاول"),
    (["ژ", "یەکەم", "ناوی باوک", "ناوی باپیر", "گوند"], "یەکەم"),
    (["No", "Yekem", "Bav", "Bapîr", "Gund"], "Yekem"),
    (["No", "First", "Father", "Grandfather", "Village"], "First")])
def test_first_beside_father_grandfather_or_family_columns_is_her_given_name(tmp_path, header,
                                                                             given):
    """'الاول' (the first) beside الاب / الجد / اللقب is the first part of her name, as under
    a name group; left unmapped, every row became a woman without a given name."""
    values = {"ت": "1", "ژ": "1", "No": "1", "القرية": "بورك", "گوند": "بورك", "Gund": "Borek",
              "Village": "Borek"}
    names = iter(["سلوى", "سلو", "محمود", "جيلكي"] if given != "Yekem" and given != "First"
                 else ["Salwa", "Salo", "Mahmud", "Jilki"])
    row = [values.get(h) or next(names) for h in header]
    path = write_csv(tmp_path / "l.csv", header, [row, row])
    t = read_table(str(path))
    m = suggest(t)
    assert m.columns[given] is Field.GIVEN, m.reasons[given]
    parts = [m.columns[h] for h in header if m.columns[h] in (
        Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY)]
    assert parts[:3] == [Field.GIVEN, Field.FATHER, Field.GRANDFATHER]
    got = Converter(t, m).convert(t.rows[0])
    given_name = got.person.name(NamePart.GIVEN)
    assert (given_name.original or given_name.latin) in ("سلوى", "Salwa")


@pytest.mark.parametrize("header", [["الاول", "القرية"], ["1", "Father", "Village"]])
def test_first_alone_or_a_bare_number_says_nothing_of_a_name(tmp_path, header):
    row = {"الاول": "سلوى", "القرية": "بورك", "1": "x", "Father": "Salo", "Village": "Borek"}
    path = write_csv(tmp_path / "l.csv", header, [[row[h] for h in header]])
    m = suggest(read_table(str(path)))
    assert "no header match" in m.reasons[header[0]]


def test_a_whereabouts_column_of_statuses_is_her_status_not_her_location(tmp_path):
    """'Whereabouts' names her last known location, yet a column of it holding Missing,
    Rescued, Located is her status: read as a place it made her location "Missing" and set no
    status, without a word. A column of places under the same header stays her location."""
    path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Whereabouts"],
                     [["Nadia", "Murad", "Missing"], ["Jilan", "Khalaf", "Rescued"],
                      ["Layla", "Hasan", "Located"], ["Vian", "Elias", "Missing"]])
    t = read_table(str(path))
    mapping = suggest(t)
    assert mapping.columns["Whereabouts"] == Field.STATUS
    rows = [Converter(t, mapping).convert(r) for r in t.rows]
    assert [r.person.current_status for r in rows] == [
        Status.MISSING, Status.RESCUED, Status.LOCATED, Status.MISSING]
    assert [r.person.last_known_location for r in rows] == ["", "", "", ""]
    places = write_csv(tmp_path / "places.csv", ["Name", "Father", "Whereabouts"],
                       [["Nadia", "Murad", "Syria (al-Hol)"], ["Jilan", "Khalaf", "Khanke camp"]])
    assert suggest(read_table(str(places))).columns["Whereabouts"] == Field.LAST_KNOWN_LOCATION


def test_a_row_whose_given_name_cell_is_blank_says_so(tmp_path):
    """A row ',سلو,محمود,جيلكي' under a given-name column became a new person known by her
    father's, grandfather's and family names alone, without a word: no search for her own
    name finds her, and her sisters share those names. The row is kept and says so; a row
    with a nickname instead, or with its given name, says nothing."""
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "اسم الجد", "اللقب", "Nickname"],
                     [["", "سلو", "محمود", "جيلكي", ""], ["سلوى", "سلو", "محمود", "جيلكي", ""],
                      ["", "سلو", "محمود", "جيلكي", "أم خالد"]])
    t = read_table(str(path))
    rows = [Converter(t, suggest(t)).convert(r) for r in t.rows]
    assert rows[0].warnings == ["column A (الاسم): no given name in this row; it names the "
                                "person only by names that brothers and sisters share: check "
                                "the row"]
    assert rows[0].person is not None and rows[0].rejected == ""
    assert rows[1].warnings == rows[2].warnings == []


# A list's columns as Sorani, Kurmanji and Arabic lists head them: her name and her father's,
# then the family name or the mother's name under a header the importer must know.
_SORANI = (["ناو", "ناوی باوک"], [["نادیە", "باسی"], ["ڤیان", "دەخیل"], ["لەیلا", "خدر"]],
           ["تەها", "حەسەن", "قاسم"])
_KURMANJI = (["Nav", "Navê bav"], [["Nadia", "Basi"], ["Vian", "Dexil"], ["Leyla", "Xidir"]],
             ["Taha", "Hesen", "Qasim"])
_ARABIC = (["الاسم", "اسم الأب"], [["نادية", "باسي"], ["فيان", "دخيل"], ["ليلى", "خضر"]],
           ["طه", "حسن", "قاسم"])


@pytest.mark.parametrize("header, field, sample", [
    ("ناوی خێزان", Field.FAMILY, _SORANI), ("ناوی خێزانی", Field.FAMILY, _SORANI),
    ("پاشناو", Field.FAMILY, _SORANI), ("ناوی بنەماڵە", Field.FAMILY, _SORANI),
    ("Navê malbatê", Field.FAMILY, _KURMANJI), ("Navê malbata", Field.FAMILY, _KURMANJI),
    ("Paşnav", Field.FAMILY, _KURMANJI), ("اسم العائلة", Field.FAMILY, _ARABIC),
    ("ناوی دایک", Field.MOTHER, _SORANI), ("ناوی دایکی", Field.MOTHER, _SORANI),
    ("Navê dayikê", Field.MOTHER, _KURMANJI), ("Navê dayika wê", Field.MOTHER, _KURMANJI),
    ("Navê diya wê", Field.MOTHER, _KURMANJI), ("Navê dê", Field.MOTHER, _KURMANJI),
    ("اسم الأم", Field.MOTHER, _ARABIC), ("اسم الام", Field.MOTHER, _ARABIC),
])
def test_family_and_mother_headers_of_kurdish_and_arabic_lists_are_suggested(
        tmp_path, header, field, sample):
    """"ناوی خێزان" (family name) read as her given name "ناوی" and, a given name already
    taken, was left out: the family names of a Sorani list were not imported."""
    heads, rows, values = sample
    path = write_csv(tmp_path / "list.csv", [*heads, header],
                     [[*row, v] for row, v in zip(rows, values, strict=True)])
    m = suggest(read_table(str(path)))
    assert m.columns[heads[0]] is Field.GIVEN and m.columns[heads[1]] is Field.FATHER
    assert m.columns[header] is field, m.reasons[header]


def test_a_mapping_file_that_holds_a_list_is_refused_saying_what_it_lacks():
    from app.domain.errors import InputFileError
    from app.importing.mapping import Mapping
    with pytest.raises(InputFileError) as e:
        Mapping.from_json('[{"Name": "given"}]', "mapping file m.json")
    assert str(e.value) == ('mapping file m.json: not a valid column mapping (it holds no '
                            '{"columns": {...}} object)')
