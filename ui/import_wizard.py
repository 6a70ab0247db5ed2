"""The import wizard: file -> sheet and header -> column mapping -> preview with row errors ->
match review -> commit. Long steps show a progress bar with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.importing import notes
from app.importing.fields import Field
from app.importing.list_disagrees import disagree_line, disagree_lines
from app.importing.mapping import Mapping, age_year_in_header
from app.importing.pieces import Sentence
from app.importing.report import (
    contacts_preview_lines,
    great_grandfather_lines,
    not_imported_lines,
    rows_said,
)
from app.importing.review import card_text
from app.importing.same_woman import leads
from app.importing.service import empty_sheet
from app.importing.signed_below import signed_below
from app.importing.skipped_then import skip_said
from ui import import_ops
from ui.bidi import (
    Phrase,
    file_path,
    filled,
    in_cell,
    in_interface_direction,
    isolated,
    led_by,
    own_way,
)
from ui.i18n import list_comma
from ui.import_changes import change_lines, conflict_lines
from ui.import_list_wide import ListWideChoice
from ui.import_report import column_label, report_said, sentence_said
from ui.import_rows import ImportRowsTable
from ui.labels import (
    card_born_said,
    explanation_text,
    field_names,
    known_as_words,
    name_shown,
    outcome_names,
    place_said,
    sex_names,
    sex_words,
    status_label,
)
from ui.list_changes import ListChanges
from ui.not_same_said import decided_line
from ui.person_tabs import TableTab
from ui.progress import ProgressPanel
from ui.sex_read import says_its_reading
from ui.table_fit import fit_to_width
from ui.typed_path import NotOnThisComputer, SeveralPaths, typed_path
from ui.update_doubts import UpdateDoubts
from ui.widgets import LRM, ask_to_go_ahead, error_label, plain_label, plain_tooltip

PREVIEW_ROWS = 30
# women the list disagrees on said above the preview's table (the rest in their rows' details)
DISAGREE_SHOWN = 3
MAPPING_FIELD, MAPPING_WHY = 2, 3  # the mapping table's columns of choices and reasons
REVIEW_DECISION = 5  # the review table's column of choices
FILE_TYPES = "*.xlsx *.xls *.ods *.csv *.tsv *.txt"


class ImportWizard(QWidget):
    finished = Signal()

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.plan = self.rows = self.state = None
        self.follows: dict[int, int] = {}  # review: a row of her -> the row it goes with
        self.pages = QStackedWidget(self)
        self.error = error_label(self)
        self.progress = ProgressPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self._file_page()
        self._sheet_page()
        self._mapping_page()
        self._preview_page()
        self._review_page()
        self._done_page()

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        box = QVBoxLayout(page)
        heading = plain_label(title, page)
        font = heading.font()
        font.setPointSize(font.pointSize() + 2)
        heading.setFont(font)
        box.addWidget(heading)
        self.pages.addWidget(page)
        return page, box

    def _buttons(self, box: QVBoxLayout, *specs) -> dict[str, QPushButton]:
        row, out = QHBoxLayout(), {}
        row.addStretch(1)
        for name, text, slot in specs:
            b = QPushButton(text, self)
            b.setObjectName(f"import_{name}")
            b.clicked.connect(slot)
            row.addWidget(b)
            out[name] = b
        box.addLayout(row)
        return out

    def _go(self, page: QWidget) -> None:
        self.error.clear()
        self.pages.setCurrentWidget(page)

    def _run(self, fn, *args, on_done, progress: bool = False) -> None:
        self.error.clear()
        self.pages.setEnabled(False)

        def done(result):
            self.pages.setEnabled(True)
            on_done(result)

        def failed(message):
            self.pages.setEnabled(True)
            self.error.setText(message)

        job = self.worker.submit(fn, *args, on_done=done, on_error=failed, with_progress=progress)
        job.on_cancelled.append(lambda: failed(self.tr("Cancelled: nothing was changed.")))
        self.progress.follow(job)

    # -- 1. file ---------------------------------------------------------------------------
    def _file_page(self) -> None:
        self.file_page, box = self._page(self.tr("1. Choose the list to import"))
        self.path = QLineEdit(self.file_page)
        self.path.setObjectName("importPath")
        # a path reads left to right in every language, as on the restore page: laid out right
        # to left, /media/usb showed as media/usb/
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Typed or pasted as well as chosen: a path copied from the file manager is quicker
        # than the dialog; it is checked when the file is read.
        self.path.setPlaceholderText(self.tr("Choose the file, or type or paste its path"))
        self.path.textEdited.connect(lambda _t: self.error.clear())
        self.path.returnPressed.connect(lambda: self.read_file())
        choose = QPushButton(self.tr("Choose file..."), self.file_page)
        choose.clicked.connect(self.choose_file)
        self.source = QLineEdit(self.file_page)
        self.source.setObjectName("importSource")
        self.source.setPlaceholderText(self.tr("e.g. Office of Kidnapped Affairs"))
        form = QFormLayout()
        pick = QHBoxLayout()
        pick.addWidget(self.path, 1)
        pick.addWidget(choose)
        form.addRow(plain_label(self.tr("File")), pick)
        form.addRow(plain_label(self.tr("Who sent the list")), self.source)
        box.addLayout(form)
        box.addStretch(1)
        self._buttons(box, ("read", self.tr("Read the file"), self.read_file))

    def choose_file(self) -> None:
        # A left-to-right mark before the patterns' bracket: in Arabic the first pattern's "*."
        # took the sentence's direction and was drawn at the other end ("(xlsx ... *.txt.*)").
        name, bracket, patterns = self.tr("Lists (%1)").replace("%1", FILE_TYPES).rpartition("(")
        path, _ = QFileDialog.getOpenFileName(
            self, "CaseKeeper", str(Path.home()), name + LRM + bracket + patterns,
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path)
            self.error.clear()  # "Choose a file first" is answered

    def read_file(self, sheet: str | None = None) -> None:
        try:
            path = typed_path(self.path.text())
        except SeveralPaths:
            self.error.setText(self.tr("The box holds more than one line: paste the path of "
                                       "one file."))
            return
        except NotOnThisComputer as e:
            self.error.setText(filled(self.tr("%1 is not a file on this computer. Copy the "
                                              "list onto this computer, then choose it or "
                                              "paste its path."), file_path(e.text)))
            return
        if not path:
            self.error.setText(self.tr("Choose a file first."))
            return
        if Path(path).is_dir():
            self.error.setText(filled(self.tr("%1 is a folder. Choose the list's file in it."),
                                      file_path(path)))
            return
        if not Path(path).is_file():
            self.error.setText(filled(self.tr("There is no file at %1. Check the path, or "
                                              "choose the file."), file_path(path)))
            return
        self._run(import_ops.prepare, path, sheet or None, self.source.text().strip(),
                  on_done=self._file_read)

    # -- 2. sheet and header ---------------------------------------------------------------
    def _sheet_page(self) -> None:
        self.sheet_page, box = self._page(self.tr("2. Sheet and header row"))
        self.sheet = QComboBox(self.sheet_page)
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(lambda _i: self.read_file(self.sheet.currentData()))
        self.table_info = plain_label("", self.sheet_page, wrap=True)
        self.table_info.setObjectName("importTableInfo")
        self.issues = plain_label("", self.sheet_page, wrap=True)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Sheet")), self.sheet)
        box.addLayout(form)
        box.addWidget(self.table_info)
        box.addWidget(self.issues)
        self.sample = TableTab([], "importSample", self.sheet_page)
        box.addWidget(self.sample, 1)
        self.sheet_buttons = self._buttons(
            box, ("back1", self.tr("Back"), lambda: self._go(self.file_page)),
            ("to_mapping", self.tr("Next: columns"), lambda: self._go(self.mapping_page)))

    def _file_read(self, result) -> None:
        plan, several = result
        self.plan = plan
        t = plan.table
        self.sheet.clear()
        for s in t.sheets:
            self.sheet.addItem(s.name + (self.tr(" (hidden)") if s.hidden else ""), s.name)
        self.sheet.setEnabled(bool(t.sheets))
        if t.sheet:
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(t.sheet)))
        # A sheet with nothing in it is said at once, as the command line says it, and goes
        # no further: "headers on row -; 0 rows" let the user go on to columns of nothing.
        empty = empty_sheet(plan)
        self.sheet_buttons["to_mapping"].setEnabled(empty is None)
        # one count a sentence: Qt says each in its language's plural form (%n)
        self.table_info.setText(sentence_said(empty) if empty is not None else " ".join((
            filled(self.tr("Header on row %1; %n row(s).", "", len(t.rows)), t.header_row or "-"),
            self.tr("%n blank row(s) skipped.", "", t.blank_rows))))
        note = "\n".join(sentence_said(i.said()) for i in t.issues[:20])
        if plan.same_file:  # (under another sender it is refused: import_ops.prepare)
            note = filled(self.tr("This exact file was imported before (batch %1)."),
                          plan.same_file[-1].id) + ("\n" + note if note else "")
        elif plan.sent_again:  # the sender took the next version back: read as a new version
            note = filled(self.tr("This exact file was imported before (batch %1), and batch %2, "
                                  "another version of this list, was committed after it: it is "
                                  "read as a new version of the list, not as a double import."),
                          plan.sent_again["batch"], plan.sent_again["after"]["batch"]) + (
                "\n" + note if note else "")
        if plan.staged_same:  # decided both, the two batches would make one woman twice
            note = filled(self.tr("This exact file is staged already as batch %1, waiting for "
                                  "decisions: decide or discard that batch rather than import "
                                  "it again."), plan.staged_same[-1].id) + (
                "\n" + note if note else "")
        same = {b.id for b in plan.staged_same}
        for b in [b for b in plan.staged_earlier if b.id not in same]:
            # another version of the list, undecided: its rows are in no record yet
            note = filled(self.tr("Batch %1 of this list (%2, staged %3) is still waiting for "
                                  "decisions: its rows are not in the vault yet, so this list is "
                                  "compared with the last version committed, not with it, and a "
                                  "woman both versions add may be added twice. Decide or discard "
                                  "that batch first."), b.id, b.file_name, b.created_at[:10]) + (
                "\n" + note if note else "")
        if several:  # importing one of them silently would leave the others out
            note = self.tr("Several sheets hold a list: %1. The first is shown; choose the "
                           "sheet to import above (each sheet is a list of its own).").replace(
                "%1", list_comma().join(map(isolated, several))) + ("\n" + note if note else "")
        self.issues.setText(note)
        self.sample.model.setColumnCount(len(t.columns) + 1)
        self.sample.model.setHorizontalHeaderLabels(
            [self.tr("Row")] + [in_cell(column_label(c.label, c.header)) for c in t.columns])
        self.sample.fill([[r.number, *r.texts()] for r in t.rows[:PREVIEW_ROWS]])
        self._fill_mapping()
        self._go(self.sheet_page)

    # -- 3. mapping ------------------------------------------------------------------------
    def _mapping_page(self) -> None:
        self.mapping_page, box = self._page(self.tr("3. What each column holds"))
        # A saved mapping's "ignore" for a column the importer would now take: said above the
        # columns, where the choice is made, and left as saved until the user changes it.
        self.mapping_note = plain_label("", self.mapping_page, wrap=True)
        self.mapping_note.setObjectName("importLeftOut")
        self.mapping_note.hide()
        box.addWidget(self.mapping_note)
        self.mapping_table = TableTab([self.tr("Column"), self.tr("Examples"), self.tr("Field"),
                                       self.tr("Why suggested")], "importMapping",
                                      self.mapping_page)
        # The reason wraps onto more lines: cut at the window's edge, its end (what is done with
        # the column) was lost.
        fit_to_width(self.mapping_table.table, wrapped=(MAPPING_WHY,), fixed=MAPPING_FIELD)
        box.addWidget(self.mapping_table, 1)
        # A list with no sex or status column (a family's list of its missing women): said
        # once for everyone it adds, or every woman it made fell out of "female, missing".
        self.list_wide = ListWideChoice(self.mapping_page)
        box.addWidget(self.list_wide)
        self.field_boxes: dict[str, QComboBox] = {}
        self._buttons(box, ("back2", self.tr("Back"), lambda: self._go(self.sheet_page)),
                      ("check", self.tr("Check the rows"), self.check_rows))

    def _fill_mapping(self) -> None:
        t, m = self.plan.table, self.plan.mapping
        tab = self.mapping_table
        examples = [[r.text(i) for r in t.rows[:3] if r.text(i)] for i in range(len(t.columns))]
        tab.fill([[column_label(c.label, c.header),
                   " | ".join(isolated(_glimpse(e)) for e in examples[i]), "",
                   sentence_said(m.reasons.get(c.label, ""))] for i, c in enumerate(t.columns)])
        self.field_boxes = {}
        names = field_names()
        widest = tab.table.horizontalHeader().sectionSizeFromContents(MAPPING_FIELD).width()
        for row, c in enumerate(t.columns):
            tab.model.item(row, 1).setToolTip(plain_tooltip("\n".join(map(isolated, examples[row]))))
            box = QComboBox()
            for f in Field:
                box.addItem(names.get(f.value, f.value), f.value)
            box.setCurrentIndex(box.findData(m.columns.get(c.label, Field.IGNORE).value))
            tab.table.setIndexWidget(tab.model.index(row, MAPPING_FIELD), _centred(box))
            self.field_boxes[c.label] = box
            widest = max(widest, box.sizeHint().width())
        # As wide as its longest field's name ("serial number (kept, not imported)" was cut).
        tab.table.horizontalHeader().resizeSection(MAPPING_FIELD, widest + 8)
        left_out = [filled(QCoreApplication.translate("ImportReport", "%1 (%2)"), c,
                           Phrase(names.get(f.value, f.value))) for c, f in m.left_out.items()]
        self.mapping_note.setText(filled(self.tr(
            "The saved mapping leaves out %1, which would now be imported. It stands as saved: "
            "choose the field below to import the column."), Phrase(
            list_comma().join(left_out))) if left_out else "")
        self.mapping_note.setVisible(bool(left_out))
        self.list_wide.show_last(_whole_list_said(m.last_said.to_json()) if m.last_said
                                 else "")

    def chosen_mapping(self) -> Mapping:
        old = self.plan.mapping
        columns = {label: Field(box.currentData()) for label, box in self.field_boxes.items()}
        reasons = {k: (old.reasons.get(k, "") if old.columns.get(k) == f else "chosen by hand")
                   for k, f in columns.items()}
        # As the command line reads the list: the year its ages were given in (the header's,
        # else the saved mapping's) and the saved mapping's columns this sheet lacks, kept so
        # the mapping saved after the import still names them. Without them the window read
        # "Age in 2019" as a range of birth years.
        age_year = next((y for label, f in columns.items() if f == Field.AGE
                         and (y := age_year_in_header(label))), None) or old.age_year
        left_out = {k: f for k, f in old.left_out.items() if columns.get(k) == Field.IGNORE}
        return Mapping(columns, reasons, dict(old.values), absent=dict(old.absent),
                       age_year=age_year, left_out=left_out,
                       new_persons=self.list_wide.value())

    def check_rows(self) -> None:
        self.plan.mapping = self.chosen_mapping()
        self._run(import_ops.stage_rows, self.plan, on_done=self._checked, progress=True)

    # -- 4. preview ------------------------------------------------------------------------
    def _preview_page(self) -> None:
        self.preview_page, box = self._page(self.tr("4. Preview: what will happen to each row"))
        self.preview_info = plain_label("", self.preview_page, wrap=True)
        self.preview_info.setObjectName("importPreviewInfo")
        box.addWidget(self.preview_info)
        # The columns no field takes, with their cells: before the import, not in its report
        # only (the command line's dry run says the same).
        self.not_imported = plain_label("", self.preview_page, wrap=True)
        self.not_imported.setObjectName("importNotImported")
        self.not_imported.hide()
        box.addWidget(self.not_imported)
        # A date column written month first (8/15/2014), or both ways, or one that writes
        # 1 January for a year only: how its dates are read, said over the rows whose dates it
        # decides (the dry run says it in the mapping).
        self.date_orders = plain_label("", self.preview_page, wrap=True)
        self.date_orders.setObjectName("importDateOrder")
        self.date_orders.hide()
        box.addWidget(self.date_orders)
        self.preview = TableTab([self.tr("Row"), self.tr("Outcome"), self.tr("In the list"),
                                 self.tr("Match"), self.tr("An update would change"),
                                 self.tr("Problems")], "importPreview", self.preview_page)
        fit_to_width(self.preview.table, wrapped=(2, 3, 4, 5), grow_rows=False)
        # A new version of a list: the rows added, removed and changed since its last import,
        # below the rows, each part as tall as the user drags it.
        self.list_changes = ListChanges(self.preview_page)
        split = QSplitter(Qt.Orientation.Vertical, self.preview_page)
        split.setChildrenCollapsible(False)
        split.addWidget(self.preview)
        split.addWidget(self.list_changes)
        box.addWidget(split, 1)
        # The selected row in full: a cell shows one line of what may be several.
        self.preview_details = plain_label("", self.preview_page, wrap=True, selectable=True)
        self.preview_details.setObjectName("importPreviewDetails")
        box.addWidget(self.preview_details)
        self.preview.table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_row_details(self.preview.table.selectionModel().selectedRows()))
        self.details: dict[int, dict] = {}
        self.stage_button = self._buttons(
            box, ("back3", self.tr("Back"), lambda: self._go(self.mapping_page)),
            ("stage", self.tr("Continue"), self.stage))["stage"]

    def _checked(self, result) -> None:
        (self.rows, case_nos, self.details, left_out, great, readings, changes, phones,
         disagree) = result
        for n, numbers in phones.get("adds", {}).items():  # a row that adds only a number
            self.details.setdefault(n, {})["adds"] = numbers  # changes her page all the same
        self.list_changes.show_changes(changes)
        # the numbers of the phone columns that would become family contacts, said beside
        # the columns not imported: both tell what the vault takes of the list's cells
        # and two rows of one woman that say two statuses of her, as the dry run says it: the
        # import takes the last row's, and only the list's sender can say which holds. The
        # first few only, above the table (a list pasted from two disagrees on most of its
        # women: a line each pushed the table and Import off the screen); each in her rows'
        # details, and all in the import's report.
        said = (not_imported_lines(left_out) + great_grandfather_lines(great)
                + contacts_preview_lines(phones)
                + disagree_lines(disagree, depth=0, most=DISAGREE_SHOWN))
        for d in disagree:
            for n in d["rows"]:
                self.details.setdefault(n, {}).setdefault("disagree", []).append(
                    sentence_said(Sentence(disagree_line(d, 0).pieces)))
        self.not_imported.setText("\n".join(sentence_said(Sentence(line.pieces))
                                            for line in said))
        self.not_imported.setVisible(bool(said))
        self.date_orders.setText("\n".join(map(sentence_said, readings)))
        self.date_orders.setVisible(bool(readings))
        counts: dict[str, int] = {}
        lines = []
        # A row that repeats an earlier row of the list is "certain" too, but of no one in the
        # vault: "already known" said of a woman the vault does not hold.
        names = {**outcome_names(), "repeat": QCoreApplication.translate(
            "ImportReport", "same as an earlier row"),
            # a row skipped by hand in the list's last version, the same again (skipped_then.py)
            "skipped_again": QCoreApplication.translate(
                "ImportWizard", "skipped again, as by hand last time"),
            # ... and one whose cells changed since: it waits, also with --yes (no new person)
            "skipped_changed": QCoreApplication.translate(
                "ImportWizard", "waits: skipped by hand last time, changed since"),
            # a name under the list's signature or total line: waits, also with --yes
            "signed_below": QCoreApplication.translate(
                "ImportWizard", "waits: under the list's signature or total")}
        for r in self.rows:
            repeats = r.outcome == "certain" and not r.match_person_id and r.match_row_number
            again = skip_said(r)
            outcome = "repeat" if repeats else "skipped_again" if again == "skip" \
                else "skipped_changed" if again == "" \
                else "signed_below" if signed_below(r) is not None else r.outcome
            counts[outcome] = counts.get(outcome, 0) + 1
            d = self.details.get(r.row_number, {})
            match = (_card(d["card"]) if d.get("card") else case_nos.get(r.match_person_id, "")
                     ) if r.match_person_id else (
                filled(self.tr("row %1"), r.match_row_number)
                if r.match_row_number else "")
            rejected = [sentence_said(notes.restored(r.rejected))] if r.rejected else []
            problems = "; ".join(rejected + list(map(sentence_said, notes.loads(r.warnings_json))))
            said = (filled(self.tr("same as row %1"), r.match_row_number) if repeats
                    else names.get(outcome, outcome))
            lines.append([r.row_number, said, d.get("names", ""),
                          match, _SEP().join(self._update_lines(d)), problems])
        self.preview.fill(lines)
        for n in range(self.preview.model.rowCount()):
            for c in (2, 3, 4, 5):  # the whole text, where the cell shows its first words
                item = self.preview.model.item(n, c)
                item.setToolTip(plain_tooltip(item.text()))
        info = "   ".join(f"{names.get(k, k)}: {v}" for k, v in sorted(counts.items()))
        if self.plan.mapping.new_persons:
            given = sum(bool(d.get("whole_list")) for d in self.details.values())
            info += "\n" + filled(self.tr(
                "Said of everyone this list adds: %1. Given to %n new person(s) whose row does "
                "not say it; no person the list updates is given it.", "", given),
                Phrase(_whole_list_said(self.plan.mapping.new_persons.to_json())))
        self.preview_info.setText(info)
        # With no probable match, no row waits for a decision and the next step writes the
        # list into the vault: the button says so (elsewhere Continue only moves on).
        # (a probable match skipped by hand last time and the same again is skipped: no wait)
        waits = any((r.outcome == "probable" and skip_said(r) is None) or skip_said(r) == ""
                    or (skip_said(r) is None and signed_below(r) is not None) for r in self.rows)
        self.stage_button.setText(self.tr("Continue") if waits else self.tr("Import"))
        self.preview_details.setText(self.tr("Select a row to see it in full here."))
        self._go(self.preview_page)

    def _update_lines(self, d: dict) -> list[str]:
        """What a certain match's update would do: its changes and the values it leaves."""
        if "changes" not in d:
            return []
        sex = (d.get("card") or {}).get("sex", "F")
        lines = (change_lines(d["changes"], sex, status_date=d.get("status_date", ""))
                 + self._adds(d) + conflict_lines(d["conflicts"], sex))
        # earlier rows of her come first: these changes are after theirs, as the import does it
        return (lines or [self.tr("nothing new")]) + self._already(
            d.get("after_rows", []), (d.get("card") or {}).get("case_no", ""))

    def _adds(self, d: dict) -> list[str]:
        """The family contacts the row would add from the list's phone column."""
        return [filled(self.tr("adds the family contact %1"), number)
                for number in d.get("adds", ())]

    def _show_row_details(self, selected: list) -> None:
        if not selected or not 0 <= selected[0].row() < len(self.rows):
            return
        r = self.rows[selected[0].row()]
        d = self.details.get(r.row_number, {})
        lines = [filled(self.tr("Row %1: %2"), r.row_number, d.get("names") or "-")]
        if d.get("card"):
            lines.append(filled(self.tr("Matches %1"), Phrase(_card(d["card"]))))
            lines += self._already(d.get("after_rows", []), d["card"]["case_no"])
        elif r.match_row_number:
            lines.append(filled(self.tr("Repeats row %1 of this list."), r.match_row_number))
        again = skip_said(r)  # skipped by hand in the list's last version (skipped_then.py)
        if again == "skip":  # whatever it matches: neither a new person nor an update
            lines.append(self.tr("Skipped again: you skipped this same row by hand in the list's "
                                 "last version, so nothing of it is imported."))
        elif again == "":
            lines.append(self.tr("You skipped a row of these names by hand in the list's last "
                                 "version, and its cells changed since: you decide in the next "
                                 "step."))
        elif (line := signed_below(r)) is not None:
            lines.append(filled(self.tr("This row stands under the line on row %1, which ends "
                                        "the list: the name of whoever signed it, perhaps. It "
                                        "is not imported unless you decide so in the next "
                                        "step."), line[0]))
        elif "changes" in d:
            changes = change_lines(d["changes"], d["card"]["sex"],
                                   status_date=d.get("status_date", "")) + self._adds(d)
            kept = conflict_lines(d["conflicts"], d["card"]["sex"])
            lines.append(self.tr("Importing updates this person:") if changes
                         else self.tr("Importing changes nothing in this person's record."))
            lines += ["    " + line for line in changes]
            if kept:
                lines.append(self.tr("Left as in the vault (the list says otherwise):"))
                lines += ["    " + line for line in kept]
        elif r.outcome == "probable":
            lines.append(self.tr("Not certain: you decide in the next step."))
        elif r.outcome == "new":
            lines.append(self.tr("A new person will be made of this row."))
            if d.get("whole_list"):
                # of the row, which is no one's yet: "she ... her row" was said of a boy too
                lines.append(filled(self.tr("The new person is given what was said of the whole "
                                            "list, not in this row: %1"),
                                    Phrase(_whole_list_said(d["whole_list"]))))
        lines += d.get("disagree", [])  # the list against itself, on her
        if r.rejected:
            lines.append(sentence_said(notes.restored(r.rejected)))
        lines += map(sentence_said, notes.loads(r.warnings_json))
        self.preview_details.setText("\n".join(lines))

    def stage(self) -> None:
        self._run(import_ops.stage, self.plan, self.rows, on_done=self.show_review)

    # -- 5. review -------------------------------------------------------------------------
    def _review_page(self) -> None:
        self.review_page, box = self._page(self.tr("5. Probable matches: decide each row"))
        box.addWidget(plain_label(self.tr(
            "Each row below looks like a person already in the vault or an earlier row of the "
            "list. Create a new person, update the matching person, or skip the row."),
            self.review_page, wrap=True))
        # Why the page is shown again with nothing imported, when it is: in one sentence.
        self.review_note = plain_label("", self.review_page, wrap=True)
        self.review_note.setObjectName("importReviewNote")
        self.review_note.hide()
        box.addWidget(self.review_note)
        self.review = TableTab([self.tr("Row"), self.tr("In the list"), self.tr("Vault person"),
                                self.tr("Score"), self.tr("Why"), self.tr("Decision")],
                               "importReview", self.review_page)
        fit_to_width(self.review.table, wrapped=(1, 2, 4), fixed=REVIEW_DECISION)
        box.addWidget(self.review, 1)
        self.decision_boxes: dict[int, QComboBox] = {}
        # The updates in doubt the user said yes to, each as (row, case number): a yes is for
        # that record only. A row going with another takes that row's record, which may change
        # under it: a yes to updating SNJ-1 must not pass an update of SNJ-4 unasked.
        self.confirmed: set[tuple[int, str]] = set()
        buttons = self._buttons(box, ("discard", self.tr("Discard this import"), self.discard),
                                ("commit", self.tr("Import"), self.commit))
        # Apart from Import, at the row's other end: a slip of the mouse must not reach it.
        row = box.itemAt(box.count() - 1).layout()
        row.removeWidget(buttons["discard"])
        row.insertWidget(0, buttons["discard"])

    def open_batch(self, batch_id: int) -> None:
        """Continue a staged import that still waits for decisions."""
        self._run(import_ops.review_state, batch_id, on_done=self.show_review)

    def show_review(self, state: dict, kept: dict[int, str | None] | None = None,
                    note: str = "") -> None:
        """The rows that wait; kept: the choices made on the page before, shown again where
        the row still offers them (an update of a person since deleted does not); note: why
        nothing was imported. A yes to an update in doubt is not kept: the vault has been
        read anew, and what is in doubt is asked again."""
        self.state = state
        self.confirmed = set()
        if not state["waiting"] and not note:  # nothing to decide, nothing to say first
            # the page's boxes may be of rows a deletion has set aside since: none is asked
            self.decision_boxes, self.follows = {}, {}
            self.commit()
            return
        self.review.fill([[w["row"], _values(w["values"], w.get("sex_read")), self._candidate(w),
                           _score(w["score"]), self._why(w), ""] for w in state["waiting"]])
        self.decision_boxes = {}
        # A row of a woman the list names before goes with that row unless chosen otherwise:
        # one decision for her, never two new records of one woman.
        self.follows = leads({w["row"]: w["same_woman"] for w in state["waiting"]
                              if w["same_woman"]})
        widest = self.review.table.horizontalHeader().sectionSizeFromContents(
            REVIEW_DECISION).width()
        for n, w in enumerate(state["waiting"]):
            box = QComboBox(self.review.table)
            # No choice made for her: a click on Import must not create a duplicate of a woman
            # the vault may hold (the command line, too, keeps such rows waiting).
            box.addItem(self.tr("Choose..."), None)
            box.addItem(self.tr("Create new person"), "create")
            if w["match_case"]:
                # Fitting others as well, the record is named by its case number even so: a
                # plain "update" would be refused as choosing among equals unasked.
                box.addItem(filled(self.tr("Update %1"), w["match_case"]),
                            import_ops.ANOTHER + w["match_case"] if w["fits_as_well"]
                            else "update")
                # or the record it fits as well, as `review --decide update --person` does
                for other in w["fits_as_well"]:
                    box.addItem(filled(self.tr("Update %1"), other["case_no"]),
                                import_ops.ANOTHER + other["case_no"])
            elif w["joins_earlier_row"]:  # she is the woman of that row: one person, not two
                box.addItem(filled(self.tr("As row %1: the same woman"), w["same_as_row"]),
                            "update")
            box.addItem(self.tr("Skip row"), "skip")
            if w["row"] in self.follows:
                box.addItem(filled(self.tr("As row %1: the same woman"),
                                   self.follows[w["row"]]), "same_as_row")
            # the choice made before the page came back; else a later row of her goes with
            # the first, but a row only its own choice takes (withdrawn from a woman before,
            # skipped by hand and changed since, under the list's signature: held.py) starts
            # at "Choose..."
            chosen = (kept or {}).get(w["row"], "same_as_row" if w["row"] in self.follows
                                      and not w.get("held") else None)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            # a yes was said to the update as chosen: chosen anew, it is asked again
            box.currentIndexChanged.connect(lambda _i, row=w["row"]: self._unconfirm(row))
            self.review.table.setIndexWidget(self.review.model.index(n, REVIEW_DECISION), box)
            self.decision_boxes[w["row"]] = box
            widest = max(widest, box.sizeHint().width())
        # As wide as its longest choice ("Update SNJ-00012" was cut to "Update 00..."); the
        # columns of text share what is left and wrap, so the column is never off-screen.
        self.review.table.horizontalHeader().resizeSection(REVIEW_DECISION, widest + 8)
        self._say(note)
        self._go(self.review_page)

    def _unconfirm(self, row: int) -> None:
        self.confirmed -= {pair for pair in self.confirmed if pair[0] == row}

    def _say(self, note: str) -> None:
        self.review_note.setText(note)
        self.review_note.setVisible(bool(note))

    def _why(self, w: dict) -> str:
        """Why the row may be the person beside it, and the other rows of the list that look
        like the same woman."""
        why = explanation_text(w["why"])
        if w.get("signed_below") and not w["candidate"]:
            # held under the list's end (signed_below.py): no score to explain, only why it waits
            why = filled(self.tr("It stands under the line on row %1, which ends the list: the "
                                 "name of whoever signed it, or a person the list names after "
                                 "its end. Create her only if she is one."), w["signed_below"])
        alike = w["same_woman"]
        if not alike:
            return why
        # each number on its own, joined by the interface's comma: an Arabic list reads 5، 6
        rows = Phrase(list_comma().join(map(isolated, alike)))
        return why + "\n" + (filled(self.tr("Row %1 of this list looks like the same woman."),
                                     rows) if len(alike) == 1 else
                              filled(self.tr("Rows %1 of this list look like the same woman."),
                                     rows))

    def _candidate(self, w: dict) -> str:
        """What the row may be: a vault record (and any other it fits as well, named as she
        is, with its score), an earlier row, or a record since gone. Under each record, the
        rows of the list that update her already."""
        if w["candidate"]:
            card = _card(w["candidate"])
            if w["merged_case"]:
                card += " " + filled(self.tr("(matched %1, since merged into this record)"),
                                     w["merged_case"])
            lines = [card, *self._already(w["updated_by"], w["match_case"])]
            for other in w["fits_as_well"]:
                line = filled(self.tr("Fits as well (score %1): %2"), f"{other['score']:.3f}",
                              Phrase(_card(other["card"])))
                if other["merged_case"]:
                    line += " " + filled(self.tr("(matched %1, since merged into this "
                                                 "record)"), other["merged_case"])
                lines += [line, *self._already(other["updated_by"], other["case_no"])]
            # records she fits alike but decided two women: said where she decides (`match`)
            lines += [decided_line(d["a"], d["a_merged_into"], d["b"], d["b_merged_into"],
                                   d["decided_at"][:10], d["note"]) + " "
                      + self.tr("This row may be one of them, not both.")
                      for d in w.get("not_same", ())]
            return "\n".join(lines)
        if w["candidate_deleted"]:
            return self.tr("The person it matched has been deleted since the list was staged.")
        if w["same_as_row"] is None:  # held under the list's signature or total: no one yet
            return self.tr("No one in the vault")
        return (filled(self.tr("row %1"), w["same_as_row"]) + ": "
                + _values(w["earlier_values"] or {}, w.get("earlier_sex_read")))

    def _already(self, rows: list[int], case_no: str) -> list[str]:
        """A note, not a refusal: other rows of the list update this record already (Basma
        certainly, while Basima, her sister perhaps, is asked about): two women of one list
        made one record unawares."""
        if not rows:
            return []
        said = Phrase(list_comma().join(map(isolated, rows)))
        return [filled(self.tr("Row %1 of this list already updates %2.") if len(rows) == 1
                       else self.tr("Rows %1 of this list already update %2."), said, case_no)]

    def _leads(self, decisions: dict[int, str | None]) -> dict[int, int]:
        """Each row set to go with another -> the row whose own decision it takes (the row it
        names may itself go with one further up)."""
        out = {}
        for row, decision in decisions.items():
            lead = row
            while decisions.get(lead) == "same_as_row":  # always up the list: it ends
                lead = self.follows[lead]
            if decision == "same_as_row":
                out[row] = lead
        return out

    def _as_decided(self, decisions: dict[int, str | None]) -> dict[int, str | None]:
        """Each row's decision, a row that goes with another taking that row's."""
        leads = self._leads(decisions)
        return {row: decisions.get(leads.get(row, row)) for row in decisions}

    def commit(self) -> None:
        self._say("")
        decisions = {row: box.currentData() for row, box in self.decision_boxes.items()}
        open_rows = [row for row, d in decisions.items() if d is None]
        if open_rows:
            self.error.setText(filled(self.tr(
                "Decide every row first: create a new person, update the person it matches, or "
                "skip it. Rows still to decide: %1."), list_comma().join(map(str, open_rows))))
            return
        # A row that goes with a row updating her record is an update too, asked about as one
        # (the rows of one woman were asked about the same record).
        updates = self._as_decided(decisions)
        # each as an update of the record chosen for it: its candidate or another it fits
        targets = [import_ops.update_target(w, updates.get(w["row"]))
                   for w in self.state.get("waiting", ())]
        against = [t for t in targets if t is not None and import_ops.doubted(t)
                   and not import_ops.said_yes(t, self.confirmed)]
        if against:
            self._ask_update(against, decisions)
            return
        self._decide_and_commit(decisions)

    def _ask_update(self, against: list[dict], decisions: dict[int, str]) -> None:
        """An update the command line refuses without --despite-contradiction (the row
        disagrees with the person on sex or a name that tells two people apart, their given
        names only partly agree, or they now score below 0.5): asked once more, row by row
        (UpdateDoubts), and done only for the rows the user says yes to."""
        cases = {t["row"]: t["match_case"] for t in against}
        UpdateDoubts(against, lambda yes, no: self._answered(decisions, yes, no, cases),
                     self).open()

    def _answered(self, decisions: dict[int, str], yes: frozenset[int],
                  no: frozenset[int], cases: dict[int, str]) -> None:
        """The rows ticked are updated despite their doubt, each of the record it was asked
        about (cases: row -> case number); a row left unticked is not updated: it waits for
        another choice, every other choice stays, and nothing is imported until it is made."""
        self.confirmed |= {(row, cases[row]) for row in yes}
        if not no:
            self._decide_and_commit(decisions)
            return
        for row in no:
            self.decision_boxes[row].setCurrentIndex(0)  # "Choose..."
        self._say(filled(self.tr(
            "Nothing was imported: you did not say yes to updating %1. Choose to create a new "
            "person or to skip instead, then Import."), _rows(no)))

    def _decide_and_commit(self, decisions: dict[int, str]) -> None:
        batch = self.state["batch"]
        decided, leads = self._as_decided(decisions), self._leads(decisions)
        # the updates in doubt the user said yes to: (row, case number), each holding only
        # while the row still updates that record (a row going with a row that updates her is
        # an update too, of the record that row updates now)
        said_yes = frozenset(self.confirmed)

        def decide_and_commit(session, progress=None, cancel=None):
            # A person a row was to update may have been deleted since the page was filled:
            # then those rows are shown again, each saying so, instead of an error.
            # (Only the waiting rows are read for these checks, not the whole batch's report.)
            now = import_ops.waiting(session, batch)
            chosen = {w["row"]: import_ops.update_target(w, decided.get(w["row"])) for w in now
                      if import_ops.is_update(decided.get(w["row"]))}
            # a row taken for a person deleted since goes with her record: it waits no more
            shown = {w["row"] for w in now}
            aside = import_ops.set_aside(session, batch, [r for r in decisions
                                                          if r not in shown])
            # a row of her going with another is checked against that row's choice (follow)
            updates = [t for row, t in chosen.items() if t is not None]
            confirmed = frozenset(t["row"] for t in updates if import_ops.said_yes(t, said_yes))
            held = {"gone": [row for row, t in chosen.items()
                             if (t is None and decisions.get(row) != "same_as_row")
                             or (t is not None and t["candidate_deleted"])],
                    # The vault may also have changed so that an update not asked about is
                    # now in doubt: shown again, it is asked about at the next Import.
                    "doubted": [t["row"] for t in updates if import_ops.doubted(t)
                                and t["row"] not in confirmed],
                    "set_aside": aside}
            if held["gone"] or held["doubted"] or held["set_aside"]:
                return {**import_ops.review_state(session, batch), "held": held}
            import_ops.decide(session, batch, decisions, confirmed, leads)
            # Someone like a row may have been entered since the list was staged: asked too.
            asked = import_ops.recheck(session, batch)
            # and a record an update was decided against may have been edited since
            changed = import_ops.recheck_changed(session, batch)
            if asked or changed or import_ops.waiting(session, batch):
                return {**import_ops.review_state(session, batch),
                        "held": {"asked": asked, "changed": changed}}
            return import_ops.commit(session, batch, progress, cancel)

        self._run(decide_and_commit, progress=True,
                  on_done=lambda result: self._committed_or_waiting(result, decisions))

    def _committed_or_waiting(self, result: dict, decisions: dict[int, str]) -> None:
        if "waiting" in result:  # those rows again, each saying why, the choices as made
            self.show_review(result, kept=decisions, note=self._held_said(result["held"]))
        else:
            self._committed(result)

    def _held_said(self, held: dict[str, list[int]]) -> str:
        """Why nothing was imported when the page is shown again."""
        said = []
        if held.get("gone"):
            said.append(filled(self.tr(
                "Nothing was imported: the person chosen to update for %1 has been deleted "
                "since this page was filled. Choose again, then Import."), _rows(held["gone"])))
        if held.get("doubted"):
            said.append(filled(self.tr(
                "Nothing was imported: the vault changed while this page was open, and the "
                "update chosen for %1 is now in doubt. Import asks you about it."),
                _rows(held["doubted"])))
        if held.get("set_aside"):
            said.append(filled(self.tr(
                "Nothing was imported yet: %1 was taken for a person whose record has been "
                "deleted since this page was filled; its values were erased with that record, "
                "and it will not be imported. Check the other rows, then Import."),
                _rows(held["set_aside"])))
        if held.get("asked"):
            said.append(filled(self.tr(
                "Nothing was imported yet: your other decisions are kept, and a person entered "
                "since the list was staged looks like %1. Decide, then Import."),
                _rows(held["asked"])))
        if held.get("changed"):
            said.append(filled(self.tr(
                "Nothing was imported yet: your other decisions are kept, and a record edited "
                "after the decision on %1 now disagrees with the list. Decide again, then "
                "Import."),
                _rows(held["changed"])))
        return "\n".join(said)

    def discard(self) -> None:
        """Asked first: it throws away every decision taken on this page, and the list staged."""
        decided = sum(box.currentData() is not None for box in self.decision_boxes.values())
        lines = [filled(self.tr("Discard import %1? Nothing of the list goes into the vault, "
                                "and the decisions on this page are lost."), self.state["batch"])]
        if decided:
            lines.append(filled(self.tr("Decisions you chose on this page: %1."), decided))
        ask_to_go_ahead(self, lines, "discardQuestion", self.tr("Discard the import"),
                        "discardAnyway", lambda: self._run(
                            import_ops.discard, self.state["batch"],
                            on_done=lambda _r: self.finished.emit()))

    # -- 6. done ---------------------------------------------------------------------------
    def _done_page(self) -> None:
        self.done_page, box = self._page(self.tr("Imported"))
        # Scrolled: a report of a few hundred lines (conflicts, decisions) set as one label
        # made the window as tall as the report, its Close button below the screen's edge.
        scroll = QScrollArea(self.done_page)
        scroll.setObjectName("importReportScroll")
        scroll.setWidgetResizable(True)
        self.report = plain_label("", scroll, wrap=True, selectable=True)
        self.report.setObjectName("importReport")
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        scroll.setWidget(self.report)
        # Below the report, each row with its case number: what the families are told.
        self.report_rows = ImportRowsTable(self.worker, self.done_page)
        split = QSplitter(Qt.Orientation.Vertical, self.done_page)
        split.addWidget(scroll)
        split.addWidget(self.report_rows)
        split.setSizes([1000, 1000])  # halves: the report keeps room beside many rows
        box.addWidget(split, 1)
        self._buttons(box, ("close", self.tr("Close"), lambda: self.finished.emit()))

    def _committed(self, report: dict) -> None:
        self.report_data = report
        self.report.setText(report_said(report))  # in the interface's language
        self.report_rows.show_rows(report["batch"], report.get("rows", []))
        self._go(self.done_page)


