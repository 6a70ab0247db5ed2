"""A progress bar with Cancel for one long job on the vault thread."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.i18n import latin_digits


class ProgressPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("jobProgress")
        # Its percentage in the digits every other number on screen is written in (0-9), not
        # the interface locale's own (٪٤٠ beside counts written 40).
        latin_digits(self.bar)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelJob")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.job = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def follow(self, job) -> None:
        """Show the job's progress until it finishes, fails or is cancelled."""
        self.job = job
        self.bar.setRange(0, 0)  # busy until the first report
        job.progressed.connect(self._progress)
        for hooks in (job.on_done, job.on_error):
            hooks.insert(0, lambda _x: self._finished())
        job.on_cancelled.insert(0, self._finished)
        self.cancel_button.setEnabled(True)
        self.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _finished(self) -> None:
        self.job = None
        self.hide()
