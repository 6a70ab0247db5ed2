"""A report's source is a code holding a digit (S-469, K12), never a name however it is
written ("Salim Qasim", Salim-Qasim); a code kept from before that rule still opens, edits
and prints on the team's papers, and papers for outside the team print a placeholder for it."""

from __future__ import annotations

import subprocess

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.domain.records import Report
from app.reports.profiles import Profile
from app.reports.service import ReportService
from app.vault import create_vault, open_vault
from db.keyslots import KdfParams
from tests.conftest import PASSPHRASE
from tests.report_vault import decoded_text


def _text(pdf: bytes) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf,
                                   capture_output=True, check=True).stdout.decode().split())


def _her(session) -> Person:
    return session.persons.create(Person(
        names={NamePart.GIVEN: NameText("نادية", "Nadia")}, sex=Sex.FEMALE,
        sharing_level=SharingLevel.COURT,
        # freed: a court paper of a woman still held prints no report of her since her
        # abduction, and an undated one may be of yesterday
        status_events=[StatusEvent(Status.RESCUED, FuzzyDate.parse("2019"))]))


def test_report_add_refuses_a_name_written_as_a_code_and_says_why(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    digit = "a source code holds a digit, e.g. S-469: a name is not a code"
    # each refused with what is wrong with it: "نجمة-7" holds a digit, and was told it must
    for name, why in (("Salim-Qasim", digit), ("SALIMQASIM", digit),
                      ("Salim Qasim", "holds only Latin letters A-Z, digits 0-9 and '-' (e.g. "
                                      "S-469, K12), and 'SALIM QASIM' holds a space"),
                      ("نجمة-7", "and 'نجمة-7' holds 'نجمة'"),
                      ("S-4690000000000", "at most 12 characters long (e.g. S-469, K12), and "
                                          "'S-4690000000000' has 15")):
        r = cli("report", "add", "--person", "SNJ-00001", "--text", "seen", "--source", name)
        assert r.returncode != 0 and r.stderr.count("\n") == 1, name
        assert why in r.stderr, r.stderr
    for good in ("S-469", "k12"):
        r = cli("report", "add", "--person", "SNJ-00001", "--text", "seen", "--source", good)
        assert r.returncode == 0, r.stderr
    r = cli("--json", "report", "list")
    assert '"S-469"' in r.stdout and '"K12"' in r.stdout and "SALIM" not in r.stdout.upper()


@pytest.fixture
def old_code(tmp_path):
    """A vault holding a code saved before a code needed a digit (written as the service
    wrote it then), closed and opened again."""
    session, _ = create_vault(tmp_path / "vault", PASSPHRASE, "SNJ", KdfParams.fast())
    her = _her(session)
    report = Report(text="seen at the market", source_code="SALIM-QASIM", credibility=2,
                    could_identify_source=False, person_ids=[her.id])
    with session.db.transaction():
        rid = session.records.repo.insert_report(report, "2020-01-01T00:00:00Z")
    session.close()
    s = open_vault(tmp_path / "vault", PASSPHRASE)
    yield s, her.case_no, rid
    s.close()


def test_a_court_dossier_prints_code_withheld_for_a_code_without_a_digit(old_code):
    s, case_no, _ = old_code
    court = ReportService(s).dossier_pdf(case_no, profile=Profile.COURT, lang="en")
    assert "SALIM" not in decoded_text(court).upper()
    assert "withheld" in _text(court) and "seen at the market" in _text(court)  # its cell wraps
    internal = ReportService(s).dossier_pdf(case_no, profile=Profile.INTERNAL, lang="en")
    assert "SALIM-QASIM" in _text(internal)  # the team knows what it wrote


def test_a_report_with_an_old_code_can_still_be_edited_but_not_given_a_new_name(old_code):
    s, _, rid = old_code
    assert s.records.edit_report(rid, {"credibility": 3}) == ["credibility"]
    with pytest.raises(ValidationError, match="holds a digit"):
        s.records.edit_report(rid, {"source_code": "Salim-Qasem"})
    assert s.records.edit_report(rid, {"source_code": "s-469"}) == ["source_code"]
    assert s.records.get_report(rid).source_code == "S-469"


def test_the_desktop_report_form_keeps_the_services_rule(session):
    from ui.person_ops import add_report, edit_report

    her = _her(session)
    fields = {"received": "", "observed": "", "place": "", "text": "seen",
              "source_code": "Salim-Qasim", "credibility": None, "could_identify_source": True}
    with pytest.raises(ValidationError, match="holds at least one digit"):
        add_report(session, her.case_no, fields)
    rid = add_report(session, her.case_no, {**fields, "source_code": "k12"})
    assert session.records.get_report(rid).source_code == "K12"
    with session.db.transaction():
        old = session.records.repo.insert_report(
            Report(text="seen", source_code="OWL", person_ids=[her.id]), "2020-01-01T00:00:00Z")
    # a code kept from before stays as it is while the rest of its report is changed
    edit_report(session, old, {**fields, "source_code": "owl", "text": "seen again"})
    assert session.records.get_report(old).text == "seen again"
