"""A full name's cell holding her name in Arabic script and then in Latin letters, with nothing
between them ("شيرين الياس Shereen Elias"), is the two spellings of one name, as with a slash
or brackets: the Latin words had become her grandfather and clan, and a known woman a new
person. Words of one script, or a cell of two words ("Nadia نادية"), are read as before."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def test_the_two_runs_of_words_are_her_name_in_each_script(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", ["Name", "Village", "Sex"],
                     [["شيرين الياس Shereen Elias", "Tel Ezer", "F"],
                      ["Jihan Khalaf Hasan جيهان خلف حسن", "Kocho", "F"],
                      ["Nadia Murad Basi", "Kocho", "F"]])
    _ok(cli, "import", str(path), "--source", "NGO")
    first = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)["names"]
    assert (first["given"], first["father"]) == (
        {"original": "شيرين", "latin": "Shereen"}, {"original": "الياس", "latin": "Elias"})
    assert "grandfather" not in first and "family" not in first, first
    second = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00002").stdout)["names"]
    assert second["grandfather"] == {"original": "حسن", "latin": "Hasan"}, second
    third = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00003").stdout)["names"]
    assert third["grandfather"]["latin"] == "Basi", third


def test_a_cell_parted_by_lines_is_read_by_its_lines(cli, tmp_path):
    """One spelling a line: the lines part it, never the scripts (the two Latin lines had run
    into one name of four words)."""
    _ok(cli, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", ["Name", "Village", "Sex"],
                     [["نادية مراد\nNadia Murad\nNadia Mourad", "Kocho", "F"]])
    _ok(cli, "import", str(path), "--source", "NGO")
    names = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)["names"]
    assert names["given"] == {"original": "نادية", "latin": "Nadia"}, names
    assert names["father"] == {"original": "مراد", "latin": "Murad"}, names
    assert "grandfather" not in names and "family" not in names, names
