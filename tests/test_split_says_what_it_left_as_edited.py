"""A split leaves an account the merge added to and the lawyer changed since as she wrote it,
and says so: `casekeeper split` (and --json) and the desktop's split name each such field, the
record it stays in and why, so she reads it for the split record's words. They were only in
the audit trail. Real vaults through the command line, and her page offscreen."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


def _add(cli, *args: str) -> str:
    r = cli("--json", "person", "add", "--sex", "F", "--given", "Nadia", "--father", "Khalaf",
            *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


@pytest.fixture
@built_once
def edited_after_merge(cli):
    """SNJ-00002 merged into SNJ-00001, which took its account of the abduction and its notes
    after hers; then her account was rewritten by hand, her notes left as the merge made them."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli, "--circumstances", "taken at the mountain road", "--notes", "aunt in Zakho")
    other = _add(cli, "--circumstances", "taken from Kocho school", "--notes", "cousin in Duhok")
    assert cli("merge", keep, other).returncode == 0
    r = cli("person", "edit", keep, "--circumstances", "road, then school (both told)")
    assert r.returncode == 0, r.stderr
    return cli, keep, other


def test_split_says_which_fields_it_left_as_edited_and_why(edited_after_merge):
    cli, keep, other = edited_after_merge
    r = cli("split", other)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    said = [x for x in lines if "left as edited" in x]
    assert len(said) == 1, r.stdout  # the notes were as the merge left them: taken back
    assert f"the circumstances of {keep}" in said[0]
    assert f"may still hold what {other} said" in said[0]
    assert f"casekeeper person edit {keep} --circumstances" in r.stdout
    assert "notes" not in r.stdout
    shown = json.loads(cli("--json", "person", "show", keep).stdout)
    assert shown["abduction_circumstances"] == "road, then school (both told)"  # as written
    assert shown["notes"] == "aunt in Zakho"


def test_split_names_a_field_the_merge_filled_and_the_lawyer_changed_since(cli):
    """Her record had no village and no account of her abduction: the merge took the other
    record's; both changed by hand since, the split left them, and said nothing of it, not
    even in the audit trail."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli)
    other = _add(cli, "--village", "Kocho", "--circumstances", "taken from Kocho school")
    assert cli("merge", keep, other).returncode == 0
    r = cli("person", "edit", keep, "--village", "Kocho (south)", "--circumstances",
            "taken from Kocho school with her sisters")
    assert r.returncode == 0, r.stderr
    r = cli("--json", "split", other)
    assert r.returncode == 0, r.stderr
    left = json.loads(r.stdout)["left_as_edited"]
    assert [(x["field"], x["option"]) for x in left] == [
        ("origin_village", "--village"), ("abduction_circumstances", "--circumstances")]
    shown = json.loads(cli("--json", "person", "show", keep).stdout)
    assert (shown["origin_village"], shown["abduction_circumstances"]) == (
        "Kocho (south)", "taken from Kocho school with her sisters")  # as she wrote them
    log = cli("audit", "log", "--case", keep).stdout
    assert "left_as_edited: origin_village, abduction_circumstances" in log


def test_split_json_names_the_fields_left_as_edited(edited_after_merge):
    cli, keep, other = edited_after_merge
    r = cli("--json", "split", other)
    assert r.returncode == 0, r.stderr
    [left] = json.loads(r.stdout)["left_as_edited"]
    assert (left["field"], left["option"]) == ("abduction_circumstances", "--circumstances")
    assert other in left["why"]


def test_a_split_with_nothing_edited_says_nothing_of_it(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli, "--circumstances", "taken at the mountain road")
    other = _add(cli, "--circumstances", "taken from Kocho school")
    assert cli("merge", keep, other).returncode == 0
    r = cli("--json", "split", other)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["left_as_edited"] == []


@pytest.mark.parametrize("lang, words", [("en", "Circumstances of SNJ-00001 left as edited"),
                                         ("ar", "الظروف"), ("ckb", "بارودۆخ"),
                                         ("kmr", "Rewşa bûyerê")])
def test_the_desktop_says_which_of_her_fields_the_split_left_as_edited(
        qtbot, gui, edited_after_merge, lang, words):
    cli, keep, other = edited_after_merge
    page = _page(qtbot, gui, cli.vault, lang, keep)
    assert page.merged_pick.currentText() == other
    page.split_out()
    qtbot.waitUntil(lambda: page.merged_pick.count() == 0, timeout=10_000)  # split, shown
    notice = bare(page.notice.text())
    assert words in notice and other in notice and keep in notice, notice
    assert page.error.text() == ""


def test_split_names_a_sharing_level_the_merge_narrowed_and_the_lawyer_set_since(cli):
    """The merge narrowed her level to the merged record's; set by hand since, the split left
    it as set, and said so only in the audit trail."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    keep = _add(cli)
    other = _add(cli, "--village", "Kocho")
    assert cli("person", "sharing", "family", keep).returncode == 0
    assert cli("merge", keep, other).returncode == 0  # hers is internal now, as the other's
    assert cli("person", "edit", keep, "--sharing", "court").returncode == 0
    r = cli("split", other)
    assert r.returncode == 0, r.stderr
    assert f"left as edited: the sharing level of {keep}" in r.stdout
    assert f"casekeeper person edit {keep} --sharing LEVEL" in r.stdout
    shown = json.loads(cli("--json", "person", "show", keep).stdout)
    assert shown["sharing_level"] == "court"
