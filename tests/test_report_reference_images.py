"""Rendered pages match reference images that were checked by eye (pixel-tolerant comparison).

To accept a deliberate change of layout, look at the new pages, then run
`CASEKEEPER_UPDATE_REFERENCE=1 .venv/bin/python -m pytest tests/test_report_reference_images.py`.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from app.domain.person import NamePart, Status, StatusEvent
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.rescue import render_rescue, select_rescue
from app.reports.selection import select_dossier
from app.reports.summary import render_summary, select_summary
from tests.report_samples import sample_person, sample_source

REFERENCE = Path(__file__).parent / "reference"
DPI = 60
TOLERANCE = 0.0004  # about 130 pixels of a page: less than one swapped word


def _summary_pdf(lang: str, persons: int = 30) -> bytes:
    people = []
    spellings = [("خليل", "Xelîl"), ("ئەڤین", "Evîn"), ("ڕەشید", "Reşîd"), ("نوورێ", "Nûrê")]
    for i in range(persons):
        p = sample_person()
        p.case_no = f"SNJ-{i + 1:05d}"
        given = p.name(NamePart.GIVEN)
        given.original, given.latin = spellings[i % 4]
        p.status_events = [StatusEvent(list(Status)[i % 8])]
        people.append(p)
    view = select_summary(people, Profile.PUBLIC, lang, [], "2026-11-25 13:40 UTC", "9f" * 32,
                          True)
    return render_summary(view)


def _rescue_pdf(lang: str) -> bytes:
    src = sample_source()
    view = select_rescue(src.rescues[0], [src.person], Profile.INTERNAL, lang,
                         "2026-11-25 13:40 UTC", "9f" * 32, True)
    return render_rescue(view)


CASES = {
    "dossier-ar": lambda: render_dossier(select_dossier(sample_source(), Profile.INTERNAL, "ar")),
    "dossier-en": lambda: render_dossier(select_dossier(sample_source(), Profile.COURT, "en")),
    "dossier-ckb": lambda: render_dossier(select_dossier(sample_source(), Profile.FAMILY, "ckb")),
    "summary-kmr": lambda: _summary_pdf("kmr"),
    "summary-ar": lambda: _summary_pdf("ar"),
    "rescue-ckb": lambda: _rescue_pdf("ckb"),
}


def render_first_page(pdf: bytes) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:  # pdftoppm writes only to files
        subprocess.run(["pdftoppm", "-png", "-gray", "-r", str(DPI), "-f", "1", "-l", "1",
                        "-singlefile", "-", f"{tmp}/page"], input=pdf, check=True)
        with Image.open(f"{tmp}/page.png") as img:
            return img.convert("L")


def differing_share(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels that differ by more than a quarter of the grey range."""
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
    return diff.histogram()[255] / (a.size[0] * a.size[1])


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_matches_reference(name):
    page = render_first_page(CASES[name]())
    ref_path = REFERENCE / f"{name}.png"
    if os.environ.get("CASEKEEPER_UPDATE_REFERENCE") == "1":
        REFERENCE.mkdir(exist_ok=True)
        page.save(ref_path, optimize=True)
    reference = Image.open(ref_path).convert("L")
    # Anti-aliasing may differ slightly between poppler builds; moved words or lines do not.
    assert differing_share(page, reference) < TOLERANCE


def test_comparison_notices_a_reordered_line():
    """The tolerance is not so loose that a swapped word order would pass."""
    from app.reports.document import build_pdf
    from app.reports.textflow import BidiText, TextStyle

    style = TextStyle(size=12, rtl=True)
    a = render_first_page(build_pdf([BidiText("خليل ابراهيم الدخي", style)], "ar",
                                    lambda p, n: []))
    b = render_first_page(build_pdf([BidiText("الدخي ابراهيم خليل", style)], "ar",
                                    lambda p, n: []))
    assert differing_share(a, b) > TOLERANCE
