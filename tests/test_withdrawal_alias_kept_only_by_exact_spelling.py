"""A withdrawn row's spelling of her stays only where another standing list spells her exactly so,
and the trail names that list: one that spells a longer name holding it (Hediye Ilyas Şemo for
Hediye Ilyas) kept it, and was named as keeping it."""

import json

from tests.import_helpers import cli, write_csv

BASE = (["الاسم", "اسم الاب", "اسم الجد", "Name", "Father", "Grandfather", "Sex", "Born",
         "Village"],
        [["هدية", "الياس", "شمو", "Hadiya", "Elias", "Shamo", "F", "1996", "Hatimiya"]])
# a Kurmanji list: her whole name, with her grandfather's
NGO = (["Nav", "Navê bav", "Navê bapîr", "Zayend", "Gund"],
       [["Hediye", "Ilyas", "Şemo", "M", "Hetimiye"]])
# a shelter's list: her name and her father's only, and a rescue
SHELTER = (["Name", "Father", "Village", "Status"],
           [["Hediye", "Ilyas", "Hetimiye", "rescued 2018"]])


def _imported(tmp_path, name: str, header: list[str], rows: list[list[str]]) -> int:
    r = cli(tmp_path, "--json", "import", str(write_csv(tmp_path / name, header, rows)))
    assert r.returncode == 0, r.stderr
    batch = json.loads(r.stdout)["batch"]
    if json.loads(cli(tmp_path, "--json", "review", str(batch)).stdout):
        r = cli(tmp_path, "review", str(batch), "--row", "2", "--decide", "update",
                "--person", "SNJ-00001")
        assert r.returncode == 0, r.stderr
        assert cli(tmp_path, "review", str(batch), "--commit").returncode == 0
    return batch


def _aliases(tmp_path) -> list[str]:
    return json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)["aliases"]


def _withdrawn(tmp_path, batch: int) -> dict:
    r = cli(tmp_path, "--json", "review", str(batch), "--row", "2", "--withdraw",
            "--note", "another woman")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _three_lists(tmp_path) -> int:
    assert cli(tmp_path, "init").returncode == 0
    _imported(tmp_path, "base.csv", *BASE)
    _imported(tmp_path, "ngo.csv", *NGO)
    shelter = _imported(tmp_path, "shelter.csv", *SHELTER)
    assert "Hediye Ilyas" in _aliases(tmp_path)
    assert "Hediye Ilyas Şemo" in _aliases(tmp_path)
    return shelter


def test_a_longer_name_holding_the_spelling_does_not_keep_it(tmp_path):
    shelter = _three_lists(tmp_path)
    out = _withdrawn(tmp_path, shelter)
    assert out.get("aliases_kept", []) == []
    assert "Hediye Ilyas" not in _aliases(tmp_path)
    # what the other lists spelt stays: the NGO's given name and its whole name
    assert {"Hediye", "Hediye Ilyas Şemo"} <= set(_aliases(tmp_path))
    log = cli(tmp_path, "audit", "log").stdout
    assert "aliases_kept" not in log


def test_the_list_that_spells_her_exactly_so_keeps_it_and_is_named(tmp_path):
    shelter = _three_lists(tmp_path)
    # a family's list, after the shelter's, spells her as the shelter did
    family = _imported(tmp_path, "family.csv", ["Name", "Father", "Village"],
                       [["Hediye", "Ilyas", "Hetimiye"]])
    out = _withdrawn(tmp_path, shelter)
    assert [(k["alias"], k["batch"], k["row"]) for k in out["aliases_kept"]] == [
        ("Hediye Ilyas", family, 2)]
    assert "Hediye Ilyas" in _aliases(tmp_path)
    log = cli(tmp_path, "audit", "log").stdout
    assert f"aliases_kept: alias=Hediye Ilyas, batch={family}" in log
    # withdrawn in turn, that list takes the spelling with it
    _withdrawn(tmp_path, family)
    assert "Hediye Ilyas" not in _aliases(tmp_path)


def test_an_arabic_spelling_inside_a_longer_arabic_name_does_not_keep_it(tmp_path):
    assert cli(tmp_path, "init").returncode == 0
    _imported(tmp_path, "base.csv", *BASE)
    # a list in Arabic script, her grandfather's name too: «هدیه الیاس شمو» in Sorani letters
    _imported(tmp_path, "krg.csv", ["ناو", "ناوی باوک", "ناوی باپیر", "گوند"],
              [["هەدیە", "ئیلیاس", "شەمۆ", "حەتمیە"]])
    shelter = _imported(tmp_path, "shelter.csv", ["الاسم", "اسم الاب", "الحالة"],
                        [["هەدیە", "ئیلیاس", "محررة 2018"]])
    added = [a for a in _aliases(tmp_path) if a.startswith("هەدیە ئیلیاس")]
    assert "هەدیە ئیلیاس" in added, _aliases(tmp_path)
    out = _withdrawn(tmp_path, shelter)
    assert out.get("aliases_kept", []) == []
    assert "هەدیە ئیلیاس" not in _aliases(tmp_path)
