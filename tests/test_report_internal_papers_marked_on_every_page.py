"""Every page of a paper for the team only (internal: ransom lines, family phone numbers)
says so at its top, in the paper's language; no paper for outside the team carries the mark."""

from __future__ import annotations

import subprocess

import pytest

from app.reports.dossier import render_dossier
from app.reports.labels import label
from app.reports.profiles import Profile
from app.reports.rescue import render_rescue, select_rescue
from app.reports.selection import select_dossier
from app.reports.summary import render_summary, select_summary
from tests.report_samples import sample_person, sample_source

MARKS = {"en": "INTERNAL - TEAM ONLY - do not hand out",
         "ar": "داخلي - للفريق فقط - لا يُسلَّم لأحد",
         "ckb": "ناوخۆیی - تەنها بۆ تیم - مەیدە بە کەس",
         "kmr": "NAVXWEYÎ - TENÊ JI BO TÎMÊ - nedin tu kesî"}
MARKS_CLEAN = {k: "".join(ch for ch in v if ch != "\u0651") for k, v in MARKS.items()}


def _pages(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    marks = "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"
    return ["".join(ch for ch in page if ch not in marks) for page in out.split("\f")[:-1]]


def _marked(page: str, lang: str) -> bool:
    """The mark on the page's first line (pdftotext may order right-to-left words its own
    way, and shows the shadda as it likes: every word of the mark on that line)."""
    first = next(line for line in page.splitlines() if line.strip())
    first = "".join(ch for ch in first if ch != "\u0651")
    return all(word in first for word in MARKS_CLEAN[lang].split())


def _papers(profile: Profile, lang: str) -> dict[str, bytes]:
    src = sample_source()
    people = []
    for i in range(60):  # a summary of more than one page
        p = sample_person()
        p.case_no = f"SNJ-{i + 1:05d}"
        people.append(p)
    return {
        "dossier": render_dossier(select_dossier(src, profile, lang)),
        "summary": render_summary(select_summary(people, profile, lang, [],
                                                 "2026-11-25 13:40 UTC", "9f" * 32, True)),
        "rescue": render_rescue(select_rescue(src.rescues[0], [src.person], profile, lang,
                                              "2026-11-25 13:40 UTC", "9f" * 32, True)),
    }


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_every_page_of_an_internal_paper_is_marked_team_only(lang):
    assert label("internal_banner", lang) == MARKS[lang]
    for what, pdf in _papers(Profile.INTERNAL, lang).items():
        pages = _pages(pdf)
        assert len(pages) >= (2 if what != "rescue" else 1), what
        for n, page in enumerate(pages, 1):
            assert _marked(page, lang), (what, n)


@pytest.mark.parametrize("profile", [Profile.COURT, Profile.FAMILY, Profile.PUBLIC])
def test_no_paper_for_outside_the_team_carries_the_mark(profile):
    for lang in ("en", "ar"):
        for what, pdf in _papers(profile, lang).items():
            text = "".join(_pages(pdf))
            assert "TEAM ONLY" not in text and "للفريق فقط" not in text, (what, lang)
