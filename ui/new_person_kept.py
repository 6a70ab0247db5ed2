"""What is typed in a New person form is not lost: closing the main window asks first, a lock keeps
it in the vault (without a question: a lock never waits for anyone), and after unlock it is
offered again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ui.widgets import ask, ask_to_go_ahead

CLOSE_QUESTION = "closeWithTypedQuestion"


def _read(session):
    return session.drafts.new_person()


def _discard(session) -> None:
    session.drafts.discard_new_person()


def keep(session, fields: dict[str, str]) -> None:
    session.drafts.keep_new_person(fields)


class NewPersonKeeper(QObject):
    """Opens the main window's New person form and keeps what is typed in it."""

    def __init__(self, main, worker, wire: Callable[[object], None]) -> None:
        """wire(form): connects a newly made form's signals to the main window."""
        super().__init__(main)
        self.main, self.worker, self.wire = main, worker, wire
        self.form = None
        # The fields kept at the last lock, until the form they are opened in is finished or
        # they are discarded: New person opens them meanwhile, so one draft is never overwritten
        # by another form's.
        self.draft: dict[str, str] | None = None
        self.closing = False

    # -- after unlock ----------------------------------------------------------------------
    def offer(self) -> None:
        self.worker.submit(_read, on_done=self._offer, on_error=lambda _m: None)

    def _offer(self, fields: dict[str, str] | None) -> None:
        self.draft = fields or None
        if self.draft is None or self.form is not None:
            return
        ask(self.main, [self.tr("A New person form was open when the vault locked, with what "
                                "you had typed in it."),
                        self.tr("Open it again to finish it, or discard it. Cancel keeps it for "
                                "later: New person opens it.")],
            "newPersonDraftQuestion",
            [(self.tr("Open it again"), "reopenNewPerson", self.open),
             (self.tr("Discard it"), "discardNewPersonDraft", self.discard_draft)])

    def discard_draft(self) -> None:
        self.draft = None
        self.worker.submit(_discard)

    # -- the form --------------------------------------------------------------------------
    def open(self):
        """The form, filled with the kept draft if there is one; the one already open if any."""
        from ui.new_person import NewPersonDialog
        if self.form is not None:
            self.form.raise_()
            return self.form
        form = NewPersonDialog(self.worker, self.main)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        from_draft = self.draft is not None
        if from_draft:
            form.fill_typed(self.draft)
        form.finished.connect(lambda _r: self._finished(form, from_draft))
        self.wire(form)
        self.form = form
        form.open()
        return form

    def _finished(self, form, from_draft: bool) -> None:
        """Saved, her record chosen or discarded: a draft it was opened from is done with. Not
        one read while another form was open (the offer came after New person was clicked):
        that draft was never shown, and New person opens it next."""
        if form is self.form:
            self.form = None
        if from_draft and self.draft is not None and not self.worker.closed:
            self.discard_draft()

    def _typed_form(self):
        form = self.form
        return form if form is not None and form.isVisible() and form.typed_anything() else None

    def fields_to_keep(self) -> dict[str, str] | None:
        """At a lock or at the end: what the open form holds, to keep in the vault. The lock has
        hidden it already (the screen is cleared first): open is what counts, not shown."""
        form = self.form
        if form is None or form.writing or not form.typed_anything():
            return None  # a save under way runs first on the vault thread: nothing to keep
        return form.typed_fields()

    # -- closing the main window -----------------------------------------------------------
    def may_close(self) -> bool:
        """Whether the main window may close now; if a form holds typed data, asks first
        (Cancel, the default, keeps the form and the window) and says no."""
        form = self._typed_form()
        if form is None or self.closing:
            return True
        if not any(b.isVisible() for b in form.findChildren(QMessageBox, CLOSE_QUESTION)):
            form.raise_()
            ask_to_go_ahead(form, [self.tr("Discard what you typed in the New person form?"),
                                   self.tr("CaseKeeper closes and nothing typed in the form is "
                                           "kept.")],
                            CLOSE_QUESTION, self.tr("Discard and close"), "discardAndClose",
                            self._discard_and_close)
        return False

    def _discard_and_close(self) -> None:
        self.closing = True
        if self.form is not None:
            self.form.discard()
        self.main.close()
