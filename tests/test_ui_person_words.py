"""Her page's words that stayed English in the Arabic, Sorani and Kurmanji desktop: who may
receive her record (stored as "internal"), said in the interface's words and saved as stored,
and the dates of her status timeline, reports and rescues, said as her birth is."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart
from tests.test_ui_person_page_bidi import _page
from ui.bidi import LRI, PDI


def _first_internal(folder) -> str:
    """The demo gives its persons a mix of sharing levels: the first one left internal."""
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        return next(p.case_no for p in s.persons.get_many([r.id for r in s.persons.list()])
                    if p.sharing_level.value == "internal")
    finally:
        s.close()


@pytest.mark.parametrize("lang, said", [("ar", "داخلي فقط"), ("ckb", "تەنها ناوخۆیی"),
                                        ("kmr", "Tenê navxweyî"), ("en", "Internal only")])
def test_who_may_receive_her_record_is_said_in_the_interface_language(
        qtbot, gui, demo_vault, lang, said):
    """The Sharing field showed "internal", the stored key, in every language."""
    page = _page(qtbot, gui, demo_vault, lang, _first_internal(demo_vault))
    box = page.form.sharing
    assert page.person.sharing_level.value == "internal"
    assert box.currentText() == said and box.currentData() == "internal"
    shown = [box.itemText(i) for i in range(box.count())]
    assert not {"internal", "ngo", "court", "family", "public"} & set(shown), shown
    assert page.form.read_person().sharing_level == page.person.sharing_level  # kept


def _with_dates_about(folder, case_no: str) -> None:
    """A status, a report and a rescue dated as they were typed: 'about 2017', 'about 2016',
    'about 2018' (each stored as typed, the range behind it 2015-2019 and so on)."""
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    from ui import person_ops
    s = open_vault(folder, PASSPHRASE)
    try:
        person_ops.add_status(s, case_no, "located", "about 2017", "")
        person_ops.add_report(s, case_no, {"received": "about 2016", "place": "Raqqa",
                                           "source_code": "K7", "text": "seen at a market"})
        person_ops.add_rescue(s, case_no, {"date": "about 2018", "from_place": "Baghuz",
                                           "handover_point": "", "outcome": "with family"})
    finally:
        s.close()


def _column(tab, column: int) -> list[str]:
    return [tab.model.item(r, column).text() for r in range(tab.model.rowCount())]


@pytest.mark.parametrize("lang, about", [("ar", "حوالي"), ("ckb", "نزیکەی"), ("kmr", "nêzîkî"),
                                         ("en", "about")])
def test_the_dates_in_her_tabs_are_said_as_her_birth_is(qtbot, gui, demo_vault, lang, about):
    """A status, a report and a rescue typed 'about 2017' showed as '2015–2019' (its range,
    not what was known) while her birth read 'حوالي 1974': each now reads as her birth does."""
    _with_dates_about(demo_vault, "DEMO-00001")
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    isolated = lang in ("ar", "ckb")  # the year whole after an Arabic-script word
    for tab, column, typed in ((page.status_tab, 0, "2017"), (page.reports_tab, 1, "2016"),
                               (page.rescues_tab, 1, "2018")):
        dates = _column(tab, column)
        year = f"{LRI}{typed}{PDI}" if isolated else typed
        assert any(d.startswith(about) and year in d for d in dates), dates
        assert not any("–" in d for d in dates), dates  # no range in place of the date typed
        if lang != "en":
            assert not any("about" in d for d in dates), dates


@pytest.mark.parametrize("lang, about", [("ar", "حوالي"), ("kmr", "nêzîkî")])
def test_the_reports_and_rescues_screens_say_her_dates_as_her_page_does(
        qtbot, gui, demo_vault, lang, about):
    """The same report and rescue on the Reports and Rescues screens: '2015–2019' there too."""
    _with_dates_about(demo_vault, "DEMO-00001")
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    main = page.window()
    for key, column, typed in (("reports", 1, "2016"), ("rescues", 1, "2018")):
        view = main.show_screen(key)
        qtbot.waitUntil(lambda v=view: v.model.rowCount() > 0, timeout=10_000)
        dates = _column(view, column)
        assert any(d.startswith(about) and typed in d for d in dates), dates


def test_a_status_not_taken_from_a_list_is_not_followed_by_its_own_english_word(
        qtbot, gui, made_vault, tmp_path):
    """The Arabic page said the list's status as «حُدد مكانها «located»»: the status in Arabic,
    then the list's word for it, which is the same status in English."""
    from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.import_helpers import write_csv
    from ui.labels import status_label

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        nadia = s.persons.create(Person(
            names={NamePart.GIVEN: NameText("", "Nadia"), NamePart.FATHER: NameText("", "Basi"),
                   NamePart.GRANDFATHER: NameText("", "Taha"),
                   NamePart.FAMILY: NameText("", "Haskani")},
            status_events=[StatusEvent(Status.RESCUED)])).case_no
        svc = ImportService(s)
        path = write_csv(tmp_path / "old.csv",
                         ["Name", "Father", "Grandfather", "Family", "Status"],
                         [["Nadia", "Basi", "Taha", "Haskani", "Located"]])
        plan = svc.prepare(str(path))
        assert len(svc.import_at_once(plan, svc.stage_rows(plan))["conflicts"]) == 1
    finally:
        s.close()
    page = _page(qtbot, gui, folder, "ar", nadia)
    tab = page.conflicts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    listed = [tab.model.item(r, c).text() for r in range(tab.model.rowCount())
              for c in range(tab.model.columnCount())]
    assert status_label("located", "U") in listed, listed  # her sex not recorded: either
    assert not any("located" in t.casefold() for t in listed), listed


