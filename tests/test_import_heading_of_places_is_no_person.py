"""A heading over a group of places («مناطق اخرى», «قرى اخرى», «المجمعات», "Other villages",
«اخرى» alone) is no person: rejected with its reason as «قرية كوجو» is, never a woman whose
given name is 'مناطق' and father 'اخرى' (found by a tester: each such heading became a record)."""

from __future__ import annotations

from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

HEADING = "stands alone on its row and reads as a heading or a note, not a person"


def test_headings_of_places_and_of_the_rest_are_rejected_with_their_reason(tmp_path):
    path = write_csv(tmp_path / "list.csv", ["ت", "الاسم", "اسم الاب", "اسم الجد", "الجنس", "القرية"], [
        ["", "قرية كوجو", "", "", "", ""],                     # row 2
        ["1", "نادية", "خلف", "رشو", "انثى", "كوجو"],
        ["", "مناطق اخرى", "", "", "", ""],                    # row 4
        ["2", "هدية", "الياس", "شمو", "انثى", "تل عزير"],
        ["", "قرى أخرى", "", "", "", ""],                      # row 6
        ["", "المجمعات", "", "", "", ""],                      # row 7
        ["", "Other villages", "", "", "", ""],               # row 8
        ["", "أخرى", "", "", "", ""],                          # row 9
        ["", "Gundên din", "", "", "", ""],                    # row 10
        ["", "گوندەکانی تر", "", "", "", ""],                  # row 11
        ["3", "روجين", "خدر", "الياس", "انثى", "تل عزير"]])
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="NGO")
    report = svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    assert isinstance(report, dict) and report["reconciled"]
    rejected = {r["row"]: r["reason"] for r in report["rejected"]}
    assert set(rejected) == {2, 4, *range(6, 12)}
    assert all(HEADING in reason for reason in rejected.values())
    assert "'المجمعات'" in rejected[7] and "'Other villages'" in rejected[8]
    givens = {(p.names.get("given").original or p.names.get("given").latin) for p in s.persons.iter_all()}
    assert givens == {"نادية", "هدية", "روجين"}
