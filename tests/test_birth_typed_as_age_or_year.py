"""A birth typed as a bare number ("20", "about 20", "٢٠") is her age as often as a year: read
as a year it made a woman abducted in 2014 born in 2020. Typed by a person (the command line,
New person, her page's form) it is refused, naming the box and both ways to say it, and nothing
is saved; an age said in words ("age 20", "عمر 20") is stored as her age."""

from __future__ import annotations

import pytest

from app.typed_birth import AgeOrYear, typed_birth
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock, wait_job


@pytest.mark.parametrize("text", ["20", "about 20", "٢٠", "حوالي ٢٠", "20 تقريبا", "~20", "98"])
def test_a_bare_number_is_refused_as_her_age_or_a_year(text):
    with pytest.raises(AgeOrYear) as refused:
        typed_birth(text)
    number = refused.value.number
    assert f"'age {number}'" in str(refused.value) and "year in full" in str(refused.value)


@pytest.mark.parametrize(("text", "stored", "first", "last"), [
    ("1998", "1998", 1998, 1998),
    ("about 1998", "about 1998", 1996, 2000),
    ("3/5/98", "3/5/98", 1998, 1998),  # a whole date's two-digit year is no age
    ("age 12 in 2014", "age 12 in 2014", 2001, 2002),
    ("age 20", "age 20, year not given", 1993, None),
    ("عمر 20", "age 20, year not given", 1993, None),
    ("20 سنة", "age 20, year not given", 1993, None),
    ("temen 12", "age 12, year not given", 2001, None),
])
def test_a_year_a_date_or_an_age_in_words_is_read(text, stored, first, last):
    d = typed_birth(text)
    assert d.text == stored and d.earliest.year == first
    if last is not None:
        assert d.latest.year == last


def test_person_add_refuses_about_20_and_adds_no_one(cli):
    assert cli("init").returncode == 0
    refused = cli("person", "add", "--given", "Layla", "--born", "about 20",
                  "--abducted", "2014-08-03")
    assert refused.returncode != 0
    assert "--born: 'about 20' could be her age or a year" in refused.stderr
    assert "'age 20 in 2014'" in refused.stderr
    assert cli("person", "list").stdout.count("Layla") == 0
    added = cli("person", "add", "--given", "Layla", "--born", "عمر 20")
    assert added.returncode == 0, added.stderr
    shown = cli("person", "show", added.stdout.split()[0]).stdout
    assert "age 20, year not given" in shown and "2018" not in shown


def test_person_edit_refuses_a_bare_number_and_keeps_her_birth(cli):
    cli("init")
    case = cli("person", "add", "--given", "Layla", "--born", "1998").stdout.split()[0]
    refused = cli("person", "edit", case, "--born", "20")
    assert refused.returncode != 0 and "could be her age or a year" in refused.stderr
    assert "1998" in cli("person", "show", case).stdout


def test_new_person_says_a_bare_number_could_be_either_and_saves_nothing(
        qtbot, gui, made_vault):
    main = unlock(qtbot, _with(gui, made_vault[0]))
    main.persons.new_button.click()
    from ui.new_person import NewPersonDialog
    dialog = main.findChild(NewPersonDialog)
    dialog.name_fields[next(iter(dialog.name_fields))][1].setText("Layla")
    dialog.birth.edit.setText("about 20")
    assert dialog.birth.reading.text() == (
        "Born: about 20 could be her age or a year. Type the year in full (e.g. 1998), or her "
        "age: age 20, or age 20 in 2014")
    dialog.save_button.click()
    assert "could be her age or a year" in dialog.error.text()
    assert wait_job(qtbot, gui.worker, lambda s: list(s.persons.iter_all())) == []
    dialog.birth.edit.setText("عمر 20")
    assert dialog.birth.reading.text().startswith("Read as ")
    assert "2018" not in dialog.birth.reading.text()


def test_her_page_refuses_a_bare_number_for_her_birth(qtbot, gui, made_vault):
    folder = made_vault[0]
    s = open_vault(folder, PASSPHRASE)
    try:
        from app.domain.fuzzydate import FuzzyDate
        from app.domain.person import NamePart, NameText, Person
        case = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Layla")},
                                       birth=FuzzyDate.parse("1998"))).case_no
    finally:
        s.close()
    main = unlock(qtbot, _with(gui, folder))
    main.open_person(case)
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=5_000)
    page = main.person_page
    page.start_edit()
    page.form.birth.setText("20")
    page.save()
    assert "could be her age or a year" in page.error.text()
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(case).birth.text) == "1998"


def _with(gui, folder):
    gui.vault_dir = folder
    return gui


@pytest.mark.parametrize("text", ["عمر 20 في 2014", "temen 20 di 2014 de", "تەمەن 20 لە 2014",
                                  "age 20 in 2014", "20 سنة في 2014"])
def test_an_age_in_a_year_is_read_in_each_language(text):
    d = typed_birth(text)
    assert (d.text, d.earliest.year, d.latest.year) == ("age 20 in 2014", 1993, 1994)


def test_an_age_in_a_year_to_come_is_refused():
    with pytest.raises(ValueError, match="to come"):
        typed_birth("عمر 20 في 2099")
