"""A list that gives no sex but writes her status as Arabic says it only of a woman (مفقودة,
ناجية 2017, قتلت) says she is a woman: read as female, and said so. The masculine forms, which
lists write of everyone, say nothing; a sex cell of the row's own always decides. Real csv lists
into a real vault through the command line."""

from __future__ import annotations

import json


def _import(cli, tmp_path, rows: list[str], header: str = "الاسم,اسم الاب,الحالة") -> str:
    path = tmp_path / "list.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    r = cli("import", str(path), "--yes")
    assert r.returncode == 0, r.stderr
    return r.stdout


def _sexes(cli) -> dict[str, str]:
    r = cli("--json", "person", "list")
    assert r.returncode == 0, r.stderr
    return {p["name_original"].split()[0]: p["sex"] for p in json.loads(r.stdout)}


def test_a_feminine_status_word_makes_her_female_and_says_so(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    out = _import(cli, tmp_path, ["نادية,خلف,مفقودة", "بسمة,حسن,ناجية 2017", "سعاد,علي,قتلت"])
    assert "read as female (the list gives no sex)" in out
    sexes = _sexes(cli)
    assert sexes["نادية"] == sexes["بسمة"] == sexes["سعاد"] == "F"


def test_the_masculine_form_lists_write_of_everyone_says_nothing(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _import(cli, tmp_path, ["نادية,خلف,مفقود"])
    assert _sexes(cli)["نادية"] == "U"


def test_her_rows_own_sex_cell_decides(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    _import(cli, tmp_path, ["خالد,خلف,مفقودة,ذكر"], header="الاسم,اسم الاب,الحالة,الجنس")
    assert _sexes(cli)["خالد"] == "M"


def test_a_list_said_to_be_of_women_is_not_told_so_on_every_row(cli, tmp_path):
    """The user said once that everyone the list adds is a woman; the note on each row that
    its status word says so too only buried the warnings that matter."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    path = tmp_path / "list.csv"
    path.write_text("الاسم,اسم الاب,الحالة\nنادية,خلف,مفقودة\nبسمة,حسن,مختطفة\n",
                    encoding="utf-8")
    r = cli("import", str(path), "--yes", "--new-sex", "female")
    assert r.returncode == 0, r.stderr
    assert "is said only of a woman" not in r.stdout
    assert _sexes(cli)["نادية"] == _sexes(cli)["بسمة"] == "F"
