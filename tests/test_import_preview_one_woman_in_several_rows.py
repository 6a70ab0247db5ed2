"""Rows of one list that all update one woman (her name in three scripts) are previewed as the
import takes them, in list order: the first Latin spelling fills her blank Latin name, a later
one becomes another spelling, and each row names the earlier rows that update her already. The
dry run promised both rows the same blank slots."""

from __future__ import annotations

import json

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.cli_helpers import add
from tests.conftest import PASSPHRASE
from tests.test_ui_import_wizard import _wizard

LIST = "Name,Village\nنسرين خليل مراد,Kocho\nNisreen Khalil Murad,Kocho\nNesrîn Xelîl Mirad,Koço\n"


def _list(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_the_dry_run_says_what_the_import_then_does(cli, tmp_path):
    assert cli("init").returncode == 0
    case = add(cli, "--given", "نسرين", "--father", "خليل", "--grandfather", "مراد", "--sex", "F",
               "--village", "Kocho")
    path = _list(tmp_path)
    rows = {r["row"]: r for r in json.loads(cli("--json", "import", str(path),
                                                 "--dry-run").stdout)["rows"]}
    assert [rows[n].get("after_rows") for n in (2, 3, 4)] == [None, [2], [2, 3]]
    assert rows[3]["would_change"]["given.latin"] == ["", "Nisreen"]
    # her Latin name is Nisreen's by then: Nesrîn is another spelling, not her name
    assert set(rows[4]["would_change"]) == {"aliases"}, rows[4]["would_change"]
    assert "Nesrîn" in rows[4]["would_change"]["aliases"][1]
    text = cli("import", str(path), "--dry-run").stdout
    assert f"      note:  rows 2, 3 already update {case}" in text
    assert "(blank) -> Nesrîn;" not in text and "(blank) -> Xelîl" not in text

    assert cli("import", str(path), "--source", "Mixed NGO").returncode == 0
    her = json.loads(cli("--json", "person", "show", case).stdout)
    assert "Nisreen Khalil Murad" in json.dumps(her, ensure_ascii=False)
    assert "Nesrîn Xelîl Mirad" in her["aliases"], her["aliases"]


def test_the_desktop_preview_says_it_too(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        case = s.persons.create(Person(names={
            NamePart.GIVEN: NameText("نسرين", ""), NamePart.FATHER: NameText("خليل", ""),
            NamePart.GRANDFATHER: NameText("مراد", "")}, sex=Sex.FEMALE,
            origin_village="Kocho")).case_no
    finally:
        s.close()
    _main, _imports, wizard = _wizard(qtbot, gui, folder, _list(tmp_path))
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    third = wizard.preview.model.item(2, 4).text()
    assert "Xelîl" not in third.replace("Nesrîn Xelîl Mirad", ""), third
    assert f"Rows 2, 3 of this list already update {case}." in third.replace("، ", ", "), third
    assert "already" not in wizard.preview.model.item(0, 4).text()
