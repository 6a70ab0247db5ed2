"""A sender's other list is no version of this one, and an older version committed late never
overwrites a newer one (a review of the day's version fixes, each case a reproduction):

- a hand decision on one list's namesake chose the woman for another list's row, a certain
  update at score 0.195, and set the wrong woman rescued;
- an older version committed late overwrote the newer version's village and location;
- a version with no status column (or her cell blank) "settled" a reported death;
- a file sent again by mistake after the sender's other list was imported as a new version;
- a census of the same sender committed meanwhile stopped a rescue list's rescue."""

from __future__ import annotations

import json

H = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def _csv(tmp_path, name: str, header: list[str], rows: list[list[str]]):
    path = tmp_path / name
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


def _ok(cli, *args) -> str:
    done = cli(*args)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def _show(cli, case_no: str) -> dict:
    return json.loads(_ok(cli, "--json", "person", "show", case_no))


def _nadia_and_two_zozans(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Dexil", "--sex", "F", "--born",
        "1987", "--village", "Duhola")
    for born, village in (("1999", "Kocho"), ("1975", "Tel Qasab")):
        _ok(cli, "person", "add", "--given", "Zozan", "--father", "Xelef", "--grandfather",
            "Heyder", "--sex", "F", "--born", born, "--village", village, "--status", "missing")


def test_a_hand_decision_on_another_list_does_not_choose_for_this_one(cli, tmp_path):
    _nadia_and_two_zozans(cli)
    _ok(cli, "import", str(_csv(tmp_path, "kocho.csv", H, [
        ["Zozan", "Xelef", "Heyder", "F", "1999", "Kocho", "missing"],
        ["Nadiya", "Dexil", "", "F", "1988", "Duhola", "missing"]])), "--source", "Yazda")
    _ok(cli, "import", str(_csv(tmp_path, "telqasab.csv", H, [
        ["Gule", "Murad", "Ali", "F", "2001", "Tel Ezer", "missing"]])), "--source", "Yazda")
    _ok(cli, "review", "1", "--row", "3", "--decide", "update", "--person", "SNJ-00001")
    _ok(cli, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00002",
        "--override")
    _ok(cli, "review", "1", "--commit")
    out = _ok(cli, "import", str(_csv(tmp_path, "telqasab.csv", H, [
        ["Gule", "Murad", "Ali", "F", "2001", "Tel Ezer", "missing"],
        ["Zozan", "Xelef", "Heyder", "F", "1975", "Tel Qasab", "rescued"]])), "--source",
        "Yazda")
    assert "SNJ-00002" not in out.split("rows of the list")[-1], out
    assert _show(cli, "SNJ-00002")["current_status"] == "missing"
    assert _show(cli, "SNJ-00003")["current_status"] == "rescued"


def test_an_older_version_committed_late_overwrites_no_value_of_the_newer(cli, tmp_path):
    h = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Current location",
         "Status"]
    zozan = ["Zozan", "Xelef", "Heyder", "F", "1999"]
    jiyan = ["Jiyan", "Hesen", "Mirza", "F", "1990", "Kocho", "Camp Khanke", "missing"]
    nadiya = ["Nadiya", "Dexil", "", "F", "1988", "Duhola", "Camp Khanke", "missing"]
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nadia", "--father", "Dexil", "--sex", "F", "--born",
        "1987", "--village", "Duhola")
    _ok(cli, "import", str(_csv(tmp_path, "v0.csv", h, [
        [*zozan, "Herdan", "Camp Sharya", "missing"], jiyan])), "--source", "Essian")
    _ok(cli, "import", str(_csv(tmp_path, "v1.csv", h, [
        [*zozan, "Tel Qasab", "Camp Rwanga", "missing"], jiyan, nadiya])), "--source", "Essian")
    _ok(cli, "import", str(_csv(tmp_path, "v2.csv", h, [
        [*zozan, "Herdan", "Camp Sharya", "missing"], jiyan, nadiya])), "--source", "Essian")
    for batch in ("3", "2"):  # the newer version first, the older one committed last
        _ok(cli, "review", batch, "--row", "4", "--decide", "update", "--person", "SNJ-00001")
        _ok(cli, "review", batch, "--commit")
    her = _show(cli, "SNJ-00002")
    assert (her["origin_village"], her["last_known_location"]) == ("Hardan", "Camp Sharya"), her


def test_a_version_without_her_status_settles_no_reported_death(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Zozan", "--father", "Xelef", "--grandfather", "Heyder",
        "--sex", "F", "--born", "1999", "--village", "Kocho", "--status", "missing")
    _ok(cli, "import", str(_csv(tmp_path, "v1.csv", H, [
        ["Zozan", "Xelef", "Heyder", "F", "1999", "Kocho", "deceased 2019"],
        ["Leyla", "Qasim", "Elo", "F", "1995", "Kocho", "missing"]])), "--source", "Yazda",
        "--yes")
    _ok(cli, "import", str(_csv(tmp_path, "v2.csv", [*H[:-1], "Phone"], [
        ["Zozan", "Xelef", "Heyder", "F", "1999", "Kocho", ""],
        ["Leyla", "Qasim", "Elo", "F", "1995", "Kocho", ""],
        ["Gule", "Murad", "Ali", "F", "2001", "Tel Ezer", ""]])), "--source", "Yazda", "--yes")
    said = [c for c in _show(cli, "SNJ-00001")["list_conflicts"] if c["field"] == "status"]
    assert said and not said[0].get("superseded_by"), said


def test_a_file_sent_again_after_the_senders_other_list_is_a_double_import(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    kocho = _csv(tmp_path, "kocho.csv", H, [
        ["Zozan", "Xelef", "Heyder", "F", "1999", "Kocho", "missing"],
        ["Leyla", "Qasim", "Elo", "F", "1995", "Kocho", "missing"]])
    _ok(cli, "import", str(kocho), "--source", "Yazda", "--yes")
    _ok(cli, "import", str(_csv(tmp_path, "telezer.csv", H, [
        ["Gule", "Murad", "Ali", "F", "2001", "Tel Ezer", "missing"]])), "--source", "Yazda",
        "--yes")
    again = cli("import", str(kocho), "--source", "Yazda", "--yes")
    assert again.returncode != 0 and "nothing to do" in again.stderr, again.stdout


def test_a_census_committed_meanwhile_does_not_stop_a_rescue(cli, tmp_path):
    _nadia_and_two_zozans(cli)
    _ok(cli, "import", str(_csv(tmp_path, "rescued_june.csv", H, [
        ["Zozan", "Xelef", "Heyder", "F", "1999", "Kocho", "rescued"],
        ["Nadiya", "Dexil", "", "F", "1988", "Duhola", "rescued"]])), "--source", "Yazda")
    _ok(cli, "import", str(_csv(tmp_path, "khanke_census.csv", H, [
        ["Zozan", "Xelef", "Heyder", "F", "1999", "Kocho", ""],
        ["Gule", "Murad", "Ali", "F", "2001", "Tel Ezer", "missing"]])), "--source", "Yazda",
        "--yes")
    _ok(cli, "review", "1", "--row", "3", "--decide", "update", "--person", "SNJ-00001")
    out = _ok(cli, "review", "1", "--commit")
    assert "status row 2 (SNJ-00002): missing -> rescued" in out, out
    assert _show(cli, "SNJ-00002")["current_status"] == "rescued"
