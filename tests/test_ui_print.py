"""Print: a dossier and a summary built, previewed as page images, saved (and audited), and
printed through a QPrinter (to a PDF file here)."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from tests.ui_support import unlock, wait_job
from ui.settings import write_language


def _pages(view) -> list[QLabel]:
    return [w for w in view.pages.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]


def _preview(qtbot, view) -> None:
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""


def test_dossier_preview_save_and_print(qtbot, gui, demo_vault, tmp_path):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.buttons["print"].click()
    view = main.screens["print"]
    assert main.stack.currentWidget() is view and view.ref.text() == "DEMO-00001"
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.language.setCurrentIndex(view.language.findData("ar"))
    _preview(qtbot, view)
    qtbot.waitUntil(lambda: len(_pages(view)) == len(view.built["pages"]), timeout=10_000)
    # saved plain here (the internal paper's password: test_ui_print_pdf_password.py)
    view.protect.setChecked(False)
    assert len(_pages(view)) >= 1
    out = tmp_path / "dossier.pdf"
    view.save_to(str(out))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=10_000)
    assert out.read_bytes() == view.built["pdf"]
    history = wait_job(qtbot, gui.worker, lambda s: s.audit.history("dossier", "DEMO-00001"))
    assert history and history[-1].action == "export.dossier"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    view.print_to(printer)
    qtbot.waitUntil(lambda: "printer" in view.info.text(), timeout=30_000)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    assert f"Pages:           {len(view.built['pages'])}" in info
    assert printer.docName() == "CaseKeeper"
    # A printed copy discloses as a saved file does: it is in her history too (it was not).
    history = wait_job(qtbot, gui.worker, lambda s: s.audit.history("dossier", "DEMO-00001"))
    printed_entry = json.loads(history[-1].detail)
    assert history[-1].action == "export.dossier" and printed_entry["printer"] is True
    assert printed_entry["profile"] == "internal" and printed_entry["lang"] == "ar"


def test_the_saved_message_names_the_file_in_its_own_order(qtbot, gui, demo_vault, tmp_path):
    """It gave the SHA-256 alone: where the PDF went was not said. In Arabic the path is isolated,
    or its slashes would take the sentence's direction and the folders read backwards."""
    from ui.bidi import LRI, PDI
    write_language(demo_vault, "ar")
    gui.vault_dir = demo_vault
    gui.language = "ar"
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "DEMO-00002")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    out = tmp_path / "ملفات" / "DEMO-00002 court.pdf"
    out.parent.mkdir()
    view.save_to(str(out))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text(), timeout=10_000)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert LRI + str(out) + PDI in view.info.text() and LRI + digest + PDI in view.info.text()
    assert view.info.text().startswith("حُفظ")  # the sentence is the interface's


def test_summary_of_missing_persons(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("public"))
    view.status.setCurrentIndex(view.status.findData("missing"))
    _preview(qtbot, view)
    assert len(view.built["pages"]) >= 2


def test_unknown_case_number_is_a_clear_message(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "DEMO-99999")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=10_000)
    assert "DEMO-99999" in view.error.text() and not view.save_button.isEnabled()


def test_a_choice_changed_after_the_preview_is_never_saved_as_the_old_document(
        qtbot, gui, demo_vault, tmp_path):
    """The tester's steps: an internal Arabic dossier previewed, then summary and court chosen
    and Save clicked without a new preview. The internal dossier was written under the court
    summary's choices; now nothing is written until the new choices are previewed."""
    from app.reports.labels import label
    from tests.pdf_glyphs import pdftotext
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "DEMO-00001")
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.language.setCurrentIndex(view.language.findData("ar"))
    _preview(qtbot, view)
    view.document.setCurrentIndex(view.document.findData("summary"))
    view.profile.setCurrentIndex(view.profile.findData("court"))
    out = tmp_path / "court-summary.pdf"
    view.save_to(str(out))  # as Save as PDF... did
    qtbot.wait(500)
    written = pdftotext(out.read_bytes()) if out.exists() else ""
    assert label("profile_internal", "ar") not in written  # the old code wrote the old dossier
    assert not out.exists() and "Preview" in view.error.text()
    assert not view.save_button.isEnabled() and not view.print_button.isEnabled()
    assert _pages(view) == [] and view.built is None  # the old pages are gone
    _preview(qtbot, view)
    view.save_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and "SHA-256" in view.info.text(), timeout=10_000)
    text = pdftotext(out.read_bytes())
    assert label("summary_title", "ar") in text and label("dossier_title", "ar") not in text
    assert label("profile_court", "ar") in text and label("profile_internal", "ar") not in text


