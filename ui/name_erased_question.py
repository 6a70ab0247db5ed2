"""Asking before a save erases a name part the record had (her given name's two boxes emptied)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.person import NamePart, NameText
from ui.bidi import filled, isolated
from ui.labels import name_part_names
from ui.widgets import ask


def ask_before_erasing(parent, case_no: str, erased: list[tuple[NamePart, NameText]],
                       go: Callable[[], object], keep: Callable[[], object]) -> QMessageBox:
    """Names each part erased and what it said; go saves, and anything else (Cancel, Enter,
    Escape, the window closed) runs keep, which puts the names back in their boxes. A known
    name wiped is more often a slip than meant, and was saved without a word (found by a
    tester): search and her papers then no longer know her by it."""
    parts = name_part_names()
    # each said whole to QCoreApplication.translate, where lupdate finds it
    lines = [filled(QCoreApplication.translate("NamesErased", "Saving erases these names from %1:"),
                    case_no)]
    lines += [f"{parts[part.value]}: " + " / ".join(
        isolated(s) for s in (text.original.strip(), text.latin.strip()) if s) for part, text in erased]
    lines.append(QCoreApplication.translate(
        "NamesErased", "Search and the papers no longer find the record by a name erased. Cancel "
        "puts the names back in their boxes; nothing is saved."))
    go_text = QCoreApplication.translate("NamesErased", "Erase and save")
    box = ask(parent, lines, "eraseNamesQuestion", [(go_text, "eraseNamesGo", go)])
    go_button = box.findChild(QPushButton, "eraseNamesGo")
    box.finished.connect(lambda _result: None if box.clickedButton() is go_button else keep())
    return box
