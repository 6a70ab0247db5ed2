"""Duplicates and review: likely pairs, each side by side with the per-field explanation;
merge (either way round), or "not the same person"."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.compare_found import compared_with_found, decided_apart_of
from app.matching.blocking import DUPLICATE_THRESHOLD
from app.persons import CASE_NO as CASE_NUMBER
from app.score_figure import score_figure
from ui.bidi import Phrase, filled
from ui.digit_boxes import DigitDoubleSpinBox
from ui.i18n import list_comma
from ui.import_changes import record_field_name
from ui.labels import (
    app_message,
    field_names,
    known_as_words,
    names_shown,
    note_text,
    place_said,
    sex_names,
    sharing_names,
    status_label,
    verdict_said,
)
from ui.not_same_ask import ask_not_same, ask_take_back, decisions_of, taken_back_said
from ui.not_same_said import decided_line
from ui.person_tabs import TableTab
from ui.progress import ProgressPanel
from ui.widgets import ask_to_go_ahead, error_label, plain_label

VERDICT_COLOURS = {"match": "#d3f9d8", "partial": "#fff3bf", "mismatch": "#fde2e1"}


def find_pairs(session, threshold: float = DUPLICATE_THRESHOLD, progress=None,
               cancel=None) -> list:
    """The pairs scoring threshold or more; at the default, as `duplicates` with no
    --threshold, the few pairs below it of a given name alone, a given and family name, or
    one kunya or husband's name, that an import asks about too (best first, labelled)."""
    return session.matching.duplicates(None if threshold == DUPLICATE_THRESHOLD else threshold,
                                       progress=progress, cancel=cancel)


