"""`duplicates` lists the pairs of one kunya or husband's name (أم خالد) as it lists a given
name alone: only for a record with at most ALONE_PAIRED such namesakes, and says how many it
left out (third review of fix38-kin, defect 2: ten mothers of a Khalid in one village were 45
lines, cut silently at 100). A mother of a Khalid of another village is no namesake."""

import json

from app.matching.blocking import ALONE_PAIRED
from app.matching.score import SAME_KUNYA


def test_many_mothers_of_a_khalid_left_out_and_said(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    many = ALONE_PAIRED + 2
    for village in ["Kocho"] * many + ["Siba", "Hardan", "Hardan"]:
        r = cli("person", "add", "--nickname", "أم خالد", "--sex", "F", "--village", village)
        assert r.returncode == 0, r.stderr
    r = cli("--json", "duplicates")
    assert r.returncode == 0, r.stderr
    pairs = {(p["a"]["case_no"], p["b"]["case_no"]): p["note"] for p in json.loads(r.stdout)}
    hardan = (f"SNJ-{many + 2:05d}", f"SNJ-{many + 3:05d}")
    assert pairs == {hardan: SAME_KUNYA}, pairs
    said = cli("duplicates")
    assert f"{many * (many - 1) // 2} pairs known by one kunya" in said.stderr, said.stderr


def test_the_desktop_says_how_many_were_left_out(qtbot):
    from app.matching_service import ListedPairs
    from ui.duplicates_view import DuplicatesView

    view = DuplicatesView(None)
    qtbot.addWidget(view)
    pairs = ListedPairs()
    pairs.left_out = 10
    view._found(pairs)
    assert "not listed" in view.summary.text() and view.summary.text().endswith(": 10")
