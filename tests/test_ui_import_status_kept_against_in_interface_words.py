"""A status a list said that an earlier import had noted already ('missing «مفقودة»' against
the vault's 'sighted') stood in the rows of the report and in "Save rows as CSV" as its raw
English keys, in the Arabic and Sorani interface and in English, while rows noted the first
time said them in words (found by a tester). Said as the other rows are."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

HEADER = ["Name", "Father", "Grandfather", "Family", "Status"]
NADIA = ["Nadia", "Basi", "Taha", "Haskani"]


def _imported(s, path):
    svc = ImportService(s)
    plan = svc.prepare(str(path))
    return svc.import_at_once(plan, svc.stage_rows(plan))


def _second_report(tmp_path) -> dict:
    """The second version of a list saying again the status the vault did not take."""
    s = new_vault(tmp_path / "vault")
    try:
        s.persons.create(Person(
            names={NamePart.GIVEN: NameText("", "Nadia"), NamePart.FATHER: NameText("", "Basi"),
                   NamePart.GRANDFATHER: NameText("", "Taha"),
                   NamePart.FAMILY: NameText("", "Haskani")},
            status_events=[StatusEvent(Status.SIGHTED)]))
        for n in (1, 2):
            report = _imported(s, write_csv(tmp_path / f"v{n}.csv", HEADER,
                                            [[*NADIA, "مفقودة"]]))
        assert report["conflicts"] == [] and len(report["conflicts_noted_before"]) == 1
        return ImportService(s).report(report["batch"])
    finally:
        s.close()


def _row(report: dict) -> dict:
    (row,) = [r for r in report["rows"] if r.get("kept_against")]
    return row


def test_the_row_quotes_the_statuses_in_english_words(qapp, tmp_path):
    from ui.i18n import apply_language
    from ui.import_rows import what_happened
    apply_language(qapp, "en")
    said = what_happened(_row(_second_report(tmp_path)), {})
    assert "'Missing «مفقودة»'" in said and "'Sighted'" in said, said


def test_a_report_kept_before_says_them_in_words_too(qapp, tmp_path):
    """A report written before the status's key was kept with a conflict noted before."""
    from ui.i18n import apply_language
    from ui.import_rows import what_happened
    row = _row(_second_report(tmp_path))
    row["kept_against"] = [{k: v for k, v in c.items() if k != "list_status"}
                           for c in row["kept_against"]]
    apply_language(qapp, "en")
    said = what_happened(row, {})
    assert "'Missing «مفقودة»'" in said and "'Sighted'" in said, said


# The list's own word after the interface's only where it says more: Arabic's is the same
# word, and 'مفقودة «مفقودة»' said it twice.
@pytest.mark.parametrize(("lang", "missing", "sighted"), [
    ("ar", "مفقودة", "شوهدت"), ("ckb", "ونبوو «مفقودة»", None)])
@pytest.mark.usefixtures("new_translations")
def test_the_row_and_its_csv_cell_say_them_in_the_interface_language(qapp, tmp_path, lang,
                                                                     missing, sighted):
    from ui.i18n import apply_language
    from ui.import_rows import what_happened
    row = _row(_second_report(tmp_path))
    apply_language(qapp, lang)
    try:
        said = what_happened(row, {})
    finally:
        apply_language(qapp, "en")
    assert "missing" not in said and "sighted" not in said, said
    assert f"'{missing}'" in said, said
    if sighted:
        assert f"'{sighted}'" in said, said
