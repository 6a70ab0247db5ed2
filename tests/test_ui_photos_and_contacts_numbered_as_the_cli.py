"""Her page numbers her photos and family contacts as `person show` does, the numbers `photo
remove ID` and `contact remove ID` take: the photos were labelled 1, 2, 3 as shown (or by their
caption), so a user told "photo remove 3" on the telephone found no photo 3, or another one."""

from __future__ import annotations

import json
import os

from PIL import Image

from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


def _jpeg(path, colour) -> bytes:
    Image.new("RGB", (30, 40), colour).save(path, "JPEG")
    return path.read_bytes()


def test_photos_and_contacts_carry_the_numbers_the_command_line_gives(qtbot, gui, cli,
                                                                     tmp_path):
    from app.domain.records import FamilyContact
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Layla", "Nadia"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    s = open_vault(cli.vault, PASSPHRASE)
    try:  # Layla's photo and contact first: Nadia's numbers are not 1, 2
        s.records.add_photo("SNJ-00001", _jpeg(tmp_path / "a.jpg", (10, 10, 10)))
        s.records.add_contact("SNJ-00001", FamilyContact(0, "Kheri", "0750 111 2222", "father"))
        for n, colour in enumerate([(200, 0, 0), (0, 200, 0), (0, 0, 200)]):
            s.records.add_photo("SNJ-00002", _jpeg(tmp_path / f"{n}.jpg", colour),
                                "at the camp" if n == 2 else "")
        for name in ("Xidir", "Ezîz"):
            s.records.add_contact("SNJ-00002", FamilyContact(0, name, "0751 333 4455", "uncle"))
    finally:
        s.close()
    assert cli("photo", "remove", "2", "--yes").returncode == 0  # her first, taken off
    shown = json.loads(cli("--json", "person", "show", "SNJ-00002").stdout)
    photos = [p["id"] for p in shown["photos"]]
    contacts = [c["id"] for c in shown["family_contacts"]]
    assert photos == [3, 4] and contacts == [2, 3]

    page = _page(qtbot, gui, cli.vault, "en", "SNJ-00002")
    labels = [bare(page.photos_tab.list.item(n).text())
              for n in range(page.photos_tab.list.count())]
    assert labels == ["Photo 3", "Photo 4: at the camp"]
    model = page.contacts_tab.model
    assert model.horizontalHeaderItem(0).text() == "No."
    assert [bare(model.item(r, 0).text()) for r in range(model.rowCount())] == ["2", "3"]
    assert [bare(model.item(r, 1).text()) for r in range(model.rowCount())] == ["Xidir", "Ezîz"]
    # the photo chosen by its label is the one `photo remove 4` removes
    page.photos_tab.list.setCurrentRow(1)
    assert page.photos_tab.chosen().id == 4
    if shot := os.environ.get("CK_SHOT"):  # for a person to look at
        page.resize(1000, 600)
        for tab, name in ((page.photos_tab, "photos"), (page.contacts_tab, "contacts")):
            page.tabs.setCurrentWidget(tab)
            page.grab().save(f"{shot}-{name}.png")
