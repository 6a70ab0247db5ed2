"""Her page's Provenance tab names the import batch of each list row, as `person show` does: two
imports of one file were told apart only by the time recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.person import NamePart, Person, Sex
from app.importing.service import ImportService
from app.vault import KdfParams, create_vault
from tests.import_helpers import write_csv
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import bare


def test_each_list_row_names_its_batch(qtbot, gui, tmp_path):
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    p = Person(sex=Sex.FEMALE)
    for part, name in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER),
                          ("Khalida", "Elias", "Khudeda"), strict=True):
        p.name(part).put(name)
    case_no = s.persons.create(p).case_no
    svc = ImportService(s)
    for born in ("1990", "1991"):  # the list sent twice, its second version changed
        path = write_csv(tmp_path / "ngo.csv", ["Name", "Father", "Grandfather", "Born"],
                         [["Khalida", "Elias", "Khudeda", born]])
        plan = svc.prepare(str(path), source="NGO")
        batch = svc.stage(plan, svc.stage_rows(plan))
        if svc.undecided(batch):  # three names alike: asked, and she is the one
            svc.decide(batch, 2, "update")
        svc.commit(batch)
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    model = page.provenance_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[1] == "Batch"
    assert sorted(bare(model.item(r, 1).text()) for r in range(model.rowCount())) == ["1", "2"]
