"""Her page's Provenance tab quotes the list's row as "header: value" pairs, each read as its
header is written, in every interface language. In an Arabic or Sorani window a Latin pair came
out reversed, its colon on the wrong side: "Samira Qasim :Name (English)", "1992 :born"."""

from __future__ import annotations

import re

import pytest

from app.importing.service import ImportService
from app.vault import open_vault
from db.repositories.persons import PersonFilter
from tests.import_helpers import write_csv
from tests.test_ui_languages import _drawn
from tests.ui_support import PASSPHRASE, unlock
from ui.settings import write_language

HEADER = ["الاسم", "Name (English)", "grandfather", "born", "القرية"]
ROW = ["سميرة قاسم", "Samira Qasim", "Qasim", "1992", "Kocho"]


def _imported(folder, tmp_path) -> str:
    s = open_vault(folder, PASSPHRASE)
    try:
        svc = ImportService(s)
        plan = svc.prepare(str(write_csv(tmp_path / "list.csv", HEADER, [ROW])),
                           source="Family of Kocho")
        svc.commit(svc.stage(plan, svc.stage_rows(plan)))
        return s.persons.repo.summaries(PersonFilter(), limit=1)[0].case_no
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en", "kmr"])
def test_each_pair_of_the_list_reads_as_its_header_is_written(qtbot, gui, made_vault,
                                                              tmp_path, lang):
    folder, _code = made_vault
    case_no = _imported(folder, tmp_path)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    model = page.provenance_tab.model
    assert model.rowCount() == 1
    rtl = lang in ("ar", "ckb")
    font = page.provenance_tab.font()
    line = _drawn(model.item(0, 6).text(), font, rtl).replace(" ", "")
    # a Latin header before its value, read left to right, its colon after the header
    for pair in ("Name(English):SamiraQasim", "grandfather:Qasim", "born:1992"):
        assert pair in line, line
    # a Latin value after an Arabic header: the header at the right of the value
    assert re.search(r"Kocho·?:·*$|Kocho·?:", line), line
    # the pairs in the list's order from the interface's side
    at = [line.index("Name(English)"), line.index("grandfather"), line.index("born")]
    assert at == sorted(at, reverse=rtl), line
    # on hover, each pair on its own line, read the same way
    tip = _drawn(re.sub(r"<[^>]+>", "\n", model.item(0, 6).toolTip()), font, rtl)
    assert re.search(r"born:·?1992", tip.replace(" ", "")), tip