# A list's status cells, and whether her Arabic and her Kurmanji timeline say the list's word
# beside the status: only where it tells more than the status said in the interface's words.
LIST_STATUS_WORDS = [("located", False, False), ("Located", False, False),
                     ("seen in Raqqa", True, True), ("محررة", True, True),
                     ("مفقودة", False, True), ("حُدد مكانها", False, True)]


@pytest.mark.parametrize("lang", ["ar", "kmr"])
def test_her_timeline_says_a_lists_word_for_her_status_only_where_it_adds_something(
        qtbot, gui, made_vault, tmp_path, lang):
    """The Arabic timeline showed «located» beside حُدد مكانها: the list's word kept as a note
    is the same status in English. The list's word stays where it says more (seen in Raqqa,
    محررة beside أُنقذت), isolated, so its quotes stay around it in a right-to-left cell."""
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.import_helpers import write_csv
    from ui.bidi import FSI, bare
    from ui.labels import status_label

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        given = ["Nadia", "Gulizar", "Shirin", "Layla", "Amira", "Bushra"]
        path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Status"],
                         [[g, f"Father{chr(65 + n)}", word]
                          for n, (g, (word, *_)) in enumerate(zip(given, LIST_STATUS_WORDS))])
        svc = ImportService(s)
        plan = svc.prepare(str(path), source="Family list")
        svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
        cases = {p.names[NamePart.GIVEN].latin: p.case_no for p in s.persons.iter_all()}
    finally:
        s.close()
    page = _page(qtbot, gui, folder, lang, cases["Nadia"])
    main = page.window()
    for name, (word, in_arabic, in_kurmanji) in zip(given, LIST_STATUS_WORDS):
        main.open_person(cases[name])
        page = main.person_page
        qtbot.waitUntil(lambda p=page: p.person is not None, timeout=10_000)
        model = page.status_tab.model
        assert model.rowCount() == 1, word
        ev = page.person.status_events[0]
        assert ev.note == f"«{word}»"  # the list's word is kept as the import wrote it
        assert model.item(0, 1).text() == status_label(ev.status.value, page.person.sex.value)
        shown = in_arabic if lang == "ar" else in_kurmanji
        note = model.item(0, 2).text()
        assert bare(note) == (f"«{word}»" if shown else ""), word
        if shown and lang == "ar":  # isolated, whichever script it is in
            assert note[0] in (LRI, FSI) and note.endswith(PDI), word


@pytest.mark.parametrize("lang, said", [("ar", "في %1 أو قبله"), ("ckb", "لە %1 یان پێشتر"),
                                        ("kmr", "di %1 de an berê"), ("en", "by %1")])
def test_a_status_told_without_a_date_is_known_by_that_day_in_words(
        qtbot, gui, demo_vault, lang, said):
    """A status told with no date is known by the day it was told: "≤ 2026-12-02" stood in her
    timeline, its sign after the date in Arabic (right to left), reading the other way round.
    The printed dossier says it in words; her page now says the same."""
    from datetime import date

    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    from ui import person_ops
    s = open_vault(demo_vault, PASSPHRASE)
    try:
        person_ops.add_status(s, "DEMO-00001", "sighted", "", "")
    finally:
        s.close()
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00001")
    today = date.today().isoformat()
    dates = _column(page.status_tab, 0)
    day = f"{LRI}{today}{PDI}" if lang in ("ar", "ckb") else today
    assert said.replace("%1", day) in dates, dates
    assert not any("≤" in d for d in dates), dates


@pytest.mark.parametrize("lang, said", [("en", "from rescue operation"),
                                        ("ar", None), ("kmr", None)])
def test_a_status_a_rescue_gave_says_the_rescue_on_her_timeline(qtbot, gui, made_vault, lang,
                                                                  said):
    """`person show` says [rescue 1] and her dossier "from rescue operation 1"; her page's
    timeline had an empty note."""
    from tests.conftest import cli_env, run_cli

    folder, _code = made_vault
    env = cli_env(folder.parent)
    made = run_cli(["--vault", str(folder), "--json", "person", "add", "--given", "Nadia",
                    "--father", "Basi", "--sex", "F"], env)
    assert made.returncode == 0, made.stderr
    import json
    case_no = json.loads(made.stdout)["case_no"]
    done = run_cli(["--vault", str(folder), "rescue", "add", "--person", case_no, "--date",
                    "2017-05-02"], env)
    assert done.returncode == 0, done.stderr
    page = _page(qtbot, gui, folder, lang, case_no)
    tab = page.status_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    note = tab.model.item(0, 2).text()
    from PySide6.QtCore import QCoreApplication
    words = said or QCoreApplication.translate("StatusTab", "from rescue operation %1")
    assert words.split("%1")[0].strip() in note and "1" in note, note
    assert words != "from rescue operation %1" or lang == "en"
