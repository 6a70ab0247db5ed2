"""Drives the real program through its screens and saves a PNG of each (run by screenshots.py).

    screenshot_driver.py VAULT OUT_DIR LANG IMPORT_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from ui.access_window import AccessWindow  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.controller import Controller  # noqa: E402
from ui.i18n import apply_language  # noqa: E402
from ui.worker import VaultWorker  # noqa: E402

PASSPHRASE = "demo passphrase for screenshots"
SEARCH = {"en": "Khalil", "ar": "خليل", "ckb": "خەلیل", "kmr": "Xelîl"}


class Driver:
    def __init__(self, vault: Path, out: Path, lang: str, import_file: Path) -> None:
        self.app = make_application()
        self.vault, self.out, self.lang, self.import_file = vault, out, lang, import_file
        self.worker = VaultWorker()
        self.controller = Controller(self.app, vault, self.worker, restart=lambda: 0)
        self.controller.quit = lambda code: None
        self.steps = self.plan()
        self.failed = ""

    def shot(self, widget, name: str) -> None:
        widget.grab().save(str(self.out / f"{name}-{self.lang}.png"))

    def plan(self):
        c = self.controller
        main = lambda: c.main  # noqa: E731
        return [
            (self.show_create, lambda: True, lambda: self.shot(self.create, "01-create")),
            (self.show_unlock, lambda: True, lambda: self.shot(c.access, "02-unlock")),
            (self.unlock, lambda: main() is not None and main().persons.model.pages,
             lambda: self.shot(main(), "03-persons")),
            (lambda: main().persons.search_box.setText(SEARCH[self.lang]),
             lambda: main().persons.model.results, lambda: self.shot(main(), "04-search")),
            (lambda: main().open_person("DEMO-00003"),
             lambda: main().person_page.person is not None,
             lambda: self.shot(main(), "05-person")),
            (self.duplicates, lambda: main().screens["duplicates"].pairs,
             lambda: self.shot(main(), "06-duplicates")),
            (self.import_file_step,
             lambda: self.wizard.pages.currentWidget() is self.wizard.sheet_page,
             lambda: (self.wizard._go(self.wizard.mapping_page),
                      self.shot(main(), "07-import-mapping"))),
            (lambda: self.wizard.check_rows(),
             lambda: self.wizard.pages.currentWidget() is self.wizard.preview_page,
             lambda: self.shot(main(), "08-import-preview")),
            (lambda: main().print_dossier("DEMO-00003"), lambda: True,
             lambda: self.shot(main(), "09-print-start")),
            (self.print_step, lambda: main().screens["print"].built is not None,
             lambda: self.shot(main(), "09-print-preview")),
            (self.save_step, lambda: "SHA-256" in main().screens["print"].info.text(),
             lambda: self.shot(main(), "09-print-saved")),
            (lambda: main().screens["print"].profile.setCurrentIndex(
                main().screens["print"].profile.findData("family")),
             lambda: True, lambda: self.shot(main(), "09-print-changed")),
            (self.audit_step, lambda: "%" not in main().screens["audit"].result.text()
             and main().screens["audit"].result.text().strip() not in ("", "Checking..."),
             lambda: self.shot(main(), "10-audit")),
            (lambda: main().show_screen("reports"),
             lambda: main().screens["reports"].model.rowCount() > 0,
             lambda: self.shot(main(), "11-reports")),
            (lambda: main().show_screen("rescues"),
             lambda: main().screens["rescues"].model.rowCount() > 0,
             lambda: self.shot(main(), "12-rescues")),
            (self.new_person_step, lambda: self.new_form.found.isVisible(),
             lambda: self.shot(self.new_form, "13-new-person")),
        ]

    # -- actions ---------------------------------------------------------------------------
    def show_create(self) -> None:
        apply_language(self.app, self.lang)  # the controller does this for its own windows
        self.create = AccessWindow(self.vault.parent / "new-vault", self.worker, self.lang)
        self.create.new_passphrase.first.setText("river stone lantern 1987")
        self.create.new_passphrase.second.setText("river stone lantern 1987")
        self.create.resize(560, 520)
        self.create.show()

    def show_unlock(self) -> None:
        self.create.hide()
        self.controller.show_access().resize(560, 300)

    def unlock(self) -> None:
        self.controller.access.passphrase.setText(PASSPHRASE)
        self.controller.access.unlock_button.click()

    def duplicates(self) -> None:
        self.controller.main.resize(1280, 800)
        self.controller.main.show_screen("duplicates").find()

    def import_file_step(self) -> None:
        imports = self.controller.main.show_screen("imports")
        self.wizard = imports.new_import()
        self.wizard.path.setText(str(self.import_file))
        self.wizard.source.setText("Kocho list")
        self.wizard.read_file()

    def print_step(self) -> None:
        view = self.controller.main.screens["print"]
        view.profile.setCurrentIndex(view.profile.findData("court"))
        view.preview()

    def new_person_step(self) -> None:
        """The form filled with another spelling of DEMO-00003 (in the interface's script),
        checked: the vault's candidates are shown before anything is saved."""
        known = self.controller.main.person_page.person
        self.new_form = self.controller.main.new_person()
        script = 0 if self.lang in ("ar", "ckb") else 1
        for part, boxes in self.new_form.name_fields.items():
            text = known.names.get(part)
            if text is not None and part.value in ("given", "father", "grandfather"):
                boxes[script].setText(text.original if script == 0 else text.latin)
        self.new_form.sex.setCurrentIndex(self.new_form.sex.findData(known.sex.value))
        if known.birth.year:
            about = "حوالي" if self.lang in ("ar", "ckb") else "about"
            self.new_form.birth.edit.setText(f"{about} {known.birth.year}")
        self.new_form.village.setText(known.origin_village)
        self.new_form.status.setCurrentIndex(self.new_form.status.findData("missing"))
        self.new_form.check_and_save()

    def save_step(self) -> None:
        folder = self.vault.parent / "ملفات"  # a folder named in Arabic, read left to right
        folder.mkdir(exist_ok=True)
        self.controller.main.screens["print"].save_to(str(folder / "DEMO-00003.pdf"))

    def audit_step(self) -> None:
        self.controller.main.show_screen("audit").verify()

    # -- running ---------------------------------------------------------------------------
    def run(self) -> int:
        QTimer.singleShot(300, self.next_step)
        self.app.exec()
        self.worker.close()
        if self.failed:
            print(self.failed, file=sys.stderr)
            return 1
        return 0

    def next_step(self) -> None:
        if not self.steps:
            # exit, not quit: quit asks each window to close, and the main window keeps the
            # New person form just typed by asking first, so the program never ended
            self.app.exit(0)
            return
        action, ready, capture = self.steps.pop(0)
        action()
        self.wait(ready, capture, tries=300)

    def wait(self, ready, capture, tries: int) -> None:
        try:
            done = bool(ready())
        except (AttributeError, TypeError):
            done = False
        if done:
            QTimer.singleShot(400, lambda: (capture(), self.next_step()))  # let it paint
        elif tries == 0:
            self.failed = f"a screen never became ready ({len(self.steps)} steps left)"
            self.app.exit(1)
        else:
            QTimer.singleShot(100, lambda: self.wait(ready, capture, tries - 1))


if __name__ == "__main__":
    vault, out, lang, import_file = sys.argv[1:5]
    sys.exit(Driver(Path(vault), Path(out), lang, Path(import_file)).run())
