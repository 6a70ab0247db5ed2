"""`rescue list` (there was none): each operation's id, date, persons by case number, what it
gave them and its outcome, --json too. `report list` names its persons, credibility and
observed date, and `--json report list` gives case numbers, as `rescue show --json` does,
where it gave database ids ([4]). A record merged into another is named by the one kept."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Layla", "Jihan", "Nadia"):
        assert cli("person", "add", "--given", given, "--sex", "F",
                   "--status", "missing").returncode == 0
    for args in (("--person", "SNJ-1", "--person", "SNJ-2", "--date", "2019-03-20",
                  "--handover-to-family", "2019-03-25", "--outcome", "freed together"),
                 ("--person", "SNJ-3", "--date", "2020-01", "--status", "none",
                  "--outcome", "failed: the house was empty")):
        r = cli("rescue", "add", *args)
        assert r.returncode == 0, r.stderr
    r = cli("report", "add", "--person", "SNJ-3", "--person", "SNJ-4", "--text",
            "seen in Raqqa", "--credibility", "3", "--observed", "2016-05", "--source", "S-9")
    assert r.returncode == 0, r.stderr
    return cli


def test_rescue_list_gives_each_operation_with_its_persons_and_what_it_gave(vault):
    lines = vault("rescue", "list").stdout.splitlines()
    assert len(lines) == 2
    first, second = (line.split("\t") for line in lines)
    assert first[:3] == ["1", "2019-03-20", "SNJ-00001 SNJ-00002"]
    assert "rescued 2019-03-20" in first[3] and "reunited 2019-03-25" in first[3]
    assert first[4] == "freed together"
    assert second[:3] == ["2", "2020-01-01 – 2020-01-31", "SNJ-00003"]
    assert "none" in second[3] and "rescued" not in second[3]
    assert second[4] == "failed: the house was empty"
    data = json.loads(vault("--json", "rescue", "list").stdout)
    assert [(d["id"], d["persons"], d["gives_status"], d["outcome"]) for d in data] == [
        (1, ["SNJ-00001", "SNJ-00002"], "rescued", "freed together"),
        (2, ["SNJ-00003"], "none", "failed: the house was empty")]
    assert [g["status"] for g in data[0]["gave"]] == ["rescued", "reunited"]
    assert data[1]["gave"] == [] and data[1]["date"]["text"] == "2020-01"
    # as `rescue show` names them
    shown = json.loads(vault("--json", "rescue", "show", "1").stdout)
    assert shown["persons"] == data[0]["persons"]


def test_rescue_list_is_oldest_first_by_the_rescues_date(vault):
    """The help says oldest first; a rescue of 2015 entered after one of 2017 came after it."""
    for when in ("2015-06", ""):
        more = ("--date", when) if when else ()
        r = vault("rescue", "add", "--person", "SNJ-4", "--status", "none", *more)
        assert r.returncode == 0, r.stderr
    ids = [d["id"] for d in json.loads(vault("--json", "rescue", "list").stdout)]
    assert ids == [3, 1, 2, 4]  # 2015-06, 2019-03-20, 2020-01, then the undated one
    assert [line.split("\t")[0] for line in vault("rescue", "list", "--limit", "2"
                                                  ).stdout.splitlines()] == ["3", "1"]


def test_an_empty_vault_lists_no_rescue(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("rescue", "list")
    assert r.returncode == 0 and r.stdout.strip() == "(no rescue operations)"
    assert json.loads(cli("--json", "rescue", "list").stdout) == []


def test_report_list_names_persons_credibility_and_observed_date(vault):
    [line] = vault("report", "list").stdout.splitlines()
    cells = line.split("\t")
    assert cells[0] == "1"
    assert "observed 2016-05-01 – 2016-05-31" in cells and "persons SNJ-00003 Jihan; SNJ-00004 Nadia" in cells
    assert "credibility 3 (possibly true)" in cells and "source S-9" in cells
    [data] = json.loads(vault("--json", "report", "list").stdout)
    assert data["persons"] == ["SNJ-00003", "SNJ-00004"]  # not database ids
    assert data["observed"]["text"] == "2016-05" and data["credibility"] == 3


def test_a_report_about_a_record_merged_since_names_the_record_kept(vault):
    assert vault("merge", "SNJ-1", "SNJ-4").returncode == 0
    [data] = json.loads(vault("--json", "report", "list").stdout)
    assert data["persons"] == ["SNJ-00003", "SNJ-00001"]
    assert "persons SNJ-00003 Jihan; SNJ-00001 Nadia" in vault("report", "list").stdout
