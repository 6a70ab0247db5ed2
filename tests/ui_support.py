"""Helpers for the desktop program's tests: an offscreen Qt, a controller whose lock records the
restart instead of starting a process, and waiting for the vault thread."""

from __future__ import annotations

import os
import sys

import pytest

# pytest-qt makes the QApplication after this module is loaded (as a plugin of conftest.py).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery"  # the same as conftest.py's


class Restarts:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return 4242


@pytest.fixture(autouse=True)
def windows_deleted_after_the_test():
    """Every window a test leaves is deleted, not only hidden, when the test ends.

    A hidden window lives on in the QApplication all tests share: 80 window tests had left 43,000
    widgets, and every later layout and event walked them, so a test that takes 0.3 s alone took
    5 s late in the run, and its teardown as long again.
    """
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets else None
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    # What the vault thread sent back before it closed reaches its window first, as it would
    # have had the test gone on.
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    for w in app.topLevelWidgets():
        w.hide()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # and the interface back in English: a test that set a language without the gui fixture
    # (which resets it) left the next tests' windows in Kurmanji, failing only in a long run
    i18n = sys.modules.get("ui.i18n")
    if i18n is not None and i18n.interface_language() != "en":
        i18n.apply_language(app, "en")


@pytest.fixture
def gui(qtbot, qapp, tmp_path, monkeypatch):
    """A controller over tmp_path/vault, its worker closed after the test."""
    monkeypatch.setenv("CASEKEEPER_KDF_PROFILE", "fast")
    monkeypatch.delenv("CASEKEEPER_LANG", raising=False)
    monkeypatch.delenv("CASEKEEPER_IDLE_LOCK_SECONDS", raising=False)
    from ui.app import keep_qt_settings_out_of_home
    from ui.controller import Controller
    from ui.worker import VaultWorker
    keep_qt_settings_out_of_home()
    worker = VaultWorker()
    restarts = Restarts()
    controller = Controller(qapp, tmp_path / "vault", worker, restart=restarts)
    controller.restarts = restarts
    controller.quit = lambda code: None  # the test's QApplication must keep running
    yield controller
    # The controller and its idle watcher stay alive as children of the QApplication that every
    # test shares. Left running, this test's idle lock (5 minutes after the last key press
    # anywhere) would fire during a later test and hide that test's windows.
    if controller.idle is not None:
        controller.idle.timer.stop()
        qapp.removeEventFilter(controller.idle)
    controller.clipboard.timer.stop()
    for w in qapp.topLevelWidgets():
        w.hide()
    if not controller.locked:
        worker.close()
    from ui.i18n import apply_language
    apply_language(qapp, "en")


def unlock(qtbot, controller, passphrase: str = PASSPHRASE):
    """Unlock through the window and wait for the main window with its first rows."""
    window = controller.show_access()
    window.passphrase.setText(passphrase)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main is not None or window.error.text() != "",
                    timeout=10_000)
    assert controller.main is not None, window.error.text()
    main = controller.main
    qtbot.waitUntil(lambda: main.persons.counts.text() != "", timeout=10_000)
    return main


def new_person_form(qtbot, controller, folder):
    """The main window unlocked on folder, and its New person form opened: (main, dialog)."""
    controller.vault_dir = folder
    main = unlock(qtbot, controller)
    main.persons.new_button.click()
    from ui.new_person import NewPersonDialog
    dialog = main.findChild(NewPersonDialog)
    assert dialog is not None and dialog.isVisible()
    return main, dialog


@pytest.fixture
def demo_vault(tmp_path):
    """A closed synthetic vault with 300 persons, reports and rescues."""
    from app.demo import populate
    from app.vault import KdfParams, create_vault
    folder = tmp_path / "vault"
    session, _code = create_vault(folder, PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    populate(session, 300)
    session.close()
    return folder


def wait_job(qtbot, worker, fn, *args):
    """Run fn(session, *args) on the vault thread and return its result (for checks)."""
    box = {}
    job = worker.submit(fn, *args, on_done=lambda r: box.setdefault("r", r),
                        on_error=lambda m: box.setdefault("e", m))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert "e" not in box, box.get("e")
    return box["r"]


def read_vault(folder, read):
    """What read(session) gives of the vault in folder, opened and closed around it (the
    desktop under test has its own session)."""
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        return read(s)
    finally:
        s.close()


def install_new_translations(qapp, lang: str, folder):
    """The program's translations for lang with those TRANSLATIONS.json holds taken in, made
    into a .qm in folder and put before the program's own (as `make translations` will make
    them): a test says what an Arabic window shows of strings added since the .qm files were
    last made. Made from the whole .ts, not the new strings alone: lrelease drops a comment no
    other message of its context needs, and a new "match" said of a feminine word would then
    answer for every "match". Returns the translator, for qapp.removeTranslator."""
    import json
    import subprocess
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from tests.conftest import ROOT
    entries = json.loads((ROOT / "TRANSLATIONS.json").read_text(encoding="utf-8"))
    tree = ET.parse(ROOT / "resources" / "translations" / f"casekeeper_{lang}.ts")
    ts = tree.getroot()
    contexts = {c.findtext("name"): c for c in ts.iter("context")}
    for e in entries:
        context = contexts.get(e["context"])
        if context is None:
            context = contexts[e["context"]] = ET.SubElement(ts, "context")
            ET.SubElement(context, "name").text = e["context"]
        for old in [m for m in context.findall("message")
                    if m.findtext("source") == e["source"]
                    and (m.findtext("comment") or "") == e.get("comment", "")]:
            context.remove(old)
        said = e[lang]
        message = ET.SubElement(context, "message",
                                **({"numerus": "yes"} if isinstance(said, list) else {}))
        ET.SubElement(message, "source").text = e["source"]
        if e.get("comment"):
            ET.SubElement(message, "comment").text = e["comment"]
        translation = ET.SubElement(message, "translation")
        if isinstance(said, list):
            for form in said:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = said
    folder = Path(folder)
    source, compiled = folder / f"new_{lang}.ts", folder / f"new_{lang}.qm"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True,
                   capture_output=True, timeout=120)
    translator = QTranslator(qapp)
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    return translator


