"""A whole name typed in the given name's column of a list that has father's and
grandfather's columns ("Xezal Xidir Reşo", the other cells blank) is read as the whole name, as
a full name's column is, and said; it had become her given name, and the next row of her made
"Xezal" an alias. A compound given name stays one name; a row with a father's name keeps its
given name's cell as written."""

from __future__ import annotations

from app.domain.person import NamePart
from app.importing import notes
from app.importing.fields import Field
from app.importing.service import ImportService
from tests.import_helpers import write_csv

HEADER = ["Nav", "Bav", "Bapîr", "Gund"]


# Most of the list writes one name a column, as such lists do: the column is given names.
OTHERS = [["Layla", "Xelef", "Hesen", "Koço"], ["Jihan", "Qasim", "Silêman", "Koço"],
          ["Besê", "Xidir", "Ilyas", "Koço"], ["Gulê", "Şêxo", "Dexîl", "Koço"],
          ["هدى", "خلف", "حسن", "Koço"], ["نادية", "مراد", "باسي", "Koço"]]


def _rows(session, tmp_path, rows):
    path = write_csv(tmp_path / "l.csv", HEADER, [*rows, *OTHERS])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    assert plan.mapping.columns["Nav"] == Field.GIVEN
    return svc.stage_rows(plan)


def _names(row) -> dict[str, str]:
    return {str(part): nt.original or nt.latin for part, nt in row.person.names.items()}


def test_a_whole_name_in_the_given_column_is_split_and_said(session, tmp_path):
    rows = _rows(session, tmp_path, [["Xezal Xidir Reşo", "", "", "Koço"],
                                     ["Nadia", "Murad", "Basee", "Koço"],
                                     ["سعاد الياس خدر", "", "", "Koço"]])
    assert _names(rows[0]) == {"given": "Xezal", "father": "Xidir", "grandfather": "Reşo"}
    assert notes.loads(rows[0].warnings_json) == [
        "column A (Nav): 'Xezal Xidir Reşo' is more than a given name, and the row has no "
        "father's, grandfather's or family name: read as the whole name, given name 'Xezal', "
        "father's name 'Xidir', grandfather's name 'Reşo'; check the row"]
    assert _names(rows[1]) == {"given": "Nadia", "father": "Murad", "grandfather": "Basee"}
    assert notes.loads(rows[1].warnings_json) == []
    assert _names(rows[2]) == {"given": "سعاد", "father": "الياس", "grandfather": "خدر"}


def test_a_compound_given_name_stays_one_name(session, tmp_path):
    rows = _rows(session, tmp_path, [["عبد الكريم", "", "", "Koço"],
                                     ["Nadia", "Murad", "Basee", "Koço"]])
    assert rows[0].person.names[NamePart.GIVEN].original == "عبد الكريم"
    assert NamePart.FATHER not in rows[0].person.names
    assert notes.loads(rows[0].warnings_json) == []


def test_a_row_with_her_fathers_name_keeps_its_given_cell(session, tmp_path):
    """Two words beside a father's name are not read as two parts of her name here."""
    rows = _rows(session, tmp_path, [["Nur Jihan", "Murad", "", "Koço"]])
    assert rows[0].person.names[NamePart.GIVEN].latin == "Nur Jihan"
    assert rows[0].person.names[NamePart.FATHER].latin == "Murad"