def test_each_choice_makes_the_preview_out_of_date(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    changes = [lambda: view.ref.setText("DEMO-00002"),
               lambda: view.profile.setCurrentIndex(view.profile.findData("family")),
               lambda: view.language.setCurrentIndex(view.language.findData("kmr")),
               lambda: view.status.setCurrentIndex(view.status.findData("missing")),
               lambda: view.for_persons.setText("DEMO-00003"),
               lambda: view.document.setCurrentIndex(view.document.findData("summary"))]
    for change in changes:
        view.prepare("dossier", "DEMO-00001")
        view.profile.setCurrentIndex(view.profile.findData("court"))
        _preview(qtbot, view)
        change()
        assert view.built is None and not view.save_button.isEnabled()
        assert _pages(view) == [] and "preview" in view.info.text().lower()


def test_a_preview_finished_after_a_change_is_not_offered(qtbot, gui, demo_vault):
    """The choices changed while the pages were being made: those pages are not the choices'."""
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "DEMO-00001")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.preview()
    view.profile.setCurrentIndex(view.profile.findData("public"))
    qtbot.waitUntil(lambda: view.preview_button.isEnabled(), timeout=30_000)
    assert view.built is None and not view.save_button.isEnabled() and _pages(view) == []


@pytest.mark.parametrize("lang", ["ar", "kmr", "en"])
def test_the_document_starts_in_the_interface_language_and_for_no_one(qtbot, gui, demo_vault,
                                                                      lang):
    """The document's language was English in every interface, and its profile 'internal' (the
    team's: everything the vault holds) until someone changed it."""
    write_language(demo_vault, lang)
    gui.vault_dir = demo_vault
    gui.language = lang
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    assert view.language.currentData() == lang
    assert view.profile.currentIndex() == -1 and view.profile.currentData() is None
    assert view.profile.itemData(0) == "public"  # where an arrow key or the wheel lands


def test_nothing_is_previewed_until_someone_is_chosen(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.buttons["print"].click()
    view = main.screens["print"]
    view.preview()
    qtbot.wait(300)
    assert view.built is None and "who" in view.error.text() and not view.save_button.isEnabled()
    view.profile.setCurrentIndex(view.profile.findData("family"))
    _preview(qtbot, view)
    # the next person's dossier asks again: the family's profile is not the police's
    main.print_dossier("DEMO-00002")
    assert view.profile.currentData() is None and view.built is None


def test_the_audit_trail_names_the_case_number_and_no_one_for_a_summary(qtbot, gui, demo_vault,
                                                                          tmp_path):
    """'dossier demo-1' was logged as typed, out of DEMO-00001's history, and a summary kept the
    case number left in the field ('summary demo-1'), as if it were about her."""
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "demo-1")
    view.profile.setCurrentIndex(view.profile.findData("family"))
    _preview(qtbot, view)
    view.save_to(str(tmp_path / "d.pdf"))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text(), timeout=10_000)
    view.document.setCurrentIndex(view.document.findData("summary"))  # 'demo-1' still typed
    view.profile.setCurrentIndex(view.profile.findData("court"))  # a family's names her
    view.status.setCurrentIndex(view.status.findData("missing"))
    _preview(qtbot, view)
    view.save_to(str(tmp_path / "s.pdf"))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text(), timeout=10_000)
    rows = wait_job(qtbot, gui.worker, lambda s: [
        (r.action, r.entity_ref, json.loads(r.detail)) for r in s.audit.repo.all()
        if r.action.startswith("export.")])
    assert [(a, ref) for a, ref, _d in rows] == [("export.dossier", "DEMO-00001"),
                                                 ("export.summary", "")]
    summary = rows[1][2]
    assert summary["profile"] == "court" and summary["filters"] == {"status": "missing"}
    assert summary["persons"] >= 1
    history = wait_job(qtbot, gui.worker, lambda s: s.audit.history("dossier", "DEMO-00001"))
    assert [r.action for r in history] == ["export.dossier"]


def test_a_path_reads_left_to_right_whatever_its_first_letter():
    from ui.bidi import LRI, PDI, file_path, filled
    path = "/ملفات/DEMO-00002.pdf"
    assert filled("Saved to %1", file_path(path)) == "Saved to " + LRI + path + PDI
