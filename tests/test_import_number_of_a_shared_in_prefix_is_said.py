"""A vault may hold records of another prefix (shared in: DHK-00002 beside SNJ-00001). A list's
number of that prefix that names no record is this vault's form, not another office's: the row
says it is no record of this vault, in a short list too, where only the records its rows can
meet are read (here Nadia's, not Khadija's). Were the short list's matcher to know only the
prefixes of the records it read, "DHK-00112" would be said neither on its row nor among the
numbers not kept."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.dedupe import vault_prefixes
from app.importing.report import columns_not_imported
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv


def _add(s, given: str, father: str) -> str:
    return s.persons.create(Person(names={NamePart.GIVEN: NameText(given, ""),
                                          NamePart.FATHER: NameText(father, "")},
                                   sex=Sex.FEMALE)).case_no


def test_a_number_of_a_prefix_the_vault_holds_is_said_on_its_row(tmp_path):
    s = new_vault(tmp_path / "vault")
    assert _add(s, "نادية", "خلف") == "SNJ-00001"
    with s.db.transaction():
        s.meta.set("case_prefix", "DHK")
    assert _add(s, "خديجة", "حسن").startswith("DHK-")
    with s.db.transaction():
        s.meta.set("case_prefix", "SNJ")
    path = write_csv(tmp_path / "l.csv", ["name", "father", "case number"], [
        ["ليلى", "مراد", "DHK-00112"], ["سميرة", "الياس", "OKA 113"], ["نادية", "خلف", ""]])
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="NGO")
    rows = svc.stage_rows(plan)
    assert "DHK-00112" in rows[0].warnings_json and "no record of this vault" in rows[0].warnings_json
    left = columns_not_imported({c: str(f) for c, f in plan.mapping.columns.items()}, rows,
                                vault_prefixes(s))
    assert left == [{"column": "case number", "cells": 1, "other_numbers": "OKA 113"}]
