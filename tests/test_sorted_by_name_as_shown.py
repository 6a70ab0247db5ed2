"""A sort by name sorts by the names as the list shows them (app.domain.person.person_sort_texts,
stored with each person): سميرة, her given name in Arabic script only, is shown "سميرة Rasho
Heyder" in the Latin column and sorted by that, after every name in Latin letters (it had sorted
under her father's Rasho, between Dilan and Xezal); Xezal, hers in Latin letters only, shown
"Xezal رشو حيدر", sorts by Xezal, before every Arabic-script name, in the Arabic-script column
and an Arabic summary (it had sorted under رشو, between ديلان and زينة). The command line's
`person list --sort name`, the desktop list's name columns (each by its own script first, the
list and a search's results alike) and `summary --sort name` sort by what they show."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt

from tests.pdf_glyphs import pdftotext
from tests.ui_support import unlock
from ui.bidi import bare

FAMILY = ["--father", "رشو", "--father", "Rasho", "--grandfather", "حيدر",
          "--grandfather", "Heyder"]
PERSONS = {  # the name she is called by here: her names
    "Xezal": ["--given", "Xezal", *FAMILY],
    "Samira": ["--given", "سميرة", *FAMILY],
    "Adla": ["--given", "Adla", "--given", "عدلة", "--father", "Murad", "--father", "مراد"],
    "Zina": ["--given", "Zina", "--given", "زينة", "--father", "Faris", "--father", "فارس"],
    "Dilan": ["--given", "Dilan", "--given", "ديلان", "--father", "Ali", "--father", "علي"],
}
# By the Latin names shown: سميرة's begins with Arabic letters, after every Latin one
BY_LATIN = ["Adla", "Dilan", "Xezal", "Zina", "Samira"]
# By the Arabic-script names shown: Xezal's begins with Latin letters, before every Arabic one
BY_ARABIC = ["Xezal", "Dilan", "Zina", "Samira", "Adla"]


@pytest.fixture
def vault(cli) -> dict[str, str]:
    """{her name here: case number}."""
    assert cli("init").returncode == 0
    out = {}
    for name, args in PERSONS.items():
        done = cli("--json", "person", "add", *args, "--sex", "F", "--status", "missing",
                   "--sharing", "public")
        assert done.returncode == 0, done.stderr
        out[name] = json.loads(done.stdout)["case_no"]
    return out


def test_person_list_sorted_by_name_sorts_by_the_names_it_shows(cli, vault):
    listed = cli("person", "list", "--sort", "name").stdout
    assert re.findall(r"SNJ-\d{5}", listed) == [vault[n] for n in BY_LATIN], listed
    rows = json.loads(cli("--json", "person", "list", "--sort", "name").stdout)
    assert [r["case_no"] for r in rows] == [vault[n] for n in BY_LATIN]


@pytest.mark.parametrize(("lang", "order"), [("ar", BY_ARABIC), ("en", BY_LATIN)])
def test_a_summary_sorted_by_name_sorts_by_the_names_it_prints(cli, vault, tmp_path, lang,
                                                               order):
    pdf = tmp_path / f"summary-{lang}.pdf"
    done = cli("summary", "-o", str(pdf), "--profile", "court", "--sort", "name",
               "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert re.findall(r"SNJ-\d{5}", pdftotext(pdf.read_bytes())) == [vault[n] for n in order]


def _sorted_by(qtbot, main, column: int) -> list[str]:
    model = main.persons.model
    main.persons.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.summary(0) is not None, timeout=10_000)
    return [bare(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def test_the_desktop_lists_name_columns_sort_by_the_names_they_show(qtbot, gui, cli, vault):
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui)
    qtbot.waitUntil(lambda: main.persons.model.rowCount() == len(PERSONS), timeout=10_000)
    assert _sorted_by(qtbot, main, 2) == [vault[n] for n in BY_LATIN]
    # the Arabic-script column by the Arabic-script names (it sorted by the Latin ones)
    assert _sorted_by(qtbot, main, 1) == [vault[n] for n in BY_ARABIC]


def test_a_searchs_results_sorted_by_name_sort_by_the_names_they_show(qtbot, gui, cli, vault):
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui)
    model = main.persons.model
    main.persons.search_box.setText("Rasho")
    qtbot.waitUntil(lambda: model.results is not None and model.rowCount() == 2
                    and getattr(model.summary(0), "score", None) is not None, timeout=10_000)
    # sorted where they are, as the list is
    assert _sorted_by(qtbot, main, 2) == [vault["Xezal"], vault["Samira"]]
    assert _sorted_by(qtbot, main, 1) == [vault["Xezal"], vault["Samira"]]


def test_the_order_kept_for_the_lists_pages_follows_every_change(session):
    """A page read after her given name is written in the other script too is in the new
    order: her stored sort text is written with her names."""
    from app.domain.person import NamePart, NameText, Person, Sex
    family = {NamePart.FATHER: NameText("رشو", "Rasho")}
    made = {}
    for name, given in (("Samira", NameText("سميرة", "")), ("Xezal", NameText("", "Xezal")),
                        ("Adla", NameText("عدلة", "Adla"))):
        made[name] = session.persons.create(Person(
            names={NamePart.GIVEN: given, **family}, sex=Sex.FEMALE)).case_no
    pages = [r.case_no for n in range(3) for r in session.persons.list(limit=1, offset=n,
                                                                       order="name")]
    assert pages == [made["Adla"], made["Xezal"], made["Samira"]]
    samira = session.persons.get(made["Samira"])
    samira.name(NamePart.GIVEN).latin = "Samira"
    session.persons.update(samira)
    assert [r.case_no for r in session.persons.list(order="name")] == [
        made["Adla"], made["Samira"], made["Xezal"]]
