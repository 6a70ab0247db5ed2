"""A rescue gives the persons it freed their status (rescued at its date, reunited at the
handover to family), marked as coming from it; editing or deleting the rescue moves or takes
it back; a status later or further along stays. Its handover date prints in the one form and
`rescue show` gives every field. Statuses told without a date print apart. A real vault
through the command line, dossiers read with pdftotext, and her desktop page offscreen."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.domain.records import RescueOperation
from tests.built_once import built_once
from tests.test_ui_person_page_bidi import _page


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _dossier(cli, tmp_path, case_no: str, lang: str, profile: str = "court") -> str:
    out = tmp_path / f"{case_no}-{lang}-{profile}.pdf"
    r = cli("dossier", case_no, "-o", str(out), "--profile", profile, "--lang", lang)
    assert r.returncode == 0, r.stderr
    return " ".join(_pdf_text(out).split())


def _status(cli, case_no: str) -> str:
    return json.loads(cli("--json", "person", "show", case_no).stdout)["current_status"]


@pytest.fixture
@built_once
def two_taken(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Murad", "--sex", "F",
               "--status", "missing", "--status-date", "03/08/2014").returncode == 0
    assert cli("person", "add", "--given", "Layla", "--father", "Khidir", "--sex", "F",
               "--status", "missing", "--status-date", "03/08/2014").returncode == 0
    # their families and a court may receive their records
    assert cli("person", "sharing", "family", "SNJ-1", "SNJ-2").returncode == 0
    return cli


def test_a_rescue_makes_her_rescued_then_reunited_and_says_so(two_taken, tmp_path):
    cli = two_taken
    r = cli("rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002",
            "--date", "20/03/2019", "--from-place", "Baghuz", "--outcome", "rescued alive",
            "--handover-to-family", "25/03/2019")
    assert r.returncode == 0, r.stderr
    assert "rescued (2019-03-20) and reunited (2019-03-25)" in r.stdout
    assert "SNJ-00001 is now reunited" in r.stdout and "SNJ-00002 is now reunited" in r.stdout
    assert _status(cli, "SNJ-1") == _status(cli, "SNJ-2") == "reunited"
    assert "[rescue 1]" in cli("person", "show", "SNJ-00001").stdout
    en = _dossier(cli, tmp_path, "SNJ-00001", "en")
    assert "Current status reunited" in en
    assert "2019-03-20 rescued from rescue operation 1" in en
    assert "Handover to family: 2019-03-25" in en and "25/03/2019" not in en
    family = _dossier(cli, tmp_path, "SNJ-00002", "en", "family")
    assert "Current status reunited" in family
    ar = _dossier(cli, tmp_path, "SNJ-00001", "ar")
    assert "عادت إلى عائلتها" in ar and "من عملية الإنقاذ" in ar and "مفقودة" in ar
    assert "25/03/2019" not in ar and "2019-03-25" in ar


def test_a_rescue_never_steps_her_back(two_taken):
    cli = two_taken
    assert cli("person", "status", "SNJ-2", "reunited", "--date", "2020").returncode == 0
    r = cli("rescue", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--date", "2019")
    assert "SNJ-00001 is now rescued" in r.stdout
    assert "SNJ-00002 stays reunited" in r.stdout
    assert _status(cli, "SNJ-2") == "reunited"


def test_editing_or_deleting_the_rescue_moves_or_takes_back_its_statuses(two_taken):
    cli = two_taken
    assert cli("rescue", "add", "--person", "SNJ-1", "--date", "2019").returncode == 0
    assert _status(cli, "SNJ-1") == "rescued"
    r = cli("rescue", "edit", "1", "--handover-to-family", "04/2019")
    assert r.returncode == 0, r.stderr
    assert "SNJ-00001 is now reunited" in r.stdout
    r = cli("rescue", "edit", "1", "--status", "none")  # with a handover: refused
    assert r.returncode != 0 and "freed no one" in r.stderr and _status(cli, "SNJ-1") == "reunited"
    r = cli("rescue", "edit", "1", "--status", "none", "--handover-to-family", "")
    assert "it gives no status" in r.stdout and _status(cli, "SNJ-1") == "missing"
    assert cli("rescue", "edit", "1", "--status", "rescued", "--handover-to-family", "04/2019"
               ).returncode == 0
    assert _status(cli, "SNJ-1") == "reunited"
    r = cli("rescue", "delete", "1", "--reason", "entered under the wrong woman", "--yes")
    assert r.returncode == 0, r.stderr
    assert _status(cli, "SNJ-1") == "missing"
    assert "[rescue" not in cli("person", "show", "SNJ-1").stdout
    assert cli("audit", "verify").returncode == 0


def test_a_failed_operation_gives_no_status_and_a_handover_must_be_a_date(two_taken):
    cli = two_taken
    r = cli("rescue", "add", "--person", "SNJ-1", "--date", "2019", "--status", "none",
            "--outcome", "she had been moved to Syria")
    assert "it gives no status" in r.stdout and _status(cli, "SNJ-1") == "missing"
    bad = cli("rescue", "add", "--person", "SNJ-1", "--handover-to-family", "her brother")
    assert bad.returncode != 0 and "--handover-to-family" in bad.stderr


def test_rescue_show_gives_every_field(two_taken):
    cli = two_taken
    assert cli("rescue", "add", "--person", "SNJ-1", "--date", "20/03/2019",
               "--from-place", "Baghuz", "--handover-point", "Fishkhabour", "--team", "T-1",
               "--needs", "medical check", "--handover-to-family", "25/03/2019").returncode == 0
    data = json.loads(cli("--json", "rescue", "show", "1").stdout)
    assert data["handover_to_family"]["earliest"] == "2019-03-25"
    assert data["handover_to_family"]["text"] == "25/03/2019"  # as typed, kept
    assert (data["handover_point"], data["team_codes"], data["needs"]) == (
        "Fishkhabour", "T-1", "medical check")
    assert data["gives_status"] == "rescued"
    text = cli("rescue", "show", "1").stdout
    for said in ("handover point: Fishkhabour", "team: T-1", "to family: 2019-03-25",
                 "needs: medical check", "SNJ-00001 is now reunited"):
        assert said in text


def test_a_status_told_without_a_date_says_so_where_her_story_puts_it(two_taken, tmp_path):
    """'2014-08-03 missing / by 2026-12-02 missing / 2019-03-04 rescued' read as missing
    until 2026, then rescued in 2019; apart under "Told on", as the latest news. It says its
    date is not known, before the rescue it did not undo."""
    cli = two_taken
    assert cli("person", "status", "SNJ-1", "missing").returncode == 0   # no date: told today
    assert cli("person", "status", "SNJ-1", "rescued", "--date", "04/03/2019").returncode == 0
    en = _dossier(cli, tmp_path, "SNJ-00001", "en")
    timeline = en[en.index("Status timeline"):]
    assert timeline.index("2014-08-03 missing") < timeline.index("date not known (recorded") \
        < timeline.index("2019-03-04 rescued")
    assert "Told on" not in en and "Told without a date" not in en
    assert "by 20" not in en and "Current status rescued" in en
    ar = _dossier(cli, tmp_path, "SNJ-00001", "ar")
    assert "التاريخ غير معروف" in ar and "أو قبله" not in ar
    for lang, words in (("ckb", "بەروار نەزانراوە"), ("kmr", "dîrok nayê zanîn")):
        assert words in _dossier(cli, tmp_path, "SNJ-00001", lang)


def test_a_rescue_recorded_before_is_flagged_not_guessed(made_vault, cli, tmp_path):
    """A vault's rescue from before a rescue gave a status: nobody said she was freed, and the
    outcome is free text, so her dossier says the two disagree instead of changing her."""
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    her = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")}, sex=Sex.FEMALE,
                                  status_events=[StatusEvent(Status.MISSING,
                                                             FuzzyDate.parse("03/08/2014"))],
                                  sharing_level=SharingLevel.COURT))  # a court may receive it
    s.records.add_rescue(RescueOperation(date=FuzzyDate.parse("2019"), outcome="rescued alive",
                                         person_ids=[her.id]))  # gives_status None: as before
    s.close()
    from tests.conftest import run_cli

    env = dict(cli.env)
    out = tmp_path / "old.pdf"
    # the team's paper: a court's leaves out the rescue records of a woman the vault says is
    # still held, and says so (test_court_papers_while_held.py)
    r = run_cli(["--vault", str(folder), "dossier", her.case_no, "-o", str(out), "--profile",
                 "internal", "--lang", "en"], env)
    assert r.returncode == 0, r.stderr
    text = " ".join(_pdf_text(out).split())
    assert "Current status missing" in text
    assert "does not say whether she was freed" in text
    court = tmp_path / "court.pdf"
    r = run_cli(["--vault", str(folder), "dossier", her.case_no, "-o", str(court), "--profile",
                 "court", "--lang", "en"], env)
    assert r.returncode == 0 and "1 rescue record" in r.stdout
    assert "Rescue records are not printed while she is held" in " ".join(
        _pdf_text(court).split())
    shown = run_cli(["--vault", str(folder), "rescue", "show", "1"], env).stdout
    assert "rescue edit 1 --status rescued" in shown


def test_the_desktop_says_what_the_rescue_made_her(qtbot, gui, made_vault):
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")}, sex=Sex.FEMALE,
                            status_events=[StatusEvent(Status.MISSING,
                                                       FuzzyDate.parse("03/08/2014"))]))
    s.close()
    page = _page(qtbot, gui, folder, "ar", "SNJ-00001")
    assert "مفقودة" in page.heading.text()
    tab = page.rescues_tab
    tab.boxes["date"].setText("20/03/2019")
    tab.boxes["outcome"].setText("rescued alive")
    assert tab.gives.currentData() == "rescued"
    tab.add_button.click()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=60_000)
    qtbot.waitUntil(lambda: "مفقودة" not in page.heading.text(), timeout=60_000)
    assert "أُنقذت" in page.heading.text()
    assert "أُنقذت" in page.notice.text()


def test_a_handover_before_the_rescue_is_refused_and_nothing_changes(two_taken):
    """--date 2018-05-01 --handover-to-family 2018-04-01 was taken: her papers said she was
    back with her family a month before she was freed, and her status was rescued."""
    r = two_taken("rescue", "add", "--person", "SNJ-00001", "--date", "2018-05-01",
                  "--handover-to-family", "2018-04-01")
    assert r.returncode == 2
    assert "handover to her family (2018-04-01) is before the rescue (2018-05-01)" in r.stderr
    assert _status(two_taken, "SNJ-00001") == "missing"
    assert two_taken("rescue", "add", "--person", "SNJ-00001", "--date", "2018-05",
                     "--handover-to-family", "2018-05-01").returncode == 0  # within the month
    r = two_taken("rescue", "edit", "1", "--date", "2018-06-01")
    assert r.returncode == 2 and "before the rescue (2018-06-01)" in r.stderr
    assert _status(two_taken, "SNJ-00001") == "reunited"


def test_a_rescues_ledger_is_corrected_whole_and_the_old_lines_stay_in_the_trail(two_taken):
    """A second instalment or a mistyped amount could be mended only by deleting the whole
    operation, which took back her statuses too."""
    cli = two_taken
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2019",
               "--cost", "15000:USD:M-2:release").returncode == 0
    r = cli("rescue", "edit", "1", "--cost", "1500:USD:M-2:release",
            "--cost", "2000:USD:M-2:second instalment")
    assert r.returncode == 0 and "changed (costs)" in r.stdout
    shown = cli("rescue", "show", "1").stdout
    assert "total: 3500 USD" in shown and "15000" not in shown
    assert _status(cli, "SNJ-00001") == "rescued"  # her status stays
    costs = [e for e in json.loads(cli("--json", "audit", "log", "--limit", "10").stdout)
             if e["action"] == "rescue.costs"]
    assert costs[-1]["detail"]["was"] == [["15000", "USD"]]  # who was paid: not kept
    assert "already says so" in cli("rescue", "edit", "1", "--cost", "1500:USD:M-2:release",
                                    "--cost", "2000:USD:M-2:second instalment").stdout
    assert cli("audit", "verify").returncode == 0
