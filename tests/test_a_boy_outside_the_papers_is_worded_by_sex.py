"""A boy (or a person of unrecorded sex) outside the papers was spoken of as a woman: "not in
her row" (person show, the History, the import's lines), "her sharing level" (a refused
document, the print screen), «المعروفة بـ» (the desktop's known-as in Arabic). Each is worded by
the person's sex where it is known, as the papers word it, and of anyone where it is not."""

from __future__ import annotations

import json

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from tests.ui_support import PASSPHRASE, unlock


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
def imported(cli, tmp_path):
    """Samir (male, his row says) and Nadia (no sex), both given the list's status missing."""
    _ok(cli, "init", "--prefix", "SNJ")
    csv = tmp_path / "kocho.csv"
    csv.write_text("Name,Father,Grandfather,Village,Sex\nSamir,Elias,Khudeda,Kocho,male\n"
                   "Nadia,Murad,Basee,Kocho,\n", encoding="utf-8")
    dry = _ok(cli, "import", str(csv), "--source", "Family of Kocho", "--new-status", "missing",
              "--dry-run")
    _ok(cli, "import", str(csv), "--source", "Family of Kocho", "--new-status", "missing")
    cli.dry = dry.stdout
    return cli


def test_the_import_says_not_in_this_row_of_a_row(imported):
    assert "row 2: new person: Samir Elias Khudeda (said of the whole list, not in this row: " \
        "status missing)" in imported.dry
    assert "her row" not in imported.dry


@pytest.mark.parametrize("case, said", [("SNJ-1", "not in his row"),
                                        ("SNJ-2", "not in this person's row")])
def test_person_show_and_the_trail_word_the_list_wide_status_by_sex(imported, case, said):
    shown = _ok(imported, "person", "show", case).stdout
    assert f"missing  «said of the whole list, {said}»" in shown and "her row" not in shown
    log = json.loads(_ok(imported, "--json", "audit", "log", "--case", case).stdout)
    (entry,) = [e for e in log if e["action"] == "person.import_list_wide"]
    assert entry["detail"]["why"] == f"said of the whole list when it was imported, {said}"
    words = _ok(imported, "audit", "log", "--case", case).stdout
    assert "Given what was said of the whole list, not in this person's row" in words


def test_where_a_value_came_from_is_worded_by_sex(imported):
    from app.importing.decisions import value_from
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE as PHRASE

    s = open_vault(imported.vault, PHRASE)
    try:
        said = {}
        for case in ("SNJ-00001", "SNJ-00002"):
            p = s.persons.get(case)
            said[case] = value_from(s, s.persons.history(case), "status", p.id)
    finally:
        s.close()
    assert said == {"SNJ-00001": "said of the whole list of batch 1, not in his row",
                    "SNJ-00002": "said of the whole list of batch 1, not in this person's row"}


@pytest.mark.parametrize("sex, subject, poss", [("M", "he", "his"), ("U", "they", "their"),
                                                ("F", "she", "her")])
def test_a_refused_document_words_the_person_by_sex(cli, tmp_path, sex, subject, poss):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Samir", "--sex", sex, "--sharing", "internal")
    r = cli("dossier", "SNJ-1", "-o", str(tmp_path / "x.pdf"), "--profile", "court")
    assert r.returncode == 2 and not (tmp_path / "x.pdf").exists()
    assert f"if {subject} may be shown to that audience" in r.stderr
    assert f"(or on {poss} page, Sharing)" in r.stderr
    r = _ok(cli, "dossier", "SNJ-1", "-o", str(tmp_path / "x.pdf"), "--profile", "court",
            "--despite-sharing")
    assert f"made despite {poss} sharing level (internal" in r.stdout


def _boy_and_nameless(folder) -> dict[str, str]:
    from app.domain.person import SharingLevel
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        return {
            "boy": s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Samir")},
                                           sex=Sex.MALE,
                                           sharing_level=SharingLevel.INTERNAL)).case_no,
            "unknown": s.persons.create(Person(
                names={NamePart.NICKNAME: NameText("أبو نايف")}, sex=Sex.UNKNOWN)).case_no,
        }
    finally:
        s.close()


def test_the_print_screen_refuses_a_boys_dossier_in_his_words(qtbot, gui, made_vault):
    folder, _code = made_vault
    made = _boy_and_nameless(folder)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", made["boy"])
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=30_000)
    said = view.error.text()
    assert "his sharing level" in said and "If he may, set Sharing on his page" in said, said
    assert "her" not in said.replace("here", "")
    view.despite_button.click()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == "" and "Made despite his sharing level" in view.info.text()


@pytest.mark.usefixtures("new_translations")  # the new Arabic words, not in the .qm yet
def test_a_person_of_unrecorded_sex_is_known_as_in_both_forms_in_arabic(qtbot, gui, made_vault):
    from tests.test_ui_person_page_bidi import _page
    folder, _code = made_vault
    made = _boy_and_nameless(folder)
    heading = _page(qtbot, gui, folder, "ar", made["unknown"]).heading.text()
    assert "المعروف/ة بـ" in heading and "أبو نايف" in heading, heading


def test_his_page_says_the_list_wide_status_was_not_in_his_row(qtbot, gui, imported):
    from tests.test_ui_person_page_bidi import _page
    page = _page(qtbot, gui, imported.vault, "en", "SNJ-00001")
    model = page.status_tab.model
    notes = [model.item(r, 2).text() for r in range(model.rowCount())]
    assert any("said of the whole list, not in his row" in n for n in notes), notes
