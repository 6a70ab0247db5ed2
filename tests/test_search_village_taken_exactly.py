"""A search's village is the village itself, in any script or spelling of that place, as a
summary's is: `search --village Hardann` answered with Hardan's women without a word, and the
desktop's village box did the same while its tip said a similar village is not included. A
village the vault writes only like the one typed is refused naming it; the search says which
villages it took, and the similar ones it left out."""

from __future__ import annotations

import json
import os

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_ui_person_page_bidi import write_language
from tests.ui_support import unlock

# Nadia of Hardan, Vian of حردان (the same place), Jihan of Kocho, Layla of Kochoo (a slip an
# older vault kept as typed)
PEOPLE = (("Nadia", "Hardan"), ("Nadia", "حردان"), ("Nadia", "Kocho"), ("Nadia", "Kochoo"))


def _vault(folder) -> None:
    s = open_vault(folder, PASSPHRASE)
    try:
        for given, village in PEOPLE:
            s.persons.create(Person(names={NamePart.GIVEN: NameText("", given)}, sex=Sex.FEMALE,
                                    origin_village=village))
    finally:
        s.close()


@pytest.fixture
def vault(cli, made_vault):
    _vault(made_vault[0])
    return cli


def _found(r) -> list[str]:
    return [line.split("\t")[1] for line in r.stdout.splitlines() if "\t" in line]


def test_a_similar_village_is_refused_naming_what_it_could_mean(vault):
    for typed in ("Hardann", "Hardanx"):
        r = vault("search", "Nadia", "--village", typed)
        assert r.returncode == 2 and r.stdout == "", r.stdout
        assert (f'no village of the vault is written "{typed}" (in any script or spelling of '
                "that place); it could mean Hardan") in r.stderr, r.stderr
    r = vault("search", "Nadia", "--village", " ")
    assert r.returncode == 2 and "--village is blank" in r.stderr, r.stderr


def test_the_village_itself_is_taken_and_said_with_the_similar_ones_left_out(vault):
    r = vault("search", "Nadia", "--village", "Herdan")  # another spelling of the place
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "village Herdan: records written Hardan or حردان"
    assert sorted(_found(r)) == ["SNJ-00001", "SNJ-00002"]
    r = vault("search", "Nadia", "--village", "Kocho")
    assert r.stdout.splitlines()[0] == ("village Kocho: records written Kocho; similar "
                                        "villages not taken: Kochoo")
    assert _found(r) == ["SNJ-00003"]
    r = vault("--json", "search", "Nadia", "--village", "Kocho")
    assert [x["case_no"] for x in json.loads(r.stdout)] == ["SNJ-00003"]
    assert "village Kocho: records written Kocho; similar villages not taken: Kochoo" \
        in r.stderr, r.stderr


@pytest.mark.parametrize("lang, said", [
    ("en", 'no village of the vault is written "Hardann"'),
    ("ar", "لا قرية في الخزنة مكتوبة"),
])
def test_the_desktops_village_box_takes_the_village_itself(qtbot, gui, made_vault,
                                                           new_translations, lang, said):
    folder, _ = made_vault
    _vault(folder)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    view, model = main.persons, main.persons.model
    with qtbot.waitSignal(model.counts_changed, timeout=10_000):
        view.village.setText("Kocho")
    assert model.total == 1  # Kochoo is another village
    view.search_box.setText("Nadia")
    qtbot.waitUntil(lambda: model.results is not None, timeout=10_000)
    assert [r.case_no for r in model.results] == ["SNJ-00003"]
    view.village.setText("Hardann")
    qtbot.waitUntil(lambda: view.filter_error.isVisibleTo(view), timeout=10_000)
    assert said in view.filter_error.text(), view.filter_error.text()
    assert "Hardan" in view.filter_error.text()
    if lang == "ar":  # the two villages by the Arabic comma, each in its own direction
        assert "Hardan\u2069، \u2068حردان\u2069" in view.filter_error.text(), \
            ascii(view.filter_error.text())
    assert [r.case_no for r in model.results] == ["SNJ-00003"]  # the last good filter kept
    if shot := os.environ.get("CK_SHOT"):
        main.grab().save(f"{shot}-{lang}.png")
    view.village.setText("حردان")
    qtbot.waitUntil(lambda: not view.filter_error.isVisibleTo(view)
                    and {r.case_no for r in model.results or []} == {"SNJ-00001", "SNJ-00002"},
                    timeout=10_000)