def _SEP() -> str:  # noqa: N802 - a constant, translated when asked for
    return QCoreApplication.translate("Explanation", "; ")  # Arabic ؛


def _values(values: dict[str, str], sex_read: dict[str, str] | None = None) -> str:
    """A list's row as one cell, each value after its column's label (the list's own header),
    as `casekeeper review` names them: bare, the father's name was not told from the village.
    Each label and value isolated (in an Arabic interface a date between two names read
    03-08-2014); a label is kept on one line with its value's first word (no-break spaces):
    "تاريخ" ended one line and "الاختطاف: ..." began the next. Each pair isolated too, read as
    its label is written, and the row in the interface's direction: in Arabic an English
    header read "Hala :Name" in a row with an Arabic name, and a row of Latin letters alone
    read left to right, the order changing from row to row. A sex cell says what it was read
    as (sex_read: {column: sex}): a Kurmanji list's M is mê, female."""
    pair = QCoreApplication.translate("ImportWizard", "%1:\u00a0%2")  # a column's value in a row
    read, words = sex_read or {}, sex_words()

    def value(label: str, v: str) -> Phrase:
        """The cell isolated after its header, then what it was read as, in the interface's
        words and direction: as one phrase, "M (قُرئت على أنها ذكر)" was laid out right to
        left inside a pair led by a Latin header, the M away from its header ("Sex: (...) M")."""
        if label not in read or says_its_reading(v, read[label]):
            return own_way(_unbroken(v))
        said = QCoreApplication.translate("ImportWizard", "(read as %1)")
        return Phrase(own_way(v) + " " + own_way(Phrase(filled(said, words[read[label]]))))

    return in_interface_direction(" | ".join(
        led_by(header, filled(pair, header, value(label, v)))
        for label, header, v in ((label, column_label(label).replace(" ", "\u00a0"), v)
                                 for label, v in values.items() if v)))



