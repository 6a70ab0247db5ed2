"""A list row whose given name is written in one script only is named, wherever an import shows
it, by the rule every list follows (app.domain.person.name_shown): Xezal's row (her given name in
Latin letters, her father's and grandfather's in Arabic script) read "الياس حيدر / Xezal" in the
import window's preview, in `review`'s decision and in its refusals, a man named Elias beside
her; and `review --json` named the record she may be "الياس حيدر قيران". Her given name leads
the other script's name instead; the names as stored stay as they are in --json."""

from __future__ import annotations

import json

import pytest

from tests.test_ui_import_wizard import _wizard

XEZAL = ["--given", "Xezal", "--father", "الياس", "--father", "Elias", "--grandfather", "حيدر",
         "--family", "قيران", "--sex", "F", "--village", "Kocho", "--status", "missing"]
# Her row: a probable match (another village); Narin's, a new person
LIST = ("Name,Father,Grandfather,Sex,Village\nXezal,الياس,حيدر,F,Hardan\n"
        "Narin,الياس,,F,Kocho\n")


@pytest.fixture
def staged(cli, tmp_path):
    """SNJ-00001 Xezal, SNJ-00002 Narin (her given name in Latin letters too); the list staged
    as batch 1, its row 2 waiting."""
    assert cli("init").returncode == 0
    for args in (XEZAL, ["--given", "Narin", "--father", "الياس",
                         "--sex", "F"]):
        assert cli("person", "add", *args).returncode == 0
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    done = cli("import", str(path))
    assert done.returncode == 0, done.stderr
    return cli


def test_review_json_names_the_record_she_may_be_with_her_given_name_first(staged):
    waiting = json.loads(staged("--json", "review", "1").stdout)
    row = next(w for w in waiting if w["row"] == 2)
    assert row["match_name_shown"] == "Xezal الياس حيدر قيران"
    assert row["match_name"] == "الياس حيدر قيران"  # as stored
    assert row["candidate"]["name_original"] == "الياس حيدر قيران"  # as stored


def test_a_refused_decision_names_her_row_and_the_record_as_the_lists_do(staged):
    refused = staged("review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00002")
    assert refused.returncode != 0
    assert "row 2 (Xezal الياس حيدر / Xezal) contradicts SNJ-00002 (Narin الياس / Narin)" \
        in refused.stderr, refused.stderr


def test_a_decision_names_her_row_with_her_given_name_first(staged):
    decided = staged("review", "1", "--row", "2", "--decide", "update")
    assert decided.returncode == 0, decided.stderr
    assert "      list:  Xezal الياس حيدر / Xezal\n" in decided.stdout, decided.stdout
    data = json.loads(staged("--json", "review", "1", "--row", "2", "--decide", "update",
                             "--override").stdout)["decided"]
    assert data["row_names"]["original"] == "الياس حيدر"  # as stored: the data
    assert data["row_names"]["latin"] == "Xezal"


def test_the_import_windows_preview_names_her_row_with_her_given_name_first(
        qtbot, gui, made_vault, tmp_path):
    from PySide6.QtCore import Qt

    from ui.bidi import bare
    folder, _code = made_vault
    path = tmp_path / "list.csv"
    path.write_text(LIST + ",الياس,حيدر,F,Kocho\n", encoding="utf-8")
    _main, _imports, wizard = _wizard(qtbot, gui, folder, path)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    model = wizard.preview.model
    names = [bare(model.item(r, 2).text()) for r in range(model.rowCount())]
    assert names == ["Xezal الياس حيدر / Xezal", "Narin الياس / Narin",
                     "(given name unknown) الياس حيدر"], names
    table = wizard.preview.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(0, 2)).center())
    assert bare(wizard.preview_details.text().splitlines()[0]) == \
        "Row 2: Xezal الياس حيدر / Xezal"