class DuplicatesView(QWidget):
    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.pairs: list = []
        find = QPushButton(self.tr("Find likely duplicates"), self)
        find.setObjectName("findDuplicates")
        find.clicked.connect(self.find)
        # The lowest score listed, as `duplicates --threshold`: an import asks about pairs
        # below the default, and its report says how low to go to see them again (0.46 for a
        # row whose given name is not known, beside a daughter of her father's), which a
        # floor of 0.50 here did not let the desktop follow.
        # written as the scores beside it are (0.87, not ٠٫٨٧ in Arabic), typed either way
        self.threshold = DigitDoubleSpinBox(self)
        self.threshold.setObjectName("lowestScore")
        self.threshold.setRange(0.1, 0.99)
        self.threshold.setSingleStep(0.01)
        self.threshold.setDecimals(2)
        self.threshold.setValue(DUPLICATE_THRESHOLD)
        threshold_label = plain_label(self.tr("Lowest score"), self)
        threshold_label.setBuddy(self.threshold)
        self.summary = plain_label("", self)
        self.progress = ProgressPanel(self)
        self.error = error_label(self)
        # What a merge changed that the lawyer must check (statuses that disagreed).
        self.notice = plain_label("", self, wrap=True)
        self.notice.setObjectName("mergeNotice")
        self.list = TableTab([self.tr("Score"), self.tr("Case"), self.tr("Name"),
                              self.tr("Case"), self.tr("Name")], "duplicatePairs", self)
        self.list.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_pair(cur.row()))
        self.detail = TableTab([self.tr("Field"), self.tr("Verdict"), self.tr("First record"),
                                self.tr("Second record")], "pairDetail", self)
        # Why a pair below the lowest score is listed (a given name alone: score.GIVEN_ALONE),
        # or how its names were read
        self.reading = plain_label("", self, wrap=True)
        self.reading.setObjectName("pairNote")
        self.detail.layout().insertWidget(1, self.reading)  # between the buttons and fields
        self.buttons = {}
        # the two merges on one line, "Not the same person" under them: on one line the three
        # took the width the pairs' list needed in Kurmanji (see _room_for_pairs)
        actions, merges = QVBoxLayout(), QHBoxLayout()
        actions.addLayout(merges)
        for key, text, slot in (("keep_a", self.tr("Same person: keep the first"),
                                 lambda: self.merge(keep_first=True)),
                                ("keep_b", self.tr("Same person: keep the second"),
                                 lambda: self.merge(keep_first=False)),
                                ("not_same", self.tr("Not the same person"), self.not_same)):
            b = QPushButton(text, self)
            b.setObjectName(f"dup_{key}")
            b.clicked.connect(slot)
            b.setEnabled(False)
            self.buttons[key] = b
            if key == "not_same":
                apart = QHBoxLayout()
                apart.addWidget(b)
                apart.addStretch(1)
                actions.addLayout(apart)
            else:
                merges.addWidget(b)
        merges.addStretch(1)
        self.detail.controls.addLayout(actions)
        self.split = split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([560, 640])
        top = QHBoxLayout()
        top.addWidget(find)
        top.addWidget(threshold_label)
        top.addWidget(self.threshold)
        top.addWidget(self.summary, 1)
        # Two records she knows are one woman, or two, that matching did not propose (a
        # spelling it does not link): compared as a proposed pair is, and decided the same way.
        self.compare_a, self.compare_b = QLineEdit(self), QLineEdit(self)
        for box, name in ((self.compare_a, "compareFirst"), (self.compare_b, "compareSecond")):
            box.setObjectName(name)
            box.setPlaceholderText(self.tr("Case number") if box is self.compare_a
                                   else self.tr("Case number or name"))
            box.setMaximumWidth(160)
            box.returnPressed.connect(self.compare)
        compare = QPushButton(self.tr("Compare"), self)
        compare.setObjectName("compareTwo")
        compare.clicked.connect(self.compare)
        pick = QHBoxLayout()
        pick.addWidget(plain_label(self.tr("Or compare two records:"), self))
        pick.addWidget(self.compare_a)
        pick.addWidget(self.compare_b)
        pick.addWidget(compare)
        # Shown where a comparison shows a decision between the pair: the desktop had no way
        # back from a mis-click of "Not the same person" but the command line.
        self.decided: list = []
        self.take_back = QPushButton(self.tr("Take back 'not the same'"), self)
        self.take_back.setObjectName("dup_take_back")
        self.take_back.clicked.connect(self.take_back_decision)
        self.take_back.setVisible(False)
        pick.addWidget(self.take_back)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)

    def find(self) -> None:
        self.error.clear()
        self.notice.clear()
        self.decided = []
        threshold = round(self.threshold.value(), 2)
        job = self.worker.submit(lambda s, progress=None, cancel=None: find_pairs(
            s, threshold, progress, cancel), on_done=self._found, on_error=self.error.setText,
            with_progress=True)
        job.on_cancelled.append(lambda: self.error.setText(self.tr("Cancelled.")))
        self.progress.follow(job)

    def compare_with(self, case_no: str) -> None:
        """Her record in the first box, the keyboard in the second: which is the other?"""
        self.compare_a.setText(case_no)
        self.compare_b.clear()
        self.compare_b.setFocus()

    def compare(self) -> None:
        a, b = self.compare_a.text().strip(), self.compare_b.text().strip()
        if not a or not b:
            self.error.setText(self.tr("Type the case numbers of the two records to compare."))
            return
        self.error.clear()
        self.notice.clear()
        if not CASE_NUMBER.fullmatch(b):
            # a name: she is compared with each record the search finds, best pair first
            self.worker.submit(lambda s: _with_decisions(s, compared_with_found(s, a, b)),
                               on_done=lambda found: self._compared_found(*found, a, b),
                               on_error=lambda m: self.error.setText(app_message(m)))
            return
        # with the decisions between them: a pair decided "not the same" was shown with no
        # word of it until Same person was clicked (found by a tester)
        self.worker.submit(lambda s: _with_decisions(s, [s.matching.pair(a, b)]),
                           on_done=lambda found: self._compared(found[0][0], found[1]),
                           on_error=lambda m: self.error.setText(app_message(m)))

    def _compared_found(self, pairs: list, decisions: list, case_no: str, query: str) -> None:
        self._found(pairs)
        if not pairs:
            self.error.setText(filled(self.tr("No other record was found for %1."), query))
            return
        self.summary.setText(filled(self.tr(
            "%1 compared with the records found for %2, best first"), case_no, query))
        # as for a number typed: a record chosen by her name was shown with no word of it
        self.notice.setText("\n".join(self._decided_lines(decisions)))
        self._show_decided(decisions)

    def _compared(self, pair, decisions: list = ()) -> None:
        self._found([pair])
        self.summary.setText(filled(self.tr("%1 and %2, compared as asked (score %3)"),
                                    pair.a.case_no, pair.b.case_no, score_figure(pair.score)))
        self.notice.setText("\n".join(self._decided_lines(decisions)))
        self._show_decided(decisions)

    def _show_decided(self, decisions: list) -> None:
        self.decided = list(decisions)
        self.take_back.setVisible(bool(decisions_of(self.decided, self.current())))

    def _found(self, pairs: list) -> None:
        self.pairs = pairs
        self.take_back.setVisible(False)
        # marked where her given name is unknown: "مراد الياس" alone reads as a man; led by it
        # where it is written in Latin letters only: "الياس" alone read as a man named Elias
        self.list.fill([[score_figure(p.score), p.a.case_no, _one_name(p.a), p.b.case_no,
                         _one_name(p.b)] for p in pairs])
        # A pair a merge would refuse (sisters Samira and Samia at 0.99) is marked where it is
        # listed, not only when "Same person" is clicked.
        for n, p in enumerate(pairs):
            if said := self._refused(p):
                for col in range(5):
                    item = self.list.model.item(n, col)
                    item.setBackground(QColor(VERDICT_COLOURS["partial"]))
                    item.setToolTip(said)
        said = self.tr("%n likely pair(s)", "", len(pairs))
        if left_out := getattr(pairs, "left_out", 0):
            # ten mothers of a Khalid in one village: their pairs cut, and said (ListedPairs)
            said += "\n" + filled(self.tr(
                "Pairs known by one kunya or husband's name not listed, of records with more such "
                "namesakes than can be told apart: %1"), str(left_out))
        self.summary.setText(said)
        self.detail.fill([])
        self.list.table.setWordWrap(False)
        if pairs:
            # not selectRow(0): in a right-to-left window Qt looks for the row's first column
            # just past the table's edge, finds none and selects nothing
            self.list.table.setCurrentIndex(self.list.model.index(0, 0))
            self.show_pair(0)
        # after show_pair: the field-by-field table's columns are what the list must leave room for
        self._room_for_pairs()
        self._enable(bool(pairs))

    def _room_for_pairs(self) -> None:
        """The pairs' list given the width its columns take, but never the room the
        field-by-field table needs for its own columns: that pane is where she decides a
        merge, so the list scrolls sideways before the second record is cut. In Kurmanji the
        two long "Hejmara dosyayê" headers pushed the second record's name past the pane's
        edge; taking 3/5 for the list then cut the second record in Arabic at 1,024 px."""
        first, second = self.split.sizes()
        total = first + second
        if total <= 0:
            return
        detail = max(_table_needs(self.detail.table, self.detail),
                     self.detail.minimumSizeHint().width())
        # the list widened to its columns where there is room, narrowed only where the
        # field table needs it: a split she set herself that fits both is left as it is
        give = min(max(first, _table_needs(self.list.table, self.list)), total - detail)
        if give != first and give > 0:
            self.split.setSizes([give, total - give])

    def _enable(self, on: bool) -> None:
        for b in self.buttons.values():
            b.setEnabled(on)

    def current(self):
        row = self.list.table.currentIndex().row()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def show_pair(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self.take_back.setVisible(bool(decisions_of(self.decided, pair)))
        note = pair.a.score.note
        self.reading.setText("\n".join(t for t in (note_text(note) if note else "",
                                                    self._refused(pair)) if t))
        fields = pair.a.score.fields
        names = field_names()
        shown = sex_names()  # the sex is a code (F, M, U); every other value is the record's text

        def value(f, text):
            # a village as the persons list says it: كوجو, not Kocho, in Arabic
            return (shown.get(text, text) if f.field == "sex"
                    else place_said(text) if f.field == "village" else text)

        self.detail.fill([[names.get(f.field, f.field), verdict_said(f.field, str(f.verdict)),
                           value(f, f.left), value(f, f.right)] for f in fields])
        for n, f in enumerate(fields):
            colour = VERDICT_COLOURS.get(str(f.verdict))
            if colour:
                for col in range(4):
                    self.detail.model.item(n, col).setBackground(QColor(colour))

    def _refused(self, pair) -> str:
        """What a merge of the pair would ask about first (its own rule, merge_doubts), or ""."""
        doubts = pair.a.score.merge_doubts()
        if not doubts:
            return ""
        names = field_names()
        return filled(self.tr("A merge asks first: they disagree on %1. They may be two people "
                              "of one family."),
                      Phrase(list_comma().join(names.get(f.field, f.field) for f in doubts)))

    def merge(self, keep_first: bool) -> None:
        pair = self.current()
        if pair is None:
            return
        keep, other = (pair.a, pair.b) if keep_first else (pair.b, pair.a)

        # A not-same decision taken since the list was found, and a field that tells two
        # people apart on which the two disagree (a sister and her brother): each named, and
        # merged only if asked.
        def look(s):
            return (s.matching.decisions_between(keep.case_no, other.case_no),
                    s.matching.contradictions_between(keep.case_no, other.case_no)[0])

        self.worker.submit(look, on_done=lambda found: self._go(pair, keep, other, *found),
                           on_error=self.error.setText)

    def _go(self, pair, keep, other, decisions: list, against: list,
            despite_decision: bool = False) -> None:
        """Merge once each question is answered: the decisions first, then the contradictions;
        an override is passed only for what the user was asked about."""
        if decisions and not despite_decision:
            self._ask(decisions, lambda: self._go(pair, keep, other, decisions, against, True))
        elif against:
            self._ask_contradicted(against, keep, other,
                                   lambda: self._merge(pair, keep, other, despite_decision,
                                                       True))
        else:
            self._merge(pair, keep, other, despite_decision, False)

    def _merge(self, pair, keep, other, despite_decision: bool,
               despite_contradiction: bool) -> None:
        self._decided(pair, lambda s: s.matching.merge(
            keep.case_no, other.case_no, despite_decision=despite_decision,
            despite_contradiction=despite_contradiction), lambda r: filled(
                self.tr("%1 was merged into %2; Split out, on the page of %2, undoes it."),
                r.merged.case_no, r.kept.case_no))

    def _ask_contradicted(self, against: list, keep, other, go) -> None:
        """Sex or a given or parent's name says two people: each field with both values, and
        Cancel answers Enter."""
        names, sexes = field_names(), sex_names()

        def shown(f, text: str) -> str:
            return Phrase(sexes.get(text, text)) if f.field == "sex" else text

        # each value isolated: an Arabic name beside a Latin case number keeps its place
        lines = [filled(self.tr("%1 and %2 disagree on what tells two people apart:"),
                        keep.case_no, other.case_no)]
        lines += [filled(self.tr("%1: %2 in %3, %4 in %5"), Phrase(names.get(f.field, f.field)),
                         shown(f, f.left), keep.case_no, shown(f, f.right), other.case_no)
                  for f in against]
        lines += ["", self.tr("They may be two people of one family. Merge them anyway? "
                              "What disagreed is kept in the audit trail; splitting the "
                              "records undoes the merge.")]
        ask_to_go_ahead(self, lines, "contradictionQuestion", self.tr("Merge anyway"),
                        "mergeDespiteContradiction", go)

    def _decided_lines(self, decisions) -> list[str]:
        return [decided_line(d.a, d.a_in, d.b, d.b_in, d.day, d.note) for d in decisions]

    def _ask(self, decisions: list, go) -> None:
        lines = self._decided_lines(decisions)
        lines.append(self.tr("Merge them anyway? The decision is withdrawn; splitting the "
                             "records gives it back."))
        ask_to_go_ahead(self, lines, "decisionQuestion", self.tr("Merge anyway"), "mergeAnyway",
                        go)

    def _sharing_notice(self, result) -> str:
        """After a merge that gave the kept record the merged one's narrower sharing level."""
        was = getattr(result, "sharing_was", None)
        if not was:
            return ""
        return filled(self.tr("%1 may now be shared only as %2 was (%3, not %4): %2's account "
                              "is part of her record now. Splitting the records sets it back."),
                      result.kept.case_no, result.merged.case_no,
                      sharing_names()[result.kept.sharing_level.value], sharing_names()[was])

    def _kept_notice(self, result) -> str:
        """After a merge where both records gave a field, differently: hers was kept, and the
        merged record's value is said, not dropped unseen (births five years apart)."""
        kept = getattr(result, "kept_over", ())
        if not kept:
            return ""
        return " ".join(filled(self.tr("%1: %2 of %3 kept, %4 of %5 not taken (it stays on %5's "
                                       "own record; Split out shows it again)."),
                               Phrase(record_field_name(k.field)), k.kept,
                               result.kept.case_no, k.not_taken, result.merged.case_no)
                        for k in kept)

    def _status_notice(self, result) -> str:
        """After a merge whose two records' statuses disagreed: which is current now."""
        if not getattr(result, "statuses_differ", False):
            return ""
        return filled(self.tr("Statuses differed: %1 was %2, %3 was %4. %1 is now %5; if that is "
                              "wrong, add her status with its date on her page."),
                      result.kept.case_no,
                      status_label(result.kept_status.value, result.kept.sex.value),
                      result.merged.case_no,
                      status_label(result.merged_status.value, result.merged.sex.value),
                      status_label(result.current_status.value, result.kept.sex.value))

    def not_same(self) -> None:
        pair = self.current()
        if pair is not None:
            ask_not_same(self, pair.a.case_no, pair.b.case_no, lambda note: self._decided(
                pair, lambda s: s.matching.not_same(pair.a.case_no, pair.b.case_no, note),
                lambda _r: filled(self.tr("%1 and %2 are marked not the same person: the pair "
                                          "is not proposed again."),
                                  pair.a.case_no, pair.b.case_no), merged=False))

    def take_back_decision(self) -> None:
        """Withdraw the decisions shown between the pair compared, once asked (as `not-same
        --undo`); the pair stays on the screen, to be decided again."""
        decisions = decisions_of(self.decided, self.current())
        if not decisions:
            return

        def done(_r) -> None:
            self.decided = [d for d in self.decided if d not in decisions]
            self.take_back.setVisible(False)
            self.notice.setText(taken_back_said(decisions))

        ask_take_back(self, decisions, lambda: self.worker.submit(
            lambda s: [s.matching.not_same(d.a, d.b, undo=True) for d in decisions],
            on_done=done, on_error=self.error.setText))

    def _decided(self, pair, fn, said, merged: bool = True) -> None:
        """Apply the decision, then drop the pairs it settles and say what was done (the pair
        leaves the list: without a word, a slip went unseen). A merge settles every pair of
        either record (the merged one is gone, the kept one changed); not the same settles
        that pair alone: the other pairs of the two records still wait."""
        gone = {pair.a.case_no, pair.b.case_no}

        def settled(p) -> bool:
            if merged:
                return p.a.case_no in gone or p.b.case_no in gone
            return {p.a.case_no, p.b.case_no} == gone

        def done(result):
            self._found([p for p in self.pairs if not settled(p)])
            self.notice.setText(" ".join(t for t in (said(result), self._kept_notice(result),
                                                     self._status_notice(result),
                                                     self._sharing_notice(result)) if t))

        self.worker.submit(fn, on_done=done, on_error=self.error.setText)


def _with_decisions(session, pairs: list) -> tuple[list, list]:
    """The pairs compared and the "not the same person" decisions between their records."""
    return pairs, decided_apart_of(session, pairs)


def _table_needs(table, pane: QWidget) -> int:
    """The width pane needs to show table's columns whole (each column's own width, the
    stretched last one's too), a vertical scroll bar counted whether shown yet or not."""
    header, bar = table.horizontalHeader(), table.verticalScrollBar()
    columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                  for c in range(header.count()) if not header.isSectionHidden(c))
    return (columns + pane.width() - table.viewport().width()
            + (0 if bar.isVisible() else bar.sizeHint().width()))


def _one_name(side) -> str:
    """A pair's side: her Arabic-script name, else her Latin one, as the person list shows it;
    else what she is known as, as her page says it ("known as أم خليل"): blank, the pair of
    two kunyas named no one, and a kunya bare reads as her given name."""
    original, latin = names_shown(side)
    return original or latin or known_as_words(side.known_as, side.sex)
