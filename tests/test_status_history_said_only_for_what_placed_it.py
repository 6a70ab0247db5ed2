"""A status told that stays history said why only as far as it is true: a sighting "11/2015"
after a rescue of "2015" (which holds it; its middle, 15 November, is after the rescue's) was
said to count "at their middle, before it", and one of "about 2015" after "about 2017" to reach
"no later than it was told" though nothing was cut short. The middles are said where they
decided (both of them), the days cut short only where they were; else the neutral words."""

from __future__ import annotations

import re

import pytest

from tests.test_ui_person_status_said_in_her_language import _add
from tests.ui_support import unlock


@pytest.fixture
def salwa(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Salwa", "--father", "Salo", "--sex", "F")
    assert r.returncode == 0, r.stderr
    return cli


def test_a_sighting_a_years_rescue_holds_is_not_said_placed_by_its_middle(salwa):
    assert salwa("person", "status", "SNJ-1", "rescued", "--date", "2015").returncode == 0
    r = salwa("person", "status", "SNJ-1", "sighted", "--date", "11/2015")
    assert r.returncode == 0, r.stderr
    assert "she is still 'rescued', a status later or further along her case" in r.stdout, r.stdout
    assert "middle" not in r.stdout and "no later than" not in r.stdout, r.stdout


def test_the_rescues_day_typed_makes_her_held_again_as_readme_says(salwa):
    assert salwa("person", "status", "SNJ-1", "rescued", "--date", "10/06/2015").returncode == 0
    r = salwa("person", "status", "SNJ-1", "sighted", "--date", "11/2015")
    assert "SNJ-00001 is now sighted" in r.stdout and "held again" in r.stdout, r.stdout


def test_days_not_cut_short_are_not_said_to_be_and_both_middles_are_said(salwa):
    assert salwa("person", "status", "SNJ-1", "sighted", "--date", "about 2017").returncode == 0
    r = salwa("person", "status", "SNJ-1", "rescued", "--date", "about 2015")
    assert r.returncode == 0, r.stderr
    assert "she is still 'sighted' (about 2017)" in r.stdout, r.stdout
    assert "no later than" not in r.stdout, r.stdout
    assert "2013-01-01 to 2017-12-31" in r.stdout and "2015-07-02, before its 2017-07-01" in r.stdout


def test_her_page_does_not_say_a_sighting_her_rescues_year_holds_counts_before_it(qtbot, gui,
                                                                                   made_vault):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Salwa")}, sex=Sex("F"),
                            abduction_date=FuzzyDate.parse("2014-08-03"),
                            status_events=[StatusEvent(Status.RESCUED, FuzzyDate.parse("2015"))]))
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=5_000)
    _add(qtbot, page, "sighted", "11/2015")  # counted at 15 November, after 2 July
    said = re.sub(r"[\u2066-\u2069]", "", page.notice.text())
    assert said.startswith("Sighted was recorded in her history; she is still Rescued"), said
    assert "before it" not in said and "middle" not in said, said
