"""The rescue form of a person's page: a rescue of several women with its ledger, recorded,
changed (one taken off, a line added) and deleted through the services the command line uses,
each woman's status said after it; a bad amount and an unknown case number refused with the
vault as it was; and a report filed under her by mistake taken off her ("Not about her"),
refused with the service's words where a status rests on it or she is the only person.
A real vault on disk and her page offscreen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.records import Report
from tests.conftest import PASSPHRASE
from tests.test_ui_person_page_bidi import _page
from tests.ui_support import read_vault
from ui.bidi import bare


def _three(folder) -> None:
    """Nadia, Layla and Xezal, missing since 03/08/2014."""
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    for ar, latin in (("نادية", "Nadia"), ("ليلى", "Layla"), ("غزال", "Xezal")):
        s.persons.create(Person(names={NamePart.GIVEN: NameText(ar, latin)}, sex=Sex.FEMALE,
                                status_events=[StatusEvent(Status.MISSING,
                                                           FuzzyDate.parse("03/08/2014"))]))
    s.close()


def _statuses(s) -> dict[str, str]:
    return {c: s.persons.get(c).current_status.value
            for c in ("SNJ-00001", "SNJ-00002", "SNJ-00003")}


def _rescues(s) -> list:
    return [s.records.get_rescue(i) for i in s.records.list_rescue_ids()]


def _form(qtbot, page, typed: dict | None = None):
    """The form for a new rescue, opened by Add rescue... with what the quick row holds."""
    for key, value in (typed or {}).items():
        page.rescues_tab.boxes[key].setText(value)
    page.rescues_tab.form_button.click()
    dialog = page.rescue_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    return dialog


def _add_person(qtbot, dialog, typed: str) -> None:
    count = dialog.persons.count()
    dialog.case_box.setText(typed)
    dialog.add_person_button.click()
    qtbot.waitUntil(lambda: dialog.persons.count() > count or dialog.error.text() != "",
                    timeout=10_000)


def _line(dialog, amount: str, currency: str, paid_to: str, purpose: str) -> None:
    line = dialog.add_line()
    line.amount.setText(amount)
    line.currency.setCurrentText(currency)
    line.paid_to.setText(paid_to)
    line.purpose.setText(purpose)


def _saved(qtbot, dialog) -> str:
    dialog.notice.clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.notice.text() != "" or dialog.error.text() != "",
                    timeout=10_000)
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return bare(dialog.notice.text())


def _question(qtbot, parent, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.objectName() == name and b.isVisible()
                                for b in parent.findChildren(QMessageBox)), timeout=10_000)
    return next(b for b in parent.findChildren(QMessageBox)
                if b.objectName() == name and b.isVisible())


def test_a_rescue_of_two_women_with_its_ledger_is_recorded_changed_and_deleted(
        qtbot, gui, made_vault):
    folder, _ = made_vault
    _three(folder)
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    dialog = _form(qtbot, page, {"date": "20/03/2019", "from_place": "Baghuz"})
    # the quick row's values carried in; she is its first person, named as the vault holds her
    assert dialog.boxes["date"].text() == "20/03/2019"
    assert dialog.boxes["from_place"].text() == "Baghuz"
    assert dialog.case_numbers() == ["SNJ-00001"]
    assert "Nadia" in dialog.persons.item(0).text() and "نادية" in dialog.persons.item(0).text()
    assert not dialog.delete_button.isVisible()  # nothing to delete yet
    _add_person(qtbot, dialog, "snj-2")  # as it is often typed
    assert dialog.case_numbers() == ["SNJ-00001", "SNJ-00002"]
    assert "Layla" in dialog.persons.item(1).text()
    _add_person(qtbot, dialog, "SNJ-00002")  # twice: said, not added
    assert "SNJ-00002 is already among the persons" in bare(dialog.error.text())
    assert dialog.case_numbers() == ["SNJ-00001", "SNJ-00002"]
    for key, value in (("route", "Hasakah - Semalka"), ("handover_point", "Semalka crossing"),
                       ("team_codes", "T-4, T-9"), ("outcome", "both freed alive"),
                       ("handover_to_family", "25/03/2019"), ("needs", "medical")):
        dialog.boxes[key].setText(value)
    dialog.notes.setPlainText("two children with them")
    _line(dialog, "12,500", "USD", "intermediary M-2", "release")
    _line(dialog, "1500000", "IQD", "driver", "transport")
    assert bare(dialog.total.text()) == "Total: 1,500,000 IQD, 12,500 USD"
    said = _saved(qtbot, dialog)
    assert said.splitlines() == ["Rescue 1 recorded.", "SNJ-00001 (نادية  /  Nadia) is now Reunited.",
                                 "SNJ-00002 (ليلى  /  Layla) is now Reunited."]
    [op] = read_vault(folder, _rescues)
    assert (op.date.text, op.from_place, op.route, op.handover_point, op.team_codes,
            op.outcome, op.handover_to_family.text, op.needs, op.notes, op.gives_status) == (
        "20/03/2019", "Baghuz", "Hasakah - Semalka", "Semalka crossing", "T-4, T-9",
        "both freed alive", "25/03/2019", "medical", "two children with them", "rescued")
    assert [(c.amount, c.currency, c.paid_to, c.purpose) for c in op.costs] == [
        (Decimal("12500"), "USD", "intermediary M-2", "release"),
        (Decimal("1500000"), "IQD", "driver", "transport")]
    assert read_vault(folder, _statuses) == {"SNJ-00001": "reunited", "SNJ-00002": "reunited",
                                         "SNJ-00003": "missing"}
    # her page says it too, and lists the rescue; the quick row is empty for the next
    qtbot.waitUntil(lambda: page.rescues_tab.model.rowCount() == 1, timeout=10_000)
    assert "SNJ-00002 (ليلى  /  Layla) is now Reunited." in bare(page.notice.text())
    assert page.rescues_tab.boxes["date"].text() == ""
    # the form now holds the rescue as the vault has it: amounts in Latin digits
    qtbot.waitUntil(lambda: dialog.delete_button.isVisible(), timeout=10_000)
    assert [line.amount.text() for line in dialog.lines] == ["12,500", "1,500,000"]

    # changed: Layla was not in this operation; a second instalment paid
    dialog.persons.item(1).setSelected(True)
    dialog.take_off_button.click()
    assert dialog.case_numbers() == ["SNJ-00001"]
    _line(dialog, "2000.50", "$", "intermediary M-2", "second instalment")
    said = _saved(qtbot, dialog)
    assert said.splitlines() == [
        "Rescue 1 saved.",
        "Ledger now: 12,500 USD, 1,500,000 IQD, 2,000.50 USD; it was: 12,500 USD, "
        "1,500,000 IQD",
        "SNJ-00001 (نادية  /  Nadia) is now Reunited.",
        "SNJ-00002 is taken off this rescue; her status is now Missing."]
    [op] = read_vault(folder, _rescues)
    persons = read_vault(folder, lambda s: [p.case_no for p in s.persons.as_kept(op.person_ids)])
    assert persons == ["SNJ-00001"]
    assert [(c.amount, c.currency) for c in op.costs] == [
        (Decimal("12500"), "USD"), (Decimal("1500000"), "IQD"), (Decimal("2000.50"), "USD")]
    assert read_vault(folder, _statuses) == {"SNJ-00001": "reunited", "SNJ-00002": "missing",
                                         "SNJ-00003": "missing"}
    trail = read_vault(folder, lambda s: [r.action for r in s.audit.history("rescue", "1")])
    assert trail == ["rescue.create", "rescue.edit", "rescue.costs"]
    # saved again as it is: nothing changed, said so
    assert _saved(qtbot, dialog).splitlines()[0] == "Rescue 1 already says so: nothing changed."

    # deleted, asked first: its number, date and persons, and the statuses go with it
    dialog.delete_button.click()
    box = _question(qtbot, dialog, "deleteRescueQuestion")
    text = bare(box.text())
    assert "Delete rescue 1 (2019-03-20) of SNJ-00001?" in text
    assert "ledger of 3 line(s) and the statuses it gave go with it" in text
    box.findChild(QPushButton, "deleteRescueGo").click()
    qtbot.waitUntil(lambda: "deleted" in dialog.notice.text(), timeout=10_000)
    assert bare(dialog.notice.text()).splitlines() == [
        "Rescue 1 deleted, with its ledger and the statuses it gave.",
        "SNJ-00001 (نادية  /  Nadia) is now Missing (was Reunited)."]
    assert read_vault(folder, _rescues) == []
    assert read_vault(folder, _statuses)["SNJ-00001"] == "missing"
    assert not dialog.save_button.isVisible() and not dialog.delete_button.isVisible()
    qtbot.waitUntil(lambda: page.rescues_tab.model.rowCount() == 0, timeout=10_000)
    dialog.close_button.click()  # nothing left unsaved: closes without a question
    assert not dialog.isVisible()


def test_a_rescue_is_opened_from_her_table_by_a_double_click(qtbot, gui, made_vault, cli):
    folder, _ = made_vault
    _three(folder)
    r = cli("rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00003", "--date", "2019",
            "--cost", "6000:USD:M-2:release", "--status", "none")
    assert r.returncode == 0, r.stderr
    page = _page(qtbot, gui, folder, "en", "SNJ-00003")
    tab = page.rescues_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert not tab.change_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.change_button.isEnabled()
    tab.table.doubleClicked.emit(tab.model.index(0, 0))
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    assert dialog.case_numbers() == ["SNJ-00001", "SNJ-00003"]
    assert dialog.gives.currentData() == "none"
    assert [(x.amount.text(), x.currency.currentText()) for x in dialog.lines] == [
        ("6,000", "USD")]
    dialog.gives.setCurrentIndex(dialog.gives.findData("rescued"))
    said = _saved(qtbot, dialog)
    assert said.splitlines()[1:] == ["SNJ-00001 (نادية  /  Nadia) is now Rescued.",
                                     "SNJ-00003 (غزال  /  Xezal) is now Rescued."]


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "1.500", "Ledger line 2: 1.500 may be read two ways"),
    ("en", "1e6", "Ledger line 2: 1e6 is not an amount"),
    ("en", "-50", "Ledger line 2: -50 is no amount paid: an amount paid is more than 0"),
    ("ar", "1,5", "سطر التكاليف 2: "),
])
def test_a_bad_amount_is_refused_and_nothing_is_saved(qtbot, gui, made_vault, lang, typed,
                                                      said):
    folder, _ = made_vault
    _three(folder)
    page = _page(qtbot, gui, folder, lang, "SNJ-00001")
    dialog = _form(qtbot, page, {"date": "2019"})
    _add_person(qtbot, dialog, "SNJ-00002")
    _line(dialog, "5000", "USD", "M-2", "release")
    _line(dialog, typed, "USD", "M-2", "release")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert said in bare(dialog.error.text()) and typed in bare(dialog.error.text())
    assert dialog.notice.text() == ""
    assert read_vault(folder, _rescues) == []
    assert set(read_vault(folder, _statuses).values()) == {"missing"}
    # the form is kept to be put right
    assert dialog.lines[1].amount.text() == typed and dialog.case_numbers() == [
        "SNJ-00001", "SNJ-00002"]


def test_a_bad_currency_and_an_unknown_case_number_are_refused(qtbot, gui, made_vault):
    folder, _ = made_vault
    _three(folder)
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    dialog = _form(qtbot, page, {"date": "2019"})
    _add_person(qtbot, dialog, "SNJ-00099")
    assert bare(dialog.error.text()) == ("No person has the case number SNJ-00099: check it on "
                                         "her papers. Nothing was added.")
    assert dialog.case_numbers() == ["SNJ-00001"]
    _line(dialog, "100", "ليرة", "", "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Ledger line 1" in dialog.error.text(), timeout=10_000)
    assert "may be TRY or SYP" in bare(dialog.error.text())
    assert read_vault(folder, _rescues) == []


def test_a_change_refused_by_the_vault_leaves_the_rescue_as_it_was(qtbot, gui, made_vault,
                                                                   cli):
    """A handover to her family before the rescue is refused as `rescue edit` refuses it; its
    persons and ledger as they were."""
    folder, _ = made_vault
    _three(folder)
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2019",
               "--cost", "6000:USD").returncode == 0
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    page.rescue_form(1)
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    dialog.boxes["handover_to_family"].setText("2018")
    _add_person(qtbot, dialog, "SNJ-00002")
    _line(dialog, "700", "USD", "", "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "is before the rescue" in dialog.error.text()
    [op] = read_vault(folder, _rescues)
    assert (op.date.text, op.handover_to_family.text, len(op.person_ids), len(op.costs)) == (
        "2019", "", 1, 1)
    assert read_vault(folder, _statuses)["SNJ-00002"] == "missing"


def test_closing_a_changed_form_asks_first(qtbot, gui, made_vault):
    folder, _ = made_vault
    _three(folder)
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    dialog = _form(qtbot, page)
    dialog.close_button.click()  # nothing typed: closed
    assert not dialog.isVisible()
    dialog = _form(qtbot, page)
    dialog.boxes["outcome"].setText("freed")
    dialog.close_button.click()
    box = _question(qtbot, dialog, "rescueCloseQuestion")
    assert dialog.isVisible()
    box.findChild(QPushButton, "rescueCloseGo").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert read_vault(folder, _rescues) == []


def _report(folder, cases: list[str], text: str) -> int:
    def add(s):
        return s.records.add_report(Report(text=text, person_ids=[s.persons.get(c).id
                                                                  for c in cases]))
    return read_vault(folder, add)


def _report_persons(folder, rid: int) -> list[str]:
    return read_vault(folder, lambda s: [p.case_no for p in s.persons.as_kept(
        s.records.get_report(rid).person_ids)])


def _choose_report(qtbot, page, rid: int) -> None:
    tab = page.reports_tab
    qtbot.waitUntil(lambda: any(r.id == rid for r in tab.reports), timeout=10_000)
    row = next(i for i, r in enumerate(tab.reports) if r.id == rid)
    # as a click chooses it (selectRow picks no row in a right-to-left table not yet laid out)
    tab.table.selectionModel().select(tab.model.index(row, 0), QItemSelectionModel.SelectionFlag
                                      .ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_a_report_filed_under_her_by_mistake_is_taken_off_her(qtbot, gui, made_vault):
    folder, _ = made_vault
    _three(folder)
    rid = _report(folder, ["SNJ-00001", "SNJ-00002"], "seen in Raqqa with her sister")
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    tab = page.reports_tab
    assert not tab.not_hers_button.isEnabled()  # no report chosen
    _choose_report(qtbot, page, rid)
    assert tab.not_hers_button.isEnabled()
    tab.not_hers_button.click()
    box = _question(qtbot, page, "notAboutHerQuestion")
    assert "Take SNJ-00001 off report 1?" in bare(box.text())
    assert "The report stays, about SNJ-00002" in bare(box.text())
    box.findChild(QPushButton, "notAboutHerGo").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10_000)
    assert bare(page.notice.text()) == "SNJ-00001 taken off report 1: it is no longer about her."
    assert _report_persons(folder, rid) == ["SNJ-00002"]


def test_not_about_her_is_refused_with_the_services_words(qtbot, gui, made_vault, cli):
    """She is the only person of one report, and a status of hers rests on the other: each
    refused, no question asked, nothing changed; in the desktop's words, which name no
    command (`report edit --remove-person` says its own)."""
    folder, _ = made_vault
    _three(folder)
    alone = _report(folder, ["SNJ-00001"], "seen at the market")
    resting = _report(folder, ["SNJ-00001", "SNJ-00002"], "seen in Raqqa")
    r = cli("person", "status", "SNJ-00001", "sighted", "--date", "2018", "--report",
            str(resting))
    assert r.returncode == 0, r.stderr
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    for rid, said in ((alone, "it is about no one else, and a report names at least one "
                              "person: add the woman it is about under its other women first"),
                      (resting, "a status of SNJ-00001 rests on it: withdraw that status "
                                "first (Status timeline), then take her off")):
        _choose_report(qtbot, page, rid)
        page.error.clear()
        page.reports_tab.not_hers_button.click()
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
        error = bare(page.error.text())
        assert error.startswith(f"SNJ-00001 cannot be taken off report {rid}: ")
        assert said in error and "--" not in error and "casekeeper" not in error, error
        assert not any(b.isVisible() for b in page.findChildren(QMessageBox))
    assert _report_persons(folder, alone) == ["SNJ-00001"]
    assert _report_persons(folder, resting) == ["SNJ-00001", "SNJ-00002"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_form_is_drawn_whole_in_english_and_arabic(qtbot, gui, made_vault, cli, lang):
    folder, _ = made_vault
    _three(folder)
    assert cli("rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002",
               "--date", "20/03/2019", "--from-place", "Baghuz", "--outcome", "both freed",
               "--cost", "12500:USD:intermediary M-2:release",
               "--cost", "1500000:IQD:driver:transport").returncode == 0
    page = _page(qtbot, gui, folder, lang, "SNJ-00001")
    page.rescue_form(1)
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    _line(dialog, "2000", "USD", "M-2", "second instalment")
    dialog.resize(1000, 800)
    qtbot.wait(50)
    dialog.grab().save(f"/tmp/rescue-{lang}.png")
    rtl = lang == "ar"
    assert dialog.isRightToLeft() == rtl
    # the amounts in Latin digits, the total with the currency codes
    assert [x.amount.text() for x in dialog.lines] == ["12,500", "1,500,000", "2000"]
    assert "14,500 USD" in bare(dialog.total.text())
    assert "1,500,000 IQD" in bare(dialog.total.text())
    # every button shows its whole text
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width() - 2, button.text()


def test_a_ledger_lines_date_is_kept_when_a_line_is_added(qtbot, gui, made_vault):
    """The form has no box for a line's date: a line the vault holds keeps the one it has."""
    from app.domain.records import CostEntry, RescueOperation
    folder, _ = made_vault
    _three(folder)
    read_vault(folder, lambda s: s.records.add_rescue(RescueOperation(
        date=FuzzyDate.parse("2019"), person_ids=[s.persons.get("SNJ-00001").id],
        gives_status="rescued", costs=[CostEntry(Decimal("8000"), "USD", "M-2", "release",
                                                 FuzzyDate.parse("12/03/2019"))])))
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    page.rescue_form(1)
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    _line(dialog, "500", "IQD", "driver", "")
    assert _saved(qtbot, dialog).splitlines()[1] == (
        "Ledger now: 8,000 USD, 500 IQD; it was: 8,000 USD")
    [op] = read_vault(folder, _rescues)
    assert [(c.amount, c.date.text) for c in op.costs] == [(Decimal("8000"), "12/03/2019"),
                                                           (Decimal("500"), "")]


@pytest.mark.usefixtures("new_translations")
def test_not_about_her_is_refused_in_arabic(qtbot, gui, made_vault, cli):
    """The refusals came in English, naming command-line options (found by a tester)."""
    folder, _ = made_vault
    _three(folder)
    alone = _report(folder, ["SNJ-00001"], "seen at the market")
    resting = _report(folder, ["SNJ-00001", "SNJ-00002"], "seen in Raqqa")
    assert cli("person", "status", "SNJ-00001", "sighted", "--date", "2018", "--report",
               str(resting)).returncode == 0
    page = _page(qtbot, gui, folder, "ar", "SNJ-00001")
    for rid, said in ((alone, "لا يتناول أحداً غيرها، والبلاغ يسمّي شخصاً واحداً على الأقل"),
                      (resting, "تستند إليه حالةٌ لـ SNJ-00001: اسحب تلك الحالة أولاً")):
        _choose_report(qtbot, page, rid)
        page.error.clear()
        page.reports_tab.not_hers_button.click()
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
        assert said in bare(page.error.text()), page.error.text()
