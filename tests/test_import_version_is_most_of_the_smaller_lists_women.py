"""A list under another file name is a version of a sender's earlier list when most of the
smaller list's women are in both: a true version that doubled and gained a column stays one (its
hand decision followed, no woman made twice), and a sender's other four-row list in her usual
columns naming two women of her main list is none (review 37)."""

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


def test_a_renamed_version_grown_twice_with_a_column_follows_the_hand_decision(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _json(cli, "person", "add", "--given", "Gulistan", "--father", "Mirza", "--grandfather", "Elias",
          "--sex", "F", "--born", "1996", "--village", "Hardan", "--status", "missing")
    b = _json(cli, "import", _write(tmp_path / "P1_office.csv", [H, *P1]), "--source", "Office",
              "--yes")["batch"]
    # Gule of the list is the lawyer's Gulistan: decided by hand
    assert cli("review", str(b), "--row", "7", "--withdraw").returncode == 0
    assert cli("review", str(b), "--row", "7", "--decide", "update", "--person", "SNJ-00001",
               "--despite-contradiction").returncode == 0
    p2 = [[*r, ""] for r in P1] + [[str(7 + i), *n, "F", "1990", "Kocho", "missing", ""]
                                   for i, n in enumerate(NEW)]
    nxt = _write(tmp_path / "P2_office_december.csv", [[*H, "Phone"], *p2])
    ch = _json(cli, "import", "--dry-run", nxt, "--source", "Office")["changes_since_last_import"]
    assert ch and ch["previous_batch"] == b, ch
    assert len(ch["added_rows"]) == 7 and not ch["removed_rows"], ch
    _json(cli, "import", nxt, "--source", "Office", "--yes")
    persons = _json(cli, "person", "list")
    assert len(persons) == 13, [p["name_latin"] for p in persons]
    assert not [p for p in persons if p["name_latin"].startswith("Gule")], persons


def test_the_senders_other_short_list_in_her_usual_columns_is_no_version(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _json(cli, "import", _write(tmp_path / "A2_yazda.csv", [H, *P1]), "--source", "Yazda", "--yes")
    # two of its four women on the main list (one respelt), two not: another list of hers
    other = _write(tmp_path / "D1s_yazda_hardan.csv", [
        H, ["1", "Jameela", "Khalil", "Hassan", "F", "1999", "Kocho", "missing"],
        ["2", "Samira", "Ilyas", "Murad", "F", "2000", "Hardan", "missing"],
        ["3", "Nofa", "Dakhil", "Khalaf", "F", "2001", "Kocho", "missing"],
        ["4", "Hanan", "Khalaf", "Rasho", "F", "1996", "Kocho", "missing"]])
    dry = _json(cli, "import", "--dry-run", other, "--source", "Yazda")
    assert not dry.get("changes_since_last_import"), dry["changes_since_last_import"]
    assert "removed" not in cli("import", "--dry-run", other, "--source", "Yazda").stdout
