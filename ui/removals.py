"""The Remove buttons (and the Delete key) of a person's photos, contacts and relatives tabs."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui import person_ops
from ui.bidi import filled
from ui.reason_box import ask_with_reason


class Removals(QObject):
    """Each removal asks first (Enter cancels), with a box for its reason, then runs through
    the page's worker; the page is read again after, so the tab shows what the vault holds."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        page.photos_tab.remove.connect(self.photo)
        page.contacts_tab.remove.connect(self.contact)
        page.relatives_tab.remove.connect(self.relative)

    def photo(self, photo) -> None:
        self._ask([filled(self.tr("Remove this photo from %1?"), self.page.case_no),
                   self.tr("Its image is erased from the vault, not only hidden: it is printed "
                           "on no paper again. The history keeps that a photo was removed, not "
                           "the image. This cannot be undone.")],
                  person_ops.remove_photo, photo.id)

    def contact(self, contact) -> None:
        lines = [filled(self.tr("Remove the family contact %1 from %2?"),
                        contact.name or contact.phone, self.page.case_no)]
        if contact.batch_id is not None:
            # the list did say it: its row is kept as read, only her record loses the contact
            lines.append(filled(self.tr("It was read from %1, row %2: that row stays in the "
                                        "import's record as the list gave it."),
                                contact.list_file, contact.row_number))
        lines.append(self.tr("This cannot be undone."))
        self._ask(lines, person_ops.remove_contact, contact.id)

    def relative(self, other: str, relation: str) -> None:
        self._ask([filled(self.tr("Remove the link between %1 and %2 (%3)?"),
                          self.page.case_no, other, relation),
                   self.tr("Both records stay; neither names the other as a relative any more, "
                           "on its page or its papers. This cannot be undone.")],
                  person_ops.remove_relative, self.page.case_no, other)

    def _ask(self, lines: list[str], op, *args) -> None:
        """Asked with a box for why, recorded as `--reason` is (optional there too)."""
        ask_with_reason(self.page, lines, "removeQuestion", self.tr("Remove"), "removeGo",
                        lambda reason: self.page.worker.submit(
                            op, *args, reason, on_done=self._done,
                            on_error=self.page.error.setText))

    def _done(self, _result) -> None:
        self.page.error.clear()
        self.page.notice.clear()
        self.page.reload()
