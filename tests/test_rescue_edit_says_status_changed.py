"""`rescue edit` said "SNJ-00004 stays located" of a woman the edit had just changed from rescued
to located (its date moved before her sighting), and "stays missing" of one reunited a moment
before (the rescue withdrawn with --status none); the desktop's rescue form said the same when
saved with "Not freed", or deleted. Both now compare with what she was, as `rescue delete`
does: "is now located (was rescued)". Real vaults, the command line, and the form offscreen."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once
from tests.test_ui_person_page_bidi import _page
from tests.test_ui_rescue_dialog import _saved


@pytest.fixture
@built_once
def located(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Xezal", "--sex", "F", "--status", "missing",
               "--status-date", "2014-08").returncode == 0
    assert cli("person", "status", "SNJ-00001", "located", "--date", "2016-08").returncode == 0
    done = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2017-06", "--outcome",
               "freed")
    assert "SNJ-00001 is now rescued" in done.stdout, done.stdout
    return cli


def test_a_date_moved_before_her_sighting_says_what_she_is_now_and_was(located):
    done = located("rescue", "edit", "1", "--date", "2016-05")
    assert done.returncode == 0, done.stderr
    assert ("  SNJ-00001 is now located (was rescued): a status later or further along her "
            "case") in done.stdout, done.stdout
    assert "stays" not in done.stdout
    back = located("rescue", "edit", "1", "--date", "2017-05")
    # the text says what she was, as --json does
    assert "  SNJ-00001 is now rescued (was located)" in back.stdout.splitlines(), back.stdout
    again = json.loads(located("--json", "rescue", "edit", "1", "--date", "2016-05").stdout)
    assert again["persons"][0]["status"] == "located"
    again = json.loads(located("--json", "rescue", "edit", "1", "--date", "2017-06").stdout)
    assert again["persons"] == [{"case_no": "SNJ-00001", "status": "rescued",
                                 "from_this_rescue": True, "was": "located"}]


def test_a_rescue_withdrawn_says_she_is_held_again(located):
    assert located("rescue", "edit", "1", "--handover-to-family", "2017-07").returncode == 0
    done = located("rescue", "edit", "1", "--status", "none", "--handover-to-family", "")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "  SNJ-00001 is now located (was reunited)"


def test_an_edit_that_leaves_her_as_she_was_still_says_stays(located):
    assert located("rescue", "edit", "1", "--status", "none").returncode == 0
    done = located("rescue", "edit", "1", "--notes", "guards changed")
    assert done.stdout.splitlines()[-1] == "  SNJ-00001 stays located", done.stdout
    assert json.loads(located("--json", "person", "show", "SNJ-00001").stdout)[
        "current_status"] == "located"


def test_the_rescue_form_says_it_when_not_freed_is_saved(qtbot, gui, located):
    page = _page(qtbot, gui, located.vault, "en", "SNJ-00001")
    tab = page.rescues_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    tab.table.doubleClicked.emit(tab.model.index(0, 0))
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    dialog.gives.setCurrentIndex(dialog.gives.findData("none"))
    said = _saved(qtbot, dialog)
    assert said.splitlines()[1:] == ["SNJ-00001 (Xezal) is now Located (was Rescued)."], said
