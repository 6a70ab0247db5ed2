"""One word for each status in each language: what the screens say of her is what her printed
dossier says, for a woman, a man and a person whose sex is not recorded."""

from __future__ import annotations

import pytest

from app.domain.person import Sex, Status
from app.reports import labels as printed
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import pdftotext
from tests.report_samples import sample_source


def _same_word(shown: str) -> str:
    """Screens start a Latin word with a capital (a list's cell, a menu); documents do not."""
    return shown[:1].lower() + shown[1:]


@pytest.mark.usefixtures("new_translations")  # the forms of either sex are not in the .qm yet
@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_screens_and_documents_say_each_status_alike(qapp, lang):
    """The Sorani dossier said ون where the screens say ونبوو; Arabic documents said عادت إلى
    العائلة where the screens say عادت إلى عائلتها, Kurmanji ones rizgar bûye where the screens
    say Hatiye rizgarkirin."""
    from ui import labels as shown
    from ui.i18n import apply_language

    try:
        apply_language(qapp, lang)
        on_screen = {(s, sex): shown.status_label(s.value, sex.value) for s in Status
                     for sex in Sex}
    finally:
        apply_language(qapp, "en")
    differ = {(s.value, sex.value): (word, printed.status_label(s.value, lang, sex.value))
              for (s, sex), word in on_screen.items()
              if _same_word(word) != printed.status_label(s.value, lang, sex.value)}
    assert differ == {}


def test_the_sorani_dossier_says_missing_as_the_screens_do():
    """Read back from the PDF itself: ونبوو in her status timeline, never ون alone."""
    src = sample_source()
    text = pdftotext(render_dossier(select_dossier(src, Profile.INTERNAL, "ckb")), "-layout")
    words = text.split()
    assert "ونبوو" in words and "ون" not in words
