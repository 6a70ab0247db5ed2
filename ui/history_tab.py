"""Her page's History tab: every audit entry about her, as `audit log --case` lists them."""

from __future__ import annotations

from ui.history_words import history_entry, record_words
from ui.person_tabs import TableTab
from ui.widgets import plain_tooltip

ACTION, DETAIL, RECORD = 2, 3, 4


class HistoryTab(TableTab):
    """No., when, what was done, its detail, and the record it was written under where that
    is not hers (a report, a rescue, a relative's record that linked her)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(headers, "personHistory", parent)
        # last in the model, so the other columns keep their numbers; shown after the action,
        # and only while an entry of another record is listed
        self.table.horizontalHeader().moveSection(RECORD, DETAIL)
        self.table.setColumnHidden(RECORD, True)

    def show_entries(self, entries, sex: str, case_no: str,
                     case_nos: dict[int, dict[int, str]]) -> None:
        """Newest first, each entry in the interface's words, as stored on hover; case_nos:
        by entry, the case numbers of the persons its report or rescue names by number."""
        rows = list(reversed(entries))
        said = [history_entry(r.action, r.detail, sex, case_nos.get(r.seq, {})) for r in rows]
        records = ["" if (r.entity, r.entity_ref) == ("person", case_no)
                   else record_words(r.entity, r.entity_ref) for r in rows]
        # shown before the columns are fitted: a hidden one kept a width too narrow for
        # "Person SNJ-00001", cut to "Person ..." in Arabic
        self.table.setColumnHidden(RECORD, not any(records))
        self.fill([[r.seq, r.at.replace("T", " "), action, changed, record]
                   for r, (action, changed, _), record in zip(rows, said, records, strict=True)])
        for row, (r, (_, _, raw)) in enumerate(zip(rows, said, strict=True)):
            self.model.item(row, ACTION).setToolTip(plain_tooltip(r.action))
            self.model.item(row, DETAIL).setToolTip(plain_tooltip(raw))