def _unbroken(value: str) -> str:
    """A short value of a few words kept on one line (no-break spaces): "about 20" wrapped in
    an Arabic row put "about" at the end of one line and "20" at the start of the next, on
    the other side of the cell, where it read as a value of its own. A long one (notes, a
    long name) still wraps between its words."""
    words = value.split()
    return "\u00a0".join(words) if 1 < len(words) <= 3 and len(value) <= 20 else value


def _rows(rows) -> Phrase:
    """'row 5', 'rows 5-6, 9' in the interface's language, as the import report says them."""
    return Phrase(sentence_said(Sentence(rows_said(sorted(rows)))))


def _whole_list_said(values: dict[str, str]) -> str:
    """A sex and a status said of everyone a list adds ({"sex": "F" or "female", "status":
    "missing"}), in the interface's words: 'female, missing'."""
    sex = {"female": "F", "male": "M"}.get(values.get("sex", ""), values.get("sex", ""))
    words = ([sex_words().get(sex, sex)] if sex else []) + (
        [status_label(values["status"], sex or "F")] if values.get("status") else [])
    return list_comma().join(words)


def _glimpse(text: str, most: int = 30) -> str:
    """An example of a column's values, cut short: a column of notes is seen for what it is
    from its first words, and leaves the reasons their room."""
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def _centred(widget: QWidget) -> QWidget:
    """widget in the middle of a cell that may be several lines tall, at its own height."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return holder


def _score(score: float | None) -> str:
    """A row's score as every other screen gives it, to two places: stored to three, 0.889 stood
    among 0.92 and 0.85 (found by a tester); a row with no candidate has none."""
    return "" if score is None else f"{score:.2f}"


def _card(card: dict) -> str:
    """The vault record beside a row, in the interface's language (not the codes F, missing)."""
    fields = field_names()
    return card_text(card, label=lambda k: fields.get("birth" if k == "born" else k, k),
                     value=lambda k, v: sex_names().get(v, v) if k == "sex"
                     else status_label(v, card.get("sex", "F")) if k == "status"
                     else card_born_said(card) if k == "born"
                     else place_said(v) if k == "village" else v, marked=name_shown,
                     known=known_as_words)
