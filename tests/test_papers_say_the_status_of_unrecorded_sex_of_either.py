"""A paper of a person whose sex is not recorded said "المعروف/ة بـ" (known as, of either) beside
status words of a woman ("أُنقذت", "مفقودة" in her current status and timeline): one paper
mixing the two. Her status is said of either too, in Arabic and in Kurmanji (whose "located"
says wê), on the summary and the dossier; a woman's and a man's stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.reports.labels import sex_of_all, status_label
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter
from app.vault import create_vault
from db.keyslots import KdfParams
from tests.pdf_glyphs import pdftotext

FEMININE = ("مفقودة", "شوهدت", "مكانها", "أُنقذت", "عادت", "متوفاة")


def test_the_words_of_either_sex():
    said = {s.value: status_label(s.value, "ar", "U") for s in Status}
    assert said["missing"] == "مفقود/ة" and said["rescued"] == "أُنقذ/ت"
    assert not [w for w in said.values() for f in FEMININE if f in w.split()]
    assert status_label("located", "kmr", "U") == "cihê wî/wê hatiye dîtin"
    assert status_label("rescued", "ar", "F") == "أُنقذت"
    assert status_label("rescued", "ar", "M") == "أُنقذ"
    # a summary of persons all of unrecorded sex says their status of either; with women, both
    assert sex_of_all(["U", "U"]) == "U" and sex_of_all(["U", "F"]) == "F/M"
    assert sex_of_all(["F"]) == "F" and sex_of_all(["M", "M"]) == "M"


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    """Warda, of unrecorded sex, missing in 2014 and rescued in 2017, known by a nickname."""
    session, _ = create_vault(tmp_path_factory.mktemp("v") / "vault", "correct horse battery",
                              "SNJ", KdfParams.fast(), synthetic=False)
    person = session.persons.create(Person(
        names={NamePart.NICKNAME: NameText("وردة", "Warda")}, sex=Sex.UNKNOWN,
        sharing_level=SharingLevel.PUBLIC,
        status_events=[StatusEvent(Status.MISSING, FuzzyDate.exact(date(2014, 8, 3)), ""),
                       StatusEvent(Status.RESCUED, FuzzyDate.exact(date(2017, 5, 1)), "")]))
    yield session, person.case_no
    session.close()


def _words(pdf: bytes) -> list[str]:
    return pdftotext(pdf, "-layout").split()


@pytest.mark.parametrize("profile", [Profile.COURT, Profile.INTERNAL])
def test_her_arabic_dossier_says_her_statuses_of_either(vault, profile):
    session, case = vault
    words = _words(ReportService(session).dossier_pdf(case, profile=profile, lang="ar"))
    assert "أُنقذ/ت" in words and "مفقود/ة" in words, words
    assert not [f for f in FEMININE if f in words], words


def test_her_arabic_summary_says_her_status_beside_known_as_of_either(vault):
    session, case = vault
    made = ReportService(session).summary(SummaryFilter(persons=(case,)),
                                          profile=Profile.COURT, lang="ar")
    words = _words(made.pdf)
    assert "المعروف/ة" in words and "أُنقذ/ت" in words, words
    assert not [f for f in FEMININE if f in words], words
