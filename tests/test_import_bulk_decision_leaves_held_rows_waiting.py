"""`review --all create|skip` decides every row waiting but a row that waits for the lawyer's own
word: one withdrawn from a woman in an earlier version of the list (it waits also with --yes,
naming the withdrawal), or one she skipped by hand whose cells changed since. Before, `--all
create` made the withdrawn row a second record of the woman it was taken back from. The bulk
decision says how many it left and why; the row decided by its own number still is. Real csv
files, a real vault, the real command line."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import cli, write_csv
from tests.test_import_row_skipped_by_hand_stays_skipped import HADIYA, NADIA, _skipped_in_v1
from tests.test_import_row_skipped_by_hand_stays_skipped import HEADER as HEADER_V1
from tests.test_import_withdrawn_row_waits_in_the_next_version import (
    HEADER,
    JIHAN,
    SIHAM,
    SISTER,
    _taken_back,
)

# Layla's sister: no grandfather, another year, a probable match with Layla (SNJ-00003)
LAYLAS_SISTER = ["ليلى", "حسن", "", "انثى", "1997"]
LEFT = ("1 row left waiting: a bulk decision does not decide it; decide it by its number "
        "(casekeeper review 2 --row N --decide create|update|skip):\n"
        "  row 2: withdrawn from SNJ-00001 in an earlier version of this list (batch 1, row 2)")


def _ok(tmp_path, *args: str) -> str:
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _persons(tmp_path) -> list[str]:
    return sorted(p["case_no"] for p in json.loads(_ok(tmp_path, "--json", "person", "list")))


def _v2_waiting(tmp_path) -> None:
    """v1's row 2 withdrawn from Nadia and left; v2 holds it again, and Layla's sister's row,
    a probable match too: both wait."""
    _taken_back(tmp_path, again=None)
    _ok(tmp_path, "person", "add", "--given", "ليلى", "--father", "حسن", "--grandfather", "علي",
        "--sex", "F", "--born", "1999")
    v2 = write_csv(tmp_path / "kocho_v2.csv", HEADER, [SISTER, JIHAN, SIHAM, LAYLAS_SISTER])
    _ok(tmp_path, "import", str(v2), "--source", "NGO Duhok")
    assert [r["row"] for r in json.loads(_ok(tmp_path, "--json", "review", "2"))] == [2, 5]
    assert ("  --all leaves row 2 waiting: withdrawn from a woman, or skipped by hand and "
            "changed since, only its own decision takes it") in _ok(tmp_path, "review", "2")


@pytest.mark.parametrize("decision", ["create", "skip"])
def test_review_all_leaves_the_withdrawn_row_waiting_and_says_why(tmp_path, decision):
    _v2_waiting(tmp_path)
    out = _ok(tmp_path, "review", "2", "--all", decision)
    assert f"decided in bulk: {decision} row 5\n" in out and LEFT in out, out
    [row] = json.loads(_ok(tmp_path, "--json", "review", "2"))
    assert row["row"] == 2 and row["held"] == "withdrawn"
    assert "withdrawn in an earlier version of this list (batch 1, row 2)" in row["why"]
    # deciding that row by its own number still works
    _ok(tmp_path, "review", "2", "--row", "2", "--decide", "skip", "--commit")
    assert len(_persons(tmp_path)) == 4 + (decision == "create")  # Nadia, Jihan, Layla, Siham


def test_review_all_json_names_the_rows_left(tmp_path):
    _v2_waiting(tmp_path)
    said = json.loads(_ok(tmp_path, "--json", "review", "2", "--all", "create"))
    assert said["decided_all"]["rows"] == [5] and said["decided_all"]["count"] == 1
    assert said["decided_all"]["held"] == [{"row": 2, "why": "withdrawn", "batch": 1,
                                            "from_row": 2, "case_no": "SNJ-00001"}]
    assert [w["row"] for w in said["waiting"]] == [2]


def test_review_all_create_commit_makes_no_second_record_of_her(tmp_path):
    _v2_waiting(tmp_path)
    before = _persons(tmp_path)
    out = cli(tmp_path, "review", "2", "--all", "create", "--commit")
    assert out.returncode != 0 and "1 row needs a decision (first: row 2)" in out.stderr, out
    assert LEFT in out.stdout, out.stdout
    assert _persons(tmp_path) == before
    report = _ok(tmp_path, "review", "2", "--row", "2", "--decide", "create", "--commit")
    assert "row 2: نادية خلف: created SNJ-" in report, report  # her word


def _her_twice(tmp_path) -> None:
    """v2 names her twice: the withdrawn row 2, and row 4 in Latin letters, born as Nadia
    (SNJ-00001) was; both asked about her, one woman by the names."""
    _taken_back(tmp_path, again=None)
    latin = ["Nadia", "Khalaf", "", "F", "1998"]
    _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho_v2.csv", HEADER,
                                          [SISTER, JIHAN, latin])), "--source", "NGO Duhok")
    waiting = {r["row"]: r for r in json.loads(_ok(tmp_path, "--json", "review", "2"))}
    assert waiting[4]["same_woman"] == [2] and waiting[4]["held"] is None, waiting


def test_a_decision_for_another_row_of_her_is_not_carried_to_it(tmp_path):
    _her_twice(tmp_path)
    said = json.loads(_ok(tmp_path, "--json", "review", "2", "--row", "4", "--decide", "create"))
    assert said["decided"]["carried"] == []
    assert said["decided"]["still_waiting"] == [{"row": 2, "why": (
        "it was withdrawn from a woman in an earlier version of this list: only its own "
        "decision takes it")}]
    assert [w["row"] for w in said["waiting"]] == [2]


def test_review_all_create_does_not_send_another_row_of_her_with_it(tmp_path):
    """Her other row becomes her person on its own: it does not go with the held row, which
    stays undecided."""
    _her_twice(tmp_path)
    out = _ok(tmp_path, "review", "2", "--all", "create")
    assert "decided in bulk: create row 4\n" in out and "decided with row" not in out, out
    _ok(tmp_path, "review", "2", "--row", "2", "--decide", "skip", "--commit")


def test_review_all_leaves_a_skipped_row_changed_since_waiting(tmp_path):
    """Skipped by hand in v1 (a heading read as a person), its cells changed in v2: it waits
    also with --yes, and `--all create` leaves it so."""
    _skipped_in_v1(tmp_path)
    changed = ["", "المتبقيات الباقية", "", "", "", "كوجو", ""]
    v2 = write_csv(tmp_path / "ngo.csv", HEADER_V1, [NADIA, changed, HADIYA])
    _ok(tmp_path, "import", str(v2), "--source", "NGO", "--yes")
    out = _ok(tmp_path, "review", "2", "--all", "create")
    assert "nothing decided in bulk\n1 row left waiting" in out, out
    assert ("  row 3: skipped by hand in an earlier version of this list (batch 1, row 3), "
            "changed since") in out, out
    assert [r["row"] for r in json.loads(_ok(tmp_path, "--json", "review", "2"))] == [3]


def test_the_desktop_review_does_not_send_it_with_another_row_of_her(qtbot, gui, made_vault,
                                                                      tmp_path):
    """The import window sets a later row of a woman to "As row N: the same woman" until
    chosen otherwise; a held row starts at "Choose..." instead: only its own choice takes it."""
    from tests.test_ui_import_wizard import _staged_for_review

    _made_vault_folder, _code = made_vault  # the vault the command line opens
    _ok(tmp_path, "person", "add", "--given", "نادية", "--father", "خلف", "--grandfather", "رشو",
        "--sex", "F", "--born", "1998", "--village", "Kocho")
    _ok(tmp_path, "import", str(write_csv(tmp_path / "kocho.csv", HEADER, [SISTER, JIHAN])))
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--commit")
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw", "--note", "her sister")
    latin = ["Nadia", "Khalaf", "", "F", "1998"]
    wizard = _staged_for_review(qtbot, gui, _made_vault_folder,
                                write_csv(tmp_path / "kocho.csv", HEADER, [latin, JIHAN, SISTER]))
    assert sorted(wizard.decision_boxes) == [2, 4]
    assert wizard.follows == {4: 2}  # one woman by the names
    assert wizard.decision_boxes[4].currentData() is None  # "Choose..."
    assert wizard.decision_boxes[4].findData("same_as_row") >= 0  # still hers to choose
