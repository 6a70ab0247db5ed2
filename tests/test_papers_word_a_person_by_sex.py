"""The papers said "she" of a boy outside the lines of a person still held: a rescue record
"does not say whether she was freed; her status was not changed by it", a status "said of the
whole list, not in her row", and "المعروفة بـ" (known as) before a boy's nickname on an Arabic
summary. Each is worded by the person's sex, of anyone where it is not recorded, in every
language the papers are printed in. A real vault, the PDFs read with pdftotext."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.domain.records import RescueOperation
from app.importing.list_wide import WHOLE_LIST_NOTE
from app.reports.labels import LANGUAGES, label, sex_label
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter
from app.vault import create_vault
from db.keyslots import KdfParams
from tests.pdf_glyphs import pdftotext

SEXES = {"F": Sex.FEMALE, "M": Sex.MALE, "U": Sex.UNKNOWN}


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    """A woman, a boy and a person of unrecorded sex, each missing (a status said of their
    whole list), each named in a rescue recorded before a rescue gave a status, each known by
    a nickname only."""
    session, _ = create_vault(tmp_path_factory.mktemp("v") / "vault", "correct horse battery",
                              "SNJ", KdfParams.fast(), synthetic=False)
    case = {}
    for sex in SEXES:
        person = session.persons.create(Person(
            names={NamePart.NICKNAME: NameText(f"ابو {sex}", "")}, sex=SEXES[sex],
            sharing_level=SharingLevel.PUBLIC,
            status_events=[StatusEvent(Status.MISSING, FuzzyDate.exact(date(2014, 8, 3)),
                                       WHOLE_LIST_NOTE)]))
        session.records.add_rescue(RescueOperation(FuzzyDate.exact(date(2016, 2, 1)),
                                                   person_ids=[person.id]))
        case[sex] = person.case_no
    yield session, case
    session.close()


def _text(pdf: bytes) -> str:
    return " ".join(pdftotext(pdf, "-layout").split())


def _said(text: str, lang: str, words: str) -> bool:
    """Whether the paper holds the words: in order left to right; in Arabic and Sorani, whose
    words pdftotext orders its own way (and breaks in a narrow cell), every word of them."""
    if lang in ("ar", "ckb"):
        bare = str.maketrans("", "", ".,،:;()؛")
        return all(w.translate(bare) in text.translate(bare) for w in words.split())
    return words in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("sex", ["M", "U"])
def test_a_dossier_words_its_rescue_record_and_timeline_note_by_sex(vault, lang, sex):
    session, case = vault
    text = _text(ReportService(session).dossier_pdf(case[sex], profile=Profile.INTERNAL,
                                                    lang=lang))
    for key in ("rescue_status_unsaid", "whole_list_note"):
        theirs, hers = sex_label(key, lang, sex), label(key, lang)
        if lang in ("en", "kmr"):
            # a narrow cell breaks a sentence over lines: each of its words, and none of hers
            assert all(w in text for w in theirs.split()), (key, theirs)
            assert not _said(text, lang, hers) and theirs != hers
        else:
            assert _said(text, lang, theirs), (key, theirs)
    if lang == "ar":
        assert "حُرِّرت" not in text and "سطرها" not in text


@pytest.mark.parametrize("sex", ["F", "M", "U"])
def test_an_arabic_summary_says_known_as_by_sex(vault, sex):
    session, case = vault
    made = ReportService(session).summary(SummaryFilter(persons=(case[sex],)),
                                          profile=Profile.COURT, lang="ar")
    text = _text(made.pdf)
    word = {"F": "المعروفة", "M": "المعروف", "U": "المعروف/ة"}[sex]
    assert word in text.split(), text
