"""Runs the real desktop program (ui.app.run) in a child process for the lock tests.

First run: unlock, start editing a person, then sit idle until the idle lock ends the process.
While the person opens, the mouse moves, so the idle time starts when editing does, however slow
the machine is to open her.
The lock starts this same script again; that second run only records that it reached the
unlock window, then quits. Each run appends "PID what" lines to the log file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import make_application, run  # noqa: E402

PASSPHRASE = "correct horse battery"


def log(path: Path, what: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {what}\n")


def windows(app, name: str):
    return [w for w in app.topLevelWidgets() if type(w).__name__ == name and w.isVisible()]


def stir(widget) -> None:
    """The user moves the mouse over the window: activity that restarts the idle timer."""
    pos = QPointF(10, 10)
    QApplication.sendEvent(widget, QMouseEvent(
        QEvent.Type.MouseMove, pos, widget.mapToGlobal(pos), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def first_run(app, logfile: Path) -> None:
    def unlock():
        access = windows(app, "AccessWindow")[0]
        access.passphrase.setText(PASSPHRASE)
        access.unlock_button.click()
        QTimer.singleShot(200, wait_main)

    def wait_main():
        found = windows(app, "MainWindow")
        if not found:
            QTimer.singleShot(100, wait_main)
            return
        stir(found[0])
        found[0].open_person("DEMO-00001")
        QTimer.singleShot(100, lambda: edit(found[0]))

    def edit(main):
        page = main.person_page
        stir(main)
        if page.person is None:
            QTimer.singleShot(100, lambda: edit(main))
            return
        page.start_edit()
        page.form.texts["origin_village"].setText("Draft village")
        page.dirty = True  # setText() is not a user edit; typing would set it
        log(logfile, "editing")  # from here on: no activity until the idle lock

    QTimer.singleShot(300, unlock)


def later_run(app, logfile: Path) -> None:
    def check():
        log(logfile, "unlock-window" if windows(app, "AccessWindow") else "no-window")
        app.quit()
    QTimer.singleShot(500, check)


def main() -> int:
    vault, logfile = Path(sys.argv[1]), Path(sys.argv[2])
    first = not logfile.exists()
    log(logfile, "start")
    app = make_application()
    (first_run if first else later_run)(app, logfile)
    status = run(vault)
    log(logfile, f"exit {status}")
    return status


if __name__ == "__main__":
    sys.exit(main())
