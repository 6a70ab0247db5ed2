"""The New person form checks what is typed as her page checks what is added to it (a status
that only follows her abduction dated before it, a birth after it), and refuses a box holding
both scripts, as `person add` does: it saved all three (found by a tester)."""

from __future__ import annotations

import pytest

from tests.ui_support import new_person_form, wait_job


def _form(qtbot, gui, folder):
    return new_person_form(qtbot, gui, folder)


def _people(qtbot, gui) -> list[str]:
    return wait_job(qtbot, gui.worker, lambda s: [p.case_no for p in s.persons.iter_all()])


def test_a_box_holding_both_scripts_is_refused(qtbot, gui, made_vault):
    from app.domain.person import NamePart
    _main, dialog = _form(qtbot, gui, made_vault[0])
    dialog.name_fields[NamePart.GIVEN][1].setText("سوزان Suzan")
    dialog.save_button.click()
    assert dialog.error.text() == ("\u2068سوزان Suzan\u2069 holds Arabic script and Latin "
                                   "letters: type each spelling in its own box"), \
        ascii(dialog.error.text())
    qtbot.wait(100)
    assert _people(qtbot, gui) == []


@pytest.mark.parametrize("what, said", [
    ("status", "Sighted on 2013 is before her abduction (2014-08-03): check the date"),
    ("birth", "born 2016, after her abduction (2014-08-03): check both dates"),
])
def test_dates_her_page_refuses_are_refused_here_too(qtbot, gui, made_vault, what, said):
    from app.domain.person import NamePart
    _main, dialog = _form(qtbot, gui, made_vault[0])
    dialog.name_fields[NamePart.GIVEN][1].setText("Nadia")
    dialog.abduction.edit.setText("03/08/2014")
    if what == "status":
        dialog.status.setCurrentIndex(dialog.status.findData("sighted"))
        dialog.status_date.edit.setText("2013")
    else:
        dialog.birth.edit.setText("2016")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    shown = dialog.error.text().replace("\u2066", "").replace("\u2069", "").replace("\u2068", "")
    assert shown == said
    assert _people(qtbot, gui) == []
