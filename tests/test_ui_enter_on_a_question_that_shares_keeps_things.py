"""Enter on a desktop question that shares records more widely, removes or deletes answers no:
the sharing question for the rows selected ("9 of them would be shared more widely than now")
had Qt's default, Yes, so Enter pressed to dismiss it made nine records public."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui_support import demo_vault, gui, unlock  # noqa: F401
from ui.widgets import ask


def _press_enter_on_the_question(qtbot, seen: dict) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _press_enter_on_the_question(qtbot, seen))
        return
    seen["default"] = box.standardButton(box.defaultButton()) if box.defaultButton() else None
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_enter_on_the_sharing_question_shares_nothing(qtbot, gui, demo_vault):  # noqa: F811
    main = unlock(qtbot, gui)
    seen: dict = {}
    QTimer.singleShot(50, lambda: _press_enter_on_the_question(qtbot, seen))
    assert main.persons.confirm_sharing(12, "Public", 9) is False
    assert seen["default"] == QMessageBox.StandardButton.No


def test_enter_on_a_question_to_go_ahead_cancels(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    went = []
    box = ask(parent, ["Remove this?"], "removeIt", [("Remove", "goRemove", lambda: went.append(1))])
    assert box.standardButton(box.defaultButton()) == QMessageBox.StandardButton.Cancel
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not went
