"""A phone number in a paper reads as it is dialled, whole on one line, in text of either direction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.reports.bidi_levels import numbers_ltr
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import comparable, glyph_lines, pdftotext
from tests.report_samples import sample_source

LANGS = ["en", "ar", "ckb", "kmr"]
ARABIC_REPORT = ("اتصل أخوها على الرقم +964 750 123 4567 يوم 3/8/2014 وقال إن ليلى في البيت رقم 12 "
                 "شارع 40 بتلعفر؛ الملف SNJ-00002 والقضية 145/2017 (محكمة دهوك)")
LATIN_REPORT = ("Her brother called from +964 750 123 4567 twice, and then her cousin from "
                "0770 987 6543 on the same evening, asking about the money")


def _paper(lang: str, report: str, phone: str = "0780 111 2233", shifted: int = 0) -> bytes:
    """Her dossier with report as a report's text; shifted: as many more reports, each with
    one more short word before it, so that some line ends fall inside its numbers."""
    src = sample_source(lambda name, default: {"report_text1": report,
                                               "contact_phone": phone}.get(name, default))
    first = src.reports[0]
    word = "و" if report[0] > "\u0600" else "a"
    src.reports += [replace(first, text=f"{' '.join([word] * k)} {report}", id=100 + k)
                    for k in range(1, shifted + 1)]
    return render_dossier(select_dossier(src, Profile.INTERNAL, lang))


def _lines(pdf: bytes) -> list[str]:
    return [comparable(line.visual) for page in glyph_lines(pdf) for line in page]


@pytest.mark.parametrize("lang", LANGS)
def test_a_phone_number_in_arabic_text_prints_and_extracts_as_dialled(lang):
    """"+964 750 123 4567" inside an Arabic report printed "123 750 964+" with "4567" on the
    next line, and pdftotext read it so: its groups are now drawn left to right in their
    order, the + before them, on one line, as the dates and case numbers around it are."""
    pdf = _paper(lang, ARABIC_REPORT, shifted=12)
    lines = _lines(pdf)
    assert sum(line.count("+9647501234567") for line in lines) == 13, lines
    assert pdftotext(pdf).count("+964 750 123 4567") == 13
    for kept in ("3/8/2014", "SNJ-00002", "145/2017"):
        assert any(kept in line for line in lines), (kept, lines)


@pytest.mark.parametrize("lang", LANGS)
def test_a_phone_number_in_latin_text_is_never_broken(lang):
    """In English words the numbers already read left to right; they are not broken over two
    lines either, in a paper of either direction."""
    lines = _lines(_paper(lang, LATIN_REPORT, shifted=12))
    for number in ("+9647501234567", "07709876543"):
        assert sum(line.count(number) for line in lines) == 13, (number, lines)


@pytest.mark.parametrize("lang", LANGS)
def test_a_contacts_cell_breaks_between_two_numbers_never_inside_one(lang):
    """"0750 123 4567 / 0770 987 6543" printed "... / 0770 987" over "6543"."""
    pdf = _paper(lang, "seen", "0750 123 4567 / 0770 987 6543")
    lines = _lines(pdf)
    for number in ("07501234567", "07709876543"):
        assert any(number in line for line in lines), (number, lines)
    text = pdftotext(pdf)
    assert "0750 123 4567" in text and "0770 987 6543" in text


@pytest.mark.parametrize("typed", [
    "في 2014 12 امرأة",  # two numbers side by side, no phone number: each keeps its place
    "بين 2017-02 2017-04",  # two months, not one number
    "البيت رقم 12 شارع 40",
    "2 × 30 min",
])
def test_numbers_that_are_no_phone_number_are_not_taken_together(typed):
    assert " ".join(numbers_ltr(typed).split()) == " ".join(
        numbers_ltr(part) for part in typed.split())
