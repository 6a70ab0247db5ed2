"""A status told on a report with no date of its own takes the date the report was observed;
when that date is corrected (`report edit --observed`, the desktop's report form), the status
follows it, in her history, and it is said. Left as it was, her page and court papers showed
a date the report it cites contradicts, and nothing said so."""

from __future__ import annotations

import json

import pytest

from tests.ui_support import unlock, wait_job
from ui import person_ops
from ui.bidi import bare
from ui.settings import write_language


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
def located(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Khalaf", "--sex", "F",
        "--status", "missing", "--status-date", "15/08/2014")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "K7", "--received", "23/11/2026",
        "--observed", "06/2025", "--text", "seen in al-Hol")
    _ok(cli, "person", "status", "SNJ-1", "located", "--report", "1")
    return cli


def _located(cli) -> list[str]:
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-1").stdout)
    return [e["date"]["text"] for e in shown["status_events"] if e["status"] == "located"]


def test_report_edit_moves_the_status_it_dated_and_says_so(located):
    r = _ok(located, "report", "edit", "1", "--observed", "03/2025")
    assert "SNJ-00001: her status located now dated 03/2025, as report 1" in r.stdout
    assert _located(located) == ["03/2025"]
    [entry] = [x for x in _ok(located, "audit", "log").stdout.splitlines()
               if "person SNJ-00001" in x and "was: 06/2025" in x]
    assert "06/2025 -> 03/2025" in entry and "report: 1" in entry
    said = json.loads(_ok(located, "--json", "report", "edit", "1", "--observed", "04/2025").stdout)
    assert said["statuses_dated"] == [{"case_no": "SNJ-00001", "status": "located",
                                       "date": "04/2025", "was": "03/2025", "moved": True,
                                       "kept": "", "now_status": "located",
                                       "was_status": "located", "death_before": "",
                                       "sex": "F"}]


def test_a_status_given_its_own_date_on_the_report_keeps_it(located):
    _ok(located, "person", "status", "SNJ-1", "sighted", "--report", "1", "--date", "07/2025")
    r = _ok(located, "report", "edit", "1", "--observed", "03/2025")
    assert "sighted" not in r.stdout
    shown = json.loads(_ok(located, "--json", "person", "show", "SNJ-1").stdout)
    assert [e["date"]["text"] for e in shown["status_events"] if e["status"] == "sighted"] \
        == ["07/2025"]


def test_an_observed_date_erased_leaves_the_status_its_date_and_says_so(located):
    r = _ok(located, "report", "edit", "1", "--observed", "")
    assert "her status located keeps 06/2025: report 1 gives no observed date now" in r.stdout
    assert _located(located) == ["06/2025"]


@pytest.mark.parametrize("lang, words", [("en", "her status Located now dated 03/2025, as report"),
                                         ("ar", "صارت مؤرخة 03/2025، كالبلاغ")])
def test_the_desktops_report_form_moves_it_and_says_so(qtbot, gui, demo_vault, new_translations,
                                                       lang, words):
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    rid = wait_job(qtbot, gui.worker, lambda s: person_ops.add_report(
        s, "DEMO-00007", {"text": "seen in the market", "source_code": "K-40", "place": "",
                          "received": "03/2026", "observed": "06/2025"}))
    wait_job(qtbot, gui.worker, lambda s: person_ops.add_status(
        s, "DEMO-00007", "located", "", "", rid))
    main.open_person("DEMO-00007")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    row = next(i for i, r in enumerate(tab.reports) if r.id == rid)
    tab.table.selectRow(row)
    tab.edit_button.click()
    tab.boxes["observed"].setText("03/2025")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "03/2025" in page.notice.text(), timeout=10_000)
    notice = bare(page.notice.text())
    assert words in notice and "DEMO-00007" in notice and str(rid) in notice, notice
    dated = wait_job(qtbot, gui.worker, lambda s: [
        e.date.text for e in s.persons.get("DEMO-00007").status_events if e.report_id == rid])
    assert dated == ["03/2025"]
