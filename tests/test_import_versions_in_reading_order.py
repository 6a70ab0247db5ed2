"""Versions of one list are ordered as they were read, not as they were committed. The lawyer
staged a camp's first list (a probable match left undecided), imported and committed its next
version, then committed the old staged one (found by a tester): its "changes since" compared it
with the newer version as if it came after it ("removed row 5 of batch 2"), and an older list
could move a woman's status past what the newer one said. Now the older version is compared
with the version read before it, its report says that a later version was committed (batch,
file, when), its status for a woman the later version listed is noted, never taken, and the
next version is compared with the newest one as read, its rows going where the newest one's
went (a row decided by hand there too)."""

from __future__ import annotations

import json

import pytest

from tests.cli_helpers import add
from tests.import_helpers import reopen, write_csv, write_xlsx

KMR = ["Nav", "Navê bav", "Navê bapîr", "Zayend", "Sal", "Gund", "Rewş"]
ZOZAN = ["Zozan", "Xelef", "Heyder", "M", "1999", "Koço", "winda"]
NADIYA = ["Nadiya", "Dexîl", "", "M", "1988", "Dûhola", "winda"]
JIYAN = ["Jiyan", "Hesen", "Mîrza", "M", "1990", "Koço", "winda"]


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def _js(cli, *args: str) -> dict:
    return json.loads(_ok(cli, "--json", *args).stdout)


def _case(rep: dict, row: int) -> str:
    return next(r["case_no"] for r in rep["rows"] if r["row"] == row)


def _waiting(cli, batch: int) -> list[int]:
    """The rows of a staged batch waiting for a decision."""
    out = cli("review", str(batch)).stdout
    return [int(line.split()[1].rstrip(":")) for line in out.splitlines()
            if line.strip().startswith("row ") and "probable match" in line]


def _commit_deciding(cli, batch: int, persons: dict[int, str]) -> None:
    """Decide each waiting row an update of its person, until the batch commits (a row may be
    asked again at the commit: a woman like her was added since it was staged)."""
    for _ in range(3):
        for n in _waiting(cli, batch):
            _ok(cli, "review", str(batch), "--row", str(n), "--decide", "update",
                "--person", persons[n])
        if cli("review", str(batch), "--commit").returncode == 0:
            return
    raise AssertionError(cli("review", str(batch)).stdout)


def _old_one_committed_after_the_new(cli, tmp_path, older: list[list[str]]) -> tuple[dict, dict]:
    """Nadia Dexil typed by hand; v1 of the camp's list staged (Nadiya a probable match of
    her, left undecided); v2 imported, its Nadiya decided by hand a new person, committed; then
    v1 decided (Nadiya is the woman typed by hand, its other rows those v2 made) and committed.
    Returns the two commit reports."""
    _ok(cli, "init", "--prefix", "SNJ")
    add(cli, "--given", "Nadia", "--father", "Dexil", "--sex", "F", "--born", "1987",
        "--village", "Duhola")
    v1 = write_xlsx(tmp_path / "camp_v1.xlsx", [("Essian", [KMR, *older])])
    assert "Import batch 1 (staged)" in _ok(cli, "import", str(v1), "--source", "Essian").stdout
    v2 = write_xlsx(tmp_path / "camp_v2.xlsx", [("Essian", [KMR, ZOZAN, NADIYA, JIYAN])])
    assert "Import batch 2 (staged)" in _ok(cli, "import", str(v2), "--source", "Essian").stdout
    _ok(cli, "review", "2", "--row", "3", "--decide", "create")
    second = _js(cli, "review", "2", "--commit")
    _ok(cli, "review", "1", "--row", "3", "--decide", "update", "--person", "SNJ-00001")
    # its other rows are asked again: v2 added women like them since it was staged
    assert cli("review", "1", "--commit").returncode != 0
    for n in _waiting(cli, 1):
        _ok(cli, "review", "1", "--row", str(n), "--decide", "update",
            "--person", _case(second, n))
    return second, _js(cli, "review", "1", "--commit")


def test_the_older_version_is_not_compared_as_if_it_came_after_the_newer(cli, tmp_path):
    second, first = _old_one_committed_after_the_new(cli, tmp_path, [ZOZAN, NADIYA])
    assert first["state"] == "committed"
    # read before batch 2, and no version read before it: nothing to compare it with, and
    # above all not "removed row 4 of batch 2" (Jiyan, whom v1 never listed)
    assert not first["changes_since_last_import"], first["changes_since_last_import"]
    [later] = first["later_versions"]
    assert (later["batch"], later["file"]) == (2, "camp_v2.xlsx")
    assert later["committed_at"] == second["committed_at"]
    said = _ok(cli, "review", "1", "--report").stdout
    assert ("batch 2, a later version of this list (camp_v2.xlsx), was committed on "
            f"{second['committed_at'].replace('T', ' ')[:16]}: this older version is compared "
            "with the version before it, and a status it gives against the later one's is "
            "noted, not taken") in said, said
    assert "removed row" not in said, said


