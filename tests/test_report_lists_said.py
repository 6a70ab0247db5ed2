"""A dossier shows what each list said of her (hers and her merged records' lists), cell by
cell as written, and only the cells of mapped columns whose field the profile allows."""

from __future__ import annotations

import subprocess

import pytest

from app.domain.person import SharingLevel
from app.importing.fields import Field
from app.importing.service import ImportService
from app.reports.list_said import SHOWN_AS
from app.reports.profiles import ALL_FIELDS, Profile
from app.reports.service import ReportService
from tests.import_helpers import new_vault, write_csv
from tests.pdf_glyphs import without_hashes

FAMILY_HEADER = ["No", "الاسم", "اسم الاب", "اسم الجد", "Born", "Village", "Notes",
                 "Phone of family"]
FAMILY_ROW = ["1", "خالدة", "شيخو", "دخيل", "2000", "حردان", "seen at Tal Afar 2015",
              "0750 123 4567"]
NGO_HEADER = ["Name", "Father", "Grandfather", "Date of birth", "Village", "Mother"]
NGO_ROW = ["Xalida", "Şêxo", "Dexîl", "1999", "Herdan", "Gulê"]


def _import_as_new(session, path, source) -> str:
    """Import a one-row list as a new person (as a user may, before seeing she is known)."""
    svc = ImportService(session)
    plan = svc.prepare(str(path), source=source)
    batch = svc.stage(plan, svc.stage_rows(plan))
    svc.decide(batch, 2, "create", override=True)  # the file's row 2, under its header
    svc.commit(batch)
    return max((r for r in session.persons.list(None)), key=lambda r: r.id).case_no


@pytest.fixture
def vault(tmp_path):
    """Two lists naming two records of one woman, the second merged into the first."""
    s = new_vault(tmp_path / "vault")
    khalida = _import_as_new(s, write_csv(tmp_path / "family.csv", FAMILY_HEADER, [FAMILY_ROW]),
                             "Family list")
    xalida = _import_as_new(s, write_csv(tmp_path / "ngo.csv", NGO_HEADER, [NGO_ROW]),
                            "NGO Dohuk")
    assert khalida != xalida
    s.matching.merge(khalida, xalida)
    her = s.persons.get(khalida)
    her.sharing_level = SharingLevel.PUBLIC  # on every paper: these tests are of its fields
    s.persons.update(her)
    yield s, khalida, xalida
    s.close()


def _text(pdf: bytes) -> str:
    """The page text as pdftotext lays it out, without the direction marks it adds."""
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    # the hashes (audit head, SHA-256) change each run and may hold "0750"
    return without_hashes("".join(ch for ch in out
                                  if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def test_a_court_dossier_shows_what_each_list_said_and_nothing_outside_the_profile(vault):
    s, khalida, xalida = vault
    text = _text(ReportService(s).dossier_pdf(khalida, profile=Profile.COURT, lang="en"))
    said = text[text.index("Lists naming this person"):]
    assert "What the list said" in said
    for line in ("Given name: خالدة", "Father's name: شيخو", "Born: 2000", "Village / town: حردان",
                 "Given name: Xalida", "Born: 1999", "Village / town: Herdan",
                 "Mother's name: Gulê"):
        assert line in said, line
    # the lists by batch, never by who sent them (tests/test_report_lists_said_without_their_sender)
    assert "List batch 1" in said and "List batch 2" in said and "SHA-256 " in said
    assert "Family list" not in said and "NGO Dohuk" not in said
    assert f"record {xalida}, merged" in said  # (the cell wraps the rest)
    # the court sees neither the family's phone (a column not imported) nor the notes
    assert "0750" not in text and "Tal Afar 2015" not in text
    assert "No: 1" not in said  # the list's own running number says nothing of her


def test_the_internal_dossier_adds_the_notes_but_never_a_column_left_unimported(vault):
    s, khalida, _ = vault
    text = _text(ReportService(s).dossier_pdf(khalida, profile=Profile.INTERNAL, lang="en"))
    assert "Notes: seen at Tal Afar 2015" in text
    # the family's phone is one of her family contacts, which the internal dossier shows; the
    # list's row never quotes it
    assert "0750 123 4567" in text[:text.index("Lists naming this person")]
    assert "0750" not in text[text.index("Lists naming this person"):]


@pytest.mark.parametrize("profile", [Profile.FAMILY, Profile.PUBLIC])
def test_family_and_public_dossiers_name_no_list(vault, profile):
    s, khalida, _ = vault
    text = _text(ReportService(s).dossier_pdf(khalida, profile=profile, lang="en"))
    assert "Lists naming" not in text and "NGO Dohuk" not in text
    assert "What the list said" not in text and "Herdan" not in text


def test_the_arabic_dossier_says_it_in_arabic(vault):
    s, khalida, xalida = vault
    text = _text(ReportService(s).dossier_pdf(khalida, profile=Profile.COURT, lang="ar"))
    assert "ما ذكرته القائمة" in text and "دُمج في هذا السجل" in text and xalida in text


def test_every_field_a_column_can_feed_is_decided_for_documents():
    """A field added to the importer is shown under a profile field, or deliberately never."""
    assert set(SHOWN_AS) == set(Field)
    assert {v[0] for v in SHOWN_AS.values() if v} <= ALL_FIELDS


def test_the_lists_file_is_named_by_its_whole_sha256(vault):
    """16 hex digits labelled SHA-256: a court checks the very file against the whole hash."""
    from app.reports.selection import select_dossier

    s, khalida, _ = vault
    src = ReportService(s).dossier_source(khalida, Profile.COURT)
    whole = {e["file_sha256"] for e in src.provenance}
    assert all(len(h) == 64 for h in whole)
    view = select_dossier(src, Profile.COURT, "en")
    cells = next(sec for sec in view.sections if sec.header and "What the list said" in
                 sec.header[-1]).rows
    assert all(any(h in row[0] for h in whole) for row in cells)


def test_a_lists_status_date_is_shown_only_with_the_status_it_dates(tmp_path):
    """A court's paper hides a list's own status words; its "Status date" was printed there
    alone, a date of nothing. The internal paper shows both."""
    s = new_vault(tmp_path / "vault")
    case = _import_as_new(s, write_csv(tmp_path / "camp.csv",
                                       ["Name", "Father", "Grandfather", "Status", "Status date"],
                                       [["Jamila", "Elias", "Murad", "rescued", "2017-06-12"]]),
                          "Camp list")
    her = s.persons.get(case)
    her.sharing_level = SharingLevel.PUBLIC
    s.persons.update(her)
    court = _text(ReportService(s).dossier_pdf(case, profile=Profile.COURT, lang="en"))
    internal = _text(ReportService(s).dossier_pdf(case, profile=Profile.INTERNAL, lang="en"))
    s.close()
    court_said = court[court.index("Lists naming this person"):]
    internal_said = internal[internal.index("Lists naming this person"):]
    assert "Status date" not in court_said and "Status: rescued" not in court_said
    assert "Status date" in internal_said and "Status: rescued" in internal_said
