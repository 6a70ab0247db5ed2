"""On her Relatives tab a red refusal (a case number no record has) stayed on her page after
the next link was made, and read as that link's failure. A change that succeeds clears it."""

from __future__ import annotations

import os

from tests.test_ui_person_page_bidi import _page


def test_a_link_made_clears_the_refusal_of_the_one_before(qtbot, gui, cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Jamila"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    page = _page(qtbot, gui, cli.vault, "en", "SNJ-00001")
    tab = page.relatives_tab
    page.tabs.setCurrentWidget(tab)
    tab.case.setText("SNJ-00099")  # no such record
    tab.link.emit(tab.case.text(), "sibling")
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert "SNJ-00099" in page.error.text()
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1000, 600)
        page.grab().save(f"{shot}-refused.png")
    tab.case.setText("SNJ-00002")
    tab.link.emit(tab.case.text(), "sibling")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert page.error.text() == "" and not page.error.isVisible()
    assert tab.case.text() == ""  # linked: the number typed is done with
    if shot:
        page.grab().save(f"{shot}-linked.png")


def test_a_photo_added_clears_a_refusal_too(qtbot, gui, cli, tmp_path):
    from PIL import Image
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    page = _page(qtbot, gui, cli.vault, "en", "SNJ-00001")
    page.relatives_tab.link.emit("SNJ-00099", "sibling")
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    path = tmp_path / "face.jpg"
    Image.new("RGB", (30, 40), (90, 60, 40)).save(path, "JPEG")
    page.add_photo_file(path)
    qtbot.waitUntil(lambda: page.photos_tab.list.count() == 1, timeout=10_000)
    assert page.error.text() == ""
