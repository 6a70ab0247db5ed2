"""A death added when she is recorded dead already was taken without a word, on the command
line and on her page: her papers then listed two deaths with two dates. It is still kept (a
second report of her death, with another date, is worth keeping until one is withdrawn), and
both places say that she was recorded deceased already, since when, and what the new entry
does: kept beside it, both dates on her papers, and how to withdraw the wrong one."""

from __future__ import annotations

import json
import os

import pytest

from tests.built_once import built_once
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


@pytest.fixture
@built_once
def dead(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--father", "Khalaf", "--sex", "F"
               ).returncode == 0
    done = cli("person", "status", "SNJ-00001", "deceased", "--date", "2015-03")
    assert done.returncode == 0 and "already" not in done.stdout, done.stdout
    return cli


def test_the_command_line_says_she_was_recorded_deceased_already(dead):
    done = dead("person", "status", "SNJ-00001", "deceased", "--date", "2016")
    assert done.returncode == 0, done.stderr
    assert ("she was already recorded deceased since 2015-03: this death of 2016 is kept in "
            "her history beside it, a second record of her death, and her papers list both; "
            "if one of them is wrong, withdraw it (casekeeper person status-withdraw SNJ-00001 "
            "deceased --date DATE --reason ...)") in done.stdout, done.stdout
    shown = json.loads(dead("--json", "person", "show", "SNJ-00001").stdout)
    assert [e["status"] for e in shown["status_events"]].count("deceased") == 2


def test_since_is_her_earliest_recorded_death_and_json_says_it(dead):
    assert dead("person", "status", "SNJ-00001", "deceased", "--date", "2017").returncode == 0
    done = json.loads(dead("--json", "person", "status", "SNJ-00001", "deceased", "--date",
                           "2014-09").stdout)
    assert done["death_already"] == {"date": "2015-03"}
    undated = dead("person", "status", "SNJ-00001", "deceased")
    assert "this death told without a date is kept in her history" in undated.stdout


def test_another_status_says_nothing_of_it(dead):
    done = dead("--json", "person", "status", "SNJ-00001", "missing", "--date", "2014-08")
    assert "death_already" not in json.loads(done.stdout)


def test_her_page_says_it_as_the_command_line_does(qtbot, gui, dead):
    page = _page(qtbot, gui, dead.vault, "en", "SNJ-00001")
    version = page.person.version
    page.add_status("deceased", "2016", "")
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    assert ("She was already recorded deceased since 2015-03: this death of 2016 is kept in "
            "her history beside it, a second record of her death, and her papers list both. If "
            "one of them is wrong, withdraw it (select it, then Withdraw the selected status)."
            ) in bare(page.notice.text()), page.notice.text()
    assert page.status_tab.model.rowCount() == 2
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1100, 650)
        page.grab().save(f"{shot}-en.png")


@pytest.mark.parametrize("lang, words", [("ar", "مسجّلة متوفاة"), ("ckb", "مردوو"),
                                         ("kmr", "mirî")])
def test_her_page_says_it_in_the_desktops_language(qtbot, gui, dead, new_translations, lang,
                                                   words):
    page = _page(qtbot, gui, dead.vault, lang, "SNJ-00001")
    version = page.person.version
    page.add_status("deceased", "2016", "")
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    notice = bare(page.notice.text())
    assert words in notice and "2015-03" in notice and "2016" in notice, notice
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1100, 650)
        page.grab().save(f"{shot}-{lang}.png")
