"""The Print screen's case summary chooses its persons as `casekeeper summary` does (status,
village, sex, name, age, abduction dates, order), and starts from the Persons list's filters when
opened from the list."""

from __future__ import annotations

import json
import re

import pytest

from tests.pdf_glyphs import pdftotext
from tests.test_summary_filters import persons_of_a_village, summarised
from tests.ui_support import unlock, wait_job


def _summary_view(qtbot, gui):
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("public"))
    return main, view


def _printed(qtbot, view) -> list[str]:
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""
    return re.findall(r"SNJ-\d{5}", pdftotext(view.built["pdf"]))


def _set(view, **typed) -> None:
    """The summary's boxes as a user fills them (combo boxes by their data)."""
    f = view.filters
    for key, value in typed.items():
        box = getattr(f, key, None) or getattr(view, key)
        if hasattr(box, "findData"):
            box.setCurrentIndex(box.findData(value))
        else:
            box.setText(value)


CHOICES = [  # (the Print screen's boxes, the command line's options)
    ({"status": "missing", "village": "Kocho"}, ["--status", "missing", "--village", "Kocho"]),
    ({"sex": "M"}, ["--sex", "M"]),
    ({"query": "nadia"}, ["--query", "nadia"]),
    ({"abducted_from": "08/2014", "abducted_to": "08/2014"},
     ["--abducted-from", "08/2014", "--abducted-to", "08/2014"]),
    ({"age_from": "18", "age_to": "22"}, ["--min-age", "18", "--max-age", "22"]),
    ({"sort": "name", "village": "Kocho"}, ["--sort", "name", "--village", "Kocho"]),
]


@pytest.mark.parametrize(("typed", "options"), CHOICES)
def test_the_summary_takes_the_persons_the_command_line_takes(qtbot, gui, cli, tmp_path,
                                                              typed, options):
    persons_of_a_village(cli)
    expected = summarised(cli, tmp_path, *options)
    everyone = summarised(cli, tmp_path)
    assert 0 < len(expected) < len(everyone) or "--sort" in options  # the filter chose
    _main, view = _summary_view(qtbot, gui)
    _set(view, **typed)
    assert _printed(qtbot, view) == expected


def test_the_filters_are_logged_as_the_command_line_logs_them(qtbot, gui, cli, tmp_path):
    persons_of_a_village(cli)
    _main, view = _summary_view(qtbot, gui)
    _set(view, village="Kocho", sex="F", query="Nadia", age_from="18", abducted_to="2014")
    _printed(qtbot, view)
    view.save_to(str(tmp_path / "s.pdf"))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text(), timeout=10_000)
    detail = wait_job(qtbot, gui.worker, lambda s: json.loads(
        [r for r in s.audit.repo.all() if r.action == "export.summary"][-1].detail))
    assert detail["filters"] == {"village": "Kocho", "sex": "F", "query": "(given)",
                                 "abducted_to": "2014-12-31", "min_age": "18"}


def test_a_filter_that_cannot_be_read_is_named_and_nothing_is_made(qtbot, gui, cli):
    persons_of_a_village(cli)
    _main, view = _summary_view(qtbot, gui)
    _set(view, abducted_from="soon")
    view.preview()
    qtbot.wait(300)
    assert "Abducted from" in view.error.text() and "soon" in view.error.text()
    assert view.built is None and not view.save_button.isEnabled()


def test_each_filter_makes_the_preview_out_of_date(qtbot, gui, cli):
    persons_of_a_village(cli)
    _main, view = _summary_view(qtbot, gui)
    for change in ({"sex": "F"}, {"village": "Solagh"}, {"query": "x"}, {"age_from": "3"},
                   {"age_to": "90"}, {"abducted_from": "2014"}, {"abducted_to": "2015"},
                   {"sort": "village"}, {"status": "rescued"}):
        _printed(qtbot, view)
        _set(view, **change)
        assert view.built is None and not view.save_button.isEnabled(), change


def _list_shown(qtbot, main) -> list[str]:
    model = main.persons.model
    qtbot.waitUntil(lambda: model.rowCount() == model.total and (
        model.total == 0 or 0 in model.pages or model.results is not None), timeout=10_000)
    qtbot.wait(300)
    return [model.index(r, 0).data(0x0100) for r in range(model.rowCount())]


def test_print_list_on_the_persons_list_starts_from_its_filters(qtbot, gui, cli):
    p = persons_of_a_village(cli)
    main = unlock(qtbot, gui)
    persons = main.persons
    persons.status.setCurrentIndex(persons.status.findData("missing"))
    persons.village.setText("Kocho")
    persons.age_to.setText("25")
    persons.abducted_from.setText("08/2014")
    persons.apply_filters()
    qtbot.waitUntil(lambda: persons.model.filter.village == "Kocho"
                    and persons.model.filter.abducted_from is not None, timeout=10_000)
    shown = _list_shown(qtbot, main)
    assert shown == [p["Nadia"], p["Khidir"]]
    persons.print_button.click()
    view = main.screens["print"]
    assert main.stack.currentWidget() is view and view.document.currentData() == "summary"
    f = view.filters
    assert (f.status.currentData(), f.village.text(), f.age_to.text(),
            f.abducted_from.text()) == ("missing", "Kocho", "25", "08/2014")
    assert view.profile.currentData() is None  # who it is for is asked, as for a dossier
    # (a family's summary names that family's persons only: for a court, the list's filters)
    view.profile.setCurrentIndex(view.profile.findData("court"))
    assert _printed(qtbot, view) == shown


def test_the_search_typed_on_the_list_is_the_summarys_name(qtbot, gui, cli):
    p = persons_of_a_village(cli)
    main = unlock(qtbot, gui)
    main.persons.search_box.setText("Nadia")
    qtbot.waitUntil(lambda: main.persons.model.results is not None, timeout=10_000)
    main.persons.print_button.click()
    view = main.screens["print"]
    assert view.query.text() == "Nadia"
    view.profile.setCurrentIndex(view.profile.findData("public"))
    assert _printed(qtbot, view) == [p["Nadia"]]


def test_going_to_print_from_the_persons_list_takes_its_filters(qtbot, gui, cli):
    persons_of_a_village(cli)
    main = unlock(qtbot, gui)
    main.persons.sex.setCurrentIndex(main.persons.sex.findData("M"))
    view = main.show_screen("print")
    assert view.filters.sex.currentData() == "M"
    # set on the Print screen, kept when it is come back to from elsewhere
    view.filters.village.setText("Solagh")
    main.show_screen("audit")
    main.show_screen("print")
    assert view.filters.village.text() == "Solagh" and view.filters.sex.currentData() == "M"


def test_a_village_written_only_like_the_one_typed_is_refused_naming_it(qtbot, gui, cli):
    # "Kochoo" is no village of the vault, only like Kocho: the Print screen printed the
    # women of Kocho on a summary asked for Kochoo, where `summary --village` refuses.
    persons_of_a_village(cli)
    _main, view = _summary_view(qtbot, gui)
    _set(view, village="Kochoo")
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "" or view.save_button.isEnabled(),
                    timeout=30_000)
    assert "Kochoo" in view.error.text() and "Kocho" in view.error.text().replace("Kochoo", "")
    assert view.built is None and not view.save_button.isEnabled()
    r = cli("summary", "-o", str(cli.vault.parent / "s.pdf"), "--profile", "public",
            "--village", "Kochoo")
    assert r.returncode != 0 and "Kochoo" in r.stderr
