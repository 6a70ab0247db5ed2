"""Her page said a sighting "06/2025" added after a rescue of 20 June was history as "she is
still Rescued, a status later or further along her case", though the sighting's days reach past
the rescue: nothing shows the rescue came later. It says the days may fall either side."""

from __future__ import annotations

import re

from tests.test_ui_person_status_said_in_her_language import _add
from tests.ui_support import unlock


def test_a_sighting_whose_days_hold_her_rescue_is_not_said_to_come_before_it(qtbot, gui,
                                                                              made_vault):
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Salwa")}, sex=Sex("F"),
                            abduction_date=FuzzyDate.parse("2014-08-03"),
                            status_events=[StatusEvent(Status.RESCUED,
                                                       FuzzyDate.parse("2025-06-20"))]))
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=5_000)
    _add(qtbot, page, "sighted", "06/2025")  # 1-30 June, counted at the 15th
    said = re.sub(r"[\u2066-\u2069]", "", page.notice.text())
    assert said.startswith("Sighted was recorded in her history; she is still Rescued"), said
    assert "a status later" not in said and "may come before or after it" in said, said
