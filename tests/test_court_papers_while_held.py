"""A court's papers of a woman still held show the crime, not the search for her: her status
reads missing, her timeline leaves out sighted, located and in negotiation, her reports since
her abduction and her rescue records are left out, and the paper says so. A court paper passes
through clerks, police and whoever handles the file: "located", "seen in Raqqa, house of Abu
Khalid" or a failed rescue could get her moved, sold on or killed. Once she is freed the same
paper tells her whole story; the team's and her family's papers are as they were."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from app.reports.labels import LANGUAGES, label
from app.reports.profiles import Profile, shown_status, still_held, withholds_while_held
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext
from tests.report_vault import decoded_text

# Each of these is on the team's paper; none on a court's while she is held. (decoded_text
# joins words and drops white space; dates stand for the steps of the search.)
WHEREABOUTS = {
    "last known location": "Hayal-ZahraLOC",
    # who holds her now: the box the team updates as she is sold on (printed once she is out)
    "held by": "AbuHamzaal-Iraqi",
    "report since her abduction": "houseofAbuKhalid",
    "undated report": "soldoninDeirez-Zor",
    "report's place": "RaqqaPLACE",
    "failed rescue's place": "HajinOPS",
    "failed rescue's outcome": "intermediaryarrested",
    "sighted on": "2016-05",
    "located on": "2017-02",
    "in negotiation since": "2018-04",
}
# What a court needs of her while she is held, on its paper all along.
THE_CRIME = {"circumstances": "takenfromtheschool",
             "report of her abduction": "takenfromKochoschoolbyhisfighters",
             "abduction date": "2014-08-03"}


def _layout(pdf: bytes) -> str:
    return " ".join(pdftotext(pdf, "-layout").split())


def _words(pdf: bytes) -> list[str]:
    return pdftotext(pdf).split()


@pytest.fixture
@built_once
def held(cli):
    """Nadia, taken from Kocho on 2014-08-03, sighted, located and in negotiation since; three
    reports (one of her abduction, one since, one undated) and a rescue attempt that failed."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    ok = lambda *a: _ok(cli, *a)  # noqa: E731
    ok("person", "add", "--given", "Nadia", "--given", "نادية", "--father", "Murad", "--sex",
       "F", "--sharing", "court", "--abducted", "2014-08-03", "--abduction-place", "Kocho",
       "--held-by", "Abu Hamza al-Iraqi", "--location", "Hay al-Zahra LOC",
       "--circumstances", "taken from the school with her sisters",
       "--status", "missing", "--status-date", "2014-08-03")
    ok("person", "status", "SNJ-00001", "sighted", "--date", "2016-05")
    ok("person", "status", "SNJ-00001", "located", "--date", "2017-02")
    ok("person", "status", "SNJ-00001", "in_negotiation", "--date", "2018-04")
    report = ("report", "add", "--person", "SNJ-00001", "--cannot-identify-source",
              "--credibility", "2")
    ok(*report, "--text", "taken from Kocho school by his fighters", "--observed",
       "2014-08-03", "--received", "2015-01", "--place", "Kocho", "--source", "S-101")
    ok(*report, "--text", "seen in Raqqa, house of Abu Khalid", "--observed", "2018-02",
       "--received", "2018-03", "--place", "Raqqa PLACE", "--source", "S-469")
    ok(*report, "--text", "sold on in Deir ez-Zor", "--source", "S-470")
    ok("rescue", "add", "--person", "SNJ-00001", "--date", "2019-06", "--from-place",
       "Hajin OPS", "--outcome", "intermediary arrested", "--status", "none")
    return cli


