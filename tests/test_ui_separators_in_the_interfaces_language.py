"""Lists inside Arabic and Sorani text take their own semicolon and comma (؛ ،): her Status
timeline's note column wrote "حسب البلاغ; بناءً على البلاغ 21" where her History tab writes
"؛", and the Print screen's refusal of a family summary "(⁦DEMO-00401; DEMO-00004⁩)"."""

from __future__ import annotations

import pytest

from app.domain.person import Person, Status, StatusEvent
from app.reports.one_family import not_one_family


def _in(qapp, lang: str, said):
    from ui.i18n import apply_language
    try:
        apply_language(qapp, lang)
        return said()
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize(("lang", "semicolon"), [("ar", "؛ "), ("ckb", "؛ "), ("kmr", "; "),
                                                 ("en", "; ")])
def test_a_status_note_and_its_report_joined_by_the_interfaces_semicolon(qapp, lang, semicolon):
    from ui.person_tabs import StatusTab

    def note() -> str:
        tab = StatusTab()
        tab.show_events([StatusEvent(Status.SIGHTED, note="حسب البلاغ", report_id=21)])
        return tab.model.item(0, 2).text()
    said = _in(qapp, lang, note)
    assert said.count(semicolon.strip()) == 1 and semicolon in said, said
    assert said.startswith("\u2068حسب البلاغ\u2069") and "21" in said, said


@pytest.mark.parametrize(("lang", "semicolon", "comma"), [("ar", "؛ ", "، "), ("ckb", "؛ ", "، "),
                                                          ("kmr", "; ", ", ")])
def test_families_apart_listed_with_the_interfaces_semicolon(qapp, lang, semicolon, comma):
    """Two families, the first of two persons: each case number isolated on its own, the
    families apart by the semicolon, the persons of one by the comma."""
    from ui.error_words import error_said
    error = not_one_family([[Person(case_no="DEMO-00401"), Person(case_no="DEMO-00402")],
                            [Person(case_no="DEMO-00004")]])
    assert "(DEMO-00401, DEMO-00402; DEMO-00004)" in str(error)  # the command line's, as before
    said = _in(qapp, lang, lambda: error_said(error))
    if lang == "kmr":  # left to right: Latin values are not isolated
        assert "DEMO-00401, DEMO-00402; DEMO-00004" in said, said
    else:
        assert (f"\u2066DEMO-00401\u2069{comma}\u2066DEMO-00402\u2069{semicolon}"
                "\u2066DEMO-00004\u2069") in said, said
