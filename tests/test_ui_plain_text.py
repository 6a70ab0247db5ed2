"""Imported text is shown literally: no widget interprets markup from case data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock

HOSTILE = ["<b>BOLD</b>", "<img src=\"/etc/passwd\">", "<a href=\"x\">link</a>",
           "<h1>big</h1>&amp;"]


def _plant(folder) -> str:
    session = open_vault(folder, PASSPHRASE)
    try:
        p = Person(names={NamePart.GIVEN: NameText("<b>خليل</b>", HOSTILE[0]),
                          NamePart.FAMILY: NameText("", HOSTILE[1])},
                   origin_village=HOSTILE[2], notes=HOSTILE[3],
                   status_events=[StatusEvent(Status.MISSING, note=HOSTILE[0])])
        return session.persons.create(p).case_no
    finally:
        session.close()


def _labels_showing_markup() -> list[QLabel]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QLabel)
            and "<" in w.text() and w.textFormat() != Qt.TextFormat.PlainText]


def test_hostile_names_show_literally_everywhere(qtbot, gui, demo_vault):
    case_no = _plant(demo_vault)
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert HOSTILE[0] in page.heading.text()
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.form.name_fields[NamePart.FAMILY][1].text() == HOSTILE[1]
    audit = main.show_screen("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
    assert _labels_showing_markup() == []
    # every QLabel in the program is plain text, whether or not it shows data right now
    rich = [w.objectName() or type(w.parent()).__name__ for w in QApplication.allWidgets()
            if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.PlainText
            and not isinstance(w.window(), QMessageBox) and w.text()]
    assert rich == []


def test_error_messages_are_plain_text(qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.widgets import show_error
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, "bad file <img src=x>.xlsx")
    box = parent.findChild(QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_the_list_shows_the_name_literally(qtbot, gui, demo_vault):
    _plant(demo_vault)
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    model = main.persons.model
    row = model.total - 1
    model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: row // 200 in model.pages, timeout=10_000)
    assert model.data(model.index(row, 2)) == f"{HOSTILE[0]} {HOSTILE[1]}"
