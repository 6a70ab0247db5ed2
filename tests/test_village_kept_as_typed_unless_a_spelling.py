"""A typed village takes the vault's spelling only where it is the village's name written another
way (Solax, Solagh; Tel Qassab, Tel Qasab), never another record's longer text it resembles:
`person add`, `person edit`, an import row and the desktop form (the same rule) keep it as typed."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv

# Nadia's village, noted with where her held sister's captor lives
HERS = "Kocho, Siba's captor lives here"
# Vian's, another woman's note: stored as Nadia's, it invented her value and moved Siba's name
TYPED = "Kocho, Layla's captor lives here"


def _village(tmp_path, case_no: str) -> str:
    shown = cli(tmp_path, "--json", "person", "show", case_no)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)["origin_village"]


def _add(tmp_path, given: str, village: str) -> None:
    out = cli(tmp_path, "person", "add", "--given", given, "--sex", "F", "--village", village)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("typed, stored", [
    (TYPED, HERS),
    # no comma, four words: one of them another name makes it no spelling
    ("Kocho Layla Khalil house", "Kocho Siba Khalil house"),
    ("Kocho, near Layla's house", "Kocho, near Siba's house"),
    ("Khanke camp 2", "Khanke camp 3"),
])
def test_person_add_keeps_a_village_that_only_resembles_another_records(tmp_path, typed, stored):
    assert cli(tmp_path, "init").returncode == 0
    _add(tmp_path, "Nadia", stored)
    _add(tmp_path, "Vian", typed)
    assert _village(tmp_path, "SNJ-00002") == typed
    assert _village(tmp_path, "SNJ-00001") == stored


def test_person_edit_keeps_the_village_typed(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    _add(tmp_path, "Nadia", HERS)
    _add(tmp_path, "Vian", "Kocho")
    out = cli(tmp_path, "person", "edit", "SNJ-00002", "--village", TYPED, "--yes")
    assert out.returncode == 0, out.stderr
    assert _village(tmp_path, "SNJ-00002") == TYPED


def test_a_spelling_of_the_name_still_takes_the_vaults(tmp_path):
    """What the rule is for: Solax, Tel Qassab, Siba Shaikh Khidir, kocho, siba are saved as
    the vault writes them, by `person add` and `person edit` alike."""
    assert cli(tmp_path, "init").returncode == 0
    for given, village in (("Nadia", "Solagh"), ("Layla", "Tel Qasab"),
                           ("Amira", "Siba Sheikh Khidir village"), ("Hana", "Kocho, Siba")):
        _add(tmp_path, given, village)
    _add(tmp_path, "Vian", "Solax")
    _add(tmp_path, "Jamila", "Tel Qassab")
    _add(tmp_path, "Dalal", "Siba Shaikh Khidir village")
    _add(tmp_path, "Suad", "kocho,  siba")
    assert [_village(tmp_path, f"SNJ-{n:05d}") for n in (5, 6, 7, 8)] == [
        "Solagh", "Tel Qasab", "Siba Sheikh Khidir village", "Kocho, Siba"]
    assert cli(tmp_path, "person", "edit", "SNJ-00005", "--village", "Tel Qassab",
               "--yes").returncode == 0
    assert _village(tmp_path, "SNJ-00005") == "Tel Qasab"


def test_an_import_row_keeps_its_village_as_the_list_wrote_it(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    _add(tmp_path, "Nadia", HERS)
    _add(tmp_path, "Amira", "Tel Qasab")
    lst = write_csv(tmp_path / "list.csv", ["Name", "Sex", "Village"],
                    [["Vian", "F", TYPED], ["Bushra", "F", "Tel Qassab"]])
    dry = cli(tmp_path, "import", str(lst), "--dry-run")
    assert f"  {TYPED!r} -> {TYPED}\n" in dry.stdout, dry.stdout
    assert "  'Tel Qassab' -> Tel Qasab\n" in dry.stdout
    out = cli(tmp_path, "import", str(lst), "--yes")
    assert out.returncode == 0, out.stderr
    assert [_village(tmp_path, c) for c in ("SNJ-00003", "SNJ-00004")] == [TYPED, "Tel Qasab"]
    assert _village(tmp_path, "SNJ-00001") == HERS


@pytest.mark.parametrize("typed, stored, alike", [
    ("Solax", "Solagh", True), ("Tel Qassab", "Tel Qasab", True), ("Til Qeseb", "تل قصب", True),
    ("سیبا شێخ خدر", "Siba Sheikh Khidir", True), ("Siba Shaikh Khidir", "Siba Sheikh Khidir", True),
    ("Gir Zerik", "Girzerik", True), ("Hay al-Zahra", "Hay al Zahra", True),
    ("دوكري", "Dugure", True), ("سۆلاخ", "سولاغ", True), ("KOCHO,  siba", "Kocho, Siba", True),
    ("Tel Uzair", "Tel Ezer", True), ("Siba Sheikh Hidir", "siba sheikh khider", True),
    (TYPED, HERS, False), ("Kocho Layla", "Kocho Siba", False), ("Girêzer", "Tel Ezer", False),
    ("Kocho Layla Khalil house", "Kocho Siba Khalil house", False),
    ("Kocho Leyla's captor lives here", "Kocho Layla's captor lives here", False),
])
def test_what_is_a_spelling_of_a_village(typed, stored, alike):
    from app.matching.places import spelling_of
    assert spelling_of(typed, stored) is alike


def test_the_desktop_form_saves_the_village_typed_without_a_word(qtbot, gui, made_vault):
    """New person, by the same rule: nothing said under the field, and her text saved."""
    from tests.test_ui_new_person import _form, _type_names
    from tests.test_ui_new_person_village import _saved, _vault_writing
    folder, _code = made_vault
    _vault_writing(folder, HERS)
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=("", "Vian"), father=("", "Murad"))
    dialog.village.setText(TYPED)
    qtbot.wait(600)  # the form has looked the village up
    assert dialog.village_kept.text() == ""
    assert _saved(qtbot, gui, main, dialog).origin_village == TYPED
