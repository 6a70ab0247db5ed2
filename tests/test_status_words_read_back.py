"""A list written with the program's own status words is read back: a Sorani list that says
ڕزگارکراوە (the word CaseKeeper's Sorani documents print for rescued) is not 'not recognised'."""

from __future__ import annotations

import pytest

from app.domain.person import Status
from app.importing.values import status_of
from app.reports.labels import LANGUAGES, status_label

SEXES = ("F", "M")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_status_word_the_documents_print_is_read_back(lang):
    unread = {(s.value, sex, status_label(s.value, lang, sex)) for s in Status for sex in SEXES
              if status_of(status_label(s.value, lang, sex)) is not s}
    assert unread == set()


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_every_status_word_the_desktop_shows_is_read_back(qapp, lang):
    from ui.i18n import apply_language
    from ui.labels import status_label as shown
    apply_language(qapp, lang)
    try:
        unread = {(s.value, sex, shown(s.value, sex)) for s in Status for sex in SEXES
                  if status_of(shown(s.value, sex)) is not s}
    finally:
        apply_language(qapp, "en")
    assert unread == set()
