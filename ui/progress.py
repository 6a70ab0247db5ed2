"""A progress bar with Cancel for one long job on the vault thread, and the words of the step
under way where the job tells its steps (a summary's pages written, after its persons read)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.bidi import filled
from ui.i18n import latin_digits
from ui.widgets import plain_label


class ProgressPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words = plain_label("", self)
        self.words.setObjectName("jobStep")
        self.words.hide()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("jobProgress")
        # Its percentage in the digits every other number on screen is written in (0-9), not
        # the interface locale's own (٪٤٠ beside counts written 40).
        latin_digits(self.bar)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelJob")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.job = None
        self.steps: dict[str, str] = {}
        self.step: str | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def follow(self, job, steps: dict[str, str] | None = None) -> None:
        """Show the job's progress until it finishes, fails or is cancelled. steps: the words
        of each step the job tells (submitted with_steps), %1 for its count where it has no
        total (a page's number): a summary's bar stood full for 20 s while its pages were
        written, and read as done, or stuck."""
        self.job = job
        self.steps, self.step = dict(steps or {}), None
        self.words.setText("")
        self.words.setVisible(bool(self.steps))
        self.bar.setRange(0, 0)  # busy until the first report
        job.progressed.connect(self._progress)
        job.stepped.connect(self._stepped)
        for hooks in (job.on_done, job.on_error):
            hooks.insert(0, lambda _x, job=job: self._finished(job))
        job.on_cancelled.insert(0, lambda job=job: self._finished(job))
        self.cancel_button.setEnabled(True)
        self.show()

    def _stepped(self, key: str) -> None:
        self.step = key
        self.bar.setRange(0, 0)  # busy until the step's first count
        words = self.steps.get(key, "")
        self.words.setText(filled(words, 1) if "%1" in words else words)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        elif "%1" in (words := self.steps.get(self.step or "", "")):
            self.words.setText(filled(words, done))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _finished(self, job) -> None:
        # a job followed before the one shown now: the panel stays with the later one (a
        # save's end hid it, and its Cancel, while a second save ran on in silence)
        if job is not self.job:
            return
        self.job = None
        self.hide()
