"""The rows a new version of a list adds, removes and changes since its last import, listed on
the import preview before anything is imported."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.script import has_arabic
from app.importing.changes_read import value_said
from app.importing.pieces import Quoted, Sentence
from app.importing.report import changes_heading, left_blank_lines
from ui.bidi import Phrase, filled, in_interface_direction, isolated
from ui.import_report import sentence_said
from ui.person_tabs import TableTab
from ui.table_fit import fit_to_width
from ui.widgets import plain_label, plain_tooltip

NAME, WHAT = 3, 5  # the columns of text, which share the room left and show the rest on hover
KINDS = ("status", "changed", "added", "removed", "blank")  # in the order they are listed


def kind_names() -> dict[str, str]:
    return {"status": QCoreApplication.translate("ListChanges", "status changed"),
            "changed": QCoreApplication.translate("ListChanges", "changed"),
            "added": QCoreApplication.translate("ListChanges", "added"),
            "removed": QCoreApplication.translate("ListChanges", "removed"),
            "blank": QCoreApplication.translate("ListChanges", "cell left blank")}


class ListChanges(QWidget):
    """Since the last import of the list: the counts in a sentence, then a table of every row
    added, removed or changed (rows whose status changed first, in bold), each cell of a
    changed row with what it said and says now. Hidden for a list imported for the first time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = plain_label("", self, wrap=True, selectable=True)
        self.summary.setObjectName("importChangesSummary")
        self.rows = TableTab([self.tr("Change"), self.tr("Row"), self.tr("Row before"),
                              self.tr("In the list"), self.tr("Person"), self.tr("What changed")],
                             "importChanges", self)
        # One line a row, the rest in its tooltip: a new column filled in on every row of a
        # long list changes every row, and rows as tall as their text would take long to lay.
        fit_to_width(self.rows.table, wrapped=(NAME, WHAT), grow_rows=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        self.hide()

    def show_changes(self, ch: dict) -> None:
        """ch: the changes import_ops.stage_rows found ({} for a list imported the first time)."""
        if not ch:
            self.hide()
            return
        said = [sentence_said(Sentence(line.pieces))
                for line in changes_heading(ch) + left_blank_lines(ch)]
        self.summary.setText("\n".join(
            [self.tr("Changes since the last import of this list:"), *said]))
        listed = change_rows(ch)
        self.rows.fill([cells for _kind, cells in listed])
        for n, (kind, _cells) in enumerate(listed):
            for c in range(self.rows.model.columnCount()):
                item = self.rows.model.item(n, c)
                if kind == "status":  # what she looks for first: seen at a glance
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if c == NAME:
                    item.setToolTip(plain_tooltip(item.text()))
                elif c == WHAT:  # each cell on a line of its own
                    item.setToolTip(plain_tooltip(item.text().replace(_sep(), "\n")))
        self.rows.setVisible(bool(listed))
        self.show()


def change_rows(ch: dict) -> list[tuple[str, list[str]]]:
    """(kind, the table's cells) for each row listed in ch, kind by kind (KINDS)."""
    status = set(ch.get("status_columns", ()))
    names = kind_names()
    out: dict[str, list[list[str]]] = {k: [] for k in KINDS}
    for c in ch.get("changed_rows", []):
        dittos = c.get("dittos") or {}
        what = [changed_said(col, *_pair_said((then, now), dittos.get(col) or (None, None)))
                for col, (then, now) in c["columns"].items()]
        what += [blank_said(col, ditto_said(was, (dittos.get(col) or [None])[0]))
                 for col, was in c.get("no_longer_given", {}).items()]
        kind = "status" if status & set(c["columns"]) else "changed"
        out[kind].append([names[kind], c["row"], c["previous_row"], name_said(c["name"]),
                          _case(c), _sep().join(what)])
    for r in ch.get("added_rows", []):
        out["added"].append([names["added"], r["row"], "", name_said(r["name"]), _case(r), ""])
    for r in ch.get("removed_rows", []):
        out["removed"].append([names["removed"], "", r["row"], name_said(r["name"]),
                               r["case_no"] or "", ""])
    for c in ch.get("no_longer_given_rows", []):
        out["blank"].append([names["blank"], c["row"], c["previous_row"], name_said(c["name"]),
                             c["case_no"] or "", _sep().join(
                                 blank_said(col, ditto_said(was, (c.get("dittos", {}).get(col)
                                                                  or [None])[0]))
                                 for col, was in c["no_longer_given"].items())])
    return [(k, [str(v) for v in cells]) for k in KINDS for cells in out[k]]


def _case(r: dict) -> str:
    """The row's case number; for a row decided skip, that it went to no one; for a row spelt
    otherwise that waits with her suggested, that she is the row's only if so decided."""
    if r.get("perhaps"):
        return filled(QCoreApplication.translate(
            "ListChanges", "perhaps %1: a probable match that waits for your decision"),
            r["case_no"])
    return QCoreApplication.translate("ListChanges", "skipped") if r.get("skipped") \
        else r["case_no"] or ""


def _pair_said(values: tuple[str, str], dittos) -> list[str]:
    """A cell's two values as compared: where either is a ditto (said quoted, with the row it
    repeated), the typed one is quoted too, so that the two read alike ("was 'كوجو', now 'حردان'
    (a ditto of row 2)", not "was كوجو, now 'حردان' ...")."""
    quoted = any(dittos)
    return [ditto_said(v, d) if d or not (quoted and v.strip())
            else sentence_said(Sentence(Quoted(v))) for v, d in zip(values, dittos, strict=False)]


def ditto_said(value: str, ditto: dict | None) -> str:
    """A cell's value as compared; a ditto's with the row it repeated, in the window's words
    ("'حردان' (a ditto of row 2)")."""
    return sentence_said(Sentence(value_said(value, ditto))) if ditto else value


def changed_said(column: str, then: str, now: str) -> str:
    """"Status: was missing, now rescued": the column (the list's own header) and its two
    values, each isolated, each after a word that says which it is. An arrow pointed at the
    old value wherever the line was laid out against the interface's direction (English
    values in an Arabic window: "Status: abducted ← rescued")."""
    blank = Phrase(QCoreApplication.translate("ListChanges", "(blank)"))  # a cell given anew
    return in_interface_direction(filled(
        QCoreApplication.translate("ListChanges", "%1: was %2, now %3"), column,
        then.strip() or blank, now.strip()))


def blank_said(column: str, was: str) -> str:
    """A cell the new version leaves blank: no change (the vault keeps the value), named."""
    return in_interface_direction(filled(
        QCoreApplication.translate("ListChanges", "%1: left blank (was %2)"), column, was.strip()))


def name_said(name: str) -> str:
    """A row's name as the list writes it, its Arabic-script and Latin words apart, each laid
    out in its own direction: "نادية خلف رشو / Nadia Khalaf Rasho"."""
    if not name:
        return QCoreApplication.translate("ImportReport", "(no name)")
    runs: list[list[str]] = []
    for word in name.split():
        arabic = has_arabic(word)
        if runs and runs[-1][0] == arabic:
            runs[-1][1].append(word)
        else:
            runs.append([arabic, [word]])
    return in_interface_direction(" / ".join(isolated(" ".join(words)) for _a, words in runs))


def _sep() -> str:
    return QCoreApplication.translate("Explanation", "; ")  # Arabic ؛
