"""A cell a new version of a list changed says which value was and which is, in words, in
every language: "Status: abducted ← rescued", English values in an Arabic window, was laid
out left to right and its arrow pointed at the old value. The import report's line too."""

from __future__ import annotations

import pytest

from tests.ui_support import drawn
from ui.bidi import bare

ARROWS = "←→⟵⟶⇐⇒"


@pytest.fixture(params=["ar", "ckb", "kmr", "en"])
def language(request, qapp, new_translations):
    from ui.i18n import apply_language
    apply_language(qapp, request.param)
    yield request.param
    apply_language(qapp, "en")


def _read_in_order(text: str, was: str, now: str, rtl: bool) -> None:
    """No arrow; the old value after the interface's word for "was", the new after "now",
    and read in that order (right to left in Arabic and Sorani)."""
    from PySide6.QtCore import QCoreApplication
    assert not any(a in text for a in ARROWS), text
    template = QCoreApplication.translate("ListChanges", "%1: was %2, now %3")
    assert "%2" in template and "%3" in template
    plain = bare(text)
    assert plain.index(was) < plain.index(now)
    seen = drawn(text, rtl)  # left to right as drawn: an Arabic word's letters backwards

    def at(word: str) -> int:
        return seen.index(word if word in seen else word[::-1])

    reading = sorted((was, now), key=lambda w: -at(w) if rtl else at(w))
    assert reading == [was, now], (seen, rtl)


def test_a_changed_cell_says_was_and_now(language):
    from ui.list_changes import changed_said
    rtl = language in ("ar", "ckb")
    for column, was, now in (("Status", "abducted", "rescued"), ("الحالة", "مفقودة", "ناجية"),
                             ("Village", "كوجو", "Kocho")):
        said = changed_said(column, was, now)
        _read_in_order(said, was, now, rtl)
        if rtl:  # laid out right to left in its cell: words of the interface's own script
            from app.domain.script import has_arabic
            assert has_arabic(said.replace(column, "").replace(was, "").replace(now, ""))


def test_the_import_reports_changed_row_says_was_and_now(language):
    from app.importing.pieces import Quoted, Said
    from ui.import_report import _said, report_words
    rtl = language in ("ar", "ckb")
    said = _said(Said("%1: %2 -> %3", "Status", Quoted("abducted"), Quoted("rescued")),
                 report_words())
    assert "->" not in said
    _read_in_order(said, "abducted", "rescued", rtl)
