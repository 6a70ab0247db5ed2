"""On a boy's page (or a person's of unrecorded sex), a status added that does not become his
said "%1 was recorded in her history; she is still %2": said of him, or of this person."""

from __future__ import annotations

import re

import pytest

from tests.test_ui_person_status_said_in_her_language import _add
from tests.ui_support import unlock


def _page(qtbot, gui, made_vault, sex):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Samir")}, sex=Sex(sex),
                            abduction_date=FuzzyDate.parse("2014-08-03"),
                            status_events=[StatusEvent(Status.SIGHTED,
                                                       FuzzyDate.parse("2019"))]))
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=5_000)
    return page


@pytest.mark.parametrize("sex, whose, who", [("M", "his", "he is"),
                                             ("U", "this person's", "they are")])
def test_a_status_dated_before_his_is_said_kept_in_his_history(qtbot, gui, made_vault, sex,
                                                               whose, who):
    page = _page(qtbot, gui, made_vault, sex)
    _add(qtbot, page, "located", "2015-03")
    said = re.sub(r"[\u2066-\u2069]", "", page.notice.text())
    assert said.startswith(f"Located was recorded in {whose} history; {who} still "), said
    assert not re.search(r"\b(her|she)\b", said), said


@pytest.mark.parametrize("sex, whose", [("M", "his"), ("U", "their")])
def test_a_status_told_with_no_date_after_his_says_how_to_make_it_his(qtbot, gui, made_vault,
                                                                     sex, whose):
    page = _page(qtbot, gui, made_vault, sex)
    _add(qtbot, page, "missing", "")
    said = page.notice.text()
    assert f"Add it again with the date it happened to make it {whose} status." in said, said
    assert not re.search(r"\b(her|she)\b", said), said