def _ok(cli, *args) -> subprocess.CompletedProcess:
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _paper(cli, tmp_path, *args) -> tuple[bytes, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return out.read_bytes(), r.stdout


def _dossier(cli, tmp_path, profile: str, lang: str = "en") -> tuple[bytes, str]:
    return _paper(cli, tmp_path, "dossier", "SNJ-00001", "--profile", profile, "--lang", lang)


def _free_her(cli) -> None:
    _ok(cli, "rescue", "add", "--person", "SNJ-00001", "--date", "2020-02", "--from-place",
        "al-Hol", "--outcome", "freed", "--handover-to-family", "2020-03")


def _said(text: str, lang: str, key: str, **values) -> bool:
    """Whether the paper's text holds the label: word for word left to right; in Arabic and
    Sorani, whose words pdftotext orders its own way, every word of it."""
    words = label(key, lang).format(**values).split()
    if lang in ("ar", "ckb"):  # and sets a word's stop or comma apart from it
        bare = str.maketrans("", "", ".,،:;()")
        return all(w.translate(bare) in text.translate(bare) for w in words)
    return " ".join(words) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_court_dossier_of_a_woman_still_held_leaves_out_where_she_is_and_says_so(
        held, tmp_path, lang):
    pdf, out = _dossier(held, tmp_path, "court", lang)
    everything = decoded_text(pdf)
    assert [k for k, v in WHEREABOUTS.items() if v in everything] == []
    assert [k for k, v in THE_CRIME.items() if v not in everything] == []
    text = _layout(pdf)
    for key in ("held_withheld", "held_timeline_note", "held_rescues_note"):
        assert _said(text, lang, key), key
    assert _said(text, lang, "held_reports_withheld", count="2")
    # no step of the search is said but in those sentences: she is missing
    rest = text
    for key in ("held_withheld", "held_timeline_note"):
        rest = rest.replace(" ".join(label(key, lang).split()), "")
    if lang == "en":
        assert not re.search(r"sighted|located|negotiation", rest)
        assert "Current status missing" in text
        # and the command line says every count to the team
        assert ("SNJ-00001 is still held: until she is freed, this paper leaves out 3 steps "
                "of the search for her (sighted, located, in negotiation), 2 reports of her "
                "since her abduction and 1 rescue record") in " ".join(out.split())


def test_the_export_of_a_court_dossier_of_a_woman_still_held_is_audited_with_what_it_left(
        held, tmp_path):
    _dossier(held, tmp_path, "court")
    entries = json.loads(held("--json", "audit", "log", "--limit", "3").stdout)
    detail = [e for e in entries if e["action"] == "export.dossier"][-1]["detail"]
    assert detail["withheld_while_held"] == {"search_steps": 3, "reports": 2,
                                             "rescue_records": 1, "whereabouts": True}
    r = held("--json", "dossier", "SNJ-00001", "-o", str(tmp_path / "j.pdf"), "--profile",
             "court")
    assert json.loads(r.stdout)["withheld_while_held"]["reports"] == 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_once_she_is_freed_the_court_dossier_tells_her_whole_story(held, tmp_path, lang):
    _free_her(held)
    pdf, out = _dossier(held, tmp_path, "court", lang)
    everything = decoded_text(pdf)
    # all but her last known location, which a court's paper never shows
    assert [k for k, v in WHEREABOUTS.items()
            if v not in everything and k != "last known location"] == []
    assert WHEREABOUTS["last known location"] not in everything
    assert [k for k, v in THE_CRIME.items() if v not in everything] == []
    text = _layout(pdf)
    for key in ("held_withheld", "held_timeline_note", "held_rescues_note"):
        assert not _said(text, lang, key), key
    assert "still held" not in out
    if lang == "en":
        assert "Current status reunited" in text
        assert all(w in text for w in ("sighted", "located", "in negotiation"))


def test_the_teams_and_her_familys_papers_are_as_they_were_while_she_is_held(held, tmp_path):
    internal, out = _dossier(held, tmp_path, "internal")
    everything = decoded_text(internal)
    assert [k for k, v in WHEREABOUTS.items() if v not in everything] == []
    assert "still held" not in out and "still held" not in _layout(internal)
    assert "Current status in negotiation" in _layout(internal)
    # Her family is told where the search stands (they most often pay for her): their paper
    # keeps it; it never had her reports, location or rescue details beyond what it shows.
    _ok(held, "person", "edit", "SNJ-00001", "--sharing", "family")
    family, out = _dossier(held, tmp_path, "family")
    text = _layout(family)
    assert "Current status in negotiation" in text
    assert all(d in text for d in ("2016-05", "2017-02", "2018-04"))
    assert "still held" not in out and "still held" not in text
    assert "Hajin OPS" in text  # the attempt her family was told of


def test_a_court_summary_says_missing_of_her_and_refuses_to_list_who_is_located(
        held, tmp_path):
    pdf, out = _paper(held, tmp_path, "summary", "--profile", "court")
    text = _layout(pdf)
    assert "SNJ-00001" in text and not re.search(r"negotiation|located|sighted",
                                                 text.replace(label("held_said_missing",
                                                                    "en"), ""))
    assert label("held_said_missing", "en") in text
    assert "1 person still held and sighted, located or in negotiation is said to be missing" \
        in " ".join(out.split())
    for status in ("sighted", "located", "in_negotiation"):
        r = held("summary", "-o", str(tmp_path / "x.pdf"), "--profile", "court", "--status",
                 status)
        assert r.returncode == 2 and "while she is held" in r.stderr
        assert not (tmp_path / "x.pdf").exists()
    # the court's --status missing lists her with the others
    pdf, _ = _paper(held, tmp_path, "summary", "--profile", "court", "--status", "missing")
    assert "SNJ-00001" in _layout(pdf)
    # the team's still says where the search stands
    pdf, out = _paper(held, tmp_path, "summary", "--profile", "internal")
    assert "in negotiation" in _layout(pdf) and "still held" not in out


def test_a_court_rescue_report_of_an_attempt_for_her_names_nothing_while_she_is_held(
        held, tmp_path):
    pdf, out = _paper(held, tmp_path, "rescue-report", "1", "--profile", "court")
    everything = decoded_text(pdf)
    assert "HajinOPS" not in everything and "intermediaryarrested" not in everything
    assert "Nadia" not in everything and "SNJ-00001" not in everything
    text = _layout(pdf)
    assert label("held_operation_withheld", "en") in text
    assert label("held_persons_withheld", "en").format(count="1") in text
    assert "1 person still held not named; its date, place and outcome left out" in out
    # her family's paper of it is as it was
    _ok(held, "person", "edit", "SNJ-00001", "--sharing", "family")
    family, out = _paper(held, tmp_path, "rescue-report", "1", "--profile", "family", "--for",
                         "SNJ-00001")
    assert "Hajin OPS" in _layout(family) and "SNJ-00001" in _layout(family)
    assert "still held" not in out
    # freed by another operation, she and the failed attempt are on the court's paper
    _free_her(held)
    pdf, out = _paper(held, tmp_path, "rescue-report", "1", "--profile", "court")
    text = _layout(pdf)
    assert "Hajin OPS" in text and "SNJ-00001" in text and "still held" not in out
    assert label("held_operation_withheld", "en") not in text


def test_a_report_kept_back_is_one_that_may_be_of_after_her_abduction(cli, tmp_path):
    """Observed no later than the first day she may have been taken (of "2014-08", the day the
    abductions began): printed. Later in that month, received after it with no observation
    date, or of a woman whose abduction has no date: it may be of yesterday."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _ok(cli, "person", "add", "--given", "Vian", "--sex", "F", "--sharing", "court",
        "--abducted", "2014-08", "--status", "located", "--status-date", "2016")
    _ok(cli, "person", "add", "--given", "Jihan", "--sex", "F", "--sharing", "court")
    report = ("report", "add", "--cannot-identify-source")
    _ok(cli, *report, "--person", "SNJ-00001", "--text", "OFTHEMONTH", "--observed",
        "2014-08-03")
    _ok(cli, *report, "--person", "SNJ-00001", "--text", "LATERINTHEMONTH", "--observed",
        "2014-08-20")
    _ok(cli, *report, "--person", "SNJ-00001", "--text", "RECEIVEDLATER", "--received",
        "2016-01")
    _ok(cli, *report, "--person", "SNJ-00002", "--text", "NODATEOFHERS", "--observed",
        "2014-08-03")
    vian, _ = _paper(cli, tmp_path, "dossier", "SNJ-00001", "--profile", "court")
    assert "OFTHEMONTH" in _layout(vian) and "RECEIVEDLATER" not in decoded_text(vian)
    assert "LATERINTHEMONTH" not in decoded_text(vian)
    assert label("held_reports_withheld", "en").format(count="2") in _layout(vian)
    # Jihan has no status at all: nothing says she is out, so she counts as held
    jihan, out = _paper(cli, tmp_path, "dossier", "SNJ-00002", "--profile", "court")
    assert "NODATEOFHERS" not in decoded_text(jihan) and "still held" in out
    # and reads "missing" beside "She is still held", as REPORTS.md says
    assert "Current status missing" in _layout(jihan)


def test_who_is_still_held_and_which_profiles_keep_back_the_search():
    assert [s for s in ("missing", "sighted", "located", "in_negotiation", "unknown",
                        "rescued", "reunited", "deceased") if still_held(s)] == [
        "missing", "sighted", "located", "in_negotiation", "unknown"]
    assert [p.value for p in Profile if withholds_while_held(p, "located")] == [
        "court", "public"]
    assert not withholds_while_held(Profile.COURT, "rescued")
    assert not withholds_while_held(Profile.COURT, "deceased")
    assert shown_status("located", Profile.COURT) == "missing"
    assert shown_status("located", Profile.FAMILY) == "located"
    assert shown_status("rescued", Profile.COURT) == "rescued"


def test_the_print_screen_says_what_a_court_dossier_of_a_woman_still_held_left_out(
        qtbot, gui, demo_vault):
    from tests.test_ui_print import _preview
    from tests.ui_support import unlock, wait_job

    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")

    def a_woman_located(s):
        from app.reports.profiles import reaches
        for p in s.persons.get_many(list(range(1, 200))):
            if p.current_status.value == "located" and reaches(p.sharing_level, Profile.COURT):
                return p.case_no
        raise AssertionError("no located woman a court may receive in the demo vault")

    case_no = wait_job(qtbot, gui.worker, a_woman_located)
    view.prepare("dossier", case_no)
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    assert "still held" in view.info.text()
    assert view.built["detail"]["withheld_while_held"]["search_steps"] >= 1
    assert label("held_withheld", "en").split(".")[0] in " ".join(
        pdftotext(view.built["pdf"]).split())
    # and a court's summary of those located is not made
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.status.setCurrentIndex(view.status.findData("located"))
    view.preview()
    qtbot.wait(300)
    assert view.built is None and "choose Missing" in view.error.text()
