"""A full name typed over several lines of its cell (Alt+Enter) is one name when its given name
stands alone on the first line or each line is one word, and the row says so; a line that is
another spelling, another script, a status, a place, a kinship or a sister stays apart from
it, as does any line after a first line of two words or more (found in review: two sisters,
a mother's name and a village had been joined into her name)."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_xlsx


def _people(tmp_path, cells: list[str]) -> list:
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    path = write_xlsx(tmp_path / "wrapped.xlsx", [("Sheet", [
        ["الاسم الكامل", "القرية"], *[[c, "كوجو"] for c in cells]])])
    plan = svc.prepare(str(path), source="Family")
    return [r for r in svc.stage_rows(plan)]


def _names(row, script: str) -> list[str]:
    names = row.person.names
    return [getattr(names[p], script) if p in names else "" for p in
            (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER)]


@pytest.mark.parametrize("cell, script, parts", [
    ("خالدة\nالياس خديدة", "original", ["خالدة", "الياس", "خديدة"]),
    ("Basma\nHasan\nAli", "latin", ["Basma", "Hasan", "Ali"]),
])
def test_a_name_wrapped_over_lines_is_read_whole_and_said(tmp_path, cell, script, parts):
    (row,) = _people(tmp_path, [cell])
    assert _names(row, script) == parts
    assert "is written over several lines: read as one name" in row.warnings_json


@pytest.mark.parametrize("cell, parts", [
    ("نادية مراد\nليلى مراد", ["نادية", "مراد", ""]),     # two sisters
    ("نادية مراد باسي\nشمي", ["نادية", "مراد", "باسي"]),  # her mother
    ("خالدة الياس\nسنجار", ["خالدة", "الياس", ""]),       # a place
    ("نادية\nأختها ليلى", ["نادية", "", ""]),              # her sister
])
def test_a_line_after_a_name_of_two_words_or_a_kinship_stays_apart(tmp_path, cell, parts):
    (row,) = _people(tmp_path, [cell])
    assert _names(row, "original") == parts


def test_two_spellings_on_two_lines_stay_two_spellings(tmp_path):
    (row,) = _people(tmp_path, ["Nadia Murad\nNadya Mourad"])
    assert _names(row, "latin") == ["Nadia", "Murad", ""]


def test_a_name_over_its_other_script_stays_two_spellings(tmp_path):
    (row,) = _people(tmp_path, ["Jihan Qasim\nجيهان قاسم"])
    assert _names(row, "latin") == ["Jihan", "Qasim", ""]
    assert _names(row, "original") == ["جيهان", "قاسم", ""]


@pytest.mark.parametrize("note", ["متوفية", "كوجو"])
def test_a_status_or_a_village_on_the_next_line_is_no_part_of_the_name(tmp_path, note):
    (row,) = _people(tmp_path, [f"نادية مراد\n{note}"])
    assert _names(row, "original") == ["نادية", "مراد", ""]
