"""A list's next version under another file name follows the row the lawyer decided by hand for
her own record, whether it grew (a Phone column, twice the women) or lost the women rescued
meanwhile and gained newly reported ones: a rule counting the share of women both lists name
took the second for another list and made the hand-decided woman a second person (review 37)."""

from __future__ import annotations

import json

H = ["No", "Name", "Father", "Grandfather", "Sex", "Birth year", "Village", "Status"]
P1 = [["1", "Nadia", "Khalaf", "Rasho", "F", "1995", "Kocho", "missing"],
      ["2", "Jamila", "Khalil", "Hassan", "F", "1999", "Kocho", "missing"],
      ["3", "Shirin", "Qasim", "Haji", "F", "1994", "Kocho", "missing"],
      ["4", "Hanan", "Khalaf", "Rasho", "F", "1996", "Kocho", "missing"],
      ["5", "Dilvin", "Hajo", "Elias", "F", "1990", "Kocho", "missing"],
      ["6", "Gule", "Murad", "Ali", "F", "1996", "Hardan", "missing"]]
NEW = [["Berivan", "Saleh", "Khidir"], ["Nisrin", "Barakat", "Sulaiman"], ["Suad", "Murad", "Qasim"],
       ["Amira", "Dakhil", "Naif"], ["Evin", "Hadi", "Khalaf"], ["Rojin", "Qasim", "Jardo"],
       ["Zozan", "Khero", "Mirza"]]


def _write(path, rows: list[list[str]]) -> str:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def _json(cli, *args) -> dict | list:
    done = cli("--json", *args)
    assert done.returncode == 0, (args, done.stderr)
    return json.loads(done.stdout)


def _gule_decided_by_hand(cli, tmp_path) -> int:
    """The lawyer's Gulistan SNJ-00001; Office's list, its row 7 (Gule) decided for her."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _json(cli, "person", "add", "--given", "Gulistan", "--father", "Mirza", "--grandfather", "Elias",
          "--sex", "F", "--born", "1996", "--village", "Hardan", "--status", "missing")
    b = _json(cli, "import", _write(tmp_path / "P1_office.csv", [H, *P1]), "--source", "Office",
              "--yes")["batch"]
    assert cli("review", str(b), "--row", "7", "--withdraw").returncode == 0
    assert cli("review", str(b), "--row", "7", "--decide", "update", "--person", "SNJ-00001",
               "--despite-contradiction").returncode == 0
    return b


def _no_second_gule(cli, count: int) -> None:
    persons = _json(cli, "person", "list")
    assert len(persons) == count, [p["name_latin"] for p in persons]
    assert not [p for p in persons if p["name_latin"].startswith("Gule")], persons


def test_a_renamed_version_grown_twice_with_a_column_follows_the_hand_decision(cli, tmp_path):
    b = _gule_decided_by_hand(cli, tmp_path)
    p2 = [[*r, ""] for r in P1] + [[str(7 + i), *n, "F", "1990", "Kocho", "missing", ""]
                                   for i, n in enumerate(NEW)]
    nxt = _write(tmp_path / "P2_office_december.csv", [[*H, "Phone"], *p2])
    ch = _json(cli, "import", "--dry-run", nxt, "--source", "Office")["changes_since_last_import"]
    assert ch and ch["previous_batch"] == b, ch
    _json(cli, "import", nxt, "--source", "Office", "--yes")
    _no_second_gule(cli, 13)


def test_a_renamed_version_without_the_rescued_women_follows_the_hand_decision(cli, tmp_path):
    b = _gule_decided_by_hand(cli, tmp_path)
    # Nadia, Jamila and Dilvin rescued meanwhile, taken off; four newly reported women added
    kept = [r[1:] for r in P1 if r[1] in ("Shirin", "Hanan", "Gule")]
    added = [[*n, "F", "1992", "Kocho", "missing"] for n in NEW[:4]]
    nxt = _write(tmp_path / "office_list_december.csv",
                 [H, *([str(i + 1), *r] for i, r in enumerate(kept + added))])
    ch = _json(cli, "import", "--dry-run", nxt, "--source", "Office")["changes_since_last_import"]
    assert ch and ch["previous_batch"] == b, ch
    _json(cli, "import", nxt, "--source", "Office", "--yes")
    _no_second_gule(cli, 10)
