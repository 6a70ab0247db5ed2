"""A cp1256 list whose status, sex or village cell lost its Sorani letters ('?'): the row is
imported (her name is whole: rejecting it would lose her for one cell), nothing is set from the
damaged cell, the cell stays in her list's row, and the row says so as clearly as a name's."""

import json

from tests.import_helpers import cli

LIST = ("الاسم,اسم الاب,اسم الجد,القرية,الحالة\n"
        "سلمى,علي,حسن,گرە زەرک,مفقودة\n"
        "جميلة,حسن,خلف,كوجو,ڕزگارکراوە\n")


def test_a_status_or_village_that_lost_letters_is_said_and_not_set(tmp_path):
    path = tmp_path / "sorani.csv"
    path.write_bytes(LIST.encode("cp1256", errors="replace"))
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    out = cli(tmp_path, "--json", "import", str(path), "--yes")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["results"]["created"] == 2 and report["results"]["rejected"] == 0
    said = {(w["row"], w["warning"]) for w in report["warnings"]}
    assert any(row == 3 and w.startswith("column E (الحالة): status '?زگارکراو?' lost letters")
               and "no status is set from it" in w and "import a UTF-8 copy" in w
               for row, w in said)
    assert any(row == 2 and w.startswith("column D (القرية): 'گر? ز?رک' lost letters")
               and "the village is left out" in w for row, w in said)
    shown = json.loads(cli(tmp_path, "--json", "person", "show", "SNJ-00001").stdout)
    assert not shown.get("origin_village")
    assert "گر? ز?رک" in json.dumps(shown["provenance"], ensure_ascii=False)
