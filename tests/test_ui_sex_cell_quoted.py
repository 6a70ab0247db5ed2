"""Her page quotes a Kurmanji list's sex cell with what it was read as, in the interface's
language: the provenance tab's "Zayend: N" and the conflicts tab's "list: M" read, to anyone who
knows Kurmanji, as the opposite sex (N is nêr, male)."""

from __future__ import annotations

import re

from app.domain.person import NamePart, Person, Sex
from app.importing.service import ImportService
from app.vault import KdfParams, create_vault
from tests.import_helpers import write_csv
from tests.test_import_sex_cell_quoted import KURMANJI
from tests.test_ui_languages import _drawn
from tests.ui_support import PASSPHRASE, unlock
from ui.bidi import isolated
from ui.person_page import SAID
from ui.settings import write_language


def _khalida_and_the_directorates_list(tmp_path):
    """Khalida, a woman; the list (its M and N read as Kurmanji) calls her N (nêr) on row 3:
    updated all the same. Its row 2 is a new person."""
    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    p = Person(sex=Sex.FEMALE, origin_village="Kocho")
    for part, name in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER,
                           NamePart.FAMILY), KURMANJI[1][1][:4], strict=True):
        p.name(part).put(name)
    case_no = s.persons.create(p).case_no
    svc = ImportService(s)
    plan = svc.prepare(str(write_csv(tmp_path / "directorate.csv", KURMANJI[0],
                                     KURMANJI[1])), source="Directorate Yazidi Affairs")
    batch = svc.stage(plan, svc.stage_rows(plan))
    svc.decide(batch, 3, "update", despite_contradiction=True)
    svc.commit(batch)
    s.close()
    return folder, case_no


def test_her_page_says_what_the_sex_cell_was_read_as_in_arabic(qtbot, gui, tmp_path):
    folder, case_no = _khalida_and_the_directorates_list(tmp_path)
    write_language(folder, "ar")
    gui.vault_dir, gui.language = folder, "ar"
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    said = page.provenance_tab.model.item(0, SAID).text()
    male = isolated("ذكر")
    assert f"(قُرئت على أنها {male})" in said, said
    # the cell next to its header, what it was read as after it
    drawn = _drawn(said, page.provenance_tab.font(), True).replace(" ", "")
    assert re.search(r"Zayend:N\(·+\)", drawn), drawn
    conflicts = page.conflicts_tab.model
    assert conflicts.rowCount() == 1
    assert conflicts.item(0, 3).text() == f"{isolated('N')}، قُرئت على أنها {male}"
    assert conflicts.item(0, 4).text() == "أنثى"
