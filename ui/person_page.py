"""One person's page: fields side by side in both scripts, edit with validation and undo,
drafts kept in the vault, and the tabs of everything linked to the person."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.person import STEP_BACK, placed_by_middle
from app.draft_merge import three_way
from app.names_erased import parts_erased
from app.parent_age import ParentAgesClose
from app.report_dated import KEPT_BLANK, KEPT_RECEIVED
from ui import person_ops, rescue_ops
from ui.bidi import Phrase, filled, in_interface_direction, isolated, led_by, own_way
from ui.contacts_tab import ContactsTab
from ui.draft_conflicts import DraftConflicts
from ui.error_words import error_said
from ui.field_labels import field_label as _field_label
from ui.form_split import FormFirstSplitter
from ui.history_tab import HistoryTab
from ui.i18n import list_comma
from ui.import_changes import record_field_name
from ui.labels import (
    field_names,
    known_as_said,
    person_names_shown,
    relation_names,
    sex_words,
    status_label,
)
from ui.left_behind import left_behind_said
from ui.name_erased_question import ask_before_erasing
from ui.person_form import PersonForm
from ui.person_tabs import PhotosTab, RelativesTab, StatusTab, TableTab
from ui.provenance_tab import ProvenanceTab
from ui.reason_box import ask_with_reason
from ui.record_tabs import ReportsTab, RescuesTab
from ui.removals import Removals
from ui.rescue_dialog import RescueDialog
from ui.sex_read import listed_sex, says_its_reading, vault_sex
from ui.split_said import split_rows_said, split_statuses_said
from ui.widgets import ask_to_go_ahead, error_label, plain_label, plain_tooltip, say_clock

SAID = 6  # the Provenance tab's column of what the list said


class PersonPage(QWidget):
    back = Signal()
    saved = Signal()
    open_person = Signal(str)
    loaded = Signal()
    print_requested = Signal(str)
    compare_requested = Signal(str)  # her case number: the same person as another record?

    def __init__(self, worker, clipboard, case_no: str, parent=None) -> None:
        super().__init__(parent)
        self.worker, self.clipboard, self.case_no = worker, clipboard, case_no
        self.person = None
        self.kept = None  # the person as she is kept: this record, or the one it is merged into
        self.previous = None  # the record before the last save, for undo
        self.editing = self.dirty = False
        self.heading = plain_label("", self, selectable=True)
        self.heading.setObjectName("personHeading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        self.heading.setFont(font)
        # seldom there: they take no room above her fields while empty
        self.error = error_label(self, collapse=True)
        self.draft_note = plain_label("", self, wrap=True, collapse=True)
        self.notice = plain_label("", self, wrap=True, collapse=True)  # what a save did
        self.notice.setObjectName("personNotice")
        # it may wrap: on the buttons' line in Kurmanji there is no room for it on one line
        self.merged_note = plain_label("", self, wrap=True)
        self.merged_note.setObjectName("mergedNote")
        self.merged_pick = QComboBox(self)
        # sized to the case numbers put into it after it is shown: "SNJ-0000" was cut
        self.merged_pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.split_button = QPushButton(self.tr("Split out"), self)
        self.split_button.setObjectName("splitMerged")
        self.split_button.clicked.connect(self.split_out)
        self.form = PersonForm(self)
        self.form.edited.connect(self._edited)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("back", self.tr("Back to list"), self._back),
                                ("copy", self.tr("Copy case number"), self.copy_case_no),
                                ("print", self.tr("Print dossier..."),
                                 lambda: self.print_requested.emit(self.case_no)),
                                # a record matching never proposed with hers (a spelling it
                                # does not link): merged, or marked apart, on Duplicates
                                ("compare", self.tr("Same person as..."),
                                 lambda: self.compare_requested.emit(self.case_no)),
                                ("edit", self.tr("Edit"), self.start_edit),
                                ("save", self.tr("Save"), self.save),
                                ("cancel", self.tr("Cancel"), self.cancel_edit),
                                ("undo", self.tr("Undo last change"), self.undo),
                                # her record as saved elsewhere since, what she typed on top
                                ("reload", self.tr("Reload"), self.reload_keeping_typed),
                                ("restore", self.tr("Restore draft"), self.restore_draft),
                                ("discard", self.tr("Discard draft"), self.discard_draft)):
            button = QPushButton(text, self)
            button.setObjectName(f"person_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        # on the buttons' line, not one of its own: the room goes to her fields
        for w in (self.merged_note, self.merged_pick, self.split_button):
            buttons.addWidget(w)
        self.tabs = QTabWidget(self)
        self.status_tab = StatusTab(self)
        self.status_tab.add_event.connect(self.add_status)
        self.status_tab.withdraw_event.connect(self.withdraw_status)
        self.relatives_tab = RelativesTab(self)
        self.relatives_tab.link.connect(self.link_relative)
        self.relatives_tab.open_person.connect(self.open_person)
        self.contacts_tab = ContactsTab(self)
        self.contacts_tab.add.connect(self.add_contact)
        self.contacts_tab.change.connect(self.change_contact)
        self.photos_tab = PhotosTab(self)
        self.photos_tab.add_photo.connect(self.choose_photo)
        self.removals = Removals(self)
        self.reports_tab = ReportsTab(self, worker)
        self.reports_tab.others_wanted.connect(self._report_others)
        self.reports_tab.add.connect(self.add_report)
        self.reports_tab.change.connect(self.edit_report)
        self.reports_tab.not_hers.connect(self.not_about_her)
        self.rescues_tab = RescuesTab(self)
        self.rescues_tab.add.connect(self.add_rescue)
        self.rescues_tab.open_form.connect(self.new_rescue_form)
        self.rescues_tab.change.connect(self.rescue_form)
        self.rescue_dialog = None  # the rescue form, while one is open
        # the batch tells two imports of one file apart (person show names it too)
        self.provenance_tab = ProvenanceTab([self.tr("List"), self.tr("Batch"), self.tr("File"),
                                             self.tr("Sheet"), self.tr("Row"),
                                             self.tr("Recorded"), self.tr("What the list said")],
                                            self)
        self.provenance_tab.withdraw.connect(self.withdraw_row)
        self.history_tab = HistoryTab([self.tr("No."), self.tr("When (UTC)"), self.tr("Action"),
                                       self.tr("Detail"), self.tr("Record")], self)
        self.conflicts_tab = TableTab([self.tr("List"), self.tr("Row"), self.tr("Field"),
                                       self.tr("The list said"), self.tr("The vault keeps")],
                                      "listConflicts", self)
        for tab, title in ((self.status_tab, self.tr("Status timeline")),
                           (self.relatives_tab, self.tr("Relatives")),
                           (self.contacts_tab, self.tr("Family contacts")),
                           (self.photos_tab, self.tr("Photos")),
                           (self.reports_tab, self.tr("Reports")),
                           (self.rescues_tab, self.tr("Rescues")),
                           (self.provenance_tab, self.tr("Provenance")),
                           (self.conflicts_tab, self.tr("Not taken from lists")),
                           (self.history_tab, self.tr("History"))):
            self.tabs.addTab(tab, title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(FormFirstSplitter(scroll, self.tabs, self), 1)
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.worker.submit(person_ops.load_bundle, self.case_no, on_done=self._show,
                           on_error=self.error.setText)

    def _show(self, bundle: dict) -> None:
        p = self.person = bundle["person"]
        self.kept = bundle["kept"]
        # each value isolated, so that in Arabic and Sorani the line reads right to left from
        # the case number and a Latin name keeps its own order
        # marked where her given name is unknown: her father's name would read as hers
        # and led by it where it is written in the other script only: "الياس" read as a man
        names = "  /  ".join(isolated(n) for n in person_names_shown(p) if n)
        self.heading.setText(in_interface_direction(
            f"{isolated(p.case_no)}   {names or known_as_said(p)}   ·   "
            f"{status_label(p.current_status.value, p.sex.value)}"))
        self.form.show_person(p)
        came = dict(zip(map(id, p.status_events), bundle["status_sources"], strict=True))
        timeline = p.timeline()
        self.status_tab.show_events(timeline, p.sex.value, [came[id(ev)] for ev in timeline])
        self.relatives_tab.fill(bundle["relatives"], bundle["relatives_from"])
        self.relatives_tab.show_case_example(p.case_no)
        self.contacts_tab.show_contacts(bundle["contacts"], bundle["contacts_from"])
        self.photos_tab.show_photos(bundle["photos"], bundle["photos_from"])
        self.reports_tab.show_reports(bundle["reports"], p.case_no)
        self.status_tab.show_reports([r for r, _ in bundle["reports"]])
        self.rescues_tab.show_rescues(bundle["rescues"])
        # a sex cell with what it was read as: a Kurmanji list's M is mê, female
        # the reading apart from the cell, each in its own direction (as the import wizard's
        # rows say it): as one phrase after a Latin header, "Zayend: (read as male) N"
        read_as = QCoreApplication.translate("ImportWizard", "(read as %1)")
        said = [_list_said(d["raw_json"], d.get("sex_read", {}), read_as)
                for d in bundle["provenance"]]
        self.provenance_tab.show_entries(bundle["provenance"], [
            [self._list_named(d), d["batch_id"] or "", d["file_name"], d["sheet"],
             d["row_number"] or "", d["recorded_at"], in_interface_direction("  ·  ".join(cells))]
            for d, cells in zip(bundle["provenance"], said, strict=True)])
        for row, cells in enumerate(said):
            # the line is cut at the column's edge: every cell on a line of its own on hover
            self.provenance_tab.model.item(row, SAID).setToolTip(plain_tooltip("\n".join(cells)))
        self.history_tab.show_entries(bundle["history"], p.sex.value, p.case_no,
                                      bundle["history_case_nos"])
        self._show_conflicts(bundle["list_conflicts"])
        merged = bundle["merged_from"]
        self.merged_note.setText(self.tr("Records merged into this one:") if merged else "")
        self.merged_pick.clear()
        self.merged_pick.addItems(merged)
        # never narrower than its case numbers, however little room the line has
        self.merged_pick.setMinimumWidth(self.merged_pick.sizeHint().width())
        for w in (self.merged_pick, self.split_button):
            w.setVisible(bool(merged))
        if bundle["merged_into"]:
            # Opened by its old number (a relative's link, a family's paper): her record now
            # is the other one, and this one holds only part of what is known.
            self.merged_note.setText(filled(self.tr(
                "This record is merged into %1, which holds all that is known of this person; "
                "it is kept for its history."), bundle["merged_into"]))
        self.merged_note.setVisible(bool(merged or bundle["merged_into"]))
        self.draft, self.draft_base = bundle["draft"], bundle.get("draft_base")
        # kept at a lock, or when her page was left in edit (Back to list, a refused save)
        self.draft_note.setText(self.tr(
            "There is an unsaved draft of this record: what was typed on her page and not "
            "saved. Restore draft puts back only the fields typed in it; what was saved since "
            "stays.") if self.draft else "")
        self.editing = self.dirty = self.stale = False
        self.form.set_editable(False)
        self._update_buttons()
        self.loaded.emit()

    def _list_named(self, row: dict) -> str:
        """The list a provenance row came from; a row that came with a record merged into hers
        says so, as her dossier does."""
        if not row["merged_case_no"]:
            return row["list_source"]
        return filled(self.tr("%1 (record %2, merged into this one)"), row["list_source"],
                      row["merged_case_no"])

    def _show_conflicts(self, conflicts: list[dict]) -> None:
        """What lists said that the vault did not take; the tab says how many, so a reported
        death is seen on her page, not only in one import's report."""
        fields = field_names()
        sex = self.person.sex.value if self.person is not None else "F"

        def said(c: dict) -> str:   # the status in the interface's words, then date and note
            status = c.get("list_status", "")
            if c["field"] == "sex":  # the cell and its reading: a Kurmanji M is female
                return listed_sex(c)
            if c.get("read_as"):  # the list's village as written, and the spelling taken
                return filled(self.tr("%1, read as %2"), c["list"], c["read_as"])
            if c["field"] != "status" or not status or not c["list"].startswith(status):
                return c["list"]
            return status_label(status, sex) + c["list"][len(status):]

        def keeps(c: dict) -> str:
            if c.get("settled_in_vault"):  # what it keeps now: the list's value
                c = {k: v for k, v in c.items() if k != "vault_date"} | {
                    "vault": c["settled_in_vault"]["now"]}
            if c["field"] == "sex":
                return vault_sex(c["vault"])
            if c["field"] != "status":
                return c["vault"]
            # with its date, as the list's status is said beside it
            return status_label(c["vault"], sex) + (f", {c['vault_date']}" if c.get("vault_date")
                                                    else "")

        # The file name isolated (FSI..PDI): an Arabic name with ".csv" must not swap places
        # with the batch number in a right-to-left table.
        def settled(c: dict) -> str:  # a later version of the list no longer says it
            if c.get("settled_in_vault"):  # or the vault holds it now (settled_in_vault.py)
                return " " + self.tr("(settled: the vault holds the list's value now)")
            by = c.get("superseded_by")
            return " " + filled(self.tr("(settled: batch %1 (%2), a later version of the list, "
                                        "no longer says it)"), by["batch"], by["file"]) if by else ""

        self.conflicts_tab.fill([[f"\u2068{c['file']}\u2069 ({c['batch']})", c["row"],
                                  fields.get(c["field"].removeprefix("origin_").partition(".")[0],
                                             c["field"]),
                                  said(c) + settled(c), keeps(c)]
                                 for c in conflicts])
        i = self.tabs.indexOf(self.conflicts_tab)
        title = self.tr("Not taken from lists")
        # the count is of what is left to settle; the settled stay listed, marked
        left = sum(1 for c in conflicts
                   if not c.get("superseded_by") and not c.get("settled_in_vault"))
        self.tabs.setTabText(i, f"{title} ({left})" if left else title)

    def _update_buttons(self) -> None:
        has_draft = bool(getattr(self, "draft", None))
        self.buttons["edit"].setVisible(not self.editing)
        self.buttons["save"].setVisible(self.editing)
        self.buttons["cancel"].setVisible(self.editing)
        self.buttons["undo"].setEnabled(self.previous is not None and not self.editing)
        self.buttons["restore"].setVisible(has_draft and not self.editing)
        self.buttons["reload"].setVisible(self.editing and getattr(self, "stale", False))
        self.buttons["discard"].setVisible(has_draft and not self.editing)

    # -- editing ---------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.editing:
            self.dirty = True

    def start_edit(self) -> None:
        self.editing, self.dirty, self.stale = True, False, False
        self.from_draft = False  # set by _edit_merged: this edit holds the draft's typing
        self.error.clear()
        self.form.set_editable(True)
        self._update_buttons()

    def cancel_edit(self) -> None:
        self.form.show_person(self.person)
        self.editing = self.dirty = self.stale = False
        self.form.set_editable(False)
        self._update_buttons()

    def save(self) -> None:
        try:
            edited = self.form.read_person()
        except Exception as e:  # noqa: BLE001 - ValidationError names the field
            self.error.setText(str(e))
            return
        erased = parts_erased(self.person, edited)
        if erased:  # asked first: her given name wiped by two emptied boxes was saved unasked
            ask_before_erasing(self, self.case_no, erased, lambda: self._save(edited),
                               lambda: self.form.put_names_back(erased))
            return
        self._save(edited)

    def _save(self, edited) -> None:
        before = copy.deepcopy(self.person)
        # A draft still offered and not taken into this edit (Reload's question cancelled, then
        # Edit) holds typing this save does not: kept, still offered, not deleted unsaid.
        keep = bool(getattr(self, "draft", None)) and not getattr(self, "from_draft", False)
        self.worker.submit(person_ops.save_unless_changed, edited, keep_draft=keep,
                           on_error=self._not_saved,
                           on_done=lambda p: self._saved(before, self.tr("Saved at %1."))
                           if p is not None else self._changed_elsewhere())

    def _changed_elsewhere(self) -> None:
        """Saved elsewhere since she began (another window, a command, an import): nothing was
        saved, and Reload keeps what she typed on top of her record as it is now."""
        self.stale = True
        self.error.setText(filled(self.tr(
            "%1 was saved elsewhere since you began editing, so nothing was saved. Reload takes "
            "her record as it is saved now and keeps what you typed on top of it; where a field "
            "you changed was changed there too, you choose which to keep. Then save again."),
            self.case_no))
        self._update_buttons()

    def reload_keeping_typed(self) -> None:
        """Her record read again, with the fields she changed from the one her page read put
        on top of it (app/draft_merge.py)."""
        try:
            typed = self.form.read_person(as_typed=True)
        except Exception as e:  # noqa: BLE001 - ValidationError names the field
            self.error.setText(str(e))
            return
        base = self.person
        self.worker.submit(person_ops.keep_and_load, typed, base, on_error=self.error.setText,
                           on_done=lambda bundle: self._reloaded(bundle, base, typed))

    def _reloaded(self, bundle: dict, base, typed) -> None:
        """Her typing is kept as a draft until saved: cancelling the question leaves it
        offered on her page."""
        self._show(bundle)
        self.error.clear()
        self._put_on_top(base, typed)

    def _not_saved(self, said: str) -> None:
        """Said on the page; and the list counts anew: she may have been deleted elsewhere
        (the list went on counting her)."""
        self.error.setText(said)
        self.saved.emit()

    def _saved(self, before, said: str = "") -> None:
        """After a change: said (with the time in %1) on the page, so that a save is seen to
        have happened, not only the form going quiet."""
        self.previous = before
        self.error.clear()
        self.notice.clear()
        if said:
            say_clock(self.notice, said, QTime.currentTime().toString("HH:mm"))
        self.saved.emit()
        self.reload()

    def undo(self) -> None:
        if self.previous is None or self.person is None:
            return
        previous, self.previous = copy.deepcopy(self.previous), None
        previous.status_events = self.person.status_events  # undo edits fields, not events
        self.worker.submit(person_ops.undo, previous, self.person.version,
                           on_error=self.error.setText,
                           on_done=lambda _p: self._saved(None, self.tr("Last change undone at %1.")))

    # -- drafts ----------------------------------------------------------------------------
    def draft_to_keep(self):
        """The record as edited and not saved, if it was edited; once asked, it counts as kept."""
        if not (self.editing and self.dirty):
            return None
        try:
            edited = self.form.read_person(as_typed=True)
        except Exception:  # noqa: BLE001 - keep what can be kept: the record as it was typed
            return None
        self.dirty = False
        return edited

    def save_draft_if_dirty(self) -> None:
        edited = self.draft_to_keep()
        if edited is not None:  # with her record as the page read it
            self.worker.submit(person_ops.write_draft, edited, self.person)

    def restore_draft(self) -> None:
        """Only the fields typed in the draft, put on top of her record as it is saved now: a
        draft holds her whole record as its page read it, and saved whole it put back what
        another window, a command or an import had saved since, without a word."""
        if not self.draft or self.person is None:
            return
        self._put_on_top(self.draft_base, self.draft)

    def _put_on_top(self, base, typed) -> None:
        """typed (read from base) on her record as it is now, in edit; fields changed on both
        sides asked first. typed is a draft in the vault (restored, or Reload's typing kept
        first), which stays until saved or discarded, and is offered on her page if she cancels
        the question."""
        merged = three_way(base, typed, self.person)
        if not merged.conflicts:
            self._edit_merged(merged.person)
            return
        dialog = DraftConflicts(self.case_no, merged.conflicts,
                                lambda choices: self._edit_merged(merged.choose(choices, typed)),
                                self, base_unknown=merged.base_unknown)
        dialog.rejected.connect(self._update_buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _edit_merged(self, merged) -> None:
        self.start_edit()
        self.from_draft = True
        self.form.person = self.person
        self.form.show_person(merged)
        self.form.person = self.person
        self.dirty = True
        self.notice.setText(self.tr("Her record as it is saved now, with what you typed on top "
                                    "of it. Nothing is saved until you click Save."))

    def discard_draft(self) -> None:
        self.worker.submit(person_ops.discard_draft, self.case_no,
                           on_done=lambda _r: self.reload(), on_error=self.error.setText)

    # -- linked records --------------------------------------------------------------------
    def add_status(self, status: str, date_text: str, note: str,
                   report_id: int | None = None) -> None:
        def done(person) -> None:
            self._saved(self.previous)
            # told without a date on a report: dated by it, and said so after as dated (it
            # was said "dated 05/2019" and then "told with no date ... add it with its date")
            added = person.status_events[-1] if person.status_events else None
            dated = date_text if date_text.strip() or report_id is None or added is None \
                else added.date.text
            self.notice.setText("\n".join(x for x in (
                self._dated_by_report_said(person, date_text, report_id),
                self._status_kept_said(person, status, dated),
                self._death_before_said(person, status),
                self._death_already_said(person, status, dated),
                self._held_again_said(person, status)) if x))

        self.worker.submit(person_ops.add_status, self.case_no, status, date_text, note,
                           report_id, on_done=done, on_error=self.error.setText)

    def _dated_by_report_said(self, person, date_text: str, report_id: int | None) -> str:
        """Told without a date on a report with its observed date: the date it took, said (it
        is not the day it was typed)."""
        added = person.status_events[-1] if person.status_events else None
        if report_id is None or date_text.strip() or added is None or not added.date.text:
            return ""
        return filled(self.tr("Dated %1, when report %2 was observed. Withdraw it and add it "
                              "again with its date if it happened on another day."),
                      added.date.text, report_id)

    def _death_before_said(self, person, status: str) -> str:
        """A status she was alive in, added after her recorded death: one of the two is wrong,
        and her papers would print both (Person.death_before)."""
        added = person.status_events[-1] if person.status_events else None
        if added is None or added.status.value != status \
                or (death := person.death_before(added.status, added.date)) is None:
            return ""
        died = death.date.text or death.date.display()
        if added.date.earliest is None:  # told without a date: not said to come after it
            return filled(self.tr("Her death is recorded on %1. If the death was reported in "
                                  "error, withdraw it; if this is wrong, withdraw this (select "
                                  "it, then Withdraw the selected status)."), died)
        return filled(self.tr("Her death is recorded on %1, before this. If the death was "
                              "reported in error, withdraw it; if this is wrong, withdraw this "
                              "(select it, then Withdraw the selected status)."), died)

    def _death_already_said(self, person, status: str, date_text: str) -> str:
        """A death added when she was recorded dead already: kept, as `person status` keeps
        it, and said as it says it (Person.death_already): her papers list both dates."""
        added = person.status_events[-1] if person.status_events else None
        if added is None or added.status.value != status \
                or (death := person.death_already(added)) is None:
            return ""
        died = death.date.text or death.date.display() or self.tr("no date")
        if date_text.strip():
            return filled(self.tr("She was already recorded deceased since %1: this death of %2 "
                                  "is kept in her history beside it, a second record of her "
                                  "death, and her papers list both. If one of them is wrong, "
                                  "withdraw it (select it, then Withdraw the selected status)."),
                          died, date_text.strip())
        return filled(self.tr("She was already recorded deceased since %1: this death, told "
                              "without a date, is kept in her history beside it, a second "
                              "record of her death, and her papers list both. If one of them "
                              "is wrong, withdraw it (select it, then Withdraw the selected "
                              "status)."), died)

    def _held_again_said(self, person, status: str) -> str:
        """A status of captivity dated after her rescue or reunion, now hers: said as `person
        status` says it (Person.freed_before), since one wrong report makes her held again."""
        added = person.status_events[-1] if person.status_events else None
        if added is None or added.status.value != status \
                or (freed := person.freed_before(added)) is None:
            return ""
        when = freed.date.text or freed.date.display() or self.tr("no date")
        if added.report_id is None:  # told by hand: there is no report to be wrong
            if freed.status.value == "reunited":
                return filled(self.tr("She was reunited with her family on %1; this makes her "
                                      "held again. If this is wrong, withdraw it (select it, then "
                                      "Withdraw the selected status)."), when)
            return filled(self.tr("She was rescued on %1; this makes her held again. If this is "
                                  "wrong, withdraw it (select it, then Withdraw the selected "
                                  "status)."), when)
        if freed.status.value == "reunited":
            return filled(self.tr("She was reunited with her family on %1; this makes her held "
                                  "again. If the report is wrong, withdraw it (select it, then "
                                  "Withdraw the selected status)."), when)
        return filled(self.tr("She was rescued on %1; this makes her held again. If the report "
                              "is wrong, withdraw it (select it, then Withdraw the selected "
                              "status)."), when)

    def _status_kept_said(self, person, status: str, date_text: str) -> str:
        """A status added that did not become hers: said, with why and what to do (the page
        had kept her heading as it was without a word, and the status seemed not saved)."""
        now = person.current_status.value
        if now == status:
            return ""
        added, current = (Phrase(status_label(x, person.sex.value)) for x in (status, now))
        sex = person.sex.value  # a boy's was "her history; she is still"
        if not date_text.strip() and person.current_choice()[1] == STEP_BACK:
            said = self.tr(
                "%1 was recorded in her history; she is still %2: told with no date after %2, "
                "it is a step back along her case. Add it again with the date it happened to "
                "make it her status.") if sex == "F" else self.tr(
                "%1 was recorded in his history; he is still %2: told with no date after %2, it "
                "is a step back along his case. Add it again with the date it happened to make "
                "it his status.") if sex == "M" else self.tr(
                "%1 was recorded in this person's history; they are still %2: told with no date "
                "after %2, it is a step back along their case. Add it again with the date it "
                "happened to make it their status.")
            return filled(said, added, current)
        if (now_ev := person.current_event) is not None \
                and placed_by_middle(person.status_events[-1], now_ev):
            # on days that may come before hers too (a report of 15 June observed "06/2025"
            # after a rescue of 10 June), placed by a middle before hers: nothing shows hers
            # came later. Not where her dates hold it (a sighting "11/2015", a rescue "2015")
            said = self.tr(
                "%1 was recorded in her history; she is still %2 (%3): its days, as far as they "
                "can reach, may come before or after it, and count at their middle, before it. "
                "If it came after, add it again with the day it happened.") if sex == "F" \
                else self.tr(
                "%1 was recorded in his history; he is still %2 (%3): its days, as far as they "
                "can reach, may come before or after it, and count at their middle, before it. "
                "If it came after, add it again with the day it happened.") if sex == "M" \
                else self.tr(
                "%1 was recorded in this person's history; they are still %2 (%3): its days, as "
                "far as they can reach, may come before or after it, and count at their middle, "
                "before it. If it came after, add it again with the day it happened.")
            return filled(said, added, current, now_ev.date.text or now_ev.date.display())
        said = self.tr("%1 was recorded in her history; she is still %2, a status later or "
                       "further along her case.") if sex == "F" else self.tr(
            "%1 was recorded in his history; he is still %2, a status later or further along "
            "his case.") if sex == "M" else self.tr(
            "%1 was recorded in this person's history; they are still %2, a status later or "
            "further along their case.")
        return filled(said, added, current)

    def link_relative(self, other: str, relation: str, despite_ages: bool = False) -> None:
        self.worker.submit(person_ops.link_relative_said, self.case_no, other, relation,
                           despite_ages, on_done=lambda said: self._linked_or_asked(
                               other, relation, said), on_error=self.error.setText)

    def _linked_or_asked(self, other: str, relation: str, said) -> None:
        """Linked; or a parent fewer than 12 years older than the child by their births: the
        births and the years said, and linked only if the user says so (Cancel answers Enter,
        as the command line refuses without --despite-ages)."""
        if not isinstance(said, ParentAgesClose):
            self._linked(relation, *said)
            return
        self.error.clear()
        lines = [error_said(said) + ".", "", self.tr(
            "Births are often guessed, and a parent taken young may have had a child in "
            "captivity. Link them all the same? The History tab will say that they were "
            "linked despite their births.")]
        ask_to_go_ahead(self, lines, "parentAgesQuestion", self.tr("Link all the same"),
                        "linkDespiteAges", lambda: self.link_relative(other, relation, True))

    def _linked(self, relation: str, merged: list, case_no: str, name: str) -> None:
        """Said as soon as it is saved: the box empties, and the table shows the link only once
        the page is read again (a second or more on a busy laptop), when a silent wait read
        as nothing done and a second click was refused as "already linked"."""
        self._record_added(self.relatives_tab, merged)
        linked = filled(self.tr("Linked: %1 %2, %3."), case_no, name,
                        relation_names().get(relation, relation))
        self.notice.setText("\n".join(x for x in (linked, self.notice.text()) if x))

    def add_contact(self, fields: dict) -> None:
        self.worker.submit(person_ops.add_contact, self.case_no, fields,
                           on_done=lambda merged: self._record_added(self.contacts_tab, merged),
                           on_error=self.error.setText)

    def change_contact(self, contact_id: int, fields: dict) -> None:
        self.worker.submit(person_ops.change_contact, self.case_no, contact_id, fields,
                           on_done=lambda _r: self._record_added(self.contacts_tab),
                           on_error=self.error.setText)

    def add_report(self, fields: dict) -> None:
        self.worker.submit(person_ops.add_report, self.case_no, fields,
                           on_done=lambda _r: self._record_added(self.reports_tab),
                           on_error=self.error.setText)

    def _report_others(self, report_id: int) -> None:
        self.worker.submit(rescue_ops.report_others, report_id, self.case_no,
                           on_done=lambda cards: self.reports_tab.show_others(report_id, cards),
                           on_error=self.error.setText)

    def edit_report(self, report_id: int, fields: dict) -> None:
        self.worker.submit(person_ops.edit_report, report_id, fields,
                           on_done=lambda said: self._report_saved(report_id, *said),
                           on_error=self.error.setText)

    def _report_saved(self, report_id: int, followed: list, left: list = ()) -> None:
        """A status the report dated follows its new observed date: said, as `report edit`
        says it (her timeline changes too, but may go unseen); one it told of a woman taken
        off stays behind: said, with where to tell it on the women it is about now."""
        self._record_added(self.reports_tab)
        # her status chosen again, the day the report came in changed
        said = [filled(self.tr("%1 is now %2 (was %3): what report %4 tells reaches no later "
                               "than the day it came in."), f.case_no,
                       status_label(f.now_status, f.sex), status_label(f.was_status, f.sex),
                       report_id) for f in followed if f.kept == KEPT_RECEIVED]
        said += [filled(self._followed_words(f), f.case_no, status_label(f.status, f.sex),
                        f.date if f.moved else f.was, report_id) for f in followed
                 if f.kept != KEPT_RECEIVED]
        for f in {f.case_no: f for f in followed if f.moved}.values():
            # moved past another status, it changed hers: said as the rescue form says it
            if f.now_status != f.was_status:
                said.append(filled(self.tr("%1 is now %2 (was %3): a status later or further "
                                           "along her case."), f.case_no,
                                   status_label(f.now_status, f.sex),
                                   status_label(f.was_status, f.sex)))
            if f.death_before:
                said.append(filled(self.tr("%1: her death is recorded on %2, before a status "
                                           "she was alive in: if the death was reported in "
                                           "error, withdraw it; if the observed date of report "
                                           "%3 is wrong, correct it."),
                                   f.case_no, f.death_before, report_id))
        said += [left_behind_said(x, report_id) for x in left]
        if said:
            self.notice.setText("\n".join(x for x in (self.notice.text(), *said) if x))

    def _followed_words(self, f) -> str:
        if f.moved:
            return self.tr("%1: her status %2 now dated %3, as report %4.")
        if f.kept == KEPT_BLANK:
            return self.tr("%1: her status %2 keeps %3: report %4 gives no observed date now.")
        return self.tr("%1: her status %2 keeps %3: it was told with a date of its own, or "
                       "before CaseKeeper noted which statuses took the report's date; to date "
                       "it anew, withdraw it and tell it again on report %4 without a date.")

    def add_rescue(self, fields: dict) -> None:
        self.worker.submit(person_ops.add_rescue, self.case_no, fields,
                           on_done=self._rescue_added, on_error=self.error.setText)

    def _rescue_added(self, said: dict) -> None:
        """Say what the rescue made her: the heading changes too, but may go unseen."""
        self._record_added(self.rescues_tab)
        status = status_label(said["status"], self.person.sex.value if self.person else "F")
        if said["from_rescue"]:
            text = self.tr("Rescue %1 recorded: her status is now %2.")
        elif said["gave"]:
            text = self.tr("Rescue %1 recorded: her status stays %2, which is later or "
                           "further along her case.")
        else:
            text = self.tr("Rescue %1 recorded; it gives no status: hers stays %2.")
        self.notice.setText(filled(text, said["rescue_id"], status))

    def new_rescue_form(self, typed: dict) -> None:
        """The rescue form for a new rescue of hers, with what the quick row held typed in."""
        if self.person is not None:
            self._open_rescue_form(None, typed)

    def rescue_form(self, rescue_id: int) -> None:
        """The rescue form for one of her rescues, to change or delete it."""
        if self.person is not None:
            self._open_rescue_form(rescue_id, None)

    def _open_rescue_form(self, rescue_id: int | None, typed: dict | None) -> None:
        old = self.rescue_dialog
        if old is not None:
            old.close()
            if not old.busy:  # a save still running reports back to it: left to the page
                old.deleteLater()
        dialog = self.rescue_dialog = RescueDialog(
            # she as kept, as a rescue's persons are listed: on the page of a record merged
            # into hers, the number she is kept as (the form's box then knows her typed again)
            self.worker, rescue_ops.person_card(self.kept or self.person), rescue_id, typed,
            self)
        dialog.saved.connect(lambda said: self._rescue_form_saved(said, rescue_id is None))
        dialog.open()

    def _rescue_form_saved(self, said: str, new: bool) -> None:
        """What the form said, on her page too: the heading changes, but may go unseen."""
        self.error.clear()
        if new:  # what the quick row held went into the rescue saved
            self.rescues_tab.clear_boxes()
        self.saved.emit()
        self.reload()
        self.notice.setText(said)

    def not_about_her(self, report_id: int) -> None:
        """Take her off a report filed under her by mistake, once she says so. The service's
        refusal (she is the only person it names, a status of hers rests on it) is said before
        she is asked, and nothing else is offered: the refusal says what to do."""
        self.error.clear()
        self.notice.clear()
        self.worker.submit(rescue_ops.report_off_refused, report_id, self.case_no,
                           on_done=lambda others: self._ask_not_about_her(report_id, others),
                           on_error=lambda message: self.error.setText(filled(
                               self.tr("%1 cannot be taken off report %2: %3"), self.case_no,
                               report_id, message)))

    def _ask_not_about_her(self, report_id: int, others: list[str]) -> None:
        lines = [filled(self.tr("Take %1 off report %2? It was filed under her by mistake."),
                        self.case_no, report_id),
                 filled(self.tr("The report stays, about %1; it leaves her page and her "
                                "papers. The audit trail keeps the change."),
                        Phrase(list_comma().join(isolated(c) for c in others)))]
        ask_to_go_ahead(self, lines, "notAboutHerQuestion", self.tr("Take her off"),
                        "notAboutHerGo", lambda: self.worker.submit(
                            rescue_ops.take_off_report, report_id, self.case_no,
                            on_error=self.error.setText,
                            on_done=lambda left: self._taken_off(report_id, left)))

    def _taken_off(self, report_id: int, left: list = ()) -> None:
        self._record_added(self.reports_tab)
        self.saved.emit()
        self.notice.setText("\n".join([
            filled(self.tr("%1 taken off report %2: it is no longer about her."),
                   self.case_no, report_id), *(left_behind_said(x, report_id) for x in left)]))

    def _record_added(self, tab, merged: list | None = None) -> None:
        tab.clear_boxes()
        self._done_here(merged)

    def _done_here(self, merged: list | None = None) -> None:
        """After a change that succeeded: what an earlier one refused or said no longer holds
        (a red refusal stayed over a link made after it, and read as this one's); where a
        number given is a record merged into another (this page's, opened by its old number,
        or the relative's), say that it is shown under her live record: the page of her
        live record is where all that is known of her is."""
        self.error.clear()
        self.notice.setText("\n".join(filled(self.tr("%1 is merged into %2: added to %1, shown "
                                                      "under %2"),
                                             typed, live) for typed, live in merged or []))
        self.reload()

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "CaseKeeper", str(Path.home()), self.tr("Photos (*.jpg *.jpeg *.png)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.add_photo_file(Path(path))

    def add_photo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as e:
            self.error.setText(filled(self.tr("Cannot read the file: %1"), e.strerror or ""))
            return
        self.worker.submit(person_ops.add_photo, self.case_no, data,
                           on_done=self._done_here, on_error=self.error.setText)

    def split_out(self) -> None:
        case_no = self.merged_pick.currentText()
        if case_no:
            self.worker.submit(person_ops.split, case_no, on_error=self.error.setText,
                               on_done=self._split_done)

    def _split_done(self, said: dict) -> None:
        """Say what the split did, and which of her fields it left as edited since the merge:
        they may still hold the words of the record split out, and only she can tell."""
        self._saved(self.previous)
        lines = [filled(self.tr("%1 is a record of its own again."), said["split"])]
        for field in said["left_as_edited"]:
            if field == "sharing_level":
                text = self.tr("%1 of %2 left as set: the merge narrowed it to that of %3 and "
                               "it was changed after the merge, so the split did not set it "
                               "back. Check who may receive her record.")
            else:
                text = self.tr("%1 of %2 left as edited: it held what the merge brought from "
                               "%3 and was changed after the merge, so the split could not "
                               "take that back. Read it and take out what belongs to %3.")
            lines.append(filled(text, _field_label(field), said["kept"], said["split"]))
        lines += split_statuses_said(said)
        lines += split_rows_said(said)
        self.notice.setText("\n".join(lines))

    def withdraw_status(self, event) -> None:
        """Take a status told in error out of her history, once the lawyer says so; the audit
        trail keeps what it said (PersonService.withdraw_status)."""
        status = status_label(event.status.value, self.person.sex.value if self.person else "F")
        lines = [filled(self.tr("Withdraw %1 (%2) from %3's history?"), status,
                        event.date.text or event.date.display() or self.tr("no date"),
                        self.case_no),
                 self.tr("Her papers will no longer show it; the audit trail keeps what it "
                         "said. A status a rescue gave is changed on the rescue instead.")]
        ask_with_reason(self, lines, "withdrawStatusQuestion", self.tr("Withdraw"),
                        "withdrawStatusGo", lambda reason: self.worker.submit(
                            person_ops.withdraw_status, self.case_no, event, reason,
                            on_error=self.error.setText,
                            on_done=lambda _r: self._saved(self.previous)))

    def withdraw_row(self, entry: dict) -> None:
        """Take a list's row back from her record, once the lawyer says so (a row put onto
        the wrong woman, her sister)."""
        lines = [filled(self.tr("Take row %1 of %2 (import %3) back from %4?"),
                        entry["row_number"], entry["file_name"], entry["batch_id"],
                        self.case_no),
                 self.tr("What the row brought is undone where nothing has changed it since, "
                         "and its list no longer names this person, here or on papers. A "
                         "record the row created is deleted, unless something else refers to "
                         "it. The row can then be decided again from the command line.")]
        ask_to_go_ahead(self, lines, "withdrawQuestion", self.tr("Withdraw"), "withdrawGo",
                        lambda: self.worker.submit(
                            person_ops.withdraw_row, entry["batch_id"], entry["row_number"],
                            on_error=self.error.setText, on_done=self._withdrawn))

    def _withdrawn(self, done: dict) -> None:
        if done["deleted"]:  # the record the row made is gone: back to the list
            self.saved.emit()
            self.back.emit()
            return
        self._saved(None)
        if done.get("kept"):  # what another list's row of hers still says stays: which row
            self.notice.setText(filled(self.tr("Kept, as another list's row still says it: %1"),
                                       Phrase(list_comma().join(self._kept(k) for k in done["kept"]))))
        # changed since the import (later work is never overwritten), or a value before it
        # that a row committed by an earlier version cannot give back: said, not guessed
        # a family contact the row added and someone changed by hand since stays too, named
        # as her page shows it (its name, else its number)
        shown = {c.id: c.name or c.phone for c in self.contacts_tab.contacts}
        left = [self._left(x) for x in done["left"]] + [
            filled(self.tr("the family contact %1, changed by hand since the import"),
                   shown.get(cid) or cid) for cid in done.get("contacts_left", ())]
        if left:
            self.error.setText(filled(
                self.tr("Left as it is, for you to settle by hand: %1"), Phrase(list_comma().join(left))))

    def _left(self, x: dict) -> str:
        """A field left to settle, with what changed it since (a later list's row, or an edit
        on a day): "settle it by hand" alone named nothing to settle against."""
        name, by = Phrase(record_field_name(x["field"])), x.get("by") or {}
        if "batch" in by:
            return filled(self.tr("%1 (changed since by import %2, row %3)"), name, by["batch"],
                          by["row"])
        if by.get("on"):
            return filled(self.tr("%1 (changed since, on %2)"), name, by["on"])
        return name

    def _kept(self, k: dict) -> str:
        """One value another list's row still says: the field, its value, and the row."""
        sex = self.person.sex.value if self.person is not None else "F"
        value = status_label(k["value"], sex) if k["field"] == "status" else k["value"]
        return filled(self.tr("%1 %2 (row %3 of %4, import %5)"),
                      Phrase(record_field_name(k["field"])), value, k["by"]["row"],
                      k["by"]["file"], k["by"]["batch"])

    def copy_case_no(self) -> None:
        if self.person is not None:
            self.clipboard.copy(self.person.case_no)

    def _back(self) -> None:
        self.save_draft_if_dirty()
        self.back.emit()


def _list_said(raw_json: str, sex_read: dict[str, str], read_as: str) -> list[str]:
    """Every filled cell of the list's row, as the list wrote it under its own headers (the
    lawyer's own screen: the columns not imported too), each isolated so that Arabic and Latin
    cells keep their order side by side; a sex cell with what it was read as (sex_read:
    {column: sex}; read_as the words after it, "(read as %1)")."""
    try:
        raw = json.loads(raw_json or "{}")
    except ValueError:
        return []
    words = sex_words()

    def value(k: str, v: object) -> str:
        if k in sex_read and not says_its_reading(str(v), sex_read[k]):
            return Phrase(own_way(str(v)) + " "
                          + own_way(Phrase(filled(read_as, words[sex_read[k]]))))
        return own_way(str(v))

    # each pair isolated in its header's direction, as the import wizard's rows are: bare in a
    # right-to-left window, "Name (English): Samira Qasim" read "Samira Qasim :Name (English)"
    return [led_by(str(k), f"{isolated(str(k))}: {value(k, v)}")
            for k, v in raw.items() if str(v).strip()]
