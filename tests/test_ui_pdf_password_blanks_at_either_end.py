"""The Print screen's PDF password is read as `--password-file` reads its line: blanks at either
end are no part of it, and it needs 8 characters without them; the box says so. Typed
"  Kocho 2014  ", the PDF opened only with the blanks, which nobody told of them types; and
"   abcdefg  " passed as 12 characters long."""

from __future__ import annotations

import os

import pytest

from tests.pdf_glyphs import pdftotext
from tests.test_ui_print_pdf_password import _internal_dossier, _saved, _type
from ui.print_password import PdfPassword


def _box(qtbot, first: str, second: str | None = None) -> PdfPassword:
    box = PdfPassword()
    qtbot.addWidget(box)
    box.setChecked(True)
    box.first.setText(first)
    box.second.setText(first if second is None else second)
    return box


def test_blanks_at_either_end_are_no_part_of_the_password(qtbot):
    assert _box(qtbot, "  Kocho staple 2014\t ").password() == "Kocho staple 2014"
    # the same password typed with and without them is the same password
    assert _box(qtbot, " Kocho staple 2014", "Kocho staple 2014 ").password() \
        == "Kocho staple 2014"
    assert _box(qtbot, "Kocho  staple").password() == "Kocho  staple"  # inside, kept


def test_the_eight_characters_are_counted_without_them(qtbot):
    with pytest.raises(ValueError, match="at least 8 characters"):
        _box(qtbot, "   abcdefg  ").password()
    with pytest.raises(ValueError, match="Type a password in both boxes"):
        _box(qtbot, "          ").password()


def test_the_box_says_how_it_reads_the_password(qtbot):
    box = _box(qtbot, "")
    box.show()
    assert box.rule.isVisible()
    assert "At least 8 characters" in box.rule.text()
    assert "Blanks at either end are no part of it" in box.rule.text()


def test_the_pdf_opens_with_the_password_without_its_blanks(qtbot, gui, demo_vault, tmp_path):
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    if shot := os.environ.get("CK_SHOT"):
        view.resize(1100, 750)
        view.protect.grab().save(f"{shot}-en.png")
    _type(view, "  Kocho staple 2014  ")
    out = tmp_path / "dossier.pdf"
    view.save_to(str(out))
    _saved(qtbot, view)
    assert "DEMO-00001" in pdftotext(out.read_bytes(), "-upw", "Kocho staple 2014")


@pytest.mark.parametrize("lang, words", [("ar", "8"), ("ckb", "8"), ("kmr", "8")])
def test_the_rule_is_said_in_the_desktops_language(qtbot, gui, demo_vault, new_translations,
                                                   lang, words):
    from ui.settings import write_language
    write_language(demo_vault, lang)
    gui.language = lang
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    text = view.protect.rule.text()
    assert "Blanks" not in text and words in text
    if shot := os.environ.get("CK_SHOT"):
        view.protect.grab().save(f"{shot}-{lang}.png")
