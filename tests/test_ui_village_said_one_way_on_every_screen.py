"""A village stored in Latin letters (Kocho) read كوجو on the Arabic persons list but Kocho in
the New person form's candidates, the import's "Vault person" cells and her own page's Village
box (found by a tester): the same woman read differently from screen to screen. Every one of
them says it as the persons list does; her page saves it as stored unless it is changed."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_ui_new_person import _type_names
from tests.ui_support import new_person_form
from ui.bidi import bare

KOCHO = {"ar": "كوجو", "ckb": "کۆچۆ", "kmr": "Koço", "en": "Kocho"}


def _with_gulizar(folder) -> None:
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("كوليزار", "Gulizar"),
                                       NamePart.FATHER: NameText("الياس", "Elias")},
                                sex=Sex.FEMALE, origin_village="Kocho"))
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_persons_list_and_the_new_person_candidates_say_it_alike(qtbot, gui, made_vault,
                                                                    lang):
    _with_gulizar(made_vault[0])
    gui.language = lang
    main, dialog = new_person_form(qtbot, gui, made_vault[0])
    model = main.persons.model
    qtbot.waitUntil(lambda: model.index(0, 4).data() is not None, timeout=10_000)
    listed = model.index(0, 4).data()
    assert bare(listed) == KOCHO[lang], listed
    _type_names(dialog, given=("كوليزار", ""), father=("الياس", ""))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    assert bare(dialog.found_table.model.item(0, 4).text()) == KOCHO[lang]


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr", "en"])
def test_the_imports_vault_person_says_it_in_the_interface_language(qapp, lang):
    from ui.i18n import apply_language
    from ui.import_wizard import _card
    card = {"case_no": "SNJ-00001", "name_original": "كوليزار", "name_latin": "Gulizar",
            "given_unknown": False, "sex": "F", "born": "", "village": "Kocho",
            "status": "missing"}
    apply_language(qapp, lang)
    try:
        said = _card(card)
    finally:
        apply_language(qapp, "en")
    assert KOCHO[lang] in said and (lang == "en" or "Kocho" not in said), said


def test_her_page_shows_it_so_and_saves_it_as_stored_unless_changed(qtbot, qapp):
    from ui.i18n import apply_language
    from ui.person_form import PersonForm
    apply_language(qapp, "ar")
    try:
        form = PersonForm()
        qtbot.addWidget(form)
        form.show_person(Person(names={NamePart.GIVEN: NameText("كوليزار", "")},
                                origin_village="Kocho", case_no="SNJ-00001"))
        box = form.texts["origin_village"]
        assert box.text() == "كوجو"
        assert form.read_person().origin_village == "Kocho"
        box.setText("حردان")
        assert form.read_person().origin_village == "حردان"
    finally:
        apply_language(qapp, "en")


def test_the_compared_pair_says_it_as_the_persons_list_does(qtbot, gui, made_vault):
    _with_gulizar(made_vault[0])
    s = open_vault(made_vault[0], PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("كوليزار", "Gulizar")},
                                sex=Sex.FEMALE, origin_village="Kocho"))
    finally:
        s.close()
    from tests.ui_support import unlock
    gui.vault_dir, gui.language = made_vault[0], "ar"
    main = unlock(qtbot, gui)
    view = main.show_screen("duplicates")
    view.compare_a.setText("SNJ-00001")
    view.compare_b.setText("SNJ-00002")
    view.compare()
    qtbot.waitUntil(lambda: view.pairs != [] or view.error.text() != "", timeout=10_000)
    model = view.detail.model
    (row,) = [r for r in range(model.rowCount()) if model.item(r, 0).text() == "القرية"]
    assert [bare(model.item(row, c).text()) for c in (2, 3)] == ["كوجو", "كوجو"]
