"""«ليلى الياس»: الياس is the given name Ilyas (Elias), its alef and lam the name's own letters,
not the article: no warning that it may be a family name (a tester found one on yazda_list.tsv
row 3). اليسع (Elisha), الهام, الماس are names so too; a true article name still warns."""

from __future__ import annotations

import pytest

from app.importing.names import EITHER, PERSON, reading
from tests.import_helpers import ok, write_csv


@pytest.mark.parametrize("word", ["الياس", "اليسع", "اليشع", "الهام", "الطاف", "الماس"])
def test_names_that_begin_with_al_of_their_own_are_names(word):
    assert (reading(word), reading("الخطيب")) == (PERSON, EITHER)  # an article name still doubted


def test_the_dry_run_warns_of_no_family_name_in_ilyas(tmp_path):
    path = write_csv(tmp_path / "yazda.csv", ["الاسم الكامل", "القرية"], [
        ["نادية خلف رشو", "كوجو"], ["ليلى الياس", "كوجو"], ["سهام الخطيب", "كوجو"]])
    ok(tmp_path, "init", "--prefix", "SNJ")
    out = ok(tmp_path, "import", str(path), "--dry-run").stdout
    assert "'الياس' may be a family name" not in out, out
    assert "name read as: given 'ليلى', father 'الياس'" in out, out
    assert "'الخطيب' may be a family name" in out, out  # the rule still stands