def test_the_next_version_is_compared_with_the_newest_as_read_and_follows_its_hand_decision(
        cli, tmp_path):
    second, _ = _old_one_committed_after_the_new(cli, tmp_path, [ZOZAN, NADIYA])
    v3 = write_xlsx(tmp_path / "camp_v3.xlsx", [("Essian", [
        KMR, ZOZAN, NADIYA, JIYAN, ["Rûken", "Xelef", "Şemo", "M", "2001", "Koço", "winda"]])])
    third = _js(cli, "import", str(v3), "--source", "Essian")
    ch = third["changes_since_last_import"]
    assert ch["previous_batch"] == 2, ch
    assert (ch["added"], ch["removed"], ch["changed"], ch["unchanged"]) == (1, 0, 0, 3), ch
    # Nadiya was decided by hand in batch 2 a new person, not the woman typed by hand (whom the
    # older batch 1, committed last, took her for): the next version follows batch 2
    assert _case(third, 3) == _case(second, 3) != "SNJ-00001", third["rows"]
    assert third["state"] == "committed"


def test_an_older_versions_status_does_not_overwrite_the_newer_ones(cli, tmp_path):
    """v1 says Zozan rescued, v2 (the sender took it back) missing; v1 committed last."""
    rescued = [*ZOZAN[:-1], "rizgarkirî 2017"]
    second, first = _old_one_committed_after_the_new(cli, tmp_path, [rescued, NADIYA])
    zozan = _case(second, 2)
    assert _case(first, 2) == zozan
    person = _js(cli, "person", "show", zozan)
    assert person["current_status"] == "missing", person
    [c] = [c for c in first["conflicts"] if c["row"] == 2]
    assert (c["field"], c["vault"], c["list_status"]) == ("status", "missing", "rescued"), c
    assert not [m for m in first["status_moves"] if m["row"] == 2], first["status_moves"]


def test_arabic_list_csv_older_version_committed_late(cli, tmp_path):
    """The same with an Arabic list sent as CSV, no source named (known by its file name)."""
    ar = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "الحالة"]
    leyla = ["ليلى", "خلف", "حيدر", "انثى", "محررة"]
    _ok(cli, "init", "--prefix", "SNJ")
    add(cli, "--given", "نادية", "--father", "دخيل", "--sex", "F")
    (tmp_path / "old").mkdir()
    v1 = write_csv(tmp_path / "old" / "list.csv", ar,
                   [leyla, ["نادية", "دخيل", "", "انثى", "مفقودة"]])
    assert "(staged)" in _ok(cli, "import", str(v1)).stdout
    v2 = write_csv(tmp_path / "list.csv", ar, [[*leyla[:-1], "مفقودة"],
                                                ["سلوى", "حسن", "مراد", "انثى", "مفقودة"]])
    second = _js(cli, "import", str(v2))
    assert second["state"] == "committed", second
    # Leyla is the woman batch 2 listed, Nadiya the one typed by hand
    _commit_deciding(cli, 1, {2: _case(second, 2), 3: "SNJ-00001"})
    first = _js(cli, "review", "1", "--report")
    assert first["state"] == "committed"
    assert [v["batch"] for v in first["later_versions"]] == [2]
    assert not first["changes_since_last_import"]
    assert _case(first, 2) == _case(second, 2)
    assert _js(cli, "person", "show", _case(second, 2))["current_status"] == "missing"
    assert [(c["row"], c["list_status"]) for c in first["conflicts"]] == [(2, "rescued")]


@pytest.mark.parametrize("one_second", [False, True])
def test_a_hand_decision_in_the_older_version_committed_last_carries_to_the_next(
        cli, tmp_path, one_second):
    """v2 imported at once (--yes made Nadiya a new person, a possible duplicate: nobody
    decided her), then the older v1's Nadiya decided by hand: she is the woman typed by hand.
    The next version follows that decision, not the names' guess of v2. Two commits in one
    second (one committed_at) are ordered as the trail recorded them."""
    _ok(cli, "init", "--prefix", "SNJ")
    typed = add(cli, "--given", "Nadia", "--father", "Dexil", "--sex", "F", "--born", "1987",
                "--village", "Duhola")
    v1 = write_xlsx(tmp_path / "camp_v1.xlsx", [("Essian", [KMR, ZOZAN, NADIYA])])
    assert "Import batch 1 (staged)" in _ok(cli, "import", str(v1), "--source", "Essian").stdout
    v2 = write_xlsx(tmp_path / "camp_v2.xlsx", [("Essian", [KMR, ZOZAN, NADIYA, JIYAN])])
    second = _js(cli, "import", str(v2), "--source", "Essian", "--yes")
    assert second["state"] == "committed"
    duplicate = _case(second, 3)
    assert duplicate != typed
    _commit_deciding(cli, 1, {2: _case(second, 2), 3: typed})
    if one_second:
        s = reopen(cli.vault)
        try:
            with s.db.transaction():
                s.db.conn.execute("UPDATE import_batches SET committed_at=(SELECT committed_at "
                                  "FROM import_batches WHERE id=2) WHERE id=1")
        finally:
            s.close()
    v3 = write_csv(tmp_path / "camp_v3.csv", KMR, [ZOZAN, NADIYA, JIYAN])
    third = _js(cli, "import", str(v3), "--source", "Essian", "--yes")
    assert third["changes_since_last_import"]["previous_batch"] == 2
    assert _case(third, 3) == typed, third["rows"]
    assert [_case(third, n) for n in (2, 4)] == [_case(second, 2), _case(second, 4)]
