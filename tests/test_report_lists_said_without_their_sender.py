"""A list on a paper for outside the team is said by its batch, the day it was read, its row
and its file's SHA-256: who sent it, and what its file and sheet are called, stay on the
team's own papers (a sender's name, or a file named after him, names an informant)."""

from __future__ import annotations

import hashlib
import subprocess

import pytest

from app.domain.person import SharingLevel
from app.importing.service import ImportService
from app.reports.profiles import Profile
from app.reports.service import ReportService
from tests.import_helpers import new_vault, write_csv
from tests.report_vault import decoded_text

HEADER = ["Name", "Father", "Grandfather", "Village"]
ROW = ["Xalida", "Şêxo", "Dexîl", "Herdan"]


@pytest.fixture
def vault(tmp_path):
    s = new_vault(tmp_path / "vault")
    path = write_csv(tmp_path / "salim_qasim_list.csv", HEADER, [ROW])
    svc = ImportService(s)
    plan = svc.prepare(str(path), source="Salim Qasim list")
    batch = svc.stage(plan, svc.stage_rows(plan))
    svc.decide(batch, 2, "create", override=True)
    svc.commit(batch)
    her = s.persons.get(max(s.persons.list(None), key=lambda r: r.id).case_no)
    her.sharing_level = SharingLevel.PUBLIC
    s.persons.update(her)
    yield s, her.case_no, batch, hashlib.sha256(path.read_bytes()).hexdigest()
    s.close()


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    return "".join(ch for ch in out if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f")


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_a_court_dossier_says_a_list_by_batch_and_hash_never_by_its_sender(vault, lang):
    s, case_no, batch, sha = vault
    pdf = ReportService(s).dossier_pdf(case_no, profile=Profile.COURT, lang=lang)
    everything = decoded_text(pdf).casefold()
    for name in ("salim", "qasim", "salim_qasim_list.csv"):
        assert name not in everything, name
    text = "".join(_text(pdf).split())
    assert sha[:8] in text  # the file's hash still ties the row to the very file
    if lang == "en":
        said = _text(pdf)
        said = said[said.index("Lists naming this person"):]
        assert f"List batch {batch}" in said and "Recorded:" in said and "SHA-256" in said


@pytest.mark.parametrize("profile", [Profile.FAMILY, Profile.PUBLIC])
def test_family_and_public_dossiers_print_no_list_at_all(vault, profile):
    s, case_no, _, sha = vault
    pdf = ReportService(s).dossier_pdf(case_no, profile=profile, lang="en")
    everything = decoded_text(pdf).casefold()
    assert "salim" not in everything and sha[:16] not in everything
    assert "Lists naming this person" not in _text(pdf)


def test_the_internal_dossier_keeps_who_sent_the_list_and_its_file(vault):
    s, case_no, batch, _ = vault
    text = _text(ReportService(s).dossier_pdf(case_no, profile=Profile.INTERNAL, lang="en"))
    said = text[text.index("Lists naming this person"):]
    assert "Salim Qasim list" in said and "salim_qasim_list.csv" in said
    assert f"List batch {batch}" in said
