"""Her family on her page: relatives linked from either side."""

from __future__ import annotations

from tests.ui_support import unlock
from ui.bidi import bare

PHONE = "+964 750 123 4567"


def _family(cli) -> None:
    assert cli("init").returncode == 0
    for given in ("Nadia", "Layla"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    assert cli("relative", "SNJ-00001", "sibling", "SNJ-00002").returncode == 0
    r = cli("contact", "SNJ-00002", "--name", "Xidir Elias", "--phone", PHONE,
            "--relation", "brother")
    assert r.returncode == 0, r.stderr


def _page(qtbot, gui, case_no: str):
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return main, page


def _rows(tab) -> list[list[str]]:
    m = tab.model
    return [[bare(m.item(r, c).text()) for c in range(m.columnCount())]
            for r in range(m.rowCount())]


def test_her_page_shows_the_sister_who_linked_her(qtbot, gui, cli):
    _family(cli)
    _main, page = _page(qtbot, gui, "SNJ-00002")
    assert _rows(page.relatives_tab) == [["sibling", "SNJ-00001", "Nadia"]]
