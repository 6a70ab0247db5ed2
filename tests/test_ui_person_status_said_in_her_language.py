"""On her page, in Arabic: a status refused because its date comes before her abduction is
refused in Arabic words (the service's message was shown in English), and a status added that
does not become hers (told with no date after a later one) is said so, with what to do (the
heading stayed as it was and nothing was said)."""

from __future__ import annotations

from tests.ui_support import unlock


def _page(qtbot, gui, made_vault):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from ui.settings import write_language

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("بيريفان")}, sex=Sex.FEMALE,
                            abduction_date=FuzzyDate.parse("2014-08-03"),
                            status_events=[StatusEvent(Status.RESCUED,
                                                       FuzzyDate.parse("2019-05"))]))
    s.close()
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=5_000)
    return page


def _add(qtbot, page, status: str, date: str) -> None:
    tab = page.status_tab
    tab.status.setCurrentIndex(tab.status.findData(status))
    tab.date.setText(date)
    page.error.clear()
    page.notice.clear()
    page.add_status(status, date, "")
    qtbot.waitUntil(lambda: bool(page.error.text() or page.notice.text()), timeout=5_000)


def test_a_status_before_her_abduction_is_refused_in_arabic(qtbot, gui, made_vault):
    page = _page(qtbot, gui, made_vault)
    _add(qtbot, page, "sighted", "2013")
    said = page.error.text()
    assert said == ("شوهدت في \u20662013\u2069 قبل اختطافها (\u20662014-08-03\u2069): تحقق من "
                    "التاريخ"), ascii(said)


def test_a_status_told_with_no_date_after_hers_is_said_kept_in_her_history(qtbot, gui,
                                                                          made_vault):
    page = _page(qtbot, gui, made_vault)
    _add(qtbot, page, "missing", "")
    assert page.notice.text() == (
        "سُجّلت الحالة «مفقودة» في تاريخها؛ وما زالت حالتها «أُنقذت»: ذُكرت بلا تاريخ بعد "
        "«أُنقذت»، فهي خطوة إلى الوراء في قضيتها. أضفها من جديد مع تاريخ حدوثها لتصبح حالتها.")
    assert page.heading.text().endswith("أُنقذت")


def test_a_mans_status_in_the_refusal_is_said_in_the_masculine(qapp):
    from app.domain.errors import StatusWord, ValidationError
    from ui.error_words import error_said
    from ui.i18n import apply_language
    from ui.labels import status_label

    error = ValidationError.saying("%1 on %2 is before her abduction (%3): check the date",
                                   StatusWord("rescued", "M"), "2013", "2014-08-03")
    assert str(error) == "rescued on 2013 is before her abduction (2014-08-03): check the date"
    apply_language(qapp, "ar")
    try:
        said, his = error_said(error), status_label("rescued", "M")
        assert said.startswith(his + " ") and his != status_label("rescued", "F"), said
    finally:
        apply_language(qapp, "en")