@pytest.fixture
def new_translations(qapp, tmp_path_factory, monkeypatch):
    """Every apply_language of the test followed by the translations TRANSLATIONS.json holds
    for that language and the .qm files do not have yet (install_new_translations)."""
    import ui.i18n
    folder = tmp_path_factory.mktemp("new_translations")
    original = ui.i18n.apply_language
    installed = []

    def apply_language(app, lang: str) -> bool:
        done = original(app, lang)
        while installed:
            app.removeTranslator(installed.pop())
        if lang != "en":
            installed.append(install_new_translations(app, lang, folder))
        return done

    for module in [m for name, m in list(sys.modules.items())
                   if name == "ui" or name.startswith("ui.")]:
        if getattr(module, "apply_language", None) is original:
            monkeypatch.setattr(module, "apply_language", apply_language)
    yield
    while installed:
        qapp.removeTranslator(installed.pop())
    # A ui module first imported during the test (ui.controller, when this fixture is set up
    # before gui) took this wrapper with `from ui.i18n import apply_language`, and monkeypatch
    # does not know to undo that: a later test's window then installed its translations into
    # this test's list, never removed, and the tests after it read Arabic.
    for module in list(sys.modules.values()):
        if getattr(module, "apply_language", None) is apply_language:
            module.apply_language = original



def drawn(text: str, right_to_left: bool) -> str:
    """text as a line of it is drawn, from left to right, by the Unicode bidi algorithm Qt
    follows (isolates and marks, which draw nothing, left out; brackets not mirrored)."""
    from app.reports.bidi_levels import EXPLICIT, line_levels, paragraph_levels, visual_order
    levels = line_levels(text, paragraph_levels(text, right_to_left), right_to_left)
    return "".join(text[i] for i in visual_order(levels)
                   if text[i] not in EXPLICIT and text[i] not in "\u200e\u200f")


def reads_left_to_right(text: str, value: str, right_to_left: bool) -> bool:
    """Whether value (a date, a range 0-9, a code) is drawn in its own order, left to right,
    when text is laid out in a paragraph of the given direction: in an Arabic sentence,
    "2026-12-05" not isolated is drawn "05-12-2026"."""
    return value in drawn(text, right_to_left)


def desktop_restore_asks(qtbot, controller, backup: str, secret: str = PASSPHRASE):
    """The desktop's restore of this backup, from the unlock screen's link, up to its question
    (shown): (the access window, its restore page)."""
    from PySide6.QtWidgets import QPushButton

    window = controller.show_access()
    [link] = [b for b in window.unlock_page.findChildren(QPushButton)
              if b.objectName() == "toRestore"]
    link.click()
    page = window.restore_page
    page.folder.setText(backup)
    page.secret.setText(secret)
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible(),
                    timeout=20_000)
    return window, page


def desktop_restores(qtbot, controller, backup: str, secret: str = PASSPHRASE):
    """desktop_restore_asks, answered Yes, up to the words said once restored: the window."""
    from PySide6.QtWidgets import QMessageBox

    window, page = desktop_restore_asks(qtbot, controller, backup, secret)
    page.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.restored_note.text() != "", timeout=20_000)
    return window


def change_on_unlock_window(window, current: str, new: str, new_key: bool = False) -> None:
    """The unlock window's Change passphrase page filled in and sent (with a new key or not)."""
    window._go(window.change_page)
    window.current.setText(current)
    window.changed_passphrase.first.setText(new)
    window.changed_passphrase.second.setText(new)
    window.new_key.setChecked(new_key)
    window.change_button.click()


def change_in_dialog(dialog, current: str, new: str, new_key: bool = False) -> None:
    """The Vault menu's Change passphrase dialog filled in and sent (with a new key or not)."""
    dialog.show()
    dialog.current.setText(current)
    dialog.fields.first.setText(new)
    dialog.fields.second.setText(new)
    dialog.new_key.setChecked(new_key)
    dialog.ok.click()
