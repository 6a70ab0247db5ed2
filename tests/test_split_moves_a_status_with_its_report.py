"""A split takes a status with the report it rests on. A tester merged SNJ-00002 into SNJ-00001,
filed a phone call about her under SNJ-00002's number, set SNJ-00001 sighted on that report, then
split: the report went back to SNJ-00002 and the sighting stayed on SNJ-00001 ("sighted [report
1]", with no report about her; her dossier printed "sighted"), while SNJ-00002, the woman heard
from, read missing. Through the command line, as the lawyer runs it."""

from __future__ import annotations

import json
import os


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _shown(cli, case_no: str) -> dict:
    return json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)


def _vian(cli, given_ar: str, father: str, grandfather: str) -> None:
    _ok(cli, "person", "add", "--given", given_ar, "--given", "Vian", "--father", father,
        "--grandfather", grandfather, "--sex", "F", "--village", "Kocho", "--status", "missing",
        "--status-date", "2014-08-03")


def _merged_reported(cli, about: str = "SNJ-00002") -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _vian(cli, "ڤيان", "Khalil", "Ali")
    _vian(cli, "ڤیان", "Khaleel", "Alee")
    _ok(cli, "merge", "SNJ-00001", "SNJ-00002")
    _ok(cli, "report", "add", "--person", about, "--text", "phone call from her", "--source",
        "K9", "--received", "2019-05-01", "--observed", "2019-04-01")
    _ok(cli, "person", "status", "SNJ-00001", "sighted", "--date", "2019-04", "--report", "1")


def test_the_status_goes_back_with_its_report_and_the_split_says_so(cli):
    _merged_reported(cli)
    said = _ok(cli, "split", "SNJ-00002").stdout
    kept, back = _shown(cli, "SNJ-00001"), _shown(cli, "SNJ-00002")
    assert kept["current_status"] == "missing"
    assert [e["status"] for e in kept["status_events"]] == ["missing"]
    assert back["current_status"] == "sighted"
    assert [e.get("report_id") for e in back["status_events"]] == [None, 1]
    assert "status moved to SNJ-00002 with its report: 2019-04 sighted [report 1]" in said
    assert "SNJ-00002 is now sighted" in said
    trail = _ok(cli, "audit", "log", "--case", "SNJ-00002").stdout
    assert "sighted" in trail


def test_a_status_on_a_report_about_the_kept_record_stays(cli):
    _merged_reported(cli, about="SNJ-00001")
    said = _ok(cli, "split", "SNJ-00002").stdout
    assert "status moved" not in said
    assert _shown(cli, "SNJ-00001")["current_status"] == "sighted"
    assert _shown(cli, "SNJ-00002")["current_status"] == "missing"


def test_the_desktop_split_moves_it_and_says_so(qtbot, gui, cli):
    from tests.test_ui_person_page_bidi import _page
    from ui.bidi import bare

    _merged_reported(cli)
    page = _page(qtbot, gui, cli.vault, "en", "SNJ-00001")
    assert page.merged_pick.currentText() == "SNJ-00002"
    page.split_out()
    qtbot.waitUntil(lambda: page.merged_pick.count() == 0 or page.error.text() != "",
                    timeout=10_000)
    assert page.error.text() == ""
    notice = bare(page.notice.text())
    assert ("Sighted (2019-04, report 1) moved to SNJ-00002 with its report: the report is about "
            "SNJ-00002 or a record merged into it, and the status was told while SNJ-00002 was "
            "part of SNJ-00001. SNJ-00002 is now Sighted.") in notice, notice
    assert _shown(cli, "SNJ-00001")["current_status"] == "missing"
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1100, 650)
        page.grab().save(f"{shot}-en.png")


def test_the_desktop_says_it_in_arabic(qtbot, gui, cli, new_translations):
    from tests.test_ui_person_page_bidi import _page
    from ui.bidi import bare

    _merged_reported(cli)
    page = _page(qtbot, gui, cli.vault, "ar", "SNJ-00001")
    page.split_out()
    qtbot.waitUntil(lambda: page.merged_pick.count() == 0 or page.error.text() != "",
                    timeout=10_000)
    notice = bare(page.notice.text())
    assert "نُقلت إلى SNJ-00002 مع تقريرها" in notice, notice
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1100, 650)
        page.grab().save(f"{shot}-ar.png")
