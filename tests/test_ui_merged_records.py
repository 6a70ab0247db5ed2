"""The desktop after a merge: her page shows the reports, rescues, relatives, photos and
statuses of the record merged into hers, each marked with that record's number; the Reports and
Rescues screens name the record kept first; a dossier of the merged record is refused, naming
the record to print. A real vault, offscreen Qt."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.records import FamilyContact, Relation, RelativeLink, Report, RescueOperation
from tests.test_ui_person_page_bidi import _page
from tests.ui_support import unlock
from ui.bidi import bare


def _vian(names: dict, status: StatusEvent) -> Person:
    return Person(names={k: NameText(*v) for k, v in names.items()}, sex=Sex.FEMALE,
                  status_events=[status])


@pytest.fixture
def merged_vault(made_vault, tmp_path):
    """SNJ-00001 kept; SNJ-00002, with a report, a rescue, a sister and a photo, merged into
    it; both said missing by the same day (two "missing" alike but for their record)."""
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.report_samples import photo_png

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    by_today = FuzzyDate.by(date.today())
    kept = s.persons.create(_vian({NamePart.GIVEN: ("ڤیان", "Vian"),
                                   NamePart.FATHER: ("داخل", "Dakhil")},
                                  StatusEvent(Status.MISSING, by_today)))
    merged = s.persons.create(_vian({NamePart.GIVEN: ("ڤیان", "Viyan")},
                                    StatusEvent(Status.MISSING, by_today)))
    sister = s.persons.create(_vian({NamePart.GIVEN: ("جیان", "Jiyan")},
                                    StatusEvent(Status.MISSING, by_today)))
    s.records.add_report(Report(received=FuzzyDate.parse("10/02/2015"), place="Tal Afar",
                                text="seen at the checkpoint", source_code="OWL-1",
                                person_ids=[merged.id]))
    s.records.add_rescue(RescueOperation(date=FuzzyDate.parse("2016"), from_place="Raqqa",
                                         outcome="handed over", person_ids=[merged.id]))
    s.records.link_relative(merged.case_no, sister.case_no, RelativeLink(0, 0, Relation.SIBLING))
    s.records.add_photo(merged.case_no, photo_png(), "at school")
    s.records.add_contact(merged.case_no, FamilyContact(0, "Xidir", "+964 750 1", "brother"))
    s.matching.merge(kept.case_no, merged.case_no)
    s.close()
    return folder


def test_her_page_shows_and_marks_what_came_with_the_merged_record(qtbot, gui, merged_vault):
    page = _page(qtbot, gui, merged_vault, "en", "SNJ-00001")
    for tab, rows in ((page.reports_tab, 1), (page.rescues_tab, 1), (page.relatives_tab, 1),
                      (page.status_tab, 2), (page.contacts_tab, 1)):
        assert tab.model.rowCount() == rows
        col = tab.merged_column
        assert not tab.table.isColumnHidden(col)
        assert tab.model.horizontalHeaderItem(col).text() == "Merged record"
        assert bare(tab.model.item(rows - 1, col).text()) == "SNJ-00002"
    # her own "missing" unmarked, the one that came over marked
    assert [bare(page.status_tab.model.item(r, page.status_tab.merged_column).text())
            for r in range(2)] == ["", "SNJ-00002"]
    assert bare(page.relatives_tab.model.item(0, 1).text()) == "SNJ-00003"
    photo = page.photos_tab.photos[0]  # by its number, as `photo remove` takes it
    assert bare(page.photos_tab.list.item(0).text()) == \
        f"Photo {photo.id}: at school (from SNJ-00002)"


def test_a_page_with_nothing_merged_shows_no_merged_column(qtbot, gui, merged_vault):
    page = _page(qtbot, gui, merged_vault, "en", "SNJ-00003")
    assert all(tab.table.isColumnHidden(tab.merged_column)
               for tab in (page.reports_tab, page.rescues_tab, page.relatives_tab,
                           page.status_tab, page.contacts_tab))


def test_the_reports_and_rescues_screens_name_the_record_kept_first(qtbot, gui, merged_vault):
    gui.vault_dir = merged_vault
    main = unlock(qtbot, gui)
    for name in ("reports", "rescues"):
        screen = main.show_screen(name)
        qtbot.waitUntil(lambda s=screen: s.model.rowCount() == 1, timeout=10_000)
        column = screen.PERSONS_COLUMN
        # the Rescues screen names her after her case number
        assert bare(screen.model.item(0, column).text()).startswith(
            "SNJ-00001 (from SNJ-00002)")
        if name == "reports":
            screen.table.doubleClicked.emit(screen.model.index(0, 0))  # opens the record kept
        else:  # a double-click opens the rescue there: her page is opened by its button
            screen.choose(screen.rows[0].op.id)
            screen.her_page_button.click()
        qtbot.waitUntil(lambda: main.person_page is not None
                        and main.person_page.case_no == "SNJ-00001", timeout=10_000)


def test_printing_the_merged_record_names_the_record_to_print(qtbot, gui, merged_vault):
    gui.vault_dir = merged_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "snj-2")
    view.profile.setCurrentIndex(view.profile.findData("family"))
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=30_000)
    assert bare(view.error.text()).startswith(
        "SNJ-00002 is merged into SNJ-00001, which holds all that is known of this person: "
        "print the dossier of SNJ-00001.")
    assert not view.save_button.isEnabled() and view.pages_layout.count() == 0


def test_the_page_of_the_merged_record_says_which_record_she_is_now(qtbot, gui, merged_vault):
    page = _page(qtbot, gui, merged_vault, "en", "SNJ-00002")
    assert page.merged_note.isVisibleTo(page)
    assert bare(page.merged_note.text()) == (
        "This record is merged into SNJ-00001, which holds all that is known of this person; "
        "it is kept for its history.")
    assert not page.split_button.isVisibleTo(page)
