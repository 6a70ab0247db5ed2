"""Lists whose columns, between them, give every reason the importer has for a column's field."""

from __future__ import annotations

from pathlib import Path

from app.importing import read_table
from app.importing.fields import Field
from app.importing.mapping import Mapping, suggest
from tests.import_helpers import write_csv

FIX = Path(__file__).parent / "fixtures" / "import"

SAMPLES: list[tuple[str, list[str], list[list[str]]]] = [
    # names in Arabic script, a header naming no field, a place beside names, ages in a year
    ("arabic", ["الاسم", "اسم الاب", "الحالة الاجتماعية", "مكان الاحتجاز", "العمر 2014",
                "رقم هاتف العائلة", "Family"],
     [["وفاء", "سعيد", "عزباء", "الرقة", "12", "0750 111 2233", "0750 111 2233"],
      ["سهام", "خلف", "متزوجة", "الموصل", "30", "0751 333 4455", "0751 333 4455"]]),
    # Latin names, one header given twice, a mixed column, a name of two words, ages unsaid
    ("latin", ["Name", "Given name", "الاسم", "Name (English)", "Father", "Age", "Village",
               "Gund", "Status in 2016", "Status", "Zayend", "Notes", "Mother"],
     [["Wafa", "Sara", "وفاء", "Wafa Saeed", "Saeed", "12", "Kocho", "Kocho", "missing",
       "rescued", "M", "", ""],
      ["Siham", "Layla", "Siham", "Siham Khalaf", "خلف", "30", "Tel Uzer", "Tel Uzer",
       "missing", "missing", "N", "", ""]]),
    # nothing in the headers: content alone
    ("content", ["A", "B", "C", "D", "E", "F", "G", "H"],
     [["خليل حسن علي", "انثى", "ذكر", "مفقودة", "2014-08-03", "x", "وفاء", ""],
      ["نادية باسي طه", "ذكر", "انثى", "محررة", "2015-01-02", "y", "سهام", ""],
      ["سميرة مراد قاسم", "F", "F", "missing", "2016-05-06", "z", "ليلى", ""]]),
    # the four-part name and the surname over five columns: the great-grandfather's not taken
    ("surname", ["الاسم الرباعي واللقب", "", "", "", "", "القرية"],
     [["سلوى", "سلو", "محمود", "حسن", "جيلكي", "بورك"],
      ["نسرين", "سلو", "محمود", "حسن", "جيلكي", "بورك"]]),
    # a header that says only "year": years of birth under one, of rescues under the other
    ("years", ["Nav", "Sal", "ساڵ"],
     [["Leyla", "1998", "2015"], ["Nadia", "about 1993", "2016"]]),
    # a header that says birth, hers or a child's: years of birth under one, children under the
    # other; one of children's births, never hers
    ("births", ["Nav", "Zayîn", "Bûyîn", "Zayîn (zarok)"],
     [["Leyla", "1998", "2", "2005"], ["Nadia", "about 1993", "1 kur", "2008"]]),
    # the same header over ages: said to be ages
    ("birth ages", ["Nav", "Sala zayînê"], [["Leyla", "25 sal"], ["Nadia", "31 sal"]]),
]


def sample_tables(folder: Path) -> list:
    """The sample lists, then two real ones, read as the importer reads them."""
    out = [read_table(str(write_csv(folder / f"{name}.csv", header, rows)))
           for name, header, rows in SAMPLES]
    return out + [read_table(str(FIX / "xlwt_arabic.xls")),
                  read_table(str(FIX / "libreoffice_arabic_title_rows.xlsx"), "Kurmanji")]


def sample_mappings(folder: Path) -> list[Mapping]:
    """Each sample's suggested mapping, and one a saved mapping (of each kind) decides."""
    tables = sample_tables(folder)
    out = [suggest(t) for t in tables]
    kurmanji = read_table(str(FIX / "tsv_kurmanji.tsv"))
    out.append(suggest(kurmanji, Mapping({"Nav": Field.NICKNAME})))
    out.append(suggest(kurmanji, Mapping.from_json(Mapping({"Gund": Field.NOTES}).to_json())))
    # a saved "ignore" for a column the importer would now take
    out.append(suggest(kurmanji, Mapping.from_json(Mapping({"Gund": Field.IGNORE}).to_json())))
    return out


def reasons_english(folder: Path) -> str:
    """What the command line says of each sample's mapping (Mapping.describe)."""
    return "\n=====\n".join("\n".join(m.describe()) for m in sample_mappings(folder)) + "\n"


def english_words() -> set[str]:
    """The English words of three letters or more the reasons' templates, and the words set
    in them, say (less the command line's own: --json and such)."""
    import re

    from app.importing import reasons
    from app.importing.pieces import ENGLISH, WORDS
    from tests.report_text_sample import CLI_WORDS

    said = list(reasons.TEMPLATES) + [w for kind in ("import_field", "not_a_field")
                                      for w in (*WORDS[kind], *ENGLISH.get(kind, {}).values())]
    # "her" is Kurmanji too (each: "her nirx", each value)
    return {w.lower() for text in said for w in re.findall(r"[A-Za-z]{3,}", text)} - CLI_WORDS \
        - {"her"}
