"""A woman's full name that merely begins or ends with a word of a group of places or of "the
rest" ('خديجة حسن قرى', 'Nadia Khalaf Towns'), or is one alone that is a name too (Din), is a
person, as before such headings were known: only a cell made wholly of those words («مناطق
اخرى», «المجمعات», "Other villages") is a heading. Before, a one-column list of full names
lost six of seven women to "a heading or a note" (found by a reviewer)."""

from __future__ import annotations

from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

NAMES = ["نادية خلف رشو", "خديجة حسن قرى", "قرى حسن علي", "سميرة الياس مناطق", "Din",
         "Nadia Khalaf Towns", "Jîn Xelef Gundan", "Leyla Other Khalaf"]


def test_full_names_with_a_word_of_places_are_new_persons(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["الاسم الكامل"],
                     [[n] for n in NAMES] + [["مناطق اخرى"], ["Other villages"]])
    svc = ImportService(new_vault(tmp_path / "vault"))
    plan = svc.prepare(str(path), source="X")
    rows = svc.stage_rows(plan)
    assert [r.outcome for r in rows[:len(NAMES)]] == ["new"] * len(NAMES)
    assert [r.outcome for r in rows[len(NAMES):]] == ["rejected", "rejected"]
