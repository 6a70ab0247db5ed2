"""A split gives back, with the status it told, a row of a list's next version that went to the
merged record because the earlier version's row was the woman split out's (tester 37c)."""

from __future__ import annotations

import json

H = ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]


def _ok(cli, *args) -> str:
    done = cli(*args)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def _list(tmp_path, name: str, status: str) -> str:
    path = tmp_path / name
    rows = [H, ["Nadia", "Khalaf", "Rasho", "F", "1995", "Kocho", "missing"],
            ["Leyla", "Khalil", "Murad", "F", "1998", "Hardan", status]]
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def _status(cli, case_no: str) -> str:
    return json.loads(_ok(cli, "--json", "person", "show", case_no))["current_status"]


def test_the_rescue_a_later_version_told_of_her_goes_back_with_her(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Layla", "--father", "Khalil", "--grandfather", "Hassan",
        "--sex", "F", "--born", "1998", "--village", "Kocho", "--status", "missing")
    _ok(cli, "person", "add", "--given", "Leyla", "--father", "Khalil", "--grandfather", "Murad",
        "--sex", "F", "--born", "1998", "--village", "Hardan", "--status", "missing")
    _ok(cli, "import", _list(tmp_path, "office1.csv", "missing"), "--source", "Office", "--yes")
    # the cousins merged by mistake; the list's next version says the cousin is rescued
    _ok(cli, "merge", "--despite-contradiction", "SNJ-00001", "SNJ-00002")
    _ok(cli, "import", _list(tmp_path, "office2.csv", "rescued"), "--source", "Office", "--yes")
    assert _status(cli, "SNJ-00001") == "rescued"
    split = json.loads(_ok(cli, "--json", "split", "SNJ-00002"))
    assert (_status(cli, "SNJ-00001"), _status(cli, "SNJ-00002")) == ("missing", "rescued")
    assert split["rows_in_doubt"] == [], split
    assert {"batch": 2, "row": 3, "with_what_it_told": True, "left_on_kept": []} \
        in split["rows_given_back"], split
    assert (split["kept_status"], split["split_status"]) == ("missing", "rescued"), split
