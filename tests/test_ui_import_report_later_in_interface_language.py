"""An import's report opened later from the Imports screen says why each row was not imported in
the interface's language, as the report shown right after the import does: the report kept in
the vault holds that reason in English only."""

from __future__ import annotations

import pytest

from tests.import_helpers import new_vault, write_xlsx
from tests.test_import_report_rows_case_numbers import HEADER, LIST

ENGLISH = "below the list is a total line, not a person"


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_the_report_opened_later_says_why_a_row_was_rejected_in_the_interface_language(
        qapp, tmp_path, lang):
    from app.importing.service import ImportService
    from ui.bidi import bare
    from ui.i18n import apply_language
    from ui.import_report import report_said
    from ui.import_report_window import ImportReportWindow

    session = new_vault(tmp_path / "vault")
    apply_language(qapp, lang)
    try:
        svc = ImportService(session)
        plan = svc.prepare(str(write_xlsx(tmp_path / "kocho.xlsx",
                                          [("Kocho", [HEADER, *LIST])])), None, "NGO Duhok")
        right_after = report_said(svc.import_at_once(plan, svc.stage_rows(plan)))
        [said] = [line for line in right_after.splitlines() if "المجموع" in line]
        assert ENGLISH not in said  # the line as the window said it at once
        window = ImportReportWindow(svc.report(1), None)  # as Imports opens it; no CSV saved
        later = window.report.text()
        assert ENGLISH not in later, later
        assert said in later.splitlines()
        # and the rows table, saved as CSV, says it in the same words
        assert ENGLISH not in bare(window.rows.model.item(5, 2).text())
        window.close()
    finally:
        apply_language(qapp, "en")
        session.close()
