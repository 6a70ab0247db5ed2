"""The desktop's Add rescue form takes the day she was handed over to her family, as `rescue
add --handover-to-family` does: read as a date, refused in the interface's language when it
cannot be read or lies in the future (nothing saved), and shown in her rescues table and on
the Rescues screen. A real vault on disk and her page offscreen."""

from __future__ import annotations

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


def _taken(folder) -> None:
    """Nadia, missing since 03/08/2014."""
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")}, sex=Sex.FEMALE,
                            status_events=[StatusEvent(Status.MISSING,
                                                       FuzzyDate.parse("03/08/2014"))]))
    s.close()


def _stored(folder) -> tuple[list, str]:
    """The rescues in the vault and her current status, read afresh."""
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        ops = [s.records.get_rescue(i) for i in s.records.list_rescue_ids()]
        return ops, s.persons.get("SNJ-00001").current_status.value
    finally:
        s.close()


def test_the_handover_typed_makes_her_reunited_that_day_and_shows_in_her_table(
        qtbot, gui, made_vault):
    folder, _ = made_vault
    _taken(folder)
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    tab = page.rescues_tab
    tab.boxes["date"].setText("20/03/2019")
    tab.boxes["handover_to_family"].setText("25/03/2019")
    tab.boxes["outcome"].setText("rescued alive")
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert "her status is now Reunited" in page.notice.text()
    headers = [tab.model.horizontalHeaderItem(c).text() for c in range(tab.model.columnCount())]
    column = headers.index("Handover to family")
    assert tab.model.item(0, column).text() == "2019-03-25"
    assert tab.boxes["handover_to_family"].text() == ""  # the form is cleared for the next
    [op], status = _stored(folder)
    assert (op.handover_to_family.earliest.isoformat(), op.handover_to_family.text) == (
        "2019-03-25", "25/03/2019")  # as `rescue add` keeps it: the date and its text as typed
    assert status == "reunited"
    screen = page.window().show_screen("rescues")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    headers = [screen.model.horizontalHeaderItem(c).text()
               for c in range(screen.model.columnCount())]
    assert screen.model.item(0, headers.index("Handover to family")).text() == "2019-03-25"
    # her case number, then her name as the vault keeps it
    assert bare(screen.model.item(0, headers.index("Persons")).text()) == "SNJ-00001  نادية"


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "her brother", "Handover to family: her brother cannot be read as a date"),
    ("en", "2041", "Handover to family: 2041 is in the future"),
    ("ar", "her brother", "التسليم إلى العائلة: لا يمكن قراءة"),
    ("ckb", "2041", "ڕادەستکردن بە خێزان:"),
    ("kmr", "2041", "Radestkirina malbatê: ")])
def test_a_handover_that_is_no_date_is_refused_in_her_language_and_nothing_is_saved(
        qtbot, gui, made_vault, lang, typed, said):
    """As `rescue add --handover-to-family 'her brother'` refuses it: the box named, the
    vault as it was (no rescue, she stays missing), the form kept to be put right."""
    folder, _ = made_vault
    _taken(folder)
    page = _page(qtbot, gui, folder, lang, "SNJ-00001")
    tab = page.rescues_tab
    tab.boxes["date"].setText("20/03/2019")
    tab.boxes["handover_to_family"].setText(typed)
    tab.add_button.click()
    # refused or recorded, whichever the form does: a rescue taken says so in the notice
    qtbot.waitUntil(lambda: page.error.text() != "" or page.notice.text() != "",
                    timeout=10_000)
    error = bare(page.error.text())  # the label and the text typed each isolated
    assert said in error and typed in error
    if lang != "en":
        assert "cannot be read" not in error and "in the future" not in error
    assert tab.model.rowCount() == 0 and tab.boxes["handover_to_family"].text() == typed
    assert _stored(folder) == ([], "missing")


def test_a_rescue_date_in_the_future_is_refused_as_the_command_line_refuses_it(
        qtbot, gui, made_vault):
    """`rescue add --date 2041` is refused; the desktop's form took it and made her rescued."""
    folder, _ = made_vault
    _taken(folder)
    page = _page(qtbot, gui, folder, "ar", "SNJ-00001")
    page.rescues_tab.boxes["date"].setText("2041")
    page.rescues_tab.add_button.click()
    # refused or recorded, whichever the form does: a rescue taken says so in the notice
    qtbot.waitUntil(lambda: page.error.text() != "" or page.notice.text() != "",
                    timeout=10_000)
    error = bare(page.error.text())
    assert "تاريخ الإنقاذ: 2041 في المستقبل" in error
    assert _stored(folder) == ([], "missing")
