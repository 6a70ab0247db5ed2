"""What an import stores in the vault names a row by its names as stored, never by a mark made
to show them: a row whose name cells are ditto marks was stored in the committed report's
changes as "(given name unknown) الياس حيدر", an English phrase kept in the vault as her name,
that the desktop's Changes table then showed as her Latin spelling in every language.
`review --json` likewise gives the matched record's name as stored (match_name) and, apart,
as the lists show it (match_name_shown)."""

from __future__ import annotations

import json

FIRST = "Given,Father,Grandfather,Sex,Status,Village\n,مراد,الياس,F,missing,Kocho\n" \
        "Xezal,الياس,حيدر,F,missing,Kocho\n"
SECOND = FIRST + ",نفسه,نفسه,F,rescued,Tel Qasab\nXezal,نفسه,نفسه,F,rescued,Hardan\n"


def test_the_stored_report_names_a_ditto_row_as_stored_with_no_mark(cli, tmp_path):
    assert cli("init").returncode == 0
    for name, text in (("f1.csv", FIRST), ("f2.csv", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        done = cli("import", str(tmp_path / name), "--source", "F", "--yes")
        assert done.returncode == 0, done.stderr
    report = json.loads(cli("--json", "review", "2", "--report").stdout)
    added = report["changes_since_last_import"]["added_rows"]
    names = {r["row"]: r["name"] for r in added}
    assert names[4] == "الياس حيدر", added
    assert not any("given name unknown" in json.dumps(r, ensure_ascii=False) for r in added)


XEZAL = ["--given", "Xezal", "--father", "الياس", "--father", "Elias", "--grandfather", "حيدر",
         "--family", "قيران", "--sex", "F", "--village", "Kocho", "--status", "missing"]


def test_review_json_gives_the_matched_name_as_stored_and_as_shown(cli, tmp_path):
    assert cli("init").returncode == 0
    assert cli("person", "add", *XEZAL).returncode == 0
    path = tmp_path / "list.csv"
    path.write_text("Name,Father,Grandfather,Sex,Village\nXezal,الياس,حيدر,F,Hardan\n",
                    encoding="utf-8")
    assert cli("import", str(path)).returncode == 0
    (row,) = [w for w in json.loads(cli("--json", "review", "1").stdout) if w["row"] == 2]
    assert row["match_name"] == "الياس حيدر قيران"  # as stored: the data
    assert row["match_name_shown"] == "Xezal الياس حيدر قيران"
