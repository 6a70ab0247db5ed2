"""When a sender takes back a rescue (the list's next version says «مفقودة» again), the way the report
names leads to her being missing. It named `person status-withdraw` alone: followed, it left
Samira with no status at all, out of every list of the missing. Through the command line."""

from __future__ import annotations

import json
import re

HEADER = "الاسم,اسم الاب,اسم الجد,الجنس,القرية,الحالة\n"


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def test_following_the_reports_advice_leaves_her_missing(cli, tmp_path):
    v1, v2 = tmp_path / "ngo.csv", tmp_path / "ngo_v2.csv"
    v1.write_text(HEADER + "سميرة,حسين,خضر,انثى,كوجو,محررة 2024\nنادية,خلف,رشو,انثى,كوجو,مفقودة\n",
                  encoding="utf-8")
    v2.write_text(HEADER + "سميرة,حسين,خضر,انثى,كوجو,مفقودة\nنادية,خلف,رشو,انثى,كوجو,مفقودة\n",
                  encoding="utf-8")
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(v1), "--source", "NGO")
    said = _ok(cli, "import", str(v2), "--source", "NGO").stdout
    line = next(x for x in said.splitlines() if "person status-withdraw SNJ-00001" in x)
    steps = re.findall(r"`casekeeper ([^`]+)`", line)
    assert steps == ["person status-withdraw SNJ-00001 rescued --date 2024",
                     "person status SNJ-00001 missing"], line
    for step in steps:
        _ok(cli, *step.split())
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "missing"
    listed = _ok(cli, "person", "list", "--status", "missing").stdout
    assert "SNJ-00001" in listed


def test_no_second_step_where_withdrawing_leaves_her_as_the_list_says(cli, tmp_path):
    v1, v2 = tmp_path / "ngo.csv", tmp_path / "ngo_v2.csv"
    v1.write_text(HEADER + "سميرة,حسين,خضر,انثى,كوجو,محررة 2024\n", encoding="utf-8")
    v2.write_text(HEADER + "سميرة,حسين,خضر,انثى,كوجو,مفقودة\n", encoding="utf-8")
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "سميرة", "--father", "حسين", "--grandfather", "خضر",
        "--sex", "F", "--village", "Kocho", "--status", "missing", "--status-date", "2014")
    _ok(cli, "import", str(v1), "--source", "NGO")
    said = _ok(cli, "import", str(v2), "--source", "NGO").stdout
    line = next(x for x in said.splitlines() if "came from batch 1 row 2" in x)
    steps = re.findall(r"`casekeeper ([^`]+)`", line)
    assert steps == ["review 1 --row 2 --withdraw"], line  # her own "missing" is left
    _ok(cli, *steps[0].split())
    shown = json.loads(_ok(cli, "--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "missing"
